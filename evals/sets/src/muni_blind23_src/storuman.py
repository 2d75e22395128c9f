"""Storumans kommun: invented documents."""
import os
import docx
import openpyxl
from openpyxl.styles import Font
from common import Doc, fmt, fix_zip, ensure, FIXED_DT

POP = 5760
RB = {  # mnkr: Utfall 2023, Prognos 2024, Budget 2025, Plan 2026, Plan 2027
    "int": [142.8, 138.5, 140.2, 141.0, 142.3],
    "kost": [-648.3, -671.9, -684.6, -699.8, -713.4],
    "avs": [-31.2, -33.0, -34.8, -36.1, -37.0],
    "skatt": [318.4, 331.2, 342.7, 353.1, 364.0],
    "bidr": [236.9, 244.6, 252.3, 256.0, 259.8],
    "finint": [3.1, 2.8, 2.5, 2.5, 2.5],
    "finkost": [-4.4, -5.9, -6.2, -6.8, -7.1],
}
DRIFT = [  # tkr: Budget 2025, Plan 2026, Plan 2027
    ("Kommunfullmäktige inkl. revision", 3850, 3900, 3950),
    ("Kommunstyrelsen", 58400, 60100, 61600),
    ("Teknisk verksamhet", 41200, 42000, 43100),
    ("Barn- och utbildningsnämnden", 176900, 180500, 183800),
    ("Socialnämnden", 248300, 256900, 264700),
    ("Miljö- och byggnämnden", 6750, 6900, 7050),
    ("Kultur och fritid", 14600, 14900, 15200),
]
INV = [  # tkr 2025, 2026, 2027
    ("Tillbyggnad Tärnaby skola", 14000, 8000, 0),
    ("Reservvattentäkt Storuman", 9500, 4000, 0),
    ("Renovering simhall Storuman", 12000, 18500, 0),
    ("Gatubelysning, byte till LED", 2400, 2400, 1200),
    ("Fordon och maskiner", 3500, 2000, 2000),
    ("Bredband landsbygd", 4000, 3000, 0),
    ("IT och digitalisering", 1800, 1500, 1500),
    ("Övriga reinvesteringar fastigheter", 15200, 12000, 12000),
]
N = "– "


def r1(x):
    return round(x + 0.0, 1)


def budget_pdf(out):
    d = Doc("Storumans kommun | Mål och budget 2025–2027", "Storumans kommun")
    d.set_title("Mål och budget 2025-2027")
    d.add_page()
    d.ln(45)
    d.set_font("DV", "B", 28)
    d.multi_cell(0, 13, "Mål och budget\n2025–2027")
    d.set_font("DV", "", 13)
    d.ln(5)
    d.multi_cell(0, 7, "Storumans kommun\nFastställd av kommunfullmäktige 2024-11-19, § 98")
    d.add_page()
    d.h1("Förord")
    d.p("Storuman är en kommun med stora avstånd, en växande besöksnäring i Hemavan och Tärnaby och en "
        "befolkning som blir allt äldre. Det ställer krav på att vi använder varje skattekrona klokt. "
        "I denna budget prioriterar vi äldreomsorgen, skolan och en fungerande infrastruktur.")
    d.p("Kommunalskatten är oförändrad, 23,35 kronor. Vi avsätter 4,7 miljoner kronor för att rekrytera "
        "och behålla personal inom vård och omsorg, bland annat genom ett särskilt "
        "introduktionsprogram och bostadsstöd för nyanställda sjuksköterskor.")
    d.p("Samtidigt måste vi anpassa verksamheten. Nämnderna har fått effektiviseringskrav på "
        "sammanlagt 9,8 miljoner kronor för 2025. För socialnämnden prognostiseras ett underskott för "
        "2024 på -14,3 miljoner kronor, och nämnden har fått i uppdrag att ta fram en åtgärdsplan.")
    d.p("Maria Nordqvist (S)\nKommunstyrelsens ordförande")
    d.add_page()
    d.h1("Förutsättningar")
    d.h2("Befolkning")
    d.p("Den 31 december 2023 hade Storumans kommun 5 808 invånare. Budgeten bygger på en fortsatt "
        "minskning till 5 760 invånare år 2025. Andelen invånare som är 65 år eller äldre är 29 procent, "
        "vilket är betydligt högre än riksgenomsnittet.")
    d.h2("Skatteunderlag och statsbidrag")
    d.p("Beräkningen av skatteintäkter och generella statsbidrag bygger på SKR:s prognos från oktober "
        "2024. Kommunen får ett betydande tillskott genom det kommunalekonomiska utjämningssystemet; "
        "inkomstutjämningsbidraget beräknas till 118,6 miljoner kronor 2025.")
    d.h2("Besöksnäringen")
    d.p("Hemavan Tärnaby är en av fjällvärldens största destinationer. Antalet kommersiella gästnätter "
        "ökade med 6 procent under 2023. Besöksnäringen ger arbetstillfällen men ställer också krav på "
        "vatten, avlopp och renhållning under högsäsong.")
    d.add_page()
    d.h1("Mål för god ekonomisk hushållning")
    d.h2("Finansiella mål")
    d.p("- Årets resultat ska uppgå till minst 2 procent av skatteintäkter och generella statsbidrag.\n"
        "- Soliditeten ska uppgå till minst 45 procent.\n"
        "- Investeringar ska finansieras med egna medel till minst 80 procent under planperioden.")
    d.h2("Verksamhetsmål")
    d.p("Kommunfullmäktige har beslutat om fyra målområden: Livskvalitet, Lärande, Attraktiv kommun "
        "och Hållbar organisation. Ett av målen är att minst 90 procent av brukarna inom hemtjänsten ska "
        "vara nöjda med sin hemtjänst 2025.")
    d.add_page()
    d.h1("Resultatbudget")
    nk = [r1(RB["int"][i] + RB["kost"][i] + RB["avs"][i]) for i in range(5)]
    vr = [r1(nk[i] + RB["skatt"][i] + RB["bidr"][i]) for i in range(5)]
    res = [r1(vr[i] + RB["finint"][i] + RB["finkost"][i]) for i in range(5)]
    w = [64, 21, 21, 21, 21, 21]
    hdr = [["", "Utfall", "Prognos", "Budget", "Plan", "Plan"], ["mnkr", "2023", "2024", "2025", "2026", "2027"]]
    row = lambda lab, vals: [lab] + [fmt(v, 1, neg=N) for v in vals]
    rows = [row("Verksamhetens intäkter", RB["int"]), row("Verksamhetens kostnader", RB["kost"]),
            row("Avskrivningar", RB["avs"]), row("Verksamhetens nettokostnader", nk),
            row("Skatteintäkter", RB["skatt"]), row("Generella statsbidrag och utjämning", RB["bidr"]),
            row("Verksamhetens resultat", vr), row("Finansiella intäkter", RB["finint"]),
            row("Finansiella kostnader", RB["finkost"]), row("Årets resultat", res)]
    d.table(hdr, rows, w, bold_rows=("Verksamhetens nettokostnader", "Årets resultat"), caption="Resultatbudget")
    d.p("Årets resultat för 2025 budgeteras till 12,1 miljoner kronor, vilket motsvarar 2,0 procent av "
        "skatteintäkter och generella statsbidrag. För planåren 2026 och 2027 understiger resultatet "
        "målet, och ytterligare anpassningar kommer att krävas.")
    d.add_page()
    d.h1("Kassaflödesbudget")
    K = [("Den löpande verksamheten",), ("Årets resultat", 12.1), ("Justering för avskrivningar", 34.8),
         ("Justering för avsättningar", 1.6), ("Medel från den löpande verksamheten", 48.5),
         ("Investeringsverksamheten",), ("Investering i materiella anläggningstillgångar", -62.4),
         ("Försäljning av anläggningstillgångar", 0.5), ("Medel från investeringsverksamheten", -61.9),
         ("Finansieringsverksamheten",), ("Nyupptagna lån", 15.0), ("Amortering av skuld", -4.0),
         ("Medel från finansieringsverksamheten", 11.0), ("Årets kassaflöde", -2.4),
         ("Likvida medel vid årets början", 38.6), ("Likvida medel vid årets slut", 36.2)]
    rows = [list(r) if len(r) == 1 else [r[0], fmt(r[1], 1, neg=N)] for r in K]
    d.table([["mnkr", "Budget 2025"]], rows, [110, 30],
            bold_rows=("Medel från den löpande verksamheten", "Medel från investeringsverksamheten",
                       "Medel från finansieringsverksamheten", "Årets kassaflöde"), caption="Kassaflödesbudget 2025")
    d.h2("Balansbudget i sammandrag")
    d.p("Soliditeten beräknas till 46,2 procent vid utgången av 2025. Låneskulden uppgår till "
        "112,0 miljoner kronor vid årets slut, vilket motsvarar 19 444 kronor per invånare.")
    d.add_page()
    d.h1("Driftbudget")
    d.p("Nämndernas ramar anges i tusentals kronor (tkr). Kolumnen kr per invånare avser budget 2025 och "
        "bygger på 5 760 invånare.")
    w = [66, 24, 24, 24, 26]
    hdr = [["Nettokostnad", "Budget", "Plan", "Plan", "Budget 2025"], ["tkr", "2025", "2026", "2027", "kr per inv."]]
    rows = [[n, fmt(a, 0), fmt(b, 0), fmt(c, 0), fmt(a * 1000 / POP, 0)] for n, a, b, c in DRIFT]
    s = [sum(x[i] for x in DRIFT) for i in (1, 2, 3)]
    tot = [round(-nk[i] * 1000) for i in (2, 3, 4)]
    ff = [tot[i] - s[i] for i in range(3)]
    rows.append(["Summa nämnder", *(fmt(v, 0) for v in s), fmt(s[0] * 1000 / POP, 0)])
    rows.append(["Finansförvaltning", *(fmt(v, 0) for v in ff), fmt(ff[0] * 1000 / POP, 0)])
    rows.append(["Summa verksamhetens nettokostnader", *(fmt(v, 0) for v in tot), fmt(tot[0] * 1000 / POP, 0)])
    d.table(hdr, rows, w, bold_rows=("Summa nämnder", "Summa verksamhetens nettokostnader"), caption="Driftbudget per nämnd")
    d.small("Teknisk verksamhet och kultur och fritid ligger organisatoriskt under kommunstyrelsen men redovisas "
            "som egna ramar. Finansförvaltningen innehåller pensioner, arbetsgivaravgifter och kapitalkostnader.")
    d.add_page()
    d.h1("Investeringsbudget")
    w = [80, 25, 25, 25]
    hdr = [["Projekt", "Budget", "Plan", "Plan"], ["tkr", "2025", "2026", "2027"]]
    rows = [[n, fmt(a, 0), fmt(b, 0), fmt(c, 0)] for n, a, b, c in INV]
    rows.append(["Summa investeringar", *(fmt(sum(x[i] for x in INV), 0) for i in (1, 2, 3))])
    d.table(hdr, rows, w, bold_rows=("Summa investeringar",), caption="Investeringsbudget 2025–2027")
    d.p("Renoveringen av simhallen i Storuman är planperiodens största projekt. Tillbyggnaden av Tärnaby "
        "skola ger plats för ytterligare 40 elever. Projektet Bredband landsbygd förutsätter statligt "
        "stöd om 2,5 miljoner kronor.")
    d.add_page()
    d.h1("Nämndernas uppdrag 2025")
    d.h2("Socialnämnden")
    d.p("Socialnämnden ska redovisa en åtgärdsplan för en budget i balans senast i september 2025. "
        "Kostnaderna för inhyrd personal ska halveras jämfört med 2024.")
    d.h2("Barn- och utbildningsnämnden")
    d.p("Nämnden ska utreda en gemensam högstadieorganisation för kommunens skolor och redovisa "
        "utredningen till kommunstyrelsen senast 31 mars 2025.")
    d.h2("Kommunstyrelsen")
    d.p("Kommunstyrelsen ska ta fram en ny näringslivsstrategi tillsammans med företagen i Hemavan, "
        "Tärnaby, Storuman och Stensele.")
    d.add_page()
    d.h1("Bilaga: Ord och begrepp")
    d.p("Generella statsbidrag och utjämning – bidrag från staten som inte är kopplade till en viss "
        "verksamhet, samt utjämning mellan kommunerna.")
    d.p("Kassaflödesbudget – visar hur kommunens likvida medel förändras under året.")
    d.output(out)


def delar_pdf(out):
    d = Doc("Delårsrapport januari–augusti 2025 | Storumans kommun", "Storumans kommun")
    d.set_title("Delårsrapport januari-augusti 2025")
    d.add_page()
    d.ln(45)
    d.set_font("DV", "B", 24)
    d.multi_cell(0, 12, "Delårsrapport\njanuari–augusti 2025")
    d.set_font("DV", "", 13)
    d.ln(4)
    d.multi_cell(0, 7, "Storumans kommun\nBehandlad av kommunstyrelsen 2025-10-07")
    d.add_page()
    d.h1("Sammanfattning")
    d.p("Periodens resultat uppgår till 21,4 miljoner kronor, vilket är 4,5 miljoner kronor bättre än "
        "motsvarande period 2024. Prognosen för helåret är ett resultat på 8,6 mnkr, vilket är 3,5 mnkr "
        "lägre än budget. Det finansiella målet om 2 procent av skatter och bidrag nås därmed inte.")
    d.p("Socialnämnden prognostiserar ett underskott på 7,8 mnkr, främst på grund av kostnader för "
        "inhyrda sjuksköterskor och externa placeringar. Nämnden har beslutat om en åtgärdsplan.")
    d.p("Den 30 juni 2025 hade kommunen 5 731 invånare, en minskning med 29 personer sedan årsskiftet.")
    d.h2("Investeringar")
    d.p("Investeringarna under perioden uppgår till 28,7 mnkr av budgeterade 62,4 mnkr. Renoveringen "
        "av simhallen startar i oktober 2025. Prognosen för helåret är 54,0 mnkr.")
    d.h2("Personal")
    d.p("Sjukfrånvaron för perioden var 6,9 procent, jämfört med 7,3 procent samma period föregående år.")
    d.add_page()
    d.h1("Resultaträkning")
    R = [("Verksamhetens intäkter", 96830, 93410, 140200, 143900),
         ("Verksamhetens kostnader", -447120, -436780, -684600, -692100),
         ("Avskrivningar", -22950, -21870, -34800, -34500)]
    nk = [sum(r[i] for r in R) for i in range(1, 5)]
    R2 = [("Skatteintäkter", 229350, 221040, 342700, 343900),
          ("Generella statsbidrag och utjämning", 168400, 163150, 252300, 252600)]
    vr = [nk[i - 1] + R2[0][i] + R2[1][i] for i in range(1, 5)]
    R3 = [("Finansiella intäkter", 1720, 1950, 2500, 2600), ("Finansiella kostnader", -4830, -3980, -6200, -7800)]
    res = [vr[i - 1] + R3[0][i] + R3[1][i] for i in range(1, 5)]
    f = lambda v: fmt(v, 0, neg="()")
    rr = lambda lab, vals: [lab, *(f(v) for v in vals), f(vals[3] - vals[2])]
    rows = [rr(*[r[0], r[1:]]) for r in R] + [rr("Verksamhetens nettokostnader", nk)]
    rows += [rr(r[0], r[1:]) for r in R2] + [rr("Verksamhetens resultat", vr)]
    rows += [rr(r[0], r[1:]) for r in R3] + [rr("Periodens resultat", res)]
    w = [58, 23, 23, 22, 22, 22]
    hdr = [["tkr", "Utfall", "Utfall", "Budget", "Prognos", "Avvikelse"],
           ["", "jan–aug", "jan–aug", "2025", "2025", "prognos/"],
           ["", "2025", "2024", "", "", "budget"]]
    d.table(hdr, rows, w, bold_rows=("Verksamhetens nettokostnader", "Verksamhetens resultat", "Periodens resultat"),
            size=8.5, caption="Belopp i tkr. Negativa belopp inom parentes.")
    d.small("För helåret avser raden Periodens resultat årets resultat.")
    d.add_page()
    d.h1("Nämndernas prognoser")
    NP = [("Kommunfullmäktige inkl. revision", 3850, 3800), ("Kommunstyrelsen", 58400, 57100),
          ("Teknisk verksamhet", 41200, 42900), ("Barn- och utbildningsnämnden", 176900, 175600),
          ("Socialnämnden", 248300, 256100), ("Miljö- och byggnämnden", 6750, 6500),
          ("Kultur och fritid", 14600, 14450)]
    rows = [[n, f(b), f(p), f(b - p)] for n, b, p in NP]
    sb, sp = sum(x[1] for x in NP), sum(x[2] for x in NP)
    rows.append(["Summa nämnder", f(sb), f(sp), f(sb - sp)])
    rows.append(["Finansförvaltning", f(29200), f(26250), f(2950)])
    rows.append(["Totalt", f(sb + 29200), f(sp + 26250), f(sb + 29200 - sp - 26250)])
    d.table([["tkr", "Budget 2025", "Prognos 2025", "Avvikelse"]], rows, [80, 28, 28, 28],
            bold_rows=("Summa nämnder", "Totalt"), caption="Nettokostnad per nämnd, helårsprognos")
    d.p("Teknisk verksamhet prognostiserar ett underskott om 1,7 mnkr till följd av höga "
        "snöröjningskostnader under vintern. Finansförvaltningen visar ett överskott, främst genom lägre "
        "pensionskostnader än budgeterat.")
    d.output(out)


def html(out):
    yrs = [(2021, 23.10, 11.35), (2022, 23.10, 11.35), (2023, 23.35, 11.35), (2024, 23.35, 11.35), (2025, 23.35, 11.35)]
    trs = "\n".join(f"      <tr><td>{y}</td><td>{fmt(k, 2)}</td><td>{fmt(r, 2)}</td><td>{fmt(k + r, 2)}</td></tr>" for y, k, r in yrs)
    page = f"""<!DOCTYPE html>
<html lang="sv">
<head><meta charset="utf-8"><title>Kommunalskatt - Storumans kommun</title></head>
<body>
<div class="cookie-consent" role="dialog">
  <p>Storumans kommun använder kakor för att webbplatsen ska fungera och för besöksstatistik.</p>
  <button>Godkänn</button> <button>Neka</button> <a href="/kakor">Mer om kakor</a>
</div>
<header>
  <div class="top"><a href="/">Storumans kommun</a> <a href="/lattlast">Lättläst</a> <a href="/other-languages">Other languages</a></div>
  <nav><a href="/omsorg">Omsorg och hjälp</a> | <a href="/skola">Utbildning och barnomsorg</a> | <a href="/bo">Bo, bygga och miljö</a> | <a href="/kommun">Kommun och politik</a></nav>
</header>
<main>
  <nav class="breadcrumb">Start &gt; Kommun och politik &gt; Ekonomi &gt; Kommunalskatt</nav>
  <h1>Kommunalskatt</h1>
  <p>Skattesatsen i Storumans kommun är 23,35 kronor för 2025. Tillsammans med regionskatten till Region Västerbotten på 11,35 kronor blir den totala skattesatsen 34,70 kronor, exklusive begravningsavgift och kyrkoavgift.</p>
  <p>Begravningsavgiften i Storumans kommun är 0,30 kronor. Kyrkoavgiften varierar mellan församlingarna.</p>
  <h2>Skattesatser 2021–2025</h2>
  <table class="table">
    <caption>Skattesats i kronor per 100 kronor beskattningsbar inkomst</caption>
    <tr><th>År</th><th>Kommunalskatt</th><th>Regionskatt</th><th>Total skattesats</th></tr>
{trs}
  </table>
  <p>Kommunalskatten höjdes med 25 öre inför 2023 för att klara ökade kostnader inom äldreomsorgen.</p>
  <h2>Vart går pengarna?</h2>
  <p>Av varje hundralapp i kommunalskatt går 43 kronor till vård och omsorg och 29 kronor till förskola och skola.</p>
  <p class="meta">Publicerad: 2023-01-10<br>Senast uppdaterad: 2025-01-08</p>
</main>
<footer>
  <p>Storumans kommun, Blåvägen 242, 923 81 Storuman. Telefon 0951-140 00</p>
  <p><a href="/tillganglighet">Tillgänglighet</a> <a href="/gdpr">Personuppgifter</a> <a href="/kakor">Kakor</a></p>
</footer>
</body>
</html>
"""
    with open(out, "w", encoding="utf-8") as f:
        f.write(page)


def protokoll(out):
    doc = docx.Document()
    cp = doc.core_properties
    cp.author = "Socialförvaltningen"
    cp.title = "Protokoll socialnämnden 2025-09-23"
    cp.created = FIXED_DT.replace(tzinfo=None)
    cp.modified = FIXED_DT.replace(tzinfo=None)
    cp.last_modified_by = ""
    cp.revision = 1
    doc.add_heading("Protokoll", level=1)
    doc.add_paragraph("Socialnämnden, Storumans kommun")
    doc.add_paragraph("Datum: 2025-09-23, kl. 13.00–16.30, Kommunhuset Storuman")
    doc.add_paragraph("Beslutande: Karin Åström (C), ordförande; Erik Sundberg (V); Lena Holm (SD); "
                      "Per-Anders Nilsson (S); Ingrid Lundqvist (M); Ola Persson (S); Sofia Berglund (KD)")
    doc.add_paragraph("Justerare: Per-Anders Nilsson (S)")
    doc.add_heading("§ 87 Godkännande av dagordning", level=2)
    doc.add_paragraph("Dagordningen godkänns.")
    doc.add_heading("§ 88 Delårsrapport januari–augusti 2025", level=2)
    doc.add_paragraph("Socialnämnden redovisar per den 31 augusti ett underskott på 5,2 mnkr. Prognosen "
                      "för helåret är ett underskott på 7,8 mnkr. Kostnaderna för inhyrda sjuksköterskor "
                      "uppgår hittills till 3,9 mnkr.")
    doc.add_paragraph("Beslut: Socialnämnden godkänner delårsrapporten och överlämnar den till kommunstyrelsen.")
    doc.add_heading("§ 89 Åtgärdsplan för en budget i balans", level=2)
    doc.add_paragraph("Ärendebeskrivning: Kommunfullmäktige har gett socialnämnden i uppdrag att ta fram en "
                      "åtgärdsplan för en budget i balans. Förvaltningen föreslår följande åtgärder:")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, txt in zip(t.rows[0].cells, ["Åtgärd", "Besparing 2025, tkr", "Besparing 2026, tkr"]):
        c.text = txt
    A = [("Minskat beroende av inhyrda sjuksköterskor", 1800, 3600),
         ("Samordning av hemtjänstgrupper Storuman–Stensele", 650, 1400),
         ("Översyn av externa placeringar inom IFO", 1100, 2500),
         ("Vakanshållning av administrativa tjänster", 400, 800),
         ("Minskad övertid", 350, 700)]
    for n, a, b in A:
        cells = t.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = n, fmt(a, 0), fmt(b, 0)
    cells = t.add_row().cells
    cells[0].text, cells[1].text, cells[2].text = "Summa", fmt(sum(x[1] for x in A), 0), fmt(sum(x[2] for x in A), 0)
    doc.add_paragraph("")
    doc.add_paragraph("Yrkanden: Erik Sundberg (V) yrkar att åtgärden om samordning av hemtjänstgrupper "
                      "stryks. Ordföranden ställer förslagen mot varandra och finner att nämnden bifaller "
                      "förvaltningens förslag.")
    doc.add_paragraph("Beslut: Socialnämnden antar åtgärdsplanen. Åtgärderna beräknas minska kostnaderna "
                      "med 4,3 mnkr under 2025 och 9,0 mnkr under 2026.")
    doc.add_paragraph("Reservation: Erik Sundberg (V) reserverar sig mot beslutet till förmån för eget yrkande.")
    doc.add_heading("§ 90 Ansökan om statsbidrag för äldreomsorgslyftet", level=2)
    doc.add_paragraph("Beslut: Socialnämnden beslutar att ansöka om statsbidrag för äldreomsorgslyftet "
                      "2025, cirka 1,2 miljoner kronor, för att utbilda 8 medarbetare till undersköterskor.")
    doc.add_paragraph("Vid protokollet: Anna Jonsson, nämndsekreterare")
    doc.save(out)
    fix_zip(out)


def xlsx(out):
    wb = openpyxl.Workbook()
    wb.properties.creator = "Storumans kommun"
    wb.properties.created = FIXED_DT.replace(tzinfo=None)
    wb.properties.modified = FIXED_DT.replace(tzinfo=None)
    ws = wb.active
    ws.title = "Äldreomsorg"
    ws.append(["Äldreomsorg i Storumans kommun 2020–2024"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(["Antal respektive kronor, årsgenomsnitt"])
    ws.append(["År", "Platser i särskilt boende", "Personer med hemtjänst", "Beviljade hemtjänsttimmar",
               "Kostnad per brukare i särskilt boende, kr"])
    for r in [(2020, 96, 212, 118400, 912000), (2021, 96, 219, 121900, 938500),
              (2022, 92, 224, 126300, 967200), (2023, 92, 231, 131800, 1004600),
              (2024, 92, 238, 137200, 1041300)]:
        ws.append(list(r))
    ws2 = wb.create_sheet("Besöksnäring")
    ws2.append(["Kommersiella gästnätter per område"])
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.append(["Antal gästnätter"])
    ws2.append(["Område", "2021", "2022", "2023", "2024", "Förändring 2023–2024, %"])
    G = [("Hemavan", 262400, 301800, 318900, 331200), ("Tärnaby", 118700, 131500, 142300, 139800),
         ("Storuman och Stensele", 41200, 45900, 47600, 49300)]
    for n, *v in G:
        ws2.append([n, *v, round((v[3] - v[2]) / v[2] * 100, 1)])
    tot = [sum(g[i] for g in G) for i in range(1, 5)]
    ws2.append(["Totalt", *tot, round((tot[3] - tot[2]) / tot[2] * 100, 1)])
    ws2.append(["Källa: Tillväxtverket/SCB, bearbetning Storumans kommun"])
    for wsx in (ws, ws2):
        for col in "ABCDEF":
            wsx.column_dimensions[col].width = 24
    wb.save(out)
    fix_zip(out)


def press(out):
    txt = """PRESSMEDDELANDE
Storumans kommun, 2025-09-02

Simhallen i Storuman stänger för renovering

Den 1 oktober 2025 stänger simhallen i Storuman för en omfattande renovering. Bassängen, reningsverket och omklädningsrummen byggs om, och hallen beräknas öppna igen i september 2026.

Renoveringen kostar 30,5 miljoner kronor och är kommunens största investering under 2025 och 2026. Kommunen har sökt bidrag från Allmänna arvsfonden för en ny tillgänglighetsanpassad entré men har ännu inte fått besked.

"Simhallen är en viktig mötesplats och många barn lär sig simma här. Vi gör nu en investering som ska hålla i minst 30 år", säger Johan Lindgren, kultur- och fritidschef i Storumans kommun.

Under stängningen flyttas skolornas simundervisning till badhuset i Tärnaby. Kommunen avsätter 250 000 kronor för bussresor mellan Storuman och Tärnaby under läsåret.

För mer information:
Johan Lindgren, kultur- och fritidschef, telefon 0951-140 00
"""
    with open(out, "w", encoding="utf-8") as f:
        f.write(txt)


def build(base):
    d = os.path.join(base, "storuman")
    ensure(d)
    budget_pdf(os.path.join(d, "mal-och-budget-2025-2027.pdf"))
    delar_pdf(os.path.join(d, "delarsrapport-jan-aug-2025.pdf"))
    html(os.path.join(d, "kommunalskatt.html"))
    protokoll(os.path.join(d, "protokoll-socialnamnden-2025-09-23.docx"))
    xlsx(os.path.join(d, "aldreomsorg-och-besoksnaring.xlsx"))
    press(os.path.join(d, "pressmeddelande-simhallen.txt"))
