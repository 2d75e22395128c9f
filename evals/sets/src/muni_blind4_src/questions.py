"""Write muni_blind4.jsonl (questions for the blind-muni4 corpus)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "muni_blind4.jsonl")
C = "evals/corpora/blind-muni4"
YB = f"{C}/ydre/mal-och-budget-2026-2028.pdf"
YD = f"{C}/ydre/kf-protokoll-2025-11-24.docx"
YH = f"{C}/ydre/nyhet-ny-forskola-osterbymo.html"
YT = f"{C}/ydre/pressmeddelande-budgetforslag-2026.txt"
RA = f"{C}/ragunda/arsredovisning-2024.pdf"
RX = f"{C}/ragunda/nettokostnad-och-nyckeltal-2021-2024.xlsx"
RM = f"{C}/ragunda/va-plan-2026-2030.md"
RT = f"{C}/ragunda/pressmeddelande-delarsrapport-2025.txt"


def N(v, u):
    return {"value": v, "unit": u}


Q = []


def q(cat, question, answer, numbers, docs, quotes, lang="sv", history=None, verdict=None,
      refused=False):
    Q.append({"category": cat, "language": lang, "question": question, "history": history or [],
              "gold": {"answer": answer, "numbers": numbers, "docs": docs, "quotes": quotes,
                       "refused": refused, "verdict": verdict}})


def U(question):
    q("unanswerable", question, "Dokumenten ger inget svar på det.", [], [], [], refused=True)


# ---------------------------------------------------------------- table_lookup
q("table_lookup", "vad är kommunbidraget för tekniska nämnden 2026 i ydre?",
  "Tekniska nämnden får 22,1 mnkr i kommunbidrag 2026 (budget).", [N(22.1, "mnkr")], [YB],
  ["Tekniska nämnden 22,5 23,9 22,1 −1,8 22,9 23,6"])
q("table_lookup", "Ragunda långfristiga skulder 31 dec 2024, hur mkt?",
  "182,0 mnkr per 2024-12-31 (172,0 mnkr året innan).", [N(182.0, "mnkr")], [RA],
  ["Långfristiga skulder 14 182,0 172,0"])
q("table_lookup", "hur mycket kostar grundskolan F-9 netto i budget 2026 i Ydre?",
  "Nettokostnaden för grundskola F–9 är 51 640 tkr i budget 2026.", [N(51640, "tkr")], [YB],
  ["Grundskola F–9 6 340 57 980 51 640 50 520"])
q("table_lookup", "ydres kassaflödesbudget - förändring av rörelsekapital för plan 2027?",
  "Förändringen av rörelsekapital 2027 är negativ, (9,2) mnkr, dvs. −9,2 mnkr.",
  [N(9.2, "mnkr")], [YB], ["Förändring av rörelsekapital 2,4 (9,0) (7,2) (9,2) 2,5"])
q("table_lookup", "nettokostnad vård- och omsorgsnämnden 2022 ragunda?",
  "179 480 tkr (2022).", [N(179480, "tkr")], [RX],
  ["Vård- och omsorgsnämnden | 171120 | 179480 | 188059 | 199812"])
q("table_lookup", "Vad blev balanskravsresultatet i Ragunda 2023?",
  "Balanskravsresultatet 2023 var −1,0 mnkr (ett underskott på 1,0 mnkr).", [N(1.0, "mnkr")],
  [RA], ["Årets balanskravsresultat 5,5 -1,0"])
q("table_lookup", "Regleringsbidraget/avgiften i Ydres budget för 2026?",
  "Regleringsposten är en avgift på 2,6 mnkr 2026 (−2,6 mnkr).", [N(2.6, "mnkr")], [YB],
  ["Regleringsbidrag/-avgift −1,8 −3,1 −2,6 −3,5 −4,1"])
q("table_lookup", "hur mkt ska läggas på nya vattenverket i österbymo år 2027",
  "12 000 tkr år 2027 (19 500 tkr totalt 2026–2028).", [N(12000, "tkr")], [YB],
  ["Nytt vattenverk Österbymo 3 500 12 000 4 000 19 500"])
q("table_lookup", "VA-planen i Ragunda - vad kostar ledningsförnyelsen i Bispgården totalt?",
  "15 000 tkr totalt (3 000 tkr per år 2026–2028 och 6 000 tkr 2029–2030).",
  [N(15000, "tkr")], [RM], ["| Ledningsförnyelse | Bispgården | 3 000 | 3 000 | 3 000 | 6 000 | 15 000 |"])

# ---------------------------------------------------------------- calculation
q("calculation", "hur många procent ökar verksamhetens nettokostnader i ydre från bokslut 2024 till plan 2028?",
  "Från 332,6 till 371,5 mnkr, en ökning med cirka 11,7 procent.", [N(11.7, "%")], [YB],
  ["Verksamhetens nettokostnader –332,6 –336,2 –350,2 –360,8 –371,5"])
q("calculation", "Ragunda 2024: hur stort var det samlade underskottet för nämnderna som gick back?",
  "Barn- och utbildningsnämnden −2,7 och vård- och omsorgsnämnden −7,5 mnkr, tillsammans 10,2 mnkr.",
  [N(10.2, "mnkr")], [RA],
  ["Barn- och utbildningsnämnden 158,6 161,3 -2,7 154,2", "Vård- och omsorgsnämnden 192,3 199,8 -7,5 188,1"])
q("calculation", "hur mycket dyrare var barn- och utbildningsnämnden i Ragunda än i Ydre 2024? i mnkr",
  "Ragunda 161 284 tkr (161,3 mnkr) mot Ydre 118,9 mnkr i bokslut 2024: cirka 42,4 mnkr mer i Ragunda.",
  [N(42.4, "mnkr")], [RX, YB],
  ["Barn- och utbildningsnämnden | 142310 | 147655 | 154216 | 161284",
   "Barn- och utbildningsnämnden 118,9 121,6 124,3 2,7 127,0 129,8"])
q("calculation", "hur stor andel av ydres investeringar 2026 går till den nya förskolan?",
  "14 500 av 36 700 tkr, cirka 39,5 procent.", [N(39.5, "%")], [YB],
  ["Ny förskola i Österbymo 14 500 9 800 0 24 300", "Totalt investeringar 36 700 37 500 18 100 92 300"])
q("calculation", "hur mycket har hemtjänsttimmarna i ragunda ökat i procent mellan 2021 och 2024",
  "Från 96 400 till 115 800 timmar per år, en ökning med cirka 20,1 procent.", [N(20.1, "%")], [RX],
  ["Beviljade hemtjänsttimmar per år | timmar | 96400 | 99800 | 104300 | 115800"])
q("calculation", "hur stor del av förskolebyggets totala kostnad i Österbymo är själva byggentreprenaden, i procent?",
  "21 600 av 26 000 tkr, cirka 83,1 procent.", [N(83.1, "%")], [YH],
  ["Byggentreprenad | 0 | 12 900 | 8 700 | 21 600", "Totalt | 1 700 | 14 500 | 9 800 | 26 000"])
q("calculation", "Ydre: hur många fler invånare 80+ blir det 2028 jämfört med 2024 enligt prognosen?",
  "Från 356 till 418, alltså 62 fler.", [N(62, "st")], [YB],
  ["80 år och äldre 341 356 372 389 404 418"])
q("calculation", "med hur många procentenheter sjönk sjukfrånvaron i vård o omsorgsnämnden i Ragunda mellan 2023 och 2024?",
  "Från 10,6 till 9,8 procent, en minskning med 0,8 procentenheter.", [N(0.8, "%")], [RA],
  ["Vård- och omsorgsnämnden 276 251,5 9,8 10,6"])

# ---------------------------------------------------------------- lookup
q("lookup", "vem vann upphandlingen av förskolebygget i Österbymo?",
  "Tranås Byggtjänst AB, med ett anbud på 21,6 miljoner kronor.", [], [YH, YD],
  ["Tranås Byggtjänst AB lämnade det vinnande anbudet på 21,6 miljoner kronor",
   "det vinnande anbudet från Tranås Byggtjänst AB uppgår till 21,6 miljoner kronor"])
q("lookup", "Vilken kommun driver Ydre räddningstjänsten tillsammans med?",
  "Tranås kommun.", [], [YB], ["Räddningstjänsten drivs tillsammans med Tranås kommun"])
q("lookup", "vem blev ny kommundirektör i ragunda o när tillträdde hen?",
  "Tomas Berglund, som tillträdde den 1 april (2024).", [], [RA],
  ["Kommunen anställde en ny kommundirektör, Tomas Berglund, som tillträdde den 1 april."])
q("lookup", "Vilken skola i Ragunda ska läggas ner och vart ska eleverna ta vägen?",
  "Döviken skola läggs ned från höstterminen 2025; eleverna flyttas till Hammarstrands skola.", [],
  [RA], ["Kommunfullmäktige beslutade i juni att lägga ned Döviken skola från höstterminen 2025.",
         "Eleverna flyttas till Hammarstrands skola."])
q("lookup", "hur gick omröstningen om skattesatsen i Ydres fullmäktige?",
  "Kommunstyrelsens förslag om oförändrad skattesats (22,16 kr) vann med 18 röster mot 11.",
  [N(18, "st"), N(11, "st")], [YD], ["Kommunstyrelsens förslag vinner med 18 röster mot 11."])

# ---------------------------------------------------------------- text_amount
q("text_amount", "Hur mycket pengar lägger Ydre på läsfrämjande insatser?",
  "650 000 kronor (förskoleklass och lågstadiet).", [N(650000, "kr")], [YB, YT],
  ["I budgeten finns en satsning på läsfrämjande insatser i förskoleklass och lågstadiet på 650 000 kronor.",
   "en satsning på läsfrämjande insatser på 650 000 kronor"])
q("text_amount", "vad kostade inhyrda sjuksköterskor ragunda 2024?",
  "6,3 miljoner kronor (4,9 miljoner 2023).", [N(6.3, "mnkr")], [RA],
  ["Under 2024 kostade inhyrda sjuksköterskor 6,3 miljoner kronor"])
q("text_amount", "vad skulle gratis buss för ungdomar ha kostat ydre per år enligt motionen?",
  "Cirka 350 000 kronor per år.", [N(350000, "kr")], [YD],
  ["Kostnaden har beräknats till cirka 350 000 kronor per år."])
q("text_amount", "Hur mycket dyrare blir vatten o avlopp för en vanlig villa i Ragunda 2026?",
  "Cirka 760 kronor mer per år (VA-taxan höjs 8 procent).", [N(760, "kr")], [RM],
  ["För en normalvilla med en förbrukning på 150 kubikmeter per år innebär höjningen 2026 cirka 760 kronor mer per år."])
q("text_amount", "hur mycket bygdemedel från vindkraften fick ragunda 2024",
  "3,8 miljoner kronor.", [N(3.8, "mnkr")], [RA],
  ["kommunen tog emot bygdemedel på 3,8 miljoner kronor"])

# ---------------------------------------------------------------- claim
q("claim", "Stämmer det att Ydre höjer skatten 2026?",
  "Nej. Skattesatsen för 2026 är oförändrad, 22,16 kronor; förslaget om höjning avslogs.",
  [N(22.16, "kr")], [YD, YT],
  ["Kommunfullmäktige beslutar att skattesatsen för 2026 ska vara 22,16 kronor.",
   "föreslår att skattesatsen för 2026 lämnas oförändrad på 22,16 kronor"], verdict="contradicted")
q("claim", "Lokaltidningen skriver att vård- och omsorgsnämnden i Ragunda gick 7,5 miljoner back 2024. stämmer det?",
  "Ja, nämnden redovisade ett underskott på 7,5 miljoner kronor 2024.", [N(7.5, "mnkr")], [RA],
  ["Vård- och omsorgsnämnden redovisar ett underskott på 7,5 miljoner kronor."], verdict="supported")
q("claim", "Ragundas investeringar 2024 blev högre än budgeterat, eller hur?",
  "Nej, utfallet blev 45,2 mnkr mot budget 49,7 mnkr, alltså 4,5 mnkr lägre.",
  [N(45.2, "mnkr"), N(49.7, "mnkr")], [RA], ["Summa investeringar 49,7 45,2 4,5"],
  verdict="contradicted")
q("claim", "En S-politiker säger att nya förskolan i Österbymo får ett eget tillagningskök för 3 miljoner. Stämmer?",
  "Dokumenten säger inget om något tillagningskök i förskolan eller en sådan kostnad.", [], [], [],
  verdict="not_found")
q("claim", "ydre tar upp nya lån på 20 miljoner 2026?",
  "Ja, nyupplåningen 2026 är 20 mnkr och fullmäktige har beslutat om nya lån på högst 20 miljoner kronor.",
  [N(20, "mnkr")], [YB, YD],
  ["Nyupptagna lån 10,0 15,0 20,0 25,0 0,0",
   "kommunstyrelsen under 2026 får uppta nya lån på högst 20 miljoner kronor"], verdict="supported")
q("claim", "Jag har hört att Ragunda klarade tre av fem verksamhetsmål 2024",
  "Det stämmer, tre av fem verksamhetsmål uppfylldes.", [N(3, "st")], [RA],
  ["Tre av fem verksamhetsmål uppfylldes helt."], verdict="supported")
q("claim", "Journalist: ”Socialnämnden i Ydre får sänkt budget nästa år.” Sant?",
  "Nej, socialnämndens kommunbidrag ökar med 7,3 mnkr till 144,1 mnkr 2026.",
  [N(144.1, "mnkr"), N(7.3, "mnkr")], [YB], ["Socialnämnden 133,7 136,8 144,1 7,3 150,2 155,6"],
  verdict="contradicted")

# ---------------------------------------------------------------- unanswerable
U("vad var Ydres årets resultat 2022?")
U("Hur mycket kostar kulturskolan i Ydre i budgeten 2026?")
U("Hur mycket omsatte Ragundahem AB 2024?")
U("nettokostnad tekniska nämnden ragunda 2020?")
U("Varför bestämde man sig för att lägga ned Döviken skola?")
U("vilken räntekostnad räknar ydre med för 2029")
U("Hur många anbud kom in på nya vattenverket i Stugun?")

# ---------------------------------------------------------------- followup
q("followup", "och 2028 då?", "Planen för 2028 är 129,8 mnkr.", [N(129.8, "mnkr")], [YB],
  ["Barn- och utbildningsnämnden 118,9 121,6 124,3 2,7 127,0 129,8"],
  history=["Hur stort kommunbidrag får barn- och utbildningsnämnden i Ydre 2026?"])
q("followup", "hur mycket var det i procent av skatter o statsbidrag?",
  "1,4 procent av skatteintäkter och generella statsbidrag.", [N(1.4, "%")], [RA],
  ["Resultat i % av skatter och statsbidrag 3,0 4,2 2,0 -0,2 1,4"],
  history=["vad blev årets resultat i ragunda 2024?"])
q("followup", "hur mkt mer skatt skulle det ha gett?",
  "Enligt S-förslaget cirka 2,9 miljoner kronor i ökade skatteintäkter.", [N(2.9, "mnkr")], [YD],
  ["Höjningen skulle enligt Socialdemokraternas förslag ge cirka 2,9 miljoner kronor i ökade skatteintäkter."],
  history=["Vem ville höja skatten på fullmäktige i Ydre i november?"])
q("followup", "och barn o utbildning?",
  "Barn- och utbildningsnämnden räknar med ett underskott på 3,1 miljoner kronor.", [N(3.1, "mnkr")],
  [RT], ["Barn- och utbildningsnämnden räknar med ett underskott på 3,1 miljoner kronor"],
  history=["Vilket resultat räknar Ragunda med för helåret 2025?", "och vård och omsorg?"])

# ---------------------------------------------------------------- multi_part
q("multi_part", "Ydres balansbudget: vad är soliditeten 2026 och hur stort är eget kapital samma år?",
  "Soliditeten 2026 är 42,7 procent och eget kapital 169,1 mnkr.", [N(42.7, "%"), N(169.1, "mnkr")],
  [YB], ["Eget kapital 7 162,3 165,4 169,1 171,9 175,1", "Soliditet, % 43,8 43,7 42,7 41,3 41,9"])
q("multi_part", "ragunda: vad kostade nya tillagningsköket på hammarstrands skola och när invigdes det?",
  "9,3 miljoner kronor (0,8 mnkr över budget); invigt i augusti 2024.", [N(9.3, "mnkr")], [RA],
  ["I augusti invigdes det nya tillagningsköket på Hammarstrands skola. Projektet kostade 9,3 miljoner kronor"])
q("multi_part", "nya förskolan i österbymo - hur många barn, hur många avdelningar och när ska den vara klar?",
  "Plats för 60 barn, fyra avdelningar, beräknas tas i bruk i augusti 2027.", [N(60, "st"), N(4, "st")],
  [YH], ["Förskolan får fyra avdelningar och plats för 60 barn.",
         "förskolan beräknas kunna tas i bruk i augusti 2027"])
q("multi_part", "Ragundas delårsrapport 2025 - vad blev resultatet jan-aug och vad är prognosen för helåret?",
  "Överskott 14,2 mnkr för januari–augusti; prognos för helåret ett underskott på 3,8 mnkr.",
  [N(14.2, "mnkr"), N(3.8, "mnkr")], [RT],
  ["Ragunda kommun redovisar ett överskott på 14,2 miljoner kronor för perioden januari–augusti 2025.",
   "För helåret räknar kommunen däremot med ett underskott på 3,8 miljoner kronor"])

# ---------------------------------------------------------------- english
q("english", "What is Ydre's budgeted result for 2026?",
  "A result (årets resultat) of 3.7 million kronor in 2026.", [N(3.7, "mnkr")], [YB],
  ["Årets resultat –1,8 3,1 3,7 2,8 3,2"], lang="en")
q("english", "how many permanent employees did Ragunda have at end of 2024",
  "586 permanent (tillsvidare) employees on 31 December 2024.", [N(586, "st")], [RA],
  ["Den 31 december 2024 hade kommunen 586 tillsvidareanställda"], lang="en")
q("english", "Is it true that Ragunda's water and sewage investments 2026-2030 add up to 50 million?",
  "Yes, the VA plan totals 50 000 tkr (50 million kronor) for 2026–2030.", [N(50, "mnkr")], [RM],
  ["Investeringarna på sammanlagt 50 miljoner kronor finansieras med lån"], lang="en")

# ---------------------------------------------------------------- multi_doc
q("multi_doc", "vilken kommun har högst nettokostnad per invånare 2024, Ydre eller Ragunda?",
  "Ragunda, knappt: cirka 89 200 kr per invånare (462,7 mnkr / 5 187) mot cirka 88 900 kr i Ydre (332,6 mnkr / 3 741).",
  [N(89204, "kr"), N(88907, "kr")], [YB, RA],
  ["Verksamhetens nettokostnader –332,6 –336,2 –350,2 –360,8 –371,5",
   "Ydre kommun hade 3 741 invånare den 31 december 2024.",
   "Verksamhetens nettokostnader 409,6 418,3 431,9 446,2 462,7",
   "Antal invånare 31 december 5 298 5 271 5 242 5 206 5 187"])
q("multi_doc", "Hur mycket mer än bokslutet 2024 ville sossarna ge socialnämnden i Ydre 2026?",
  "S föreslog 145 600 tkr mot 133,7 mnkr i bokslut 2024, alltså 11 900 tkr (11,9 mnkr) mer.",
  [N(11900, "tkr")], [YD, YB],
  ["Socialnämnden | 144 100 | 145 600", "Socialnämnden 133,7 136,8 144,1 7,3 150,2 155,6"])
q("multi_doc", "Vem hade bäst resultat 2024, Ydre eller Ragunda, och hur stor var skillnaden?",
  "Ragunda: +6,4 mnkr mot Ydres −1,8 mnkr, en skillnad på 8,2 mnkr.",
  [N(6.4, "mnkr"), N(1.8, "mnkr"), N(8.2, "mnkr")], [RA, YB],
  ["Årets resultat 6,4 -0,7", "Årets resultat –1,8 3,1 3,7 2,8 3,2"])

# interleave categories deterministically so the file does not run category by category
order = []
buckets = {}
for item in Q:
    buckets.setdefault(item["category"], []).append(item)
while any(buckets.values()):
    for cat in list(buckets):
        if buckets[cat]:
            order.append(buckets[cat].pop(0))
with open(OUT, "w", encoding="utf-8") as f:
    for i, item in enumerate(order, 1):
        rec = {"id": f"mb4-{i:03d}", "category": item["category"], "language": item["language"],
               "question": item["question"], "history": item["history"], "gold": item["gold"],
               "corpus": C}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print(len(order), "questions written")
