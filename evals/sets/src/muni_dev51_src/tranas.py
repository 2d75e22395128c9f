"""Tranås kommun: invented but internally consistent documents."""
import os

import docx
import openpyxl
from openpyxl.styles import Font

from common import Doc, fmt, normalize_zip, set_docx_core, set_xlsx_core

E = "endash"
# Resultatbudget (mnkr): Utfall 2023, Budget 2024, Budget 2025, Plan 2026, Plan 2027
RB = {
    "int": [268.4, 259.0, 272.5, 278.0, 283.6],
    "kost": [-1412.7, -1438.2, -1506.6, -1543.9, -1580.2],
    "avskr": [-52.3, -55.0, -58.4, -62.1, -65.5],
    "skatt": [936.5, 978.4, 1016.3, 1048.9, 1083.5],
    "stb": [289.6, 302.1, 311.8, 318.4, 324.2],
    "finint": [6.1, 5.5, 5.0, 4.8, 4.6],
    "finkost": [-11.4, -14.2, -15.7, -17.3, -18.6],
}
NETTO = [round(a + b + c, 1) for a, b, c in zip(RB["int"], RB["kost"], RB["avskr"])]
VRES = [round(n + s + g, 1) for n, s, g in zip(NETTO, RB["skatt"], RB["stb"])]
FINN = [round(a + b, 1) for a, b in zip(RB["finint"], RB["finkost"])]
RES = [round(v + f, 1) for v, f in zip(VRES, FINN)]

# Driftbudget (tkr): Utfall 2023, Budget 2024, Budget 2025, Plan 2026, Plan 2027
DRIFT = [
    ("Kommunfullmäktige", [3288, 3410, 3520, 3590, 3660]),
    ("Revisionen", [1402, 1450, 1490, 1520, 1550]),
    ("Kommunstyrelsen", [95118, 98640, 101230, 103650, 106020]),
    ("Barn- och utbildningsnämnden", [498305, 512870, 531460, 545200, 558900]),
    ("Vård- och omsorgsnämnden", [379640, 388420, 405960, 419800, 432100]),
    ("Socialnämnden", [147912, 142300, 146850, 150200, 153600]),
    ("Kultur- och fritidsnämnden", [59870, 61240, 62480, 63900, 65300]),
    ("Miljö- och byggnadsnämnden", [12415, 12860, 13240, 13550, 13860]),
    ("Samhällsbyggnadsnämnden", [82764, 84510, 87930, 90100, 92300]),
]
DRIFT_SUM = [sum(r[1][i] for r in DRIFT) for i in range(5)]

# Investeringsbudget (tkr): Budget 2025, Plan 2026, Plan 2027
INV = [
    ("Ny förskola Norrby", [32000, 14500, 0]),
    ("Ombyggnad Holavedsgymnasiet", [18500, 22000, 9000]),
    ("Särskilt boende Ängsvik", [28000, 35000, 12000]),
    ("VA-sanering Storgatan", [15500, 12000, 10000]),
    ("Reservvattentäkt Sommen", [9000, 24000, 30000]),
    ("Gator och belysning", [8500, 8500, 8500]),
    ("Simhallen, renovering", [6000, 38000, 20000]),
    ("IT och digitalisering", [3200, 3200, 3200]),
    ("Övriga inventarier", [4800, 4800, 4800]),
]
INV_SUM = [sum(r[1][i] for r in INV) for i in range(3)]

# Delårsrapport jan–aug 2025, prognos helår (mnkr)
PROG = {"int": 279.9, "kost": -1521.2, "avskr": -57.6, "skatt": 1012.1, "stb": 311.8, "finint": 5.9,
        "finkost": -14.3}
PROG_NETTO = round(PROG["int"] + PROG["kost"] + PROG["avskr"], 1)
PROG_RES = round(PROG_NETTO + PROG["skatt"] + PROG["stb"] + PROG["finint"] + PROG["finkost"], 1)
JA25 = {"int": 184.2, "kost": -998.7, "avskr": -38.1, "skatt": 674.7, "stb": 207.9, "finint": 4.2, "finkost": -9.4}
JA24 = {"int": 176.5, "kost": -956.3, "avskr": -35.9, "skatt": 651.0, "stb": 201.4, "finint": 4.6, "finkost": -8.8}
# Nämndernas prognos (mnkr): budget 2025, prognos 2025
NPROG = [("Kommunfullmäktige och revision", 5.0, 4.9), ("Kommunstyrelsen", 101.2, 97.0),
         ("Barn- och utbildningsnämnden", 531.5, 534.6), ("Vård- och omsorgsnämnden", 406.0, 420.3),
         ("Socialnämnden", 146.9, 153.7), ("Kultur- och fritidsnämnden", 62.5, 62.3),
         ("Miljö- och byggnadsnämnden", 13.2, 13.0), ("Samhällsbyggnadsnämnden", 87.9, 86.4)]


def budget_pdf(path):
    d = Doc("Budget och plan 2025–2027 • Tranås kommun", foot_style="num")
    d.set_title("Budget och plan 2025–2027")
    d.cover([("TRANÅS KOMMUN", 20, "B"), ("Budget 2025 och plan 2026–2027", 18, ""),
             ("Fastställd av kommunfullmäktige 2024-11-18, § 131", 11, "I")])
    d.add_page()
    d.h1("Innehållsförteckning")
    for t in ["Kommunstyrelsens ordförande har ordet", "Styrmodell och mål", "Ekonomiska förutsättningar",
              "Resultatbudget", "Balansbudget", "Driftbudget", "Investeringsbudget", "Nämndernas mål",
              "Bilaga: Skattesatsens utveckling"]:
        d.p(t)

    d.add_page()
    d.h1("Kommunstyrelsens ordförande har ordet")
    d.p("Tranås står inför några tuffa år. Fler äldre behöver omsorg, samtidigt som kostnaderna för "
        "försörjningsstöd och placeringar har ökat. För att klara välfärden har vi fattat ett svårt men "
        "nödvändigt beslut: skattesatsen höjs med 30 öre till 22,45 kronor från 2025.")
    d.p("Skattehöjningen ger cirka 13,6 miljoner kronor i ökade skatteintäkter per år. Pengarna går till "
        "vård- och omsorgsnämnden och barn- och utbildningsnämnden.")
    d.p(f"Budgeten för 2025 ger ett resultat på {fmt(RES[2])} miljoner kronor. Vi genomför samtidigt besparingar "
        "på 9,8 miljoner kronor, bland annat genom att samlokalisera förvaltningar och minska antalet "
        "lokaler.")
    d.p("Vi fortsätter att investera i framtiden: en ny förskola i Norrby, ett nytt särskilt boende i Ängsvik "
        "och en reservvattentäkt vid Sommen. Föreningslivet får 450 000 kronor mer i bidrag 2025.")
    d.p("Peter Sjöberg (S)\nKommunstyrelsens ordförande")

    d.add_page()
    d.h1("Styrmodell och mål")
    d.p("Kommunfullmäktige styr genom vision, mål och budget. Visionen är ”Tranås – en levande småstad "
        "mitt i Sverige”. Nämnderna bryter ned fullmäktiges mål i egna nämndmål.")
    d.h2("Finansiella mål")
    d.bullets(["Resultatet ska uppgå till minst 1,5 procent av skatteintäkter och generella statsbidrag.",
               "Nettoinvesteringarna ska över perioden finansieras till minst 60 procent med egna medel.",
               "Låneskulden per invånare ska inte överstiga 45 000 kronor."])
    pct = round(100 * RES[2] / (RB["skatt"][2] + RB["stb"][2]), 1)
    d.p(f"Budgeterat resultat 2025 motsvarar {fmt(pct)} procent av skatteintäkter och generella statsbidrag, "
        "vilket innebär att det finansiella resultatmålet nås.")
    d.h2("Verksamhetsmål")
    d.bullets(["Andelen elever som är behöriga till gymnasiet ska öka till 85 procent.",
               "Väntetiden till särskilt boende ska vara högst 60 dagar.",
               "Minst 80 procent av nybyggda bostäder ska ha solceller."])

    d.add_page()
    d.h1("Ekonomiska förutsättningar")
    d.p("Budgeten bygger på SKR:s skatteunderlagsprognos från oktober 2024 och en befolkning på 19 150 "
        "invånare den 1 november 2024. Befolkningen har minskat något de senaste två åren.")
    d.p("Skattesatsen för 2025 är 22,45 kronor, att jämföra med 22,15 kronor 2024. Region Jönköpings läns "
        "skattesats är 11,76 kronor.")
    d.p("Löneökningar beräknas till 3,5 procent 2025 och 3,2 procent 2026. Pensionskostnaderna ökar med "
        "11,6 miljoner kronor mellan 2024 och 2025.")
    d.p("Kommunens låneskuld beräknas uppgå till 812 miljoner kronor vid utgången av 2025, vilket motsvarar "
        "cirka 42 400 kronor per invånare.")

    d.add_page()
    d.h1("Resultatbudget")
    hdr = [["", "Utfall", "Budget", "Budget", "Plan", "Plan"],
           ["Miljoner kronor", "2023", "2024", "2025", "2026", "2027"]]
    w = [70, 20, 20, 20, 20, 20]

    def row(lab, vals, note="", style=""):
        return ([lab] + [fmt(v, neg=E) for v in vals], style)
    rows = [row("Verksamhetens intäkter", RB["int"]), row("Verksamhetens kostnader", RB["kost"]),
            row("Avskrivningar", RB["avskr"]), row("Verksamhetens nettokostnader", NETTO, "", "B"),
            row("Skatteintäkter", RB["skatt"]), row("Generella statsbidrag och utjämning", RB["stb"]),
            row("Verksamhetens resultat", VRES, "", "B"), row("Finansiella intäkter", RB["finint"]),
            row("Finansiella kostnader", RB["finkost"]), row("Finansnetto", FINN, "", "B"),
            row("Årets resultat", RES, "", "B")]
    d.table("", "", hdr, rows, w, footnotes=["Intäkterna 2025 inkluderar riktade statsbidrag på 61,2 mnkr.",
                                             "Kostnaderna 2025 inkluderar personalkostnader på 1 004,8 mnkr."])

    d.add_page()
    d.h1("Balansbudget")
    bal = [("Anläggningstillgångar", [1384.6, 1452.0, 1519.1, 1601.7, 1650.2]),
           ("Omsättningstillgångar", [221.3, 205.0, 198.4, 196.0, 195.2])]
    tillg = [round(bal[0][1][i] + bal[1][1][i], 1) for i in range(5)]
    ek = [598.2]
    for i in range(1, 5):
        ek.append(round(ek[-1] + RES[i], 1))
    avs = [64.8, 70.1, 76.3, 81.9, 87.2]
    kort = [246.5, 238.0, 240.1, 243.0, 246.0]
    lang = [round(tillg[i] - ek[i] - avs[i] - kort[i], 1) for i in range(5)]
    rows = [(["Anläggningstillgångar"] + [fmt(v) for v in bal[0][1]], ""),
            (["Omsättningstillgångar"] + [fmt(v) for v in bal[1][1]], ""),
            (["Summa tillgångar"] + [fmt(v) for v in tillg], "B"),
            (["Eget kapital"] + [fmt(v) for v in ek], ""),
            (["– därav årets resultat"] + [fmt(v, neg=E) for v in RES], ""),
            (["Avsättningar"] + [fmt(v) for v in avs], ""),
            (["Långfristiga skulder"] + [fmt(v) for v in lang], ""),
            (["Kortfristiga skulder"] + [fmt(v) for v in kort], ""),
            (["Summa eget kapital och skulder"] + [fmt(v) for v in tillg], "B")]
    d.table("", "Belopp i mnkr", [["", "Utfall", "Budget", "Budget", "Plan", "Plan"],
                                  ["", "2023", "2024", "2025", "2026", "2027"]], rows, [70, 20, 20, 20, 20, 20])
    sol = round(100 * ek[2] / tillg[2], 1)
    d.p(f"Soliditeten beräknas till {fmt(sol)} procent vid utgången av 2025.")

    d.add_page(orientation="L")
    d.h1("Driftbudget")
    d.p("Nämndernas ramar anges som nettokostnad i tusentals kronor. Förändringen avser skillnaden mellan "
        "budget 2025 och budget 2024.")
    hdr = [["Nämnd", "Utfall", "Budget", "Budget", "Förändring", "Förändring", "Plan", "Plan"],
           ["", "2023", "2024", "2025", "2024–2025", "%", "2026", "2027"],
           ["", "tkr", "tkr", "tkr", "tkr", "", "tkr", "tkr"]]
    rows = []
    for n, v in DRIFT:
        ch = v[2] - v[1]
        rows.append(([n, fmt(v[0], 0), fmt(v[1], 0), fmt(v[2], 0), fmt(ch, 0, neg=E),
                      fmt(100 * ch / v[1], 1, neg=E), fmt(v[3], 0), fmt(v[4], 0)], ""))
    s = DRIFT_SUM
    rows.append((["Summa nämnder", fmt(s[0], 0), fmt(s[1], 0), fmt(s[2], 0), fmt(s[2] - s[1], 0),
                  fmt(100 * (s[2] - s[1]) / s[1], 1), fmt(s[3], 0), fmt(s[4], 0)], "B"))
    d.table("", "", hdr, rows, [70, 26, 26, 26, 30, 24, 26, 26],
            footnotes=["Socialnämndens utfall 2023 påverkades av tillfälligt höga kostnader för placeringar."])

    d.add_page(orientation="P")
    d.h1("Investeringsbudget")
    d.p(f"Investeringarna uppgår till {fmt(INV_SUM[0] / 1000)} miljoner kronor 2025. Under planperioden "
        f"investerar kommunen totalt {fmt(sum(INV_SUM) / 1000)} miljoner kronor.")
    for i in range(8):
        d.p("Investeringsprojekt över 5 miljoner kronor ska beslutas särskilt av kommunfullmäktige innan "
            "genomförande, och en förstudie med livscykelkostnad ska bifogas beslutsunderlaget." if i == 0 else
            ["Samhällsbyggnadsnämnden ansvarar för genomförandet av samtliga byggprojekt.",
             "Projekt som inte påbörjats före 30 september får ombudgeteras endast efter särskild prövning.",
             "VA-investeringarna finansieras via VA-taxan och belastar inte skattekollektivet.",
             "Reservvattentäkten vid Sommen är ett krav från Livsmedelsverket för att säkra dricksvattnet.",
             "Renoveringen av simhallen skjuts till 2026 i avvaktan på en fördjupad förstudie.",
             "Förskolan i Norrby ersätter två tillfälliga paviljonger.",
             "Särskilt boende Ängsvik planeras för 60 lägenheter."][i - 1])
    hdr = [["Projekt", "Budget 2025", "Plan 2026", "Plan 2027", "Summa 2025–2027"],
           ["", "tkr", "tkr", "tkr", "tkr"]]
    rows = [([n, fmt(v[0], 0, dash_zero=True), fmt(v[1], 0, dash_zero=True), fmt(v[2], 0, dash_zero=True),
              fmt(sum(v), 0)], "") for n, v in INV]
    rows.append((["Summa investeringar", fmt(INV_SUM[0], 0), fmt(INV_SUM[1], 0), fmt(INV_SUM[2], 0),
                  fmt(sum(INV_SUM), 0)], "B"))
    d.table("", "", hdr, rows, [62, 26, 26, 26, 36], break_after=5,
            cont_title="Investeringsbudget, forts.")

    d.add_page()
    d.h1("Nämndernas mål")
    d.h2("Barn- och utbildningsnämnden")
    d.p("Nämnden får en utökad ram med 18,6 miljoner kronor 2025. Av ökningen avser 5,0 miljoner kronor "
        "fler elevassistenter och 2,4 miljoner kronor lovskola.")
    d.h2("Vård- och omsorgsnämnden")
    d.p("Ramen ökar med 17,5 miljoner kronor. Antalet personer över 80 år i Tranås väntas öka med "
        "cirka 90 personer per år fram till 2030.")
    d.h2("Socialnämnden")
    d.p("Nämnden ska minska kostnaderna för försörjningsstöd med 2,0 miljoner kronor genom "
        "arbetsmarknadsinsatser.")
    d.h2("Samhällsbyggnadsnämnden")
    d.p("Nämnden ansvarar för gator, parker, fastigheter och vatten och avlopp. VA-taxan höjs med "
        "6 procent 2025.")
    d.add_page()
    d.h1("Bilaga: Skattesatsens utveckling")
    rows = [([str(y), fmt(k, 2), fmt(r, 2), fmt(k + r, 2)], "") for y, k, r in
            [(2021, 22.15, 11.76), (2022, 22.15, 11.76), (2023, 22.15, 11.76), (2024, 22.15, 11.76),
             (2025, 22.45, 11.76)]]
    d.table("", "Kronor per 100 kronor beskattningsbar inkomst",
            [["År", "Kommunen", "Regionen", "Totalt"]], rows, [30, 30, 30, 30])
    d.output(path)


def delar_pdf(path):
    d = Doc("Tranås kommun – Delårsrapport januari–augusti 2025", foot_style="sida")
    d.set_title("Delårsrapport januari–augusti 2025")
    d.cover([("Delårsrapport", 22, "B"), ("januari–augusti 2025", 16, ""), ("Tranås kommun", 14, "")])
    d.add_page()
    d.h1("Sammanfattning")
    diff = round(PROG_RES - RES[2], 1)
    d.p(f"Resultatet för perioden januari–augusti 2025 uppgår till "
        f"{fmt(sum(JA25.values()))} miljoner kronor. Prognosen för helåret pekar på ett resultat om "
        f"{fmt(PROG_RES)} miljoner kronor, vilket är {fmt(abs(diff))} miljoner kronor lägre än budget.")
    npd = round(sum(p - b for _, b, p in NPROG), 1)
    d.p(f"Nämnderna prognostiserar sammantaget ett underskott på {fmt(npd)} miljoner kronor. Det största "
        "underskottet finns inom vård- och omsorgsnämnden, som prognostiserar en negativ avvikelse på "
        "-14,3 miljoner kronor, främst på grund av ökade volymer inom hemtjänsten.")
    d.p("Finansförvaltningen väger delvis upp underskottet genom lägre pensionskostnader och en återbetalning "
        "av AFA-premier på 3,9 miljoner kronor.")
    d.p("Investeringarna uppgick till 61,4 miljoner kronor under perioden. Helårsprognosen för "
        "investeringarna är 104,0 miljoner kronor, att jämföra med budgeten på 125,5 miljoner kronor.")
    d.h2("Personal")
    d.p("Antalet tillsvidareanställda var 1 642 den 31 augusti 2025. Sjukfrånvaron under perioden var "
        "7,8 procent, jämfört med 8,1 procent samma period 2024.")

    d.add_page()
    d.h1("Resultaträkning")
    keys = [("Verksamhetens intäkter", "int"), ("Verksamhetens kostnader", "kost"), ("Avskrivningar", "avskr"),
            ("Skatteintäkter", "skatt"), ("Generella statsbidrag och utjämning", "stb"),
            ("Finansiella intäkter", "finint"), ("Finansiella kostnader", "finkost")]
    bud = {k: RB[k][2] for _, k in keys}
    rows = []
    for lab, k in keys:
        rows.append(([lab, fmt(JA25[k], neg=E), fmt(JA24[k], neg=E), fmt(PROG[k], neg=E), fmt(bud[k], neg=E),
                      fmt(PROG[k] - bud[k], neg=E)], ""))
        if k == "avskr":
            n25 = sum(JA25[x] for x in ("int", "kost", "avskr"))
            n24 = sum(JA24[x] for x in ("int", "kost", "avskr"))
            rows.append((["Verksamhetens nettokostnader", fmt(n25, neg=E), fmt(n24, neg=E), fmt(PROG_NETTO, neg=E),
                          fmt(NETTO[2], neg=E), fmt(PROG_NETTO - NETTO[2], neg=E)], "B"))
    rows.append((["Periodens/årets resultat", fmt(sum(JA25.values()), neg=E), fmt(sum(JA24.values()), neg=E),
                  fmt(PROG_RES, neg=E), fmt(RES[2], neg=E), fmt(PROG_RES - RES[2], neg=E)], "B"))
    d.table("", "Belopp i mnkr",
            [["", "Utfall", "Utfall", "Prognos", "Budget", "Avvikelse"],
             ["", "jan–aug", "jan–aug", "helår", "helår", "prognos/"],
             ["", "2025", "2024", "2025", "2025", "budget"]], rows, [62, 21, 21, 21, 21, 22])

    d.h2("Nämndernas prognos")
    rows = [([n, fmt(b), fmt(p), fmt(b - p, neg=E)], "") for n, b, p in NPROG]
    tb, tp = round(sum(x[1] for x in NPROG), 1), round(sum(x[2] for x in NPROG), 1)
    rows.append((["Totalt nämnder", fmt(tb), fmt(tp), fmt(tb - tp, neg=E)], "B"))
    d.table("", "Nettokostnad, mnkr", [["Nämnd", "Budget 2025", "Prognos 2025", "Avvikelse"]], rows,
            [80, 28, 28, 28], footnotes=["Negativ avvikelse innebär underskott mot budget."])

    d.add_page()
    d.h1("Nämndernas kommentarer")
    d.h2("Vård- och omsorgsnämnden")
    d.p("Antalet beviljade hemtjänsttimmar har ökat med 11 procent jämfört med samma period 2024. Nämnden "
        "har tagit fram en åtgärdsplan som beräknas minska underskottet med 3,5 miljoner kronor under hösten.")
    d.h2("Socialnämnden")
    d.p("Kostnaderna för externa placeringar av barn och unga ökar. Vid periodens slut fanns 14 barn "
        "placerade i HVB-hem.")
    d.h2("Kommunstyrelsen")
    d.p("Överskottet beror på vakanta tjänster och lägre kostnader för IT-licenser.")
    d.h2("Balanskravet")
    d.p("Om prognosen håller uppfylls balanskravet för 2025. Det finansiella målet om ett resultat på minst "
        "1,5 procent av skatter och bidrag nås dock inte.")
    d.output(path)


def html_page(path):
    rows = [("Låneskuld, mnkr", "712", "748", "781"), ("Låneskuld per invånare, kr", "36 890", "38 900", "40 700"),
            ("Borgensåtagande, mnkr", "1 104", "1 126", "1 158"), ("Genomsnittlig ränta, %", "1,9", "2,8", "3,0"),
            ("Soliditet inkl. pensionsåtaganden, %", "21,4", "22,0", "22,3")]
    trs = "\n".join(f"          <tr><th scope=\"row\">{a}</th><td>{b}</td><td>{c}</td><td>{e}</td></tr>"
                    for a, b, c, e in rows)
    html = f"""<!doctype html>
<html lang="sv">
<head>
  <meta charset="utf-8">
  <title>Finansiell information | Tranås kommun</title>
</head>
<body>
  <a class="skip" href="#content">Hoppa till innehållet</a>
  <div class="cookie-consent" role="dialog">
    <h2>Tranås kommun använder kakor</h2>
    <p>Nödvändiga kakor krävs för att webbplatsen ska fungera. Analytiska kakor hjälper oss att förbättra tranas.se.</p>
    <button type="button">Acceptera alla kakor</button><button type="button">Inställningar</button>
  </div>
  <header>
    <div class="top"><a href="/">Tranås kommun</a> <a href="/lattlast">Lättläst</a> <a href="/english">In English</a></div>
    <nav aria-label="Huvudmeny"><ul>
      <li><a href="/utbildning-och-barnomsorg">Utbildning och barnomsorg</a></li>
      <li><a href="/omsorg-och-hjalp">Omsorg och hjälp</a></li>
      <li><a href="/bygga-bo-och-miljo">Bygga, bo och miljö</a></li>
      <li><a href="/naringsliv-och-arbete">Näringsliv och arbete</a></li>
      <li><a href="/kommun-och-politik">Kommun och politik</a></li>
    </ul></nav>
  </header>
  <div class="layout">
    <aside class="subnav"><ul>
      <li><a href="/kommun-och-politik/ekonomi/budget">Budget</a></li>
      <li><a href="/kommun-och-politik/ekonomi/arsredovisning">Årsredovisning</a></li>
      <li class="active"><a href="/kommun-och-politik/ekonomi/finansiell-information">Finansiell information</a></li>
    </ul></aside>
    <main id="content">
      <h1>Finansiell information</h1>
      <p class="lead">Här hittar du information om Tranås kommuns upplåning, borgensåtaganden och finansiella nyckeltal för investerare och långivare.</p>
      <h2>Upplåning</h2>
      <p>Kommunen lånar huvudsakligen via Kommuninvest, där Tranås kommun är medlem sedan 1993. Den genomsnittliga räntebindningstiden var 2,6 år vid årsskiftet 2024/2025.</p>
      <p>Kommunfullmäktige har beslutat att låneramen för 2025 är 850 miljoner kronor.</p>
      <h2>Nyckeltal 2022–2024</h2>
      <table>
        <caption>Finansiella nyckeltal per 31 december</caption>
        <thead><tr><th>Nyckeltal</th><th>2022</th><th>2023</th><th>2024</th></tr></thead>
        <tbody>
{trs}
        </tbody>
      </table>
      <p>Borgensåtagandet avser främst de kommunala bolagen Tranåsbostäder AB och Tranås Energi AB.</p>
      <h2>Kreditbetyg</h2>
      <p>Tranås kommun har inget eget kreditbetyg. Kommuninvest har högsta möjliga kreditbetyg, AAA, från både Standard &amp; Poor's och Moody's.</p>
      <p class="updated">Publicerad: 12 mars 2025 &middot; Senast uppdaterad: 3 april 2025</p>
    </main>
  </div>
  <footer>
    <p>Tranås kommun, 573 82 Tranås &middot; Besöksadress: Storgatan 20 &middot; Telefon: 0140-680 00</p>
    <p><a href="/om-webbplatsen">Om webbplatsen</a> | <a href="/tillganglighetsredogorelse">Tillgänglighetsredogörelse</a> | <a href="/kakor">Kakor</a></p>
  </footer>
</body>
</html>
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(html)


def tjsk_docx(path):
    doc = docx.Document()
    set_docx_core(doc, "Tjänsteskrivelse tilläggsanslag vård- och omsorgsnämnden", "Tranås kommun")
    doc.add_paragraph("TRANÅS KOMMUN\nKommunledningsförvaltningen, Ekonomiavdelningen")
    doc.add_paragraph("Datum: 2025-09-22\nDiarienummer: KS 2025/214")
    doc.add_heading("Tjänsteskrivelse – Tilläggsanslag till vård- och omsorgsnämnden 2025", 1)
    doc.add_heading("Sammanfattning", 2)
    doc.add_paragraph("Vård- och omsorgsnämnden prognostiserar ett underskott på 14,3 miljoner kronor för 2025. "
                      "Nämnden har begärt ett tilläggsanslag på 10,0 miljoner kronor. Ekonomiavdelningen föreslår "
                      "att nämnden beviljas 8,5 miljoner kronor ur kommunstyrelsens anslag för oförutsedda "
                      "kostnader.")
    doc.add_heading("Ärendet", 2)
    doc.add_paragraph("Underskottet förklaras av följande kostnadsökningar jämfört med budget:")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, txt in zip(t.rows[0].cells, ["Kostnadspost", "Avvikelse mot budget, tkr", "Andel av underskottet, %"]):
        c.text = txt
    posts = [("Hemtjänst, ökade volymer", 7900), ("Bemanningsföretag sjuksköterskor", 3100),
             ("Särskilt boende, extra nattbemanning", 2200), ("Hjälpmedel", 1100)]
    tot = sum(x[1] for x in posts)
    for n, v in posts:
        cells = t.add_row().cells
        for c, txt in zip(cells, [n, fmt(v, 0), fmt(100 * v / tot, 1)]):
            c.text = txt
    cells = t.add_row().cells
    for c, txt in zip(cells, ["Summa", fmt(tot, 0), "100,0"]):
        c.text = txt
    doc.add_paragraph("Kommunstyrelsens anslag för oförutsedda kostnader uppgår till 12,0 miljoner kronor 2025, "
                      "varav 1,6 miljoner kronor redan har tagits i anspråk. Efter ett beslut enligt förslaget "
                      "återstår 1,9 miljoner kronor.")
    doc.add_heading("Förslag till beslut", 2)
    doc.add_paragraph("1. Vård- och omsorgsnämnden beviljas ett tilläggsanslag på 8 500 tkr för 2025.")
    doc.add_paragraph("2. Tilläggsanslaget finansieras ur kommunstyrelsens anslag för oförutsedda kostnader.")
    doc.add_paragraph("3. Vård- och omsorgsnämnden ska senast 2025-11-30 redovisa hur åtgärdsplanen "
                      "genomförs.")
    doc.add_paragraph("Linnea Forsberg, ekonomichef\nJohan Ahlgren, kommundirektör")
    doc.add_heading("Protokollsutdrag – Kommunstyrelsen 2025-10-07", 1)
    doc.add_heading("§ 158 Tilläggsanslag till vård- och omsorgsnämnden 2025", 2)
    doc.add_paragraph("Yrkanden: Peter Sjöberg (S) yrkar bifall till förvaltningens förslag. Karin Wester (M) "
                      "yrkar att tilläggsanslaget ska begränsas till 5 000 tkr.")
    doc.add_paragraph("Beslutsgång: Ordföranden ställer förslagen mot varandra och finner att kommunstyrelsen "
                      "bifaller förvaltningens förslag.")
    doc.add_paragraph("Beslut: Kommunstyrelsen beslutar enligt förvaltningens förslag.")
    doc.add_paragraph("Reservation: Moderaterna och Kristdemokraterna reserverar sig mot beslutet till förmån för "
                      "Karin Westers (M) yrkande.")
    doc.add_heading("§ 159 Information om delårsrapporten", 2)
    doc.add_paragraph("Ekonomichef Linnea Forsberg informerar om delårsrapporten per augusti 2025. "
                      "Kommunstyrelsen beslutar att lägga informationen till handlingarna.")
    doc.save(path)
    normalize_zip(path)


def nyckeltal_xlsx(path):
    wb = openpyxl.Workbook()
    set_xlsx_core(wb, "Nyckeltal Tranås kommun 2019–2024", "Tranås kommun")
    ws = wb.active
    ws.title = "Ekonomi"
    ws["A1"] = "Ekonomiska nyckeltal 2019–2024, Tranås kommun"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Miljoner kronor om inte annat anges"
    ws.append([])
    ws.append(["År", "Skattesats (kr)", "Skatteintäkter och statsbidrag", "Nettokostnader", "Årets resultat",
               "Nettoinvesteringar", "Låneskuld"])
    data = [(2019, 22.15, 1048.2, -1021.9, 22.4, 96.3, 598.0), (2020, 22.15, 1102.6, -1051.3, 48.7, 88.9, 611.0),
            (2021, 22.15, 1146.9, -1089.5, 54.1, 102.4, 655.0), (2022, 22.15, 1180.3, -1152.8, 19.6, 117.8, 712.0),
            (2023, 22.15, 1226.1, -1196.6, 24.2, 108.5, 748.0), (2024, 22.15, 1272.8, -1254.1, 12.8, 121.6, 781.0)]
    for r in data:
        ws.append(list(r))
    for row in ws.iter_rows(min_row=5, max_row=ws.max_row):
        row[1].number_format = "0.00"
        for c in row[2:]:
            c.number_format = "0.0"
    ws["A12"] = "Källa: Tranås kommuns årsredovisningar 2019–2024."
    ws2 = wb.create_sheet("Verksamhet")
    ws2["A1"] = "Verksamhetsmått 2019–2024"
    ws2["A1"].font = Font(bold=True, size=13)
    ws2["A2"] = "Antal"
    ws2.append([])
    ws2.append(["År", "Invånare 31 dec", "Barn i förskola", "Elever i grundskola", "Personer med hemtjänst",
                "Platser i särskilt boende"])
    vd = [(2019, 19210, 1012, 2148, 512, 236), (2020, 19236, 998, 2170, 528, 236),
          (2021, 19271, 981, 2189, 541, 228), (2022, 19301, 965, 2203, 556, 228),
          (2023, 19228, 944, 2196, 574, 228), (2024, 19191, 931, 2181, 597, 222)]
    for r in vd:
        ws2.append(list(r))
    wb.save(path)
    normalize_zip(path)


def press_txt(path):
    txt = """PRESSMEDDELANDE
Tranås kommun, 2025-05-06

Första spadtaget för nya förskolan i Norrby

I dag tog barn- och utbildningsnämndens ordförande Elin Rask (C) det första spadtaget för den nya förskolan i Norrby. Förskolan får åtta avdelningar och plats för 150 barn.

Förskolan ersätter två tillfälliga paviljonger och den äldre förskolan Solrosen, som stängs när den nya förskolan öppnar i augusti 2026.

Den totala investeringen är 46,5 miljoner kronor, varav 32 miljoner kronor under 2025. Byggnaden uppförs i trä och får solceller som beräknas ge 45 000 kWh el per år.

- Barnfamiljerna i Norrby har väntat länge. Nu får vi moderna lokaler med bättre ljudmiljö och en stor gård med plats för lek och odling, säger Elin Rask (C).

Entreprenör är Holaveden Bygg AB, som vann upphandlingen med ett anbud på 41,2 miljoner kronor. Resterande del av budgeten avser inventarier, markarbeten och projektledning.

För mer information:
Elin Rask (C), ordförande barn- och utbildningsnämnden, 0140-681 10
Mikael Stålhammar, projektledare samhällsbyggnadsförvaltningen, 0140-682 37
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(txt)


def build(outdir):
    os.makedirs(outdir, exist_ok=True)
    budget_pdf(os.path.join(outdir, "budget-och-plan-2025-2027.pdf"))
    delar_pdf(os.path.join(outdir, "delarsrapport-jan-aug-2025.pdf"))
    html_page(os.path.join(outdir, "finansiell-information.html"))
    tjsk_docx(os.path.join(outdir, "tjansteskrivelse-tillaggsanslag-von-2025.docx"))
    nyckeltal_xlsx(os.path.join(outdir, "nyckeltal-2019-2024.xlsx"))
    press_txt(os.path.join(outdir, "pressmeddelande-forskola-norrby.txt"))
