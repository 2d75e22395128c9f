"""Eda kommun: documents for the mb32 corpus."""
import os
from docx import Document
from openpyxl import Workbook
from openpyxl.styles import Font
from common import Doc, sv, fix_zip, html_page

YEARS = ["2023", "2024", "2025", "2026", "2027"]
KIND = ["Bokslut", "Budget", "Budget", "Plan", "Plan"]
INV = 8420  # invånare underlag budget 2025

DRIFT = [
    ("Kommunstyrelsen", [98.4, 101.2, 104.6, 106.9, 109.3]),
    ("Barn- och utbildningsnämnden", [262.1, 270.5, 279.8, 286.2, 293.0]),
    ("Socialnämnden", [251.7, 258.3, 270.9, 279.4, 287.1]),
    ("Miljö- och byggnämnden", [8.9, 9.2, 9.6, 9.8, 10.0]),
    ("Kultur- och fritidsnämnden", [21.3, 22.0, 21.4, 21.9, 22.4]),
    ("Tekniska nämnden", [19.8, 20.6, 21.5, 22.1, 22.8]),
    ("Revision", [1.2, 1.2, 1.3, 1.3, 1.3]),
    ("Överförmyndarnämnden", [2.1, 2.3, 2.4, 2.4, 2.5]),
]
GEM = [
    ("Pensioner och försäkringar", [9.6, 11.8, 12.5, 13.1, 13.7]),
    ("Löne- och prisreserv", [0.0, 5.2, 5.1, 5.4, 5.6]),
]
INTAKT = [168.4, 160.2, 165.0, 168.3, 171.6]
AVSKR = [-31.2, -33.0, -35.4, -37.9, -39.6]
SKATT = [489.7, 508.1, 526.3, 543.0, 560.2]
STATSB = [207.5, 215.4, 222.8, 228.1, 232.9]
FINI = [3.1, 2.5, 2.4, 2.4, 2.4]
FINK = [-4.9, -6.8, -7.9, -8.6, -9.2]

INVEST = [  # tkr
    ("sec", "Kommunstyrelsen"),
    ("IT-infrastruktur och digitalisering", "KS", [2500, 2500, 2000]),
    ("Bredband landsbygd", "KS", [3000, 1500, 0]),
    ("sec", "Barn- och utbildningsnämnden"),
    ("Ny förskola Charlottenberg", "BUN", [18500, 24000, 6000]),
    ("Inventarier skolor", "BUN", [1200, 1200, 1200]),
    ("sec", "Socialnämnden"),
    ("Trygghetslarm och välfärdsteknik", "SN", [1800, 900, 900]),
    ("Ombyggnad Solgården, särskilt boende", "SN", [7500, 0, 0]),
    ("sec", "Tekniska nämnden"),
    ("Gång- och cykelväg Åmotfors", "TN", [6000, 6000, 0]),
    ("Reinvestering gator och broar", "TN", [5500, 5500, 5500]),
    ("VA-sanering Koppom", "TN", [9000, 12000, 8000]),
    ("sec", "Kultur- och fritidsnämnden"),
    ("Konstgräsplan Charlottenberg", "KFN", [4200, 0, 0]),
]


def r1(x):
    return round(x + 0.0, 1)


def totals():
    nam = [r1(sum(v[i] for _, v in DRIFT)) for i in range(5)]
    gem = [r1(sum(v[i] for _, v in GEM)) for i in range(5)]
    tot = [r1(nam[i] + gem[i]) for i in range(5)]
    # nettokostnad = intäkter + kostnader + avskrivningar  ->  kostnader
    kost = [r1(-tot[i] - INTAKT[i] - AVSKR[i]) for i in range(5)]
    netto = [r1(INTAKT[i] + kost[i] + AVSKR[i]) for i in range(5)]
    vres = [r1(netto[i] + SKATT[i] + STATSB[i]) for i in range(5)]
    res = [r1(vres[i] + FINI[i] + FINK[i]) for i in range(5)]
    return nam, gem, tot, kost, netto, vres, res


FILLER = {
    "Kommunstyrelsen": [
        "Kommunstyrelsen leder och samordnar kommunens verksamhet och har uppsikt över nämnderna. Under styrelsen finns kommunledningskontoret med ekonomi, personal, kansli, näringsliv och kommunikation samt räddningstjänsten.",
        "Under planperioden prioriteras arbetet med kompetensförsörjning och digitalisering. Gemensamma e-tjänster ska ersätta pappersblanketter och ett nytt ärendehanteringssystem införs under 2025.",
        "Näringslivsarbetet inriktas på gränshandeln i Charlottenberg, besöksnäringen och de små företagen på landsbygden. Kommunen deltar i det gränsregionala samarbetet med Eidskog och Kongsvinger.",
    ],
    "Barn- och utbildningsnämnden": [
        "Barn- och utbildningsnämnden ansvarar för förskola, fritidshem, grundskola, grundsärskola, gymnasieskola och vuxenutbildning. Gymnasieeleverna går till största delen på Eda gymnasium eller i Arvika.",
        "Barnantalet i förskolan i Charlottenberg ökar och lokalerna är trånga. Därför planeras en ny förskola med sex avdelningar som ska stå klar hösten 2026. Under tiden används tillfälliga moduler.",
        "Nämnden ska fortsätta arbetet med att höja måluppfyllelsen i grundskolan. Andelen elever i årskurs 9 som är behöriga till gymnasiets yrkesprogram ska öka till minst 85 procent.",
    ],
    "Socialnämnden": [
        "Socialnämnden ansvarar för äldreomsorg, hemsjukvård, stöd och service till personer med funktionsnedsättning samt individ- och familjeomsorg. Nämnden har de senaste åren haft svårt att hålla budget.",
        "Nämnden redovisade 2023 ett underskott på 9,8 miljoner kronor, främst på grund av ökade kostnader för placeringar av barn och unga och för bemanning inom hemtjänsten. En åtgärdsplan har tagits fram.",
        "Ramen för 2025 förstärks för att täcka volymökningar inom äldreomsorgen. Samtidigt ska heltid som norm, ny schemaläggning och välfärdsteknik minska beroendet av timanställda och inhyrd personal.",
    ],
    "Miljö- och byggnämnden": [
        "Miljö- och byggnämnden är kommunens myndighetsnämnd för plan- och bygglagen, miljöbalken och livsmedelslagstiftningen. Handläggningstiden för bygglov ska vara högst fyra veckor från komplett ansökan.",
    ],
    "Kultur- och fritidsnämnden": [
        "Kultur- och fritidsnämnden ansvarar för bibliotek, fritidsgårdar, idrottsanläggningar, föreningsstöd och kulturskola. Nämnden ska spara 850 000 kronor 2025, bland annat genom ändrade öppettider på biblioteksfilialen i Koppom.",
        "Föreningsbidragen ligger kvar på samma nivå som 2024. Samtidigt avsätts 600 000 kronor till feriearbeten för ungdomar under sommaren.",
    ],
    "Tekniska nämnden": [
        "Tekniska nämnden ansvarar för gator och vägar, parker, kommunala fastigheter, vatten och avlopp samt avfallshantering. Vatten och avlopp samt avfall finansieras helt med avgifter och påverkar inte skattesatsen.",
        "Under planperioden genomförs en omfattande sanering av vatten- och avloppsnätet i Koppom. Gång- och cykelvägen mellan Åmotfors centrum och skolan byggs under 2025 och 2026.",
    ],
}


def budget_pdf(out):
    nam, gem, tot, kost, netto, vres, res = totals()
    d = Doc("Eda kommun · Mål och budget 2025–2027", "Eda kommun – Mål och budget 2025 med plan för 2026–2027")
    d.add_page()
    d.set_font("DV", "B", 26)
    d.ln(40)
    d.multi_cell(0, 13, "Mål och budget 2025\nmed plan för 2026–2027")
    d.ln(8)
    d.set_font("DV", "", 13)
    d.multi_cell(0, 7, "Eda kommun\nAntagen av kommunfullmäktige 2024-11-26, § 87\nDiarienummer KS 2024/212")
    d.add_page()
    d.h1("Innehåll")
    d.p("Ordföranden har ordet ... 2\nKommunens vision och mål ... 3\nEkonomiska förutsättningar ... 4\nResultatbudget ... 5\nDriftbudget per nämnd ... 6\nBalansbudget ... 7\nInvesteringsbudget ... 8\nNämndernas uppdrag ... 9")
    d.h1("Ordföranden har ordet")
    d.p("Eda står inför ett par år med stora utmaningar. Befolkningen minskar något samtidigt som antalet äldre ökar och kostnaderna för omsorgen växer snabbare än skatteintäkterna. Ändå lägger vi nu en budget med ett positivt resultat för alla tre åren.")
    d.p(f"Skattesatsen lämnas oförändrad på 22,71 kronor per skattekrona. Årets resultat för 2025 budgeteras till {sv(res[2])} miljoner kronor. För att klara det genomför nämnderna effektiviseringar på sammanlagt 5,3 miljoner kronor, varav den största delen inom socialnämnden och barn- och utbildningsnämnden.")
    d.p("Vi fortsätter att investera i det som gör Eda attraktivt: en ny förskola i Charlottenberg, en säker gång- och cykelväg i Åmotfors och ett modernt vatten- och avloppsnät i Koppom. Investeringarna för 2025 uppgår till 59,2 miljoner kronor.")
    d.p("Jag vill tacka alla medarbetare för ett fantastiskt arbete under ett tufft år.")
    d.p("Linnéa Berg (C)\nKommunstyrelsens ordförande")
    d.add_page()
    d.h1("Kommunens vision och mål")
    d.p("Visionen för Eda kommun är ”Eda – gränslöst nära”. Kommunfullmäktige har antagit fyra inriktningsmål för mandatperioden 2023–2026. Varje nämnd bryter ned målen till egna nämndmål med mätbara indikatorer.")
    d.h2("Inriktningsmål")
    d.bullets([
        "Mål 1: Eda ska vara en attraktiv kommun att bo och verka i. Folkmängden ska vara minst 8 400 invånare år 2027.",
        "Mål 2: Barn och unga ska få en god start i livet. Andelen behöriga till gymnasiets yrkesprogram ska vara minst 85 procent.",
        "Mål 3: Äldre ska kunna leva ett tryggt och självständigt liv. Nöjdheten med hemtjänsten ska vara minst 90 procent.",
        "Mål 4: Kommunen ska ha en hållbar ekonomi och en god arbetsmiljö. Sjukfrånvaron ska understiga 7 procent.",
    ])
    d.h2("Finansiella mål för god ekonomisk hushållning")
    d.bullets([
        "Årets resultat ska uppgå till minst 1,5 procent av skatteintäkter och generella statsbidrag.",
        "Nettoinvesteringarna ska till minst 70 procent finansieras med egna medel under planperioden.",
        "Soliditeten inklusive pensionsförpliktelser ska inte minska.",
    ])
    d.p("Kommunen har ingen långsiktig upplåning för den skattefinansierade verksamheten men lånar till investeringar inom vatten och avlopp.")
    d.add_page()
    d.h1("Ekonomiska förutsättningar")
    d.p("Budgeten bygger på Sveriges Kommuner och Regioners skatteunderlagsprognos från oktober 2024 och på ett antagande om 8 420 invånare den 1 november 2024. Varje invånare mer eller mindre påverkar skatteintäkter och utjämning med cirka 68 000 kronor per år.")
    d.p(f"Skatteintäkterna beräknas till {sv(SKATT[2])} miljoner kronor 2025 och generella statsbidrag och utjämning till {sv(STATSB[2])} miljoner kronor. Tillsammans ökar de med 25,6 miljoner kronor jämfört med budget 2024.")
    d.p("Löneökningarna antas bli 3,4 procent 2025 och 3,2 procent per år därefter. Kostnaden för löneökningar budgeteras centralt i en löne- och prisreserv och fördelas till nämnderna när avtalen är klara.")
    d.p("Pensionskostnaderna ökar till följd av det nya pensionsavtalet AKAP-KR. Ökningen är cirka 1,4 miljoner kronor 2025 jämfört med 2024.")
    d.h2("Risker")
    d.p("De största riskerna i budgeten är fortsatt höga kostnader för placeringar inom individ- och familjeomsorgen, svårigheter att rekrytera sjuksköterskor och lärare samt en svagare konjunktur som kan minska skatteunderlaget. En procent lägre skatteunderlag motsvarar cirka 5,3 miljoner kronor.")
    # resultatbudget
    d.add_page()
    d.h1("Resultatbudget")
    d.p("Resultatbudgeten visar kommunens intäkter och kostnader och vilket resultat som förväntas för respektive år.")
    pct = [r1(res[i] / (SKATT[i] + STATSB[i]) * 100) for i in range(5)]
    rows = [
        ("row", ["Verksamhetens intäkter"] + [sv(v) for v in INTAKT]),
        ("row", ["Verksamhetens kostnader"] + [sv(v) for v in kost]),
        ("row", ["Avskrivningar"] + [sv(v) for v in AVSKR]),
        ("sum", ["Verksamhetens nettokostnader"] + [sv(v) for v in netto]),
        ("row", ["Skatteintäkter"] + [sv(v) for v in SKATT]),
        ("row", ["Generella statsbidrag och utjämning"] + [sv(v) for v in STATSB]),
        ("sum", ["Verksamhetens resultat"] + [sv(v) for v in vres]),
        ("row", ["Finansiella intäkter"] + [sv(v) for v in FINI]),
        ("row", ["Finansiella kostnader"] + [sv(v) for v in FINK]),
        ("sum", ["Årets resultat"] + [sv(v) for v in res]),
        ("row", ["Resultat i % av skatter och statsbidrag"] + [sv(v) for v in pct]),
    ]
    d.table([[""] + KIND, ["Belopp i mnkr"] + YEARS], rows, [66, 21, 21, 21, 21, 21], caption="Tabell 1. Resultatbudget")
    d.note("Resultat i procent anges i procent, övriga belopp i miljoner kronor.")
    d.p(f"Verksamhetens nettokostnader ökar med {sv(netto[1]-netto[2])} miljoner kronor mellan budget 2024 och budget 2025, vilket är något mer än ökningen av skatteintäkter och statsbidrag.")
    # driftbudget
    d.add_page()
    d.h1("Driftbudget per nämnd")
    d.p("Tabellen visar nämndernas nettokostnader (kommunbidrag). Kolumnen Förändring visar skillnaden mellan budget 2025 och budget 2024. Kronor per invånare är beräknat på 8 420 invånare.")
    d.p("Nämndernas ramar för 2025 har räknats upp med 2,0 procent för prisökningar. Utöver det har socialnämnden fått ett tillskott för volymökningar inom äldreomsorgen och barn- och utbildningsnämnden för fler barn i förskolan.")
    d.p("Löne- och prisreserven fördelas till nämnderna under året. Pensioner och försäkringar redovisas under gemensamma poster och ingår inte i nämndernas ramar.")
    for _ in range(3):
        d.p("Kommunbidraget är nämndens ram för nettokostnader. Nämnden ansvarar för att verksamheten bedrivs inom ramen och ska vid befarade underskott snarast ta fram en åtgärdsplan som redovisas för kommunstyrelsen.")
    rows = [("sec", ["Nämnder och styrelser"] + [""] * 7)]
    for n, v in DRIFT:
        rows.append(("row", [n] + [sv(x) for x in v] + [sv(v[2] - v[1], plus=True), sv(v[2] * 1e6 / INV, 0)]))
    rows.append(("sum", ["Summa nämnder"] + [sv(x) for x in nam] + [sv(nam[2] - nam[1], plus=True), sv(nam[2] * 1e6 / INV, 0)]))
    rows.append(("sec", ["Gemensamma poster"] + [""] * 7))
    for n, v in GEM:
        rows.append(("row", [n] + [sv(x) for x in v] + [sv(v[2] - v[1], plus=True), sv(v[2] * 1e6 / INV, 0)]))
    rows.append(("sum", ["Summa gemensamma poster"] + [sv(x) for x in gem] + [sv(gem[2] - gem[1], plus=True), sv(gem[2] * 1e6 / INV, 0)]))
    rows.append(("sum", ["Totalt nettokostnader"] + [sv(x) for x in tot] + [sv(tot[2] - tot[1], plus=True), sv(tot[2] * 1e6 / INV, 0)]))
    d.table([["", "Bokslut", "Budget", "Budget", "Plan", "Plan", "Föränd-", "kr per"],
             ["Belopp i mnkr", "2023", "2024", "2025", "2026", "2027", "ring", "invånare"]],
            rows, [50, 16, 16, 16, 16, 16, 16, 20], caption="Tabell 2. Driftbudget, nettokostnad per nämnd", fs=8)
    d.note("Kolumnen kr per invånare avser budget 2025 och anges i kronor.")
    # balans
    d.h1("Balansbudget")
    anl = [612.4, 641.0, 667.3, 693.5, 712.8]
    oms = [118.6, 104.2, 99.8, 97.1, 96.4]
    tillg = [r1(anl[i] + oms[i]) for i in range(5)]
    ek = [305.1, 322.0, 336.5, 351.7, 368.2]
    avs = [58.3, 60.1, 62.4, 64.0, 65.9]
    lang = [214.0, 226.0, 238.0, 247.0, 250.0]
    kort = [r1(tillg[i] - ek[i] - avs[i] - lang[i]) for i in range(5)]
    rows = [
        ("sec", ["Tillgångar"] + [""] * 5),
        ("row", ["Anläggningstillgångar"] + [sv(v) for v in anl]),
        ("row", ["Omsättningstillgångar"] + [sv(v) for v in oms]),
        ("sum", ["Summa tillgångar"] + [sv(v) for v in tillg]),
        ("sec", ["Eget kapital, avsättningar och skulder"] + [""] * 5),
        ("row", ["Eget kapital"] + [sv(v) for v in ek]),
        ("row", ["  därav årets resultat"] + [sv(v) for v in res]),
        ("row", ["Avsättningar för pensioner"] + [sv(v) for v in avs]),
        ("row", ["Långfristiga skulder"] + [sv(v) for v in lang]),
        ("row", ["Kortfristiga skulder"] + [sv(v) for v in kort]),
        ("sum", ["Summa eget kapital och skulder"] + [sv(v) for v in tillg]),
    ]
    d.table([[""] + KIND, ["Belopp i mnkr"] + YEARS], rows, [66, 21, 21, 21, 21, 21], caption="Tabell 3. Balansbudget")
    d.p("Soliditeten beräknas till 42,3 procent vid utgången av 2025. De långfristiga skulderna ökar med 12 miljoner kronor per år fram till 2026 på grund av investeringarna i vatten och avlopp.")
    # investering landscape
    d.add_page(orientation="L")
    d.h1("Investeringsbudget 2025–2027")
    d.p("Investeringsbudgeten omfattar nettoinvesteringar. Projekt som löper över flera år får startas först när kommunstyrelsen har godkänt en projektkalkyl.")
    rows = []
    s = [0, 0, 0]
    for it in INVEST:
        if it[0] == "sec":
            rows.append(("sec", [it[1], "", "", "", "", ""]))
            continue
        n, nm, v = it
        s = [s[i] + v[i] for i in range(3)]
        rows.append(("row", [n, nm] + [sv(x, 0) for x in v] + [sv(sum(v), 0)]))
    rows.append(("sum", ["Summa investeringar", ""] + [sv(x, 0) for x in s] + [sv(sum(s), 0)]))
    d.table([["Projekt", "Nämnd", "Budget", "Plan", "Plan", "Summa"],
             ["(tkr)", "", "2025", "2026", "2027", "2025–2027"]],
            rows, [95, 25, 32, 32, 32, 40], caption="Tabell 4. Investeringsbudget, tusental kronor (tkr)")
    d.note("Investeringar inom vatten och avlopp (VA-sanering Koppom) finansieras via VA-taxan.")
    # nämnder
    d.add_page(orientation="P")
    d.h1("Nämndernas uppdrag")
    for n, paras in FILLER.items():
        d.h2(n)
        for t in paras:
            d.p(t)
    d.h2("Uppföljning")
    d.p("Nämnderna följer upp ekonomin varje månad utom januari och juli. Delårsrapport per den 31 augusti och årsredovisning behandlas av kommunfullmäktige. Vid prognostiserat underskott ska nämnden besluta om åtgärder.")
    d.p("Budgeten har tagits fram av Centerpartiet, Socialdemokraterna och Kristdemokraterna som styr Eda kommun tillsammans under mandatperioden.")
    d.output(out)
    return res


def ar_pdf(out):
    d = Doc("Eda kommun · Årsredovisning 2024", "Årsredovisning 2024, Eda kommun")
    d.add_page()
    d.set_font("DV", "B", 26)
    d.ln(40)
    d.multi_cell(0, 13, "Årsredovisning 2024")
    d.set_font("DV", "", 13)
    d.multi_cell(0, 7, "Eda kommun\nGodkänd av kommunfullmäktige 2025-04-22, § 31")
    d.add_page()
    d.h1("Kommunstyrelsens ordförande har ordet")
    d.p("2024 blev ett ekonomiskt svårare år än vi räknade med. Årets resultat blev 11,8 miljoner kronor, vilket är 5,1 miljoner kronor lägre än budget. Det är socialnämndens underskott som drar ned resultatet, medan finansförvaltningen redovisar ett överskott.")
    d.p("Trots det klarar vi balanskravet och det finansiella målet om ett resultat på minst 1,5 procent av skatter och statsbidrag. Nettoinvesteringarna uppgick till 57,9 miljoner kronor mot budgeterade 68,0 miljoner kronor, främst för att bygget av förskolan i Charlottenberg har försenats.")
    d.p("Linnéa Berg (C), kommunstyrelsens ordförande")
    d.h1("Fem år i sammandrag")
    rows = [
        ("row", ["Folkmängd 31 december", "8 577", "8 528", "8 473", "8 402", "8 391"]),
        ("row", ["Kommunal skattesats, kr", "22,46", "22,46", "22,71", "22,71", "22,71"]),
        ("row", ["Årets resultat, mnkr", "24,6", "31,2", "18,9", "20,3", "11,8"]),
        ("row", ["Nettoinvesteringar, mnkr", "38,4", "45,1", "52,7", "61,3", "57,9"]),
        ("row", ["Soliditet, %", "41,2", "42,8", "42,5", "41,9", "40,6"]),
        ("row", ["Antal tillsvidareanställda", "842", "848", "853", "861", "857"]),
        ("row", ["Sjukfrånvaro, %", "6,9", "8,1", "7,8", "7,6", "7,4"]),
    ]
    d.table([["", "2020", "2021", "2022", "2023", "2024"]], rows, [66, 21, 21, 21, 21, 21], caption="Tabell 1. Fem år i sammandrag")
    d.h1("Förvaltningsberättelse")
    d.p("Befolkningen minskade med 11 personer under 2024. Födelsenettot var negativt, medan flyttnettot var positivt för första gången på fyra år, främst genom inflyttning från Norge.")
    d.p("Skatteintäkterna blev 2,9 miljoner kronor lägre än budget medan generella statsbidrag och utjämning blev 2,6 miljoner kronor högre. Finansförvaltningen redovisar totalt ett överskott på 5,7 miljoner kronor, bland annat tack vare lägre pensionskostnader.")
    d.p("Sjukfrånvaron minskade till 7,4 procent, men målet om en sjukfrånvaro under 7 procent nåddes inte.")
    d.add_page()
    d.h1("Resultaträkning")
    rows = [
        ("row", ["Verksamhetens intäkter", "1", "171,9", "160,2", "168,4"]),
        ("row", ["Verksamhetens kostnader", "2", "– 848,6", "– 829,5", "– 812,3"]),
        ("row", ["Avskrivningar", "3", "– 32,4", "– 33,0", "– 31,2"]),
        ("sum", ["Verksamhetens nettokostnader", "", "– 709,1", "– 702,3", "– 675,1"]),
        ("row", ["Skatteintäkter", "4", "505,2", "508,1", "489,7"]),
        ("row", ["Generella statsbidrag och utjämning", "5", "218,0", "215,4", "207,5"]),
        ("sum", ["Verksamhetens resultat", "", "14,1", "21,2", "22,1"]),
        ("row", ["Finansiella intäkter", "6", "3,4", "2,5", "3,1"]),
        ("row", ["Finansiella kostnader", "7", "– 5,7", "– 6,8", "– 4,9"]),
        ("sum", ["Årets resultat", "", "11,8", "16,9", "20,3"]),
    ]
    return d, rows


def ar_finish(d, rows, out):
    d.table([["", "", "Utfall", "Budget", "Utfall"], ["Belopp i mnkr", "Not", "2024", "2024", "2023"]], rows,
            [70, 14, 26, 26, 26], caption="Tabell 2. Resultaträkning")
    d.note("Noterna finns i den fullständiga årsredovisningen på eda.se.")
    d.h1("Nämndernas budgetavvikelse")
    d.p("Tabellen visar nämndernas avvikelse mot kommunbidraget. Positiva belopp är överskott och negativa belopp underskott.")
    av = [("Kommunstyrelsen", 1.4, 0.9), ("Barn- och utbildningsnämnden", -2.1, 1.2), ("Socialnämnden", -9.6, -9.8),
          ("Miljö- och byggnämnden", 0.3, 0.2), ("Kultur- och fritidsnämnden", 0.2, 0.4), ("Tekniska nämnden", -0.8, -1.1),
          ("Revision", 0.0, 0.1), ("Överförmyndarnämnden", -0.2, -0.3), ("Finansförvaltningen", 5.7, 11.3)]
    rows = [("row", [n, sv(a, neg="–"), sv(b, neg="–")]) for n, a, b in av]
    rows.append(("sum", ["Summa avvikelse", sv(sum(a for _, a, _ in av), neg="–"), sv(sum(b for _, _, b in av), neg="–")]))
    d.table([["", "Avvikelse", "Avvikelse"], ["Belopp i mnkr", "2024", "2023"]], rows, [90, 30, 30], caption="Tabell 3. Avvikelse mot budget per nämnd")
    d.p("Socialnämndens underskott förklaras av kostnader för externa placeringar av barn och unga, som blev 6,4 miljoner kronor högre än budgeterat, samt av hög personalomsättning inom hemtjänsten.")
    d.h1("Investeringar")
    d.p("De största investeringarna under 2024 var VA-ledningar i Koppom (14,2 miljoner kronor), reinvestering i gator och broar (6,1 miljoner kronor) och projekteringen av den nya förskolan i Charlottenberg (3,8 miljoner kronor).")
    d.h1("Personal")
    d.p("Vid årets slut hade kommunen 857 tillsvidareanställda, varav 82 procent kvinnor. Medelåldern var 46 år. Kostnaden för inhyrd personal inom socialnämnden uppgick till 3,6 miljoner kronor.")
    d.output(out)


def html(out):
    rows = [("Förskola och skola", 38), ("Äldreomsorg", 21), ("Funktionsstöd och individ- och familjeomsorg", 16),
            ("Politik, administration och stöd", 8), ("Gator, vägar, parker och räddningstjänst", 6),
            ("Näringsliv, bostäder och miljö", 4), ("Kultur och fritid", 3), ("Övrigt", 4)]
    tr = "\n".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows)
    body = f"""<h1>Så används din skatt</h1>
<p class="ingress">Den största delen av kommunens verksamhet finansieras med skatt. Här kan du se hur en hundralapp i skatt fördelas mellan kommunens verksamheter i budget 2025.</p>
<h2>Skattesats 2025</h2>
<p>Den kommunala skattesatsen i Eda är 22,71 kronor per hundralapp 2025. Till det kommer skatten till Region Värmland på 11,15 kronor, vilket ger en total skattesats på 33,86 kronor.</p>
<p>Om du tjänar 30 000 kronor i månaden betalar du ungefär 5 700 kronor i månaden i kommunalskatt till Eda kommun.</p>
<h2>Så fördelas 100 kronor</h2>
<table>
<caption>Fördelning av 100 kronor i skatt, budget 2025</caption>
<thead><tr><th>Verksamhet</th><th>Kronor</th></tr></thead>
<tbody>
{tr}
<tr><td><strong>Totalt</strong></td><td><strong>100</strong></td></tr>
</tbody>
</table>
<p>Fördelningen bygger på nämndernas nettokostnader i budget 2025. Vatten, avlopp och avfall betalas med avgifter och ingår inte.</p>
<h2>Vill du veta mer?</h2>
<p>Hela dokumentet Mål och budget 2025–2027 finns under Budget och årsredovisning. Har du frågor kan du kontakta ekonomichef Maria Holm via kommunens växel.</p>"""
    nav = ["Barn och utbildning", "Omsorg och stöd", "Bygga, bo och miljö", "Kultur och fritid", "Näringsliv och arbete", "Kommun och politik"]
    with open(out, "w", encoding="utf-8") as f:
        f.write(html_page("Eda kommun", "Så används din skatt", nav, body, "2025-01-15", "2025-02-03"))


def docx(out):
    doc = Document()
    doc.core_properties.author = "Eda kommun"
    doc.core_properties.title = "Protokoll kommunstyrelsen 2025-03-11"
    doc.add_heading("Eda kommun – Kommunstyrelsen", 0)
    doc.add_paragraph("SAMMANTRÄDESPROTOKOLL")
    doc.add_paragraph("Sammanträdesdatum: 2025-03-11")
    doc.add_paragraph("Plats och tid: Kommunhuset, Charlottenberg, kl. 09.00–11.45")
    doc.add_paragraph("Beslutande: Linnéa Berg (C), ordförande, Tomas Nyberg (S), vice ordförande, Kent Jansson (M), Ola Ek (SD), Birgitta Ström (KD), Anders Wik (S), Sara Lind (V), Mats Holm (C), Eva Dahl (M)")
    doc.add_paragraph("Övriga närvarande: Peter Sandberg, kommundirektör; Maria Holm, ekonomichef; Lena Öhman, sekreterare")
    doc.add_paragraph("Justerare: Kent Jansson (M)")
    doc.add_paragraph("Paragrafer: §§ 41–45")
    doc.add_heading("§ 41 Val av justerare", 2)
    doc.add_paragraph("Kommunstyrelsen beslutar att utse Kent Jansson (M) att jämte ordföranden justera protokollet.")
    doc.add_heading("§ 42 Budgetuppföljning februari 2025", 2)
    doc.add_paragraph("Dnr KS 2025/18")
    doc.add_paragraph("Ekonomichefen redovisar budgetuppföljningen efter februari. Kommunens samlade prognos för 2025 är ett resultat på 9,7 miljoner kronor, vilket är 4,8 miljoner kronor lägre än budget. Socialnämnden prognostiserar ett underskott på 6,2 miljoner kronor och barn- och utbildningsnämnden ett underskott på 1,1 miljoner kronor.")
    doc.add_paragraph("Beslut: Kommunstyrelsen noterar informationen och uppdrar åt socialnämnden att senast den 30 april redovisa en åtgärdsplan.")
    doc.add_heading("§ 43 Omfördelning av investeringsmedel 2025", 2)
    doc.add_paragraph("Dnr KS 2025/27")
    doc.add_paragraph("Upphandlingen av konstgräsplanen i Charlottenberg har gett ett anbud som överstiger budget. Förvaltningen föreslår att medel flyttas från reinvestering i gator och broar, där en brorenovering skjuts upp till 2026.")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Projekt", "Budget 2025 (tkr)", "Förändring (tkr)", "Ny budget 2025 (tkr)"]):
        t.rows[0].cells[i].text = h
    for r in [("Konstgräsplan Charlottenberg", "4 200", "+1 100", "5 300"),
              ("Reinvestering gator och broar", "5 500", "-1 100", "4 400"),
              ("Summa", "9 700", "0", "9 700")]:
        cells = t.add_row().cells
        for i, c in enumerate(r):
            cells[i].text = c
    doc.add_paragraph("Yrkanden: Linnéa Berg (C) yrkar bifall till förvaltningens förslag. Ola Ek (SD) yrkar att bron i Skillingsfors renoveras enligt plan och att konstgräsplanen skjuts upp.")
    doc.add_paragraph("Beslut: Kommunstyrelsen föreslår kommunfullmäktige besluta att omfördela 1 100 tkr från reinvestering gator och broar till konstgräsplan Charlottenberg i enlighet med tabellen ovan.")
    doc.add_paragraph("Reservation: Ola Ek (SD) reserverar sig mot beslutet till förmån för eget yrkande.")
    doc.add_heading("§ 44 Motion om fria bussresor för pensionärer", 2)
    doc.add_paragraph("Dnr KS 2024/156")
    doc.add_paragraph("Sara Lind (V) har i en motion föreslagit att invånare över 75 år ska få åka gratis med kollektivtrafiken i kommunen. Kostnaden har beräknats till cirka 420 000 kronor per år.")
    doc.add_paragraph("Beslut: Kommunstyrelsen föreslår kommunfullmäktige att avslå motionen med hänvisning till det ekonomiska läget.")
    doc.add_paragraph("Reservation: Sara Lind (V) och Anders Wik (S) reserverar sig mot beslutet till förmån för bifall till motionen.")
    doc.add_heading("§ 45 Anmälan av delegationsbeslut", 2)
    doc.add_paragraph("Förteckning över delegationsbeslut fattade under perioden 2025-01-15 – 2025-02-28 redovisas. Beslut: Kommunstyrelsen lägger redovisningen till handlingarna.")
    doc.add_paragraph("Vid protokollet: Lena Öhman. Ordförande: Linnéa Berg. Justerare: Kent Jansson.")
    doc.save(out)
    fix_zip(out)


def xlsx(out):
    wb = Workbook()
    ws = wb.active
    ws.title = "Nyckeltal"
    ws.append(["Eda kommun – verksamhetsstatistik 2020–2024"])
    ws.append(["Antal personer per 31 december där inget annat anges; nettokostnad i kronor per invånare"])
    ws.append(["År", "Folkmängd", "Barn i förskola", "Elever grundskola F–9", "Brukare hemtjänst", "Platser särskilt boende", "Nettokostnad per invånare (kr)"])
    data = [(2020, 8577, 398, 912, 241, 96, 74210), (2021, 8528, 402, 905, 248, 96, 76480),
            (2022, 8473, 417, 898, 252, 92, 79115), (2023, 8402, 431, 887, 266, 92, 80390),
            (2024, 8391, 446, 879, 271, 92, 84510)]
    for r in data:
        ws.append(list(r))
    ws["A1"].font = Font(bold=True, size=13)
    ws2 = wb.create_sheet("Nettokostnad verksamhet")
    ws2.append(["Nettokostnad per verksamhet 2022–2024"])
    ws2.append(["Belopp i tkr"])
    ws2.append(["Verksamhet", "Utfall 2022", "Utfall 2023", "Utfall 2024"])
    vk = [("Förskola", 48210, 51340, 54120), ("Grundskola och fritidshem", 121560, 126900, 131480),
          ("Gymnasieskola", 52430, 54010, 55870), ("Äldreomsorg", 138250, 144700, 152300),
          ("Funktionsstöd (LSS)", 47120, 49850, 51230), ("Individ- och familjeomsorg", 38900, 46210, 49780),
          ("Kultur och fritid", 20310, 21250, 21640), ("Gator, vägar och parker", 17450, 18120, 18960)]
    for r in vk:
        ws2.append(list(r))
    ws2.append(["Summa", sum(r[1] for r in vk), sum(r[2] for r in vk), sum(r[3] for r in vk)])
    wb.properties.creator = "Eda kommun"
    wb.save(out)
    fix_zip(out)


PRESS = """# Nu byggs gång- och cykelvägen i Åmotfors

**Pressmeddelande från Eda kommun, 2025-04-02**

I april startar bygget av den nya gång- och cykelvägen mellan Åmotfors centrum och Åmotfors skola. Sträckan är 1,8 kilometer lång och ska göra det tryggare för barn att gå och cykla till skolan.

Projektet kostar totalt 12 miljoner kronor, varav Trafikverket bidrar med 3,5 miljoner kronor genom statlig medfinansiering. Resten finansieras via kommunens investeringsbudget för 2025 och 2026.

– Många föräldrar har länge efterfrågat en säker skolväg. Nu blir det äntligen verklighet, säger Jonas Lund (S), ordförande i tekniska nämnden.

Arbetet utförs av Värmlands Mark & Väg AB och beräknas vara klart i oktober 2026. Under byggtiden leds trafiken om på Järnvägsgatan, och busshållplatsen vid Folkets hus flyttas tillfälligt.

**Kontakt**
Jonas Lund (S), ordförande tekniska nämnden, 0571-280 00
Karin Ahl, projektledare, samhällsbyggnadsförvaltningen, 0571-280 00
"""


def build(outdir):
    os.makedirs(outdir, exist_ok=True)
    budget_pdf(os.path.join(outdir, "mal-och-budget-2025-2027.pdf"))
    d, rows = ar_pdf(None)
    ar_finish(d, rows, os.path.join(outdir, "arsredovisning-2024.pdf"))
    html(os.path.join(outdir, "sa-anvands-din-skatt.html"))
    docx(os.path.join(outdir, "protokoll-ks-2025-03-11.docx"))
    xlsx(os.path.join(outdir, "verksamhetsstatistik-2020-2024.xlsx"))
    with open(os.path.join(outdir, "pressmeddelande-gang-och-cykelvag-amotfors.md"), "w", encoding="utf-8") as f:
        f.write(PRESS)


if __name__ == "__main__":
    import sys
    print(totals())
