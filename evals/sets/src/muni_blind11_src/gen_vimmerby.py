"""Vimmerby kommun: budget PDF, KS minutes DOCX, investment XLSX, press release HTML."""
import os
from pdfkit import Doc, sv
from docx import Document
from docx.shared import Pt
import openpyxl

YEARS = ["Utfall\n2025", "Budget\n2026", "Budget\n2027", "Plan\n2028", "Plan\n2029"]

# ---- data, tenths of mnkr -------------------------------------------------
TAX = [
    ("Skatteintäkter", [9412, 9768, 10155, 10498, 10872]),
    ("Inkomstutjämning", [2456, 2571, 2689, 2774, 2860]),
    ("Kostnadsutjämning", [418, 452, 487, 495, 503]),
    ("Regleringsbidrag/-avgift", [-36, 52, 118, 96, 74]),
    ("LSS-utjämning", [-121, -128, -134, -139, -143]),
    ("Kommunal fastighetsavgift", [412, 429, 447, 458, 470]),
]
TAX_SUM = [sum(r[1][i] for r in TAX) for i in range(5)]
SKATT = TAX[0][1]
GENSTB = [TAX_SUM[i] - SKATT[i] for i in range(5)]

KS_ROWS = [
    ("Kommunledningsförvaltningen", [-1186, -1224, -1262, -1290, -1318]),
    ("Näringsliv och turism", [-241, -256, -249, -252, -255]),
    ("Räddningstjänst", [-318, -331, -347, -356, -365]),
]
NAMND_ROWS = [
    ("Barn- och utbildningsnämnden", [-5124, -5287, -5431, -5560, -5694]),
    ("Socialnämnden", [-4968, -5142, -5378, -5521, -5672]),
    ("Kultur- och fritidsnämnden", [-472, -489, -503, -511, -519]),
    ("Samhällsbyggnadsnämnden", [-398, -412, -437, -446, -455]),
    ("Överförmyndarnämnden", [-41, -43, -45, -46, -47]),
    ("Revisionen", [-24, -25, -26, -27, -27]),
    ("Valnämnden", [-2, -14, -3, -3, -12]),
]
FINANS = [184, 171, 143, 121, 98]


def colsum(rows):
    return [sum(r[1][i] for r in rows) for i in range(5)]


KS_SUM = colsum(KS_ROWS)
NAMND_SUM = colsum(NAMND_ROWS)
DRIFT_TOT = [KS_SUM[i] + NAMND_SUM[i] + FINANS[i] for i in range(5)]
VNK = DRIFT_TOT
INT = [2381, 2310, 2365, 2410, 2455]
AVS = [-612, -648, -689, -724, -751]
KOST = [VNK[i] - INT[i] - AVS[i] for i in range(5)]
VRES = [VNK[i] + SKATT[i] + GENSTB[i] for i in range(5)]
FIN_I = [52, 41, 38, 38, 39]
FIN_K = [-71, -88, -96, -104, -109]
RES = [VRES[i] + FIN_I[i] + FIN_K[i] for i in range(5)]

# investments, tenths of mnkr: Budget 2027, Plan 2028..2031
INV = [
    ("sec", "Kommunstyrelsen"),
    ("IT-infrastruktur och digitalisering", [45, 40, 40, 35, 35]),
    ("Höjdfordon räddningstjänsten", [0, 92, 0, 0, 0]),
    ("Ny brandstation Södra Vi", [150, 220, 0, 0, 0]),
    ("Fastighetsunderhåll verksamhetslokaler", [180, 180, 170, 170, 160]),
    ("Energieffektivisering och solceller", [60, 60, 50, 50, 50]),
    ("sec", "Barn- och utbildningsnämnden"),
    ("Ny förskola Storebro", [185, 240, 0, 0, 0]),
    ("Tillbyggnad Tuna skola", [0, 45, 120, 0, 0]),
    ("Inventarier skola och förskola", [30, 30, 30, 30, 30]),
    ("Skolgårdar", [25, 25, 20, 20, 20]),
    ("sec", "Socialnämnden"),
    ("Särskilt boende Södra Vi, om- och tillbyggnad", [210, 260, 170, 0, 0]),
    ("Välfärdsteknik", [22, 20, 20, 15, 15]),
    ("Inventarier LSS-bostad Gullringen", [18, 0, 0, 0, 0]),
    ("sec", "Kultur- och fritidsnämnden"),
    ("Renovering Vimmerby simhall", [0, 0, 85, 160, 0]),
    ("Spontanidrottsplatser", [15, 15, 10, 10, 10]),
    ("Biblioteksinventarier", [8, 8, 8, 8, 8]),
    ("BREAK", None),
    ("sec", "Samhällsbyggnadsnämnden"),
    ("Gator och vägar, beläggning", [95, 95, 100, 100, 100]),
    ("Gång- och cykelvägar", [60, 45, 45, 40, 40]),
    ("Gatubelysning", [35, 35, 30, 30, 30]),
    ("Exploatering bostadsområde Tallbacken", [120, 80, 40, 0, 0]),
    ("Parker och lekplatser", [20, 20, 15, 15, 15]),
    ("SUMSKATT", None),
    ("sec", "Affärsverksamhet VA och avfall"),
    ("Vattenverk Vimmerby, ny beredning", [140, 310, 280, 90, 0]),
    ("Överföringsledning Storebro–Vimmerby", [0, 85, 160, 120, 0]),
    ("Ledningsförnyelse VA", [110, 110, 115, 115, 120]),
    ("Återvinningscentral, ombyggnad", [45, 0, 0, 0, 0]),
    ("SUMAFF", None),
    ("SUMTOT", None),
]
INV_TAXF = [r for r in INV[:INV.index(("SUMSKATT", None))] if isinstance(r[1], list)]
INV_AFF = [r for r in INV[INV.index(("SUMSKATT", None)):] if isinstance(r[1], list)]
INV_TAXF_SUM = [sum(r[1][i] for r in INV_TAXF) for i in range(5)]
INV_AFF_SUM = [sum(r[1][i] for r in INV_AFF) for i in range(5)]
INV_TOT = [INV_TAXF_SUM[i] + INV_AFF_SUM[i] for i in range(5)]
NETINV = [512, 648] + INV_TOT[:3]  # utfall 2025, budget 2026, then 2027-2029

# balance (tenths)
ANL0 = 21480
EK0 = 9876
OMS = [2312, 2150, 2080, 2040, 2010]
AVSATT = [1214, 1262, 1305, 1349, 1392]
KORTF = [2634, 2580, 2610, 2650, 2690]
ANL = [ANL0]
for i in range(1, 5):
    ANL.append(ANL[-1] + NETINV[i] + AVS[i])
EK = [EK0]
for i in range(1, 5):
    EK.append(EK[-1] + RES[i])
TILLG = [ANL[i] + OMS[i] for i in range(5)]
LANGF = [TILLG[i] - EK[i] - AVSATT[i] - KORTF[i] for i in range(5)]

BUN = [
    ("Förskola", 118400, 121900),
    ("Pedagogisk omsorg", 4300, 3800),
    ("Grundskola och förskoleklass", 238600, 246200),
    ("Fritidshem", 21900, 22500),
    ("Gymnasieskola", 92800, 94100),
    ("Vuxenutbildning och SFI", 18200, 17400),
    ("Elevhälsa", 19600, 20300),
]
BUN.append(("Nämnd och förvaltningsledning", 528700 - sum(r[1] for r in BUN), 543100 - sum(r[2] for r in BUN)))
SN = [
    ("Särskilt boende", 168300, 176900),
    ("Hemtjänst", 98400, 102700),
    ("Hälso- och sjukvård", 41200, 43100),
    ("Funktionsstöd (LSS/SoL)", 112600, 118400),
    ("Individ- och familjeomsorg", 54900, 56200),
    ("Försörjningsstöd", 17800, 18600),
]
SN.append(("Nämnd och förvaltning", 514200 - sum(r[1] for r in SN), 537800 - sum(r[2] for r in SN)))

STAFF = [
    ("Kommunstyrelsen", 208, 212),
    ("Barn- och utbildningsnämnden", 601, 598),
    ("Socialnämnden", 716, 731),
    ("Kultur- och fritidsnämnden", 42, 41),
    ("Samhällsbyggnadsnämnden", 57, 58),
    ("Överförmyndarnämnden", 3, 3),
]


def t(v, **k):
    return sv(v / 10, 1, **k)


def build_budget(path):
    d = Doc("Budget 2027 med plan 2028–2029", "Vimmerby kommun")
    # p1 cover
    d.add_page()
    d.ln(60)
    d.set_font("DejaVu", "B", 26)
    d.multi_cell(0, 12, "Vimmerby kommun", align="C", new_x="LMARGIN", new_y="NEXT")
    d.set_font("DejaVu", "B", 20)
    d.multi_cell(0, 11, "Budget 2027\nmed plan 2028–2029", align="C", new_x="LMARGIN", new_y="NEXT")
    d.ln(10)
    d.set_font("DejaVu", "", 11)
    d.multi_cell(0, 6, "Antagen av kommunfullmäktige den 30 november 2026, § 148\nDnr KS 2026/0412",
                 align="C", new_x="LMARGIN", new_y="NEXT")
    # p2
    d.add_page()
    d.h1("Innehåll")
    for line in ["Kommunstyrelsens ordförande har ordet  3", "Omvärld och förutsättningar  4",
                 "Skatteintäkter och generella statsbidrag  5", "Resultatbudget  6", "Balansbudget  7",
                 "Finansiella mål  8", "Driftbudget per nämnd  9", "Barn- och utbildningsnämnden  10",
                 "Socialnämnden  11", "Övriga nämnder  12", "Investeringsbudget 2027–2031  13",
                 "Personal  15", "Ekonomistyrning och beslut  16"]:
        d.para(line)
    # p3
    d.add_page()
    d.h1("Kommunstyrelsens ordförande har ordet")
    d.para("Budget 2027 är den första budgeten efter valet i september 2026. Den nya majoriteten – Centerpartiet, "
           "Moderaterna och Kristdemokraterna – har i sitt budgetarbete prioriterat äldreomsorgen, skolan och en "
           "fortsatt stark ekonomi. Kommunens skattesats föreslås vara oförändrad, 22,46 kronor per "
           "skattekrona, vilket innebär att den totala skattesatsen i Vimmerby blir 33,86 kronor inklusive Region Kalmar län.")
    d.para("Socialnämnden får ett tillskott på 12,4 miljoner kronor för att möta ett ökat antal äldre med behov av "
           "hemtjänst och särskilt boende. Barn- och utbildningsnämnden får 6,8 miljoner kronor utöver "
           "pris- och löneuppräkningen, varav 2,1 miljoner kronor är öronmärkta för elevhälsan. Till sommarjobb "
           "för ungdomar avsätts 850 000 kronor, och föreningslivet får en höjd ram för föreningsbidrag med "
           "400 000 kronor.")
    d.para("Årets resultat budgeteras till " + t(RES[2]).replace("−", "-") + " miljoner kronor, vilket motsvarar "
           + sv(RES[2] / TAX_SUM[2] * 100, 1) + " procent av skatteintäkter och generella statsbidrag. "
           "Det är under det långsiktiga målet på 2,0 procent, men investeringarna i vattenverket och "
           "äldreomsorgen gör att vi medvetet accepterar en lägre resultatnivå under planperioden.")
    d.para("Karin Ståhlberg (C)\nKommunstyrelsens ordförande")
    # p4
    d.add_page()
    d.h1("Omvärld och förutsättningar")
    d.para("Sveriges Kommuner och Regioner (SKR) bedömer i sin oktoberprognos att skatteunderlaget växer med "
           "4,1 procent 2027. Inflationen har fallit tillbaka och Riksbankens styrränta ligger på 2,0 procent. "
           "För Vimmerby innebär det att skatteintäkterna ökar, men att kostnaderna för pensioner och "
           "löneavtal fortsätter att stiga.")
    d.para("Den 31 december 2025 hade Vimmerby kommun 15 638 invånare, vilket är 41 färre än ett år tidigare. "
           "Budgeten bygger på ett oförändrat invånarantal om 15 600 personer den 1 november 2026. Antalet "
           "invånare som är 80 år eller äldre väntas öka med cirka 90 personer fram till 2029, medan antalet barn "
           "i förskoleåldern minskar.")
    d.para("Turistnäringen är fortsatt viktig. Astrid Lindgrens Värld och besöksnäringen i centrala Vimmerby "
           "gav under 2025 drygt 640 000 gästnätter i kommunen. Kommunen satsar 2,5 miljoner kronor på "
           "destinationsutveckling under 2027 genom näringslivsenheten.")
    d.para("Kommunens pensionsskuld inklusive löneskatt uppgick till 498,2 miljoner kronor vid årsskiftet, "
           "varav 312,7 miljoner kronor redovisas som ansvarsförbindelse utanför balansräkningen.")
    # p5 tax table
    d.add_page()
    d.h1("Skatteintäkter och generella statsbidrag")
    d.para("Prognosen bygger på SKR:s cirkulär från oktober 2026 och en skattesats på 22,46 kronor. "
           "Regleringsposten har gått från en avgift 2025 till ett bidrag från 2026.")
    d.caption("Tabell 1. Skatteintäkter, generella statsbidrag och utjämning", "Belopp i mnkr")
    rows = [("row", n, [t(v) for v in vals]) for n, vals in TAX]
    rows.append(("sum", "Summa skatteintäkter och statsbidrag", [t(v) for v in TAX_SUM]))
    d.table(["Mnkr"] + YEARS, rows, [62, 23, 23, 23, 23, 23], hh=10)
    d.para("Skatteintäkter och generella statsbidrag ökar med " + sv((TAX_SUM[2] - TAX_SUM[1]) / 10, 1) +
           " miljoner kronor mellan budget 2026 och budget 2027.")
    # p6 resultatbudget
    d.add_page()
    d.h1("Resultatbudget")
    d.caption("Tabell 2. Resultatbudget", "Belopp i mnkr")
    rr = [
        ("row", "Verksamhetens intäkter", "1", INT),
        ("row", "Verksamhetens kostnader", "2", KOST),
        ("row", "Avskrivningar", "3", AVS),
        ("sum", "Verksamhetens nettokostnader", "", VNK),
        ("row", "Skatteintäkter", "4", SKATT),
        ("row", "Generella statsbidrag och utjämning", "5", GENSTB),
        ("sum", "Verksamhetens resultat", "", VRES),
        ("row", "Finansiella intäkter", "6", FIN_I),
        ("row", "Finansiella kostnader", "7", FIN_K),
        ("sum", "Årets resultat", "", RES),
    ]
    rows = [(k, n, [nt] + [t(v) for v in vals]) for k, n, nt, vals in rr]
    d.table(["Mnkr", "Not"] + YEARS, rows, [60, 10, 22, 22, 22, 22, 22], hh=10)
    d.para("Not 1. Avser bland annat taxor och avgifter, hyror samt riktade statsbidrag.\n"
           "Not 2. Inklusive personalkostnader, köp av verksamhet och lokalkostnader.\n"
           "Not 3. Avskrivningarna ökar till följd av investeringarna i vattenverk och förskolor.\n"
           "Not 4–5. Se tabell 1.\n"
           "Not 6–7. Räntekostnaderna beräknas med en genomsnittlig upplåningsränta på 2,9 procent.")
    # p7 balansbudget
    d.add_page()
    d.h1("Balansbudget")
    d.caption("Tabell 3. Balansbudget", "Belopp i mnkr")
    rb = [
        ("sec", "Tillgångar", None),
        ("row", "Anläggningstillgångar", ANL),
        ("row", "Omsättningstillgångar", OMS),
        ("sum", "Summa tillgångar", TILLG),
        ("sec", "Eget kapital, avsättningar och skulder", None),
        ("row", "Eget kapital", EK),
        ("row", "varav årets resultat", RES),
        ("row", "Avsättningar för pensioner", AVSATT),
        ("row", "Långfristiga skulder", LANGF),
        ("row", "Kortfristiga skulder", KORTF),
        ("sum", "Summa eget kapital och skulder", TILLG),
    ]
    rows = [(k, n, [t(v) for v in vals] if vals else []) for k, n, vals in rb]
    d.table(["Mnkr"] + [y.replace("\n", " ") for y in YEARS], rows, [62, 23, 23, 23, 23, 23], hh=7)
    d.para("Låneskulden ökar under planperioden, främst till följd av investeringarna i den taxefinansierade "
           "VA-verksamheten. Kommunfullmäktige har fastställt en låneram för 2027 på 1 850 miljoner kronor "
           "för kommunen och de helägda bolagen tillsammans.")
    # p8 financial targets
    d.add_page()
    d.h1("Finansiella mål")
    d.para("Kommunfullmäktige har beslutat om tre finansiella mål för god ekonomisk hushållning.")
    resp = [RES[i] / TAX_SUM[i] * 100 for i in range(5)]
    sol = [EK[i] / TILLG[i] * 100 for i in range(5)]
    sjf = [(RES[i] - AVS[i]) / NETINV[i] * 100 for i in range(5)]
    d.caption("Tabell 4. Finansiella mål och nyckeltal", "Procent")
    rows = [
        ("row", "Årets resultat i % av skatter och statsbidrag", ["2,0"] + [sv(v, 1) for v in resp]),
        ("row", "Soliditet, %", ["40,0"] + [sv(v, 1) for v in sol]),
        ("row", "Självfinansieringsgrad investeringar, %", ["100,0"] + [sv(v, 1) for v in sjf]),
        ("row", "Nettoinvesteringar, mnkr", ["–"] + [t(v) for v in NETINV]),
    ]
    d.table(["Nyckeltal", "Mål"] + YEARS, rows, [66, 14, 20, 20, 20, 20, 20], hh=10, size=7.8)
    d.para("Resultatmålet och självfinansieringsmålet nås inte under planperioden. Soliditeten sjunker "
           "när investeringarna finansieras med lån.")
    FIN = dict(resp=resp, sol=sol, sjf=sjf)
    # p9 landscape driftbudget
    d.add_page(orientation="L")
    d.h1("Driftbudget per nämnd")
    d.caption("Tabell 5. Nettokostnad per nämnd 2025–2029",
              "Belopp i mnkr. Nettokostnader anges med minustecken. Förändring % avser budget 2027 jämfört med budget 2026.")
    rows = [("sec", "Kommunstyrelsen", [])]

    def drow(kind, n, vals):
        ch = (vals[2] - vals[1]) / abs(vals[1]) * -100 if vals[1] else 0
        # change in net cost, positive = higher cost
        return (kind, n, [sv(v / 10, 1, neg="–") for v in vals] + [sv(ch, 1, neg="–")])

    for n, vals in KS_ROWS:
        rows.append(drow("row", "  " + n, vals))
    rows.append(drow("sum", "Summa kommunstyrelsen", KS_SUM))
    rows.append(("sec", "Nämnder", []))
    for n, vals in NAMND_ROWS:
        rows.append(drow("row", "  " + n, vals))
    rows.append(drow("sum", "Summa nämnder", NAMND_SUM))
    rows.append(("row", "Finansförvaltning", [sv(v / 10, 1, neg="–") for v in FINANS] + [""]))
    rows.append(drow("sum", "Summa verksamhetens nettokostnader", DRIFT_TOT))
    d.table(["Nämnd / verksamhet"] + YEARS + ["Förändring\n%"], rows, [80, 28, 28, 28, 28, 28, 28], hh=10)
    d.para("Finansförvaltningen innehåller bland annat intern ränta, pensionskostnader som inte fördelats till "
           "nämnderna och en central reserv på 4,0 miljoner kronor för oförutsedda kostnader.")
    # p10 BUN
    d.add_page(orientation="P")
    d.h1("Barn- och utbildningsnämnden")
    d.para("Nämnden ansvarar för förskola, grundskola, fritidshem, gymnasieskola och vuxenutbildning. "
           "Ordförande är Sofia Karlsson (M) och förvaltningschef är Henrik Wahlberg. Antalet barn i förskolan "
           "väntas minska med cirka 40 till hösten 2027, och den pedagogiska omsorgen i Rumskulla avvecklas.")
    d.caption("Tabell 6. Barn- och utbildningsnämndens budget per verksamhet", "Belopp i tkr (nettokostnad)")
    rows = []
    for n, a, b in BUN:
        rows.append(("row", n, [sv(a, 0), sv(b, 0), sv(b - a, 0, paren=True), sv((b - a) / a * 100, 1, paren=True)]))
    sa, sb = sum(r[1] for r in BUN), sum(r[2] for r in BUN)
    rows.append(("sum", "Summa", [sv(sa, 0), sv(sb, 0), sv(sb - sa, 0, paren=True), sv((sb - sa) / sa * 100, 1, paren=True)]))
    d.table(["Verksamhet", "Budget\n2026", "Budget\n2027", "Förändring\ntkr", "Förändring\n%"], rows,
            [70, 27, 27, 28, 28], hh=10)
    d.para("Vuxenutbildningen minskar sin ram med 800 000 kronor när antalet elever inom SFI minskar. Elevhälsan "
           "förstärks med två kuratorstjänster.")
    # p11 SN
    d.add_page()
    d.h1("Socialnämnden")
    d.para("Socialnämnden ansvarar för äldreomsorg, funktionsstöd och individ- och familjeomsorg. Ordförande är "
           "Lars-Göran Fransson (KD) och socialchef är Annika Rydén. Nämnden har under 2026 haft ett underskott "
           "inom placeringar av barn och unga, och prognosen i oktober pekade på ett negativt resultat om "
           "7,9 miljoner kronor för helåret 2026.")
    d.caption("Tabell 7. Socialnämndens budget per verksamhet", "Belopp i tkr (nettokostnad)")
    rows = []
    for n, a, b in SN:
        rows.append(("row", n, [sv(a, 0), sv(b, 0), sv(b - a, 0, paren=True), sv((b - a) / a * 100, 1, paren=True)]))
    sa, sb = sum(r[1] for r in SN), sum(r[2] for r in SN)
    rows.append(("sum", "Summa", [sv(sa, 0), sv(sb, 0), sv(sb - sa, 0, paren=True), sv((sb - sa) / sa * 100, 1, paren=True)]))
    d.table(["Verksamhet", "Budget\n2026", "Budget\n2027", "Förändring\ntkr", "Förändring\n%"], rows,
            [70, 27, 27, 28, 28], hh=10)
    d.para("Om- och tillbyggnaden av det särskilda boendet i Södra Vi ger 12 nya platser när den står klar "
           "hösten 2029. Driftkostnaden för de nya platserna beräknas till 9,6 miljoner kronor per helår och "
           "ingår i planen från 2030.")
    # p12 other committees
    d.add_page()
    d.h1("Övriga nämnder")
    d.h2("Kommunstyrelsen")
    d.para("Kommunstyrelsen leder och samordnar kommunens verksamhet. Under kommunstyrelsen finns "
           "kommunledningsförvaltningen, näringsliv och turism samt räddningstjänsten. Kommundirektör är "
           "Eva Lundgren Berg. Räddningstjänsten får 1,2 miljoner kronor för att anställa fler deltidsbrandmän "
           "i Södra Vi och Storebro.")
    d.h2("Kultur- och fritidsnämnden")
    d.para("Nämnden ansvarar för bibliotek, fritidsgårdar, idrottsanläggningar och kulturskola. Ordförande är "
           "Peter Lind (C). Simhallen i Vimmerby stängs för renovering från hösten 2029, och under tiden "
           "hänvisas simskolan till Hultsfred.")
    d.h2("Samhällsbyggnadsnämnden")
    d.para("Samhällsbyggnadsnämnden ansvarar för gator, parker, plan- och byggfrågor samt miljö- och hälsoskydd. "
           "Ordförande är Ingrid Sjöholm (M). Nämnden får 1,5 miljoner kronor för att korta handläggningstiderna "
           "för bygglov. VA- och avfallsverksamheten drivs av Vimmerby Energi & Miljö AB och finansieras av taxor.")
    d.h2("Överförmyndarnämnden, revisionen och valnämnden")
    d.para("Valnämndens budget är högre 2026 och 2029 till följd av de allmänna valen och valet till "
           "Europaparlamentet.")
    # p13-14 investments, continued table
    d.add_page()
    d.h1("Investeringsbudget 2027–2031")
    d.para("Investeringsbudgeten omfattar totalt " + t(sum(INV_TOT)) + " miljoner kronor under perioden "
           "2027–2031. De största projekten är den nya beredningen vid vattenverket i Vimmerby och om- och "
           "tillbyggnaden av det särskilda boendet i Södra Vi.")
    inv_head = ["Projekt", "Budget\n2027", "Plan\n2028", "Plan\n2029", "Plan\n2030", "Plan\n2031", "Totalt\n2027–31"]
    inv_w = [70, 18, 18, 18, 18, 18, 22]
    d.caption("Tabell 8. Investeringsbudget per nämnd och projekt", "Belopp i mnkr")
    rows = []

    def irow(kind, n, vals):
        return (kind, n, [t(v) if v else "–" for v in vals] + [t(sum(vals))])

    for r in INV:
        if r[0] == "BREAK":
            d.table(inv_head, rows, inv_w)
            d.set_font("DejaVu", "I", 8)
            d.cell(0, 5, "Tabellen fortsätter på nästa sida.", new_x="LMARGIN", new_y="NEXT")
            d.add_page()
            d.caption("Tabell 8 (forts.). Investeringsbudget per nämnd och projekt", "Belopp i mnkr")
            rows = []
        elif r[0] == "sec":
            rows.append(("sec", r[1], []))
        elif r[0] == "SUMSKATT":
            rows.append(irow("sum", "Summa skattefinansierade investeringar", INV_TAXF_SUM))
        elif r[0] == "SUMAFF":
            rows.append(irow("sum", "Summa affärsverksamhet", INV_AFF_SUM))
        elif r[0] == "SUMTOT":
            rows.append(irow("sum", "Summa investeringar", INV_TOT))
        else:
            rows.append(irow("row", r[0], r[1]))
    d.table(inv_head, rows, inv_w)
    d.para("Investeringarna i affärsverksamheten finansieras helt av VA- och avfallstaxor. Beslut om start av "
           "projekt över 10 miljoner kronor fattas av kommunstyrelsen efter förstudie.")
    # p15 staff
    d.add_page()
    d.h1("Personal")
    d.para("Kommunen är en av de största arbetsgivarna i Vimmerby. Lönerevisionen för 2027 beräknas till "
           "3,2 procent och kostnaden för detta har fördelats ut till nämnderna. Sjukfrånvaron var 7,4 procent "
           "under 2025.")
    d.caption("Tabell 9. Antal årsarbetare per nämnd", "Antal årsarbetare")
    rows = [("row", n, [str(a), str(b), sv(b - a, 0, neg="−", plus=True) if b != a else "0"]) for n, a, b in STAFF]
    sa, sb = sum(r[1] for r in STAFF), sum(r[2] for r in STAFF)
    rows.append(("sum", "Summa", [str(sa).replace("", "") if sa < 1000 else sv(sa, 0), sv(sb, 0), sv(sb - sa, 0, plus=True)]))
    d.table(["Nämnd", "Budget 2026", "Budget 2027", "Förändring"], rows, [80, 30, 30, 30], hh=7)
    # p16 decision
    d.add_page()
    d.h1("Ekonomistyrning och beslut")
    d.para("Nämnderna ska bedriva sin verksamhet inom tilldelad ram. Om en nämnd prognostiserar ett underskott "
           "ska en åtgärdsplan redovisas till kommunstyrelsen senast vid nästkommande sammanträde.")
    d.para("Kommunfullmäktige beslutade den 30 november 2026, § 148, att fastställa budget 2027 med plan "
           "2028–2029, att skattesatsen för 2027 ska vara oförändrad 22,46 kronor, och att ge kommunstyrelsen "
           "rätt att under 2027 nyupplåna, det vill säga öka kommunens skulder, med högst 180 miljoner kronor.")
    d.para("Reservation anmäldes av Socialdemokraterna och Sverigedemokraterna till förmån för egna förslag.")
    d.output(path)
    return FIN


def build_minutes(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    doc.add_heading("Vimmerby kommun – Sammanträdesprotokoll", level=1)
    doc.add_paragraph("Kommunstyrelsen")
    doc.add_paragraph("Sammanträdesdatum: 2026-11-10")
    doc.add_paragraph("Plats och tid: Stadshuset, Sessionssalen, kl. 08.30–12.15")
    doc.add_paragraph("Beslutande: Karin Ståhlberg (C), ordförande, Magnus Bergkvist (M), förste vice ordförande, "
                      "Tomas Nyström (S), andre vice ordförande, Lena Hallberg (KD), Erik Svanberg (C), "
                      "Jenny Malmqvist (S), Åsa Lindh (SD), Rickard Öst (M), Helena Frid (V)")
    doc.add_paragraph("Övriga närvarande: Eva Lundgren Berg, kommundirektör, Mattias Holmqvist, ekonomichef, "
                      "Linnea Dahl, sekreterare")
    doc.add_paragraph("Justerare: Tomas Nyström (S). Justering sker den 13 november 2026.")
    doc.add_heading("§ 201 Budget 2027 med plan 2028–2029", level=2)
    doc.add_paragraph("Ekonomichef Mattias Holmqvist föredrar förslaget till budget. Skatteintäkter och generella "
                      "statsbidrag beräknas till 1 376,2 miljoner kronor för 2027.")
    doc.add_paragraph("Beslut: Kommunstyrelsen föreslår kommunfullmäktige att fastställa budget 2027 med plan "
                      "2028–2029 och att skattesatsen ska vara oförändrad 22,46 kronor.")
    doc.add_paragraph("Tomas Nyström (S) yrkar bifall till Socialdemokraternas budgetförslag, som innebär en "
                      "höjning av skattesatsen med 25 öre. Ordföranden ställer förslagen mot varandra och finner "
                      "att kommunstyrelsen beslutar enligt majoritetens förslag.")
    doc.add_heading("§ 202 Fördelning av föreningsbidrag 2027", level=2)
    doc.add_paragraph("Kultur- och fritidsnämnden har föreslagit följande fördelning av verksamhetsbidrag till "
                      "de största föreningarna. Beloppen anges i kronor.")
    rows = [
        ("Förening", "Beviljat 2026", "Förslag 2027"),
        ("Vimmerby IF", "285 000", "310 000"),
        ("Södra Vi GoIF", "142 000", "150 000"),
        ("Storebro IF", "96 000", "104 000"),
        ("Vimmerby Ryttarförening", "118 000", "118 000"),
        ("Frödinge hembygdsförening", "35 000", "42 000"),
        ("Vimmerby Simsällskap", "74 000", "80 000"),
        ("Summa", "750 000", "804 000"),
    ]
    tb = doc.add_table(rows=len(rows), cols=3)
    tb.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, c in enumerate(r):
            tb.cell(i, j).text = c
    doc.add_paragraph("Beslut: Kommunstyrelsen godkänner fördelningen enligt förslaget.")
    doc.add_heading("§ 203 Försäljning av fastigheten Storebro 3:41", level=2)
    doc.add_paragraph("Kommunen har fått ett bud på 1 250 000 kronor på den tidigare skolbyggnaden i Storebro "
                      "från Storebro Snickeri AB. Fastigheten har ett bokfört värde på 410 000 kronor.")
    doc.add_paragraph("Beslut: Kommunstyrelsen beslutar att sälja fastigheten Storebro 3:41 för 1 250 000 kronor.")
    doc.add_heading("§ 204 Medborgarförslag om utegym i Rumskulla", level=2)
    doc.add_paragraph("Ett medborgarförslag om att bygga ett utegym vid bygdegården i Rumskulla har kommit in. "
                      "Kostnaden har uppskattats till 320 000 kronor.")
    doc.add_paragraph("Beslut: Medborgarförslaget avslås med hänvisning till att medel saknas i "
                      "investeringsbudgeten. Helena Frid (V) reserverar sig mot beslutet.")
    doc.add_heading("§ 205 Ny brandstation i Södra Vi – förstudie", level=2)
    doc.add_paragraph("Räddningschef Patrik Engström redovisar förstudien. Den beräknade utgiften för en ny "
                      "brandstation är 37,0 miljoner kronor, fördelat på 2027 och 2028.")
    doc.add_paragraph("Beslut: Kommunstyrelsen godkänner förstudien och ger samhällsbyggnadsförvaltningen i "
                      "uppdrag att upphandla entreprenaden.")
    doc.add_paragraph("Vid protokollet: Linnea Dahl")
    doc.save(path)


XLSX_INV = [
    ("Ny förskola Storebro", "Barn- och utbildningsnämnden", 3500, 2140, 3200),
    ("Fastighetsunderhåll verksamhetslokaler", "Kommunstyrelsen", 17500, 12870, 17500),
    ("IT-infrastruktur och digitalisering", "Kommunstyrelsen", 4200, 2950, 4000),
    ("Gator och vägar, beläggning", "Samhällsbyggnadsnämnden", 9000, 8420, 9600),
    ("Gång- och cykelvägar", "Samhällsbyggnadsnämnden", 5500, 1980, 4100),
    ("Välfärdsteknik", "Socialnämnden", 2000, 1210, 1800),
    ("Spontanidrottsplats Södra Vi", "Kultur- och fritidsnämnden", 1500, 1465, 1465),
    ("Vattenverk Vimmerby, projektering", "Affärsverksamhet VA", 6000, 3870, 5200),
]


def build_xlsx(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Investeringar 2026"
    ws.append(["Investeringsuppföljning januari–oktober 2026, Vimmerby kommun (tkr)"])
    ws.append([])
    ws.append(["Projekt", "Nämnd", "Budget 2026", "Utfall jan–okt", "Prognos helår"])
    for r in XLSX_INV:
        ws.append(list(r))
    ws.append(["Summa", "", sum(r[2] for r in XLSX_INV), sum(r[3] for r in XLSX_INV), sum(r[4] for r in XLSX_INV)])
    ws.column_dimensions["A"].width = 42
    ws.column_dimensions["B"].width = 30
    ws2 = wb.create_sheet("Tomter")
    ws2.append(["Tomtförsäljning 2026 per område"])
    ws2.append([])
    ws2.append(["Område", "Ort", "Lediga tomter 1 jan", "Sålda jan–okt", "Pris kr/kvm"])
    tomter = [("Tallbacken", "Vimmerby", 14, 6, 195), ("Nossen norra", "Vimmerby", 9, 4, 240),
              ("Kvarnbacken", "Södra Vi", 7, 2, 95), ("Ekbacken", "Storebro", 5, 1, 85),
              ("Gullringen centrum", "Gullringen", 6, 0, 70)]
    for r in tomter:
        ws2.append(list(r))
    ws2.append(["Summa", "", sum(r[2] for r in tomter), sum(r[3] for r in tomter), None])
    wb.save(path)


HTML = """<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>Nu byggs Solgläntan i Södra Vi om – Vimmerby kommun</title>
<style>body{font-family:Arial,sans-serif} .cookie{background:#eee;padding:8px} nav a{margin-right:12px}</style>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}</script>
</head><body>
<div class="cookie" id="cookie-banner"><p>Vi använder kakor (cookies) för att förbättra din upplevelse av vimmerby.se.
<a href="/om-webbplatsen/kakor">Läs mer om kakor</a></p><button>Godkänn alla</button> <button>Endast nödvändiga</button></div>
<header><a href="/" class="logo">Vimmerby kommun</a>
<nav><a href="/omsorg-och-stod">Omsorg och stöd</a><a href="/utbildning">Utbildning och förskola</a>
<a href="/bygga-bo-och-miljo">Bygga, bo och miljö</a><a href="/uppleva-och-gora">Uppleva och göra</a>
<a href="/kommun-och-politik">Kommun och politik</a><a href="/nyheter">Nyheter</a></nav>
<form role="search"><input type="search" placeholder="Sök på webbplatsen"><button>Sök</button></form></header>
<div class="breadcrumbs"><a href="/">Start</a> / <a href="/nyheter">Nyheter</a> / Nu byggs Solgläntan i Södra Vi om</div>
<main><article>
<h1>Nu byggs Solgläntan i Södra Vi om – 64 miljoner kronor till äldreomsorgen</h1>
<p class="date">Publicerad 2026-12-01</p>
<p class="lead">Det särskilda boendet Solgläntan i Södra Vi ska byggas om och byggas till. När bygget är klart hösten 2029 har boendet 36 platser i stället för dagens 24.</p>
<p>Kommunfullmäktige i Vimmerby fattade beslut om budget 2027 den 30 november. I investeringsbudgeten finns totalt 64 miljoner kronor för om- och tillbyggnaden av Solgläntan, fördelat på åren 2027–2029.</p>
<p>– Vi vet att antalet äldre över 80 år ökar i hela kommunen. Med fler platser i Södra Vi kan fler bo kvar nära sin familj, säger Lars-Göran Fransson (KD), ordförande i socialnämnden.</p>
<p>Arbetet sker i två etapper. Den första etappen, med en ny flygel med tolv lägenheter, startar i mars 2027. Under den andra etappen renoveras de befintliga avdelningarna. Entreprenör är Kalmar Byggpartner AB, som vann upphandlingen med ett anbud på 58,3 miljoner kronor. Resterande del av budgeten avser inredning, projektledning och en reserv.</p>
<p>De boende flyttar under ombyggnaden tillfälligt till Vimmerbys särskilda boende Lindgården. Anhöriga bjuds in till ett informationsmöte i Södra Vi bygdegård den 14 januari 2027 klockan 18.00.</p>
<h2>Fakta Solgläntan</h2>
<ul><li>Platser i dag: 24</li><li>Platser efter ombyggnad: 36</li><li>Byggstart: mars 2027</li><li>Beräknad inflyttning: oktober 2029</li><li>Projektledare: Sara Wennberg, samhällsbyggnadsförvaltningen</li></ul>
<p>Kontakt: Annika Rydén, socialchef, telefon 0492-76 90 00</p>
</article>
<aside><h2>Relaterat</h2><ul><li><a href="/budget">Budget 2027 med plan 2028–2029</a></li><li><a href="/aldreomsorg">Särskilt boende</a></li></ul></aside>
</main>
<footer><p>Vimmerby kommun, Stadshuset, Sevedegatan 52, 598 81 Vimmerby</p><p>Telefon 0492-76 90 00 · kommun@vimmerby.se</p>
<p><a href="/tillganglighet">Tillgänglighetsredogörelse</a> · <a href="/personuppgifter">Behandling av personuppgifter</a> · Följ oss på Facebook och Instagram</p></footer>
</body></html>
"""


def build_all(outdir):
    os.makedirs(outdir, exist_ok=True)
    fin = build_budget(os.path.join(outdir, "vimmerby_budget_2027.pdf"))
    build_minutes(os.path.join(outdir, "vimmerby_ks_protokoll_2026-11-10.docx"))
    build_xlsx(os.path.join(outdir, "vimmerby_investeringsuppfoljning_okt2026.xlsx"))
    with open(os.path.join(outdir, "vimmerby_nyhet_solglantan.html"), "w", encoding="utf-8") as f:
        f.write(HTML)
    return fin
