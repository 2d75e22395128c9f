"""Älvkarleby kommun: documents."""
import datetime as dt
import os

import docx
from docx.shared import Pt

from common import Doc, sv, fix_zip

ND = "– "  # negative style in Älvkarleby documents: en dash and space


def n(x, dec=1):
    return sv(x, dec, neg=ND)


# ---------------- Resultatbudget (mnkr) ----------------
INTAKT = [142.6, 145.0, 149.8, 152.1, 155.0]
KOSTN = [-938.4, -968.7, -1004.3, -1030.6, -1058.2]
AVSKR = [-31.7, -33.9, -36.2, -38.8, -40.1]
SKATT = [598.3, 621.7, 661.4, 684.9, 709.8]
GSB = [241.9, 249.6, 251.2, 257.4, 262.0]
FINI = [3.4, 2.8, 2.9, 3.0, 3.0]
FINK = [-8.9, -10.6, -12.4, -13.9, -15.2]
NETTO = [round(a + b + c, 1) for a, b, c in zip(INTAKT, KOSTN, AVSKR)]
VRES = [round(x + s + g, 1) for x, s, g in zip(NETTO, SKATT, GSB)]
RES = [round(v + a + b, 1) for v, a, b in zip(VRES, FINI, FINK)]
RESPCT = [round(100 * r / (s + g), 1) for r, s, g in zip(RES, SKATT, GSB)]

# ---------------- Driftbudget (tkr) ----------------
DRIFT = [  # bokslut 2023, budget 2024, budget 2025, plan 2026, plan 2027
    ("Kommunstyrelsen", 96840, 101200, 104900, 107300, 109800),
    ("Utbildningsnämnden", 342150, 356400, 368700, 377900, 386200),
    ("Socialnämnden", 298600, 311800, 327500, 338100, 348900),
    ("Teknik- och fritidsnämnden", 41300, 43100, 44600, 45700, 46800),
    ("Bygg- och miljönämnden", 8920, 9300, 9650, 9900, 10100),
    ("Överförmyndarnämnden", 2140, 2250, 2300, 2350, 2400),
    ("Revisionen", 1350, 1400, 1450, 1480, 1510),
]
DSUM = [sum(d[i] for d in DRIFT) for i in range(1, 6)]
BUDGET2023 = {"Kommunstyrelsen": 98100, "Utbildningsnämnden": 339900, "Socialnämnden": 291400,
              "Teknik- och fritidsnämnden": 41800, "Bygg- och miljönämnden": 9100,
              "Överförmyndarnämnden": 2050, "Revisionen": 1350}

# ---------------- Investeringsbudget (mnkr) ----------------
INV = [
    ("Ny F–6-skola i Skutskär", 42.0, 58.5, 21.0),
    ("Renovering av Skutskärs simhall", 12.4, 3.0, 0.0),
    ("VA-ledning Älvkarleö–Skutskär", 18.6, 14.2, 6.0),
    ("Gator och vägar, reinvestering", 4.5, 4.5, 4.5),
    ("GC-väg Sörkvarn", 2.8, 0.0, 0.0),
    ("Ombyggnad Parkgårdens särskilda boende", 6.5, 9.0, 0.0),
    ("IT och digitalisering", 2.2, 2.2, 2.2),
    ("Fordon och maskiner", 1.6, 1.8, 1.2),
    ("Exploatering Marma, utgifter", 5.0, 3.5, 2.0),
    ("Exploatering Marma, tomtförsäljning", -4.5, -6.0, -3.0),
]
INV_TOT = [round(sum(r[i] for r in INV), 1) for i in (1, 2, 3)]


def budget_pdf(path):
    pdf = Doc("Älvkarleby kommun – Budget 2025, plan 2026–2027")
    pdf.add_page()
    pdf.ln(35)
    pdf.set_font("D", "B", 28)
    pdf.multi_cell(0, 13, "Budget 2025\nPlan 2026–2027", align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    pdf.set_font("D", "", 13)
    pdf.multi_cell(0, 7, "Älvkarleby kommun\nBeslutad i kommunfullmäktige 25 november 2024, § 112",
                   new_x="LMARGIN", new_y="NEXT")

    pdf.add_page()
    pdf.h1("Förord")
    pdf.p("Älvkarleby kommun står inför stora investeringar samtidigt som behoven inom skola och omsorg "
          "växer. För att klara välfärden och samtidigt nå en ekonomi i balans föreslår vi en höjning av "
          "skattesatsen med 30 öre, från 22,22 kronor till 22,52 kronor. Höjningen ger cirka 8,8 miljoner "
          "kronor i ökade skatteintäkter 2025.")
    pdf.p("Den största satsningen är den nya F–6-skolan i Skutskär, som ska ersätta två äldre skolor och "
          "stå klar till höstterminen 2027. Vi bygger också om Parkgårdens särskilda boende och säkrar "
          "dricksvattnet med en ny VA-ledning mellan Älvkarleö och Skutskär.")
    pdf.p("Socialnämnden har haft stora underskott de senaste åren. I budgeten får nämnden ett tillskott, "
          "men nämnden måste också genomföra den åtgärdsplan som har tagits fram för att minska kostnaderna "
          "för externa placeringar.")
    pdf.p("Budgeten är framtagen av Socialdemokraterna och Centerpartiet, som tillsammans styr kommunen.")
    pdf.p("Marie Engström (S)\nKommunstyrelsens ordförande")

    pdf.add_page()
    pdf.h1("Styrning och mål")
    pdf.p("Kommunens vision är ”Älvkarleby – där älven möter havet”. Kommunfullmäktige har beslutat om "
          "tre övergripande mål för perioden 2024–2027.")
    pdf.bullets(["Alla barn och elever ska ges förutsättningar att nå kunskapsmålen.",
                 "Älvkarleby ska vara en attraktiv kommun att bo och verka i, med ett ökat bostadsbyggande.",
                 "Kommunens verksamheter ska bedrivas effektivt och med en ekonomi i balans."])
    pdf.h2("Finansiella mål")
    pdf.bullets(["Resultatet ska uppgå till minst 1,5 procent av skatteintäkter och generella statsbidrag "
                 "räknat över en rullande femårsperiod.",
                 "Självfinansieringsgraden för investeringar ska vara minst 50 procent över planperioden.",
                 "Låneskulden per invånare ska inte överstiga 60 000 kronor."])
    pdf.p("Budgeterat resultat 2025 motsvarar 1,4 procent av skatteintäkter och generella statsbidrag. "
          "Målet om 1,5 procent nås under 2026 och 2027.")

    pdf.add_page()
    pdf.h1("Ekonomiska förutsättningar")
    pdf.p("Befolkningen uppgick den 31 december 2023 till 9 803 invånare. Budgeten bygger på att "
          "befolkningen ökar med 40 personer per år under planperioden.")
    pdf.p("Skatteintäkterna beräknas enligt Sveriges Kommuner och Regioners prognos från oktober 2024. "
          "Kostnaderna för pensioner ökar med 4,2 miljoner kronor 2025 jämfört med 2024.")
    pdf.p("Nämndernas ramar har räknats upp med 2,8 procent för löner och 2,0 procent för övriga kostnader. "
          "Därutöver har följande ramförändringar gjorts:")
    pdf.bullets(["Socialnämnden får ett tillskott på 8,5 miljoner kronor för ökade volymer inom LSS och "
                 "äldreomsorg.",
                 "Utbildningsnämnden får 2,1 miljoner kronor för fler elever i grundskolan.",
                 "Kommunstyrelsen ska minska sina kostnader med 1,3 miljoner kronor genom en översyn av "
                 "administrationen.",
                 "Teknik- och fritidsnämnden får 450 000 kronor för drift av det nya utegymmet i Skutskär."])
    pdf.p("Socialnämndens prognos för 2024 pekar på ett underskott om -9,4 miljoner kronor. Nämnden "
          "ska genomföra en åtgärdsplan som beräknas ge 7,3 miljoner kronor i lägre kostnader 2025.")

    pdf.add_page()
    pdf.h1("Resultatbudget")
    pdf.caption("Mnkr")
    W = [64, 9, 20, 20, 20, 19, 19]
    hdr = [["", "Not", "Bokslut", "Budget", "Budget", "Plan", "Plan"],
           ["", "", "2023", "2024", "2025", "2026", "2027"]]
    def row(lbl, note, vals):
        return [lbl, note] + [n(v) for v in vals]
    rows = [
        row("Verksamhetens intäkter", "1", INTAKT),
        row("Verksamhetens kostnader", "2", KOSTN),
        row("Avskrivningar", "", AVSKR),
        row("Verksamhetens nettokostnader", "", NETTO),
        row("Skatteintäkter", "3", SKATT),
        row("Generella statsbidrag och utjämning", "4", GSB),
        row("Verksamhetens resultat", "", VRES),
        row("Finansiella intäkter", "", FINI),
        row("Finansiella kostnader", "5", FINK),
        row("Resultat efter finansiella poster", "", RES),
        row("Extraordinära poster", "", [0, 0, 0, 0, 0]),
        row("Årets resultat", "", RES),
        row("Resultat i % av skatter och bidrag", "", RESPCT),
    ]
    pdf.table(W, hdr, rows, bold=(3, 6, 9, 11))
    pdf.caption("Noter: 1) Inklusive avgifter för VA och renhållning. 2) Inklusive pensionskostnader. "
                "3) Skattesats 22,22 kr 2023–2024 och 22,52 kr från 2025. 4) Enligt SKR:s prognos oktober "
                "2024. 5) Räntekostnader för lån och pensionsskuld.")

    pdf.add_page()
    pdf.h1("Kassaflödesbudget")
    pdf.caption("Mnkr")
    W = [100, 23, 23, 23]
    hdr = [["", "Budget", "Plan", "Plan"], ["", "2025", "2026", "2027"]]
    res = RES[2:]
    avs = [-a for a in AVSKR[2:]]
    ovr = [2.1, 2.3, 2.4]
    fore = [round(a + b + c, 1) for a, b, c in zip(res, avs, ovr)]
    rk = [-1.5, -1.0, -1.0]
    lop = [round(a + b, 1) for a, b in zip(fore, rk)]
    inkomst = [-INV[-1][i] for i in (1, 2, 3)]
    brutto = [-round(t + i, 1) for t, i in zip(INV_TOT, inkomst)]
    invv = [round(b + i, 1) for b, i in zip(brutto, inkomst)]
    lan = [45.0, 40.0, 0.0]
    amort = [-5.0, -5.0, -20.0]
    fin = [round(a + b, 1) for a, b in zip(lan, amort)]
    kf = [round(a + b + c, 1) for a, b, c in zip(lop, invv, fin)]
    start = [28.4]
    for k in kf[:-1]:
        start.append(round(start[-1] + k, 1))
    slut = [round(s + k, 1) for s, k in zip(start, kf)]
    L = lambda lbl, vals: [lbl] + [n(v) for v in vals]
    rows = [["Den löpande verksamheten", "", "", ""],
            L("Årets resultat", res),
            L("Justering för av- och nedskrivningar", avs),
            L("Justering för övriga ej likviditetspåverkande poster", ovr),
            L("Medel före förändring av rörelsekapital", fore),
            L("Förändring av rörelsekapital", rk),
            L("Kassaflöde från den löpande verksamheten", lop),
            ["Investeringsverksamheten", "", "", ""],
            L("Investering i materiella anläggningstillgångar", brutto),
            L("Försäljning av exploateringsfastigheter", inkomst),
            L("Kassaflöde från investeringsverksamheten", invv),
            ["Finansieringsverksamheten", "", "", ""],
            L("Nyupptagna lån", lan),
            L("Amortering av skuld", amort),
            L("Kassaflöde från finansieringsverksamheten", fin),
            L("Årets kassaflöde", kf),
            L("Likvida medel vid årets början", start),
            L("Likvida medel vid årets slut", slut)]
    pdf.table(W, hdr, rows, bold=(6, 10, 14, 15), section=(0, 7, 11))
    pdf.p("Låneskulden beräknas öka från 412 miljoner kronor vid utgången av 2024 till 452 miljoner kronor "
          "vid utgången av 2025.")

    pdf.add_page(orientation="L")
    pdf.h1("Driftbudget per nämnd")
    pdf.caption("Nettokostnader, tkr")
    W = [78, 32, 32, 32, 32, 32]
    hdr = [["Nämnd", "Bokslut", "Budget", "Budget", "Plan", "Plan"],
           ["", "2023", "2024", "2025", "2026", "2027"]]
    rows = [[d[0]] + [sv(v, 0) for v in d[1:]] for d in DRIFT]
    rows.append(["Summa nämnder"] + [sv(v, 0) for v in DSUM])
    pdf.table(W, hdr, rows, bold=(len(rows) - 1,), size=9.5, h=7)
    pdf.caption("Nettokostnaderna redovisas som positiva belopp. Finansförvaltningen (pensioner, "
                "kapitalkostnader och intern ränta) ingår inte i tabellen.")
    pdf.p("Socialnämndens ram ökar med 15,7 miljoner kronor mellan 2024 och 2025, vilket är den största "
          "ökningen av alla nämnder.")

    pdf.add_page(orientation="P")
    pdf.h1("Nämndernas verksamhet")
    for t, s in [
        ("Kommunstyrelsen", "Kommunstyrelsen ansvarar för ledning, ekonomi, HR, kommunikation, "
         "näringsliv och medlemskapet i räddningstjänstförbundet. Kommundirektör är Anders Hedlund."),
        ("Utbildningsnämnden", "Utbildningsnämnden ansvarar för förskola, grundskola, gymnasieskola och "
         "vuxenutbildning. Antalet elever i grundskolan beräknas till 1 180 hösten 2025."),
        ("Socialnämnden", "Socialnämnden ansvarar för äldreomsorg, LSS, individ- och familjeomsorg och "
         "försörjningsstöd. Kostnaderna för externa placeringar av barn och unga uppgick 2023 till "
         "24,6 miljoner kronor."),
        ("Teknik- och fritidsnämnden", "Teknik- och fritidsnämnden ansvarar för gator, parker, idrotts- och "
         "fritidsanläggningar samt måltidsverksamheten. Simhallen i Skutskär är stängd för renovering "
         "från mars 2025 till januari 2026."),
        ("Bygg- och miljönämnden", "Bygg- och miljönämnden handlägger bygglov, tillsyn enligt "
         "miljöbalken och livsmedelskontroll."),
    ]:
        pdf.h2(t)
        pdf.p(s)

    pdf.add_page()
    pdf.h1("Investeringsbudget")
    pdf.p(f"Nettoinvesteringarna för 2025 uppgår till {sv(INV_TOT[0])} miljoner kronor. Under planperioden "
          f"investeras totalt {sv(sum(INV_TOT))} miljoner kronor netto. Självfinansieringsgraden 2025 "
          "beräknas till 54 procent.")
    pdf.caption("Belopp i mnkr. Inkomster anges inom parentes.")
    W = [84, 22, 22, 22, 20]
    hdr = [["Projekt", "Budget", "Plan", "Plan", "Summa"], ["", "2025", "2026", "2027", ""]]
    rows = [[r[0]] + [sv(v, 1, paren=True) for v in (r[1], r[2], r[3], round(r[1] + r[2] + r[3], 1))]
            for r in INV]
    rows.append(["Summa nettoinvesteringar"] + [sv(v, 1, paren=True) for v in INV_TOT + [round(sum(INV_TOT), 1)]])
    pdf.table(W, hdr, rows, bold=(len(rows) - 1,), size=9, h=6)
    pdf.p("Den nya skolan i Skutskär har en total projektbudget på 121,5 miljoner kronor. Renoveringen av "
          "simhallen omfattar nytt ventilationssystem, nya bassängytskikt och tillgänglighetsanpassade "
          "omklädningsrum.")

    pdf.add_page()
    pdf.h1("Kommunkoncernen, borgen och avgifter")
    pdf.p("I kommunkoncernen ingår det helägda bostadsbolaget Älvkarlebyhus AB och Älvkarleby Vatten AB. "
          "Kommunfullmäktige fastställer borgensramen för Älvkarlebyhus AB till 520 miljoner kronor och för "
          "Älvkarleby Vatten AB till 180 miljoner kronor.")
    pdf.p("Älvkarlebyhus AB ska lämna en utdelning till kommunen på 1,2 miljoner kronor 2025. Bolaget "
          "planerar att bygga 36 nya hyreslägenheter i Marma under planperioden.")
    pdf.caption("Avgifter 2025 i urval, kronor")
    pdf.table([100, 30, 30], [["Avgift", "2024", "2025"]],
              [["Matdistribution, per portion", "68", "72"],
               ["Trygghetslarm, per månad", "250", "265"],
               ["Bygglov enfamiljshus, grundavgift", "14 800", "15 400"],
               ["Simhall, vuxenkort 10 bad", "450", "450"]], size=9, h=6)
    pdf.p("Simhallen är stängd under stora delar av 2025 och avgiften för 2025 gäller från återöppningen.")
    pdf.output(path)


def ar_pdf(path):
    pdf = Doc("Årsredovisning 2023 · Älvkarleby kommun")
    pdf.add_page()
    pdf.ln(50)
    pdf.set_font("D", "B", 30)
    pdf.cell(0, 14, "Årsredovisning 2023", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("D", "", 13)
    pdf.cell(0, 8, "Älvkarleby kommun", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    pdf.h1("Kommunstyrelsens ordförande har ordet")
    pdf.p("2023 blev ett tufft år ekonomiskt. Årets resultat blev 7,2 miljoner kronor, vilket är "
          "2,6 miljoner kronor lägre än budgeterat. Framför allt socialnämnden redovisade ett stort "
          "underskott.")
    pdf.p("Samtidigt har mycket positivt hänt. Bostadsbyggandet tog fart i Marma och befolkningen ökade "
          "till 9 803 invånare.")
    pdf.p("Marie Engström (S), kommunstyrelsens ordförande")
    pdf.h1("Fem år i sammandrag")
    W = [70, 20, 20, 20, 20, 20]
    hdr = [["", "2019", "2020", "2021", "2022", "2023"]]
    rows = [["Antal invånare 31 december", "9 612", "9 640", "9 701", "9 765", "9 803"],
            ["Skattesats, kr", "21,97", "21,97", "21,97", "22,22", "22,22"],
            ["Årets resultat, mnkr", "4,1", "18,6", "24,3", "15,8", "7,2"],
            ["Resultat i % av skatter och bidrag", "0,6", "2,6", "3,2", "2,0", "0,9"],
            ["Nettoinvesteringar, mnkr", "52,4", "48,9", "61,7", "70,2", "78,3"],
            ["Låneskuld, mnkr", "290,0", "300,0", "325,0", "350,0", "385,0"],
            ["Soliditet, %", "35,8", "36,1", "36,0", "33,9", "32,4"],
            ["Antal tillsvidareanställda", "1 012", "1 020", "1 031", "1 042", "1 048"]]
    pdf.table(W, hdr, rows)
    pdf.add_page()
    pdf.h1("Förvaltningsberättelse")
    pdf.h2("Årets resultat och balanskravet")
    pdf.p("Årets resultat uppgick till 7,2 miljoner kronor, jämfört med ett budgeterat resultat på "
          "9,8 miljoner kronor. Efter avdrag för realisationsvinster på 0,6 miljoner kronor blir "
          "balanskravsresultatet 6,6 miljoner kronor. Balanskravet är därmed uppfyllt.")
    pdf.h2("Investeringar")
    pdf.p("Nettoinvesteringarna uppgick till 78,3 miljoner kronor. De största projekten var "
          "VA-ledningen i Sörkvarn och ombyggnaden av Rotskärsskolans kök. Självfinansieringsgraden blev "
          "49 procent.")
    pdf.h2("Personal")
    pdf.p("Antalet tillsvidareanställda var 1 048 den 31 december 2023. Sjukfrånvaron uppgick till "
          "8,1 procent, en minskning från 8,6 procent året innan.")
    pdf.h2("Händelser av väsentlig betydelse")
    pdf.bullets(["Kommunfullmäktige beslutade i september att bygga en ny F–6-skola i Skutskär.",
                 "Räddningstjänsten övergick till ett gemensamt räddningstjänstförbund med Tierp från "
                 "den 1 januari 2023.",
                 "Kostnaderna för externa placeringar av barn och unga ökade med 5,8 miljoner kronor."])
    pdf.add_page()
    pdf.h1("Driftredovisning")
    pdf.caption("Nettokostnad per nämnd, tkr. Avvikelse: positivt värde = överskott.")
    W = [70, 30, 30, 30]
    hdr = [["Nämnd", "Budget 2023", "Utfall 2023", "Avvikelse"]]
    rows = []
    for d in DRIFT:
        b = BUDGET2023[d[0]]
        rows.append([d[0], sv(b, 0), sv(d[1], 0), n(b - d[1], 0)])
    tb = sum(BUDGET2023.values())
    rows.append(["Summa", sv(tb, 0), sv(DSUM[0], 0), n(tb - DSUM[0], 0)])
    pdf.table(W, hdr, rows, bold=(len(rows) - 1,))
    pdf.p("Socialnämndens underskott på 7,2 miljoner kronor förklaras främst av externa placeringar inom "
          "individ- och familjeomsorgen och ökade kostnader inom LSS. Utbildningsnämndens underskott beror på "
          "fler elever i gymnasieskolan.")
    pdf.add_page()
    pdf.h1("Resultaträkning")
    pdf.caption("Mnkr")
    W = [80, 12, 25, 25]
    hdr = [["", "Not", "2022", "2023"]]
    rows = [["Verksamhetens intäkter", "2", "136,9", n(INTAKT[0])],
            ["Verksamhetens kostnader", "3", n(-891.2), n(KOSTN[0])],
            ["Avskrivningar", "4", n(-29.8), n(AVSKR[0])],
            ["Verksamhetens nettokostnader", "", n(-784.1), n(NETTO[0])],
            ["Skatteintäkter", "5", "571,2", n(SKATT[0])],
            ["Generella statsbidrag och utjämning", "6", "233,5", n(GSB[0])],
            ["Verksamhetens resultat", "", "20,6", n(VRES[0])],
            ["Finansiella intäkter", "7", "2,1", n(FINI[0])],
            ["Finansiella kostnader", "8", n(-6.9), n(FINK[0])],
            ["Årets resultat", "", "15,8", n(RES[0])]]
    pdf.table(W, hdr, rows, bold=(3, 6, 9))
    pdf.output(path)


def html(path):
    ramar = [(d[0], d[3], d[3] - d[2]) for d in DRIFT]
    tot = (sum(r[1] for r in ramar), sum(r[2] for r in ramar))
    trs = "\n".join(f"        <tr>\n          <td>{a}</td>\n          <td>{sv(b, 0)}</td>\n          <td>{sv(c, 0)}</td>\n        </tr>"
                    for a, b, c in ramar)
    doc = f"""<!doctype html>
<html lang="sv">
<head>
  <meta charset="utf-8">
  <title>Fullmäktige har beslutat om budget för 2025 | Älvkarleby kommun</title>
  <link rel="stylesheet" href="/assets/site.css">
</head>
<body class="news">
  <div class="cookies" role="dialog" aria-label="Kakor">
    <h2>Den här webbplatsen använder kakor</h2>
    <p>Nödvändiga kakor krävs för att webbplatsen ska fungera. Analyskakor hjälper oss att förbättra den.</p>
    <button>Acceptera</button><button>Neka analyskakor</button><a href="/kakor">Inställningar</a>
  </div>
  <a class="skip" href="#main">Till innehållet</a>
  <header>
    <div class="brand"><a href="/">Älvkarleby kommun</a></div>
    <nav>
      <a href="/utbildning-och-barnomsorg">Utbildning och barnomsorg</a>
      <a href="/omsorg-och-hjalp">Omsorg och hjälp</a>
      <a href="/bo-och-bygga">Bo och bygga</a>
      <a href="/uppleva-och-gora">Uppleva och göra</a>
      <a href="/kommun-och-politik">Kommun och politik</a>
      <a href="/nyheter">Nyheter</a>
    </nav>
  </header>
  <main id="main">
    <div class="breadcrumb"><a href="/">Hem</a> › <a href="/nyheter">Nyheter</a> › Budget 2025</div>
    <h1>Fullmäktige har beslutat om budget för 2025</h1>
    <p class="date">Publicerad: 26 november 2024</p>
    <p class="lead">Kommunfullmäktige i Älvkarleby beslutade den 25 november om budget för 2025 och plan för
    2026–2027. Skattesatsen höjs med 30 öre till 22,52 kronor.</p>
    <p>Beslutet fattades efter votering med 18 röster mot 13. Oppositionen ville behålla den nuvarande
    skattesatsen och i stället skjuta upp ombyggnaden av Parkgården.</p>
    <p>Skattehöjningen innebär att en invånare med en månadslön på 35 000 kronor betalar 105 kronor mer i
    kommunalskatt varje månad.</p>
    <h2>Nämndernas ramar 2025</h2>
    <table>
      <thead>
        <tr><th>Nämnd</th><th>Budgetram 2025 (tkr)</th><th>Förändring mot 2024 (tkr)</th></tr>
      </thead>
      <tbody>
{trs}
        <tr class="sum"><td>Totalt</td><td>{sv(tot[0], 0)}</td><td>{sv(tot[1], 0)}</td></tr>
      </tbody>
    </table>
    <h2>Investeringar</h2>
    <p>Under 2025 investerar kommunen {sv(INV_TOT[0])} miljoner kronor netto. Den största investeringen är
    den nya F–6-skolan i Skutskär.</p>
    <p>Hela budgetdokumentet finns under <a href="/kommun-och-politik/ekonomi">Ekonomi och budget</a>.</p>
    <p class="updated">Senast uppdaterad: 28 november 2024</p>
    <div class="share">Dela: <a href="#">Facebook</a> <a href="#">LinkedIn</a> <a href="#">E-post</a></div>
  </main>
  <footer>
    <p>Älvkarleby kommun · 814 85 Skutskär · Växel 026-830 00 · kommun@alvkarleby.se</p>
    <p><a href="/om-webbplatsen">Om webbplatsen</a> | <a href="/tillganglighet">Tillgänglighet</a> |
    <a href="/gdpr">Så hanterar vi personuppgifter</a></p>
  </footer>
</body>
</html>
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(doc)


def sn_docx(path):
    d = docx.Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10.5)
    d.add_heading("Sammanträdesprotokoll – Socialnämnden", level=1)
    d.add_paragraph("Älvkarleby kommun. Sammanträdesdatum 2024-10-22. Plats: Kommunhuset i Skutskär, "
                    "sal Laxen, kl. 09.00–12.30.")
    d.add_paragraph("Beslutande: Birgitta Holm (S), ordförande; Hans Öberg (C), vice ordförande; "
                    "Lena Svärd (SD); Kjell Olofsson (M); Sofia Andersson (S); Ahmed Noor (S); "
                    "Ulla Lind (V); Patrik Nyberg (SD); Karin Sjöberg (S).")
    d.add_paragraph("Övriga: Eva Mattsson, socialchef; Johan Berglund, ekonom; "
                    "Malin Forsberg, sekreterare.")

    d.add_heading("§ 78 Ekonomisk uppföljning per september 2024", level=2)
    d.add_paragraph("Socialnämnden prognostiserar ett underskott på 9,4 miljoner kronor för 2024. "
                    "Underskottet finns främst inom individ- och familjeomsorgen (-6,1 miljoner kronor) och "
                    "LSS (-2,7 miljoner kronor).")
    d.add_paragraph("Beslut: Socialnämnden godkänner den ekonomiska uppföljningen och överlämnar den till "
                    "kommunstyrelsen.")

    d.add_heading("§ 79 Åtgärdsplan för ekonomi i balans 2025", level=2)
    d.add_paragraph("Ärendebeskrivning: Kommunstyrelsen har gett socialnämnden i uppdrag att ta fram en "
                    "åtgärdsplan för att minska kostnaderna. Förvaltningen föreslår följande åtgärder.")
    rows = [("Åtgärd", "Besparing 2025 (tkr)", "Helårseffekt (tkr)"),
            ("Minskade externa placeringar barn och unga", "3 200", "4 800"),
            ("Hemtagning av LSS-placeringar", "1 500", "2 600"),
            ("Översyn av nattbemanning i särskilt boende", "1 100", "1 100"),
            ("Minskad inhyrd personal", "900", "1 200"),
            ("Digital nattillsyn i hemtjänsten", "600", "900"),
            ("Summa", "7 300", "10 600")]
    t = d.add_table(rows=len(rows), cols=3)
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, c in enumerate(r):
            t.cell(i, j).text = c
    d.add_paragraph("Yrkanden: Ordföranden yrkar bifall till förvaltningens förslag. Kjell Olofsson (M) "
                    "yrkar att översynen av nattbemanningen stryks ur planen.")
    d.add_paragraph("Beslut: Socialnämnden antar åtgärdsplanen enligt förvaltningens förslag. "
                    "Beslutet fattades med 6 röster mot 3.")
    d.add_paragraph("Reservation: Kjell Olofsson (M), Lena Svärd (SD) och Patrik Nyberg (SD) reserverar sig "
                    "mot beslutet.")

    d.add_heading("§ 80 Avgifter inom äldreomsorgen 2025", level=2)
    d.add_paragraph("Beslut: Socialnämnden föreslår kommunfullmäktige att avgiften för matdistribution höjs "
                    "från 68 kronor till 72 kronor per portion från den 1 januari 2025.")

    d.add_heading("§ 81 Delegationsbeslut", level=2)
    d.add_paragraph("Redovisning av delegationsbeslut för september 2024 läggs till handlingarna.")
    d.add_paragraph("Justerat 2024-10-25: Birgitta Holm (S), Ulla Lind (V). Sekreterare: Malin Forsberg.")

    cp = d.core_properties
    cp.author = "Malin Forsberg"
    cp.title = "Protokoll socialnämnden 2024-10-22"
    cp.created = dt.datetime(2024, 10, 25, 10, 0, 0)
    cp.modified = dt.datetime(2024, 10, 25, 10, 0, 0)
    cp.last_modified_by = "Malin Forsberg"
    cp.revision = 1
    d.save(path)
    fix_zip(path)


def press_txt(path):
    txt = """PRESSMEDDELANDE
Älvkarleby kommun, 2025-04-08

Första spadtaget för nya skolan i Skutskär

I dag tog Älvkarleby kommun det första spadtaget för den nya F–6-skolan i Skutskär. Skolan ska ta
emot 450 elever och ersätter Sörgärdets skola och Rotskärsskolans lågstadium.

Skolan byggs av Skanska Sverige AB och ska stå klar till höstterminen 2027. Den totala projektbudgeten
är 121,5 miljoner kronor. Kommunen har dessutom beviljats ett statligt stöd på 700 000 kronor för
solceller och energilager på skolans tak.

"Det här är den största investeringen i kommunens historia och en investering i våra barns
framtid", säger Marie Engström (S), kommunstyrelsens ordförande.

Skolan får en fullstor idrottshall som även föreningslivet kan hyra på kvällar och helger. Matsalen
dimensioneras för 500 portioner per dag.

För mer information:
Marie Engström (S), kommunstyrelsens ordförande, 026-830 01
Tomas Fredriksson, projektledare, 026-830 55
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(txt)


def build(outdir):
    os.makedirs(outdir, exist_ok=True)
    budget_pdf(os.path.join(outdir, "budget-2025-plan-2026-2027.pdf"))
    ar_pdf(os.path.join(outdir, "arsredovisning-2023.pdf"))
    html(os.path.join(outdir, "nyhet-budget-2025-beslutad.html"))
    sn_docx(os.path.join(outdir, "protokoll-socialnamnden-2024-10-22.docx"))
    press_txt(os.path.join(outdir, "pressmeddelande-spadtag-skola.txt"))
