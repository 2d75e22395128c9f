"""Question set md49 over evals/corpora/dev-muni49 (Trosa, Vingåker)."""
import json

C = "evals/corpora/dev-muni49"
T = C + "/trosa/"
V = C + "/vingaker/"
TB = T + "mal-och-budget-2026-plan-2027-2028.pdf"
TA = T + "arsredovisning-2025.pdf"
TH = T + "sa-anvands-din-skatt.html"
TD = T + "protokoll-kommunstyrelsen-2026-03-10.docx"
TX = T + "befolkning-och-nyckeltal.xlsx"
TP = T + "pressmeddelande-arsredovisning-2025.md"
VB = V + "budget-och-plan-2026-2028.pdf"
VD = V + "delarsrapport-januari-augusti-2026.pdf"
VH = V + "finansiell-information.html"
VW = V + "protokollsutdrag-socialnamnden-2026-09-24.docx"
VX = V + "driftbudget-per-verksamhet-2026.xlsx"
VP = V + "pressmeddelande-delarsrapport-2026.txt"

TB_RB_H = "Not Bokslut Prognos Budget Plan Plan"
TB_RB_Y = "2024 2025 2026 2027 2028"
TB_DR_H = "Nämnd Bokslut Budget Budget Plan Plan Förändring Kr per"
TB_INV_H = "Projekt Budget Plan Plan Totalt"
VB_Y = "2024 2025 2026 2027 2028"
VB_DR_H = "Nämnd Budget Budget Förändring Förändring"
VD_H = "Nämnd Budget Utfall Prognos Avvikelse"
VX_H = "Nämnd/verksamhet | Intäkter 2026 | Kostnader 2026 | Nettokostnad 2026 | Nettokostnad budget 2025"


def n(v, u):
    return {"value": v, "unit": u}


Q = []


def q(cat, question, answer, numbers, docs, quotes, lang="sv", history=None, refused=False, verdict=None):
    Q.append(dict(category=cat, language=lang, question=question, history=history or [],
                  gold=dict(answer=answer, numbers=numbers, docs=docs, quotes=quotes,
                            refused=refused, verdict=verdict)))


# ---------------- table_lookup (9)
q("table_lookup", "hur mycket räknar trosa med i skatteintäkter i budgeten för 2026?",
  "Skatteintäkterna budgeteras till 801,2 mnkr 2026 i Trosa kommuns resultatbudget.",
  [n(801.2, "mnkr")], [TB], ["Skatteintäkter 4 742,8 768,5 801,2 829,7 861,4", TB_RB_H])
q("table_lookup", "hur mkt pengar får bun i trosa 2026",
  "Barn- och utbildningsnämnden i Trosa har en budget (nettokostnad) på 515 200 tkr för 2026.",
  [n(515200, "tkr")], [TB],
  ["Barn- och utbildningsnämnden 481 300 498 600 515 200 532 100 548 900 16 600 35 239", TB_DR_H])
q("table_lookup", "Vad är budgeterat för ombyggnaden av Sävstaskolan i Vingåker för 2027?",
  "I Vingåkers investeringsbudget är 18 000 tkr avsatt för ombyggnaden av Sävstaskolan under 2027 (plan).",
  [n(18000, "tkr")], [VB], ["Ombyggnad av Sävstaskolan 24 000 18 000 0", "Projekt Budget Plan Plan"])
q("table_lookup", "vad är prognosen för helåret för socialnämnden i vingåker enligt delårsrapporten",
  "Socialnämnden i Vingåker har en helårsprognos på 326,9 mnkr (budget 317,1 mnkr), dvs. ett underskott på 9,8 mnkr.",
  [n(326.9, "mnkr")], [VD], ["Socialnämnden 317,1 218,6 326,9 -9,8", VD_H])
q("table_lookup", "hur många kronor av varje hundralapp i skatt går till äldreomsorgen i trosa?",
  "Av 100 kronor i kommunalskatt går 20 kronor till äldreomsorgen i Trosa (budget 2026).",
  [n(20, "kr")], [TH], ["Äldreomsorg | 20 | 222,6", "Verksamhet | Kronor av 100 | Nettokostnad, mnkr"])
q("table_lookup", "Vad var soliditeten i Vingåkers kommun 2023?",
  "Soliditeten i Vingåker var 27,9 procent 2023.",
  [n(27.9, "%")], [VH], ["Soliditet, % | 28,6 | 27,9 | 27,5 | 26,8", "Nyckeltal | 2022 | 2023 | 2024 | 2025"])
q("table_lookup", "trosa ks protokoll mars, hur mycket ska ombudgeteras för hamnområdet?",
  "För upprustningen av hamnområdet ombudgeteras 2 600 tkr från 2025 till 2026.",
  [n(2600, "tkr")], [TD],
  ["Upprustning hamnområdet | 5 000 | 2 400 | 2 600",
   "Projekt | Budget 2025, tkr | Utfall 2025, tkr | Ombudgeteras till 2026, tkr"])
q("table_lookup", "vad är nettokostnaden för äldreomsorgen i vingåkers driftbudget 2026?",
  "Äldreomsorgen i Vingåker har en nettokostnad på 176 400 tkr i driftbudgeten 2026.",
  [n(176400, "tkr")], [VX], ["Äldreomsorg | 29800 | 206200 | 176400 | 168300", VX_H])
q("table_lookup", "hur många invånare 80 år och äldre fanns det i trosa 2023",
  "Trosa hade 959 invånare som var 80 år och äldre den 31 december 2023.",
  [n(959, "st")], [TX],
  ["2023 | 14188 | 909 | 1962 | 7597 | 2761 | 959",
   "År | Totalt | 0–5 år | 6–15 år | 16–64 år | 65–79 år | 80 år och äldre"])

# ---------------- calculation (9)
q("calculation", "Hur mycket ökar skatteintäkterna i Trosa från budget 2026 till plan 2028?",
  "Skatteintäkterna ökar från 801,2 mnkr (2026) till 861,4 mnkr (2028), alltså med 60,2 mnkr.",
  [n(60.2, "mnkr")], [TB], ["Skatteintäkter 4 742,8 768,5 801,2 829,7 861,4", TB_RB_H])
q("calculation", "hur stor andel av trosas investeringar 2026 går till barn och utbildning?",
  "Barn- och utbildningsnämnden har 40,8 mnkr av totalt 96,0 mnkr i investeringar 2026, ca 42,5 procent.",
  [n(42.5, "%")], [TB],
  ["Summa Barn- och utbildningsnämnden 40,8 37,8 18,9 97,5", "Totalt investeringar 96,0 95,0 43,9 234,9"])
q("calculation", "Hur mycket får utbildningsnämnden och socialnämnden i Vingåker tillsammans 2026?",
  "Utbildningsnämnden 331,0 mnkr + socialnämnden 317,1 mnkr = 648,1 mnkr i budget 2026.",
  [n(648.1, "mnkr")], [VB],
  ["Utbildningsnämnden 321,9 331,0 9,1 2,8", "Socialnämnden 302,8 317,1 14,3 4,7", VB_DR_H])
q("calculation", "vad är vingåkers genomsnittliga budgeterade resultat för åren 2026-2028?",
  "Årets resultat är 3 800 tkr (2026), 3 700 tkr (2027) och 4 500 tkr (2028); genomsnittet blir 4 000 tkr per år.",
  [n(4000, "tkr")], [VB], ["Årets resultat 6 500 1 200 3 800 3 700 4 500", VB_Y])
q("calculation", "med hur många procent överskred vård- och omsorgsnämnden i Trosa sin budget 2025?",
  "Vård- och omsorgsnämnden hade budget 312 900 tkr och utfall 319 450 tkr, ett underskott på 6 550 tkr eller ca 2,1 procent av budgeten.",
  [n(2.1, "%")], [TA], ["Vård- och omsorgsnämnden 312 900 319 450 (6 550)", "Nämnd Budget 2025 Utfall 2025 Avvikelse"])
q("calculation", "hur många procent ökar nettokostnaden för grundskolan i vingåker mellan budget 2025 och 2026?",
  "Grundskola och förskoleklass ökar från 151 200 tkr till 156 800 tkr, dvs. 5 600 tkr eller ca 3,7 procent.",
  [n(3.7, "%")], [VX], ["Grundskola och förskoleklass | 14900 | 171700 | 156800 | 151200", VX_H])
q("calculation", "Hur mycket har Trosas befolkning ökat mellan 2019 och 2025, i antal och procent?",
  "Befolkningen ökade från 13 534 (2019) till 14 472 (2025), alltså med 938 personer eller ca 6,9 procent.",
  [n(938, "st"), n(6.9, "%")], [TX],
  ["2019 | 13534 | 905 | 1842 | 7402 | 2611 | 774", "2025 | 14472 | 898 | 1994 | 7702 | 2817 | 1061",
   "År | Totalt | 0–5 år | 6–15 år | 16–64 år | 65–79 år | 80 år och äldre"])
q("calculation", "hur stor del av investeringsbudgeten hade vingåker använt efter augusti 2026, i procent?",
  "Utfallet januari–augusti var 31 200 tkr av en budget på 78 400 tkr, ca 39,8 procent.",
  [n(39.8, "%")], [VD], ["Totalt 78 400 31 200 61 000", "Projekt Budget 2026 Utfall jan–aug Prognos 2026"])
q("calculation", "Hur stor andel av effekten 2026 i socialnämndens åtgärdsplan i Vingåker kommer från minskade externa placeringar?",
  "Minskade externa placeringar ger 1 200 tkr av totalt 3 000 tkr 2026, alltså 40 procent.",
  [n(40, "%")], [VW],
  ["Minskade externa placeringar, individ- och familjeomsorg | 1 200 | 3 500", "Summa | 3 000 | 8 600"])

# ---------------- lookup (5)
q("lookup", "vem är kommunstyrelsens ordförande i trosa?",
  "Johan Engström (M) är kommunstyrelsens ordförande i Trosa.",
  [], [TB], ["Johan Engström (M)", "Kommunstyrelsens ordförande"])
q("lookup", "När ska eleverna kunna flytta in i Sävstaskolan i Vingåker enligt delårsrapporten?",
  "Inflyttningen beräknas nu till januari 2028 i stället för hösten 2027, eftersom ombyggnaden försenats av en överklagad upphandling.",
  [], [VD], ["beräknas nu till januari 2028 i stället för hösten 2027."])
q("lookup", "vilka reserverade sig mot beslutet om simhallen i trosa kommunstyrelse?",
  "Peter Söderholm (S), Anders Holm (S), Ulla Berg (S), Sara Wallin (V) och Mats Fransson (SD) reserverade sig.",
  [], [TD],
  ["Reservation: Peter Söderholm (S), Anders Holm (S), Ulla Berg (S), Sara Wallin (V) och Mats Fransson (SD) reserverar sig mot beslutet till förmån för eget yrkande."])
q("lookup", "vem är ordförande i socialnämnden i vingåker",
  "Anna-Karin Öberg (S) är ordförande i socialnämnden i Vingåker.",
  [], [VW], ["Närvarande ledamöter: Anna-Karin Öberg (S), ordförande"])
q("lookup", "När godkände kommunfullmäktige Vingåkers årsredovisning för 2025?",
  "Årsredovisningen för 2025 godkändes av kommunfullmäktige den 20 april 2026.",
  [], [VH], ["Årsredovisningen för 2025 godkändes av kommunfullmäktige den 20 april 2026."])

# ---------------- text_amount (5)
q("text_amount", "hur mycket extra får skolan i trosa för fler lärare 2026?",
  "Barn- och utbildningsnämnden får en särskild satsning på 4,7 miljoner kronor för fler lärare i lågstadiet och mindre grupper i förskolan.",
  [n(4.7, "mnkr")], [TB], ["Utöver satsningen på 4,7 miljoner kronor ska nämnden effektivisera skolskjutsarna"])
q("text_amount", "Hur mycket höjs föreningsbidraget i Trosa?",
  "Föreningsbidraget höjs med 700 000 kronor.",
  [n(700000, "kr")], [TB], ["Föreningslivet får ett höjt föreningsbidrag med 700 000 kronor, eftersom föreningarna gör ett"])
q("text_amount", "vingåker feriejobb hur mycket pengar 2026",
  "Kommunstyrelsen i Vingåker avsätter 450 000 kronor för feriejobb 2026.",
  [n(450000, "kr")], [VB], ["Inom kommunstyrelsen avsätts 450 000 kronor för feriejobb."])
q("text_amount", "vad skulle en ny simhall i trosa kosta i drift per år enligt förstudien?",
  "Förstudien anger en årlig driftkostnad på cirka 11 miljoner kronor (och en investeringsutgift på 180–220 miljoner kronor).",
  [n(11, "mnkr")], [TD], ["en årlig driftkostnad på cirka 11 miljoner kronor"])
q("text_amount", "Hur stor del av socialnämndens underskott i Vingåker gäller individ- och familjeomsorgen?",
  "Av underskottet på 9,8 miljoner kronor avser 6,1 miljoner kronor individ- och familjeomsorgen.",
  [n(6.1, "mnkr")], [VW], ["Av underskottet avser 6,1 miljoner kronor individ- och familjeomsorgen och 3,7 miljoner kronor hemtjänsten."])

# ---------------- multi_doc (5)
q("multi_doc", "vilken av kommunerna trosa och vingåker har högst skattesats 2026 och hur stor är skillnaden?",
  "Vingåker har högst skattesats, 22,71 kronor, mot Trosas 22,05 kronor; skillnaden är 0,66 kronor.",
  [n(22.71, "kr"), n(22.05, "kr"), n(0.66, "kr")], [TB, VB],
  ["Skattesatsen lämnas oförändrad på 22,05 kronor per skattekrona.", "Skattesatsen lämnas oförändrad på 22,71 kronor."])
q("multi_doc", "Trosas budget räknade med ett resultat för 2025 – hur mycket bättre blev det faktiska resultatet?",
  "Prognosen i budgeten var 8,6 mnkr och utfallet blev 14,3 miljoner kronor, alltså 5,7 mnkr bättre.",
  [n(5.7, "mnkr")], [TB, TP],
  ["Årets resultat 23,7 8,6 10,9 10,4 13,5", TB_RB_H,
   "Trosa kommun gör ett positivt resultat på 14,3 miljoner kronor för 2025."])
q("multi_doc", "hur mycket bättre än budget ser vingåkers resultat 2026 ut att bli enligt pressmeddelandet om delårsrapporten?",
  "Budgeten anger 3 800 tkr (3,8 mnkr) och prognosen är 6,2 miljoner kronor, alltså 2,4 mnkr bättre än budget.",
  [n(2.4, "mnkr")], [VB, VP],
  ["Årets resultat 6 500 1 200 3 800 3 700 4 500",
   "Vingåkers kommun prognostiserar ett överskott på 6,2 miljoner kronor för 2026."])
q("multi_doc", "Vilken kommun har störst investeringsbudget för 2026, Trosa eller Vingåker, och hur stor är skillnaden?",
  "Trosa: 96,0 mnkr; Vingåker: 78 400 tkr (78,4 mnkr). Trosa har störst, 17,6 mnkr mer.",
  [n(96.0, "mnkr"), n(78.4, "mnkr"), n(17.6, "mnkr")], [TB, VB],
  ["Totalt investeringar 96,0 95,0 43,9 234,9", "Totalt 78 400 73 300 24 800"])
q("multi_doc", "hur mycket pengar har förskolan ängsbacken i trosa för 2026 om man räknar med ombudgeteringen från 2025?",
  "Budgeten 2026 har 28,6 mnkr, och KS föreslår att 14 800 tkr (14,8 mnkr) ombudgeteras från 2025; totalt 43,4 mnkr.",
  [n(43.4, "mnkr")], [TB, TD],
  ["Ny förskola Ängsbacken 28,6 11,4 0,0 40,0", "Ny förskola Ängsbacken | 18 000 | 3 200 | 14 800"])

# ---------------- claim (5)
q("claim", "Stämmer det att Trosa kommun gick med 14,3 miljoner i överskott 2025?",
  "Ja, det stämmer. Årets resultat 2025 blev 14,3 miljoner kronor.",
  [n(14.3, "mnkr")], [TP], ["Trosa kommun gör ett positivt resultat på 14,3 miljoner kronor för 2025."],
  verdict="supported")
q("claim", "Vingåkers socialnämnd räknar med ett underskott på 12 miljoner kronor i år enligt delårsrapporten, eller hur?",
  "Nej. Socialnämnden prognostiserar ett underskott på 9,8 miljoner kronor, inte 12 miljoner.",
  [n(-9.8, "mnkr")], [VD], ["Socialnämnden 317,1 218,6 326,9 -9,8", VD_H], verdict="contradicted")
q("claim", "jag har hört att trosa höjer skatten till 22,30 kr nästa år?",
  "Nej. Skattesatsen i Trosa lämnas oförändrad på 22,05 kronor för 2026.",
  [n(22.05, "kr")], [TB], ["Skattesatsen lämnas oförändrad på 22,05 kronor per skattekrona."], verdict="contradicted")
q("claim", "En insändare påstår att Vingåkers kommun har beslutat att sälja sitt kommunala bostadsbolag för att klara budgeten.",
  "Det går inte att bekräfta: dokumenten nämner ingen försäljning av något kommunalt bostadsbolag.",
  [], [], [], refused=True, verdict="not_found")
q("claim", "Kommunstyrelsen i Trosa röstade 8–5 om simhallen?",
  "Ja. Kommunstyrelsen beslutade med 8 ja-röster mot 5 nej-röster enligt förvaltningens förslag (förstudien till handlingarna).",
  [n(8, "st"), n(5, "st")], [TD], ["Med 8 ja-röster mot 5 nej-röster beslutar kommunstyrelsen enligt förvaltningens förslag."],
  verdict="supported")

# ---------------- unanswerable (5)
q("unanswerable", "hur mycket får barn- och utbildningsnämnden i trosa 2029?",
  "Budgeten sträcker sig bara till plan 2028; någon siffra för 2029 finns inte.", [], [], [], refused=True)
q("unanswerable", "Vad kostar den nya sporthallen i Baggetorp enligt Vingåkers investeringsbudget?",
  "Investeringsbudgeten innehåller ingen sporthall i Baggetorp (bara en gång- och cykelväg), så det går inte att svara.",
  [], [], [], refused=True)
q("unanswerable", "vad kostar en gymnasieelev per år i trosa?",
  "Dokumenten anger kostnaden per plats i förskola, per grundskoleelev och per plats på särskilt boende, men inte kostnaden per gymnasieelev.",
  [], [], [], refused=True)
q("unanswerable", "Hur stor budget har miljö- och byggnadsnämnden i Vingåker 2026?",
  "Vingåkers budget redovisar ingen miljö- och byggnadsnämnd, så uppgiften finns inte i dokumenten.",
  [], [], [], refused=True)
q("unanswerable", "hur mycket av vård- och omsorgsnämndens underskott 2025 i trosa berodde på bemanningssjuksköterskorna?",
  "Årsredovisningen nämner bemanningssjuksköterskor som en orsak men anger inte hur stor del av underskottet de stod för.",
  [], [], [], refused=True)

# ---------------- multi_part (4)
q("multi_part", "vad blir årets resultat i trosa 2026 enligt budgeten och hur mycket ska nämnderna effektivisera?",
  "Årets resultat budgeteras till 10,9 mnkr, och nämndernas effektiviseringar uppgår till 12,5 miljoner kronor 2026.",
  [n(10.9, "mnkr"), n(12.5, "mnkr")], [TB],
  ["Årets resultat 23,7 8,6 10,9 10,4 13,5", "Sammanlagt uppgår nämndernas effektiviseringar till 12,5 miljoner kronor 2026."])
q("multi_part", "Vingåkers delårsrapport: vad blev periodens resultat, och hur många invånare hade kommunen den 30 juni?",
  "Periodens resultat var 24,8 miljoner kronor och kommunen hade 9 297 invånare den 30 juni 2026.",
  [n(24.8, "mnkr"), n(9297, "st")], [VD],
  ["Periodens resultat uppgår till 24,8 miljoner kronor.", "Antalet invånare var 9 297 den 30 juni 2026"])
q("multi_part", "hur röstade socialnämnden i vingåker om åtgärdsplanen och vilka reserverade sig?",
  "Förvaltningens förslag vann med 4 röster mot 3. Tomas Ek (SD), Rickard Palm (SD) och Linnea Hallberg (M) reserverade sig.",
  [n(4, "st"), n(3, "st")], [VW],
  ["Förvaltningens förslag vinner med 4 röster mot 3.",
   "Reservation: Tomas Ek (SD), Rickard Palm (SD) och Linnea Hallberg (M) reserverar sig mot beslutet"])
q("multi_part", "Hur stora blev Trosas nettoinvesteringar 2025 jämfört med budget, och vad var sjukfrånvaron?",
  "Nettoinvesteringarna blev 112,7 mnkr mot en budget på 141,5 mnkr; sjukfrånvaron var 6,8 procent (7,3 procent 2024).",
  [n(112.7, "mnkr"), n(141.5, "mnkr"), n(6.8, "%")], [TA],
  ["Nettoinvesteringarna uppgick till 112,7 mnkr, att jämföra med en budget på 141,5 mnkr.",
   "Sjukfrånvaron bland kommunens anställda minskade till 6,8 procent (7,3 procent 2024)."])

# ---------------- followup (4)
q("followup", "och plan 2028 då?",
  "Verksamhetens nettokostnader i Trosa är -1 099,0 mnkr i plan 2028 (1 028,6 mnkr i budget 2026).",
  [n(-1099.0, "mnkr")], [TB], ["Verksamhetens nettokostnader -938,5 -990,1 -1 028,6 -1 064,0 -1 099,0", TB_RB_Y],
  history=["vad är verksamhetens nettokostnader i trosas budget 2026?"])
q("followup", "hur mycket ökar det jämfört med 2025?",
  "Socialnämndens budget ökar med 14,3 mnkr, från 302,8 till 317,1 mnkr, vilket är 4,7 procent.",
  [n(14.3, "mnkr"), n(4.7, "%")], [VB], ["Socialnämnden 302,8 317,1 14,3 4,7", VB_DR_H],
  history=["hur mycket får socialnämnden i vingåker 2026?"])
q("followup", "och vad kostar en plats per år?",
  "En plats i förskolan i Trosa kostar i genomsnitt 143 600 kronor per år.",
  [n(143600, "kr")], [TH], ["en plats i förskolan kostar i genomsnitt 143 600 kronor per år,"],
  history=["hur mycket av skatten går till förskolan i trosa?"])
q("followup", "och årets kassaflöde samma år?",
  "Årets kassaflöde 2026 budgeteras till -3,5 mnkr (anges (3,5)).",
  [n(-3.5, "mnkr")], [VB], ["Årets kassaflöde (3,5) (0,7) 13,1", "Budget 2026 Plan 2027 Plan 2028"],
  history=["vingåker, hur mycket likvida medel har kommunen vid slutet av 2026 enligt budgeten?"])

# ---------------- english (4)
q("english", "What is the total investment budget for 2026 in Vingåker's Budget och plan 2026–2028?",
  "Vingåker's investment budget for 2026 totals 78 400 tkr (SEK 78.4 million).",
  [n(78400, "tkr")], [VB], ["Totalt 78 400 73 300 24 800", "Projekt Budget Plan Plan"], lang="en")
q("english", "By how many votes was Trosa's Mål och budget 2026 adopted in kommunfullmäktige, and who objected?",
  "It was adopted by 27 votes to 14; the Social Democrats and the Left Party entered a reservation in favour of their own budget proposal.",
  [n(27, "st"), n(14, "st")], [TB], ["Beslutet fattades efter votering med 27 röster mot 14. Socialdemokraterna och Vänsterpartiet"],
  lang="en")
q("english", "What was Trosa's soliditet (equity ratio) in 2025 according to the årsredovisning?",
  "Trosa's equity ratio (soliditet) was 36.2 percent in 2025.",
  [n(36.2, "%")], [TA], ["Soliditet, % 34,5 35,0 35,2 35,5 36,2", "2021 2022 2023 2024 2025"], lang="en")
q("english", "What was Vingåker's net cost per inhabitant in 2024?",
  "Vingåker's net cost per inhabitant was 71 279 kronor in 2024 (net cost 665 100 tkr, 9 331 inhabitants).",
  [n(71279, "kr")], [VX],
  ["2024 | 9331 | 665100 | 71279", "År | Invånare 31 dec | Verksamhetens nettokostnad | Nettokostnad per invånare"],
  lang="en")


def write(path):
    with open(path, "w", encoding="utf-8") as f:
        for i, it in enumerate(Q, 1):
            rec = {"id": f"md49-{i:03d}", "corpus": C, "category": it["category"], "language": it["language"],
                   "question": it["question"], "history": it["history"], "gold": it["gold"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
