"""Grums: budget PDF, delårsrapport PDF, HTML, DOCX, XLSX, TXT."""
import os

import docx
import openpyxl
from docx.shared import Pt

from common import Doc, fmt, t, fix_zip, html_page

POP25 = 8950
NAMNDER = [  # tkr: bokslut 2023, budget 2024, budget 2025, plan 2026, plan 2027
    ("Kommunfullmäktige", [2048, 2150, 2230, 2280, 2330]),
    ("Revisionen", [1120, 1180, 1210, 1240, 1270]),
    ("Kommunstyrelsen", [104560, 109840, 112450, 115300, 117900]),
    ("Utbildningsnämnden", [298730, 312480, 321960, 329100, 335800]),
    ("Socialnämnden", [331420, 346210, 357840, 366500, 374200]),
    ("Miljö- och byggnämnden", [8340, 8720, 8960, 9200, 9410]),
]
SUMTKR = [sum(v[i] for _, v in NAMNDER) for i in range(5)]
GEM = [195, 205, 214, 224, 232]
AVS = [285, 298, 316, 334, 347]
INT = [1876, 1910, 1945, 1980, 2015]
FI = [41, 38, 36, 35, 34]
FK = [-96, -112, -128, -141, -150]
RES = [97, 31, 89, 112, 135]
GSB = [2680, 2765, 2841, 2890, 2936]
N = [-(round(SUMTKR[i] / 100) + GEM[i]) for i in range(5)]
KOST = [N[i] - INT[i] + AVS[i] for i in range(5)]
VR = [RES[i] - FI[i] - FK[i] for i in range(5)]
SKATT = [VR[i] - N[i] - GSB[i] for i in range(5)]

INVEST = [  # tenths mnkr
    ("Ny idrottshall Grums", "KS", [250, 180, 0]),
    ("Renovering Sågenskolan", "UN", [145, 95, 40]),
    ("Förskola Slottsbron", "UN", [120, 60, 0]),
    ("Inventarier skolor", "UN", [15, 15, 15]),
    ("Ombyggnad Solgården särskilt boende", "SN", [80, 120, 60]),
    ("Välfärdsteknik", "SN", [12, 12, 12]),
    ("Gator och gatubelysning", "KS", [55, 55, 60]),
    ("Gång- och cykelväg Grums–Slottsbron", "KS", [30, 0, 0]),
    ("Gästhamn Grums", "KS", [25, 0, 0]),
    ("IT-investeringar", "KS", [18, 18, 20]),
    ("Fastighetsunderhåll", "KS", [70, 75, 80]),
    ("VA-ledningar, förnyelse", "KS/VA", [105, 110, 115]),
]
INVTOT = [sum(x[2][i] for x in INVEST) for i in range(3)]
assert INVTOT == [925, 740, 402], INVTOT

PROG = [("Kommunfullmäktige", 22, 14, 22), ("Revisionen", 12, 7, 12), ("Kommunstyrelsen", 1098, 701, 1089),
        ("Utbildningsnämnden", 3125, 2062, 3146), ("Socialnämnden", 3462, 2381, 3548),
        ("Miljö- och byggnämnden", 87, 55, 85)]


def m(v, neg="-"):
    return fmt(t(v), 1, neg)


def budget_pdf(path):
    d = Doc("Grums kommun | Budget 2025 och flerårsplan 2026–2027")
    d.add_page()
    d.set_font("DV", "B", 24)
    d.ln(50)
    d.multi_cell(0, 12, "Budget 2025\noch flerårsplan 2026–2027", align="C")
    d.set_font("DV", "", 13)
    d.ln(8)
    d.multi_cell(0, 7, "Grums kommun\nBeslutad i kommunfullmäktige 25 november 2024", align="C")

    d.add_page()
    d.h1("Inledning från kommunstyrelsens ordförande")
    d.p("Grums står inför en av de tuffaste budgetprocesserna på länge. Kostnaderna inom socialtjänsten har ökat "
        "snabbare än skatteintäkterna, och prognosen för 2024 pekar mot ett underskott. Vi har därför tagit "
        "det svåra men nödvändiga beslutet att höja skatten med 30 öre till 22,71 kronor.")
    d.p("Skattehöjningen ger cirka 7,4 miljoner kronor i ökade intäkter per år. Samtidigt genomför vi "
        "besparingar på 6,3 miljoner kronor inom socialnämnden och 2,4 miljoner kronor inom utbildningsnämnden. "
        "Vi värnar kärnverksamheten: förskola, skola och omsorg om våra äldre.")
    d.p(f"Resultatet för 2025 budgeteras till {fmt(t(RES[2]))} miljoner kronor. Vi satsar också 450 000 kronor "
        "på feriearbeten så att alla gymnasieungdomar i Grums kan erbjudas ett sommarjobb.")
    d.p("Den största investeringen under perioden är den nya idrottshallen i Grums, som beräknas kosta 43 "
        "miljoner kronor och stå klar till höstterminen 2026.")
    d.p("Karin Åberg (S)\nKommunstyrelsens ordförande")

    d.add_page()
    d.h1("Styrmodell och mål")
    d.p("Grums kommun styrs utifrån visionen ”Grums – nära till allt, tillsammans för framtiden”. "
        "Kommunfullmäktige har beslutat om fem inriktningsmål för perioden 2023–2026:")
    for g in ["Grums ska vara en trygg och attraktiv kommun att bo och verka i.",
              "Alla barn och elever ska ges förutsättningar att nå kunskapsmålen.",
              "Äldre ska kunna leva ett självständigt liv med god omsorg.",
              "Kommunen ska vara en attraktiv arbetsgivare med frisk personal.",
              "Kommunens ekonomi ska vara långsiktigt hållbar."]:
        d.p("• " + g)
    d.h2("Finansiella mål")
    d.p("Årets resultat ska uppgå till minst 1,5 procent av skatteintäkter och generella statsbidrag, räknat "
        "som ett genomsnitt över fem år. Nettoinvesteringarna exklusive VA ska självfinansieras till minst 50 "
        "procent. Kommunens låneskuld får inte överstiga 420 miljoner kronor.")
    share = RES[2] / (SKATT[2] + GSB[2]) * 100
    d.p(f"Budget 2025 motsvarar ett resultat på {fmt(share)} procent av skatteintäkter och generella statsbidrag.")

    d.add_page()
    d.h1("Ekonomiska förutsättningar")
    d.p("Skatteintäkterna beräknas utifrån SKR:s prognos i oktober 2024 och ett invånarantal på "
        f"{fmt(POP25, 0)} personer. Befolkningen har minskat varje år sedan 2020, och prognosen pekar mot en "
        "fortsatt svag minskning.")
    d.p("Nämnderna har kompenserats för löneökningar med 3,4 procent. Någon kompensation för prisökningar ges "
        "inte 2025, vilket innebär en effektivisering på cirka 1 procent för alla nämnder.")
    d.p("Kommunen beräknas ta emot riktade statsbidrag på totalt 2,8 miljoner kronor för äldreomsorgen, som "
        "inte ingår i nämndernas ramar.")
    d.h2("Känslighetsanalys")
    d.p("En procents förändring av skatteunderlaget motsvarar cirka 5,6 miljoner kronor. En procents "
        "löneökning motsvarar cirka 4,9 miljoner kronor. Tio nya invånare ger ungefär 0,6 miljoner kronor i "
        "ökade skatteintäkter och statsbidrag.")

    d.add_page()
    d.h1("Resultatbudget")
    hdr = [["Belopp i mnkr", "Utfall", "Budget", "Budget", "Plan", "Plan"],
           ["", "2023", "2024", "2025", "2026", "2027"]]
    W = [70, 20, 20, 20, 20, 20]
    rows = [
        ("Verksamhetens intäkter", INT), ("Verksamhetens kostnader", KOST), ("Avskrivningar", [-a for a in AVS]),
        ("Verksamhetens nettokostnader", N), ("Skatteintäkter", SKATT),
        ("Generella statsbidrag och utjämning", GSB), ("Verksamhetens resultat", VR),
        ("Finansiella intäkter", FI), ("Finansiella kostnader", FK), ("Resultat efter finansiella poster", RES),
        ("Extraordinära poster", [0, 0, 0, 0, 0]), ("Årets resultat", RES)]
    d.table(hdr, [[a] + [m(x) for x in v] for a, v in rows], W,
            bold_labels=("Verksamhetens nettokostnader", "Årets resultat"))
    d.note("Utfall 2023 enligt årsredovisningen. Budget 2024 enligt beslut i kommunfullmäktige november 2023.")

    d.add_page()
    d.h1("Kassaflödesbudget")
    NYL = [250, 150, 0]
    AMO = [-20, -20, -40]
    lop = [RES[i + 2] + AVS[i + 2] for i in range(3)]
    kf = [lop[i] - INVTOT[i] + NYL[i] + AMO[i] for i in range(3)]
    hdr = [["Belopp i mnkr", "Budget", "Plan", "Plan"], ["", "2025", "2026", "2027"]]
    W = [90, 25, 25, 25]
    rows = [("Årets resultat", RES[2:]), ("Avskrivningar", AVS[2:]), ("Kassaflöde från löpande verksamhet", lop),
            ("Nettoinvesteringar", [-x for x in INVTOT]), ("Nya lån", NYL), ("Amortering", AMO),
            ("Förändring av likvida medel", kf)]
    d.table(hdr, [[a] + [m(x) for x in v] for a, v in rows], W,
            bold_labels=("Kassaflöde från löpande verksamhet", "Förändring av likvida medel"))
    d.p("Låneskulden beräknas öka från 352 miljoner kronor vid utgången av 2024 till 375 miljoner kronor vid "
        "utgången av 2025.")

    d.add_page()
    d.h1("Driftbudget")
    d.p("Driftbudgeten anger nämndernas ramar (kommunbidrag) i tusentals kronor. Förändringen avser budget 2025 "
        "jämfört med budget 2024.")
    hdr = [["Belopp i tkr", "Bokslut", "Budget", "Budget", "Förändring", "Förändring", "Plan", "Plan"],
           ["", "2023", "2024", "2025", "tkr", "%", "2026", "2027"]]
    W = [46, 18, 18, 18, 20, 20, 18, 18]
    rows = []
    for name, v in NAMNDER:
        rows.append([name, fmt(v[0], 0), fmt(v[1], 0), fmt(v[2], 0), fmt(v[2] - v[1], 0),
                     fmt((v[2] - v[1]) / v[1] * 100), fmt(v[3], 0), fmt(v[4], 0)])
    s = SUMTKR
    rows.append(["Summa", fmt(s[0], 0), fmt(s[1], 0), fmt(s[2], 0), fmt(s[2] - s[1], 0),
                 fmt((s[2] - s[1]) / s[1] * 100), fmt(s[3], 0), fmt(s[4], 0)])
    d.table(hdr, rows, W, bold_labels=("Summa",), size=8)
    d.note("Kommunfullmäktige och revisionen redovisas var för sig. Finansförvaltningen ingår inte.")
    d.add_page()
    d.h1("Nämndernas uppdrag 2025")
    d.h2("Kommunstyrelsen")
    d.p("Kommunstyrelsen ansvarar för kommunledning, samhällsbyggnad, räddningstjänst, kultur och fritid. "
        "Ramen omfattar 450 000 kronor för feriearbeten och 1,2 miljoner kronor för drift av den nya "
        "idrottshallen från hösten 2026 (helårseffekt 2027).")
    d.h2("Utbildningsnämnden")
    d.p("Nämnden ansvarar för förskola, grundskola, gymnasieskola och vuxenutbildning. Besparingen på 2,4 "
        "miljoner kronor nås genom färre grupper i förskolan när barnkullarna minskar.")
    d.h2("Socialnämnden")
    d.p("Socialnämnden ansvarar för äldreomsorg, LSS och individ- och familjeomsorg. Nämnden har 2024 haft stora "
        "kostnader för externa placeringar av barn och unga. Besparingar på 6,3 miljoner kronor ska nås genom "
        "hemmaplanslösningar och minskad användning av inhyrd personal.")
    d.h2("Miljö- och byggnämnden")
    d.p("Nämnden ansvarar för bygglov, miljötillsyn och livsmedelskontroll och samverkar med Kils kommun om "
        "miljöinspektörer.")

    d.add_page(orientation="L")
    d.h1("Investeringsbudget 2025–2027")
    hdr = [["Projekt", "Ansvarig", "Budget 2025", "Plan 2026", "Plan 2027", "Summa 2025–2027"]]
    W = [95, 30, 30, 30, 30, 40]
    rows = [[a, b] + [m(x) for x in v] + [m(sum(v))] for a, b, v in INVEST]
    rows.append(["Summa investeringar", ""] + [m(x) for x in INVTOT] + [m(sum(INVTOT))])
    d.table(hdr, rows, W, caption="Belopp i mnkr", bold_labels=("Summa investeringar",), size=9)
    d.note("KS = kommunstyrelsen, UN = utbildningsnämnden, SN = socialnämnden, VA = vatten och avlopp.\n"
           "Utöver beloppen i tabellen har 3,5 mnkr för projektering av idrottshallen budgeterats 2024.")
    d.add_page(orientation="P")
    d.h1("Personal och kompetensförsörjning")
    d.p("Grums kommun har cirka 900 månadsanställda. Sjukfrånvaron var 7,4 procent 2023. Målet är att "
        "sjukfrånvaron ska understiga 6,5 procent 2025.")
    d.p("Behovet av undersköterskor, förskollärare och socialsekreterare är fortsatt stort. Kommunen satsar "
        "därför 1,5 miljoner kronor per år på ett utbildningsprogram där anställda kan läsa till undersköterska "
        "med bibehållen lön.")
    d.h2("Löneöversyn")
    d.p("Löneöversynen 2025 budgeteras centralt och fördelas till nämnderna när avtalen är klara. Inhyrd "
        "personal kostade kommunen 7,8 miljoner kronor 2023, och målet är att halvera kostnaden till 2025.")
    d.add_page()
    d.h1("Bilaga: Nyckeltal")
    hdr = [["", "Utfall 2023", "Budget 2024", "Budget 2025"]]
    W = [80, 28, 28, 28]
    rows = [["Invånare (1 nov året innan)", "9 015", "8 987", "8 950"],
            ["Skattesats, kr", "22,41", "22,41", "22,71"],
            ["Nettokostnad nämnder, kr per invånare",
             fmt(SUMTKR[0] * 1000 / 9015, 0), fmt(SUMTKR[1] * 1000 / 8987, 0), fmt(SUMTKR[2] * 1000 / 8950, 0)],
            ["Resultat i % av skatter och statsbidrag",
             fmt(RES[0] / (SKATT[0] + GSB[0]) * 100), fmt(RES[1] / (SKATT[1] + GSB[1]) * 100),
             fmt(RES[2] / (SKATT[2] + GSB[2]) * 100)]]
    d.table(hdr, rows, W)
    d.output(path)


def delar_pdf(path):
    d = Doc("Delårsrapport januari–augusti 2024 · Grums kommun")
    d.add_page()
    d.set_font("DV", "B", 24)
    d.ln(60)
    d.multi_cell(0, 12, "Delårsrapport\njanuari–augusti 2024", align="C")
    d.set_font("DV", "", 13)
    d.multi_cell(0, 8, "Grums kommun", align="C")

    d.add_page()
    d.h1("Sammanfattning")
    d.p("Periodens resultat uppgår till 14,6 mnkr (21,3 mnkr motsvarande period 2023). Helårsprognosen pekar "
        "dock mot ett underskott på 6,8 mnkr, vilket är 9,9 mnkr sämre än det budgeterade resultatet på 3,1 mnkr.")
    d.p("Nämnderna prognostiserar sammantaget ett underskott mot budget på 9,6 mnkr. Socialnämnden står för "
        "den största avvikelsen, ett underskott på 8,6 mnkr, varav 5,2 mnkr avser externa placeringar av barn "
        "och unga. Skatteintäkterna väntas bli 1,2 mnkr högre än budget medan räntekostnaderna blir 1,5 mnkr "
        "högre.")
    d.p("Kommunstyrelsen har gett socialnämnden i uppdrag att ta fram en åtgärdsplan. Balanskravet bedöms inte "
        "uppfyllas 2024.")
    d.p("Sjukfrånvaron uppgick till 6,9 procent för perioden, jämfört med 7,6 procent samma period 2023.")

    Nb, Sb, Gb, FIb, FKb = N[1], SKATT[1], GSB[1], FI[1], FK[1]
    Np = Nb - 96
    Sp = Sb + 12
    FKp = FKb - 15
    VRb = Nb + Sb + Gb
    VRp = Np + Sp + Gb
    Rp = VRp + FIb + FKp
    assert Rp == -68, Rp
    S24, G24, FI24, FK24 = round(Sb * 0.66), round(Gb * 0.66), 26, -73
    N24 = 146 - S24 - G24 - FI24 - FK24
    S23, G23, FI23, FK23 = round(SKATT[0] * 0.66), round(GSB[0] * 0.66), 28, -61
    N23 = 213 - S23 - G23 - FI23 - FK23
    d.add_page()
    d.h1("Resultaträkning")
    hdr = [["", "", "Utfall", "Utfall", "Budget", "Prognos", "Avvikelse"],
           ["Mnkr", "Not", "jan–aug", "jan–aug", "2024", "2024", "mot"],
           ["", "", "2024", "2023", "", "", "budget"]]
    W = [62, 10, 19, 19, 19, 19, 20]
    P = lambda v: m(v, "paren")
    rows = [
        ["Verksamhetens nettokostnader", "1", P(N24), P(N23), P(Nb), P(Np), P(Np - Nb)],
        ["Skatteintäkter", "2", P(S24), P(S23), P(Sb), P(Sp), P(Sp - Sb)],
        ["Generella statsbidrag och utjämning", "2", P(G24), P(G23), P(Gb), P(Gb), P(0)],
        ["Verksamhetens resultat", "", P(N24 + S24 + G24), P(N23 + S23 + G23), P(VRb), P(VRp), P(VRp - VRb)],
        ["Finansiella intäkter", "", P(FI24), P(FI23), P(FIb), P(FIb), P(0)],
        ["Finansiella kostnader", "3", P(FK24), P(FK23), P(FKb), P(FKp), P(FKp - FKb)],
        ["Periodens/årets resultat", "", P(146), P(213), P(31), P(Rp), P(Rp - 31)],
    ]
    d.table(hdr, rows, W, caption="Negativa belopp anges inom parentes.",
            bold_labels=("Periodens/årets resultat",))
    d.note("Not 1: Inklusive avskrivningar. Not 2: Enligt SKR:s prognos augusti 2024. Not 3: Räntekostnader "
           "på lån samt finansiell kostnad för pensionsskulden.")

    d.add_page()
    d.h1("Nämndernas ekonomi")
    hdr = [["Mnkr", "Budget 2024", "Utfall jan–aug", "Prognos 2024", "Avvikelse"]]
    W = [60, 26, 28, 26, 24]
    rows = []
    sb = su = sp = 0
    for name, b, u, p in PROG:
        rows.append([name, m(b), m(u), m(p), m(b - p, "paren")])
        sb += b
        su += u
        sp += p
    rows.append(["Summa nämnder", m(sb), m(su), m(sp), m(sb - sp, "paren")])
    assert sb == round(SUMTKR[1] / 100), (sb, SUMTKR[1])
    d.table(hdr, rows, W, caption="Nettokostnader per nämnd. Avvikelse = budget minus prognos; underskott inom "
            "parentes.", bold_labels=("Summa nämnder",))
    d.h2("Socialnämnden")
    d.p("Socialnämnden prognostiserar ett underskott på 8,6 mnkr. Externa placeringar av barn och unga väntas "
        "kosta 5,2 mnkr mer än budgeterat, och hemtjänsten visar ett underskott på 2,9 mnkr till följd av "
        "fler beviljade timmar. Nämnden har tagit fram en åtgärdsplan om 4,5 mnkr som beräknas få full effekt "
        "först 2025.")
    d.h2("Utbildningsnämnden")
    d.p("Utbildningsnämnden prognostiserar ett underskott på 2,1 mnkr, främst på grund av ökade kostnader för "
        "gymnasieskola i andra kommuner (interkommunal ersättning).")
    d.h2("Kommunstyrelsen")
    d.p("Kommunstyrelsen prognostiserar ett överskott på 0,9 mnkr tack vare vakanta tjänster.")

    d.add_page()
    d.h1("Investeringar")
    d.p("Investeringsbudgeten för 2024 uppgår till 84,0 mnkr inklusive ombudgeteringar från 2023. Under januari–"
        "augusti har 38,4 mnkr investerats. Prognosen för helåret är 71,5 mnkr.")
    hdr = [["Mnkr", "Budget 2024", "Utfall jan–aug", "Prognos 2024"]]
    W = [80, 28, 28, 28]
    rows = [["Idrottshall Grums, projektering", "3,5", "1,9", "3,5"],
            ["Renovering Sågenskolan", "22,0", "12,6", "20,0"],
            ["VA-ledningar", "18,0", "9,1", "15,5"],
            ["Gator och gatubelysning", "6,0", "3,8", "6,0"],
            ["Fastighetsunderhåll", "9,5", "4,4", "8,5"],
            ["Övriga projekt", "25,0", "6,6", "18,0"],
            ["Summa", "84,0", "38,4", "71,5"]]
    d.table(hdr, rows, W, bold_labels=("Summa",))
    d.h1("Personal")
    d.p("Antalet månadsanställda var 894 den 31 augusti 2024, varav 712 tillsvidareanställda.")
    d.output(path)
    return Np, Sp


def html(path):
    rows = []
    for name, v in NAMNDER:
        pass
    b = dict((n, v[2]) for n, v in NAMNDER)
    kfrev = b["Kommunfullmäktige"] + b["Revisionen"]
    trs = [("Kommunstyrelsen", b["Kommunstyrelsen"]), ("Utbildningsnämnden", b["Utbildningsnämnden"]),
           ("Socialnämnden", b["Socialnämnden"]), ("Miljö- och byggnämnden", b["Miljö- och byggnämnden"]),
           ("Kommunfullmäktige och revision", kfrev)]
    tot = sum(x[1] for x in trs)
    rows = "\n".join(f"<tr><td>{n}</td><td>{fmt(v / 1000)}</td><td>{fmt(v / tot * 100)}</td></tr>" for n, v in trs)
    body = f"""<p class="ingress">Kommunfullmäktige i Grums har fastställt budgeten för 2025. Kommunalskatten höjs med 30 öre till 22,71 kronor per hundralapp, och budgeten ger ett överskott på 8,9 miljoner kronor.</p>
<p>Beslutet fattades på fullmäktiges sammanträde den 25 november efter votering. Socialdemokraternas och Centerpartiets förslag vann med 19 röster mot 12.</p>
<h2>Nämndernas ramar 2025</h2>
<table>
<caption>Nettokostnad per nämnd, budget 2025</caption>
<thead><tr><th>Nämnd</th><th>Mnkr</th><th>Andel, %</th></tr></thead>
<tbody>
{rows}
<tr><td>Totalt</td><td>{fmt(tot / 1000)}</td><td>100,0</td></tr>
</tbody>
</table>
<h2>Vad betyder skattehöjningen för mig?</h2>
<p>För den som tjänar 25 000 kronor i månaden innebär höjningen cirka 75 kronor mer i skatt per månad, eller 900 kronor per år.</p>
<h2>Satsningar och besparingar</h2>
<ul>
<li>Ny idrottshall i Grums, totalt 43 miljoner kronor, klar hösten 2026.</li>
<li>Feriearbeten för gymnasieungdomar, 450 000 kronor.</li>
<li>Besparingar på 6,3 miljoner kronor inom socialnämnden.</li>
</ul>
<p>Hela budgetdokumentet finns under <a href="#">Budget och årsredovisning</a>.</p>"""
    nav = ["Kommun och politik", "Utbildning och barnomsorg", "Omsorg och hjälp", "Bygga, bo och miljö",
           "Kultur och fritid", "Näringsliv och arbete"]
    with open(path, "w", encoding="utf-8") as f:
        f.write(html_page("Budget 2025: skatten höjs och idrottshallen byggs", "Grums kommun", nav, body,
                          "2024-11-27", "2024-12-02", phone="0555-420 00"))


def docx_file(path):
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_paragraph("Grums kommun")
    doc.add_paragraph("Kommunfullmäktige – Protokoll")
    doc.add_paragraph("Sammanträdesdatum: 2024-11-25")
    doc.add_paragraph("Plats: Folkets hus, Grums, kl. 18.00–21.40")
    doc.add_paragraph("Ordförande: Bengt Larsson (S)")
    doc.add_paragraph("Sekreterare: Helena Dahl")
    doc.add_paragraph("Justerare: Eva Mattsson (C) och Jonas Lövgren (M)")
    doc.add_heading("§ 86 Allmänhetens frågestund", level=2)
    doc.add_paragraph("Två frågor ställdes om gästhamnen och om skolskjutsar i Borgvik. Kommunstyrelsens "
                      "ordförande Karin Åberg (S) besvarade frågorna.")
    doc.add_heading("§ 87 Budget 2025 och flerårsplan 2026–2027", level=2)
    doc.add_paragraph("Dnr KS 2024/0412")
    doc.add_paragraph("Kommunstyrelsen har den 4 november 2024, § 201, föreslagit kommunfullmäktige att fastställa "
                      "budget 2025 och flerårsplan 2026–2027. Förslaget innebär att skattesatsen höjs från 22,41 "
                      "till 22,71 kronor.")
    doc.add_paragraph("Yrkanden: Karin Åberg (S) yrkar bifall till kommunstyrelsens förslag. Jonas Lövgren (M) "
                      "yrkar bifall till Moderaternas, Kristdemokraternas och Sverigedemokraternas gemensamma "
                      "budgetförslag med oförändrad skattesats 22,41 kronor.")
    doc.add_paragraph("Votering begärs och verkställs. Ja-röst för kommunstyrelsens förslag, nej-röst för "
                      "Jonas Lövgrens yrkande. Med 19 ja-röster mot 12 nej-röster beslutar fullmäktige enligt "
                      "kommunstyrelsens förslag.")
    doc.add_paragraph("Beslut: Kommunfullmäktige fastställer budget 2025 och flerårsplan 2026–2027 med "
                      "nämndernas ramar enligt tabellen nedan, samt fastställer skattesatsen för 2025 till 22,71 "
                      "kronor.")
    tbl = doc.add_table(rows=1, cols=3)
    h = tbl.rows[0].cells
    h[0].text, h[1].text, h[2].text = "Nämnd", "Kommunbidrag 2025, tkr", "Kommunbidrag 2024, tkr"
    for name, v in NAMNDER:
        r = tbl.add_row().cells
        r[0].text, r[1].text, r[2].text = name, fmt(v[2], 0), fmt(v[1], 0)
    r = tbl.add_row().cells
    r[0].text, r[1].text, r[2].text = "Summa", fmt(SUMTKR[2], 0), fmt(SUMTKR[1], 0)
    doc.add_paragraph("Reservation: Ledamöterna för Moderaterna, Kristdemokraterna och Sverigedemokraterna "
                      "reserverar sig mot beslutet till förmån för Jonas Lövgrens yrkande.")
    doc.add_heading("§ 88 Låneram 2025", level=2)
    doc.add_paragraph("Beslut: Kommunens låneram för 2025 fastställs till 420 miljoner kronor. Kommunen får under "
                      "2025 nyupplåna högst 25 miljoner kronor.")
    doc.add_heading("§ 89 VA-taxa 2025", level=2)
    doc.add_paragraph("Beslut: Brukningsavgifterna i VA-taxan höjs med 8 procent från den 1 januari 2025. "
                      "Anläggningsavgifterna lämnas oförändrade.")
    doc.add_paragraph("Reservation: Jonas Lövgren (M) reserverar sig mot beslutet.")
    doc.add_heading("§ 90 Avsägelser och fyllnadsval", level=2)
    doc.add_paragraph("Lisa Berg (C) har avsagt sig uppdraget som ersättare i socialnämnden. Fullmäktige väljer "
                      "Ahmed Hassan (C) till ny ersättare.")
    doc.core_properties.author = "Grums kommun"
    doc.core_properties.title = "Protokoll KF 2024-11-25"
    doc.save(path)
    fix_zip(path)


UN = [("Förskola", 6240, 84660), ("Grundskola inkl. förskoleklass", 9180, 152040), ("Fritidshem", 3150, 15550),
      ("Gymnasieskola", 4870, 67180), ("Vuxenutbildning", 5620, 15490), ("Gemensamt utbildningsnämnden", 300, 16400)]
SN = [("Särskilt boende för äldre", 21450, 150100), ("Hemtjänst", 7320, 93560), ("LSS", 12880, 71810),
      ("Individ- och familjeomsorg", 3940, 58660), ("Ekonomiskt bistånd", 400, 15000),
      ("Gemensamt socialnämnden", 150, 14850)]


def xlsx(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Budget 2025"
    ws.append(["Grums kommun – driftbudget 2025 per verksamhet"])
    ws.append(["Belopp i tkr"])
    ws.append(["Verksamhet", "Nämnd", "Intäkter", "Kostnader", "Nettokostnad"])
    for lst, nm, total in ((UN, "Utbildningsnämnden", 321960), (SN, "Socialnämnden", 357840)):
        si = sk = 0
        for v, i, k in lst:
            ws.append([v, nm, i, k, k - i])
            si += i
            sk += k
        assert sk - si == total, (nm, sk - si)
        ws.append([f"Summa {nm.lower()}", None, si, sk, sk - si])
    ws.append(["Nettokostnad = kostnader minus intäkter. Kommunstyrelsens verksamheter redovisas i separat bilaga."])
    ws2 = wb.create_sheet("Nyckeltal")
    ws2.append(["Grums kommun – nyckeltal 2020–2025"])
    ws2.append(["2020–2023 utfall, 2024 prognos, 2025 budget"])
    ws2.append(["År", "Invånare 31 dec", "Skattesats (kr)", "Årets resultat (mnkr)", "Nettoinvesteringar (mnkr)"])
    for r in [(2020, 9071, 22.41, 17.5, 44.2), (2021, 9046, 22.41, 28.9, 39.8), (2022, 9012, 22.41, 12.4, 58.1),
              (2023, 8987, 22.41, 9.7, 61.3), (2024, 8962, 22.41, -6.8, 71.5), (2025, 8950, 22.71, 8.9, 92.5)]:
        ws2.append(list(r))
    for row in ws.iter_rows(min_row=4):
        for c in row[2:]:
            c.number_format = "# ##0"
    for row in ws2.iter_rows(min_row=4):
        row[2].number_format = "0.00"
        row[3].number_format = "0.0"
        row[4].number_format = "0.0"
    wb.properties.creator = "Grums kommun"
    wb.save(path)
    fix_zip(path)


def txt(path):
    s = """PRESSMEDDELANDE
Grums kommun
2024-10-16

Grums kommun prognostiserar underskott – socialnämnden tar fram åtgärdsplan

Grums kommuns delårsrapport för januari–augusti 2024 visar ett överskott på 14,6 miljoner kronor för perioden. Men för helåret pekar prognosen mot ett underskott på 6,8 miljoner kronor.

Den största orsaken är socialnämndens kostnader, som väntas överskrida budgeten med 8,6 miljoner kronor. Framför allt har kostnaderna för placeringar av barn och unga ökat.

– Det är en allvarlig signal. Vi har redan inlett arbetet med en åtgärdsplan på 4,5 miljoner kronor, men full effekt får vi först nästa år, säger ekonomichef Anders Wikström.

Kommunstyrelsens ordförande Karin Åberg (S) säger att underskottet måste återställas inom tre år enligt kommunallagen.

– Vi kommer att behöva fatta tuffa beslut i budgeten för 2025, även om skatten, säger hon.

Delårsrapporten behandlas av kommunfullmäktige den 28 oktober.

Fakta
Periodens resultat jan–aug 2024: 14,6 mnkr
Prognos årets resultat 2024: -6,8 mnkr
Budgeterat resultat 2024: 3,1 mnkr
Investeringar jan–aug: 38,4 mnkr

För mer information:
Anders Wikström, ekonomichef, 0555-421 30
Karin Åberg (S), kommunstyrelsens ordförande, 0555-421 01
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(s)


def build(out):
    os.makedirs(out, exist_ok=True)
    budget_pdf(os.path.join(out, "budget-2025-flerarsplan-2026-2027.pdf"))
    delar_pdf(os.path.join(out, "delarsrapport-jan-aug-2024.pdf"))
    html(os.path.join(out, "nyhet-budget-2025.html"))
    docx_file(os.path.join(out, "kf-protokoll-2024-11-25.docx"))
    xlsx(os.path.join(out, "driftbudget-2025-per-verksamhet.xlsx"))
    txt(os.path.join(out, "pressmeddelande-delarsrapport-2024.txt"))
    print("grums sums", SUMTKR, "N", N, "SKATT", SKATT, "KOST", KOST, "VR", VR)
