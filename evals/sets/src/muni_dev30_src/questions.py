"""Question set md30 over evals/corpora/dev-muni30 (Ovanåker and Kinda)."""
CORPUS = "evals/corpora/dev-muni30"
O = CORPUS + "/ovanaker/"
K = CORPUS + "/kinda/"
OB = O + "mal-och-budget-2025-2027.pdf"
OA = O + "arsredovisning-2024.pdf"
OH = O + "sa-anvands-din-skatt.html"
OD = O + "protokoll-ks-2025-03-11.docx"
OX = O + "befolkning-och-nettokostnader.xlsx"
OM = O + "pressmeddelande-arsredovisning-2024.md"
KB = K + "budget-och-plan-2025-2027.pdf"
KD = K + "delarsrapport-jan-aug-2025.pdf"
KH = K + "ekonomi-finansiell-information.html"
KP = K + "protokoll-kf-2024-11-18.docx"
KX = K + "bun-budget-2025-elevstatistik.xlsx"
KT = K + "pressmeddelande-rimforsa-skola.txt"

OB_DRIFT_HEAD = "Nämnd Budget 2024 Budget 2025 Förändring Förändring % kr per invånare"
OB_INV_HEAD = "Belopp i tkr Budget Plan Plan Totalt"
KB_RB_HEAD = "Mnkr Bokslut Budget Budget Plan Plan"
KB_DRIFT_HEAD = "Nämnd Budget Budget Plan Plan"
KD_DRIFT_HEAD = "Tkr Budget 2025 Prognos 2025 Avvikelse"
OX_POP_HEAD = ("År | Totalt | 0–5 år | 6–15 år | 16–19 år | 20–64 år | 65–79 år | 80 år och äldre | "
               "Förändring mot föregående år")
KX_EL_HEAD = ("År | Barn i förskola | Elever i grundskola F–9 | Elever i gymnasieskola | "
              "Kostnad per elev grundskola, kr | Behöriga till yrkesprogram, %")
KP_VA_HEAD = "Avgift (inkl. moms) | 2024 | 2025 | Förändring %"


def N(value, unit):
    return {"value": value, "unit": unit}


_Q = []


def q(category, question, answer, numbers=(), docs=(), quotes=(), language="sv", history=(),
      refused=False, verdict=None):
    _Q.append({
        "category": category, "language": language, "question": question, "history": list(history),
        "gold": {"answer": answer, "numbers": list(numbers), "docs": list(docs), "quotes": list(quotes),
                 "refused": refused, "verdict": verdict},
    })


# ------------------------------------------------------------------ table_lookup (9)
q("table_lookup", "hur mkt är socialnämndens budget 2025 i ovanåker?",
  "Socialnämnden i Ovanåker har en budgeterad nettokostnad på 367,4 mnkr för 2025 (352,8 mnkr 2024).",
  [N(367.4, "mnkr")], [OB], ["Socialnämnden 352,8 367,4 14,6 4,1 32 571", OB_DRIFT_HEAD])
q("table_lookup", "Vad är Kindas skatteintäkter i plan 2026 enligt resultatbudgeten?",
  "Skatteintäkterna i Kinda beräknas till 585,0 mnkr i plan 2026.",
  [N(585.0, "mnkr")], [KB], ["Skatteintäkter 518,4 536,2 566,9 585,0 603,8", KB_RB_HEAD,
                             "2023 2024 2025 2026 2027"])
q("table_lookup", "hur mycket ska ovanåker lägga på renoveringen av simhallen i edsbyn 2027",
  "I investeringsbudgeten är renoveringen av Edsbyns simhall upptagen med 15 000 tkr (15 mnkr) år 2027.",
  [N(15000, "tkr")], [OB], ["Renovering Edsbyns simhall 0 4 500 15 000 19 500", OB_INV_HEAD])
q("table_lookup", "kinda kommun likvida medel vid årets slut 2026, vad står det i kassaflödesbudgeten?",
  "Likvida medel vid årets slut 2026 (plan) beräknas till 43,2 mnkr.",
  [N(43.2, "mnkr")], [KB], ["Likvida medel vid årets slut 41,8 43,2 47,3", "Mnkr Budget 2025 Plan 2026 Plan 2027"])
q("table_lookup", "hur många kronor av en hundralapp i skatt går till gymnasieskolan i ovanåker?",
  "8 kronor av varje hundralapp i kommunalskatt går till gymnasieskolan (budget 2025).",
  [N(8, "kr")], [OH], ["Gymnasieskola | 8", "Verksamhet | Kronor av 100 kr"])
q("table_lookup", "vad blir anläggningsavgiften för en villa i kinda 2025 enligt nya va-taxan?",
  "Anläggningsavgiften för en villa blir 176 400 kronor 2025 (168 000 kr 2024, +5,0 %).",
  [N(176400, "kr")], [KP], ["Anläggningsavgift, villa, kr | 168 000 | 176 400 | 5,0", KP_VA_HEAD])
q("table_lookup", "Hur många invånare som är 80 år eller äldre hade Ovanåker 2024?",
  "Den 31 december 2024 hade Ovanåker 891 invånare som var 80 år och äldre.",
  [N(891, "st")], [OX], ["2024 | 11312 | 641 | 1252 | 501 | 5736 | 2291 | 891 | -41", OX_POP_HEAD])
q("table_lookup", "kostnad per elev i grundskolan i kinda 2023?",
  "Kostnaden per elev i grundskolan i Kinda var 131 800 kronor 2023.",
  [N(131800, "kr")], [KX], ["2023 | 389 | 1038 | 349 | 131800 | 85,4", KX_EL_HEAD])
q("table_lookup", "Vad är prognosen för socialnämnden i Kinda för helåret 2025 enligt delårsrapporten?",
  "Socialnämnden prognostiserar en nettokostnad på 304 650 tkr mot budget 298 450 tkr, dvs. en avvikelse "
  "(underskott) på -6 200 tkr.",
  [N(304650, "tkr"), N(-6200, "tkr")], [KD], ["Socialnämnden 298 450 304 650 -6 200", KD_DRIFT_HEAD])

# ------------------------------------------------------------------ calculation (9)
q("calculation", "hur stor andel av nämndernas budget 2025 går till barn- och utbildningsnämnden i ovanåker, i procent?",
  "Barn- och utbildningsnämnden har 368,9 mnkr av summa nämnder 912,1 mnkr, dvs. cirka 40,4 procent.",
  [N(40.4, "%")], [OB], ["Barn- och utbildningsnämnden 356,2 368,9 12,7 3,6 32 704",
                         "Summa nämnder 878,0 912,1 34,1 3,9 80 860", OB_DRIFT_HEAD])
q("calculation", "Hur mycket förbättras Kindas årets resultat från budget 2025 till plan 2027?",
  "Årets resultat ökar från 10,1 mnkr (budget 2025) till 16,0 mnkr (plan 2027), en förbättring med 5,9 mnkr.",
  [N(5.9, "mnkr")], [KB], ["Årets resultat 4,4 6,2 10,1 12,2 16,0", KB_RB_HEAD])
q("calculation", "hur mycket mer investerar ovanåker 2026 jämfört med 2025 totalt?",
  "Totala investeringar är 66 700 tkr 2025 och 74 400 tkr 2026, alltså 7 700 tkr (7,7 mnkr) mer 2026.",
  [N(7700, "tkr")], [OB], ["Totalt investeringar 66 700 74 400 42 600 183 700", OB_INV_HEAD])
q("calculation", "Med hur många personer och hur många procent har Ovanåkers befolkning minskat mellan 2019 och 2024?",
  "Befolkningen minskade från 11 556 (2019) till 11 312 (2024), dvs. med 244 personer eller cirka 2,1 procent.",
  [N(244, "st"), N(2.1, "%")], [OX], ["2019 | 11556 | 702 | 1298 | 489 | 5981 | 2297 | 789",
                                     "2024 | 11312 | 641 | 1252 | 501 | 5736 | 2291 | 891 | -41", OX_POP_HEAD])
q("calculation", "hur många procent har kostnaden per grundskoleelev ökat i kinda från 2020 till 2024?",
  "Kostnaden per elev i grundskolan ökade från 118 400 kr till 137 200 kr, en ökning med cirka 15,9 procent.",
  [N(15.9, "%")], [KX], ["2020 | 412 | 1052 | 338 | 118400 | 84,6", "2024 | 377 | 1031 | 356 | 137200 | 87,1",
                         KX_EL_HEAD])
q("calculation", "Kinda hade 12,2 mnkr i resultat efter augusti. Hur mycket sämre blir resultatet under resten av året om prognosen håller?",
  "Prognosen för helåret är 7,4 mnkr mot 12,2 mnkr efter januari–augusti, så resultatet för september–december "
  "blir -4,8 mnkr (resultatet minskar med 4,8 mnkr).",
  [N(-4.8, "mnkr")], [KD], ["Periodens/årets resultat 7,6 12,2 10,1 7,4 -2,7",
                            "Mnkr Utfall Utfall Budget Prognos Avvikelse"])
q("calculation", "vad betalar ett hushåll i kinda i rörlig va-avgift för 150 kubikmeter 2025?",
  "Avgiften per kubikmeter är 41,20 kr 2025, så 150 m³ kostar 150 × 41,20 = 6 180 kronor.",
  [N(6180, "kr")], [KP], ["Avgift per kubikmeter, kr/m³ | 38,50 | 41,20 | 7,0", KP_VA_HEAD])
q("calculation", "Hur stor var den sammanlagda avvikelsen för barn- och utbildningsnämnden och socialnämnden i Ovanåker 2024?",
  "Barn- och utbildningsnämnden -1,9 mnkr och socialnämnden -4,8 mnkr, tillsammans ett underskott på 6,7 mnkr (-6,7).",
  [N(-6.7, "mnkr")], [OA], ["Barn- och utbildningsnämnden 356,2 358,1 –1,9", "Socialnämnden 352,8 357,6 –4,8",
                            "Nettokostnad, mnkr Budget 2024 Utfall 2024 Avvikelse"])
q("calculation", "hur stor andel av kindas verksamhetens nettokostnad 2025 är socialnämnden?",
  "Socialnämndens ram 298 450 tkr av verksamhetens nettokostnad 772 300 tkr motsvarar cirka 38,6 procent.",
  [N(38.6, "%")], [KB], ["Socialnämnden 286 900 298 450 307 200 316 400",
                         "Verksamhetens nettokostnad 747 900 772 300 791 100 810 000", KB_DRIFT_HEAD])

# ------------------------------------------------------------------ lookup (5)
q("lookup", "vem är kommunstyrelsens ordförande i ovanåker",
  "Per Wiklund (S) är kommunstyrelsens ordförande i Ovanåkers kommun.",
  [], [OB], ["Per Wiklund (S), kommunstyrelsens ordförande"])
q("lookup", "vilka reserverade sig mot budgetbeslutet i kinda kf i november?",
  "Socialdemokraternas ledamöter reserverade sig till förmån för eget förslag, och Sverigedemokraternas "
  "ledamöter reserverade sig mot beslutet om skattesats.",
  [], [KP], ["Socialdemokraternas ledamöter reserverar sig mot beslutet till förmån för eget förslag.",
             "Sverigedemokraternas ledamöter reserverar sig mot beslutet om skattesats."])
q("lookup", "vad sa ks i ovanåker om motionen om gratis buss för pensionärer?",
  "Kommunstyrelsen föreslår kommunfullmäktige att avslå motionen; Lena Hedlund (V) reserverade sig.",
  [], [OD], ["Beslut: Kommunstyrelsen föreslår kommunfullmäktige att avslå motionen.",
             "Reservation: Lena Hedlund (V) reserverar sig mot beslutet till förmån för eget yrkande."])
q("lookup", "när blir nya skolan i rimforsa klar?",
  "Andra etappen av Rimforsa skola ska stå klar i augusti 2026.",
  [], [KT], ["När skolan står klar i augusti 2026"])
q("lookup", "När uppdaterades Kinda kommuns sida om ekonomi och finansiell information senast?",
  "Sidan uppdaterades senast den 12 maj 2025 (publicerad 30 april 2025).",
  [], [KH], ["Senast uppdaterad: 12 maj 2025"])

# ------------------------------------------------------------------ text_amount (5)
q("text_amount", "hur mkt pengar har ovanåker satt av till feriearbete sommaren 2025",
  "Ovanåker avsätter 700 000 kronor till feriearbeten för ungdomar sommaren 2025.",
  [N(700000, "kr")], [OB], ["avsätter också 700 000 kronor för feriearbeten till ungdomar sommaren 2025"])
q("text_amount", "Hur stort underskott räknade man med för socialnämnden 2024 när Ovanåkers budget för 2025 togs fram?",
  "Prognosen för 2024 visade att socialnämnden riskerade ett underskott på -6,3 miljoner kronor.",
  [N(-6.3, "mnkr")], [OB], ["Prognosen för 2024 visar att socialnämnden riskerar ett underskott på -6,3 miljoner kronor."])
q("text_amount", "hur mycket mer skatt får kinda in på skattehöjningen",
  "Skattehöjningen med 20 öre ger cirka 5,1 miljoner kronor i ökade skatteintäkter.",
  [N(5.1, "mnkr")], [KB], ["Höjningen ger cirka 5,1 miljoner kronor i ökade skatteintäkter"])
q("text_amount", "vad kostar paviljongerna som eleverna flyttar till medan rimforsa skola byggs?",
  "Paviljongerna hyrs för 1,9 miljoner kronor per år.",
  [N(1.9, "mnkr")], [KT], ["Paviljongerna hyrs för 1,9 miljoner kronor per år."])
q("text_amount", "Hur mycket kostade snöröjningen i Ovanåker i januari och februari 2025?",
  "Snöröjningen kostade 2,3 miljoner kronor under januari och februari 2025, 0,8 miljoner kronor mer än budgeterat.",
  [N(2.3, "mnkr")], [OD], ["kostnaderna för snöröjning under januari och februari 2025 uppgår till 2,3 miljoner kronor"])

# ------------------------------------------------------------------ multi_doc (5)
q("multi_doc", "Ovanåkers budget hade en prognos för årets resultat 2024. Vad blev det faktiska resultatet enligt årsredovisningen och hur stor är skillnaden?",
  "Prognosen i budgeten var 10,4 mnkr; utfallet enligt årsredovisningen blev 13,2 mnkr, dvs. 2,8 mnkr bättre.",
  [N(10.4, "mnkr"), N(13.2, "mnkr"), N(2.8, "mnkr")], [OB, OA],
  ["Årets resultat 8,5 10,4 14,9 16,4 20,0", "Årets resultat 8,5 13,2 10,0 3,2",
   "Mnkr Not Utfall 2023 Utfall 2024 Budget 2024 Avvikelse"])
q("multi_doc", "kinda budgeterade ett resultat för 2025, vad säger delårsrapporten nu om helåret jämfört med budgeten?",
  "Budgeten var 10,1 mnkr; delårsrapporten prognostiserar 7,4 mnkr, alltså 2,7 mnkr lägre än budget.",
  [N(10.1, "mnkr"), N(7.4, "mnkr"), N(-2.7, "mnkr")], [KB, KD],
  ["Årets resultat budgeteras till 10,1 miljoner kronor 2025.",
   "Prognosen för helåret är ett överskott på 7,4 miljoner kronor, vilket är 2,7 miljoner kronor lägre än budget."])
q("multi_doc", "vilken av kommunerna ovanåker och kinda har högst kommunalskatt 2025 och hur stor är skillnaden?",
  "Ovanåker har högst kommunalskatt: 22,64 kronor mot Kindas 22,15 kronor, en skillnad på 49 öre (0,49 kr).",
  [N(22.64, "kr"), N(22.15, "kr"), N(0.49, "kr")], [OH, KB],
  ["År 2025 betalar du 22,64 kronor i kommunalskatt för varje hundralapp du tjänar.",
   "Den kommunala skattesatsen för 2025 är 22,15 kronor, en höjning med 20 öre."])
q("multi_doc", "Vilken kommun hade högst soliditet 2024, Ovanåker eller Kinda?",
  "Kinda: soliditeten var 38,6 procent 2024 mot Ovanåkers 37,6 procent.",
  [N(38.6, "%"), N(37.6, "%")], [KH, OA],
  ["Soliditet, % | 41,5 | 39,8 | 38,6", "Soliditet, % 38,9 37,1 37,6"])
q("multi_doc", "ks i ovanåker ombudgeterar pengar till förskolan solrosen. hur mycket, och vad är förskolans totala budget 2025-2027 i investeringsbudgeten?",
  "Kommunstyrelsen föreslår att 2 150 tkr ombudgeteras från 2024 till 2025 för Förskolan Solrosen. I "
  "investeringsbudgeten är förskolan upptagen med totalt 46 000 tkr för 2025–2027.",
  [N(2150, "tkr"), N(46000, "tkr")], [OD, OB],
  ["Förskolan Solrosen, Alfta | 6 000 | 3 850 | 2 150",
   "Projekt | Budget 2024, tkr | Utfall 2024, tkr | Ombudgeteras till 2025, tkr",
   "Ny förskola i Alfta, Förskolan Solrosen 18 500 24 000 3 500 46 000"])

# ------------------------------------------------------------------ claim (5)
q("claim", "Stämmer det att Kindas budget klubbades med 19 röster mot 12?",
  "Ja. Kommunstyrelsens förslag fick 19 röster mot 12 för Socialdemokraternas förslag; 4 ledamöter avstod.",
  [N(19, "st"), N(12, "st")], [KP],
  ["Med 19 röster för kommunstyrelsens förslag mot 12 röster för Socialdemokraternas förslag"],
  verdict="supported")
q("claim", "Jag har hört att socialnämnden i Ovanåker gick back 6,3 miljoner 2024?",
  "Nej. Enligt årsredovisningen 2024 blev socialnämndens underskott 4,8 miljoner kronor. 6,3 miljoner var "
  "prognosen när budgeten togs fram.",
  [N(4.8, "mnkr")], [OA], ["Socialnämnden redovisar ett underskott på 4,8 miljoner kronor"],
  verdict="contradicted")
q("claim", "kinda höjer skatten med 20 öre till 22,15 kr nästa år, eller hur?",
  "Ja. Skattesatsen höjs med 20 öre till 22,15 kronor från 2025.",
  [N(22.15, "kr")], [KB], ["Skattesatsen höjs med 20 öre till 22,15 kronor per hundralapp från 2025."],
  verdict="supported")
q("claim", "Kinda kommun påstår att nya Rimforsa skola bara kostar 62 miljoner kronor totalt.",
  "Det stämmer inte. Den totala projektkostnaden för etapp 2 beräknas till 112 miljoner kronor "
  "(62 mnkr är tidigare beslutade medel).",
  [N(112, "mnkr")], [KT], ["Den totala projektkostnaden för etapp 2 beräknas till 112 miljoner kronor."],
  verdict="contradicted")
q("claim", "Stämmer det att Kinda kommun ska sälja sitt kommunala bostadsbolag för att klara budgeten?",
  "Dokumenten säger ingenting om någon försäljning av ett bostadsbolag.",
  [], [], [], refused=True, verdict="not_found")

# ------------------------------------------------------------------ unanswerable (5)
q("unanswerable", "vad är kindas budgeterade resultat för 2028?",
  "Budgeten sträcker sig bara till plan 2027 (16,0 mnkr); något resultat för 2028 anges inte.",
  refused=True)
q("unanswerable", "Hur stor budget har kultur- och fritidsnämnden i Ovanåker 2025?",
  "Ovanåkers driftbudget har ingen kultur- och fritidsnämnd; någon sådan budget anges inte.",
  refused=True)
q("unanswerable", "hur många ledamöter i ks ovanåker röstade för motionen om gratis buss för pensionärer?",
  "Protokollet redovisar ingen omröstning med röstsiffror, bara att ordföranden fann att styrelsen beslutat "
  "enligt avslagsyrkandet.",
  refused=True)
q("unanswerable", "vad var nettokostnaden för förskolan i kinda 2024?",
  "Dokumenten anger bara förskolans budget för 2025, inte nettokostnaden 2024.",
  refused=True)
q("unanswerable", "hur många kronor per hundralapp går till äldreomsorgen och hur mycket till LSS var för sig i ovanåker?",
  "Sidan redovisar bara de två tillsammans (31 kronor); uppdelningen anges inte.",
  refused=True)

# ------------------------------------------------------------------ multi_part (4)
q("multi_part", "Hur stor är Kindas investeringsbudget 2025 och vilket projekt är störst?",
  "Investeringsbudgeten 2025 är 68,5 mnkr. Största projektet är Rimforsa skola, etapp 2, med 28,0 mnkr 2025.",
  [N(68.5, "mnkr"), N(28.0, "mnkr")], [KB],
  ["Investeringsbudgeten för 2025 omfattar 68,5 miljoner kronor.",
   "Rimforsa skola, etapp 2 BUN 62,0 28,0 22,0 0,0 50,0"])
q("multi_part", "hur många tillsvidareanställda hade ovanåker i slutet av 2024 och hur hög var sjukfrånvaron?",
  "Ovanåker hade 1 046 tillsvidareanställda den 31 december 2024 och sjukfrånvaron var 6,8 procent.",
  [N(1046, "st"), N(6.8, "%")], [OA],
  ["Antal tillsvidareanställda 1 071 1 058 1 046", "Sjukfrånvaro, % 7,9 7,2 6,8", "Nyckeltal personal 2022 2023 2024"])
q("multi_part", "hur många bodde i kinda 30 juni 2025, och hur mycket hade kommunen investerat jan-aug?",
  "Kinda hade 9 921 invånare den 30 juni 2025. Nettoinvesteringarna under januari–augusti var 31,6 mnkr.",
  [N(9921, "st"), N(31.6, "mnkr")], [KD],
  ["Den 30 juni 2025 hade Kinda kommun 9 921 invånare",
   "Nettoinvesteringarna uppgick till 31,6 miljoner kronor under perioden."])
q("multi_part", "vad blev ovanåkers resultat 2024 och hur många ungdomar tror kommunen tar feriejobb i sommar?",
  "Resultatet 2024 blev ett överskott på 13,2 miljoner kronor. Kommunen räknar med att cirka 140 ungdomar "
  "tackar ja till feriearbete.",
  [N(13.2, "mnkr"), N(140, "st")], [OM],
  ["Ovanåkers kommun gick med ett överskott på 13,2 miljoner kronor 2024.",
   "räknar med att cirka 140 ungdomar tackar ja"])

# ------------------------------------------------------------------ followup (4)
q("followup", "och hur mycket är det i procent jämfört med 2024?",
  "Barn- och utbildningsnämndens budget ökar med 12,7 mnkr, eller 3,6 procent, från 356,2 till 368,9 mnkr.",
  [N(3.6, "%")], [OB], ["Barn- och utbildningsnämnden 356,2 368,9 12,7 3,6 32 704", OB_DRIFT_HEAD],
  history=["vad har barn- och utbildningsnämnden i ovanåker för budget 2025?"])
q("followup", "och i plan 2027 då?",
  "Kommunstyrelsens ram i plan 2027 är 107 200 tkr.",
  [N(107200, "tkr")], [KB], ["Kommunstyrelsen 98 640 102 300 104 900 107 200", KB_DRIFT_HEAD, "2024 2025 2026 2027"],
  history=["Hur stor är driftbudgeten för kommunstyrelsen i Kinda 2025?"])
q("followup", "vad var det 2024?",
  "Avgiften per kubikmeter var 38,50 kronor 2024 (41,20 kr 2025).",
  [N(38.50, "kr")], [KP], ["Avgift per kubikmeter, kr/m³ | 38,50 | 41,20 | 7,0", KP_VA_HEAD],
  history=["vad kostar vattnet per kubik i kinda 2025?"])
q("followup", "och hur mycket blir det i kronor för nån som tjänar 30 000 i månaden?",
  "För en person med 30 000 kronor i månadslön går cirka 1 280 kronor per månad till grundskolan.",
  [N(1280, "kr")], [OH], ["cirka 1 280 kronor till grundskolan"],
  history=["hur mycket av skatten går till grundskolan i ovanåker?"])

# ------------------------------------------------------------------ english (4)
q("english", "What is Ovanåker's total investment budget for 2025?",
  "Ovanåker's investment budget (Investeringsbudget) for 2025 totals 66,700 tkr, i.e. SEK 66.7 million.",
  [N(66700, "tkr")], [OB], ["Totalt investeringar 66 700 74 400 42 600 183 700", OB_INV_HEAD],
  language="en")
q("english", "According to the delårsrapport, what full-year result does Kinda forecast for 2025?",
  "Kinda forecasts a full-year surplus of SEK 7.4 million for 2025, 2.7 million below budget.",
  [N(7.4, "mnkr")], [KD], ["Prognosen för helåret är ett överskott på 7,4 miljoner kronor"], language="en")
q("english", "What was Kinda municipality's låneskuld at the end of 2024?",
  "Kinda's loan debt (låneskuld) was SEK 265.0 million in 2024.",
  [N(265.0, "mnkr")], [KH], ["Låneskuld, mnkr | 215,0 | 245,0 | 265,0", "Nyckeltal | 2022 | 2023 | 2024"],
  language="en")
q("english", "How does Ovanåker's net cost per inhabitant for äldreomsorg in 2024 compare with the national average (riket)?",
  "In 2024 Ovanåker spent 26,950 kr per inhabitant on äldreomsorg versus 21,880 kr for the country as a whole, "
  "23.2 % above the national average.",
  [N(26950, "kr"), N(21880, "kr"), N(23.2, "%")], [OX],
  ["Äldreomsorg | 25870 | 21040 | 26950 | 21880 | 23,2",
   "Verksamhet | Ovanåker 2023 | Riket 2023 | Ovanåker 2024 | Riket 2024 | Avvikelse mot riket 2024, %"],
  language="en")

QUESTIONS = []
for i, item in enumerate(_Q, 1):
    QUESTIONS.append({"id": f"md30-{i:03d}", "corpus": CORPUS, **item})
