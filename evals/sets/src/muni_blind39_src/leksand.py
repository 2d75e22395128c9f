"""Leksands kommun: budget PDF, delårsrapport PDF, HTML news page, DOCX KF-protokoll, XLSX, press release (txt)."""
import os

import docx
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font

from common import Doc, fmt, fix_zip, docx_core, xlsx_core

INV = 15920
TAX = "22,38"

RB = {  # Utfall 2023, Budget 2024, Budget 2025, Plan 2026, Plan 2027 (mnkr)
    "int": [281.5, 290.2, 298.4, 304.1, 309.8],
    "kost": [-1498.2, -1560.4, -1612.7, -1661.0, -1709.5],
    "avskr": [-47.1, -49.8, -52.3, -55.4, -58.0],
    "skatt": [918.4, 962.5, 1002.9, 1041.3, 1080.2],
    "bidrag": [361.7, 379.8, 396.2, 408.6, 418.1],
    "finint": [4.2, 3.9, 3.8, 3.6, 3.5],
    "finkost": [-7.3, -8.4, -9.6, -11.2, -12.9],
}
RB["netto"] = [round(a + b + c, 1) for a, b, c in zip(RB["int"], RB["kost"], RB["avskr"])]
RB["vres"] = [round(a + b + c, 1) for a, b, c in zip(RB["netto"], RB["skatt"], RB["bidrag"])]
RB["res"] = [round(a + b + c, 1) for a, b, c in zip(RB["vres"], RB["finint"], RB["finkost"])]

NAMNDER = [  # tkr: budget 2024, budget 2025
    ("Kommunstyrelsen", 118450, 121900),
    ("Utbildningsnämnden", 468300, 482750),
    ("Vård- och omsorgsnämnden", 402100, 421600),
    ("Socialnämnden", 98700, 104250),
    ("Samhällsbyggnadsnämnden", 62400, 64100),
    ("Kultur- och fritidsnämnden", 41850, 42300),
    ("Revision", 1650, 1700),
]
S24 = sum(n[1] for n in NAMNDER)
S25 = sum(n[2] for n in NAMNDER)
FIN = (round(-RB["netto"][1] * 1000) - S24, round(-RB["netto"][2] * 1000) - S25)

INVEST = [  # mnkr: 2025, 2026, 2027
    ("Ny idrottshall Tibble", 28.0, 35.0, 0.0),
    ("Ombyggnad Åkerö skola", 6.5, 12.0, 4.0),
    ("Gator, vägar och broar", 9.0, 9.5, 9.5),
    ("Gång- och cykelväg Insjön–Leksand", 4.5, 8.0, 0.0),
    ("Gruppbostad LSS Hjortnäs", 12.0, 6.0, 0.0),
    ("IT och digitalisering", 3.0, 3.0, 3.0),
    ("Inventarier och maskiner", 2.5, 2.5, 2.5),
    ("Fastighetsunderhåll", 11.0, 11.0, 12.0),
]
INV_TOT = [round(sum(p[i] for p in INVEST), 1) for i in (1, 2, 3)]

KF = {  # kassaflöde 2025, 2026, 2027
    "avs": [2.1, 2.4, 2.6],
    "salj": [1.5, 0.0, 0.0],
    "lan": [40.0, 35.0, 0.0],
    "amort": [-10.0, -10.0, -10.0],
}


def P(v, dec=1):
    return fmt(v, dec, neg="paren")


def budget_pdf(path):
    d = Doc("Leksands kommun · Budget och plan 2025–2027", "Leksands kommun – Budget och plan 2025–2027")
    d.cover("Budget och plan 2025–2027", "Leksands kommun",
            ["Beslutad av kommunfullmäktige den 25 november 2024, § 112"])
    d.h1("Förord")
    d.para("Leksand växer. Under 2024 ökade befolkningen för sjätte året i rad och vi är nu "
           f"{fmt(INV,0)} invånare. Det är glädjande, men det ställer också krav på att vi bygger ut "
           "förskola, skola och omsorg i takt med att behoven ökar.")
    d.para(f"Skattesatsen för 2025 är oförändrad, {TAX} kronor. Budgeten ger ett resultat på "
           f"{fmt(RB['res'][2])} miljoner kronor, vilket är "
           f"{fmt(100*RB['res'][2]/(RB['skatt'][2]+RB['bidrag'][2]))} procent av skatteintäkter och statsbidrag.")
    d.para("Vi gör en särskild satsning på 3,2 miljoner kronor för att korta väntetiderna inom "
           "hemtjänsten och en satsning på 900 000 kronor på läxhjälp och lovskola. Samtidigt måste "
           "verksamheterna effektivisera med totalt 9,8 miljoner kronor.")
    d.para("Den största investeringen under planperioden är den nya idrottshallen i Tibble, som ger skolan och "
           "föreningslivet en fullstor hall.")
    d.para("Helena Dahl (C)\nKommunstyrelsens ordförande")
    d.h1("Planeringsförutsättningar")
    d.para("Budgeten bygger på SKR:s skatteunderlagsprognos från oktober 2024 och en befolkning på 15 920 "
           "invånare den 1 november 2024. Ett år senare beräknas befolkningen vara 15 980.")
    d.para("Löneökningarna beräknas till 3,0 procent 2025. Nämnderna kompenseras för löneökningar och för "
           "prisökningar på 1,8 procent. Kapitalkostnader för nya investeringar budgeteras centralt.")
    d.h2("Finansiella mål")
    d.bullets(["Resultatet ska uppgå till minst 1,5 procent av skatteintäkter och generella statsbidrag.",
               "Investeringar ska till minst 70 procent finansieras med egna medel under planperioden.",
               "Låneskulden får inte överstiga 45 000 kronor per invånare."])
    d.h2("Verksamhetsmål")
    d.bullets(["Andelen elever i årskurs 9 med godkända betyg i alla ämnen ska öka till 80 procent.",
               "Väntetiden till särskilt boende ska vara högst 60 dagar.",
               "Kommunens koldioxidutsläpp från egna transporter ska minska med 10 procent per år."])
    d.h1("Resultatbudget")
    lab = [("Verksamhetens intäkter", "int", "1"), ("Verksamhetens kostnader", "kost", "2"),
           ("Avskrivningar", "avskr", ""), ("Verksamhetens nettokostnader", "netto", ""),
           ("Skatteintäkter", "skatt", "3"), ("Generella statsbidrag och utjämning", "bidrag", "3"),
           ("Verksamhetens resultat", "vres", ""), ("Finansiella intäkter", "finint", ""),
           ("Finansiella kostnader", "finkost", "4"), ("Årets resultat", "res", "")]
    rows = [[l, n] + [P(v) for v in RB[k]] for l, k, n in lab]
    d.table("Resultatbudget, mnkr",
            [["", "Not", "Utfall", "Budget", "Budget", "Plan", "Plan"], ["", "", "2023", "2024", "2025", "2026", "2027"]],
            rows, [64, 10, 19, 19, 19, 19, 19],
            bold_rows=("Verksamhetens nettokostnader", "Verksamhetens resultat", "Årets resultat"))
    d.note("Not 1. Intäkterna består främst av taxor, avgifter, hyror och riktade statsbidrag.\n"
           "Not 2. Kostnaderna 2025 innehåller 6,4 mnkr i ökade pensionskostnader.\n"
           "Not 3. Enligt SKR:s prognos oktober 2024 (cirkulär 24:41).\n"
           "Not 4. Räntan på nya lån beräknas till 3,25 procent.\n"
           "Negativa belopp anges inom parentes.")
    d.h1("Kassaflödesbudget")
    res = RB["res"][2:]
    avskr = [-v for v in RB["avskr"][2:]]
    lop = [round(a + b + c, 1) for a, b, c in zip(res, avskr, KF["avs"])]
    inv = [-v for v in INV_TOT]
    invv = [round(a + b, 1) for a, b in zip(inv, KF["salj"])]
    fin = [round(a + b, 1) for a, b in zip(KF["lan"], KF["amort"])]
    tot = [round(a + b + c, 1) for a, b, c in zip(lop, invv, fin)]
    rows = [["DEN LÖPANDE VERKSAMHETEN", "", "", ""],
            ["Årets resultat"] + [P(v) for v in res],
            ["Justering för avskrivningar"] + [P(v) for v in avskr],
            ["Justering för avsättningar"] + [P(v) for v in KF["avs"]],
            ["Medel från den löpande verksamheten"] + [P(v) for v in lop],
            ["INVESTERINGSVERKSAMHETEN", "", "", ""],
            ["Investering i materiella anläggningstillgångar"] + [P(v) for v in inv],
            ["Försäljning av materiella anläggningstillgångar"] + [P(v) for v in KF["salj"]],
            ["Medel från investeringsverksamheten"] + [P(v) for v in invv],
            ["FINANSIERINGSVERKSAMHETEN", "", "", ""],
            ["Nyupptagna lån"] + [P(v) for v in KF["lan"]],
            ["Amortering av skuld"] + [P(v) for v in KF["amort"]],
            ["Medel från finansieringsverksamheten"] + [P(v) for v in fin],
            ["Årets kassaflöde"] + [P(v) for v in tot]]
    d.table("Kassaflödesbudget, mnkr", [["", "Budget 2025", "Plan 2026", "Plan 2027"]], rows, [95, 25, 25, 25],
            bold_rows=("Medel från den löpande verksamheten", "Medel från investeringsverksamheten",
                       "Medel från finansieringsverksamheten", "Årets kassaflöde"),
            section_rows=("DEN LÖPANDE VERKSAMHETEN", "INVESTERINGSVERKSAMHETEN", "FINANSIERINGSVERKSAMHETEN"))
    d.para("Nya lån på 40 miljoner kronor behöver tas upp 2025, främst för idrottshallen och gruppbostaden. "
           "Låneskulden beräknas uppgå till 512 miljoner kronor vid utgången av 2025, vilket motsvarar cirka "
           "32 000 kronor per invånare.")
    d.h1("Driftbudget")
    d.para("Nämndernas ramar anges som nettokostnad i tusentals kronor. Förändringen mellan åren förklaras "
           "främst av löne- och prisuppräkning samt volymökningar inom vård och omsorg.")
    rows = []
    for n, a, b in NAMNDER:
        rows.append([n, fmt(a, 0), fmt(b, 0), fmt(b - a, 0), fmt(100 * (b - a) / a)])
    rows.append(["Summa nämnder", fmt(S24, 0), fmt(S25, 0), fmt(S25 - S24, 0), fmt(100 * (S25 - S24) / S24)])
    rows.append(["Finansförvaltning", fmt(FIN[0], 0), fmt(FIN[1], 0), fmt(FIN[1] - FIN[0], 0),
                 fmt(100 * (FIN[1] - FIN[0]) / FIN[0])])
    T24, T25 = S24 + FIN[0], S25 + FIN[1]
    rows.append(["Totalt", fmt(T24, 0), fmt(T25, 0), fmt(T25 - T24, 0), fmt(100 * (T25 - T24) / T24)])
    d.table("Driftbudget per nämnd (tkr)",
            [["Nämnd", "Budget", "Budget", "Förändring", "Förändring %"], ["", "2024", "2025", "tkr", ""]],
            rows, [70, 24, 24, 25, 27], bold_rows=("Summa nämnder", "Totalt"))
    d.note("Finansförvaltningen omfattar pensionskostnader, avskrivningar och kapitalkostnader för nya "
           "investeringar, lönepott och reserv för oförutsedda kostnader.")
    d.h2("Kommentarer per nämnd")
    d.para("Utbildningsnämnden får ett tillskott för att öppna två nya förskoleavdelningar i Insjön hösten 2025. "
           "Nämnden ska samtidigt effektivisera med 3,5 miljoner kronor inom gymnasieskolan.")
    d.para("Vård- och omsorgsnämnden får den största ökningen i kronor räknat. Satsningen på hemtjänsten ingår "
           "i ramen. Nämnden ska effektivisera med 4,1 miljoner kronor genom bland annat digital tillsyn.")
    d.para("Socialnämnden har ökade kostnader för ekonomiskt bistånd, som beräknas till 21,4 miljoner kronor "
           "2025.")
    d.para("Samhällsbyggnadsnämnden ansvarar för gator, parker, plan- och byggfrågor samt miljötillsyn. "
           "Vinterväghållningen budgeteras till 14,2 miljoner kronor.")
    d.h1("Investeringsbudget")
    d.para(f"Investeringarna uppgår till {fmt(INV_TOT[0])} miljoner kronor 2025 och till "
           f"{fmt(sum(INV_TOT))} miljoner kronor under hela planperioden. Idrottshallen i Tibble beräknas "
           "kosta 63 miljoner kronor totalt.")
    rows = [[p, fmt(a), fmt(b), fmt(c), fmt(a + b + c)] for p, a, b, c in INVEST]
    rows.append(["Summa investeringar", fmt(INV_TOT[0]), fmt(INV_TOT[1]), fmt(INV_TOT[2]), fmt(sum(INV_TOT))])
    d.table("Investeringsbudget, belopp i mnkr", [["Projekt", "Budget 2025", "Plan 2026", "Plan 2027", "Summa"]],
            rows, [78, 23, 23, 23, 23], bold_rows=("Summa investeringar",))
    d.h1("Risker och känslighetsanalys")
    d.para("En procents förändring av skatteunderlaget motsvarar cirka 10 miljoner kronor. En procents "
           "löneökning motsvarar cirka 9,5 miljoner kronor. En ökning av räntan med en procentenhet ökar "
           "räntekostnaderna med 5,1 miljoner kronor.")
    d.output(path)
    return {"lop": lop, "invv": invv, "fin": fin, "tot": tot}


DELAR = [  # tkr: budget 2025, prognos 2025
    ("Kommunstyrelsen", 121900, 119800),
    ("Utbildningsnämnden", 482750, 483950),
    ("Vård- och omsorgsnämnden", 421600, 430000),
    ("Socialnämnden", 104250, 109850),
    ("Samhällsbyggnadsnämnden", 64100, 65300),
    ("Kultur- och fritidsnämnden", 42300, 41900),
    ("Revision", 1700, 1700),
]


def delar_pdf(path):
    d = Doc("Delårsrapport januari–augusti 2025 | Leksands kommun", "Leksands kommun – Delårsrapport augusti 2025")
    d.cover("Delårsrapport", "januari–augusti 2025",
            ["Leksands kommun", "Behandlad av kommunstyrelsen 2025-10-07"])
    d.h1("Sammanfattning")
    d.para("Periodens resultat uppgår till 41,2 miljoner kronor. Resultatet för perioden är alltid högre än för "
           "helåret eftersom semesterlöneskulden minskar under sommaren.")
    d.para("Prognosen för helåret är ett resultat på 19,4 miljoner kronor, vilket är 7,3 miljoner kronor lägre "
           "än budget. Nämnderna prognostiserar sammantaget ett underskott på 13,9 miljoner kronor som delvis "
           "vägs upp av högre skatteintäkter och lägre pensionskostnader.")
    d.h2("Viktiga händelser")
    d.bullets(["Bygget av idrottshallen i Tibble startade i maj.",
               "Två nya förskoleavdelningar öppnade i Insjön i augusti.",
               "Vård- och omsorgsnämnden har haft höga kostnader för bemanningssjuksköterskor."])
    d.h1("Prognos per nämnd")
    rows = []
    for n, b, p in DELAR:
        rows.append([n, fmt(b, 0), fmt(p, 0), fmt(b - p, 0)])
    sb, sp = sum(x[1] for x in DELAR), sum(x[2] for x in DELAR)
    rows.append(["Summa nämnder", fmt(sb, 0), fmt(sp, 0), fmt(sb - sp, 0)])
    d.table("Nettokostnad per nämnd, tkr", [["Nämnd", "Budget 2025", "Prognos 2025", "Avvikelse"]], rows,
            [75, 30, 30, 30], bold_rows=("Summa nämnder",))
    d.note("Negativ avvikelse innebär att nettokostnaden beräknas bli högre än budget.")
    d.para("Vård- och omsorgsnämnden prognostiserar ett underskott på 8,4 miljoner kronor, främst på grund av "
           "inhyrda sjuksköterskor och fler hemtjänsttimmar än budgeterat. Socialnämndens underskott på "
           "5,6 miljoner kronor förklaras av placeringar av barn och unga.")
    d.h1("Investeringar")
    d.para("Investeringarna uppgick till 31,8 miljoner kronor under perioden januari–augusti. Prognosen för "
           "helåret är 64,0 miljoner kronor, jämfört med en budget på 76,5 miljoner kronor. Ombyggnaden av Åkerö "
           "skola har skjutits fram till 2026.")
    d.h1("Personal")
    d.para("Sjukfrånvaron under perioden var 6,9 procent, jämfört med 7,2 procent under samma period 2024. "
           "Antalet tillsvidareanställda var 1 386 den 31 augusti 2025.")
    d.h2("Nyckeltal")
    rows = [["Periodens resultat, mnkr", "41,2", "37,5"], ["Prognos årets resultat, mnkr", "19,4", "15,1"],
            ["Nettoinvesteringar, mnkr", "31,8", "28,6"], ["Sjukfrånvaro, %", "6,9", "7,2"],
            ["Antal invånare 30 juni", "15 984", "15 902"]]
    d.table("", [["", "Jan–aug 2025", "Jan–aug 2024"]], rows, [80, 30, 30])
    d.output(path)


HTML = """<!DOCTYPE html>
<html lang="sv">
<head><meta charset="utf-8"><title>Finansiell information - Leksands kommun</title></head>
<body>
<div class="cookie-consent"><p>Vi använder kakor för att ge dig en bättre upplevelse. Läs mer om kakor.</p><button>Acceptera</button><button>Neka</button></div>
<header>
<div class="logo">Leksands kommun</div>
<nav><a href="/">Start</a> | <a href="/uppleva-och-gora">Uppleva och göra</a> | <a href="/utbildning">Utbildning och barnomsorg</a> | <a href="/omsorg">Omsorg och hjälp</a> | <a href="/kommun-och-politik">Kommun och politik</a></nav>
<form class="search"><input type="text" placeholder="Sök på webbplatsen"><button>Sök</button></form>
</header>
<main>
<p class="crumbs">Du är här: Start &gt; Kommun och politik &gt; Ekonomi &gt; Finansiell information</p>
<h1>Finansiell information</h1>
<p class="ingress">Här hittar du Leksands kommuns skattesats, nyckeltal och kommunens finansiella rapporter.</p>
<h2>Skattesats 2025</h2>
<p>Den totala skattesatsen i Leksand är 33,99 kronor per intjänad hundralapp 2025. Av dem går 22,38 kronor till kommunen och 11,61 kronor till Region Dalarna. Skattesatsen har varit oförändrad sedan 2020.</p>
<h2>Nyckeltal 2021–2024</h2>
<table>
<tr><th>Nyckeltal</th><th>2021</th><th>2022</th><th>2023</th><th>2024</th></tr>
<tr><td>Årets resultat, mnkr</td><td>34,6</td><td>21,9</td><td>13,2</td><td>18,9</td></tr>
<tr><td>Nettoinvesteringar, mnkr</td><td>58,3</td><td>71,4</td><td>69,0</td><td>74,2</td></tr>
<tr><td>Soliditet, %</td><td>38,2</td><td>37,5</td><td>36,1</td><td>35,8</td></tr>
<tr><td>Låneskuld, mnkr</td><td>402</td><td>431</td><td>458</td><td>482</td></tr>
<tr><td>Antal invånare 31/12</td><td>15 748</td><td>15 803</td><td>15 861</td><td>15 938</td></tr>
</table>
<h2>Kreditbetyg och upplåning</h2>
<p>Leksands kommun lånar via Kommuninvest. Den genomsnittliga räntan på låneportföljen var 2,9 procent vid årsskiftet 2024/2025.</p>
<h2>Rapporter</h2>
<ul><li>Årsredovisning 2024 (pdf)</li><li>Delårsrapport augusti 2025 (pdf)</li><li>Budget och plan 2025–2027 (pdf)</li></ul>
<p class="updated">Publicerad: 2025-03-28. Senast uppdaterad: 2025-10-14</p>
</main>
<footer><p>Leksands kommun, Box 300, 793 27 Leksand | Växel 0247-800 00 | kommun@leksand.se</p><p>Om webbplatsen | Tillgänglighet | Personuppgifter | Kakor</p></footer>
</body></html>
"""

ALT = [  # Kommunstyrelsens förslag vs M+KD (tkr)
    ("Kommunstyrelsen", 121900, 118400),
    ("Utbildningsnämnden", 482750, 486750),
    ("Vård- och omsorgsnämnden", 421600, 423600),
    ("Socialnämnden", 104250, 103250),
    ("Samhällsbyggnadsnämnden", 64100, 62600),
    ("Kultur- och fritidsnämnden", 42300, 41800),
    ("Revision", 1700, 1700),
]


def kf_docx(path):
    doc = docx.Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    doc.add_heading("Protokoll – Kommunfullmäktige", level=1)
    doc.add_paragraph("Leksands kommun")
    doc.add_paragraph("Sammanträdesdatum 2024-11-25, kl. 18.00–21.40, Leksandssalen, Kulturhuset")
    doc.add_paragraph("Ordförande: Gunnar Eriksson (S). Sekreterare: Maja Lindberg. "
                      "Justerare: Karl-Erik Svensson (M) och Ingrid Nord (V).")
    doc.add_heading("§ 111 Allmänhetens frågestund", level=2)
    doc.add_paragraph("Två frågor ställdes om belysningen längs Norsvägen. Kommunstyrelsens ordförande Helena "
                      "Dahl (C) besvarade frågorna.")
    doc.add_heading("§ 112 Budget och plan 2025–2027", level=2)
    doc.add_paragraph("Dnr KS 2024/214")
    doc.add_paragraph("Kommunstyrelsen har lämnat förslag till budget och plan för 2025–2027. Moderaterna och "
                      "Kristdemokraterna har lämnat ett gemensamt alternativt budgetförslag med andra ramar "
                      "för nämnderna. Båda förslagen bygger på skattesatsen 22,38 kronor.")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Nämnd", "Kommunstyrelsens förslag 2025, tkr", "M och KD förslag 2025, tkr",
                           "Skillnad, tkr"]):
        t.rows[0].cells[i].text = h
    for n, a, b in ALT:
        c = t.add_row().cells
        c[0].text, c[1].text, c[2].text, c[3].text = n, fmt(a, 0), fmt(b, 0), fmt(b - a, 0)
    c = t.add_row().cells
    sa, sb = sum(x[1] for x in ALT), sum(x[2] for x in ALT)
    c[0].text, c[1].text, c[2].text, c[3].text = "Summa nämnder", fmt(sa, 0), fmt(sb, 0), fmt(sb - sa, 0)
    doc.add_paragraph("Yrkanden")
    doc.add_paragraph("Helena Dahl (C), Anna Ström (S) och Petter Hed (L) yrkar bifall till kommunstyrelsens "
                      "förslag. Karl-Erik Svensson (M) och Birgitta Olsson (KD) yrkar bifall till Moderaternas "
                      "och Kristdemokraternas förslag.")
    doc.add_paragraph("Propositionsordning och omröstning")
    doc.add_paragraph("Omröstning begärs och genomförs. 27 ledamöter röstar för kommunstyrelsens förslag och "
                      "14 ledamöter röstar för Moderaternas och Kristdemokraternas förslag. Fyra ledamöter avstår.")
    doc.add_paragraph("Beslut")
    doc.add_paragraph("Kommunfullmäktige beslutar")
    doc.add_paragraph("1. att fastställa skattesatsen för 2025 till 22,38 kronor per skattekrona,")
    doc.add_paragraph("2. att fastställa budget och plan 2025–2027 enligt kommunstyrelsens förslag,")
    doc.add_paragraph("3. att ge kommunstyrelsen rätt att under 2025 nyupplåna 40 miljoner kronor,")
    doc.add_paragraph("4. att investeringsprojekt över 10 miljoner kronor ska godkännas av kommunstyrelsen "
                      "innan upphandling.")
    doc.add_paragraph("Reservationer")
    doc.add_paragraph("Ledamöterna för Moderaterna och Kristdemokraterna reserverar sig mot beslutet till förmån "
                      "för eget förslag. Sverigedemokraterna reserverar sig skriftligt, bilaga 3.")
    doc.add_heading("§ 113 Taxor och avgifter 2025", level=2)
    doc.add_paragraph("Dnr KS 2024/233")
    doc.add_paragraph("Taxorna för vatten och avlopp höjs med 6 procent från den 1 januari 2025. Timtaxan för "
                      "plan- och bygglovsärenden höjs från 1 250 kronor till 1 320 kronor.")
    doc.add_paragraph("Beslut")
    doc.add_paragraph("Kommunfullmäktige antar taxor och avgifter för 2025 enligt förslaget.")
    doc.add_heading("§ 114 Val av ersättare i utbildningsnämnden", level=2)
    doc.add_paragraph("Till ny ersättare i utbildningsnämnden efter Sara Blom (S) väljs Emil Andersson (S) för "
                      "tiden till och med 2026-12-31.")
    doc.add_paragraph("Justerat 2024-11-29. Anslaget på kommunens digitala anslagstavla 2024-11-29.")
    docx_core(doc, "Protokoll kommunfullmäktige 2024-11-25", "Leksands kommun")
    doc.save(path)
    fix_zip(path)


VERK = [  # nämnd-ish verksamhet: intäkter, kostnader (tkr)
    ("Förskola", 14200, 118650), ("Grundskola och fritidshem", 21800, 270000),
    ("Gymnasieskola", 6300, 98400), ("Vuxenutbildning", 8900, 23500),
    ("Äldreomsorg", 42100, 370000), ("Hemsjukvård", 3900, 38600),
    ("Stöd enligt LSS", 18400, 77300), ("Individ- och familjeomsorg", 6200, 88950),
    ("Ekonomiskt bistånd", 1200, 22600), ("Gator, vägar och parker", 9800, 54700),
    ("Plan, bygg och miljö", 12600, 31800), ("Kultur och bibliotek", 2100, 21450),
    ("Fritid och idrott", 5400, 24350), ("Politisk verksamhet", 0, 14800),
    ("Administration och stöd", 13600, 150000),
]
UTF = [  # år, skatteintäkter inkl statsbidrag mnkr, nettokostnad mnkr, årets resultat mnkr, invånare
    (2020, 1148.6, 1102.1, 41.8, 15712), (2021, 1196.3, 1156.0, 34.6, 15748),
    (2022, 1238.9, 1211.4, 21.9, 15803), (2023, 1280.1, 1263.8, 13.2, 15861),
    (2024, 1341.7, 1318.9, 18.9, 15938),
]


def xlsx(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Budget 2025"
    ws["A1"] = "Driftbudget 2025 per verksamhet – Leksands kommun"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Belopp i tkr"
    ws.append([])
    ws.append(["Verksamhet", "Intäkter", "Kostnader", "Nettokostnad", "Andel av nettokostnad, %"])
    tot = sum(k - i for _, i, k in VERK)
    assert tot == S25, (tot, S25)
    for n, i, k in VERK:
        ws.append([n, i, k, k - i, round(100 * (k - i) / tot, 1)])
    ws.append(["Summa", sum(i for _, i, _ in VERK), sum(k for _, _, k in VERK), tot, 100.0])
    for row in ws.iter_rows(min_row=5, min_col=5, max_col=5):
        for c in row:
            c.number_format = "0.0"
    ws2 = wb.create_sheet("Utfall 2020-2024")
    ws2["A1"] = "Ekonomisk utveckling 2020–2024"
    ws2["A1"].font = Font(bold=True, size=13)
    ws2["A2"] = "Belopp i mnkr om inte annat anges"
    ws2.append([])
    ws2.append(["År", "Skatteintäkter och statsbidrag", "Verksamhetens nettokostnad", "Årets resultat",
                "Invånare 31/12 (st)"])
    for r in UTF:
        ws2.append(list(r))
    for row in ws2.iter_rows(min_row=5, min_col=2, max_col=4):
        for c in row:
            c.number_format = "0.0"
    xlsx_core(wb, "Driftbudget per verksamhet 2025", "Leksands kommun")
    wb.save(path)
    fix_zip(path)


PRESS = """PRESSMEDDELANDE
Leksands kommun, 2025-05-12

Nu byggs den nya idrottshallen i Tibble

I dag startade bygget av den nya idrottshallen vid Tibble skola. Hallen blir en fullstor hall på 1 800 kvadratmeter med läktare för 400 åskådare och kan delas i tre mindre salar.

Den totala kostnaden beräknas till 63 miljoner kronor. Hallen ska vara klar att tas i bruk i januari 2027. Byggentreprenör är Siljan Bygg & Montage AB.

"Äntligen får Tibble en hall där både skolan och föreningarna ryms. Det är den största enskilda investeringen i kommunen på tio år", säger kommunstyrelsens ordförande Helena Dahl (C).

Under dagtid används hallen av Tibble skola. Kvällar och helger hyrs den ut till föreningar. Kommunen har också beviljat Leksands IBK ett investeringsbidrag på 700 000 kronor för en ny sarg.

Den gamla gymnastiksalen från 1962 rivs när den nya hallen är klar.

För mer information, kontakta:
Helena Dahl (C), kommunstyrelsens ordförande, 0247-800 10
Tomas Grahn, fastighetschef, 0247-802 55
"""


def press(path):
    with open(path, "w", encoding="utf-8") as f:
        f.write(PRESS)


def build(outdir):
    os.makedirs(outdir, exist_ok=True)
    budget_pdf(os.path.join(outdir, "budget-och-plan-2025-2027.pdf"))
    delar_pdf(os.path.join(outdir, "delarsrapport-augusti-2025.pdf"))
    with open(os.path.join(outdir, "finansiell-information.html"), "w", encoding="utf-8") as f:
        f.write(HTML)
    kf_docx(os.path.join(outdir, "protokoll-kommunfullmaktige-2024-11-25.docx"))
    xlsx(os.path.join(outdir, "driftbudget-per-verksamhet-2025.xlsx"))
    press(os.path.join(outdir, "pressmeddelande-idrottshall-tibble.txt"))
