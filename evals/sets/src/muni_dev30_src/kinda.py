"""Kinda kommun: budget PDF, delårsrapport PDF, HTML, DOCX, XLSX, press release (txt)."""
import os
from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font

from common import Pdf, sv, save_docx, save_xlsx, docx_table

NAME = "Kinda kommun"
KSO = "Johan Granlund (KD)"

RB = {  # Bokslut 2023, Budget 2024, Budget 2025, Plan 2026, Plan 2027
    "int": [162.3, 158.0, 165.4, 168.7, 172.1],
    "kost": [-856.9, -872.4, -901.8, -921.6, -942.0],
    "avskr": [-31.2, -33.5, -35.9, -38.2, -40.1],
    "skatt": [518.4, 536.2, 566.9, 585.0, 603.8],
    "stb": [214.7, 222.5, 221.3, 224.6, 229.1],
    "fin": [-2.9, -4.6, -5.8, -6.3, -6.9],
}
RB["netto"] = [round(a + b + c, 1) for a, b, c in zip(RB["int"], RB["kost"], RB["avskr"])]
RB["vres"] = [round(a + b + c, 1) for a, b, c in zip(RB["netto"], RB["skatt"], RB["stb"])]
RB["res"] = [round(a + b, 1) for a, b in zip(RB["vres"], RB["fin"])]

DRIFT = [  # section, name, B2024, B2025, P2026, P2027 (tkr)
    ("Politisk verksamhet", "Kommunfullmäktige", 2450, 2520, 2580, 2640),
    ("Politisk verksamhet", "Revisionen", 1180, 1210, 1240, 1270),
    ("Nämnder", "Kommunstyrelsen", 98640, 102300, 104900, 107200),
    ("Nämnder", "Barn- och utbildningsnämnden", 312400, 324860, 333100, 341500),
    ("Nämnder", "Socialnämnden", 286900, 298450, 307200, 316400),
    ("Nämnder", "Kultur- och fritidsnämnden", 21300, 21950, 22400, 22900),
    ("Nämnder", "Bygg- och miljönämnden", 6830, 7010, 7180, 7350),
]

INV = [  # projekt, nämnd, tidigare beslutat, 2025, 2026, 2027 (mnkr)
    ("IT och digitalisering", "KS", 0.0, 1.5, 1.5, 1.5),
    ("Fastighetsunderhåll, reinvesteringar", "KS", 0.0, 8.0, 8.0, 11.5),
    ("Rimforsa skola, etapp 2", "BUN", 62.0, 28.0, 22.0, 0.0),
    ("Inventarier skolor och förskolor", "BUN", 0.0, 1.0, 1.0, 1.0),
    ("Trygghetsboende Kisa", "SN", 2.5, 6.5, 10.0, 12.0),
    ("Välfärdsteknik", "SN", 0.0, 0.8, 0.8, 0.8),
    ("Kisa reningsverk, ombyggnad", "KS", 6.0, 15.0, 12.0, 18.0),
    ("Gator och belysning", "KS", 0.0, 4.2, 5.7, 3.2),
    ("Konstgräsplan Kisa IP", "KFN", 0.0, 3.5, 0.0, 0.0),
]
INV_TOT = [round(sum(r[i] for r in INV), 1) for i in (2, 3, 4, 5)]

POP_PROG = [  # år, 0-19, 20-64, 65-79, 80+
    ("2023 (utfall)", 2010, 5142, 2016, 810),
    ("2024", 1988, 5110, 2021, 831),
    ("2025", 1965, 5080, 2025, 855),
    ("2026", 1942, 5051, 2027, 880),
    ("2027", 1921, 5027, 2026, 906),
]

DELAR_DRIFT = [  # name, budget 2025, prognos 2025 (tkr)
    ("Kommunfullmäktige", 2520, 2480),
    ("Revisionen", 1210, 1210),
    ("Kommunstyrelsen", 102300, 100900),
    ("Barn- och utbildningsnämnden", 324860, 326560),
    ("Socialnämnden", 298450, 304650),
    ("Kultur- och fritidsnämnden", 21950, 21650),
    ("Bygg- och miljönämnden", 7010, 6860),
]


def nd(x, dec=1):
    return sv(x, dec, neg="– ")


def budget_pdf(path):
    pdf = Pdf(f"Budget och plan 2025–2027 | {NAME}")
    pdf.title_page(["Budget och plan", "2025–2027"], [NAME, "Beslutad av kommunfullmäktige 18 november 2024, § 112"])
    pdf.add_page()
    pdf.h1("Förord")
    pdf.p("Kinda är en kommun där det ska vara enkelt att bo, driva företag och leva ett gott liv, oavsett om "
          "man bor i Kisa, Rimforsa, Horn eller på landsbygden. Den här budgeten är framtagen av det styrande "
          "samarbetet mellan Moderaterna, Kristdemokraterna, Centerpartiet och Liberalerna.")
    pdf.p("Vi har tvingats fatta ett svårt beslut. Skattesatsen höjs med 20 öre till 22,15 kronor per "
          "hundralapp från 2025. Höjningen ger cirka 5,1 miljoner kronor i ökade skatteintäkter, pengar som "
          "går direkt till skolan och omsorgen. Utan höjningen hade vi inte klarat vårt resultatmål.")
    pdf.p("Årets resultat budgeteras till 10,1 miljoner kronor 2025. Nämndernas ramar ökar med totalt "
          "28,6 miljoner kronor jämfört med 2024. Samtidigt ställs ett effektiviseringskrav på en procent, "
          "motsvarande 7,6 miljoner kronor, på samtliga nämnder.")
    pdf.p("Vi fortsätter att bygga för framtiden. Den andra etappen av Rimforsa skola står klar 2026 och "
          "ombyggnaden av Kisa reningsverk säkrar vattenförsörjningen och miljön för lång tid framöver.")
    pdf.p(f"Kisa i november 2024\n{KSO}\nKommunstyrelsens ordförande")
    pdf.add_page()
    pdf.h1("Förutsättningar")
    pdf.h2("Befolkning")
    pdf.p("Kinda kommun hade 9 978 invånare den 31 december 2023. Befolkningsprognosen pekar på en svagt "
          "minskande befolkning under planperioden. Skatteintäkterna för 2025 beräknas på 9 950 invånare.")
    pdf.h2("Skatteintäkter och statsbidrag")
    pdf.p("Skatteintäkter och generella statsbidrag beräknas utifrån Sveriges Kommuner och Regioners "
          "prognos från oktober 2024. Skatteintäkterna ökar med 5,7 procent mellan 2024 och 2025, varav "
          "skattehöjningen står för knappt en procentenhet. De generella statsbidragen och utjämningen "
          "minskar något 2025 till följd av en lägre kostnadsutjämning.")
    pdf.h2("Skattesats")
    pdf.p("Den kommunala skattesatsen för 2025 är 22,15 kronor, en höjning med 20 öre. Regionskatten i "
          "Region Östergötland är 11,55 kronor. Den totala skattesatsen blir därmed 33,70 kronor.")
    pdf.h2("Socialnämndens ekonomi")
    pdf.p("Socialnämnden har under flera år haft underskott. Prognosen för 2024 pekar på ett underskott om "
          "-8,9 miljoner kronor, framför allt inom hemtjänsten och placeringar inom individ- och "
          "familjeomsorgen. Nämnden tillförs därför 6,0 miljoner kronor i ramförstärkning 2025.")
    pdf.h2("Särskilda satsningar")
    pdf.bullets([
        "Elevhälsan förstärks med 2,4 miljoner kronor, motsvarande tre tjänster.",
        "Ett tillfälligt anslag om 650 000 kronor avsätts för sommarlovsaktiviteter 2025.",
        "Föreningsstödet höjs med 300 000 kronor.",
        "Kommunstyrelsen får 1,1 miljoner kronor för en ny tjänst som näringslivsutvecklare och "
        "landsbygdsfrågor.",
    ])
    pdf.add_page()
    pdf.h1("Befolkningsprognos")
    pdf.p("Kommunens befolkningsprognos är framtagen av Statisticon på uppdrag av kommunen. Antalet invånare "
          "80 år och äldre väntas öka med 96 personer mellan 2023 och 2027, medan antalet barn och unga minskar.")
    prows = []
    for yr, a, b, c, d in POP_PROG:
        prows.append(("row", [yr, sv(a, 0), sv(b, 0), sv(c, 0), sv(d, 0), sv(a + b + c + d, 0)]))
    pdf.table([["År", "0–19 år", "20–64 år", "65–79 år", "80 år–", "Totalt"]], prows, [45, 25, 25, 25, 25, 25],
              caption="Tabell A. Befolkning 31 december, utfall 2023 och prognos 2024–2027 (antal invånare)")
    pdf.h1("Personal och kompetensförsörjning")
    pdf.p("Kinda kommun hade i september 2024 cirka 880 tillsvidareanställda. Under planperioden går 94 "
          "medarbetare i pension, flest inom vård och omsorg samt förskolan. Kommunen satsar därför på "
          "betald utbildning till undersköterska för 12 medarbetare per år.")
    pdf.p("Löneöversynen för 2025 budgeteras till 3,3 procent. Medlen för löneöversyn ligger centralt under "
          "finansförvaltningen och fördelas till nämnderna när lönerevisionen är klar.")
    pdf.h1("Taxor och avgifter 2025 i urval")
    pdf.table([["Taxa", "2024", "2025"], ["", "kr", "kr"]], [
        ("row", ["Maxtaxa förskola, första barnet, per månad", "1 645", "1 688"]),
        ("row", ["Maxtaxa äldreomsorg, per månad", "2 467", "2 575"]),
        ("row", ["Matdistribution, per portion", "75", "79"]),
        ("row", ["Bygglov för nybyggnad av enbostadshus", "26 400", "27 900"]),
        ("row", ["Hyra idrottshall, per timme, förening", "120", "125"]),
    ], [100, 30, 30], caption="Tabell B. Taxor i urval")
    pdf.p("VA-taxan beslutas i ett separat ärende av kommunfullmäktige.")
    pdf.add_page()
    pdf.h1("Vision och mål")
    pdf.p("Kindas vision är \"Kinda – en attraktiv plats att leva och verka på\". Kommunfullmäktige har "
          "beslutat om tre inriktningsmål för perioden 2024–2027.")
    pdf.bullets([
        "Inriktningsmål 1: Kinda ska ha en god service och trygghet i alla livets skeden.",
        "Inriktningsmål 2: Kinda ska vara en attraktiv kommun för företag och nya invånare.",
        "Inriktningsmål 3: Kinda ska ha en hållbar miljö och en god ekonomisk hushållning.",
    ])
    pdf.h2("Finansiella mål")
    pdf.bullets([
        "Årets resultat ska uppgå till minst 1,5 procent av skatteintäkter och generella statsbidrag.",
        "Investeringarna ska över planperioden finansieras med egna medel till minst 70 procent.",
        "Låneskulden per invånare ska inte överstiga 30 000 kronor.",
    ])
    pdf.p("För 2025 motsvarar det budgeterade resultatet 1,3 procent av skatteintäkter och generella "
          "statsbidrag. Resultatmålet nås därmed inte 2025, men planen är att nå målet 2027.")
    pdf.add_page()
    pdf.h1("Resultatbudget")
    pdf.p("Resultatbudgeten redovisar kommunens intäkter och kostnader. Belopp i miljoner kronor (mnkr). "
          "Negativa belopp anges med minustecken.")
    rows = []

    def r(label, key, kind="row"):
        rows.append((kind, [label] + [nd(v) for v in RB[key]]))
    r("Verksamhetens intäkter", "int")
    r("Verksamhetens kostnader", "kost")
    r("Avskrivningar", "avskr")
    r("Verksamhetens nettokostnader", "netto", "sum")
    r("Skatteintäkter", "skatt")
    r("Generella statsbidrag och utjämning", "stb")
    r("Verksamhetens resultat", "vres", "sum")
    r("Finansnetto", "fin")
    r("Årets resultat", "res", "sum")
    pdf.table([["Mnkr", "Bokslut", "Budget", "Budget", "Plan", "Plan"],
               ["", "2023", "2024", "2025", "2026", "2027"]],
              rows, [62, 21, 21, 21, 21, 21], caption="Tabell 1. Resultatbudget 2025–2027")
    pdf.note("Budget 2024 avser den budget som fastställdes av kommunfullmäktige i november 2023.")
    pdf.add_page()
    pdf.h1("Kassaflödesbudget")
    pdf.p("Kassaflödesbudgeten visar hur investeringarna finansieras. Negativa belopp (utbetalningar) "
          "anges inom parentes.")
    avskr = [-RB["avskr"][i] for i in (2, 3, 4)]
    res = [RB["res"][i] for i in (2, 3, 4)]
    ovr = [2.0, 2.0, 2.0]
    lop = [round(a + b + c, 1) for a, b, c in zip(res, avskr, ovr)]
    inv = [-INV_TOT[i] for i in (1, 2, 3)]
    lan = [25.0, 15.0, 0.0]
    amort = [-5.0, -5.0, -6.0]
    fin = [round(a + b, 1) for a, b in zip(lan, amort)]
    flow = [round(a + b + c, 1) for a, b, c in zip(lop, inv, fin)]
    start = [42.3]
    for f in flow[:-1]:
        start.append(round(start[-1] + f, 1))
    end = [round(s + f, 1) for s, f in zip(start, flow)]

    def p3(v):
        return [sv(x, 1, neg="()") for x in v]
    kr = [
        ("sec", ["Den löpande verksamheten"]),
        ("row", ["Årets resultat"] + p3(res)),
        ("row", ["Justering för avskrivningar"] + p3(avskr)),
        ("row", ["Justering för övriga ej likviditetspåverkande poster"] + p3(ovr)),
        ("sum", ["Medel från den löpande verksamheten"] + p3(lop)),
        ("sec", ["Investeringsverksamheten"]),
        ("row", ["Investering i materiella anläggningstillgångar"] + p3(inv)),
        ("sum", ["Medel från investeringsverksamheten"] + p3(inv)),
        ("sec", ["Finansieringsverksamheten"]),
        ("row", ["Nyupptagna lån"] + p3(lan)),
        ("row", ["Amortering av skuld"] + p3(amort)),
        ("sum", ["Medel från finansieringsverksamheten"] + p3(fin)),
        ("sum", ["Årets kassaflöde"] + p3(flow)),
        ("row", ["Likvida medel vid årets början"] + p3(start)),
        ("row", ["Likvida medel vid årets slut"] + p3(end)),
    ]
    pdf.table([["Mnkr", "Budget 2025", "Plan 2026", "Plan 2027"]], kr, [98, 24, 24, 24],
              caption="Tabell 2. Kassaflödesbudget")
    pdf.add_page()
    pdf.h1("Driftbudget")
    pdf.p("Driftbudgeten anger nämndernas ramar, det vill säga den nettokostnad som respektive nämnd har att "
          "förhålla sig till. Ramarna för 2026 och 2027 är preliminära.")
    drows = []
    sec = None
    tot = [0, 0, 0, 0]
    for s, n, *vals in DRIFT:
        if s != sec:
            drows.append(("sec", [s]))
            sec = s
        drows.append(("row", [n] + [sv(v, 0) for v in vals]))
        tot = [a + b for a, b in zip(tot, vals)]
    netto = [round(-RB["netto"][i] * 1000) for i in (1, 2, 3, 4)]
    fin = [a - b for a, b in zip(netto, tot)]
    drows.append(("sum", ["Summa nämnder"] + [sv(v, 0) for v in tot]))
    drows.append(("row", ["Finansförvaltning och gemensamma poster *"] + [sv(v, 0) for v in fin]))
    drows.append(("sum", ["Verksamhetens nettokostnad"] + [sv(v, 0) for v in netto]))
    pdf.table([["Nämnd", "Budget", "Budget", "Plan", "Plan"], ["", "2024", "2025", "2026", "2027"]],
              drows, [78, 23, 23, 23, 23], caption="Tabell 3. Driftbudget per nämnd, belopp i tkr")
    pdf.note("* Pensioner, semesterlöneskuld, internränta och budgeterade medel för löneöversyn som ännu inte "
             "fördelats till nämnderna.")
    pdf.p("Barn- och utbildningsnämndens ram ökar med 12,5 miljoner kronor, bland annat till följd av ökade "
          "kostnader för gymnasieskolan och förstärkt elevhälsa. Socialnämndens ram ökar med 11,6 miljoner "
          "kronor, varav 6,0 miljoner kronor är ramförstärkning.")
    # Investeringsbudget on landscape page
    pdf.add_page(orientation="L")
    pdf.h1("Investeringsbudget")
    pdf.p("Investeringsbudgeten för 2025 omfattar 68,5 miljoner kronor. Tidigare beslutade medel avser "
          "belopp som beviljats i tidigare års budgetar för fleråriga projekt.")
    irows = []
    for pn, n, t, a, b, c in INV:
        irows.append(("row", [pn, n, sv(t), sv(a), sv(b), sv(c), sv(a + b + c)]))
    irows.append(("sum", ["Summa investeringar", ""] + [sv(v) for v in INV_TOT] + [sv(sum(INV_TOT[1:]))]))
    pdf.table([["Projekt", "Nämnd", "Tidigare", "Budget", "Plan", "Plan", "Summa"],
               ["", "", "beslutat", "2025", "2026", "2027", "2025–2027"]],
              irows, [90, 22, 28, 28, 28, 28, 33], caption="Tabell 4. Investeringsbudget, belopp i mnkr")
    pdf.note("KS = kommunstyrelsen, BUN = barn- och utbildningsnämnden, SN = socialnämnden, "
             "KFN = kultur- och fritidsnämnden.")
    pdf.p("Den totala projektkostnaden för Rimforsa skola, etapp 2, beräknas till 112 miljoner kronor. "
          "Ombyggnaden av Kisa reningsverk finansieras via VA-taxan.")
    pdf.add_page(orientation="P")
    pdf.h1("Nämndernas uppdrag 2025")
    for h, t in [
        ("Kommunstyrelsen", "Kommunstyrelsen ansvarar för ledning och samordning, ekonomi, personal, "
         "näringsliv, teknisk verksamhet med gator, VA och fastigheter samt räddningstjänst. Kommunstyrelsen "
         "ska under 2025 ta fram en ny översiktsplan."),
        ("Barn- och utbildningsnämnden", "Nämnden ansvarar för förskola, grundskola, anpassad grundskola, "
         "gymnasieskola, vuxenutbildning och kulturskola. Andelen elever som är behöriga till gymnasiets "
         "yrkesprogram ska öka."),
        ("Socialnämnden", "Nämnden ansvarar för äldreomsorg, funktionsstöd och individ- och familjeomsorg. "
         "Nämnden ska minska kostnaderna för externa placeringar genom att utveckla öppenvården på "
         "hemmaplan."),
        ("Kultur- och fritidsnämnden", "Nämnden ansvarar för bibliotek, fritidsgårdar, idrottsanläggningar "
         "och stöd till föreningslivet."),
        ("Bygg- och miljönämnden", "Nämnden ansvarar för myndighetsutövning inom plan- och bygglagen och "
         "miljöbalken samt livsmedelskontroll."),
    ]:
        pdf.h2(h)
        pdf.p(t)
    pdf.add_page()
    pdf.h1("Risker")
    pdf.p("En minskning av befolkningen med 50 invånare motsvarar cirka 3,0 miljoner kronor i minskade "
          "skatteintäkter och statsbidrag. En procents högre löneökning än budgeterat motsvarar cirka 4,9 "
          "miljoner kronor. En ränteökning med en procentenhet ökar räntekostnaderna med cirka 2,7 miljoner "
          "kronor per år.")
    pdf.output(path)


def delar_pdf(path):
    pdf = Pdf(f"{NAME} | Delårsrapport januari–augusti 2025")
    pdf.title_page(["Delårsrapport", "januari–augusti 2025"], [NAME, "Kommunstyrelsen 2025-10-07"])
    pdf.add_page()
    pdf.h1("Sammanfattning")
    pdf.p("Kinda kommun redovisar ett resultat för perioden januari–augusti 2025 på 12,2 miljoner kronor. "
          "Prognosen för helåret är ett överskott på 7,4 miljoner kronor, vilket är 2,7 miljoner kronor lägre "
          "än budget. Nämnderna prognostiserar sammantaget ett underskott på 6,0 miljoner kronor.")
    pdf.p("Socialnämnden prognostiserar ett underskott på 6,2 miljoner kronor, främst inom hemtjänsten och "
          "köpta platser inom individ- och familjeomsorgen. Barn- och utbildningsnämnden prognostiserar ett "
          "underskott på 1,7 miljoner kronor.")
    pdf.p("Det prognostiserade resultatet motsvarar 0,9 procent av skatteintäkter och generella "
          "statsbidrag. Det finansiella målet om 1,5 procent bedöms därmed inte uppnås 2025.")
    pdf.h2("Befolkning")
    pdf.p("Den 30 juni 2025 hade Kinda kommun 9 921 invånare, vilket är 25 färre än vid årsskiftet.")
    pdf.h2("Personal")
    pdf.p("Sjukfrånvaron för perioden januari–juli 2025 var 7,1 procent, jämfört med 7,6 procent under "
          "samma period 2024.")
    pdf.h2("Investeringar")
    pdf.p("Nettoinvesteringarna uppgick till 31,6 miljoner kronor under perioden. Prognosen för helåret är "
          "54,2 miljoner kronor, att jämföra med budgeten på 68,5 miljoner kronor. Avvikelsen beror främst på "
          "att ombyggnaden av Kisa reningsverk har försenats.")
    pdf.add_page()
    pdf.h1("Resultaträkning")
    cols = {  # jan-aug 2024, jan-aug 2025, budget 2025, prognos 2025
        "int": [110.9, 118.3, 165.4, 171.2],
        "kost": [-584.7, -606.2, -901.8, -913.6],
        "avskr": [-21.8, -23.4, -35.9, -35.1],
        "skatt": [357.5, 378.4, 566.9, 567.6],
        "stb": [148.3, 148.5, 221.3, 222.7],
        "fin": [-2.6, -3.4, -5.8, -5.4],
    }
    cols["netto"] = [round(a + b + c, 1) for a, b, c in zip(cols["int"], cols["kost"], cols["avskr"])]
    cols["vres"] = [round(a + b + c, 1) for a, b, c in zip(cols["netto"], cols["skatt"], cols["stb"])]
    cols["res"] = [round(a + b, 1) for a, b in zip(cols["vres"], cols["fin"])]
    rows = []
    for label, key, kind in [("Verksamhetens intäkter", "int", "row"), ("Verksamhetens kostnader", "kost", "row"),
                             ("Avskrivningar", "avskr", "row"), ("Verksamhetens nettokostnader", "netto", "sum"),
                             ("Skatteintäkter", "skatt", "row"), ("Generella statsbidrag och utjämning", "stb", "row"),
                             ("Verksamhetens resultat", "vres", "sum"), ("Finansnetto", "fin", "row"),
                             ("Periodens/årets resultat", "res", "sum")]:
        v = cols[key]
        rows.append((kind, [label] + [sv(x) for x in v] + [sv(v[3] - v[2])]))
    pdf.table([["Mnkr", "Utfall", "Utfall", "Budget", "Prognos", "Avvikelse"],
               ["", "jan–aug 2024", "jan–aug 2025", "2025", "2025", "mot budget"]],
              rows, [58, 22, 24, 20, 20, 26], caption="Resultaträkning")
    pdf.h1("Driftredovisning")
    drows = []
    tb = tp = 0
    for n, b, p in DELAR_DRIFT:
        drows.append(("row", [n, sv(b, 0), sv(p, 0), sv(b - p, 0)]))
        tb += b
        tp += p
    drows.append(("sum", ["Summa nämnder", sv(tb, 0), sv(tp, 0), sv(tb - tp, 0)]))
    fb, fp = 772300 - tb, 777500 - tp
    drows.append(("row", ["Finansförvaltning och gemensamma poster", sv(fb, 0), sv(fp, 0), sv(fb - fp, 0)]))
    drows.append(("sum", ["Verksamhetens nettokostnad", sv(fb + tb, 0), sv(fp + tp, 0), sv(fb + tb - fp - tp, 0)]))
    pdf.table([["Tkr", "Budget 2025", "Prognos 2025", "Avvikelse"]], drows, [88, 27, 27, 27],
              caption="Prognos per nämnd, nettokostnad")
    pdf.note("Positiv avvikelse innebär överskott, negativ avvikelse innebär underskott mot budget.")
    pdf.p("Kommunstyrelsen prognostiserar ett överskott på 1,4 miljoner kronor till följd av vakanta tjänster "
          "och lägre kostnader för vinterväghållning.")
    pdf.add_page()
    pdf.h1("Måluppfyllelse")
    pdf.p("Av kommunfullmäktiges 12 indikatorer bedöms 7 uppfyllas helt, 3 delvis och 2 inte uppfyllas vid "
          "årets slut.")
    pdf.table([["Indikator", "Utfall 2024", "Mål 2025", "Prognos 2025"]], [
        ("row", ["Behöriga till yrkesprogram, %", "87,1", "88,0", "86,5"]),
        ("row", ["Väntetid särskilt boende, dagar", "54", "60", "58"]),
        ("row", ["Nöjd kund-index företagsklimat", "72", "75", "74"]),
        ("row", ["Andel fossilfria fordon, %", "41", "50", "47"]),
        ("row", ["Resultat i % av skatter och statsbidrag", "1,3", "1,5", "0,9"]),
    ], [90, 27, 27, 27], caption="Urval av indikatorer")
    pdf.output(path)


def html_page(path):
    data = [
        ("Årets resultat, mnkr", "18,9", "4,4", "9,8"),
        ("Resultat i % av skatter och statsbidrag", "2,8", "0,6", "1,3"),
        ("Nettoinvesteringar, mnkr", "44,7", "52,3", "47,9"),
        ("Soliditet, %", "41,5", "39,8", "38,6"),
        ("Låneskuld, mnkr", "215,0", "245,0", "265,0"),
        ("Skattesats, kr", "21,95", "21,95", "21,95"),
        ("Invånare 31 december", "9 981", "9 978", "9 946"),
    ]
    rows = "\n".join(f"          <tr><th scope=\"row\">{a}</th><td>{b}</td><td>{c}</td><td>{d}</td></tr>"
                     for a, b, c, d in data)
    html = f"""<!DOCTYPE html>
<html lang="sv">
<head>
  <meta charset="utf-8">
  <title>Ekonomi och finansiell information – Kinda kommun</title>
  <style>.cookie{{position:fixed;bottom:0}} table{{border-collapse:collapse}}</style>
  <script>window.dataLayer = window.dataLayer || [];</script>
</head>
<body>
  <div class="cookie" id="cookieconsent">
    <p>Kinda.se använder kakor. Nödvändiga kakor gör att webbplatsen fungerar. Analyskakor används bara om du godkänner dem.</p>
    <button>Acceptera alla kakor</button><button>Bara nödvändiga kakor</button>
  </div>
  <a class="skip" href="#main">Gå direkt till innehållet</a>
  <header>
    <div class="logo"><a href="/">Kinda kommun</a></div>
    <nav>
      <a href="/barn-och-utbildning">Barn och utbildning</a>
      <a href="/omsorg-och-hjalp">Omsorg och hjälp</a>
      <a href="/bo-bygga-och-miljo">Bo, bygga och miljö</a>
      <a href="/uppleva-och-gora">Uppleva och göra</a>
      <a href="/naringsliv-och-arbete">Näringsliv och arbete</a>
      <a href="/kommun-och-politik">Kommun och politik</a>
    </nav>
    <a href="/lattlast">Lättläst</a> <a href="/other-languages">Other languages</a>
  </header>
  <main id="main">
    <div class="breadcrumb">Startsida &gt; Kommun och politik &gt; Ekonomi &gt; Finansiell information</div>
    <h1>Ekonomi och finansiell information</h1>
    <p class="lead">Här hittar du nyckeltal om Kinda kommuns ekonomi de senaste tre åren samt länkar till budget,
    delårsrapporter och årsredovisningar.</p>
    <h2>Resultat 2024</h2>
    <p>Kinda kommun redovisade ett överskott på 9,8 miljoner kronor för 2024, vilket var 3,6 miljoner kronor
    bättre än budget. Överskottet förklaras av högre skatteintäkter och lägre räntekostnader än beräknat.
    Socialnämnden redovisade ett underskott på 7,9 miljoner kronor.</p>
    <h2>Nyckeltal</h2>
    <div class="table-wrapper">
      <table>
        <caption>Finansiella nyckeltal för Kinda kommun 2022–2024</caption>
        <thead>
          <tr><th>Nyckeltal</th><th>2022</th><th>2023</th><th>2024</th></tr>
        </thead>
        <tbody>
{rows}
        </tbody>
      </table>
    </div>
    <p>Soliditeten visar hur stor del av tillgångarna som finansierats med eget kapital. Kindas soliditet har
    sjunkit de senaste åren eftersom investeringarna delvis finansierats med lån.</p>
    <h2>Dokument</h2>
    <ul>
      <li><a href="/dokument/budget-och-plan-2025-2027.pdf">Budget och plan 2025–2027 (pdf)</a></li>
      <li><a href="/dokument/delarsrapport-augusti-2025.pdf">Delårsrapport januari–augusti 2025 (pdf)</a></li>
      <li><a href="/dokument/arsredovisning-2024.pdf">Årsredovisning 2024 (pdf)</a></li>
    </ul>
    <h2>Kontakt</h2>
    <p>Sara Lindahl, ekonomichef, telefon 0494-190 20</p>
    <div class="page-info">
      <p>Publicerad: 30 april 2025</p>
      <p>Senast uppdaterad: 12 maj 2025</p>
    </div>
  </main>
  <footer>
    <p>Kinda kommun, Box 1, 590 40 Kisa. Besöksadress: Stora Torget 1, Kisa</p>
    <p>Telefon: 0494-190 00. E-post: kinda@kinda.se</p>
    <p><a href="/personuppgifter">Personuppgifter och GDPR</a> | <a href="/tillganglighet">Tillgänglighetsredogörelse</a> | <a href="/kakor">Om kakor</a></p>
    <p>© Kinda kommun</p>
  </footer>
</body>
</html>
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(html)


def protokoll_docx(path):
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10.5)
    doc.add_heading("Protokoll", level=1)
    doc.add_paragraph("Kommunfullmäktige, Kinda kommun")
    doc.add_paragraph("Datum: 2024-11-18, kl. 18.00–21.40")
    doc.add_paragraph("Plats: Kinda kulturhus, Kisa")
    doc.add_paragraph("Ordförande: Birgitta Ahl (M). Sekreterare: Linnea Karlsson. Justerare: Stefan Ring (S) och "
                      "Ulla Thor (C).")
    doc.add_paragraph("Närvarande: 35 av 35 ledamöter, varav 3 tjänstgörande ersättare.")
    doc.add_heading("§ 112 Budget och plan 2025–2027", level=2)
    doc.add_paragraph("Dnr KS 2024/288")
    doc.add_paragraph("Ärendebeskrivning: Kommunstyrelsen har lämnat förslag till budget och plan 2025–2027. Förslaget "
                      "innebär att skattesatsen höjs med 20 öre till 22,15 kronor och att årets resultat budgeteras "
                      "till 10,1 miljoner kronor.")
    doc.add_paragraph("Yrkanden: Johan Granlund (KD) yrkar bifall till kommunstyrelsens förslag. Stefan Ring (S) yrkar "
                      "bifall till Socialdemokraternas budgetförslag med en skattesats på 22,35 kronor. Petra Nyman (SD) "
                      "yrkar att skattesatsen ska vara oförändrad 21,95 kronor.")
    doc.add_paragraph("Votering: Omröstning begärs och verkställs. Kommunstyrelsens förslag ställs mot "
                      "Socialdemokraternas förslag. Med 19 röster för kommunstyrelsens förslag mot 12 röster för "
                      "Socialdemokraternas förslag beslutar kommunfullmäktige enligt kommunstyrelsens förslag. "
                      "4 ledamöter avstår från att rösta.")
    doc.add_paragraph("Beslut: Kommunfullmäktige beslutar att fastställa skattesatsen för 2025 till 22,15 kronor, att "
                      "fastställa budget och plan 2025–2027 enligt kommunstyrelsens förslag, och att kommunstyrelsen "
                      "under 2025 får nyupplåna högst 25 miljoner kronor.")
    doc.add_paragraph("Reservationer: Socialdemokraternas ledamöter reserverar sig mot beslutet till förmån för eget "
                      "förslag. Sverigedemokraternas ledamöter reserverar sig mot beslutet om skattesats.")
    doc.add_heading("§ 113 Taxa för vatten och avlopp 2025", level=2)
    doc.add_paragraph("Dnr KS 2024/301")
    doc.add_paragraph("Ärendebeskrivning: VA-verksamheten ska finansieras fullt ut med avgifter. Ombyggnaden av Kisa "
                      "reningsverk och ökade kostnader för kemikalier och el gör att taxan behöver höjas. För ett "
                      "normalhus med en förbrukning på 150 kubikmeter per år ökar kostnaden med 795 kronor per år till "
                      "12 210 kronor inklusive moms.")
    docx_table(doc, [
        ["Avgift (inkl. moms)", "2024", "2025", "Förändring %"],
        ["Fast avgift per år, villa, kr", "5 640", "6 030", "6,9"],
        ["Avgift per kubikmeter, kr/m³", "38,50", "41,20", "7,0"],
        ["Dagvattenavgift per år, kr", "1 120", "1 180", "5,4"],
        ["Anläggningsavgift, villa, kr", "168 000", "176 400", "5,0"],
    ])
    doc.add_paragraph("")
    doc.add_paragraph("Beslut: Kommunfullmäktige beslutar att anta taxa för vatten och avlopp att gälla från och med "
                      "den 1 januari 2025.")
    doc.add_heading("§ 114 Motion om solceller på kommunens fastigheter", level=2)
    doc.add_paragraph("Dnr KS 2024/102")
    doc.add_paragraph("Ärendebeskrivning: Anna Sjöström (MP) har föreslagit att kommunen installerar solceller på "
                      "samtliga lämpliga tak på kommunens fastigheter. Förvaltningen redovisar att solceller redan "
                      "finns på sex fastigheter och att ytterligare fyra installationer planeras till en kostnad av "
                      "1,8 miljoner kronor inom ramen för fastighetsunderhållet.")
    doc.add_paragraph("Beslut: Kommunfullmäktige beslutar att motionen anses besvarad.")
    doc.add_paragraph("")
    doc.add_paragraph("Justerat 2024-11-22. Anslaget på kommunens anslagstavla 2024-11-22.")
    save_docx(doc, path, "Protokoll kommunfullmäktige 2024-11-18", NAME)


def bun_xlsx(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "BUN budget 2025"
    ws.append(["Barn- och utbildningsnämnden – budget 2025 per verksamhet"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(["Belopp i tkr"])
    ws.append(["Verksamhet", "Intäkter", "Kostnader", "Nettokostnad", "Andel av nettokostnad, %"])
    data = [
        ("Nämnd och förvaltning", 0, 8450), ("Förskola", 9850, 78420), ("Pedagogisk omsorg", 320, 2110),
        ("Fritidshem", 4100, 17300), ("Förskoleklass", 150, 6880), ("Grundskola", 12600, 145900),
        ("Anpassad grundskola", 400, 9650), ("Gymnasieskola", 3200, 62480), ("Vuxenutbildning", 6800, 15450),
        ("Kulturskola", 1300, 6720), ("Skolskjuts", 0, 10220),
    ]
    tot_net = sum(k - i for _, i, k in data)
    ti = tk = 0
    for n, i, k in data:
        ws.append([n, i, k, k - i, round(100 * (k - i) / tot_net, 1)])
        ti += i
        tk += k
    ws.append(["Summa", ti, tk, tk - ti, 100])
    for c in ws[3]:
        c.font = Font(bold=True)
    ws.column_dimensions["A"].width = 30
    ws2 = wb.create_sheet("Barn och elever")
    ws2.append(["Barn och elever i Kinda kommun 2020–2024"])
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.append(["Antal per 15 oktober respektive år. Kostnad i kronor per elev."])
    ws2.append(["År", "Barn i förskola", "Elever i grundskola F–9", "Elever i gymnasieskola",
                "Kostnad per elev grundskola, kr", "Behöriga till yrkesprogram, %"])
    for r in [(2020, 412, 1052, 338, 118400, 84.6), (2021, 405, 1061, 331, 121900, 86.2),
              (2022, 398, 1049, 342, 126300, 82.9), (2023, 389, 1038, 349, 131800, 85.4),
              (2024, 377, 1031, 356, 137200, 87.1)]:
        ws2.append(list(r))
    for c in ws2[3]:
        c.font = Font(bold=True)
    save_xlsx(wb, path, "BUN budget 2025 och elevstatistik", NAME)


def press_txt(path):
    txt = """PRESSMEDDELANDE
Kinda kommun, 2025-05-20

Första spadtaget för andra etappen av Rimforsa skola

I dag togs det första spadtaget för den andra etappen av Rimforsa skola. När skolan står klar i augusti 2026
får den plats för 360 elever från förskoleklass till årskurs 9, en ny idrottshall och ett tillagningskök.

Den totala projektkostnaden för etapp 2 beräknas till 112 miljoner kronor. Byggentreprenör är
Rimforsa Bygg & Mark AB, som vann upphandlingen i mars.

"Det här är den största investeringen i Kindas historia och en satsning på barnen i hela norra delen av
kommunen", säger Eva Holm (C), ordförande i barn- och utbildningsnämnden.

"Vi bygger en skola med låg energiförbrukning. Solcellerna på taket beräknas ge 90 000 kilowattimmar per år",
säger Johan Granlund (KD), kommunstyrelsens ordförande.

Under byggtiden flyttas årskurs 7-9 till tillfälliga lokaler vid Rimforsa idrottsplats. Paviljongerna hyrs
för 1,9 miljoner kronor per år.

Kontaktpersoner:
Eva Holm (C), ordförande barn- och utbildningsnämnden, 0494-191 30
Per Axelsson, projektledare, Kinda kommun, 0494-192 44
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(txt)


FILES = {
    "budget-och-plan-2025-2027.pdf": budget_pdf,
    "delarsrapport-jan-aug-2025.pdf": delar_pdf,
    "ekonomi-finansiell-information.html": html_page,
    "protokoll-kf-2024-11-18.docx": protokoll_docx,
    "bun-budget-2025-elevstatistik.xlsx": bun_xlsx,
    "pressmeddelande-rimforsa-skola.txt": press_txt,
}


def build(outdir):
    os.makedirs(outdir, exist_ok=True)
    for fn, f in FILES.items():
        f(os.path.join(outdir, fn))
