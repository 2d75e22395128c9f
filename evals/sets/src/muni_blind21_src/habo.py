"""Habo kommun: invented but consistent documents."""
import os
from pdfkit import Report, sv
from docx_xlsx import make_docx, make_xlsx

POP_2025 = 12450
# Driftbudget per nämnd, mnkr: Bokslut 2023, Budget 2024, Budget 2025, Plan 2026, Plan 2027
DRIFT = [
    ("Kommunstyrelsen", [98.4, 104.2, 108.6, 110.9, 113.1]),
    ("Barn- och utbildningsnämnden", [412.7, 431.5, 446.3, 455.2, 463.8]),
    ("Socialnämnden", [301.9, 318.4, 332.7, 341.5, 350.2]),
    ("Samhällsbyggnadsnämnden", [52.3, 55.1, 57.4, 58.6, 59.9]),
    ("Kultur- och fritidsnämnden", [31.6, 33.0, 34.2, 34.9, 35.5]),
    ("Revision", [1.4, 1.5, 1.5, 1.6, 1.6]),
]
NETTOKOST = [905.0, 955.1, 994.7, 1019.4, 1043.8]


def budget_pdf(path):
    pdf = Report("Habo kommun – Mål och budget 2025 med plan 2026–2027", "Mål och budget 2025")
    pdf.cover(["Mål och budget 2025", "med plan 2026–2027"],
              ["Habo kommun", "Beslutad av kommunfullmäktige 2024-11-25, § 112"])

    pdf.add_page()
    pdf.h1("Innehåll")
    pdf.p("Förord\nVision och övergripande mål\nOmvärld och befolkning\nEkonomiska förutsättningar\n"
          "Nämndernas uppdrag\nResultatbudget\nBalansbudget\nDriftbudget per nämnd\nInvesteringsbudget\n"
          "Effektiviseringar och prioriteringar\nOrdlista")

    pdf.add_page()
    pdf.h1("Förord")
    pdf.p("Habo är en kommun som växer, och med tillväxten följer både möjligheter och krav. Fler barn ska "
          "få plats i förskola och skola, fler äldre behöver stöd och våra gator, vatten och avlopp ska "
          "hålla för fler hushåll. I den här budgeten prioriterar vi kärnverksamheten och håller samtidigt "
          "ordning på ekonomin.")
    pdf.p("Skattesatsen lämnas oförändrad på 22,04 kronor. Vi budgeterar ett resultat på 14,9 miljoner "
          "kronor för 2025, vilket är lägre än vårt långsiktiga mål. Därför ställer vi ett "
          "effektiviseringskrav på alla nämnder motsvarande 1 procent av nettokostnaden, sammanlagt "
          "9,8 miljoner kronor.")
    pdf.p("Det största projektet under perioden är den nya förskolan Solgläntan, som ger plats för 120 barn. "
          "Vi fortsätter också att bygga ut gång- och cykelvägen mot Furusand och rustar Furuskolan för "
          "fler elever.")
    pdf.p("Ett särskilt tack till alla medarbetare som varje dag gör Habo till en bra plats att leva i.")
    pdf.p("Ulrika Brandt (M)\nKommunstyrelsens ordförande", style="I")

    pdf.h1("Vision och övergripande mål")
    pdf.p("Visionen Habo 2035 lyder: ”Habo – nära naturen, nära varandra”. Kommunfullmäktige har beslutat "
          "om fyra övergripande mål som gäller för mandatperioden 2023–2026.")
    pdf.bullets([
        "Habo ska ha 13 000 invånare år 2030.",
        "Minst 90 nya bostäder ska färdigställas per år.",
        "Andelen elever i årskurs 9 som är behöriga till gymnasiets yrkesprogram ska vara minst 90 procent.",
        "Kommunens resultat ska över en rullande femårsperiod uppgå till minst 2 procent av skatteintäkter "
        "och generella statsbidrag.",
    ])
    pdf.p("Målen följs upp i delårsrapporten och årsredovisningen. Nämnderna bryter ned målen till egna "
          "nämndmål med indikatorer.")

    pdf.add_page()
    pdf.h1("Omvärld och befolkning")
    pdf.p("Svensk ekonomi har gått igenom en period med hög inflation och stigande räntor. Sveriges "
          "Kommuner och Regioner (SKR) bedömer i sin prognos från oktober 2024 att skatteunderlaget växer "
          "med 4,1 procent 2025. Samtidigt ökar kostnaderna för pensioner och lokaler.")
    pdf.p("Habos befolkning uppgick till 12 438 invånare den 31 december 2024. Budgeten bygger på ett "
          "beräknat invånarantal om 12 450 personer. Antalet barn i förskoleåldern väntas minska något, "
          "medan antalet invånare över 80 år ökar med drygt 4 procent per år.")
    pdf.p("Bostadsbyggandet har bromsat in. Under 2024 färdigställdes 64 bostäder, att jämföra med målet om "
          "90 bostäder per år. Detaljplanen för Bränninge etapp 2 med cirka 150 bostäder beräknas antas "
          "under 2025.")

    pdf.h1("Ekonomiska förutsättningar")
    pdf.p("Skatteintäkter och generella statsbidrag beräknas till 1 020,0 miljoner kronor 2025, en ökning "
          "med 41,3 miljoner kronor jämfört med budget 2024. Budgeten bygger på SKR:s skatteunderlagsprognos "
          "från oktober 2024 och en oförändrad skattesats på 22,04 kronor.")
    pdf.p("Finansiella kostnader ökar till 14,6 miljoner kronor 2025 till följd av högre låneskuld. "
          "Kommunens låneskuld beräknas uppgå till 570 miljoner kronor vid utgången av 2025.")
    pdf.p("Pensionskostnaderna ökar med 3,2 miljoner kronor jämfört med 2024, bland annat till följd av det "
          "nya pensionsavtalet AKAP-KR.")

    pdf.add_page()
    pdf.h1("Nämndernas uppdrag")
    pdf.h2("Kommunstyrelsen")
    pdf.p("Kommunstyrelsen leder och samordnar kommunens verksamhet och ansvarar för bland annat "
          "näringsliv, kommunikation, IT, ekonomi och personal. Ramen för 2025 är 108,6 miljoner kronor. "
          "I ramen ingår 700 000 kronor för feriearbeten för ungdomar och 450 000 kronor för ett nytt "
          "ärendehanteringssystem.")
    pdf.h2("Barn- och utbildningsnämnden")
    pdf.p("Barn- och utbildningsnämnden ansvarar för förskola, grundskola, fritidshem, gymnasieskola och "
          "vuxenutbildning. Nämnden får ett tillskott på 14,8 miljoner kronor, varav 6,2 miljoner kronor "
          "avser drift av förskolan Solgläntan från hösten 2026 och förberedelser inför öppnandet.")
    pdf.h2("Socialnämnden")
    pdf.p("Socialnämnden ansvarar för äldreomsorg, funktionsstöd och individ- och familjeomsorg. "
          "Nämnden ska minska kostnaderna för externa placeringar med 4,7 miljoner kronor genom att bygga ut "
          "öppenvården på hemmaplan. Antalet platser på särskilt boende är oförändrat 148.")
    pdf.h2("Samhällsbyggnadsnämnden")
    pdf.p("Samhällsbyggnadsnämnden ansvarar för planering, bygglov, miljö- och hälsoskydd, gator och parker. "
          "Vatten och avlopp är taxefinansierat och redovisas separat. Brukningsavgiften för VA höjs med "
          "6 procent från den 1 januari 2025.")
    pdf.h2("Kultur- och fritidsnämnden")
    pdf.p("Kultur- och fritidsnämnden ansvarar för bibliotek, kulturskola, fritidsgårdar och idrottsanläggningar. "
          "Föreningsbidragen räknas upp med 2 procent.")

    # Resultatbudget
    pdf.add_page()
    pdf.h1("Resultatbudget")
    pdf.caption("Resultatbudget 2025–2027, belopp i mnkr")
    yrs = [["", "", "Bokslut", "Budget", "Budget", "Plan", "Plan"],
           ["", "Not", "2023", "2024", "2025", "2026", "2027"]]
    RB = [
        ("Verksamhetens intäkter", "1", [168.2, 172.0, 178.5, 182.1, 185.7]),
        ("Verksamhetens kostnader", "2", [-1031.4, -1082.6, -1125.3, -1151.2, -1176.9]),
        ("Avskrivningar", "3", [-41.8, -44.5, -47.9, -50.3, -52.6]),
        ("Verksamhetens nettokostnader", "", [-905.0, -955.1, -994.7, -1019.4, -1043.8]),
        ("Skatteintäkter", "4", [712.5, 741.8, 770.4, 796.2, 823.5]),
        ("Generella statsbidrag och utjämning", "5", [221.3, 236.9, 249.6, 255.1, 259.8]),
        ("Verksamhetens resultat", "", [28.8, 23.6, 25.3, 31.9, 39.5]),
        ("Finansiella intäkter", "", [6.1, 4.5, 4.2, 4.0, 4.0]),
        ("Finansiella kostnader", "", [-9.8, -12.4, -14.6, -16.1, -17.5]),
        ("Resultat efter finansiella poster", "", [25.1, 15.7, 14.9, 19.8, 26.0]),
        ("Årets resultat", "", [25.1, 15.7, 14.9, 19.8, 26.0]),
        ("Resultat i % av skatter och statsbidrag", "", [2.7, 1.6, 1.5, 1.9, 2.4]),
    ]
    rows = [[n, note] + [sv(v) for v in vals] for n, note, vals in RB]
    pdf.table(yrs, rows, [62, 10, 19, 19, 19, 19, 19],
              bold_rows=("Verksamhetens nettokostnader", "Verksamhetens resultat", "Årets resultat"))
    pdf.note("Not 1–5 finns i avsnittet Ordlista. Bokslut 2023 enligt årsredovisningen 2023.")
    pdf.p("Verksamhetens nettokostnader ökar med 4,1 procent mellan budget 2024 och budget 2025. "
          "Resultatet 2025 motsvarar 1,5 procent av skatter och statsbidrag, vilket är under målet om "
          "2 procent. Under planperioden förbättras resultatet till 26,0 miljoner kronor 2027.")

    pdf.add_page()
    pdf.h1("Balansbudget")
    pdf.caption("Balansbudget, belopp i mnkr")
    hdr = [["", "Bokslut", "Budget", "Plan", "Plan"], ["", "2023", "2025", "2026", "2027"]]
    BB = [
        ("TILLGÅNGAR", None),
        ("Materiella anläggningstillgångar", [1184.6, 1298.3, 1356.9, 1402.4]),
        ("Finansiella anläggningstillgångar", [58.2, 58.2, 58.2, 58.2]),
        ("Summa anläggningstillgångar", [1242.8, 1356.5, 1415.1, 1460.6]),
        ("Fordringar", [96.4, 92.0, 93.5, 95.0]),
        ("Kassa och bank", [41.7, 25.0, 22.0, 24.0]),
        ("Summa omsättningstillgångar", [138.1, 117.0, 115.5, 119.0]),
        ("SUMMA TILLGÅNGAR", [1380.9, 1473.5, 1530.6, 1579.6]),
        ("EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER", None),
        ("Eget kapital", [612.4, 643.0, 662.8, 688.8]),
        ("därav årets resultat", [25.1, 14.9, 19.8, 26.0]),
        ("Avsättningar för pensioner", [38.5, 41.2, 43.0, 44.9]),
        ("Långfristiga skulder", [510.0, 570.3, 605.8, 625.9]),
        ("Kortfristiga skulder", [220.0, 219.0, 219.0, 220.0]),
        ("SUMMA EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER", [1380.9, 1473.5, 1530.6, 1579.6]),
        ("Soliditet, %", [44.3, 43.6, 43.3, 43.6]),
    ]
    rows = [[n] + (["", "", "", ""] if v is None else [sv(x) for x in v]) for n, v in BB]
    pdf.table(hdr, rows, [86, 21, 21, 21, 21],
              bold_rows=("SUMMA TILLGÅNGAR", "SUMMA EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER"), size=8)
    pdf.note("Soliditeten anger hur stor del av tillgångarna som finansierats med eget kapital. "
             "Pensionsförpliktelser intjänade före 1998 redovisas som ansvarsförbindelse och ingår inte.")

    # Driftbudget on a landscape page
    pdf.add_page(orientation="L")
    pdf.h1("Driftbudget per nämnd")
    pdf.caption("Nettokostnad per nämnd, belopp i mnkr (kolumnen kr per invånare avser budget 2025)")
    hdr = [["", "Bokslut", "Budget", "Budget", "Plan", "Plan", "Förändring", "kr per"],
           ["Nämnd", "2023", "2024", "2025", "2026", "2027", "2024–2025", "invånare 2025"]]
    rows = []
    for n, v in DRIFT:
        rows.append([n] + [sv(x) for x in v] + [sv(v[2] - v[1]), sv(v[2] * 1e6 / POP_2025, 0)])
    sums = [round(sum(v[i] for _, v in DRIFT), 1) for i in range(5)]
    rows.append(["Summa nämnder"] + [sv(x) for x in sums] + [sv(sums[2] - sums[1]), sv(sums[2] * 1e6 / POP_2025, 0)])
    fin = [round(NETTOKOST[i] - sums[i], 1) for i in range(5)]
    rows.append(["Finansförvaltning (pensioner, kapitalkostnader m.m.)"] + [sv(x) for x in fin] + [sv(fin[2] - fin[1]), sv(fin[2] * 1e6 / POP_2025, 0)])
    rows.append(["Verksamhetens nettokostnader"] + [sv(x) for x in NETTOKOST] + [sv(NETTOKOST[2] - NETTOKOST[1]), sv(NETTOKOST[2] * 1e6 / POP_2025, 0)])
    pdf.table(hdr, rows, [88, 22, 22, 22, 22, 22, 26, 30],
              bold_rows=("Summa nämnder", "Verksamhetens nettokostnader"))
    pdf.note("Beräknat invånarantal 2025: 12 450. Ramarna för 2025 inkluderar löne- och prisuppräkning "
             "och effektiviseringskravet på 1 procent.")

    pdf.add_page(orientation="P")
    pdf.h1("Investeringsbudget")
    pdf.p("Investeringsbudgeten för 2025 uppgår till 89,0 miljoner kronor, varav 15,4 miljoner kronor är "
          "taxefinansierade investeringar i vatten och avlopp. Investeringarna finansieras med egna medel "
          "och nyupplåning på 60 miljoner kronor.")
    pdf.caption("Investeringsbudget 2025–2027 (tkr)")
    hdr = [["Projekt", "Budget 2025", "Plan 2026", "Plan 2027", "Totalt"]]
    INV = [
        ("Förskolan Solgläntan, nybyggnation", [38500, 22000, 0]),
        ("Om- och tillbyggnad Furuskolan", [12000, 35000, 28000]),
        ("Gång- och cykelväg Habo–Furusand", [6800, 4200, 0]),
        ("VA-ledningar Brandstorp (taxefinansierat)", [15400, 9600, 5000]),
        ("Reinvestering gator och belysning", [5500, 5500, 5500]),
        ("IT och digitalisering", [2300, 2300, 2300]),
        ("Idrottshallen, energiåtgärder", [3900, 0, 0]),
        ("Övriga investeringar", [4600, 4800, 5000]),
    ]
    rows = [[n] + [sv(x, 0) for x in v] + [sv(sum(v), 0)] for n, v in INV]
    tot = [sum(v[i] for _, v in INV) for i in range(3)]
    rows.append(["Summa investeringar"] + [sv(x, 0) for x in tot] + [sv(sum(tot), 0)])
    pdf.table(hdr, rows, [74, 24, 24, 24, 24], bold_rows=("Summa investeringar",))
    pdf.note("Beloppen avser nettoinvesteringar. Projekt över 10 mnkr kräver särskilt startbesked av "
             "kommunstyrelsen.")

    pdf.add_page()
    pdf.h1("Effektiviseringar och prioriteringar")
    pdf.p("Effektiviseringskravet på 1 procent ger sammanlagt 9,8 miljoner kronor. Nämnderna redovisar sina "
          "åtgärder i internbudgeten senast i februari 2025. Bland åtgärderna finns samordning av lokaler, "
          "minskad användning av bemanningsföretag och digitalisering av administrativa processer.")
    pdf.p("Kommunstyrelsen har även beslutat om ett anställningsstopp för administrativa tjänster som gäller "
          "till och med den 30 juni 2025. Inom socialnämnden ska kostnaden för bemanningssjuksköterskor "
          "halveras, vilket beräknas ge 1,9 miljoner kronor.")
    pdf.h2("Prioriterade satsningar 2025")
    pdf.bullets([
        "Fler förskoleplatser genom förskolan Solgläntan (120 platser, öppnar hösten 2026).",
        "Feriearbeten för ungdomar, 700 000 kronor.",
        "Förstärkt skolhälsovård, 1,2 miljoner kronor.",
        "Trygghetsskapande åtgärder i centrala Habo, 350 000 kronor.",
    ])

    pdf.add_page()
    pdf.h1("Ordlista")
    pdf.p("Not 1 Verksamhetens intäkter: taxor, avgifter, hyror och riktade statsbidrag.\n"
          "Not 2 Verksamhetens kostnader: personal, material, tjänster och lämnade bidrag.\n"
          "Not 3 Avskrivningar: planenliga avskrivningar på materiella anläggningstillgångar.\n"
          "Not 4 Skatteintäkter: kommunalskatt enligt SKR:s prognos oktober 2024.\n"
          "Not 5 Generella statsbidrag och utjämning: inkomstutjämning, kostnadsutjämning, LSS-utjämning m.m.")
    pdf.p("Soliditet: eget kapital i förhållande till totala tillgångar.\n"
          "Nettokostnad: kostnader minus intäkter för en verksamhet.\n"
          "Skattesats: den andel av varje intjänad hundralapp som betalas i kommunalskatt.")
    pdf.output(path)


def arsred_pdf(path):
    pdf = Report("Årsredovisning 2023 · Habo kommun", "Årsredovisning 2023")
    pdf.cover(["Årsredovisning 2023"], ["Habo kommun", "Godkänd av kommunfullmäktige 2024-04-22"])
    pdf.add_page()
    pdf.h1("Kommunstyrelsens ordförande har ordet")
    pdf.p("2023 blev ett år med höga kostnadsökningar, men Habo kommun redovisar ändå ett positivt resultat "
          "på 25,1 miljoner kronor. Resultatet är 13,6 miljoner kronor bättre än budget, främst tack vare "
          "högre skatteintäkter och reavinster vid försäljning av tomtmark.")
    pdf.p("Samtidigt redovisar socialnämnden ett underskott på 6,3 miljoner kronor, framför allt inom "
          "externa placeringar av barn och unga. Det är en utveckling vi måste vända.")
    pdf.p("Ulrika Brandt (M)\nKommunstyrelsens ordförande", style="I")
    pdf.h1("Året i korthet")
    pdf.bullets([
        "Årets resultat blev 25,1 miljoner kronor (12,8 miljoner kronor 2022).",
        "Nettoinvesteringarna uppgick till 74,6 miljoner kronor.",
        "Befolkningen ökade med 71 personer till 12 402 invånare.",
        "Sjukfrånvaron bland kommunens medarbetare minskade till 6,4 procent (7,1 procent 2022).",
        "Tomtförsäljningen i Kärrsgärde gav reavinster på 3,4 miljoner kronor.",
    ])
    pdf.add_page()
    pdf.h1("Fem år i sammandrag")
    hdr = [["", "2019", "2020", "2021", "2022", "2023"]]
    FEM = [
        ("Antal invånare 31 december", ["12 118", "12 205", "12 263", "12 331", "12 402"]),
        ("Skattesats, kronor", ["21,84", "21,84", "21,84", "22,04", "22,04"]),
        ("Årets resultat, mnkr", ["18,7", "34,2", "41,5", "12,8", "25,1"]),
        ("Nettoinvesteringar, mnkr", ["61,2", "55,8", "68,9", "92,4", "74,6"]),
        ("Soliditet, %", ["46,1", "46,8", "47,5", "44,9", "44,3"]),
        ("Låneskuld, mnkr", ["395,0", "395,0", "420,0", "480,0", "510,0"]),
        ("Antal tillsvidareanställda", ["1 012", "1 024", "1 041", "1 058", "1 067"]),
    ]
    pdf.table(hdr, [[n] + v for n, v in FEM], [70, 20, 20, 20, 20, 20])
    pdf.p("Skattesatsen höjdes med 20 öre inför 2022. Låneskulden har ökat med 115 miljoner kronor sedan "
          "2019 till följd av investeringar i skolor och förskolor.")
    pdf.h1("Driftredovisning")
    pdf.caption("Driftredovisning per nämnd 2023, mnkr. Negativ avvikelse inom parentes.")
    hdr = [["Nämnd", "Budget 2023", "Utfall 2023", "Avvikelse"]]
    D = [("Kommunstyrelsen", 100.1, 98.4), ("Barn- och utbildningsnämnden", 414.0, 412.7),
         ("Socialnämnden", 295.6, 301.9), ("Samhällsbyggnadsnämnden", 53.5, 52.3),
         ("Kultur- och fritidsnämnden", 31.2, 31.6), ("Revision", 1.5, 1.4)]
    rows = [[n, sv(b), sv(u), sv(round(b - u, 1), paren=True)] for n, b, u in D]
    bs, us = round(sum(d[1] for d in D), 1), round(sum(d[2] for d in D), 1)
    rows.append(["Summa nämnder", sv(bs), sv(us), sv(round(bs - us, 1), paren=True)])
    pdf.table(hdr, rows, [75, 28, 28, 28], bold_rows=("Summa nämnder",))
    pdf.p("Nämnderna redovisar sammantaget ett underskott mot budget på 2,4 miljoner kronor. "
          "Finansförvaltningen redovisar ett överskott på 16,0 miljoner kronor, främst till följd av "
          "högre skatteintäkter än budgeterat.")
    pdf.add_page()
    pdf.h1("Resultaträkning")
    pdf.caption("Belopp i mnkr")
    hdr = [["", "Not", "2023", "2022"]]
    R = [("Verksamhetens intäkter", "1", "168,2", "159,7"), ("Verksamhetens kostnader", "2", "-1 031,4", "-968,9"),
         ("Avskrivningar", "3", "-41,8", "-38,6"), ("Verksamhetens nettokostnader", "", "-905,0", "-847,8"),
         ("Skatteintäkter", "4", "712,5", "671,3"), ("Generella statsbidrag och utjämning", "5", "221,3", "193,0"),
         ("Verksamhetens resultat", "", "28,8", "16,5"), ("Finansiella intäkter", "6", "6,1", "3,8"),
         ("Finansiella kostnader", "7", "-9,8", "-7,5"), ("Årets resultat", "", "25,1", "12,8")]
    pdf.table(hdr, [list(r) for r in R], [80, 12, 25, 25], bold_rows=("Årets resultat",))
    pdf.h1("Personal")
    pdf.p("Den 31 december 2023 hade kommunen 1 067 tillsvidareanställda, varav 84 procent kvinnor. "
          "Medelåldern var 45,2 år. Sjukfrånvaron var 6,4 procent av den ordinarie arbetstiden. "
          "Personalomsättningen uppgick till 9,8 procent.")
    pdf.output(path)


def html_page(path):
    rows = [("Förskola och skola", 45, 459.0), ("Vård och omsorg om äldre", 18, 183.6),
            ("Individ- och familjeomsorg samt funktionsstöd", 16, 163.2),
            ("Gator, parker, miljö och räddningstjänst", 6, 61.2), ("Kultur och fritid", 4, 40.8),
            ("Politik, administration och övrigt", 11, 112.2)]
    trs = "\n".join(f"        <tr><td>{n}</td><td>{k}</td><td>{sv(m)}</td></tr>" for n, k, m in rows)
    html = f"""<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Så används din skatt - Habo kommun</title>
<style>body{{font-family:Arial,sans-serif}} .cookie{{background:#eee;padding:8px}}</style>
<script>function acceptCookies(){{document.getElementById('cb').style.display='none';}}</script>
</head>
<body>
<div class="cookie" id="cb">
  <p>Vi använder kakor (cookies) för att förbättra din upplevelse av habokommun.se. <a href="/kakor">Läs mer om kakor</a></p>
  <button onclick="acceptCookies()">Godkänn alla</button> <button>Endast nödvändiga</button>
</div>
<header>
  <a href="/">Habo kommun</a>
  <nav>
    <ul>
      <li><a href="/barn-och-utbildning">Barn och utbildning</a></li>
      <li><a href="/omsorg-och-stod">Omsorg och stöd</a></li>
      <li><a href="/bygga-bo-och-miljo">Bygga, bo och miljö</a></li>
      <li><a href="/kommun-och-politik">Kommun och politik</a></li>
    </ul>
  </nav>
  <form action="/sok"><input type="search" name="q" placeholder="Sök på webbplatsen"></form>
</header>
<nav class="breadcrumbs"><a href="/">Start</a> / <a href="/kommun-och-politik">Kommun och politik</a> / <a href="/kommun-och-politik/ekonomi">Ekonomi</a> / Så används din skatt</nav>
<main>
  <h1>Så används din skatt</h1>
  <p class="ingress">Den totala skattesatsen i Habo är 33,80 kronor, varav 22,04 kronor går till Habo kommun och 11,76 kronor till Region Jönköpings län.</p>
  <p>Det betyder att den som tjänar 30 000 kronor i månaden betalar ungefär 6 600 kronor i månaden i kommunalskatt till Habo kommun. Pengarna går till förskola, skola, omsorg och mycket annat som du möter i vardagen.</p>
  <h2>Så fördelas 100 kronor i kommunalskatt 2025</h2>
  <table>
    <caption>Fördelning per verksamhet, budget 2025</caption>
    <thead>
      <tr><th>Verksamhet</th><th>Kronor av 100</th><th>Mnkr 2025</th></tr>
    </thead>
    <tbody>
{trs}
    </tbody>
  </table>
  <p>Beräkningen bygger på skatteintäkter och generella statsbidrag på totalt 1 020,0 miljoner kronor enligt Mål och budget 2025.</p>
  <h2>Visste du att …</h2>
  <ul>
    <li>en förskoleplats i Habo kostar i genomsnitt 168 000 kronor per år?</li>
    <li>kommunen har 148 platser på särskilt boende?</li>
    <li>biblioteket hade 61 500 besök under 2024?</li>
  </ul>
  <p class="meta">Publicerad 2025-01-15. Senast uppdaterad 2025-02-03.</p>
  <p class="meta">Sidansvarig: Ekonomiavdelningen</p>
</main>
<footer>
  <p>Habo kommun, Box 210, 566 22 Habo. Telefon 036-44 28 000. E-post: kommun@habokommun.se</p>
  <p><a href="/tillganglighet">Tillgänglighetsredogörelse</a> | <a href="/personuppgifter">Personuppgifter</a> | <a href="/kakor">Kakor</a></p>
</footer>
</body>
</html>
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(html)


def protokoll_docx(path):
    body = [
        ("title", "PROTOKOLL"),
        ("p", "Kommunfullmäktige, Habo kommun"),
        ("p", "Sammanträdesdatum: 2024-11-25"),
        ("p", "Plats och tid: Kommunhuset, Habo, kl. 18.30–22.05"),
        ("p", "Beslutande: 39 av 41 ledamöter, se närvarolista"),
        ("p", "Ordförande: Bengt Sjöholm (KD)"),
        ("p", "Justerare: Camilla Ek (S) och Jonas Wetterlind (SD)"),
        ("h", "§ 112 Mål och budget 2025 med plan 2026–2027"),
        ("p", "Dnr KS 2024/211"),
        ("p", "Ärendebeskrivning: Kommunstyrelsen har den 4 november 2024 lämnat förslag till Mål och budget "
              "2025 med plan 2026–2027. Förslaget innebär en oförändrad skattesats på 22,04 kronor och ett "
              "budgeterat resultat på 14,9 miljoner kronor."),
        ("p", "Yrkanden: Ulrika Brandt (M) yrkar bifall till kommunstyrelsens förslag. Camilla Ek (S) yrkar "
              "bifall till Socialdemokraternas budgetförslag, som innebär en skattesats på 22,29 kronor och "
              "ett tillskott på 8,0 miljoner kronor till socialnämnden."),
        ("p", "Omröstning: Omröstning begärs och verkställs. 23 ledamöter röstar ja för kommunstyrelsens förslag "
              "och 16 ledamöter röstar nej. Två ledamöter är frånvarande. Kommunfullmäktige har därmed bifallit "
              "kommunstyrelsens förslag."),
        ("p", "Beslut: Kommunfullmäktige beslutar"),
        ("p", "att fastställa Mål och budget 2025 med plan 2026–2027,"),
        ("p", "att fastställa skattesatsen för 2025 till 22,04 kronor per skattekrona,"),
        ("p", "att fastställa nämndernas driftramar enligt tabell nedan,"),
        ("p", "att ge kommunstyrelsen rätt att under 2025 nyupplåna, det vill säga öka kommunens skulder, "
              "med högst 60 miljoner kronor."),
        ("table", [["Nämnd", "Ram 2025 (tkr)", "Förändring mot 2024 (tkr)"],
                   ["Kommunstyrelsen", "108 600", "4 400"],
                   ["Barn- och utbildningsnämnden", "446 300", "14 800"],
                   ["Socialnämnden", "332 700", "14 300"],
                   ["Samhällsbyggnadsnämnden", "57 400", "2 300"],
                   ["Kultur- och fritidsnämnden", "34 200", "1 200"],
                   ["Revision", "1 500", "0"],
                   ["Summa", "980 700", "37 000"]]),
        ("p", "Reservation: Ledamöterna för Socialdemokraterna och Vänsterpartiet reserverar sig mot beslutet "
              "till förmån för eget yrkande."),
        ("h", "§ 113 Taxa för vatten och avlopp 2025"),
        ("p", "Dnr KS 2024/198"),
        ("p", "Beslut: Kommunfullmäktige beslutar att höja brukningsavgiften för vatten och avlopp med 6 procent "
              "och anläggningsavgiften med 4 procent från den 1 januari 2025. För en normalvilla motsvarar "
              "höjningen cirka 540 kronor per år."),
        ("h", "§ 114 Motion om gratis kollektivtrafik för pensionärer"),
        ("p", "Dnr KS 2024/067"),
        ("p", "Ärendebeskrivning: Lars-Erik Gustafsson (V) har i en motion föreslagit att invånare över 75 år ska "
              "få åka gratis med kollektivtrafiken inom kommunen. Kostnaden har beräknats till 1,1 miljoner "
              "kronor per år."),
        ("p", "Beslut: Kommunfullmäktige beslutar att avslå motionen."),
        ("p", "Reservation: Vänsterpartiets ledamöter reserverar sig mot beslutet."),
        ("h", "§ 115 Val av ersättare i socialnämnden"),
        ("p", "Beslut: Kommunfullmäktige väljer Sara Lindgren (C) till ersättare i socialnämnden för tiden "
              "till och med 2026-12-31."),
        ("p", "Vid protokollet: Karin Holm, sekreterare"),
    ]
    make_docx(path, body, title="Protokoll kommunfullmäktige 2024-11-25", author="Habo kommun")


def statistik_xlsx(path):
    befolkning = [
        ["Befolkning i Habo kommun 2019–2024"],
        ["Antal personer. Folkmängd avser den 31 december."],
        ["År", "Folkmängd", "Födda", "Döda", "Inflyttade", "Utflyttade", "Flyttnetto"],
    ]
    data = [(2019, 12118, 138, 101, 812, 772), (2020, 12205, 142, 118, 851, 788),
            (2021, 12263, 131, 109, 798, 762), (2022, 12331, 127, 115, 834, 778),
            (2023, 12402, 119, 112, 826, 762), (2024, 12438, 115, 121, 803, 761)]
    for y, f, b, d, i, u in data:
        befolkning.append([y, f, b, d, i, u, i - u])
    befolkning.append([])
    befolkning.append(["Källa: SCB, bearbetning Habo kommun"])
    kost = [
        ["Nettokostnad per verksamhet 2022–2024"],
        ["Kronor per invånare"],
        ["Verksamhet", 2022, 2023, 2024, "Förändring 2023–2024, %"],
    ]
    K = [("Förskola", 9845, 10212, 10530), ("Grundskola", 17320, 17904, 18466),
         ("Gymnasieskola", 6412, 6587, 6790), ("Äldreomsorg", 13905, 14620, 15244),
         ("Funktionsstöd (LSS)", 5118, 5402, 5655), ("Individ- och familjeomsorg", 3270, 3415, 3590),
         ("Kultur och fritid", 2410, 2498, 2561)]
    for n, a, b, c in K:
        kost.append([n, a, b, c, round((c / b - 1) * 100, 1)])
    kost.append([])
    kost.append(["Uppgifterna avser kommunens verksamhet exklusive avgifter och riktade statsbidrag."])
    make_xlsx(path, [("Befolkning", befolkning), ("Kostnad per invånare", kost)],
              title="Statistik Habo kommun", author="Habo kommun")


def press_md(path):
    text = """# Byggstart för nya förskolan Solgläntan i Habo

**Pressmeddelande från Habo kommun, 2025-03-10**

I dag togs det första spadtaget för förskolan Solgläntan i Bränninge. Förskolan får åtta avdelningar och plats för 120 barn och beräknas öppna i augusti 2026.

– Habo växer och barnfamiljerna behöver fler förskoleplatser nära hemmet. Med Solgläntan kan vi erbjuda plats inom fyra månader även när barnkullarna ökar, säger Maria Ekwall (C), ordförande i barn- och utbildningsnämnden.

## Fakta om projektet

- Total investering: 60,5 miljoner kronor, varav 38,5 miljoner kronor under 2025.
- Entreprenör: Tornbyggarna AB, Jönköping.
- Yta: cirka 1 650 kvadratmeter.
- Solcellsanläggningen på taket beräknas ge 95 000 kWh per år.
- Förskolan ersätter de tillfälliga paviljongerna vid Furuskolan, som i dag hyrs för 1,3 miljoner kronor per år.

Under byggtiden kommer Bränningevägen att vara delvis avstängd för tung trafik mellan klockan 7 och 16 på vardagar.

**Kontakt**
Maria Ekwall (C), ordförande barn- och utbildningsnämnden, 036-44 28 100
Peter Sandin, fastighetschef, 036-44 28 150
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def build(outdir):
    os.makedirs(outdir, exist_ok=True)
    budget_pdf(os.path.join(outdir, "mal-och-budget-2025.pdf"))
    arsred_pdf(os.path.join(outdir, "arsredovisning-2023.pdf"))
    html_page(os.path.join(outdir, "sa-anvands-din-skatt.html"))
    protokoll_docx(os.path.join(outdir, "protokoll-kf-2024-11-25.docx"))
    statistik_xlsx(os.path.join(outdir, "statistik-befolkning-kostnader.xlsx"))
    press_md(os.path.join(outdir, "pressmeddelande-solglantan.md"))
