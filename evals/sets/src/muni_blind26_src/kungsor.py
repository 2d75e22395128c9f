"""Kungsörs kommun: invented but consistent documents."""
import os

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
import openpyxl
from openpyxl.styles import Font

from common import Doc, sv, t, normalize_zip, fix_core, html_page, html_table

MUNI = "Kungsörs kommun"
POP_BASIS = 8650

# ---- Driftbudget per nämnd, mnkr in tenths: Bokslut 2023, Budget 2024, Budget 2025, Plan 2026, Plan 2027
DRIFT = [
    ("Kommunstyrelsen", [718, 749, 784, 801, 819]),
    ("Barn- och utbildningsnämnden", [2463, 2541, 2627, 2689, 2752]),
    ("Vård- och omsorgsnämnden", [2017, 2053, 2145, 2218, 2294]),
    ("Individ- och familjenämnden", [579, 556, 582, 594, 607]),
    ("Kultur- och fritidsnämnden", [231, 238, 246, 251, 257]),
    ("Bygg- och miljönämnden", [84, 89, 93, 95, 97]),
    ("Revision och överförmyndare", [30, 32, 34, 35, 36]),
]
FINANS = [
    ("Finansförvaltning, pensioner m.m.", [205, 219, 228, 240, 253]),
    ("Kommunstyrelsens oförutsedda medel", [0, 60, 73, 75, 75]),
]
DRIFT_SUM = [sum(r[1][i] for r in DRIFT + FINANS) for i in range(5)]
NAMND_SUM = [sum(r[1][i] for r in DRIFT) for i in range(5)]

# ---- Resultatbudget, tenths: Bokslut 2023, Prognos 2024, Budget 2024, Budget 2025, Plan 2026, Plan 2027
NETTO = [-DRIFT_SUM[0], -6684, -DRIFT_SUM[1], -DRIFT_SUM[2], -DRIFT_SUM[3], -DRIFT_SUM[4]]
INT = [1382, 1390, 1364, 1425, 1450, 1476]
AVS = [-249, -268, -265, -284, -306, -321]
KOST = [NETTO[i] - INT[i] - AVS[i] for i in range(6)]
SKATT = [4636, 4723, 4740, 4986, 5179, 5372]
STB = [1834, 1902, 1889, 1968, 2004, 2051]
VRES = [NETTO[i] + SKATT[i] + STB[i] for i in range(6)]
FINI = [34, 33, 29, 31, 30, 30]
FINK = [-48, -60, -65, -69, -76, -82]
RES = [VRES[i] + FINI[i] + FINK[i] for i in range(6)]
assert RES[0] == 129 and RES[1] == -86 and RES[3] == 104, RES

# ---- Balansbudget, tenths: Bokslut 2023, Prognos 2024, Budget 2025, Plan 2026, Plan 2027
MAT = [6124, 6418, 6889, 7245, 7510]
FINAT = [487] * 5
FORDR = [723, 701, 710, 720, 730]
KASSA = [416, 224, 185, 201, 243]
EK = [3185]
for r in (RES[1], RES[3], RES[4], RES[5]):
    EK.append(EK[-1] + r)
PENS = [342, 360, 379, 398, 415]
KFS = [1486, 1502, 1520, 1535, 1550]
TOT = [MAT[i] + FINAT[i] + FORDR[i] + KASSA[i] for i in range(5)]
LFS = [TOT[i] - EK[i] - PENS[i] - KFS[i] for i in range(5)]
SOL = [round(100 * EK[i] / TOT[i], 1) for i in range(5)]
AVS_B = [AVS[0], AVS[1], AVS[3], AVS[4], AVS[5]]
INV = [None] + [MAT[i] - MAT[i - 1] - AVS_B[i] for i in range(1, 5)]  # 2024p, 2025, 2026, 2027
RES_B = [RES[0], RES[1], RES[3], RES[4], RES[5]]

# ---- Investeringsbudget, tenths: 2025, 2026, 2027
INVEST = [
    ("S", "Kommunstyrelsen, skattefinansierat", None),
    ("", "Ny förskola Västergården", [180, 140, 0]),
    ("", "Renovering av Kungsörs simhall", [65, 20, 0]),
    ("", "Gatubelysning, byte till LED", [24, 24, 20]),
    ("", "Beläggningsunderhåll gator", [40, 40, 40]),
    ("", "Gång- och cykelväg Kungsudden–centrum", [32, 0, 0]),
    ("", "Energieffektivisering kommunala fastigheter", [25, 30, 30]),
    ("", "Ombyggnad Kung Karls skola, etapp 2", [80, 120, 100]),
    ("", "IT-infrastruktur och digitalisering", [18, 15, 15]),
    ("T", "Summa kommunstyrelsen, skattefinansierat", "SUM"),
    ("S", "Barn- och utbildningsnämnden", None),
    ("", "Inventarier förskola och skola", [12, 10, 10]),
    ("", "Digitala lärverktyg", [9, 9, 9]),
    ("T", "Summa barn- och utbildningsnämnden", "SUM"),
    ("S", "Vård- och omsorgsnämnden", None),
    ("", "Välfärdsteknik", [11, 8, 8]),
    ("", "Inventarier särskilda boenden", [6, 6, 6]),
    ("T", "Summa vård- och omsorgsnämnden", "SUM"),
    ("S", "Kultur- och fritidsnämnden", None),
    ("", "Konstgräsplan Ängens IP", [45, 0, 0]),
    ("", "Utrustning bibliotek", [3, 2, 2]),
    ("T", "Summa kultur- och fritidsnämnden", "SUM"),
    ("S", "Taxefinansierad verksamhet (VA och avfall)", None),
    ("", "Förnyelse av VA-ledningar", "BAL"),
    ("", "Reservvattentäkt", [40, 60, 80]),
    ("", "Ombyggnad återvinningscentralen", [55, 10, 0]),
    ("", "Fordon och maskiner", [20, 18, 16]),
    ("T", "Summa taxefinansierad verksamhet", "SUM"),
]
_known = [sum(r[2][i] for r in INVEST if isinstance(r[2], list)) for i in range(3)]
_bal = [INV[2 + i] - _known[i] for i in range(3)]
for idx, r in enumerate(INVEST):
    if r[2] == "BAL":
        INVEST[idx] = (r[0], r[1], _bal)
# fill section sums
_cur = []
for idx, r in enumerate(INVEST):
    if r[0] == "S":
        _cur = []
    elif r[0] == "":
        _cur.append(r[2])
    elif r[2] == "SUM":
        INVEST[idx] = (r[0], r[1], [sum(v[i] for v in _cur) for i in range(3)])
INV_TOTAL = [INV[2], INV[3], INV[4]]
assert [sum(r[2][i] for r in INVEST if r[0] == "") for i in range(3)] == INV_TOTAL

# ---- Årsredovisning 2023 data: budget 2023 per nämnd (tenths)
BUDGET23 = [730, 2450, 1965, 548, 234, 86, 31, 216, 50]
AR22 = dict(INT=1315, KOST=-7043, AVS=-238, SKATT=4370, STB=1689, FINI=41, FINK=-32)
B23 = dict(INT=1300, AVS=-256, SKATT=4589, STB=1812, FINI=20, FINK=-51)
B23["NETTO"] = -sum(BUDGET23)
B23["KOST"] = B23["NETTO"] - B23["INT"] - B23["AVS"]
B23["RES"] = B23["NETTO"] + B23["SKATT"] + B23["STB"] + B23["FINI"] + B23["FINK"]
AR22["NETTO"] = AR22["INT"] + AR22["KOST"] + AR22["AVS"]
AR22["RES"] = AR22["NETTO"] + AR22["SKATT"] + AR22["STB"] + AR22["FINI"] + AR22["FINK"]
INV23 = 613

def m(x, neg="-"):
    return sv(t(x), 1, neg)


# =====================================================================================
def budget_pdf(path):
    d = Doc("Kungsörs kommun – Mål och budget 2025–2027", "Kungsörs kommun, Mål och budget 2025–2027")
    d.no_head_pages.add(1)
    d.add_page()
    d.set_font("DejaVu", "B", 26)
    d.ln(50)
    d.multi_cell(0, 13, "Mål och budget 2025\nmed plan för 2026–2027", align="C", new_x="LMARGIN", new_y="NEXT")
    d.ln(10)
    d.set_font("DejaVu", "", 14)
    d.cell(0, 8, "Kungsörs kommun", align="C", new_x="LMARGIN", new_y="NEXT")
    d.ln(70)
    d.set_font("DejaVu", "", 10)
    d.cell(0, 6, "Antagen av kommunfullmäktige 2024-11-25, § 112", align="C", new_x="LMARGIN", new_y="NEXT")
    d.cell(0, 6, "Diarienummer KS 2024/318", align="C", new_x="LMARGIN", new_y="NEXT")

    # p2 innehåll + förord
    d.add_page()
    d.h1("Innehåll")
    d.set_font("DejaVu", "", 9.5)
    for a, b in [("Ordföranden har ordet", "2"), ("Omvärld och förutsättningar", "3"), ("Kommunfullmäktiges mål", "4"),
                 ("Ekonomiska ramar och effektiviseringar", "5"), ("Resultatbudget", "6"), ("Balansbudget", "7"),
                 ("Kassaflödesbudget", "8"), ("Driftbudget per nämnd", "9"), ("Nämndernas uppdrag", "10"),
                 ("Investeringsbudget", "12"), ("Finansiella nyckeltal och styrprinciper", "14")]:
        d.cell(150, 5, a)
        d.cell(0, 5, b, align="R", new_x="LMARGIN", new_y="NEXT")
    d.ln(6)
    d.h1("Ordföranden har ordet")
    d.p("Kungsör är en kommun som växer, långsamt men stadigt. Vi har fler barn i förskolan, fler äldre som behöver "
        "omsorg och en skola som ska ge varje elev möjlighet att lyckas. Samtidigt har kostnaderna för pensioner, "
        "livsmedel och energi ökat snabbare än skatteintäkterna de senaste två åren. Den här budgeten handlar därför "
        "om att prioritera det viktigaste och samtidigt skapa ordning och reda i ekonomin.")
    d.p("Skattesatsen lämnas oförändrad på 22,21 kronor per skattekrona. Vi budgeterar ett resultat på 10,4 miljoner "
        "kronor för 2025, vilket motsvarar 1,5 procent av skatteintäkter och generella statsbidrag. Det är i nivå med "
        "vårt finansiella mål och betyder att vi kan finansiera en större del av investeringarna utan att låna.")
    d.p("För att nå dit effektiviserar nämnderna totalt 4,7 miljoner kronor under 2025. Det är inte lätt, men det är "
        "nödvändigt. Samtidigt gör vi riktade satsningar: Kultur- och fritidsnämnden får 700 000 kronor för att hålla "
        "biblioteket och fritidsgården öppna fler kvällar, och Vård- och omsorgsnämnden får 3,5 miljoner kronor för "
        "att möta behoven när antalet invånare över 80 år ökar.")
    d.p("Årets stora investering är den nya förskolan i Västergården. Tillsammans med ombyggnaden av Kung Karls skola "
        "och förnyelsen av våra VA-ledningar gör det att investeringsbudgeten för 2025 landar på 75,5 miljoner kronor.")
    d.p("Jag vill tacka alla medarbetare som varje dag gör Kungsör till en bra plats att bo och leva i.")
    d.set_font("DejaVu", "I", 9.5)
    d.cell(0, 5, "Marie Ekholm (S), kommunstyrelsens ordförande", new_x="LMARGIN", new_y="NEXT")

    # p3 omvärld
    d.add_page()
    d.h1("Omvärld och förutsättningar")
    d.h2("Samhällsekonomin")
    d.p("Svensk ekonomi har under 2023 och 2024 präglats av hög inflation, stigande räntor och en svag arbetsmarknad. "
        "Sveriges Kommuner och Regioner (SKR) bedömer i sin prognos från oktober 2024 att skatteunderlaget växer med "
        "4,6 procent 2025 och 3,9 procent 2026. Budgeten bygger på SKR:s prognos från den 3 oktober 2024.")
    d.p("Pensionskostnaderna ökar kraftigt som en följd av det nya pensionsavtalet och den höga inflationen. För Kungsör "
        "innebär det att kostnaderna för pensioner ökar med 2,3 miljoner kronor mellan 2024 och 2025.")
    d.h2("Befolkning")
    d.p("Kungsörs befolkning ökade under 2023 med 41 personer till 8 612 invånare den 31 december. Ökningen beror på "
        "inflyttning, framför allt av barnfamiljer från Eskilstuna och Västerås. Budgeten bygger på ett antagande om "
        "8 650 invånare, vilket är befolkningen den 1 november 2024.")
    d.p("Antalet invånare som är 80 år eller äldre väntas öka med ungefär 25 procent fram till 2030. Det ställer stora "
        "krav på hemtjänsten och de särskilda boendena. Antalet barn i förskoleåldern är i stort sett oförändrat.")
    d.h2("Prognos för 2024")
    d.p("Efter delårsbokslutet per den 31 augusti pekar prognosen för 2024 på ett resultat på -8,6 miljoner kronor. "
        "Underskottet förklaras främst av Vård- och omsorgsnämnden, som prognostiserar ett underskott på 11,2 miljoner "
        "kronor, och av Individ- och familjenämnden där placeringskostnaderna för barn och unga har ökat.")
    d.p("Kommunstyrelsen har beslutat om ett tillfälligt anställningsstopp för administrativa tjänster under resten "
        "av 2024 för att minska underskottet.")

    # p4 mål
    d.add_page()
    d.h1("Kommunfullmäktiges mål")
    d.p("Kommunfullmäktige har fastställt fyra övergripande mål för mandatperioden 2023–2026. Varje mål följs upp med "
        "indikatorer. Nämnderna bryter ned målen till egna nämndmål i sina verksamhetsplaner.")
    d.bullets(["Kungsör ska vara en attraktiv kommun att bo och verka i.",
               "Alla barn och elever ska nå sin fulla potential.",
               "Äldre ska känna sig trygga och ha inflytande över sin vardag.",
               "Kommunen ska ha en långsiktigt hållbar ekonomi och miljö."])
    d.table("Tabell 1. Indikatorer och målvärden", [["Indikator", "Utfall", "Målvärde"], ["", "2023", "2025"]],
            [120, 27, 27],
            [("", ["Andel elever i åk 9 med behörighet till gymnasiet, %", "78,4", "85,0"]),
             ("", ["Nöjd kund-index, hemtjänst (0–100)", "86", "90"]),
             ("", ["Andel förnybar energi i kommunens fastigheter, %", "71", "80"]),
             ("", ["Antal nya bostäder under året, st", "24", "40"]),
             ("", ["Sjukfrånvaro bland kommunens medarbetare, %", "7,4", "6,5"]),
             ("", ["Väntetid till särskilt boende, dagar (medel)", "64", "45"])])
    d.h2("Finansiella mål")
    d.bullets(["Årets resultat ska uppgå till minst 1,5 procent av skatteintäkter och generella statsbidrag.",
               "Soliditeten inklusive pensionsåtaganden ska förbättras varje år.",
               "Skattefinansierade investeringar ska över en femårsperiod självfinansieras till minst 70 procent."])

    # p5 ramar
    d.add_page()
    d.h1("Ekonomiska ramar och effektiviseringar")
    d.p("Nämndernas ramar för 2025 har räknats upp med 2,8 procent för löneökningar och 2,0 procent för övriga "
        "kostnader. Därutöver har kommunfullmäktige beslutat om riktade förändringar och effektiviseringar.")
    d.h2("Effektiviseringar 2025")
    d.p("Totalt effektiviserar nämnderna med 4,7 miljoner kronor. Barn- och utbildningsnämnden ska effektivisera 1,9 "
        "miljoner kronor, främst genom samordning av skolskjutsar och en översyn av lokaler. Vård- och omsorgsnämnden "
        "ska effektivisera 1,6 miljoner kronor genom minskad användning av bemanningssjuksköterskor. Kommunstyrelsen "
        "effektiviserar 0,8 miljoner kronor inom administrationen och Individ- och familjenämnden 0,4 miljoner kronor.")
    d.h2("Riktade satsningar")
    d.bullets(["Vård- och omsorgsnämnden: 3,5 miljoner kronor för ökat antal äldre.",
               "Kultur- och fritidsnämnden: 700 000 kronor för utökade öppettider på bibliotek och fritidsgård.",
               "Barn- och utbildningsnämnden: 1,2 miljoner kronor för ökat antal elever i grundsärskolan.",
               "Kommunstyrelsen: 450 000 kronor för en ny tjänst som näringslivsutvecklare."])
    d.p("Kommunstyrelsens oförutsedda medel uppgår till 7,3 miljoner kronor 2025. Medlen får användas efter beslut "
        "i kommunstyrelsen, bland annat för att möta volymökningar inom äldreomsorgen.")
    d.h2("Löner och pensioner")
    d.p("Budgeten förutsätter att lönerna ökar med 3,4 procent 2025. Kostnaden för personalomkostnadspåslaget "
        "är 40,15 procent av lönesumman.")

    # p6 Resultatbudget
    d.add_page()
    d.h1("Resultatbudget")
    d.p("Resultatbudgeten visar kommunens samtliga intäkter och kostnader. Verksamhetens nettokostnad motsvarar "
        "summan av nämndernas ramar och finansförvaltningen i driftbudgeten.")
    hdr = [["", "Bokslut", "Prognos", "Budget", "Budget", "Plan", "Plan"],
           ["Belopp i mnkr", "2023", "2024", "2024", "2025", "2026", "2027"]]
    W = [64, 19, 19, 19, 19, 17, 17]
    rows = [
        ("", ["Verksamhetens intäkter"] + [m(x) for x in INT]),
        ("", ["Verksamhetens kostnader"] + [m(x) for x in KOST]),
        ("", ["Avskrivningar"] + [m(x) for x in AVS]),
        ("T", ["Verksamhetens nettokostnad"] + [m(x) for x in NETTO]),
        ("", ["Skatteintäkter"] + [m(x) for x in SKATT]),
        ("", ["Generella statsbidrag och utjämning"] + [m(x) for x in STB]),
        ("T", ["Verksamhetens resultat"] + [m(x) for x in VRES]),
        ("", ["Finansiella intäkter"] + [m(x) for x in FINI]),
        ("", ["Finansiella kostnader"] + [m(x) for x in FINK]),
        ("T", ["Årets resultat"] + [m(x) for x in RES]),
        ("", ["Resultat i % av skatter och bidrag"] + [sv(100 * RES[i] / (SKATT[i] + STB[i]), 1) for i in range(6)]),
    ]
    d.table("Resultatbudget 2025–2027", hdr, W, rows, size=8)
    d.p("Skatteintäkterna ökar med 24,6 miljoner kronor jämfört med budget 2024. Verksamhetens nettokostnad ökar med "
        "4,2 procent. Finansiella kostnader ökar som en följd av nya lån för investeringarna.")

    # p7 Balansbudget
    d.add_page()
    d.h1("Balansbudget")
    hdr = [["", "Not", "Bokslut", "Prognos", "Budget", "Plan", "Plan"],
           ["Belopp i mnkr", "", "2023", "2024", "2025", "2026", "2027"]]
    W = [66, 12, 20, 20, 20, 18, 18]
    SA = [MAT[i] + FINAT[i] for i in range(5)]
    SO = [FORDR[i] + KASSA[i] for i in range(5)]
    SK = [LFS[i] + KFS[i] for i in range(5)]
    rows = [
        ("S", ["TILLGÅNGAR", "", "", "", "", "", ""]),
        ("", ["Materiella anläggningstillgångar", "1"] + [m(x) for x in MAT]),
        ("", ["Finansiella anläggningstillgångar", "2"] + [m(x) for x in FINAT]),
        ("T", ["Summa anläggningstillgångar", ""] + [m(x) for x in SA]),
        ("", ["Fordringar", ""] + [m(x) for x in FORDR]),
        ("", ["Kassa och bank", ""] + [m(x) for x in KASSA]),
        ("T", ["Summa omsättningstillgångar", ""] + [m(x) for x in SO]),
        ("T", ["SUMMA TILLGÅNGAR", ""] + [m(x) for x in TOT]),
        ("S", ["EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER", "", "", "", "", "", ""]),
        ("", ["Eget kapital", "3"] + [m(x) for x in EK]),
        ("", ["  därav årets resultat", ""] + [m(x) for x in RES_B]),
        ("", ["Avsättningar för pensioner", "4"] + [m(x) for x in PENS]),
        ("", ["Långfristiga skulder", "5"] + [m(x) for x in LFS]),
        ("", ["Kortfristiga skulder", ""] + [m(x) for x in KFS]),
        ("T", ["Summa skulder", ""] + [m(x) for x in SK]),
        ("T", ["SUMMA EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER", ""] + [m(x) for x in TOT]),
    ]
    d.table("Balansbudget 2025–2027", hdr, W, rows, size=7.8, aligns=["L", "C", "R", "R", "R", "R", "R"],
            footnotes=["Not 1. Investeringar enligt investeringsbudgeten minus avskrivningar.",
                       "Not 2. Aktier i Kungsörs Fastighets AB och Kungsörs Vatten AB samt andelar i Kommuninvest.",
                       "Not 3. Eget kapital förändras med årets resultat.",
                       "Not 4. Avsättningar för pensioner intjänade från och med 1998 inklusive löneskatt.",
                       "Not 5. Lån hos Kommuninvest. Den genomsnittliga räntan beräknas till 3,1 procent 2025."])
    d.p(f"Soliditeten beräknas till {sv(SOL[2], 1)} procent vid utgången av 2025. Pensionsförpliktelser som är "
        "intjänade före 1998 redovisas som ansvarsförbindelse och uppgår till 142,7 miljoner kronor inklusive löneskatt.")

    # p8 Kassaflöde
    d.add_page()
    d.h1("Kassaflödesbudget")
    d.p("Kassaflödesbudgeten visar hur kommunens likvida medel förändras. Negativa belopp anges inom parentes.")
    CF = []
    for i in (2, 3, 4):
        res = RES_B[i]; av = -AVS_B[i]; pen = PENS[i] - PENS[i - 1]
        before = res + av + pen
        dfo = -(FORDR[i] - FORDR[i - 1]); dks = KFS[i] - KFS[i - 1]
        lop = before + dfo + dks
        inv = -INV[i]
        nyl = LFS[i] - LFS[i - 1]
        tot = lop + inv + nyl
        assert tot == KASSA[i] - KASSA[i - 1]
        CF.append(dict(res=res, av=av, pen=pen, before=before, dfo=dfo, dks=dks, lop=lop, inv=inv, nyl=nyl,
                       tot=tot, start=KASSA[i - 1], end=KASSA[i]))
    global KF_CF
    KF_CF = CF
    def r(lbl, key, style=""):
        return (style, [lbl] + [sv(t(c[key]), 1, "()") for c in CF])
    hdr = [["Belopp i mnkr", "Budget 2025", "Plan 2026", "Plan 2027"]]
    W = [100, 25, 25, 25]
    rows = [("S", ["Den löpande verksamheten", "", "", ""]), r("Årets resultat", "res"),
            r("Justering för av- och nedskrivningar", "av"), r("Justering för avsättningar", "pen"),
            r("Medel från verksamheten före förändring av rörelsekapital", "before", "T"),
            r("Ökning (–)/minskning (+) kortfristiga fordringar", "dfo"),
            r("Ökning (+)/minskning (–) kortfristiga skulder", "dks"),
            r("Kassaflöde från den löpande verksamheten", "lop", "T"),
            ("S", ["Investeringsverksamheten", "", "", ""]),
            r("Investering i materiella anläggningstillgångar", "inv"),
            r("Kassaflöde från investeringsverksamheten", "inv", "T"),
            ("S", ["Finansieringsverksamheten", "", "", ""]),
            r("Nyupptagna lån, netto", "nyl"),
            r("Kassaflöde från finansieringsverksamheten", "nyl", "T"),
            r("Årets kassaflöde", "tot", "T"),
            r("Likvida medel vid årets början", "start"),
            r("Likvida medel vid årets slut", "end", "T")]
    d.table("Kassaflödesbudget 2025–2027", hdr, W, rows, size=8.3)

    # p9 landscape driftbudget
    d.add_page(orientation="L")
    d.h1("Driftbudget per nämnd")
    d.p("Tabellen visar nämndernas nettokostnader (ramar). Förändringen avser budget 2025 jämfört med budget 2024. "
        "Kolumnen längst till höger anger nettokostnad i kronor per invånare.")
    hdr = [["", "Bokslut", "Budget", "Budget", "Plan", "Plan", "Förändring", "Förändring", "Kr per"],
           ["Nettokostnad, mnkr", "2023", "2024", "2025", "2026", "2027", "mnkr", "%", "invånare 2025"]]
    W = [80, 20, 20, 20, 20, 20, 24, 24, 30]
    rows = []
    def drow(name, v, style=""):
        ch = v[2] - v[1]
        pct = sv(100 * ch / v[1], 1) if v[1] else "–"
        return (style, [name] + [m(x) if x else "–" for x in v] + [m(ch), pct, sv(v[2] * 100000 / POP_BASIS, 0)])
    for name, v in DRIFT:
        rows.append(drow(name, v))
    rows.append(drow("Summa nämnder", NAMND_SUM, "T"))
    for name, v in FINANS:
        rows.append(drow(name, v))
    rows.append(drow("Totalt verksamhetens nettokostnad", DRIFT_SUM, "T"))
    d.table("Driftbudget 2025 med plan 2026–2027", hdr, W, rows, size=8.3,
            footnotes=["Kr per invånare är beräknat på 8 650 invånare (befolkningen den 1 november 2024).",
                       "Bokslut 2023 för oförutsedda medel redovisas som – eftersom medlen fördelades till nämnderna under året."])

    # p10-12 nämndernas uppdrag
    d.add_page(orientation="P")
    d.h1("Nämndernas uppdrag")
    d.h2("Kommunstyrelsen")
    d.p("Kommunstyrelsen leder och samordnar kommunens verksamhet och ansvarar för ekonomi, personal, näringsliv, "
        "gator, parker, kommunala fastigheter och räddningstjänst, som bedrivs i samverkan med Mälardalens "
        "Brand- och Räddningsförbund. Ramen för 2025 är 78,4 miljoner kronor.")
    d.p("Under 2025 ska kommunstyrelsen ta fram en ny översiktsplan och en bostadsförsörjningsplan. En ny tjänst som "
        "näringslivsutvecklare inrättas. Administrationen effektiviseras med 0,8 miljoner kronor genom bland annat "
        "digitala ärendeflöden och färre externa konsulter.")
    d.h2("Barn- och utbildningsnämnden")
    d.p("Barn- och utbildningsnämnden ansvarar för förskola, grundskola, grundsärskola, fritidshem, gymnasieskola "
        "och vuxenutbildning. Kungsör har sex kommunala förskolor och tre grundskolor. Gymnasieelever går till största "
        "delen i Köping och Arboga inom ramen för samverkansavtalet i KAK-regionen.")
    d.p("Nämndens ram för 2025 är 262,7 miljoner kronor. Kostnaden för interkommunala ersättningar till andra "
        "huvudmän för gymnasieskolan beräknas till 38,9 miljoner kronor. När den nya förskolan i Västergården öppnar "
        "hösten 2026 kan två tillfälliga paviljonger avvecklas.")
    d.h2("Vård- och omsorgsnämnden")
    d.p("Vård- och omsorgsnämnden ansvarar för hemtjänst, särskilt boende, hemsjukvård och verksamhet enligt LSS. "
        "Kommunen har 148 platser i särskilt boende fördelat på tre boenden. Nämndens ram för 2025 är 214,5 miljoner "
        "kronor, varav 3,5 miljoner kronor är en riktad satsning för att möta det ökade antalet äldre.")
    d.p("Nämnden ska minska kostnaderna för inhyrda sjuksköterskor. Under 2024 beräknas kostnaden för bemanningsföretag "
        "bli 6,8 miljoner kronor, och målet är att halvera den till 2026.")
    d.add_page()
    d.h2("Individ- och familjenämnden")
    d.p("Individ- och familjenämnden ansvarar för försörjningsstöd, barn- och ungdomsvård, missbruksvård och "
        "arbetsmarknadsenheten. Ramen för 2025 är 58,2 miljoner kronor. Kostnaderna för externa placeringar har ökat "
        "och nämnden ska under 2025 bygga ut öppenvården för att fler insatser ska kunna ges på hemmaplan.")
    d.p("Försörjningsstödet beräknas till 11,5 miljoner kronor 2025. Arbetsmarknadsenheten ska ta emot minst 60 "
        "deltagare under året.")
    d.h2("Kultur- och fritidsnämnden")
    d.p("Kultur- och fritidsnämnden ansvarar för bibliotek, fritidsgård, kulturskola, idrottsanläggningar och "
        "föreningsbidrag. Ramen för 2025 är 24,6 miljoner kronor. Nämnden får 700 000 kronor för att hålla öppet "
        "fler kvällar. Föreningsbidragen uppgår till 2,1 miljoner kronor.")
    d.h2("Bygg- och miljönämnden")
    d.p("Bygg- och miljönämnden ansvarar för bygglov, tillsyn enligt miljöbalken och livsmedelskontroll. Ramen för "
        "2025 är 9,3 miljoner kronor. Nämnden ska korta handläggningstiden för bygglov till i genomsnitt 4 veckor.")
    d.h2("Revision och överförmyndare")
    d.p("De förtroendevalda revisorerna granskar kommunens verksamhet. Överförmyndarverksamheten bedrivs i samverkan "
        "med Arboga och Köping. Den sammanlagda ramen är 3,4 miljoner kronor.")
    d.h2("Kommunala bolag")
    d.p("Kommunen äger Kungsörs Fastighets AB (KFAB) och Kungsörs Vatten AB. KFAB planerar att bygga 32 nya "
        "hyreslägenheter i kvarteret Tälten med inflyttning 2026. Bolagets investeringar ingår inte i kommunens "
        "investeringsbudget.")

    # p13-14 investeringar
    d.add_page()
    d.h1("Investeringsbudget")
    d.p(f"Investeringsbudgeten för 2025 uppgår till {m(INV_TOTAL[0])} miljoner kronor. Den största investeringen är den "
        "nya förskolan i Västergården med sex avdelningar, som beräknas vara klar i augusti 2026. Ombyggnaden av Kung "
        "Karls skola fortsätter med etapp 2. Inom den taxefinansierade verksamheten förnyas VA-ledningar i centrala "
        "Kungsör och arbetet med en reservvattentäkt fortsätter.")
    d.p("Investeringar som inte har startat före den 30 juni 2025 ska omprövas av kommunstyrelsen. Kommunstyrelsen "
        "får besluta om omfördelning mellan projekt inom samma nämnd upp till 2 miljoner kronor.")
    d.p("Skattefinansierade investeringar finansieras med egna medel i den mån det finns utrymme. Resterande del "
        "finansieras med lån hos Kommuninvest. Taxefinansierade investeringar finansieras helt med lån och "
        "belastar VA-kollektivet genom kapitalkostnader.")
    d.p("Nedan redovisas projekten per nämnd. Belopp i miljoner kronor.")
    hdr = [["", "Budget", "Plan", "Plan", "Totalt"], ["Projekt (mnkr)", "2025", "2026", "2027", "2025–2027"]]
    W = [96, 21, 21, 21, 25]
    rows = []
    for style, name, v in INVEST:
        if v is None:
            rows.append(("S", [name, "", "", "", ""]))
        else:
            rows.append((style, [name] + [m(x) for x in v] + [m(sum(v))]))
    rows.append(("T", ["Totalt investeringar"] + [m(x) for x in INV_TOTAL] + [m(sum(INV_TOTAL))]))
    d.ln(30)
    d.table("Investeringsbudget 2025–2027", hdr, W, rows, size=8.3,
            footnotes=["Ny förskola Västergården har en total projektbudget på 32,0 miljoner kronor (beslut KF 2024-03-25 § 31)."])

    # last page: nyckeltal
    d.add_page()
    d.h1("Finansiella nyckeltal och styrprinciper")
    hdr = [["Nyckeltal", "Bokslut 2023", "Prognos 2024", "Budget 2025", "Plan 2026", "Plan 2027"]]
    W = [54, 25, 25, 25, 25, 25]
    rows = [("", ["Årets resultat, mnkr"] + [m(x) for x in RES_B]),
            ("", ["Soliditet, %"] + [sv(x, 1) for x in SOL]),
            ("", ["Nettoinvesteringar, mnkr", m(INV23)] + [m(x) for x in INV[1:]]),
            ("", ["Långfristiga skulder, mnkr"] + [m(x) for x in LFS]),
            ("", ["Skattesats, kr", "22,21", "22,21", "22,21", "22,21", "22,21"])]
    d.table("Tabell. Finansiella nyckeltal", hdr, W, rows, size=8.3)
    d.h2("Styrprinciper")
    d.p("Nämnderna ansvarar för att verksamheten bedrivs inom given ram. En nämnd som befarar ett underskott ska "
        "omedelbart vidta åtgärder och rapportera till kommunstyrelsen. Över- och underskott förs inte över till nästa år.")
    d.p("Budgeten följs upp i delårsrapporten per den 31 augusti och i årsredovisningen. Månadsuppföljning görs till "
        "kommunstyrelsen efter februari, mars, maj, september och oktober.")
    d.output(path)


# =====================================================================================
def ar_pdf(path):
    d = Doc("Årsredovisning 2023 | Kungsörs kommun", "Kungsörs kommun – Årsredovisning 2023")
    d.no_head_pages.add(1)
    d.add_page()
    d.set_font("DejaVu", "B", 28)
    d.ln(60)
    d.cell(0, 14, "Årsredovisning 2023", align="C", new_x="LMARGIN", new_y="NEXT")
    d.set_font("DejaVu", "", 14)
    d.cell(0, 8, "Kungsörs kommun", align="C", new_x="LMARGIN", new_y="NEXT")
    d.ln(80)
    d.set_font("DejaVu", "", 10)
    d.cell(0, 6, "Godkänd av kommunfullmäktige 2024-04-22, § 41", align="C", new_x="LMARGIN", new_y="NEXT")

    d.add_page()
    d.h1("Kommunstyrelsens ordförande har ordet")
    d.p("2023 blev ett år med stora utmaningar. Inflationen och räntorna steg, och många hushåll fick det tuffare. "
        "Trots det kan vi redovisa ett resultat på 12,9 miljoner kronor, vilket är 6,9 miljoner kronor bättre än "
        "budget. Det positiva resultatet beror till stor del på högre skatteintäkter än beräknat och på att "
        "kommunstyrelsens oförutsedda medel inte behövde användas fullt ut.")
    d.p("Samtidigt ser vi att kostnaderna inom äldreomsorgen och individ- och familjeomsorgen ökar. Vård- och "
        "omsorgsnämnden redovisar ett underskott på 5,2 miljoner kronor och Individ- och familjenämnden ett underskott "
        "på 3,1 miljoner kronor. Det är en varningssignal inför kommande år.")
    d.set_font("DejaVu", "I", 9.5)
    d.cell(0, 5, "Marie Ekholm (S), kommunstyrelsens ordförande", new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.h1("Året i korthet")
    d.bullets(["Kungsör hade 8 612 invånare den 31 december 2023, en ökning med 41 personer.",
               "Årets resultat blev 12,9 miljoner kronor (10,2 miljoner kronor 2022).",
               "Nettoinvesteringarna uppgick till 61,3 miljoner kronor.",
               "Ombyggnaden av Kung Karls skola, etapp 1, blev klar till höstterminen.",
               "Kommunen fick 3,6 miljoner kronor i riktade statsbidrag för äldreomsorgen.",
               "Kostnaderna för försörjningsstöd ökade med 2,8 miljoner kronor jämfört med 2022."])

    d.add_page()
    d.h1("Resultaträkning")
    hdr = [["", "Not", "Utfall", "Budget", "Avvikelse", "Utfall"], ["Belopp i mnkr", "", "2023", "2023", "mot budget", "2022"]]
    W = [68, 12, 22, 22, 24, 22]
    def rr(lbl, note, a, b, c, style=""):
        return (style, [lbl, note, m(a), m(b), m(a - b), m(c)])
    rows = [rr("Verksamhetens intäkter", "1", INT[0], B23["INT"], AR22["INT"]),
            rr("Verksamhetens kostnader", "2", KOST[0], B23["KOST"], AR22["KOST"]),
            rr("Avskrivningar", "3", AVS[0], B23["AVS"], AR22["AVS"]),
            rr("Verksamhetens nettokostnad", "", NETTO[0], B23["NETTO"], AR22["NETTO"], "T"),
            rr("Skatteintäkter", "4", SKATT[0], B23["SKATT"], AR22["SKATT"]),
            rr("Generella statsbidrag och utjämning", "5", STB[0], B23["STB"], AR22["STB"]),
            rr("Verksamhetens resultat", "", VRES[0], B23["NETTO"] + B23["SKATT"] + B23["STB"],
               AR22["NETTO"] + AR22["SKATT"] + AR22["STB"], "T"),
            rr("Finansiella intäkter", "6", FINI[0], B23["FINI"], AR22["FINI"]),
            rr("Finansiella kostnader", "7", FINK[0], B23["FINK"], AR22["FINK"]),
            rr("Årets resultat", "", RES[0], B23["RES"], AR22["RES"], "T")]
    d.table("Resultaträkning för kommunen", hdr, W, rows, aligns=["L", "C", "R", "R", "R", "R"], size=8.3)
    d.p("Verksamhetens nettokostnad ökade med 6,1 procent jämfört med 2022, medan skatteintäkter och generella "
        "statsbidrag ökade med 6,8 procent. Finansnettot försämrades på grund av högre räntor.")
    d.h1("Balansräkning i sammandrag")
    hdr = [["Belopp i mnkr", "2023-12-31", "2022-12-31"]]
    W = [100, 30, 30]
    rows = [("", ["Anläggningstillgångar", m(MAT[0] + FINAT[0]), m(5760 + 487)]),
            ("", ["Omsättningstillgångar", m(FORDR[0] + KASSA[0]), "104,5"]),
            ("T", ["Summa tillgångar", m(TOT[0]), m(5760 + 487 + 1045)]),
            ("", ["Eget kapital", m(EK[0]), m(EK[0] - RES[0])]),
            ("", ["Avsättningar", m(PENS[0]), "32,6"]),
            ("", ["Skulder", m(LFS[0] + KFS[0]), m(5760 + 487 + 1045 - (EK[0] - RES[0]) - 326)]),
            ("T", ["Summa eget kapital, avsättningar och skulder", m(TOT[0]), m(5760 + 487 + 1045)]),
            ("", ["Soliditet, %", sv(SOL[0], 1), sv(100 * (EK[0] - RES[0]) / (5760 + 487 + 1045), 1)])]
    d.table("", hdr, W, rows, size=8.5)

    d.add_page()
    d.h1("Driftredovisning per nämnd")
    d.p("Tabellen visar nämndernas nettokostnader jämfört med budget. Positiv avvikelse innebär ett överskott.")
    hdr = [["Nämnd (mnkr)", "Budget 2023", "Utfall 2023", "Avvikelse"]]
    W = [90, 27, 27, 27]
    rows = []
    allrows = DRIFT + FINANS
    for (name, v), b in zip(allrows, BUDGET23):
        rows.append(("", [name, m(b), m(v[0]), m(b - v[0])]))
    rows.append(("T", ["Summa", m(sum(BUDGET23)), m(DRIFT_SUM[0]), m(sum(BUDGET23) - DRIFT_SUM[0])]))
    d.table("Nämndernas budgetutfall 2023", hdr, W, rows, size=8.5)
    d.p("Vård- och omsorgsnämndens underskott beror främst på ökade kostnader för hemtjänsten och för "
        "bemanningssjuksköterskor. Barn- och utbildningsnämnden redovisar ett underskott på 1,3 miljoner kronor, "
        "främst till följd av fler elever i grundsärskolan. Kommunstyrelsen redovisar ett överskott på 1,2 miljoner "
        "kronor, bland annat på grund av vakanta tjänster.")
    d.h1("Investeringar")
    d.p("Nettoinvesteringarna uppgick till 61,3 miljoner kronor, att jämföra med en budget på 74,0 miljoner kronor. "
        "Flera projekt har förskjutits till 2024.")
    hdr = [["Projekt (mnkr)", "Budget 2023", "Utfall 2023"]]
    W = [100, 27, 27]
    inv = [("Ombyggnad Kung Karls skola, etapp 1", 240, 214), ("Förnyelse av VA-ledningar", 150, 128),
           ("Beläggningsunderhåll gator", 40, 38), ("Förskola Västergården, projektering", 30, 12),
           ("Energieffektivisering kommunala fastigheter", 35, 31), ("Övriga projekt", 245, 190)]
    rows = [("", [a, m(b), m(c)]) for a, b, c in inv]
    rows.append(("T", ["Summa nettoinvesteringar", m(sum(x[1] for x in inv)), m(sum(x[2] for x in inv))]))
    assert sum(x[2] for x in inv) == INV23 and sum(x[1] for x in inv) == 740
    d.table("Större investeringar 2023", hdr, W, rows, size=8.5)

    d.add_page()
    d.h1("Personal")
    d.p("Den 31 december 2023 hade kommunen 712 tillsvidareanställda medarbetare, vilket är 14 fler än året innan. "
        "Den totala sjukfrånvaron minskade till 7,4 procent.")
    hdr = [["Personalnyckeltal", "2023", "2022", "2021"]]
    W = [90, 25, 25, 25]
    rows = [("", ["Antal tillsvidareanställda 31 dec", "712", "698", "691"]),
            ("", ["Antal visstidsanställda 31 dec", "94", "101", "88"]),
            ("", ["Sjukfrånvaro totalt, %", "7,4", "8,1", "8,6"]),
            ("", ["Andel långtidssjukfrånvaro (60 dagar eller mer), %", "41,2", "44,0", "46,3"]),
            ("", ["Andel heltidsanställda, %", "86,5", "83,9", "80,2"]),
            ("", ["Personalomsättning, %", "9,8", "10,4", "8,9"])]
    d.table("Personalnyckeltal", hdr, W, rows, size=8.5)
    d.h1("Förväntad utveckling")
    d.p("De kommande åren förväntas skatteunderlaget växa långsammare samtidigt som behoven inom äldreomsorgen ökar. "
        "Kommunen behöver fortsätta arbetet med effektiviseringar för att nå det finansiella målet om ett resultat på "
        "minst 1,5 procent av skatteintäkter och generella statsbidrag.")
    d.output(path)


# =====================================================================================
def html(path):
    tot = DRIFT_SUM[2]
    parts = [(n, v[2]) for n, v in DRIFT] + [("Pensioner och övrigt", FINANS[0][1][2] + FINANS[1][1][2])]
    kr = [round(1000 * v / tot) for _, v in parts]
    diff = 1000 - sum(kr)
    kr[1] += diff
    tbl = html_table("Så fördelas 100 kronor i skatt 2025", ["Verksamhet", "Kronor av 100 kr"],
                     [[n, sv(k / 10, 1)] for (n, _), k in zip(parts, kr)] + [["Totalt", "100,0"]])
    tbl2 = html_table("Skattesats 2025 (kronor per hundralapp)", ["Skatt", "2024", "2025"],
                      [["Kommunalskatt Kungsör", "22,21", "22,21"], ["Regionskatt Region Västmanland", "10,88", "10,88"],
                       ["Total skattesats", "33,09", "33,09"]])
    body = f"""    <article>
      <h1>Så används din skatt</h1>
      <p class="ingress">Kommunalskatten är kommunens största inkomstkälla. Den finansierar förskola, skola, äldreomsorg, gator och mycket annat. Här kan du se hur varje hundralapp du betalar i kommunalskatt används 2025.</p>
      <h2>Kommunalskatten 2025</h2>
      <p>Kommunfullmäktige beslutade den 25 november 2024 att skattesatsen för 2025 ska vara oförändrad, 22,21 kronor per hundra kronor beskattningsbar inkomst. Till det kommer skatten till Region Västmanland.</p>
{tbl2}
      <p>Om du har en beskattningsbar inkomst på 30 000 kronor i månaden betalar du 6 663 kronor i kommunalskatt till Kungsörs kommun varje månad.</p>
      <h2>Vart går pengarna?</h2>
      <p>Fördelningen bygger på nämndernas nettokostnader i Mål och budget 2025. Barn och utbildning är den största verksamheten, följd av vård och omsorg.</p>
{tbl}
      <h2>Kommunens ekonomi i siffror</h2>
      <ul>
        <li>Verksamhetens nettokostnad 2025: {m(tot)} miljoner kronor</li>
        <li>Budgeterat resultat 2025: 10,4 miljoner kronor</li>
        <li>Investeringar 2025: {m(INV_TOTAL[0])} miljoner kronor</li>
        <li>Antal invånare 1 november 2024: 8 650</li>
      </ul>
      <p>Läs mer i <a href="/download/mal-och-budget-2025-2027.pdf">Mål och budget 2025–2027 (pdf, 2,1 MB)</a> och i <a href="/download/arsredovisning-2023.pdf">Årsredovisning 2023 (pdf, 3,4 MB)</a>.</p>
    </article>"""
    page = html_page("Så används din skatt", "Kungsörs kommun",
                     ["Barn och utbildning", "Omsorg och stöd", "Bygga och bo", "Uppleva och göra", "Näringsliv och arbete", "Kommun och politik"],
                     ["Startsida", "Kommun och politik", "Ekonomi", "Så används din skatt"], body,
                     "2024-12-05", "2025-01-14",
                     ["Kungsörs kommun, 736 85 Kungsör", "Besöksadress: Drottninggatan 5", "Telefon: 0227-60 00 00",
                      "E-post: kungsors.kommun@kungsor.se", "Organisationsnummer: 212000-2015"])
    with open(path, "w", encoding="utf-8") as f:
        f.write(page)
    return kr, parts


# =====================================================================================
def protokoll_docx(path):
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    fix_core(doc.core_properties, "Kungsörs kommun, kansliet", "Protokoll kommunfullmäktige 2024-11-25")
    h = doc.add_paragraph()
    h.add_run("KUNGSÖRS KOMMUN").bold = True
    h.add_run("\tSAMMANTRÄDESPROTOKOLL")
    doc.add_paragraph("Kommunfullmäktige\tSammanträdesdatum 2024-11-25")
    doc.add_heading("Protokoll kommunfullmäktige", level=1)
    doc.add_paragraph("Plats och tid: Kommunhuset, Kungssalen, kl. 18.30–21.15")
    doc.add_paragraph("Beslutande: 31 ledamöter enligt bifogad närvarolista")
    doc.add_paragraph("Ordförande: Bengt Axelsson (S)")
    doc.add_paragraph("Sekreterare: Lena Holm")
    doc.add_paragraph("Justerare: Karin Sjöberg (C) och Tomas Ekvall (SD)")
    doc.add_paragraph("Paragrafer: §§ 110–116")

    doc.add_heading("§ 110 Fastställande av dagordning", level=2)
    doc.add_paragraph("Kommunfullmäktige beslutar att fastställa dagordningen med tillägg av en interpellation.")
    doc.add_heading("§ 111 Val av justerare", level=2)
    doc.add_paragraph("Kommunfullmäktige beslutar att utse Karin Sjöberg (C) och Tomas Ekvall (SD) att justera "
                      "protokollet den 29 november 2024.")

    doc.add_heading("§ 112 Mål och budget 2025 med plan för 2026–2027", level=2)
    doc.add_paragraph("Dnr KS 2024/318")
    doc.add_paragraph("Ärendebeskrivning", style="Heading 3")
    doc.add_paragraph("Kommunstyrelsen har den 11 november 2024 föreslagit kommunfullmäktige att anta Mål och budget "
                      "2025 med plan för 2026–2027. Budgeten innebär ett resultat på 10,4 miljoner kronor 2025 och en "
                      "oförändrad skattesats. Investeringsbudgeten för 2025 uppgår till 75,5 miljoner kronor.")
    doc.add_paragraph("Yrkanden", style="Heading 3")
    doc.add_paragraph("Marie Ekholm (S), Karin Sjöberg (C) och Anders Lund (L) yrkar bifall till kommunstyrelsens förslag.")
    doc.add_paragraph("Lars Wennerholm (M) yrkar bifall till Moderaternas budgetförslag, som innebär en sänkning av "
                      "skattesatsen med 10 öre till 22,11 kronor.")
    doc.add_paragraph("Tomas Ekvall (SD) yrkar bifall till Sverigedemokraternas budgetförslag.")
    doc.add_paragraph("Propositionsordning och votering", style="Heading 3")
    doc.add_paragraph("Ordföranden ställer först Moderaternas och Sverigedemokraternas förslag mot varandra och "
                      "finner att Moderaternas förslag blir motförslag. Därefter ställs kommunstyrelsens förslag mot "
                      "Moderaternas förslag. Votering begärs och genomförs. Med 19 ja-röster mot 12 nej-röster "
                      "beslutar kommunfullmäktige enligt kommunstyrelsens förslag.")
    doc.add_paragraph("Beslut", style="Heading 3")
    doc.add_paragraph("Kommunfullmäktige beslutar")
    for s in ["att fastställa skattesatsen för 2025 till 22,21 kronor per skattekrona,",
              "att anta resultatbudget, balansbudget, kassaflödesbudget och investeringsbudget för 2025 med plan för 2026–2027,",
              "att fastställa nämndernas driftramar för 2025 enligt tabellen nedan,",
              "att kommunstyrelsen under 2025 får nyupplåna upp till 45 miljoner kronor samt omsätta lån som förfaller,",
              "att kommunstyrelsens oförutsedda medel ska uppgå till 7 300 tkr."]:
        doc.add_paragraph(s, style="List Bullet")
    tbl = doc.add_table(rows=1, cols=4)
    tbl.style = "Table Grid"
    hdr = tbl.rows[0].cells
    for c, txt in zip(hdr, ["Nämnd", "Ram 2024, tkr", "Ram 2025, tkr", "Förändring, tkr"]):
        c.text = txt
    for name, v in DRIFT:
        r = tbl.add_row().cells
        r[0].text = name
        r[1].text = sv(v[1] * 100, 0)
        r[2].text = sv(v[2] * 100, 0)
        r[3].text = sv((v[2] - v[1]) * 100, 0, plus=True)
    r = tbl.add_row().cells
    r[0].text = "Summa nämnder"
    r[1].text = sv(NAMND_SUM[1] * 100, 0)
    r[2].text = sv(NAMND_SUM[2] * 100, 0)
    r[3].text = sv((NAMND_SUM[2] - NAMND_SUM[1]) * 100, 0, plus=True)
    doc.add_paragraph("")
    doc.add_paragraph("Reservation", style="Heading 3")
    doc.add_paragraph("Ledamöterna för Moderaterna reserverar sig mot beslutet till förmån för eget förslag. "
                      "Ledamöterna för Sverigedemokraterna reserverar sig mot beslutet med en skriftlig reservation "
                      "som bifogas protokollet.")
    doc.add_paragraph("Expedieras till: samtliga nämnder, ekonomienheten")

    doc.add_heading("§ 113 Taxa för vatten och avlopp 2025", level=2)
    doc.add_paragraph("Dnr KS 2024/295")
    doc.add_paragraph("Kungsörs Vatten AB föreslår att brukningsavgiften för vatten och avlopp höjs med 6 procent "
                      "från den 1 januari 2025. Höjningen behövs för att finansiera förnyelsen av VA-ledningar och "
                      "en reservvattentäkt. För en normalvilla med en förbrukning av 150 kubikmeter per år innebär "
                      "höjningen cirka 620 kronor mer per år.")
    doc.add_paragraph("Beslut", style="Heading 3")
    doc.add_paragraph("Kommunfullmäktige beslutar att anta VA-taxa 2025 enligt förslaget. Beslutet är enhälligt.")

    doc.add_heading("§ 114 Motion om gratis kollektivtrafik för pensionärer", level=2)
    doc.add_paragraph("Dnr KS 2024/102")
    doc.add_paragraph("Tomas Ekvall (SD) har i en motion föreslagit att invånare som fyllt 75 år ska få åka gratis med "
                      "kollektivtrafiken inom kommunen. Kostnaden har beräknats till cirka 380 000 kronor per år.")
    doc.add_paragraph("Beslut", style="Heading 3")
    doc.add_paragraph("Kommunfullmäktige beslutar att avslå motionen.")
    doc.add_paragraph("Reservation", style="Heading 3")
    doc.add_paragraph("Ledamöterna för Sverigedemokraterna reserverar sig mot beslutet.")

    doc.add_heading("§ 115 Entlediganden och fyllnadsval", level=2)
    doc.add_paragraph("Kommunfullmäktige beslutar att entlediga Sofia Berg (L) från uppdraget som ersättare i "
                      "Bygg- och miljönämnden och att välja Per Lindahl (L) som ny ersättare.")
    doc.add_heading("§ 116 Meddelanden", level=2)
    doc.add_paragraph("Revisorernas granskning av delårsrapporten per den 31 augusti 2024 läggs till handlingarna.")
    doc.add_paragraph("")
    doc.add_paragraph("Justerandes signatur ______    Utdragsbestyrkande ______")
    doc.save(path)
    normalize_zip(path)


# =====================================================================================
NYCKEL = [  # år, invånare, skattesats, skatter+bidrag mnkr, resultat, nettoinv, soliditet, långfr skulder
    (2019, 8480, 22.21, 561.2, 8.4, 48.6, 43.8, 214.0),
    (2020, 8527, 22.21, 590.4, 21.7, 39.2, 45.1, 205.5),
    (2021, 8542, 22.21, 612.8, 25.3, 44.7, 46.0, 221.3),
    (2022, 8571, 22.21, 605.9, 10.2, 58.9, None, None),
    (2023, 8612, 22.21, t(SKATT[0] + STB[0]), t(RES[0]), t(INV23), SOL[0], t(LFS[0])),
]


def xlsx(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Nyckeltal"
    ws["A1"] = "Kungsörs kommun – ekonomiska nyckeltal 2019–2023 samt prognos 2024"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Belopp i mnkr om inte annat anges. Källa: årsredovisningar och delårsrapport 2024."
    hdr = ["År", "Invånare 31 dec", "Skattesats, kr", "Skatteintäkter och statsbidrag", "Årets resultat",
           "Nettoinvesteringar", "Soliditet, %", "Långfristiga skulder"]
    ws.append([])
    ws.append(hdr)
    for c in ws[4]:
        c.font = Font(bold=True)
    ny = list(NYCKEL)
    # fill 2022 soliditet/lån consistently with årsredovisningen
    tot22 = 5760 + 487 + 1045
    ek22 = EK[0] - RES[0]
    lfs22 = 2519
    ny[3] = (2022, 8571, 22.21, t(AR22["SKATT"] + AR22["STB"]), t(AR22["RES"]), 58.9, round(100 * ek22 / tot22, 1), t(lfs22))
    for row in ny:
        ws.append(list(row))
    ws.append(["2024 prognos", None, 22.21, t(SKATT[1] + STB[1]), t(RES[1]), t(INV[1]), SOL[1], t(LFS[1])])
    ws.append([])
    ws.append(["Invånare 2024: uppgift saknas, prognosen avser 1 november 2024 (8 650)."])
    for col, w in zip("ABCDEFGH", [14, 16, 14, 30, 15, 18, 13, 20]):
        ws.column_dimensions[col].width = w
    ws2 = wb.create_sheet("Befolkning")
    ws2["A1"] = "Befolkning per åldersgrupp 31 december"
    ws2["A1"].font = Font(bold=True, size=13)
    ws2["A2"] = "Antal personer"
    ws2.append([])
    ws2.append(["Åldersgrupp", 2021, 2022, 2023])
    ages = [("0–5 år", 531, 520, 512), ("6–15 år", 990, 996, 1004), ("16–19 år", 369, 375, 388),
            ("20–64 år", 4489, 4498, 4517), ("65–79 år", 1499, 1512, 1519), ("80 år och äldre", 664, 670, 672)]
    for a in ages:
        ws2.append(list(a))
    ws2.append(["Totalt"] + [sum(a[i] for a in ages) for i in (1, 2, 3)])
    assert sum(a[3] for a in ages) == 8612 and sum(a[2] for a in ages) == 8571
    for c in ws2[4]:
        c.font = Font(bold=True)
    ws2.column_dimensions["A"].width = 18
    wb.properties.creator = "Kungsörs kommun, ekonomienheten"
    wb.properties.lastModifiedBy = "Kungsörs kommun, ekonomienheten"
    wb.properties.title = "Nyckeltal"
    import datetime
    wb.properties.created = datetime.datetime(2024, 12, 2, 9, 0, 0)
    wb.properties.modified = datetime.datetime(2024, 12, 2, 9, 0, 0)
    wb.save(path)
    normalize_zip(path)


PRESS = """# Byggstart för nya förskolan i Västergården

**Pressmeddelande, Kungsörs kommun, 2025-01-20**

I mars börjar bygget av Kungsörs nya förskola i Västergården. Förskolan får sex avdelningar och plats för 120 barn, och beräknas vara klar för inflyttning i augusti 2026.

– Det här är en efterlängtad dag. Fler barnfamiljer flyttar till Kungsör och nu kan vi ge dem en modern förskola nära hemmet, säger Jonas Berggren (S), ordförande i barn- och utbildningsnämnden.

## Dyrare än beräknat

Upphandlingen blev klar i december och vanns av Mälardalens Byggservice AB. Den totala kostnaden beräknas nu till 34,5 miljoner kronor, vilket är 2,5 miljoner kronor mer än de 32 miljoner kronor som kommunfullmäktige avsatte i budgeten. Fördyringen beror främst på högre priser på material och på att marken behöver förstärkas.

Kommunstyrelsen beslutade den 13 januari att finansiera merkostnaden genom att skjuta upp renoveringen av simhallens omklädningsrum till 2026.

## Fakta om förskolan

- Sex avdelningar, 120 platser
- Byggstart: mars 2025
- Inflyttning: augusti 2026
- Solceller på taket som beräknas ge 45 000 kWh per år
- Två tillfälliga paviljonger vid Skolgatan avvecklas när förskolan öppnar

**Kontakt**
Jonas Berggren (S), ordförande barn- och utbildningsnämnden, 0227-60 01 23
Elin Strand, förvaltningschef, 0227-60 01 40
"""


def build(outdir):
    os.makedirs(outdir, exist_ok=True)
    budget_pdf(os.path.join(outdir, "mal-och-budget-2025-2027.pdf"))
    ar_pdf(os.path.join(outdir, "arsredovisning-2023.pdf"))
    html(os.path.join(outdir, "sa-anvands-din-skatt.html"))
    protokoll_docx(os.path.join(outdir, "protokoll-kf-2024-11-25.docx"))
    xlsx(os.path.join(outdir, "nyckeltal-2019-2024.xlsx"))
    with open(os.path.join(outdir, "pressmeddelande-forskola-vastergarden.md"), "w", encoding="utf-8") as f:
        f.write(PRESS)
