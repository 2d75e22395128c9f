"""HTML, TXT, MD (Ängelholm) and XLSX, DOCX (Norsjö)."""
import os
import openpyxl
from openpyxl.styles import Font
import docx
from common import ROOT, fmt
import data_ang as A
import data_nor as N

HTML_F = os.path.join(ROOT, A.DIR, "nyhet-budget-2025-antagen.html")
TXT_F = os.path.join(ROOT, A.DIR, "pressmeddelande-budgetforslag-2025.txt")
MD_F = os.path.join(ROOT, A.DIR, "va-taxa-2025.md")
XLSX_F = os.path.join(ROOT, N.DIR, "nyckeltal-och-foreningsbidrag-2024.xlsx")
DOCX_F = os.path.join(ROOT, N.DIR, "protokoll-kommunfullmaktige-2025-04-28.docx")

HTML_ROWS = ["Utbildningsnämnden", "Socialnämnden", "Kommunstyrelsen", "Kultur- och fritidsnämnden", "Samhällsbyggnadsnämnden", "Miljö- och tillståndsnämnden"]

# VA-taxa
VA = [("Fast avgift per år, villa", 3150.0, 3400.0, 0), ("Brukningsavgift per kubikmeter", 27.40, 29.90, 2),
      ("Dagvattenavgift per år, villa", 980.0, 1040.0, 0), ("Anläggningsavgift, villa", 185000.0, 196000.0, 0),
      ("Avgift för vattenmätarbyte", 1450.0, 1450.0, 0)]
VILLA_M3 = 150

# Föreningsbidrag Norsjö 2024 (kr)
FB = [("Norsjö IF", "Aktivitetsbidrag", 62400), ("Norsjö IF", "Anläggningsbidrag", 85000),
      ("Bastuträsk IK", "Aktivitetsbidrag", 21600), ("Norsjö Skidklubb", "Anläggningsbidrag", 74000),
      ("Norsjö Skidklubb", "Aktivitetsbidrag", 18900), ("Norsjö Skytteförening", "Aktivitetsbidrag", 9300),
      ("PRO Norsjö", "Verksamhetsbidrag", 12000), ("SPF Seniorerna Norsjö", "Verksamhetsbidrag", 8500),
      ("Norsjö Hembygdsförening", "Kulturbidrag", 35000), ("Studieförbundet Vuxenskolan", "Studieförbundsbidrag", 48700),
      ("ABF Skellefteå-Norsjö", "Studieförbundsbidrag", 41200), ("Kristineberg Byaförening", "Bygdebidrag", 15000),
      ("Norsjö Ryttarförening", "Anläggningsbidrag", 27500), ("Norsjö Jaktskytteklubb", "Aktivitetsbidrag", 6800)]
FB_TOTAL = sum(x[2] for x in FB)

XLSX_NT = [
    ("Antal invånare 31 december", [4102, 4063, 4021, 3978, 3941]),
    ("Kommunal skattesats, kr", [23.45, 23.45, 23.45, 23.45, 23.45]),
    ("Verksamhetens nettokostnad, mnkr", N.FEM_D["Verksamhetens nettokostnad, mnkr"]),
    ("Nettokostnad per invånare, kr", None),
    ("Årets resultat, mnkr", N.FEM_D["Årets resultat, mnkr"]),
    ("Nettoinvesteringar, mnkr", N.FEM_D["Nettoinvesteringar, mnkr"]),
    ("Soliditet inkl. pensionsförpliktelser, %", N.FEM_D["Soliditet inkl. pensionsförpliktelser, %"]),
    ("Sjukfrånvaro, %", [8.2, 8.9, 7.9, 7.4, 6.9]),
    ("Antal bygglovsärenden", [61, 83, 70, 66, 74]),
]
XLSX_NT[3] = ("Nettokostnad per invånare, kr", [int(round(XLSX_NT[2][1][i] * 1e6 / XLSX_NT[0][1][i])) for i in range(5)])

# KF protocol: ombudgetering (tkr)
OMB = [("Reningsverk Bastuträsk", 2500, 1200, 1300), ("Trygghetsboende Solbacka, planering", 1500, 400, 300)]


def html():
    rows = []
    for n in HTML_ROWS:
        r = A.DR[n]
        rows.append(f'        <tr><td>{n}</td><td>{fmt(r["b24"]/1000)}</td><td>{fmt(r["b25"]/1000)}</td><td>{fmt((r["b25"]-r["b24"])/1000, plus=True)}</td></tr>')
    body = "\n".join(rows)
    s = f"""<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Budget 2025 är antagen – Ängelholms kommun</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
</head>
<body>
<div id="cookie-banner" class="cookie-consent">
  <p>Vi använder kakor (cookies) för att förbättra din upplevelse av engelholm.se. Vissa kakor är nödvändiga för att webbplatsen ska fungera.</p>
  <button>Acceptera alla kakor</button> <button>Endast nödvändiga</button> <a href="/om-webbplatsen/kakor">Läs mer om kakor</a>
</div>
<header class="site-header">
  <a class="skip" href="#main">Hoppa till innehåll</a>
  <a href="/"><img src="/logo.svg" alt="Ängelholms kommun"></a>
  <nav aria-label="Huvudmeny">
    <ul>
      <li><a href="/barn-och-utbildning">Barn och utbildning</a></li>
      <li><a href="/omsorg-och-hjalp">Omsorg och hjälp</a></li>
      <li><a href="/bygga-bo-och-miljo">Bygga, bo och miljö</a></li>
      <li><a href="/kultur-och-fritid">Kultur och fritid</a></li>
      <li><a href="/naringsliv-och-arbete">Näringsliv och arbete</a></li>
      <li><a href="/kommun-och-politik">Kommun och politik</a></li>
    </ul>
  </nav>
  <form role="search"><input type="search" placeholder="Sök på webbplatsen"><button>Sök</button></form>
</header>
<nav class="breadcrumb"><a href="/">Start</a> › <a href="/kommun-och-politik">Kommun och politik</a> › <a href="/nyheter">Nyheter</a> › Budget 2025 är antagen</nav>
<main id="main">
  <article>
    <h1>Budget 2025 är antagen – satsningar på skola och äldreomsorg</h1>
    <p class="meta">Publicerad 26 november 2024</p>
    <p class="lead">Kommunfullmäktige i Ängelholm antog på måndagskvällen mål och budget för 2025 med plan för 2026–2027. Skattesatsen blir oförändrad och de största tillskotten går till utbildning och socialtjänst.</p>
    <p>Budgeten antogs efter en debatt som varade i nästan sex timmar. Det styrande samarbetets förslag vann med 30 röster mot 21. Oppositionens alternativa budget innehöll en skattehöjning med 20 öre, vilket hade gett cirka 22 miljoner kronor mer per år till välfärden.</p>
    <p>– Vi tar ansvar för ekonomin i ett tufft läge och prioriterar skolan och äldreomsorgen utan att höja skatten, säger kommunstyrelsens ordförande Linnea Bergkvist (M).</p>
    <p>– Det här är en budget som skjuter problemen framför sig. Socialnämnden har redan i år ett underskott på över 21 miljoner kronor, säger oppositionsrådet Johan Malmqvist (S).</p>
    <h2>Så fördelas pengarna</h2>
    <table class="table">
      <caption>Nettokostnadsramar för de största nämnderna, miljoner kronor</caption>
      <thead>
        <tr><th rowspan="2">Nämnd</th><th colspan="2">Ram, mnkr</th><th rowspan="2">Förändring</th></tr>
        <tr><th>2024</th><th>2025</th></tr>
      </thead>
      <tbody>
{body}
      </tbody>
    </table>
    <p>Resultatet för 2025 budgeteras till 48,2 miljoner kronor. Investeringarna uppgår till 337,9 miljoner kronor under 2025, där den nya skolan i Hjärnarp och tillbyggnaden av Västersport är de största projekten.</p>
    <p>Budgetdokumentet finns att läsa i sin helhet under <a href="/kommun-och-politik/ekonomi">Kommunens ekonomi</a>.</p>
    <aside class="share">Dela: <a href="#">Facebook</a> <a href="#">LinkedIn</a> <a href="#">E-post</a></aside>
  </article>
  <aside class="related">
    <h2>Relaterade nyheter</h2>
    <ul>
      <li><a href="/nyheter/delarsrapport-2024">Delårsrapport augusti 2024: prognos på 31 miljoner</a></li>
      <li><a href="/nyheter/ny-skola-hjarnarp">Spadtag för ny skola i Hjärnarp</a></li>
    </ul>
  </aside>
</main>
<footer class="site-footer">
  <p>Ängelholms kommun, 262 80 Ängelholm. Besöksadress: Stadshuset, Storgatan 36</p>
  <p>Telefon: 0431-870 00 (Kontaktcenter) · E-post: kommunen@engelholm.se</p>
  <p><a href="/om-webbplatsen/tillganglighetsredogorelse">Tillgänglighetsredogörelse</a> · <a href="/om-webbplatsen/personuppgifter">Personuppgifter</a> · <a href="/om-webbplatsen/kakor">Kakor</a></p>
  <p>Senast uppdaterad 26 november 2024</p>
</footer>
</body>
</html>
"""
    open(HTML_F, "w", encoding="utf-8").write(s)


def txt():
    s = """PRESSMEDDELANDE
Ängelholms kommun, 16 oktober 2024

Förslag till budget 2025: Oförändrad skatt och satsning på lågstadiet

Kommunstyrelsen i Ängelholm föreslår i dag en budget för 2025 med oförändrad kommunalskatt på 19,45 kronor. Tillsammans med Region Skånes skattesats på 11,18 kronor blir den sammanlagda skattesatsen 30,63 kronor.

Förslaget innebär att kommunstyrelsen och nämnderna sammanlagt får 100,4 miljoner kronor mer än i år. Den största satsningen görs i skolan där 12,5 miljoner kronor avsätts för ökad lärartäthet i lågstadiet och fler speciallärare. Kultur- och fritidsnämnden får 850 000 kronor till avgiftsfria sommarlovsaktiviteter för barn och unga.

– Våra barn ska lära sig läsa, skriva och räkna tidigt. Därför lägger vi pengarna där de gör störst skillnad, säger kommunstyrelsens ordförande Linnea Bergkvist (M).

Budgetförslaget innehåller också beslut om att bygga en ny F–6-skola i Hjärnarp för 214 miljoner kronor. Skolan ska ha plats för 350 elever och beräknas vara klar till höstterminen 2027.

Budgeten behandlas i kommunfullmäktige den 25 november 2024.

För mer information, kontakta:
Linnea Bergkvist (M), kommunstyrelsens ordförande, 0431-870 12
Karin Svedberg, ekonomichef, 0431-872 45
"""
    open(TXT_F, "w", encoding="utf-8").write(s)


def md():
    lines = ["# VA-taxa 2025", "",
             "Ängelholms kommun, samhällsbyggnadsnämnden. Beslutad av kommunfullmäktige den 28 oktober 2024, § 164. Gäller från den 1 januari 2025.", "",
             "Taxan finansierar drift, underhåll och utbyggnad av kommunens vatten- och avloppsnät. Höjningen beror främst på ökade kostnader för kemikalier, energi och räntor samt investeringar i nya ledningar till Rebbelberga.", "",
             "## Avgifter (inklusive moms)", "",
             "| Avgift | 2024, kr | 2025, kr | Förändring, % |",
             "|---|---:|---:|---:|"]
    for name, a, b, dec in VA:
        lines.append(f"| {name} | {fmt(a, dec)} | {fmt(b, dec)} | {fmt(100 * (b - a) / a)} |")
    y24 = VA[0][1] + VILLA_M3 * VA[1][1]
    y25 = VA[0][2] + VILLA_M3 * VA[1][2]
    lines += ["", "## Exempel: typvilla", "",
              f"För en typvilla med en förbrukning på {VILLA_M3} kubikmeter vatten per år blir den totala kostnaden för fast avgift och brukningsavgift {fmt(y25, 0)} kronor 2025, jämfört med {fmt(y24, 0)} kronor 2024. Dagvattenavgiften tillkommer.", "",
              "Frågor om taxan besvaras av Kontaktcenter, telefon 0431-870 00."]
    open(MD_F, "w", encoding="utf-8").write("\n".join(lines) + "\n")


def xlsx():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Nyckeltal 2020-2024"
    ws.append(["Norsjö kommun – nyckeltal 2020–2024"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    ws.append(["Nyckeltal", "2020", "2021", "2022", "2023", "2024"])
    for c in ws[3]:
        c.font = Font(bold=True)
    for k, vals in XLSX_NT:
        ws.append([k] + list(vals))
    ws.append([])
    ws.append(["Källa: Norsjö kommuns årsredovisningar 2020–2024, Kolada."])
    ws.column_dimensions["A"].width = 42
    ws2 = wb.create_sheet("Föreningsbidrag 2024")
    ws2.append(["Utbetalda föreningsbidrag 2024"])
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.append(["Beslutade av kommunstyrelsens arbetsutskott. Belopp i kronor."])
    ws2.append(["Förening", "Bidragstyp", "Belopp, kr"])
    for c in ws2[3]:
        c.font = Font(bold=True)
    for r in FB:
        ws2.append(list(r))
    ws2.append(["Summa", "", FB_TOTAL])
    ws2.column_dimensions["A"].width = 32
    ws2.column_dimensions["B"].width = 24
    wb.properties.created = wb.properties.modified = __import__("datetime").datetime(2025, 2, 14, 9, 0)
    wb.save(XLSX_F)


def docx_():
    d = docx.Document()
    d.add_heading("PROTOKOLL", level=1)
    d.add_paragraph("Kommunfullmäktige, Norsjö kommun")
    d.add_paragraph("Sammanträdesdatum: 2025-04-28")
    d.add_paragraph("Plats och tid: Folkets hus, Norsjö, kl. 09.00–12.15")
    d.add_paragraph("Beslutande: 31 ledamöter, se närvarolista bilaga 1")
    d.add_paragraph("Ordförande: Margareta Lindgren (C)\nSekreterare: Elin Forsberg\nJusterare: Tomas Nyström (S), Lena Marklund (V)")
    d.add_paragraph("Justeringens tid och plats: Kommunkontoret 2025-05-02")
    d.add_heading("§ 34 Årsredovisning 2024", level=2)
    d.add_paragraph("Dnr KS 2025/58")
    d.add_paragraph("Kommunstyrelsen har upprättat årsredovisning för 2024. Årets resultat uppgår till 13,3 miljoner kronor och balanskravsresultatet till 10,9 miljoner kronor. Revisorerna tillstyrker att årsredovisningen godkänns.")
    d.add_paragraph("Under överläggningen yrkade Karl-Erik Sundqvist (SD) att fullmäktige skulle ge socialnämnden i uppdrag att redovisa en åtgärdsplan senast i juni 2025. Yrkandet avslogs.")
    d.add_paragraph("Beslut: Kommunfullmäktige beslutar att godkänna årsredovisning 2024 för Norsjö kommun.")
    d.add_heading("§ 35 Ansvarsfrihet för 2024", level=2)
    d.add_paragraph("Revisorerna tillstyrker i revisionsberättelsen att ansvarsfrihet beviljas. Ledamöter som själva är föremål för ansvarsprövning deltar inte i beslutet.")
    d.add_paragraph("Beslut: Kommunfullmäktige beviljar kommunstyrelsen, barn- och utbildningsnämnden, socialnämnden och miljö- och byggnämnden samt de enskilda ledamöterna i dessa organ ansvarsfrihet för 2024.")
    d.add_heading("§ 36 Ombudgetering av investeringsmedel från 2024 till 2025", level=2)
    d.add_paragraph("Kommunstyrelsen föreslår att outnyttjade investeringsmedel för två projekt som försenats förs över till 2025 enligt tabellen nedan.")
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Projekt", "Budget 2024, tkr", "Utfall 2024, tkr", "Överförs till 2025, tkr"]):
        t.rows[0].cells[i].text = h
    for name, b, u, o in OMB:
        cells = t.add_row().cells
        for i, v in enumerate([name, fmt(b, 0), fmt(u, 0), fmt(o, 0)]):
            cells[i].text = v
    cells = t.add_row().cells
    for i, v in enumerate(["Summa", fmt(sum(x[1] for x in OMB), 0), fmt(sum(x[2] for x in OMB), 0), fmt(sum(x[3] for x in OMB), 0)]):
        cells[i].text = v
    d.add_paragraph("Beslut: Kommunfullmäktige beslutar att föra över 1 600 tkr av outnyttjade investeringsmedel till 2025 års investeringsbudget.")
    d.add_heading("§ 37 Motion om gratis kollektivtrafik för pensionärer", level=2)
    d.add_paragraph("Lena Marklund (V) har i en motion föreslagit att invånare över 75 år ska få åka gratis med länstrafiken inom kommunen. Kostnaden har beräknats till 310 000 kronor per år.")
    d.add_paragraph("Beslut: Kommunfullmäktige beslutar att avslå motionen med hänvisning till kommunens ekonomiska läge. Reservation: Lena Marklund (V) och Tomas Nyström (S) reserverar sig mot beslutet.")
    d.add_heading("§ 38 Fyllnadsval av ersättare i socialnämnden", level=2)
    d.add_paragraph("Beslut: Kommunfullmäktige väljer Sara Holmberg (S) till ersättare i socialnämnden för tiden till och med 2026-12-31.")
    d.add_paragraph("Vid protokollet\nElin Forsberg\n\nOrdförande\nMargareta Lindgren (C)")
    d.core_properties.created = d.core_properties.modified = __import__("datetime").datetime(2025, 4, 30, 10, 0)
    d.save(DOCX_F)


def build():
    for f in (HTML_F, XLSX_F):
        os.makedirs(os.path.dirname(f), exist_ok=True)
    html(); txt(); md(); xlsx(); docx_()


if __name__ == "__main__":
    build()
    print("ok")
