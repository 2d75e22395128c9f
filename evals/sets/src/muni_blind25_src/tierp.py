"""Tierps kommun: budget PDF, årsredovisning PDF, HTML, DOCX, XLSX, press release (md)."""
import os

import docx
import openpyxl
from docx.shared import Pt
from openpyxl.styles import Font

from common import D, Doc, normalize_zip, pct, sv

NAME = "tierp"
YEARS5 = ["Bokslut 2023", "Prognos 2024", "Budget 2025", "Plan 2026", "Plan 2027"]

# ---------------------------------------------------------------- Resultatbudget (mnkr)
RB = {
    "int": ["245.3", "252.0", "258.4", "263.1", "268.0"],
    "kost": ["-1612.8", "-1688.5", "-1741.2", "-1789.6", "-1838.9"],
    "avskr": ["-58.4", "-62.1", "-66.8", "-71.5", "-75.2"],
    "skatt": ["1098.6", "1142.3", "1188.9", "1230.4", "1274.8"],
    "gsb": ["352.7", "381.0", "398.2", "410.6", "421.9"],
    "finint": ["6.2", "7.5", "6.0", "6.0", "6.0"],
    "finkost": ["-14.8", "-18.9", "-21.4", "-24.6", "-27.3"],
}
RB = {k: [D(x) for x in v] for k, v in RB.items()}
RB["vnk"] = [RB["int"][i] + RB["kost"][i] + RB["avskr"][i] for i in range(5)]
RB["vres"] = [RB["vnk"][i] + RB["skatt"][i] + RB["gsb"][i] for i in range(5)]
RB["res"] = [RB["vres"][i] + RB["finint"][i] + RB["finkost"][i] for i in range(5)]

# ---------------------------------------------------------------- Driftbudget per nämnd (mnkr)
INV_BUDGET = 21400  # beräknat invånarantal för budget 2025
NAMNDER = [
    ("Kommunfullmäktige och revision", "4.8", "5.0"),
    ("Kommunstyrelsen", "132.6", "138.4"),
    ("Barn- och ungdomsnämnden", "612.4", "634.9"),
    ("Socialnämnden", "598.3", "621.7"),
    ("Kultur- och fritidsnämnden", "48.9", "50.2"),
    ("Samhällsbyggnadsnämnden", "71.5", "73.8"),
    ("Bygg- och miljönämnden", "12.7", "13.1"),
]
NAMNDER = [(n, D(a), D(b)) for n, a, b in NAMNDER]
SUM_N24 = sum(a for _, a, _ in NAMNDER)
SUM_N25 = sum(b for _, _, b in NAMNDER)
FINANS25 = -RB["vnk"][2] - SUM_N25
FINANS24 = D("11.0")
TOT24 = SUM_N24 + FINANS24
TOT25 = SUM_N25 + FINANS25

# ---------------------------------------------------------------- Investeringsbudget (mnkr)
INVEST = [
    ("Kommunstyrelsen", [
        ("IT-infrastruktur och digitalisering", "4.5", "4.0", "4.0"),
        ("Fordon och maskiner", "2.8", "3.0", "3.0"),
    ]),
    ("Barn- och ungdomsnämnden", [
        ("Ny förskola i Örbyhus", "18.0", "24.5", "0.0"),
        ("Ombyggnad Centralskolan, Tierp", "12.0", "6.0", "0.0"),
        ("Ny skola Siggbo, projektering och etapp 1", "0.0", "4.0", "30.0"),
        ("Inventarier skolor och förskolor", "3.2", "3.2", "3.2"),
    ]),
    ("Socialnämnden", [
        ("Nytt särskilt boende Siggbo, etapp 2", "35.0", "42.0", "10.0"),
        ("Välfärdsteknik", "2.5", "2.0", "2.0"),
    ]),
    ("Kultur- och fritidsnämnden", [
        ("Simhallen i Tierp, renovering", "8.5", "22.0", "0.0"),
        ("Spontanidrottsplats Söderfors", "1.8", "0.0", "0.0"),
    ]),
    ("Samhällsbyggnadsnämnden", [
        ("Gång- och cykelväg Tierp–Siggbo", "6.4", "3.0", "0.0"),
        ("Gatubelysning, utbyte till LED", "3.0", "3.0", "3.0"),
        ("Exploatering Siggbo norra", "9.0", "12.0", "8.0"),
        ("Reinvesteringar gator och broar", "7.5", "7.5", "7.5"),
        ("Ny återvinningscentral i Tierp", "2.0", "15.0", "18.0"),
    ]),
]
INVEST = [(n, [(p, D(a), D(b), D(c)) for p, a, b, c in prj]) for n, prj in INVEST]
INV_TOT = [sum(x[i] for _, prj in INVEST for x in prj) for i in (1, 2, 3)]

# ---------------------------------------------------------------- Balansbudget (mnkr)
NETINV = [D("141.9"), D("145.0")] + INV_TOT


def balans():
    mat = [D("1402.6")]
    for i in range(1, 5):
        mat.append(mat[-1] + NETINV[i] + RB["avskr"][i])
    finanl = [D("88.3"), D("88.3"), D("88.3"), D("88.3"), D("88.3")]
    ford = [D("104.2"), D("106.0"), D("108.5"), D("110.0"), D("112.0")]
    kassa = [D("42.3"), D("35.0"), D("30.0"), D("30.0"), D("30.0")]
    tot = [mat[i] + finanl[i] + ford[i] + kassa[i] for i in range(5)]
    ek = [D("612.4")]
    for i in range(1, 5):
        ek.append(ek[-1] + RB["res"][i])
    avs = [D("98.7"), D("101.2"), D("104.5"), D("108.0"), D("111.6")]
    kfs = [D("314.3"), D("320.0"), D("325.0"), D("330.0"), D("335.0")]
    lfs = [tot[i] - ek[i] - avs[i] - kfs[i] for i in range(5)]
    return dict(mat=mat, finanl=finanl, ford=ford, kassa=kassa, tot=tot, ek=ek, avs=avs, kfs=kfs, lfs=lfs)


BAL = balans()

# ---------------------------------------------------------------- Årsredovisning 2024
AR_B24 = {"int": "240.0", "kost": "-1670.9", "avskr": "-61.3", "skatt": "1139.8", "gsb": "376.4",
          "finint": "6.0", "finkost": "-17.5"}
AR_U24 = {"int": "255.6", "kost": "-1689.9", "avskr": "-61.8", "skatt": "1144.7", "gsb": "381.4",
          "finint": "7.8", "finkost": "-18.9"}
AR_B24 = {k: D(v) for k, v in AR_B24.items()}
AR_U24 = {k: D(v) for k, v in AR_U24.items()}
for d in (AR_B24, AR_U24):
    d["vnk"] = d["int"] + d["kost"] + d["avskr"]
    d["vres"] = d["vnk"] + d["skatt"] + d["gsb"]
    d["res"] = d["vres"] + d["finint"] + d["finkost"]
AR_U23 = {k: RB[k][0] for k in RB}
assert AR_B24["vnk"] == -TOT24, (AR_B24["vnk"], TOT24)

NAMND_UTFALL24 = {
    "Kommunfullmäktige och revision": "4.6",
    "Kommunstyrelsen": "130.9",
    "Barn- och ungdomsnämnden": "609.8",
    "Socialnämnden": "610.2",
    "Kultur- och fritidsnämnden": "48.1",
    "Samhällsbyggnadsnämnden": "72.9",
    "Bygg- och miljönämnden": "12.2",
}
NAMND_UTFALL24 = {k: D(v) for k, v in NAMND_UTFALL24.items()}
SUM_U24 = sum(NAMND_UTFALL24.values())
FINANS_U24 = -AR_U24["vnk"] - SUM_U24

FEM_AR = [  # 2020..2024
    ("Folkmängd 31 december, st", [20912, 21087, 21203, 21318, 21362], 0),
    ("Skattesats, kr", ["21.99", "21.99", "21.99", "22.24", "22.24"], 2),
    ("Skatteintäkter och generella statsbidrag, mnkr", ["1281.4", "1352.9", "1398.6", "1451.3", str(AR_U24["skatt"] + AR_U24["gsb"])], 1),
    ("Verksamhetens nettokostnader, mnkr", ["-1228.7", "-1291.5", "-1357.0", str(RB["vnk"][0]), str(AR_U24["vnk"])], 1),
    ("Årets resultat, mnkr", ["41.2", "52.8", "30.4", str(RB["res"][0]), str(AR_U24["res"])], 1),
    ("Nettoinvesteringar, mnkr", ["88.4", "102.7", "126.3", "141.9", "118.6"], 1),
    ("Soliditet inkl. pensionsåtaganden, %", ["16.9", "18.4", "18.8", "18.1", "18.3"], 1),
    ("Soliditet exkl. pensionsåtaganden, %", ["38.2", "39.5", "39.1", "37.4", "36.8"], 1),
    ("Antal tillsvidareanställda, st", [1812, 1834, 1851, 1866, 1859], 0),
]

# ---------------------------------------------------------------- Befolkning (XLSX)
POP = {2014: 20134}
FODDA = {2015: 221, 2016: 228, 2017: 215, 2018: 219, 2019: 207, 2020: 212, 2021: 204, 2022: 198, 2023: 189, 2024: 193}
DODA = {2015: 238, 2016: 231, 2017: 246, 2018: 229, 2019: 241, 2020: 262, 2021: 244, 2022: 251, 2023: 247, 2024: 236}
INFL = {2015: 1164, 2016: 1259, 2017: 1198, 2018: 1222, 2019: 1187, 2020: 1203, 2021: 1241, 2022: 1188, 2023: 1196, 2024: 1172}
POP_TARGET = {2015: 20268, 2016: 20418, 2017: 20531, 2018: 20660, 2019: 20752, 2020: 20912, 2021: 21087, 2022: 21203,
              2023: 21318, 2024: 21362}
UTFL = {}
for y in range(2015, 2025):
    prev = POP[y - 1]
    UTFL[y] = prev + FODDA[y] - DODA[y] + INFL[y] - POP_TARGET[y]
    POP[y] = POP_TARGET[y]

TATORT = [  # 2020, 2022, 2024
    ("Tierp", 6074, 6112, 6189),
    ("Örbyhus", 2118, 2147, 2166),
    ("Söderfors", 1593, 1588, 1571),
    ("Karlholmsbruk", 1036, 1049, 1052),
    ("Månkarbo", 512, 524, 531),
    ("Skärplinge", 448, 451, 447),
    ("Mehedeby", 402, 413, 421),
    ("Hållnäs", 118, 115, 112),
]
TATORT_REST = [POP[2020] - sum(t[1] for t in TATORT), POP[2022] - sum(t[2] for t in TATORT),
               POP[2024] - sum(t[3] for t in TATORT)]

# ---------------------------------------------------------------- KS-protokoll: ombudgetering (tkr)
OMBUD = [
    ("Nytt särskilt boende Siggbo, etapp 1", 48000, 39650),
    ("Ombyggnad Centralskolan, Tierp", 15000, 9820),
    ("Gång- och cykelväg Tierp–Siggbo", 5500, 1240),
    ("IT-infrastruktur och digitalisering", 4200, 3110),
    ("Spontanidrottsplats Karlholmsbruk", 1600, 1600),
]


def f1(x, neg="-"):
    return sv(x, 1, neg)


# ================================================================= BUDGET PDF
def budget_pdf(out):
    pdf = Doc("Tierps kommun – Mål och budget 2025 med plan 2026–2027", "Tierps kommun")
    pdf.alias_nb_pages()
    # cover
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 26)
    pdf.ln(50)
    pdf.multi_cell(0, 12, "Tierps kommun", align="C")
    pdf.set_font("DejaVu", "B", 20)
    pdf.multi_cell(0, 11, "Mål och budget 2025\nmed plan för 2026–2027", align="C")
    pdf.ln(10)
    pdf.set_font("DejaVu", "", 11)
    pdf.multi_cell(0, 6, "Antagen av kommunfullmäktige den 19 november 2024, § 142\nDiarienummer KS 2024/318",
                   align="C")
    # innehåll
    pdf.add_page()
    pdf.h1("Innehåll")
    for line in ["Ordförandens förord", "Omvärld och förutsättningar", "Vision och mål",
                 "Ekonomiska ramar, satsningar och effektiviseringar", "Resultatbudget", "Balansbudget",
                 "Driftbudget per nämnd", "Nämndernas uppdrag 2025", "Investeringsbudget 2025–2027",
                 "Kommentarer till investeringarna", "Noter och ekonomiska nyckeltal"]:
        pdf.p(line)

    # förord
    pdf.add_page()
    pdf.h1("Ordförandens förord")
    pdf.p("Tierps kommun står inför några år med stora investeringar och en ekonomi som pressas av "
          "högre pensionskostnader, ökade räntor och fler äldre invånare. Samtidigt växer kommunen, "
          "och det ska vara attraktivt att bo, verka och driva företag i hela Tierp – från Hållnäs i norr "
          "till Månkarbo i söder.")
    pdf.p(f"Budgeten för 2025 ger ett resultat på {f1(RB['res'][2])} miljoner kronor. Det är ett "
          "förbättrat resultat jämfört med prognosen för 2024 men fortfarande lägre än vårt långsiktiga "
          "mål. Skattesatsen lämnas oförändrad på 22,24 kronor per hundralapp.")
    pdf.p("Vi prioriterar skolan och omsorgen. Barn- och ungdomsnämnden får 4,7 miljoner kronor extra för "
          "att stärka elevhälsan och den särskilda undervisningsgruppen. Socialnämnden får ett riktat "
          "tillskott för att möta ett ökat behov inom hemtjänsten. Alla nämnder får samtidigt ett "
          "generellt effektiviseringskrav, eftersom kostnaderna måste anpassas till intäkterna.")
    pdf.p("Under perioden bygger vi en ny förskola i Örbyhus, andra etappen av det särskilda boendet "
          "i Siggbo och renoverar simhallen i Tierp. Det är investeringar som kommer att användas av "
          "tierpsborna i många decennier.")
    pdf.p("Jag vill tacka alla medarbetare för ett gott arbete under ett tufft år.")
    pdf.p("Marie Wallin (S)\nKommunstyrelsens ordförande")

    # omvärld
    pdf.add_page()
    pdf.h1("Omvärld och förutsättningar")
    pdf.h2("Samhällsekonomin")
    pdf.p("Sveriges Kommuner och Regioner (SKR) bedömer i sin prognos från oktober 2024 att "
          "skatteunderlaget växer med 4,1 procent 2025. Inflationen har fallit tillbaka, men "
          "kostnadsnivån är fortsatt hög och räntekostnaderna för kommunens lån har ökat.")
    pdf.h2("Befolkning")
    pdf.p(f"Budgeten bygger på ett beräknat invånarantal om {sv(INV_BUDGET, 0)} personer. Antalet invånare "
          "som är 80 år eller äldre väntas öka med drygt 5 procent per år under planperioden, medan "
          "antalet barn i förskoleåldern minskar något.")
    pdf.h2("Pensioner och löner")
    pdf.p("Pensionskostnaderna ökar med 9,8 miljoner kronor 2025 jämfört med 2024, främst till följd av "
          "det nya pensionsavtalet AKAP-KR. För löneökningar har 3,2 procent avsatts i "
          "finansförvaltningen.")
    pdf.h2("Prognos för 2024")
    pdf.p(f"Prognosen för 2024 efter augusti pekar på ett resultat på {f1(RB['res'][1])} miljoner kronor. "
          "Socialnämnden prognostiserar ett underskott på -12,8 miljoner kronor, främst på grund av "
          "kostnader för externa placeringar av barn och unga. Barn- och ungdomsnämnden prognostiserar "
          "ett överskott på 2,1 miljoner kronor.")

    # mål
    pdf.add_page()
    pdf.h1("Vision och mål")
    pdf.p("Visionen för Tierps kommun är: ”Tierp – en växande kommun med närhet till allt”. "
          "Kommunfullmäktige har fastställt fyra inriktningsmål för mandatperioden 2023–2026.")
    pdf.bullets([
        "Mål 1: Alla barn och elever ska nå kunskapsmålen och känna sig trygga i skolan.",
        "Mål 2: Äldre och personer med funktionsnedsättning ska få en god och trygg omsorg.",
        "Mål 3: Tierp ska ha ett gott företagsklimat och fler arbetstillfällen.",
        "Mål 4: Kommunens verksamhet ska vara hållbar och klimatsmart.",
    ])
    pdf.h2("Finansiella mål")
    pdf.bullets([
        "Årets resultat ska uppgå till minst 1,5 procent av skatteintäkter och generella statsbidrag, "
        "som genomsnitt över planperioden.",
        "Skattefinansierade investeringar ska till minst 60 procent finansieras med egna medel.",
        "Soliditeten exklusive pensionsåtaganden ska inte understiga 35 procent.",
    ])
    share = [pct(RB["res"][i], RB["skatt"][i] + RB["gsb"][i], 2) for i in range(5)]
    pdf.p(f"Resultatet i budget 2025 motsvarar {sv(share[2], 2)} procent av skatteintäkter och generella "
          f"statsbidrag. För 2026 och 2027 är motsvarande andel {sv(share[3], 2)} respektive "
          f"{sv(share[4], 2)} procent.")

    # ramar
    pdf.add_page()
    pdf.h1("Ekonomiska ramar, satsningar och effektiviseringar")
    pdf.p("Nämndernas ramar för 2025 har räknats upp med 2,9 procent för pris- och löneökningar. "
          "Därefter har ett generellt effektiviseringskrav på 1,0 procent lagts på samtliga nämnder, "
          "vilket motsvarar 15,2 miljoner kronor.")
    pdf.h2("Satsningar 2025")
    pdf.bullets([
        "Elevhälsa och särskild undervisningsgrupp, barn- och ungdomsnämnden: 4,7 miljoner kronor.",
        "Hemtjänst, ökad volym, socialnämnden: 8,5 miljoner kronor.",
        "Feriearbete för ungdomar, kommunstyrelsen: 650 000 kronor.",
        "Drift av ny spontanidrottsplats i Söderfors, kultur- och fritidsnämnden: 300 000 kronor.",
    ])
    pdf.h2("Effektiviseringar och besparingar")
    pdf.bullets([
        "Socialnämnden ska minska kostnaderna för externa placeringar med 6,5 miljoner kronor.",
        "Kommunstyrelsen ska minska lokalkostnaderna med 2,1 miljoner kronor genom att lämna "
        "förhyrda lokaler i Tierps centrum.",
        "Barn- och ungdomsnämnden ska anpassa förskoleorganisationen till färre barn, 3,4 miljoner kronor.",
        "Samhällsbyggnadsnämnden ska se över vinterväghållningen, 0,8 miljoner kronor.",
    ])
    pdf.p("Nämnderna ska senast i februari 2025 redovisa en åtgärdsplan för hur effektiviseringarna ska "
          "genomföras.")

    # resultatbudget
    pdf.add_page()
    pdf.h1("Resultatbudget")
    pdf.caption("Belopp i mnkr")
    W = [56, 10, 21, 21, 21, 21, 20]
    hdr = [["", "Not", "Bokslut", "Prognos", "Budget", "Plan", "Plan"],
           ["", "", "2023", "2024", "2025", "2026", "2027"]]
    lab = [("Verksamhetens intäkter", "int", "1", "row"), ("Verksamhetens kostnader", "kost", "2", "row"),
           ("Avskrivningar", "avskr", "", "row"), ("Verksamhetens nettokostnader", "vnk", "", "sum"),
           ("Skatteintäkter", "skatt", "3", "row"), ("Generella statsbidrag och utjämning", "gsb", "3", "row"),
           ("Verksamhetens resultat", "vres", "", "sum"), ("Finansiella intäkter", "finint", "", "row"),
           ("Finansiella kostnader", "finkost", "4", "row"), ("Resultat efter finansiella poster", "res", "", "sum"),
           ("Årets resultat", "res", "", "total")]
    rows = [(k, [l, n] + [f1(v) for v in RB[key]]) for l, key, n, k in lab]
    pdf.table(hdr, rows, W)
    pdf.p(f"Verksamhetens nettokostnader ökar med {f1(RB['vnk'][1] - RB['vnk'][2])} miljoner kronor mellan "
          "prognosen för 2024 och budget 2025. Skatteintäkter och generella statsbidrag ökar med "
          f"{f1(RB['skatt'][2] + RB['gsb'][2] - RB['skatt'][1] - RB['gsb'][1])} miljoner kronor.")
    pdf.p("Balanskravsresultatet för 2025 beräknas motsvara årets resultat, eftersom inga realisationsvinster "
          "är budgeterade.")

    # balansbudget
    pdf.add_page()
    pdf.h1("Balansbudget")
    pdf.caption("Belopp i mnkr")
    W = [75, 19, 19, 19, 19, 19]
    hdr = [["", "Bokslut", "Prognos", "Budget", "Plan", "Plan"], ["", "2023", "2024", "2025", "2026", "2027"]]
    B = BAL
    rows = [("section", ["TILLGÅNGAR"]),
            ("section", ["Anläggningstillgångar"]),
            ("row", ["Materiella anläggningstillgångar"] + [f1(v) for v in B["mat"]]),
            ("row", ["Finansiella anläggningstillgångar"] + [f1(v) for v in B["finanl"]]),
            ("section", ["Omsättningstillgångar"]),
            ("row", ["Kortfristiga fordringar"] + [f1(v) for v in B["ford"]]),
            ("row", ["Kassa och bank"] + [f1(v) for v in B["kassa"]]),
            ("total", ["Summa tillgångar"] + [f1(v) for v in B["tot"]]),
            ("section", ["EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER"]),
            ("row", ["Eget kapital"] + [f1(v) for v in B["ek"]]),
            ("row", ["  därav årets resultat"] + [f1(v) for v in RB["res"]]),
            ("row", ["Avsättningar för pensioner"] + [f1(v) for v in B["avs"]]),
            ("row", ["Långfristiga skulder"] + [f1(v) for v in B["lfs"]]),
            ("row", ["Kortfristiga skulder"] + [f1(v) for v in B["kfs"]]),
            ("total", ["Summa eget kapital, avsättningar och skulder"] + [f1(v) for v in B["tot"]])]
    pdf.table(hdr, rows, W, size=8)
    sol = [pct(B["ek"][i], B["tot"][i], 1) for i in range(5)]
    pdf.p(f"Soliditeten exklusive pensionsåtaganden beräknas till {sv(sol[2])} procent 2025. "
          f"Långfristiga skulder ökar under planperioden till följd av investeringarna och beräknas uppgå "
          f"till {f1(B['lfs'][4])} miljoner kronor vid utgången av 2027.")

    # driftbudget
    pdf.add_page()
    pdf.h1("Driftbudget per nämnd")
    pdf.caption("Nettokostnad, belopp i mnkr om inte annat anges")
    W = [60, 20, 20, 22, 20, 28]
    hdr = [["Nämnd", "Budget", "Budget", "Förändring", "Förändring", "Kr per"],
           ["", "2024", "2025", "mnkr", "%", "invånare 2025¹"]]
    rows = []
    for n, a, b in NAMNDER:
        rows.append(("row", [n, f1(a), f1(b), f1(b - a), sv(pct(b - a, a, 1)),
                             sv(b * 1000000 / INV_BUDGET, 0)]))
    rows.append(("sum", ["Summa nämnder", f1(SUM_N24), f1(SUM_N25), f1(SUM_N25 - SUM_N24),
                         sv(pct(SUM_N25 - SUM_N24, SUM_N24, 1)), sv(SUM_N25 * 1000000 / INV_BUDGET, 0)]))
    rows.append(("row", ["Finansförvaltning²", f1(FINANS24), f1(FINANS25), f1(FINANS25 - FINANS24),
                         sv(pct(FINANS25 - FINANS24, FINANS24, 1)), sv(FINANS25 * 1000000 / INV_BUDGET, 0)]))
    rows.append(("total", ["Totalt verksamhetens nettokostnader", f1(TOT24), f1(TOT25), f1(TOT25 - TOT24),
                           sv(pct(TOT25 - TOT24, TOT24, 1)), sv(TOT25 * 1000000 / INV_BUDGET, 0)]))
    pdf.table(hdr, rows, W)
    pdf.caption(f"¹ Beräknat på {sv(INV_BUDGET, 0)} invånare.\n"
                "² Pensioner, avsatta medel för löneökningar, kapitalkostnader och intern finansiering.")
    pdf.p("Ramarna för 2025 inkluderar kompensation för pris- och löneökningar, satsningar och "
          "effektiviseringskrav enligt föregående avsnitt.")

    # nämndernas uppdrag
    pdf.add_page()
    pdf.h1("Nämndernas uppdrag 2025")
    pdf.h2("Kommunstyrelsen")
    pdf.p("Kommunstyrelsen ansvarar för ledning, samordning och kommunens gemensamma stödfunktioner samt "
          "näringslivsfrågor och arbetsmarknadsenheten. Inom ramen finns 650 000 kronor för feriearbete, "
          "vilket ger plats för omkring 180 ungdomar sommaren 2025.")
    pdf.h2("Barn- och ungdomsnämnden")
    pdf.p("Nämnden ansvarar för förskola, grundskola, gymnasieskola och vuxenutbildning. Antalet barn i "
          "förskolan beräknas till 1 060 under 2025, vilket är 45 färre än 2023. Antalet elever i "
          "grundskolan beräknas till 2 480.")
    pdf.h2("Socialnämnden")
    pdf.p("Nämnden ansvarar för äldreomsorg, stöd till personer med funktionsnedsättning, individ- och "
          "familjeomsorg samt hälso- och sjukvård. Under 2025 öppnas 24 nya platser i särskilt boende "
          "när etapp 1 i Siggbo tas i bruk.")
    pdf.h2("Kultur- och fritidsnämnden")
    pdf.p("Nämnden ansvarar för bibliotek, kulturskola, fritidsgårdar och idrottsanläggningar. Simhallen "
          "i Tierp stängs för renovering under hösten 2025 och beräknas öppna igen i januari 2027.")
    pdf.h2("Samhällsbyggnadsnämnden")
    pdf.p("Nämnden ansvarar för gator och vägar, parker, fastigheter, kostverksamhet och lokalvård.")
    pdf.h2("Bygg- och miljönämnden")
    pdf.p("Nämnden ansvarar för bygglov, miljö- och hälsoskydd samt livsmedelskontroll. Nämnden "
          "finansieras till omkring 45 procent av avgifter.")

    # investeringsbudget (over two pages)
    W = [78, 22, 22, 22, 26]
    hdr = [["Nämnd/projekt", "Budget", "Plan", "Plan", "Totalt"], ["", "2025", "2026", "2027", "2025–2027"]]
    allrows = []
    for n, prj in INVEST:
        allrows.append(("section", [n]))
        for pname, a, b, c in prj:
            allrows.append(("row", [pname, f1(a), f1(b), f1(c), f1(a + b + c)]))
        s = [sum(x[i] for x in prj) for i in (1, 2, 3)]
        allrows.append(("sum", [f"Summa {n[0].lower() + n[1:]}", f1(s[0]), f1(s[1]), f1(s[2]), f1(sum(s))]))
    total = ("total", ["Summa investeringar", f1(INV_TOT[0]), f1(INV_TOT[1]), f1(INV_TOT[2]), f1(sum(INV_TOT))])
    split = 14
    pdf.add_page()
    pdf.h1("Investeringsbudget 2025–2027")
    pdf.caption("Utgifter, belopp i mnkr")
    pdf.table(hdr, allrows[:split], W)
    pdf.caption("Tabellen fortsätter på nästa sida.")
    pdf.add_page()
    pdf.h2("Investeringsbudget 2025–2027 (forts.)")
    pdf.caption("Utgifter, belopp i mnkr")
    pdf.table(hdr, allrows[split:] + [total], W)
    pdf.caption("Investeringarna inom vatten och avlopp redovisas av Tierps Kommunhus AB och ingår inte i "
                "tabellen.")

    # kommentarer investeringar
    pdf.add_page()
    pdf.h1("Kommentarer till investeringarna")
    selff = pct(RB["res"][2] - RB["avskr"][2], INV_TOT[0], 0)
    pdf.p(f"Investeringsvolymen 2025 uppgår till {f1(INV_TOT[0])} miljoner kronor och för hela "
          f"planperioden till {f1(sum(INV_TOT))} miljoner kronor. Med budgeterat resultat och avskrivningar "
          f"beräknas {sv(selff, 0)} procent av investeringarna 2025 kunna finansieras med egna medel. "
          "Resterande del finansieras genom nyupplåning.")
    pdf.p("Den nya förskolan i Örbyhus får sex avdelningar med plats för 120 barn och ersätter två "
          "äldre förskolor. Byggstart planeras till april 2025 och inflyttning till hösten 2026.")
    pdf.p("Etapp 2 av det särskilda boendet i Siggbo omfattar 40 lägenheter. Den totala utgiften för "
          "etapp 2 beräknas till 87,0 miljoner kronor.")
    pdf.p("Renoveringen av simhallen i Tierp omfattar ny bassängteknik, nya omklädningsrum och "
          "energieffektivisering. Utöver de budgeterade medlen har kommunen sökt ett bidrag på "
          "1,2 miljoner kronor från Boverket för energieffektivisering.")

    # noter
    pdf.add_page()
    pdf.h1("Noter och ekonomiska nyckeltal")
    pdf.p("Not 1. Verksamhetens intäkter består av taxor och avgifter, hyror, försäljning av "
          "verksamhet samt riktade statsbidrag.")
    pdf.p("Not 2. I verksamhetens kostnader ingår personalkostnader som 2025 beräknas till "
          "1 018,6 miljoner kronor.")
    pdf.p("Not 3. Skatteintäkter och generella statsbidrag bygger på SKR:s prognos från oktober 2024 "
          f"(cirkulär 24:41) och ett invånarantal om {sv(INV_BUDGET, 0)} personer.")
    pdf.p("Not 4. Finansiella kostnader avser främst räntor på lån. Genomsnittlig låneränta beräknas till "
          "3,1 procent 2025.")
    pdf.h2("Ekonomiska nyckeltal")
    W = [80, 22, 22, 22, 24]
    hdr = [["Nyckeltal", "Budget", "Plan", "Plan", "Mål"], ["", "2025", "2026", "2027", ""]]
    sh = [pct(RB["res"][i], RB["skatt"][i] + RB["gsb"][i], 1) for i in range(5)]
    rows = [("row", ["Resultat i % av skatter och statsbidrag", sv(sh[2]), sv(sh[3]), sv(sh[4]), "1,5"]),
            ("row", ["Soliditet exkl. pensionsåtaganden, %", sv(sol[2]), sv(sol[3]), sv(sol[4]), "35,0"]),
            ("row", ["Nettoinvesteringar, mnkr", f1(INV_TOT[0]), f1(INV_TOT[1]), f1(INV_TOT[2]), ""]),
            ("row", ["Skattesats, kr", "22,24", "22,24", "22,24", ""])]
    pdf.table(hdr, rows, W)
    pdf.output(out)


# ================================================================= ÅRSREDOVISNING PDF
def ar_pdf(out):
    pdf = Doc("Tierps kommun – Årsredovisning 2024", "Tierps kommun")
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 26)
    pdf.ln(55)
    pdf.multi_cell(0, 12, "Årsredovisning 2024", align="C")
    pdf.set_font("DejaVu", "", 13)
    pdf.multi_cell(0, 8, "Tierps kommun\nGodkänd av kommunfullmäktige den 22 april 2025, § 48", align="C")

    pdf.add_page()
    pdf.h1("Kommunstyrelsens ordförande har ordet")
    pdf.p(f"2024 blev ett år med högre kostnader än vi räknat med, men tack vare starka skatteintäkter "
          f"och god kostnadskontroll i flera nämnder redovisar Tierps kommun ett resultat på "
          f"{f1(AR_U24['res'])} miljoner kronor. Det är {f1(AR_U24['res'] - AR_B24['res'])} miljoner kronor "
          "bättre än budget.")
    pdf.p("Socialnämnden har haft ett mycket ansträngt år med höga kostnader för placeringar. Nämnden har "
          "tagit fram en åtgärdsplan som ska ge full effekt under 2025.")
    pdf.p("Under året invigdes etapp 1 av det särskilda boendet i Siggbo och vi påbörjade ombyggnaden av "
          "Centralskolan.")
    pdf.p("Marie Wallin (S)\nKommunstyrelsens ordförande")

    pdf.add_page()
    pdf.h1("Året i korthet")
    pdf.bullets([
        f"Årets resultat blev {f1(AR_U24['res'])} miljoner kronor (budget {f1(AR_B24['res'])} miljoner kronor).",
        f"Nettoinvesteringarna uppgick till 118,6 miljoner kronor, vilket är lägre än budgeterat.",
        f"Folkmängden ökade med {POP[2024] - POP[2023]} personer till {sv(POP[2024], 0)} invånare.",
        "Sjukfrånvaron bland kommunens medarbetare minskade till 7,4 procent (7,9 procent 2023).",
        "Kommunen betalade ut 2,3 miljoner kronor i föreningsbidrag.",
        "Balanskravsresultatet uppgick till 17,6 miljoner kronor efter avdrag för realisationsvinster "
        "om 1,3 miljoner kronor.",
    ])
    pdf.p("Andelen elever i årskurs 9 som var behöriga till ett yrkesprogram på gymnasiet var 81,2 procent, "
          "en ökning från 78,5 procent året innan.")

    # landscape five-year table
    pdf.add_page(orientation="L")
    pdf.h1("Fem år i sammandrag")
    W = [110, 30, 30, 30, 30, 30]
    hdr = [["", "2020", "2021", "2022", "2023", "2024"]]
    rows = []
    for lab, vals, dec in FEM_AR:
        rows.append(("row", [lab] + [sv(v, dec) for v in vals]))
    pdf.table(hdr, rows, W, size=9)
    pdf.caption("Soliditet inklusive pensionsåtaganden avser även pensionsförpliktelser intjänade före 1998 "
                "som redovisas som ansvarsförbindelse.")

    pdf.add_page()
    pdf.h1("Förvaltningsberättelse")
    pdf.h2("Ekonomisk ställning")
    pdf.p(f"Skatteintäkter och generella statsbidrag uppgick till {f1(AR_U24['skatt'] + AR_U24['gsb'])} "
          f"miljoner kronor, en ökning med {sv(pct(AR_U24['skatt'] + AR_U24['gsb'] - AR_U23['skatt'] - AR_U23['gsb'], AR_U23['skatt'] + AR_U23['gsb'], 1))} procent "
          "jämfört med 2023. Verksamhetens nettokostnader ökade med "
          f"{sv(pct(-AR_U24['vnk'] + AR_U23['vnk'], -AR_U23['vnk'], 1))} procent.")
    pdf.p("Kommunens låneskuld uppgick vid årets slut till 655,0 miljoner kronor, varav 120,0 miljoner "
          "kronor nyupplåning under året.")
    pdf.h2("God ekonomisk hushållning")
    pdf.p(f"Resultatet motsvarar {sv(pct(AR_U24['res'], AR_U24['skatt'] + AR_U24['gsb'], 2), 2)} procent av "
          "skatteintäkter och generella statsbidrag. Det finansiella målet om 1,5 procent uppnås därmed inte "
          "för 2024, men kommunen har inga negativa balanskravsresultat att återställa.")
    pdf.h2("Personal")
    pdf.p("Antalet tillsvidareanställda minskade med 7 personer till 1 859. Personalkostnaderna uppgick till "
          "978,4 miljoner kronor.")

    pdf.add_page()
    pdf.h1("Resultaträkning")
    pdf.caption("Belopp i mnkr")
    W = [58, 10, 24, 24, 24, 30]
    hdr = [["", "Not", "Budget", "Utfall", "Utfall", "Avvikelse"], ["", "", "2024", "2024", "2023", "mot budget"]]
    lab = [("Verksamhetens intäkter", "int", "1", "row"), ("Verksamhetens kostnader", "kost", "2", "row"),
           ("Avskrivningar", "avskr", "3", "row"), ("Verksamhetens nettokostnader", "vnk", "", "sum"),
           ("Skatteintäkter", "skatt", "4", "row"), ("Generella statsbidrag och utjämning", "gsb", "5", "row"),
           ("Verksamhetens resultat", "vres", "", "sum"), ("Finansiella intäkter", "finint", "6", "row"),
           ("Finansiella kostnader", "finkost", "7", "row"),
           ("Resultat efter finansiella poster", "res", "", "sum"), ("Årets resultat", "res", "", "total")]
    rows = [(k, [l, n, f1(AR_B24[key]), f1(AR_U24[key]), f1(AR_U23[key]), f1(AR_U24[key] - AR_B24[key])])
            for l, key, n, k in lab]
    pdf.table(hdr, rows, W)

    pdf.h2("Nämndernas budgetavvikelser")
    pdf.caption("Nettokostnad, belopp i mnkr. Underskott anges inom parentes.")
    W = [70, 30, 30, 30]
    hdr = [["Nämnd", "Budget 2024", "Utfall 2024", "Avvikelse"]]
    rows = []
    for n, b24, _ in NAMNDER:
        u = NAMND_UTFALL24[n]
        rows.append(("row", [n, f1(b24), f1(u), f1(b24 - u, "()")]))
    rows.append(("sum", ["Summa nämnder", f1(SUM_N24), f1(SUM_U24), f1(SUM_N24 - SUM_U24, "()")]))
    rows.append(("row", ["Finansförvaltning", f1(FINANS24), f1(FINANS_U24), f1(FINANS24 - FINANS_U24, "()")]))
    rows.append(("total", ["Totalt", f1(TOT24), f1(-AR_U24["vnk"]), f1(TOT24 + AR_U24["vnk"], "()")]))
    pdf.table(hdr, rows, W)
    pdf.p("Socialnämndens underskott förklaras främst av externa placeringar inom individ- och "
          "familjeomsorgen, som kostade 9,6 miljoner kronor mer än budgeterat.")

    pdf.add_page()
    pdf.h1("Investeringar")
    pdf.p("Nettoinvesteringarna uppgick till 118,6 miljoner kronor mot budgeterade 151,3 miljoner kronor. "
          "Avvikelsen beror främst på att projekt har förskjutits i tid. Ej förbrukade medel om 18,9 "
          "miljoner kronor föreslås ombudgeteras till 2025.")
    W = [90, 26, 26, 28]
    hdr = [["Projekt", "Budget 2024", "Utfall 2024", "Avvikelse"]]
    inv = [("Nytt särskilt boende Siggbo, etapp 1", "48.0", "39.7"), ("Ombyggnad Centralskolan, Tierp", "15.0", "9.8"),
           ("Gång- och cykelväg Tierp–Siggbo", "5.5", "1.2"), ("Reinvesteringar gator och broar", "7.0", "7.4"),
           ("IT-infrastruktur och digitalisering", "4.2", "3.1"), ("Övriga projekt", "71.6", "57.4")]
    rows = [("row", [p, f1(D(b)), f1(D(u)), f1(D(b) - D(u), "()")]) for p, b, u in inv]
    bt = sum(D(b) for _, b, _ in inv)
    ut = sum(D(u) for _, _, u in inv)
    rows.append(("total", ["Summa", f1(bt), f1(ut), f1(bt - ut, "()")]))
    pdf.caption("Belopp i mnkr")
    pdf.table(hdr, rows, W)
    assert bt == D("151.3") and ut == D("118.6"), (bt, ut)
    pdf.output(out)


# ================================================================= HTML
def html(out):
    shares = []
    rows = [(n, b) for n, _, b in NAMNDER] + [("Finansförvaltning och gemensamt", FINANS25)]
    for n, b in rows:
        shares.append((n, b, (b / TOT25 * 100)))
    # one decimal per row; the rows need not add up to exactly 100
    trs = "\n".join(
        f"          <tr><td>{n}</td><td>{sv(s_, 1)} kr</td><td>{f1(b)}</td></tr>" for n, b, s_ in shares)
    page = f"""<!DOCTYPE html>
<html lang="sv">
<head>
  <meta charset="utf-8">
  <title>Så används din skatt - Tierps kommun</title>
  <style>body{{font-family:Arial,sans-serif}} .cookie{{background:#222;color:#fff;padding:8px}}</style>
  <script>window.dataLayer = window.dataLayer || [];</script>
</head>
<body>
  <div class="cookie" id="cookie-banner">
    <p>Vi använder kakor (cookies) för att förbättra webbplatsen. Läs mer om hur vi använder kakor.</p>
    <button>Acceptera alla kakor</button> <button>Endast nödvändiga</button>
  </div>
  <header>
    <a href="/">Tierps kommun</a>
    <nav>
      <ul>
        <li><a href="/barn-och-utbildning">Barn och utbildning</a></li>
        <li><a href="/omsorg-och-stod">Omsorg och stöd</a></li>
        <li><a href="/bygga-bo-och-miljo">Bygga, bo och miljö</a></li>
        <li><a href="/kultur-och-fritid">Kultur och fritid</a></li>
        <li><a href="/kommun-och-politik">Kommun och politik</a></li>
      </ul>
    </nav>
    <form action="/sok"><input type="search" name="q" placeholder="Sök på webbplatsen"></form>
  </header>
  <div class="breadcrumbs">Startsida / Kommun och politik / Ekonomi / Så används din skatt</div>
  <main>
    <article>
      <h1>Så används din skatt</h1>
      <p class="ingress">Den kommunala skatten är kommunens största inkomstkälla. Här kan du se hur varje
      hundralapp i kommunalskatt fördelas mellan kommunens verksamheter under 2025.</p>
      <h2>Skattesatsen 2025</h2>
      <p>Den totala skattesatsen i Tierps kommun är 33,95 kronor per hundra kronor av den beskattningsbara
      inkomsten. Av dessa går 22,24 kronor till Tierps kommun och 11,71 kronor till Region Uppsala.
      Kommunens skattesats är oförändrad jämfört med 2024.</p>
      <p>Om du tjänar 30 000 kronor i månaden betalar du ungefär 5 600 kronor i kommunalskatt till
      Tierps kommun varje månad, efter grundavdrag.</p>
      <h2>Så fördelas 100 kronor</h2>
      <table>
        <caption>Fördelning av 100 kronor i kommunalskatt, budget 2025</caption>
        <thead>
          <tr><th>Verksamhet</th><th>Av 100 kronor</th><th>Nettokostnad budget 2025, mnkr</th></tr>
        </thead>
        <tbody>
{trs}
          <tr><td>Totalt</td><td>100 kr</td><td>{f1(TOT25)}</td></tr>
        </tbody>
      </table>
      <p>Fördelningen bygger på nämndernas nettokostnader i Mål och budget 2025, som antogs av
      kommunfullmäktige den 19 november 2024. Skatteintäkterna finansierar tillsammans med generella
      statsbidrag och utjämning drygt 80 procent av kommunens kostnader. Resten finansieras av avgifter,
      hyror och riktade statsbidrag.</p>
      <h2>Vad kostar det?</h2>
      <ul>
        <li>En plats i förskolan kostar omkring 178 000 kronor per år.</li>
        <li>En elev i grundskolan kostar omkring 121 000 kronor per år.</li>
        <li>En plats i särskilt boende kostar omkring 1 040 000 kronor per år.</li>
      </ul>
      <p class="meta">Publicerad 2025-01-20<br>Senast uppdaterad 2025-02-04</p>
      <p><a href="/kommun-och-politik/ekonomi/mal-och-budget">Läs hela Mål och budget 2025 (pdf)</a></p>
    </article>
  </main>
  <footer>
    <p>Tierps kommun, 815 80 Tierp. Besöksadress: Centralgatan 7, Tierp.</p>
    <p>Telefon kontaktcenter: 0293-180 00. E-post: kontaktcenter@tierp.se</p>
    <p><a href="/tillganglighet">Tillgänglighetsredogörelse</a> | <a href="/kakor">Om kakor</a> |
    <a href="/personuppgifter">Personuppgifter</a></p>
  </footer>
</body>
</html>
"""
    with open(out, "w", encoding="utf-8") as f:
        f.write(page)


# ================================================================= DOCX
def protokoll_docx(out):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)
    d.add_heading("Tierps kommun", level=1)
    d.add_paragraph("SAMMANTRÄDESPROTOKOLL")
    d.add_paragraph("Kommunstyrelsen")
    d.add_paragraph("Sammanträdesdatum: 2025-03-11")
    d.add_paragraph("Plats och tid: Kommunhuset, sammanträdesrum Vendel, klockan 09.00–12.15")
    d.add_paragraph("Beslutande: Marie Wallin (S), ordförande, Henrik Sjöberg (C), vice ordförande, "
                    "Kristina Ek (M), Lars-Göran Nyström (SD), Amira Hassan (S), Per Öhman (S), "
                    "Ulla Lindgren (KD), Johan Berglund (L), Sara Fors (V), Mats Åkerlund (SD), "
                    "Eva Strand (M)")
    d.add_paragraph("Övriga närvarande: Jonas Kvist, kommundirektör; Annika Persson, ekonomichef; "
                    "Linnea Björk, nämndsekreterare")
    d.add_paragraph("Justerare: Kristina Ek (M)")
    d.add_paragraph("Justeringens plats och tid: Kommunhuset, 2025-03-14")
    d.add_paragraph("Paragrafer: §§ 31–36")

    d.add_heading("§ 31 Val av justerare", level=2)
    d.add_paragraph("Kommunstyrelsen beslutar att utse Kristina Ek (M) att jämte ordföranden justera dagens "
                    "protokoll.")
    d.add_heading("§ 32 Godkännande av dagordning", level=2)
    d.add_paragraph("Dagordningen godkänns med tillägget att ärendet om föreningsbidrag behandlas före "
                    "motionen.")

    d.add_heading("§ 33 Ombudgetering av investeringsmedel från 2024 till 2025", level=2)
    d.add_paragraph("Dnr KS 2025/41")
    d.add_paragraph("Ärendebeskrivning")
    tot_omb = sum(b - u for _, b, u in OMBUD)
    d.add_paragraph("Flera investeringsprojekt har försenats under 2024. Ekonomiavdelningen har sammanställt "
                    "de projekt där ej förbrukade medel behöver föras över till 2025 för att projekten ska "
                    f"kunna slutföras. Förslaget omfattar totalt {sv(tot_omb, 0)} tkr.")
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, txt in zip(t.rows[0].cells, ["Projekt", "Budget 2024, tkr", "Utfall 2024, tkr", "Ombudgeteras till 2025, tkr"]):
        c.text = txt
    for p, b, u in OMBUD:
        cells = t.add_row().cells
        for c, txt in zip(cells, [p, sv(b, 0), sv(u, 0), sv(b - u, 0)]):
            c.text = txt
    cells = t.add_row().cells
    for c, txt in zip(cells, ["Summa", sv(sum(b for _, b, _ in OMBUD), 0), sv(sum(u for _, _, u in OMBUD), 0),
                              sv(tot_omb, 0)]):
        c.text = txt
    d.add_paragraph("Spontanidrottsplatsen i Karlholmsbruk färdigställdes under 2024 och omfattas därför "
                    "inte av ombudgeteringen.")
    d.add_paragraph("Yrkanden")
    d.add_paragraph("Marie Wallin (S) yrkar bifall till förvaltningens förslag. Kristina Ek (M) yrkar att "
                    "ombudgeteringen för gång- och cykelvägen Tierp–Siggbo ska avslås och att projektet ska "
                    "prövas på nytt i budgetarbetet för 2026.")
    d.add_paragraph("Beslutsgång")
    d.add_paragraph("Ordföranden ställer förslagen mot varandra och finner att kommunstyrelsen bifaller "
                    "förvaltningens förslag. Votering begärs. Med 7 röster mot 4 bifaller kommunstyrelsen "
                    "förvaltningens förslag.")
    d.add_paragraph("Beslut")
    d.add_paragraph(f"Kommunstyrelsen föreslår kommunfullmäktige besluta att ombudgetera {sv(tot_omb, 0)} tkr "
                    "av ej förbrukade investeringsmedel från 2024 till investeringsbudgeten 2025 enligt "
                    "tabellen ovan.")
    d.add_paragraph("Reservation")
    d.add_paragraph("Kristina Ek (M) och Eva Strand (M) reserverar sig mot beslutet till förmån för eget "
                    "yrkande.")

    d.add_heading("§ 34 Föreningsbidrag 2025 – extra bidrag till Tierps hembygdsförening", level=2)
    d.add_paragraph("Dnr KS 2025/12")
    d.add_paragraph("Tierps hembygdsförening har ansökt om ett extra bidrag för att renovera taket på "
                    "hembygdsgården. Föreningen har ansökt om 180 000 kronor.")
    d.add_paragraph("Beslut")
    d.add_paragraph("Kommunstyrelsen beslutar att bevilja Tierps hembygdsförening ett extra bidrag på "
                    "120 000 kronor, att finansieras ur kommunstyrelsens medel för oförutsedda behov.")

    d.add_heading("§ 35 Motion om avgiftsfri kollektivtrafik för personer över 75 år", level=2)
    d.add_paragraph("Dnr KS 2024/205")
    d.add_paragraph("Lars-Göran Nyström (SD) har i en motion föreslagit att personer som fyllt 75 år ska få "
                    "resa avgiftsfritt med kollektivtrafiken inom kommunen. Förvaltningen har beräknat "
                    "kostnaden till cirka 1,9 miljoner kronor per år.")
    d.add_paragraph("Beslut")
    d.add_paragraph("Kommunstyrelsen föreslår kommunfullmäktige att avslå motionen.")
    d.add_paragraph("Reservation")
    d.add_paragraph("Lars-Göran Nyström (SD) och Mats Åkerlund (SD) reserverar sig mot beslutet till förmån "
                    "för bifall till motionen.")

    d.add_heading("§ 36 Anmälan av delegationsbeslut", level=2)
    d.add_paragraph("Förteckning över delegationsbeslut fattade under perioden 2025-01-15 – 2025-02-28 "
                    "anmäls. Kommunstyrelsen beslutar att lägga redovisningen till handlingarna.")
    d.add_paragraph("Vid protokollet: Linnea Björk")
    d.add_paragraph("Justeras: Marie Wallin (S), ordförande    Kristina Ek (M), justerare")
    cp = d.core_properties
    cp.author = "Linnea Björk"
    cp.title = "Protokoll kommunstyrelsen 2025-03-11"
    d.save(out)
    normalize_zip(out)


# ================================================================= XLSX
def statistik_xlsx(out):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Befolkning"
    ws.append(["Befolkningsutveckling i Tierps kommun 2015–2024"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(["Antal personer. Folkmängd avser den 31 december respektive år. Källa: SCB"])
    ws.append([])
    ws.append(["År", "Folkmängd", "Födda", "Döda", "Födelsenetto", "Inflyttade", "Utflyttade", "Flyttnetto",
               "Folkökning"])
    for c in ws[4]:
        c.font = Font(bold=True)
    for y in range(2015, 2025):
        fn = FODDA[y] - DODA[y]
        mn = INFL[y] - UTFL[y]
        ws.append([y, POP[y], FODDA[y], DODA[y], fn, INFL[y], UTFL[y], mn, POP[y] - POP[y - 1]])
    ws.column_dimensions["A"].width = 10
    for col in "BCDEFGHI":
        ws.column_dimensions[col].width = 13

    ws2 = wb.create_sheet("Tätorter")
    ws2.append(["Folkmängd per tätort i Tierps kommun"])
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.append(["Antal invånare den 31 december"])
    ws2.append(["Tätort", 2020, 2022, 2024, "Förändring 2020–2024, %"])
    for c in ws2[3]:
        c.font = Font(bold=True)
    for name, a, b, c in TATORT:
        ws2.append([name, a, b, c, float(pct(c - a, a, 1))])
    r = TATORT_REST
    ws2.append(["Utanför tätort", r[0], r[1], r[2], float(pct(r[2] - r[0], r[0], 1))])
    ws2.append(["Hela kommunen", POP[2020], POP[2022], POP[2024], float(pct(POP[2024] - POP[2020], POP[2020], 1))])
    ws2.column_dimensions["A"].width = 18
    wb.properties.creator = "Tierps kommun, kansliavdelningen"
    wb.properties.title = "Befolkningsstatistik Tierp"
    wb.save(out)
    normalize_zip(out)


# ================================================================= PRESS RELEASE
def press_md(out):
    total = sum(x[1] + x[2] + x[3] for _, prj in INVEST for x in prj if x[0] == "Ny förskola i Örbyhus")
    txt = f"""# Pressmeddelande: Nu bygger Tierps kommun en ny förskola i Örbyhus

**Tierps kommun, 2025-04-07**

Tierps kommun har tecknat avtal med Mälardalens Byggpartner AB om att bygga en ny förskola vid
Vendelvägen i Örbyhus. Byggstarten sker den 22 april 2025 och förskolan beräknas stå klar till
höstterminen 2026.

Förskolan får sex avdelningar och plats för 120 barn. Den ersätter förskolorna Solrosen och Ekbacken,
som har stora behov av renovering. Totalt har kommunfullmäktige avsatt {f1(total)} miljoner kronor för
projektet i investeringsbudgeten för 2025–2026. Entreprenadkontraktet omfattar 36,8 miljoner kronor.

– Det här är en viktig dag för familjerna i Örbyhus. Barnen får en modern och trygg förskola med
en stor gård nära skogen, säger Helena Grönlund (S), ordförande i barn- och ungdomsnämnden.

Byggnaden uppförs i trä och får solceller på taket. Solcellerna beräknas producera omkring
85 000 kilowattimmar per år.

Under byggtiden leds trafiken om via Skolgatan. Föräldrar med barn på Solrosen och Ekbacken påverkas
inte förrän flytten till den nya förskolan.

## Fakta

| Uppgift | Värde |
|---|---|
| Antal avdelningar | 6 |
| Antal platser | 120 |
| Bruttoarea | 1 450 kvm |
| Budget, totalt | {f1(total)} mnkr |
| Entreprenadkontrakt | 36,8 mnkr |
| Beräknad inflyttning | augusti 2026 |

**Kontakt:**
Helena Grönlund (S), ordförande barn- och ungdomsnämnden, 0293-180 00
Magnus Ljung, projektledare, samhällsbyggnadsförvaltningen, 0293-180 00
"""
    with open(out, "w", encoding="utf-8") as f:
        f.write(txt)


def build(root):
    d = os.path.join(root, NAME)
    os.makedirs(d, exist_ok=True)
    budget_pdf(os.path.join(d, "mal-och-budget-2025-2027.pdf"))
    ar_pdf(os.path.join(d, "arsredovisning-2024.pdf"))
    html(os.path.join(d, "sa-anvands-din-skatt.html"))
    protokoll_docx(os.path.join(d, "protokoll-kommunstyrelsen-2025-03-11.docx"))
    statistik_xlsx(os.path.join(d, "befolkningsstatistik-2015-2024.xlsx"))
    press_md(os.path.join(d, "pressmeddelande-ny-forskola-orbyhus.md"))
