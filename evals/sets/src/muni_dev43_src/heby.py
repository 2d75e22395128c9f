"""Heby kommun: budget PDF (tkr), delårsrapport PDF, HTML nyckeltal, DOCX protokoll, XLSX budget per verksamhet, TXT pressmeddelande."""
import os
import docx
from docx.shared import Pt
import openpyxl
from openpyxl.styles import Font
from common import Doc, fmt, normalize_zip, HTML_HEAD, HTML_FOOT, FIXED_DT

r1 = lambda x: round(x + 1e-9, 1)
# Driftbudget tkr (nettokostnad): Utfall 2023, Budget 2024, Budget 2025, Plan 2026, Plan 2027
NAMNDER = [
    ("Kommunfullmäktige", [3610, 3720, 3850, 3920, 4000]),
    ("Kommunstyrelsen", [119840, 123500, 128400, 131200, 134100]),
    ("Barn- och utbildningsnämnden", [391250, 401300, 412900, 421600, 430800]),
    ("Socialnämnden", [372480, 386200, 398600, 409300, 420500]),
    ("Kultur- och fritidsnämnden", [29430, 30150, 31200, 31800, 32500]),
    ("Miljö- och byggnämnden", [8920, 9340, 9650, 9850, 10050]),
    ("Revisionen", [1380, 1410, 1450, 1480, 1510]),
    ("Valnämnden", [90, 820, 120, 650, 110]),
]
SUMN = [sum(n[1][i] for n in NAMNDER) for i in range(5)]
# Resultatbudget mnkr
SKATT = [781.4, 812.6, 843.9, 871.2, 899.5]
STATSB = [294.8, 307.1, 318.4, 324.0, 329.7]
FININT = [4.2, 3.8, 3.5, 3.5, 3.5]
FINKOST = [-9.6, -12.1, -13.8, -15.9, -17.4]
RESULT = [26.3, 9.8, 12.1, 15.4, 17.9]
INTAKT = [218.4, 224.0, 230.5, 236.0, 241.2]
AVSKR = [-41.8, -44.5, -47.2, -50.1, -52.6]
NETTO = [r1(RESULT[i] - SKATT[i] - STATSB[i] - FININT[i] - FINKOST[i]) for i in range(5)]
KOSTN = [r1(NETTO[i] - INTAKT[i] - AVSKR[i]) for i in range(5)]
FINANSF = [round(-NETTO[i] * 1000 - SUMN[i]) for i in range(5)]  # tkr
INVANARE = 14360

# Investeringar mnkr (projekt, 2025, 2026, 2027)
INVEST = [
    ("Ny sporthall i Heby¹", 45.0, 20.0, 0.0),
    ("Tillbyggnad Tärnsjö skola", 18.5, 6.0, 0.0),
    ("Förskola Östervåla, ombyggnad", 7.2, 0.0, 0.0),
    ("Gator, vägar och belysning", 9.0, 9.0, 9.5),
    ("Fastighetsunderhåll, reinvesteringar", 12.0, 12.5, 13.0),
    ("Bredband och IT", 3.4, 2.5, 2.5),
    ("Inventarier och välfärdsteknik", 4.1, 3.6, 3.6),
    ("Gång- och cykelväg Vittinge²", 2.8, 5.2, 0.0),
]
INV_SUM = [r1(sum(p[k] for p in INVEST)) for k in (1, 2, 3)]

# Delårsrapport 2025: prognos helår 2025 (mnkr nettokostnad)
PROGNOS = {
    "Kommunfullmäktige": 3.9,
    "Kommunstyrelsen": 126.9,
    "Barn- och utbildningsnämnden": 417.3,
    "Socialnämnden": 421.5,
    "Kultur- och fritidsnämnden": 31.0,
    "Miljö- och byggnämnden": 9.2,
    "Revisionen": 1.5,
    "Valnämnden": 0.1,
}
PROG_RES = -14.3


def budget_pdf(out):
    d = Doc("Heby kommun – Budget 2025 och flerårsplan 2026–2027")
    d.add_page()
    d.ln(45)
    d.set_font("DV", "B", 24)
    d.multi_cell(0, 11, "Budget 2025\noch flerårsplan 2026–2027", new_x="LMARGIN", new_y="NEXT")
    d.ln(5)
    d.set_font("DV", "", 12)
    d.multi_cell(0, 7, "Heby kommun\nBeslutad av kommunfullmäktige 2024-11-26, § 98\nDiarienummer KS 2024/215", new_x="LMARGIN", new_y="NEXT")

    d.add_page()
    d.h1("Inledning från kommunstyrelsens ordförande")
    d.p("Heby kommun ska vara en plats där det är lätt att leva, bo och driva företag. Med fem tätorter och en stor "
        "landsbygd har vi förutsättningar som få andra kommuner har. Men vi har också utmaningar: kostnaderna för "
        "socialtjänsten har ökat kraftigt och våra skollokaler behöver moderniseras.")
    d.p("I den här budgeten höjer vi inte skatten. Skattesatsen för 2025 är oförändrad, 22,61 kronor. I stället "
        "genomför vi effektiviseringar på totalt 9,8 miljoner kronor, varav 4,1 miljoner kronor inom barn- och "
        "utbildningsnämnden och 3,2 miljoner kronor inom kommunstyrelsen.")
    d.p("Samtidigt satsar vi där behoven är störst. Socialnämnden får 4,7 miljoner kronor extra för att möta ökade "
        "kostnader för placeringar, och vi avsätter 850 000 kronor till ett nytt familjecentrum i Östervåla.")
    d.p(f"Det budgeterade resultatet för 2025 är {fmt(RESULT[2])} miljoner kronor. Det är lägre än vårt långsiktiga mål "
        "om 2 procent, men vi har en plan för att nå målet 2027.")
    d.p("Lars-Erik Holm (C)\nKommunstyrelsens ordförande")

    d.add_page()
    d.h1("Förutsättningar")
    d.h2("Befolkning")
    d.p(f"Heby kommun hade {fmt(INVANARE,0)} invånare den 31 december 2023. Budgeten bygger på ett antagande om att "
        "befolkningen ökar med 40 personer per år under planperioden. Antalet invånare 80 år och äldre beräknas öka "
        "med 110 personer fram till 2027.")
    d.h2("Skatteintäkter och statsbidrag")
    d.p(f"Skatteintäkterna beräknas uppgå till {fmt(SKATT[2])} miljoner kronor 2025 enligt SKR:s prognos från "
        "oktober 2024. En förändring av skattesatsen med 10 öre motsvarar cirka 3,7 miljoner kronor.")
    d.h2("Personal")
    d.p("Löneökningar har budgeterats med 3,4 procent för 2025. Personalomkostnadspålägget (PO) är 40,15 procent. "
        "Kommunen har cirka 1 380 tillsvidareanställda.")
    d.h2("Finansiella mål")
    d.p("1. Årets resultat ska över en rullande treårsperiod uppgå till minst 2 procent av skatteintäkter och generella "
        "statsbidrag.\n2. Investeringar ska finansieras med egna medel till minst 70 procent över planperioden.\n"
        "3. Låneskulden per invånare ska inte överstiga 45 000 kronor.")

    d.add_page()
    d.h1("Verksamhetsmål")
    for t, s in [("Barn- och utbildningsnämnden", "Andelen elever i årskurs 9 som uppnått kunskapskraven i alla ämnen ska öka "
                  "från 68 procent 2023 till minst 75 procent 2027."),
                 ("Socialnämnden", "Andelen brukare inom hemtjänsten som är nöjda med sin hemtjänst ska vara minst 90 procent. "
                  "Antalet placerade barn och unga i HVB ska minska."),
                 ("Kommunstyrelsen", "Företagsklimatet enligt Svenskt Näringslivs ranking ska förbättras. Kommunens "
                  "fossilfria fordonsflotta ska uppgå till 80 procent 2027."),
                 ("Kultur- och fritidsnämnden", "Antalet besök på kommunens bibliotek ska öka med 5 procent per år."),
                 ("Miljö- och byggnämnden", "Handläggningstiden för kompletta bygglovsärenden ska vara högst 5 veckor.")]:
        d.h2(t)
        d.p(s)

    d.add_page()
    d.h1("Resultatbudget")
    d.caption("Miljoner kronor")
    W = [70, 20, 20, 20, 20, 20]
    hdr = [["", "Utfall", "Budget", "Budget", "Plan", "Plan"], ["", "2023", "2024", "2025", "2026", "2027"]]
    rows = []
    def row(label, vals):
        rows.append([label] + [fmt(v) for v in vals])
    row("Verksamhetens intäkter", INTAKT)
    row("Verksamhetens kostnader", KOSTN)
    row("Avskrivningar", AVSKR)
    row("Verksamhetens nettokostnader", NETTO)
    row("Skatteintäkter", SKATT)
    row("Generella statsbidrag och utjämning", STATSB)
    row("Verksamhetens resultat", [r1(NETTO[i] + SKATT[i] + STATSB[i]) for i in range(5)])
    row("Finansiella intäkter", FININT)
    row("Finansiella kostnader", FINKOST)
    row("Årets resultat", RESULT)
    rows.append(["Resultat i % av skatter och statsbidrag"] + [fmt(100 * RESULT[i] / (SKATT[i] + STATSB[i]), 1) for i in range(5)])
    d.table(hdr, rows, W, bold=(3, 6, 9))

    d.add_page()
    d.h1("Balansbudget")
    d.caption("Miljoner kronor")
    W = [80, 22, 22, 22, 22]
    hdr = [["", "Budget", "Budget", "Plan", "Plan"], ["", "2024", "2025", "2026", "2027"]]
    mat = [1105.0, 1168.3, 1201.5, 1218.0]
    oms = [148.0, 141.2, 139.9, 142.3]
    ek = [412.6, 424.7, 440.1, 458.0]
    pens = [64.1, 67.1, 70.1, 73.1]
    lang = [550.0, 585.0, 590.0, 580.0]
    tot = [r1(mat[i] + oms[i]) for i in range(4)]
    kort = [r1(tot[i] - ek[i] - pens[i] - lang[i]) for i in range(4)]
    rows = [["Anläggningstillgångar"] + [fmt(v) for v in mat],
            ["Omsättningstillgångar"] + [fmt(v) for v in oms],
            ["Summa tillgångar"] + [fmt(v) for v in tot],
            ["Eget kapital"] + [fmt(v) for v in ek],
            ["Avsättningar"] + [fmt(v) for v in pens],
            ["Långfristiga skulder"] + [fmt(v) for v in lang],
            ["Kortfristiga skulder"] + [fmt(v) for v in kort],
            ["Summa eget kapital, avsättningar och skulder"] + [fmt(v) for v in tot]]
    d.table(hdr, rows, W, bold=(2, 7))
    d.p(f"Soliditeten exklusive ansvarsförbindelsen för pensioner beräknas till {fmt(100*ek[1]/tot[1],1)} procent 2025.")

    d.add_page()
    d.h1("Nämndernas budgetramar")
    d.p("Nämndernas ramar för 2025 har räknats upp med 3,4 procent för löneökningar och 2,0 procent för övriga "
        "kostnader. Därefter har effektiviseringskraven dragits av och riktade satsningar lagts till.")
    d.p("Barn- och utbildningsnämndens ram ökar med 11,6 miljoner kronor jämfört med 2024. Satsningen på "
        "elevhälsa om 1,2 miljoner kronor ingår.")
    d.p("Socialnämndens ram ökar med 12,4 miljoner kronor, varav 4,7 miljoner kronor avser placeringar och "
        "850 000 kronor avser familjecentrum i Östervåla.")
    d.p("Kommunstyrelsens ram ökar med 4,9 miljoner kronor, främst för drift av den nya sporthallen som beräknas tas "
        "i bruk 2027 och för ökade kostnader för räddningstjänsten i Uppsala län.")
    d.p("Kultur- och fritidsnämnden får 300 000 kronor för att utöka öppettiderna på biblioteket i Tärnsjö.")

    d.add_page()
    d.h1("Kassaflödesbudget")
    d.caption("Miljoner kronor")
    W = [80, 25, 25, 25]
    hdr = [["", "Budget 2025", "Plan 2026", "Plan 2027"]]
    lop = [r1(RESULT[i] - AVSKR[i] + 3.0) for i in (2, 3, 4)]
    inv = [-v for v in INV_SUM]
    fin = [35.0, 5.0, -10.0]
    net = [r1(lop[i] + inv[i] + fin[i]) for i in range(3)]
    rows = [["Den löpande verksamheten"],
            ["Årets resultat"] + [fmt(RESULT[i]) for i in (2, 3, 4)],
            ["Justering för avskrivningar"] + [fmt(-AVSKR[i]) for i in (2, 3, 4)],
            ["Justering för pensionsavsättningar"] + ["3,0"] * 3,
            ["Medel från den löpande verksamheten"] + [fmt(v) for v in lop],
            ["Investeringsverksamheten"],
            ["Investering i materiella anläggningstillgångar"] + [fmt(v) for v in inv],
            ["Finansieringsverksamheten"],
            ["Nyupptagna lån / amortering"] + [fmt(v) for v in fin],
            ["Årets kassaflöde"] + [fmt(v) for v in net]]
    d.table(hdr, rows, W, bold=(4, 9), section=(0, 5, 7))
    d.p("Låneskulden beräknas uppgå till 585 miljoner kronor vid utgången av 2025, vilket motsvarar cirka 40 700 kronor per invånare.")

    d.add_page(orientation="L")
    d.h1("Driftbudget per nämnd")
    d.caption("Nettokostnad i tkr. Negativt belopp = kostnad.")
    W = [70, 27, 27, 27, 27, 22, 27, 27]
    hdr = [["Nämnd", "Utfall", "Budget", "Budget", "Förändring", "Förändring", "Plan", "Plan"],
           ["", "2023", "2024", "2025", "2024–2025", "%", "2026", "2027"]]
    rows = []
    def drow(label, v):
        ch = v[2] - v[1]
        pct = 100 * ch / v[1] if v[1] else 0
        rows.append([label, fmt(-v[0], 0), fmt(-v[1], 0), fmt(-v[2], 0), fmt(-ch, 0), fmt(pct, 1),
                     fmt(-v[3], 0), fmt(-v[4], 0)])
    for n, v in NAMNDER:
        drow(n, v)
    drow("Summa nämnder", SUMN)
    drow("Finansförvaltning och gemensamma kostnader", FINANSF)
    drow("Verksamhetens nettokostnader", [round(-NETTO[i] * 1000) for i in range(5)])
    d.table(hdr, rows, W, bold=(len(NAMNDER), len(NAMNDER) + 2), size=8.5)
    d.footnote("Förändring % avser förändringen av nettokostnaden mellan budget 2024 och budget 2025. Valnämndens budget "
               "varierar med valåren. Finansförvaltningen innehåller pensioner, kapitalkostnadsreglering och reserv för "
               "löneökningar.")

    d.add_page()
    d.h1("Investeringsbudget 2025–2027")
    d.caption("Belopp i mnkr")
    W = [82, 24, 24, 24]
    hdr = [["Projekt", "Budget 2025", "Plan 2026", "Plan 2027"]]
    rows = [[p[0], fmt(p[1]), fmt(p[2]), fmt(p[3])] for p in INVEST]
    rows.append(["Summa investeringar"] + [fmt(v) for v in INV_SUM])
    d.table(hdr, rows, W, bold=(len(rows) - 1,))
    d.footnote("¹ Sporthallen finansieras delvis med bidrag från Riksidrottsförbundet om 2,0 mnkr som inte är avräknat.\n"
               "² Under förutsättning av statlig medfinansiering från Trafikverket om 50 procent.")
    d.p(f"Investeringsnivån 2025 är {fmt(INV_SUM[0])} miljoner kronor, den högsta i kommunens historia. Den nya sporthallen "
        "i Heby ersätter den gamla hallen från 1968 och får en fullstor handbollsplan och läktare för 400 personer.")
    d.p("Kommunens bolag Hebygårdar AB planerar egna investeringar om 62 miljoner kronor 2025, som inte ingår i kommunens budget.")

    d.add_page()
    d.h1("Uppdrag och budgetdirektiv")
    d.p("Kommunstyrelsen får i uppdrag att under 2025 ta fram en lokalförsörjningsplan för skolor och förskolor. "
        "Barn- och utbildningsnämnden får i uppdrag att utreda skolstrukturen i Östervåla och Tärnsjö.")
    d.p("Socialnämnden får i uppdrag att redovisa en handlingsplan för att minska kostnaderna för externa placeringar "
        "till kommunstyrelsen senast den 30 april 2025.")
    d.p("Nämnderna ska redovisa en ekonomisk uppföljning per den 30 april, en delårsrapport per den 31 augusti och "
        "en årsredovisning per den 31 december.")
    d.output(out)


def delar_pdf(out):
    d = Doc("Delårsrapport januari–augusti 2025 · Heby kommun")
    d.add_page()
    d.ln(50)
    d.set_font("DV", "B", 26)
    d.multi_cell(0, 12, "Delårsrapport\njanuari–augusti 2025", new_x="LMARGIN", new_y="NEXT")
    d.set_font("DV", "", 13)
    d.multi_cell(0, 7, "Heby kommun\nBehandlad av kommunfullmäktige 2025-10-21", new_x="LMARGIN", new_y="NEXT")

    d.add_page()
    d.h1("Sammanfattning")
    d.p(f"Resultatet för perioden januari–augusti 2025 uppgår till 8,6 miljoner kronor. Prognosen för helåret pekar dock "
        f"på ett underskott om {fmt(PROG_RES)} miljoner kronor, vilket är {fmt(RESULT[2] - PROG_RES)} miljoner kronor "
        f"sämre än det budgeterade resultatet om {fmt(RESULT[2])} miljoner kronor.")
    d.p("Den främsta orsaken är socialnämnden, som prognostiserar ett underskott till följd av fler placeringar av barn "
        "och unga samt ökade kostnader för personlig assistans. Även barn- och utbildningsnämnden prognostiserar ett "
        "underskott, främst på grund av ökade kostnader för tilläggsbelopp och skolskjutsar.")
    d.p("Kommunstyrelsen har beslutat om ett anställningsstopp för administrativa tjänster från den 1 oktober 2025 och "
        "uppdragit åt nämnderna att ta fram åtgärdsplaner.")
    d.h2("Viktiga händelser under perioden")
    d.p("• Byggstart för den nya sporthallen i Heby i maj 2025.\n• Familjecentrum i Östervåla öppnade i mars.\n"
        "• Kommunen anställde 42 sommarjobbare och 18 feriepraktikanter.")

    d.add_page()
    d.h1("Nämndernas prognos för helåret")
    d.caption("Nettokostnad, mnkr. Underskott anges inom parentes.")
    W = [74, 26, 26, 26]
    hdr = [["Nämnd", "Budget", "Prognos", "Avvikelse"], ["", "2025", "2025", ""]]
    rows = []
    tb = tp = 0
    for n, v in NAMNDER:
        b = round(v[2] / 1000, 1)
        p = PROGNOS[n]
        rows.append([n, fmt(b), fmt(p), fmt(r1(b - p), paren=True)])
        tb += b; tp += p
    rows.append(["Summa nämnder", fmt(r1(tb)), fmt(r1(tp)), fmt(r1(tb - tp), paren=True)])
    d.table(hdr, rows, W, bold=(len(rows) - 1,))
    d.p(f"Nämnderna prognostiserar sammantaget en negativ avvikelse om {fmt(r1(tp-tb))} miljoner kronor. "
        "Finansförvaltningen prognostiserar ett underskott om 1,2 miljoner kronor, främst till följd av lägre "
        "skatteintäkter än budgeterat enligt SKR:s augustiprognos.")

    d.add_page()
    d.h1("Resultaträkning")
    d.caption("Belopp i mnkr")
    W = [72, 24, 24, 24, 24]
    hdr = [["", "Utfall", "Utfall", "Budget", "Prognos"], ["", "jan–aug 2024", "jan–aug 2025", "2025", "2025"]]
    rows = [["Verksamhetens intäkter", "148,9", "154,2", fmt(INTAKT[2]), "229,8"],
            ["Verksamhetens kostnader", "-795,6", "-829,7", fmt(KOSTN[2]), "-1 388,7"],
            ["Avskrivningar", "-28,9", "-30,8", fmt(AVSKR[2]), "-46,5"],
            ["Verksamhetens nettokostnader", "-675,6", "-706,3", fmt(NETTO[2]), "-1 205,4"],
            ["Skatteintäkter", "541,7", "560,3", fmt(SKATT[2]), "838,1"],
            ["Generella statsbidrag och utjämning", "204,8", "213,4", fmt(STATSB[2]), "318,4"],
            ["Finansiella intäkter och kostnader", "-6,1", "-8,8", fmt(r1(FININT[2] + FINKOST[2])), "-15,4"],
            ["Periodens resultat", "64,8", "58,6", fmt(RESULT[2]), fmt(PROG_RES)]]
    d.table(hdr, rows, W, bold=(3, 7))
    d.footnote("Periodens resultat för januari–augusti påverkas av att semesterlöneskulden är lägre efter sommaren.")
    d.output(out)


def html(out):
    nav = "\n".join(f'<li><a href="/{s}">{t}</a></li>' for s, t in [
        ("forskola-och-skola", "Förskola och skola"), ("omsorg-och-hjalp", "Omsorg och hjälp"),
        ("bo-och-bygga", "Bo och bygga"), ("uppleva-och-gora", "Uppleva och göra"),
        ("kommun-och-politik", "Kommun och politik"), ("naringsliv", "Näringsliv")])
    body = """<article class="page">
<h1>Ekonomi och nyckeltal</h1>
<p class="meta">Publicerad 2025-04-24 · Senast uppdaterad 2025-05-02</p>
<p class="lead">Här hittar du de viktigaste ekonomiska nyckeltalen för Heby kommun. Siffrorna kommer från kommunens årsredovisningar.</p>
<p>Heby kommun redovisade ett överskott om 18,6 miljoner kronor för 2024. Det var 8,8 miljoner kronor bättre än budget. Kommunfullmäktige godkände årsredovisningen för 2024 den 22 april 2025.</p>
<h2>Nyckeltal 2021–2024</h2>
<table>
<caption>Nyckeltal för Heby kommun</caption>
<thead>
<tr><th>Nyckeltal</th><th>2021</th><th>2022</th><th>2023</th><th>2024</th></tr>
</thead>
<tbody>
<tr><td>Invånare 31 december</td><td>14 212</td><td>14 298</td><td>14 360</td><td>14 402</td></tr>
<tr><td>Skattesats (kr)</td><td>22,61</td><td>22,61</td><td>22,61</td><td>22,61</td></tr>
<tr><td>Årets resultat (mnkr)</td><td>41,5</td><td>22,0</td><td>26,3</td><td>18,6</td></tr>
<tr><td>Nettoinvesteringar (mnkr)</td><td>58,2</td><td>71,6</td><td>84,0</td><td>92,7</td></tr>
<tr><td>Soliditet inkl. pensionsförpliktelser (%)</td><td>21,4</td><td>23,0</td><td>24,1</td><td>24,6</td></tr>
<tr><td>Låneskuld per invånare (kr)</td><td>31 700</td><td>34 900</td><td>37 200</td><td>38 400</td></tr>
</tbody>
</table>
<p>Soliditeten visar hur stor del av tillgångarna som finansierats med egna medel. En högre soliditet innebär en starkare finansiell ställning.</p>
<h2>Dokument</h2>
<ul>
<li><a href="/download/budget-2025-plan-2026-2027.pdf">Budget 2025 och flerårsplan 2026–2027 (pdf)</a></li>
<li><a href="/download/arsredovisning-2024.pdf">Årsredovisning 2024 (pdf)</a></li>
</ul>
<p>Har du frågor om kommunens ekonomi? Kontakta ekonomichef Annika Sjöberg via kommunens kontaktcenter.</p>
</article>
"""
    s = HTML_HEAD.format(title="Ekonomi och nyckeltal | Heby kommun", kommun="Heby kommun", nav=nav,
                         crumbs='<a href="/kommun-och-politik">Kommun och politik</a> / <a href="/kommun-och-politik/ekonomi">Ekonomi</a> / Ekonomi och nyckeltal')
    s += body + HTML_FOOT.format(kommun="Heby kommun", address="Box 24, 744 21 Heby", phone="0224-361 00",
                                 email="kommunen@heby.se")
    with open(out, "w", encoding="utf-8") as f:
        f.write(s)


def protokoll_docx(out):
    doc = docx.Document()
    st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10.5)
    doc.add_paragraph("HEBY KOMMUN")
    doc.add_heading("Protokoll – Kommunstyrelsen", level=1)
    doc.add_paragraph("Sammanträdesdatum 2025-09-30")
    doc.add_paragraph("Plats: Kommunhuset i Heby, sammanträdesrum Vittinge, kl. 13.00–16.40")
    doc.add_paragraph("Ordförande: Lars-Erik Holm (C). Sekreterare: Emma Nordin. Justerare: Karin Blom (S).")

    doc.add_heading("§ 112 Tilläggsanslag till socialnämnden 2025", level=2)
    doc.add_paragraph("Dnr KS 2025/312")
    doc.add_paragraph("Ärendebeskrivning")
    doc.add_paragraph("Socialnämnden har i delårsrapporten per den 31 augusti 2025 prognostiserat ett underskott. "
                      "Nämnden begär ett tilläggsanslag för att täcka de ökade kostnaderna för placeringar av barn och "
                      "unga, som nämnden inte har kunnat påverka. Fördelningen av underskottet framgår av tabellen.")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Verksamhet", "Budget 2025, tkr", "Prognos 2025, tkr", "Avvikelse, tkr"]):
        t.rows[0].cells[i].text = h
    rows = [("Äldreomsorg", 182400, 186900), ("Funktionsstöd och LSS", 98600, 104300),
            ("Individ- och familjeomsorg", 84300, 96800), ("Försörjningsstöd", 21200, 21700),
            ("Nämnd och administration", 12100, 11800)]
    for v, b, p in rows:
        c = t.add_row().cells
        c[0].text = v; c[1].text = fmt(b, 0); c[2].text = fmt(p, 0); c[3].text = fmt(b - p, 0)
    c = t.add_row().cells
    sb = sum(r[1] for r in rows); sp = sum(r[2] for r in rows)
    assert sb == 398600 and sp == 421500, (sb, sp)
    c[0].text = "Summa socialnämnden"; c[1].text = fmt(sb, 0); c[2].text = fmt(sp, 0); c[3].text = fmt(sb - sp, 0)
    doc.add_paragraph("Förslag till beslut")
    doc.add_paragraph("Kommunstyrelsens ordförande föreslår att socialnämnden beviljas ett tilläggsanslag om 6 500 tkr "
                      "för 2025, att finansieras ur kommunstyrelsens reserv för oförutsedda kostnader.")
    doc.add_paragraph("Beslut")
    doc.add_paragraph("Kommunstyrelsen föreslår kommunfullmäktige besluta att bevilja socialnämnden ett tilläggsanslag "
                      "om 6 500 tkr för 2025, och att uppdra åt socialnämnden att vidta åtgärder för att nå en budget i "
                      "balans för resterande underskott.")
    doc.add_paragraph("Reservation")
    doc.add_paragraph("Jonas Ek (M) och Fredrik Dahl (SD) reserverar sig mot beslutet till förmån för eget yrkande om "
                      "att inget tilläggsanslag ska beviljas.")

    doc.add_heading("§ 113 Anställningsstopp för administrativa tjänster", level=2)
    doc.add_paragraph("Dnr KS 2025/318")
    doc.add_paragraph("Mot bakgrund av delårsrapportens prognos föreslår kommundirektören ett tillfälligt anställningsstopp "
                      "för administrativa tjänster från den 1 oktober 2025 till den 31 mars 2026. Åtgärden beräknas minska "
                      "kostnaderna med cirka 1,8 miljoner kronor under 2025.")
    doc.add_paragraph("Beslut")
    doc.add_paragraph("Kommunstyrelsen beslutar att införa anställningsstopp för administrativa tjänster enligt förslaget. "
                      "Undantag kan medges av kommundirektören.")

    doc.add_heading("§ 114 Val av ersättare i Hebygårdar AB", level=2)
    doc.add_paragraph("Kommunstyrelsen utser Anders Lund (KD) till ny ersättare i styrelsen för Hebygårdar AB efter "
                      "Maria Svensson (KD) som avsagt sig uppdraget.")
    doc.add_paragraph("Justerandes signatur: Karin Blom (S)")
    cp = doc.core_properties
    cp.author = "Heby kommun"; cp.title = "Protokoll KS 2025-09-30"
    cp.created = FIXED_DT.replace(tzinfo=None); cp.modified = FIXED_DT.replace(tzinfo=None); cp.last_modified_by = "Heby kommun"
    cp.revision = 1
    doc.save(out)
    normalize_zip(out)


def verks_xlsx(out):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Driftbudget 2025"
    ws.append(["Heby kommun – driftbudget per verksamhet 2025"])
    ws.append(["Belopp i tkr"])
    ws.append(["Nämnd", "Verksamhet", "Intäkter", "Kostnader", "Nettokostnad"])
    rows = [
        ("Barn- och utbildningsnämnden", "Förskola", 14200, -118600),
        ("Barn- och utbildningsnämnden", "Fritidshem", 4100, -22900),
        ("Barn- och utbildningsnämnden", "Grundskola och förskoleklass", 9800, -196400),
        ("Barn- och utbildningsnämnden", "Gymnasieskola", 3100, -88300),
        ("Barn- och utbildningsnämnden", "Vuxenutbildning", 6300, -14500),
        ("Barn- och utbildningsnämnden", "Nämnd och förvaltningsledning", 0, -9700),
        ("Socialnämnden", "Äldreomsorg", 31800, -214200),
        ("Socialnämnden", "Funktionsstöd och LSS", 22700, -121300),
        ("Socialnämnden", "Individ- och familjeomsorg", 3900, -88200),
        ("Socialnämnden", "Försörjningsstöd", 0, -21200),
        ("Socialnämnden", "Nämnd och administration", 0, -12100),
    ]
    for nm in ("Barn- och utbildningsnämnden", "Socialnämnden"):
        tot_i = tot_k = 0
        for r in rows:
            if r[0] == nm:
                ws.append([r[0], r[1], r[2], r[3], r[2] + r[3]])
                tot_i += r[2]; tot_k += r[3]
        ws.append([f"Summa {nm.lower()}", None, tot_i, tot_k, tot_i + tot_k])
    ws.append([])
    ws.append(["Negativa belopp avser kostnader. Källa: Heby kommun, ekonomiavdelningen."])
    ws["A1"].font = Font(bold=True, size=13)
    for c in ws[3]:
        c.font = Font(bold=True)
    ws2 = wb.create_sheet("Befolkning")
    ws2.append(["Befolkningsförändringar i Heby kommun 2019–2024"])
    ws2.append(["Antal personer"])
    ws2.append(["År", "Folkmängd 31 dec", "Födda", "Döda", "Inflyttade", "Utflyttade"])
    pop = [(2019, 14054, 142, 171, 905, 842), (2020, 14131, 139, 189, 951, 824), (2021, 14212, 151, 176, 932, 826),
           (2022, 14298, 128, 182, 978, 838), (2023, 14360, 133, 174, 921, 818), (2024, 14402, 125, 168, 897, 812)]
    for r in pop:
        ws2.append(list(r))
    ws2["A1"].font = Font(bold=True, size=13)
    wb.properties.creator = "Heby kommun"
    wb.properties.created = FIXED_DT.replace(tzinfo=None)
    wb.properties.modified = FIXED_DT.replace(tzinfo=None)
    wb.save(out)
    normalize_zip(out)
    # consistency: bun and socialnämnden netto equal driftbudget 2025
    bun = sum(r[2] + r[3] for r in rows if r[0].startswith("Barn"))
    soc = sum(r[2] + r[3] for r in rows if r[0].startswith("Soc"))
    assert bun == -412900 and soc == -398600, (bun, soc)


def press_txt(out):
    s = f"""PRESSMEDDELANDE
Heby kommun, 2025-10-02

Heby kommun prognostiserar underskott – åtgärder sätts in

Heby kommun räknar med ett underskott på {fmt(-PROG_RES)} miljoner kronor för 2025. Det framgår av delårsrapporten för januari–augusti som kommunstyrelsen behandlade den 30 september. I budgeten räknade kommunen med ett överskott på {fmt(RESULT[2])} miljoner kronor.

Det är framför allt kostnaderna inom socialtjänsten som ökar. Socialnämnden prognostiserar ett underskott på 22,9 miljoner kronor, varav 12,5 miljoner kronor inom individ- och familjeomsorgen.

"Det här är en allvarlig situation och vi tar den på största allvar. Vi inför ett anställningsstopp för administrativa tjänster och alla nämnder ska ta fram åtgärdsplaner", säger Lars-Erik Holm (C), kommunstyrelsens ordförande.

Kommunstyrelsen föreslår också att socialnämnden får ett tilläggsanslag på 6,5 miljoner kronor. Kommunfullmäktige fattar beslut i frågan den 21 oktober.

Trots underskottet fortsätter byggandet av den nya sporthallen i Heby, som beräknas bli klar i december 2026.

För mer information:
Annika Sjöberg, ekonomichef, 0224-361 15
Lars-Erik Holm (C), kommunstyrelsens ordförande, 0224-361 02
"""
    with open(out, "w", encoding="utf-8") as f:
        f.write(s)


def build(outdir):
    os.makedirs(outdir, exist_ok=True)
    budget_pdf(os.path.join(outdir, "budget-2025-flerarsplan-2026-2027.pdf"))
    delar_pdf(os.path.join(outdir, "delarsrapport-jan-aug-2025.pdf"))
    html(os.path.join(outdir, "ekonomi-och-nyckeltal.html"))
    protokoll_docx(os.path.join(outdir, "protokoll-kommunstyrelsen-2025-09-30.docx"))
    verks_xlsx(os.path.join(outdir, "driftbudget-per-verksamhet-2025.xlsx"))
    press_txt(os.path.join(outdir, "pressmeddelande-delarsrapport-2025.txt"))
