"""Dorotea kommun: budget PDF, årsredovisning PDF, HTML, DOCX, XLSX, press release (txt)."""
import os

import docx
import openpyxl
from openpyxl.styles import Font

from common import Doc, fmt, normalize_zip, docx_table, fix_docx_props, fix_xlsx_props


def t(v):
    return fmt(v, 0, neg="–")


# Resultatbudget tkr: Utfall 2023, Budget 2024, Budget 2025, Plan 2026, Plan 2027
RB = {
    "Verksamhetens intäkter": [62310, 58900, 60450, 61200, 62000],
    "Verksamhetens kostnader": [-318740, -322100, -331800, -338500, -345200],
    "Avskrivningar": [-11250, -12400, -13100, -13900, -14600],
    "Skatteintäkter": [118600, 122300, 127900, 131600, 135400],
    "Generella statsbidrag och utjämning": [152400, 157800, 160100, 163900, 167200],
    "Finansiella intäkter": [1450, 900, 800, 800, 800],
    "Finansiella kostnader": [-1630, -2100, -2450, -2800, -3000],
}
NK = [a + b + c for a, b, c in zip(RB["Verksamhetens intäkter"], RB["Verksamhetens kostnader"], RB["Avskrivningar"])]
VR = [n + s + g for n, s, g in zip(NK, RB["Skatteintäkter"], RB["Generella statsbidrag och utjämning"])]
RES = [v + a + b for v, a, b in zip(VR, RB["Finansiella intäkter"], RB["Finansiella kostnader"])]

INVEST = [
    ("VA Borgafjäll, ny reservoar och ledningar", 8500, 4000, 0),
    ("Doroteaskolan, ny ventilation", 5200, 3500, 0),
    ("Gatubelysning, byte till LED", 1200, 1200, 1000),
    ("Ny tankbil räddningstjänsten", 0, 4200, 0),
    ("Solbacka äldreboende, nytt larmsystem", 1850, 0, 0),
    ("IT och digitalisering", 900, 900, 900),
    ("Skoterleder och friluftsanläggningar", 650, 400, 400),
    ("Bredband landsbygd", 2400, 1800, 0),
    ("Fastighetsunderhåll, reinvesteringar", 3100, 3300, 3500),
    ("Reningsverk Dorotea samhälle", 1050, 0, 8400),
]
INV_TOT = [sum(r[i] for r in INVEST) for i in (1, 2, 3)]

DRIFT = [
    ("section", "Kommunstyrelsen – ledning och administration"),
    ("Politisk verksamhet", 5850, 6020),
    ("Gemensam administration", 24300, 24900),
    ("section", "Infrastruktur och skydd"),
    ("Gator och vägar", 6900, 7150),
    ("Räddningstjänst", 5400, 5650),
    ("section", "Utbildning"),
    ("Förskola", 14200, 14900),
    ("Grundskola inkl. fritidshem", 38600, 39400),
    ("Gymnasieskola", 21300, 22100),
    ("Vuxenutbildning", 3100, 3050),
    ("section", "Vård och omsorg"),
    ("Äldreomsorg", 78400, 82300),
    ("Stöd enligt LSS", 17900, 18600),
    ("Individ- och familjeomsorg", 16800, 16200),
    ("section", "Kultur, fritid och näringsliv"),
    ("Kultur och bibliotek", 3400, 3450),
    ("Fritid", 4200, 4300),
    ("Näringsliv och turism", 4600, 4900),
    ("section", "Övriga nämnder"),
    ("Miljö- och byggnämnden", 2100, 2200),
    ("Revision", 850, 900),
]


def build_budget(out):
    d = Doc("Dorotea kommun – Budget och plan 2025–2027")
    d.title_page(["Budget och plan", "2025–2027"], ["Dorotea kommun", "Kommunfullmäktige 2024-11-18 § 76"])
    d.h1("Innehåll")
    d.bullets(["Inledning av kommunstyrelsens ordförande", "Omvärld och befolkning", "Mål för god ekonomisk hushållning",
               "Budgetens förutsättningar", "Resultatbudget", "Kassaflödesbudget", "Driftbudget per verksamhet",
               "Investeringsbudget", "Uppdrag till verksamheterna"])
    d.h1("Inledning av kommunstyrelsens ordförande")
    d.para("Dorotea är en liten kommun med stora avstånd och ett rikt fjällandskap. Vi har under flera år haft en "
           "minskande befolkning, och den 1 november 2024 var vi 2 391 invånare. Det betyder att vi måste anpassa "
           "våra verksamheter efter färre invånare, samtidigt som andelen äldre ökar.")
    d.para("Budgeten för 2025 bygger på en oförändrad skattesats på 22,85 kronor. Resultatet budgeteras till 1,9 "
           "miljoner kronor, vilket är lägre än vårt mål. Verksamheterna ska tillsammans minska sina kostnader med "
           "3,2 miljoner kronor, bland annat genom en ny organisation inom individ- och familjeomsorgen och "
           "samordning av skolskjutsar.")
    d.para("Vi fortsätter att satsa på Borgafjäll som besöksmål. Under perioden investerar vi i vatten och avlopp så "
           "att fler fritidshus och turistanläggningar kan anslutas, och vi avsätter 600 000 kronor till "
           "näringslivsfrämjande insatser i fjällvärlden.")
    d.para("Maria Lindqvist (S)\nKommunstyrelsens ordförande")
    d.h1("Omvärld och befolkning")
    d.para("Befolkningen i Dorotea har minskat med i genomsnitt 35 personer per år de senaste fem åren. "
           "Befolkningsprognosen för budgeten utgår från 2 370 invånare den 1 november 2025. Skatteintäkterna "
           "beräknas utifrån SKR:s prognos från oktober 2024.")
    d.para("Andelen invånare som är 80 år eller äldre är 9,6 procent, vilket är nästan dubbelt så högt som i riket. "
           "Kommunen får därför stora bidrag från det kommunalekonomiska utjämningssystemet, som utgör mer än hälften "
           "av kommunens skatteintäkter och generella statsbidrag.")
    d.h2("Skattesats")
    d.para("Den kommunala skattesatsen 2025 är 22,85 kronor. Region Västerbottens skattesats är 11,35 kronor, vilket ger "
           "en total skattesats på 34,20 kronor.")
    d.h1("Mål för god ekonomisk hushållning")
    d.para("Kommunfullmäktige har beslutat om följande finansiella mål:")
    d.bullets(["Årets resultat ska motsvara minst 1,5 procent av skatteintäkter och generella statsbidrag.",
               "Nettoinvesteringarna ska vara självfinansierade över en femårsperiod.",
               "Soliditeten ska vara minst 40 procent."])
    d.para("Med ett budgeterat resultat på 1 900 tkr motsvarar resultatet 0,7 procent av skatteintäkter och generella "
           "statsbidrag 2025. Målet nås därmed inte under 2025. Under 2023 redovisade äldreomsorgen ett underskott "
           "på -2,8 miljoner kronor, och kommunstyrelsen har därför beslutat om en handlingsplan för äldreomsorgen.")
    d.h2("Verksamhetsmål")
    d.bullets(["Andelen elever i årskurs 9 som är behöriga till gymnasiet ska öka till minst 85 procent.",
               "Väntetiden till särskilt boende ska vara högst 60 dagar.",
               "Antalet gästnätter i kommunen ska öka med 5 procent per år."])
    d.h1("Budgetens förutsättningar")
    d.para("Verksamheterna har kompenserats för löneökningar med 3,0 procent. Övriga kostnader har inte räknats upp. "
           "Internräntan är 2,5 procent. Personalkostnaderna utgör cirka 62 procent av verksamhetens kostnader.")
    d.para("Kommunen planerar att låna 10 miljoner kronor under 2025 för att finansiera investeringarna i Borgafjäll. "
           "Den långfristiga låneskulden uppgår därefter till 44 miljoner kronor.")

    d.h1("Resultatbudget")
    rows = []
    def row(lbl, vals, kind="row"):
        rows.append((kind, [lbl] + [t(v) for v in vals]))
    for k in ["Verksamhetens intäkter", "Verksamhetens kostnader", "Avskrivningar"]:
        row(k, RB[k])
    row("Verksamhetens nettokostnader", NK, "sum")
    for k in ["Skatteintäkter", "Generella statsbidrag och utjämning"]:
        row(k, RB[k])
    row("Verksamhetens resultat", VR, "sum")
    for k in ["Finansiella intäkter", "Finansiella kostnader"]:
        row(k, RB[k])
    row("Årets resultat", RES, "sum")
    d.table([66, 21, 21, 21, 21, 21], [["Belopp i tkr", "Utfall", "Budget", "Budget", "Plan", "Plan"],
                                        ["", "2023", "2024", "2025", "2026", "2027"]], rows,
            caption="Resultatbudget")
    d.note("Utfall 2023 enligt årsredovisningen. Budget 2024 enligt fullmäktiges beslut i november 2023.")

    d.h2("Kassaflödesbudget")
    medel = [RES[2] + 13100 + 600, RES[3] + 13900 + 500, RES[4] + 14600 + 400]
    lan = [10000, 0, 0]
    amort = [-2000, -2000, -2000]
    kf = [m - i + l + a for m, i, l, a in zip(medel, INV_TOT, lan, amort)]
    ub = []
    ib = 18400
    ibs = []
    for k in kf:
        ibs.append(ib)
        ib += k
        ub.append(ib)
    rows = [
        ("section", ["Den löpande verksamheten"]),
        ("row", ["Årets resultat"] + [t(v) for v in RES[2:]]),
        ("row", ["Justering för avskrivningar"] + [t(v) for v in (13100, 13900, 14600)]),
        ("row", ["Justering för pensionsavsättning"] + [t(v) for v in (600, 500, 400)]),
        ("sum", ["Medel från den löpande verksamheten"] + [t(v) for v in medel]),
        ("section", ["Investeringsverksamheten"]),
        ("row", ["Investering i materiella anläggningstillgångar"] + [t(-v) for v in INV_TOT]),
        ("section", ["Finansieringsverksamheten"]),
        ("row", ["Nyupptagna lån"] + [t(v) for v in lan]),
        ("row", ["Amortering av skuld"] + [t(v) for v in amort]),
        ("sum", ["Årets kassaflöde"] + [t(v) for v in kf]),
        ("row", ["Likvida medel vid årets början"] + [t(v) for v in ibs]),
        ("row", ["Likvida medel vid årets slut"] + [t(v) for v in ub]),
    ]
    d.table([95, 25, 25, 25], [["Belopp i tkr", "Budget", "Plan", "Plan"], ["", "2025", "2026", "2027"]], rows,
            caption="Kassaflödesbudget")

    d.h1("Driftbudget per verksamhet", orientation="L")
    d.para("Nettokostnad per verksamhet. Kommunstyrelsen är ansvarig nämnd för samtliga verksamheter utom "
           "miljö- och byggnämnden och revisionen.")
    rows = []
    tot24 = tot25 = 0
    sec = None
    s24 = s25 = 0
    def flush():
        if sec is not None:
            rows.append(("sum", ["Summa", t(s24), t(s25), t(s25 - s24), fmt(100 * (s25 - s24) / s24, 1, neg="–")]))
    for r in DRIFT:
        if r[0] == "section":
            flush()
            sec = r[1]; s24 = s25 = 0
            rows.append(("section", [r[1]]))
            continue
        n, a, b = r
        rows.append(("row", [n, t(a), t(b), t(b - a), fmt(100 * (b - a) / a, 1, neg="–")]))
        s24 += a; s25 += b; tot24 += a; tot25 += b
    flush()
    rows.append(("sum", ["Totalt verksamheterna", t(tot24), t(tot25), t(tot25 - tot24),
                         fmt(100 * (tot25 - tot24) / tot24, 1, neg="–")]))
    d.table([110, 34, 34, 34, 34], [["Verksamhet", "Budget 2024", "Budget 2025", "Förändring", "Förändring"],
                                    ["", "tkr", "tkr", "tkr", "%"]], rows,
            caption="Driftbudget 2025 per verksamhet", cont_caption="Driftbudget 2025 per verksamhet (forts.)",
            row_h=5.6)
    d.note("¹ Individ- och familjeomsorgen minskar efter omorganisation och färre externa placeringar.")

    d.h1("Investeringsbudget", orientation="P")
    d.para("Investeringarna för 2025 uppgår till " + t(INV_TOT[0]) + " tkr. Den största investeringen är den nya "
           "reservoaren och ledningsnätet i Borgafjäll, som beräknas kosta 12,5 miljoner kronor totalt.")
    rows = [("row", [n, t(a), t(b), t(c)]) for n, a, b, c in INVEST]
    rows.append(("sum", ["Summa investeringar"] + [t(v) for v in INV_TOT]))
    d.table([92, 24, 24, 24], [["Projekt, belopp i tkr", "Budget", "Plan", "Plan"], ["", "2025", "2026", "2027"]],
            rows, caption="Investeringsbudget 2025–2027")
    d.note("Projekt inom VA finansieras av VA-kollektivet via anslutnings- och brukningsavgifter.")

    d.h1("Uppdrag till verksamheterna")
    d.h2("Utbildning")
    d.para("Antalet elever i grundskolan är 212 läsåret 2024/25. Verksamheten ska utreda en samordning av "
           "högstadiet med grannkommunen Åsele och redovisa utredningen till kommunstyrelsen senast i juni 2025.")
    d.h2("Vård och omsorg")
    d.para("Solbacka äldreboende har 42 platser. Under 2025 ska hemtjänsten införa digital tillsyn nattetid och "
           "kostnaderna för bemanningssjuksköterskor ska halveras.")
    d.h2("Näringsliv och turism")
    d.para("Antalet gästnätter i kommunen var 61 300 år 2023. Verksamheten ska tillsammans med företagen i Borgafjäll "
           "ta fram en gemensam destinationsplan.")
    d.output(out)


def build_ar(out):
    d = Doc("Årsredovisning 2023 – Dorotea kommun")
    d.title_page(["Årsredovisning 2023"], ["Dorotea kommun", "Godkänd av kommunfullmäktige 2024-04-22"])
    d.h1("Förvaltningsberättelse i sammandrag")
    d.para("Dorotea kommun redovisar ett positivt resultat för 2023 på 3 140 tkr. Resultatet är 1 960 tkr bättre än "
           "budget, främst till följd av högre generella statsbidrag. Balanskravsresultatet uppgår till 2 890 tkr "
           "efter avdrag för realisationsvinster på 250 tkr.")
    d.para("Befolkningen minskade under året med 32 personer till 2 409 invånare den 31 december 2023. "
           "Nettoinvesteringarna uppgick till 22 800 tkr, där renovering av Kyrkbackens förskola var det största "
           "projektet.")
    d.h2("Personal")
    d.para("Den 31 december 2023 hade kommunen 318 tillsvidareanställda. Sjukfrånvaron var 7,4 procent av den "
           "sammanlagda ordinarie arbetstiden, jämfört med 8,1 procent 2022. Kostnaden för inhyrda "
           "bemanningssjuksköterskor var 4,3 miljoner kronor.")
    d.h2("Fem år i sammandrag")
    five = [
        ("Antal invånare 31 december", ["2 546", "2 510", "2 478", "2 441", "2 409"]),
        ("Kommunal skattesats, kr", ["22,60", "22,60", "22,85", "22,85", "22,85"]),
        ("Årets resultat, tkr", ["5 820", "9 410", "12 050", "3 760", "3 140"]),
        ("Soliditet, %", ["41,2", "43,0", "45,8", "44,4", "44,1"]),
        ("Nettoinvesteringar, tkr", ["18 300", "21 900", "15 600", "27 400", "22 800"]),
        ("Antal tillsvidareanställda", ["334", "329", "327", "321", "318"]),
    ]
    d.table([70, 20, 20, 20, 20, 20], [["", "2019", "2020", "2021", "2022", "2023"]],
            [("row", [a] + b) for a, b in five], caption="Tabell: Fem år i sammandrag")
    d.h1("Resultaträkning")
    p = lambda v: fmt(v, 0, neg="()")
    r22 = {"i": 59870, "k": -305210, "a": -10640, "s": 113200, "g": 146900, "fi": 620, "fk": -980}
    r23 = {"i": 62310, "k": -318740, "a": -11250, "s": 118600, "g": 152400, "fi": 1450, "fk": -1630}
    def calc(r):
        nk = r["i"] + r["k"] + r["a"]
        vr = nk + r["s"] + r["g"]
        return nk, vr, vr + r["fi"] + r["fk"]
    nk22, vr22, res22 = calc(r22)
    nk23, vr23, res23 = calc(r23)
    assert res22 == 3760 and res23 == 3140, (res22, res23)
    rows = [
        ("row", ["Verksamhetens intäkter", "1", p(r23["i"]), p(r22["i"])]),
        ("row", ["Verksamhetens kostnader", "2", p(r23["k"]), p(r22["k"])]),
        ("row", ["Avskrivningar", "3", p(r23["a"]), p(r22["a"])]),
        ("sum", ["Verksamhetens nettokostnader", "", p(nk23), p(nk22)]),
        ("row", ["Skatteintäkter", "4", p(r23["s"]), p(r22["s"])]),
        ("row", ["Generella statsbidrag och utjämning", "5", p(r23["g"]), p(r22["g"])]),
        ("sum", ["Verksamhetens resultat", "", p(vr23), p(vr22)]),
        ("row", ["Finansiella intäkter", "6", p(r23["fi"]), p(r22["fi"])]),
        ("row", ["Finansiella kostnader", "7", p(r23["fk"]), p(r22["fk"])]),
        ("sum", ["Årets resultat", "", p(res23), p(res22)]),
    ]
    d.table([80, 14, 28, 28], [["Tkr", "Not", "2023", "2022"]], rows, caption="Resultaträkning, kommunen")
    d.note("Belopp inom parentes är negativa.")
    d.h1("Balansräkning")
    rows = [
        ("section", ["Tillgångar"]),
        ("row", ["Materiella anläggningstillgångar", "8", p(198450), p(186900)]),
        ("row", ["Finansiella anläggningstillgångar", "9", p(6120), p(6120)]),
        ("row", ["Omsättningstillgångar", "10", p(46930), p(49870)]),
        ("sum", ["Summa tillgångar", "", p(251500), p(242890)]),
        ("section", ["Eget kapital, avsättningar och skulder"]),
        ("row", ["Eget kapital", "11", p(110900), p(107760)]),
        ("row", ["Avsättningar", "12", p(14300), p(13650)]),
        ("row", ["Långfristiga skulder", "13", p(38000), p(40000)]),
        ("row", ["Kortfristiga skulder", "14", p(88300), p(81480)]),
        ("sum", ["Summa eget kapital, avsättningar och skulder", "", p(251500), p(242890)]),
    ]
    assert 198450 + 6120 + 46930 == 251500 and 110900 + 14300 + 38000 + 88300 == 251500
    assert 186900 + 6120 + 49870 == 242890 and 107760 + 13650 + 40000 + 81480 == 242890
    d.table([90, 14, 28, 28], [["Tkr", "Not", "2023-12-31", "2022-12-31"]], rows, caption="Balansräkning, kommunen")
    d.para("Soliditeten uppgick till 44,1 procent vid årets slut. Pensionsförpliktelser som redovisas som "
           "ansvarsförbindelse uppgick till 52,7 miljoner kronor.")
    d.output(out)


HTML = """<!doctype html>
<html lang="sv"><head><meta charset="utf-8"><title>Delårsrapport: prognos för 2024 | Dorotea kommun</title></head>
<body>
<div class="cookie-consent" role="dialog"><p>Dorotea kommun använder kakor för statistik och för att webbplatsen ska fungera.</p>
<a href="/om-webbplatsen/kakor">Inställningar</a> <button>Acceptera</button></div>
<header class="site-header"><a class="brand" href="/">Dorotea kommun</a>
<nav class="main-nav"><a href="/barn-och-utbildning">Barn och utbildning</a> <a href="/omsorg-och-hjalp">Omsorg och hjälp</a>
<a href="/bo-och-bygga">Bo och bygga</a> <a href="/uppleva-och-gora">Uppleva och göra</a> <a href="/kommun-och-politik">Kommun och politik</a></nav>
<a href="/lattlast">Lättläst</a> <a href="/in-english">In English</a></header>
<nav class="breadcrumb">Startsida › Kommun och politik › Ekonomi › Finansiell information</nav>
<main id="content">
<article>
<h1>Delårsrapport: Dorotea kommun räknar med överskott för 2024</h1>
<p class="published">Publicerad 2024-10-16</p>
<p class="lead">Dorotea kommun prognostiserar ett resultat på 2 450 tkr för 2024. Det är 850 tkr lägre än budget,
men kommunen klarar balanskravet.</p>
<p>Periodens resultat för januari–augusti 2024 blev 6 720 tkr. Underskotten finns främst inom vård och omsorg och
inom utbildning, där kostnaderna för bemanningssjuksköterskor och skolskjutsar har ökat. Finansförvaltningen
väntas ge ett överskott på 1 000 tkr tack vare högre ränteintäkter.</p>
<h2>Prognos per verksamhetsområde</h2>
<table class="table">
<thead>
<tr><th>Verksamhetsområde</th><th>Budget 2024 (tkr)</th><th>Prognos 2024 (tkr)</th><th>Avvikelse (tkr)</th></tr>
</thead>
<tbody>
<tr><td>Politisk verksamhet</td><td>5 850</td><td>5 700</td><td>150</td></tr>
<tr><td>Gemensam administration</td><td>24 300</td><td>24 050</td><td>250</td></tr>
<tr><td>Gator, vägar och räddningstjänst</td><td>12 300</td><td>12 900</td><td>-600</td></tr>
<tr><td>Utbildning</td><td>77 200</td><td>77 900</td><td>-700</td></tr>
<tr><td>Vård och omsorg</td><td>113 100</td><td>114 400</td><td>-1 300</td></tr>
<tr><td>Kultur, fritid och näringsliv</td><td>12 200</td><td>11 850</td><td>350</td></tr>
<tr><td>Miljö- och byggnämnden samt revision</td><td>2 950</td><td>2 950</td><td>0</td></tr>
<tr><td><strong>Summa</strong></td><td><strong>247 900</strong></td><td><strong>249 750</strong></td><td><strong>-1 850</strong></td></tr>
</tbody>
</table>
<p>Kommunstyrelsen har gett förvaltningen i uppdrag att ta fram åtgärder för att minska underskottet inom vård och omsorg.
Delårsrapporten behandlas av kommunfullmäktige den 4 november.</p>
<h2>Mer information</h2>
<ul><li><a href="/dokument/delarsrapport-2024.pdf">Delårsrapport januari–augusti 2024 (pdf)</a></li>
<li><a href="/ekonomi/arsredovisning">Årsredovisningar</a></li></ul>
<p>Kontakt: Ekonomichef Henrik Sjöberg, 0942-140 30</p>
<p class="updated">Senast uppdaterad 2024-10-21</p>
</article>
</main>
<footer class="site-footer"><p>Dorotea kommun, Storgatan 28, 917 81 Dorotea. Växel 0942-140 00. E-post: kommun@dorotea.se</p>
<p><a href="/om-webbplatsen/tillganglighet">Tillgänglighet</a> | <a href="/om-webbplatsen/kakor">Kakor</a> | <a href="/om-webbplatsen/personuppgifter">Behandling av personuppgifter</a></p></footer>
</body></html>
"""


def build_docx(out):
    doc = docx.Document()
    fix_docx_props(doc, "Kommunstyrelsens protokoll 2024-10-29", "Dorotea kommun")
    doc.add_heading("Sammanträdesprotokoll", 0)
    doc.add_paragraph("Kommunstyrelsen, Dorotea kommun")
    doc.add_paragraph("Datum: 2024-10-29")
    doc.add_paragraph("Plats: Kommunkontoret, sammanträdesrummet Borgafjäll")
    doc.add_paragraph("Beslutande: Maria Lindqvist (S), ordförande, Erik Persson (C), vice ordförande, Linnea Åström (S), "
                      "Jonas Holm (V), Gunnel Strand (KD), Tomas Nyberg (SD), Anna-Karin Berg (S)")
    doc.add_paragraph("Sekreterare: Petra Olofsson")
    doc.add_heading("§ 141 Budget och plan 2025–2027", 2)
    doc.add_paragraph("Dnr 2024/112")
    doc.add_paragraph("Ekonomichefen har upprättat förslag till budget och plan 2025–2027. Förslaget innebär oförändrad "
                      "skattesats, ett resultat på 1 900 tkr för 2025 och investeringar på 24 850 tkr.")
    doc.add_paragraph("Yrkanden: Maria Lindqvist (S) yrkar bifall till förslaget. Erik Persson (C) yrkar att "
                      "investeringen i bredband på landsbygden ska tidigareläggas och att 1 000 tkr flyttas från "
                      "gatubelysning. Tomas Nyberg (SD) yrkar avslag på förslaget om ny ventilation i Doroteaskolan 2025.")
    doc.add_paragraph("Beslut: Kommunstyrelsen föreslår kommunfullmäktige att fastställa skattesatsen till 22,85 kronor "
                      "för 2025 och att anta budget och plan 2025–2027 enligt ekonomichefens förslag.")
    doc.add_paragraph("Reservation: Erik Persson (C) och Tomas Nyberg (SD) reserverar sig mot beslutet till förmån för "
                      "egna yrkanden.")
    doc.add_heading("§ 142 Taxor för vatten och avlopp 2025", 2)
    doc.add_paragraph("Dnr 2024/119")
    doc.add_paragraph("Tekniska avdelningen föreslår att VA-taxan höjs från 1 januari 2025 för att finansiera "
                      "investeringarna i Borgafjäll och reningsverket. Förslaget framgår av tabellen.")
    docx_table(doc, ["Avgift", "Taxa 2024 (kr)", "Taxa 2025 (kr)", "Förändring (%)"], [
        ["Fast avgift per år, normalhus", "5 940", "6 420", "8,1"],
        ["Avgift per m³ vatten", "38,50", "41,60", "8,1"],
        ["Anläggningsavgift, ny anslutning", "142 000", "156 000", "9,9"],
        ["Slamtömning, per tömning", "1 180", "1 240", "5,1"],
    ])
    doc.add_paragraph("")
    doc.add_paragraph("Beslut: Kommunstyrelsen föreslår kommunfullmäktige att anta taxan enligt förslaget. En normalvilla "
                      "med förbrukning på 150 m³ per år får en ökning med 945 kronor per år.")
    doc.add_heading("§ 143 Tilläggsanslag räddningstjänst", 2)
    doc.add_paragraph("Räddningstjänsten har haft ökade kostnader för utryckningar vid skogsbränder sommaren 2024. "
                      "Kommunstyrelsen beslutar att bevilja räddningstjänsten ett tilläggsanslag på 450 tkr för 2024, "
                      "finansierat ur kommunstyrelsens oförutsedda medel.")
    doc.add_heading("§ 144 Delårsrapport januari–augusti 2024", 2)
    doc.add_paragraph("Beslut: Kommunstyrelsen godkänner delårsrapporten och överlämnar den till kommunfullmäktige.")
    doc.add_paragraph("Justeras: Maria Lindqvist, Jonas Holm")
    doc.save(out)
    normalize_zip(out)


def build_xlsx(out):
    wb = openpyxl.Workbook()
    fix_xlsx_props(wb, "Barn och elever Dorotea 2019–2024", "Dorotea kommun")
    ws = wb.active
    ws.title = "Barn och elever"
    ws["A1"] = "Barn och elever i Dorotea kommuns verksamheter 2019–2024"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Antal, mätdatum 15 oktober respektive år"
    hdr = ["År", "Barn i förskola", "Elever i grundskola", "Elever i fritidshem", "Gymnasieelever (folkbokförda)",
           "Platser i särskilt boende"]
    for i, h in enumerate(hdr, 1):
        ws.cell(row=4, column=i, value=h).font = Font(bold=True)
    data = [
        (2019, 118, 241, 74, 96, 48),
        (2020, 112, 236, 71, 92, 48),
        (2021, 109, 228, 69, 90, 46),
        (2022, 104, 223, 66, 87, 46),
        (2023, 101, 217, 64, 85, 42),
        (2024, 97, 212, 61, 83, 42),
    ]
    for r, row in enumerate(data, 5):
        for c, v in enumerate(row, 1):
            ws.cell(row=r, column=c, value=v)
    ws["A12"] = "Källa: kommunens verksamhetssystem. Gymnasieelever avser elever folkbokförda i Dorotea."
    ws2 = wb.create_sheet("Kostnader")
    ws2["A1"] = "Kostnad per barn/elev, jämförelse med riket"
    ws2["A1"].font = Font(bold=True, size=13)
    ws2["A2"] = "Kronor per barn/elev och år, löpande priser"
    for i, h in enumerate(["Verksamhet", "Dorotea 2022", "Dorotea 2023", "Riket 2023"], 1):
        ws2.cell(row=4, column=i, value=h).font = Font(bold=True)
    rows = [
        ("Förskola, kr per inskrivet barn", 176400, 182900, 166300),
        ("Grundskola, kr per elev", 141200, 148600, 125800),
        ("Fritidshem, kr per inskrivet barn", 51300, 53900, 46200),
        ("Gymnasieskola, kr per elev", 168500, 172300, 148900),
    ]
    for r, row in enumerate(rows, 5):
        for c, v in enumerate(row, 1):
            cell = ws2.cell(row=r, column=c, value=v)
            if c > 1:
                cell.number_format = "# ##0"
    wb.save(out)
    normalize_zip(out)


PRESS = """PRESSMEDDELANDE
Dorotea kommun, 2024-11-20

Nytt vatten till Borgafjäll – kommunen investerar 12,5 miljoner kronor

Kommunfullmäktige i Dorotea antog måndagen den 18 november budget och plan för 2025–2027. Den största investeringen är en ny reservoar och nya ledningar för vatten och avlopp i Borgafjäll, som kostar 12,5 miljoner kronor under 2025 och 2026.

– Borgafjäll växer och vi har i dag inte kapacitet att ansluta fler fritidshus. Med den nya reservoaren kan ytterligare cirka 120 hus anslutas, säger Maria Lindqvist (S), kommunstyrelsens ordförande.

Skattesatsen lämnas oförändrad på 22,85 kronor. Budgeten visar ett resultat på 1,9 miljoner kronor för 2025. Verksamheterna ska minska sina kostnader med 3,2 miljoner kronor.

Byggstart för reservoaren är planerad till juni 2025 och arbetet beräknas vara klart i oktober 2026.

För mer information:
Maria Lindqvist (S), kommunstyrelsens ordförande, 0942-140 10
Henrik Sjöberg, ekonomichef, 0942-140 30
"""


def build(outdir):
    os.makedirs(outdir, exist_ok=True)
    build_budget(os.path.join(outdir, "dorotea-budget-och-plan-2025-2027.pdf"))
    build_ar(os.path.join(outdir, "dorotea-arsredovisning-2023.pdf"))
    with open(os.path.join(outdir, "finansiell-information-delarsrapport-2024.html"), "w", encoding="utf-8") as f:
        f.write(HTML)
    build_docx(os.path.join(outdir, "ks-protokoll-2024-10-29.docx"))
    with open(os.path.join(outdir, "pressmeddelande-borgafjall-vatten.txt"), "w", encoding="utf-8") as f:
        f.write(PRESS)
    build_xlsx(os.path.join(outdir, "dorotea-barn-och-elever-2019-2024.xlsx"))
    print("dorotea: NK", NK, "VR", VR, "RES", RES, "INV", INV_TOT)
