"""Arboga kommun: documents (all figures invented)."""
import datetime
import os

import docx
import openpyxl
from docx.shared import Pt
from openpyxl.styles import Font

from util import Doc, fmt, normalize_zip

INV = 14120
TAX_OLD, TAX = "22,04", "22,29"
N = "– "  # negative prefix in the budget document

RES = {
    "Verksamhetens intäkter": [231400, 236000, 242500, 247300, 252100],
    "Verksamhetens kostnader": [-1124800, -1158300, -1196400, -1228900, -1262000],
    "Avskrivningar": [-41700, -44200, -47900, -51300, -53800],
    "Skatteintäkter": [688900, 712400, 748600, 773200, 798500],
    "Generella statsbidrag och utjämning": [262300, 268900, 274100, 280500, 287000],
    "Finansiella intäkter": [2900, 2500, 2400, 2400, 2400],
    "Finansiella kostnader": [-6700, -8900, -9800, -10900, -11600],
}
ORDER = ["Verksamhetens intäkter", "Verksamhetens kostnader", "Avskrivningar", "Verksamhetens nettokostnader",
         "Skatteintäkter", "Generella statsbidrag och utjämning", "Verksamhetens resultat", "Finansiella intäkter",
         "Finansiella kostnader", "Årets resultat"]
SUMS = {"Verksamhetens nettokostnader", "Verksamhetens resultat", "Årets resultat"}

DRIFT = [
    ("Kommunstyrelsen", [118400, 121600, 126300, 129000, 131800]),
    ("Barn- och utbildningsnämnden", [398200, 410500, 424700, 436200, 448100]),
    ("Socialnämnden", [362900, 375800, 391200, 403900, 417000]),
    ("Kultur- och fritidsnämnden", [44100, 45300, 46100, 47000, 48000]),
    ("Bygg- och miljönämnden", [8900, 9200, 9600, 9800, 10000]),
    ("Revision", [1600, 1650, 1700, 1750, 1800]),
    ("Valnämnden", [150, 300, 150, 900, 150]),
]

INVEST = [  # tkr: 2025, 2026, 2027
    ("Kommunstyrelsen", [
        ("Nytt LSS-boende Västerhöjden", 32000, 14000, 0),
        ("Ombyggnad Ekbackens äldreboende", 18500, 21000, 9000),
        ("Energi- och klimatåtgärder fastigheter", 6200, 5500, 5000),
        ("Gator och vägar, beläggning", 7800, 7500, 7500),
        ("Ny gång- och cykelväg Jädersvägen", 4300, 0, 0),
        ("IT och digitalisering", 3600, 3200, 3000),
        ("Reinvesteringar fastigheter", 14900, 16000, 18000),
    ]),
    ("Barn- och utbildningsnämnden", [
        ("Tillbyggnad Gäddgårdsskolan", 21000, 18000, 4000),
        ("Inventarier och digitala verktyg", 2400, 2400, 2400),
    ]),
    ("Socialnämnden", [
        ("Välfärdsteknik och trygghetslarm", 2100, 1800, 1600),
        ("Inventarier nytt LSS-boende", 1300, 0, 0),
    ]),
    ("Kultur- och fritidsnämnden", [
        ("Arboga sim- och sporthall, ny relining", 5900, 4000, 0),
        ("Elljusspår Ekbacken", 1200, 0, 0),
        ("Konst i offentlig miljö", 300, 300, 300),
    ]),
    ("Bygg- och miljönämnden", [
        ("Nytt ärendehanteringssystem", 900, 0, 0),
    ]),
]


def res_all():
    d = dict(RES)
    d["Verksamhetens nettokostnader"] = [a + b + c for a, b, c in zip(d["Verksamhetens intäkter"], d["Verksamhetens kostnader"], d["Avskrivningar"])]
    d["Verksamhetens resultat"] = [a + b + c for a, b, c in zip(d["Verksamhetens nettokostnader"], d["Skatteintäkter"], d["Generella statsbidrag och utjämning"])]
    d["Årets resultat"] = [a + b + c for a, b, c in zip(d["Verksamhetens resultat"], d["Finansiella intäkter"], d["Finansiella kostnader"])]
    return d


def inv_totals():
    t = [0, 0, 0]
    for _, ps in INVEST:
        for _, a, b, c in ps:
            t[0] += a; t[1] += b; t[2] += c
    return t


def budget_pdf(path):
    d = res_all()
    it = inv_totals()
    pdf = Doc("ARBOGA KOMMUN   Budget och plan 2025–2027")
    pdf.add_page()
    pdf.ln(65)
    pdf.set_font("DV", "B", 26)
    pdf.multi_cell(0, 13, "Budget och plan\n2025–2027", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 13)
    pdf.multi_cell(0, 8, "Arboga kommun\nKommunfullmäktiges beslut 2024-11-21, § 142", align="C", new_x="LMARGIN", new_y="NEXT")

    pdf.add_page()
    pdf.h1("Förord")
    pdf.p("Arboga växer långsamt men stadigt. Vi har i dag fler invånare än för tio år sedan och efterfrågan på "
          "bostäder, förskoleplatser och omsorg ökar. Samtidigt har kostnaderna för pensioner, räntor och "
          "placeringar ökat kraftigt de senaste åren.")
    pdf.p(f"För att klara välfärden höjs skattesatsen med 25 öre till {TAX} kronor från den 1 januari 2025. "
          "Höjningen ger cirka 8,4 miljoner kronor i ökade skatteintäkter.")
    pdf.p(f"Budgeten för 2025 visar ett resultat på {fmt(d['Årets resultat'][2] / 1000)} miljoner kronor. Det är "
          "lägre än vårt långsiktiga mål på 2 procent, men en tydlig förbättring jämfört med 2024.")
    pdf.p("Vi genomför samtidigt en effektivisering på 1 procent av nämndernas ramar, vilket motsvarar cirka "
          "9,6 miljoner kronor. Kommunstyrelsen får i uppdrag att ta fram en plan för minskade lokalkostnader.")
    pdf.p("Den största investeringen under perioden är det nya LSS-boendet på Västerhöjden med sex lägenheter, "
          "som ska stå klart vid årsskiftet 2025/2026.")
    pdf.p("Jonas Bergkvist (M)\nKommunstyrelsens ordförande")

    pdf.add_page()
    pdf.h1("Omvärld och samhällsekonomi")
    pdf.p("Svensk ekonomi har varit i en svag konjunktur under 2023 och 2024. Enligt SKR:s prognos vänder "
          "konjunkturen uppåt under 2025 och arbetslösheten börjar sjunka. Skatteunderlaget väntas växa med "
          "3,8 procent 2025.")
    pdf.p("Arbetslösheten i Arboga var 8,1 procent i september 2024, vilket är något högre än genomsnittet för "
          "Västmanlands län. Ungdomsarbetslösheten har minskat under året.")
    pdf.p("Bostadsbyggandet har bromsat in. Under 2024 färdigställdes 22 nya bostäder i kommunen, varav 16 "
          "hyresrätter. Detaljplanen för Västerhöjden etapp 3 möjliggör ytterligare cirka 120 bostäder.")
    pdf.h2("Risker")
    pdf.bullets(["Fortsatt höga kostnader för placeringar inom individ- och familjeomsorgen.",
                 "Ökade pensionskostnader när avtalet AKAP-KR slår igenom fullt ut.",
                 "Stora investeringar som ökar räntekänsligheten."])

    pdf.add_page()
    pdf.h1("Personal och arbetsgivarpolitik")
    pdf.p("Arboga kommun är med cirka 1 190 tillsvidareanställda en av de största arbetsgivarna i kommunen. "
          "Kompetensförsörjningen är en av de största utmaningarna de kommande åren, särskilt inom vård, "
          "omsorg och skola.")
    pdf.p("Målet är att sjukfrånvaron ska understiga 6,5 procent år 2027. Alla medarbetare erbjuds ett "
          "friskvårdsbidrag på 2 500 kronor per år.")
    pdf.p("Heltid som norm gäller sedan 2021. Andelen heltidsanställda inom socialförvaltningen är 87 procent.")

    pdf.add_page()
    pdf.h1("Förutsättningar och mål")
    pdf.h2("Befolkning")
    pdf.p(f"Budgeten bygger på {fmt(INV, 0)} invånare den 1 november 2024, vilket är 65 fler än ett år tidigare.")
    pdf.h2("Finansiella mål")
    pdf.bullets(["Resultatet ska över en femårsperiod uppgå till i genomsnitt 2 procent av skatteintäkter och generella statsbidrag.",
                 "Investeringarna ska till minst 50 procent finansieras med egna medel under planperioden.",
                 "Kommunens låneskuld får uppgå till högst 40 000 kronor per invånare."])
    pdf.h2("Verksamhetsmål")
    pdf.p("Kommunfullmäktige har beslutat om sex verksamhetsmål. Bland annat ska väntetiden till förskola vara "
          "högst 30 dagar och andelen nöjda brukare i hemtjänsten ska vara minst 90 procent.")
    pdf.h2("Löner och priser")
    pdf.p("I budgeten räknas med en löneökning på 3,4 procent 2025 och en prisökning på 2,0 procent. "
          "Pensionskostnaderna beräknas öka med 11,2 miljoner kronor jämfört med 2024.")

    pdf.add_page()
    pdf.h1("Resultatbudget")
    rows = []
    for n in ORDER:
        rows.append(([n] + [fmt(v, 0, neg=N) for v in d[n]], "sum" if n in SUMS else "row"))
    pdf.table([62, 21, 21, 21, 21, 21], [["", "Utfall", "Budget", "Budget", "Plan", "Plan"], ["Belopp i tkr", "2023", "2024", "2025", "2026", "2027"]],
              rows, caption="Resultatbudget 2025–2027")
    pct = [a / (s + g) * 100 for a, s, g in zip(d["Årets resultat"], d["Skatteintäkter"], d["Generella statsbidrag och utjämning"])]
    pdf.p(f"Årets resultat motsvarar {fmt(pct[2])} procent av skatteintäkter och generella statsbidrag 2025. "
          f"För 2026 och 2027 beräknas resultatet till {fmt(pct[3])} respektive {fmt(pct[4])} procent.")

    pdf.add_page()
    pdf.h1("Kassaflödesbudget")
    afs = [2100, 2300, 2400]
    res = d["Årets resultat"][2:]
    avs = [-x for x in d["Avskrivningar"][2:]]
    medel = [a + b + c for a, b, c in zip(res, avs, afs)]
    inv = [-x for x in it]
    lan = [60000, 30000, 0]
    am = [-5000, -5000, -5000]
    fin = [a + b for a, b in zip(lan, am)]
    kf = [a + b + c for a, b, c in zip(medel, inv, fin)]
    start = [48200]
    for k in kf[:-1]:
        start.append(start[-1] + k)
    slut = [s + k for s, k in zip(start, kf)]
    kr = [
        (["DEN LÖPANDE VERKSAMHETEN"], "section"),
        (["Årets resultat"] + [fmt(x, 0, neg=N) for x in res], "row"),
        (["Justering för avskrivningar"] + [fmt(x, 0, neg=N) for x in avs], "row"),
        (["Justering för avsättningar"] + [fmt(x, 0, neg=N) for x in afs], "row"),
        (["Medel från den löpande verksamheten"] + [fmt(x, 0, neg=N) for x in medel], "sum"),
        (["INVESTERINGSVERKSAMHETEN"], "section"),
        (["Investering i materiella anläggningstillgångar"] + [fmt(x, 0, neg=N) for x in inv], "row"),
        (["Kassaflöde från investeringsverksamheten"] + [fmt(x, 0, neg=N) for x in inv], "sum"),
        (["FINANSIERINGSVERKSAMHETEN"], "section"),
        (["Nyupptagna lån"] + [fmt(x, 0, neg=N) for x in lan], "row"),
        (["Amortering av skuld"] + [fmt(x, 0, neg=N) for x in am], "row"),
        (["Kassaflöde från finansieringsverksamheten"] + [fmt(x, 0, neg=N) for x in fin], "sum"),
        (["Årets kassaflöde"] + [fmt(x, 0, neg=N) for x in kf], "sum"),
        (["Likvida medel vid årets början"] + [fmt(x, 0, neg=N) for x in start], "row"),
        (["Likvida medel vid årets slut"] + [fmt(x, 0, neg=N) for x in slut], "row"),
    ]
    pdf.table([85, 28, 28, 28], [["Tkr", "Budget 2025", "Plan 2026", "Plan 2027"]], kr, caption="Kassaflödesbudget")

    # landscape drift
    pdf.add_page(orientation="L")
    pdf.h1("Driftbudget per nämnd")
    rows = []
    tot = [0] * 5
    for n, v in DRIFT:
        tot = [a + b for a, b in zip(tot, v)]
        rows.append(([n] + [fmt(x, 0) for x in v] + [fmt((v[2] - v[1]) / v[1] * 100)], "row"))
    rows.append((["Summa nämnder"] + [fmt(x, 0) for x in tot] + [fmt((tot[2] - tot[1]) / tot[1] * 100)], "sum"))
    target = [-x for x in d["Verksamhetens nettokostnader"]]
    ff = [a - b for a, b in zip(target, tot)]
    rows.append((["Finansförvaltning och gemensamma kostnader*"] + [fmt(x, 0) for x in ff] + [""], "row"))
    rows.append((["Verksamhetens nettokostnader"] + [fmt(x, 0) for x in target] + [fmt((target[2] - target[1]) / target[1] * 100)], "sum"))
    pdf.table([95, 28, 28, 28, 28, 28, 22], [["Nettokostnad", "Utfall", "Budget", "Budget", "Plan", "Plan", "Förändr."],
                                             ["tkr", "2023", "2024", "2025", "2026", "2027", "% 24–25"]], rows, rh=7, size=9)
    pdf.note("* Avser pensionskostnader som inte fördelas till nämnderna, kommungemensamma försäkringar och "
             "en reserv för löneökningar 2026–2027.")
    pdf.p("Socialnämndens ram har förstärkts med 6,5 miljoner kronor för ökade kostnader för placeringar av barn "
          "och unga samt för det nya LSS-boendet.")

    pdf.add_page(orientation="P")
    pdf.h1("Nämnderna")
    for n, t in [
        ("Kommunstyrelsen", "Kommunstyrelsen ansvarar även för fastigheter, gator, räddningstjänst via Mälardalens brand- och räddningsförbund och kommunens kostverksamhet. Kostenheten serverar cirka 2 400 måltider per dag."),
        ("Barn- och utbildningsnämnden", "Antalet elever i grundskolan beräknas till 1 610 under läsåret 2025/26. Gäddgårdsskolan byggs ut med sex klassrum och en ny matsal."),
        ("Socialnämnden", "Socialnämnden ansvarar för äldreomsorg, LSS, individ- och familjeomsorg samt försörjningsstöd. Antalet hemtjänsttimmar har ökat med 8 procent på två år."),
        ("Kultur- och fritidsnämnden", "Sim- och sporthallens bassäng får ny relining 2025–2026. Biblioteket utökar öppettiderna med meröppet på lördagar."),
        ("Bygg- och miljönämnden", "Nämnden inför ett nytt ärendehanteringssystem under 2025 för att korta handläggningstiderna för bygglov."),
    ]:
        pdf.h2(n)
        pdf.p(t)

    pdf.add_page()
    pdf.h1("Investeringsbudget")
    pdf.p(f"Investeringsbudgeten för 2025 omfattar {fmt(it[0] / 1000)} miljoner kronor. Det nya LSS-boendet på "
          "Västerhöjden har en total budget på 46,0 miljoner kronor.")
    pdf.p("Investeringarna finansieras med egna medel från resultat och avskrivningar samt med nya lån på "
          "60 miljoner kronor 2025.")
    pdf.ln(95)
    rows = []
    for sec, ps in INVEST:
        rows.append(([sec], "section"))
        s = [0, 0, 0]
        for n, a, b, c in ps:
            s = [s[0] + a, s[1] + b, s[2] + c]
            rows.append(([n, fmt(a, 0), fmt(b, 0), fmt(c, 0)], "row"))
        rows.append((["Summa " + sec.lower()] + [fmt(x, 0) for x in s], "sum"))
    rows.append((["Totalt investeringsbudget"] + [fmt(x, 0) for x in it], "sum"))
    pdf.table([95, 25, 25, 25], [["Investeringsprojekt", "Budget", "Plan", "Plan"], ["Belopp i tkr", "2025", "2026", "2027"]],
              rows, caption="Investeringsbudget 2025–2027")
    pdf.note("Projekt som inte slutförts under året kan ombudgeteras efter beslut i kommunstyrelsen.")
    pdf.output(path)
    return d, pct, kf, slut


# ---------------- Delårsrapport ----------------
DELAR = [  # nämnd, budget 2024, utfall jan-aug, prognos helår (mnkr)
    ("Kommunstyrelsen", 121.6, 79.8, 120.4),
    ("Barn- och utbildningsnämnden", 410.5, 268.1, 411.9),
    ("Socialnämnden", 375.8, 257.3, 383.6),
    ("Kultur- och fritidsnämnden", 45.3, 29.6, 44.9),
    ("Bygg- och miljönämnden", 9.2, 5.8, 8.9),
    ("Revision", 1.7, 1.0, 1.7),
    ("Valnämnden", 0.3, 0.3, 0.3),
]


def delar_pdf(path):
    pdf = Doc("Arboga kommun | Delårsrapport januari–augusti 2024")
    pdf.add_page()
    pdf.ln(70)
    pdf.set_font("DV", "B", 24)
    pdf.multi_cell(0, 12, "Delårsrapport\njanuari–augusti 2024", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 13)
    pdf.multi_cell(0, 8, "Arboga kommun", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    pdf.h1("Sammanfattning")
    pdf.p("Periodens resultat uppgick till 31,4 miljoner kronor, vilket är 2,4 miljoner kronor lägre än "
          "motsvarande period 2023.")
    pdf.p("Prognosen för helåret 2024 är ett resultat på 5,9 miljoner kronor, att jämföra med budgeterade "
          "8,4 miljoner kronor. Nämnderna prognostiserar sammantaget ett underskott på 7,3 miljoner kronor, "
          "vilket delvis vägs upp av högre skatteintäkter och lägre räntekostnader.")
    pdf.p("Socialnämnden prognostiserar ett underskott på 7,8 miljoner kronor, främst inom placeringar av barn "
          "och unga samt köpt verksamhet inom LSS.")
    pdf.h2("Nämndernas prognos")
    rows = []
    tb = tu = tp = 0
    for n, b, u, p in DELAR:
        tb += b; tu += u; tp += p
        rows.append(([n, fmt(b), fmt(u), fmt(p), fmt(b - p)], "row"))
    rows.append((["Summa nämnder", fmt(tb), fmt(tu), fmt(tp), fmt(tb - tp)], "sum"))
    pdf.table([66, 24, 26, 26, 24], [["Mnkr", "Budget", "Utfall", "Prognos", "Avvikelse"], ["", "2024", "jan–aug", "helår", "mot budget"]],
              rows, caption="Nettokostnad per nämnd, mnkr")
    pdf.note("Negativt belopp i kolumnen Avvikelse innebär underskott mot budget.")
    pdf.add_page()
    pdf.h2("Investeringar")
    pdf.p("Investeringarna uppgick till 52,3 miljoner kronor under perioden. För helåret prognostiseras "
          "investeringar på 96,0 miljoner kronor mot en budget på 118,0 miljoner kronor.")
    pdf.h2("Personal")
    pdf.p("Sjukfrånvaron under perioden var 7,1 procent, jämfört med 7,6 procent samma period föregående år. "
          "Antalet tillsvidareanställda var 1 187 den 31 augusti.")
    pdf.h2("Måluppfyllelse")
    pdf.p("Av kommunfullmäktiges sex verksamhetsmål bedöms tre uppfyllas helt, två delvis och ett inte alls. "
          "Målet om väntetid till förskola bedöms inte uppfyllas.")
    pdf.h2("Resultaträkning i sammandrag")
    rows = [
        (["Verksamhetens nettokostnader", "-617,4", "-644,9", "-975,3", "-966,5"], "row"),
        (["Skatteintäkter och statsbidrag", "652,1", "678,2", "987,6", "981,3"], "row"),
        (["Finansnetto", "-0,9", "-1,9", "-6,4", "-6,4"], "row"),
        (["Periodens/årets resultat", "33,8", "31,4", "5,9", "8,4"], "sum"),
    ]
    pdf.table([66, 24, 24, 26, 26], [["Mnkr", "Jan–aug 2023", "Jan–aug 2024", "Prognos 2024", "Budget 2024"]], rows, caption="Resultaträkning")
    pdf.output(path)


# ---------------- HTML ----------------
def html(path):
    s = f"""<!DOCTYPE html>
<html lang="sv">
<head><meta charset="utf-8"><title>Skattesatsen höjs 2025 – Arboga kommun</title>
<style>body{{font-family:Arial}} .cookie{{position:fixed;bottom:0}}</style>
</head>
<body>
<div class="cookie" role="dialog">
  <p>Vi använder kakor för att ge dig en bättre upplevelse. <a href="/om-kakor">Läs mer om kakor</a></p>
  <button>Acceptera</button><button>Neka</button>
</div>
<div class="topbar"><a href="/lattlast">Lättläst</a> | <a href="/other-languages">Other languages</a> | <a href="/lyssna">Lyssna</a></div>
<header>
  <div class="logo">Arboga kommun</div>
  <nav>
    <a href="/barn-utbildning">Barn och utbildning</a>
    <a href="/omsorg">Omsorg och hjälp</a>
    <a href="/bygga-bo">Bygga, bo och miljö</a>
    <a href="/uppleva">Uppleva och göra</a>
    <a href="/kommun-politik">Kommun och politik</a>
  </nav>
</header>
<main id="content">
  <p class="crumbs">Startsida / Kommun och politik / Ekonomi / Finansiell information</p>
  <h1>Finansiell information: skattesatsen höjs med 25 öre 2025</h1>
  <p class="date">Publicerad: 22 november 2024</p>
  <p><strong>Kommunfullmäktige i Arboga beslutade den 21 november om budget och plan för 2025–2027. Den kommunala skattesatsen höjs från {TAX_OLD} till {TAX} kronor.</strong></p>
  <p>För en person med en månadslön på 35 000 kronor innebär höjningen cirka 85 kronor mer i skatt per månad.</p>
  <p>Budgeten innehåller investeringar på drygt 120 miljoner kronor under 2025, bland annat ett nytt LSS-boende och en tillbyggnad av Gäddgårdsskolan.</p>
  <h2>Skattesatser i Arboga</h2>
  <table>
    <caption>Skattesats i kronor per 100 kronor beskattningsbar inkomst</caption>
    <tr><th>År</th><th>Arboga kommun</th><th>Region Västmanland</th><th>Totalt</th></tr>
    <tr><td>2022</td><td>22,04</td><td>10,88</td><td>32,92</td></tr>
    <tr><td>2023</td><td>22,04</td><td>10,88</td><td>32,92</td></tr>
    <tr><td>2024</td><td>22,04</td><td>11,48</td><td>33,52</td></tr>
    <tr><td>2025</td><td>22,29</td><td>11,48</td><td>33,77</td></tr>
  </table>
  <h2>Nyckeltal</h2>
  <ul>
    <li>Budgeterat resultat 2025: 13,5 miljoner kronor</li>
    <li>Antal invånare 1 november 2024: 14 120</li>
    <li>Låneskuld per invånare vid utgången av 2025: 31 800 kronor</li>
  </ul>
  <p>Kontakt: ekonomichef Annika Rosén, telefon 0589-870 00.</p>
  <p class="updated">Senast uppdaterad: 3 december 2024</p>
</main>
<footer>
  <div>Arboga kommun, Box 45, 732 21 Arboga</div>
  <div>Växel 0589-870 00 · kommun@arboga.se</div>
  <div><a href="/tillganglighet">Tillgänglighet</a> · <a href="/gdpr">Dataskydd</a></div>
</footer>
</body></html>
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(s)


# ---------------- DOCX ----------------
VA = [  # avgift, 2024, 2025 (kr)
    ("Fast avgift per år, villa", 5840, 6250),
    ("Avgift per kubikmeter vatten", 31.20, 33.40),
    ("Fast avgift per år, lägenhet", 2920, 3125),
    ("Anläggningsavgift, villa", 198000, 212000),
]


def protokoll_docx(path):
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(11)
    d.add_heading("Protokollsutdrag", level=1)
    d.add_paragraph("Kommunstyrelsen i Arboga kommun")
    d.add_paragraph("Sammanträdesdatum 2024-10-29")
    d.add_paragraph("Närvarande: Jonas Bergkvist (M), ordförande; Lena Frisk (S), vice ordförande; samt nio ledamöter.")
    d.add_heading("§ 187 Budget och plan 2025–2027", level=2)
    d.add_paragraph("Dnr KS 2024/0311")
    d.add_paragraph("Ekonomiavdelningen har tagit fram ett förslag till budget och plan 2025–2027 utifrån de "
                    "ramar som styrande majoritet (M, KD, C och L) presenterat. Förslaget innebär en höjning av "
                    "skattesatsen med 25 öre.")
    d.add_paragraph("Lena Frisk (S) yrkar att skattesatsen höjs med 40 öre och att socialnämnden tillförs "
                    "ytterligare 5,0 miljoner kronor.")
    d.add_paragraph("Ordföranden ställer förslagen mot varandra och finner att kommunstyrelsen bifaller "
                    "majoritetens förslag.")
    d.add_paragraph("Kommunstyrelsens förslag till kommunfullmäktige")
    d.add_paragraph("1. Budget och plan 2025–2027 fastställs.")
    d.add_paragraph("2. Skattesatsen för 2025 fastställs till 22,29 kronor.")
    d.add_paragraph("3. Kommunstyrelsen får under 2025 uppta nya lån på högst 60 miljoner kronor.")
    d.add_paragraph("Reservation: Socialdemokraternas ledamöter reserverar sig till förmån för eget yrkande. "
                    "Sverigedemokraterna lämnar ett särskilt yttrande.")
    d.add_heading("§ 188 VA-taxa 2025", level=2)
    d.add_paragraph("Dnr KS 2024/0298")
    d.add_paragraph("VA-huvudmannen Västra Mälardalens Energi och Miljö AB föreslår höjda avgifter för vatten och "
                    "avlopp från den 1 januari 2025. Höjningen behövs för att finansiera ett nytt vattenverk.")
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Avgift (kr, inkl. moms)", "2024", "2025", "Förändring %"]):
        c.text = h
    for n, a, b in VA:
        cells = t.add_row().cells
        dec = 2 if isinstance(a, float) else 0
        vals = [n, fmt(a, dec), fmt(b, dec), fmt((b - a) / a * 100)]
        for c, v in zip(cells, vals):
            c.text = v
    d.add_paragraph("För en normalvilla med en förbrukning på 150 kubikmeter per år ökar den årliga kostnaden "
                    "med 740 kronor.")
    d.add_paragraph("Beslut: Kommunstyrelsen föreslår kommunfullmäktige att anta VA-taxan. Beslutet är enhälligt.")
    d.add_heading("§ 189 Medborgarförslag om hundrastgård i Medåker", level=2)
    d.add_paragraph("Beslut: Medborgarförslaget bifalls. Kostnaden på 85 000 kronor ryms inom kommunstyrelsens ram.")
    cp = d.core_properties
    cp.author = "Arboga kommun"
    cp.last_modified_by = "Arboga kommun"
    cp.created = datetime.datetime(2024, 11, 1, 9, 0, 0)
    cp.modified = datetime.datetime(2024, 11, 1, 9, 0, 0)
    cp.revision = 1
    d.save(path)
    normalize_zip(path)


# ---------------- XLSX ----------------
VERKS = [  # verksamhet, intäkter, kostnader (tkr)
    ("Förskola", 14200, 96800),
    ("Grundskola inkl. förskoleklass", 21500, 212400),
    ("Gymnasieskola", 6800, 98300),
    ("Vuxenutbildning", 9400, 18900),
    ("Äldreomsorg", 38600, 276500),
    ("Insatser enligt LSS", 22800, 112600),
    ("Individ- och familjeomsorg", 8900, 74300),
    ("Kultur och fritid", 5200, 51300),
    ("Gator, vägar och parker", 4100, 32700),
    ("Räddningstjänst", 0, 17800),
    ("Politisk verksamhet", 0, 11900),
    ("Övrig verksamhet", 111000, 240800),
]
PERS = [(2020, 1152, 8.4, 44.9), (2021, 1163, 8.8, 45.1), (2022, 1171, 8.1, 45.0), (2023, 1180, 7.5, 44.7), (2024, 1187, 7.1, 44.6)]


def xlsx(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Budget per verksamhet"
    ws.append(["Arboga kommun – budget 2025 per verksamhet"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(["Belopp i tkr"])
    ws.append(["Verksamhet", "Intäkter", "Kostnader", "Nettokostnad"])
    ti = tk = 0
    for n, i, k in VERKS:
        ti += i; tk += k
        ws.append([n, i, k, k - i])
    ws.append(["Summa", ti, tk, tk - ti])
    ws2 = wb.create_sheet("Personal")
    ws2.append(["Personalstatistik, Arboga kommun"])
    ws2.append(["Antal per 31 augusti respektive procent/år"])
    ws2.append(["År", "Tillsvidareanställda", "Sjukfrånvaro %", "Medelålder år"])
    for r in PERS:
        ws2.append(list(r))
    wb.properties.creator = "Arboga kommun"
    wb.properties.lastModifiedBy = "Arboga kommun"
    wb.properties.created = datetime.datetime(2024, 11, 1, 9, 0, 0)
    wb.properties.modified = datetime.datetime(2024, 11, 1, 9, 0, 0)
    wb.save(path)
    normalize_zip(path)
    return ti, tk


PRESS = """PRESSMEDDELANDE
Arboga kommun 2025-03-12

Byggstart för nytt LSS-boende på Västerhöjden

I dag tas det första spadtaget för Arboga kommuns nya LSS-boende på Västerhöjden. Boendet får sex lägenheter och en gemensamhetslokal och ska vara inflyttningsklart i januari 2026.

Den totala budgeten för projektet är 46,0 miljoner kronor. Byggnaden uppförs av Mälarbygg AB, som vann upphandlingen med ett anbud på 38,2 miljoner kronor.

"Det här är ett viktigt steg för att kunna erbjuda bostad med särskild service på hemmaplan i stället för att köpa platser i andra kommuner", säger Eva Lundmark (KD), ordförande i socialnämnden.

I dag köper kommunen fyra platser i andra kommuner till en kostnad av cirka 9,5 miljoner kronor per år. När boendet är klart beräknas kostnaderna minska med 3,1 miljoner kronor per år.

Boendet kommer att ha 14 årsarbetare.

För mer information:
Eva Lundmark (KD), ordförande socialnämnden, 0589-871 20
Henrik Ståhl, projektledare, 0589-872 44
"""


def build(out):
    os.makedirs(out, exist_ok=True)
    budget_pdf(os.path.join(out, "budget-och-plan-2025-2027.pdf"))
    delar_pdf(os.path.join(out, "delarsrapport-jan-aug-2024.pdf"))
    html(os.path.join(out, "finansiell-information-skattesats-2025.html"))
    protokoll_docx(os.path.join(out, "protokollsutdrag-ks-2024-10-29.docx"))
    xlsx(os.path.join(out, "budget-per-verksamhet-2025.xlsx"))
    with open(os.path.join(out, "pressmeddelande-lss-boende-vasterhojden.txt"), "w", encoding="utf-8") as f:
        f.write(PRESS)
