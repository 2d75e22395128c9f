"""Writes evals/sets/dev/muni_dev42.jsonl deterministically."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
C = "evals/corpora/dev-muni42"
A_B = f"{C}/arvika/mal-och-budget-2025-plan-2026-2027.pdf"
A_AR = f"{C}/arvika/arsredovisning-2024.pdf"
A_H = f"{C}/arvika/sa-anvands-din-skatt.html"
A_D = f"{C}/arvika/protokoll-kommunstyrelsen-2025-03-11.docx"
A_X = f"{C}/arvika/nyckeltal-2019-2024.xlsx"
A_P = f"{C}/arvika/pressmeddelande-arsredovisning-2024.md"
K_B = f"{C}/kristinehamn/budget-2025-plan-2026-2027.pdf"
K_D = f"{C}/kristinehamn/delarsrapport-augusti-2024.pdf"
K_H = f"{C}/kristinehamn/nyhet-budget-2025-beslutad.html"
K_W = f"{C}/kristinehamn/protokollsutdrag-kf-2024-11-21.docx"
K_X = f"{C}/kristinehamn/driftbudget-2025-per-verksamhet.xlsx"
K_P = f"{C}/kristinehamn/pressmeddelande-preliminart-bokslut-2024.txt"

A_RB_HDR = "Not Bokslut Prognos Budget Plan Plan"
A_INV_HDR = "Projekt Budget Plan Plan Totalt"
K_DRIFT_HDR = "Nämnd Budget Budget Förändring Förändring"
K_INV_HDR = "Projekt Nämnd Utgift Budget Plan Plan Total"
K_RB_HDR = "Utfall Prognos Budget Plan Plan"
A_X_HDR = "År | Invånare 31 dec | Skattesats, kr | Nettokostnad | Årets resultat | Nettoinvesteringar | Soliditet, % | Sjukfrånvaro, %"
K_X_HDR = "Nämnd | Verksamhet | Intäkter | Kostnader | Nettokostnad"
A_AR_NHDR = "Nämnd Budget 2024 Utfall 2024 Avvikelse"


def n(v, u):
    return {"value": v, "unit": u}


Q = []


def q(cat, question, answer, numbers, docs, quotes, lang="sv", history=None, refused=False, verdict=None):
    Q.append({"category": cat, "language": lang, "question": question, "history": history or [],
              "gold": {"answer": answer, "numbers": numbers, "docs": docs, "quotes": quotes,
                       "refused": refused, "verdict": verdict}})


# ---------------- table_lookup (9) ----------------
q("table_lookup", "vad är årets resultat i arvikas budget för 2026?",
  "Enligt planen för 2026 i Arvikas Mål och budget är årets resultat 68,5 mnkr.",
  [n(68.5, "mnkr")], [A_B], ["Årets resultat 28,9 38,7 58,7 68,5 83,3", A_RB_HDR])
q("table_lookup", "hur mkt ska arvika lägga på utbyggnaden av reningsverket i vik år 2026",
  "För 2026 är 40,5 mnkr planerade för Utbyggnad reningsverk Vik (totalt 99,5 mnkr 2025–2027).",
  [n(40.5, "mnkr")], [A_B], ["Utbyggnad reningsverk Vik 31,0 40,5 28,0 99,5", A_INV_HDR])
q("table_lookup", "Vad har omsorgsnämnden i Kristinehamn för budget 2025?",
  "Omsorgsnämndens nettokostnadsbudget 2025 är 846 900 tkr (812 340 tkr 2024).",
  [n(846900, "tkr")], [K_B], ["Omsorgsnämnden 812 340 846 900 34 560 4,3", K_DRIFT_HDR])
q("table_lookup", "vad prognostiserade socialnämnden i kristinehamn för helåret 2024 i delårsrapporten?",
  "Socialnämnden prognostiserade en nettokostnad på 243 900 tkr för 2024, mot budget 236 700 tkr (avvikelse -7 200 tkr).",
  [n(243900, "tkr")], [K_D], ["Socialnämnden 236 700 243 900 (7 200)", "Nämnd Budget 2024 Prognos 2024 Avvikelse"])
q("table_lookup", "hur mycket kostar särskilt boende bäckhammar totalt enligt kristinehamns investeringsplan",
  "Total projektutgift för Särskilt boende Bäckhammar är 85,5 mnkr (8,5 mnkr 2025, 35,0 mnkr 2026 och 42,0 mnkr 2027).",
  [n(85.5, "mnkr")], [K_B], ["Särskilt boende Bäckhammar ON 0,0 8,5 35,0 42,0 85,5", K_INV_HDR])
q("table_lookup", "hur många kronor av varje hundralapp går till bun i arvika?",
  "Av varje 100 kronor går 34,9 kronor till barn- och utbildningsnämnden (839,2 mnkr i budget 2025).",
  [n(34.9, "kr")], [A_H], ["Barn- och utbildningsnämnden | 34,9 | 839,2", "Nämnd | Kronor av 100 kr | Nettokostnad 2025, mnkr"])
q("table_lookup", "vad blir brukningsavgiften per kubik vatten i kristinehamn nästa år (2025)?",
  "Brukningsavgiften blir 30,70 kronor per m3 vatten 2025 (inkl. moms), upp från 28,40 kronor.",
  [n(30.70, "kr")], [K_W], ["Brukningsavgift per m3 vatten | 28,40 | 30,70 | 8,1", "Avgift (kr inkl. moms) | 2024 | 2025 | Förändring %"])
q("table_lookup", "Vad var sjukfrånvaron i Arvika kommun 2020?",
  "Sjukfrånvaron var 9,6 procent 2020.",
  [n(9.6, "%")], [A_X], ["2020 | 26042 | 22,13 | 1902,8 | 61,5 | 118,9 | 39,6 | 9,6", A_X_HDR])
q("table_lookup", "nettokostnad för gymnasieskolan i kristinehamns driftbudget 2025?",
  "Gymnasieskolans nettokostnad är budgeterad till 151 300 tkr 2025.",
  [n(151300, "tkr")], [K_X], ["Gymnasieskola | 34700 | 186000 | 151300", "Verksamhet | Intäkter | Kostnader | Nettokostnad"])

# ---------------- calculation (9) ----------------
q("calculation", "hur mycket mer får vård- och omsorgsnämnden än bun i arvika 2025?",
  "Vård- och omsorgsnämnden får 958,7 mnkr och barn- och utbildningsnämnden 839,2 mnkr, alltså 119,5 mnkr mer.",
  [n(119.5, "mnkr")], [A_B], ["Vård- och omsorgsnämnden 921,3 958,7 37,4 4,1 36 958",
                              "Barn- och utbildningsnämnden 812,6 839,2 26,6 3,3 32 352"])
q("calculation", "Hur stor andel av nämndernas samlade underskott i Arvika 2024 står vård- och omsorgsnämnden för?",
  "Vård- och omsorgsnämndens avvikelse var -14,3 mnkr av nämndernas totala -20,1 mnkr, dvs. cirka 71,1 procent.",
  [n(71.1, "%")], [A_AR], ["Vård- och omsorgsnämnden 921,3 935,6 -14,3", "Summa nämnder 2 320,2 2 340,3 -20,1"])
q("calculation", "Med hur många procent ökar skatteintäkterna i Kristinehamn från prognosen 2024 till budget 2025?",
  "Skatteintäkterna ökar från 1 476,4 mnkr till 1 566,2 mnkr, dvs. 89,8 mnkr eller cirka 6,1 procent.",
  [n(89.8, "mnkr"), n(6.1, "%")], [K_B], ["Skatteintäkter 1 412,6 1 476,4 1 566,2 1 620,8 1 675,3", K_RB_HDR])
q("calculation", "hur stor del av omsorgsnämndens nettokostnad i kristinehamn 2025 är särskilt boende, i procent?",
  "Särskilt boende har 356 800 tkr av omsorgsnämndens 846 900 tkr, cirka 42,1 procent.",
  [n(42.1, "%")], [K_X], ["Särskilt boende | 52800 | 409600 | 356800",
                          "Summa omsorgsnämnden | 119700 | 966600 | 846900"])
q("calculation", "Hur mycket har Arvikas nettokostnad ökat från 2019 till 2024, i mnkr och procent?",
  "Nettokostnaden ökade från 1 861,4 mnkr 2019 till 2 156,7 mnkr 2024, alltså med 295,3 mnkr eller cirka 15,9 procent.",
  [n(295.3, "mnkr"), n(15.9, "%")], [A_X], ["2019 | 26080 | 22,13 | 1861,4 | 24,7 | 131,2 | 38,4 | 7,9",
                                           "2024 | 25940 | 22,38 | 2156,7 | 41,3 | 162,4 | 40,6 | 7,4", A_X_HDR])
q("calculation", "hur stor är skillnaden mellan kristinehamns resultat jan-aug 2024 och prognosen för helåret?",
  "Periodens resultat var 58,4 mnkr och helårsprognosen 24,6 mnkr, en skillnad på 33,8 mnkr.",
  [n(33.8, "mnkr")], [K_D], ["Periodens/årets resultat 58,4 53,1 24,6 31,0"])
q("calculation", "Hur stor andel av budgeten användes 2024 för de projekt som Arvika ombudgeterar?",
  "Av 44 500 tkr i budget 2024 användes 16 050 tkr, cirka 36,1 procent; 28 450 tkr ombudgeteras.",
  [n(36.1, "%")], [A_D], ["Summa | 44 500 | 16 050 | 28 450",
                          "Projekt | Budget 2024, tkr | Utfall 2024, tkr | Ombudgeteras till 2025, tkr"])
q("calculation", "hur mycket dyrare blir fast avgift plus dagvattenavgift för en villa i kristinehamn 2025 jämfört med 2024",
  "Fast avgift ökar med 450 kr (5 640 till 6 090) och dagvattenavgiften med 90 kr (1 120 till 1 210), totalt 540 kronor per år.",
  [n(540, "kr")], [K_W], ["Fast avgift per år, villa | 5 640 | 6 090 | 8,0", "Dagvattenavgift per år | 1 120 | 1 210 | 8,0"])
q("calculation", "Hur stor andel av Arvikas investeringar 2025–2027 är avgiftsfinansierade?",
  "Avgiftsfinansierade investeringar är 178,1 mnkr av totalt 403,8 mnkr, cirka 44,1 procent.",
  [n(44.1, "%")], [A_B], ["Summa avgiftsfinansierat 70,0 68,1 40,0 178,1", "Totalt investeringar 165,0 152,8 86,0 403,8"])

# ---------------- lookup (5) ----------------
q("lookup", "vem är kommunstyrelsens ordförande i arvika som skrivit förordet i budgeten?",
  "Lena Wikström (S), kommunstyrelsens ordförande.",
  [], [A_B], ["Lena Wikström (S)", "Jag vill tacka alla medarbetare för det arbete som varje dag görs för Arvikaborna."])
q("lookup", "Vem reserverade sig mot ombudgeteringen av investeringar i Arvikas kommunstyrelse i mars?",
  "Per Ahlgren (SD) reserverade sig till förmån för eget yrkande.",
  [], [A_D], ["Per Ahlgren (SD) reserverar sig mot beslutet till förmån för eget yrkande."])
q("lookup", "vem var ordförande på kommunfullmäktige i kristinehamn när budgeten klubbades?",
  "Gunnar Åberg (KD) var ordförande vid sammanträdet 2024-11-21.",
  [], [K_W], ["Ordförande: Gunnar Åberg (KD)."])
q("lookup", "när ska det nya särskilda boendet i bäckhammar vara klart i kristinehamn?",
  "Det beräknas tas i bruk under 2028 (med 60 platser).",
  [], [K_B], ["Bäckhammar beräknas tas i bruk under 2028 med 60 platser."])
q("lookup", "När ska förstudien om ny ishall i Arvika vara klar?",
  "Förstudien ska redovisas till kommunstyrelsen senast i juni 2025.",
  [], [A_B], ["Förstudien ska redovisas till kommunstyrelsen senast i juni 2025."])

# ---------------- text_amount (5) ----------------
q("text_amount", "hur mycket extra får bun för elevhälsan i arvika",
  "Barn- och utbildningsnämnden får ett tillskott på 4,7 miljoner kronor för elevhälsan och den särskilda undervisningen.",
  [n(4.7, "mnkr")], [A_B], ["Barn- och utbildningsnämnden får ett tillskott på 4,7 miljoner kronor"])
q("text_amount", "Vad får förstudien om ny ishall i Arvika kosta?",
  "Kultur- och fritidsnämnden får 700 000 kronor för förstudien.",
  [n(700000, "kr")], [A_B], ["Kultur- och fritidsnämnden får 700 000 kronor för en förstudie om en ny ishall"])
q("text_amount", "hur mycket pengar ger skattehöjningen i kristinehamn 2025?",
  "Höjningen med 30 öre ger cirka 23,4 miljoner kronor i ökade skatteintäkter 2025.",
  [n(23.4, "mnkr")], [K_B], ["Höjningen ger cirka 23,4 miljoner kronor i ökade skatteintäkter 2025."])
q("text_amount", "Vad blev Kristinehamns nettoinvesteringar 2024 enligt det preliminära bokslutet?",
  "Nettoinvesteringarna blev 131,6 miljoner kronor.",
  [n(131.6, "mnkr")], [K_P], ["Nettoinvesteringarna blev 131,6 miljoner kronor."])
q("text_amount", "vad skulle utegymmet vid rackstadsjön kosta",
  "Kostnaden har beräknats till 450 000 kronor; medborgarförslaget föreslås avslås.",
  [n(450000, "kr")], [A_D], ["Kostnaden har beräknats till 450 000 kronor."])

# ---------------- claim (5) ----------------
q("claim", "Stämmer det att Arvika kommun gick med 41,3 miljoner i överskott 2024?",
  "Ja. Årsredovisningen för 2024 visar ett resultat på 41,3 miljoner kronor, 9,3 miljoner bättre än budget.",
  [n(41.3, "mnkr")], [A_P], ["Arvika kommuns årsredovisning för 2024 visar ett resultat på 41,3 miljoner kronor."],
  verdict="supported")
q("claim", "Kristinehamn höjer kommunalskatten till 23,01 kronor 2025, eller hur?",
  "Nej. Skatten höjs med 30 öre från 22,61 till 22,91 kronor. 23,01 kronor var oppositionens förslag, som röstades ned.",
  [n(22.91, "kr")], [K_H], ["Kommunalskatten höjs från 22,61 till 22,91 kronor."], verdict="contradicted")
q("claim", "Jag har hört att omsorgsnämnden i Kristinehamn prognostiserade ett underskott på 26,3 miljoner i delårsrapporten.",
  "Nej. Omsorgsnämnden prognostiserade ett underskott på 18,4 miljoner kronor (-18 400 tkr). 26,3 miljoner är nämndernas samlade underskott.",
  [n(18.4, "mnkr")], [K_D], ["Omsorgsnämnden 812 340 830 740 (18 400)", "Nämnd Budget 2024 Prognos 2024 Avvikelse"],
  verdict="contradicted")
q("claim", "Arvika kommun har infört gratis kollektivtrafik för alla över 70 år?",
  "Det finns inget om gratis kollektivtrafik för äldre i Arvikas dokument.",
  [], [], [], refused=True, verdict="not_found")
q("claim", "vård- och omsorgsnämnden i arvika ska effektivisera 7,4 miljoner 2025?",
  "Ja, vård- och omsorgsnämnden ska effektivisera 7,4 miljoner kronor 2025, bland annat genom digitala nattkameror och bättre planering av hemtjänsten.",
  [n(7.4, "mnkr")], [A_B], ["omsorgsnämnden ska effektivisera 7,4 miljoner kronor"], verdict="supported")

# ---------------- unanswerable (5) ----------------
q("unanswerable", "vad är planerat resultat för 2028 i arvikas budget?",
  "Arvikas budget innehåller plan bara till och med 2027; något resultat för 2028 anges inte.",
  [], [], [], refused=True)
q("unanswerable", "Vilken budget har tekniska nämnden i Kristinehamn 2025?",
  "Kristinehamns dokument har ingen tekniska nämnd; gator och VA ligger under samhällsbyggnadsnämnden. Uppgiften finns inte.",
  [], [], [], refused=True)
q("unanswerable", "hur många årsarbetare hade socialförvaltningen i kristinehamn 2022?",
  "Tabellen över årsarbetare omfattar bara 2023, 2024 och budget 2025; 2022 anges inte.",
  [], [], [], refused=True)
q("unanswerable", "Hur mycket av Arvikas effektiviseringar på 18,5 miljoner ska kultur- och fritidsnämnden stå för?",
  "Budgeten anger bara att 4,9 miljoner kronor fördelas på övriga nämnder; kultur- och fritidsnämndens andel anges inte.",
  [], [], [], refused=True)
q("unanswerable", "vad hade arvika för skattesats 2018?",
  "Nyckeltalen börjar 2019; skattesatsen 2018 anges inte i dokumenten.",
  [], [], [], refused=True)

# ---------------- multi_part (4) ----------------
q("multi_part", "hur många röstade för budgeten i kristinehamns fullmäktige, och vilken skattesats ville oppositionen ha?",
  "27 ledamöter röstade för kommunstyrelsens förslag (22 för oppositionens). Oppositionen (S och V) ville ha skattesatsen 23,01 kronor.",
  [n(27, "st"), n(23.01, "kr")], [K_W],
  ["27 ledamöter röstar för kommunstyrelsens förslag och 22 ledamöter för Roger Lunds förslag.",
   "budgetförslag med en skattesats på 23,01 kronor."])
q("multi_part", "Vad blev Arvikas nettoinvesteringar 2024 och vad var budgeterat?",
  "Nettoinvesteringarna blev 162,4 miljoner kronor mot budgeterade 205,0 miljoner kronor.",
  [n(162.4, "mnkr"), n(205.0, "mnkr")], [A_AR],
  ["Nettoinvesteringarna uppgick till 162,4 miljoner kronor 2024. Av budgeten på 205,0 miljoner kronor"])
q("multi_part", "vad är budgeterat resultat 2025 i kristinehamn och hur många procent av skatter och bidrag blir det",
  "Budgeterat resultat 2025 är 33,5 miljoner kronor, vilket motsvarar 1,6 procent av skatteintäkter och generella statsbidrag.",
  [n(33.5, "mnkr"), n(1.6, "%")], [K_B],
  ["Budgeterat resultat 2025 är 33,5 miljoner kronor, vilket motsvarar 1,6 procent av skatteintäkter och generella statsbidrag."])
q("multi_part", "Vem justerar KS-protokollet från 11 mars i Arvika, och hur mycket föreslås ombudgeteras till 2025?",
  "Maria Nyqvist (M) justerar protokollet, och 28 450 tkr föreslås ombudgeteras från 2024 till 2025.",
  [n(28450, "tkr")], [A_D],
  ["Kommunstyrelsen utser Maria Nyqvist (M) att jämte ordföranden justera protokollet.",
   "Totalt föreslås 28 450 tkr ombudgeteras."])

# ---------------- multi_doc (5) ----------------
q("multi_doc", "vilken av kommunerna har högst kommunalskatt 2025, arvika eller kristinehamn?",
  "Kristinehamn: 22,91 kronor mot Arvikas 22,38 kronor.",
  [n(22.91, "kr"), n(22.38, "kr")], [K_H, A_H],
  ["Kommunalskatten höjs från 22,61 till 22,91 kronor.", "Av dessa går 22,38 kronor till Arvika kommun"])
q("multi_doc", "Vilken kommun har störst investeringsbudget för 2025, Arvika eller Kristinehamn?",
  "Arvika, med 165,0 mnkr mot Kristinehamns 154,0 mnkr.",
  [n(165.0, "mnkr"), n(154.0, "mnkr")], [A_B, K_B],
  ["Totalt investeringar 165,0 152,8 86,0 403,8", "Summa investeringar 12,4 154,0 165,0 93,5 424,9"])
q("multi_doc", "hur mycket bättre blev omsorgsnämndens underskott i kristinehamn i bokslutet jämfört med delårsprognosen?",
  "Delårsprognosen var ett underskott på 18,4 mnkr; det preliminära bokslutet visar 16,8 mnkr, alltså 1,6 mnkr bättre.",
  [n(1.6, "mnkr")], [K_D, K_P],
  ["Omsorgsnämnden 812 340 830 740 (18 400)", "Omsorgsnämnden har det största underskottet, 16,8 miljoner kronor"])
q("multi_doc", "Arvikas budget hade en prognos för årets resultat 2024. Vad blev det faktiskt och hur stor är skillnaden?",
  "Prognosen var 38,7 mnkr och utfallet blev 41,3 mnkr, 2,6 mnkr bättre.",
  [n(41.3, "mnkr"), n(2.6, "mnkr")], [A_B, A_AR],
  ["Årets resultat 28,9 38,7 58,7 68,5 83,3", "Årets resultat landade på 41,3 miljoner kronor"])
q("multi_doc", "Vilken kommun hade störst underskott i äldreomsorgsnämnden 2024, Arvika eller Kristinehamn?",
  "Kristinehamn: omsorgsnämnden hade ett underskott på 16,8 mnkr (preliminärt bokslut), mot 14,3 mnkr för Arvikas vård- och omsorgsnämnd.",
  [n(16.8, "mnkr"), n(14.3, "mnkr")], [A_AR, K_P],
  ["Vård- och omsorgsnämnden 921,3 935,6 -14,3", "Omsorgsnämnden har det största underskottet, 16,8 miljoner kronor"])

# ---------------- followup (4) ----------------
q("followup", "och vård och omsorg då?",
  "Vård- och omsorgsnämnden i Arvika har 958,7 mnkr i budget 2025.",
  [n(958.7, "mnkr")], [A_B], ["Vård- och omsorgsnämnden 921,3 958,7 37,4 4,1 36 958"],
  history=["vad får barn- och utbildningsnämnden i arvika för budget 2025?"])
q("followup", "och 2027?",
  "Planen för 2027 är 93,5 mnkr.",
  [n(93.5, "mnkr")], [K_B], ["Summa investeringar 12,4 154,0 165,0 93,5 424,9", K_INV_HDR],
  history=["hur mycket är kristinehamns investeringsbudget 2025?"])
q("followup", "hur mycket blir det per invånare?",
  "41,3 mnkr delat på 25 940 invånare blir cirka 1 592 kronor per invånare.",
  [n(1592, "kr")], [A_AR], ["Årets resultat landade på 41,3 miljoner kronor",
                            "Folkmängden uppgick den 31 december 2024 till 25 940 personer"],
  history=["vad blev arvikas resultat 2024?"])
q("followup", "hur många hade de 2023?",
  "Omsorgsförvaltningen hade 724 årsarbetare 2023.",
  [n(724, "st")], [K_X], ["Omsorgsförvaltningen | 724 | 741 | 752", "Förvaltning | 2023 | 2024 | Budget 2025"],
  history=["hur många årsarbetare har omsorgsförvaltningen i kristinehamn i budget 2025?"])

# ---------------- english (4) ----------------
q("english", "What is Arvika's municipal tax rate for 2025, and how much goes to Region Värmland?",
  "Arvika kommun's rate is 22.38 kronor per 100 kronor and 11.18 kronor goes to Region Värmland (33.56 in total).",
  [n(22.38, "kr"), n(11.18, "kr")], [A_H],
  ["Av dessa går 22,38 kronor till Arvika kommun och 11,18 kronor till Region Värmland."], lang="en")
q("english", "How much is Kristinehamn's Utbildningsnämnden budgeted for in 2025?",
  "Utbildningsnämnden has a net budget of 771,600 tkr (about 771.6 mnkr) in 2025.",
  [n(771600, "tkr")], [K_B], ["Utbildningsnämnden 748 210 771 600 23 390 3,1", K_DRIFT_HDR], lang="en")
q("english", "What was the total budget deviation of Arvika's nämnder in 2024 according to the årsredovisning?",
  "The nämnder together showed a deviation of -20.1 mnkr (a deficit): net cost 2,340.3 mnkr against a budget of 2,320.2 mnkr.",
  [n(-20.1, "mnkr")], [A_AR], ["Summa nämnder 2 320,2 2 340,3 -20,1", A_AR_NHDR], lang="en")
q("english", "How much new borrowing did Kristinehamn's kommunfullmäktige allow kommunstyrelsen for 2025?",
  "Kommunstyrelsen may take up new loans of 95 million kronor during 2025.",
  [n(95, "mnkr")], [K_W], ["att ge kommunstyrelsen rätt att under 2025 nyupplåna 95 miljoner kronor."], lang="en")

import random
random.Random(42).shuffle(Q)
out = os.path.join(HERE, "..", "..", "dev", "muni_dev42.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for i, item in enumerate(Q, 1):
        rec = {"id": f"md42-{i:03d}", "corpus": C, **item}
        rec = {k: rec[k] for k in ("id", "corpus", "category", "language", "question", "history", "gold")}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print("wrote", len(Q))
