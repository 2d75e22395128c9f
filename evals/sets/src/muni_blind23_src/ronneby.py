"""Ronneby kommun: invented documents."""
import os
import docx
from docx.shared import Pt
import openpyxl
from openpyxl.styles import Font
from common import Doc, fmt, fix_zip, ensure, FIXED_DT

YEARS = ["2023", "2024", "2025", "2026", "2027"]
# Resultatbudget, mnkr: Bokslut 2023, Budget 2024, Budget 2025, Plan 2026, Plan 2027
RB = {
    "int": [412.6, 398.0, 405.3, 410.1, 415.8],
    "kost": [-2465.9, -2512.4, -2598.7, -2661.2, -2718.5],
    "avs": [-98.4, -104.0, -109.6, -115.2, -120.3],
    "skatt": [1702.4, 1768.9, 1826.5, 1889.0, 1951.7],
    "bidr": [514.8, 520.3, 548.2, 556.4, 562.9],
    "finint": [14.2, 10.0, 11.5, 11.5, 11.5],
    "finkost": [-31.6, -38.0, -36.4, -39.8, -43.1],
}
POP = 29850
# Driftbudget, mnkr: Budget 2024, Budget 2025
DRIFT = [
    ("Politisk verksamhet",),
    ("Kommunfullmäktige", 4.8, 5.0),
    ("Revision", 2.9, 3.0),
    ("Valnämnd", 1.8, 0.4),
    ("Överförmyndarnämnd", 5.1, 5.4),
    ("Nämnder med verksamhetsansvar",),
    ("Kommunstyrelsen", 268.4, 281.7),
    ("Utbildningsnämnden", 872.6, 901.3),
    ("Socialnämnden", 398.2, 419.8),
    ("Äldrenämnden", 512.7, 538.4),
    ("Miljö- och byggnadsnämnden", 18.9, 19.6),
    ("Fritid- och kulturnämnden", 71.3, 73.5),
]
INV = [  # tkr: 2025, 2026, 2027
    ("Ny förskola Kallinge", 38500, 22000, 0),
    ("Renovering Snäckebacksskolan", 24000, 31000, 12000),
    ("Gång- och cykelväg Ronneby–Listerby", 6200, 4800, 0),
    ("Reinvestering gator och broar", 15000, 15000, 15000),
    ("IT-infrastruktur och digitalisering", 5500, 5000, 5000),
    ("Brunnsparken, upprustning", 3800, 2500, 0),
    ("Idrottshall Kallinge", 4000, 28000, 26000),
    ("Övriga reinvesteringar", 21000, 20000, 20000),
]


def r1(x):
    return round(x + 0.0, 1)


def budget_pdf(out):
    d = Doc("Ronneby kommun – Budget 2025 med plan 2026–2027", "Antagen av kommunfullmäktige 2024-11-28")
    d.set_title("Budget 2025 med plan 2026-2027")
    d.add_page()
    d.ln(40)
    d.set_font("DV", "B", 26)
    d.multi_cell(0, 12, "Budget 2025\nmed plan 2026–2027")
    d.ln(6)
    d.set_font("DV", "", 13)
    d.multi_cell(0, 7, "Ronneby kommun\nAntagen av kommunfullmäktige 28 november 2024, § 214")
    # p2 innehåll
    d.add_page()
    d.h1("Innehåll")
    for i, (t, pg) in enumerate([("Ordföranden har ordet", 3), ("Omvärld och förutsättningar", 4),
                                 ("Vision och mål", 5), ("Ekonomiska ramar och prioriteringar", 6),
                                 ("Resultatbudget", 7), ("Balansbudget", 8), ("Driftbudget per nämnd", 9),
                                 ("Investeringsbudget", 11), ("Nämndernas uppdrag", 12), ("Ord och begrepp", 13)]):
        d.p(f"{t} ........................................ {pg}")
    # p3 förord
    d.add_page()
    d.h1("Ordföranden har ordet")
    d.p("Ronneby står inför ett par år där ekonomin kräver tydliga prioriteringar. Kostnaderna för "
        "pensioner, löner och lokaler ökar snabbare än skatteintäkterna, samtidigt som vi har fler "
        "barn i förskolan och fler äldre som behöver stöd. Med den här budgeten värnar vi kärnverksamheten "
        "och håller fast vid vårt finansiella mål om ett resultat på minst två procent av skatter och bidrag.")
    d.p("Skattesatsen lämnas oförändrad på 22,26 kronor per skattekrona. Vi väljer i stället att "
        "effektivisera: samtliga nämnder får ett effektiviseringskrav på 1 procent, vilket motsvarar "
        "21,4 miljoner kronor för 2025. Samtidigt tillförs utbildningsnämnden 12,5 miljoner kronor för "
        "ökade elevvolymer och äldrenämnden 9,8 miljoner kronor för demografiska förändringar.")
    d.p("Under planperioden investerar kommunen totalt 324,3 miljoner kronor. Den största enskilda "
        "satsningen är den nya förskolan i Kallinge, som ska stå klar hösten 2026. Vi fortsätter också "
        "att rusta upp Brunnsparken och bygga ut gång- och cykelvägnätet mellan Ronneby och Listerby.")
    d.p("Jag vill tacka alla medarbetare som varje dag gör skillnad för Ronnebys invånare.")
    d.p("Helena Ståhl (M)\nKommunstyrelsens ordförande")
    # p4 omvärld
    d.add_page()
    d.h1("Omvärld och förutsättningar")
    d.h2("Samhällsekonomin")
    d.p("Sveriges Kommuner och Regioner (SKR) bedömer i sin cirkulär från oktober 2024 att skatteunderlaget "
        "växer med 4,1 procent 2025. Inflationen har dämpats men prisnivån ligger kvar på en hög nivå, "
        "vilket påverkar kommunens kostnader för livsmedel, energi och entreprenader.")
    d.h2("Befolkning")
    d.p(f"Den 1 november 2024 hade Ronneby kommun 29 850 invånare. Budgeten bygger på ett antagande om "
        "en svag ökning med cirka 60 invånare per år under planperioden. Antalet invånare över 80 år "
        "väntas öka med 4,5 procent per år, medan antalet barn i förskoleålder är i stort sett oförändrat.")
    d.h2("Pensioner och löner")
    d.p("Pensionskostnaderna ökar med 14,3 miljoner kronor mellan 2024 och 2025, främst till följd av "
        "det nya pensionsavtalet och höjt prisbasbelopp. I budgeten har löneökningar beräknats till "
        "3,4 procent för 2025 och 3,2 procent per år för 2026 och 2027.")
    # p5 mål
    d.add_page()
    d.h1("Vision och mål")
    d.p("Vision 2035: Ronneby – den gröna kuststaden där alla växer.")
    d.h2("Finansiella mål")
    d.p("1. Årets resultat ska uppgå till minst 2,0 procent av skatteintäkter och generella statsbidrag "
        "sett över en rullande femårsperiod.")
    d.p("2. Skattefinansierade investeringar ska finansieras med egna medel till minst 70 procent.")
    d.p("3. Soliditeten inklusive hela pensionsåtagandet ska inte understiga 40 procent.")
    d.h2("Verksamhetsmål")
    d.p("Kommunfullmäktige har fastställt fem inriktningsmål för mandatperioden: trygg uppväxt och "
        "god utbildning, en äldreomsorg med hög kvalitet, ett starkt näringsliv, en hållbar "
        "samhällsutveckling och en attraktiv arbetsgivare. Andelen elever i årskurs 9 som är behöriga till "
        "gymnasiets yrkesprogram ska öka från 81 procent till minst 85 procent till 2027.")
    # p6 ramar
    d.add_page()
    d.h1("Ekonomiska ramar och prioriteringar")
    d.p("Nämndernas ramar för 2025 har räknats upp med 2,8 procent för löne- och prisökningar. Därefter "
        "har effektiviseringskravet om 1 procent dragits av. Utöver uppräkningen görs följande "
        "prioriteringar:")
    d.p("- Utbildningsnämnden: 12,5 miljoner kronor för ökade elevvolymer i grundskolan.\n"
        "- Äldrenämnden: 9,8 miljoner kronor för fler platser i särskilt boende.\n"
        "- Socialnämnden: 700 000 kronor för att stärka arbetet mot våld i nära relationer.\n"
        "- Kommunstyrelsen: 1,9 miljoner kronor för feriearbete för ungdomar.\n"
        "- Fritid- och kulturnämnden: 450 000 kronor för utökade öppettider på biblioteket i Kallinge.")
    d.p("En central reserv för oförutsedda kostnader om 8,0 miljoner kronor finns inom "
        "finansförvaltningen och disponeras av kommunstyrelsen.")
    # p7 resultatbudget
    d.add_page()
    d.h1("Resultatbudget")
    nk = [r1(RB["int"][i] + RB["kost"][i] + RB["avs"][i]) for i in range(5)]
    vr = [r1(nk[i] + RB["skatt"][i] + RB["bidr"][i]) for i in range(5)]
    res = [r1(vr[i] + RB["finint"][i] + RB["finkost"][i]) for i in range(5)]
    pct = [res[i] / (RB["skatt"][i] + RB["bidr"][i]) * 100 for i in range(5)]
    w = [62, 21, 21, 21, 21, 21]
    hdr = [["Belopp i mnkr", "Bokslut", "Budget", "Budget", "Plan", "Plan"], ["", *YEARS]]
    row = lambda lab, vals, dec=1: [lab] + [fmt(v, dec) for v in vals]
    rows = [row("Verksamhetens intäkter", RB["int"]), row("Verksamhetens kostnader", RB["kost"]),
            row("Avskrivningar", RB["avs"]), row("Verksamhetens nettokostnader", nk),
            row("Skatteintäkter", RB["skatt"]), row("Generella statsbidrag och utjämning", RB["bidr"]),
            row("Verksamhetens resultat", vr), row("Finansiella intäkter", RB["finint"]),
            row("Finansiella kostnader", RB["finkost"]), row("Resultat efter finansiella poster", res),
            row("Årets resultat", res), row("Resultat i % av skatter och bidrag", pct)]
    d.table(hdr, rows, w, bold_rows=("Verksamhetens nettokostnader", "Verksamhetens resultat", "Årets resultat"),
            caption="Tabell 1. Resultatbudget")
    d.small("Resultatet i procent av skatter och bidrag avser årets resultat dividerat med summan av "
            "skatteintäkter och generella statsbidrag och utjämning.")
    d.p(f"Årets resultat för 2025 budgeteras till {fmt(res[2])} mnkr. Budgeten uppfyller därmed "
        "det finansiella målet om minst 2,0 procent sett över perioden.")
    # p8 balansbudget
    d.add_page()
    d.h1("Balansbudget")
    w = [70, 28, 28, 28]
    hdr = [["Belopp i mnkr", "Bokslut", "Budget", "Plan"], ["", "2023", "2025", "2026"]]
    B = [("Tillgångar",),
         ("Anläggningstillgångar", 3184.2, 3412.5, 3486.0), ("Omsättningstillgångar", 512.8, 486.3, 478.9),
         ("Summa tillgångar", 3697.0, 3898.8, 3964.9),
         ("Eget kapital, avsättningar och skulder",),
         ("Eget kapital", 1535.1, 1624.7, 1675.5), ("därav årets resultat", 48.1, 46.8, 50.8),
         ("Avsättningar", 138.4, 142.9, 146.1), ("Långfristiga skulder", 1420.0, 1540.0, 1560.0),
         ("Kortfristiga skulder", 603.5, 591.2, 583.3),
         ("Summa eget kapital, avsättningar och skulder", 3697.0, 3898.8, 3964.9)]
    rows = [list(r) if len(r) == 1 else [r[0]] + [fmt(v) for v in r[1:]] for r in B]
    rows[-1][0] = "Summa EK, avsättningar och skulder"
    d.table(hdr, rows, w, bold_rows=("Summa tillgångar", "Summa EK, avsättningar och skulder"),
            caption="Tabell 2. Balansbudget")
    d.p("Soliditeten beräknas uppgå till 41,7 procent vid utgången av 2025. Låneskulden ökar med "
        "120 miljoner kronor under 2025 för att finansiera investeringarna i förskola och skola.")
    # p9-10 driftbudget (table continued over page break)
    d.add_page()
    d.h1("Driftbudget per nämnd")
    d.p("Tabellen visar nämndernas nettokostnad (kommunbidrag). Kolumnen kr per invånare är beräknad "
        f"på 29 850 invånare.")
    w = [62, 24, 24, 24, 22, 24]
    hdr = [["Nettokostnad, mnkr", "Budget", "Budget", "Förändring", "Förändring", "kr per inv."],
           ["", "2024", "2025", "mnkr", "%", "2025"]]
    def drow(n, a, b):
        return [n, fmt(a), fmt(b), fmt(r1(b - a)), fmt((b - a) / a * 100), fmt(b * 1e6 / POP, 0)]
    rows1 = [list(r) if len(r) == 1 else drow(*r) for r in DRIFT[:8]]
    d.table(hdr, rows1, w, caption="Tabell 3. Driftbudget per nämnd")
    d.ln(20)
    d.p("Förändringen mellan åren förklaras huvudsakligen av uppräkning för löner och priser, "
        "effektiviseringskravet och de särskilda prioriteringar som beskrivs i avsnittet om ekonomiska "
        "ramar. Valnämndens budget minskar eftersom inga allmänna val hålls 2025.")
    d.add_page()
    d.h2("Driftbudget per nämnd (forts.)")
    s24 = r1(sum(r[1] for r in DRIFT if len(r) > 1))
    s25 = r1(sum(r[2] for r in DRIFT if len(r) > 1))
    ff24, ff25 = r1(-nk[1] - s24), r1(-nk[2] - s25)
    rows2 = [drow(*r) for r in DRIFT[8:]] + [drow("Summa nämnder", s24, s25), drow("Finansförvaltning", ff24, ff25),
                                            drow("Totalt", -nk[1], -nk[2])]
    d.table(hdr, rows2, w, bold_rows=("Summa nämnder", "Totalt"), caption="Tabell 3. Driftbudget per nämnd (forts.)")
    d.small("Finansförvaltningen omfattar pensionskostnader som inte fördelas till nämnderna, central "
            "reserv samt intern ränta och personalomkostnadspålägg.")
    # p11 investeringsbudget (landscape)
    d.add_page(orientation="L")
    d.h1("Investeringsbudget 2025–2027")
    w = [100, 35, 35, 35, 35]
    hdr = [["Belopp i tkr", "Budget", "Plan", "Plan", "Totalt"], ["Projekt", "2025", "2026", "2027", "2025–2027"]]
    rows = [[n, fmt(a, 0), fmt(b, 0), fmt(c, 0), fmt(a + b + c, 0)] for n, a, b, c in INV]
    sa, sb, sc = (sum(x[i] for x in INV) for i in (1, 2, 3))
    rows.append(["Summa investeringar", fmt(sa, 0), fmt(sb, 0), fmt(sc, 0), fmt(sa + sb + sc, 0)])
    d.table(hdr, rows, w, bold_rows=("Summa investeringar",), caption="Tabell 4. Investeringsbudget")
    d.small("1) Idrottshall Kallinge: beslut om genomförande fattas av kommunstyrelsen efter upphandling. "
            "2) Beloppen avser utgifter; eventuella investeringsbidrag redovisas separat.")
    # p12 nämndernas uppdrag
    d.add_page(orientation="P")
    d.h1("Nämndernas uppdrag")
    d.h2("Utbildningsnämnden")
    d.p("Utbildningsnämnden ansvarar för förskola, grundskola, gymnasieskola och vuxenutbildning. "
        "Nämnden får i uppdrag att ta fram en lokalförsörjningsplan för skolorna i Kallinge och "
        "Ronneby tätort senast juni 2025.")
    d.h2("Äldrenämnden")
    d.p("Äldrenämnden ska öppna 24 nya platser i särskilt boende under 2025 och utreda möjligheten "
        "till trygghetsboende i Bräkne-Hoby.")
    d.h2("Socialnämnden")
    d.p("Socialnämnden ska minska kostnaderna för externa placeringar genom att utveckla "
        "hemmaplanslösningar. Målet är att antalet externa placeringar av barn och unga ska minska med "
        "10 procent till 2026.")
    d.h2("Kommunstyrelsen")
    d.p("Kommunstyrelsen ska genomföra en översyn av kommunens lokalbehov och avyttra lokaler som inte "
        "behövs för verksamheten. Målet är att minska lokalytan med 5 000 kvadratmeter till 2027.")
    # p13 ord och begrepp
    d.add_page()
    d.h1("Ord och begrepp")
    for t in ["Balansbudget – visar kommunens ekonomiska ställning vid årets slut.",
              "Driftbudget – nämndernas löpande intäkter och kostnader.",
              "Resultatbudget – visar hur kommunens resultat uppkommer.",
              "Soliditet – eget kapital i förhållande till totala tillgångar; visar den långsiktiga "
              "betalningsförmågan.",
              "Skattekrona – kommunalskatt per 100 kronor beskattningsbar inkomst."]:
        d.p(t)
    d.output(out)


def arsred_pdf(out):
    d = Doc("Årsredovisning 2024 – Ronneby kommun", "Ronneby kommun")
    d.set_title("Årsredovisning 2024")
    d.add_page()
    d.ln(40)
    d.set_font("DV", "B", 26)
    d.multi_cell(0, 12, "Årsredovisning 2024")
    d.set_font("DV", "", 13)
    d.ln(4)
    d.multi_cell(0, 7, "Ronneby kommun\nGodkänd av kommunfullmäktige 2025-04-24")
    d.add_page()
    d.h1("Kommunstyrelsens ordförande har ordet")
    d.p("2024 blev ett år med ett bättre resultat än vi vågade hoppas på. Årets resultat blev 51,3 mnkr, "
        "vilket är 8,5 mnkr bättre än budgeterat. Samtidigt redovisar flera nämnder underskott, och "
        "socialnämnden har haft det särskilt tufft med ökade kostnader för placeringar.")
    d.p("Helena Ståhl (M), kommunstyrelsens ordförande")
    d.add_page()
    d.h1("Förvaltningsberättelse")
    d.h2("Fem år i sammandrag")
    yrs = ["2020", "2021", "2022", "2023", "2024"]
    w = [64, 21, 21, 21, 21, 21]
    FY = [("Antal invånare 31/12", [29580, 29640, 29720, 29790, 29850], 0),
          ("Skattesats, kr", [22.26] * 5, 2),
          ("Årets resultat, mnkr", [62.4, 88.1, 71.9, 48.1, 51.3], 1),
          ("Soliditet, %", [38.9, 40.6, 41.8, 41.5, 41.2], 1),
          ("Nettoinvesteringar, mnkr", [131.5, 142.0, 168.3, 175.9, 152.6], 1),
          ("Antal tillsvidareanställda", [2412, 2436, 2451, 2468, 2455], 0)]
    rows = [[n] + [fmt(v, dec) for v in vals] for n, vals, dec in FY]
    d.table([["Nyckeltal", *yrs]], rows, w, caption="Tabell 1. Fem år i sammandrag")
    d.small("Soliditeten avser eget kapital i förhållande till totala tillgångar enligt balansräkningen.")
    d.h2("Årets resultat och balanskravet")
    d.p("Årets resultat uppgick till 51,3 mnkr, motsvarande 2,2 procent av skatteintäkter och generella "
        "statsbidrag. Efter avdrag för realisationsvinster vid försäljning av tomtmark om 6,4 mnkr uppgår "
        "balanskravsresultatet till 44,9 mnkr. Kommunen uppfyller därmed balanskravet.")
    d.h2("Investeringar")
    d.p("Nettoinvesteringarna uppgick till 152,6 mnkr av budgeterade 189,0 mnkr. Den lägre "
        "investeringstakten beror främst på att byggstarten för förskolan i Kallinge försköts till 2025.")
    d.h2("Personal")
    d.p("Sjukfrånvaron bland kommunens medarbetare uppgick till 7,4 procent, en minskning från 7,9 "
        "procent året innan. Personalkostnaderna uppgick till 1 512 miljoner kronor.")
    d.add_page()
    d.h1("Nämndernas ekonomiska utfall")
    d.p("Nämnderna redovisar sammantaget ett underskott mot budget. Underskottet vägs upp av högre "
        "skatteintäkter och en positiv avvikelse inom finansförvaltningen.")
    N = [("Kommunstyrelsen", 268.4, 263.9), ("Utbildningsnämnden", 872.6, 879.8),
         ("Socialnämnden", 398.2, 409.6), ("Äldrenämnden", 512.7, 514.1),
         ("Miljö- och byggnadsnämnden", 18.9, 18.2), ("Fritid- och kulturnämnden", 71.3, 70.6),
         ("Övriga nämnder", 14.6, 14.3)]
    rows = [[n, fmt(b), fmt(u), fmt(r1(b - u), neg="–")] for n, b, u in N]
    sb, su = r1(sum(x[1] for x in N)), r1(sum(x[2] for x in N))
    rows.append(["Summa nämnder", fmt(sb), fmt(su), fmt(r1(sb - su), neg="–")])
    d.table([["Nettokostnad, mnkr", "Budget 2024", "Utfall 2024", "Avvikelse"]], rows, [70, 30, 30, 30],
            bold_rows=("Summa nämnder",), caption="Tabell 2. Budgetavvikelse per nämnd")
    d.small("Övriga nämnder: kommunfullmäktige, revision, valnämnd och överförmyndarnämnd.")
    d.p("Socialnämndens underskott om 11,4 mnkr förklaras av ökade kostnader för externa placeringar "
        "av barn och unga samt för försörjningsstöd. Utbildningsnämnden redovisar ett underskott på "
        "7,2 mnkr, främst inom gymnasieskolan och skolskjutsar.")
    d.add_page()
    d.h1("Händelser av väsentlig betydelse")
    d.p("Under 2024 beslutade kommunfullmäktige att bygga en ny förskola i Kallinge. Upphandlingen "
        "avslutades i december och byggstart planeras till våren 2025.")
    d.p("Kommunen sålde under året tomtmark i Vieryd företagspark för totalt 9,2 miljoner kronor.")
    d.output(out)


def html(out):
    rows = [("Förskola och grundskola", 31, 713.8), ("Gymnasieskola och vuxenutbildning", 9, 207.2),
            ("Äldreomsorg", 23, 529.6), ("Stöd och service till personer med funktionsnedsättning", 12, 276.3),
            ("Individ- och familjeomsorg", 6, 138.2), ("Kultur och fritid", 3, 69.1),
            ("Gator, parker och samhällsbyggnad", 5, 115.1), ("Räddningstjänst", 2, 46.1),
            ("Politisk verksamhet och administration", 9, 207.6)]
    trs = "\n".join(f"        <tr><td>{n}</td><td>{k}</td><td>{fmt(m)}</td></tr>" for n, k, m in rows)
    tot = fmt(sum(r[2] for r in rows))
    page = f"""<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Så används din skatt - Ronneby kommun</title>
</head>
<body>
<div id="cookie-banner" class="cookie">
  <p>Vi använder kakor (cookies) för att förbättra din upplevelse av webbplatsen. <a href="/om-webbplatsen/kakor">Läs mer om kakor</a></p>
  <button>Acceptera alla</button> <button>Endast nödvändiga</button>
</div>
<header>
  <a href="/" class="logo">Ronneby kommun</a>
  <nav>
    <ul>
      <li><a href="/barn-och-utbildning">Barn och utbildning</a></li>
      <li><a href="/omsorg-och-stod">Omsorg och stöd</a></li>
      <li><a href="/bygga-bo-och-miljo">Bygga, bo och miljö</a></li>
      <li><a href="/kommun-och-politik">Kommun och politik</a></li>
    </ul>
  </nav>
  <div class="breadcrumbs"><a href="/">Start</a> / <a href="/kommun-och-politik">Kommun och politik</a> / <a href="/kommun-och-politik/ekonomi">Ekonomi</a> / Så används din skatt</div>
</header>
<main>
  <h1>Så används din skatt</h1>
  <p class="ingress">Kommunalskatten är kommunens viktigaste inkomstkälla. År 2025 är skattesatsen i Ronneby kommun 22,26 kronor per hundralapp av din beskattningsbara inkomst.</p>
  <p>Om du tjänar 30 000 kronor i månaden betalar du cirka 6 678 kronor i kommunalskatt till Ronneby kommun varje månad. Till det kommer skatt till Region Blekinge.</p>
  <h2>Så fördelas 100 kronor i skatt</h2>
  <p>Tabellen visar hur varje hundralapp i skatt fördelas mellan kommunens verksamheter enligt budget 2025, samt verksamhetens nettokostnad.</p>
  <table>
    <thead>
      <tr><th>Verksamhet</th><th>Kronor av 100</th><th>Nettokostnad 2025, mnkr</th></tr>
    </thead>
    <tbody>
{trs}
        <tr><td>Totalt</td><td>100</td><td>{tot}</td></tr>
    </tbody>
  </table>
  <p>Den största delen av skatten går till barn och unga. Förskola, grundskola, gymnasieskola och vuxenutbildning får tillsammans 40 kronor av varje hundralapp.</p>
  <h2>Vill du veta mer?</h2>
  <p>Läs hela <a href="/budget-2025.pdf">Budget 2025 med plan 2026–2027</a> eller kontakta ekonomienheten på telefon 0457-61 80 00.</p>
  <p class="updated">Senast uppdaterad: 2025-01-15</p>
</main>
<footer>
  <p>Ronneby kommun, 372 80 Ronneby. Besöksadress: Stadshuset, Ronneby. Telefon: 0457-61 80 00</p>
  <ul><li><a href="/tillganglighet">Tillgänglighetsredogörelse</a></li><li><a href="/personuppgifter">Behandling av personuppgifter</a></li><li><a href="/om-webbplatsen/kakor">Kakor</a></li></ul>
</footer>
</body>
</html>
"""
    with open(out, "w", encoding="utf-8") as f:
        f.write(page)


def protokoll(out):
    doc = docx.Document()
    cp = doc.core_properties
    cp.author = "Kommunledningsförvaltningen"
    cp.title = "Protokoll kommunstyrelsen 2025-03-04"
    cp.created = FIXED_DT.replace(tzinfo=None)
    cp.modified = FIXED_DT.replace(tzinfo=None)
    cp.last_modified_by = ""
    cp.revision = 1
    doc.add_heading("SAMMANTRÄDESPROTOKOLL", level=1)
    doc.add_paragraph("Kommunstyrelsen, Ronneby kommun")
    doc.add_paragraph("Sammanträdesdatum: 2025-03-04")
    doc.add_paragraph("Plats och tid: Stadshuset, sessionssalen, kl. 09.00–12.15")
    doc.add_paragraph("Beslutande: Helena Ståhl (M), ordförande; Tomas Lindberg (S), vice ordförande; "
                      "Karin Ek (C); Jonas Ek (KD); Sara Malmqvist (SD); Peter Holm (L); Amira Nasser (V) "
                      "m.fl. enligt närvarolista.")
    doc.add_paragraph("Justerare: Tomas Lindberg (S)")
    doc.add_heading("§ 45 Val av justerare", level=2)
    doc.add_paragraph("Kommunstyrelsen beslutar att utse Tomas Lindberg (S) att jämte ordföranden justera protokollet.")
    doc.add_heading("§ 46 Idrottshall i Kallinge – genomförandebeslut", level=2)
    doc.add_paragraph("Ärendebeskrivning: I investeringsbudgeten för 2025–2027 finns 58,0 miljoner kronor "
                      "avsatta för en ny idrottshall i Kallinge. Upphandlingen visar en totalkostnad på 61,2 "
                      "miljoner kronor, det vill säga 3,2 miljoner kronor mer än budgeterat. Merkostnaden "
                      "föreslås finansieras inom ramen för övriga reinvesteringar 2026.")
    doc.add_paragraph("Beslut: Kommunstyrelsen beslutar att genomföra projektet Idrottshall Kallinge till "
                      "en total utgift om 61,2 miljoner kronor, samt att byggstart sker tidigast i augusti 2025.")
    doc.add_paragraph("Reservation: Amira Nasser (V) och Sara Malmqvist (SD) reserverar sig mot beslutet "
                      "till förmån för eget yrkande om att skjuta upp projektet ett år.")
    doc.add_heading("§ 47 Ombudgetering av investeringsmedel från 2024 till 2025", level=2)
    doc.add_paragraph("Ärendebeskrivning: Flera investeringsprojekt blev inte slutförda under 2024. "
                      "Ekonomienheten föreslår att outnyttjade medel förs över till 2025 enligt tabellen nedan.")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, txt in zip(t.rows[0].cells, ["Projekt", "Ombudgeteras, tkr", "Ansvarig nämnd"]):
        c.text = txt
    OMB = [("Ny förskola Kallinge", 6400, "Utbildningsnämnden"),
           ("Gång- och cykelväg Ronneby–Listerby", 2150, "Kommunstyrelsen"),
           ("Brunnsparken, upprustning", 1300, "Kommunstyrelsen"),
           ("IT-infrastruktur och digitalisering", 850, "Kommunstyrelsen")]
    for n, v, a in OMB:
        cells = t.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = n, fmt(v, 0), a
    cells = t.add_row().cells
    cells[0].text, cells[1].text, cells[2].text = "Summa", fmt(sum(x[1] for x in OMB), 0), ""
    doc.add_paragraph("")
    doc.add_paragraph("Beslut: Kommunstyrelsen föreslår kommunfullmäktige att ombudgetera 10 700 tkr "
                      "från 2024 till 2025 enligt tabellen.")
    doc.add_heading("§ 48 Motion om avgiftsfri kollektivtrafik för pensionärer", level=2)
    doc.add_paragraph("Ärendebeskrivning: Amira Nasser (V) har i en motion föreslagit att invånare som fyllt "
                      "75 år ska få åka avgiftsfritt med kollektivtrafiken i kommunen. Kostnaden har "
                      "beräknats till cirka 2,3 miljoner kronor per år.")
    doc.add_paragraph("Beslut: Kommunstyrelsen föreslår kommunfullmäktige att avslå motionen.")
    doc.add_paragraph("Reservation: Amira Nasser (V) och Tomas Lindberg (S) reserverar sig mot beslutet "
                      "till förmån för bifall till motionen.")
    doc.add_heading("§ 49 Delegationsbeslut", level=2)
    doc.add_paragraph("Redovisning av delegationsbeslut för perioden 2025-01-15–2025-02-20 läggs till handlingarna.")
    doc.add_paragraph("Vid protokollet: Linnea Berg, sekreterare")
    doc.save(out)
    fix_zip(out)


def xlsx(out):
    wb = openpyxl.Workbook()
    wb.properties.creator = "Ronneby kommun"
    wb.properties.created = FIXED_DT.replace(tzinfo=None)
    wb.properties.modified = FIXED_DT.replace(tzinfo=None)
    ws = wb.active
    ws.title = "Befolkning"
    ws.append(["Befolkningsförändringar i Ronneby kommun 2020–2024"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(["Antal personer"])
    ws.append(["År", "Folkmängd 31 dec", "Födda", "Döda", "Inflyttade", "Utflyttade"])
    for r in [(2020, 29580, 298, 341, 1412, 1301), (2021, 29640, 305, 352, 1455, 1349),
              (2022, 29720, 287, 366, 1502, 1348), (2023, 29790, 279, 348, 1489, 1351),
              (2024, 29850, 271, 339, 1476, 1350)]:
        ws.append(list(r))
    ws.append(["Källa: SCB, bearbetning Ronneby kommun"])
    ws2 = wb.create_sheet("Förskola och skola")
    ws2.append(["Förskola och grundskola, Ronneby kommun"])
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.append(["Antal barn och elever 15 oktober; kostnad i kronor"])
    ws2.append(["År", "Barn i förskola", "Elever i grundskola", "Kostnad per elev grundskola, kr", "Andel behöriga till gymnasiet, %"])
    for r in [(2020, 1482, 3398, 104200, 80.3), (2021, 1469, 3421, 108100, 79.6),
              (2022, 1455, 3447, 112400, 82.1), (2023, 1461, 3462, 116900, 81.4),
              (2024, 1448, 3490, 121300, 81.2)]:
        ws2.append(list(r))
    for wsx in (ws, ws2):
        for col in "ABCDEF":
            wsx.column_dimensions[col].width = 22
    wb.save(out)
    fix_zip(out)


def press(out):
    txt = """# Byggstart för nya förskolan i Kallinge

**Pressmeddelande från Ronneby kommun, 2025-03-20**

Nu börjar bygget av den nya förskolan i Kallinge. Förskolan får sex avdelningar med plats för 120 barn och ska stå klar till höstterminen 2026.

Den totala investeringen är 60,5 miljoner kronor. Byggnaden uppförs av Sydbygg Entreprenad AB och kommer att ha solceller på taket och en gård som är planerad tillsammans med barn och pedagoger.

– Kallinge växer och familjerna behöver en modern förskola nära hemmet. Det här är en av de viktigaste investeringarna under mandatperioden, säger Jonas Ek (KD), ordförande i utbildningsnämnden.

När förskolan är klar kommer de två tillfälliga paviljongerna vid Kallingeskolan att avvecklas, vilket minskar hyreskostnaderna med cirka 1,1 miljoner kronor per år.

## Fakta

- Antal avdelningar: 6
- Antal platser: 120
- Byggstart: april 2025
- Beräknad inflyttning: augusti 2026
- Total investering: 60,5 miljoner kronor

**Kontakt:** Maria Fransson, förvaltningschef utbildningsförvaltningen, 0457-61 80 00
"""
    with open(out, "w", encoding="utf-8") as f:
        f.write(txt)


def build(base):
    d = os.path.join(base, "ronneby")
    ensure(d)
    budget_pdf(os.path.join(d, "budget-2025-plan-2026-2027.pdf"))
    arsred_pdf(os.path.join(d, "arsredovisning-2024.pdf"))
    html(os.path.join(d, "sa-anvands-din-skatt.html"))
    protokoll(os.path.join(d, "protokoll-kommunstyrelsen-2025-03-04.docx"))
    xlsx(os.path.join(d, "befolkning-och-skola-2020-2024.xlsx"))
    press(os.path.join(d, "pressmeddelande-forskola-kallinge.md"))
