"""Karlshamns kommun (mid-sized, Blekinge): årsredovisning 2023 PDF, HTML, DOCX protokoll, XLSX, press release."""
from decimal import Decimal as D

import docx
import openpyxl
from docx.shared import Pt
from openpyxl.styles import Font

from common import Doc, fix_zip, fmt, q

MUNI = "Karlshamns kommun"

# resultaträkning, mnkr: utfall 2023, utfall 2022, budget 2023
RR = {
    "intakter": [D("512.6"), D("478.9"), D("455.0")],
    "kostnader": [D("-2614.8"), D("-2455.3"), D("-2540.2")],
    "avskr": [D("-98.7"), D("-91.2"), D("-101.5")],
    "skatt": [D("1684.3"), D("1598.7"), D("1672.0")],
    "bidrag": [D("571.9"), D("532.4"), D("566.5")],
    "finint": [D("18.4"), D("14.6"), D("12.0")],
    "finkost": [D("-24.9"), D("-12.8"), D("-20.5")],
}
NK = [a + b + c for a, b, c in zip(RR["intakter"], RR["kostnader"], RR["avskr"])]
VR = [n + s + b for n, s, b in zip(NK, RR["skatt"], RR["bidrag"])]
RES = [v + i + k for v, i, k in zip(VR, RR["finint"], RR["finkost"])]

# driftredovisning 2023, mnkr: (nämnd, budget, utfall, [varav (name, budget, utfall)])
DRIFT = [
    ("Kommunstyrelsen", D("268.4"), D("259.7"), [("Kommunledningsförvaltningen", D("141.2"), D("135.9")),
                                                  ("Räddningstjänst", D("62.5"), D("61.8")),
                                                  ("Arbetsmarknad och integration", D("64.7"), D("62.0"))]),
    ("Barn- och utbildningsnämnden", D("912.6"), D("921.3"), [("Förskola", D("238.4"), D("236.1")),
                                                              ("Grundskola", D("462.9"), D("471.5")),
                                                              ("Gymnasieskola", D("211.3"), D("213.7"))]),
    ("Socialnämnden", D("845.2"), D("871.6"), [("Äldreomsorg", D("468.0"), D("479.4")),
                                               ("Funktionsstöd", D("221.7"), D("224.5")),
                                               ("Individ- och familjeomsorg", D("155.5"), D("167.7"))]),
    ("Kultur- och fritidsnämnden", D("78.9"), D("77.4"), []),
    ("Miljö- och byggnadsnämnden", D("14.6"), D("13.2"), []),
    ("Tekniska nämnden", D("96.3"), D("94.8"), []),
    ("Överförmyndarnämnden", D("6.1"), D("6.6"), []),
    ("Kommunfullmäktige och revision", D("9.8"), D("9.1"), []),
]
DR_SUM = (sum(x[1] for x in DRIFT), sum(x[2] for x in DRIFT))

INV = [  # projekt, nämnd, budget 2023, utfall 2023 (mnkr)
    ("Ny förskola Mörrum (Väggaparken)", "TN", D("38.0"), D("31.4")),
    ("Ombyggnad Väggaskolan", "TN", D("24.5"), D("26.9")),
    ("Simhallen, renovering", "TN", D("18.0"), D("9.7")),
    ("Gator, vägar och broar", "TN", D("21.6"), D("19.8")),
    ("Hamnen, kaj 4", "KS", D("15.0"), D("12.2")),
    ("IT-investeringar", "KS", D("8.2"), D("6.9")),
    ("Inventarier och välfärdsteknik", "SN", D("7.5"), D("5.8")),
    ("Inventarier skola och förskola", "BUN", D("6.8"), D("7.1")),
    ("Övriga projekt", "", D("22.4"), D("16.6")),
]
INV_SUM = (sum(x[2] for x in INV), sum(x[3] for x in INV))

# budget 2025 per nämnd (mnkr): budget 2024, budget 2025
B25 = [
    ("Kommunstyrelsen", D("281.5"), D("292.0")),
    ("Barn- och utbildningsnämnden", D("951.2"), D("978.4")),
    ("Socialnämnden", D("902.7"), D("941.3")),
    ("Kultur- och fritidsnämnden", D("81.6"), D("83.9")),
    ("Miljö- och byggnadsnämnden", D("15.2"), D("15.8")),
    ("Tekniska nämnden", D("99.8"), D("102.5")),
    ("Överförmyndarnämnden", D("6.4"), D("6.7")),
    ("Kommunfullmäktige och revision", D("10.3"), D("10.6")),
]

BEF = [(2018, 32468), (2019, 32415), (2020, 32385), (2021, 32312), (2022, 32295), (2023, 32218), (2024, 32146)]
SKATT = [(2019, D("22.01"), 57160), (2020, D("22.01"), 58740), (2021, D("22.01"), 60710),
         (2022, D("22.01"), 64020), (2023, D("22.01"), 68310), (2024, D("22.26"), 72480), (2025, D("22.26"), None)]


def ar_pdf(path):
    pdf = Doc(MUNI, "Årsredovisning 2023")
    pdf.add_page()
    pdf.ln(45)
    pdf.set_font("DejaVu", "B", 30)
    pdf.multi_cell(0, 14, "Årsredovisning 2023", align="C")
    pdf.set_font("DejaVu", "", 14)
    pdf.multi_cell(0, 9, "Karlshamns kommun", align="C")
    pdf.set_font("DejaVu", "", 10)
    pdf.ln(8)
    pdf.multi_cell(0, 6, "Godkänd av kommunfullmäktige 2024-04-22, § 61", align="C")

    pdf.add_page()
    pdf.h1("Ordföranden har ordet")
    pdf.para("2023 blev ett år då inflation och höjda räntor satte press på både hushåll och kommunens "
             f"ekonomi. Ändå kan vi redovisa ett positivt resultat på {fmt(RES[0])} miljoner kronor, vilket är "
             f"{fmt(RES[0] - RES[2])} miljoner kronor bättre än budget.")
    pdf.para("Den stora utmaningen är socialnämnden, som redovisar ett underskott på 26,4 miljoner kronor. "
             "Kostnaderna för placeringar inom individ- och familjeomsorgen har ökat kraftigt och vi har "
             "under hösten beslutat om en handlingsplan för att vända utvecklingen.")
    pdf.para("Under året invigdes den nya förskolan i Mörrum och arbetet med kaj 4 i hamnen gick in i "
             "sitt slutskede. Vi har också fattat beslut om att bygga ett nytt vattenverk, en investering "
             "på cirka 450 miljoner kronor som genomförs av det kommunala bolaget.")
    pdf.para("Ett stort tack till alla medarbetare för ert arbete under 2023.")
    pdf.para("Karlshamn i mars 2024\n\nElin Bergkvist (S)\nKommunstyrelsens ordförande")

    pdf.add_page()
    pdf.h1("Förvaltningsberättelse")
    pdf.h2("Fem år i sammandrag")
    pdf.caption("Kommunen, belopp i mnkr om inget annat anges")
    five = [
        ["Invånare 31 december", "32 385", "32 312", "32 295", "32 218", "32 218"],
        ["Skattesats, kr", "22,01", "22,01", "22,01", "22,01", "22,01"],
        ["Verksamhetens nettokostnad", "1 902,3", "1 961,8", "2 067,6", "2 200,9", "2 200,9"],
        ["Årets resultat", "58,7", "104,2", fmt(RES[1], 1, "paren"), fmt(RES[0], 1, "paren"),
         fmt(RES[0], 1, "paren")],
        ["Nettoinvesteringar", "142,8", "161,5", "188,0", fmt(INV_SUM[1]), fmt(INV_SUM[1])],
        ["Soliditet, %", "45,8", "46,9", "46,4", "46,4", "46,4"],
        ["Långfristig låneskuld", "610,0", "630,0", "690,0", "760,0", "760,0"],
        ["Antal tillsvidareanställda", "2 614", "2 641", "2 668", "2 702", "2 702"],
    ]
    five = [r[:5] for r in five]
    pdf.table(["", "2020", "2021", "2022", "2023"], five, [80, 25, 25, 25, 25])
    pdf.h2("Väsentliga händelser")
    pdf.para("Kommunfullmäktige beslutade i juni 2023 att höja skattesatsen med 25 öre till 22,26 kronor "
             "från och med 2024. Skattehöjningen beräknas ge cirka 18 miljoner kronor per år i ökade "
             "intäkter.")
    pdf.para("Kommunen har under året tagit emot riktade statsbidrag på sammanlagt 142,6 miljoner kronor, "
             "varav 38,1 miljoner kronor avser äldreomsorgslyftet och andra satsningar inom äldreomsorgen.")
    pdf.para("Befolkningen minskade med 77 personer och uppgick vid årets slut till 32 218 invånare. "
             "Antalet födda var 289 och antalet avlidna 371.")
    pdf.h2("Balanskravsresultat")
    pdf.para("Årets resultat efter balanskravsjusteringar uppgår till 44,1 miljoner kronor. Realisations"
             "vinster vid försäljning av fastigheter har räknats bort med 4,7 miljoner kronor. Kommunen har "
             "inga underskott från tidigare år att återställa.")

    pdf.add_page()
    pdf.h1("Resultaträkning")
    pdf.caption("Belopp i miljoner kronor (mnkr). Negativa belopp anges inom parentes.")
    rows = []
    def r(lbl, note, v, bold=False):
        cells = [lbl, note] + [fmt(x, 1, "paren") for x in v] + [fmt(v[0] - v[2], 1, "paren")]
        rows.append(("bold", cells) if bold else cells)
    r("Verksamhetens intäkter", "2", RR["intakter"])
    r("Verksamhetens kostnader", "3", RR["kostnader"])
    r("Avskrivningar", "4", RR["avskr"])
    r("Verksamhetens nettokostnader", "", NK, True)
    r("Skatteintäkter", "5", RR["skatt"])
    r("Generella statsbidrag och utjämning", "6", RR["bidrag"])
    r("Verksamhetens resultat", "", VR, True)
    r("Finansiella intäkter", "7", RR["finint"])
    r("Finansiella kostnader", "8", RR["finkost"])
    r("Resultat efter finansiella poster", "", RES, True)
    r("Årets resultat", "", RES, True)
    pdf.table(["", "Not", "Utfall 2023", "Utfall 2022", "Budget 2023", "Avvikelse mot budget"], rows,
              [62, 12, 26, 26, 26, 28], align=["LEFT", "CENTER"] + ["RIGHT"] * 4)
    pdf.para("Verksamhetens nettokostnader ökade med 6,4 procent jämfört med 2022, medan skatteintäkter och "
             "generella statsbidrag ökade med 5,9 procent.")

    pdf.add_page()
    pdf.h1("Balansräkning")
    pdf.caption("Belopp i mnkr, per den 31 december")
    bal = [
        ("section", "Tillgångar"),
        ["Materiella anläggningstillgångar", "9", "2 318,4", "2 201,7"],
        ["Finansiella anläggningstillgångar", "10", "142,6", "142,6"],
        ("bold", ["Summa anläggningstillgångar", "", "2 461,0", "2 344,3"]),
        ["Fordringar", "11", "286,3", "271,9"],
        ["Kassa och bank", "12", "98,5", "121,4"],
        ("bold", ["Summa omsättningstillgångar", "", "384,8", "393,3"]),
        ("bold", ["Summa tillgångar", "", "2 845,8", "2 737,6"]),
        ("section", "Eget kapital, avsättningar och skulder"),
        ["Eget kapital", "13", "1 320,4", "1 271,6"],
        ["Avsättningar", "14", "152,7", "144,9"],
        ["Långfristiga skulder", "15", "760,0", "690,0"],
        ["Kortfristiga skulder", "16", "612,7", "631,1"],
        ("bold", ["Summa eget kapital, avsättningar och skulder", "", "2 845,8", "2 737,6"]),
    ]
    pdf.table(["", "Not", "2023-12-31", "2022-12-31"], bal, [96, 14, 30, 30],
              align=["LEFT", "CENTER", "RIGHT", "RIGHT"])

    pdf.add_page()
    pdf.h1("Driftredovisning")
    pdf.para("Driftredovisningen visar nämndernas nettokostnader jämfört med budget. Ett negativt belopp i "
             "kolumnen avvikelse innebär att nämnden har överskridit sin budget.")
    pdf.caption("Nettokostnad per nämnd 2023, mnkr")
    rows = []
    for n, bu, ut, sub in DRIFT:
        rows.append(("bold", [n, fmt(bu), fmt(ut), fmt(bu - ut, 1, "paren")]))
        for sn, sb, su in sub:
            rows.append([f"  varav {sn}", fmt(sb), fmt(su), fmt(sb - su, 1, "paren")])
    rows.append(("bold", ["Summa nämnder", fmt(DR_SUM[0]), fmt(DR_SUM[1]), fmt(DR_SUM[0] - DR_SUM[1], 1, "paren")]))
    pdf.table(["Nämnd", "Budget 2023", "Utfall 2023", "Avvikelse"], rows, [92, 28, 28, 28])
    pdf.para("Socialnämndens underskott förklaras till största delen av individ- och familjeomsorgen, där "
             "kostnaderna för externa placeringar av barn och unga blev 12,2 miljoner kronor högre än "
             "budgeterat. Barn- och utbildningsnämnden redovisar ett underskott på 8,7 miljoner kronor, "
             "främst inom grundskolan.")

    pdf.add_page()
    pdf.h1("Investeringsredovisning")
    pdf.caption("Investeringar 2023 per projekt, mnkr")
    rows = [[n, nm, fmt(b), fmt(u), fmt(b - u, 1, "paren")] for n, nm, b, u in INV]
    rows.append(("bold", ["Summa", "", fmt(INV_SUM[0]), fmt(INV_SUM[1]), fmt(INV_SUM[0] - INV_SUM[1], 1, "paren")]))
    pdf.table(["Projekt", "Nämnd", "Budget 2023", "Utfall 2023", "Avvikelse"], rows, [72, 18, 28, 28, 26],
              align=["LEFT", "CENTER", "RIGHT", "RIGHT", "RIGHT"])
    pdf.para("Ombyggnaden av Väggaskolan blev 2,4 miljoner kronor dyrare än budgeterat på grund av "
             "oförutsedda markarbeten. Renoveringen av simhallen har skjutits upp till 2024.")
    pdf.h2("Personal")
    pdf.para("Kommunen hade 2 702 tillsvidareanställda den 31 december 2023. Sjukfrånvaron uppgick till "
             "7,9 procent av ordinarie arbetstid, en minskning från 8,6 procent året innan. Personal"
             "kostnaderna uppgick till 1 642,5 miljoner kronor.")
    pdf.output(str(path))


def html_page(path):
    rows = ""
    tb = sum(x[1] for x in B25); tn = sum(x[2] for x in B25)
    for n, a, b in B25:
        rows += (f"      <tr><th scope=\"row\">{n}</th><td>{fmt(a)}</td><td>{fmt(b)}</td>"
                 f"<td>{fmt(b - a)}</td><td>{fmt(q((b - a) / a * 100))}</td></tr>\n")
    rows += (f"      <tr class=\"total\"><th scope=\"row\">Summa nämnder</th><td>{fmt(tb)}</td><td>{fmt(tn)}</td>"
             f"<td>{fmt(tn - tb)}</td><td>{fmt(q((tn - tb) / tb * 100))}</td></tr>\n")
    html = f"""<!doctype html>
<html lang="sv">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Budget och ekonomisk plan - Karlshamns kommun</title>
</head>
<body class="page-finance">
  <div class="cookiebar" role="dialog" aria-label="Cookies">
    <p>Karlshamn.se använder kakor. Nödvändiga kakor krävs för att webbplatsen ska fungera. Vi vill också
    använda analyskakor för att förbättra webbplatsen.</p>
    <button>Acceptera</button><button>Neka analyskakor</button><a href="/kakor">Inställningar</a>
  </div>
  <a class="skip" href="#content">Hoppa till innehållet</a>
  <header>
    <div class="brand">Karlshamns kommun</div>
    <ul class="topnav">
      <li><a href="/">Startsida</a></li>
      <li><a href="/omsorg-och-hjalp/">Omsorg och hjälp</a></li>
      <li><a href="/utbildning/">Utbildning och förskola</a></li>
      <li><a href="/bo-och-bygga/">Bo, bygga och miljö</a></li>
      <li><a href="/kultur-och-fritid/">Kultur och fritid</a></li>
      <li><a href="/kommun-och-politik/">Kommun och politik</a></li>
      <li><a href="/english/">In English</a></li>
    </ul>
  </header>
  <ol class="breadcrumb">
    <li><a href="/">Startsida</a></li>
    <li><a href="/kommun-och-politik/">Kommun och politik</a></li>
    <li><a href="/kommun-och-politik/ekonomi/">Kommunens ekonomi</a></li>
    <li>Budget och ekonomisk plan</li>
  </ol>
  <div id="content" class="content">
    <h1>Budget och ekonomisk plan</h1>
    <p class="lead">Kommunfullmäktige antog budget 2025 och ekonomisk plan för 2026–2027 den 11 november 2024.
    Budgeten innebär ett planerat resultat på 41,3 miljoner kronor för 2025.</p>
    <h2>Skattesats</h2>
    <p>Skattesatsen för 2025 är oförändrad på 22,26 kronor. Tillsammans med Region Blekinges skatt på
    11,69 kronor blir den sammanlagda skattesatsen 33,95 kronor.</p>
    <h2>Nämndernas budgetramar</h2>
    <table class="table-striped">
      <caption>Nettokostnadsramar per nämnd. Belopp i miljoner kronor.</caption>
      <thead>
        <tr><th rowspan="2" scope="col">Nämnd</th><th colspan="2" scope="colgroup">Budgetram</th><th colspan="2" scope="colgroup">Förändring</th></tr>
        <tr><th scope="col">2024</th><th scope="col">2025</th><th scope="col">mnkr</th><th scope="col">procent</th></tr>
      </thead>
      <tbody>
{rows}      </tbody>
    </table>
    <p>Investeringsbudgeten för 2025 uppgår till 236,0 miljoner kronor. Bland de största projekten finns
    ombyggnaden av simhallen (42,0 miljoner kronor) och en ny F–6-skola i Asarum (55,0 miljoner kronor).</p>
    <h2>Dokument</h2>
    <ul>
      <li><a href="/download/budget-2025.pdf">Budget 2025 och plan 2026–2027 (pdf, 3,1 MB)</a></li>
      <li><a href="/download/arsredovisning-2023.pdf">Årsredovisning 2023 (pdf, 5,4 MB)</a></li>
    </ul>
    <p class="updated">Publicerad: 2024-11-14<br>Senast uppdaterad: 2025-01-09</p>
    <p class="contact">Kontakt: Ekonomiavdelningen, ekonomi@karlshamn.se</p>
  </div>
  <footer>
    <p>Karlshamns kommun · 374 81 Karlshamn · Besöksadress: Rådhuset, Ronnebygatan 1</p>
    <p>Växel 0454-810 00 · kommunen@karlshamn.se</p>
    <p><a href="/om-webbplatsen/">Om webbplatsen</a> | <a href="/personuppgifter/">Personuppgifter</a></p>
  </footer>
</body>
</html>
"""
    path.write_text(html, encoding="utf-8")


def protokoll(path):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    d.core_properties.author = "Kommunledningsförvaltningen"
    d.core_properties.title = "Protokoll kommunstyrelsen 2024-04-09"
    from datetime import datetime
    d.core_properties.created = datetime(2024, 4, 10, 8, 0, 0)
    d.core_properties.modified = datetime(2024, 4, 10, 8, 0, 0)
    d.add_heading("SAMMANTRÄDESPROTOKOLL", level=1)
    d.add_paragraph("Kommunstyrelsen, Karlshamns kommun")
    d.add_paragraph("Plats och tid: Rådhuset, sessionssalen, tisdagen den 9 april 2024 kl. 13.00–16.40")
    d.add_paragraph("Justeringens plats och tid: Kommunledningsförvaltningen 2024-04-12")
    d.add_paragraph("Paragrafer: §§ 48–55")
    d.add_heading("Närvarande beslutande", level=2)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Namn", "Parti", "Funktion"]):
        c.text = h
    members = [
        ("Elin Bergkvist", "S", "Ordförande"), ("Tomas Lindahl", "M", "1:e vice ordförande"),
        ("Jenny Åkesson", "SD", "2:e vice ordförande"), ("Roger Holm", "S", "Ledamot"),
        ("Ann-Sofie Persson", "S", "Ledamot"), ("Mikael Strand", "C", "Ledamot"),
        ("Karin Wahlberg", "M", "Ledamot"), ("Patrik Nilsson", "SD", "Ledamot"),
        ("Lena Fors", "KD", "Ledamot"), ("Ahmed Khalil", "V", "Ledamot"),
        ("Sara Lindqvist", "L", "Ersättare för Jonas Ek (L)"),
    ]
    for m in members:
        cells = t.add_row().cells
        for c, v in zip(cells, m):
            c.text = v
    d.add_paragraph("Övriga närvarande: Anders Möller, kommundirektör; Helena Sjöberg, ekonomichef; "
                    "Cecilia Dahl, sekreterare.")
    d.add_paragraph("Utses att justera: Tomas Lindahl (M)")

    d.add_heading("§ 48 Val av justerare", level=2)
    d.add_paragraph("Kommunstyrelsen beslutar att utse Tomas Lindahl (M) att jämte ordföranden justera dagens protokoll.")

    d.add_heading("§ 49 Årsredovisning 2023 för Karlshamns kommun", level=2)
    d.add_paragraph("Dnr 2024/0188")
    d.add_paragraph(f"Ekonomiavdelningen har upprättat årsredovisning för 2023. Årets resultat uppgår till "
                    f"{fmt(RES[0])} miljoner kronor och balanskravsresultatet till 44,1 miljoner kronor. "
                    "Samtliga nämnder utom socialnämnden, barn- och utbildningsnämnden och "
                    "överförmyndarnämnden redovisar överskott mot budget.")
    d.add_paragraph("Beslut")
    d.add_paragraph("Kommunstyrelsen föreslår kommunfullmäktige att godkänna årsredovisningen för 2023.")

    d.add_heading("§ 50 Ombudgetering av investeringsmedel från 2023 till 2024", level=2)
    d.add_paragraph("Dnr 2024/0191")
    d.add_paragraph("Nämnderna har begärt att outnyttjade investeringsmedel från 2023 förs över till 2024 "
                    "för projekt som pågår. Ekonomiavdelningen föreslår att följande belopp ombudgeteras.")
    t2 = d.add_table(rows=1, cols=3)
    t2.style = "Table Grid"
    for c, h in zip(t2.rows[0].cells, ["Projekt", "Begärt, tkr", "Föreslaget, tkr"]):
        c.text = h
    omb = [("Ny förskola Mörrum (Väggaparken)", 6600, 6600), ("Simhallen, renovering", 8300, 8300),
           ("Hamnen, kaj 4", 2800, 2800), ("IT-investeringar", 1300, 800),
           ("Inventarier och välfärdsteknik", 1700, 1200)]
    for p, a, b in omb:
        cells = t2.add_row().cells
        for c, v in zip(cells, [p, fmt(a, 0), fmt(b, 0)]):
            c.text = v
    cells = t2.add_row().cells
    for c, v in zip(cells, ["Summa", fmt(sum(x[1] for x in omb), 0), fmt(sum(x[2] for x in omb), 0)]):
        c.text = v
    d.add_paragraph("Beslut")
    d.add_paragraph(f"Kommunstyrelsen beslutar att ombudgetera {fmt(sum(x[2] for x in omb), 0)} tkr från "
                    "2023 till 2024 enligt ekonomiavdelningens förslag.")

    d.add_heading("§ 51 Handlingsplan för ekonomi i balans – socialnämnden", level=2)
    d.add_paragraph("Dnr 2023/0977")
    d.add_paragraph("Socialnämnden har redovisat en handlingsplan för att minska underskottet. Planen "
                    "omfattar åtgärder på 14,5 miljoner kronor helårseffekt, bland annat utökad öppenvård för "
                    "barn och unga och en översyn av bemanningen inom hemtjänsten.")
    d.add_paragraph("Yrkanden")
    d.add_paragraph("Karin Wahlberg (M) yrkar att socialnämnden ska återrapportera till kommunstyrelsen "
                    "varannan månad. Ahmed Khalil (V) yrkar avslag på förslaget om översyn av bemanningen "
                    "inom hemtjänsten.")
    d.add_paragraph("Beslut")
    d.add_paragraph("Kommunstyrelsen beslutar att godkänna handlingsplanen och att socialnämnden ska "
                    "återrapportera varannan månad, med bifall till Karin Wahlbergs (M) yrkande.")
    d.add_paragraph("Reservation")
    d.add_paragraph("Ahmed Khalil (V) reserverar sig mot beslutet.")

    d.add_heading("§ 52 Försäljning av fastigheten Karlshamn Stärkelsen 3", level=2)
    d.add_paragraph("Dnr 2024/0102")
    d.add_paragraph("Näringslivsenheten har förhandlat fram ett avtal med Östersjö Logistik AB om försäljning "
                    "av fastigheten Stärkelsen 3 i Stilleryd för 6,2 miljoner kronor.")
    d.add_paragraph("Beslut")
    d.add_paragraph("Kommunstyrelsen föreslår kommunfullmäktige att godkänna köpeavtalet.")

    d.add_heading("§ 53 Tilläggsanslag för ökade energikostnader", level=2)
    d.add_paragraph("Dnr 2024/0205")
    d.add_paragraph("Tekniska nämnden begär tilläggsanslag på 3,5 miljoner kronor för ökade energikostnader "
                    "i kommunens lokaler.")
    d.add_paragraph("Beslut")
    d.add_paragraph("Kommunstyrelsen avslår begäran. Tekniska nämnden ska i första hand hantera "
                    "kostnadsökningarna inom befintlig ram.")

    d.add_heading("§ 54 Medborgarförslag om utegym i Svängsta", level=2)
    d.add_paragraph("Dnr 2023/0841")
    d.add_paragraph("Beslut")
    d.add_paragraph("Kommunstyrelsen föreslår kommunfullmäktige att bifalla medborgarförslaget. Kostnaden, "
                    "beräknad till 350 000 kronor, finansieras inom kultur- och fritidsnämndens "
                    "investeringsram 2025.")

    d.add_heading("§ 55 Anmälningsärenden", level=2)
    d.add_paragraph("Kommunstyrelsen beslutar att lägga anmälningsärendena till handlingarna.")
    d.add_paragraph("Vid protokollet: Cecilia Dahl, sekreterare")
    d.add_paragraph("Justeras: Elin Bergkvist (S), ordförande   Tomas Lindahl (M), justerare")
    d.save(str(path))
    fix_zip(path)


def xlsx(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Befolkning"
    ws["A1"] = "Karlshamns kommun – folkmängd 31 december 2018–2024"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Enhet: antal invånare. Källa: SCB"
    ws.append([])
    ws.append(["År", "Folkmängd", "Förändring"])
    for c in ws[4]:
        c.font = Font(bold=True)
    prev = None
    for y, n in BEF:
        ws.append([y, n, None if prev is None else n - prev])
        prev = n
    ws2 = wb.create_sheet("Skatt och kostnad")
    ws2["A1"] = "Skattesats och nettokostnad per invånare 2019–2025"
    ws2["A1"].font = Font(bold=True, size=13)
    ws2["A2"] = "Skattesats i kronor per 100 kr beskattningsbar inkomst; nettokostnad i kronor per invånare"
    ws2.append([])
    ws2.append(["År", "Kommunal skattesats (kr)", "Nettokostnad per invånare (kr)", "Anmärkning"])
    for c in ws2[4]:
        c.font = Font(bold=True)
    for y, s, n in SKATT:
        note = "Skattehöjning med 25 öre" if y == 2024 else ("Budget, utfall saknas" if y == 2025 else None)
        ws2.append([y, float(s), n, note])
    ws.column_dimensions["A"].width = 10
    ws2.column_dimensions["B"].width = 24
    ws2.column_dimensions["C"].width = 30
    wb.properties.creator = "Karlshamns kommun"
    from datetime import datetime
    wb.properties.created = datetime(2025, 1, 10)
    wb.properties.modified = datetime(2025, 1, 10)
    wb.save(str(path))
    fix_zip(path)


def press(path):
    txt = f"""PRESSMEDDELANDE
Karlshamns kommun, 2024-03-28

Karlshamn gör överskott på {fmt(RES[0])} miljoner kronor – men socialnämnden går back

Karlshamns kommun redovisar ett resultat på {fmt(RES[0])} miljoner kronor för 2023. Det framgår av
årsredovisningen som kommunstyrelsen behandlar den 9 april. Resultatet motsvarar 2,2 procent av
skatteintäkter och generella statsbidrag, vilket är något över kommunens mål på 2,0 procent.

– Vi har klarat ett tufft år med hög inflation och stigande räntor. Men underskottet inom
socialnämnden visar att vi behöver fortsätta arbeta med kostnaderna, säger kommunstyrelsens
ordförande Elin Bergkvist (S).

Investeringarna uppgick till {fmt(INV_SUM[1])} miljoner kronor, vilket är {fmt(INV_SUM[0] - INV_SUM[1])} miljoner
kronor lägre än budgeterat. Förskolan i Mörrum stod klar i augusti och har plats för 120 barn.

Kommunkoncernen, där bland annat Karlshamnsbostäder AB, Karlshamn Energi AB och Karlshamns Hamn AB
ingår, redovisar ett resultat på 132,5 miljoner kronor.

För mer information:
Helena Sjöberg, ekonomichef, 0454-810 42
Elin Bergkvist (S), kommunstyrelsens ordförande, 0454-810 01
"""
    path.write_text(txt, encoding="utf-8")


def build(out):
    out.mkdir(parents=True, exist_ok=True)
    ar_pdf(out / "karlshamn-arsredovisning-2023.pdf")
    html_page(out / "budget-och-ekonomisk-plan.html")
    protokoll(out / "ks-protokoll-2024-04-09.docx")
    xlsx(out / "befolkning-skatt-karlshamn.xlsx")
    press(out / "pressmeddelande-bokslut-2023.txt")
