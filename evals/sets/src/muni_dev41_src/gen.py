"""Deterministic generator for evals/corpora/dev-muni41 (Filipstad and Sunne). Run: python gen.py OUTDIR"""
import copy
import os
import sys

import docx
import openpyxl
from docx.shared import Pt
from openpyxl.styles import Font

from budget import make_budget
from common import Doc, fmt, fixed_zip, FIXED_DATE
import data_filipstad
import data_sunne

OUT = sys.argv[1] if len(sys.argv) > 1 else "/work/main/evals/corpora/dev-muni41"


# ---------------------------------------------------------------- Filipstad: årsredovisning 2024
def filipstad_ar(m, path):
    pdf = Doc("Filipstads kommun · Årsredovisning 2024")
    pdf.add_page()
    pdf.set_font("DV", "B", 28)
    pdf.ln(60)
    pdf.multi_cell(0, 14, "Årsredovisning 2024", align="C")
    pdf.set_font("DV", "", 14)
    pdf.multi_cell(0, 8, "Filipstads kommun", align="C")
    pdf.ln(30)
    pdf.set_font("DV", "", 10)
    pdf.multi_cell(0, 6, "Godkänd av kommunfullmäktige 2025-04-28, § 41", align="C")
    pdf.add_page()
    pdf.h1("Kommunstyrelsens ordförande har ordet")
    pdf.p("2024 blev ett år då Filipstad visade styrka. Trots en svag konjunktur och stigande kostnader redovisar "
          "kommunen ett positivt resultat på 11,4 miljoner kronor, vilket är 2,4 miljoner kronor bättre än "
          "prognosen i delårsrapporten.")
    pdf.p("Året präglades av firandet av Filipstads 400-årsjubileum, som lockade omkring 18 000 besökare till "
          "jubileumsveckan i juli. Vi invigde också den nya gång- och cykelvägen längs Daglösen.")
    pdf.set_font("DV", "I", 10)
    pdf.multi_cell(0, 5.5, "Annika Sjöström (S), kommunstyrelsens ordförande")
    pdf.ln(4)
    pdf.h1("Förvaltningsberättelse")
    pdf.h2("Viktiga händelser under året")
    pdf.bullets([
        "Kommunfullmäktige beslutade i februari om byggstart för den nya förskolan vid Lasarettsområdet.",
        "Socialnämnden tog över driften av hemtjänsten i Nykroppa från en privat utförare den 1 april.",
        "Räddningstjänsten genomförde 412 utryckningar, varav 38 bränder i byggnad.",
        "Filipstads kommun tilldelades utmärkelsen Årets cykelkommun i Värmland.",
    ])
    pdf.h2("Resultat och ekonomisk ställning")
    pdf.p("Årets resultat uppgick till 11,4 miljoner kronor (12,8 miljoner kronor 2023). Resultatet motsvarar 1,3 "
          "procent av skatteintäkter och generella statsbidrag. Balanskravsresultatet uppgick till 10,9 miljoner "
          "kronor efter avdrag för realisationsvinster på 0,5 miljoner kronor.")
    pdf.p("Nämnderna redovisade sammantaget ett underskott mot budget på -14,3 miljoner kronor. Underskottet "
          "uppvägdes av högre skatteintäkter och lägre pensionskostnader än budgeterat i finansförvaltningen.")
    pdf.add_page()
    pdf.h1("Resultaträkning")
    rows = [
        ["Verksamhetens intäkter", "1", "212,4", "219,6", "214,0", "5,6"],
        ["Verksamhetens kostnader", "2", "-1 018,6", "-1 055,1", "-1 040,1", "-15,0"],
        ["Avskrivningar", "", "-38,2", "-40,1", "-42,8", "2,7"],
        ["Verksamhetens nettokostnader", "", "-844,4", "-875,6", "-868,9", "-6,7"],
        ["Skatteintäkter", "3", "612,8", "630,2", "621,4", "8,8"],
        ["Generella statsbidrag och utjämning", "4", "250,1", "262,3", "261,5", "0,8"],
        ["Verksamhetens resultat", "", "18,5", "16,9", "14,0", "2,9"],
        ["Finansiella intäkter", "", "4,1", "4,9", "3,5", "1,4"],
        ["Finansiella kostnader", "5", "-9,8", "-10,4", "-11,8", "1,4"],
        ["Resultat efter finansiella poster", "", "12,8", "11,4", "5,7", "5,7"],
        ["Årets resultat", "", "12,8", "11,4", "5,7", "5,7"],
    ]
    pdf.table([["Belopp i mnkr", "Not", "Utfall", "Utfall", "Budget", "Avvikelse"],
               ["", "", "2023", "2024", "2024", "mot budget"]], rows,
              [66, 12, 22, 22, 22, 26],
              bold_rows=("Verksamhetens nettokostnader", "Årets resultat"))
    pdf.note("Budget 2024 avser ursprunglig budget antagen av kommunfullmäktige i november 2023.")
    pdf.h1("Nämndernas ekonomiska utfall")
    pdf.p("Socialnämnden redovisar det största underskottet. Kostnaderna för placeringar av barn och unga "
          "överskred budget med 9,8 miljoner kronor och kostnaderna för ekonomiskt bistånd med 2,1 miljoner kronor.")
    nrows = []
    utf = {"Kommunfullmäktige": 3.0, "Revisionen": 1.4, "Valnämnden": 0.5, "Kommunstyrelsen": 117.9,
           "Barn- och utbildningsnämnden": 355.0, "Socialnämnden": 349.9, "Samhällsbyggnadsnämnden": 42.8,
           "Kultur- och fritidsnämnden": 24.4, "Överförmyndarnämnden (gemensam)": 2.2}
    sb = su = 0
    for name, vals in m["namnder"]:
        b = vals[1]
        u = utf[name]
        nrows.append([name, fmt(b, 1), fmt(u, 1), fmt(round(b - u, 1), 1)])
        sb += b
        su += u
    nrows.append(["Summa nämnder", fmt(sb, 1), fmt(su, 1), fmt(round(sb - su, 1), 1)])
    pdf.table([["Nämnd", "Budget 2024", "Utfall 2024", "Avvikelse"]], nrows, [80, 30, 30, 30],
              caption="Nettokostnader per nämnd, mnkr", bold_rows=("Summa nämnder",))
    pdf.add_page()
    pdf.h1("Investeringar")
    pdf.p("Nettoinvesteringarna uppgick till 58,9 miljoner kronor 2024 (52,3 miljoner kronor 2023). "
          "Budgeten för året var 71,0 miljoner kronor; avvikelsen beror främst på att upphandlingen av "
          "förskolan vid Lasarettsområdet blev försenad.")
    irows = [
        ["Förskola Lasarettsområdet, projektering", "6 000", "2 150", "3 850"],
        ["Gång- och cykelväg Daglösen", "7 500", "7 920", "-420"],
        ["Vatten och avlopp, ledningsförnyelse", "12 000", "11 340", "660"],
        ["Beläggningsprogram gator", "5 500", "5 480", "20"],
        ["Spångbergsskolan, förstudie och projektering", "3 000", "1 870", "1 130"],
        ["Energieffektivisering lokaler", "4 000", "3 610", "390"],
        ["Övriga investeringar", "33 000", "26 530", "6 470"],
        ["Totalt", "71 000", "58 900", "12 100"],
    ]
    pdf.table([["Projekt (tkr)", "Budget 2024", "Utfall 2024", "Avvikelse"]], irows, [84, 28, 28, 28],
              bold_rows=("Totalt",))
    pdf.h1("Personal")
    pdf.p("Antalet tillsvidareanställda var 1 142 den 31 december 2024 (1 127 året innan). Sjukfrånvaron minskade "
          "till 7,4 procent från 8,1 procent 2023. Den korta sjukfrånvaron, dag 1–14, stod för 41 procent av "
          "den totala sjukfrånvaron.")
    prow = [
        ["Antal tillsvidareanställda", "1 098", "1 127", "1 142"],
        ["Antal visstidsanställda", "212", "198", "186"],
        ["Sjukfrånvaro, %", "8,6", "8,1", "7,4"],
        ["Personalomsättning, %", "11,2", "10,4", "9,7"],
    ]
    pdf.table([["Nyckeltal personal", "2022", "2023", "2024"]], prow, [84, 28, 28, 28])
    pdf.h1("Förväntad utveckling")
    pdf.p("Befolkningen fortsätter att minska svagt och uppgick till 10 236 invånare vid årsskiftet. Det innebär "
          "lägre skatteintäkter än planerat. Kommunstyrelsen har därför gett förvaltningen i uppdrag att ta fram "
          "en lokalförsörjningsplan som ska minska lokalytan med 4 000 kvadratmeter till 2028.")
    pdf.output(path)


# ---------------------------------------------------------------- Sunne: delårsrapport aug 2025
def sunne_delar(m, path):
    pdf = Doc("Sunne kommun | Delårsrapport januari–augusti 2025")
    pdf.add_page()
    pdf.set_font("DV", "B", 26)
    pdf.ln(60)
    pdf.multi_cell(0, 13, "Delårsrapport\njanuari–augusti 2025", align="C")
    pdf.set_font("DV", "", 14)
    pdf.multi_cell(0, 8, "Sunne kommun", align="C")
    pdf.ln(30)
    pdf.set_font("DV", "", 10)
    pdf.multi_cell(0, 6, "Behandlad av kommunstyrelsen 2025-10-07, § 164", align="C")
    pdf.add_page()
    pdf.h1("Sammanfattning")
    pdf.p("Resultatet för perioden januari–augusti 2025 uppgår till 31,2 miljoner kronor. Prognosen för helåret "
          "är ett överskott på 9,6 miljoner kronor, vilket är 5,2 miljoner kronor lägre än budgeterat resultat.")
    pdf.p("Nämnderna prognostiserar sammantaget ett underskott mot budget. Omsorgsnämnden har det största "
          "underskottet, främst på grund av ökade kostnader för bemanningssjuksköterskor och externa placeringar. "
          "Kostnaden för inhyrd personal uppgick till 6,8 miljoner kronor under perioden.")
    pdf.h2("Viktiga händelser")
    pdf.bullets([
        "Bygget av Västra skolan startade i mars; första spadtaget togs den 12 mars.",
        "Kommunfullmäktige antog en ny översiktsplan i juni.",
        "Sunne kommun placerade sig på plats 38 i Svenskt Näringslivs ranking av företagsklimatet.",
        "Resecentrum i Sunne invigdes den 23 maj efter ombyggnad.",
    ])
    pdf.add_page()
    pdf.h1("Resultaträkning")
    rows = [
        ["Verksamhetens intäkter", "178,4", "186,9", "274,3", "279,0", "4,7"],
        ["Verksamhetens kostnader", "– 843,2", "– 859,9", "– 1 311,6", "– 1 326,8", "– 15,2"],
        ["Avskrivningar", "– 33,1", "– 35,0", "– 53,8", "– 52,9", "0,9"],
        ["Verksamhetens nettokostnader", "– 697,9", "– 708,0", "– 1 091,1", "– 1 100,7", "– 9,6"],
        ["Skatteintäkter", "514,8", "535,6", "801,9", "803,8", "1,9"],
        ["Generella statsbidrag och utjämning", "201,9", "208,1", "311,7", "313,6", "1,9"],
        ["Verksamhetens resultat", "18,8", "35,7", "22,5", "16,7", "– 5,8"],
        ["Finansiella intäkter", "3,7", "3,4", "4,9", "5,2", "0,3"],
        ["Finansiella kostnader", "– 6,9", "– 7,9", "– 12,6", "– 12,3", "0,3"],
        ["Periodens/årets resultat", "15,6", "31,2", "14,8", "9,6", "– 5,2"],
    ]
    pdf.table([["Mnkr", "Utfall", "Utfall", "Budget", "Prognos", "Avvikelse"],
               ["", "jan–aug 2024", "jan–aug 2025", "2025", "2025", "prognos/budget"]], rows,
              [60, 22, 22, 22, 22, 24], bold_rows=("Verksamhetens nettokostnader", "Periodens/årets resultat"))
    pdf.note("Avvikelse = prognos minus budget. Negativt tal innebär en försämring mot budget.")
    pdf.h1("Nämndernas prognos")
    prog = {"Kommunfullmäktige": 3.9, "Revision": 1.9, "Valnämnd": 0.1, "Kommunstyrelsen": 166.9,
            "Barn- och utbildningsnämnden": 440.2, "Omsorgsnämnden": 436.1, "Miljö- och byggnadsnämnden": 10.1,
            "Kultur- och fritidsnämnden": 33.4, "Tekniska nämnden": 31.6}
    nrows = []
    sb = sp = 0
    for name, vals in m["namnder"]:
        b = vals[2]
        pgn = prog[name]
        nrows.append([name, fmt(b, 1), fmt(pgn, 1), fmt(round(b - pgn, 1), 1, "–")])
        sb += b
        sp += pgn
    nrows.append(["Summa nämnder", fmt(sb, 1), fmt(sp, 1), fmt(round(sb - sp, 1), 1, "–")])
    pdf.table([["Nämnd", "Budget 2025", "Prognos 2025", "Avvikelse"]], nrows, [80, 30, 30, 30],
              caption="Nettokostnad, mnkr", bold_rows=("Summa nämnder",))
    pdf.p("Omsorgsnämnden har fått i uppdrag att ta fram en åtgärdsplan för en budget i balans. Barn- och "
          "utbildningsnämndens underskott beror på fler elever i gymnasieskolan i andra kommuner. Kommunstyrelsen "
          "redovisar ett överskott, bland annat på grund av vakanta tjänster.")
    pdf.add_page()
    pdf.h1("Investeringar")
    pdf.p("Under perioden har 41,3 miljoner kronor investerats. Helårsprognosen är 86,5 miljoner kronor mot en "
          "budget på 98,0 miljoner kronor. Förskolan i Lysvik blir klar först 2026, och 3,9 miljoner kronor "
          "föreslås föras över till nästa år.")
    irows = [
        ["Nybyggnad Västra skolan (F–6)", "38 000", "17 650", "38 000"],
        ["Särskilt boende Solbacken, etapp 2", "12 000", "6 420", "11 500"],
        ["Vatten och avlopp, Östra Ämtervik", "11 000", "5 180", "10 200"],
        ["Förskola Lysvik, tillbyggnad", "5 500", "640", "1 600"],
        ["Resecentrum Sunne, ombyggnad", "4 500", "4 710", "4 710"],
        ["Övriga projekt", "27 000", "6 700", "20 490"],
        ["Totalt", "98 000", "41 300", "86 500"],
    ]
    pdf.table([["Projekt, tkr", "Budget 2025", "Utfall jan–aug", "Prognos 2025"]], irows, [80, 30, 30, 30],
              bold_rows=("Totalt",))
    pdf.h1("Personal")
    pdf.p("Sjukfrånvaron för perioden januari–augusti var 7,2 procent, jämfört med 7,6 procent samma period 2024. "
          "Antalet tillsvidareanställda var 1 419 den 31 augusti 2025.")
    pdf.h1("Balanskravet")
    pdf.p("Med ett prognostiserat resultat på 9,6 miljoner kronor och inga realisationsvinster uppfyller kommunen "
          "balanskravet 2025. Det finansiella målet om ett resultat på minst 1,5 procent av skatter och bidrag "
          "nås dock inte; prognosen motsvarar 0,9 procent.")
    pdf.output(path)


# ---------------------------------------------------------------- HTML
HTML_HEAD = """<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>{title}</title>
<link rel="stylesheet" href="/static/css/site.css">
</head>
<body>
<div id="cookie-banner" class="cookie">
  <p>Vi använder kakor (cookies) för att webbplatsen ska fungera och för att förbättra din upplevelse.</p>
  <button>Acceptera alla</button> <button>Endast nödvändiga</button> <a href="/om-webbplatsen/kakor">Läs mer om kakor</a>
</div>
<header class="site-header">
  <a class="logo" href="/">{kommun}</a>
  <nav class="main-nav"><ul>
    <li><a href="/omsorg-och-hjalp">Omsorg och hjälp</a></li>
    <li><a href="/forskola-och-skola">Förskola och skola</a></li>
    <li><a href="/bygga-bo-och-miljo">Bygga, bo och miljö</a></li>
    <li><a href="/uppleva-och-gora">Uppleva och göra</a></li>
    <li><a href="/kommun-och-politik">Kommun och politik</a></li>
  </ul></nav>
  <form class="search"><input type="search" placeholder="Sök på webbplatsen"><button>Sök</button></form>
</header>
<nav class="breadcrumbs"><a href="/">Start</a> › <a href="/kommun-och-politik">Kommun och politik</a> › {crumb}</nav>
<main>
"""
HTML_FOOT = """</main>
<footer class="site-footer">
  <p>{kommun} · {address} · Växel: {phone} · <a href="mailto:{mail}">{mail}</a></p>
  <ul><li><a href="/om-webbplatsen">Om webbplatsen</a></li><li><a href="/tillganglighetsredogorelse">Tillgänglighetsredogörelse</a></li>
  <li><a href="/personuppgifter">Behandling av personuppgifter</a></li></ul>
  <p>Följ oss på Facebook och Instagram</p>
</footer>
</body>
</html>
"""


def filipstad_html(path):
    rows = [("Äldreomsorg och stöd till personer med funktionsnedsättning", "32,40", "297,6"),
            ("Förskola och grundskola", "31,10", "285,7"),
            ("Gymnasieskola och vuxenutbildning", "9,20", "84,5"),
            ("Individ- och familjeomsorg", "6,90", "63,4"),
            ("Gator, parker, räddningstjänst och samhällsbyggnad", "6,10", "56,0"),
            ("Kultur och fritid", "3,90", "35,8"),
            ("Politisk verksamhet och administration", "5,60", "51,4"),
            ("Näringsliv, arbetsmarknad och övrigt", "4,80", "44,1"),
            ("Summa", "100,00", "918,5")]
    body = ['<article class="content">', "<h1>Så används din skatt</h1>",
            '<p class="meta">Publicerad 2025-02-10 · Senast uppdaterad 2025-03-04</p>',
            "<p>Den kommunala skattesatsen i Filipstad är 22,66 kronor för 2025. Det betyder att du betalar 22,66 kronor "
            "i skatt till kommunen för varje hundralapp du tjänar. Till Region Värmland betalar du 11,18 kronor.</p>",
            "<p>En person med en månadslön på 30 000 kronor betalar ungefär 5 900 kronor i kommunalskatt i månaden.</p>",
            "<h2>Så fördelas 100 kronor i kommunalskatt</h2>",
            "<p>Tabellen visar hur 100 kronor av din kommunalskatt fördelas mellan verksamheterna i budget 2025, och "
            "verksamheternas bruttokostnad minus avgifter och riktade bidrag.</p>",
            '<table class="data">', "<thead><tr><th>Verksamhet</th><th>Kronor av 100</th><th>Nettokostnad 2025, mnkr</th></tr></thead>",
            "<tbody>"]
    for r in rows:
        body.append("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>")
    body += ["</tbody></table>",
             "<p>Källa: Mål och budget 2025 med plan 2026–2027. Nettokostnaden inkluderar fördelade lokalkostnader och "
             "kapitalkostnader och skiljer sig därför från nämndernas ramar.</p>",
             "<h2>Vill du veta mer?</h2>",
             "<p>Kontakta ekonomichef Jonas Berglund, 0590-610 12, om du har frågor om kommunens ekonomi.</p>",
             "</article>"]
    html = HTML_HEAD.format(title="Så används din skatt - Filipstads kommun", kommun="Filipstads kommun",
                            crumb="Ekonomi") + "\n".join(body) + "\n" + HTML_FOOT.format(
        kommun="Filipstads kommun", address="Box 303, 682 27 Filipstad", phone="0590-610 00", mail="kommun@filipstad.se")
    with open(path, "w", encoding="utf-8") as f:
        f.write(html)


def sunne_html(m, path):
    body = ['<article class="news">', "<h1>Budget 2025 är beslutad – satsning på skola och äldreomsorg</h1>",
            '<p class="meta">Publicerad: 19 november 2024 | Senast uppdaterad: 2 december 2024</p>',
            "<p class=\"ingress\">Kommunfullmäktige i Sunne beslutade den 18 november om budget för 2025 och plan för "
            "2026–2027. Skattesatsen är oförändrad, 22,41 kronor.</p>",
            "<p>Budgeten ger ett resultat på 14,8 miljoner kronor. Investeringarna uppgår till 98 miljoner kronor, "
            "där Västra skolan och särskilda boendet Solbacken är de största projekten.</p>",
            "<p>– Vi prioriterar de verksamheter som betyder mest för invånarna, säger kommunstyrelsens ordförande "
            "Lars-Erik Gunnarsson (C).</p>",
            "<p>Oppositionen, Moderaterna och Sverigedemokraterna, röstade för egna budgetförslag. Moderaternas förslag "
            "innehöll en skattesänkning med 15 öre.</p>",
            "<h2>Nämndernas ramar 2025</h2>",
            '<table class="table">',
            "<tr><th>Nämnd</th><th>Ram 2024 (mnkr)</th><th>Ram 2025 (mnkr)</th><th>Förändring (mnkr)</th></tr>"]
    for name, vals in m["namnder"]:
        ch = round(vals[2] - vals[1], 1)
        body.append(f"<tr><td>{name}</td><td>{fmt(vals[1])}</td><td>{fmt(vals[2])}</td><td>{fmt(ch, 1, '-')}</td></tr>")
    s24 = round(sum(v[1] for _, v in m["namnder"]), 1)
    s25 = round(sum(v[2] for _, v in m["namnder"]), 1)
    body.append(f"<tr><td>Summa</td><td>{fmt(s24)}</td><td>{fmt(s25)}</td><td>{fmt(round(s25 - s24, 1))}</td></tr>")
    body += ["</table>",
             "<p>Hela budgetdokumentet finns att läsa under Kommun och politik › Ekonomi › Budget.</p>",
             "<p>Kontakt: Ekonomichef Sara Wennerholm, 0565-160 05</p>",
             "</article>",
             '<aside class="related"><h2>Relaterat</h2><ul><li><a href="/nyheter">Fler nyheter</a></li>'
             '<li><a href="/kommun-och-politik/ekonomi">Ekonomi</a></li></ul></aside>']
    html = HTML_HEAD.format(title="Budget 2025 är beslutad - Sunne kommun", kommun="Sunne kommun",
                            crumb="Nyheter") + "\n".join(body) + "\n" + HTML_FOOT.format(
        kommun="Sunne kommun", address="Kolsnäsvägen 4, 686 80 Sunne", phone="0565-160 00", mail="sunne.kommun@sunne.se")
    with open(path, "w", encoding="utf-8") as f:
        f.write(html)


# ---------------------------------------------------------------- DOCX
def _docx_fixed(d):
    cp = d.core_properties
    cp.author = "Kommunledningsförvaltningen"
    cp.last_modified_by = "Kommunledningsförvaltningen"
    cp.created = FIXED_DATE
    cp.modified = FIXED_DATE
    cp.revision = 1


def _table(d, header, rows):
    t = d.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for i, h in enumerate(header):
        t.rows[0].cells[i].text = h
    for r in rows:
        cells = t.add_row().cells
        for i, c in enumerate(r):
            cells[i].text = c
    return t


def filipstad_docx(path):
    d = docx.Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    d.add_heading("PROTOKOLL", 0)
    d.add_paragraph("Kommunstyrelsen, Filipstads kommun")
    d.add_paragraph("Sammanträdesdatum: 2025-04-08")
    d.add_paragraph("Plats och tid: Sessionssalen, Stadshuset, kl. 09.00–12.15")
    d.add_paragraph("Beslutande: Annika Sjöström (S), ordförande, Mats Lindell (S), Eva Karlberg (C), "
                    "Henrik Åslund (M), Britt Nordqvist (SD), Ola Persson (V), Kerstin Malm (S), Anders Hedin (KD), "
                    "Sofia Ek (S), Jan-Olof Berg (M), Linnea Fors (C)")
    d.add_paragraph("Justerare: Eva Karlberg (C)")
    d.add_heading("§ 45 Val av justerare", level=2)
    d.add_paragraph("Kommunstyrelsen beslutar att utse Eva Karlberg (C) att jämte ordföranden justera protokollet.")
    d.add_heading("§ 46 Ombudgetering av investeringsmedel från 2024 till 2025", level=2)
    d.add_paragraph("Dnr KS 2025/078")
    d.add_paragraph("Ärendebeskrivning: Flera investeringsprojekt har inte slutförts under 2024. Nämnderna har "
                    "begärt att outnyttjade medel om totalt 9 120 tkr förs över till 2025. Ekonomienheten föreslår "
                    "att projekt som inte har påbörjats inte ombudgeteras.")
    _table(d, ["Projekt", "Nämnd", "Budget 2024 (tkr)", "Utfall 2024 (tkr)", "Begärd ombudgetering (tkr)",
               "Förslag (tkr)"], [
        ["Förskola Lasarettsområdet", "BUN", "6 000", "2 150", "3 850", "3 850"],
        ["Spångbergsskolan, projektering", "BUN", "3 000", "1 870", "1 130", "1 130"],
        ["Vatten och avlopp, ledningsförnyelse", "SBN", "12 000", "11 340", "660", "660"],
        ["Energieffektivisering lokaler", "KS", "4 000", "3 610", "390", "390"],
        ["Utegym Hertig Karls torg", "KFN", "1 200", "0", "1 200", "0"],
        ["Digitala lås hemtjänst", "SN", "2 500", "610", "1 890", "1 890"],
        ["Summa", "", "28 700", "19 580", "9 120", "7 920"],
    ])
    d.add_paragraph("Beslut: Kommunstyrelsen beslutar att föreslå kommunfullmäktige att ombudgetera 7 920 tkr från "
                    "2024 till 2025 enligt förslaget i tabellen. Utegym vid Hertig Karls torg ombudgeteras inte.")
    d.add_paragraph("Yrkanden: Henrik Åslund (M) yrkar att även utegymmet ombudgeteras med 1 200 tkr. "
                    "Ordföranden ställer förslagen mot varandra och finner att kommunstyrelsen bifaller "
                    "ekonomienhetens förslag.")
    d.add_paragraph("Reservation: Henrik Åslund (M) och Jan-Olof Berg (M) reserverar sig mot beslutet till förmån "
                    "för eget yrkande.")
    d.add_heading("§ 47 Tilläggsanslag till socialnämnden", level=2)
    d.add_paragraph("Dnr KS 2025/091")
    d.add_paragraph("Socialnämnden begär ett tilläggsanslag på 3,2 miljoner kronor för 2025 för ökade kostnader "
                    "för placeringar av barn och unga. Kommunstyrelsen föreslås finansiera 2,0 miljoner kronor ur "
                    "den centrala bufferten och att socialnämnden själv hanterar resterande 1,2 miljoner kronor.")
    d.add_paragraph("Beslut: Kommunstyrelsen beviljar socialnämnden ett tilläggsanslag på 2,0 miljoner kronor "
                    "för 2025, att finansieras ur kommunstyrelsens centrala buffert.")
    d.add_paragraph("Reservation: Britt Nordqvist (SD) reserverar sig mot beslutet och anser att hela beloppet "
                    "ska finansieras inom socialnämndens ram.")
    d.add_heading("§ 48 Medborgarförslag om belysning vid Skillervallen", level=2)
    d.add_paragraph("Dnr KS 2024/402")
    d.add_paragraph("Ett medborgarförslag har inkommit om att förbättra belysningen på gångvägen vid Skillervallen. "
                    "Samhällsbyggnadsförvaltningen bedömer kostnaden till 180 000 kronor och att åtgärden kan "
                    "rymmas inom projektet Gatubelysning, utbyte till LED.")
    d.add_paragraph("Beslut: Kommunstyrelsen föreslår kommunfullmäktige att bifalla medborgarförslaget.")
    d.add_heading("§ 49 Informationsärenden", level=2)
    d.add_paragraph("Ekonomichef Jonas Berglund informerar om bokslutet för 2024. Årets resultat blev 11,4 miljoner "
                    "kronor.")
    d.add_paragraph("Vid protokollet: Maria Holm, nämndsekreterare")
    _docx_fixed(d)
    d.save(path)
    fixed_zip(path)


def sunne_docx(path):
    d = docx.Document()
    d.styles["Normal"].font.name = "Calibri"
    d.add_heading("Protokoll – Barn- och utbildningsnämnden", 0)
    d.add_paragraph("Sunne kommun")
    d.add_paragraph("Sammanträdesdatum: 2025-09-16")
    d.add_paragraph("Plats: Kommunhuset, sammanträdesrum Fryken")
    d.add_paragraph("Ledamöter: Karin Olsson (C), ordförande; Per Nyström (S), vice ordförande; Johanna Lund (C); "
                    "Erik Backlund (M); Ingrid Rask (SD); Mikael Thorén (S); Anna Hjort (L)")
    d.add_heading("§ 61 Delårsrapport januari–augusti 2025", level=2)
    d.add_paragraph("Förvaltningen redovisar delårsrapporten. Nämnden prognostiserar ett underskott på 2,1 miljoner "
                    "kronor för 2025. Underskottet beror på ökade kostnader för interkommunala ersättningar till "
                    "gymnasieskolor i andra kommuner, som beräknas överskrida budget med 3,4 miljoner kronor. "
                    "Överskott inom förskolan på 1,3 miljoner kronor minskar underskottet.")
    d.add_paragraph("Beslut: Barn- och utbildningsnämnden godkänner delårsrapporten och överlämnar den till "
                    "kommunstyrelsen.")
    d.add_heading("§ 62 Elevprognos och framtida skolstruktur", level=2)
    d.add_paragraph("Förvaltningen har tagit fram en elevprognos för grundskolan. När Västra skolan står klar "
                    "hösten 2027 föreslås Skäggebergsskolan och Lysviks skola (årskurs 4–6) flytta sina "
                    "mellanstadieelever till Västra skolan.")
    _table(d, ["Skola", "Elever ht 2024", "Elever ht 2025", "Prognos ht 2027", "Kapacitet"], [
        ["Västra skolan (F–6)", "–", "–", "410", "450"],
        ["Tingvallaskolan (F–6)", "268", "262", "240", "300"],
        ["Skäggebergsskolan (F–6)", "196", "204", "120", "220"],
        ["Lysviks skola (F–6)", "84", "79", "52", "110"],
        ["Rottneros skola (F–3)", "61", "66", "70", "90"],
        ["Södra Viken (7–9)", "402", "411", "425", "480"],
        ["Summa", "1 011", "1 022", "1 317", "1 650"],
    ])
    d.add_paragraph("Yrkanden: Karin Olsson (C) yrkar bifall till förvaltningens förslag. Ingrid Rask (SD) yrkar "
                    "att Lysviks skola ska behålla årskurs 4–6.")
    d.add_paragraph("Beslut: Barn- och utbildningsnämnden beslutar att skicka förslaget på remiss till berörda "
                    "skolråd med svar senast den 30 november 2025.")
    d.add_paragraph("Reservation: Ingrid Rask (SD) och Erik Backlund (M) reserverar sig mot beslutet till förmån "
                    "för Ingrid Rasks yrkande.")
    d.add_heading("§ 63 Avgifter för fritidshem 2026", level=2)
    d.add_paragraph("Förvaltningen föreslår att maxtaxan följs även 2026. Intäkterna från avgifter i förskola och "
                    "fritidshem budgeteras till 14,6 miljoner kronor.")
    d.add_paragraph("Beslut: Nämnden föreslår kommunfullmäktige att fastställa avgifterna enligt maxtaxan.")
    d.add_paragraph("Justeras: Karin Olsson, ordförande; Anna Hjort, justerare")
    _docx_fixed(d)
    d.save(path)
    fixed_zip(path)


# ---------------------------------------------------------------- XLSX
def _wb_fixed(wb):
    wb.properties.creator = "Ekonomienheten"
    wb.properties.lastModifiedBy = "Ekonomienheten"
    wb.properties.created = FIXED_DATE
    wb.properties.modified = FIXED_DATE


def filipstad_xlsx(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Befolkning"
    ws.append(["Befolkning i Filipstads kommun 2019–2024"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(["Antal invånare den 31 december"])
    ws.append([])
    ws.append(["År", "Totalt", "0–5 år", "6–15 år", "16–64 år", "65–79 år", "80 år och äldre", "Förändring"])
    data = [(2019, 10578, 598, 1102, 5671, 2372, 835), (2020, 10519, 590, 1098, 5611, 2381, 839),
            (2021, 10468, 575, 1101, 5560, 2386, 846), (2022, 10394, 561, 1093, 5498, 2385, 857),
            (2023, 10320, 548, 1086, 5441, 2365, 880), (2024, 10236, 532, 1071, 5382, 2345, 906)]
    prev = 10631
    for r in data:
        assert sum(r[2:]) == r[1], r
        ws.append(list(r) + [r[1] - prev])
        prev = r[1]
    ws.append([])
    ws.append(["Källa: SCB, befolkningsstatistik. Förändring jämfört med föregående år."])
    ws2 = wb.create_sheet("Nyckeltal")
    ws2.append(["Ekonomiska nyckeltal Filipstads kommun"])
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.append(["Kronor, procent"])
    ws2.append(["År", "Skattesats (kr)", "Nettokostnad, kr per invånare", "Årets resultat, mnkr",
                "Soliditet, %", "Sjukfrånvaro, %", "Nettoinvesteringar, mnkr"])
    k = [(2020, 22.66, 77890, 24.6, 41.2, 8.9, 44.8), (2021, 22.66, 79450, 31.2, 42.5, 8.7, 49.1),
         (2022, 22.66, 80120, 14.9, 41.8, 8.6, 55.6), (2023, 22.66, 81820, 12.8, 40.3, 8.1, 52.3),
         (2024, 22.66, 85540, 11.4, 40.1, 7.4, 58.9)]
    for r in k:
        ws2.append(list(r))
    ws2.append([])
    ws2.append(["Soliditet exklusive ansvarsförbindelse för pensioner."])
    _wb_fixed(wb)
    wb.save(path)
    fixed_zip(path)


def sunne_xlsx(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Driftredovisning 2024"
    ws.append(["Driftredovisning per verksamhet, Sunne kommun, bokslut 2024"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(["Belopp i tkr"])
    ws.append(["Verksamhet", "Intäkter", "Kostnader", "Nettokostnad", "Budget 2024", "Avvikelse"])
    rows = [
        ("Förskola", 14250, -96830), ("Grundskola inkl. förskoleklass", 9870, -178420),
        ("Gymnasieskola", 6120, -98760), ("Vuxenutbildning", 8940, -19230),
        ("Äldreomsorg", 61380, -312650), ("Funktionsnedsättning (LSS/SoL)", 38720, -128940),
        ("Individ- och familjeomsorg", 12460, -58310), ("Gator, vägar och parker", 3180, -24650),
        ("Kultur och fritid", 5630, -39880), ("Räddningstjänst", 1120, -17340),
        ("Politisk verksamhet", 0, -9870), ("Övrigt och gemensam administration", 21480, -102300),
    ]
    budget = [-81900, -167500, -90200, -10600, -248700, -91300, -44200, -21800, -34900, -16100, -9600, -79200]
    ti = tk = tb = 0
    for (name, i, k), b in zip(rows, budget):
        n = i + k
        ws.append([name, i, k, n, b, n - b])
        ti += i
        tk += k
        tb += b
    ws.append(["Summa", ti, tk, ti + tk, tb, ti + tk - tb])
    ws.append([])
    ws.append(["Negativ avvikelse innebär att nettokostnaden överstiger budget."])
    ws2 = wb.create_sheet("Kr per invånare")
    ws2.append(["Nettokostnad per invånare och verksamhet 2020–2024"])
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.append(["Kronor per invånare"])
    ws2.append(["År", "Förskola", "Grundskola", "Gymnasieskola", "Äldreomsorg", "Invånare 31 dec"])
    for r in [(2020, 5480, 11620, 6310, 17940, 13112), (2021, 5610, 11890, 6480, 18420, 13127),
              (2022, 5820, 12310, 6770, 19150, 13143), (2023, 6010, 12840, 6990, 19880, 13184),
              (2024, 6270, 12780, 7030, 19060, 13222)]:
        ws2.append(list(r))
    _wb_fixed(wb)
    wb.save(path)
    fixed_zip(path)


# ---------------------------------------------------------------- Markdown press releases
FILIPSTAD_MD = """# Pressmeddelande: Byggstart för ny förskola i Filipstad

**Filipstads kommun, 2025-03-18**

Nu startar bygget av Filipstads nya förskola vid Lasarettsområdet. Förskolan får sex avdelningar och plats för
omkring 110 barn. Den ersätter de tillfälliga paviljongerna vid Hemgården och förskolan Myrstacken, som har
stora renoveringsbehov.

– Det här är en investering i Filipstads framtid. Barnen får en trygg och modern miljö och personalen får bättre
arbetsförhållanden, säger Annika Sjöström (S), kommunstyrelsens ordförande.

## Fakta om projektet

| Uppgift | Värde |
|---|---|
| Antal avdelningar | 6 |
| Antal platser | 110 |
| Bruttoarea | 1 450 kvm |
| Budget totalt | 36 mnkr |
| Entreprenör | Bergslagens Bygg AB |
| Beräknad inflyttning | augusti 2026 |

Förskolan byggs med solceller på taket och ett tillagningskök där maten lagas från grunden. Kommunen har också
fått ett statligt bidrag från Boverket på 1,8 miljoner kronor för en ny utemiljö med pedagogisk odling.

Första spadtaget tas den 24 mars klockan 10.00 på platsen. Allmänheten är välkommen.

**Kontakt:**
Peter Lindgren, fastighetschef, 0590-612 40
Annika Sjöström (S), kommunstyrelsens ordförande, 0590-610 01
"""

SUNNE_MD = """Pressmeddelande från Sunne kommun
2025-10-08

DELÅRSRAPPORTEN: SUNNE KOMMUN VÄNTAR ÖVERSKOTT – MEN OMSORGEN GÅR BACK

Sunne kommun redovisar ett resultat på 31,2 miljoner kronor för perioden januari–augusti 2025. Prognosen för
helåret är ett överskott på 9,6 miljoner kronor, vilket är lägre än budgeterade 14,8 miljoner kronor.

Omsorgsnämnden prognostiserar ett underskott på 8,7 miljoner kronor. Orsaken är främst dyr inhyrd personal och
fler placeringar. Barn- och utbildningsnämnden räknar med ett underskott på 2,1 miljoner kronor.

"Vi har en stabil grund, men vi måste få bukt med kostnaderna inom omsorgen. Omsorgsnämnden har fått i uppdrag att
ta fram en åtgärdsplan före årsskiftet", säger Lars-Erik Gunnarsson (C), kommunstyrelsens ordförande.

Investeringarna beräknas till 86,5 miljoner kronor för helåret. Bygget av Västra skolan följer tidplanen.

Delårsrapporten behandlas av kommunfullmäktige den 27 oktober.

För mer information:
Sara Wennerholm, ekonomichef, 0565-160 05
Lars-Erik Gunnarsson (C), kommunstyrelsens ordförande, 0565-160 10
"""


def main():
    fdir = os.path.join(OUT, "filipstad")
    sdir = os.path.join(OUT, "sunne")
    os.makedirs(fdir, exist_ok=True)
    os.makedirs(sdir, exist_ok=True)
    mf = make_budget(copy.deepcopy(data_filipstad.M), os.path.join(fdir, "mal-och-budget-2025-plan-2026-2027.pdf"))
    ms = make_budget(copy.deepcopy(data_sunne.M), os.path.join(sdir, "budget-2025-verksamhetsplan-2026-2027.pdf"))
    filipstad_ar(mf, os.path.join(fdir, "arsredovisning-2024.pdf"))
    sunne_delar(ms, os.path.join(sdir, "delarsrapport-jan-aug-2025.pdf"))
    filipstad_html(os.path.join(fdir, "sa-anvands-din-skatt.html"))
    sunne_html(ms, os.path.join(sdir, "nyheter-budget-2025-beslutad.html"))
    filipstad_docx(os.path.join(fdir, "protokoll-kommunstyrelsen-2025-04-08.docx"))
    sunne_docx(os.path.join(sdir, "protokoll-bun-2025-09-16.docx"))
    filipstad_xlsx(os.path.join(fdir, "befolkning-och-nyckeltal-2019-2024.xlsx"))
    sunne_xlsx(os.path.join(sdir, "driftredovisning-per-verksamhet-2024.xlsx"))
    with open(os.path.join(fdir, "pressmeddelande-byggstart-forskola-lasarettsomradet.md"), "w", encoding="utf-8") as f:
        f.write(FILIPSTAD_MD)
    with open(os.path.join(sdir, "pressmeddelande-delarsrapport-2025.txt"), "w", encoding="utf-8") as f:
        f.write(SUNNE_MD)
    for k in ("nk", "ef", "pct", "inv_tot", "drift_sum", "drift_fin", "drift_tot", "kf"):
        print("filipstad", k, mf[k])
        print("sunne", k, ms[k])
    print("bal F", mf["bal"])
    print("bal S", ms["bal"])


if __name__ == "__main__":
    main()
