"""Eksjö kommun: six documents (budget PDF, annual report PDF, HTML, DOCX, XLSX, MD)."""
from __future__ import annotations

from pathlib import Path

import docx
import openpyxl
from docx.shared import Pt
from openpyxl.styles import Font

from common import FIXED_DT, MuniPDF, normalize_zip, r1, sv

YEARS = ["2023", "2024", "2025", "2026", "2027"]  # Bokslut, Prognos, Budget, Plan, Plan
INV_2025 = 17520  # invånare, budgetantagande 2025

# ---------------------------------------------------------------- resultat
RB = {
    "int": [298.6, 305.2, 309.8, 314.0, 318.5],
    "kost": [-1702.1, -1781.6, -1823.4, -1867.9, -1912.6],
    "avs": [-58.4, -61.0, -64.5, -68.2, -71.9],
    "skatt": [1098.7, 1142.3, 1189.6, 1231.5, 1274.8],
    "stb": [392.5, 401.8, 420.3, 432.0, 441.2],
    "finint": [6.2, 7.1, 6.4, 6.0, 5.8],
    "finkost": [-14.8, -19.4, -22.1, -25.3, -27.6],
}
RB["netto"] = [r1(a + b + c) for a, b, c in zip(RB["int"], RB["kost"], RB["avs"])]
RB["vr"] = [r1(a + b + c) for a, b, c in zip(RB["netto"], RB["skatt"], RB["stb"])]
RB["res"] = [r1(a + b + c) for a, b, c in zip(RB["vr"], RB["finint"], RB["finkost"])]
RB["pct"] = [round(100 * r / (s + g), 2) for r, s, g in zip(RB["res"], RB["skatt"], RB["stb"])]
assert RB["res"] == [20.7, -5.6, 16.1, 22.1, 28.2], RB["res"]
assert RB["netto"][2] == -1578.1

# ---------------------------------------------------------------- drift
DRIFT = [  # nämnd, budget 2024, budget 2025, plan 2026, plan 2027 (mnkr, nettokostnad)
    ("Kommunfullmäktige och revision", 4.1, 4.3, 4.4, 4.5),
    ("Kommunstyrelsen", 136.9, 142.6, 145.9, 149.3),
    ("Barn- och utbildningsnämnden", 589.7, 612.4, 627.0, 641.8),
    ("Socialnämnden", 571.2, 598.3, 617.5, 637.9),
    ("Kultur- och fritidsnämnden", 47.9, 48.7, 49.6, 50.5),
    ("Samhällsbyggnadsnämnden", 69.8, 71.5, 73.1, 74.8),
    ("Miljö- och byggnadsnämnden", 9.4, 9.8, 10.0, 10.2),
]
VNK_BUDGET_2024 = 1512.3
DRIFT_SUM = [r1(sum(d[i] for d in DRIFT)) for i in range(1, 5)]
VNK = [VNK_BUDGET_2024, -RB["netto"][2], -RB["netto"][3], -RB["netto"][4]]
FINANSF = [r1(v - s) for v, s in zip(VNK, DRIFT_SUM)]
assert DRIFT_SUM == [1429.0, 1487.6, 1527.5, 1569.0], DRIFT_SUM

# ---------------------------------------------------------------- investeringar (mnkr)
INVEST = [  # projekt, nämnd, 2025, 2026, 2027
    ("Ny förskola Mariannelund", "SBN", 20.0, 18.5, 0.0),
    ("Tillbyggnad Furulidsskolan", "SBN", 14.0, 22.0, 6.0),
    ("Renovering Eksjöbadet", "SBN", 8.5, 25.0, 30.0),
    ("Solceller kommunala fastigheter", "SBN", 12.5, 3.0, 3.0),
    ("Energieffektivisering fastigheter", "SBN", 6.0, 6.0, 6.0),
    ("Reinvestering fastigheter", "SBN", 22.0, 18.5, 19.0),
    ("Reinvestering gator och vägar", "SBN", 11.0, 11.5, 12.0),
    ("Gång- och cykelväg Hult–Eksjö", "SBN", 7.8, 4.2, 0.0),
    ("Beläggningsunderhåll", "SBN", 5.5, 5.5, 5.5),
    ("Gatubelysning, utbyte till LED", "SBN", 3.2, 3.2, 2.0),
    ("Lekplatser", "SBN", 1.5, 1.5, 1.5),
    ("Parkupprustning Stadsparken", "SBN", 2.4, 0.0, 0.0),
    ("Exploatering Ränneslätt verksamhetsområde", "KS", 14.0, 10.0, 8.0),
    ("Exploatering bostäder Prästängen", "KS", 6.0, 8.0, 4.0),
    ("IT-infrastruktur och digitalisering", "KS", 4.5, 4.5, 4.5),
    ("Bredband landsbygd", "KS", 2.0, 2.0, 0.0),
    ("Räddningstjänst, fordon", "KS", 6.5, 0.0, 4.0),
    ("Ny brandstation Mariannelund", "KS", 0.0, 6.0, 18.0),
    ("Kommunhuset, ombyggnad reception", "KS", 2.3, 0.0, 0.0),
    ("Fordon och maskiner", "KS", 3.5, 3.5, 3.5),
    ("Oförutsedda investeringar", "KS", 3.0, 3.0, 3.0),
    ("Trygghetsboende Ingatorp", "SN", 9.0, 15.0, 0.0),
    ("Inventarier särskilt boende", "SN", 2.2, 2.2, 2.2),
    ("Välfärdsteknik", "SN", 1.8, 1.8, 1.8),
    ("Digitala lärverktyg", "BUN", 3.0, 3.0, 3.0),
    ("Inventarier skolor och förskolor", "BUN", 2.5, 2.5, 2.5),
    ("Skolgårdar", "BUN", 2.0, 1.5, 1.5),
    ("Konstgräsplan Eksjövallen", "KFN", 7.5, 0.0, 0.0),
    ("Biblioteket, ombyggnad entré", "KFN", 1.2, 0.0, 0.0),
    ("Motionsspår och friluftsanläggningar", "KFN", 1.0, 1.0, 1.0),
]
INV_TOT = [r1(sum(p[i] for p in INVEST)) for i in (2, 3, 4)]
assert INV_TOT[0] == 186.4, INV_TOT

# ---------------------------------------------------------------- balans / kassaflöde
INV_ALL = [142.9, 152.0] + INV_TOT  # 2023 utfall, 2024 prognos, 2025-2027
FAT = [96.4] * 5
FORD = [142.8, 145.0, 147.0, 149.0, 151.0]
AVSATT = [62.7, 65.9, 69.4, 72.8, 76.1]
KFS = [336.9, 340.0, 345.0, 348.0, 350.0]
NYLAN = [None, 90.0, 95.0, 90.0, 50.0]
AMORT = [None, -15.0, -16.0, -16.0, -17.0]
MAT = [1482.3]
EK = [812.4]
KASSA = [88.5]
LFS = [598.0]
KF = {k: [] for k in ("res", "avs", "avsatt", "ford", "kfs", "lop", "inv", "nylan", "amort", "fin", "flode", "ub", "ib")}
for y in range(1, 5):
    MAT.append(r1(MAT[-1] + INV_ALL[y] + RB["avs"][y]))
    EK.append(r1(EK[-1] + RB["res"][y]))
    LFS.append(r1(LFS[-1] + NYLAN[y] + AMORT[y]))
    d_avsatt = r1(AVSATT[y] - AVSATT[y - 1])
    d_ford = r1(-(FORD[y] - FORD[y - 1]))
    d_kfs = r1(KFS[y] - KFS[y - 1])
    lop = r1(RB["res"][y] - RB["avs"][y] + d_avsatt + d_ford + d_kfs)
    fin = r1(NYLAN[y] + AMORT[y])
    flode = r1(lop - INV_ALL[y] + fin)
    KF["res"].append(RB["res"][y]); KF["avs"].append(-RB["avs"][y]); KF["avsatt"].append(d_avsatt)
    KF["ford"].append(d_ford); KF["kfs"].append(d_kfs); KF["lop"].append(lop); KF["inv"].append(-INV_ALL[y])
    KF["nylan"].append(NYLAN[y]); KF["amort"].append(AMORT[y]); KF["fin"].append(fin); KF["flode"].append(flode)
    KF["ib"].append(KASSA[-1]); KASSA.append(r1(KASSA[-1] + flode)); KF["ub"].append(KASSA[-1])
SUM_AT = [r1(a + b) for a, b in zip(MAT, FAT)]
SUM_OT = [r1(a + b) for a, b in zip(FORD, KASSA)]
SUM_T = [r1(a + b) for a, b in zip(SUM_AT, SUM_OT)]
SUM_S = [r1(a + b + c + d) for a, b, c, d in zip(EK, AVSATT, LFS, KFS)]
assert SUM_T == SUM_S, (SUM_T, SUM_S)
SOLID = [round(100 * e / t, 1) for e, t in zip(EK, SUM_T)]

# ---------------------------------------------------------------- årsredovisning 2023
NAMND_2023 = [  # budget, utfall
    ("Kommunfullmäktige och revision", 3.9, 3.7),
    ("Kommunstyrelsen", 131.5, 128.9),
    ("Barn- och utbildningsnämnden", 566.2, 569.8),
    ("Socialnämnden", 548.0, 559.4),
    ("Kultur- och fritidsnämnden", 46.1, 45.6),
    ("Samhällsbyggnadsnämnden", 67.3, 66.1),
    ("Miljö- och byggnadsnämnden", 9.0, 8.7),
]
FEM_AR = {
    "years": ["2019", "2020", "2021", "2022", "2023"],
    "inv": [17612, 17641, 17590, 17603, 17571],
    "skatt": [22.11, 22.11, 22.36, 22.36, 22.36],
    "res": [31.2, 58.9, 64.3, 27.5, 20.7],
    "vnk": [1248.6, 1262.1, 1301.7, 1382.4, 1461.9],
    "sob": [1282.3, 1330.5, 1378.4, 1421.8, 1491.2],
    "netinv": [98.4, 121.7, 133.0, 156.8, 142.9],
    "solid": [41.2, 42.8, 44.1, 44.6, 44.9],
    "anst": [1612, 1628, 1651, 1669, 1684],
    "sjuk": [7.4, 9.1, 8.6, 8.2, 7.9],
}
assert FEM_AR["solid"][-1] == SOLID[0]
RR_2022 = {"int": 285.1, "kost": -1612.9, "avs": -54.6, "skatt": 1051.0, "stb": 370.8, "finint": 4.9, "finkost": -16.8}

# ---------------------------------------------------------------- befolkning (xlsx)
POP_TOTAL = {2015: 17050, 2016: 17280, 2017: 17462, 2018: 17595, 2019: 17612, 2020: 17641,
             2021: 17590, 2022: 17603, 2023: 17571, 2024: 17534}
AGE_SHARES = [0.054, 0.106, 0.041, 0.512, 0.193]  # 0-5, 6-15, 16-19, 20-64, 65-79; 80+ residual

SKATT_100 = [  # verksamhet, nettokostnad 2025 mnkr
    ("Grundskola och fritidshem", 342.0),
    ("Äldreomsorg", 318.5),
    ("Förskola", 164.8),
    ("Stöd och service till personer med funktionsnedsättning", 151.2),
    ("Gymnasieskola och vuxenutbildning", 112.6),
    ("Individ- och familjeomsorg", 84.3),
    ("Gator, vägar, parker och räddningstjänst", 71.5),
    ("Kultur och fritid", 48.7),
    ("Politik, ledning och administration", 90.1),
]


def _pdf_budget(path: Path):
    p = MuniPDF("Eksjö kommun · Mål och budget 2025 med plan 2026–2027", page_fmt="{n}")
    # cover
    p.add_page()
    p.set_font("DejaVu", "B", 13)
    p.ln(30)
    p.cell(0, 8, "Eksjö kommun", align="C"); p.ln(20)
    p.set_font("DejaVu", "B", 28)
    p.cell(0, 14, "Mål och budget 2025", align="C"); p.ln(14)
    p.set_font("DejaVu", "", 16)
    p.cell(0, 10, "med plan för 2026–2027", align="C"); p.ln(60)
    p.set_font("DejaVu", "", 10)
    p.cell(0, 6, "Antagen av kommunfullmäktige 2024-11-21, § 142", align="C"); p.ln(6)
    p.cell(0, 6, "Diarienummer KS 2024/318", align="C")

    # contents
    p.add_page()
    p.h1("Innehåll")
    toc = [("Förord", 3), ("Vision och mål", 4), ("Ekonomiska förutsättningar", 5),
           ("Effektiviseringar och prioriteringar", 6), ("Resultatbudget", 7), ("Balansbudget", 8),
           ("Kassaflödesbudget", 9), ("Driftbudget per nämnd", 10), ("Nämndernas uppdrag 2025", 11),
           ("Investeringsbudget 2025–2027", 12), ("Finansiella nyckeltal", 14)]
    p.set_font("DejaVu", "", 11)
    for t, n in toc:
        p.cell(150, 7, t); p.cell(0, 7, str(n), align="R"); p.ln(7)

    # foreword
    p.add_page()
    p.h1("Förord")
    p.h2("Ett Eksjö som håller ihop")
    p.para("Eksjö kommun står inför en period med stora utmaningar. Andelen äldre ökar samtidigt som antalet "
           "barn och personer i arbetsför ålder minskar något. Kostnaderna för pensioner och räntor stiger och "
           "skatteintäkterna växer långsammare än under de senaste åren. Trots detta lägger vi en budget som "
           "håller ihop kommunen och som värnar kärnverksamheterna: skola, vård och omsorg.")
    p.para("Vi föreslår en oförändrad skattesats på 22,36 kronor per skattekrona. Budgeten för 2025 visar ett "
           "resultat på 16,1 miljoner kronor, vilket motsvarar 1,0 procent av skatteintäkter och generella "
           "statsbidrag. Det är lägre än vi skulle önska, men det är en nivå som gör att vi klarar balanskravet "
           "och samtidigt kan fortsätta investera.")
    p.para("Under 2024 bedöms kommunen gå med ett underskott. Prognosen visar ett resultat på -5,6 miljoner "
           "kronor, främst beroende på att Socialnämnden prognostiserar ett underskott om -12,8 miljoner kronor "
           "inom hemtjänst och placeringar av barn och unga. Därför genomför vi nu effektiviseringar om totalt "
           "13,9 miljoner kronor, samtidigt som vi prioriterar äldreomsorgen och föreningslivet.")
    p.para("Investeringarna är fortsatt höga. Under 2025 investerar kommunen för 186,4 miljoner kronor, bland "
           "annat i en ny förskola i Mariannelund, en tillbyggnad av Furulidsskolan och solceller på kommunens "
           "byggnader. Föreningslivet får ett tillfälligt utvecklingsbidrag om 700 000 kronor under 2025.")
    p.para("Jag vill tacka alla medarbetare som varje dag gör skillnad för Eksjöborna.")
    p.ln(4)
    p.para("Henrik Ljungdahl (M)\nKommunstyrelsens ordförande", style="I")

    # vision & goals
    p.add_page()
    p.h1("Vision och mål")
    p.para("Kommunfullmäktiges vision är ”Eksjö – den goda småstaden med plats för alla”. Visionen bryts ned i "
           "fyra målområden som gäller för mandatperioden 2023–2026. Varje nämnd ska i sin verksamhetsplan ange "
           "hur den bidrar till målen.")
    p.h2("Kommunfullmäktiges mål")
    p.bullets([
        "Målområde 1: Livslångt lärande. Andelen elever i årskurs 9 som är behöriga till gymnasieskolans "
        "yrkesprogram ska öka till minst 88 procent år 2026.",
        "Målområde 2: Trygg vård och omsorg. Andelen brukare som är nöjda med hemtjänsten ska vara minst 90 procent.",
        "Målområde 3: Hållbar tillväxt. Kommunen ska ha 18 000 invånare år 2030 och minst 60 nya bostäder ska "
        "färdigställas per år.",
        "Målområde 4: Attraktiv arbetsgivare. Sjukfrånvaron bland kommunens medarbetare ska understiga 7,0 procent.",
    ])
    p.h2("Finansiella mål")
    p.bullets([
        "Årets resultat ska uppgå till minst 1,0 procent av skatteintäkter och generella statsbidrag varje år.",
        "Investeringarna ska över planperioden självfinansieras till minst 60 procent.",
        "Soliditeten inklusive pensionsåtaganden ska inte understiga 20 procent.",
        "Låneskulden per invånare ska inte överstiga 45 000 kronor.",
    ])
    p.para("Budgeten för 2025 uppfyller resultatmålet med ett resultat om exakt 1,0 procent. Målet om "
           "självfinansiering av investeringarna uppnås inte under 2025 eftersom investeringsnivån är tillfälligt "
           "hög, men beräknas nås under 2027.")

    # förutsättningar
    p.add_page()
    p.h1("Ekonomiska förutsättningar")
    p.h2("Omvärld")
    p.para("Sveriges Kommuner och Regioner (SKR) bedömer i sin oktoberprognos att skatteunderlaget växer med "
           "3,6 procent 2025 och 3,3 procent 2026. Inflationen har sjunkit tillbaka och Riksbanken har börjat "
           "sänka styrräntan, men pensionskostnaderna ökar kraftigt till följd av de senaste årens höga inflation.")
    p.h2("Befolkning")
    p.para("Den 31 december 2023 hade Eksjö kommun 17 571 invånare. Budgeten bygger på ett antagande om "
           "17 520 invånare 2025, det vill säga en fortsatt svag minskning. Antalet invånare som är 80 år eller "
           "äldre väntas öka med drygt 100 personer under planperioden.")
    p.h2("Skattesats och skatteintäkter")
    p.para("Skattesatsen för 2025 är oförändrad, 22,36 kronor. Skatteintäkterna beräknas till 1 189,6 miljoner "
           "kronor och de generella statsbidragen och utjämningen till 420,3 miljoner kronor. En höjning av "
           "skattesatsen med 10 öre skulle ge ungefär 5,3 miljoner kronor i ökade intäkter.")
    p.h2("Pris- och löneuppräkning")
    p.para("Nämndernas ramar har räknats upp med 3,4 procent för löner och 2,0 procent för övriga kostnader. "
           "Kapitalkostnader för nya investeringar kompenseras nämnderna när investeringen tas i bruk. "
           "Pensionskostnaderna ökar med 9,2 miljoner kronor jämfört med 2024 och budgeteras under "
           "finansförvaltningen.")

    # effektiviseringar
    p.add_page()
    p.h1("Effektiviseringar och prioriteringar")
    p.para("För att klara resultatmålet har nämnderna fått i uppdrag att genomföra effektiviseringar om "
           "sammanlagt 13,9 miljoner kronor under 2025. Effektiviseringarna är fördelade så här:")
    p.bullets([
        "Barn- och utbildningsnämnden ska effektivisera med 4,7 miljoner kronor, bland annat genom samordnade "
        "skolskjutsar och en översyn av lokalanvändningen.",
        "Socialnämnden ska effektivisera med 6,2 miljoner kronor, främst genom ny planering i hemtjänsten och "
        "färre externa placeringar.",
        "Kommunstyrelsen ska minska sina kostnader med 1,8 miljoner kronor genom vakanshållning och "
        "minskade konsultkostnader.",
        "Kultur- och fritidsnämnden och samhällsbyggnadsnämnden ska effektivisera med 0,6 miljoner kronor var.",
    ])
    p.h2("Prioriteringar")
    p.para("Samtidigt tillförs pengar till områden som prioriteras. Socialnämnden får 2,5 miljoner kronor för "
           "att öppna tio nya platser i särskilt boende på Eksjöhemmet. Barn- och utbildningsnämnden får "
           "1,2 miljoner kronor för fler speciallärare i årskurs 1–3.")
    p.para("Föreningslivet får ett tillfälligt utvecklingsbidrag om 700 000 kronor under 2025, som fördelas "
           "av kultur- och fritidsnämnden. Dessutom avsätts 350 000 kronor till kommunens satsning på "
           "sommarjobb för ungdomar, vilket ger cirka 120 ungdomar ett feriejobb.")
    p.para("Kommunstyrelsen har också en central reserv för oförutsedda kostnader på 8,0 miljoner kronor, "
           "som ingår i finansförvaltningen.")

    # resultatbudget
    p.add_page()
    p.h1("Resultatbudget")
    p.para("Resultatbudgeten visar kommunens intäkter och kostnader. Tabellen är upprättad enligt lagen om "
           "kommunal bokföring och redovisning. Bokslut 2023 avser utfall och Prognos 2024 avser prognosen "
           "efter augusti.")
    w = [66, 20, 20, 20, 20, 20]
    hl = [["", "Bokslut", "Prognos", "Budget", "Plan", "Plan"], ["Belopp i mnkr", *YEARS]]
    rows = [
        ("row", ["Verksamhetens intäkter", *[sv(v) for v in RB["int"]]]),
        ("row", ["Verksamhetens kostnader", *[sv(v) for v in RB["kost"]]]),
        ("row", ["Avskrivningar", *[sv(v) for v in RB["avs"]]]),
        ("sum", ["Verksamhetens nettokostnader", *[sv(v) for v in RB["netto"]]]),
        ("row", ["Skatteintäkter", *[sv(v) for v in RB["skatt"]]]),
        ("row", ["Generella statsbidrag och utjämning", *[sv(v) for v in RB["stb"]]]),
        ("sum", ["Verksamhetens resultat", *[sv(v) for v in RB["vr"]]]),
        ("row", ["Finansiella intäkter", *[sv(v) for v in RB["finint"]]]),
        ("row", ["Finansiella kostnader", *[sv(v) for v in RB["finkost"]]]),
        ("sum", ["Resultat efter finansiella poster", *[sv(v) for v in RB["res"]]]),
        ("row", ["Extraordinära poster", *["0,0"] * 5]),
        ("total", ["Årets resultat", *[sv(v) for v in RB["res"]]]),
        ("row", ["Årets resultat i % av skatter och bidrag", *[sv(v, 1) + " %" for v in RB["pct"]]]),
    ]
    p.table(hl, rows, w, caption="Tabell 1. Resultatbudget")
    p.note("Skatteintäkterna bygger på SKR:s skatteunderlagsprognos från oktober 2024 (cirkulär 24:41). "
           "Verksamhetens kostnader 2025 inkluderar en central reserv om 8,0 mnkr.")
    p.para("Verksamhetens nettokostnader ökar med 40,7 miljoner kronor mellan prognosen för 2024 och budget "
           "2025, vilket motsvarar 2,6 procent. Skatteintäkter och generella statsbidrag ökar under samma period "
           "med 65,8 miljoner kronor.")

    # balansbudget
    p.add_page()
    p.h1("Balansbudget")
    p.para("Balansbudgeten visar kommunens tillgångar, eget kapital, avsättningar och skulder vid årets slut.")
    hl = [["", "Bokslut", "Prognos", "Budget", "Plan", "Plan"], ["Belopp i mnkr", *YEARS]]
    rows = [
        ("section", ["TILLGÅNGAR"]),
        ("row", ["Materiella anläggningstillgångar", *[sv(v) for v in MAT]]),
        ("row", ["Finansiella anläggningstillgångar", *[sv(v) for v in FAT]]),
        ("sum", ["Summa anläggningstillgångar", *[sv(v) for v in SUM_AT]]),
        ("row", ["Fordringar", *[sv(v) for v in FORD]]),
        ("row", ["Kassa och bank", *[sv(v) for v in KASSA]]),
        ("sum", ["Summa omsättningstillgångar", *[sv(v) for v in SUM_OT]]),
        ("total", ["SUMMA TILLGÅNGAR", *[sv(v) for v in SUM_T]]),
        ("section", ["EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER"]),
        ("row", ["Eget kapital", *[sv(v) for v in EK]]),
        ("sub", ["därav årets resultat", *[sv(v) for v in RB["res"]]]),
        ("row", ["Avsättningar för pensioner", *[sv(v) for v in AVSATT]]),
        ("row", ["Långfristiga skulder", *[sv(v) for v in LFS]]),
        ("row", ["Kortfristiga skulder", *[sv(v) for v in KFS]]),
        ("total", ["SUMMA EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER", *[sv(v) for v in SUM_S]]),
        ("row", ["Soliditet, %", *[sv(v) for v in SOLID]]),
    ]
    p.table(hl, rows, [85, 17, 17, 17, 17, 17], caption="Tabell 2. Balansbudget", size=8)
    p.note("Pensionsförpliktelser intjänade före 1998 redovisas som ansvarsförbindelse och ingår inte i "
           "balansbudgeten. Ansvarsförbindelsen beräknas uppgå till 402,6 mnkr vid utgången av 2025.")

    # kassaflöde
    p.add_page()
    p.h1("Kassaflödesbudget")
    hl = [["", "Prognos", "Budget", "Plan", "Plan"], ["Belopp i mnkr", *YEARS[1:]]]
    f = lambda key: [sv(v, neg="dash") for v in KF[key]]
    rows = [
        ("section", ["Den löpande verksamheten"]),
        ("row", ["Årets resultat", *f("res")]),
        ("row", ["Justering för avskrivningar", *f("avs")]),
        ("row", ["Justering för förändring av avsättningar", *f("avsatt")]),
        ("row", ["Ökning (–)/minskning (+) av fordringar", *f("ford")]),
        ("row", ["Ökning (+)/minskning (–) av kortfristiga skulder", *f("kfs")]),
        ("sum", ["Medel från den löpande verksamheten", *f("lop")]),
        ("section", ["Investeringsverksamheten"]),
        ("row", ["Investering i materiella anläggningstillgångar", *f("inv")]),
        ("sum", ["Medel från investeringsverksamheten", *f("inv")]),
        ("section", ["Finansieringsverksamheten"]),
        ("row", ["Nyupptagna lån", *f("nylan")]),
        ("row", ["Amortering av skuld", *f("amort")]),
        ("sum", ["Medel från finansieringsverksamheten", *f("fin")]),
        ("total", ["Årets kassaflöde", *f("flode")]),
        ("row", ["Likvida medel vid årets början", *f("ib")]),
        ("row", ["Likvida medel vid årets slut", *f("ub")]),
    ]
    p.table(hl, rows, [86, 21, 21, 21, 21], caption="Tabell 3. Kassaflödesbudget")
    per_inv = sv(round(LFS[2] * 1e6 / INV_2025, -2), 0)
    p.para(f"Under 2025 beräknas kommunen ta upp nya lån om {sv(NYLAN[2], 0)} miljoner kronor. Låneskulden "
           f"beräknas uppgå till {sv(LFS[2])} miljoner kronor vid utgången av 2025, vilket motsvarar cirka "
           f"{per_inv} kronor per invånare.")

    # drift
    p.add_page()
    p.h1("Driftbudget per nämnd")
    p.para("Nämndernas ramar anges som nettokostnad, det vill säga kostnader minus externa intäkter. "
           "Ramarna för 2025 innehåller kompensation för löne- och prisökningar samt beslutade "
           "effektiviseringar och prioriteringar.")
    hl = [["", "Budget", "Budget", "Förändring", "Förändring", "Kr per"],
          ["Nämnd, nettokostnad i mnkr", "2024", "2025", "mnkr", "%", "invånare 2025"]]
    rows = []
    for n, b24, b25, _, _ in DRIFT:
        rows.append(("row", [n, sv(b24), sv(b25), sv(r1(b25 - b24)), sv(100 * (b25 - b24) / b24),
                             sv(b25 * 1e6 / INV_2025, 0)]))
    rows.append(("sum", ["Summa nämnder", sv(DRIFT_SUM[0]), sv(DRIFT_SUM[1]), sv(r1(DRIFT_SUM[1] - DRIFT_SUM[0])),
                         sv(100 * (DRIFT_SUM[1] - DRIFT_SUM[0]) / DRIFT_SUM[0]), sv(DRIFT_SUM[1] * 1e6 / INV_2025, 0)]))
    rows.append(("row", ["Finansförvaltning¹", sv(FINANSF[0]), sv(FINANSF[1]), sv(r1(FINANSF[1] - FINANSF[0])),
                         sv(100 * (FINANSF[1] - FINANSF[0]) / FINANSF[0]), sv(FINANSF[1] * 1e6 / INV_2025, 0)]))
    rows.append(("total", ["Verksamhetens nettokostnader", sv(VNK[0]), sv(VNK[1]), sv(r1(VNK[1] - VNK[0])),
                           sv(100 * (VNK[1] - VNK[0]) / VNK[0]), sv(VNK[1] * 1e6 / INV_2025, 0)]))
    p.table(hl, rows, [60, 17, 17, 22, 22, 32], caption="Tabell 4. Driftbudget 2025 per nämnd")
    p.note("¹ Finansförvaltningen omfattar pensionskostnader, central reserv, kapitalkostnader och "
           "personalomkostnadspålägg som inte fördelats till nämnderna.\n"
           "Kronor per invånare är beräknat på 17 520 invånare.")
    p.para("Den största nämnden är Barn- och utbildningsnämnden med en ram på 612,4 miljoner kronor. "
           "Socialnämnden får den största ökningen i kronor räknat, 27,1 miljoner kronor, vilket främst förklaras "
           "av fler äldre med behov av hemtjänst och särskilt boende.")

    # uppdrag
    p.add_page()
    p.h1("Nämndernas uppdrag 2025")
    p.h2("Kommunstyrelsen")
    p.para("Kommunstyrelsen ska under 2025 ta fram en ny lokalförsörjningsplan och en plan för "
           "kompetensförsörjning. Arbetet med verksamhetsområdet Ränneslätt fortsätter.")
    p.h2("Barn- och utbildningsnämnden")
    p.para("Nämnden ska utreda framtidens skolorganisation på landsbygden och redovisa ett förslag till "
           "kommunstyrelsen senast den 30 september 2025. Den nya förskolan i Mariannelund med sex avdelningar "
           "beräknas stå klar i januari 2027.")
    p.h2("Socialnämnden")
    p.para("Socialnämnden ska minska antalet externa placeringar av barn och unga och bygga upp ett eget "
           "familjehemsteam. Tio nya platser i särskilt boende öppnas på Eksjöhemmet under hösten 2025.")
    p.h2("Kultur- och fritidsnämnden")
    p.para("Nämnden ska fördela utvecklingsbidraget till föreningslivet och ta fram en ny biblioteksplan.")
    p.h2("Samhällsbyggnadsnämnden")
    p.para("Samhällsbyggnadsnämnden ansvarar för de flesta fastighetsinvesteringarna, bland annat renoveringen "
           "av Eksjöbadet som beräknas kosta totalt 63,5 miljoner kronor under planperioden.")
    p.h2("Miljö- och byggnadsnämnden")
    p.para("Handläggningstiden för bygglov ska understiga fem veckor i genomsnitt.")

    # investeringar (landscape, continues over page break)
    p.add_page(orientation="L")
    p.h1("Investeringsbudget 2025–2027")
    p.para("Investeringsbudgeten omfattar alla investeringar över ett halvt prisbasbelopp. Belopp i mnkr. "
           "Nämnd: KS = kommunstyrelsen, BUN = barn- och utbildningsnämnden, SN = socialnämnden, "
           "KFN = kultur- och fritidsnämnden, SBN = samhällsbyggnadsnämnden.")
    hl = [["", "", "Budget", "Plan", "Plan", "Summa"], ["Projekt", "Nämnd", "2025", "2026", "2027", "2025–2027"]]
    rows = [("row", [n, nm, sv(a), sv(b), sv(c), sv(r1(a + b + c))]) for n, nm, a, b, c in INVEST]
    rows.append(("total", ["Totalt investeringar", "", *[sv(v) for v in INV_TOT], sv(r1(sum(INV_TOT)))]))
    p.table(hl, rows, [110, 25, 28, 28, 28, 38], caption="Tabell 5. Investeringsbudget, mnkr",
            aligns=["L", "L", "R", "R", "R", "R"], cont_caption="Tabell 5. Investeringsbudget, mnkr (forts.)")
    p.note("Investeringar i VA och fjärrvärme genomförs av de kommunala bolagen och ingår inte i tabellen.")

    # nyckeltal
    p.add_page(orientation="P")
    p.h1("Finansiella nyckeltal")
    hl = [["", "Bokslut", "Prognos", "Budget", "Plan", "Plan"], ["Nyckeltal", *YEARS]]
    self_fin = [round(100 * (RB["res"][i] - RB["avs"][i]) / INV_ALL[i]) for i in range(5)]
    rows = [
        ("row", ["Skattesats, kronor", *["22,36"] * 5]),
        ("row", ["Årets resultat, mnkr", *[sv(v) for v in RB["res"]]]),
        ("row", ["Nettoinvesteringar, mnkr", *[sv(v) for v in INV_ALL]]),
        ("row", ["Självfinansieringsgrad investeringar, %", *[str(v) for v in self_fin]]),
        ("row", ["Soliditet, %", *[sv(v) for v in SOLID]]),
        ("row", ["Låneskuld, mnkr", *[sv(v) for v in LFS]]),
    ]
    p.table(hl, rows, [70, 20, 20, 20, 20, 20], caption="Tabell 6. Finansiella nyckeltal")
    p.note("Självfinansieringsgrad = (årets resultat + avskrivningar) / nettoinvesteringar.")
    p.output(str(path))
    return self_fin


def _pdf_ar(path: Path):
    p = MuniPDF("Eksjö kommun – Årsredovisning 2023", page_fmt="Sida {n}")
    p.add_page()
    p.ln(40)
    p.set_font("DejaVu", "B", 30)
    p.cell(0, 14, "Årsredovisning 2023", align="C"); p.ln(16)
    p.set_font("DejaVu", "", 14)
    p.cell(0, 8, "Eksjö kommun", align="C"); p.ln(80)
    p.set_font("DejaVu", "", 10)
    p.cell(0, 6, "Godkänd av kommunfullmäktige 2024-04-25, § 52", align="C")

    p.add_page()
    p.h1("Kommunstyrelsens ordförande har ordet")
    p.para("2023 blev ett år då hög inflation och stigande räntor satte press på kommunens ekonomi. Ändå kan vi "
           "redovisa ett positivt resultat på 20,7 miljoner kronor, vilket är 8,8 miljoner kronor bättre än "
           "budget. Det beror framför allt på högre skatteintäkter och lägre kostnader i finansförvaltningen.")
    p.para("Socialnämnden redovisade dock ett underskott om 11,4 miljoner kronor, och barn- och "
           "utbildningsnämnden ett underskott om 3,6 miljoner kronor. Det visar att vi måste fortsätta arbetet "
           "med att anpassa verksamheten till de resurser vi har.")
    p.para("Under året invigdes den nya idrottshallen vid Grevhagsskolan och vi tog första spadtaget för "
           "verksamhetsområdet Ränneslätt.")
    p.para("Henrik Ljungdahl (M), kommunstyrelsens ordförande", style="I")

    p.add_page()
    p.h1("Året i korthet")
    p.bullets([
        "Årets resultat blev 20,7 miljoner kronor (27,5 miljoner kronor 2022).",
        "Balanskravsresultatet uppgick till 18,4 miljoner kronor efter justering för realisationsvinster.",
        "Nettoinvesteringarna uppgick till 142,9 miljoner kronor, vilket motsvarar 71 procent av budgeten.",
        "Antalet invånare minskade med 32 personer till 17 571.",
        "Sjukfrånvaron minskade till 7,9 procent.",
        "Kommunen fick 3,2 miljoner kronor i statsbidrag för energiåtgärder i skolor.",
    ])
    p.h2("Fem år i sammandrag")
    F = FEM_AR
    hl = [["", *F["years"]]]
    rows = [
        ("row", ["Antal invånare 31 december", *[sv(v, 0) for v in F["inv"]]]),
        ("row", ["Kommunal skattesats, kronor", *[sv(v, 2) for v in F["skatt"]]]),
        ("row", ["Årets resultat, mnkr", *[sv(v) for v in F["res"]]]),
        ("row", ["Verksamhetens nettokostnader, mnkr", *[sv(v) for v in F["vnk"]]]),
        ("row", ["Skatteintäkter och generella statsbidrag, mnkr", *[sv(v) for v in F["sob"]]]),
        ("row", ["Nettoinvesteringar, mnkr", *[sv(v) for v in F["netinv"]]]),
        ("row", ["Soliditet, %", *[sv(v) for v in F["solid"]]]),
        ("row", ["Antal tillsvidareanställda", *[sv(v, 0) for v in F["anst"]]]),
        ("row", ["Sjukfrånvaro, %", *[sv(v) for v in F["sjuk"]]]),
    ]
    p.table(hl, rows, [80, 18, 18, 18, 18, 18], caption="Kommunen, belopp i löpande priser")

    p.add_page()
    p.h1("Förvaltningsberättelse")
    p.h2("Resultat och balanskrav")
    p.para("Kommunens resultat för 2023 uppgick till 20,7 miljoner kronor. Resultatet motsvarar 1,4 procent av "
           "skatteintäkter och generella statsbidrag, vilket innebär att det finansiella målet om minst "
           "1,0 procent uppfylldes. I resultatet ingår realisationsvinster från försäljning av mark om "
           "2,3 miljoner kronor, som inte räknas in i balanskravsresultatet.")
    p.h2("Nämndernas budgetavvikelser")
    p.para("Nämnderna redovisar sammantaget ett underskott mot budget. Tabellen visar nettokostnad per nämnd.")
    hl = [["Nämnd, mnkr", "Budget 2023", "Utfall 2023", "Avvikelse"]]
    rows = [("row", [n, sv(b), sv(u), sv(r1(b - u))]) for n, b, u in NAMND_2023]
    sb = r1(sum(b for _, b, _ in NAMND_2023)); su = r1(sum(u for _, _, u in NAMND_2023))
    rows.append(("total", ["Summa nämnder", sv(sb), sv(su), sv(r1(sb - su))]))
    p.table(hl, rows, [80, 30, 30, 30], caption="Nämndernas nettokostnad och budgetavvikelse 2023")
    p.para("Finansförvaltningen redovisade ett överskott om 19,0 miljoner kronor, främst till följd av lägre "
           "pensionskostnader än beräknat och högre skatteintäkter.")
    p.h2("Investeringar")
    p.para("Nettoinvesteringarna uppgick till 142,9 miljoner kronor, att jämföra med en budget på 201,3 miljoner "
           "kronor. De största projekten var idrottshallen vid Grevhagsskolan (38,6 miljoner kronor) och "
           "reinvesteringar i kommunens fastigheter (17,2 miljoner kronor). Flera projekt har senarelagts till "
           "2024 på grund av förseningar i upphandlingar.")
    p.h2("Personal")
    p.para("Den 31 december 2023 hade kommunen 1 684 tillsvidareanställda medarbetare, en ökning med 15 "
           "jämfört med föregående år. Sjukfrånvaron minskade från 8,2 till 7,9 procent. Den totala "
           "lönesumman uppgick till 712,5 miljoner kronor.")

    p.add_page()
    p.h1("Nämndernas verksamhet")
    p.h2("Barn- och utbildningsnämnden")
    p.para("Under 2023 gick i genomsnitt 742 barn i kommunens förskolor och 1 958 elever i grundskolan. "
           "Andelen elever i årskurs 9 som var behöriga till gymnasieskolans yrkesprogram var 84,1 procent. "
           "Nämnden redovisade ett underskott om 3,6 miljoner kronor, främst på grund av ökade kostnader för "
           "skolskjutsar och elever i behov av särskilt stöd.")
    p.h2("Socialnämnden")
    p.para("Antalet beviljade hemtjänsttimmar ökade med 6 procent till 214 000 timmar. Kostnaderna för externa "
           "placeringar av barn och unga uppgick till 28,7 miljoner kronor, vilket var 9,3 miljoner kronor mer "
           "än budgeterat. Andelen brukare som var nöjda med hemtjänsten var 88 procent.")
    p.h2("Kultur- och fritidsnämnden")
    p.para("Biblioteken hade 118 500 besök under året. Eksjöbadet hade 64 200 besökare, vilket var 7 procent "
           "fler än 2022.")
    p.h2("Samhällsbyggnadsnämnden")
    p.para("Under 2023 färdigställdes 41 nya bostäder i kommunen, varav 18 i Eksjö stad och 9 i Mariannelund. "
           "Idrottshallen vid Grevhagsskolan invigdes i augusti.")

    p.add_page()
    p.h1("Resultaträkning")
    rr = RR_2022
    n22 = r1(rr["int"] + rr["kost"] + rr["avs"]); v22 = r1(n22 + rr["skatt"] + rr["stb"])
    res22 = r1(v22 + rr["finint"] + rr["finkost"])
    assert res22 == 27.5 and n22 == -1382.4
    hl = [["Belopp i mnkr", "Not", "2023", "2022"]]
    rows = [
        ("row", ["Verksamhetens intäkter", "2", sv(RB["int"][0]), sv(rr["int"])]),
        ("row", ["Verksamhetens kostnader", "3", sv(RB["kost"][0]), sv(rr["kost"])]),
        ("row", ["Avskrivningar", "4", sv(RB["avs"][0]), sv(rr["avs"])]),
        ("sum", ["Verksamhetens nettokostnader", "", sv(RB["netto"][0]), sv(n22)]),
        ("row", ["Skatteintäkter", "5", sv(RB["skatt"][0]), sv(rr["skatt"])]),
        ("row", ["Generella statsbidrag och utjämning", "6", sv(RB["stb"][0]), sv(rr["stb"])]),
        ("sum", ["Verksamhetens resultat", "", sv(RB["vr"][0]), sv(v22)]),
        ("row", ["Finansiella intäkter", "7", sv(RB["finint"][0]), sv(rr["finint"])]),
        ("row", ["Finansiella kostnader", "8", sv(RB["finkost"][0]), sv(rr["finkost"])]),
        ("sum", ["Resultat efter finansiella poster", "", sv(RB["res"][0]), sv(res22)]),
        ("total", ["Årets resultat", "", sv(RB["res"][0]), sv(res22)]),
    ]
    p.table(hl, rows, [90, 15, 30, 30], caption="Resultaträkning, kommunen")
    p.h2("Balanskravsutredning")
    hl = [["Belopp i mnkr", "2023", "2022"]]
    rows = [
        ("row", ["Årets resultat enligt resultaträkningen", "20,7", "27,5"]),
        ("row", ["Samtliga realisationsvinster", "-2,3", "-1,1"]),
        ("sum", ["Årets resultat efter balanskravsjusteringar", "18,4", "26,4"]),
        ("row", ["Medel till resultatutjämningsreserv", "0,0", "-10,0"]),
        ("total", ["Balanskravsresultat", "18,4", "16,4"]),
    ]
    p.table(hl, rows, [110, 30, 30], caption="Tabell: Balanskravsutredning")
    p.h2("Balansräkning i sammandrag")
    hl = [["Belopp i mnkr", "2023-12-31", "2022-12-31"]]
    rows = [
        ("row", ["Anläggningstillgångar", sv(SUM_AT[0]), "1 492,6"]),
        ("row", ["Omsättningstillgångar", sv(SUM_OT[0]), "226,8"]),
        ("total", ["Summa tillgångar", sv(SUM_T[0]), "1 719,4"]),
        ("row", ["Eget kapital", sv(EK[0]), "791,7"]),
        ("row", ["Avsättningar", sv(AVSATT[0]), "59,8"]),
        ("row", ["Långfristiga skulder", sv(LFS[0]), "545,0"]),
        ("row", ["Kortfristiga skulder", sv(KFS[0]), "322,9"]),
        ("total", ["Summa eget kapital, avsättningar och skulder", sv(SUM_S[0]), "1 719,4"]),
    ]
    p.table(hl, rows, [110, 30, 30], caption="Tabell: Balansräkning")
    p.output(str(path))


def _html(path: Path):
    total = sum(v for _, v in SKATT_100)
    other = r1(DRIFT_SUM[1] - total)
    items = SKATT_100 + [("Övrigt (näringsliv, miljö, bygg, kollektivtrafik m.m.)", other)]
    tot = sum(v for _, v in items)
    kr = [round(100 * v / tot) for _, v in items]
    assert sum(kr) == 100, kr
    rows = "\n".join(
        f"          <tr><td>{n}</td><td>{k}</td><td>{sv(v)}</td></tr>" for (n, v), k in zip(items, kr))
    html = f"""<!DOCTYPE html>
<html lang="sv">
<head>
  <meta charset="utf-8">
  <title>Så används din skatt - Eksjö kommun</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
</head>
<body>
  <div id="cookie-banner" class="cookie-banner">
    <p>Vi använder kakor (cookies) för att förbättra din upplevelse av eksjo.se. Läs mer om hur vi använder kakor.</p>
    <button>Acceptera alla</button> <button>Endast nödvändiga</button>
  </div>
  <header class="site-header">
    <a class="logo" href="/">Eksjö kommun</a>
    <nav aria-label="Huvudmeny">
      <ul>
        <li><a href="/omsorg-och-hjalp">Omsorg och hjälp</a></li>
        <li><a href="/forskola-och-skola">Förskola och skola</a></li>
        <li><a href="/bygga-bo-och-miljo">Bygga, bo och miljö</a></li>
        <li><a href="/kultur-och-fritid">Kultur och fritid</a></li>
        <li><a href="/kommun-och-politik">Kommun och politik</a></li>
      </ul>
    </nav>
    <form role="search"><input type="search" placeholder="Sök på eksjo.se"><button>Sök</button></form>
  </header>
  <nav class="breadcrumbs">Start / Kommun och politik / Ekonomi / Så används din skatt</nav>
  <main>
    <article>
      <h1>Så används din skatt</h1>
      <p class="ingress">Varje år betalar du som bor i Eksjö kommun kommunalskatt. Pengarna går till förskola, skola, äldreomsorg och mycket annat som du använder i vardagen. Här kan du se hur varje hundralapp fördelas.</p>
      <p>Skattesatsen i Eksjö kommun är 22,36 kronor per hundralapp för 2025. Tillsammans med Region Jönköpings läns skatt på 11,76 kronor blir den totala skattesatsen 34,12 kronor. Kommunalskatten är oförändrad jämfört med 2024.</p>
      <p>En person som tjänar 30 000 kronor i månaden betalar ungefär 6 100 kronor i kommunalskatt varje månad.</p>
      <h2>Så fördelas 100 kronor i skatt</h2>
      <table class="table">
        <caption>Fördelning av nämndernas nettokostnader, budget 2025</caption>
        <thead>
          <tr><th>Verksamhet</th><th>Kronor av 100</th><th>Nettokostnad 2025, mnkr</th></tr>
        </thead>
        <tbody>
{rows}
          <tr><td><strong>Totalt</strong></td><td><strong>100</strong></td><td><strong>{sv(tot)}</strong></td></tr>
        </tbody>
      </table>
      <p>Skatteintäkterna räcker inte ensamma till all verksamhet. Kommunen får också generella statsbidrag och utjämning från staten, 420,3 miljoner kronor 2025, samt avgifter och taxor.</p>
      <h2>Mer om kommunens ekonomi</h2>
      <ul>
        <li><a href="/mal-och-budget">Mål och budget 2025 med plan 2026–2027</a></li>
        <li><a href="/arsredovisning">Årsredovisning 2023</a></li>
      </ul>
      <p class="meta">Publicerad 2024-12-03<br>Senast uppdaterad 2025-01-14</p>
      <p class="meta">Sidansvarig: Ekonomiavdelningen</p>
    </article>
  </main>
  <footer class="site-footer">
    <p>Eksjö kommun, 575 80 Eksjö. Besöksadress: Stadshuset, Stortorget 8.</p>
    <p>Telefon: 0381-360 00. E-post: eksjo.kommun@eksjo.se</p>
    <ul><li><a href="/tillganglighet">Tillgänglighetsredogörelse</a></li><li><a href="/personuppgifter">Behandling av personuppgifter</a></li><li><a href="/kakor">Kakor</a></li></ul>
  </footer>
</body>
</html>
"""
    path.write_text(html, encoding="utf-8")
    return items, kr


def _docx(path: Path):
    d = docx.Document()
    st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
    cp = d.core_properties
    cp.author = "Kommunledningskontoret, Eksjö kommun"; cp.title = "Kommunfullmäktige protokoll 2024-11-21"
    cp.created = FIXED_DT.replace(tzinfo=None); cp.modified = FIXED_DT.replace(tzinfo=None)
    cp.last_modified_by = "Eksjö kommun"; cp.revision = 1
    d.add_heading("Sammanträdesprotokoll", level=0)
    d.add_paragraph("Kommunfullmäktige, Eksjö kommun")
    d.add_paragraph("Sammanträdesdatum: 2024-11-21")
    d.add_paragraph("Plats och tid: Stadshuset, sammanträdessalen, kl. 18.00–21.40")
    d.add_paragraph("Beslutande: se bifogad närvaro- och voteringslista. Ordförande: Birgitta Ramström (KD)")
    d.add_paragraph("Sekreterare: Karin Sjöholm. Justerare: Lena Ottosson (S) och Mats Gunnarsson (M)")
    d.add_paragraph("Justeringens tid och plats: Stadshuset 2024-11-27. Paragrafer: §§ 140–146")

    d.add_heading("§ 140 Val av justerare", level=2)
    d.add_paragraph("Kommunfullmäktige utser Lena Ottosson (S) och Mats Gunnarsson (M) att jämte ordföranden "
                    "justera dagens protokoll.")
    d.add_heading("§ 141 Allmänhetens frågestund", level=2)
    d.add_paragraph("Två frågor ställdes om snöröjning i Mariannelund och om öppettiderna på Eksjöbadet. "
                    "Frågorna besvarades av samhällsbyggnadsnämndens ordförande Mats Gunnarsson (M).")

    d.add_heading("§ 142 Mål och budget 2025 med plan 2026–2027", level=2)
    d.add_paragraph("Dnr KS 2024/318")
    d.add_paragraph("Ärendebeskrivning", style="Heading 3")
    d.add_paragraph("Kommunstyrelsen har den 5 november 2024, § 231, föreslagit kommunfullmäktige att anta "
                    "Mål och budget 2025 med plan 2026–2027. Förslaget bygger på en oförändrad skattesats och ett "
                    "resultat om 16,1 miljoner kronor för 2025.")
    d.add_paragraph("Yrkanden", style="Heading 3")
    d.add_paragraph("Henrik Ljungdahl (M), Anders Wiklund (KD) och Pia Hellström (C) yrkar bifall till "
                    "kommunstyrelsens förslag.")
    d.add_paragraph("Sofia Bergkvist (S) yrkar bifall till Socialdemokraternas budgetförslag med en skattesats "
                    "om 22,61 kronor, det vill säga en höjning med 25 öre.")
    d.add_paragraph("Jimmy Nordh (SD) meddelar att Sverigedemokraterna inte deltar i beslutet om mål och budget.")
    d.add_paragraph("Omröstning", style="Heading 3")
    d.add_paragraph("Omröstning begärs. Ja-röst för kommunstyrelsens förslag, nej-röst för Socialdemokraternas "
                    "förslag. Med 27 ja-röster mot 18 nej-röster och 4 som avstår beslutar kommunfullmäktige "
                    "enligt kommunstyrelsens förslag.")
    d.add_paragraph("Beslut", style="Heading 3")
    d.add_paragraph("1. Skattesatsen för 2025 fastställs till oförändrat 22,36 kronor.")
    d.add_paragraph("2. Mål och budget 2025 med plan 2026–2027 antas.")
    d.add_paragraph("3. Nämndernas kommunbidrag fastställs enligt tabellen nedan.")
    d.add_paragraph("4. Kommunstyrelsen får under 2025 nyupptaga lån om högst 95 miljoner kronor.")
    d.add_paragraph("5. Kommunstyrelsen får i uppdrag att återkomma med en plan för att nå målet om "
                    "självfinansiering av investeringarna.")
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    hdr = ["Nämnd", "Kommunbidrag 2025, mnkr", "Plan 2026, mnkr", "Plan 2027, mnkr"]
    for i, h in enumerate(hdr):
        t.rows[0].cells[i].text = h
    for n, _, b25, p26, p27 in DRIFT:
        c = t.add_row().cells
        c[0].text, c[1].text, c[2].text, c[3].text = n, sv(b25), sv(p26), sv(p27)
    c = t.add_row().cells
    c[0].text, c[1].text, c[2].text, c[3].text = "Summa", sv(DRIFT_SUM[1]), sv(DRIFT_SUM[2]), sv(DRIFT_SUM[3])
    d.add_paragraph("Reservationer", style="Heading 3")
    d.add_paragraph("Ledamöterna för Socialdemokraterna reserverar sig mot beslutet till förmån för eget förslag. "
                    "Ulla Karlsson (V) reserverar sig mot beslutet med hänvisning till att förslaget innebär för "
                    "stora besparingar inom socialnämnden.")

    d.add_heading("§ 143 Investering i ny förskola i Mariannelund", level=2)
    d.add_paragraph("Dnr KS 2024/205")
    d.add_paragraph("Barn- och utbildningsnämnden har begärt att en ny förskola med sex avdelningar och plats "
                    "för 108 barn uppförs i Mariannelund och ersätter de två befintliga förskolorna Solrosen och "
                    "Ekorren. Den totala investeringsutgiften beräknas till 38,5 miljoner kronor, varav "
                    "20,0 miljoner kronor 2025 och 18,5 miljoner kronor 2026. Den årliga hyreskostnaden för "
                    "barn- och utbildningsnämnden ökar med 1,9 miljoner kronor från 2027.")
    d.add_paragraph("Beslut: Kommunfullmäktige beslutar att samhällsbyggnadsnämnden ges i uppdrag att uppföra en "
                    "ny förskola i Mariannelund inom en total investeringsram om 38,5 miljoner kronor.")
    d.add_paragraph("Reservation: Jimmy Nordh (SD) reserverar sig mot beslutet till förmån för eget yrkande om "
                    "att i stället renovera förskolan Solrosen.")

    d.add_heading("§ 144 Taxa för bygglov och anmälan 2025", level=2)
    d.add_paragraph("Miljö- och byggnadsnämnden föreslår att timavgiften för handläggning höjs från 1 280 kronor "
                    "till 1 340 kronor från den 1 januari 2025. Beslut: Kommunfullmäktige antar taxan.")
    d.add_heading("§ 145 Motion om avgiftsfri kollektivtrafik för pensionärer", level=2)
    d.add_paragraph("Motionären Ulla Karlsson (V) föreslår att invånare över 75 år ska kunna åka avgiftsfritt med "
                    "länstrafiken inom kommunen. Kommunstyrelsen har beräknat kostnaden till cirka 1,1 miljoner "
                    "kronor per år. Beslut: Motionen avslås. Ulla Karlsson (V) reserverar sig mot beslutet.")
    d.add_heading("§ 146 Anmälningsärenden", level=2)
    d.add_paragraph("Revisionens granskning av socialnämndens placeringar anmäls och läggs till handlingarna.")
    d.add_paragraph("Vid protokollet: Karin Sjöholm. Ordförande: Birgitta Ramström. Justerare: Lena Ottosson, "
                    "Mats Gunnarsson.")
    d.save(str(path))
    normalize_zip(path)


def _xlsx(path: Path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Befolkning"
    ws["A1"] = "Befolkning i Eksjö kommun 2015–2024"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Antal invånare den 31 december efter ålder. Källa: SCB"
    hdr = ["År", "Totalt", "0–5 år", "6–15 år", "16–19 år", "20–64 år", "65–79 år", "80 år och äldre"]
    ws.append([]); ws.append(hdr)
    for c in ws[4]:
        c.font = Font(bold=True)
    pop = {}
    for y, tot in POP_TOTAL.items():
        drift = (y - 2015) * 0.0012
        shares = [AGE_SHARES[0] - drift / 4, AGE_SHARES[1] - drift / 4, AGE_SHARES[2], AGE_SHARES[3] - drift,
                  AGE_SHARES[4] + drift]
        parts = [round(tot * s) for s in shares]
        parts.append(tot - sum(parts))
        pop[y] = parts
        ws.append([y, tot, *parts])
    ws.column_dimensions["A"].width = 8
    for col in "BCDEFGH":
        ws.column_dimensions[col].width = 13

    ws2 = wb.create_sheet("Nettokostnad")
    ws2["A1"] = "Nettokostnad per verksamhet, Eksjö kommun jämfört med riket"; ws2["A1"].font = Font(bold=True, size=13)
    ws2["A2"] = "Kronor per invånare, löpande priser. Källa: Kolada"
    ws2.append([])
    ws2.append(["Verksamhet", "2021", "2022", "2023", "Riket 2023"])
    for c in ws2[4]:
        c.font = Font(bold=True)
    NK = [
        ("Förskola", 8412, 8795, 9240, 9611),
        ("Grundskola inkl. förskoleklass", 17604, 18390, 19475, 18830),
        ("Gymnasieskola", 6882, 7150, 7498, 6904),
        ("Äldreomsorg", 16920, 17810, 18960, 15215),
        ("Funktionsnedsättning (LSS och SoL)", 7930, 8245, 8720, 8402),
        ("Individ- och familjeomsorg", 4415, 4690, 5012, 4538),
        ("Kultur", 1385, 1420, 1466, 1392),
        ("Fritid", 1520, 1580, 1611, 1358),
    ]
    for r in NK:
        ws2.append(list(r))
    ws2.column_dimensions["A"].width = 38
    for col in "BCDE":
        ws2.column_dimensions[col].width = 12
    wb.properties.creator = "Eksjö kommun, Ekonomiavdelningen"
    wb.properties.created = FIXED_DT.replace(tzinfo=None)
    wb.properties.modified = FIXED_DT.replace(tzinfo=None)
    wb.save(str(path))
    normalize_zip(path)
    return pop, NK


def _md(path: Path):
    txt = """# Eksjö kommun satsar på solceller på tolv kommunala byggnader

**Pressmeddelande, Eksjö kommun, 18 februari 2025**

Under 2025 installerar Eksjö kommun solceller på tolv av kommunens byggnader, bland annat Furulidsskolan, Eksjöhemmet och stadshuset. Investeringen uppgår till 12,5 miljoner kronor och är en del av kommunens investeringsbudget för 2025.

När alla anläggningar är i drift beräknas de producera cirka 1 100 megawattimmar el per år. Det motsvarar ungefär 15 procent av kommunens egen elförbrukning i verksamhetslokalerna. Den årliga besparingen på elkostnaderna beräknas till cirka 1,4 miljoner kronor.

– Det här är en investering som betalar sig själv på mindre än tio år och som samtidigt minskar vår klimatpåverkan. Vi tar ett stort steg mot målet om en fossilfri kommunorganisation 2030, säger Mats Gunnarsson (M), ordförande i samhällsbyggnadsnämnden.

## Fakta om satsningen

- Antal byggnader: 12
- Total installerad effekt: cirka 1,2 megawatt
- Investering 2025: 12,5 miljoner kronor
- Beräknad årlig produktion: 1 100 MWh
- Upphandlad entreprenör: Höglandets Solenergi AB

Arbetet startar i april på Furulidsskolan och beräknas vara klart i november 2025. Kommunen har dessutom sökt ett statligt investeringsstöd på 2,1 miljoner kronor från Energimyndigheten.

**För mer information, kontakta:**
Mats Gunnarsson (M), ordförande samhällsbyggnadsnämnden, 0381-360 412
Elin Forsberg, energistrateg, 0381-360 587
"""
    path.write_text(txt, encoding="utf-8")


def build(out: Path):
    out.mkdir(parents=True, exist_ok=True)
    self_fin = _pdf_budget(out / "eksjo-mal-och-budget-2025-2027.pdf")
    _pdf_ar(out / "eksjo-arsredovisning-2023.pdf")
    _html(out / "eksjo-sa-anvands-din-skatt.html")
    _docx(out / "eksjo-kf-protokoll-2024-11-21.docx")
    _xlsx(out / "eksjo-befolkning-och-nettokostnader.xlsx")
    _md(out / "eksjo-pressmeddelande-solceller-2025-02-18.md")
    return {"self_fin": self_fin}
