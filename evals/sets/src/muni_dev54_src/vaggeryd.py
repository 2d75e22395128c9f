"""Vaggeryds kommun: six documents."""
import os

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font

from common import Doc, sv, t, save_docx, save_xlsx

NAME = "vaggeryd"

# ---------------------------------------------------------------- data
YEARS_RB = ["Bokslut 2023", "Budget 2024", "Prognos 2024", "Budget 2025", "Plan 2026", "Plan 2027"]
RB = {
    "int": [168.4, 162.0, 171.2, 170.5, 173.9, 177.3],
    "kost": [-1102.6, -1128.4, -1151.8, -1176.2, -1205.6, -1236.9],
    "avs": [-42.1, -45.0, -44.3, -48.6, -52.4, -55.1],
    "skatt": [742.8, 774.6, 770.1, 806.9, 834.2, 862.5],
    "gsb": [262.5, 268.3, 279.8, 284.1, 290.7, 297.0],
    "fint": [6.2, 4.5, 5.8, 5.0, 5.0, 5.0],
    "fkost": [-9.8, -12.0, -11.4, -13.5, -15.2, -16.8],
}


def tt(lst):
    return [t(x) for x in lst]


def rb_derived():
    n = len(YEARS_RB)
    netto = [t(RB["int"][i]) + t(RB["kost"][i]) + t(RB["avs"][i]) for i in range(n)]
    vres = [netto[i] + t(RB["skatt"][i]) + t(RB["gsb"][i]) for i in range(n)]
    res = [vres[i] + t(RB["fint"][i]) + t(RB["fkost"][i]) for i in range(n)]
    pct = [round(res[i] / (t(RB["skatt"][i]) + t(RB["gsb"][i])) * 100, 1) for i in range(n)]
    return netto, vres, res, pct


NETTO, VRES, RES, RESPCT = rb_derived()
assert [x / 10 for x in NETTO] == [-976.3, -1011.4, -1024.9, -1054.3, -1084.1, -1114.7]
assert [x / 10 for x in RES] == [25.4, 24.0, 19.4, 28.2, 30.6, 33.0], RES

# Balansbudget: Bokslut 2023, Prognos 2024, Budget 2025, Plan 2026, Plan 2027
BB = {
    "mat": [1124.6, 1178.3, 1232.7, 1286.7, 1279.9],
    "fin": [48.2, 48.2, 48.2, 48.2, 48.2],
    "ford": [96.4, 92.0, 94.0, 96.0, 98.0],
    "kassa": [58.7, 41.5, 35.2, 30.1, 44.5],
    "ek": [612.4, 631.8, 660.0, 690.6, 723.6],
    "res": [25.4, 19.4, 28.2, 30.6, 33.0],
    "avs": [38.5, 40.1, 41.8, 43.2, 44.9],
    "lfs": [452.0, 492.0, 527.0, 567.0, 547.0],
}
BB_TOT = [t(BB["mat"][i]) + t(BB["fin"][i]) + t(BB["ford"][i]) + t(BB["kassa"][i]) for i in range(5)]
BB["kfs"] = [(BB_TOT[i] - t(BB["ek"][i]) - t(BB["avs"][i]) - t(BB["lfs"][i])) / 10 for i in range(5)]
assert BB["kfs"] == [225.0, 196.1, 181.3, 160.2, 155.1], BB["kfs"]

# Kassaflöde Budget 2025, Plan 2026, Plan 2027
KF = {
    "res": [28.2, 30.6, 33.0],
    "avskr": [48.6, 52.4, 55.1],
    "avs": [1.7, 1.4, 1.7],
    "ford": [-2.0, -2.0, -2.0],
    "skuld": [-14.8, -21.1, -5.1],
    "inv": [-103.0, -106.4, -48.3],
    "lan": [35.0, 40.0, 0.0],
    "amort": [0.0, 0.0, -20.0],
}
KF_LOP = [sum(t(KF[k][i]) for k in ("res", "avskr", "avs", "ford", "skuld")) for i in range(3)]
KF_FIN = [t(KF["lan"][i]) + t(KF["amort"][i]) for i in range(3)]
KF_TOT = [KF_LOP[i] + t(KF["inv"][i]) + KF_FIN[i] for i in range(3)]
assert [x / 10 for x in KF_TOT] == [-6.3, -5.1, 14.4]
for i in range(3):
    assert t(BB["kassa"][i + 1]) + KF_TOT[i] == t(BB["kassa"][i + 2])

# Driftbudget per nämnd, tkr: Budget 2024, Budget 2025, Plan 2026, Plan 2027
DRIFT = [
    ("Kommunfullmäktige och revision", [4850, 5020, 5120, 5220]),
    ("Kommunstyrelsen", [98400, 103250, 105800, 108400]),
    ("Barn- och utbildningsnämnden", [452300, 468900, 481600, 494700]),
    ("Socialnämnden", [378600, 394150, 407900, 421800]),
    ("Kultur- och fritidsnämnden", [41200, 42350, 43300, 44200]),
    ("Miljö- och byggnämnden", [12900, 13480, 13800, 14100]),
]
DRIFT_SUM = [sum(r[1][i] for r in DRIFT) for i in range(4)]
DRIFT_TOT = [1011400, 1054300, 1084100, 1114700]
DRIFT_FIN = [DRIFT_TOT[i] - DRIFT_SUM[i] for i in range(4)]
assert DRIFT_SUM[1] == 1027150 and DRIFT_FIN[1] == 27150
INV_2025 = 14700

# Investeringsbudget mnkr: 2025, 2026, 2027
INV = [
    ("Kommunstyrelsen", [
        ("Gång- och cykelväg Vaggeryd–Skillingaryd", [6.5, 4.0, 0.0]),
        ("Exploatering Fänneslunda industriområde", [14.0, 8.0, 4.0]),
        ("Gatubelysning, byte till LED", [1.5, 1.5, 1.0]),
        ("IT-investeringar", [3.2, 3.0, 3.0]),
        ("Fordon och maskiner", [2.8, 2.8, 3.0]),
        ("Fastighetsunderhåll, reinvesteringar", [6.5, 6.8, 7.0]),
    ]),
    ("Barn- och utbildningsnämnden", [
        ("Ny förskola Fenix, Skillingaryd", [28.0, 14.5, 0.0]),
        ("Ombyggnad Götafors skola", [12.5, 18.0, 6.0]),
        ("Inventarier skolor och förskolor", [1.8, 1.5, 1.5]),
    ]),
    ("Socialnämnden", [
        ("Trygghetslarm och välfärdsteknik", [1.2, 0.8, 0.8]),
        ("Nytt LSS-boende, Vaggeryd", [4.0, 16.0, 2.0]),
    ]),
    ("Kultur- och fritidsnämnden", [
        ("Renovering simhallen Vaggeryd", [3.0, 22.0, 15.0]),
        ("Konstgräsplan Skillingaryd", [5.5, 0.0, 0.0]),
    ]),
]
INV_VA = [
    ("VA-sanering Hok", [9.0, 7.5, 5.0]),
    ("Ny vattenledning Bondstorp", [3.5, 0.0, 0.0]),
]


def inv_sum(items):
    return [sum(t(v[i]) for _, v in items) for i in range(3)]


INV_SKATT = [sum(inv_sum(items)[i] for _, items in INV) for i in range(3)]
INV_VA_SUM = inv_sum(INV_VA)
INV_TOT = [INV_SKATT[i] + INV_VA_SUM[i] for i in range(3)]
assert [x / 10 for x in INV_TOT] == [103.0, 106.4, 48.3], INV_TOT
assert [x / 10 for x in INV_SKATT] == [90.5, 98.9, 43.3], INV_SKATT

# Population 31 dec
POP = {2019: 14140, 2020: 14262, 2021: 14355, 2022: 14498, 2023: 14620, 2024: 14668}


def m(x, neg="minus"):
    return sv(x, 1, neg)


def tk(x, neg="minus"):
    return sv(x, 0, neg)


# ---------------------------------------------------------------- budget PDF
def budget_pdf(path):
    pdf = Doc("Vaggeryds kommun  |  Mål och budget 2025 med plan 2026–2027", "Sida {p}")
    pdf.set_title("Mål och budget 2025 med plan för 2026–2027")
    pdf.set_author("Vaggeryds kommun")
    pdf.add_page()
    pdf.set_y(60)
    pdf.set_font("DV", "B", 13)
    pdf.cell(0, 8, "Vaggeryds kommun", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("DV", "B", 28)
    pdf.cell(0, 14, "Mål och budget 2025", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 16)
    pdf.cell(0, 10, "med plan för 2026–2027", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(30)
    pdf.set_font("DV", "", 10)
    pdf.cell(0, 6, "Antagen av kommunfullmäktige 2024-11-25, § 142", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 6, "Diarienummer KS 2024/0318", align="C", new_x="LMARGIN", new_y="NEXT")

    # contents
    pdf.add_page()
    pdf.h1("Innehåll")
    pdf.set_font("DV", "", 10)
    for line in ["Ordföranden har ordet", "Omvärld och förutsättningar", "Vision och mål",
                 "Ekonomiska ramar och effektiviseringar", "Resultatbudget", "Balansbudget",
                 "Kassaflödesbudget", "Driftbudget per nämnd", "Nämndernas uppdrag 2025",
                 "Investeringsbudget 2025–2027", "Borgen, lån och övriga beslut"]:
        pdf.cell(0, 7, line, new_x="LMARGIN", new_y="NEXT")

    # foreword
    pdf.add_page()
    pdf.h1("Ordföranden har ordet")
    pdf.p("Vaggeryds kommun fortsätter att växa. Den 31 december 2023 bodde 14 620 personer i kommunen, "
          "och vi räknar med att passera 14 700 invånare under 2025. Det är glädjande, men det ställer också "
          "krav på fler förskoleplatser, nya bostäder och en omsorg som håller hög kvalitet.")
    pdf.p("Budgeten för 2025 är framtagen i ett kärvt ekonomiskt läge. Kostnaderna för pensioner, livsmedel "
          "och energi har ökat snabbare än skatteintäkterna, och inom socialnämnden har behoven av placeringar "
          "och hemtjänst ökat kraftigt. Trots det budgeterar vi ett resultat på 28,2 miljoner kronor för 2025. "
          "Det motsvarar 2,6 procent av skatter och generella statsbidrag och klarar därmed vårt finansiella mål.")
    pdf.p("Skattesatsen lämnas oförändrad på 22,14 kronor per intjänad hundralapp. I stället genomför vi "
          "effektiviseringar om sammanlagt 8,6 miljoner kronor, fördelade på samtliga nämnder. Ingen nämnd "
          "får en minskad ram jämfört med 2024, men alla måste prioritera.")
    pdf.p("Samtidigt satsar vi framåt. Den nya förskolan Fenix i Skillingaryd byggs under 2025–2026 och ger plats "
          "för 120 barn. Renoveringen av simhallen i Vaggeryd genomförs 2025–2027 och beräknas totalt kosta "
          "40,0 miljoner kronor. Vi bygger också vidare på gång- och cykelvägen mellan Vaggeryd och Skillingaryd.")
    pdf.p("Jag vill tacka alla medarbetare för ett fantastiskt arbete under året och alla partier som bidragit "
          "i budgetprocessen.")
    pdf.ln(4)
    pdf.set_font("DV", "B", 10)
    pdf.cell(0, 6, "Helena Bergström (M)", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 10)
    pdf.cell(0, 6, "Kommunstyrelsens ordförande", new_x="LMARGIN", new_y="NEXT")

    # omvärld
    pdf.add_page()
    pdf.h1("Omvärld och förutsättningar")
    pdf.h2("Samhällsekonomin")
    pdf.p("Sveriges Kommuner och Regioner (SKR) bedömer i sin prognos från oktober 2024 att skatteunderlaget "
          "ökar med 4,1 procent 2025 och med 3,6 procent 2026. Inflationen har sjunkit tillbaka, men de "
          "höga priserna från 2022 och 2023 ligger kvar i kommunens kostnader.")
    pdf.h2("Befolkning")
    pdf.p("Befolkningsprognosen utgår från en ökning med cirka 40 personer per år. Antalet barn i förskoleåldern "
          "ökar i Skillingaryd, medan antalet invånare över 80 år ökar i hela kommunen. Budgeten bygger på "
          "14 700 invånare den 1 november 2024, som är den siffra skatteintäkterna beräknas på.")
    pdf.h2("Skatter och statsbidrag")
    pdf.p("Den kommunala skattesatsen är oförändrad, 22,14 kronor. Varje förändring av skattesatsen med "
          "10 öre motsvarar cirka 3,6 miljoner kronor i skatteintäkter. Skatteintäkter och generella "
          "statsbidrag beräknas till sammanlagt 1 091,0 miljoner kronor 2025.")
    pdf.h2("Löner och pensioner")
    pdf.p("Löneökningar har beräknats med 3,4 procent för 2025 och 3,0 procent per år för 2026–2027. "
          "Pensionskostnaderna ökar med 6,2 miljoner kronor 2025 jämfört med 2024, främst till följd av "
          "det nya pensionsavtalet AKAP-KR. Internräntan för beräkning av kapitalkostnader är 2,5 procent.")

    # mål
    pdf.add_page()
    pdf.h1("Vision och mål")
    pdf.p("Vision 2030: Vaggeryds kommun – mitt i Småland, nära till allt.")
    pdf.h2("Kommunfullmäktiges mål 2025–2027")
    pdf.bullets([
        "Andelen elever i årskurs 9 som är behöriga till gymnasiets yrkesprogram ska öka till minst 88 procent 2027.",
        "Minst 95 procent av dem som har hemtjänst ska vara nöjda med sin hemtjänst.",
        "Minst 100 nya bostäder ska färdigställas under perioden 2025–2027.",
        "Sjukfrånvaron bland kommunens medarbetare ska understiga 6,5 procent.",
        "Koldioxidutsläppen från kommunens fordon ska minska med 30 procent till 2027 jämfört med 2022.",
    ])
    pdf.h2("Finansiella mål")
    pdf.bullets([
        "Årets resultat ska uppgå till minst 2,0 procent av skatteintäkter och generella statsbidrag.",
        "Skattefinansierade investeringar ska under planperioden till minst 60 procent finansieras med egna medel.",
        "Soliditeten inklusive pensionsförpliktelser ska inte understiga 30 procent.",
    ])
    pdf.p("Med den föreslagna budgeten beräknas soliditeten till 46,8 procent 2025, och till 34,1 procent om "
          "pensionsförpliktelserna som redovisas som ansvarsförbindelse räknas in. Självfinansieringsgraden "
          "för investeringarna beräknas till 75 procent 2025.")

    # ramar
    pdf.add_page()
    pdf.h1("Ekonomiska ramar och effektiviseringar")
    pdf.p("Nämndernas ramar för 2025 har räknats upp med 3,4 procent för löner och 2,0 procent för övriga "
          "kostnader. Utöver uppräkningen får barn- och utbildningsnämnden ett tillskott på 5,5 miljoner kronor "
          "för den nya förskolan Fenix och ett ökat elevantal, och socialnämnden ett tillskott på 9,0 miljoner "
          "kronor för ökade volymer inom hemtjänst och LSS.")
    pdf.p("Samtidigt ska nämnderna genomföra effektiviseringar om totalt 8,6 miljoner kronor. Kravet fördelas så här:")
    pdf.bullets([
        "barn- och utbildningsnämnden 3,2 miljoner kronor",
        "socialnämnden 2,9 miljoner kronor",
        "kommunstyrelsen 1,5 miljoner kronor",
        "kultur- och fritidsnämnden 600 000 kronor",
        "miljö- och byggnämnden 400 000 kronor",
    ])
    pdf.p("Kommunens kostnader för ekonomiskt bistånd har ökat med 2,3 miljoner kronor mellan 2023 och 2024. "
          "En central pott på 4,0 miljoner kronor för oförutsedda kostnader avsätts under kommunstyrelsen.")
    pdf.p("Prognosen för 2024 enligt delårsrapporten per augusti visar ett resultat på 19,4 miljoner kronor, "
          "vilket är 4,6 miljoner kronor lägre än budget. Socialnämnden prognostiserar ett underskott på "
          "-11,8 miljoner kronor och barn- och utbildningsnämnden ett underskott på -3,4 miljoner kronor.")

    # resultatbudget
    pdf.add_page()
    pdf.h1("Resultatbudget")
    pdf.p("Resultatbudgeten visar kommunens intäkter och kostnader. Verksamhetens nettokostnader ökar med "
          "4,2 procent mellan budget 2024 och budget 2025.")
    W = [58, 19, 19, 19, 19, 18, 18]
    hdr = [["", "Bokslut", "Budget", "Prognos", "Budget", "Plan", "Plan"],
           ["Belopp i mnkr", "2023", "2024", "2024", "2025", "2026", "2027"]]
    rows = [
        ("row", ["Verksamhetens intäkter"] + [m(x) for x in RB["int"]]),
        ("row", ["Verksamhetens kostnader"] + [m(x) for x in RB["kost"]]),
        ("row", ["Avskrivningar"] + [m(x) for x in RB["avs"]]),
        ("sum", ["Verksamhetens nettokostnader"] + [m(x / 10) for x in NETTO]),
        ("row", ["Skatteintäkter"] + [m(x) for x in RB["skatt"]]),
        ("row", ["Generella statsbidrag och utjämning"] + [m(x) for x in RB["gsb"]]),
        ("sum", ["Verksamhetens resultat"] + [m(x / 10) for x in VRES]),
        ("row", ["Finansiella intäkter"] + [m(x) for x in RB["fint"]]),
        ("row", ["Finansiella kostnader"] + [m(x) for x in RB["fkost"]]),
        ("sum", ["Resultat efter finansiella poster"] + [m(x / 10) for x in RES]),
        ("row", ["Extraordinära poster"] + ["0,0"] * 6),
        ("total", ["Årets resultat"] + [m(x / 10) for x in RES]),
        ("row", ["Resultat i % av skatter och bidrag"] + [sv(x, 1) for x in RESPCT]),
    ]
    pdf.table(W, hdr, rows, caption="Tabell 1. Resultatbudget 2025–2027")
    pdf.note("Prognos 2024 enligt delårsrapport per 31 augusti 2024. Bokslut 2023 enligt fastställd årsredovisning.")

    # balansbudget
    pdf.add_page()
    pdf.h1("Balansbudget")
    W = [66, 21, 21, 21, 21, 20]
    hdr = [["", "Bokslut", "Prognos", "Budget", "Plan", "Plan"],
           ["Belopp i mnkr", "2023", "2024", "2025", "2026", "2027"]]
    sa = [t(BB["mat"][i]) + t(BB["fin"][i]) for i in range(5)]
    so = [t(BB["ford"][i]) + t(BB["kassa"][i]) for i in range(5)]
    rows = [
        ("section", ["TILLGÅNGAR"]),
        ("row", ["Materiella anläggningstillgångar"] + [m(x) for x in BB["mat"]]),
        ("row", ["Finansiella anläggningstillgångar"] + [m(x) for x in BB["fin"]]),
        ("sum", ["Summa anläggningstillgångar"] + [m(x / 10) for x in sa]),
        ("row", ["Kortfristiga fordringar"] + [m(x) for x in BB["ford"]]),
        ("row", ["Kassa och bank"] + [m(x) for x in BB["kassa"]]),
        ("sum", ["Summa omsättningstillgångar"] + [m(x / 10) for x in so]),
        ("total", ["SUMMA TILLGÅNGAR"] + [m(x / 10) for x in BB_TOT]),
        ("section", ["EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER"]),
        ("row", ["Eget kapital"] + [m(x) for x in BB["ek"]]),
        ("row", ["  därav årets resultat"] + [m(x) for x in BB["res"]]),
        ("row", ["Avsättningar för pensioner"] + [m(x) for x in BB["avs"]]),
        ("row", ["Långfristiga skulder"] + [m(x) for x in BB["lfs"]]),
        ("row", ["Kortfristiga skulder"] + [m(x) for x in BB["kfs"]]),
        ("total", ["SUMMA EK, AVSÄTTNINGAR OCH SKULDER"] + [m(x / 10) for x in BB_TOT]),
    ]
    pdf.table(W, hdr, rows, caption="Tabell 2. Balansbudget")
    pdf.note("Pensionsförpliktelser intjänade före 1998 redovisas som ansvarsförbindelse och ingår inte i "
             "balansbudgeten. De uppgår till 180,3 mnkr vid utgången av 2025.")

    # kassaflöde
    pdf.ln(6)
    pdf.h1("Kassaflödesbudget")
    W = [90, 25, 25, 25]
    hdr = [["Belopp i mnkr", "Budget 2025", "Plan 2026", "Plan 2027"]]
    rows = [
        ("section", ["Den löpande verksamheten"]),
        ("row", ["Årets resultat"] + [m(x) for x in KF["res"]]),
        ("row", ["Justering för av- och nedskrivningar"] + [m(x) for x in KF["avskr"]]),
        ("row", ["Justering för förändring av avsättningar"] + [m(x) for x in KF["avs"]]),
        ("row", ["Ökning (-)/minskning (+) kortfristiga fordringar"] + [m(x) for x in KF["ford"]]),
        ("row", ["Ökning (+)/minskning (-) kortfristiga skulder"] + [m(x) for x in KF["skuld"]]),
        ("sum", ["Medel från den löpande verksamheten"] + [m(x / 10) for x in KF_LOP]),
        ("section", ["Investeringsverksamheten"]),
        ("row", ["Investering i materiella anläggningstillgångar"] + [m(x) for x in KF["inv"]]),
        ("sum", ["Medel från investeringsverksamheten"] + [m(x) for x in KF["inv"]]),
        ("section", ["Finansieringsverksamheten"]),
        ("row", ["Nyupptagna lån"] + [m(x) for x in KF["lan"]]),
        ("row", ["Amortering av skuld"] + [m(x) for x in KF["amort"]]),
        ("sum", ["Medel från finansieringsverksamheten"] + [m(x / 10) for x in KF_FIN]),
        ("total", ["Årets kassaflöde"] + [m(x / 10) for x in KF_TOT]),
        ("row", ["Likvida medel vid årets slut"] + [m(x) for x in BB["kassa"][2:]]),
    ]
    pdf.table(W, hdr, rows, caption="Tabell 3. Kassaflödesbudget 2025–2027")

    # driftbudget landscape
    pdf.add_page(orientation="L")
    pdf.h1("Driftbudget per nämnd")
    pdf.p("Tabellen visar nämndernas nettokostnadsramar. Ramarna för 2026 och 2027 är preliminära och "
          "fastställs i nästa års budgetprocess.")
    W = [82, 26, 26, 26, 24, 26, 26, 28]
    hdr = [["", "Budget", "Budget", "Förändring", "Förändring", "Plan", "Plan", "Kronor per"],
           ["Nämnd", "2024", "2025", "2024–2025", "", "2026", "2027", "invånare"],
           ["", "tkr", "tkr", "tkr", "%", "tkr", "tkr", "2025"]]
    rows = []
    for name, v in DRIFT:
        ch = v[1] - v[0]
        rows.append(("row", [name, tk(v[0]), tk(v[1]), tk(ch), sv(ch / v[0] * 100, 1), tk(v[2]), tk(v[3]),
                             tk(round(v[1] * 1000 / INV_2025))]))
    ch = DRIFT_SUM[1] - DRIFT_SUM[0]
    rows.append(("sum", ["Summa nämnder", tk(DRIFT_SUM[0]), tk(DRIFT_SUM[1]), tk(ch), sv(ch / DRIFT_SUM[0] * 100, 1),
                         tk(DRIFT_SUM[2]), tk(DRIFT_SUM[3]), tk(round(DRIFT_SUM[1] * 1000 / INV_2025))]))
    ch = DRIFT_FIN[1] - DRIFT_FIN[0]
    rows.append(("row", ["Finansförvaltning och gemensamma poster¹", tk(DRIFT_FIN[0]), tk(DRIFT_FIN[1]), tk(ch),
                         sv(ch / DRIFT_FIN[0] * 100, 1), tk(DRIFT_FIN[2]), tk(DRIFT_FIN[3]),
                         tk(round(DRIFT_FIN[1] * 1000 / INV_2025))]))
    ch = DRIFT_TOT[1] - DRIFT_TOT[0]
    rows.append(("total", ["Verksamhetens nettokostnader", tk(DRIFT_TOT[0]), tk(DRIFT_TOT[1]), tk(ch),
                           sv(ch / DRIFT_TOT[0] * 100, 1), tk(DRIFT_TOT[2]), tk(DRIFT_TOT[3]),
                           tk(round(DRIFT_TOT[1] * 1000 / INV_2025))]))
    pdf.table(W, hdr, rows, caption="Tabell 4. Driftbudget per nämnd (nettokostnad)", size=9)
    pdf.note("¹ Avser bland annat pensionskostnader, kapitalkostnader, avskrivningar och kommunstyrelsens oförutsedda medel.")
    pdf.note("Kronor per invånare är beräknat på 14 700 invånare.")

    # nämnderna
    pdf.add_page(orientation="P")
    pdf.h1("Nämndernas uppdrag 2025")
    pdf.h2("Kommunstyrelsen")
    pdf.p("Kommunstyrelsen leder och samordnar kommunens verksamhet och ansvarar för bland annat "
          "näringslivsfrågor, räddningstjänst, gator och parker samt kommunens fastigheter. Under 2025 "
          "avsätts 1,2 miljoner kronor till bredbandsutbyggnad på landsbygden, och arbetet med detaljplanen "
          "för Fänneslunda industriområde etapp 3 ska vara klart under hösten.")
    pdf.h2("Barn- och utbildningsnämnden")
    pdf.p("Antalet inskrivna barn i förskolan beräknas till 790 under 2025. När förskolan Fenix står klar "
          "hösten 2026 avvecklas de tillfälliga paviljongerna vid Skillingaryds skola. Nämnden inför en "
          "avgiftsfri sommarskola för elever i årskurs 6–9, som beräknas kosta 450 000 kronor per år. "
          "Grundskolepengen höjs till 103 400 kronor per elev.")
    pdf.h2("Socialnämnden")
    pdf.p("Hemtjänsten beräknas utföra 212 000 timmar under 2025, en ökning med 6 procent. Ett nytt "
          "LSS-boende med sex lägenheter byggs i Vaggeryd och beräknas vara inflyttningsklart i slutet av 2026. "
          "Kostnaden för externa placeringar av barn och unga budgeteras till 14,5 miljoner kronor, vilket är "
          "3,0 miljoner kronor mer än 2024.")
    pdf.h2("Kultur- och fritidsnämnden")
    pdf.p("Föreningsbidragen uppgår till 3,1 miljoner kronor 2025. Biblioteket i Hok får utökade öppettider "
          "med meröppet, och simhallen i Vaggeryd stängs för renovering från hösten 2026.")
    pdf.h2("Miljö- och byggnämnden")
    pdf.p("Handläggningstiden för ett komplett bygglovsärende ska vara högst sex veckor. Taxorna för "
          "tillsyn och bygglov höjs med 4 procent från den 1 januari 2025.")

    # investeringar
    pdf.add_page()
    pdf.h1("Investeringsbudget 2025–2027")
    pdf.p("Investeringsbudgeten för 2025 uppgår till 103,0 miljoner kronor, varav 12,5 miljoner kronor avser "
          "den taxefinansierade vatten- och avloppsverksamheten. För hela planperioden 2025–2027 budgeteras "
          "investeringar om 257,7 miljoner kronor.")
    pdf.p("De största projekten är förskolan Fenix i Skillingaryd, ombyggnaden av Götafors skola och "
          "renoveringen av simhallen. Projekt som inte påbörjats under året får inte föras över till nästa år "
          "utan nytt beslut i kommunstyrelsen. Investeringar under 0,5 miljoner kronor redovisas samlat.")
    pdf.p("Exploateringen av Fänneslunda industriområde finansieras på sikt genom försäljning av tomtmark. "
          "Intäkterna från tomtförsäljningen beräknas till 18,0 miljoner kronor under perioden.")
    pdf.ln(8)
    W = [92, 20, 20, 20, 22]
    hdr = [["Belopp i mnkr", "Budget", "Plan", "Plan", "Summa"],
           ["Projekt", "2025", "2026", "2027", "2025–2027"]]
    rows = []
    for nm, items in INV:
        rows.append(("section", [nm]))
        for pname, v in items:
            rows.append(("row", [pname] + [m(x) for x in v] + [m(sum(t(x) for x in v) / 10)]))
        s = inv_sum(items)
        rows.append(("sum", ["Summa " + nm[0].lower() + nm[1:]] + [m(x / 10) for x in s] + [m(sum(s) / 10)]))
    rows.append(("total", ["Summa skattefinansierade investeringar"] + [m(x / 10) for x in INV_SKATT]
                 + [m(sum(INV_SKATT) / 10)]))
    rows.append(("section", ["Vatten och avlopp (taxefinansierat)"]))
    for pname, v in INV_VA:
        rows.append(("row", [pname] + [m(x) for x in v] + [m(sum(t(x) for x in v) / 10)]))
    rows.append(("sum", ["Summa vatten och avlopp"] + [m(x / 10) for x in INV_VA_SUM] + [m(sum(INV_VA_SUM) / 10)]))
    rows.append(("total", ["Totalt investeringar"] + [m(x / 10) for x in INV_TOT] + [m(sum(INV_TOT) / 10)]))
    pdf.table(W, hdr, rows, caption="Tabell 5. Investeringsbudget per nämnd och projekt",
              cont_caption="Tabell 5. Investeringsbudget per nämnd och projekt (forts.)", force_break=10)
    pdf.note("Beloppen avser nettoinvesteringar. Renoveringen av simhallen beräknas totalt till 40,0 mnkr.")

    pdf.ln(4)
    pdf.h1("Borgen, lån och övriga beslut")
    pdf.p("Kommunens borgensram för Vaggeryds Fastighets AB fastställs till 480 miljoner kronor för 2025. "
          "Kommunstyrelsen får under 2025 nyupplåna högst 35,0 miljoner kronor.")
    pdf.p("Kommunstyrelsen får besluta om omfördelning av investeringsmedel mellan projekt inom samma nämnd "
          "upp till 2,0 miljoner kronor per projekt.")
    pdf.output(path)


# ---------------------------------------------------------------- årsredovisning PDF
AR_RR = [  # Not, Budget 2023, Utfall 2023, Utfall 2022
    ("Verksamhetens intäkter", "1", [155.0, 168.4, 159.2]),
    ("Verksamhetens kostnader", "2", [-1088.5, -1102.6, -1055.3]),
    ("Avskrivningar", "3", [-43.0, -42.1, -38.7]),
]
AR_DRIFT = [  # budget, utfall tkr
    ("Kommunfullmäktige och revision", 4700, 4512),
    ("Kommunstyrelsen", 95300, 93870),
    ("Barn- och utbildningsnämnden", 438900, 441260),
    ("Socialnämnden", 365400, 374980),
    ("Kultur- och fritidsnämnden", 39800, 39350),
    ("Miljö- och byggnämnden", 12400, 12050),
]
AR_INV = [
    ("Förskolan Junibacken, Vaggeryd", 24.0, 22.6),
    ("Gator och belysning", 8.5, 7.9),
    ("Skillingaryds skola, ventilation", 12.0, 13.4),
    ("VA-investeringar", 18.0, 15.2),
    ("Exploatering Fänneslunda", 15.0, 11.8),
    ("Övriga investeringar", 17.5, 15.4),
]
FEM = [  # 2019..2023
    ("Folkmängd 31 december", [14140, 14262, 14355, 14498, 14620], 0),
    ("Kommunal skattesats, kr", [22.04, 22.04, 22.14, 22.14, 22.14], 2),
    ("Verksamhetens nettokostnad, mnkr", [842.7, 861.0, 889.4, 934.8, 976.3], 1),
    ("Skatteintäkter och statsbidrag, mnkr", [866.1, 899.5, 938.2, 967.3, 1005.3], 1),
    ("Årets resultat, mnkr", [21.3, 36.8, 44.6, 28.1, 25.4], 1),
    ("Nettoinvesteringar, mnkr", [71.2, 64.9, 88.4, 92.7, 86.3], 1),
    ("Soliditet, %", [44.1, 45.3, 46.2, 46.0, 46.1], 1),
    ("Tillsvidareanställda, antal", [1268, 1279, 1290, 1301, 1312], 0),
    ("Sjukfrånvaro, %", [7.4, 8.6, 8.1, 7.6, 7.1], 1),
]


def ar_pdf(path):
    pdf = Doc("Årsredovisning 2023  –  Vaggeryds kommun", "{p}")
    pdf.set_title("Årsredovisning 2023")
    pdf.set_author("Vaggeryds kommun")
    pdf.add_page()
    pdf.set_y(70)
    pdf.set_font("DV", "B", 30)
    pdf.cell(0, 15, "Årsredovisning 2023", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 14)
    pdf.cell(0, 10, "Vaggeryds kommun", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(40)
    pdf.set_font("DV", "", 10)
    pdf.cell(0, 6, "Godkänd av kommunfullmäktige 2024-04-22, § 48", align="C")

    pdf.add_page()
    pdf.h1("Kommunstyrelsens ordförande har ordet")
    pdf.p("2023 blev ett år då kostnaderna steg snabbare än på mycket länge. Trots det kan vi redovisa ett "
          "positivt resultat. Årets resultat blev 25,4 miljoner kronor, vilket är 7,9 miljoner kronor bättre "
          "än budget. Det beror främst på högre skatteintäkter och en försiktig budgetering av pensionerna.")
    pdf.p("Alla nämnder klarade dock inte sina budgetar. Socialnämnden redovisar ett underskott på 9,6 miljoner "
          "kronor, framför allt på grund av fler externa placeringar och ett ökat behov av hemtjänst.")
    pdf.p("Under året invigdes förskolan Junibacken i Vaggeryd med plats för 100 barn, och ventilationen i "
          "Skillingaryds skola byttes ut. Nettoinvesteringarna uppgick till 86,3 miljoner kronor.")
    pdf.p("Folkmängden ökade med 122 personer till 14 620 invånare. Det är den största ökningen sedan 2016.")
    pdf.set_font("DV", "B", 10)
    pdf.cell(0, 6, "Helena Bergström (M), kommunstyrelsens ordförande", new_x="LMARGIN", new_y="NEXT")

    pdf.add_page()
    pdf.h1("Fem år i sammandrag")
    W = [70, 20, 20, 20, 20, 20]
    hdr = [["", "2019", "2020", "2021", "2022", "2023"]]
    rows = []
    for lbl, vals, d in FEM:
        rows.append(("row", [lbl] + [sv(v, d) for v in vals]))
    pdf.table(W, hdr, rows, caption="Översikt över utvecklingen")
    pdf.note("Soliditet exklusive pensionsförpliktelser som redovisas som ansvarsförbindelse.")
    pdf.ln(4)
    pdf.h2("Viktiga händelser under året")
    pdf.p("Kommunen tog emot 2,8 miljoner kronor i riktade statsbidrag för att minska barngrupperna i förskolan. "
          "Räddningstjänsten flyttade in i den nya brandstationen i Skillingaryd i september. "
          "Kostnaderna för energi var 3,7 miljoner kronor högre än budgeterat.")

    pdf.add_page()
    pdf.h1("Resultaträkning")
    W = [66, 12, 28, 28, 28]
    hdr = [["Belopp i mnkr", "Not", "Budget 2023", "Utfall 2023", "Utfall 2022"]]
    rows = []
    for lbl, nt, v in AR_RR:
        rows.append(("row", [lbl, nt] + [sv(x, 1, "paren") for x in v]))
    netto = [sum(t(v[i]) for _, _, v in AR_RR) for i in range(3)]
    skatt = [738.0, 742.8, 701.6]
    gsb = [261.0, 262.5, 265.7]
    fint = [4.0, 6.2, 3.9]
    fk = [-9.0, -9.8, -8.3]
    vres = [netto[i] + t(skatt[i]) + t(gsb[i]) for i in range(3)]
    res = [vres[i] + t(fint[i]) + t(fk[i]) for i in range(3)]
    assert [x / 10 for x in res] == [17.5, 25.4, 28.1], res
    rows += [
        ("sum", ["Verksamhetens nettokostnader", ""] + [sv(x / 10, 1, "paren") for x in netto]),
        ("row", ["Skatteintäkter", "4"] + [sv(x, 1) for x in skatt]),
        ("row", ["Generella statsbidrag och utjämning", "5"] + [sv(x, 1) for x in gsb]),
        ("sum", ["Verksamhetens resultat", ""] + [sv(x / 10, 1, "paren") for x in vres]),
        ("row", ["Finansiella intäkter", "6"] + [sv(x, 1) for x in fint]),
        ("row", ["Finansiella kostnader", "7"] + [sv(x, 1, "paren") for x in fk]),
        ("sum", ["Resultat efter finansiella poster", ""] + [sv(x / 10, 1, "paren") for x in res]),
        ("total", ["Årets resultat", ""] + [sv(x / 10, 1, "paren") for x in res]),
    ]
    pdf.table(W, hdr, rows, caption="Kommunens resultaträkning")
    pdf.note("Negativa belopp anges inom parentes.")
    pdf.ln(6)
    pdf.h1("Balansräkning")
    W = [80, 12, 34, 34]
    hdr = [["Belopp i mnkr", "Not", "2023-12-31", "2022-12-31"]]
    b23 = [1124.6, 48.2, 96.4, 58.7]
    b22 = [1080.4, 48.2, 91.8, 56.3]
    s23, s22 = sum(t(x) for x in b23), sum(t(x) for x in b22)
    e23 = [612.4, 38.5, 452.0, 225.0]
    e22 = [587.0, 36.9, 430.0, (s22 - t(587.0) - t(36.9) - t(430.0)) / 10]
    assert s23 == sum(t(x) for x in e23)
    rows = [
        ("section", ["Tillgångar"]),
        ("row", ["Materiella anläggningstillgångar", "8", sv(b23[0]), sv(b22[0])]),
        ("row", ["Finansiella anläggningstillgångar", "9", sv(b23[1]), sv(b22[1])]),
        ("row", ["Kortfristiga fordringar", "10", sv(b23[2]), sv(b22[2])]),
        ("row", ["Kassa och bank", "11", sv(b23[3]), sv(b22[3])]),
        ("total", ["Summa tillgångar", "", sv(s23 / 10), sv(s22 / 10)]),
        ("section", ["Eget kapital, avsättningar och skulder"]),
        ("row", ["Eget kapital", "12", sv(e23[0]), sv(e22[0])]),
        ("row", ["  därav årets resultat", "", "25,4", "28,1"]),
        ("row", ["Avsättningar för pensioner", "13", sv(e23[1]), sv(e22[1])]),
        ("row", ["Långfristiga skulder", "14", sv(e23[2]), sv(e22[2])]),
        ("row", ["Kortfristiga skulder", "15", sv(e23[3]), sv(e22[3])]),
        ("total", ["Summa eget kapital, avsättningar och skulder", "", sv(s23 / 10), sv(s22 / 10)]),
    ]
    pdf.table(W, hdr, rows, caption="Kommunens balansräkning")

    pdf.add_page()
    pdf.h1("Driftredovisning per nämnd")
    pdf.p("Nämnderna redovisar tillsammans en negativ budgetavvikelse. Underskotten finns inom socialnämnden "
          "och barn- och utbildningsnämnden, medan övriga nämnder redovisar överskott.")
    W = [80, 30, 30, 30]
    hdr = [["Nettokostnad, tkr", "Budget 2023", "Utfall 2023", "Avvikelse"]]
    rows = []
    for nm, b, u in AR_DRIFT:
        rows.append(("row", [nm, tk(b), tk(u), tk(b - u)]))
    bs = sum(b for _, b, _ in AR_DRIFT)
    us = sum(u for _, _, u in AR_DRIFT)
    rows.append(("total", ["Summa nämnder", tk(bs), tk(us), tk(bs - us)]))
    pdf.table(W, hdr, rows, caption="Budgetavvikelse per nämnd 2023")
    pdf.note("Positiv avvikelse innebär överskott mot budget, negativ avvikelse innebär underskott.")
    pdf.ln(6)
    pdf.h1("Investeringsredovisning")
    pdf.p("Av budgeterade 95,0 miljoner kronor användes 86,3 miljoner kronor. Ombudgetering till 2024 har "
          "beslutats för 5,9 miljoner kronor.")
    W = [80, 30, 30, 30]
    hdr = [["Belopp i mnkr", "Budget 2023", "Utfall 2023", "Avvikelse"]]
    rows = []
    for nm, b, u in AR_INV:
        rows.append(("row", [nm, sv(b), sv(u), sv((t(b) - t(u)) / 10)]))
    bs = sum(t(b) for _, b, _ in AR_INV)
    us = sum(t(u) for _, _, u in AR_INV)
    assert bs == 950 and us == 863
    rows.append(("total", ["Summa investeringar", sv(bs / 10), sv(us / 10), sv((bs - us) / 10)]))
    pdf.table(W, hdr, rows, caption="Investeringar per projekt 2023")

    pdf.add_page()
    pdf.h1("Personal")
    pdf.p("Den 31 december 2023 hade kommunen 1 312 tillsvidareanställda medarbetare, varav 81 procent kvinnor. "
          "Medelåldern var 45,2 år. Andelen heltidsanställda ökade till 84 procent.")
    pdf.p("Sjukfrånvaron minskade från 7,6 procent 2022 till 7,1 procent 2023. Den långa sjukfrånvaron, "
          "60 dagar eller mer, utgjorde 41 procent av den totala sjukfrånvaron.")
    pdf.h2("Måluppfyllelse")
    pdf.p("Av kommunfullmäktiges tolv mål bedöms sju vara uppfyllda, fyra delvis uppfyllda och ett inte uppfyllt. "
          "Målet om sjukfrånvaro under 6,5 procent uppfylls inte.")
    pdf.h2("Förväntad utveckling")
    pdf.p("För 2024 pekar prognoserna på ett lägre resultat än budgeterat. Kommunen står inför stora "
          "investeringar i förskolor, skolor och vatten och avlopp de kommande åren.")
    pdf.output(path)


# ---------------------------------------------------------------- HTML
SKATT100 = [
    ("Förskola och skola", 44),
    ("Äldreomsorg", 19),
    ("Stöd och omsorg (LSS, individ- och familjeomsorg)", 14),
    ("Politik och administration", 6),
    ("Gator, parker och kollektivtrafik", 5),
    ("Kultur och fritid", 4),
    ("Räddningstjänst", 2),
    ("Miljö, bygg och näringsliv", 2),
    ("Övrigt, bland annat bostadsanpassning", 4),
]
assert sum(v for _, v in SKATT100) == 100


def html(path):
    rows = "\n".join(f"          <tr><td>{n}</td><td>{v} kr</td></tr>" for n, v in SKATT100)
    doc = f"""<!DOCTYPE html>
<html lang="sv">
<head>
  <meta charset="utf-8">
  <title>Så används din skatt - Vaggeryds kommun</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="stylesheet" href="/styles/main.css">
  <script>window.dataLayer = window.dataLayer || [];</script>
</head>
<body>
  <div id="cookie-banner" class="cookie-banner">
    <p>Vi använder kakor (cookies) för att webbplatsen ska fungera och för att förbättra din upplevelse.
    <a href="/om-webbplatsen/kakor">Läs mer om kakor</a></p>
    <button>Acceptera alla</button> <button>Endast nödvändiga</button>
  </div>
  <header>
    <a class="logo" href="/">Vaggeryds kommun</a>
    <nav aria-label="Huvudmeny">
      <ul>
        <li><a href="/barn-och-utbildning">Barn och utbildning</a></li>
        <li><a href="/omsorg-och-stod">Omsorg och stöd</a></li>
        <li><a href="/bygga-bo-och-miljo">Bygga, bo och miljö</a></li>
        <li><a href="/kultur-och-fritid">Kultur och fritid</a></li>
        <li><a href="/kommun-och-politik">Kommun och politik</a></li>
      </ul>
    </nav>
    <form class="search" action="/sok"><input type="text" name="q" placeholder="Sök på webbplatsen"><button>Sök</button></form>
  </header>
  <nav class="breadcrumb">Start / Kommun och politik / Ekonomi / Så används din skatt</nav>
  <main>
    <article>
      <h1>Så används din skatt</h1>
      <p class="ingress">Kommunalskatten är kommunens största inkomstkälla. År 2025 är skattesatsen i Vaggeryds kommun 22,14 kronor per intjänad hundralapp, samma som året innan.</p>
      <p>Skatten finansierar bland annat förskola, skola, äldreomsorg, gator och räddningstjänst. Den som tjänar 30 000 kronor i månaden betalar cirka 6 642 kronor i månaden i kommunalskatt till Vaggeryds kommun.</p>
      <h2>Vart går 100 kronor i skatt?</h2>
      <p>Så här fördelas varje hundralapp i kommunalskatt mellan verksamheterna enligt budget 2025.</p>
      <table class="table">
        <caption>Fördelning av 100 kronor i kommunalskatt, budget 2025</caption>
        <thead>
          <tr><th>Verksamhet</th><th>Kronor av 100</th></tr>
        </thead>
        <tbody>
{rows}
        </tbody>
      </table>
      <h2>Skattesatser 2025</h2>
      <table class="table">
        <thead>
          <tr><th>Skatt</th><th>Kronor per 100 kr</th></tr>
        </thead>
        <tbody>
          <tr><td>Vaggeryds kommun</td><td>22,14</td></tr>
          <tr><td>Region Jönköpings län</td><td>11,76</td></tr>
          <tr><td>Total skattesats</td><td>33,90</td></tr>
        </tbody>
      </table>
      <p>Utöver skatten får kommunen generella statsbidrag och utjämning från staten, 284,1 miljoner kronor 2025. Avgifter och taxor, till exempel för förskola, vatten och avfall, täcker en mindre del av kostnaderna.</p>
      <p>Vill du veta mer? Läs hela dokumentet Mål och budget 2025 med plan för 2026–2027 under Styrdokument.</p>
      <p class="meta">Publicerad: 2025-01-15<br>Senast uppdaterad: 2025-02-03</p>
    </article>
    <aside>
      <h2>Relaterade sidor</h2>
      <ul>
        <li><a href="/kommun-och-politik/ekonomi/budget">Budget och årsredovisning</a></li>
        <li><a href="/kommun-och-politik/ekonomi/upphandling">Upphandling</a></li>
      </ul>
    </aside>
  </main>
  <footer>
    <p>Vaggeryds kommun, Box 43, 568 21 Skillingaryd</p>
    <p>Telefon: 0370-67 80 00 &middot; E-post: kommun@vaggeryd.se</p>
    <p><a href="/om-webbplatsen/tillganglighet">Tillgänglighetsredogörelse</a> &middot; <a href="/om-webbplatsen/personuppgifter">Personuppgifter</a></p>
  </footer>
</body>
</html>
"""
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(doc)


# ---------------------------------------------------------------- DOCX
S_PROP = {"Kommunstyrelsen": -1500, "Barn- och utbildningsnämnden": 4500, "Socialnämnden": 3500}


def docx(path):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    d.add_paragraph("VAGGERYDS KOMMUN")
    d.add_paragraph("SAMMANTRÄDESPROTOKOLL")
    d.add_paragraph("Kommunfullmäktige")
    d.add_paragraph("Sammanträdesdatum: 2024-11-25")
    d.add_paragraph("Plats och tid: Sessionssalen, kommunhuset i Skillingaryd, kl. 18.30–21.45")
    d.add_paragraph("Ordförande: Lars-Erik Gustafsson (KD)")
    d.add_paragraph("Sekreterare: Anneli Svensson")
    d.add_paragraph("Justerare: Per Olsson (S) och Ingrid Nyberg (SD)")

    d.add_heading("§ 140 Val av justerare", level=2)
    d.add_paragraph("Kommunfullmäktige utser Per Olsson (S) och Ingrid Nyberg (SD) att jämte ordföranden "
                    "justera protokollet. Justering sker den 2 december 2024.")

    d.add_heading("§ 141 Delårsrapport januari–augusti 2024", level=2)
    d.add_paragraph("Dnr KS 2024/0291")
    d.add_paragraph("Delårsrapporten visar ett resultat för perioden januari–augusti på 41,2 miljoner kronor "
                    "och en prognos för helåret på 19,4 miljoner kronor.")
    d.add_paragraph("Beslut: Kommunfullmäktige godkänner delårsrapporten för januari–augusti 2024.")

    d.add_heading("§ 142 Mål och budget 2025 med plan för 2026–2027", level=2)
    d.add_paragraph("Dnr KS 2024/0318")
    d.add_paragraph("Ärendebeskrivning: Kommunstyrelsen har den 4 november 2024 lämnat förslag till mål och "
                    "budget 2025 med plan för 2026–2027. Förslaget innebär en oförändrad skattesats och ett "
                    "budgeterat resultat på 28,2 miljoner kronor.")
    d.add_paragraph("Yrkanden: Helena Bergström (M), Anders Fälth (KD) och Lisa Karlsson (C) yrkar bifall till "
                    "kommunstyrelsens förslag. Per Olsson (S) yrkar bifall till Socialdemokraternas "
                    "budgetförslag, som innebär en skattesats på 22,34 kronor.")
    d.add_paragraph("Omröstning: Omröstning begärs och verkställs. Med 25 ja-röster för kommunstyrelsens "
                    "förslag mot 14 nej-röster för Socialdemokraternas förslag, och 2 som avstår, beslutar "
                    "kommunfullmäktige enligt kommunstyrelsens förslag.")
    d.add_paragraph("Beslut:")
    d.add_paragraph("1. Den kommunala skattesatsen för 2025 fastställs till 22,14 kronor.")
    d.add_paragraph("2. Driftbudgetens ramar per nämnd för 2025 fastställs enligt tabellen nedan.")
    d.add_paragraph("3. Investeringsbudgeten för 2025 fastställs till 103,0 miljoner kronor.")
    d.add_paragraph("4. Kommunstyrelsen får under 2025 nyuppta lån om högst 35,0 miljoner kronor.")
    tbl = d.add_table(rows=1, cols=4)
    tbl.style = "Table Grid"
    h = tbl.rows[0].cells
    h[0].text = "Nämnd"
    h[1].text = "Beslutad ram 2025, tkr"
    h[2].text = "S-förslag 2025, tkr"
    h[3].text = "Skillnad, tkr"
    tot_a = tot_b = 0
    for nm, v in DRIFT:
        a = v[1]
        b = a + S_PROP.get(nm, 0)
        tot_a += a
        tot_b += b
        r = tbl.add_row().cells
        r[0].text, r[1].text, r[2].text, r[3].text = nm, tk(a), tk(b), tk(b - a)
    r = tbl.add_row().cells
    r[0].text, r[1].text, r[2].text, r[3].text = "Summa nämnder", tk(tot_a), tk(tot_b), tk(tot_b - tot_a)
    d.add_paragraph("")
    d.add_paragraph("Reservation: Ledamöterna för Socialdemokraterna reserverar sig mot beslutet till förmån "
                    "för eget förslag. Ulf Ek (V) reserverar sig mot beslutet i fråga om skattesatsen.")

    d.add_heading("§ 143 Taxa för vatten och avlopp 2025", level=2)
    d.add_paragraph("Dnr KS 2024/0334")
    d.add_paragraph("Vaggeryds kommun behöver öka takten i förnyelsen av ledningsnätet. Förslaget innebär att "
                    "brukningsavgiften höjs med 6 procent från den 1 januari 2025. För en normalvilla med en "
                    "förbrukning på 150 kubikmeter per år innebär det en ökning med 540 kronor per år.")
    d.add_paragraph("Beslut: Kommunfullmäktige antar taxa för vatten och avlopp 2025 enligt förslaget.")

    d.add_heading("§ 144 Motion om avgiftsfri kollektivtrafik för pensionärer", level=2)
    d.add_paragraph("Dnr KS 2024/0112")
    d.add_paragraph("Ulf Ek (V) föreslår i en motion att invånare över 75 år ska få åka avgiftsfritt med "
                    "kollektivtrafiken inom kommunen. Kostnaden har beräknats till 1,1 miljoner kronor per år.")
    d.add_paragraph("Beslut: Kommunfullmäktige avslår motionen.")
    d.add_paragraph("Reservation: Ulf Ek (V) reserverar sig mot beslutet.")
    d.add_paragraph("")
    d.add_paragraph("Vid protokollet: Anneli Svensson")
    save_docx(d, path)


# ---------------------------------------------------------------- XLSX
AGE = {  # 0-5, 6-15, 16-19, 65-79, 80+ ; 20-64 = remainder
    2019: [1102, 1821, 668, 2148, 702],
    2020: [1110, 1838, 672, 2171, 716],
    2021: [1098, 1862, 681, 2190, 733],
    2022: [1115, 1879, 694, 2204, 751],
    2023: [1131, 1890, 702, 2221, 769],
    2024: [1127, 1903, 711, 2236, 788],
}
NYCKEL = [
    ("Inskrivna barn i förskola", "antal", [742, 755, 768, 781]),
    ("Elever i grundskola (F–9)", "antal", [1702, 1718, 1741, 1756]),
    ("Kostnad per elev i grundskola", "kr", [112400, 116900, 121300, 125800]),
    ("Behöriga till yrkesprogram, åk 9", "%", [83.9, 85.2, 84.6, 86.1]),
    ("Brukare med hemtjänst", "antal", [412, 425, 431, 446]),
    ("Platser i särskilt boende", "antal", [168, 168, 172, 172]),
    ("Nöjdhet med hemtjänsten", "%", [91, 92, 90, 93]),
    ("Besök i simhallen", "antal", [38200, 52600, 61400, 63900]),
    ("Utlån från biblioteken", "antal", [71300, 69800, 68200, 70450]),
    ("Färdigställda bostäder", "antal", [38, 52, 41, 29]),
]


def xlsx(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Befolkning"
    ws["A1"] = "Folkmängd i Vaggeryds kommun den 31 december 2019–2024, efter ålder"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Antal personer"
    hdr = ["År", "Totalt", "0–5 år", "6–15 år", "16–19 år", "20–64 år", "65–79 år", "80 år och äldre",
           "Förändring mot föregående år"]
    ws.append([])
    ws.append(hdr)
    for c in ws[4]:
        c.font = Font(bold=True)
    prev = None
    for y in range(2019, 2025):
        a = AGE[y]
        tot = POP[y]
        mid = tot - sum(a)
        row = [y, tot, a[0], a[1], a[2], mid, a[3], a[4], (tot - prev) if prev else None]
        ws.append(row)
        prev = tot
    ws.append([])
    ws.append(["Källa: SCB, befolkningsstatistik. 2019 saknar jämförelse mot föregående år i tabellen."])
    ws.column_dimensions["A"].width = 12
    for col in "BCDEFGHI":
        ws.column_dimensions[col].width = 14

    ws2 = wb.create_sheet("Nyckeltal")
    ws2["A1"] = "Verksamhetsnyckeltal Vaggeryds kommun 2021–2024"
    ws2["A1"].font = Font(bold=True, size=13)
    ws2["A2"] = "Enhet anges per rad. Kostnad per elev i kronor, löpande priser."
    ws2.append([])
    ws2.append(["Nyckeltal", "Enhet", 2021, 2022, 2023, 2024])
    for c in ws2[4]:
        c.font = Font(bold=True)
    for lbl, unit, vals in NYCKEL:
        ws2.append([lbl, unit] + vals)
    ws2.append([])
    ws2.append(["Källa: Kolada och kommunens verksamhetssystem."])
    ws2.column_dimensions["A"].width = 36
    save_xlsx(wb, path)


# ---------------------------------------------------------------- press release
PR_ROWS = [
    ("Kommunfullmäktige och revision", 4.9, 4.8),
    ("Kommunstyrelsen", 98.4, 96.3),
    ("Barn- och utbildningsnämnden", 452.3, 455.7),
    ("Socialnämnden", 378.6, 390.4),
    ("Kultur- och fritidsnämnden", 41.2, 40.9),
    ("Miljö- och byggnämnden", 12.9, 12.6),
]


def press(path):
    lines = []
    for nm, b, p in PR_ROWS:
        lines.append(f"| {nm} | {sv(b)} | {sv(p)} | {sv((t(b) - t(p)) / 10)} |")
    bs = sum(t(b) for _, b, _ in PR_ROWS)
    ps = sum(t(p) for _, _, p in PR_ROWS)
    assert bs - ps == -124
    lines.append(f"| **Summa nämnder** | **{sv(bs / 10)}** | **{sv(ps / 10)}** | **{sv((bs - ps) / 10)}** |")
    table = "\n".join(lines)
    txt = f"""# Vaggeryds kommun räknar med överskott – men socialnämnden går back

**Pressmeddelande, Vaggeryds kommun, 2 oktober 2024**

Vaggeryds kommun redovisar ett resultat på 41,2 miljoner kronor för perioden januari–augusti 2024. Prognosen för helåret är ett överskott på 19,4 miljoner kronor, vilket är 4,6 miljoner kronor lägre än det budgeterade resultatet på 24,0 miljoner kronor.

Socialnämnden prognostiserar ett underskott på 11,8 miljoner kronor, främst på grund av ökade kostnader för externa placeringar av barn och unga och fler beviljade hemtjänsttimmar. Barn- och utbildningsnämnden räknar med ett underskott på 3,4 miljoner kronor. Finansförvaltningen väntas ge ett överskott på 7,8 miljoner kronor tack vare högre statsbidrag och lägre pensionskostnader än beräknat.

– Vi har en stabil ekonomi, men socialnämndens underskott är oroande och vi måste vända utvecklingen redan i år, säger ekonomichef Maria Lundqvist.

## Prognos per nämnd

| Nämnd | Budget 2024, mnkr | Prognos 2024, mnkr | Avvikelse, mnkr |
|---|---:|---:|---:|
{table}

Negativ avvikelse innebär underskott mot budget.

## Investeringar

Investeringarna beräknas uppgå till 78,5 miljoner kronor för helåret, jämfört med budgeterade 96,0 miljoner kronor. Byggstarten för förskolan Fenix i Skillingaryd har flyttats från oktober 2024 till februari 2025.

Delårsrapporten behandlas av kommunstyrelsen den 14 oktober och av kommunfullmäktige den 25 november 2024.

**Kontakt**
Maria Lundqvist, ekonomichef, 0370-67 81 20, maria.lundqvist@vaggeryd.se
Helena Bergström (M), kommunstyrelsens ordförande, 0370-67 80 05
"""
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(txt)


FILES = {
    "mal-och-budget-2025-plan-2026-2027.pdf": budget_pdf,
    "arsredovisning-2023.pdf": ar_pdf,
    "sa-anvands-din-skatt.html": html,
    "protokoll-kommunfullmaktige-2024-11-25.docx": docx,
    "befolkning-och-nyckeltal-2019-2024.xlsx": xlsx,
    "pressmeddelande-delarsrapport-augusti-2024.md": press,
}


def build(outdir):
    d = os.path.join(outdir, NAME)
    os.makedirs(d, exist_ok=True)
    for fn, f in FILES.items():
        f(os.path.join(d, fn))
