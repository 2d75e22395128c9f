"""Flens kommun: documents for blind-muni30 (deterministic)."""
import os

import docx
import openpyxl
from docx.shared import Pt
from openpyxl.styles import Font

from common import PDF, normalize_zip, r1, sv, utc

YEARS = ["Bokslut 2023", "Prognos 2024", "Budget 2025", "Plan 2026", "Plan 2027"]

# ---------------- Resultatbudget (mnkr) ----------------
RB = {
    "Verksamhetens intäkter": [312.4, 318.0, 325.6, 331.2, 337.0],
    "Verksamhetens kostnader": [-1402.7, -1451.3, -1489.2, -1527.4, -1563.8],
    "Avskrivningar": [-48.6, -52.1, -56.3, -59.8, -62.4],
    "Skatteintäkter": [905.3, 941.8, 978.4, 1012.6, 1049.1],
    "Generella statsbidrag och utjämning": [262.1, 271.5, 279.6, 286.9, 293.4],
    "Finansiella intäkter": [6.2, 5.8, 5.1, 5.0, 5.0],
    "Finansiella kostnader": [-14.9, -18.6, -20.4, -22.8, -24.9],
}
NETTO = [r1(RB["Verksamhetens intäkter"][i] + RB["Verksamhetens kostnader"][i] + RB["Avskrivningar"][i]) for i in range(5)]
VRES = [r1(NETTO[i] + RB["Skatteintäkter"][i] + RB["Generella statsbidrag och utjämning"][i]) for i in range(5)]
RES = [r1(VRES[i] + RB["Finansiella intäkter"][i] + RB["Finansiella kostnader"][i]) for i in range(5)]
RESPCT = [r1(100 * RES[i] / (RB["Skatteintäkter"][i] + RB["Generella statsbidrag och utjämning"][i])) for i in range(5)]

# ---------------- Balansbudget (mnkr) ----------------
EK = [612.4]
for i in range(1, 5):
    EK.append(r1(EK[-1] + RES[i]))
ANL = [1412.6, 1465.3, 1514.3, 1551.2, 1578.4]
OMS = [186.3, 171.0, 165.4, 160.2, 158.9]
TILL = [r1(ANL[i] + OMS[i]) for i in range(5)]
AVS = [88.5, 91.2, 94.0, 96.8, 99.1]
KORT = [246.0, 248.0, 250.0, 252.0, 254.0]
LANG = [r1(TILL[i] - EK[i] - AVS[i] - KORT[i]) for i in range(5)]
SOL = [r1(100 * EK[i] / TILL[i]) for i in range(5)]

# ---------------- Driftbudget (tkr) ----------------
NAMND = [
    ("Kommunstyrelsen", [139800, 142350, 145200, 148100]),
    ("Barn- och utbildningsnämnden", [530420, 548920, 563400, 577900]),
    ("Socialnämnden", [447650, 463180, 476300, 489800]),
    ("Kultur- och fritidsnämnden", [37900, 38640, 39400, 40200]),
    ("Samhällsbyggnadsnämnden", [59880, 61270, 62500, 63800]),
    ("Överförmyndarnämnden", [3950, 4120, 4200, 4300]),
    ("Revisionen", [1600, 1650, 1700, 1750]),
]
TOT_DRIFT = [1181200, 1219900, 1256000, 1289200]  # budget 2024, 2025, plan 2026, 2027
FINANS = [TOT_DRIFT[k] - sum(v[k] for _, v in NAMND) for k in range(4)]
DRIFT = NAMND + [("Finansförvaltning och gemensamt", FINANS)]

# Delårsrapport: avvikelse prognos 2024 mot budget (tkr)
AVV = {
    "Kommunstyrelsen": 2100,
    "Barn- och utbildningsnämnden": -3800,
    "Socialnämnden": -14300,
    "Kultur- och fritidsnämnden": 400,
    "Samhällsbyggnadsnämnden": 1200,
    "Överförmyndarnämnden": -150,
    "Revisionen": 0,
    "Finansförvaltning och gemensamt": 10350,
}

# ---------------- Investeringsbudget (mnkr) ----------------
INV = [
    ("Kommunstyrelsen", [
        ("IT-infrastruktur", [3.5, 3.0, 3.0]),
        ("Energieffektivisering kommunala fastigheter", [6.0, 5.0, 5.0]),
        ("Ny förskola Malmköping", [28.0, 32.0, 8.0]),
        ("Renovering Flens simhall", [12.5, 4.0, 0.0]),
        ("Upprustning av stadshuset", [2.5, 2.0, 0.0]),
    ]),
    ("Samhällsbyggnadsnämnden", [
        ("Gator och vägar, beläggning", [8.0, 8.0, 8.5]),
        ("Gång- och cykelväg Flen–Skogstorp", [5.5, 3.0, 0.0]),
        ("Vatten och avlopp, ledningsförnyelse", [18.0, 20.0, 22.0]),
        ("Reningsverk Hälleforsnäs", [9.0, 15.0, 6.0]),
        ("Parker och lekplatser", [1.5, 1.5, 1.5]),
    ]),
    ("Barn- och utbildningsnämnden", [
        ("Inventarier skolor", [2.0, 2.0, 2.0]),
        ("Digitala verktyg elever", [1.2, 1.0, 1.0]),
    ]),
    ("Socialnämnden", [
        ("Välfärdsteknik", [1.8, 1.5, 1.5]),
        ("Inventarier särskilt boende", [0.9, 0.8, 0.8]),
    ]),
    ("Kultur- och fritidsnämnden", [
        ("Konstgräsplan Flen", [4.5, 0.0, 0.0]),
        ("Biblioteket, inventarier", [0.4, 0.3, 0.3]),
    ]),
]
INV_TOT = [r1(sum(p[1][k] for _, ps in INV for p in ps)) for k in range(3)]

CHAIR = "Maria Holmström (S)"
TAX = "22,21"


def fmt_row(vals, d=1, neg="-"):
    return [sv(v, d, neg) for v in vals]


def budget_pdf(path):
    pdf = PDF("Flens kommun – Mål och budget 2025 med plan 2026–2027", utc(2024, 11, 28))
    pdf.set_title("Mål och budget 2025 med plan 2026–2027")
    pdf.set_author("Flens kommun")
    # cover
    pdf.add_page()
    pdf.ln(50)
    pdf.set_font("DejaVu", "B", 26)
    pdf.multi_cell(0, 12, "Mål och budget 2025\nmed plan 2026–2027", align="C")
    pdf.ln(8)
    pdf.set_font("DejaVu", "", 14)
    pdf.multi_cell(0, 8, "Flens kommun", align="C")
    pdf.ln(60)
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(0, 6, "Antagen av kommunfullmäktige 25 november 2024, § 98\nDiarienummer KS 2024/311", align="C")

    # toc
    pdf.add_page()
    pdf.h1("Innehåll")
    toc = [("Förord", 3), ("Omvärld och förutsättningar", 4), ("Mål för mandatperioden", 5),
           ("Resultatbudget", 6), ("Balansbudget", 7), ("Driftbudget per nämnd", 8),
           ("Nämndernas uppdrag och förändringar", 9), ("Investeringsbudget", 10),
           ("Känslighetsanalys och finansiering", 12)]
    pdf.set_font("DejaVu", "", 11)
    for t, p in toc:
        pdf.cell(150, 7, t)
        pdf.cell(20, 7, str(p), align="R")
        pdf.ln(7)

    # foreword
    pdf.add_page()
    pdf.h1("Förord")
    pdf.para(
        "Flens kommun går in i 2025 med en ekonomi i balans men med tydliga utmaningar. Kostnaderna för "
        "försörjningsstöd, placeringar och äldreomsorg ökar snabbare än skatteintäkterna, samtidigt som "
        "befolkningen i stort sett är oförändrad. Därför prioriterar vi skolan och omsorgen och håller nere "
        "kostnaderna för administration.")
    pdf.para(
        "Skattesatsen lämnas oförändrad på 22,21 kronor per hundralapp. Budgeten ger ett resultat på 22,8 "
        "miljoner kronor år 2025, vilket motsvarar 1,8 procent av skatteintäkter och generella statsbidrag. "
        "Målet på två procent nås först under planperioden.")
    pdf.para(
        "Inom kommunstyrelsens förvaltning genomförs effektiviseringar på sammanlagt 4,7 miljoner kronor, "
        "bland annat genom en gemensam lönefunktion och färre lokaler. Samtidigt avsätter vi 700 000 kronor "
        "till feriearbeten så att fler ungdomar i Flen, Malmköping och Hälleforsnäs får sitt första jobb.")
    pdf.para(
        "Den största investeringen under perioden är den nya förskolan i Malmköping med åtta avdelningar. "
        "Vi fortsätter också att förnya vatten- och avloppsledningarna och renoverar Flens simhall.")
    pdf.para(
        "Jag vill tacka alla medarbetare som varje dag gör skillnad för invånarna i vår kommun.")
    pdf.ln(4)
    pdf.set_font("DejaVu", "I", 10)
    pdf.multi_cell(0, 6, "Maria Holmström (S)\nKommunstyrelsens ordförande")

    # omvärld
    pdf.add_page()
    pdf.h1("Omvärld och förutsättningar")
    pdf.h2("Befolkning")
    pdf.para(
        "Den 31 december 2023 hade Flens kommun 16 412 invånare. Budgeten bygger på ett antagande om "
        "16 380 invånare år 2025. Antalet personer över 80 år väntas öka med drygt 4 procent per år, "
        "medan antalet barn i förskoleåldern minskar något.")
    pdf.h2("Samhällsekonomi och skatteunderlag")
    pdf.para(
        "Skatteintäkter och generella statsbidrag är beräknade utifrån Sveriges Kommuner och Regioners "
        "(SKR) prognos från oktober 2024. Skatteunderlaget väntas växa med 3,9 procent 2025 och 3,5 procent "
        "2026. Inflationen har fallit tillbaka, men prisnivån är fortfarande hög och pensionskostnaderna ökar.")
    pdf.h2("Utfallet 2024")
    pdf.para(
        "I delårsrapporten per augusti 2024 prognostiseras ett resultat på 15,1 miljoner kronor för 2024. "
        "Socialnämnden redovisar en negativ budgetavvikelse på -14,3 miljoner kronor, främst på grund av "
        "externa placeringar av barn och unga. Nämnden har fått i uppdrag att ta fram en åtgärdsplan.")
    pdf.h2("Löner och priser")
    pdf.para(
        "I budgeten har löneökningar beräknats till 3,4 procent för 2025. Nämnderna kompenseras för "
        "löneökningar men inte för prisökningar, vilket innebär ett effektiviseringskrav på cirka 1 procent.")

    # mål
    pdf.add_page()
    pdf.h1("Mål för mandatperioden")
    pdf.para("Kommunfullmäktige har beslutat om fyra inriktningsmål för mandatperioden 2023–2026:")
    pdf.bullets([
        "Fler elever i Flen ska klara skolan – andelen elever i årskurs 9 som är behöriga till gymnasiet ska öka till 85 procent.",
        "Flen ska vara en trygg kommun att åldras i – minst 90 procent av brukarna ska vara nöjda med hemtjänsten.",
        "Fler ska ha ett arbete – antalet hushåll med försörjningsstöd ska minska med 10 procent.",
        "Kommunen ska minska sin klimatpåverkan – utsläppen från kommunens verksamheter ska halveras till 2030.",
    ])
    pdf.h2("Finansiella mål")
    pdf.bullets([
        "Årets resultat ska över planperioden uppgå till minst 2 procent av skatteintäkter och generella statsbidrag.",
        "Investeringar i skattefinansierad verksamhet ska till minst 70 procent finansieras med egna medel.",
        "Soliditeten ska inte understiga 38 procent.",
    ])
    pdf.para(
        "Resultatmålet uppnås inte fullt ut 2025 men väl 2027. Soliditetsmålet uppfylls under hela perioden, "
        "se balansbudgeten.")

    # resultatbudget
    pdf.add_page()
    pdf.h1("Resultatbudget")
    rows = [("row", "Verksamhetens intäkter", fmt_row(RB["Verksamhetens intäkter"])),
            ("row", "Verksamhetens kostnader", fmt_row(RB["Verksamhetens kostnader"])),
            ("row", "Avskrivningar", fmt_row(RB["Avskrivningar"])),
            ("sum", "Verksamhetens nettokostnader", fmt_row(NETTO)),
            ("row", "Skatteintäkter", fmt_row(RB["Skatteintäkter"])),
            ("row", "Generella statsbidrag och utjämning", fmt_row(RB["Generella statsbidrag och utjämning"])),
            ("sum", "Verksamhetens resultat", fmt_row(VRES)),
            ("row", "Finansiella intäkter", fmt_row(RB["Finansiella intäkter"])),
            ("row", "Finansiella kostnader", fmt_row(RB["Finansiella kostnader"])),
            ("sum", "Resultat efter finansiella poster", fmt_row(RES)),
            ("sum", "Årets resultat", fmt_row(RES)),
            ("row", "Resultat i % av skatter och bidrag", [sv(v) for v in RESPCT])]
    pdf.table([["", "Bokslut", "Prognos", "Budget", "Plan", "Plan"],
               ["Belopp i mnkr", "2023", "2024", "2025", "2026", "2027"]],
              rows, [62, 21, 21, 21, 21, 21], caption="Tabell 1. Resultatbudget")
    pdf.note("Prognos 2024 avser prognosen i delårsrapporten per 31 augusti 2024. "
             "Skatteintäkter enligt SKR:s prognos oktober 2024 (cirkulär 24:41).")
    pdf.para(
        "Verksamhetens nettokostnader ökar med 2,9 procent mellan prognosen för 2024 och budget 2025. "
        "Finansiella kostnader stiger till följd av ökad upplåning för investeringarna.")

    # balansbudget
    pdf.add_page()
    pdf.h1("Balansbudget")
    rows = [("section", "Tillgångar", None),
            ("row", "Anläggningstillgångar", fmt_row(ANL)),
            ("row", "Omsättningstillgångar", fmt_row(OMS)),
            ("sum", "Summa tillgångar", fmt_row(TILL)),
            ("section", "Eget kapital, avsättningar och skulder", None),
            ("row", "Eget kapital", fmt_row(EK)),
            ("row", "  därav årets resultat", fmt_row(RES)),
            ("row", "Avsättningar för pensioner", fmt_row(AVS)),
            ("row", "Långfristiga skulder", fmt_row(LANG)),
            ("row", "Kortfristiga skulder", fmt_row(KORT)),
            ("sum", "Summa eget kapital och skulder", fmt_row(TILL)),
            ("row", "Soliditet, %", [sv(v) for v in SOL])]
    rows = [(k, l, (["1"] if l == "Anläggningstillgångar" else ["2"] if l == "Långfristiga skulder" else [""]) + v if v else None) for k, l, v in rows]
    pdf.table([["Belopp i mnkr", "Not", "Bokslut", "Prognos", "Budget", "Plan", "Plan"],
               ["", "", "2023", "2024", "2025", "2026", "2027"]],
              rows, [58, 10, 20, 20, 20, 20, 20], caption="Tabell 2. Balansbudget")
    pdf.note("Not 1. Anläggningstillgångar ökar med nettoinvesteringarna minus avskrivningar.\n"
             "Not 2. Långfristiga skulder avser lån hos Kommuninvest. Låneskulden beräknas uppgå till "
             + sv(LANG[2]) + " mnkr vid utgången av 2025.")

    # driftbudget – landscape
    pdf.add_page(orientation="L")
    pdf.h1("Driftbudget per nämnd")
    rows = []
    for name, v in DRIFT:
        ch = v[1] - v[0]
        pct = r1(100 * ch / v[0]) if name != "Finansförvaltning och gemensamt" else None
        rows.append(("row", name, [sv(v[0], 0), sv(v[1], 0), sv(ch, 0), sv(pct) if pct is not None else "–",
                                   sv(v[2], 0), sv(v[3], 0)]))
    tch = TOT_DRIFT[1] - TOT_DRIFT[0]
    rows.append(("sum", "Summa nettokostnad", [sv(TOT_DRIFT[0], 0), sv(TOT_DRIFT[1], 0), sv(tch, 0),
                                                 sv(100 * tch / TOT_DRIFT[0]), sv(TOT_DRIFT[2], 0), sv(TOT_DRIFT[3], 0)]))
    pdf.table([["Nettokostnad, tkr", "Budget", "Budget", "Förändring", "Förändring", "Plan", "Plan"],
               ["", "2024", "2025", "tkr", "%", "2026", "2027"]],
              rows, [85, 28, 28, 30, 28, 28, 28], caption="Tabell 3. Driftbudget – kommunbidrag per nämnd (tkr)")
    pdf.note("Finansförvaltning och gemensamt omfattar pensioner, internränta, lönepott och kommungemensamma "
             "poster. Negativt belopp innebär en nettointäkt. Summan motsvarar verksamhetens nettokostnader i resultatbudgeten.")

    # nämndernas uppdrag
    pdf.add_page(orientation="P")
    pdf.h1("Nämndernas uppdrag och förändringar")
    pdf.h2("Barn- och utbildningsnämnden")
    pdf.para(
        "Barn- och utbildningsnämnden får ett tillskott på 18,5 miljoner kronor jämfört med 2024. "
        "Av tillskottet är 6 miljoner kronor riktade till ökad lärartäthet i grundskolans lägre årskurser. "
        "Nämnden ska också se över förskolornas lokaler inför öppnandet av den nya förskolan i Malmköping.")
    pdf.h2("Socialnämnden")
    pdf.para(
        "Socialnämndens ram ökar med 15,5 miljoner kronor. Nämnden ska samtidigt minska kostnaderna för "
        "externa placeringar med 2,1 miljoner kronor genom att bygga ut öppenvården på hemmaplan. "
        "Ett nytt gruppboende enligt LSS planeras till 2026.")
    pdf.h2("Kommunstyrelsen")
    pdf.para(
        "Kommunstyrelsen genomför de effektiviseringar som beskrivs i förordet. Feriearbetena för "
        "ungdomar finansieras inom kommunstyrelsens ram.")
    pdf.h2("Kultur- och fritidsnämnden")
    pdf.para(
        "Föreningsbidragen räknas upp med 3 procent. Den nya konstgräsplanen i Flen ska stå klar till "
        "fotbollssäsongen 2025.")
    pdf.h2("Samhällsbyggnadsnämnden")
    pdf.para(
        "Nämnden ansvarar för gator, parker, bygglov och miljötillsyn. Taxorna för bygglov och tillsyn "
        "räknas upp med 3,5 procent från 1 januari 2025.")

    # investeringsbudget – long table over page break
    pdf.add_page()
    pdf.h1("Investeringsbudget")
    pdf.para(
        "Investeringsbudgeten för 2025 uppgår till " + sv(INV_TOT[0]) + " mnkr. Den nya förskolan i "
        "Malmköping beräknas kosta totalt 68 miljoner kronor och tas i drift hösten 2027.")
    pdf.para(
        "Investeringarna inom vatten och avlopp finansieras med VA-taxan och ingår inte i målet om "
        "självfinansiering. Projekt som inte påbörjas under året ombudgeteras enligt särskilt beslut.")
    pdf.para(
        "Under perioden 2025–2027 investerar kommunen totalt " + sv(sum(INV_TOT)) + " mnkr. "
        "Tabellen redovisar projekten per nämnd.")
    rows = []
    for sec, ps in INV:
        rows.append(("section", sec, None))
        for name, v in ps:
            rows.append(("row", name, fmt_row(v + [sum(v)])))
        s = [r1(sum(p[1][k] for p in ps)) for k in range(3)]
        rows.append(("sum", "Summa " + sec.lower(), fmt_row(s + [sum(s)])))
    rows.append(("sum", "Totalt investeringar", fmt_row(INV_TOT + [sum(INV_TOT)])))
    pdf.ln(30)
    pdf.table([["Projekt", "Budget", "Plan", "Plan", "Totalt"],
               ["Belopp i mnkr", "2025", "2026", "2027", "2025–2027"]],
              rows, [86, 20, 20, 20, 24], caption="Tabell 4. Investeringsbudget per nämnd (mnkr)",
              cont_caption="Tabell 4. Investeringsbudget per nämnd (mnkr), forts.")
    pdf.note("Belopp avser utgifter. Eventuella investeringsbidrag redovisas inte i tabellen.")

    # känslighetsanalys
    pdf.add_page()
    pdf.h1("Känslighetsanalys och finansiering")
    pdf.para(
        "En procents förändring av löner inklusive arbetsgivaravgifter motsvarar cirka 9,8 miljoner kronor. "
        "En förändring av skattesatsen med en krona ger cirka 44 miljoner kronor. En procentenhets höjning "
        "av räntan på låneskulden kostar cirka 6,5 miljoner kronor per år.")
    pdf.para(
        "Självfinansieringsgraden för de skattefinansierade investeringarna beräknas till 72 procent år 2025. "
        "Nyupplåningen 2025 beräknas till 45 miljoner kronor.")
    pdf.table([["Händelse", "Förändring", "mnkr"]],
              [("row", "Löneförändring", ["1 %", "9,8"]),
               ("row", "Skattesats", ["1 kr", "44,0"]),
               ("row", "Ränta på låneskulden", ["1 procentenhet", "6,5"]),
               ("row", "Försörjningsstöd", ["10 %", "3,2"]),
               ("row", "Generella statsbidrag", ["1 %", "2,8"])],
              [80, 40, 30], caption="Tabell 5. Känslighetsanalys")
    pdf.output(path)


def delar_pdf(path):
    pdf = PDF("Flens kommun – Delårsrapport januari–augusti 2024", utc(2024, 10, 2))
    pdf.set_title("Delårsrapport januari–augusti 2024")
    pdf.set_author("Flens kommun")
    pdf.add_page()
    pdf.ln(60)
    pdf.set_font("DejaVu", "B", 24)
    pdf.multi_cell(0, 12, "Delårsrapport\njanuari–augusti 2024", align="C")
    pdf.ln(10)
    pdf.set_font("DejaVu", "", 13)
    pdf.multi_cell(0, 8, "Flens kommun\nBehandlad av kommunstyrelsen 30 september 2024", align="C")

    pdf.add_page()
    pdf.h1("Sammanfattning")
    pdf.para(
        "Resultatet för perioden januari–augusti 2024 uppgår till 41,6 miljoner kronor, att jämföra med "
        "48,3 miljoner kronor samma period 2023. För helåret prognostiseras ett resultat på 15,1 miljoner "
        "kronor, vilket är 5,3 miljoner kronor lägre än budget.")
    pdf.para(
        "Nämnderna prognostiserar sammantaget ett underskott på 14,55 miljoner kronor. Socialnämnden står för "
        "den största avvikelsen med -14,3 miljoner kronor. Finansförvaltningen väger delvis upp underskottet "
        "genom lägre pensionskostnader.")
    pdf.para(
        "Investeringarna uppgår till 52,8 miljoner kronor per augusti. Prognosen för helåret är 96,4 miljoner "
        "kronor mot en budget på 128,0 miljoner kronor, främst beroende på att bygget av förskolan i "
        "Malmköping har försenats.")
    pdf.h2("Personal")
    pdf.para(
        "Antalet tillsvidareanställda var 1 384 den 31 augusti 2024. Sjukfrånvaron för perioden uppgick till "
        "7,2 procent, en minskning från 7,9 procent samma period föregående år.")

    pdf.add_page()
    pdf.h1("Resultaträkning")
    rr = [
        ("Verksamhetens intäkter", [213.8, 224.0, 318.0, 318.0]),
        ("Verksamhetens kostnader", [-905.4, -948.2, -1446.8, -1451.3]),
        ("Avskrivningar", [-31.9, -34.4, -52.4, -52.1]),
    ]
    net = [r1(sum(x[1][k] for x in rr)) for k in range(4)]
    skatt = [("Skatteintäkter", [600.2, 627.9, 943.5, 941.8]),
             ("Generella statsbidrag och utjämning", [177.0, 181.0, 271.0, 271.5])]
    vres = [r1(net[k] + skatt[0][1][k] + skatt[1][1][k]) for k in range(4)]
    fin = [("Finansiella intäkter", [3.9, 3.8, 5.5, 5.8]), ("Finansiella kostnader", [-9.3, -12.5, -18.4, -18.6])]
    res = [r1(vres[k] + fin[0][1][k] + fin[1][1][k]) for k in range(4)]
    assert res[1] == 41.6 and res[3] == 15.1 and res[0] == 48.3 and res[2] == 20.4, res
    rows = [("row", l, fmt_row(v)) for l, v in rr] + [("sum", "Verksamhetens nettokostnader", fmt_row(net))]
    rows += [("row", l, fmt_row(v)) for l, v in skatt] + [("sum", "Verksamhetens resultat", fmt_row(vres))]
    rows += [("row", l, fmt_row(v)) for l, v in fin] + [("sum", "Periodens/årets resultat", fmt_row(res))]
    pdf.table([["Belopp i mnkr", "Utfall", "Utfall", "Budget", "Prognos"],
               ["", "jan–aug 2023", "jan–aug 2024", "2024", "2024"]],
              rows, [62, 26, 26, 26, 26], caption="Resultaträkning")
    global DELAR_RES
    DELAR_RES = dict(budget2024=res[2], net=net)

    pdf.add_page()
    pdf.h1("Driftredovisning per nämnd")
    pdf.para("Tabellen visar nämndernas prognos för helåret 2024 jämfört med budget. Belopp i tkr, "
             "negativ avvikelse innebär underskott.")
    rows = []
    for name, v in DRIFT:
        b = v[0]
        a = AVV[name]
        rows.append(("row", name, [sv(b, 0), sv(b - a, 0), sv(a, 0)]))
    rows.append(("sum", "Summa", [sv(TOT_DRIFT[0], 0), sv(TOT_DRIFT[0] - sum(AVV.values()), 0), sv(sum(AVV.values()), 0)]))
    pdf.table([["Nämnd (tkr)", "Budget 2024", "Prognos 2024", "Avvikelse"]], rows, [80, 30, 30, 30],
              caption="Driftredovisning, prognos 2024")
    pdf.h2("Kommentarer")
    pdf.para(
        "Socialnämnden: underskottet beror på fler externa placeringar inom individ- och familjeomsorgen "
        "samt ökade kostnader för personlig assistans. Barn- och utbildningsnämnden: underskottet på 3,8 "
        "miljoner kronor förklaras av fler elever i grundsärskolan och ökade skolskjutskostnader.")
    pdf.para(
        "Kommunstyrelsen redovisar ett överskott på 2,1 miljoner kronor, främst genom vakanta tjänster.")
    pdf.output(path)


def html_page(path):
    rows = [("Förskola och grundskola", 34), ("Äldreomsorg", 19), ("Stöd och service till personer med funktionsnedsättning", 11),
            ("Individ- och familjeomsorg", 8), ("Gymnasieskola och vuxenutbildning", 9), ("Gator, parker och räddningstjänst", 5),
            ("Kultur och fritid", 3), ("Politik, administration och gemensamma kostnader", 6), ("Övrig verksamhet", 5)]
    assert sum(v for _, v in rows) == 100
    trs = "\n".join(f"        <tr><td>{n}</td><td>{v}</td></tr>" for n, v in rows)
    html = f"""<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Så används din skatt - Flens kommun</title>
<link rel="stylesheet" href="/css/main.css">
<script src="/js/site.js"></script>
</head>
<body>
<div id="cookie-banner" class="cookie">
  <p>Vi använder kakor (cookies) för att förbättra webbplatsen. <a href="/om-webbplatsen/kakor">Läs mer om kakor</a></p>
  <button>Godkänn alla</button> <button>Endast nödvändiga</button>
</div>
<header>
  <a class="logo" href="/">Flens kommun</a>
  <nav>
    <ul>
      <li><a href="/barn-och-utbildning">Barn och utbildning</a></li>
      <li><a href="/omsorg-och-stod">Omsorg och stöd</a></li>
      <li><a href="/bygga-bo-och-miljo">Bygga, bo och miljö</a></li>
      <li><a href="/kultur-och-fritid">Kultur och fritid</a></li>
      <li><a href="/kommun-och-politik">Kommun och politik</a></li>
    </ul>
  </nav>
  <form class="search"><input type="text" placeholder="Sök på flen.se"><button>Sök</button></form>
</header>
<div class="breadcrumb"><a href="/">Start</a> / <a href="/kommun-och-politik">Kommun och politik</a> / <a href="/kommun-och-politik/ekonomi">Ekonomi</a> / Så används din skatt</div>
<main>
  <h1>Så används din skatt</h1>
  <p class="ingress">Kommunalskatten är kommunens största inkomstkälla. Här kan du se hur varje hundralapp i skatt fördelas mellan kommunens verksamheter år 2025.</p>
  <p>Skattesatsen i Flens kommun är 22,21 kronor per hundra kronor i beskattningsbar inkomst 2025. Till det kommer Region Sörmlands skatt på 11,33 kronor, vilket ger en total skattesats på 33,54 kronor.</p>
  <p>Den som tjänar 30 000 kronor i månaden betalar ungefär 6 660 kronor i kommunalskatt till Flens kommun varje månad.</p>
  <h2>Så fördelas 100 kronor</h2>
  <table>
    <thead>
      <tr><th>Verksamhet</th><th>Kronor av 100 kr</th></tr>
    </thead>
    <tbody>
{trs}
    </tbody>
  </table>
  <p>Fördelningen bygger på nämndernas nettokostnader i Mål och budget 2025. Utöver skatten finansieras verksamheterna med statsbidrag, avgifter och hyror.</p>
  <h2>Mer information</h2>
  <ul>
    <li><a href="/dokument/mal-och-budget-2025-2027.pdf">Mål och budget 2025 med plan 2026–2027 (pdf)</a></li>
    <li><a href="/dokument/delarsrapport-augusti-2024.pdf">Delårsrapport januari–augusti 2024 (pdf)</a></li>
  </ul>
  <p class="meta">Publicerad 2025-01-15. Senast uppdaterad 2025-02-03.</p>
</main>
<footer>
  <p>Flens kommun, 642 81 Flen. Besöksadress: Stadshuset, Drottninggatan 2.</p>
  <p>Telefon 0157-43 00 00. E-post: kommunen@flen.se</p>
  <p><a href="/tillganglighetsredogorelse">Tillgänglighetsredogörelse</a> | <a href="/personuppgifter">Personuppgifter</a></p>
</footer>
</body>
</html>
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(html)


def protokoll_docx(path):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    cp = d.core_properties
    cp.author = "Kommunledningskontoret"
    cp.last_modified_by = "Kommunledningskontoret"
    cp.title = "Protokoll kommunstyrelsen 2024-10-14"
    cp.created = utc(2024, 10, 15)
    cp.modified = utc(2024, 10, 15)
    cp.revision = 1
    d.add_heading("Protokoll", 0)
    d.add_paragraph("Kommunstyrelsen, Flens kommun")
    d.add_paragraph("Sammanträdesdatum: 2024-10-14")
    d.add_paragraph("Plats och tid: Stadshuset, sessionssalen, kl. 09.00–12.15")
    d.add_paragraph("Beslutande: Maria Holmström (S), ordförande; Lars Berglund (C), vice ordförande; "
                    "Johan Ek (M); Sofia Nyberg (S); Kent Åström (SD); Amira Hassan (S); Per Lindahl (KD); "
                    "Eva Forsgren (V); Mikael Sandin (SD); Birgitta Ohlsson (L); Tomas Wik (S)")
    d.add_paragraph("Utses att justera: Johan Ek (M)")
    d.add_paragraph("Justeringens plats och tid: Stadshuset 2024-10-17")
    d.add_paragraph("Paragrafer: §§ 142–146")

    d.add_heading("§ 142 Val av justerare", 2)
    d.add_paragraph("Kommunstyrelsen beslutar att utse Johan Ek (M) att jämte ordföranden justera dagens protokoll.")

    d.add_heading("§ 143 Mål och budget 2025 med plan 2026–2027", 2)
    d.add_paragraph("Dnr KS 2024/311")
    d.add_paragraph("Ärendebeskrivning")
    d.add_paragraph(
        "Kommunledningskontoret har upprättat förslag till Mål och budget 2025 med plan 2026–2027. Förslaget "
        "bygger på oförändrad skattesats och ger ett budgeterat resultat på 22,8 miljoner kronor för 2025. "
        "Investeringsbudgeten för 2025 uppgår till " + sv(INV_TOT[0]) + " miljoner kronor.")
    d.add_paragraph("Förslag till ramar per nämnd (tkr):")
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Nämnd", "Ram 2025", "Plan 2026", "Plan 2027"]):
        c.text = h
    for name, v in NAMND:
        cells = t.add_row().cells
        for c, val in zip(cells, [name, sv(v[1], 0), sv(v[2], 0), sv(v[3], 0)]):
            c.text = val
    cells = t.add_row().cells
    s = [sum(v[k] for _, v in NAMND) for k in range(4)]
    for c, val in zip(cells, ["Summa nämnder", sv(s[1], 0), sv(s[2], 0), sv(s[3], 0)]):
        c.text = val
    d.add_paragraph("")
    d.add_paragraph("Yrkanden")
    d.add_paragraph(
        "Maria Holmström (S) yrkar bifall till kommunledningskontorets förslag. Johan Ek (M) yrkar bifall "
        "till Moderaternas och Kristdemokraternas gemensamma budgetförslag, med en skattesats på 22,01 kronor. "
        "Kent Åström (SD) yrkar bifall till Sverigedemokraternas budgetförslag.")
    d.add_paragraph("Propositionsordning")
    d.add_paragraph(
        "Ordföranden ställer förslagen mot varandra och finner att kommunstyrelsen beslutar enligt "
        "kommunledningskontorets förslag. Votering begärs och genomförs. Med 7 röster mot 4 beslutar "
        "kommunstyrelsen enligt ordförandens förslag.")
    d.add_paragraph("Beslut")
    d.add_paragraph("Kommunstyrelsen föreslår kommunfullmäktige besluta")
    d.add_paragraph("1. att fastställa skattesatsen för 2025 till 22,21 kronor per skattekrona,")
    d.add_paragraph("2. att fastställa ramar per nämnd enligt tabellen ovan,")
    d.add_paragraph("3. att fastställa investeringsbudget för 2025 om " + sv(INV_TOT[0]) + " miljoner kronor,")
    d.add_paragraph("4. att kommunstyrelsen under 2025 får nyupplåna högst 45 miljoner kronor.")
    d.add_paragraph("Reservationer")
    d.add_paragraph(
        "Johan Ek (M) och Per Lindahl (KD) reserverar sig mot beslutet till förmån för eget förslag. "
        "Kent Åström (SD) och Mikael Sandin (SD) reserverar sig mot beslutet till förmån för "
        "Sverigedemokraternas förslag.")

    d.add_heading("§ 144 Försäljning av fastigheten Flen Blacksta 3:12", 2)
    d.add_paragraph("Dnr KS 2024/287")
    d.add_paragraph(
        "Kommunen har fått ett bud på fastigheten Flen Blacksta 3:12 från Blacksta Logistik AB. "
        "Köpeskillingen är 2 350 000 kronor. Fastigheten har ett bokfört värde på 1 120 000 kronor.")
    d.add_paragraph("Beslut")
    d.add_paragraph("Kommunstyrelsen beslutar att sälja fastigheten Flen Blacksta 3:12 till Blacksta Logistik AB "
                    "för 2 350 000 kronor.")

    d.add_heading("§ 145 Taxor för bygglov och tillsyn 2025", 2)
    d.add_paragraph("Dnr KS 2024/301")
    d.add_paragraph("Samhällsbyggnadsnämnden föreslår att taxorna för bygglov och tillsyn räknas upp med 3,5 procent "
                    "från 1 januari 2025. Timavgiften blir därmed 1 290 kronor.")
    d.add_paragraph("Beslut")
    d.add_paragraph("Kommunstyrelsen föreslår kommunfullmäktige att anta reviderade taxor enligt samhällsbyggnadsnämndens förslag.")
    d.add_paragraph("Reservation")
    d.add_paragraph("Eva Forsgren (V) reserverar sig mot beslutet.")

    d.add_heading("§ 146 Redovisning av delegationsbeslut", 2)
    d.add_paragraph("Förteckning över delegationsbeslut för perioden 1 september–30 september 2024 redovisas.")
    d.add_paragraph("Beslut")
    d.add_paragraph("Kommunstyrelsen lägger redovisningen till handlingarna.")
    d.add_paragraph("")
    d.add_paragraph("Vid protokollet: Hanna Lund, kommunsekreterare")
    d.add_paragraph("Ordförande: Maria Holmström (S)        Justerare: Johan Ek (M)")
    d.save(path)
    normalize_zip(path, "2024-10-15T08:00:00Z")


XL_KPI = [
    ("Förskola", [10215, 10640, 11020]),
    ("Grundskola", [21480, 22310, 23150]),
    ("Gymnasieskola", [9870, 10120, 10480]),
    ("Äldreomsorg", [19760, 20540, 21890]),
    ("Stöd och service (LSS)", [8120, 8450, 8910]),
    ("Individ- och familjeomsorg", [6340, 6910, 7280]),
    ("Kultur och fritid", [2410, 2460, 2530]),
]
XL_ELEV = [
    (2020, 812, 1895, 598, 12.4),
    (2021, 798, 1902, 611, 12.2),
    (2022, 781, 1921, 604, 12.1),
    (2023, 766, 1934, 622, 11.9),
    (2024, 752, 1940, 631, 11.8),
]


def xlsx(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Kostnad per invånare"
    ws.append(["Flens kommun – nettokostnad per invånare och verksamhet 2021–2023"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(["Kronor per invånare, löpande priser"])
    ws.append([])
    ws.append(["Verksamhet", 2021, 2022, 2023, "Förändring 2022–2023, %"])
    for c in ws[4]:
        c.font = Font(bold=True)
    for name, v in XL_KPI:
        ws.append([name] + v + [r1(100 * (v[2] - v[1]) / v[1])])
    tot = [sum(v[k] for _, v in XL_KPI) for k in range(3)]
    ws.append(["Totalt ovanstående"] + tot + [r1(100 * (tot[2] - tot[1]) / tot[1])])
    ws.append([])
    ws.append(["Källa: Kolada och Flens kommuns räkenskaper. Kostnad per invånare baseras på folkmängden 31 december."])
    ws.column_dimensions["A"].width = 34
    ws2 = wb.create_sheet("Elever och barn")
    ws2.append(["Barn och elever i Flens kommun 2020–2024"])
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.append(["Antal per 15 oktober respektive år"])
    ws2.append(["År", "Barn i förskola", "Elever grundskola", "Elever gymnasieskola", "Elever per lärare (heltid), grundskola"])
    for c in ws2[3]:
        c.font = Font(bold=True)
    for row in XL_ELEV:
        ws2.append(list(row))
    ws2.column_dimensions["A"].width = 10
    wb.properties.creator = "Ekonomiavdelningen"
    wb.properties.lastModifiedBy = "Ekonomiavdelningen"
    wb.properties.created = utc(2024, 3, 1).replace(tzinfo=None)
    wb.properties.modified = utc(2024, 3, 1).replace(tzinfo=None)
    wb.save(path)
    normalize_zip(path, "2024-03-01T08:00:00Z")


def press_md(path):
    txt = f"""# Kommunfullmäktige har antagit Mål och budget 2025

**Pressmeddelande från Flens kommun, 26 november 2024**

Kommunfullmäktige i Flen antog på måndagskvällen Mål och budget 2025 med plan 2026–2027. Skattesatsen
blir oförändrad, 22,21 kronor, och skolan och omsorgen prioriteras.

## Det här innehåller budgeten

- Barn- och utbildningsnämnden får 18,5 miljoner kronor mer än i år.
- Socialnämndens ram ökar med 15,5 miljoner kronor.
- Kommunen investerar {sv(INV_TOT[0])} miljoner kronor under 2025, bland annat i en ny förskola i Malmköping som totalt kostar 68 miljoner kronor.
- 700 000 kronor avsätts till feriearbeten för ungdomar sommaren 2025.
- Det budgeterade resultatet för 2025 är 22,8 miljoner kronor.

– Vi tar ansvar för ekonomin och satsar på det som betyder mest för invånarna: skolan och omsorgen.
Samtidigt sparar vi 4,7 miljoner kronor på administrationen, säger Maria Holmström (S),
kommunstyrelsens ordförande.

Budgeten antogs med 27 röster mot 22. Moderaterna, Kristdemokraterna och Sverigedemokraterna
reserverade sig.

## Kontakt

Maria Holmström (S), kommunstyrelsens ordförande, telefon 0157-43 01 10
Peter Wahlund, ekonomichef, telefon 0157-43 02 20
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(txt)


def build(outdir):
    os.makedirs(outdir, exist_ok=True)
    budget_pdf(os.path.join(outdir, "mal-och-budget-2025-2027.pdf"))
    delar_pdf(os.path.join(outdir, "delarsrapport-augusti-2024.pdf"))
    html_page(os.path.join(outdir, "sa-anvands-din-skatt.html"))
    protokoll_docx(os.path.join(outdir, "protokoll-kommunstyrelsen-2024-10-14.docx"))
    xlsx(os.path.join(outdir, "nyckeltal-verksamheter.xlsx"))
    press_md(os.path.join(outdir, "pressmeddelande-budget-2025.md"))
    return dict(NETTO=NETTO, VRES=VRES, RES=RES, RESPCT=RESPCT, EK=EK, TILL=TILL, LANG=LANG, SOL=SOL,
                FINANS=FINANS, INV_TOT=INV_TOT, DELAR=DELAR_RES)
