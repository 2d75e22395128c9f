"""Avesta kommun: budget 2027 PDF, årsredovisning 2025 PDF, HTML, DOCX, XLSX, MD."""
import os

import docx
import openpyxl
from docx.shared import Pt

from common import Doc, normalize_zip, pct, sv

INV_2027 = 22860  # planeringsförutsättning folkmängd 2027
YEARS = ["Bokslut 2025", "Budget 2026", "Budget 2027", "Plan 2028", "Plan 2029"]

# Driftbudget, tiondels mnkr: bokslut 2025, budget 2026, budget 2027, plan 2028, plan 2029
DRIFT = [
    ("section", "Politisk verksamhet"),
    ("Kommunfullmäktige", [68, 71, 74, 76, 78]),
    ("Revision", [21, 22, 23, 23, 24]),
    ("Överförmyndarnämnden", [40, 43, 45, 46, 47]),
    ("section", "Nämnder"),
    ("Kommunstyrelsen", [1684, 1752, 1816, 1850, 1889]),
    ("Barn- och utbildningsnämnden", [7429, 7683, 7925, 8102, 8264]),
    ("Vård- och omsorgsnämnden", [5987, 6214, 6458, 6641, 6810]),
    ("Individ- och familjeomsorgsnämnden", [1562, 1629, 1664, 1698, 1731]),
    ("Samhällsbyggnadsnämnden", [885, 913, 947, 963, 982]),
    ("Kultur- och fritidsnämnden", [623, 648, 661, 674, 687]),
    ("section", "Övrigt"),
    ("Finansförvaltning, pensioner m.m.", [95, 104, 120, 150, 180]),
]
DRIFT_ROWS = [r for r in DRIFT if r[0] != "section"]
DRIFT_SUM = [sum(r[1][i] for r in DRIFT_ROWS) for i in range(5)]

BUDGET_2025 = {
    "Kommunfullmäktige": 70, "Revision": 22, "Överförmyndarnämnden": 41, "Kommunstyrelsen": 1702,
    "Barn- och utbildningsnämnden": 7380, "Vård- och omsorgsnämnden": 5850,
    "Individ- och familjeomsorgsnämnden": 1498, "Samhällsbyggnadsnämnden": 902,
    "Kultur- och fritidsnämnden": 631, "Finansförvaltning, pensioner m.m.": 120,
}

SKATT = [13524, 13980, 14382, 14820, 15260]
STATSB = [5510, 5720, 5926, 6040, 6150]
FIN_INT = [92, 85, 84, 80, 80]
FIN_KOST = [-198, -221, -246, -268, -290]
INTAKT = [3985, 4010, 4120, 4180, 4240]
AVSKR = [-712, -748, -802, -845, -880]
NETTOK = [-x for x in DRIFT_SUM]
KOSTN = [NETTOK[i] - INTAKT[i] - AVSKR[i] for i in range(5)]
VRES = [NETTOK[i] + SKATT[i] + STATSB[i] for i in range(5)]
RES = [VRES[i] + FIN_INT[i] + FIN_KOST[i] for i in range(5)]
SKB = [SKATT[i] + STATSB[i] for i in range(5)]

ANL = [24120, 25300, 26550, 27400, 28100]
OMS = [3840, 3600, 3450, 3400, 3380]
TILLG = [ANL[i] + OMS[i] for i in range(5)]
EK = [9850]
for i in range(1, 5):
    EK.append(EK[-1] + RES[i])
AVS = [1420, 1460, 1500, 1540, 1580]
KORT = [5200, 5250, 5300, 5350, 5400]
LANG = [TILLG[i] - EK[i] - AVS[i] - KORT[i] for i in range(5)]

# Investeringsbudget, tiondels mnkr: total utgift (None = löpande), budget 2027, plan 2028, plan 2029
INV = [
    ("Kommunstyrelsen", [
        ("IT-infrastruktur och digitalisering", None, [85, 60, 60]),
        ("Energieffektivisering kommunala lokaler", 450, [150, 150, 150]),
        ("Ny förskola i Krylbo, sex avdelningar", 860, [420, 380, 0]),
        ("Renovering Markusskolan", 1240, [310, 450, 380]),
    ]),
    ("Samhällsbyggnadsnämnden", [
        ("Gator och vägar, reinvestering", None, [220, 220, 230]),
        ("Gång- och cykelväg Krylbo–centrum", 185, [120, 65, 0]),
        ("Trafiksäkerhetsåtgärder", None, [40, 40, 40]),
    ]),
    ("Barn- och utbildningsnämnden", [
        ("Inventarier skolor och förskolor", None, [65, 50, 50]),
        ("Digitala verktyg elever", None, [45, 45, 45]),
    ]),
    ("Vård- och omsorgsnämnden", [
        ("Välfärdsteknik", None, [38, 35, 30]),
        ("Inventarier särskilt boende", None, [22, 20, 20]),
    ]),
    ("Kultur- och fritidsnämnden", [
        ("Konstgräsplan Avesta IP", 140, [140, 0, 0]),
        ("Avesta simhall, ny ventilation", 95, [95, 0, 0]),
    ]),
]
INV_TOT = [sum(p[2][i] for _, ps in INV for p in ps) for i in range(3)]


def budget_pdf(path):
    d = Doc("Avesta kommun · Mål och budget 2027 med plan 2028–2029", "Avesta kommun")
    d.add_page()
    d.set_font("DV", "B", 26)
    d.ln(50)
    d.multi_cell(0, 12, "Mål och budget 2027\nmed plan för 2028–2029", new_x="LMARGIN", new_y="NEXT")
    d.set_font("DV", "", 12)
    d.ln(6)
    d.multi_cell(0, 7, "Avesta kommun\nAntagen av kommunfullmäktige 2026-11-23, § 118\nDiarienummer KS 2026/0412",
                 new_x="LMARGIN", new_y="NEXT")

    d.add_page()
    d.h1("Innehåll")
    d.set_font("DV", "", 10)
    for t, pg in [("Förord", 3), ("Omvärld och förutsättningar", 4), ("Vision och mål", 5),
                  ("Ekonomiska ramar och effektiviseringar", 6), ("Resultatbudget", 7),
                  ("Balansbudget", 8), ("Driftbudget per nämnd", 9), ("Nämndernas uppdrag", 10),
                  ("Investeringsbudget", 12), ("Personal", 14), ("Ordlista", 15)]:
        d.cell(150, 6, t)
        d.cell(0, 6, str(pg), align="R", new_x="LMARGIN", new_y="NEXT")

    d.add_page()
    d.h1("Förord")
    d.p("Avesta står inför flera år med stora investeringar samtidigt som kostnaderna för välfärden ökar "
        "snabbare än skatteintäkterna. Budgeten för 2027 är därför en budget med tydliga prioriteringar: "
        "barn och unga, en trygg äldreomsorg och ett växande näringsliv.")
    d.p(f"Skattesatsen lämnas oförändrad på 22,46 kronor per hundralapp beskattningsbar inkomst. Kommunens "
        f"resultat för 2027 budgeteras till {sv(RES[2])} miljoner kronor, vilket motsvarar "
        f"{pct(RES[2], SKB[2])} procent av skatteintäkter och generella statsbidrag. Därmed når vi det "
        "finansiella målet om ett resultat på minst 2 procent.")
    d.p("För att klara det krävs effektiviseringar om totalt 14,5 miljoner kronor fördelat på samtliga nämnder. "
        "Samtidigt tillför vi vård- och omsorgsnämnden 9,2 miljoner kronor för ökade volymer inom hemtjänsten "
        "och satsar 700 000 kronor på feriearbeten för ungdomar under sommaren 2027.")
    d.p("Den största enskilda investeringen under planperioden är den nya förskolan i Krylbo med sex "
        "avdelningar som ska stå klar till höstterminen 2028. Renoveringen av Markusskolan fortsätter i "
        "etapper fram till 2029.")
    d.p("Jag vill tacka alla medarbetare som varje dag gör skillnad för Avestaborna.")
    d.set_font("DV", "I", 10)
    d.multi_cell(0, 5, "Annika Berglöf (S)\nKommunstyrelsens ordförande", new_x="LMARGIN", new_y="NEXT")

    d.add_page()
    d.h1("Omvärld och förutsättningar")
    d.h2("Samhällsekonomin")
    d.p("Sveriges Kommuner och Regioner (SKR) bedömer att skatteunderlaget växer med 4,1 procent 2027 och "
        "3,6 procent 2028. Inflationen väntas ligga nära Riksbankens mål, men pensionskostnaderna ökar kraftigt "
        "efter de senaste årens höga prisbasbelopp.")
    d.h2("Befolkning")
    d.p(f"Den 31 december 2025 hade Avesta 22 914 invånare. Budgeten bygger på en planeringsförutsättning om "
        f"{INV_2027:,} invånare 2027".replace(",", " ") +
        ", det vill säga en liten minskning. Antalet personer över 80 år väntas öka med drygt 120 personer "
        "under planperioden, medan antalet barn i förskoleålder minskar något.")
    d.h2("Arbetsmarknad")
    d.p("Arbetslösheten i Avesta var 9,8 procent i oktober 2026, vilket är högre än riksgenomsnittet. "
        "Kommunen fortsätter samarbetet med Arbetsförmedlingen inom ramen för det lokala jobbspåret.")
    d.h2("Skattesats")
    d.p("Den totala skattesatsen 2027 uppgår till 33,79 kronor, varav 22,46 kronor till kommunen och 11,33 "
        "kronor till Region Dalarna.")

    d.add_page()
    d.h1("Vision och mål")
    d.p("Kommunfullmäktiges vision är ”Avesta – en trygg kommun att växa i”. Visionen bryts ned i fyra "
        "målområden med mätbara mål för mandatperioden.")
    d.h2("Målområde 1: Barn och unga")
    d.bullets(["Andelen elever i årskurs 9 som är behöriga till gymnasiets yrkesprogram ska öka till 85 procent 2027.",
               "Alla barn ska erbjudas förskoleplats inom fyra månader."])
    d.h2("Målområde 2: Trygg vård och omsorg")
    d.bullets(["Antalet olika personal som besöker en hemtjänsttagare under 14 dagar ska minska till högst 14.",
               "Andelen nöjda brukare i särskilt boende ska vara minst 85 procent."])
    d.h2("Målområde 3: Attraktiv kommun och hållbar miljö")
    d.bullets(["Kommunens koldioxidutsläpp från egna fordon ska minska med 50 procent till 2030 jämfört med 2020.",
               "Minst 40 nya bostäder ska färdigställas per år."])
    d.h2("Finansiella mål")
    d.bullets(["Resultatet ska uppgå till minst 2 procent av skatteintäkter och generella statsbidrag.",
               "Soliditeten inklusive pensionsförpliktelser ska inte understiga 20 procent.",
               "Minst 60 procent av investeringarna ska finansieras med egna medel."])

    d.add_page()
    d.h1("Ekonomiska ramar och effektiviseringar")
    d.p("Nämndernas ramar för 2027 har räknats upp med 2,6 procent för löneökningar och 2,0 procent för "
        "övriga kostnader. Därefter har ett generellt effektiviseringskrav på 0,8 procent lagts på samtliga "
        "nämnder, vilket sammantaget motsvarar 14,5 miljoner kronor.")
    d.p("Utöver uppräkningen görs följande riktade förändringar:")
    d.bullets(["Vård- och omsorgsnämnden tillförs 9,2 miljoner kronor för ökade volymer inom hemtjänsten.",
               "Barn- och utbildningsnämnden tillförs 5,8 miljoner kronor för fler elever i gymnasiesärskolan.",
               "Kommunstyrelsen får 700 000 kronor för feriearbeten för ungdomar.",
               "Kultur- och fritidsnämnden får 1,1 miljoner kronor för driften av den nya konstgräsplanen.",
               "Individ- och familjeomsorgsnämnden ska minska kostnaderna för externa placeringar med 4,0 miljoner kronor."])
    d.p("Om skatteunderlaget utvecklas sämre än beräknat ska kommunstyrelsen återkomma med förslag på "
        "åtgärder. En ofördelad reserv om 6,0 miljoner kronor finns under finansförvaltningen.")

    d.add_page()
    d.h1("Resultatbudget")
    d.caption("Belopp i mnkr")
    w = [60, 10, 20, 20, 20, 20, 20]
    hdr = [["", "Not", "Bokslut", "Budget", "Budget", "Plan", "Plan"],
           ["", "", "2025", "2026", "2027", "2028", "2029"]]
    rows = [
        ("row", ["Verksamhetens intäkter", "1"] + [sv(x) for x in INTAKT]),
        ("row", ["Verksamhetens kostnader", "2"] + [sv(x) for x in KOSTN]),
        ("row", ["Avskrivningar", "3"] + [sv(x) for x in AVSKR]),
        ("sum", ["Verksamhetens nettokostnader", ""] + [sv(x) for x in NETTOK]),
        ("row", ["Skatteintäkter", "4"] + [sv(x) for x in SKATT]),
        ("row", ["Generella statsbidrag och utjämning", "5"] + [sv(x) for x in STATSB]),
        ("sum", ["Verksamhetens resultat", ""] + [sv(x) for x in VRES]),
        ("row", ["Finansiella intäkter", ""] + [sv(x) for x in FIN_INT]),
        ("row", ["Finansiella kostnader", ""] + [sv(x) for x in FIN_KOST]),
        ("sum", ["Resultat efter finansiella poster", ""] + [sv(x) for x in RES]),
        ("sum", ["Årets resultat", ""] + [sv(x) for x in RES]),
        ("row", ["Resultat i % av skatter och bidrag", ""] + [pct(RES[i], SKB[i]) for i in range(5)]),
    ]
    d.table(w, hdr, rows)
    d.footnote("Not 1–5: se noter i årsredovisningen. Budget 2026 avser den av kommunfullmäktige antagna budgeten "
               "inklusive tilläggsanslag fram till juni 2026.")
    d.p(f"Verksamhetens nettokostnader ökar med {sv(DRIFT_SUM[2]-DRIFT_SUM[1])} mnkr mellan 2026 och 2027, "
        f"medan skatteintäkter och generella statsbidrag ökar med {sv(SKB[2]-SKB[1])} mnkr.")

    d.add_page()
    d.h1("Balansbudget")
    d.caption("Belopp i mnkr")
    rows = [
        ("section", ["Tillgångar"]),
        ("row", ["Anläggningstillgångar", ""] + [sv(x) for x in ANL]),
        ("row", ["Omsättningstillgångar", ""] + [sv(x) for x in OMS]),
        ("sum", ["Summa tillgångar", ""] + [sv(x) for x in TILLG]),
        ("section", ["Eget kapital och skulder"]),
        ("row", ["Eget kapital", ""] + [sv(x) for x in EK]),
        ("row", ["  varav årets resultat", ""] + [sv(x) for x in RES]),
        ("row", ["Avsättningar för pensioner", ""] + [sv(x) for x in AVS]),
        ("row", ["Långfristiga skulder", ""] + [sv(x) for x in LANG]),
        ("row", ["Kortfristiga skulder", ""] + [sv(x) for x in KORT]),
        ("sum", ["Summa eget kapital och skulder", ""] + [sv(x) for x in TILLG]),
        ("row", ["Soliditet, %", ""] + [pct(EK[i], TILLG[i]) for i in range(5)]),
    ]
    d.table(w, hdr, rows)
    d.p(f"Låneskulden ökar under planperioden till följd av de stora investeringarna. De långfristiga skulderna "
        f"beräknas uppgå till {sv(LANG[4])} mnkr vid utgången av 2029.")

    # Landscape driftbudget
    d.add_page(orientation="L")
    d.h1("Driftbudget per nämnd")
    d.caption("Nettokostnad, belopp i mnkr. Sista kolumnen i kronor per invånare.")
    wl = [70, 22, 22, 22, 22, 22, 26, 24, 27]
    hdr = [["Nämnd", "Bokslut", "Budget", "Budget", "Plan", "Plan", "Förändring", "Förändring", "Kr per inv."],
           ["", "2025", "2026", "2027", "2028", "2029", "2027/2026", "%", "2027"]]
    rows = []
    for r in DRIFT:
        if r[0] == "section":
            rows.append(("section", [r[1]]))
            continue
        name, v = r
        rows.append(("row", [name] + [sv(x) for x in v] + [sv(v[2] - v[1]), pct(v[2] - v[1], v[1]),
                                                          f"{round(v[2] * 100000 / INV_2027):,}".replace(",", " ")]))
    s = DRIFT_SUM
    rows.append(("sum", ["Summa verksamhetens nettokostnader"] + [sv(x) for x in s] +
                 [sv(s[2] - s[1]), pct(s[2] - s[1], s[1]), f"{round(s[2] * 100000 / INV_2027):,}".replace(",", " ")]))
    d.table(wl, hdr, rows)
    d.footnote("Kronor per invånare är beräknat på planeringsförutsättningen 22 860 invånare. Finansförvaltningen "
               "innehåller en ofördelad reserv om 6,0 mnkr 2027.")

    d.add_page(orientation="P")
    d.h1("Nämndernas uppdrag")
    texts = [
        ("Kommunstyrelsen", "Kommunstyrelsen leder och samordnar kommunens verksamhet och ansvarar för "
         "näringslivsfrågor, kommunikation, HR och ekonomi. Under 2027 ska arbetet med en gemensam "
         "servicefunktion slutföras. Kommunstyrelsen ansvarar även för lokalförsörjningen och därmed för "
         "byggandet av förskolan i Krylbo."),
        ("Barn- och utbildningsnämnden", "Nämnden ansvarar för förskola, grundskola, gymnasieskola och vuxenutbildning. "
         "Barn- och utbildningsnämnden är kommunens största nämnd med en budget om "
         f"{sv(DRIFT_ROWS[4][1][2])} mnkr 2027. Fokus ligger på att öka behörigheten till gymnasiet och "
         "att minska frånvaron i grundskolan."),
        ("Vård- och omsorgsnämnden", "Nämnden ansvarar för äldreomsorg, hemtjänst, hälso- och sjukvård samt stöd "
         "till personer med funktionsnedsättning. Antalet beviljade hemtjänsttimmar har ökat med 6 procent under "
         "2026. Under 2027 införs nattkameror i hemtjänsten för de brukare som önskar."),
        ("Individ- och familjeomsorgsnämnden", "Nämnden ansvarar för försörjningsstöd, missbruksvård och barn- och "
         "ungdomsvård. Kostnaderna för externa placeringar ska minska genom utbyggd öppenvård på hemmaplan."),
        ("Samhällsbyggnadsnämnden", "Nämnden ansvarar för plan- och byggfrågor, gator, parker och miljötillsyn. "
         "Under 2027 ska en ny översiktsplan för Avesta tätort tas fram."),
        ("Kultur- och fritidsnämnden", "Nämnden ansvarar för bibliotek, kulturskola, fritidsgårdar och idrottsanläggningar. "
         "Den nya konstgräsplanen vid Avesta IP tas i bruk under hösten 2027."),
    ]
    for t, x in texts:
        d.h2(t)
        d.p(x)
        d.p("Nämnden ska senast den 31 januari 2027 besluta om en internbudget och en verksamhetsplan som visar hur "
            "kommunfullmäktiges mål ska nås inom given ram. Uppföljning sker i delårsrapporten per augusti och i "
            "årsredovisningen.")

    d.add_page()
    d.h1("Investeringsbudget")
    d.p(f"Investeringsbudgeten för 2027 omfattar totalt {sv(INV_TOT[0])} mnkr. För hela planperioden 2027–2029 "
        f"uppgår investeringarna till {sv(sum(INV_TOT))} mnkr. Cirka 60 procent finansieras med egna medel och "
        "resten med nyupplåning.")
    d.p("Projekt med en total utgift över 10 mnkr kräver särskilt startbeslut i kommunstyrelsen.")
    d.caption("Belopp i mnkr")
    wi = [80, 22, 22, 22, 22]
    hdr = [["Projekt", "Total", "Budget", "Plan", "Plan"], ["", "utgift", "2027", "2028", "2029"]]
    rows = []
    split = None
    for n, ps in INV:
        if n == "Barn- och utbildningsnämnden":
            split = len(rows)
        rows.append(("section", [n]))
        for name, tot, v in ps:
            rows.append(("row", [name, "löpande" if tot is None else sv(tot)] + [sv(x) for x in v]))
        rows.append(("sum", [f"Summa {n[0].lower() + n[1:]}", ""] + [sv(sum(p[2][i] for p in ps)) for i in range(3)]))
    rows.append(("sum", ["Totalt nettoinvesteringar", ""] + [sv(x) for x in INV_TOT]))
    d.ln(60)
    d.table(wi, hdr, rows, split_at=split, cont_caption="Investeringsbudget, forts. (belopp i mnkr)")
    d.footnote("Löpande = årligen återkommande reinvesteringsanslag utan fastställd totalutgift.")

    d.add_page()
    d.h1("Personal")
    d.p("Avesta kommun hade 1 986 tillsvidareanställda medarbetare i november 2026. Personalomsättningen var "
        "11,2 procent under 2025. Den genomsnittliga sjukfrånvaron uppgick till 7,4 procent av ordinarie arbetstid.")
    d.p("Under 2027 prioriteras kompetensförsörjning inom vård och omsorg samt förskola. Kommunen erbjuder "
        "betald utbildning till undersköterska för 25 medarbetare per år.")
    d.add_page()
    d.h1("Ordlista")
    for t, x in [("Avskrivningar", "Planmässig värdeminskning av anläggningstillgångar."),
                 ("Balansbudget", "Visar den ekonomiska ställningen vid årets slut."),
                 ("Nettokostnad", "Kostnader efter avdrag för intäkter som avgifter och riktade statsbidrag."),
                 ("Soliditet", "Eget kapital i förhållande till totala tillgångar."),
                 ("Tilläggsanslag", "Beslut om förändrad budgetram under pågående år.")]:
        d.set_font("DV", "B", 10)
        d.cell(0, 5, t, new_x="LMARGIN", new_y="NEXT")
        d.p(x)
    d.output(path)


def ar_pdf(path):
    d = Doc("Årsredovisning 2025 – Avesta kommun", "Avesta kommun")
    d.add_page()
    d.set_font("DV", "B", 28)
    d.ln(60)
    d.cell(0, 14, "Årsredovisning 2025", new_x="LMARGIN", new_y="NEXT")
    d.set_font("DV", "", 13)
    d.cell(0, 8, "Avesta kommun", new_x="LMARGIN", new_y="NEXT")

    d.add_page()
    d.h1("Kommunstyrelsens ordförande har ordet")
    d.p(f"2025 blev ett år med ett positivt resultat trots stora kostnadsökningar. Årets resultat blev "
        f"{sv(RES[0])} miljoner kronor, vilket är 6,9 miljoner kronor bättre än budget. Vård- och omsorgsnämnden "
        "redovisar dock ett underskott på 13,7 miljoner kronor, främst till följd av ökade volymer i hemtjänsten.")
    d.p("Under året invigdes det nya LSS-boendet på Nyhem och arbetet med Markusskolan påbörjades.")
    d.set_font("DV", "I", 10)
    d.multi_cell(0, 5, "Annika Berglöf (S), kommunstyrelsens ordförande", new_x="LMARGIN", new_y="NEXT")

    d.add_page()
    d.h1("Fem år i sammandrag")
    w = [70, 20, 20, 20, 20, 20]
    hdr = [["", "2021", "2022", "2023", "2024", "2025"]]
    rows = [
        ("row", ["Folkmängd 31 december", "23 193", "23 120", "23 034", "22 961", "22 914"]),
        ("row", ["Skattesats, kr", "22,46", "22,46", "22,46", "22,46", "22,46"]),
        ("row", ["Årets resultat, mnkr", "54,1", "38,7", "12,3", "29,8", sv(RES[0])]),
        ("row", ["Resultat i % av skatter och bidrag", "3,2", "2,2", "0,7", "1,6", pct(RES[0], SKB[0])]),
        ("row", ["Nettoinvesteringar, mnkr", "98,4", "121,6", "143,0", "156,2", "171,5"]),
        ("row", ["Soliditet, %", "38,9", "37,6", "36,1", "35,3", pct(EK[0], TILLG[0])]),
        ("row", ["Antal tillsvidareanställda", "1 942", "1 955", "1 971", "1 980", "1 979"]),
    ]
    d.table(w, hdr, rows)
    d.footnote("Soliditet exklusive pensionsförpliktelser som redovisas inom linjen.")

    d.add_page()
    d.h1("Resultaträkning")
    d.caption("Belopp i mnkr")
    bud25 = dict(INTAKT=3900, KOSTN=None, AVSKR=-720, SKATT=13450, STATSB=5505, FIN_INT=80, FIN_KOST=-210)
    b_net = -sum(BUDGET_2025.values())
    b_kost = b_net - 3900 + 720
    b_vres = b_net + 13306 + 5505
    b_res = b_vres + 80 - 210
    u24 = [3842, -21690, -668, 0, 13304, 5595, 0, 98, -183, 0]
    w = [66, 12, 24, 24, 24, 24]
    hdr = [["", "Not", "Utfall", "Utfall", "Budget", "Avvikelse"], ["", "", "2024", "2025", "2025", "mot budget"]]
    u25 = [INTAKT[0], KOSTN[0], AVSKR[0], NETTOK[0], SKATT[0], STATSB[0], VRES[0], FIN_INT[0], FIN_KOST[0], RES[0]]
    b = [3900, b_kost, -720, b_net, 13306, 5505, b_vres, 80, -210, b_res]
    u24[3] = u24[0] + u24[1] + u24[2]
    u24[6] = u24[3] + u24[4] + u24[5]
    u24[9] = u24[6] + u24[7] + u24[8]
    labels = ["Verksamhetens intäkter", "Verksamhetens kostnader", "Avskrivningar", "Verksamhetens nettokostnader",
              "Skatteintäkter", "Generella statsbidrag och utjämning", "Verksamhetens resultat",
              "Finansiella intäkter", "Finansiella kostnader", "Årets resultat"]
    rows = []
    for i, lab in enumerate(labels):
        kind = "sum" if lab in ("Verksamhetens nettokostnader", "Verksamhetens resultat", "Årets resultat") else "row"
        rows.append((kind, [lab, str(i + 1) if kind == "row" and i < 6 else ""] +
                     [sv(u24[i], "()"), sv(u25[i], "()"), sv(b[i], "()"), sv(u25[i] - b[i], "()")]))
    d.table(w, hdr, rows)
    d.footnote("Negativa belopp anges inom parentes.")
    d.p(f"Årets resultat blev {sv(RES[0])} mnkr jämfört med budgeterade {sv(b_res)} mnkr.")

    d.add_page()
    d.h1("Nämndernas budgetavvikelse 2025")
    d.caption("Nettokostnad, belopp i mnkr")
    w = [80, 25, 25, 30]
    hdr = [["Nämnd", "Budget", "Utfall", "Avvikelse"], ["", "2025", "2025", ""]]
    rows = []
    tb = tu = 0
    for name, v in DRIFT_ROWS:
        bb = BUDGET_2025[name]
        tb += bb
        tu += v[0]
        rows.append(("row", [name, sv(bb), sv(v[0]), sv(bb - v[0], "()")]))
    rows.append(("sum", ["Summa", sv(tb), sv(tu), sv(tb - tu, "()")]))
    d.table(w, hdr, rows)
    d.p("Barn- och utbildningsnämndens underskott beror främst på ökade kostnader för skolskjuts och "
        "tilläggsbelopp. Individ- och familjeomsorgsnämnden redovisar ett underskott till följd av fler externa "
        "placeringar av barn och unga. Samhällsbyggnadsnämndens överskott förklaras av lägre kostnader för "
        "vinterväghållning än budgeterat.")

    d.add_page()
    d.h1("Investeringar")
    d.p("Nettoinvesteringarna uppgick till 171,5 miljoner kronor 2025, att jämföra med en budget på 214,0 miljoner "
        "kronor. Den största investeringen var om- och tillbyggnaden av Markusskolan där 38,2 miljoner kronor "
        "upparbetades under året. Självfinansieringsgraden av investeringarna blev 57 procent.")
    d.h1("Personal")
    d.p("Sjukfrånvaron minskade från 7,9 procent 2024 till 7,4 procent 2025. Antalet tillsvidareanställda var "
        "1 979 vid årets slut.")
    d.output(path)


def html(path):
    rows = [("Förskola och skola", 40, DRIFT_ROWS[4][1][2]),
            ("Vård och omsorg", 33, DRIFT_ROWS[5][1][2]),
            ("Individ- och familjeomsorg", 8, DRIFT_ROWS[6][1][2]),
            ("Gator, parker och samhällsbyggnad", 5, DRIFT_ROWS[7][1][2]),
            ("Kultur och fritid", 3, DRIFT_ROWS[8][1][2]),
            ("Politik, ledning och administration", 11, None)]
    rest = DRIFT_SUM[2] - sum(r[2] for r in rows if r[2])
    trs = "\n".join(
        f"        <tr><td>{a}</td><td>{b}</td><td>{sv(c if c is not None else rest)}</td></tr>" for a, b, c in rows)
    page = f"""<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Så används din skatt - Avesta kommun</title>
<style>body{{font-family:sans-serif}} .cookie{{background:#eee}}</style>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}</script>
</head>
<body>
<div class="cookie" id="cookie-banner">
  <p>Vi använder kakor (cookies) för att förbättra din upplevelse av avesta.se.</p>
  <button>Godkänn alla</button> <button>Endast nödvändiga</button>
</div>
<header>
  <a href="/">Avesta kommun</a>
  <nav><ul>
    <li><a href="/barn-och-utbildning">Barn och utbildning</a></li>
    <li><a href="/omsorg-och-stod">Omsorg och stöd</a></li>
    <li><a href="/bygga-bo-och-miljo">Bygga, bo och miljö</a></li>
    <li><a href="/kommun-och-politik">Kommun och politik</a></li>
  </ul></nav>
  <form><input type="search" placeholder="Sök på avesta.se"></form>
</header>
<nav class="breadcrumbs">Start / Kommun och politik / Ekonomi / Så används din skatt</nav>
<main>
  <h1>Så används din skatt</h1>
  <p class="ingress">Av varje hundralapp du betalar i kommunalskatt går 40 kronor till förskola och skola.
  Här kan du se hur skattepengarna fördelas enligt budgeten för 2027.</p>
  <p>Kommunalskatten i Avesta är 22,46 kronor per intjänad hundralapp 2027. Om du tjänar 30 000 kronor i
  månaden betalar du ungefär 5 600 kronor i kommunalskatt per månad.</p>
  <h2>Fördelning per verksamhet 2027</h2>
  <table>
    <thead>
      <tr><th>Verksamhet</th><th>Kronor av 100 skattekronor</th><th>Budget 2027, mnkr</th></tr>
    </thead>
    <tbody>
{trs}
    </tbody>
  </table>
  <p>Verksamheternas nettokostnader finansieras av skatteintäkter och generella statsbidrag. Avgifter,
  hyror och riktade statsbidrag har redan räknats bort i tabellen.</p>
  <h2>Vill du veta mer?</h2>
  <p>Hela dokumentet Mål och budget 2027 med plan för 2028–2029 finns att ladda ner under Budget och
  årsredovisning. Frågor besvaras av ekonomichef Jonas Wikström.</p>
  <p class="updated">Publicerad: 2026-11-26. Senast uppdaterad: 2026-11-30</p>
</main>
<footer>
  <p>Avesta kommun, 774 81 Avesta. Besöksadress: Tingshusgatan 1. Telefon 0226-64 50 00.</p>
  <p><a href="/om-webbplatsen">Om webbplatsen</a> | <a href="/tillganglighet">Tillgänglighetsredogörelse</a> |
  <a href="/personuppgifter">Personuppgifter</a></p>
</footer>
</body>
</html>
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(page)


def protokoll_docx(path):
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    cp = doc.core_properties
    cp.author = "Kommunledningskontoret"
    cp.title = "Protokoll kommunstyrelsen 2026-11-17"
    cp.last_modified_by = "Kommunledningskontoret"
    cp.revision = 1
    doc.add_heading("SAMMANTRÄDESPROTOKOLL", 0)
    doc.add_paragraph("Kommunstyrelsen, Avesta kommun")
    doc.add_paragraph("Sammanträdesdatum: 2026-11-17")
    doc.add_paragraph("Plats och tid: Kommunhuset, sammanträdesrum Dalälven, kl. 13.00–16.20")
    doc.add_paragraph("Beslutande: Annika Berglöf (S), ordförande; Per-Olof Lindqvist (M), vice ordförande; "
                      "Emma Karlsson (S); Johan Ek (SD); Maria Nilsson (C); Anders Holm (V); Sofia Berg (S); "
                      "Lena Åberg (KD); Tomas Wallin (S)")
    doc.add_paragraph("Justerare: Per-Olof Lindqvist (M)")

    doc.add_heading("§ 201 Val av justerare", 2)
    doc.add_paragraph("Kommunstyrelsen beslutar att utse Per-Olof Lindqvist (M) att jämte ordföranden justera protokollet.")

    doc.add_heading("§ 202 Delårsrapport januari–augusti 2026", 2)
    doc.add_paragraph("Dnr KS 2026/0388")
    doc.add_paragraph("Kommunens resultat för perioden januari–augusti 2026 uppgår till 48,2 miljoner kronor. "
                      "Helårsprognosen för 2026 är ett resultat på 46,2 miljoner kronor, vilket är 2,3 miljoner "
                      "kronor lägre än budget. Vård- och omsorgsnämnden prognostiserar ett underskott på 11,9 "
                      "miljoner kronor.")
    doc.add_paragraph("Beslut: Kommunstyrelsen föreslår kommunfullmäktige att godkänna delårsrapporten.")

    doc.add_heading("§ 203 Tilläggsanslag 2026 för ökade volymer", 2)
    doc.add_paragraph("Dnr KS 2026/0401")
    doc.add_paragraph("Vård- och omsorgsnämnden och individ- och familjeomsorgsnämnden har begärt tilläggsanslag "
                      "för 2026. Kommunledningskontoret föreslår att tilläggsanslag beviljas enligt tabellen nedan "
                      "och finansieras ur kommunstyrelsens oförutsedda medel samt den centrala lönereserven.")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, txt in zip(t.rows[0].cells, ["Nämnd", "Begärt, tkr", "Förslag, tkr", "Finansiering"]):
        c.text = txt
    data = [("Vård- och omsorgsnämnden", "8 500", "6 000", "Lönereserven"),
            ("Individ- och familjeomsorgsnämnden", "3 200", "2 400", "Oförutsedda medel"),
            ("Kultur- och fritidsnämnden", "450", "0", "–"),
            ("Summa", "12 150", "8 400", "")]
    for row in data:
        cells = t.add_row().cells
        for c, txt in zip(cells, row):
            c.text = txt
    doc.add_paragraph("")
    doc.add_paragraph("Yrkanden: Anders Holm (V) yrkar att vård- och omsorgsnämnden beviljas hela det begärda "
                      "beloppet om 8 500 tkr. Ordföranden ställer förslagen mot varandra och finner att "
                      "kommunstyrelsen bifaller kommunledningskontorets förslag.")
    doc.add_paragraph("Beslut: Kommunstyrelsen beviljar tilläggsanslag om totalt 8 400 tkr för 2026 enligt tabellen.")
    doc.add_paragraph("Reservation: Anders Holm (V) reserverar sig mot beslutet till förmån för eget yrkande.")

    doc.add_heading("§ 204 Startbeslut ny förskola i Krylbo", 2)
    doc.add_paragraph("Dnr KS 2026/0276")
    doc.add_paragraph("Förskolan ska ha sex avdelningar och ersätter de tillfälliga paviljongerna vid Krylbo skola. "
                      "Den totala projektbudgeten är 86 miljoner kronor. Driftkostnaden beräknas öka med 1,9 miljoner "
                      "kronor per år från 2029 till följd av högre kapitalkostnader.")
    doc.add_paragraph("Beslut: Kommunstyrelsen ger samhällsbyggnadsförvaltningen i uppdrag att upphandla en "
                      "totalentreprenad för förskolan i Krylbo. Byggstart planeras till april 2027.")
    doc.add_paragraph("Reservation: Johan Ek (SD) reserverar sig mot beslutet med hänvisning till att en renovering "
                      "av befintliga lokaler borde utredas.")

    doc.add_heading("§ 205 Taxa för ökad tillsyn enligt miljöbalken 2027", 2)
    doc.add_paragraph("Dnr KS 2026/0355")
    doc.add_paragraph("Timavgiften för tillsyn enligt miljöbalken föreslås höjas från 1 250 kronor till 1 340 kronor "
                      "från och med den 1 januari 2027.")
    doc.add_paragraph("Beslut: Kommunstyrelsen föreslår kommunfullmäktige att anta taxan.")

    doc.add_heading("§ 206 Meddelanden", 2)
    doc.add_paragraph("Redovisning av meddelanden lades till handlingarna.")
    doc.add_paragraph("Justerat 2026-11-20. Anslaget på kommunens digitala anslagstavla 2026-11-21.")
    doc.save(path)
    normalize_zip(path)


def stat_xlsx(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Befolkning"
    ws.append(["Avesta kommun – befolkning och skattesats 2019–2025"])
    ws.append(["Antal personer respektive kronor"])
    ws.append(["År", "Folkmängd 31 dec", "Födda", "Döda", "Inflyttade", "Utflyttade", "Skattesats, kr"])
    data = [(2019, 23332, 236, 291, 1105, 1046, 22.46),
            (2020, 23295, 229, 318, 1032, 980, 22.46),
            (2021, 23193, 241, 297, 1019, 1065, 22.46),
            (2022, 23120, 218, 305, 1088, 1074, 22.46),
            (2023, 23034, 209, 296, 1061, 1060, 22.46),
            (2024, 22961, 214, 288, 1047, 1046, 22.46),
            (2025, 22914, 205, 279, 1073, 1046, 22.46)]
    for r in data:
        ws.append(list(r))
    ws.append(["Källa: SCB, befolkningsstatistik. Sammanställt av kommunledningskontoret 2026-03-02."])
    ws2 = wb.create_sheet("Nettokostnad per invånare")
    ws2.append(["Nettokostnad per invånare för vissa verksamheter, Avesta jämfört med riket"])
    ws2.append(["Kronor per invånare"])
    ws2.append(["Verksamhet", "Avesta 2024", "Avesta 2025", "Riket 2025"])
    for r in [("Förskola", 9120, 9385, 9730), ("Grundskola", 16240, 16910, 17105),
              ("Gymnasieskola", 7015, 7290, 6840), ("Äldreomsorg", 24860, 26130, 22470),
              ("Funktionsnedsättning", 10410, 10780, 9950), ("Individ- och familjeomsorg", 6280, 6815, 5590),
              ("Kultur och fritid", 2690, 2710, 2980)]:
        ws2.append(list(r))
    ws2.append(["Källa: Kolada. Uppgifterna för riket är ett ovägt medelvärde."])
    wb.properties.creator = "Avesta kommun"
    wb.properties.title = "Befolkning och nyckeltal"
    wb.save(path)
    normalize_zip(path)


def press_md(path):
    txt = f"""# Pressmeddelande: Avesta satsar på barn och äldre i budgeten för 2027

**Avesta kommun, 2026-11-24**

Kommunfullmäktige i Avesta antog på måndagskvällen Mål och budget 2027 med plan för 2028–2029. Skattesatsen
blir oförändrad, 22,46 kronor, och kommunen budgeterar ett resultat på {sv(RES[2])} miljoner kronor 2027.

– Vi prioriterar hemtjänsten och skolan, samtidigt som vi håller ordning på ekonomin. Det är en ansvarsfull
budget i en tuff tid, säger kommunstyrelsens ordförande Annika Berglöf (S).

## Det här innehåller budgeten

- Vård- och omsorgsnämnden får 9,2 miljoner kronor extra för hemtjänsten.
- 700 000 kronor går till feriearbeten för ungdomar sommaren 2027.
- Investeringar på {sv(INV_TOT[0])} miljoner kronor under 2027, bland annat en ny förskola i Krylbo.
- Alla nämnder ska effektivisera, totalt 14,5 miljoner kronor.

Budgeten antogs med 27 röster mot 22. Moderaterna, Sverigedemokraterna och Kristdemokraterna hade
lagt ett gemensamt förslag med en skattesänkning på 10 öre, som föll.

**Kontakt:**
Annika Berglöf (S), kommunstyrelsens ordförande, 0226-64 50 10
Jonas Wikström, ekonomichef, 0226-64 51 22
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(txt)


def build(outdir):
    os.makedirs(outdir, exist_ok=True)
    budget_pdf(os.path.join(outdir, "mal-och-budget-2027.pdf"))
    ar_pdf(os.path.join(outdir, "arsredovisning-2025.pdf"))
    html(os.path.join(outdir, "sa-anvands-din-skatt.html"))
    protokoll_docx(os.path.join(outdir, "ks-protokoll-2026-11-17.docx"))
    stat_xlsx(os.path.join(outdir, "befolkning-och-nyckeltal.xlsx"))
    press_md(os.path.join(outdir, "pressmeddelande-budget-2027.md"))
