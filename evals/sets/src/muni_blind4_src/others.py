"""DOCX, HTML, XLSX, markdown and text documents for blind-muni4 (invented content)."""
import html as _html
from datetime import datetime

from kit import fix_zip, write_text
import ragunda_data as R

FIXED_NAIVE = datetime(2025, 12, 1, 9, 0, 0)

# ======================================================================= Ydre DOCX
KB = [("Kommunfullmäktige och revision", "2 700", "2 700"),
      ("Kommunstyrelsen", "51 400", "49 900"),
      ("Barn- och utbildningsnämnden", "124 300", "125 300"),
      ("Socialnämnden", "144 100", "145 600"),
      ("Tekniska nämnden", "22 100", "22 100"),
      ("Bygg- och miljönämnden", "4 800", "4 800"),
      ("Summa", "349 400", "350 400")]


def ydre_docx(path):
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)

    def h(t, lvl):
        doc.add_heading(t, lvl)

    def p(t, bold=False):
        para = doc.add_paragraph()
        run = para.add_run(t)
        run.bold = bold

    h("Protokoll, kommunfullmäktige", 0)
    p("Ydre kommun")
    p("Sammanträdesdatum: 2025-11-24")
    p("Plats och tid: Kommunhuset, Österbymo, kl. 18.30–21.45")
    p("Beslutande: 29 av 31 ledamöter, se närvarolista i bilaga 1.")
    p("Ordförande: Lennart Kvist (M). Sekreterare: Annika Sjöberg. Justerare: Birgitta Nord (S) "
      "och Håkan Petersson (KD).")
    p("Protokollet justerades den 27 november 2025 och anslogs på kommunens anslagstavla den "
      "28 november 2025.")

    h("§ 84 Val av justerare", 1)
    p("Kommunfullmäktige utser Birgitta Nord (S) och Håkan Petersson (KD) att justera dagens "
      "protokoll.")

    h("§ 85 Skattesats för 2026", 1)
    p("Dnr KS 2025/118")
    p("Kommunstyrelsen föreslår att skattesatsen för 2026 ska vara oförändrad, 22,16 kronor per "
      "skattekrona.")
    p("Yrkanden", bold=True)
    p("Margareta Lind (C) yrkar bifall till kommunstyrelsens förslag. Jonas Ekström (S) yrkar att "
      "skattesatsen höjs med 25 öre till 22,41 kronor. Höjningen skulle enligt Socialdemokraternas "
      "förslag ge cirka 2,9 miljoner kronor i ökade skatteintäkter.")
    p("Votering", bold=True)
    p("Votering begärs och genomförs. Kommunstyrelsens förslag vinner med 18 röster mot 11.")
    p("Beslut", bold=True)
    p("Kommunfullmäktige beslutar att skattesatsen för 2026 ska vara 22,16 kronor.")
    p("Reservation: Ledamöterna för Socialdemokraterna reserverar sig mot beslutet.")

    h("§ 86 Mål och budget 2026–2028", 1)
    p("Dnr KS 2025/118")
    p("Kommunstyrelsen har lämnat förslag till mål och budget för 2026 med plan för 2027–2028. "
      "Förslaget innebär ett resultat på 3,7 miljoner kronor 2026 och investeringar på "
      "36,7 miljoner kronor. Socialdemokraterna har lämnat ett eget budgetförslag som bygger på "
      "en höjd skattesats och som innehåller ett resultat på 5,6 miljoner kronor.")
    p("Kommunbidrag per nämnd 2026 enligt förslagen (belopp i tkr):")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    hdr = ["Nämnd", "Kommunstyrelsens förslag", "Socialdemokraternas förslag"]
    for i, x in enumerate(hdr):
        t.rows[0].cells[i].text = x
    for row in KB:
        cells = t.add_row().cells
        for i, x in enumerate(row):
            cells[i].text = x
    p("Yrkanden", bold=True)
    p("Margareta Lind (C), Lennart Kvist (M) och Håkan Petersson (KD) yrkar bifall till "
      "kommunstyrelsens förslag.")
    p("Jonas Ekström (S) yrkar bifall till Socialdemokraternas budgetförslag, med 2,5 miljoner "
      "kronor mer till barn- och utbildningsnämnden och socialnämnden tillsammans, finansierat "
      "genom skattehöjningen och en minskning av kommunstyrelsens ram.")
    p("Bengt Ohlsson (SD) yrkar återremiss med motiveringen att konsekvenserna av "
      "effektiviseringskravet inom skolan behöver utredas.")
    p("Propositionsordning", bold=True)
    p("Ordföranden ställer först frågan om ärendet ska avgöras i dag och finner att så ska ske. "
      "Återremissyrkandet avslås. Därefter ställer ordföranden kommunstyrelsens förslag mot "
      "Socialdemokraternas förslag och finner att fullmäktige bifaller kommunstyrelsens förslag.")
    p("Beslut", bold=True)
    p("Kommunfullmäktige beslutar att anta mål och budget 2026–2028 enligt kommunstyrelsens "
      "förslag, att fastställa kommunbidrag per nämnd enligt tabellen ovan och att kommunstyrelsen "
      "under 2026 får uppta nya lån på högst 20 miljoner kronor.")
    p("Reservation: Ledamöterna för Socialdemokraterna och Sverigedemokraterna reserverar sig "
      "till förmån för sina respektive yrkanden.")

    h("§ 87 Projektbudget för ny förskola i Österbymo", 1)
    p("Dnr KS 2024/206")
    p("Barn- och utbildningsnämnden och tekniska nämnden har gemensamt tagit fram ett förslag till "
      "ny förskola med fyra avdelningar i anslutning till Ydreskolan. Upphandlingen av "
      "byggentreprenaden är klar och det vinnande anbudet från Tranås Byggtjänst AB uppgår till "
      "21,6 miljoner kronor.")
    p("Beslut", bold=True)
    p("Kommunfullmäktige beslutar att godkänna en total projektbudget på 26,0 miljoner kronor och "
      "att ge tekniska nämnden i uppdrag att genomföra byggprojektet. Beslutet är enhälligt.")

    h("§ 88 Motion om avgiftsfri kollektivtrafik för ungdomar", 1)
    p("Dnr KS 2025/041")
    p("Sara Holm (V) har i en motion föreslagit att ungdomar mellan 13 och 19 år som är folkbokförda "
      "i Ydre ska få åka gratis med Östgötatrafikens bussar inom kommunen. Kostnaden har beräknats "
      "till cirka 350 000 kronor per år.")
    p("Kommunstyrelsen föreslår att motionen avslås med hänvisning till det ekonomiska läget.")
    p("Sara Holm (V) och Jonas Ekström (S) yrkar bifall till motionen. Margareta Lind (C) yrkar "
      "avslag.")
    p("Beslut", bold=True)
    p("Kommunfullmäktige beslutar att avslå motionen. Votering begärdes och utföll med 17 röster "
      "för avslag och 12 för bifall.")

    h("§ 89 Delårsrapport per augusti 2025", 1)
    p("Delårsrapporten visar ett resultat för perioden januari–augusti på 9,8 miljoner kronor. "
      "Prognosen för helåret 2025 är ett resultat på 3,4 miljoner kronor, vilket är 0,3 miljoner "
      "kronor bättre än budget. Socialnämnden prognostiserar ett underskott på 1,9 miljoner kronor "
      "medan tekniska nämnden räknar med ett överskott på 1,1 miljoner kronor.")
    p("Beslut", bold=True)
    p("Kommunfullmäktige godkänner delårsrapporten.")

    h("§ 90 Fyllnadsval till socialnämnden", 1)
    p("Ingrid Mattsson (C) har avsagt sig uppdraget som ledamot i socialnämnden. Kommunfullmäktige "
      "väljer Oskar Brandt (C) till ny ledamot för tiden till och med 2026-12-31.")

    cp = doc.core_properties
    cp.author = "Ydre kommun, kansliet"
    cp.title = "Protokoll kommunfullmäktige 2025-11-24"
    cp.created = FIXED_NAIVE
    cp.modified = FIXED_NAIVE
    cp.last_modified_by = "Ydre kommun"
    cp.revision = 1
    doc.save(path)
    fix_zip(path)


# ======================================================================= Ydre HTML
CSS = """body{font-family:Arial,sans-serif;margin:0;color:#222}
header{background:#2d5f2e;color:#fff;padding:10px 24px}
nav a{color:#fff;margin-right:16px;text-decoration:none}
#cookie-consent{background:#fdf6e3;padding:12px 24px;border-bottom:1px solid #ccc}
main{max-width:840px;margin:24px auto;padding:0 16px}
table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:4px 8px;text-align:right}
td.l,th.l{text-align:left}
footer{background:#eee;padding:16px 24px;font-size:13px;margin-top:40px}"""


def ydre_html(path):
    h = f"""<!DOCTYPE html>
<html lang="sv">
<head>
  <meta charset="utf-8">
  <title>Kommunfullmäktige sa ja till ny förskola i Österbymo - Ydre kommun</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <style>{CSS}</style>
  <script src="/static/js/analytics.js" defer></script>
</head>
<body>
<div id="cookie-consent" role="dialog" aria-label="Cookies">
  <p>Ydre kommun använder kakor (cookies) för att ge dig en bättre upplevelse av webbplatsen. Du kan själv välja vilka kakor du godkänner.</p>
  <button id="accept-all">Acceptera alla</button> <button id="accept-necessary">Bara nödvändiga</button>
  <a href="/kakor">Mer om kakor</a>
</div>
<header>
  <a class="logo" href="/"><img src="/static/img/ydre-logo.svg" alt="Ydre kommun"></a>
  <nav aria-label="Huvudmeny">
    <ul>
      <li><a href="/barn-och-utbildning">Barn och utbildning</a></li>
      <li><a href="/omsorg-och-hjalp">Omsorg och hjälp</a></li>
      <li><a href="/bygga-bo-och-miljo">Bygga, bo och miljö</a></li>
      <li><a href="/uppleva-och-gora">Uppleva och göra</a></li>
      <li><a href="/naringsliv-och-arbete">Näringsliv och arbete</a></li>
      <li><a href="/kommun-och-politik">Kommun och politik</a></li>
    </ul>
  </nav>
  <form role="search" action="/sok"><input type="search" name="q" placeholder="Vad letar du efter?"><button>Sök</button></form>
</header>
<div class="breadcrumbs"><a href="/">Start</a> / <a href="/nyheter">Nyheter</a> / Ny förskola i Österbymo</div>
<main id="main">
  <article>
    <h1>Kommunfullmäktige sa ja till ny förskola i Österbymo</h1>
    <p class="published">Publicerad: 2025-11-26 | Uppdaterad: 2025-11-28</p>
    <p class="lead">Nu är det klart att Ydre kommun bygger en ny förskola i Österbymo. Kommunfullmäktige godkände på måndagskvällen en projektbudget på 26 miljoner kronor. Förskolan får fyra avdelningar och plats för 60 barn.</p>
    <p>Den nya förskolan byggs på tomten norr om Ydreskolan och ersätter de två paviljongavdelningarna vid Lyckebo förskola, som har hyrts sedan 2019. Hyran för paviljongerna är 420 000 kronor per år och försvinner när den nya förskolan är klar.</p>
    <p>– Det här är den största investeringen i förskolan i Ydre på 30 år. Barnen får ljusa och moderna lokaler och personalen en bra arbetsmiljö, säger Eva Strand (KD), ordförande i barn- och utbildningsnämnden.</p>
    <h2>Byggstart i mars</h2>
    <p>Byggentreprenaden har upphandlats och Tranås Byggtjänst AB lämnade det vinnande anbudet på 21,6 miljoner kronor. Fem företag lämnade anbud. Byggstart planeras till mars 2026 och förskolan beräknas kunna tas i bruk i augusti 2027.</p>
    <p>Förskolan byggs med stomme i trä och får solceller på taket och bergvärme. Gården planeras tillsammans med barnen och får bland annat odlingslådor, en kulle för pulkaåkning och ett skogsparti som behålls.</p>
    <h2>Så fördelas kostnaderna</h2>
    <table>
      <caption>Investeringsutgifter för ny förskola i Österbymo, tkr</caption>
      <thead>
        <tr><th class="l" rowspan="2">Kategori</th><th class="l" rowspan="2">Del</th><th colspan="3">Utgift per år</th><th rowspan="2">Totalt</th></tr>
        <tr><th>Utfall 2025</th><th>Budget 2026</th><th>Plan 2027</th></tr>
      </thead>
      <tbody>
        <tr><td class="l" rowspan="3">Byggnad</td><td class="l">Projektering</td><td>1 700</td><td>0</td><td>0</td><td>1 700</td></tr>
        <tr><td class="l">Byggentreprenad</td><td>0</td><td>12 900</td><td>8 700</td><td>21 600</td></tr>
        <tr><td class="l">Byggledning och kontroll</td><td>0</td><td>600</td><td>300</td><td>900</td></tr>
        <tr><td class="l" rowspan="2">Utemiljö och inventarier</td><td class="l">Gård och lekutrustning</td><td>0</td><td>1 000</td><td>300</td><td>1 300</td></tr>
        <tr><td class="l">Inventarier</td><td>0</td><td>0</td><td>500</td><td>500</td></tr>
        <tr><td class="l" colspan="2"><strong>Totalt</strong></td><td><strong>1 700</strong></td><td><strong>14 500</strong></td><td><strong>9 800</strong></td><td><strong>26 000</strong></td></tr>
      </tbody>
    </table>
    <p>Driftkostnaden för de nya lokalerna beräknas till cirka 1,1 miljoner kronor per år, inklusive kapitalkostnader. Barn- och utbildningsnämnden får kompensation för den ökade lokalkostnaden i budgeten för 2027.</p>
    <h2>Frågor och svar</h2>
    <p><strong>Påverkas barnen under byggtiden?</strong> Nej, verksamheten i de nuvarande lokalerna fortsätter som vanligt. Byggarbetsplatsen hägnas in och transporterna sker via Skolvägen.</p>
    <p><strong>Kan jag önska plats på den nya förskolan?</strong> Ja, ansökan öppnar i e-tjänsten i mars 2027.</p>
    <p>Kontakt: Peter Lundin, förvaltningschef barn och utbildning, telefon 0381-661 20.</p>
  </article>
  <aside>
    <h2>Relaterat</h2>
    <ul>
      <li><a href="/budget">Mål och budget 2026–2028</a></li>
      <li><a href="/protokoll">Protokoll kommunfullmäktige 2025-11-24</a></li>
    </ul>
  </aside>
</main>
<footer>
  <p><strong>Ydre kommun</strong><br>Box 13, 573 74 Österbymo<br>Besöksadress: Centrumvägen 1<br>Telefon: 0381-661 00<br>E-post: info@ydre.se</p>
  <p><a href="/tillganglighet">Tillgänglighetsredogörelse</a> | <a href="/personuppgifter">Så behandlar vi dina personuppgifter</a> | <a href="/kakor">Kakor</a></p>
  <p>Följ oss på Facebook och Instagram</p>
</footer>
</body>
</html>
"""
    write_text(path, h)


YDRE_TXT = """PRESSMEDDELANDE
Ydre kommun, kommunstyrelsen
2025-10-15

Oförändrad skatt och mer pengar till äldreomsorgen i Ydres budgetförslag

Kommunstyrelsen i Ydre kommun föreslår att skattesatsen för 2026 lämnas oförändrad på 22,16 kronor. Budgetförslaget för 2026–2028 innehåller ett resultat på 3,7 miljoner kronor för 2026 och satsningar på äldreomsorg, läsning och en ny förskola i Österbymo.

Socialnämnden får 7,3 miljoner kronor mer än i år. Pengarna ska bland annat användas till att öppna sex nya platser på Ydregården och till fler timmar i hemtjänsten. Barn- och utbildningsnämnden får 2,7 miljoner kronor mer, och i det ingår en satsning på läsfrämjande insatser på 650 000 kronor.

– Vi prioriterar dem som behöver kommunen mest. Samtidigt är vi tydliga med att alla verksamheter måste bidra till att hålla kostnaderna nere, säger kommunstyrelsens ordförande Margareta Lind (C).

Investeringarna för 2026 uppgår till 36,7 miljoner kronor. Utöver förskolan investerar kommunen i ett nytt vattenverk i Österbymo, i bredband på landsbygden och i byte till LED-belysning längs kommunens gator.

Oppositionsrådet Jonas Ekström (S) är kritisk till förslaget.

– Majoriteten skjuter problemen framför sig. Resultatet för 2027 och 2028 når inte det egna finansiella målet, och skolan får ett sparbeting på 1,2 miljoner kronor. Vi kommer att lägga ett eget förslag, säger Jonas Ekström.

Budgetförslaget behandlas av kommunfullmäktige den 24 november 2025.

För mer information:
Margareta Lind (C), kommunstyrelsens ordförande, 0381-661 05
Mats Rydell, ekonomichef, 0381-661 30
"""

# ======================================================================= Ragunda XLSX
RNYCK = [("Antal invånare 31 december", "st", 5271, 5242, 5206, 5187),
         ("Skattesats, kronor", "kr", 23.15, 23.15, 23.15, 23.15),
         ("Sjukfrånvaro, %", "%", 8.9, 9.1, 8.6, 7.9),
         ("Andel behöriga till gymnasiet, %", "%", 80.1, 81.7, 82.0, 83.3),
         ("Antal tillsvidareanställda", "st", 605, 598, 591, 586),
         ("Antal barn i förskola", "st", 212, 205, 198, 193),
         ("Beviljade hemtjänsttimmar per år", "timmar", 96400, 99800, 104300, 115800),
         ("Platser i särskilt boende", "st", 86, 86, 86, 78)]


def ragunda_xlsx(path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    wb = Workbook()
    ws = wb.active
    ws.title = "Nettokostnad per nämnd"
    ws["A1"] = "Ragunda kommun – nettokostnad per nämnd 2021–2024"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Belopp i tkr, utfall enligt bokslut, löpande priser"
    ws["A2"].font = Font(italic=True)
    fill = PatternFill("solid", fgColor="DDEBD8")
    for j, hd in enumerate(["Nämnd", "2021", "2022", "2023", "2024"], 1):
        c = ws.cell(row=4, column=j, value=hd)
        c.font = Font(bold=True)
        c.fill = fill
        c.alignment = Alignment(horizontal="left" if j == 1 else "right")
    r = 5
    for row in R.XNK + [("Summa nämnder",) + R.XNK_SUM]:
        for j, v in enumerate(row, 1):
            c = ws.cell(row=r, column=j, value=v)
            if j > 1:
                c.number_format = "#,##0"
            if row[0] == "Summa nämnder":
                c.font = Font(bold=True)
        r += 1
    ws.cell(row=r + 1, column=1,
            value="Källa: Ragunda kommuns årsredovisningar. Finansförvaltningen ingår inte.").font = \
        Font(italic=True, size=9)
    ws.column_dimensions["A"].width = 34
    for col in "BCDE":
        ws.column_dimensions[col].width = 12

    ws2 = wb.create_sheet("Nyckeltal")
    ws2["A1"] = "Ragunda kommun – nyckeltal 2021–2024"
    ws2["A1"].font = Font(bold=True, size=14)
    for j, hd in enumerate(["Nyckeltal", "Enhet", "2021", "2022", "2023", "2024"], 1):
        c = ws2.cell(row=3, column=j, value=hd)
        c.font = Font(bold=True)
        c.fill = fill
    r = 4
    for row in RNYCK:
        for j, v in enumerate(row, 1):
            c = ws2.cell(row=r, column=j, value=v)
            if j > 2:
                c.number_format = "0.00" if row[1] == "kr" else ("0.0" if row[1] == "%" else "#,##0")
        r += 1
    ws2.cell(row=r + 1, column=1, value="Källa: SCB, Kolada och kommunens egna uppgifter.").font = \
        Font(italic=True, size=9)
    ws2.column_dimensions["A"].width = 36
    wb.properties.creator = "Ragunda kommun, ekonomienheten"
    wb.properties.created = FIXED_NAIVE
    wb.properties.modified = FIXED_NAIVE
    wb.properties.lastModifiedBy = "Ragunda kommun"
    wb.save(path)
    fix_zip(path)


# ======================================================================= Ragunda MD
RAGUNDA_MD = """# VA-plan för Ragunda kommun – investeringar 2026–2030

Antagen av tekniska nämnden 2025-09-17, § 52. Dnr TN 2025/88.

## Bakgrund

Ragunda kommun har sju kommunala vattenverk och nio avloppsreningsverk som försörjer cirka 1 900 abonnenter. Många anläggningar byggdes på 1960- och 1970-talen och behöver förnyas. Läckaget i ledningsnätet var 28 procent 2024, vilket är högt jämfört med andra kommuner.

Vattenverket i Stugun klarar inte längre Livsmedelsverkets krav på mikrobiologiska barriärer. Länsstyrelsen har förelagt kommunen att åtgärda bristerna senast 2028.

## Investeringar

Belopp i tkr.

| Projekt | Ort | 2026 | 2027 | 2028 | 2029–2030 | Totalt |
|---|---|---:|---:|---:|---:|---:|
| Nytt vattenverk | Stugun | 4 500 | 9 000 | 2 500 | 0 | 16 000 |
| Reservvattentäkt | Hammarstrand | 1 200 | 3 800 | 0 | 0 | 5 000 |
| Ledningsförnyelse | Bispgården | 3 000 | 3 000 | 3 000 | 6 000 | 15 000 |
| Ombyggnad av reningsverk | Döviken | 0 | 1 500 | 6 500 | 2 000 | 10 000 |
| Reinvestering pumpstationer | Flera orter | 800 | 800 | 800 | 1 600 | 4 000 |
| **Summa** | | **9 500** | **18 100** | **12 800** | **9 600** | **50 000** |

Investeringarna på sammanlagt 50 miljoner kronor finansieras med lån och betalas av VA-kollektivet genom VA-taxan. De kommer inte att belasta skattebetalarna.

## Taxa

För att finansiera investeringarna föreslås VA-taxan höjas med 8 procent 2026 och med 6 procent per år 2027–2029. För en normalvilla med en förbrukning på 150 kubikmeter per år innebär höjningen 2026 cirka 760 kronor mer per år.

Kommunen har ansökt om statligt stöd för klimatanpassning av VA-anläggningar. Om ansökan beviljas kan stödet uppgå till 2,5 miljoner kronor för reservvattentäkten i Hammarstrand.

## Ansvar

- VA-chefen Henrik Olofsson ansvarar för att planen genomförs.
- Planen följs upp i tekniska nämndens delårsrapport och årsredovisning.
- Planen revideras senast 2027.
"""

RAGUNDA_TXT = """PRESSMEDDELANDE FRÅN RAGUNDA KOMMUN
2025-10-02

Delårsrapporten visar underskott – vård och omsorg har svårt att klara budget

Ragunda kommun redovisar ett överskott på 14,2 miljoner kronor för perioden januari–augusti 2025. För helåret räknar kommunen däremot med ett underskott på 3,8 miljoner kronor, vilket är 6,3 miljoner kronor sämre än budget. Det framgår av delårsrapporten som kommunstyrelsen behandlade i dag.

Överskottet under årets första åtta månader beror bland annat på att semesterlöneskulden minskar under sommaren. Det är alltså inte ett tecken på att ekonomin är stark.

Vård- och omsorgsnämnden prognostiserar ett underskott på 9,6 miljoner kronor. Kostnaderna för hemtjänsten fortsätter att öka och nämnden har fortfarande behov av inhyrda sjuksköterskor. Barn- och utbildningsnämnden räknar med ett underskott på 3,1 miljoner kronor, främst på grund av skolskjutsar och kostnader för elever i andra kommuner.

Kommunstyrelsen prognostiserar ett överskott på 1,9 miljoner kronor och tekniska nämnden ett överskott på 400 000 kronor.

– Vi måste agera nu. Vård- och omsorgsnämnden har fått i uppdrag att ta fram en åtgärdsplan som ska vara klar i november, säger ekonomichef Sara Nyström.

Investeringarna beräknas bli 38,0 miljoner kronor, vilket är 14,4 miljoner kronor lägre än budget. Förseningen beror främst på att vattenverket i Stugun har projekterats om.

Delårsrapporten behandlas av kommunfullmäktige den 27 oktober 2025.

Kontakt:
Sara Nyström, ekonomichef, 0696-682 10
Lars-Erik Holm (S), kommunstyrelsens ordförande, 0696-682 01
"""
