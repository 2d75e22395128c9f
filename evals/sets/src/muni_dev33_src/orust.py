"""Orust kommun: invented but consistent documents."""
import os
from decimal import Decimal as D

import docx
from docx.shared import Pt
import openpyxl
from openpyxl.styles import Font

from common import Doc, fmt, q, normalize_zip, HTML_HEAD, HTML_FOOT

YEARS = ["2023", "2024", "2025", "2026", "2027"]  # bokslut, prognos, budget, plan, plan
KSO = "Kerstin Almgren"
KSO_PARTY = "C"
TAX = "22,51"
POP_2024 = 15312

# ---------------- Resultatbudget (mnkr)
RB = {
    "int": [D("268.4"), D("271.0"), D("279.5"), D("284.0"), D("289.2")],
    "kost": [D("-1198.6"), D("-1247.3"), D("-1281.9"), D("-1318.4"), D("-1352.0")],
    "avskr": [D("-52.3"), D("-55.8"), D("-61.2"), D("-66.9"), D("-70.4")],
    "skatt": [D("741.8"), D("772.4"), D("801.6"), D("830.9"), D("861.3")],
    "statsb": [D("262.7"), D("281.5"), D("296.3"), D("305.8"), D("314.2")],
    "finint": [D("6.1"), D("5.4"), D("4.8"), D("4.5"), D("4.5")],
    "finkost": [D("-9.8"), D("-12.6"), D("-14.9"), D("-17.2"), D("-19.6")],
}
RB["netto"] = [a + b + c for a, b, c in zip(RB["int"], RB["kost"], RB["avskr"])]
RB["vres"] = [n + s + g for n, s, g in zip(RB["netto"], RB["skatt"], RB["statsb"])]
RB["res"] = [v + i + k for v, i, k in zip(RB["vres"], RB["finint"], RB["finkost"])]
RB["andel"] = [q(r / (s + g) * 100, 1) for r, s, g in zip(RB["res"], RB["skatt"], RB["statsb"])]

# ---------------- Driftbudget per nämnd (tkr); columns Budget 2024, Budget 2025, Plan 2026, Plan 2027
NAMNDER = [
    ("Kommunfullmäktige och revision", [4820, 4950, 5050, 5150]),
    ("Kommunstyrelsen", [118460, 124300, 127900, 131200]),
    ("Barn- och utbildningsnämnden", [402150, 414870, 426500, 437900]),
    ("Omsorgsnämnden", [478300, 497640, 516200, 533800]),
    ("Bygg- och miljönämnden", [21730, 22480, 23100, 23700]),
]
DB_TOTAL = [1018900, 1063600, 1101300, 1133200]
DB_SUM_N = [sum(v[i] for _, v in NAMNDER) for i in range(4)]
DB_FIN = [t - s for t, s in zip(DB_TOTAL, DB_SUM_N)]

# ---------------- Investeringsbudget (tkr): 2025, 2026, 2027
INV = [
    ("Kommunstyrelsen", [
        ("IT-infrastruktur och digitalisering", [4500, 4000, 4000]),
        ("Fastighetsunderhåll, reinvesteringar", [18000, 18000, 18500]),
        ("Energieffektivisering kommunala fastigheter", [6200, 5000, 3000]),
        ("Ny förskola Henån", [32000, 22000, 0]),
        ("Ombyggnad Ängås skola", [24500, 12000, 0]),
        ("Gator, vägar och belysning", [7800, 7800, 8000]),
        ("Gång- och cykelväg Svanesund", [9400, 0, 0]),
        ("Hamnar och bryggor", [5600, 3200, 3200]),
        ("Fordon och maskiner", [8000, 2500, 2500]),
    ]),
    ("Vatten och avlopp (affärsverksamhet)", [
        ("Överföringsledning Ellös–Henån", [41000, 38000, 12000]),
        ("Reningsverk Henån, etapp 2", [15500, 32000, 48000]),
        ("Reinvestering ledningsnät", [8000, 8000, 8500]),
    ]),
    ("Barn- och utbildningsnämnden", [
        ("Inventarier förskola och skola", [2400, 2000, 2000]),
        ("Digitala verktyg för elever", [1800, 1800, 1800]),
    ]),
    ("Omsorgsnämnden", [
        ("Välfärdsteknik", [1500, 1200, 1000]),
        ("Inventarier särskilt boende", [1200, 1000, 1000]),
    ]),
]
INV_SUM = {g: [sum(p[1][i] for p in items) for i in range(3)] for g, items in INV}
INV_TOTAL = [sum(INV_SUM[g][i] for g in INV_SUM) for i in range(3)]
INV_PROG_2024 = D("142.6")

# ---------------- Balansbudget (mnkr)
AT = [D("1486.2")]
_inv_m = [INV_PROG_2024] + [D(x) / 1000 for x in INV_TOTAL]
for i in range(4):
    AT.append(AT[-1] + _inv_m[i] + RB["avskr"][i + 1])
OT = [D("176.4"), D("158.9"), D("141.2"), D("138.5"), D("140.1")]
EK = [D("712.4")]
for i in range(1, 5):
    EK.append(EK[-1] + RB["res"][i])
AVS = [D("63.8"), D("66.1"), D("68.9"), D("71.4"), D("74.0")]
KFS = [D("248.7"), D("255.3"), D("262.0"), D("268.5"), D("275.2")]
TOT = [a + o for a, o in zip(AT, OT)]
LFS = [t - e - a - k for t, e, a, k in zip(TOT, EK, AVS, KFS)]
SOLID = [q(e / t * 100, 1) for e, t in zip(EK, TOT)]

# ---------------- Årsredovisning 2024
AR_BUD = {"int": D("265.0"), "kost": D("-1228.7"), "avskr": D("-56.4"), "skatt": D("768.2"),
          "statsb": D("279.8"), "finint": D("4.0"), "finkost": D("-19.6")}
AR_UTF = {"int": D("276.2"), "kost": D("-1243.9"), "avskr": D("-55.1"), "skatt": D("770.9"),
          "statsb": D("281.9"), "finint": D("5.9"), "finkost": D("-16.3")}
AR_2023 = {k: RB[k][0] for k in AR_BUD}
for d in (AR_BUD, AR_UTF, AR_2023):
    d["netto"] = d["int"] + d["kost"] + d["avskr"]
    d["vres"] = d["netto"] + d["skatt"] + d["statsb"]
    d["res"] = d["vres"] + d["finint"] + d["finkost"]

FEM_YEARS = ["2020", "2021", "2022", "2023", "2024"]
FEM = [
    ("Folkmängd 31 december, antal", ["15 108", "15 162", "15 218", "15 259", "15 312"]),
    ("Skattesats, kronor", ["22,36", "22,36", "22,36", "22,51", "22,51"]),
    ("Årets resultat, mnkr", ["31,4", "44,7", "26,8", "18,3", "19,6"]),
    ("Nettoinvesteringar, mnkr", ["98,2", "121,5", "134,0", "151,7", "138,9"]),
    ("Soliditet, %", ["46,2", "45,8", "44,1", "42,8", "41,9"]),
    ("Tillsvidareanställda, antal", ["1 365", "1 378", "1 390", "1 401", "1 412"]),
]

NAMND_UTF = [4512, 116930, 404870, 485010, 20990]  # utfall 2024 tkr per nämnd (same order)
NAMND_AVV = [NAMNDER[i][1][0] - NAMND_UTF[i] for i in range(5)]

# ---------------- Befolkning (xlsx)
POP_YEARS = [2019, 2020, 2021, 2022, 2023, 2024]
POP_TOT = [15089, 15108, 15162, 15218, 15259, 15312]
POP_AGE = {  # 0-5, 6-15, 16-19, 65-79, 80+ ; 20-64 balancing
    2019: [812, 1498, 598, 3402, 1001],
    2020: [805, 1502, 604, 3431, 1036],
    2021: [798, 1511, 611, 3447, 1072],
    2022: [791, 1517, 620, 3455, 1115],
    2023: [783, 1520, 633, 3462, 1160],
    2024: [779, 1526, 641, 3470, 1198],
}
POP_ROWS = []
for y, t in zip(POP_YEARS, POP_TOT):
    a = POP_AGE[y]
    mid = t - sum(a)
    POP_ROWS.append([y, a[0], a[1], a[2], mid, a[3], a[4], t])

KOST_VERK = [  # tkr 2023, 2024
    ("Förskola", 98400, 101250),
    ("Grundskola inkl. förskoleklass och fritidshem", 214300, 221780),
    ("Gymnasieskola", 78900, 80640),
    ("Äldreomsorg", 302100, 315400),
    ("Insatser enligt LSS och SoL funktionsstöd", 121800, 126350),
    ("Individ- och familjeomsorg", 58700, 61920),
    ("Kultur och fritid", 31200, 32480),
    ("Infrastruktur, skydd m.m.", 64900, 67300),
]

HENAN_FORSKOLA_TOTAL = 54000  # tkr, = 32 000 + 22 000


def n0(x):
    return fmt(x, 0)


def build_budget(path):
    pdf = Doc("Orust kommun – Mål och budget 2025 med plan 2026–2027", "Orust kommun, Mål och budget 2025")
    pdf.add_page()
    pdf.set_font("dv", "B", 26)
    pdf.ln(50)
    pdf.multi_cell(0, 12, "Mål och budget 2025\nmed plan för 2026–2027", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    pdf.set_font("dv", "", 13)
    pdf.multi_cell(0, 7, "Orust kommun\nAntagen av kommunfullmäktige 2024-11-14, § 112", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(60)
    pdf.set_font("dv", "I", 9)
    pdf.multi_cell(0, 5, "Dnr KS/2024:0873", align="C", new_x="LMARGIN", new_y="NEXT")

    pdf.add_page()
    pdf.h1("Innehåll")
    pdf.set_font("dv", "", 10)
    for t, pg in [("Ordföranden har ordet", 3), ("Vision och mål", 4), ("Omvärld och förutsättningar", 5),
                  ("Ekonomiska ramar, effektiviseringar och skatt", 6), ("Nämndernas uppdrag", 7),
                  ("Investeringar", 8), ("Resultatbudget", 9), ("Balansbudget", 10),
                  ("Driftbudget per nämnd", 11), ("Investeringsbudget", 12), ("Ord och begrepp", 14)]:
        pdf.cell(150, 6, t)
        pdf.cell(0, 6, str(pg), align="R", new_x="LMARGIN", new_y="NEXT")

    pdf.add_page()
    pdf.h1("Ordföranden har ordet")
    pdf.p("Orust är en kommun med stora kvaliteter: havet, naturen, ett levande föreningsliv och "
          "företagare som skapar arbetstillfällen året runt. Samtidigt står vi inför samma utmaningar "
          "som många andra kommuner i landet. Andelen äldre ökar snabbt och kostnaderna för omsorg, "
          "pensioner och räntor stiger snabbare än skatteintäkterna.")
    pdf.p("Budgeten för 2025 är en budget för ansvar. Vi behåller skattesatsen oförändrad på 22,51 kronor "
          "per skattekrona och prioriterar kärnverksamheterna skola och omsorg. Barn- och "
          "utbildningsnämnden får ett tillskott på 12,7 miljoner kronor och omsorgsnämnden ett tillskott på "
          "19,3 miljoner kronor jämfört med 2024.")
    pdf.p("Samtidigt måste alla verksamheter bidra till att vi får en långsiktigt hållbar ekonomi. "
          "Effektiviseringskraven uppgår sammanlagt till 11,4 miljoner kronor 2025. Det är inte enkelt, men "
          "nödvändigt för att vi ska klara de stora investeringar som väntar i vatten och avlopp, förskolor och "
          "skolor.")
    pdf.p("Årets resultat budgeteras till 24,2 miljoner kronor, vilket motsvarar 2,2 procent av "
          "skatteintäkter och generella statsbidrag. Därmed når vi det finansiella målet om minst 2 procent "
          "för första gången sedan 2022.")
    pdf.p("Jag vill tacka alla medarbetare i Orust kommun för ert arbete och alla partier för ett konstruktivt "
          "budgetarbete.")
    pdf.p(f"{KSO} ({KSO_PARTY})\nKommunstyrelsens ordförande")

    pdf.add_page()
    pdf.h1("Vision och mål")
    pdf.p("Kommunfullmäktiges vision är ”Orust – en ö att leva, verka och växa på året runt”. Visionen "
          "konkretiseras i fyra målområden med inriktningsmål för mandatperioden 2023–2026.")
    pdf.h2("Målområde 1: Barn och unga ska ha goda förutsättningar")
    pdf.p("Andelen elever i årskurs 9 som är behöriga till gymnasieskolans yrkesprogram ska öka till minst "
          "88 procent 2025. Utfallet för 2024 var 84,6 procent.")
    pdf.h2("Målområde 2: Trygg vård och omsorg")
    pdf.p("Andelen brukare inom hemtjänsten som är nöjda med sin hemtjänst ska vara minst 90 procent. "
          "Antalet olika personal som en hemtjänsttagare möter under 14 dagar ska minska till högst 12.")
    pdf.h2("Målområde 3: Hållbar samhällsutveckling")
    pdf.p("Kommunen ska bygga ut det kommunala vatten- och avloppsnätet så att minst 250 nya fastigheter "
          "ansluts under planperioden. Andelen fossilfria fordon i kommunens fordonsflotta ska vara minst "
          "75 procent 2027.")
    pdf.h2("Målområde 4: God ekonomisk hushållning")
    pdf.bullets([
        "Årets resultat ska uppgå till minst 2 procent av skatteintäkter och generella statsbidrag.",
        "Investeringar i den skattefinansierade verksamheten ska finansieras till minst 60 procent med egna medel "
        "över planperioden.",
        "Soliditeten inklusive hela pensionsåtagandet ska inte understiga 25 procent.",
    ])

    pdf.add_page()
    pdf.h1("Omvärld och förutsättningar")
    pdf.p("Svensk ekonomi har präglats av hög inflation och höjda räntor under 2023 och 2024. Enligt "
          "Sveriges Kommuner och Regioners prognos från oktober 2024 ökar skatteunderlaget med 4,1 procent "
          "2025 och 3,6 procent 2026. Inflationen väntas närma sig Riksbankens mål under 2025.")
    pdf.h2("Befolkning")
    pdf.p("Orust kommun hade 15 312 invånare den 31 december 2024. Budgeten bygger på ett antagande om att "
          "befolkningen ökar med 60 personer per år under planperioden. Antalet invånare som är 80 år eller "
          "äldre väntas öka med cirka 40 personer per år, medan antalet barn i förskoleåldern minskar något.")
    pdf.h2("Skatteintäkter och statsbidrag")
    pdf.p("Skatteintäkter och generella statsbidrag beräknas till sammanlagt 1 097,9 miljoner kronor 2025. "
          "En förändring av skattesatsen med 10 öre motsvarar cirka 3,6 miljoner kronor i skatteintäkter. "
          "Kommunen erhåller ett tillfälligt statsbidrag för välfärden om 4,7 miljoner kronor 2025, vilket ingår "
          "i de generella statsbidragen.")
    pdf.h2("Pensioner och räntor")
    pdf.p("Pensionskostnaderna ökar kraftigt 2025 till följd av det nya pensionsavtalet och den höga inflationen "
          "2023. Kommunens räntekostnader beräknas öka med 2,3 miljoner kronor jämfört med prognosen för 2024. "
          "Den genomsnittliga räntan i låneportföljen antas vara 3,2 procent.")

    pdf.add_page()
    pdf.h1("Ekonomiska ramar, effektiviseringar och skatt")
    pdf.p("Kommunalskatten för 2025 är oförändrad 22,51 kronor. Nämndernas ramar har räknats upp med 2,8 "
          "procent för löneökningar och 1,9 procent för övriga kostnader.")
    pdf.h2("Effektiviseringar 2025")
    pdf.p("För att klara resultatmålet genomförs effektiviseringar om sammanlagt 11,4 miljoner kronor:")
    pdf.bullets([
        "Omsorgsnämnden ska minska kostnaderna med 6,2 miljoner kronor, bland annat genom bättre planering "
        "inom hemtjänsten och minskad användning av bemanningsföretag.",
        "Barn- och utbildningsnämnden ska effektivisera med 3,8 miljoner kronor genom en översyn av "
        "skolskjutsar och lokalutnyttjande.",
        "Kommunstyrelsen ska minska kostnaderna med 1,4 miljoner kronor, varav den politiska "
        "organisationen minskas vilket sparar 350 000 kronor per år.",
    ])
    pdf.p("Utöver detta införs ett generellt anställningsstopp för administrativa tjänster fram till den "
          "30 juni 2025, med undantag för tjänster som finansieras med statsbidrag.")
    pdf.h2("Låneskuld")
    pdf.p("Kommunens låneskuld till kreditinstitut beräknas öka från 540 miljoner kronor vid utgången av 2024 "
          "till 655 miljoner kronor vid utgången av 2025. Ökningen förklaras främst av investeringarna i vatten "
          "och avlopp, som finansieras med VA-taxan.")

    pdf.add_page()
    pdf.h1("Nämndernas uppdrag")
    pdf.h2("Kommunstyrelsen")
    pdf.p("Kommunstyrelsen ansvarar för ledning och samordning, samhällsbyggnad, fastigheter, gator och "
          "hamnar samt vatten och avlopp. Nettoramen för 2025 är 124,3 miljoner kronor. Kommunstyrelsen får i "
          "uppdrag att ta fram en ny lokalförsörjningsplan senast i juni 2025.")
    pdf.h2("Barn- och utbildningsnämnden")
    pdf.p("Nämnden ansvarar för förskola, grundskola, gymnasieskola, vuxenutbildning och kulturskola. "
          "Den nya förskolan i Henån ska stå klar hösten 2026 och ersätta förskolan Kastanjen.")
    pdf.h2("Omsorgsnämnden")
    pdf.p("Nämnden ansvarar för äldreomsorg, funktionsstöd samt individ- och familjeomsorg. Nämnden får i "
          "uppdrag att utreda ett nytt särskilt boende på norra Orust med 40 platser.")
    pdf.h2("Bygg- och miljönämnden")
    pdf.p("Nämnden ansvarar för bygglov, tillsyn enligt miljöbalken och livsmedelskontroll. Nämnden ska "
          "halvera handläggningstiden för kompletta bygglovsärenden till i genomsnitt 4 veckor.")

    pdf.add_page()
    pdf.h1("Investeringar")
    pdf.p("Investeringsbudgeten för 2025 uppgår till 187,4 miljoner kronor. Den största enskilda satsningen är "
          "överföringsledningen för vatten och avlopp mellan Ellös och Henån, som kostar 91 miljoner kronor "
          "under perioden 2025–2027.")
    pdf.p("Investeringarna i den skattefinansierade verksamheten uppgår till 122,9 miljoner kronor 2025. "
          "Självfinansieringsgraden för dessa beräknas till 69 procent.")
    pdf.p("Projekt som inte har påbörjats före den 30 september 2025 ska prövas på nytt av kommunstyrelsen.")

    # Resultatbudget
    pdf.add_page()
    pdf.h1("Resultatbudget")
    widths = [58, 10, 20.4, 20.4, 20.4, 20.4, 20.4]
    hdr = [["", "Not", "Bokslut", "Prognos", "Budget", "Plan", "Plan"],
           ["Belopp i mnkr", "", "2023", "2024", "2025", "2026", "2027"]]
    aligns = ["L", "C", "R", "R", "R", "R", "R"]

    def r(label, key, note="", kind="normal"):
        return (kind, [label, note] + [fmt(v) for v in RB[key]])
    rows = [
        r("Verksamhetens intäkter", "int", "1"),
        r("Verksamhetens kostnader", "kost", "2"),
        r("Avskrivningar", "avskr", "3"),
        r("Verksamhetens nettokostnader", "netto", "", "sum"),
        r("Skatteintäkter", "skatt", "4"),
        r("Generella statsbidrag och utjämning", "statsb", "5"),
        r("Verksamhetens resultat", "vres", "", "sum"),
        r("Finansiella intäkter", "finint"),
        r("Finansiella kostnader", "finkost", "6"),
        r("Resultat efter finansiella poster", "res", "", "sum"),
        r("Årets resultat", "res", "", "sum"),
        ("normal", ["Resultat i % av skatter och statsbidrag", ""] + [fmt(v) for v in RB["andel"]]),
    ]
    pdf.table(widths, hdr, rows, aligns=aligns)
    pdf.note("1) Avgifter, taxor och riktade statsbidrag. 2) Inklusive pensionskostnader. "
             "3) Planenliga avskrivningar. 4) Skatteintäkter enligt SKR:s prognos oktober 2024. "
             "5) Inklusive tillfälligt välfärdsstatsbidrag. 6) Räntekostnader för lån och pensionsskuld.")
    pdf.p("Verksamhetens nettokostnader ökar med 3,1 procent mellan prognosen för 2024 och budget 2025. "
          "Skatteintäkterna ökar med 3,8 procent under samma period.")

    # Balansbudget
    pdf.add_page()
    pdf.h1("Balansbudget")
    widths = [80, 18, 18, 18, 18, 18]
    hdr = [["Belopp i mnkr", "Bokslut", "Prognos", "Budget", "Plan", "Plan"],
           ["", "2023", "2024", "2025", "2026", "2027"]]

    def b(label, vals, kind="normal"):
        return (kind, [label] + [fmt(v) for v in vals])
    rows = [
        ("section", ["Tillgångar"]),
        b("Anläggningstillgångar", AT),
        b("Omsättningstillgångar", OT),
        b("Summa tillgångar", TOT, "sum"),
        ("section", ["Eget kapital, avsättningar och skulder"]),
        b("Eget kapital", EK),
        b("– varav årets resultat", RB["res"]),
        b("Avsättningar för pensioner m.m.", AVS),
        b("Långfristiga skulder", LFS),
        b("Kortfristiga skulder", KFS),
        b("Summa eget kapital, avsättningar och skulder", TOT, "sum"),
        ("normal", ["Soliditet, %"] + [fmt(v) for v in SOLID]),
    ]
    pdf.table(widths, hdr, rows)
    pdf.note("Soliditeten exklusive den del av pensionsåtagandet som redovisas som ansvarsförbindelse.")

    # Driftbudget
    pdf.add_page()
    pdf.h1("Driftbudget per nämnd")
    pdf.p("Tabellen visar nämndernas nettokostnadsramar. Förändringen avser budget 2025 jämfört med budget 2024.")
    widths = [50, 19, 19, 19, 19, 19, 19]
    hdr = [["", "Budget", "Budget", "Förändring", "Förändring", "Plan", "Plan"],
           ["Nettokostnad, tkr", "2024", "2025", "tkr", "%", "2026", "2027"]]
    rows = []
    for name, v in NAMNDER:
        ch = v[1] - v[0]
        pct = q(D(ch) / D(v[0]) * 100, 1)
        rows.append(("normal", [name, n0(v[0]), n0(v[1]), n0(ch), fmt(pct), n0(v[2]), n0(v[3])]))
    ch = DB_SUM_N[1] - DB_SUM_N[0]
    rows.append(("sum", ["Summa nämnder", n0(DB_SUM_N[0]), n0(DB_SUM_N[1]), n0(ch),
                         fmt(q(D(ch) / D(DB_SUM_N[0]) * 100, 1)), n0(DB_SUM_N[2]), n0(DB_SUM_N[3])]))
    rows.append(("normal", ["Finansförvaltning och gemensamt¹", n0(DB_FIN[0]), n0(DB_FIN[1]),
                            n0(DB_FIN[1] - DB_FIN[0]), "–", n0(DB_FIN[2]), n0(DB_FIN[3])]))
    ch = DB_TOTAL[1] - DB_TOTAL[0]
    rows.append(("sum", ["Verksamhetens nettokostnad", n0(DB_TOTAL[0]), n0(DB_TOTAL[1]), n0(ch),
                         fmt(q(D(ch) / D(DB_TOTAL[0]) * 100, 1)), n0(DB_TOTAL[2]), n0(DB_TOTAL[3])]))
    pdf.table(widths, hdr, rows, size=8)
    pdf.note("¹) Pensionskostnader utöver PO-pålägg, internränta, kapitalkostnadsreserv och oförutsett.")
    pdf.p("Kommunfullmäktige har avsatt 2,0 miljoner kronor i en reserv för oförutsedda kostnader under "
          "kommunstyrelsens disposition. Reserven ingår i raden finansförvaltning och gemensamt.")

    # Investeringsbudget (continues over page break)
    pdf.add_page()
    pdf.h1("Investeringsbudget")
    pdf.p("Investeringsbudgeten omfattar projekt med en utgift över ett prisbasbelopp och en nyttjandeperiod "
          "på minst tre år. Beloppen avser nettoutgifter. Investeringar inom vatten och avlopp finansieras "
          "via VA-taxan och påverkar inte skattesatsen.")
    pdf.p("Under 2025 planeras följande större projekt att starta: överföringsledningen Ellös–Henån, "
          "etapp 2 av reningsverket i Henån, ombyggnaden av Ängås skola och den nya förskolan i Henån. "
          "Gång- och cykelvägen i Svanesund beräknas bli klar under hösten 2025.")
    pdf.p("Kommunstyrelsen har rätt att omfördela investeringsmedel mellan projekt inom samma nämnd upp till "
          "2 miljoner kronor per projekt. Större omfördelningar beslutas av kommunfullmäktige.")
    pdf.p("Investeringsutgifter för exploatering redovisas inte i investeringsbudgeten utan hanteras i "
          "särskilda exploateringskalkyler som beslutas av kommunstyrelsen. Under 2025 pågår exploatering av "
          "bostadsområdet Slussen 2:1 där kommunen räknar med intäkter från tomtförsäljning på cirka "
          "8 miljoner kronor.")
    pdf.h2("Kommentarer till större projekt")
    pdf.p("Ombyggnaden av Ängås skola omfattar nya klassrum, ett tillagningskök och en ny idrottshall. "
          "Projektet beräknas kosta 36,5 miljoner kronor och ska vara klart till höstterminen 2026.")
    pdf.p("Reinvesteringar i fastigheter avser bland annat tak, ventilation och tillgänglighetsanpassning. "
          "Behovet av eftersatt underhåll i kommunens fastigheter bedöms uppgå till cirka 120 miljoner kronor.")
    pdf.p("Nedan redovisas investeringarna per nämnd och projekt.")
    widths = [72, 23, 23, 23, 29]
    hdr = [["Projekt, belopp i tkr", "Budget 2025", "Plan 2026", "Plan 2027", "Summa 2025–27"]]
    rows = []
    for g, items in INV:
        rows.append(("section", [g]))
        for name, v in items:
            rows.append(("normal", [name] + [n0(x) for x in v] + [n0(sum(v))]))
        s = INV_SUM[g]
        rows.append(("sum", ["Summa " + g.split(" (")[0].lower() if g != "Kommunstyrelsen" else "Summa kommunstyrelsen"]
                     + [n0(x) for x in s] + [n0(sum(s))]))
    rows.append(("sum", ["Totalt investeringar"] + [n0(x) for x in INV_TOTAL] + [n0(sum(INV_TOTAL))]))
    pdf.table(widths, hdr, rows, aligns=["L", "R", "R", "R", "R"], rh=6.5,
              cont_caption="Investeringsbudget (forts.)")

    pdf.add_page()
    pdf.h1("Ord och begrepp")
    for t, d in [("Avskrivning", "Planmässig värdeminskning av anläggningstillgångar."),
                 ("Balanskravsresultat", "Årets resultat justerat för realisationsvinster och vissa "
                  "orealiserade förluster."),
                 ("Nettokostnad", "Kostnader minus intäkter som verksamheten själv genererar."),
                 ("Soliditet", "Eget kapital i förhållande till totala tillgångar. Visar den långsiktiga "
                  "betalningsförmågan."),
                 ("Självfinansieringsgrad", "Hur stor del av investeringarna som kan finansieras med egna "
                  "medel från den löpande verksamheten.")]:
        pdf.set_font("dv", "B", 10)
        pdf.multi_cell(0, 5, t, new_x="LMARGIN", new_y="NEXT")
        pdf.p(d)
    pdf.output(path)


def build_arsredovisning(path):
    pdf = Doc("Orust kommun – Årsredovisning 2024", "Årsredovisning 2024")
    pdf.add_page()
    pdf.set_font("dv", "B", 28)
    pdf.ln(60)
    pdf.multi_cell(0, 12, "Årsredovisning 2024", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "", 13)
    pdf.multi_cell(0, 8, "Orust kommun", align="C", new_x="LMARGIN", new_y="NEXT")

    pdf.add_page()
    pdf.h1("Förvaltningsberättelse")
    pdf.h2("Kommunstyrelsens ordförande har ordet")
    pdf.p("2024 blev ett år med fortsatt höga kostnader men också med en bättre ekonomisk utveckling än vi "
          f"befarade. Årets resultat blev 19,6 miljoner kronor, vilket är 7,3 miljoner kronor bättre än budget. "
          "Det förklaras främst av lägre räntekostnader och högre skatteintäkter än beräknat.")
    pdf.p(f"{KSO} ({KSO_PARTY}), kommunstyrelsens ordförande")
    pdf.h2("Väsentliga händelser")
    pdf.bullets([
        "Kommunfullmäktige beslutade i juni 2024 att bygga en ny förskola i Henån.",
        "Överföringsledningen för vatten och avlopp mellan Varekil och Svanesund togs i drift i oktober.",
        "Kommunen tog emot 38 nyanlända personer under året.",
    ])
    pdf.h2("Balanskravsresultat")
    pdf.p("Balanskravsresultatet uppgår till 17,2 miljoner kronor efter avdrag för realisationsvinster vid "
          "försäljning av fastigheter om 2,4 miljoner kronor. Kommunen uppfyller därmed balanskravet.")
    pdf.h2("Pensionsåtagande")
    pdf.p("Kommunens totala pensionsåtagande uppgick till 412,6 miljoner kronor inklusive löneskatt, varav "
          "331,0 miljoner kronor redovisas som ansvarsförbindelse.")
    pdf.h2("Personal")
    pdf.p("Antalet tillsvidareanställda uppgick till 1 412 personer den 31 december 2024. Den totala "
          "sjukfrånvaron minskade från 7,9 procent 2023 till 7,4 procent 2024.")

    pdf.add_page()
    pdf.h1("Fem år i sammandrag")
    widths = [62] + [21.6] * 5
    rows = [("normal", [lbl] + vals) for lbl, vals in FEM]
    pdf.table(widths, [[""] + FEM_YEARS], rows)
    pdf.note("Nettoinvesteringar exklusive exploatering.")

    pdf.add_page()
    pdf.h1("Resultaträkning")
    pdf.p("Negativa belopp anges inom parentes.")
    widths = [60, 10, 24, 24, 24, 24]
    hdr = [["Belopp i mnkr", "Not", "Utfall 2023", "Budget 2024", "Utfall 2024", "Avvikelse"]]

    def rr(label, key, note="", kind="normal"):
        u = AR_UTF[key]
        bu = AR_BUD[key]
        return (kind, [label, note, fmt(AR_2023[key], neg="paren"), fmt(bu, neg="paren"),
                       fmt(u, neg="paren"), fmt(u - bu, neg="paren")])
    rows = [
        rr("Verksamhetens intäkter", "int", "1"),
        rr("Verksamhetens kostnader", "kost", "2"),
        rr("Avskrivningar", "avskr", "3"),
        rr("Verksamhetens nettokostnader", "netto", "", "sum"),
        rr("Skatteintäkter", "skatt", "4"),
        rr("Generella statsbidrag och utjämning", "statsb", "5"),
        rr("Verksamhetens resultat", "vres", "", "sum"),
        rr("Finansiella intäkter", "finint", "6"),
        rr("Finansiella kostnader", "finkost", "7"),
        rr("Resultat efter finansiella poster", "res", "", "sum"),
        rr("Årets resultat", "res", "", "sum"),
    ]
    pdf.table(widths, hdr, rows, aligns=["L", "C", "R", "R", "R", "R"])

    pdf.add_page()
    pdf.h1("Nämndernas ekonomi")
    pdf.p("Nämnderna redovisar sammantaget ett underskott mot budget. Omsorgsnämnden redovisar ett "
          "underskott på 6,7 miljoner kronor, främst inom hemtjänst och placeringar av barn och unga. "
          "Barn- och utbildningsnämnden redovisar ett underskott på 2,7 miljoner kronor.")
    widths = [70, 30, 30, 30]
    hdr = [["Nettokostnad, tkr", "Budget 2024", "Utfall 2024", "Avvikelse"]]
    rows = []
    for (name, v), u, a in zip(NAMNDER, NAMND_UTF, NAMND_AVV):
        rows.append(("normal", [name, n0(v[0]), n0(u), fmt(a, 0)]))
    rows.append(("sum", ["Summa nämnder", n0(DB_SUM_N[0]), n0(sum(NAMND_UTF)), fmt(sum(NAMND_AVV), 0)]))
    pdf.table(widths, hdr, rows)
    pdf.note("Positiv avvikelse innebär överskott mot budget.")
    pdf.h2("Investeringar")
    pdf.p("Nettoinvesteringarna uppgick till 138,9 miljoner kronor, att jämföra med en budget på "
          "164,0 miljoner kronor. Ej förbrukade medel för pågående projekt föreslås ombudgeteras till 2025.")
    pdf.output(path)


def build_html(path):
    nav = "\n".join(f'      <li><a href="/{s}">{t}</a></li>' for s, t in [
        ("omsorg-och-stod", "Omsorg och stöd"), ("utbildning-och-forskola", "Utbildning och förskola"),
        ("bygga-bo-och-miljo", "Bygga, bo och miljö"), ("kommun-och-politik", "Kommun och politik"),
        ("naringsliv-och-arbete", "Näringsliv och arbete")])
    head = HTML_HEAD.format(title="Så används din skatt - Orust kommun", site="Orust kommun", nav=nav,
                            crumbs='<a href="/">Start</a> / <a href="/kommun-och-politik">Kommun och politik</a> / '
                                   '<a href="/kommun-och-politik/ekonomi">Ekonomi</a> / Så används din skatt')
    rows = [("Äldreomsorg", "27,40"), ("Förskola", "10,20"), ("Grundskola och fritidshem", "22,30"),
            ("Gymnasieskola och vuxenutbildning", "8,60"),
            ("Stöd till personer med funktionsnedsättning", "12,10"),
            ("Individ- och familjeomsorg", "5,20"), ("Gator, vägar, räddningstjänst och samhällsbyggnad", "6,80"),
            ("Kultur och fritid", "3,10"), ("Politisk verksamhet och administration", "4,30")]
    trs = "\n".join(f"      <tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows)
    body = f"""<article>
<h1>Så används din skatt</h1>
<p class="ingress">Kommunalskatten är kommunens största inkomstkälla. Här kan du se hur varje hundralapp du betalar i kommunalskatt fördelas mellan kommunens verksamheter 2025.</p>
<h2>Skattesats 2025</h2>
<p>Kommunalskatten i Orust kommun är 22,51 kronor per hundralapp 2025, samma som 2024. Till det kommer regionskatten till Västra Götalandsregionen på 11,48 kronor. Den sammanlagda skattesatsen blir därmed 33,99 kronor, exklusive kyrkoavgift och begravningsavgift.</p>
<h2>Så fördelas 100 kronor</h2>
<table class="table">
  <caption>Fördelning av 100 kronor i kommunalskatt, budget 2025</caption>
  <thead>
    <tr><th>Verksamhet</th><th>Kronor</th></tr>
  </thead>
  <tbody>
{trs}
  </tbody>
  <tfoot>
    <tr><td>Totalt</td><td>100,00</td></tr>
  </tfoot>
</table>
<p>Fördelningen bygger på nämndernas nettokostnader i budget 2025. Avgifter, statsbidrag och taxor, till exempel för vatten och avlopp, ingår inte.</p>
<h2>Exempel</h2>
<p>En person som tjänar 30 000 kronor i månaden betalar ungefär 5 900 kronor i kommunalskatt varje månad. Av det går cirka 1 620 kronor till äldreomsorgen.</p>
<p>Kommunens totala budget för 2025 omfattar cirka 1,3 miljarder kronor i bruttokostnader.</p>
<p class="updated">Senast uppdaterad: 2025-01-20</p>
<p class="owner">Sidansvarig: Ekonomienheten</p>
</article>
"""
    foot = HTML_FOOT.format(contact="    <p>Orust kommun, 473 80 Henån</p>\n    <p>Telefon: 0304-33 40 00</p>\n"
                                    "    <p>E-post: kommunen@orust.se</p>")
    with open(path, "w", encoding="utf-8") as f:
        f.write(head + body + foot)


def build_docx(path):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    d.core_properties.author = "Kommunledningskontoret"
    d.core_properties.title = "Protokoll kommunstyrelsen 2025-03-12"
    d.add_heading("PROTOKOLL", level=0)
    d.add_paragraph("Kommunstyrelsen, Orust kommun")
    d.add_paragraph("Sammanträdesdatum: 2025-03-12")
    d.add_paragraph("Plats och tid: Kommunhuset i Henån, sessionssalen, kl. 09.00–12.15")
    d.add_paragraph(f"Beslutande: {KSO} ({KSO_PARTY}), ordförande; Johan Ek (M), vice ordförande; "
                    "Ingrid Berglund (S), andre vice ordförande; Per Wallin (KD); Maria Holm (L); "
                    "Sven-Olof Nyberg (SD); Anna Fors (S); Roger Lind (SD); Karin Ström (MP)")
    d.add_paragraph("Utses att justera: Ingrid Berglund (S)")
    d.add_paragraph("Justeringens tid och plats: 2025-03-17, kommunhuset i Henån")
    d.add_paragraph("Paragrafer: §§ 34–37")

    d.add_heading("§ 34 Val av justerare och godkännande av dagordning", level=1)
    d.add_paragraph("Kommunstyrelsen beslutar att utse Ingrid Berglund (S) att jämte ordföranden justera "
                    "protokollet och att godkänna dagordningen.")

    d.add_heading("§ 35 Ombudgetering av investeringsmedel från 2024 till 2025", level=1)
    d.add_paragraph("Dnr KS/2025:0112")
    d.add_paragraph("Sammanfattning: Flera investeringsprojekt har inte slutförts under 2024. "
                    "Förvaltningen föreslår att ej förbrukade medel för fyra projekt ombudgeteras till 2025.")
    rows = [("Ny förskola Henån", 6000, 2150), ("Gång- och cykelväg Svanesund", 4500, 1200),
            ("Energieffektivisering kommunala fastigheter", 5000, 3900), ("Hamnar och bryggor", 2800, 2050)]
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Projekt", "Budget 2024, tkr", "Utfall 2024, tkr",
                                       "Ombudgeteras till 2025, tkr"]):
        c.text = h
    for name, bud, utf in rows:
        cells = t.add_row().cells
        cells[0].text = name
        cells[1].text = n0(bud)
        cells[2].text = n0(utf)
        cells[3].text = n0(bud - utf)
    tot = [sum(r[1] for r in rows), sum(r[2] for r in rows), sum(r[1] - r[2] for r in rows)]
    cells = t.add_row().cells
    cells[0].text = "Summa"
    for i in range(3):
        cells[i + 1].text = n0(tot[i])
    d.add_paragraph("")
    d.add_paragraph("Beslut: Kommunstyrelsen föreslår kommunfullmäktige besluta att ombudgetera "
                    f"{n0(tot[2])} tkr från investeringsbudget 2024 till investeringsbudget 2025 enligt tabellen.")

    d.add_heading("§ 36 Svar på motion om avgiftsfri kollektivtrafik för personer över 75 år", level=1)
    d.add_paragraph("Dnr KS/2024:0455")
    d.add_paragraph("Anna Fors (S) har i en motion föreslagit att personer som fyllt 75 år ska få resa avgiftsfritt "
                    "med kollektivtrafiken inom kommunen utanför rusningstid. Förvaltningen uppskattar kostnaden "
                    "till 1,2 miljoner kronor per år.")
    d.add_paragraph("Yrkanden: Ordföranden yrkar att motionen ska avslås. Anna Fors (S) yrkar bifall till motionen.")
    d.add_paragraph("Beslut: Kommunstyrelsen föreslår kommunfullmäktige att avslå motionen.")
    d.add_paragraph("Reservation: Ingrid Berglund (S) och Anna Fors (S) reserverar sig mot beslutet till förmån "
                    "för eget yrkande. Karin Ström (MP) instämmer i reservationen.")

    d.add_heading("§ 37 Försäljning av fastigheten Henån 1:234", level=1)
    d.add_paragraph("Dnr KS/2025:0098")
    d.add_paragraph("Fastigheten Henån 1:234, den tidigare förskolan Kastanjen, föreslås säljas till Orustbostäder AB "
                    "för 2 850 000 kronor efter att den nya förskolan tagits i bruk.")
    d.add_paragraph("Beslut: Kommunstyrelsen godkänner köpeavtalet och uppdrar åt kommundirektören att "
                    "underteckna detta.")
    d.add_paragraph("Vid protokollet: Lena Sjöström, sekreterare")
    d.save(path)
    normalize_zip(path)


def build_xlsx(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Befolkning"
    ws["A1"] = "Befolkning i Orusts kommun efter ålder, 31 december 2019–2024"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Antal personer"
    ws.append([])
    ws.append(["År", "0–5 år", "6–15 år", "16–19 år", "20–64 år", "65–79 år", "80 år och äldre", "Totalt"])
    for r in POP_ROWS:
        ws.append(r)
    ws.append([])
    ws.append(["Källa: SCB, befolkningsstatistik. Bearbetning: Orust kommun."])
    ws2 = wb.create_sheet("Kostnad per verksamhet")
    ws2["A1"] = "Nettokostnad per verksamhet 2023–2024"
    ws2["A1"].font = Font(bold=True, size=13)
    ws2["A2"] = "Belopp i tkr respektive kronor per invånare"
    ws2.append([])
    ws2.append(["Verksamhet", "Nettokostnad 2023", "Nettokostnad 2024", "Förändring %", "Kr per invånare 2024"])
    for name, a, b in KOST_VERK:
        ws2.append([name, a, b, float(q(D(b - a) / D(a) * 100, 1)), int(q(D(b) * 1000 / POP_2024, 0))])
    ta = sum(x[1] for x in KOST_VERK)
    tb = sum(x[2] for x in KOST_VERK)
    ws2.append(["Summa", ta, tb, float(q(D(tb - ta) / D(ta) * 100, 1)), int(q(D(tb) * 1000 / POP_2024, 0))])
    wb.properties.creator = "Orust kommun"
    wb.save(path)
    normalize_zip(path)


PRESS = """# Pressmeddelande: Klart för ny förskola i Henån

**Orust kommun, 2025-02-06**

Nu är det klart att Orust kommun bygger en ny förskola i Henån. Kommunstyrelsen har tilldelat entreprenaden till Västkustens Bygg AB och byggstart sker i april 2025.

Förskolan får sex avdelningar med plats för 110 barn och ersätter förskolan Kastanjen, som har stora brister i ventilation och tillgänglighet. Den totala investeringen är 54 miljoner kronor, fördelat på 32 miljoner kronor 2025 och 22 miljoner kronor 2026.

– Det här är en efterlängtad satsning för familjerna i Henån. Barnen får moderna och trygga lokaler med närhet till skog och natur, säger Sofia Lindqvist (L), ordförande i barn- och utbildningsnämnden.

Byggnaden uppförs i trä och får solceller på taket. Solcellerna beräknas producera omkring 60 000 kWh per år. Rivningen av den gamla förskolan beräknas kosta 1,9 miljoner kronor och ingår inte i investeringen.

Inflyttning planeras till hösten 2026.

## Fakta

- Antal avdelningar: 6
- Antal platser: 110
- Investering: 54 miljoner kronor
- Byggstart: april 2025
- Inflyttning: hösten 2026

**Kontakt:** Magnus Rydén, fastighetschef, 0304-33 40 00
"""


def build(outdir):
    os.makedirs(outdir, exist_ok=True)
    build_budget(os.path.join(outdir, "mal-och-budget-2025-2027.pdf"))
    build_arsredovisning(os.path.join(outdir, "arsredovisning-2024.pdf"))
    build_html(os.path.join(outdir, "sa-anvands-din-skatt.html"))
    build_docx(os.path.join(outdir, "protokoll-ks-2025-03-12.docx"))
    build_xlsx(os.path.join(outdir, "befolkning-och-kostnader.xlsx"))
    with open(os.path.join(outdir, "pressmeddelande-forskola-henan.md"), "w", encoding="utf-8") as f:
        f.write(PRESS)
