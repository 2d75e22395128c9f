"""Herrljunga kommun: documents for dev-muni32 (figures invented)."""
import os
from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font
from common import PDF, fmt, fix_zip, docx_core, xlsx_core

R1 = lambda x: round(x + 1e-9, 1)
INV_2024 = 9480  # invånare 1 nov 2024

RB = {  # Utfall 2023, Budget 2024, Budget 2025, Plan 2026, Plan 2027
    "intakter": [142.6, 138.0, 145.2, 148.0, 151.0],
    "kostnader": [-742.3, -761.0, -798.1, -816.5, -836.0],
    "avskr": [-29.8, -31.5, -34.2, -36.8, -38.1],
    "skatt": [498.7, 521.4, 551.9, 570.3, 589.6],
    "bidrag": [148.1, 152.2, 156.8, 160.4, 163.5],
    "finint": [3.2, 2.5, 2.8, 2.8, 2.8],
    "finkost": [-8.9, -10.4, -12.1, -13.6, -14.2],
}
NETTO = [R1(a + b + c) for a, b, c in zip(RB["intakter"], RB["kostnader"], RB["avskr"])]
VRES = [R1(n + s + b) for n, s, b in zip(NETTO, RB["skatt"], RB["bidrag"])]
RES = [R1(v + i + k) for v, i, k in zip(VRES, RB["finint"], RB["finkost"])]

NAMND = [  # mnkr: Budget 2024, Budget 2025, Plan 2026
    ("Kommunfullmäktige", 4.1, 4.3, 4.4),
    ("Kommunstyrelsen", 82.6, 86.9, 88.8),
    ("Bildningsnämnden", 268.4, 279.5, 286.0),
    ("Socialnämnden", 262.9, 276.8, 284.9),
    ("Tekniska nämnden", 38.2, 39.6, 40.5),
    ("Miljö- och byggnämnden", 6.7, 7.0, 7.2),
]
NSUM = [R1(sum(n[i] for n in NAMND)) for i in (1, 2, 3)]
NNET = [-NETTO[1], -NETTO[2], -NETTO[3]]
FIN = [R1(NNET[i] - NSUM[i]) for i in range(3)]

INV = [  # tkr: projekt, nämnd, 2025, 2026, 2027
    ("Ny F-6-skola Altorp", "BN", 42000, 55000, 18000),
    ("Tillbyggnad Mörlanda förskola", "BN", 9500, 0, 0),
    ("Ombyggnad Hagens äldreboende", "SN", 12000, 6000, 0),
    ("Inventarier äldreomsorg", "SN", 1200, 800, 800),
    ("VA-sanering Ljung", "TN", 7800, 5200, 4000),
    ("Gång- och cykelväg Annelund–Herrljunga", "TN", 3500, 4500, 0),
    ("Gator och belysning, reinvestering", "TN", 5000, 5000, 5000),
    ("Energieffektivisering fastigheter", "TN", 4300, 3000, 3000),
    ("Fordon och maskiner", "TN", 2200, 1800, 1800),
    ("IT och digitalisering", "KS", 2500, 2000, 2000),
]
INV_TOT = [sum(p[i] for p in INV) for i in (2, 3, 4)]


def d(v, dec=1):
    return fmt(v, dec, "–")


def budget_pdf(path):
    pdf = PDF("HERRLJUNGA KOMMUN", "Budget 2025 och plan 2026–2027")
    pdf.set_margins(22, 18, 22)
    pdf.add_page()
    pdf.ln(50)
    pdf.set_font("DV", "B", 26)
    pdf.multi_cell(0, 12, "Budget 2025\nPlan 2026–2027", align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 12)
    pdf.ln(6)
    pdf.multi_cell(0, 7, "Herrljunga kommun\nAntagen av kommunfullmäktige 2024-11-19, § 112", new_x="LMARGIN", new_y="NEXT")

    pdf.add_page()
    pdf.h1("Inledning")
    pdf.p("Herrljunga kommun har i flera år haft en stark ekonomi, men kostnadsökningarna inom skola och omsorg, stigande räntor och stora investeringar gör att marginalerna krymper. För att klara välfärden och samtidigt bygga en ny skola höjer vi kommunalskatten.")
    pdf.p("Skattesatsen för 2025 höjs med 20 öre till 22,39 kronor per skattekrona. Höjningen beräknas ge 4,8 miljoner kronor i ökade skatteintäkter. Tillsammans med Västra Götalandsregionens skattesats på 11,48 kronor blir den totala skattesatsen 33,87 kronor.")
    pdf.p(f"Budgeten ger ett resultat på {fmt(RES[2], 1)} miljoner kronor 2025. Under planperioden förbättras resultatet till {fmt(RES[4], 1)} miljoner kronor år 2027.")
    pdf.p("Den största investeringen i kommunens historia, den nya F-6-skolan i Altorp, påbörjas 2025 och beräknas kosta 115 miljoner kronor. Vi satsar också 2,3 miljoner kronor på fritidsgårdar och öppen ungdomsverksamhet i Herrljunga och Annelund.")
    pdf.p("Johan Nilsson (C)\nKommunstyrelsens ordförande")
    pdf.h1("Förutsättningar")
    pdf.p(f"Budgeten utgår från {fmt(INV_2024, 0)} invånare den 1 november 2024. Befolkningen beräknas öka med 30 personer per år under planperioden.")
    pdf.p("Skatteintäkterna bygger på SKR:s prognos från oktober 2024. Löneökningarna beräknas till 3,4 procent och prisökningarna till 2,1 procent. Internräntan för kapitalkostnader är 2,5 procent.")
    pdf.p("Kommunens långfristiga låneskuld beräknas öka från 395 miljoner kronor vid utgången av 2024 till 450 miljoner kronor vid utgången av 2025. En ränteökning med en procentenhet motsvarar cirka 4,1 miljoner kronor i ökade räntekostnader per år.")
    pdf.h1("Finansiella mål")
    pdf.bullets([
        "Årets resultat ska uppgå till minst 1,5 procent av skatteintäkter och generella statsbidrag.",
        "Investeringar ska självfinansieras till minst 50 procent under planperioden.",
        "Soliditeten inklusive hela pensionsåtagandet ska inte understiga 25 procent.",
    ])
    pdf.h1("Verksamhetsmål")
    pdf.bullets([
        "Herrljunga ska vara en attraktiv plats att bo i med ett växande antal invånare.",
        "Alla elever ska ges förutsättningar att nå kunskapskraven; andelen behöriga till gymnasiet ska öka.",
        "Den som har behov av omsorg ska få en trygg och individanpassad vård.",
        "Kommunens verksamheter ska bidra till minskade utsläpp av växthusgaser.",
    ])

    pdf.add_page()
    pdf.h1("Resultatbudget")
    hdr1 = ["", "Not", "Utfall", "Budget", "Budget", "Plan", "Plan"]
    hdr2 = ["Belopp i mnkr", "", "2023", "2024", "2025", "2026", "2027"]
    rows = []
    def row(lbl, note, vals):
        rows.append([lbl, note] + [d(v) for v in vals])
    row("Verksamhetens intäkter", "1", RB["intakter"])
    row("Verksamhetens kostnader", "2", RB["kostnader"])
    row("Avskrivningar", "3", RB["avskr"])
    row("Verksamhetens nettokostnader", "", NETTO)
    row("Skatteintäkter", "4", RB["skatt"])
    row("Generella statsbidrag och utjämning", "5", RB["bidrag"])
    row("Verksamhetens resultat", "", VRES)
    row("Finansiella intäkter", "", RB["finint"])
    row("Finansiella kostnader", "6", RB["finkost"])
    row("Årets resultat", "", RES)
    rows.append(["Årets resultat, % av skatter och bidrag", ""] + [fmt(100 * r / (s + b), 1) for r, s, b in zip(RES, RB["skatt"], RB["bidrag"])])
    pdf.table(None, [hdr1, hdr2], rows, [60, 10, 19, 19, 19, 19, 19], font=8, bold_rows=(3, 6, 9))
    pdf.small("Utfall 2023 enligt årsredovisningen. Budget 2024 avser ursprunglig budget.")
    pdf.p("Verksamhetens nettokostnader ökar med 32,6 miljoner kronor mellan budget 2024 och budget 2025, medan skatteintäkter och generella statsbidrag ökar med 35,1 miljoner kronor.")

    pdf.h1("Kassaflödesbudget")
    hdr1 = ["", "Budget", "Budget", "Plan", "Plan"]
    hdr2 = ["Belopp i mnkr", "2024", "2025", "2026", "2027"]
    res = RES[1:]
    av = [-x for x in RB["avskr"][1:]]
    ps = [2.1, 2.4, 2.2, 2.0]
    lop = [R1(a + b + c) for a, b, c in zip(res, av, ps)]
    inv = [-78.0, -INV_TOT[0] / 1000, -INV_TOT[1] / 1000, -INV_TOT[2] / 1000]
    lan = [45.0, 60.0, 50.0, 0.0]
    amo = [-5.0, -5.0, -5.0, -5.0]
    tot = [R1(a + b + c + e) for a, b, c, e in zip(lop, inv, lan, amo)]
    rows = [["Den löpande verksamheten", "", "", "", ""],
            ["Årets resultat"] + [d(v) for v in res],
            ["Justering för avskrivningar"] + [d(v) for v in av],
            ["Justering för pensionsavsättningar"] + [d(v) for v in ps],
            ["Medel från löpande verksamhet"] + [d(v) for v in lop],
            ["Investeringsverksamheten", "", "", "", ""],
            ["Investeringar i materiella anläggningstillgångar"] + [d(v) for v in inv],
            ["Finansieringsverksamheten", "", "", "", ""],
            ["Nyupptagna lån"] + [d(v) for v in lan],
            ["Amortering av skuld"] + [d(v) for v in amo],
            ["Årets kassaflöde"] + [d(v) for v in tot]]
    pdf.table(None, [hdr1, hdr2], rows, [78, 22, 22, 22, 22], font=8, bold_rows=(4, 10), section_rows=(0, 5, 7))

    pdf.add_page()
    pdf.h1("Balansbudget")
    hdr1 = ["", "Utfall", "Budget", "Budget", "Plan", "Plan"]
    hdr2 = ["Belopp i mnkr", "2023", "2024", "2025", "2026", "2027"]
    anl = [812.4, 859.0, 935.8, 1004.3, 1021.2]
    oms = [121.3, 110.5, 103.2, 99.8, 101.5]
    ek = [398.6, 409.8, 422.1, 436.7, 455.3]
    avs = [62.4, 64.5, 66.9, 69.1, 71.1]
    lang = [355.0, 395.0, 450.0, 495.0, 490.0]
    st = [R1(a + b) for a, b in zip(anl, oms)]
    kort = [R1(t - e - a - l) for t, e, a, l in zip(st, ek, avs, lang)]
    rows = [["Anläggningstillgångar"] + [d(v) for v in anl],
            ["Omsättningstillgångar"] + [d(v) for v in oms],
            ["Summa tillgångar"] + [d(v) for v in st],
            ["Eget kapital"] + [d(v) for v in ek],
            ["Avsättningar"] + [d(v) for v in avs],
            ["Långfristiga skulder"] + [d(v) for v in lang],
            ["Kortfristiga skulder"] + [d(v) for v in kort],
            ["Summa eget kapital och skulder"] + [d(v) for v in st],
            ["Soliditet (%)"] + [fmt(100 * e / t, 1) for e, t in zip(ek, st)]]
    pdf.table(None, [hdr1, hdr2], rows, [62, 19, 19, 19, 19, 19], font=8, bold_rows=(2, 7))
    pdf.small("Soliditet exklusive pensionsförpliktelser som redovisas som ansvarsförbindelse.")

    pdf.h1("Driftbudget per nämnd")
    pdf.p("Nämndernas ramar anges som nettokostnad. Kolumnen kr per invånare är beräknad på 9 480 invånare.")
    hdr1 = ["", "Budget", "Budget", "Budget 2025", "Plan"]
    hdr2 = ["Nämnd (mnkr)", "2024", "2025", "kr per invånare", "2026"]
    rows = []
    for name, b24, b25, p26 in NAMND:
        rows.append([name, fmt(b24, 1), fmt(b25, 1), fmt(round(b25 * 1e6 / INV_2024), 0), fmt(p26, 1)])
    rows.append(["Summa nämnder", fmt(NSUM[0], 1), fmt(NSUM[1], 1), fmt(round(NSUM[1] * 1e6 / INV_2024), 0), fmt(NSUM[2], 1)])
    rows.append(["Finansförvaltning", d(FIN[0]), d(FIN[1]), "", d(FIN[2])])
    rows.append(["Verksamhetens nettokostnader", fmt(NNET[0], 1), fmt(NNET[1], 1), fmt(round(NNET[1] * 1e6 / INV_2024), 0), fmt(NNET[2], 1)])
    pdf.table(None, [hdr1, hdr2], rows, [62, 22, 22, 32, 22], font=8, bold_rows=(6, 8))
    pdf.small("Finansförvaltningen omfattar bland annat pensionskostnader, intern ränta och en central lönepott på 9,5 miljoner kronor som fördelas till nämnderna när löneöversynen är klar.")

    pdf.add_page(orientation="L")
    pdf.h1("Investeringsbudget 2025–2027")
    pdf.p("Investeringsbudgeten för 2025 uppgår till 90,0 miljoner kronor. Utöver tabellen tillkommer exploateringsprojekt som redovisas separat.")
    hdr1 = ["Projekt", "Nämnd", "Budget", "Plan", "Plan", "Totalt"]
    hdr2 = ["Belopp i tkr", "", "2025", "2026", "2027", "2025–2027"]
    rows = [[p, n, fmt(a, 0), fmt(b, 0), fmt(c, 0), fmt(a + b + c, 0)] for p, n, a, b, c in INV]
    rows.append(["Summa investeringar", "", fmt(INV_TOT[0], 0), fmt(INV_TOT[1], 0), fmt(INV_TOT[2], 0), fmt(sum(INV_TOT), 0)])
    pdf.table(None, [hdr1, hdr2], rows, [105, 25, 30, 30, 30, 35], font=9, bold_rows=(len(rows) - 1,))
    pdf.small("BN = Bildningsnämnden, SN = Socialnämnden, TN = Tekniska nämnden, KS = Kommunstyrelsen.\n* Den totala projektbudgeten för F-6-skolan i Altorp är 115 000 tkr. Eventuella fördyringar hanteras av kommunfullmäktige.")

    texts = [
        ("Kommunstyrelsen", "Kommunstyrelsen är kommunens ledande politiska förvaltningsorgan och ansvarar för bland annat ekonomi, personal, räddningstjänst, kultur och fritid samt näringsliv. Ramen för 2025 är 86,9 miljoner kronor. Satsningen på fritidsgårdar om 2,3 miljoner kronor ingår i ramen. Antalet besökare på fritidsgårdarna var 11 400 under 2023."),
        ("Bildningsnämnden", "Bildningsnämnden ansvarar för förskola, grundskola, gymnasieskola och vuxenutbildning. Ramen för 2025 är 279,5 miljoner kronor. Antalet elever i grundskolan beräknas till 1 120 och antalet barn i förskolan till 520. Nämnden ska genomföra effektiviseringar om 3,2 miljoner kronor, främst genom en översyn av skolorganisationen inför flytten till Altorpsskolan."),
        ("Socialnämnden", "Socialnämnden ansvarar för äldreomsorg, funktionsstöd och individ- och familjeomsorg. Ramen för 2025 är 276,8 miljoner kronor, en ökning med 13,9 miljoner kronor. Ökningen beror främst på fler personer med omfattande behov inom LSS. Kommunen har 118 platser i särskilt boende, varav 32 på Hagens äldreboende."),
        ("Tekniska nämnden", "Tekniska nämnden ansvarar för gator, parker, kommunens fastigheter, måltider och vatten och avlopp. Vatten och avlopp är avgiftsfinansierat. Ramen för 2025 är 39,6 miljoner kronor. VA-taxan höjs med 8 procent från den 1 januari 2025."),
        ("Miljö- och byggnämnden", "Miljö- och byggnämnden ansvarar för bygglov, tillsyn enligt miljöbalken och livsmedelskontroll. Ramen för 2025 är 7,0 miljoner kronor. Handläggningstiden för bygglov ska i genomsnitt vara högst fem veckor."),
    ]
    pdf.add_page(orientation="P")
    pdf.h1("Nämndernas uppdrag 2025")
    for i, (t, x) in enumerate(texts):
        if i > 0:
            pdf.add_page()
        pdf.h2(t)
        pdf.p(x)
        pdf.p("Nämnden ska senast den 31 mars 2025 redovisa en handlingsplan för hur ramen ska hållas, och följa upp ekonomin månadsvis till kommunstyrelsen.")
    pdf.add_page()
    pdf.h1("Noter")
    notes = [
        "Not 1. Verksamhetens intäkter omfattar taxor, avgifter, hyror och riktade statsbidrag. Riktade statsbidrag beräknas till 58,6 miljoner kronor 2025.",
        "Not 2. Verksamhetens kostnader. Personalkostnaderna beräknas till 512,4 miljoner kronor 2025.",
        "Not 3. Avskrivningar beräknas enligt komponentavskrivning. Avskrivningarna ökar när nya investeringar tas i bruk.",
        "Not 4. Skatteintäkter beräknade med skattesatsen 22,39 kronor och 9 480 invånare.",
        "Not 5. Generella statsbidrag och utjämning enligt SKR:s prognos i oktober 2024.",
        "Not 6. Finansiella kostnader avser räntor på lån med en genomsnittlig ränta på 2,9 procent samt finansiell kostnad för pensionsskulden.",
    ]
    for n in notes:
        pdf.p(n)
    pdf.output(path)


def ar_pdf(path):
    pdf = PDF("HERRLJUNGA KOMMUN", "Årsredovisning 2023")
    pdf.set_margins(22, 18, 22)
    pdf.add_page()
    pdf.ln(50)
    pdf.set_font("DV", "B", 26)
    pdf.multi_cell(0, 12, "Årsredovisning 2023", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 12)
    pdf.multi_cell(0, 7, "Herrljunga kommun\nGodkänd av kommunfullmäktige 2024-04-23", new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    pdf.h1("Kommunstyrelsens ordförande har ordet")
    pdf.p(f"Året 2023 präglades av hög inflation och stigande räntor. Trots det redovisar Herrljunga kommun ett positivt resultat på {fmt(RES[0], 1)} miljoner kronor, vilket är 3,7 miljoner kronor sämre än 2022. Nämnderna redovisar sammantaget ett underskott mot budget på 5,9 miljoner kronor.")
    pdf.p("Johan Nilsson (C), kommunstyrelsens ordförande")
    pdf.h1("Förvaltningsberättelse")
    pdf.h2("Befolkning")
    pdf.p("Den 31 december 2023 hade Herrljunga kommun 9 471 invånare, en minskning med 31 personer jämfört med året innan. Minskningen förklaras av ett negativt födelsenetto.")
    pdf.h2("Personal")
    pdf.p("Antalet tillsvidareanställda var 812 vid årets slut. Den totala sjukfrånvaron uppgick till 6,8 procent, vilket är en minskning från 7,3 procent 2022. Personalkostnaderna uppgick till 478,9 miljoner kronor.")
    pdf.h2("Investeringar")
    pdf.p("Nettoinvesteringarna uppgick till 82,4 miljoner kronor, vilket är 21,6 miljoner kronor lägre än budget. De största projekten var nya Mörlanda förskola etapp 1 och VA-sanering i Ljung. Självfinansieringsgraden av investeringarna blev 50 procent.")
    pdf.h2("Femårsöversikt")
    hdr = ["", "2019", "2020", "2021", "2022", "2023"]
    rows = [["Folkmängd 31 december", "9 380", "9 412", "9 455", "9 502", "9 471"],
            ["Skattesats (kr)", "22,04", "22,04", "22,04", "22,19", "22,19"],
            ["Årets resultat (mnkr)", "8,2", "24,6", "31,0", "15,3", fmt(RES[0], 1)],
            ["Nettoinvesteringar (mnkr)", "48,3", "52,1", "61,7", "74,9", "82,4"],
            ["Soliditet (%)", "41,2", "42,5", "44,1", "43,0", "42,7"],
            ["Antal tillsvidareanställda", "786", "794", "801", "806", "812"]]
    pdf.table(None, [hdr], rows, [62, 20, 20, 20, 20, 20], font=8.5)
    pdf.add_page()
    pdf.h2("Nämndernas budgetavvikelser")
    hdr1 = ["", "Budget", "Utfall", "Avvikelse"]
    hdr2 = ["Mnkr", "2023", "2023", "2023"]
    av = [("Kommunfullmäktige", 3.9, 0.2), ("Kommunstyrelsen", 78.8, 1.4), ("Bildningsnämnden", 255.2, -3.1),
          ("Socialnämnden", 247.6, -5.6), ("Tekniska nämnden", 36.9, 0.9), ("Miljö- och byggnämnden", 6.4, 0.3)]
    rows = [[n, fmt(b, 1), fmt(R1(b - a), 1), d(a)] for n, b, a in av]
    sb = R1(sum(b for _, b, _ in av)); sa = R1(sum(a for _, _, a in av))
    rows.append(["Summa nämnder", fmt(sb, 1), fmt(R1(sb - sa), 1), d(sa)])
    assert sa == -5.9
    pdf.table(None, [hdr1, hdr2], rows, [62, 25, 25, 25], font=8.5, bold_rows=(6,))
    pdf.p("Socialnämndens underskott beror på ökade kostnader för köpt vård inom individ- och familjeomsorgen samt för bemanning inom äldreomsorgen. Bildningsnämndens underskott förklaras främst av ökade kostnader för skolskjuts och tilläggsbelopp.")
    pdf.add_page()
    pdf.h1("Resultaträkning")
    hdr = ["Belopp i mnkr", "Not", "2023", "2022"]
    r22 = {"intakter": 135.9, "kostnader": -701.4, "avskr": -27.6, "skatt": 478.2, "bidrag": 131.5, "finint": 2.1, "finkost": -3.4}
    n22 = R1(r22["intakter"] + r22["kostnader"] + r22["avskr"])
    v22 = R1(n22 + r22["skatt"] + r22["bidrag"])
    res22 = R1(v22 + r22["finint"] + r22["finkost"])
    assert res22 == 15.3, res22
    lab = [("Verksamhetens intäkter", "intakter", "2"), ("Verksamhetens kostnader", "kostnader", "3"), ("Avskrivningar", "avskr", "4")]
    rows = [[l, nt, d(RB[k][0]), d(r22[k])] for l, k, nt in lab]
    rows.append(["Verksamhetens nettokostnader", "", d(NETTO[0]), d(n22)])
    rows.append(["Skatteintäkter", "5", d(RB["skatt"][0]), d(r22["skatt"])])
    rows.append(["Generella statsbidrag och utjämning", "6", d(RB["bidrag"][0]), d(r22["bidrag"])])
    rows.append(["Verksamhetens resultat", "", d(VRES[0]), d(v22)])
    rows.append(["Finansiella intäkter", "7", d(RB["finint"][0]), d(r22["finint"])])
    rows.append(["Finansiella kostnader", "8", d(RB["finkost"][0]), d(r22["finkost"])])
    rows.append(["Årets resultat", "", d(RES[0]), d(res22)])
    pdf.table(None, [hdr], rows, [80, 12, 25, 25], font=8.5, bold_rows=(3, 6, 9))
    pdf.h2("Balanskravsresultat")
    pdf.p(f"Balanskravsresultatet för 2023 uppgår till {fmt(RES[0] - 1.2, 1)} miljoner kronor efter avdrag för realisationsvinster på 1,2 miljoner kronor. Kommunen uppfyller därmed balanskravet.")
    pdf.output(path)


HTML = """<!DOCTYPE html>
<html lang="sv">
<head><meta charset="utf-8"><title>Skatten höjs med 20 öre – så blir budget 2025 | Herrljunga kommun</title></head>
<body>
<div class="cookie-consent" id="cookies">
<p>Herrljunga.se använder kakor. Vissa är nödvändiga för att webbplatsen ska fungera, andra hjälper oss att förbättra den.</p>
<button>Acceptera</button><button>Neka</button><a href="/kakor">Inställningar för kakor</a>
</div>
<header>
<div class="top"><a href="/">Herrljunga kommun</a> <a href="/lattlast">Lättläst</a> <a href="/other-languages">Other languages</a> <a href="/lyssna">Lyssna</a></div>
<nav><ul>
<li><a href="/forskola-och-skola">Förskola och skola</a></li>
<li><a href="/omsorg-och-hjalp">Omsorg och hjälp</a></li>
<li><a href="/bo-och-bygga">Bo, bygga och miljö</a></li>
<li><a href="/uppleva-och-gora">Uppleva och göra</a></li>
<li><a href="/naringsliv">Näringsliv och arbete</a></li>
<li><a href="/kommun-och-politik">Kommun och politik</a></li>
</ul></nav>
</header>
<main>
<div class="breadcrumbs"><a href="/">Start</a> › <a href="/nyheter">Nyheter</a> › Skatten höjs med 20 öre</div>
<article class="news">
<p class="date">Publicerad 21 november 2024</p>
<h1>Skatten höjs med 20 öre – så blir budget 2025</h1>
<p class="lead">Kommunfullmäktige i Herrljunga beslutade den 19 november om budget för 2025 och plan för 2026–2027. Kommunalskatten höjs från 22,19 till 22,39 kronor.</p>
<p>Beslutet fattades efter votering med 19 röster mot 12. Moderaterna, Kristdemokraterna och Sverigedemokraterna röstade för ett alternativt förslag utan skattehöjning.</p>
<p>För en person med en månadsinkomst på 30 000 kronor innebär höjningen ungefär 50 kronor mer i skatt per månad.</p>
<h2>Nämndernas ramar</h2>
<table>
<thead>
<tr><th>Nämnd</th><th>Budget 2024, mnkr</th><th>Budget 2025, mnkr</th><th>Förändring, mnkr</th></tr>
</thead>
<tbody>
__ROWS__
</tbody>
</table>
<p>Den största investeringen under 2025 är den nya F-6-skolan i Altorp med 42 miljoner kronor. Totalt investerar kommunen 90 miljoner kronor under året.</p>
<p>Läs hela budgetdokumentet under <a href="/kommun-och-politik/ekonomi">Ekonomi</a>.</p>
<p class="updated">Senast uppdaterad: 2024-11-22</p>
</article>
</main>
<footer>
<p>Herrljunga kommun, Box 201, 524 23 Herrljunga. Besöksadress: Torggatan 1. Telefon: 0513-170 00.</p>
<p><a href="/tillganglighet">Tillgänglighetsredogörelse</a> · <a href="/gdpr">Behandling av personuppgifter</a> · <a href="/kakor">Om kakor</a></p>
</footer>
</body>
</html>
"""


def html(path):
    rows = []
    for name, b24, b25, _ in NAMND:
        rows.append(f"<tr><td>{name}</td><td>{fmt(b24, 1)}</td><td>{fmt(b25, 1)}</td><td>{fmt(R1(b25 - b24), 1)}</td></tr>")
    rows.append(f"<tr><td><strong>Summa</strong></td><td>{fmt(NSUM[0], 1)}</td><td>{fmt(NSUM[1], 1)}</td><td>{fmt(R1(NSUM[1] - NSUM[0]), 1)}</td></tr>")
    with open(path, "w", encoding="utf-8") as f:
        f.write(HTML.replace("__ROWS__", "\n".join(rows)))


REV = [  # projekt, budget 2025 (KF), ombudgetering
    ("Ny F-6-skola Altorp", 42000, 6500),
    ("Tillbyggnad Mörlanda förskola", 9500, 1200),
    ("Ombyggnad Hagens äldreboende", 12000, -4000),
    ("VA-sanering Ljung", 7800, 900),
    ("Gång- och cykelväg Annelund–Herrljunga", 3500, 0),
]


def docx(path):
    doc = Document()
    docx_core(doc, "Protokollsutdrag KS 2025-02-10 § 18", "Herrljunga kommun")
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10.5)
    doc.add_paragraph("HERRLJUNGA KOMMUN\tSAMMANTRÄDESPROTOKOLL")
    doc.add_paragraph("Kommunstyrelsen\tSammanträdesdatum 2025-02-10")
    doc.add_heading("§ 18 Revidering av investeringsbudget 2025 – ombudgetering från 2024", level=1)
    doc.add_paragraph("Dnr KS 2025/14")
    doc.add_heading("Sammanfattning", level=2)
    doc.add_paragraph("Ekonomiavdelningen har sammanställt nämndernas begäran om ombudgetering av ej förbrukade investeringsmedel från 2024. Totalt föreslås ombudgetering med netto 4 600 tkr, vilket innebär att investeringsbudgeten för 2025 ökar från 90 000 tkr till 94 600 tkr.")
    doc.add_paragraph("Ombyggnaden av Hagens äldreboende skjuts delvis till 2026 på grund av överklagad upphandling, och 4 000 tkr flyttas därför från 2025 till 2026.")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, txt in zip(t.rows[0].cells, ["Projekt", "Budget 2025 enligt KF", "Ombudgetering", "Reviderad budget 2025"]):
        c.text = txt
    for p, b, o in REV:
        cells = t.add_row().cells
        for c, txt in zip(cells, [p, fmt(b, 0), fmt(o, 0), fmt(b + o, 0)]):
            c.text = txt
    cells = t.add_row().cells
    sb = sum(b for _, b, _ in REV); so = sum(o for _, _, o in REV)
    for c, txt in zip(cells, ["Summa berörda projekt", fmt(sb, 0), fmt(so, 0), fmt(sb + so, 0)]):
        c.text = txt
    doc.add_paragraph("Belopp i tkr. Övriga projekt i investeringsbudgeten är oförändrade.")
    doc.add_heading("Beslutsunderlag", level=2)
    doc.add_paragraph("Tjänsteskrivelse från ekonomichef Maria Ek, 2025-01-27.")
    doc.add_paragraph("Budget 2025 och plan 2026–2027, KF 2024-11-19 § 112.")
    doc.add_heading("Förslag till beslut", level=2)
    doc.add_paragraph("Kommunstyrelsen föreslår kommunfullmäktige besluta att revidera investeringsbudgeten för 2025 enligt tabellen, med en total investeringsbudget på 94 600 tkr.")
    doc.add_heading("Yrkanden", level=2)
    doc.add_paragraph("Johan Nilsson (C) yrkar bifall till förslaget. Ulrika Andersson (M) yrkar att ombudgeteringen för Ny F-6-skola Altorp begränsas till 3 000 tkr.")
    doc.add_heading("Beslut", level=2)
    doc.add_paragraph("Kommunstyrelsen beslutar enligt Johan Nilssons (C) yrkande.")
    doc.add_heading("Reservation", level=2)
    doc.add_paragraph("Ulrika Andersson (M) och Peter Lund (M) reserverar sig mot beslutet till förmån för Ulrika Anderssons yrkande.")
    doc.add_paragraph("Expedieras till: Kommunfullmäktige, ekonomiavdelningen, bildningsnämnden, socialnämnden, tekniska nämnden")
    doc.add_paragraph("Justerandes signatur: ____________   Utdragsbestyrkande: ____________")
    doc.save(path)
    fix_zip(path)


VERKS = [  # nämnd, verksamhet, intäkter tkr, nettokostnad tkr
    ("Kommunfullmäktige", "Politisk verksamhet", 0, 3100), ("Kommunfullmäktige", "Revision", 0, 1200),
    ("Kommunstyrelsen", "Kommunledning och administration", 6200, 38400), ("Kommunstyrelsen", "Räddningstjänst", 2100, 14200),
    ("Kommunstyrelsen", "Kultur och fritid", 3400, 21800), ("Kommunstyrelsen", "Näringsliv och turism", 600, 4600),
    ("Kommunstyrelsen", "Arbetsmarknadsenhet", 5300, 7900),
    ("Bildningsnämnden", "Förskola", 7900, 58200), ("Bildningsnämnden", "Grundskola inkl. förskoleklass", 9800, 141600),
    ("Bildningsnämnden", "Fritidshem", 3100, 12300), ("Bildningsnämnden", "Gymnasieskola", 2400, 54100),
    ("Bildningsnämnden", "Vuxenutbildning", 3600, 8900), ("Bildningsnämnden", "Kulturskola", 700, 4400),
    ("Socialnämnden", "Äldreomsorg", 21300, 142500), ("Socialnämnden", "Funktionsstöd", 14600, 78300),
    ("Socialnämnden", "Individ- och familjeomsorg", 5200, 41200), ("Socialnämnden", "Hälso- och sjukvård", 1900, 14800),
    ("Tekniska nämnden", "Gator och vägar", 1500, 18900), ("Tekniska nämnden", "Parker", 300, 6300),
    ("Tekniska nämnden", "Fastighetsförvaltning", 41800, 12100), ("Tekniska nämnden", "Kostenhet", 12600, 2300),
    ("Miljö- och byggnämnden", "Bygglov", 2900, 2600), ("Miljö- och byggnämnden", "Miljö och hälsoskydd", 2100, 4400),
]
NYCKEL = [  # år, invånare 1 nov, skattesats, nettokostnad per invånare, årsarbetare
    (2020, 9405, 22.04, 60210, 721), (2021, 9448, 22.04, 62480, 728), (2022, 9497, 22.19, 62950, 736),
    (2023, 9476, 22.19, 66431, 741), (2024, 9480, 22.19, 69040, 745), (2025, 9480, 22.39, 72479, 748),
]


def xlsx(path):
    for name, _, b25, _ in NAMND:
        assert sum(v[3] for v in VERKS if v[0] == name) == round(b25 * 1000), name
    wb = Workbook()
    xlsx_core(wb, "Driftbudget 2025 per verksamhet", "Herrljunga kommun, ekonomiavdelningen")
    ws = wb.active
    ws.title = "Driftbudget 2025"
    ws.append(["Herrljunga kommun – driftbudget 2025 per verksamhet"])
    ws.append(["Belopp i tkr. Kostnader anges med minustecken."])
    ws.append(["Nämnd", "Verksamhet", "Intäkter", "Kostnader", "Nettokostnad"])
    for n, v, i, net in VERKS:
        ws.append([n, v, i, -(net + i), -net])
    ws.append(["Totalt", "", sum(v[2] for v in VERKS), -sum(v[2] + v[3] for v in VERKS), -sum(v[3] for v in VERKS)])
    ws["A1"].font = Font(bold=True, size=13)
    ws2 = wb.create_sheet("Nyckeltal")
    ws2.append(["Nyckeltal 2020–2025"])
    ws2.append(["2020–2023 utfall, 2024–2025 budget. Nettokostnad i kronor per invånare."])
    ws2.append(["År", "Invånare 1 nov", "Skattesats (kr)", "Nettokostnad per invånare (kr)", "Antal årsarbetare"])
    for r in NYCKEL:
        ws2.append(list(r))
    for row in ws2.iter_rows(min_row=4):
        row[2].number_format = "0.00"
    wb.save(path)
    fix_zip(path)


PRESS = """PRESSMEDDELANDE
Herrljunga kommun, 2024-11-20

Herrljunga höjer skatten – bygger ny skola i Altorp

Kommunfullmäktige i Herrljunga antog i går kväll budget för 2025 med plan för 2026–2027. Kommunalskatten höjs med 20 öre till 22,39 kronor per hundralapp.

"Vi har valt att höja skatten hellre än att skära i skolan och omsorgen. Den nya skolan i Altorp är en investering för kommande generationer", säger Johan Nilsson (C), kommunstyrelsens ordförande.

Budgeten i korthet:
- Skattehöjningen ger cirka 4,8 miljoner kronor mer i skatteintäkter 2025.
- Resultatet för 2025 budgeteras till 12,3 miljoner kronor.
- Investeringar för 90 miljoner kronor 2025, varav 42 miljoner kronor till Altorpsskolan.
- 2,3 miljoner kronor till fritidsgårdar och öppen ungdomsverksamhet.
- Bildningsnämnden ska effektivisera för 3,2 miljoner kronor.

Altorpsskolan ska ha plats för 450 elever och beräknas vara klar till höstterminen 2027. Hela projektet beräknas kosta 115 miljoner kronor.

Oppositionen, Moderaterna, Kristdemokraterna och Sverigedemokraterna, ville behålla skattesatsen på 22,19 kronor och i stället skjuta upp skolbygget ett år.

För mer information:
Johan Nilsson (C), kommunstyrelsens ordförande, 0513-170 10
Maria Ek, ekonomichef, 0513-170 35
"""


def press(path):
    with open(path, "w", encoding="utf-8") as f:
        f.write(PRESS)


def build(outdir):
    os.makedirs(outdir, exist_ok=True)
    budget_pdf(os.path.join(outdir, "budget-2025-plan-2026-2027.pdf"))
    ar_pdf(os.path.join(outdir, "arsredovisning-2023.pdf"))
    html(os.path.join(outdir, "nyheter-skatten-hojs-budget-2025.html"))
    docx(os.path.join(outdir, "ks-protokollsutdrag-2025-02-10-p18.docx"))
    xlsx(os.path.join(outdir, "driftbudget-2025-per-verksamhet.xlsx"))
    press(os.path.join(outdir, "pressmeddelande-2024-11-20.txt"))
    print("herrljunga:", "NETTO", NETTO, "VRES", VRES, "RES", RES, "NSUM", NSUM, "FIN", FIN, "INV_TOT", INV_TOT)
