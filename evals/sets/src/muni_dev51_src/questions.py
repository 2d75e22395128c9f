"""Write the md51 question set (muni_dev51.jsonl) over evals/corpora/dev-muni51."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
OUT = os.path.join(ROOT, "evals", "sets", "dev", "muni_dev51.jsonl")
C = "evals/corpora/dev-muni51"
LB = C + "/lidkoping/mal-och-budget-2025-2027.pdf"
LA = C + "/lidkoping/arsredovisning-2024.pdf"
LH = C + "/lidkoping/sa-anvands-din-skatt.html"
LD = C + "/lidkoping/protokoll-kommunstyrelsen-2025-03-11.docx"
LX = C + "/lidkoping/nettokostnad-per-verksamhet.xlsx"
LP = C + "/lidkoping/pressmeddelande-idrottshall-framnas.md"
TB = C + "/tranas/budget-och-plan-2025-2027.pdf"
TD = C + "/tranas/delarsrapport-jan-aug-2025.pdf"
TH = C + "/tranas/finansiell-information.html"
TW = C + "/tranas/tjansteskrivelse-tillaggsanslag-von-2025.docx"
TX = C + "/tranas/nyckeltal-2019-2024.xlsx"
TP = C + "/tranas/pressmeddelande-forskola-norrby.txt"

LB_DRIFT_H = "2024 2025 2026 2027 2024–2025 % 2025"
LB_RB_H = "2023 2024 2025 2026 2027"
TB_RB_H = "Miljoner kronor 2023 2024 2025 2026 2027"
TB_DRIFT_H = "2023 2024 2025 2024–2025 % 2026 2027"
TB_INV_H = "Projekt Budget 2025 Plan 2026 Plan 2027 Summa 2025–2027"
LB_INV_H = "Projekt Budget 2025 Plan 2026 Plan 2027 Total utgift"


def n(v, u):
    return {"value": v, "unit": u}


Q = []


def q(cat, question, answer, numbers, docs, quotes, lang="sv", history=None, refused=False, verdict=None):
    Q.append({"category": cat, "language": lang, "question": question, "history": history or [],
              "gold": {"answer": answer, "numbers": numbers, "docs": docs, "quotes": quotes,
                       "refused": refused, "verdict": verdict}})


# ---------------- table_lookup (9)
q("table_lookup", "hur mkt får socialnämnden i lidköping i budget 2025?",
  "Socialnämnden i Lidköping har en budgetram (nettokostnad) på 812,2 mnkr för 2025.",
  [n(812.2, "mnkr")], [LB], ["Socialnämnden 784,5 812,2 838,6 862,0 27,7 3,5 20 104", LB_DRIFT_H])
q("table_lookup", "Vad är årets resultat i Tranås kommuns plan för 2027?",
  "Årets resultat för Tranås är planerat till 31,6 mnkr 2027.",
  [n(31.6, "mnkr")], [TB], ["Årets resultat 24,2 37,6 24,9 26,8 31,6", TB_RB_H])
q("table_lookup", "vad kostar nya vattenverket i lidköping totalt och hur mycket läggs 2025",
  "Nytt vattenverk, etapp 1 har en total utgift på 210,0 mnkr, varav 48,5 mnkr budgeteras 2025.",
  [n(210.0, "mnkr"), n(48.5, "mnkr")], [LB], ["Nytt vattenverk, etapp 1 48,5 72,0 66,0 210,0", LB_INV_H])
q("table_lookup", "vilken helårsprognos har socialnämnden i tranås enligt delårsrapporten?",
  "Socialnämnden i Tranås prognostiserar en nettokostnad på 153,7 mnkr för 2025 mot en budget på 146,9 mnkr, en avvikelse på -6,8 mnkr.",
  [n(153.7, "mnkr")], [TD], ["Socialnämnden 146,9 153,7 – 6,8", "Nämnd Budget 2025 Prognos 2025 Avvikelse"])
q("table_lookup", "hur många kronor av varje hundralapp i skatt går till äldreomsorgen i lidköping",
  "18,60 kronor av varje 100 kronor i skatt går till äldreomsorg i Lidköping (2025).",
  [n(18.60, "kr")], [LH], ["Äldreomsorg | 18,60", "Verksamhet | Kronor av 100"])
q("table_lookup", "Vad var Tranås låneskuld per invånare 2024?",
  "Låneskulden per invånare i Tranås var 40 700 kronor den 31 december 2024.",
  [n(40700, "kr")], [TH], ["Låneskuld per invånare, kr | 36 890 | 38 900 | 40 700", "Nyckeltal | 2022 | 2023 | 2024"])
q("table_lookup", "hur mycket föreslog ks i lidköping att ombudgetera för konstgräsplanen på skogsvallen?",
  "Kommunstyrelsen föreslog 2 500 tkr för Konstgräsplan Skogsvallen, mot begärda 4 200 tkr.",
  [n(2500, "tkr")], [LD], ["Konstgräsplan Skogsvallen (Kultur- och fritidsnämnden) | 4 200 | 2 500",
                           "Projekt | Begärt belopp, tkr | Föreslaget belopp, tkr"])
q("table_lookup", "hur många personer hade hemtjänst i tranås 2022",
  "556 personer hade hemtjänst i Tranås 2022.",
  [n(556, "st")], [TX], ["2022 | 19301 | 965 | 2203 | 556 | 228",
                         "År | Invånare 31 dec | Barn i förskola | Elever i grundskola | Personer med hemtjänst | Platser i särskilt boende"])
q("table_lookup", "Vad var nettokostnaden för äldreomsorgen i Lidköping 2023?",
  "Nettokostnaden för äldreomsorg i Lidköping var 526 410 tkr 2023.",
  [n(526410, "tkr")], [LX], ["Äldreomsorg | 498730 | 526410 | 548970 | 4,3",
                             "Verksamhet | 2022 | 2023 | 2024 | Förändring 2023–2024, %"])

# ---------------- calculation (9)
q("calculation", "hur mycket får barn- och skolnämnden och utbildningsnämnden tillsammans 2025 i lidköpings budget?",
  "Tillsammans 1 327,7 mnkr 2025 (barn- och skolnämnden 1 051,3 mnkr + utbildningsnämnden 276,4 mnkr).",
  [n(1327.7, "mnkr")], [LB], ["Barn- och skolnämnden 1 012,7 1 051,3 1 079,8 1 106,2 38,6 3,8 26 022",
                              "Utbildningsnämnden 268,9 276,4 283,0 289,7 7,5 2,8 6 842", LB_DRIFT_H])
q("calculation", "Hur stor andel av nämndernas totala budget 2025 går till vård- och omsorgsnämnden i Tranås?",
  "Cirka 30,0 procent: 405 960 tkr av summa nämnder 1 354 160 tkr.",
  [n(30.0, "%")], [TB], ["Vård- och omsorgsnämnden 379 640 388 420 405 960 17 540 4,5 419 800 432 100",
                         "Summa nämnder 1 280 714 1 305 700 1 354 160 48 460 3,7 1 391 510 1 427 290", TB_DRIFT_H])
q("calculation", "hur många procent över budget gick socialnämnden i lidköping 2024?",
  "Socialnämnden överskred budgeten med 18,7 mnkr (utfall 803,2 mot budget 784,5 mnkr), vilket är cirka 2,4 procent.",
  [n(2.4, "%")], [LA], ["Socialnämnden 784,5 803,2 (18,7)", "Nämnd Budget Utfall Avvikelse"])
q("calculation", "Hur mycket har Tranås låneskuld ökat från 2019 till 2024, i miljoner och i procent?",
  "Låneskulden ökade från 598 mnkr 2019 till 781 mnkr 2024, alltså med 183 mnkr eller cirka 30,6 procent.",
  [n(183, "mnkr"), n(30.6, "%")], [TX], ["2019 | 22,15 | 1048,2 | -1021,9 | 22,4 | 96,3 | 598",
                                        "2024 | 22,15 | 1272,8 | -1254,1 | 12,8 | 121,6 | 781",
                                        "År | Skattesats (kr) | Skatteintäkter och statsbidrag | Nettokostnader | Årets resultat | Nettoinvesteringar | Låneskuld"])
q("calculation", "hur mkt har kostnaden för individ- och familjeomsorg i lidköping ökat procentuellt från 2022 till 2024",
  "Från 138 260 tkr 2022 till 158 710 tkr 2024, en ökning med 20 450 tkr eller cirka 14,8 procent.",
  [n(14.8, "%")], [LX], ["Individ- och familjeomsorg | 138260 | 151930 | 158710 | 4,5",
                         "Verksamhet | 2022 | 2023 | 2024 | Förändring 2023–2024, %"])
q("calculation", "hur mycket mer skatteintäkter hade tranås jan-aug 2025 jämfört med samma period 2024",
  "23,7 mnkr mer: 674,7 mnkr jan–aug 2025 mot 651,0 mnkr jan–aug 2024.",
  [n(23.7, "mnkr")], [TD], ["Skatteintäkter 674,7 651,0 1 012,1 1 016,3 – 4,2", "2025 2024 2025 2025 budget"])
q("calculation", "Vad blir skatteintäkter plus generella statsbidrag sammanlagt för Lidköping 2026 enligt planen?",
  "2 735,9 mnkr (skatteintäkter 2 151,9 + generella statsbidrag och utjämning 584,0).",
  [n(2735.9, "mnkr")], [LB], ["Skatteintäkter 4 1 928,3 2 010,6 2 085,2 2 151,9 2 222,4",
                              "Generella statsbidrag och utjämning 5 531,7 560,2 575,8 584,0 590,3", LB_RB_H])
q("calculation", "hur mycket har borgensåtagandet i tranås ökat mellan 2022 och 2024?",
  "Borgensåtagandet ökade med 54 mnkr, från 1 104 mnkr 2022 till 1 158 mnkr 2024.",
  [n(54, "mnkr")], [TH], ["Borgensåtagande, mnkr | 1 104 | 1 126 | 1 158", "Nyckeltal | 2022 | 2023 | 2024"])
q("calculation", "hur stor del av vård- och omsorgsnämndens underskott i tranås beror på hemtjänst och bemanningsföretag tillsammans",
  "Tillsammans 11 000 tkr (7 900 + 3 100) av 14 300 tkr, cirka 76,9 procent av underskottet.",
  [n(11000, "tkr"), n(76.9, "%")], [TW], ["Hemtjänst, ökade volymer | 7 900 | 55,2",
                                         "Bemanningsföretag sjuksköterskor | 3 100 | 21,7", "Summa | 14 300 | 100,0"])

# ---------------- lookup (5)
q("lookup", "vem är kommunstyrelsens ordförande i lidköping och vilket parti",
  "Annika Lundqvist (M) är kommunstyrelsens ordförande i Lidköping.",
  [], [LB], ["Annika Lundqvist (M)", "Kommunstyrelsens ordförande"])
q("lookup", "Vilka partier reserverade sig mot tilläggsanslaget till vård- och omsorgsnämnden i Tranås?",
  "Moderaterna och Kristdemokraterna reserverade sig till förmån för Karin Westers (M) yrkande om att begränsa anslaget till 5 000 tkr.",
  [], [TW], ["Reservation: Moderaterna och Kristdemokraterna reserverar sig mot beslutet till förmån för Karin Westers (M) yrkande."])
q("lookup", "när börjar de bygga idrottshallen vid framnäs i lidköping?",
  "Byggstart planeras till maj 2025; hallen ska stå klar till höstterminen 2026.",
  [], [LP], ["Byggstart planeras till maj 2025."])
q("lookup", "vem bygger nya förskolan i norrby i tranås",
  "Entreprenör är Holaveden Bygg AB, som vann upphandlingen med ett anbud på 41,2 miljoner kronor.",
  [], [TP], ["Entreprenör är Holaveden Bygg AB, som vann upphandlingen med ett anbud på 41,2 miljoner kronor."])
q("lookup", "När ska utredningen om solceller på reningsverket i Lidköping vara klar?",
  "Tekniska nämnden ska redovisa utredningen senast 2025-10-31.",
  [], [LD], ["Utredningen ska redovisas senast 2025-10-31."])

# ---------------- text_amount (5)
q("text_amount", "hur mycket pengar lägger lidköping på sommarjobb för ungdomar 2025",
  "700 000 kronor avsätts till sommarjobb för ungdomar 16–19 år, vilket ger cirka 140 ungdomar feriearbete.",
  [n(700000, "kr")], [LB], ["Dessutom avsätts 700 000 kronor till sommarjobb för ungdomar"])
q("text_amount", "Hur stor effektivisering ska tekniska nämnden i Lidköping göra 2025?",
  "Tekniska nämnden ska effektivisera 4,7 miljoner kronor, genom minskad energianvändning i fastigheter.",
  [n(4.7, "mnkr")], [LB], ["• Tekniska nämnden: 4,7 miljoner kronor genom minskad energianvändning i fastigheter."])
q("text_amount", "hur mycket fick tranås tillbaka i afa-premier enligt delårsrapporten",
  "Återbetalningen av AFA-premier var 3,9 miljoner kronor.",
  [n(3.9, "mnkr")], [TD], ["återbetalning av AFA-premier på 3,9 miljoner kronor."])
q("text_amount", "hur mycket mer får föreningarna i tranås i bidrag nästa år",
  "Föreningslivet i Tranås får 450 000 kronor mer i bidrag 2025.",
  [n(450000, "kr")], [TB], ["Föreningslivet får 450 000 kronor mer i bidrag"])
q("text_amount", "Vad blev Lidköpings balanskravsresultat för 2024?",
  "Balanskravsresultatet 2024 var 56,8 miljoner kronor efter avdrag för realisationsvinster på 3,4 miljoner kronor.",
  [n(56.8, "mnkr")], [LA], ["Balanskravsresultatet för 2024 uppgår till 56,8 miljoner kronor efter avdrag för"])

# ---------------- multi_doc (5)
q("multi_doc", "vilken av kommunerna lidköping och tranås har högst kommunalskatt 2025?",
  "Tranås har högst: 22,45 kronor mot Lidköpings 22,14 kronor, alltså 0,31 kronor högre.",
  [n(22.45, "kr"), n(22.14, "kr")], [LB, TB],
  ["Den kommunala skattesatsen är 22,14 kronor.", "Skattesatsen för 2025 är 22,45 kronor, att jämföra med 22,15 kronor 2024."])
q("multi_doc", "Hur mycket mer får socialnämnden i Lidköping i budget 2025 jämfört med vad den faktiskt gjorde av med 2024?",
  "Budget 2025 är 812,2 mnkr och utfallet 2024 var 803,2 mnkr, alltså 9,0 mnkr mer.",
  [n(9.0, "mnkr")], [LB, LA], ["Socialnämnden 784,5 812,2 838,6 862,0 27,7 3,5 20 104", "Socialnämnden 784,5 803,2 (18,7)"])
q("multi_doc", "Om vård- och omsorgsnämnden i Tranås får tilläggsanslaget, hur stort underskott återstår då jämfört med delårsprognosen?",
  "Prognosen är ett underskott på 14,3 mnkr; med tilläggsanslaget på 8,5 mnkr återstår 5,8 mnkr.",
  [n(5.8, "mnkr")], [TD, TW], ["Vård- och omsorgsnämnden 406,0 420,3 – 14,3",
                               "1. Vård- och omsorgsnämnden beviljas ett tilläggsanslag på 8 500 tkr för 2025."])
q("multi_doc", "vilken kommun budgeterar högst resultat i procent av skatter och bidrag 2025, lidköping eller tranås?",
  "Lidköping: 2,2 procent (58,0 mnkr) mot Tranås 1,9 procent (24,9 mnkr).",
  [n(2.2, "%"), n(1.9, "%")], [LB, TB],
  ["Resultat i % av skatter och bidrag 2,2 1,9 2,2 2,0 2,2",
   "Budgeterat resultat 2025 motsvarar 1,9 procent av skatteintäkter och generella statsbidrag,"])
q("multi_doc", "stämmer siffrorna i pressmeddelandet om framnäshallen med lidköpings investeringsbudget?",
  "Ja. Båda anger totalt 38 mnkr, varav 24 mnkr 2025 och 14 mnkr 2026.",
  [n(38, "mnkr"), n(24, "mnkr"), n(14, "mnkr")], [LP, LB],
  ["Den totala investeringen är 38 miljoner kronor.", "Idrottshall Framnäs 24,0 14,0 – 38,0"])

# ---------------- claim (5)
q("claim", "Stämmer det att Tranås höjer skatten med 30 öre till 22,45 kronor 2025?",
  "Ja, det stämmer. Skattesatsen höjs med 30 öre till 22,45 kronor från 2025.",
  [n(22.45, "kr")], [TB], ["skattesatsen höjs med 30 öre till 22,45 kronor från 2025."], verdict="supported")
q("claim", "Lidköpings kommun investerar 480 miljoner kronor under 2025?",
  "Nej. Investeringsvolymen för 2025 är 408,6 miljoner kronor, inte 480.",
  [n(408.6, "mnkr")], [LB], ["Investeringsvolymen för 2025 uppgår till 408,6 miljoner kronor"], verdict="contradicted")
q("claim", "Jag har hört att socialnämnden i Lidköping gick 7,1 miljoner back 2024, stämmer det?",
  "Nej. Socialnämnden hade ett underskott på 18,7 miljoner kronor; det var barn- och skolnämnden som gick 7,1 miljoner back.",
  [n(18.7, "mnkr")], [LA], ["Socialnämnden redovisar ett underskott på 18,7 miljoner kronor"], verdict="contradicted")
q("claim", "Stämmer det att Lidköpings kommun har fått 5 miljoner i statsbidrag till en ny simhall?",
  "Det går inte att bekräfta: dokumenten nämner ingen simhall eller något sådant statsbidrag i Lidköping.",
  [], [], [], refused=True, verdict="not_found")
q("claim", "terminsavgiften i kulturskolan i lidköping höjs till 600 kr, eller hur?",
  "Ja. Avgiften föreslås höjas från 550 till 600 kronor från höstterminen 2025.",
  [n(600, "kr")], [LD], ["terminsavgiften i kulturskolan höjs från 550 kronor till 600 kronor från och med höstterminen 2025."],
  verdict="supported")

# ---------------- unanswerable (5)
R = dict(refused=True)
q("unanswerable", "Vad är Lidköpings budgeterade resultat för 2028?",
  "Budgeten sträcker sig bara till plan 2027; något resultat för 2028 anges inte.", [], [], [], **R)
q("unanswerable", "hur mycket får överförmyndarnämnden i tranås 2025?",
  "Tranås driftbudget redovisar ingen överförmyndarnämnd, så det framgår inte.", [], [], [], **R)
q("unanswerable", "Hur många elever går på Holavedsgymnasiet i Tranås?",
  "Dokumenten anger inte elevantalet på Holavedsgymnasiet, bara ombyggnadsinvesteringen.", [], [], [], **R)
q("unanswerable", "vad kostade grundskolan per elev i lidköping 2024",
  "Dokumenten anger grundskolans nettokostnad men inte antalet elever eller kostnad per elev.", [], [], [], **R)
q("unanswerable", "hur många kronor per hundralapp i skatt går till äldreomsorgen i tranås?",
  "Det framgår inte; en sådan fördelning per 100 kronor finns bara för Lidköping.", [], [], [], **R)

# ---------------- multi_part (4)
q("multi_part", "hur mycket ville nämnderna i lidköping ombudgetera från 2024 och vilket parti reserverade sig mot ks förslag?",
  "Nämnderna begärde totalt 38,6 miljoner kronor (ks föreslog 34,9 miljoner); Sverigedemokraterna reserverade sig.",
  [n(38.6, "mnkr")], [LD],
  ["Nämnderna har begärt att outnyttjade medel om totalt 38,6 miljoner kronor förs över till 2025.",
   "Reservation: Sverigedemokraterna reserverar sig mot beslutet"])
q("multi_part", "Hur många barn får plats på nya förskolan i Norrby i Tranås, och när öppnar den?",
  "Förskolan får plats för 150 barn och öppnar i augusti 2026.",
  [n(150, "st")], [TP], ["Förskolan får åtta avdelningar och plats för 150 barn.",
                         "som stängs när den nya förskolan öppnar i augusti 2026."])
q("multi_part", "hur stor blir tranås låneskuld i slutet av 2025 och vad är målet för låneskuld per invånare?",
  "Låneskulden beräknas till 812 miljoner kronor (cirka 42 400 kr per invånare); målet är att den inte ska överstiga 45 000 kronor per invånare.",
  [n(812, "mnkr"), n(45000, "kr")], [TB],
  ["Kommunens låneskuld beräknas uppgå till 812 miljoner kronor vid utgången av 2025",
   "Låneskulden per invånare ska inte överstiga 45 000 kronor."])
q("multi_part", "Hur många invånare hade Lidköping vid slutet av 2024, och hur hög var sjukfrånvaron bland de anställda?",
  "40 327 invånare den 31 december 2024; sjukfrånvaron var 6,9 procent 2024.",
  [n(40327, "st"), n(6.9, "%")], [LA],
  ["Antal invånare 31 december 39 618 39 840 40 031 40 156 40 327", "6,9 procent 2024."])

# ---------------- followup (4)
q("followup", "och plan 2027 då?",
  "Kommunstyrelsen i Lidköping har 194,8 mnkr i plan 2027.",
  [n(194.8, "mnkr")], [LB], ["Kommunstyrelsen 182,4 186,1 190,5 194,8 3,7 2,0 4 606", LB_DRIFT_H],
  history=["vad budgeterar lidköping för kommunstyrelsen 2025?"])
q("followup", "vilket projekt är störst det året?",
  "Ny förskola Norrby är störst 2025 med 32 000 tkr.",
  [n(32000, "tkr")], [TB], ["Ny förskola Norrby 32 000 14 500 – 46 500", TB_INV_H],
  history=["Hur mycket investerar Tranås kommun 2025?"])
q("followup", "hur mycket sämre än budget är det?",
  "Prognosen 16,6 mnkr är 8,3 mnkr lägre än budgeterade 24,9 mnkr.",
  [n(8.3, "mnkr")], [TD], ["Periodens/årets resultat 24,8 32,5 16,6 24,9 – 8,3"],
  history=["vad prognostiserar tranås för resultat 2025 i delårsrapporten?"])
q("followup", "och hur många föddes det året?",
  "402 barn föddes i Lidköping 2020.",
  [n(402, "st")], [LX], ["2020 | 39618 | 402 | 428 | 2311 | 2054 | 6,1",
                         "År | Invånare 31 dec | Födda | Döda | Inflyttade | Utflyttade | Andel 80 år och äldre, %"],
  history=["hur många invånare hade lidköping 2020?"])

# ---------------- english (4)
q("english", "What is Tranås's total investment budget for 2025, and how much for the whole period 2025–2027?",
  "125,500 tkr (125.5 million SEK) in 2025 and 385,000 tkr for 2025–2027.",
  [n(125500, "tkr"), n(385000, "tkr")], [TB], ["Summa investeringar 125 500 162 000 97 500 385 000", TB_INV_H], lang="en")
q("english", "How much did Barn- och skolnämnden in Lidköping overspend its budget by in 2024?",
  "It overspent by 7.1 million SEK (budget 1,012.7, outcome 1,019.8 mnkr).",
  [n(7.1, "mnkr")], [LA], ["Barn- och skolnämnden 1 012,7 1 019,8 (7,1)", "Nämnd Budget Utfall Avvikelse"], lang="en")
q("english", "In Lidköping, how much of every 100 kronor of municipal tax goes to Grundskola och fritidshem?",
  "22.40 kronor of every 100 kronor (2025).",
  [n(22.40, "kr")], [LH], ["Grundskola och fritidshem | 22,40", "Verksamhet | Kronor av 100"], lang="en")
q("english", "What was the average interest rate on Tranås municipality's loans in 2024?",
  "The average interest rate was 3.0 percent in 2024.",
  [n(3.0, "%")], [TH], ["Genomsnittlig ränta, % | 1,9 | 2,8 | 3,0"], lang="en")

if __name__ == "__main__":
    with open(OUT, "w", encoding="utf-8") as f:
        for i, item in enumerate(Q, 1):
            rec = {"id": f"md51-{i:03d}", "corpus": C, "category": item["category"], "language": item["language"],
                   "question": item["question"], "history": item["history"], "gold": item["gold"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(Q)} questions to {OUT}")
