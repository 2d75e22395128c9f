"""Mullsjö kommun documents."""
import os
from docx import Document
from docx.shared import Pt
import openpyxl
from openpyxl.styles import Font
from common import Doc, fmt, normalize_zip, HTML_COOKIE, FIXED

INV = 7350  # invånare 1 nov 2024
YEARS = ["Bokslut 2023", "Prognos 2024", "Budget 2025", "Plan 2026", "Plan 2027"]

# Resultatbudget (mnkr)
RB = {
    "int": [118.4, 121.0, 124.6, 127.1, 129.6],
    "kost": [-672.3, -698.5, -714.8, -732.4, -751.0],
    "avskr": [-24.6, -26.2, -28.9, -31.3, -33.0],
    "skatt": [489.2, 510.6, 531.4, 550.2, 569.8],
    "bidrag": [103.5, 109.8, 106.9, 109.0, 111.7],
    "finint": [2.1, 2.4, 2.0, 2.0, 2.0],
    "finkost": [-6.8, -8.9, -9.6, -10.2, -10.8],
}
r1 = lambda v: round(v, 1)
RB["vnk"] = [r1(a + b + c) for a, b, c in zip(RB["int"], RB["kost"], RB["avskr"])]
RB["vres"] = [r1(a + b + c) for a, b, c in zip(RB["vnk"], RB["skatt"], RB["bidrag"])]
RB["res"] = [r1(a + b + c) for a, b, c in zip(RB["vres"], RB["finint"], RB["finkost"])]

# Driftbudget per nämnd, netto mnkr: Budget 2024, Budget 2025, Plan 2026, Plan 2027
DRIFT = [
    ("Kommunstyrelsen", [62.4, 65.1, 66.3, 67.8]),
    ("Barn- och utbildningsnämnden", [248.7, 256.3, 262.0, 268.4]),
    ("Socialnämnden", [231.5, 239.8, 246.1, 252.9]),
    ("Miljö- och byggnadsnämnden", [6.2, 6.5, 6.7, 6.8]),
    ("Tekniska nämnden", [24.9, 26.0, 26.8, 27.5]),
    ("Revisionen", [1.1, 1.2, 1.2, 1.2]),
]
NAMND_SUM = [r1(sum(d[1][i] for d in DRIFT)) for i in range(4)]
# Finansförvaltning = verksamhetens nettokostnad - nämnder (2025-2027); 2024 budget set
FINF = [22.8] + [r1(-RB["vnk"][i + 2] - NAMND_SUM[i + 1]) for i in range(3)]
DRIFT_TOT = [r1(NAMND_SUM[i] + FINF[i]) for i in range(4)]

INVEST = [
    ("sec", "Kommunstyrelsen"),
    ("row", "IT-infrastruktur och digitalisering", [2500, 2000, 2000]),
    ("row", "Bredbandsutbyggnad landsbygd", [3800, 1500, 0]),
    ("sum", "Summa kommunstyrelsen", None),
    ("sec", "Tekniska nämnden"),
    ("row", "Ny förskola Nyhem", [38500, 12000, 0]),
    ("row", "Gatubelysning, byte till LED", [1800, 1800, 1500]),
    ("row", "Ombyggnad Mullsjö centrum, etapp 2", [6200, 4000, 0]),
    ("row", "VA-ledningar Sandhem", [12400, 9800, 7500]),
    ("row", "Reinvestering kommunala fastigheter", [8000, 8000, 8500]),
    ("row", "Simhallen, ny ventilation", [4300, 0, 0]),
    ("sum", "Summa tekniska nämnden", None),
    ("sec", "Barn- och utbildningsnämnden"),
    ("row", "Inventarier ny förskola", [1200, 300, 0]),
    ("row", "Digitala lärverktyg", [900, 900, 900]),
    ("sum", "Summa barn- och utbildningsnämnden", None),
    ("sec", "Socialnämnden"),
    ("row", "Trygghetslarm och välfärdsteknik", [1100, 800, 800]),
    ("row", "Inventarier särskilt boende", [600, 600, 600]),
    ("sum", "Summa socialnämnden", None),
]
INV_TOT = [sum(r[2][i] for r in INVEST if r[0] == "row") for i in range(3)]

# Balansbudget (mnkr)
BB = {
    "anl": [786.4, 818.2, 870.6, 881.0, 869.8],
    "oms": [128.9, 121.5, 112.0, 115.3, 124.6],
    "ek": [312.4, 322.6, 334.2, 348.6, 366.9],
    "avs": [38.7, 40.1, 41.5, 42.8, 44.0],
    "kfs": [171.2, 168.0, 165.0, 166.0, 168.0],
}
BB["tot"] = [r1(a + b) for a, b in zip(BB["anl"], BB["oms"])]
BB["lfs"] = [r1(t - e - a - k) for t, e, a, k in zip(BB["tot"], BB["ek"], BB["avs"], BB["kfs"])]
BB["sol"] = [round(100 * e / t, 1) for e, t in zip(BB["ek"], BB["tot"])]


def budget_pdf(path):
    d = Doc("Mullsjö kommun – Mål och budget 2025–2027")
    d.add_page()
    d.ln(40)
    d.set_font("DV", "B", 28)
    d.multi_cell(0, 13, "Mål och budget 2025–2027")
    d.set_font("DV", "", 14)
    d.multi_cell(0, 8, "med plan för 2026–2027")
    d.ln(10)
    d.set_font("DV", "", 11)
    d.multi_cell(0, 6, "Mullsjö kommun\nAntagen av kommunfullmäktige 2024-11-26, § 98\nDiarienummer KS 2024/211")
    d.ln(60)
    d.set_font("DV", "I", 9)
    d.multi_cell(0, 5, "Mullsjö kommun, 565 80 Mullsjö. Telefon 0392-140 00. www.mullsjo.se")

    d.add_page()
    d.h1("Innehåll")
    d.set_font("DV", "", 10)
    for t, pg in [("Förord", 3), ("Vision och mål", 4), ("Omvärld och förutsättningar", 5),
                  ("Ekonomiska förutsättningar", 6), ("Nämndernas uppdrag", 7), ("Resultatbudget", 8),
                  ("Balansbudget", 9), ("Kassaflödesbudget", 10), ("Driftbudget per nämnd", 11),
                  ("Investeringsbudget", 12), ("Noter", 14)]:
        d.cell(150, 6, t)
        d.cell(0, 6, str(pg), align="R")
        d.ln(6)

    d.add_page()
    d.h1("Förord")
    d.p("Mullsjö är en kommun i rörelse. Vi har under de senaste åren sett en stabil befolkningsutveckling, "
        "och per den 1 november 2024 var vi 7 350 invånare. Samtidigt står vi, precis som alla Sveriges "
        "kommuner, inför stora utmaningar. Kostnaderna för pensioner, livsmedel och energi har ökat snabbare "
        "än skatteintäkterna, och behoven inom äldreomsorgen och individ- och familjeomsorgen växer.")
    d.p("I den här budgeten prioriterar vi barnen och de äldre. Vi bygger en ny förskola i Nyhem, vi fortsätter "
        "att satsa på trygghet i centrum och vi håller fast vid att skattesatsen ska vara oförändrad. "
        "Kommunalskatten för 2025 blir därmed 22,29 kronor per intjänad hundralapp.")
    d.p("För att klara en budget i balans har nämnderna fått i uppdrag att genomföra effektiviseringar på "
        "sammanlagt 4,7 miljoner kronor under 2025. Det är ett tufft men nödvändigt uppdrag. Samtidigt "
        "avsätter vi 700 000 kronor till feriearbete för ungdomar under sommaren, eftersom vi vet hur viktigt "
        "ett första jobb är.")
    d.p("Budgeten ger ett resultat på 11,6 miljoner kronor för 2025. Det är lägre än vårt långsiktiga "
        "finansiella mål, men vi bedömer att resultatet stärks under planperioden.")
    d.p("Henrik Dahlberg (C)\nKommunstyrelsens ordförande")

    d.add_page()
    d.h1("Vision och mål")
    d.p("Kommunfullmäktiges vision är \"Mullsjö – naturligt nära, en plats att växa i\". Visionen bryts ned i "
        "tre målområden: Livskvalitet och trygghet, Hållbar tillväxt samt Effektiv och attraktiv organisation.")
    d.h2("Kommunfullmäktiges mål 2025–2027")
    d.bullets([
        "Mullsjö ska ha minst 7 500 invånare år 2027.",
        "Andelen elever i årskurs 9 som är behöriga till gymnasiets yrkesprogram ska öka till 85 procent.",
        "Minst 90 procent av brukarna inom hemtjänsten ska vara nöjda med sin hemtjänst.",
        "Sjukfrånvaron bland kommunens medarbetare ska minska till högst 7,0 procent.",
        "Kommunen ska ha beviljat bygglov för minst 60 nya bostäder under planperioden.",
    ])
    d.h2("Finansiella mål")
    d.bullets([
        "Årets resultat ska uppgå till minst 2 procent av skatteintäkter och generella statsbidrag, mätt över en rullande femårsperiod.",
        "Investeringarna ska finansieras med egna medel till minst 60 procent över planperioden.",
        "Soliditeten inklusive pensionsförpliktelser ska inte understiga 15 procent.",
    ])
    d.p("Med den föreslagna budgeten uppgår resultatet 2025 till 1,8 procent av skatteintäkter och generella "
        "statsbidrag. Självfinansieringsgraden av investeringarna beräknas till 50 procent för 2025, vilket är "
        "under målet och förklaras av byggandet av förskolan i Nyhem.")

    d.add_page()
    d.h1("Omvärld och förutsättningar")
    d.p("Sveriges Kommuner och Regioner (SKR) bedömer i sin prognos från oktober 2024 att skatteunderlaget "
        "växer med 4,1 procent under 2025. Inflationen har fallit tillbaka under 2024 och Riksbanken har sänkt "
        "styrräntan, vilket minskar kommunens räntekostnader på sikt.")
    d.p("Befolkningsprognosen visar att antalet invånare över 80 år ökar med cirka 30 personer per år fram till "
        "2030, medan antalet barn i förskoleåldern är i stort sett oförändrat. Antalet elever i grundskolan "
        "väntas minska något efter 2026.")
    d.p("Arbetsmarknaden i Jönköpings län är fortsatt stark men kompetensförsörjningen är en utmaning, särskilt "
        "när det gäller legitimerade lärare, sjuksköterskor och socialsekreterare. Kommunen arbetar med en "
        "kompetensförsörjningsplan som revideras under 2025.")
    d.p("Socialnämnden prognostiserar för 2024 ett underskott på 14,3 miljoner kronor, främst på grund av "
        "kostsamma externa placeringar inom individ- och familjeomsorgen. Nämnden har tagit fram en "
        "åtgärdsplan som ska minska underskottet under 2025.")

    d.add_page()
    d.h1("Ekonomiska förutsättningar")
    d.p("Budgeten bygger på en oförändrad kommunal skattesats om 22,29 kronor och ett invånarantal om 7 350 "
        "personer. Skatteintäkter och generella statsbidrag beräknas enligt SKR:s prognos och uppgår 2025 till "
        "sammanlagt 638,3 miljoner kronor.")
    d.p("Pris- och löneuppräkning har gjorts med 3,2 procent för personalkostnader och 2,0 procent för övriga "
        "kostnader. Internräntan är satt till 2,5 procent i enlighet med SKR:s rekommendation.")
    d.p("Kommunens låneskuld beräknas öka med 35 miljoner kronor under 2025 för att finansiera förskolan i "
        "Nyhem och VA-utbyggnaden i Sandhem. Kommunstyrelsen föreslås få rätt att nyupplåna under 2025.")
    d.h2("Effektiviseringar")
    d.p("Effektiviseringarna på 4,7 miljoner kronor fördelas så att barn- och utbildningsnämnden svarar för "
        "2,1 miljoner kronor, socialnämnden för 1,6 miljoner kronor och kommunstyrelsen för 1,0 miljoner kronor. "
        "Därutöver ska tekniska nämnden minska energikostnaderna i kommunens lokaler.")

    d.add_page()
    d.h1("Nämndernas uppdrag")
    texts = [
        ("Kommunstyrelsen", "Kommunstyrelsen leder och samordnar kommunens verksamhet och ansvarar för näringslivsfrågor, "
         "kommunikation, IT, ekonomi och HR. Ramen för 2025 är 65,1 miljoner kronor. I ramen ingår 700 000 kronor "
         "för feriearbete samt ett utökat bidrag till räddningstjänsten."),
        ("Barn- och utbildningsnämnden", "Nämnden ansvarar för förskola, grundskola, fritidshem, gymnasieskola och "
         "vuxenutbildning. Under 2025 flyttar två förskoleavdelningar in i den nya förskolan i Nyhem. Nämndens "
         "ram ökar med 7,6 miljoner kronor jämfört med 2024."),
        ("Socialnämnden", "Socialnämnden ansvarar för äldreomsorg, stöd och service till personer med "
         "funktionsnedsättning samt individ- och familjeomsorg. Nämnden får ett tillskott för volymökningar inom "
         "hemtjänsten och ska samtidigt minska kostnaderna för externa placeringar."),
        ("Miljö- och byggnadsnämnden", "Nämnden ansvarar för bygglov, tillsyn enligt miljöbalken och "
         "livsmedelstillsyn. Taxorna räknas upp med kostnadsutvecklingen."),
        ("Tekniska nämnden", "Tekniska nämnden ansvarar för gator, parker, kommunens fastigheter, kost och "
         "lokalvård samt vatten och avlopp. VA-verksamheten finansieras helt med avgifter och ingår inte i "
         "den skattefinansierade ramen."),
    ]
    for h, t in texts:
        d.h2(h)
        d.p(t)

    d.add_page()
    d.h1("Resultatbudget")
    w = [58, 10, 20, 20, 20, 20, 20]
    hl = [["", "Not", "Bokslut", "Prognos", "Budget", "Plan", "Plan"], ["", "", "2023", "2024", "2025", "2026", "2027"]]
    rows = []
    def row(label, note, key, kind="row"):
        rows.append((kind, [label, note] + [fmt(v) for v in RB[key]]))
    row("Verksamhetens intäkter", "1", "int")
    row("Verksamhetens kostnader", "2", "kost")
    row("Avskrivningar", "3", "avskr")
    row("Verksamhetens nettokostnader", "", "vnk", "sum")
    row("Skatteintäkter", "4", "skatt")
    row("Generella statsbidrag och utjämning", "4", "bidrag")
    row("Verksamhetens resultat", "", "vres", "sum")
    row("Finansiella intäkter", "", "finint")
    row("Finansiella kostnader", "5", "finkost")
    row("Resultat efter finansiella poster", "", "res", "sum")
    rows.append(("row", ["Extraordinära poster", ""] + ["0,0"] * 5))
    row("Årets resultat", "", "res", "sum")
    d.table(w, hl, rows, caption="Belopp i mnkr")
    d.note("Prognos 2024 avser prognosen efter augusti 2024. Notförteckning finns på sidan 14.")
    pct = [round(100 * RB["res"][i] / (RB["skatt"][i] + RB["bidrag"][i]), 1) for i in range(5)]
    d.table(w, [["Nyckeltal", "", "Bokslut", "Prognos", "Budget", "Plan", "Plan"], ["", "", "2023", "2024", "2025", "2026", "2027"]],
            [("row", ["Resultat i % av skatter och bidrag", ""] + [fmt(v) for v in pct]),
             ("row", ["Nettokostnadsandel, %", ""] + [fmt(100 - v) for v in pct])])

    d.add_page()
    d.h1("Balansbudget")
    w = [84, 17, 17, 17, 17, 17]
    hl = [["", "Bokslut", "Prognos", "Budget", "Plan", "Plan"], ["", "2023", "2024", "2025", "2026", "2027"]]
    f = lambda k: [fmt(v) for v in BB[k]]
    rows = [("sec", ["TILLGÅNGAR"]),
            ("row", ["Anläggningstillgångar"] + f("anl")),
            ("row", ["Omsättningstillgångar"] + f("oms")),
            ("sum", ["Summa tillgångar"] + f("tot")),
            ("sec", ["EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER"]),
            ("row", ["Eget kapital"] + f("ek")),
            ("row", ["  varav årets resultat"] + [fmt(v) for v in RB["res"]]),
            ("row", ["Avsättningar för pensioner"] + f("avs")),
            ("row", ["Långfristiga skulder"] + f("lfs")),
            ("row", ["Kortfristiga skulder"] + f("kfs")),
            ("sum", ["Summa eget kapital, avsättningar och skulder"] + f("tot")),
            ("row", ["Soliditet, %"] + f("sol"))]
    d.table(w, hl, rows, caption="Belopp i mnkr")
    d.p("Soliditeten beräknas sjunka något under 2024 och 2025 till följd av den ökade upplåningen, för att "
        "därefter stärkas. Pensionsförpliktelser intjänade före 1998 redovisas som ansvarsförbindelse och "
        "uppgår till 148,6 miljoner kronor inklusive löneskatt vid utgången av 2023.")

    d.add_page()
    d.h1("Kassaflödesbudget")
    w = [80, 25, 25, 25]
    hl = [["", "Budget", "Plan", "Plan"], ["", "2025", "2026", "2027"]]
    res = RB["res"][2:]
    av = [28.9, 31.3, 33.0]
    ap = [1.4, 1.3, 1.2]
    mfv = [r1(a + b + c) for a, b, c in zip(res, av, ap)]
    rk = [-3.0, 1.0, 2.0]
    lop = [r1(a + b) for a, b in zip(mfv, rk)]
    inv = [-v / 1000 for v in INV_TOT]
    lan = [35.0, 0.0, 0.0]
    amo = [-2.1, -3.0, -23.4]
    fin = [r1(a + b) for a, b in zip(lan, amo)]
    kf = [r1(a + b + c) for a, b, c in zip(lop, inv, fin)]
    g = lambda L: [fmt(v) for v in L]
    rows = [("sec", ["Den löpande verksamheten"]),
            ("row", ["Årets resultat"] + g(res)),
            ("row", ["Justering för avskrivningar"] + g(av)),
            ("row", ["Justering för avsättningar"] + g(ap)),
            ("sum", ["Medel från verksamheten"] + g(mfv)),
            ("row", ["Förändring av rörelsekapital"] + g(rk)),
            ("sum", ["Kassaflöde från löpande verksamhet"] + g(lop)),
            ("sec", ["Investeringsverksamheten"]),
            ("row", ["Investering i materiella tillgångar"] + g(inv)),
            ("sum", ["Kassaflöde från investeringsverksamhet"] + g(inv)),
            ("sec", ["Finansieringsverksamheten"]),
            ("row", ["Nyupptagna lån"] + g(lan)),
            ("row", ["Amortering av skuld"] + g(amo)),
            ("sum", ["Kassaflöde från finansieringsverksamhet"] + g(fin)),
            ("sum", ["Årets kassaflöde"] + g(kf))]
    d.table(w, hl, rows, caption="Belopp i mnkr")

    # landscape driftbudget
    d.add_page(orientation="L")
    d.h1("Driftbudget per nämnd")
    d.p("Tabellen visar nämndernas nettokostnadsramar. Kolumnen kr per invånare avser budget 2025 och är "
        "beräknad på 7 350 invånare.")
    w = [78, 26, 26, 26, 26, 26, 28]
    hl = [["Nämnd", "Budget", "Budget", "Plan", "Plan", "Förändring", "kr per"],
          ["", "2024", "2025", "2026", "2027", "2024–2025 %", "invånare 2025"]]
    rows = []
    for n, v in DRIFT:
        ch = round(100 * (v[1] - v[0]) / v[0], 1)
        rows.append(("row", [n] + [fmt(x) for x in v] + [fmt(ch), fmt(v[1] * 1e6 / INV, 0)]))
    ch = round(100 * (NAMND_SUM[1] - NAMND_SUM[0]) / NAMND_SUM[0], 1)
    rows.append(("sum", ["Summa nämnder"] + [fmt(x) for x in NAMND_SUM] + [fmt(ch), fmt(NAMND_SUM[1] * 1e6 / INV, 0)]))
    ch = round(100 * (FINF[1] - FINF[0]) / FINF[0], 1)
    rows.append(("row", ["Finansförvaltning¹"] + [fmt(x) for x in FINF] + [fmt(ch), fmt(FINF[1] * 1e6 / INV, 0)]))
    ch = round(100 * (DRIFT_TOT[1] - DRIFT_TOT[0]) / DRIFT_TOT[0], 1)
    rows.append(("sum", ["Totalt verksamhetens nettokostnader"] + [fmt(x) for x in DRIFT_TOT] + [fmt(ch), fmt(DRIFT_TOT[1] * 1e6 / INV, 0)]))
    d.table(w, hl, rows, caption="Belopp i mnkr (kolumnen kr per invånare i kronor)")
    d.note("¹ Finansförvaltningen omfattar pensionskostnader, avskrivningar som inte fördelats på nämnderna och "
           "centrala lönepotter.")

    d.add_page(orientation="P")
    d.h1("Investeringsbudget")
    total_mn = fmt(INV_TOT[0] / 1000)
    d.p(f"Investeringsbudgeten för 2025 uppgår till totalt {total_mn} miljoner kronor, vilket är den högsta nivån "
        "i kommunens historia. Den största enskilda investeringen är den nya förskolan i Nyhem med sex "
        "avdelningar, som beräknas stå klar till hösten 2026. Den totala projektbudgeten för förskolan är "
        "50,5 miljoner kronor.")
    d.p("VA-ledningarna i Sandhem byts ut i tre etapper. Investeringen finansieras med VA-avgifter. Simhallens "
        "ventilation har passerat sin tekniska livslängd och byts under sommaren 2025, då simhallen hålls "
        "stängd i sex veckor.")
    d.p("Utöver de projekt som redovisas i tabellen kan kommunstyrelsen besluta om ombudgetering av ej "
        "förbrukade investeringsmedel från 2024. Projekt som överstiger 5 miljoner kronor ska redovisas "
        "särskilt för kommunstyrelsen innan de startar.")
    d.p("Nedan redovisas investeringarna per nämnd och projekt.")
    d.ln(30)
    w = [86, 28, 28, 28]
    hl = [["Projekt", "Budget 2025", "Plan 2026", "Plan 2027"]]
    rows = []
    cur = [0, 0, 0]
    for r in INVEST:
        if r[0] == "sec":
            rows.append(("sec", [r[1]]))
            cur = [0, 0, 0]
        elif r[0] == "row":
            rows.append(("row", [r[1]] + [fmt(x, 0) for x in r[2]]))
            cur = [a + b for a, b in zip(cur, r[2])]
        else:
            rows.append(("sum", [r[1]] + [fmt(x, 0) for x in cur]))
    rows.append(("sum", ["Totalt investeringar"] + [fmt(x, 0) for x in INV_TOT]))
    d.table(w, hl, rows, caption="Investeringsbudget, belopp i tkr", break_before=9,
            cont_caption="Investeringsbudget, belopp i tkr (forts.)")

    d.add_page()
    d.h1("Noter")
    d.h3("Not 1 Verksamhetens intäkter")
    d.p("I verksamhetens intäkter ingår taxor och avgifter, hyror och arrenden, riktade statsbidrag samt "
        "försäljning av verksamhet. Riktade statsbidrag beräknas till 41,2 miljoner kronor 2025.")
    d.h3("Not 2 Verksamhetens kostnader")
    d.p("Personalkostnaderna utgör cirka 62 procent av verksamhetens kostnader. Pensionskostnaderna beräknas "
        "till 38,9 miljoner kronor 2025 inklusive löneskatt.")
    d.h3("Not 3 Avskrivningar")
    d.p("Avskrivningar görs linjärt enligt komponentavskrivning. Avskrivningstiderna varierar mellan 3 och "
        "50 år.")
    d.h3("Not 4 Skatteintäkter och generella statsbidrag")
    d.p("Beräkningen bygger på SKR:s cirkulär 24:41 och en skattesats om 22,29 kronor. I generella "
        "statsbidrag ingår inkomstutjämning, kostnadsutjämning, LSS-utjämning och fastighetsavgift.")
    d.h3("Not 5 Finansiella kostnader")
    d.p("Genomsnittlig låneränta beräknas till 3,1 procent 2025. Kommunens lån hanteras via Kommuninvest.")
    d.output(path)


def ar_pdf(path):
    d = Doc("Årsredovisning 2023 | Mullsjö kommun")
    d.add_page()
    d.ln(50)
    d.set_font("DV", "B", 30)
    d.multi_cell(0, 14, "Årsredovisning 2023")
    d.set_font("DV", "", 13)
    d.multi_cell(0, 8, "Mullsjö kommun")
    d.ln(8)
    d.set_font("DV", "", 10)
    d.multi_cell(0, 6, "Godkänd av kommunfullmäktige 2024-04-23, § 31")

    d.add_page()
    d.h1("Kommunstyrelsens ordförande har ordet")
    d.p("2023 blev ett år då den höga inflationen satte press på kommunens ekonomi. Trots det kan vi redovisa "
        "ett positivt resultat på 9,5 miljoner kronor, vilket är 3,4 miljoner kronor bättre än budget. "
        "Resultatet förklaras främst av högre skatteintäkter och realisationsvinster vid försäljning av tomtmark.")
    d.p("Samtidigt redovisar socialnämnden ett underskott mot budget, och vi har under året påbörjat ett "
        "omfattande arbete för att få kostnaderna under kontroll. Jag vill tacka alla medarbetare för ett "
        "fantastiskt arbete under ett utmanande år.")
    d.p("Henrik Dahlberg (C), kommunstyrelsens ordförande")

    d.add_page()
    d.h1("Förvaltningsberättelse")
    d.h2("Översikt över verksamhetens utveckling")
    d.p("Femårsöversikten visar kommunens utveckling över tid. Skattesatsen höjdes 2022 med 30 öre till "
        "22,29 kronor.")
    fy = [
        ("Invånare 31 december, antal", [7261, 7289, 7302, 7295, 7318], 0),
        ("Kommunal skattesats, kr", [21.99, 21.99, 21.99, 22.29, 22.29], 2),
        ("Verksamhetens nettokostnad, mnkr", [-498.3, -503.9, -526.6, -560.1, -578.5], 1),
        ("Årets resultat, mnkr", [14.8, 21.3, 25.6, 4.1, 9.5], 1),
        ("Nettoinvesteringar, mnkr", [44.2, 38.9, 52.7, 66.0, 61.2], 1),
        ("Soliditet, %", [36.2, 36.9, 37.5, 34.8, BB["sol"][0]], 1),
        ("Tillsvidareanställda, antal", [781, 790, 802, 809, 812], 0),
    ]
    w = [66, 20, 20, 20, 20, 20]
    rows = [("row", [n] + [fmt(v, dec) for v in vals]) for n, vals, dec in fy]
    d.table(w, [["Femårsöversikt", "2019", "2020", "2021", "2022", "2023"]], rows)
    d.h2("Balanskravsresultat")
    d.p("Balanskravsresultatet uppgår till 8,8 miljoner kronor efter avdrag för realisationsvinster om 0,7 "
        "miljoner kronor. Kommunen har inga negativa balanskravsresultat att återställa.")
    d.h2("Personal")
    d.p("Sjukfrånvaron uppgick till 7,9 procent av den ordinarie arbetstiden, en minskning från 8,6 procent "
        "året innan. Antalet tillsvidareanställda var 812 den 31 december 2023.")

    d.add_page()
    d.h1("Nämndernas budgetutfall")
    d.p("Nämnderna redovisar sammantaget ett underskott mot budget på 7,1 miljoner kronor. Det största "
        "underskottet finns inom socialnämnden, där kostnaderna för placeringar av barn och unga blev betydligt "
        "högre än beräknat.")
    nb = [("Kommunstyrelsen", 60.1, 58.4), ("Barn- och utbildningsnämnden", 240.2, 241.9),
          ("Socialnämnden", 221.0, 229.2), ("Miljö- och byggnadsnämnden", 6.0, 5.7),
          ("Tekniska nämnden", 23.8, 23.1), ("Revisionen", 1.1, 1.0)]
    rows = [("row", [n, fmt(b), fmt(u), fmt(r1(b - u))]) for n, b, u in nb]
    sb, su = r1(sum(x[1] for x in nb)), r1(sum(x[2] for x in nb))
    rows.append(("sum", ["Summa nämnder", fmt(sb), fmt(su), fmt(r1(sb - su))]))
    d.table([80, 30, 30, 30], [["Nämnd", "Budget 2023", "Utfall 2023", "Avvikelse"]], rows,
            caption="Nettokostnad, mnkr")
    d.h2("Investeringar")
    d.p("Nettoinvesteringarna uppgick till 61,2 miljoner kronor, att jämföra med en budget på 74,5 miljoner "
        "kronor. Bland de större projekten märks ombyggnaden av Mullsjö centrum, etapp 1, och nya VA-ledningar "
        "i Sandhem.")

    d.add_page()
    d.h1("Resultaträkning")
    rows = [("row", ["Verksamhetens intäkter", "1", "118,4", "109,7"]),
            ("row", ["Verksamhetens kostnader", "2", "-672,3", "-646,8"]),
            ("row", ["Avskrivningar", "3", "-24,6", "-23,0"]),
            ("sum", ["Verksamhetens nettokostnader", "", "-578,5", "-560,1"]),
            ("row", ["Skatteintäkter", "4", "489,2", "471,0"]),
            ("row", ["Generella statsbidrag och utjämning", "5", "103,5", "97,4"]),
            ("sum", ["Verksamhetens resultat", "", "14,2", "8,3"]),
            ("row", ["Finansiella intäkter", "", "2,1", "1,2"]),
            ("row", ["Finansiella kostnader", "6", "-6,8", "-5,4"]),
            ("sum", ["Årets resultat", "", "9,5", "4,1"])]
    d.table([80, 14, 30, 30], [["Belopp i mnkr", "Not", "2023", "2022"]], rows)
    d.output(path)


def html(path):
    rows = [("Förskola", 14), ("Grundskola och fritidshem", 24), ("Gymnasieskola", 7), ("Äldreomsorg", 19),
            ("Stöd och service till personer med funktionsnedsättning", 10), ("Individ- och familjeomsorg", 7),
            ("Kultur och fritid", 4), ("Gator, parker och infrastruktur", 5),
            ("Politik, administration och övrigt", 10)]
    assert sum(r[1] for r in rows) == 100
    trs = "\n".join(f"        <tr><td>{a}</td><td>{b} kr</td></tr>" for a, b in rows)
    s = f"""<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Så används din skatt - Mullsjö kommun</title>
<link rel="stylesheet" href="/static/css/main.css">
</head>
<body>
{HTML_COOKIE}
<header class="site-header">
  <a class="logo" href="/">Mullsjö kommun</a>
  <nav class="main-nav"><ul>
    <li><a href="/barn-och-utbildning">Barn och utbildning</a></li>
    <li><a href="/omsorg-och-stod">Omsorg och stöd</a></li>
    <li><a href="/bygga-bo-och-miljo">Bygga, bo och miljö</a></li>
    <li><a href="/kultur-och-fritid">Kultur och fritid</a></li>
    <li><a href="/kommun-och-politik">Kommun och politik</a></li>
  </ul></nav>
  <form class="search" action="/sok"><input type="text" name="q" placeholder="Sök på webbplatsen"><button>Sök</button></form>
</header>
<nav class="breadcrumb">Start / Kommun och politik / Ekonomi / Så används din skatt</nav>
<main>
  <article>
    <h1>Så används din skatt</h1>
    <p class="ingress">Kommunalskatten är kommunens viktigaste inkomstkälla. Här kan du se hur varje hundralapp du betalar i kommunalskatt fördelas på kommunens verksamheter under 2025.</p>
    <p>Skattesatsen i Mullsjö kommun är 22,29 kronor för 2025. Det betyder att du betalar 22,29 kronor till kommunen för varje intjänad hundralapp. Till Region Jönköpings län betalar du 11,76 kronor, vilket ger en total skattesats på 34,05 kronor (exklusive kyrkoavgift och begravningsavgift).</p>
    <h2>Så fördelas 100 kronor i kommunalskatt</h2>
    <table class="table">
      <caption>Fördelning av 100 kr skatt per verksamhet, budget 2025</caption>
      <thead><tr><th>Verksamhet</th><th>Andel av 100 kr</th></tr></thead>
      <tbody>
{trs}
      </tbody>
    </table>
    <p>Totalt finansierar skatteintäkter och generella statsbidrag cirka 84 procent av kommunens kostnader. Resten kommer från avgifter, hyror och riktade statsbidrag.</p>
    <h2>Vad kostar verksamheterna per invånare?</h2>
    <p>En plats i förskolan kostar i genomsnitt 168 000 kronor per år, och en elev i grundskolan kostar cirka 121 000 kronor per år. Föräldraavgiften täcker omkring 6 procent av kostnaden för förskolan.</p>
    <h2>Läs mer</h2>
    <ul>
      <li><a href="/download/mal-och-budget-2025-2027.pdf">Mål och budget 2025–2027 (pdf)</a></li>
      <li><a href="/download/arsredovisning-2023.pdf">Årsredovisning 2023 (pdf)</a></li>
    </ul>
    <p class="meta">Publicerad 2025-01-14<br>Senast uppdaterad 2025-02-20</p>
  </article>
</main>
<footer class="site-footer">
  <p>Mullsjö kommun, Box 500, 565 80 Mullsjö</p>
  <p>Besöksadress: Centrumvägen 15 | Telefon: 0392-140 00 | E-post: kommun@mullsjo.se</p>
  <p><a href="/om-webbplatsen">Om webbplatsen</a> | <a href="/tillganglighetsredogorelse">Tillgänglighetsredogörelse</a> | <a href="/personuppgifter">Behandling av personuppgifter</a></p>
</footer>
</body>
</html>
"""
    open(path, "w", encoding="utf-8").write(s)


def docx_file(path):
    doc = Document()
    cp = doc.core_properties
    cp.author = "Kommunledningsförvaltningen"
    cp.title = "Protokoll kommunstyrelsen 2024-11-12"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.revision = 1
    doc.add_heading("PROTOKOLL", level=0)
    doc.add_paragraph("Kommunstyrelsen, Mullsjö kommun")
    doc.add_paragraph("Sammanträdesdatum: 2024-11-12")
    doc.add_paragraph("Plats och tid: Kommunhuset, sammanträdesrummet Nyhem, kl. 13.00–16.10")
    doc.add_paragraph("Beslutande ledamöter:")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Namn", "Parti", "Uppdrag"]):
        c.text = h
    for r in [("Henrik Dahlberg", "C", "Ordförande"), ("Sofia Bergkvist", "M", "1:e vice ordförande"),
              ("Jan-Erik Holm", "S", "2:e vice ordförande"), ("Lena Åkesson", "KD", "Ledamot"),
              ("Mikael Strand", "SD", "Ledamot"), ("Karin Nordin", "S", "Ledamot"),
              ("Oskar Ljungberg", "L", "Ledamot"), ("Ali Haddad", "S", "Tjänstgörande ersättare")]:
        cells = t.add_row().cells
        for c, v in zip(cells, r):
            c.text = v
    doc.add_paragraph("Sekreterare: Maria Sjöberg")
    doc.add_paragraph("Justerare: Jan-Erik Holm")

    doc.add_heading("§ 141 Val av justerare", level=2)
    doc.add_paragraph("Kommunstyrelsen utser Jan-Erik Holm (S) att jämte ordföranden justera dagens protokoll.")

    doc.add_heading("§ 142 Mål och budget 2025–2027", level=2)
    doc.add_paragraph("Dnr KS 2024/211")
    doc.add_paragraph("Ärendebeskrivning: Kommunstyrelsen ska lämna förslag till kommunfullmäktige om mål och "
                      "budget för 2025 med plan för 2026–2027. Förslaget innebär en oförändrad skattesats om "
                      "22,29 kronor och ett budgeterat resultat på 11,6 miljoner kronor för 2025.")
    doc.add_paragraph("Yrkanden: Henrik Dahlberg (C) yrkar bifall till förslaget. Jan-Erik Holm (S) yrkar att "
                      "socialnämndens ram utökas med 2,5 miljoner kronor finansierat genom ett lägre resultat. "
                      "Ordföranden ställer förslagen mot varandra och finner att kommunstyrelsen bifaller "
                      "ordförandens förslag.")
    doc.add_paragraph("Kommunstyrelsens förslag till kommunfullmäktige:")
    for b in ["Skattesatsen för 2025 fastställs till 22,29 kronor.",
              "Nettokostnadsramar för nämnderna fastställs enligt förslaget, totalt 594,9 miljoner kronor för 2025.",
              "Investeringsbudget för 2025 fastställs till 81,3 miljoner kronor.",
              "Kommunstyrelsen får under 2025 nyupplåna upp till 35 miljoner kronor."]:
        doc.add_paragraph(b, style="List Number")
    doc.add_paragraph("Reservation: Ledamöterna för Socialdemokraterna (S) reserverar sig mot beslutet till "
                      "förmån för eget yrkande.")

    doc.add_heading("§ 143 VA-taxa 2025", level=2)
    doc.add_paragraph("Dnr KS 2024/198")
    doc.add_paragraph("Tekniska nämnden föreslår att VA-taxan höjs med 6,0 procent från den 1 januari 2025 för "
                      "att täcka ökade kostnader för reinvesteringar i ledningsnätet. För en normalvilla med en "
                      "förbrukning på 150 kubikmeter per år innebär förslaget en ökning med cirka 595 kronor per år.")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Avgift", "2024 (kr)", "2025 (kr)", "Förändring %"]):
        c.text = h
    for r in [("Fast avgift per år", "5 620", "5 960", "6,0"), ("Brukningsavgift per m³", "28,40", "30,10", "6,0"),
              ("Anläggningsavgift, villa", "168 000", "178 000", "6,0"), ("Slamtömning per tillfälle", "1 240", "1 310", "5,6")]:
        cells = t.add_row().cells
        for c, v in zip(cells, r):
            c.text = v
    doc.add_paragraph("Beslut: Kommunstyrelsen föreslår kommunfullmäktige att anta VA-taxa 2025 enligt förslaget.")

    doc.add_heading("§ 144 Försäljning av fastigheten Sandhem 3:12", level=2)
    doc.add_paragraph("Dnr KS 2024/176")
    doc.add_paragraph("Sandhems Bygg AB har inkommit med en förfrågan om att köpa fastigheten Sandhem 3:12 för att "
                      "uppföra tolv radhuslägenheter. Köpeskillingen är 1 450 000 kronor.")
    doc.add_paragraph("Beslut: Kommunstyrelsen beslutar att sälja fastigheten Sandhem 3:12 till Sandhems Bygg AB "
                      "för 1 450 000 kronor. Mikael Strand (SD) deltar inte i beslutet.")

    doc.add_heading("§ 145 Redovisning av delegationsbeslut", level=2)
    doc.add_paragraph("Redovisningen av delegationsbeslut för perioden 2024-10-01–2024-10-31 läggs till handlingarna.")
    doc.add_paragraph("Vid protokollet: Maria Sjöberg. Ordförande: Henrik Dahlberg. Justerare: Jan-Erik Holm.")
    doc.save(path)
    normalize_zip(path)


def xlsx_file(path):
    wb = openpyxl.Workbook()
    wb.properties.creator = "Mullsjö kommun"
    wb.properties.created = FIXED.replace(tzinfo=None)
    wb.properties.modified = FIXED.replace(tzinfo=None)
    ws = wb.active
    ws.title = "Nyckeltal"
    ws["A1"] = "Nyckeltal för Mullsjö kommun 2019–2024"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Antal om inte annat anges. Källa: kommunens verksamhetssystem och SCB."
    ws.append([])
    ws.append(["År", "Invånare 31 dec", "Barn i förskola", "Elever i grundskola F–9",
               "Brukare med hemtjänst", "Platser särskilt boende", "Sjukfrånvaro %"])
    data = [(2019, 7261, 402, 874, 198, 84, 8.1), (2020, 7289, 396, 881, 204, 84, 9.4),
            (2021, 7302, 391, 890, 211, 84, 9.0), (2022, 7295, 388, 902, 219, 78, 8.6),
            (2023, 7318, 385, 911, 226, 78, 7.9), (2024, 7342, 379, 908, 234, 78, 7.4)]
    for r in data:
        ws.append(list(r))
    ws.append([])
    ws.append(["Uppgifterna för 2024 är preliminära."])
    ws2 = wb.create_sheet("Kostnad per verksamhet")
    ws2["A1"] = "Nettokostnad per verksamhet"
    ws2["A1"].font = Font(bold=True, size=13)
    ws2["A2"] = "Belopp i tkr (kostnad per invånare i kr)"
    ws2.append(["Verksamhet", "Utfall 2023", "Budget 2024", "Budget 2025", "Kostnad per invånare 2025"])
    vs = [("Förskola", 58210, 60140, 61980), ("Grundskola inkl. fritidshem", 121460, 126830, 130120),
          ("Gymnasieskola", 41780, 43210, 44050), ("Äldreomsorg", 118340, 123900, 128650),
          ("Stöd och service funktionsnedsättning (LSS)", 52110, 54820, 56930),
          ("Individ- och familjeomsorg", 44120, 39870, 42380), ("Kultur och fritid", 17650, 18240, 18710),
          ("Gator, vägar och parker", 14930, 15620, 16080)]
    for v, a, b, c in vs:
        ws2.append([v, a, b, c, round(c * 1000 / INV)])
    tot = [sum(x[i] for x in vs) for i in (1, 2, 3)]
    ws2.append(["Summa", tot[0], tot[1], tot[2], round(tot[2] * 1000 / INV)])
    wb.save(path)
    normalize_zip(path)


def press(path):
    s = f"""# Mullsjö kommun har antagit budget för 2025

**Pressmeddelande, 2024-11-27**

Kommunfullmäktige i Mullsjö antog i tisdags kväll Mål och budget 2025–2027. Skattesatsen blir oförändrad, 22,29 kronor, och budgeten ger ett resultat på 11,6 miljoner kronor för 2025.

– Vi tar ansvar för ekonomin samtidigt som vi bygger för framtiden. Den nya förskolan i Nyhem är den största enskilda investeringen kommunen har gjort på tio år, säger Henrik Dahlberg (C), kommunstyrelsens ordförande.

## Det här innehåller budgeten

- Investeringar på totalt {fmt(INV_TOT[0] / 1000)} miljoner kronor under 2025, varav 38,5 miljoner kronor till förskolan i Nyhem.
- 700 000 kronor till feriearbete för ungdomar.
- 250 000 kronor till att starta en fritidsbank där barn och unga kan låna sport- och fritidsutrustning gratis.
- Effektiviseringar på 4,7 miljoner kronor i nämnderna.

Beslutet fattades efter votering med 17 röster mot 12. Socialdemokraterna och Vänsterpartiet reserverade sig mot beslutet.

## Kontakt

Henrik Dahlberg (C), kommunstyrelsens ordförande, 0392-140 10
Anders Wikström, ekonomichef, 0392-140 35
"""
    open(path, "w", encoding="utf-8").write(s)


def build(out):
    os.makedirs(out, exist_ok=True)
    budget_pdf(os.path.join(out, "mal-och-budget-2025-2027.pdf"))
    ar_pdf(os.path.join(out, "arsredovisning-2023.pdf"))
    html(os.path.join(out, "sa-anvands-din-skatt.html"))
    docx_file(os.path.join(out, "protokoll-ks-2024-11-12.docx"))
    xlsx_file(os.path.join(out, "nyckeltal-och-kostnader.xlsx"))
    press(os.path.join(out, "pressmeddelande-budget-2025.md"))
