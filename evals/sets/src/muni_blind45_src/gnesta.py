"""Gnesta kommun: budget PDF, delårsrapport PDF, HTML, DOCX KF-protokoll, XLSX, TXT pressmeddelande."""
import os
from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font
from common import Doc, fmt, fix_zip, docx_props, xlsx_props

INT = [118.4, 121.0, 124.5, 127.0, 129.5]
AVS = [-32.8, -34.5, -37.9, -41.2, -43.6]
SKATT = [642.7, 665.1, 689.4, 714.2, 739.8]
GSB = [236.5, 248.3, 256.9, 262.0, 268.4]
FINI = [3.1, 2.8, 2.5, 2.5, 2.5]
FINK = [-9.4, -11.2, -13.6, -15.8, -17.4]
RES = [12.6, 5.8, 14.2, 16.9, 19.5]
KOST = [round(r - (a + b + c + d + e + f), 1) for r, a, b, c, d, e, f in zip(RES, INT, AVS, SKATT, GSB, FINI, FINK)]
NETTO = [round(a + k + b, 1) for a, k, b in zip(INT, KOST, AVS)]
VRES = [round(n + s + g, 1) for n, s, g in zip(NETTO, SKATT, GSB)]

NAMND = [  # tkr: Budget 2025, Budget 2026, Plan 2027, Plan 2028
    ("Kommunfullmäktige och revision", [4850, 5020, 5100, 5150]),
    ("Kommunstyrelsen", [98400, 101650, 103900, 106200]),
    ("Barn- och utbildningsnämnden", [418200, 431900, 442800, 453500]),
    ("Vård- och omsorgsnämnden", [304100, 318450, 328600, 339100]),
    ("Bygg-, miljö- och hälsoskyddsnämnden", [7900, 8150, 8300, 8450]),
    ("Kultur- och fritidsnämnden", [21300, 21950, 22400, 22850]),
    ("Överförmyndare", [2150, 2240, 2300, 2360]),
]
SUMN = [sum(v[i] for _, v in NAMND) for i in range(4)]
TOT = [885800, round(-NETTO[2] * 1000), round(-NETTO[3] * 1000), round(-NETTO[4] * 1000)]
FINF = [t - s for t, s in zip(TOT, SUMN)]

INVEST = [
    ("Skattefinansierade investeringar", [("Ny idrottshall Frösunda", 28000, 14000, 0),
                                          ("Förskolan Vitalis, ombyggnad", 9500, 0, 0),
                                          ("Gator och gång- och cykelvägar", 6200, 6200, 6200),
                                          ("IT och digitalisering", 2400, 2400, 2400),
                                          ("Inventarier", 1800, 1800, 1800)]),
    ("Taxefinansierade investeringar (VA)", [("Reningsverket Gnesta, utbyggnad", 32000, 45000, 12000),
                                             ("Ledningsförnyelse", 8500, 8500, 8500)]),
]
INV_TOT = [sum(p[i] for _, ps in INVEST for p in ps) for i in (1, 2, 3)]


def g1(v):
    return fmt(v, 1, "– ")


def g0(v):
    return fmt(v, 0, "– ")


def budget_pdf(path):
    d = Doc("Gnesta kommun · Budget 2026 och plan 2027–2028", "Gnesta kommun")
    d.add_page()
    d.set_font("DV", "B", 24)
    d.ln(45)
    d.multi_cell(0, 12, "Budget 2026\noch plan 2027–2028", align="C", new_x="LMARGIN", new_y="NEXT")
    d.set_font("DV", "", 12)
    d.ln(6)
    d.multi_cell(0, 7, "Gnesta kommun\nBeslutad av kommunfullmäktige den 17 november 2025, § 86", align="C", new_x="LMARGIN", new_y="NEXT")

    d.add_page()
    d.h1("Förord")
    d.p("Gnesta är en kommun i rörelse. Vi blir fler, och med det följer både möjligheter och krav på nya "
        "förskolor, skolor och bostäder. Samtidigt är det ekonomiska läget ansträngt och alla verksamheter behöver "
        "hjälpas åt för att få ihop ekonomin.")
    d.p("I budgeten för 2026 lämnas skattesatsen oförändrad på 22,36 kronor. Budgeterat resultat är 14,2 "
        "miljoner kronor, vilket motsvarar 1,5 procent av skatteintäkter och statsbidrag. Vi genomför "
        "effektiviseringar på 9,8 miljoner kronor, samtidigt som vi satsar på barn och unga.")
    d.p("Den största investeringen är den nya idrottshallen i Frösunda, som ger skolan och föreningslivet en "
        "efterlängtad hall. Vi fortsätter också att bygga ut reningsverket så att Gnesta kan fortsätta växa.")
    d.p("Karin Åberg (M)\nKommunstyrelsens ordförande")

    d.add_page()
    d.h1("Mål och inriktning")
    d.p("Kommunfullmäktiges vision är Gnesta – den självklara platsen för ett hållbart liv nära Stockholm. "
        "Målet är att kommunen ska ha 13 000 invånare år 2035.")
    d.h2("Finansiella mål")
    d.bullets([
        "Resultatet ska uppgå till minst 1,5 procent av skatteintäkter och generella statsbidrag.",
        "Investeringar i skattefinansierad verksamhet ska finansieras med minst 70 procent egna medel.",
        "Låneskulden per invånare ska inte överstiga 45 000 kronor.",
    ])
    d.h2("Satsningar 2026")
    d.bullets([
        "1,2 miljoner kronor till utökade öppettider på fritidsgårdarna i Gnesta och Björnlunda.",
        "900 000 kronor till avgiftsfria sommarlovsaktiviteter för barn och unga.",
        "3,5 miljoner kronor till vård- och omsorgsnämnden för fler platser i hemtjänsten.",
        "650 000 kronor till en ny tjänst som näringslivsutvecklare.",
    ])
    d.h2("Effektiviseringar")
    d.p("Effektiviseringarna på 9,8 miljoner kronor fördelas i huvudsak på barn- och utbildningsnämnden "
        "(4,1 miljoner kronor) och vård- och omsorgsnämnden (3,6 miljoner kronor). Resterande del fördelas på "
        "kommunstyrelsen och övriga nämnder.")

    d.add_page()
    d.h1("Förutsättningar")
    d.p("Budgeten utgår från en befolkning på 11 600 invånare den 31 december 2026, en ökning med 80 personer "
        "jämfört med 2025. Skatteintäkterna bygger på SKR:s prognos från oktober 2025.")
    d.p("Kommunen planerar att låna 55 miljoner kronor under 2026, främst för utbyggnaden av reningsverket. "
        "Den genomsnittliga räntan beräknas till 3,1 procent.")
    d.p("Löneökningarna beräknas till 3,4 procent och prisökningarna till 2,2 procent. Pensionskostnaderna ökar "
        "med 2,6 miljoner kronor jämfört med 2025.")

    d.add_page()
    d.h1("Nämndernas uppdrag")
    d.h2("Kommunstyrelsen")
    d.p("Kommunstyrelsen leder och samordnar kommunens verksamhet och ansvarar för ekonomi, personal, "
        "näringsliv, samhällsplanering samt gator, vatten och avlopp. Under 2026 ska en ny översiktsplan tas fram "
        "och arbetet med detaljplanen för Vackerby industriområde slutföras.")
    d.h2("Barn- och utbildningsnämnden")
    d.p("Nämnden ansvarar för förskola, grundskola, gymnasieskola och vuxenutbildning. Antalet elever i "
        "grundskolan beräknas öka med cirka 40 till höstterminen 2026. Förskolan Vitalis byggs om och får två "
        "nya avdelningar.")
    d.h2("Vård- och omsorgsnämnden")
    d.p("Nämnden ansvarar för äldreomsorg, stöd till personer med funktionsnedsättning samt individ- och "
        "familjeomsorg. Antalet personer över 80 år i Gnesta väntas öka med 25 procent fram till 2030.")
    d.h2("Kultur- och fritidsnämnden")
    d.p("Nämnden ansvarar för bibliotek, kulturskola, fritidsgårdar och idrottsanläggningar. Föreningsbidragen "
        "räknas upp med 2 procent 2026.")
    d.h2("Bygg-, miljö- och hälsoskyddsnämnden")
    d.p("Nämnden ansvarar för bygglov, miljötillsyn och livsmedelskontroll. Taxorna räknas upp enligt "
        "prisindex för kommunal verksamhet.")

    d.add_page()
    d.h1("Personal och arbetsgivarfrågor")
    d.p("Gnesta kommun är en av kommunens största arbetsgivare med drygt 1 000 tillsvidareanställda. "
        "Kompetensförsörjningen är en av de största utmaningarna de kommande åren, särskilt inom förskola, "
        "skola och äldreomsorg.")
    d.p("Målet är att sjukfrånvaron ska vara lägre än 7,0 procent. Heltid ska vara norm och andelen medarbetare "
        "med heltidsanställning ska öka till 90 procent 2028.")
    d.h2("Ordlista")
    d.p("Nettokostnad: verksamhetens kostnader minus verksamhetens intäkter.\n"
        "Soliditet: eget kapital i procent av totala tillgångar.\n"
        "Ram: den nettokostnad som kommunfullmäktige beslutat att en nämnd får använda.\n"
        "Självfinansieringsgrad: andel av investeringarna som finansieras med egna medel.")

    d.add_page()
    d.h1("Resultatbudget")
    hdr = [["", "", "Utfall", "Prognos", "Budget", "Plan", "Plan"], ["Miljoner kronor", "Not", "2024", "2025", "2026", "2027", "2028"]]
    W = [58, 10, 20.4, 20.4, 20.4, 20.4, 20.4]
    rows = [
        ("row", ["Verksamhetens intäkter", "1"] + [g1(v) for v in INT]),
        ("row", ["Verksamhetens kostnader", "2"] + [g1(v) for v in KOST]),
        ("row", ["Avskrivningar", "3"] + [g1(v) for v in AVS]),
        ("sum", ["Verksamhetens nettokostnader", ""] + [g1(v) for v in NETTO]),
        ("row", ["Skatteintäkter", "4"] + [g1(v) for v in SKATT]),
        ("row", ["Generella statsbidrag och utjämning", "5"] + [g1(v) for v in GSB]),
        ("sum", ["Verksamhetens resultat", ""] + [g1(v) for v in VRES]),
        ("row", ["Finansiella intäkter", ""] + [g1(v) for v in FINI]),
        ("row", ["Finansiella kostnader", ""] + [g1(v) for v in FINK]),
        ("sum", ["Årets resultat", ""] + [g1(v) for v in RES]),
    ]
    d.table(hdr, rows, W, caption="Resultatbudget 2026–2028")
    d.note("Not 1–3: Avser kommunens samtliga verksamheter inklusive VA. Not 4–5: Enligt SKR:s prognos "
           "oktober 2025 och 11 600 invånare.")

    d.h1("Kassaflödesbudget")
    PENS = [2.6, 2.8, 3.0]
    LOP = [round(r + (-a) + p, 1) for r, a, p in zip(RES[2:], AVS[2:], PENS)]
    INVM = [-x / 1000 for x in INV_TOT]
    LAN = [55.0, 30.0, 0.0]
    AMO = [-10.0, -10.0, -12.0]
    FIN = [round(a + b, 1) for a, b in zip(LAN, AMO)]
    KF = [round(a + b + c, 1) for a, b, c in zip(LOP, INVM, FIN)]
    self_kf = KF
    hdrk = [["", "Budget", "Plan", "Plan"], ["Miljoner kronor", "2026", "2027", "2028"]]
    Wk = [90, 25, 25, 25]
    rows = [
        ("sec", ["Den löpande verksamheten"]),
        ("row", ["Årets resultat"] + [g1(v) for v in RES[2:]]),
        ("row", ["Justering för avskrivningar"] + [g1(-v) for v in AVS[2:]]),
        ("row", ["Justering för pensionsavsättningar"] + [g1(v) for v in PENS]),
        ("sum", ["Kassaflöde från den löpande verksamheten"] + [g1(v) for v in LOP]),
        ("sec", ["Investeringsverksamheten"]),
        ("row", ["Investering i materiella anläggningstillgångar"] + [g1(v) for v in INVM]),
        ("sum", ["Kassaflöde från investeringsverksamheten"] + [g1(v) for v in INVM]),
        ("sec", ["Finansieringsverksamheten"]),
        ("row", ["Nyupptagna lån"] + [g1(v) for v in LAN]),
        ("row", ["Amortering av skuld"] + [g1(v) for v in AMO]),
        ("sum", ["Kassaflöde från finansieringsverksamheten"] + [g1(v) for v in FIN]),
        ("sum", ["Årets kassaflöde"] + [g1(v) for v in KF]),
    ]
    d.table(hdrk, rows, Wk, caption="Kassaflödesbudget")

    d.add_page()
    d.h1("Balansbudget")
    ANL = [812.6]
    for inv, a in zip(INV_TOT, AVS[2:]):
        ANL.append(round(ANL[-1] + inv / 1000 + a, 1))
    OMS = [96.4]
    for k in KF:
        OMS.append(round(OMS[-1] + k, 1))
    EK = [342.8]
    for r in RES[2:]:
        EK.append(round(EK[-1] + r, 1))
    AVSA = [38.5]
    for p in PENS:
        AVSA.append(round(AVSA[-1] + p, 1))
    LANG = [412.0]
    for f in FIN:
        LANG.append(round(LANG[-1] + f, 1))
    TILL = [round(a + o, 1) for a, o in zip(ANL, OMS)]
    KORT = [round(t - e - a - l, 1) for t, e, a, l in zip(TILL, EK, AVSA, LANG)]
    hdrb = [["", "Prognos", "Budget", "Plan", "Plan"], ["Miljoner kronor", "2025", "2026", "2027", "2028"]]
    Wb = [80, 22, 22, 22, 22]
    rows = [
        ("sec", ["TILLGÅNGAR"]),
        ("row", ["Anläggningstillgångar"] + [g1(v) for v in ANL]),
        ("row", ["Omsättningstillgångar"] + [g1(v) for v in OMS]),
        ("sum", ["Summa tillgångar"] + [g1(v) for v in TILL]),
        ("sec", ["EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER"]),
        ("row", ["Eget kapital"] + [g1(v) for v in EK]),
        ("row", ["Avsättningar för pensioner"] + [g1(v) for v in AVSA]),
        ("row", ["Långfristiga skulder"] + [g1(v) for v in LANG]),
        ("row", ["Kortfristiga skulder"] + [g1(v) for v in KORT]),
        ("sum", ["Summa eget kapital, avsättningar och skulder"] + [g1(v) for v in TILL]),
    ]
    d.table(hdrb, rows, Wb, caption="Balansbudget")
    d.p("Soliditeten beräknas till " + fmt(EK[1] / TILL[1] * 100, 1) + " procent vid utgången av 2026.")

    d.add_page()
    d.h1("Driftbudget")
    d.p("Nämndernas ramar för 2026 framgår av tabellen. Ramarna är angivna som nettokostnad i tusentals kronor.")
    hdrd = [["", "Budget", "Budget", "Förändr.", "Förändr.", "Plan", "Plan"],
            ["Nämnd", "2025", "2026", "tkr", "%", "2027", "2028"]]
    Wd = [56, 19, 19, 18, 16, 21, 21]
    def drow(kind, name, v):
        ch = v[1] - v[0]
        return (kind, [name, g0(v[0]), g0(v[1]), g0(ch), fmt(ch / v[0] * 100, 1), g0(v[2]), g0(v[3])])
    rows = [drow("row", n, v) for n, v in NAMND]
    rows.append(drow("sum", "Summa nämnder", SUMN))
    rows.append(drow("row", "Finansförvaltning¹", FINF))
    rows.append(drow("sum", "Verksamhetens nettokostnad", TOT))
    d.table(hdrd, rows, Wd, caption="Driftbudget per nämnd, tkr", size=7.8)
    d.note("¹ Finansförvaltningen omfattar pensionskostnader, semesterlöneskuld och kommungemensamma kostnader.")
    d.h2("Kommentarer till nämndernas ramar")
    d.p("Barn- och utbildningsnämndens ram ökar med 13,7 miljoner kronor, bland annat för att antalet elever i "
        "grundskolan ökar. Vård- och omsorgsnämndens ram ökar med 14,35 miljoner kronor, varav 3,5 miljoner kronor "
        "avser hemtjänsten.")

    d.add_page()
    d.h1("Investeringsbudget")
    d.p("Investeringarna uppgår till " + fmt(INV_TOT[0] / 1000, 1) + " miljoner kronor 2026. Av dessa avser "
        + fmt(sum(p[1] for p in INVEST[1][1]) / 1000, 1) + " miljoner kronor vatten och avlopp, som finansieras via VA-taxan.")
    hdri = [["Projekt", "Budget 2026", "Plan 2027", "Plan 2028"]]
    Wi = [90, 25, 25, 25]
    rows = []
    for nm, ps in INVEST:
        rows.append(("sec", [nm]))
        for p in ps:
            rows.append(("row", [p[0]] + [g0(x) for x in p[1:]]))
        rows.append(("sum", ["Summa " + ("skattefinansierat" if nm.startswith("Skatt") else "VA")] +
                     [g0(sum(p[i] for p in ps)) for i in (1, 2, 3)]))
    rows.append(("sum", ["Totalt"] + [g0(x) for x in INV_TOT]))
    d.table(hdri, rows, Wi, caption="Investeringsbudget, belopp i tkr")
    d.p("Idrottshallen i Frösunda beräknas kosta totalt 42 miljoner kronor och ska stå klar till höstterminen 2027.")
    d.output(path)
    return KF


def delar_pdf(path):
    d = Doc("Gnesta kommun · Delårsrapport januari–augusti 2026", "Delårsrapport 2026")
    d.add_page()
    d.h1("Delårsrapport januari–augusti 2026")
    d.p("Gnesta kommun. Behandlad av kommunstyrelsen 2026-10-05 och kommunfullmäktige 2026-10-26.")
    d.h2("Sammanfattning")
    d.p("Resultatet för perioden januari–augusti 2026 uppgår till 21,4 miljoner kronor, jämfört med 16,8 miljoner "
        "kronor för motsvarande period 2025. Helårsprognosen pekar på ett resultat på 8,9 miljoner kronor, vilket är "
        "5,3 miljoner kronor lägre än budget.")
    d.p("Nämnderna prognostiserar sammantaget ett underskott mot budget. Det största underskottet finns inom "
        "vård- och omsorgsnämnden, där behovet av hemtjänst och korttidsplatser har ökat. Skatteintäkterna "
        "beräknas bli högre än budgeterat, vilket delvis väger upp.")
    d.h2("Resultaträkning i sammandrag")
    hdr = [["", "Utfall", "Utfall", "Budget", "Prognos"], ["Mnkr", "jan–aug 2026", "jan–aug 2025", "2026", "2026"]]
    W = [70, 25, 25, 25, 25]
    R = [("Verksamhetens nettokostnader", -612.8, -590.1, NETTO[2], -931.7),
         ("Skatteintäkter och generella statsbidrag", 637.6, 609.8, round(SKATT[2] + GSB[2], 1), 952.1),
         ("Finansnetto", -3.4, -2.9, round(FINI[2] + FINK[2], 1), -11.5)]
    rows = [("row", [r[0]] + [fmt(x, 1) for x in r[1:]]) for r in R]
    res = [round(sum(r[i] for r in R), 1) for i in (1, 2, 3, 4)]
    assert res == [21.4, 16.8, 14.2, 8.9], res
    rows.append(("sum", ["Resultat"] + [fmt(x, 1) for x in res]))
    d.table(hdr, rows, W)

    d.h2("Nämndernas prognos för helåret")
    PROG = [5020, 100850, 436100, 325950, 8050, 21650, 2390]
    hdr = [["Tkr", "Budget 2026", "Prognos 2026", "Avvikelse"]]
    W = [85, 28, 28, 28]
    rows = []
    for (n, v), p in zip(NAMND, PROG):
        rows.append(("row", [n, fmt(v[1], 0), fmt(p, 0), fmt(v[1] - p, 0)]))
    sb, sp = SUMN[1], sum(PROG)
    rows.append(("sum", ["Summa nämnder", fmt(sb, 0), fmt(sp, 0), fmt(sb - sp, 0)]))
    rows.append(("row", ["Finansförvaltning inkl. skatteintäkter", "", "", fmt(5350, 0)]))
    rows.append(("sum", ["Total avvikelse mot budget", "", "", fmt(sb - sp + 5350, 0)]))
    assert sb - sp + 5350 == -5300
    d.table(hdr, rows, W)

    d.add_page()
    d.h2("Investeringar")
    d.p("Under perioden har investeringar för 31,2 miljoner kronor genomförts. Prognosen för helåret är 71,5 "
        "miljoner kronor, att jämföra med budgeterade 88,4 miljoner kronor. Avvikelsen beror främst på att "
        "utbyggnaden av reningsverket har försenats.")
    d.h2("Personal")
    d.p("Sjukfrånvaron under perioden var 6,9 procent, vilket är en minskning från 7,4 procent under samma period "
        "2025. Antalet tillsvidareanställda var 1 046 den 31 augusti 2026.")
    d.h2("Måluppfyllelse")
    d.p("Av kommunfullmäktiges 12 mål bedöms 7 uppnås helt, 4 delvis och 1 inte alls under 2026. Det finansiella "
        "målet om ett resultat på minst 1,5 procent av skatteintäkter och statsbidrag bedöms inte uppnås.")
    d.h2("Befolkning")
    d.p("Den 30 juni 2026 hade Gnesta kommun 11 563 invånare, en ökning med 43 personer sedan årsskiftet.")
    d.p("Karin Åberg (M), kommunstyrelsens ordförande\nMaria Nyberg, ekonomichef")
    d.output(path)


HTML = """<!DOCTYPE html>
<html lang="sv">
<head><meta charset="utf-8"><title>Ekonomi och finansiell information | Gnesta kommun</title></head>
<body>
<div class="cookie-consent" role="dialog">
  <p>Gnesta kommun använder kakor för att webbplatsen ska fungera och för besöksstatistik.</p>
  <button>Acceptera</button> <button>Neka</button> <a href="/kakor">Inställningar för kakor</a>
</div>
<header class="site-header">
  <a href="/" class="logo">Gnesta kommun</a>
  <nav aria-label="Huvudmeny"><ul>
    <li><a href="/utbildning-och-barnomsorg">Utbildning och barnomsorg</a></li>
    <li><a href="/omsorg-och-hjalp">Omsorg och hjälp</a></li>
    <li><a href="/bo-och-bygga">Bo och bygga</a></li>
    <li><a href="/uppleva-och-gora">Uppleva och göra</a></li>
    <li><a href="/kommun-och-politik">Kommun och politik</a></li>
  </ul></nav>
</header>
<nav class="subnav"><ul>
  <li><a href="/kommun-och-politik/ekonomi/budget">Budget</a></li>
  <li><a href="/kommun-och-politik/ekonomi/arsredovisning">Årsredovisning</a></li>
  <li><a href="/kommun-och-politik/ekonomi/finansiell-information">Finansiell information</a></li>
</ul></nav>
<main id="content">
<h1>Ekonomi och finansiell information</h1>
<p class="lead">Här hittar du nyckeltal om Gnesta kommuns ekonomi. Siffrorna kommer från kommunens årsredovisningar.</p>
<p>Årsredovisningen för 2025 godkändes av kommunfullmäktige den 15 april 2026. Årets resultat 2025 blev 7,4 miljoner kronor, vilket var 1,6 miljoner kronor bättre än prognosen i augusti.</p>
<h2>Nyckeltal 2022–2025</h2>
<table class="table">
<thead><tr><th>Nyckeltal</th><th>2022</th><th>2023</th><th>2024</th><th>2025</th></tr></thead>
<tbody>
<tr><td>Invånare 31 december</td><td>11 290</td><td>11 355</td><td>11 438</td><td>11 520</td></tr>
<tr><td>Skattesats (kr)</td><td>22,06</td><td>22,06</td><td>22,36</td><td>22,36</td></tr>
<tr><td>Årets resultat (mnkr)</td><td>24,1</td><td>9,7</td><td>12,6</td><td>7,4</td></tr>
<tr><td>Nettoinvesteringar (mnkr)</td><td>58,3</td><td>64,9</td><td>71,2</td><td>69,8</td></tr>
<tr><td>Soliditet (%)</td><td>39,4</td><td>38,1</td><td>37,2</td><td>37,7</td></tr>
<tr><td>Låneskuld (mnkr)</td><td>318</td><td>352</td><td>390</td><td>412</td></tr>
</tbody>
</table>
<p>Gnesta kommun lånar via Kommuninvest. Kommunen har inget eget bolag för bostäder; Gnestahem AB ägs gemensamt med Trosa kommun.</p>
<h2>Kreditbetyg och borgen</h2>
<p>Kommunens borgensåtaganden uppgick till 286 miljoner kronor vid utgången av 2025.</p>
<p class="updated">Senast uppdaterad: 2026-04-28</p>
</main>
<footer>
  <p>Gnesta kommun, 646 80 Gnesta. Besöksadress: Västra Storgatan 15. Telefon 0158-275 000.</p>
  <p><a href="/tillganglighet">Tillgänglighet</a> · <a href="/personuppgifter">Personuppgifter</a> · <a href="/kakor">Om kakor</a></p>
</footer>
</body>
</html>
"""


def docx(path):
    doc = Document()
    docx_props(doc, "Protokoll kommunfullmäktige 2026-11-16", "Gnesta kommun")
    doc.styles["Normal"].font.size = Pt(11)
    doc.add_paragraph("GNESTA KOMMUN – PROTOKOLL")
    doc.add_paragraph("Kommunfullmäktige, sammanträdesdatum 2026-11-16")
    doc.add_paragraph("Plats: Kommunhuset, Gnesta, kl. 18.30–21.05. Ordförande: Bengt Ohlsson (C). Sekreterare: Eva Rosén.")
    doc.add_heading("§ 97 Justering av protokollet", level=2)
    doc.add_paragraph("Kommunfullmäktige utser Sofia Malm (S) och Per Jansson (KD) att justera protokollet.")
    doc.add_heading("§ 98 VA-taxa 2027", level=2)
    doc.add_paragraph("Dnr KS 2026/187. Kostnaderna för vatten och avlopp ökar, främst på grund av utbyggnaden av "
                      "reningsverket. VA-verksamheten ska enligt lag vara självfinansierad. Förvaltningen föreslår att "
                      "avgifterna höjs från den 1 januari 2027 enligt tabellen.")
    T = [("Fast avgift per år, villa (typhus A)", 5840, 6310), ("Brukningsavgift per m³", 38.50, 41.60),
         ("Anläggningsavgift, villa (typhus A)", 198000, 210000), ("Dagvattenavgift per år, villa", 1120, 1210)]
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Avgift (kr inkl. moms)", "2026", "2027", "Förändring, %"]):
        c.text = h
    for n, a, b in T:
        r = t.add_row().cells
        dec = 2 if a < 100 else 0
        r[0].text, r[1].text, r[2].text, r[3].text = n, fmt(a, dec), fmt(b, dec), fmt((b - a) / a * 100, 1)
    doc.add_paragraph("")
    doc.add_paragraph("För ett normalhus (typhus A, 150 m³ per år) ökar den årliga kostnaden från 12 735 kronor till "
                      "13 760 kronor, det vill säga med 1 025 kronor.")
    doc.add_paragraph("Yrkanden: Karin Åberg (M) yrkar bifall till kommunstyrelsens förslag. Linus Ek (SD) yrkar att "
                      "höjningen begränsas till 5 procent.")
    doc.add_paragraph("Omröstning begärs och verkställs. 24 ledamöter röstar för kommunstyrelsens förslag och 7 för "
                      "Linus Eks yrkande.")
    doc.add_paragraph("Beslut: Kommunfullmäktige fastställer VA-taxa 2027 enligt kommunstyrelsens förslag.")
    doc.add_paragraph("Reservation: Sverigedemokraternas ledamöter reserverar sig mot beslutet.")
    doc.add_heading("§ 99 Utökad låneram 2027", level=2)
    doc.add_paragraph("Kommunfullmäktige beslutar att kommunen under 2027 får nyupplåna högst 30 miljoner kronor, det "
                      "vill säga omsätta lån samt öka låneskulden till högst 497 miljoner kronor.")
    doc.add_heading("§ 100 Motion om avgiftsfri kollektivtrafik för pensionärer", level=2)
    doc.add_paragraph("Motion från Anna Lund (V). Kostnaden har beräknats till cirka 1,4 miljoner kronor per år.")
    doc.add_paragraph("Beslut: Kommunfullmäktige avslår motionen.")
    doc.add_paragraph("Reservation: Anna Lund (V) och Hassan Ali (V) reserverar sig mot beslutet till förmån för bifall till motionen.")
    doc.add_heading("§ 101 Val av ersättare i kultur- och fritidsnämnden", level=2)
    doc.add_paragraph("Kommunfullmäktige väljer Lisa Berglund (L) till ersättare i kultur- och fritidsnämnden för "
                      "tiden till och med 2026-12-31 efter Tove Nilsson (L), som avsagt sig uppdraget.")
    doc.add_paragraph("Justerare: Sofia Malm (S), Per Jansson (KD). Ordförande: Bengt Ohlsson (C).")
    doc.save(path)
    fix_zip(path)


def xlsx(path):
    wb = Workbook()
    xlsx_props(wb, "Barn och elever i Gnesta", "Gnesta kommun")
    ws = wb.active
    ws.title = "Förskola"
    ws.append(["Förskola i Gnesta kommun 2021–2025"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(["Antal barn 15 oktober respektive år; kostnad i kronor per inskrivet barn"])
    ws.append(["År", "Barn i förskola", "Barn i pedagogisk omsorg", "Barn per årsarbetare", "Kostnad per barn, kr"])
    F = [(2021, 612, 18, 5.4, 151200), (2022, 628, 15, 5.3, 156900), (2023, 641, 12, 5.3, 163400),
         (2024, 655, 10, 5.2, 170800), (2025, 662, 8, 5.1, 176300)]
    for r in F:
        ws.append(list(r))
    ws2 = wb.create_sheet("Grundskola")
    ws2.append(["Elever i kommunala grundskolor, läsåret 2025/26"])
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.append(["Antal elever per skola och stadium"])
    ws2.append(["Skola", "F–3", "4–6", "7–9", "Totalt"])
    S = [("Frejaskolan", 0, 0, 412), ("Dansutskolan", 210, 168, 0), ("Kvarnbackaskolan", 186, 150, 0),
         ("Welandersborgs skola", 98, 84, 0), ("Björnlunda skola", 64, 0, 0)]
    for n, a, b, c in S:
        ws2.append([n, a, b, c, a + b + c])
    ws2.append(["Summa", sum(x[1] for x in S), sum(x[2] for x in S), sum(x[3] for x in S), sum(sum(x[1:]) for x in S)])
    ws2.append([])
    ws2.append(["Meritvärde åk 9 våren 2025: 221,4. Behörighet till yrkesprogram: 84,6 %."])
    wb.save(path)
    fix_zip(path)


TXT = """PRESSMEDDELANDE
Gnesta kommun, 20 maj 2026

Byggstart för ny idrottshall i Frösunda

I dag tog Gnesta kommun det första spadtaget för den nya idrottshallen vid Frösunda. Hallen blir 1 350 kvadratmeter stor och får plats för 300 åskådare. Den ska vara klar till höstterminen 2027.

Den totala kostnaden beräknas till 42 miljoner kronor, varav 28 miljoner kronor belastar 2026 års investeringsbudget. Kommunen har tecknat avtal med Bygg-Mälardalen AB, som lämnade det lägsta av fyra anbud.

"Vi har väntat länge på en fullstor hall i Gnesta. Nu får både skolan och föreningarna de tider de behöver", säger Anders Lindgren (S), ordförande i kultur- och fritidsnämnden.

Hallen byggs med solceller på taket och förväntas producera cirka 90 000 kWh el per år. Den gamla gymnastiksalen vid Frejaskolan från 1964 rivs när den nya hallen tagits i bruk.

För mer information:
Anders Lindgren (S), ordförande kultur- och fritidsnämnden, 0158-275 120
Jenny Strand, fastighetschef, 0158-275 300
"""


def build(outdir):
    os.makedirs(outdir, exist_ok=True)
    budget_pdf(os.path.join(outdir, "gnesta-budget-2026-plan-2027-2028.pdf"))
    delar_pdf(os.path.join(outdir, "gnesta-delarsrapport-augusti-2026.pdf"))
    open(os.path.join(outdir, "gnesta-ekonomi-finansiell-information.html"), "w", encoding="utf-8").write(HTML)
    docx(os.path.join(outdir, "gnesta-kf-protokoll-2026-11-16.docx"))
    xlsx(os.path.join(outdir, "gnesta-barn-och-elever.xlsx"))
    open(os.path.join(outdir, "gnesta-pressmeddelande-idrottshall.txt"), "w", encoding="utf-8").write(TXT)
