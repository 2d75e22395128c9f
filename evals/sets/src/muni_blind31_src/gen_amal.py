"""Åmål documents for blind-muni31 (invented figures)."""
import os

import openpyxl
from docx import Document
from docx.shared import Pt
from openpyxl.styles import Font

from common import MuniPDF, normalize_zip, sv

NAME = "Åmåls kommun"
POP_BUDGET = 12350  # invånare, prognos 2025 used for kr per invånare

# ---------------------------------------------------------------- budget data
YEARS_RB = ["Bokslut 2023", "Budget 2024", "Budget 2025", "Plan 2026", "Plan 2027"]
RB = {
    "Verksamhetens intäkter": [212.4, 205.0, 214.6, 218.9, 223.3],
    "Verksamhetens kostnader": [-1118.7, -1142.3, -1189.5, -1221.8, -1254.0],
    "Avskrivningar": [-41.2, -44.0, -47.3, -50.1, -52.6],
    "Skatteintäkter": [680.3, 712.8, 741.5, 765.2, 791.0],
    "Generella statsbidrag och utjämning": [298.6, 291.4, 303.9, 310.6, 317.8],
    "Finansiella intäkter": [6.1, 4.5, 5.0, 5.0, 5.0],
    "Finansiella kostnader": [-9.8, -12.4, -13.6, -14.9, -16.2],
}


def rb_derived():
    r = {}
    n = len(YEARS_RB)
    r["vnk"] = [round(RB["Verksamhetens intäkter"][i] + RB["Verksamhetens kostnader"][i] + RB["Avskrivningar"][i], 1) for i in range(n)]
    r["vr"] = [round(r["vnk"][i] + RB["Skatteintäkter"][i] + RB["Generella statsbidrag och utjämning"][i], 1) for i in range(n)]
    r["ref"] = [round(r["vr"][i] + RB["Finansiella intäkter"][i] + RB["Finansiella kostnader"][i], 1) for i in range(n)]
    r["pct"] = [round(100 * r["ref"][i] / (RB["Skatteintäkter"][i] + RB["Generella statsbidrag och utjämning"][i]), 1) for i in range(n)]
    return r


NAMNDER = [  # Bokslut 2023, Budget 2024, Budget 2025 (mnkr)
    ("Kommunfullmäktige och revision", [4.8, 5.0, 5.1]),
    ("Kommunstyrelsen", [98.6, 104.2, 108.9]),
    ("Barn- och utbildningsnämnden", [412.5, 428.7, 441.3]),
    ("Socialnämnden", [398.2, 415.6, 436.8]),
    ("Miljö- och byggnadsnämnden", [12.4, 13.1, 13.6]),
    ("Kultur- och fritidsnämnden", [28.9, 29.8, 30.7]),
]
FINANSFORV = [-7.9, -15.1, -14.2]

INVEST = [  # tkr: Budget 2025, Plan 2026, Plan 2027
    ("Ny förskola Kungsgärdet", [38500, 24000, 0]),
    ("Renovering Nordalskolan", [12000, 18500, 9000]),
    ("VA-ledningar Hamnområdet", [15200, 11800, 8400]),
    ("Gatubelysning, byte till LED", [3400, 3400, 2000]),
    ("Gång- och cykelväg Örnäs", [6800, 0, 0]),
    ("IT-investeringar", [4100, 3900, 3900]),
    ("Fordon och maskiner", [2600, 2800, 3000]),
    ("Övriga reinvesteringar", [9400, 9600, 9800]),
]

BAL = {  # Bokslut 2023, Budget 2024, Budget 2025, Plan 2026, Plan 2027
    "Anläggningstillgångar": [1012.4, 1058.0, 1102.7, 1126.6, 1110.1],
    "Omsättningstillgångar": [186.3, 160.2, 150.5, 152.3, 180.8],
    "Eget kapital": [468.9, 483.9, 498.5, 511.4, 525.7],
    "Avsättningar": [62.4, 64.0, 65.5, 67.0, 68.5],
    "Långfristiga skulder": [420.0, 445.0, 460.0, 470.0, 460.0],
}


def f1(x):
    return sv(x, 1)


def build_budget(out):
    d = rb_derived()
    pdf = MuniPDF("Åmåls kommun · Mål och budget 2025 med plan 2026–2027", "Åmåls kommun")
    # cover
    pdf.add_page()
    pdf.ln(50)
    pdf.set_font("DejaVu", "B", 28)
    pdf.multi_cell(0, 14, "Mål och budget 2025\nmed plan 2026–2027")
    pdf.ln(6)
    pdf.set_font("DejaVu", "", 14)
    pdf.multi_cell(0, 8, "Åmåls kommun")
    pdf.ln(4)
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(0, 6, "Antagen av kommunfullmäktige 2024-11-27, § 142\nDiarienummer KS 2024/318")

    # contents
    pdf.add_page()
    pdf.h1("Innehåll")
    toc = [("Kommunstyrelsens ordförande har ordet", 3), ("Omvärld och förutsättningar", 4),
           ("Vision och mål", 5), ("Ekonomiska ramar och prioriteringar", 6), ("Nämndernas uppdrag", 7),
           ("Resultatbudget", 9), ("Balansbudget", 10), ("Driftbudget per nämnd", 11),
           ("Investeringsbudget", 12), ("Noter och ord och begrepp", 14)]
    pdf.set_font("DejaVu", "", 10.5)
    for t, p in toc:
        pdf.cell(150, 7, t)
        pdf.cell(0, 7, str(p), align="R")
        pdf.ln(7)

    # foreword
    pdf.add_page()
    pdf.h1("Kommunstyrelsens ordförande har ordet")
    pdf.para("Åmål står inför några år där ekonomin kommer att vara ansträngd. Kostnaderna för pensioner, "
             "löner och energi fortsätter att öka samtidigt som skatteintäkterna växer långsammare än vi "
             "vant oss vid. Trots det lägger vi fram en budget i balans, med ett resultat på "
             "14,6 miljoner kronor för 2025.")
    pdf.para("Skattesatsen lämnas oförändrad på 22,41 kronor per hundralapp. Vi har valt att inte höja skatten "
             "utan i stället prioritera inom de ramar vi har. Det innebär att alla nämnder behöver arbeta "
             "vidare med effektiviseringar, och att kommunstyrelsen själv går före med besparingar i den "
             "egna förvaltningen.")
    pdf.para("Barn och unga är vår viktigaste prioritering. Under 2025 påbörjas bygget av den nya förskolan på "
             "Kungsgärdet och renoveringen av Nordalskolan fortsätter. Vi satsar också på att fler ungdomar "
             "ska få ett första jobb genom feriearbete.")
    pdf.para("Inom äldreomsorgen ökar behoven. Allt fler av våra invånare är över 80 år och hemtjänsten "
             "växer. Socialnämnden får därför det största tillskottet av alla nämnder.")
    pdf.para("Jag vill tacka alla medarbetare i Åmåls kommun för ett fantastiskt arbete, och alla partier "
             "som bidragit i budgetberedningen.")
    pdf.ln(4)
    pdf.para("Anders Wåhlin (S)\nKommunstyrelsens ordförande")

    # omvärld
    pdf.add_page()
    pdf.h1("Omvärld och förutsättningar")
    pdf.h2("Samhällsekonomin")
    pdf.para("Sveriges Kommuner och Regioner (SKR) bedömer i sin prognos från oktober 2024 att svensk ekonomi "
             "återhämtar sig under 2025. Inflationen har fallit tillbaka och Riksbanken har sänkt styrräntan. "
             "Skatteunderlaget väntas växa med 3,9 procent 2025, vilket är lägre än under de senaste åren.")
    pdf.h2("Befolkning")
    pdf.para("Den 31 december 2023 hade Åmål 12 412 invånare. Befolkningen har minskat något varje år sedan "
             "2015. I budgeten räknar vi med 12 350 invånare för 2025. Antalet invånare över 80 år väntas "
             "öka med 4 procent per år under planperioden, medan antalet barn i förskoleålder minskar.")
    pdf.h2("Pensioner och personal")
    pdf.para("Pensionskostnaderna ökar kraftigt 2025 till följd av de senaste årens höga inflation. "
             "Löneökningarna beräknas till 3,2 procent per år. Kommunen har cirka 1 150 tillsvidareanställda "
             "och är därmed den största arbetsgivaren i Åmål.")
    pdf.h2("Statsbidrag")
    pdf.para("De generella statsbidragen höjs något 2025. Riktade statsbidrag för bland annat skolan och "
             "äldreomsorgen är osäkra och har inte budgeterats för åren efter 2025.")

    # mål
    pdf.add_page()
    pdf.h1("Vision och mål")
    pdf.para("Visionen för Åmål är ”Åmål – en levande kommun vid Vänern där alla kan växa”. Kommunfullmäktige "
             "har beslutat om fyra inriktningsmål för mandatperioden och tre finansiella mål.")
    pdf.h2("Inriktningsmål")
    pdf.bullets(["Alla barn och elever ska nå kunskapsmålen och känna sig trygga i skolan.",
                 "Äldre ska kunna leva ett självständigt liv och känna trygghet i sin vardag.",
                 "Åmål ska vara en attraktiv plats att bo, verka och besöka i.",
                 "Kommunens verksamheter ska minska sin klimatpåverkan."])
    pdf.h2("Finansiella mål")
    pdf.bullets(["Årets resultat ska uppgå till minst 1,0 procent av skatteintäkter och generella statsbidrag.",
                 "Soliditeten ska öka under planperioden.",
                 "Investeringar ska över planperioden självfinansieras till minst 60 procent."])
    pdf.para("Resultatet för 2025 motsvarar 1,4 procent av skatteintäkter och generella statsbidrag. Målet om "
             "minst 1,0 procent nås därmed samtliga år i planperioden.")

    # ramar
    pdf.add_page()
    pdf.h1("Ekonomiska ramar och prioriteringar")
    pdf.para("Nämndernas ramar för 2025 har räknats upp med 3,2 procent för löner och 2,0 procent för övriga "
             "kostnader. Därutöver har följande prioriteringar gjorts.")
    pdf.h2("Besparingar och effektiviseringar")
    pdf.para("Kommunstyrelsen genomför effektiviseringar om 4,7 miljoner kronor, bland annat genom att "
             "samordna administration och IT-stöd och minska antalet lokaler. Övriga nämnder har ett "
             "generellt effektiviseringskrav på 0,5 procent av ramen.")
    pdf.h2("Tillskott")
    pdf.para("Barn- och utbildningsnämnden får ett tillskott på 6,5 miljoner kronor för fler elever i "
             "grundsärskolan och för ökade kostnader för skolskjuts.")
    pdf.para("Socialnämnden får ett tillskott på 8,3 miljoner kronor för ökade volymer inom hemtjänsten. "
             "Socialnämnden redovisade för 2023 ett underskott mot budget på -14,3 miljoner kronor och "
             "ska under 2025 redovisa en åtgärdsplan för en budget i balans.")
    pdf.para("Kommunstyrelsen får ett särskilt anslag på 700 000 kronor till feriearbeten för ungdomar, "
             "vilket ger omkring 70 platser sommaren 2025.")
    pdf.h2("Skattesats")
    pdf.para("Den kommunala skattesatsen för 2025 är oförändrad 22,41 kronor.")

    # nämnderna
    pdf.add_page()
    pdf.h1("Nämndernas uppdrag")
    texts = [
        ("Kommunstyrelsen", "Kommunstyrelsen leder och samordnar kommunens verksamheter och ansvarar för "
         "ekonomi, personal, näringsliv, räddningstjänst samt gator och parker. Ramen för 2025 uppgår till "
         "108,9 miljoner kronor."),
        ("Barn- och utbildningsnämnden", "Nämnden ansvarar för förskola, grundskola, gymnasieskola och "
         "vuxenutbildning. Ordförande är Maria Ek (S). Under 2025 ska nämnden förbereda flytten till den "
         "nya förskolan på Kungsgärdet."),
        ("Socialnämnden", "Nämnden ansvarar för äldreomsorg, stöd till personer med funktionsnedsättning "
         "samt individ- och familjeomsorg. Ordförande är Lars Hedén (C). Nämnden ska särskilt arbeta med "
         "att minska kostnaderna för externa placeringar."),
        ("Miljö- och byggnadsnämnden", "Nämnden handlägger bygglov, miljötillsyn och livsmedelskontroll. "
         "Målet är att handläggningstiden för bygglov inte ska överstiga sex veckor."),
        ("Kultur- och fritidsnämnden", "Nämnden ansvarar för bibliotek, kulturskola, idrottsanläggningar "
         "och badhuset. Badhusets öppettider utökas under 2025."),
        ("Kommunfullmäktige och revision", "Kommunfullmäktige har 35 ledamöter. Revisionen granskar all "
         "verksamhet på fullmäktiges uppdrag."),
    ]
    for i, (h, t) in enumerate(texts):
        if i == 3:
            pdf.add_page()
        pdf.h2(h)
        pdf.para(t)
    pdf.para("Nämnderna ska i sina verksamhetsplaner bryta ned fullmäktiges mål till mätbara nämndmål och "
             "återrapportera dessa i delårsrapport och årsredovisning.")

    # resultatbudget
    pdf.add_page()
    pdf.h1("Resultatbudget")
    hdr = [["", "Not", "Bokslut", "Budget", "Budget", "Plan", "Plan"],
           ["Belopp i mnkr", "", "2023", "2024", "2025", "2026", "2027"]]
    W = [58, 10, 20.4, 20.4, 20.4, 20.4, 20.4]
    rows, bold = [], []

    def add(label, vals, note="", b=False):
        if b:
            bold.append(len(rows))
        rows.append([label, note] + [f1(v) for v in vals])
    add("Verksamhetens intäkter", RB["Verksamhetens intäkter"], "1")
    add("Verksamhetens kostnader", RB["Verksamhetens kostnader"], "2")
    add("Avskrivningar", RB["Avskrivningar"], "3")
    add("Verksamhetens nettokostnader", d["vnk"], b=True)
    add("Skatteintäkter", RB["Skatteintäkter"], "4")
    add("Generella statsbidrag och utjämning", RB["Generella statsbidrag och utjämning"], "5")
    add("Verksamhetens resultat", d["vr"], b=True)
    add("Finansiella intäkter", RB["Finansiella intäkter"])
    add("Finansiella kostnader", RB["Finansiella kostnader"], "6")
    add("Resultat efter finansiella poster", d["ref"], b=True)
    add("Årets resultat", d["ref"], b=True)
    rows.append(["Resultat i % av skatter och statsbidrag", ""] + [f1(v) for v in d["pct"]])
    pdf.table(hdr, rows, W, bold_rows=bold)
    pdf.small("Resultatbudgeten bygger på SKR:s skatteunderlagsprognos från oktober 2024. Noter, se sidan 14.")
    pdf.para("Verksamhetens nettokostnader ökar med 4,2 procent mellan budget 2024 och budget 2025, medan "
             "skatteintäkter och generella statsbidrag tillsammans ökar med 4,1 procent.")

    # balansbudget
    pdf.add_page()
    pdf.h1("Balansbudget")
    hdr = [["", "Bokslut", "Budget", "Budget", "Plan", "Plan"],
           ["Belopp i mnkr", "2023", "2024", "2025", "2026", "2027"]]
    W = [68, 20.4, 20.4, 20.4, 20.4, 20.4]
    n = 5
    st = [round(BAL["Anläggningstillgångar"][i] + BAL["Omsättningstillgångar"][i], 1) for i in range(n)]
    ks = [round(st[i] - BAL["Eget kapital"][i] - BAL["Avsättningar"][i] - BAL["Långfristiga skulder"][i], 1) for i in range(n)]
    sol = [round(100 * BAL["Eget kapital"][i] / st[i], 1) for i in range(n)]
    rows = [["Tillgångar", "", "", "", "", ""],
            ["Anläggningstillgångar"] + [f1(v) for v in BAL["Anläggningstillgångar"]],
            ["Omsättningstillgångar"] + [f1(v) for v in BAL["Omsättningstillgångar"]],
            ["Summa tillgångar"] + [f1(v) for v in st],
            ["Eget kapital, avsättningar och skulder", "", "", "", "", ""],
            ["Eget kapital"] + [f1(v) for v in BAL["Eget kapital"]],
            ["   därav årets resultat"] + [f1(v) for v in d["ref"]],
            ["Avsättningar för pensioner"] + [f1(v) for v in BAL["Avsättningar"]],
            ["Långfristiga skulder"] + [f1(v) for v in BAL["Långfristiga skulder"]],
            ["Kortfristiga skulder"] + [f1(v) for v in ks],
            ["Summa eget kapital och skulder"] + [f1(v) for v in st],
            ["Soliditet, %"] + [f1(v) for v in sol]]
    pdf.table(hdr, rows, W, bold_rows=(3, 10), section_rows=(0, 4))
    pdf.para("Soliditeten, det vill säga hur stor del av tillgångarna som finansieras med eget kapital, "
             "beräknas stiga från 39,1 procent i bokslut 2023 till 40,7 procent vid utgången av 2027. "
             "Låneskulden ökar till 470 miljoner kronor 2026 och minskar därefter.")

    # driftbudget (landscape)
    pdf.add_page(orientation="L")
    pdf.h1("Driftbudget per nämnd")
    pdf.para("Tabellen visar nämndernas nettokostnader. Belopp i mnkr om inte annat anges. Kolumnen längst "
             "till höger anger nettokostnaden per invånare, beräknad på 12 350 invånare.")
    hdr = [["", "Bokslut", "Budget", "Budget", "Förändring", "Kr per"],
           ["Nämnd", "2023", "2024", "2025", "2024–2025", "invånare 2025"]]
    W = [90, 30, 30, 30, 34, 40]
    rows = []
    sums = [0.0, 0.0, 0.0]
    for nm, v in NAMNDER:
        rows.append([nm] + [f1(x) for x in v] + [f1(round(v[2] - v[1], 1)), sv(round(v[2] * 1e6 / POP_BUDGET), 0)])
        sums = [round(sums[i] + v[i], 1) for i in range(3)]
    rows.append(["Summa nämnder"] + [f1(x) for x in sums] + [f1(round(sums[2] - sums[1], 1)), sv(round(sums[2] * 1e6 / POP_BUDGET), 0)])
    rows.append(["Finansförvaltning¹"] + [f1(x) for x in FINANSFORV] + [f1(round(FINANSFORV[2] - FINANSFORV[1], 1)), sv(round(FINANSFORV[2] * 1e6 / POP_BUDGET), 0)])
    tot = [round(sums[i] + FINANSFORV[i], 1) for i in range(3)]
    rows.append(["Verksamhetens nettokostnader"] + [f1(x) for x in tot] + [f1(round(tot[2] - tot[1], 1)), sv(round(tot[2] * 1e6 / POP_BUDGET), 0)])
    pdf.table(hdr, rows, W, bold_rows=(len(NAMNDER), len(NAMNDER) + 2), size=9.5, rh=6.5)
    pdf.small("¹ Finansförvaltningen omfattar bland annat intern ränta, personalomkostnadspålägg och "
              "pensionskostnader som inte fördelas till nämnderna. Ett negativt belopp innebär en nettointäkt.")
    assert tot == [-x for x in d["vnk"][:3]], (tot, d["vnk"])

    # investeringsbudget over page break
    pdf.add_page()
    pdf.h1("Investeringsbudget")
    pdf.para("Investeringsbudgeten för 2025 uppgår till 92,0 miljoner kronor. De största projekten är den nya "
             "förskolan på Kungsgärdet och renoveringen av Nordalskolan. Investeringarna finansieras med "
             "avskrivningsmedel, årets resultat och nya lån.")
    pdf.para("Förskolan på Kungsgärdet får sex avdelningar och ersätter två äldre förskolor i centrala Åmål. "
             "Renoveringen av Nordalskolan genomförs i tre etapper där etapp 1 färdigställdes 2024. "
             "Ledningsnätet i Hamnområdet byts ut i samband med att området förbereds för nya bostäder.")
    pdf.para("Alla projekt över 5 miljoner kronor ska beslutas särskilt av kommunstyrelsen innan de startar. "
             "Ej förbrukade investeringsmedel kan föras över till nästa år efter beslut av kommunstyrelsen.")
    pdf.para("Under planperioden prioriteras investeringar i skollokaler och i vatten- och avloppsnätet. "
             "Nya projekt som inte finns med i tabellen får prövas i budgetarbetet inför 2026.")
    hdr = [["", "Budget", "Plan", "Plan", "Totalt"],
           ["Projekt, belopp i tkr", "2025", "2026", "2027", "2025–2027"]]
    W = [74, 24, 24, 24, 24]
    inv_rows = [[p] + [sv(x, 0) for x in v] + [sv(sum(v), 0)] for p, v in INVEST]
    pdf.table(hdr, inv_rows[:3], W, size=9, rh=6)
    pdf.small("Tabellen fortsätter på nästa sida.")
    pdf.add_page()
    pdf.h2("Investeringsbudget (forts.)")
    tots = [sum(v[i] for _, v in INVEST) for i in range(3)]
    rows = inv_rows[3:] + [["Summa investeringar"] + [sv(x, 0) for x in tots] + [sv(sum(tots), 0)]]
    pdf.table(hdr, rows, W, bold_rows=(len(rows) - 1,), size=9, rh=6)
    pdf.para("Investeringsvolymen minskar under planperioden när förskolan och Nordalskolan är färdiga. "
             "Självfinansieringsgraden beräknas till 67 procent 2025.")

    # noter
    pdf.add_page()
    pdf.h1("Noter och ord och begrepp")
    pdf.h3("Not 1 Verksamhetens intäkter")
    pdf.para("Avser taxor, avgifter, hyror och riktade statsbidrag. Riktade statsbidrag har budgeterats med 41,0 mnkr.")
    pdf.h3("Not 2 Verksamhetens kostnader")
    pdf.para("Personalkostnaderna utgör cirka 65 procent av verksamhetens kostnader.")
    pdf.h3("Not 3 Avskrivningar")
    pdf.para("Avskrivningar görs linjärt enligt komponentavskrivning.")
    pdf.h3("Not 4 och 5 Skatteintäkter, statsbidrag och utjämning")
    pdf.para("Beräknade enligt SKR:s prognos (cirkulär 24:41) och 12 350 invånare.")
    pdf.h3("Not 6 Finansiella kostnader")
    pdf.para("Räntekostnaderna beräknas med en genomsnittlig ränta på 3,0 procent.")
    pdf.h2("Ord och begrepp")
    pdf.para("Balanskravet: kommunens intäkter ska överstiga kostnaderna. Soliditet: eget kapital i "
             "förhållande till totala tillgångar. Nettokostnad: kostnader minus intäkter.")
    pdf.output(out)


# ---------------------------------------------------------------- årsredovisning 2024
AR_RR = {  # Utfall 2024, Budget 2024, Utfall 2023
    "Verksamhetens intäkter": [219.7, 205.0, 212.4],
    "Verksamhetens kostnader": [-1163.4, -1142.3, -1118.7],
    "Avskrivningar": [-43.1, -44.0, -41.2],
    "Skatteintäkter": [709.6, 712.8, 680.3],
    "Generella statsbidrag och utjämning": [297.2, 291.4, 298.6],
    "Finansiella intäkter": [7.3, 4.5, 6.1],
    "Finansiella kostnader": [-11.6, -12.4, -9.8],
}
AR_DRIFT = [  # Budget 2024, Utfall 2024
    ("Kommunfullmäktige och revision", 5.0, 4.7),
    ("Kommunstyrelsen", 104.2, 101.9),
    ("Barn- och utbildningsnämnden", 428.7, 430.2),
    ("Socialnämnden", 415.6, 425.2),
    ("Miljö- och byggnadsnämnden", 13.1, 12.6),
    ("Kultur- och fritidsnämnden", 29.8, 29.5),
]
AR_FIN = (-15.1, -17.3)
AR_INV = [  # tkr Budget 2024, Utfall 2024
    ("Förskola Kungsgärdet, projektering", 4000, 2600),
    ("Nordalskolan, etapp 1", 15000, 13900),
    ("VA-ledningar Hamnområdet", 18500, 16200),
    ("Gatubelysning, byte till LED", 3400, 3500),
    ("Räddningsfordon", 6200, 6150),
    ("IT-investeringar", 3800, 3200),
    ("Övriga reinvesteringar", 38700, 32750),
]


def fd(x):
    return sv(x, 1, neg="dash")


def build_ar(out):
    pdf = MuniPDF("Åmåls kommun – Årsredovisning 2024", "Årsredovisning 2024")
    pdf.add_page()
    pdf.ln(55)
    pdf.set_font("DejaVu", "B", 30)
    pdf.multi_cell(0, 14, "Årsredovisning 2024")
    pdf.set_font("DejaVu", "", 14)
    pdf.multi_cell(0, 8, "Åmåls kommun")
    pdf.set_font("DejaVu", "", 10)
    pdf.ln(4)
    pdf.multi_cell(0, 6, "Godkänd av kommunfullmäktige 2025-04-23, § 51")

    pdf.add_page()
    pdf.h1("Kommunstyrelsens ordförande har ordet")
    pdf.para("2024 blev ett år då Åmåls kommun klarade balanskravet trots stora kostnadsökningar. Årets "
             "resultat blev 15,7 miljoner kronor, något bättre än budget. Det är framför allt högre "
             "finansiella intäkter och större generella statsbidrag som förklarar överskottet.")
    pdf.para("Samtidigt visar socialnämnden återigen ett underskott. Behoven inom hemtjänsten och kostnaderna "
             "för placeringar av barn och unga har ökat mer än vi räknat med. Det arbetet måste prioriteras "
             "under 2025.")
    pdf.para("Under året färdigställdes etapp 1 av renoveringen av Nordalskolan och projekteringen av den nya "
             "förskolan på Kungsgärdet kom i gång.")
    pdf.para("Anders Wåhlin (S)\nKommunstyrelsens ordförande")

    pdf.add_page()
    pdf.h1("Året i korthet")
    hdr = [["Nyckeltal", "2024", "2023", "2022"]]
    W = [90, 26, 26, 26]
    rows = [["Folkmängd 31 december", "12 318", "12 412", "12 470"],
            ["Kommunal skattesats, kr", "22,41", "22,41", "22,16"],
            ["Årets resultat, mnkr", "15,7", "27,7", "21,3"],
            ["Soliditet, %", "40,1", "39,1", "38,0"],
            ["Nettoinvesteringar, mnkr", "78,3", "71,6", "64,9"],
            ["Låneskuld, mnkr", "440,0", "420,0", "405,0"],
            ["Antal tillsvidareanställda", "1 142", "1 156", "1 171"],
            ["Sjukfrånvaro, %", "7,4", "7,9", "8,3"]]
    pdf.table(hdr, rows, W, size=9.5, rh=6.5)
    pdf.para("Befolkningen minskade med 94 personer under 2024. Antalet födda var 104 och antalet döda 171.")
    pdf.para("Antalet tillsvidareanställda minskade med 14 personer jämfört med 2023. Sjukfrånvaron minskade "
             "för tredje året i rad och uppgick till 7,4 procent av den ordinarie arbetstiden.")

    pdf.add_page()
    pdf.h1("Förvaltningsberättelse – ekonomi")
    pdf.h2("Resultat och balanskrav")
    pdf.para("Årets resultat uppgår till 15,7 miljoner kronor, vilket är 0,7 miljoner kronor bättre än budget. "
             "Efter avdrag för realisationsvinster från fastighetsförsäljningar på 1,2 miljoner kronor blir "
             "balanskravsresultatet 14,5 miljoner kronor. Kommunen uppfyller därmed balanskravet.")
    pdf.h2("Nämndernas budgetavvikelser")
    pdf.para("Nämnderna redovisar sammantaget ett underskott mot budget. Socialnämnden står för den största "
             "avvikelsen, främst inom hemtjänst och externa placeringar. Kommunstyrelsen redovisar ett "
             "överskott på grund av vakanta tjänster och lägre kostnader för energi.")
    pdf.h2("Skatteintäkter och statsbidrag")
    pdf.para("Skatteintäkterna blev 3,2 miljoner kronor lägre än budgeterat, medan de generella statsbidragen "
             "blev 5,8 miljoner kronor högre.")
    pdf.h2("Finansiella mål")
    pdf.para("Resultatet motsvarar 1,6 procent av skatteintäkter och generella statsbidrag. Målet om minst "
             "1,0 procent är därmed uppfyllt. Soliditeten ökade från 39,1 till 40,1 procent.")

    pdf.add_page()
    pdf.h1("Resultaträkning")
    hdr = [["", "Not", "Utfall", "Budget", "Utfall"], ["Belopp i miljoner kronor", "", "2024", "2024", "2023"]]
    W = [80, 12, 26, 26, 26]
    rr = AR_RR
    vnk = [round(rr["Verksamhetens intäkter"][i] + rr["Verksamhetens kostnader"][i] + rr["Avskrivningar"][i], 1) for i in range(3)]
    vr = [round(vnk[i] + rr["Skatteintäkter"][i] + rr["Generella statsbidrag och utjämning"][i], 1) for i in range(3)]
    ref = [round(vr[i] + rr["Finansiella intäkter"][i] + rr["Finansiella kostnader"][i], 1) for i in range(3)]
    rows, bold = [], []
    for lab, vals, note in [("Verksamhetens intäkter", rr["Verksamhetens intäkter"], "2"),
                            ("Verksamhetens kostnader", rr["Verksamhetens kostnader"], "3"),
                            ("Avskrivningar", rr["Avskrivningar"], "4"),
                            ("Verksamhetens nettokostnader", vnk, ""),
                            ("Skatteintäkter", rr["Skatteintäkter"], "5"),
                            ("Generella statsbidrag och utjämning", rr["Generella statsbidrag och utjämning"], "6"),
                            ("Verksamhetens resultat", vr, ""),
                            ("Finansiella intäkter", rr["Finansiella intäkter"], "7"),
                            ("Finansiella kostnader", rr["Finansiella kostnader"], "8"),
                            ("Resultat efter finansiella poster", ref, ""),
                            ("Årets resultat", ref, "")]:
        if note == "":
            bold.append(len(rows))
        rows.append([lab, note] + [fd(v) for v in vals])
    pdf.table(hdr, rows, W, bold_rows=bold, size=9, rh=6)
    assert ref[0] == 15.7 and ref[2] == 27.7 and vnk[0] == -986.8

    pdf.h1("Driftredovisning")
    hdr = [["Nettokostnad per nämnd, mnkr", "Budget 2024", "Utfall 2024", "Avvikelse"]]
    W = [90, 28, 28, 28]
    rows = []
    sb = su = 0.0
    for nm, b, u in AR_DRIFT:
        rows.append([nm, fd(b), fd(u), fd(round(b - u, 1))])
        sb = round(sb + b, 1)
        su = round(su + u, 1)
    rows.append(["Summa nämnder", fd(sb), fd(su), fd(round(sb - su, 1))])
    rows.append(["Finansförvaltning", fd(AR_FIN[0]), fd(AR_FIN[1]), fd(round(AR_FIN[0] - AR_FIN[1], 1))])
    tb, tu = round(sb + AR_FIN[0], 1), round(su + AR_FIN[1], 1)
    rows.append(["Totalt", fd(tb), fd(tu), fd(round(tb - tu, 1))])
    pdf.table(hdr, rows, W, bold_rows=(6, 8), size=9, rh=6)
    pdf.small("Positiv avvikelse innebär överskott mot budget, negativ avvikelse underskott.")
    assert tu == 986.8

    pdf.add_page()
    pdf.h1("Investeringsredovisning")
    pdf.para("Nettoinvesteringarna uppgick till 78,3 miljoner kronor, vilket är 11,3 miljoner kronor lägre än "
             "budget. Förseningar i projekteringen av förskolan på Kungsgärdet och lägre kostnader för "
             "reinvesteringar förklarar det mesta av avvikelsen.")
    hdr = [["Projekt, tkr", "Budget 2024", "Utfall 2024", "Avvikelse"]]
    rows = [[p, sv(b, 0), sv(u, 0), sv(b - u, 0, neg="dash")] for p, b, u in AR_INV]
    B = sum(b for _, b, _ in AR_INV)
    U = sum(u for _, _, u in AR_INV)
    rows.append(["Summa", sv(B, 0), sv(U, 0), sv(B - U, 0)])
    pdf.table(hdr, rows, [90, 28, 28, 28], bold_rows=(len(rows) - 1,), size=9, rh=6)
    assert B == 89600 and U == 78300

    pdf.h1("Personal")
    pdf.para("Den 31 december 2024 hade kommunen 1 142 tillsvidareanställda, varav 81 procent kvinnor. "
             "Medelåldern var 46 år. Personalomsättningen var 9,8 procent.")
    pdf.para("Under 2024 genomfördes en satsning på heltid som norm inom äldreomsorgen. Andelen "
             "heltidsanställda ökade till 78 procent.")
    pdf.output(out)


# ---------------------------------------------------------------- html
HTML_SKATT = [
    ("Förskola och skola", 43), ("Äldreomsorg", 22), ("Stöd och omsorg, LSS och individ- och familjeomsorg", 15),
    ("Politik, ledning och administration", 6), ("Gator, parker och samhällsbyggnad", 5),
    ("Kultur och fritid", 3), ("Räddningstjänst", 2), ("Övrigt", 4),
]


def build_html(out):
    assert sum(v for _, v in HTML_SKATT) == 100
    rows = "\n".join(f"          <tr><td>{n}</td><td>{v}</td></tr>" for n, v in HTML_SKATT)
    html = f"""<!DOCTYPE html>
<html lang="sv">
<head>
  <meta charset="utf-8">
  <title>Så används din skatt - Åmåls kommun</title>
  <link rel="stylesheet" href="/static/css/main.css">
  <script>window.dataLayer = window.dataLayer || [];</script>
</head>
<body>
  <div id="cookie-banner" class="cookie">
    <p>Vi använder kakor (cookies) för att förbättra webbplatsen. <a href="/om-webbplatsen/kakor">Läs mer om kakor</a></p>
    <button>Acceptera alla</button> <button>Endast nödvändiga</button>
  </div>
  <header>
    <a class="logo" href="/">Åmåls kommun</a>
    <nav>
      <ul>
        <li><a href="/barn-och-utbildning">Barn och utbildning</a></li>
        <li><a href="/omsorg-och-stod">Omsorg och stöd</a></li>
        <li><a href="/bygga-bo-och-miljo">Bygga, bo och miljö</a></li>
        <li><a href="/kultur-och-fritid">Kultur och fritid</a></li>
        <li><a href="/kommun-och-politik">Kommun och politik</a></li>
      </ul>
    </nav>
    <form class="search"><input type="text" placeholder="Sök på amal.se"></form>
  </header>
  <div class="breadcrumbs"><a href="/">Start</a> / <a href="/kommun-och-politik">Kommun och politik</a> / <a href="/kommun-och-politik/ekonomi">Ekonomi</a> / Så används din skatt</div>
  <main>
    <article>
      <h1>Så används din skatt</h1>
      <p class="ingress">Den som bor i Åmål betalar 22,41 kronor i kommunalskatt för varje hundralapp man tjänar under 2025. Här kan du se vad pengarna går till.</p>
      <p>Utöver kommunalskatten betalar du 11,48 kronor till Västra Götalandsregionen. Den totala skattesatsen i Åmål blir därmed 33,89 kronor, exklusive begravningsavgift och eventuell kyrkoavgift.</p>
      <h2>Vart går 100 kronor i skatt?</h2>
      <p>Fördelningen bygger på nämndernas budget för 2025 och avser nettokostnaderna, alltså vad verksamheterna kostar efter avdrag för avgifter och statsbidrag.</p>
      <table class="table">
        <caption>Så fördelas 100 kronor av kommunalskatten 2025</caption>
        <thead>
          <tr><th>Verksamhet</th><th>Kronor av 100 kr</th></tr>
        </thead>
        <tbody>
{rows}
        </tbody>
      </table>
      <p>Den största delen av skatten går till förskola och skola. Tillsammans går 80 kronor av varje hundralapp till förskola, skola, äldreomsorg och stöd och omsorg.</p>
      <h2>En person med 30 000 kronor i månadslön</h2>
      <p>En person som tjänar 30 000 kronor i månaden betalar ungefär 6 300 kronor i kommunalskatt per månad efter grundavdrag. Av dem går cirka 2 700 kronor till förskola och skola.</p>
      <p>Vill du veta mer? Läs kommunens budget <a href="/ekonomi/mal-och-budget-2025">Mål och budget 2025 med plan 2026–2027</a> eller <a href="/ekonomi/arsredovisning">årsredovisningen</a>.</p>
      <div class="meta">
        <p>Publicerad: 2025-01-15</p>
        <p>Senast uppdaterad: 2025-02-03</p>
        <p>Sidansvarig: Ekonomiavdelningen</p>
      </div>
    </article>
  </main>
  <footer>
    <p>Åmåls kommun, Box 62, 662 22 Åmål</p>
    <p>Telefon växel: 0532-170 00 · E-post: kommunen@amal.se</p>
    <p><a href="/om-webbplatsen/tillganglighet">Tillgänglighetsredogörelse</a> · <a href="/om-webbplatsen/kakor">Kakor</a> · <a href="/om-webbplatsen/personuppgifter">Personuppgifter</a></p>
  </footer>
</body>
</html>
"""
    with open(out, "w", encoding="utf-8") as f:
        f.write(html)


# ---------------------------------------------------------------- docx protokoll
PROG = [  # tkr: Budget 2025, Prognos helår
    ("Kommunfullmäktige och revision", 5100, 5100),
    ("Kommunstyrelsen", 108900, 107400),
    ("Barn- och utbildningsnämnden", 441300, 442100),
    ("Socialnämnden", 436800, 443100),
    ("Miljö- och byggnadsnämnden", 13600, 13600),
    ("Kultur- och fritidsnämnden", 30700, 30700),
]


def build_docx(out):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    cp = doc.core_properties
    cp.author = "Kommunledningsförvaltningen"
    cp.title = "Protokoll kommunstyrelsen 2025-03-12"
    cp.revision = 1
    doc.add_heading("PROTOKOLL", level=0)
    doc.add_paragraph("Kommunstyrelsen, Åmåls kommun")
    doc.add_paragraph("Sammanträdesdatum: 2025-03-12")
    doc.add_paragraph("Plats och tid: Kommunhuset, sessionssalen, kl. 13.00–16.10")
    doc.add_paragraph("Beslutande: Anders Wåhlin (S), ordförande, Ulla Nyström (S), Lars Hedén (C), "
                      "Kent Olsson (S), Maria Ek (S), Björn Sand (V), Karin Dahl (L), Per Lindqvist (M), "
                      "Eva Strand (SD), Mats Roos (M), Sofia Berglund (KD), Henrik Åberg (SD), Lena Paulsson (S)")
    doc.add_paragraph("Övriga närvarande: Thomas Alm, kommundirektör, Johanna Berg, ekonomichef, "
                      "Sara Holm, sekreterare")
    doc.add_paragraph("Paragrafer: §§ 34–38")

    doc.add_heading("§ 34 Val av justerare", level=1)
    doc.add_paragraph("Kommunstyrelsen beslutar att utse Per Lindqvist (M) att jämte ordföranden justera "
                      "protokollet. Justering sker 2025-03-17.")

    doc.add_heading("§ 35 Budgetuppföljning efter februari 2025", level=1)
    doc.add_paragraph("Dnr KS 2025/41")
    doc.add_paragraph("Ekonomichef Johanna Berg redovisar budgetuppföljningen efter februari. Nämnderna "
                      "prognostiserar sammantaget ett underskott för helåret. Socialnämnden redovisar den "
                      "största negativa avvikelsen, framför allt inom hemtjänst och köpta platser inom "
                      "individ- och familjeomsorgen.")
    doc.add_paragraph("Prognos per nämnd, belopp i tkr:")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Nämnd", "Budget 2025", "Prognos helår", "Avvikelse"]):
        c.text = h
    sb = sp = 0
    for nm, b, p in PROG:
        r = t.add_row().cells
        r[0].text, r[1].text, r[2].text, r[3].text = nm, sv(b, 0), sv(p, 0), sv(b - p, 0)
        sb += b
        sp += p
    r = t.add_row().cells
    r[0].text, r[1].text, r[2].text, r[3].text = "Summa nämnder", sv(sb, 0), sv(sp, 0), sv(sb - sp, 0)
    doc.add_paragraph("")
    doc.add_paragraph("Beslut", style="Heading 3")
    doc.add_paragraph("Kommunstyrelsen beslutar att godkänna budgetuppföljningen efter februari 2025, och att "
                      "uppdra åt socialnämnden att senast den 30 april 2025 redovisa en åtgärdsplan för en "
                      "ekonomi i balans.")

    doc.add_heading("§ 36 Försäljning av fastigheten Åmål Örnäs 1:12", level=1)
    doc.add_paragraph("Dnr KS 2024/287")
    doc.add_paragraph("Vänerstrand Fastigheter AB har lämnat ett bud på fastigheten Örnäs 1:12, som i dag "
                      "står tom. Köpeskillingen är 2 350 000 kronor. Köparen avser att bygga 24 hyresrätter "
                      "på fastigheten. Byggstart ska ske senast två år efter tillträdet.")
    doc.add_paragraph("Eva Strand (SD) yrkar att ärendet återremitteras för att fastigheten ska värderas av "
                      "en oberoende värderare. Ordföranden ställer proposition på återremissyrkandet och "
                      "finner att kommunstyrelsen avslår detta.")
    doc.add_paragraph("Beslut", style="Heading 3")
    doc.add_paragraph("Kommunstyrelsen föreslår kommunfullmäktige att sälja fastigheten Örnäs 1:12 till "
                      "Vänerstrand Fastigheter AB för 2 350 000 kronor.")
    doc.add_paragraph("Reservation", style="Heading 3")
    doc.add_paragraph("Eva Strand (SD) och Henrik Åberg (SD) reserverar sig mot beslutet till förmån för "
                      "eget yrkande.")

    doc.add_heading("§ 37 Utökade medel för feriearbete 2025", level=1)
    doc.add_paragraph("Dnr KS 2025/58")
    doc.add_paragraph("Intresset för feriearbete har ökat och fler ungdomar än tidigare har sökt. I budget 2025 "
                      "finns 700 000 kronor avsatta för feriearbeten. Förvaltningen föreslår att anslaget "
                      "utökas med 250 000 kronor så att antalet platser kan öka från 70 till 85.")
    doc.add_paragraph("Beslut", style="Heading 3")
    doc.add_paragraph("Kommunstyrelsen beslutar att utöka anslaget för feriearbete 2025 med 250 000 kronor, "
                      "finansierat ur kommunstyrelsens medel för oförutsedda behov.")

    doc.add_heading("§ 38 Svar på motion om solceller på kommunens tak", level=1)
    doc.add_paragraph("Dnr KS 2024/199")
    doc.add_paragraph("Per Lindqvist (M) har i en motion föreslagit att solceller ska installeras på alla "
                      "kommunala byggnader där det är tekniskt möjligt. Förvaltningen bedömer att en "
                      "inventering först behöver göras och föreslår att motionen anses besvarad.")
    doc.add_paragraph("Per Lindqvist (M) yrkar bifall till motionen. Votering begärs och genomförs. "
                      "Med 8 röster för förvaltningens förslag mot 5 röster för bifall till motionen "
                      "beslutar kommunstyrelsen enligt förvaltningens förslag.")
    doc.add_paragraph("Beslut", style="Heading 3")
    doc.add_paragraph("Kommunstyrelsen föreslår kommunfullmäktige att anse motionen besvarad.")
    doc.add_paragraph("Reservation", style="Heading 3")
    doc.add_paragraph("Per Lindqvist (M) och Mats Roos (M) reserverar sig mot beslutet.")
    doc.add_paragraph("")
    doc.add_paragraph("Vid protokollet: Sara Holm")
    doc.add_paragraph("Ordförande: Anders Wåhlin        Justerare: Per Lindqvist")
    doc.save(out)
    normalize_zip(out)


# ---------------------------------------------------------------- xlsx
POP = [  # year, folkmängd, födda, döda, inflyttade
    (2019, 12676, 118, 176, 612),
    (2020, 12604, 109, 189, 571),
    (2021, 12531, 112, 181, 590),
    (2022, 12470, 98, 178, 634),
    (2023, 12412, 101, 169, 605),
    (2024, 12318, 104, 171, 598),
]
NK = [  # tkr 2022, 2023, 2024
    ("Förskola", 61200, 63900, 66100),
    ("Grundskola", 168400, 175300, 181200),
    ("Gymnasieskola", 64800, 66100, 68900),
    ("Äldreomsorg", 214500, 226800, 238400),
    ("LSS", 71300, 74600, 77900),
    ("Individ- och familjeomsorg", 52100, 58900, 61300),
    ("Kultur och fritid", 27600, 28900, 29500),
    ("Räddningstjänst", 17900, 18600, 19400),
]


def build_xlsx(out):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Befolkning"
    ws.append(["Åmåls kommun – befolkningsutveckling 2019–2024"])
    ws["A1"].font = Font(bold=True, size=14)
    ws.append(["Antal personer. Källa: SCB, bearbetning Åmåls kommun"])
    ws.append([])
    ws.append(["År", "Folkmängd 31 december", "Födda", "Döda", "Inflyttade", "Utflyttade", "Förändring"])
    prev = 12710
    for y, p, fo, do, inn in POP:
        ch = p - prev
        ut = fo - do + inn - ch
        ws.append([y, p, fo, do, inn, ut, ch])
        prev = p
    for c in ws[4]:
        c.font = Font(bold=True)
    ws.column_dimensions["B"].width = 24
    ws2 = wb.create_sheet("Nettokostnader")
    ws2.append(["Nettokostnad per verksamhet 2022–2024"])
    ws2["A1"].font = Font(bold=True, size=14)
    ws2.append(["Belopp i tkr, löpande priser"])
    ws2.append(["Verksamhet", 2022, 2023, 2024, "Kr per invånare 2024"])
    for c in ws2[3]:
        c.font = Font(bold=True)
    for n, a, b, c in NK:
        ws2.append([n, a, b, c, round(c * 1000 / 12318)])
    ws2.append(["Summa", sum(x[1] for x in NK), sum(x[2] for x in NK), sum(x[3] for x in NK),
                round(sum(x[3] for x in NK) * 1000 / 12318)])
    ws2.column_dimensions["A"].width = 30
    wb.properties.creator = "Åmåls kommun"
    wb.save(out)
    normalize_zip(out)


# ---------------------------------------------------------------- press release
def build_md(out):
    text = """# Åmåls kommun bygger ny förskola på Kungsgärdet

**Pressmeddelande 2 april 2025**

Nu är det klart att Åmåls kommun bygger en ny förskola på Kungsgärdet. Kommunstyrelsen har tilldelat
entreprenaden till Vänerbygg AB efter en upphandling med fem anbud.

Den nya förskolan får sex avdelningar med plats för 120 barn och ersätter förskolorna Solrosen och
Ekbacken, som har stora renoveringsbehov. Byggstart sker i september 2025 och förskolan beräknas vara
klar att tas i bruk i januari 2027.

– Det här är en av de största investeringarna i kommunens historia. Våra yngsta ska ha moderna och
trygga lokaler, säger Maria Ek (S), ordförande i barn- och utbildningsnämnden.

Den totala projektbudgeten är 62,5 miljoner kronor. Byggnaden uppförs i trä och får solceller på taket
och en gård med plats för odling. Förskolan blir kommunens första byggnad som certifieras enligt
Miljöbyggnad Guld.

## Fakta

- Antal avdelningar: 6
- Antal platser: 120
- Byggstart: september 2025
- Inflyttning: januari 2027
- Entreprenör: Vänerbygg AB

**Kontakt**
Maria Ek (S), ordförande barn- och utbildningsnämnden, 0532-170 40
Karl Fors, projektledare, 0532-171 12
"""
    with open(out, "w", encoding="utf-8") as f:
        f.write(text)


def build(outdir):
    os.makedirs(outdir, exist_ok=True)
    build_budget(os.path.join(outdir, "mal-och-budget-2025-2027.pdf"))
    build_ar(os.path.join(outdir, "arsredovisning-2024.pdf"))
    build_html(os.path.join(outdir, "sa-anvands-din-skatt.html"))
    build_docx(os.path.join(outdir, "protokoll-ks-2025-03-12.docx"))
    build_xlsx(os.path.join(outdir, "befolkning-och-nettokostnader.xlsx"))
    build_md(os.path.join(outdir, "pressmeddelande-forskola-kungsgardet.md"))
