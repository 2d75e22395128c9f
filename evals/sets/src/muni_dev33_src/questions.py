"""Question set md33 over the Orust and Tanum corpus (evals/corpora/dev-muni33)."""
from decimal import Decimal as D

import orust
import tanum
from common import q as rnd

C = "evals/corpora/dev-muni33"
O_BUD = f"{C}/orust/mal-och-budget-2025-2027.pdf"
O_AR = f"{C}/orust/arsredovisning-2024.pdf"
O_HTML = f"{C}/orust/sa-anvands-din-skatt.html"
O_DOCX = f"{C}/orust/protokoll-ks-2025-03-12.docx"
O_XLSX = f"{C}/orust/befolkning-och-kostnader.xlsx"
O_MD = f"{C}/orust/pressmeddelande-forskola-henan.md"
T_BUD = f"{C}/tanum/budget-2025-plan-2026-2027.pdf"
T_DEL = f"{C}/tanum/delarsrapport-augusti-2024.pdf"
T_HTML = f"{C}/tanum/nyheter-budget-2025-antagen.html"
T_DOCX = f"{C}/tanum/protokoll-bun-2025-02-18.docx"
T_XLSX = f"{C}/tanum/driftredovisning-nyckeltal-2024.xlsx"
T_TXT = f"{C}/tanum/pressmeddelande-sporthall.txt"

# header rows used in several quotes
O_DB_HDR = "Nettokostnad, tkr 2024 2025 tkr % 2026 2027"
O_RB_HDR = "Belopp i mnkr 2023 2024 2025 2026 2027"
O_INV_HDR = "Projekt, belopp i tkr Budget 2025 Plan 2026 Plan 2027 Summa 2025–27"
T_RB_HDR = "(mnkr) 2023 2024 2025 2026 2027"
T_DB_HDR = "Belopp i mnkr 2023 2024 2025 kr per invånare 2026 2027"


def n(value, unit):
    v = float(value)
    if v.is_integer():
        v = int(v)
    return {"value": v, "unit": unit}


def f(x, dec=1):
    return float(rnd(x, dec))


QS = []


def add(cat, lang, question, answer, numbers, docs, quotes, refused=False, verdict=None, history=None):
    QS.append({"category": cat, "language": lang, "question": question, "history": history or [],
               "gold": {"answer": answer, "numbers": numbers, "docs": docs, "quotes": quotes,
                        "refused": refused, "verdict": verdict}})


# ---------------------------------------------------------------- table_lookup (9)
add("table_lookup", "sv", "hur mkt får omsorgsnämnden i orust 2025?",
    "Omsorgsnämnden i Orust har en nettokostnadsram på 497 640 tkr i budget 2025.",
    [n(497640, "tkr")], [O_BUD],
    ["Omsorgsnämnden 478 300 497 640 19 340 4,0 516 200 533 800", O_DB_HDR])
add("table_lookup", "sv", "Vilken soliditet räknar Orust med i budgeten för 2025?",
    "Soliditeten i balansbudgeten för 2025 är 40,8 procent.",
    [n(40.8, "%")], [O_BUD],
    ["Soliditet, % 42,8 42,0 40,8 40,1 40,6", "Belopp i mnkr Bokslut Prognos Budget Plan Plan"])
add("table_lookup", "sv", "tanum likvida medel vid årets slut 2027 enl kassaflödesbudgeten?",
    "Likvida medel vid årets slut 2027 beräknas till 98,4 mnkr.",
    [n(98.4, "mnkr")], [T_BUD],
    ["Likvida medel vid årets slut 60,5 73,3 98,4", "(mnkr) 2025 2026 2027"])
add("table_lookup", "sv", "Hur mycket kostar socialnämnden per invånare i Tanums budget 2025?",
    "Socialnämndens budget 2025 motsvarar 30 168 kronor per invånare (395,2 mnkr).",
    [n(30168, "kr")], [T_BUD],
    ["Socialnämnden 371,3 379,5 395,2 30 168 407,8 419,9", T_DB_HDR])
add("table_lookup", "sv", "hur många kronor av en hundralapp i skatt går till grundskolan på orust",
    "22,30 kronor av varje 100 kronor går till grundskola och fritidshem.",
    [n(22.30, "kr")], [O_HTML],
    ["Grundskola och fritidshem | 22,30", "Verksamhet | Kronor"])
add("table_lookup", "sv", "Vad är skolpengen för åk 7-9 i tanum i år (2025)?",
    "Grundbeloppet för grundskola årskurs 7–9 är 112 800 kronor per elev och år 2025.",
    [n(112800, "kr")], [T_DOCX],
    ["Grundskola årskurs 7–9 | 112 800 | 109 300",
     "Verksamhet | Grundbelopp 2025, kr per barn/elev och år | Grundbelopp 2024, kr"])
add("table_lookup", "sv", "hur många över 80 bodde i orust kommun 2024",
    "Den 31 december 2024 var 1 198 invånare i Orust 80 år och äldre.",
    [n(1198, "st")], [O_XLSX],
    ["2024 | 779 | 1526 | 641 | 7698 | 3470 | 1198 | 15312",
     "År | 0–5 år | 6–15 år | 16–19 år | 20–64 år | 65–79 år | 80 år och äldre | Totalt"])
add("table_lookup", "sv", "Hur stor blev avvikelsen för äldreomsorgen i Tanum 2024?",
    "Äldreomsorgen i Tanum hade en negativ avvikelse på 6 700 tkr 2024 (budget 231 500 tkr, utfall 238 200 tkr).",
    [n(-6700, "tkr")], [T_XLSX],
    ["Äldreomsorg | 231500 | 238200 | -6700", "Verksamhet | Budget 2024 | Utfall 2024 | Avvikelse"])
add("table_lookup", "sv", "hur mycket ska orust lägga på välfärdsteknik 2026",
    "Orust planerar 1 200 tkr till välfärdsteknik 2026.",
    [n(1200, "tkr")], [O_BUD],
    ["Välfärdsteknik 1 500 1 200 1 000 3 700", O_INV_HDR])

# ---------------------------------------------------------------- calculation (9)
va = orust.INV_SUM["Vatten och avlopp (affärsverksamhet)"]
add("calculation", "sv",
    "Hur stor andel av Orusts totala investeringar 2025–2027 går till vatten och avlopp?",
    "Vatten och avlopp får 211 000 tkr av totalt 459 400 tkr, alltså cirka 45,9 procent.",
    [n(f(D(sum(va)) / D(sum(orust.INV_TOTAL)) * 100), "%")], [O_BUD],
    ["Summa vatten och avlopp 64 500 78 000 68 500 211 000",
     "Totalt investeringar 187 400 158 500 113 500 459 400"])
add("calculation", "sv",
    "hur mycket ökar verksamhetens nettokostnader i tanum från budget 2025 till plan 2027?",
    "Nettokostnaderna ökar från 955,1 mnkr till 1 017,9 mnkr, dvs. med 62,8 mnkr.",
    [n(tanum.RB["netto"][2] - tanum.RB["netto"][4], "mnkr")],
    [T_BUD],
    ["Verksamhetens nettokostnader – 884,4 – 925,5 – 955,1 – 987,9 – 1 017,9", T_RB_HDR])
add("calculation", "sv",
    "Med hur många procent ökade folkmängden i Orust mellan 2020 och 2024 enligt årsredovisningen?",
    "Folkmängden ökade från 15 108 till 15 312 invånare, en ökning med 204 personer eller cirka 1,35 procent.",
    [n(f(D(15312 - 15108) / D(15108) * 100, 2), "%")], [O_AR],
    ["Folkmängd 31 december, antal 15 108 15 162 15 218 15 259 15 312", "2020 2021 2022 2023 2024"])
add("calculation", "sv",
    "Hur stort är det sammanlagda underskottet för de nämnder i Tanum som prognostiserade underskott i delårsrapporten?",
    "Barn- och utbildningsnämnden (-2,6 mnkr) och socialnämnden (-8,4 mnkr) prognostiserade underskott, "
    "sammanlagt 11,0 mnkr.",
    [n(11.0, "mnkr")], [T_DEL],
    ["Barn- och utbildningsnämnden 359,0 361,6 (2,6)", "Socialnämnden 379,5 387,9 (8,4)"])
kv = orust.KOST_VERK
add("calculation", "sv",
    "hur stor del av orusts nettokostnad 2024 var äldreomsorg (i procent)?",
    "Äldreomsorgen kostade 315 400 tkr av totalt 1 007 120 tkr 2024, cirka 31,3 procent.",
    [n(f(D(315400) / D(sum(x[2] for x in kv)) * 100), "%")], [O_XLSX],
    ["Äldreomsorg | 302100 | 315400 | 4,4 | 20598", "Summa | 970300 | 1007120 | 3,8 | 65773"])
avg = sum(D(str(r[3])) for r in tanum.NYCKEL) / 6
add("calculation", "sv",
    "Vad var Tanums genomsnittliga årsresultat åren 2019–2024?",
    "Resultaten var 24,6, 38,9, 47,2, 21,5, -6,8 och 14,2 mnkr; genomsnittet blir cirka 23,3 mnkr per år.",
    [n(f(avg), "mnkr")], [T_XLSX],
    ["2019 | 12809 | 22,16 | 24,6 | 71,3 | 52,4", "2020 | 12856 | 22,16 | 38,9 | 64,8 | 53,9",
     "2021 | 12921 | 22,16 | 47,2 | 80,5 | 55,1", "2022 | 12987 | 22,16 | 21,5 | 92,7 | 54,3",
     "2023 | 13048 | 22,16 | -6,8 | 104,6 | 51,8", "2024 | 13112 | 22,16 | 14,2 | 74,6 | 50,9"])
add("calculation", "sv",
    "ks-protokollet i orust om ombudgetering: hur stor andel av budgeten 2024 för de fyra projekten användes?",
    "Utfallet var 9 300 tkr av en budget på 18 300 tkr, alltså cirka 50,8 procent.",
    [n(f(D(9300) / D(18300) * 100), "%")], [O_DOCX],
    ["Summa | 18 300 | 9 300 | 9 000",
     "Projekt | Budget 2024, tkr | Utfall 2024, tkr | Ombudgeteras till 2025, tkr"])
add("calculation", "sv",
    "Med hur många procent höjdes förskolepengen för 1–3-åringar i Tanum från 2024 till 2025?",
    "Grundbeloppet höjdes från 163 900 kr till 168 400 kr, dvs. med 4 500 kr eller cirka 2,7 procent.",
    [n(f(D(168400 - 163900) / D(163900) * 100), "%")], [T_DOCX],
    ["Förskola 1–3 år | 168 400 | 163 900",
     "Verksamhet | Grundbelopp 2025, kr per barn/elev och år | Grundbelopp 2024, kr"])
add("calculation", "sv",
    "hur mycket väntas skatteintäkterna i orust öka från budget 2025 till plan 2027",
    "Skatteintäkterna ökar från 801,6 mnkr till 861,3 mnkr, alltså med 59,7 mnkr.",
    [n(orust.RB["skatt"][4] - orust.RB["skatt"][2], "mnkr")], [O_BUD],
    ["Skatteintäkter 4 741,8 772,4 801,6 830,9 861,3", O_RB_HDR])

# ---------------------------------------------------------------- lookup (5)
add("lookup", "sv", "vem är kommunstyrelsens ordförande i orust?",
    "Kerstin Almgren (C) är kommunstyrelsens ordförande i Orust.",
    [], [O_BUD], ["Kerstin Almgren (C)", "Kommunstyrelsens ordförande"])
add("lookup", "sv", "Vilket företag bygger den nya sporthallen i Tanumshede?",
    "Bohusbygg AB är entreprenör för sporthallen.",
    [], [T_TXT], ["Entreprenör är Bohusbygg AB, som vann upphandlingen med ett anbud på 61,3 miljoner kronor."])
add("lookup", "sv", "Vilka reserverade sig när KS i Orust sa nej till motionen om gratis kollektivtrafik för 75+?",
    "Ingrid Berglund (S) och Anna Fors (S) reserverade sig; Karin Ström (MP) instämde i reservationen.",
    [], [O_DOCX],
    ["Reservation: Ingrid Berglund (S) och Anna Fors (S) reserverar sig mot beslutet till förmån för eget yrkande. "
     "Karin Ström (MP) instämmer i reservationen."])
add("lookup", "sv", "vad beslutade bun i tanum om mellanstadiet i hamburgsund?",
    "Nämnden beslutade att årskurs 4–6 vid Hamburgsunds skola flyttas till Fjällbacka skola från och med "
    "höstterminen 2025.",
    [], [T_DOCX],
    ["Beslut: Barn- och utbildningsnämnden beslutar att årskurs 4–6 vid Hamburgsunds skola flyttas till "
     "Fjällbacka skola från och med höstterminen 2025."])
add("lookup", "sv", "När ska barnen flytta in i nya förskolan i Henån?",
    "Inflyttning planeras till hösten 2026.",
    [], [O_MD], ["Inflyttning planeras till hösten 2026."])

# ---------------------------------------------------------------- text_amount (5)
add("text_amount", "sv", "hur mycket ska omsorgsnämnden i orust spara 2025?",
    "Omsorgsnämnden ska minska kostnaderna med 6,2 miljoner kronor 2025.",
    [n(6.2, "mnkr")], [O_BUD], ["Omsorgsnämnden ska minska kostnaderna med 6,2 miljoner kronor"])
add("text_amount", "sv", "Hur mycket sparar Orust på att minska den politiska organisationen?",
    "Den minskade politiska organisationen sparar 350 000 kronor per år.",
    [n(350000, "kr")], [O_BUD], ["organisationen minskas vilket sparar 350 000 kronor per år."])
add("text_amount", "sv", "hur mycket pengar ger skattehöjningen i tanum?",
    "Skattehöjningen med 20 öre ger cirka 6,5 miljoner kronor i ökade intäkter 2025.",
    [n(6.5, "mnkr")], [T_BUD], ["Skattehöjningen ger cirka 6,5 miljoner"])
add("text_amount", "sv", "Vad ska gamla förskolan Kastanjen i Henån säljas för?",
    "Fastigheten Henån 1:234 (Kastanjen) föreslås säljas till Orustbostäder AB för 2 850 000 kronor.",
    [n(2850000, "kr")], [O_DOCX],
    ["Fastigheten Henån 1:234, den tidigare förskolan Kastanjen, föreslås säljas till Orustbostäder AB för "
     "2 850 000 kronor efter att den nya förskolan tagits i bruk."])
add("text_amount", "sv", "tanum resultat jan-aug 2024?",
    "Periodens resultat för januari–augusti 2024 var 38,4 miljoner kronor.",
    [n(38.4, "mnkr")], [T_DEL], ["Periodens resultat för januari–augusti 2024 uppgår till 38,4 miljoner kronor."])

# ---------------------------------------------------------------- multi_doc (5)
add("multi_doc", "sv", "Vilken av kommunerna Orust och Tanum har högst kommunalskatt 2025, och hur stor är skillnaden?",
    "Orust har högst kommunalskatt, 22,51 kronor mot Tanums 22,36 kronor; skillnaden är 0,15 kronor (15 öre).",
    [n(22.51, "kr"), n(22.36, "kr"), n(0.15, "kr")], [O_HTML, T_HTML],
    ["Kommunalskatten i Orust kommun är 22,51 kronor per hundralapp 2025, samma som 2024.",
     "Kommunalskatten höjs med 20 öre till 22,36 kronor."])
add("multi_doc", "sv", "vilken kommun budgeterar störst resultat 2025, orust eller tanum?",
    "Orust budgeterar 24,2 mnkr i årets resultat 2025 och Tanum 11,6 mnkr, så Orust har störst budgeterat resultat.",
    [n(24.2, "mnkr"), n(11.6, "mnkr")], [O_BUD, T_BUD],
    ["Årets resultat 18,3 14,6 24,2 22,7 27,2", "Årets resultat – 6,8 16,9 11,6 9,1 9,9"])
add("multi_doc", "sv",
    "Orusts budget hade en prognos för årets resultat 2024. Hur mycket bättre blev det faktiska resultatet enligt årsredovisningen?",
    "Prognosen i budgeten var 14,6 mnkr och utfallet blev 19,6 mnkr, alltså 5,0 mnkr bättre.",
    [n(14.6, "mnkr"), n(19.6, "mnkr"), n(5.0, "mnkr")], [O_BUD, O_AR],
    ["Årets resultat 18,3 14,6 24,2 22,7 27,2", "Årets resultat 18,3 12,3 19,6 7,3"])
add("multi_doc", "sv",
    "Socialnämnden i Tanum: hur stor var prognosen för 2024 i delårsrapporten jämfört med ramen för 2025 som fullmäktige antog?",
    "Prognosen för 2024 var 387,9 mnkr och ramen för 2025 är 395,2 mnkr, alltså 7,3 mnkr mer.",
    [n(387.9, "mnkr"), n(395.2, "mnkr"), n(7.3, "mnkr")], [T_DEL, T_HTML],
    ["Socialnämnden 379,5 387,9 (8,4)", "Socialnämnden | 379,5 | 395,2 | 15,7"])
add("multi_doc", "sv", "hur mycket mer investerar orust än tanum 2025?",
    "Orust budgeterar investeringar på 187,4 mnkr och Tanum 87,8 mnkr 2025; Orust investerar 99,6 mnkr mer.",
    [n(187.4, "mnkr"), n(87.8, "mnkr"), n(99.6, "mnkr")], [O_BUD, T_BUD],
    ["Investeringsbudgeten för 2025 uppgår till 187,4 miljoner kronor.",
     "Investeringsbudgeten för 2025 omfattar 87,8 miljoner kronor."])

# ---------------------------------------------------------------- claim (5)
add("claim", "sv", "Stämmer det att Tanums budget för 2025 klubbades med 25 röster mot 16?",
    "Ja, det stämmer. Budgeten antogs efter votering med 25 röster mot 16.",
    [n(25, "st"), n(16, "st")], [T_HTML], ["Budgeten antogs efter votering med 25 röster mot 16."],
    verdict="supported")
add("claim", "sv", "Orust höjer kommunalskatten till 22,61 kr nästa år?",
    "Nej. Kommunalskatten i Orust är oförändrad 22,51 kronor 2025.",
    [n(22.51, "kr")], [O_BUD], ["Kommunalskatten för 2025 är oförändrad 22,51 kronor."],
    verdict="contradicted")
add("claim", "sv", "jag har hört att omsorgsnämnden i orust gick back 9 miljoner 2024",
    "Det stämmer inte. Omsorgsnämnden redovisade ett underskott på 6,7 miljoner kronor (6 710 tkr) 2024.",
    [n(6.7, "mnkr")], [O_AR],
    ["ett underskott på 6,7 miljoner kronor, främst inom hemtjänst", "Omsorgsnämnden 478 300 485 010 -6 710"],
    verdict="contradicted")
add("claim", "sv", "Tanum har fått 2,5 miljoner från idrottsfonden till sporthallen, eller hur?",
    "Ja. Kommunen har fått ett bidrag på 2,5 miljoner kronor från Tanums idrottsfond till läktare och utrustning.",
    [n(2.5, "mnkr")], [T_TXT],
    ["Kommunen har dessutom fått ett bidrag på 2,5 miljoner kronor från Tanums idrottsfond till läktare och utrustning."],
    verdict="supported")
add("claim", "sv", "Orust kommun ska bygga en ny simhall i Henån för 80 miljoner kronor?",
    "Dokumenten nämner ingen simhall i Henån, så påståendet kan inte bekräftas.",
    [], [], [], refused=True, verdict="not_found")

# ---------------------------------------------------------------- unanswerable (5)
add("unanswerable", "sv", "Vad är Orusts budgeterade resultat för 2028?",
    "Budgeten innehåller bara plan till och med 2027; något resultat för 2028 anges inte.",
    [], [], [], refused=True)
add("unanswerable", "sv", "vad kostar det nya korttidsboendet i tanumshede?",
    "Budgeten anger att ett korttidsboende med 12 platser öppnar, men inte vad det kostar.",
    [], [], [], refused=True)
add("unanswerable", "sv", "Vilken skolpeng har gymnasiet i Tanum 2025?",
    "Protokollet anger grundbelopp för förskola, fritidshem, förskoleklass och grundskola, men inte för gymnasieskolan.",
    [], [], [], refused=True)
add("unanswerable", "sv", "hur stor budget har kultur- och fritidsnämnden i orust 2025",
    "Orust har ingen kultur- och fritidsnämnd i budgeten; någon sådan ram anges inte.",
    [], [], [], refused=True)
add("unanswerable", "sv", "Hur många av de 42 eleverna som flyttas från Hamburgsund går i årskurs 6?",
    "Protokollet anger bara att 42 elever berörs, inte hur de fördelas på årskurser.",
    [], [], [], refused=True)

# ---------------------------------------------------------------- multi_part (4)
add("multi_part", "sv", "vad kostar nya sporthallen i tanumshede och när är den klar?",
    "Kommunfullmäktige har avsatt 68 miljoner kronor, och hallen beräknas vara klar till skolstarten i augusti 2026.",
    [n(68, "mnkr")], [T_TXT],
    ["Kommunfullmäktige har avsatt 68 miljoner kronor till projektet i investeringsbudgeten.",
     "Hallen beräknas vara klar till skolstarten i augusti 2026."])
add("multi_part", "sv", "Vad blev Orusts årets resultat 2024, och hur stort var balanskravsresultatet?",
    "Årets resultat blev 19,6 miljoner kronor och balanskravsresultatet 17,2 miljoner kronor.",
    [n(19.6, "mnkr"), n(17.2, "mnkr")], [O_AR],
    ["Årets resultat blev 19,6 miljoner kronor", "Balanskravsresultatet uppgår till 17,2 miljoner kronor"])
add("multi_part", "sv",
    "Vilken budgetram har barn- och utbildningsnämnden i Tanum 2025 och vilket underskott prognostiserades efter januari?",
    "Ramen är 371,9 miljoner kronor och efter januari prognostiseras ett underskott på 1,1 miljoner kronor.",
    [n(371.9, "mnkr"), n(1.1, "mnkr")], [T_DOCX],
    ["Nämnden har en budgetram på 371,9 miljoner kronor för 2025. Efter januari prognostiseras ett underskott på "
     "1,1 miljoner kronor, främst inom skolskjuts."])
add("multi_part", "sv", "hur många barn får plats i nya förskolan i henån och vad kostar rivningen av den gamla?",
    "Förskolan får plats för 110 barn, och rivningen av den gamla förskolan beräknas kosta 1,9 miljoner kronor.",
    [n(110, "st"), n(1.9, "mnkr")], [O_MD],
    ["Förskolan får sex avdelningar med plats för 110 barn",
     "Rivningen av den gamla förskolan beräknas kosta 1,9 miljoner kronor och ingår inte i investeringen."])

# ---------------------------------------------------------------- followup (4)
add("followup", "sv", "och 2026 då?",
    "År 2026 är 22 000 tkr budgeterat för den nya förskolan i Henån.",
    [n(22000, "tkr")], [O_BUD], ["Ny förskola Henån 32 000 22 000 0 54 000", O_INV_HDR],
    history=["hur mkt investerar orust i nya förskolan i henån 2025?"])
add("followup", "sv", "och de generella statsbidragen?",
    "Generella statsbidrag och utjämning beräknas till 244,8 mnkr i budget 2025.",
    [n(244.8, "mnkr")], [T_BUD], ["Generella statsbidrag och utjämning 231,9 266,8 244,8 250,6 256,0", T_RB_HDR],
    history=["Vad är Tanums skatteintäkter i budget 2025?"])
per_inv = rnd(orust.RB["skatt"][2] * 1000000 / D(15312), 0)
add("followup", "sv", "hur mycket blir skatteintäkterna per invånare då, i budget 2025?",
    "Skatteintäkterna 2025 är 801,6 mnkr; delat på 15 312 invånare blir det cirka 52 351 kronor per invånare.",
    [n(per_inv, "kr")], [O_BUD],
    ["Orust kommun hade 15 312 invånare den 31 december 2024.", "Skatteintäkter 4 741,8 772,4 801,6 830,9 861,3"],
    history=["hur många invånare hade orust vid slutet av 2024?"])
add("followup", "sv", "och hur ser det ut 2027?",
    "I plan 2027 är miljö- och byggnadsnämndens ram 15,4 mnkr.",
    [n(15.4, "mnkr")], [T_BUD], ["Miljö- och byggnadsnämnden 12,8 13,9 14,6 1 115 15,0 15,4", T_DB_HDR],
    history=["vilken budget har miljö- och byggnadsnämnden i tanum 2025?"])

# ---------------------------------------------------------------- english (4)
add("english", "en", "What is the municipal tax rate in Tanum for 2025, and by how much was it raised?",
    "The municipal tax rate is SEK 22.36 in 2025, raised by 20 öre (SEK 0.20) from 22.16.",
    [n(22.36, "kr"), n(0.20, "kr")], [T_BUD],
    ["Kommunalskatten höjs från 22,16 kronor till 22,36 kronor 2025."])
add("english", "en", "How much will the Överföringsledning Ellös–Henån cost Orust in total over 2025–2027?",
    "The pipeline is budgeted at 91 000 tkr (SEK 91 million) in total for 2025–2027.",
    [n(91000, "tkr")], [O_BUD], ["Överföringsledning Ellös–Henån 41 000 38 000 12 000 91 000", O_INV_HDR])
add("english", "en", "How many tillsvidareanställda did Orust have at the end of 2024?",
    "Orust had 1,412 permanent employees on 31 December 2024.",
    [n(1412, "st")], [O_AR],
    ["Antalet tillsvidareanställda uppgick till 1 412 personer den 31 december 2024."])
add("english", "en", "What was the sick leave rate in Tanum according to the delårsrapport for 2024?",
    "Sick leave was 6.9 percent for January–July 2024.",
    [n(6.9, "%")], [T_DEL], ["Sjukfrånvaron för perioden januari–juli var 6,9 procent."])


def build():
    out = []
    for i, qd in enumerate(QS, 1):
        d = {"id": f"md33-{i:03d}", "corpus": C}
        d.update(qd)
        out.append(d)
    return out
