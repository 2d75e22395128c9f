"""Documents for Överkalix kommun."""
import os

import openpyxl
from docx import Document
from docx.shared import Pt
from openpyxl.styles import Alignment, Font

from common import D, MuniPDF, fmt, normalize_zip, outdir, q, FIXED_DATE
import overkalix_data as O

OUT = outdir("overkalix")
M = "Överkalix kommun"


def t(x):
    """tkr with negatives in parentheses, as in the annual report."""
    return fmt(x, 0, "paren", zero="–")


def sp(x):
    return fmt(x, 0, "minus")


def mn(x_tkr, dec=1):
    return fmt(q(D(x_tkr) / 1000, dec), dec)


# =========================================================================== Årsredovisning 2023
def arsredovisning_pdf():
    pdf = MuniPDF(M, "Årsredovisning 2023")
    RR, BR, KF = O.RR, O.BR, O.KF
    pdf.add_page()
    pdf.set_y(72)
    pdf.set_font("DejaVu", "B", 28)
    pdf.multi_cell(0, 13, "Årsredovisning 2023", align="C")
    pdf.ln(4)
    pdf.set_font("DejaVu", "", 14)
    pdf.multi_cell(0, 8, "Överkalix kommun", align="C")
    pdf.ln(45)
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(0, 6, "Godkänd av kommunfullmäktige 2024-04-22, § 19", align="C")

    pdf.add_page()
    pdf.h1("Innehåll")
    toc = [("Kommunstyrelsens ordförande har ordet", 3), ("Fem år i sammandrag", 4),
           ("Förvaltningsberättelse", 5), ("Driftredovisning", 7), ("Investeringsredovisning", 8),
           ("Resultaträkning", 9), ("Balansräkning", 10), ("Kassaflödesanalys", 11), ("Noter", 12)]
    pdf.set_font("DejaVu", "", 10.5)
    for a, b in toc:
        pdf.cell(150, 7, a)
        pdf.cell(0, 7, str(b), align="R")
        pdf.ln(7)

    # ---- ordförande
    pdf.add_page()
    pdf.h1("Kommunstyrelsens ordförande har ordet")
    pdf.para(
        "2023 blev ett år med hög inflation, stigande räntor och stora kostnadsökningar för både hushåll och "
        "kommun. Trots det kan Överkalix kommun för tionde året i rad redovisa ett positivt resultat.")
    pdf.para(
        f"Årets resultat blev {t(RR['res'][0])} tkr, vilket är {t(RR['res'][0] - RR['res'][1])} tkr bättre än "
        "budget. Det beror framför allt på högre generella statsbidrag och på att flera verksamheter har "
        "hållit sina budgetar. Socialnämnden redovisar dock ett underskott inom individ- och familjeomsorgen "
        "där kostnaderna för placeringar ökade kraftigt.")
    pdf.para(
        "Befolkningen fortsätter att minska och det är vår största utmaning. Under året har vi därför satsat på "
        "bostadsbyggande och på att marknadsföra Överkalix som en attraktiv plats att flytta till. "
        "Ombyggnaden av Tallgårdens särskilda boende blev klar i november och ger bättre arbetsmiljö och "
        "fler platser för par som vill bo tillsammans.")
    pdf.para("Ett stort tack till alla medarbetare för ert arbete under året.")
    pdf.ln(5)
    pdf.para("Överkalix i mars 2024")
    pdf.para("Birgitta Nordlund (S)\nKommunstyrelsens ordförande", style="B")

    # ---- fem år
    pdf.add_page()
    pdf.h1("Fem år i sammandrag")
    sol = dict(O.SOLIDITET)
    sol[2022] = q(D(BR["ek"][1]) / D(BR["tillg"][1]) * 100, 1)
    sol[2023] = q(D(BR["ek"][0]) / D(BR["tillg"][0]) * 100, 1)
    yrs = O.FEM_YEARS
    cols = [("Nyckeltal", 66, "L")] + [(str(y), 20.8, "R") for y in yrs]
    rows = [
        ("row", ["Folkmängd 31 december"] + [fmt(O.POP[y], 0) for y in yrs]),
        ("row", ["Kommunal skattesats, kr"] + [fmt(O.SKATT[y], 2) for y in yrs]),
        ("row", ["Verksamhetens nettokostnad, tkr"] + [fmt(O.NETTOKOST[y], 0) for y in yrs]),
        ("row", ["Årets resultat, tkr"] + [fmt(O.ARETS_RES[y], 0) for y in yrs]),
        ("row", ["Nettoinvesteringar, tkr"] + [fmt(O.NETINV[y], 0) for y in yrs]),
        ("row", ["Soliditet, %"] + [fmt(sol[y], 1) for y in yrs]),
        ("row", ["Antal tillsvidareanställda"] + [fmt(O.ANSTALLDA[y], 0) for y in yrs]),
    ]
    pdf.table("Tabell 1. Översikt över verksamhetens utveckling 2019–2023", cols, rows, font=8.4, row_h=5.8)
    pdf.para(
        "Soliditeten har ökat under hela femårsperioden. Nettokostnaden har ökat snabbare än befolkningen "
        "har minskat, vilket innebär att nettokostnaden per invånare har ökat från 88 "
        "tkr till drygt 100 tkr.")

    # ---- förvaltningsberättelse
    pdf.add_page()
    pdf.h1("Förvaltningsberättelse")
    pdf.h2("Befolkning och arbetsmarknad")
    pdf.para(
        f"Den 31 december 2023 hade Överkalix kommun {fmt(O.POP[2023], 0)} invånare, vilket är "
        f"{O.POP[2022] - O.POP[2023]} färre än ett år tidigare. Under året föddes {O.COMP[2023][0]} barn och "
        f"{O.COMP[2023][1]} personer avled. Arbetslösheten var 5,9 procent i december, jämfört med 7,1 procent "
        "i riket.")
    pdf.h2("Årets resultat och ekonomisk ställning")
    resp = q(D(RR["res"][0]) / D(RR["skatt"][0] + RR["gsb"][0]) * 100, 1)
    pdf.para(
        f"Årets resultat uppgår till {t(RR['res'][0])} tkr, vilket motsvarar {fmt(resp)} procent av "
        f"skatteintäkter och generella statsbidrag. Budgeterat resultat var {t(RR['res'][1])} tkr. "
        f"Verksamhetens nettokostnad ökade med {fmt(q(D(RR['netto'][2] - RR['netto'][0]) / D(-RR['netto'][2]) * 100, 1))} "
        "procent jämfört med 2022.")
    pdf.para(
        f"Skatteintäkter och generella statsbidrag uppgick till {t(RR['skatt'][0] + RR['gsb'][0])} tkr, en ökning "
        f"med {t(RR['skatt'][0] + RR['gsb'][0] - RR['skatt'][2] - RR['gsb'][2])} tkr jämfört med föregående år.")
    pdf.para(
        f"Soliditeten uppgick vid årets slut till {fmt(sol[2023])} procent. Om hela pensionsförpliktelsen som "
        "redovisas inom linjen räknas in blir soliditeten 21,8 procent. Pensionsförpliktelsen inom linjen "
        "uppgick till 81 415 tkr inklusive löneskatt.")
    pdf.h2("Balanskravsresultat")
    pdf.para(
        f"Balanskravsresultatet uppgår till {t(RR['res'][0])} tkr eftersom det inte finns några "
        "realisationsvinster eller andra poster att justera för. Kommunen uppfyller därmed balanskravet. "
        "Kommunfullmäktige föreslås reservera 2 000 tkr till resultatutjämningsreserven, som därefter uppgår "
        "till 11 500 tkr.")
    pdf.h2("Händelser av väsentlig betydelse")
    pdf.bullets([
        "Ombyggnaden av Tallgårdens särskilda boende slutfördes i november 2023.",
        "Kommunen tecknade i juni ett nytt avtal med Kalix kommun om gymnasieplatser för perioden 2024–2027.",
        "Ett nytt lån om 10 000 tkr togs upp i Kommuninvest för att finansiera investeringar inom vatten och avlopp.",
    ])

    pdf.add_page()
    pdf.h2("Väsentliga personalförhållanden")
    pdf.para(
        f"Antalet tillsvidareanställda var {O.ANSTALLDA[2023]} den 31 december 2023. Sjukfrånvaron minskade "
        "till 6,8 procent av den ordinarie arbetstiden, jämfört med 7,4 procent 2022. Den långa "
        "sjukfrånvaron, 60 dagar eller mer, utgjorde 41,5 procent av den totala sjukfrånvaron.")
    pdf.para(
        "Personalkostnaderna uppgick till 221 846 tkr inklusive sociala avgifter och pensioner. Bristen på "
        "legitimerad personal inom förskola, skola och hälso- och sjukvård är fortsatt stor.")
    pdf.h2("Förväntad utveckling")
    pdf.para(
        "SKR:s prognoser visar att skatteintäkterna ökar långsammare 2024 samtidigt som kostnaderna för "
        "pensioner ökar kraftigt. Budgeten för 2024 har ett resultat på 1 850 tkr. Kommunen behöver anpassa "
        "verksamheterna till en minskande befolkning, och ett effektiviseringsprogram om 6 000 tkr ska vara "
        "genomfört senast 2026.")
    pdf.h2("Mål för god ekonomisk hushållning")
    pdf.para(
        "Kommunfullmäktige har fastställt två finansiella mål: resultatet ska uppgå till minst 1,0 procent av "
        "skatteintäkter och generella statsbidrag och investeringarna ska finansieras med egna medel till minst "
        f"80 procent. Båda målen uppnåddes 2023. Självfinansieringsgraden blev "
        f"{fmt(q(D(RR['res'][0] + 14872) / D(O.INV_SUM[1]) * 100, 0), 0)} procent.")

    # ---- driftredovisning
    pdf.add_page()
    pdf.h1("Driftredovisning")
    pdf.para(
        "Driftredovisningen visar nämndernas nettokostnader jämfört med budget. En positiv avvikelse innebär "
        "att nämnden har förbrukat mindre än budgeterat.")
    cols = [("Nettokostnad, tkr", 70, "L"), ("Budget\n2023", 25, "R"), ("Utfall\n2023", 25, "R"),
            ("Avvikelse\nmot budget", 25, "R"), ("Utfall\n2022", 25, "R")]
    rows = []
    for name, items in O.DRIFT:
        rows.append(("section", name))
        for lab, b, u, u22 in items:
            rows.append(("row", [lab, t(b), t(u), t(b - u), t(u22)]))
        s = O.DRIFT_SUM[name]
        lab = "Summa " + (name if name != "Övriga nämnder" else "övriga nämnder")
        rows.append(("sum", [lab, t(s[0]), t(s[1]), t(s[0] - s[1]), t(s[2])]))
    tt = O.DRIFT_TOTAL
    rows.append(("sum", ["Summa nämnder", t(tt[0]), t(tt[1]), t(tt[0] - tt[1]), t(tt[2])]))
    ff = O.FINANSF
    rows.append(("row", ["Finansförvaltning", t(ff[0]), t(ff[1]), t(ff[0] - ff[1]), t(ff[2])]))
    nn = O.NETTO
    rows.append(("total", ["Verksamhetens nettokostnad", t(nn[0]), t(nn[1]), t(nn[0] - nn[1]), t(nn[2])]))
    pdf.table("Tabell 2. Driftredovisning per nämnd 2023, tkr", cols, rows, font=8.2, row_h=5.3,
              note="Negativa avvikelser (underskott) anges inom parentes.")
    sn = O.DRIFT_SUM["Socialnämnden"]
    pdf.para(
        f"Socialnämnden redovisar ett underskott på {fmt(sn[1] - sn[0], 0)} tkr. Individ- och familjeomsorgen "
        "hade ett underskott på 2 734 tkr till följd av två nya placeringar av barn och unga under hösten.")

    # ---- investeringsredovisning
    pdf.add_page()
    pdf.h1("Investeringsredovisning")
    cols = [("Projekt, tkr", 90, "L"), ("Budget\n2023", 26, "R"), ("Utfall\n2023", 26, "R"),
            ("Avvikelse", 26, "R")]
    rows = [("row", [n, t(b), t(u), t(b - u)]) for n, b, u in O.INV]
    rows.append(("total", ["Summa investeringar", t(O.INV_SUM[0]), t(O.INV_SUM[1]),
                           t(O.INV_SUM[0] - O.INV_SUM[1])]))
    pdf.table("Tabell 3. Investeringsredovisning 2023, tkr", cols, rows, font=8.4, row_h=5.6)
    pdf.para(
        f"Investeringarna uppgick till {t(O.INV_SUM[1])} tkr, vilket är {t(O.INV_SUM[0] - O.INV_SUM[1])} tkr "
        "lägre än budget. Projekteringen av den nya förskolan har försenats eftersom placeringen av "
        "förskolan har utretts på nytt. Ledningsförnyelsen inom vatten och avlopp blev dyrare än beräknat "
        "på grund av oväntade markförhållanden.")

    # ---- resultaträkning
    pdf.add_page()
    pdf.h1("Resultaträkning")
    cols = [("Belopp i tkr", 62, "L"), ("Not", 12, "C"), ("Utfall\n2023", 28, "R"), ("Budget\n2023", 28, "R"),
            ("Utfall\n2022", 28, "R")]
    order = [0, 1, 2]

    def r(label, key, note="", kind="row"):
        return (kind, [label, note] + [t(RR[key][i]) for i in order])
    rows = [r("Verksamhetens intäkter", "intakter", "1"), r("Verksamhetens kostnader", "kostnader", "2"),
            r("Avskrivningar", "avskr", "3"), r("Verksamhetens nettokostnad", "netto", kind="sum"),
            r("Skatteintäkter", "skatt", "4"), r("Generella statsbidrag och utjämning", "gsb", "5"),
            r("Verksamhetens resultat", "vres", kind="sum"), r("Finansiella intäkter", "finint", "6"),
            r("Finansiella kostnader", "finkost", "7"), r("Resultat efter finansiella poster", "refp", kind="sum"),
            r("Extraordinära poster", "extra"), r("Årets resultat", "res", kind="total")]
    pdf.table("Resultaträkning för kommunen, tkr", cols, rows, font=8.4, row_h=5.8,
              note="Kostnader och andra negativa belopp anges inom parentes.")

    # ---- balansräkning
    pdf.add_page()
    pdf.h1("Balansräkning")
    cols = [("Belopp i tkr", 88, "L"), ("Not", 12, "C"), ("2023-12-31", 30, "R"), ("2022-12-31", 30, "R")]
    rows = [
        ("section", "TILLGÅNGAR"),
        ("row", ["Materiella anläggningstillgångar", "8"] + [t(v) for v in BR["mat"]]),
        ("row", ["Finansiella anläggningstillgångar", "9"] + [t(v) for v in BR["fin"]]),
        ("sum", ["Summa anläggningstillgångar", ""] + [t(v) for v in BR["anl"]]),
        ("row", ["Förråd", ""] + [t(v) for v in BR["forrad"]]),
        ("row", ["Fordringar", "10"] + [t(v) for v in BR["fordr"]]),
        ("row", ["Kassa och bank", "11"] + [t(v) for v in BR["kassa"]]),
        ("sum", ["Summa omsättningstillgångar", ""] + [t(v) for v in BR["oms"]]),
        ("total", ["SUMMA TILLGÅNGAR", ""] + [t(v) for v in BR["tillg"]]),
        ("section", "EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER"),
        ("row", ["Eget kapital", "12"] + [t(v) for v in BR["ek"]]),
        ("sub", ["  varav årets resultat", ""] + [t(v) for v in BR["varav_res"]]),
        ("row", ["Avsättningar för pensioner", "13"] + [t(v) for v in BR["avs"]]),
        ("row", ["Långfristiga skulder", "14"] + [t(v) for v in BR["langfr"]]),
        ("row", ["Kortfristiga skulder", "15"] + [t(v) for v in BR["kortfr"]]),
        ("total", ["SUMMA EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER", ""] + [t(v) for v in BR["tillg"]]),
    ]
    pdf.table("Balansräkning för kommunen, tkr", cols, rows, font=8.2, row_h=5.8)
    pdf.para("Ansvarsförbindelser: pensionsförpliktelser som inte har tagits upp bland avsättningarna uppgår "
             "till 81 415 tkr. Borgensförbindelser uppgår till 46 200 tkr, varav 41 800 tkr avser "
             "Överkalix Bostäder AB.", size=9)

    # ---- kassaflödesanalys
    pdf.add_page()
    pdf.h1("Kassaflödesanalys")
    cols = [("Belopp i tkr", 110, "L"), ("2023", 30, "R"), ("2022", 30, "R")]

    def k(label, key, kind="row"):
        return (kind, [label] + [t(v) for v in KF[key]])
    rows = [
        ("section", "Den löpande verksamheten"),
        k("Årets resultat", "res"), k("Justering för av- och nedskrivningar", "avskr"),
        k("Justering för förändring av avsättningar", "avs"),
        k("Medel från verksamheten före förändring av rörelsekapital", "fore_rk", "sum"),
        k("Minskning (+)/ökning (–) av förråd", "forrad"), k("Minskning (+)/ökning (–) av fordringar", "fordr"),
        k("Ökning (+)/minskning (–) av kortfristiga skulder", "kortfr"),
        k("Kassaflöde från den löpande verksamheten", "lopande", "sum"),
        ("section", "Investeringsverksamheten"),
        k("Investering i materiella anläggningstillgångar", "inv"),
        k("Försäljning av materiella anläggningstillgångar", "forsalj"),
        k("Kassaflöde från investeringsverksamheten", "invest", "sum"),
        ("section", "Finansieringsverksamheten"),
        k("Nyupptagna lån", "nylan"), k("Amortering av skuld", "amort"),
        k("Kassaflöde från finansieringsverksamheten", "finans", "sum"),
        k("Årets kassaflöde", "arets", "sum"),
        k("Likvida medel vid årets början", "ib"), k("Likvida medel vid årets slut", "ub", "total"),
    ]
    pdf.table("Kassaflödesanalys för kommunen, tkr", cols, rows, font=8.2, row_h=5.6)

    # ---- noter
    pdf.add_page()
    pdf.h1("Noter")
    notes = [("Not 1 Verksamhetens intäkter", O.NOT1, "Summa verksamhetens intäkter"),
             ("Not 4 Skatteintäkter", O.NOT4, "Summa skatteintäkter"),
             ("Not 5 Generella statsbidrag och utjämning", O.NOT5, "Summa generella statsbidrag och utjämning"),
             ("Not 7 Finansiella kostnader", O.NOT7, "Summa finansiella kostnader")]
    for cap, items, sl in notes:
        cols = [("tkr", 110, "L"), ("2023", 30, "R")]
        rows = [("row", [a, t(b)]) for a, b in items]
        rows.append(("sum", [sl, t(sum(b for _, b in items))]))
        pdf.table(cap, cols, rows, font=8.3, row_h=5.0, header_fill=(235, 235, 235))
    pdf.output(os.path.join(OUT, "arsredovisning-2023.pdf"))


# =========================================================================== HTML
def html_page():
    rows = "\n".join(
        f"<tr>\n<td>{n}</td>\n<td>{fmt(a, 0)}</td>\n<td>{fmt(b, 0)}</td>\n<td>{fmt(b - a, 0, 'minus')}</td>\n</tr>"
        for n, a, b in O.RAM)
    s = O.RAM_SUM
    html = f"""<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Budget 2025: fullmäktige har fastställt nämndernas ramar | Överkalix kommun</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
</head>
<body>
<div class="cookie-consent" id="cookieConsent">
  <h2>Kakor på overkalix.se</h2>
  <p>Vi använder nödvändiga kakor för att webbplatsen ska fungera och analyskakor för att förbättra den. Du väljer själv om du godkänner analyskakor.</p>
  <button>Acceptera alla</button> <button>Bara nödvändiga</button> <a href="/kakor">Inställningar</a>
</div>
<a class="skip-link" href="#main">Till huvudinnehåll</a>
<header>
  <div class="brand"><a href="/">Överkalix kommun</a></div>
  <nav class="main-nav" aria-label="Meny">
    <a href="/barn-och-utbildning">Barn och utbildning</a>
    <a href="/omsorg-och-hjalp">Omsorg och hjälp</a>
    <a href="/bo-och-bygga">Bo och bygga</a>
    <a href="/uppleva-och-gora">Uppleva och göra</a>
    <a href="/kommun-och-politik">Kommun och politik</a>
  </nav>
</header>
<ol class="breadcrumb">
  <li><a href="/">Startsida</a></li>
  <li><a href="/kommun-och-politik">Kommun och politik</a></li>
  <li><a href="/kommun-och-politik/nyheter">Nyheter</a></li>
  <li aria-current="page">Budget 2025</li>
</ol>
<main id="main">
<article class="news">
<h1>Budget 2025: fullmäktige har fastställt nämndernas ramar</h1>
<div class="dates">
<span>Publicerad 2024-11-20</span>
</div>
<p class="lead">Kommunfullmäktige i Överkalix fastställde vid sitt möte den 18 november budgeten för 2025. Skattesatsen lämnas oförändrad på 23,45 kronor.</p>
<p>Budgeten har ett resultat på 3 100 tkr, vilket motsvarar 0,9 procent av skatteintäkter och generella statsbidrag. Nämndernas ramar ökar med totalt {fmt(s[1] - s[0], 0)} tkr jämfört med 2024, varav socialnämnden får den största ökningen.</p>
<p>Investeringsbudgeten för 2025 uppgår till 19 800 tkr. Av det avser 6 500 tkr byggstarten av den nya förskolan och 4 200 tkr ledningsförnyelse inom vatten och avlopp.</p>
<blockquote>
<p>– Det är en stram budget, men vi värnar kärnverksamheten. Vi måste anpassa verksamheten till att vi blir färre invånare, säger kommunstyrelsens ordförande Birgitta Nordlund (S).</p>
</blockquote>
<h2>Nämndernas ramar</h2>
<table>
<caption>Nettoramar per nämnd 2024 och 2025</caption>
<thead>
<tr>
<th rowspan="2">Nämnd</th>
<th colspan="2">Nettoram, tkr</th>
<th rowspan="2">Förändring, tkr</th>
</tr>
<tr>
<th>Budget 2024</th>
<th>Budget 2025</th>
</tr>
</thead>
<tbody>
{rows}
</tbody>
<tfoot>
<tr>
<td>Summa nämnder</td>
<td>{fmt(s[0], 0)}</td>
<td>{fmt(s[1], 0)}</td>
<td>{fmt(s[1] - s[0], 0, 'minus')}</td>
</tr>
</tfoot>
</table>
<p>Oppositionen, Vänsterpartiet och Moderaterna, lade gemensamt ett eget budgetförslag som fick 9 röster. Majoritetens förslag fick 12 röster.</p>
<p>Budgetdokumentet publiceras på sidan Budget och årsredovisning när protokollet har justerats.</p>
<div class="dates">
<span>Senast uppdaterad 2024-11-22</span>
</div>
</article>
<aside>
<h2>Kontakt</h2>
<p>Maria Öberg, ekonomichef<br>Telefon: 0926-140 00 (växel)</p>
</aside>
</main>
<footer>
<p>Överkalix kommun | 956 81 Överkalix</p>
<p>Besöksadress: Kommunhuset, Storgatan 6</p>
<p>Telefon växel: 0926-140 00 | kommun@overkalix.se</p>
<p><a href="/tillganglighet">Tillgänglighet</a> | <a href="/personuppgifter">Personuppgifter</a> | <a href="/kakor">Om kakor</a></p>
</footer>
</body>
</html>
"""
    with open(os.path.join(OUT, "nyhet-budget-2025.html"), "w", encoding="utf-8") as fh:
        fh.write(html)


# =========================================================================== DOCX protokoll KF
def _table(doc, header, rows):
    tb = doc.add_table(rows=1, cols=len(header))
    tb.style = "Table Grid"
    for i, h in enumerate(header):
        tb.rows[0].cells[i].text = h
        for p in tb.rows[0].cells[i].paragraphs:
            for r in p.runs:
                r.bold = True
    for row in rows:
        cells = tb.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    return tb


def protokoll_docx():
    RR = O.RR
    doc = Document()
    cp = doc.core_properties
    cp.author = "Kommunkansliet"
    cp.title = "Protokoll kommunfullmäktige 2024-04-22"
    cp.created = FIXED_DATE.replace(tzinfo=None)
    cp.modified = FIXED_DATE.replace(tzinfo=None)
    cp.last_modified_by = "Kommunkansliet"
    cp.revision = 1
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "ÖVERKALIX KOMMUN  |  Kommunfullmäktige  |  SAMMANTRÄDESPROTOKOLL  |  2024-04-22"
    sec.footer.paragraphs[0].text = "Ordförandes sign.      Justerandes sign.      Utdragsbestyrkande"

    doc.add_heading("Sammanträdesprotokoll, kommunfullmäktige", level=1)
    doc.add_paragraph("Plats och tid: Medborgarhuset, Överkalix, måndagen den 22 april 2024 kl. 13.00–15.40")
    doc.add_paragraph("Ordförande: Jan-Erik Wennberg (C)")
    doc.add_paragraph("Sekreterare: Ida Pekkari")
    doc.add_paragraph("Justerare: Kerstin Hedqvist (V) och Stefan Lantto (S)")
    doc.add_paragraph("Justeringens plats och tid: Kommunhuset, 2024-04-25")
    doc.add_paragraph("Paragrafer: §§ 18–23")
    doc.add_heading("Närvarande ledamöter", level=2)
    led = [("Jan-Erik Wennberg", "C", "Ordförande"), ("Birgitta Nordlund", "S", ""), ("Stefan Lantto", "S", ""),
           ("Anneli Sundqvist", "S", ""), ("Rolf Nilsson", "S", ""), ("Maja Kostet", "S", ""),
           ("Göran Lindbäck", "S", ""), ("Sara Isaksson", "S", ""), ("Kerstin Hedqvist", "V", ""),
           ("Per Rova", "V", ""), ("Elin Vesterlund", "V", ""), ("Lars-Åke Spik", "M", ""),
           ("Ingrid Mäkitalo", "M", ""), ("Oskar Niemi", "SD", ""), ("Tove Bergman", "SD", ""),
           ("Henrik Wikström", "C", ""), ("Lena Forsman", "KD", ""),
           ("Emil Alatalo", "S", "Ersättare för Peter Jatko (S)"), ("Agneta Lundberg", "V", "Ersättare för Ove Kero (V)"),
           ("Mikael Holmgren", "M", ""), ("Ann-Sofie Nyström", "C", "")]
    _table(doc, ["Namn", "Parti", "Anmärkning"], led)
    doc.add_paragraph("")
    doc.add_paragraph("Övriga närvarande: Maria Öberg, ekonomichef (§ 19); Annika Björk, ordförande för "
                      "kommunrevisionen (§§ 19–20).")

    doc.add_heading("§ 18 Val av justerare", level=2)
    doc.add_paragraph("Kommunfullmäktige utser Kerstin Hedqvist (V) och Stefan Lantto (S) att jämte ordföranden "
                      "justera protokollet.")

    doc.add_heading("§ 19 Årsredovisning 2023 för Överkalix kommun", level=2)
    doc.add_paragraph("Dnr 2024/47")
    doc.add_paragraph(
        f"Ärendebeskrivning: Kommunstyrelsen har den 26 mars 2024, § 41, överlämnat årsredovisningen för 2023. "
        f"Årets resultat uppgår till {fmt(RR['res'][0], 0)} tkr och balanskravet är uppfyllt. Investeringarna "
        f"uppgick till {fmt(O.INV_SUM[1], 0)} tkr. Ekonomichef Maria Öberg redogör för årsredovisningen.")
    doc.add_paragraph("Yrkande: Birgitta Nordlund (S) yrkar bifall till kommunstyrelsens förslag.")
    doc.add_paragraph("Beslut: Kommunfullmäktige beslutar")
    for it in ["att godkänna årsredovisningen för 2023,",
               "att reservera 2 000 tkr av årets resultat till resultatutjämningsreserven."]:
        doc.add_paragraph(it, style="List Bullet")

    doc.add_heading("§ 20 Ansvarsfrihet för 2023", level=2)
    doc.add_paragraph("Dnr 2024/52")
    doc.add_paragraph(
        "Ärendebeskrivning: Revisorerna tillstyrker i sin revisionsberättelse att kommunfullmäktige beviljar "
        "kommunstyrelsen, nämnderna och de enskilda förtroendevalda i dessa organ ansvarsfrihet för 2023. "
        "Revisorerna riktar samtidigt en anmärkning i form av kritik mot socialnämnden för bristande "
        "budgetföljsamhet inom individ- och familjeomsorgen.")
    doc.add_paragraph("Jäv: Ledamöter som var förtroendevalda i respektive organ 2023 deltar inte i beslutet om "
                      "det egna organets ansvarsfrihet.")
    doc.add_paragraph("Beslut: Kommunfullmäktige beviljar kommunstyrelsen, barn- och utbildningsnämnden, "
                      "socialnämnden, miljö- och byggnämnden och valnämnden samt de enskilda ledamöterna i "
                      "dessa organ ansvarsfrihet för verksamhetsåret 2023.")

    doc.add_heading("§ 21 Ombudgetering av investeringsmedel från 2023 till 2024", level=2)
    doc.add_paragraph("Dnr 2024/49")
    doc.add_paragraph("Ärendebeskrivning: Några investeringsprojekt blev inte klara under 2023. Kommunstyrelsen "
                      "föreslår att ej förbrukade medel för pågående projekt förs över till 2024.")
    inv = {n: (b, u) for n, b, u in O.INV}
    fsk = inv["Ny förskola, etapp 1 (projektering)"]
    tal = inv["Ombyggnad särskilt boende Tallgården"]
    gat = inv["Gator och belysning"]
    ej = [fsk[0] - fsk[1], tal[0] - tal[1], gat[0] - gat[1]]
    om = [ej[0], ej[1], 0]
    _table(doc, ["Projekt", "Ej förbrukat 2023, tkr", "Föreslås ombudgeteras, tkr"], [
        ("Ny förskola, etapp 1 (projektering)", fmt(ej[0], 0), fmt(om[0], 0)),
        ("Ombyggnad särskilt boende Tallgården", fmt(ej[1], 0), fmt(om[1], 0)),
        ("Gator och belysning", fmt(ej[2], 0), fmt(om[2], 0)),
        ("Summa", fmt(sum(ej), 0), fmt(sum(om), 0)),
    ])
    doc.add_paragraph("")
    doc.add_paragraph(f"Beslut: Kommunfullmäktige beslutar att ombudgetera {fmt(sum(om), 0)} tkr från 2023 till "
                      "2024 enligt tabellen. Medlen för slutbesiktning på Tallgården får användas till "
                      "utemiljön vid boendet.")

    doc.add_heading("§ 22 Medborgarförslag om utegym i Svartbyn", level=2)
    doc.add_paragraph("Dnr 2023/188")
    doc.add_paragraph("Ärendebeskrivning: I ett medborgarförslag föreslås att kommunen bygger ett utegym vid "
                      "badplatsen i Svartbyn. Tekniska avdelningen har beräknat kostnaden till 180 tkr. "
                      "Kommunstyrelsen föreslår att förslaget bifalls och att kostnaden ryms inom "
                      "investeringsbudgeten för 2025.")
    doc.add_paragraph("Yrkanden: Lars-Åke Spik (M) yrkar avslag. Birgitta Nordlund (S) yrkar bifall.")
    doc.add_paragraph("Beslut: Kommunfullmäktige bifaller medborgarförslaget. Lars-Åke Spik (M) och Ingrid "
                      "Mäkitalo (M) reserverar sig mot beslutet.")

    doc.add_heading("§ 23 Avsägelse och fyllnadsval", level=2)
    doc.add_paragraph("Tove Bergman (SD) har avsagt sig uppdraget som ersättare i socialnämnden. "
                      "Kommunfullmäktige beviljar avsägelsen och väljer Oskar Niemi (SD) till ny ersättare i "
                      "socialnämnden för tiden till och med 2026.")
    path = os.path.join(OUT, "protokoll-kf-2024-04-22.docx")
    doc.save(path)
    normalize_zip(path)


# =========================================================================== XLSX
def statistik_xlsx():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Befolkning"
    ws["A1"] = "Överkalix kommun – befolkningsutveckling 2014–2023"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Antal personer"
    ws["A2"].font = Font(italic=True)
    ws.append([])
    ws.append(["År", "Folkmängd 31 dec", "Födda", "Döda", "Inflyttade", "Utflyttade", "Folkökning"])
    for c in ws[4]:
        c.font = Font(bold=True)
    prev = O.POP_2013
    for y in range(2014, 2024):
        pop = O.POP[y]
        fo, do, inf = O.COMP[y]
        diff = pop - prev
        utf = fo - do + inf - diff
        ws.append([y, pop, fo, do, inf, utf, diff])
        prev = pop
    for row in ws.iter_rows(min_row=5, max_row=14):
        row[1].number_format = "# ##0"
    ws.append([])
    ws.append(["Källa: SCB. Folkökning = födda − döda + inflyttade − utflyttade."])
    ws.column_dimensions["A"].width = 10
    ws.column_dimensions["B"].width = 18

    ws2 = wb.create_sheet("Skatt och kostnader")
    ws2["A1"] = "Skattesats och nettokostnad 2019–2023"
    ws2["A1"].font = Font(bold=True, size=13)
    ws2["A2"] = "Skattesats i kronor per 100 kr beskattningsbar inkomst. Nettokostnad i tkr respektive kronor per invånare."
    ws2["A2"].font = Font(italic=True)
    ws2.append([])
    ws2.append(["År", "Kommunal skattesats", "Total skattesats inkl. Region Norrbotten",
                "Verksamhetens nettokostnad, tkr", "Nettokostnad per invånare, kr"])
    for c in ws2[4]:
        c.font = Font(bold=True)
        c.alignment = Alignment(wrap_text=True)
    for y in O.FEM_YEARS:
        nk = O.NETTOKOST[y]
        per = int(q(D(nk) * 1000 / D(O.POP[y]), 0))
        ws2.append([y, float(O.SKATT[y]), float(O.SKATT[y] + O.SKATT_REGION), nk, per])
    for row in ws2.iter_rows(min_row=5, max_row=9):
        row[1].number_format = "0.00"
        row[2].number_format = "0.00"
        row[3].number_format = "# ##0"
        row[4].number_format = "# ##0"
    for col, w in zip("ABCDE", [8, 20, 26, 26, 26]):
        ws2.column_dimensions[col].width = w
    wb.properties.creator = "Överkalix kommun"
    wb.properties.created = FIXED_DATE.replace(tzinfo=None)
    wb.properties.modified = FIXED_DATE.replace(tzinfo=None)
    path = os.path.join(OUT, "overkalix-statistik-2014-2023.xlsx")
    wb.save(path)
    normalize_zip(path)


# =========================================================================== Markdown press release
def press_md():
    RR = O.RR
    rows = []
    for name, items in O.DRIFT:
        s = O.DRIFT_SUM[name]
        rows.append(f"| {name} | {fmt(s[0], 0)} | {fmt(s[1], 0)} | {fmt(s[0] - s[1], 0, 'minus')} |")
    tt = O.DRIFT_TOTAL
    md = f"""# Pressmeddelande

**Överkalix kommun, 2024-03-27**

## Överskott på {mn(RR['res'][0])} miljoner kronor för Överkalix kommun 2023

Överkalix kommun redovisar ett resultat på {mn(RR['res'][0])} miljoner kronor för 2023. Det är {mn(RR['res'][0] - RR['res'][1])} miljoner kronor bättre än budget. Kommunstyrelsen behandlade årsredovisningen den 26 mars och lämnar den nu till kommunfullmäktige.

– Resultatet ger oss en buffert inför några tuffa år. Samtidigt ser vi att kostnaderna inom individ- och familjeomsorgen har ökat snabbt, och där behöver vi hitta nya arbetssätt, säger ekonomichef Maria Öberg.

Kommunens nämnder förbrukade sammantaget {fmt(tt[1] - tt[0], 0)} tkr mer än budget. Störst underskott hade socialnämnden.

### Nämndernas resultat 2023

| Nämnd | Budget 2023, tkr | Utfall 2023, tkr | Avvikelse, tkr |
|---|---:|---:|---:|
{chr(10).join(rows)}
| **Summa nämnder** | **{fmt(tt[0], 0)}** | **{fmt(tt[1], 0)}** | **{fmt(tt[0] - tt[1], 0, 'minus')}** |

### Kommunen i siffror 2023

- Invånare den 31 december: {fmt(O.POP[2023], 0)}
- Tillsvidareanställda: {O.ANSTALLDA[2023]}
- Kommunal skattesats: 23,45 kronor
- Nettoinvesteringar: {mn(O.NETINV[2023])} miljoner kronor
- Sjukfrånvaro: 6,8 procent

Årsredovisningen behandlas av kommunfullmäktige den 22 april 2024.

**Kontakt:**
Maria Öberg, ekonomichef, telefon 0926-140 00
Birgitta Nordlund (S), kommunstyrelsens ordförande, telefon 0926-140 00
"""
    with open(os.path.join(OUT, "pressmeddelande-arsredovisning-2023.md"), "w", encoding="utf-8") as fh:
        fh.write(md)


def build():
    arsredovisning_pdf()
    html_page()
    protokoll_docx()
    statistik_xlsx()
    press_md()
