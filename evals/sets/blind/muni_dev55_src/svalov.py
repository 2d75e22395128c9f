"""Svalövs kommun: documents for the dev-muni55 corpus."""
import os

import docx
import openpyxl
from docx.shared import Pt

from common import Doc, fmt, r1, normalize_zip, HTML_TEMPLATE

INV_2025 = 14480  # invånare used for kr per invånare in budget 2025

# ---------------------------------------------------------------- Resultatbudget (mnkr)
# columns: Bokslut 2023, Prognos 2024, Budget 2025, Plan 2026, Plan 2027
RB = {
    "int": [182.4, 176.0, 179.5, 183.1, 186.8],
    "kost": [-1012.6, -1049.8, -1078.3, -1104.9, -1131.2],
    "avskr": [-38.7, -41.2, -44.6, -47.9, -50.3],
    "skatt": [672.3, 701.5, 731.8, 757.4, 784.0],
    "gsb": [228.6, 240.1, 244.2, 250.6, 255.3],
    "finint": [6.1, 5.4, 4.8, 4.8, 4.9],
    "finkost": [-12.8, -15.3, -17.6, -19.8, -21.5],
}
N = 5
RB["netto"] = [r1(RB["int"][i] + RB["kost"][i] + RB["avskr"][i]) for i in range(N)]
RB["vres"] = [r1(RB["netto"][i] + RB["skatt"][i] + RB["gsb"][i]) for i in range(N)]
RB["res"] = [r1(RB["vres"][i] + RB["finint"][i] + RB["finkost"][i]) for i in range(N)]
RB["pct"] = [r1(100 * RB["res"][i] / (RB["skatt"][i] + RB["gsb"][i])) for i in range(N)]

# ---------------------------------------------------------------- Driftbudget per nämnd (mnkr)
NAMNDER = [
    ("Kommunfullmäktige och revision", 4.1, 4.3),
    ("Kommunstyrelsen", 98.6, 102.9),
    ("Bildningsnämnden", 412.7, 428.4),
    ("Socialnämnden", 338.2, 352.6),
    ("Samhällsbyggnadsnämnden", 52.9, 54.1),
    ("Överförmyndarnämnden", 2.6, 2.8),
]
SUM_N24 = r1(sum(n[1] for n in NAMNDER))
SUM_N25 = r1(sum(n[2] for n in NAMNDER))
FIN24 = 3.4
FIN25 = r1(-RB["netto"][2] - SUM_N25)
TOT24 = r1(SUM_N24 + FIN24)
TOT25 = r1(-RB["netto"][2])

# Ramar tkr (landscape page): Budget 2024, Budget 2025, Plan 2026, Plan 2027, effektivisering 2025
RAMAR = [
    ("Kommunfullmäktige och revision", 4100, 4300, 4400, 4500, 0),
    ("Kommunstyrelsen", 98600, 102900, 105100, 107300, -1400),
    ("Bildningsnämnden", 412700, 428400, 439600, 450900, -3200),
    ("Socialnämnden", 338200, 352600, 363500, 374800, -3800),
    ("Samhällsbyggnadsnämnden", 52900, 54100, 55300, 56400, -1200),
    ("Överförmyndarnämnden", 2600, 2800, 2900, 3000, 0),
]

# ---------------------------------------------------------------- Investeringsbudget (tkr)
INVEST = [
    ("Kommunstyrelsen", [
        ("IT-investeringar och digitalisering", 3500, 3000, 3000),
        ("Inventarier kommunhuset", 800, 500, 500),
        ("Bredbandsutbyggnad landsbygd", 2200, 1500, 0),
    ]),
    ("Bildningsnämnden", [
        ("Ny förskola Teckomatorp", 28500, 14000, 0),
        ("Ombyggnad Herrevadsskolan", 18000, 22000, 9500),
        ("Skolgårdar och utemiljö", 2500, 2500, 2500),
        ("Inventarier skolor och förskolor", 3000, 2500, 2500),
    ]),
    ("Socialnämnden", [
        ("Nytt särskilt boende Kågeröd", 5000, 30000, 45000),
        ("Välfärdsteknik", 1800, 1500, 1500),
        ("Inventarier vård och omsorg", 900, 900, 900),
    ]),
    ("Samhällsbyggnadsnämnden", [
        ("Beläggningsunderhåll gator och vägar", 9000, 9000, 9500),
        ("Gång- och cykelväg Svalöv–Röstånga", 12500, 4000, 0),
        ("Belysning och trafiksäkerhet", 2800, 2000, 2000),
        ("Parker och lekplatser", 1700, 1500, 1500),
        ("Reinvesteringar fastigheter", 14000, 12000, 12000),
        ("Exploatering Norra Svalöv", 6000, 2000, 3000),
    ]),
    ("Vatten och avlopp (taxefinansierat)", [
        ("Ledningsnät och pumpstationer", 8500, 5500, 4000),
        ("Vattenverk Billeberga", 2500, 1500, 1000),
    ]),
]
INV_TOT = [sum(p[k] for _, ps in INVEST for p in ps) for k in (1, 2, 3)]

# ---------------------------------------------------------------- Balansbudget (mnkr)
BB = {
    "imm": [2.1, 1.8, 1.5, 1.2, 0.9],
    "mat": [812.4, 889.6, 968.0, 1031.5, 1076.2],
    "fin": [46.3, 46.3, 46.3, 46.3, 46.3],
    "oms": [168.9, 142.5, 128.0, 121.4, 118.7],
    "avs": [38.4, 40.1, 41.9, 43.6, 45.2],
    "kfs": [205.0, 198.0, 202.0, 206.0, 210.0],
}
EK = [402.6]
for i in range(1, N):
    EK.append(r1(EK[-1] + RB["res"][i]))
BB["ek"] = EK
BB["sat"] = [r1(BB["imm"][i] + BB["mat"][i] + BB["fin"][i]) for i in range(N)]
BB["tot"] = [r1(BB["sat"][i] + BB["oms"][i]) for i in range(N)]
BB["lfs"] = [r1(BB["tot"][i] - BB["ek"][i] - BB["avs"][i] - BB["kfs"][i]) for i in range(N)]
BB["sol"] = [r1(100 * BB["ek"][i] / BB["tot"][i]) for i in range(N)]

# ---------------------------------------------------------------- Årsredovisning 2023
# Resultaträkning: Budget 2023, Utfall 2023, Utfall 2022
AR = {
    "int": [170.0, RB["int"][0], 175.1],
    "kost": [-1000.2, RB["kost"][0], -962.4],
    "avskr": [-40.5, RB["avskr"][0], -36.2],
    "skatt": [662.0, RB["skatt"][0], 641.7],
    "gsb": [226.4, RB["gsb"][0], 210.0],
    "finint": [4.0, RB["finint"][0], 2.9],
    "finkost": [-8.2, RB["finkost"][0], -9.7],
}
AR["netto"] = [r1(AR["int"][i] + AR["kost"][i] + AR["avskr"][i]) for i in range(3)]
AR["vres"] = [r1(AR["netto"][i] + AR["skatt"][i] + AR["gsb"][i]) for i in range(3)]
AR["res"] = [r1(AR["vres"][i] + AR["finint"][i] + AR["finkost"][i]) for i in range(3)]
assert AR["res"][1] == RB["res"][0] and AR["res"][2] == 21.4, AR["res"]

AR_NAMND = [  # Budget 2023, Utfall 2023
    ("Kommunfullmäktige och revision", 3.9, 3.7),
    ("Kommunstyrelsen", 94.2, 91.8),
    ("Bildningsnämnden", 396.0, 400.6),
    ("Socialnämnden", 321.5, 329.4),
    ("Samhällsbyggnadsnämnden", 50.8, 49.3),
    ("Överförmyndarnämnden", 2.4, 2.5),
]
AR_SUM_B = r1(sum(x[1] for x in AR_NAMND))
AR_SUM_U = r1(sum(x[2] for x in AR_NAMND))
AR_FIN_B = r1(-AR["netto"][0] - AR_SUM_B)
AR_FIN_U = r1(-AR["netto"][1] - AR_SUM_U)

FEMAR_YEARS = [2019, 2020, 2021, 2022, 2023]
POP = {2018: 14021, 2019: 14098, 2020: 14201, 2021: 14287, 2022: 14356, 2023: 14412, 2024: 14463}
FEMAR = [
    ("Antal invånare 31 december", [POP[y] for y in FEMAR_YEARS], 0),
    ("Skattesats kommunen, kr", [22.24, 22.24, 22.24, 22.14, 22.14], 2),
    ("Årets resultat, mnkr", [18.2, 31.6, 42.9, 21.4, RB["res"][0]], 1),
    ("Resultat i % av skatter och statsbidrag", [2.3, 3.9, 5.1, 2.5, RB["pct"][0]], 1),
    ("Nettoinvesteringar, mnkr", [58.4, 71.2, 66.0, 94.7, 102.3], 1),
    ("Soliditet, %", [41.8, 42.0, 41.5, 40.2, BB["sol"][0]], 1),
    ("Antal tillsvidareanställda", [1098, 1115, 1127, 1139, 1142], 0),
]

# ---------------------------------------------------------------- befolkning (xlsx)
BEF = {  # year: (födda, döda, inflyttade)
    2019: (151, 139, 812),
    2020: (158, 147, 835),
    2021: (149, 141, 790),
    2022: (143, 152, 801),
    2023: (152, 149, 768),
    2024: (147, 144, 779),
}

CHAIR = "Ann-Sofie Lindberg (M)"
RH_BUDGET = "Svalövs kommun – Mål och budget 2025 med plan 2026–2027"


def rb_rows(cols, neg="endash"):
    def f(key, i):
        return fmt(RB[key][i], 1, neg)
    rows = []
    spec = [
        ("row", "Verksamhetens intäkter", "1", "int"),
        ("row", "Verksamhetens kostnader", "2", "kost"),
        ("row", "Avskrivningar", "", "avskr"),
        ("sum", "Verksamhetens nettokostnader", "", "netto"),
        ("row", "Skatteintäkter", "3", "skatt"),
        ("row", "Generella statsbidrag och utjämning", "4", "gsb"),
        ("sum", "Verksamhetens resultat", "", "vres"),
        ("row", "Finansiella intäkter", "", "finint"),
        ("row", "Finansiella kostnader", "5", "finkost"),
        ("sum", "Resultat efter finansiella poster", "", "res"),
        ("sum", "Årets resultat", "", "res"),
    ]
    for kind, label, note, key in spec:
        rows.append((kind, [label, note] + [f(key, i) for i in cols]))
    rows.append(("row", ["Resultat i % av skatter och statsbidrag", ""] + [fmt(RB["pct"][i], 1) + " %" for i in cols]))
    return rows


def budget_pdf(path):
    pdf = Doc(RH_BUDGET)
    # --- cover
    pdf.add_page()
    pdf.set_y(70)
    pdf.set_font("DejaVu", "B", 26)
    pdf.multi_cell(0, 12, "Mål och budget 2025\nmed plan för 2026–2027", align="C")
    pdf.ln(8)
    pdf.set_font("DejaVu", "", 14)
    pdf.multi_cell(0, 8, "Svalövs kommun", align="C")
    pdf.ln(40)
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(0, 6, "Antagen av kommunfullmäktige 2024-11-25, § 142\nDiarienummer KS 2024/318", align="C")

    # --- innehåll
    pdf.add_page()
    pdf.h1("Innehåll")
    pdf.set_font("DejaVu", "", 10)
    for t, p in [("Förord", 3), ("Omvärld och befolkning", 4), ("Mål för god ekonomisk hushållning", 5),
                 ("Resultatbudget", 6), ("Balansbudget", 7), ("Kassaflödesbudget", 8),
                 ("Driftbudget per nämnd", 9), ("Effektiviseringar och satsningar", 10),
                 ("Investeringsbudget", 11), ("Nämndernas ramar 2024–2027", 13), ("Noter och ordlista", 14)]:
        pdf.cell(150, 6, t)
        pdf.cell(0, 6, str(p), align="R")
        pdf.ln(6)

    # --- förord
    pdf.add_page()
    pdf.h1("Förord")
    pdf.para("Svalövs kommun står inför ett år med fortsatt höga kostnader för pensioner, livsmedel och energi, "
             "samtidigt som skatteintäkterna växer långsammare än under de senaste åren. Trots det lägger vi fram "
             "en budget som klarar kommunens finansiella mål och som värnar kärnverksamheterna.")
    pdf.para("Skattesatsen lämnas oförändrad på 22,14 kronor för 2025.")
    pdf.para("Budgeten ger ett resultat på 19,8 miljoner kronor 2025, vilket motsvarar 2,0 procent av skatter och "
             "generella statsbidrag. För att nå dit genomför nämnderna effektiviseringar om sammanlagt 9,6 miljoner "
             "kronor. Samtidigt avsätts en central reserv för oförutsedda kostnader på 4,5 miljoner kronor som "
             "kommunstyrelsen disponerar.")
    pdf.para("Vi satsar också på barn och unga. Bildningsnämnden får 700 000 kronor extra för sommarlovsaktiviteter "
             "och feriejobb, och byggandet av den nya förskolan i Teckomatorp startar under våren 2025.")
    pdf.para("Investeringsnivån är fortsatt hög. Under planperioden investerar kommunen i skolor, förskolor, "
             "ett nytt särskilt boende i Kågeröd och en gång- och cykelväg mellan Svalöv och Röstånga.")
    pdf.ln(4)
    pdf.para("Svalöv i november 2024")
    pdf.para("Ann-Sofie Lindberg (M)\nKommunstyrelsens ordförande")

    # --- omvärld
    pdf.add_page()
    pdf.h1("Omvärld och befolkning")
    pdf.h2("Samhällsekonomin")
    pdf.para("Sveriges Kommuner och Regioner (SKR) bedömer i oktoberprognosen att skatteunderlaget växer med "
             "3,4 procent 2025 och 3,6 procent 2026. Inflationen har fallit tillbaka men kostnadsnivån ligger kvar "
             "på en högre nivå än före 2022. Pensionskostnaderna ökar kraftigt 2025 som en följd av det nya "
             "pensionsavtalet.")
    pdf.h2("Befolkning")
    pdf.para("Den 31 december 2023 hade Svalövs kommun 14 412 invånare. Budgeten bygger på ett antagande om "
             "14 480 invånare i november 2024, vilket är det invånarantal som skatteintäkterna för 2025 beräknas "
             "på. Befolkningsökningen drivs främst av inflyttning till Svalövs tätort och Teckomatorp.")
    pdf.para("Andelen invånare över 80 år ökar med omkring 4 procent per år, vilket ställer krav på fler platser "
             "i särskilt boende under andra halvan av planperioden.")
    pdf.h2("Arbetsmarknad")
    pdf.para("Den öppna arbetslösheten i kommunen var 6,8 procent i september 2024, något lägre än i Skåne som "
             "helhet.")

    # --- mål
    pdf.add_page()
    pdf.h1("Mål för god ekonomisk hushållning")
    pdf.h2("Finansiella mål")
    pdf.bullets([
        "Årets resultat ska uppgå till minst 2,0 procent av skatteintäkter och generella statsbidrag.",
        "Investeringarna ska till minst 70 procent finansieras med egna medel under planperioden.",
        "Soliditeten inklusive pensionsförpliktelser ska inte sjunka under 20 procent.",
        "Nämnderna ska bedriva sin verksamhet inom tilldelad budgetram.",
    ])
    pdf.h2("Verksamhetsmål")
    pdf.para("Kommunfullmäktige har antagit tolv verksamhetsmål för mandatperioden. Några av målen för 2025:")
    pdf.bullets([
        "Andelen elever i årskurs 9 som är behöriga till gymnasiets yrkesprogram ska öka till minst 85 procent.",
        "Väntetiden till förskoleplats ska inte överstiga fyra månader.",
        "Minst 90 procent av brukarna i hemtjänsten ska vara nöjda med sin hemtjänst.",
        "Sjukfrånvaron bland kommunens anställda ska sänkas till högst 7,0 procent.",
        "Handläggningstiden för bygglov ska vara högst sju veckor.",
    ])

    # --- resultatbudget
    pdf.add_page()
    pdf.h1("Resultatbudget")
    w = [62, 10, 20, 20, 20, 19, 19]
    hdr = [["", "", "Bokslut", "Prognos", "Budget", "Plan", "Plan"],
           ["", "Not", "2023", "2024", "2025", "2026", "2027"]]
    pdf.table(hdr, rb_rows(range(5)), w, caption="Tabell 1. Resultatbudget", unit="Belopp i mnkr",
              notes=["Not 1–5, se avsnittet Noter och ordlista.",
                     "Prognos 2024 avser prognosen i delårsrapporten per augusti 2024."])
    pdf.para("Resultatet för 2025 beräknas till 19,8 mnkr. Verksamhetens nettokostnader ökar med 3,1 procent "
             "jämfört med prognosen för 2024, medan skatteintäkter och generella statsbidrag ökar med 3,7 procent.")

    # --- balansbudget
    pdf.add_page()
    pdf.h1("Balansbudget")
    f = lambda k: [fmt(BB[k][i], 1) for i in range(5)]
    rows = [
        ("sec", ["Tillgångar"]),
        ("row", ["Immateriella anläggningstillgångar"] + f("imm")),
        ("row", ["Materiella anläggningstillgångar"] + f("mat")),
        ("row", ["Finansiella anläggningstillgångar"] + f("fin")),
        ("sum", ["Summa anläggningstillgångar"] + f("sat")),
        ("row", ["Omsättningstillgångar"] + f("oms")),
        ("sum", ["Summa tillgångar"] + f("tot")),
        ("sec", ["Eget kapital, avsättningar och skulder"]),
        ("row", ["Eget kapital"] + f("ek")),
        ("row", ["  varav årets resultat"] + [fmt(RB["res"][i], 1) for i in range(5)]),
        ("row", ["Avsättningar"] + f("avs")),
        ("row", ["Långfristiga skulder"] + f("lfs")),
        ("row", ["Kortfristiga skulder"] + f("kfs")),
        ("sum", ["Summa eget kapital, avsättningar och skulder"] + f("tot")),
        ("row", ["Soliditet, %"] + f("sol")),
    ]
    pdf.table([["", "Bokslut", "Prognos", "Budget", "Plan", "Plan"],
               ["", "2023", "2024", "2025", "2026", "2027"]],
              rows, [82, 18, 18, 18, 17, 17], caption="Tabell 2. Balansbudget", unit="Belopp i mnkr")
    pdf.para("Den långfristiga låneskulden ökar under planperioden eftersom investeringarna inte fullt ut kan "
             "finansieras med egna medel. Soliditeten beräknas sjunka något under perioden.")

    # --- kassaflöde
    pdf.add_page()
    pdf.h1("Kassaflödesbudget")
    res = RB["res"][2:5]
    avs = RB["avskr"][2:5]
    just_av = [-a for a in avs]
    just_as = [1.8, 1.7, 1.6]
    fore = [r1(res[i] + just_av[i] + just_as[i]) for i in range(3)]
    rorelse = [10.5, 2.6, 1.3]
    lop = [r1(fore[i] + rorelse[i]) for i in range(3)]
    inv = [-r1(t / 1000) for t in INV_TOT]
    sale = [2.0, 0.0, 0.0]
    invv = [r1(inv[i] + sale[i]) for i in range(3)]
    lan = [60.0, 50.0, 30.0]
    amort = [-10.0, -10.0, -12.0]
    finv = [r1(lan[i] + amort[i]) for i in range(3)]
    kf = [r1(lop[i] + invv[i] + finv[i]) for i in range(3)]
    lm0 = [48.0]
    for i in range(3):
        lm0.append(r1(lm0[-1] + kf[i]))
    g = lambda xs: [fmt(x, 1, "endash") for x in xs]
    rows = [
        ("sec", ["Den löpande verksamheten"]),
        ("row", ["Årets resultat"] + g(res)),
        ("row", ["Justering för avskrivningar"] + g(just_av)),
        ("row", ["Justering för avsättningar"] + g(just_as)),
        ("sum", ["Medel från verksamheten före förändring av rörelsekapital"] + g(fore)),
        ("row", ["Förändring av rörelsekapital"] + g(rorelse)),
        ("sum", ["Kassaflöde från den löpande verksamheten"] + g(lop)),
        ("sec", ["Investeringsverksamheten"]),
        ("row", ["Investering i materiella anläggningstillgångar"] + g(inv)),
        ("row", ["Försäljning av anläggningstillgångar"] + g(sale)),
        ("sum", ["Kassaflöde från investeringsverksamheten"] + g(invv)),
        ("sec", ["Finansieringsverksamheten"]),
        ("row", ["Nyupptagna lån"] + g(lan)),
        ("row", ["Amortering av skuld"] + g(amort)),
        ("sum", ["Kassaflöde från finansieringsverksamheten"] + g(finv)),
        ("sum", ["Årets kassaflöde"] + g(kf)),
        ("row", ["Likvida medel vid årets början"] + g(lm0[0:3])),
        ("row", ["Likvida medel vid årets slut"] + g(lm0[1:4])),
    ]
    pdf.table([["", "Budget", "Plan", "Plan"], ["", "2025", "2026", "2027"]], rows, [100, 23, 23, 23],
              caption="Tabell 3. Kassaflödesbudget", unit="Belopp i mnkr")

    # --- driftbudget per nämnd
    pdf.add_page()
    pdf.h1("Driftbudget per nämnd")
    pdf.para("Tabellen visar nämndernas nettokostnader (budgetramar) för 2025 jämfört med budget 2024. "
             "Kolumnen längst till höger anger nettokostnaden i kronor per invånare, beräknat på 14 480 invånare.")
    rows = []
    for name, b24, b25 in NAMNDER:
        rows.append(("row", [name, fmt(b24), fmt(b25), fmt(r1(b25 - b24), 1, "endash"),
                             fmt(100 * (b25 - b24) / b24, 1) + " %", fmt(round(b25 * 1e6 / INV_2025), 0)]))
    rows.append(("sum", ["Summa nämnder", fmt(SUM_N24), fmt(SUM_N25), fmt(r1(SUM_N25 - SUM_N24)),
                         fmt(100 * (SUM_N25 - SUM_N24) / SUM_N24, 1) + " %", fmt(round(SUM_N25 * 1e6 / INV_2025), 0)]))
    rows.append(("row", ["Finansförvaltning och gemensamt¹", fmt(FIN24, 1, "endash"), fmt(FIN25, 1, "endash"),
                         fmt(r1(FIN25 - FIN24), 1, "endash"), "", ""]))
    rows.append(("sum", ["Verksamhetens nettokostnader", fmt(TOT24), fmt(TOT25), fmt(r1(TOT25 - TOT24)),
                         fmt(100 * (TOT25 - TOT24) / TOT24, 1) + " %", fmt(round(TOT25 * 1e6 / INV_2025), 0)]))
    pdf.table([["", "Budget", "Budget", "Förändring", "Förändring", "kr per inv."],
               ["Nämnd", "2024", "2025", "mnkr", "%", "2025"]], rows, [62, 19, 19, 22, 22, 26],
              caption="Tabell 4. Driftbudget per nämnd, nettokostnad", unit="Belopp i mnkr där inget annat anges",
              notes=["¹ Inkluderar kapitalkostnadsintäkter från nämnderna, pensioner och central reserv för "
                     "oförutsedda kostnader."])
    pdf.para("Socialnämnden får den största ökningen i kronor räknat. Ökningen förklaras av fler brukare inom "
             "hemtjänsten och högre kostnader för placeringar av barn och unga.")

    # --- effektiviseringar
    pdf.add_page()
    pdf.h1("Effektiviseringar och satsningar")
    pdf.para("För att nå resultatmålet ska nämnderna genomföra effektiviseringar om sammanlagt 9,6 miljoner kronor "
             "under 2025. Effektiviseringarna fördelas enligt följande:")
    pdf.bullets([
        "Socialnämnden ska effektivisera med 3,8 miljoner kronor, främst genom minskade kostnader för inhyrd "
        "personal och färre externa placeringar.",
        "Bildningsnämnden ska effektivisera med 3,2 miljoner kronor genom en översyn av skolskjutsar och "
        "samordning av förskoleenheter.",
        "Kommunstyrelsen ska effektivisera med 1,4 miljoner kronor, bland annat genom att två vakanta tjänster "
        "inom administrationen inte återbesätts.",
        "Samhällsbyggnadsnämnden ska effektivisera med 1,2 miljoner kronor genom minskad energianvändning i "
        "kommunens fastigheter.",
    ])
    pdf.h2("Satsningar")
    pdf.para("Samtidigt genomförs riktade satsningar. Bildningsnämnden får 700 000 kronor för sommarlovsaktiviteter "
             "och feriejobb. Socialnämnden tillförs 2,3 miljoner kronor för att öppna ett nytt korttidsboende. "
             "Kommunstyrelsen får 450 000 kronor för att utveckla kommunens e-tjänster.")

    # --- investeringsbudget (spans page break)
    pdf.add_page()
    pdf.h1("Investeringsbudget")
    pdf.para("Investeringsbudgeten för 2025 uppgår till totalt " + fmt(INV_TOT[0] / 1000, 1) +
             " miljoner kronor. De största projekten är den nya förskolan i Teckomatorp och ombyggnaden av "
             "Herrevadsskolan. Nytt särskilt boende i Kågeröd planeras under 2025 och byggs 2026–2027.")
    rows = []
    for sec, projs in INVEST:
        rows.append(("sec", [sec]))
        s = [0, 0, 0]
        for name, a, b, c in projs:
            rows.append(("row", [name, fmt(a, 0), fmt(b, 0), fmt(c, 0), fmt(a + b + c, 0)]))
            s = [s[0] + a, s[1] + b, s[2] + c]
        short = "Summa VA" if sec.startswith("Vatten") else "Summa " + sec
        rows.append(("sum", [short, fmt(s[0], 0), fmt(s[1], 0), fmt(s[2], 0), fmt(sum(s), 0)]))
    rows.append(("sum", ["Totalt investeringar", fmt(INV_TOT[0], 0), fmt(INV_TOT[1], 0), fmt(INV_TOT[2], 0),
                         fmt(sum(INV_TOT), 0)]))
    pdf.set_y(150)
    pdf.table([["", "Budget", "Plan", "Plan", "Summa"], ["Projekt", "2025", "2026", "2027", "2025–2027"]],
              rows, [80, 22, 22, 22, 24], caption="Tabell 5. Investeringsbudget 2025–2027",
              unit="Belopp i tkr", size=8.5, rowh=5.6,
              notes=["Projekt inom vatten och avlopp finansieras med VA-taxan och påverkar inte skattekollektivet."])

    # --- landscape ramar
    pdf.add_page(orientation="L")
    pdf.h1("Nämndernas ramar 2024–2027")
    rows = []
    for name, b24, b25, p26, p27, eff in RAMAR:
        rows.append(("row", [name, fmt(b24, 0), fmt(b25, 0), fmt(p26, 0), fmt(p27, 0), fmt(b25 - b24, 0),
                             fmt(eff, 0, "endash") if eff else "0"]))
    tots = [sum(r[k] for r in RAMAR) for k in range(1, 6)]
    rows.append(("sum", ["Summa nämnder", fmt(tots[0], 0), fmt(tots[1], 0), fmt(tots[2], 0), fmt(tots[3], 0),
                         fmt(tots[1] - tots[0], 0), fmt(tots[4], 0, "endash")]))
    pdf.table([["", "Budget", "Budget", "Plan", "Plan", "Förändring", "varav effektivisering"],
               ["Nämnd", "2024", "2025", "2026", "2027", "2024–2025", "2025"]],
              rows, [80, 27, 27, 27, 27, 34, 40], caption="Tabell 6. Nämndernas ramar", unit="Belopp i tkr",
              notes=["Ramarna för 2026 och 2027 är preliminära och fastställs i samband med budget 2026."])

    # --- noter
    pdf.add_page(orientation="P")
    pdf.h1("Noter och ordlista")
    pdf.para("Not 1. Verksamhetens intäkter består av taxor och avgifter, hyror, riktade statsbidrag och "
             "försäljning av verksamhet.")
    pdf.para("Not 2. I verksamhetens kostnader ingår personalkostnader om 712,4 mnkr 2025.")
    pdf.para("Not 3. Skatteintäkterna bygger på SKR:s skatteunderlagsprognos från oktober 2024 och en "
             "oförändrad skattesats.")
    pdf.para("Not 4. Generella statsbidrag och utjämning inkluderar inkomstutjämning, kostnadsutjämning, "
             "LSS-utjämning och fastighetsavgift.")
    pdf.para("Not 5. Finansiella kostnader avser räntor på lån samt ränta på pensionsavsättningen. "
             "Budgeten bygger på en genomsnittlig upplåningsränta på 3,1 procent.")
    pdf.h2("Ordlista")
    pdf.para("Soliditet: eget kapital i förhållande till totala tillgångar. Visar kommunens långsiktiga "
             "betalningsstyrka.")
    pdf.para("Nettokostnad: kostnader minus intäkter för en verksamhet.")
    pdf.output(path)


def ar_pdf(path):
    pdf = Doc("Svalövs kommun – Årsredovisning 2023")
    pdf.add_page()
    pdf.set_y(80)
    pdf.set_font("DejaVu", "B", 28)
    pdf.multi_cell(0, 12, "Årsredovisning 2023", align="C")
    pdf.set_font("DejaVu", "", 14)
    pdf.ln(6)
    pdf.multi_cell(0, 8, "Svalövs kommun", align="C")
    pdf.ln(30)
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(0, 6, "Godkänd av kommunfullmäktige 2024-04-22, § 48", align="C")

    pdf.add_page()
    pdf.h1("Kommunstyrelsens ordförande har ordet")
    pdf.para("2023 blev ett år då hög inflation och stigande räntor satte press på kommunens ekonomi. Trots det "
             "kan vi redovisa ett resultat som är bättre än budget.")
    pdf.para("Årets resultat blev 25,3 miljoner kronor, vilket är 11,8 miljoner kronor bättre än budget.")
    pdf.para("Det goda resultatet beror främst på högre skatteintäkter än beräknat och på att kommunstyrelsen och "
             "samhällsbyggnadsnämnden höll sina budgetar med marginal. Socialnämnden och bildningsnämnden redovisar "
             "dock underskott, och där krävs fortsatt arbete för att få balans.")
    pdf.para("Under året invigdes den nya sporthallen i Kågeröd och vi påbörjade ombyggnaden av Herrevadsskolan.")
    pdf.para("Ann-Sofie Lindberg (M)\nKommunstyrelsens ordförande")

    pdf.add_page()
    pdf.h1("Fem år i sammandrag")
    rows = []
    for label, vals, dec in FEMAR:
        rows.append(("row", [label] + [fmt(v, dec) for v in vals]))
    pdf.table([["Nyckeltal", "2019", "2020", "2021", "2022", "2023"]], rows, [70, 20, 20, 20, 20, 20],
              caption="Tabell 1. Fem år i sammandrag")
    pdf.h2("Måluppfyllelse")
    pdf.para("Av kommunfullmäktiges 12 verksamhetsmål uppfylldes 7, 3 uppfylldes delvis och 2 uppfylldes inte. "
             "Samtliga finansiella mål uppfylldes 2023.")
    pdf.h2("Personal")
    pdf.para("Antalet tillsvidareanställda var 1 142 vid årets slut. Sjukfrånvaron uppgick till 7,8 procent, "
             "en minskning från 8,4 procent året innan.")

    pdf.add_page()
    pdf.h1("Resultaträkning")
    spec = [
        ("row", "Verksamhetens intäkter", "1", "int"),
        ("row", "Verksamhetens kostnader", "2", "kost"),
        ("row", "Avskrivningar", "3", "avskr"),
        ("sum", "Verksamhetens nettokostnader", "", "netto"),
        ("row", "Skatteintäkter", "4", "skatt"),
        ("row", "Generella statsbidrag och utjämning", "5", "gsb"),
        ("sum", "Verksamhetens resultat", "", "vres"),
        ("row", "Finansiella intäkter", "6", "finint"),
        ("row", "Finansiella kostnader", "7", "finkost"),
        ("sum", "Årets resultat", "", "res"),
    ]
    rows = []
    for kind, label, note, key in spec:
        v = AR[key]
        rows.append((kind, [label, note, fmt(v[0]), fmt(v[1]), fmt(v[2]), fmt(r1(v[1] - v[0]))]))
    pdf.table([["", "", "Budget", "Utfall", "Utfall", "Avvikelse"],
               ["Mnkr", "Not", "2023", "2023", "2022", "mot budget"]],
              rows, [62, 10, 22, 22, 22, 26], caption="Resultaträkning")
    pdf.para("Skatteintäkterna blev 10,3 miljoner kronor högre än budgeterat, främst till följd av en positiv "
             "slutavräkning för 2023.")

    pdf.add_page()
    pdf.h1("Nämndernas driftredovisning")
    rows = []
    for name, b, u in AR_NAMND:
        rows.append(("row", [name, fmt(b), fmt(u), fmt(r1(b - u))]))
    rows.append(("sum", ["Summa nämnder", fmt(AR_SUM_B), fmt(AR_SUM_U), fmt(r1(AR_SUM_B - AR_SUM_U))]))
    rows.append(("row", ["Finansförvaltning", fmt(AR_FIN_B), fmt(AR_FIN_U), fmt(r1(AR_FIN_B - AR_FIN_U))]))
    rows.append(("sum", ["Verksamhetens nettokostnader", fmt(-AR["netto"][0]), fmt(-AR["netto"][1]),
                         fmt(r1(AR["netto"][1] - AR["netto"][0]))]))
    pdf.table([["", "Budget", "Utfall", "Avvikelse"], ["Nämnd", "2023", "2023", "2023"]], rows,
              [80, 25, 25, 25], caption="Nettokostnad per nämnd", unit="Belopp i mnkr. Positiv avvikelse = överskott.")
    pdf.para("Socialnämnden redovisar ett underskott på 7,9 miljoner kronor. Underskottet beror på ökade kostnader "
             "för externa placeringar inom individ- och familjeomsorgen och för inhyrda sjuksköterskor.")
    pdf.para("Bildningsnämnden redovisar ett underskott på 4,6 miljoner kronor, främst inom grundskolan där "
             "antalet elever i behov av särskilt stöd har ökat.")

    pdf.add_page()
    pdf.h1("Investeringar")
    pdf.para("Nettoinvesteringarna uppgick till 102,3 miljoner kronor mot budgeterade 131,0 miljoner kronor. "
             "Avvikelsen beror främst på att ombyggnaden av Herrevadsskolan startade senare än planerat.")
    rows = [
        ("row", ["Sporthall Kågeröd", "24,6", "25,0", "0,4"]),
        ("row", ["Ombyggnad Herrevadsskolan", "11,2", "26,0", "14,8"]),
        ("row", ["Beläggningsunderhåll gator och vägar", "8,7", "9,0", "0,3"]),
        ("row", ["Reinvesteringar fastigheter", "13,9", "15,0", "1,1"]),
        ("row", ["VA-ledningar Billeberga", "16,4", "18,5", "2,1"]),
        ("row", ["Övriga projekt", "27,5", "37,5", "10,0"]),
        ("sum", ["Summa nettoinvesteringar", "102,3", "131,0", "28,7"]),
    ]
    pdf.table([["", "Utfall", "Budget", "Avvikelse"], ["Projekt", "2023", "2023", "2023"]], rows,
              [80, 25, 25, 25], caption="Större investeringar 2023", unit="Belopp i mnkr")
    pdf.add_page()
    pdf.h1("Balansräkning")
    rows = [
        ("sec", ["Tillgångar"]),
        ("row", ["Anläggningstillgångar", "8", fmt(BB["sat"][0]), "788,5"]),
        ("row", ["Omsättningstillgångar", "9", fmt(BB["oms"][0]), "151,2"]),
        ("sum", ["Summa tillgångar", "", fmt(BB["tot"][0]), "939,7"]),
        ("sec", ["Eget kapital, avsättningar och skulder"]),
        ("row", ["Eget kapital", "10", fmt(BB["ek"][0]), "377,3"]),
        ("row", ["Avsättningar", "11", fmt(BB["avs"][0]), "36,9"]),
        ("row", ["Långfristiga skulder", "12", fmt(BB["lfs"][0]), "331,4"]),
        ("row", ["Kortfristiga skulder", "13", fmt(BB["kfs"][0]), "194,1"]),
        ("sum", ["Summa eget kapital, avsättningar och skulder", "", fmt(BB["tot"][0]), "939,7"]),
    ]
    pdf.table([["Mnkr", "Not", "2023-12-31", "2022-12-31"]], rows, [90, 12, 28, 28], caption="Balansräkning")
    pdf.output(path)


def html(path):
    rows = [
        ("Förskola och skola", "Bildningsnämnden", 45, 428.4),
        ("Vård och omsorg", "Socialnämnden", 37, 352.6),
        ("Kommunledning, kultur och fritid", "Kommunstyrelsen", 11, 102.9),
        ("Gator, parker och miljö", "Samhällsbyggnadsnämnden", 6, 54.1),
        ("Politik, revision och överförmyndare", "Kommunfullmäktige m.fl.", 1, 7.1),
    ]
    trs = "\n".join(
        f"      <tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{fmt(d)}</td></tr>" for a, b, c, d in rows)
    body = f"""<h1>Så används din skatt</h1>
<p class="meta">Publicerad 2025-01-15 · Senast uppdaterad 2025-02-03</p>
<p class="lead">Varje hundralapp du betalar i kommunalskatt till Svalövs kommun fördelas mellan kommunens verksamheter. Här ser du hur pengarna används enligt budget 2025.</p>
<p>Kommunalskatten i Svalöv är 22,14 kronor per intjänad hundralapp 2025. Till det kommer skatten till Region Skåne.</p>
<p>Av varje hundralapp i skatt går 45 kronor till förskola och skola.</p>
<table class="table">
  <caption>Så fördelas 100 kronor i skatt, budget 2025</caption>
  <thead>
    <tr><th>Verksamhet</th><th>Ansvarig nämnd</th><th>Kronor av 100 kr</th><th>Budget 2025, mnkr</th></tr>
  </thead>
  <tbody>
{trs}
  </tbody>
</table>
<p>Beloppen avser nämndernas nettokostnader. Kommunens största enskilda verksamhet är grundskolan, som kostar omkring 212 miljoner kronor per år.</p>
<h2>Vill du veta mer?</h2>
<p>Läs hela dokumentet Mål och budget 2025 med plan 2026–2027 under Styrdokument. Har du frågor om kommunens ekonomi kan du kontakta ekonomichef Karin Mårtensson via kommunens kontaktcenter.</p>"""
    nav = "\n".join(f'      <li><a href="/{s}">{t}</a></li>' for s, t in [
        ("barn-och-utbildning", "Barn och utbildning"), ("omsorg-och-stod", "Omsorg och stöd"),
        ("bygga-bo-och-miljo", "Bygga, bo och miljö"), ("kultur-och-fritid", "Kultur och fritid"),
        ("naringsliv-och-arbete", "Näringsliv och arbete"), ("kommun-och-politik", "Kommun och politik")])
    footer = """  <p><strong>Svalövs kommun</strong>, 268 80 Svalöv. Besöksadress: Herrevadsgatan 10, Svalöv</p>
  <p>Telefon: 0418-47 50 00 · E-post: kommunen@svalov.se · Organisationsnummer: 212000-0993</p>
  <p><a href="/om-webbplatsen/tillganglighetsredogorelse">Tillgänglighetsredogörelse</a> · <a href="/om-webbplatsen/kakor">Kakor</a> · <a href="/om-webbplatsen/personuppgifter">Behandling av personuppgifter</a></p>"""
    crumbs = '<a href="/">Start</a> › <a href="/kommun-och-politik">Kommun och politik</a> › <a href="/kommun-och-politik/ekonomi">Ekonomi</a> › Så används din skatt'
    out = HTML_TEMPLATE.format(title="Så används din skatt", site="Svalövs kommun", nav=nav, crumbs=crumbs,
                               body=body, footer=footer)
    with open(path, "w", encoding="utf-8") as f:
        f.write(out)


def _p(d, text, bold=False, size=None):
    p = d.add_paragraph()
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    return p


def _table(d, rows):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, c in enumerate(r):
            t.cell(i, j).text = c
    return t


def protokoll(path):
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Kommunledningskontoret"
    cp.title = "Protokoll kommunstyrelsen 2024-10-28"
    _p(d, "SAMMANTRÄDESPROTOKOLL", bold=True, size=14)
    _p(d, "Kommunstyrelsen, Svalövs kommun")
    _p(d, "Sammanträdesdatum: 2024-10-28")
    _p(d, "Plats och tid: Kommunhuset, Svalöv, kl. 13.00–16.45")
    _p(d, "Beslutande: Ann-Sofie Lindberg (M), ordförande; Per Ohlsson (S), 1:e vice ordförande; Jan Gustavsson (SD), "
          "2:e vice ordförande; Malin Axelsson (C); Ingrid Bengtsson (KD); Tomas Wendel (S); Lena Roos (L); "
          "Erik Sjöholm (SD); Sara Nyberg (M); Hanna Persson (S); Mikael Åkesson (SD)")
    _p(d, "Övriga närvarande: Johan Ekberg, kommundirektör; Karin Mårtensson, ekonomichef; Lisa Holm, nämndsekreterare")
    _p(d, "Justerare: Per Ohlsson (S)")

    _p(d, "§ 160 Val av justerare", bold=True)
    _p(d, "Kommunstyrelsen beslutar att utse Per Ohlsson (S) att jämte ordföranden justera dagens protokoll.")

    _p(d, "§ 161 Mål och budget 2025 med plan för 2026–2027", bold=True)
    _p(d, "Dnr KS 2024/318")
    _p(d, "Ärendebeskrivning: Ekonomiavdelningen har tagit fram ett förslag till mål och budget 2025 med plan för "
          "2026–2027. Förslaget innebär en oförändrad skattesats och effektiviseringar om 9,6 miljoner kronor.")
    _p(d, "Tabell: Föreslagna ramar och effektiviseringar 2025 (tkr)", bold=True)
    rows = [["Nämnd", "Ram 2025", "varav effektivisering"]]
    for name, b24, b25, p26, p27, eff in RAMAR:
        rows.append([name, fmt(b25, 0), fmt(eff, 0) if eff else "0"])
    rows.append(["Summa", fmt(sum(r[2] for r in RAMAR), 0), fmt(sum(r[5] for r in RAMAR), 0)])
    _table(d, rows)
    _p(d, "Yrkanden: Per Ohlsson (S) yrkar bifall till Socialdemokraternas budgetförslag, som innebär en höjning av "
          "skattesatsen med 20 öre. Ordföranden yrkar bifall till arbetsutskottets förslag.")
    _p(d, "Omröstning: Omröstning begärs och verkställs. Med 8 röster för arbetsutskottets förslag mot 3 röster för "
          "Socialdemokraternas förslag beslutar kommunstyrelsen enligt arbetsutskottets förslag.")
    _p(d, "Beslut: Kommunstyrelsen föreslår kommunfullmäktige att fastställa skattesatsen för 2025 till 22,14 kronor "
          "per skattekrona, att anta mål och budget 2025 med plan för 2026–2027 samt att ge kommunstyrelsen rätt att "
          "under 2025 nyupplåna 60 miljoner kronor.")
    _p(d, "Reservation: Per Ohlsson (S), Tomas Wendel (S) och Hanna Persson (S) reserverar sig mot beslutet till "
          "förmån för eget förslag.")

    _p(d, "§ 162 Investeringsbeslut – ny förskola i Teckomatorp", bold=True)
    _p(d, "Dnr KS 2024/277")
    _p(d, "Ärendebeskrivning: Förskolan planeras för sex avdelningar och 120 barn. Byggstart planeras till april "
          "2025 och förskolan beräknas kunna tas i bruk i augusti 2026. Den befintliga förskolan Ängen, med 54 "
          "platser, avvecklas när den nya förskolan är klar.")
    _p(d, "Tabell: Kostnadskalkyl ny förskola Teckomatorp (tkr)", bold=True)
    _table(d, [["Post", "Belopp"],
               ["Byggentreprenad", "34 800"],
               ["Projektering och byggledning", "2 900"],
               ["Markarbeten och utemiljö", "3 100"],
               ["Inventarier", "1 700"],
               ["Summa", "42 500"]])
    _p(d, "Beslut: Kommunstyrelsen beslutar att godkänna investeringen i en ny förskola i Teckomatorp med en total "
          "budget om 42 500 tkr, fördelat på 28 500 tkr år 2025 och 14 000 tkr år 2026.")
    _p(d, "Reservation: Jan Gustavsson (SD), Erik Sjöholm (SD) och Mikael Åkesson (SD) reserverar sig skriftligen "
          "mot beslutet, med motiveringen att en renovering av förskolan Ängen hade varit billigare.")

    _p(d, "§ 163 Revidering av plan- och bygglovstaxa", bold=True)
    _p(d, "Dnr KS 2024/291")
    _p(d, "Ärendebeskrivning: Samhällsbyggnadsnämnden föreslår att timtaxan för bygglov höjs från 1 240 kronor till "
          "1 320 kronor per timme från den 1 januari 2025.")
    _p(d, "Beslut: Kommunstyrelsen beslutar att återremittera ärendet till samhällsbyggnadsnämnden för en "
          "jämförelse med taxorna i grannkommunerna.")

    _p(d, "§ 164 Anmälan av delegationsbeslut", bold=True)
    _p(d, "Beslut: Kommunstyrelsen beslutar att lägga redovisningen av delegationsbeslut för perioden "
          "2024-09-01–2024-09-30 till handlingarna.")
    _p(d, "Vid protokollet: Lisa Holm")
    _p(d, "Ordförande: Ann-Sofie Lindberg      Justerare: Per Ohlsson")
    d.save(path)
    normalize_zip(path)


def xlsx(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Befolkning"
    ws.append(["Befolkningsutveckling i Svalövs kommun 2019–2024"])
    ws.append(["Antal personer. Folkmängd per den 31 december. Källa: SCB"])
    ws.append(["År", "Folkmängd", "Födda", "Döda", "Inflyttade", "Utflyttade", "Födelseöverskott", "Flyttnetto"])
    for y in range(2019, 2025):
        born, dead, inn = BEF[y]
        out = POP[y - 1] + born - dead + inn - POP[y]
        ws.append([y, POP[y], born, dead, inn, out, born - dead, inn - out])
    ws.append([])
    ws.append(["Folkmängden 2024 är preliminär."])
    ws2 = wb.create_sheet("Åldersgrupper 2024")
    ws2.append(["Befolkning efter åldersgrupp, Svalövs kommun, 31 december 2024"])
    ws2.append(["Antal personer respektive procent"])
    ws2.append(["Åldersgrupp", "Antal", "Andel, %"])
    groups = [("0–5 år", 1012), ("6–15 år", 1842), ("16–19 år", 698), ("20–64 år", 7902), ("65–79 år", 2211),
              ("80 år och äldre", 798)]
    tot = sum(g[1] for g in groups)
    assert tot == POP[2024]
    for name, n in groups:
        ws2.append([name, n, round(100 * n / tot, 1)])
        ws2.cell(ws2.max_row, 3).number_format = "0.0"
    ws2.append(["Totalt", tot, 100])
    for w in (ws, ws2):
        w.column_dimensions["A"].width = 22
    wb.properties.creator = "Svalövs kommun"
    wb.properties.lastModifiedBy = "Svalövs kommun"
    wb.save(path)
    normalize_zip(path)


PRESS = """# Svalövs kommun redovisar överskott för 2024

*Pressmeddelande, Svalövs kommun, 2025-03-12*

Svalövs kommun redovisar ett resultat på 21,9 miljoner kronor för 2024. Det är 5,2 miljoner kronor bättre än den prognos som lämnades i delårsrapporten i augusti. Resultatet motsvarar 2,3 procent av skatteintäkter och generella statsbidrag.

– Vi har ett resultat som klarar vårt finansiella mål, men marginalerna är små. Socialnämndens underskott visar att vi måste fortsätta arbetet med att få kostnaderna under kontroll, säger Ann-Sofie Lindberg (M), kommunstyrelsens ordförande.

## Socialnämnden går back

Socialnämnden redovisar ett underskott på 6,4 miljoner kronor, vilket är en förbättring jämfört med 2023. Bildningsnämnden redovisar ett litet överskott på 0,8 miljoner kronor.

## Investeringar

Nettoinvesteringarna för 2024 uppgick till 88,6 miljoner kronor. Bland de större projekten finns ombyggnaden av Herrevadsskolan och nya VA-ledningar i Billeberga.

## Fler invånare

Den 31 december 2024 hade Svalövs kommun 14 463 invånare, en ökning med 51 personer under året.

Årsredovisningen behandlas av kommunstyrelsen den 24 mars och av kommunfullmäktige den 28 april 2025.

**Kontakt:**
Karin Mårtensson, ekonomichef, 0418-47 51 20
Ann-Sofie Lindberg (M), kommunstyrelsens ordförande, 0418-47 50 10
"""


def build(outdir):
    os.makedirs(outdir, exist_ok=True)
    budget_pdf(os.path.join(outdir, "mal-och-budget-2025-plan-2026-2027.pdf"))
    ar_pdf(os.path.join(outdir, "arsredovisning-2023.pdf"))
    html(os.path.join(outdir, "sa-anvands-din-skatt.html"))
    protokoll(os.path.join(outdir, "protokoll-kommunstyrelsen-2024-10-28.docx"))
    xlsx(os.path.join(outdir, "befolkningsstatistik-2019-2024.xlsx"))
    with open(os.path.join(outdir, "pressmeddelande-2025-03-12-bokslut-2024.md"), "w", encoding="utf-8") as f:
        f.write(PRESS)
