"""Lindesbergs kommun: documents for the mb42 corpus."""
import os
from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font
from common import Doc, fmt, save_pdf, save_docx, save_xlsx, html_page

INV = 23400
COLS = ["Utfall 2023", "Budget 2024", "Budget 2025", "Plan 2026", "Plan 2027"]
RB = {
    "int": [348.2, 352.0, 361.4, 368.0, 374.5],
    "kost": [-1892.6, -1951.3, -2012.8, -2061.5, -2108.9],
    "avskr": [-71.4, -75.0, -79.6, -84.2, -88.1],
    "skatt": [1262.5, 1318.0, 1369.4, 1414.2, 1461.8],
    "bidrag": [392.3, 398.6, 409.7, 415.0, 418.3],
    "finint": [6.8, 5.0, 5.5, 5.5, 5.5],
    "finkost": [-14.4, -18.2, -21.9, -24.6, -27.3],
}
N = 5
RB["netto"] = [round(RB["int"][i] + RB["kost"][i] + RB["avskr"][i], 1) for i in range(N)]
RB["vres"] = [round(RB["netto"][i] + RB["skatt"][i] + RB["bidrag"][i], 1) for i in range(N)]
RB["res"] = [round(RB["vres"][i] + RB["finint"][i] + RB["finkost"][i], 1) for i in range(N)]
RB["andel"] = [round(100 * RB["res"][i] / (RB["skatt"][i] + RB["bidrag"][i]), 1) for i in range(N)]

# Driftbudget (tkr): Bokslut 2023, Budget 2024, Budget 2025, Plan 2026, Plan 2027
DRIFT = [
    ("Kommunstyrelsen", [186420, 192300, 198650, 202100, 206000]),
    ("Bildningsnämnden", [702880, 728400, 751200, 770300, 788900]),
    ("Socialnämnden", [168950, 172100, 176900, 180400, 184000]),
    ("Vård- och omsorgsnämnden", [541300, 562700, 588300, 606900, 625100]),
    ("Bygg- och miljönämnden", [14220, 14800, 15350, 15650, 15950]),
    ("Kultur- och fritidsnämnden", [41870, 43200, 43900, 44800, 45700]),
    ("Revision", [2450, 2500, 2550, 2600, 2650]),
    ("Överförmyndarnämnden", [3120, 3200, 3300, 3350, 3400]),
]
DSUM = [sum(d[1][i] for d in DRIFT) for i in range(N)]
NETTO_TKR = [int(round(-RB["netto"][i] * 1000)) for i in range(N)]
FIN = [NETTO_TKR[i] - DSUM[i] for i in range(N)]
BUDGET2023 = {"Kommunstyrelsen": 189500, "Bildningsnämnden": 698200, "Socialnämnden": 158400,
              "Vård- och omsorgsnämnden": 536900, "Bygg- och miljönämnden": 14600,
              "Kultur- och fritidsnämnden": 42100, "Revision": 2500, "Överförmyndarnämnden": 3000}

# Investeringsbudget (mnkr) 2025, 2026, 2027
INVEST = [
    ("Kommunstyrelsen", [
        ("Fastighetsunderhåll, reinvesteringar", 28.0, 25.0, 25.0),
        ("Ny F–6-skola i Frövi ¹", 45.0, 62.0, 18.0),
        ("Ombyggnad Lindesbergs simhall", 12.5, 30.0, 0.0),
        ("IT och digitalisering", 4.5, 4.0, 4.0),
        ("Gator, vägar och gång- och cykelvägar", 14.0, 12.0, 12.0),
        ("Exploatering Lindesby industriområde", 8.0, 6.0, 3.0),
    ]),
    ("Bildningsnämnden", [("Inventarier och läromedel", 3.5, 3.0, 3.0)]),
    ("Vård- och omsorgsnämnden", [("Välfärdsteknik och inventarier", 2.8, 2.5, 2.5)]),
    ("Kultur- och fritidsnämnden", [("Spontanidrottsplatser", 1.2, 1.2, 0.8)]),
]
INV_TOT = [round(sum(p[i] for _, ps in INVEST for p in ps), 1) for i in (1, 2, 3)]

# Kassaflödesbudget (mnkr) for 2025-2027
def kassa():
    res = RB["res"][2:]
    avs = [-a for a in RB["avskr"][2:]]
    avsn = [4.2, 3.8, 3.5]
    lop = [round(res[i] + avs[i] + avsn[i], 1) for i in range(3)]
    inv = [-v for v in INV_TOT]
    sale = [2.0, 1.5, 1.5]
    invn = [round(inv[i] + sale[i], 1) for i in range(3)]
    lan = [60.0, 70.0, 20.0]
    amort = [-15.0, -15.0, -20.0]
    fin = [round(lan[i] + amort[i], 1) for i in range(3)]
    flow = [round(lop[i] + invn[i] + fin[i], 1) for i in range(3)]
    start = [48.6]
    for f in flow:
        start.append(round(start[-1] + f, 1))
    return dict(res=res, avs=avs, avsn=avsn, lop=lop, inv=inv, sale=sale, invn=invn, lan=lan, amort=amort,
                fin=fin, flow=flow, start=start[:3], end=start[1:])
KF = kassa()

FEM = [  # Fem år i sammandrag: 2019..2023
    ("Antal invånare 31 december", ["23 684", "23 601", "23 559", "23 530", "23 512"]),
    ("Kommunal skattesats, kr", ["22,39", "22,39", "22,39", "22,39", "22,39"]),
    ("Verksamhetens nettokostnader, mnkr", ["1 401,2", "1 438,9", "1 492,7", "1 560,4", "1 615,8"]),
    ("Årets resultat, mnkr", ["18,6", "52,3", "64,1", "22,8", "31,4"]),
    ("Årets resultat i % av skatter och bidrag", ["1,3", "3,6", "4,2", "1,4", "1,9"]),
    ("Nettoinvesteringar, mnkr", ["84,5", "72,9", "91,4", "103,7", "96,3"]),
    ("Soliditet, %", ["41,8", "43,0", "44,9", "44,6", "44,2"]),
    ("Långfristiga lån, mnkr", ["410,0", "400,0", "395,0", "420,0", "455,0"]),
]


def budget_pdf(path):
    pdf = Doc("Lindesbergs kommun", "Budget och plan 2025–2027")
    pdf.add_page()
    pdf.ln(45)
    pdf.set_font("DejaVu", "B", 28)
    pdf.multi_cell(0, 12, "Budget och plan\n2025–2027", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 13)
    pdf.ln(6)
    pdf.multi_cell(0, 7, "Lindesbergs kommun\nAntagen av kommunfullmäktige 2024-11-25, § 178", align="C", new_x="LMARGIN", new_y="NEXT")

    pdf.add_page()
    pdf.h1("Förord")
    pdf.p("Lindesbergs kommun står inför stora investeringar samtidigt som kostnaderna för välfärden ökar snabbare än skatteintäkterna. Med den här budgeten tar vi ansvar både för dagens behov och för kommande generationer.")
    pdf.p(f"Budgeten för 2025 visar ett resultat på {fmt(RB['res'][2])} miljoner kronor. Det motsvarar {fmt(RB['andel'][2])} procent av skatteintäkter och generella statsbidrag, vilket är under vårt långsiktiga mål om 2,0 procent. Skattesatsen lämnas oförändrad på 22,64 kronor.")
    pdf.p("Vi gör den största skolinvesteringen i kommunens historia när den nya F–6-skolan i Frövi byggs. Samtidigt bygger vi om simhallen i Lindesberg, som har varit stängd för reparationer vid flera tillfällen de senaste åren.")
    pdf.p("Vård- och omsorgsnämnden får en förstärkning med 25,6 miljoner kronor, och bildningsnämnden med 22,8 miljoner kronor jämfört med budget 2024.")
    pdf.p("Mats Karlberg (S)\nKommunstyrelsens ordförande")

    pdf.add_page()
    pdf.h1("Planeringsförutsättningar")
    pdf.h2("Befolkning")
    pdf.p("Lindesbergs kommun hade 23 512 invånare vid årsskiftet 2023/2024. Befolkningen har minskat svagt under flera år. Budgeten bygger på antagandet 23 400 invånare den 1 november 2024.")
    pdf.h2("Skatteunderlag")
    pdf.p("Skatteintäkterna och de generella statsbidragen beräknas enligt SKR:s prognos från oktober 2024 till sammanlagt 1 779,1 miljoner kronor 2025. En skattekrona motsvarar cirka 60,5 miljoner kronor.")
    pdf.h2("Löner och priser")
    pdf.p("Nämndernas ramar har räknats upp med 3,0 procent för löneökningar och 2,2 procent för prisökningar. Arbetsgivaravgifter och personalomkostnadspålägg budgeteras centralt.")
    pdf.h2("Räntor och upplåning")
    pdf.p("Kommunen planerar att uppta nya lån om 60 miljoner kronor under 2025. Genomsnittlig upplåningsränta beräknas till 3,4 procent. Kommunens låneskuld väntas uppgå till cirka 500 miljoner kronor vid utgången av 2025.")

    pdf.add_page()
    pdf.h1("Mål för god ekonomisk hushållning")
    pdf.p("Kommunfullmäktige har fastställt tre finansiella mål och sex verksamhetsmål för perioden.")
    pdf.h2("Finansiella mål")
    pdf.bullets(["Årets resultat ska uppgå till minst 2,0 procent av skatteintäkter och generella statsbidrag över en rullande femårsperiod.",
                 "Självfinansieringsgraden för investeringar ska vara minst 80 procent i genomsnitt över perioden.",
                 "Soliditeten exklusive pensionsförpliktelser ska inte understiga 40 procent."])
    pdf.h2("Verksamhetsmål")
    pdf.bullets(["Andelen elever i årskurs 9 med godkända betyg i alla ämnen ska öka.",
                 "Väntetiden till särskilt boende ska vara högst 60 dagar.",
                 "Andelen ekologiska livsmedel i kommunens kök ska vara minst 35 procent.",
                 "Antalet nya företag per 1 000 invånare ska öka.",
                 "Sjukfrånvaron bland medarbetarna ska minska till högst 6,5 procent 2026.",
                 "Företagsklimatet enligt Svenskt Näringslivs ranking ska förbättras."])

    pdf.add_page()
    pdf.h1("Effektiviseringar och prioriteringar")
    pdf.p("För att klara det ekonomiska läget genomförs effektiviseringar om totalt 18,5 miljoner kronor 2025. Kommunstyrelsen ska minska kostnaderna med 3,2 miljoner kronor genom en samordnad administration. Bildningsnämnden ska se över skolorganisationen på landsbygden.")
    pdf.p("Socialnämnden ska minska kostnaderna för externa placeringar med 6,0 miljoner kronor genom att bygga upp egna alternativ på hemmaplan.")
    pdf.p("Bland prioriteringarna finns en satsning på 2,4 miljoner kronor för fler undersköterskor i nattpatrullen och 900 000 kronor för läxhjälp och sommarskola.")
    pdf.p("Kultur- och fritidsnämnden får 500 000 kronor i engångsanslag för Lindesbergs 670-årsjubileum 2025.")

    pdf.add_page()
    pdf.h1("Resultatbudget")
    rows = []
    def r(lbl, k, st="normal"):
        rows.append(([lbl] + [fmt(v, 1, "en") for v in RB[k]], st))
    r("Verksamhetens intäkter", "int"); r("Verksamhetens kostnader", "kost"); r("Avskrivningar", "avskr")
    r("Verksamhetens nettokostnader", "netto", "sum"); r("Skatteintäkter", "skatt")
    r("Generella statsbidrag och utjämning", "bidrag"); r("Verksamhetens resultat", "vres", "sum")
    r("Finansiella intäkter", "finint"); r("Finansiella kostnader", "finkost")
    r("Resultat efter finansiella poster", "res", "sum"); r("Årets resultat", "res", "sum")
    r("Resultat i % av skatter och bidrag", "andel")
    pdf.table(None, "Mnkr", [66, 20, 20, 20, 20, 20],
              [["", "Utfall", "Budget", "Budget", "Plan", "Plan"], ["", "2023", "2024", "2025", "2026", "2027"]], rows)
    pdf.p("Verksamhetens nettokostnader ökar med 3,4 procent mellan budget 2024 och budget 2025, medan skatteintäkter och generella statsbidrag ökar med 3,6 procent.")

    pdf.h1("Kassaflödesbudget")
    k = KF
    rows = [(["Den löpande verksamheten"], "section"),
            (["Årets resultat"] + [fmt(v, 1, "en") for v in k["res"]], "normal"),
            (["Justering för avskrivningar"] + [fmt(v, 1, "en") for v in k["avs"]], "normal"),
            (["Justering för avsättningar"] + [fmt(v, 1, "en") for v in k["avsn"]], "normal"),
            (["Medel från den löpande verksamheten"] + [fmt(v, 1, "en") for v in k["lop"]], "sum"),
            (["Investeringsverksamheten"], "section"),
            (["Investering i materiella anläggningstillgångar"] + [fmt(v, 1, "en") for v in k["inv"]], "normal"),
            (["Försäljning av materiella anläggningstillgångar"] + [fmt(v, 1, "en") for v in k["sale"]], "normal"),
            (["Medel från investeringsverksamheten"] + [fmt(v, 1, "en") for v in k["invn"]], "sum"),
            (["Finansieringsverksamheten"], "section"),
            (["Nyupptagna lån"] + [fmt(v, 1, "en") for v in k["lan"]], "normal"),
            (["Amortering av skuld"] + [fmt(v, 1, "en") for v in k["amort"]], "normal"),
            (["Medel från finansieringsverksamheten"] + [fmt(v, 1, "en") for v in k["fin"]], "sum"),
            (["Årets kassaflöde"] + [fmt(v, 1, "en") for v in k["flow"]], "sum"),
            (["Likvida medel vid årets början"] + [fmt(v, 1, "en") for v in k["start"]], "normal"),
            (["Likvida medel vid årets slut"] + [fmt(v, 1, "en") for v in k["end"]], "sum")]
    pdf.table(None, "Mnkr", [96, 25, 25, 25],
              [["", "Budget", "Plan", "Plan"], ["", "2025", "2026", "2027"]], rows)

    # Driftbudget – landscape
    pdf.add_page(orientation="L")
    pdf.h1("Driftbudget per nämnd")
    rows = []
    for n, v in DRIFT:
        rows.append(([n] + [fmt(x, 0) for x in v] + [fmt(v[2] - v[1], 0, "en"), fmt(100 * (v[2] - v[1]) / v[1], 1, "en"), fmt(v[2] * 1000 / INV, 0)], "normal"))
    rows.append((["Summa nämnder"] + [fmt(x, 0) for x in DSUM] + [fmt(DSUM[2] - DSUM[1], 0, "en"), fmt(100 * (DSUM[2] - DSUM[1]) / DSUM[1], 1, "en"), fmt(DSUM[2] * 1000 / INV, 0)], "sum"))
    rows.append((["Finansförvaltning ²"] + [fmt(x, 0, "en") for x in FIN] + [fmt(FIN[2] - FIN[1], 0, "en"), "", ""], "normal"))
    rows.append((["Verksamhetens nettokostnader"] + [fmt(x, 0) for x in NETTO_TKR] + [fmt(NETTO_TKR[2] - NETTO_TKR[1], 0, "en"), fmt(100 * (NETTO_TKR[2] - NETTO_TKR[1]) / NETTO_TKR[1], 1, "en"), fmt(NETTO_TKR[2] * 1000 / INV, 0)], "sum"))
    pdf.table(None, "Nettokostnad, tkr (kolumnen kr/inv avser budget 2025)", [66, 24, 24, 24, 24, 24, 26, 22, 22],
              [["Nämnd", "Bokslut", "Budget", "Budget", "Plan", "Plan", "Förändring", "Förändr.", "kr/inv"],
               ["", "2023", "2024", "2025", "2026", "2027", "2024–2025", "%", "2025"]], rows)
    pdf.note("² Finansförvaltningen omfattar bland annat interna kapitalkostnader, pensioner och löneutrymme som ännu inte fördelats till nämnderna.")

    # Investeringsbudget
    pdf.add_page(orientation="P")
    pdf.h1("Investeringsbudget")
    pdf.p(f"Investeringsbudgeten uppgår till {fmt(INV_TOT[0])} miljoner kronor 2025, {fmt(INV_TOT[1])} miljoner kronor 2026 och {fmt(INV_TOT[2])} miljoner kronor 2027. Investeringsnivån är hög i förhållande till kommunens storlek och innebär att låneskulden ökar.")
    rows = []
    for nm, ps in INVEST:
        rows.append(([nm], "section"))
        for p in ps:
            rows.append(([p[0], fmt(p[1]), fmt(p[2]), fmt(p[3])], "normal"))
        rows.append(([f"Summa {nm[0].lower() + nm[1:]}"] + [fmt(sum(p[i] for p in ps)) for i in (1, 2, 3)], "sum"))
    rows.append((["Summa investeringar"] + [fmt(t) for t in INV_TOT], "sum"))
    pdf.table(None, "Mnkr", [100, 22, 22, 22], [["Projekt", "Budget", "Plan", "Plan"], ["", "2025", "2026", "2027"]], rows)
    pdf.note("¹ Ny F–6-skola i Frövi har en total projektbudget på 140 mnkr, varav 15 mnkr har budgeterats 2024. Skolan ska ha plats för 350 elever och tas i bruk till höstterminen 2027.")
    pdf.p("Ombyggnaden av simhallen omfattar nytt reningsverk, nya omklädningsrum och en ny undervisningsbassäng. Simhallen beräknas vara stängd under perioden september 2025 till december 2026.")

    pdf.add_page()
    pdf.h1("Nämndernas ramar och uppdrag")
    for n, t in [
        ("Kommunstyrelsen", "Kommunstyrelsen ansvarar för kommunledning, fastigheter, gator och parker, näringslivsutveckling och arbetsmarknadsfrågor. Kommunens bidrag till Bergslagens räddningstjänst uppgår till 27,8 miljoner kronor 2025."),
        ("Bildningsnämnden", "Bildningsnämnden ansvarar för förskola, grundskola, gymnasieskola och vuxenutbildning. Lindeskolan har cirka 1 050 elever. Bildningsnämnden ska utreda en sammanslagning av skolorna i Ramsberg och Vedevåg."),
        ("Socialnämnden", "Socialnämnden ansvarar för individ- och familjeomsorg, ekonomiskt bistånd och missbruksvård. Kostnaderna för ekonomiskt bistånd budgeteras till 38,4 miljoner kronor 2025."),
        ("Vård- och omsorgsnämnden", "Vård- och omsorgsnämnden ansvarar för äldreomsorg, hemsjukvård och stöd enligt LSS. Ett nytt särskilt boende med 60 platser planeras i Lindesberg till 2028."),
        ("Bygg- och miljönämnden", "Bygg- och miljönämnden ansvarar för bygglov, miljö- och hälsoskydd samt livsmedelskontroll."),
        ("Kultur- och fritidsnämnden", "Kultur- och fritidsnämnden ansvarar för bibliotek, kulturskola, fritidsgårdar och idrottsanläggningar."),
    ]:
        pdf.h2(n)
        pdf.p(t)
    pdf.add_page()
    pdf.h1("Balansbudget")
    anl = [2050.0, round(2050.0 + 128.0 - 75.0, 1)]
    for i in (0, 1):
        anl.append(round(anl[-1] + INV_TOT[i] - KF["sale"][i] + RB["avskr"][2 + i], 1))
    ek = [1041.3, round(1041.3 + RB["res"][1], 1)]
    for i in (0, 1):
        ek.append(round(ek[-1] + RB["res"][2 + i], 1))
    oms = [305.9, 280.0, 262.0, 268.0]
    tot = [round(anl[i] + oms[i], 1) for i in range(4)]
    avsn = [96.2, 100.4, 104.6, 108.4]
    lang = [455.0, 455.0, 500.0, 555.0]
    kort = [round(tot[i] - ek[i] - avsn[i] - lang[i], 1) for i in range(4)]
    sol = [round(100 * ek[i] / tot[i], 1) for i in range(4)]
    f = lambda v: [fmt(x) for x in v]
    rows = [(["Anläggningstillgångar"] + f(anl), "normal"), (["Omsättningstillgångar"] + f(oms), "normal"),
            (["Summa tillgångar"] + f(tot), "sum"), (["Eget kapital"] + f(ek), "normal"),
            (["Avsättningar"] + f(avsn), "normal"), (["Långfristiga skulder"] + f(lang), "normal"),
            (["Kortfristiga skulder"] + f(kort), "normal"),
            (["Summa eget kapital, avsättningar och skulder"] + f(tot), "sum"), (["Soliditet, %"] + f(sol), "normal")]
    pdf.table(None, "Mnkr", [86, 21, 21, 21, 21],
              [["", "Bokslut", "Prognos", "Budget", "Plan"], ["", "2023", "2024", "2025", "2026"]], rows)
    save_pdf(pdf, path)


def arsred_pdf(path):
    pdf = Doc("Lindesbergs kommun", "Årsredovisning 2023")
    pdf.add_page()
    pdf.ln(50)
    pdf.set_font("DejaVu", "B", 28)
    pdf.multi_cell(0, 12, "Årsredovisning 2023", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 13)
    pdf.multi_cell(0, 8, "Lindesbergs kommun", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    pdf.h1("Kommunstyrelsens ordförande har ordet")
    pdf.p("2023 blev ett år av höga kostnadsökningar. Inflationen, räntehöjningarna och de ökade pensionskostnaderna påverkade kommunens ekonomi kraftigt. Trots det redovisar kommunen ett positivt resultat på 31,4 miljoner kronor.")
    pdf.p("Under året invigdes den nya idrottshallen i Storå och vi tog beslut om att bygga en ny F–6-skola i Frövi. Arbetslösheten minskade till 8,1 procent i december.")
    pdf.p("Mats Karlberg (S)\nKommunstyrelsens ordförande")
    pdf.h1("Fem år i sammandrag")
    rows = [([lbl] + vals, "normal") for lbl, vals in FEM]
    pdf.table(None, None, [74, 19, 19, 19, 19, 19], [["", "2019", "2020", "2021", "2022", "2023"]], rows)
    pdf.add_page()
    pdf.h1("Förvaltningsberättelse")
    pdf.h2("Årets resultat")
    pdf.p("Årets resultat uppgår till 31,4 miljoner kronor, vilket är 6,9 miljoner kronor bättre än budget. Resultatet motsvarar 1,9 procent av skatteintäkter och generella statsbidrag. Balanskravsresultatet uppgår till 27,2 miljoner kronor efter avdrag för realisationsvinster.")
    pdf.p("Nämnderna redovisar sammantaget en negativ budgetavvikelse på 16,0 miljoner kronor. Socialnämnden står för det största underskottet, -10,6 miljoner kronor, till följd av fler placeringar av barn och unga.")
    pdf.h2("Investeringar")
    pdf.p("Nettoinvesteringarna uppgick till 96,3 miljoner kronor, jämfört med en budget på 131,0 miljoner kronor. Den största investeringen var idrottshallen i Storå, som kostade 38,2 miljoner kronor.")
    pdf.h2("Personal")
    pdf.p("Antalet tillsvidareanställda uppgick till 2 186 den 31 december 2023. Sjukfrånvaron var 7,4 procent, en minskning från 7,9 procent året innan.")
    pdf.h2("Driftredovisning")
    rows = []
    tb = tu = 0
    for n, v in DRIFT:
        b = BUDGET2023[n]; u = v[0]
        tb += b; tu += u
        rows.append(([n, fmt(b, 0), fmt(u, 0), fmt(b - u, 0)], "normal"))
    rows.append((["Summa nämnder", fmt(tb, 0), fmt(tu, 0), fmt(tb - tu, 0)], "sum"))
    pdf.table(None, "Tkr", [80, 28, 28, 30], [["Nämnd", "Budget", "Utfall", "Budget-"], ["", "2023", "2023", "avvikelse"]], rows)
    pdf.add_page()
    pdf.h1("Resultaträkning")
    prev = {"int": 331.4, "kost": -1817.6, "avskr": -74.2, "skatt": 1205.6, "bidrag": 380.8, "finint": 5.9, "finkost": -9.1}
    prev["netto"] = round(prev["int"] + prev["kost"] + prev["avskr"], 1)
    prev["vres"] = round(prev["netto"] + prev["skatt"] + prev["bidrag"], 1)
    prev["res"] = round(prev["vres"] + prev["finint"] + prev["finkost"], 1)
    rows = []
    for lbl, k, note in [("Verksamhetens intäkter", "int", "2"), ("Verksamhetens kostnader", "kost", "3"),
                         ("Avskrivningar", "avskr", "4"), ("Verksamhetens nettokostnader", "netto", ""),
                         ("Skatteintäkter", "skatt", "5"), ("Generella statsbidrag och utjämning", "bidrag", "6"),
                         ("Verksamhetens resultat", "vres", ""), ("Finansiella intäkter", "finint", "7"),
                         ("Finansiella kostnader", "finkost", "8"), ("Årets resultat", "res", "")]:
        rows.append(([lbl, note, fmt(RB[k][0]), fmt(prev[k])], "sum" if note == "" else "normal"))
    pdf.table(None, "Mnkr", [80, 12, 25, 25], [["", "Not", "2023", "2022"]], rows)
    pdf.note("Nettokostnadsutvecklingen 2023 var 3,6 procent.")
    save_pdf(pdf, path)
    return prev


def html(path):
    rows = [("Årets resultat, mnkr", fmt(RB["res"][0]), fmt(RB["res"][1]), fmt(RB["res"][2])),
            ("Skattesats, kr", "22,39", "22,64", "22,64"),
            ("Verksamhetens nettokostnader, mnkr", fmt(-RB["netto"][0]), fmt(-RB["netto"][1]), fmt(-RB["netto"][2])),
            ("Skatteintäkter och generella statsbidrag, mnkr", fmt(RB["skatt"][0] + RB["bidrag"][0]), fmt(RB["skatt"][1] + RB["bidrag"][1]), fmt(RB["skatt"][2] + RB["bidrag"][2])),
            ("Nettoinvesteringar, mnkr", "96,3", "128,0", fmt(INV_TOT[0])),
            ("Antal invånare", "23 512", "23 450", "23 400")]
    body = "\n".join(f"          <tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td></tr>" for a, b, c, d in rows)
    content = f"""    <h1>Finansiell information</h1>
    <p class="lead">Här hittar du övergripande information om Lindesbergs kommuns ekonomi: budget, årsredovisning och nyckeltal.</p>
    <h2>Nyckeltal i korthet</h2>
    <table>
      <thead>
        <tr><th>Nyckeltal</th><th>Utfall 2023</th><th>Budget 2024</th><th>Budget 2025</th></tr>
      </thead>
      <tbody>
{body}
      </tbody>
    </table>
    <p><small>Antal invånare för 2024 och 2025 avser planeringsantagande den 1 november året före.</small></p>
    <h2>Kommunens kreditbetyg</h2>
    <p>Lindesbergs kommun är medlem i Kommuninvest och lånar huvudsakligen därifrån. Kommunens genomsnittliga ränta på låneskulden var 2,9 procent den 31 december 2023.</p>
    <h2>Leverantörsfakturor</h2>
    <p>Kommunen betalade under 2023 cirka 41 000 leverantörsfakturor. Kommunen har som mål att minst 90 procent av fakturorna ska vara elektroniska.</p>
    <h2>Dokument</h2>
    <ul>
      <li><a href="/download/budget-och-plan-2025-2027.pdf">Budget och plan 2025–2027 (pdf)</a></li>
      <li><a href="/download/arsredovisning-2023.pdf">Årsredovisning 2023 (pdf)</a></li>
      <li><a href="/download/delarsrapport-2024.pdf">Delårsrapport augusti 2024 (pdf)</a></li>
    </ul>
    <p>Kontakt: Ekonomichef Helena Strand, telefon 0581-810 00.</p>"""
    nav = [("Förskola och skola", "/forskola-och-skola"), ("Omsorg och stöd", "/omsorg-och-stod"),
           ("Bo, bygga och miljö", "/bo-bygga-och-miljo"), ("Uppleva och göra", "/uppleva-och-gora"),
           ("Näringsliv och arbete", "/naringsliv-och-arbete"), ("Kommun och politik", "/kommun-och-politik")]
    page = html_page("Lindesbergs kommun", "Finansiell information", nav,
                     ["Startsida", "Kommun och politik", "Ekonomi", "Finansiell information"], content,
                     "2023-04-12", "2024-12-05",
                     ["Lindesbergs kommun, 711 80 Lindesberg", "Besöksadress: Stadshuset, Kristinavägen 1", "Telefon: 0581-810 00", "E-post: kommunen@lindesberg.se"])
    with open(path, "w", encoding="utf-8") as f:
        f.write(page)


def docx(path):
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10.5)
    doc.add_paragraph("Lindesbergs kommun\nKommunstyrelseförvaltningen, Ekonomiavdelningen")
    doc.add_paragraph("TJÄNSTESKRIVELSE\nDatum: 2025-02-10\nDiarienummer: KS 2025/48")
    doc.add_heading("Begäran om tilläggsanslag för ökade placeringskostnader, socialnämnden", level=1)
    doc.add_heading("Förslag till beslut", level=2)
    doc.add_paragraph("Kommunstyrelsen föreslår kommunfullmäktige besluta")
    doc.add_paragraph("att bevilja socialnämnden ett tilläggsanslag om 4 500 tkr för 2025,", style="List Bullet")
    doc.add_paragraph("att tilläggsanslaget finansieras ur kommunstyrelsens oförutsedda medel,", style="List Bullet")
    doc.add_paragraph("att socialnämnden senast i juni 2025 ska redovisa en handlingsplan för att minska kostnaderna för externa placeringar.", style="List Bullet")
    doc.add_heading("Ärendebeskrivning", level=2)
    doc.add_paragraph("Socialnämnden har i beslut den 28 januari 2025, § 9, begärt ett tilläggsanslag om 6 800 tkr för att täcka ökade kostnader för externa placeringar av barn och unga. Antalet placerade barn har ökat från 31 i januari 2024 till 42 i januari 2025.")
    doc.add_paragraph("Ekonomiavdelningen bedömer att en del av kostnadsökningen kan hanteras inom nämndens ram genom att fler placeringar sker i egna familjehem. Förvaltningen föreslår därför ett tilläggsanslag om 4 500 tkr i stället för de begärda 6 800 tkr.")
    doc.add_paragraph("Kommunstyrelsens oförutsedda medel (kommunstyrelsens förfogande) uppgår 2025 till 8 000 tkr. Efter beslutet återstår 3 500 tkr.")
    doc.add_heading("Ekonomiska konsekvenser", level=2)
    rows = [("Kostnadsslag", "Budget 2025 (tkr)", "Prognos 2025 (tkr)", "Avvikelse (tkr)"),
            ("Institutionsplaceringar (HVB)", "18 400", "24 100", "-5 700"),
            ("Familjehemsplaceringar", "14 200", "16 300", "-2 100"),
            ("Öppenvård på hemmaplan", "9 600", "8 600", "1 000"),
            ("Summa placeringar", "42 200", "49 000", "-6 800")]
    t = doc.add_table(rows=len(rows), cols=4)
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            t.cell(i, j).text = v
    doc.add_paragraph("En institutionsplacering kostar i genomsnitt 5 200 kronor per dygn, medan en placering i konsulentstött familjehem kostar cirka 2 400 kronor per dygn.")
    doc.add_heading("Utdrag ur protokoll, kommunstyrelsens arbetsutskott 2025-02-17", level=2)
    doc.add_paragraph("§ 22 Begäran om tilläggsanslag för ökade placeringskostnader, socialnämnden")
    doc.add_paragraph("Arbetsutskottet föreslår kommunstyrelsen att bifalla förvaltningens förslag.")
    doc.add_paragraph("Yrkande: Ulf Persson (M) yrkar att tilläggsanslaget ska avslås och att socialnämnden ska hantera underskottet inom befintlig ram.")
    doc.add_paragraph("Beslut: Arbetsutskottet bifaller förvaltningens förslag.")
    doc.add_paragraph("Reservation: Ulf Persson (M) reserverar sig mot beslutet till förmån för eget yrkande.")
    doc.add_paragraph("Helena Strand\nEkonomichef")
    doc.add_paragraph("Jonas Edlund\nKommundirektör")
    save_docx(doc, path, "Tjänsteskrivelse tilläggsanslag socialnämnden", "Lindesbergs kommun")


def xlsx(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Nettokostnad"
    ws.append(["Nettokostnad per verksamhet, Lindesbergs kommun 2020–2024"])
    ws.append(["Belopp i tkr, löpande priser"])
    hdr = ["År", "Förskola", "Grundskola", "Gymnasieskola", "Äldreomsorg", "LSS", "Individ- och familjeomsorg", "Kultur och fritid"]
    ws.append(hdr)
    data = [(2020, 168400, 312900, 118200, 398700, 142300, 121400, 39800),
            (2021, 171900, 322500, 120800, 411200, 147900, 128600, 40200),
            (2022, 176300, 334800, 124500, 432600, 153100, 139500, 41100),
            (2023, 183200, 348100, 129900, 458900, 160400, 151800, 41870),
            (2024, 186900, 359300, 133600, 476200, 166700, 158300, 43050)]
    for r in data:
        ws.append(list(r))
    ws.append(["Uppgifterna för 2024 avser prognos per augusti 2024."])
    ws["A1"].font = Font(bold=True, size=13)
    for c in ws[3]:
        c.font = Font(bold=True)
    ws2 = wb.create_sheet("Per invånare")
    ws2.append(["Nettokostnad per invånare, Lindesbergs kommun och riket"])
    ws2.append(["Kronor per invånare, 2023"])
    ws2.append(["Verksamhet", "Lindesberg", "Riket", "Skillnad mot riket (%)"])
    inv = 23512
    riket = {"Förskola": 8120, "Grundskola": 15240, "Gymnasieskola": 5710, "Äldreomsorg": 16870,
             "LSS": 6890, "Individ- och familjeomsorg": 5980, "Kultur och fritid": 2310}
    for j, name in enumerate(hdr[1:], start=1):
        val = round(data[3][j] * 1000 / inv)
        ws2.append([name, val, riket[name], round(100 * (val - riket[name]) / riket[name], 1)])
    ws2["A1"].font = Font(bold=True, size=13)
    for c in ws2[3]:
        c.font = Font(bold=True)
    ws.column_dimensions["A"].width = 8
    ws2.column_dimensions["A"].width = 30
    save_xlsx(wb, path, "Nettokostnad per verksamhet Lindesberg", "Lindesbergs kommun")


def press(path):
    txt = f"""PRESSMEDDELANDE
Lindesbergs kommun
2024-11-26

Kommunfullmäktige har antagit budgeten för 2025 – skattesatsen oförändrad

Kommunfullmäktige i Lindesberg antog på måndagskvällen budget och plan för 2025–2027. Budgeten innebär ett resultat på {fmt(RB['res'][2])} miljoner kronor 2025 och att skattesatsen ligger kvar på 22,64 kronor.

Budgeten antogs efter votering med 29 röster mot 20. Moderaterna, Kristdemokraterna och Liberalerna hade ett gemensamt budgetförslag med en skattesänkning på 15 öre. Sverigedemokraterna lade ett eget förslag.

- Vi satsar på skolan och äldreomsorgen och bygger samtidigt för framtiden med en ny skola i Frövi. Det är en ansvarsfull budget i en tuff tid, säger Mats Karlberg (S), kommunstyrelsens ordförande.

Investeringarna uppgår till {fmt(INV_TOT[0])} miljoner kronor under 2025. Utöver skolan i Frövi byggs simhallen i Lindesberg om för 42,5 miljoner kronor under 2025 och 2026.

Oppositionsrådet Ulf Persson (M) är kritisk:
- Resultatet är för lågt och låneskulden växer snabbt. Vi hade velat se en tydligare plan för att minska kostnaderna, säger han.

Kommunfullmäktige beslutade också att höja taxan för vatten och avlopp med 8 procent från den 1 januari 2025. För en normalvilla innebär det en ökning med cirka 720 kronor per år.

För mer information:
Mats Karlberg (S), kommunstyrelsens ordförande, 0581-810 00
Helena Strand, ekonomichef, 0581-810 00
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(txt)


def build(outdir):
    os.makedirs(outdir, exist_ok=True)
    budget_pdf(os.path.join(outdir, "budget-och-plan-2025-2027.pdf"))
    arsred_pdf(os.path.join(outdir, "arsredovisning-2023.pdf"))
    html(os.path.join(outdir, "finansiell-information.html"))
    docx(os.path.join(outdir, "tjansteskrivelse-tillaggsanslag-socialnamnden.docx"))
    xlsx(os.path.join(outdir, "nettokostnad-per-verksamhet.xlsx"))
    press(os.path.join(outdir, "pressmeddelande-budget-2025.txt"))
