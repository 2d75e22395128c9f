"""Ljusdals kommun: six documents."""
import os
from pdfkit import Doc, fmt
from officekit import normalize_zip, fix_docx_props, fix_xlsx_props

ORG = "Ljusdals kommun"
r = lambda x: round(x + 1e-9, 1)

# Resultatbudget mnkr: Budget 2025, Plan 2026, Plan 2027
RB = {
    "int": [312.5, 318.4, 324.9],
    "kost": [-1601.8, -1650.2, -1699.0],
    "avskr": [-48.7, -51.2, -53.0],
    "skatt": [905.0, 934.6, 965.8],
    "bidrag": [452.3, 466.1, 480.2],
    "finint": [3.1, 3.0, 2.9],
    "finkost": [-8.6, -9.4, -10.1],
}
RB["vnk"] = [r(a + b + c) for a, b, c in zip(RB["int"], RB["kost"], RB["avskr"])]
RB["sb"] = [r(a + b) for a, b in zip(RB["skatt"], RB["bidrag"])]
RB["vres"] = [r(a + b) for a, b in zip(RB["vnk"], RB["sb"])]
RB["fin"] = [r(a + b) for a, b in zip(RB["finint"], RB["finkost"])]
RB["res"] = [r(a + b) for a, b in zip(RB["vres"], RB["fin"])]
RB["pct"] = [round(100 * a / b, 1) for a, b in zip(RB["res"], RB["sb"])]

# Ram bridge tkr: Ram 2024, Löner och priser, Volym, Effektivisering -> Ram 2025 ; plus plan 2026, 2027
RAM = [
    ("Kommunfullmäktige och revision", 9820, 290, 0, 0, "", ""),
    ("Kommunstyrelsen", 168400, 5050, 1200, -2100, "1", "Inkl. räddningstjänst och gatuverksamhet"),
    ("Utbildningsnämnden", 512300, 15370, -3800, -6400, "2", "Minskat elevantal i grundskolan"),
    ("Omsorgsnämnden", 398600, 11960, 12500, -4900, "3", "Fler brukare i hemtjänsten"),
    ("Socialnämnden", 131200, 3940, 4000, -1600, "4", "Placeringar barn och unga"),
    ("Kultur- och fritidsnämnden", 41700, 1250, 0, -500, "", ""),
    ("Miljö- och byggnadsnämnden", 12900, 390, 0, -200, "", ""),
    ("Överförmyndarnämnden", 3150, 90, 0, 0, "", "Samverkan med Hudiksvall"),
]
RAM25 = {n: a + b + c + d for n, a, b, c, d, _, _ in RAM}
GROW = {"Kommunfullmäktige och revision": (1.029, 1.028), "Kommunstyrelsen": (1.027, 1.026),
        "Utbildningsnämnden": (1.024, 1.025), "Omsorgsnämnden": (1.038, 1.036),
        "Socialnämnden": (1.030, 1.029), "Kultur- och fritidsnämnden": (1.026, 1.026),
        "Miljö- och byggnadsnämnden": (1.027, 1.027), "Överförmyndarnämnden": (1.028, 1.028)}
PLAN = {}
for n, *_ in RAM:
    p26 = int(round(RAM25[n] * GROW[n][0], -1))
    p27 = int(round(p26 * GROW[n][1], -1))
    PLAN[n] = [RAM25[n], p26, p27]
TOT24 = sum(x[1] for x in RAM)
TOT = [sum(PLAN[n][i] for n in PLAN) for i in range(3)]
VNK_TKR = [int(round(-v * 1000)) for v in RB["vnk"]]
FINANS = [VNK_TKR[i] - TOT[i] for i in range(3)]

# Investeringar tkr: (nämnd, projekt, total utgift, 2025, 2026, 2027, kommentar)
INV = [
    ("KS", "Ny brandstation Ljusdal", 51500, 18000, 22000, 0, "Start 2024, klar 2026"),
    ("KS", "Gator, vägar och belysning", None, 7500, 7500, 7500, "Årlig ram"),
    ("KS", "IT och digitalisering", None, 4000, 4000, 4000, "Årlig ram"),
    ("UN", "Om- och tillbyggnad Färila skola", 42000, 24000, 10000, 0, "Åk F–6, 60 fler platser"),
    ("UN", "Inventarier skolor och förskolor", None, 3000, 3000, 3000, "Årlig ram"),
    ("ON", "Ombyggnad Gärdegårdens äldreboende", 30000, 9000, 15000, 6000, "12 nya platser"),
    ("ON", "Välfärdsteknik", None, 2500, 1500, 1500, ""),
    ("KFN", "Upprustning Ljusdals simhall", 6000, 6000, 0, 0, "Ny reningsanläggning"),
    ("KFN", "Skidspår och elljusspår", None, 700, 700, 700, ""),
]
INV_TOT = [sum(x[i] for x in INV) for i in (3, 4, 5)]


def m(v):  # mnkr, negatives in parentheses
    return fmt(v, 1, paren=True)


def t(v, paren=True):
    return fmt(v, 0, paren=paren)


# ---------------------------------------------------------------- budget PDF
def budget_pdf(path):
    d = Doc("Mål och budget 2025 med plan för 2026–2027", ORG, serif=True)
    d.set_title("Mål och budget 2025, plan 2026–2027")
    d.set_author(ORG)
    d.add_page()
    d.ln(45)
    d.set_font("Body", "", 13)
    d.multi_cell(0, 7, "LJUSDALS KOMMUN")
    d.ln(3)
    d.set_font("Body", "B", 26)
    d.multi_cell(0, 12, "Mål och budget 2025")
    d.set_font("Body", "", 16)
    d.multi_cell(0, 9, "med plan för 2026–2027")
    d.ln(25)
    d.set_font("Body", "", 10)
    d.multi_cell(0, 5, "Beslutad av kommunfullmäktige 2024-11-25, § 201\nDnr 2024/0788")

    d.add_page()
    d.h1("Innehåll")
    d.set_font("Body", "", 10.5)
    for name, pg in [("1. Inledning", 3), ("2. Omvärld och förutsättningar", 4), ("3. Mål", 5),
                     ("4. Resultatbudget", 6), ("5. Kassaflödesbudget", 7), ("6. Driftbudget", 8),
                     ("7. Investeringsbudget", 9), ("8. Personal", 10), ("9. Nämndernas uppdrag 2025", 11),
                     ("Bilaga 1. Kommunstyrelsens budget per verksamhet", 12)]:
        d.cell(150, 6.5, name)
        d.cell(0, 6.5, str(pg), align="R", new_x="LMARGIN", new_y="NEXT")

    d.add_page()
    d.h1("1. Inledning")
    d.h2("1.1 Kommunstyrelsens ordförande har ordet")
    d.p("Ljusdals kommun står inför stora utmaningar. Vi blir färre i arbetsför ålder och fler äldre, samtidigt "
        "som vi är en till ytan mycket stor kommun med långa avstånd. Det kräver att vi tänker nytt och "
        "samverkar – med näringslivet, föreningslivet och våra grannkommuner.")
    d.p("Skattesatsen för 2025 lämnas oförändrad på 22,84 kronor. Budgeten ger ett resultat på 13,8 miljoner "
        "kronor, vilket motsvarar 1,0 procent av skatteintäkter och generella statsbidrag och når precis "
        "upp till det finansiella målet. Nämnderna får kompensation för löne- och prisökningar men ska "
        "samtidigt effektivisera verksamheten med sammanlagt 15,7 miljoner kronor.")
    d.p("Vi prioriterar äldreomsorgen, där behoven växer snabbast, och det förebyggande arbetet för barn och "
        "unga. Socialnämnden får 3,2 miljoner kronor extra för att bygga upp öppenvårdsinsatser i egen regi "
        "och minska dyra externa placeringar. Till sommarlovsaktiviteter för barn och unga avsätts "
        "700 000 kronor.")
    d.p("Karin Hedlund (C)\nKommunstyrelsens ordförande", style="I")
    d.h2("1.2 Läsanvisning")
    d.p("Belopp anges i miljoner kronor (mnkr) i de finansiella rapporterna och i tusental kronor (tkr) i "
        "driftbudgeten och investeringsbudgeten. Negativa belopp anges inom parentes.")

    d.add_page()
    d.h1("2. Omvärld och förutsättningar")
    d.p("Den 31 december 2023 hade Ljusdals kommun 18 912 invånare, vilket är 86 färre än ett år tidigare. "
        "Budgeten utgår från att befolkningen minskar till 18 850 invånare under 2025. Antalet invånare över "
        "80 år ökar med omkring 110 personer per år.")
    d.p("Skatteintäkter och generella statsbidrag beräknas enligt SKR:s prognos från den 3 oktober 2024. "
        "Inkomstutjämningen är kommunens största enskilda statsbidrag och beräknas till 298,6 miljoner "
        "kronor 2025.")
    d.h2("2.1 Nyckeltal över tid")
    ny = [
        ("2021", "Utfall", "19 131", "22,84", "41,2", "3,4", "61,7", "395"),
        ("2022", "Utfall", "18 998", "22,84", "22,6", "1,8", "88,4", "420"),
        ("2023", "Utfall", "18 912", "22,84", "4,9", "0,4", "97,1", "455"),
        ("2024", "Budget", "18 880", "22,84", "10,5", "0,8", "92,0", "495"),
        ("2025", "Budget", "18 850", "22,84", fmt(RB["res"][0], 1), fmt(RB["pct"][0], 1), fmt(INV_TOT[0] / 1000, 1), "540"),
        ("2026", "Plan", "18 820", "22,84", fmt(RB["res"][1], 1), fmt(RB["pct"][1], 1), fmt(INV_TOT[1] / 1000, 1), "575"),
        ("2027", "Plan", "18 800", "22,84", fmt(RB["res"][2], 1), fmt(RB["pct"][2], 1), fmt(INV_TOT[2] / 1000, 1), "580"),
    ]
    d.table([14, 18, 22, 22, 26, 20, 28, 20],
            [["År", "Typ", "Invånare", "Skattesats", "Resultat", "Resultat", "Nettoinvest.", "Låneskuld"],
             ["", "", "31 dec", "kr", "mnkr", "% av SB", "mnkr", "mnkr"]],
            [(list(x), "") for x in ny], caption="Tabell 1. Nyckeltal 2021–2027", size=8,
            aligns=["L", "L", "R", "R", "R", "R", "R", "R"])
    d.note("SB = skatteintäkter och generella statsbidrag. Låneskuld avser kommunens långfristiga lån per 31 december.")

    d.add_page()
    d.h1("3. Mål")
    d.p("Kommunfullmäktige har beslutat om fyra inriktningsmål för mandatperioden 2023–2026. Nämnderna bryter "
        "ned målen till egna nämndmål.")
    d.bullets([
        "Ljusdal ska vara en attraktiv kommun att bo, leva och verka i.",
        "Barn och unga ska ges goda förutsättningar att lyckas i skolan.",
        "Äldre ska kunna leva ett självständigt liv med god omsorg.",
        "Kommunens ekonomi ska vara långsiktigt hållbar.",
    ])
    d.h2("3.1 Finansiella mål")
    d.bullets([
        "Resultatet ska uppgå till minst 1,0 procent av skatteintäkter och generella statsbidrag.",
        "Investeringarna ska till minst 60 procent finansieras med egna medel.",
        "Låneskulden per invånare ska inte överstiga 32 000 kronor.",
    ])
    d.p("Med en låneskuld på 540 miljoner kronor vid utgången av 2025 blir låneskulden per invånare omkring "
        "28 600 kronor.")

    # Resultatbudget: Budget och plan layout
    d.add_page()
    d.h1("4. Resultatbudget")
    rows = [
        (["Verksamhetens intäkter", "1"] + [m(v) for v in RB["int"]], ""),
        (["Verksamhetens kostnader", "2"] + [m(v) for v in RB["kost"]], ""),
        (["Avskrivningar", ""] + [m(v) for v in RB["avskr"]], ""),
        (["Verksamhetens nettokostnader", ""] + [m(v) for v in RB["vnk"]], "B"),
        (["Skatteintäkter", "3"] + [m(v) for v in RB["skatt"]], ""),
        (["Generella statsbidrag och utjämning", "4"] + [m(v) for v in RB["bidrag"]], ""),
        (["Verksamhetens resultat", ""] + [m(v) for v in RB["vres"]], "B"),
        (["Finansiella intäkter", ""] + [m(v) for v in RB["finint"]], ""),
        (["Finansiella kostnader", "5"] + [m(v) for v in RB["finkost"]], ""),
        (["Resultat efter finansiella poster", ""] + [m(v) for v in RB["res"]], "B"),
        (["Årets resultat", ""] + [m(v) for v in RB["res"]], "B"),
        (["Årets resultat i % av skatter och statsbidrag", ""] + [fmt(v, 1) for v in RB["pct"]], ""),
    ]
    d.table([78, 12, 26, 26, 26], [["mnkr", "Not", "Budget 2025", "Plan 2026", "Plan 2027"]], rows,
            caption="Tabell 2. Resultatbudget 2025–2027", aligns=["L", "C", "R", "R", "R"])
    d.note("1) Taxor, avgifter, hyror och riktade statsbidrag. 2) Personalkostnader utgör cirka 63 procent. "
           "3) Skattesats 22,84 kronor. 4) Varav inkomstutjämning 298,6 mnkr 2025. 5) Snittränta 3,1 procent.")
    d.h2("4.1 Balansbudget i sammandrag")
    bal = [
        ("Anläggningstillgångar", "1 412,6", "1 486,0", "1 519,8"),
        ("Omsättningstillgångar", "176,4", "178,0", "180,3"),
        ("Summa tillgångar", "1 589,0", "1 664,0", "1 700,1"),
        ("Eget kapital", "598,2", "609,5", "621,2"),
        ("Avsättningar", "62,8", "64,5", "66,1"),
        ("Långfristiga skulder", "540,0", "575,0", "580,0"),
        ("Kortfristiga skulder", "388,0", "415,0", "432,8"),
        ("Summa eget kapital och skulder", "1 589,0", "1 664,0", "1 700,1"),
    ]
    d.table([90, 26, 26, 26], [["mnkr", "Budget 2025", "Plan 2026", "Plan 2027"]],
            [(list(x), "B" if x[0].startswith("Summa") else "") for x in bal], caption="Tabell 3. Balansbudget")
    d.p("Soliditeten beräknas till 37,6 procent vid utgången av 2025.")

    d.add_page()
    d.h1("5. Kassaflödesbudget")
    d.p("Kassaflödesbudgeten visar hur investeringarna finansieras. Under 2025 finansieras investeringarna "
        "till 86 procent med egna medel. Nyupplåningen budgeteras till 45 miljoner kronor.")
    lop = [r(a + b + 1.4) for a, b in zip(RB["res"], [48.7, 51.2, 53.0])]
    inv = [x / 1000 for x in INV_TOT]
    upl = [45.0, 35.0, 5.0]
    rk = [-32.9, -33.5, -46.6]
    kf = [r(l - i + u + k) for l, i, u, k in zip(lop, inv, upl, rk)]
    d.table([90, 26, 26, 26], [["mnkr", "Budget 2025", "Plan 2026", "Plan 2027"]], [
        (["Årets resultat"] + [m(v) for v in RB["res"]], ""),
        (["Avskrivningar"] + [m(v) for v in [48.7, 51.2, 53.0]], ""),
        (["Förändring av avsättningar"] + [m(v) for v in [1.4, 1.4, 1.4]], ""),
        (["Kassaflöde från den löpande verksamheten"] + [m(v) for v in lop], "B"),
        (["Investeringar i materiella anläggningstillgångar"] + [m(-v) for v in inv], ""),
        (["Nyupptagna lån"] + [m(v) for v in upl], ""),
        (["Förändring av rörelsekapital m.m."] + [m(v) for v in rk], ""),
        (["Årets kassaflöde"] + [m(v) for v in kf], "B"),
    ], caption="Tabell 3b. Kassaflödesbudget")
    d.p("Kommunens likviditet bedöms vara god under hela planperioden. Checkkrediten på 50 miljoner kronor "
        "har inte behövt utnyttjas sedan 2019.")

    # Drift: ram bridge (landscape-ish wide table in portrait, condensed)
    d.add_page()
    d.h1("6. Driftbudget")
    d.p("Nämndernas ramar för 2025 har beräknats utifrån ramen för 2024, kompensation för löne- och "
        "prisökningar, förändrade volymer och effektiviseringskrav. Belopp i tkr.")
    rows = []
    for n, a, b, c, e, _, _ in RAM:
        rows.append(([n, t(a), t(b), t(c), t(e), t(RAM25[n])], ""))
    sums = [sum(x[i] for x in RAM) for i in (1, 2, 3, 4)]
    rows.append((["Summa nämnder"] + [t(v) for v in sums] + [t(TOT[0])], "B"))
    d.table([58, 22, 22, 22, 24, 22],
            [["", "Ram", "Löner och", "Volym-", "Effektivi-", "Ram"],
             ["Nämnd", "2024", "priser", "förändring", "sering", "2025"],
             ["", "tkr", "tkr", "tkr", "tkr", "tkr"]],
            rows, caption="Tabell 4. Från ram 2024 till ram 2025", size=8)
    d.p("Omsorgsnämndens ram ökar med 12,5 miljoner kronor för volymer, främst inom hemtjänsten och "
        "särskilt boende. Utbildningsnämndens volymer minskar med 3,8 miljoner kronor till följd av färre "
        "elever i grundskolan.")
    rows = []
    for n, *_rest in RAM:
        note, kom = _rest[4], _rest[5]
        rows.append(([n, note] + [t(v) for v in PLAN[n]] + [kom], ""))
    rows.append((["Summa nämnder", ""] + [t(v) for v in TOT] + [""], "B"))
    rows.append((["Finansförvaltning", "5"] + [t(v) for v in FINANS] + ["Pensioner, PO, internränta"], ""))
    rows.append((["Verksamhetens nettokostnader", ""] + [t(v) for v in VNK_TKR] + [""], "B"))
    d.table([50, 8, 20, 20, 20, 52], [["tkr", "Not", "Budget", "Plan", "Plan", "Kommentar"],
                                      ["Nämnd", "", "2025", "2026", "2027", ""]], rows,
            caption="Tabell 5. Driftbudget per nämnd 2025–2027", size=7.8,
            aligns=["L", "C", "R", "R", "R", "L"])
    d.note("Noter: 1) Kommunstyrelsen ansvarar även för räddningstjänst, gator och kommunens fastigheter. "
           "2) Förskola, grundskola, gymnasium och vuxenutbildning. 3) Äldreomsorg och funktionsstöd. "
           "4) Individ- och familjeomsorg samt arbetsmarknad. 5) Ingår inte i nämndernas ramar.")

    # Investeringar, landscape
    d.add_page(orientation="L")
    d.h1("7. Investeringsbudget")
    rows = []
    nmap = {"KS": "Kommunstyrelsen", "UN": "Utbildningsnämnden", "ON": "Omsorgsnämnden", "KFN": "Kultur- och fritidsnämnden"}
    for nm, proj, tot, a, b, c, kom in INV:
        rows.append(([proj, nmap[nm], t(tot) if tot else "–", t(a), t(b), t(c), kom], ""))
    rows.append((["Summa investeringar", "", "", t(INV_TOT[0]), t(INV_TOT[1]), t(INV_TOT[2]), ""], "B"))
    d.table([70, 48, 26, 24, 24, 24, 41],
            [["Projekt", "Nämnd", "Total utgift", "Budget", "Plan", "Plan", "Kommentar"],
             ["", "", "tkr", "2025", "2026", "2027", ""]], rows,
            caption="Tabell 6. Investeringsbudget 2025–2027 (tkr)", aligns=["L", "L", "R", "R", "R", "R", "L"])
    d.note("Vatten och avlopp hanteras av Ljusdal Vatten AB och ingår inte i kommunens investeringsbudget.")
    d.p(f"Investeringsvolymen 2025 uppgår till {fmt(INV_TOT[0] / 1000, 1)} miljoner kronor. Den nya brandstationen "
        "i Ljusdal är kommunens största investering under planperioden.")

    d.add_page(orientation="P")
    d.h1("8. Personal")
    d.p("Kommunen har omkring 1 700 tillsvidareanställda. Löneökningarna för 2025 budgeteras till 3,2 procent. "
        "Personalkostnaderna beräknas till 1 009 miljoner kronor, motsvarande 63 procent av verksamhetens "
        "kostnader.")
    d.p("Kompetensförsörjningen är den största utmaningen. Till 2030 behöver kommunen rekrytera omkring 600 "
        "medarbetare, främst undersköterskor, lärare och sjuksköterskor. Under 2025 avsätts 1,8 miljoner "
        "kronor till validering och utbildning av undersköterskor.")
    d.h2("8.1 Arbetsgivaravgifter")
    d.p("PO-pålägget för 2025 är 40,15 procent enligt SKR:s rekommendation.")

    d.add_page()
    d.h1("9. Nämndernas uppdrag 2025")
    for n, txt in [
        ("Kommunstyrelsen", "Kommunstyrelsen ska ta fram en ny lokalförsörjningsplan och utreda samordning av "
         "kommunens fordonsflotta. Bredbandsutbyggnaden på landsbygden fortsätter med stöd av 2,1 miljoner "
         "kronor i statligt bidrag."),
        ("Utbildningsnämnden", "Utbildningsnämnden ska anpassa skolorganisationen efter minskande elevkullar. "
         "Från hösten 2025 samlas högstadiet i Ljusdal på Slottegymnasiets område."),
        ("Omsorgsnämnden", "Omsorgsnämnden ska öppna 12 nya platser på Gärdegården under 2026 och införa "
         "digital tillsyn nattetid i hemtjänsten."),
        ("Socialnämnden", "Socialnämnden ska minska antalet externa placeringar genom egen öppenvård. "
         "Målet är att kostnaderna för externa placeringar ska minska med 5,0 miljoner kronor till 2026."),
        ("Kultur- och fritidsnämnden", "Nämnden ansvarar för bibliotek, fritidsgårdar och anläggningar. "
         "Simhallen håller stängt under sommaren 2025 medan reningsanläggningen byts."),
    ]:
        d.h2(n)
        d.p(txt)

    d.add_page()
    d.h1("Bilaga 1. Kommunstyrelsens budget per verksamhet")
    ks = [
        ("Kommunledningsförvaltningen", [("Kansli och nämndadministration", 18420), ("Ekonomi och upphandling", 16730),
                                         ("HR och lönecenter", 19880), ("Kommunikation och kontaktcenter", 9210)]),
        ("Samhällsservice", [("Gator, vägar och belysning", 28640), ("Räddningstjänst", 31250),
                             ("Kollektivtrafik", 17960), ("Fastighetsförvaltning (netto)", 4320)]),
        ("Näringsliv och utveckling", [("Näringslivsutveckling och turism", 8470), ("Bredband och IT", 12390),
                                       ("Arbetsmarknadsenheten", 5280)]),
    ]
    rows = []
    tot = 0
    for sect, items in ks:
        rows.append(([sect], "S"))
        st = 0
        for lab, v in items:
            rows.append(([lab, t(v)], "I"))
            st += v
        rows.append((["Summa " + sect.lower(), t(st)], "B"))
        tot += st
    assert tot == RAM25["Kommunstyrelsen"], tot
    rows.append((["Kommunstyrelsen totalt", t(tot)], "B"))
    d.table([110, 40], [["Nettokostnad", "Budget 2025"], ["Verksamhet", "tkr"]], rows,
            caption="Tabell B1. Kommunstyrelsens ram fördelad per verksamhet")
    d.output(path)


# ---------------------------------------------------------------- delårsrapport
NAMND_DELAR = [
    # nämnd, budget 2024, utfall jan-aug, prognos helår
    ("Kommunfullmäktige och revision", 9820, 6130, 9640),
    ("Kommunstyrelsen", 168400, 109870, 166900),
    ("Utbildningsnämnden", 512300, 338210, 509600),
    ("Omsorgsnämnden", 398600, 276940, 412900),
    ("Socialnämnden", 131200, 92050, 137800),
    ("Kultur- och fritidsnämnden", 41700, 27400, 41200),
    ("Miljö- och byggnadsnämnden", 12900, 7980, 12500),
    ("Överförmyndarnämnden", 3150, 2110, 3150),
]


def dash(v):
    """negatives as '– 14 300'"""
    return fmt(v, 0, neg="– ")


def delar_pdf(path):
    d = Doc("Delårsrapport januari–augusti 2024", ORG, serif=False)
    d.set_title("Delårsrapport augusti 2024")
    d.set_author(ORG)
    d.add_page()
    d.ln(50)
    d.set_font("Body", "B", 24)
    d.multi_cell(0, 11, "Delårsrapport\njanuari–augusti 2024")
    d.set_font("Body", "", 13)
    d.multi_cell(0, 8, "Ljusdals kommun")
    d.ln(20)
    d.set_font("Body", "", 10)
    d.multi_cell(0, 5, "Behandlad av kommunfullmäktige 2024-10-28, § 172")

    d.add_page()
    d.h1("Sammanfattning")
    d.p("Periodens resultat för januari–augusti uppgår till 38,7 miljoner kronor. Resultatet för perioden är "
        "normalt högre än helårsresultatet eftersom semesterlöneskulden minskar under sommaren.")
    d.p("Prognosen för helåret 2024 är ett resultat om 12,8 miljoner kronor, vilket är 2,3 miljoner kronor "
        "bättre än budget. Det förklaras främst av högre skatteintäkter och lägre räntekostnader än beräknat, "
        "medan nämnderna sammantaget prognostiserar ett underskott.")
    d.p("Omsorgsnämnden prognostiserar ett underskott om -14,3 miljoner kronor, främst på grund av ökade "
        "behov inom hemtjänsten och kostnader för bemanningssjuksköterskor. Även Socialnämnden redovisar "
        "underskott, -6,6 miljoner kronor, till följd av externa placeringar.")
    d.h2("Väsentliga händelser")
    d.bullets([
        "Bygget av den nya brandstationen i Ljusdal påbörjades i maj.",
        "Kommunen tecknade avtal med Hudiksvall om gemensam överförmyndarverksamhet från 2025.",
        "Beslut fattades om att avveckla förskolan Myran i Tallåsen vid årsskiftet.",
        "Sjukfrånvaron minskade till 7,9 procent för perioden (8,4 procent motsvarande period 2023).",
    ])

    d.add_page()
    d.h1("Ekonomisk analys")
    d.h2("Resultatprognos")
    rp = [
        ("Verksamhetens nettokostnader", "(1 292,4)", "(1 305,1)", "(12,7)"),
        ("Skatteintäkter", "873,2", "879,6", "6,4"),
        ("Generella statsbidrag och utjämning", "435,1", "443,8", "8,7"),
        ("Finansnetto", "(5,4)", "(5,5)", "(0,1)"),
        ("Årets resultat", "10,5", "12,8", "2,3"),
    ]
    d.table([80, 28, 28, 30], [["Belopp i mnkr", "Budget", "Prognos", "Avvikelse"], ["", "2024", "2024", ""]],
            [(list(x), "B" if x[0] == "Årets resultat" else "") for x in rp], caption="Tabell 1. Helårsprognos 2024")
    d.h2("Nämndernas prognoser")
    rows = []
    for n, b, u, p in NAMND_DELAR:
        rows.append(([n, dash(b), dash(u), dash(p), dash(b - p)], ""))
    sb = sum(x[1] for x in NAMND_DELAR)
    su = sum(x[2] for x in NAMND_DELAR)
    sp = sum(x[3] for x in NAMND_DELAR)
    rows.append((["Summa nämnder", dash(sb), dash(su), dash(sp), dash(sb - sp)], "B"))
    d.table([58, 26, 28, 26, 32],
            [["Nettokostnad", "Budget", "Utfall", "Prognos", "Budget-"],
             ["tkr", "helår 2024", "jan–aug 2024", "helår 2024", "avvikelse"]],
            rows, caption="Tabell 2. Nämndernas driftredovisning", size=8)
    d.note("Negativ budgetavvikelse innebär underskott mot budget.")
    d.p("Kommunstyrelsen redovisar ett överskott främst till följd av vakanta tjänster. Utbildningsnämndens "
        "överskott beror på lägre kostnader för gymnasieelever i andra kommuner.")

    d.add_page()
    d.h1("Investeringar")
    d.p("Investeringsbudgeten för 2024 uppgår till 92,0 miljoner kronor. Till och med augusti har 41,3 miljoner "
        "kronor investerats och prognosen för helåret är 78,5 miljoner kronor. Avvikelsen beror främst på att "
        "delar av brandstationsbygget och ombyggnaden av Färila skola förskjuts till 2025.")
    ir = [
        ("Ny brandstation Ljusdal", "11 500", "4 200", "5 000"),
        ("Om- och tillbyggnad Färila skola", "8 000", "1 900", "4 800"),
        ("Gator, vägar och belysning", "7 500", "4 100", "6 400"),
        ("Övriga projekt", "65 000", "31 100", "62 300"),
        ("Summa", "92 000", "41 300", "78 500"),
    ]
    d.table([80, 28, 30, 30], [["tkr", "Budget 2024", "Utfall jan–aug", "Prognos 2024"]],
            [(list(x), "B" if x[0] == "Summa" else "") for x in ir], caption="Tabell 3. Investeringar i urval")
    d.h1("Personal")
    d.p("Antalet tillsvidareanställda var 1 687 den 31 augusti 2024, en minskning med 23 jämfört med "
        "årsskiftet. Kostnaden för inhyrd personal uppgick till 9,2 miljoner kronor under perioden.")
    d.table([70, 30, 30], [["Sjukfrånvaro, %", "jan–aug 2024", "jan–aug 2023"]], [
        (["Kvinnor", "8,6", "9,2"], ""), (["Män", "5,4", "5,6"], ""), (["Totalt", "7,9", "8,4"], "B")],
        caption="Tabell 4. Sjukfrånvaro")
    d.output(path)
    return sb, sp


# ---------------------------------------------------------------- HTML
def html(path):
    doc = """<!DOCTYPE html>
<html lang="sv">
<head>
  <meta charset="utf-8">
  <title>Finansiell information – Ljusdals kommun</title>
</head>
<body>
  <div class="cookie-consent">
    <p>Ljusdals kommun använder kakor för att webbplatsen ska fungera och för besöksstatistik.</p>
    <button>Acceptera</button> <button>Neka</button> <a href="/kakor">Inställningar för kakor</a>
  </div>
  <header>
    <div class="top">Ljusdals kommun | <a href="/lattlast">Lättläst</a> | <a href="/other-languages">Other languages</a> | <a href="/sok">Sök</a></div>
    <nav>
      <a href="/">Start</a>
      <a href="/utbildning">Utbildning och förskola</a>
      <a href="/omsorg">Omsorg och hjälp</a>
      <a href="/kultur-fritid">Kultur och fritid</a>
      <a href="/kommun-politik">Kommun och politik</a>
    </nav>
  </header>
  <main>
    <nav class="breadcrumb">Start › Kommun och politik › Ekonomi › Finansiell information</nav>
    <article>
      <h1>Finansiell information</h1>
      <p class="ingress">Här hittar du en sammanfattning av Ljusdals kommuns ekonomi, med resultat och
      investeringar de senaste åren och länkar till årsredovisningar och budget.</p>
      <h2>Ekonomin i siffror</h2>
      <table class="data">
        <caption>Nyckeltal Ljusdals kommun (mnkr om inte annat anges)</caption>
        <thead>
          <tr><th>År</th><th>Årets resultat</th><th>Nettoinvesteringar</th><th>Soliditet (%)</th><th>Skattesats (kr)</th></tr>
        </thead>
        <tbody>
          <tr><td>2020</td><td>48,3</td><td>55,2</td><td>41,8</td><td>22,84</td></tr>
          <tr><td>2021</td><td>41,2</td><td>61,7</td><td>42,9</td><td>22,84</td></tr>
          <tr><td>2022</td><td>22,6</td><td>88,4</td><td>41,7</td><td>22,84</td></tr>
          <tr><td>2023</td><td>4,9</td><td>97,1</td><td>39,6</td><td>22,84</td></tr>
          <tr><td>2024 (prognos aug)</td><td>12,8</td><td>78,5</td><td>38,9</td><td>22,84</td></tr>
        </tbody>
      </table>
      <p>Resultatet för 2023 blev svagt, främst på grund av höga pensionskostnader och inflationen. Kommunens
      långfristiga låneskuld var 455 miljoner kronor vid utgången av 2023.</p>
      <h2>Kreditbetyg och borgen</h2>
      <p>Kommunen är medlem i Kommuninvest. Det samlade borgensåtagandet för de kommunala bolagen, främst
      Ljusdalshem AB och Ljusdal Vatten AB, uppgick till 612 miljoner kronor den 31 december 2023.</p>
      <h2>Dokument</h2>
      <ul>
        <li><a href="/download/mal-och-budget-2025.pdf">Mål och budget 2025 med plan 2026–2027 (pdf)</a></li>
        <li><a href="/download/delarsrapport-2024.pdf">Delårsrapport januari–augusti 2024 (pdf)</a></li>
        <li><a href="/download/arsredovisning-2023.pdf">Årsredovisning 2023 (pdf)</a></li>
      </ul>
      <p class="updated">Sidan publicerades 2023-05-10. Senast uppdaterad: 2024-11-04</p>
    </article>
    <aside>
      <h2>Kontakt</h2>
      <p>Ekonomienheten, ekonomi@ljusdal.se<br>Kontaktcenter 0651-180 00</p>
    </aside>
  </main>
  <footer>
    <p>Ljusdals kommun, 827 80 Ljusdal. Besöksadress: Riotorget 1</p>
    <p>Organisationsnummer 212000-2361</p>
    <p><a href="/om-webbplatsen">Om webbplatsen</a> · <a href="/personuppgifter">Personuppgifter</a> · <a href="/tillganglighet">Tillgänglighetsredogörelse</a></p>
  </footer>
</body>
</html>
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(doc)


# ---------------------------------------------------------------- DOCX
OMB = [
    ("Ny brandstation Ljusdal", 18000, 6500),
    ("Om- och tillbyggnad Färila skola", 24000, 3200),
    ("Gator, vägar och belysning", 7500, 1100),
    ("Välfärdsteknik", 2500, 400),
]


def protokoll_docx(path):
    from docx import Document
    from docx.shared import Pt
    doc = Document()
    fix_docx_props(doc, "Sammanträdesprotokoll kommunstyrelsen 2025-03-11", ORG)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    doc.add_paragraph("LJUSDALS KOMMUN\tSAMMANTRÄDESPROTOKOLL\tSida 1(4)")
    doc.add_paragraph("Kommunstyrelsen\tSammanträdesdatum 2025-03-11")
    doc.add_paragraph("Plats och tid: Kommunhuset, sessionssalen, kl. 08.30–12.15")
    doc.add_paragraph("Beslutande ledamöter: Karin Hedlund (C), ordförande, Anders Persson (S), Lars-Erik Nordin (M), "
                      "Maria Sundqvist (KD), Jonas Eriksson (SD), Helena Brink (S), Ove Lindgren (C), "
                      "Sofia Olsson (L), Mats Åberg (V), Emelie Strand (S), Niklas Holm (SD)")
    doc.add_paragraph("Utses att justera: Anders Persson (S)")
    doc.add_paragraph("Justeringens plats och tid: Kommunhuset 2025-03-14")

    doc.add_heading("§ 44 Godkännande av dagordning", level=2)
    doc.add_paragraph("Dagordningen godkänns.")

    doc.add_heading("§ 45 Ombudgetering av investeringsmedel från 2024 till 2025", level=2)
    doc.add_paragraph("Dnr 2025/0112")
    doc.add_paragraph("Ärendebeskrivning: Flera investeringsprojekt blev inte färdiga under 2024. Ekonomienheten "
                      "föreslår att outnyttjade medel om totalt 11 200 tkr förs över till 2025 års "
                      "investeringsbudget. Projekten och beloppen framgår av tabellen.")
    tbl = doc.add_table(rows=1, cols=4)
    tbl.style = "Table Grid"
    h = tbl.rows[0].cells
    h[0].text, h[1].text, h[2].text, h[3].text = ("Projekt", "Budget 2025 enligt MoB (tkr)",
                                                    "Ombudgetering från 2024 (tkr)", "Ny budget 2025 (tkr)")
    for p, a, b in OMB:
        c = tbl.add_row().cells
        c[0].text, c[1].text, c[2].text, c[3].text = p, fmt(a, 0), fmt(b, 0), fmt(a + b, 0)
    c = tbl.add_row().cells
    sa, sb = sum(x[1] for x in OMB), sum(x[2] for x in OMB)
    c[0].text, c[1].text, c[2].text, c[3].text = "Summa", fmt(sa, 0), fmt(sb, 0), fmt(sa + sb, 0)
    doc.add_paragraph("")
    doc.add_paragraph("Den totala investeringsbudgeten för 2025 uppgår efter ombudgeteringen till "
                      f"{fmt((INV_TOT[0] + sb), 0)} tkr.")
    doc.add_paragraph("Yrkanden: Karin Hedlund (C) yrkar bifall till förslaget. Jonas Eriksson (SD) yrkar att "
                      "ombudgeteringen för Färila skola avslås.")
    doc.add_paragraph("Beslutsgång: Ordföranden ställer proposition på förslagen och finner att kommunstyrelsen "
                      "beslutar enligt Karin Hedlunds yrkande.")
    doc.add_paragraph("Beslut: Kommunstyrelsen beslutar att ombudgetera 11 200 tkr från 2024 års "
                      "investeringsbudget till 2025 enligt tabellen.")
    doc.add_paragraph("Reservation: Jonas Eriksson (SD) och Niklas Holm (SD) reserverar sig mot beslutet till "
                      "förmån för eget yrkande.")

    doc.add_heading("§ 46 Utredning om framtida simhall", level=2)
    doc.add_paragraph("Dnr 2025/0098")
    doc.add_paragraph("Ärendebeskrivning: Ljusdals simhall byggdes 1974. Efter upprustningen 2025 bedöms "
                      "anläggningen kunna användas i ytterligare cirka tio år. En förstudie av en ny simhall "
                      "beräknas kosta 450 000 kronor.")
    doc.add_paragraph("Beslut: Kommunstyrelsen ger kommunchefen i uppdrag att genomföra en förstudie om en ny "
                      "simhall. Förstudien ska redovisas senast 2025-12-31 och finansieras inom "
                      "kommunstyrelsens ram.")

    doc.add_heading("§ 47 Taxa för bygglov 2025", level=2)
    doc.add_paragraph("Dnr 2025/0073")
    doc.add_paragraph("Beslut: Kommunstyrelsen föreslår kommunfullmäktige att höja timtaxan för miljö- och "
                      "byggnadsnämndens verksamhet från 1 180 kronor till 1 240 kronor från den 1 maj 2025.")
    doc.add_paragraph("Justerandes signatur: ____________  Utdragsbestyrkande: ____________")
    doc.save(path)
    normalize_zip(path)


# ---------------------------------------------------------------- XLSX
UN_ROWS = [
    # verksamhet, kostnader, intäkter, antal barn/elever
    ("Förskola", 131840, 14260, 720),
    ("Fritidshem", 29120, 5380, 610),
    ("Grundskola F–9", 236950, 18730, 1890),
    ("Grundsärskola", 14610, 1240, 24),
    ("Gymnasieskola (Slottegymnasiet och interkommunalt)", 118330, 16450, 612),
    ("Vuxenutbildning och SFI", 34770, 12960, 410),
    ("Nämnd och gemensam administration", 21300, 430, None),
]
ON_ROWS = [
    ("Hemtjänst", 142300, 18600),
    ("Särskilt boende", 226900, 31750),
    ("Hälso- och sjukvård", 41280, 2170),
    ("LSS och funktionsstöd", 86920, 36840),
    ("Gemensamt och administration", 11760, 1640),
]
RAM_HIST = [  # år, UN, ON, SN (tkr)
    (2021, 478900, 356200, 112400),
    (2022, 491200, 371800, 119600),
    (2023, 503100, 384300, 125900),
    (2024, 512300, 398600, 131200),
]


def budget_xlsx(path):
    from openpyxl import Workbook
    from openpyxl.styles import Font
    wb = Workbook()
    fix_xlsx_props(wb, "Budget per verksamhet 2025", ORG)
    ws = wb.active
    ws.title = "Utbildningsnämnden"
    ws.append(["Utbildningsnämnden – budget per verksamhet 2025"])
    ws["A1"].font = Font(bold=True, size=12)
    ws.append(["Belopp i tkr, antal avser budgeterat genomsnitt"])
    ws.append(["Verksamhet", "Kostnader", "Intäkter", "Nettobudget 2025", "Antal barn/elever", "Nettokostnad per barn/elev (kr)"])
    for c in ws[3]:
        c.font = Font(bold=True)
    tot = [0, 0, 0]
    for v, k, i, n in UN_ROWS:
        net = k - i
        tot[0] += k
        tot[1] += i
        tot[2] += net
        ws.append([v, k, i, net, n, int(round(net * 1000 / n, -2)) if n else None])
    ws.append(["Summa Utbildningsnämnden", tot[0], tot[1], tot[2], None, None])
    ws.cell(ws.max_row, 1).font = Font(bold=True)
    assert tot[2] == RAM25["Utbildningsnämnden"], (tot[2], RAM25["Utbildningsnämnden"])
    ws.column_dimensions["A"].width = 50

    ws2 = wb.create_sheet("Omsorgsnämnden")
    ws2.append(["Omsorgsnämnden – budget per verksamhet 2025"])
    ws2["A1"].font = Font(bold=True, size=12)
    ws2.append(["Belopp i tkr"])
    ws2.append(["Verksamhet", "Kostnader", "Intäkter", "Nettobudget 2025", "Andel av nämndens netto (%)"])
    for c in ws2[3]:
        c.font = Font(bold=True)
    nets = [k - i for _, k, i in ON_ROWS]
    stot = sum(nets)
    assert stot == RAM25["Omsorgsnämnden"], (stot, RAM25["Omsorgsnämnden"])
    for (v, k, i), net in zip(ON_ROWS, nets):
        ws2.append([v, k, i, net, round(100 * net / stot, 1)])
    ws2.append(["Summa Omsorgsnämnden", sum(x[1] for x in ON_ROWS), sum(x[2] for x in ON_ROWS), stot, 100.0])
    ws2.column_dimensions["A"].width = 36

    ws3 = wb.create_sheet("Ramar över tid")
    ws3.append(["Nämndernas ramar 2021–2025 (tkr, löpande priser)"])
    ws3["A1"].font = Font(bold=True, size=12)
    ws3.append(["Beslutad budget per år"])
    ws3.append(["År", "Utbildningsnämnden", "Omsorgsnämnden", "Socialnämnden"])
    for c in ws3[3]:
        c.font = Font(bold=True)
    for row in RAM_HIST:
        ws3.append(list(row))
    ws3.append([2025, RAM25["Utbildningsnämnden"], RAM25["Omsorgsnämnden"], RAM25["Socialnämnden"]])
    wb.save(path)
    normalize_zip(path)


def press_txt(path):
    txt = """PRESSMEDDELANDE
Ljusdals kommun 2024-11-26

Budgeten för 2025 klubbad – skatten lämnas oförändrad

Kommunfullmäktige i Ljusdal antog i går kväll Mål och budget 2025 med plan för 2026–2027. Skattesatsen
blir oförändrad, 22,84 kronor. Budgeten antogs efter votering med 27 röster mot 22.

Budgeten innebär ett resultat på 13,8 miljoner kronor för 2025. Den största förstärkningen går till
Omsorgsnämnden, som får 12,5 miljoner kronor för att möta fler brukare i hemtjänsten och inom särskilt
boende. Socialnämnden får 3,2 miljoner kronor för att bygga upp öppenvård i egen regi.

– Vi tar ansvar för ekonomin och prioriterar de äldre och barnen. Det är en stram budget, men den håller,
säger kommunstyrelsens ordförande Karin Hedlund (C).

Oppositionen, med Socialdemokraterna i spetsen, ville i stället höja skatten med 30 öre.

– Med den här budgeten får skolan skära i verksamheten igen. Vi hade velat satsa 9 miljoner kronor mer
på skolan, säger oppositionsrådet Anders Persson (S).

Under 2025 investerar kommunen för 74,7 miljoner kronor. Den nya brandstationen i Ljusdal och om- och
tillbyggnaden av Färila skola är de största projekten. Dessutom avsätts 700 000 kronor till
sommarlovsaktiviteter för barn och unga.

För mer information:
Karin Hedlund (C), kommunstyrelsens ordförande, 0651-180 10
Åsa Lindberg, ekonomichef, 0651-181 25
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(txt)


def build(outdir):
    os.makedirs(outdir, exist_ok=True)
    budget_pdf(os.path.join(outdir, "mal-och-budget-2025.pdf"))
    delar_pdf(os.path.join(outdir, "delarsrapport-augusti-2024.pdf"))
    html(os.path.join(outdir, "finansiell-information.html"))
    protokoll_docx(os.path.join(outdir, "protokoll-ks-2025-03-11.docx"))
    budget_xlsx(os.path.join(outdir, "budget-per-verksamhet-2025.xlsx"))
    press_txt(os.path.join(outdir, "pressmeddelande-budget-2025.txt"))
