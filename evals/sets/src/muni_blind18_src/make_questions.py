"""Write ../../dev/muni_blind18.jsonl (hand-written questions with gold answers)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "dev", "muni_blind18.jsonl")
CORPUS = "evals/corpora/blind-muni18"
K = CORPUS + "/kramfors/"
E = CORPUS + "/emmaboda/"
KB = K + "mal-och-budget-2025-plan-2026-2027.pdf"
KD = K + "delarsrapport-januari-augusti-2024.pdf"
KH = K + "sa-anvands-din-skatt.html"
KP = K + "protokoll-kommunstyrelsen-2024-10-29.docx"
KX = K + "befolkning-och-nyckeltal.xlsx"
KM = K + "pressmeddelande-budget-2025.md"
EB = E + "budget-och-plan-2025-2027.pdf"
EA = E + "arsredovisning-2023.pdf"
EH = E + "ekonomi-och-budget.html"
EP = E + "protokollsutdrag-kf-2024-11-25.docx"
EX = E + "driftredovisning-2023.xlsx"
ET = E + "pressmeddelande-arsredovisning-2023.txt"

Q = []


def n(v, u):
    return {"value": v, "unit": u or "st"}


def add(cat, q, ans, nums=(), docs=(), quotes=(), lang="sv", hist=(), refused=False, verdict=None):
    Q.append({"id": f"mb18-{len(Q) + 1:03d}", "corpus": CORPUS, "category": cat, "language": lang,
              "question": q, "history": list(hist),
              "gold": {"answer": ans, "numbers": list(nums), "docs": list(docs), "quotes": list(quotes),
                       "refused": refused, "verdict": verdict}})


# ---- table_lookup (9)
add("table_lookup", "hur mkt är socialnämndens budget 2025 i kramfors?",
    "Socialnämnden i Kramfors har en nettokostnadsram på 531,4 mnkr för 2025 (512,9 mnkr 2024).",
    [n(531.4, "mnkr")], [KB], ["Socialnämnden 512,9 531,4 18,5 3,6 29 604",
                               "Nettokostnad, mnkr 2024 2025 mnkr % kr per invånare"])
add("table_lookup", "Vad är de budgeterade skatteintäkterna i Emmaboda för planåret 2027?",
    "Skatteintäkterna för plan 2027 är 510,8 mnkr.",
    [n(510.8, "mnkr")], [EB], ["Skatteintäkter 448,3 462,4 480,6 495,2 510,8", "Mnkr 2023 2024 2025 2026 2027"])
add("table_lookup", "hur mycket ska renoveringen av vissefjärda skola kosta 2026 enligt emmabodas investeringsbudget",
    "6 000 tkr (6,0 mnkr) är planerat 2026; 2025 är budgeten 8 500 tkr.",
    [n(6000, "tkr")], [EB], ["Renovering Vissefjärda skola 8 500 6 000 0", "Belopp i tkr 2025 2026 2027"])
add("table_lookup", "vad var prognosen för barn och utbildningsnämnden i kramfors delårsrapport 2024?",
    "Barn- och utbildningsnämnden prognostiserade en nettokostnad på 470,8 mnkr mot budget 468,2 mnkr, "
    "dvs. en avvikelse på -2,6 mnkr.",
    [n(470.8, "mnkr"), n(-2.6, "mnkr")], [KD], ["Barn- och utbildningsnämnden 468,2 470,8 -2,6",
                                               "Nettokostnad, mnkr 2024 2024 mot budget"])
add("table_lookup", "hur många kronor av hundralappen går till äldreomsorgen i kramfors?",
    "24 kronor av varje hundralapp i kommunalskatt går till äldreomsorgen (293,6 mnkr 2025).",
    [n(24, "kr")], [KH], ["Äldreomsorg | 24 | 293,6"])
add("table_lookup", "vad blir den fasta va-avgiften per år för en villa i kramfors 2025?",
    "Den fasta avgiften för en villa blir 5 660 kr per år 2025 (5 240 kr 2024), en höjning med 8,0 %.",
    [n(5660, "kr")], [KP], ["Fast avgift per år, villa | 5 240 | 5 660 | 8,0"])
add("table_lookup", "hur många barn föddes i kramfors 2022",
    "128 personer föddes i Kramfors 2022.",
    [n(128, None)], [KX], ["2022 | 18077 | 128 | 274 | 905 | 842 | -146 | 63"])
add("table_lookup", "Vad blev utfallet för äldreomsorgen i Emmaboda 2023?",
    "Äldreomsorgen hade ett utfall på 149 980 tkr mot en budget på 142 600 tkr (avvikelse -7 380 tkr).",
    [n(149980, "tkr")], [EX], ["Äldreomsorg | 142600 | 149980 | -7380"])
add("table_lookup", "vad var soliditeten i emmaboda 2021?",
    "Soliditeten var 38,4 % år 2021.",
    [n(38.4, "%")], [EA], ["Soliditet, % 37,1 37,6 38,4 37,2 35,0", "2019 2020 2021 2022 2023"])

# ---- calculation (9)
add("calculation", "Hur stor andel av nämndernas totala budget 2025 i Kramfors går till barn- och utbildningsnämnden?",
    "482,5 av 1 223,2 mnkr, alltså ca 39,4 %.",
    [n(39.4, "%")], [KB], ["Barn- och utbildningsnämnden 468,2 482,5 14,3 3,1 26 880",
                           "Summa nämnder 1 182,6 1 223,2 40,6 3,4 68 145"])
add("calculation", "hur mycket ökar skatteintäkterna i kramfors mellan budget 2025 och plan 2027",
    "Från 915,3 till 975,2 mnkr, en ökning med 59,9 mnkr.",
    [n(59.9, "mnkr")], [KB], ["Skatteintäkter 842,7 881,5 915,3 944,8 975,2",
                              "Belopp i mnkr 2023 2024 2025 2026 2027"])
add("calculation", "vad blir förskolan i gudmundrå och simhallen tillsammans 2025 i kramfors investeringar?",
    "38,0 + 12,5 = 50,5 mnkr år 2025.",
    [n(50.5, "mnkr")], [KB], ["Ny förskola Gudmundrå 38,0 24,0 0,0 62,0", "Ombyggnad Kramfors simhall 12,5 18,0 6,0 36,5"])
add("calculation", "Hur mycket växer socialnämndens ram i Emmaboda från budget 2025 till plan 2027, i tkr och procent?",
    "Från 271 640 till 285 220 tkr, en ökning med 13 580 tkr eller ca 5,0 %.",
    [n(13580, "tkr"), n(5.0, "%")], [EB], ["Socialnämnden 258 900 271 640 278 430 285 220 12 740 4,9",
                                           "Tkr 2024 2025 2026 2027 2024–2025 %"])
add("calculation", "Vad blev den sammanlagda avvikelsen för förskola och grundskola i Emmaboda 2023?",
    "Förskola -1 320 tkr och grundskola -1 460 tkr, sammanlagt -2 780 tkr (underskott).",
    [n(-2780, "tkr")], [EX], ["Förskola | 62500 | 63820 | -1320",
                              "Grundskola | 139800 | 141260 | -1460"])
add("calculation", "hur mycket har befolkningen i emmaboda minskat mellan 2019 och 2023",
    "Från 9 315 till 9 204 invånare, en minskning med 111 personer (ca 1,2 %).",
    [n(111, None), n(1.2, "%")], [EA], ["Folkmängd 31 december 9 315 9 287 9 262 9 231 9 204"])
add("calculation", "Kramfors äldreomsorg kostnad per invånare: hur mycket har den ökat 2022–2024, i kronor och procent?",
    "Från 27 150 till 30 140 kr per invånare, en ökning med 2 990 kr eller ca 11,0 %.",
    [n(2990, "kr"), n(11.0, "%")], [KX], ["Äldreomsorg | 27150 | 28720 | 30140 | 24380",
                                          "Verksamhet | 2022 | 2023 | 2024 | Riket 2024"])
add("calculation", "hur mycket ska emmaboda investera totalt under 2025-2027?",
    "64,2 + 52,7 + 17,7 = 134,6 mnkr (134 600 tkr).",
    [n(134.6, "mnkr")], [EB], ["Nettoinvesteringar – 64,2 – 52,7 – 17,7", "Totalt 64 200 52 700 17 700"])
add("calculation", "Hur mycket minskade periodens resultat jan–aug i Kramfors 2024 jämfört med 2023, i mnkr och procent?",
    "Från 46,9 till 41,7 mnkr, en minskning med 5,2 mnkr eller ca 11,1 %.",
    [n(5.2, "mnkr"), n(11.1, "%")], [KD], ["Periodens/årets resultat 46,9 41,7 28,0 22,5",
                                           "Belopp i mnkr jan–aug 2023 jan–aug 2024 2024 2024"])

# ---- lookup (5)
add("lookup", "vem är ks ordförande i kramfors?",
    "Mikael Westberg (S) är kommunstyrelsens ordförande.",
    [], [KB], ["Mikael Westberg (S)", "Kommunstyrelsens ordförande"])
add("lookup", "vem var ordförande på fullmäktiges möte i emmaboda 25 november 2024",
    "Göran Fransson (S) var ordförande.",
    [], [EP], ["Ordförande: Göran Fransson (S)"])
add("lookup", "Vem köpte fastigheten Gumsen 3:12 av Kramfors kommun?",
    "Ådalens Snickeri AB.",
    [], [KP], ["Kommunstyrelsen beslutar att sälja fastigheten Kramfors Gumsen 3:12 till Ådalens Snickeri AB"])
add("lookup", "när bestämde emmaboda att bygga ny sporthall?",
    "Kommunfullmäktige beslutade i juni 2023 att bygga en ny sporthall i Emmaboda.",
    [], [EA], ["Kommunfullmäktige beslutade i juni 2023 att bygga en ny sporthall i Emmaboda."])
add("lookup", "när började man bygga nya förskolan i gudmundrå",
    "Byggstarten skedde i maj 2024.",
    [], [KD], ["Byggstart för den nya förskolan i Gudmundrå skedde i maj."])

# ---- text_amount (5)
add("text_amount", "hur mycket pengar blir det till feriejobb i kramfors nästa sommar?",
    "700 000 kronor går till feriearbeten för ungdomar sommaren 2025.",
    [n(700000, "kr")], [KM], ["700 000 kronor går till feriearbeten för ungdomar sommaren 2025."])
add("text_amount", "Hur mycket mer skatteintäkter ger skattehöjningen i Emmaboda?",
    "Cirka 5,9 miljoner kronor per år.",
    [n(5.9, "mnkr")], [EB], ["Höjningen ger cirka 5,9 miljoner kronor i ökade skatteintäkter per år."])
add("text_amount", "hur mycket går placeringar av barn och unga över budget i kramfors socialnämnd 2024?",
    "Kostnaderna för placeringar av barn och unga överskrider budget med 9,8 miljoner kronor.",
    [n(9.8, "mnkr")], [KD], ["placeringar av barn och unga, som överskrider budget med 9,8 miljoner kronor"])
add("text_amount", "vad kostade bemanningssjuksköterskorna i emmaboda 2023",
    "4,2 miljoner kronor.",
    [n(4.2, "mnkr")], [EA], ["kostnaderna för bemanningssjuksköterskor uppgick till 4,2 miljoner kronor"])
add("text_amount", "vad skulle gratis kollektivtrafik för pensionärer kosta enligt motionen i emmaboda?",
    "Cirka 600 000 kronor per år (motionen avslogs).",
    [n(600000, "kr")], [EP], ["Kostnaden har beräknats till cirka 600 000 kronor per år."])

# ---- multi_doc (5)
add("multi_doc", "Vilken av kommunerna Kramfors och Emmaboda har högst kommunalskatt 2025?",
    "Kramfors: 22,84 kr mot Emmabodas 22,71 kr, alltså 13 öre högre i Kramfors.",
    [n(22.84, "kr"), n(22.71, "kr"), n(0.13, "kr")], [KB, EP],
    ["Den kommunala skattesatsen för 2025 fastställs till 22,84 kronor, oförändrat jämfört med 2024.",
     "Beslut: Den kommunala skattesatsen för 2025 fastställs till 22,71 kronor."])
add("multi_doc", "vilken kommun budgeterar högst resultat 2025 i procent av skatter och statsbidrag, kramfors eller emmaboda?",
    "Kramfors med 2,7 % (35,5 mnkr) mot Emmabodas 1,8 % (13,5 mnkr).",
    [n(2.7, "%"), n(1.8, "%")], [KB, EB],
    ["Resultat i % av skatter och bidrag 2,7 1,7 2,7 2,6 2,8",
     "Årets resultat i procent av skatter – 0,9 0,3 1,8 1,5 1,2"])
add("multi_doc", "Hur mycket större är socialnämndens ram 2025 i Emmaboda än vad nämnden faktiskt kostade 2023?",
    "Ram 2025 är 271 640 tkr och utfallet 2023 var 250 100 tkr, skillnad 21 540 tkr.",
    [n(21540, "tkr")], [EP, EA],
    ["Socialnämnden | 258 900 | 271 640 | 12 740", "Socialnämnden 240 500 250 100 -9 600"])
add("multi_doc", "kramfors budgeterade resultat 2025 jämfört med prognosen för 2024 i delårsrapporten, hur stor skillnad?",
    "Budget 2025: 35,5 mnkr; prognos 2024: 22,5 mnkr. Skillnaden är 13,0 mnkr.",
    [n(13.0, "mnkr")], [KB, KD],
    ["Årets resultat budgeteras till 35,5 miljoner kronor",
     "Helårsprognosen pekar mot ett resultat på 22,5 miljoner kronor"])
add("multi_doc", "Vilken kommun investerar mest 2025, Kramfors eller Emmaboda – totalt och per invånare?",
    "Kramfors investerar mest totalt (119,3 mnkr mot 64,2 mnkr), men per invånare investerar Emmaboda mer: "
    "ca 6 989 kr (9 186 invånare) mot ca 6 646 kr i Kramfors (17 950 invånare).",
    [n(119.3, "mnkr"), n(64.2, "mnkr"), n(6646, "kr"), n(6989, "kr")], [KB, EB],
    ["Investeringsbudgeten för 2025 omfattar totalt 119,3 miljoner kronor.",
     "Kr per invånare beräknat på 17 950 invånare.",
     "Investeringsbudgeten för 2025 uppgår till 64,2 miljoner kronor.",
     "Emmaboda kommun hade 9 186 invånare den 1 november 2024."])

# ---- claim (5)
add("claim", "Stämmer det att kommunstyrelsen i Kramfors röstade 8–5 om budgeten för 2025?",
    "Ja. Kommunstyrelsen beslutade med 8 ja-röster mot 5 nej-röster enligt Westbergs förslag.",
    [n(8, None), n(5, None)], [KP], ["Med 8 ja-röster mot 5 nej-röster beslutar kommunstyrelsen enligt Westbergs förslag."],
    verdict="supported")
add("claim", "Emmaboda gick med 4,5 miljoner i överskott 2023, eller hur?",
    "Nej. Resultatet 2023 blev minus 6,8 miljoner kronor; 4,5 miljoner var det budgeterade överskottet.",
    [n(-6.8, "mnkr")], [ET], ["Emmaboda kommun redovisar ett resultat på minus 6,8 miljoner kronor för 2023.",
                              "Budgeten var ett överskott på 4,5 miljoner kronor."], verdict="contradicted")
add("claim", "jag har hört att kramfors sänker skatten till 22,59 kr nästa år",
    "Nej. Skattesatsen är oförändrad 22,84 kronor. 22,59 kronor var oppositionens (M, SD, KD) förslag som inte gick igenom.",
    [n(22.84, "kr")], [KM], ["Skattesatsen lämnas oförändrad på 22,84 kronor.",
                             "hade ett eget förslag med en skattesänkning på 25 öre till 22,59 kronor."],
    verdict="contradicted")
add("claim", "Stämmer det att Emmaboda ska bygga ett nytt äldreboende i Långasjö för 95 miljoner kronor?",
    "Det finns inget om ett nytt äldreboende i Långasjö i dokumenten.",
    [], [], [], refused=True, verdict="not_found")
add("claim", "Sjukfrånvaron i Kramfors var 7,6 procent under januari–augusti 2024?",
    "Ja, sjukfrånvaron var 7,6 % under perioden, jämfört med 8,1 % samma period 2023.",
    [n(7.6, "%")], [KD], ["Sjukfrånvaron under perioden var 7,6 procent"], verdict="supported")

# ---- unanswerable (5)
add("unanswerable", "vad är kramfors budget för kultur- och fritidsnämnden 2028?",
    "Dokumenten anger inga belopp för 2028; driftbudgeten omfattar budget 2024 och 2025.", refused=True)
add("unanswerable", "Hur mycket av socialnämndens budget i Emmaboda 2025 går till hemtjänsten?",
    "Budgeten anger inte hur socialnämndens ram fördelas på hemtjänsten.", refused=True)
add("unanswerable", "vad tjänar kommundirektören i kramfors?",
    "Kommundirektörens lön framgår inte av dokumenten.", refused=True)
add("unanswerable", "Hur mycket kostar ombyggnaden av simhallen i Emmaboda?",
    "Dokumenten nämner ingen simhall i Emmaboda; investeringsbudgeten har ingen sådan post.", refused=True)
add("unanswerable", "Vad blev Emmabodas resultat för januari–augusti 2024 enligt delårsrapporten?",
    "Det finns ingen delårsrapport för Emmaboda 2024 bland dokumenten.", refused=True)

# ---- multi_part (4)
add("multi_part", "hur mycket sökte höga kusten event från kramfors och hur mycket fick de?",
    "De sökte 250 000 kronor och kommunstyrelsen beviljade 180 000 kronor.",
    [n(250000, "kr"), n(180000, "kr")], [KP],
    ["Föreningen Höga Kusten Event ansöker om 250 000 kronor till evenemanget Ådalsdagarna 2025.",
     "Beslut: Kommunstyrelsen beviljar 180 000 kronor ur kommunstyrelsens utvecklingsmedel."])
add("multi_part", "Hur röstade fullmäktige i Emmaboda om skattesatsen och vilka partier reserverade sig?",
    "19 ja-röster mot 16 nej-röster för höjningen till 22,71 kr; Moderaterna och Sverigedemokraterna reserverade sig.",
    [n(19, None), n(16, None)], [EP],
    ["Med 19 ja-röster för kommunstyrelsens förslag mot 16 nej-röster",
     "Reservation: Ledamöterna för Moderaterna och Sverigedemokraterna reserverar sig mot beslutet"])
add("multi_part", "Vad är Kramfors finansiella mål för resultatet, och klarar budgeten 2025 det?",
    "Målet är att årets resultat ska vara minst 2,0 % av skatteintäkter och generella statsbidrag. "
    "Ja, budget 2025 ger 35,5 mnkr vilket motsvarar 2,7 %.",
    [n(2.0, "%"), n(2.7, "%")], [KB],
    ["Årets resultat ska uppgå till minst 2,0 procent av skatteintäkter och generella statsbidrag.",
     "Med ett budgeterat resultat på 35,5 miljoner kronor uppfylls resultatmålet 2025.",
     "Årets resultat budgeteras till 35,5 miljoner kronor, vilket motsvarar 2,7 procent av skatteintäkter"])
add("multi_part", "vad kostade konstgräsplanen på kvarnvallen i emmaboda 2023 och varför blev den dyrare?",
    "Utfallet blev 6 940 tkr mot en budget på 6 000 tkr (940 tkr över), på grund av högre entreprenadpris.",
    [n(6940, "tkr"), n(-940, "tkr")], [EX], ["Konstgräsplan Kvarnvallen (Högre entreprenadpris) | 6000 | 6940 | -940"])

# ---- followup (4)
add("followup", "och hur mycket av det är kommunstyrelsen?",
    "Kommunstyrelsens investeringar 2025 är 99,6 mnkr av totalt 119,3 mnkr.",
    [n(99.6, "mnkr")], [KB], ["Summa kommunstyrelsen 99,6 73,0 27,5 200,1", "Belopp i mnkr 2025 2026 2027 2025–2027"],
    hist=["vad är kramfors investeringsbudget 2025?"])
add("followup", "och plan 2027 då?",
    "Plan 2027 för barn- och utbildningsnämnden är 312 110 tkr.",
    [n(312110, "tkr")], [EB], ["Barn- och utbildningsnämnden 288 600 297 250 304 680 312 110 8 650 3,0",
                               "Tkr 2024 2025 2026 2027 2024–2025 %"],
    hist=["Hur stor är Emmabodas driftbudget för barn- och utbildningsnämnden 2025?"])
add("followup", "och 2024?",
    "Folkmängden i Kramfors var 17 913 personer den 31 december 2024.",
    [n(17913, None)], [KX], ["2024 | 17913 | 121 | 266 | 884 | 832 | -145 | 52"],
    hist=["vad var folkmängden i kramfors 2020?"])
add("followup", "vilken verksamhet stod för största delen av det?",
    "Äldreomsorgen, med en avvikelse på -7 380 tkr av socialnämndens totala -9 600 tkr.",
    [n(-7380, "tkr")], [EX], ["Äldreomsorg | 142600 | 149980 | -7380",
                              "240500 | 250100 | -9600"],
    hist=["Hur stort underskott hade socialnämnden i Emmaboda 2023?"])

# ---- english (4)
add("english", "What is Kramfors' total planned investment for 2025–2027?",
    "235.0 million SEK (mnkr) in total: 119.3 in 2025, 80.9 in 2026 and 34.8 in 2027.",
    [n(235.0, "mnkr")], [KB], ["Totalt investeringar 119,3 80,9 34,8 235,0", "Belopp i mnkr 2025 2026 2027 2025–2027"],
    lang="en")
add("english", "What is the borgensram for Emmaboda Bostäder AB after the kommunfullmäktige decision in November 2024?",
    "It was raised from 410 to 450 million SEK.",
    [n(450, "mnkr")], [EP], ["höja borgensramen för Emmaboda Bostäder AB från 410 miljoner kronor till 450 miljoner kronor"],
    lang="en")
add("english", "According to Emmaboda's website, what share of the nämnder's total budget 2025 goes to Socialnämnden?",
    "38.8 percent (271.6 million SEK).",
    [n(38.8, "%")], [EH], ["Socialnämnden | 271,6 | 38,8"], lang="en")
add("english", "How many permanent employees (tillsvidareanställda) did Kramfors have on 31 August 2024?",
    "1,482 permanent employees, 17 fewer than a year earlier.",
    [n(1482, None)], [KD], ["Antalet tillsvidareanställda var 1 482 den 31 augusti 2024"], lang="en")

with open(OUT, "w", encoding="utf-8") as f:
    for q in Q:
        f.write(json.dumps(q, ensure_ascii=False) + "\n")
print(len(Q), "questions written to", os.path.abspath(OUT))
