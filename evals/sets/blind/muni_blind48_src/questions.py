"""Writes ../muni_blind48.jsonl (the question set). Run: python questions.py"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "muni_blind48.jsonl")
C = "evals/corpora/blind-muni48"
K = C + "/kalix/"
H = C + "/hoganas/"
KB = K + "kalix-budget-2025-plan-2026-2027.pdf"
KA = K + "kalix-arsredovisning-2024.pdf"
KH = K + "sa-anvands-din-skatt.html"
KD = K + "ks-protokoll-2025-03-17.docx"
KX = K + "kalix-statistik-befolkning-nettokostnad.xlsx"
KP = K + "pressmeddelande-forskola-nyborg.md"
HB = H + "hoganas-mal-och-budget-2025-2027.pdf"
HD = H + "hoganas-delarsrapport-jan-aug-2024.pdf"
HH = H + "ekonomi-och-nyckeltal.html"
HK = H + "kf-protokoll-2024-11-18.docx"
HX = H + "driftredovisning-och-personal-2024.xlsx"
HP = H + "pressmeddelande-skattesankning-2025.txt"

KB_HDR = "Budget 2025 Plan 2026 Plan 2027"
KB_DRIFT_HDR = "Nämnd Budget 2024 Budget 2025 Förändring Förändring % Plan 2026 Plan 2027"
KB_INV_HDR = "Projekt Budget 2025 Plan 2026 Plan 2027"
HB_DRIFT_HDR = "Nämnd Budget Budget Förändring Förändring Plan Plan 2024 2025 tkr % 2026 2027"
HB_INV_HDR = "Projekt Budget Plan Plan Totalt 2025 2026 2027 2025–2027"
HB_RB_HDR = "Bokslut Budget Budget Plan Plan 2023 2024 2025 2026 2027"
HX_P_HDR = "År | Tillsvidareanställda | Visstidsanställda | Sjukfrånvaro, % | Medelålder, år"
HK_HDR = "Bolag | Nuvarande borgensram, mnkr | Föreslagen borgensram 2025, mnkr | Utnyttjad borgen 2024-10-31, mnkr"
KD_HDR = "Projekt | Budget 2024, tkr | Utfall 2024, tkr | Ombudgeteras till 2025, tkr"
KX_HDR = "År | Totalt | 0–5 år | 6–15 år | 16–19 år | 20–64 år | 65–79 år | 80 år och äldre"


def n(v, u):
    return {"value": v, "unit": u}


Q = []


def q(cat, question, answer, numbers, docs, quotes, lang="sv", history=None, refused=False, verdict=None):
    Q.append({"category": cat, "language": lang, "question": question, "history": history or [],
              "gold": {"answer": answer, "numbers": numbers, "docs": docs, "quotes": quotes,
                       "refused": refused, "verdict": verdict}})


# ---------------- table_lookup (9) ----------------
q("table_lookup", "vad är kalix budgeterade skatteintäkter för 2026?",
  "Enligt resultatbudgeten är skatteintäkterna i plan 2026 958,2 mnkr.",
  [n(958.2, "mnkr")], [KB], ["Skatteintäkter 4 862,7 898,4 931,6 958,2 987,9", KB_HDR])
q("table_lookup", "hur mycket får omsorgsnämnden i höganäs i budget 2025",
  "Omsorgsnämnden har en ram (nettokostnad) på 735 900 tkr i budget 2025.",
  [n(735900, "tkr")], [HB], ["Omsorgsnämnden 702 800 735 900 33 100 4,7 761 200 789 400", HB_DRIFT_HDR])
q("table_lookup", "Vad kostar nya förskolan i Väsby totalt under 2025-2027 enligt Höganäs investeringsbudget?",
  "Ny förskola Väsby har totalt 60,0 mnkr för 2025–2027 (8,0 mnkr 2025, 30,0 mnkr 2026 och 22,0 mnkr 2027).",
  [n(60.0, "mnkr")], [HB], ["Ny förskola Väsby 8,0 30,0 22,0 60,0", HB_INV_HDR])
q("table_lookup", "vad blev utfallet för barn och utbildningsnämnden i kalix 2024",
  "Barn- och utbildningsnämndens nettokostnad blev 415,9 mnkr 2024, mot en budget på 412,7 mnkr (underskott 3,2 mnkr).",
  [n(415.9, "mnkr")], [KA], ["Barn- och utbildningsnämnden 412,7 415,9 – 3,2", "Nämnd Budget 2024 Utfall 2024 Avvikelse"])
q("table_lookup", "Vilken prognos hade kommunstyrelsen i Höganäs för helåret 2024 i delårsrapporten?",
  "Kommunstyrelsen prognostiserade en nettokostnad på 158,7 mnkr för 2024, 2,5 mnkr under budget (161,2 mnkr).",
  [n(158.7, "mnkr")], [HD], ["Kommunstyrelsen 161,2 158,7 2,5", "Nämnd Budget 2024 Prognos 2024 Avvikelse"])
q("table_lookup", "hur många kronor av varje hundralapp i skatt går till äldreomsorgen i kalix?",
  "24,10 kronor av varje 100 kronor i kommunalskatt går till äldreomsorgen.",
  [n(24.10, "kr")], [KH], ["Äldreomsorg | 24,10", "Verksamhet | Kronor av 100 kr"])
q("table_lookup", "hur mkt pengar ombudgeteras till gc-vägen på strandgatan i kalix",
  "4 360 tkr ombudgeteras från 2024 till 2025 för gång- och cykelvägen Strandgatan (budget 6 200 tkr, utfall 1 840 tkr).",
  [n(4360, "tkr")], [KD], ["Gång- och cykelväg Strandgatan | 6 200 | 1 840 | 4 360", KD_HDR])
q("table_lookup", "Hur många invånare i Kalix var 80 år eller äldre 2024?",
  "Den 31 december 2024 hade Kalix 1 162 invånare som var 80 år och äldre.",
  [n(1162, "st")], [KX], ["2024 | 15861 | 768 | 1633 | 651 | 8298 | 3349 | 1162", KX_HDR])
q("table_lookup", "sjukfrånvaron bland höganäs kommuns anställda 2021?",
  "Sjukfrånvaron var 7,9 procent 2021.",
  [n(7.9, "%")], [HX], ["2021 | 2201 | 298 | 7,9 | 45", HX_P_HDR])

# ---------------- calculation (9) ----------------
q("calculation", "hur mycket ökar socialnämndens ram i kalix från budget 2025 till plan 2027?",
  "Socialnämnden har 487,5 mnkr i budget 2025 och 511,4 mnkr i plan 2027, en ökning med 23,9 mnkr.",
  [n(23.9, "mnkr")], [KB], ["Socialnämnden 468,2 487,5 19,3 4,1 499,8 511,4 30 757", KB_DRIFT_HDR])
q("calculation", "Hur stor andel av nämndernas samlade budget 2025 i Höganäs går till Bildningsnämnden?",
  "Bildningsnämnden har 812 600 tkr av totalt 1 878 600 tkr för nämnderna, vilket är cirka 43,3 procent.",
  [n(43.3, "%")], [HB], ["Bildningsnämnden 789 300 812 600 23 300 3,0 834 000 856 500",
                         "Summa nämnder 1 809 200 1 878 600 69 400 3,8 1 932 400 1 989 800"])
q("calculation", "med hur många miljoner ökade verksamhetens nettokostnad i kalix mellan 2023 och 2024",
  "Nettokostnaden ökade från 1 138,5 mnkr 2023 till 1 190,5 mnkr 2024, dvs. med 52,0 mnkr.",
  [n(52.0, "mnkr")], [KA], ["Verksamhetens nettokostnad – 1 187,3 – 1 190,5 – 1 138,5 – 3,2",
                            "Not Budget Utfall Utfall Avvikelse", "2024 2024 2023 mot budget"])
q("calculation", "Hur mycket skiljde periodens resultat i Höganäs jan–aug 2024 mot samma period 2023?",
  "Periodens resultat var 41,8 mnkr jan–aug 2024 mot 42,4 mnkr jan–aug 2023, alltså 0,6 mnkr lägre.",
  [n(-0.6, "mnkr")], [HD], ["Periodens/årets resultat 41,8 42,4 9,6 14,2", "jan–aug 2024 jan–aug 2023 2024 2024"])
q("calculation", "hur mycket har befolkningen i kalix minskat sen 2019, i antal och procent?",
  "Från 16 184 invånare 2019 till 15 861 2024: en minskning med 323 personer, cirka 2,0 procent.",
  [n(323, "st"), n(2.0, "%")], [KX], ["2019 | 16184 | 842 | 1712 | 661 | 8639 | 3318 | 1012",
                                       "2024 | 15861 | 768 | 1633 | 651 | 8298 | 3349 | 1162", KX_HDR])
q("calculation", "Vad var den genomsnittliga sjukfrånvaron i Höganäs kommun 2020–2024?",
  "Genomsnittet av 7,4, 7,9, 7,1, 6,6 och 6,3 procent är 7,06 procent (cirka 7,1 procent).",
  [n(7.06, "%")], [HX], ["2020 | 2184 | 312 | 7,4 | 45,1", "2021 | 2201 | 298 | 7,9 | 45",
                          "2022 | 2236 | 305 | 7,1 | 44,8", "2023 | 2258 | 291 | 6,6 | 44,9",
                          "2024 | 2279 | 284 | 6,3 | 44,7", HX_P_HDR])
q("calculation", "hur många procent har höganäs låneskuld ökat från 2022 till 2024",
  "Låneskulden ökade från 1 080 mnkr 2022 till 1 240 mnkr 2024, dvs. 160 mnkr eller cirka 14,8 procent.",
  [n(160, "mnkr"), n(14.8, "%")], [HH], ["Låneskuld, mnkr | 1 080 | 1 170 | 1 240", "Nyckeltal | 2022 | 2023 | 2024"])
q("calculation", "Hur stor andel av budgeten för de fyra ombudgeterade projekten förbrukades 2024 i Kalix?",
  "Utfallet blev 26 060 tkr av en budget på 38 500 tkr, alltså cirka 67,7 procent.",
  [n(67.7, "%")], [KD], ["Summa | 38 500 | 26 060 | 12 440", KD_HDR])
q("calculation", "hur mycket höjs borgensramen för höganäshem, i procent?",
  "Borgensramen för AB Höganäshem höjs från 950 till 1 050 mnkr, dvs. med 100 mnkr eller cirka 10,5 procent.",
  [n(100, "mnkr"), n(10.5, "%")], [HK], ["AB Höganäshem | 950 | 1 050 | 912", HK_HDR])

# ---------------- lookup (5) ----------------
q("lookup", "vem är kommunstyrelsens ordförande i kalix och vilket parti?",
  "Annika Strömbäck (S) är kommunstyrelsens ordförande.",
  [], [KB], ["Annika Strömbäck (S)", "Kommunstyrelsens ordförande"])
q("lookup", "Vem reserverade sig mot beslutet om motionen om laddplatser i Höganäs fullmäktige?",
  "Ingrid Persson (C) reserverade sig till förmån för bifall till motionen; fullmäktige ansåg motionen besvarad.",
  [], [HK], ["Ingrid Persson (C) reserverar sig mot beslutet till förmån för bifall till motionen.",
             "Kommunfullmäktige beslutar att anse motionen besvarad."])
q("lookup", "vilket företag ska bygga den nya förskolan i nyborg?",
  "Norrbottens Byggpartner AB, efter en offentlig upphandling med fem anbud.",
  [], [KP], ["Entreprenör: Norrbottens Byggpartner AB efter offentlig upphandling med fem anbud."])
q("lookup", "Vilken räddningstjänst ingår Höganäs i?",
  "Räddningstjänsten bedrivs i samverkan med grannkommunerna inom Räddningstjänsten Nordvästra Skåne; kommunstyrelsen ansvarar.",
  [], [HB], ["Kommunstyrelsen ansvarar även för räddningstjänsten, som bedrivs i samverkan med grannkommunerna inom Räddningstjänsten Nordvästra Skåne."])
q("lookup", "när vann detaljplanen för tornlyckan etapp 3 laga kraft",
  "Detaljplanen för Tornlyckan etapp 3 vann laga kraft i juni 2024.",
  [], [HD], ["Detaljplanen för Tornlyckan etapp 3 vann laga kraft i juni."])

# ---------------- text_amount (5) ----------------
q("text_amount", "hur mycket sparar kalix på att minska öppettiderna på biblioteken i töre och sangis",
  "Besparingen är 700 000 kronor.",
  [n(700000, "kr")], [KB], ["Kultur- och fritidsnämnden minskar öppettiderna på biblioteksfilialerna i Töre och Sangis, vilket sparar 700 000 kronor."])
q("text_amount", "Vad kostade den nya räddningsstationen i Töre?",
  "Räddningsstationen i Töre kostade 18,4 miljoner kronor och togs i bruk i maj 2024.",
  [n(18.4, "mnkr")], [KA], ["Räddningsstationen i Töre togs i bruk i maj till en kostnad av 18,4 miljoner kronor."])
q("text_amount", "hur mycket tappar höganäs i skatteintäkter på skattesänkningen?",
  "Sänkningen med 10 öre motsvarar cirka 7,4 miljoner kronor i minskade skatteintäkter.",
  [n(7.4, "mnkr")], [HB], ["En sänkning med 10 öre motsvarar cirka 7,4 miljoner kronor i minskade skatteintäkter."])
q("text_amount", "om jag tjänar 35 000 i månaden hur mycket mer får jag över per år med höganäs skattesänkning",
  "Ungefär 420 kronor mer per år.",
  [n(420, "kr")], [HP], ["För en person med en månadslön på 35 000 kronor innebär sänkningen ungefär 420 kronor mer i plånboken per år."])
q("text_amount", "hur mkt betalar man i kommunalskatt till kalix om man tjänar 30000 i månaden",
  "Ungefär 6 880 kronor i månaden.",
  [n(6880, "kr")], [KH], ["En person som tjänar 30 000 kronor i månaden betalar ungefär 6 880 kronor i månaden i kommunalskatt till Kalix kommun."])

# ---------------- multi_doc (5) ----------------
q("multi_doc", "vilken av kommunerna har högst kommunalskatt 2025, kalix eller höganäs?",
  "Kalix: 22,94 kronor (oförändrad) mot Höganäs 22,19 kronor (sänkt från 22,29). Kalix har högst skattesats, 0,75 kronor högre.",
  [n(22.94, "kr"), n(22.19, "kr")], [KB, HB],
  ["Kommunfullmäktige beslutar att den kommunala skattesatsen för 2025 ska vara oförändrad, 22,94 kronor per skattekrona.",
   "Kommunalskatten sänks från 22,29 kronor till 22,19 kronor per skattekrona 2025."])
q("multi_doc", "Vilken kommun budgeterar det högsta resultatet för 2025, Kalix eller Höganäs, och hur stor är skillnaden?",
  "Höganäs budgeterar 23,4 mnkr och Kalix 20,4 mnkr; Höganäs ligger 3,0 mnkr högre.",
  [n(23.4, "mnkr"), n(20.4, "mnkr"), n(3.0, "mnkr")], [KB, HB],
  ["Årets resultat 27,9 18,1 20,4 21,3 24,9", "Årets resultat 33,1 9,6 23,4 29,2 37,4"])
q("multi_doc", "hur mycket pengar finns det sammanlagt för förskolan i nyborg 2025 om man räknar in det som ombudgeterades från 2024?",
  "Budget 2025 är 38,0 mnkr och 5 580 tkr ombudgeterades från 2024, totalt cirka 43,58 mnkr för 2025.",
  [n(38.0, "mnkr"), n(5580, "tkr"), n(43.58, "mnkr")], [KB, KD],
  ["Ny förskola i Nyborg 38,0 12,0 0,0 50,0", "Ny förskola i Nyborg | 15 000 | 9 420 | 5 580"])
q("multi_doc", "Hur mycket bättre blev Höganäs resultat 2024 jämfört med prognosen i delårsrapporten?",
  "Delårsrapporten prognostiserade 14,2 mnkr; utfallet blev 18,9 mnkr, alltså 4,7 mnkr bättre.",
  [n(14.2, "mnkr"), n(18.9, "mnkr"), n(4.7, "mnkr")], [HD, HH],
  ["Prognosen för helåret 2024 är ett resultat på 14,2 miljoner kronor, vilket är 4,6 miljoner kronor bättre än budget.",
   "Årets resultat 2024 blev 18,9 miljoner kronor, vilket är 4,7 miljoner kronor bättre än prognosen i delårsrapporten"])
q("multi_doc", "vilken kommun hade flest tillsvidareanställda i slutet av 2024, kalix eller höganäs?",
  "Höganäs hade 2 279 tillsvidareanställda och Kalix 1 371, alltså 908 fler i Höganäs.",
  [n(2279, "st"), n(1371, "st"), n(908, "st")], [KA, HX],
  ["Antalet tillsvidareanställda var 1 371 den 31 december 2024.", "2024 | 2279 | 284 | 6,3 | 44,7", HX_P_HDR])

# ---------------- claim (5) ----------------
q("claim", "Stämmer det att socialnämnden i Kalix gick 14,4 miljoner back 2024?",
  "Ja. Socialnämnden redovisar ett underskott på 14,4 miljoner kronor mot budget 2024, det största av nämnderna.",
  [n(14.4, "mnkr")], [KA], ["Socialnämnden redovisar det största underskottet, 14,4 miljoner kronor."], verdict="supported")
q("claim", "Höganäs budget för 2025 klubbades med 27 röster mot 18, eller hur?",
  "Nej. Fullmäktige beslutade med 26 röster för kommunstyrelsens förslag mot 19 för Socialdemokraternas förslag.",
  [n(26, "st"), n(19, "st")], [HK],
  ["Kommunfullmäktige beslutar med 26 röster för kommunstyrelsens förslag mot 19 röster för Socialdemokraternas förslag att bifalla kommunstyrelsens förslag."],
  verdict="contradicted")
q("claim", "Kalix lägger 55 miljoner kronor på ombyggnaden av simhallen 2025–2027?",
  "Nej. Simhallens ombyggnad har 45,0 mnkr för 2025–2027 (6,0 + 24,0 + 15,0 mnkr).",
  [n(45.0, "mnkr")], [KB], ["Simhallen, ombyggnad 6,0 24,0 15,0 45,0", KB_INV_HDR], verdict="contradicted")
q("claim", "Jag har hört att Höganäs låneskuld per invånare var över 45 000 kronor 2024.",
  "Det stämmer: låneskulden per invånare var 45 196 kronor 2024.",
  [n(45196, "kr")], [HH], ["Låneskuld per invånare, kr | 39 845 | 42 860 | 45 196", "Nyckeltal | 2022 | 2023 | 2024"],
  verdict="supported")
q("claim", "En lokalpolitiker påstår att Höganäs höjer avgifterna i äldreomsorgen med 5 procent 2025. Stämmer det?",
  "Dokumenten säger inget om höjda avgifter i äldreomsorgen i Höganäs 2025, så påståendet kan inte bekräftas.",
  [], [], [], refused=True, verdict="not_found")

# ---------------- unanswerable (5) ----------------
q("unanswerable", "vad är kalix budgeterade resultat för 2028?",
  "Budgeten sträcker sig bara till plan 2027; något resultat för 2028 anges inte.",
  [], [], [], refused=True)
q("unanswerable", "Hur mycket får räddningstjänsten i Höganäs i budget 2025?",
  "Räddningstjänsten ingår i kommunstyrelsens ansvar, men någon separat budget för den anges inte.",
  [], [], [], refused=True)
q("unanswerable", "hur många elever går på manhemsskolan i kalix",
  "Dokumenten anger inte antalet elever på Manhemsskolan, bara att skolan ska renoveras.",
  [], [], [], refused=True)
q("unanswerable", "Vad var sjukfrånvaron i Höganäs kommun 2019?",
  "Personalstatistiken börjar 2020; sjukfrånvaron för 2019 anges inte.",
  [], [], [], refused=True)
q("unanswerable", "vad kommer nya trygghetsboendet i centrala kalix att kosta?",
  "Det framgår att ett trygghetsboende med 24 lägenheter planeras tillsammans med Kalixbo AB, men ingen kostnad anges.",
  [], [], [], refused=True)

# ---------------- multi_part (4) ----------------
q("multi_part", "vad skulle gratis kollektivtrafik för personer över 75 kosta i kalix och hur röstade ks?",
  "Kostnaden beräknas till 1,1 miljoner kronor per år. Kommunstyrelsen avslog motionen med 7 röster mot 4.",
  [n(1.1, "mnkr"), n(7, "st"), n(4, "st")], [KD],
  ["Kostnaden beräknas till 1,1 miljoner kronor per år.",
   "Med 7 röster för avslag mot 4 röster för bifall beslutar kommunstyrelsen att avslå motionen."])
q("multi_part", "Hur stor är Höganäs investeringsbudget 2025 och vilket är det största projektet det året?",
  "Investeringarna uppgår till 163,2 mnkr 2025. Största projektet är tillbyggnaden av Tornlyckeskolan med 42,0 mnkr.",
  [n(163.2, "mnkr"), n(42.0, "mnkr")], [HB],
  ["Totalt investeringar 163,2 170,8 102,3 436,3", "Tornlyckeskolan, tillbyggnad 42,0 35,0 0,0 77,0", HB_INV_HDR])
q("multi_part", "vad blev kalix nettoinvesteringar 2024 och hur mycket under budget hamnade de?",
  "Nettoinvesteringarna blev 97,6 mnkr, vilket är 31,2 mnkr lägre än budget.",
  [n(97.6, "mnkr"), n(31.2, "mnkr")], [KA],
  ["Nettoinvesteringarna uppgick till 97,6 miljoner kronor, vilket är 31,2 miljoner kronor lägre än budget."])
q("multi_part", "Vad blir Höganäshems nya borgensram och varför höjs den?",
  "Den föreslagna borgensramen för 2025 är 1 050 mnkr (från 950 mnkr). Höjningen beror på nyproduktion av 86 lägenheter i Tornlyckan.",
  [n(1050, "mnkr")], [HK],
  ["AB Höganäshem | 950 | 1 050 | 912", HK_HDR,
   "Höjningen för AB Höganäshem beror på nyproduktion av 86 lägenheter i Tornlyckan."])

# ---------------- followup (4) ----------------
q("followup", "och 2027 då?",
  "För plan 2027 är årets resultat 24,9 mnkr.",
  [n(24.9, "mnkr")], [KB], ["Årets resultat 27,9 18,1 20,4 21,3 24,9", KB_HDR],
  history=["vad är kalix budgeterade resultat 2025?"])
q("followup", "och hur mkt mer är det än 2024?",
  "Bildningsnämnden får 812 600 tkr 2025 mot 789 300 tkr 2024, en ökning med 23 300 tkr (3,0 procent).",
  [n(23300, "tkr"), n(3.0, "%")], [HB], ["Bildningsnämnden 789 300 812 600 23 300 3,0 834 000 856 500", HB_DRIFT_HDR],
  history=["Hur mycket får Bildningsnämnden i Höganäs 2025?"])
q("followup", "hur mycket över budget var det?",
  "Kostnaderna för externa placeringar (38,2 mnkr) blev 12,6 miljoner kronor högre än budgeterat.",
  [n(12.6, "mnkr")], [KA],
  ["Kostnaderna för externa placeringar inom individ- och familjeomsorgen uppgick till 38,2 miljoner kronor, vilket är 12,6 miljoner kronor mer än budgeterat."],
  history=["vad kostade externa placeringar inom ifo i kalix 2024?"])
q("followup", "och 2022?",
  "Den 31 december 2022 hade Höganäs 27 105 invånare.",
  [n(27105, "st")], [HH], ["Antal invånare 31 december | 27 105 | 27 298 | 27 436", "Nyckeltal | 2022 | 2023 | 2024"],
  history=["hur många invånare hade höganäs 2024?"])

# ---------------- english (4) ----------------
q("english", "What is the total investment budget for 2025 in Kalix, and how much of it is taxefinansierad?",
  "The 2025 investment budget totals 123.3 mnkr, of which 21.5 mnkr is for the tax-financed (taxefinansierad) activities: water, sewage and waste.",
  [n(123.3, "mnkr"), n(21.5, "mnkr")], [KB],
  ["Investeringsbudgeten för 2025 uppgår till sammanlagt 123,3 miljoner kronor, varav 21,5 miljoner kronor avser den taxefinansierade verksamheten."],
  lang="en")
q("english", "How many inhabitants did Höganäs have on 31 December 2024?",
  "Höganäs had 27,436 inhabitants on 31 December 2024.",
  [n(27436, "st")], [HH], ["Antal invånare 31 december | 27 105 | 27 298 | 27 436", "Nyckeltal | 2022 | 2023 | 2024"],
  lang="en")
q("english", "What did Kalix kommunstyrelse decide about the medborgarförslag for an outdoor gym in Töre, and what would it cost?",
  "The municipal executive board proposed that the council approve the proposal; the cost is estimated at 350,000 kronor, to fit within other reinvestments in 2025.",
  [n(350000, "kr")], [KD],
  ["Kultur- och fritidsförvaltningen bedömer kostnaden till 350 000 kronor och att det kan rymmas inom ramen för övriga reinvesteringar 2025.",
   "Kommunstyrelsen föreslår kommunfullmäktige att bifalla medborgarförslaget."], lang="en")
q("english", "In Höganäs' delårsrapport for January–August 2024, how large a deficit did Omsorgsnämnden forecast for the year?",
  "Omsorgsnämnden forecast a deficit of 8.7 mnkr (forecast 711.5 mnkr against a budget of 702.8 mnkr), the largest of the committees.",
  [n(8.7, "mnkr")], [HD], ["Omsorgsnämnden 702,8 711,5 –8,7", "Nämnd Budget 2024 Prognos 2024 Avvikelse"], lang="en")

with open(OUT, "w", encoding="utf-8") as f:
    for i, item in enumerate(Q, 1):
        rec = {"id": f"mb48-{i:03d}", "corpus": C}
        rec.update(item)
        rec = {k: rec[k] for k in ["id", "corpus", "category", "language", "question", "history", "gold"]}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print(len(Q), "questions written")
