"""Mariestads kommun: budget PDF, årsredovisning PDF, HTML, DOCX protokoll, XLSX, press release (md)."""
import os

import docx
import openpyxl
from docx.shared import Pt
from openpyxl.styles import Font

from common import Pdf, fmt, save_docx, save_xlsx, html_page, html_table

KOMMUN = "Mariestads kommun"
INV = 24318          # invånare 1 november 2024
TAX = "22,09"
KSO = "Karin Lindqvist (M)"

YEARS = ["2023", "2024", "2025", "2026", "2027"]
KINDS = ["Bokslut", "Prognos", "Budget", "Plan", "Plan"]

R = {
    "int": [412.6, 425.0, 438.2, 446.9, 455.8],
    "kost": [-2018.4, -2096.7, -2151.3, -2205.0, -2259.6],
    "avs": [-78.2, -84.5, -91.0, -96.4, -101.2],
    "skatt": [1352.7, 1398.4, 1452.6, 1503.1, 1551.9],
    "gsb": [388.5, 402.1, 415.3, 424.8, 436.0],
    "fint": [6.1, 5.4, 5.0, 5.0, 5.0],
    "fkost": [-14.8, -19.6, -22.4, -25.1, -27.3],
}
R["vnk"] = [round(a + b + c, 1) for a, b, c in zip(R["int"], R["kost"], R["avs"])]
R["vres"] = [round(a + b + c, 1) for a, b, c in zip(R["vnk"], R["skatt"], R["gsb"])]
R["res"] = [round(a + b + c, 1) for a, b, c in zip(R["vres"], R["fint"], R["fkost"])]

# driftbudget per nämnd, nettokostnad mnkr (Budget 2024, Budget 2025)
DRIFT = [
    ("Kommunstyrelsen", 131.5, 136.8),
    ("Barn- och utbildningsnämnden", 668.0, 692.4),
    ("Socialnämnden", 289.4, 298.6),
    ("Vård- och omsorgsnämnden", 449.7, 468.5),
    ("Tekniska nämnden", 85.6, 88.3),
    ("Kultur- och fritidsnämnden", 54.9, 56.2),
    ("Bygg- och miljönämnden", 14.2, 14.9),
    ("Revisionen", 2.6, 2.7),
    ("Överförmyndarnämnden", 3.7, 3.9),
]
FINANS = (38.2, round(-R["vnk"][2] - sum(d[2] for d in DRIFT), 1))

# investeringsbudget tkr: (projekt, total, 2025, 2026, 2027)
INVEST = [
    ("Kommunstyrelsen", [
        ("IT-infrastruktur och digitalisering", 18000, 6000, 6000, 6000),
        ("Exploatering Sjölunda verksamhetsområde", 42000, 14500, 16000, 11500),
        ("Bostadsområde Hertig Johans park", 26500, 9800, 11200, 5500),
    ]),
    ("Barn- och utbildningsnämnden", [
        ("Ny förskola Ekudden, 8 avdelningar", 78000, 41000, 37000, 0),
        ("Om- och tillbyggnad Torsbergsskolan", 96000, 22000, 44000, 30000),
        ("Inventarier skolor och förskolor", 9000, 3000, 3000, 3000),
        ("Skolgårdar, upprustning", 7500, 2500, 2500, 2500),
    ]),
    ("Vård- och omsorgsnämnden", [
        ("Nytt särskilt boende Katrinedal, 60 platser", 168000, 48000, 72000, 48000),
        ("Välfärdsteknik och trygghetslarm", 6000, 2000, 2000, 2000),
        ("Inventarier vård och omsorg", 4500, 1500, 1500, 1500),
    ]),
    ("Tekniska nämnden", [
        ("Gator och vägar, reinvestering", 36000, 12000, 12000, 12000),
        ("Gång- och cykelväg Marieholm–Hindsberg", 14800, 8400, 6400, 0),
        ("Belysning, utbyte till LED", 9000, 3000, 3000, 3000),
        ("Hamnen, ny kaj och bryggor", 31500, 15300, 16200, 0),
        ("Fastighetsunderhåll, energiåtgärder", 45000, 15000, 15000, 15000),
        ("Vatten och avlopp, ledningsförnyelse", 84000, 28000, 28000, 28000),
        ("Fordon och maskiner", 10500, 3500, 3500, 3500),
    ]),
    ("Kultur- och fritidsnämnden", [
        ("Konstgräsplan Lekevi", 9200, 9200, 0, 0),
        ("Simhallen Vänerbadet, ny ventilation", 12600, 12600, 0, 0),
        ("Friluftsliv och spår", 3000, 1000, 1000, 1000),
    ]),
]
INV_SUM = {n: [sum(p[i] for p in ps) for i in range(1, 5)] for n, ps in INVEST}
INV_TOT = [sum(INV_SUM[n][i] for n in INV_SUM) for i in range(4)]

# balansbudget mnkr
BAL = {
    "anl": [2386.4, 2548.9, 2714.3, 2852.7, 2968.1],
    "oms": [412.8, 365.2, 338.6, 331.4, 340.2],
    "ek": [1062.3],
    "avs": [148.6, 152.0, 155.8, 159.2, 162.4],
    "kort": [486.2, 470.0, 475.0, 480.0, 485.0],
}
for r in R["res"][1:]:
    BAL["ek"].append(round(BAL["ek"][-1] + r, 1))
BAL["tot"] = [round(a + b, 1) for a, b in zip(BAL["anl"], BAL["oms"])]
BAL["lang"] = [round(t - e - a - k, 1) for t, e, a, k in zip(BAL["tot"], BAL["ek"], BAL["avs"], BAL["kort"])]
BAL["sol"] = [round(e / t * 100) for e, t in zip(BAL["ek"], BAL["tot"])]

# årsredovisning 2023 driftredovisning (budget 2023, utfall 2023) mnkr
DRIFT23 = [
    ("Kommunstyrelsen", 124.8, 121.6),
    ("Barn- och utbildningsnämnden", 641.2, 648.9),
    ("Socialnämnden", 276.5, 284.7),
    ("Vård- och omsorgsnämnden", 431.0, 436.2),
    ("Tekniska nämnden", 82.3, 79.8),
    ("Kultur- och fritidsnämnden", 52.7, 51.9),
    ("Bygg- och miljönämnden", 13.6, 12.8),
    ("Revisionen", 2.5, 2.4),
    ("Överförmyndarnämnden", 3.5, 3.6),
]

FEM = [  # 2019..2023
    ("Antal invånare 31 december", ["24 154", "24 196", "24 227", "24 271", "24 302"]),
    ("Skattesats, kr", ["22,09", "22,09", "22,09", "22,09", "22,09"]),
    ("Verksamhetens nettokostnad, mnkr", ["1 472,8", "1 503,6", "1 551,4", "1 618,9", fmt(-R["vnk"][0])]),
    ("Årets resultat, mnkr", ["36,2", "71,4", "82,6", "55,3", fmt(R["res"][0])]),
    ("Soliditet, %", ["35", "36", "37", "38", str(BAL["sol"][0])]),
    ("Nettoinvesteringar, mnkr", ["158,3", "174,9", "196,2", "231,5", "212,7"]),
    ("Låneskuld, mnkr", ["742,0", "768,0", "781,0", "842,0", "905,0"]),
    ("Antal tillsvidareanställda", ["2 088", "2 102", "2 117", "2 131", "2 146"]),
]

LOREM_NAMND = {
    "Kommunstyrelsen": "Kommunstyrelsen leder och samordnar kommunens verksamheter och har uppsikt över nämnderna och de kommunala bolagen. Under 2025 prioriteras arbetet med näringslivsklimatet, den fortsatta utbyggnaden av verksamhetsområdet Sjölunda och samverkan inom Skaraborgs kommunalförbund. Ramen ökar främst till följd av löne- och prisuppräkning samt ökade kostnader för IT-licenser.",
    "Barn- och utbildningsnämnden": "Barn- och utbildningsnämnden ansvarar för förskola, grundskola, gymnasieskola och vuxenutbildning. Antalet barn i förskoleåldern minskar något medan antalet elever i högstadiet ökar fram till 2027. Nämnden får ett riktat tillskott för fler lärare i lågstadiet och för att stärka elevhälsan. Gymnasieskolan Vadsbogymnasiet fortsätter att anpassa sitt programutbud efter arbetsmarknadens behov.",
    "Socialnämnden": "Socialnämnden ansvarar för individ- och familjeomsorg, stöd till personer med funktionsnedsättning samt ekonomiskt bistånd. Kostnaderna för externa placeringar av barn och unga har ökat kraftigt under 2023 och 2024. Nämnden arbetar med att bygga ut öppenvården på hemmaplan för att minska behovet av placeringar.",
    "Vård- och omsorgsnämnden": "Vård- och omsorgsnämnden ansvarar för hemtjänst, särskilda boenden, hemsjukvård och rehabilitering. Antalet invånare över 80 år väntas öka med cirka 4 procent per år under planperioden. Det nya särskilda boendet Katrinedal med 60 platser planeras att tas i bruk under 2027.",
    "Tekniska nämnden": "Tekniska nämnden ansvarar för gator, parker, fastigheter, kost och städ samt vatten och avlopp. Vatten- och avloppsverksamheten finansieras helt med avgifter och ingår inte i den skattefinansierade ramen. Energiåtgärder i kommunens fastigheter fortsätter enligt fastighetsstrategin.",
    "Kultur- och fritidsnämnden": "Kultur- och fritidsnämnden ansvarar för bibliotek, kulturskola, fritidsgårdar, idrottsanläggningar och föreningsbidrag. Simhallen Vänerbadet får ny ventilation under 2025 och hålls delvis stängd under sommaren.",
}


def budget_pdf(path):
    pdf = Pdf("Mariestads kommun  |  Mål och budget 2025 med plan för 2026–2027")
    pdf.set_title("Mål och budget 2025 med plan för 2026–2027")
    pdf.set_author(KOMMUN)
    pdf.title_page(["Mål och budget 2025", "med plan för 2026–2027"],
                   [KOMMUN, "Antagen av kommunfullmäktige 2024-11-25, § 112", "Dnr KS 2024/0318"])
    pdf.add_page()
    pdf.h1("Innehåll")
    for t, p in [("Ordförande har ordet", 3), ("Omvärld och ekonomiska förutsättningar", 4), ("Vision och mål", 5),
                 ("Nämndernas uppdrag och ramar", 6), ("Resultatbudget", 8), ("Balansbudget", 9),
                 ("Kassaflödesbudget", 10), ("Driftbudget per nämnd", 11), ("Investeringsbudget", 12),
                 ("Noter och ordlista", 14)]:
        pdf.set_font("DejaVu", "", 10)
        pdf.cell(150, 6, t)
        pdf.cell(0, 6, str(p), align="R", new_x="LMARGIN", new_y="NEXT")

    res25 = R["res"][2]
    skb = R["skatt"][2] + R["gsb"][2]
    pdf.add_page()
    pdf.h1("Ordförande har ordet")
    pdf.para("Mariestad står inför ett år där kostnaderna för välfärden fortsätter att öka snabbare än skatteintäkterna. "
             "Inflationen har dämpats, men de senaste årens prisökningar och höjda pensionskostnader ligger kvar i kommunens kostnadsbas. "
             "Trots detta lägger vi fram en budget med ordning och reda i ekonomin och med fortsatta satsningar på barn, unga och äldre.")
    pdf.para(f"Skattesatsen lämnas oförändrad på {TAX} kronor per skattekrona. Budgeten för 2025 ger ett resultat på "
             f"{fmt(res25)} miljoner kronor, vilket motsvarar {fmt(res25 / skb * 100)} procent av skatteintäkter och generella statsbidrag. "
             "Det innebär att vi når det finansiella målet om ett resultat på minst 2 procent.")
    pdf.para("För att klara ramarna genomför nämnderna effektiviseringar om totalt 18,6 miljoner kronor under 2025. "
             "Samtidigt satsar vi 3,2 miljoner kronor på fler lärare i lågstadiet och 1,8 miljoner kronor på förstärkt elevhälsa. "
             "Socialnämnden får ett engångsbelopp på 6,5 miljoner kronor för att bygga ut öppenvården för barn och unga.")
    pdf.para(f"Investeringarna är fortsatt höga. Under 2025 investerar kommunen för {fmt(INV_TOT[1] / 1000)} miljoner kronor, "
             "bland annat i förskolan Ekudden, det nya särskilda boendet Katrinedal och i hamnen. "
             "Vi vill tacka alla medarbetare som varje dag gör skillnad för Mariestadsborna.")
    pdf.para(f"{KSO.split(' (')[0]} ({KSO.split('(')[1]}\nKommunstyrelsens ordförande")

    pdf.add_page()
    pdf.h1("Omvärld och ekonomiska förutsättningar")
    pdf.h2("Samhällsekonomin")
    pdf.para("Sveriges Kommuner och Regioner (SKR) bedömer i sin prognos från oktober 2024 att skatteunderlaget växer med 4,1 procent 2025. "
             "Konjunkturen väntas vända uppåt under 2025 men arbetslösheten ligger kvar på en hög nivå. "
             "Kommunens budget bygger på SKR:s skatteunderlagsprognos från den 3 oktober 2024.")
    pdf.h2("Befolkning")
    pdf.para(f"Den 1 november 2024 hade Mariestads kommun {fmt(INV, 0)} invånare. Befolkningen väntas öka med cirka 40 personer per år under planperioden. "
             "Budgeten bygger på ett antagande om 24 350 invånare den 1 november 2025.")
    pdf.h2("Pensioner och personal")
    pdf.para("Pensionskostnaderna ökar med 11,4 miljoner kronor 2025 jämfört med 2024, främst till följd av det nya pensionsavtalet AKAP-KR. "
             "Lönerna räknas upp med 3,2 procent i budgeten. Kommunen har cirka 2 150 tillsvidareanställda.")
    pdf.h2("Skattesats")
    pdf.para(f"Kommunalskatten är oförändrad {TAX} kronor. Tillsammans med regionskatten till Västra Götalandsregionen på 11,48 kronor blir den totala skattesatsen 33,57 kronor.")

    pdf.add_page()
    pdf.h1("Vision och mål")
    pdf.para("Visionen för Mariestads kommun är ”Mariestad – Vänerns pärla, där människor växer”. Kommunfullmäktige har beslutat om fyra inriktningsmål för mandatperioden 2023–2026.")
    goals = [
        ("Hållbar tillväxt", "Antalet invånare ska öka och minst 120 nya bostäder ska färdigställas under mandatperioden."),
        ("Utbildning i världsklass", "Andelen elever i årskurs 9 som är behöriga till gymnasiet ska öka till minst 85 procent."),
        ("Trygg vård och omsorg", "Andelen brukare som är nöjda med hemtjänsten ska vara minst 90 procent."),
        ("Attraktiv arbetsgivare", "Sjukfrånvaron bland kommunens medarbetare ska minska till högst 6,5 procent."),
    ]
    for g, t in goals:
        pdf.h2(g)
        pdf.para(t)
    pdf.h2("Finansiella mål")
    pdf.bullets(["Resultatet ska uppgå till minst 2 procent av skatteintäkter och generella statsbidrag.",
                 "Soliditeten inklusive pensionsförpliktelser ska vara positiv och förbättras.",
                 "Skattefinansierade investeringar ska till minst 70 procent finansieras med egna medel över planperioden."])

    pdf.add_page()
    pdf.h1("Nämndernas uppdrag och ramar")
    for n, t in LOREM_NAMND.items():
        pdf.h2(n)
        pdf.para(t)
        pdf.para("Nämnden ska redovisa hur effektiviseringskraven uppnås i samband med delårsrapporten per den 31 augusti. "
                 "Eventuella underskott ska hanteras inom nämndens egen ram i första hand.")

    # Resultatbudget
    pdf.add_page()
    pdf.h1("Resultatbudget")
    pdf.para("Resultatbudgeten visar kommunens intäkter och kostnader och hur årets resultat uppkommer. Belopp i miljoner kronor (mnkr).")
    def rr(label, note, key, kind="row"):
        return (kind, [label, note] + [fmt(v) for v in R[key]])
    rows = [rr("Verksamhetens intäkter", "1", "int"), rr("Verksamhetens kostnader", "2", "kost"),
            rr("Avskrivningar", "3", "avs"), rr("Verksamhetens nettokostnader", "", "vnk", "sum"),
            rr("Skatteintäkter", "4", "skatt"), rr("Generella statsbidrag och utjämning", "5", "gsb"),
            rr("Verksamhetens resultat", "", "vres", "sum"), rr("Finansiella intäkter", "", "fint"),
            rr("Finansiella kostnader", "6", "fkost"), rr("Resultat efter finansiella poster", "", "res", "sum"),
            ("row", ["Extraordinära poster", "", "0,0", "0,0", "0,0", "0,0", "0,0"]),
            rr("Årets resultat", "", "res", "sum")]
    pdf.table("Resultatbudget, belopp i mnkr", [["", "Not"] + KINDS, ["", ""] + YEARS], rows,
              [62, 10, 22, 22, 22, 22, 22])
    pdf.note("Bokslut 2023 enligt årsredovisningen. Prognos 2024 enligt delårsrapporten per 31 augusti 2024.")
    pdf.para(f"Skatteintäkter och generella statsbidrag beräknas 2025 uppgå till {fmt(skb)} mnkr, en ökning med "
             f"{fmt(skb - R['skatt'][1] - R['gsb'][1])} mnkr jämfört med prognosen för 2024.")

    pdf.add_page()
    pdf.h1("Balansbudget")
    def br(label, key, kind="row", dec=1):
        return (kind, [label] + [fmt(v, dec) for v in BAL[key]])
    rows = [("section", ["TILLGÅNGAR"]), br("Anläggningstillgångar", "anl"), br("Omsättningstillgångar", "oms"),
            br("Summa tillgångar", "tot", "sum"),
            ("section", ["EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER"]), br("Eget kapital", "ek"),
            br("Avsättningar för pensioner", "avs"), br("Långfristiga skulder", "lang"), br("Kortfristiga skulder", "kort"),
            br("Summa eget kapital, avsättningar och skulder", "tot", "sum"),
            ("row", ["Soliditet, %"] + [str(v) for v in BAL["sol"]])]
    pdf.table("Balansbudget, belopp i mnkr", [[""] + KINDS, [""] + YEARS], rows, [74, 22, 22, 22, 22, 22])
    pdf.para("Soliditeten beräknas som eget kapital i förhållande till totala tillgångar. Pensionsförpliktelser intjänade före 1998 redovisas som ansvarsförbindelse och uppgår till 512,6 mnkr vid utgången av 2023.")

    pdf.add_page()
    pdf.h1("Kassaflödesbudget")
    cf = {}
    cf["res"] = R["res"][2:]
    cf["avs"] = [-v for v in R["avs"][2:]]
    cf["ovr"] = [4.2, 3.4, 3.2]
    cf["lop"] = [round(a + b + c, 1) for a, b, c in zip(cf["res"], cf["avs"], cf["ovr"])]
    cf["inv"] = [-round(v / 1000, 1) for v in INV_TOT[1:]]
    cf["fors"] = [3.0, 2.0, 2.0]
    cf["iv"] = [round(a + b, 1) for a, b in zip(cf["inv"], cf["fors"])]
    cf["lan"] = [150.0, 175.0, 90.0]
    cf["amo"] = [-20.0, -20.0, -25.0]
    cf["fin"] = [round(a + b, 1) for a, b in zip(cf["lan"], cf["amo"])]
    cf["tot"] = [round(a + b + c, 1) for a, b, c in zip(cf["lop"], cf["iv"], cf["fin"])]
    def cr(label, key, kind="row"):
        return (kind, [label] + [fmt(v) for v in cf[key]])
    rows = [("section", ["Den löpande verksamheten"]), cr("Årets resultat", "res"), cr("Justering för avskrivningar", "avs"),
            cr("Justering för övriga ej likviditetspåverkande poster", "ovr"), cr("Medel från den löpande verksamheten", "lop", "sum"),
            ("section", ["Investeringsverksamheten"]), cr("Investering i materiella anläggningstillgångar", "inv"),
            cr("Försäljning av materiella anläggningstillgångar", "fors"), cr("Medel från investeringsverksamheten", "iv", "sum"),
            ("section", ["Finansieringsverksamheten"]), cr("Nyupptagna lån", "lan"), cr("Amortering av skuld", "amo"),
            cr("Medel från finansieringsverksamheten", "fin", "sum"), cr("Årets kassaflöde", "tot", "sum")]
    pdf.table("Kassaflödesbudget, belopp i mnkr", [["", "Budget", "Plan", "Plan"], ["", "2025", "2026", "2027"]], rows,
              [100, 26, 26, 26])
    pdf.para("Låneskulden beräknas öka till 1 035 mnkr vid utgången av 2025. Kommunen lånar via Kommuninvest.")

    pdf.add_page()
    pdf.h1("Driftbudget per nämnd")
    pdf.para(f"Tabellen visar nämndernas nettokostnadsramar. Kolumnen kr per invånare är beräknad på {fmt(INV, 0)} invånare.")
    rows = []
    for n, b24, b25 in DRIFT + [("Finansförvaltning och gemensamt", FINANS[0], FINANS[1])]:
        rows.append(("row", [n, fmt(b24), fmt(b25), fmt(b25 - b24), fmt((b25 - b24) / b24 * 100), fmt(b25 * 1e6 / INV, 0)]))
    s24 = sum(d[1] for d in DRIFT) + FINANS[0]
    s25 = sum(d[2] for d in DRIFT) + FINANS[1]
    rows.append(("sum", ["Summa verksamhetens nettokostnader", fmt(s24), fmt(s25), fmt(s25 - s24), fmt((s25 - s24) / s24 * 100), fmt(s25 * 1e6 / INV, 0)]))
    pdf.table("Driftbudget 2025, nettokostnad i mnkr",
              [["Nämnd", "Budget", "Budget", "Förändring", "Förändring", "kr per"], ["", "2024", "2025", "mnkr", "%", "invånare"]],
              rows, [66, 22, 22, 24, 22, 24])
    pdf.note("Ramarna för 2025 inkluderar kompensation för löneökningar. Vatten och avlopp är avgiftsfinansierat och ingår inte.")

    # Investeringsbudget, landscape, split over two pages with repeated header
    hdr = [["Projekt", "Total", "Budget", "Plan", "Plan"], ["", "utgift", "2025", "2026", "2027"]]
    widths = [150, 30, 30, 30, 30]
    allrows = []
    for n, ps in INVEST:
        allrows.append(("section", [n]))
        for p in ps:
            allrows.append(("row", [p[0]] + [fmt(v, 0) for v in p[1:]]))
        allrows.append(("sum", ["Summa " + n[0].lower() + n[1:]] + [fmt(v, 0) for v in INV_SUM[n]]))
    split = 16
    pdf.add_page(orientation="L")
    pdf.h1("Investeringsbudget")
    pdf.para("Investeringsbudgeten anges i tusentals kronor (tkr). Total utgift avser hela projektets beräknade utgift.")
    pdf.table("Investeringsbudget 2025–2027, belopp i tkr", hdr, allrows[:split], widths)
    pdf.add_page(orientation="L")
    pdf.table("Investeringsbudget 2025–2027, belopp i tkr (forts.)", hdr,
              allrows[split:] + [("sum", ["Totalt investeringar", fmt(sum(INV_SUM[n][0] for n in INV_SUM), 0)] + [fmt(v, 0) for v in INV_TOT[1:]])],
              widths)
    pdf.note("Investeringar inom vatten och avlopp finansieras med VA-avgifter. Exploateringsinvesteringar redovisas brutto.")

    pdf.add_page(orientation="P")
    pdf.h1("Noter och ordlista")
    notes = [
        ("Not 1 Verksamhetens intäkter", "Avser taxor och avgifter, hyror, riktade statsbidrag och försäljning av verksamhet. Riktade statsbidrag beräknas till 168,4 mnkr 2025."),
        ("Not 2 Verksamhetens kostnader", "Personalkostnaderna utgör cirka 62 procent av verksamhetens kostnader."),
        ("Not 3 Avskrivningar", "Avskrivningar görs linjärt enligt komponentavskrivning."),
        ("Not 4 Skatteintäkter", f"Beräknade enligt SKR:s prognos i oktober 2024 och skattesatsen {TAX} kronor."),
        ("Not 5 Generella statsbidrag och utjämning", "Inkomstutjämning, kostnadsutjämning, regleringsbidrag, LSS-utjämning och fastighetsavgift."),
        ("Not 6 Finansiella kostnader", "Genomsnittlig låneränta beräknas till 2,9 procent 2025."),
    ]
    for h, t in notes:
        pdf.h2(h)
        pdf.para(t)
    pdf.h2("Ordlista")
    pdf.bullets(["Balanskrav: lagkrav på att intäkterna ska överstiga kostnaderna.",
                 "Soliditet: andelen av tillgångarna som finansierats med eget kapital.",
                 "Nettokostnad: kostnader minus intäkter för en verksamhet."])
    pdf.output(path)


def arsredovisning_pdf(path):
    pdf = Pdf("Årsredovisning 2023  ·  Mariestads kommun")
    pdf.set_title("Årsredovisning 2023")
    pdf.set_author(KOMMUN)
    pdf.title_page(["Årsredovisning 2023"], [KOMMUN, "Godkänd av kommunfullmäktige 2024-04-22, § 41"])
    pdf.add_page()
    pdf.h1("Kommunstyrelsens ordförande har ordet")
    pdf.para("2023 blev ett år präglat av hög inflation, stigande räntor och ett osäkert omvärldsläge. "
             f"Trots detta redovisar Mariestads kommun ett positivt resultat på {fmt(R['res'][0])} miljoner kronor. "
             "Resultatet är lägre än 2022 men överstiger det finansiella målet om 2 procent av skatteintäkter och generella statsbidrag.")
    pdf.para("Balanskravsresultatet uppgick till 44,9 miljoner kronor efter avdrag för realisationsvinster vid försäljning av fastigheter. "
             "Nämnderna redovisade sammantaget ett underskott mot budget, framför allt inom socialnämnden där kostnaderna för placeringar ökade.")
    pdf.para(f"{KSO.split(' (')[0]}, kommunstyrelsens ordförande")
    pdf.add_page()
    pdf.h1("Förvaltningsberättelse")
    pdf.h2("Fem år i sammandrag")
    rows = [("row", [l] + v) for l, v in FEM]
    pdf.table("", [["", "2019", "2020", "2021", "2022", "2023"]], rows, [70, 22, 22, 22, 22, 22])
    pdf.h2("Årets resultat och ekonomisk ställning")
    pdf.para(f"Verksamhetens nettokostnad ökade med {fmt((-R['vnk'][0] - 1618.9) / 1618.9 * 100)} procent medan skatteintäkter och generella statsbidrag ökade med 5,2 procent. "
             f"Soliditeten uppgick till {BAL['sol'][0]} procent vid årets slut. Nettoinvesteringarna uppgick till 212,7 miljoner kronor, vilket är 38,1 miljoner kronor lägre än budgeterat.")
    pdf.h2("Personal")
    pdf.para("Antalet tillsvidareanställda var 2 146 den 31 december 2023. Sjukfrånvaron uppgick till 7,4 procent av den ordinarie arbetstiden, vilket är en minskning från 7,9 procent 2022. "
             "Kostnaden för timanställda och övertid var 96,3 miljoner kronor.")
    pdf.add_page()
    pdf.h1("Driftredovisning")
    pdf.para("Driftredovisningen visar nämndernas nettokostnader jämfört med budget. Positiv avvikelse innebär överskott.")
    rows = []
    for n, b, u in DRIFT23:
        rows.append(("row", [n, fmt(b), fmt(u), fmt(b - u)]))
    sb, su = sum(d[1] for d in DRIFT23), sum(d[2] for d in DRIFT23)
    rows.append(("sum", ["Summa nämnder", fmt(sb), fmt(su), fmt(sb - su)]))
    pdf.table("Driftredovisning 2023, nettokostnad i mnkr", [["Nämnd", "Budget 2023", "Utfall 2023", "Avvikelse"]], rows, [80, 30, 30, 30])
    pdf.para("Socialnämndens underskott förklaras främst av kostnader för institutionsplaceringar av barn och unga som blev 11,2 miljoner kronor högre än budgeterat.")
    pdf.add_page()
    pdf.h1("Resultaträkning")
    rows = [("row", ["Verksamhetens intäkter", "1", "398,1", fmt(R["int"][0])]),
            ("row", ["Verksamhetens kostnader", "2", "-1 944,0", fmt(R["kost"][0])]),
            ("row", ["Avskrivningar", "3", "-73,0", fmt(R["avs"][0])]),
            ("sum", ["Verksamhetens nettokostnader", "", "-1 618,9", fmt(R["vnk"][0])]),
            ("row", ["Skatteintäkter", "4", "1 293,4", fmt(R["skatt"][0])]),
            ("row", ["Generella statsbidrag och utjämning", "5", "361,8", fmt(R["gsb"][0])]),
            ("sum", ["Verksamhetens resultat", "", "36,3", fmt(R["vres"][0])]),
            ("row", ["Finansiella intäkter", "", "27,4", fmt(R["fint"][0])]),
            ("row", ["Finansiella kostnader", "6", "-8,4", fmt(R["fkost"][0])]),
            ("sum", ["Årets resultat", "", "55,3", fmt(R["res"][0])])]
    pdf.table("Resultaträkning, belopp i mnkr", [["", "Not", "2022", "2023"]], rows, [80, 14, 30, 30])
    pdf.note("Finansiella intäkter 2022 innehåller en engångsutdelning från Mariestads Bostäder AB om 20,0 mnkr.")
    pdf.output(path)


def html(path):
    rows = [
        ("Förskola och grundskola", "31", "563,0"),
        ("Gymnasieskola och vuxenutbildning", "9", "163,2"),
        ("Äldreomsorg", "22", "399,5"),
        ("Stöd till personer med funktionsnedsättning", "11", "199,8"),
        ("Individ- och familjeomsorg", "8", "145,3"),
        ("Gator, parker och fastigheter", "7", "127,1"),
        ("Kultur och fritid", "4", "72,6"),
        ("Politik, administration och övrigt", "8", "133,6"),
    ]
    body = f"""      <p class="lead">Av varje hundralapp du tjänar betalar du {TAX} kronor i skatt till Mariestads kommun. Här kan du se hur pengarna används.</p>
      <h2>Så fördelas 100 kronor i kommunalskatt 2025</h2>
      <p>Fördelningen bygger på nettokostnaderna i Mål och budget 2025. Den största delen går till förskola och skola.</p>
{html_table("Fördelning av 100 kr skatt, budget 2025", ["Verksamhet", "Kronor av 100", "Nettokostnad 2025, mnkr"], rows + [("Totalt", "100", "1 804,1")])}
      <h2>Skattesatsen 2025</h2>
      <p>Den totala skattesatsen i Mariestad är 33,57 kronor, varav {TAX} kronor till kommunen och 11,48 kronor till Västra Götalandsregionen. Till det kommer kyrkoavgift eller begravningsavgift.</p>
      <p>En invånare med en månadslön på 35 000 kronor betalar cirka 6 700 kronor i kommunalskatt per månad till Mariestads kommun.</p>
      <h2>Mer information</h2>
      <ul><li><a href="/dokument/mal-och-budget-2025.pdf">Mål och budget 2025 (pdf)</a></li><li><a href="/dokument/arsredovisning-2023.pdf">Årsredovisning 2023 (pdf)</a></li></ul>"""
    page = html_page("Mariestads kommun", "Så används din skatt",
                     ["Barn och utbildning", "Omsorg och stöd", "Bygga och bo", "Kultur och fritid", "Kommun och politik"],
                     ['<a href="/kommun-och-politik">Kommun och politik</a>', '<a href="/kommun-och-politik/ekonomi">Ekonomi</a>', "Så används din skatt"],
                     body, "Senast uppdaterad", "2025-01-15",
                     ["Mariestads kommun, 542 86 Mariestad", "Besöksadress: Kyrkogatan 2", "Telefon: 0501-75 50 00 (Kontaktcenter)", "E-post: kommunen@mariestad.se"])
    with open(path, "w", encoding="utf-8") as f:
        f.write(page)


def protokoll_docx(path):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    d.add_paragraph("MARIESTADS KOMMUN")
    d.add_paragraph("SAMMANTRÄDESPROTOKOLL")
    d.add_heading("Kommunstyrelsen", level=1)
    d.add_paragraph("Sammanträdesdatum: 2024-10-14")
    d.add_paragraph("Plats och tid: Stadshuset, sammanträdesrum Vänern, kl. 08.30–12.15")
    d.add_paragraph("Beslutande: Karin Lindqvist (M), ordförande; Jonas Hedberg (S), 1:e vice ordförande; Mikael Ek (SD), 2:e vice ordförande; "
                    "Anna Sjöberg (KD); Lars-Göran Persson (C); Eva Nordin (S); Peter Holm (L); Sara Blom (V); Fredrik Åberg (M); Maria Lund (S); Tomas Engström (SD)")
    d.add_paragraph("Sekreterare: Helena Strand")
    d.add_paragraph("Justerare: Jonas Hedberg (S)")

    d.add_heading("§ 145 Delårsrapport per den 31 augusti 2024", level=2)
    d.add_paragraph("Dnr KS 2024/0271")
    d.add_paragraph("Delårsrapporten visar ett resultat för perioden januari–augusti på 62,8 miljoner kronor. "
                    f"Helårsprognosen för 2024 är ett resultat på {fmt(R['res'][1])} miljoner kronor, vilket är 9,6 miljoner kronor lägre än budget. "
                    "Nämnderna prognostiserar sammantaget ett underskott på 21,4 miljoner kronor, varav socialnämnden står för 14,7 miljoner kronor.")
    d.add_paragraph("Beslut")
    d.add_paragraph("Kommunstyrelsen föreslår kommunfullmäktige att godkänna delårsrapporten per den 31 augusti 2024. "
                    "Socialnämnden får i uppdrag att senast den 30 november 2024 redovisa en åtgärdsplan för en budget i balans.")

    d.add_heading("§ 146 Tilläggsanslag 2024", level=2)
    d.add_paragraph("Dnr KS 2024/0289")
    d.add_paragraph("Kommunstyrelsen har att ta ställning till begäran om tilläggsanslag från tre nämnder. "
                    "Medlen tas från kommunstyrelsens förfogandeanslag, som efter beslutet har 1,3 miljoner kronor kvar för 2024.")
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    hdr = t.rows[0].cells
    hdr[0].text, hdr[1].text, hdr[2].text = "Nämnd", "Ändamål", "Belopp, tkr"
    tillagg = [("Tekniska nämnden", "Vinterväghållning, ökade kostnader", "2 400"),
               ("Kultur- och fritidsnämnden", "Tillfälliga lokaler simundervisning", "850"),
               ("Barn- och utbildningsnämnden", "Skolskjuts, ny upphandling", "1 650"),
               ("Summa", "", "4 900")]
    for a, b, c in tillagg:
        r = t.add_row().cells
        r[0].text, r[1].text, r[2].text = a, b, c
    d.add_paragraph("Yrkanden")
    d.add_paragraph("Mikael Ek (SD) yrkar att tilläggsanslaget till kultur- och fritidsnämnden avslås.")
    d.add_paragraph("Beslutsgång")
    d.add_paragraph("Ordföranden ställer förslagen mot varandra och finner att kommunstyrelsen bifaller arbetsutskottets förslag.")
    d.add_paragraph("Beslut")
    d.add_paragraph("Kommunstyrelsen beviljar tilläggsanslag för 2024 om totalt 4 900 tkr enligt tabellen ovan.")
    d.add_paragraph("Reservation")
    d.add_paragraph("Mikael Ek (SD) och Tomas Engström (SD) reserverar sig mot beslutet till förmån för eget yrkande.")

    d.add_heading("§ 147 Taxa för avfallshantering 2025", level=2)
    d.add_paragraph("Dnr KS 2024/0302")
    d.add_paragraph("Avfallstaxan föreslås höjas med 4,5 procent från den 1 januari 2025. För en villa med tvåkärlssystem och hämtning varannan vecka innebär det en höjning från 3 120 kronor till 3 260 kronor per år.")
    d.add_paragraph("Beslut")
    d.add_paragraph("Kommunstyrelsen föreslår kommunfullmäktige att anta avfallstaxa för 2025.")
    d.add_paragraph("Sara Blom (V) anmäler protokollsanteckning om att taxan bör differentieras mer efter mängd.")

    d.add_heading("§ 148 Budgetberedning – ramar 2025", level=2)
    d.add_paragraph("Dnr KS 2024/0318")
    d.add_paragraph(f"Kommunstyrelsen behandlar förslaget till Mål och budget 2025 med plan för 2026–2027. Förslaget innebär oförändrad skattesats, {TAX} kronor, och ett budgeterat resultat på {fmt(R['res'][2])} miljoner kronor.")
    d.add_paragraph("Beslut")
    d.add_paragraph("Kommunstyrelsen föreslår kommunfullmäktige att fastställa Mål och budget 2025 med plan för 2026–2027.")
    d.add_paragraph("Reservation")
    d.add_paragraph("Jonas Hedberg (S), Eva Nordin (S), Maria Lund (S) och Sara Blom (V) reserverar sig mot beslutet till förmån för Socialdemokraternas budgetförslag.")
    d.add_paragraph("Vid protokollet: Helena Strand. Justerat 2024-10-18.")
    save_docx(d, path, "Helena Strand")


def xlsx(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Befolkning"
    ws.append(["Befolkning i Mariestads kommun efter ålder 2019–2024"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(["Antal invånare den 31 december"])
    ws.append(["År", "Folkmängd", "0–5 år", "6–15 år", "16–64 år", "65–79 år", "80 år och äldre"])
    data = [
        (2019, 24154, 1498, 2712, 13210, 4702, 2032),
        (2020, 24196, 1486, 2741, 13168, 4741, 2060),
        (2021, 24227, 1471, 2768, 13131, 4769, 2088),
        (2022, 24271, 1460, 2790, 13109, 4781, 2131),
        (2023, 24302, 1442, 2811, 13080, 4784, 2185),
        (2024, 24331, 1421, 2826, 13071, 4770, 2243),
    ]
    for r in data:
        assert sum(r[2:]) == r[1], r
        ws.append(list(r))
    ws.append([])
    ws.append(["Källa: SCB, befolkningsstatistik. 2024 avser preliminär uppgift."])
    for c in "ABCDEFG":
        ws.column_dimensions[c].width = 16

    ws2 = wb.create_sheet("Nettokostnad")
    ws2.append(["Nettokostnad per verksamhet, Mariestads kommun"])
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.append(["Belopp i tkr respektive kronor per invånare"])
    ws2.append(["Verksamhet", "Utfall 2022, tkr", "Utfall 2023, tkr", "Förändring, %", "Kr per invånare 2023"])
    nk = [
        ("Förskola", 148210, 153870),
        ("Grundskola inkl. förskoleklass", 312460, 326950),
        ("Gymnasieskola", 121380, 125110),
        ("Äldreomsorg", 398720, 417640),
        ("Funktionsnedsättning (LSS/SoL)", 188950, 196240),
        ("Individ- och familjeomsorg", 118430, 134980),
        ("Kultur och fritid", 63110, 64020),
    ]
    for v, a, b in nk:
        ws2.append([v, a, b, round((b - a) / a * 100, 1), round(b * 1000 / 24302)])
        ws2.cell(ws2.max_row, 4).number_format = "0.0"
    for c, w in zip("ABCDE", (34, 18, 18, 16, 22)):
        ws2.column_dimensions[c].width = w
    save_xlsx(wb, path, "Ekonomiavdelningen Mariestad")


def press(path):
    txt = f"""# Pressmeddelande

**Mariestads kommun, 2024-11-26**

## Budget 2025 antagen – oförändrad skatt och satsning på skolan

Kommunfullmäktige i Mariestad antog på måndagskvällen Mål och budget 2025 med plan för 2026–2027. Skattesatsen blir oförändrad, {TAX} kronor.

Budgeten ger ett resultat på {fmt(R['res'][2])} miljoner kronor för 2025. Barn- och utbildningsnämnden får den största ramökningen, {fmt(DRIFT[1][2] - DRIFT[1][1])} miljoner kronor, bland annat för fler lärare i lågstadiet.

– Vi tar ansvar för ekonomin samtidigt som vi satsar på det viktigaste: barnens skolgång och en trygg äldreomsorg, säger Karin Lindqvist (M), kommunstyrelsens ordförande.

Kommunen investerar för {fmt(INV_TOT[1] / 1000)} miljoner kronor under 2025. Den nya konstgräsplanen vid Lekevi kostar 9,2 miljoner kronor och beräknas vara klar till säsongen 2025. Föreningen IFK Mariestad bidrar med 700 000 kronor till belysningen.

Budgeten antogs med 26 röster mot 23. Socialdemokraterna och Vänsterpartiet röstade för ett eget förslag med en skattehöjning på 30 öre.

### Fakta

- Kommunfullmäktige består av 49 ledamöter.
- Budgeten omsluter drygt 2,3 miljarder kronor.
- Mariestad hade {fmt(INV, 0)} invånare den 1 november 2024.

**Kontakt:**
Karin Lindqvist (M), kommunstyrelsens ordförande, 0501-75 50 10
Ulrika Sandberg, ekonomichef, 0501-75 51 20
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(txt)


def build(outdir):
    os.makedirs(outdir, exist_ok=True)
    budget_pdf(os.path.join(outdir, "mal-och-budget-2025.pdf"))
    arsredovisning_pdf(os.path.join(outdir, "arsredovisning-2023.pdf"))
    html(os.path.join(outdir, "sa-anvands-din-skatt.html"))
    protokoll_docx(os.path.join(outdir, "ks-protokoll-2024-10-14.docx"))
    xlsx(os.path.join(outdir, "befolkning-och-nettokostnad.xlsx"))
    press(os.path.join(outdir, "pressmeddelande-budget-2025.md"))
