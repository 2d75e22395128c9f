"""Köpings kommun: invented but internally consistent documents."""
import os
import docx
from docx.shared import Pt
import openpyxl
from common import Doc, fmt, normalize_zip, fix_docx_props, fix_xlsx_props


def r1(x):
    return round(x + 0.0, 1)


def mn(tkr):
    """tkr -> mnkr rounded half-up to one decimal (as published)."""
    from decimal import Decimal, ROUND_HALF_UP
    return float((Decimal(tkr) / 1000).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


NAMNDER = [  # Bokslut 2023, Budget 2024, Budget 2025, Plan 2026, Plan 2027 (tkr)
    ("Kommunstyrelsen", 138712, 142380, 148920, 151400, 153900),
    ("Barn- och ungdomsnämnden", 579834, 598240, 612450, 624800, 636100),
    ("Vård- och omsorgsnämnden", 462117, 468900, 489600, 503200, 517800),
    ("Socialnämnden", 171906, 162350, 168700, 171200, 173500),
    ("Kultur- och fritidsnämnden", 76985, 78420, 80150, 81300, 82500),
    ("Tekniska nämnden", 94208, 96750, 99830, 102100, 104300),
    ("Bygg- och miljönämnden", 13952, 14680, 15210, 15500, 15800),
    ("Överförmyndarnämnden", 3301, 3420, 3560, 3650, 3740),
    ("Revisionen", 2084, 2150, 2200, 2250, 2300),
    ("Valnämnden", 95, 850, 120, 1600, 150),
]

RB = {  # Bokslut 2023, Budget 2024, Budget 2025, Plan 2026, Plan 2027 (mnkr)
    "int": [312.4, 318.0, 325.6, 331.0, 336.5],
    "kost": [-1872.5, -1921.4, -1989.7, -2041.3, -2094.8],
    "avskr": [-68.2, -72.5, -78.4, -83.9, -88.0],
    "skatt": [1402.6, 1452.1, 1511.8, 1567.2, 1624.0],
    "bidrag": [258.9, 276.4, 290.3, 297.5, 303.8],
    "finint": [8.1, 7.5, 7.0, 7.0, 7.0],
    "finkost": [-19.6, -26.1, -28.4, -31.2, -33.5],
}
RB["vnk"] = [r1(RB["int"][i] + RB["kost"][i] + RB["avskr"][i]) for i in range(5)]
RB["vres"] = [r1(RB["vnk"][i] + RB["skatt"][i] + RB["bidrag"][i]) for i in range(5)]
RB["res"] = [r1(RB["vres"][i] + RB["finint"][i] + RB["finkost"][i]) for i in range(5)]

INVEST = [  # (nämnd, [(projekt, 2025, 2026, 2027)])
    ("Barn- och ungdomsnämnden", [
        ("Ny förskola Malmaberg", 42.0, 18.0, 0.0),
        ("Ombyggnad Karlbergsskolan", 35.5, 40.0, 12.0),
        ("Inventarier skola och förskola", 3.0, 3.0, 3.0)]),
    ("Vård- och omsorgsnämnden", [
        ("Nytt särskilt boende Skogsängen", 28.0, 45.0, 30.0),
        ("Välfärdsteknik och trygghetslarm", 2.4, 2.0, 2.0)]),
    ("Kultur- och fritidsnämnden", [
        ("Renovering av simhallen", 24.0, 6.0, 0.0),
        ("Konstgräsplan Strömsvallen", 8.5, 0.0, 0.0)]),
    ("Tekniska nämnden", [
        ("Gator och vägar, reinvestering", 14.0, 14.0, 14.0),
        ("Köpings hamn, kajförstärkning", 18.5, 22.0, 10.0),
        ("Gång- och cykelvägar", 6.0, 6.0, 6.0),
        ("Fordon och maskiner", 4.5, 3.5, 3.5)]),
    ("Kommunstyrelsen", [
        ("IT och digitalisering", 3.5, 3.5, 3.5),
        ("Exploatering Norsa industriområde", 7.0, 12.0, 8.0)]),
]


def inv_sums():
    per, tot = {}, [0.0, 0.0, 0.0]
    for n, projs in INVEST:
        s = [r1(sum(p[i] for p in projs)) for i in range(1, 4)]
        per[n] = s
        tot = [r1(tot[i] + s[i]) for i in range(3)]
    return per, tot


def budget_pdf(path):
    per, itot = inv_sums()
    nsum = [sum(n[i] for n in NAMNDER) for i in range(1, 6)]
    p = Doc("Köpings kommun · Budget 2025 och plan 2026–2027")
    p.add_page()
    p.ln(45)
    p.set_font("DV", "B", 24)
    p.multi_cell(0, 12, "Budget 2025\noch plan 2026–2027")
    p.set_font("DV", "", 13)
    p.ln(4)
    p.multi_cell(0, 7, "Köpings kommun\nBeslutad av kommunfullmäktige 2024-11-25, § 98")

    p.add_page()
    p.h1("Inledning")
    p.para("Köping står inför flera år med stora utmaningar. Vi blir fler äldre, kostnaderna för försörjningsstöd "
           "och placeringar har ökat och många av våra skolor och förskolor behöver renoveras. Samtidigt växer "
           "näringslivet i Köping och fler företag vill etablera sig i Norsa och vid hamnen.")
    p.para("För att klara välfärden höjer vi skattesatsen med 20 öre till 22,84 kronor från den 1 januari 2025. "
           "Höjningen ger ungefär 13,2 miljoner kronor i ökade skatteintäkter per år. Vi har inte tagit det beslutet "
           "lättvindigt, men alternativet hade varit neddragningar i skola och omsorg.")
    p.para(f"Budgeten ger ett resultat på {fmt(RB['res'][2])} miljoner kronor 2025, vilket motsvarar "
           f"{fmt(RB['res'][2] / (RB['skatt'][2] + RB['bidrag'][2]) * 100)} procent av skatteintäkter och generella "
           "statsbidrag. Det innebär att vi når det finansiella målet om minst 2 procent.")
    p.para("Elisabeth Strand (S)\nKommunstyrelsens ordförande", style="I")

    p.h1("Budgetförutsättningar")
    p.para("Budgeten bygger på ett antagande om 26 950 invånare den 1 november 2024. Skatteintäkterna är beräknade "
           "utifrån Sveriges Kommuner och Regioners prognos från oktober 2024. Löneökningar är budgeterade med "
           "3,3 procent och övriga kostnader med 2,0 procent.")
    p.para("Nämnderna kompenseras inte fullt ut för pris- och löneökningar. Det innebär i praktiken ett "
           "effektiviseringskrav på 0,8 procent, motsvarande cirka 13 miljoner kronor.")
    p.h2("Skattesats")
    p.para("Kommunalskatten höjs från 22,64 kronor till 22,84 kronor. Tillsammans med regionskatten i Region "
           "Västmanland på 10,88 kronor blir den totala skattesatsen 33,72 kronor.")

    p.h1("Mål för mandatperioden")
    p.para("Kommunfullmäktige har antagit fem övergripande mål för 2023–2026. Nämnderna bryter ned målen i egna "
           "nämndmål med mätbara indikatorer.")
    p.bullets([
        "Köping ska vara en attraktiv kommun att bo, verka och leva i.",
        "Alla elever ska få möjlighet att nå kunskapsmålen; andelen behöriga till gymnasiet ska vara minst 85 procent 2026.",
        "Äldre ska känna sig trygga med sin omsorg; minst 90 procent av brukarna ska vara nöjda med hemtjänsten.",
        "Fler ska gå från bidrag till egen försörjning; antalet hushåll med försörjningsstöd ska minska till under 520.",
        "Kommunens klimatpåverkan ska minska; alla kommunens personbilar ska vara fossilfria 2027.",
    ])
    p.h1("Finansiella mål")
    p.bullets([
        "Resultatet ska uppgå till minst 2 procent av skatteintäkter och generella statsbidrag.",
        "Investeringar ska finansieras med minst 60 procent egna medel under planperioden.",
        "Kommunens låneskuld får inte överstiga 900 miljoner kronor.",
    ])

    p.add_page()
    p.h1("Resultatbudget", newpage=False)
    H = [["", "Bokslut", "Budget", "Budget", "Plan", "Plan"], ["", "2023", "2024", "2025", "2026", "2027"]]
    def row(label, key, style=""):
        return ([label] + [fmt(v, neg="en") for v in RB[key]], style)
    rows = [row("Verksamhetens intäkter", "int"), row("Verksamhetens kostnader", "kost"),
            row("Avskrivningar", "avskr"), row("Verksamhetens nettokostnader", "vnk", "B"),
            row("Skatteintäkter", "skatt"), row("Generella statsbidrag och utjämning", "bidrag"),
            row("Verksamhetens resultat", "vres", "B"), row("Finansiella intäkter", "finint"),
            row("Finansiella kostnader", "finkost"), row("Årets resultat", "res", "B")]
    p.table("Resultatbudget", H, rows, [62, 21, 21, 21, 21, 21], unit="Belopp i mnkr")

    p.h1("Kassaflödesbudget")
    aj = [6.5, 6.8, 7.0]
    lan = [70.0, 75.0, 40.0]
    amort = [-5.0, -5.0, -5.0]
    salj = [4.0, 2.0, 2.0]
    lop = [r1(RB["res"][i + 2] - RB["avskr"][i + 2] + aj[i]) for i in range(3)]
    inv = [r1(-itot[i] + salj[i]) for i in range(3)]
    fin = [r1(lan[i] + amort[i]) for i in range(3)]
    kf = [r1(lop[i] + inv[i] + fin[i]) for i in range(3)]
    ub = []
    ib = 42.0
    ibs = []
    for i in range(3):
        ibs.append(ib)
        ib = r1(ib + kf[i])
        ub.append(ib)
    H = [["", "Budget", "Plan", "Plan"], ["", "2025", "2026", "2027"]]
    f = lambda xs: [fmt(x, neg="en") for x in xs]
    rows = [(["Den löpande verksamheten", "", "", ""], "S"),
            (["Årets resultat"] + f(RB["res"][2:]), ""),
            (["Justering för av- och nedskrivningar"] + f([-x for x in RB["avskr"][2:]]), ""),
            (["Justering för övriga ej likviditetspåverkande poster"] + f(aj), ""),
            (["Kassaflöde från den löpande verksamheten"] + f(lop), "B"),
            (["Investeringsverksamheten", "", "", ""], "S"),
            (["Investering i materiella anläggningstillgångar"] + f([-x for x in itot]), ""),
            (["Försäljning av materiella anläggningstillgångar"] + f(salj), ""),
            (["Kassaflöde från investeringsverksamheten"] + f(inv), "B"),
            (["Finansieringsverksamheten", "", "", ""], "S"),
            (["Nyupptagna lån"] + f(lan), ""),
            (["Amortering av skuld"] + f(amort), ""),
            (["Kassaflöde från finansieringsverksamheten"] + f(fin), "B"),
            (["Årets kassaflöde"] + f(kf), "B"),
            (["Likvida medel vid årets början"] + f(ibs), ""),
            (["Likvida medel vid årets slut"] + f(ub), "B")]
    p.table("Kassaflödesbudget", H, rows, [95, 25, 25, 25], unit="Belopp i mnkr")

    p.add_page(orientation="L")
    p.h1("Driftbudget per nämnd", newpage=False)
    p.para("Nämndernas ramar anges som nettokostnad i tusental kronor. Förändringen avser skillnaden mellan budget "
           "2025 och budget 2024.")
    H = [["", "Bokslut", "Budget", "Budget", "Förändring", "Plan", "Plan"],
         ["Nämnd", "2023", "2024", "2025", "2024–2025", "2026", "2027"]]
    rows = []
    for n, b23, b24, b25, p26, p27 in NAMNDER:
        rows.append(([n] + [fmt(v, 0, neg="en") for v in (b23, b24, b25, b25 - b24, p26, p27)], ""))
    s = nsum
    rows.append((["Summa nämnder"] + [fmt(v, 0, neg="en") for v in (s[0], s[1], s[2], s[2] - s[1], s[3], s[4])], "B"))
    p.table("Driftbudget 2025–2027", H, rows, [80, 28, 28, 28, 30, 28, 28], unit="Belopp i tkr",
            footnotes=["Överförmyndarnämnden är gemensam för Köping, Arboga och Kungsör. Beloppen avser Köpings andel.",
                       "Valnämndens ram för 2026 avser de allmänna valen i september 2026."])

    p.add_page(orientation="P")
    p.h1("Nämndernas uppdrag och prioriteringar", newpage=False)
    p.h2("Kommunstyrelsen")
    p.para("Kommunstyrelsens ram ökar med 6,5 miljoner kronor, bland annat för att finansiera ett nytt "
           "ärendehanteringssystem och en näringslivsutvecklare med inriktning på Norsa industriområde.")
    p.h2("Barn- och ungdomsnämnden")
    p.para("Barn- och ungdomsnämnden ansvarar för förskola, grundskola, gymnasieskola och vuxenutbildning. "
           "Antalet barn i förskolan minskar något medan antalet gymnasieelever ökar. Nämnden ska genomföra "
           "effektiviseringar på 9,0 miljoner kronor under 2025, bland annat genom att samla förskoleverksamhet "
           "i färre och större enheter.")
    p.h2("Vård- och omsorgsnämnden")
    p.para("Vård- och omsorgsnämnden får ett tillskott på 12,0 miljoner kronor för ökat antal äldre och för att "
           "täcka det underskott inom hemtjänsten som nämnden redovisat under 2024. Nämnden ska ta fram en plan för "
           "hur kostnaderna för hemtjänsten ska anpassas till nivån i jämförbara kommuner.")
    p.h2("Socialnämnden")
    p.para("Socialnämnden har haft kraftigt ökade kostnader för placeringar av barn och unga. Ramen för 2025 "
           "höjs därför, men nämnden ska samtidigt minska kostnaderna för externa placeringar med 5,5 miljoner "
           "kronor genom att bygga ut öppenvården på hemmaplan.")
    p.h2("Tekniska nämnden")
    p.para("Tekniska nämnden ansvarar för gator, parker, kommunens fastigheter och hamnen. Underhållet av "
           "gatunätet har eftersatts; nämnden får därför ett tillskott på 1,8 miljoner kronor för beläggning.")
    p.h2("Kultur- och fritidsnämnden")
    p.para("Simhallen stängs under renoveringen från september 2025 till april 2026. Under stängningen erbjuds "
           "simundervisning för skolorna i Arboga.")

    p.h1("Känslighetsanalys")
    p.para("Kommunens ekonomi påverkas av förändringar i omvärlden. Tabellen visar ungefärlig effekt på "
           "resultatet under ett helår.")
    p.table("Känslighetsanalys", [["Händelse", "Effekt, mnkr"]], [
        (["Skatteunderlaget ökar/minskar 1 procent", "15,1"], ""),
        (["Skattesatsen ändras med 10 öre", "6,6"], ""),
        (["Löneökning 1 procent inklusive arbetsgivaravgifter", "11,9"], ""),
        (["Ränteförändring 1 procentenhet på låneskulden", "7,4"], ""),
    ], [120, 40])
    p.h1("Investeringsbudget")
    p.para(f"Investeringarna uppgår till {fmt(itot[0])} miljoner kronor 2025 och totalt "
           f"{fmt(sum(itot))} miljoner kronor under perioden 2025–2027. Den höga nivån beror främst på nya "
           "förskolor, skolrenoveringar och ett nytt särskilt boende.")
    H = [["", "Budget", "Plan", "Plan", "Summa"], ["Projekt", "2025", "2026", "2027", "2025–2027"]]
    rows = []
    for n, projs in INVEST:
        rows.append(([n, "", "", "", ""], "S"))
        for pr in projs:
            rows.append(([pr[0]] + [fmt(v) for v in pr[1:]] + [fmt(sum(pr[1:]))], ""))
        rows.append((["Summa"] + [fmt(v) for v in per[n]] + [fmt(sum(per[n]))], "B"))
    rows.append((["Totalt"] + [fmt(v) for v in itot] + [fmt(sum(itot))], "B"))
    p.table("Investeringsbudget 2025–2027", H, rows, [90, 20, 20, 20, 24], unit="Belopp i mnkr", rh=7.6,
            footnotes=["Investeringar i vatten och avlopp ingår inte."])
    p.output(path)
    return dict(nsum=nsum, itot=itot, kf=kf)


DELAR_AVV = [  # prognostiserad budgetavvikelse helår 2024, mnkr
    ("Kommunstyrelsen", 2.1), ("Barn- och ungdomsnämnden", -3.2), ("Vård- och omsorgsnämnden", -14.3),
    ("Socialnämnden", -9.8), ("Kultur- och fritidsnämnden", 0.6), ("Tekniska nämnden", 1.4),
    ("Bygg- och miljönämnden", 0.3), ("Överförmyndarnämnden", -0.2), ("Revisionen", 0.0), ("Valnämnden", 0.1),
]


def delar_pdf(path):
    p = Doc("Delårsrapport januari–augusti 2024 – Köpings kommun")
    p.add_page()
    p.ln(45)
    p.set_font("DV", "B", 24)
    p.multi_cell(0, 12, "Delårsrapport\njanuari–augusti 2024")
    p.set_font("DV", "", 13)
    p.multi_cell(0, 7, "Köpings kommun\nBehandlad av kommunfullmäktige 2024-10-28")
    p.add_page()
    p.h1("Sammanfattning")
    p.para("Resultatet för perioden januari–augusti 2024 uppgår till 44,5 miljoner kronor. Helårsprognosen pekar "
           "på ett resultat på 18,6 miljoner kronor, vilket är 15,4 miljoner kronor sämre än budget.")
    p.para("Nämnderna prognostiserar sammantaget ett underskott på 23,0 miljoner kronor. Det största underskottet "
           "finns inom vård- och omsorgsnämnden, som räknar med en negativ avvikelse på -14,3 miljoner kronor, "
           "främst på grund av fler beviljade hemtjänsttimmar. Finansförvaltningen väntas redovisa ett överskott på "
           "7,6 miljoner kronor tack vare lägre pensionskostnader.")
    p.para("Befolkningen uppgick den 30 juni 2024 till 26 874 invånare, en ökning med 114 personer sedan årsskiftet. "
           "Sjukfrånvaron bland kommunens anställda var 8,1 procent under perioden.")
    p.para("Nettoinvesteringarna uppgick till 84,6 miljoner kronor under januari–augusti. För helåret prognostiseras "
           "investeringar på 168,0 miljoner kronor, att jämföra med budgeterade 214,5 miljoner kronor.")
    p.h1("Resultaträkning")
    H = [["", "Utfall", "Utfall", "Budget", "Prognos", "Avvikelse"],
         ["", "jan–aug 2023", "jan–aug 2024", "2024", "2024", "prognos/budget"]]
    data = {
        "int": [208.9, 221.4, RB["int"][1], 326.8],
        "kost": [-1221.8, -1268.7, RB["kost"][1], -1945.9],
        "avskr": [-44.6, -47.3, RB["avskr"][1], -71.4],
        "skatt": [931.4, 963.2, RB["skatt"][1], 1446.3],
        "bidrag": [172.5, 184.6, RB["bidrag"][1], 276.9],
        "finint": [5.2, 4.9, RB["finint"][1], 6.8],
        "finkost": [-12.1, -13.6, RB["finkost"][1], -20.9],
    }
    data["vnk"] = [r1(data["int"][i] + data["kost"][i] + data["avskr"][i]) for i in range(4)]
    data["vres"] = [r1(data["vnk"][i] + data["skatt"][i] + data["bidrag"][i]) for i in range(4)]
    data["res"] = [r1(data["vres"][i] + data["finint"][i] + data["finkost"][i]) for i in range(4)]
    assert data["res"][1] == 44.5 and data["res"][3] == 18.6 and data["res"][2] == 34.0, data["res"]
    def row(label, key, style=""):
        v = data[key]
        return ([label] + [fmt(x, neg="par") for x in v] + [fmt(v[3] - v[2], neg="par")], style)
    rows = [row("Verksamhetens intäkter", "int"), row("Verksamhetens kostnader", "kost"),
            row("Avskrivningar", "avskr"), row("Verksamhetens nettokostnader", "vnk", "B"),
            row("Skatteintäkter", "skatt"), row("Generella statsbidrag och utjämning", "bidrag"),
            row("Verksamhetens resultat", "vres", "B"), row("Finansiella intäkter", "finint"),
            row("Finansiella kostnader", "finkost"), row("Periodens/årets resultat", "res", "B")]
    p.table("Resultaträkning", H, rows, [52, 22, 22, 20, 20, 28], unit="Belopp i mnkr. Negativa belopp inom parentes.",
            font=8)
    p.h1("Nämndernas prognos")
    p.para("Tabellen visar nämndernas prognostiserade budgetavvikelse för helåret 2024. Negativ avvikelse innebär "
           "underskott.")
    H = [["", "Budget", "Prognos", "Avvikelse"], ["Nämnd", "2024", "2024", "2024"]]
    rows = []
    sb = sp = 0.0
    for (n, b23, b24, *_), (n2, avv) in zip(NAMNDER, DELAR_AVV):
        assert n == n2
        b = mn(b24)
        sb = r1(sb + b)
        sp = r1(sp + b - avv)
        rows.append(([n, fmt(b), fmt(b - avv), fmt(avv, neg="par")], ""))
    rows.append((["Summa nämnder", fmt(sb), fmt(sp), fmt(sb - sp, neg="par")], "B"))
    p.table("Prognos per nämnd, helår 2024", H, rows, [80, 28, 28, 28], unit="mnkr")
    p.h1("Väsentliga händelser")
    p.bullets([
        "I april 2024 invigdes den nya förskolan Ängsgården med sex avdelningar.",
        "Kommunen tecknade i maj ett avtal med Norsa Logistik AB om försäljning av 12 hektar mark i Norsa.",
        "Socialnämnden har infört ett nytt arbetssätt med hemmaplanslösningar för barn och unga.",
    ])
    p.h1("Åtgärder för ekonomi i balans")
    p.para("Kommunstyrelsen har gett vård- och omsorgsnämnden och socialnämnden i uppdrag att ta fram "
           "åtgärdsplaner. Ett anställningsstopp för administrativa tjänster gäller från den 1 oktober 2024.")
    p.output(path)


def html_page(path):
    rows = []
    for n, b23, b24, b25, *_ in NAMNDER:
        rows.append(f"<tr><td>{n}</td><td>{fmt(mn(b24))}</td><td>{fmt(mn(b25))}</td></tr>")
    trs = "\n          ".join(rows)
    html = f"""<!DOCTYPE html>
<html lang="sv">
<head><meta charset="utf-8"><title>Budget 2025 är beslutad – Köpings kommun</title></head>
<body>
<div class="cookie-consent" role="dialog">
  <p>Köpings kommun använder kakor för statistik och för att webbplatsen ska fungera. <a href="/kakor">Mer om kakor</a></p>
  <button>Acceptera</button><button>Neka</button>
</div>
<header>
  <div class="top"><a href="/">Köpings kommun</a> <a href="/lattlast">Lättläst</a> <a href="/english">In English</a></div>
  <nav><ul>
    <li><a href="/barn-och-utbildning">Barn och utbildning</a></li>
    <li><a href="/omsorg-och-stod">Omsorg och stöd</a></li>
    <li><a href="/bo-och-bygga">Bo, bygga och miljö</a></li>
    <li><a href="/kultur-och-fritid">Kultur och fritid</a></li>
    <li><a href="/kommun-och-politik">Kommun och politik</a></li>
  </ul></nav>
</header>
<main>
  <div class="breadcrumb">Start › Kommun och politik › Nyheter</div>
  <article class="news">
    <p class="date">Publicerad: 2024-11-26</p>
    <h1>Budget 2025 är beslutad – skatten höjs med 20 öre</h1>
    <p class="lead">Kommunfullmäktige i Köping beslutade på måndagskvällen om budget för 2025 och plan för 2026–2027. Kommunalskatten höjs med 20 öre till 22,84 kronor.</p>
    <p>Budgeten antogs efter votering med 27 röster mot 24. Moderaterna, Sverigedemokraterna och Kristdemokraterna hade egna budgetförslag utan skattehöjning.</p>
    <p>Det budgeterade resultatet för 2025 är 38,2 miljoner kronor. Investeringarna uppgår till 196,9 miljoner kronor, varav det nya särskilda boendet Skogsängen och den nya förskolan i Malmaberg är de största projekten.</p>
    <h2>Nämndernas ramar</h2>
    <table>
      <thead><tr><th>Nämnd</th><th>Budget 2024, mnkr</th><th>Budget 2025, mnkr</th></tr></thead>
      <tbody>
          {trs}
      </tbody>
    </table>
    <p>– Det är ett tufft läge, men med skattehöjningen kan vi värna kärnverksamheten, säger kommunstyrelsens ordförande Elisabeth Strand (S).</p>
    <p>Oppositionsrådet Henrik Lund (M) är kritisk: – Köpingsborna ska inte betala för att kommunen inte fått kontroll över kostnaderna i socialtjänsten.</p>
    <p>Hela budgetdokumentet finns under Kommun och politik › Ekonomi › Budget.</p>
    <p class="updated">Senast uppdaterad: 2024-11-27</p>
  </article>
  <aside><h2>Relaterat</h2><ul><li><a href="/delarsrapport-2024">Delårsrapport januari–augusti 2024</a></li><li><a href="/protokoll">Protokoll och kallelser</a></li></ul></aside>
</main>
<footer>
  <p>Köpings kommun · Box 501 · 731 85 Köping · Växel 0221-250 00 · kommun@koping.se</p>
  <p>© Köpings kommun</p>
</footer>
</body>
</html>
"""
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(html)


def protokoll_docx(path):
    d = docx.Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Sammanträdesprotokoll", level=0)
    d.add_paragraph("Barn- och ungdomsnämnden, Köpings kommun")
    d.add_paragraph("Datum: 2025-02-18, kl. 13.15–16.30, Stadshuset, sal Mälaren")
    d.add_paragraph("Ledamöter: Jenny Axelsson (S), ordförande; Ahmed Karimi (S); Ulla Persson (C), vice ordförande; "
                    "Lars Nordin (M); Sofia Berg (M); Daniel Holmqvist (SD); Eva Lind (V)")
    d.add_paragraph("Justerare: Ulla Persson (C)")
    d.add_heading("§ 12 Val av justerare", level=2)
    d.add_paragraph("Nämnden utser Ulla Persson (C) att tillsammans med ordföranden justera protokollet.")
    d.add_heading("§ 13 Fördelning av effektiviseringar 2025", level=2)
    d.add_paragraph("Dnr BUN 2025/14")
    d.add_paragraph("Kommunfullmäktige har i budget 2025 gett barn- och ungdomsnämnden en ram på 612 450 tkr. "
                    "För att rymmas inom ramen behöver nämnden genomföra effektiviseringar på totalt 9 000 tkr. "
                    "Förvaltningen föreslår följande fördelning:")
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Verksamhet", "Effektivisering 2025, tkr", "Åtgärd"]):
        t.rows[0].cells[i].text = h
    data = [
        ("Förskola", "2 400", "Sammanslagning av förskolorna Tallbacken och Solgläntan"),
        ("Grundskola och fritidshem", "3 100", "Större klasser i årskurs 7–9, minskad timplan för modersmål"),
        ("Gymnasieskola", "1 800", "Samläsning mellan program på Ullvigymnasiet"),
        ("Elevhälsa", "450", "Vakant tjänst som specialpedagog tillsätts inte"),
        ("Administration", "1 250", "Minskad central administration, två tjänster"),
        ("Summa", "9 000", ""),
    ]
    for r in data:
        c = t.add_row().cells
        for i, v in enumerate(r):
            c[i].text = v
    d.add_paragraph("Förvaltningen bedömer att åtgärderna inte påverkar elevernas rätt till undervisning, men att "
                    "barngrupperna i förskolan ökar från i genomsnitt 15,2 till 16,0 barn.")
    d.add_paragraph("Yrkanden", style="Heading 3")
    d.add_paragraph("Jenny Axelsson (S) yrkar bifall till förvaltningens förslag. Lars Nordin (M) yrkar att "
                    "effektiviseringen inom förskolan i stället ska ske genom minskade lokalkostnader och att "
                    "Solgläntan ska vara kvar.")
    d.add_paragraph("Beslut", style="Heading 3")
    d.add_paragraph("Barn- och ungdomsnämnden beslutar att fördela effektiviseringar på 9 000 tkr enligt "
                    "förvaltningens förslag. Beslutet fattades med 5 röster mot 2.")
    d.add_paragraph("Reservation", style="Heading 3")
    d.add_paragraph("Lars Nordin (M) och Sofia Berg (M) reserverar sig mot beslutet till förmån för eget yrkande.")
    d.add_heading("§ 14 Skolskjutsregler från läsåret 2025/26", level=2)
    d.add_paragraph("Dnr BUN 2024/212")
    d.add_paragraph("Förvaltningen föreslår att avståndsgränsen för skolskjuts i årskurs 4–6 ändras från 3 till "
                    "4 kilometer. Förändringen berör cirka 40 elever och minskar kostnaderna med 620 000 kronor "
                    "per år.")
    d.add_paragraph("Beslut", style="Heading 3")
    d.add_paragraph("Ärendet återremitteras till förvaltningen för en trafiksäkerhetsbedömning av de berörda "
                    "vägarna.")
    d.add_heading("§ 15 Information om sjukfrånvaro", level=2)
    d.add_paragraph("Personalchefen informerar om att sjukfrånvaron i förvaltningen var 7,6 procent under 2024, "
                    "jämfört med 8,4 procent under 2023.")
    d.add_paragraph("Beslut", style="Heading 3")
    d.add_paragraph("Nämnden lägger informationen till handlingarna.")
    fix_docx_props(d, "Protokoll barn- och ungdomsnämnden 2025-02-18", "Köpings kommun")
    d.save(path)
    normalize_zip(path)


def driftbudget_xlsx(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Driftbudget 2025"
    ws.append(["Driftbudget 2025 per verksamhet, Köpings kommun"])
    ws.append(["Belopp i tkr"])
    ws.append(["Nämnd / verksamhet", "Intäkter", "Kostnader", "Nettokostnad"])
    groups = [
        ("Barn- och ungdomsnämnden", [
            ("Förskola", 21400, 168300), ("Grundskola inkl. fritidshem", 30850, 298650),
            ("Gymnasieskola", 14200, 112800), ("Vuxenutbildning", 9600, 18900),
            ("Nämnd och administration", 350, 13800)]),
        ("Vård- och omsorgsnämnden", [
            ("Hemtjänst", 18900, 142800), ("Särskilt boende", 41200, 218400),
            ("LSS-verksamhet", 22700, 96300), ("Hälso- och sjukvård", 3100, 24600),
            ("Nämnd och administration", 200, 7500)]),
    ]
    for g, items in groups:
        ws.append([g])
        ti = tn = 0
        for name, intakt, netto in items:
            ws.append([name, intakt, intakt + netto, netto])
            ti += intakt
            tn += netto
        ws.append(["Summa " + g[0].lower() + g[1:], ti, ti + tn, tn])
    for n, b23, b24, b25, *_ in NAMNDER:
        if n in ("Barn- och ungdomsnämnden", "Vård- och omsorgsnämnden"):
            tn = sum(x[2] for g, it in groups if g == n for x in it)
            assert tn == b25, (n, tn, b25)
    ws.append([])
    ws.append(["Övriga nämnder redovisas i budgetdokumentet."])
    ws2 = wb.create_sheet("Nyckeltal")
    ws2.append(["Nyckeltal 2020–2025"])
    ws2.append(["Resultat och investeringar i mnkr"])
    ws2.append(["År", "Invånare 31 dec", "Skattesats, kr", "Årets resultat", "Nettoinvesteringar", "Soliditet, %"])
    rows = [
        ("2020", 26104, 22.64, 42.3, 121.8, 38.4),
        ("2021", 26287, 22.64, 58.7, 134.2, 39.9),
        ("2022", 26512, 22.64, 12.4, 158.9, 38.7),
        ("2023", 26760, 22.64, 21.7, 176.3, 37.9),
        ("2024", 26931, 22.64, 16.9, 171.4, 36.8),
        ("2025 (budget)", None, 22.84, 38.2, 196.9, None),
    ]
    for r in rows:
        ws2.append(list(r))
    ws2.append(["Utfall 2024 enligt årsredovisningen. Soliditet exklusive pensionsåtaganden intjänade före 1998."])
    fix_xlsx_props(wb, "Driftbudget per verksamhet 2025", "Köpings kommun")
    wb.save(path)
    normalize_zip(path)


def press_txt(path):
    txt = """PRESSMEDDELANDE
Köpings kommun
2025-03-05

Köping får 700 000 kronor till ny våtmark vid Köpingsån

Köpings kommun har beviljats 700 000 kronor i bidrag från Länsstyrelsen i Västmanlands län inom satsningen Lokala naturvårdsprojekt (LONA). Pengarna ska användas till att anlägga en våtmark på 2,3 hektar vid Köpingsån, söder om Strömsholmsvägen.

Projektet kostar totalt 1,4 miljoner kronor. Kommunen finansierar resterande 700 000 kronor inom tekniska nämndens budget.

Våtmarken ska minska utsläppen av kväve och fosfor till Mälaren och fungera som en översvämningsyta vid höga flöden. Den ska också bli ett nytt besöksmål med en 1,2 kilometer lång promenadslinga och ett fågeltorn.

"Det här är en investering både för naturen och för köpingsborna. Våtmarken tar hand om vatten vid skyfall och blir samtidigt en plats för rekreation", säger Marcus Öberg (C), ordförande i tekniska nämnden.

Arbetet påbörjas i augusti 2025 och våtmarken beräknas vara färdig hösten 2026.

För mer information:
Marcus Öberg (C), ordförande tekniska nämnden, 0221-251 10
Sanna Ljung, kommunekolog, 0221-252 47
"""
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(txt)


def build(outdir):
    os.makedirs(outdir, exist_ok=True)
    info = budget_pdf(os.path.join(outdir, "budget-2025-plan-2026-2027.pdf"))
    delar_pdf(os.path.join(outdir, "delarsrapport-januari-augusti-2024.pdf"))
    html_page(os.path.join(outdir, "budget-2025-beslutad.html"))
    protokoll_docx(os.path.join(outdir, "protokoll-barn-och-ungdomsnamnden-2025-02-18.docx"))
    driftbudget_xlsx(os.path.join(outdir, "driftbudget-per-verksamhet-2025.xlsx"))
    press_txt(os.path.join(outdir, "pressmeddelande-vatmark-kopingsan.txt"))
    return info
