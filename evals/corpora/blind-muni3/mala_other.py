"""Malå kommun – Budget i korthet (HTML), protokollsutdrag (DOCX), news text (TXT)."""
import datetime as dt

from docx import Document
from docx.shared import Pt

from common import normalize_zip

HEAD = """<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Budget 2027 i korthet | Malå kommun</title>
<meta name="description" content="Så används skattepengarna i Malå kommun 2027.">
</head>
<body>
<div class="cookie-notice" id="cookies">
  <strong>Kakor på mala.se</strong>
  <p>Vi använder nödvändiga kakor för att webbplatsen ska fungera och analytiska kakor för statistik.
  Du väljer själv om du vill tillåta analytiska kakor.</p>
  <a href="#" class="btn">Acceptera</a> <a href="#" class="btn">Neka</a> <a href="/kakor">Läs mer om kakor</a>
</div>
<a class="skip" href="#main">Gå direkt till innehållet</a>
<header>
  <div class="toplinks"><a href="/lyssna">Lyssna</a> | <a href="/other-languages">Other languages</a> | <a href="/kontakt">Kontakta oss</a></div>
  <a href="/" class="brand">Malå kommun</a>
  <nav aria-label="Meny">
    <a href="/omsorg">Omsorg och hjälp</a>
    <a href="/skola">Förskola och skola</a>
    <a href="/boende">Bo, bygga och miljö</a>
    <a href="/uppleva">Uppleva och göra</a>
    <a href="/foretag">Företag och arbete</a>
    <a href="/kommun">Kommun och politik</a>
  </nav>
</header>
<div class="layout">
<aside class="subnav">
  <h2>Ekonomi</h2>
  <ul>
    <li><a href="/kommun/ekonomi/arsredovisning">Årsredovisning</a></li>
    <li><a href="/kommun/ekonomi/budget" aria-current="page">Budget i korthet</a></li>
    <li><a href="/kommun/ekonomi/skatt">Kommunalskatt</a></li>
    <li><a href="/kommun/ekonomi/upphandling">Upphandling</a></li>
  </ul>
</aside>
"""

MAIN = """<main id="main">
<h1>Budget 2027 i korthet</h1>
<p class="ingress">Kommunfullmäktige antog den 23 november 2026 Malå kommuns budget för 2027. Här kan du
läsa i korthet om hur skattepengarna används och vilka satsningar som görs.</p>

<h2>Det viktigaste i budgeten</h2>
<ul>
  <li>Skattesatsen är oförändrad, 23,45 kronor per hundralapp.</li>
  <li>Budgeten visar ett överskott på 3,6 miljoner kronor.</li>
  <li>Äldreomsorgen förstärks med 2,5 miljoner kronor.</li>
  <li>700 000 kronor avsätts till feriearbeten för ungdomar.</li>
  <li>Kommunen investerar 41,9 miljoner kronor under 2027, bland annat i Tallbackagården och förskolan Solrosen.</li>
</ul>

<h2>Så fördelas pengarna mellan nämnderna</h2>
<p>Tabellen visar kommunbidraget, alltså den ram som varje nämnd får för sin verksamhet 2027.
Socialnämnden får den största delen, följt av utbildningsnämnden.</p>
<table class="table">
  <caption>Kommunbidrag per nämnd 2027 (tkr)</caption>
  <thead>
    <tr><th scope="col">Nämnd</th><th scope="col">Kommunbidrag 2027</th><th scope="col">Andel av totalen</th><th scope="col">Förändring mot 2026</th></tr>
  </thead>
  <tbody>
    <tr><td>Kommunstyrelsen</td><td>58 430</td><td>24,0 %</td><td>1 280</td></tr>
    <tr><td>Utbildningsnämnden</td><td>82 440</td><td>33,9 %</td><td>2 630</td></tr>
    <tr><td>Socialnämnden</td><td>98 740</td><td>40,6 %</td><td>3 870</td></tr>
    <tr><td>Övriga nämnder</td><td>3 830</td><td>1,6 %</td><td>130</td></tr>
  </tbody>
  <tfoot>
    <tr><td>Totalt</td><td>243 440</td><td>100 %</td><td>7 910</td></tr>
  </tfoot>
</table>
<p>Övriga nämnder är miljö- och byggnämnden, revisionen och överförmyndaren.</p>

<h2>Vad får du för 100 kronor i skatt?</h2>
<p>Av varje hundralapp du betalar i kommunalskatt går ungefär 41 kronor till vård och omsorg,
34 kronor till förskola och skola och 24 kronor till kommunstyrelsens verksamheter som gator,
vatten, räddningstjänst och kultur.</p>

<h2>Avgifter som ändras</h2>
<p>Taxan för vatten och avlopp höjs med 8 procent. För ett vanligt villahushåll innebär det en
höjning med 910 kronor per år. Avgiften för renhållning höjs med 150 kronor per år för en villa
med tömning var fjortonde dag.</p>

<p>Hela dokumentet Mål och budget 2027 med plan för 2028–2029 finns att ladda ner under
<a href="/kommun/ekonomi/budget/dokument">Budgetdokument</a>.</p>
<p class="updated">Senast uppdaterad: 2026-11-25</p>
<p class="owner">Sidansvarig: Ekonomienheten</p>
</main>
</div>
<footer>
  <p>Malå kommun, Box 14, 930 70 Malå. Besöksadress: Storgatan 13. Telefon: 0953-140 00.
  E-post: kommun@mala.se</p>
  <p><a href="/tillganglighet">Tillgänglighetsredogörelse</a> · <a href="/personuppgifter">Så hanterar vi personuppgifter</a> ·
  <a href="/kakor">Kakor</a></p>
  <p>Följ oss på Facebook och Instagram</p>
</footer>
</body>
</html>
"""


def budget_html(path):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(HEAD + MAIN)


def protokoll_docx(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    doc.add_paragraph("MALÅ KOMMUN").runs[0].bold = True
    doc.add_paragraph("PROTOKOLLSUTDRAG")
    doc.add_paragraph("Kommunstyrelsen\nSammanträdesdatum 2026-10-13")
    doc.add_heading("§ 142 Tilläggsanslag för akut reparation av Malå simhall", level=1)
    doc.add_paragraph("Dnr KS 2026/0284")
    doc.add_heading("Ärendebeskrivning", level=2)
    doc.add_paragraph(
        "Malå simhall har varit stängd sedan den 2 september 2026 efter att bassängens reningsanläggning "
        "gått sönder. Vid besiktningen upptäcktes även skador på kaklet i den stora bassängen. "
        "Samhällsbyggnadsförvaltningen har tagit fram en kostnadsberäkning för att åtgärda skadorna så "
        "att simhallen kan öppna igen under hösten. Kostnaderna ryms inte inom samhällsbyggnads budget "
        "för 2026.")
    doc.add_paragraph("Kostnadsberäkningen framgår av tabellen nedan.")
    rows = [("Kostnadspost", "Belopp (kr)"),
            ("Ny reningsanläggning och pumpar", "640 000"),
            ("Reparation av bassängkakel", "410 000"),
            ("Elarbeten", "180 000"),
            ("Oförutsett", "120 000"),
            ("Summa", "1 350 000")]
    t = doc.add_table(rows=len(rows), cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate(rows):
        t.cell(i, 0).text = a
        t.cell(i, 1).text = b
        if i in (0, len(rows) - 1):
            for c in (t.cell(i, 0), t.cell(i, 1)):
                c.paragraphs[0].runs[0].bold = True
    doc.add_paragraph(
        "Takbytet på simhallen, som tidigare varit planerat till 2028, föreslås i stället tidigareläggas "
        "till 2027 och hanteras i investeringsbudgeten.")
    doc.add_heading("Yrkanden", level=2)
    doc.add_paragraph(
        "Ordföranden Ulf Nordin (S) yrkar bifall till förvaltningens förslag. Anna Öberg (M) yrkar att "
        "tilläggsanslaget i stället ska finansieras genom att årets resultat minskas.")
    doc.add_heading("Beslutsgång", level=2)
    doc.add_paragraph(
        "Ordföranden ställer förslagen mot varandra och finner att kommunstyrelsen beslutar enligt "
        "ordförandens yrkande.")
    doc.add_heading("Beslut", level=2)
    doc.add_paragraph(
        "Kommunstyrelsen beslutar att bevilja samhällsbyggnad ett tilläggsanslag på 1 350 000 kronor "
        "för 2026 för akut reparation av Malå simhall.")
    doc.add_paragraph(
        "Tilläggsanslaget finansieras ur kommunstyrelsens anslag för oförutsedda utgifter, som efter "
        "beslutet uppgår till 250 000 kronor.")
    doc.add_heading("Reservation", level=2)
    doc.add_paragraph("Anna Öberg (M) och Per Lundmark (M) reserverar sig mot beslutet till förmån för "
                      "eget yrkande.")
    doc.add_paragraph("Beslutet expedieras till: Samhällsbyggnadschefen, Ekonomienheten")
    doc.add_paragraph("Justerare: Karin Lind (V)")
    doc.add_paragraph("Rätt utdraget intygar: Sofia Wikström, kommunsekreterare")
    fixed = dt.datetime(2026, 10, 14, 9, 0, 0)
    cp = doc.core_properties
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.author = "Kommunkansliet"
    cp.last_modified_by = "Kommunkansliet"
    cp.revision = 1
    doc.save(path)
    normalize_zip(path)


NEWS_TXT = """Malå simhall öppnar igen den 16 november

Publicerad 2026-11-09

Efter drygt två månaders stängning öppnar Malå simhall igen måndagen den 16 november. Simhallen
stängdes i början av september när reningsanläggningen gick sönder. Under stängningen har
anläggningen bytts ut och kaklet i den stora bassängen har lagats.

Reparationen har kostat drygt 1,3 miljoner kronor och betalas med pengar som kommunstyrelsen
hade avsatt för oförutsedda utgifter.

- Vi vet att många har saknat simhallen, inte minst skolorna och våra motionärer. Nu hoppas vi att
så många som möjligt kommer tillbaka, säger fritidschef Erik Granström.

Öppettider från den 16 november:
Måndag och onsdag 16.00-20.00
Tisdag och torsdag 06.30-08.30 och 16.00-20.00
Lördag 10.00-15.00
Fredag och söndag stängt

Entré: vuxen 60 kronor, barn och ungdomar 7-17 år 30 kronor. Barn under 7 år badar gratis i
sällskap med vuxen. Årskortet kostar 1 450 kronor och priset är oförändrat nästa år.

Under 2027 byter kommunen taket på simhallen. Takbytet beräknas kosta 3,6 miljoner kronor och
simhallen kommer då att vara stängd under sommaren. Exakta datum meddelas senare.

Frågor? Ring Malå kommuns växel, 0953-140 00.
"""


def news_txt(path):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(NEWS_TXT)
