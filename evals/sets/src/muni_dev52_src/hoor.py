"""Höörs kommun: six documents (budget PDF, delårsrapport PDF, HTML, DOCX, XLSX, TXT)."""
from __future__ import annotations

from pathlib import Path

import docx
import openpyxl
from docx.shared import Pt
from openpyxl.styles import Font

from common import FIXED_DT, MuniPDF, normalize_zip, r1, sv

YEARS = ["2023", "2024", "2025", "2026", "2027"]
INV_2025 = 17240
PAREN = dict(neg="paren")

# ---------------------------------------------------------------- resultat (mnkr)
RB = {
    "int": [241.7, 250.3, 254.0, 258.1, 262.4],
    "kost": [-1498.2, -1571.4, -1612.8, -1650.7, -1691.5],
    "avs": [-47.3, -50.6, -54.9, -58.8, -62.3],
    "skatt": [985.4, 1021.6, 1068.2, 1106.9, 1146.0],
    "stb": [341.9, 349.8, 368.5, 378.4, 387.7],
    "finint": [4.8, 5.2, 4.9, 4.6, 4.4],
    "finkost": [-11.2, -14.6, -17.8, -20.9, -23.5],
}
for d in (RB,):
    d["netto"] = [r1(a + b + c) for a, b, c in zip(d["int"], d["kost"], d["avs"])]
    d["vr"] = [r1(a + b + c) for a, b, c in zip(d["netto"], d["skatt"], d["stb"])]
    d["res"] = [r1(a + b + c) for a, b, c in zip(d["vr"], d["finint"], d["finkost"])]
assert RB["res"] == [17.1, -9.7, 10.1, 17.6, 23.2], RB["res"]
assert RB["netto"][2:] == [-1413.7, -1451.4, -1491.4], RB["netto"]

B24 = {"int": 246.0, "kost": -1548.6, "avs": -50.3, "skatt": 1025.8, "stb": 352.1, "finint": 4.5, "finkost": -17.1}
B24["netto"] = r1(B24["int"] + B24["kost"] + B24["avs"]); B24["vr"] = r1(B24["netto"] + B24["skatt"] + B24["stb"])
B24["res"] = r1(B24["vr"] + B24["finint"] + B24["finkost"])
assert B24["netto"] == -1352.9 and B24["res"] == 12.4

JA24 = {"int": 168.2, "kost": -1021.7, "avs": -33.5, "skatt": 681.4, "stb": 233.3, "finint": 12.3, "finkost": -8.6}
JA23 = {"int": 160.9, "kost": -968.4, "avs": -31.2, "skatt": 657.0, "stb": 228.1, "finint": 3.6, "finkost": -7.3}
for d in (JA24, JA23):
    d["netto"] = r1(d["int"] + d["kost"] + d["avs"]); d["vr"] = r1(d["netto"] + d["skatt"] + d["stb"])
    d["res"] = r1(d["vr"] + d["finint"] + d["finkost"])
assert JA24["res"] == 31.4, JA24["res"]

# ---------------------------------------------------------------- drift (tkr)
DRIFT = [  # nämnd, budget 2024, budget 2025, plan 2026, plan 2027
    ("Kommunfullmäktige inkl. revision", 4585, 4738, 4850, 4960),
    ("Kommunstyrelsen", 142310, 148215, 151900, 155600),
    ("Barn- och utbildningsnämnden", 589420, 612480, 628300, 644100),
    ("Vård- och omsorgsnämnden", 501880, 528064, 547600, 567900),
    ("Kultur- och fritidsnämnden", 39950, 41092, 42000, 42900),
    ("Miljö- och byggnadsnämnden", 13560, 14011, 14350, 14700),
]
DRIFT_SUM = [sum(d[i] for d in DRIFT) for i in range(1, 5)]
VNK = [1352900, 1413700, 1451400, 1491400]
FINANSF = [v - s for v, s in zip(VNK, DRIFT_SUM)]
assert DRIFT_SUM[1] == 1348600 and FINANSF == [61195, 65100, 62400, 61240], (DRIFT_SUM, FINANSF)

PROGNOS24 = {  # nämnd -> prognos 2024 tkr
    "Kommunfullmäktige inkl. revision": 4585,
    "Kommunstyrelsen": 140160,
    "Barn- och utbildningsnämnden": 596270,
    "Vård- och omsorgsnämnden": 516180,
    "Kultur- och fritidsnämnden": 39530,
    "Miljö- och byggnadsnämnden": 13250,
}
FINANSF_PROGNOS24 = 61725
assert sum(PROGNOS24.values()) + FINANSF_PROGNOS24 == 1371700

# ---------------------------------------------------------------- investeringar (tkr)
INVEST = [
    ("Kommunstyrelsen", [
        ("IT-infrastruktur", 3500, 3500, 3500),
        ("Gatubelysning, byte till LED", 4200, 2000, 2000),
        ("Gång- och cykelväg Tjörnarp–Höör", 9800, 6500, 0),
        ("Exploatering Norra Höör, verksamhetsområde", 15000, 12000, 8000),
        ("Reinvestering gator och vägar", 6000, 6000, 6500),
        ("Reinvestering kommunala fastigheter", 11500, 12000, 12500),
    ]),
    ("Barn- och utbildningsnämnden", [
        ("Ny förskola Enebacken", 24000, 18500, 0),
        ("Ombyggnad Ringsjöskolan, kök", 7500, 0, 0),
        ("Inventarier skolor", 2500, 2500, 2500),
        ("Digitala lärverktyg", 1800, 1800, 1800),
    ]),
    ("Vård- och omsorgsnämnden", [
        ("Nytt LSS-boende", 5000, 14000, 6000),
        ("Inventarier särskilt boende", 1500, 1500, 1500),
        ("Digitala trygghetslarm", 1200, 800, 800),
    ]),
    ("Kultur- och fritidsnämnden", [
        ("Konstgräsplan Höörs IP", 6800, 0, 0),
        ("Upprustning Frostavallen", 3000, 3000, 1500),
        ("Meröppet bibliotek", 650, 0, 0),
    ]),
]
INV_SEC = {n: [sum(p[i] for p in ps) for i in (1, 2, 3)] for n, ps in INVEST}
INV_TOT = [sum(v[i] for v in INV_SEC.values()) for i in range(3)]

# ---------------------------------------------------------------- balans (mnkr)
INV_ALL = [124.9, 96.4] + [r1(v / 1000) for v in INV_TOT]
FAT = [62.5] * 5
FORD = [118.4, 120.0, 121.0, 122.0, 123.0]
AVSATT = [71.4, 73.9, 76.3, 78.6, 80.8]
KFS = [269.7, 272.5, 274.5, 276.5, 278.5]
NYLAN = [None, 60.0, 70.0, 20.0, 0.0]
AMORT = [None, -10.0, -12.0, -15.0, -30.0]
MAT, EK, KASSA, LFS = [1156.8], [595.8], [54.2], [455.0]
for y in range(1, 5):
    MAT.append(r1(MAT[-1] + INV_ALL[y] + RB["avs"][y]))
    EK.append(r1(EK[-1] + RB["res"][y]))
    LFS.append(r1(LFS[-1] + NYLAN[y] + AMORT[y]))
    flode = (RB["res"][y] - RB["avs"][y] + (AVSATT[y] - AVSATT[y - 1]) - (FORD[y] - FORD[y - 1])
             + (KFS[y] - KFS[y - 1]) - INV_ALL[y] + NYLAN[y] + AMORT[y])
    KASSA.append(r1(KASSA[-1] + flode))
SUM_AT = [r1(a + b) for a, b in zip(MAT, FAT)]
SUM_OT = [r1(a + b) for a, b in zip(FORD, KASSA)]
SUM_T = [r1(a + b) for a, b in zip(SUM_AT, SUM_OT)]
SUM_S = [r1(a + b + c + d) for a, b, c, d in zip(EK, AVSATT, LFS, KFS)]
assert SUM_T == SUM_S, (SUM_T, SUM_S)
SOLID = [round(100 * e / t, 1) for e, t in zip(EK, SUM_T)]

NYCKEL = [  # år, invånare, skattesats, resultat, nettoinv, soliditet, sjukfrånvaro, anställda
    (2019, 16512, 21.64, 24.6, 88.1, 40.1, 7.8, 1402),
    (2020, 16651, 21.64, 47.2, 102.5, 41.5, 9.6, 1415),
    (2021, 16802, 21.89, 52.8, 97.3, 42.9, 9.2, 1433),
    (2022, 16935, 21.89, 19.4, 131.6, 43.2, 8.7, 1452),
    (2023, 17104, 21.89, 17.1, 124.9, 42.8, 8.1, 1468),
]
assert NYCKEL[-1][5] == SOLID[0], SOLID

NETTOKOST = [  # verksamhet, utfall 2022, utfall 2023, budget 2024, budget 2025 (tkr)
    ("Förskola", 121840, 128305, 133900, 139450),
    ("Grundskola inkl. fritidshem och förskoleklass", 238614, 251920, 262310, 273980),
    ("Gymnasieskola", 92450, 98130, 101200, 104860),
    ("Vuxenutbildning", 14220, 15010, 15400, 15820),
    ("Äldreomsorg", 268310, 281640, 295800, 311200),
    ("Stöd till personer med funktionsnedsättning", 118420, 124960, 131500, 138240),
    ("Individ- och familjeomsorg", 58760, 63150, 66900, 69820),
    ("Kultur och fritid", 36280, 38110, 39950, 41092),
    ("Gator, parker och räddningstjänst", 41350, 43020, 44600, 46100),
    ("Politisk verksamhet", 9120, 9380, 9650, 9910),
]
NK_TOTALS = [1165140, 1229660, 1291705, 1348600]


def _resrows(d_list, neg="paren"):
    f = lambda k: [sv(d[k], neg=neg) if not isinstance(d, list) else None for d in d_list]
    return f


def _pdf_budget(path: Path):
    p = MuniPDF("Höörs kommun | Budget 2025 och plan 2026–2027", footer_left="Höörs kommun",
                page_fmt="Sida {n} av {nb}")
    p.add_page()
    p.ln(25)
    p.set_font("DejaVu", "", 12)
    p.cell(0, 8, "HÖÖRS KOMMUN", align="L"); p.ln(30)
    p.set_font("DejaVu", "B", 26)
    p.multi_cell(0, 13, "Budget 2025\noch plan 2026–2027")
    p.ln(8)
    p.set_font("DejaVu", "", 11)
    p.multi_cell(0, 6, "Beslutad av kommunfullmäktige den 25 november 2024, § 118\nDnr KS 2024/411")

    p.add_page()
    p.h1("Innehållsförteckning")
    p.set_font("DejaVu", "", 11)
    for t, n in [("Inledning", 3), ("Styrmodell och mål", 4), ("Förutsättningar", 5),
                 ("Prioriteringar och besparingar", 6), ("Resultatbudget", 7), ("Balansbudget", 8),
                 ("Driftbudget", 9), ("Investeringsbudget", 10), ("Nämndernas ramar och uppdrag", 12)]:
        p.cell(150, 7, t); p.cell(0, 7, str(n), align="R"); p.ln(7)

    p.add_page()
    p.h1("Inledning")
    p.para("Höör är en kommun som växer. Vi blir fler invånare varje år, och det är glädjande. Men det innebär "
           "också att vi behöver bygga nya förskolor, skolor och boenden samtidigt som kostnaderna för "
           "pensioner, räntor och äldreomsorg ökar snabbare än skatteintäkterna.")
    p.para("Den styrande majoriteten har därför fattat det svåra beslutet att höja skattesatsen med 25 öre till "
           "22,14 kronor från och med 2025. Skattehöjningen ger cirka 12,1 miljoner kronor i ökade intäkter, "
           "pengar som går till vård och omsorg samt till skolan.")
    p.para("Budgeten för 2025 visar ett resultat på 10,1 miljoner kronor. För 2024 räknar vi med ett underskott "
           "på (9,7) miljoner kronor, vilket främst beror på höga kostnader inom vård- och omsorgsnämnden. "
           "Därför måste alla nämnder bidra med effektiviseringar.")
    p.para("Investeringarna under 2025 uppgår till " + sv(INV_TOT[0] / 1000) + " miljoner kronor. Den största "
           "enskilda investeringen är den nya förskolan Enebacken, som ska ersätta de tillfälliga paviljongerna.")
    p.para("Jonas Ekelund (M)\nKommunstyrelsens ordförande", style="I")

    p.add_page()
    p.h1("Styrmodell och mål")
    p.para("Höörs kommun styrs utifrån visionen ”Höör – naturligt nära”. Kommunfullmäktige har beslutat om fem "
           "inriktningsmål för perioden 2023–2026. Nämnderna bryter ned målen i nämndmål och aktiviteter.")
    p.bullets([
        "Alla barn och elever ska ges förutsättningar att nå målen i skolan.",
        "Äldre ska kunna leva ett självständigt och tryggt liv.",
        "Höör ska ha ett gott företagsklimat och fler arbetstillfällen.",
        "Kommunens verksamheter ska minska sin klimatpåverkan.",
        "Höörs kommun ska ha en ekonomi i balans.",
    ])
    p.h2("Finansiella mål")
    p.bullets([
        "Resultatet ska uppgå till minst 1,5 procent av skatteintäkter och generella statsbidrag räknat som "
        "ett genomsnitt över en rullande fyraårsperiod.",
        "Nettoinvesteringarna ska självfinansieras till minst 50 procent.",
        "Soliditeten ska vara minst 40 procent.",
    ])
    p.para("Resultatet för 2025 motsvarar 0,7 procent av skatteintäkter och generella statsbidrag. Målet om "
           "1,5 procent nås därmed inte för budgetåret, men resultatet förbättras under planperioden.")

    p.add_page()
    p.h1("Förutsättningar")
    p.h2("Befolkning")
    p.para("Höörs kommun hade 17 104 invånare den 31 december 2023. Befolkningsprognosen visar att invånarna "
           "blir 17 240 år 2025 och 17 520 år 2027. Ökningen är störst i åldersgruppen 80 år och äldre samt "
           "bland barn i förskoleåldern.")
    p.h2("Skatteintäkter")
    p.para("Skattesatsen höjs från 21,89 kronor till 22,14 kronor. Skatteintäkterna för 2025 beräknas till "
           "1 068,2 miljoner kronor och generella statsbidrag och utjämning till 368,5 miljoner kronor. "
           "Beräkningarna bygger på SKR:s prognos från oktober 2024.")
    p.h2("Löner, priser och pensioner")
    p.para("Nämnderna kompenseras för löneökningar med 3,5 procent och för prisökningar med 1,8 procent. "
           "Pensionskostnaderna ökar med 7,6 miljoner kronor 2025 jämfört med 2024. Räntekostnaderna ökar "
           "till följd av nya lån för investeringar och beräknas till 17,8 miljoner kronor.")

    p.add_page()
    p.h1("Prioriteringar och besparingar")
    p.para("Budgeten innehåller både satsningar och besparingar. De viktigaste förändringarna jämfört med "
           "2024 är följande.")
    p.h2("Satsningar")
    p.bullets([
        "Vård- och omsorgsnämnden får 9,5 miljoner kronor för ökade volymer inom hemtjänst och särskilt boende.",
        "Barn- och utbildningsnämnden får 3,2 miljoner kronor för ett ökat antal elever.",
        "Kultur- och fritidsnämnden får 850 000 kronor för att anställa två fältassistenter.",
        "Kommunstyrelsen får 1,4 miljoner kronor för en näringslivsutvecklare och arbete med Norra Höör.",
    ])
    p.h2("Besparingar")
    p.bullets([
        "Vård- och omsorgsnämnden ska minska kostnaderna med 8,4 miljoner kronor genom ett nytt "
        "bemanningssystem och minskade kostnader för inhyrd personal.",
        "Barn- och utbildningsnämnden ska spara 5,1 miljoner kronor, bland annat genom att samla "
        "administrationen och se över lokalerna.",
        "Kommunstyrelsen ska minska kostnaderna med 2,0 miljoner kronor.",
    ])
    p.para("Sammantaget uppgår besparingarna till 15,5 miljoner kronor. Om nämnderna inte når sina "
           "besparingskrav kan resultatet för 2025 bli negativt.")

    # Resultatbudget
    p.add_page()
    p.h1("Resultatbudget")
    p.para("Negativa belopp anges inom parentes.")
    hl = [["Resultatbudget", "Bokslut", "Prognos", "Budget", "Plan", "Plan"],
          ["(mnkr)", *YEARS]]
    rk = lambda k: [sv(v, neg="paren") for v in RB[k]]
    rows = [
        ("row", ["Verksamhetens intäkter", *rk("int")]),
        ("row", ["Verksamhetens kostnader", *rk("kost")]),
        ("row", ["Avskrivningar", *rk("avs")]),
        ("sum", ["Verksamhetens nettokostnad", *rk("netto")]),
        ("row", ["Skatteintäkter", *rk("skatt")]),
        ("row", ["Generella statsbidrag och utjämning", *rk("stb")]),
        ("sum", ["Verksamhetens resultat", *rk("vr")]),
        ("row", ["Finansiella intäkter", *rk("finint")]),
        ("row", ["Finansiella kostnader", *rk("finkost")]),
        ("total", ["Årets resultat", *rk("res")]),
    ]
    p.table(hl, rows, [68, 20, 20, 20, 20, 20])
    p.note("Prognos 2024 avser prognosen i delårsrapporten per den 31 augusti 2024.")
    p.para("Verksamhetens nettokostnad ökar med 42,0 miljoner kronor mellan prognosen för 2024 och budget 2025. "
           "Skatteintäkter och generella statsbidrag ökar med 65,3 miljoner kronor under samma period.")

    # Balansbudget
    p.add_page()
    p.h1("Balansbudget")
    hl = [["Balansbudget", "Bokslut", "Prognos", "Budget", "Plan", "Plan"], ["(mnkr)", *YEARS]]
    rows = [
        ("section", ["Tillgångar"]),
        ("row", ["Materiella anläggningstillgångar", *[sv(v) for v in MAT]]),
        ("row", ["Finansiella anläggningstillgångar", *[sv(v) for v in FAT]]),
        ("row", ["Kortfristiga fordringar", *[sv(v) for v in FORD]]),
        ("row", ["Kassa och bank", *[sv(v) for v in KASSA]]),
        ("total", ["Summa tillgångar", *[sv(v) for v in SUM_T]]),
        ("section", ["Eget kapital, avsättningar och skulder"]),
        ("row", ["Eget kapital", *[sv(v) for v in EK]]),
        ("row", ["Avsättningar", *[sv(v) for v in AVSATT]]),
        ("row", ["Långfristiga skulder", *[sv(v) for v in LFS]]),
        ("row", ["Kortfristiga skulder", *[sv(v) for v in KFS]]),
        ("total", ["Summa eget kapital och skulder", *[sv(v) for v in SUM_S]]),
        ("row", ["Soliditet (%)", *[sv(v) for v in SOLID]]),
    ]
    p.table(hl, rows, [68, 20, 20, 20, 20, 20])
    p.para("Soliditeten sjunker 2024 och 2025 eftersom investeringarna till stor del finansieras med lån. "
           "Låneskulden beräknas öka till " + sv(LFS[2]) + " miljoner kronor vid utgången av 2025 och därefter "
           "minska när investeringsnivån sjunker.")

    # Driftbudget (tkr)
    p.add_page()
    p.h1("Driftbudget")
    p.para("Driftbudgeten visar nämndernas nettokostnadsramar. Belopp i tkr.")
    hl = [["", "Budget", "Budget", "Plan", "Plan", "Förändring"],
          ["Nämnd", "2024", "2025", "2026", "2027", "2024–2025"]]
    rows = [("row", [n, sv(a, 0), sv(b, 0), sv(c, 0), sv(d, 0), sv(b - a, 0)]) for n, a, b, c, d in DRIFT]
    rows.append(("sum", ["Summa nämnder", *[sv(v, 0) for v in DRIFT_SUM], sv(DRIFT_SUM[1] - DRIFT_SUM[0], 0)]))
    rows.append(("row", ["Finansförvaltning*", *[sv(v, 0) for v in FINANSF], sv(FINANSF[1] - FINANSF[0], 0)]))
    rows.append(("total", ["Verksamhetens nettokostnad", *[sv(v, 0) for v in VNK], sv(VNK[1] - VNK[0], 0)]))
    p.table(hl, rows, [62, 21, 21, 21, 21, 24], caption="Nämndernas ramar, belopp i tkr")
    p.note("* Finansförvaltningen innehåller bland annat pensioner, semesterlöneskuld och en central "
           "buffert för oförutsedda kostnader på 5 000 tkr.")
    p.para("Vård- och omsorgsnämndens ram ökar med 26,2 miljoner kronor, vilket är den största ökningen av "
           "alla nämnder. Barn- och utbildningsnämnden är fortfarande den största nämnden.")

    # Investeringsbudget (tkr, sections, continued over page break)
    p.add_page()
    p.h1("Investeringsbudget")
    p.para("Investeringsbudgeten för 2025 och investeringsplanen för 2026–2027 redovisas per nämnd. "
           "Investeringar i vatten och avlopp görs av Mittskåne Vatten och ingår inte.")
    hl = [["", "Budget", "Plan", "Plan"], ["", "2025", "2026", "2027"], ["Projekt", "tkr", "tkr", "tkr"]]
    rows = []
    for n, ps in INVEST:
        rows.append(("section", [n]))
        for pn, a, b, c in ps:
            rows.append(("sub", [pn, sv(a, 0), sv(b, 0), sv(c, 0)]))
        s = INV_SEC[n]
        rows.append(("sum", ["Summa " + n[0].lower() + n[1:], *[sv(v, 0) for v in s]]))
    rows.append(("total", ["Totalt investeringar", *[sv(v, 0) for v in INV_TOT]]))
    p.h2("Större projekt")
    p.para("Förskolan Enebacken är planperiodens största projekt med en total utgift på 42,5 miljoner kronor. "
           "Förskolan får sex avdelningar och ersätter de tillfälliga paviljongerna, vars bygglov upphör i "
           "december 2026.")
    p.para("Exploateringen av verksamhetsområdet Norra Höör omfattar gator, dagvatten och belysning för cirka "
           "20 nya tomter för företag. Den totala utgiften under planperioden är 35,0 miljoner kronor.")
    p.para("Det nya LSS-boendet med sex lägenheter byggs under 2025–2027. Utgiften i investeringsbudgeten avser "
           "kommunens del; byggnaden uppförs av det kommunala bostadsbolaget Höörs Bostäder.")
    p.para("Gång- och cykelvägen mellan Tjörnarp och Höör delfinansieras med statlig medfinansiering om "
           "50 procent via Trafikverket. Beloppen i tabellen är kommunens bruttoutgift.")
    p.para("Reinvesteringarna i gator, vägar och kommunala fastigheter följer kommunens underhållsplan. "
           "Eftersläpningen i fastighetsunderhållet bedöms till cirka 60 miljoner kronor, och nivån för "
           "reinvesteringar höjs därför successivt under planperioden.")
    p.table(hl, rows, [95, 25, 25, 25], caption="Investeringar per nämnd",
            cont_caption="Investeringar per nämnd, forts.", aligns=["L", "R", "R", "R"])
    p.note("Exploateringsinvesteringen i Norra Höör beräknas återbetalas genom tomtförsäljning med cirka "
           "60 procent fram till 2030.")

    p.add_page()
    p.h1("Nämndernas ramar och uppdrag")
    p.h2("Kommunstyrelsen")
    p.para("Kommunstyrelsen ska under 2025 slutföra detaljplanen för verksamhetsområdet Norra Höör och starta "
           "försäljningen av de första tomterna.")
    p.h2("Barn- och utbildningsnämnden")
    p.para("Nämnden ska påbörja byggnationen av förskolan Enebacken med 120 platser, som ska vara klar hösten "
           "2026. Nämnden ska också se över skolorganisationen i Tjörnarp.")
    p.h2("Vård- och omsorgsnämnden")
    p.para("Vård- och omsorgsnämnden ska minska kostnaderna för inhyrda sjuksköterskor med minst hälften och "
           "planera för ett nytt LSS-boende med sex lägenheter.")
    p.h2("Kultur- och fritidsnämnden")
    p.para("Nämnden ska anställa två fältassistenter och utveckla Frostavallen som friluftsområde.")
    p.h2("Miljö- och byggnadsnämnden")
    p.para("Nämnden ska korta handläggningstiderna för bygglov till i genomsnitt fyra veckor.")
    p.output(str(path))


def _pdf_delar(path: Path):
    p = MuniPDF("Delårsrapport januari–augusti 2024, Höörs kommun", page_fmt="{n}")
    p.add_page()
    p.ln(35)
    p.set_font("DejaVu", "B", 26)
    p.cell(0, 12, "Delårsrapport", align="L"); p.ln(12)
    p.set_font("DejaVu", "", 16)
    p.cell(0, 9, "januari–augusti 2024", align="L"); p.ln(30)
    p.set_font("DejaVu", "", 11)
    p.cell(0, 6, "Höörs kommun", align="L"); p.ln(6)
    p.cell(0, 6, "Behandlad av kommunfullmäktige 2024-10-28, § 97", align="L")

    p.add_page()
    p.h1("Kommunstyrelsens ordförande")
    p.para("Årets första åtta månader har präglats av fortsatt höga kostnader inom äldreomsorgen och ett "
           "ökat antal barn i förskolan. Periodens resultat är positivt, 31,4 miljoner kronor, men "
           "helårsprognosen visar ett underskott.")
    p.para("Jonas Ekelund (M), kommunstyrelsens ordförande", style="I")
    p.h2("Väsentliga händelser under perioden")
    p.bullets([
        "Kommunfullmäktige beslutade i maj att starta planeringen av förskolan Enebacken.",
        "Höörs kommun passerade 17 150 invånare i juni.",
        "En ny upphandling av hemtjänstens bilar sänker leasingkostnaderna med cirka 600 000 kronor per år.",
        "Konstgräsplanen vid Höörs IP försenades och flyttas till 2025.",
    ])
    p.h2("Resultat och prognos")
    p.para("Periodens resultat uppgår till 31,4 miljoner kronor (42,7 miljoner kronor motsvarande period 2023). "
           "I resultatet ingår orealiserade vinster på kommunens pensionsplaceringar om 7,2 miljoner kronor.")
    p.para("Prognosen för helåret är ett resultat på -9,7 miljoner kronor, vilket är 22,1 miljoner kronor sämre "
           "än budgeterat resultat på 12,4 miljoner kronor. Balanskravet beräknas inte uppfyllas för 2024. "
           "Underskottet behöver därmed återställas inom tre år.")

    p.add_page()
    p.h1("Resultaträkning")
    hl = [["", "Utfall", "Utfall", "Budget", "Prognos", "Avvikelse"],
          ["", "jan–aug", "jan–aug", "", "", "mot"],
          ["Mnkr", "2024", "2023", "2024", "2024", "budget"]]
    P24 = {k: RB[k][1] for k in ("int", "kost", "avs", "skatt", "stb", "finint", "finkost", "netto", "vr", "res")}
    rows = []
    for k, lab, kind in [("int", "Verksamhetens intäkter", "row"), ("kost", "Verksamhetens kostnader", "row"),
                         ("avs", "Avskrivningar", "row"), ("netto", "Verksamhetens nettokostnad", "sum"),
                         ("skatt", "Skatteintäkter", "row"), ("stb", "Generella statsbidrag och utjämning", "row"),
                         ("vr", "Verksamhetens resultat", "sum"), ("finint", "Finansiella intäkter", "row"),
                         ("finkost", "Finansiella kostnader", "row"), ("res", "Periodens/årets resultat", "total")]:
        rows.append((kind, [lab, sv(JA24[k]), sv(JA23[k]), sv(B24[k]), sv(P24[k]), sv(r1(P24[k] - B24[k]))]))
    p.table(hl, rows, [58, 22, 22, 22, 22, 24], caption="Resultaträkning, kommunen")
    p.note("Prognosen bygger på utfallet per den 31 augusti och nämndernas bedömningar.")

    p.h2("Nämndernas prognos")
    p.para("Sammantaget prognostiserar nämnderna ett underskott om 18,3 miljoner kronor. Vård- och "
           "omsorgsnämnden prognostiserar ett underskott om -14,3 miljoner kronor, främst på grund av ökade "
           "volymer i hemtjänsten och kostnader för inhyrda sjuksköterskor. Barn- och utbildningsnämnden "
           "prognostiserar ett underskott om 6,9 miljoner kronor.")
    hl = [["Belopp i tkr", "Budget 2024", "Prognos 2024", "Avvikelse"]]
    rows = []
    for n, b, *_ in DRIFT:
        rows.append(("row", [n, sv(b, 0), sv(PROGNOS24[n], 0), sv(b - PROGNOS24[n], 0)]))
    sp = sum(PROGNOS24.values())
    rows.append(("sum", ["Summa nämnder", sv(DRIFT_SUM[0], 0), sv(sp, 0), sv(DRIFT_SUM[0] - sp, 0)]))
    rows.append(("row", ["Finansförvaltning", sv(FINANSF[0], 0), sv(FINANSF_PROGNOS24, 0),
                         sv(FINANSF[0] - FINANSF_PROGNOS24, 0)]))
    rows.append(("total", ["Verksamhetens nettokostnad", sv(VNK[0], 0), sv(sp + FINANSF_PROGNOS24, 0),
                           sv(VNK[0] - sp - FINANSF_PROGNOS24, 0)]))
    p.table(hl, rows, [76, 30, 30, 30], caption="Nämndernas nettokostnad, prognos för helåret")

    p.add_page()
    p.h1("Investeringar")
    p.para("Investeringsbudgeten för 2024 uppgår till 118,3 miljoner kronor. Under januari–augusti har "
           "41,6 miljoner kronor investerats. Prognosen för helåret är 96,4 miljoner kronor, vilket innebär "
           "att 21,9 miljoner kronor inte förbrukas under året. Den främsta orsaken är att konstgräsplanen "
           "vid Höörs IP och ombyggnaden av Ringsjöskolans kök har skjutits upp till 2025.")
    hl = [["Mnkr", "Budget 2024", "Utfall jan–aug", "Prognos 2024"]]
    rows = [
        ("row", ["Kommunstyrelsen", "58,2", "22,4", "51,7"]),
        ("row", ["Barn- och utbildningsnämnden", "27,6", "9,8", "21,3"]),
        ("row", ["Vård- och omsorgsnämnden", "9,4", "3,1", "8,9"]),
        ("row", ["Kultur- och fritidsnämnden", "23,1", "6,3", "14,5"]),
        ("total", ["Totalt", "118,3", "41,6", "96,4"]),
    ]
    p.table(hl, rows, [76, 30, 30, 30], caption="Investeringar per nämnd 2024")
    p.h2("Personal")
    p.para("Sjukfrånvaron för perioden januari–augusti var 8,3 procent, jämfört med 8,0 procent samma period "
           "föregående år. Antalet tillsvidareanställda var 1 481 den 31 augusti 2024. Kostnaderna för inhyrd "
           "personal uppgick till 11,8 miljoner kronor under perioden.")
    p.h2("Balanskrav och god ekonomisk hushållning")
    p.para("Med nuvarande prognos uppfylls inte balanskravet för 2024. Kommunen har en resultatutjämningsreserv "
           "på 24,0 miljoner kronor, men kommunfullmäktige har inte beslutat att använda den. Av de tre "
           "finansiella målen bedöms endast målet om soliditet uppnås 2024.")
    p.output(str(path))


def _html(path: Path):
    rows = []
    for n, a, b, *_ in DRIFT:
        rows.append(f"<tr><td>{n}</td><td>{sv(a / 1000)}</td><td>{sv(b / 1000)}</td>"
                    f"<td>{sv((b - a) / 1000, plus=True)}</td></tr>")
    rows.append(f"<tr class=\"sum\"><td>Summa nämnder</td><td>{sv(DRIFT_SUM[0] / 1000)}</td>"
                f"<td>{sv(DRIFT_SUM[1] / 1000)}</td><td>{sv((DRIFT_SUM[1] - DRIFT_SUM[0]) / 1000, plus=True)}</td></tr>")
    rows_html = "\n              ".join(rows)
    html = f"""<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Budget 2025 är beslutad – skatten höjs med 25 öre | Höörs kommun</title>
</head>
<body>
<div class="cookie-consent" role="dialog" aria-label="Kakor">
  <h2>Höörs kommun använder kakor</h2>
  <p>Nödvändiga kakor behövs för att webbplatsen ska fungera. Analyskakor hjälper oss att förbättra hoor.se.</p>
  <button type="button">Godkänn alla kakor</button>
  <button type="button">Endast nödvändiga kakor</button>
  <a href="/om-webbplatsen/kakor">Läs mer om kakor</a>
</div>
<a class="skip" href="#content">Gå direkt till innehållet</a>
<header>
  <div class="top-links"><a href="/lattlast">Lättläst</a> | <a href="/languages">Languages</a> | <a href="/lyssna">Lyssna</a></div>
  <a class="logo" href="/">Höörs kommun</a>
  <nav class="main-nav">
    <a href="/barn-och-utbildning">Barn och utbildning</a>
    <a href="/omsorg-och-stod">Omsorg och stöd</a>
    <a href="/bygga-bo-och-miljo">Bygga, bo och miljö</a>
    <a href="/uppleva-och-gora">Uppleva och göra</a>
    <a href="/naringsliv-och-arbete">Näringsliv och arbete</a>
    <a href="/kommun-och-politik">Kommun och politik</a>
  </nav>
</header>
<div class="breadcrumb"><a href="/">Startsida</a> › <a href="/nyheter">Nyheter</a> › Budget 2025 är beslutad</div>
<main id="content">
  <article class="news">
    <p class="date">Publicerad 26 november 2024</p>
    <h1>Budget 2025 är beslutad – skatten höjs med 25 öre</h1>
    <p class="lead">Kommunfullmäktige i Höör beslutade på måndagskvällen den 25 november om budget för 2025 och plan för 2026–2027. Kommunalskatten höjs med 25 öre till 22,14 kronor.</p>
    <p>Budgeten antogs efter votering med 22 röster mot 15. Fyra ledamöter avstod. Oppositionen, ledd av Socialdemokraterna, ville i stället höja skatten med 40 öre.</p>
    <p>– Vi tar ansvar för att Höör ska ha en bra välfärd även i framtiden. Skattehöjningen går i sin helhet till skolan och äldreomsorgen, säger kommunstyrelsens ordförande Jonas Ekelund (M).</p>
    <p>– Budgeten räcker inte. Vård- och omsorgsnämnden kommer att behöva spara igen, säger oppositionsrådet Maria Åkesson (S).</p>
    <h2>Så mycket får nämnderna</h2>
    <div class="table-wrapper">
      <table>
        <caption>Nämndernas ramar, miljoner kronor</caption>
        <thead>
          <tr><th>Nämnd</th><th>Budget 2024</th><th>Budget 2025</th><th>Förändring</th></tr>
        </thead>
        <tbody>
              {rows_html}
        </tbody>
      </table>
    </div>
    <p>Resultatet för 2025 budgeteras till 10,1 miljoner kronor. Investeringarna uppgår till {sv(INV_TOT[0] / 1000)} miljoner kronor, varav 24 miljoner kronor går till den nya förskolan Enebacken.</p>
    <p>För en person med en månadsinkomst på 35 000 kronor innebär skattehöjningen ungefär 80 kronor mer i skatt per månad.</p>
    <h2>Läs mer</h2>
    <ul>
      <li><a href="/kommun-och-politik/ekonomi/budget">Budget 2025 och plan 2026–2027 (pdf)</a></li>
      <li><a href="/kommun-och-politik/moten-och-protokoll">Protokoll från kommunfullmäktige</a></li>
    </ul>
    <p class="updated">Senast uppdaterad: 28 november 2024</p>
  </article>
  <aside class="contact">
    <h2>Kontakt</h2>
    <p>Lars Bengtsson, ekonomichef<br>0413-280 00</p>
  </aside>
</main>
<footer>
  <p>Höörs kommun, 243 80 Höör. Besöksadress: Kommunhuset, Södergatan 28.</p>
  <p>Växel: 0413-280 00 · kommunen@hoor.se · Org.nr 212000-0993</p>
  <p><a href="/tillganglighet">Tillgänglighetsredogörelse</a> · <a href="/personuppgifter">Personuppgifter</a> · <a href="/om-webbplatsen/kakor">Kakor</a></p>
</footer>
</body>
</html>
"""
    path.write_text(html, encoding="utf-8")


def _docx(path: Path):
    d = docx.Document()
    st = d.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10.5)
    cp = d.core_properties
    cp.author = "Barn- och utbildningsförvaltningen, Höörs kommun"
    cp.title = "Barn- och utbildningsnämnden protokoll 2024-10-16"
    cp.created = FIXED_DT.replace(tzinfo=None); cp.modified = FIXED_DT.replace(tzinfo=None)
    cp.last_modified_by = "Höörs kommun"; cp.revision = 1
    d.add_heading("PROTOKOLL", level=0)
    d.add_paragraph("Barn- och utbildningsnämnden, Höörs kommun")
    d.add_paragraph("Sammanträdesdatum 2024-10-16")
    d.add_paragraph("Plats och tid: Kommunhuset, sal Ringsjön, kl. 17.30–20.15")
    d.add_paragraph("Beslutande ledamöter: Anna Persson (M), ordförande, Erik Nilsson (C), vice ordförande, "
                    "Sara Holm (S), Johan Lind (SD), Karin Ahlgren (L), Peter Olsson (S), Lisa Berg (KD)")
    d.add_paragraph("Övriga närvarande: Helena Strand, förvaltningschef; Mikael Ek, controller; "
                    "Ida Jönsson, nämndsekreterare")
    d.add_paragraph("Justerare: Sara Holm (S). Paragrafer: 78–83")

    d.add_heading("§ 78 Val av justerare", level=2)
    d.add_paragraph("Barn- och utbildningsnämnden utser Sara Holm (S) att jämte ordföranden justera protokollet.")

    d.add_heading("§ 79 Ekonomisk uppföljning per augusti 2024", level=2)
    d.add_paragraph("Dnr BUN 2024/12")
    d.add_paragraph("Förvaltningen redovisar en helårsprognos som visar ett underskott om 6 850 tkr mot budget. "
                    "Underskottet beror främst på fler elever i behov av särskilt stöd (-3 900 tkr), ökade "
                    "kostnader för skolskjuts (-1 700 tkr) och fler barn i förskolan än budgeterat (-1 250 tkr).")
    d.add_paragraph("Beslut: Barn- och utbildningsnämnden godkänner den ekonomiska uppföljningen och uppdrar åt "
                    "förvaltningschefen att ta fram en åtgärdsplan som redovisas på nämndens sammanträde i november.")

    d.add_heading("§ 80 Förskoleplatser och lokalbehov 2025–2027", level=2)
    d.add_paragraph("Dnr BUN 2024/87")
    d.add_paragraph("Ärendet: Antalet barn i förskolan beräknas öka från 388 i oktober 2024 till 444 år 2027. "
                    "Idag finns 396 platser, varav 72 i tillfälliga paviljonger vid Enebacken. Bygglovet för "
                    "paviljongerna upphör att gälla i december 2026. Förvaltningen föreslår att en ny förskola "
                    "med sex avdelningar och 120 platser byggs vid Enebacken. Investeringsutgiften beräknas till "
                    "42,5 miljoner kronor och den årliga driftkostnaden, inklusive hyra, till 4,3 miljoner kronor "
                    "mer än i dag.")
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Område", "Barn i förskola okt 2024", "Prognos 2027", "Förändring"]):
        t.rows[0].cells[i].text = h
    data = [("Höörs tätort", 268, 312), ("Tjörnarp", 38, 42), ("Sätofta och Ringsjöstrand", 64, 70),
            ("Norra Rörum", 18, 20)]
    for n, a, b in data:
        c = t.add_row().cells
        c[0].text, c[1].text, c[2].text, c[3].text = n, str(a), str(b), sv(b - a, 0, plus=True)
    c = t.add_row().cells
    ta, tb = sum(x[1] for x in data), sum(x[2] for x in data)
    c[0].text, c[1].text, c[2].text, c[3].text = "Totalt", str(ta), str(tb), sv(tb - ta, 0, plus=True)
    assert (ta, tb) == (388, 444)
    d.add_paragraph("Yrkanden: Anna Persson (M) yrkar bifall till förvaltningens förslag. Johan Lind (SD) yrkar "
                    "att nämnden i stället ska förlänga bygglovet för paviljongerna och skjuta upp nybyggnationen "
                    "till 2028.")
    d.add_paragraph("Propositionsordning: Ordföranden ställer förslagen mot varandra och finner att nämnden "
                    "beslutar enligt Anna Perssons (M) yrkande.")
    d.add_paragraph("Beslut: Barn- och utbildningsnämnden föreslår kommunstyrelsen att uppföra en ny förskola "
                    "med 120 platser vid Enebacken med planerad inflyttning hösten 2026.")
    d.add_paragraph("Reservation: Johan Lind (SD) reserverar sig mot beslutet till förmån för eget yrkande.")

    d.add_heading("§ 81 Revidering av riktlinjer för skolskjuts", level=2)
    d.add_paragraph("Dnr BUN 2024/64")
    d.add_paragraph("Förvaltningen föreslår att avståndsgränsen för skolskjuts för elever i årskurs 4–6 ändras "
                    "från 3 till 4 kilometer från och med läsåret 2025/26. Förändringen beräknas minska "
                    "kostnaderna med cirka 450 000 kronor per år.")
    d.add_paragraph("Omröstning begärs. Ja för förvaltningens förslag, nej för avslag. Med 4 ja-röster mot "
                    "3 nej-röster beslutar nämnden enligt förvaltningens förslag.")
    d.add_paragraph("Beslut: Riktlinjerna för skolskjuts revideras enligt förvaltningens förslag.")
    d.add_paragraph("Reservation: Sara Holm (S) och Peter Olsson (S) reserverar sig mot beslutet. Johan Lind (SD) "
                    "reserverar sig också.")

    d.add_heading("§ 82 Delegationsbeslut", level=2)
    d.add_paragraph("Förteckning över delegationsbeslut för september 2024 anmäls. Beslut: Redovisningen läggs "
                    "till handlingarna.")
    d.add_heading("§ 83 Meddelanden", level=2)
    d.add_paragraph("Skolinspektionens beslut efter tillsyn av Tjörnarps skola anmäls. Inga brister påtalades.")
    d.add_paragraph("Underskrifter: Anna Persson, ordförande. Sara Holm, justerare. Ida Jönsson, sekreterare.")
    d.save(str(path))
    normalize_zip(path)


def _xlsx(path: Path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Nettokostnad"
    ws["A1"] = "Höörs kommun – nettokostnad per verksamhet"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Belopp i tkr"
    ws.append([])
    ws.append(["Verksamhet", "Utfall 2022", "Utfall 2023", "Budget 2024", "Budget 2025"])
    for c in ws[4]:
        c.font = Font(bold=True)
    other = ["Övrig verksamhet (administration, näringsliv, miljö m.m.)"]
    for i in range(4):
        other.append(NK_TOTALS[i] - sum(r[i + 1] for r in NETTOKOST))
    for r in NETTOKOST:
        ws.append(list(r))
    ws.append(other)
    ws.append(["Summa", *NK_TOTALS])
    for c in ws[ws.max_row]:
        c.font = Font(bold=True)
    ws.column_dimensions["A"].width = 52
    for col in "BCDE":
        ws.column_dimensions[col].width = 14

    ws2 = wb.create_sheet("Nyckeltal")
    ws2["A1"] = "Nyckeltal 2019–2023"; ws2["A1"].font = Font(bold=True, size=13)
    ws2["A2"] = "Källa: Höörs kommuns årsredovisningar och Kolada"
    ws2.append([])
    ws2.append(["År", "Invånare 31/12", "Skattesats, kr", "Årets resultat, mnkr", "Nettoinvesteringar, mnkr",
                "Soliditet, %", "Sjukfrånvaro, %", "Tillsvidareanställda"])
    for c in ws2[4]:
        c.font = Font(bold=True)
    for r in NYCKEL:
        ws2.append(list(r))
    for col in "ABCDEFGH":
        ws2.column_dimensions[col].width = 16
    wb.properties.creator = "Höörs kommun, ekonomienheten"
    wb.properties.created = FIXED_DT.replace(tzinfo=None)
    wb.properties.modified = FIXED_DT.replace(tzinfo=None)
    wb.save(str(path))
    normalize_zip(path)
    return other


def _txt(path: Path):
    txt = """PRESSMEDDELANDE
Höörs kommun, 4 mars 2025

Frostavallen rustas upp – tre miljoner kronor i år

Höörs kommun startar nu upprustningen av friluftsområdet Frostavallen. Under 2025 investerar kultur- och fritidsnämnden 3 miljoner kronor i nya vandringsleder, en tillgänglighetsanpassad slinga runt Ormanäs och ett nytt servicehus med toaletter och grillplats. Upprustningen fortsätter under 2026 och 2027, och den totala investeringen beräknas till 7,5 miljoner kronor.

Frostavallen har i dag omkring 250 000 besök per år. Kommunen räknar med att besöken ökar med en fjärdedel när upprustningen är klar.

– Frostavallen är Höörs vardagsrum i naturen. Nu gör vi det möjligt för fler att ta del av det, även för den som använder rullstol eller rollator, säger Eva Lindahl (KD), ordförande i kultur- och fritidsnämnden.

Utöver investeringen får Frostavallens friluftsförening ett extra driftbidrag på 250 000 kronor per år under tre år för att sköta leder och vindskydd. Region Skåne bidrar med 1,2 miljoner kronor till den tillgänglighetsanpassade slingan.

Arbetet pågår från april till oktober. Under den tiden kan vissa leder vara tillfälligt avstängda.

Kontakt:
Eva Lindahl (KD), ordförande kultur- och fritidsnämnden, 0413-280 15
Tobias Malm, fritidschef, 0413-281 40
"""
    path.write_text(txt, encoding="utf-8")


def build(out: Path):
    out.mkdir(parents=True, exist_ok=True)
    _pdf_budget(out / "hoor-budget-2025-plan-2026-2027.pdf")
    _pdf_delar(out / "hoor-delarsrapport-jan-aug-2024.pdf")
    _html(out / "hoor-nyhet-budget-2025-beslutad.html")
    _docx(out / "hoor-bun-protokoll-2024-10-16.docx")
    other = _xlsx(out / "hoor-nettokostnad-och-nyckeltal.xlsx")
    _txt(out / "hoor-pressmeddelande-frostavallen-2025-03-04.txt")
    return {"other": other}
