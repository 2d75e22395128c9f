"""Ljungby kommun: invented but internally consistent documents."""
import os
from decimal import Decimal as D

import docx
from docx.shared import Pt
import openpyxl
from openpyxl.styles import Font

from common import Doc, fmt, q, normalise_zip, html_page, html_table, FIXED_DT

RB = {  # Utfall 2023, Budget 2024, Prognos 2024, Budget 2025, Plan 2026, Plan 2027
    "int": ["512.6", "498.0", "521.3", "507.4", "515.0", "522.7"],
    "kost": ["-2265.9", "-2318.4", "-2346.2", "-2412.6", "-2478.1", "-2540.3"],
    "avskr": ["-98.4", "-104.0", "-102.7", "-109.5", "-115.2", "-119.8"],
    "skatt": ["1452.3", "1521.0", "1513.8", "1585.2", "1640.7", "1697.1"],
    "gsb": ["447.9", "438.5", "456.2", "472.3", "479.0", "485.6"],
    "finint": ["14.2", "10.5", "12.8", "11.0", "11.0", "11.0"],
    "finkost": ["-21.1", "-24.0", "-21.9", "-26.4", "-29.8", "-32.5"],
}
RB = {k: [D(x) for x in v] for k, v in RB.items()}
NETTO = [a + b + c for a, b, c in zip(RB["int"], RB["kost"], RB["avskr"])]
VRES = [n + s + g for n, s, g in zip(NETTO, RB["skatt"], RB["gsb"])]
ARES = [v + a + b for v, a, b in zip(VRES, RB["finint"], RB["finkost"])]
RESPCT = [q(r / (s + g) * 100, 1) for r, s, g in zip(ARES, RB["skatt"], RB["gsb"])]
POP_BUDGET = 28800

# verksamheter 2025 (tkr): nämnd -> [(verksamhet, intäkter, nettokostnad)]
VERK = [
    ("Kommunstyrelsen", [("Politisk verksamhet", 350, 14200), ("Kommunledning och administration", 12400, 78600),
                         ("Näringsliv och turism", 1900, 9800), ("Räddningstjänst", 4300, 33900),
                         ("Kollektivtrafik", 2600, 31900)]),
    ("Barn- och utbildningsnämnden", [("Förskola", 21800, 198700), ("Grundskola inkl. förskoleklass", 38500, 402300),
                                      ("Gymnasieskola", 24100, 168900), ("Vuxenutbildning", 11700, 31400),
                                      ("Elevhälsa", 900, 41300)]),
    ("Omsorgsnämnden", [("Särskilt boende", 52300, 268400), ("Hemtjänst", 18600, 171200),
                        ("LSS", 34900, 142800), ("Hälso- och sjukvård", 2100, 29500)]),
    ("Socialnämnden", [("Individ- och familjeomsorg", 9800, 121500), ("Försörjningsstöd", 1200, 52600),
                       ("Missbruksvård", 2400, 38900), ("Arbetsmarknadsenhet", 14600, 23800)]),
    ("Tekniska nämnden", [("Gator och vägar", 6200, 48700), ("Parker", 1100, 16400), ("Kost", 58400, 9900),
                          ("Fastighetsförvaltning", 162300, 17300)]),
    ("Kultur- och fritidsnämnden", [("Bibliotek", 800, 17800), ("Fritidsanläggningar", 7900, 28300),
                                    ("Föreningsbidrag", 0, 9600), ("Kulturskola", 1600, 5800)]),
    ("Miljö- och byggnadsnämnden", [("Bygglov", 5200, 6100), ("Miljö- och hälsoskydd", 4700, 9400),
                                    ("Planering", 300, 2700)]),
    ("Överförmyndarnämnden", [("Överförmyndarverksamhet", 400, 4600)]),
    ("Revisionen", [("Revision", 0, 2900)]),
]
N25 = {nm: sum(v[2] for v in vs) for nm, vs in VERK}
N24 = {"Kommunstyrelsen": 162000, "Barn- och utbildningsnämnden": 808900, "Omsorgsnämnden": 586400,
       "Socialnämnden": 224100, "Tekniska nämnden": 89700, "Kultur- och fritidsnämnden": 60200,
       "Miljö- och byggnadsnämnden": 17500, "Överförmyndarnämnden": 4300, "Revisionen": 2800}
SUM25 = sum(N25.values())
SUM24 = sum(N24.values())
FIN25 = int(-NETTO[3] * 1000) - SUM25
FIN24 = int(-NETTO[1] * 1000) - SUM24

INVEST = [
    ("Kommunstyrelsen", [("Bredband landsbygd", "2.0", "2.0", "1.0", "8.0"),
                         ("IT och digitalisering", "4.5", "4.5", "4.5", "13.5"),
                         ("Exploatering Replösa verksamhetsområde", "12.0", "8.0", "5.0", "30.0")]),
    ("Barn- och utbildningsnämnden", [("Ny F–6-skola Ljungby norra", "45.0", "60.0", "38.0", "150.0"),
                                      ("Ombyggnad Ljungbergsskolan", "18.0", "6.0", "0.0", "28.0"),
                                      ("Inventarier skola och förskola", "3.5", "3.5", "3.5", "10.5")]),
    ("Omsorgsnämnden", [("Nytt LSS-boende Lagan", "14.0", "0.0", "0.0", "19.5"),
                        ("Välfärdsteknik", "2.5", "2.5", "2.5", "7.5")]),
    ("Tekniska nämnden", [("Gatuinvesteringar och beläggning", "16.0", "16.5", "17.0", "49.5"),
                          ("Gång- och cykelvägar", "6.5", "7.0", "5.0", "18.5"),
                          ("Energieffektivisering fastigheter", "9.0", "9.0", "9.0", "27.0"),
                          ("Reinvestering kommunala fastigheter", "22.0", "22.0", "24.0", "68.0"),
                          ("Ny brandstation Lidhult", "11.5", "0.0", "0.0", "14.0")]),
    ("Kultur- och fritidsnämnden", [("Renovering Ljungby simhall", "8.0", "14.0", "0.0", "24.0"),
                                    ("Konstgräsplan Lagavallen", "0.0", "5.5", "0.0", "5.5")]),
]
INV_TOT = [sum(D(p[i]) for _, ps in INVEST for p in ps) for i in (1, 2, 3)]

BB_RES = [ARES[0], ARES[2], ARES[3], ARES[4], ARES[5]]
ANL = [D("2486.3"), D("2486.3") + D("158.0") + RB["avskr"][2]]
for inv, av in zip(INV_TOT, RB["avskr"][3:]):
    ANL.append(ANL[-1] + inv + av)
OMS = [D(x) for x in ("412.7", "398.0", "385.0", "380.0", "382.0")]
TILL = [a + b for a, b in zip(ANL, OMS)]
EK = [D("1142.8")]
for r in BB_RES[1:]:
    EK.append(EK[-1] + r)
AVS = [D(x) for x in ("96.4", "99.0", "102.5", "105.8", "108.9")]
LFS = [D(x) for x in ("1210.0", "1260.0", "1330.0", "1385.0", "1385.0")]
KFS = [t - e - a - l for t, e, a, l in zip(TILL, EK, AVS, LFS)]
SOL = [q(e / t * 100, 1) for e, t in zip(EK, TILL)]


def m(v):
    return fmt(v, 1, neg="-")


def build_budget_pdf(path):
    pdf = Doc("Budget 2025 och plan 2026–2027 · Ljungby kommun")
    pdf.add_page()
    pdf.ln(40)
    pdf.set_font("DejaVu", "B", 28)
    pdf.multi_cell(0, 13, "Budget 2025\nPlan 2026–2027", align="L")
    pdf.ln(6)
    pdf.set_font("DejaVu", "", 14)
    pdf.multi_cell(0, 8, "Ljungby kommun")
    pdf.ln(40)
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(0, 6, "Beslutad av kommunfullmäktige den 18 november 2024, § 156")
    # förord
    pdf.add_page()
    pdf.h1("Kommunstyrelsens ordförande har ordet")
    pdf.para("Ljungby kommun står inför ett par år där ekonomin kräver tydliga prioriteringar. Vi har en växande andel "
             "äldre, fler barn i förskoleåldern i centralorten och stora behov av att rusta upp skolor och fastigheter.")
    pdf.para(f"Budgeten för 2025 ger ett resultat på {m(ARES[3])} miljoner kronor. Det är lägre än de senaste årens "
             "resultat men uppfyller kommunens finansiella mål om ett resultat på minst 1,0 procent av skatteintäkter och "
             "generella statsbidrag. Skattesatsen är oförändrad, 22,14 kronor.")
    pdf.para("Vi gör en historisk investering i skolan. Den nya F–6-skolan i Ljungby norra har en total projektbudget på "
             "150 miljoner kronor och ska vara klar till höstterminen 2027. Samtidigt byggs Ljungbergsskolan om.")
    pdf.para("För att klara välfärden behöver vi arbeta smartare. Nämnderna har fått i uppdrag att tillsammans minska "
             "kostnaderna med 18,5 miljoner kronor under 2025, bland annat genom färre lokaler och mer digitala tjänster.")
    pdf.ln(4)
    pdf.set_font("DejaVu", "I", 9.5)
    pdf.multi_cell(0, 5, "Anders Rydholm (M)\nKommunstyrelsens ordförande i Ljungby kommun")
    # styrmodell och mål
    pdf.add_page()
    pdf.h1("Styrmodell och mål")
    pdf.para("Ljungby kommuns vision är ”Ljungby – en kommun med sagolik livskvalitet”. Kommunfullmäktige styr genom "
             "fyra strategiska mål som nämnderna bryter ner i egna nämndmål och aktiviteter.")
    pdf.bullets(["Ljungby ska ha en god utbildning och fler invånare i arbete.",
                 "Ljungby ska vara en trygg kommun med hållbar omsorg för alla åldrar.",
                 "Ljungby ska växa med fler bostäder och företag.",
                 "Ljungby kommun ska vara en attraktiv och hållbar arbetsgivare."])
    pdf.h2("Finansiella mål")
    pdf.bullets(["Årets resultat ska vara minst 1,0 procent av skatteintäkter och generella statsbidrag.",
                 "Nettoinvesteringarna ska under planperioden i genomsnitt vara högst 8 procent av skatteintäkter och generella statsbidrag.",
                 "Låneskulden får inte överstiga 48 000 kronor per invånare."])
    pdf.para("Med budgeterade investeringar på i genomsnitt 148 miljoner kronor per år under 2025–2027 uppfylls "
             "investeringsmålet. Låneskulden beräknas till 46 200 kronor per invånare vid utgången av 2025.")
    # ekonomiska förutsättningar
    pdf.add_page()
    pdf.h1("Ekonomiska förutsättningar")
    pdf.h2("Befolkning")
    pdf.para("Ljungby kommun hade 28 745 invånare den 31 december 2023. Budgeten för 2025 bygger på 28 800 invånare, och "
             "för planåren räknar kommunen med en ökning på cirka 60 invånare per år.")
    pdf.h2("Skatter och statsbidrag")
    pdf.para("Skatteintäkterna bygger på SKR:s prognos från oktober 2024. Skattesatsen är oförändrad 22,14 kronor. "
             "Skatteintäkter och generella statsbidrag beräknas sammantaget till "
             f"{m(RB['skatt'][3] + RB['gsb'][3])} miljoner kronor 2025.")
    pdf.para("Det kommunala utjämningssystemet ger Ljungby ett tillskott i inkomstutjämningen men en avgift i "
             "kostnadsutjämningen. Regeringens tillskott i generella statsbidrag för 2025 ger Ljungby cirka 8,9 miljoner kronor.")
    pdf.h2("Löner, priser och pensioner")
    pdf.para("Lönekostnaderna har räknats upp med 3,4 procent och övriga kostnader med 1,8 procent. Pensionskostnaderna "
             "ökar med 14,1 miljoner kronor jämfört med 2024.")
    # resultatbudget
    pdf.add_page()
    pdf.h1("Resultatbudget")
    w = [52, 19.5, 19.5, 19.5, 19.5, 19.5, 19.5]
    hdr = [["", "Utfall", "Budget", "Prognos", "Budget", "Plan", "Plan"],
           ["mnkr", "2023", "2024", "2024", "2025", "2026", "2027"]]
    rows = [
        ["Verksamhetens intäkter"] + [m(x) for x in RB["int"]],
        ["Verksamhetens kostnader"] + [m(x) for x in RB["kost"]],
        ["Avskrivningar"] + [m(x) for x in RB["avskr"]],
        ["Verksamhetens nettokostnader"] + [m(x) for x in NETTO],
        ["Skatteintäkter"] + [m(x) for x in RB["skatt"]],
        ["Generella statsbidrag, utjämning"] + [m(x) for x in RB["gsb"]],
        ["Verksamhetens resultat"] + [m(x) for x in VRES],
        ["Finansiella intäkter"] + [m(x) for x in RB["finint"]],
        ["Finansiella kostnader"] + [m(x) for x in RB["finkost"]],
        ["Årets resultat"] + [m(x) for x in ARES],
        ["Årets resultat, %¹"] + [fmt(x) for x in RESPCT],
    ]
    pdf.table(hdr, rows, w, bold=(3, 6, 9), size=7.6)
    pdf.note("¹ Årets resultat i procent av skatteintäkter och generella statsbidrag.")
    pdf.para(f"Prognosen för 2024 visar ett resultat på {m(ARES[2])} miljoner kronor, vilket är "
             f"{m(ARES[2] - ARES[1])} miljoner kronor bättre än budget. Det beror främst på högre generella statsbidrag och "
             "lägre räntekostnader än beräknat.")
    # balansbudget
    pdf.add_page()
    pdf.h1("Balansbudget")
    w = [70, 20, 20, 20, 20, 20]
    hdr = [["", "Utfall", "Prognos", "Budget", "Plan", "Plan"], ["mnkr", "2023", "2024", "2025", "2026", "2027"]]
    rows = [
        ["Tillgångar", "", "", "", "", ""],
        ["Anläggningstillgångar"] + [m(x) for x in ANL],
        ["Omsättningstillgångar"] + [m(x) for x in OMS],
        ["Summa tillgångar"] + [m(x) for x in TILL],
        ["Eget kapital, avsättningar och skulder", "", "", "", "", ""],
        ["Eget kapital"] + [m(x) for x in EK],
        ["därav årets resultat"] + [m(x) for x in BB_RES],
        ["Avsättningar"] + [m(x) for x in AVS],
        ["Långfristiga skulder"] + [m(x) for x in LFS],
        ["Kortfristiga skulder"] + [m(x) for x in KFS],
        ["Summa eget kapital och skulder"] + [m(x) for x in TILL],
        ["Soliditet (%)"] + [fmt(x) for x in SOL],
    ]
    pdf.table(hdr, rows, w, bold=(3, 10), section=(0, 4), size=7.8)
    pdf.para("Långfristiga skulder ökar med 125 miljoner kronor mellan 2024 och 2026 för att finansiera investeringarna "
             "i skolor och fastigheter. Soliditeten förbättras ändå något under planperioden eftersom eget kapital ökar med årets resultat.")
    # driftbudget landscape
    pdf.add_page(orientation="L")
    pdf.h1("Driftbudget per nämnd")
    w = [80, 30, 30, 30, 30, 30, 27]
    hdr = [["Nämnd", "Budget", "Budget", "Förändring", "Förändring", "kr/inv.", "Andel"],
           ["(mnkr)", "2024", "2025", "mnkr", "%", "2025", "%"]]
    rows = []
    for nm, _ in VERK:
        b24, b25 = D(N24[nm]) / 1000, D(N25[nm]) / 1000
        rows.append([nm, m(b24), m(b25), m(b25 - b24), fmt(q((b25 - b24) / b24 * 100)),
                     fmt(q(D(N25[nm]) * 1000 / POP_BUDGET, 0), 0), fmt(q(D(N25[nm]) / SUM25 * 100))])
    rows.append(["Summa nämnder", m(D(SUM24) / 1000), m(D(SUM25) / 1000), m(D(SUM25 - SUM24) / 1000),
                 fmt(q(D(SUM25 - SUM24) / SUM24 * 100)), fmt(q(D(SUM25) * 1000 / POP_BUDGET, 0), 0), "100,0"])
    rows.append(["Finansförvaltning²", m(D(FIN24) / 1000), m(D(FIN25) / 1000), m(D(FIN25 - FIN24) / 1000), "", "", ""])
    rows.append(["Verksamhetens nettokostnader", m(-NETTO[1]), m(-NETTO[3]), m(NETTO[1] - NETTO[3]),
                 fmt(q((NETTO[1] - NETTO[3]) / -NETTO[1] * 100)), fmt(q(-NETTO[3] * 1000000 / POP_BUDGET, 0), 0), ""])
    pdf.table(hdr, rows, w, bold=(len(VERK), len(VERK) + 2), size=8.6, rh=6.2)
    pdf.note("Kolumnen kr/inv. anges i kronor per invånare och bygger på 28 800 invånare. "
             "² Finansförvaltningen omfattar intern ränta, pensioner som inte fördelas till nämnderna och reserv för "
             "oförutsedda kostnader på 10,0 mnkr.")
    # nämndernas ramar
    pdf.add_page(orientation="P")
    pdf.h1("Nämndernas ramar och effektiviseringar")
    pdf.para("Nämndernas samlade effektiviseringskrav för 2025 uppgår till 18,5 miljoner kronor. Kravet är fördelat i "
             "förhållande till nämndernas nettokostnad, med undantag för revisionen och överförmyndarnämnden.")
    pdf.h3("Barn- och utbildningsnämnden")
    pdf.para("Ramen ökar med 33,7 miljoner kronor. I ökningen ingår 6,2 miljoner kronor för fler barn i förskolan och "
             "hyreskostnader för tillfälliga paviljonger vid Ljungbergsskolan under ombyggnaden.")
    pdf.h3("Omsorgsnämnden")
    pdf.para("Omsorgsnämnden får ett tillskott för ett nytt LSS-boende som öppnar under hösten 2025. Nämnden ska samtidigt "
             "minska kostnaderna för bemanningsföretag med 4,0 miljoner kronor.")
    pdf.h3("Socialnämnden")
    pdf.para("Försörjningsstödet beräknas öka. Socialnämnden har i uppdrag att genom arbetsmarknadsenheten minska antalet "
             "hushåll med långvarigt försörjningsstöd med 10 procent.")
    pdf.h3("Tekniska nämnden")
    pdf.para("Tekniska nämnden ansvarar för gator, parker, kost och kommunens fastigheter. Fastighetsförvaltningen "
             "finansieras i huvudsak genom internhyror. Nämnden ska avveckla lokaler motsvarande 3 500 kvadratmeter.")
    pdf.h3("Kultur- och fritidsnämnden")
    pdf.para("Nämnden ska spara 1,1 miljoner kronor, främst genom att biblioteksfilialen i Ryssby blir meröppen i stället "
             "för bemannad.")
    # investeringar prose
    pdf.add_page()
    pdf.h1("Investeringar")
    pdf.para(f"Investeringsbudgeten för 2025 omfattar {m(INV_TOT[0])} miljoner kronor. För planåren 2026 och 2027 är "
             f"investeringarna {m(INV_TOT[1])} respektive {m(INV_TOT[2])} miljoner kronor.")
    pdf.para("Investeringar i verksamhetsfastigheter som ger ökade driftkostnader ska beslutas särskilt av "
             "kommunfullmäktige innan de påbörjas. Det gäller bland annat den nya F–6-skolan och renoveringen av simhallen.")
    pdf.para("Brandstationen i Lidhult ersätts av en ny station med plats för två fordon. Projektet har en total budget på "
             "14,0 miljoner kronor, varav 2,5 miljoner kronor budgeterades 2024.")
    pdf.para("Investeringsbudgeten per projekt redovisas i tabellen på nästa sida. Beloppen anges i miljoner kronor.")
    # investeringsbudget over page break
    pdf.add_page()
    pdf.h1("Investeringsbudget 2025–2027")
    w = [70, 22, 22, 22, 34]
    hdr = [["Projekt", "Budget", "Plan", "Plan", "Total"], ["mnkr", "2025", "2026", "2027", "projektbudget³"]]
    allrows, bold, sect = [], [], []
    for sec, ps in INVEST:
        sect.append(len(allrows))
        allrows.append([sec, "", "", "", ""])
        for p, a, b, c, t in ps:
            allrows.append([p, m(D(a)), m(D(b)), m(D(c)), m(D(t))])
        bold.append(len(allrows))
        allrows.append(["Summa", m(sum(D(x[1]) for x in ps)), m(sum(D(x[2]) for x in ps)),
                        m(sum(D(x[3]) for x in ps)), ""])
    split = 16
    pdf.table(hdr, allrows[:split], w, bold=[b for b in bold if b < split], section=[s for s in sect if s < split],
              size=8.4, rh=6.6)
    pdf.add_page()
    pdf.h2("Investeringsbudget 2025–2027, forts.")
    rest = allrows[split:] + [["Totalt", m(INV_TOT[0]), m(INV_TOT[1]), m(INV_TOT[2]), ""]]
    pdf.table(hdr, rest, w, bold=[b - split for b in bold if b >= split] + [len(rest) - 1],
              section=[s - split for s in sect if s >= split], size=8.4, rh=6.6)
    pdf.note("³ Total projektbudget inklusive utgifter före 2025 och efter 2027.")
    # känslighetsanalys + ordlista
    pdf.add_page()
    pdf.h1("Känslighetsanalys")
    pdf.para("Tabellen visar hur kommunens resultat påverkas av förändringar i några viktiga faktorer.")
    pdf.table([["Händelse", "Påverkan, mnkr"]], [["Löneförändring med 1 procent", "14,8"],
                                               ["Förändrat skatteunderlag med 1 procent", "15,9"],
                                               ["Ränteförändring med 1 procentenhet", "9,7"],
                                               ["Prisförändring med 1 procent", "6,1"],
                                               ["Tio fler elever i grundskolan", "1,1"]], [110, 40], size=8.8)
    pdf.h2("Ordlista")
    pdf.bullets(["Generella statsbidrag: bidrag från staten som kommunen fritt får använda.",
                 "Nettokostnad: kostnader efter avdrag för verksamhetens egna intäkter.",
                 "Kr/inv.: kronor per invånare.",
                 "Soliditet: andel av tillgångarna som finansierats med eget kapital."])
    pdf.output(path)


AVV23 = [("Kommunstyrelsen", "155.2", "150.9"), ("Barn- och utbildningsnämnden", "781.4", "786.0"),
         ("Omsorgsnämnden", "562.0", "576.3"), ("Socialnämnden", "215.6", "212.1"),
         ("Tekniska nämnden", "86.3", "83.9"), ("Kultur- och fritidsnämnden", "58.1", "57.6"),
         ("Miljö- och byggnadsnämnden", "16.9", "16.4"), ("Överförmyndarnämnden", "4.1", "4.3"),
         ("Revisionen", "2.7", "2.6")]

FEM = [
    ("Antal invånare 31/12", ["28 409", "28 511", "28 617", "28 690", "28 745"]),
    ("Skattesats, kr", ["21,89", "21,89", "21,89", "22,14", "22,14"]),
    ("Verksamhetens nettokostnad, mnkr", ["1 560,3", "1 598,0", "1 655,8", "1 761,9", "1 851,7"]),
    ("Skatteintäkter och statsbidrag, mnkr", ["1 599,6", "1 665,5", "1 733,5", "1 821,1", "1 900,2"]),
    ("Årets resultat, mnkr", ["38,2", "61,7", "72,4", "50,3", "41,6"]),
    ("Nettoinvesteringar, mnkr", ["121,4", "138,9", "146,2", "151,7", "163,8"]),
    ("Soliditet, %", ["41,2", "41,8", "42,6", "40,9", "39,4"]),
    ("Antal tillsvidareanställda", ["2 318", "2 341", "2 356", "2 372", "2 390"]),
]


def build_ar_pdf(path):
    pdf = Doc("Årsredovisning 2023 – Ljungby kommun")
    pdf.add_page()
    pdf.ln(50)
    pdf.set_font("DejaVu", "B", 30)
    pdf.multi_cell(0, 14, "Årsredovisning 2023", align="C")
    pdf.set_font("DejaVu", "", 14)
    pdf.multi_cell(0, 8, "Ljungby kommun", align="C")
    pdf.ln(30)
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(0, 6, "Godkänd av kommunfullmäktige 2024-04-22", align="C")
    pdf.add_page()
    pdf.h1("Kommunstyrelsens ordförande har ordet")
    pdf.para("2023 blev ett år med hög inflation, stigande räntor och ökade pensionskostnader. Trots det redovisar "
             "Ljungby kommun ett positivt resultat för tjugonde året i rad.")
    pdf.para("Årets resultat uppgick till 41,6 miljoner kronor, vilket motsvarar 2,2 procent av skatteintäkter och "
             "generella statsbidrag. Kommunkoncernens resultat blev 78,9 miljoner kronor.")
    pdf.para("Omsorgsnämnden redovisar ett underskott på -14,3 miljoner kronor, varav hemtjänsten svarar för "
             "9,6 miljoner kronor. Underskottet beror på fler beviljade timmar och höga kostnader för bemanningsföretag.")
    pdf.ln(3)
    pdf.set_font("DejaVu", "I", 9.5)
    pdf.multi_cell(0, 5, "Anders Rydholm (M), kommunstyrelsens ordförande")
    pdf.add_page()
    pdf.h1("Fem år i sammandrag")
    w = [66, 20.8, 20.8, 20.8, 20.8, 20.8]
    hdr = [["", "2019", "2020", "2021", "2022", "2023"]]
    pdf.table(hdr, [[k] + v for k, v in FEM], w, size=8.3)
    pdf.note("Skattesatsen höjdes med 25 öre från och med 2022.")
    pdf.h2("Väsentliga personalförhållanden")
    pdf.para("Sjukfrånvaron uppgick till 6,8 procent av ordinarie arbetstid 2023, jämfört med 7,3 procent 2022. "
             "Kostnaden för inhyrd personal från bemanningsföretag var 23,4 miljoner kronor.")
    pdf.h2("Pensionsförpliktelser")
    pdf.para("Kommunens totala pensionsförpliktelser inklusive löneskatt uppgick till 612,4 miljoner kronor vid årets slut, "
             "varav 516,0 miljoner kronor redovisas som ansvarsförbindelse utanför balansräkningen.")
    pdf.add_page()
    pdf.h1("Resultaträkning")
    w = [78, 16, 30, 30]
    hdr = [["Belopp i mnkr", "Not", "2023", "2022"]]
    P = lambda s: fmt(D(s), 1, neg="()")
    rows = [["Verksamhetens intäkter", "2", P("512.6"), P("489.0")],
            ["Verksamhetens kostnader", "3", P("-2265.9"), P("-2159.3")],
            ["Avskrivningar", "4", P("-98.4"), P("-91.6")],
            ["Verksamhetens nettokostnader", "", P("-1851.7"), P("-1761.9")],
            ["Skatteintäkter", "5", P("1452.3"), P("1379.8")],
            ["Generella statsbidrag och utjämning", "6", P("447.9"), P("441.3")],
            ["Verksamhetens resultat", "", P("48.5"), P("59.2")],
            ["Finansiella intäkter", "7", P("14.2"), P("8.6")],
            ["Finansiella kostnader", "8", P("-21.1"), P("-17.5")],
            ["Resultat efter finansiella poster", "", P("41.6"), P("50.3")],
            ["Årets resultat", "", P("41.6"), P("50.3")]]
    pdf.table(hdr, rows, w, bold=(3, 6, 9, 10), size=8.5)
    pdf.note("Belopp inom parentes är negativa.")
    pdf.h2("Balansräkning i sammandrag")
    pdf.table([["Belopp i mnkr", "Not", "2023-12-31", "2022-12-31"]],
              [["Anläggningstillgångar", "9", P("2486.3"), P("2421.7")],
               ["Omsättningstillgångar", "10", P("412.7"), P("405.2")],
               ["Summa tillgångar", "", P("2899.0"), P("2826.9")],
               ["Eget kapital", "11", P("1142.8"), P("1101.2")],
               ["Avsättningar", "12", P("96.4"), P("91.8")],
               ["Långfristiga skulder", "13", P("1210.0"), P("1160.0")],
               ["Kortfristiga skulder", "14", P("449.8"), P("473.9")],
               ["Summa eget kapital, avsättningar och skulder", "", P("2899.0"), P("2826.9")]],
              [78, 16, 30, 30], bold=(2, 7), size=8.5)
    pdf.add_page()
    pdf.h1("Nämndernas budgetavvikelse 2023")
    pdf.para("Tabellen visar nämndernas nettokostnad jämfört med budget. Underskott redovisas inom parentes.")
    w = [70, 28, 28, 28]
    hdr = [["Nämnd", "Budget", "Utfall", "Avvikelse"], ["mnkr", "2023", "2023", ""]]
    rows = []
    for nm, b, u in AVV23:
        rows.append([nm, P(b), P(u), P(str(D(b) - D(u)))])
    bs, us = sum(D(x[1]) for x in AVV23), sum(D(x[2]) for x in AVV23)
    rows.append(["Summa nämnder", P(bs), P(us), P(bs - us)])
    pdf.table(hdr, rows, w, bold=(len(rows) - 1,), size=8.5)
    pdf.para("Kommunstyrelsens överskott förklaras av vakanser och lägre kostnader för kollektivtrafiken. "
             "Barn- och utbildningsnämndens underskott beror främst på fler elever i gymnasieskolan än budgeterat.")
    pdf.h2("Investeringar")
    pdf.para("Nettoinvesteringarna uppgick till 163,8 miljoner kronor, vilket är 41,2 miljoner kronor lägre än budget. "
             "Största projekt var ombyggnaden av Kungshögsskolan, 38,5 miljoner kronor.")
    pdf.output(path)


def build_html(path):
    shares = [("Förskola och skola", "41"), ("Äldreomsorg och stöd till personer med funktionsnedsättning", "30"),
              ("Socialtjänst och arbetsmarknad", "12"), ("Räddningstjänst, kollektivtrafik och kommunledning", "8"),
              ("Gator, parker och fastigheter", "4"), ("Kultur och fritid", "3"), ("Miljö, bygg och övrigt", "2")]
    assert sum(int(s) for _, s in shares) == 100
    body = """      <h1>Så används din skatt</h1>
      <p class="ingress">Kommunalskatten är Ljungby kommuns största inkomstkälla. Här kan du se hur skattepengarna
      fördelas mellan kommunens verksamheter under 2025.</p>
      <h2>Skattesatsen 2025</h2>
      <p>Skattesatsen i Ljungby kommun är 22,14 kronor per hundralapp 2025. Tillsammans med regionskatten till Region
      Kronoberg på 12,00 kronor blir den totala skattesatsen 34,14 kronor. Om du tjänar 30 000 kronor i månaden betalar du
      ungefär 6 300 kronor i kommunalskatt varje månad.</p>
      <h2>Så fördelas 100 kronor</h2>
""" + html_table("Fördelning av 100 kronor i kommunalskatt, budget 2025", ["Verksamhet", "Kronor"],
                 [[a, b] for a, b in shares]) + """
      <p>Fördelningen bygger på nämndernas nettokostnad i budget 2025 och är avrundad till hela kronor.</p>
      <h2>Kommunens ekonomi</h2>
      <p>Den totala budgeten för nämndernas verksamhet 2025 är drygt 2 miljarder kronor. Mer information finns i
      dokumentet Budget 2025 och plan 2026–2027.</p>"""
    html = html_page("Så används din skatt", "Ljungby kommun",
                     ["Uppleva och göra", "Utbildning och barnomsorg", "Omsorg och hjälp", "Bygga, bo och miljö",
                      "Kommun och politik"],
                     ["Startsida", "Kommun och politik", "Ekonomi och budget", "Så används din skatt"], body,
                     "Senast uppdaterad", "2025-01-15",
                     ["Ljungby kommun, Olofsgatan 9, 341 83 Ljungby", "Telefon: 0372-78 90 00",
                      "E-post: ljungby.kommun@ljungby.se"])
    with open(path, "w", encoding="utf-8") as f:
        f.write(html)


def build_docx(path):
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Ljungby kommun"
    cp.last_modified_by = "Ljungby kommun"
    cp.title = "Protokollsutdrag kommunstyrelsen 2025-03-11"
    cp.created = FIXED_DT.replace(tzinfo=None)
    cp.modified = FIXED_DT.replace(tzinfo=None)
    cp.last_printed = FIXED_DT.replace(tzinfo=None)
    cp.revision = 1
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10.5)
    d.add_heading("Protokollsutdrag", 0)
    d.add_paragraph("Kommunstyrelsen, Ljungby kommun. Sammanträdesdatum 2025-03-11")
    d.add_paragraph("Ordförande: Anders Rydholm (M). Vice ordförande: Maria Svensson (S). Sekreterare: Jonas Ek.")
    d.add_heading("§ 41 Ombudgetering av investeringsmedel från 2024 till 2025", 1)
    d.add_paragraph("Dnr 2025/0087")
    d.add_paragraph("Flera investeringsprojekt blev försenade under 2024. Ekonomiavdelningen har sammanställt de projekt där "
                    "nämnderna begär att outnyttjade medel förs över till 2025. Ombudgeteringen uppgår till 14,0 miljoner "
                    "kronor och finansieras med likvida medel.")
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Projekt", "Budget 2024, tkr", "Utfall 2024, tkr", "Ombudgeteras till 2025, tkr"]):
        t.rows[0].cells[i].text = h
    data = [("Ombyggnad Ljungbergsskolan", 12000, 7350), ("Nytt LSS-boende Lagan", 5500, 2180),
            ("Ny brandstation Lidhult", 2500, 1120), ("Gång- och cykelvägar", 7000, 4900),
            ("Renovering Ljungby simhall", 3000, 450)]
    for p, b, u in data:
        r = t.add_row().cells
        r[0].text, r[1].text, r[2].text, r[3].text = p, fmt(b, 0), fmt(u, 0), fmt(b - u, 0)
    tb, tu = sum(x[1] for x in data), sum(x[2] for x in data)
    r = t.add_row().cells
    r[0].text, r[1].text, r[2].text, r[3].text = "Summa", fmt(tb, 0), fmt(tu, 0), fmt(tb - tu, 0)
    d.add_heading("Yrkanden", 2)
    d.add_paragraph("Anders Rydholm (M) yrkar bifall till förslaget. Lars Bengtsson (SD) yrkar att medlen för "
                    "renoveringen av simhallen inte ombudgeteras.")
    d.add_heading("Beslut", 2)
    d.add_paragraph("Kommunstyrelsen föreslår kommunfullmäktige besluta att ombudgetera 14,0 miljoner kronor i "
                    "investeringsmedel från 2024 till 2025 enligt tabellen.")
    d.add_heading("Reservation", 2)
    d.add_paragraph("Lars Bengtsson (SD) reserverar sig mot beslutet till förmån för eget yrkande.")
    d.add_heading("§ 42 Tilläggsanslag till omsorgsnämnden 2025", 1)
    d.add_paragraph("Dnr 2025/0093")
    d.add_paragraph("Omsorgsnämnden har begärt tilläggsanslag för ökade kostnader inom LSS till följd av två nya "
                    "domar om boende med särskild service.")
    d.add_heading("Beslut", 2)
    d.add_paragraph("Kommunstyrelsen beviljar omsorgsnämnden ett tilläggsanslag på 4,2 miljoner kronor för 2025. "
                    "Tilläggsanslaget finansieras ur kommunstyrelsens reserv för oförutsedda kostnader, som efter beslutet "
                    "uppgår till 5,8 miljoner kronor.")
    d.add_heading("§ 43 Försäljning av fastigheten Ljungby Kvarnen 4", 1)
    d.add_paragraph("Dnr 2024/0412")
    d.add_paragraph("Fastigheten Ljungby Kvarnen 4 har varit till salu sedan hösten 2024. Högsta bud har lämnats av "
                    "Lagans Bygg AB som avser att uppföra 18 hyresrätter på fastigheten.")
    d.add_heading("Beslut", 2)
    d.add_paragraph("Kommunstyrelsen beslutar att sälja fastigheten Ljungby Kvarnen 4 till Lagans Bygg AB för "
                    "3 850 000 kronor.")
    d.add_paragraph("Vid protokollet: Jonas Ek. Justeras: Anders Rydholm (M), Maria Svensson (S).")
    d.save(path)
    normalise_zip(path)


UTV = [  # år, skatteintäkter, gen statsbidrag, nettokostnad (mnkr)
    ("2019", "1218.4", "381.2", "1560.3"), ("2020", "1236.9", "428.6", "1598.0"),
    ("2021", "1301.5", "432.0", "1655.8"), ("2022", "1379.8", "441.3", "1761.9"),
    ("2023", "1452.3", "447.9", "1851.7"), ("2024 prognos", "1513.8", "456.2", "1927.6"),
    ("2025 budget", "1585.2", "472.3", "2014.7"),
]


def build_xlsx(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Driftbudget 2025"
    ws.append(["Driftbudget 2025 per nämnd och verksamhet, Ljungby kommun"])
    ws.append(["Belopp i tkr"])
    ws.append(["Nämnd", "Verksamhet", "Intäkter", "Kostnader", "Nettokostnad"])
    for nm, vs in VERK:
        for v, i, n in vs:
            ws.append([nm, v, i, i + n, n])
    ti = sum(i for _, vs in VERK for _, i, _ in vs)
    tn = sum(n for _, vs in VERK for _, _, n in vs)
    ws.append(["Totalt", "Samtliga nämnder", ti, ti + tn, tn])
    ws["A1"].font = Font(bold=True, size=12)
    for c in ws[3]:
        c.font = Font(bold=True)
    ws2 = wb.create_sheet("Utveckling 2019-2025")
    ws2.append(["Skatteintäkter, statsbidrag och nettokostnad 2019–2025"])
    ws2.append(["Miljoner kronor (mnkr)"])
    ws2.append(["År", "Skatteintäkter", "Generella statsbidrag och utjämning", "Verksamhetens nettokostnad",
                "Nettokostnadsandel, %"])
    for y, s, g, nk in UTV:
        share = float(q(D(nk) / (D(s) + D(g)) * 100))
        ws2.append([y, float(s), float(g), float(nk), share])
    ws2["A1"].font = Font(bold=True, size=12)
    for c in ws2[3]:
        c.font = Font(bold=True)
    wb.properties.creator = "Ljungby kommun"
    wb.properties.lastModifiedBy = "Ljungby kommun"
    wb.properties.created = FIXED_DT.replace(tzinfo=None)
    wb.properties.modified = FIXED_DT.replace(tzinfo=None)
    wb.save(path)
    normalise_zip(path)


def build_press(path):
    txt = f"""PRESSMEDDELANDE
Ljungby kommun, 2024-10-08

Delårsrapport: Ljungby kommun räknar med överskott på {m(ARES[2])} miljoner kronor

Ljungby kommun redovisar ett resultat på 61,8 miljoner kronor för perioden januari–augusti 2024. För helåret
prognostiseras ett överskott på {m(ARES[2])} miljoner kronor, att jämföra med budgeterade {m(ARES[1])} miljoner kronor.

– Det är ett bättre resultat än vi räknade med, men nämnderna har fortfarande stora utmaningar. Vi måste få ner
kostnaderna inom omsorgen, säger Anders Rydholm (M), kommunstyrelsens ordförande.

Omsorgsnämnden prognostiserar ett underskott på 12,6 miljoner kronor och barn- och utbildningsnämnden ett underskott
på 4,1 miljoner kronor. Tekniska nämnden räknar med ett överskott på 3,2 miljoner kronor.

– Att resultatet ändå blir bättre än budget beror på högre generella statsbidrag och lägre räntekostnader, säger
ekonomidirektör Sofia Almgren.

Hittills i år har kommunen investerat 96,4 miljoner kronor av budgeterade 172,0 miljoner kronor.

Delårsrapporten behandlas av kommunfullmäktige den 28 oktober.

För mer information:
Anders Rydholm (M), kommunstyrelsens ordförande, 0372-78 90 10
Sofia Almgren, ekonomidirektör, 0372-78 91 20
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(txt)


def build(outdir):
    os.makedirs(outdir, exist_ok=True)
    build_budget_pdf(os.path.join(outdir, "budget-2025-plan-2026-2027.pdf"))
    build_ar_pdf(os.path.join(outdir, "arsredovisning-2023.pdf"))
    build_html(os.path.join(outdir, "sa-anvands-din-skatt.html"))
    build_docx(os.path.join(outdir, "protokollsutdrag-ks-2025-03-11.docx"))
    build_xlsx(os.path.join(outdir, "driftbudget-2025-per-verksamhet.xlsx"))
    build_press(os.path.join(outdir, "pressmeddelande-delarsrapport-2024.txt"))
