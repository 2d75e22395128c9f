"""HTML pages: Hjo news item, Åsele financial overview."""
import html
import re

CSS = """body{font-family:Arial,sans-serif;margin:0;color:#222}
header{background:#0b4f6c;color:#fff;padding:10px 24px}
nav a{color:#fff;margin-right:16px;text-decoration:none}
#cookie{background:#f4f1de;padding:12px 24px;border-bottom:1px solid #ccc}
main{max-width:820px;margin:24px auto;padding:0 16px}
table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:4px 8px;text-align:right}
td:first-child,th:first-child{text-align:left}
footer{background:#eee;padding:16px 24px;font-size:13px;margin-top:40px}"""


def page(title, site, nav, crumbs, body, footer):
    nav_html = "\n".join(f'      <li><a href="{h}">{html.escape(t)}</a></li>' for t, h in nav)
    crumb = " &gt; ".join(f'<a href="#">{html.escape(c)}</a>' for c in crumbs)
    return f"""<!DOCTYPE html>
<html lang="sv">
<head>
  <meta charset="utf-8">
  <title>{html.escape(title)} - {html.escape(site)}</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <style>{CSS}</style>
  <script>window.dataLayer = window.dataLayer || [];</script>
</head>
<body>
<div id="cookie" role="dialog" aria-label="Kakor">
  <p>Vi använder kakor (cookies) för att webbplatsen ska fungera och för att förbättra din upplevelse.
  <a href="/om-webbplatsen/kakor">Läs mer om kakor</a></p>
  <button>Godkänn alla kakor</button> <button>Endast nödvändiga</button>
</div>
<header>
  <a class="logo" href="/">{html.escape(site)}</a>
  <form role="search"><input type="search" placeholder="Sök på webbplatsen"><button>Sök</button></form>
  <nav aria-label="Huvudmeny">
    <ul>
{nav_html}
    </ul>
  </nav>
</header>
<div class="breadcrumbs">Du är här: {crumb}</div>
<main id="content">
{body}
</main>
<footer>
{footer}
</footer>
</body>
</html>
"""


def text_of(h):
    """Plain text of the main content (for validation)."""
    m = re.search(r"<main[^>]*>(.*)</main>", h, re.S)
    t = m.group(1)
    t = re.sub(r"</t[dh]>", " ", t)
    t = re.sub(r"<[^>]+>", " ", t)
    return html.unescape(re.sub(r"\s+", " ", t))


HJO_NAV = [("Barn och utbildning", "/barn-utbildning"), ("Omsorg och stöd", "/omsorg"),
           ("Bygga, bo och miljö", "/bygga-bo"), ("Kultur och fritid", "/kultur-fritid"),
           ("Kommun och politik", "/kommun-politik"), ("Nyheter", "/nyheter")]
HJO_FOOT = """  <p><strong>Hjo kommun</strong><br>Torggatan 2, 544 81 Hjo<br>Telefon: 0503-350 00<br>
  E-post: kommunen@hjo.se</p>
  <p><a href="/tillganglighet">Tillgänglighetsredogörelse</a> | <a href="/personuppgifter">Behandling av personuppgifter</a> | <a href="/om-webbplatsen/kakor">Kakor</a></p>
  <p>Följ oss på Facebook och Instagram</p>"""


def hjo_news(path):
    body = """  <article>
    <h1>Ny lekplats i Hamnparken – bygget startar i april</h1>
    <p class="meta">Publicerad 2025-03-12 &nbsp;|&nbsp; Senast uppdaterad 2025-03-14</p>
    <p class="ingress">Hjo kommun bygger en ny lekplats i Hamnparken. Lekplatsen får ett sjöfartstema med en stor klätterbåt, vattenlek och gungor som är tillgängliga för barn med funktionsnedsättning.</p>
    <p>Kommunfullmäktige har i budgeten för 2025 avsatt 4,7 miljoner kronor till lekplatsen. Boverket bidrar med 700 000 kronor genom bidraget för upprustning av skollokaler och utemiljöer, så kommunens egen kostnad blir cirka 4 miljoner kronor.</p>
    <p>– Hamnparken är en av Hjos mest besökta platser på sommaren och den gamla lekplatsen var sliten. Nu får vi en lekplats som barn från hela regionen kommer att vilja besöka, säger Maria Ek, parkchef i Hjo kommun.</p>
    <h2>Tidplan</h2>
    <p>Arbetet startar den 7 april och lekplatsen beräknas vara klar till midsommar 2025. Under byggtiden är delar av Hamnparken avstängda och gångvägen längs strandpromenaden leds om via Hamngatan.</p>
    <p>Den gamla lekplatsen rivs och en del av utrustningen skänks till föreningen Hjo Fritidsgård. Entreprenör är Skaraborgs Mark och Park AB, som vann upphandlingen i februari med det lägsta anbudet.</p>
    <h2>Vill du veta mer?</h2>
    <p>Kontakta Maria Ek, parkchef, på telefon 0503-351 20 eller via kommunens kontaktcenter.</p>
  </article>
  <aside>
    <h2>Fler nyheter</h2>
    <ul>
      <li><a href="#">Vattenavstängning på Bangatan 18 mars</a></li>
      <li><a href="#">Sportlovsaktiviteter för alla åldrar</a></li>
    </ul>
  </aside>"""
    h = page("Ny lekplats i Hamnparken", "Hjo kommun", HJO_NAV,
             ["Startsida", "Nyheter", "Ny lekplats i Hamnparken"], body, HJO_FOOT)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(h)
    return text_of(h)


ASELE_NAV = [("Utbildning och barnomsorg", "/utbildning"), ("Vård och omsorg", "/vard-omsorg"),
             ("Bo, bygga och miljö", "/bo-bygga"), ("Uppleva och göra", "/uppleva"),
             ("Kommun och politik", "/kommun-politik")]
ASELE_FOOT = """  <p><strong>Åsele kommun</strong><br>Box 400, 919 28 Åsele<br>Besöksadress: Torget 1<br>
  Telefon växel: 0941-140 00</p>
  <p><a href="#">Om webbplatsen</a> | <a href="#">Tillgänglighet</a> | <a href="#">Dataskydd (GDPR)</a></p>
  <p>© Åsele kommun</p>"""

ASELE_TAB = [
    ("Årets resultat, mnkr", "3,1", "−4,5", "−6,2"),
    ("Skatteintäkter och generella statsbidrag, mnkr", "297,5", "302,1", "315,7"),
    ("Verksamhetens nettokostnader, mnkr", "292,8", "304,9", "317,2"),
    ("Nettoinvesteringar, mnkr", "26,3", "19,1", "20,8"),
    ("Soliditet, %", "39,2", "36,1", "35,0"),
    ("Låneskuld, mnkr", "120,0", "132,0", "140,0"),
    ("Antal invånare 31 december", "2 760", "2 742", "2 718"),
]
ASELE_100 = [("Vård och omsorg", "42 kr"), ("Förskola, grundskola och gymnasium", "33 kr"),
             ("Gemensam administration", "9 kr"), ("Gator, vatten och fastigheter", "8 kr"),
             ("Kultur och fritid", "4 kr"), ("Övrigt", "4 kr")]


def asele_overview(path):
    rows = "\n".join(
        f"        <tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td></tr>" for a, b, c, d in ASELE_TAB)
    items = "\n".join(f"      <li>{a}: {b}</li>" for a, b in ASELE_100)
    body = f"""  <h1>Kommunens ekonomi i korthet</h1>
  <p class="meta">Publicerad 2025-05-06</p>
  <p>Här får du en snabb överblick över Åsele kommuns ekonomi. Uppgifterna kommer från årsredovisningen för 2024 som kommunfullmäktige godkände i april 2025.</p>
  <h2>Resultatet 2024</h2>
  <p>Kommunen redovisar ett underskott för andra året i rad. Årets resultat blev -6,2 miljoner kronor. Den främsta orsaken är ökade kostnader inom hemtjänsten och högre räntekostnader. Kommunen har en åtgärdsplan för att få en ekonomi i balans till och med 2027.</p>
  <h2>Nyckeltal</h2>
  <table>
    <caption>Nyckeltal för Åsele kommun 2022–2024</caption>
    <thead>
      <tr><th>Nyckeltal</th><th>2022</th><th>2023</th><th>2024</th></tr>
    </thead>
    <tbody>
{rows}
    </tbody>
  </table>
  <h2>Vad går skatten till?</h2>
  <p>Så här fördelades 100 kronor i skatt under 2024:</p>
  <ul>
{items}
  </ul>
  <p>Kommunalskatten i Åsele är 24,19 kronor per hundralapp. Till det kommer regionskatten till Region Västerbotten.</p>
  <h2>Dokument</h2>
  <p><a href="#">Årsredovisning 2024 (pdf)</a><br><a href="#">Budget 2025 och plan 2026–2027 (pdf)</a></p>"""
    h = page("Kommunens ekonomi i korthet", "Åsele kommun", ASELE_NAV,
             ["Start", "Kommun och politik", "Ekonomi", "Kommunens ekonomi i korthet"], body, ASELE_FOOT)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(h)
    return text_of(h)
