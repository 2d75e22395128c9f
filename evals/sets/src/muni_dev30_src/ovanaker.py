"""Ovanåkers kommun: budget PDF, årsredovisning PDF, HTML, DOCX, XLSX, press release (md)."""
import os
from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font

from common import Pdf, sv, save_docx, save_xlsx, docx_table

NAME = "Ovanåkers kommun"
KSO = "Per Wiklund (S)"
POP_BUDGET = 11280

# ---------------------------------------------------------------- Resultatbudget (mnkr)
YEARS_RB = ["Bokslut 2023", "Prognos 2024", "Budget 2025", "Plan 2026", "Plan 2027"]
RB = {
    "int": [228.4, 235.0, 241.2, 246.0, 250.9],
    "kost": [-1012.6, -1048.3, -1079.5, -1104.2, -1129.8],
    "avskr": [-38.9, -41.2, -44.6, -47.3, -49.0],
    "skatt": [598.7, 622.4, 648.9, 670.3, 692.8],
    "stb": [236.5, 247.8, 255.6, 259.1, 263.4],
    "finint": [3.2, 4.1, 3.5, 3.5, 3.5],
    "finkost": [-6.8, -9.4, -10.2, -11.0, -11.8],
}
RB["netto"] = [round(a + b + c, 1) for a, b, c in zip(RB["int"], RB["kost"], RB["avskr"])]
RB["vres"] = [round(a + b + c, 1) for a, b, c in zip(RB["netto"], RB["skatt"], RB["stb"])]
RB["res"] = [round(a + b + c, 1) for a, b, c in zip(RB["vres"], RB["finint"], RB["finkost"])]
RB["pct"] = [round(100 * r / (s + t), 1) for r, s, t in zip(RB["res"], RB["skatt"], RB["stb"])]

# ---------------------------------------------------------------- Driftbudget (mnkr)
DRIFT = [  # name, budget 2024, budget 2025
    ("Kommunfullmäktige och revision 1)", 4.1, 4.3),
    ("Kommunstyrelsen", 118.6, 124.2),
    ("Barn- och utbildningsnämnden", 356.2, 368.9),
    ("Socialnämnden", 352.8, 367.4),
    ("Samhällsbyggnadsnämnden", 38.4, 39.1),
    ("Miljö- och byggnämnden", 7.9, 8.2),
]
FINANS = (-26.8, -29.2)

# ---------------------------------------------------------------- Investeringsbudget (tkr)
INV = [
    ("Kommunstyrelsen", [
        ("IT-infrastruktur och digitalisering", 2500, 2000, 2000),
        ("Bredbandsutbyggnad landsbygd", 4000, 3000, 0),
        ("Fordon och maskiner", 1800, 1500, 1500),
    ]),
    ("Barn- och utbildningsnämnden", [
        ("Ny förskola i Alfta, Förskolan Solrosen", 18500, 24000, 3500),
        ("Inventarier skolor", 1200, 1200, 1200),
        ("Skolgårdsupprustning Edsbyn", 2300, 0, 0),
    ]),
    ("Socialnämnden", [
        ("Välfärdsteknik", 1500, 1500, 1000),
        ("Ombyggnad Alftagården särskilt boende", 9000, 12500, 0),
        ("Inventarier omsorg", 800, 800, 800),
    ]),
    ("Samhällsbyggnadsnämnden", [
        ("Gator och vägar, beläggning", 6500, 6500, 6500),
        ("VA-ledningar Edsbyn centrum", 12000, 8000, 8000),
        ("Gång- och cykelväg Alfta–Edsbyn", 3200, 5800, 0),
        ("Energieffektivisering fastigheter", 2500, 2500, 2500),
        ("Renovering Edsbyns simhall", 0, 4500, 15000),
        ("Lekplatser och parker", 900, 600, 600),
    ]),
]

# ---------------------------------------------------------------- Balansbudget (mnkr)
BAL_HEAD = ["Bokslut 2023", "Budget 2025", "Plan 2026", "Plan 2027"]
BAL = [
    ("sec", "Tillgångar"),
    ("row", "Anläggningstillgångar", [812.4, 896.3, 931.8, 957.1]),
    ("row", "Omsättningstillgångar", [168.9, 142.5, 138.0, 140.2]),
    ("sum", "Summa tillgångar", None),
    ("sec", "Eget kapital, avsättningar och skulder"),
    ("row", "Eget kapital", [371.6, 396.9, 413.3, 433.3]),
    ("row", "Avsättningar", [41.3, 43.0, 44.2, 45.1]),
    ("row", "Långfristiga skulder", [392.0, 430.0, 445.0, 452.0]),
    ("row", "Kortfristiga skulder", [176.4, 168.9, 167.3, 166.9]),
    ("sum", "Summa eget kapital, avsättningar och skulder", None),
]

# ---------------------------------------------------------------- Årsredovisning 2024
AR_RR = {  # Utfall 2023, Utfall 2024, Budget 2024
    "int": [228.4, 238.6, 230.0],
    "kost": [-1012.6, -1046.9, -1040.5],
    "avskr": [-38.9, -41.0, -40.7],
    "skatt": [598.7, 621.8, 620.3],
    "stb": [236.5, 248.1, 246.9],
    "finint": [3.2, 4.3, 3.0],
    "finkost": [-6.8, -11.7, -9.0],
}
AR_RR["netto"] = [round(a + b + c, 1) for a, b, c in zip(AR_RR["int"], AR_RR["kost"], AR_RR["avskr"])]
AR_RR["vres"] = [round(a + b + c, 1) for a, b, c in zip(AR_RR["netto"], AR_RR["skatt"], AR_RR["stb"])]
AR_RR["res"] = [round(a + b + c, 1) for a, b, c in zip(AR_RR["vres"], AR_RR["finint"], AR_RR["finkost"])]

AR_DRIFT_UTF = [4.0, 116.9, 358.1, 357.6, 37.5, 7.6]

# ---------------------------------------------------------------- Population (xlsx)
POP = [  # år, 0-5, 6-15, 16-19, 20-64, 65-79, 80+
    (2019, 702, 1298, 489, 5981, 2297, 789),
    (2020, 690, 1302, 482, 5920, 2331, 797),
    (2021, 681, 1290, 490, 5868, 2352, 812),
    (2022, 668, 1281, 494, 5815, 2361, 836),
    (2023, 655, 1268, 497, 5771, 2308, 854),
    (2024, 641, 1252, 501, 5736, 2291, 891),
]


def neg(x, dec=1):
    return sv(x, dec, neg="-")


def budget_pdf(path):
    pdf = Pdf(f"{NAME} – Mål och budget 2025 med plan 2026–2027")
    pdf.title_page(["Mål och budget 2025", "med plan 2026–2027"],
                   [NAME, "Antagen av kommunfullmäktige 2024-11-25, § 87"])
    pdf.add_page()
    pdf.h1("Innehåll")
    pdf.p("1. Ordföranden har ordet\n2. Omvärld och förutsättningar\n3. Styrmodell och mål\n"
          "4. Ekonomiska ramar och effektiviseringar\n5. Resultatbudget\n6. Balansbudget\n"
          "7. Driftbudget per nämnd\n8. Investeringsbudget\n9. Nämndernas uppdrag\n10. Personal\n11. Risker och känslighetsanalys")
    pdf.h1("1. Ordföranden har ordet")
    pdf.p("Ovanåker är en kommun med starka företag, ett rikt föreningsliv och en natur som många avundas oss. "
          "Samtidigt står vi, precis som många andra mindre kommuner, inför en period där fler äldre behöver "
          "omsorg samtidigt som antalet personer i arbetsför ålder minskar. Det ställer krav på att vi använder "
          "varje skattekrona klokt.")
    pdf.p("Budgeten för 2025 bygger på en oförändrad skattesats på 22,64 kronor per hundralapp. Vi har valt "
          "att inte höja skatten, trots att kostnaderna för pensioner, löner och livsmedel fortsätter att öka. "
          "I stället genomför vi effektiviseringar på sammanlagt 12,5 miljoner kronor, varav socialnämnden står "
          "för 5,2 miljoner kronor och barn- och utbildningsnämnden för 3,8 miljoner kronor.")
    pdf.p("Vi prioriterar barnen och de äldre. Den nya förskolan i Alfta, Förskolan Solrosen, är den största "
          "enskilda investeringen under planperioden och beräknas kosta totalt 46 miljoner kronor. "
          "Vi avsätter också 700 000 kronor för feriearbeten till ungdomar sommaren 2025.")
    pdf.p("Årets resultat budgeteras till 14,9 miljoner kronor, vilket motsvarar 1,6 procent av skatteintäkter "
          "och generella statsbidrag. Det är fortfarande lägre än vårt långsiktiga mål på 2,0 procent, men "
          "en tydlig förbättring jämfört med prognosen för 2024.")
    pdf.p(f"Edsbyn i november 2024\n{KSO}, kommunstyrelsens ordförande")
    pdf.add_page()
    pdf.h1("2. Omvärld och förutsättningar")
    pdf.h2("Samhällsekonomin")
    pdf.p("Svensk ekonomi har under 2023 och 2024 präglats av hög inflation och stigande räntor. Sveriges "
          "Kommuner och Regioner (SKR) bedömer i sin oktoberprognos att skatteunderlaget växer med 4,1 procent "
          "2025, vilket är en förbättring jämfört med de två föregående åren. Inflationen väntas sjunka mot "
          "Riksbankens mål på två procent under 2025.")
    pdf.p("Pensionskostnaderna ökar kraftigt till följd av de senaste årens höga inflation och det nya "
          "pensionsavtalet AKAP-KR. För Ovanåkers kommun innebär det en kostnadsökning för pensioner med "
          "cirka 9 miljoner kronor mellan 2023 och 2025.")
    pdf.h2("Befolkning")
    pdf.p("Den 31 december 2023 hade Ovanåkers kommun 11 353 invånare. Befolkningen har minskat något under "
          "de senaste fem åren. Budgeten bygger på ett planeringsantagande om 11 280 invånare den 1 november "
          "2024, vilket är den befolkning som skatteintäkterna för 2025 beräknas på.")
    pdf.p("Andelen invånare som är 80 år eller äldre ökar stadigt, medan antalet barn i förskoleålder minskar. "
          "Det påverkar främst socialnämndens och barn- och utbildningsnämndens verksamheter.")
    pdf.h2("Skattesats")
    pdf.p("Den kommunala skattesatsen för 2025 är oförändrad 22,64 kronor. Tillsammans med regionskatten i "
          "Region Gävleborg på 11,51 kronor blir den totala skattesatsen 34,15 kronor.")
    pdf.h1("3. Styrmodell och mål")
    pdf.p("Kommunfullmäktige har fastställt fyra övergripande mål för mandatperioden 2023–2026. Nämnderna "
          "bryter ned målen till egna nämndmål och aktiviteter.")
    pdf.bullets([
        "Mål 1: Ovanåker ska vara en attraktiv kommun att bo, leva och verka i.",
        "Mål 2: Barn och unga ska ges goda förutsättningar att lyckas i skolan. Andelen elever i årskurs 9 "
        "som är behöriga till gymnasiets yrkesprogram ska öka till minst 88 procent.",
        "Mål 3: Äldre ska kunna leva ett tryggt och självständigt liv. Väntetiden till särskilt boende ska "
        "vara högst 60 dagar.",
        "Mål 4: Kommunen ska ha en långsiktigt hållbar ekonomi. Årets resultat ska över tid uppgå till minst "
        "2,0 procent av skatteintäkter och generella statsbidrag.",
    ])
    pdf.h2("Finansiella mål")
    pdf.bullets([
        "Årets resultat ska uppgå till minst 2,0 procent av skatter och generella statsbidrag över en "
        "rullande femårsperiod.",
        "Investeringar ska till minst 60 procent finansieras med egna medel.",
        "Soliditeten inklusive pensionsförpliktelser ska inte understiga 20 procent.",
    ])
    pdf.add_page()
    pdf.h1("4. Ekonomiska ramar och effektiviseringar")
    pdf.p("Nämndernas ramar för 2025 har räknats upp med 3,4 procent för löneökningar och 2,0 procent för "
          "övriga kostnader. Därefter har ett effektiviseringskrav lagts på samtliga nämnder.")
    pdf.p("Effektiviseringarna uppgår totalt till 12,5 miljoner kronor. Socialnämnden ska minska sina kostnader "
          "med 5,2 miljoner kronor, bland annat genom en översyn av nattbemanningen och ökad användning av "
          "välfärdsteknik. Barn- och utbildningsnämnden effektiviserar med 3,8 miljoner kronor genom att "
          "samla förskoleverksamheten i färre och större enheter. Kommunstyrelsen effektiviserar med 2,1 "
          "miljoner kronor och samhällsbyggnadsnämnden med 1,4 miljoner kronor.")
    pdf.p("Socialnämnden får samtidigt ett ramtillskott på 4,7 miljoner kronor för ökade volymer inom "
          "hemtjänsten och 1,9 miljoner kronor för placeringar av barn och unga. Prognosen för 2024 visar att "
          "socialnämnden riskerar ett underskott på -6,3 miljoner kronor.")
    pdf.p("Ett särskilt anslag på 700 000 kronor avsätts till feriearbeten för ungdomar och 350 000 kronor "
          "till föreningsbidrag för landsbygdens samlingslokaler.")
    pdf.h1("5. Resultatbudget")
    pdf.p("Resultatbudgeten visar kommunens samlade intäkter och kostnader. Verksamhetens nettokostnader "
          "ökar med 3,3 procent mellan prognosen för 2024 och budget 2025.")
    rb_rows = [
        ("row", ["Verksamhetens intäkter", "1"] + [neg(v) for v in RB["int"]]),
        ("row", ["Verksamhetens kostnader", "2"] + [neg(v) for v in RB["kost"]]),
        ("row", ["Avskrivningar", "3"] + [neg(v) for v in RB["avskr"]]),
        ("sum", ["Verksamhetens nettokostnader", ""] + [neg(v) for v in RB["netto"]]),
        ("row", ["Skatteintäkter", "4"] + [neg(v) for v in RB["skatt"]]),
        ("row", ["Generella statsbidrag och utjämning", "5"] + [neg(v) for v in RB["stb"]]),
        ("sum", ["Verksamhetens resultat", ""] + [neg(v) for v in RB["vres"]]),
        ("row", ["Finansiella intäkter", ""] + [neg(v) for v in RB["finint"]]),
        ("row", ["Finansiella kostnader", "6"] + [neg(v) for v in RB["finkost"]]),
        ("sum", ["Resultat efter finansiella poster", ""] + [neg(v) for v in RB["res"]]),
        ("sum", ["Årets resultat", ""] + [neg(v) for v in RB["res"]]),
        ("row", ["Resultat i % av skatter och statsbidrag", ""] + [sv(v) for v in RB["pct"]]),
    ]
    pdf.table([["Belopp i mnkr", "Not", "Bokslut", "Prognos", "Budget", "Plan", "Plan"],
               ["", "", "2023", "2024", "2025", "2026", "2027"]],
              rb_rows, [58, 10, 20, 20, 20, 21, 21], caption="Tabell 1. Resultatbudget")
    pdf.note("Noter: 1) Taxor, avgifter, hyror och riktade statsbidrag. 2) Inklusive pensionskostnader. "
             "3) Planenliga avskrivningar. 4) Skatteintäkter enligt SKR:s prognos oktober 2024 (cirkulär 24:41). "
             "5) Inklusive kostnadsutjämning och LSS-utjämning. 6) Räntekostnader för lån hos Kommuninvest.")
    pdf.add_page()
    pdf.h1("6. Balansbudget")
    pdf.p("Balansbudgeten visar kommunens tillgångar och hur de finansieras. Låneskulden beräknas öka med "
          "20 miljoner kronor under 2025 till följd av investeringarna i förskola och VA-ledningar.")
    bal_rows = []
    tot = {}
    for item in BAL:
        if item[0] == "sec":
            bal_rows.append(("sec", [item[1]]))
            tot = [0, 0, 0, 0]
        elif item[0] == "row":
            bal_rows.append(("row", [item[1]] + [neg(v) for v in item[2]]))
            tot = [round(a + b, 1) for a, b in zip(tot, item[2])]
        else:
            bal_rows.append(("sum", [item[1]] + [neg(v) for v in tot]))
    pdf.table([["Belopp i mnkr", "Bokslut 2023", "Budget 2025", "Plan 2026", "Plan 2027"]],
              bal_rows, [74, 24, 24, 24, 24], caption="Tabell 2. Balansbudget")
    pdf.p("Soliditeten, det vill säga eget kapital i förhållande till totala tillgångar, beräknas till "
          "38,2 procent vid utgången av 2025.")
    # Driftbudget on a landscape page
    pdf.add_page(orientation="L")
    pdf.h1("7. Driftbudget per nämnd")
    pdf.p("Tabellen visar nämndernas nettokostnadsramar. Kolumnen kr per invånare är beräknad på "
          f"{sv(POP_BUDGET, 0)} invånare.")
    s24 = round(sum(d[1] for d in DRIFT), 1)
    s25 = round(sum(d[2] for d in DRIFT), 1)
    drows = []
    for n, a, b in DRIFT:
        drows.append(("row", [n, sv(a), sv(b), sv(b - a), sv(100 * (b - a) / a),
                              sv(b * 1e6 / POP_BUDGET, 0)]))
    drows.append(("sum", ["Summa nämnder", sv(s24), sv(s25), sv(s25 - s24), sv(100 * (s25 - s24) / s24),
                          sv(s25 * 1e6 / POP_BUDGET, 0)]))
    f24, f25 = FINANS
    drows.append(("row", ["Finansförvaltning 2)", neg(f24), neg(f25), neg(f25 - f24), sv(100 * (f25 - f24) / f24),
                          neg(f25 * 1e6 / POP_BUDGET, 0)]))
    n24, n25 = round(s24 + f24, 1), round(s25 + f25, 1)
    drows.append(("sum", ["Verksamhetens nettokostnad", sv(n24), sv(n25), sv(n25 - n24),
                          sv(100 * (n25 - n24) / n24), sv(n25 * 1e6 / POP_BUDGET, 0)]))
    pdf.table([["Nämnd", "Budget 2024", "Budget 2025", "Förändring", "Förändring %", "kr per invånare"],
               ["", "mnkr", "mnkr", "mnkr", "", "2025"]],
              drows, [95, 30, 30, 30, 30, 35], caption="Tabell 3. Driftbudget – nettokostnad per nämnd")
    pdf.note("1) Kommunfullmäktige och revision redovisas tillsammans. 2) Finansförvaltningen innehåller "
             "interna kapitalkostnader och personalomkostnadspålägg som minskar nämndernas nettokostnad i "
             "resultatbudgeten.")
    pdf.add_page(orientation="P")
    pdf.h1("8. Investeringsbudget")
    pdf.p("Investeringsbudgeten för 2025 uppgår till 66,7 miljoner kronor. Under planperioden 2025–2027 "
          "planeras investeringar för totalt 183,7 miljoner kronor. De största projekten är Förskolan Solrosen "
          "i Alfta, ombyggnaden av Alftagården och VA-ledningarna i Edsbyn centrum.")
    pdf.p("Investeringarna finansieras med avskrivningsmedel, årets resultat och nya lån. Självfinansierings"
          "graden för 2025 beräknas till 89 procent.")
    pdf.p("Utöver investeringarna i tabellen finns ett beslut om att utreda en ny räddningsstation i Alfta. "
          "Utredningen ska vara klar under hösten 2025 och eventuella investeringsmedel tas upp i budgeten "
          "för 2026. Fastighetsunderhåll som inte är av investeringskaraktär budgeteras i driften.")
    pdf.p("Kommunen har under de senaste åren haft svårt att genomföra alla planerade investeringar. "
          "Genomförandegraden 2023 var 71 procent. För att öka genomförandegraden har projektorganisationen "
          "på samhällsbyggnadsförvaltningen förstärkts med två projektledare.")
    pdf.ln(30)
    irows = []
    g = [0, 0, 0]
    for nd, projs in INV:
        irows.append(("sec", [nd]))
        s = [0, 0, 0]
        for pn, a, b, c in projs:
            irows.append(("row", [pn, sv(a, 0), sv(b, 0), sv(c, 0), sv(a + b + c, 0)]))
            s = [s[0] + a, s[1] + b, s[2] + c]
        irows.append(("sum", ["Summa " + nd[0].lower() + nd[1:], sv(s[0], 0), sv(s[1], 0), sv(s[2], 0),
                              sv(sum(s), 0)]))
        g = [g[0] + s[0], g[1] + s[1], g[2] + s[2]]
    irows.append(("sum", ["Totalt investeringar", sv(g[0], 0), sv(g[1], 0), sv(g[2], 0), sv(sum(g), 0)]))
    pdf.table([["Belopp i tkr", "Budget", "Plan", "Plan", "Totalt"], ["", "2025", "2026", "2027", "2025–2027"]],
              irows, [78, 23, 23, 23, 23], caption="Tabell 4. Investeringsbudget per nämnd och projekt",
              cont_caption="Tabell 4. Investeringsbudget (forts.)")
    pdf.add_page()
    pdf.h1("9. Nämndernas uppdrag")
    texts = [
        ("Kommunstyrelsen", "Kommunstyrelsen leder och samordnar kommunens verksamhet och har uppsikt över "
         "övriga nämnder och de kommunala bolagen. Kommunstyrelsen ansvarar också för näringslivsfrågor, "
         "kollektivtrafik, IT, kommunikation och räddningstjänst i samverkan med Södra Hälsingland."),
        ("Barn- och utbildningsnämnden", "Nämnden ansvarar för förskola, grundskola, fritidshem, "
         "gymnasieskola, vuxenutbildning och kulturskola. Under 2025 ska nämnden särskilt arbeta med "
         "elevernas läsförmåga och minska den ogiltiga frånvaron. Antalet barn i förskolan beräknas till "
         "cirka 520 under 2025."),
        ("Socialnämnden", "Nämnden ansvarar för äldreomsorg, stöd och service till personer med "
         "funktionsnedsättning samt individ- och familjeomsorg. Hemtjänsten utför cirka 215 000 timmar per "
         "år. Nämnden ska under 2025 införa digital nattillsyn för alla brukare som önskar det."),
        ("Samhällsbyggnadsnämnden", "Nämnden ansvarar för gator, vägar, parker, fastigheter, vatten och "
         "avlopp, avfall samt fritidsanläggningar. VA- och avfallsverksamheterna är avgiftsfinansierade."),
        ("Miljö- och byggnämnden", "Nämnden är kommunens myndighetsnämnd för bygglov, miljö- och "
         "hälsoskydd, livsmedelskontroll och alkoholtillstånd."),
    ]
    for h, t in texts:
        pdf.h2(h)
        pdf.p(t)
    pdf.add_page()
    pdf.h1("10. Personal")
    pdf.p("Kommunen hade i oktober 2024 cirka 1 050 tillsvidareanställda medarbetare. Kompetensförsörjningen "
          "är en av de största utmaningarna, särskilt när det gäller legitimerade lärare, sjuksköterskor och "
          "socionomer. Budgeten innehåller 1,2 miljoner kronor för en gemensam satsning på kompetensutveckling "
          "och ledarskap.")
    pdf.p("Sjukfrånvaron var 7,2 procent under 2023. Målet är att sjukfrånvaron ska understiga 6,5 procent "
          "under 2025.")
    pdf.h1("11. Risker och känslighetsanalys")
    pdf.p("Tabellen nedan visar hur olika händelser påverkar kommunens resultat. En procents förändring av "
          "lönekostnaderna motsvarar cirka 5,9 miljoner kronor.")
    pdf.table([["Händelse", "Påverkan, mnkr"]], [
        ("row", ["Löneförändring med 1 procent", "5,9"]),
        ("row", ["Förändrad skattesats med 10 öre", "2,9"]),
        ("row", ["Ränteförändring med 1 procentenhet", "4,3"]),
        ("row", ["Förändring av befolkningen med 100 invånare", "6,1"]),
        ("row", ["Prisförändring med 1 procent", "3,6"]),
    ], [110, 40], caption="Tabell 5. Känslighetsanalys")
    pdf.p("Den största osäkerheten gäller skatteunderlagets utveckling och befolkningsutvecklingen. "
          "Kommunstyrelsen följer utvecklingen löpande och återkommer med åtgärder om prognoserna försämras.")
    pdf.output(path)


def ar_pdf(path):
    pdf = Pdf(f"{NAME} – Årsredovisning 2024")
    pdf.title_page(["Årsredovisning 2024"], [NAME, "Godkänd av kommunfullmäktige 2025-04-28"])
    pdf.add_page()
    pdf.h1("Kommunstyrelsens ordförande har ordet")
    pdf.p("2024 blev ett år då vi återigen visade att Ovanåker klarar av svåra förutsättningar. Årets resultat "
          "blev 13,2 miljoner kronor, vilket är 3,2 miljoner kronor bättre än budget. Det förklaras framför "
          "allt av högre skatteintäkter och statsbidrag än beräknat, medan socialnämnden redovisar ett "
          "underskott.")
    pdf.p(f"{KSO}, kommunstyrelsens ordförande")
    pdf.h1("Förvaltningsberättelse")
    pdf.h2("Viktiga händelser under året")
    pdf.bullets([
        "Bygget av Förskolan Solrosen i Alfta påbörjades i september 2024.",
        "Kommunfullmäktige beslutade i juni 2024 att ansluta kommunen till Hälsinglands utbildningsförbund "
        "för vuxenutbildning från 2026.",
        "Edsbyns simhall stängdes i tre månader för akut reparation av bassängen, kostnad 1,6 miljoner kronor.",
        "Den nya återvinningscentralen i Alfta invigdes i maj.",
    ])
    pdf.h2("Befolkning")
    pdf.p("Den 31 december 2024 hade Ovanåkers kommun 11 312 invånare, en minskning med 41 personer jämfört "
          "med året innan. Antalet födda var 98 och antalet avlidna 157. Flyttnettot var positivt med 18 personer.")
    pdf.h2("Ekonomiskt resultat")
    pdf.p("Årets resultat uppgick till 13,2 miljoner kronor (8,5 miljoner kronor 2023). Resultatet motsvarar "
          "1,5 procent av skatteintäkter och generella statsbidrag. Det finansiella målet om 2,0 procent "
          "uppnåddes därmed inte. Balanskravsresultatet uppgick till 11,8 miljoner kronor.")
    pdf.p("Nettoinvesteringarna uppgick till 58,4 miljoner kronor, att jämföra med en budget på 72,0 miljoner "
          "kronor. Genomförandegraden blev därmed 81 procent. Soliditeten var 37,6 procent.")
    pdf.add_page()
    pdf.h1("Resultaträkning")
    rows = []
    def r(label, notx, key, kind="row"):
        rows.append((kind, [label, notx] + [neg(v) for v in AR_RR[key]]))
    r("Verksamhetens intäkter", "1", "int")
    r("Verksamhetens kostnader", "2", "kost")
    r("Avskrivningar", "3", "avskr")
    r("Verksamhetens nettokostnader", "", "netto", "sum")
    r("Skatteintäkter", "4", "skatt")
    r("Generella statsbidrag och utjämning", "5", "stb")
    r("Verksamhetens resultat", "", "vres", "sum")
    r("Finansiella intäkter", "6", "finint")
    r("Finansiella kostnader", "7", "finkost")
    r("Resultat efter finansiella poster", "", "res", "sum")
    r("Årets resultat", "", "res", "sum")
    pdf.table([["Mnkr", "Not", "Utfall 2023", "Utfall 2024", "Budget 2024", "Avvikelse"]],
              [(k, c + ([sv(float(c[3].replace(" ", "").replace(",", ".")) -
                            float(c[4].replace(" ", "").replace(",", ".")))] if True else []))
               for k, c in rows],
              [62, 10, 24, 24, 24, 24], caption="Resultaträkning, kommunen")
    pdf.p("Verksamhetens nettokostnader ökade med 3,2 procent jämfört med 2023. Skatteintäkterna ökade med "
          "3,9 procent.")
    pdf.h1("Driftredovisning")
    drows = []
    sb, su = 0, 0
    for (n, b24, _), u in zip(DRIFT, AR_DRIFT_UTF):
        n = n.replace(" 1)", "")
        av = round(b24 - u, 1)
        drows.append(("row", [n, sv(b24), sv(u), sv(av, neg="–")]))
        sb += b24
        su += u
    drows.append(("sum", ["Summa nämnder", sv(sb), sv(su), sv(round(sb - su, 1), neg="–")]))
    pdf.table([["Nettokostnad, mnkr", "Budget 2024", "Utfall 2024", "Avvikelse"]], drows, [90, 25, 25, 25],
              caption="Driftredovisning per nämnd 2024")
    pdf.p("Socialnämnden redovisar ett underskott på 4,8 miljoner kronor, främst på grund av ökade kostnader "
          "för placeringar av barn och unga samt ett högre antal hemtjänsttimmar än budgeterat. Barn- och "
          "utbildningsnämnden redovisar ett underskott på 1,9 miljoner kronor som till största delen beror på "
          "kostnader för skolskjuts. Kommunstyrelsen redovisar ett överskott på 1,7 miljoner kronor till följd "
          "av vakanser.")
    pdf.add_page()
    pdf.h1("Personalredovisning")
    pdf.p("Den 31 december 2024 hade kommunen 1 046 tillsvidareanställda, varav 82 procent kvinnor. "
          "Medelåldern var 46,3 år.")
    pdf.table([["Nyckeltal personal", "2022", "2023", "2024"]], [
        ("row", ["Antal tillsvidareanställda", "1 071", "1 058", "1 046"]),
        ("row", ["Sjukfrånvaro, %", "7,9", "7,2", "6,8"]),
        ("row", ["varav långtidssjukfrånvaro, %", "41,2", "39,5", "37,8"]),
        ("row", ["Andel heltidsanställda, %", "78,0", "81,4", "84,1"]),
        ("row", ["Personalomsättning, %", "9,6", "8,8", "8,1"]),
    ], [90, 25, 25, 25], caption="Personalnyckeltal")
    pdf.h1("Finansiella nyckeltal")
    pdf.table([["Nyckeltal", "2022", "2023", "2024"]], [
        ("row", ["Årets resultat, mnkr", "21,4", "8,5", "13,2"]),
        ("row", ["Resultat i % av skatter och statsbidrag", "2,8", "1,0", "1,5"]),
        ("row", ["Nettoinvesteringar, mnkr", "49,1", "61,7", "58,4"]),
        ("row", ["Soliditet, %", "38,9", "37,1", "37,6"]),
        ("row", ["Låneskuld, mnkr", "360,0", "392,0", "410,0"]),
        ("row", ["Skattesats, kr", "22,64", "22,64", "22,64"]),
    ], [90, 25, 25, 25], caption="Flerårsöversikt i urval")
    pdf.output(path)


def html_page(path):
    items = [
        ("Äldreomsorg och stöd till personer med funktionsnedsättning", 31),
        ("Grundskola och förskoleklass", 22),
        ("Förskola och fritidshem", 13),
        ("Gymnasieskola", 8),
        ("Individ- och familjeomsorg", 7),
        ("Gator, parker, kultur och fritid", 7),
        ("Politisk verksamhet och administration", 6),
        ("Vuxenutbildning och arbetsmarknad", 3),
        ("Räddningstjänst och övrigt", 3),
    ]
    rows = "\n".join(f"        <tr><td>{a}</td><td>{b}</td></tr>" for a, b in items)
    html = f"""<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Så används din skatt - Ovanåkers kommun</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/static/css/site.css">
<script src="/static/js/cookieconsent.js"></script>
</head>
<body>
<div id="cookie-banner" class="cookie-banner" role="dialog">
  <p>Vi använder kakor (cookies) för att förbättra din upplevelse på ovanaker.se. Genom att klicka på
  "Godkänn alla" samtycker du till att vi använder kakor för statistik.</p>
  <button id="accept-all">Godkänn alla</button> <button id="accept-necessary">Endast nödvändiga</button>
  <a href="/om-webbplatsen/kakor">Läs mer om kakor</a>
</div>
<header class="site-header">
  <a class="logo" href="/">Ovanåkers kommun</a>
  <nav class="main-nav" aria-label="Huvudmeny">
    <ul>
      <li><a href="/omsorg-och-stod">Omsorg och stöd</a></li>
      <li><a href="/utbildning-och-barnomsorg">Utbildning och barnomsorg</a></li>
      <li><a href="/bygga-bo-och-miljo">Bygga, bo och miljö</a></li>
      <li><a href="/kultur-och-fritid">Kultur och fritid</a></li>
      <li><a href="/naringsliv-och-arbete">Näringsliv och arbete</a></li>
      <li><a href="/kommun-och-politik">Kommun och politik</a></li>
    </ul>
  </nav>
  <form class="search" action="/sok"><input type="search" name="q" placeholder="Sök på webbplatsen"></form>
</header>
<nav class="breadcrumbs" aria-label="Brödsmulor">
  <a href="/">Start</a> / <a href="/kommun-och-politik">Kommun och politik</a> /
  <a href="/kommun-och-politik/ekonomi">Ekonomi</a> / Så används din skatt
</nav>
<main id="content">
  <article>
    <h1>Så används din skatt</h1>
    <p class="ingress">Kommunalskatten är kommunens viktigaste inkomstkälla. År 2025 betalar du 22,64 kronor i
    kommunalskatt för varje hundralapp du tjänar. Här kan du se vad pengarna används till.</p>
    <h2>Skattesats 2025</h2>
    <p>Den totala skattesatsen i Ovanåker är 34,15 kronor per hundralapp. Av dem går 22,64 kronor till
    Ovanåkers kommun och 11,51 kronor till Region Gävleborg, som bland annat ansvarar för hälso- och sjukvård
    och kollektivtrafik. Skattesatsen är oförändrad jämfört med 2024.</p>
    <h2>Vad går en hundralapp till?</h2>
    <p>Tabellen visar hur varje hundralapp i kommunalskatt fördelas mellan kommunens verksamheter enligt
    budget 2025.</p>
    <table class="data-table">
      <caption>Fördelning av 100 kronor i kommunalskatt, budget 2025</caption>
      <thead>
        <tr><th>Verksamhet</th><th>Kronor av 100 kr</th></tr>
      </thead>
      <tbody>
{rows}
      </tbody>
      <tfoot>
        <tr><td>Totalt</td><td>100</td></tr>
      </tfoot>
    </table>
    <h2>Exempel: en person som tjänar 30 000 kronor i månaden</h2>
    <p>En person med en månadslön på 30 000 kronor betalar ungefär 5 800 kronor i kommunalskatt per månad.
    Av dem går cirka 1 800 kronor till äldreomsorg och stöd till personer med funktionsnedsättning och cirka
    1 280 kronor till grundskolan.</p>
    <h2>Mer om kommunens ekonomi</h2>
    <ul>
      <li><a href="/kommun-och-politik/ekonomi/budget">Mål och budget 2025–2027</a></li>
      <li><a href="/kommun-och-politik/ekonomi/arsredovisning">Årsredovisning 2024</a></li>
      <li><a href="/kommun-och-politik/ekonomi/kommunens-ekonomi-i-siffror">Kommunens ekonomi i siffror</a></li>
    </ul>
    <p class="meta">Publicerad 2025-01-15. Senast uppdaterad 2025-02-03.</p>
    <p class="meta">Sidansvarig: Ekonomiavdelningen</p>
  </article>
</main>
<footer class="site-footer">
  <div class="contact">
    <p>Ovanåkers kommun, Box 32, 828 21 Edsbyn</p>
    <p>Telefon 0271-570 00 (växel) | E-post: ovanakers.kommun@ovanaker.se</p>
    <p>Organisationsnummer 212000-2254</p>
  </div>
  <ul class="footer-links">
    <li><a href="/om-webbplatsen">Om webbplatsen</a></li>
    <li><a href="/tillganglighetsredogorelse">Tillgänglighetsredogörelse</a></li>
    <li><a href="/behandling-av-personuppgifter">Behandling av personuppgifter</a></li>
    <li><a href="/om-webbplatsen/kakor">Kakor</a></li>
  </ul>
  <p>Följ oss på Facebook, Instagram och LinkedIn</p>
</footer>
</body>
</html>
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(html)


def protokoll_docx(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    doc.add_heading("PROTOKOLL", level=1)
    doc.add_paragraph("Kommunstyrelsen, Ovanåkers kommun")
    doc.add_paragraph("Sammanträdesdatum: 2025-03-11")
    doc.add_paragraph("Plats och tid: Kommunhuset, Edsbyn, sammanträdesrum Voxnan, kl. 08.30–12.15")
    doc.add_paragraph("Beslutande: Per Wiklund (S), ordförande, Karin Ståhl (C), vice ordförande, Erik Olsson (S), "
                      "Maria Berglund (M), Lena Hedlund (V), Jonas Nordin (SD), Ingrid Persson (S), Anders Back (KD), "
                      "Sofia Lund (L), Mats Jansson (C), Britt Engström (S)")
    doc.add_paragraph("Övriga närvarande: Helena Forsberg, kommundirektör; Tomas Ek, ekonomichef; "
                      "Annika Sjöberg, sekreterare")
    doc.add_paragraph("Justerare: Maria Berglund (M)")
    doc.add_heading("§ 34 Val av justerare", level=2)
    doc.add_paragraph("Kommunstyrelsen beslutar att utse Maria Berglund (M) att jämte ordföranden justera dagens protokoll.")
    doc.add_heading("§ 35 Godkännande av dagordning", level=2)
    doc.add_paragraph("Dagordningen godkänns med tillägg av ärendet Information om vinterväghållningen.")
    doc.add_heading("§ 36 Ombudgetering av investeringsmedel från 2024 till 2025", level=2)
    doc.add_paragraph("Dnr KS 2025/0047")
    doc.add_paragraph("Ärendebeskrivning: Flera investeringsprojekt har inte slutförts under 2024. Ekonomiavdelningen "
                      "föreslår att outnyttjade medel för tre projekt ombudgeteras till 2025 enligt tabellen nedan.")
    rows = [("Förskolan Solrosen, Alfta", 6000, 3850), ("VA-ledningar Edsbyn centrum", 9000, 7420),
            ("Bredbandsutbyggnad landsbygd", 4000, 2700)]
    tr = [["Projekt", "Budget 2024, tkr", "Utfall 2024, tkr", "Ombudgeteras till 2025, tkr"]]
    tb = tu = 0
    for n, b, u in rows:
        tr.append([n, sv(b, 0), sv(u, 0), sv(b - u, 0)])
        tb += b
        tu += u
    tr.append(["Summa", sv(tb, 0), sv(tu, 0), sv(tb - tu, 0)])
    docx_table(doc, tr)
    doc.add_paragraph("")
    doc.add_paragraph("Beslut: Kommunstyrelsen föreslår kommunfullmäktige besluta att ombudgetera 5 030 tkr från "
                      "investeringsbudget 2024 till investeringsbudget 2025 enligt ekonomiavdelningens förslag.")
    doc.add_heading("§ 37 Gång- och cykelväg Alfta–Edsbyn, etapp 1", level=2)
    doc.add_paragraph("Dnr KS 2024/0312")
    doc.add_paragraph("Ärendebeskrivning: Trafikverket har beviljat statlig medfinansiering med 50 procent för etapp 1 "
                      "av gång- och cykelvägen mellan Alfta och Edsbyn. Den totala kostnaden för etapp 1 beräknas "
                      "till 6,4 miljoner kronor, varav kommunens andel är 3,2 miljoner kronor.")
    doc.add_paragraph("Beslut: Kommunstyrelsen beslutar att godkänna avtal om medfinansiering med Trafikverket och att "
                      "ge samhällsbyggnadsförvaltningen i uppdrag att upphandla entreprenaden.")
    doc.add_heading("§ 38 Motion om avgiftsfri kollektivtrafik för pensionärer", level=2)
    doc.add_paragraph("Dnr KS 2024/0198")
    doc.add_paragraph("Ärendebeskrivning: Lena Hedlund (V) har i en motion föreslagit att invånare som fyllt 75 år ska "
                      "få åka avgiftsfritt med X-trafiks bussar inom kommunen. Förvaltningen har beräknat kostnaden "
                      "till cirka 850 000 kronor per år.")
    doc.add_paragraph("Yrkanden: Lena Hedlund (V) yrkar bifall till motionen. Per Wiklund (S) yrkar avslag på motionen.")
    doc.add_paragraph("Propositionsordning: Ordföranden ställer proposition på yrkandena och finner att kommunstyrelsen "
                      "beslutar enligt Per Wiklunds (S) yrkande.")
    doc.add_paragraph("Beslut: Kommunstyrelsen föreslår kommunfullmäktige att avslå motionen.")
    doc.add_paragraph("Reservation: Lena Hedlund (V) reserverar sig mot beslutet till förmån för eget yrkande.")
    doc.add_heading("§ 39 Information om vinterväghållningen", level=2)
    doc.add_paragraph("Samhällsbyggnadschefen informerar om att kostnaderna för snöröjning under januari och februari "
                      "2025 uppgår till 2,3 miljoner kronor, vilket är 0,8 miljoner kronor mer än budgeterat för perioden.")
    doc.add_paragraph("Beslut: Kommunstyrelsen noterar informationen.")
    doc.add_paragraph("")
    doc.add_paragraph("Vid protokollet: Annika Sjöberg")
    doc.add_paragraph("Ordförande: Per Wiklund        Justerare: Maria Berglund")
    save_docx(doc, path, "Protokoll kommunstyrelsen 2025-03-11", NAME)


def stat_xlsx(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Befolkning"
    ws.append(["Befolkningsutveckling i Ovanåkers kommun 2019–2024"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(["Antal invånare den 31 december. Källa: SCB"])
    ws.append(["År", "Totalt", "0–5 år", "6–15 år", "16–19 år", "20–64 år", "65–79 år", "80 år och äldre",
               "Förändring mot föregående år"])
    prev = None
    for r in POP:
        tot = sum(r[1:])
        ws.append([r[0], tot] + list(r[1:]) + [None if prev is None else tot - prev])
        prev = tot
    for c in ws[3]:
        c.font = Font(bold=True)
    ws.column_dimensions["A"].width = 10
    ws2 = wb.create_sheet("Nettokostnader")
    ws2.append(["Nettokostnad per verksamhet, Ovanåker och riket"])
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.append(["Kronor per invånare. Källa: SCB, Räkenskapssammandraget"])
    ws2.append(["Verksamhet", "Ovanåker 2023", "Riket 2023", "Ovanåker 2024", "Riket 2024", "Avvikelse mot riket 2024, %"])
    data = [
        ("Förskola", 11240, 12105, 11690, 12580),
        ("Grundskola inkl. förskoleklass", 17980, 17320, 18610, 17950),
        ("Gymnasieskola", 6210, 5730, 6390, 5910),
        ("Äldreomsorg", 25870, 21040, 26950, 21880),
        ("Stöd och service till personer med funktionsnedsättning", 10120, 9860, 10480, 10310),
        ("Individ- och familjeomsorg", 5340, 5120, 5710, 5290),
    ]
    for n, a, b, c, d in data:
        ws2.append([n, a, b, c, d, round(100 * (c - d) / d, 1)])
    for c in ws2[3]:
        c.font = Font(bold=True)
    for row in ws2.iter_rows(min_row=4, min_col=6, max_col=6):
        for c in row:
            c.number_format = "0.0"
    ws2.column_dimensions["A"].width = 52
    save_xlsx(wb, path, "Befolkning och nettokostnader Ovanåker", NAME)


def press_md(path):
    txt = """# Pressmeddelande: Ovanåkers kommun redovisar överskott för 2024

**Ovanåkers kommun, 2025-03-27**

Ovanåkers kommun gick med ett överskott på 13,2 miljoner kronor 2024. Det är 3,2 miljoner kronor bättre än
budget, visar årsredovisningen som kommunstyrelsen behandlade i dag.

– Vi har en stabil ekonomi, men marginalerna är små. Socialnämndens underskott visar att behoven inom
omsorgen växer snabbare än intäkterna, säger Per Wiklund (S), kommunstyrelsens ordförande.

## Det här hände 2024

- Befolkningen minskade med 41 personer till 11 312 invånare.
- Nettoinvesteringarna uppgick till 58,4 miljoner kronor, bland annat till VA-ledningar i Edsbyn centrum och
  byggstarten för Förskolan Solrosen i Alfta.
- Sjukfrånvaron bland kommunens medarbetare minskade från 7,2 till 6,8 procent.
- Socialnämnden gjorde ett underskott på 4,8 miljoner kronor.

## Satsning på ungdomar

Inför sommaren 2025 erbjuds alla ungdomar födda 2008 och 2009 feriearbete i tre veckor. Kommunen har avsatt
700 000 kronor för feriearbetena och räknar med att cirka 140 ungdomar tackar ja.

Årsredovisningen behandlas av kommunfullmäktige den 28 april 2025.

**Kontakt:**
Per Wiklund (S), kommunstyrelsens ordförande, 0271-570 10
Tomas Ek, ekonomichef, 0271-571 25
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(txt)


FILES = {
    "mal-och-budget-2025-2027.pdf": budget_pdf,
    "arsredovisning-2024.pdf": ar_pdf,
    "sa-anvands-din-skatt.html": html_page,
    "protokoll-ks-2025-03-11.docx": protokoll_docx,
    "befolkning-och-nettokostnader.xlsx": stat_xlsx,
    "pressmeddelande-arsredovisning-2024.md": press_md,
}


def build(outdir):
    os.makedirs(outdir, exist_ok=True)
    for fn, f in FILES.items():
        f(os.path.join(outdir, fn))
