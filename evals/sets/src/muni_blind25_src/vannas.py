"""Vännäs kommun: budget PDF (tkr), delårsrapport PDF, HTML, DOCX, XLSX, press release (txt)."""
import os

import docx
import openpyxl
from docx.shared import Pt
from openpyxl.styles import Font

from common import D, Doc, normalize_zip, pct, sv

NAME = "vannas"


def t0(x, neg="–"):
    return sv(x, 0, neg)


# ---------------------------------------------------------------- Resultatbudget (tkr)
# Bokslut 2023, Budget 2024, Budget 2025, Plan 2026, Plan 2027
RB = {
    "int": [112450, 108900, 115200, 117500, 119800],
    "kost": [-752310, -770400, -801650, -823900, -846300],
    "avskr": [-24880, -26100, -27950, -29400, -30800],
    "skatt": [452180, 468900, 489600, 506200, 523400],
    "gsb": [221340, 228400, 236800, 241300, 246100],
    "finint": [2150, 1800, 1900, 1900, 1900],
    "finkost": [-4920, -5600, -6300, -6900, -7400],
}
RB["vnk"] = [RB["int"][i] + RB["kost"][i] + RB["avskr"][i] for i in range(5)]
RB["vres"] = [RB["vnk"][i] + RB["skatt"][i] + RB["gsb"][i] for i in range(5)]
RB["res"] = [RB["vres"][i] + RB["finint"][i] + RB["finkost"][i] for i in range(5)]

# ---------------------------------------------------------------- Driftbudget (tkr)
NAMNDER = [
    ("Kommunfullmäktige", [1720, 1790, 1850, 1900, 1950]),
    ("Revision", [1040, 1080, 1120, 1150, 1180]),
    ("Valnämnd", [40, 610, 60, 680, 70]),
    ("Överförmyndare", [1390, 1430, 1480, 1520, 1560]),
    ("Kommunstyrelsen", [92460, 95210, 98640, 100900, 103100]),
    ("Barn- och utbildningsnämnden", [268940, 275800, 282310, 288600, 295400]),
    ("Socialnämnden", [281120, 288950, 296870, 305400, 313900]),
    ("Miljö- och byggnadsnämnden", [6310, 6640, 6920, 7100, 7280]),
]
SUM_N = [sum(v[i] for _, v in NAMNDER) for i in range(5)]
FINANS = [-RB["vnk"][i] - SUM_N[i] for i in range(5)]
TOTAL = [SUM_N[i] + FINANS[i] for i in range(5)]

# ---------------------------------------------------------------- Investeringar (tkr)
INV_SKATT = [
    ("Kommunstyrelsen", [
        ("Ny sporthall i Vännäsby", 14000, 21000, 0),
        ("Upprustning av Vännäs resecentrum", 3500, 0, 0),
        ("Beläggning gator och vägar", 2800, 2800, 3000),
        ("Gatubelysning", 900, 900, 900),
        ("IT och digitalisering", 1500, 1200, 1200),
        ("Energiåtgärder i kommunala fastigheter", 2200, 2500, 2500),
        ("Lekplatser", 600, 600, 600),
    ]),
    ("Barn- och utbildningsnämnden", [
        ("Inventarier förskola och skola", 1200, 1200, 1200),
        ("Utemiljö Hammarskolan", 1800, 0, 0),
    ]),
    ("Socialnämnden", [
        ("Trygghetslarm och välfärdsteknik", 900, 700, 700),
        ("Inventarier särskilt boende", 500, 500, 500),
    ]),
]
INV_TAXA = [
    ("Ledningsförnyelse vatten och avlopp", 6500, 7000, 7000),
    ("Vattenverket i Vännäs, ny reservoar", 4000, 12000, 0),
    ("Renhållning, kärl och fordon", 800, 800, 1500),
]
SK_TOT = [sum(p[i] for _, prj in INV_SKATT for p in prj) for i in (1, 2, 3)]
TX_TOT = [sum(p[i] for p in INV_TAXA) for i in (1, 2, 3)]
INV_TOT = [SK_TOT[i] + TX_TOT[i] for i in range(3)]

# ---------------------------------------------------------------- Kassaflöde (tkr) 2025-2027
AVS = [1200, 1300, 1400]
UPPL = [10000, 25000, 0]
AMORT = [-4000, -4000, -6000]
LIKV_START = 22300


def kassaflode():
    res = []
    start = LIKV_START
    for i in range(3):
        j = i + 2
        lop = RB["res"][j] - RB["avskr"][j] + AVS[i]
        inv = -INV_TOT[i]
        fin = UPPL[i] + AMORT[i]
        kf = lop + inv + fin
        res.append(dict(resultat=RB["res"][j], avskr=-RB["avskr"][j], avs=AVS[i], lop=lop, inv=inv,
                        upp=UPPL[i], amort=AMORT[i], fin=fin, kf=kf, start=start, slut=start + kf))
        start += kf
    return res


KF = kassaflode()

# ---------------------------------------------------------------- Delårsrapport jan-aug 2025 (tkr)
DR_U25 = {"int": 80350, "kost": -529480, "avskr": -18420, "skatt": 326540, "gsb": 157860, "finint": 1620, "finkost": -3870}
DR_U24 = {"int": 76120, "kost": -508340, "avskr": -17310, "skatt": 312480, "gsb": 151940, "finint": 1480, "finkost": -3650}
DR_P25 = {"int": 119400, "kost": -810600, "avskr": -27900, "skatt": 489200, "gsb": 237300, "finint": 2500, "finkost": -5600}
DR_B25 = {k: RB[k][2] for k in ("int", "kost", "avskr", "skatt", "gsb", "finint", "finkost")}
for dd in (DR_U25, DR_U24, DR_P25, DR_B25):
    dd["vnk"] = dd["int"] + dd["kost"] + dd["avskr"]
    dd["vres"] = dd["vnk"] + dd["skatt"] + dd["gsb"]
    dd["res"] = dd["vres"] + dd["finint"] + dd["finkost"]
assert DR_P25["res"] == 4300 and DR_U25["res"] == 14600, (DR_P25["res"], DR_U25["res"])

DR_AVV = {"Kommunfullmäktige": 0, "Revision": 0, "Valnämnd": 0, "Överförmyndare": -150,
          "Kommunstyrelsen": 1250, "Barn- och utbildningsnämnden": 1200, "Socialnämnden": -8400,
          "Miljö- och byggnadsnämnden": 300}
DR_FIN_AVV = (DR_P25["vnk"] - DR_B25["vnk"]) - sum(DR_AVV.values())
DR_UTF = {"Kommunfullmäktige": 1180, "Revision": 610, "Valnämnd": 20, "Överförmyndare": 1050,
          "Kommunstyrelsen": 64280, "Barn- och utbildningsnämnden": 181940, "Socialnämnden": 204630,
          "Miljö- och byggnadsnämnden": 4310}

# ---------------------------------------------------------------- Driftbudget per verksamhet (XLSX)
VERKS = {
    "Kommunfullmäktige": [("Kommunfullmäktige", 0, 1850)],
    "Revision": [("Revision", 0, 1120)],
    "Valnämnd": [("Val och folkomröstningar", 0, 60)],
    "Överförmyndare": [("Överförmyndarverksamhet", 120, 1480)],
    "Kommunstyrelsen": [("Politisk verksamhet", 0, 4210), ("Kommunledning och administration", 2850, 38950),
                        ("Näringsliv och turism", 420, 3860), ("Kultur och fritid", 3940, 22470),
                        ("Gator, vägar och parker", 1260, 16380), ("Räddningstjänst", 680, 10240),
                        ("Arbetsmarknad och integration", 6150, 2530)],
    "Barn- och utbildningsnämnden": [("Förskola", 6820, 74820), ("Fritidshem", 2310, 12640),
                                     ("Grundskola och förskoleklass", 9450, 128950),
                                     ("Gymnasieskola, köpta platser", 1180, 52380), ("Vuxenutbildning", 2960, 6120),
                                     ("Central administration och elevhälsa", 240, 7400)],
    "Socialnämnden": [("Särskilt boende för äldre", 21340, 112450), ("Hemtjänst", 8920, 68320),
                      ("LSS och socialpsykiatri", 24610, 71860), ("Individ- och familjeomsorg", 3150, 34210),
                      ("Försörjningsstöd", 0, 6930), ("Administration och hälso- och sjukvård", 1870, 3100)],
    "Miljö- och byggnadsnämnden": [("Bygglov och planering", 2950, 2780), ("Miljö- och hälsoskydd", 1840, 3460),
                                   ("Livsmedelskontroll", 910, 680)],
}
for n, v in NAMNDER:
    assert sum(x[2] for x in VERKS[n]) == v[2], n


# ================================================================= BUDGET PDF
def budget_pdf(out):
    pdf = Doc("Vännäs kommun | Budget och plan 2025–2027", "Vännäs kommun – Ekonomienheten")
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 24)
    pdf.ln(50)
    pdf.multi_cell(0, 12, "Budget och plan\n2025–2027", align="C")
    pdf.set_font("DejaVu", "", 13)
    pdf.ln(6)
    pdf.multi_cell(0, 7, "Vännäs kommun\nBeslutad av kommunfullmäktige 2024-11-18, § 112", align="C")

    pdf.add_page()
    pdf.h1("Innehållsförteckning")
    for line in ["Inledning", "Förutsättningar för budgetarbetet", "Mål för god ekonomisk hushållning",
                 "Prioriteringar och besparingar", "Resultatbudget", "Kassaflödesbudget",
                 "Driftbudget per nämnd", "Kommentarer per nämnd", "Investeringsbudget", "Nyckeltal"]:
        pdf.p(line)

    pdf.add_page()
    pdf.h1("Inledning")
    pdf.p("Vännäs är en kommun i utveckling. Vi har ett gott läge i Umeåregionen, ett rikt föreningsliv "
          "och en järnvägsknut som gör det enkelt att pendla. Men vi har också en ekonomi som kräver "
          "ansvarstagande.")
    pdf.p("För att klara välfärden höjer vi skattesatsen med 20 öre till 22,85 kronor från den 1 januari "
          "2025. Det är inget beslut vi fattar lättvindigt, men alternativet hade varit betydligt större "
          "neddragningar i skolan och omsorgen.")
    pdf.p(f"Budgeten för 2025 visar ett resultat på {t0(RB['res'][2])} tkr. Socialnämnden får ett tillskott "
          "på 9,5 miljoner kronor för att möta ökade behov inom äldreomsorgen och LSS, medan barn- och "
          "utbildningsnämnden behöver spara 3,6 miljoner kronor när antalet barn minskar.")
    pdf.p("Den största investeringen under perioden är den nya sporthallen i Vännäsby, som ska stå klar "
          "till hösten 2026.")
    pdf.p("Tomas Bergkvist (C)\nKommunstyrelsens ordförande")

    pdf.add_page()
    pdf.h1("Förutsättningar för budgetarbetet")
    pdf.h2("Befolkning")
    pdf.p("Skatteintäkterna är beräknade på 8 850 invånare den 1 november 2024. Befolkningen har ökat "
          "svagt de senaste åren, främst genom inflyttning från andra delar av Umeåregionen.")
    pdf.h2("Skatteintäkter")
    pdf.p("Skatteintäkterna bygger på SKR:s skatteunderlagsprognos från oktober 2024. Skattehöjningen med "
          "20 öre beräknas ge cirka 4,2 miljoner kronor i ökade skatteintäkter 2025.")
    pdf.h2("Utfallet 2024")
    pdf.p("Efter augusti 2024 prognostiserade kommunen ett resultat på 3,1 miljoner kronor för helåret. "
          "Socialnämnden prognostiserade ett underskott på -6,9 miljoner kronor, främst inom hemtjänst "
          "och köpta platser inom individ- och familjeomsorgen.")
    pdf.h2("Pris- och löneökningar")
    pdf.p("Nämndernas ramar har räknats upp med 3,0 procent för löneökningar och 2,0 procent för övriga "
          "kostnader. Pensionskostnaderna ökar med cirka 3,4 miljoner kronor jämfört med 2024.")

    pdf.add_page()
    pdf.h1("Mål för god ekonomisk hushållning")
    pdf.p("Kommunfullmäktige har beslutat om följande finansiella mål:")
    pdf.bullets([
        "Årets resultat ska vara minst 1,0 procent av skatteintäkter och generella statsbidrag.",
        "Nettoinvesteringarna i skattefinansierad verksamhet ska finansieras med egna medel till minst "
        "80 procent över en femårsperiod.",
        "Nettokostnadernas utveckling ska inte överstiga utvecklingen av skatteintäkter och generella "
        "statsbidrag.",
    ])
    sh = [pct(RB["res"][i], RB["skatt"][i] + RB["gsb"][i], 2) for i in range(5)]
    pdf.p(f"Med budgeterat resultat blir resultatet {sv(sh[2], 2)} procent av skatteintäkter och generella "
          f"statsbidrag 2025. Målet uppfylls därmed för budgetåret men inte för 2026 ({sv(sh[3], 2)} procent).")
    pdf.p("Verksamhetsmål för nämnderna beslutas i respektive nämnds verksamhetsplan.")

    pdf.add_page()
    pdf.h1("Prioriteringar och besparingar")
    pdf.h2("Tillskott")
    pdf.bullets([
        "Socialnämnden: 9,5 miljoner kronor för ökade volymer inom hemtjänst, särskilt boende och LSS.",
        "Kommunstyrelsen: 750 000 kronor för sommarjobb till ungdomar i årskurs 9 och gymnasiet.",
        "Kommunstyrelsen: 1,2 miljoner kronor för ökade kostnader för räddningstjänsten.",
    ])
    pdf.h2("Besparingar")
    pdf.bullets([
        "Barn- och utbildningsnämnden: 3,6 miljoner kronor genom anpassning till minskat barnantal.",
        "Kommunstyrelsen: 1,4 miljoner kronor genom minskade administrativa kostnader.",
        "Samtliga nämnder: vakanta tjänster prövas innan de återbesätts.",
    ])
    pdf.p("Beslutade besparingar ska redovisas i nämndernas verksamhetsplaner senast den 28 februari 2025.")

    pdf.add_page()
    pdf.h1("Resultatbudget")
    pdf.caption("Belopp i tkr")
    W = [58, 22, 22, 22, 22, 22]
    hdr = [["Resultatbudget", "Bokslut", "Budget", "Budget", "Plan", "Plan"],
           ["", "2023", "2024", "2025", "2026", "2027"]]
    lab = [("Verksamhetens intäkter", "int", "row"), ("Verksamhetens kostnader", "kost", "row"),
           ("Avskrivningar", "avskr", "row"), ("Verksamhetens nettokostnader", "vnk", "sum"),
           ("Skatteintäkter", "skatt", "row"), ("Generella statsbidrag och utjämning", "gsb", "row"),
           ("Verksamhetens resultat", "vres", "sum"), ("Finansiella intäkter", "finint", "row"),
           ("Finansiella kostnader", "finkost", "row"), ("Resultat efter finansiella poster", "res", "sum"),
           ("Årets resultat", "res", "total")]
    rows = [(k, [l] + [t0(v) for v in RB[key]]) for l, key, k in lab]
    pdf.table(hdr, rows, W)
    pdf.p("Skatteintäkter och generella statsbidrag ökar med "
          f"{t0(RB['skatt'][2] + RB['gsb'][2] - RB['skatt'][1] - RB['gsb'][1])} tkr mellan budget 2024 och budget "
          f"2025, medan verksamhetens nettokostnader ökar med {t0(RB['vnk'][1] - RB['vnk'][2])} tkr.")

    pdf.add_page()
    pdf.h1("Kassaflödesbudget")
    pdf.caption("Belopp i tkr")
    W = [80, 30, 30, 30]
    hdr = [["", "Budget", "Plan", "Plan"], ["", "2025", "2026", "2027"]]
    k = KF
    rows = [("section", ["Den löpande verksamheten"]),
            ("row", ["Årets resultat"] + [t0(x["resultat"]) for x in k]),
            ("row", ["Justering för avskrivningar"] + [t0(x["avskr"]) for x in k]),
            ("row", ["Justering för avsättningar"] + [t0(x["avs"]) for x in k]),
            ("sum", ["Medel från den löpande verksamheten"] + [t0(x["lop"]) for x in k]),
            ("section", ["Investeringsverksamheten"]),
            ("row", ["Nettoinvesteringar"] + [t0(x["inv"]) for x in k]),
            ("sum", ["Medel från investeringsverksamheten"] + [t0(x["inv"]) for x in k]),
            ("section", ["Finansieringsverksamheten"]),
            ("row", ["Nyupptagna lån"] + [t0(x["upp"]) for x in k]),
            ("row", ["Amortering av skuld"] + [t0(x["amort"]) for x in k]),
            ("sum", ["Medel från finansieringsverksamheten"] + [t0(x["fin"]) for x in k]),
            ("total", ["Årets kassaflöde"] + [t0(x["kf"]) for x in k]),
            ("row", ["Likvida medel vid årets början"] + [t0(x["start"]) for x in k]),
            ("total", ["Likvida medel vid årets slut"] + [t0(x["slut"]) for x in k])]
    pdf.table(hdr, rows, W)
    pdf.p("Nyupplåningen 2026 avser främst sporthallen i Vännäsby och den nya reservoaren vid vattenverket.")

    # landscape driftbudget
    pdf.add_page(orientation="L")
    pdf.h1("Driftbudget per nämnd")
    pdf.caption("Nettokostnader, belopp i tkr")
    W = [68, 27, 27, 27, 27, 27, 30, 24]
    hdr = [["Nämnd", "Bokslut", "Budget", "Budget", "Plan", "Plan", "Förändring", "Förändring"],
           ["", "2023", "2024", "2025", "2026", "2027", "2024–2025", "%"]]
    rows = []
    for n, v in NAMNDER:
        rows.append(("row", [n] + [t0(x, "-") for x in v] + [t0(v[2] - v[1], "-"), sv(pct(v[2] - v[1], v[1], 1), 1, "-")]))
    rows.append(("sum", ["Summa nämnder"] + [t0(x, "-") for x in SUM_N] +
                 [t0(SUM_N[2] - SUM_N[1], "-"), sv(pct(SUM_N[2] - SUM_N[1], SUM_N[1], 1), 1, "-")]))
    rows.append(("row", ["Finansförvaltning*"] + [t0(x, "-") for x in FINANS] +
                 [t0(FINANS[2] - FINANS[1], "-"), sv(pct(FINANS[2] - FINANS[1], FINANS[1], 1), 1, "-")]))
    rows.append(("total", ["Totalt"] + [t0(x, "-") for x in TOTAL] +
                 [t0(TOTAL[2] - TOTAL[1], "-"), sv(pct(TOTAL[2] - TOTAL[1], TOTAL[1], 1), 1, "-")]))
    pdf.table(hdr, rows, W, size=9)
    pdf.caption("* Finansförvaltningen omfattar pensionskostnader, löneökningspott, kapitalkostnader och "
                "poster som inte fördelas till nämnderna. Valnämndens budget 2024 och 2026 avser "
                "Europaparlamentsvalet respektive de allmänna valen.")

    pdf.add_page()
    pdf.h1("Kommentarer per nämnd")
    pdf.h2("Kommunstyrelsen")
    pdf.p("Kommunstyrelsens ram ökar med 3 430 tkr. I ramen ingår 750 000 kronor för sommarjobb och "
          "ökade kostnader för räddningstjänsten i Umeåregionen.")
    pdf.h2("Barn- och utbildningsnämnden")
    pdf.p("Antalet barn i förskolan har minskat med 28 barn sedan 2023. Nämnden ska spara 3,6 miljoner "
          "kronor och ta fram en plan för förskolans organisation. Gymnasieeleverna går i huvudsak i "
          "Umeå och kostnaden för köpta platser ökar.")
    pdf.h2("Socialnämnden")
    pdf.p("Socialnämnden får det största tillskottet. Antalet personer med hemtjänst har ökat med "
          "12 procent sedan 2022. Ett nytt gruppboende enligt LSS med sex lägenheter öppnar under 2025.")
    pdf.h2("Miljö- och byggnadsnämnden")
    pdf.p("Nämnden samverkar med Bjurholms kommun om livsmedelskontroll. Taxorna räknas upp med 3 procent.")

    W = [86, 28, 28, 28]
    hdr = [["Projekt", "Budget", "Plan", "Plan"], ["", "2025", "2026", "2027"]]
    allrows = [("section", ["Skattefinansierade investeringar"])]
    for n, prj in INV_SKATT:
        allrows.append(("section", [n]))
        for p, a, b, c in prj:
            allrows.append(("row", [p, t0(a), t0(b), t0(c)]))
    allrows.append(("sum", ["Summa skattefinansierat"] + [t0(x) for x in SK_TOT]))
    allrows.append(("section", ["Taxefinansierade investeringar"]))
    for p, a, b, c in INV_TAXA:
        allrows.append(("row", [p, t0(a), t0(b), t0(c)]))
    allrows.append(("sum", ["Summa taxefinansierat"] + [t0(x) for x in TX_TOT]))
    allrows.append(("total", ["Summa investeringar"] + [t0(x) for x in INV_TOT]))
    split = 12
    pdf.add_page()
    pdf.h1("Investeringsbudget")
    pdf.caption("Belopp i tkr")
    pdf.table(hdr, allrows[:split], W)
    pdf.add_page()
    pdf.h2("Investeringsbudget, forts.")
    pdf.caption("Belopp i tkr")
    pdf.table(hdr, allrows[split:], W)
    pdf.p("Sporthallen i Vännäsby beräknas kosta totalt 35 miljoner kronor. Kommunen har beviljats "
          "2,5 miljoner kronor i bidrag från Riksidrottsförbundet, vilket inte är inräknat i tabellen.")

    pdf.add_page()
    pdf.h1("Nyckeltal")
    W = [90, 26, 26, 26]
    hdr = [["Nyckeltal", "Budget", "Plan", "Plan"], ["", "2025", "2026", "2027"]]
    selff = [pct(RB["res"][i + 2] - RB["avskr"][i + 2], INV_TOT[i], 0) for i in range(3)]
    rows = [("row", ["Resultat i % av skatter och generella statsbidrag", sv(sh[2], 2), sv(sh[3], 2), sv(sh[4], 2)]),
            ("row", ["Nettokostnadsandel, %",
                     *[sv(pct(-RB["vnk"][i], RB["skatt"][i] + RB["gsb"][i], 1)) for i in (2, 3, 4)]]),
            ("row", ["Självfinansieringsgrad investeringar, %", *[sv(x, 0) for x in selff]]),
            ("row", ["Skattesats, kr", "22,85", "22,85", "22,85"]),
            ("row", ["Invånare (beräknat)", "8 850", "8 870", "8 890"])]
    pdf.table(hdr, rows, W)
    pdf.output(out)


# ================================================================= DELÅRSRAPPORT PDF
def delar_pdf(out):
    pdf = Doc("Delårsrapport januari–augusti 2025 – Vännäs kommun", "Vännäs kommun")
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 24)
    pdf.ln(55)
    pdf.multi_cell(0, 12, "Delårsrapport\njanuari–augusti 2025", align="C")
    pdf.set_font("DejaVu", "", 12)
    pdf.multi_cell(0, 7, "Vännäs kommun\nBehandlad av kommunstyrelsen 2025-09-29", align="C")

    pdf.add_page()
    pdf.h1("Sammanfattning")
    pdf.p(f"Periodens resultat för januari–augusti 2025 uppgår till {t0(DR_U25['res'], '-')} tkr, vilket kan "
          f"jämföras med {t0(DR_U24['res'], '-')} tkr för samma period 2024.")
    pdf.p(f"Prognosen för helåret 2025 är ett överskott på 4,3 miljoner kronor, vilket är "
          f"{sv(D(DR_B25['res'] - DR_P25['res']) / 1000, 1)} miljoner kronor sämre än budget. Nämnderna "
          f"prognostiserar sammantaget ett underskott, där socialnämnden står för den största avvikelsen med "
          "-8,4 miljoner kronor.")
    pdf.p("Skatteintäkterna väntas bli något lägre än budgeterat, eftersom SKR har skrivit ned prognosen "
          "för skatteunderlagets utveckling. Finansnettot blir bättre än budget tack vare lägre räntor.")
    pdf.p("Prognosen innebär att det finansiella målet om ett resultat på minst 1,0 procent av skatteintäkter "
          "och generella statsbidrag inte uppnås 2025.")
    pdf.h2("Viktiga händelser under perioden")
    pdf.bullets([
        "Byggnationen av sporthallen i Vännäsby startade i april.",
        "Det nya gruppboendet enligt LSS på Vegavägen öppnade i juni.",
        "Kommunen anställde 132 ungdomar i sommarjobb.",
        "Sjukfrånvaron var 7,2 procent under perioden, jämfört med 7,8 procent samma period 2024.",
    ])

    pdf.add_page()
    pdf.h1("Resultaträkning")
    pdf.caption("Belopp i tkr")
    W = [52, 24, 24, 22, 22, 26]
    hdr = [["", "Utfall", "Utfall", "Budget", "Prognos", "Avvikelse"],
           ["", "jan–aug", "jan–aug", "2025", "2025", "prognos/"],
           ["", "2025", "2024", "", "", "budget"]]
    lab = [("Verksamhetens intäkter", "int", "row"), ("Verksamhetens kostnader", "kost", "row"),
           ("Avskrivningar", "avskr", "row"), ("Verksamhetens nettokostnader", "vnk", "sum"),
           ("Skatteintäkter", "skatt", "row"), ("Generella statsbidrag och utjämning", "gsb", "row"),
           ("Verksamhetens resultat", "vres", "sum"), ("Finansiella intäkter", "finint", "row"),
           ("Finansiella kostnader", "finkost", "row"), ("Periodens/årets resultat", "res", "total")]
    rows = [(k, [l, t0(DR_U25[key], "-"), t0(DR_U24[key], "-"), t0(DR_B25[key], "-"), t0(DR_P25[key], "-"),
                 t0(DR_P25[key] - DR_B25[key], "-")]) for l, key, k in lab]
    pdf.table(hdr, rows, W, size=8)

    pdf.add_page()
    pdf.h1("Driftredovisning per nämnd")
    pdf.caption("Nettokostnader, belopp i tkr. Negativ avvikelse innebär underskott.")
    W = [62, 26, 26, 26, 26]
    hdr = [["Nämnd", "Budget", "Utfall", "Prognos", "Avvikelse"], ["", "2025", "jan–aug", "2025", ""]]
    rows = []
    for n, v in NAMNDER:
        b = v[2]
        a = DR_AVV[n]
        rows.append(("row", [n, t0(b, "-"), t0(DR_UTF[n], "-"), t0(b - a, "-"), t0(a, "-")]))
    sb = SUM_N[2]
    sa = sum(DR_AVV.values())
    rows.append(("sum", ["Summa nämnder", t0(sb, "-"), t0(sum(DR_UTF.values()), "-"), t0(sb - sa, "-"), t0(sa, "-")]))
    rows.append(("row", ["Finansförvaltning", t0(FINANS[2], "-"), "", t0(FINANS[2] - DR_FIN_AVV, "-"),
                         t0(DR_FIN_AVV, "-")]))
    rows.append(("total", ["Totalt", t0(TOTAL[2], "-"), "", t0(TOTAL[2] - sa - DR_FIN_AVV, "-"),
                           t0(sa + DR_FIN_AVV, "-")]))
    pdf.table(hdr, rows, W)
    pdf.h2("Kommentarer")
    pdf.p("Socialnämndens underskott beror på högre kostnader för hemtjänst, där antalet beviljade timmar "
          "har ökat med 9 procent, samt på två externa placeringar inom individ- och familjeomsorgen.")
    pdf.p("Barn- och utbildningsnämnden redovisar ett överskott till följd av att besparingsåtgärderna har "
          "fått snabbare effekt än planerat och att statsbidragen för läxhjälp blev högre än budgeterat.")

    pdf.add_page()
    pdf.h1("Investeringar")
    pdf.p(f"Investeringsbudgeten för 2025 uppgår till {t0(INV_TOT[0], '-')} tkr. Under januari–augusti har "
          "18 640 tkr investerats. Helårsprognosen är 36 900 tkr, eftersom upprustningen av resecentrum "
          "skjuts till 2026.")
    pdf.h2("Personal")
    pdf.p("Antalet tillsvidareanställda var 781 den 31 augusti 2025, vilket är 6 fler än vid årsskiftet.")
    pdf.h2("Balanskravet")
    pdf.p("Kommunen prognostiserar ett positivt balanskravsresultat på 4,3 miljoner kronor. Det finns inga "
          "tidigare underskott att återställa.")
    pdf.output(out)


# ================================================================= HTML
NYCKEL = [
    ("Invånare 31 december", ["8 731", "8 768", "8 812", "8 846"]),
    ("Skattesats, kr", ["22,65", "22,65", "22,65", "22,65"]),
    ("Årets resultat, mnkr", ["14,2", "9,8", "6,0", "3,2"]),
    ("Nettoinvesteringar, mnkr", ["38,5", "44,1", "47,9", "39,6"]),
    ("Soliditet, %", ["42,1", "41,3", "40,2", "39,4"]),
    ("Långfristig låneskuld, mnkr", ["168,0", "176,0", "190,0", "198,0"]),
]


def html(out):
    trs = "\n".join(f"            <tr><th scope=\"row\">{n}</th>" + "".join(f"<td>{v}</td>" for v in vals) + "</tr>"
                    for n, vals in NYCKEL)
    page = f"""<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ekonomi och finansiell information | Vännäs kommun</title>
<link rel="stylesheet" href="/static/site.css">
<script src="/static/analytics.js" defer></script>
</head>
<body>
<div id="cookieconsent" role="dialog" aria-label="Kakor">
  <p>Vännäs kommun använder kakor för att webbplatsen ska fungera och för att samla in besöksstatistik.</p>
  <a href="/om-webbplatsen/kakor">Läs mer om kakor</a>
  <button type="button">Godkänn</button><button type="button">Neka statistikkakor</button>
</div>
<a class="skip" href="#innehall">Gå direkt till innehållet</a>
<header class="site-header">
  <div class="logo"><a href="/">Vännäs kommun</a></div>
  <nav aria-label="Huvudmeny">
    <a href="/omsorg-och-stod">Omsorg och stöd</a>
    <a href="/skola-och-forskola">Skola och förskola</a>
    <a href="/bo-och-bygga">Bo och bygga</a>
    <a href="/uppleva-och-gora">Uppleva och göra</a>
    <a href="/naringsliv-och-arbete">Näringsliv och arbete</a>
    <a href="/kommun-och-politik">Kommun och politik</a>
  </nav>
  <a href="/lyssna">Lyssna</a> <a href="/in-english">In English</a>
</header>
<nav class="breadcrumb">Du är här: Start &gt; Kommun och politik &gt; Ekonomi &gt; Finansiell information</nav>
<main id="innehall">
  <h1>Finansiell information</h1>
  <p class="lead">Här hittar du nyckeltal om Vännäs kommuns ekonomi, budget och årsredovisningar.</p>
  <h2>Årsredovisning 2024</h2>
  <p>Kommunfullmäktige godkände årsredovisningen för 2024 den 22 april 2025. Kommunen redovisade ett
  överskott på 3,2 miljoner kronor för 2024, vilket var 2,7 miljoner kronor lägre än budgeterat.
  Revisorerna tillstyrkte ansvarsfrihet för kommunstyrelsen och nämnderna.</p>
  <h2>Nyckeltal 2021–2024</h2>
  <table class="table">
    <caption>Ekonomiska nyckeltal för Vännäs kommun, utfall enligt årsredovisningarna</caption>
    <thead>
      <tr><th>Nyckeltal</th><th>2021</th><th>2022</th><th>2023</th><th>2024</th></tr>
    </thead>
    <tbody>
{trs}
    </tbody>
  </table>
  <h2>Skattesats 2025</h2>
  <p>Från den 1 januari 2025 är den kommunala skattesatsen 22,85 kronor. Tillsammans med regionskatten
  till Region Västerbotten på 11,35 kronor blir den totala skattesatsen 34,20 kronor.</p>
  <h2>Kommunens lån och borgen</h2>
  <p>Vännäs kommun lånar främst via Kommuninvest. Kommunen har också gått i borgen för
  Vännäs Bostäder AB med 245 miljoner kronor.</p>
  <h2>Dokument</h2>
  <ul>
    <li><a href="/download/budget-och-plan-2025-2027.pdf">Budget och plan 2025–2027 (pdf)</a></li>
    <li><a href="/download/arsredovisning-2024.pdf">Årsredovisning 2024 (pdf)</a></li>
    <li><a href="/download/delarsrapport-2025.pdf">Delårsrapport januari–augusti 2025 (pdf)</a></li>
  </ul>
  <p class="updated">Sidan publicerades 2023-03-02. Senast uppdaterad 2025-04-28.</p>
  <p>Kontakt: Lena Holm, ekonomichef, telefon 0935-140 00</p>
</main>
<footer>
  <p>Vännäs kommun, 911 81 Vännäs. Besöksadress: Granvägen 11.</p>
  <p>Växel: 0935-140 00 | kommun@vannas.se | Organisationsnummer: 212000-2593</p>
  <p><a href="/om-webbplatsen">Om webbplatsen</a> <a href="/tillganglighetsredogorelse">Tillgänglighetsredogörelse</a></p>
</footer>
</body>
</html>
"""
    with open(out, "w", encoding="utf-8") as f:
        f.write(page)


# ================================================================= DOCX
BESPAR = [("Anpassad bemanning i förskolan efter minskat barnantal", 1400),
          ("Samordning av skolskjutsar", 650),
          ("Avveckling av paviljong vid Vännäsby skola", 820),
          ("Minskade kostnader för vikarier", 480),
          ("Gemensam upphandling av digitala läromedel", 250)]
FORSKOLA = [("Vännäs centralort", 312, 305, 298), ("Vännäsby", 118, 121, 124), ("Pengsjö", 22, 20, 19),
            ("Tväråbäck", 14, 12, 12)]


def protokoll_docx(out):
    d = docx.Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    d.add_paragraph("VÄNNÄS KOMMUN")
    d.add_heading("Sammanträdesprotokoll", level=1)
    d.add_paragraph("Barn- och utbildningsnämnden")
    d.add_paragraph("Datum: 2025-02-19")
    d.add_paragraph("Plats: Kommunhuset, Vännäs, sammanträdesrum Älvsalen, kl. 13.00–16.10")
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in [("Beslutande", "Karin Sundström (C), ordförande; Erik Wikström (KD), vice ordförande; "
                                "Peter Nilsson (S); Maria Holmberg (V); Anders Lundgren (M); Sofia Berg (C); "
                                "Jan Olofsson (SD)"),
                 ("Övriga deltagande", "Helén Stenlund, förvaltningschef; Oskar Brännström, controller; "
                                       "Elin Nordin, sekreterare"),
                 ("Justerare", "Peter Nilsson (S)"),
                 ("Paragrafer", "8–13")]:
        cells = t.add_row().cells
        cells[0].text = a
        cells[1].text = b

    d.add_heading("§ 8 Val av justerare", level=2)
    d.add_paragraph("Barn- och utbildningsnämnden beslutar att utse Peter Nilsson (S) att justera protokollet.")
    d.add_heading("§ 9 Verksamhetsplan 2025 för barn- och utbildningsnämnden", level=2)
    d.add_paragraph("Dnr BUN 2024/88")
    d.add_paragraph("Förvaltningen har tagit fram förslag till verksamhetsplan för 2025 utifrån den ram "
                    "som kommunfullmäktige beslutade den 18 november 2024.")
    d.add_paragraph("Beslut: Barn- och utbildningsnämnden fastställer verksamhetsplanen för 2025.")

    d.add_heading("§ 10 Barnantal i förskolan 2025–2027", level=2)
    d.add_paragraph("Dnr BUN 2025/9")
    d.add_paragraph("Förvaltningen redovisar antalet inskrivna barn i förskolan i februari 2025 och prognosen "
                    "för kommande år per område.")
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, txt in zip(t.rows[0].cells, ["Område", "Inskrivna barn feb 2025", "Prognos 2026", "Prognos 2027"]):
        c.text = txt
    for row in FORSKOLA:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = str(v)
    cells = t.add_row().cells
    for c, v in zip(cells, ["Totalt", sum(r[1] for r in FORSKOLA), sum(r[2] for r in FORSKOLA),
                            sum(r[3] for r in FORSKOLA)]):
        c.text = str(v)
    d.add_paragraph("Beslut: Barn- och utbildningsnämnden lägger informationen till handlingarna.")

    d.add_heading("§ 11 Besparingsåtgärder 2025", level=2)
    d.add_paragraph("Dnr BUN 2025/14")
    tot = sum(b for _, b in BESPAR)
    d.add_paragraph("Kommunfullmäktige har i Budget och plan 2025–2027 gett nämnden i uppdrag att minska "
                    f"kostnaderna med {sv(tot, 0)} tkr under 2025. Förvaltningen föreslår följande åtgärder.")
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].text = "Åtgärd"
    t.rows[0].cells[1].text = "Besparing 2025, tkr"
    for a, b in BESPAR:
        cells = t.add_row().cells
        cells[0].text = a
        cells[1].text = sv(b, 0)
    cells = t.add_row().cells
    cells[0].text = "Summa"
    cells[1].text = sv(tot, 0)
    d.add_paragraph("Yrkanden: Peter Nilsson (S) yrkar, med instämmande av Maria Holmberg (V), att "
                    "paviljongen vid Vännäsby skola ska behållas och att besparingen i stället tas genom en "
                    "översyn av skolskjutsarna. Ordföranden yrkar bifall till förvaltningens förslag.")
    d.add_paragraph("Beslutsgång: Ordföranden ställer förslagen mot varandra och finner att nämnden "
                    "beslutar enligt förvaltningens förslag.")
    d.add_paragraph("Beslut: Barn- och utbildningsnämnden beslutar att genomföra besparingsåtgärderna enligt "
                    "förvaltningens förslag.")
    d.add_paragraph("Reservation: Peter Nilsson (S) och Maria Holmberg (V) reserverar sig mot beslutet till "
                    "förmån för eget yrkande.")

    d.add_heading("§ 12 Upphandling av skolskjutsar", level=2)
    d.add_paragraph("Dnr BUN 2025/3")
    d.add_paragraph("Nuvarande avtal för skolskjutsar löper ut den 30 juni 2026. Förvaltningen föreslår att en "
                    "ny upphandling genomförs tillsammans med Bjurholms kommun. Avtalets värde beräknas till "
                    "cirka 5,8 miljoner kronor per år.")
    d.add_paragraph("Beslut: Barn- och utbildningsnämnden ger förvaltningen i uppdrag att genomföra "
                    "upphandlingen tillsammans med Bjurholms kommun.")

    d.add_heading("§ 13 Informationsärenden", level=2)
    d.add_paragraph("Förvaltningschefen informerar om arbetet med den nya sporthallen i Vännäsby och om "
                    "resultaten i elevenkäten 2024.")
    d.add_paragraph("Sekreterare: Elin Nordin        Ordförande: Karin Sundström (C)        "
                    "Justerare: Peter Nilsson (S)")
    d.core_properties.author = "Elin Nordin"
    d.core_properties.title = "Protokoll BUN 2025-02-19"
    d.save(out)
    normalize_zip(out)


# ================================================================= XLSX
def drift_xlsx(out):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Driftbudget 2025"
    ws.append(["Vännäs kommun – Driftbudget per verksamhet 2025"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(["Belopp i tkr"])
    ws.append(["Nämnd", "Verksamhet", "Intäkter", "Kostnader", "Nettokostnad"])
    for c in ws[3]:
        c.font = Font(bold=True)
    gi = gk = gn = 0
    for n, _ in NAMNDER:
        si = sk = sn = 0
        for vname, intak, netto in VERKS[n]:
            kost = intak + netto
            ws.append([n, vname, intak, kost, netto])
            si += intak
            sk += kost
            sn += netto
        ws.append([f"Summa {n.lower() if n[0] != 'Ö' else n.lower()}", None, si, sk, sn])
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        gi += si
        gk += sk
        gn += sn
    ws.append(["Summa nämnder", None, gi, gk, gn])
    ws.cell(ws.max_row, 1).font = Font(bold=True)
    ws.column_dimensions["A"].width = 34
    ws.column_dimensions["B"].width = 40
    for col in "CDE":
        ws.column_dimensions[col].width = 14

    ws2 = wb.create_sheet("Nettokostnad per år")
    ws2.append(["Nettokostnad per nämnd, bokslut, budget och plan"])
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.append(["tkr"])
    ws2.append(["År"] + [n for n, _ in NAMNDER] + ["Summa nämnder"])
    for c in ws2[3]:
        c.font = Font(bold=True)
    labels = ["Bokslut 2023", "Budget 2024", "Budget 2025", "Plan 2026", "Plan 2027"]
    for i, lab in enumerate(labels):
        ws2.append([lab] + [v[i] for _, v in NAMNDER] + [SUM_N[i]])
    ws2.column_dimensions["A"].width = 14
    wb.properties.creator = "Vännäs kommun, ekonomienheten"
    wb.properties.title = "Driftbudget per verksamhet 2025"
    wb.save(out)
    normalize_zip(out)


# ================================================================= PRESS RELEASE
def press_txt(out):
    txt = """PRESSMEDDELANDE
Vännäs kommun
2025-09-30

Delårsrapporten: Vännäs kommun räknar med överskott – men socialtjänsten går back

Vännäs kommun redovisar ett resultat på 14,6 miljoner kronor för perioden januari–augusti 2025.
För helåret räknar kommunen med ett överskott på 4,3 miljoner kronor, att jämföra med de
7,6 miljoner kronor som fanns i budgeten.

Den största avvikelsen finns inom socialnämnden, som prognostiserar ett underskott på
8,4 miljoner kronor. Behovet av hemtjänst har ökat kraftigt och kommunen har haft kostnader för
två externa placeringar.

– Vi har en stabil grund, men vi måste få kontroll på kostnaderna inom socialtjänsten. Socialnämnden
har fått i uppdrag att ta fram en åtgärdsplan till november, säger Tomas Bergkvist (C),
kommunstyrelsens ordförande.

Barn- och utbildningsnämnden visar ett överskott på 1,2 miljoner kronor, bland annat tack vare att
besparingarna i förskolan fått effekt snabbare än planerat.

– Prognosen innebär att vi inte når vårt finansiella mål i år. Det är ett tydligt besked om att
vi behöver prioritera hårt i budgeten för 2026, säger ekonomichef Lena Holm.

Delårsrapporten behandlas av kommunfullmäktige den 20 oktober 2025.

För mer information:
Tomas Bergkvist (C), kommunstyrelsens ordförande, 070-123 45 67
Lena Holm, ekonomichef, 0935-140 00
"""
    with open(out, "w", encoding="utf-8") as f:
        f.write(txt)


def build(root):
    d = os.path.join(root, NAME)
    os.makedirs(d, exist_ok=True)
    budget_pdf(os.path.join(d, "budget-och-plan-2025-2027.pdf"))
    delar_pdf(os.path.join(d, "delarsrapport-jan-aug-2025.pdf"))
    html(os.path.join(d, "finansiell-information.html"))
    protokoll_docx(os.path.join(d, "protokoll-bun-2025-02-19.docx"))
    drift_xlsx(os.path.join(d, "driftbudget-per-verksamhet-2025.xlsx"))
    press_txt(os.path.join(d, "pressmeddelande-delarsrapport-2025.txt"))
