"""HTML, XLSX, TXT (Enköping) and DOCX, MD (Arjeplog)."""
import datetime
from decimal import Decimal as D
from common import sv
from data import E, A

FIXED = datetime.datetime(2026, 9, 18, 10, 0, 0)


def html(path):
    rows = []
    for grp, names in E["b26_groups"]:
        for i, n in enumerate(names):
            k, inn, net = E["b26"][n]
            first = f'<th scope="rowgroup" rowspan="{len(names)}">{grp}</th>' if i == 0 else ""
            rows.append(f"        <tr>{first}<td>{n}</td><td>{sv(k)}</td><td>{sv(inn)}</td><td>{sv(net)}</td><td>{sv(E['b26_chg'][n])}</td></tr>")
    tk = sum(v[0] for v in E["b26"].values()); ti = sum(v[1] for v in E["b26"].values()); tn = sum(v[2] for v in E["b26"].values())
    rows.append(f'        <tr class="sum"><th colspan="2">Summa facknämnder</th><td>{sv(tk)}</td><td>{sv(ti)}</td><td>{sv(tn)}</td><td></td></tr>')
    body = "\n".join(rows)
    page = f"""<!DOCTYPE html>
<html lang="sv">
<head>
  <meta charset="utf-8">
  <title>Budget 2026 – så används dina skattepengar - Enköpings kommun</title>
  <link rel="stylesheet" href="/static/css/site.css">
  <script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}}</script>
  <style>.cookie{{position:fixed;bottom:0}} table.budget td{{text-align:right}}</style>
</head>
<body>
  <div class="cookie" id="cookie-banner" role="dialog" aria-label="Kakor">
    <p>Vi använder kakor (cookies) för att förbättra webbplatsen och för besöksstatistik. Du kan själv välja vilka kakor du godkänner.</p>
    <button>Godkänn alla kakor</button> <button>Endast nödvändiga</button> <a href="/om-webbplatsen/kakor">Läs mer om kakor</a>
  </div>
  <header class="site-header">
    <a class="skip" href="#main">Till innehåll</a>
    <a href="/" class="logo"><img src="/static/img/enkoping-logo.svg" alt="Enköpings kommun – startsida"></a>
    <nav aria-label="Huvudmeny">
      <ul>
        <li><a href="/barn-och-utbildning">Barn och utbildning</a></li>
        <li><a href="/omsorg-och-stod">Omsorg och stöd</a></li>
        <li><a href="/bygga-bo-och-miljo">Bygga, bo och miljö</a></li>
        <li><a href="/kultur-och-fritid">Kultur och fritid</a></li>
        <li><a href="/naringsliv-och-arbete">Näringsliv och arbete</a></li>
        <li><a href="/kommun-och-politik">Kommun och politik</a></li>
      </ul>
    </nav>
    <form role="search" action="/sok"><input type="search" name="q" placeholder="Sök på enkoping.se"><button>Sök</button></form>
  </header>
  <nav class="breadcrumbs" aria-label="Du är här"><a href="/">Start</a> / <a href="/kommun-och-politik">Kommun och politik</a> / <a href="/kommun-och-politik/ekonomi">Ekonomi</a> / Budget 2026</nav>
  <main id="main">
    <article>
      <h1>Budget 2026 – så används dina skattepengar</h1>
      <p class="ingress">Kommunfullmäktige beslutade den 17 november 2025 om Enköpings kommuns budget för 2026. Budgeten innebär ett planerat resultat på {sv(E['b26_result'])} miljoner kronor och en oförändrad skattesats på 22,04 kronor.</p>
      <p>Den största delen av pengarna går till barn- och utbildningsnämnden och vård- och omsorgsnämnden. Tillsammans står de för mer än hälften av facknämndernas nettokostnader. Socialnämnden får den största procentuella ökningen jämfört med budget 2025, för att möta fler placeringar och ett ökat behov av ekonomiskt bistånd.</p>
      <h2>Facknämndernas budget 2026</h2>
      <table class="budget">
        <caption>Budget 2026 per nämnd, miljoner kronor. Förändringen avser nettokostnaden jämfört med budget 2025.</caption>
        <thead>
          <tr><th rowspan="2">Område</th><th rowspan="2">Nämnd</th><th colspan="3">Budget 2026, mnkr</th><th rowspan="2">Förändring mot budget 2025, %</th></tr>
          <tr><th>Kostnader</th><th>Intäkter</th><th>Nettokostnad</th></tr>
        </thead>
        <tbody>
{body}
        </tbody>
      </table>
      <h2>Investeringar</h2>
      <p>Investeringsbudgeten för 2026 uppgår till 512 miljoner kronor, varav 236 miljoner kronor avser vatten och avlopp. De största projekten är reningsverkets etapp 2 och den nya grundskolan i Fanna.</p>
      <h2>Hur räknas budgeten fram?</h2>
      <p>Varje år beslutar kommunfullmäktige om en budget för det kommande året och en plan för ytterligare två år. Budgeten bygger på prognoser för skatteintäkter och befolkningsutveckling. Nämnderna får en ram som de sedan fördelar på sina verksamheter.</p>
      <p class="updated">Sidan uppdaterades 2 december 2025</p>
    </article>
    <aside>
      <h2>Relaterat</h2>
      <ul><li><a href="/kommun-och-politik/ekonomi/arsredovisning">Årsredovisning</a></li><li><a href="/kommun-och-politik/ekonomi/delarsrapport">Delårsrapport</a></li></ul>
    </aside>
  </main>
  <footer class="site-footer">
    <p>Enköpings kommun, 745 80 Enköping. Telefon 0171-62 50 00. E-post: kommunen@enkoping.se</p>
    <p><a href="/om-webbplatsen/tillganglighetsredogorelse">Tillgänglighetsredogörelse</a> · <a href="/om-webbplatsen/personuppgifter">Personuppgifter</a> · <a href="/om-webbplatsen/kakor">Kakor</a></p>
    <p>© Enköpings kommun</p>
  </footer>
  <script src="/static/js/site.js"></script>
</body>
</html>
"""
    open(path, "w", encoding="utf-8").write(page)


def xlsx(path):
    from openpyxl import Workbook
    from openpyxl.styles import Font
    wb = Workbook()
    ws = wb.active
    ws.title = "Prognos augusti 2026"
    ws.append(["Ekonomisk uppföljning per nämnd, januari–augusti 2026 (tkr)"])
    ws["A1"].font = Font(bold=True, size=12)
    ws.append(["Enköpings kommun, kommunledningsförvaltningen. Avvikelse = budget minus prognos; negativt tal = underskott."])
    ws.append([])
    ws.append(["Nämnd", "Budget 2026", "Utfall jan–aug 2026", "Prognos helår 2026", "Avvikelse prognos mot budget"])
    for c in ws[4]:
        c.font = Font(bold=True)
    for n, (b, u, p) in E["aug"].items():
        ws.append([n, b, u, p, E["aug_dev"][n]])
    s = E["aug_sum"]
    ws.append(["Summa nämnder", s[0], s[1], s[2], s[0] - s[2]])
    ws.cell(row=ws.max_row, column=1).font = Font(bold=True)
    for row in ws.iter_rows(min_row=5, min_col=2, max_col=5):
        for c in row:
            c.number_format = "# ##0;-# ##0"
    ws.column_dimensions["A"].width = 34
    for col in "BCDE":
        ws.column_dimensions[col].width = 18
    ws2 = wb.create_sheet("Kommentarer")
    ws2.append(["Nämnd", "Kommentar"])
    ws2.append(["Vård- och omsorgsnämnden", "Underskottet beror på fler hemtjänsttimmar och ökade kostnader för bemanning i särskilt boende."])
    ws2.append(["Socialnämnden", "Fler placeringar av barn och unga samt ökat ekonomiskt bistånd."])
    ws2.append(["Kommunstyrelsen", "Överskott till följd av vakanser och anställningsstopp inom administrationen."])
    ws2.column_dimensions["B"].width = 90
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "Enköpings kommun"
    wb.save(path)


def txt(path):
    sn_dev = E["fack"]["Socialnämnden"][2] - E["fack"]["Socialnämnden"][1]
    s = f"""Pressmeddelande från Enköpings kommun

Årsredovisningen 2025: Överskott trots underskott i socialtjänsten

Publicerad 14 april 2026

Enköpings kommun redovisar ett överskott på {sv(E['result'][2])} miljoner kronor för 2025. Det är {sv(E['result'][2]-E['result'][1])} miljoner kronor bättre än budget. Kommunstyrelsen behandlade årsredovisningen på sitt sammanträde den 7 april och den behandlas av kommunfullmäktige den 20 april.

Resultatet förklaras främst av högre skatteintäkter och generella statsbidrag. Flera nämnder har dock haft svårt att hålla sina budgetar. Socialnämnden redovisar ett underskott på {sv(-sn_dev)} miljoner kronor och vård- och omsorgsnämnden ett underskott på {sv(-(E['fack']['Vård- och omsorgsnämnden'][2]-E['fack']['Vård- och omsorgsnämnden'][1]))} miljoner kronor.

– Vi har ett stabilt resultat, men vi ser att kostnaderna för socialtjänsten ökar snabbt. Därför har vi redan fattat beslut om åtgärder för 2026, säger Karin Ekwall (M), kommunstyrelsens ordförande.

Investeringarna blev lägre än planerat. Kommunen investerade för {sv(E['nettoinv'])} miljoner kronor, jämfört med en budget på {sv(E['inv_sum'][0])} miljoner kronor. Den största förklaringen är att utbyggnaden av reningsverket har försenats.

Kommunens soliditet sjönk något, från {sv(E['soliditet'][0])} till {sv(E['soliditet'][1])} procent, eftersom låneskulden ökade med 150 miljoner kronor.

Fakta: Enköpings kommun 2025
- Antal invånare 31 december: 47 398
- Årets resultat: {sv(E['result'][2])} miljoner kronor
- Nettoinvesteringar: {sv(E['nettoinv'])} miljoner kronor
- Antal tillsvidareanställda: {sv(E['pers_sum'][1],0)}

För mer information, kontakta:
Johan Sandberg, ekonomichef, telefon 0171-62 50 00
Karin Ekwall (M), kommunstyrelsens ordförande
"""
    open(path, "w", encoding="utf-8").write(s)


def docx(path):
    from docx import Document
    from docx.shared import Pt
    doc = Document()
    cp = doc.core_properties
    cp.created = datetime.datetime(2026, 11, 27, 9, 0, 0)
    cp.modified = datetime.datetime(2026, 11, 27, 9, 0, 0)
    cp.author = "Arjeplogs kommun"
    cp.last_modified_by = "Arjeplogs kommun"
    cp.revision = 1
    doc.add_heading("PROTOKOLL", level=1)
    doc.add_paragraph("Kommunfullmäktige, Arjeplogs kommun")
    doc.add_paragraph("Sammanträdesdatum: 2026-11-23")
    doc.add_paragraph("Plats och tid: Sessionssalen, kommunhuset i Arjeplog, kl. 10.00–15.40")
    doc.add_paragraph("Beslutande: 21 ledamöter enligt bifogad närvarolista. Ordförande: Britt Lundmark (S). Sekreterare: Maja Rensfeldt.")
    doc.add_paragraph("Justerare: Per-Olof Granström (C) och Eva Stenlund (V). Justeringens plats och tid: kommunkansliet 2026-11-26.")
    doc.add_heading("§ 87 Val av justerare", level=2)
    doc.add_paragraph("Kommunfullmäktige utser Per-Olof Granström (C) och Eva Stenlund (V) att jämte ordföranden justera dagens protokoll.")
    doc.add_heading("§ 88 Budget 2027 och flerårsplan 2028–2029", level=2)
    doc.add_paragraph("Dnr KS 2026/212")
    doc.add_paragraph("Ärendebeskrivning")
    doc.add_paragraph(f"Kommunstyrelsen har den 9 november 2026 föreslagit kommunfullmäktige att fastställa budget 2027 och flerårsplan "
                      f"2028–2029. Förslaget innebär ett resultat för 2027 på {sv(A['result'][3],0)} tkr och en oförändrad skattesats om "
                      f"{sv(A['skattesats'],2)} kronor. Nämndernas ramar framgår av tabellen nedan.")
    tbl = doc.add_table(rows=1, cols=4)
    tbl.style = "Table Grid"
    hdr = tbl.rows[0].cells
    for c, tx in zip(hdr, ["Nämnd", "Ram 2027, tkr", "Plan 2028, tkr", "Plan 2029, tkr"]):
        c.text = tx
    for n, s in A["ram_names"]:
        v = A["secsum"][s]
        r = tbl.add_row().cells
        for c, tx in zip(r, [n, sv(-v[3], 0), sv(-v[4], 0), sv(-v[5], 0)]):
            c.text = tx
    r = tbl.add_row().cells
    for c, tx in zip(r, ["Summa nämnder", sv(-A["namnder"][3], 0), sv(-A["namnder"][4], 0), sv(-A["namnder"][5], 0)]):
        c.text = tx
    doc.add_paragraph("Yrkanden")
    doc.add_paragraph("Lars-Åke Nilsson (S) yrkar bifall till kommunstyrelsens förslag.")
    doc.add_paragraph("Eva Stenlund (V) yrkar att socialnämndens ram för 2027 utökas med 1,5 miljoner kronor för att anställa fler "
                      "undersköterskor i hemtjänsten, finansierat genom en minskning av kommunstyrelsens ram med motsvarande belopp.")
    doc.add_paragraph("Per-Olof Granström (C) yrkar bifall till kommunstyrelsens förslag med tillägget att kommunstyrelsen ska "
                      "återkomma med en plan för att återställa 2026 års underskott senast i juni 2027.")
    doc.add_paragraph("Propositionsordning och votering")
    doc.add_paragraph("Ordföranden ställer kommunstyrelsens förslag mot Eva Stenlunds yrkande och finner att fullmäktige bifallit "
                      "kommunstyrelsens förslag. Votering begärs och verkställs. Med 15 ja-röster mot 6 nej-röster beslutar "
                      "kommunfullmäktige enligt kommunstyrelsens förslag. Därefter bifaller fullmäktige Per-Olof Granströms tilläggsyrkande.")
    doc.add_paragraph("Beslut")
    doc.add_paragraph("Kommunfullmäktige beslutar att fastställa budget 2027 och flerårsplan 2028–2029 enligt kommunstyrelsens förslag, "
                      "att skattesatsen för 2027 ska vara oförändrad 24,15 kronor, att kommunstyrelsen ska återkomma med en plan för att "
                      "återställa 2026 års underskott senast i juni 2027, samt att ge kommunstyrelsen rätt att under 2027 nyupplåna "
                      "högst 12 miljoner kronor.")
    doc.add_paragraph("Reservation: Vänsterpartiets ledamöter reserverar sig mot beslutet till förmån för eget yrkande.")
    doc.add_heading("§ 89 Taxor för vatten, avlopp och avfall 2027", level=2)
    doc.add_paragraph("Kommunfullmäktige beslutar att höja VA-taxan med 6 procent och avfallstaxan med 5 procent från den 1 januari 2027. "
                      "Brukningsavgiften för en normalvilla blir därmed 10 430 kronor per år.")
    doc.add_heading("§ 90 Medborgarförslag om belysning vid Skeppsviken", level=2)
    doc.add_paragraph("Ett medborgarförslag om belysning längs gångvägen vid Skeppsviken har kommit in. Kommunfullmäktige beslutar att "
                      "överlämna förslaget till kommunstyrelsen för beredning. Kostnaden har preliminärt bedömts till 350 000 kronor.")
    doc.add_paragraph("Vid protokollet: Maja Rensfeldt, sekreterare")
    doc.save(path)


def md(path):
    s = f"""# Budget 2027 i korthet

*Arjeplogs kommun, uppdaterad 25 november 2026*

Kommunfullmäktige antog den 23 november 2026 budgeten för 2027 och flerårsplanen för 2028–2029. Här är det viktigaste i korthet.

## Resultat och skatt

- Budgeten ger ett överskott på 3,2 miljoner kronor för 2027.
- Skattesatsen är oförändrad, 24,15 kronor per hundralapp i kommunalskatt.
- För 2026 pekar prognosen på ett underskott på 4,85 miljoner kronor som ska återställas.

## Var går pengarna?

Socialnämnden är den största nämnden med en ram på 133,7 miljoner kronor. Barn- och utbildningsnämnden får 86,7 miljoner kronor och kommunstyrelsen 84,7 miljoner kronor.

| Nämnd | Ram 2027, mnkr |
|---|---|
| Socialnämnden | 133,7 |
| Barn- och utbildningsnämnden | 86,7 |
| Kommunstyrelsen | 84,7 |
| Politisk verksamhet | 4,7 |

## Investeringar

Kommunen investerar för 27,8 miljoner kronor under 2027. Den största satsningen är en ny förskola i tätorten, där 8,5 miljoner kronor investeras under 2027 och resten under 2028. Dessutom läggs 4,5 miljoner kronor på att byta ut gamla VA-ledningar.

## Vad händer med avgifterna?

VA-taxan höjs med 6 procent och avfallstaxan med 5 procent. För en normalvilla innebär det att VA-avgiften ökar med 590 kronor per år.

## Frågor?

Kontakta ekonomichef Helena Lindahl på telefon 0961-140 00.
"""
    open(path, "w", encoding="utf-8").write(s)
