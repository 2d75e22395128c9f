"""Tomelilla kommun: documents."""
import os
import docx
from docx.shared import Pt
import openpyxl
from common import Doc, fmt, fix_zip

INV = 13720
BASE = {
    "int": [268.4, 276.0, 281.5, 287.1, 292.8],
    "kost": [-1298.7, -1352.4, -1389.6, -1425.0, -1461.2],
    "avs": [-48.2, -51.0, -54.3, -57.1, -59.8],
    "skatt": [792.6, 823.1, 851.4, 880.2, 909.7],
    "bidr": [301.8, 318.5, 332.0, 340.6, 349.3],
    "finint": [6.2, 5.8, 5.0, 5.0, 5.0],
    "finkost": [-9.8, -12.1, -13.6, -15.2, -16.4],
}
def rb():
    b = BASE; n = 5
    nk = [round(b["int"][i] + b["kost"][i] + b["avs"][i], 1) for i in range(n)]
    vr = [round(nk[i] + b["skatt"][i] + b["bidr"][i], 1) for i in range(n)]
    ar = [round(vr[i] + b["finint"][i] + b["finkost"][i], 1) for i in range(n)]
    return nk, vr, ar

# Driftbudget, tkr: name, Budget 2024, Budget 2025, Plan 2026, Plan 2027
DRIFT = [
    ("Kommunstyrelsen", 118450, 124300, 127100, 129800),
    ("Barn- och utbildningsnämnden", 452600, 468900, 479300, 490100),
    ("Vård- och omsorgsnämnden", 398700, 421500, 436800, 451200),
    ("Samhällsbyggnadsnämnden", 61200, 63400, 64900, 66300),
    ("Kultur- och fritidsnämnden", 38900, 40100, 41000, 41900),
    ("Överförmyndarnämnden", 3100, 3200, 3300, 3400),
    ("Revisionen", 1900, 2000, 2100, 2100),
]
INVEST = [  # name, 2025, 2026, 2027 mnkr, total
    ("Särskilt boende Brösarp, 60 platser", 42.0, 55.0, 18.0),
    ("Ombyggnad Byavångsskolan", 21.5, 8.0, 0.0),
    ("Ny idrottshall Tomelilla", 12.0, 24.0, 6.0),
    ("Exploatering Norra Tomelilla", 8.5, 6.0, 4.0),
    ("Gator och belysning", 5.0, 5.0, 5.0),
    ("Fordon och maskiner", 2.5, 2.0, 2.0),
    ("IT och digitalisering", 4.5, 3.5, 3.5),
]


def budget_pdf(path):
    nk, vr, ar = rb()
    d = Doc("Budget 2025 och plan 2026–2027 | Tomelilla kommun")
    d.add_page()
    d.ln(65)
    d.set_font("D", "B", 26)
    d.multi_cell(0, 12, "Budget 2025\noch plan 2026–2027", align="C", new_x="LMARGIN", new_y="NEXT")
    d.set_font("D", "", 12)
    d.multi_cell(0, 7, "Tomelilla kommun\nBeslutad av kommunfullmäktige 2024-11-18", align="C", new_x="LMARGIN", new_y="NEXT")

    d.add_page()
    d.h1("Inledning")
    d.p("Tomelilla kommun växer. Under 2023 ökade befolkningen med 112 personer och den 31 december 2023 var vi "
        f"{fmt(INV, 0)} invånare. Det är glädjande, men det ställer också krav på nya förskoleplatser, skolor och bostäder "
        "för äldre.")
    d.p("Budgeten för 2025 innebär ett resultat på 12,4 miljoner kronor. Skattesatsen höjs inte utan ligger kvar på "
        "22,16 kronor. Vi prioriterar välfärdens kärna: skola, vård och omsorg. Vård- och omsorgsnämnden får ett "
        "tillskott på 22,8 miljoner kronor jämfört med budget 2024.")
    d.p("Vi genomför också den största investeringen i kommunens historia: ett nytt särskilt boende i Brösarp med 60 "
        "platser. Hela projektet beräknas kosta 115 miljoner kronor.")
    d.p("Per-Olof Lindqvist (M)\nKommunstyrelsens ordförande")

    d.add_page()
    d.h1("Omvärldsanalys")
    d.p("Den svenska ekonomin återhämtar sig långsamt efter lågkonjunkturen. Riksbanken har sänkt styrräntan flera gånger "
        "under 2024 och SKR räknar med att skatteunderlaget ökar med 4,1 procent 2025.")
    d.p("För Tomelilla innebär den demografiska utvecklingen att antalet personer över 80 år ökar med drygt 30 procent "
        "till 2032. Samtidigt minskar antalet barn i förskoleålder något.")
    d.p("Kommunens låneskuld uppgick till 612 miljoner kronor vid årsskiftet 2023/2024, varav 401 miljoner kronor avser "
        "det kommunala bostadsbolaget Tomelillabostäder AB.")

    d.add_page()
    d.h1("Mål och riktlinjer för god ekonomisk hushållning")
    d.p("Kommunfullmäktige har fastställt fyra inriktningsmål: Tomelilla ska vara en attraktiv plats att bo och verka på; "
        "barn och unga ska ges goda förutsättningar; äldre ska ha en trygg vardag; kommunen ska ha en hållbar ekonomi.")
    d.h2("Finansiella mål")
    d.p("Årets resultat ska uppgå till minst 1,5 procent av skatteintäkter och generella statsbidrag. Självfinansieringsgraden "
        "för investeringar ska vara minst 60 procent över planperioden. Nettokostnaderna får inte öka snabbare än skatteintäkter "
        "och statsbidrag.")
    d.p("Under 2025 når budgeten inte det finansiella resultatmålet: resultatet motsvarar 1,0 procent av skatter och "
        "bidrag. Målet om 1,5 procent beräknas nås först 2027.")

    d.add_page()
    d.h1("Budgetförutsättningar och prioriteringar")
    d.p("Budgeten bygger på SKR:s skatteprognos från oktober 2024 och en befolkning på 13 750 invånare den 1 november 2024.")
    d.p("Nämnderna kompenseras för löneökningar med 3,3 procent och för prisökningar med 2,0 procent. Utöver detta görs "
        "följande prioriteringar: 6,5 miljoner kronor till bemanning i hemtjänsten, 3,2 miljoner kronor till elevhälsan och "
        "850 000 kronor till sommarlovsaktiviteter.")
    d.p("Kommunstyrelsen har fått i uppdrag att minska kostnaderna för administration med 2,4 miljoner kronor genom "
        "digitalisering. Barn- och utbildningsnämnden ska effektivisera med 3,6 miljoner kronor genom en ny "
        "skolorganisation i Smedstorp och Onslunda.")
    d.p("Vård- och omsorgsnämnden hade ett underskott på -11,8 miljoner kronor 2023 och prognostiserar ett underskott "
        "även för 2024.")

    d.add_page()
    d.h1("Resultatbudget")
    B = BASE
    W = [62, 22, 22, 22, 22, 20]
    h = [["", "Bokslut", "Prognos", "Budget", "Plan", "Plan"], ["Mnkr", "2023", "2024", "2025", "2026", "2027"]]
    def row(l, v): return [l] + [fmt(x, neg="–") for x in v]
    rows = [row("Verksamhetens intäkter", B["int"]), row("Verksamhetens kostnader", B["kost"]),
            row("Avskrivningar", B["avs"]), row("Verksamhetens nettokostnader", nk),
            row("Skatteintäkter", B["skatt"]), row("Generella statsbidrag och utjämning", B["bidr"]),
            row("Verksamhetens resultat", vr), row("Finansiella intäkter", B["finint"]),
            row("Finansiella kostnader", B["finkost"]), row("Årets resultat", ar)]
    d.table(W, h, rows, caption="Resultatbudget, belopp i mnkr",
            bold_rows=("Verksamhetens nettokostnader", "Verksamhetens resultat", "Årets resultat"))
    d.small("Skatteintäkter beräknade med skattesats 22,16 kr och SKR:s prognos oktober 2024.")

    d.add_page()
    d.h1("Kassaflödesbudget")
    kf = [("Den löpande verksamheten", None), ("Årets resultat", [12.4, 15.6, 19.4]),
          ("Justering för av- och nedskrivningar", [54.3, 57.1, 59.8]),
          ("Summa löpande verksamhet", [66.7, 72.7, 79.2]),
          ("Investeringsverksamheten", None), ("Nettoinvesteringar", [-96.0, -103.5, -38.5]),
          ("Finansieringsverksamheten", None), ("Nyupptagna lån", [30.0, 30.0, 0.0]),
          ("Amortering", [0.0, 0.0, -20.0]),
          ("Årets kassaflöde", [0.7, -0.8, 20.7])]
    rows = [[l] + ([fmt(v, neg="()") for v in vals] if vals else ["", "", ""]) for l, vals in kf]
    d.table([80, 30, 30, 30], [["Mnkr", "Budget 2025", "Plan 2026", "Plan 2027"]], rows,
            caption="Kassaflödesbudget", bold_rows=("Summa löpande verksamhet", "Årets kassaflöde"))
    d.p("Självfinansieringsgraden för investeringarna 2025 uppgår till 69 procent.")

    d.add_page()
    d.h1("Driftbudget")
    d.p("Nämndernas ramar anges i tusentals kronor (tkr). Ramarna inkluderar kompensation för löne- och prisökningar.")
    rows = []
    for n, *v in DRIFT:
        rows.append([n] + [fmt(x, 0) for x in v])
    tot = [sum(x[i] for x in DRIFT) for i in (1, 2, 3, 4)]
    rows.append(["Summa nämnder"] + [fmt(x, 0) for x in tot])
    d.table([66, 26, 26, 26, 26], [["Nettokostnadsram", "Budget", "Budget", "Plan", "Plan"],
                                   ["Tkr", "2024", "2025", "2026", "2027"]], rows,
            caption="Driftbudget per nämnd", bold_rows=("Summa nämnder",))
    d.small("Avrundningsdifferenser kan förekomma. Kommungemensamma kostnader för pensioner redovisas under finansförvaltningen.")

    d.add_page()
    d.h1("Nämndernas verksamhet")
    for t, txt in [("Kommunstyrelsen", "Kommunstyrelsen leder och samordnar kommunens verksamhet. Kommundirektör är Anna-Karin Persson."),
                   ("Barn- och utbildningsnämnden", "Nämnden ansvarar för förskola, grundskola, gymnasieskola och vuxenutbildning. Ordförande är Malin Svensson (C)."),
                   ("Vård- och omsorgsnämnden", "Nämnden ansvarar för äldreomsorg, LSS och socialpsykiatri. Ordförande är Thomas Hansson (SD)."),
                   ("Samhällsbyggnadsnämnden", "Nämnden ansvarar för bygglov, miljötillsyn, gator och parker. Under 2025 startar detaljplanearbetet för Norra Tomelilla."),
                   ("Kultur- och fritidsnämnden", "Nämnden driver biblioteken, musikskolan och Tomelilla konsthall.")]:
        d.h2(t); d.p(txt)

    d.add_page(orientation="L")
    d.h1("Investeringsbudget 2025–2027")
    rows = []
    for n, a, b, c in INVEST:
        rows.append([n, fmt(a), fmt(b), fmt(c), fmt(round(a + b + c, 1))])
    tot = [round(sum(x[i] for x in INVEST), 1) for i in (1, 2, 3)]
    rows.append(["Summa investeringar"] + [fmt(x) for x in tot] + [fmt(round(sum(tot), 1))])
    d.table([120, 35, 35, 35, 35], [["Projekt (mnkr)", "Budget 2025", "Plan 2026", "Plan 2027", "Summa 2025–2027"]],
            rows, caption="Investeringsbudget, belopp i mnkr", bold_rows=("Summa investeringar",))
    d.small("Särskilt boende Brösarp: total projektbudget 115 mnkr inklusive inventarier och markarbeten.")
    d.add_page(orientation="P")
    d.h1("Bilaga: Specifikation av skatteintäkter")
    d.table([90, 30, 30], [["Mnkr", "Prognos 2024", "Budget 2025"]],
            [["Preliminär skatteinbetalning", "818,9", "846,2"], ["Slutavräkning föregående år", "4,2", "5,2"],
             ["Summa skatteintäkter", "823,1", "851,4"], ["Inkomstutjämning", "228,4", "236,9"],
             ["Kostnadsutjämning", "31,6", "33,8"], ["Regleringsbidrag", "14,2", "16,3"],
             ["LSS-utjämning", "21,9", "22,7"], ["Fastighetsavgift", "22,4", "22,3"],
             ["Summa generella statsbidrag och utjämning", "318,5", "332,0"]],
            caption="Skatteintäkter och generella statsbidrag",
            bold_rows=("Summa skatteintäkter", "Summa generella statsbidrag och utjämning"))
    d.output(path)


def delar_pdf(path):
    d = Doc("Tomelilla kommun – Delårsrapport januari–augusti 2024")
    d.add_page()
    d.ln(70)
    d.set_font("D", "B", 24)
    d.multi_cell(0, 12, "Delårsrapport\njanuari–augusti 2024", align="C", new_x="LMARGIN", new_y="NEXT")
    d.set_font("D", "", 12)
    d.multi_cell(0, 7, "Tomelilla kommun", align="C", new_x="LMARGIN", new_y="NEXT")
    d.add_page()
    d.h1("Sammanfattning")
    d.p("Resultatet för perioden januari–augusti 2024 uppgår till 28,4 miljoner kronor. Prognosen för helåret är ett "
        "resultat på 7,9 miljoner kronor, vilket är 4,1 miljoner kronor lägre än budget.")
    d.p("Nämnderna prognostiserar sammantaget ett underskott på 13,2 miljoner kronor. Underskottet finns främst inom "
        "vård- och omsorgsnämnden, som har ökade kostnader för hemtjänst och köpta platser.")
    d.p("Investeringarna uppgick till 41,7 miljoner kronor under perioden. Helårsprognosen för investeringar är "
        "74,0 miljoner kronor, att jämföra med budgeterade 88,5 miljoner kronor.")
    d.h2("Personal")
    d.p("Antalet tillsvidareanställda var 1 164 den 31 augusti 2024. Sjukfrånvaron under perioden var 6,9 procent.")
    d.add_page()
    d.h1("Driftredovisning per nämnd")
    rows = [["Kommunstyrelsen", "118,5", "116,9", "1,6"],
            ["Barn- och utbildningsnämnden", "452,6", "454,1", "– 1,5"],
            ["Vård- och omsorgsnämnden", "398,7", "412,3", "– 13,6"],
            ["Samhällsbyggnadsnämnden", "61,2", "60,8", "0,4"],
            ["Kultur- och fritidsnämnden", "38,9", "38,9", "0,0"],
            ["Överförmyndarnämnden", "3,1", "3,3", "– 0,2"],
            ["Revisionen", "1,9", "1,8", "0,1"],
            ["Summa nämnder", "1 074,9", "1 088,1", "– 13,2"]]
    d.table([72, 30, 30, 30], [["Mnkr", "Budget", "Prognos", "Avvikelse"], ["", "2024", "helår 2024", ""]], rows,
            caption="Nämndernas prognos för helåret 2024", bold_rows=("Summa nämnder",))
    d.p("Vård- och omsorgsnämnden har tagit fram en åtgärdsplan som beräknas minska underskottet med 3,0 miljoner "
        "kronor under hösten. Effekten av åtgärdsplanen ingår inte i prognosen.")
    d.add_page()
    d.h1("Resultaträkning")
    d.table([80, 27, 27, 27], [["Mnkr", "Utfall", "Utfall", "Prognos"], ["", "jan–aug 2023", "jan–aug 2024", "helår 2024"]],
            [["Verksamhetens intäkter", "178,1", "185,6", "276,0"], ["Verksamhetens kostnader", "– 846,9", "– 881,3", "– 1 352,4"],
             ["Avskrivningar", "– 31,8", "– 33,7", "– 51,0"], ["Verksamhetens nettokostnader", "– 700,6", "– 729,4", "– 1 127,4"],
             ["Skatteintäkter", "527,3", "548,7", "823,1"], ["Generella statsbidrag och utjämning", "201,0", "212,3", "318,5"],
             ["Finansiella intäkter", "4,3", "3,9", "5,8"], ["Finansiella kostnader", "– 6,0", "– 7,1", "– 12,1"],
             ["Periodens resultat", "26,0", "28,4", "7,9"]],
            caption="Resultaträkning", bold_rows=("Periodens resultat",))
    d.h1("Måluppfyllelse")
    d.p("Av kommunfullmäktiges 12 indikatorer bedöms 7 uppnås helt, 3 delvis och 2 inte alls under 2024.")
    d.output(path)


def html(path):
    rows = [("Särskilt boende Brösarp", "42,0", "2027"), ("Ombyggnad Byavångsskolan", "21,5", "2026"),
            ("Ny idrottshall Tomelilla", "12,0", "2027"), ("Exploatering Norra Tomelilla", "8,5", "2028"),
            ("Gator och belysning", "5,0", "löpande")]
    trs = "\n".join(f"      <tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in rows)
    s = f"""<!DOCTYPE html>
<html lang="sv">
<head><meta charset="utf-8"><title>Rekordstora investeringar i budget 2025 – Tomelilla kommun</title></head>
<body>
<div class="cookie-consent"><p>Tomelilla kommun använder kakor för att förbättra webbplatsen.</p><button>Acceptera</button><button>Inställningar</button></div>
<header><div class="logo">Tomelilla kommun</div>
<nav><a href="/barn-och-utbildning">Barn och utbildning</a> <a href="/omsorg-och-stod">Omsorg och stöd</a> <a href="/bo-bygga-och-miljo">Bo, bygga och miljö</a> <a href="/kommun-och-politik">Kommun och politik</a> <a href="/nyheter">Nyheter</a></nav></header>
<main>
<article>
  <h1>Rekordstora investeringar i budget 2025</h1>
  <p class="meta">Publicerad 2024-11-19</p>
  <p class="lead">Kommunfullmäktige i Tomelilla beslutade i går kväll om budgeten för 2025. Investeringarna uppgår till 96,0 miljoner kronor, den högsta nivån någonsin.</p>
  <p>Budgeten antogs med 26 röster mot 15. Socialdemokraterna och Vänsterpartiet reserverade sig mot beslutet.</p>
  <p>– Vi bygger för framtiden. Det nya boendet i Brösarp ger äldre en trygg plats nära familj och vänner, säger kommunstyrelsens ordförande Per-Olof Lindqvist (M).</p>
  <h2>De största investeringarna 2025</h2>
  <table>
    <thead><tr><th>Projekt</th><th>Budget 2025 (mnkr)</th><th>Klart år</th></tr></thead>
    <tbody>
{trs}
    </tbody>
  </table>
  <p>Skattesatsen ligger kvar på 22,16 kronor. Resultatet för 2025 budgeteras till 12,4 miljoner kronor.</p>
  <p>Oppositionen ville i stället skjuta upp idrottshallen ett år och använda 4 miljoner kronor till fler anställda i hemtjänsten.</p>
  <p class="updated">Senast uppdaterad: 2024-11-21</p>
</article>
</main>
<footer><p>Tomelilla kommun, Gustav Adolfs torg 2, 273 80 Tomelilla</p><p>Telefon: 0417-180 00 | kommunen@tomelilla.se</p><p><a href="/om-webbplatsen">Om webbplatsen</a> <a href="/kakor">Kakor</a></p></footer>
</body>
</html>
"""
    open(path, "w", encoding="utf-8").write(s)


def protokoll(path):
    doc = docx.Document()
    cp = doc.core_properties
    cp.author = "Tomelilla kommun"; cp.title = "Protokollsutdrag kommunstyrelsen 2024-10-16"
    st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10)
    doc.add_heading("Protokollsutdrag", level=1)
    doc.add_paragraph("Kommunstyrelsen, Tomelilla kommun, sammanträde 2024-10-16")
    doc.add_paragraph("Närvarande: Per-Olof Lindqvist (M), ordförande, samt 12 ledamöter.")
    doc.add_heading("§ 187 Delårsrapport januari–augusti 2024", level=2)
    doc.add_paragraph("Ekonomichef Jonas Mårtensson föredrar ärendet. Prognosen för helåret visar ett resultat på 7,9 "
                      "miljoner kronor.")
    doc.add_paragraph("Beslut: Kommunstyrelsen föreslår kommunfullmäktige att godkänna delårsrapporten. Vård- och "
                      "omsorgsnämnden uppmanas att redovisa en åtgärdsplan senast i december 2024.")
    doc.add_heading("§ 188 Taxa för vatten och avlopp 2025", level=2)
    doc.add_paragraph("Österlens VA har föreslagit höjda VA-taxor för 2025 på grund av ökade kostnader för reningsverket "
                      "i Tomelilla och nya ledningar. Förslaget innebär en höjning av brukningsavgiften med 8 procent.")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, txt in zip(t.rows[0].cells, ["Avgift (kr inkl. moms)", "Taxa 2024", "Taxa 2025", "Förändring %"]):
        c.text = txt
    for r in [("Fast avgift per år, villa", "4 860", "5 250", "8,0"),
              ("Pris per kubikmeter vatten", "38,40", "41,47", "8,0"),
              ("Dagvattenavgift per år, villa", "1 120", "1 210", "8,0"),
              ("Typhus, 150 m³ per år", "11 740", "12 681", "8,0")]:
        cells = t.add_row().cells
        for c, txt in zip(cells, r):
            c.text = txt
    doc.add_paragraph("Yrkanden: Anders Bengtsson (S) yrkar att höjningen begränsas till 5 procent. Ordföranden ställer "
                      "förslagen mot varandra och finner att kommunstyrelsen bifaller Österlens VA:s förslag.")
    doc.add_paragraph("Beslut: Kommunstyrelsen föreslår kommunfullmäktige att anta taxa för vatten och avlopp 2025 enligt "
                      "förslaget, att gälla från den 1 januari 2025.")
    doc.add_paragraph("Reservation: Anders Bengtsson (S) och Lisa Nilsson (S) reserverar sig mot beslutet till förmån för eget yrkande.")
    doc.add_heading("§ 189 Medfinansiering av cykelväg Tomelilla–Tryde", level=2)
    doc.add_paragraph("Beslut: Kommunstyrelsen beslutar att medfinansiera Trafikverkets cykelväg mellan Tomelilla och "
                      "Tryde med 3,8 miljoner kronor, vilket motsvarar 50 procent av kostnaden.")
    doc.add_paragraph("Justerat 2024-10-21. Sekreterare: Helena Olsson.")
    doc.save(path)
    fix_zip(path)


def xlsx(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Per verksamhet"
    ws["A1"] = "Tomelilla kommun – nettokostnad per verksamhet"
    ws["A2"] = "Belopp i tkr"
    ws.append([])
    ws.append(["Verksamhet", "Bokslut 2023", "Budget 2024", "Budget 2025", "Förändring 2024–2025 %"])
    data = [("Förskola", 98450, 101200, 103900), ("Grundskola inkl. förskoleklass", 212300, 219800, 227600),
            ("Gymnasieskola", 84100, 88700, 91300), ("Vuxenutbildning", 11900, 12400, 12800),
            ("Hemtjänst", 121600, 129300, 138400), ("Särskilt boende", 168200, 176500, 184900),
            ("LSS", 74800, 79100, 82600), ("Bibliotek och kultur", 15600, 16200, 16700),
            ("Fritid och idrott", 21300, 22100, 22800)]
    for n, a, b, c in data:
        ws.append([n, a, b, c, round(100 * (c - b) / b, 1)])
    r = ws.max_row
    ws.append(["Summa"] + [sum(x[i] for x in data) for i in (1, 2, 3)] + [None])
    for row in ws.iter_rows(min_row=5, max_row=r):
        row[4].number_format = "0.0"
    ws2 = wb.create_sheet("Invånare")
    ws2["A1"] = "Folkmängd och skattesats"
    ws2["A2"] = "Invånare 31 december; skattesats i kronor"
    ws2.append([])
    ws2.append(["År", "Folkmängd", "Skattesats"])
    for y, p, s in [(2019, 13528, 21.94), (2020, 13551, 21.94), (2021, 13577, 22.16), (2022, 13608, 22.16), (2023, 13720, 22.16)]:
        ws2.append([y, p, s])
    for row in ws2.iter_rows(min_row=5, max_row=9):
        row[2].number_format = "0.00"
    wb.properties.creator = "Tomelilla kommun"
    wb.save(path)
    fix_zip(path)


def press(path):
    s = """PRESSMEDDELANDE
Tomelilla kommun, 2025-01-22

Tomelilla tecknar avtal om nytt särskilt boende i Brösarp

Tomelilla kommun har tecknat avtal med byggföretaget Skånebygg AB om uppförandet av ett nytt särskilt boende i Brösarp. Boendet får 60 platser fördelade på sex avdelningar, varav två för personer med demenssjukdom.

Byggstart sker i april 2025 och boendet ska vara klart för inflyttning i augusti 2027. Kontraktssumman är 98,6 miljoner kronor. Den totala projektbudgeten är 115 miljoner kronor inklusive inventarier och markarbeten.

När boendet öppnar avvecklas Kastanjegårdens äldreboende med 32 platser. Det innebär att antalet platser i särskilt boende i kommunen ökar med 28 platser.

"Vi vet att behovet av platser ökar kraftigt de kommande åren. Med det nya boendet kan vi möta behovet och samtidigt ge personalen en bättre arbetsmiljö", säger Thomas Hansson (SD), ordförande i vård- och omsorgsnämnden.

För mer information:
Thomas Hansson (SD), ordförande vård- och omsorgsnämnden, 0417-180 10
Maria Lundgren, fastighetschef, 0417-181 55
"""
    open(path, "w", encoding="utf-8").write(s)


def build(out):
    os.makedirs(out, exist_ok=True)
    budget_pdf(os.path.join(out, "budget-2025-plan-2026-2027.pdf"))
    delar_pdf(os.path.join(out, "delarsrapport-2024-08.pdf"))
    html(os.path.join(out, "nyhet-investeringar-budget-2025.html"))
    protokoll(os.path.join(out, "protokollsutdrag-ks-2024-10-16.docx"))
    xlsx(os.path.join(out, "nettokostnad-per-verksamhet.xlsx"))
    press(os.path.join(out, "pressmeddelande-sarskilt-boende-brosarp.txt"))
