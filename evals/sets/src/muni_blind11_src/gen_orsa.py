"""Orsa kommun: delårsrapport PDF, news HTML, KF summary MD, key-figure XLSX."""
import os
from pdfkit import Doc, sv
import openpyxl

# tenths of mnkr; cols: jan-aug 2026, jan-aug 2025, budget 2026, prognos 2026
INT = [812, 776, 1165, 1204]
KOST = [-4470, -4290, -6590, -6728]
AVS = [-168, -159, -262, -255]
VNK = [INT[i] + KOST[i] + AVS[i] for i in range(4)]
SKATT = [2893, 2781, 4352, 4371]
GSB = [1004, 962, 1508, 1516]
VRES = [VNK[i] + SKATT[i] + GSB[i] for i in range(4)]
FI = [21, 19, 30, 34]
FK = [-38, -33, -62, -58]
RES = [VRES[i] + FI[i] + FK[i] for i in range(4)]

# committees: budget 2026, utfall jan-aug, prognos 2026 (net cost, positive)
NAMND = [
    ("Kommunstyrelsen", 1162, 742, 1148),
    ("Bildningsnämnden", 2231, 1468, 2254),
    ("Socialnämnden", 2274, 1561, 2337),
    ("Miljö- och byggnadsnämnden", 68, 41, 64),
    ("Revisionen", 12, 7, 12),
    ("Överförmyndaren", 21, 15, 24),
]
NSUM = [sum(r[k] for r in NAMND) for k in (1, 2, 3)]
FINF = [-VNK[2] - NSUM[0], -VNK[0] - NSUM[1], -VNK[3] - NSUM[2]]
TOT = [NSUM[i] + FINF[i] for i in range(3)]

INV = [
    ("Förskola Hansjö, projektering", 35, 12, 20),
    ("Gator och vägar", 48, 31, 48),
    ("VA-ledningar Skattungbyn", 62, 18, 45),
    ("Ombyggnad kommunhuset", 25, 22, 27),
    ("IT och digitalisering", 14, 6, 12),
    ("Fordon och maskiner", 18, 9, 18),
    ("Övriga investeringar", 30, 11, 25),
]
INVSUM = [sum(r[k] for r in INV) for k in (1, 2, 3)]

STAFF = [
    ("Kommunstyrelsen", 118, 114, "5,1"),
    ("Bildningsnämnden", 262, 268, "6,0"),
    ("Socialnämnden", 341, 333, "8,2"),
    ("Miljö- och byggnadsnämnden", 11, 11, "3,4"),
]


def p(v):
    return sv(v / 10, 1, paren=True)


def build_pdf(path):
    d = Doc("Delårsrapport januari–augusti 2026", "Orsa kommun")
    d.add_page()
    d.ln(60)
    d.set_font("DejaVu", "B", 24)
    d.multi_cell(0, 12, "Orsa kommun", align="C", new_x="LMARGIN", new_y="NEXT")
    d.set_font("DejaVu", "B", 18)
    d.multi_cell(0, 10, "Delårsrapport\njanuari–augusti 2026", align="C", new_x="LMARGIN", new_y="NEXT")
    d.ln(8)
    d.set_font("DejaVu", "", 11)
    d.multi_cell(0, 6, "Behandlad av kommunstyrelsen 2026-10-06\nKommunfullmäktige 2026-10-26",
                 align="C", new_x="LMARGIN", new_y="NEXT")
    # p2
    d.add_page()
    d.h1("Kommunstyrelsens ordförande har ordet")
    d.para("Årets första åtta månader har präglats av valrörelsen, en stark turistsommar i Grönklitt och vid "
           "Orsasjön och fortsatt höga kostnader inom socialtjänsten. Periodens resultat blev "
           + sv(RES[0] / 10, 1) + " miljoner kronor, och vi prognostiserar ett resultat för helåret på "
           + sv(RES[3] / 10, 1) + " miljoner kronor. Det är " + sv((RES[2] - RES[3]) / 10, 1)
           + " miljoner kronor sämre än budget.")
    d.para("Socialnämnden prognostiserar ett underskott på 6,3 miljoner kronor, främst till följd av dyra "
           "externa placeringar av barn och unga och ett ökat behov av hemtjänst i Skattungbyn och Hansjö. "
           "Nämnden har fått i uppdrag att ta fram en åtgärdsplan som ska redovisas för kommunstyrelsen "
           "den 3 november 2026.")
    d.para("Birgitta Öhman (S)\nKommunstyrelsens ordförande")
    d.h2("Befolkning")
    d.para("Den 30 juni 2026 hade Orsa kommun 6 912 invånare, vilket är 14 fler än vid årsskiftet. "
           "Inflyttningen från andra län, framför allt Stockholms län, fortsätter att vara högre än utflyttningen, "
           "medan födelsenettot är negativt.")
    # p3
    d.add_page()
    d.h1("Förvaltningsberättelse")
    d.h2("Viktiga händelser under perioden")
    d.para("I mars beslutade kommunfullmäktige att ansöka om statlig medfinansiering för en ny gång- och "
           "cykelväg mellan Orsa centrum och Standhaga. Trafikverket beviljade i juni 1,4 miljoner kronor, "
           "vilket motsvarar hälften av den beräknade kostnaden.")
    d.para("Kommunen fick i maj ett statsbidrag på 850 000 kronor från Socialstyrelsen för att utveckla "
           "hemtjänsten med digitala tillsynsbesök. I augusti anställdes Jenny Hedlund som ny kommunchef efter "
           "Mats Forsberg, som gick i pension.")
    d.para("Projekteringen av den nya förskolan i Hansjö har påbörjats. Kommunfullmäktige väntas besluta om "
           "investeringsramen under hösten. Ombyggnaden av kommunhuset blev 200 000 kronor dyrare än "
           "budgeterat på grund av asbestsanering.")
    d.h2("Ekonomisk översikt")
    d.para("Skatteintäkterna bedöms bli 1,9 miljoner kronor högre än budget enligt SKR:s augustiprognos. "
           "Nämnderna prognostiserar sammantaget ett underskott mot budget på "
           + sv(-(sum(r[1] for r in NAMND) - sum(r[3] for r in NAMND)) / 10, 1)
           + " miljoner kronor. Ekonomichef Per-Olof Dahlin bedömer att det finansiella målet om ett resultat på "
           "minst 2 procent av skatteintäkter och generella statsbidrag inte kommer att nås 2026.")
    d.para("Nettoinvesteringarna uppgick till " + sv(INVSUM[1] / 10, 1) + " miljoner kronor under perioden. "
           "För helåret prognostiseras investeringar på " + sv(INVSUM[2] / 10, 1) + " miljoner kronor, "
           "jämfört med en budget på " + sv(INVSUM[0] / 10, 1) + " miljoner kronor.")
    # p4 RR
    d.add_page()
    d.h1("Resultaträkning")
    d.caption("Tabell 1. Resultaträkning", "Belopp i mnkr. Negativa belopp inom parentes.")
    rr = [("row", "Verksamhetens intäkter", INT), ("row", "Verksamhetens kostnader", KOST),
          ("row", "Avskrivningar", AVS), ("sum", "Verksamhetens nettokostnader", VNK),
          ("row", "Skatteintäkter", SKATT), ("row", "Generella statsbidrag och utjämning", GSB),
          ("sum", "Verksamhetens resultat", VRES), ("row", "Finansiella intäkter", FI),
          ("row", "Finansiella kostnader", FK), ("sum", "Periodens resultat", RES)]
    rows = [(k, n, [p(v) for v in vals]) for k, n, vals in rr]
    d.table(["Mnkr", "Utfall\njan–aug 2026", "Utfall\njan–aug 2025", "Budget\n2026", "Prognos\n2026"], rows,
            [66, 28, 28, 28, 28], hh=10)
    d.para("Periodens resultat för januari–augusti 2026 är " + sv((RES[0] - RES[1]) / 10, 1, neg="-")
           .replace("-", "") + " miljoner kronor lägre än motsvarande period 2025.")
    # p5 driftredovisning
    d.add_page()
    d.h1("Nämndernas driftredovisning")
    d.caption("Tabell 2. Nettokostnad per nämnd",
              "Belopp i mnkr. Avvikelse = budget minus prognos; underskott inom parentes.")
    rows = []
    for n, b, u, pr in NAMND:
        rows.append(("row", n, [p(b), p(u), p(pr), p(b - pr)]))
    rows.append(("sum", "Summa nämnder", [p(NSUM[0]), p(NSUM[1]), p(NSUM[2]), p(NSUM[0] - NSUM[2])]))
    rows.append(("row", "Finansförvaltning", [p(FINF[0]), p(FINF[1]), p(FINF[2]), p(FINF[0] - FINF[2])]))
    rows.append(("sum", "Totalt", [p(TOT[0]), p(TOT[1]), p(TOT[2]), p(TOT[0] - TOT[2])]))
    d.table(["Nämnd", "Budget\n2026", "Utfall\njan–aug", "Prognos\n2026", "Avvikelse\nprognos"], rows,
            [66, 28, 28, 28, 28], hh=10)
    d.para("Bildningsnämnden prognostiserar ett underskott på 2,3 miljoner kronor. Orsaken är fler elever i "
           "gymnasieskolan som läser i andra kommuner och ökade kostnader för skolskjuts. Bildningsnämndens "
           "ordförande Maria Jonsson (C) har begärt en fördjupad analys till nämndens möte i oktober.")
    d.para("Kommunstyrelsen visar ett överskott på 1,4 miljoner kronor, bland annat till följd av vakanta "
           "tjänster och lägre kostnader för räddningstjänsten, som Orsa driver i samverkan med Mora och Älvdalen.")
    # p6 investments and staff
    d.add_page()
    d.h1("Investeringar")
    d.caption("Tabell 3. Investeringsredovisning", "Belopp i mnkr")
    rows = [("row", n, [p(b), p(u), p(pr)]) for n, b, u, pr in INV]
    rows.append(("sum", "Summa investeringar", [p(v) for v in INVSUM]))
    d.table(["Projekt", "Budget 2026", "Utfall jan–aug", "Prognos 2026"], rows, [78, 30, 30, 30], hh=7)
    d.para("VA-ledningarna i Skattungbyn försenas eftersom ledningsrättsförrättningen har tagit längre tid än "
           "planerat. Återstående del flyttas till 2027.")
    d.h1("Personal")
    d.caption("Tabell 4. Tillsvidareanställda och sjukfrånvaro", "Antal personer respektive procent")
    rows = [("row", n, [str(a), str(b), s]) for n, a, b, s in STAFF]
    rows.append(("sum", "Summa", [str(sum(r[1] for r in STAFF)), str(sum(r[2] for r in STAFF)), "6,9"]))
    d.table(["Nämnd", "Anställda\n31 aug 2026", "Anställda\n31 aug 2025", "Sjukfrånvaro\njan–aug 2026, %"], rows,
            [70, 30, 30, 38], hh=10)
    d.para("Sjukfrånvaron har minskat från 7,5 procent under motsvarande period 2025. Personalchef "
           "Camilla Andersson leder arbetet med hälsofrämjande insatser inom socialtjänsten.")
    d.output(path)


HTML = """<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>Klart för ny förskola i Hansjö - Orsa kommun</title>
<style>.cookiebar{position:fixed;bottom:0;background:#333;color:#fff}</style>
<script src="/js/sitevision.js"></script>
</head><body>
<div class="cookiebar"><p>Orsa kommun använder kakor för statistik och för att webbplatsen ska fungera.</p>
<button>Acceptera</button><button>Inställningar</button></div>
<header><div class="logo">Orsa kommun</div>
<ul class="menu"><li><a href="/barn-och-utbildning">Barn och utbildning</a></li><li><a href="/omsorg">Omsorg och hjälp</a></li>
<li><a href="/bo-och-bygga">Bo, bygga och miljö</a></li><li><a href="/kultur-fritid">Kultur och fritid</a></li>
<li><a href="/naringsliv">Näringsliv och arbete</a></li><li><a href="/kommun-politik">Kommun och politik</a></li></ul>
<a href="/lattlast">Lättläst</a> <a href="/lyssna">Lyssna</a> <a href="/languages">Other languages</a></header>
<main><article>
<p class="crumbs">Startsida &gt; Nyheter &gt; Klart för ny förskola i Hansjö</p>
<h1>Klart för ny förskola i Hansjö</h1>
<p class="meta">Publicerad: 28 oktober 2026</p>
<p><strong>Kommunfullmäktige i Orsa beslutade den 26 oktober att bygga en ny förskola i Hansjö. Investeringsramen är 38,5 miljoner kronor.</strong></p>
<p>Den nya förskolan får fem avdelningar och plats för 90 barn. Den ersätter dagens förskolor Björkbacken och Trollstugan, som båda har stora renoveringsbehov.</p>
<p>– Familjerna i Hansjö och Kallmora har väntat länge på det här. Nu får barnen en modern och trygg förskola nära hemmet, säger Maria Jonsson (C), ordförande i bildningsnämnden.</p>
<p>Byggstart planeras till april 2027 och förskolan beräknas vara klar för inflyttning i augusti 2028. Byggnaden uppförs i trä och får solceller på taket. Driftkostnaden beräknas öka med 1,1 miljoner kronor per år jämfört med i dag, främst på grund av kapitalkostnader.</p>
<p>Under 2026 beräknas 2,0 miljoner kronor gå till projektering och markundersökningar.</p>
<p>Frågor om projektet besvaras av projektledare Olle Matsson, telefon 0250-55 20 00.</p>
</article>
<aside><h2>Fler nyheter</h2><ul><li><a href="#">Vattenläcka på Kyrkogatan åtgärdad</a></li><li><a href="#">Sök bidrag till midsommarfirande</a></li></ul></aside>
</main>
<footer><p>Orsa kommun · Box 23 · 794 21 Orsa · Besöksadress: Dalagatan 1</p><p>Telefon växel 0250-55 20 00 · orsa.kommun@orsa.se</p>
<p><a href="/om-webbplatsen">Om webbplatsen</a> · <a href="/tillganglighet">Tillgänglighet</a> · <a href="/kakor">Kakor</a></p></footer>
</body></html>
"""

MD = """# Orsa kommun – Kommunfullmäktiges beslut 26 oktober 2026

Sammandrag av besluten vid kommunfullmäktiges sammanträde måndagen den 26 oktober 2026 i Fullmäktigesalen,
kommunhuset. Ordförande: Lennart Ström (S). Sekreterare: Karin Wikström.

## § 71 Skattesats 2027

Kommunfullmäktige beslutade att den kommunala skattesatsen för 2027 ska vara oförändrad, 23,14 kronor per
skattekrona. Tillsammans med Region Dalarnas skattesats blir den totala skattesatsen i Orsa 34,84 kronor.

## § 72 Budgetramar 2027

Fullmäktige fastställde följande nettokostnadsramar för 2027:

- Kommunstyrelsen: 118,9 miljoner kronor
- Bildningsnämnden: 231,8 miljoner kronor
- Socialnämnden: 240,5 miljoner kronor
- Miljö- och byggnadsnämnden: 7,0 miljoner kronor

Detaljbudgeten behandlas på fullmäktiges sammanträde den 14 december 2026. Sverigedemokraterna och
Moderaterna reserverade sig till förmån för egna förslag.

## § 73 Ny förskola i Hansjö

Kommunfullmäktige beviljade en investeringsram på 38,5 miljoner kronor för en ny förskola i Hansjö med fem
avdelningar. Beslutet var enhälligt.

## § 74 Borgen för Orsahem AB

Fullmäktige beslutade att gå i borgen för Orsahem AB:s lån på högst 45 miljoner kronor för nybyggnation av
24 hyreslägenheter i kvarteret Tallmon. Borgensavgiften är 0,4 procent per år.

## § 75 Motion om avgiftsfri kollektivtrafik för pensionärer

Motionen från Gunnel Berg (V) avslogs. Kostnaden hade beräknats till cirka 600 000 kronor per år.

## § 76 Delårsrapport januari–augusti 2026

Kommunfullmäktige godkände delårsrapporten. Prognosen för helåret är ett resultat på 8,4 miljoner kronor.
"""


def build_xlsx(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Befolkning"
    ws.append(["Folkmängd i Orsa kommun 31 december, per åldersgrupp"])
    ws.append(["År", "0–5 år", "6–15 år", "16–19 år", "20–64 år", "65–79 år", "80+ år", "Totalt"])
    data = [
        (2021, 368, 742, 291, 3512, 1489, 541, 6943),
        (2022, 361, 738, 287, 3476, 1501, 559, 6922),
        (2023, 352, 731, 284, 3441, 1512, 571, 6891),
        (2024, 349, 725, 279, 3428, 1518, 588, 6887),
        (2025, 347, 720, 282, 3421, 1524, 604, 6898),
    ]
    for r in data:
        # 20-64 as remainder so rows sum to totals
        r = list(r)
        r[4] = r[7] - (r[1] + r[2] + r[3] + r[5] + r[6])
        ws.append(r)
    ws2 = wb.create_sheet("Nettokostnad per invånare")
    ws2.append(["Nettokostnad per invånare, kronor"])
    ws2.append(["Verksamhet", "2023", "2024", "2025"])
    for r in [("Förskola", 9840, 10120, 10390), ("Grundskola inkl. förskoleklass", 19870, 20410, 21050),
              ("Gymnasieskola", 8630, 8910, 9280), ("Äldreomsorg", 27450, 28640, 29910),
              ("Funktionsstöd", 11280, 11690, 12130), ("Individ- och familjeomsorg", 5870, 6420, 6980),
              ("Kultur och fritid", 2940, 3010, 3050)]:
        ws2.append(list(r))
    wb.save(path)
    return data


def build_all(outdir):
    os.makedirs(outdir, exist_ok=True)
    build_pdf(os.path.join(outdir, "orsa_delarsrapport_jan-aug_2026.pdf"))
    with open(os.path.join(outdir, "orsa_nyhet_forskola_hansjo.html"), "w", encoding="utf-8") as f:
        f.write(HTML)
    with open(os.path.join(outdir, "orsa_kf_beslut_2026-10-26.md"), "w", encoding="utf-8") as f:
        f.write(MD)
    build_xlsx(os.path.join(outdir, "orsa_befolkning_nyckeltal.xlsx"))
