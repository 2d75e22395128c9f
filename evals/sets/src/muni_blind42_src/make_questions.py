"""Write evals/sets/dev/muni_blind42.jsonl (question set over evals/corpora/blind-muni42)."""
import json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
C = "evals/corpora/blind-muni42"
N, L = C + "/nora/", C + "/lindesberg/"
NB = N + "nora-mal-och-budget-2025-2027.pdf"
ND = N + "nora-delarsrapport-augusti-2024.pdf"
NH = N + "sa-anvands-din-skatt.html"
NP = N + "protokoll-kommunstyrelsen-2024-10-21.docx"
NX = N + "nora-befolkning-och-nyckeltal.xlsx"
NM = N + "pressmeddelande-ny-forskola-gyttorp.md"
LB = L + "budget-och-plan-2025-2027.pdf"
LA = L + "arsredovisning-2023.pdf"
LH = L + "finansiell-information.html"
LT = L + "tjansteskrivelse-tillaggsanslag-socialnamnden.docx"
LX = L + "nettokostnad-per-verksamhet.xlsx"
LP = L + "pressmeddelande-budget-2025.txt"

Q = []
def q(cat, question, answer, numbers=(), docs=(), quotes=(), refused=False, verdict=None, history=(), lang="sv"):
    Q.append({"category": cat, "language": lang, "question": question, "history": list(history),
              "gold": {"answer": answer, "numbers": [{"value": v, "unit": u} for v, u in numbers],
                       "docs": list(docs), "quotes": list(quotes), "refused": refused, "verdict": verdict}})

NB_DRIFT_H = "Nämnd Budget Budget Förändring Förändring kr per"
NB_INV_H = "Projekt Budget Plan Plan Totalt"
NB_RB_H = "Not Utfall Prognos Budget Budget Plan Plan"
LX_H = "År | Förskola | Grundskola | Gymnasieskola | Äldreomsorg | LSS | Individ- och familjeomsorg | Kultur och fritid"
LB_DRIFT_H = "Nämnd Bokslut Budget Budget Plan Plan Förändring Förändr. kr/inv"

# ---------------- table_lookup (9)
q("table_lookup", "hur mycket är barn- och utbildningsnämndens budget per invånare 2025 i nora? står nåt om kr per invånare",
  "Barn- och utbildningsnämnden i Nora har 28 871 kr per invånare i budget 2025 (ram 309,5 mnkr).",
  [(28871, "kr")], [NB], ["Barn- och utbildningsnämnden 298,6 309,5 10,9 3,7 28 871", NB_DRIFT_H])
q("table_lookup", "Hur mycket pengar har Nora avsatt för byte till LED-belysning på gatorna 2026?",
  "I investeringsbudgeten har Nora 1 800 tkr för gatubelysning, byte till LED, plan 2026.",
  [(1800, "tkr")], [NB], ["Gatubelysning, byte till LED 1 800 1 800 1 000 4 600", NB_INV_H])
q("table_lookup", "noras skatteintäkter i plan 2027, vad räknar dom med?",
  "Nora räknar med skatteintäkter på 649,2 mnkr i plan 2027.",
  [(649.2, "mnkr")], [NB], ["Skatteintäkter 4 560,4 584,7 586,1 607,3 628,0 649,2", NB_RB_H])
q("table_lookup", "Vad beräknas likvida medel vara vid slutet av 2026 i Lindesbergs kassaflödesbudget?",
  "Likvida medel vid årets slut 2026 beräknas till 122,8 mnkr.",
  [(122.8, "mnkr")], [LB], ["Likvida medel vid årets slut 91,6 122,8 183,4", "Budget Plan Plan"])
q("table_lookup", "socialnämnden lindesberg budget 2025 i tkr?",
  "Socialnämnden i Lindesberg har en budget (nettokostnad) på 176 900 tkr 2025.",
  [(176900, "tkr")], [LB], ["Socialnämnden 168 950 172 100 176 900 180 400 184 000 4 800 2,8 7 560", LB_DRIFT_H])
q("table_lookup", "Vilken soliditet hade Lindesbergs kommun 2021?",
  "Soliditeten var 44,9 procent 2021 enligt fem år i sammandrag.",
  [(44.9, "%")], [LA], ["Soliditet, % 41,8 43,0 44,9 44,6 44,2", "2019 2020 2021 2022 2023"])
q("table_lookup", "hur många kronor av varje hundralapp i skatt går till kultur och fritid i nora",
  "2,9 kronor av 100 skattekronor går till kultur och fritid (nettokostnad 23,6 mnkr, budget 2025).",
  [(2.9, "kr")], [NH], ["Kultur och fritid | 2,9 | 23,6", "Verksamhet | Kronor av 100 | Nettokostnad 2025, mnkr"])
q("table_lookup", "Hur mycket pengar till konstgräsplanen på Nora IP flyttades över från 2024 till 2025?",
  "3 000 tkr för renovering av konstgräsplanen på Nora IP ombudgeterades till 2025 (hela budgeten 2024, inget var förbrukat).",
  [(3000, "tkr")], [NP], ["Renovering konstgräsplan Nora IP | 3 000 | 0 | 3 000",
                          "Projekt | Budget 2024 (tkr) | Utfall jan–aug (tkr) | Ombudgeteras till 2025 (tkr)"])
q("table_lookup", "vad var nettokostnaden för äldreomsorgen i lindesberg 2022",
  "Nettokostnaden för äldreomsorg i Lindesberg var 432 600 tkr 2022.",
  [(432600, "tkr")], [LX], ["2022 | 176300 | 334800 | 124500 | 432600 | 153100 | 139500 | 41100", LX_H])

# ---------------- calculation (9)
q("calculation", "Med hur många procent ökar verksamhetens nettokostnader i Nora från budget 2025 till plan 2027?",
  "Från 778,3 mnkr (budget 2025) till 813,3 mnkr (plan 2027), en ökning med 35,0 mnkr eller cirka 4,5 procent.",
  [(4.5, "%")], [NB], ["Verksamhetens nettokostnader -731,5 -759,9 -754,7 -778,3 -797,0 -813,3", NB_RB_H])
q("calculation", "hur stort är underskottet för bun och vård och omsorg tillsammans i noras prognos för 2024",
  "Barn- och utbildningsnämnden -4,7 mnkr och vård- och omsorgsnämnden -8,4 mnkr, tillsammans ett underskott på 13,1 mnkr.",
  [(13.1, "mnkr")], [ND], ["Barn- och utbildningsnämnden 298,6 303,3 (4,7)", "Vård- och omsorgsnämnden 312,2 320,6 (8,4)",
                            "Nämnd Budget Prognos Avvikelse"])
q("calculation", "Hur mycket har befolkningen i Nora ökat mellan 2019 och 2024?",
  "Folkmängden ökade från 10 612 (2019) till 10 731 (2024), alltså med 119 personer (2024 är preliminärt).",
  [(119, "st")], [NX], ["2019 | 10612 | 98 | 131 | 612 | 570 | 22,38", "2024 | 10731 | 86 | 133 | 601 | 565 | 22,38",
                         "År | Folkmängd 31 dec | Födda | Döda | Inflyttade | Utflyttade | Kommunal skattesats"])
q("calculation", "hur stor andel av noras investeringar 2025 går till nya förskolan i gyttorp?",
  "24 000 tkr av totalt 57 950 tkr, cirka 41,4 procent.",
  [(41.4, "%")], [NB], ["Ny förskola i Gyttorp 24 000 18 000 0 42 000", "Totalt investeringar 57 950 48 600 19 500 126 050"])
q("calculation", "Hur många procent ökar kommunstyrelsens ram i Lindesberg från bokslut 2023 till plan 2027?",
  "Från 186 420 tkr till 206 000 tkr, en ökning med 19 580 tkr eller cirka 10,5 procent.",
  [(10.5, "%")], [LB], ["Kommunstyrelsen 186 420 192 300 198 650 202 100 206 000 6 350 3,3 8 489", LB_DRIFT_H])
q("calculation", "vad kostar simhallen och frövi skolan tillsammans i lindesbergs investeringsbudget 2025-2027",
  "Simhallen 12,5 + 30,0 + 0,0 = 42,5 mnkr och F–6-skolan i Frövi 45,0 + 62,0 + 18,0 = 125,0 mnkr, tillsammans 167,5 mnkr under 2025–2027.",
  [(167.5, "mnkr")], [LB], ["Ombyggnad Lindesbergs simhall 12,5 30,0 0,0", "Ny F–6-skola i Frövi ¹ 45,0 62,0 18,0"])
q("calculation", "Vad var Lindesbergs genomsnittliga årsresultat 2019–2023?",
  "(18,6 + 52,3 + 64,1 + 22,8 + 31,4) / 5 = 37,8 mnkr i genomsnitt per år.",
  [(37.8, "mnkr")], [LA], ["Årets resultat, mnkr 18,6 52,3 64,1 22,8 31,4", "2019 2020 2021 2022 2023"])
q("calculation", "hur stor andel av det socialnämnden bad om i tilläggsanslag föreslås dom få, lindesberg",
  "Socialnämnden begärde 6 800 tkr och förvaltningen föreslår 4 500 tkr, alltså cirka 66,2 procent.",
  [(66.2, "%")], [LT], ["Förvaltningen föreslår därför ett tilläggsanslag om 4 500 tkr i stället för de begärda 6 800 tkr."])
q("calculation", "Med hur många procent har grundskolans nettokostnad i Lindesberg ökat från 2020 till 2024?",
  "Från 312 900 tkr (2020) till 359 300 tkr (2024, prognos), en ökning med cirka 14,8 procent.",
  [(14.8, "%")], [LX], ["2020 | 168400 | 312900 | 118200 | 398700 | 142300 | 121400 | 39800",
                         "2024 | 186900 | 359300 | 133600 | 476200 | 166700 | 158300 | 43050", LX_H])

# ---------------- lookup (5)
q("lookup", "vem är ordförande i kommunstyrelsen i nora",
  "Annika Sjöberg (S) är kommunstyrelsens ordförande i Nora.",
  [], [NB], ["Annika Sjöberg (S) Kommunstyrelsens ordförande"])
q("lookup", "Vem reserverade sig när Nora sålde fastigheten Bergsmannen 3?",
  "Peter Nyman (V) reserverade sig mot beslutet.",
  [], [NP], ["Peter Nyman (V) reserverar sig mot beslutet."])
q("lookup", "när ska den nya skolan i frövi vara klar?",
  "Den nya F–6-skolan i Frövi ska tas i bruk till höstterminen 2027 (plats för 350 elever).",
  [], [LB], ["Skolan ska ha plats för 350 elever och tas i bruk till höstterminen 2027."])
q("lookup", "När uppdaterades sidan om finansiell information på Lindesbergs webbplats senast?",
  "Sidan uppdaterades senast 2024-12-05 (publicerad 2023-04-12).",
  [], [LH], ["Senast uppdaterad: 2024-12-05"])
q("lookup", "vilka förskolor ska ersättas av den nya förskolan i Gyttorp",
  "Den nya förskolan ersätter förskolorna Solrosen och Lärkan.",
  [], [NM], ["Den ersätter två äldre förskolor, Solrosen och Lärkan, som har stora behov av underhåll."])

# ---------------- text_amount (5)
q("text_amount", "hur mkt satsar nora på feriearbete för ungdomar 2025",
  "700 000 kronor till feriearbete för ungdomar 2025.",
  [(700000, "kr")], [NB], ["Feriearbete för ungdomar: 700 000 kronor."])
q("text_amount", "Vilket resultat hade Nora kommun för januari–augusti 2024?",
  "Resultatet för januari–augusti 2024 var 28,9 miljoner kronor.",
  [(28.9, "mnkr")], [ND], ["Kommunens resultat för perioden januari–augusti 2024 uppgår till 28,9 miljoner kronor"])
q("text_amount", "hur mycket ska socialnämnden i lindesberg spara på externa placeringar enl budgeten?",
  "Socialnämnden ska minska kostnaderna för externa placeringar med 6,0 miljoner kronor.",
  [(6.0, "mnkr")], [LB], ["Socialnämnden ska minska kostnaderna för externa placeringar med 6,0 miljoner kronor"])
q("text_amount", "Hur mycket dyrare blir vatten och avlopp för en villa i Lindesberg 2025?",
  "VA-taxan höjs med 8 procent från 1 januari 2025, cirka 720 kronor per år för en normalvilla.",
  [(720, "kr"), (8, "%")], [LP], ["För en normalvilla innebär det en ökning med cirka 720 kronor per år.",
                                   "höja taxan för vatten och avlopp med 8 procent från den 1 januari 2025"])
q("text_amount", "vad kostade idrottshallen i storå",
  "Idrottshallen i Storå kostade 38,2 miljoner kronor.",
  [(38.2, "mnkr")], [LA], ["Den största investeringen var idrottshallen i Storå, som kostade 38,2 miljoner kronor."])

# ---------------- claim (5)
q("claim", "Stämmer det att Nora behåller skattesatsen 22,38 kronor även 2025?",
  "Ja. Kommunstyrelsen föreslog en oförändrad skattesats på 22,38 kronor för 2025.",
  [(22.38, "kr")], [NP], ["skattesatsen för 2025 ska vara oförändrad, 22,38 kronor per skattekrona"], verdict="supported")
q("claim", "Lindesbergs resultat för 2023 blev 13,4 miljoner kronor, eller hur?",
  "Nej. Årets resultat 2023 blev 31,4 miljoner kronor, 6,9 miljoner bättre än budget.",
  [(31.4, "mnkr")], [LA], ["Årets resultat uppgår till 31,4 miljoner kronor, vilket är 6,9 miljoner kronor bättre än budget."],
  verdict="contradicted")
q("claim", "En politiker säger att socialnämnden i Lindesberg begärde 4,5 miljoner i tilläggsanslag. Stämmer det?",
  "Nej. Socialnämnden begärde 6 800 tkr; 4 500 tkr är det belopp förvaltningen föreslår att nämnden ska få.",
  [(6800, "tkr")], [LT], ["begärt ett tilläggsanslag om 6 800 tkr för att täcka ökade kostnader för externa placeringar av barn och unga"],
  verdict="contradicted")
q("claim", "nya förskolan i gyttorp kostar 42 miljoner och får plats för 108 barn?",
  "Ja, det stämmer: total projektbudget 42 miljoner kronor och plats för 108 barn.",
  [(42, "mnkr"), (108, "st")], [NM], ["Förskolan får sex avdelningar och plats för 108 barn.",
                                       "Den totala projektbudgeten är 42 miljoner kronor"], verdict="supported")
q("claim", "Jag har hört att Lindesbergs kommun ska sälja sitt bostadsbolag för 300 miljoner kronor för att finansiera skolan i Frövi.",
  "Det finns inget i dokumenten om någon försäljning av ett bostadsbolag.",
  [], [], [], refused=True, verdict="not_found")

# ---------------- unanswerable (5)
q("unanswerable", "hur stor är barn- och utbildningsnämndens ram i nora för 2028?",
  "Dokumenten redovisar ramar bara till och med plan 2027; 2028 finns inte.", refused=True)
q("unanswerable", "Vad kostar en elev på gymnasiet i Nora per år?",
  "Dokumenten anger kostnad per plats i förskolan och per elev i grundskolan, men inte kostnaden per gymnasieelev.", refused=True)
q("unanswerable", "vad var nettokostnaden för LSS i lindesberg 2019",
  "Tabellen över nettokostnad per verksamhet omfattar bara 2020–2024; 2019 finns inte.", refused=True)
q("unanswerable", "Hur mycket budgeterar Lindesberg för skolskjutsar 2025?",
  "Dokumenten anger ingen budget för skolskjuts i Lindesberg.", refused=True)
q("unanswerable", "vilken ränta betalar nora kommun i snitt på sina lån?",
  "Dokumenten om Nora anger ingen genomsnittlig låneränta.", refused=True)

# ---------------- multi_part (4)
q("multi_part", "Vad blir Noras resultat 2025 och hur mycket investerar kommunen totalt samma år?",
  "Budgeterat resultat 2025 är 20,3 mnkr, och investeringarna 2025 uppgår till 57 950 tkr (cirka 58,0 mnkr).",
  [(20.3, "mnkr"), (57950, "tkr")], [NB], ["Årets resultat 13,7 15,5 19,2 20,3 21,8 27,4", NB_RB_H,
                                            "Totalt investeringar 57 950 48 600 19 500 126 050"])
q("multi_part", "hur mycket har ks i lindesberg i oförutsedda medel 2025, hur mkt blir kvar efter tilläggsanslaget till socialnämnden och vem reserverade sig?",
  "Oförutsedda medel är 8 000 tkr 2025; efter beslutet återstår 3 500 tkr. Ulf Persson (M) reserverade sig i arbetsutskottet.",
  [(8000, "tkr"), (3500, "tkr")], [LT], ["uppgår 2025 till 8 000 tkr. Efter beslutet återstår 3 500 tkr.",
                                          "Ulf Persson (M) reserverar sig mot beslutet till förmån för eget yrkande."])
q("multi_part", "Hur röstade ks i Nora om budgeten och vilken skattesats ville M och KD ha?",
  "Budgetberedningens förslag vann med 6 röster mot 3. M och KD ville sänka skattesatsen med 10 öre till 22,28 kronor.",
  [(6, "st"), (3, "st"), (22.28, "kr")], [NP], ["Budgetberedningens förslag vinner med 6 röster mot 3.",
                                                 "en sänkning av skattesatsen med 10 öre till 22,28 kronor"])
q("multi_part", "hur många invånare räknar lindesbergs budget med och vad är skattesatsen?",
  "Budgeten bygger på 23 400 invånare den 1 november 2024 och skattesatsen är oförändrad 22,64 kronor.",
  [(23400, "st"), (22.64, "kr")], [LB], ["Budgeten bygger på antagandet 23 400 invånare den 1 november 2024.",
                                          "Skattesatsen lämnas oförändrad på 22,64 kronor."])

# ---------------- multi_doc (5)
q("multi_doc", "vilken av kommunerna har högst skattesats 2025, nora eller lindesberg?",
  "Lindesberg: 22,64 kronor mot Noras 22,38 kronor, en skillnad på 26 öre.",
  [(22.64, "kr"), (22.38, "kr")], [LB, NH], ["Skattesatsen lämnas oförändrad på 22,64 kronor.",
                                              "Skattesatsen i Nora kommun är 22,38 kronor per hundralapp 2025."])
q("multi_doc", "Vilken kommun budgeterar det högsta resultatet i procent av skatter och bidrag 2025, Nora eller Lindesberg?",
  "Nora, med 2,5 procent, mot Lindesbergs 1,8 procent.",
  [(2.5, "%"), (1.8, "%")], [NB, LB], ["Årets resultat i % av skatter och bidrag 1,8 2,0 2,5 2,5 2,6 3,2",
                                        "Resultat i % av skatter och bidrag 1,9 1,7 1,8 1,8 1,9"])
q("multi_doc", "hur mkt investeringspengar flyttades från 2024 till 2025 i nora, och hur mycket hade man investerat jan-aug 2024?",
  "Kommunstyrelsen förde över 14,6 mnkr (14 600 tkr) till 2025; under januari–augusti 2024 investerades 31,2 mnkr.",
  [(14.6, "mnkr"), (31.2, "mnkr")], [NP, ND],
  ["Kommunstyrelsen beslutar att föra över 14,6 miljoner kronor i investeringsmedel från 2024 till 2025 enligt förslaget.",
   "Under januari–augusti har kommunen investerat för 31,2 miljoner kronor."])
q("multi_doc", "Hur mycket gick socialnämnden i Lindesberg över budget 2023, och vilken budget har nämnden 2025?",
  "Socialnämnden överskred budget 2023 med 10 550 tkr (utfall 168 950 mot budget 158 400 tkr). Budgeten 2025 är 176 900 tkr.",
  [(-10550, "tkr"), (176900, "tkr")], [LA, LB],
  ["Socialnämnden 158 400 168 950 -10 550", "Socialnämnden 168 950 172 100 176 900 180 400 184 000 4 800 2,8 7 560"])
q("multi_doc", "vilken kommun har högst nettokostnad per invånare för äldreomsorg 2023, nora eller lindesberg",
  "Nora: 24 130 kr per invånare, mot Lindesbergs 19 518 kr per invånare 2023.",
  [(24130, "kr"), (19518, "kr")], [NX, LX], ["Äldreomsorg | 21450 | 22860 | 24130 | 21070", "Äldreomsorg | 19518 | 16870 | 15,7"])

# ---------------- followup (4)
q("followup", "och 2027 då?",
  "Kommunstyrelsens ram i Nora är 104,9 mnkr i plan 2027 (101,2 mnkr 2025).",
  [(104.9, "mnkr")], [NB], ["Kommunstyrelsen 98,4 101,2 103,0 104,9 3,7", "Nämnd Budget Budget Plan Plan Förändring %"],
  history=["vad har kommunstyrelsen i nora för budget 2025?"])
q("followup", "hur mycket av det är skolan i Frövi?",
  "45,0 mnkr av 2025 års investeringar på 119,5 mnkr avser den nya F–6-skolan i Frövi.",
  [(45.0, "mnkr")], [LB], ["Ny F–6-skola i Frövi ¹ 45,0 62,0 18,0", "Summa investeringar 119,5 145,7 68,3"],
  history=["Hur mycket investerar Lindesbergs kommun 2025?"])
q("followup", "och per invånare?",
  "Vård- och omsorgsnämndens budget 2025 motsvarar 25 141 kr per invånare (588 300 tkr).",
  [(25141, "kr")], [LB], ["Vård- och omsorgsnämnden 541 300 562 700 588 300 606 900 625 100 25 600 4,5 25 141", LB_DRIFT_H],
  history=["hur stor är vård och omsorgsnämndens budget i lindesberg 2025"])
q("followup", "hur mkt av det betalar föräldrarna?",
  "Föräldraavgiften täcker ungefär 7 procent av kostnaden på 172 000 kronor per år, alltså cirka 12 000 kronor.",
  [(7, "%")], [NH], ["Föräldraavgiften täcker ungefär 7 procent av kostnaden."],
  history=["Vad kostar en förskoleplats i Nora per år?"])

# ---------------- english (4)
q("english", "What is Lindesberg's total investment budget for 2026?",
  "Lindesberg's investment plan for 2026 totals 145.7 mnkr (SEK 145.7 million).",
  [(145.7, "mnkr")], [LB], ["Summa investeringar 119,5 145,7 68,3", "Projekt Budget Plan Plan"], lang="en")
q("english", "How many permanent employees did Nora have at the end of August 2024 according to the delårsrapport?",
  "Nora had 1,034 permanent (tillsvidare) employees on 31 August 2024.",
  [(1034, "st")], [ND], ["Antalet anställda (tillsvidare) var 1 034 den 31 augusti."], lang="en")
q("english", "By how much does the budget of Kultur- och fritidsnämnden in Nora change between 2024 and 2025?",
  "It decreases by 0.5 mnkr, from 24.1 to 23.6 mnkr (-2.1 %).",
  [(-0.5, "mnkr"), (-2.1, "%")], [NB], ["Kultur- och fritidsnämnden 24,1 23,6 -0,5 -2,1 2 201", NB_DRIFT_H], lang="en")
q("english", "What was the population of Lindesberg at the end of 2020?",
  "Lindesberg had 23,601 inhabitants on 31 December 2020.",
  [(23601, "st")], [LA], ["Antal invånare 31 december 23 684 23 601 23 559 23 530 23 512", "2019 2020 2021 2022 2023"], lang="en")

random.Random(42).shuffle(Q)
with open(os.path.join(HERE, "..", "..", "dev", "muni_blind42.jsonl"), "w", encoding="utf-8") as f:
    for i, x in enumerate(Q, 1):
        rec = {"id": f"mb42-{i:03d}", "corpus": C}
        rec.update(x)
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print(len(Q), "questions")
