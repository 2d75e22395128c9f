"""Laholms kommun: invented but internally consistent documents."""
import docx
from docx.shared import Pt
import openpyxl
from openpyxl.styles import Font

from common import Doc, fmt, fix_zip, html_page, html_table, FIXED_DT


def r1(x):
    return round(x + 1e-9, 1)


def n(v, dec=1):
    """Budget style: en dash and space before negatives."""
    return fmt(v, dec, neg="– ")


RB = {
    "int": [402.5, 415.0, 428.3, 436.9, 445.6],
    "kost": [-2028.4, -2131.7, -2198.6, -2279.4, -2348.0],
    "avskr": [-86.2, -91.5, -97.8, -104.1, -109.9],
    "skatt": [1341.7, 1398.2, 1495.6, 1548.3, 1601.9],
    "bidrag": [418.9, 441.3, 432.0, 446.8, 455.1],
    "finint": [9.6, 10.2, 9.8, 9.5, 9.5],
    "finkost": [-19.4, -24.9, -27.5, -30.8, -33.6],
}
RB["netto"] = [r1(a + b + c) for a, b, c in zip(RB["int"], RB["kost"], RB["avskr"])]
RB["vres"] = [r1(a + b + c) for a, b, c in zip(RB["netto"], RB["skatt"], RB["bidrag"])]
RB["res"] = [r1(a + b + c) for a, b, c in zip(RB["vres"], RB["finint"], RB["finkost"])]

# Driftbudget, tkr (net cost), budget 2024, budget 2025
NAMNDER = [
    ("Kommunfullmäktige", 4000, 4200),
    ("Revisionen", 2000, 2100),
    ("Kommunstyrelsen", 127900, 133100),
    ("Barn- och utbildningsnämnden", 812600, 845300),
    ("Socialnämnden", 684300, 712800),
    ("Kultur- och utvecklingsnämnden", 66200, 68900),
    ("Samhällsbyggnadsnämnden", 59100, 61400),
    ("Myndighetsnämnden", 9400, 9800),
]
FIN24 = 21400
# 2023 outcome per nämnd for the annual report (budget 2023, utfall 2023), tkr
AR_DRIFT = [
    ("Kommunfullmäktige", 3900, 3850),
    ("Revisionen", 2000, 1920),
    ("Kommunstyrelsen", 123000, 121400),
    ("Barn- och utbildningsnämnden", 776500, 781300),
    ("Socialnämnden", 655200, 668900),
    ("Kultur- och utvecklingsnämnden", 64000, 63100),
    ("Samhällsbyggnadsnämnden", 58500, 57800),
    ("Myndighetsnämnden", 9100, 8700),
]
AR_FIN_BUDGET = 18900

INVEST = [
    ("Kommunstyrelsen", [
        ("Digitalisering och IT", None, 3.5, 3.5, 3.5),
        ("Markförvärv och exploatering", None, 8.0, 8.0, 8.0),
    ]),
    ("Samhällsbyggnadsnämnden – fastigheter", [
        ("Ny F–6-skola i Ränneslöv", 185.0, 40.0, 85.0, 60.0),
        ("Om- och tillbyggnad Skottorps skola", 48.0, 20.0, 28.0, 0.0),
        ("Särskilt boende i Våxtorp, 60 platser", 210.0, 15.0, 90.0, 105.0),
        ("Reinvesteringar fastigheter", None, 18.0, 18.0, 18.0),
        ("Energiåtgärder i kommunala byggnader", None, 5.0, 5.0, 5.0),
    ]),
    ("Samhällsbyggnadsnämnden – gata och park", [
        ("Tillgänglighetsanpassning av badplatser", 4.7, 4.7, 0.0, 0.0),
        ("Strandpromenad Mellbystrand etapp 2", 12.5, 6.0, 6.5, 0.0),
        ("Gång- och cykelväg Laholm–Mellbystrand", 22.0, 2.0, 10.0, 10.0),
        ("Beläggningsunderhåll", None, 9.0, 9.5, 10.0),
        ("Gatubelysning, byte till LED", None, 2.5, 2.5, 2.0),
    ]),
    ("Vatten och avlopp", [
        ("Överföringsledning Mellbystrand–Skummeslövsstrand", 64.0, 22.0, 30.0, 12.0),
        ("Ny reservvattentäkt i Hishult", 35.0, 5.0, 15.0, 15.0),
        ("Förnyelse av ledningsnät", None, 14.0, 14.0, 15.0),
    ]),
    ("Barn- och utbildningsnämnden", [
        ("Inventarier", None, 3.2, 3.0, 3.0),
        ("Digitala lärverktyg", None, 2.4, 2.4, 2.4),
    ]),
    ("Socialnämnden", [
        ("Välfärdsteknik", None, 1.8, 1.8, 1.8),
        ("Inventarier särskilt boende Våxtorp", None, 0.0, 0.0, 4.5),
    ]),
    ("Kultur- och utvecklingsnämnden", [
        ("Ny konstgräsplan Lagavallen", 7.5, 7.5, 0.0, 0.0),
        ("Biblioteksinventarier", None, 0.8, 0.8, 0.8),
    ]),
]
INV_TOT = [r1(sum(p[i] for _, ps in INVEST for p in ps)) for i in (2, 3, 4)]


def budget_pdf(path):
    pdf = Doc("Laholms kommun · Budget 2025 och flerårsplan 2026–2027", "")
    pdf.add_page()
    pdf.set_font("DV", "B", 26); pdf.ln(55)
    pdf.multi_cell(0, 13, "Budget 2025\noch flerårsplan 2026–2027", align="C")
    pdf.set_font("DV", "", 14); pdf.ln(8)
    pdf.multi_cell(0, 8, "Laholms kommun", align="C")
    pdf.set_font("DV", "", 10); pdf.ln(30)
    pdf.multi_cell(0, 6, "Beslutad av kommunfullmäktige 2024-06-18, § 78", align="C")

    pdf.add_page()
    pdf.h1("Innehåll")
    pdf.set_font("DV", "", 10)
    for t, p in [("Inledning", 3), ("Förutsättningar", 4), ("Mål för god ekonomisk hushållning", 5), ("Resultatbudget", 6),
                 ("Kassaflödesbudget", 7), ("Driftbudget", 8), ("Investeringsbudget", 9), ("Uppdrag till nämnderna", 11),
                 ("Taxor och avgifter", 12)]:
        pdf.cell(150, 6, t)
        pdf.cell(0, 6, str(p), align="R", new_x="LMARGIN", new_y="NEXT")

    pdf.add_page()
    pdf.h1("Inledning")
    pdf.para("Laholm har under flera år haft en stark ekonomi, men de senaste årens höga inflation och ökade "
             "räntekostnader har förändrat förutsättningarna. För att kunna fortsätta utveckla välfärden och "
             "samtidigt genomföra stora investeringar i skolor och äldreboenden höjer vi kommunalskatten med 20 öre, "
             "från 22,11 till 22,31 kronor.")
    pdf.para("Budgeten för 2025 visar ett resultat på 41,8 miljoner kronor. Det är ett nödvändigt överskott för att "
             "vi ska kunna finansiera en stor del av investeringarna med egna medel och hålla nere upplåningen.")
    pdf.para("Barn- och utbildningsnämnden får 12,5 miljoner kronor extra för att möta fler elever och ökade behov av "
             "särskilt stöd. Socialnämnden får resurser för att öppna det nya särskilda boendet i Våxtorp 2027. "
             "Vi satsar också 4,7 miljoner kronor på att göra våra stränder tillgängliga för alla.")
    pdf.para("Under planperioden investerar kommunen totalt nästan 800 miljoner kronor. Den nya skolan i Ränneslöv är "
             "den enskilt största investeringen i kommunens historia inom skolområdet.")
    pdf.para("Carina Wiklund (M)\nKommunstyrelsens ordförande")

    pdf.add_page()
    pdf.h1("Förutsättningar")
    pdf.h2("Befolkning")
    pdf.para("Budgeten utgår från att Laholms kommun har 26 480 invånare den 1 november 2024. Befolkningen ökar "
             "främst genom inflyttning till kustområdet kring Mellbystrand och Skummeslövsstrand. Antalet barn i "
             "förskoleålder väntas vara i stort sett oförändrat, medan antalet personer över 85 år ökar med drygt "
             "5 procent per år.")
    pdf.h2("Skatteintäkter")
    pdf.para("Skatteintäkterna har beräknats med SKR:s skatteunderlagsprognos från april 2024. Varje skatteöre "
             "motsvarar cirka 0,7 miljoner kronor i skatteintäkter, vilket innebär att skattehöjningen med 20 öre "
             "ger ungefär 14 miljoner kronor per år.")
    pdf.h2("Räntor och pensioner")
    pdf.para("Kommunens låneskuld beräknas öka från 1 050 miljoner kronor vid utgången av 2023 till cirka 1 400 "
             "miljoner kronor vid utgången av 2027. Budgeten räknar med en genomsnittlig ränta på 3,0 procent för 2025. "
             "Pensionskostnaderna ökar med 9,6 miljoner kronor jämfört med 2024.")
    pdf.h2("Löner och priser")
    pdf.para("Nämnderna kompenseras för löneökningar med 3,4 procent och för prisökningar med 2,0 procent. "
             "Samtliga nämnder har dessutom ett generellt effektiviseringskrav på 1,0 procent av nettokostnaden.")

    pdf.add_page()
    pdf.h1("Mål för god ekonomisk hushållning")
    pdf.para("Kommunfullmäktige har fastställt följande finansiella mål för perioden 2025–2027:")
    pdf.bullets(["Resultatet ska uppgå till minst 2,0 procent av skatteintäkter och generella statsbidrag i genomsnitt "
                 "under planperioden.",
                 "De skattefinansierade investeringarna ska till minst 60 procent finansieras med egna medel.",
                 "Soliditeten inklusive hela pensionsåtagandet ska inte understiga 25 procent."])
    pdf.para("Budgeterat resultat för 2025 motsvarar 2,2 procent av skatteintäkter och generella statsbidrag. "
             "Under 2026 och 2027 sjunker resultatet till 1,4 respektive 1,0 procent, vilket innebär att genomsnittet "
             "för planperioden blir 1,5 procent och att målet inte uppnås.")
    pdf.para("Verksamhetsmålen beslutas av respektive nämnd utifrån kommunfullmäktiges fyra inriktningsmål: "
             "Lärande och utveckling, Trygghet och omsorg, Hållbar samhällsutveckling samt Attraktiv arbetsgivare.")

    pdf.add_page()
    pdf.h1("Resultatbudget")
    hdr = [["Miljoner kronor", "Not", "Bokslut", "Prognos", "Budget", "Plan", "Plan"],
           ["", "", "2023", "2024", "2025", "2026", "2027"]]
    W = [62, 10, 20, 20, 20, 20, 20]
    rows = []
    for lab, k, note in [("Verksamhetens intäkter", "int", "1"), ("Verksamhetens kostnader", "kost", "1"),
                         ("Avskrivningar", "avskr", "2"), ("Verksamhetens nettokostnader", "netto", ""),
                         ("Skatteintäkter", "skatt", "3"), ("Generella statsbidrag och utjämning", "bidrag", "3"),
                         ("Verksamhetens resultat", "vres", ""), ("Finansiella intäkter", "finint", ""),
                         ("Finansiella kostnader", "finkost", "4"), ("Årets resultat", "res", "")]:
        rows.append([lab, note] + [n(v) for v in RB[k]])
    pdf.table(hdr, rows, W, bold_rows={3, 6, 9})
    pdf.note("1) Inklusive interna poster. 2) Avskrivningar på befintliga och nya investeringar enligt investeringsbudgeten. "
             "3) SKR cirkulär 24:17. 4) Inklusive ränta på pensionsskulden.")
    shares = [RB["res"][i] / (RB["skatt"][i] + RB["bidrag"][i]) * 100 for i in range(5)]
    pdf.set_font("DV", "", 9)
    pdf.cell(0, 6, "Resultat i procent av skatteintäkter och generella statsbidrag: " +
             " / ".join(fmt(s, 1) for s in shares[2:]) + " procent (2025 / 2026 / 2027)", new_x="LMARGIN", new_y="NEXT")

    pdf.add_page()
    pdf.h1("Kassaflödesbudget")
    res = RB["res"][2:]; avs = [-a for a in RB["avskr"][2:]]; avsj = [5.2, 5.5, 5.9]
    lop = [r1(a + b + c) for a, b, c in zip(res, avs, avsj)]
    inv = [-t for t in INV_TOT]
    lan = [120.0, 150.0, 110.0]; amort = [-30.0, -30.0, -30.0]
    finv = [r1(a + b) for a, b in zip(lan, amort)]
    kf = [r1(a + b + c) for a, b, c in zip(lop, inv, finv)]
    hdr = [["", "Budget", "Plan", "Plan"], ["Miljoner kronor", "2025", "2026", "2027"]]
    W = [95, 25, 25, 25]
    rows = [["Den löpande verksamheten", "", "", ""],
            ["Årets resultat"] + [n(v) for v in res],
            ["Återföring av avskrivningar"] + [n(v) for v in avs],
            ["Förändring av avsättningar"] + [n(v) for v in avsj],
            ["Kassaflöde från den löpande verksamheten"] + [n(v) for v in lop],
            ["Investeringsverksamheten", "", "", ""],
            ["Nettoinvesteringar"] + [n(v) for v in inv],
            ["Kassaflöde från investeringsverksamheten"] + [n(v) for v in inv],
            ["Finansieringsverksamheten", "", "", ""],
            ["Nya lån"] + [n(v) for v in lan],
            ["Amorteringar"] + [n(v) for v in amort],
            ["Kassaflöde från finansieringsverksamheten"] + [n(v) for v in finv],
            ["Förändring av likvida medel"] + [n(v) for v in kf]]
    pdf.table(hdr, rows, W, bold_rows={4, 7, 11, 12}, section_rows={0, 5, 8})
    pdf.para("Den höga investeringsnivån 2026 innebär att likvida medel minskar kraftigt. Kommunen har en "
             "checkkredit på 100 miljoner kronor som kan användas vid behov.")

    # driftbudget tkr
    pdf.add_page()
    pdf.h1("Driftbudget")
    pdf.para("Driftbudgeten anger nämndernas nettokostnadsramar. Beloppen är angivna i tusentals kronor (tkr) och "
             "kostnader redovisas med minustecken. Ramarna för 2026 och 2027 är preliminära och räknas upp med "
             "2,8 respektive 5,5 procent jämfört med 2025.")
    net = [-RB["netto"][i] * 1000 for i in range(5)]
    rows = []; bold = set(); sect = set()
    sect.add(0); rows.append(["Nämnder", "", "", "", ""])
    tot = [0, 0, 0, 0]
    for name, b24, b25 in NAMNDER:
        p26 = round(b25 * 1.028, -2); p27 = round(b25 * 1.055, -2)
        vals = [b24, b25, p26, p27]
        tot = [a + b for a, b in zip(tot, vals)]
        rows.append([name] + [n(-v, 0) for v in vals])
    bold.add(len(rows)); rows.append(["Summa nämnder"] + [n(-v, 0) for v in tot])
    fin = [FIN24, round(net[2] - tot[1]), round(net[3] - tot[2]), round(net[4] - tot[3])]
    sect.add(len(rows)); rows.append(["Gemensamt", "", "", "", ""])
    rows.append(["Finansförvaltning, pensioner m.m."] + [n(-v, 0) for v in fin])
    allv = [a + b for a, b in zip(tot, fin)]
    bold.add(len(rows)); rows.append(["Verksamhetens nettokostnader"] + [n(-v, 0) for v in allv])
    hdr = [["", "Budget", "Budget", "Plan", "Plan"], ["Tkr", "2024", "2025", "2026", "2027"]]
    W = [74, 24, 24, 24, 24]
    pdf.table(hdr, rows, W, bold_rows=bold, section_rows=sect)
    pdf.para("Barn- och utbildningsnämndens ram ökar med 32,7 miljoner kronor, varav 12,5 miljoner kronor är en "
             "riktad satsning och resten är kompensation för löne- och prisökningar. Kommunstyrelsens ram inkluderar "
             "räddningstjänst, näringsliv och turism samt kommungemensam administration.")
    pdf.para("Finansförvaltningen innehåller bland annat pensionskostnader och en buffert för oförutsedda "
             "händelser på 8 miljoner kronor.")

    # investeringsbudget, breaks over pages with header repeated
    pdf.add_page()
    pdf.h1("Investeringsbudget")
    pdf.para("Investeringsbudgeten omfattar totalt " + fmt(sum(INV_TOT), 1) + " miljoner kronor under perioden "
             "2025–2027. Kolumnen Total utgift anger den beslutade totala projektbudgeten för fleråriga projekt.")
    pdf.ln(75)
    hdr = [["", "Total", "Budget", "Plan", "Plan"], ["Miljoner kronor", "utgift", "2025", "2026", "2027"]]
    W = [86, 20, 20, 20, 20]
    rows = []; bold = set(); sect = set()
    for s, ps in INVEST:
        sect.add(len(rows)); rows.append([s, "", "", "", ""])
        for name, tot_, a, b, c in ps:
            rows.append([name, fmt(tot_, 1) if tot_ is not None else "", fmt(a, 1), fmt(b, 1), fmt(c, 1)])
        st = [sum(p[i] for p in ps) for i in (2, 3, 4)]
        bold.add(len(rows)); rows.append(["Summa " + s.split(" – ")[0].lower() if " – " in s else "Summa " + s.lower(), "", fmt(st[0], 1), fmt(st[1], 1), fmt(st[2], 1)])
    bold.add(len(rows)); rows.append(["Summa investeringar", "", fmt(INV_TOT[0], 1), fmt(INV_TOT[1], 1), fmt(INV_TOT[2], 1)])
    pdf.table(hdr, rows, W, bold_rows=bold, section_rows=sect, size=8, cont_caption="Investeringsbudget (forts.)")
    pdf.note("Investeringar inom vatten och avlopp finansieras med VA-taxan och belastar inte skattekollektivet.")

    pdf.add_page()
    pdf.h1("Uppdrag till nämnderna")
    pdf.h2("Barn- och utbildningsnämnden")
    pdf.para("Nämnden ska ta fram en ny lokalförsörjningsplan för förskolan senast i december 2025. Nämnden ska också "
             "minska kostnaden för skolskjutsar med 1,5 miljoner kronor genom samordning med kollektivtrafiken.")
    pdf.h2("Socialnämnden")
    pdf.para("Socialnämnden ska förbereda öppnandet av det särskilda boendet i Våxtorp och rekrytera personal i god tid. "
             "Driftkostnaden för boendet beräknas till 38 miljoner kronor per helår.")
    pdf.h2("Samhällsbyggnadsnämnden")
    pdf.para("Samhällsbyggnadsnämnden ska detaljplanera minst 150 nya bostäder per år under planperioden. "
             "Nämnden ansvarar för tillgänglighetsanpassningen av badplatserna vid Mellbystrand, Skummeslövsstrand "
             "och Vilshärad.")
    pdf.h2("Kultur- och utvecklingsnämnden")
    pdf.para("Nämnden ska utreda ett nytt kulturhus i centrala Laholm. Utredningen får kosta högst 450 000 kronor.")

    pdf.add_page()
    pdf.h1("Taxor och avgifter")
    pdf.para("VA-taxan höjs med 9 procent från den 1 januari 2025 för att finansiera överföringsledningen och "
             "förnyelsen av ledningsnätet. Renhållningstaxan höjs med 6 procent.")
    pdf.para("Avgifterna inom äldreomsorgen följer maxtaxan. Taxan för förskola och fritidshem följer statens "
             "maxtaxa och ändras därmed den 1 januari varje år.")
    pdf.para("Avgiften för bygglov höjs inte 2025. Timtaxan för miljö- och hälsoskydd höjs från 1 250 kronor till "
             "1 310 kronor per timme.")
    pdf.output(str(path))


AR_BAL = {
    "anl": [2486.3, 2331.9], "oms": [341.2, 362.4], "ek": [1198.4, 1159.7], "avs": [164.3, 158.0],
    "lfs": [1050.0, 980.0],
}
AR_BAL["tot"] = [r1(a + b) for a, b in zip(AR_BAL["anl"], AR_BAL["oms"])]
AR_BAL["kfs"] = [r1(t - e - a - l) for t, e, a, l in zip(AR_BAL["tot"], AR_BAL["ek"], AR_BAL["avs"], AR_BAL["lfs"])]
R22 = dict(int=381.2, kost=-1921.5, avskr=-80.4, skatt=1289.5, bidrag=368.1, finint=6.8, finkost=-19.1)
R22["netto"] = r1(R22["int"] + R22["kost"] + R22["avskr"])
R22["vres"] = r1(R22["netto"] + R22["skatt"] + R22["bidrag"])
R22["res"] = r1(R22["vres"] + R22["finint"] + R22["finkost"])


def ar_pdf(path):
    pdf = Doc("Laholms kommun", "Årsredovisning 2023")
    pdf.add_page()
    pdf.set_font("DV", "B", 28); pdf.ln(65)
    pdf.multi_cell(0, 13, "Årsredovisning 2023", align="C")
    pdf.set_font("DV", "", 14); pdf.ln(6)
    pdf.multi_cell(0, 8, "Laholms kommun", align="C")

    pdf.add_page()
    pdf.h1("Kommunstyrelsens ordförande har ordet")
    pdf.para("2023 blev ett år då kommunens ekonomi sattes på prov. Inflationen och räntehöjningarna slog igenom "
             "i verksamheterna, samtidigt som skatteintäkterna utvecklades bättre än vi vågat hoppas. Årets resultat "
             "blev 38,7 miljoner kronor, vilket är 14,1 miljoner kronor bättre än budget.")
    pdf.para("Vi invigde förskolan Solstrålen i Mellbystrand med 120 platser och påbörjade projekteringen av den nya "
             "skolan i Ränneslöv. Nettoinvesteringarna uppgick till 201,8 miljoner kronor, den högsta nivån hittills.")
    pdf.para("Folkmängden ökade med 187 personer och uppgick vid årets slut till 26 312 invånare. Kommunen hade vid "
             "årets slut 2 140 tillsvidareanställda medarbetare.")
    pdf.para("Carina Wiklund (M), kommunstyrelsens ordförande")

    pdf.add_page()
    pdf.h1("Fem år i sammandrag")
    years = ["2019", "2020", "2021", "2022", "2023"]
    sol22 = AR_BAL["ek"][1] / AR_BAL["tot"][1] * 100
    sol23 = AR_BAL["ek"][0] / AR_BAL["tot"][0] * 100
    rows = [["Folkmängd 31 december", "25 714", "25 903", "26 006", "26 125", "26 312"],
            ["Skattesats, kronor", "21,96", "21,96", "22,11", "22,11", "22,11"],
            ["Årets resultat, mnkr", "52,3", "71,8", "88,1", fmt(R22["res"]), fmt(RB["res"][0])],
            ["Soliditet, %", "43,9", "44,5", "45,6", fmt(sol22), fmt(sol23)],
            ["Nettoinvesteringar, mnkr", "132,4", "118,9", "156,2", "171,5", "201,8"],
            ["Antal tillsvidareanställda", "2 021", "2 048", "2 087", "2 115", "2 140"]]
    pdf.table([[""] + years], rows, [70, 20, 20, 20, 20, 20])
    pdf.note("Soliditeten avser eget kapital i förhållande till totala tillgångar, exklusive ansvarsförbindelsen för pensioner.")

    pdf.add_page()
    pdf.h1("Resultaträkning")
    r23 = {k: RB[k][0] for k in RB}
    hdr = [["Mnkr", "Not", "2023", "2022"]]
    W = [90, 12, 28, 28]
    rows = []
    def p(v):
        return fmt(v, 1, paren=True)
    for lab, k, note in [("Verksamhetens intäkter", "int", "2"), ("Verksamhetens kostnader", "kost", "3"),
                         ("Avskrivningar", "avskr", "4"), ("Verksamhetens nettokostnader", "netto", ""),
                         ("Skatteintäkter", "skatt", "5"), ("Generella statsbidrag och utjämning", "bidrag", "6"),
                         ("Verksamhetens resultat", "vres", ""), ("Finansiella intäkter", "finint", "7"),
                         ("Finansiella kostnader", "finkost", "8"), ("Årets resultat", "res", "")]:
        rows.append([lab, note, p(r23[k]), p(R22[k])])
    pdf.table(hdr, rows, W, bold_rows={3, 6, 9})
    pdf.note("Belopp inom parentes är negativa.")
    pdf.para("Verksamhetens nettokostnader ökade med 5,6 procent jämfört med 2022, medan skatteintäkter och generella "
             "statsbidrag ökade med 6,2 procent.")

    pdf.h1("Balansräkning")
    hdr = [["Mnkr", "Not", "2023-12-31", "2022-12-31"]]
    rows = [["TILLGÅNGAR", "", "", ""],
            ["Anläggningstillgångar", "9", fmt(AR_BAL["anl"][0]), fmt(AR_BAL["anl"][1])],
            ["Omsättningstillgångar", "10", fmt(AR_BAL["oms"][0]), fmt(AR_BAL["oms"][1])],
            ["Summa tillgångar", "", fmt(AR_BAL["tot"][0]), fmt(AR_BAL["tot"][1])],
            ["EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER", "", "", ""],
            ["Eget kapital", "11", fmt(AR_BAL["ek"][0]), fmt(AR_BAL["ek"][1])],
            ["Avsättningar", "12", fmt(AR_BAL["avs"][0]), fmt(AR_BAL["avs"][1])],
            ["Långfristiga skulder", "13", fmt(AR_BAL["lfs"][0]), fmt(AR_BAL["lfs"][1])],
            ["Kortfristiga skulder", "14", fmt(AR_BAL["kfs"][0]), fmt(AR_BAL["kfs"][1])],
            ["Summa eget kapital, avsättningar och skulder", "", fmt(AR_BAL["tot"][0]), fmt(AR_BAL["tot"][1])]]
    pdf.table(hdr, rows, W, bold_rows={3, 9}, section_rows={0, 4}, size=8)

    pdf.add_page()
    pdf.h1("Driftredovisning")
    hdr = [["", "Budget", "Utfall", "Avvikelse"], ["Tkr", "2023", "2023", "2023"]]
    W = [85, 25, 25, 25]
    rows = []
    for name, b, u in AR_DRIFT:
        rows.append([name, fmt(b, 0), fmt(u, 0), fmt(b - u, 0, neg="-")])
    sb = sum(x[1] for x in AR_DRIFT); su = sum(x[2] for x in AR_DRIFT)
    rows.append(["Summa nämnder", fmt(sb, 0), fmt(su, 0), fmt(sb - su, 0)])
    fin_u = round(-RB["netto"][0] * 1000) - su
    rows.append(["Finansförvaltning", fmt(AR_FIN_BUDGET, 0), fmt(fin_u, 0), fmt(AR_FIN_BUDGET - fin_u, 0)])
    rows.append(["Totalt", fmt(sb + AR_FIN_BUDGET, 0), fmt(su + fin_u, 0), fmt(sb + AR_FIN_BUDGET - su - fin_u, 0)])
    pdf.table(hdr, rows, W, bold_rows={8, 10})
    pdf.note("Positiv avvikelse = överskott mot budget. Nettokostnader redovisas som positiva belopp.")
    pdf.para("Socialnämnden redovisar det största underskottet, 13,7 miljoner kronor, främst på grund av köpta "
             "platser inom individ- och familjeomsorgen och ökade kostnader för personlig assistans. Barn- och "
             "utbildningsnämndens underskott förklaras av fler elever i grundskolan än budgeterat.")

    pdf.add_page()
    pdf.h1("Personalredovisning")
    pdf.para("Antalet tillsvidareanställda ökade med 25 personer under 2023 till 2 140. Andelen kvinnor var "
             "79 procent. Den totala sjukfrånvaron minskade från 8,0 procent 2022 till 7,4 procent 2023.")
    pdf.para("Kommunen anställde 31 nya undersköterskor under året, bland annat genom satsningen på "
             "utbildningsanställningar som kostade 2,3 miljoner kronor.")
    pdf.output(str(path))


def html(path):
    rows = []
    tot25 = tot_ch = 0
    merged = [("Kommunfullmäktige och revision", 6000, 6300)] + [x for x in NAMNDER if x[0] not in ("Kommunfullmäktige", "Revisionen")]
    for name, b24, b25 in merged:
        rows.append((name, fmt(b25 / 1000, 1), ("+" if b25 >= b24 else "") + fmt((b25 - b24) / 1000, 1)))
    body = ("      <p class=\"lead\">Kommunfullmäktige beslutade på tisdagskvällen om budget för 2025 och flerårsplan för "
            "2026–2027. Skattesatsen höjs med 20 öre till 22,31 kronor.</p>\n"
            "      <p>Beslutet fattades efter en lång debatt. Det styrande samarbetet mellan Moderaterna, Centerpartiet, "
            "Liberalerna och Kristdemokraterna fick igenom sitt förslag med 26 röster mot 21. Socialdemokraterna hade "
            "ett eget förslag med oförändrad skattesats och ett lägre resultat.</p>\n"
            "      <p>– Skattehöjningen är nödvändig för att vi ska klara den nya skolan i Ränneslöv och det nya "
            "äldreboendet i Våxtorp utan att låna orimligt mycket, säger kommunstyrelsens ordförande Carina Wiklund (M).</p>\n"
            "      <p>För en person med en månadslön på 30 000 kronor innebär höjningen ungefär 50 kronor mer i skatt "
            "per månad.</p>\n"
            "      <h2>Så mycket får nämnderna 2025</h2>\n"
            + html_table("Nämndernas nettokostnadsramar 2025", ["Nämnd", "Budget 2025, mnkr", "Förändring mot 2024, mnkr"], rows) +
            "      <p>Budgeten i sin helhet finns att läsa under Kommun och politik, Budget och årsredovisning.</p>\n")
    doc = html_page("Laholms kommun", "Budgeten för 2025 är beslutad – skatten höjs med 20 öre",
                    ["Uppleva och göra", "Bo, bygga och miljö", "Utbildning och förskola", "Omsorg och stöd",
                     "Näringsliv och arbete", "Kommun och politik"],
                    ["Start", "Nyheter", "Budgeten för 2025 är beslutad"], body, "2024-06-19", "2024-06-20 08:42",
                    phone="0430-150 00", mail="kommunen@laholm.se")
    path.write_text(doc, encoding="utf-8")


def protokoll_docx(path):
    d = docx.Document()
    st = d.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10.5)
    d.add_heading("Protokoll", level=1)
    d.add_paragraph("Barn- och utbildningsnämnden, Laholms kommun")
    d.add_paragraph("Sammanträdesdatum: 2024-09-18, kl. 08.30–12.10, Stadshuset, Rådhussalen")
    d.add_paragraph("Ledamöter: Marie Sjöberg (C), ordförande; Henrik Lindahl (M), vice ordförande; Anders Persson (S); "
                    "Fatima Rahimi (S); Gunnel Ek (KD); Jonas Bäck (SD); Lisa Holmqvist (L)")
    d.add_paragraph("Sekreterare: Pia Lundgren. Justerare: Anders Persson (S)")

    d.add_heading("§ 61 Delårsrapport augusti 2024 för barn- och utbildningsnämnden", level=2)
    d.add_paragraph("Dnr BUN 2024/0212")
    d.add_paragraph("Förvaltningen redovisar delårsrapporten per den 31 augusti 2024. Nämnden prognostiserar ett "
                    "underskott på 6,4 miljoner kronor för helåret. Underskottet beror främst på fler elever i "
                    "anpassad grundskola och ökade kostnader för skolskjuts.")
    d.add_paragraph("Beslut: Barn- och utbildningsnämnden godkänner delårsrapporten och uppdrar åt förvaltningen att "
                    "ta fram en åtgärdsplan som redovisas i oktober.")

    d.add_heading("§ 62 Förskoleplatser 2025", level=2)
    d.add_paragraph("Dnr BUN 2024/0187")
    d.add_paragraph("Förvaltningen har sammanställt antalet inskrivna barn och prognosen för 2025 per område. "
                    "Prognosen visar att det saknas platser i Mellbystrand och Ränneslöv.")
    t = d.add_table(rows=1, cols=4); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Område", "Inskrivna barn okt 2024", "Prognos okt 2025", "Platser 2025"]):
        c.text = h
    data = [("Laholm tätort", 412, 425, 440), ("Mellbystrand", 188, 201, 190), ("Våxtorp", 96, 94, 100),
            ("Knäred", 71, 68, 80), ("Ränneslöv", 84, 90, 85), ("Skottorp", 58, 61, 60), ("Hishult", 33, 30, 40)]
    for r in data:
        cells = t.add_row().cells
        for c, v in zip(cells, r):
            c.text = str(v)
    cells = t.add_row().cells
    for c, v in zip(cells, ["Summa"] + [str(sum(r[i] for r in data)) for i in (1, 2, 3)]):
        c.text = v
    d.add_paragraph("")
    d.add_paragraph("Förvaltningen föreslår att en tillfällig avdelning med 18 platser öppnas i Mellbystrand från "
                    "januari 2025. Kostnaden beräknas till 1,9 miljoner kronor per år och finansieras inom ram.")
    d.add_paragraph("Beslut: Barn- och utbildningsnämnden beslutar att öppna en tillfällig förskoleavdelning i "
                    "Mellbystrand från januari 2025 i enlighet med förvaltningens förslag.")

    d.add_heading("§ 63 Revidering av riktlinjer för skolskjuts", level=2)
    d.add_paragraph("Dnr BUN 2024/0150")
    d.add_paragraph("Förvaltningen föreslår att avståndskravet för skolskjuts i årskurs 4–6 ändras från 3 till "
                    "4 kilometer. Förändringen beräknas minska kostnaderna med cirka 900 000 kronor per år.")
    d.add_paragraph("Yrkanden: Marie Sjöberg (C) yrkar bifall till förvaltningens förslag. Anders Persson (S) yrkar "
                    "avslag.")
    d.add_paragraph("Beslut: Barn- och utbildningsnämnden beslutar att anta de reviderade riktlinjerna för skolskjuts "
                    "att gälla från och med höstterminen 2025.")
    d.add_paragraph("Reservation: Anders Persson (S) och Fatima Rahimi (S) reserverar sig mot beslutet.")

    d.add_heading("§ 64 Anmälningsärenden", level=2)
    d.add_paragraph("Nämnden beslutar att lägga anmälningsärendena till handlingarna.")
    d.core_properties.author = "Barn- och utbildningsförvaltningen"
    d.core_properties.title = "Protokoll BUN 2024-09-18"
    d.core_properties.created = FIXED_DT.replace(tzinfo=None)
    d.core_properties.modified = FIXED_DT.replace(tzinfo=None)
    d.core_properties.last_modified_by = "Barn- och utbildningsförvaltningen"
    d.core_properties.revision = 1
    d.save(str(path))
    fix_zip(path, "Protokoll")


VERKS = [
    ("Förskola", 212400), ("Grundskola inkl. förskoleklass", 418600), ("Fritidshem", 46300),
    ("Gymnasieskola", 138900), ("Vuxenutbildning", 29100), ("Äldreomsorg", 401500),
    ("LSS och socialpsykiatri", 182700), ("Individ- och familjeomsorg", 128600), ("Kultur och bibliotek", 24300),
    ("Fritid och idrott", 44600), ("Gator och vägar", 48200), ("Fysisk planering", 13200),
    ("Räddningstjänst", 36800), ("Politisk verksamhet", 16400), ("Näringsliv och turism", 12600),
    ("Gemensam administration och övrigt", 83400),
]


def xlsx(path):
    wb = openpyxl.Workbook()
    ws = wb.active; ws.title = "Verksamheter"
    ws["A1"] = "Nettokostnader per verksamhet 2022–2025"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Belopp i tkr"
    ws.append(["Verksamhet", "Bokslut 2022", "Bokslut 2023", "Budget 2024", "Budget 2025"])
    for c in ws[3]:
        c.font = Font(bold=True)
    tots = [0, 0, 0, 0]
    targets = [None, sum(x[2] for x in AR_DRIFT), sum(x[1] for x in NAMNDER), sum(x[2] for x in NAMNDER)]
    allvals = []
    for name, v25 in VERKS:
        allvals.append([int(round(v25 / 1.13, -2)), int(round(v25 / 1.0765, -2)), int(round(v25 / 1.04, -2)), v25])
    for i, t in enumerate(targets):
        if t is not None:
            allvals[-1][i] = t - sum(v[i] for v in allvals[:-1])
    for (name, _), vals in zip(VERKS, allvals):
        tots = [a + b for a, b in zip(tots, vals)]
        ws.append([name] + vals)
    ws.append(["Summa verksamheter"] + tots)
    for c in ws[ws.max_row]:
        c.font = Font(bold=True)
    ws.column_dimensions["A"].width = 38
    for col in "BCDE":
        ws.column_dimensions[col].width = 14

    ws2 = wb.create_sheet("Nyckeltal")
    ws2["A1"] = "Ekonomiska nyckeltal, Laholms kommun"; ws2["A1"].font = Font(bold=True, size=13)
    ws2["A2"] = "Källa: årsredovisningar 2019–2023"
    ws2.append(["År", "Invånare 31 dec", "Skattesats, kr", "Årets resultat, mnkr", "Nettokostnadsandel, %", "Soliditet, %"])
    for c in ws2[3]:
        c.font = Font(bold=True)
    sol22 = round(AR_BAL["ek"][1] / AR_BAL["tot"][1] * 100, 1)
    sol23 = round(AR_BAL["ek"][0] / AR_BAL["tot"][0] * 100, 1)
    ws2.append([2019, 25714, 21.96, 52.3, 96.4, 43.9])
    ws2.append([2020, 25903, 21.96, 71.8, 95.3, 44.5])
    ws2.append([2021, 26006, 22.11, 88.1, 94.6, 45.6])
    ws2.append([2022, 26125, 22.11, R22["res"], 98.5, sol22])
    ws2.append([2023, 26312, 22.11, RB["res"][0], 97.8, sol23])
    ws2.column_dimensions["A"].width = 8
    for col in "BCDEF":
        ws2.column_dimensions[col].width = 20
    wb.properties.creator = "Laholms kommun, Ekonomiavdelningen"
    wb.properties.created = FIXED_DT.replace(tzinfo=None)
    wb.properties.modified = FIXED_DT.replace(tzinfo=None)
    wb.properties.lastModifiedBy = "Laholms kommun"
    wb.save(str(path))
    fix_zip(path, "Nyckeltal")


PRESS = """PRESSMEDDELANDE
Laholms kommun
2024-04-24

Laholm satsar 4,7 miljoner kronor på tillgängliga stränder

Laholms kommun gör nu en stor satsning för att fler ska kunna njuta av stränderna. Under våren 2025 byggs ramper, strandmattor och badbryggor som är anpassade för rullstol vid Mellbystrand, Skummeslövsstrand och Vilshärad. Totalt investeras 4,7 miljoner kronor.

Satsningen omfattar också sex nya parkeringsplatser för personer med rörelsehinder och två nya tillgänglighetsanpassade toaletter. Arbetet ska vara klart till midsommar 2025.

– Laholm har tolv kilometer sandstrand och den ska vara till för alla. Med den här satsningen blir det betydligt enklare för den som använder rullstol eller rullator att ta sig ner till vattnet, säger Ola Pettersson (C), ordförande i samhällsbyggnadsnämnden.

Utöver investeringen avsätts 700 000 kronor per år för badvärdar som finns på plats vid de tre stränderna under juli och augusti.

Förslaget ingår i budgeten för 2025 som kommunfullmäktige ska besluta om i juni.

För mer information:
Ola Pettersson (C), ordförande samhällsbyggnadsnämnden, tfn 0430-150 22
Malin Strand, projektledare, samhällsbyggnadsförvaltningen, tfn 0430-153 87
"""


def build(outdir):
    outdir.mkdir(parents=True, exist_ok=True)
    budget_pdf(outdir / "budget-2025-flerarsplan-2026-2027.pdf")
    ar_pdf(outdir / "arsredovisning-2023.pdf")
    html(outdir / "nyhet-budget-2025-beslutad.html")
    protokoll_docx(outdir / "protokoll-bun-2024-09-18.docx")
    xlsx(outdir / "nettokostnader-och-nyckeltal.xlsx")
    (outdir / "pressmeddelande-tillgangliga-strander.txt").write_text(PRESS, encoding="utf-8")
