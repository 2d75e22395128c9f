from pathlib import Path
import openpyxl
from openpyxl.styles import Font
OUT = Path("/work/main/evals/corpora/blind-muni9/tidaholm")

HTML = """<!DOCTYPE html>
<html lang="sv">
<head><meta charset="utf-8"><title>Kommunfullmäktige har beslutat om budget för 2025 - Tidaholms kommun</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body>
<div id="cookie-banner" class="cookie-consent" role="dialog">
  <p>Vi använder kakor (cookies) för att webbplatsen ska fungera och för att förbättra din upplevelse. <a href="/kakor">Läs mer om kakor</a></p>
  <button>Godkänn alla</button> <button>Endast nödvändiga</button>
</div>
<header class="site-header">
  <a class="logo" href="/">Tidaholms kommun</a>
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
  <form class="search" action="/sok"><input type="search" name="q" placeholder="Sök på webbplatsen"><button>Sök</button></form>
</header>
<nav class="breadcrumbs"><a href="/">Start</a> › <a href="/kommun-och-politik">Kommun och politik</a> › <a href="/nyheter">Nyheter</a></nav>
<main>
<article class="news">
<h1>Kommunfullmäktige har beslutat om budget för 2025</h1>
<p class="published">Publicerad 26 november 2024</p>
<p class="lead">Vid sammanträdet måndagen den 25 november beslutade kommunfullmäktige om Mål och budget 2025 med plan för 2026–2027. Skattesatsen blir oförändrad, 21,84 kronor, och nämnderna får tillsammans 39,5 miljoner kronor mer än i år.</p>
<p>Budgeten innebär ett planerat resultat på 21,1 miljoner kronor för 2025. Beslutet fattades efter votering där majoritetens förslag fick 22 röster och oppositionens förslag 13 röster.</p>
<p>– Vi prioriterar äldreomsorgen och skolan, samtidigt som vi håller ordning på ekonomin. Att vi når två procent i resultat är viktigt för att kunna investera utan att låna mer än nödvändigt, säger Helena Bergqvist (S), kommunstyrelsens ordförande.</p>
<p>Oppositionen ville i sitt budgetförslag sänka skatten med 15 öre och minska kommunstyrelsens ram med 3,0 miljoner kronor.</p>
<p>– Majoritetens budget saknar en plan för att minska lokalkostnaderna. Vi hade hellre sett en skattesänkning som ger hushållen mer pengar i plånboken, säger oppositionsrådet Per-Olof Sandberg (M).</p>
<h2>Så fördelas ramarna</h2>
<table class="budget-table">
  <caption>Nämndernas ramar, nettokostnad i miljoner kronor</caption>
  <thead>
    <tr><th rowspan="2">Område</th><th rowspan="2">Nämnd</th><th rowspan="2">Ram 2024</th><th colspan="2">Ram 2025</th></tr>
    <tr><th>Belopp</th><th>Förändring</th></tr>
  </thead>
  <tbody>
    <tr><td rowspan="2">Välfärd</td><td>Barn- och utbildningsnämnden</td><td>428,9</td><td>441,6</td><td>+12,7</td></tr>
    <tr><td>Socialnämnden</td><td>411,2</td><td>429,8</td><td>+18,6</td></tr>
    <tr><td rowspan="3">Samhälle</td><td>Samhällsbyggnadsnämnden</td><td>60,1</td><td>62,7</td><td>+2,6</td></tr>
    <tr><td>Kultur- och fritidsnämnden</td><td>33,0</td><td>34,1</td><td>+1,1</td></tr>
    <tr><td>Miljö- och byggnadsnämnden</td><td>10,4</td><td>10,9</td><td>+0,5</td></tr>
    <tr><td rowspan="2">Ledning</td><td>Kommunstyrelsen</td><td>96,8</td><td>101,2</td><td>+4,4</td></tr>
    <tr><td>Kommunfullmäktige, revision och valnämnd</td><td>5,9</td><td>5,5</td><td>−0,4</td></tr>
  </tbody>
  <tfoot>
    <tr><td colspan="2">Totalt nämnder</td><td>1 046,3</td><td>1 085,8</td><td>+39,5</td></tr>
  </tfoot>
</table>
<h2>Stora investeringar</h2>
<p>Investeringarna uppgår till 122,2 miljoner kronor 2025. Den största enskilda investeringen är den nya förskolan på Ekedalen som totalt beräknas kosta 50,5 miljoner kronor under 2025 och 2026. Under 2025 påbörjas också ombyggnaden av Ekhagens äldreboende.</p>
<p>För att finansiera investeringarna räknar kommunen med att låna 46,9 miljoner kronor under 2025.</p>
<p>Hela budgetdokumentet finns att läsa under <a href="/kommun-och-politik/ekonomi">Kommunens ekonomi</a>.</p>
<p class="contact">Kontakt: Ekonomichef Malin Fredriksson, telefon 0502-60 60 00</p>
</article>
<aside class="related"><h2>Relaterat</h2><ul><li><a href="/nyheter/delarsrapport-2024">Delårsrapport augusti 2024</a></li><li><a href="/kommunfullmaktige">Kommunfullmäktiges sammanträden</a></li></ul></aside>
</main>
<footer class="site-footer">
  <p>Tidaholms kommun, 522 83 Tidaholm</p>
  <p>Besöksadress: Stadshuset, Torggatan 14 · Telefon: 0502-60 60 00 · E-post: kommunen@tidaholm.se</p>
  <ul><li><a href="/tillganglighet">Tillgänglighetsredogörelse</a></li><li><a href="/personuppgifter">Personuppgifter</a></li><li><a href="/kakor">Kakor</a></li></ul>
  <p>© Tidaholms kommun 2024</p>
</footer>
</body></html>
"""
(OUT / "nyhet-budget-2025-beslutad.html").write_text(HTML, encoding="utf-8")

wb = openpyxl.Workbook()
ws = wb.active; ws.title = "Befolkning"
ws.append(["Befolkning i Tidaholms kommun per åldersgrupp, 31 december (antal invånare)"])
ws.append([])
ws.append(["Åldersgrupp", "2021", "2022", "2023", "Prognos 2024", "Prognos 2025"])
data = [("0–5 år", 851, 835, 812, 796, 781), ("6–15 år", 1475, 1489, 1498, 1502, 1505),
        ("16–19 år", 571, 584, 598, 604, 611), ("20–64 år", 6921, 6868, 6802, 6760, 6721),
        ("65–79 år", 2337, 2326, 2318, 2318, 2312), ("80 år och äldre", 864, 900, 940, 980, 1020)]
for r in data: ws.append(list(r))
tot = ["Totalt"] + [sum(r[k] for r in data) for k in range(1, 6)]
assert tot[1:] == [13019, 13002, 12968, 12960, 12950], tot
ws.append(tot)
ws.append([])
ws.append(["Källa: SCB (utfall) och kommunens befolkningsprognos från april 2024."])
ws["A1"].font = Font(bold=True); ws["A10"].font = Font(bold=True)
for c in ws[3]: c.font = Font(bold=True)
ws.column_dimensions["A"].width = 22

ws2 = wb.create_sheet("Personal")
ws2.append(["Personalnyckeltal per förvaltning 2023"])
ws2.append([])
ws2.append(["Förvaltning", "Tillsvidareanställda 31/12 2023", "Årsarbetare 2023", "Sjukfrånvaro 2023, %", "Sjukfrånvaro 2022, %", "Medelålder, år"])
pers = [("Kommunledningsförvaltningen", 98, 94.5, 4.1, 4.6, 46), ("Barn- och utbildningsförvaltningen", 512, 489.2, 6.8, 7.4, 44),
        ("Socialförvaltningen", 604, 561.7, 9.2, 9.9, 47), ("Samhällsbyggnadsförvaltningen", 121, 118.0, 5.6, 5.1, 48),
        ("Kultur- och fritidsförvaltningen", 47, 43.8, 5.0, 6.2, 45), ("Miljö- och byggförvaltningen", 19, 18.5, 3.9, 3.2, 43)]
for r in pers: ws2.append(list(r))
ws2.append(["Totalt", 1401, 1325.7, 7.6, 8.2, 46])
ws2.append([])
ws2.append(["Sjukfrånvaro anges som andel av ordinarie arbetstid. Årsarbetare = summan av sysselsättningsgrader."])
for c in ws2[3]: c.font = Font(bold=True)
ws2.column_dimensions["A"].width = 34
wb.save(OUT / "tidaholm-befolkning-personal.xlsx")
print("ok")
