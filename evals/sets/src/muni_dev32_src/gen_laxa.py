"""Laxå kommun: documents for dev-muni32 (figures invented)."""
import os
from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font
from common import PDF, fmt, fix_zip, docx_core, xlsx_core

R1 = lambda x: round(x + 1e-9, 1)

# ---------------- data ----------------
YEARS = ["Bokslut 2023", "Prognos 2024", "Budget 2024", "Budget 2025", "Plan 2026", "Plan 2027"]
RB = {
    "intakter": [98.4, 101.2, 96.0, 99.5, 101.0, 102.5],
    "kostnader": [-508.7, -531.6, -522.3, -541.8, -552.4, -563.0],
    "avskr": [-17.9, -18.6, -18.9, -20.4, -21.7, -22.5],
    "skatt": [305.6, 322.4, 320.1, 334.9, 345.8, 357.1],
    "bidrag": [130.2, 135.8, 133.0, 139.6, 141.2, 143.0],
    "finint": [2.1, 2.4, 1.5, 1.8, 1.8, 1.8],
    "finkost": [-3.9, -5.1, -4.6, -5.3, -5.9, -6.4],
}
NETTO = [R1(a + b + c) for a, b, c in zip(RB["intakter"], RB["kostnader"], RB["avskr"])]
VRES = [R1(n + s + b) for n, s, b in zip(NETTO, RB["skatt"], RB["bidrag"])]
RES = [R1(v + i + k) for v, i, k in zip(VRES, RB["finint"], RB["finkost"])]
RESPCT = [round(100 * r / (s + b), 2) for r, s, b in zip(RES, RB["skatt"], RB["bidrag"])]

# Driftbudget per nämnd, tkr: Budget 2024, Budget 2025, Plan 2026
NAMND = [
    ("Kommunfullmäktige och revision", 3850, 3920, 3990),
    ("Kommunstyrelsen", 68400, 71250, 72600),
    ("Bildningsnämnden", 172300, 178600, 182900),
    ("Socialnämnden", 189500, 197800, 203400),
    ("Samhällsbyggnadsnämnden", 21900, 22450, 22900),
]
NAMND_SUM = [sum(n[i] for n in NAMND) for i in (1, 2, 3)]
NETTO_TKR = [-int(round(NETTO[2] * 1000)), -int(round(NETTO[3] * 1000)), -int(round(NETTO[4] * 1000))]
FINANS = [NETTO_TKR[i] - NAMND_SUM[i] for i in range(3)]

# Investeringsbudget, mnkr: 2025, 2026, 2027
INV = [
    ("Kommunstyrelsen", None),
    ("IT-infrastruktur och digitalisering", (1.8, 1.2, 1.2)),
    ("Bredband landsbygd, etapp 3", (2.5, 0.0, 0.0)),
    ("Bildningsnämnden", None),
    ("Ny förskola i Finnerödja", (18.5, 12.0, 0.0)),
    ("Elevdatorer och skolinventarier", (1.5, 1.0, 1.0)),
    ("Utemiljö Ramundeboda skola", (0.8, 0.0, 0.0)),
    ("Socialnämnden", None),
    ("Fordon hemtjänst", (0.9, 0.6, 0.6)),
    ("Välfärdsteknik äldreboende", (1.1, 0.5, 0.5)),
    ("Samhällsbyggnadsnämnden", None),
    ("Renovering Laxå simhall", (6.2, 4.0, 0.0)),
    ("VA-ledningar Hasselfors", (8.4, 5.5, 3.0)),
    ("Reinvestering gator och vägar", (4.0, 4.0, 4.5)),
    ("Gatubelysning, byte till LED", (1.2, 1.2, 1.0)),
    ("Lekplats Stadsparken", (0.6, 0.0, 0.0)),
]

BAL = [  # Bokslut 2023, Prognos 2024, Budget 2025, Plan 2026, Plan 2027
    ("Anläggningstillgångar", [498.6, 512.3, 536.5, 552.0, 561.8]),
    ("Omsättningstillgångar", [88.1, 80.4, 74.2, 71.6, 70.3]),
    ("Eget kapital", [212.4, 218.9, 227.2, 237.0, 249.5]),
    ("Avsättningar för pensioner", [31.7, 33.0, 34.4, 35.9, 37.2]),
    ("Långfristiga skulder", [225.0, 240.0, 245.0, 245.0, 240.0]),
]


NAMND_TEXT = [
    ("Kommunstyrelsen", [
        "Kommunstyrelsen leder och samordnar kommunens verksamheter och har uppsikt över nämnderna. Under kommunstyrelsen finns kommunledningskontoret med ekonomi, personal, IT, kommunikation och näringslivsutveckling samt räddningstjänsten, som drivs i samverkan med Tiveden.",
        "Ramen för 2025 uppgår till 71 250 tkr. I ramen ingår 1,2 miljoner kronor till sommarjobb för ungdomar och 700 000 kronor i höjda aktivitetsbidrag till föreningslivet, som administreras av kultur- och fritidsenheten.",
        "Prioriterade uppdrag 2025: ta fram en ny näringslivsstrategi, införa en gemensam e-tjänsteplattform och fortsätta utbyggnaden av bredband på landsbygden. Antalet företag i kommunen uppgick till 412 vid årsskiftet.",
        "Kommunstyrelsen har en reserv för oförutsedda behov på 1,5 miljoner kronor.",
    ]),
    ("Bildningsnämnden", [
        "Bildningsnämnden ansvarar för förskola, grundskola, fritidshem, gymnasieskola, vuxenutbildning och kulturskola. Kommunen har tre grundskolor: Ramundeboda skola, Centralskolan och Hasselfors skola. Gymnasieelever studerar i huvudsak i Örebro, Hallsberg och Askersund.",
        "Ramen för 2025 uppgår till 178 600 tkr. Nämnden ska minska kostnaderna med 1,9 miljoner kronor genom samordning av skolskjutsar och lokaler. Antalet barn i förskolan beräknas till 265 och antalet elever i grundskolan till 590.",
        "Den nya förskolan i Finnerödja med fyra avdelningar ersätter två äldre förskolor med tillfälliga moduler. Driftkostnaderna för den nya förskolan tas upp i planen för 2026.",
    ]),
    ("Socialnämnden", [
        "Socialnämnden ansvarar för äldreomsorg, hemtjänst, stöd och service till personer med funktionsnedsättning (LSS), individ- och familjeomsorg samt hälso- och sjukvård i kommunal regi.",
        "Ramen för 2025 uppgår till 197 800 tkr, en ökning med 8 300 tkr. Nämnden ska genomföra besparingar om 4,7 miljoner kronor, varav 2,9 miljoner kronor genom färre externa placeringar och 1,8 miljoner kronor genom ny bemanningsplanering i hemtjänsten.",
        "Kommunen har två särskilda boenden, Lindgården och Solgården, med sammanlagt 74 platser. Antalet beviljade hemtjänsttimmar beräknas öka med 4 procent under 2025.",
    ]),
    ("Samhällsbyggnadsnämnden", [
        "Samhällsbyggnadsnämnden ansvarar för gator och vägar, parker, vatten och avlopp, fysisk planering, bygglov samt miljö- och hälsoskydd. Vatten- och avloppsverksamheten finansieras helt av avgifter och ingår inte i nämndens skattefinansierade ram.",
        "Ramen för 2025 uppgår till 22 450 tkr. Nämnden har under 2024 fått ett tilläggsanslag på 350 tkr för vinterväghållning.",
        "VA-taxan höjs med 6 procent från den 1 januari 2025 för att finansiera förnyelsen av ledningsnätet, bland annat i Hasselfors.",
    ]),
]


def n1(v, neg="-"):
    return fmt(v, 1, neg)


def budget_pdf(path):
    pdf = PDF("Laxå kommun", "Mål och budget 2025 med plan 2026–2027")
    pdf.set_margins(20, 18, 20)
    pdf.add_page()
    pdf.set_font("DV", "B", 24)
    pdf.ln(40)
    pdf.multi_cell(0, 12, "Mål och budget 2025\nmed plan för 2026–2027", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    pdf.set_font("DV", "", 12)
    pdf.multi_cell(0, 7, "Laxå kommun\nBeslutad av kommunfullmäktige 2024-11-25, § 98\nDnr KS 2024/211", align="C", new_x="LMARGIN", new_y="NEXT")

    pdf.add_page()
    pdf.h1("Innehåll")
    pdf.p("1. Ordföranden har ordet\n2. Förutsättningar och omvärld\n3. Mål för mandatperioden\n4. Resultatbudget\n5. Driftbudget per nämnd\n6. Balansbudget\n7. Investeringsbudget\n8. Noter")
    pdf.h1("1. Ordföranden har ordet")
    pdf.p("Laxå står inför flera år av stramare ekonomi. Kostnaderna för äldreomsorg och stöd till personer med funktionsnedsättning växer snabbare än skatteintäkterna, samtidigt som räntorna har stigit. Trots det lägger vi en budget med ett positivt resultat och behåller skattesatsen oförändrad.")
    pdf.p(f"Kommunens skattesats för 2025 blir oförändrad 22,84 kronor per skattekrona. Budgeten ger ett resultat på {n1(RES[3])} miljoner kronor, vilket motsvarar {fmt(RESPCT[3], 2)} procent av skatter och generella statsbidrag. Vårt långsiktiga mål är två procent.")
    pdf.p("Den största enskilda satsningen är den nya förskolan i Finnerödja, som ska stå klar till höstterminen 2026. Vi avsätter också 700 000 kronor extra till föreningslivet i form av höjda aktivitetsbidrag, och 1,2 miljoner kronor till sommarjobb för ungdomar.")
    pdf.p("Samtidigt måste vi effektivisera. Socialnämnden får i uppdrag att genomföra besparingar om 4,7 miljoner kronor under 2025, främst genom minskade kostnader för externa placeringar och en ny bemanningsplanering i hemtjänsten. Bildningsnämnden ska minska sina kostnader med 1,9 miljoner kronor genom samordning av skolskjutsar och lokaler.")
    pdf.p("Anna Lindqvist (S)\nKommunstyrelsens ordförande")

    pdf.h1("2. Förutsättningar och omvärld")
    pdf.p("Budgeten bygger på Sveriges Kommuner och Regioners (SKR) skatteunderlagsprognos från oktober 2024. Skatteunderlaget väntas växa med 4,1 procent 2025 och 3,6 procent 2026.")
    pdf.p("Befolkningen i Laxå kommun har minskat under flera år men har stabiliserats. Budgeten utgår från 5 640 invånare den 1 november 2024, vilket är 25 färre än året innan. För planåren räknar vi med en oförändrad befolkning.")
    pdf.p("Pensionskostnaderna ökar med cirka 2,3 miljoner kronor 2025 jämfört med 2024, bland annat till följd av det nya pensionsavtalet. Räntekostnaderna beräknas öka med 0,7 miljoner kronor när nya lån tas upp för investeringarna.")
    pdf.p("Lönerna räknas upp med 3,3 procent från 1 april 2025. Övriga kostnader räknas upp med 2,0 procent. Nämnderna kompenseras inte fullt ut för prisökningar, vilket motsvarar ett generellt effektiviseringskrav om 0,5 procent.")

    pdf.h1("3. Mål för mandatperioden")
    pdf.p("Kommunfullmäktige har fastställt fyra övergripande mål för perioden 2023–2026. Varje mål följs upp med indikatorer i delårsrapport och årsredovisning.")
    pdf.bullets([
        "Laxå är en attraktiv kommun att bo och verka i. Indikator: antalet invånare ska öka till 5 800 år 2030.",
        "Barn och unga får en god start i livet. Indikator: andelen elever i årskurs 9 som är behöriga till gymnasiets yrkesprogram ska vara minst 85 procent.",
        "Äldre lever ett tryggt och självständigt liv. Indikator: minst 90 procent av brukarna i hemtjänsten ska vara nöjda.",
        "Kommunen har en långsiktigt hållbar ekonomi. Indikator: resultatet ska uppgå till minst 2 procent av skatter och bidrag över en rullande femårsperiod, och soliditeten ska vara minst 35 procent.",
    ])
    pdf.p("Finansiella mål för 2025: investeringar ska i genomsnitt under planperioden finansieras till minst 60 procent med egna medel. Nettokostnaderna får inte öka snabbare än skatteintäkter och generella statsbidrag.")

    # Resultatbudget
    pdf.add_page()
    pdf.h1("4. Resultatbudget")
    pdf.p("Resultatbudgeten visar kommunens intäkter och kostnader. Verksamhetens nettokostnader ökar med 3,9 procent mellan budget 2024 och budget 2025.")
    hdr1 = ["", "Not", "Bokslut", "Prognos", "Budget", "Budget", "Plan", "Plan"]
    hdr2 = ["Mnkr", "", "2023", "2024", "2024", "2025", "2026", "2027"]
    rows = []
    def row(label, note, vals):
        rows.append([label, note] + [n1(v) for v in vals])
    row("Verksamhetens intäkter", "1", RB["intakter"])
    row("Verksamhetens kostnader", "2", RB["kostnader"])
    row("Avskrivningar", "", RB["avskr"])
    row("Verksamhetens nettokostnader", "", NETTO)
    row("Skatteintäkter", "3", RB["skatt"])
    row("Generella statsbidrag och utjämning", "4", RB["bidrag"])
    row("Verksamhetens resultat", "", VRES)
    row("Finansiella intäkter", "", RB["finint"])
    row("Finansiella kostnader", "5", RB["finkost"])
    row("Årets resultat", "", RES)
    rows.append(["Resultat i % av skatter och bidrag", ""] + [fmt(v, 2) for v in RESPCT])
    pdf.table("Tabell 1. Resultatbudget", [hdr1, hdr2], rows, [56, 10, 17, 17, 17, 17, 17, 17], bold_rows=(3, 6, 9))
    pdf.small("Noterna finns i avsnitt 8. Prognos 2024 avser prognosen i delårsrapporten per den 31 augusti 2024.")

    # Driftbudget
    pdf.h1("5. Driftbudget per nämnd")
    pdf.p("Nämndernas ramar omfattar nettokostnader inklusive interna kapitalkostnader. Finansförvaltningen innehåller pensionskostnader, PO-pålägg och interna kapitalkostnader som räknas bort.")
    hdr = ["Nämnd", "Budget 2024", "Budget 2025", "Förändring", "Förändring %", "Plan 2026"]
    rows = []
    for name, b24, b25, p26 in NAMND:
        rows.append([name, fmt(b24, 0), fmt(b25, 0), fmt(b25 - b24, 0), fmt(100 * (b25 - b24) / b24, 1), fmt(p26, 0)])
    rows.append(["Summa nämnder", fmt(NAMND_SUM[0], 0), fmt(NAMND_SUM[1], 0), fmt(NAMND_SUM[1] - NAMND_SUM[0], 0), fmt(100 * (NAMND_SUM[1] - NAMND_SUM[0]) / NAMND_SUM[0], 1), fmt(NAMND_SUM[2], 0)])
    rows.append(["Finansförvaltning", fmt(FINANS[0], 0), fmt(FINANS[1], 0), fmt(FINANS[1] - FINANS[0], 0), "", fmt(FINANS[2], 0)])
    rows.append(["Verksamhetens nettokostnader", fmt(NETTO_TKR[0], 0), fmt(NETTO_TKR[1], 0), fmt(NETTO_TKR[1] - NETTO_TKR[0], 0), fmt(100 * (NETTO_TKR[1] - NETTO_TKR[0]) / NETTO_TKR[0], 1), fmt(NETTO_TKR[2], 0)])
    pdf.table("Tabell 2. Driftbudget per nämnd, belopp i tkr", [hdr], rows, [54, 23, 23, 22, 25, 23], font=8, bold_rows=(5, 7))
    pdf.small("Nettokostnader anges som positiva belopp i tabellen. Finansförvaltningens negativa belopp avser interna poster som räknas bort.")
    pdf.p("Socialnämndens ram ökar mest i kronor räknat. Ökningen förklaras av fler brukare inom LSS och högre kostnader för särskilt boende. I ramen ingår besparingskravet på 4,7 miljoner kronor.")

    # Balansbudget
    pdf.add_page()
    pdf.h1("6. Balansbudget")
    hdr1 = ["", "Bokslut", "Prognos", "Budget", "Plan", "Plan"]
    hdr2 = ["Belopp i mnkr", "2023", "2024", "2025", "2026", "2027"]
    A, O, E, P, L = [b[1] for b in BAL]
    SUMT = [R1(a + o) for a, o in zip(A, O)]
    K = [R1(t - e - p - l) for t, e, p, l in zip(SUMT, E, P, L)]
    rows = [["Tillgångar", "", "", "", "", ""],
            ["Anläggningstillgångar"] + [n1(v) for v in A],
            ["Omsättningstillgångar"] + [n1(v) for v in O],
            ["Summa tillgångar"] + [n1(v) for v in SUMT],
            ["Eget kapital, avsättningar och skulder", "", "", "", "", ""],
            ["Eget kapital"] + [n1(v) for v in E],
            ["  varav årets resultat"] + [n1(v) for v in [RES[0], RES[1], RES[3], RES[4], RES[5]]],
            ["Avsättningar för pensioner"] + [n1(v) for v in P],
            ["Långfristiga skulder"] + [n1(v) for v in L],
            ["Kortfristiga skulder"] + [n1(v) for v in K],
            ["Summa eget kapital, avsättningar och skulder"] + [n1(v) for v in SUMT],
            ["Soliditet, %"] + [fmt(100 * e / t, 1) for e, t in zip(E, SUMT)]]
    pdf.table("Tabell 3. Balansbudget", [hdr1, hdr2], rows, [75, 19, 19, 19, 19, 19], font=8, bold_rows=(3, 10), section_rows=(0, 4))
    pdf.p("Soliditeten stärks något under planperioden trots att investeringarna delvis lånefinansieras. Den långfristiga upplåningen beräknas öka med 5 miljoner kronor 2025.")

    # Investeringsbudget on landscape page
    pdf.add_page(orientation="L")
    pdf.h1("7. Investeringsbudget 2025–2027")
    pdf.p("Investeringsbudgeten omfattar totalt " + n1(sum(v[1][0] for v in INV if v[1])) + " miljoner kronor för 2025. Investeringar under ett prisbasbelopp redovisas som driftkostnad.")
    hdr1 = ["Projekt", "Budget", "Plan", "Plan", "Summa"]
    hdr2 = ["(mnkr)", "2025", "2026", "2027", "2025–2027"]
    rows, bold, sect = [], [], []
    cur = None
    tot = [0.0, 0.0, 0.0]
    sec = [0.0, 0.0, 0.0]
    def close_section():
        rows.append([f"Summa {cur[0].lower() + cur[1:]}"] + [n1(R1(v)) for v in sec] + [n1(R1(sum(sec)))])
        bold.append(len(rows) - 1)
    for name, v in INV:
        if v is None:
            if cur:
                close_section()
            cur = name
            sec = [0.0, 0.0, 0.0]
            rows.append([name, "", "", "", ""])
            sect.append(len(rows) - 1)
        else:
            rows.append(["  " + name] + [n1(x) for x in v] + [n1(R1(sum(v)))])
            sec = [s + x for s, x in zip(sec, v)]
            tot = [s + x for s, x in zip(tot, v)]
    close_section()
    rows.append(["Totalt investeringar"] + [n1(R1(v)) for v in tot] + [n1(R1(sum(tot)))])
    bold.append(len(rows) - 1)
    # pad table so that it continues over a page break
    pdf.set_y(110)
    pdf.table("Tabell 4. Investeringsbudget per nämnd och projekt", [hdr1, hdr2], rows, [110, 35, 35, 35, 40], font=9, bold_rows=bold, section_rows=sect)
    pdf.small("1) Förskolan i Finnerödja finansieras delvis med ett statligt bidrag på 2,5 miljoner kronor som inte är avräknat i tabellen.\n2) VA-investeringar finansieras via VA-taxan.")

    pdf.add_page(orientation="P")
    pdf.h1("Kassaflödesbudget")
    hdr1 = ["", "Budget", "Plan", "Plan"]
    hdr2 = ["Mnkr", "2025", "2026", "2027"]
    cf_res = [RES[3], RES[4], RES[5]]
    cf_av = [-RB["avskr"][3], -RB["avskr"][4], -RB["avskr"][5]]
    cf_ps = [1.4, 1.5, 1.3]
    cf_lop = [R1(a + b + c) for a, b, c in zip(cf_res, cf_av, cf_ps)]
    cf_inv = [-47.5, -30.0, -11.8]
    cf_lan = [5.0, 0.0, -5.0]
    cf_tot = [R1(a + b + c) for a, b, c in zip(cf_lop, cf_inv, cf_lan)]
    rows = [["Den löpande verksamheten", "", "", ""],
            ["Årets resultat"] + [n1(v) for v in cf_res],
            ["Justering för avskrivningar"] + [n1(v) for v in cf_av],
            ["Justering för avsättningar"] + [n1(v) for v in cf_ps],
            ["Medel från den löpande verksamheten"] + [n1(v) for v in cf_lop],
            ["Investeringsverksamheten", "", "", ""],
            ["Investering i materiella anläggningstillgångar"] + [n1(v) for v in cf_inv],
            ["Finansieringsverksamheten", "", "", ""],
            ["Förändring av långfristiga lån, netto"] + [n1(v) for v in cf_lan],
            ["Årets kassaflöde"] + [n1(v) for v in cf_tot]]
    pdf.table("Tabell 5. Kassaflödesbudget", [hdr1, hdr2], rows, [95, 25, 25, 25], bold_rows=(4, 9), section_rows=(0, 5, 7))
    pdf.p("Kassaflödet är negativt under 2025 eftersom investeringen i förskolan i Finnerödja är stor. Likviditeten bedöms ändå vara god.")
    for title, texts in NAMND_TEXT:
        pdf.add_page()
        pdf.h1(title)
        for t in texts:
            pdf.p(t)
    pdf.add_page()
    pdf.h1("8. Noter")
    pdf.p("Not 1. Verksamhetens intäkter består av taxor och avgifter, hyror, försäljning och riktade statsbidrag. Riktade statsbidrag har budgeterats till 41,3 miljoner kronor 2025.")
    pdf.p("Not 2. Verksamhetens kostnader. Personalkostnaderna utgör drygt 60 procent av verksamhetens kostnader. Antalet årsarbetare beräknas till 548.")
    pdf.p("Not 3. Skatteintäkter enligt SKR:s prognos i oktober 2024 med en skattesats på 22,84 kronor.")
    pdf.p("Not 4. Generella statsbidrag och utjämning omfattar inkomstutjämning, kostnadsutjämning, regleringsbidrag, LSS-utjämning och fastighetsavgift.")
    pdf.p("Not 5. Finansiella kostnader avser i huvudsak räntor på lån och ränta på pensionsskulden. Genomsnittlig låneränta antas vara 3,1 procent.")
    pdf.output(path)


def delars_pdf(path):
    pdf = PDF("Laxå kommun", "Delårsrapport januari–augusti 2024")
    pdf.set_margins(20, 18, 20)
    pdf.add_page()
    pdf.set_font("DV", "B", 22)
    pdf.ln(40)
    pdf.multi_cell(0, 11, "Delårsrapport\njanuari–augusti 2024", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 12)
    pdf.ln(8)
    pdf.multi_cell(0, 7, "Laxå kommun\nBehandlad av kommunfullmäktige 2024-10-28", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    pdf.h1("Sammanfattning")
    pdf.p("Periodens resultat för januari–augusti 2024 uppgår till 14,2 miljoner kronor. Resultatet för perioden är högre än för helåret eftersom semesterlöneskulden minskar under sommaren.")
    pdf.p(f"Prognosen för helåret 2024 är ett resultat på {n1(RES[1])} miljoner kronor, vilket är {n1(R1(RES[1] - RES[2]))} miljoner kronor bättre än budget. Det förklaras av högre skatteintäkter och generella statsbidrag än budgeterat, medan nämnderna sammantaget prognostiserar ett underskott.")
    pdf.p("Socialnämnden redovisar den största negativa avvikelsen. Kostnaderna för placeringar av barn och unga har ökat kraftigt, och nämnden har vidtagit åtgärder för att minska kostnaderna med 2,8 miljoner kronor under hösten.")
    pdf.h2("Väsentliga personalförhållanden")
    pdf.p("Den 31 augusti 2024 hade kommunen 612 tillsvidareanställda, vilket är 9 färre än vid samma tidpunkt 2023. Sjukfrånvaron under perioden uppgick till 7,9 procent av den ordinarie arbetstiden, jämfört med 8,4 procent under samma period föregående år.")
    pdf.h2("Nämndernas prognoser")
    hdr1 = ["", "Budget", "Prognos", "Avvikelse"]
    hdr2 = ["Tkr", "2024", "2024", "mot budget"]
    AVV = [0, 2100, -1800, -6200, 400]
    rows = []
    for (name, b24, _, _), a in zip(NAMND, AVV):
        rows.append([name, fmt(b24, 0), fmt(b24 - a, 0), fmt(a, 0, "()")])
    fin_av = 1700
    rows.append(["Finansförvaltning", fmt(FINANS[0], 0, "()"), fmt(FINANS[0] - fin_av, 0, "()"), fmt(fin_av, 0, "()")])
    tot_b = NETTO_TKR[0]
    tot_av = sum(AVV) + fin_av
    rows.append(["Summa nettokostnader", fmt(tot_b, 0), fmt(tot_b - tot_av, 0), fmt(tot_av, 0, "()")])
    pdf.table("Tabell 2. Prognos per nämnd", [hdr1, hdr2], rows, [70, 30, 30, 30], bold_rows=(6,))
    pdf.small("Negativ avvikelse (underskott) anges inom parentes.")
    pdf.h2("Investeringar")
    pdf.p("Investeringarna uppgick under januari–augusti till 12,6 miljoner kronor av en total investeringsbudget för 2024 på 38,0 miljoner kronor. Helårsprognosen är 29,5 miljoner kronor. Projekteringen av förskolan i Finnerödja har försenats och byggstarten flyttas till våren 2025.")
    pdf.h2("Måluppfyllelse")
    pdf.p("Av kommunfullmäktiges 12 indikatorer bedöms 5 vara uppfyllda vid årets slut, 4 delvis uppfyllda och 3 inte uppfyllda. Andelen elever i årskurs 9 som är behöriga till yrkesprogram var 81,4 procent våren 2024.")
    pdf.add_page()
    pdf.h1("Resultaträkning")
    hdr1 = ["", "Utfall", "Utfall", "Budget", "Prognos"]
    hdr2 = ["Mnkr", "jan–aug 2023", "jan–aug 2024", "2024", "2024"]
    data = [
        ("Verksamhetens intäkter", 64.8, 68.9, RB["intakter"][2], RB["intakter"][1]),
        ("Verksamhetens kostnader", -322.1, -345.5, RB["kostnader"][2], RB["kostnader"][1]),
        ("Avskrivningar", -11.8, -12.3, RB["avskr"][2], RB["avskr"][1]),
    ]
    nk = [R1(sum(d[i] for d in data)) for i in range(1, 5)]
    sk = [203.1, 214.6, RB["skatt"][2], RB["skatt"][1]]
    gb = [86.5, 90.7, RB["bidrag"][2], RB["bidrag"][1]]
    fi = [1.4, 1.6, RB["finint"][2], RB["finint"][1]]
    fk = [-2.5, -3.8, RB["finkost"][2], RB["finkost"][1]]
    res = [R1(a + b + c + d + e) for a, b, c, d, e in zip(nk, sk, gb, fi, fk)]
    rows = [[d[0]] + [fmt(x, 1, "()") for x in d[1:]] for d in data]
    rows.append(["Verksamhetens nettokostnader"] + [fmt(x, 1, "()") for x in nk])
    rows.append(["Skatteintäkter"] + [fmt(x, 1, "()") for x in sk])
    rows.append(["Generella statsbidrag och utjämning"] + [fmt(x, 1, "()") for x in gb])
    rows.append(["Finansiella intäkter"] + [fmt(x, 1, "()") for x in fi])
    rows.append(["Finansiella kostnader"] + [fmt(x, 1, "()") for x in fk])
    rows.append(["Periodens/årets resultat"] + [fmt(x, 1, "()") for x in res])
    assert res[1] == 14.2 and res[3] == RES[1], res
    pdf.table("Tabell 1. Resultaträkning", [hdr1, hdr2], rows, [62, 26, 26, 26, 26], bold_rows=(3, 8))
    pdf.output(path)


PAGE_HTML = """<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Så används din skatt - Laxå kommun</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/css/main.css">
</head>
<body>
<div id="cookie-banner" class="cookie-banner" role="dialog">
  <p>Vi använder kakor (cookies) för att förbättra din upplevelse av laxa.se. <a href="/om-webbplatsen/kakor">Läs mer om kakor</a></p>
  <button type="button">Godkänn alla kakor</button> <button type="button">Endast nödvändiga</button>
</div>
<header class="site-header">
  <a class="logo" href="/">Laxå kommun</a>
  <nav aria-label="Huvudmeny">
    <ul>
      <li><a href="/barn-och-utbildning">Barn och utbildning</a></li>
      <li><a href="/omsorg-och-stod">Omsorg och stöd</a></li>
      <li><a href="/bygga-bo-och-miljo">Bygga, bo och miljö</a></li>
      <li><a href="/kultur-och-fritid">Kultur och fritid</a></li>
      <li><a href="/kommun-och-politik">Kommun och politik</a></li>
    </ul>
  </nav>
  <form class="search" action="/sok"><input type="search" name="q" placeholder="Sök på laxa.se"><button>Sök</button></form>
</header>
<nav class="breadcrumb"><a href="/">Startsida</a> / <a href="/kommun-och-politik">Kommun och politik</a> / <a href="/kommun-och-politik/ekonomi">Ekonomi</a> / Så används din skatt</nav>
<main id="content">
<article>
<h1>Så används din skatt</h1>
<p class="ingress">Den som bor i Laxå kommun och har en inkomst betalar kommunalskatt. År 2025 är den totala skattesatsen 35,14 kronor per hundralapp, varav 22,84 kronor går till Laxå kommun och 12,30 kronor till Region Örebro län.</p>
<p>Skatten är kommunens viktigaste inkomstkälla och står för ungefär tre fjärdedelar av kommunens intäkter. Resten kommer från statsbidrag, avgifter och hyror.</p>
<h2>Så fördelas 100 kronor i kommunalskatt</h2>
<p>Tabellen visar hur varje hundralapp som du betalar i kommunalskatt till Laxå kommun fördelas mellan verksamheterna enligt budget 2025.</p>
<table class="table">
<caption>Fördelning av 100 kronor, budget 2025</caption>
<thead><tr><th>Verksamhet</th><th>Kronor</th></tr></thead>
<tbody>
__ROWS__
</tbody>
<tfoot><tr><td>Totalt</td><td>100</td></tr></tfoot>
</table>
<h2>Exempel</h2>
<p>En person i Laxå som tjänar 30 000 kronor i månaden betalar ungefär 6 400 kronor per månad i kommunalskatt till kommunen, det vill säga cirka 76 800 kronor per år.</p>
<p>Kommunens nettokostnad per invånare beräknas till 82 039 kronor år 2025.</p>
<h2>Mer information</h2>
<ul>
<li><a href="/kommun-och-politik/ekonomi/mal-och-budget">Mål och budget 2025</a></li>
<li><a href="/kommun-och-politik/ekonomi/arsredovisning">Årsredovisningar</a></li>
</ul>
<p class="meta">Publicerad: 2024-12-03<br>Senast uppdaterad: 2025-01-15</p>
</article>
</main>
<footer class="site-footer">
  <p>Laxå kommun, 695 80 Laxå. Besöksadress: Postgatan 6. Telefon: 0584-47 30 00. E-post: kommun@laxa.se</p>
  <p><a href="/om-webbplatsen/tillganglighetsredogorelse">Tillgänglighetsredogörelse</a> | <a href="/om-webbplatsen/personuppgifter">Personuppgifter</a> | <a href="/om-webbplatsen/kakor">Kakor</a></p>
  <p>© Laxå kommun</p>
</footer>
</body>
</html>
"""
HUNDRA = [("Äldreomsorg", 24), ("Grundskola och förskoleklass", 21), ("Stöd och service till personer med funktionsnedsättning", 10),
          ("Förskola och fritidshem", 9), ("Gymnasieskola och vuxenutbildning", 8), ("Gator, parker, fritid och kultur", 8),
          ("Individ- och familjeomsorg", 7), ("Politisk verksamhet och administration", 6), ("Övrigt", 7)]


def html(path):
    assert sum(v for _, v in HUNDRA) == 100
    rows = "\n".join(f"<tr><td>{k}</td><td>{v}</td></tr>" for k, v in HUNDRA)
    with open(path, "w", encoding="utf-8") as f:
        f.write(PAGE_HTML.replace("__ROWS__", rows))


def docx(path):
    d = Document()
    docx_core(d, "Protokoll kommunstyrelsen 2024-11-12", "Kommunledningskontoret Laxå")
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    d.add_heading("PROTOKOLL", level=1)
    d.add_paragraph("Kommunstyrelsen, Laxå kommun")
    d.add_paragraph("Sammanträdesdatum: 2024-11-12")
    d.add_paragraph("Plats och tid: Kommunhuset, sammanträdesrum Tiveden, kl. 13.00–16.20")
    d.add_paragraph("Beslutande: Anna Lindqvist (S), ordförande; Per Öberg (C), vice ordförande; Lars Berg (SD); Karin Holm (M); Mikael Sandberg (S); Eva Strand (V); Tomas Ek (KD); Sofia Nyberg (S); Jonas Wall (SD)")
    d.add_paragraph("Övriga närvarande: Helena Forsberg, kommundirektör; Magnus Alm, ekonomichef; Lina Persson, sekreterare")
    d.add_paragraph("Justerare: Karin Holm (M). Justering: 2024-11-15")
    d.add_heading("§ 145 Val av justerare", level=2)
    d.add_paragraph("Kommunstyrelsen beslutar att utse Karin Holm (M) att jämte ordföranden justera dagens protokoll.")
    d.add_heading("§ 146 Ekonomisk uppföljning oktober 2024", level=2)
    d.add_paragraph("Ekonomichef Magnus Alm redovisar den ekonomiska uppföljningen per den 31 oktober. Helårsprognosen för kommunen är oförändrad jämfört med delårsrapporten. Socialnämnden prognostiserar ett underskott på 6,0 miljoner kronor.")
    d.add_paragraph("Beslut: Kommunstyrelsen lägger informationen till handlingarna.")
    d.add_heading("§ 147 Mål och budget 2025 med plan för 2026–2027", level=2)
    d.add_paragraph("Dnr KS 2024/211")
    d.add_paragraph("Ärendebeskrivning: Kommunledningskontoret har tagit fram förslag till mål och budget 2025 med plan för 2026–2027. Förslaget innebär en oförändrad skattesats om 22,84 kronor och ett budgeterat resultat på 8,3 miljoner kronor. Nämndernas ramar framgår av tabellen nedan.")
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, txt in zip(t.rows[0].cells, ["Nämnd", "Ram 2024, tkr", "Ram 2025, tkr", "Förändring, tkr"]):
        c.text = txt
    for name, b24, b25, _ in NAMND:
        cells = t.add_row().cells
        for c, txt in zip(cells, [name, fmt(b24, 0), fmt(b25, 0), fmt(b25 - b24, 0)]):
            c.text = txt
    cells = t.add_row().cells
    for c, txt in zip(cells, ["Summa", fmt(NAMND_SUM[0], 0), fmt(NAMND_SUM[1], 0), fmt(NAMND_SUM[1] - NAMND_SUM[0], 0)]):
        c.text = txt
    d.add_paragraph("Yrkanden: Anna Lindqvist (S) yrkar bifall till förslaget. Lars Berg (SD) yrkar att skattesatsen sänks med 10 öre till 22,74 kronor och att Socialnämndens ram minskas med ytterligare 2,0 miljoner kronor. Karin Holm (M) yrkar bifall till Lars Bergs yrkande om skattesatsen.")
    d.add_paragraph("Propositionsordning: Ordföranden ställer förslagen mot varandra och finner att kommunstyrelsen bifaller Anna Lindqvists yrkande. Votering begärs och verkställs. Med 6 ja-röster mot 3 nej-röster beslutar kommunstyrelsen enligt Anna Lindqvists yrkande.")
    d.add_paragraph("Beslut: Kommunstyrelsen föreslår kommunfullmäktige att fastställa skattesatsen för 2025 till 22,84 kronor, att fastställa mål och budget 2025 med plan för 2026–2027 enligt förslaget, samt att ge kommunstyrelsen rätt att under 2025 nyupplåna upp till 25,0 miljoner kronor.")
    d.add_paragraph("Reservation: Lars Berg (SD), Jonas Wall (SD) och Karin Holm (M) reserverar sig mot beslutet till förmån for eget yrkande.".replace(" for ", " för "))
    d.add_heading("§ 148 Tilläggsanslag för vinterväghållning", level=2)
    d.add_paragraph("Samhällsbyggnadsnämnden begär ett tilläggsanslag på 350 tkr för ökade kostnader för vinterväghållning under början av 2024.")
    d.add_paragraph("Beslut: Kommunstyrelsen beviljar ett tilläggsanslag på 350 tkr ur kommunstyrelsens medel för oförutsedda behov.")
    d.add_heading("§ 149 Taxa för offentlig kontroll av livsmedel 2025", level=2)
    d.add_paragraph("Timavgiften för livsmedelskontroll föreslås höjas från 1 350 kronor till 1 420 kronor från den 1 januari 2025.")
    d.add_paragraph("Beslut: Kommunstyrelsen föreslår kommunfullmäktige att anta taxan.")
    d.add_heading("§ 150 Delegationsbeslut", level=2)
    d.add_paragraph("Beslut: Redovisningen av delegationsbeslut läggs till handlingarna.")
    d.add_paragraph("Vid protokollet: Lina Persson, sekreterare")
    d.save(path)
    fix_zip(path)


STAT = [  # År, folkmängd 31 dec, födda, döda, inflyttade, utflyttade, skattesats, nettokostnad mnkr, årets resultat mnkr, soliditet %
    (2019, 5702, 48, 77, 262, 241, 22.84, 372.6, 3.1, 37.8),
    (2020, 5689, 51, 84, 248, 228, 22.84, 384.9, 14.7, 38.9),
    (2021, 5688, 46, 71, 271, 247, 22.84, 398.2, 19.3, 39.6),
    (2022, 5671, 42, 79, 244, 224, 22.84, 413.5, 9.6, 38.7),
    (2023, 5660, 44, 73, 239, 221, 22.84, 428.2, RES[0], 36.2),
]


def xlsx(path):
    wb = Workbook()
    xlsx_core(wb, "Statistik Laxå kommun 2019–2023", "Laxå kommun, ekonomienheten")
    ws = wb.active
    ws.title = "Befolkning"
    ws.append(["Laxå kommun – befolkningsstatistik 2019–2023"])
    ws.append(["Antal personer. Källa: SCB"])
    ws.append(["År", "Folkmängd 31 dec", "Födda", "Döda", "Födelsenetto", "Inflyttade", "Utflyttade", "Flyttnetto"])
    for r in STAT:
        ws.append([r[0], r[1], r[2], r[3], r[2] - r[3], r[4], r[5], r[4] - r[5]])
    ws["A1"].font = Font(bold=True, size=13)
    ws2 = wb.create_sheet("Ekonomi")
    ws2.append(["Laxå kommun – ekonomiska nyckeltal 2019–2023"])
    ws2.append(["Belopp i mnkr där inget annat anges"])
    ws2.append(["År", "Skattesats (kr)", "Verksamhetens nettokostnader", "Årets resultat", "Soliditet (%)", "Nettokostnad per invånare (kr)"])
    for r in STAT:
        ws2.append([r[0], r[6], r[7], r[8], r[9], round(r[7] * 1e6 / r[1])])
    for row in ws2.iter_rows(min_row=4):
        row[1].number_format = "0.00"
        row[2].number_format = "0.0"
        row[3].number_format = "0.0"
        row[4].number_format = "0.0"
    ws2["A1"].font = Font(bold=True, size=13)
    wb.save(path)
    fix_zip(path)


PRESS = f"""# Pressmeddelande: Laxå satsar på ny förskola och behåller skattesatsen

**Laxå kommun, 2024-11-26**

Kommunfullmäktige i Laxå fastställde på måndagskvällen den 25 november mål och budget för 2025 med plan för 2026–2027. Skattesatsen lämnas oförändrad på 22,84 kronor och budgeten ger ett resultat på {n1(RES[3])} miljoner kronor.

– Vi tar ansvar för ekonomin och satsar samtidigt på barnen. Förskolan i Finnerödja är en investering i hela kommunens framtid, säger Anna Lindqvist (S), kommunstyrelsens ordförande.

## Det här innehåller budgeten

- Investeringar på totalt 47,5 miljoner kronor under 2025, varav 18,5 miljoner kronor till den nya förskolan i Finnerödja.
- 700 000 kronor extra till föreningslivet genom höjda aktivitetsbidrag.
- 1,2 miljoner kronor till sommarjobb för ungdomar, vilket ger plats för omkring 80 ungdomar.
- Socialnämnden ska spara 4,7 miljoner kronor, bland annat genom färre externa placeringar.

Beslutet fattades efter votering med 21 röster mot 10. Sverigedemokraterna och Moderaterna röstade för egna förslag med en lägre skattesats.

Förskolan i Finnerödja byggs för 80 barn i fyra avdelningar och beräknas vara klar i augusti 2026. Den totala kalkylen är 30,5 miljoner kronor.

**Kontakt**
Anna Lindqvist (S), kommunstyrelsens ordförande, 0584-47 30 10
Magnus Alm, ekonomichef, 0584-47 30 45
"""


def press(path):
    with open(path, "w", encoding="utf-8") as f:
        f.write(PRESS)


def build(outdir):
    os.makedirs(outdir, exist_ok=True)
    budget_pdf(os.path.join(outdir, "mal-och-budget-2025-plan-2026-2027.pdf"))
    delars_pdf(os.path.join(outdir, "delarsrapport-augusti-2024.pdf"))
    html(os.path.join(outdir, "sa-anvands-din-skatt.html"))
    docx(os.path.join(outdir, "protokoll-ks-2024-11-12.docx"))
    xlsx(os.path.join(outdir, "statistik-2019-2023.xlsx"))
    press(os.path.join(outdir, "pressmeddelande-budget-2025.md"))
    print("laxa:", "NETTO", NETTO, "RES", RES, "RESPCT", RESPCT, "NAMND_SUM", NAMND_SUM, "FINANS", FINANS,
          "INV2025", round(sum(v[1][0] for v in INV if v[1]), 1))
