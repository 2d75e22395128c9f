"""Sollefteå kommun: invented but consistent documents."""
import os
from pdfkit import Report, sv
from docx_xlsx import make_docx, make_xlsx

D = "– "  # negative style in the budget document: en dash and space

# Driftbudget per nämnd, tkr: Budget 2024, Budget 2025, Plan 2026, Plan 2027
DRIFT = [
    ("Kommunstyrelsen", [214600, 210800, 213900, 217200]),
    ("Utbildningsnämnden", [621500, 628900, 640100, 651800]),
    ("Vård- och omsorgsnämnden", [648200, 671400, 688300, 706900]),
    ("Bygg- och miljönämnden", [26300, 25700, 26200, 26700]),
    ("Överförmyndarnämnden", [5800, 6000, 6100, 6200]),
    ("Revisionen", [2300, 2300, 2400, 2400]),
]
FINANS = [21400, 30800, 28600, 25000]


def budget_pdf(path):
    pdf = Report("Sollefteå kommun | Budget 2025 och verksamhetsplan 2026–2027", "Budget 2025 Sollefteå kommun")
    pdf.cover(["Budget 2025", "och verksamhetsplan", "2026–2027"],
              ["Sollefteå kommun", "Kommunfullmäktige 2024-11-18, § 142"])

    pdf.add_page()
    pdf.h1("Innehåll")
    pdf.p("Kommunstyrelsens ordförande har ordet .......... 3\nSollefteå i siffror .......... 4\n"
          "Mål för mandatperioden .......... 4\nEkonomiska förutsättningar .......... 5\n"
          "Åtgärder för ekonomi i balans .......... 6\nNämndernas budget .......... 7\n"
          "Resultatbudget .......... 8\nKassaflödesbudget .......... 9\nDriftbudget per nämnd .......... 10\n"
          "Investeringsbudget .......... 11\nBilaga: Definitioner .......... 13")

    pdf.add_page()
    pdf.h1("Kommunstyrelsens ordförande har ordet")
    pdf.p("Sollefteå kommun står inför en tuff ekonomisk situation. Prognosen för 2024 visar ett underskott "
          "på -14,3 miljoner kronor, framför allt på grund av ökade kostnader inom äldreomsorgen och "
          "för inhyrd personal. Det är inte hållbart, och därför innehåller budgeten för 2025 ett "
          "åtgärdspaket som ska återställa balansen.")
    pdf.p("Vi har valt att inte höja skatten. Skattesatsen är oförändrad 22,86 kronor. I stället får "
          "nämnderna besparingskrav på sammanlagt 32 miljoner kronor. Samtidigt satsar vi på det som är "
          "viktigast för invånarna: en trygg äldreomsorg, en bra skola och ett levande föreningsliv.")
    pdf.p("Den största investeringen i kommunens historia på äldreomsorgsområdet, tillbyggnaden av "
          "Ådalsgården, startar under 2025. Den ger 40 nya platser i särskilt boende.")
    pdf.p("Per-Olov Strand (S)\nKommunstyrelsens ordförande", style="I")

    pdf.add_page()
    pdf.h1("Sollefteå i siffror")
    pdf.p("Sollefteå kommun hade 18 912 invånare den 31 december 2023. Befolkningen minskar med i "
          "genomsnitt cirka 120 personer per år och budgeten bygger på 18 700 invånare 2025. Andelen "
          "invånare som är 65 år eller äldre är 31 procent, jämfört med 20 procent i riket.")
    pdf.p("Kommunen är till ytan en av de största i Västernorrlands län, 5 404 kvadratkilometer, med "
          "tätorterna Sollefteå, Långsele, Ramsele, Junsele och Näsåker.")
    pdf.h1("Mål för mandatperioden")
    pdf.bullets([
        "Årets resultat ska uppgå till minst 1 procent av skatteintäkter och generella statsbidrag.",
        "Investeringarna ska till minst 60 procent finansieras med egna medel (självfinansieringsgrad).",
        "Sjukfrånvaron bland kommunens medarbetare ska understiga 7,0 procent år 2026.",
        "Andelen brukare inom äldreomsorgen som är nöjda med sitt boende ska vara minst 85 procent.",
    ])

    pdf.add_page()
    pdf.h1("Ekonomiska förutsättningar")
    pdf.p("Skatteintäkter och generella statsbidrag beräknas till 1 603,6 miljoner kronor 2025. "
          "Kommunens skattesats är 22,86 kronor och den totala skattesatsen inklusive Region Västernorrland "
          "är 34,69 kronor.")
    pdf.p("Befolkningsminskningen innebär att skatteintäkterna växer långsammare än i riket. Varje invånare "
          "färre innebär ungefär 85 000 kronor lägre intäkter från skatt och utjämning per år.")
    pdf.p("Räntekostnaderna ökar. Låneskulden beräknas till 730 miljoner kronor vid utgången av 2025 och de "
          "finansiella kostnaderna till 18,5 miljoner kronor. Genomsnittlig låneränta antas vara 2,9 procent.")
    pdf.p("För 2025 budgeteras ett resultat på 12,2 miljoner kronor, vilket motsvarar 0,8 procent av "
          "skatteintäkter och statsbidrag. Målet om 1 procent nås därmed inte förrän 2026.")

    pdf.add_page()
    pdf.h1("Åtgärder för ekonomi i balans")
    pdf.p("Kommunstyrelsen beslutade den 28 oktober 2024 om en åtgärdsplan för ekonomi i balans. Planen "
          "omfattar besparingar på 32 miljoner kronor under 2025, fördelade på nämnderna och på gemensamma "
          "åtgärder inom inköp och lokaler.")
    pdf.bullets([
        "Kommunstyrelsen ska spara 3,8 miljoner kronor, bland annat genom att slå samman två förvaltningar.",
        "Utbildningsnämnden ska spara 9,2 miljoner kronor genom anpassning till minskande elevkullar.",
        "Vård- och omsorgsnämnden ska minska kostnaderna för inhyrda sjuksköterskor med 5,5 miljoner kronor.",
        "Lokalytan ska minska med 4 000 kvadratmeter till och med 2026.",
    ])
    pdf.p("Åtgärderna beräknas innebära att cirka 35 årsarbetare färre behövs, vilket i första hand ska "
          "hanteras genom naturliga avgångar.")

    pdf.add_page()
    pdf.h1("Nämndernas budget")
    pdf.h2("Kommunstyrelsen")
    pdf.p("Kommunstyrelsens ram minskar till 210,8 miljoner kronor. I ramen ingår 850 000 kronor till "
          "sommarlovsaktiviteter för barn och unga samt bidrag till Sollefteå Näringslivs AB.")
    pdf.h2("Utbildningsnämnden")
    pdf.p("Utbildningsnämnden ansvarar för förskola, grundskola, gymnasieskola och vuxenutbildning. "
          "Antalet elever i grundskolan beräknas minska från 1 980 till 1 860 till och med 2027. Nämnden "
          "utreder en sammanslagning av högstadieskolorna i Sollefteå och Långsele.")
    pdf.h2("Vård- och omsorgsnämnden")
    pdf.p("Vård- och omsorgsnämnden får ett tillskott på 23,2 miljoner kronor för att täcka volymökningar "
          "inom äldreomsorgen. Nämnden ansvarar också för individ- och familjeomsorg och funktionsstöd.")
    pdf.h2("Bygg- och miljönämnden")
    pdf.p("Bygg- och miljönämnden finansieras till en del av avgifter. Timtaxan för tillsyn höjs till "
          "1 340 kronor.")

    pdf.add_page()
    pdf.h1("Resultatbudget")
    pdf.caption("Belopp i miljoner kronor (mnkr)")
    hdr = [["", "", "Bokslut", "Prognos", "Budget", "Plan", "Plan"],
           ["", "Not", "2023", "2024", "2025", "2026", "2027"]]
    RB = [
        ("Verksamhetens intäkter", "1", [312.4, 318.9, 322.6, 326.0, 329.8]),
        ("Verksamhetens kostnader", "2", [-1742.8, -1812.5, -1835.1, -1866.4, -1899.0]),
        ("Avskrivningar", "", [-58.3, -61.0, -63.4, -65.2, -67.0]),
        ("Verksamhetens nettokostnader", "", [-1488.7, -1554.6, -1575.9, -1605.6, -1636.2]),
        ("Skatteintäkter", "3", [1012.6, 1041.3, 1068.4, 1093.0, 1119.7]),
        ("Generella statsbidrag och utjämning", "4", [492.1, 512.8, 535.2, 548.9, 561.3]),
        ("Verksamhetens resultat", "", [16.0, -0.5, 27.7, 36.3, 44.8]),
        ("Finansiella intäkter", "", [3.9, 3.2, 3.0, 3.0, 3.0]),
        ("Finansiella kostnader", "", [-11.7, -17.0, -18.5, -19.8, -21.1]),
        ("Årets resultat", "", [8.2, -14.3, 12.2, 19.5, 26.7]),
        ("Årets resultat i % av skatter och statsbidrag", "", [0.5, -0.9, 0.8, 1.2, 1.6]),
    ]
    rows = [[n, note] + [sv(v, neg=D) for v in vals] for n, note, vals in RB]
    pdf.table(hdr, rows, [66, 9, 19, 19, 19, 19, 19], bold_rows=("Verksamhetens nettokostnader", "Årets resultat"))
    pdf.note("1) Inklusive riktade statsbidrag. 2) Inklusive kostnader för inhyrd personal. "
             "3) Skatteintäkter enligt SKR cirkulär 24:36. 4) Inkomst- och kostnadsutjämning, LSS-utjämning, "
             "regleringsbidrag och fastighetsavgift.")
    pdf.p("Jämfört med prognosen för 2024 förbättras årets resultat med 26,5 miljoner kronor till 2025.")

    pdf.add_page()
    pdf.h1("Kassaflödesbudget")
    pdf.caption("Kassaflödesbudget, mnkr")
    hdr = [["", "Budget 2025", "Plan 2026", "Plan 2027"]]
    KF = [
        ("DEN LÖPANDE VERKSAMHETEN", None),
        ("Årets resultat", [12.2, 19.5, 26.7]),
        ("Justering för av- och nedskrivningar", [63.4, 65.2, 67.0]),
        ("Justering för avsättningar", [2.1, 2.4, 2.6]),
        ("Medel från den löpande verksamheten", [77.7, 87.1, 96.3]),
        ("INVESTERINGSVERKSAMHETEN", None),
        ("Investering i materiella anläggningstillgångar", [-118.5, -96.0, -74.0]),
        ("Medel från investeringsverksamheten", [-118.5, -96.0, -74.0]),
        ("FINANSIERINGSVERKSAMHETEN", None),
        ("Nyupptagna lån", [45.0, 15.0, 0.0]),
        ("Amortering av skuld", [-5.0, -5.0, -15.0]),
        ("Medel från finansieringsverksamheten", [40.0, 10.0, -15.0]),
        ("Årets kassaflöde", [-0.8, 1.1, 7.3]),
        ("Likvida medel vid årets början", [38.6, 37.8, 38.9]),
        ("Likvida medel vid årets slut", [37.8, 38.9, 46.2]),
    ]
    rows = [[n] + (["", "", ""] if v is None else [sv(x, neg=D) for x in v]) for n, v in KF]
    pdf.table(hdr, rows, [90, 25, 25, 25], bold_rows=("Medel från den löpande verksamheten",
              "Medel från investeringsverksamheten", "Medel från finansieringsverksamheten", "Årets kassaflöde"))
    pdf.p("Självfinansieringsgraden för investeringarna 2025 beräknas till 66 procent.")

    pdf.add_page()
    pdf.h1("Driftbudget per nämnd")
    pdf.caption("Nettokostnad, tkr")
    hdr = [["", "Budget", "Budget", "Förändring", "Förändring", "Plan", "Plan"],
           ["Nämnd", "2024", "2025", "tkr", "%", "2026", "2027"]]
    rows = []
    for n, v in DRIFT + [("Finansförvaltning m.m.", FINANS)]:
        rows.append([n, sv(v[0], 0), sv(v[1], 0), sv(v[1] - v[0], 0), sv((v[1] / v[0] - 1) * 100, 1),
                     sv(v[2], 0), sv(v[3], 0)])
    tot = [sum(v[i] for _, v in DRIFT) + FINANS[i] for i in range(4)]
    rows.append(["Summa nettokostnad", sv(tot[0], 0), sv(tot[1], 0), sv(tot[1] - tot[0], 0),
                 sv((tot[1] / tot[0] - 1) * 100, 1), sv(tot[2], 0), sv(tot[3], 0)])
    pdf.table(hdr, rows, [54, 20, 20, 20, 20, 20, 20], bold_rows=("Summa nettokostnad",))
    pdf.note("Finansförvaltningen omfattar pensionskostnader, kapitalkostnader och centrala reserver. "
             "Summa nettokostnad överensstämmer med verksamhetens nettokostnader i resultatbudgeten.")

    pdf.add_page()
    pdf.h1("Investeringsbudget")
    pdf.p("Investeringarna uppgår till 118,5 miljoner kronor 2025. Av dessa avser 22,0 miljoner kronor "
          "den taxefinansierade vatten- och avloppsverksamheten.")
    INV = [
        ("Särskilt boende Ådalsgården, tillbyggnad", [52.0, 31.0, 0.0]),
        ("Långsele skola, renovering", [14.5, 18.0, 6.0]),
        ("Vattenverk Remsle, ombyggnad (VA)", [12.0, 8.0, 0.0]),
        ("Ledningsförnyelse vatten och avlopp (VA)", [10.0, 12.0, 22.0]),
        ("Gator, vägar och broar", [9.5, 9.5, 10.0]),
        ("Räddningstjänsten, nytt höjdfordon", [8.2, 0.0, 0.0]),
        ("Energieffektivisering i kommunala fastigheter", [6.0, 6.5, 7.0]),
        ("IT-investeringar", [2.8, 3.0, 3.0]),
        ("Inventarier och övrigt", [3.5, 8.0, 26.0]),
    ]
    hdr = [["", "Budget", "Plan", "Plan", "Summa"], ["Projekt", "2025", "2026", "2027", "2025–2027"]]
    rows = [[n] + [sv(x) for x in v] + [sv(sum(v))] for n, v in INV]
    tot = [round(sum(v[i] for _, v in INV), 1) for i in range(3)]
    w = [80, 20, 20, 20, 24]
    pdf.caption("Investeringsbudget 2025–2027, mnkr")
    pdf.table(hdr, rows[:5], w)
    pdf.note("Tabellen fortsätter på nästa sida.")
    pdf.add_page()
    pdf.caption("Investeringsbudget 2025–2027, mnkr (forts.)")
    pdf.table(hdr, rows[5:] + [["Summa investeringar"] + [sv(x) for x in tot] + [sv(sum(tot))]], w,
              bold_rows=("Summa investeringar",))
    pdf.note("* Projekt markerade (VA) finansieras via VA-taxan och påverkar inte skattekollektivet.")
    pdf.p("Tillbyggnaden av Ådalsgården beräknas kosta totalt 83,0 miljoner kronor. Den årliga "
          "driftkostnaden för de nya platserna beräknas till 28 miljoner kronor från 2027.")

    pdf.add_page()
    pdf.h1("Bilaga: Definitioner")
    pdf.p("Nettokostnad: verksamhetens kostnader minus verksamhetens intäkter.\n"
          "Självfinansieringsgrad: medel från den löpande verksamheten i procent av nettoinvesteringarna.\n"
          "Kassaflöde: förändringen av likvida medel under året.\n"
          "Prognos 2024: prognos enligt delårsrapporten per den 31 augusti 2024.")
    pdf.output(path)


def delar_pdf(path):
    pdf = Report("Delårsrapport januari–augusti 2024 – Sollefteå kommun", "Delårsrapport 2024")
    pdf.cover(["Delårsrapport", "januari–augusti 2024"], ["Sollefteå kommun"])
    pdf.add_page()
    pdf.h1("Sammanfattning")
    pdf.p("Periodens resultat för januari–augusti 2024 uppgår till 21,6 miljoner kronor. Prognosen för "
          "helåret är ett underskott på 14,3 miljoner kronor, vilket är 20,3 miljoner kronor sämre än det "
          "budgeterade resultatet på 6,0 miljoner kronor.")
    pdf.p("Underskottet förklaras främst av vård- och omsorgsnämnden, som prognostiserar ett underskott "
          "på 21,3 miljoner kronor. Orsakerna är fler brukare inom hemtjänsten, högre kostnader för "
          "inhyrda sjuksköterskor och köp av platser i andra kommuner.")
    pdf.h1("Driftredovisning")
    pdf.caption("Driftredovisning per nämnd, mnkr")
    hdr = [["", "Budget", "Utfall", "Prognos", "Avvikelse"], ["Nämnd", "2024", "jan–aug", "2024", "mot budget"]]
    R = [("Kommunstyrelsen", 214.6, 138.2, 211.9), ("Utbildningsnämnden", 621.5, 409.8, 627.3),
         ("Vård- och omsorgsnämnden", 648.2, 447.1, 669.5), ("Bygg- och miljönämnden", 26.3, 16.4, 25.8),
         ("Överförmyndarnämnden", 5.8, 4.1, 6.2), ("Revisionen", 2.3, 1.2, 2.3)]
    rows = [[n, sv(b), sv(u), sv(p), sv(round(b - p, 1))] for n, b, u, p in R]
    s = [round(sum(r[i] for r in R), 1) for i in (1, 2, 3)]
    rows.append(["Summa nämnder", sv(s[0]), sv(s[1]), sv(s[2]), sv(round(s[0] - s[2], 1))])
    pdf.table(hdr, rows, [64, 24, 24, 24, 26], bold_rows=("Summa nämnder",))
    pdf.p("Finansförvaltningen prognostiserar ett överskott på 4,0 miljoner kronor tack vare högre "
          "skatteintäkter och lägre pensionskostnader än budgeterat.")
    pdf.add_page()
    pdf.h1("Investeringar")
    pdf.p("Nettoinvesteringarna uppgick till 48,6 miljoner kronor under januari–augusti. Budgeten för "
          "helåret är 104,0 miljoner kronor och prognosen 92,5 miljoner kronor. Avvikelsen beror på att "
          "upphandlingen av Ådalsgården försenats.")
    pdf.h1("Personal")
    hdr = [["Nyckeltal", "Jan–aug 2024", "Jan–aug 2023"]]
    rows = [["Antal tillsvidareanställda 31 augusti", "1 612", "1 639"],
            ["Sjukfrånvaro, %", "7,9", "8,4"],
            ["Kostnad för inhyrd personal, mnkr", "14,8", "11,2"],
            ["Andel heltidsanställda, %", "84,6", "82,9"]]
    pdf.table(hdr, rows, [90, 30, 30])
    pdf.p("Kostnaden för inhyrd personal har ökat med 3,6 miljoner kronor jämfört med samma period "
          "föregående år, framför allt inom hemsjukvården.")
    pdf.h1("Måluppfyllelse")
    pdf.p("Av kommunfullmäktiges 12 mål bedöms 5 uppfyllas, 4 delvis uppfyllas och 3 inte uppfyllas. "
          "Det finansiella målet om ett resultat på minst 1 procent av skatter och statsbidrag bedöms inte "
          "uppfyllas 2024.")
    pdf.output(path)


def html_page(path):
    rows = [
        ("Årets resultat, mnkr", ["21,4", "8,2", "-14,3", "12,2"]),
        ("Skatteintäkter och statsbidrag, mnkr", ["1 432,9", "1 504,7", "1 554,1", "1 603,6"]),
        ("Nettoinvesteringar, mnkr", ["96,1", "88,7", "92,5", "118,5"]),
        ("Låneskuld vid årets slut, mnkr", ["612,0", "655,0", "690,0", "730,0"]),
        ("Soliditet, %", ["31,8", "30,9", "29,4", "29,6"]),
        ("Skattesats, kronor", ["22,86", "22,86", "22,86", "22,86"]),
    ]
    trs = "\n".join("      <tr><th scope=\"row\">" + n + "</th>" + "".join(f"<td>{x}</td>" for x in v) + "</tr>"
                    for n, v in rows)
    html = f"""<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Kommunens ekonomi – Sollefteå kommun</title>
<link rel="stylesheet" href="/assets/site.css">
<script src="/assets/cookieconsent.js"></script>
</head>
<body>
<div id="cookie-consent" role="dialog">
  <p>Sollefteå kommun använder cookies för statistik och för att webbplatsen ska fungera. Du väljer själv vilka cookies du godkänner.</p>
  <button>Acceptera alla cookies</button><button>Anpassa</button>
</div>
<header class="site-header">
  <a class="logo" href="/">Sollefteå kommun</a>
  <nav aria-label="Huvudmeny">
    <a href="/uppleva-och-gora">Uppleva och göra</a>
    <a href="/skola-och-forskola">Skola och förskola</a>
    <a href="/omsorg-och-hjalp">Omsorg och hjälp</a>
    <a href="/kommun-och-politik">Kommun och politik</a>
    <a href="/jobb">Jobba hos oss</a>
  </nav>
</header>
<main id="content">
  <ol class="breadcrumb"><li><a href="/">Hem</a></li><li><a href="/kommun-och-politik">Kommun och politik</a></li><li>Kommunens ekonomi</li></ol>
  <article>
    <h1>Kommunens ekonomi</h1>
    <p class="lead">Kommunfullmäktige beslutade den 18 november 2024 om budget för 2025. Skattesatsen är oförändrad, 22,86 kronor, och kommunen budgeterar ett överskott på 12,2 miljoner kronor.</p>
    <p>Efter ett väntat underskott 2024 ska ekonomin återställas. Enligt kommunallagen måste ett underskott återställas inom tre år, och fullmäktige har beslutat att underskottet 2024 ska vara återställt senast 2026.</p>
    <h2>Nyckeltal</h2>
    <table class="keyfigures">
      <thead>
      <tr><th>Nyckeltal</th><th>2022</th><th>2023</th><th>Prognos 2024</th><th>Budget 2025</th></tr>
      </thead>
      <tbody>
{trs}
      </tbody>
    </table>
    <p class="small">Prognos 2024 enligt delårsrapporten januari–augusti. Soliditet inklusive samtliga pensionsförpliktelser.</p>
    <h2>Dokument</h2>
    <ul>
      <li><a href="/download/budget-2025.pdf">Budget 2025 och verksamhetsplan 2026–2027 (pdf)</a></li>
      <li><a href="/download/delarsrapport-2024.pdf">Delårsrapport januari–augusti 2024 (pdf)</a></li>
      <li><a href="/download/arsredovisning-2023.pdf">Årsredovisning 2023 (pdf)</a></li>
    </ul>
    <p>Har du frågor om kommunens ekonomi? Kontakta ekonomichef Helena Sjödin, 0620-68 20 00.</p>
    <p class="updated">Senast uppdaterad: 2024-11-20</p>
  </article>
</main>
<footer class="site-footer">
  <p>Sollefteå kommun, 881 80 Sollefteå. Besöksadress: Djupövägen 5. Växel: 0620-68 20 00.</p>
  <p><a href="/om-webbplatsen">Om webbplatsen</a> · <a href="/tillganglighet">Tillgänglighet</a> · <a href="/cookies">Cookies</a></p>
</footer>
</body>
</html>
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(html)


def protokoll_docx(path):
    body = [
        ("title", "Sammanträdesprotokoll"),
        ("p", "Kommunstyrelsen, Sollefteå kommun"),
        ("p", "Sammanträdesdatum 2024-10-28"),
        ("p", "Plats: Sammanträdesrum Ådalen, kommunhuset, kl. 09.00–15.40"),
        ("p", "Beslutande ledamöter: Per-Olov Strand (S), ordförande; Lena Byström (S); Mats Holmgren (S); "
              "Karin Näslund (S); Anders Hägglund (M); Ingela Fors (SD); Stig Persson (C); Maria Edin (V); "
              "Johan Lund (KD); Eva Kjellberg (S); Ola Dahl (SD); Britt Nordin (M); Erik Sundqvist (L)"),
        ("p", "Justerare: Anders Hägglund (M)"),
        ("h", "§ 187 Budget 2025 och verksamhetsplan 2026–2027"),
        ("p", "Dnr KS 2024/00412"),
        ("p", "Sammanfattning: Förslaget till budget innebär en oförändrad skattesats på 22,86 kronor, ett "
              "budgeterat resultat på 12,2 miljoner kronor och investeringar på 118,5 miljoner kronor 2025."),
        ("p", "Yrkanden: Per-Olov Strand (S) yrkar bifall till förslaget. Anders Hägglund (M) yrkar bifall till "
              "Moderaternas, Kristdemokraternas och Liberalernas gemensamma budgetförslag med en skattesänkning "
              "på 10 öre. Ingela Fors (SD) yrkar bifall till Sverigedemokraternas budgetförslag."),
        ("p", "Omröstning: Ordföranden ställer förslagen mot varandra. Votering begärs. Med 8 röster mot 5 "
              "beslutar kommunstyrelsen att bifalla ordförandens förslag."),
        ("p", "Kommunstyrelsens förslag till kommunfullmäktige: att fastställa budget 2025 och verksamhetsplan "
              "2026–2027, att fastställa skattesatsen till 22,86 kronor, att ge kommunstyrelsen rätt att under "
              "2025 uppta nya lån på högst 45 miljoner kronor."),
        ("p", "Reservation: Anders Hägglund (M), Britt Nordin (M), Johan Lund (KD) och Erik Sundqvist (L) "
              "reserverar sig till förmån för eget förslag. Ingela Fors (SD) och Ola Dahl (SD) reserverar sig "
              "till förmån för eget förslag."),
        ("h", "§ 188 Åtgärdsplan för ekonomi i balans 2025"),
        ("p", "Dnr KS 2024/00398"),
        ("p", "Sammanfattning: Kommunstyrelsen har gett kommundirektören i uppdrag att ta fram åtgärder för att "
              "minska kostnaderna med 32 miljoner kronor 2025. Åtgärderna fördelas enligt tabellen."),
        ("table", [["Nämnd/område", "Besparing 2025, tkr", "Därav personalkostnader, tkr"],
                   ["Kommunstyrelsen", "3 800", "2 100"],
                   ["Utbildningsnämnden", "9 200", "6 400"],
                   ["Vård- och omsorgsnämnden", "16 500", "11 800"],
                   ["Bygg- och miljönämnden", "1 100", "700"],
                   ["Gemensamma åtgärder (inköp, lokaler)", "1 400", "0"],
                   ["Summa", "32 000", "21 000"]]),
        ("p", "Beslut: Kommunstyrelsen beslutar att anta åtgärdsplanen och att nämnderna ska redovisa "
              "genomförda åtgärder till kommunstyrelsen varannan månad."),
        ("p", "Reservation: Maria Edin (V) reserverar sig mot beslutet i den del som avser neddragningar inom "
              "vård- och omsorgsnämnden."),
        ("h", "§ 189 Delårsrapport januari–augusti 2024"),
        ("p", "Dnr KS 2024/00367"),
        ("p", "Sammanfattning: Delårsrapporten visar ett resultat på 21,6 miljoner kronor för perioden och en "
              "helårsprognos på -14,3 miljoner kronor."),
        ("p", "Beslut: Kommunstyrelsen föreslår kommunfullmäktige att godkänna delårsrapporten."),
        ("h", "§ 190 Försäljning av fastigheten Sollefteå Nipan 4:12"),
        ("p", "Dnr KS 2024/00355"),
        ("p", "Beslut: Kommunstyrelsen beslutar att sälja fastigheten Sollefteå Nipan 4:12 till Nipan "
              "Fastigheter AB för 2 350 000 kronor."),
        ("p", "Justerandes signatur: ____________   Utdragsbestyrkande: ____________"),
    ]
    make_docx(path, body, title="Kommunstyrelsens protokoll 2024-10-28", author="Sollefteå kommun")


def xlsx(path):
    drift = [
        ["Driftbudget per verksamhet 2025 – Utbildningsnämnden och Vård- och omsorgsnämnden"],
        ["Belopp i tkr, nettokostnad"],
        ["Verksamhet", "Bokslut 2023", "Budget 2024", "Budget 2025"],
        ["Utbildningsnämnden"],
    ]
    UN = [("Förskola", 112300, 115900, 118400), ("Grundskola inkl. förskoleklass", 239800, 245100, 248600),
          ("Gymnasieskola", 138200, 141800, 142300), ("Vuxenutbildning", 30900, 32600, 31700),
          ("Nämnd och administration", 84700, 86100, 87900)]
    VON = [("Äldreomsorg, särskilt boende", 251700, 255300, 268500), ("Hemtjänst", 158400, 160100, 164200),
           ("Funktionsstöd (LSS)", 113900, 116500, 118700), ("Individ- och familjeomsorg", 99200, 94800, 96300),
           ("Nämnd och administration", 20600, 21500, 23700)]
    for r in UN:
        drift.append(list(r))
    drift.append(["Summa Utbildningsnämnden"] + [sum(r[i] for r in UN) for i in (1, 2, 3)])
    drift.append(["Vård- och omsorgsnämnden"])
    for r in VON:
        drift.append(list(r))
    drift.append(["Summa Vård- och omsorgsnämnden"] + [sum(r[i] for r in VON) for i in (1, 2, 3)])
    drift.append(["Totalt"] + [sum(r[i] for r in UN + VON) for i in (1, 2, 3)])
    personal = [
        ["Personalstatistik Sollefteå kommun"],
        ["Antal personer, årsarbetare och procent"],
        ["År", "Tillsvidareanställda", "Årsarbetare", "Sjukfrånvaro, %", "Personalomsättning, %"],
        [2020, 1688, 1602.5, 8.9, 8.1],
        [2021, 1671, 1590.0, 9.2, 8.7],
        [2022, 1655, 1571.3, 8.7, 9.4],
        [2023, 1634, 1552.8, 8.2, 10.2],
        ["Not: uppgifter per den 31 december. Sjukfrånvaro i procent av ordinarie arbetstid."],
    ]
    make_xlsx(path, [("Driftbudget 2025", drift), ("Personal", personal)],
              title="Driftbudget per verksamhet 2025", author="Sollefteå kommun, ekonomiavdelningen")


def press_txt(path):
    text = """PRESSMEDDELANDE
Sollefteå kommun, 2024-11-20

Ådalsgården byggs ut med 40 nya platser

Kommunfullmäktige i Sollefteå beslutade den 18 november om budgeten för 2025. I budgeten ingår tillbyggnaden av det särskilda boendet Ådalsgården, som ger 40 nya platser för äldre med behov av heldygnsomsorg.

Byggstart planeras till våren 2025 och inflyttning beräknas ske i december 2026. Totalt investeras 83 miljoner kronor under 2025 och 2026.

– I dag köper vi platser i andra kommuner för att kunna ge alla som behöver ett boende en plats. Det kostade 6,8 miljoner kronor förra året och innebär att äldre får flytta långt från sina anhöriga. Med de nya platserna kan vi erbjuda boende på hemmaplan, säger Karin Näslund (S), ordförande i vård- och omsorgsnämnden.

Tillbyggnaden innebär att kommunen behöver rekrytera cirka 45 nya medarbetare, främst undersköterskor och sjuksköterskor.

Budgeten i korthet:
* Skattesatsen är oförändrad, 22,86 kronor.
* Budgeterat resultat 2025: 12,2 miljoner kronor.
* Besparingar på 32 miljoner kronor fördelade på nämnderna.
* Investeringar på 118,5 miljoner kronor.

För mer information:
Karin Näslund (S), ordförande vård- och omsorgsnämnden, 070-123 45 67
Helena Sjödin, ekonomichef, 0620-68 20 00
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def build(outdir):
    os.makedirs(outdir, exist_ok=True)
    budget_pdf(os.path.join(outdir, "budget-2025-verksamhetsplan-2026-2027.pdf"))
    delar_pdf(os.path.join(outdir, "delarsrapport-jan-aug-2024.pdf"))
    html_page(os.path.join(outdir, "kommunens-ekonomi.html"))
    protokoll_docx(os.path.join(outdir, "ks-protokoll-2024-10-28.docx"))
    xlsx(os.path.join(outdir, "driftbudget-verksamhet-2025.xlsx"))
    press_txt(os.path.join(outdir, "pressmeddelande-adalsgarden.txt"))
