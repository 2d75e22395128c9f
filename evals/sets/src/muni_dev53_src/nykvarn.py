"""Nykvarns kommun: documents (invented figures)."""
import os

import docx
import openpyxl
from docx.shared import Pt

from common import Doc, t, t_dash, k, save_docx, save_xlsx

POP = 11850  # invånare 31 dec 2024 (budgetens beräkningsunderlag)

# Resultatbudget, tenths of mnkr: Bokslut 2023, Prognos 2024, Budget 2025, Plan 2026, Plan 2027
INT = [1426, 1483, 1510, 1542, 1575]
KOST = [-8694, -9128, -9446, -9751, -10043]
AVS = [-382, -415, -449, -483, -510]
NETTO = [a + b + c for a, b, c in zip(INT, KOST, AVS)]
SKATT = [6124, 6419, 6683, 6920, 7164]
GSB = [1785, 1872, 1936, 1991, 2043]
VRES = [a + b + c for a, b, c in zip(NETTO, SKATT, GSB)]
FINI = [41, 38, 35, 35, 35]
FINK = [-96, -124, -139, -146, -152]
RES = [a + b + c for a, b, c in zip(VRES, FINI, FINK)]

# Driftbudget (tenths mnkr): Budget 2024, Budget 2025
DRIFT = [
    ("Kommunstyrelsen", 1184, 1249),
    ("Barn- och utbildningsnämnden", 4027, 4173),
    ("Socialnämnden", 2365, 2498),
    ("Samhällsbyggnadsnämnden", 389, 412),
    ("Kultur- och fritidsnämnden", 276, 281),
    ("Revisionen", 11, 12),
]
NAMND24 = sum(r[1] for r in DRIFT)
NAMND25 = sum(r[2] for r in DRIFT)
FINF24 = -NETTO[1] - NAMND24
FINF25 = -NETTO[2] - NAMND25

# Investeringar (tenths mnkr): 2025, 2026, 2027
INV = [
    ("Barn- och utbildningsnämnden", [
        ("Ny förskola Sandstugan", 280, 345, 60),
        ("Ombyggnad Furuborgsskolan", 125, 180, 220),
        ("Tillagningskök Lillsjöskolan", 62, 0, 0),
        ("Digitala lärverktyg", 20, 20, 20),
    ]),
    ("Samhällsbyggnadsnämnden", [
        ("Gång- och cykelväg Centrumvägen", 48, 32, 0),
        ("Dagvattenåtgärder Lillsjön", 35, 40, 25),
        ("Reinvestering gator och vägar", 50, 50, 50),
        ("Gatubelysning LED", 21, 21, 10),
    ]),
    ("Kultur- och fritidsnämnden", [
        ("Ny sporthall Nykvarn", 150, 380, 120),
        ("Konstgräsplan Furuvallen", 0, 75, 0),
        ("Upprustning badplats Yngern", 8, 0, 0),
    ]),
    ("Socialnämnden", [
        ("Ombyggnad särskilt boende Sandvik", 90, 60, 0),
        ("Fordon hemtjänst", 12, 12, 12),
        ("Välfärdsteknik", 15, 10, 10),
    ]),
    ("Kommunstyrelsen", [
        ("IT-infrastruktur", 34, 30, 30),
        ("Inventarier och möbler", 18, 18, 18),
        ("Energieffektivisering kommunhuset", 25, 0, 0),
    ]),
]


def inv_totals():
    tot = [0, 0, 0]
    for _, rows in INV:
        for r in rows:
            for i in range(3):
                tot[i] += r[1 + i]
    return tot


def budget_pdf(path):
    d = Doc("Nykvarns kommun · Mål och budget 2025–2027 med plan")
    d.add_page()
    d.ln(30)
    d.set_font("D", "B", 26)
    d.multi_cell(0, 12, "Mål och budget 2025–2027", align="L")
    d.set_font("D", "", 13)
    d.multi_cell(0, 7, "Nykvarns kommun\nBeslutad av kommunfullmäktige 2024-11-14, § 98", align="L")
    d.ln(60)
    d.set_font("D", "", 9)
    d.multi_cell(0, 5, "Diarienummer KS 2024/0212\nKommunledningskontoret, ekonomienheten", align="L")

    d.add_page()
    d.h1("Innehåll")
    for i, s in enumerate(["Förord", "Vision och mål", "Ekonomiska förutsättningar", "Resultatbudget",
                           "Balansbudget", "Driftbudget per nämnd", "Investeringsbudget", "Nämndernas uppdrag"]):
        d.para(f"{i + 1}. {s}")

    d.add_page()
    d.h1("Förord")
    d.para("Nykvarn växer och det märks. Fler barn ska gå i förskola och skola, fler äldre behöver stöd och "
           "fler vill bo och verka i vår kommun. Samtidigt är de ekonomiska förutsättningarna fortsatt ansträngda "
           "efter flera år av hög inflation och stigande räntor.")
    d.para("I den här budgeten prioriterar vi kärnverksamheten. Barn- och utbildningsnämnden får ett tillskott "
           "och socialnämnden får kompensation för fler ärenden inom äldreomsorgen.")
    d.para("Skattesatsen lämnas oförändrad på 22,14 kronor per hundralapp.")
    d.para("Vi genomför samtidigt effektiviseringar om totalt 9,6 miljoner kronor, bland annat genom "
           "samordnade lokaler och minskade konsultkostnader.")
    d.para("Den största enskilda investeringen under perioden är den nya sporthallen i centrala Nykvarn, "
           "som ska stå klar till hösten 2027.")
    d.para("Ett resultat på minst 1,5 procent av skatteintäkter och generella statsbidrag är vårt "
           "finansiella mål, och budgeten för 2025 når det målet.")
    d.ln(4)
    d.para("Annika Strömberg (M)\nKommunstyrelsens ordförande")

    d.add_page()
    d.h1("Vision och mål")
    d.para("Visionen för Nykvarn är \"Nykvarn – nära till allt\". Kommunfullmäktige har fastställt fyra "
           "övergripande mål för mandatperioden 2023–2026.")
    goals = [
        ("Mål 1: Trygg uppväxt och goda kunskaper",
         "Andelen elever i årskurs 9 som är behöriga till gymnasieskolans yrkesprogram ska öka till minst 88 procent."),
        ("Mål 2: En äldreomsorg med kvalitet",
         "Väntetiden till särskilt boende ska vara högst 60 dagar i genomsnitt."),
        ("Mål 3: Hållbar samhällsutveckling",
         "Kommunen ska möjliggöra minst 120 nya bostäder per år under planperioden."),
        ("Mål 4: God ekonomisk hushållning",
         "Årets resultat ska uppgå till minst 1,5 procent av skatteintäkter och generella statsbidrag."),
    ]
    for g, s in goals:
        d.h2(g)
        d.para(s)
    d.para("Utöver de finansiella målen gäller att investeringar i skattefinansierad verksamhet över tid "
           "ska finansieras med egna medel till minst 70 procent.")

    d.add_page()
    d.h1("Ekonomiska förutsättningar")
    d.para("Skatteunderlagsprognosen bygger på Sveriges Kommuner och Regioners bedömning från oktober 2024.")
    d.para("Befolkningen beräknas uppgå till 11 850 invånare vid utgången av 2024 och öka med cirka 1,4 "
           "procent per år under planperioden.")
    d.para("Pensionskostnaderna ökar med 3,8 miljoner kronor jämfört med 2024 till följd av det nya "
           "pensionsavtalet.")
    d.para("Räntekostnaderna beräknas öka eftersom låneskulden växer i takt med investeringarna. Den "
           "genomsnittliga räntan antas vara 3,2 procent 2025.")
    d.para("Kommunen räknar med att låna 85 miljoner kronor under 2025.")
    d.h2("Effektiviseringar")
    d.para("Nämnderna har fått i uppdrag att effektivisera verksamheten med sammanlagt 9,6 miljoner kronor. "
           "Av detta svarar barn- och utbildningsnämnden för 4,1 miljoner kronor och socialnämnden för "
           "3,0 miljoner kronor.")
    d.para("Till feriejobb för ungdomar avsätts 700 000 kronor under 2025.")

    d.add_page()
    d.h1("Resultatbudget")
    hdr = [["", "Not", "Bokslut", "Prognos", "Budget", "Plan", "Plan"],
           ["", "", "2023", "2024", "2025", "2026", "2027"]]
    rows = [
        ["Verksamhetens intäkter", "1"] + [t(v) for v in INT],
        ["Verksamhetens kostnader", "2"] + [t(v) for v in KOST],
        ["Avskrivningar", "3"] + [t(v) for v in AVS],
        ["Verksamhetens nettokostnader", ""] + [t(v) for v in NETTO],
        ["Skatteintäkter", "4"] + [t(v) for v in SKATT],
        ["Generella statsbidrag och utjämning", "5"] + [t(v) for v in GSB],
        ["Verksamhetens resultat", ""] + [t(v) for v in VRES],
        ["Finansiella intäkter", ""] + [t(v) for v in FINI],
        ["Finansiella kostnader", "6"] + [t(v) for v in FINK],
        ["Resultat efter finansiella poster", ""] + [t(v) for v in RES],
        ["Årets resultat", ""] + [t(v) for v in RES],
    ]
    d.table(hdr, rows, [58, 10, 20, 20, 20, 20, 20], caption="Belopp i mnkr",
            bold_rows=("Verksamhetens nettokostnader", "Verksamhetens resultat", "Årets resultat"))
    d.note("Not 1–6: se Bilaga 1, Noter till resultatbudgeten. Prognos 2024 avser delårsrapporten per augusti.")
    d.para("Resultatet för 2025 motsvarar 1,5 procent av skatteintäkter och generella statsbidrag. "
           "För planåren 2026 och 2027 är resultatet lägre än målet och nämnderna behöver vidta åtgärder.")

    d.add_page()
    d.h1("Balansbudget")
    hdr = [["", "Bokslut", "Budget", "Plan", "Plan"], ["", "2023", "2025", "2026", "2027"]]
    rows = [
        ["Tillgångar", "", "", "", ""],
        ["Anläggningstillgångar", t(10452), t(11890), t(12627), t(13180)],
        ["Omsättningstillgångar", t(1784), t(1650), t(1620), t(1600)],
        ["Summa tillgångar", t(12236), t(13540), t(14247), t(14780)],
        ["Eget kapital, avsättningar och skulder", "", "", "", ""],
        ["Eget kapital", t(5318), t(5665), t(5773), t(5885)],
        ["varav årets resultat", t(RES[0]), t(RES[2]), t(RES[3]), t(RES[4])],
        ["Avsättningar", t(612), t(655), t(680), t(705)],
        ["Långfristiga skulder", t(4540), t(5420), t(5990), t(6390)],
        ["Kortfristiga skulder", t(1766), t(1800), t(1804), t(1800)],
        ["Summa eget kapital, avsättningar och skulder", t(12236), t(13540), t(14247), t(14780)],
    ]
    d.table(hdr, [[r[0]] + r[1:] for r in rows], [78, 22, 22, 22, 22], caption="Belopp i mnkr",
            section_rows=("Tillgångar", "Eget kapital, avsättningar och skulder"),
            bold_rows=("Summa tillgångar", "Summa eget kapital, avsättningar och skulder"))
    d.para("Soliditeten beräknas uppgå till 41,8 procent 2025, jämfört med 43,5 procent i bokslutet 2023.")

    d.add_page()
    d.h1("Driftbudget per nämnd")
    d.para("Nämndernas ramar anges som nettokostnad. Tabellen visar även nettokostnaden per invånare "
           "beräknad på 11 850 invånare.")
    hdr = [["", "Budget", "Budget", "Förändring", "kr per inv."], ["Nämnd", "2024", "2025", "", "2025"]]
    rows = []
    for n, a, b in DRIFT:
        rows.append([n, t(a), t(b), t(b - a), k(round(b * 100000 / POP))])
    rows.append(["Summa nämnder", t(NAMND24), t(NAMND25), t(NAMND25 - NAMND24), k(round(NAMND25 * 100000 / POP))])
    rows.append(["Finansförvaltning", t(FINF24), t(FINF25), t(FINF25 - FINF24), ""])
    rows.append(["Totalt verksamhetens nettokostnader", t(-NETTO[1]), t(-NETTO[2]), t(-NETTO[2] + NETTO[1]), ""])
    d.table(hdr, rows, [70, 22, 22, 24, 26], caption="Belopp i mnkr (kolumnen kr per inv. i kronor)",
            bold_rows=("Summa nämnder", "Totalt verksamhetens nettokostnader"))
    d.note("Finansförvaltningen omfattar bland annat pensionskostnader, internränta och centrala reserver.")

    # landscape investment pages
    d.add_page(orientation="L")
    d.h1("Investeringsbudget 2025–2027")
    d.para("Investeringsbudgeten omfattar skattefinansierade investeringar. Belopp i mnkr.")
    hdr = [["Projekt", "Budget 2025", "Plan 2026", "Plan 2027", "Summa 2025–2027"]]
    rows = []
    sections = []
    bold = []
    for sec, items in INV:
        rows.append([sec, "", "", "", ""])
        sections.append(sec)
        s = [0, 0, 0]
        for n, a, b, c in items:
            rows.append([n, t(a), t(b), t(c), t(a + b + c)])
            s = [s[0] + a, s[1] + b, s[2] + c]
        lab = "Summa " + sec.split(" ")[0].lower() if False else f"Summa {sec}"
        rows.append([lab, t(s[0]), t(s[1]), t(s[2]), t(sum(s))])
        bold.append(lab)
    tot = inv_totals()
    rows.append(["Totalt investeringar", t(tot[0]), t(tot[1]), t(tot[2]), t(sum(tot))])
    bold.append("Totalt investeringar")
    d.table(hdr, rows, [110, 35, 35, 35, 40], section_rows=tuple(sections), bold_rows=tuple(bold), size=9)
    d.note("Projekt med en total utgift över 20 mnkr kräver särskilt beslut i kommunfullmäktige före start.")

    d.add_page(orientation="P")
    d.h1("Nämndernas uppdrag")
    texts = {
        "Kommunstyrelsen": ["Kommunstyrelsen leder och samordnar kommunens verksamhet och ansvarar för "
                            "ekonomi, personal, kommunikation och näringslivsfrågor.",
                            "Under 2025 ska kommunstyrelsen ta fram en ny lokalförsörjningsplan."],
        "Barn- och utbildningsnämnden": ["Nämnden ansvarar för förskola, grundskola, fritidshem och "
                                         "gymnasieskola samt vuxenutbildning.",
                                         "Ramen ökar med 14,6 miljoner kronor, varav 6,5 miljoner kronor avser "
                                         "fler barn och elever."],
        "Socialnämnden": ["Socialnämnden ansvarar för äldreomsorg, stöd till personer med funktionsnedsättning, "
                          "individ- och familjeomsorg samt ekonomiskt bistånd.",
                          "Ramen ökar med 13,3 miljoner kronor, främst för hemtjänst och placeringar."],
        "Samhällsbyggnadsnämnden": ["Nämnden ansvarar för bygglov, detaljplaner, gator och parker.",
                                    "Taxan för bygglov höjs med 4 procent från 1 januari 2025."],
        "Kultur- och fritidsnämnden": ["Nämnden ansvarar för bibliotek, fritidsgårdar, kulturskola och "
                                       "föreningsbidrag.",
                                       "Föreningsbidragen räknas upp med 2 procent 2025."],
    }
    for n, ps in texts.items():
        d.h2(n)
        for p in ps:
            d.para(p)
    d.add_page()
    d.h1("Bilaga 1. Noter till resultatbudgeten")
    for s in ["Not 1. Verksamhetens intäkter omfattar taxor, avgifter, hyror och riktade statsbidrag.",
              "Not 2. Verksamhetens kostnader inkluderar löneökningar om 3,4 procent 2025.",
              "Not 3. Avskrivningar beräknas på befintliga anläggningar samt planerade investeringar.",
              "Not 4. Skatteintäkterna bygger på en oförändrad skattesats om 22,14 kronor.",
              "Not 5. Generella statsbidrag och utjämning enligt SKR:s prognos oktober 2024.",
              "Not 6. Finansiella kostnader avser främst räntor på långfristiga lån."]:
        d.para(s)
    d.output(path)


def delar_pdf(path):
    d = Doc("Nykvarns kommun · Delårsrapport januari–augusti 2024")
    d.add_page()
    d.ln(30)
    d.set_font("D", "B", 24)
    d.multi_cell(0, 12, "Delårsrapport januari–augusti 2024", align="L")
    d.set_font("D", "", 12)
    d.multi_cell(0, 7, "Nykvarns kommun\nBehandlad av kommunstyrelsen 2024-10-07", align="L")
    d.add_page()
    d.h1("Sammanfattning")
    d.para("Periodens resultat uppgår till 31,7 miljoner kronor, vilket är 4,9 miljoner kronor lägre än "
           "motsvarande period föregående år.")
    d.para("Helårsprognosen för årets resultat är 14,5 miljoner kronor.")
    d.para("Nämnderna prognostiserar sammantaget ett underskott om 7,5 miljoner kronor, vilket "
           "vägs upp av överskott i finansförvaltningen.")
    d.para("Socialnämnden prognostiserar ett underskott på 6,4 miljoner kronor, främst inom placeringar "
           "av barn och unga.")
    d.para("Antalet invånare uppgick den 30 juni 2024 till 11 812 personer.")
    d.para("Sjukfrånvaron bland kommunens medarbetare var 7,2 procent under perioden.")
    d.h2("Väsentliga händelser")
    d.para("I april fattade kommunfullmäktige beslut om att bygga en ny sporthall. Upphandlingen av "
           "förskolan Sandstugan har avbrutits och görs om under hösten.")
    d.h2("Nyckeltal")
    hdr = [["", "Jan–aug", "Jan–aug", "Helår"], ["", "2023", "2024", "Prognos 2024"]]
    rows = [["Periodens resultat, mnkr", "36,6", "31,7", "14,5"],
            ["Nettoinvesteringar, mnkr", "38,9", "41,3", "78,0"],
            ["Soliditet, %", "43,9", "43,1", "42,6"],
            ["Antal tillsvidareanställda, st", "874", "889", "–"],
            ["Sjukfrånvaro, %", "7,6", "7,2", "–"]]
    d.table(hdr, rows, [70, 28, 28, 30])
    d.add_page()
    d.h1("Nämndernas ekonomi")
    d.para("Tabellen visar nämndernas budget och prognos för helåret 2024. Negativt belopp innebär ett "
           "prognostiserat underskott.")
    hdr = [["", "Budget", "Prognos", "Avvikelse"], ["Nämnd", "2024", "2024", "mot budget"]]
    prog = {"Kommunstyrelsen": 1169, "Barn- och utbildningsnämnden": 4059, "Socialnämnden": 2429,
            "Samhällsbyggnadsnämnden": 381, "Kultur- och fritidsnämnden": 278, "Revisionen": 11}
    rows = []
    sb = sp = 0
    for n, a, _ in DRIFT:
        p = prog[n]
        sb += a
        sp += p
        rows.append([n, t(a), t(p), t_dash(a - p)])
    rows.append(["Summa nämnder", t(sb), t(sp), t_dash(sb - sp)])
    fp = -NETTO[1] - sp
    rows.append(["Finansförvaltningen", t_dash(FINF24), t_dash(fp), t_dash(FINF24 - fp)])
    rows.append(["Totalt", t(-NETTO[1]), t(-NETTO[1]), t_dash(0)])
    d.table(hdr, rows, [72, 26, 26, 30], caption="Belopp i mnkr", bold_rows=("Summa nämnder", "Totalt"))
    d.para("Barn- och utbildningsnämndens underskott om 3,2 miljoner kronor beror på fler elever i "
           "grundsärskolan och ökade skolskjutskostnader.")
    d.para("Kommunstyrelsen redovisar ett överskott till följd av vakanta tjänster.")
    d.add_page()
    d.h1("Investeringar")
    d.para("Under perioden har investeringar för 41,3 miljoner kronor genomförts, av en årsbudget på "
           "96,0 miljoner kronor.")
    d.para("Prognosen för helåret är 78,0 miljoner kronor.")
    d.para("Avvikelsen beror främst på att förskolan Sandstugan har försenats.")
    d.h1("Personal")
    d.para("Antalet tillsvidareanställda var 889 den 31 augusti 2024. Personalomsättningen var 11,4 procent.")
    d.output(path)


HTML_HEAD = """<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>{title} - Nykvarns kommun</title></head>
<body>
<div id="cookie-banner"><p>Vi använder kakor (cookies) för att förbättra webbplatsen. <a href="/kakor">Läs mer om kakor</a></p><button>Godkänn alla</button><button>Endast nödvändiga</button></div>
<header><a href="/">Nykvarns kommun</a>
<nav><ul><li><a href="/barn-och-utbildning">Barn och utbildning</a></li><li><a href="/omsorg-och-stod">Omsorg och stöd</a></li><li><a href="/bygga-bo-och-miljo">Bygga, bo och miljö</a></li><li><a href="/kommun-och-politik">Kommun och politik</a></li></ul></nav>
<form><input type="search" placeholder="Sök på nykvarn.se"></form></header>
<nav class="breadcrumbs"><a href="/">Start</a> / <a href="/kommun-och-politik">Kommun och politik</a> / <a href="/kommun-och-politik/ekonomi">Ekonomi</a> / {title}</nav>
"""

HTML_FOOT = """<footer><p>Nykvarns kommun, 155 80 Nykvarn. Telefon 08-555 010 00. E-post: kommun@nykvarn.se</p>
<ul><li><a href="/tillganglighet">Tillgänglighetsredogörelse</a></li><li><a href="/personuppgifter">Behandling av personuppgifter</a></li><li><a href="/kakor">Kakor</a></li></ul></footer>
</body></html>
"""


def html_page(path):
    rows = [("Förskola och grundskola", "41,60"), ("Gymnasieskola och vuxenutbildning", "8,90"),
            ("Äldreomsorg", "17,20"), ("Stöd till personer med funktionsnedsättning", "9,80"),
            ("Individ- och familjeomsorg", "6,70"), ("Kultur och fritid", "3,30"),
            ("Gator, parker och samhällsbyggnad", "4,80"), ("Politik och administration", "7,70")]
    # sum = 100,00
    tr = "\n".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows)
    body = f"""<main>
<h1>Så används din skatt</h1>
<p class="meta">Publicerad 2025-01-15 · Senast uppdaterad 2025-02-03</p>
<p>Den kommunala skattesatsen i Nykvarn är 22,14 kronor per hundralapp 2025. Tillsammans med regionskatten betalar du 34,22 kronor per intjänad hundralapp.</p>
<p>Tabellen visar hur varje hundralapp i kommunalskatt fördelas på kommunens verksamheter enligt budget 2025.</p>
<table>
<caption>Så fördelas 100 kronor i kommunalskatt 2025</caption>
<thead><tr><th>Verksamhet</th><th>Kronor av 100</th></tr></thead>
<tbody>
{tr}
</tbody>
<tfoot><tr><td>Totalt</td><td>100,00</td></tr></tfoot>
</table>
<p>Förskola och skola är den största verksamheten. Den kostar kommunen cirka 35 200 kronor per invånare och år.</p>
<h2>Var kommer pengarna ifrån?</h2>
<p>Ungefär tre fjärdedelar av kommunens intäkter kommer från skatter. Resten är statsbidrag, avgifter och hyror.</p>
<p>Har du frågor om kommunens ekonomi? Kontakta ekonomichef Johan Ekdahl via kommunens kontaktcenter.</p>
</main>
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(HTML_HEAD.format(title="Så används din skatt") + body + HTML_FOOT)


def protokoll_docx(path):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    d.add_heading("SAMMANTRÄDESPROTOKOLL", level=1)
    d.add_paragraph("Kommunstyrelsen, Nykvarns kommun")
    d.add_paragraph("Sammanträdesdatum: 2024-10-28")
    d.add_paragraph("Plats och tid: Kommunhuset, sammanträdesrummet Yngern, kl. 13.00–15.40")
    d.add_paragraph("Beslutande: se närvarolista")
    d.add_paragraph("Justerare: Karin Lundell (S)")
    d.add_paragraph("Sekreterare: Maria Fors")
    d.add_paragraph("Ordförande: Annika Strömberg (M)")
    d.add_heading("Närvarolista", level=2)
    tb = d.add_table(rows=1, cols=3)
    tb.style = "Table Grid"
    for c, s in zip(tb.rows[0].cells, ["Ledamot", "Parti", "Roll"]):
        c.text = s
    for r in [("Annika Strömberg", "M", "Ordförande"), ("Per-Olof Gran", "KD", "Vice ordförande"),
              ("Karin Lundell", "S", "Andre vice ordförande"), ("Emil Vikström", "M", "Ledamot"),
              ("Hanna Berg", "SD", "Ledamot"), ("Tobias Ahl", "L", "Ledamot"),
              ("Sara Nyström", "S", "Ledamot"), ("Leila Haddad", "V", "Ledamot"),
              ("Jonas Kraft", "C", "Tjänstgörande ersättare")]:
        cells = tb.add_row().cells
        for c, s in zip(cells, r):
            c.text = s

    d.add_heading("§ 112 Val av justerare", level=2)
    d.add_paragraph("Kommunstyrelsen beslutar att utse Karin Lundell (S) att justera protokollet.")
    d.add_heading("§ 113 Delårsrapport januari–augusti 2024", level=2)
    d.add_paragraph("Delårsrapporten visar ett periodresultat om 31,7 miljoner kronor och en helårsprognos om "
                    "14,5 miljoner kronor.")
    d.add_paragraph("Beslut: Kommunstyrelsen föreslår kommunfullmäktige att godkänna delårsrapporten.")
    d.add_heading("§ 114 Mål och budget 2025–2027", level=2)
    d.add_paragraph("Ärendet: Ekonomienheten har tagit fram förslag till mål och budget 2025–2027. "
                    "Förslaget innebär en oförändrad skattesats om 22,14 kronor.")
    d.add_paragraph("Yrkanden: Annika Strömberg (M) yrkar bifall till förslaget. Karin Lundell (S) yrkar "
                    "att skattesatsen höjs med 25 öre och att socialnämndens ram utökas med 5 miljoner kronor.")
    d.add_paragraph("Beslutsgång: Ordföranden ställer förslagen mot varandra och finner att kommunstyrelsen "
                    "bifaller ordförandens förslag.")
    d.add_paragraph("Omröstning begärs och verkställs. Med 6 ja-röster mot 3 nej-röster bifaller "
                    "kommunstyrelsen ordförandens förslag.")
    d.add_paragraph("Beslut: Kommunstyrelsen föreslår kommunfullmäktige att fastställa mål och budget "
                    "2025–2027 samt skattesatsen 22,14 kronor för 2025.")
    d.add_paragraph("Reservation: Ledamöterna för Socialdemokraterna och Vänsterpartiet reserverar sig "
                    "mot beslutet till förmån för eget förslag.")
    d.add_heading("§ 115 Ombudgetering av investeringsmedel från 2024 till 2025", level=2)
    d.add_paragraph("Flera investeringsprojekt har försenats. Ekonomienheten föreslår att outnyttjade "
                    "medel förs över till 2025 enligt tabellen nedan.")
    tb = d.add_table(rows=1, cols=4)
    tb.style = "Table Grid"
    for c, s in zip(tb.rows[0].cells, ["Projekt", "Budget 2024 (tkr)", "Förbrukat t.o.m. aug (tkr)",
                                       "Ombudgeteras (tkr)"]):
        c.text = s
    ob = [("Förskola Sandstugan", 12000, 1850, 9500), ("Gång- och cykelväg Centrumvägen", 4200, 900, 2800),
          ("Välfärdsteknik", 1500, 320, 1000), ("Energieffektivisering kommunhuset", 3000, 450, 2000)]
    for n, a, b, c_ in ob:
        cells = tb.add_row().cells
        for c, s in zip(cells, [n, k(a), k(b), k(c_)]):
            c.text = s
    cells = tb.add_row().cells
    for c, s in zip(cells, ["Summa", k(sum(x[1] for x in ob)), k(sum(x[2] for x in ob)),
                            k(sum(x[3] for x in ob))]):
        c.text = s
    d.add_paragraph("Beslut: Kommunstyrelsen beslutar att ombudgetera totalt 15 300 tkr från 2024 till 2025.")
    d.add_heading("§ 116 Taxa för bygglov 2025", level=2)
    d.add_paragraph("Beslut: Kommunstyrelsen föreslår kommunfullmäktige att höja taxan för bygglov med "
                    "4 procent från 1 januari 2025.")
    d.add_heading("§ 117 Medborgarförslag om utegym vid Lillsjön", level=2)
    d.add_paragraph("Beslut: Medborgarförslaget bifalls. Kultur- och fritidsnämnden får i uppdrag att anlägga "
                    "ett utegym inom befintlig ram, till en kostnad om högst 350 000 kronor.")
    d.add_paragraph("Reservation: Hanna Berg (SD) reserverar sig mot beslutet.")
    d.add_heading("§ 118 Meddelanden", level=2)
    d.add_paragraph("Kommunstyrelsen noterar meddelandena till protokollet.")
    save_docx(d, path)


def stat_xlsx(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Befolkning"
    ws.append(["Befolkningsutveckling i Nykvarns kommun 2019–2024"])
    ws.append(["Antal personer. Källa: SCB och kommunens egna beräkningar"])
    ws.append(["År", "Folkmängd 31 dec", "Födda", "Döda", "Inflyttade", "Utflyttade", "Förändring"])
    pop = 10980
    data = [(2019, 121, 78, 812, 690), (2020, 118, 84, 790, 668), (2021, 126, 81, 845, 720),
            (2022, 119, 86, 802, 713), (2023, 112, 83, 768, 684), (2024, 115, 88, 781, 690)]
    prev = 11002
    for y, f, dd, i, u in data:
        ch = f - dd + i - u
        pop = prev + ch
        ws.append([y, pop, f, dd, i, u, ch])
        prev = pop
    ws2 = wb.create_sheet("Nyckeltal")
    ws2.append(["Ekonomiska nyckeltal Nykvarns kommun"])
    ws2.append(["Belopp i kronor per invånare om inget annat anges"])
    ws2.append(["Nyckeltal", "2021", "2022", "2023"])
    for r in [["Nettokostnad per invånare", 60840, 63910, 67380],
              ["Skatteintäkter och statsbidrag per invånare", 63120, 66540, 68270],
              ["Låneskuld per invånare", 33450, 36980, 40160],
              ["Nettokostnadsandel (%)", 97.1, 98.4, 97.6],
              ["Soliditet inkl. pensionsåtaganden (%)", 28.2, 27.5, 27.9]]:
        ws2.append(r)
    for row in ws2.iter_rows(min_row=4):
        for c in row[1:]:
            if isinstance(c.value, float):
                c.number_format = "0.0"
    save_xlsx(wb, path)
    return data


def press_md(path):
    inv = inv_totals()
    s = f"""# Pressmeddelande: Budget för 2025 antagen – ny sporthall och fler förskoleplatser

**Nykvarns kommun, 15 november 2024**

Kommunfullmäktige i Nykvarn antog i går, den 14 november, Mål och budget 2025–2027. Skattesatsen blir oförändrad, 22,14 kronor.

– Vi prioriterar skolan och omsorgen och samtidigt bygger vi för framtiden, säger kommunstyrelsens ordförande Annika Strömberg (M).

Den nya sporthallen i centrala Nykvarn beräknas kosta totalt 65 miljoner kronor och ska stå klar hösten 2027. Förskolan Sandstugan får plats för 120 barn.

Budgeten innebär att kommunens totala investeringar 2025 uppgår till {t(inv[0]).replace(',', ',')} miljoner kronor.

Satsningar i budgeten:

- Barn- och utbildningsnämndens ram ökar med 14,6 miljoner kronor.
- Socialnämnden får 13,3 miljoner kronor mer än 2024.
- 700 000 kronor avsätts till sommarjobb för ungdomar.
- Ett nytt utegym vid Lillsjön byggs under våren 2025.

Oppositionen, Socialdemokraterna och Vänsterpartiet, ville höja skatten med 25 öre.

**För mer information:** Annika Strömberg (M), kommunstyrelsens ordförande, telefon 08-555 010 12, och Johan Ekdahl, ekonomichef.
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(s)


def build(outdir):
    os.makedirs(outdir, exist_ok=True)
    budget_pdf(os.path.join(outdir, "mal-och-budget-2025-2027.pdf"))
    delar_pdf(os.path.join(outdir, "delarsrapport-augusti-2024.pdf"))
    html_page(os.path.join(outdir, "sa-anvands-din-skatt.html"))
    protokoll_docx(os.path.join(outdir, "ks-protokoll-2024-10-28.docx"))
    stat_xlsx(os.path.join(outdir, "befolkning-och-nyckeltal.xlsx"))
    press_md(os.path.join(outdir, "pressmeddelande-budget-2025.md"))
