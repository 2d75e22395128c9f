"""Älvdalens kommun: Budget och plan 2025-2027, delårsrapport 2024, HTML-nyhet, protokoll SN, xlsx, pressmeddelande."""
import os
import docx
import openpyxl
from openpyxl.styles import Font
from common import Doc, sv, r1, fix_zip, docx_table, set_docx_props

CHAIR = "Britt-Marie Halvars (C)"
P = lambda x: sv(x, 1, "paren")
PT = lambda x: sv(x, 0, "paren")

YEARS = ["2023", "2024", "2025", "2026", "2027"]
# Driftbudget tkr: Bokslut 2023, Budget 2024, Budget 2025, Plan 2026, Plan 2027 (net cost)
NAMNDER = [
    ("Kommunfullmäktige och revision", [3880, 4010, 4120, 4200, 4290]),
    ("Kommunstyrelsen", [112460, 115300, 118650, 121400, 124100]),
    ("Bildningsnämnden", [189720, 194850, 198430, 203100, 207600]),
    ("Socialnämnden", [221380, 220600, 231780, 238900, 245300]),
    ("Miljö- och byggnämnden", [6410, 6620, 6840, 7010, 7180]),
]
GEM = ("Gemensamma kostnader och pensioner", [1250, 1400, 1580, 1700, 1820])
SUM_N = [sum(n[1][i] for n in NAMNDER) for i in range(5)]
NETTO = [SUM_N[i] + GEM[1][i] for i in range(5)]

NK = [-r1(x / 1000) for x in NETTO]
INT = [142.6, 145.0, 149.2, 152.0, 155.1]
AVS = [-21.4, -22.8, -24.5, -26.3, -27.9]
KOST = [r1(NK[i] - INT[i] - AVS[i]) for i in range(5)]
SKATT = [318.2, 327.6, 342.9, 353.4, 364.1]
BIDR = [219.5, 224.0, 233.6, 238.2, 243.0]
VR = [r1(NK[i] + SKATT[i] + BIDR[i]) for i in range(5)]
FI = [1.8, 1.3, 1.2, 1.2, 1.2]
FK = [-3.9, -5.2, -5.9, -6.8, -7.4]
RES = [r1(VR[i] + FI[i] + FK[i]) for i in range(5)]

# Investeringsbudget mnkr: Budget 2025, Plan 2026, Plan 2027
INV = [
    ("Kommunstyrelsen", [
        ("Brandstation Idre", [9.0, 3.5, 0.0]),
        ("Reinvestering gator, vägar och belysning", [3.2, 3.2, 3.4]),
        ("VA-ledningar Älvdalen centrum", [6.5, 7.0, 7.5]),
        ("IT och digitalisering", [1.5, 1.2, 1.2]),
    ]),
    ("Bildningsnämnden", [
        ("Ombyggnad Älvdalens skola, etapp 2", [22.0, 8.0, 0.0]),
        ("Ny förskola i Idre", [14.5, 2.0, 0.0]),
        ("Inventarier skola och förskola", [0.8, 0.8, 0.8]),
    ]),
    ("Socialnämnden", [
        ("Ventilation Särna vård- och omsorgsboende", [5.8, 0.0, 0.0]),
        ("Trygghetslarm och välfärdsteknik", [0.9, 0.6, 0.6]),
    ]),
]
INV_TOT = [r1(sum(p[1][i] for _, ps in INV for p in ps)) for i in range(3)]

# Delårsrapport: prognos helår 2024 (tkr)
PROGNOS = {"Kommunfullmäktige och revision": 3950, "Kommunstyrelsen": 113900, "Bildningsnämnden": 196350,
           "Socialnämnden": 230050, "Miljö- och byggnämnden": 6480}
UTFALL_AUG = {"Kommunfullmäktige och revision": 2540, "Kommunstyrelsen": 74120, "Bildningsnämnden": 126980,
              "Socialnämnden": 154870, "Miljö- och byggnämnden": 4190}
FIN_AVV = 650
PROG_RES = -3.8

HEAD = "Älvdalens kommun | Budget och plan 2025–2027"


def budget_pdf(path):
    d = Doc(HEAD)
    d.add_page()
    d.ln(45)
    d.set_font("D", "B", 24)
    d.multi_cell(0, 12, "Budget och plan 2025–2027")
    d.set_font("D", "", 12)
    d.multi_cell(0, 7, "Älvdalens kommun\nBeslutad av kommunfullmäktige 2024-11-25, § 98")
    d.cover = False

    d.add_page()
    d.h1("Innehåll")
    d.set_font("D", "", 10)
    for t, pg in [("Förord", 3), ("Förutsättningar", 4), ("Verksamhetsmål", 5), ("Resultatbudget", 6),
                  ("Driftbudget per nämnd", 7), ("Kassaflödesbudget", 8), ("Investeringsbudget 2025–2027", 9),
                  ("Kommentarer till investeringarna", 10), ("Nämndernas uppdrag 2025", 11), ("Ordlista", 12)]:
        d.cell(150, 6, t)
        d.cell(0, 6, str(pg), align="R")
        d.ln(6)

    d.add_page()
    d.h1("Förord")
    d.p("Älvdalens kommun står inför stora utmaningar. Befolkningen minskar och blir äldre, samtidigt som kostnaderna "
        "för äldreomsorg, skola och räddningstjänst ökar. För att kunna behålla en god service i hela kommunen – i "
        "Älvdalen, Idre, Särna och Åsen – behöver vi både öka intäkterna och minska kostnaderna.")
    d.p("Kommunfullmäktige har därför beslutat att höja skattesatsen med 30 öre, från 22,54 kronor till 22,84 kronor "
        "från och med 2025. Höjningen beräknas ge cirka 4,5 miljoner kronor per år i ökade skatteintäkter.")
    d.p("Samtidigt genomför nämnderna ett sparbeting om sammanlagt 12,6 miljoner kronor. Socialnämnden ska minska "
        "kostnaderna med 6,0 miljoner kronor, Bildningsnämnden med 4,2 miljoner kronor och Kommunstyrelsen med "
        "2,4 miljoner kronor.")
    d.p(f"Budgeten ger ett resultat för 2025 på {sv(RES[2])} miljoner kronor. Det motsvarar "
        f"{sv(RES[2] / (SKATT[2] + BIDR[2]) * 100)} procent av skatter och generella statsbidrag, vilket når upp till det "
        "finansiella målet om minst 1,5 procent.")
    d.p(f"{CHAIR}\nKommunstyrelsens ordförande", style="B")

    d.add_page()
    d.h1("Förutsättningar")
    d.h2("Befolkning")
    d.p("Den 31 december 2023 hade Älvdalens kommun 6 948 invånare, en minskning med 41 personer jämfört med året "
        "innan. Budgeten bygger på ett antagande om 6 900 invånare 2025.")
    d.h2("Skatteintäkter och utjämning")
    d.p("Skatteintäkter och generella statsbidrag beräknas enligt SKR:s prognos från oktober 2024. Kommunen är starkt "
        "beroende av det kommunala utjämningssystemet; generella statsbidrag och utjämning motsvarar cirka 40 procent "
        "av kommunens skatter och bidrag.")
    d.h2("Finansiella mål")
    d.bullets(["Årets resultat ska uppgå till minst 1,5 procent av skatter och generella statsbidrag.",
               "Investeringar ska till minst 60 procent finansieras med egna medel under planperioden.",
               "Låneskulden får inte överstiga 180 miljoner kronor."])
    d.add_page()
    d.h1("Verksamhetsmål")
    d.bullets(["Andelen elever i årskurs 9 som är behöriga till gymnasiet ska öka till 88 procent.",
               "Väntetiden till särskilt boende ska i genomsnitt vara högst 60 dagar.",
               "Sjukfrånvaron bland kommunens medarbetare ska minska till högst 6,5 procent.",
               "Minst 20 nya bostäder ska byggas i Idre under planperioden."])
    d.p("Kommunstyrelsen ansvarar för uppföljning av målen i delårsrapport och årsredovisning.")

    d.add_page()
    d.h1("Resultatbudget")
    d.caption("Resultatbudget (mnkr)")
    rows = []
    def rb(l, v, st=""):
        rows.append(([l] + [P(x) for x in v], st))
    rb("Verksamhetens intäkter", INT)
    rb("Verksamhetens kostnader", KOST)
    rb("Avskrivningar", AVS)
    rb("Verksamhetens nettokostnader", NK, "B")
    rb("Skatteintäkter", SKATT)
    rb("Generella statsbidrag och utjämning", BIDR)
    rb("Verksamhetens resultat", VR, "B")
    rb("Finansiella intäkter", FI)
    rb("Finansiella kostnader", FK)
    rb("Årets resultat", RES, "B")
    d.table([["", "Bokslut", "Budget", "Budget", "Plan", "Plan"], [""] + YEARS], rows, [62, 21, 21, 21, 21, 21],
            footnotes=["Negativa belopp anges inom parentes."])
    d.p("Finansiella kostnader ökar under planperioden till följd av nya lån för skolan i Älvdalen och förskolan i Idre.")

    d.add_page()
    d.h1("Driftbudget per nämnd")
    d.caption("Nettokostnad per nämnd (tkr)")
    rows = []
    for nm, v in NAMNDER:
        rows.append(([nm] + [PT(-x) for x in v], ""))
    rows.append((["Summa nämnder"] + [PT(-x) for x in SUM_N], "B"))
    rows.append(([GEM[0]] + [PT(-x) for x in GEM[1]], ""))
    rows.append((["Verksamhetens nettokostnader"] + [PT(-x) for x in NETTO], "B"))
    d.table([["", "Bokslut", "Budget", "Budget", "Plan", "Plan"], ["Nämnd", "2023", "2024", "2025", "2026", "2027"]],
            rows, [62, 21, 21, 21, 21, 21],
            footnotes=["Budget 2024 avser budget enligt beslut i kommunfullmäktige november 2023."])
    d.p("Socialnämndens ram ökar med 11,2 miljoner kronor mellan 2024 och 2025, främst för att täcka ökade kostnader "
        "inom hemtjänsten och för placeringar av barn och unga.")

    d.add_page()
    d.h1("Kassaflödesbudget")
    d.caption("Kassaflödesbudget (mnkr)")
    medel = [r1(RES[i] - AVS[i]) for i in (2, 3, 4)]
    lan = [r1(INV_TOT[i] - medel[i]) if INV_TOT[i] > medel[i] else 0.0 for i in range(3)]
    amort = [0.0 if lan[i] > 0 else -r1(medel[i] - INV_TOT[i]) for i in range(3)]
    chg = [r1(medel[i] - INV_TOT[i] + lan[i] + amort[i]) for i in range(3)]
    rows = [(["Årets resultat"] + [P(RES[i]) for i in (2, 3, 4)], ""),
            (["Återföring av avskrivningar"] + [P(-AVS[i]) for i in (2, 3, 4)], ""),
            (["Medel från den löpande verksamheten"] + [P(x) for x in medel], "B"),
            (["Investeringar i materiella anläggningstillgångar"] + [P(-x) for x in INV_TOT], ""),
            (["Nyupptagna lån"] + [P(x) for x in lan], ""),
            (["Amortering av lån"] + [P(x) for x in amort], ""),
            (["Förändring av likvida medel"] + [P(x) for x in chg], "B")]
    d.table([["", "Budget", "Plan", "Plan"], ["", "2025", "2026", "2027"]], rows, [95, 25, 25, 25])
    d.p("Investeringarna 2025 kan inte finansieras fullt ut med egna medel. Nya lån tas upp under 2025; under 2026 "
        "och 2027 beräknas investeringarna rymmas inom kassaflödet från den löpande verksamheten.")

    d.add_page(orientation="L")
    d.h1("Investeringsbudget 2025–2027")
    d.caption("Investeringar per nämnd och projekt (mnkr)")
    rows = []
    for nm, ps in INV:
        rows.append(([nm, "", "", "", ""], "S"))
        for pn, v in ps:
            rows.append(([pn] + [sv(x) for x in v] + [sv(sum(v))], ""))
        s = [r1(sum(p[1][i] for p in ps)) for i in range(3)]
        rows.append((["Summa"] + [sv(x) for x in s] + [sv(sum(s))], "B"))
    rows.append((["Totalt"] + [sv(x) for x in INV_TOT] + [sv(sum(INV_TOT))], "B"))
    d.table([["", "Budget", "Plan", "Plan", "Summa"], ["Projekt", "2025", "2026", "2027", "2025–2027"]], rows,
            [110, 30, 30, 30, 35],
            footnotes=["Investeringar inom VA finansieras via VA-taxan."])
    d.add_page(orientation="P")
    d.h1("Kommentarer till investeringarna")
    d.p("Den största investeringen är ombyggnaden av Älvdalens skola, etapp 2, där 22,0 miljoner kronor budgeteras 2025. "
        "Den nya förskolan i Idre ersätter två tillfälliga paviljonger och ger plats för 60 barn.")
    d.p("Brandstationen i Idre byggs om för att klara krav på arbetsmiljö och omklädning. Projektet har tidigare "
        "beräknats till 10,0 miljoner kronor men har räknats upp till 12,5 miljoner kronor.")
    d.add_page()
    d.h1("Nämndernas uppdrag 2025")
    for nm, t in [("Kommunstyrelsen", "Ansvarar för räddningstjänst, gator och vägar, VA, fastigheter och näringslivsfrågor."),
                  ("Bildningsnämnden", "Ansvarar för förskola, grundskola, gymnasieskola, vuxenutbildning och kulturskola."),
                  ("Socialnämnden", "Ansvarar för äldreomsorg, LSS, individ- och familjeomsorg samt hälso- och sjukvård i hemmet."),
                  ("Miljö- och byggnämnden", "Ansvarar för bygglov, miljö- och hälsoskydd och livsmedelskontroll.")]:
        d.h2(nm)
        d.p(t)
    d.add_page()
    d.h1("Ordlista")
    d.bullets(["Driftbudget: budget för den löpande verksamheten, till exempel löner, hyror och material.",
               "Investering: anskaffning av tillgång med ett värde över ett prisbasbelopp och en nyttjandeperiod över tre år.",
               "Kommunalekonomisk utjämning: statligt system som utjämnar skillnader i skattekraft och strukturella kostnader.",
               "Sparbeting: krav på kostnadsminskning som fördelas till nämnderna."])
    d.output(path)


def delar_pdf(path):
    d = Doc("Älvdalens kommun – Delårsrapport januari–augusti 2024")
    d.add_page()
    d.ln(45)
    d.set_font("D", "B", 24)
    d.multi_cell(0, 12, "Delårsrapport januari–augusti 2024")
    d.set_font("D", "", 12)
    d.multi_cell(0, 7, "Älvdalens kommun")
    d.cover = False
    d.add_page()
    d.h1("Sammanfattning")
    d.p("Periodens resultat uppgår till 14,6 miljoner kronor. Resultatet för perioden är högre än för helåret eftersom "
        "semesterlöneskulden minskar under sommaren.")
    d.p(f"Prognosen för helåret 2024 är ett resultat på {sv(PROG_RES)} miljoner kronor, vilket är "
        f"{sv(abs(PROG_RES - RES[1]))} miljoner kronor sämre än budgeterat resultat på {sv(RES[1])} miljoner kronor.")
    d.p("Den största avvikelsen finns inom Socialnämnden, som prognostiserar ett underskott på grund av ökade "
        "kostnader för hemtjänst och externa placeringar. Nämnden har tagit fram en åtgärdsplan.")
    d.add_page()
    d.h1("Nämndernas ekonomi")
    d.caption("Prognos per nämnd 2024, tkr")
    rows = []
    tb = tu = tp = ta = 0
    for nm, v in NAMNDER:
        b = v[1]; u = UTFALL_AUG[nm]; pr = PROGNOS[nm]; a = b - pr
        tb += b; tu += u; tp += pr; ta += a
        rows.append(([nm, sv(b, 0), sv(u, 0), sv(pr, 0), sv(a, 0)], ""))
    rows.append((["Summa nämnder", sv(tb, 0), sv(tu, 0), sv(tp, 0), sv(ta, 0)], "B"))
    rows.append((["Finansförvaltning", "", "", "", sv(FIN_AVV, 0)], ""))
    rows.append((["Total avvikelse mot budget", "", "", "", sv(ta + FIN_AVV, 0)], "B"))
    assert abs((ta + FIN_AVV) / 1000 - (PROG_RES - RES[1])) < 0.05, (ta, PROG_RES, RES[1])
    d.table([["", "Budget", "Utfall", "Prognos", "Avvikelse"], ["Nämnd", "2024", "jan–aug", "helår", "helår"]],
            rows, [66, 24, 24, 24, 24],
            footnotes=["Avvikelse = budget minus prognos. Negativt belopp innebär underskott."])
    d.p("Bildningsnämndens underskott beror främst på ökade kostnader för skolskjutsar och gymnasieelever som studerar "
        "i andra kommuner.")
    d.add_page()
    d.h1("Investeringar och personal")
    d.p("Investeringarna uppgick till 18,3 miljoner kronor under perioden januari–augusti. Helårsprognosen är "
        "31,5 miljoner kronor mot en budget på 42,0 miljoner kronor. Den lägre nivån beror på att ombyggnaden av "
        "Älvdalens skola har försenats.")
    d.p("Sjukfrånvaron var 7,4 procent under perioden, jämfört med 7,9 procent motsvarande period 2023. "
        "Antalet invånare var 6 912 den 30 juni 2024.")
    d.h2("Måluppfyllelse")
    d.p("Av kommunfullmäktiges 12 verksamhetsmål bedöms 7 uppfyllas helt, 3 delvis och 2 inte alls.")
    d.output(path)


def html(path):
    rows = []
    for nm, v in NAMNDER:
        rows.append(f"<tr><td>{nm}</td><td>{sv(v[1], 0)}</td><td>{sv(v[2], 0)}</td><td>{sv(v[2] - v[1], 0)}</td></tr>")
    rows.append(f"<tr><td><strong>Summa</strong></td><td>{sv(SUM_N[1], 0)}</td><td>{sv(SUM_N[2], 0)}</td>"
                f"<td>{sv(SUM_N[2] - SUM_N[1], 0)}</td></tr>")
    body = "\n            ".join(rows)
    page = f"""<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Budget 2025 är beslutad – skatten höjs med 30 öre | Älvdalens kommun</title>
<style>.cookie{{position:fixed;bottom:0}}</style>
</head>
<body>
<div class="cookie" role="dialog" aria-label="Kakor">
  <p>Älvdalens kommun använder kakor för statistik och för att webbplatsen ska fungera.</p>
  <button>Acceptera</button><button>Neka</button><a href="/om-webbplatsen/kakor">Inställningar</a>
</div>
<header>
  <div class="toplinks"><a href="/lyssna">Lyssna</a> <a href="/languages">Languages</a> <a href="/kontakt">Kontakt</a></div>
  <a href="/" class="logo">Älvdalens kommun</a>
  <nav class="mainnav">
    <a href="/barn-och-utbildning">Barn och utbildning</a>
    <a href="/omsorg-och-hjalp">Omsorg och hjälp</a>
    <a href="/bygga-bo">Bygga, bo och miljö</a>
    <a href="/kommun-och-politik">Kommun och politik</a>
    <a href="/nyheter">Nyheter</a>
  </nav>
</header>
<main id="content">
  <nav class="crumbs">Startsida › Nyheter › Budget 2025 är beslutad</nav>
  <h1>Budget 2025 är beslutad – skatten höjs med 30 öre</h1>
  <p class="date">Publicerad: 26 november 2024</p>
  <p class="lead">Kommunfullmäktige beslutade på måndagen om budget och plan för 2025–2027. Skattesatsen höjs till 22,84 kronor.</p>
  <p>Tillsammans med Region Dalarnas skattesats på 11,81 kronor blir den totala skattesatsen i Älvdalen 34,65 kronor år 2025.</p>
  <p>Nämnderna får sammanlagt {sv(SUM_N[2], 0)} tusen kronor för 2025. Socialnämnden får den största ökningen.</p>
  <h2>Nämndernas ramar</h2>
  <table>
    <thead>
      <tr><th>Nämnd</th><th>Ram 2024, tkr</th><th>Ram 2025, tkr</th><th>Förändring, tkr</th></tr>
    </thead>
    <tbody>
            {body}
    </tbody>
  </table>
  <p>Beslutet fattades efter omröstning med 17 röster mot 14. Sverigedemokraterna och Moderaterna reserverade sig mot skattehöjningen.</p>
  <p>Hela budgetdokumentet finns under Kommun och politik › Ekonomi.</p>
  <p class="updated">Senast uppdaterad: 27 november 2024</p>
</main>
<footer>
  <p>Älvdalens kommun, Dalgatan 2, 796 80 Älvdalen · Växel 0251-310 00 · kommun@alvdalen.se</p>
  <p><a href="/tillganglighet">Tillgänglighet</a> · <a href="/gdpr">Så hanterar vi personuppgifter</a></p>
</footer>
</body>
</html>
"""
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(page)


def protokoll(path):
    d = docx.Document()
    set_docx_props(d, "Socialförvaltningen", "Protokoll Socialnämnden 2024-09-24")
    d.add_heading("Sammanträdesprotokoll", level=0)
    d.add_paragraph("Socialnämnden, Älvdalens kommun")
    d.add_paragraph("Datum: 2024-09-24, klockan 09.00–12.10, Kommunhuset, sal Dalälven")
    d.add_paragraph("Ledamöter: Lars Olsson (C), ordförande; Kerstin Mattsson (S), vice ordförande; Inger Westberg (SD); "
                    "Mats Hansson (M); Eva Lind (C); Ola Jonsson (S); Henrik Back (KD)")
    d.add_paragraph("Övriga: Annika Dahl, socialchef; Peter Sund, controller")
    d.add_heading("§ 77 Justering", level=2)
    d.add_paragraph("Kerstin Mattsson (S) utses att justera protokollet.")
    d.add_heading("§ 78 Ekonomisk uppföljning per augusti 2024", level=2)
    d.add_paragraph("Socialnämnden prognostiserar ett underskott på 9 450 tkr för 2024. Underskottet beror främst på "
                    "hemtjänsten, där antalet beviljade timmar har ökat med 14 procent, och på två nya externa placeringar.")
    d.add_paragraph("Beslut: Socialnämnden godkänner uppföljningen och överlämnar den till kommunstyrelsen.")
    d.add_heading("§ 79 Åtgärdsplan för ekonomi i balans", level=2)
    d.add_paragraph("Förvaltningen har tagit fram en åtgärdsplan enligt tabellen nedan. Åtgärderna minskar underskottet "
                    "2024 och ska ge full effekt 2025.")
    acts = [("Minskad bemanning nattetid på Älvgården", 350, 1400),
            ("Avveckling av 10 korttidsplatser i Särna", 600, 2400),
            ("Minskade externa placeringar inom IFO", 800, 1500),
            ("Vakanshållning inom administrationen", 450, 700)]
    rows = [["Åtgärd", "Effekt 2024, tkr", "Effekt 2025, tkr"]]
    for a, x, y in acts:
        rows.append([a, sv(x, 0), sv(y, 0)])
    rows.append(["Summa", sv(sum(a[1] for a in acts), 0), sv(sum(a[2] for a in acts), 0)])
    docx_table(d, rows)
    d.add_paragraph("")
    d.add_paragraph("Yrkanden: Ordföranden yrkar bifall till förvaltningens förslag. Inger Westberg (SD) yrkar att "
                    "avvecklingen av korttidsplatserna i Särna stryks ur planen.")
    d.add_paragraph("Beslut: Socialnämnden antar åtgärdsplanen i enlighet med förvaltningens förslag.")
    d.add_paragraph("Reservation: Inger Westberg (SD) och Mats Hansson (M) reserverar sig mot beslutet till förmån för "
                    "Inger Westbergs yrkande.")
    d.add_heading("§ 80 Avgift för hemtjänst 2025", level=2)
    d.add_paragraph("Förvaltningen föreslår att timtaxan för hemtjänst höjs från 410 kronor till 435 kronor per timme "
                    "från den 1 januari 2025. Maxtaxan följer den av regeringen fastställda nivån.")
    d.add_paragraph("Beslut: Socialnämnden föreslår kommunfullmäktige att anta den nya taxan.")
    d.add_paragraph("Vid protokollet: Sofia Ek, nämndsekreterare. Justerat 2024-09-27.")
    d.save(path)
    fix_zip(path)
    return acts


def xlsx(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Förskola och skola"
    ws["A1"] = "Barn och elever i Älvdalens kommun 2021–2024"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Antal inskrivna barn och elever per den 15 oktober"
    ws.append(["Enhet", 2021, 2022, 2023, 2024])
    sk = [("Älvdalens skola F–9", [412, 405, 398, 391]), ("Idre skola F–9", [148, 152, 157, 161]),
          ("Särna skola F–6", [64, 61, 58, 55]), ("Åsens skola F–3", [22, 20, 19, 18])]
    for n, v in sk:
        ws.append([n] + v)
    ws.append(["Summa grundskola"] + [sum(v[i] for _, v in sk) for i in range(4)])
    ws.append(["Förskola, antal barn", 268, 262, 255, 251])
    ws.append([])
    ws.append(["Källa: Bildningsförvaltningens elevregister."])
    ws2 = wb.create_sheet("Äldreomsorg")
    ws2["A1"] = "Äldreomsorg i Älvdalens kommun"
    ws2["A1"].font = Font(bold=True, size=13)
    ws2["A2"] = "Antal, timmar, tkr och procent enligt kolumnrubrik"
    ws2.append(["År", "Platser i särskilt boende", "Personer med hemtjänst", "Utförda hemtjänsttimmar",
                "Kostnad per plats i särskilt boende, tkr", "Andel invånare 80 år och äldre, %"])
    for row in [(2020, 96, 238, 96850, 912, 8.1), (2021, 96, 245, 99420, 941, 8.3), (2022, 92, 251, 103760, 978, 8.6),
                (2023, 92, 262, 110530, 1016, 8.9), (2024, 88, 279, 126010, 1049, 9.2)]:
        ws2.append(list(row))
    ws2.append([])
    ws2.append(["2024 avser prognos för helåret."])
    for w in (ws, ws2):
        w.column_dimensions["A"].width = 30
    wb.properties.creator = "Älvdalens kommun"
    wb.properties.lastModifiedBy = "Älvdalens kommun"
    wb.save(path)
    fix_zip(path)
    return sk


def press(path):
    txt = f"""PRESSMEDDELANDE
Älvdalens kommun, 26 november 2024

Skatten höjs med 30 öre – Älvdalen värnar servicen i hela kommunen

Kommunfullmäktige i Älvdalen beslutade den 25 november om budget och plan för 2025–2027. Den kommunala skattesatsen höjs från 22,54 till 22,84 kronor per hundralapp.

"Vi har valt att höja skatten i stället för att stänga skolor i byarna. Det är ett tufft beslut, men det ger oss cirka 4,5 miljoner kronor om året till äldreomsorg och skola", säger Britt-Marie Halvars (C), kommunstyrelsens ordförande.

Budgeten i korthet:
* Resultatet för 2025 beräknas till {sv(RES[2])} miljoner kronor.
* Nämnderna ska spara sammanlagt 12,6 miljoner kronor.
* Investeringar för {sv(INV_TOT[0])} miljoner kronor 2025, bland annat en ny förskola i Idre.
* 1,8 miljoner kronor avsätts till ett nytt mobilt team inom hemtjänsten i Idre och Särna.

För en person med en månadsinkomst på 30 000 kronor innebär skattehöjningen cirka 80 kronor mer i skatt per månad.

Kontakt:
Britt-Marie Halvars (C), kommunstyrelsens ordförande, 0251-310 10
Lena Persson, ekonomichef, 0251-310 42
"""
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(txt)


def build(out):
    os.makedirs(out, exist_ok=True)
    budget_pdf(os.path.join(out, "budget-och-plan-2025-2027.pdf"))
    delar_pdf(os.path.join(out, "delarsrapport-augusti-2024.pdf"))
    html(os.path.join(out, "nyhet-budget-2025.html"))
    protokoll(os.path.join(out, "protokoll-socialnamnden-2024-09-24.docx"))
    xlsx(os.path.join(out, "verksamhetsstatistik.xlsx"))
    press(os.path.join(out, "pressmeddelande-skattehojning.txt"))
    return {"SUM_N": SUM_N, "NETTO": NETTO, "NK": NK, "KOST": KOST, "VR": VR, "RES": RES, "INV_TOT": INV_TOT}
