"""Ulricehamns kommun: documents for dev-muni35 (deterministic)."""
import os

import docx
import openpyxl
from docx.shared import Pt
from openpyxl.styles import Font

from common import Doc, sv, normalize_zip, HTML_CSS

OUT = None
POP_BUDGET = 25300

RB = {
    "int": [312.5, 318.0, 325.4, 331.9, 338.5],
    "kost": [-2010.8, -2092.6, -2156.3, -2214.0, -2270.9],
    "avskr": [-82.4, -88.1, -94.0, -99.5, -104.2],
    "skatt": [1365.9, 1420.3, 1476.8, 1523.1, 1574.0],
    "gsb": [452.8, 468.1, 487.6, 497.0, 502.3],
    "finint": [14.2, 12.0, 11.5, 11.5, 11.5],
    "finkost": [-16.9, -22.4, -24.8, -26.3, -27.9],
}
RB["vnk"] = [round(a + b + c, 1) for a, b, c in zip(RB["int"], RB["kost"], RB["avskr"])]
RB["vres"] = [round(a + b + c, 1) for a, b, c in zip(RB["vnk"], RB["skatt"], RB["gsb"])]
RB["res"] = [round(a + b + c, 1) for a, b, c in zip(RB["vres"], RB["finint"], RB["finkost"])]
RB["pct"] = [round(100 * r / (s + g), 1) for r, s, g in zip(RB["res"], RB["skatt"], RB["gsb"])]
assert RB["vnk"] == [-1780.7, -1862.7, -1924.9, -1981.6, -2036.6], RB["vnk"]
assert RB["res"] == [35.3, 15.3, 26.2, 23.7, 23.3], RB["res"]

# Driftbudget in tkr: name, budget 2024, budget 2025, plan 2026, plan 2027
DRIFT = [
    ("Kommunfullmäktige", 6050, 6250, 6400, 6550),
    ("Kommunstyrelsen", 192100, 198400, 203900, 209300),
    ("Bildningsnämnden", 818300, 842700, 866200, 889900),
    ("Välfärdsnämnden", 695800, 721350, 745100, 768400),
    ("Tekniska nämnden", 62400, 64800, 66500, 68200),
    ("Kultur- och fritidsnämnden", 57300, 58900, 60300, 61700),
    ("Miljö- och byggnadsnämnden", 12150, 12600, 12900, 13250),
]
FIN = (6400, 19900, 20300, 19300)
DSUM = [sum(r[i] for r in DRIFT) for i in (1, 2, 3, 4)]
assert DSUM == [1844100, 1905000, 1961300, 2017300], DSUM
DTOT = [a + b for a, b in zip(DSUM, FIN)]
assert DTOT == [1850500, 1924900, 1981600, 2036600]

INV = [
    ("Tingsholmsgymnasiet, tillbyggnad", "BN", 24.0, 36.0, 10.0),
    ("Förskola Gällstad", "BN", 18.5, 4.0, 0.0),
    ("Vård- och omsorgsboende Bronäs, 60 platser", "VFN", 12.0, 55.0, 48.0),
    ("Ulricehamns badhus, renovering", "KFN", 22.0, 8.0, 0.0),
    ("Gator, broar och belysning", "TN", 15.5, 15.5, 15.5),
    ("Resecentrum Ulricehamn", "TN", 9.0, 14.0, 0.0),
    ("Verksamhetsområde Rönnåsen, exploatering", "KS", 16.0, 12.0, 5.0),
    ("IT och digitalisering", "KS", 5.5, 5.0, 5.0),
    ("Inventarier och övriga reinvesteringar", "Alla", 7.5, 7.5, 7.5),
]
INV_SUM = [round(sum(r[i] for r in INV), 1) for i in (2, 3, 4)]
assert INV_SUM == [130.0, 157.0, 91.0], INV_SUM

# delårsrapport: prognos per nämnd 2024 (tkr)
PROGNOS = [5900, 189400, 823900, 708200, 63100, 56800, 11650]


def budget_pdf():
    d = Doc("Ulricehamns kommun", "Budget och plan 2025–2027")
    d.no_head = True
    d.add_page()
    d.ln(45)
    d.set_font("DV", "B", 24)
    d.multi_cell(0, 11, "Budget och plan\n2025–2027", new_x="LMARGIN", new_y="NEXT")
    d.set_font("DV", "", 12)
    d.ln(5)
    d.multi_cell(0, 7, "Ulricehamns kommun\nBeslutad av kommunfullmäktige 2024-11-28, § 201", new_x="LMARGIN", new_y="NEXT")
    d.no_head = False

    d.add_page()
    d.h1("Inledning av kommunstyrelsens ordförande")
    d.p("Ulricehamn växer. Den 30 juni 2024 passerade vi 25 200 invånare och i budgeten räknar vi med 25 300 "
        "invånare under 2025. Det är glädjande, men det ställer också krav på att vi bygger skolor, förskolor "
        "och boenden i takt med att kommunen växer.")
    d.p("De kommande åren präglas av stora investeringar. Under 2025 investerar kommunen 130,0 miljoner kronor "
        "och under hela planperioden 378,0 miljoner kronor. Det största projektet är det nya vård- och "
        "omsorgsboendet på Bronäs med 60 platser.")
    d.p("Samtidigt är ekonomin ansträngd. Det budgeterade resultatet för 2025 är 26,2 miljoner kronor, vilket "
        "motsvarar 1,3 procent av skatteintäkter och generella statsbidrag. Det innebär att vi inte når det "
        "finansiella målet om 2 procent under 2025. För att vända utvecklingen genomförs en besparing på 12,5 "
        "miljoner kronor inom välfärdsnämnden och en översyn av kommunens lokaler.")
    d.p("Skattesatsen är oförändrad, 22,06 kronor. Vi prioriterar barn och unga: 850 000 kronor avsätts till "
        "ungdomars feriearbete och 2,4 miljoner kronor till fler elevassistenter i grundskolan.")
    d.p("Tove Hallberg (M)\nKommunstyrelsens ordförande")

    d.add_page()
    d.h1("Styrmodell och mål")
    d.p("Ulricehamns kommun styrs utifrån Vision 2035: \"Ulricehamn – en plats att växa i\". Kommunfullmäktige "
        "har fastställt sex strategiska mål för mandatperioden. Nämnderna ansvarar för att ta fram nämndmål och "
        "aktiviteter som bidrar till de strategiska målen.")
    d.p("1. Ulricehamn ska ha en hållbar tillväxt med minst 150 nya bostäder per år.\n"
        "2. Elevernas kunskapsresultat ska förbättras; andelen behöriga till gymnasiet ska vara minst 88 procent.\n"
        "3. Invånarna ska uppleva en trygg och god vård och omsorg.\n"
        "4. Kommunen ska minska sin klimatpåverkan med 60 procent till 2030 jämfört med 2010.\n"
        "5. Kommunen ska vara en attraktiv arbetsgivare med en sjukfrånvaro under 6,0 procent.\n"
        "6. Kommunen ska ha en god ekonomisk hushållning.")
    d.h2("Finansiella mål")
    d.p("Resultatet ska uppgå till minst 2 procent av skatteintäkter och generella statsbidrag, räknat som "
        "ett genomsnitt över en rullande femårsperiod. Investeringar ska självfinansieras till minst 60 procent. "
        "Kommunens låneskuld får inte överstiga 900 miljoner kronor.")

    d.add_page()
    d.h1("Omvärld och befolkning")
    d.p("Svensk ekonomi har under 2023 och 2024 präglats av hög inflation och stigande räntor. Under 2025 "
        "väntas en återhämtning med stigande sysselsättning, men arbetslösheten bedöms ligga kvar på en hög "
        "nivå. För kommunerna innebär det att skatteunderlaget växer långsammare än kostnaderna.")
    d.p("Ulricehamns befolkning har ökat varje år sedan 2010. Ökningen sker främst genom inflyttning, medan "
        "födelsenettot är nära noll. Befolkningsprognosen visar att antalet invånare 80 år och äldre ökar med "
        "cirka 35 procent fram till 2033, samtidigt som antalet barn i förskoleålder är i stort sett oförändrat.")
    d.p("Bostadsbyggandet har minskat under 2024. Under året beräknas 95 bostäder färdigställas, vilket är "
        "lägre än målet om 150 bostäder per år. Stubo AB planerar för 120 nya hyreslägenheter i kvarteret "
        "Hästhagen med byggstart 2025.")
    d.p("Arbetsmarknaden i Ulricehamn är relativt stark, med en öppen arbetslöshet på 5,1 procent i "
        "september 2024 jämfört med 8,4 procent i riket. De största privata arbetsgivarna finns inom "
        "tillverkningsindustrin och handeln.")

    d.add_page()
    d.h1("Ekonomiska förutsättningar")
    d.p("Skatteintäkterna beräknas utifrån SKR:s prognos i oktober 2024 och uppgår till 1 476,8 miljoner "
        "kronor 2025. Generella statsbidrag och utjämning beräknas till 487,6 miljoner kronor. Sammantaget "
        "ökar skatteintäkter och statsbidrag med 76,0 miljoner kronor jämfört med prognosen för 2024.")
    d.p("Kostnaderna för pensioner ökar med 11,2 miljoner kronor 2025. Löneökningar har beräknats till "
        "3,3 procent och kompenseras nämnderna fullt ut. Prisuppräkningen för övriga kostnader är 1,8 procent.")
    d.p("Räntekostnaderna ökar till följd av den höga investeringsnivån. Kommunens låneskuld beräknas öka "
        "från 640 miljoner kronor vid utgången av 2024 till 685 miljoner kronor vid utgången av 2026.")
    d.h2("Nämndernas ramar")
    d.p("Bildningsnämnden får en ramökning med 24,4 miljoner kronor, främst för att täcka ett ökat antal "
        "elever och löneökningar. Välfärdsnämndens ram ökar med 25,6 miljoner kronor, samtidigt som nämnden ska "
        "genomföra en besparing på 12,5 miljoner kronor genom bland annat omställning av korttidsplatser. "
        "Tekniska nämnden får 2,4 miljoner kronor för ökade kostnader för vinterväghållning och drift av "
        "nya gator.")
    d.p("Kommunstyrelsens ram ökar med 6,3 miljoner kronor, varav 1,5 miljoner kronor avser räddningstjänsten "
        "och 850 000 kronor ungdomars feriearbete.")

    d.add_page()
    d.h1("Resultatbudget")
    d.caption("Belopp i miljoner kronor (mnkr)")
    hdr = [["", "Utfall", "Prognos", "Budget", "Plan", "Plan"],
           ["", "2023", "2024", "2025", "2026", "2027"]]
    w = [66, 20, 20, 20, 22, 22]

    def r(label, key, style=""):
        return (style, [label] + [sv(v) for v in RB[key]])
    rows = [
        r("Verksamhetens intäkter", "int"),
        r("Verksamhetens kostnader", "kost"),
        r("Avskrivningar", "avskr"),
        r("Verksamhetens nettokostnader", "vnk", "B"),
        r("Skatteintäkter", "skatt"),
        r("Generella statsbidrag och utjämning", "gsb"),
        r("Verksamhetens resultat", "vres", "B"),
        r("Finansiella intäkter", "finint"),
        r("Finansiella kostnader", "finkost"),
        r("Årets resultat", "res", "B"),
        ("", ["Årets resultat i procent av skatter och statsbidrag"] + [sv(v) for v in RB["pct"]]),
    ]
    d.table(hdr, rows, w)
    d.footnote("Prognos 2024 enligt delårsrapport per den 31 augusti 2024.")

    d.h1("Kassaflödesbudget")
    d.caption("Belopp i mnkr. Negativa belopp anges inom parentes.")
    res = RB["res"][2:]
    avs = [94.0, 99.5, 104.2]
    pens = [3.1, 3.2, 3.3]
    lop = [round(a + b + c, 1) for a, b, c in zip(res, avs, pens)]
    inv = [-x for x in INV_SUM]
    fors = [2.0, 1.0, 1.0]
    invv = [round(a + b, 1) for a, b in zip(inv, fors)]
    ny = [20.0, 45.0, 0.0]
    am = [-10.0, -10.0, -30.0]
    finv = [round(a + b, 1) for a, b in zip(ny, am)]
    kf = [round(a + b + c, 1) for a, b, c in zip(lop, invv, finv)]
    hdr = [["", "Budget 2025", "Plan 2026", "Plan 2027"]]
    w = [94, 25, 25, 25]
    P = lambda v: sv(v, neg="()")
    rows = [
        ("", ["Årets resultat"] + [P(v) for v in res]),
        ("", ["Justering för avskrivningar"] + [P(v) for v in avs]),
        ("", ["Justering för avsättningar till pensioner"] + [P(v) for v in pens]),
        ("B", ["Medel från den löpande verksamheten"] + [P(v) for v in lop]),
        ("", ["Investeringar i materiella anläggningstillgångar"] + [P(v) for v in inv]),
        ("", ["Försäljning av anläggningstillgångar"] + [P(v) for v in fors]),
        ("B", ["Kassaflöde från investeringsverksamheten"] + [P(v) for v in invv]),
        ("", ["Nyupptagna lån"] + [P(v) for v in ny]),
        ("", ["Amortering av lån"] + [P(v) for v in am]),
        ("B", ["Kassaflöde från finansieringsverksamheten"] + [P(v) for v in finv]),
        ("B", ["Årets kassaflöde"] + [P(v) for v in kf]),
    ]
    d.table(hdr, rows, w)

    d.add_page()
    d.h1("Balansbudget")
    d.caption("Belopp i mnkr")
    hdr = [["", "Utfall", "Prognos", "Budget", "Plan", "Plan"],
           ["", "2023", "2024", "2025", "2026", "2027"]]
    w = [66, 20, 20, 20, 22, 22]
    mat = [1712.4, 1780.0]
    for i in range(3):
        mat.append(round(mat[-1] + INV_SUM[i] - fors[i] - avs[i], 1))
    finanl = [148.6] * 5
    oms = [301.2, 276.5, 281.8, 287.2, 298.0]
    tot = [round(a + b + c, 1) for a, b, c in zip(mat, finanl, oms)]
    ek = [1098.4, 1113.7]
    for x in RB["res"][2:]:
        ek.append(round(ek[-1] + x, 1))
    avsp = [112.3, 115.2, 118.3, 121.5, 124.8]
    lan = [620.0, 640.0, 650.0, 685.0, 655.0]
    kort = [round(t - e - a - l, 1) for t, e, a, l in zip(tot, ek, avsp, lan)]
    sol = [round(100 * e / t, 1) for e, t in zip(ek, tot)]
    rows = [
        ("S", ["Tillgångar"]),
        ("", ["Materiella anläggningstillgångar"] + [sv(v) for v in mat]),
        ("", ["Finansiella anläggningstillgångar"] + [sv(v) for v in finanl]),
        ("", ["Omsättningstillgångar"] + [sv(v) for v in oms]),
        ("B", ["Summa tillgångar"] + [sv(v) for v in tot]),
        ("S", ["Eget kapital och skulder"]),
        ("", ["Eget kapital"] + [sv(v) for v in ek]),
        ("", ["Avsättningar"] + [sv(v) for v in avsp]),
        ("", ["Långfristiga skulder"] + [sv(v) for v in lan]),
        ("", ["Kortfristiga skulder"] + [sv(v) for v in kort]),
        ("B", ["Summa eget kapital och skulder"] + [sv(v) for v in tot]),
        ("", ["Soliditet, procent"] + [sv(v) for v in sol]),
    ]
    d.table(hdr, rows, w)
    d.p("Långfristiga skulder avser lån hos Kommuninvest. Lånen ökar under 2026 för att finansiera vård- och "
        "omsorgsboendet på Bronäs och tillbyggnaden av Tingsholmsgymnasiet.")

    # landscape Driftbudget in tkr
    d.add_page(orientation="L")
    d.h1("Driftbudget per nämnd")
    d.caption("Nettokostnad, belopp i tkr. Kolumnen kr/inv avser budget 2025 i kronor per invånare.")
    hdr = [["Nämnd", "Budget", "Ram-", "Budget", "Plan", "Plan", "Förändring", "kr/inv"],
           ["", "2024", "förändring", "2025", "2026", "2027", "2025, %", "2025"]]
    w = [72, 28, 28, 28, 28, 28, 26, 22]
    rows = []
    for name, a, b, c, e in DRIFT:
        rows.append(("", [name, sv(a, 0), sv(b - a, 0), sv(b, 0), sv(c, 0), sv(e, 0), sv(100 * (b - a) / a),
                          sv(b * 1000 / POP_BUDGET, 0)]))
    a, b, c, e = DSUM
    rows.append(("B", ["Summa nämnder", sv(a, 0), sv(b - a, 0), sv(b, 0), sv(c, 0), sv(e, 0), sv(100 * (b - a) / a),
                       sv(b * 1000 / POP_BUDGET, 0)]))
    a, b, c, e = FIN
    rows.append(("", ["Finansförvaltning*", sv(a, 0), sv(b - a, 0), sv(b, 0), sv(c, 0), sv(e, 0), sv(100 * (b - a) / a),
                      sv(b * 1000 / POP_BUDGET, 0)]))
    a, b, c, e = DTOT
    rows.append(("B", ["Verksamhetens nettokostnader", sv(a, 0), sv(b - a, 0), sv(b, 0), sv(c, 0), sv(e, 0),
                       sv(100 * (b - a) / a), sv(b * 1000 / POP_BUDGET, 0)]))
    d.table(hdr, rows, w, size=9)
    d.footnote("* Finansförvaltningen innehåller pensionskostnader, arbetsgivaravgifter utöver internt PO-pålägg "
               "och en central reserv för oförutsedda kostnader på 8 000 tkr.\n"
               "Budget 2024 avser budget efter tilläggsbeslut. Kronor per invånare beräknat på 25 300 invånare.")

    d.add_page(orientation="P")
    d.h1("Investeringsbudget")
    d.p("Investeringsbudgeten för 2025 uppgår till 130,0 miljoner kronor. Den totala investeringsvolymen "
        "under planperioden 2025–2027 är 378,0 miljoner kronor, vilket är den högsta i kommunens historia.")
    d.caption("Belopp i mnkr")
    hdr = [["Projekt", "Nämnd", "Budget", "Plan", "Plan", "Summa"],
           ["", "", "2025", "2026", "2027", "2025–2027"]]
    w = [74, 16, 19, 19, 19, 23]
    rows = []
    for name, nm, a, b, c in INV:
        rows.append(("", [name, nm, sv(a), sv(b), sv(c), sv(a + b + c)]))
    rows.append(("B", ["Totalt", "", sv(INV_SUM[0]), sv(INV_SUM[1]), sv(INV_SUM[2]), sv(sum(INV_SUM))]))
    d.table(hdr, rows, w, aligns=["L", "L", "R", "R", "R", "R"])
    d.footnote("BN = bildningsnämnden, VFN = välfärdsnämnden, KFN = kultur- och fritidsnämnden, TN = tekniska "
               "nämnden, KS = kommunstyrelsen.")
    d.p("Tillbyggnaden av Tingsholmsgymnasiet ger plats för ytterligare 240 elever och beräknas vara klar till "
        "höstterminen 2026. Förskolan i Gällstad ersätter två äldre paviljonger och får fyra avdelningar.")
    d.p("Renoveringen av Ulricehamns badhus omfattar nytt ventilationssystem, nya bassängytskikt och "
        "tillgänglighetsanpassning. Badhuset beräknas vara stängt från maj 2025 till februari 2026.")

    d.add_page()
    d.h1("Nämndernas uppdrag")
    for name, text in [
        ("Kommunstyrelsen", "Kommunstyrelsen ansvarar för ledning, samordning och uppsikt över nämnderna samt för "
         "räddningstjänst, näringsliv, kollektivtrafik och samhällsplanering."),
        ("Bildningsnämnden", "Bildningsnämnden ansvarar för förskola, grundskola, grundsärskola, gymnasieskola och "
         "vuxenutbildning. Nämnden har cirka 3 400 elever i grundskolan och 1 250 barn i förskolan."),
        ("Välfärdsnämnden", "Välfärdsnämnden ansvarar för äldreomsorg, funktionsstöd, individ- och familjeomsorg "
         "samt arbetsmarknadsenheten. Nämnden är kommunens största arbetsgivare med cirka 1 100 medarbetare."),
        ("PAGEBREAK", ""),
        ("Tekniska nämnden", "Tekniska nämnden ansvarar för gator, parker, kommunala fastigheter, måltider och "
         "lokalvård."),
        ("Kultur- och fritidsnämnden", "Nämnden ansvarar för bibliotek, kulturskola, fritidsgårdar, badhus och "
         "idrottsanläggningar samt föreningsbidrag."),
        ("Miljö- och byggnadsnämnden", "Nämnden är myndighetsnämnd för plan- och bygglagen och miljöbalken. "
         "Taxorna för bygglov räknas upp med 3,0 procent 2025."),
    ]:
        if name == "PAGEBREAK":
            d.add_page()
            continue
        d.h3(name)
        d.p(text)
    d.add_page()
    d.h1("Redovisningsprinciper och definitioner")
    d.p("Budgeten är upprättad enligt lagen om kommunal bokföring och redovisning (LKBR) och "
        "rekommendationer från Rådet för kommunal redovisning. Pensionsförpliktelser redovisas enligt "
        "blandmodellen, vilket innebär att pensioner intjänade före 1998 redovisas som en ansvarsförbindelse.")
    d.p("Verksamhetens nettokostnader: verksamhetens intäkter minus verksamhetens kostnader och avskrivningar.")
    d.p("Soliditet: eget kapital i förhållande till totala tillgångar. Visar kommunens långsiktiga "
        "betalningsstyrka.")
    d.p("Självfinansieringsgrad: medel från den löpande verksamheten i förhållande till nettoinvesteringarna. "
        "För 2025 beräknas självfinansieringsgraden till 95 procent.")
    d.p("Ramförändring: skillnaden mellan nämndens budget för 2025 och budgeten för 2024 efter tilläggsbeslut.")
    d.h2("Internränta och kapitalkostnader")
    d.p("Nämnderna belastas med kapitalkostnader i form av avskrivningar och internränta. Internräntan för "
        "2025 är 2,5 procent enligt SKR:s rekommendation.")
    d.output(os.path.join(OUT, "ulricehamn-budget-och-plan-2025-2027.pdf"))
    return d.page_no()


def delar_pdf():
    d = Doc("Ulricehamns kommun", "Delårsrapport januari–augusti 2024")
    d.no_head = True
    d.add_page()
    d.ln(50)
    d.set_font("DV", "B", 24)
    d.multi_cell(0, 11, "Delårsrapport\njanuari–augusti 2024", new_x="LMARGIN", new_y="NEXT")
    d.set_font("DV", "", 12)
    d.multi_cell(0, 7, "Ulricehamns kommun\nBehandlad av kommunfullmäktige 2024-10-31", new_x="LMARGIN", new_y="NEXT")
    d.no_head = False
    d.add_page()
    d.h1("Sammanfattning")
    d.p("Resultatet för perioden januari–augusti 2024 uppgår till 48,6 miljoner kronor. Prognosen för helåret "
        "är ett resultat på 15,3 miljoner kronor, vilket är 9,7 miljoner kronor lägre än budgeterat resultat på "
        "25,0 miljoner kronor.")
    d.p("Nämnderna prognostiserar sammantaget ett underskott mot budget. Den största avvikelsen finns inom "
        "välfärdsnämnden, som prognostiserar ett underskott på 12,4 miljoner kronor till följd av ökade kostnader "
        "för placeringar och köpt hemtjänst. Bildningsnämnden prognostiserar ett underskott på 5,6 miljoner kronor.")
    d.p("Antalet invånare var 25 214 den 30 juni 2024, en ökning med 96 personer sedan årsskiftet.")
    d.p("Investeringarna uppgick till 58,3 miljoner kronor under perioden, och prognosen för helåret är 104,5 "
        "miljoner kronor av budgeterade 142,0 miljoner kronor.")
    d.h2("Nämndernas prognos för helåret")
    d.caption("Belopp i tkr")
    hdr = [["Nämnd", "Budget 2024", "Prognos 2024", "Avvikelse"]]
    w = [70, 32, 32, 32]
    rows = []
    for (name, bud, *_), prog in zip(DRIFT, PROGNOS):
        rows.append(("", [name, sv(bud, 0), sv(prog, 0), sv(bud - prog, 0)]))
    sb = sum(r[1] for r in DRIFT)
    sp = sum(PROGNOS)
    rows.append(("B", ["Summa nämnder", sv(sb, 0), sv(sp, 0), sv(sb - sp, 0)]))
    d.table(hdr, rows, w)
    d.footnote("Positiv avvikelse = överskott mot budget, negativ avvikelse = underskott.")
    d.add_page()
    d.h1("Personal")
    d.p("Sjukfrånvaron under perioden januari–juli var 7,4 procent, jämfört med 7,9 procent samma period 2023. "
        "Antalet tillsvidareanställda var 2 065 den 31 augusti 2024.")
    d.h1("Måluppfyllelse")
    d.p("Av kommunfullmäktiges sex strategiska mål bedöms två uppfyllas helt, tre delvis och ett inte alls "
        "under 2024. Målet om en sjukfrånvaro under 6,0 procent bedöms inte uppnås.")
    d.h2("Resultaträkning i sammandrag")
    d.caption("Belopp i mnkr")
    hdr = [["", "Utfall", "Utfall", "Prognos", "Budget"],
           ["", "jan–aug 2023", "jan–aug 2024", "helår 2024", "2024"]]
    w = [58, 28, 28, 28, 28]
    rows = [
        ("", ["Verksamhetens nettokostnader", "-1 158,2", "-1 206,9", "-1 862,7", "-1 850,5"]),
        ("", ["Skatteintäkter och generella statsbidrag", "1 211,5", "1 259,8", "1 888,4", "1 885,2"]),
        ("", ["Finansnetto", "-3,1", "-4,3", "-10,4", "-9,7"]),
        ("B", ["Periodens resultat", "50,2", "48,6", "15,3", "25,0"]),
    ]
    d.table(hdr, rows, w, size=8)
    d.output(os.path.join(OUT, "ulricehamn-delarsrapport-augusti-2024.pdf"))


def html_page():
    nyck = [
        ("Årets resultat, mnkr", "41,7", "35,3", "26,2"),
        ("Resultat i procent av skatter och statsbidrag", "2,5", "1,9", "1,3"),
        ("Nettoinvesteringar, mnkr", "118,4", "126,9", "130,0"),
        ("Soliditet, procent", "50,2", "50,8", "50,8"),
        ("Låneskuld, mnkr", "590", "620", "650"),
        ("Skattesats, kronor", "21,81", "22,06", "22,06"),
        ("Antal invånare 31 december", "24 977", "25 118", "–"),
    ]
    rows = "\n".join(f"<tr><th scope=\"row\">{a}</th><td class=\"num\">{b}</td><td class=\"num\">{c}</td>"
                     f"<td class=\"num\">{e}</td></tr>" for a, b, c, e in nyck)
    html = f"""<!DOCTYPE html>
<html lang="sv">
<head><meta charset="utf-8"><title>Finansiell information - Ulricehamns kommun</title>
<style>{HTML_CSS}</style></head>
<body>
<div class="cookie" role="dialog">Ulricehamns kommun använder kakor för statistik och för att webbplatsen ska fungera. <button>Acceptera</button> <button>Neka</button> <a href="/kakor">Inställningar för kakor</a></div>
<header>
<a href="/">Ulricehamns kommun</a>
<nav><ul>
<li><a href="/utbildning-och-barnomsorg">Utbildning och barnomsorg</a></li>
<li><a href="/omsorg-och-hjalp">Omsorg och hjälp</a></li>
<li><a href="/trafik-och-infrastruktur">Trafik och infrastruktur</a></li>
<li><a href="/uppleva-och-gora">Uppleva och göra</a></li>
<li><a href="/kommun-och-politik">Kommun och politik</a></li>
</ul></nav>
<a href="/kontakt">Kontakta oss</a> <a href="/languages">Other languages</a>
</header>
<main>
<p class="breadcrumb">Start &gt; Kommun och politik &gt; Kommunens ekonomi &gt; Finansiell information</p>
<h1>Finansiell information</h1>
<p><strong>Här hittar du information om Ulricehamns kommuns ekonomi, nyckeltal och finansiering. Sidan riktar sig till långivare, kreditinstitut och andra intressenter.</strong></p>
<h2>Nyckeltal</h2>
<table>
<caption>Nyckeltal för Ulricehamns kommun (kommunen exklusive bolag)</caption>
<thead><tr><th>Nyckeltal</th><th>Utfall 2022</th><th>Utfall 2023</th><th>Budget 2025</th></tr></thead>
<tbody>
{rows}
</tbody></table>
<h2>Upplåning</h2>
<p>Kommunen lånar via Kommuninvest i Sverige AB, där Ulricehamns kommun är medlem sedan 1995. Vid utgången av 2023 var den genomsnittliga räntebindningstiden 2,6 år och den genomsnittliga räntan 2,4 procent.</p>
<p>Kommunens bolag, Stubo AB och Ulricehamns Energi AB, har en låneskuld på sammanlagt 1 310 miljoner kronor som till största delen är borgen från kommunen.</p>
<h2>Kreditbetyg</h2>
<p>Ulricehamns kommun har inget eget kreditbetyg från något ratinginstitut.</p>
<h2>Kontakt</h2>
<p>Frågor om kommunens finansiering besvaras av finanschef Erik Danielsson, telefon 0321-59 50 00.</p>
<p class="meta">Publicerad 2024-10-02. Senast uppdaterad 2025-01-20.</p>
</main>
<footer>
<p>Ulricehamns kommun, 523 86 Ulricehamn. Besöksadress: Stadshuset, Nygatan 16. Telefon 0321-59 50 00.</p>
<p><a href="/om-webbplatsen">Om webbplatsen</a> · <a href="/tillganglighet">Tillgänglighetsredogörelse</a> · <a href="/dataskydd">Behandling av personuppgifter</a></p>
</footer>
</body></html>
"""
    with open(os.path.join(OUT, "ulricehamn-finansiell-information.html"), "w", encoding="utf-8") as f:
        f.write(html)


def kf_docx():
    doc = docx.Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10.5)
    doc.core_properties.author = "Kansliavdelningen"
    doc.core_properties.title = "Protokoll kommunfullmäktige 2024-11-28"
    doc.add_paragraph("ULRICEHAMNS KOMMUN")
    doc.add_heading("Protokoll – Kommunfullmäktige", level=1)
    doc.add_paragraph("Datum: 2024-11-28, kl. 18.00–22.40")
    doc.add_paragraph("Plats: Stadshuset, fullmäktigesalen")
    doc.add_paragraph("Ordförande: Bengt Fasth (C)")
    doc.add_paragraph("Sekreterare: Annika Lund")
    doc.add_paragraph("Justerare: Sara Höglund (S) och Mattias Ek (SD)")
    doc.add_paragraph("Paragrafer: §§ 200–204")

    doc.add_heading("§ 200 Allmänhetens frågestund", level=2)
    doc.add_paragraph("Inga frågor hade inkommit.")

    doc.add_heading("§ 201 Budget och plan 2025–2027", level=2)
    doc.add_paragraph("Dnr KS 2024/288")
    doc.add_paragraph("Sammanfattning: Kommunstyrelsen har berett förslag till budget och plan 2025–2027. "
                      "Förslaget innebär en oförändrad skattesats på 22,06 kronor, ett resultat på 26,2 miljoner "
                      "kronor 2025 och investeringar om 130,0 miljoner kronor.")
    doc.add_paragraph("Yrkanden: Tove Hallberg (M) yrkar bifall till kommunstyrelsens förslag. Sara Höglund (S) "
                      "yrkar bifall till Socialdemokraternas budgetförslag med en skattesats på 22,31 kronor. "
                      "Mattias Ek (SD) yrkar att investeringen i resecentrum stryks.")
    doc.add_paragraph("Omröstning: Ordföranden ställer proposition på förslagen. Votering begärs. Med 27 ja-röster "
                      "för kommunstyrelsens förslag mot 18 nej-röster och 4 som avstår beslutar fullmäktige enligt "
                      "kommunstyrelsens förslag.")
    doc.add_paragraph("Beslut: Kommunfullmäktige beslutar att fastställa budget och plan 2025–2027, att "
                      "skattesatsen för 2025 ska vara 22,06 kronor, samt att kommunstyrelsen får uppta nya lån "
                      "om högst 20,0 miljoner kronor under 2025.")
    doc.add_paragraph("Reservationer: Socialdemokraterna reserverar sig till förmån för eget förslag. "
                      "Sverigedemokraterna reserverar sig mot beslutet med skriftlig motivering (bilaga 1).")

    doc.add_heading("§ 202 Taxa för vatten och avlopp 2025", level=2)
    doc.add_paragraph("Dnr KS 2024/301")
    doc.add_paragraph("Ulricehamns Energi AB föreslår att brukningsavgiften för vatten och avlopp höjs med 6,0 "
                      "procent från den 1 januari 2025. För en normalvilla innebär det en ökning med cirka 540 "
                      "kronor per år.")
    doc.add_paragraph("Beslut: Kommunfullmäktige beslutar att anta taxan enligt förslaget.")

    doc.add_heading("§ 203 Ombudgetering av investeringsmedel från 2024 till 2025", level=2)
    doc.add_paragraph("Dnr KS 2024/315")
    doc.add_paragraph("Flera investeringsprojekt har försenats under 2024. Kommunstyrelsen föreslår att "
                      "outnyttjade medel om sammanlagt 21 300 tkr flyttas till 2025 enligt tabellen nedan.")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    h = t.rows[0].cells
    h[0].text, h[1].text, h[2].text, h[3].text = "Projekt", "Budget 2024 (tkr)", "Prognos 2024 (tkr)", "Ombudgeteras till 2025 (tkr)"
    for row in [("Förskola Gällstad", "14 000", "6 500", "7 500"),
                ("Resecentrum Ulricehamn", "9 000", "2 200", "6 800"),
                ("Verksamhetsområde Rönnåsen", "12 000", "7 000", "5 000"),
                ("Gång- och cykelväg Hössna", "3 500", "1 500", "2 000"),
                ("Summa", "38 500", "17 200", "21 300")]:
        c = t.add_row().cells
        for i, v in enumerate(row):
            c[i].text = v
    doc.add_paragraph("")
    doc.add_paragraph("Beslut: Kommunfullmäktige beslutar att ombudgetera 21 300 tkr från 2024 till 2025 enligt "
                      "kommunstyrelsens förslag.")

    doc.add_heading("§ 204 Motion om gratis kollektivtrafik för pensionärer", level=2)
    doc.add_paragraph("Dnr KS 2024/96")
    doc.add_paragraph("Motionären Kent Olsson (V) föreslår att invånare över 75 år ska få åka gratis med "
                      "kollektivtrafiken inom kommunen. Kostnaden har beräknats till 1,1 miljoner kronor per år.")
    doc.add_paragraph("Beslut: Kommunfullmäktige beslutar att avslå motionen.")
    doc.add_paragraph("Reservation: Kent Olsson (V) reserverar sig mot beslutet.")
    p = os.path.join(OUT, "ulricehamn-kf-protokoll-2024-11-28.docx")
    doc.save(p)
    normalize_zip(p, "2024-12-02T10:00:00Z", "2024-12-02T10:00:00Z")


def xlsx():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Nettokostnad"
    ws.append(["Nettokostnad per verksamhet, Ulricehamns kommun"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(["Tusentals kronor (tkr)"])
    ws.append(["Verksamhet", "Utfall 2022", "Utfall 2023", "Budget 2024"])
    for c in ws[3]:
        c.font = Font(bold=True)
    sections = [
        ("Bildning", [("Förskola", 178400, 186900, 193200), ("Grundskola", 352100, 368500, 381700),
                      ("Gymnasieskola", 142800, 149300, 155100), ("Vuxenutbildning", 21600, 22800, 23400)]),
        ("Välfärd", [("Äldreomsorg", 398200, 421600, 438900), ("Funktionsstöd", 152300, 160100, 166700),
                     ("Individ- och familjeomsorg", 83900, 88400, 90200)]),
        ("Kultur och fritid", [("Bibliotek", 12100, 12600, 13000), ("Idrott och badhus", 28300, 29700, 30800),
                               ("Fritidsgårdar och kulturskola", 12900, 13200, 13500)]),
    ]
    for sec, items in sections:
        ws.append([sec])
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for it in items:
            ws.append(list(it))
        tot = [sum(x[i] for x in items) for i in (1, 2, 3)]
        ws.append([f"Summa {sec.lower()}"] + tot)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
    ws.append([])
    ws.append(["Källa: Ulricehamns kommuns räkenskaper. Nettokostnad = kostnader minus intäkter."])
    ws.column_dimensions["A"].width = 34

    ws2 = wb.create_sheet("Volymer")
    ws2.append(["Volymer i verksamheterna 2020–2024"])
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.append(["Antal, genomsnitt per år"])
    ws2.append(["År", "Barn i förskola", "Elever i grundskola", "Elever i gymnasieskola", "Platser i särskilt boende",
                "Personer med hemtjänst"])
    for c in ws2[3]:
        c.font = Font(bold=True)
    for row in [(2020, 1188, 3236, 812, 248, 402), (2021, 1203, 3281, 826, 248, 415),
                (2022, 1219, 3327, 841, 244, 431), (2023, 1236, 3368, 858, 244, 447),
                (2024, 1251, 3405, 872, 244, 462)]:
        ws2.append(list(row))
    ws2.column_dimensions["A"].width = 10
    wb.properties.creator = "Ulricehamns kommun, ekonomiavdelningen"
    p = os.path.join(OUT, "ulricehamn-nettokostnad-och-volymer.xlsx")
    wb.save(p)
    normalize_zip(p, "2024-09-10T08:00:00Z", "2024-09-10T08:00:00Z")


def press_txt():
    txt = """PRESSMEDDELANDE
Ulricehamns kommun
2025-02-12

Nytt vård- och omsorgsboende på Bronäs – byggstart i höst

Ulricehamns kommun bygger ett nytt vård- och omsorgsboende med 60 platser på Bronäs. Välfärdsnämnden fattade beslut om projektet den 10 februari och byggstarten planeras till september 2025.

Den totala investeringen beräknas till 115 miljoner kronor och fördelas över åren 2025–2027. Boendet får sex avdelningar med tio lägenheter vardera, varav två avdelningar är anpassade för personer med demenssjukdom. Inflyttning beräknas ske under hösten 2027.

– Vi ser att antalet invånare över 80 år ökar snabbt och behovet av platser i särskilt boende kommer att växa. Med det nya boendet kan vi också avveckla de äldsta platserna på Ryttershov, som inte längre håller en bra standard, säger Lena Fors (KD), ordförande i välfärdsnämnden.

När boendet är i drift beräknas de årliga driftkostnaderna öka med 4,2 miljoner kronor netto, eftersom flera mindre enheter samlas i en byggnad. Cirka 75 nya tjänster kommer att behövas.

Boendet byggs enligt kommunens riktlinjer för hållbart byggande med solceller på taket och en innergård som är tillgänglig för alla boende.

För mer information, kontakta:
Lena Fors (KD), ordförande välfärdsnämnden, telefon 0321-59 51 20
Johanna Berglund, förvaltningschef välfärd, telefon 0321-59 52 00
"""
    with open(os.path.join(OUT, "ulricehamn-pressmeddelande-bronas.txt"), "w", encoding="utf-8") as f:
        f.write(txt)


def build(out):
    global OUT
    OUT = out
    os.makedirs(out, exist_ok=True)
    n = budget_pdf()
    delar_pdf()
    html_page()
    kf_docx()
    xlsx()
    press_txt()
    return n
