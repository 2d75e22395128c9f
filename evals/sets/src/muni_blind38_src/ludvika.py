"""Ludvika kommun: documents for the blind-muni38 corpus."""
import os
from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font

from common import Doc, fmt, save_docx, save_xlsx, save_pdf, html_page

RH = "Ludvika kommun – Mål och budget 2025 med plan för 2026–2027"

NAMND = [
    ("Kommunstyrelsen", [148.6, 152.3, 158.9, 161.2, 163.8]),
    ("Barn- och utbildningsnämnden", [712.4, 738.9, 756.2, 768.5, 779.1]),
    ("Socialnämnden", [824.7, 851.6, 879.3, 896.0, 912.4]),
    ("Samhällsbyggnadsnämnden", [96.2, 101.5, 104.8, 106.9, 108.7]),
    ("Kultur- och fritidsnämnden", [58.3, 60.1, 61.7, 62.4, 63.2]),
    ("Myndighetsnämnden för bygg och miljö", [12.9, 13.4, 13.8, 14.1, 14.3]),
    ("Överförmyndarnämnden", [4.1, 4.3, 4.4, 4.5, 4.6]),
    ("Valnämnden", [0.2, 1.4, 0.3, 1.5, 0.3]),
    ("Revisionen", [3.1, 3.2, 3.3, 3.4, 3.4]),
]

RES = {
    "int": [412.6, 421.0, 428.5, 433.0, 438.2],
    "kost": [-2298.4, -2372.9, -2431.7, -2480.2, -2527.6],
    "avs": [-86.3, -91.5, -95.8, -99.4, -102.1],
    "skatt": [1497.2, 1556.8, 1612.4, 1664.9, 1720.3],
    "bidr": [503.8, 526.1, 541.6, 553.7, 565.0],
    "fint": [14.2, 12.8, 11.5, 11.0, 10.8],
    "fkost": [-22.5, -27.9, -29.6, -31.2, -32.5],
}

INV = [
    ("Kommunstyrelsen", [
        ("IT-infrastruktur och digitalisering", 6500, 5000, 5000),
        ("Fibernät landsbygd, etapp 3", 4200, 3800, 0),
        ("Inventarier kommunhuset", 1200, 800, 800),
    ]),
    ("Barn- och utbildningsnämnden", [
        ("Ny förskola Grangärde", 31000, 17000, 0),
        ("Ombyggnad Marnässkolan", 22500, 28000, 9500),
        ("Skolgårdar, upprustning", 3000, 3000, 3000),
        ("Inventarier och läromedel", 4800, 4500, 4500),
    ]),
    ("Socialnämnden", [
        ("Trygghetsboende Ulriksberg", 12400, 18600, 0),
        ("Välfärdsteknik", 2600, 2200, 2000),
        ("Inventarier särskilt boende", 1900, 1700, 1700),
    ]),
    ("Samhällsbyggnadsnämnden", [
        ("Gator och vägar, beläggningsprogram", 14000, 14500, 15000),
        ("Gång- och cykelväg Ludvika–Blixberg", 8700, 0, 0),
        ("Gatubelysning, byte till LED", 3500, 3500, 2000),
        ("Broar, reinvestering", 5200, 2800, 4000),
        ("Resecentrum, etapp 2", 16800, 9200, 0),
        ("Lekplatser och parker", 2400, 2400, 2400),
        ("Vatten och avlopp, ledningsförnyelse", 38000, 41000, 43000),
        ("Nytt vattenverk Ludvika, förprojektering", 6000, 25000, 60000),
    ]),
    ("Kultur- och fritidsnämnden", [
        ("Konstgräsplan Lorentsbergs IP", 7800, 0, 0),
        ("Badhuset Ludvika, energiåtgärder", 4600, 2100, 0),
        ("Biblioteket, ny meröppen filial", 900, 1400, 0),
    ]),
]


def res_rows():
    r = RES
    n = len(r["int"])
    vnk = [r["int"][i] + r["kost"][i] + r["avs"][i] for i in range(n)]
    vres = [vnk[i] + r["skatt"][i] + r["bidr"][i] for i in range(n)]
    efin = [vres[i] + r["fint"][i] + r["fkost"][i] for i in range(n)]
    return vnk, vres, efin


def budget_pdf(path):
    vnk, vres, efin = res_rows()
    d = Doc(RH)
    d.title_page(["Mål och budget 2025", "med plan för 2026–2027", "Ludvika kommun",
                  "Antagen av kommunfullmäktige den 25 november 2024, § 142"])
    d.h1("Innehåll")
    for t in ["Förord", "Vision och övergripande mål", "Omvärld och förutsättningar", "Ekonomiska ramar och effektiviseringar",
              "Nämndernas uppdrag", "Investeringar", "Finansiella mål", "Resultatbudget", "Balansbudget",
              "Driftbudget per nämnd", "Investeringsbudget", "Noter"]:
        d.para(t)
    d.h1("Förord")
    d.para("Ludvika står inför några av de största investeringarna i kommunens historia samtidigt som kostnaderna för "
           "välfärden fortsätter att öka. Den här budgeten handlar om att prioritera. Vi värnar kärnverksamheten i skola, "
           "vård och omsorg, men vi måste också bli effektivare i allt vi gör.")
    d.para("Inför 2025 genomför nämnderna effektiviseringar om sammanlagt 14,5 miljoner kronor. Samtidigt tillför vi "
           "socialnämnden ett särskilt tillskott på 9,2 miljoner kronor för att möta ett ökat behov inom hemtjänsten och "
           "den växande gruppen äldre över 80 år.")
    d.para("Skattesatsen lämnas oförändrad på 22,14 kronor per hundralapp. Tillsammans med regionens skatt blir den "
           "totala skattesatsen 33,97 kronor. Vi bedömer att det inte är rätt tid att höja skatten när hushållen fortfarande "
           "känner av de senaste årens höga priser.")
    d.para("Vi satsar 700 000 kronor på avgiftsfria sommarlovsaktiviteter för barn och unga och 1,5 miljoner kronor på ett "
           "förstärkt arbete mot skadegörelse och otrygghet i centrala Ludvika.")
    d.para("Jag vill tacka alla medarbetare i Ludvika kommun för ert arbete. Det är ni som varje dag gör skillnad för våra invånare.")
    d.para("Anna-Karin Holmberg (S)\nKommunstyrelsens ordförande")
    d.h1("Vision och övergripande mål")
    d.para("Kommunfullmäktiges vision är ”Ludvika – en växande kommun med kraft och framtidstro”. Visionen bryts ned i fyra "
           "målområden: Livskvalitet och trygghet, Utbildning och arbete, Hållbar samhällsutveckling samt God ekonomisk hushållning.")
    d.h2("Målområde Livskvalitet och trygghet")
    d.para("Andelen invånare som känner sig trygga i sitt bostadsområde ska öka från 68 procent till minst 75 procent till år 2027. "
           "Nämnderna ska samverka med polisen och civilsamhället inom ramen för det brottsförebyggande rådet.")
    d.h2("Målområde Utbildning och arbete")
    d.para("Andelen elever i årskurs 9 som är behöriga till gymnasieskolans yrkesprogram ska öka till minst 85 procent. "
           "Arbetslösheten bland unga 18–24 år ska minska, bland annat genom 40 feriepraktikplatser fler än 2024.")
    d.h2("Målområde Hållbar samhällsutveckling")
    d.para("Kommunkoncernens utsläpp av växthusgaser ska minska med 50 procent till 2030 jämfört med 2015. Kommunens "
           "fordonsflotta ska till 2027 bestå av minst 80 procent fossilfria fordon.")
    d.h2("Målområde God ekonomisk hushållning")
    d.para("Årets resultat ska över perioden uppgå till minst 2 procent av skatteintäkter och generella statsbidrag. "
           "Investeringar i den skattefinansierade verksamheten ska finansieras med egna medel till minst 70 procent.")
    d.h1("Omvärld och förutsättningar")
    d.para("Svensk ekonomi väntas återhämta sig under 2025 efter två år av svag tillväxt. Sveriges Kommuner och Regioner "
           "(SKR) räknar med att skatteunderlaget växer med 4,1 procent 2025, men pris- och löneökningar gör att det reala "
           "utrymmet är begränsat.")
    d.para("Ludvikas befolkning uppgick den 31 december 2023 till 25 942 invånare. Budgeten bygger på ett antagande om "
           "25 900 invånare den 1 november 2024, vilket är det underlag som styr skatteintäkterna 2025. Antalet invånare "
           "över 80 år väntas öka med cirka 4 procent per år under planperioden.")
    d.para("Den pågående industriella expansionen i Ludvika, främst inom elkraftsindustrin, ger både möjligheter och "
           "utmaningar. Bostadsbyggandet behöver öka och kommunens planberedskap stärkas.")
    d.h1("Ekonomiska ramar och effektiviseringar")
    d.para("Nämndernas ramar för 2025 har räknats upp med 2,8 procent för löne- och prisökningar. Därefter har ett "
           "generellt effektiviseringskrav om 0,7 procent lagts på samtliga nämnder utom revisionen och valnämnden.")
    d.para("Effektiviseringarna om 14,5 miljoner kronor fördelas så att barn- och utbildningsnämnden ska effektivisera "
           "5,3 miljoner kronor, socialnämnden 6,1 miljoner kronor och övriga nämnder tillsammans 3,1 miljoner kronor.")
    d.para("Kostnaderna för försörjningsstöd har ökat kraftigt och uppgick 2023 till 38,6 miljoner kronor. Målet är att "
           "sänka kostnaden till 34 miljoner kronor 2025 genom fler insatser för att komma i arbete.")
    d.para("Pensionskostnaderna beräknas öka med 11,4 miljoner kronor 2025 jämfört med 2024, främst till följd av höga "
           "avtalsenliga uppräkningar av pensionsskulden.")
    d.h1("Nämndernas uppdrag")
    texts = [
        ("Kommunstyrelsen", "Kommunstyrelsen leder och samordnar kommunens verksamhet. Under 2025 ska en ny digitaliseringsstrategi "
         "tas fram och arbetet med att samla kommunens kundtjänst i ett kontaktcenter slutföras."),
        ("Barn- och utbildningsnämnden", "Nämnden ansvarar för förskola, grundskola, gymnasieskola och vuxenutbildning. "
         "Den nya förskolan i Grangärde ska stå klar hösten 2026 och rymma 120 barn."),
        ("Socialnämnden", "Nämnden ansvarar för äldreomsorg, stöd till personer med funktionsnedsättning, individ- och "
         "familjeomsorg. Ett trygghetsboende med 36 lägenheter planeras i Ulriksberg."),
        ("Samhällsbyggnadsnämnden", "Nämnden ansvarar för gator, parker, vatten och avlopp samt fysisk planering. "
         "Under 2025 ska minst 150 nya bostäder planläggas."),
        ("Kultur- och fritidsnämnden", "Nämnden ansvarar för bibliotek, kulturskola, idrottsanläggningar och fritidsgårdar. "
         "Kulturskolans avgifter sänks från 600 kronor till 400 kronor per termin."),
    ]
    for n, t in texts:
        d.h2(n)
        d.para(t)
    d.h1("Investeringar")
    tot25 = sum(p[1] for _, ps in INV for p in ps)
    d.para("Investeringsbudgeten för 2025 omfattar totalt " + fmt(tot25 / 1000, 1) + " miljoner kronor. De största "
           "enskilda projekten är ledningsförnyelse inom vatten och avlopp, den nya förskolan i Grangärde och ombyggnaden "
           "av Marnässkolan.")
    d.para("Den nya förskolan i Grangärde har en total projektbudget på 48 miljoner kronor. Ombyggnaden av Marnässkolan "
           "beräknas totalt kosta 60 miljoner kronor fördelat på tre år.")
    d.para("För det nya vattenverket i Ludvika avsätts 6 miljoner kronor för förprojektering 2025. Den totala kostnaden för "
           "vattenverket bedöms i dag till cirka 240 miljoner kronor och finansieras helt via VA-taxan.")
    d.h1("Finansiella mål")
    d.para("Kommunfullmäktige har fastställt tre finansiella mål för god ekonomisk hushållning:")
    d.para("1. Årets resultat ska uppgå till minst 2 procent av skatteintäkter och generella statsbidrag sett över perioden.\n"
           "2. Den skattefinansierade investeringsvolymen ska självfinansieras till minst 70 procent.\n"
           "3. Soliditeten inklusive hela pensionsåtagandet ska inte understiga 20 procent.")
    share = efin[2] / (RES["skatt"][2] + RES["bidr"][2]) * 100
    d.para("Budgeterat resultat 2025 motsvarar " + fmt(share, 1) + " procent av skatteintäkter och generella statsbidrag. "
           "Målet nås därmed inte för budgetåret, men planen visar en förbättring mot slutet av perioden.")
    # Resultatbudget
    d.h1("Resultatbudget")
    heads = [["", "", "Bokslut", "Prognos", "Budget", "Plan", "Plan"], ["Belopp i mnkr", "Not", "2023", "2024", "2025", "2026", "2027"]]
    W = [56, 10, 21, 21, 21, 21, 21]
    N = "–"

    def row(label, note, vals, st=""):
        return ([label, note] + [fmt(v, 1, N) for v in vals], st)
    rows = [row("Verksamhetens intäkter", "1", RES["int"]), row("Verksamhetens kostnader", "2", RES["kost"]),
            row("Avskrivningar", "3", RES["avs"]), row("Verksamhetens nettokostnader", "", vnk, "b"),
            row("Skatteintäkter", "4", RES["skatt"]), row("Generella statsbidrag och utjämning", "5", RES["bidr"]),
            row("Verksamhetens resultat", "", vres, "b"), row("Finansiella intäkter", "", RES["fint"]),
            row("Finansiella kostnader", "6", RES["fkost"]), row("Resultat efter finansiella poster", "", efin, "b"),
            row("Extraordinära poster", "", [0, 0, 0, 0, 0]), row("Årets resultat", "", efin, "b")]
    d.table("Tabell 1. Resultatbudget", heads, rows, W)
    d.note("Prognos 2024 avser prognosen efter augusti 2024.")
    d.para("Verksamhetens nettokostnader ökar med " + fmt(vnk[1] - vnk[2], 1) + " mnkr mellan prognos 2024 och budget 2025. "
           "Skatteintäkter och generella statsbidrag ökar under samma period med " +
           fmt(RES["skatt"][2] + RES["bidr"][2] - RES["skatt"][1] - RES["bidr"][1], 1) + " mnkr.")
    # Balansbudget
    d.h1("Balansbudget")
    B = {
        "Immateriella anläggningstillgångar": [4.2, 3.6, 3.0, 2.4],
        "Materiella anläggningstillgångar": [2184.5, 2352.8, 2481.3, 2619.9],
        "Finansiella anläggningstillgångar": [118.6, 118.6, 118.6, 118.6],
        "Omsättningstillgångar": [412.3, 356.0, 338.4, 322.7],
        "Eget kapital": [968.4, 1010.7, 1052.3, 1103.1],
        "Avsättningar": [94.8, 101.2, 107.9, 114.3],
        "Långfristiga skulder": [1156.2, 1259.1, 1318.0, 1378.5],
    }
    ta = [sum(B[k][i] for k in list(B)[:4]) for i in range(4)]
    kort = [ta[i] - B["Eget kapital"][i] - B["Avsättningar"][i] - B["Långfristiga skulder"][i] for i in range(4)]
    heads = [["", "Bokslut", "Budget", "Plan", "Plan"], ["Belopp i mnkr", "2023", "2025", "2026", "2027"]]
    W = [76, 23, 23, 23, 23]
    rows = [(["Tillgångar"], "s")]
    for k in list(B)[:4]:
        rows.append(([k] + [fmt(v) for v in B[k]], ""))
    rows.append((["Summa tillgångar"] + [fmt(v) for v in ta], "b"))
    rows.append((["Eget kapital, avsättningar och skulder"], "s"))
    for k in list(B)[4:]:
        rows.append(([k] + [fmt(v) for v in B[k]], ""))
    rows.append((["Kortfristiga skulder"] + [fmt(v) for v in kort], ""))
    rows.append((["Summa eget kapital, avsättningar och skulder"] + [fmt(v) for v in ta], "b"))
    d.table("Tabell 2. Balansbudget", heads, rows, W)
    d.note("Soliditeten beräknas till 35,2 procent vid utgången av 2025 (exklusive pensionsåtagande före 1998).")
    # Driftbudget landscape
    d.add_page(orientation="L")
    d.set_font("DejaVu", "B", 16)
    d.cell(0, 9, "Driftbudget per nämnd", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    heads = [["", "Bokslut", "Budget", "Budget", "Plan", "Plan", "Förändring %"],
             ["Nettokostnad, mnkr", "2023", "2024", "2025", "2026", "2027", "2024–2025"]]
    W = [90, 26, 26, 26, 26, 26, 32]
    rows = []
    for n, v in NAMND:
        ch = (v[2] - v[1]) / v[1] * 100
        rows.append(([n] + [fmt(x) for x in v] + [fmt(ch, 1)], ""))
    S = [round(sum(v[i] for _, v in NAMND), 1) for i in range(5)]
    rows.append((["Summa nämnder"] + [fmt(x) for x in S] + [fmt((S[2] - S[1]) / S[1] * 100, 1)], "b"))
    d.table("Tabell 3. Driftbudget per nämnd (nettokostnad)", heads, rows, W)
    d.note("Nämndernas ramar inkluderar kompensation för löne- och prisökningar 2025 om 2,8 procent. Valnämndens ram varierar med valår.")
    d.para("Barn- och utbildningsnämnden och socialnämnden svarar tillsammans för drygt 80 procent av nämndernas samlade nettokostnad.")
    # Investeringsbudget (portrait, continues over page break)
    d.add_page(orientation="P")
    d.set_font("DejaVu", "B", 16)
    d.cell(0, 9, "Investeringsbudget", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.para("Investeringsbudgeten redovisas per nämnd och projekt. Beloppen avser utgifter brutto under respektive år. "
           "Projekt som löper över flera år har en total projektbudget som beslutas av kommunfullmäktige.")
    d.para("Tabellen nedan innehåller samtliga projekt över 500 000 kronor. Mindre reinvesteringar ingår i respektive nämnds "
           "ram för inventarier. För Vatten och avlopp gäller att investeringarna finansieras fullt ut av VA-kollektivet genom "
           "avgifter och påverkar därmed inte skattefinansieringen. " * 2)
    d.ln(60)
    heads = [["", "Budget", "Plan", "Plan", "Summa"], ["Projekt (tkr)", "2025", "2026", "2027", "2025–2027"]]
    W = [86, 21, 21, 21, 21]
    rows = []
    G = [0, 0, 0]
    for sec, ps in INV:
        rows.append(([sec], "s"))
        s = [0, 0, 0]
        for p, a, b, c in ps:
            rows.append(([p, fmt(a, 0), fmt(b, 0), fmt(c, 0), fmt(a + b + c, 0)], ""))
            s = [s[0] + a, s[1] + b, s[2] + c]
        rows.append((["Summa " + sec[0].lower() + sec[1:]] + [fmt(x, 0) for x in s] + [fmt(sum(s), 0)], "b"))
        G = [G[i] + s[i] for i in range(3)]
    rows.append((["Totalt investeringar"] + [fmt(x, 0) for x in G] + [fmt(sum(G), 0)], "b"))
    d.table("Tabell 4. Investeringsbudget 2025–2027", heads, rows, W)
    d.note("Varav vatten och avlopp (taxefinansierat): 44 000 tkr 2025.")
    d.h1("Noter")
    notes = ["Not 1. Verksamhetens intäkter omfattar taxor och avgifter, hyror, bidrag samt försäljning av verksamhet.",
             "Not 2. I verksamhetens kostnader ingår personalkostnader om 1 512,6 mnkr i budget 2025.",
             "Not 3. Avskrivningar beräknas enligt komponentmetoden.",
             "Not 4. Skatteintäkterna bygger på SKR:s skatteunderlagsprognos från oktober 2024 och en skattesats om 22,14 kronor.",
             "Not 5. Generella statsbidrag och utjämning enligt SKR:s prognos, inklusive kostnadsutjämning och LSS-utjämning.",
             "Not 6. Finansiella kostnader avser främst räntor på lån hos Kommuninvest. Genomsnittlig ränta antas till 3,1 procent 2025."]
    for n in notes:
        d.para(n)
    save_pdf(d, path)


AR_RH = "Ludvika kommun – Årsredovisning 2024"


def arsred_pdf(path):
    d = Doc(AR_RH)
    d.title_page(["Årsredovisning 2024", "Ludvika kommun", "Godkänd av kommunfullmäktige 2025-04-28"])
    d.h1("Kommunstyrelsens ordförande har ordet")
    d.para("2024 blev ett år då Ludvika kommun klarade ekonomin bättre än vi befarade. Årets resultat blev 44,2 miljoner kronor, "
           "vilket är 19,8 miljoner kronor bättre än den prognos som låg till grund för budgeten. Det förklaras främst av "
           "högre skatteintäkter och en lägre pensionskostnad än beräknat.")
    d.para("Samtidigt gick socialnämnden med ett underskott på 18,7 miljoner kronor. Kostnaderna för placeringar av barn och "
           "unga ökade kraftigt under året.")
    d.para("Anna-Karin Holmberg (S), kommunstyrelsens ordförande")
    d.h1("Förvaltningsberättelse")
    d.h2("Viktiga händelser under året")
    d.para("I mars invigdes den nya sporthallen vid Lorentsbergs idrottsplats. I september fattade kommunfullmäktige beslut "
           "om att bygga en ny förskola i Grangärde. Kommunen tog emot 112 nyanlända under året, varav 38 barn.")
    d.h2("Befolkning")
    d.para("Den 31 december 2024 hade Ludvika kommun 25 871 invånare, en minskning med 71 personer jämfört med året innan.")
    d.h2("Personal")
    d.para("Antalet tillsvidareanställda uppgick till 2 184 personer den 31 december 2024. Sjukfrånvaron var 7,4 procent av "
           "ordinarie arbetstid, jämfört med 7,9 procent 2023.")
    d.h2("Nyckeltal")
    heads = [["Nyckeltal", "2022", "2023", "2024"]]
    rows = [(["Antal invånare 31/12", "26 047", "25 942", "25 871"], ""),
            (["Skattesats, kronor", "22,14", "22,14", "22,14"], ""),
            (["Årets resultat, mnkr", "61,5", "20,6", "44,2"], ""),
            (["Årets resultat i % av skatter och bidrag", "3,3", "1,0", "2,1"], ""),
            (["Nettoinvesteringar, mnkr", "187,3", "214,6", "236,9"], ""),
            (["Soliditet, %", "38,1", "36,9", "35,8"], ""),
            (["Låneskuld, mnkr", "982,0", "1 105,0", "1 190,0"], "")]
    d.table("Tabell 1. Nyckeltal för kommunen", heads, rows, [90, 26, 26, 26])
    d.h1("Driftredovisning")
    d.para("Nämnderna redovisar sammantaget ett underskott mot budget. Avvikelser anges som budget minus utfall; negativa "
           "avvikelser (underskott) redovisas inom parentes.")
    AR = [("Kommunstyrelsen", 152.3, 149.1), ("Barn- och utbildningsnämnden", 738.9, 744.6),
          ("Socialnämnden", 851.6, 870.3), ("Samhällsbyggnadsnämnden", 101.5, 98.7),
          ("Kultur- och fritidsnämnden", 60.1, 59.4), ("Myndighetsnämnden för bygg och miljö", 13.4, 13.1),
          ("Överförmyndarnämnden", 4.3, 4.6), ("Valnämnden", 1.4, 1.2), ("Revisionen", 3.2, 3.1)]
    heads = [["", "Budget", "Utfall", "Avvikelse"], ["Nettokostnad, mnkr", "2024", "2024", "2024"]]
    rows = [([n, fmt(b), fmt(u), fmt(b - u, 1, "()")], "") for n, b, u in AR]
    sb, su = sum(a[1] for a in AR), sum(a[2] for a in AR)
    rows.append((["Summa nämnder", fmt(sb), fmt(su), fmt(sb - su, 1, "()")], "b"))
    d.table("Tabell 2. Driftredovisning per nämnd 2024", heads, rows, [90, 26, 26, 26])
    d.h1("Resultaträkning")
    heads = [["", "", "Kommunen", "Kommunen", "Koncernen", "Koncernen"], ["Belopp i mnkr", "Not", "2024", "2023", "2024", "2023"]]
    rr = [("Verksamhetens intäkter", "1", 430.7, 412.6, 912.4, 868.1), ("Verksamhetens kostnader", "2", -2379.4, -2298.4, -2701.5, -2598.7),
          ("Avskrivningar", "3", -90.8, -86.3, -162.9, -154.0)]
    vnk = [sum(r[i] for r in rr) for i in range(2, 6)]
    sk = [1566.3, 1497.2, 1566.3, 1497.2]
    gb = [526.9, 503.8, 526.9, 503.8]
    fi = [13.1, 14.2, 9.8, 10.6]
    fk = [-22.6, -22.5, -61.4, -63.5]
    res = [vnk[i] + sk[i] + gb[i] + fi[i] + fk[i] for i in range(4)]
    rows = [([a, b] + [fmt(x, 1, "–") for x in r[2:]], "") for r in rr for a, b in [(r[0], r[1])]]
    rows.append((["Verksamhetens nettokostnader", ""] + [fmt(x, 1, "–") for x in vnk], "b"))
    rows.append((["Skatteintäkter", "4"] + [fmt(x) for x in sk], ""))
    rows.append((["Generella statsbidrag och utjämning", "5"] + [fmt(x) for x in gb], ""))
    rows.append((["Finansiella intäkter", ""] + [fmt(x) for x in fi], ""))
    rows.append((["Finansiella kostnader", ""] + [fmt(x, 1, "–") for x in fk], ""))
    rows.append((["Årets resultat", ""] + [fmt(x, 1, "–") for x in res], "b"))
    d.table("Tabell 3. Resultaträkning", heads, rows, [62, 10, 24, 24, 24, 24])
    save_pdf(d, path)
    return res


def html(path):
    body = """    <h1>Så används din skatt</h1>
    <p class="ingress">Av varje hundralapp du betalar i kommunalskatt går merparten till skola och omsorg. Här ser du hur kommunens budget för 2025 fördelas mellan nämnderna.</p>
    <p>Kommunalskatten i Ludvika är 22,14 kronor per hundralapp 2025. Den som tjänar 30 000 kronor i månaden betalar ungefär 6 100 kronor i kommunalskatt varje månad.</p>
    <h2>Nettokostnad per nämnd, budget 2025</h2>
    <table class="table">
      <caption>Nettokostnad per nämnd 2025 (mnkr) och andel av 100 kronor</caption>
      <thead>
        <tr><th>Nämnd</th><th>Budget 2025, mnkr</th><th>Av 100 kr går till</th></tr>
      </thead>
      <tbody>
ROWS
      </tbody>
    </table>
    <p>Siffrorna är avrundade och summerar därför inte exakt till 100 kronor.</p>
    <h2>Fler siffror</h2>
    <ul>
      <li>Kommunen har omkring 2 200 tillsvidareanställda och är Ludvikas största arbetsgivare.</li>
      <li>Varje dag serveras cirka 6 800 måltider i skolor, förskolor och äldreboenden.</li>
      <li>Kommunen ansvarar för 210 kilometer gator och 380 kilometer vatten- och avloppsledningar.</li>
    </ul>
    <h2>Ekonomiska dokument</h2>
    <p>Hela budgeten finns i dokumentet Mål och budget 2025 med plan för 2026–2027. Årsredovisningen för 2024 publiceras i april 2025.</p>"""
    S = sum(v[2] for _, v in NAMND)
    rows = []
    for n, v in NAMND:
        rows.append(f"        <tr><td>{n}</td><td>{fmt(v[2])}</td><td>{fmt(v[2] / S * 100, 0)} kr</td></tr>")
    rows.append(f"        <tr class=\"sum\"><td>Totalt</td><td>{fmt(S)}</td><td>100 kr</td></tr>")
    body = body.replace("ROWS", "\n".join(rows))
    nav = [("Barn och utbildning", "/barn-och-utbildning"), ("Omsorg och stöd", "/omsorg-och-stod"),
           ("Bygga, bo och miljö", "/bygga-bo-och-miljo"), ("Kultur och fritid", "/kultur-och-fritid"),
           ("Kommun och politik", "/kommun-och-politik")]
    footer = """    <p>Ludvika kommun, 771 82 Ludvika. Besöksadress: Carlavägen 30. Telefon: 0240-860 00. E-post: kommun@ludvika.se</p>
    <p><a href="/tillganglighet">Tillgänglighetsredogörelse</a> | <a href="/kakor">Om kakor</a> | <a href="/personuppgifter">Behandling av personuppgifter</a></p>"""
    h = html_page("Så används din skatt", "Ludvika kommun", nav,
                  '<a href="/">Start</a> / <a href="/kommun-och-politik">Kommun och politik</a> / <a href="/kommun-och-politik/ekonomi">Ekonomi</a> / Så används din skatt',
                  body, "2024-12-12", "2025-02-03", footer)
    with open(path, "w", encoding="utf-8") as f:
        f.write(h)


def docx(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    doc.add_heading("Protokoll, kommunstyrelsen", level=1)
    doc.add_paragraph("Ludvika kommun. Sammanträdesdatum: 2025-03-11. Plats: Kommunhuset, sammanträdesrum Väsman, kl. 09.00–12.15.")
    doc.add_paragraph("Beslutande: Anna-Karin Holmberg (S), ordförande, Johan Sundqvist (M), vice ordförande, Lena Backlund (S), "
                      "Mikael Örn (SD), Eva Grahn (C), Peter Lind (V), Karin Ström (S), Stefan Berg (M), Ali Hassan (S), "
                      "Maria Nyström (KD), Tomas Ek (SD).")
    doc.add_paragraph("Justerare: Johan Sundqvist (M). Justeringsdatum: 2025-03-14.")
    doc.add_heading("§ 31 Val av justerare", level=2)
    doc.add_paragraph("Kommunstyrelsen beslutar att utse Johan Sundqvist (M) att jämte ordföranden justera protokollet.")
    doc.add_heading("§ 32 Ombudgetering av investeringsmedel från 2024 till 2025", level=2)
    doc.add_paragraph("Ärendebeskrivning: Flera investeringsprojekt blev inte färdiga under 2024. Nämnderna har begärt att "
                      "outnyttjade investeringsmedel om sammanlagt 23,8 miljoner kronor förs över till 2025. Ekonomiavdelningen "
                      "föreslår att 21,4 miljoner kronor ombudgeteras.")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    hdr = ["Nämnd", "Begärd ombudgetering, tkr", "Förslag, tkr", "Varav projekt"]
    for i, h in enumerate(hdr):
        t.rows[0].cells[i].text = h
    data = [("Kommunstyrelsen", "2 600", "2 600", "Fibernät landsbygd"),
            ("Barn- och utbildningsnämnden", "9 400", "8 200", "Ombyggnad Marnässkolan"),
            ("Samhällsbyggnadsnämnden", "10 300", "9 100", "Resecentrum, etapp 1"),
            ("Kultur- och fritidsnämnden", "1 500", "1 500", "Sporthall Lorentsberg"),
            ("Summa", "23 800", "21 400", "")]
    for r in data:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    doc.add_paragraph("Beslut: Kommunstyrelsen föreslår kommunfullmäktige besluta att ombudgetera 21,4 miljoner kronor "
                      "från 2024 års investeringsbudget till 2025 enligt ekonomiavdelningens förslag.")
    doc.add_heading("§ 33 Taxa för kulturskolan", level=2)
    doc.add_paragraph("Ärendebeskrivning: I Mål och budget 2025 har fullmäktige beslutat att sänka kulturskolans avgift. "
                      "Kultur- och fritidsnämnden föreslår att avgiften sänks från 600 kronor till 400 kronor per termin "
                      "från och med höstterminen 2025. Syskonrabatten om 50 procent behålls.")
    doc.add_paragraph("Yrkanden: Mikael Örn (SD) yrkar att avgiften tas bort helt. Ordföranden ställer proposition på "
                      "förslagen och finner att kommunstyrelsen bifaller kultur- och fritidsnämndens förslag.")
    doc.add_paragraph("Beslut: Kommunstyrelsen föreslår kommunfullmäktige att fastställa avgiften för kulturskolan till "
                      "400 kronor per termin från och med höstterminen 2025.")
    doc.add_paragraph("Reservation: Mikael Örn (SD) och Tomas Ek (SD) reserverar sig mot beslutet till förmån för eget yrkande.")
    doc.add_heading("§ 34 Uppdrag om nytt vattenverk", level=2)
    doc.add_paragraph("Ärendebeskrivning: Ludvika Energi och Vatten AB har utrett framtida vattenförsörjning. Utredningen "
                      "visar att ett nytt vattenverk behövs senast 2030 och att kostnaden bedöms till 240 miljoner kronor.")
    doc.add_paragraph("Beslut: Kommunstyrelsen ger samhällsbyggnadsförvaltningen i uppdrag att ta fram ett förslag på "
                      "lokalisering av ett nytt vattenverk. Uppdraget ska redovisas senast den 30 september 2025.")
    doc.add_paragraph("Reservation: Peter Lind (V) reserverar sig mot beslutet med hänvisning till att en alternativ "
                      "lokalisering vid Marnäs inte utretts.")
    doc.add_heading("§ 35 Meddelanden", level=2)
    doc.add_paragraph("Redovisning av delegationsbeslut för perioden 2025-01-01 – 2025-02-28 läggs till handlingarna.")
    doc.add_paragraph("Vid protokollet: Sara Lundgren, nämndsekreterare")
    save_docx(doc, path)


def xlsx(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Nettokostnad"
    ws.append(["Nettokostnad per verksamhet, Ludvika kommun"])
    ws.append(["Belopp i tkr"])
    ws.append(["Verksamhet", "Utfall 2023", "Budget 2024", "Budget 2025", "Förändring 2024–2025, %"])
    data = [("Förskola", 168420, 174310, 177950), ("Grundskola inkl. förskoleklass", 312780, 325400, 333120),
            ("Gymnasieskola", 121560, 126930, 128410), ("Vuxenutbildning", 24310, 25020, 25480),
            ("Äldreomsorg", 498620, 514870, 533940), ("Stöd till personer med funktionsnedsättning", 211450, 219880, 226300),
            ("Individ- och familjeomsorg", 114630, 116850, 119060), ("Gator, vägar och parker", 52380, 54910, 56270),
            ("Kultur och bibliotek", 28910, 29640, 30180), ("Fritid och idrott", 29390, 30460, 31520)]
    for n, a, b, c in data:
        ws.append([n, a, b, c, round((c - b) / b * 100, 1)])
    ws.append(["Summa", sum(x[1] for x in data), sum(x[2] for x in data), sum(x[3] for x in data),
               round((sum(x[3] for x in data) - sum(x[2] for x in data)) / sum(x[2] for x in data) * 100, 1)])
    ws["A1"].font = Font(bold=True, size=13)
    ws.column_dimensions["A"].width = 44
    ws2 = wb.create_sheet("Befolkning")
    ws2.append(["Befolkning i Ludvika kommun per åldersgrupp, 31 december"])
    ws2.append(["Antal personer"])
    ws2.append(["Åldersgrupp", 2021, 2022, 2023, 2024])
    pop = [("0–5 år", 1712, 1688, 1651, 1620), ("6–15 år", 3104, 3087, 3052, 3019), ("16–19 år", 1149, 1162, 1170, 1176),
           ("20–64 år", 13912, 13845, 13801, 13752), ("65–79 år", 4420, 4436, 4448, 4450), ("80 år och äldre", 1820, 1829, 1820, 1854)]
    for r in pop:
        ws2.append(list(r))
    ws2.append(["Totalt"] + [sum(r[i] for r in pop) for i in range(1, 5)])
    ws2.column_dimensions["A"].width = 30
    save_xlsx(wb, path)


def press(path):
    txt = """# Pressmeddelande: Ludvika kommun redovisar överskott för 2024

**Ludvika kommun, 2025-03-27**

Ludvika kommun redovisar ett överskott på 44,2 miljoner kronor för 2024. Det framgår av årsredovisningen som kommunstyrelsen behandlar den 8 april.

– Vi har klarat ett tufft år bättre än väntat, men socialnämndens underskott visar att vi måste fortsätta att prioritera hårt, säger kommunstyrelsens ordförande Anna-Karin Holmberg (S).

Skatteintäkterna blev 9,5 miljoner kronor högre än budgeterat. Pensionskostnaden blev 4,8 miljoner kronor lägre än beräknat.

Socialnämnden redovisar ett underskott på 18,7 miljoner kronor, främst på grund av ökade kostnader för externa placeringar av barn och unga. Barn- och utbildningsnämnden redovisar ett underskott på 5,7 miljoner kronor.

Kommunens investeringar uppgick till 236,9 miljoner kronor, den högsta nivån någonsin. Bland annat färdigställdes sporthallen vid Lorentsbergs idrottsplats för 58 miljoner kronor.

Årsredovisningen behandlas av kommunfullmäktige den 28 april 2025.

**Kontakt:**
Anna-Karin Holmberg (S), kommunstyrelsens ordförande, 0240-860 10
Henrik Dahl, ekonomichef, 0240-861 25
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(txt)


def build(outdir):
    os.makedirs(outdir, exist_ok=True)
    budget_pdf(os.path.join(outdir, "mal-och-budget-2025-2027.pdf"))
    arsred_pdf(os.path.join(outdir, "arsredovisning-2024.pdf"))
    html(os.path.join(outdir, "sa-anvands-din-skatt.html"))
    docx(os.path.join(outdir, "protokoll-ks-2025-03-11.docx"))
    xlsx(os.path.join(outdir, "nettokostnad-per-verksamhet.xlsx"))
    press(os.path.join(outdir, "pressmeddelande-arsredovisning-2024.md"))
