"""Robertsfors kommun: budget PDF, delårsrapport PDF, HTML, DOCX, XLSX, press release (txt)."""
import os
from common import Doc, fmt, normalize_zip, FIXED_DT


def r1(x):
    return round(x + 1e-9, 1)


def m(v, dec=1):
    """Negative numbers written with en dash and space: '– 26,1'."""
    return fmt(v, dec, neg="–")


RB = {  # mnkr: Utfall 2023, Budget 2024, Budget 2025, Plan 2026, Plan 2027
    "int": [98.2, 96.5, 101.3, 103.0, 104.8],
    "kost": [-566.4, -574.0, -596.8, -611.5, -627.0],
    "avs": [-21.3, -22.8, -24.6, -26.1, -27.4],
    "skatt": [332.6, 343.9, 358.2, 369.4, 381.0],
    "bidr": [168.3, 172.1, 176.0, 179.2, 182.5],
    "finint": [2.4, 2.0, 2.2, 2.2, 2.2],
    "finkost": [-3.1, -4.5, -5.0, -5.6, -6.1],
}
RB["netto"] = [r1(a + b + c) for a, b, c in zip(RB["int"], RB["kost"], RB["avs"])]
RB["vres"] = [r1(a + b + c) for a, b, c in zip(RB["netto"], RB["skatt"], RB["bidr"])]
RB["res"] = [r1(a + b + c) for a, b, c in zip(RB["vres"], RB["finint"], RB["finkost"])]

DRIFT = [  # tkr: Budget 2024, Budget 2025
    ("Kommunstyrelsen", 88450, 92310),
    ("Barn- och utbildningsnämnden", 186200, 193850),
    ("Socialnämnden", 201700, 211940),
    ("Miljö- och byggnämnden", 6320, 6580),
    ("Överförmyndarnämnden", 1150, 1210),
    ("Revision", 950, 980),
]

INVEST = [  # mnkr: Budget 2025, Plan 2026, Plan 2027
    ("Ny brandstation Robertsfors", 18.0, 6.5, 0.0),
    ("Reningsverk Ånäset", 9.5, 14.0, 4.0),
    ("Förskola Bygdeå, om- och tillbyggnad", 3.2, 12.0, 8.5),
    ("Gator, vägar och belysning", 2.5, 2.5, 2.5),
    ("Vattenledning Sikeå–Kågeträsk", 4.1, 0.0, 0.0),
    ("IT och digitalisering", 1.2, 1.0, 1.0),
    ("Fritidsanläggningar och spår", 0.8, 0.6, 0.6),
    ("Inventarier äldreomsorg", 0.7, 0.7, 0.7),
]

INV = 6812  # invånare 2024-11-01


def budget_pdf(path):
    d = Doc("Robertsfors kommun", "Budget och plan 2025–2027")
    d.add_page()
    d.set_font("DejaVu", "B", 26)
    d.ln(45)
    d.multi_cell(0, 12, "Budget och plan\n2025–2027", align="C", new_x="LMARGIN", new_y="NEXT")
    d.set_font("DejaVu", "", 13)
    d.ln(6)
    d.multi_cell(0, 7, "Robertsfors kommun\nBeslutad av kommunfullmäktige 2024-11-18, § 88", align="C",
                 new_x="LMARGIN", new_y="NEXT")

    d.add_page()
    d.h1("Förord")
    d.p("Robertsfors kommun går in i 2025 med en stabil ekonomi, men marginalerna är små. Kostnaderna "
        "för äldreomsorg och försörjningsstöd ökar och vi ser ett behov av att investera i både "
        "brandstation och reningsverk de närmaste åren.")
    d.p("Vi har därför fattat det tuffa beslutet att höja kommunalskatten med 30 öre till 22,95 kronor. "
        "Höjningen ger kommunen cirka 4,7 miljoner kronor i ökade skatteintäkter per år. Utan höjningen "
        "hade vi behövt göra neddragningar i skola och omsorg.")
    d.p("Budgeten ger ett resultat på 11,3 miljoner kronor 2025. Det klarar precis det finansiella målet "
        "på 2 procent av skatter och bidrag, men under planåren 2026 och 2027 ligger resultatet under "
        "målnivån. Det är rimligt med hänsyn till de stora investeringarna, men det kräver fortsatt "
        "återhållsamhet.")
    d.set_font("DejaVu", "I", 10)
    d.multi_cell(0, 5.2, "Magnus Öberg (S)\nKommunstyrelsens ordförande", new_x="LMARGIN", new_y="NEXT")
    d.ln(3)

    d.add_page()
    d.h1("Inledning och förutsättningar")
    d.h2("Befolkning")
    d.p(f"Robertsfors kommun hade {fmt(INV, 0)} invånare den 1 november 2024. Budgeten bygger på "
        "att befolkningen minskar med 25 personer per år under planperioden. Andelen invånare över 65 "
        "år är 27 procent, vilket är högre än genomsnittet i riket.")
    d.h2("Skatteunderlag")
    d.p("Skatteintäkterna har beräknats utifrån SKR:s prognos från oktober 2024. Skatteintäkterna "
        "beräknas till 358,2 miljoner kronor 2025, en ökning med 14,3 miljoner kronor jämfört med "
        "budget 2024.")
    d.h2("Finansiella mål")
    d.bullets([
        "Årets resultat ska uppgå till minst 2 procent av skatteintäkter och generella statsbidrag.",
        "Investeringar i skattefinansierad verksamhet ska finansieras med egna medel till minst 70 procent.",
        "Kommunens låneskuld ska inte överstiga 150 miljoner kronor.",
    ])
    d.h2("Effektiviseringar")
    d.p("Nämnderna ska genomföra effektiviseringar om totalt 6,2 miljoner kronor under 2025. Av dessa "
        "svarar socialnämnden för 3,4 miljoner kronor och barn- och utbildningsnämnden för 2,0 miljoner "
        "kronor. Kommunstyrelsen ska effektivisera med 0,8 miljoner kronor.")
    d.p("Socialnämnden redovisade ett underskott på 3,8 miljoner kronor i prognosen per augusti 2024. "
        "Nämnden får ett tillskott på 5,5 miljoner kronor i ramen 2025 för ökade volymer inom "
        "hemtjänsten.")
    d.h2("Löner och priser")
    d.p("Nämndernas ramar har räknats upp med 3,2 procent för löneökningar och 2,0 procent för "
        "övriga kostnader. Personalomkostnadspålägget är 40,15 procent.")

    d.add_page()
    d.h1("Resultatbudget")
    d.caption("Belopp i miljoner kronor (mnkr)")
    rows = []
    def rr(label, key):
        rows.append([label] + [m(v) for v in RB[key]])
    rr("Verksamhetens intäkter", "int"); rr("Verksamhetens kostnader", "kost"); rr("Avskrivningar", "avs")
    rr("Verksamhetens nettokostnader", "netto"); rr("Skatteintäkter", "skatt")
    rr("Generella statsbidrag och utjämning", "bidr"); rr("Verksamhetens resultat", "vres")
    rr("Finansiella intäkter", "finint"); rr("Finansiella kostnader", "finkost")
    rr("Årets resultat", "res")
    pct = [r1(100 * r / (s + b)) for r, s, b in zip(RB["res"], RB["skatt"], RB["bidr"])]
    rows.append(["Resultat i procent av skatter och bidrag"] + [fmt(v) for v in pct])
    d.table([66, 21, 21, 21, 21, 21],
            [["", "Utfall", "Budget", "Budget", "Plan", "Plan"], ["", "2023", "2024", "2025", "2026", "2027"]],
            rows, bold_rows=(3, 6, 9))

    d.h1("Kassaflödesbudget")
    d.caption("Belopp i mnkr")
    invtot = [sum(x[i] for x in INVEST) for i in (1, 2, 3)]
    kf = [
        ["Den löpande verksamheten"],
        ["Årets resultat", m(13.2), m(11.3), m(10.6), m(10.0)],
        ["Justering för av- och nedskrivningar", m(22.8), m(24.6), m(26.1), m(27.4)],
        ["Justering för övriga ej likviditetspåverkande poster", m(1.5), m(1.8), m(1.6), m(1.6)],
        ["Medel från den löpande verksamheten", m(37.5), m(37.7), m(38.3), m(39.0)],
        ["Investeringsverksamheten"],
        ["Investering i materiella anläggningstillgångar", m(-38.4), m(-r1(invtot[0])), m(-r1(invtot[1])), m(-r1(invtot[2]))],
        ["Finansieringsverksamheten"],
        ["Nyupptagna lån", m(0.0), m(5.0), m(10.0), m(0.0)],
        ["Amortering av skuld", m(-3.0), m(-3.0), m(-3.0), m(-3.0)],
    ]
    chg = []
    for i, (lop, amort, lan) in enumerate([(37.5, -3.0, 0.0), (37.7, -3.0, 5.0), (38.3, -3.0, 10.0), (39.0, -3.0, 0.0)]):
        inv = -38.4 if i == 0 else -invtot[i - 1]
        chg.append(r1(lop + inv + lan + amort))
    kf.append(["Årets kassaflöde"] + [m(v) for v in chg])
    d.table([86, 21, 21, 21, 21],
            [["", "Budget", "Budget", "Plan", "Plan"], ["", "2024", "2025", "2026", "2027"]], kf,
            bold_rows=(4, 10))

    d.add_page()
    d.h1("Driftbudget per nämnd")
    d.caption("Nettoramar")
    s24 = sum(x[1] for x in DRIFT); s25 = sum(x[2] for x in DRIFT)
    net24 = round(-RB["netto"][1] * 1000); net25 = round(-RB["netto"][2] * 1000)
    rows = []
    for n, a, b in DRIFT:
        rows.append([n, fmt(a, 0), fmt(b, 0), fmt(b - a, 0), fmt(100 * (b - a) / a, 1)])
    rows.append(["Summa nämnder", fmt(s24, 0), fmt(s25, 0), fmt(s25 - s24, 0), fmt(100 * (s25 - s24) / s24, 1)])
    rows.append(["Finansförvaltning, pensioner m.m.", fmt(net24 - s24, 0), fmt(net25 - s25, 0),
                 fmt((net25 - s25) - (net24 - s24), 0), ""])
    rows.append(["Totalt nettokostnader", fmt(net24, 0), fmt(net25, 0), fmt(net25 - net24, 0),
                 fmt(100 * (net25 - net24) / net24, 1)])
    d.table([70, 25, 25, 25, 25],
            [["Nämnd", "Budget 2024", "Budget 2025", "Förändring", "Förändring"],
             ["", "tkr", "tkr", "tkr", "%"]], rows, bold_rows=(6, 8))
    d.p("Socialnämnden har den största ramen och svarar för drygt 40 procent av nämndernas samlade "
        "budget. Miljö- och byggnämnden är gemensam med Bjurholms kommun sedan 2023; tabellen visar "
        "Robertsfors andel.")

    d.h2("Nämndernas verksamhet")
    for n, t in [
        ("Kommunstyrelsen", "ansvarar för räddningstjänst, näringsliv, fastigheter, gator och vägar, "
         "kost och lokalvård samt kommunens gemensamma administration."),
        ("Barn- och utbildningsnämnden", "ansvarar för förskola, grundskola, gymnasieskola (genom "
         "samverkansavtal med Umeå kommun), vuxenutbildning samt kultur och fritid."),
        ("Socialnämnden", "ansvarar för äldreomsorg, LSS, individ- och familjeomsorg samt "
         "arbetsmarknadsfrågor."),
    ]:
        d.p(f"{n} {t}")

    d.add_page()
    d.h1("Investeringsbudget")
    d.caption("Belopp i mnkr")
    rows = []
    for n, a, b, c in INVEST:
        rows.append([n, m(a), m(b), m(c), m(r1(a + b + c))])
    tot = [r1(x) for x in invtot]
    rows.append(["Summa investeringar", m(tot[0]), m(tot[1]), m(tot[2]), m(r1(sum(tot)))])
    d.table([82, 22, 22, 22, 22], [["Projekt", "Budget", "Plan", "Plan", "Summa"], ["", "2025", "2026", "2027", "2025–2027"]],
            rows, bold_rows=(len(rows) - 1,))
    d.p("Den nya brandstationen i Robertsfors ersätter den gamla stationen från 1962. Reningsverket i "
        "Ånäset behöver byggas om för att klara nya utsläppskrav. Vatten- och avloppsinvesteringarna "
        "finansieras via VA-taxan.")
    d.p("Investeringsnivån 2025 är hög i förhållande till kommunens storlek. Självfinansieringsgraden "
        "beräknas till 94 procent 2025.")

    d.add_page()
    d.h1("Bilaga: Ekonomiska nyckeltal")
    d.caption("Kronor per invånare")
    d.table([90, 30, 30], [["Nyckeltal", "Budget 2024", "Budget 2025"]], [
        ["Skatteintäkter per invånare", fmt(343.9e6 / 6831, 0), fmt(358.2e6 / INV, 0)],
        ["Nettokostnad per invånare", fmt(500.3e6 / 6831, 0), fmt(520.1e6 / INV, 0)],
        ["Investeringar per invånare", fmt(38.4e6 / 6831, 0), fmt(40.0e6 / INV, 0)],
    ])
    d.caption("Beräknat på 6 831 invånare (budget 2024) respektive 6 812 invånare (budget 2025).")
    d.output(path)


def delar_pdf(path):
    d = Doc("Robertsfors kommun", "Delårsrapport januari–augusti 2024")
    d.add_page()
    d.set_font("DejaVu", "B", 24)
    d.ln(50)
    d.multi_cell(0, 11, "Delårsrapport\njanuari–augusti 2024", align="C", new_x="LMARGIN", new_y="NEXT")
    d.set_font("DejaVu", "", 12)
    d.ln(6)
    d.multi_cell(0, 7, "Robertsfors kommun", align="C", new_x="LMARGIN", new_y="NEXT")

    d.add_page()
    d.h1("Sammanfattning")
    d.p("Periodens resultat för januari–augusti 2024 uppgår till 21,6 miljoner kronor. Resultatet för "
        "helåret prognostiseras till 8,9 miljoner kronor, vilket är 4,3 miljoner kronor lägre än det "
        "budgeterade resultatet på 13,2 miljoner kronor.")
    d.p("Den negativa avvikelsen beror främst på socialnämnden, som prognostiserar ett underskott på "
        "3,8 miljoner kronor. Kostnaderna för placeringar av barn och unga samt för bemanning inom "
        "hemtjänsten har ökat kraftigt.")
    d.p("Investeringarna uppgick till 14,2 miljoner kronor under perioden. För helåret prognostiseras "
        "investeringar på 29,5 miljoner kronor av budgeterade 38,4 miljoner kronor.")
    d.h2("Viktiga händelser under perioden")
    d.bullets([
        "Kommunfullmäktige beslutade i april att bygga en ny brandstation i Robertsfors.",
        "Sjukfrånvaron var 6,4 procent för perioden, jämfört med 7,1 procent motsvarande period 2023.",
        "Nya Bygdeå skola invigdes den 19 augusti.",
        "Kommunen tog emot 41 nya sommarjobbare, en ökning med 6 jämfört med 2023.",
    ])

    d.add_page()
    d.h1("Nämndernas prognos för helåret")
    d.caption("Belopp i tkr. Negativa avvikelser anges med minustecken.")
    rows = [
        ["Kommunstyrelsen", "88 450", "87 330", "1 120"],
        ["Barn- och utbildningsnämnden", "186 200", "185 300", "900"],
        ["Socialnämnden", "201 700", "205 500", "-3 800"],
        ["Miljö- och byggnämnden", "6 320", "6 410", "-90"],
        ["Överförmyndarnämnden", "1 150", "1 180", "-30"],
        ["Revision", "950", "950", "0"],
        ["Summa nämnder", "484 770", "486 670", "-1 900"],
        ["Finansförvaltningen", "15 530", "17 930", "-2 400"],
    ]
    d.table([72, 30, 30, 30], [["Nämnd", "Budget 2024", "Prognos 2024", "Avvikelse"]], rows, bold_rows=(6,))
    d.p("Finansförvaltningens negativa avvikelse beror på högre pensionskostnader än budgeterat, "
        "medan skatteintäkterna ligger i nivå med budget.")
    d.h1("Resultaträkning")
    d.caption("Belopp i mnkr")
    rr = [
        ["Verksamhetens intäkter", "64,8", "67,1", "97,0"],
        ["Verksamhetens kostnader", "-372,9", "-372,4", "-579,0"],
        ["Avskrivningar", "-14,2", "-15,1", "-22,6"],
        ["Verksamhetens nettokostnader", "-322,3", "-320,4", "-504,6"],
        ["Skatteintäkter", "220,1", "229,4", "343,9"],
        ["Generella statsbidrag och utjämning", "112,0", "114,9", "172,1"],
        ["Verksamhetens resultat", "9,8", "23,9", "11,4"],
        ["Finansiella poster, netto", "-0,3", "-2,3", "-2,5"],
        ["Periodens resultat", "9,5", "21,6", "8,9"],
    ]
    d.table([74, 28, 28, 28], [["", "Jan–aug", "Jan–aug", "Prognos"], ["", "2023", "2024", "helår 2024"]], rr,
            bold_rows=(3, 6, 8))
    d.p("Periodens resultat är högre än helårsprognosen eftersom semesterlöneskulden minskar under "
        "sommarmånaderna. Skatteintäkter och generella statsbidrag prognostiseras i nivå med budget.")
    d.output(path)


def html_page(path):
    html = """<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Kommunens ekonomi - Robertsfors kommun</title>
<link rel="stylesheet" href="/css/site.css">
<script src="/js/analytics.js"></script>
</head>
<body>
<div id="cookiebar" role="dialog">
  <p>Robertsfors.se använder kakor. Nödvändiga kakor krävs för att webbplatsen ska fungera. Vill du även tillåta statistikkakor?</p>
  <button>Tillåt alla kakor</button><button>Neka statistikkakor</button>
</div>
<header class="site-header">
  <a class="logo" href="/">Robertsfors kommun</a>
  <nav aria-label="Huvudmeny">
    <a href="/barn-och-utbildning">Barn och utbildning</a>
    <a href="/omsorg-och-stod">Omsorg och stöd</a>
    <a href="/bygga-bo-och-miljo">Bygga, bo och miljö</a>
    <a href="/uppleva-och-gora">Uppleva och göra</a>
    <a href="/kommun-och-politik">Kommun och politik</a>
  </nav>
  <a href="/lattlast">Lättläst</a> <a href="/languages">Languages</a>
</header>
<main id="content">
  <nav class="breadcrumbs">Startsida › Kommun och politik › Ekonomi › Kommunens ekonomi</nav>
  <article>
    <h1>Kommunens ekonomi – finansiell information</h1>
    <p class="lead">Här hittar du en översikt över Robertsfors kommuns ekonomi, med nyckeltal från de senaste årsredovisningarna och budgeten för 2025.</p>
    <p>Kommunens största intäktskälla är skatten. Från 1 januari 2025 är kommunalskatten 22,95 kronor, en höjning med 30 öre. Tillsammans med regionskatten på 11,30 kronor blir den totala skattesatsen 34,25 kronor.</p>
    <h2>Nyckeltal i sammandrag</h2>
    <table class="table">
      <thead>
        <tr><th>Nyckeltal</th><th>2021</th><th>2022</th><th>2023</th><th>Budget 2025</th></tr>
      </thead>
      <tbody>
        <tr><td>Årets resultat, mnkr</td><td>24,3</td><td>18,7</td><td>10,7</td><td>11,3</td></tr>
        <tr><td>Resultat i % av skatter och bidrag</td><td>5,6</td><td>4,0</td><td>2,1</td><td>2,1</td></tr>
        <tr><td>Nettoinvesteringar, mnkr</td><td>21,4</td><td>33,9</td><td>27,6</td><td>40,0</td></tr>
        <tr><td>Soliditet, %</td><td>52,4</td><td>53,1</td><td>52,8</td><td>50,2</td></tr>
        <tr><td>Låneskuld, mnkr</td><td>96,0</td><td>93,0</td><td>90,0</td><td>89,0</td></tr>
        <tr><td>Kommunalskatt, kr</td><td>22,65</td><td>22,65</td><td>22,65</td><td>22,95</td></tr>
        <tr><td>Antal invånare 31 dec</td><td>6 871</td><td>6 858</td><td>6 840</td><td>6 812</td></tr>
      </tbody>
    </table>
    <p>Nyckeltalen för 2024 publiceras när årsredovisningen har fastställts av kommunfullmäktige i april 2025.</p>
    <h2>Dokument</h2>
    <ul>
      <li><a href="/budget-och-plan-2025-2027.pdf">Budget och plan 2025–2027 (pdf)</a></li>
      <li><a href="/delarsrapport-2024.pdf">Delårsrapport januari–augusti 2024 (pdf)</a></li>
      <li><a href="/arsredovisning-2023.pdf">Årsredovisning 2023 (pdf)</a></li>
    </ul>
    <p class="dates">Publicerad: 2024-12-02 · Senast uppdaterad: 2025-01-09</p>
    <p>Sidansvarig: Patrik Lindgren, ekonomichef</p>
  </article>
</main>
<footer>
  <p>Robertsfors kommun · 915 81 Robertsfors · Växel 0934-140 00 · kommun@robertsfors.se</p>
  <p><a href="/om-webbplatsen">Om webbplatsen</a> · <a href="/kakor">Kakor</a> · <a href="/tillganglighet">Tillgänglighet</a></p>
</footer>
</body>
</html>
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(html)


def kf_docx(path):
    from docx import Document
    doc = Document()
    cp = doc.core_properties
    cp.author = "Kansliet"; cp.title = "Protokoll kommunfullmäktige 2024-11-18"
    cp.created = FIXED_DT.replace(tzinfo=None); cp.modified = FIXED_DT.replace(tzinfo=None)
    cp.last_printed = FIXED_DT.replace(tzinfo=None); cp.revision = 1
    doc.add_heading("Protokoll", 0)
    doc.add_paragraph("Kommunfullmäktige i Robertsfors kommun")
    doc.add_paragraph("Sammanträdesdatum 2024-11-18, Folkets hus, Robertsfors, klockan 09.00–15.40")
    doc.add_paragraph("Ordförande: Ingrid Marklund (S). Sekreterare: Johan Wiklund.")
    doc.add_paragraph("Justerare: Lars-Göran Nilsson (C) och Emma Berglund (SD)")

    doc.add_heading("§ 88 Budget och plan 2025–2027", 2)
    doc.add_paragraph("Dnr KS 2024/212")
    doc.add_paragraph("Kommunstyrelsen har lagt fram förslag till budget och plan 2025–2027 med ett "
                      "resultat på 11,3 miljoner kronor för 2025 och investeringar på 40,0 miljoner kronor.")
    doc.add_paragraph("Yrkanden: Magnus Öberg (S) yrkar bifall till kommunstyrelsens förslag. Lena Sandström "
                      "(KD) yrkar bifall till Kristdemokraternas budgetförslag med oförändrad skattesats.")
    doc.add_paragraph("Omröstning begärs och verkställs. Kommunstyrelsens förslag vinner med 19 röster mot 12.")
    doc.add_paragraph("Beslut")
    doc.add_paragraph("Kommunfullmäktige fastställer budget och plan 2025–2027 enligt kommunstyrelsens förslag.")
    doc.add_paragraph("Reservation")
    doc.add_paragraph("Lena Sandström (KD), Erik Holmgren (M) och Emma Berglund (SD) reserverar sig mot "
                      "beslutet till förmån för eget yrkande.")

    doc.add_heading("§ 89 Skattesats 2025", 2)
    doc.add_paragraph("Dnr KS 2024/213")
    doc.add_paragraph("Beslut")
    doc.add_paragraph("Kommunfullmäktige fastställer skattesatsen för 2025 till 22,95 kronor per skattekrona.")
    doc.add_paragraph("Reservation")
    doc.add_paragraph("Lena Sandström (KD) och Erik Holmgren (M) reserverar sig mot beslutet.")

    doc.add_heading("§ 90 VA-taxa 2025", 2)
    doc.add_paragraph("Dnr KS 2024/188")
    doc.add_paragraph("Robertsfors Vatten AB föreslår att brukningsavgifterna höjs med i genomsnitt 8 procent "
                      "från den 1 januari 2025 för att finansiera ombyggnaden av reningsverket i Ånäset.")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, txt in zip(t.rows[0].cells, ["Avgift", "2024, kr", "2025, kr"]):
        c.text = txt
    for a, b, c in [("Fast avgift per år, villa", "5 240", "5 660"),
                    ("Avgift per kubikmeter vatten", "31,20", "33,70"),
                    ("Avgift per lägenhet och år", "2 180", "2 355"),
                    ("Årskostnad typhus A (150 kbm)", "9 920", "10 715")]:
        cells = t.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = a, b, c
    doc.add_paragraph("Beslut")
    doc.add_paragraph("Kommunfullmäktige antar VA-taxa 2025 enligt förslaget. Taxan gäller från 2025-01-01.")

    doc.add_heading("§ 91 Motion om utökat bredbandsstöd i byarna", 2)
    doc.add_paragraph("Dnr KS 2024/077")
    doc.add_paragraph("Lars-Göran Nilsson (C) har föreslagit att kommunen avsätter medel för att ansluta "
                      "de sista hushållen i Ratan och Sikeå till fiber.")
    doc.add_paragraph("Beslut")
    doc.add_paragraph("Kommunfullmäktige bifaller motionen och ger kommunstyrelsen i uppdrag att ta fram en "
                      "plan för anslutning. Kostnaden får uppgå till högst 850 000 kronor.")
    doc.save(path)
    normalize_zip(path)


def drift_xlsx(path):
    from openpyxl import Workbook
    from openpyxl.styles import Font
    wb = Workbook()
    ws = wb.active
    ws.title = "Per verksamhet 2025"
    ws["A1"] = "Robertsfors kommun – driftbudget 2025 per verksamhet"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Belopp i tkr"
    ws.append([])
    ws.append(["Verksamhet", "Ansvarig nämnd", "Intäkter", "Kostnader", "Nettokostnad"])
    rows = [
        ("Förskola", "BUN", 6850, 47320), ("Grundskola och förskoleklass", "BUN", 9120, 106780),
        ("Gymnasieskola", "BUN", 2400, 38650), ("Kultur och fritid", "BUN", 1890, 14860),
        ("Vuxenutbildning", "BUN", 3110, 9610),
        ("Äldreomsorg", "SN", 18650, 140520), ("LSS", "SN", 9430, 41620),
        ("Individ- och familjeomsorg", "SN", 3100, 52720), ("Arbetsmarknad", "SN", 6340, 14600),
        ("Räddningstjänst", "KS", 1250, 9480), ("Gator och vägar", "KS", 2210, 14930),
        ("Gemensam administration", "KS", 4600, 47150), ("Näringsliv och turism", "KS", 380, 6190),
        ("Fastigheter, kost och lokalvård", "KS", 18400, 41400),
    ]
    for v, n, i, k in rows:
        ws.append([v, n, i, -k, i - k])
    ti = sum(r[2] for r in rows); tk = sum(r[3] for r in rows)
    ws.append(["Summa", "", ti, -tk, ti - tk])
    ws.append([])
    ws.append(["Exklusive miljö- och byggnämnden, överförmyndarnämnden och revision."])
    ws2 = wb.create_sheet("Nettokostnad 2019-2025")
    ws2["A1"] = "Nettokostnad och invånare 2019–2025"
    ws2["A1"].font = Font(bold=True, size=13)
    ws2["A2"] = "Nettokostnad i mnkr, kostnad per invånare i kr"
    ws2.append([])
    ws2.append(["År", "Nettokostnad", "Invånare 31 dec", "Kr per invånare", "Anmärkning"])
    data = [(2019, 438.6, 6904, "Utfall"), (2020, 446.2, 6889, "Utfall"), (2021, 459.8, 6871, "Utfall"),
            (2022, 474.1, 6858, "Utfall"), (2023, 489.5, 6840, "Utfall"), (2024, 500.3, 6831, "Budget"),
            (2025, 520.1, 6812, "Budget")]
    for y, n, inv, a in data:
        ws2.append([y, n, inv, round(n * 1e6 / inv), a])
    wb.properties.creator = "Robertsfors kommun, ekonomienheten"
    wb.properties.created = FIXED_DT.replace(tzinfo=None)
    wb.properties.modified = FIXED_DT.replace(tzinfo=None)
    wb.save(path)
    normalize_zip(path)


def press_txt(path):
    txt = """PRESSMEDDELANDE
Robertsfors kommun, 2025-01-28

Ny brandstation i Robertsfors – byggstart i maj

Robertsfors kommun har tecknat avtal med Norrbygg Entreprenad AB om att bygga den nya brandstationen på Industrivägen i Robertsfors. Byggstarten sker i maj 2025 och stationen ska vara klar i juni 2026.

Brandstationen kostar 24,5 miljoner kronor. Den får sex vagnhallsplatser, omklädningsrum för 24 deltidsbrandmän och en övningsplats för rökdykning.

"Den gamla stationen från 1962 har länge varit för liten och uppfyller inte dagens krav på arbetsmiljö. Nu får våra brandmän en modern arbetsplats", säger Magnus Öberg (S), kommunstyrelsens ordförande.

Räddningstjänsten i Robertsfors har i dag 22 deltidsbrandmän och ryckte ut på 187 larm under 2024.

Den gamla brandstationen kommer att säljas. Kommunen har ännu inte beslutat om försäljningen.

För mer information:
Magnus Öberg (S), kommunstyrelsens ordförande, 0934-140 10
Stina Ek, räddningschef, 0934-141 60
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(txt)


def build(outdir):
    os.makedirs(outdir, exist_ok=True)
    budget_pdf(os.path.join(outdir, "budget-och-plan-2025-2027.pdf"))
    delar_pdf(os.path.join(outdir, "delarsrapport-jan-aug-2024.pdf"))
    html_page(os.path.join(outdir, "kommunens-ekonomi.html"))
    kf_docx(os.path.join(outdir, "kf-protokoll-2024-11-18.docx"))
    drift_xlsx(os.path.join(outdir, "driftbudget-per-verksamhet-2025.xlsx"))
    press_txt(os.path.join(outdir, "pressmeddelande-ny-brandstation.txt"))
