"""Hjo kommun - Budget 2025 med plan 2026-2027 (PDF)."""
from fmt import num, tkr
from pdfkit import Doc

# ---------------- data -------------------------------------------------
YRS = ["Bokslut 2023", "Prognos 2024", "Budget 2025", "Plan 2026", "Plan 2027"]
INT = [118.4, 121.0, 124.6, 127.1, 129.6]
KOST = [-668.9, -700.3, -721.8, -741.2, -760.5]
AVS = [-24.7, -26.1, -28.3, -30.0, -31.4]
NETTO = [round(a + b + c, 1) for a, b, c in zip(INT, KOST, AVS)]
SKATT = [447.9, 466.2, 487.3, 503.8, 521.0]
GSB = [138.6, 147.5, 152.9, 155.4, 158.1]
VRES = [round(a + b + c, 1) for a, b, c in zip(NETTO, SKATT, GSB)]
FINI = [2.9, 3.4, 2.8, 2.6, 2.5]
FINK = [-4.1, -5.6, -6.2, -6.9, -7.5]
RES = [round(a + b + c, 1) for a, b, c in zip(VRES, FINI, FINK)]

E = "en"


def rr_rows():
    def r(label, note, vals, kind="row"):
        return (kind, [label, note] + [num(v, 1, E) for v in vals])
    return [
        r("Verksamhetens intäkter", "1", INT),
        r("Verksamhetens kostnader", "2", KOST),
        r("Avskrivningar", "3", AVS),
        r("Verksamhetens nettokostnader", "", NETTO, "sum"),
        r("Skatteintäkter", "4", SKATT),
        r("Generella statsbidrag och utjämning", "5", GSB),
        r("Verksamhetens resultat", "", VRES, "sum"),
        r("Finansiella intäkter", "6", FINI),
        r("Finansiella kostnader", "7", FINK),
        r("Resultat efter finansiella poster", "", RES, "sum"),
        r("Årets resultat", "", RES, "total"),
    ]


# committee operating budget, tkr: (label, budget 2024, budget 2025)
DRIFT = [
    ("Kommunstyrelsen", [
        ("Kommunledning och stab", 48320, 50110),
        ("Samhällsbyggnad", 36870, 38450),
        ("Kultur och fritid", 21540, 22030),
    ]),
    ("Barn- och utbildningsnämnden", [
        ("Förskola", 62410, 64980),
        ("Grundskola", 131250, 136720),
        ("Gymnasieskola", 58930, 61340),
        ("Vuxenutbildning", 7990, 7640),
    ]),
    ("Socialnämnden", [
        ("Äldreomsorg", 142860, 149310),
        ("Funktionsstöd", 61220, 63890),
        ("Individ- och familjeomsorg", 34170, 35560),
    ]),
    ("Övriga nämnder", [
        ("Miljö- och byggnadsnämnden", 6840, 7020),
        ("Revision", 1150, 1180),
        ("Överförmyndare", 1480, 1530),
        ("Valnämnd", 620, 310),
    ]),
]
SUMNAMES = {"Kommunstyrelsen": "Summa kommunstyrelsen",
            "Barn- och utbildningsnämnden": "Summa barn- och utbildningsnämnden",
            "Socialnämnden": "Summa socialnämnden",
            "Övriga nämnder": "Summa övriga nämnder"}
SECTION_SUM = {s: (sum(r[1] for r in rows), sum(r[2] for r in rows)) for s, rows in DRIFT}
TOT_NAMND = (sum(v[0] for v in SECTION_SUM.values()), sum(v[1] for v in SECTION_SUM.values()))
NETTO_BUD = (605400, 625500)
FINANS = (NETTO_BUD[0] - TOT_NAMND[0], NETTO_BUD[1] - TOT_NAMND[1])


def pct(a, b):
    return (b - a) / abs(a) * 100


def drow(label, a, b, kind="row"):
    return (kind, [label, tkr(a, "minus"), tkr(b, "minus"), tkr(b - a, "minus"),
                   num(pct(a, b), 1, "minus")])


def drift_rows(sections):
    out = []
    for s, rows in DRIFT:
        if s not in sections:
            continue
        out.append(("section", [s]))
        for lab, a, b in rows:
            out.append(drow(lab, a, b))
        a, b = SECTION_SUM[s]
        out.append(drow(SUMNAMES[s], a, b, "sum"))
    return out


def drift_tail():
    return [drow("Summa nämnder", *TOT_NAMND, kind="sum"),
            drow("Finansförvaltning och gemensamt", *FINANS),
            drow("Verksamhetens nettokostnad", *NETTO_BUD, kind="total")]


# ram changes (tkr): ram 2024, löne/pris, volym, effektivisering, ram 2025
RAM = [
    ("Kommunstyrelsen", 3420, 1200, -760),
    ("Barn- och utbildningsnämnden", 8340, 3100, -1340),
    ("Socialnämnden", 7620, 4950, -2060),
    ("Övriga nämnder", 260, -310, 0),
]


def ram_rows():
    out = []
    tot = [0, 0, 0, 0, 0]
    for s, lp, vol, eff in RAM:
        a, b = SECTION_SUM[s]
        assert a + lp + vol + eff == b, s
        vals = [a, lp, vol, eff, b]
        tot = [t + v for t, v in zip(tot, vals)]
        out.append(("row", [s] + [tkr(v, "paren") for v in vals]))
    out.append(("total", ["Summa"] + [tkr(v, "paren") for v in tot]))
    return out, tot


# investments mnkr: B2025, P2026, P2027
INV = [
    ("Ny förskola Knäpplan", 18.5, 22.0, 4.5),
    ("Lekplats Hamnparken", 4.7, 0.0, 0.0),
    ("Gator och vägar, beläggning", 3.2, 3.4, 3.5),
    ("VA-ledningar Hjo centrum", 12.6, 9.8, 7.0),
    ("IT och digitalisering", 2.1, 1.8, 1.8),
    ("Inventarier skolor", 1.5, 1.5, 1.5),
    ("Energieffektivisering fastigheter", 2.4, 2.4, 2.4),
]
INV_SUM = [round(sum(r[i] for r in INV), 1) for i in (1, 2, 3)]


def inv_rows():
    out = []
    for lab, a, b, c in INV:
        out.append(("row", [lab, num(a), num(b), num(c), num(a + b + c)]))
    out.append(("total", ["Summa investeringar"] + [num(v) for v in INV_SUM] + [num(sum(INV_SUM))]))
    return out


# balance (mnkr) columns: Bokslut 2023-12-31, Prognos 2024, Budget 2025
BAL_A = [
    ("Immateriella anläggningstillgångar", "8", [1.2, 1.0, 0.8]),
    ("Mark, byggnader och tekniska anläggningar", "9", [612.4, 648.9, 690.3]),
    ("Maskiner och inventarier", "10", [38.5, 40.2, 41.6]),
    ("Finansiella anläggningstillgångar", "11", [27.3, 27.3, 27.3]),
]
BAL_O = [
    ("Fordringar", "12", [58.7, 55.0, 54.0]),
    ("Kassa och bank", "13", [41.9, 22.4, 18.6]),
]
EK = [410.3]
EK.append(round(EK[0] + RES[1], 1))
EK.append(round(EK[1] + RES[2], 1))
PENS = [24.6, 26.0, 27.5]
LANG = [210.0, 225.0, 255.0]
SUM_ANL = [round(sum(r[2][i] for r in BAL_A), 1) for i in range(3)]
SUM_OMS = [round(sum(r[2][i] for r in BAL_O), 1) for i in range(3)]
SUM_TILL = [round(a + b, 1) for a, b in zip(SUM_ANL, SUM_OMS)]
KORT = [round(t - e - p - l, 1) for t, e, p, l in zip(SUM_TILL, EK, PENS, LANG)]


def bal_rows():
    def r(label, note, vals, kind="row"):
        return (kind, [label, note] + [num(v) for v in vals])
    out = [("section", ["Tillgångar"])]
    out += [r(*x) for x in BAL_A]
    out.append(r("Summa anläggningstillgångar", "", SUM_ANL, "sum"))
    out += [r(*x) for x in BAL_O]
    out.append(r("Summa omsättningstillgångar", "", SUM_OMS, "sum"))
    out.append(r("Summa tillgångar", "", SUM_TILL, "total"))
    out.append(("section", ["Eget kapital, avsättningar och skulder"]))
    out.append(r("Eget kapital", "14", EK))
    out.append(r("Avsättningar för pensioner", "15", PENS))
    out.append(r("Långfristiga skulder", "16", LANG))
    out.append(r("Kortfristiga skulder", "17", KORT))
    out.append(r("Summa eget kapital, avsättningar och skulder", "", SUM_TILL, "total"))
    return out


# key ratios (%), columns Bokslut 2023, Prognos 2024, Budget 2025, Plan 2026
SB = [s + g for s, g in zip(SKATT, GSB)]
NYCK = [
    ("Årets resultat i procent av skatter och bidrag",
     [RES[i] / SB[i] * 100 for i in range(4)]),
    ("Nettokostnadsandel",
     [(-NETTO[i] - FINI[i] - FINK[i]) / SB[i] * 100 for i in range(4)]),
    ("Förändring av skatteintäkter och bidrag",
     [3.9] + [(SB[i] - SB[i - 1]) / SB[i - 1] * 100 for i in range(1, 4)]),
    ("Soliditet enligt balansräkningen",
     [EK[i] / SUM_TILL[i] * 100 for i in range(3)] + [51.9]),
    ("Soliditet inklusive pensionsförpliktelser",
     [21.4, 23.0, 24.8, 26.3]),
    ("Självfinansieringsgrad av investeringar",
     [88.0, 61.5, (RES[2] - AVS[2]) / INV_SUM[0] * 100, (RES[3] - AVS[3]) / INV_SUM[1] * 100]),
]


def nyck_rows():
    return [("row", [lab] + [num(v) for v in vals]) for lab, vals in NYCK]


ROWS = {}


def build(path):
    d = Doc("Budget 2025 med plan 2026–2027", "Hjo kommun – Budget 2025")
    d.add_page()
    d.set_font("DV", "", 11)
    d.ln(40)
    d.h1("Hjo kommun")
    d.h1("Budget 2025 med plan 2026–2027")
    d.p("Antagen av kommunfullmäktige den 21 november 2024, § 112. Diarienummer KS 2024/187.", 11)
    d.ln(60)
    d.p("Hjo kommun, Torggatan 2, 544 81 Hjo", 9)

    # p2
    d.add_page()
    d.h2("Innehåll")
    d.p("Kommunstyrelsens ordförande har ordet ... 2\nOmvärld och förutsättningar ... 3\n"
        "Resultatbudget ... 4\nDriftbudget per nämnd ... 5\nFörändringar av nämndernas ramar ... 7\n"
        "Investeringsbudget ... 8\nBalansbudget ... 9\nFinansiella nyckeltal ... 10\n"
        "Nämndernas uppdrag ... 11")
    d.h2("Kommunstyrelsens ordförande har ordet")
    d.p("Hjo står inför en period där fler barn ska gå i våra förskolor och fler äldre behöver "
        "stöd från äldreomsorgen. Samtidigt växer skatteintäkterna långsammare än kostnaderna. "
        "Budgeten för 2025 ger ett resultat på 11,3 miljoner kronor, vilket motsvarar 1,8 procent "
        "av skatteintäkter och generella statsbidrag. Det är i linje med kommunens finansiella mål "
        "om ett resultat på minst 1,5 procent.")
    d.p("Vi prioriterar barn och unga. Barn- och utbildningsnämnden får ett utökat ramanslag med "
        "10,1 miljoner kronor och socialnämndens ram ökar med 10,5 miljoner kronor. Samtidigt "
        "ställer vi krav på effektiviseringar om totalt 4,2 miljoner kronor fördelat på "
        "kommunstyrelsen, barn- och utbildningsnämnden och socialnämnden.")
    d.p("Den största investeringen under planperioden är den nya förskolan i Knäpplan som "
        "beräknas kosta 45,0 miljoner kronor och stå klar hösten 2026. I Hamnparken bygger vi en "
        "ny lekplats för 4,7 miljoner kronor.")
    d.p("Skattesatsen lämnas oförändrad på 21,91 kronor per hundralapp.")
    d.p("Anna-Karin Lindqvist (C), kommunstyrelsens ordförande")

    # p3
    d.add_page()
    d.h2("Omvärld och förutsättningar")
    d.p("Svensk ekonomi har under 2024 präglats av låg tillväxt och en arbetsmarknad som "
        "försvagats. Inflationen har sjunkit tillbaka och Riksbanken har sänkt styrräntan vid "
        "flera tillfällen. Sveriges Kommuner och Regioner (SKR) bedömer i sin prognos från "
        "oktober 2024 att skatteunderlaget växer med 4,4 procent 2025.")
    d.p("Budgeten bygger på att Hjo kommun har 9 210 invånare den 1 november 2024, vilket är "
        "oförändrat jämfört med året innan. Antalet invånare över 80 år väntas öka med omkring "
        "40 personer per år under planperioden.")
    d.p("Skatteintäkterna beräknas till 487,3 miljoner kronor 2025 och de generella "
        "statsbidragen och utjämningen till 152,9 miljoner kronor. Tillsammans ökar skatter och "
        "bidrag med 26,5 miljoner kronor jämfört med prognosen för 2024.")
    d.h2("Prognos för 2024")
    d.p("Enligt delårsrapporten per augusti prognostiseras årets resultat 2024 till 6,1 miljoner "
        "kronor. Socialnämnden prognostiserar ett underskott på -14,3 miljoner kronor för 2024, "
        "främst till följd av ökade kostnader för placeringar av barn och unga och inhyrd "
        "personal inom äldreomsorgen. Barn- och utbildningsnämnden prognostiserar ett överskott "
        "på 2,6 miljoner kronor.")
    d.h2("Finansiella mål")
    d.bullets([
        "Årets resultat ska uppgå till minst 1,5 procent av skatteintäkter och generella statsbidrag.",
        "Självfinansieringsgraden av investeringarna ska över planperioden vara minst 70 procent.",
        "Soliditeten enligt balansräkningen ska inte understiga 45 procent.",
    ])

    # p4 result budget
    d.add_page()
    d.h2("Resultatbudget")
    d.p("Resultatbudgeten visar kommunens intäkter och kostnader för budgetåret och planåren. "
        "Verksamhetens nettokostnader ökar med 3,3 procent mellan prognosen för 2024 och "
        "budgeten för 2025.")
    d.caption("Tabell 1. Resultatbudget 2025 och plan 2026–2027", "Belopp i mnkr")
    d.table(["", "Not", "Bokslut\n2023", "Prognos\n2024", "Budget\n2025", "Plan\n2026", "Plan\n2027"],
            rr_rows(), [58, 10, 20.4, 20.4, 20.4, 20.4, 20.4], style="lines")
    ROWS["rr"] = rr_rows()
    d.source("Noter till resultatbudgeten finns i bilaga 1.")
    d.p("Avskrivningarna ökar med 2,2 miljoner kronor 2025 som en följd av höga investeringar, "
        "främst i VA-ledningar och förskolor. De finansiella kostnaderna ökar eftersom "
        "låneskulden växer.")

    # p5-6 drift
    d.add_page()
    d.h2("Driftbudget per nämnd")
    d.p("Tabellen visar nämndernas nettokostnader, det vill säga kostnader minus intäkter som "
        "avgifter och riktade statsbidrag. Ramarna för 2025 har räknats upp med 3,2 procent för "
        "löne- och prisökningar.")
    hdr = ["Nämnd/verksamhet", "Budget\n2024", "Budget\n2025", "Förändring\ntkr", "Förändring\n%"]
    w = [70, 25, 25, 25, 25]
    d._indent = True
    d.caption("Tabell 2. Driftbudget per nämnd, nettokostnad", "Belopp i tkr")
    part1 = drift_rows({"Kommunstyrelsen", "Barn- och utbildningsnämnden"})
    d.table(hdr, part1, w, style="grid")
    d.p("Kommunstyrelsens ökning förklaras främst av högre kostnader för IT-licenser och "
        "räddningstjänst. Inom barn- och utbildningsnämnden minskar vuxenutbildningen eftersom "
        "färre elever väntas läsa svenska för invandrare.")
    d.add_page()
    d.caption("Tabell 2 (forts.). Driftbudget per nämnd, nettokostnad", "Belopp i tkr")
    part2 = drift_rows({"Socialnämnden", "Övriga nämnder"}) + drift_tail()
    d.table(hdr, part2, w, style="grid")
    d._indent = False
    ROWS["drift"] = part1 + part2
    d.p("Valnämndens budget halveras 2025 eftersom inga allmänna val hålls under året. "
        "Finansförvaltningen omfattar bland annat pensionskostnader, internränta och "
        "en central reserv på 3,0 miljoner kronor för oförutsedda kostnader.")

    # p7 ram changes
    d.add_page()
    d.h2("Förändringar av nämndernas ramar")
    d.p("Nämndernas ramar för 2025 utgår från ramarna för 2024. Till dessa läggs kompensation "
        "för löne- och prisökningar och för förändrade volymer, exempelvis fler elever eller "
        "fler brukare. Effektiviseringarna redovisas inom parentes.")
    rr, tot = ram_rows()
    ROWS["ram"] = rr
    d.caption("Tabell 3. Ramförändringar per nämnd 2024–2025", "Belopp i tkr")
    d.table(["Nämnd", "Ram\n2024", "Löne- och\nprisuppräkning", "Volym-\nförändring",
             "Effektivi-\nseringar", "Ram\n2025"], rr, [55, 21, 27, 23, 22, 22], style="zebra")
    d.p("Volymförändringen för socialnämnden avser i huvudsak fler brukare inom hemtjänsten "
        "och ett nytt gruppboende enligt LSS. För övriga nämnder är volymförändringen negativ "
        "eftersom kostnaden för val försvinner.")

    # p8 investments
    d.add_page()
    d.h2("Investeringsbudget")
    d.p(f"Investeringarna uppgår till {num(INV_SUM[0])} miljoner kronor 2025. Under hela "
        f"planperioden 2025–2027 planeras investeringar för {num(sum(INV_SUM))} miljoner kronor. "
        "Investeringar i VA-verksamheten finansieras av VA-taxan.")
    ROWS["inv"] = inv_rows()
    d.caption("Tabell 4. Investeringsbudget 2025–2027", "Belopp i mnkr")
    d.table(["Projekt", "Budget\n2025", "Plan\n2026", "Plan\n2027", "Totalt\n2025–2027"],
            ROWS["inv"], [70, 25, 25, 25, 25], style="lines")
    d.p("Förskolan i Knäpplan ersätter två äldre förskolor och ger plats för 120 barn. "
        "Beläggningsprogrammet för gator fortsätter i samma takt som tidigare år.")

    # p9 balance
    d.add_page()
    d.h2("Balansbudget")
    ROWS["bal"] = bal_rows()
    d.caption("Tabell 5. Balansbudget", "Belopp i mnkr")
    d.table(["", "Not", "Bokslut\n2023-12-31", "Prognos\n2024-12-31", "Budget\n2025-12-31"],
            ROWS["bal"], [78, 12, 26.6, 26.6, 26.6], style="grid")
    d.p("Låneskulden beräknas öka med 30 miljoner kronor under 2025 för att finansiera "
        "investeringarna. Likviditeten minskar samtidigt till följd av att investeringarna "
        "delvis finansieras med egna medel.")

    # p10 key ratios
    d.add_page()
    d.h2("Finansiella nyckeltal")
    ROWS["nyck"] = nyck_rows()
    d.caption("Tabell 6. Finansiella nyckeltal", "Procent")
    d.table(["Nyckeltal", "Bokslut\n2023", "Prognos\n2024", "Budget\n2025", "Plan\n2026"],
            ROWS["nyck"], [78, 23, 23, 23, 23], style="zebra")
    d.p("Nettokostnadsandelen visar hur stor del av skatteintäkter och generella statsbidrag som "
        "går åt till den löpande verksamheten inklusive finansnetto. En andel under 100 procent "
        "innebär ett positivt resultat.")

    # p11 committees
    d.add_page()
    d.h2("Nämndernas uppdrag 2025")
    d.p("Kommunstyrelsen ska under 2025 ta fram en ny översiktsplan och genomföra en "
        "översyn av kommunens lokaler. Kommunstyrelsen ansvarar också för arbetet med "
        "energieffektivisering i kommunens fastigheter.")
    d.p("Barn- och utbildningsnämnden ska öka andelen elever i årskurs 9 som är behöriga till "
        "gymnasiet. År 2024 var andelen 84 procent och målet för 2025 är 88 procent.")
    d.p("Socialnämnden ska minska kostnaderna för inhyrd personal med 2,5 miljoner kronor "
        "jämfört med 2024 och ta fram en plan för fler platser i särskilt boende.")
    d.p("Miljö- och byggnadsnämnden ska korta handläggningstiden för bygglov till i genomsnitt "
        "högst fyra veckor.")
    return d.save(path)
