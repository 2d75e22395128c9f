"""Nordmalings kommun: budget PDF (tkr), årsredovisning PDF, HTML, DOCX KF-protokoll, XLSX, press release (txt)."""
from decimal import Decimal
import docx
from docx.shared import Pt
import openpyxl
from openpyxl.styles import Font

from common import D, fmt, Doc, save_pdf, save_docx, save_xlsx

# Resultatbudget, tkr: Utfall 2023, Budget 2024, Budget 2025, Plan 2026, Plan 2027
RB = {
    "Verksamhetens intäkter": [98412, 95300, 99850, 101200, 102900],
    "Verksamhetens kostnader": [-566930, -578400, -601250, -616800, -632100],
    "Avskrivningar": [-22184, -23900, -25600, -27300, -28100],
    "Skatteintäkter": [362540, 374100, 390600, 402900, 415800],
    "Generella statsbidrag och utjämning": [145880, 150700, 153400, 157200, 160100],
    "Finansiella intäkter": [1950, 1600, 1500, 1500, 1500],
    "Finansiella kostnader": [-3870, -4300, -4900, -5400, -5800],
}
NETTO = [RB["Verksamhetens intäkter"][i] + RB["Verksamhetens kostnader"][i] + RB["Avskrivningar"][i] for i in range(5)]
VRES = [NETTO[i] + RB["Skatteintäkter"][i] + RB["Generella statsbidrag och utjämning"][i] for i in range(5)]
RES = [VRES[i] + RB["Finansiella intäkter"][i] + RB["Finansiella kostnader"][i] for i in range(5)]

DRIFT = [  # tkr netto: Utfall 2023, Budget 2024, Budget 2025, Plan 2026, Plan 2027
    ("Kommunfullmäktige", [2208, 2400, 2450, 2500, 2550]),
    ("Revision", [1064, 1100, 1150, 1180, 1200]),
    ("Kommunstyrelsen", [91517, 93800, 96300, 98700, 100900]),
    ("Barn- och utbildningsnämnden", [193880, 200100, 205800, 210400, 214300]),
    ("Socialnämnden", [194356, 200900, 209600, 216900, 224600]),
    ("Miljö- och byggnadsnämnden", [4391, 4700, 4900, 5000, 5100]),
]
SUMN = [sum(r[1][i] for r in DRIFT) for i in range(5)]
FIN = [-NETTO[i] - SUMN[i] for i in range(5)]

INV = [  # projekt, ansvar, 2025, 2026, 2027 (tkr)
    ("Nytt LSS-boende Rundvik", "KS", 18000, 12000, 0),
    ("Tillbyggnad Kyrkovägens förskola", "KS", 9500, 0, 0),
    ("Reinvestering verksamhetsfastigheter", "KS", 5000, 5500, 6000),
    ("Ventilation sporthallen Nordmaling", "KS", 3800, 0, 0),
    ("Vatten och avlopp, Håknäs", "KS", 6200, 4500, 3000),
    ("Ny brygga Järnäs hamn", "KS", 2300, 0, 0),
    ("Gatubelysning", "KS", 1500, 1500, 1500),
    ("Räddningstjänsten, ny tankbil", "KS", 0, 4800, 0),
    ("IT och digitalisering", "KS", 1900, 1900, 1900),
    ("Fritidsanläggningar, spår och leder", "KS", 700, 700, 700),
    ("Inventarier förskola och skola", "BUN", 1200, 1200, 1200),
    ("Digitala trygghetslarm", "SN", 600, 0, 0),
]
NAMND = [
    ("Kommunstyrelsen", "Kommunstyrelsen leder och samordnar kommunens verksamhet och ansvarar för bland annat "
     "fastigheter, gator, vatten och avlopp, räddningstjänst, näringsliv, kultur och fritid. Kommunstyrelsens "
     "nettokostnadsram för 2025 är 96,3 miljoner kronor. Under 2025 ska ett nytt kontaktcenter öppnas i "
     "kommunhuset.",
     [("Andel ärenden i kontaktcenter lösta direkt, %", "68", "75"),
      ("Energiförbrukning i kommunens fastigheter, kWh/m2", "172", "160"),
      ("Antal nystartade företag", "41", "45")]),
    ("Barn- och utbildningsnämnden", "Nämnden ansvarar för förskola, fritidshem, grundskola, gymnasieskola och "
     "vuxenutbildning. Antalet barn i förskoleålder minskar, medan antalet elever med behov av särskilt stöd "
     "ökar. Gymnasieeleverna går till största delen i Umeå.",
     [("Antal barn i förskola", "318", "305"),
      ("Antal elever i grundskolan F–9", "742", "735"),
      ("Andel elever i åk 9 behöriga till gymnasiet, %", "84,2", "88,0")]),
    ("Socialnämnden", "Socialnämnden ansvarar för äldreomsorg, stöd till personer med funktionsnedsättning, "
     "individ- och familjeomsorg samt ekonomiskt bistånd. Behovet av hemtjänst ökar och nämnden planerar för "
     "fler hemtjänsttimmar trots besparingskravet.",
     [("Antal brukare i hemtjänst", "214", "225"),
      ("Antal platser i särskilt boende", "96", "96"),
      ("Hushåll med ekonomiskt bistånd", "118", "110")]),
    ("Miljö- och byggnadsnämnden", "Nämnden ansvarar för bygglov, miljö- och hälsoskydd samt livsmedelskontroll. "
     "Målet är att korta handläggningstiderna för bygglov genom digitala e-tjänster.",
     [("Handläggningstid bygglov, veckor", "5,1", "4,0"),
      ("Antal livsmedelskontroller", "142", "150")]),
]
INV_TOT = [sum(r[i] for r in INV) for i in (2, 3, 4)]

# Årsredovisning 2024, tkr
AR = {  # Utfall 2024, Utfall 2023, Budget 2024
    "Verksamhetens intäkter": [101236, 98412, 95300],
    "Verksamhetens kostnader": [-588417, -566930, -578400],
    "Avskrivningar": [-23512, -22184, -23900],
    "Skatteintäkter": [372884, 362540, 374100],
    "Generella statsbidrag och utjämning": [151902, 145880, 150700],
    "Finansiella intäkter": [2118, 1950, 1600],
    "Finansiella kostnader": [-4341, -3870, -4300],
}
AR_NETTO = [AR["Verksamhetens intäkter"][i] + AR["Verksamhetens kostnader"][i] + AR["Avskrivningar"][i] for i in range(3)]
AR_VRES = [AR_NETTO[i] + AR["Skatteintäkter"][i] + AR["Generella statsbidrag och utjämning"][i] for i in range(3)]
AR_RES = [AR_VRES[i] + AR["Finansiella intäkter"][i] + AR["Finansiella kostnader"][i] for i in range(3)]
AVV = [  # nämnd, budget 2024, utfall 2024
    ("Kommunfullmäktige", 2400, 2315), ("Revision", 1100, 1088), ("Kommunstyrelsen", 93800, 92640),
    ("Barn- och utbildningsnämnden", 200100, 203270), ("Socialnämnden", 200900, 206480),
    ("Miljö- och byggnadsnämnden", 4700, 4512),
]


def t(v, neg="–"):
    return fmt(v, 0, neg)


def build_budget(path):
    assert RB["Verksamhetens intäkter"][0] == AR["Verksamhetens intäkter"][1]
    d = Doc("Nordmalings kommun | Budget 2025 och plan 2026–2027")
    d.add_page()
    d.ln(30)
    d.set_font("DejaVu", "B", 22)
    d.multi_cell(0, 11, "Budget 2025\noch verksamhetsplan 2026–2027", new_x="LMARGIN", new_y="NEXT")
    d.set_font("DejaVu", "", 12)
    d.ln(6)
    d.multi_cell(0, 7, "Nordmalings kommun\nBeslutad av kommunfullmäktige den 18 november 2024, § 89\nDnr KS 2024/00312",
                 new_x="LMARGIN", new_y="NEXT")

    d.add_page()
    d.h1("Inledning från kommunstyrelsens ordförande")
    d.p("Nordmaling är en kommun med stora möjligheter: kusten, skogen, närheten till Umeå och ett starkt "
        "föreningsliv. Samtidigt har vi en åldrande befolkning och en skattebas som inte växer i samma takt som "
        "behoven. Därför måste varje krona användas där den gör mest nytta.")
    d.p("Budgeten för 2025 ger ett resultat på 13,6 miljoner kronor. Vi höjer inte skatten, utan skattesatsen "
        "ligger kvar på 22,85 kronor. För att klara det har nämnderna fått ett effektiviseringskrav och "
        "socialnämnden ska minska kostnaderna med 4,2 miljoner kronor genom att bland annat se över "
        "bemanningen i hemtjänsten.")
    d.p("Vi fortsätter att satsa på unga. 600 000 kronor avsätts till feriearbeten för ungdomar under sommaren, "
        "och det nya LSS-boendet i Rundvik ger sex nya lägenheter när det står klart 2026.")
    d.p("Ingrid Nordlund (C)\nKommunstyrelsens ordförande")

    d.h1("Planeringsförutsättningar")
    d.p("Den 1 november 2024 hade Nordmalings kommun 7 080 invånare. Budgeten bygger på ett antagande om 7 050 "
        "invånare 2025. Varje invånare färre innebär ungefär 65 000 kronor lägre intäkter från skatter och "
        "utjämning.")
    d.p("Löneökningarna beräknas till 3,4 procent 2025. Nämndernas ramar har räknats upp med 2,5 procent för "
        "pris- och löneökningar, minus ett effektiviseringskrav på 0,8 procent.")
    d.p("Taxan för vatten och avlopp höjs med 8 procent från den 1 januari 2025 för att finansiera "
        "reinvesteringar i ledningsnätet.")
    d.h2("Finansiella mål")
    d.p("1. Årets resultat ska uppgå till minst 1,5 procent av skatteintäkter och generella statsbidrag.\n"
        "2. Nettoinvesteringarna ska självfinansieras till minst 70 procent under planperioden.\n"
        "3. Låneskulden ska inte öka under mandatperioden.")

    d.add_page()
    d.h1("Nämndernas verksamhet")
    for nm, txt, kn in NAMND:
        d.h2(nm)
        d.p(txt)
        d.table("", [["Nyckeltal", "Utfall 2023", "Mål 2025"]], [list(k) for k in kn], [110, 30, 30])
        if nm != NAMND[-1][0]:
            d.add_page()

    d.add_page()
    d.h1("Resultatbudget")
    hdr = [["", "Utfall", "Budget", "Budget", "Plan", "Plan"], ["Tkr", "2023", "2024", "2025", "2026", "2027"]]
    W = [70, 24, 24, 24, 24, 24]
    rows = []
    for n in ["Verksamhetens intäkter", "Verksamhetens kostnader", "Avskrivningar"]:
        rows.append([n] + [t(v) for v in RB[n]])
    rows.append(["Verksamhetens nettokostnader"] + [t(v) for v in NETTO])
    for n in ["Skatteintäkter", "Generella statsbidrag och utjämning"]:
        rows.append([n] + [t(v) for v in RB[n]])
    rows.append(["Verksamhetens resultat"] + [t(v) for v in VRES])
    for n in ["Finansiella intäkter", "Finansiella kostnader"]:
        rows.append([n] + [t(v) for v in RB[n]])
    rows.append(["Årets resultat"] + [t(v) for v in RES])
    pct = [(D(RES[i]) / D(RB["Skatteintäkter"][i] + RB["Generella statsbidrag och utjämning"][i]) * 100).quantize(Decimal("0.1")) for i in range(5)]
    rows.append(["Resultat i procent av skatter och bidrag"] + [fmt(x, 1) + " %" for x in pct])
    d.table("Belopp i tusentals kronor (tkr)", hdr, rows, W, bold_rows=(3, 6, 9))
    d.small("Utfall 2023 enligt årsredovisningen 2023. Budget 2024 avser ursprunglig budget.")

    d.h1("Driftbudget per nämnd")
    d.p("Nettokostnadsramarna per nämnd redovisas på nästa sida. Socialnämndens ram ökar mest, med 8,7 miljoner "
        "kronor jämfört med 2024, främst till följd av fler brukare inom LSS och hemtjänst.")

    d.add_page(orientation="L")
    d.h1("Driftbudget per nämnd, nettokostnad")
    hdr = [["", "Utfall", "Budget", "Budget", "Plan", "Plan", "Förändring"],
           ["Nämnd", "2023", "2024", "2025", "2026", "2027", "2024–2025, %"]]
    W2 = [80, 28, 28, 28, 28, 28, 34]
    rows = []
    for n, v in DRIFT:
        rows.append([n] + [t(x) for x in v] + [fmt((D(v[2] - v[1]) / v[1] * 100).quantize(Decimal("0.1")))])
    rows.append(["Summa nämnder"] + [t(x) for x in SUMN] + [fmt((D(SUMN[2] - SUMN[1]) / SUMN[1] * 100).quantize(Decimal("0.1")))])
    rows.append(["Finansförvaltning"] + [t(x) for x in FIN] + [""])
    rows.append(["Totalt verksamhetens nettokostnader"] + [t(-x) for x in NETTO] + [""])
    d.table("Belopp i tkr", hdr, rows, W2, bold_rows=(6, 8))
    d.small("Finansförvaltningen omfattar pensionskostnader som inte fördelats till nämnderna, lönepott och "
            "internränta.")

    d.add_page(orientation="P")
    d.h1("Balansbudget")
    ek = [268400]
    for i in (2, 3, 4):
        ek.append(ek[-1] + RES[i])
    anl = [512300]
    for i, (a, b) in enumerate(zip(INV_TOT, [25600, 27300, 28100])):
        anl.append(anl[-1] + a - b)
    avs = [24800, 25600, 26300, 27000]
    lang = [175000] * 4
    kort = [142800, 140000, 141000, 142000]
    tot = [ek[i] + avs[i] + lang[i] + kort[i] for i in range(4)]
    oms = [tot[i] - anl[i] for i in range(4)]
    hdr = [["", "Prognos", "Budget", "Plan", "Plan"], ["Tkr", "2024", "2025", "2026", "2027"]]
    W5 = [80, 26, 26, 26, 26]
    rows = [["Tillgångar", "", "", "", ""],
            ["Anläggningstillgångar"] + [t(x) for x in anl],
            ["Omsättningstillgångar"] + [t(x) for x in oms],
            ["Summa tillgångar"] + [t(x) for x in tot],
            ["Eget kapital, avsättningar och skulder", "", "", "", ""],
            ["Eget kapital"] + [t(x) for x in ek],
            ["  därav årets resultat", "12 500"] + [t(RES[i]) for i in (2, 3, 4)],
            ["Avsättningar"] + [t(x) for x in avs],
            ["Långfristiga skulder"] + [t(x) for x in lang],
            ["Kortfristiga skulder"] + [t(x) for x in kort],
            ["Summa eget kapital, avsättningar och skulder"] + [t(x) for x in tot]]
    d.table("Belopp i tkr", hdr, rows, W5, bold_rows=(3, 10))
    d.small("Prognos 2024 avser prognosen efter delårsrapporten per 31 augusti 2024.")

    d.add_page()
    d.h1("Investeringsbudget")
    d.p("Investeringsbudgeten för 2025 omfattar 50,7 miljoner kronor. Den största investeringen är det nya "
        "LSS-boendet i Rundvik.")
    hdr = [["Projekt", "Ansvar", "Budget 2025", "Plan 2026", "Plan 2027"]]
    W3 = [78, 20, 28, 28, 28]
    rows = [[n, a, t(x), t(y), t(z)] for n, a, x, y, z in INV]
    rows.append(["Summa investeringar", ""] + [t(x) for x in INV_TOT])
    d.table("Belopp i tkr", hdr, rows, W3, bold_rows=(len(rows) - 1,), aligns=["L", "C", "R", "R", "R"],
            break_after=6, cont_caption="Investeringsbudget (forts.), belopp i tkr")
    d.small("KS = kommunstyrelsen, BUN = barn- och utbildningsnämnden, SN = socialnämnden.")
    d.h2("Finansiering av investeringarna")
    d.p("Investeringarna 2025 finansieras med avskrivningsmedel och årets resultat, sammanlagt 39,2 miljoner kronor. "
        "Resterande del, 11,5 miljoner kronor, finansieras genom att likvida medel minskar. Någon nyupplåning "
        "planeras inte.")
    d.h1("Uppdrag till nämnderna")
    d.p("Barn- och utbildningsnämnden ska utreda den framtida skolstrukturen i Lögdeå och Gräsmyr och redovisa "
        "ett förslag senast i oktober 2025.")
    d.p("Socialnämnden ska redovisa hur kostnaderna för hemtjänsten per brukartimme kan närma sig "
        "genomsnittet för jämförbara kommuner.")
    save_pdf(d, path)
    return dict(NETTO=NETTO, RES=RES, pct=pct, SUMN=SUMN, FIN=FIN, INV_TOT=INV_TOT)


def build_ar(path):
    d = Doc("Årsredovisning 2024 – Nordmalings kommun")
    d.add_page()
    d.h1("Årsredovisning 2024")
    d.p("Nordmalings kommun\nGodkänd av kommunfullmäktige 2025-04-22, § 41")
    d.h2("Kommunstyrelsens ordförande har ordet")
    d.p("2024 blev ännu ett år med stora ekonomiska utmaningar för Sveriges kommuner. För Nordmaling blev årets "
        "resultat 11,9 miljoner kronor, vilket är lägre än budgeterat men ändå tillräckligt för att nå vårt "
        "finansiella mål. Jag vill tacka alla medarbetare för ett fantastiskt arbete.")
    d.p("Ingrid Nordlund (C), kommunstyrelsens ordförande")
    d.h2("Året i korthet")
    d.p("Folkmängden den 31 december 2024 var 7 064 invånare, en minskning med 27 personer jämfört med året innan. "
        "Kommunen hade 612 tillsvidareanställda vid årets slut och sjukfrånvaron var 7,9 procent.")
    d.p("Nettoinvesteringarna uppgick till 41,3 miljoner kronor, att jämföra med en budget på 52,0 miljoner kronor. "
        "Den största investeringen var renoveringen av Tallbackaskolan som kostade 14,6 miljoner kronor under året.")

    d.add_page()
    d.h1("Förvaltningsberättelse")
    d.h2("Resultat och balanskravsutredning")
    bk = AR_RES[0] - 412
    d.p(f"Årets resultat uppgår till {t(AR_RES[0])} tkr. Efter avdrag för realisationsvinster om 412 tkr blir "
        f"balanskravsresultatet {t(bk)} tkr. Kommunen uppfyller därmed balanskravet.")
    d.p("Resultatet motsvarar 2,3 procent av skatteintäkter och generella statsbidrag. Målet om minst 1,5 procent "
        "är uppfyllt.")
    d.h2("Nämndernas budgetavvikelser")
    d.p("Socialnämnden redovisar det största underskottet, -5,6 miljoner kronor, främst inom hemtjänsten och "
        "försörjningsstödet. Barn- och utbildningsnämnden redovisar ett underskott som främst beror på fler "
        "elever i behov av särskilt stöd.")
    hdr = [["Nämnd", "Budget 2024", "Utfall 2024", "Avvikelse"]]
    W = [82, 32, 32, 32]
    rows = []
    sb = su = 0
    for n, b, u in AVV:
        rows.append([n, t(b), t(u), fmt(b - u, 0, "()")])
        sb += b; su += u
    rows.append(["Summa", t(sb), t(su), fmt(sb - su, 0, "()")])
    d.table("Nettokostnad per nämnd, tkr. Underskott anges inom parentes.", hdr, rows, W, bold_rows=(6,))

    d.add_page()
    d.h1("Resultaträkning")
    hdr = [["Tkr", "Not", "Utfall 2024", "Utfall 2023", "Budget 2024"]]
    W2 = [72, 12, 30, 30, 30]
    rows = []
    notes = {"Verksamhetens intäkter": "2", "Verksamhetens kostnader": "3", "Avskrivningar": "4",
             "Skatteintäkter": "5", "Generella statsbidrag och utjämning": "6", "Finansiella intäkter": "7",
             "Finansiella kostnader": "8"}
    for n in ["Verksamhetens intäkter", "Verksamhetens kostnader", "Avskrivningar"]:
        rows.append([n, notes[n]] + [t(v, "-") for v in AR[n]])
    rows.append(["Verksamhetens nettokostnader", ""] + [t(v, "-") for v in AR_NETTO])
    for n in ["Skatteintäkter", "Generella statsbidrag och utjämning"]:
        rows.append([n, notes[n]] + [t(v, "-") for v in AR[n]])
    rows.append(["Verksamhetens resultat", ""] + [t(v, "-") for v in AR_VRES])
    for n in ["Finansiella intäkter", "Finansiella kostnader"]:
        rows.append([n, notes[n]] + [t(v, "-") for v in AR[n]])
    rows.append(["Årets resultat", "9"] + [t(v, "-") for v in AR_RES])
    d.table("", hdr, rows, W2, bold_rows=(3, 6, 9), aligns=["L", "C", "R", "R", "R"])

    d.h1("Femårsöversikt")
    hdr = [["", "2020", "2021", "2022", "2023", "2024"]]
    W3 = [70, 22, 22, 22, 22, 22]
    rows = [
        ["Folkmängd 31 december", "7 183", "7 152", "7 126", "7 091", "7 064"],
        ["Skattesats, kr", "22,85", "22,85", "22,85", "22,85", "22,85"],
        ["Årets resultat, mnkr", "21,7", "26,3", "18,4", "15,8", "11,9"],
        ["Nettoinvesteringar, mnkr", "29,5", "33,1", "36,2", "44,9", "41,3"],
        ["Soliditet inkl. pensionsförpliktelser, %", "15,2", "17,4", "18,6", "19,9", "20,8"],
        ["Långfristiga skulder, mnkr", "185,0", "180,0", "175,0", "175,0", "175,0"],
        ["Antal tillsvidareanställda", "598", "604", "611", "617", "612"],
    ]
    d.table("", hdr, rows, W3)
    d.small("Årets resultat 2023 har räknats om och avviker marginellt från tidigare publicerade uppgifter.")
    save_pdf(d, path)
    return dict(AR_RES=AR_RES, AR_NETTO=AR_NETTO, bk=bk, sb=sb, su=su)


def build_html(path):
    html = """<!DOCTYPE html>
<html lang="sv">
<head><meta charset="utf-8"><title>Ekonomi och finansiell information | Nordmalings kommun</title></head>
<body>
<div class="cookie-consent" role="dialog">
  <p>Nordmaling.se använder kakor. Genom att klicka på Acceptera godkänner du att vi använder kakor för statistik.</p>
  <a href="#" class="btn">Acceptera</a> <a href="#" class="btn">Neka</a> <a href="/kakor">Mer information</a>
</div>
<header class="site-header">
  <div class="logo">Nordmalings kommun</div>
  <nav class="main-nav">
    <a href="/barn-och-utbildning">Barn och utbildning</a>
    <a href="/stod-och-omsorg">Stöd och omsorg</a>
    <a href="/bo-och-bygga">Bo och bygga</a>
    <a href="/kommun-och-politik">Kommun och politik</a>
    <a href="/uppleva-och-gora">Uppleva och göra</a>
  </nav>
  <form class="search"><input type="text" placeholder="Sök på webbplatsen"><button>Sök</button></form>
</header>
<main>
  <nav class="breadcrumb">Start &gt; Kommun och politik &gt; Ekonomi &gt; Finansiell information</nav>
  <article>
    <h1>Ekonomi och finansiell information</h1>
    <p class="lead">Här hittar du kommunens budget, årsredovisningar och delårsrapporter samt nyckeltal om kommunens ekonomi.</p>
    <h2>Årsredovisning 2024</h2>
    <p>Kommunfullmäktige godkände årsredovisningen för 2024 den 22 april 2025. Årets resultat blev 11,9 miljoner kronor och balanskravet uppfylldes.</p>
    <h2>Nyckeltal i sammandrag</h2>
    <table class="table">
      <caption>Nyckeltal 2022–2024</caption>
      <tr><th>Nyckeltal</th><th>2022</th><th>2023</th><th>2024</th></tr>
      <tr><td>Årets resultat (mnkr)</td><td>18,4</td><td>15,8</td><td>11,9</td></tr>
      <tr><td>Skattesats (kr)</td><td>22,85</td><td>22,85</td><td>22,85</td></tr>
      <tr><td>Nettoinvesteringar (mnkr)</td><td>36,2</td><td>44,9</td><td>41,3</td></tr>
      <tr><td>Soliditet inkl. pensionsförpliktelser (%)</td><td>18,6</td><td>19,9</td><td>20,8</td></tr>
      <tr><td>Folkmängd 31 december</td><td>7 126</td><td>7 091</td><td>7 064</td></tr>
      <tr><td>Låneskuld (mnkr)</td><td>175,0</td><td>175,0</td><td>175,0</td></tr>
    </table>
    <h2>Budget 2025</h2>
    <p>Budget 2025 och plan 2026–2027 beslutades av kommunfullmäktige i november 2024. Budgeten innebär ett resultat på 13,6 miljoner kronor och investeringar på 50,7 miljoner kronor.</p>
    <h2>Revision</h2>
    <p>Kommunens revisorer granskar verksamheten varje år. Revisionsberättelsen för 2024 tillstyrker ansvarsfrihet för samtliga nämnder.</p>
    <ul>
      <li><a href="/dokument/budget-2025.pdf">Budget 2025 och plan 2026–2027 (pdf)</a></li>
      <li><a href="/dokument/arsredovisning-2024.pdf">Årsredovisning 2024 (pdf)</a></li>
    </ul>
    <p class="updated">Senast uppdaterad: 2025-04-30</p>
  </article>
</main>
<footer>
  <p>Nordmalings kommun | 914 81 Nordmaling | Växel 0930-140 00 | kommun@nordmaling.se</p>
  <p>Org.nr 212000-2551</p>
  <a href="/tillganglighet">Tillgänglighetsredogörelse</a>
</footer>
</body>
</html>
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(html)


def build_docx(path):
    doc = docx.Document()
    doc.styles["Normal"].font.size = Pt(11)
    doc.add_heading("Kommunfullmäktige – Sammanträdesprotokoll", level=1)
    doc.add_paragraph("Nordmalings kommun, 2025-04-22, Folkets hus, Nordmaling, kl. 18.00–20.15")
    doc.add_paragraph("Ordförande: Bertil Sundqvist (S). Sekreterare: Linnea Westman. Justerare: Kristina Åström (M) "
                      "och Erik Hedlund (SD).")

    doc.add_heading("§ 41 Årsredovisning 2024", level=2)
    doc.add_paragraph("Dnr KS 2025/00087")
    doc.add_paragraph("Kommunens årsredovisning för 2024 visar ett resultat på 11 870 tkr. Balanskravsresultatet är "
                      "11 458 tkr.")
    doc.add_paragraph("Beslut: Kommunfullmäktige beslutar att godkänna årsredovisningen för 2024.")

    doc.add_heading("§ 42 Ansvarsfrihet för 2024", level=2)
    doc.add_paragraph("Revisorerna tillstyrker att kommunfullmäktige beviljar styrelse och nämnder ansvarsfrihet.")
    doc.add_paragraph("Beslut: Kommunfullmäktige beviljar kommunstyrelsen och samtliga nämnder ansvarsfrihet för 2024. "
                      "Ledamöter i respektive organ deltar inte i beslutet om den egna ansvarsfriheten.")

    doc.add_heading("§ 43 Ombudgetering av investeringar från 2024", level=2)
    doc.add_paragraph("Dnr KS 2025/00102")
    doc.add_paragraph("Kommunstyrelsen föreslår att ej förbrukade investeringsmedel från 2024 förs över till 2025 "
                      "för projekt som pågår.")
    tb = doc.add_table(rows=1, cols=3)
    tb.style = "Table Grid"
    for c, x in zip(tb.rows[0].cells, ["Projekt", "Ej förbrukat 2024, tkr", "Föreslås ombudgeteras, tkr"]):
        c.text = x
    data = [("Tallbackaskolan, renovering", 4120, 4120), ("Vatten och avlopp, Håknäs", 2650, 2000),
            ("Gång- och cykelväg Rundvik", 1830, 1830), ("Digitala trygghetslarm", 580, 0)]
    s1 = s2 = 0
    for n, a, b in data:
        cells = tb.add_row().cells
        for c, x in zip(cells, [n, t(a), t(b)]):
            c.text = x
        s1 += a; s2 += b
    cells = tb.add_row().cells
    for c, x in zip(cells, ["Totalt", t(s1), t(s2)]):
        c.text = x
    doc.add_paragraph(f"Beslut: Kommunfullmäktige beslutar att ombudgetera {t(s2)} tkr från 2024 till 2025 enligt "
                      "kommunstyrelsens förslag.")

    doc.add_heading("§ 44 Motion om avgiftsfri kollektivtrafik för personer över 75 år", level=2)
    doc.add_paragraph("Dnr KS 2024/00255")
    doc.add_paragraph("Anna Lindgren (V) har lämnat en motion om att personer över 75 år ska få åka avgiftsfritt med "
                      "kollektivtrafiken inom kommunen. Kostnaden har beräknats till cirka 350 000 kronor per år.")
    doc.add_paragraph("Yrkanden: Anna Lindgren (V) yrkar bifall till motionen. Ordföranden yrkar avslag i enlighet "
                      "med kommunstyrelsens förslag.")
    doc.add_paragraph("Omröstning: Med 22 röster för avslag och 7 röster för bifall beslutar kommunfullmäktige enligt "
                      "kommunstyrelsens förslag.")
    doc.add_paragraph("Beslut: Kommunfullmäktige beslutar att avslå motionen.")
    doc.add_paragraph("Reservation: Anna Lindgren (V) och Gunnar Forsberg (V) reserverar sig mot beslutet.")

    doc.add_heading("§ 45 Taxa för upplåtelse av offentlig plats", level=2)
    doc.add_paragraph("Beslut: Kommunfullmäktige antar ny taxa för upplåtelse av offentlig plats att gälla från den "
                      "1 juni 2025. Avgiften för torghandel blir 150 kronor per dag.")
    doc.add_paragraph("Vid protokollet: Linnea Westman")
    save_docx(doc, path, "Protokoll kommunfullmäktige 2025-04-22", "Nordmalings kommun")
    return dict(omb=s2, ejf=s1)


def build_xlsx(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Befolkning"
    ws.append(["Befolkningsutveckling Nordmalings kommun 2015–2024"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(["Antal personer. Källa: SCB"])
    ws.append(["År", "Folkmängd 31 dec", "Födda", "Döda", "Inflyttade", "Utflyttade"])
    pops = {2014: 7142, 2015: 7168, 2016: 7209, 2017: 7196, 2018: 7177, 2019: 7164, 2020: 7183,
            2021: 7152, 2022: 7126, 2023: 7091, 2024: 7064}
    born = {2015: 62, 2016: 58, 2017: 61, 2018: 55, 2019: 57, 2020: 52, 2021: 56, 2022: 49, 2023: 51, 2024: 47}
    dead = {2015: 94, 2016: 89, 2017: 98, 2018: 101, 2019: 92, 2020: 104, 2021: 97, 2022: 103, 2023: 99, 2024: 96}
    inn = {2015: 402, 2016: 437, 2017: 381, 2018: 392, 2019: 375, 2020: 418, 2021: 366, 2022: 371, 2023: 358, 2024: 362}
    out = {}
    for y in range(2015, 2025):
        out[y] = born[y] - dead[y] + inn[y] - (pops[y] - pops[y - 1])
        ws.append([y, pops[y], born[y], dead[y], inn[y], out[y]])
    ws.column_dimensions["B"].width = 18

    ws2 = wb.create_sheet("Budget per verksamhet")
    ws2.append(["Budget 2025 per verksamhet"])
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.append(["Belopp i tkr"])
    ws2.append(["Verksamhet", "Intäkter", "Kostnader", "Nettokostnad"])
    rows = [("Förskola", 9800, 68400), ("Grundskola inkl. förskoleklass", 7200, 103900),
            ("Gymnasieskola", 1500, 27100), ("Äldreomsorg", 21400, 142300), ("LSS", 8900, 51600),
            ("Individ- och familjeomsorg", 3100, 28700), ("Kultur och fritid", 1900, 14800),
            ("Gator, vägar och parker", 2300, 16900), ("Räddningstjänst", 600, 9400)]
    si = sk = 0
    for n, i, k in rows:
        ws2.append([n, i, -k, -(k - i)])
        si += i; sk += k
    ws2.append(["Summa", si, -sk, -(sk - si)])
    for r in ws2.iter_rows(min_row=4):
        for c in r[1:]:
            c.number_format = "# ##0"
    ws2.column_dimensions["A"].width = 34
    save_xlsx(wb, path, "Befolkning och budget per verksamhet", "Nordmalings kommun")
    return dict(out=out, si=si, sk=sk)


PRESS = """PRESSMEDDELANDE
Nordmalings kommun
2025-06-12

Byggstart för nytt LSS-boende i Rundvik

I september startar bygget av ett nytt boende enligt LSS i Rundvik. Boendet får sex lägenheter och en gemensamhetsdel och beräknas vara inflyttningsklart i november 2026. Den totala investeringen är beräknad till 30 miljoner kronor, varav 18 miljoner kronor under 2025.

- I dag köper vi platser i andra kommuner till en hög kostnad. Med ett eget boende kan fler bo kvar i Nordmaling, nära familj och vänner, säger Göran Lidström (S), ordförande i socialnämnden.

Kommunen räknar med att minska kostnaderna för köpta platser med cirka 2,8 miljoner kronor per år när boendet är i full drift. Boendet kommer att ge omkring tolv nya arbetstillfällen.

Upphandlingen vanns av Byggkompaniet i Umeå AB. Kommunstyrelsen fattade beslut om tilldelning den 3 juni 2025.

För mer information:
Göran Lidström, ordförande socialnämnden, 0930-140 55
Maja Öberg, socialchef, 0930-141 02
"""


def build(outdir):
    outdir.mkdir(parents=True, exist_ok=True)
    info = build_budget(outdir / "nordmaling-budget-2025-plan-2026-2027.pdf")
    info.update(build_ar(outdir / "nordmaling-arsredovisning-2024.pdf"))
    build_html(outdir / "nordmaling-ekonomi-finansiell-information.html")
    info.update(build_docx(outdir / "nordmaling-kf-protokoll-2025-04-22.docx"))
    info.update(build_xlsx(outdir / "nordmaling-befolkning-och-budget.xlsx"))
    (outdir / "nordmaling-pressmeddelande-lss-boende-rundvik.txt").write_text(PRESS, encoding="utf-8")
    return info
