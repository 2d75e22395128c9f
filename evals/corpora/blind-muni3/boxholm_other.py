"""Boxholms kommun – press release (HTML), XLSX with driftutfall, markdown news."""
import datetime as dt

from openpyxl import Workbook
from openpyxl.styles import Font, Alignment

from common import normalize_zip

SITE_HEAD = """<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>{title} - Boxholms kommun</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/static/css/main.css">
</head>
<body>
<div id="cookie-banner" class="cookie-consent" role="dialog">
  <p>Vi använder kakor (cookies) för att förbättra din upplevelse av webbplatsen och för att ta fram
  besöksstatistik. Läs mer i vår <a href="/om-webbplatsen/kakor">kakpolicy</a>.</p>
  <button type="button">Godkänn alla kakor</button> <button type="button">Endast nödvändiga</button>
</div>
<header class="site-header">
  <a class="logo" href="/"><img src="/static/img/boxholm-logo.svg" alt="Boxholms kommun – startsida"></a>
  <nav class="main-nav" aria-label="Huvudmeny">
    <ul>
      <li><a href="/barn-och-utbildning">Barn och utbildning</a></li>
      <li><a href="/omsorg-och-stod">Omsorg och stöd</a></li>
      <li><a href="/bygga-bo-och-miljo">Bygga, bo och miljö</a></li>
      <li><a href="/kultur-och-fritid">Kultur och fritid</a></li>
      <li><a href="/naringsliv-och-arbete">Näringsliv och arbete</a></li>
      <li><a href="/kommun-och-politik">Kommun och politik</a></li>
    </ul>
  </nav>
  <form class="search" action="/sok"><input type="search" name="q" placeholder="Sök på webbplatsen"></form>
</header>
<nav class="breadcrumbs" aria-label="Brödsmulor"><a href="/">Start</a> / <a href="/kommun-och-politik">Kommun och politik</a> / <a href="/nyheter">Nyheter</a> / {title}</nav>
"""

SITE_FOOT = """<footer class="site-footer">
  <div class="col"><h2>Boxholms kommun</h2>
  <p>Box 71, 590 10 Boxholm<br>Besöksadress: Rådhusgatan 2<br>Telefon: 0142-670 00<br>
  E-post: kommun@boxholm.se<br>Organisationsnummer: 212000-0464</p></div>
  <div class="col"><h2>Genvägar</h2><ul><li><a href="/lediga-jobb">Lediga jobb</a></li>
  <li><a href="/e-tjanster">E-tjänster</a></li><li><a href="/press">Press</a></li>
  <li><a href="/om-webbplatsen/tillganglighetsredogorelse">Tillgänglighetsredogörelse</a></li></ul></div>
  <p class="copy">© Boxholms kommun 2026</p>
</footer>
</body>
</html>
"""


def press_release(path):
    title = "Delårsrapporten: Boxholm räknar med överskott trots underskott i nämnderna"
    body = f"""<main id="content">
<article class="news-article">
<h1>{title}</h1>
<p class="meta">Publicerad: <time datetime="2026-09-23">23 september 2026</time> · Pressmeddelande</p>
<p class="lead">Boxholms kommun prognostiserar ett överskott på 8,2 miljoner kronor för 2026. Det framgår av
delårsrapporten för januari–augusti som kommunstyrelsen behandlade på tisdagen. Samtidigt visar
nämnderna tillsammans ett underskott på 14,3 miljoner kronor jämfört med budget.</p>
<p>Det är främst socialnämnden och barn- och utbildningsnämnden som har svårt att hålla budgeten.
Socialnämnden räknar med ett underskott på 8,9 miljoner kronor och barn- och utbildningsnämnden med
ett underskott på 6,8 miljoner kronor.</p>
<p>– Att vi ändå landar på plus beror på att skatteintäkterna har blivit högre än väntat. Men vi kan
inte räkna med att det fortsätter så. Nämnderna måste anpassa sina kostnader redan i år, säger
ekonomichef Maria Sjögren.</p>
<h2>Åtgärder redan beslutade</h2>
<p>Socialnämnden har redan beslutat om åtgärder som beräknas minska kostnaderna med 2,4 miljoner
kronor under hösten, bland annat genom att minska användningen av bemanningsföretag och se över
schemaläggningen i hemtjänsten. Övriga nämnder ska lämna sina åtgärdsplaner senast den 31 oktober.</p>
<p>– Vi tar situationen på största allvar. Målet är att ingen nämnd ska gå med underskott 2027, säger
kommunstyrelsens ordförande Lena Forsberg (S).</p>
<h2>Investeringar försenas</h2>
<p>Flera investeringsprojekt har försenats, bland annat den nya reservvattentäkten vid Ommen och
gång- och cykelvägen till Strålsnäs. Investeringarna beräknas därför bli cirka 5,2 miljoner kronor
lägre än budgeterat.</p>
<p>Delårsrapporten behandlas av kommunfullmäktige den 14 oktober.</p>
<aside class="contact"><h2>Kontakt</h2>
<p>Maria Sjögren, ekonomichef, 0142-671 20<br>Lena Forsberg (S), kommunstyrelsens ordförande, 0142-670 05</p>
</aside>
</article>
<div class="share"><a href="#">Dela på Facebook</a> <a href="#">Dela på LinkedIn</a> <a href="#">Skriv ut</a></div>
</main>
"""
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(SITE_HEAD.format(title=title) + body + SITE_FOOT)


DRIFT_TKR = [  # nämnd, budget helår, utfall jan-aug 2026, utfall jan-aug 2025
    ("Kommunfullmäktige", 2400, 1512, 1448),
    ("Kommunstyrelsen", 68500, 43874, 42105),
    ("Bygg- och miljönämnden", 6100, 4286, 4012),
    ("Barn- och utbildningsnämnden", 196400, 135184, 128960),
    ("Socialnämnden", 182700, 128412, 121340),
    ("Kultur- och fritidsnämnden", 14800, 10396, 9870),
]

MATT = [
    ("Inskrivna barn i förskola", 268, 274, 281),
    ("Elever i grundskola (F–9)", 612, 604, 598),
    ("Gymnasieelever", 214, 221, 235),
    ("Brukare i hemtjänst", 176, 183, 191),
    ("Platser i särskilt boende", 72, 72, 72),
    ("Besök i biblioteket", 41250, 43980, 29410),
    ("Besök i sim- och sporthallen", 36820, 38105, 24760),
]

NUMFMT = "# ##0;-# ##0"


def xlsx(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Driftutfall per nämnd"
    ws["A1"] = "Boxholms kommun – Driftutfall per nämnd januari–augusti 2026"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Belopp i tkr"
    ws["A2"].font = Font(italic=True)
    hdr = ["Nämnd", "Budget helår 2026", "Utfall jan–aug 2026", "Utfall jan–aug 2025", "Förändring mot 2025"]
    ws.append([])
    ws.append(hdr)
    for c in ws[4]:
        c.font = Font(bold=True)
        c.alignment = Alignment(wrap_text=True)
    for n, b, u, u0 in DRIFT_TKR:
        ws.append([n, b, u, u0, u - u0])
    tot = [sum(x[i] for x in DRIFT_TKR) for i in (1, 2, 3)]
    ws.append(["Summa nämnder", tot[0], tot[1], tot[2], tot[1] - tot[2]])
    for c in ws[ws.max_row]:
        c.font = Font(bold=True)
    for row in ws.iter_rows(min_row=5, max_row=ws.max_row, min_col=2, max_col=5):
        for c in row:
            c.number_format = NUMFMT
    ws.append([])
    ws.append(["Källa: Ekonomisystemet, utdrag 2026-09-08. Utfallet är inte periodiserat för semesterlöneskuld."])
    ws.column_dimensions["A"].width = 34
    for col in "BCDE":
        ws.column_dimensions[col].width = 16

    ws2 = wb.create_sheet("Verksamhetsmått")
    ws2["A1"] = "Boxholms kommun – Verksamhetsmått 2024–2026"
    ws2["A1"].font = Font(bold=True, size=13)
    ws2["A2"] = "Antal (personer, platser respektive besök)"
    ws2["A2"].font = Font(italic=True)
    ws2.append([])
    ws2.append(["Mått", "2024", "2025", "Jan–aug 2026"])
    for c in ws2[4]:
        c.font = Font(bold=True)
    for r in MATT:
        ws2.append(list(r))
    for row in ws2.iter_rows(min_row=5, max_row=ws2.max_row, min_col=2, max_col=4):
        for c in row:
            c.number_format = NUMFMT
    ws2.column_dimensions["A"].width = 34
    fixed = dt.datetime(2026, 9, 8, 10, 0, 0)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.properties.creator = "Ekonomiavdelningen"
    wb.properties.lastModifiedBy = "Ekonomiavdelningen"
    wb.save(path)
    normalize_zip(path)


NEWS_MD = """# Byggstart för nya förskolan vid Parkvägen

*Publicerad 12 mars 2026 · Barn och utbildning*

Nu har bygget av den nya förskolan vid Parkvägen i Boxholm kommit igång. Förskolan får sex avdelningar
och plats för cirka 110 barn. Den ersätter de tillfälliga paviljongerna vid Ekbacken, som har använts
sedan 2021.

## Vad kostar det?

Hela projektet, etapp 1 och etapp 2, beräknas kosta 42 miljoner kronor. Etapp 1 omfattar själva
förskolebyggnaden och har en budget på 18,5 miljoner kronor för i år. Etapp 2 omfattar gården,
parkeringen och en ny tillfart och byggs under 2027.

– Det här är den största investeringen i förskolan på många år. Fler barnfamiljer ska kunna få plats
nära hemmet, säger Anders Holm (C), ordförande i barn- och utbildningsnämnden.

## Hur påverkas du som bor i närheten?

- Parkvägen är avstängd för genomfartstrafik mellan Storgatan och Skolgatan från den 16 mars.
- Arbetstiderna är vardagar klockan 07.00–18.00.
- Byggtrafiken kör in via Skolgatan.

Förskolan beräknas öppna i oktober 2027. Byggentreprenör är Östgöta Bygg AB.

## Frågor?

Kontakta projektledare Johan Ek via kommunens kontaktcenter, telefon 0142-670 00.
"""


def news_md(path):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(NEWS_MD)
