"""Vilhelmina kommun: invented but consistent documents."""
import datetime
import os

import docx
from docx.shared import Pt
import openpyxl
from openpyxl.styles import Font

from common import Doc, sv, t, normalize_zip, fix_core, html_page, html_table

POP_BASIS = 6600

# Driftbudget per nämnd, tkr: Utfall 2023, Budget 2024, Prognos 2024, Budget 2025, Plan 2026, Plan 2027
DRIFT = [
    ("Kommunstyrelsen", [127300, 131200, 129800, 136400, 139100, 142300]),
    ("Barn- och utbildningsnämnden", [166200, 168900, 170300, 172600, 175400, 178900]),
    ("Socialnämnden", [221700, 226400, 232300, 238900, 244100, 249800]),
    ("Miljö- och byggnämnden", [6500, 6800, 6700, 7100, 7300, 7400]),
    ("Revision", [1400, 1500, 1500, 1500, 1600, 1600]),
    ("Överförmyndare i samverkan", [1100, 1100, 1300, 1200, 1200, 1300]),
]
FIN = ("Finansförvaltning", [8700, 9800, 9200, 11500, 12600, 13900])
NSUM = [sum(r[1][i] for r in DRIFT) for i in range(6)]
DSUM = [NSUM[i] + FIN[1][i] for i in range(6)]

# Resultatbudget (tenths of mnkr): Utfall 2023, Budget 2024, Prognos 2024, Budget 2025, Plan 2026, Plan 2027
NETTO = [-x // 100 for x in DSUM]
INT = [1124, 1080, 1116, 1135, 1152, 1170]
AVS = [-213, -225, -221, -238, -250, -261]
KOST = [NETTO[i] - INT[i] - AVS[i] for i in range(6)]
SKATT = [3182, 3331, 3314, 3456, 3568, 3689]
STB = [2245, 2198, 2269, 2317, 2345, 2386]
VRES = [NETTO[i] + SKATT[i] + STB[i] for i in range(6)]
FINI = [21, 18, 24, 20, 20, 20]
FINK = [-30, -35, -33, -36, -41, -46]
RES = [VRES[i] + FINI[i] + FINK[i] for i in range(6)]
assert RES == [89, 55, 63, 65, 79, 97], RES

# Balans (tenths): Utfall 2023, Prognos 2024, Budget 2025, Plan 2026, Plan 2027
MAT = [4552, 4703, 4920, 5055, 5120]
FINAT = [315] * 5
FORDR = [554, 540, 550, 560, 570]
KASSA = [628, 481, 402, 389, 417]
RES_B = [RES[0], RES[2], RES[3], RES[4], RES[5]]
AVS_B = [AVS[0], AVS[2], AVS[3], AVS[4], AVS[5]]
EK = [4026]
for r in RES_B[1:]:
    EK.append(EK[-1] + r)
PENS = [226, 234, 243, 251, 258]
KFS = [963, 970, 985, 997, 1010]
TOT = [MAT[i] + FINAT[i] + FORDR[i] + KASSA[i] for i in range(5)]
LFS = [TOT[i] - EK[i] - PENS[i] - KFS[i] for i in range(5)]
SOL = [round(100 * EK[i] / TOT[i], 1) for i in range(5)]
INV = [339] + [MAT[i] - MAT[i - 1] - AVS_B[i] for i in range(1, 5)]  # 2023 utfall, 2024p, 2025, 2026, 2027

# Investeringsbudget tkr: 2025..2029
INVEST = [
    ("S", "Kommunstyrelsen", None),
    ("", "Ombyggnad Volgsjöskolan, kök och matsal", [12000, 9000, 0, 0, 0]),
    ("", "Ny räddningsstation Dikanäs", [6500, 0, 0, 0, 0]),
    ("", "Flygplatsen, ny banbeläggning", [4000, 0, 0, 0, 0]),
    ("", "Gatubelysning och trafiksäkerhet", [1500, 1500, 1500, 1500, 1500]),
    ("", "Bredband på landsbygden", [2000, 2000, 1500, 0, 0]),
    ("", "Elljusspår Vilhelmina skidstadion", [1200, 0, 0, 0, 0]),
    ("", "Fastighetsunderhåll, reinvesteringar", [3000, 3500, 4000, 4000, 4000]),
    ("T", "Summa kommunstyrelsen", "SUM"),
    ("S", "Barn- och utbildningsnämnden", None),
    ("", "Inventarier förskola och skola", [600, 600, 600, 600, 600]),
    ("", "Digitala verktyg", [500, 500, 500, 500, 500]),
    ("T", "Summa barn- och utbildningsnämnden", "SUM"),
    ("S", "Socialnämnden", None),
    ("", "Trygghetsteknik och larm", [800, 400, 400, 400, 400]),
    ("", "Ombyggnad särskilt boende Björkbacken", [3500, 8000, 6000, 0, 0]),
    ("T", "Summa socialnämnden", "SUM"),
    ("S", "Vatten och avlopp (taxefinansierat)", None),
    ("", "Vattenverk Vilhelmina, etapp 2", "BAL"),
    ("", "Ledningsförnyelse", [2500, 3000, 3000, 3500, 3500]),
    ("T", "Summa vatten och avlopp", "SUM"),
]
INV_TOTAL = [INV[2], INV[3], INV[4], 26400, 24800]
INV_TOTAL = [x * 100 if i < 3 else x for i, x in enumerate(INV_TOTAL)]
_known = [sum(r[2][i] for r in INVEST if isinstance(r[2], list)) for i in range(5)]
_bal = [INV_TOTAL[i] - _known[i] for i in range(5)]
for idx, r in enumerate(INVEST):
    if r[2] == "BAL":
        INVEST[idx] = (r[0], r[1], _bal)
_cur = []
for idx, r in enumerate(INVEST):
    if r[0] == "S":
        _cur = []
    elif r[0] == "":
        _cur.append(r[2])
    elif r[2] == "SUM":
        INVEST[idx] = (r[0], r[1], [sum(v[i] for v in _cur) for i in range(5)])
assert all(x >= 0 for x in _bal), _bal


def m(x, neg="– "):
    return sv(t(x), 1, neg)


def k(x, neg="– "):
    return sv(x, 0, neg)


# =====================================================================================
def budget_pdf(path):
    d = Doc("VILHELMINA KOMMUN  |  Budget 2025 och verksamhetsplan 2026–2027", "Vilhelmina kommun")
    d.no_head_pages.add(1)
    d.add_page()
    d.set_font("DejaVu", "B", 24)
    d.ln(45)
    d.multi_cell(0, 12, "Budget 2025\noch verksamhetsplan\n2026–2027", align="C", new_x="LMARGIN", new_y="NEXT")
    d.ln(8)
    d.set_font("DejaVu", "", 14)
    d.cell(0, 8, "Vilhelmina kommun", align="C", new_x="LMARGIN", new_y="NEXT")
    d.ln(70)
    d.set_font("DejaVu", "", 10)
    d.cell(0, 6, "Beslutad av kommunfullmäktige 2024-11-18, § 86", align="C", new_x="LMARGIN", new_y="NEXT")

    d.add_page()
    d.h1("Inledning från kommunstyrelsens ordförande")
    d.p("Vilhelmina är en stor kommun till ytan med en liten befolkning. Avstånden är långa och många av våra "
        "invånare bor i byar långt från centralorten. Det gör det dyrare att ge samma service som i en tätort, men "
        "det är också det som gör Vilhelmina unikt. Med den här budgeten vill vi visa att det går att kombinera "
        "god service i hela kommunen med en ekonomi i balans.")
    d.p("Skattesatsen ligger kvar på 22,85 kronor. Budgeten för 2025 visar ett resultat på 6,5 miljoner kronor. "
        "Det är lägre än vårt mål på 2 procent av skatteintäkter och statsbidrag, och därför behöver vi fortsätta "
        "att anpassa verksamheten till en minskande befolkning.")
    d.p("Vi prioriterar äldreomsorgen. Socialnämnden får ett tillskott på 2,4 miljoner kronor för hemtjänsten i "
        "de västra fjällbyarna, där resorna är långa. Vi satsar också 850 000 kronor på att rekrytera "
        "sjuksköterskor och lärare genom studieskuldsavskrivning och flyttbidrag.")
    d.p("Bland investeringarna märks en ny räddningsstation i Dikanäs och ombyggnaden av köket på Volgsjöskolan. "
        "Totalt investerar vi 45,5 miljoner kronor under 2025.")
    d.set_font("DejaVu", "I", 9.5)
    d.cell(0, 5, "Helena Forsberg (C), kommunstyrelsens ordförande", new_x="LMARGIN", new_y="NEXT")

    d.add_page()
    d.h1("Förutsättningar")
    d.h2("Befolkningsutveckling")
    d.p("Vilhelminas befolkning har minskat under lång tid. Den 31 december 2023 hade kommunen 6 658 invånare, "
        "vilket är 64 färre än ett år tidigare. Budgeten bygger på 6 600 invånare. Varje invånare färre innebär "
        "ungefär 80 000 kronor lägre intäkter från skatter och statsbidrag.")
    d.p("Andelen invånare som är 65 år eller äldre är 29 procent, vilket är betydligt högre än riksgenomsnittet.")
    d.h2("Skatteintäkter och utjämning")
    d.p("Skatteintäkterna beräknas utifrån Sveriges Kommuner och Regioners prognos från oktober 2024. Vilhelmina "
        "är starkt beroende av det kommunalekonomiska utjämningssystemet. Generella statsbidrag och utjämning "
        "utgör 40 procent av kommunens skatteintäkter och statsbidrag 2025.")
    d.h2("Prognos 2024")
    d.p("Enligt delårsrapporten per augusti 2024 beräknas årets resultat för 2024 bli 6,3 miljoner kronor, vilket "
        "är 0,8 miljoner kronor bättre än budget. Socialnämnden prognostiserar ett underskott medan "
        "kommunstyrelsen och finansförvaltningen visar överskott.")
    d.h2("Mål för god ekonomisk hushållning")
    d.bullets(["Årets resultat ska vara minst 2 procent av skatteintäkter och generella statsbidrag över en "
               "rullande femårsperiod.",
               "Investeringar ska finansieras med egna medel till minst 80 procent.",
               "Soliditeten ska överstiga 60 procent.",
               "Nämnderna ska bedriva verksamheten inom tilldelad ram."])
    d.h2("Verksamhetsmål")
    d.table("Tabell 1. Utvalda verksamhetsmål", [["Mål", "Utfall 2023", "Mål 2025"]], [110, 30, 30],
            [("", ["Andel elever som är behöriga till gymnasiet, %", "81,2", "88"]),
             ("", ["Antal invånare 31 december", "6 658", "6 600"]),
             ("", ["Andel nöjda brukare i hemtjänsten, %", "91", "93"]),
             ("", ["Sjukfrånvaro, %", "6,8", "6,0"]),
             ("", ["Antal gästnätter i kommunen", "187 400", "200 000"])])

    d.add_page()
    d.h1("Vision och styrmodell")
    d.p("Kommunfullmäktige har antagit visionen \"Vilhelmina – en levande fjällkommun med plats för alla\". "
        "Visionen ska vara vägledande för alla nämnder och bolag fram till 2030.")
    d.p("Styrmodellen bygger på att kommunfullmäktige beslutar om mål och ekonomiska ramar. Nämnderna beslutar om "
        "verksamhetsplaner med nämndmål och aktiviteter. Uppföljning sker i delårsrapporter och årsredovisning.")
    d.h2("Prioriterade områden 2025–2027")
    d.bullets(["Attraktiv boendekommun: fler bostäder i centralorten och i fjällbyarna.",
               "Kompetensförsörjning: rekrytera och behålla personal inom vård, skola och teknik.",
               "Näringsliv och turism: utveckla besöksnäringen i Kittelfjäll, Saxnäs och Klimpfjäll.",
               "Trygghet: fungerande räddningstjänst och god beredskap i hela kommunen."])
    d.h2("Kommunkoncernen")
    d.p("I kommunkoncernen ingår Vilhelmina Bostäder AB med cirka 900 lägenheter och Vilhelmina Industrilokaler AB. "
        "Bostadsbolaget planerar att bygga 24 nya lägenheter på Volgsjövägen med inflyttning 2026. Kommunen har en "
        "borgensram för bolagen på 310 miljoner kronor.")
    d.h2("Personal och kompetensförsörjning")
    d.p("Kommunen har drygt 800 månadsavlönade medarbetare. Under de kommande fem åren går omkring 150 medarbetare "
        "i pension. För att klara rekryteringen satsar kommunen 850 000 kronor 2025 på studieskuldsavskrivning och "
        "flyttbidrag för bristyrken.")
    d.p("Lönerna beräknas öka med 3,3 procent 2025. Budgeten innehåller en central lönepott som fördelas till "
        "nämnderna efter avslutad lönerevision.")

    d.add_page()
    d.h1("Resultatbudget")
    d.p("Beloppen anges i miljoner kronor (mnkr). Negativa belopp anges med minustecken.")
    hdr = [["", "Utfall", "Budget", "Prognos", "Budget", "Plan", "Plan"],
           ["mnkr", "2023", "2024", "2024", "2025", "2026", "2027"]]
    W = [62, 19, 19, 19, 19, 18, 18]
    rows = [("", ["Verksamhetens intäkter"] + [m(x) for x in INT]),
            ("", ["Verksamhetens kostnader"] + [m(x) for x in KOST]),
            ("", ["Avskrivningar"] + [m(x) for x in AVS]),
            ("T", ["Verksamhetens nettokostnader"] + [m(x) for x in NETTO]),
            ("", ["Skatteintäkter"] + [m(x) for x in SKATT]),
            ("", ["Generella statsbidrag och utjämning"] + [m(x) for x in STB]),
            ("T", ["Verksamhetens resultat"] + [m(x) for x in VRES]),
            ("", ["Finansiella intäkter"] + [m(x) for x in FINI]),
            ("", ["Finansiella kostnader"] + [m(x) for x in FINK]),
            ("T", ["Resultat efter finansiella poster"] + [m(x) for x in RES]),
            ("", ["Extraordinära poster"] + ["0,0"] * 6),
            ("T", ["Årets resultat"] + [m(x) for x in RES])]
    d.table("Resultatbudget", hdr, W, rows, size=8)
    d.p("Årets resultat 2025 motsvarar 1,1 procent av skatteintäkter och generella statsbidrag. Under planperioden "
        "förbättras resultatet till 9,7 miljoner kronor 2027.")
    d.h1("Balansbudget")
    hdr = [["", "Utfall", "Prognos", "Budget", "Plan", "Plan"], ["mnkr", "2023", "2024", "2025", "2026", "2027"]]
    W = [72, 20, 20, 20, 20, 20]
    rows = [("S", ["Tillgångar", "", "", "", "", ""]),
            ("", ["Materiella anläggningstillgångar"] + [m(x) for x in MAT]),
            ("", ["Finansiella anläggningstillgångar"] + [m(x) for x in FINAT]),
            ("", ["Kortfristiga fordringar"] + [m(x) for x in FORDR]),
            ("", ["Kassa och bank"] + [m(x) for x in KASSA]),
            ("T", ["Summa tillgångar"] + [m(x) for x in TOT]),
            ("S", ["Eget kapital, avsättningar och skulder", "", "", "", "", ""]),
            ("", ["Eget kapital"] + [m(x) for x in EK]),
            ("", ["Avsättningar för pensioner"] + [m(x) for x in PENS]),
            ("", ["Långfristiga skulder"] + [m(x) for x in LFS]),
            ("", ["Kortfristiga skulder"] + [m(x) for x in KFS]),
            ("T", ["Summa eget kapital, avsättningar och skulder"] + [m(x) for x in TOT]),
            ("", ["Soliditet, %"] + [sv(x, 1) for x in SOL])]
    d.table("Balansbudget", hdr, W, rows, size=8)

    d.add_page()
    d.h1("Kassaflödesbudget")
    CF = []
    for i in (2, 3, 4):
        c = dict(res=RES_B[i], av=-AVS_B[i], pen=PENS[i] - PENS[i - 1], dfo=-(FORDR[i] - FORDR[i - 1]),
                 dks=KFS[i] - KFS[i - 1], inv=-INV[i], lan=LFS[i] - LFS[i - 1], start=KASSA[i - 1], end=KASSA[i])
        c["lop"] = c["res"] + c["av"] + c["pen"] + c["dfo"] + c["dks"]
        c["tot"] = c["lop"] + c["inv"] + c["lan"]
        assert c["tot"] == KASSA[i] - KASSA[i - 1]
        CF.append(c)
    hdr = [["mnkr", "Budget 2025", "Plan 2026", "Plan 2027"]]
    W = [100, 25, 25, 25]
    def r(lbl, key, st=""):
        return (st, [lbl] + [sv(t(c[key]), 1, "-") for c in CF])
    rows = [("S", ["Löpande verksamhet", "", "", ""]), r("Årets resultat", "res"),
            r("Avskrivningar", "av"), r("Förändring pensionsavsättning", "pen"),
            r("Förändring kortfristiga fordringar", "dfo"), r("Förändring kortfristiga skulder", "dks"),
            r("Kassaflöde från löpande verksamhet", "lop", "T"),
            ("S", ["Investeringsverksamhet", "", "", ""]), r("Nettoinvesteringar", "inv"),
            r("Kassaflöde från investeringsverksamhet", "inv", "T"),
            ("S", ["Finansieringsverksamhet", "", "", ""]), r("Förändring långfristiga skulder", "lan"),
            r("Kassaflöde från finansieringsverksamhet", "lan", "T"),
            r("Årets kassaflöde", "tot", "T"), r("Likvida medel vid årets början", "start"),
            r("Likvida medel vid årets slut", "end", "T")]
    d.table("Kassaflödesbudget", hdr, W, rows, size=8.3)
    d.p("Investeringarna 2025 finansieras till 67 procent med egna medel. Resterande del lånas upp hos "
        "Kommuninvest.")

    d.add_page()
    d.h1("Driftbudget per nämnd")
    d.p("Driftbudgeten anger nämndernas nettokostnadsramar. Beloppen anges i tusentals kronor (tkr).")
    hdr = [["", "Netto-", "Netto-", "Netto-", "Netto-", "Plan", "Plan"],
           ["", "kostnad", "kostnad", "kostnad", "kostnad", "", ""],
           ["tkr", "Utfall 2023", "Budget 2024", "Prognos 2024", "Budget 2025", "2026", "2027"]]
    W = [58, 21, 21, 22, 21, 17, 17]
    rows = [("", [n] + [k(x) for x in v]) for n, v in DRIFT]
    rows.append(("T", ["Summa nämnder"] + [k(x) for x in NSUM]))
    rows.append(("", [FIN[0]] + [k(x) for x in FIN[1]]))
    rows.append(("T", ["Totalt"] + [k(x) for x in DSUM]))
    d.table("Driftbudget 2025 och plan 2026–2027", hdr, W, rows, size=7.8,
            footnotes=["Finansförvaltningen omfattar pensionskostnader, personalomkostnadsavstämning och "
                       "kommunstyrelsens reserv för oförutsedda kostnader (3 000 tkr 2025)."])
    hdr = [["Nämnd", "Budget 2025, tkr", "Kr per invånare"]]
    W = [90, 35, 35]
    rows = [("", [n, k(v[3]), k(v[3] * 1000 / POP_BASIS)]) for n, v in DRIFT]
    rows.append(("T", ["Summa nämnder", k(NSUM[3]), k(NSUM[3] * 1000 / POP_BASIS)]))
    d.table("Nettokostnad per invånare 2025", hdr, W, rows, size=8.3,
            footnotes=["Beräknat på 6 600 invånare."])

    # nämnder
    d.add_page()
    d.h1("Nämndernas verksamhet")
    d.h2("Kommunstyrelsen")
    d.p("Kommunstyrelsen ansvarar för kommunledning, räddningstjänst, gator och fastigheter, näringsliv och turism, "
        "kultur och fritid samt kollektivtrafik och flygplatsen. Nettokostnadsramen för 2025 är 136,4 miljoner "
        "kronor. Flygplatsen i Vilhelmina har reguljär trafik till Stockholm Arlanda och kostar kommunen "
        "5,9 miljoner kronor netto per år.")
    d.p("Räddningstjänsten har deltidsstationer i Vilhelmina, Dikanäs och Saxnäs. Stationen i Dikanäs ersätts med "
        "en ny byggnad under 2025.")
    d.h2("Barn- och utbildningsnämnden")
    d.p("Barn- och utbildningsnämnden ansvarar för förskola, grundskola, gymnasieskola och vuxenutbildning. "
        "Nämnden har en ram på 172,6 miljoner kronor 2025. Antalet elever i grundskolan minskar och nämnden ska "
        "under 2025 utreda skolorganisationen i byarna. Skolskjutsarna kostar 11,2 miljoner kronor per år.")
    d.p("Malgomajskolan är kommunens gymnasieskola med sju nationella program och ett riksrekryterande "
        "samiskt program.")
    d.h2("Socialnämnden")
    d.p("Socialnämnden ansvarar för äldreomsorg, hemtjänst, LSS, individ- och familjeomsorg och socialpsykiatri. "
        "Ramen för 2025 är 238,9 miljoner kronor, en ökning med 12,5 miljoner kronor jämfört med budget 2024. "
        "I ökningen ingår 2,4 miljoner kronor för hemtjänsten i de västra fjällbyarna.")
    d.p("Kommunen har 112 platser i särskilt boende. Björkbacken byggs om under 2025–2027 för att ge fler "
        "demensplatser.")
    d.h2("Miljö- och byggnämnden")
    d.p("Miljö- och byggnämnden ansvarar för bygglov, miljö- och hälsoskydd och livsmedelskontroll. Ramen för "
        "2025 är 7,1 miljoner kronor.")
    d.h2("Revision och överförmyndare")
    d.p("Revisionens budget är 1,5 miljoner kronor. Överförmyndarverksamheten bedrivs i samverkan med Storuman, "
        "Sorsele, Dorotea, Åsele och Lycksele.")

    # landscape investments
    d.add_page(orientation="L")
    d.h1("Investeringsbudget 2025–2029")
    d.p("Beloppen anges i tusentals kronor (tkr). Planåren 2028–2029 är preliminära.")
    hdr = [["", "Budget", "Plan", "Plan", "Plan", "Plan", "Summa"], ["Projekt, tkr", "2025", "2026", "2027", "2028", "2029", "2025–2029"]]
    W = [100, 25, 25, 25, 25, 25, 30]
    rows = []
    for st, name, v in INVEST:
        if v is None:
            rows.append(("S", [name] + [""] * 6))
        else:
            rows.append((st, [name] + [k(x) for x in v] + [k(sum(v))]))
    rows.append(("T", ["Totalt investeringar"] + [k(x) for x in INV_TOTAL] + [k(sum(INV_TOTAL))]))
    d.table("", hdr, W, rows, size=8, row_h=4.9)
    d.small("Ny räddningsstation Dikanäs delfinansieras med bidrag från Myndigheten för samhällsskydd och beredskap.")

    d.add_page(orientation="P")
    d.h1("Avgifter och taxor")
    d.p("Taxor och avgifter för 2025 har räknats upp med 3,5 procent. Maxtaxan inom äldreomsorgen följer "
        "prisbasbeloppet och uppgår till 2 604 kronor per månad 2025. Avgiften för vatten och avlopp höjs med "
        "8 procent. Renhållningstaxan är oförändrad.")
    d.h1("Uppföljning")
    d.p("Budgeten följs upp månadsvis i kommunstyrelsen samt i delårsrapporter per april och augusti. "
        "Nämnder som prognostiserar underskott ska redovisa en åtgärdsplan till kommunstyrelsen.")
    d.output(path)


# =====================================================================================
def delar_pdf(path):
    d = Doc("Delårsrapport januari–augusti 2024 · Vilhelmina kommun", "Delårsrapport 2024")
    d.no_head_pages.add(1)
    d.add_page()
    d.set_font("DejaVu", "B", 24)
    d.ln(60)
    d.cell(0, 12, "Delårsrapport", align="C", new_x="LMARGIN", new_y="NEXT")
    d.set_font("DejaVu", "", 16)
    d.cell(0, 10, "januari–augusti 2024", align="C", new_x="LMARGIN", new_y="NEXT")
    d.set_font("DejaVu", "", 12)
    d.cell(0, 8, "Vilhelmina kommun", align="C", new_x="LMARGIN", new_y="NEXT")
    d.ln(70)
    d.set_font("DejaVu", "", 10)
    d.cell(0, 6, "Behandlad av kommunfullmäktige 2024-10-21, § 71", align="C", new_x="LMARGIN", new_y="NEXT")

    d.add_page()
    d.h1("Sammanfattning")
    d.bullets(["Periodens resultat blev 45,2 miljoner kronor (48,4 miljoner kronor samma period 2023).",
               "Prognosen för helåret är ett resultat på 6,3 miljoner kronor, 0,8 miljoner kronor bättre än budget.",
               "Socialnämnden prognostiserar ett underskott på 5,9 miljoner kronor.",
               "Investeringarna uppgick till 19,8 miljoner kronor under perioden.",
               "Folkmängden var 6 619 personer den 30 juni 2024."])
    d.h1("Förvaltningsberättelse")
    d.h2("Ekonomiskt resultat")
    d.p("Periodens resultat är högt eftersom semesterlöneskulden minskar under sommaren. Resultatet för helåret "
        "beräknas bli betydligt lägre. Skatteintäkterna beräknas bli 1,7 miljoner kronor lägre än budget, men det "
        "vägs upp av högre generella statsbidrag.")
    d.p("Hemtjänsten har haft 2,3 miljoner kronor högre kostnader än budgeterat, främst på grund av fler "
        "beviljade timmar och längre resor. Räntekostnaderna blev 400 000 kronor lägre än budgeterat.")
    d.h2("Personal")
    d.p("Den 31 augusti 2024 hade kommunen 812 månadsavlönade medarbetare. Sjukfrånvaron för perioden var "
        "6,9 procent, jämfört med 7,3 procent samma period föregående år.")

    d.add_page()
    d.h1("Resultaträkning")
    hdr = [["", "Not", "Utfall", "Utfall", "Prognos", "Budget", "Avvikelse"],
           ["mnkr", "", "jan–aug 2024", "jan–aug 2023", "helår 2024", "helår 2024", "helår"]]
    W = [56, 10, 24, 24, 22, 22, 20]
    A24 = dict(INT=762, KOST=-3894, AVS=-146, SKATT=2219, STB=1514, FINI=17, FINK=-20)
    A23 = dict(INT=739, KOST=-3725, AVS=-141, SKATT=2120, STB=1496, FINI=13, FINK=-18)
    for a in (A24, A23):
        a["NETTO"] = a["INT"] + a["KOST"] + a["AVS"]
        a["VRES"] = a["NETTO"] + a["SKATT"] + a["STB"]
        a["RES"] = a["VRES"] + a["FINI"] + a["FINK"]
    assert A24["RES"] == 452 and A23["RES"] == 484, (A24["RES"], A23["RES"])
    P = dict(INT=INT[2], KOST=KOST[2], AVS=AVS[2], NETTO=NETTO[2], SKATT=SKATT[2], STB=STB[2], VRES=VRES[2],
             FINI=FINI[2], FINK=FINK[2], RES=RES[2])
    B = dict(INT=INT[1], KOST=KOST[1], AVS=AVS[1], NETTO=NETTO[1], SKATT=SKATT[1], STB=STB[1], VRES=VRES[1],
             FINI=FINI[1], FINK=FINK[1], RES=RES[1])
    labels = [("Verksamhetens intäkter", "INT", "1", ""), ("Verksamhetens kostnader", "KOST", "2", ""),
              ("Avskrivningar", "AVS", "", ""), ("Verksamhetens nettokostnader", "NETTO", "", "T"),
              ("Skatteintäkter", "SKATT", "3", ""), ("Generella statsbidrag och utjämning", "STB", "4", ""),
              ("Verksamhetens resultat", "VRES", "", "T"), ("Finansiella intäkter", "FINI", "", ""),
              ("Finansiella kostnader", "FINK", "", ""), ("Periodens/årets resultat", "RES", "", "T")]
    rows = [(st, [lbl, note, m(A24[key], "-"), m(A23[key], "-"), m(P[key], "-"), m(B[key], "-"),
                  m(P[key] - B[key], "-")]) for lbl, key, note, st in labels]
    d.table("Resultaträkning", hdr, W, rows, aligns=["L", "C", "R", "R", "R", "R", "R"], size=7.8)
    d.h1("Balansräkning")
    hdr = [["mnkr", "2024-08-31", "2023-12-31"]]
    W = [100, 30, 30]
    ek_aug = EK[0] + 452
    rows = [("", ["Anläggningstillgångar", "484,6", m(MAT[0] + FINAT[0], "-")]),
            ("", ["Omsättningstillgångar", "151,3", m(FORDR[0] + KASSA[0], "-")]),
            ("T", ["Summa tillgångar", "635,9", m(TOT[0], "-")]),
            ("", ["Eget kapital", m(ek_aug, "-"), m(EK[0], "-")]),
            ("", ["Avsättningar", "23,0", m(PENS[0], "-")]),
            ("", ["Skulder", sv(635.9 - t(ek_aug) - 23.0, 1), m(LFS[0] + KFS[0], "-")]),
            ("T", ["Summa eget kapital, avsättningar och skulder", "635,9", m(TOT[0], "-")])]
    d.table("Balansräkning i sammandrag", hdr, W, rows, size=8.3)

    d.add_page()
    d.h1("Nämndernas prognoser")
    d.p("Tabellen visar nämndernas prognos för helåret jämfört med budget. Negativ avvikelse innebär underskott. "
        "Belopp i tkr.")
    hdr = [["Nämnd", "Budget 2024", "Prognos 2024", "Avvikelse"]]
    W = [90, 28, 28, 28]
    rows = [("", [n, k(v[1]), k(v[2]), k(v[1] - v[2])]) for n, v in DRIFT]
    rows.append(("", [FIN[0], k(FIN[1][1]), k(FIN[1][2]), k(FIN[1][1] - FIN[1][2])]))
    rows.append(("T", ["Summa", k(DSUM[1]), k(DSUM[2]), k(DSUM[1] - DSUM[2])]))
    d.table("Nämndernas nettokostnader, prognos helår", hdr, W, rows, size=8.3)
    d.p("Socialnämndens underskott beror på hemtjänsten och på kostnader för placeringar inom individ- och "
        "familjeomsorgen. Nämnden har begärt ett tilläggsanslag på 3,0 miljoner kronor. Barn- och "
        "utbildningsnämnden prognostiserar ett underskott på 1,4 miljoner kronor på grund av fler barn i behov av "
        "särskilt stöd. Kommunstyrelsens överskott förklaras av vakanser och lägre kostnader för flygplatsen.")
    d.h1("Investeringar")
    d.p("Investeringsbudgeten för 2024 är 41,0 miljoner kronor. Hittills har 19,8 miljoner kronor investerats och "
        f"prognosen för helåret är {m(INV[1], '-')} miljoner kronor. Ombyggnaden av Volgsjöskolans kök har "
        "skjutits upp till 2025.")
    d.output(path)


# =====================================================================================
def html(path):
    tbl = html_table("Ekonomiska nyckeltal 2021–2023",
                     ["Nyckeltal", "2021", "2022", "2023"],
                     [["Årets resultat, mnkr", "14,6", "11,2", m(RES[0], "-")],
                      ["Soliditet, %", "72,0", "71,4", sv(SOL[0], 1)],
                      ["Nettoinvesteringar, mnkr", "28,7", "41,5", m(INV[0], "-")],
                      ["Skattesats, kr", "22,85", "22,85", "22,85"],
                      ["Invånare 31 december", "6 771", "6 722", "6 658"],
                      ["Nettokostnad per invånare, kr", "75 880", "78 950", sv(DSUM[0] * 1000 / 6658, 0)]])
    body = f"""    <article class="news">
      <p class="category">Nyheter</p>
      <h1>Finansiell information</h1>
      <p class="ingress">Här hittar du Vilhelmina kommuns budget, delårsrapporter och årsredovisningar, samt nyckeltal som visar hur kommunens ekonomi har utvecklats.</p>
      <h2>Delårsrapporten visar överskott</h2>
      <p>Kommunfullmäktige behandlade delårsrapporten för januari–augusti 2024 den 21 oktober. Prognosen för helåret är ett överskott på 6,3 miljoner kronor. Socialnämnden prognostiserar ett underskott, främst inom hemtjänsten.</p>
      <h2>Budget 2025 beslutad</h2>
      <p>Kommunfullmäktige beslutade om budget 2025 och verksamhetsplan 2026–2027 den 18 november 2024. Skattesatsen är oförändrad, 22,85 kronor. Budgeterat resultat för 2025 är 6,5 miljoner kronor och investeringarna uppgår till 45,5 miljoner kronor.</p>
      <h2>Nyckeltal</h2>
{tbl}
      <p>Soliditeten visar hur stor del av tillgångarna som finansierats med eget kapital. Vilhelmina har en av de högsta soliditeterna bland kommunerna i Västerbottens län.</p>
      <h2>Dokument</h2>
      <ul>
        <li><a href="/globalassets/budget-2025-verksamhetsplan-2026-2027.pdf">Budget 2025 och verksamhetsplan 2026–2027 (pdf)</a></li>
        <li><a href="/globalassets/delarsrapport-jan-aug-2024.pdf">Delårsrapport januari–augusti 2024 (pdf)</a></li>
        <li><a href="/globalassets/arsredovisning-2023.pdf">Årsredovisning 2023 (pdf)</a></li>
      </ul>
      <p>Har du frågor om kommunens ekonomi? Kontakta ekonomichef Johan Lindgren, telefon 0940-140 00.</p>
    </article>"""
    page = html_page("Finansiell information", "Vilhelmina kommun",
                     ["Barn och utbildning", "Omsorg och hjälp", "Bo och miljö", "Kultur och fritid", "Näringsliv", "Kommun och politik"],
                     ["Start", "Kommun och politik", "Ekonomi", "Finansiell information"], body,
                     "2024-10-28", "2024-11-25",
                     ["Vilhelmina kommun, Torggatan 2, 912 81 Vilhelmina", "Växel: 0940-140 00",
                      "E-post: vilhelmina.kommun@vilhelmina.se", "Org.nr: 212000-2544"])
    with open(path, "w", encoding="utf-8") as f:
        f.write(page)


# =====================================================================================
SN_VERKS = [("Socialnämndens administration", 8900, 8700), ("Särskilt boende", 98300, 99100),
            ("Hemtjänst", 54200, 56500), ("Individ- och familjeomsorg", 31600, 34400),
            ("LSS och socialpsykiatri", 33400, 33600)]
assert sum(x[1] for x in SN_VERKS) == 226400 and sum(x[2] for x in SN_VERKS) == 232300


def protokoll_docx(path):
    doc = docx.Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10.5)
    fix_core(doc.core_properties, "Vilhelmina kommun, socialförvaltningen", "Protokoll socialnämnden 2024-09-24")
    doc.add_paragraph("VILHELMINA KOMMUN\tSAMMANTRÄDESPROTOKOLL\tSida 1 (4)")
    doc.add_paragraph("Socialnämnden\tSammanträdesdatum: 2024-09-24")
    doc.add_heading("Protokoll socialnämnden", level=1)
    doc.add_paragraph("Plats och tid: Sammanträdesrummet Stor-Laisan, kommunhuset, kl. 09.00–12.10")
    doc.add_paragraph("Beslutande: Maria Sjölund (S), ordförande; Nils-Erik Persson (C), vice ordförande; "
                      "Annika Brännström (S); Erik Nordin (V); Lena Johansson (KD); Stig Holmberg (M); Jenny Strömberg (SD)")
    doc.add_paragraph("Övriga närvarande: Karin Eriksson, socialchef; Anders Wiklund, controller")
    doc.add_paragraph("Paragrafer: §§ 56–60")

    doc.add_heading("§ 56 Godkännande av dagordning", level=2)
    doc.add_paragraph("Socialnämnden godkänner dagordningen.")
    doc.add_heading("§ 57 Information från socialchefen", level=2)
    doc.add_paragraph("Socialchef Karin Eriksson informerar om rekryteringsläget. Fyra sjukskötersketjänster är "
                      "vakanta och bemanningssjuksköterskor används i Dikanäs och Saxnäs.")

    doc.add_heading("§ 58 Delårsrapport januari–augusti 2024 för socialnämnden", level=2)
    doc.add_paragraph("Dnr SN 2024/98")
    doc.add_paragraph("Ärendebeskrivning", style="Heading 3")
    doc.add_paragraph("Socialnämnden prognostiserar ett underskott på 5 900 tkr för 2024. Underskottet finns "
                      "framför allt inom individ- och familjeomsorgen, där två externa placeringar av barn har "
                      "tillkommit, och inom hemtjänsten där antalet beviljade timmar har ökat med 11 procent.")
    tbl = doc.add_table(rows=1, cols=4)
    tbl.style = "Table Grid"
    for c, txt in zip(tbl.rows[0].cells, ["Verksamhet", "Budget 2024 (tkr)", "Prognos 2024 (tkr)", "Avvikelse (tkr)"]):
        c.text = txt
    for n, b, p in SN_VERKS:
        r = tbl.add_row().cells
        r[0].text, r[1].text, r[2].text, r[3].text = n, k(b, "-"), k(p, "-"), k(b - p, "-")
    r = tbl.add_row().cells
    r[0].text, r[1].text, r[2].text, r[3].text = ("Summa socialnämnden", k(226400, "-"), k(232300, "-"), k(-5900, "-"))
    doc.add_paragraph("Beslut", style="Heading 3")
    doc.add_paragraph("Socialnämnden beslutar att godkänna delårsrapporten och överlämna den till kommunstyrelsen.")

    doc.add_heading("§ 59 Begäran om tilläggsanslag 2024", level=2)
    doc.add_paragraph("Dnr SN 2024/112")
    doc.add_paragraph("Ärendebeskrivning", style="Heading 3")
    doc.add_paragraph("Förvaltningen föreslår att socialnämnden hos kommunstyrelsen begär ett tilläggsanslag på "
                      "3 000 tkr för 2024 för att täcka kostnader för externa placeringar. Resterande underskott, "
                      "2 900 tkr, ska hanteras genom åtgärder inom nämnden, bland annat minskad användning av "
                      "bemanningssjuksköterskor och översyn av nattbemanningen.")
    doc.add_paragraph("Yrkanden", style="Heading 3")
    doc.add_paragraph("Maria Sjölund (S) yrkar bifall till förvaltningens förslag. Erik Nordin (V) yrkar att "
                      "nämnden ska begära ett tilläggsanslag på hela underskottet, 5 900 tkr.")
    doc.add_paragraph("Beslut", style="Heading 3")
    doc.add_paragraph("Socialnämnden beslutar enligt förvaltningens förslag att begära ett tilläggsanslag på "
                      "3 000 tkr hos kommunstyrelsen.")
    doc.add_paragraph("Reservation", style="Heading 3")
    doc.add_paragraph("Erik Nordin (V) reserverar sig mot beslutet till förmån för eget yrkande.")

    doc.add_heading("§ 60 Avgifter inom äldreomsorgen 2025", level=2)
    doc.add_paragraph("Dnr SN 2024/120")
    doc.add_paragraph("Förvaltningen föreslår att avgiften för matdistribution höjs från 72 kronor till 78 kronor "
                      "per portion från den 1 januari 2025. Maxtaxan följer prisbasbeloppet.")
    doc.add_paragraph("Beslut", style="Heading 3")
    doc.add_paragraph("Socialnämnden föreslår kommunfullmäktige att anta avgifterna enligt förvaltningens förslag.")
    doc.add_paragraph("Reservation", style="Heading 3")
    doc.add_paragraph("Jenny Strömberg (SD) och Stig Holmberg (M) reserverar sig mot beslutet om höjd avgift för "
                      "matdistribution.")
    doc.add_paragraph("Justerare: Nils-Erik Persson (C)\tUtdragsbestyrkande")
    doc.save(path)
    normalize_zip(path)


# =====================================================================================
VERKS = [
    ("Kommunstyrelsen", "Kommunledning och administration", 4200, 31200),
    ("Kommunstyrelsen", "Räddningstjänst", 2100, 14800),
    ("Kommunstyrelsen", "Gata, park och fastighet", 19800, 38600),
    ("Kommunstyrelsen", "Näringsliv och turism", 3500, 9400),
    ("Kommunstyrelsen", "Kultur och fritid", 2900, 21300),
    ("Kommunstyrelsen", "Kollektivtrafik och flygplats", 6300, 21100),
    ("Barn- och utbildningsnämnden", "Förskola", 3100, 47300),
    ("Barn- och utbildningsnämnden", "Grundskola", 6900, 89100),
    ("Barn- och utbildningsnämnden", "Gymnasieskola", 5200, 27800),
    ("Barn- och utbildningsnämnden", "Vuxenutbildning", 2400, 8400),
    ("Socialnämnden", "Administration", 300, 9100),
    ("Socialnämnden", "Särskilt boende", 21400, 102600),
    ("Socialnämnden", "Hemtjänst", 8700, 57900),
    ("Socialnämnden", "Individ- och familjeomsorg", 4100, 33800),
    ("Socialnämnden", "LSS och socialpsykiatri", 19600, 35500),
    ("Miljö- och byggnämnden", "Miljö, bygg och livsmedel", 2900, 7100),
    ("Revision", "Revision", 0, 1500),
    ("Överförmyndare i samverkan", "Överförmyndare", 100, 1200),
    ("Finansförvaltning", "Pensioner, reserv och övrigt", 0, 11500),
]
for nm, v in DRIFT + [FIN]:
    assert sum(x[3] for x in VERKS if x[0] == nm) == v[3], nm
assert sum(x[2] for x in VERKS) == 113500

BEF = [(2019, 6850, 63, 97, 310, 322), (2020, 6803, 55, 102, 298, 298), (2021, 6771, 61, 95, 335, 333),
       (2022, 6722, 58, 91, 322, 338), (2023, 6658, 52, 98, 301, 319)]
for a, b in zip(BEF, BEF[1:]):
    assert b[1] - a[1] == b[2] - b[3] + b[4] - b[5], b


def xlsx(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Driftbudget 2025"
    ws["A1"] = "Vilhelmina kommun – Driftbudget 2025 per verksamhet"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Belopp i tkr"
    ws.append([])
    ws.append(["Nämnd", "Verksamhet", "Intäkter", "Kostnader", "Nettokostnad"])
    for c in ws[4]:
        c.font = Font(bold=True)
    for nm, vk, i, n in VERKS:
        ws.append([nm, vk, i, n + i, n])
    ws.append(["Totalt", "", sum(x[2] for x in VERKS), sum(x[2] + x[3] for x in VERKS), sum(x[3] for x in VERKS)])
    for c in ws[ws.max_row]:
        c.font = Font(bold=True)
    for col, w in zip("ABCDE", [30, 34, 12, 12, 14]):
        ws.column_dimensions[col].width = w
    for row in ws.iter_rows(min_row=5, min_col=3, max_col=5):
        for c in row:
            c.number_format = "# ##0"
    ws2 = wb.create_sheet("Befolkning")
    ws2["A1"] = "Befolkningsförändringar i Vilhelmina kommun 2019–2023"
    ws2["A1"].font = Font(bold=True, size=13)
    ws2["A2"] = "Antal personer. Källa: SCB"
    ws2.append([])
    ws2.append(["År", "Folkmängd 31 dec", "Födda", "Döda", "Inflyttade", "Utflyttade"])
    for c in ws2[4]:
        c.font = Font(bold=True)
    for b in BEF:
        ws2.append(list(b))
    wb.properties.creator = "Vilhelmina kommun, ekonomiavdelningen"
    wb.properties.lastModifiedBy = "Vilhelmina kommun, ekonomiavdelningen"
    wb.properties.created = datetime.datetime(2024, 12, 2, 9, 0, 0)
    wb.properties.modified = datetime.datetime(2024, 12, 2, 9, 0, 0)
    wb.save(path)
    normalize_zip(path)


PRESS = """PRESSMEDDELANDE
Vilhelmina kommun
2025-02-11

Ny räddningsstation i Dikanäs – byggstart i maj

Vilhelmina kommun bygger en ny räddningsstation i Dikanäs. Den gamla stationen från 1972 är för liten för dagens fordon och saknar omklädningsrum för kvinnor. Byggstart sker i maj och stationen ska vara klar i november 2025.

Stationen kostar 6,5 miljoner kronor. Kommunen har fått 1,2 miljoner kronor i bidrag från Myndigheten för samhällsskydd och beredskap (MSB), vilket innebär att kommunens nettokostnad blir 5,3 miljoner kronor.

"Räddningstjänsten i fjällvärlden är avgörande för tryggheten, både för oss som bor här och för de tusentals turister som besöker Kittelfjäll och Saxnäs varje vinter", säger kommunstyrelsens ordförande Helena Forsberg (C).

Stationen får två vagnhallar, kontor och övningslokal. I Dikanäs finns tolv deltidsbrandmän. Under byggtiden utgår räddningsstyrkan från en tillfällig lokal vid Dikanäs skola.

Fakta
- Budget: 6,5 miljoner kronor (investeringsbudget 2025)
- Bidrag från MSB: 1,2 miljoner kronor
- Entreprenör: Norrbygg i Lycksele AB
- Klar: november 2025

Kontakt
Helena Forsberg (C), kommunstyrelsens ordförande, 070-123 45 67
Peter Lindberg, räddningschef, 0940-143 10
"""


def build(outdir):
    os.makedirs(outdir, exist_ok=True)
    budget_pdf(os.path.join(outdir, "budget-2025-verksamhetsplan-2026-2027.pdf"))
    delar_pdf(os.path.join(outdir, "delarsrapport-jan-aug-2024.pdf"))
    html(os.path.join(outdir, "finansiell-information.html"))
    protokoll_docx(os.path.join(outdir, "protokoll-socialnamnden-2024-09-24.docx"))
    xlsx(os.path.join(outdir, "driftbudget-2025-per-verksamhet.xlsx"))
    with open(os.path.join(outdir, "pressmeddelande-raddningsstation-dikanas.txt"), "w", encoding="utf-8") as f:
        f.write(PRESS)
