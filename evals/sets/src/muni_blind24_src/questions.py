"""Question set for blind-muni24 (Askersund, Robertsfors)."""
import json

CORPUS = "evals/corpora/blind-muni24"
A = CORPUS + "/askersund/"
R = CORPUS + "/robertsfors/"
A_B = A + "askersund-mal-och-budget-2025.pdf"
A_AR = A + "askersund-arsredovisning-2024.pdf"
A_H = A + "sa-anvands-din-skatt.html"
A_D = A + "ks-protokoll-2025-03-11.docx"
A_X = A + "askersund-befolkning-nyckeltal.xlsx"
A_P = A + "pressmeddelande-sjoangens-forskola.md"
R_B = R + "budget-och-plan-2025-2027.pdf"
R_DR = R + "delarsrapport-jan-aug-2024.pdf"
R_H = R + "kommunens-ekonomi.html"
R_D = R + "kf-protokoll-2024-11-18.docx"
R_X = R + "driftbudget-per-verksamhet-2025.xlsx"
R_P = R + "pressmeddelande-ny-brandstation.txt"

# frequently used header quotes
A_DRIFT_H1 = "Nämnd Budget Budget Förändring Förändring kr per"
A_DRIFT_H2 = "2024 2025 mnkr % invånare"
A_INV_H = "Projekt Budget 2025 Plan 2026 Plan 2027 Totalt"
A_RB_H = "Not Bokslut Prognos Budget Plan Plan"
Y5 = "2023 2024 2025 2026 2027"
R_RB_H = "Utfall Budget Budget Plan Plan"


def n(v, u):
    return {"value": v, "unit": u}


Q = []


def q(cat, question, answer, numbers, docs, quotes, lang="sv", history=None, refused=False, verdict=None):
    Q.append({"category": cat, "language": lang, "question": question, "history": history or [],
              "gold": {"answer": answer, "numbers": numbers, "docs": docs, "quotes": quotes,
                       "refused": refused, "verdict": verdict}})


# ---------------- table_lookup (9)
q("table_lookup", "hur mkt pengar får vård och omsorgsnämnden i askersund 2025",
  "Vård- och omsorgsnämnden i Askersund har en budget på 315,9 mnkr för 2025 (301,2 mnkr 2024).",
  [n(315.9, "mnkr")], [A_B], ["Vård- och omsorgsnämnden 301,2 315,9 14,7 4,9 27 833", A_DRIFT_H1])
q("table_lookup", "Vad ligger trygghetsboendet Vätternvyn på i Askersunds investeringsbudget för 2026?",
  "I planen för 2026 ligger 18 500 tkr för Trygghetsboende Vätternvyn.",
  [n(18500, "tkr")], [A_B], ["Trygghetsboende Vätternvyn 12 000 18 500 6 000 36 500", A_INV_H])
q("table_lookup", "robertsfors avskrivningar plan 2027?",
  "Avskrivningarna i Robertsfors resultatbudget är -27,4 mnkr i plan 2027.",
  [n(-27.4, "mnkr")], [R_B], ["Avskrivningar – 21,3 – 22,8 – 24,6 – 26,1 – 27,4", R_RB_H, Y5])
q("table_lookup", "vad hade kommunstyrelsen i robertsfors för prognos för helåret 2024 i delårsrapporten?",
  "Kommunstyrelsens helårsprognos var 87 330 tkr mot en budget på 88 450 tkr, ett överskott på 1 120 tkr.",
  [n(87330, "tkr")], [R_DR], ["Kommunstyrelsen 88 450 87 330 1 120", "Nämnd Budget 2024 Prognos 2024 Avvikelse"])
q("table_lookup", "hur många kronor av varje hundralapp i skatt går till äldreomsorgen i askersund?",
  "24,90 kronor av varje 100 kronor i kommunalskatt går till äldreomsorg (budget 2025).",
  [n(24.9, "kr")], [A_H], ["Äldreomsorg | 24,90", "Verksamhet | Kronor"])
q("table_lookup", "Vad var soliditeten i Robertsfors kommun 2022?",
  "Soliditeten var 53,1 procent 2022.",
  [n(53.1, "%")], [R_H], ["Soliditet, % | 52,4 | 53,1 | 52,8 | 50,2", "Nyckeltal | 2021 | 2022 | 2023 | Budget 2025"])
q("table_lookup", "vad blir den fasta va avgiften för en villa i robertsfors 2025",
  "Den fasta avgiften för en villa blir 5 660 kronor per år 2025 (5 240 kronor 2024).",
  [n(5660, "kr")], [R_D], ["Fast avgift per år, villa | 5 240 | 5 660", "Avgift | 2024, kr | 2025, kr"])
q("table_lookup", "hur många barn föddes i askersund 2022",
  "89 barn föddes i Askersunds kommun 2022.",
  [n(89, "st")], [A_X], ["2022 | 11339 | 89 | 149 | 634 | 557 | 17",
                         "År | Folkmängd 31 dec | Födda | Döda | Inflyttade | Utflyttade | Förändring"])
q("table_lookup", "Vilka intäkter räknar Robertsfors med för äldreomsorgen i driftbudgeten 2025?",
  "Äldreomsorgen har budgeterade intäkter på 18 650 tkr 2025.",
  [n(18650, "tkr")], [R_X], ["Äldreomsorg | 18650 | -140520 | -121870",
                             "Verksamhet | Intäkter | Kostnader | Nettokostnad"])

# ---------------- calculation (9)
q("calculation", "Med hur många procent ökar skatteintäkterna i Askersund från budget 2025 till plan 2027?",
  "Skatteintäkterna ökar från 660,1 mnkr till 704,2 mnkr, dvs. med 44,1 mnkr eller cirka 6,7 procent.",
  [n(6.7, "%")], [A_B], ["Skatteintäkter 4 612,3 634,8 660,1 681,5 704,2", Y5])
q("calculation", "hur stor andel av askersunds investeringar 2025 går till barn och utbildning?",
  "Barn- och utbildningsnämnden har 37 400 tkr av totalt 100 450 tkr 2025, cirka 37,2 procent.",
  [n(37.2, "%")], [A_B], ["Summa barn- och utbildningsnämnden 37 400 16 700 2 700 56 800",
                          "Totalt investeringar 100 450 65 400 31 900 197 750"])
q("calculation", "hur mycket av en hundralapp i skatt går till skolan totalt i askersund, alltså förskola grundskola och gymnasiet ihop?",
  "31,60 kr (förskola och grundskola) + 9,20 kr (gymnasieskola och vuxenutbildning) = 40,80 kr av 100 kr.",
  [n(40.8, "kr")], [A_H], ["Förskola och grundskola | 31,60", "Gymnasieskola och vuxenutbildning | 9,20"])
q("calculation", "Hur stor andel av nämndernas samlade budget 2025 i Robertsfors går till socialnämnden?",
  "Socialnämnden har 211 940 tkr av summa nämnder 506 870 tkr, cirka 41,8 procent.",
  [n(41.8, "%")], [R_B], ["Socialnämnden 201 700 211 940 10 240 5,1", "Summa nämnder 484 770 506 870 22 100 4,6"])
q("calculation", "hur stor del av äldreomsorgens kostnader i robertsfors täcks av intäkter enligt driftbudgeten 2025?",
  "Intäkterna 18 650 tkr täcker cirka 13,3 procent av kostnaderna 140 520 tkr.",
  [n(13.3, "%")], [R_X], ["Äldreomsorg | 18650 | -140520 | -121870",
                          "Verksamhet | Intäkter | Kostnader | Nettokostnad"])
q("calculation", "Hur stor blir den samlade avvikelsen för nämnderna och finansförvaltningen i Robertsfors delårsprognos 2024?",
  "Nämnderna -1 900 tkr och finansförvaltningen -2 400 tkr, sammanlagt -4 300 tkr (4,3 mnkr underskott).",
  [n(-4300, "tkr")], [R_DR], ["Summa nämnder 484 770 486 670 -1 900", "Finansförvaltningen 15 530 17 930 -2 400"])
q("calculation", "hur många barn föddes i snitt per år i askersund 2020-2024",
  "92 + 99 + 89 + 86 + 90 = 456 födda på fem år, i genomsnitt 91,2 per år.",
  [n(91.2, "st")], [A_X], ["2020 | 11298 | 92 | 158 | 602 | 545 | -9", "2021 | 11322 | 99 | 143 | 621 | 553 | 24",
                           "2022 | 11339 | 89 | 149 | 634 | 557 | 17", "2023 | 11347 | 86 | 146 | 619 | 551 | 8",
                           "2024 | 11350 | 90 | 151 | 627 | 563 | 3"])
q("calculation", "Hur mycket investerade Robertsfors sammanlagt under 2021–2023?",
  "Nettoinvesteringarna var 21,4 + 33,9 + 27,6 = 82,9 mnkr under 2021–2023.",
  [n(82.9, "mnkr")], [R_H], ["Nettoinvesteringar, mnkr | 21,4 | 33,9 | 27,6 | 40,0",
                             "Nyckeltal | 2021 | 2022 | 2023 | Budget 2025"])
q("calculation", "hur mycket har askersunds nettokostnader ökat i procent mellan 2020 och 2024 enligt årsredovisningen",
  "Verksamhetens nettokostnader ökade från 702,4 mnkr 2020 till 818,9 mnkr 2024, en ökning med 116,5 mnkr eller cirka 16,6 procent.",
  [n(16.6, "%")], [A_AR], ["Verksamhetens nettokostnader, mnkr -702,4 -729,8 -761,5 -788,5 -818,9",
                           "2020 2021 2022 2023 2024"])

# ---------------- lookup (5)
q("lookup", "vem är kommunstyrelsens ordförande i askersund och vilket parti",
  "Linnea Holmqvist (S) är kommunstyrelsens ordförande i Askersund.",
  [], [A_B], ["Linnea Holmqvist (S)", "Kommunstyrelsens ordförande"])
q("lookup", "Vilka reserverade sig mot skattesatsen för 2025 i Robertsfors fullmäktige?",
  "Lena Sandström (KD) och Erik Holmgren (M) reserverade sig mot beslutet om skattesats 2025.",
  [], [R_D], ["Lena Sandström (KD) och Erik Holmgren (M) reserverar sig mot beslutet."])
q("lookup", "när ska nya förskolan i sjöängen vara klar?",
  "Sjöängens förskola beräknas vara klar att tas i bruk i augusti 2026.",
  [], [A_P], ["Den beräknas vara klar att tas i bruk i augusti 2026."])
q("lookup", "vilket företag ska bygga nya brandstationen i robertsfors",
  "Norrbygg Entreprenad AB bygger den nya brandstationen på Industrivägen i Robertsfors.",
  [], [R_P], ["Robertsfors kommun har tecknat avtal med Norrbygg Entreprenad AB om att bygga den nya brandstationen"])
q("lookup", "Vad hände med V:s motion om gratis kollektivtrafik för pensionärer i Askersund?",
  "Kommunstyrelsen föreslog (2025-03-11, § 38) att kommunfullmäktige avslår motionen; Sofia Ekdahl (V) reserverade sig.",
  [], [A_D], ["Kommunstyrelsen föreslår kommunfullmäktige att avslå motionen.",
              "Sofia Ekdahl (V) reserverar sig mot beslutet till förmån för eget yrkande om bifall till motionen."])

# ---------------- text_amount (5)
q("text_amount", "hur mycket ska äldreomsorgen / vård och omsorg spara i askersund nästa år",
  "Vård- och omsorgsnämnden ska spara 4,7 miljoner kronor 2025.",
  [n(4.7, "mnkr")], [A_B], ["Vård- och omsorgsnämnden ska spara 4,7 miljoner kronor"])
q("text_amount", "Hur mycket pengar får kultur- och fritidsnämnden i Askersund till sommarlovsaktiviteter?",
  "700 000 kronor till sommarlovsaktiviteter för barn och unga.",
  [n(700000, "kr")], [A_B], ["Kultur- och fritidsnämnden får 700 000 kronor för"])
q("text_amount", "hur mycket mer skatt får robertsfors in av skattehöjningen",
  "Skattehöjningen ger cirka 4,7 miljoner kronor i ökade skatteintäkter per år.",
  [n(4.7, "mnkr")], [R_B], ["Höjningen ger kommunen cirka 4,7 miljoner kronor i ökade skatteintäkter per år."])
q("text_amount", "Hur mycket får fiberutbyggnaden i Ratan och Sikeå kosta enligt fullmäktiges beslut?",
  "Kostnaden får uppgå till högst 850 000 kronor.",
  [n(850000, "kr")], [R_D], ["Kostnaden får uppgå till högst 850 000 kronor."])
q("text_amount", "hur stort underskott hade nämnderna i askersund sammanlagt 2024",
  "Nämnderna redovisade ett samlat underskott på 14,3 miljoner kronor 2024.",
  [n(14.3, "mnkr")], [A_AR], ["medan nämnderna redovisade ett samlat underskott på 14,3 miljoner kronor."])

# ---------------- claim (5)
q("claim", "Stämmer det att Robertsfors höjer kommunalskatten med 30 öre till 22,95 kronor 2025?",
  "Ja, det stämmer: skatten höjs med 30 öre till 22,95 kronor.",
  [n(22.95, "kr")], [R_B], ["Vi har därför fattat det tuffa beslutet att höja kommunalskatten med 30 öre till 22,95 kronor."],
  verdict="supported")
q("claim", "Askersunds kommunstyrelse beviljade hamnfestivalen 180 000 kronor i bidrag?",
  "Nej. Föreningen ansökte om 180 000 kronor, men kommunstyrelsen beviljade 150 000 kronor.",
  [n(150000, "kr")], [A_D], ["Kommunstyrelsen beviljar föreningen Askersunds Hamnfestival ett bidrag på 150 000 kronor"],
  verdict="contradicted")
q("claim", "Jag har hört att sjukfrånvaron i Askersunds kommun ökade till 7,9 procent 2024.",
  "Det stämmer inte. Sjukfrånvaron 2024 var 7,2 procent, en minskning från 7,9 procent året innan.",
  [n(7.2, "%")], [A_AR], ["Sjukfrånvaron bland kommunens medarbetare var 7,2 procent, en minskning från 7,9 procent"],
  verdict="contradicted")
q("claim", "Askersund inför avgiftsfri kulturskola från hösten 2025, eller hur?",
  "Dokumenten säger inget om avgiftsfri kulturskola i Askersund.",
  [], [], [], refused=True, verdict="not_found")
q("claim", "en lokaltidning skriver att nya brandstationen i robertsfors kostar 24,5 miljoner, stämmer det",
  "Ja, brandstationen kostar 24,5 miljoner kronor.",
  [n(24.5, "mnkr")], [R_P], ["Brandstationen kostar 24,5 miljoner kronor."], verdict="supported")

# ---------------- multi_part (4)
q("multi_part", "vad är kommunalskatten i askersund, och när uppdaterades sidan om hur skatten används senast?",
  "Kommunalskatten är 22,35 kronor; sidan uppdaterades senast 2025-02-03.",
  [n(22.35, "kr")], [A_H], ["Kommunalskatten i Askersund är 22,35 kronor per hundralapp du tjänar.",
                            "Senast uppdaterad 2025-02-03"])
q("multi_part", "Hur röstade fullmäktige i Robertsfors om budgeten 2025–2027 och vem var ordförande på mötet?",
  "Kommunstyrelsens förslag vann med 19 röster mot 12. Ordförande var Ingrid Marklund (S).",
  [n(19, "st"), n(12, "st")], [R_D], ["Kommunstyrelsens förslag vinner med 19 röster mot 12.",
                                      "Ordförande: Ingrid Marklund (S)."])
q("multi_part", "hur stor är ks centrala reserv i askersund 2025 och hur stor väntas låneskulden bli i slutet av 2025?",
  "Den centrala reserven är 5,0 miljoner kronor och låneskulden beräknas till 412 miljoner kronor vid utgången av 2025.",
  [n(5.0, "mnkr"), n(412, "mnkr")], [A_B], ["Kommunstyrelsen disponerar en central reserv på 5,0 miljoner kronor",
                                            "Kommunens låneskuld beräknas uppgå till 412 miljoner kronor vid utgången av 2025."])
q("multi_part", "Vad blev Robertsfors resultat för januari–augusti 2024, och hur hög var sjukfrånvaron under perioden?",
  "Periodens resultat var 21,6 miljoner kronor och sjukfrånvaron 6,4 procent.",
  [n(21.6, "mnkr"), n(6.4, "%")], [R_DR],
  ["uppgår till 21,6 miljoner kronor.", "Sjukfrånvaron var 6,4 procent för perioden"])

# ---------------- multi_doc (5)
q("multi_doc", "vilken av kommunerna askersund och robertsfors har högst kommunalskatt 2025?",
  "Robertsfors: 22,95 kronor, mot 22,35 kronor i Askersund (60 öre högre).",
  [n(22.95, "kr"), n(22.35, "kr")], [A_B, R_H],
  ["Kommunalskatten för 2025 föreslås vara oförändrad, 22,35 kronor per skattekrona.",
   "Från 1 januari 2025 är kommunalskatten 22,95 kronor, en höjning med 30 öre."])
q("multi_doc", "Vilken kommun budgeterar högst resultat i procent av skatter och bidrag 2025 – Askersund eller Robertsfors?",
  "Robertsfors med 2,1 procent; Askersund budgeterar 1,5 procent.",
  [n(2.1, "%"), n(1.5, "%")], [A_B, R_B],
  ["Resultat i % av skatter och bidrag 0,9 1,0 1,5 1,5 1,9", Y5,
   "Resultat i procent av skatter och bidrag 2,1 2,6 2,1 1,9 1,8"])
q("multi_doc", "i pressmeddelandet står det att sjöängens förskola kostar 46,7 miljoner men i budgeten står det 42,5 miljoner för etapp 1. varför skiljer det?",
  "Skillnaden på 4,2 miljoner kronor är investeringsmedel för förskolan som inte användes 2024: kommunstyrelsen föreslog 2025-03-11 att 4 200 tkr ombudgeteras från 2024 till 2025 (42,5 + 4,2 = 46,7 mnkr).",
  [n(4200, "tkr")], [A_P, A_B, A_D],
  ["Den totala kostnaden för förskolan beräknas till 46,7 miljoner kronor",
   "Ny förskola Sjöängen, etapp 1 28 500 14 000 0 42 500", "Ny förskola Sjöängen (BUN) | 4 200"])
q("multi_doc", "Hur stort underskott prognostiserade socialnämnden i Robertsfors i delårsrapporten 2024, och hur mycket extra får nämnden i budgeten för 2025?",
  "Prognosen var ett underskott på 3 800 tkr (3,8 mnkr) för 2024; i budget 2025 får nämnden ett tillskott på 5,5 miljoner kronor.",
  [n(-3800, "tkr"), n(5.5, "mnkr")], [R_DR, R_B],
  ["Socialnämnden 201 700 205 500 -3 800", "Nämnd Budget 2024 Prognos 2024 Avvikelse",
   "Nämnden får ett tillskott på 5,5 miljoner kronor i ramen 2025"])
q("multi_doc", "vilken kommun investerar mest 2025, askersund eller robertsfors, och hur stor är skillnaden",
  "Askersund: 100 450 tkr (cirka 100,5 mnkr) mot Robertsfors 40,0 mnkr, dvs. cirka 60,5 mnkr mer.",
  [n(100450, "tkr"), n(40.0, "mnkr"), n(60.45, "mnkr")], [A_B, R_B],
  ["Totalt investeringar 100 450 65 400 31 900 197 750", "Summa investeringar 40,0 37,3 17,3 94,6"])

# ---------------- followup (4)
q("followup", "och hur mycket blir det per invånare?",
  "31 436 kronor per invånare (budget 2025).",
  [n(31436, "kr")], [A_B], ["Barn- och utbildningsnämnden 342,5 356,8 14,3 4,2 31 436", A_DRIFT_H1, A_DRIFT_H2],
  history=["hur mycket får barn- och utbildningsnämnden i askersund 2025?"])
q("followup", "och 2027 då?",
  "I plan 2027 är årets resultat 10,0 mnkr.",
  [n(10.0, "mnkr")], [R_B], ["Årets resultat 10,7 13,2 11,3 10,6 10,0", R_RB_H, Y5],
  history=["vad är resultatet i robertsfors budget för 2025?"])
q("followup", "hur stor andel av det gäller förskolan i sjöängen?",
  "4 200 tkr av 9 850 tkr, cirka 42,6 procent.",
  [n(42.6, "%")], [A_D], ["Ny förskola Sjöängen (BUN) | 4 200", "Totalt föreslås ombudgetering med 9 850 tkr."],
  history=["hur mycket investeringspengar flyttas från 2024 till 2025 i askersund?"])
q("followup", "hur står det sig mot riket?",
  "Askersund: 27 430 kr per invånare 2024, riket 21 366 kr, alltså 6 064 kr mer per invånare (cirka 28 procent högre).",
  [n(27430, "kr"), n(21366, "kr"), n(6064, "kr")], [A_X],
  ["Äldreomsorg | 24870 | 26115 | 27430 | 21366", "Verksamhet | 2022 | 2023 | 2024 | Riket 2024"],
  history=["vad kostar äldreomsorgen per invånare i askersund?"])

# ---------------- english (4)
q("english", "What is the total investment budget for 2025–2027 in Robertsfors' Budget och plan?",
  "94.6 mnkr in total (40.0 in 2025, 37.3 in 2026 and 17.3 in 2027).",
  [n(94.6, "mnkr")], [R_B], ["Summa investeringar 40,0 37,3 17,3 94,6", "Projekt Budget Plan Plan Summa"], lang="en")
q("english", "How much did Askersund's Vård- och omsorgsnämnden overspend its budget by in 2024?",
  "It ran a deficit of 8.6 mnkr: budget 301.2 mnkr, outcome 309.8 mnkr.",
  [n(8.6, "mnkr")], [A_AR], ["Vård- och omsorgsnämnden 301,2 309,8 (8,6)", "Nämnd Budget 2024 Utfall 2024 Avvikelse"],
  lang="en")
q("english", "who chairs the kommunstyrelse in Robertsfors?",
  "Magnus Öberg (S) is the chair of Robertsfors kommunstyrelse.",
  [], [R_P], ["Magnus Öberg (S), kommunstyrelsens ordförande"], lang="en")
q("english", "How many people lived in Askersund at the end of 2024?",
  "11,350 inhabitants on 31 December 2024.",
  [n(11350, "st")], [A_X], ["2024 | 11350 | 90 | 151 | 627 | 563 | 3",
                            "År | Folkmängd 31 dec | Födda | Döda | Inflyttade | Utflyttade | Förändring"], lang="en")

# ---------------- unanswerable (5)
q("unanswerable", "hur mycket skatteintäkter räknar askersund med 2028?",
  "Askersunds budget sträcker sig bara till plan 2027; 2028 finns inte med.", [], [], [], refused=True)
q("unanswerable", "Hur mycket ska kultur- och fritidsnämnden i Askersund spara 2025?",
  "Det anges inte. Budgeten nämner bara att resterande 1,7 miljoner kronor fördelas mellan övriga nämnder efter dialog.",
  [], [], [], refused=True)
q("unanswerable", "vad kostar etapp 2 av sjöängens förskola",
  "Kostnaden för etapp 2 anges inte; etappen är ännu inte beslutad.", [], [], [], refused=True)
q("unanswerable", "Vad var sjukfrånvaron i Robertsfors kommun för helåret 2024?",
  "Det finns bara uppgift för januari–augusti 2024 (6,4 procent), inte för helåret.", [], [], [], refused=True)
q("unanswerable", "vad var nettokostnaden per invånare i robertsfors 2018",
  "Tabellen börjar 2019; 2018 finns inte med.", [], [], [], refused=True)


def write(path):
    with open(path, "w", encoding="utf-8") as f:
        for i, x in enumerate(Q, 1):
            obj = {"id": f"mb24-{i:03d}", "corpus": CORPUS, "category": x["category"], "language": x["language"],
                   "question": x["question"], "history": x["history"], "gold": x["gold"]}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
