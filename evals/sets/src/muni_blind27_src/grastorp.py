"""Grästorps kommun: documents."""
import datetime as dt
import os

import docx
import openpyxl
from docx.shared import Pt
from openpyxl.styles import Font

from common import Doc, sv, fix_zip

POP = 5750  # planeringsantagande invånare 2025

# ---------------- Resultatbudget (mnkr) ----------------
YEARS = ["Bokslut 2023", "Prognos 2024", "Budget 2025", "Plan 2026", "Plan 2027"]
INTAKT = [98.4, 101.2, 104.6, 106.1, 108.0]
KOSTN = [-528.7, -549.3, -566.8, -580.2, -594.9]
AVSKR = [-17.2, -18.5, -20.1, -22.4, -23.6]
SKATT = [339.8, 352.4, 366.9, 380.2, 394.1]
GSB = [118.6, 122.3, 125.4, 127.0, 129.3]
FINI = [2.1, 2.4, 2.0, 2.0, 2.0]
FINK = [-3.8, -4.6, -5.2, -5.9, -6.4]
NETTO = [round(a + b + c, 1) for a, b, c in zip(INTAKT, KOSTN, AVSKR)]
VRES = [round(n + s + g, 1) for n, s, g in zip(NETTO, SKATT, GSB)]
RES = [round(v + a + b, 1) for v, a, b in zip(VRES, FINI, FINK)]
RESPCT = [round(100 * r / (s + g), 1) for r, s, g in zip(RES, SKATT, GSB)]

# ---------------- Balansbudget (mnkr) ----------------
AT = [412.5, 438.9, 474.5, 497.8, 493.8]
OT = [96.3, 88.1, 80.4, 77.2, 79.5]
TILL = [round(a + b, 1) for a, b in zip(AT, OT)]
EK = [214.6]
for r in RES[1:]:
    EK.append(round(EK[-1] + r, 1))
AVS = [31.4, 32.8, 34.0, 35.3, 36.5]
LFS = [152.0, 167.0, 189.0, 201.0, 190.0]
KFS = [round(t - e - a - l, 1) for t, e, a, l in zip(TILL, EK, AVS, LFS)]
SOLID = [round(100 * e / t, 1) for e, t in zip(EK, TILL)]

# ---------------- Driftbudget per nämnd (mnkr) ----------------
DRIFT = [  # namn, budget 2024, budget 2025
    ("Kommunstyrelsen", 58.2, 60.9),
    ("Bildningsnämnden", 214.6, 222.8),
    ("Vård- och omsorgsnämnden", 152.3, 159.4),
    ("Individ- och familjenämnden", 31.8, 32.5),
    ("Samhällsbyggnadsnämnden", 24.1, 24.6),
    ("Revisionen", 1.1, 1.1),
]
D24 = round(sum(d[1] for d in DRIFT), 1)
D25 = round(sum(d[2] for d in DRIFT), 1)

# ---------------- Investeringsbudget (tkr) ----------------
INV = [
    ("Kommunstyrelsen", [
        ("IT-investeringar", 1500, 1500, 1500),
        ("Energieffektivisering kommunhuset", 2300, 0, 0),
        ("Reinvesteringar fastigheter", 2500, 2500, 2500),
        ("Exploatering Östra Ängen", 4000, 6500, 3000),
    ]),
    ("Bildningsnämnden", [
        ("Ny förskola Tallbacken", 18500, 14000, 0),
        ("Tillagningskök Centralskolan", 6200, 0, 0),
        ("Elevdatorer", 1100, 1100, 1100),
        ("Nytt tak idrottshallen", 0, 4800, 0),
    ]),
    ("Vård- och omsorgsnämnden", [
        ("Fordon hemtjänst", 900, 600, 600),
        ("Inventarier Solgården", 750, 300, 300),
        ("Digitala trygghetslarm", 400, 0, 0),
    ]),
    ("Samhällsbyggnadsnämnden", [
        ("VA-sanering Östra Grästorp", 9800, 8500, 7000),
        ("Gång- och cykelväg Tengenevägen", 3400, 2100, 0),
        ("Gatubelysning, reinvestering", 1200, 1200, 1200),
        ("Asfaltering", 2000, 2000, 2000),
        ("Lekplatser", 650, 650, 400),
        ("Ny brygga badplatsen Vänersnäs", 450, 0, 0),
    ]),
]
INV_SUM = {n: [sum(r[i] for r in rows) for i in (1, 2, 3)] for n, rows in INV}
INV_TOT = [sum(INV_SUM[n][i] for n, _ in INV) for i in range(3)]

# ---------------- Delårsrapport 2024 (tkr) ----------------
DELAR = [  # namn, budget 2024, utfall jan-aug, prognos 2024
    ("Kommunstyrelsen", 58200, 37100, 57450),
    ("Bildningsnämnden", 214600, 139800, 216300),
    ("Vård- och omsorgsnämnden", 152300, 104200, 156900),
    ("Individ- och familjenämnden", 31800, 22600, 33200),
    ("Samhällsbyggnadsnämnden", 24100, 15300, 23900),
    ("Revisionen", 1100, 600, 1100),
]


def budget_pdf(path):
    pdf = Doc("Grästorps kommun · Mål och budget 2025 med plan 2026–2027")
    pdf.add_page()
    pdf.ln(40)
    pdf.set_font("D", "B", 26)
    pdf.multi_cell(0, 12, "Mål och budget 2025\nmed plan 2026–2027", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.set_font("D", "", 13)
    pdf.multi_cell(0, 7, "Grästorps kommun\nAntagen av kommunfullmäktige 2024-11-25, § 96", align="C",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(60)
    pdf.set_font("D", "", 9)
    pdf.multi_cell(0, 5, "Diarienummer KS 2024/118\nKontakt: ekonomiavdelningen, ekonomi@grastorp.se",
                   align="C", new_x="LMARGIN", new_y="NEXT")

    # p2 innehåll + förord
    pdf.add_page()
    pdf.h1("Innehåll")
    for t, s in [("Ordförande har ordet", 2), ("Vision och mål", 3), ("Omvärld och förutsättningar", 4),
                 ("Ekonomiska ramar och prioriteringar", 5), ("Resultatbudget", 6), ("Balansbudget", 7),
                 ("Driftbudget per nämnd", 8), ("Nämndernas uppdrag", 9), ("Investeringsbudget", 11),
                 ("Taxor och avgifter", 13)]:
        pdf.set_font("D", "", 10)
        pdf.cell(150, 6, t)
        pdf.cell(0, 6, str(s), align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.h1("Ordförande har ordet")
    pdf.p("Grästorp ska vara en trygg och nära kommun där det är enkelt att bo, driva företag och växa upp. "
          "Budgeten för 2025 är skriven i en tid med fortsatt höga kostnader för pensioner, räntor och "
          "livsmedel, samtidigt som skatteunderlaget växer långsammare än tidigare år.")
    pdf.p("Vi väljer att hålla skattesatsen oförändrad på 22,31 kronor per skattekrona. I stället "
          "prioriterar vi skolan och omsorgen och ställer krav på effektivisering i hela organisationen. "
          "Det budgeterade resultatet för 2025 är 6,8 miljoner kronor, vilket är något lägre än målet "
          "men en förbättring jämfört med prognosen för 2024.")
    pdf.p("Den största investeringen under planperioden är den nya förskolan i Tallbacken som ger plats för "
          "fler barn i centrala Grästorp. Vi fortsätter också arbetet med att sanera vatten- och "
          "avloppsnätet i Östra Grästorp.")
    pdf.p("Ingela Björkman (C)\nKommunstyrelsens ordförande")

    # p3 vision och mål
    pdf.add_page()
    pdf.h1("Vision och mål")
    pdf.p("Visionen för Grästorps kommun är ”Grästorp – nära till allt”. Kommunfullmäktige har fastställt "
          "fyra målområden för mandatperioden 2023–2026: Livskvalitet, Lärande, Hållbar samhällsutveckling "
          "och Effektiv organisation.")
    pdf.h2("Finansiella mål")
    pdf.bullets([
        "Årets resultat ska uppgå till minst 1,5 procent av skatteintäkter och generella statsbidrag "
        "sett över en rullande fyraårsperiod.",
        "Soliditeten inklusive pensionsförpliktelser ska öka under planperioden.",
        "Investeringarna ska till minst 60 procent finansieras med egna medel.",
        "Nämnderna ska bedriva verksamheten inom tilldelad budgetram.",
    ])
    pdf.h2("Verksamhetsmål i urval")
    pdf.bullets([
        "Andelen elever i årskurs 9 som är behöriga till yrkesprogram ska öka till minst 88 procent.",
        "Brukarbedömningen inom hemtjänsten ska ligga över rikets genomsnitt.",
        "Minst 40 nya bostäder ska färdigställas under perioden 2024–2027.",
        "Sjukfrånvaron bland kommunens anställda ska understiga 6,5 procent.",
    ])
    pdf.p("Målen följs upp i delårsrapporten per den 31 augusti och i årsredovisningen.")

    # p4 omvärld
    pdf.add_page()
    pdf.h1("Omvärld och förutsättningar")
    pdf.p("Sveriges Kommuner och Regioner (SKR) bedömer att skatteunderlaget växer med 3,9 procent under 2025. "
          "Inflationen har sjunkit men kostnadsnivån ligger kvar på en hög nivå. Pensionskostnaderna ökar "
          "kraftigt till följd av det nya pensionsavtalet.")
    pdf.p(f"Budgeten bygger på ett antagande om {sv(POP, 0)} invånare den 1 november 2024. Befolkningen har "
          "ökat svagt under de senaste fem åren, framför allt i åldersgruppen 80 år och äldre.")
    pdf.p("Räntekostnaderna beräknas öka när nya lån tas upp för att finansiera investeringarna. Den "
          "genomsnittliga räntan på kommunens låneportfölj antas vara 3,2 procent under 2025.")
    pdf.p("Statens satsningar på välfärden genom höjda generella statsbidrag är tillfälliga, och kommunen "
          "kan inte räkna med samma nivå efter 2026.")

    # p5 ramar och prioriteringar
    pdf.add_page()
    pdf.h1("Ekonomiska ramar och prioriteringar")
    pdf.p("Skattesatsen för 2025 är oförändrad, 22,31 kronor. Nämndernas samlade ramar ökar med "
          f"{sv(D25 - D24)} miljoner kronor jämfört med budget 2024.")
    pdf.p("Ramarna innehåller ett generellt effektiviseringskrav på 0,8 procent, vilket motsvarar "
          "3,9 miljoner kronor. Kravet fördelas på nämnderna i förhållande till deras nettokostnad.")
    pdf.h2("Prioriteringar")
    pdf.bullets([
        "Bildningsnämnden får 1,2 miljoner kronor extra för ökade volymer inom gymnasieskolan.",
        "Vård- och omsorgsnämnden tillförs 3,5 miljoner kronor för fler platser på Solgården.",
        "Ett tillfälligt stöd om 650 000 kronor avsätts för sommarlovsaktiviteter för barn och unga.",
        "Föreningsbidragen räknas upp med 2 procent.",
    ])
    pdf.h2("Besparingar")
    pdf.p("Vård- och omsorgsnämnden ska minska kostnaderna för inhyrd personal med 2,4 miljoner kronor. "
          "Kommunstyrelsen minskar lokalkostnaderna med 900 000 kronor genom att säga upp förhyrda lokaler "
          "på Storgatan. Samhällsbyggnadsnämnden ska se över avgifterna för att öka kostnadstäckningen.")
    pdf.p("Den samlade investeringsvolymen för 2025 uppgår till 55,7 miljoner kronor. Självfinansieringsgraden "
          "beräknas till 48 procent, vilket är under målet. Nyupplåningen 2025 beräknas till 22 miljoner kronor.")

    # p6 resultatbudget
    pdf.add_page()
    pdf.h1("Resultatbudget")
    pdf.caption("Belopp i mnkr")
    W = [62, 10, 20, 20, 20, 19, 19]
    hdr = [["", "Not", "Bokslut", "Prognos", "Budget", "Plan", "Plan"],
           ["", "", "2023", "2024", "2025", "2026", "2027"]]
    def row(lbl, note, vals):
        return [lbl, note] + [sv(v) for v in vals]
    rows = [
        row("Verksamhetens intäkter", "1", INTAKT),
        row("Verksamhetens kostnader", "2", KOSTN),
        row("Avskrivningar", "3", AVSKR),
        row("Verksamhetens nettokostnader", "", NETTO),
        row("Skatteintäkter", "4", SKATT),
        row("Generella statsbidrag och utjämning", "5", GSB),
        row("Verksamhetens resultat", "", VRES),
        row("Finansiella intäkter", "", FINI),
        row("Finansiella kostnader", "6", FINK),
        row("Resultat efter finansiella poster", "", RES),
        row("Årets resultat", "", RES),
    ]
    pdf.table(W, hdr, rows, bold=(3, 6, 9, 10))
    pdf.table(W, [["Nyckeltal", "", "", "", "", "", ""]],
              [["Resultat i % av skatter och bidrag", ""] + [sv(v) for v in RESPCT]])
    pdf.caption("Not 1–6: se bilaga. Prognos 2024 enligt delårsrapporten per den 31 augusti 2024.")
    pdf.p("Resultatet för 2025 motsvarar 1,4 procent av skatteintäkter och generella statsbidrag. Det "
          "finansiella målet på 1,5 procent nås därmed inte under 2025 men beräknas nås 2027.")

    # p7 balansbudget
    pdf.add_page()
    pdf.h1("Balansbudget")
    pdf.caption("Belopp i mnkr")
    W = [72, 20, 20, 20, 19, 19]
    hdr = [["", "Bokslut", "Prognos", "Budget", "Plan", "Plan"], ["", "2023", "2024", "2025", "2026", "2027"]]
    rows = [
        ["Tillgångar", "", "", "", "", ""],
        ["Anläggningstillgångar"] + [sv(v) for v in AT],
        ["Omsättningstillgångar"] + [sv(v) for v in OT],
        ["Summa tillgångar"] + [sv(v) for v in TILL],
        ["Eget kapital, avsättningar och skulder", "", "", "", "", ""],
        ["Eget kapital"] + [sv(v) for v in EK],
        ["  varav årets resultat"] + [sv(v) for v in RES],
        ["Avsättningar för pensioner"] + [sv(v) for v in AVS],
        ["Långfristiga skulder"] + [sv(v) for v in LFS],
        ["Kortfristiga skulder"] + [sv(v) for v in KFS],
        ["Summa eget kapital och skulder"] + [sv(v) for v in TILL],
    ]
    pdf.table(W, hdr, rows, bold=(3, 10), section=(0, 4))
    pdf.table(W, [["Nyckeltal", "", "", "", "", ""]], [["Soliditet, %"] + [sv(v) for v in SOLID]])
    pdf.p("Soliditeten sjunker något 2025 och 2026 till följd av den höga investeringsnivån och ökad "
          "upplåning. Kommunens låneskuld beräknas uppgå till 189 miljoner kronor vid utgången av 2025.")

    # p8 driftbudget (landscape)
    pdf.add_page(orientation="L")
    pdf.h1("Driftbudget per nämnd")
    pdf.caption("Nettokostnad, belopp i mnkr. Kolumnen kr per invånare avser budget 2025 och bygger på "
                f"{sv(POP, 0)} invånare.")
    W = [80, 30, 30, 30, 30, 40]
    hdr = [["Nämnd", "Budget", "Budget", "Förändring", "Förändring", "kr per invånare"],
           ["", "2024", "2025", "mnkr", "%", "2025"]]
    rows = []
    for n, b24, b25 in DRIFT:
        ch = round(b25 - b24, 1)
        rows.append([n, sv(b24), sv(b25), sv(ch), sv(round(100 * ch / b24, 1)), sv(round(b25 * 1e6 / POP), 0)])
    ch = round(D25 - D24, 1)
    rows.append(["Summa nämnder", sv(D24), sv(D25), sv(ch), sv(round(100 * ch / D24, 1)),
                 sv(round(D25 * 1e6 / POP), 0)])
    pdf.table(W, hdr, rows, bold=(len(rows) - 1,), size=9.5, h=7)
    pdf.caption("Skillnaden mot verksamhetens nettokostnader i resultatbudgeten förklaras av "
                "finansförvaltningens poster (pensioner, kapitaltjänst och personalomkostnadspålägg).")
    pdf.p("Bildningsnämnden har den största ramen och svarar för 44 procent av nämndernas samlade "
          "nettokostnad. Vård- och omsorgsnämnden får den största procentuella ökningen.")

    # p9-10 nämndernas uppdrag
    pdf.add_page(orientation="P")
    pdf.h1("Nämndernas uppdrag")
    texts = [
        ("Kommunstyrelsen", "Kommunstyrelsen leder och samordnar kommunens verksamhet och ansvarar för "
         "ekonomi, personal, näringsliv, kommunikation och IT. Under 2025 ska kommunstyrelsen ta fram en ny "
         "lokalförsörjningsplan och införa e-arkiv. Kommundirektör är Fredrik Alm."),
        ("Bildningsnämnden", "Bildningsnämnden ansvarar för förskola, grundskola, fritidshem, "
         "gymnasieskola, vuxenutbildning och kulturskola. Antalet barn i förskolan väntas öka med 25 under "
         "perioden, vilket motiverar den nya förskolan i Tallbacken. Nämnden ska under 2025 minska "
         "kostnaderna för skolskjuts med 400 000 kronor."),
        ("Vård- och omsorgsnämnden", "Vård- och omsorgsnämnden ansvarar för äldreomsorg, hemsjukvård och "
         "stöd till personer med funktionsnedsättning. Andelen invånare som är 80 år och äldre ökar, och "
         "efterfrågan på särskilt boende är hög. Solgården byggs ut med åtta platser under 2025."),
    ]
    for t, s in texts:
        pdf.h2(t)
        pdf.p(s)
        pdf.p("Nämnden redovisar sina mål och nyckeltal i en egen verksamhetsplan som antas i december.")
    pdf.add_page()
    texts = [
        ("Individ- och familjenämnden", "Individ- och familjenämnden ansvarar för försörjningsstöd, "
         "barn- och ungdomsvård, missbruksvård och arbetsmarknadsinsatser. Kostnaderna för externa "
         "placeringar har ökat och nämnden ska arbeta med hemmaplanslösningar."),
        ("Samhällsbyggnadsnämnden", "Samhällsbyggnadsnämnden ansvarar för gator, parker, plan- och "
         "byggfrågor, miljö- och hälsoskydd samt vatten och avlopp. VA-verksamheten är avgiftsfinansierad. "
         "VA-taxan höjs med 6 procent från den 1 januari 2025."),
        ("Revisionen", "Revisorerna granskar all verksamhet som bedrivs i nämnder och bolag. "
         "Revisionens budget är oförändrad."),
    ]
    for t, s in texts:
        pdf.h2(t)
        pdf.p(s)

    # p11-12 investeringsbudget, table continued over page break
    pdf.add_page()
    pdf.h1("Investeringsbudget")
    pdf.p("Investeringsbudgeten omfattar totalt 121 miljoner kronor under planperioden. Projekt som "
          "överstiger 5 miljoner kronor ska beslutas särskilt av kommunstyrelsen innan de startar.")
    pdf.caption("Belopp i tkr, nettoinvesteringar")
    W = [78, 24, 22, 22, 24]
    hdr = [["Projekt", "Budget", "Plan", "Plan", "Totalt"], ["", "2025", "2026", "2027", "2025–2027"]]
    rows, bold, sect = [], [], []
    for n, items in INV:
        sect.append(len(rows))
        rows.append([n, "", "", "", ""])
        for name, a, b, c in items:
            rows.append([name, sv(a, 0), sv(b, 0), sv(c, 0), sv(a + b + c, 0)])
        s = INV_SUM[n]
        bold.append(len(rows))
        rows.append([f"Summa {n.lower()}", sv(s[0], 0), sv(s[1], 0), sv(s[2], 0), sv(sum(s), 0)])
    bold.append(len(rows))
    rows.append(["Totalt investeringar", sv(INV_TOT[0], 0), sv(INV_TOT[1], 0), sv(INV_TOT[2], 0),
                 sv(sum(INV_TOT), 0)])
    # force a page break in the middle of the table
    first, rest = rows[:12], rows[12:]
    pdf.table(W, hdr, first, bold=[b for b in bold if b < 12], section=[s for s in sect if s < 12], size=9, h=6)
    pdf.add_page()
    pdf.caption("Investeringsbudget, forts. (belopp i tkr)")
    pdf.table(W, hdr, rest, bold=[b - 12 for b in bold if b >= 12], section=[s - 12 for s in sect if s >= 12],
              size=9, h=6)
    pdf.caption("Exploateringsinkomster från tomtförsäljning i Östra Ängen beräknas till 2,5 miljoner kronor "
                "och redovisas inte i tabellen.")

    # p13 taxor
    pdf.add_page()
    pdf.h1("Taxor och avgifter")
    pdf.p("Avgiften för barnomsorg följer maxtaxan. Avgiften för hemtjänst följer högkostnadsskyddet. "
          "Renhållningstaxan höjs med 4 procent och VA-taxan med 6 procent från den 1 januari 2025.")
    pdf.p("Timtaxan för miljö- och hälsoskydd höjs från 1 150 kronor till 1 220 kronor per timme.")
    pdf.h2("Borgensram")
    pdf.p("Kommunfullmäktige fastställer borgensramen för Grästorps Energi AB till 95 miljoner kronor och "
          "för Stiftelsen Grästorpshem till 140 miljoner kronor.")
    pdf.output(path)


def delar_pdf(path):
    pdf = Doc("Grästorps kommun · Delårsrapport januari–augusti 2024")
    pdf.add_page()
    pdf.ln(45)
    pdf.set_font("D", "B", 24)
    pdf.multi_cell(0, 11, "Delårsrapport\njanuari–augusti 2024", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("D", "", 12)
    pdf.multi_cell(0, 7, "Grästorps kommun\nBehandlad av kommunstyrelsen 2024-10-09", align="C",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    pdf.h1("Sammanfattning")
    pdf.p("Kommunens resultat för perioden januari–augusti 2024 uppgår till 14,6 miljoner kronor. "
          "Prognosen för helåret är ett resultat på 5,9 miljoner kronor, vilket är 1,6 miljoner kronor "
          "sämre än det budgeterade resultatet på 7,5 miljoner kronor.")
    pdf.p("Nämnderna prognostiserar sammantaget ett underskott på 6,8 miljoner kronor. Skatteintäkterna "
          "beräknas bli 3,1 miljoner kronor högre än budgeterat och finansförvaltningen redovisar en "
          "positiv avvikelse på 2,1 miljoner kronor, främst till följd av lägre pensionskostnader.")
    pdf.p("Vård- och omsorgsnämnden har det största underskottet, -4,6 miljoner kronor, som främst beror på "
          "ökade kostnader för bemanningssjuksköterskor och fler ärenden inom hemtjänsten.")
    pdf.h2("Väsentliga händelser")
    pdf.bullets([
        "Kommunfullmäktige beslutade i juni att bygga en ny förskola i Tallbacken.",
        "Byggnationen av 24 nya hyreslägenheter i kvarteret Eken påbörjades i maj.",
        "En ny kommundirektör, Fredrik Alm, tillträdde den 1 april 2024.",
    ])
    pdf.h2("Personal")
    pdf.p("Antalet tillsvidareanställda uppgick den 31 augusti till 612 personer. Den totala sjukfrånvaron "
          "för perioden var 7,4 procent, jämfört med 7,9 procent samma period 2023.")
    pdf.add_page()
    pdf.h1("Resultaträkning")
    pdf.caption("Belopp i mnkr")
    W = [66, 24, 24, 24, 24]
    hdr = [["", "Utfall", "Utfall", "Budget", "Prognos"], ["", "jan–aug 2023", "jan–aug 2024", "2024", "2024"]]
    rows = [
        ["Verksamhetens intäkter", "64,1", "67,9", "99,5", "101,2"],
        ["Verksamhetens kostnader", "-340,2", "-357,6", "-541,7", "-549,3"],
        ["Avskrivningar", "-11,3", "-12,1", "-18,9", "-18,5"],
        ["Verksamhetens nettokostnader", "-287,4", "-301,8", "-461,1", "-466,6"],
        ["Skatteintäkter", "225,9", "234,3", "349,3", "352,4"],
        ["Generella statsbidrag och utjämning", "79,3", "82,4", "122,3", "122,3"],
        ["Verksamhetens resultat", "17,8", "14,9", "10,5", "8,1"],
        ["Finansiella intäkter", "1,5", "2,8", "2,0", "2,4"],
        ["Finansiella kostnader", "-2,4", "-3,1", "-5,0", "-4,6"],
        ["Periodens/årets resultat", "16,9", "14,6", "7,5", "5,9"],
    ]
    pdf.table(W, hdr, rows, bold=(3, 6, 9))
    pdf.p("Resultatet för perioden är 2,3 miljoner kronor lägre än motsvarande period föregående år.")
    pdf.add_page()
    pdf.h1("Nämndernas ekonomi")
    pdf.caption("Nettokostnad, belopp i tkr. Negativ avvikelse = underskott.")
    W = [62, 26, 28, 26, 28]
    hdr = [["Nämnd", "Budget", "Utfall", "Prognos", "Avvikelse"],
           ["", "2024", "jan–aug 2024", "2024", "mot budget"]]
    rows = []
    for n, b, u, pr in DELAR:
        rows.append([n, sv(b, 0), sv(u, 0), sv(pr, 0), sv(b - pr, 0)])
    tb, tu, tp = (sum(d[i] for d in DELAR) for i in (1, 2, 3))
    rows.append(["Summa nämnder", sv(tb, 0), sv(tu, 0), sv(tp, 0), sv(tb - tp, 0)])
    pdf.table(W, hdr, rows, bold=(len(rows) - 1,))
    pdf.p("Bildningsnämndens underskott förklaras av fler elever i gymnasieskolan och ökade kostnader för "
          "skolskjuts. Kommunstyrelsens överskott beror på vakanta tjänster.")
    pdf.h1("Investeringar")
    pdf.p("Investeringarna uppgick under perioden till 21,3 miljoner kronor av en budget på 48,2 miljoner "
          "kronor. Prognosen för helåret är 39,5 miljoner kronor. Förseningen beror främst på att "
          "upphandlingen av VA-saneringen i Östra Grästorp fick göras om.")
    pdf.output(path)


def html(path):
    rows = [("Förskola, grundskola och gymnasium", "44,45"),
            ("Äldreomsorg och stöd till personer med funktionsnedsättning", "31,80"),
            ("Individ- och familjeomsorg", "6,49"),
            ("Gator, parker, fritid och kultur", "4,91"),
            ("Politik, administration och gemensamma kostnader", "12,35")]
    trs = "\n".join(f"          <tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows)
    doc = f"""<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Så används din skatt - Grästorps kommun</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/styles/main.css">
</head>
<body>
<div id="cookie-banner" class="cookie-consent">
  <p>Vi använder kakor (cookies) för att förbättra din upplevelse av webbplatsen.
  <a href="/om-webbplatsen/kakor">Läs mer om kakor</a></p>
  <button type="button">Godkänn alla</button> <button type="button">Endast nödvändiga</button>
</div>
<header class="site-header">
  <a class="logo" href="/">Grästorps kommun</a>
  <nav aria-label="Huvudmeny">
    <ul>
      <li><a href="/barn-och-utbildning">Barn och utbildning</a></li>
      <li><a href="/omsorg-och-stod">Omsorg och stöd</a></li>
      <li><a href="/bygga-bo-och-miljo">Bygga, bo och miljö</a></li>
      <li><a href="/kultur-och-fritid">Kultur och fritid</a></li>
      <li><a href="/kommun-och-politik">Kommun och politik</a></li>
    </ul>
  </nav>
  <form role="search" action="/sok"><input type="search" name="q" placeholder="Sök"></form>
</header>
<nav class="breadcrumbs" aria-label="Du är här">
  <a href="/">Start</a> / <a href="/kommun-och-politik">Kommun och politik</a> /
  <a href="/kommun-och-politik/ekonomi">Ekonomi</a> / Så används din skatt
</nav>
<main id="content">
  <article>
    <h1>Så används din skatt</h1>
    <p class="ingress">Kommunalskatten är kommunens största inkomstkälla. I Grästorp är skattesatsen
    22,31 kronor per hundralapp beskattningsbar inkomst 2025. Till det kommer skatten till Västra
    Götalandsregionen.</p>
    <p>Om du tjänar 30 000 kronor i månaden betalar du cirka 6 690 kronor i kommunalskatt till
    Grästorps kommun varje månad, före avdrag.</p>
    <h2>Så fördelas 100 kronor i skatt</h2>
    <p>Tabellen visar hur varje hundralapp i kommunalskatt fördelas mellan verksamheterna i budget 2025.</p>
    <table class="table">
      <caption>Fördelning av 100 kronor i kommunalskatt, budget 2025</caption>
      <thead>
        <tr><th>Verksamhet</th><th>Kronor</th></tr>
      </thead>
      <tbody>
{trs}
      </tbody>
      <tfoot>
        <tr><td>Totalt</td><td>100,00</td></tr>
      </tfoot>
    </table>
    <h2>Mer än skatt</h2>
    <p>Skatten täcker ungefär tre fjärdedelar av kommunens kostnader. Resten finansieras med statsbidrag,
    avgifter och hyror. Vatten och avlopp samt avfallshantering finansieras helt med avgifter och
    ingår inte i fördelningen ovan.</p>
    <p>Vill du veta mer? Läs kommunens budget <a href="/download/mal-och-budget-2025.pdf">Mål och
    budget 2025 med plan 2026–2027 (pdf)</a> eller kontakta ekonomiavdelningen.</p>
    <p class="meta">Publicerad 2025-01-15. Senast uppdaterad 2025-02-03.</p>
  </article>
  <aside class="related">
    <h2>Relaterade sidor</h2>
    <ul><li><a href="/ekonomi/arsredovisning">Årsredovisning</a></li>
        <li><a href="/ekonomi/delarsrapport">Delårsrapport</a></li></ul>
  </aside>
</main>
<footer class="site-footer">
  <p>Grästorps kommun, Box 45, 467 21 Grästorp. Besöksadress: Skolgatan 6.</p>
  <p>Telefon 0514-580 00 · E-post kommun@grastorp.se · Org.nr 212000-1522</p>
  <ul><li><a href="/tillganglighet">Tillgänglighetsredogörelse</a></li>
      <li><a href="/personuppgifter">Personuppgifter</a></li></ul>
</footer>
</body>
</html>
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(doc)


def protokoll_docx(path):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    d.add_heading("PROTOKOLL", level=1)
    d.add_paragraph("Kommunstyrelsen, Grästorps kommun")
    d.add_paragraph("Sammanträdesdatum: 2024-11-13")
    d.add_paragraph("Plats och tid: Kommunhuset, sessionssalen, kl. 13.00–16.15")
    d.add_paragraph("Beslutande: Ingela Björkman (C), ordförande; Jonas Ek (M), vice ordförande; "
                    "Maria Larsson (S); Bengt Nilsson (C); Sara Holm (KD); Ali Hassan (S); "
                    "Lars-Åke Berg (SD); Emma Karlsson (L); Peter Strand (M); Anna Roos (S); Kent Ljung (SD)")
    d.add_paragraph("Sekreterare: Karin Wallin. Justerare: Maria Larsson (S).")

    d.add_heading("§ 142 Val av justerare", level=2)
    d.add_paragraph("Kommunstyrelsen utser Maria Larsson (S) att jämte ordföranden justera protokollet.")

    d.add_heading("§ 143 Mål och budget 2025 med plan 2026–2027", level=2)
    d.add_paragraph("Ärendebeskrivning: Ekonomiavdelningen har upprättat förslag till mål och budget för 2025 "
                    "med plan för 2026–2027. Förslaget innebär en oförändrad skattesats om 22,31 kronor och "
                    "ett budgeterat resultat på 6,8 miljoner kronor.")
    d.add_paragraph("Yrkanden: Ordföranden yrkar bifall till förslaget. Lars-Åke Berg (SD) yrkar att "
                    "skattesatsen sänks med 10 öre och att kulturskolans ram minskas med 500 000 kronor.")
    d.add_paragraph("Omröstning: Ordföranden ställer proposition på yrkandena och finner att kommunstyrelsen "
                    "bifaller ordförandens yrkande. Votering begärs och genomförs. Med 9 röster mot 2 "
                    "beslutar kommunstyrelsen enligt ordförandens yrkande.")
    d.add_paragraph("Beslut: Kommunstyrelsen föreslår kommunfullmäktige att anta mål och budget 2025 med plan "
                    "2026–2027, att fastställa skattesatsen till 22,31 kronor samt att ge kommunstyrelsen "
                    "rätt att under 2025 nyupplåna 22 miljoner kronor.")
    d.add_paragraph("Reservation: Lars-Åke Berg (SD) och Kent Ljung (SD) reserverar sig mot beslutet till "
                    "förmån för eget yrkande.")

    d.add_heading("§ 144 Föreningsbidrag 2025", level=2)
    d.add_paragraph("Ärendebeskrivning: Sex föreningar har ansökt om verksamhetsbidrag för 2025. Den totala "
                    "ramen för verksamhetsbidrag är 480 000 kronor.")
    rows = [("Förening", "Sökt belopp (kr)", "Beviljat belopp (kr)"),
            ("Grästorps IK", "150 000", "120 000"),
            ("Tengene BK", "95 000", "80 000"),
            ("Grästorps Ryttarförening", "110 000", "90 000"),
            ("PRO Grästorp", "40 000", "35 000"),
            ("Vänersnäs Hembygdsförening", "60 000", "45 000"),
            ("Grästorps Simsällskap", "120 000", "100 000"),
            ("Summa", "575 000", "470 000")]
    t = d.add_table(rows=len(rows), cols=3)
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, c in enumerate(r):
            t.cell(i, j).text = c
    d.add_paragraph("Beslut: Kommunstyrelsen beviljar verksamhetsbidrag enligt tabellen ovan, totalt "
                    "470 000 kronor. Återstående 10 000 kronor förs till potten för tillfälliga bidrag.")

    d.add_heading("§ 145 Försäljning av fastigheten Grästorp Linden 4", level=2)
    d.add_paragraph("Ärendebeskrivning: Stiftelsen Grästorpshem har erbjudit sig att köpa fastigheten "
                    "Linden 4 för 1 850 000 kronor för att uppföra hyreslägenheter.")
    d.add_paragraph("Beslut: Kommunstyrelsen godkänner försäljningen av Linden 4 till Stiftelsen "
                    "Grästorpshem för 1 850 000 kronor.")
    d.add_paragraph("Jäv: Jonas Ek (M) anmäler jäv och deltar inte i handläggningen.")

    d.add_heading("§ 146 Revidering av taxa för miljö- och hälsoskydd", level=2)
    d.add_paragraph("Beslut: Kommunstyrelsen föreslår kommunfullmäktige att höja timtaxan för miljö- och "
                    "hälsoskydd från 1 150 kronor till 1 220 kronor från den 1 januari 2025.")

    d.add_heading("§ 147 Meddelanden", level=2)
    d.add_paragraph("Delårsrapport för Grästorps Energi AB januari–augusti 2024 läggs till handlingarna.")
    d.add_paragraph("Vid protokollet: Karin Wallin. Justeras: Ingela Björkman (C), Maria Larsson (S).")

    cp = d.core_properties
    cp.author = "Karin Wallin"
    cp.title = "Protokoll kommunstyrelsen 2024-11-13"
    cp.created = dt.datetime(2024, 11, 14, 9, 0, 0)
    cp.modified = dt.datetime(2024, 11, 14, 9, 0, 0)
    cp.last_modified_by = "Karin Wallin"
    cp.revision = 1
    d.save(path)
    fix_zip(path)


NYCKEL = [  # år, invånare, skattesats, nettokostnad, skatt+gsb, resultat, nettoinv, soliditet
    ("2019", 5675, 22.06, 402.3, 409.8, 8.4, 31.2, 43.1),
    ("2020", 5688, 22.06, 408.9, 425.1, 17.6, 28.4, 45.0),
    ("2021", 5702, 22.06, 421.7, 441.0, 21.2, 35.9, 46.4),
    ("2022", 5719, 22.31, 436.2, 446.3, 12.5, 52.6, 43.8),
    ("2023", 5743, 22.31, 447.5, 458.4, 9.2, 61.8, 42.2),
    ("2024 (prognos)", 5755, 22.31, 466.6, 474.7, 5.9, 39.5, 41.8),
]
BEF = [("0–5 år", 352, 348, 341), ("6–15 år", 671, 684, 690), ("16–19 år", 254, 262, 268),
       ("20–64 år", 3062, 3058, 3049), ("65–79 år", 1003, 1011, 1019), ("80 år och äldre", 377, 380, 388)]


def xlsx(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Nyckeltal"
    ws["A1"] = "Grästorps kommun – ekonomiska nyckeltal 2019–2024"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Belopp i mnkr om inget annat anges"
    hdr = ["År", "Invånare 31 dec", "Skattesats (kr)", "Verksamhetens nettokostnad",
           "Skatteintäkter och generella statsbidrag", "Årets resultat", "Nettoinvesteringar", "Soliditet (%)"]
    ws.append([])
    ws.append(hdr)
    for c in ws[4]:
        c.font = Font(bold=True)
    for r in NYCKEL:
        ws.append(list(r))
    ws.append([])
    ws.append(["Källa: årsredovisningar 2019–2023 och delårsrapport augusti 2024."])
    for col, w in zip("ABCDEFGH", [16, 16, 14, 24, 34, 14, 18, 14]):
        ws.column_dimensions[col].width = w
    ws2 = wb.create_sheet("Befolkning")
    ws2["A1"] = "Befolkning per åldersgrupp 31 december"
    ws2["A1"].font = Font(bold=True, size=13)
    ws2["A2"] = "Antal invånare"
    ws2.append([])
    ws2.append(["Åldersgrupp", 2022, 2023, 2024])
    for r in BEF:
        ws2.append(list(r))
    ws2.append(["Totalt", sum(r[1] for r in BEF), sum(r[2] for r in BEF), sum(r[3] for r in BEF)])
    ws2.append([])
    ws2.append(["Uppgifterna för 2024 avser den 30 september 2024."])
    p = wb.properties
    p.creator = "Ekonomiavdelningen"
    p.title = "Nyckeltal Grästorps kommun"
    p.created = dt.datetime(2024, 10, 15, 8, 0, 0)
    p.modified = dt.datetime(2024, 10, 15, 8, 0, 0)
    p.lastModifiedBy = "Ekonomiavdelningen"
    wb.save(path)
    fix_zip(path)


def press_md(path):
    txt = """# Grästorps kommun tecknar avtal om ny förskola i Tallbacken

**Pressmeddelande 2025-03-10**

Grästorps kommun har tecknat avtal med byggföretaget Vänerbygg AB om att uppföra den nya förskolan i
Tallbacken. Kontraktssumman är 31,2 miljoner kronor, vilket ligger inom den budget på 32,5 miljoner
kronor som kommunfullmäktige har avsatt för 2025–2026.

Förskolan får sex avdelningar med plats för 110 barn. Byggstarten sker i april 2025 och förskolan
beräknas stå klar till höstterminen 2026. Byggnaden uppförs i trä och får solceller på taket.

– Vi har i dag kö till förskolan i centrala Grästorp. Med Tallbacken kan vi erbjuda plats nära hemmet
och samtidigt avveckla de tillfälliga paviljongerna vid Centralskolan, säger Per Sandberg (M),
ordförande i bildningsnämnden.

Paviljongerna hyrs i dag för 780 000 kronor per år. När de avvecklas kan pengarna i stället
användas till verksamheten.

## Fakta

- Antal avdelningar: 6
- Antal platser: 110
- Kontraktssumma: 31,2 miljoner kronor
- Beräknad inflyttning: augusti 2026

**Kontakt**
Per Sandberg (M), ordförande bildningsnämnden, 0514-580 10
Helena Åberg, förvaltningschef bildningsförvaltningen, 0514-580 42
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(txt)


def build(outdir):
    os.makedirs(outdir, exist_ok=True)
    budget_pdf(os.path.join(outdir, "mal-och-budget-2025-2027.pdf"))
    delar_pdf(os.path.join(outdir, "delarsrapport-augusti-2024.pdf"))
    html(os.path.join(outdir, "sa-anvands-din-skatt.html"))
    protokoll_docx(os.path.join(outdir, "protokoll-ks-2024-11-13.docx"))
    xlsx(os.path.join(outdir, "nyckeltal-2019-2024.xlsx"))
    press_md(os.path.join(outdir, "pressmeddelande-forskola-tallbacken.md"))
