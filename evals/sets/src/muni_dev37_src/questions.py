"""Write evals/sets/dev/muni_dev37.jsonl (gold taken from the generated documents)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
OUT = os.path.join(ROOT, "evals", "sets", "dev", "muni_dev37.jsonl")
C = "evals/corpora/dev-muni37"
HB = f"{C}/hylte/mal-och-budget-2025-2027.pdf"
HA = f"{C}/hylte/arsredovisning-2024.pdf"
HH = f"{C}/hylte/sa-anvands-din-skatt.html"
HD = f"{C}/hylte/protokoll-ks-2025-03-11.docx"
HX = f"{C}/hylte/befolkning-och-nyckeltal.xlsx"
HP = f"{C}/hylte/pressmeddelande-arsredovisning-2024.md"
SB = f"{C}/storfors/budget-och-plan-2025-2027.pdf"
SD = f"{C}/storfors/delarsrapport-jan-aug-2025.pdf"
SH = f"{C}/storfors/finansiell-information.html"
SK = f"{C}/storfors/protokoll-kf-2024-11-25.docx"
SX = f"{C}/storfors/driftbudget-per-verksamhet-2025.xlsx"
SP = f"{C}/storfors/pressmeddelande-delarsrapport-2025.txt"

HB_RB_HEAD = "Mnkr Not 2023 2024 2025 2026 2027"
HB_DR_HEAD = "Nämnd 2024 2025 mnkr % invånare 2026 2027"
HB_INV_HEAD = "Projekt Budget 2025 Plan 2026 Plan 2027 Totalt"
HX_HEAD = "År | Folkmängd 31 dec | Födda | Döda | Inflyttade | Utflyttade | Förändring"


def N(v, u):
    return {"value": v, "unit": u}


# (category, language, question, answer, numbers, docs, quotes, refused, verdict, history)
Q = [
    # ---------------- table_lookup (9) ----------------
    ("table_lookup", "sv", "hur mycket skatteintäkter räknar hylte med 2026?",
     "Enligt resultatbudgeten i Mål och budget 2025–2027 är skatteintäkterna för plan 2026 731,9 mnkr.",
     [N(731.9, "mnkr")], [HB], ["Skatteintäkter 3 652,3 679,8 706,4 731,9 757,2", HB_RB_HEAD], False, None, []),
    ("table_lookup", "sv", "Vad blir omsorgsnämndens budget 2025 i kronor per invånare i Hylte kommun?",
     "Omsorgsnämndens ram 2025 (389,5 mnkr) motsvarar 35 571 kr per invånare.",
     [N(35571, "kr")], [HB], ["Omsorgsnämnden 371,6 389,5 17,9 4,8 35 571 401,3 412,9", HB_DR_HEAD], False, None, []),
    ("table_lookup", "sv", "reservvattentäkten i landeryd, hur mkt är planerat för den 2026 i hyltes investeringsbudget",
     "Plan 2026 för Reservvattentäkt Landeryd är 7,5 mnkr (totalt 14,0 mnkr 2025–2027).",
     [N(7.5, "mnkr")], [HB], ["Reservvattentäkt Landeryd 2,5 7,5 4,0 14,0", HB_INV_HEAD], False, None, []),
    ("table_lookup", "sv", "Hur stora likvida medel har Storfors vid slutet av 2025 enligt kassaflödesbudgeten?",
     "Likvida medel vid årets slut 2025 budgeteras till 17 850 tkr.",
     [N(17850, "tkr")], [SB], ["Likvida medel vid årets slut 17 850 20 990 35 670", "Kassaflödesbudget (tkr)"], False, None, []),
    ("table_lookup", "sv", "vilken avvikelse mot budget har barn och utbildningsnämnden i storfors i delårsprognosen?",
     "Barn- och utbildningsnämnden prognostiserar 135 020 tkr mot budget 133 870 tkr, en avvikelse på -1 150 tkr (underskott).",
     [N(-1150, "tkr")], [SD], ["Barn- och utbildningsnämnden 133 870 135 020 – 1 150", "Nämnd Budget 2025 Prognos 2025 Avvikelse"], False, None, []),
    ("table_lookup", "sv", "hur många kronor av varje hundralapp i skatt går till förskolan i hylte",
     "9 kronor av varje 100 kronor i kommunalskatt går till förskola (nettokostnad 84,2 mnkr 2025).",
     [N(9, "kr")], [HH], ["Förskola | 9 | 84,2", "Verksamhet | Kronor av 100 | Nettokostnad 2025, mnkr"], False, None, []),
    ("table_lookup", "sv", "Hur stor besparing ingår i barn- och utbildningsnämndens ram 2025 enligt fullmäktiges beslut i Storfors?",
     "Enligt KF § 88 är ramen 133 870 tkr, varav besparing 1 200 tkr.",
     [N(1200, "tkr")], [SK], ["Barn- och utbildningsnämnden | 133 870 | 1 200", "Nämnd | Ram 2025, tkr | Varav besparing, tkr"], False, None, []),
    ("table_lookup", "sv", "hur många barn föddes i Hylte 2021?",
     "119 personer föddes i Hylte kommun 2021.",
     [N(119, "st")], [HX], ["2021 | 10745 | 119 | 128 | 688 | 546 | 133", HX_HEAD], False, None, []),
    ("table_lookup", "sv", "vad är storfors budgeterade nettokostnad för hemtjänsten 2025",
     "Hemtjänsten har en nettokostnad på 37 800 tkr 2025 (intäkter 3 400 tkr, kostnader 41 200 tkr).",
     [N(37800, "tkr")], [SX], ["Hemtjänst | 3400 | 41200 | 37800", "Verksamhet | Intäkter | Kostnader | Nettokostnad"], False, None, []),
    # ---------------- calculation (9) ----------------
    ("calculation", "sv", "Hur mycket högre är Hyltes budgeterade resultat 2027 jämfört med 2025?",
     "Årets resultat är 24,0 mnkr 2027 och 19,2 mnkr 2025, alltså 4,8 mnkr högre.",
     [N(4.8, "mnkr")], [HB], ["Årets resultat 17,2 12,1 19,2 20,9 24,0", HB_RB_HEAD], False, None, []),
    ("calculation", "sv", "hur stor andel av nämndernas budget 2025 i hylte går till barn- och ungdomsnämnden och omsorgsnämnden tillsammans?",
     "352,7 + 389,5 = 742,2 mnkr av summa nämnder 939,1 mnkr, alltså cirka 79,0 %.",
     [N(742.2, "mnkr"), N(79.0, "%")], [HB],
     ["Barn- och ungdomsnämnden 341,9 352,7 10,8 3,2 32 210 361,0 369,8",
      "Omsorgsnämnden 371,6 389,5 17,9 4,8 35 571 401,3 412,9",
      "Summa nämnder 902,1 939,1 37,0 4,1 85 763 965,0 989,5"], False, None, []),
    ("calculation", "sv", "Omsorgsnämnden i Hylte gick back 2024 – hur många procent av budgeten var underskottet?",
     "Underskottet var 10,8 mnkr av en budget på 371,6 mnkr, cirka 2,9 %.",
     [N(2.9, "%")], [HA], ["Omsorgsnämnden 371,6 382,4 -10,8", "Nämnd Budget 2024 Utfall 2024 Avvikelse"], False, None, []),
    ("calculation", "sv", "hur många procent ökar storfors skatteintäkter från budget 2024 till budget 2025?",
     "Från 196 800 tkr till 204 150 tkr, en ökning med 7 350 tkr eller cirka 3,7 %.",
     [N(3.7, "%")], [SB], ["Skatteintäkter 189 360 196 800 204 150 210 900 217 800", "Tkr Bokslut Budget Budget Plan Plan"], False, None, []),
    ("calculation", "sv", "Hur stor andel av Storfors investeringsbudget 2025 går till nya brandstationen?",
     "12 000 tkr av 31 400 tkr, cirka 38,2 %.",
     [N(38.2, "%")], [SB], ["Ny brandstation Storfors 12 000 8 000 0", "Summa investeringar 31 400 16 700 6 400"], False, None, []),
    ("calculation", "sv", "hur stor del av barn- och utbildningsnämndens nettokostnad i storfors är gymnasieskolan, i procent?",
     "Gymnasieskolan 32 300 tkr av nämndens 133 870 tkr, cirka 24,1 %.",
     [N(24.1, "%")], [SX], ["Gymnasieskola | 1200 | 33500 | 32300", "Summa barn- och utbildningsnämnden | 12500 | 146370 | 133870"], False, None, []),
    ("calculation", "sv", "hur mycket har hylte ökat i befolkning från 2018 till 2024",
     "Från 10 540 invånare 2018 till 10 938 invånare 2024, en ökning med 398 personer.",
     [N(398, "st")], [HX], ["2018 | 10540 | 112 | 131 | 612 | 549", "2024 | 10938 | 95 | 124 | 628 | 542 | 57"], False, None, []),
    ("calculation", "sv", "Vad var Storfors genomsnittliga årsresultat 2020–2024?",
     "(6,8 + 8,9 - 1,4 + 2,0 + 5,4) / 5 = 21,7 / 5 ≈ 4,34 mnkr per år.",
     [N(4.34, "mnkr")], [SH], ["Årets resultat, mnkr | 6,8 | 8,9 | -1,4 | 2,0 | 5,4", "Nyckeltal | 2020 | 2021 | 2022 | 2023 | 2024"], False, None, []),
    ("calculation", "sv", "hur stor andel av 2024 års budget för förskolan Örnen i Hylte användes egentligen?",
     "Utfall 14 000 tkr av budget 22 500 tkr, cirka 62,2 %.",
     [N(62.2, "%")], [HD], ["Ny förskola Örnen, Hyltebruk | 22 500 | 14 000 | 8 500",
                            "Projekt | Budget 2024, tkr | Utfall 2024, tkr | Föreslagen ombudgetering, tkr"], False, None, []),
    # ---------------- lookup (5) ----------------
    ("lookup", "sv", "vem är kommunstyrelsens ordförande i hylte",
     "Lena Sandberg (S) är kommunstyrelsens ordförande i Hylte.",
     [], [HB], ["Lena Sandberg (S)", "Kommunstyrelsens ordförande"], False, None, []),
    ("lookup", "sv", "Vilka partier reserverade sig mot skattehöjningen i Storfors?",
     "Moderaterna och Kristdemokraterna reserverade sig mot beslutet om skattesats för 2025 (KF § 87).",
     [], [SK], ["Reservation: Ledamöterna för Moderaterna och Kristdemokraterna reserverar sig mot beslutet."], False, None, []),
    ("lookup", "sv", "när öppnar det nya lss-boendet i landeryd?",
     "LSS-boendet i Landeryd öppnar hösten 2025.",
     [], [HB], ["i Landeryd som öppnar hösten 2025."], False, None, []),
    ("lookup", "sv", "var går gymnasieeleverna från storfors i skolan",
     "De flesta går i Karlskoga och Kristinehamn.",
     [], [SB], ["främst i Karlskoga och Kristinehamn."], False, None, []),
    ("lookup", "sv", "Vem är ekonomichef i Storfors kommun?",
     "Birgitta Lund är ekonomichef i Storfors.",
     [], [SP], ["Birgitta Lund, ekonomichef, tfn 0550-650 12"], False, None, []),
    # ---------------- text_amount (5) ----------------
    ("text_amount", "sv", "hur mycket extra får föreningarna i hylte 2025?",
     "Föreningslivet får ett tillfälligt förstärkt bidrag på 700 000 kronor under 2025.",
     [N(700000, "kr")], [HB], ["Föreningslivet får ett tillfälligt förstärkt bidrag på 700 000 kronor"], False, None, []),
    ("text_amount", "sv", "Hur mycket ska omsorgsnämnden i Hylte effektivisera 2025?",
     "Omsorgsnämnden ska effektivisera 6,1 miljoner kronor.",
     [N(6.1, "mnkr")], [HB], ["Omsorgsnämnden ska effektivisera 6,1 miljoner kronor"], False, None, []),
    ("text_amount", "sv", "storfors digital nattillsyn hur mycket pengar får vård och omsorg för det",
     "Vård- och omsorgsnämnden får ett tillfälligt bidrag på 800 000 kronor för digital nattillsyn.",
     [N(800000, "kr")], [SB], ["Nämnden får därutöver ett tillfälligt bidrag på 800 000 kronor för att införa digital nattillsyn."], False, None, []),
    ("text_amount", "sv", "Hur mycket satsar Storfors på att få sommarboende att flytta dit permanent?",
     "Kommunstyrelsen avsatte 250 000 kronor till projektet.",
     [N(250000, "kr")], [SP], ["Kommunstyrelsen beslutade också att avsätta 250 000 kronor till ett projekt för att locka fler"], False, None, []),
    ("text_amount", "sv", "hur stort var det extra statsbidraget till äldreomsorgen i hylte 2024",
     "Hylte fick ett extra statsbidrag för äldreomsorgen på 2,3 miljoner kronor.",
     [N(2.3, "mnkr")], [HP], ["Kommunen har under året också fått ett extra statsbidrag för äldreomsorgen på 2,3 miljoner kronor,"], False, None, []),
    # ---------------- claim (5) ----------------
    ("claim", "sv", "Stämmer det att Storfors höjde kommunalskatten till 22,71 kronor för 2025?",
     "Ja. Fullmäktige fastställde skattesatsen för 2025 till 22,71 kronor (höjning med 0,30 kr från 22,41).",
     [N(22.71, "kr")], [SK], ["Beslut: Kommunfullmäktige fastställer skattesatsen för 2025 till 22,71 kronor."], False, "supported", []),
    ("claim", "sv", "Hyltes omsorgsnämnd gick back 12,8 miljoner 2024?",
     "Nej. Omsorgsnämnden redovisade ett underskott på 10,8 miljoner kronor, inte 12,8.",
     [N(10.8, "mnkr")], [HP], ["Omsorgsnämnden redovisade ett underskott på 10,8 miljoner kronor."], False, "contradicted", []),
    ("claim", "sv", "jag har hört att den nya brandstationen i storfors ska kosta 30 miljoner totalt",
     "Nej. Fullmäktige godkände en total projektbudget på 20 000 tkr (20 miljoner kronor).",
     [N(20000, "tkr")], [SK], ["Beslut: Kommunfullmäktige godkänner en total projektbudget på 20 000 tkr för ny brandstation."], False, "contradicted", []),
    ("claim", "sv", "Hylte kommun ska bygga en ny simhall i Unnaryd för 60 miljoner, eller hur?",
     "Det finns inget om en ny simhall i Unnaryd i dokumenten (budgeten nämner bara tak och ventilation i Hyltebruks simhall och konstgräs i Unnaryd).",
     [], [], [], True, "not_found", []),
    ("claim", "sv", "En lokaltidning skriver att sjukfrånvaron bland Hyltes anställda sjönk till 6,9 procent 2024. Stämmer det?",
     "Ja. Sjukfrånvaron minskade från 7,4 procent 2023 till 6,9 procent 2024.",
     [N(6.9, "%")], [HA], ["Sjukfrånvaron bland kommunens anställda minskade från 7,4 procent 2023 till 6,9 procent"], False, "supported", []),
    # ---------------- unanswerable (5) ----------------
    ("unanswerable", "sv", "vad är hyltes budgeterade resultat för 2028?",
     "Budgeten innehåller bara år till och med plan 2027; resultatet för 2028 anges inte.",
     [], [], [], True, None, []),
    ("unanswerable", "sv", "Vad kostar nya förskolan Örnen i Hyltebruk per kvadratmeter?",
     "Dokumenten anger projektbudgeten men inte någon kostnad per kvadratmeter.",
     [], [], [], True, None, []),
    ("unanswerable", "sv", "hur mycket får miljö- och byggnämnden i storfors 2025",
     "Storfors budget har ingen miljö- och byggnämnd; dess nämnder är KF och revision, KS, BUN, VON och tekniska nämnden. Uppgiften finns inte.",
     [], [], [], True, None, []),
    ("unanswerable", "sv", "Hur många elever gick i Hyltes grundskolor 2024?",
     "Antalet grundskoleelever i Hylte anges inte i dokumenten.",
     [], [], [], True, None, []),
    ("unanswerable", "sv", "vad blev storfors årets resultat 2019",
     "Nyckeltalen börjar 2020; resultatet för 2019 anges inte.",
     [], [], [], True, None, []),
    # ---------------- multi_part (4) ----------------
    ("multi_part", "sv", "Hur mycket ombudgeterade kommunstyrelsen i Hylte den 11 mars 2025, och vilka reserverade sig mot beslutet?",
     "17 900 tkr ombudgeterades från 2024 till 2025. Tobias Nyberg (SD) och Mikael Falk (SD) reserverade sig.",
     [N(17900, "tkr")], [HD],
     ["Beslut: Kommunstyrelsen beslutar att ombudgetera 17 900 tkr från investeringsbudget 2024 till investeringsbudget 2025 enligt tabellen ovan.",
      "Reservation: Tobias Nyberg (SD) och Mikael Falk (SD) reserverar sig mot beslutet till förmån för eget yrkande."], False, None, []),
    ("multi_part", "sv", "vad är storfors budgeterade resultat för 2025 och hur mycket nya lån tar man upp det året?",
     "Årets resultat budgeteras till 4 250 tkr och nyupptagna lån till 12 000 tkr 2025.",
     [N(4250, "tkr"), N(12000, "tkr")], [SB], ["Årets resultat 1 970 3 000 4 250 4 800 5 750", "Nyupptagna lån 12 000 0 0"], False, None, []),
    ("multi_part", "sv", "hur många bodde i hylte vid slutet av 2024 och hur mycket investerade kommunen det året?",
     "10 938 invånare den 31 december 2024, och nettoinvesteringarna var 81,4 mnkr.",
     [N(10938, "st"), N(81.4, "mnkr")], [HA],
     ["Antal invånare 31 dec 10 612 10 745 10 823 10 881 10 938", "Nettoinvesteringar, mnkr 62,3 70,8 88,1 94,6 81,4"], False, None, []),
    ("multi_part", "sv", "Storfors delårsrapport: hur hög var sjukfrånvaron och hur många tillsvidareanställda fanns det?",
     "Sjukfrånvaron var 8,1 procent under perioden och det fanns 412 tillsvidareanställda den 31 augusti 2025.",
     [N(8.1, "%"), N(412, "st")], [SD],
     ["Sjukfrånvaron var 8,1 procent under perioden, jämfört med 8,7 procent samma period 2024.",
      "Antalet tillsvidareanställda var 412 den 31 augusti 2025."], False, None, []),
    # ---------------- multi_doc (5) ----------------
    ("multi_doc", "sv", "Vilken av kommunerna har högst kommunalskatt 2025, Hylte eller Storfors?",
     "Storfors: 22,71 kronor mot Hyltes 22,04 kronor (0,67 kr högre).",
     [N(22.71, "kr"), N(22.04, "kr")], [SK, HB],
     ["Beslut: Kommunfullmäktige fastställer skattesatsen för 2025 till 22,71 kronor.",
      "Skattesatsen lämnas oförändrad på 22,04 kronor per hundralapp beskattningsbar inkomst."], False, None, []),
    ("multi_doc", "sv", "vilken kommun budgeterar det högsta resultatet i procent av skatter och bidrag 2025, hylte eller storfors",
     "Hylte: 2,0 % mot Storfors 1,2 %.",
     [N(2.0, "%"), N(1.2, "%")], [HB, SB],
     ["Resultat i % av skatter och bidrag 1,9 1,3 2,0 2,1 2,3",
      "Årets resultat i % av skatter och statsbidrag 0,6 0,9 1,2 1,3 1,5"], False, None, []),
    ("multi_doc", "sv", "Hur mycket pengar har förskolan Örnen i Hylte totalt för 2025 om man räknar med ombudgeteringen från 2024?",
     "Budget 2025 är 28,0 mnkr och KS ombudgeterade 8 500 tkr (8,5 mnkr) från 2024, totalt 36,5 mnkr.",
     [N(36.5, "mnkr")], [HB, HD],
     ["Ny förskola Örnen, Hyltebruk 28,0 14,5 0,0 42,5", "Ny förskola Örnen, Hyltebruk | 22 500 | 14 000 | 8 500"], False, None, []),
    ("multi_doc", "sv", "storfors: hur mycket sämre blir resultatet 2025 enligt delårsprognosen jämfört med utfallet 2024?",
     "Prognosen 2025 är 2 100 tkr (2,1 mnkr) och resultatet 2024 var 5,4 mnkr, alltså 3,3 mnkr sämre.",
     [N(3.3, "mnkr")], [SD, SH],
     ["Periodens/årets resultat 10 340 9 600 4 250 2 100", "Årets resultat, mnkr | 6,8 | 8,9 | -1,4 | 2,0 | 5,4"], False, None, []),
    ("multi_doc", "sv", "Hur många fler invånare hade Hylte än Storfors vid slutet av 2024?",
     "Hylte hade 10 938 och Storfors 3 951 invånare, en skillnad på 6 987.",
     [N(6987, "st")], [HX, SX],
     ["2024 | 10938 | 95 | 124 | 628 | 542 | 57", "2024 | 346430 | 3951 | 87682"]  # as kommun renders it: the "Typ" column read as section rows, False, None, []),
    # ---------------- followup (4) ----------------
    ("followup", "sv", "och plan 2027 då?",
     "Kultur- och fritidsnämnden har 40,0 mnkr i plan 2027.",
     [N(40.0, "mnkr")], [HB], ["Kultur- och fritidsnämnden 37,0 38,2 1,2 3,2 3 489 39,1 40,0", HB_DR_HEAD], False, None,
     ["vad har kultur- och fritidsnämnden i hylte för budget 2025?"]),
    ("followup", "sv", "hur mkt av det går till va-ledningarna i kyrksten?",
     "5 500 tkr av investeringsbudgeten 2025 går till VA-ledningar Kyrksten.",
     [N(5500, "tkr")], [SB], ["VA-ledningar Kyrksten 5 500 4 000 3 000", "Investeringsbudget 2025–2027 (tkr)"], False, None,
     ["hur stor är storfors investeringsbudget 2025?"]),
    ("followup", "sv", "och hur många platser finns det på storforshemmet?",
     "Storforshemmet har 54 platser i särskilt boende.",
     [N(54, "st")], [SB], ["54 platser i särskilt boende."], False, None,
     ["Vad kostar särskilt boende i Storfors 2025 enligt driftbudgeten?"]),
    ("followup", "sv", "och hur många flyttade ut samma år?",
     "542 personer flyttade ut från Hylte 2022.",
     [N(542, "st")], [HX], ["2022 | 10823 | 101 | 135 | 654 | 542 | 78", HX_HEAD], False, None,
     ["hur många invånare hade hylte 2022?", "hur många flyttade in det året?"]),
    # ---------------- english (4) ----------------
    ("english", "en", "What is Hylte's budgeted result (årets resultat) for 2026 in Mål och budget 2025–2027?",
     "The planned result for 2026 is SEK 20.9 million (mnkr).",
     [N(20.9, "mnkr")], [HB], ["Årets resultat 17,2 12,1 19,2 20,9 24,0", HB_RB_HEAD], False, None, []),
    ("english", "en", "How much does Storfors plan to spend on the new fire station (ny brandstation) in 2026?",
     "The investment plan has SEK 8,000 thousand (8 000 tkr) for 2026.",
     [N(8000, "tkr")], [SB], ["Ny brandstation Storfors 12 000 8 000 0", "Projekt Budget Plan Plan"], False, None, []),
    ("english", "en", "Who is the chair of kommunstyrelsen in Storfors?",
     "Johan Kronberg (S).",
     [], [SP], ["säger kommunstyrelsens ordförande Johan Kronberg (S)."], False, None, []),
    ("english", "en", "what's the total tax rate in Hylte if you include the region tax?",
     "33.22 kronor per 100 kronor: 22.04 municipal tax plus 11.18 to Region Halland.",
     [N(33.22, "kr")], [HH], ["blir den totala skattesatsen 33,22 kronor"], False, None, []),
]


def main():
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, (cat, lang, q, ans, nums, docs, quotes, ref, ver, hist) in enumerate(Q, 1):
            obj = {"id": f"md37-{i:03d}", "corpus": C, "category": cat, "language": lang,
                   "question": q, "history": hist,
                   "gold": {"answer": ans, "numbers": nums, "docs": docs, "quotes": quotes,
                            "refused": ref, "verdict": ver}}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(Q))


if __name__ == "__main__":
    main()
