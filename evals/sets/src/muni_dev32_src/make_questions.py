"""Write evals/sets/dev/muni_dev32.jsonl (questions over evals/corpora/dev-muni32)."""
import json, os

C = "evals/corpora/dev-muni32"
LB = f"{C}/laxa/mal-och-budget-2025-plan-2026-2027.pdf"
LD = f"{C}/laxa/delarsrapport-augusti-2024.pdf"
LH = f"{C}/laxa/sa-anvands-din-skatt.html"
LP = f"{C}/laxa/protokoll-ks-2024-11-12.docx"
LX = f"{C}/laxa/statistik-2019-2023.xlsx"
LM = f"{C}/laxa/pressmeddelande-budget-2025.md"
HB = f"{C}/herrljunga/budget-2025-plan-2026-2027.pdf"
HA = f"{C}/herrljunga/arsredovisning-2023.pdf"
HH = f"{C}/herrljunga/nyheter-skatten-hojs-budget-2025.html"
HP = f"{C}/herrljunga/ks-protokollsutdrag-2025-02-10-p18.docx"
HX = f"{C}/herrljunga/driftbudget-2025-per-verksamhet.xlsx"
HT = f"{C}/herrljunga/pressmeddelande-2024-11-20.txt"

Q = []


def q(cat, question, answer, numbers=(), docs=(), quotes=(), refused=False, verdict=None, history=(), lang=None):
    Q.append({"category": cat, "language": lang or ("en" if cat == "english" else "sv"), "question": question,
              "history": list(history),
              "gold": {"answer": answer, "numbers": [{"value": v, "unit": u} for v, u in numbers],
                       "docs": list(docs), "quotes": list(quotes), "refused": refused, "verdict": verdict}})


# ---------------- table_lookup (9) ----------------
q("table_lookup", "vad är laxås budgeterade skatteintäkter 2025?",
  "Laxå kommun budgeterar skatteintäkter på 334,9 mnkr för 2025.", [(334.9, "mnkr")], [LB],
  ["Skatteintäkter 3 305,6 322,4 320,1 334,9 345,8 357,1", "Mnkr 2023 2024 2024 2025 2026 2027"])
q("table_lookup", "hur stor ram får bildningsnämden i laxå nästa år (2025)?",
  "Bildningsnämnden i Laxå får en ram på 178 600 tkr för 2025 (172 300 tkr 2024).", [(178600, "tkr")], [LB],
  ["Bildningsnämnden 172 300 178 600 6 300 3,7 182 900", "Nämnd Budget 2024 Budget 2025 Förändring Förändring % Plan 2026"])
q("table_lookup", "Hur mycket pengar är avsatt för VA-saneringen i Ljung år 2026 i Herrljungas investeringsbudget?",
  "5 200 tkr är planerat för VA-sanering Ljung 2026 (7 800 tkr 2025, 17 000 tkr totalt 2025–2027).", [(5200, "tkr")], [HB],
  ["VA-sanering Ljung TN 7 800 5 200 4 000 17 000", "Belopp i tkr 2025 2026 2027 2025–2027"])
q("table_lookup", "vad kostar socialnämnden per invånare i herrljunga 2025",
  "Socialnämndens budget 2025 motsvarar 29 198 kronor per invånare (ram 276,8 mnkr).", [(29198, "kr")], [HB],
  ["Socialnämnden 262,9 276,8 29 198 284,9", "Nämnd (mnkr) 2024 2025 kr per invånare 2026"])
q("table_lookup", "Hur stort underskott mot budget hade socialnämnden i Herrljunga 2023?",
  "Socialnämnden i Herrljunga hade ett underskott på 5,6 mnkr mot budget 2023 (budget 247,6, utfall 253,2 mnkr).",
  [(-5.6, "mnkr")], [HA], ["Socialnämnden 247,6 253,2 – 5,6", "Mnkr 2023 2023 2023"])
q("table_lookup", "laxå delårsrapporten: vilken avvikelse prognostiserar kommunstyrelsen för 2024?",
  "Kommunstyrelsen prognostiserar ett överskott på 2 100 tkr (prognos 66 300 tkr mot budget 68 400 tkr).",
  [(2100, "tkr")], [LD], ["Kommunstyrelsen 68 400 66 300 2 100", "Tkr 2024 2024 mot budget"])
q("table_lookup", "hur många kronor av varje hundralapp i skatt går till äldreomsorgen i laxå?",
  "24 kronor av varje hundralapp går till äldreomsorgen (budget 2025).", [(24, "kr")], [LH],
  ["Äldreomsorg | 24", "Verksamhet | Kronor"])
q("table_lookup", "vad är nettokostnaden för gymnasieskolan i herrljunga i driftbudgeten 2025",
  "Gymnasieskolan har en nettokostnad på 54 100 tkr 2025 (intäkter 2 400 tkr, kostnader 56 500 tkr).",
  [(-54100, "tkr")], [HX], ["Gymnasieskola | 2400 | -56500 | -54100", "Verksamhet | Intäkter | Kostnader | Nettokostnad"])
q("table_lookup", "Hur många barn föddes i Laxå 2021?",
  "46 barn föddes i Laxå 2021.", [(46, "st")], [LX],
  ["2021 | 5688 | 46 | 71 | -25 | 271 | 247 | 24", "År | Folkmängd 31 dec | Födda | Döda | Födelsenetto | Inflyttade | Utflyttade | Flyttnetto"])

# ---------------- calculation (9) ----------------
q("calculation", "hur stor andel av nämndernas totala ram i laxå 2025 går till socialnämnden?",
  "Socialnämnden får 197 800 tkr av nämndernas sammanlagda 474 020 tkr, alltså cirka 41,7 procent.",
  [(41.73, "%")], [LB], ["Socialnämnden 189 500 197 800 8 300 4,4 203 400", "Summa nämnder 455 950 474 020 18 070 4,0 485 790"])
q("calculation", "hur mkt investerar laxå i förskolan i finnerödja och simhallen tillsammans under 2025-2027?",
  "Förskolan i Finnerödja 30,5 mnkr plus renoveringen av simhallen 10,2 mnkr blir 40,7 mnkr för 2025–2027.",
  [(40.7, "mnkr")], [LB], ["Ny förskola i Finnerödja 18,5 12,0 0,0 30,5", "Renovering Laxå simhall 6,2 4,0 0,0 10,2"])
q("calculation", "Hur mycket ökar Herrljungas skatteintäkter mellan budget 2025 och plan 2027, i miljoner och i procent?",
  "Skatteintäkterna ökar från 551,9 mnkr (2025) till 589,6 mnkr (2027), dvs. 37,7 mnkr eller cirka 6,8 procent.",
  [(37.7, "mnkr"), (6.83, "%")], [HB], ["Skatteintäkter 4 498,7 521,4 551,9 570,3 589,6", "Belopp i mnkr 2023 2024 2025 2026 2027"])
q("calculation", "hur stor del av socialnämndens nettokostnad i herrljunga är äldreomsorg?",
  "Äldreomsorgen har en nettokostnad på 142 500 tkr av socialnämndens 276 800 tkr, cirka 51,5 procent.",
  [(51.48, "%")], [HX], ["Äldreomsorg | 21300 | -163800 | -142500", "Funktionsstöd | 14600 | -92900 | -78300",
                         "Individ- och familjeomsorg | 5200 | -46400 | -41200", "Hälso- och sjukvård | 1900 | -16700 | -14800"])
q("calculation", "Vad var Laxås genomsnittliga årets resultat åren 2019–2023?",
  "Resultaten var 3,1, 14,7, 19,3, 9,6 och 5,8 mnkr, totalt 52,5 mnkr, vilket ger ett genomsnitt på 10,5 mnkr per år.",
  [(10.5, "mnkr")], [LX], ["2019 | 22,84 | 372,6 | 3,1 | 37,8 | 65345", "2020 | 22,84 | 384,9 | 14,7 | 38,9 | 67657",
                          "2021 | 22,84 | 398,2 | 19,3 | 39,6 | 70007", "2022 | 22,84 | 413,5 | 9,6 | 38,7 | 72915",
                          "2023 | 22,84 | 428,2 | 5,8 | 36,2 | 75654"])
q("calculation", "hur mycket har folkmängden i herrljunga ökat från 2019 till 2023 enligt årsredovisningen?",
  "Folkmängden ökade från 9 380 (2019) till 9 471 (2023), dvs. med 91 personer.",
  [(91, "st")], [HA], ["Folkmängd 31 december 9 380 9 412 9 455 9 502 9 471", "2019 2020 2021 2022 2023"])
q("calculation", "hur stor andel av investeringsbudgeten för 2024 hade laxå förbrukat efter augusti?",
  "12,6 mnkr av 38,0 mnkr, dvs. ungefär 33 procent (33,2 %).",
  [(33.2, "%")], [LD], ["Investeringarna uppgick under januari–augusti till 12,6 miljoner kronor av en total investeringsbudget för 2024 på 38,0 miljoner kronor."])
q("calculation", "Med hur många procent ökar budgeten för Altorpsskolan 2025 efter ombudgeteringen i Herrljunga?",
  "Budgeten för Ny F-6-skola Altorp ökar med 6 500 tkr från 42 000 tkr till 48 500 tkr, en ökning med cirka 15,5 procent.",
  [(15.48, "%")], [HP], ["Ny F-6-skola Altorp | 42 000 | 6 500 | 48 500", "Projekt | Budget 2025 enligt KF | Ombudgetering | Reviderad budget 2025"])
q("calculation", "hur många kronor av en hundralapp går till grundskola, förskola och gymnasium sammanlagt i laxå?",
  "21 kr (grundskola och förskoleklass) + 9 kr (förskola och fritidshem) + 8 kr (gymnasieskola och vuxenutbildning) = 38 kronor.",
  [(38, "kr")], [LH], ["Grundskola och förskoleklass | 21", "Förskola och fritidshem | 9", "Gymnasieskola och vuxenutbildning | 8"])

# ---------------- lookup (5) ----------------
q("lookup", "vem är kommunstyrelsens ordförande i laxå?",
  "Anna Lindqvist (S) är kommunstyrelsens ordförande i Laxå.", [], [LB], ["Anna Lindqvist (S) Kommunstyrelsens ordförande"])
q("lookup", "Vilka reserverade sig mot budgetbeslutet i kommunstyrelsen i Laxå i november?",
  "Lars Berg (SD), Jonas Wall (SD) och Karin Holm (M) reserverade sig mot beslutet om mål och budget 2025 (§ 147).",
  [], [LP], ["Reservation: Lars Berg (SD), Jonas Wall (SD) och Karin Holm (M) reserverar sig mot beslutet till förmån för eget yrkande."])
q("lookup", "vem är ekonomichef i herrljunga kommun",
  "Maria Ek är ekonomichef i Herrljunga kommun.", [], [HP], ["Tjänsteskrivelse från ekonomichef Maria Ek, 2025-01-27."])
q("lookup", "när ska nya altorpsskolan i herrljunga vara klar?",
  "Altorpsskolan beräknas vara klar till höstterminen 2027.", [], [HT],
  ["Altorpsskolan ska ha plats för 450 elever och beräknas vara klar till höstterminen 2027."])
q("lookup", "När blir byggstart för förskolan i Finnerödja?",
  "Projekteringen har försenats och byggstarten flyttas till våren 2025.", [], [LD],
  ["Projekteringen av förskolan i Finnerödja har försenats och byggstarten flyttas till våren 2025."])

# ---------------- text_amount (5) ----------------
q("text_amount", "hur mycket ska socialnämnden i laxå spara under 2025?",
  "Socialnämnden ska genomföra besparingar om 4,7 miljoner kronor under 2025.", [(4.7, "mnkr")], [LB],
  ["Socialnämnden får i uppdrag att genomföra besparingar om 4,7 miljoner kronor under 2025"])
q("text_amount", "hur mkt extra pengar får föreningslivet i laxå i budgeten?",
  "Föreningslivet får 700 000 kronor extra i form av höjda aktivitetsbidrag.", [(700000, "kr")], [LB],
  ["Vi avsätter också 700 000 kronor extra till föreningslivet i form av höjda aktivitetsbidrag"])
q("text_amount", "Hur mycket mer skatteintäkter ger skattehöjningen i Herrljunga?",
  "Höjningen med 20 öre beräknas ge 4,8 miljoner kronor i ökade skatteintäkter.", [(4.8, "mnkr")], [HB],
  ["Höjningen beräknas ge 4,8 miljoner kronor i ökade skatteintäkter."])
q("text_amount", "vad blev balanskravsresultatet för herrljunga 2023",
  "Balanskravsresultatet 2023 blev 10,4 miljoner kronor efter avdrag för realisationsvinster på 1,2 miljoner kronor.",
  [(10.4, "mnkr")], [HA], ["Balanskravsresultatet för 2023 uppgår till 10,4 miljoner kronor efter avdrag för realisationsvinster på 1,2 miljoner kronor."])
q("text_amount", "hur mycket riktade statsbidrag räknar laxå med 2025?",
  "Riktade statsbidrag har budgeterats till 41,3 miljoner kronor 2025.", [(41.3, "mnkr")], [LB],
  ["Riktade statsbidrag har budgeterats till 41,3 miljoner kronor 2025."])

# ---------------- multi_doc (5) ----------------
q("multi_doc", "vilken av kommunerna har högst kommunalskatt 2025, laxå eller herrljunga, och hur stor är skillnaden?",
  "Laxå har högst skattesats, 22,84 kronor, mot Herrljungas 22,39 kronor – en skillnad på 45 öre (0,45 kr).",
  [(22.84, "kr"), (22.39, "kr"), (0.45, "kr")], [LH, HH],
  ["varav 22,84 kronor går till Laxå kommun", "Kommunalskatten höjs från 22,19 till 22,39 kronor."])
q("multi_doc", "Vilken kommun budgeterar det högsta resultatet i procent av skatter och bidrag 2025 – Laxå eller Herrljunga?",
  "Laxå: 1,75 procent (8,3 mnkr); Herrljunga: 1,7 procent (12,3 mnkr). Laxå har en något högre resultatnivå, även om Herrljungas resultat är större i kronor.",
  [(1.75, "%"), (1.7, "%")], [LB, HB],
  ["Resultat i % av skatter och bidrag 1,33 1,42 1,06 1,75 2,01 2,50", "Årets resultat, % av skatter och bidrag 1,8 1,7 1,7 2,0 2,5"])
q("multi_doc", "socialnämnden i laxå: vilket underskott prognostiserades i delårsrapporten och vad sa man på ks-mötet i november om oktoberuppföljningen?",
  "Delårsrapporten (augusti) visade en negativ avvikelse på 6 200 tkr; i oktoberuppföljningen som redovisades på kommunstyrelsen 2024-11-12 prognostiserades ett underskott på 6,0 miljoner kronor, alltså 0,2 miljoner kronor mindre.",
  [(-6200, "tkr"), (6.0, "mnkr")], [LD, LP],
  ["Socialnämnden 189 500 195 700 (6 200)", "Socialnämnden prognostiserar ett underskott på 6,0 miljoner kronor."])
q("multi_doc", "Hur mycket har Herrljungas investeringsbudget för 2025 ändrats sedan fullmäktiges budgetbeslut?",
  "Fullmäktiges budget angav 90 000 tkr (90,0 mnkr) för 2025; efter ombudgeteringen i februari 2025 blir den 94 600 tkr, en ökning med 4 600 tkr.",
  [(90000, "tkr"), (94600, "tkr"), (4600, "tkr")], [HB, HP],
  ["Summa investeringar 90 000 83 300 34 600 207 900",
   "Totalt föreslås ombudgetering med netto 4 600 tkr, vilket innebär att investeringsbudgeten för 2025 ökar från 90 000 tkr till 94 600 tkr."])
q("multi_doc", "vilken kommun investerar mest per invånare 2025, laxå eller herrljunga?",
  "Herrljunga: 90,0 mnkr / 9 480 invånare ≈ 9 494 kr per invånare. Laxå: 47,5 mnkr / 5 640 invånare ≈ 8 422 kr per invånare. Herrljunga investerar mest per invånare.",
  [(9494, "kr"), (8422, "kr")], [LB, HB],
  ["Investeringsbudgeten omfattar totalt 47,5 miljoner kronor för 2025.", "Budgeten utgår från 5 640 invånare den 1 november 2024",
   "Investeringsbudgeten för 2025 uppgår till 90,0 miljoner kronor.", "Budgeten utgår från 9 480 invånare den 1 november 2024."])

# ---------------- claim (5) ----------------
q("claim", "Stämmer det att Herrljunga höjer kommunalskatten med 20 öre till 22,39 kronor?",
  "Ja, det stämmer. Skatten höjs med 20 öre till 22,39 kronor per hundralapp från 2025.", [(22.39, "kr")], [HT],
  ["Kommunalskatten höjs med 20 öre till 22,39 kronor per hundralapp."], verdict="supported")
q("claim", "Jag har hört att Laxå lägger 25 miljoner på nya förskolan i Finnerödja under 2025",
  "Nej. För 2025 budgeteras 18,5 miljoner kronor till förskolan i Finnerödja; hela kalkylen är 30,5 miljoner kronor.",
  [(18.5, "mnkr")], [LM], ["varav 18,5 miljoner kronor till den nya förskolan i Finnerödja."], verdict="contradicted")
q("claim", "herrljungas resultat 2023 blev 15,3 miljoner, eller hur?",
  "Nej, årets resultat 2023 blev 11,6 miljoner kronor. 15,3 miljoner kronor var resultatet 2022.",
  [(11.6, "mnkr")], [HA], ["Årets resultat 11,6 15,3", "Belopp i mnkr Not 2023 2022"], verdict="contradicted")
q("claim", "Laxå kommun säljer sitt kommunala bostadsbolag för att klara budgeten 2025?",
  "Dokumenten nämner ingen försäljning av något kommunalt bostadsbolag i Laxå.", refused=True, verdict="not_found")
q("claim", "Sjukfrånvaron i Laxå kommun var 7,9 procent under januari–augusti 2024?",
  "Ja, sjukfrånvaron under perioden uppgick till 7,9 procent (8,4 procent samma period året innan).", [(7.9, "%")], [LD],
  ["Sjukfrånvaron under perioden uppgick till 7,9 procent av den ordinarie arbetstiden"], verdict="supported")

# ---------------- unanswerable (5) ----------------
q("unanswerable", "vad är laxås budgeterade resultat för 2028?",
  "Budgeten innehåller bara budget 2025 och plan för 2026–2027; något resultat för 2028 anges inte.", refused=True)
q("unanswerable", "Hur mycket av satsningen på fritidsgårdar i Herrljunga går till fritidsgården i Annelund?",
  "Dokumenten anger bara 2,3 miljoner kronor totalt till fritidsgårdar och ungdomsverksamhet i Herrljunga och Annelund, ingen fördelning per ort.", refused=True)
q("unanswerable", "hur mycket lägger herrljunga på nya simhallen i investeringsbudgeten?",
  "Det finns ingen simhall i Herrljungas investeringsbudget.", refused=True)
q("unanswerable", "Hur många elever går på Hasselfors skola i Laxå?",
  "Dokumenten anger bara antalet elever i grundskolan totalt, inte per skola.", refused=True)
q("unanswerable", "hur mycket pengar får kulturskolan i laxå i budget 2025?",
  "Kulturskolan ingår i bildningsnämndens ansvar, men dokumenten anger ingen separat budget för kulturskolan.", refused=True)

# ---------------- multi_part (4) ----------------
q("multi_part", "vad blir timavgiften för livsmedelskontroll i laxå 2025 och vad var den förut?",
  "Timavgiften föreslås höjas från 1 350 kronor till 1 420 kronor från den 1 januari 2025.", [(1420, "kr"), (1350, "kr")], [LP],
  ["Timavgiften för livsmedelskontroll föreslås höjas från 1 350 kronor till 1 420 kronor från den 1 januari 2025."])
q("multi_part", "Hur många platser i särskilt boende har Herrljunga, och hur många av dem finns på Hagens äldreboende?",
  "Kommunen har 118 platser i särskilt boende, varav 32 på Hagens äldreboende.", [(118, "st"), (32, "st")], [HB],
  ["Kommunen har 118 platser i särskilt boende, varav 32 på Hagens äldreboende."])
q("multi_part", "hur mycket pengar lägger laxå på sommarjobb och hur många ungdomar får jobb?",
  "1,2 miljoner kronor till sommarjobb, vilket ger plats för omkring 80 ungdomar.", [(1.2, "mnkr"), (80, "st")], [LM],
  ["1,2 miljoner kronor till sommarjobb för ungdomar, vilket ger plats för omkring 80 ungdomar."])
q("multi_part", "hur röstade fullmäktige i herrljunga om budget 2025 och vilka partier röstade emot?",
  "Beslutet fattades efter votering med 19 röster mot 12. Moderaterna, Kristdemokraterna och Sverigedemokraterna röstade för ett alternativt förslag utan skattehöjning.",
  [(19, "st"), (12, "st")], [HH],
  ["Beslutet fattades efter votering med 19 röster mot 12. Moderaterna, Kristdemokraterna och Sverigedemokraterna röstade för ett alternativt förslag utan skattehöjning."])

# ---------------- followup (4) ----------------
q("followup", "och hur mkt går till regionen?",
  "12,30 kronor går till Region Örebro län; totalt blir skattesatsen 35,14 kronor.", [(12.30, "kr")], [LH],
  ["varav 22,84 kronor går till Laxå kommun och 12,30 kronor till Region Örebro län."],
  history=["vad är laxås skattesats 2025?"])
q("followup", "och socialnämnden då? hur mycket ökar den jämfört med 2024?",
  "Socialnämnden får 276,8 mnkr 2025 mot 262,9 mnkr 2024, en ökning med 13,9 mnkr.", [(276.8, "mnkr"), (13.9, "mnkr")], [HH],
  ["Socialnämnden | 262,9 | 276,8 | 13,9"], history=["hur stor ram får bildningsnämnden i herrljunga 2025?"])
q("followup", "och vad var soliditeten det året?",
  "Soliditeten i Laxå var 36,2 procent 2023.", [(36.2, "%")], [LX],
  ["2023 | 22,84 | 428,2 | 5,8 | 36,2 | 75654", "År | Skattesats (kr) | Verksamhetens nettokostnader | Årets resultat | Soliditet (%) | Nettokostnad per invånare (kr)"],
  history=["Vad blev Laxås resultat 2023?"])
q("followup", "vad blir då hela investeringsbudgeten för 2025?",
  "Efter ombudgeteringen blir Herrljungas totala investeringsbudget för 2025 94 600 tkr.", [(94600, "tkr")], [HP],
  ["Kommunstyrelsen föreslår kommunfullmäktige besluta att revidera investeringsbudgeten för 2025 enligt tabellen, med en total investeringsbudget på 94 600 tkr."],
  history=["hur mycket investerar herrljunga i altorpsskolan 2025?", "har det ändrats sen budgeten togs?"])

# ---------------- english (4) ----------------
q("english", "What equity ratio (soliditet) does Herrljunga's balansbudget show for 2027?",
  "The balansbudget shows an equity ratio (soliditet) of 40.6% for 2027.", [(40.6, "%")], [HB],
  ["Soliditet (%) 42,7 42,3 40,6 39,6 40,6", "Belopp i mnkr 2023 2024 2025 2026 2027"])
q("english", "How many permanent employees did Laxå municipality have at the end of August 2024?",
  "Laxå had 612 permanent employees (tillsvidareanställda) on 31 August 2024, 9 fewer than a year earlier.", [(612, "st")], [LD],
  ["Den 31 augusti 2024 hade kommunen 612 tillsvidareanställda"])
q("english", "What is Laxå's planned årets resultat for 2026 in the Mål och budget?",
  "The plan for 2026 shows a result (årets resultat) of 9.8 million kronor (mnkr).", [(9.8, "mnkr")], [LB],
  ["Årets resultat 5,8 6,5 4,8 8,3 9,8 12,5", "Mnkr 2023 2024 2024 2025 2026 2027"])
q("english", "What is the total cost of the new F-6 school in Altorp in Herrljunga, and how much of it is budgeted for 2025?",
  "The Altorp F-6 school costs 115,000 tkr (115 mnkr) in total for 2025–2027, of which 42,000 tkr is budgeted for 2025.",
  [(115000, "tkr"), (42000, "tkr")], [HB], ["Ny F-6-skola Altorp BN 42 000 55 000 18 000 115 000", "Belopp i tkr 2025 2026 2027 2025–2027"])

import random
random.Random(32).shuffle(Q)
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../dev/muni_dev32.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for i, item in enumerate(Q, 1):
        rec = {"id": f"md32-{i:03d}", "corpus": C}
        rec.update(item)
        rec = {k: rec[k] for k in ("id", "corpus", "category", "language", "question", "history", "gold")}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print(len(Q), "questions ->", os.path.normpath(out))
