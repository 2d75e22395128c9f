"""Hörby kommun: documents (invented figures)."""
import os

import docx
import openpyxl
from docx.shared import Pt

from common import Doc, t, t_paren, k, save_docx, save_xlsx

# Resultatbudget in tkr: Utfall 2023, Budget 2024, Budget 2025, Plan 2026, Plan 2027
INT = [198420, 204600, 211300, 215800, 220100]
KOST = [-1193850, -1241900, -1289400, -1326700, -1362800]
AVS = [-52380, -56100, -59800, -63400, -66200]
NETTO = [a + b + c for a, b, c in zip(INT, KOST, AVS)]
SKATT = [838960, 872500, 905100, 936800, 968400]
GSB = [243610, 248300, 262700, 270900, 278600]
VRES = [a + b + c for a, b, c in zip(NETTO, SKATT, GSB)]
FINI = [6240, 5800, 5500, 5300, 5300]
FINK = [-9786, -12400, -12100, -15600, -16900]
RES = [a + b + c for a, b, c in zip(VRES, FINI, FINK)]

# Driftram mnkr tenths: Budget 2024, Budget 2025
DRIFT = [
    ("Kommunstyrelsen", 1462, 1508),
    ("Barn- och utbildningsnämnden", 5318, 5497),
    ("Vård- och omsorgsnämnden", 3987, 4172),
    ("Bygg- och miljönämnden", 96, 101),
    ("Överförmyndarnämnden", 42, 44),
    ("Revisionen", 17, 18),
]

INV = [
    ("Ny förskola Ljungbacka", 254, 312, 0),
    ("Renovering Lågegymnasiet", 86, 120, 95),
    ("Utbyggnad Ekeskolan", 40, 165, 210),
    ("Gator och trafiksäkerhet", 62, 60, 60),
    ("Cykelväg Hörby–Ludvigsborg", 35, 48, 0),
    ("Ny brandstation", 120, 85, 0),
    ("IT och digitalisering", 28, 25, 25),
    ("Inventarier vård och omsorg", 19, 15, 15),
    ("Energiåtgärder kommunala fastigheter", 45, 40, 30),
]


def budget_pdf(path):
    d = Doc("Hörby kommun | Budget 2025 och plan 2026–2027")
    d.add_page()
    d.ln(35)
    d.set_font("D", "B", 24)
    d.multi_cell(0, 12, "Budget 2025\noch plan 2026–2027", align="L")
    d.set_font("D", "", 12)
    d.multi_cell(0, 7, "Hörby kommun\nAntagen av kommunfullmäktige den 25 november 2024, § 145", align="L")

    d.add_page()
    d.h1("Ordförande har ordet")
    d.para("Hörby står inför stora utmaningar. Kostnaderna för omsorgen ökar snabbare än skatteintäkterna "
           "och flera av våra skolor behöver byggas ut eller renoveras.")
    d.para("Den kommunala skattesatsen för 2025 föreslås vara oförändrad, 22,36 kronor.")
    d.para("Vård- och omsorgsnämnden får det största tillskottet i kronor räknat.")
    d.para("Vi avsätter 4,7 miljoner kronor till en särskild satsning på tidiga insatser för barn och unga.")
    d.para("För att nå en budget i balans genomförs besparingar på 12,5 miljoner kronor, varav "
           "5,2 miljoner kronor inom kommunstyrelsens verksamheter.")
    d.para("Målet är att resultatet ska uppgå till minst 2 procent av skatteintäkter och statsbidrag över "
           "en rullande femårsperiod.")
    d.ln(3)
    d.para("Gunnar Persson (SD)\nKommunstyrelsens ordförande")

    d.add_page()
    d.h1("Mål för verksamheten")
    for g, s in [("Attraktiv kommun att bo och verka i", "Antalet invånare ska öka till 16 000 år 2027."),
                 ("Goda uppväxtvillkor", "Minst 85 procent av eleverna i årskurs 9 ska vara behöriga till gymnasiet."),
                 ("Trygg vård och omsorg", "Brukarnöjdheten i hemtjänsten ska vara minst 90 procent."),
                 ("God ekonomisk hushållning", "Investeringarna ska till minst 60 procent finansieras med egna medel.")]:
        d.h2(g)
        d.para(s)
    d.h2("Omvärld och befolkning")
    d.para("Den 31 december 2023 hade Hörby 15 642 invånare. Budgeten bygger på en befolkning om 15 720 "
           "invånare den 1 november 2024.")
    d.para("Skatteintäkterna beräknas enligt SKR:s prognos från oktober 2024.")
    d.para("Kommunens låneskuld beräknas öka från 610 miljoner kronor till 720 miljoner kronor vid "
           "utgången av 2025.")

    d.add_page()
    d.h1("Resultatbudget")
    hdr = [["", "Utfall", "Budget", "Budget", "Plan", "Plan"], ["", "2023", "2024", "2025", "2026", "2027"]]
    rows = [["Verksamhetens intäkter"] + [k(v) for v in INT],
            ["Verksamhetens kostnader"] + [k(v, "paren") for v in KOST],
            ["Avskrivningar"] + [k(v, "paren") for v in AVS],
            ["Verksamhetens nettokostnader"] + [k(v, "paren") for v in NETTO],
            ["Skatteintäkter"] + [k(v) for v in SKATT],
            ["Generella statsbidrag och utjämning"] + [k(v) for v in GSB],
            ["Verksamhetens resultat"] + [k(v, "paren") for v in VRES],
            ["Finansiella intäkter"] + [k(v) for v in FINI],
            ["Finansiella kostnader"] + [k(v, "paren") for v in FINK],
            ["Årets resultat"] + [k(v, "paren") for v in RES]]
    d.table(hdr, rows, [60, 22, 22, 22, 22, 22], caption="Tkr. Negativa belopp anges inom parentes.",
            bold_rows=("Verksamhetens nettokostnader", "Årets resultat"))
    d.para("Årets resultat för 2025 motsvarar 2,0 procent av skatteintäkter och generella statsbidrag.")

    d.add_page()
    d.h1("Kassaflödesbudget")
    hdr = [["", "Budget", "Plan", "Plan"], ["", "2025", "2026", "2027"]]
    rows = [["Den löpande verksamheten", "", "", ""],
            ["Årets resultat", k(RES[2]), k(RES[3]), k(RES[4])],
            ["Justering för avskrivningar", k(-AVS[2]), k(-AVS[3]), k(-AVS[4])],
            ["Justering för avsättningar", "3 200", "3 400", "3 500"],
            ["Kassaflöde från löpande verksamhet", k(RES[2] - AVS[2] + 3200), k(RES[3] - AVS[3] + 3400),
             k(RES[4] - AVS[4] + 3500)],
            ["Investeringsverksamheten", "", "", ""],
            ["Investering i materiella anläggningstillgångar"] + [k(-sum(r[1 + i] for r in INV) * 100, "paren") for i in range(3)],
            ["Finansieringsverksamheten", "", "", ""],
            ["Nyupptagna lån", "110 000", "120 000", "70 000"],
            ["Amortering av skuld", "(25 000)", "(25 000)", "(25 000)"]]
    inv = [sum(r[1 + i] for r in INV) * 100 for i in range(3)]
    cf = [RES[2] - AVS[2] + 3200 - inv[0] + 110000 - 25000,
          RES[3] - AVS[3] + 3400 - inv[1] + 120000 - 25000,
          RES[4] - AVS[4] + 3500 - inv[2] + 70000 - 25000]
    rows.append(["Årets kassaflöde"] + [k(v, "paren") for v in cf])
    d.table(hdr, rows, [85, 25, 25, 25], caption="Tkr",
            section_rows=("Den löpande verksamheten", "Investeringsverksamheten", "Finansieringsverksamheten"),
            bold_rows=("Kassaflöde från löpande verksamhet", "Årets kassaflöde"))

    d.add_page()
    d.h1("Balansbudget")
    hdr = [["", "Bokslut", "Budget", "Plan", "Plan"], ["", "2023", "2025", "2026", "2027"]]
    bal = [("Anläggningstillgångar", [13210, 15902, 17177, 17967]),
           ("Omsättningstillgångar", [1822, 1700, 1650, 1620]),
           ("Summa tillgångar", [15032, 17602, 18827, 19587]),
           ("Eget kapital", [7426, 7867, 8098, 8363]),
           ("Avsättningar", [453, 485, 519, 554]),
           ("Långfristiga skulder", [6100, 7200, 8150, 8600]),
           ("Kortfristiga skulder", [1053, 2050, 2060, 2070]),
           ("Summa eget kapital och skulder", [15032, 17602, 18827, 19587])]
    d.table(hdr, [[n] + [t(v) for v in vals] for n, vals in bal], [80, 22, 22, 22, 22], caption="Mnkr",
            bold_rows=("Summa tillgångar", "Summa eget kapital och skulder"))
    d.para("Soliditeten beräknas sjunka till 44,7 procent 2025 till följd av ökad upplåning.")

    d.add_page()
    d.h1("Driftbudget – nämndernas ramar")
    hdr = [["", "Budget", "Budget", "Förändring", "Förändring"], ["Nämnd", "2024", "2025", "mnkr", "%"]]
    rows = []
    for n, a, b in DRIFT:
        rows.append([n, t(a), t(b), t(b - a), f"{(b - a) / a * 100:.1f}".replace(".", ",")])
    s24 = sum(r[1] for r in DRIFT)
    s25 = sum(r[2] for r in DRIFT)
    rows.append(["Summa nämnder", t(s24), t(s25), t(s25 - s24), f"{(s25 - s24) / s24 * 100:.1f}".replace(".", ",")])
    d.table(hdr, rows, [70, 22, 22, 24, 24], caption="Belopp i mnkr", bold_rows=("Summa nämnder",))
    d.note("Ramarna för 2025 inkluderar kompensation för löneökningar om 3,5 procent.")
    d.para("Vård- och omsorgsnämndens ram ökar med 18,5 miljoner kronor, bland annat för ett nytt "
           "korttidsboende med 12 platser.")
    d.para("Barn- och utbildningsnämnden ska genomföra besparingar om 3,8 miljoner kronor genom "
           "översyn av skolskjutsar och lokaler.")

    d.add_page(orientation="L")
    d.h1("Investeringsbudget 2025–2027")
    hdr = [["", "Budget", "Plan", "Plan", "Totalt"], ["Projekt", "2025", "2026", "2027", "2025–2027"]]
    rows = [[n, t(a), t(b), t(c), t(a + b + c)] for n, a, b, c in INV]
    tot = [sum(r[1 + i] for r in INV) for i in range(3)]
    rows.append(["Summa investeringar", t(tot[0]), t(tot[1]), t(tot[2]), t(sum(tot))])
    d.table(hdr, rows, [110, 35, 35, 35, 40], caption="Belopp i mnkr", bold_rows=("Summa investeringar",), size=9.5)
    d.para("Den nya brandstationen byggs i samverkan med Räddningstjänsten Syd.")
    d.add_page(orientation="P")
    d.h1("Nämndernas verksamhet")
    for n, ps in [("Kommunstyrelsen", ["Kommunstyrelsen ansvarar för den övergripande ledningen, "
                                       "samhällsbyggnad, gator och fritid."]),
                  ("Barn- och utbildningsnämnden", ["Nämnden ansvarar för förskola, grundskola, gymnasieskola "
                                                    "och vuxenutbildning. Lågegymnasiet har cirka 450 elever."]),
                  ("Vård- och omsorgsnämnden", ["Nämnden ansvarar för äldreomsorg, LSS och socialpsykiatri.",
                                                "Antalet platser i särskilt boende är 186."]),
                  ("Bygg- och miljönämnden", ["Nämnden ansvarar för bygglov och miljötillsyn."])]:
        if n != "Kommunstyrelsen":
            d.add_page()
        d.h2(n)
        for p in ps:
            d.para(p)
    d.output(path)
    return RES


def ar_pdf(path):
    d = Doc("Hörby kommun – Årsredovisning 2023")
    d.add_page()
    d.ln(35)
    d.set_font("D", "B", 26)
    d.multi_cell(0, 12, "Årsredovisning 2023", align="L")
    d.set_font("D", "", 12)
    d.multi_cell(0, 7, "Hörby kommun", align="L")
    d.add_page()
    d.h1("Kommunstyrelsens ordförande har ordet")
    d.para("2023 blev ett år med höga kostnadsökningar, men Hörby kommun redovisar ändå ett positivt resultat.")
    d.para("Årets resultat blev 31,2 miljoner kronor, vilket är 9,8 miljoner kronor bättre än budget.")
    d.para("Nettoinvesteringarna uppgick till 84,6 miljoner kronor.")
    d.para("Vård- och omsorgsnämnden redovisade ett underskott på -14,3 miljoner kronor.")
    d.para("Gunnar Persson (SD), kommunstyrelsens ordförande")
    d.add_page()
    d.h1("Femårsöversikt")
    hdr = [["", "2019", "2020", "2021", "2022", "2023"]]
    rows = [["Antal invånare 31 dec", "15 487", "15 528", "15 580", "15 611", "15 642"],
            ["Skattesats, kr", "22,36", "22,36", "22,36", "22,36", "22,36"],
            ["Årets resultat, mnkr", "18,2", "42,7", "55,1", "38,9", "31,2"],
            ["Soliditet, %", "48,1", "49,3", "51,0", "50,2", "49,4"],
            ["Nettoinvesteringar, mnkr", "61,5", "72,3", "58,8", "95,1", "84,6"],
            ["Låneskuld, mnkr", "520,0", "520,0", "540,0", "590,0", "610,0"],
            ["Antal tillsvidareanställda", "1 218", "1 236", "1 241", "1 262", "1 270"]]
    d.table(hdr, rows, [62, 21, 21, 21, 21, 21])
    d.add_page()
    d.h1("Resultaträkning")
    hdr = [["", "Not", "Kommunen", "Kommunen"], ["", "", "2022", "2023"]]
    rows = [["Verksamhetens intäkter", "2", k(191230), k(INT[0])],
            ["Verksamhetens kostnader", "3", k(-1128410), k(KOST[0])],
            ["Avskrivningar", "4", k(-49870), k(AVS[0])],
            ["Verksamhetens nettokostnader", "", k(191230 - 1128410 - 49870), k(NETTO[0])],
            ["Skatteintäkter", "5", k(801540), k(SKATT[0])],
            ["Generella statsbidrag och utjämning", "6", k(222950), k(GSB[0])],
            ["Verksamhetens resultat", "", k(191230 - 1128410 - 49870 + 801540 + 222950), k(VRES[0])],
            ["Finansiella intäkter", "7", k(4870), k(FINI[0])],
            ["Finansiella kostnader", "8", k(-3410), k(FINK[0])],
            ["Årets resultat", "", k(191230 - 1128410 - 49870 + 801540 + 222950 + 4870 - 3410), k(RES[0])]]
    d.table(hdr, rows, [70, 12, 28, 28], caption="Belopp i tkr", bold_rows=("Årets resultat",))
    d.add_page()
    d.h1("Nämndernas utfall 2023")
    hdr = [["", "Budget", "Utfall", "Avvikelse"], ["Nämnd", "2023", "2023", ""]]
    rows = [["Kommunstyrelsen", "141,0", "137,2", "3,8"],
            ["Barn- och utbildningsnämnden", "514,6", "512,9", "1,7"],
            ["Vård- och omsorgsnämnden", "372,4", "386,7", "-14,3"],
            ["Bygg- och miljönämnden", "9,1", "8,6", "0,5"],
            ["Överförmyndarnämnden", "3,9", "4,2", "-0,3"],
            ["Revisionen", "1,6", "1,5", "0,1"],
            ["Summa nämnder", "1 042,6", "1 051,1", "-8,5"]]
    d.table(hdr, rows, [72, 26, 26, 26], caption="Belopp i mnkr", bold_rows=("Summa nämnder",))
    d.para("Underskottet inom vård- och omsorgsnämnden förklaras av ökade kostnader för bemanningssjuksköterskor "
           "och fler brukare med omfattande behov.")
    d.para("Sjukfrånvaron för kommunens anställda var 6,8 procent 2023.")
    d.output(path)


HEAD = """<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>Budget 2025 är antagen - Hörby kommun</title></head>
<body>
<div class="cookie-consent"><p>Hörby kommun använder kakor. Genom att fortsätta godkänner du det.</p><button>Jag förstår</button><a href="/om-webbplatsen/kakor">Mer om kakor</a></div>
<header><div class="logo"><a href="/">Hörby kommun</a></div>
<nav><a href="/omsorg">Omsorg och hjälp</a> <a href="/skola">Förskola och skola</a> <a href="/uppleva">Uppleva och göra</a> <a href="/kommun-och-politik">Kommun och politik</a> <a href="/lattlast">Lättläst</a></nav></header>
<div class="breadcrumb">Du är här: <a href="/">Startsida</a> › <a href="/kommun-och-politik">Kommun och politik</a> › <a href="/kommun-och-politik/ekonomi">Ekonomi</a> › Finansiell information</div>
"""
FOOT = """<aside><h2>Relaterade sidor</h2><ul><li><a href="/arsredovisning">Årsredovisningar</a></li><li><a href="/delarsrapport">Delårsrapporter</a></li></ul></aside>
<footer><p>Hörby kommun, Ringsjövägen 4, 242 80 Hörby. Växel 0415-37 80 00. kommunen@horby.se</p><p>Organisationsnummer 212000-1041</p><a href="/tillganglighet">Tillgänglighet</a></footer>
</body></html>
"""


def html_page(path):
    body = """<main>
<article>
<h1>Finansiell information – budget 2025 är antagen</h1>
<p class="date">Publicerad: 2024-11-27</p>
<p>Kommunfullmäktige antog den 25 november budget för 2025 och plan för 2026–2027. Skattesatsen är oförändrad, 22,36 kronor.</p>
<p>Budgeterat resultat för 2025 är 23,3 miljoner kronor. Investeringarna uppgår till 68,9 miljoner kronor.</p>
<h2>Ramar per nämnd 2025</h2>
<table>
<tr><th>Nämnd</th><th>Ram 2025, mnkr</th><th>Andel av total ram, %</th></tr>
<tr><td>Kommunstyrelsen</td><td>150,8</td><td>13,3</td></tr>
<tr><td>Barn- och utbildningsnämnden</td><td>549,7</td><td>48,5</td></tr>
<tr><td>Vård- och omsorgsnämnden</td><td>417,2</td><td>36,8</td></tr>
<tr><td>Övriga nämnder</td><td>16,3</td><td>1,4</td></tr>
</table>
<p>Kommunens kreditbetyg hos Kommuninvest är oförändrat. Låneskulden var 610 miljoner kronor vid årsskiftet.</p>
<h2>Kontakt</h2>
<p>Ekonomichef Lena Sjöholm, telefon 0415-37 80 41.</p>
<p class="updated">Senast uppdaterad: 2024-12-02</p>
</article>
</main>
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(HEAD + body + FOOT)


def kf_docx(path):
    d = docx.Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10.5)
    d.add_heading("Kommunfullmäktige – Protokoll", level=1)
    d.add_paragraph("Hörby kommun. Sammanträdesdatum 2024-11-25. Plats: Hörby Folkets Hus, kl. 18.30–22.05.")
    d.add_paragraph("Ordförande: Birgitta Holm (M). Sekreterare: Anders Nyqvist. Justerare: Erik Sandberg (S) och Maja Lind (C).")
    d.add_heading("§ 144 Anmälan av medborgarförslag", level=2)
    d.add_paragraph("Ett medborgarförslag om belysning på elljusspåret i Hörby har inkommit. Förslaget överlämnas till kommunstyrelsen.")
    d.add_heading("§ 145 Budget 2025 och plan 2026–2027", level=2)
    d.add_paragraph("Kommunstyrelsen har lämnat förslag till budget 2025 och plan 2026–2027 med ett budgeterat resultat om 23,3 miljoner kronor.")
    d.add_paragraph("Yrkanden: Gunnar Persson (SD) yrkar bifall till kommunstyrelsens förslag. Erik Sandberg (S) yrkar bifall till Socialdemokraternas budgetförslag med en skattehöjning om 30 öre.")
    d.add_paragraph("Omröstning: Med 22 ja-röster mot 13 nej-röster och 2 som avstår bifaller kommunfullmäktige kommunstyrelsens förslag.")
    d.add_paragraph("Beslut: Kommunfullmäktige fastställer budget 2025 och plan 2026–2027.")
    d.add_paragraph("Reservation: Socialdemokraternas ledamöter reserverar sig mot beslutet till förmån för eget förslag.")
    d.add_heading("§ 146 Skattesats 2025", level=2)
    d.add_paragraph("Beslut: Kommunfullmäktige fastställer skattesatsen för 2025 till 22,36 kronor per skattekrona.")
    d.add_heading("§ 147 Borgensramar för kommunens bolag 2025", level=2)
    d.add_paragraph("Kommunen går i borgen för de helägda bolagens lån. Borgensramarna föreslås enligt tabellen.")
    tb = d.add_table(rows=1, cols=4)
    tb.style = "Table Grid"
    for c, s in zip(tb.rows[0].cells, ["Bolag", "Borgensram 2024 (tkr)", "Borgensram 2025 (tkr)", "Förändring (tkr)"]):
        c.text = s
    rows = [("Hörbyhem AB", 520000, 565000), ("Hörby Fastighets AB", 180000, 180000),
            ("Hörby Vatten och Avfall AB", 240000, 275000)]
    for n, a, b in rows:
        cells = tb.add_row().cells
        for c, s in zip(cells, [n, k(a), k(b), k(b - a)]):
            c.text = s
    cells = tb.add_row().cells
    sa, sb = sum(r[1] for r in rows), sum(r[2] for r in rows)
    for c, s in zip(cells, ["Summa", k(sa), k(sb), k(sb - sa)]):
        c.text = s
    d.add_paragraph("Beslut: Kommunfullmäktige beslutar att fastställa borgensramarna för 2025 enligt förslaget.")
    d.add_paragraph("Reservation: Vänsterpartiets ledamot reserverar sig mot beslutet avseende Hörbyhem AB.")
    d.add_heading("§ 148 Motion om gratis simskola", level=2)
    d.add_paragraph("Motionen från Maja Lind (C) om avgiftsfri simskola för barn i förskoleklass avslås.")
    d.add_paragraph("Reservation: Centerpartiets och Miljöpartiets ledamöter reserverar sig mot beslutet.")
    save_docx(d, path)


def bun_xlsx(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Drift 2025"
    ws.append(["Barn- och utbildningsnämnden – driftbudget per verksamhet 2025"])
    ws.append(["Belopp i tkr"])
    ws.append(["Verksamhet", "Intäkter", "Kostnader", "Nettokostnad"])
    rows = [("Förskola", 21400, -142900), ("Fritidshem", 9800, -31600), ("Förskoleklass", 600, -12300),
            ("Grundskola", 14200, -276900), ("Grundsärskola", 1100, -18400), ("Gymnasieskola", 8300, -96200),
            ("Vuxenutbildning", 6900, -22100), ("Nämnd och administration", 0, -11600)]
    ti = tk = 0
    for n, i, c in rows:
        ws.append([n, i, c, i + c])
        ti += i
        tk += c
    ws.append(["Summa", ti, tk, ti + tk])
    for row in ws.iter_rows(min_row=4):
        for c in row[1:]:
            c.number_format = "# ##0"
    ws2 = wb.create_sheet("Elevtal")
    ws2.append(["Antal barn och elever i Hörby kommun"])
    ws2.append(["Antal, mätdatum 15 oktober"])
    ws2.append(["År", "Förskola", "Grundskola F-9", "Gymnasieskola"])
    for r in [(2021, 742, 1768, 431), (2022, 755, 1790, 446), (2023, 761, 1812, 452), (2024, 770, 1835, 449)]:
        ws2.append(list(r))
    ws2.append(["Prognos 2025", 778, 1851, 455])
    save_xlsx(wb, path)
    return ti + tk


def press_txt(path):
    s = """PRESSMEDDELANDE
Hörby kommun 2024-11-26

Hörby satsar på tidiga insatser för barn och unga

Kommunfullmäktige i Hörby antog i måndags budgeten för 2025. I budgeten avsätts 4,7 miljoner kronor till tidiga insatser för barn och unga, bland annat fler elevassistenter och ett familjecentrum i centrala Hörby.

"Vi vet att tidiga insatser lönar sig, både för barnen och för kommunens ekonomi", säger kommunstyrelsens ordförande Gunnar Persson (SD).

Familjecentrumet öppnar under hösten 2025 och drivs tillsammans med Region Skåne.

Den nya förskolan i Ljungbacka får sex avdelningar och plats för 110 barn. Den beräknas vara klar i januari 2026.

Dessutom satsas 850 000 kronor på upprustning av lekplatser i Hörby tätort, Ludvigsborg och Östraby.

Kontakt:
Gunnar Persson (SD), kommunstyrelsens ordförande, 0415-37 80 10
Lena Sjöholm, ekonomichef, 0415-37 80 41
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(s)


def build(outdir):
    os.makedirs(outdir, exist_ok=True)
    budget_pdf(os.path.join(outdir, "budget-2025-plan-2026-2027.pdf"))
    ar_pdf(os.path.join(outdir, "arsredovisning-2023.pdf"))
    html_page(os.path.join(outdir, "finansiell-information.html"))
    kf_docx(os.path.join(outdir, "kf-protokoll-2024-11-25.docx"))
    bun_xlsx(os.path.join(outdir, "bun-driftbudget-2025.xlsx"))
    press_txt(os.path.join(outdir, "pressmeddelande-2024-11-26.txt"))
