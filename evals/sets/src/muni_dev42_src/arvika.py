"""Arvika kommun: invented but consistent documents."""
import os
from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font

from common import Doc, fmt, write_docx, write_xlsx, ensure

POP = 25940
TAX = "22,38"

# ---------------- Resultatbudget (mnkr) ----------------
# columns: Bokslut 2023, Prognos 2024, Budget 2025, Plan 2026, Plan 2027
RB = {
    "int": [412.6, 426.1, 438.2, 446.9, 455.8],
    "kost": [-2389.4, -2478.3, -2542.7, -2601.5, -2660.2],
    "avskr": [-96.2, -101.2, -108.4, -114.0, -119.3],
    "skatt": [1598.3, 1667.2, 1734.6, 1792.2, 1853.0],
    "bidrag": [512.4, 540.1, 561.8, 574.3, 586.9],
    "finint": [6.1, 7.6, 6.8, 6.5, 6.5],
    "finkost": [-14.9, -22.8, -31.6, -35.9, -39.4],
}
RB["netto"] = [round(a + b + c, 1) for a, b, c in zip(RB["int"], RB["kost"], RB["avskr"])]
RB["vres"] = [round(a + b + c, 1) for a, b, c in zip(RB["netto"], RB["skatt"], RB["bidrag"])]
RB["res"] = [round(a + b + c, 1) for a, b, c in zip(RB["vres"], RB["finint"], RB["finkost"])]
RB["pct"] = [round(100 * r / (s + b), 1) for r, s, b in zip(RB["res"], RB["skatt"], RB["bidrag"])]

# ---------------- Driftbudget per nämnd (mnkr) ----------------
NAMND = [
    ("Kommunstyrelsen", 178.4, 184.9, 175.9),
    ("Barn- och utbildningsnämnden", 812.6, 839.2, 818.3),
    ("Vård- och omsorgsnämnden", 921.3, 958.7, 935.6),
    ("Individ- och familjenämnden", 214.5, 221.8, 221.4),
    ("Kultur- och fritidsnämnden", 68.2, 69.5, 67.1),
    ("Miljö- och byggnämnden", 21.7, 22.4, 20.9),
    ("Tekniska nämnden", 96.8, 101.3, 94.2),
    ("Överförmyndarnämnden", 4.1, 4.3, 4.4),
    ("Revisionen", 2.6, 2.7, 2.5),
]
SUM24 = round(sum(n[1] for n in NAMND), 1)
SUM25 = round(sum(n[2] for n in NAMND), 1)
SUMUT24 = round(sum(n[3] for n in NAMND), 1)

# ---------------- Investeringsbudget (mnkr) ----------------
INV_SKATT = [
    ("Ny förskola Haganäs", 34.5, 21.0, 0.0),
    ("Renovering Arvika simhall", 18.0, 26.5, 12.0),
    ("Gång- och cykelväg Rackstad", 6.8, 4.2, 0.0),
    ("Reinvestering gator och broar", 14.0, 14.0, 15.0),
    ("IT och digitalisering", 7.5, 6.0, 6.0),
    ("Energieffektivisering fastigheter", 9.2, 8.0, 8.0),
    ("Inventarier och övrigt", 5.0, 5.0, 5.0),
]
INV_AVG = [
    ("Ny vattenledning Jössefors", 22.4, 15.6, 0.0),
    ("Utbyggnad reningsverk Vik", 31.0, 40.5, 28.0),
    ("Ledningsförnyelse VA", 12.0, 12.0, 12.0),
    ("Återvinningscentral Mosseberg", 4.6, 0.0, 0.0),
]


def colsum(rows, i):
    return round(sum(r[i] for r in rows), 1)


INV_S = [colsum(INV_SKATT, i) for i in (1, 2, 3)]
INV_A = [colsum(INV_AVG, i) for i in (1, 2, 3)]
INV_T = [round(a + b, 1) for a, b in zip(INV_S, INV_A)]

# ---------------- Årsredovisning 2024 resultaträkning ----------------
# columns: Utfall 2024, Budget 2024, Utfall 2023
AR = {
    "int": [431.8, 418.0, RB["int"][0]],
    "kost": [-2487.9, -2452.6, RB["kost"][0]],
    "avskr": [-100.6, -102.0, RB["avskr"][0]],
    "skatt": [1668.4, 1662.0, RB["skatt"][0]],
    "bidrag": [543.2, 535.4, RB["bidrag"][0]],
    "finint": [7.9, 5.0, RB["finint"][0]],
    "finkost": [-21.5, -33.8, RB["finkost"][0]],
}
AR["netto"] = [round(a + b + c, 1) for a, b, c in zip(AR["int"], AR["kost"], AR["avskr"])]
AR["vres"] = [round(a + b + c, 1) for a, b, c in zip(AR["netto"], AR["skatt"], AR["bidrag"])]
AR["res"] = [round(a + b + c, 1) for a, b, c in zip(AR["vres"], AR["finint"], AR["finkost"])]

NYCKEL = [  # år, invånare, skattesats, nettokostnad, resultat, nettoinv, soliditet, sjukfrånvaro
    (2019, 26080, 22.13, 1861.4, 24.7, 131.2, 38.4, 7.9),
    (2020, 26042, 22.13, 1902.8, 61.5, 118.9, 39.6, 9.6),
    (2021, 26011, 22.13, 1948.1, 74.2, 142.7, 41.2, 8.8),
    (2022, 26094, 22.13, 2011.6, 52.0, 171.3, 41.9, 8.4),
    (2023, 26052, 22.38, -RB["netto"][0], RB["res"][0], 188.5, 41.0, 7.8),
    (2024, POP, 22.38, -AR["netto"][0], AR["res"][0], 162.4, 40.6, 7.4),
]

KOST_PER_INV = [  # verksamhet, 2022, 2023, 2024 (kr per invånare)
    ("Förskola", 6120, 6380, 6545),
    ("Grundskola", 13410, 13980, 14420),
    ("Gymnasieskola", 5230, 5410, 5590),
    ("Äldreomsorg", 17850, 18740, 19310),
    ("Stöd enligt LSS", 6020, 6310, 6480),
    ("Individ- och familjeomsorg", 4870, 5160, 5330),
    ("Kultur och fritid", 2540, 2590, 2610),
]

OMBUDG = [  # projekt, budget 2024 tkr, utfall 2024 tkr
    ("Ny förskola Haganäs", 12000, 4350),
    ("Renovering Arvika simhall", 6500, 1200),
    ("Gång- och cykelväg Rackstad", 5000, 2100),
    ("Ny vattenledning Jössefors", 15000, 6400),
    ("IT och digitalisering", 6000, 2000),
]


def budget_pdf(path):
    d = Doc("Arvika kommun – Mål och budget 2025 med plan för 2026–2027", "Arvika kommun")
    d.add_page()
    d.ln(30)
    d.set_font("D", "B", 24)
    d.multi_cell(0, 12, "Mål och budget 2025\nmed plan för 2026–2027")
    d.ln(6)
    d.set_font("D", "", 12)
    d.multi_cell(0, 7, "Arvika kommun\nAntagen av kommunfullmäktige 2024-11-25, § 142")
    d.ln(20)
    d.set_font("D", "B", 11)
    d.cell(0, 6, "Innehåll")
    d.ln(7)
    d.set_font("D", "", 10)
    for t in ["Ordförandens förord", "Omvärld och förutsättningar", "Vision och mål",
              "Effektiviseringar och prioriteringar", "Resultatbudget", "Balansbudget",
              "Kassaflödesbudget", "Driftbudget per nämnd", "Investeringsbudget",
              "Nämndernas uppdrag", "Noter"]:
        d.cell(0, 5.5, t)
        d.ln(5.5)

    d.add_page()
    d.h1("Ordförandens förord")
    d.para("Arvika ska vara en kommun där det är tryggt att växa upp, bra att leva och lätt att driva företag. "
           "Budgeten för 2025 tas fram i ett läge där kostnaderna för pensioner, räntor och löner fortsätter "
           "att öka snabbare än skatteintäkterna. Samtidigt ser vi att antalet äldre över 80 år ökar, medan "
           "antalet barn i förskoleålder minskar. Det kräver att vi ställer om verksamheterna i tid.")
    d.para("Vi väljer att prioritera skolan och omsorgen. Barn- och utbildningsnämnden får ett tillskott på "
           "4,7 miljoner kronor för att stärka elevhälsan och den särskilda undervisningen i grundskolan. "
           "Vård- och omsorgsnämnden får utökad ram för att möta det ökade behovet av hemtjänst.")
    d.para("Skattesatsen lämnas oförändrad på 22,38 kronor per skattekrona. Vi tror inte att en "
           "skattehöjning är rätt väg när många hushåll fortfarande har ansträngd ekonomi. I stället "
           "genomför vi effektiviseringar på totalt 18,5 miljoner kronor och ser över våra lokaler.")
    d.para("Investeringsnivån är fortsatt hög. Den nya förskolan i Haganäs, renoveringen av simhallen och "
           "utbyggnaden av reningsverket i Vik är viktiga för att Arvika ska kunna ta emot nya invånare och "
           "klara miljökraven. Vi behöver samtidigt vara vaksamma på att låneskulden inte växer för snabbt.")
    d.para("Jag vill tacka alla medarbetare för det arbete som varje dag görs för Arvikaborna.")
    d.para("Lena Wikström (S)\nKommunstyrelsens ordförande")

    d.add_page()
    d.h1("Omvärld och förutsättningar")
    d.h2("Samhällsekonomin")
    d.para("Svensk ekonomi har under 2024 präglats av låg tillväxt, men inflationen har fallit tillbaka och "
           "Riksbanken har sänkt styrräntan i flera steg. Sveriges Kommuner och Regioner (SKR) bedömer i sin "
           "prognos från oktober 2024 att skatteunderlaget växer med 4,6 procent 2025. Budgeten bygger på SKR:s "
           "prognos och på en befolkning om 25 940 invånare.")
    d.h2("Befolkning")
    d.para("Arvikas befolkning har minskat något de senaste åren. Den 31 december 2023 var folkmängden 26 052 "
           "personer. För planperioden räknar kommunen med en oförändrad befolkning. Andelen invånare som är "
           "80 år och äldre beräknas öka från 6,8 procent till 7,4 procent till och med 2027.")
    d.h2("Pensioner och räntor")
    d.para("Pensionskostnaderna ökar kraftigt 2025 som en följd av det nya pensionsavtalet och höga "
           "prisbasbelopp. Kommunens räntekostnader påverkas av att låneskulden väntas öka från 1 140 mnkr "
           "vid utgången av 2024 till cirka 1 390 mnkr 2027.")
    d.para("Budgeten räknar med en genomsnittlig ränta på 3,1 procent på kommunens lån under 2025.")

    d.add_page()
    d.h1("Vision och mål")
    d.para("Kommunfullmäktige har beslutat om visionen \"Arvika – en kreativ kraft i Värmland\". Visionen "
           "bryts ned i fyra inriktningsmål som gäller för hela mandatperioden 2023–2026.")
    for i, t in enumerate(["Alla barn och unga ska lyckas i skolan.",
                           "Äldre ska känna sig trygga och få vård och omsorg av god kvalitet.",
                           "Arvika ska ha ett starkt och växande näringsliv.",
                           "Kommunens verksamheter ska vara hållbara ekonomiskt, socialt och miljömässigt."], 1):
        d.para(f"Mål {i}. {t}")
    d.h2("Finansiella mål")
    d.para("Årets resultat ska uppgå till minst 2,0 procent av skatteintäkter och generella statsbidrag "
           "räknat som ett genomsnitt över planperioden.")
    d.para("Skattefinansierade investeringar ska finansieras med egna medel till minst 70 procent.")
    d.para("Soliditeten inklusive pensionsförpliktelser ska inte understiga 15 procent.")
    d.para(f"Med den föreslagna budgeten uppgår resultatet 2025 till {fmt(RB['res'][2])} miljoner kronor, vilket "
           f"motsvarar {fmt(RB['pct'][2])} procent av skatteintäkter och generella statsbidrag.")

    d.add_page()
    d.h1("Effektiviseringar och prioriteringar")
    d.para("För att klara det finansiella målet genomförs effektiviseringar på sammanlagt 18,5 miljoner kronor "
           "2025. Av dessa ska barn- och utbildningsnämnden effektivisera 6,2 miljoner kronor, främst genom "
           "anpassning av förskolans lokaler när barnkullarna minskar. Vård- och omsorgsnämnden ska "
           "effektivisera 7,4 miljoner kronor genom bland annat digitala nattkameror och bättre planering "
           "av hemtjänsten. Resterande 4,9 miljoner kronor fördelas på övriga nämnder.")
    d.para("Kultur- och fritidsnämnden får 700 000 kronor för en förstudie om en ny ishall i anslutning till "
           "Vikenområdet. Förstudien ska redovisas till kommunstyrelsen senast i juni 2025.")
    d.para("Kommunstyrelsen avsätter 1,2 miljoner kronor till ett nytt näringslivsprogram och "
           "etableringsstöd för företag i centrala Arvika. Feriearbeten för ungdomar finansieras med "
           "2,1 miljoner kronor, vilket ger plats för cirka 260 ungdomar sommaren 2025.")
    d.para("Lönerevisionen för 2025 beräknas till 3,4 procent och finns avsatt centralt under "
           "finansförvaltningen tills avtalen är klara.")
    d.h2("Prioriterade satsningar 2025")
    d.para("Elevhälsa och särskilt stöd i grundskolan, 4,7 miljoner kronor. Utökad hemtjänst, 9,8 miljoner "
           "kronor. Förebyggande arbete mot ungdomskriminalitet, 1,5 miljoner kronor.")

    d.add_page()
    d.h1("Resultatbudget")
    d.set_font("D", "", 9)
    d.cell(0, 5, "Belopp i mnkr")
    d.ln(6)
    w = [58, 9, 20, 20, 20, 20, 20]
    hdr = [["", "Not", "Bokslut", "Prognos", "Budget", "Plan", "Plan"],
           ["", "", "2023", "2024", "2025", "2026", "2027"]]
    N = "–"
    def r(label, key, note=""):
        return [label, note] + [fmt(v, 1, N) for v in RB[key]]
    rows = [r("Verksamhetens intäkter", "int", "1"), r("Verksamhetens kostnader", "kost", "2"),
            r("Avskrivningar", "avskr"), r("Verksamhetens nettokostnader", "netto"),
            r("Skatteintäkter", "skatt", "3"), r("Generella statsbidrag och utjämning", "bidrag", "4"),
            r("Verksamhetens resultat", "vres"), r("Finansiella intäkter", "finint"),
            r("Finansiella kostnader", "finkost", "5"), r("Årets resultat", "res"),
            ["Resultat i % av skatter och bidrag", ""] + [fmt(v, 1, N) for v in RB["pct"]]]
    d.table(hdr, rows, w, bold_rows=("Verksamhetens nettokostnader", "Verksamhetens resultat", "Årets resultat"))
    d.small("Noter, se avsnittet Noter. Prognos 2024 avser prognosen efter delårsrapporten per augusti 2024.")
    d.para(f"Verksamhetens nettokostnader ökar med {fmt(-(RB['netto'][2]-RB['netto'][1]))} mnkr mellan prognosen för 2024 och "
           f"budget 2025. Skatteintäkter och generella statsbidrag ökar samtidigt med "
           f"{fmt(RB['skatt'][2]+RB['bidrag'][2]-RB['skatt'][1]-RB['bidrag'][1])} mnkr.")

    d.h1("Balansbudget")
    d.set_font("D", "", 9)
    d.cell(0, 5, "Belopp i mnkr")
    d.ln(6)
    hdr2 = [["", "Bokslut", "Prognos", "Budget", "Plan", "Plan"],
            ["", "2023", "2024", "2025", "2026", "2027"]]
    w2 = [67, 20, 20, 20, 20, 20]
    mat = [2412.6, 2486.1, 2542.7, 2581.5, 2548.2]
    fin = [96.4] * 5
    ek = [1159.3]
    for v in RB["res"][1:]:
        ek.append(round(ek[-1] + v, 1))
    avs_ = [186.2, 194.8, 203.5, 211.9, 220.4]
    lang = [1021.4, 1140.0, 1220.0, 1300.0, 1390.0]
    kort = [460.8, 346.4, 330.0, 320.0, 310.0]
    tot = [round(ek[i] + avs_[i] + lang[i] + kort[i], 1) for i in range(5)]
    oms = [round(tot[i] - mat[i] - fin[i], 1) for i in range(5)]
    F = lambda xs: [fmt(x) for x in xs]
    BB = [
        ["Tillgångar"],
        ["Materiella anläggningstillgångar"] + F(mat),
        ["Finansiella anläggningstillgångar"] + F(fin),
        ["Omsättningstillgångar"] + F(oms),
        ["Summa tillgångar"] + F(tot),
        ["Eget kapital, avsättningar och skulder"],
        ["Eget kapital"] + F(ek),
        ["Avsättningar"] + F(avs_),
        ["Långfristiga skulder"] + F(lang),
        ["Kortfristiga skulder"] + F(kort),
        ["Summa eget kapital och skulder"] + F(tot),
    ]
    d.table(hdr2, BB, w2, bold_rows=("Summa tillgångar", "Summa eget kapital och skulder"))

    d.add_page()
    d.h1("Kassaflödesbudget")
    d.set_font("D", "", 9)
    d.cell(0, 5, "Belopp i mnkr")
    d.ln(6)
    KF = [
        ["Den löpande verksamheten"],
        ["Årets resultat", "28,9", "38,2", "66,2", "53,6", "69,0"],
        ["Justering för avskrivningar", "96,2", "101,2", "108,4", "114,0", "119,3"],
        ["Justering för avsättningar", "7,9", "8,6", "8,7", "8,4", "8,5"],
        ["Medel från den löpande verksamheten", "133,0", "148,0", "183,3", "176,0", "196,8"],
        ["Investeringsverksamheten"],
        ["Nettoinvesteringar", "– 188,5", "– 175,0", "– 165,0", "– 152,8", "– 86,0"],
        ["Finansieringsverksamheten"],
        ["Nyupptagna lån", "90,0", "118,6", "80,0", "80,0", "90,0"],
        ["Årets kassaflöde", "34,5", "91,6", "98,3", "103,2", "200,8"],
    ]
    # keep figures consistent with resultatbudget
    KF[1][1:] = [fmt(v, 1, N) for v in RB["res"]]
    KF[2][1:] = [fmt(-v, 1, N) for v in RB["avskr"]]
    avs = [7.9, 8.6, 8.7, 8.4, 8.5]
    lop = [round(RB["res"][i] - RB["avskr"][i] + avs[i], 1) for i in range(5)]
    KF[3][1:] = [fmt(v) for v in avs]
    KF[4][1:] = [fmt(v) for v in lop]
    ninv = [188.5, 175.0] + INV_T
    KF[6][1:] = [fmt(-v, 1, N) for v in ninv]
    lan = [90.0, 118.6, 80.0, 80.0, 90.0]
    KF[8][1:] = [fmt(v) for v in lan]
    KF[9][1:] = [fmt(lop[i] - ninv[i] + lan[i], 1, N) for i in range(5)]
    d.table(hdr2, KF, w2, bold_rows=("Medel från den löpande verksamheten", "Årets kassaflöde"))
    d.para("Kassaflödesbudgeten visar att investeringarna under planperioden till stor del kan finansieras "
           "med medel från den löpande verksamheten. Nyupptagna lån avser främst VA-investeringarna.")

    d.add_page()
    d.h1("Driftbudget per nämnd")
    d.set_font("D", "", 9)
    d.cell(0, 5, "Nettokostnad, belopp i mnkr. Kolumnen kr/inv avser budget 2025 per invånare.")
    d.ln(6)
    hdr3 = [["Nämnd", "Budget", "Budget", "Förändring", "Förändring", "kr/inv"],
            ["", "2024", "2025", "mnkr", "%", "2025"]]
    w3 = [62, 19, 19, 22, 22, 22]
    rows3 = [["Nämnder"]]
    for n, b24, b25, _ in NAMND:
        rows3.append([n, fmt(b24), fmt(b25), fmt(b25 - b24), fmt(100 * (b25 - b24) / b24),
                      fmt(b25 * 1e6 / POP, 0)])
    rows3.append(["Summa nämnder", fmt(SUM24), fmt(SUM25), fmt(SUM25 - SUM24),
                  fmt(100 * (SUM25 - SUM24) / SUM24), fmt(SUM25 * 1e6 / POP, 0)])
    rows3.append(["Finansförvaltning"])
    fin25 = round(-RB["netto"][2] - SUM25, 1)
    fin24 = round(-AR["netto"][1] - SUM24, 1)
    rows3.append(["Kapitaltjänst, pensioner m.m.", fmt(fin24, 1, N), fmt(fin25, 1, N),
                  fmt(fin25 - fin24, 1, N), "", ""])
    rows3.append(["Verksamhetens nettokostnader", fmt(SUM24 + fin24), fmt(-RB["netto"][2]),
                  fmt(-RB["netto"][2] - SUM24 - fin24), "", ""])
    d.table(hdr3, rows3, w3, bold_rows=("Summa nämnder", "Verksamhetens nettokostnader"))
    d.small(f"Kronor per invånare är beräknat på befolkningen 31 december 2024, {fmt(POP,0)} invånare.")
    d.para("Ramarna för 2025 inkluderar kompensation för löneökningar 2024 men inte för lönerevisionen "
           "2025, som ligger under finansförvaltningen. Vård- och omsorgsnämnden har den största "
           "ramökningen i kronor räknat.")

    d.add_page()
    d.h1("Investeringsbudget")
    d.para("Investeringsbudgeten för 2025 omfattar totalt "
           f"{fmt(INV_T[0])} miljoner kronor, varav {fmt(INV_A[0])} miljoner kronor avser den avgiftsfinansierade "
           "verksamheten inom vatten, avlopp och avfall. Projekt som överstiger 10 miljoner kronor ska "
           "beslutas särskilt av kommunfullmäktige innan de startar.")
    d.set_font("D", "", 9)
    d.cell(0, 5, "Belopp i mnkr")
    d.ln(6)
    hdr4 = [["Projekt", "Budget", "Plan", "Plan", "Totalt"],
            ["", "2025", "2026", "2027", "2025–2027"]]
    w4 = [72, 22, 22, 22, 26]
    rows4 = [["Skattefinansierad verksamhet"]]
    for p in INV_SKATT:
        rows4.append([p[0]] + [fmt(v) for v in p[1:]] + [fmt(sum(p[1:]))])
    rows4.append(["Summa skattefinansierat"] + [fmt(v) for v in INV_S] + [fmt(sum(INV_S))])
    rows4.append(["Avgiftsfinansierad verksamhet (VA och avfall)"])
    for p in INV_AVG:
        rows4.append([p[0]] + [fmt(v) for v in p[1:]] + [fmt(sum(p[1:]))])
    rows4.append(["Summa avgiftsfinansierat"] + [fmt(v) for v in INV_AVG and INV_A] + [fmt(sum(INV_A))])
    rows4.append(["Totalt investeringar"] + [fmt(v) for v in INV_T] + [fmt(sum(INV_T))])
    d.table(hdr4, rows4, w4, bold_rows=("Summa skattefinansierat", "Summa avgiftsfinansierat", "Totalt investeringar"),
            repeat_after=9, cont_caption="Investeringsbudget, forts. (belopp i mnkr)")
    d.small("Projektet Renovering Arvika simhall innebär att simhallen hålls stängd från september 2025 "
            "till och med mars 2026.")

    d.add_page()
    d.h1("Nämndernas uppdrag")
    texts = [
        ("Kommunstyrelsen", "Kommunstyrelsen ska ta fram en lokalförsörjningsplan för hela kommunen. "
         "Planen ska visa hur lokalytan kan minska med minst 3 procent till och med 2027."),
        ("Barn- och utbildningsnämnden", "Nämnden ska öka andelen elever i årskurs 9 som är behöriga till "
         "gymnasieskolans yrkesprogram från 81 procent till minst 85 procent 2027."),
        ("Vård- och omsorgsnämnden", "Nämnden ska införa digital tillsyn nattetid för minst 150 brukare "
         "under 2025 och minska användningen av timanställda."),
        ("Individ- och familjenämnden", "Nämnden ska minska kostnaderna för externa placeringar genom att "
         "bygga upp egna familjehem och öppenvård."),
        ("Kultur- och fritidsnämnden", "Nämnden ska genomföra förstudien om ny ishall och samordna "
         "föreningsbidragen med hänsyn till jämställdhet."),
        ("Tekniska nämnden", "Nämnden ska ta fram en underhållsplan för gator och broar och redovisa "
         "eftersatt underhåll."),
    ]
    for h, t in texts:
        d.h2(h)
        d.para(t)

    d.add_page()
    d.h1("Noter")
    notes = [
        "Not 1. Verksamhetens intäkter omfattar taxor och avgifter, hyror och arrenden, bidrag samt "
        "försäljning av verksamhet. Riktade statsbidrag ingår med 128,4 mnkr 2025.",
        "Not 2. Verksamhetens kostnader omfattar personalkostnader, köp av verksamhet, material och "
        "lokalkostnader. Personalkostnaderna beräknas till 1 512,8 mnkr 2025.",
        "Not 3. Skatteintäkterna bygger på SKR:s prognos från oktober 2024 och en skattesats om 22,38 kronor.",
        "Not 4. Generella statsbidrag och utjämning omfattar inkomstutjämning, kostnadsutjämning, "
        "regleringsbidrag, LSS-utjämning och fastighetsavgift.",
        "Not 5. Finansiella kostnader avser främst räntor på lån och ränta på pensionsskuld.",
    ]
    for n in notes:
        d.para(n)
    d.output(path)


def ar_pdf(path):
    d = Doc("Arvika kommun – Årsredovisning 2024", "Årsredovisning 2024")
    d.add_page()
    d.ln(40)
    d.set_font("D", "B", 26)
    d.multi_cell(0, 12, "Årsredovisning 2024")
    d.ln(4)
    d.set_font("D", "", 12)
    d.multi_cell(0, 7, "Arvika kommun\nGodkänd av kommunfullmäktige 2025-04-28")

    d.add_page()
    d.h1("Kommunstyrelsens ordförande har ordet")
    d.para(f"2024 blev ett bättre år än vi befarade. Årets resultat landade på {fmt(AR['res'][0])} miljoner kronor, "
           f"vilket är {fmt(AR['res'][0]-AR['res'][1])} miljoner kronor bättre än budget. Det beror främst på lägre "
           "räntekostnader och högre skatteintäkter än beräknat.")
    d.para("Samtidigt har vård- och omsorgsnämnden ett underskott på -14,3 miljoner kronor, främst inom "
           "hemtjänsten och köp av platser i särskilt boende. Individ- och familjenämnden redovisar ett "
           "underskott som beror på fler placeringar av barn och unga.")
    d.para("Under året invigdes den nya idrottshallen vid Solbergaskolan och arbetet med förskolan i Haganäs "
           "påbörjades. Flera investeringsprojekt har försenats, och nettoinvesteringarna blev "
           "162,4 miljoner kronor mot budgeterade 205,0 miljoner kronor.")
    d.para("Lena Wikström (S)\nKommunstyrelsens ordförande")

    d.add_page()
    d.h1("Förvaltningsberättelse")
    d.h2("Viktiga förhållanden för resultat och ställning")
    d.para(f"Folkmängden uppgick den 31 december 2024 till {fmt(POP,0)} personer, en minskning med 112 personer "
           "jämfört med föregående år. Födelsenettot var negativt medan flyttnettot var svagt positivt.")
    d.para("Antalet tillsvidareanställda uppgick till 2 284 personer vid årets slut, vilket är 37 färre än "
           "året innan. Sjukfrånvaron minskade till 7,4 procent av ordinarie arbetstid.")
    d.h2("Händelser av väsentlig betydelse")
    d.para("Kommunfullmäktige beslutade i juni 2024 att bygga ut reningsverket i Vik. Upphandlingen "
           "avslutades i december och byggstart är planerad till våren 2025.")
    d.para("Arvika kommun fick under året 3,6 miljoner kronor i statsbidrag för att korta vårdköer inom "
           "äldreomsorgen. Bidraget har använts till extra bemanning i hemtjänsten.")
    d.h2("God ekonomisk hushållning")
    d.para("Det finansiella målet om ett resultat på minst 2,0 procent av skatteintäkter och generella "
           f"statsbidrag uppnåddes inte 2024, då resultatet motsvarade {fmt(100*AR['res'][0]/(AR['skatt'][0]+AR['bidrag'][0]))} procent. "
           "Självfinansieringsgraden för skattefinansierade investeringar blev 86 procent.")
    d.para("Soliditeten uppgick till 40,6 procent, en minskning med 0,4 procentenheter jämfört med 2023.")

    d.add_page()
    d.h1("Resultaträkning")
    d.set_font("D", "", 9)
    d.cell(0, 5, "Belopp i mnkr")
    d.ln(6)
    hdr = [["", "Not", "Utfall 2024", "Budget 2024", "Utfall 2023", "Avvikelse"]]
    w = [62, 9, 24, 24, 24, 24]
    def r(label, key, note=""):
        v = AR[key]
        return [label, note, fmt(v[0]), fmt(v[1]), fmt(v[2]), fmt(v[0] - v[1])]
    rows = [r("Verksamhetens intäkter", "int", "1"), r("Verksamhetens kostnader", "kost", "2"),
            r("Avskrivningar", "avskr", "3"), r("Verksamhetens nettokostnader", "netto"),
            r("Skatteintäkter", "skatt", "4"), r("Generella statsbidrag och utjämning", "bidrag", "5"),
            r("Verksamhetens resultat", "vres"), r("Finansiella intäkter", "finint", "6"),
            r("Finansiella kostnader", "finkost", "7"), r("Årets resultat", "res")]
    d.table(hdr, rows, w, bold_rows=("Verksamhetens nettokostnader", "Verksamhetens resultat", "Årets resultat"))
    d.small("Avvikelse avser utfall 2024 jämfört med budget 2024.")

    d.h1("Nämndernas ekonomiska utfall")
    d.set_font("D", "", 9)
    d.cell(0, 5, "Nettokostnad, belopp i mnkr")
    d.ln(6)
    hdr2 = [["Nämnd", "Budget 2024", "Utfall 2024", "Avvikelse"]]
    w2 = [75, 28, 28, 28]
    rows2 = [[n, fmt(b24), fmt(u), fmt(b24 - u)] for n, b24, _, u in NAMND]
    rows2.append(["Summa nämnder", fmt(SUM24), fmt(SUMUT24), fmt(SUM24 - SUMUT24)])
    d.table(hdr2, rows2, w2, bold_rows=("Summa nämnder",))
    d.small("Positiv avvikelse innebär överskott mot budget, negativ avvikelse underskott.")

    d.add_page()
    d.h1("Investeringar")
    d.para("Nettoinvesteringarna uppgick till 162,4 miljoner kronor 2024. Av budgeten på 205,0 miljoner kronor "
           "återstod därmed 42,6 miljoner kronor, varav en del föreslås ombudgeteras till 2025.")
    d.set_font("D", "", 9)
    d.cell(0, 5, "Större investeringsprojekt 2024, belopp i mnkr")
    d.ln(6)
    hdr3 = [["Projekt", "Budget 2024", "Utfall 2024", "Avvikelse"]]
    rows3 = [
        ["Idrottshall Solbergaskolan", "24,0", "25,3", "-1,3"],
        ["Ny förskola Haganäs", "12,0", "4,4", "7,6"],
        ["Renovering Arvika simhall", "6,5", "1,2", "5,3"],
        ["Ny vattenledning Jössefors", "15,0", "6,4", "8,6"],
        ["Reinvestering gator och broar", "13,5", "13,9", "-0,4"],
    ]
    d.table(hdr3, rows3, [75, 28, 28, 28])
    d.h2("Personal")
    d.para("Personalkostnaderna uppgick till 1 461,3 miljoner kronor, en ökning med 4,1 procent. "
           "Andelen heltidsanställda ökade till 84 procent.")

    d.add_page()
    d.h1("Balansräkning")
    d.set_font("D", "", 9)
    d.cell(0, 5, "Belopp i mnkr")
    d.ln(6)
    hdr4 = [["", "Not", "2024-12-31", "2023-12-31"]]
    rows4 = [
        ["Tillgångar"],
        ["Materiella anläggningstillgångar", "8", "2 474,3", "2 412,6"],
        ["Finansiella anläggningstillgångar", "9", "96,4", "96,4"],
        ["Omsättningstillgångar", "10", "301,5", "318,7"],
        ["Summa tillgångar", "", "2 872,2", "2 827,7"],
        ["Eget kapital, avsättningar och skulder"],
        ["Eget kapital", "11", "1 200,6", "1 159,3"],
        ["därav årets resultat", "", fmt(AR["res"][0]), fmt(AR["res"][2])],
        ["Avsättningar", "12", "193,9", "186,2"],
        ["Långfristiga skulder", "13", "1 126,0", "1 021,4"],
        ["Kortfristiga skulder", "14", "351,7", "460,8"],
        ["Summa eget kapital, avsättningar och skulder", "", "2 872,2", "2 827,7"],
    ]
    d.table(hdr4, rows4, [90, 10, 30, 30], bold_rows=("Summa tillgångar", "Summa eget kapital, avsättningar och skulder"))
    d.output(path)


def html(path):
    shares = []
    for n, _, b25, _ in NAMND:
        shares.append((n, b25, round(100 * b25 / SUM25, 1)))
    trs = "\n".join(f"        <tr><td>{n}</td><td>{fmt(s)}</td><td>{fmt(b)}</td></tr>" for n, b, s in shares)
    page = f"""<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Så används din skatt - Arvika kommun</title>
</head>
<body>
<div id="cookie-banner">
  <p>Vi använder kakor (cookies) för att förbättra webbplatsen. Läs mer om hur vi hanterar kakor.</p>
  <button>Godkänn alla</button> <button>Endast nödvändiga</button>
</div>
<header>
  <a href="/">Arvika kommun</a>
  <nav>
    <ul>
      <li><a href="/omsorg">Omsorg och stöd</a></li>
      <li><a href="/skola">Förskola och skola</a></li>
      <li><a href="/bygga">Bygga, bo och miljö</a></li>
      <li><a href="/kommun-och-politik">Kommun och politik</a></li>
    </ul>
  </nav>
  <div class="breadcrumbs">Startsida / Kommun och politik / Ekonomi / Så används din skatt</div>
</header>
<main>
  <h1>Så används din skatt</h1>
  <p class="ingress">Kommunalskatten är kommunens viktigaste inkomstkälla. Här kan du se hur varje hundralapp i skatt fördelas mellan kommunens verksamheter under 2025.</p>
  <h2>Skattesatsen 2025</h2>
  <p>Den totala skattesatsen i Arvika är 33,56 kronor per hundralapp 2025. Av dessa går 22,38 kronor till Arvika kommun och 11,18 kronor till Region Värmland. Skattesatsen är oförändrad jämfört med 2024.</p>
  <p>Om du tjänar 30 000 kronor i månaden betalar du ungefär 5 900 kronor i kommunalskatt till Arvika kommun varje månad.</p>
  <h2>Så fördelas 100 kronor</h2>
  <table>
    <caption>Fördelning av nämndernas nettokostnader, budget 2025</caption>
    <thead>
      <tr><th>Nämnd</th><th>Kronor av 100 kr</th><th>Nettokostnad 2025, mnkr</th></tr>
    </thead>
    <tbody>
{trs}
    </tbody>
  </table>
  <p>Källa: Mål och budget 2025 med plan för 2026–2027, antagen av kommunfullmäktige 25 november 2024.</p>
  <h2>Vill du veta mer?</h2>
  <p>Hela budgetdokumentet och årsredovisningar finns under Ekonomi. Har du frågor om kommunens ekonomi kan du kontakta ekonomiavdelningen via kontaktcenter.</p>
  <p class="updated">Senast uppdaterad: 2025-01-20</p>
</main>
<footer>
  <p>Arvika kommun, 671 81 Arvika. Telefon 0570-816 00. E-post: kommun@arvika.example</p>
  <p><a href="/tillganglighet">Tillgänglighetsredogörelse</a> | <a href="/kakor">Om kakor</a> | <a href="/personuppgifter">Personuppgifter</a></p>
</footer>
</body>
</html>
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(page)
    return shares


def docx(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    doc.add_heading("Protokoll", level=0)
    doc.add_paragraph("Kommunstyrelsen, Arvika kommun")
    doc.add_paragraph("Sammanträdesdatum: 2025-03-11")
    doc.add_paragraph("Plats och tid: Stadshuset, sammanträdesrum Glaskulan, kl. 09.00–12.15")
    doc.add_paragraph("Beslutande: Lena Wikström (S), ordförande, Anders Berglund (C), Maria Nyqvist (M), "
                      "Per Ahlgren (SD), Karin Sjöberg (V), Tomas Eklund (S), Ingrid Holm (KD) med flera.")
    doc.add_paragraph("Sekreterare: Johanna Lind")
    doc.add_paragraph("Justerare: Maria Nyqvist (M)")

    doc.add_heading("§ 38 Val av justerare", level=2)
    doc.add_paragraph("Kommunstyrelsen utser Maria Nyqvist (M) att jämte ordföranden justera protokollet.")

    doc.add_heading("§ 39 Ombudgetering av investeringsmedel från 2024 till 2025", level=2)
    doc.add_paragraph("Dnr KS 2025/0087")
    doc.add_paragraph("Ärendebeskrivning")
    doc.add_paragraph("Flera investeringsprojekt har blivit försenade under 2024. Ekonomiavdelningen föreslår "
                      "att outnyttjade medel för pågående projekt ombudgeteras till 2025. Totalt föreslås "
                      "28 450 tkr ombudgeteras.")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Projekt", "Budget 2024, tkr", "Utfall 2024, tkr", "Ombudgeteras till 2025, tkr"]):
        c.text = h
    sb = su = 0
    for p, b, u in OMBUDG:
        cells = t.add_row().cells
        for c, v in zip(cells, [p, fmt(b, 0), fmt(u, 0), fmt(b - u, 0)]):
            c.text = v
        sb += b
        su += u
    cells = t.add_row().cells
    for c, v in zip(cells, ["Summa", fmt(sb, 0), fmt(su, 0), fmt(sb - su, 0)]):
        c.text = v
    doc.add_paragraph("Yrkanden")
    doc.add_paragraph("Ordföranden yrkar bifall till förslaget. Per Ahlgren (SD) yrkar att ombudgeteringen för "
                      "Renovering Arvika simhall ska avslås och att projektet ska omprövas.")
    doc.add_paragraph("Beslut")
    doc.add_paragraph("Kommunstyrelsen föreslår kommunfullmäktige besluta att ombudgetera 28 450 tkr av "
                      "investeringsmedel från 2024 till 2025 enligt tabellen ovan.")
    doc.add_paragraph("Reservation")
    doc.add_paragraph("Per Ahlgren (SD) reserverar sig mot beslutet till förmån för eget yrkande.")

    doc.add_heading("§ 40 Medborgarförslag om utegym i Rackstad", level=2)
    doc.add_paragraph("Dnr KS 2024/0412")
    doc.add_paragraph("Ett medborgarförslag har inkommit om att anlägga ett utegym vid Rackstadsjön. Kostnaden "
                      "har beräknats till 450 000 kronor. Tekniska förvaltningen bedömer att det inte finns "
                      "medel inom befintlig budget.")
    doc.add_paragraph("Beslut")
    doc.add_paragraph("Kommunstyrelsen föreslår kommunfullmäktige att avslå medborgarförslaget med hänvisning "
                      "till att frågan ska prövas i budgetarbetet inför 2026.")
    doc.add_paragraph("Reservation")
    doc.add_paragraph("Karin Sjöberg (V) reserverar sig mot beslutet.")

    doc.add_heading("§ 41 Lokalförsörjningsplan 2025–2030", level=2)
    doc.add_paragraph("Dnr KS 2024/0298")
    doc.add_paragraph("Kommunledningsförvaltningen har tagit fram ett förslag till lokalförsörjningsplan. "
                      "Planen innebär att kommunens lokalyta minskar med 4 200 kvadratmeter till och med 2030, "
                      "bland annat genom att förskolorna Tallen och Björken avvecklas.")
    doc.add_paragraph("Beslut")
    doc.add_paragraph("Kommunstyrelsen godkänner lokalförsörjningsplanen och ger kommundirektören i uppdrag att "
                      "återrapportera genomförandet i samband med delårsrapporten 2025.")

    doc.add_heading("§ 42 Anmälan av delegationsbeslut", level=2)
    doc.add_paragraph("Förteckning över delegationsbeslut för perioden 2025-01-15–2025-02-28 anmäls. "
                      "Kommunstyrelsen lägger redovisningen till handlingarna.")
    doc.add_paragraph("Justerat 2025-03-14. Anslaget på kommunens digitala anslagstavla 2025-03-17.")
    write_docx(doc, path)
    return sb, su


def xlsx(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Nyckeltal"
    ws.append(["Nyckeltal Arvika kommun 2019–2024"])
    ws["A1"].font = Font(bold=True, size=14)
    ws.append(["Belopp i mnkr om inte annat anges. Källa: årsredovisningar."])
    ws.append([])
    ws.append(["År", "Invånare 31 dec", "Skattesats, kr", "Nettokostnad", "Årets resultat",
               "Nettoinvesteringar", "Soliditet, %", "Sjukfrånvaro, %"])
    for row in NYCKEL:
        ws.append(list(row))
    for r in ws.iter_rows(min_row=5, max_row=4 + len(NYCKEL)):
        r[2].number_format = "0.00"
        for c in r[3:]:
            c.number_format = "0.0"
    ws2 = wb.create_sheet("Kostnad per invånare")
    ws2.append(["Kostnad per invånare för olika verksamheter"])
    ws2["A1"].font = Font(bold=True, size=14)
    ws2.append(["Kronor per invånare, löpande priser"])
    ws2.append(["Verksamhet", 2022, 2023, 2024])
    for row in KOST_PER_INV:
        ws2.append(list(row))
    ws2.append(["Not: Äldreomsorg omfattar hemtjänst, särskilt boende och hemsjukvård."])
    write_xlsx(wb, path)


def press(path):
    t = f"""# Arvika kommun redovisar överskott för 2024

**Pressmeddelande, 2025-03-20**

Arvika kommuns årsredovisning för 2024 visar ett resultat på {fmt(AR['res'][0])} miljoner kronor. Det är {fmt(AR['res'][0]-AR['res'][1])} miljoner kronor bättre än budgeterat. Årsredovisningen behandlas av kommunstyrelsen den 8 april och av kommunfullmäktige den 28 april.

– Vi har ett bra resultat totalt sett, men flera nämnder har svårt att hålla sina budgetar. Det måste vi ta på allvar inför 2026, säger kommunstyrelsens ordförande Lena Wikström (S).

## Nämndernas utfall

Nämnderna redovisar sammantaget ett underskott på {fmt(-(SUM24-SUMUT24))} miljoner kronor. Det största underskottet har vård- och omsorgsnämnden, medan tekniska nämnden och kommunstyrelsen redovisar överskott.

| Nämnd | Avvikelse mot budget, mnkr |
|---|---|
| Vård- och omsorgsnämnden | -14,3 |
| Individ- och familjenämnden | -6,9 |
| Barn- och utbildningsnämnden | -5,7 |
| Tekniska nämnden | 2,6 |
| Kommunstyrelsen | 2,5 |

## Fakta

- Skatteintäkter och generella statsbidrag: {fmt(AR['skatt'][0]+AR['bidrag'][0])} miljoner kronor
- Nettoinvesteringar: 162,4 miljoner kronor
- Antal tillsvidareanställda: 2 284
- Invånare 31 december 2024: {fmt(POP,0)}

För mer information, kontakta ekonomichef Henrik Ståhl, telefon 0570-816 42.
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(t)


def build(outdir):
    ensure(outdir)
    budget_pdf(os.path.join(outdir, "mal-och-budget-2025-plan-2026-2027.pdf"))
    ar_pdf(os.path.join(outdir, "arsredovisning-2024.pdf"))
    html(os.path.join(outdir, "sa-anvands-din-skatt.html"))
    docx(os.path.join(outdir, "protokoll-kommunstyrelsen-2025-03-11.docx"))
    xlsx(os.path.join(outdir, "nyckeltal-2019-2024.xlsx"))
    press(os.path.join(outdir, "pressmeddelande-arsredovisning-2024.md"))
