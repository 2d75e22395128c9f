"""Valdemarsviks kommun: invented but consistent documents (amounts mostly in tkr)."""
import os

import docx
import openpyxl
from docx.shared import Pt

from helpers import Doc, fmt, fix_zip, FIXED_DT

TAX_OLD = "22,61"
TAX = "22,86"
POP = 7612

# Driftbudget tkr: Budget 2024, Budget 2025, Plan 2026, Plan 2027
DRIFT = {
    "Kommunstyrelsen": [98450, 101200, 103000, 104900],
    "Utbildningsnämnden": [214300, 221650, 226100, 230400],
    "Socialnämnden": [236800, 247300, 253900, 260100],
    "Samhällsbyggnadsnämnden": [41200, 42150, 43000, 43900],
    "Revision": [1150, 1200, 1230, 1260],
    "Överförmyndarnämnden": [1900, 2050, 2100, 2150],
}
DRIFT_SUM = [sum(v[i] for v in DRIFT.values()) for i in range(4)]
FINANS = [10800, 12300, 13900, 15100]  # pensioner m.m. i finansförvaltningen
# Resultatbudget tkr: Utfall 2023, Budget 2024, Budget 2025, Plan 2026, Plan 2027
INT = [121600, 114900, 118400, 120100, 122000]
AVS = [-27310, -28900, -30050, -31400, -32600]
NETTO = [-583420] + [-(DRIFT_SUM[i] + FINANS[i]) for i in range(4)]
KOST = [NETTO[i] - INT[i] - AVS[i] for i in range(5)]
SKATT = [420350, 431800, 452600, 466900, 480300]
GSB = [171880, 177600, 186900, 190800, 194600]
VRES = [NETTO[i] + SKATT[i] + GSB[i] for i in range(5)]
FINT = [2140, 1800, 1800, 1800, 1800]
FKOST = [-3010, -5900, -7350, -8400, -9200]
ARES = [VRES[i] + FINT[i] + FKOST[i] for i in range(5)]

INV = [
    ("Renovering Ringarums skola", [12500, 6000, 0]),
    ("Ny kaj i Valdemarsviks hamn", [8000, 4500, 0]),
    ("Vattenverk Gryt, ombyggnad", [15400, 9800, 2000]),
    ("Gatubelysning, byte till LED", [2200, 2200, 2200]),
    ("Fordon hemtjänst", [1800, 900, 900]),
    ("IT-investeringar", [1500, 1500, 1500]),
    ("Övriga reinvesteringar", [3600, 3600, 3600]),
]
INV_SUM = [sum(r[1][i] for r in INV) for i in range(3)]

# Årsredovisning 2023: budgetavvikelse per nämnd tkr (Budget 2023, Utfall 2023)
AR_NAMND = {
    "Kommunstyrelsen": (95200, 93410),
    "Utbildningsnämnden": (207900, 209860),
    "Socialnämnden": (226400, 232150),
    "Samhällsbyggnadsnämnden": (39800, 38920),
    "Revision": (1100, 1040),
    "Överförmyndarnämnden": (1800, 1960),
}

# XLSX driftbudget per verksamhet 2025 (tkr): (verksamhet, intäkter, kostnader)
VERKS = [
    ("Utbildningsnämnden", None),
    ("Förskola", 9800, 58450),
    ("Grundskola och förskoleklass", 7200, 104300),
    ("Gymnasieskola", 2100, 52600),
    ("Vuxenutbildning", 4900, 11400),
    ("Kulturskola och bibliotek", 850, 9850),
    ("Administration och elevhälsa", 300, 10200),
    ("Summa Utbildningsnämnden", "SUM"),
    ("Socialnämnden", None),
    ("Äldreomsorg, särskilt boende", 21400, 118300),
    ("Hemtjänst", 8600, 62950),
    ("LSS och socialpsykiatri", 14200, 68450),
    ("Individ- och familjeomsorg", 5300, 47100),
    ("Summa Socialnämnden", "SUM"),
]
UTFALL_AR = [  # år, verksamhetens nettokostnad tkr, årets resultat tkr, skattesats, invånare
    (2019, 512640, 4210, 22.61, 7756),
    (2020, 521380, 18950, 22.61, 7713),
    (2021, 538900, 21400, 22.61, 7681),
    (2022, 561240, 9220, 22.61, 7645),
    (2023, -NETTO[0], ARES[0], 22.61, 7628),
]


def budget_pdf(path):
    d = Doc("Valdemarsviks kommun | Budget och plan 2025–2027")
    d.add_page()
    d.set_font("DV", "B", 24)
    d.ln(45)
    d.multi_cell(0, 12, "Budget och plan\n2025–2027", new_x="LMARGIN", new_y="NEXT")
    d.set_font("DV", "", 12)
    d.ln(5)
    d.multi_cell(0, 7, "Valdemarsviks kommun\nAntagen av kommunfullmäktige 2024-11-25 § 97", new_x="LMARGIN",
                 new_y="NEXT")
    d.add_page()
    d.h1("Inledning")
    d.p("Valdemarsvik är en liten kommun med stora möjligheter. Vi har en skärgård som lockar besökare, ett "
        "starkt föreningsliv och företag som vill växa. Men vi har också en befolkning som blir äldre och "
        "färre i arbetsför ålder, och det märks i ekonomin.")
    d.p(f"För att klara välfärden föreslår vi att skattesatsen höjs med 25 öre till {TAX} kronor. Höjningen ger "
        "cirka 4,9 miljoner kronor i ökade skatteintäkter. Samtidigt genomför nämnderna besparingar på "
        "sammanlagt 8,5 miljoner kronor, varav 5,2 miljoner kronor inom socialnämnden.")
    d.p(f"Årets resultat budgeteras till {fmt(ARES[2], 0)} tusen kronor, vilket motsvarar 1,0 procent av skatteintäkter och "
        "generella statsbidrag. Det är lägre än vårt långsiktiga mål om 2 procent, men vi bedömer att "
        "nivån är rimlig under en period med höga pensions- och räntekostnader.")
    d.p("Anna-Karin Bergström (S)\nKommunstyrelsens ordförande")
    d.h1("Omvärld och förutsättningar")
    d.p(f"Den 1 november 2024 hade kommunen {fmt(POP, 0)} invånare. Befolkningsprognosen pekar på en fortsatt "
        "svag minskning med omkring 20 personer per år. Andelen invånare som är 80 år eller äldre ökar från "
        "8,9 procent i dag till 10,5 procent 2030.")
    d.p("Skatteunderlaget beräknas enligt Sveriges Kommuner och Regioner öka med 4,1 procent 2025. Kommunens "
        "låneskuld uppgick vid utgången av 2023 till 214 miljoner kronor och beräknas öka till 260 miljoner "
        "kronor vid slutet av 2025, främst till följd av investeringar i vatten och avlopp.")
    d.p("Kommunen har svårt att rekrytera legitimerad personal inom förskola och äldreomsorg. Kostnaden för "
        "inhyrda sjuksköterskor uppgick 2023 till 3,9 miljoner kronor. Målet är att halvera den kostnaden 2025.")
    d.h1("Mål för god ekonomisk hushållning")
    d.bullets(["Årets resultat ska över tid uppgå till minst 2 procent av skatteintäkter och generella statsbidrag.",
               "Investeringar i skattefinansierad verksamhet ska över en femårsperiod finansieras med egna medel.",
               "Soliditeten inklusive pensionsåtaganden ska vara positiv senast 2027.",
               "Nettokostnaderna ska inte öka snabbare än skatteintäkter och generella statsbidrag."])
    d.p("Den 31 december 2023 var soliditeten inklusive pensionsåtaganden -4,2 procent.")
    d.add_page()
    d.h1("Nämndernas ramar")
    t = {
        "Kommunstyrelsen": "Kommunstyrelsen ansvarar för ledning, näringsliv, turism, räddningstjänst och "
        "kommunens stödfunktioner. Ramen ökar med 2 750 tusen kronor, varav 1 200 tusen kronor avser "
        "räddningstjänstförbundet. Turistbyrån i Valdemarsvik flyttar till biblioteket under 2025.",
        "Utbildningsnämnden": "Utbildningsnämnden ansvarar för förskola, grundskola, gymnasieskola, "
        "vuxenutbildning, kulturskola och bibliotek. Ramen ökar med 7 350 tusen kronor. Nämnden ska "
        "genomföra besparingar på 2,1 miljoner kronor genom samordning av skolskjutsar och en "
        "översyn av förskolornas öppettider.",
        "Socialnämnden": "Socialnämnden ansvarar för äldreomsorg, hemtjänst, LSS, socialpsykiatri samt "
        "individ- och familjeomsorg. Ramen ökar med 10 500 tusen kronor men nämnden ska samtidigt spara "
        "5,2 miljoner kronor. Ett av två korttidsboenden slås samman med Solgården och antalet platser "
        "minskar från 14 till 10.",
        "Samhällsbyggnadsnämnden": "Samhällsbyggnadsnämnden ansvarar för plan- och byggfrågor, miljö, gator, "
        "hamnar och fritidsanläggningar. Ramen ökar med 950 tusen kronor. Badplatsen i Gryt rustas med "
        "700 000 kronor från nämndens driftbudget.",
    }
    for k, v in t.items():
        d.h2(k)
        d.p(v)
        d.p(f"Nämndens nettoram för 2025 är {fmt(DRIFT[k][1], 0)} tkr. Uppföljning sker i delårsrapporten per "
            "den 31 augusti och i årsredovisningen.")
    d.add_page()
    d.h1("Verksamhetsmål 2025")
    d.p("Kommunfullmäktige har antagit tre strategiska målområden för perioden 2023–2026: Attraktiv kommun att "
        "leva och bo i, Livslångt lärande samt Trygg vård och omsorg. Nämnderna bryter ned målen till egna "
        "verksamhetsmål med mätbara indikatorer.")
    rows = [["Attraktiv kommun", "Antal nya bostäder per år", "12", "20"],
            ["Attraktiv kommun", "Företagsklimat, ranking Svenskt Näringsliv", "187", "150"],
            ["Livslångt lärande", "Behöriga till yrkesprogram, %", "81", "85"],
            ["Livslångt lärande", "Andel förskollärare med legitimation, %", "38", "45"],
            ["Trygg vård och omsorg", "Brukarnöjdhet hemtjänst, %", "88", "90"],
            ["Trygg vård och omsorg", "Väntetid särskilt boende, dagar", "74", "60"]]
    d.table("Indikatorer", [["Målområde", "Indikator", "Utfall 2023", "Mål 2025"]], rows, [45, 80, 22, 22], size=8)
    d.p("Indikatorerna följs upp två gånger per år. Om en indikator inte nås ska nämnden redovisa orsaker och "
        "åtgärder i delårsrapporten.")
    d.add_page()
    d.h1("Personal")
    d.p("Kommunen är med drygt 740 tillsvidareanställda den största arbetsgivaren i Valdemarsvik. Lönepotten för "
        "2025 är beräknad till 3,2 procent och finns budgeterad centralt i finansförvaltningen innan den "
        "fördelas till nämnderna efter avslutad lönerevision.")
    d.p("Under 2025 införs heltid som norm inom socialnämndens verksamheter. Sjukfrånvaron ska minska till 7,0 "
        "procent. För att underlätta rekrytering erbjuds studielön för undersköterskor som vidareutbildar sig "
        "till sjuksköterskor, sammanlagt 1,1 miljoner kronor per år.")
    d.add_page()
    d.h1("Risker och känslighetsanalys")
    d.p("Tabellen visar hur förändringar i några viktiga faktorer påverkar kommunens resultat på helår.")
    rows = [["Löneförändring 1 procent", "4 300"], ["Förändrat skatteunderlag 1 procent", "4 500"],
            ["Ränteförändring 1 procentenhet", "2 400"], ["Tio fler invånare", "650"],
            ["En placering på HVB-hem under ett år", "1 800"], ["Skattesats 10 öre", "1 980"]]
    d.table("Känslighetsanalys", [["Händelse", "Påverkan, tkr"]], rows, [110, 30])
    d.p("Den största risken bedöms vara kostnaderna för placeringar inom individ- och familjeomsorgen, som "
        "varierar kraftigt mellan åren. Socialnämnden har därför fått en riktad buffert om 1,5 miljoner kronor.")
    d.add_page()
    d.h1("Driftbudget")
    d.p("Belopp i tkr. Ramarna avser nettokostnad.")
    hdr = [["Nämnd", "Budget 2024", "Budget 2025", "Plan 2026", "Plan 2027", "Förändr. %"]]
    rows = []
    for k, v in DRIFT.items():
        rows.append([k] + [fmt(x, 0) for x in v] + [fmt(100 * (v[1] - v[0]) / v[0])])
    rows.append(["Summa nämnder"] + [fmt(x, 0) for x in DRIFT_SUM] +
                [fmt(100 * (DRIFT_SUM[1] - DRIFT_SUM[0]) / DRIFT_SUM[0])])
    rows.append(["Finansförvaltning"] + [fmt(x, 0) for x in FINANS] + [fmt(100 * (FINANS[1] - FINANS[0]) / FINANS[0])])
    tot = [DRIFT_SUM[i] + FINANS[i] for i in range(4)]
    rows.append(["Totalt"] + [fmt(x, 0) for x in tot] + [fmt(100 * (tot[1] - tot[0]) / tot[0])])
    d.table("Tabell 1 Driftbudget per nämnd", hdr, rows, [50, 25, 25, 22, 22, 24], bold_rows=("Summa nämnder", "Totalt"))
    d.note("Finansförvaltningen omfattar pensionsutbetalningar, löneskatt och kalkylerad personalomkostnad.")
    d.add_page()
    d.h1("Resultatbudget")
    hdr = [["Tkr", "Utfall", "Budget", "Budget", "Plan", "Plan"], ["", "2023", "2024", "2025", "2026", "2027"]]
    rr = [("Verksamhetens intäkter", INT), ("Verksamhetens kostnader", KOST), ("Avskrivningar", AVS),
          ("Verksamhetens nettokostnad", NETTO), ("Skatteintäkter", SKATT),
          ("Generella statsbidrag och utjämning", GSB), ("Verksamhetens resultat", VRES),
          ("Finansiella intäkter", FINT), ("Finansiella kostnader", FKOST), ("Årets resultat", ARES)]
    rows = [[n] + [fmt(x, 0) for x in v] for n, v in rr]
    d.table(None, hdr, rows, [62, 21, 21, 21, 21, 21],
            bold_rows=("Verksamhetens nettokostnad", "Verksamhetens resultat", "Årets resultat"))
    d.h1("Investeringsbudget")
    d.p(f"Investeringarna uppgår 2025 till {fmt(INV_SUM[0], 0)} tkr. Den största investeringen är ombyggnaden av "
        "vattenverket i Gryt, som beräknas kosta totalt 27,2 miljoner kronor.")
    hdr = [["Projekt", "Budget 2025", "Plan 2026", "Plan 2027"]]
    rows = [[n] + [fmt(x, 0) for x in v] for n, v in INV] + [["Summa investeringar"] + [fmt(x, 0) for x in INV_SUM]]
    d.table("Investeringar, tkr", hdr, rows, [80, 28, 28, 28], bold_rows=("Summa investeringar",))
    d.add_page()
    d.h1("Balansbudget")
    rows = [["Anläggningstillgångar", "512 300", "538 600"], ["Omsättningstillgångar", "86 400", "82 100"],
            ["Summa tillgångar", "598 700", "620 700"], ["Eget kapital", "148 860", "154 960"],
            ["Avsättningar", "42 500", "44 000"], ["Långfristiga skulder", "250 000", "260 000"],
            ["Kortfristiga skulder", "157 340", "161 740"], ["Summa eget kapital och skulder", "598 700", "620 700"]]
    d.table("Balansbudget, tkr", [["", "Budget 2024", "Budget 2025"]], rows, [90, 30, 30],
            bold_rows=("Summa tillgångar", "Summa eget kapital och skulder"))
    d.add_page()
    d.h1("Kassaflödesbudget")
    lop = ARES[2] - AVS[2] + 1500
    rows = [["Årets resultat", fmt(ARES[2], 0)], ["Återläggning avskrivningar", fmt(-AVS[2], 0)],
            ["Förändring pensionsavsättning", fmt(1500, 0)], ["Kassaflöde från löpande verksamhet", fmt(lop, 0)],
            ["Investeringar", fmt(-INV_SUM[0], 0)], ["Nyupptagna lån", fmt(10000, 0)],
            ["Årets kassaflöde", fmt(lop - INV_SUM[0] + 10000, 0)]]
    d.table("Kassaflödesbudget 2025, tkr", [["Tkr", "Budget 2025"]], rows, [100, 30],
            bold_rows=("Kassaflöde från löpande verksamhet", "Årets kassaflöde"))
    d.h1("Taxor och avgifter")
    d.p("Taxorna för vatten och avlopp höjs med 6 procent 2025. Renhållningstaxan höjs med 4 procent. "
        "Hamnavgiften för en säsongsplats i gästhamnen i Valdemarsvik höjs från 4 800 kronor till 5 200 kronor.")
    d.p("Avgiften i kulturskolan är oförändrad, 450 kronor per termin.")
    d.output(path)


def ar_pdf(path):
    d = Doc("Valdemarsviks kommun  Årsredovisning 2023")
    d.add_page()
    d.set_font("DV", "B", 24)
    d.ln(45)
    d.multi_cell(0, 12, "Årsredovisning 2023", new_x="LMARGIN", new_y="NEXT")
    d.set_font("DV", "", 12)
    d.multi_cell(0, 7, "Valdemarsviks kommun\nGodkänd av kommunfullmäktige 2024-04-22 § 31", new_x="LMARGIN",
                 new_y="NEXT")
    d.add_page()
    d.h1("Förvaltningsberättelse")
    d.h2("Årets resultat")
    d.p(f"Årets resultat blev {fmt(ARES[0] / 1000)} miljoner kronor, vilket är 6,1 miljoner kronor bättre än "
        "budget. Det positiva resultatet förklaras främst av högre skatteintäkter än beräknat och en "
        "engångsintäkt på 2,3 miljoner kronor från försäljningen av den tidigare skolan i Ringarum.")
    d.p("Socialnämnden redovisade ett underskott på 5,8 miljoner kronor, främst inom hemtjänsten och "
        "placeringar inom individ- och familjeomsorgen. Utbildningsnämnden redovisade ett underskott på "
        "2,0 miljoner kronor.")
    d.h2("Personal")
    d.p("Antalet tillsvidareanställda uppgick till 742 personer den 31 december 2023. Sjukfrånvaron var "
        "8,1 procent, en ökning med 0,3 procentenheter jämfört med 2022.")
    d.h2("Investeringar")
    d.p("Nettoinvesteringarna uppgick till 38,6 miljoner kronor mot budgeterade 52,0 miljoner kronor. "
        "Den nya förskolan i Valdemarsvik, Förskolan Ekbacken, togs i bruk i augusti 2023.")
    d.h2("Budgetavvikelse per nämnd")
    rows = []
    for k, (b, u) in AR_NAMND.items():
        rows.append([k, fmt(b, 0), fmt(u, 0), fmt(b - u, 0, neg="()")])
    bs = sum(v[0] for v in AR_NAMND.values()); us = sum(v[1] for v in AR_NAMND.values())
    rows.append(["Summa", fmt(bs, 0), fmt(us, 0), fmt(bs - us, 0, neg="()")])
    d.table("Nettokostnad per nämnd 2023 (tkr)", [["Nämnd", "Budget", "Utfall", "Avvikelse"]], rows,
            [70, 30, 30, 30], bold_rows=("Summa",))
    d.add_page()
    d.h1("Resultaträkning")
    hdr = [["Belopp i tkr", "Not", "Utfall", "Utfall", "Budget"], ["", "", "2022", "2023", "2023"]]
    b23 = {"int": 112000, "kost": -662600, "avs": -28000, "skatt": 412740, "gsb": 170500, "fint": 1500, "fkost": -4300}
    u22 = {"int": 118300, "kost": -653440, "avs": -26100, "skatt": 395100, "gsb": 176200, "fint": 1390, "fkost": -2230}
    u23 = {"int": INT[0], "kost": KOST[0], "avs": AVS[0], "skatt": SKATT[0], "gsb": GSB[0], "fint": FINT[0], "fkost": FKOST[0]}

    def lines(x):
        n = x["int"] + x["kost"] + x["avs"]
        v = n + x["skatt"] + x["gsb"]
        return [x["int"], x["kost"], x["avs"], n, x["skatt"], x["gsb"], v, x["fint"], x["fkost"], v + x["fint"] + x["fkost"]]
    labels = [("Verksamhetens intäkter", "1"), ("Verksamhetens kostnader", "2"), ("Avskrivningar", "3"),
              ("Verksamhetens nettokostnader", ""), ("Skatteintäkter", "4"), ("Generella statsbidrag och utjämning", "5"),
              ("Verksamhetens resultat", ""), ("Finansiella intäkter", "6"), ("Finansiella kostnader", "7"),
              ("Årets resultat", "")]
    L22, L23, LB = lines(u22), lines(u23), lines(b23)
    global AR_RR
    AR_RR = {labels[i][0]: (L22[i], L23[i], LB[i]) for i in range(10)}
    rows = [[labels[i][0], labels[i][1], fmt(L22[i], 0, neg="()"), fmt(L23[i], 0, neg="()"), fmt(LB[i], 0, neg="()")]
            for i in range(10)]
    d.table(None, hdr, rows, [70, 14, 26, 26, 26],
            bold_rows=("Verksamhetens nettokostnader", "Verksamhetens resultat", "Årets resultat"))
    d.note("Negativa belopp anges inom parentes.")
    d.h1("Nyckeltal")
    rows = [["Invånare 31 december", "7 645", "7 628"], ["Skattesats, kr", "22,61", "22,61"],
            ["Årets resultat, % av skatter och statsbidrag", "1,6", fmt(100 * ARES[0] / (SKATT[0] + GSB[0]))],
            ["Soliditet inkl. pensionsåtaganden, %", "-6,0", "-4,2"], ["Låneskuld, mnkr", "196", "214"]]
    d.table(None, [["Nyckeltal", "2022", "2023"]], rows, [110, 25, 25])
    d.output(path)


def html(path):
    hist = [("2021", "22,61", "11,55", "34,16"), ("2022", "22,61", "11,55", "34,16"), ("2023", "22,61", "11,55", "34,16"),
            ("2024", "22,61", "11,55", "34,16"), ("2025", TAX, "11,55", "34,41")]
    rows = "\n".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{e}</td></tr>" for a, b, c, e in hist)
    s = f"""<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>Finansiell information | Valdemarsviks kommun</title></head>
<body>
<div class="cookies">Vi använder kakor för att förbättra webbplatsen. <a href="/kakor">Läs mer om kakor</a> <button>Jag förstår</button></div>
<header><div class="logo">Valdemarsviks kommun</div>
<nav><a href="/">Start</a> | <a href="/uppleva">Uppleva och göra</a> | <a href="/omsorg">Omsorg och stöd</a> | <a href="/utbildning">Utbildning och barnomsorg</a> | <a href="/kommun">Kommun och politik</a></nav>
<form role="search"><input type="text" placeholder="Sök"></form>
</header>
<main>
<h1>Finansiell information</h1>
<p>Här hittar du information om Valdemarsviks kommuns ekonomi: budget, årsredovisning och skattesats.</p>
<h2>Skattesats</h2>
<p>Från och med 1 januari 2025 är kommunalskatten i Valdemarsvik {TAX} kronor. Den totala skattesatsen inklusive Region Östergötland är 34,41 kronor.</p>
<table>
<caption>Skattesats per år, kronor per 100 kr beskattningsbar inkomst</caption>
<tr><th>År</th><th>Kommunen</th><th>Region Östergötland</th><th>Totalt</th></tr>
{rows}
</table>
<h2>Årets resultat</h2>
<p>Kommunens resultat för 2023 blev {fmt(ARES[0] / 1000)} miljoner kronor. För 2025 är resultatet budgeterat till {fmt(ARES[2] / 1000)} miljoner kronor.</p>
<h2>Kommunens lån</h2>
<p>Kommunen lånar via Kommuninvest. Låneskulden var 214 miljoner kronor den 31 december 2023, vilket motsvarar cirka 28 000 kronor per invånare.</p>
<h2>Dokument</h2>
<ul><li><a href="budget-och-plan-2025-2027.pdf">Budget och plan 2025–2027 (pdf)</a></li><li><a href="arsredovisning-2023.pdf">Årsredovisning 2023 (pdf)</a></li></ul>
<p>Senast uppdaterad: 3 februari 2025</p>
</main>
<footer>Valdemarsviks kommun | Box 501 | 615 25 Valdemarsvik | Telefon 0123-191 00 | kommun@valdemarsvik.se
<a href="/tillganglighet">Tillgänglighet</a> <a href="/personuppgifter">Personuppgifter</a></footer>
</body></html>
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(s)


def protokoll_docx(path):
    doc = docx.Document()
    doc.styles["Normal"].font.size = Pt(11)
    doc.add_heading("Protokoll – Kommunfullmäktige", 0)
    doc.add_paragraph("Valdemarsviks kommun\nSammanträdesdatum: 2024-11-25\nPlats och tid: Kommunhuset, "
                      "fullmäktigesalen, kl. 18.00–21.20")
    doc.add_paragraph("Ordförande: Per-Olof Nyström (C). Sekreterare: Linnea Sjöberg. Justerare: Eva Magnusson (M) och "
                      "Tomas Heed (S).")
    doc.add_heading("§ 96 Allmänhetens frågestund", level=2)
    doc.add_paragraph("Två frågor ställdes om vinterväghållningen i Gryt och om öppettiderna på återvinningscentralen.")
    doc.add_heading("§ 97 Budget och plan 2025–2027 samt skattesats 2025", level=2)
    doc.add_paragraph(f"Ärendebeskrivning: Kommunstyrelsen föreslår att skattesatsen för 2025 höjs från {TAX_OLD} "
                      f"kronor till {TAX} kronor och att budget och plan 2025–2027 fastställs med ett resultat på "
                      f"{fmt(ARES[2], 0)} tkr för 2025.")
    doc.add_paragraph("Yrkanden: Anna-Karin Bergström (S) yrkar bifall till kommunstyrelsens förslag. Eva Magnusson (M) "
                      "yrkar bifall till Moderaternas förslag med oförändrad skattesats. Stig Lund (SD) yrkar bifall "
                      "till Sverigedemokraternas förslag.")
    doc.add_paragraph("Omröstning: Votering begärs. Följande voteringsordning godkänns: den som bifaller kommunstyrelsens "
                      "förslag röstar ja, den som bifaller Moderaternas förslag röstar nej.")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Parti", "Ja", "Nej", "Avstår"]):
        t.rows[0].cells[i].text = h
    votes = [("Socialdemokraterna", 10, 0, 0), ("Centerpartiet", 5, 0, 0), ("Moderaterna", 0, 6, 0),
             ("Sverigedemokraterna", 0, 0, 5), ("Vänsterpartiet", 2, 0, 0), ("Kristdemokraterna", 0, 2, 0),
             ("Liberalerna", 1, 0, 0)]
    for v in votes:
        c = t.add_row().cells
        for i, x in enumerate(v):
            c[i].text = str(x)
    c = t.add_row().cells
    for i, x in enumerate(["Summa", sum(v[1] for v in votes), sum(v[2] for v in votes), sum(v[3] for v in votes)]):
        c[i].text = str(x)
    doc.add_paragraph("Beslut: Kommunfullmäktige beslutar med 18 ja-röster mot 8 nej-röster, 5 avstod, att fastställa "
                      f"skattesatsen för 2025 till {TAX} kronor och att anta budget och plan 2025–2027 enligt "
                      "kommunstyrelsens förslag.")
    doc.add_paragraph("Reservation: Moderaterna och Kristdemokraterna reserverar sig mot beslutet till förmån för eget "
                      "förslag. Sverigedemokraterna lämnar en skriftlig reservation.")
    doc.add_heading("§ 98 Investeringsbudget 2025 – omfördelning av medel", level=2)
    doc.add_paragraph("Ärendebeskrivning: Ombyggnaden av vattenverket i Gryt har blivit dyrare än beräknat. Kommunstyrelsen "
                      "föreslår att 1 500 tkr flyttas från projektet Ny kaj i Valdemarsviks hamn till vattenverket i Gryt.")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Projekt", "Budget 2025, tkr", "Omfördelning, tkr", "Ny budget 2025, tkr"]):
        t.rows[0].cells[i].text = h
    for n, a, b in [("Vattenverk Gryt, ombyggnad", 15400, 1500), ("Ny kaj i Valdemarsviks hamn", 8000, -1500)]:
        c = t.add_row().cells
        c[0].text = n; c[1].text = fmt(a, 0); c[2].text = fmt(b, 0); c[3].text = fmt(a + b, 0)
    doc.add_paragraph("Beslut: Kommunfullmäktige beslutar enligt kommunstyrelsens förslag. Beslutet är enhälligt.")
    doc.add_heading("§ 99 Val av ersättare i socialnämnden", level=2)
    doc.add_paragraph("Kommunfullmäktige väljer Karin Alm (C) till ny ersättare i socialnämnden efter Jonas Berg (C) "
                      "för tiden till och med 2026-12-31.")
    cp = doc.core_properties
    cp.author = "Valdemarsviks kommun"; cp.title = "Protokoll KF 2024-11-25"
    cp.created = FIXED_DT.replace(tzinfo=None); cp.modified = FIXED_DT.replace(tzinfo=None)
    cp.last_modified_by = "Valdemarsviks kommun"; cp.revision = 1
    doc.save(path)
    fix_zip(path)


def verks_rows():
    out, si, sk = [], 0, 0
    for r in VERKS:
        if len(r) == 2 and r[1] is None:
            out.append([r[0], None, None, None]); si = sk = 0
        elif len(r) == 2:
            out.append([r[0], si, sk, si - sk])
        else:
            out.append([r[0], r[1], r[2], r[1] - r[2]]); si += r[1]; sk += r[2]
    return out


def xlsx(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Driftbudget 2025"
    ws.append(["Driftbudget 2025 per verksamhet – Utbildningsnämnden och Socialnämnden"])
    ws.append(["Belopp i tkr"])
    ws.append(["Verksamhet", "Intäkter", "Kostnader", "Netto"])
    for r in verks_rows():
        ws.append(r)
    ws2 = wb.create_sheet("Utfall 2019-2023")
    ws2.append(["Utfall 2019–2023"])
    ws2.append(["Nettokostnad och resultat i tkr, skattesats i kronor"])
    ws2.append(["År", "Verksamhetens nettokostnad", "Årets resultat", "Skattesats", "Invånare"])
    for r in UTFALL_AR:
        ws2.append(list(r))
    wb.properties.creator = "Valdemarsviks kommun"
    wb.properties.created = FIXED_DT.replace(tzinfo=None)
    wb.properties.modified = FIXED_DT.replace(tzinfo=None)
    wb.save(path)
    fix_zip(path)


def press(path):
    s = f"""PRESSMEDDELANDE
Valdemarsviks kommun, 2024-03-28

Valdemarsvik visar överskott för 2023

Valdemarsviks kommun redovisar ett resultat på {fmt(ARES[0] / 1000)} miljoner kronor för 2023. Det framgår av årsredovisningen som kommunstyrelsen behandlade i dag. Resultatet är 6,1 miljoner kronor bättre än budget.

- Resultatet ger oss en viss buffert, men vi ser att kostnaderna inom socialtjänsten fortsätter att öka, säger Anna-Karin Bergström (S), kommunstyrelsens ordförande.

Under året invigdes Förskolan Ekbacken med plats för 90 barn. Kommunen har också satsat 700 000 kronor på att rusta upp vandringslederna i Gryts skärgård.

Socialnämnden gick med ett underskott på 5,8 miljoner kronor. Ekonomichef Henrik Dahl pekar på höga kostnader för placeringar och ett ökat behov av hemtjänst.

Årsredovisningen behandlas av kommunfullmäktige den 22 april.

Kontakt: Henrik Dahl, ekonomichef, 0123-191 45
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(s)


def build(out):
    os.makedirs(out, exist_ok=True)
    budget_pdf(os.path.join(out, "budget-och-plan-2025-2027.pdf"))
    ar_pdf(os.path.join(out, "arsredovisning-2023.pdf"))
    html(os.path.join(out, "finansiell-information.html"))
    protokoll_docx(os.path.join(out, "protokoll-kf-2024-11-25.docx"))
    xlsx(os.path.join(out, "driftbudget-per-verksamhet-2025.xlsx"))
    press(os.path.join(out, "pressmeddelande-arsredovisning-2023.txt"))
