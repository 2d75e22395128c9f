"""Hallstahammar: Mål och budget 2025-2027 (PDF), Årsredovisning 2024 (PDF), HTML, DOCX, XLSX, MD."""
import datetime
import os

import docx
import openpyxl
from docx.shared import Pt
from openpyxl.styles import Font

from common import Doc, fmt, fint, normalize_zip

MUNI = "Hallstahammar"
YEARS = ["2023", "2024", "2025", "2026", "2027"]

# ---------------- data ----------------
RB = {  # Resultatbudget, mnkr: Bokslut 2023, Budget 2024, Budget 2025, Plan 2026, Plan 2027
    "int": [212.4, 205.0, 214.6, 218.9, 223.3],
    "kost": [-1330.8, -1368.5, -1420.6, -1457.3, -1491.9],
    "avskr": [-44.2, -47.9, -51.3, -54.8, -57.6],
    "skatt": [958.7, 1001.2, 1046.9, 1084.6, 1121.0],
    "gsb": [231.5, 236.8, 248.3, 253.2, 257.4],
    "finint": [6.1, 4.5, 4.8, 4.8, 4.9],
    "finkost": [-9.8, -12.4, -13.2, -14.6, -15.3],
}
NETTO = [round(RB["int"][i] + RB["kost"][i] + RB["avskr"][i], 1) for i in range(5)]
VRES = [round(NETTO[i] + RB["skatt"][i] + RB["gsb"][i], 1) for i in range(5)]
RES = [round(VRES[i] + RB["finint"][i] + RB["finkost"][i], 1) for i in range(5)]

NAMNDER = [
    ("Kommunstyrelsen", [118.4, 124.6, 129.8, 132.1, 134.5]),
    ("Barn- och utbildningsnämnden", [512.3, 531.7, 548.2, 559.6, 571.0]),
    ("Socialnämnden", [402.6, 421.9, 437.5, 449.8, 461.2]),
    ("Kultur- och fritidsnämnden", [48.2, 50.1, 51.4, 52.3, 53.2]),
    ("Bygg- och miljönämnden", [14.7, 15.3, 15.9, 16.2, 16.5]),
    ("Tekniska nämnden", [61.5, 63.8, 66.0, 67.4, 68.9]),
    ("Revisionen", [2.1, 2.2, 2.3, 2.3, 2.4]),
]
SUM_NAMND = [round(sum(v[i] for _, v in NAMNDER), 1) for i in range(5)]
FINANS = [round(-NETTO[i] - SUM_NAMND[i], 1) for i in range(5)]
INV_2024 = 16480  # invånare 31 dec 2024

INVEST = [  # tkr: Budget 2025, Plan 2026, Plan 2027
    ("Kommunstyrelsen", [
        ("Digitalisering och IT-infrastruktur", [4500, 4000, 3500]),
        ("Inventarier kommunhuset", [800, 500, 500]),
    ]),
    ("Barn- och utbildningsnämnden", [
        ("Ny förskola Nibble, 6 avdelningar", [38000, 22000, 0]),
        ("Ombyggnad Lindboskolan", [15500, 24000, 18000]),
        ("Skolgårdar, upprustning", [2500, 2500, 2500]),
        ("Inventarier förskola och skola", [3200, 2000, 2000]),
    ]),
    ("Socialnämnden", [
        ("Trygghetslarm och välfärdsteknik", [2800, 1500, 1500]),
        ("Inventarier särskilt boende", [1400, 1000, 1000]),
    ]),
    ("Kultur- och fritidsnämnden", [
        ("Konstgräsplan Kolbäck", [9500, 0, 0]),
        ("Upprustning simhallen", [6000, 12000, 3000]),
    ]),
    ("Bygg- och miljönämnden", [
        ("Digitalt bygglovssystem", [650, 0, 0]),
    ]),
    ("Tekniska nämnden", [
        ("Gator och vägar, reinvestering", [12000, 12500, 13000]),
        ("Gång- och cykelväg Strömsholm–Kolbäck", [7800, 4200, 0]),
        ("Gatubelysning, byte till LED", [3000, 3000, 2000]),
        ("Fordon och maskiner", [2400, 2000, 2000]),
        ("Energieffektivisering fastigheter", [5000, 5000, 5000]),
    ]),
]
INV_TOT = [sum(p[1][i] for _, ps in INVEST for p in ps) for i in range(3)]

# Balansbudget (mnkr)
EK = [612.4]
for i in range(1, 5):
    EK.append(round(EK[-1] + RES[i], 1))
AVS = [58.3, 60.1, 62.0, 63.8, 65.5]
LFS = [720.0, 790.0, 870.0, 930.0, 975.0]
KFS = [241.6, 245.0, 250.0, 255.0, 260.0]
MAT = [1395.2, 1488.0, 1600.5, 1688.0, 1760.0]
FIN = [52.8] * 5
FORD = [98.4, 100.0, 102.0, 104.0, 106.0]
SUMEKS = [round(EK[i] + AVS[i] + LFS[i] + KFS[i], 1) for i in range(5)]
KASSA = [round(SUMEKS[i] - MAT[i] - FIN[i] - FORD[i], 1) for i in range(5)]

# Årsredovisning 2024 utfall
AR = {"int": 221.8, "kost": -1387.5, "avskr": -46.8, "skatt": 1003.5, "gsb": 237.1,
      "finint": 5.2, "finkost": -11.9}
AR_NETTO = round(AR["int"] + AR["kost"] + AR["avskr"], 1)
AR_VRES = round(AR_NETTO + AR["skatt"] + AR["gsb"], 1)
AR_RES = round(AR_VRES + AR["finint"] + AR["finkost"], 1)
AR_UTFALL = {"Kommunstyrelsen": 121.9, "Barn- och utbildningsnämnden": 535.0, "Socialnämnden": 430.4,
             "Kultur- och fritidsnämnden": 49.6, "Bygg- och miljönämnden": 14.8,
             "Tekniska nämnden": 62.9, "Revisionen": 2.1}


def rb_rows(vals_fn, neg="-"):
    return [fmt(v, 1, neg) for v in vals_fn]


# ---------------- budget PDF ----------------
def budget_pdf(out):
    d = Doc("Hallstahammars kommun – Mål och budget 2025 med plan för 2026–2027")
    d.skip_head.add(1)
    d.add_page()
    d.ln(50)
    d.set_font("DejaVu", "B", 26)
    d.multi_cell(0, 13, "Mål och budget 2025\nmed plan för 2026–2027", align="C")
    d.ln(8)
    d.set_font("DejaVu", "", 13)
    d.multi_cell(0, 8, "Hallstahammars kommun\nAntagen av kommunfullmäktige 2024-11-25, § 118", align="C")

    d.add_page()
    d.h1("Innehåll")
    for t in ["Förord", "Vision och övergripande mål", "Ekonomiska förutsättningar",
              "Finansiella mål", "Nämndernas uppdrag och ramar", "Resultatbudget", "Balansbudget",
              "Driftbudget per nämnd", "Investeringsbudget", "Bilaga: Nyckeltal"]:
        d.para(t)

    d.add_page()
    d.h1("Förord")
    d.para("Hallstahammar är en kommun i utveckling. Vi växer långsamt men stabilt, och den 31 december 2024 "
           f"hade kommunen {fint(INV_2024)} invånare. Under de kommande åren står vi inför ökade behov inom "
           "både skola och äldreomsorg samtidigt som kostnaderna för pensioner, räntor och energi har stigit "
           "kraftigt.")
    d.para("Den budget som nu läggs fram bygger på en oförändrad skattesats om 22,46 kronor per "
           "skattekrona. Vi har valt att inte höja skatten, utan i stället ställa krav på effektiviseringar i "
           "hela organisationen. Totalt ska nämnderna effektivisera verksamheten med 14,3 miljoner kronor "
           "under 2025.")
    d.para(f"Årets resultat budgeteras till {fmt(RES[2])} miljoner kronor, vilket motsvarar 2,3 procent av "
           "skatteintäkter och generella statsbidrag. Det innebär att vi når det finansiella målet om ett "
           "resultat på minst 2,0 procent.")
    d.para("Satsningarna på förskola och skola fortsätter. Den nya förskolan i Nibble står klar under "
           "hösten 2026 och ombyggnaden av Lindboskolan inleds under 2025. Föreningslivet får ett förstärkt "
           "stöd genom att föreningsbidragen höjs med 700 000 kronor.")
    d.para("Jag vill tacka alla medarbetare för ett fantastiskt arbete under ett tufft år.")
    d.para("Jonas Bergström (S)\nKommunstyrelsens ordförande")

    d.add_page()
    d.h1("Vision och övergripande mål")
    d.para("Kommunens vision, Hallstahammar 2030 – en attraktiv kommun att leva, bo och verka i, antogs av "
           "kommunfullmäktige 2021. Visionen bryts ned i fyra övergripande mål som gäller för "
           "mandatperioden.")
    d.h2("Mål 1: Fler elever ska klara skolan")
    d.para("Andelen elever i årskurs 9 som är behöriga till gymnasieskolans yrkesprogram var 78,4 procent "
           "läsåret 2023/24. Målet är att andelen ska öka till 85 procent senast 2027.")
    d.h2("Mål 2: En trygg och värdig äldreomsorg")
    d.para("Nöjdheten med hemtjänsten ska ligga på minst 90 procent i Socialstyrelsens brukarundersökning. "
           "Antalet olika personal som en brukare med hemtjänst möter under 14 dagar ska minska från 16 till 12.")
    d.h2("Mål 3: Ett växande näringsliv och fler bostäder")
    d.para("Kommunen ska planlägga mark för minst 150 nya bostäder under perioden 2025–2027. Företagsklimatet "
           "ska förbättras, mätt som placering i Svenskt Näringslivs ranking.")
    d.h2("Mål 4: En hållbar kommun")
    d.para("Koldioxidutsläppen från kommunens egna fordon ska minska med 50 procent till 2027 jämfört med "
           "2019. Energianvändningen i kommunens lokaler ska minska med 10 procent under planperioden.")

    d.add_page()
    d.h1("Ekonomiska förutsättningar")
    d.para("Budgeten bygger på Sveriges Kommuner och Regioners (SKR) skatteunderlagsprognos från oktober 2024. "
           "Skatteunderlaget beräknas växa med 4,1 procent 2025. Skatteintäkterna beräknas till "
           f"{fmt(RB['skatt'][2])} miljoner kronor och de generella statsbidragen och utjämningen till "
           f"{fmt(RB['gsb'][2])} miljoner kronor.")
    d.para("Nämndernas ramar har räknats upp med 3,0 procent för löner och 2,0 procent för övriga kostnader. "
           "Därutöver har ett generellt effektiviseringskrav om 1,2 procent lagts på samtliga nämnder utom "
           "revisionen.")
    d.para("Kostnaderna för pensioner ökar med 9,6 miljoner kronor jämfört med 2024, främst till följd av "
           "det nya pensionsavtalet AKAP-KR. Räntekostnaderna beräknas till 13,2 miljoner kronor med en "
           "genomsnittlig ränta på 3,1 procent.")
    d.para("För att finansiera investeringarna beräknas nya lån om 80 miljoner kronor behöva tas upp under "
           "2025. Låneskulden beräknas uppgå till 870 miljoner kronor vid utgången av 2025.")
    d.h2("Finansiella mål")
    d.para("1. Årets resultat ska uppgå till minst 2,0 procent av skatteintäkter och generella statsbidrag "
           "sett över en rullande femårsperiod.")
    d.para("2. Investeringarna ska till minst 60 procent finansieras med egna medel (självfinansieringsgrad).")
    d.para("3. Soliditeten inklusive pensionsförpliktelser ska inte understiga 20 procent.")
    d.note("Kommentar: Självfinansieringsgraden för 2025 beräknas till 70 procent.")

    d.add_page()
    d.h1("Nämndernas uppdrag och ramar")
    d.h2("Kommunstyrelsen")
    d.para("Kommunstyrelsen leder och samordnar kommunens verksamhet. Ramen för 2025 är 129,8 miljoner "
           "kronor. I ramen ingår 1,5 miljoner kronor för ett nytt näringslivsprogram och en tjänst som "
           "säkerhetssamordnare.")
    d.h2("Barn- och utbildningsnämnden")
    d.para("Barn- och utbildningsnämnden ansvarar för förskola, grundskola, gymnasieskola och vuxenutbildning. "
           "Nämnden ska effektivisera med 5,2 miljoner kronor, främst genom en samordning av "
           "skolskjutsarna och en översyn av lokalerna. Samtidigt tillförs nämnden 8,0 miljoner kronor för "
           "volymökningar i förskolan.")
    d.h2("Socialnämnden")
    d.para("Socialnämnden ansvarar för äldreomsorg, stöd till personer med funktionsnedsättning samt individ- "
           "och familjeomsorg. Nämnden redovisade ett underskott under 2024 och har ett effektiviseringskrav "
           "på 6,1 miljoner kronor för 2025. Hemtjänstens planering ska digitaliseras och antalet "
           "externa placeringar av barn och unga ska minska.")
    d.h2("Kultur- och fritidsnämnden")
    d.para("Nämnden ansvarar för bibliotek, kulturskola, fritidsgårdar och idrottsanläggningar. Utöver "
           "höjningen av föreningsbidragen satsas 350 000 kronor på fler sommaraktiviteter för unga.")
    d.h2("Bygg- och miljönämnden")
    d.para("Handläggningstiden för bygglov ska vara högst fem veckor. Ett nytt digitalt bygglovssystem "
           "införs under 2025.")
    d.h2("Tekniska nämnden")
    d.para("Tekniska nämnden ansvarar för gator, parker, kommunens fastigheter och kostverksamhet. Övriga "
           "nämnder ska tillsammans effektivisera med 3,0 miljoner kronor, varav tekniska nämnden svarar för "
           "1,4 miljoner kronor genom minskad lokalyta.")

    # Resultatbudget
    d.add_page()
    d.h1("Resultatbudget")
    d.para("Resultatbudgeten visar kommunens samlade intäkter och kostnader. Verksamhetens nettokostnad ökar "
           f"med {fmt(-(NETTO[2] - NETTO[1]))} miljoner kronor mellan budget 2024 och budget 2025.")
    hdr = [["", "Not", "Bokslut", "Budget", "Budget", "Plan", "Plan"],
           ["Belopp i mnkr", "", "2023", "2024", "2025", "2026", "2027"]]
    W = [52, 10, 21, 21, 21, 21, 21]
    rows = [
        (["Verksamhetens intäkter", "1"] + rb_rows(RB["int"]), ""),
        (["Verksamhetens kostnader", "2"] + rb_rows(RB["kost"]), ""),
        (["Avskrivningar", "3"] + rb_rows(RB["avskr"]), ""),
        (["Verksamhetens nettokostnad", ""] + rb_rows(NETTO), "B"),
        (["Skatteintäkter", "4"] + rb_rows(RB["skatt"]), ""),
        (["Generella statsbidrag och utjämning", "5"] + rb_rows(RB["gsb"]), ""),
        (["Verksamhetens resultat", ""] + rb_rows(VRES), "B"),
        (["Finansiella intäkter", ""] + rb_rows(RB["finint"]), ""),
        (["Finansiella kostnader", "6"] + rb_rows(RB["finkost"]), ""),
        (["Årets resultat", ""] + rb_rows(RES), "B"),
    ]
    d.table("Tabell 1. Resultatbudget 2025–2027", hdr, rows, W)
    d.note("Noter: 1) Inklusive taxor, avgifter och riktade statsbidrag. 2) Inklusive pensionskostnader. "
           "3) Planenliga avskrivningar. 4) Skattesats 22,46 kr. 5) Enligt SKR:s prognos oktober 2024. "
           "6) Räntor på lån och pensionsskuld.")

    d.add_page()
    d.h1("Balansbudget")
    hdr = [["", "Bokslut", "Budget", "Budget", "Plan", "Plan"],
           ["Belopp i mnkr", "2023", "2024", "2025", "2026", "2027"]]
    W = [62, 21, 21, 21, 21, 21]
    rows = [
        (["TILLGÅNGAR"], "S"),
        (["Materiella anläggningstillgångar"] + rb_rows(MAT), ""),
        (["Finansiella anläggningstillgångar"] + rb_rows(FIN), ""),
        (["Summa anläggningstillgångar"] + rb_rows([MAT[i] + FIN[i] for i in range(5)]), "B"),
        (["Fordringar"] + rb_rows(FORD), ""),
        (["Kassa och bank"] + rb_rows(KASSA), ""),
        (["Summa omsättningstillgångar"] + rb_rows([FORD[i] + KASSA[i] for i in range(5)]), "B"),
        (["SUMMA TILLGÅNGAR"] + rb_rows(SUMEKS), "B"),
        (["EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER"], "S"),
        (["Eget kapital"] + rb_rows(EK), ""),
        (["därav årets resultat"] + rb_rows(RES), ""),
        (["Avsättningar för pensioner"] + rb_rows(AVS), ""),
        (["Långfristiga skulder"] + rb_rows(LFS), ""),
        (["Kortfristiga skulder"] + rb_rows(KFS), ""),
        (["SUMMA EGET KAPITAL OCH SKULDER"] + rb_rows(SUMEKS), "B"),
    ]
    d.table("Tabell 2. Balansbudget", hdr, rows, W)
    sol = [round(EK[i] / SUMEKS[i] * 100, 1) for i in range(5)]
    d.para("Soliditeten, det vill säga hur stor del av tillgångarna som finansierats med eget kapital, "
           f"beräknas till {fmt(sol[2])} procent vid utgången av 2025.")

    # Driftbudget
    d.add_page()
    d.h1("Driftbudget per nämnd")
    d.para("Tabellen visar nämndernas nettokostnader (kommunbidrag). Kolumnen kr per invånare avser budget "
           f"2025 och är beräknad på {fint(INV_2024)} invånare.")
    hdr = [["Nettokostnad", "Bokslut", "Budget", "Budget", "Plan", "Plan", "kr per inv."],
           ["Belopp i mnkr", "2023", "2024", "2025", "2026", "2027", "2025"]]
    W = [52, 18, 18, 18, 18, 18, 28]
    rows = []
    for n, v in NAMNDER:
        rows.append(([n] + rb_rows(v) + [fint(v[2] * 1e6 / INV_2024)], ""))
    rows.append((["Summa nämnder"] + rb_rows(SUM_NAMND) + [fint(SUM_NAMND[2] * 1e6 / INV_2024)], "B"))
    rows.append((["Finansförvaltning m.m."] + rb_rows(FINANS) + [fint(FINANS[2] * 1e6 / INV_2024)], ""))
    rows.append((["Verksamhetens nettokostnad"] + rb_rows([-x for x in NETTO]) +
                 [fint(-NETTO[2] * 1e6 / INV_2024)], "B"))
    d.table("Tabell 3. Driftbudget", hdr, rows, W)
    d.note("Finansförvaltning m.m. avser pensioner, semesterlöneskuld och centrala poster. Beloppen är "
           "nettokostnader och anges därför utan minustecken.")

    # Investeringsbudget (long, continued over page break)
    d.add_page()
    d.h1("Investeringsbudget")
    d.para(f"Investeringsbudgeten för 2025 uppgår till totalt {fmt(INV_TOT[0] / 1000)} miljoner kronor. "
           "De största projekten är den nya förskolan i Nibble och ombyggnaden av Lindboskolan. Utöver "
           "investeringsbudgeten finns exploateringsmedel om 4,7 miljoner kronor för området Östra Strömsholm.")
    d.para("Investeringarna ska prövas mot kommunens mål och en investeringskalkyl ska finnas för alla "
           "projekt över 5 miljoner kronor. " * 3)
    d.para("Nämnderna ansvarar för att investeringsprojekten genomförs inom beslutad ram. Om ett projekt "
           "beräknas överskrida budget ska nämnden snarast informera kommunstyrelsen. " * 3)
    hdr = [["Projekt", "Budget", "Plan", "Plan"], ["Belopp i tkr", "2025", "2026", "2027"]]
    W = [100, 23, 23, 23]
    rows = []
    for n, ps in INVEST:
        rows.append(([n], "S"))
        for p, v in ps:
            rows.append(([p] + [fint(x) for x in v], ""))
        rows.append(([f"Summa {n[0].lower() + n[1:]}"] + [fint(sum(p[1][i] for p in ps)) for i in range(3)], "B"))
    rows.append((["Totalt investeringar"] + [fint(x) for x in INV_TOT], "B"))
    d.table("Tabell 4. Investeringsbudget 2025–2027", hdr, rows, W, size=8.5, lh=6.2)
    d.note("Beloppen avser nettoinvesteringar. Investeringsbidrag har räknats av.")

    d.add_page()
    d.h1("Bilaga: Nyckeltal")
    hdr = [["Nyckeltal", "Bokslut", "Budget", "Budget", "Plan", "Plan"],
           ["", "2023", "2024", "2025", "2026", "2027"]]
    W = [62, 21, 21, 21, 21, 21]
    tot = [RB["skatt"][i] + RB["gsb"][i] for i in range(5)]
    rows = [
        (["Resultat i % av skatter och bidrag"] + [fmt(RES[i] / tot[i] * 100) for i in range(5)], ""),
        (["Nettokostnad i % av skatter och bidrag"] + [fmt(-NETTO[i] / tot[i] * 100) for i in range(5)], ""),
        (["Soliditet, %"] + [fmt(x) for x in sol], ""),
        (["Skattesats, kr"] + ["22,46"] * 5, ""),
        (["Låneskuld, mnkr"] + rb_rows(LFS), ""),
    ]
    d.table("Tabell 5. Finansiella nyckeltal", hdr, rows, W)
    d.output(out)


# ---------------- årsredovisning PDF ----------------
def ar_pdf(out):
    d = Doc("Årsredovisning 2024 – Hallstahammars kommun")
    d.skip_head.add(1)
    d.add_page()
    d.ln(60)
    d.set_font("DejaVu", "B", 28)
    d.multi_cell(0, 14, "Årsredovisning 2024", align="C")
    d.set_font("DejaVu", "", 13)
    d.multi_cell(0, 8, "Hallstahammars kommun", align="C")

    d.add_page()
    d.h1("Kommunstyrelsens ordförande har ordet")
    d.para(f"Hallstahammars kommun redovisar för 2024 ett resultat på {fmt(AR_RES)} miljoner kronor. Det är "
           f"{fmt(AR_RES - RES[1])} miljoner kronor bättre än budget. Resultatet förklaras främst av "
           "högre skatteintäkter och lägre räntekostnader än beräknat, medan socialnämnden redovisar ett "
           "betydande underskott.")
    d.para("Under året invigdes den nya idrottshallen i Kolbäck och arbetet med detaljplanen för Östra "
           "Strömsholm slutfördes.")
    d.para("Jonas Bergström (S), kommunstyrelsens ordförande")

    d.add_page()
    d.h1("Förvaltningsberättelse")
    d.h2("Årets resultat och balanskravet")
    d.para(f"Årets resultat uppgår till {fmt(AR_RES)} miljoner kronor (2023: {fmt(RES[0])} miljoner kronor). "
           "Efter justering för realisationsvinster om 1,6 miljoner kronor uppgår balanskravsresultatet till "
           "19,8 miljoner kronor. Kommunen uppfyller därmed balanskravet.")
    d.h2("Investeringar")
    d.para("Nettoinvesteringarna uppgick till 68,2 miljoner kronor, att jämföra med en budget på 94,5 "
           "miljoner kronor. Avvikelsen beror främst på att förskolan i Nibble försenats.")
    d.h2("Personal")
    d.para("Den 31 december 2024 hade kommunen 1 342 tillsvidareanställda medarbetare. Sjukfrånvaron "
           "minskade till 7,9 procent (2023: 8,4 procent).")
    d.h2("Soliditet")
    d.para("Soliditeten uppgick till 36,2 procent vid årets slut. Inklusive hela pensionsförpliktelsen "
           "uppgick soliditeten till 21,5 procent.")

    d.add_page()
    d.h1("Resultaträkning")
    hdr = [["", "Not", "Utfall", "Utfall", "Budget"], ["Belopp i mnkr", "", "2024", "2023", "2024"]]
    W = [70, 12, 26, 26, 26]
    ar = AR

    def r3(a, b, c):
        return [fmt(a, 1, "dash"), fmt(b, 1, "dash"), fmt(c, 1, "dash")]
    rows = [
        (["Verksamhetens intäkter", "1"] + r3(ar["int"], RB["int"][0], RB["int"][1]), ""),
        (["Verksamhetens kostnader", "2"] + r3(ar["kost"], RB["kost"][0], RB["kost"][1]), ""),
        (["Avskrivningar", "3"] + r3(ar["avskr"], RB["avskr"][0], RB["avskr"][1]), ""),
        (["Verksamhetens nettokostnad", ""] + r3(AR_NETTO, NETTO[0], NETTO[1]), "B"),
        (["Skatteintäkter", "4"] + r3(ar["skatt"], RB["skatt"][0], RB["skatt"][1]), ""),
        (["Generella statsbidrag och utjämning", "5"] + r3(ar["gsb"], RB["gsb"][0], RB["gsb"][1]), ""),
        (["Verksamhetens resultat", ""] + r3(AR_VRES, VRES[0], VRES[1]), "B"),
        (["Finansiella intäkter", "6"] + r3(ar["finint"], RB["finint"][0], RB["finint"][1]), ""),
        (["Finansiella kostnader", "7"] + r3(ar["finkost"], RB["finkost"][0], RB["finkost"][1]), ""),
        (["Årets resultat", ""] + r3(AR_RES, RES[0], RES[1]), "B"),
    ]
    d.table("Resultaträkning", hdr, rows, W)

    d.add_page()
    d.h1("Driftredovisning")
    d.para("Nämndernas sammanlagda avvikelse mot budget var negativ. Socialnämnden redovisar den största "
           "negativa avvikelsen, främst till följd av ökade kostnader för placeringar av barn och unga samt "
           "hemtjänst.")
    hdr = [["Nämnd", "Budget", "Utfall", "Avvikelse"], ["Belopp i mnkr", "2024", "2024", "2024"]]
    W = [80, 28, 28, 28]
    rows = []
    sb = su = 0
    for n, v in NAMNDER:
        u = AR_UTFALL[n]
        rows.append(([n, fmt(v[1]), fmt(u), fmt(v[1] - u, 1, "dash")], ""))
        sb += v[1]
        su += u
    rows.append((["Summa nämnder", fmt(sb), fmt(su), fmt(sb - su, 1, "dash")], "B"))
    d.table("Nämndernas nettokostnader och budgetavvikelse", hdr, rows, W)
    d.note("Positiv avvikelse = överskott mot budget, negativ avvikelse (–) = underskott.")
    d.output(out)


# ---------------- HTML ----------------
SKATT100 = [("Förskola och skola", 43), ("Vård och omsorg om äldre och personer med funktionsnedsättning", 26),
            ("Individ- och familjeomsorg", 9), ("Kommunledning, administration och näringsliv", 10),
            ("Gator, parker och fastigheter", 6), ("Kultur och fritid", 4),
            ("Bygg, miljö och räddningstjänst", 2)]


def html_page(out):
    rows = "\n".join(f"        <tr><td>{a}</td><td>{b} kr</td></tr>" for a, b in SKATT100)
    html = f"""<!DOCTYPE html>
<html lang="sv">
<head><meta charset="utf-8"><title>Så används din skatt - Hallstahammars kommun</title></head>
<body>
<div id="cookie-banner"><p>Vi använder kakor (cookies) för att förbättra webbplatsen. <button>Godkänn alla</button> <button>Endast nödvändiga</button></p></div>
<header>
  <a href="/">Hallstahammars kommun</a>
  <nav><ul><li><a href="/omsorg">Omsorg och hjälp</a></li><li><a href="/skola">Förskola och skola</a></li>
  <li><a href="/bygga">Bygga, bo och miljö</a></li><li><a href="/kommun-och-politik">Kommun och politik</a></li></ul></nav>
  <div class="breadcrumbs">Startsida / Kommun och politik / Ekonomi / Så används din skatt</div>
</header>
<main>
  <h1>Så används din skatt</h1>
  <p class="ingress">Kommunalskatten är kommunens största inkomstkälla. År 2025 är skattesatsen i Hallstahammar 22,46 kronor per hundralapp av din beskattningsbara inkomst.</p>
  <p>Om du tjänar 30 000 kronor i månaden betalar du alltså cirka 6 738 kronor i kommunalskatt varje månad. Utöver kommunalskatten betalar du regionskatt till Region Västmanland.</p>
  <h2>Så fördelas 100 kronor i skatt</h2>
  <table>
    <thead><tr><th>Verksamhet</th><th>Av 100 kr</th></tr></thead>
    <tbody>
{rows}
    </tbody>
  </table>
  <p>Fördelningen bygger på Mål och budget 2025. Summorna är avrundade.</p>
  <h2>Vill du veta mer?</h2>
  <p>Hela budgetdokumentet och årsredovisningen finns att ladda ner under Budget och årsredovisning.</p>
  <p class="meta">Publicerad 2025-01-20<br>Senast uppdaterad 2025-02-11</p>
</main>
<footer>
  <p>Hallstahammars kommun, 734 80 Hallstahammar. Telefon 0220-240 00. kommun@hallstahammar.se</p>
  <p><a href="/tillganglighet">Tillgänglighetsredogörelse</a> | <a href="/kakor">Om kakor</a> | <a href="/personuppgifter">Personuppgifter</a></p>
</footer>
</body>
</html>
"""
    with open(out, "w", encoding="utf-8") as f:
        f.write(html)


# ---------------- DOCX ----------------
OMB = [  # tkr: Budget 2024, Utfall 2024, Ombudgeteras till 2025
    ("Ny förskola Nibble", 24000, 9800, 14200),
    ("Gång- och cykelväg Strömsholm–Kolbäck", 6500, 2100, 4400),
    ("Idrottshall Kolbäck", 18000, 16900, 1100),
    ("Energieffektivisering fastigheter", 5000, 3200, 1800),
    ("Digitalisering och IT-infrastruktur", 4000, 3350, 650),
]


def docx_file(out):
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    doc.add_heading("PROTOKOLL", level=1)
    doc.add_paragraph("Kommunstyrelsen, Hallstahammars kommun")
    doc.add_paragraph("Sammanträdesdatum: 2025-03-10")
    doc.add_paragraph("Plats och tid: Kommunhuset, sammanträdesrum Strömsholm, kl. 13.00–15.40")
    doc.add_paragraph("Beslutande: Jonas Bergström (S), ordförande; Maria Ekholm (S); Peter Nyberg (S); "
                      "Lena Holm (M); Kristoffer Sand (M); Anders Wiklund (SD); Sofia Ahl (C); "
                      "Erik Lund (V); Karin Björk (KD)")
    doc.add_paragraph("Justerare: Lena Holm (M)")
    doc.add_heading("§ 31 Val av justerare", level=2)
    doc.add_paragraph("Kommunstyrelsen beslutar att utse Lena Holm (M) att jämte ordföranden justera protokollet.")
    doc.add_heading("§ 32 Ombudgetering av investeringsmedel från 2024 till 2025", level=2)
    doc.add_paragraph("Ärendebeskrivning: Flera investeringsprojekt har inte slutförts under 2024. "
                      "Ekonomiavdelningen föreslår att outnyttjade medel för pågående projekt ombudgeteras "
                      "till 2025. Beloppen framgår av tabellen nedan.")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    h = t.rows[0].cells
    for c, txt in zip(h, ["Projekt (tkr)", "Budget 2024", "Utfall 2024", "Ombudgeteras till 2025"]):
        c.text = txt
    for p, b, u, o in OMB:
        r = t.add_row().cells
        for c, txt in zip(r, [p, fint(b), fint(u), fint(o)]):
            c.text = txt
    tot = [sum(x[i] for x in OMB) for i in (1, 2, 3)]
    r = t.add_row().cells
    for c, txt in zip(r, ["Summa", fint(tot[0]), fint(tot[1]), fint(tot[2])]):
        c.text = txt
    doc.add_paragraph("")
    doc.add_paragraph(f"Beslut: Kommunstyrelsen föreslår kommunfullmäktige att ombudgetera totalt "
                      f"{fint(tot[2])} tkr från 2024 års investeringsbudget till 2025.")
    doc.add_heading("§ 33 Försäljning av fastigheten Kolbäck 3:45", level=2)
    doc.add_paragraph("Ärendebeskrivning: Fastigheten Kolbäck 3:45, den tidigare förskolan Solrosen, står "
                      "tom sedan 2023. Tre anbud har inkommit. Det högsta anbudet, 3 150 000 kronor, har "
                      "lämnats av Kolbäcks Bygg AB.")
    doc.add_paragraph("Beslut: Kommunstyrelsen beslutar att sälja fastigheten Kolbäck 3:45 till Kolbäcks Bygg AB "
                      "för 3 150 000 kronor.")
    doc.add_paragraph("Reservation: Erik Lund (V) reserverar sig mot beslutet till förmån för eget yrkande om att "
                      "fastigheten ska behållas och användas för föreningslivet.")
    doc.add_heading("§ 34 Motion om avgiftsfri simskola för alla barn i förskoleklass", level=2)
    doc.add_paragraph("Ärendebeskrivning: Sofia Ahl (C) har i en motion föreslagit att alla barn i "
                      "förskoleklass ska erbjudas avgiftsfri simskola. Kostnaden har beräknats till 420 000 "
                      "kronor per år.")
    doc.add_paragraph("Beslut: Kommunstyrelsen föreslår kommunfullmäktige att avslå motionen med hänvisning "
                      "till att simundervisning redan ingår i grundskolans undervisning i idrott och hälsa.")
    doc.add_paragraph("Reservation: Sofia Ahl (C) och Karin Björk (KD) reserverar sig mot beslutet till förmån "
                      "för bifall till motionen.")
    doc.add_heading("§ 35 Delegationsbeslut", level=2)
    doc.add_paragraph("Kommunstyrelsen beslutar att lägga redovisningen av delegationsbeslut till handlingarna.")
    doc.add_paragraph("Vid protokollet: Helena Strand, nämndsekreterare")
    cp = doc.core_properties
    cp.author = "Hallstahammars kommun"
    cp.title = "Protokoll kommunstyrelsen 2025-03-10"
    cp.created = datetime.datetime(2025, 3, 12, 9, 0, 0)
    cp.modified = datetime.datetime(2025, 3, 12, 9, 0, 0)
    cp.last_modified_by = "Hallstahammars kommun"
    cp.revision = 1
    doc.save(out)
    normalize_zip(out)


# ---------------- XLSX ----------------
BEF = [  # år, födda, döda, inflyttade, utflyttade
    (2019, 171, 188, 842, 791), (2020, 165, 204, 803, 812), (2021, 180, 191, 865, 790),
    (2022, 158, 197, 910, 874), (2023, 149, 185, 887, 851), (2024, 152, 179, 1050, None)]
BEF_START = 16236  # folkmängd 31 dec 2018
AGE = [("0–5 år", 1012), ("6–15 år", 1934), ("16–19 år", 741), ("20–64 år", 8735), ("65–79 år", 2867),
       ("80 år och äldre", 1191)]


def bef_rows():
    pop = BEF_START
    rows = []
    for yr, f, dd, i, u in BEF:
        if u is None:
            u = pop + f - dd + i - INV_2024
        ch = f - dd + i - u
        pop += ch
        rows.append((yr, pop, f, dd, i, u, ch))
    assert rows[-1][1] == INV_2024
    return rows


def xlsx_file(out):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Befolkning"
    ws["A1"] = "Befolkningsutveckling i Hallstahammars kommun 2019–2024"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Antal personer. Folkmängd per den 31 december"
    ws.append([])
    ws.append(["År", "Folkmängd", "Födda", "Döda", "Inflyttade", "Utflyttade", "Folkökning"])
    for r in bef_rows():
        ws.append(list(r))
    ws.append([])
    ws.append(["Källa: SCB, befolkningsstatistik"])
    ws2 = wb.create_sheet("Åldersgrupper 2024")
    ws2["A1"] = "Befolkning efter åldersgrupp, 31 december 2024"
    ws2["A1"].font = Font(bold=True, size=13)
    ws2["A2"] = "Antal personer och andel i procent"
    ws2.append([])
    ws2.append(["Åldersgrupp", "Antal", "Andel %"])
    tot = sum(a for _, a in AGE)
    assert tot == INV_2024
    for g, a in AGE:
        ws2.append([g, a, round(a / tot * 100, 1)])
    ws2.append(["Totalt", tot, 100.0])
    wb.properties.creator = "Hallstahammars kommun"
    wb.properties.created = datetime.datetime(2025, 2, 15, 8, 0, 0)
    wb.properties.modified = datetime.datetime(2025, 2, 15, 8, 0, 0)
    wb.save(out)
    normalize_zip(out)


# ---------------- press release ----------------
def press(out):
    txt = f"""# Hallstahammars kommun redovisar överskott för 2024

**Pressmeddelande, 2025-03-27**

Hallstahammars kommun redovisar ett resultat på {fmt(AR_RES)} miljoner kronor för 2024. Det är bättre än de {fmt(RES[1])} miljoner kronor som var budgeterade.

– Vi har en stabil ekonomi, men socialnämndens underskott på 8,5 miljoner kronor visar att vi måste fortsätta arbeta med att hålla budget, säger Jonas Bergström (S), kommunstyrelsens ordförande.

## Kort om året

- Nettoinvesteringarna uppgick till 68,2 miljoner kronor.
- Sjukfrånvaron minskade till 7,9 procent.
- Den nya idrottshallen i Kolbäck invigdes i september.
- Antalet invånare ökade till {fint(INV_2024)}.

Årsredovisningen behandlas av kommunfullmäktige den 28 april 2025.

**Kontakt:** Ulrika Berg, ekonomichef, 0220-240 10
"""
    with open(out, "w", encoding="utf-8") as f:
        f.write(txt)


def main(outdir):
    os.makedirs(outdir, exist_ok=True)
    budget_pdf(os.path.join(outdir, "mal-och-budget-2025-2027.pdf"))
    ar_pdf(os.path.join(outdir, "arsredovisning-2024.pdf"))
    html_page(os.path.join(outdir, "sa-anvands-din-skatt.html"))
    docx_file(os.path.join(outdir, "protokoll-kommunstyrelsen-2025-03-10.docx"))
    xlsx_file(os.path.join(outdir, "befolkningsstatistik-2019-2024.xlsx"))
    press(os.path.join(outdir, "pressmeddelande-arsredovisning-2024.md"))
