"""Aneby kommun: invented but internally consistent documents."""
import os
from decimal import Decimal as D

import docx
from docx.shared import Pt
import openpyxl
from openpyxl.styles import Font

from common import Doc, fmt, q, normalise_zip, html_page, html_table, FIXED_DT

NEG = "– "  # negative style in the budget PDF

YEARS_RB = ["Bokslut 2023", "Budget 2024", "Prognos 2024", "Budget 2025", "Plan 2026", "Plan 2027"]
RB = {
    "int": ["118.4", "112.0", "121.6", "116.5", "118.2", "120.0"],
    "kost": ["-612.7", "-628.3", "-641.9", "-655.8", "-671.4", "-686.9"],
    "avskr": ["-22.1", "-24.0", "-23.6", "-26.3", "-28.1", "-29.4"],
    "skatt": ["389.2", "405.6", "402.9", "421.7", "436.0", "450.8"],
    "gsb": ["137.5", "146.1", "150.3", "157.4", "159.9", "162.1"],
    "finint": ["3.1", "2.0", "2.8", "2.2", "2.2", "2.2"],
    "finkost": ["-4.6", "-5.5", "-5.9", "-6.8", "-7.6", "-8.3"],
}
RB = {k: [D(x) for x in v] for k, v in RB.items()}
NETTO = [a + b + c for a, b, c in zip(RB["int"], RB["kost"], RB["avskr"])]
VRES = [n + s + g for n, s, g in zip(NETTO, RB["skatt"], RB["gsb"])]
ARES = [v + a + b for v, a, b in zip(VRES, RB["finint"], RB["finkost"])]
RESPCT = [q(r / (s + g) * 100, 2) for r, s, g in zip(ARES, RB["skatt"], RB["gsb"])]

POP_BUDGET = 6980
DRIFT = [  # nämnd, budget 2024 tkr, budget 2025 tkr
    ("Kommunstyrelsen", 78450, 81200),
    ("Barn- och utbildningsnämnden", 212300, 219850),
    ("Socialnämnden", 228600, 238900),
    ("Samhällsbyggnadsnämnden", 14250, 14900),
    ("Kultur- och fritidsnämnden", 12900, 12650),
    ("Revisionen", 1150, 1200),
    ("Överförmyndarnämnden", 1350, 1400),
]
SUM_N24 = sum(r[1] for r in DRIFT)
SUM_N25 = sum(r[2] for r in DRIFT)
FIN24 = int(-NETTO[1] * 1000) - SUM_N24
FIN25 = int(-NETTO[3] * 1000) - SUM_N25

INVEST = [  # (section, [(project, 2025, 2026, 2027)])
    ("Kommunstyrelsen", [
        ("IT-infrastruktur och digitalisering", 1500, 1500, 1500),
        ("Ny förskola Aneby tätort", 24000, 22000, 0),
        ("Energieffektivisering kommunala fastigheter", 3000, 3000, 3000),
        ("Ombyggnad kök Furulidsskolan", 6500, 0, 0),
        ("Gator och vägar, beläggningsprogram", 4200, 4200, 4500),
        ("Gång- och cykelväg Aneby–Frinnaryd", 2800, 5600, 0),
        ("Exploatering bostadsområde Norra Aneby", 3500, 8000, 6000),
    ]),
    ("Barn- och utbildningsnämnden", [
        ("Inventarier förskola och skola", 1200, 900, 900),
        ("Digitala lärverktyg", 800, 800, 800),
    ]),
    ("Socialnämnden", [
        ("Välfärdsteknik", 1100, 900, 900),
        ("Inventarier särskilt boende", 600, 600, 600),
        ("Nytt särskilt boende, etapp 1", 0, 0, 20000),
    ]),
    ("Kultur- och fritidsnämnden", [
        ("Konstgräsplan Aneby IP", 2400, 0, 0),
        ("Upprustning badplatser och motionsspår", 300, 1700, 3200),
    ]),
    ("Samhällsbyggnadsnämnden", [
        ("Mätinstrument och fordon", 300, 300, 300),
    ]),
]
INV_TOT = [sum(p[i] for _, ps in INVEST for p in ps) for i in (1, 2, 3)]
assert INV_TOT == [52200, 49500, 41700], INV_TOT

# Balansbudget (mnkr): Bokslut 2023, Prognos 2024, Budget 2025, Plan 2026, Plan 2027
BB_YEARS = ["Bokslut 2023", "Prognos 2024", "Budget 2025", "Plan 2026", "Plan 2027"]
RES_BB = [ARES[0], ARES[2], ARES[3], ARES[4], ARES[5]]
ANL = [D("512.4"), D("531.0")]
for inv, avs in ((D("52.2"), RB["avskr"][3]), (D("49.5"), RB["avskr"][4]), (D("41.7"), RB["avskr"][5])):
    ANL.append(ANL[-1] + inv + avs)
OMS = [D(x) for x in ("98.7", "92.3", "88.1", "85.4", "86.0")]
TILL = [a + b for a, b in zip(ANL, OMS)]
EK = [D("241.5")]
for r in RES_BB[1:]:
    EK.append(EK[-1] + r)
AVS = [D(x) for x in ("34.2", "35.0", "35.9", "36.7", "37.5")]
LFS = [D(x) for x in ("205.0", "215.0", "230.0", "240.0", "240.0")]
KFS = [t - e - a - l for t, e, a, l in zip(TILL, EK, AVS, LFS)]
SOL = [q(e / t * 100, 1) for e, t in zip(EK, TILL)]


def n(v, dec=1):
    return fmt(v, dec, neg=NEG)


def build_budget_pdf(path):
    pdf = Doc("Aneby kommun – Mål och budget 2025 med plan 2026–2027")
    # --- title page
    pdf.add_page()
    pdf.ln(50)
    pdf.set_font("DejaVu", "B", 26)
    pdf.multi_cell(0, 12, "Mål och budget 2025\nmed plan 2026–2027", align="C")
    pdf.ln(8)
    pdf.set_font("DejaVu", "", 14)
    pdf.multi_cell(0, 8, "Aneby kommun", align="C")
    pdf.ln(30)
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(0, 6, "Antagen av kommunfullmäktige 2024-11-25, § 98\nDiarienummer KS 2024/0312", align="C")
    # --- contents
    pdf.add_page()
    pdf.h1("Innehåll")
    pdf.set_font("DejaVu", "", 10)
    for t, p in [("Förord", 3), ("Vision och mål", 4), ("Omvärld och ekonomiska förutsättningar", 5),
                 ("Resultatbudget", 6), ("Balansbudget och kassaflödesbudget", 7), ("Driftbudget per nämnd", 8),
                 ("Nämndernas uppdrag och besparingar", 9), ("Investeringar", 10), ("Investeringsbudget 2025–2027", 11),
                 ("Personal, risker och ordlista", 13)]:
        pdf.cell(140, 6.5, t)
        pdf.cell(0, 6.5, str(p), align="R")
        pdf.ln(6.5)
    # --- foreword
    pdf.add_page()
    pdf.h1("Förord")
    pdf.para("Aneby är en kommun där det ska vara enkelt att leva, bo och driva företag. Budgeten för 2025 tas fram i ett "
             "läge där kostnaderna för välfärden fortsätter att öka snabbare än skatteintäkterna. Inflationen har "
             "sjunkit, men de senaste årens kostnadsökningar ligger kvar i verksamheterna och pensionskostnaderna "
             "stiger kraftigt.")
    pdf.para("Trots ett ansträngt läge föreslår vi en oförändrad skattesats på 22,39 kronor. Vi prioriterar barnen och de "
             "äldre: socialnämnden får ett tillskott på 6,5 miljoner kronor för ökade volymer inom hemtjänsten och "
             "barn- och utbildningsnämnden får utökade resurser för fler barn i förskolan.")
    pdf.para(f"Budgeten ger ett resultat på {fmt(ARES[3])} miljoner kronor 2025, vilket motsvarar {fmt(RESPCT[3], 2)} procent av "
             "skatteintäkter och generella statsbidrag. Därmed når vi det finansiella målet om ett resultat på minst "
             "1,5 procent. Samtidigt behöver alla nämnder bidra genom ett generellt effektiviseringskrav på 0,8 procent, "
             "vilket motsvarar cirka 4,4 miljoner kronor.")
    pdf.para("Den största investeringen under planperioden är den nya förskolan i Aneby tätort. Den ger plats för fler barn "
             "och ersätter två förskolor i tillfälliga lokaler. Vi fortsätter också att bygga ut gång- och cykelvägar och "
             "att förbereda nya bostadsområden i Norra Aneby.")
    pdf.para("Jag vill tacka alla medarbetare i Aneby kommun för ett gott arbete under ett utmanande år.")
    pdf.ln(4)
    pdf.set_font("DejaVu", "I", 9.5)
    pdf.multi_cell(0, 5, "Helena Bergkvist (KD)\nKommunstyrelsens ordförande")
    # --- goals
    pdf.add_page()
    pdf.h1("Vision och mål")
    pdf.para("Aneby kommuns vision är ”Aneby – den trygga och växande landsbygdskommunen i hjärtat av Småland”. "
             "Kommunfullmäktige har beslutat om tre målområden för mandatperioden 2023–2026.")
    pdf.h2("Målområde 1: Livskvalitet och trygghet")
    pdf.bullets(["Andelen elever i årskurs 9 som är behöriga till gymnasiet ska öka till minst 88 procent.",
                 "Väntetiden till särskilt boende ska inte överstiga 60 dagar.",
                 "Andelen invånare som känner sig trygga i sitt bostadsområde ska öka."])
    pdf.h2("Målområde 2: Hållbar tillväxt")
    pdf.bullets(["Befolkningen ska öka till 7 100 invånare år 2030.",
                 "Minst 25 nya bostäder ska färdigställas per år.",
                 "Kommunens energianvändning i egna lokaler ska minska med 10 procent till 2027 jämfört med 2022."])
    pdf.h2("Målområde 3: Attraktiv arbetsgivare")
    pdf.bullets(["Sjukfrånvaron ska understiga 6,5 procent.",
                 "Andelen heltidsanställda ska vara minst 85 procent."])
    pdf.h2("Finansiella mål")
    pdf.bullets(["Årets resultat ska uppgå till minst 1,5 procent av skatteintäkter och generella statsbidrag.",
                 "Investeringarna ska under planperioden finansieras med egna medel till minst 60 procent.",
                 "Soliditeten inklusive pensionsförpliktelser ska förbättras varje år."])
    # --- omvärld
    pdf.add_page()
    pdf.h1("Omvärld och ekonomiska förutsättningar")
    pdf.h2("Befolkning")
    pdf.para("Den 31 december 2023 hade Aneby kommun 6 950 invånare. Budgeten bygger på en befolkningsprognos på 6 980 "
             "invånare för 2025. Antalet personer över 80 år ökar, medan antalet barn i skolåldern är i stort sett "
             "oförändrat.")
    pdf.h2("Skatteintäkter och statsbidrag")
    pdf.para("Skatteintäkterna har beräknats utifrån Sveriges Kommuner och Regioners (SKR) skatteunderlagsprognos från "
             "oktober 2024. Skatteunderlaget beräknas öka med 3,6 procent 2025, 3,4 procent 2026 och 3,3 procent 2027. "
             f"Skatteintäkterna budgeteras till {fmt(RB['skatt'][3])} miljoner kronor och de generella statsbidragen och "
             f"utjämningen till {fmt(RB['gsb'][3])} miljoner kronor 2025.")
    pdf.para("Kommunens skattesats är oförändrad 22,39 kronor per skattekrona. Tillsammans med Region Jönköpings läns "
             "skattesats på 11,76 kronor blir den sammanlagda skattesatsen 34,15 kronor.")
    pdf.h2("Pensioner och räntor")
    pdf.para("Pensionskostnaderna ökar med 3,9 miljoner kronor 2025 jämfört med 2024, främst till följd av det nya "
             "pensionsavtalet och höga prisbasbelopp. Budgeten förutsätter en genomsnittlig låneränta på 3,1 procent.")
    pdf.h2("Lönekostnader")
    pdf.para("I ramarna har lönekostnaderna räknats upp med 3,2 procent. Övriga kostnader har räknats upp med 2,0 procent.")
    # --- resultatbudget
    pdf.add_page()
    pdf.h1("Resultatbudget")
    w = [54, 19, 19, 19, 19, 19, 19]
    hdr = [["", "Bokslut", "Budget", "Prognos", "Budget", "Plan", "Plan"],
           ["Belopp i mnkr", "2023", "2024", "2024", "2025", "2026", "2027"]]
    rows = [
        ["Verksamhetens intäkter"] + [n(x) for x in RB["int"]],
        ["Verksamhetens kostnader"] + [n(x) for x in RB["kost"]],
        ["Avskrivningar"] + [n(x) for x in RB["avskr"]],
        ["Verksamhetens nettokostnader"] + [n(x) for x in NETTO],
        ["Skatteintäkter"] + [n(x) for x in RB["skatt"]],
        ["Generella statsbidrag och utjämning"] + [n(x) for x in RB["gsb"]],
        ["Verksamhetens resultat"] + [n(x) for x in VRES],
        ["Finansiella intäkter"] + [n(x) for x in RB["finint"]],
        ["Finansiella kostnader"] + [n(x) for x in RB["finkost"]],
        ["Resultat efter finansiella poster"] + [n(x) for x in ARES],
        ["Årets resultat"] + [n(x) for x in ARES],
        ["Resultat i % av skatter och bidrag"] + [fmt(x, 2) for x in RESPCT],
    ]
    pdf.table(hdr, rows, w, bold=(3, 6, 9, 10), size=7.8)
    pdf.para("Verksamhetens nettokostnader ökar med "
             f"{fmt(-(NETTO[3] - NETTO[1]))} miljoner kronor mellan budget 2024 och budget 2025. Ökningen förklaras "
             "främst av löneökningar, högre pensionskostnader och ökade volymer inom hemtjänst och förskola.")
    pdf.para("Prognosen för 2024 bygger på delårsrapporten per den 31 augusti 2024. Det prognostiserade resultatet "
             f"för 2024 är {fmt(ARES[2])} miljoner kronor, vilket är {fmt(ARES[1] - ARES[2])} miljoner kronor lägre än budget.")
    pdf.note("Resultatbudgeten är upprättad enligt lagen om kommunal bokföring och redovisning (LKBR). "
             "Avrundningsdifferenser kan förekomma.")
    # --- balans + kassaflöde
    pdf.add_page()
    pdf.h1("Balansbudget och kassaflödesbudget")
    pdf.h2("Balansbudget")
    w = [70, 20, 20, 20, 20, 20]
    hdr = [["", "Bokslut", "Prognos", "Budget", "Plan", "Plan"],
           ["Belopp i mnkr", "2023", "2024", "2025", "2026", "2027"]]
    rows = [
        ["TILLGÅNGAR", "", "", "", "", ""],
        ["Anläggningstillgångar"] + [n(x) for x in ANL],
        ["Omsättningstillgångar"] + [n(x) for x in OMS],
        ["Summa tillgångar"] + [n(x) for x in TILL],
        ["EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER", "", "", "", "", ""],
        ["Eget kapital"] + [n(x) for x in EK],
        ["  varav årets resultat"] + [n(x) for x in RES_BB],
        ["Avsättningar för pensioner"] + [n(x) for x in AVS],
        ["Långfristiga skulder"] + [n(x) for x in LFS],
        ["Kortfristiga skulder"] + [n(x) for x in KFS],
        ["Summa eget kapital, avsättningar och skulder"] + [n(x) for x in TILL],
        ["Soliditet, %"] + [fmt(x) for x in SOL],
    ]
    pdf.table(hdr, rows, w, bold=(3, 10), section=(0, 4), size=7.6)
    pdf.note("Soliditeten är beräknad exklusive pensionsförpliktelser som redovisas som ansvarsförbindelse.")
    pdf.h2("Kassaflödesbudget")
    cf_res = ARES[3:]
    cf_avs = [-x for x in RB["avskr"][3:]]
    cf_ap = [AVS[2] - AVS[1], AVS[3] - AVS[2], AVS[4] - AVS[3]]
    cf_mv = [a + b + c for a, b, c in zip(cf_res, cf_avs, cf_ap)]
    cf_rk = [D("-2.0"), D("-1.0"), D("0.5")]
    cf_lv = [a + b for a, b in zip(cf_mv, cf_rk)]
    cf_inv = [-D(x) / 1000 for x in INV_TOT]
    cf_lan = [LFS[2] - LFS[1], LFS[3] - LFS[2], LFS[4] - LFS[3]]
    cf_ar = [a + b + c for a, b, c in zip(cf_lv, cf_inv, cf_lan)]
    lm_start = [D("31.5")]
    for x in cf_ar[:-1]:
        lm_start.append(lm_start[-1] + x)
    lm_end = [s + x for s, x in zip(lm_start, cf_ar)]
    w = [98, 24, 24, 24]
    hdr = [["", "Budget", "Plan", "Plan"], ["Belopp i mnkr", "2025", "2026", "2027"]]
    rows = [
        ["DEN LÖPANDE VERKSAMHETEN", "", "", ""],
        ["Årets resultat"] + [n(x) for x in cf_res],
        ["Justering för av- och nedskrivningar"] + [n(x) for x in cf_avs],
        ["Justering för avsättningar"] + [n(x) for x in cf_ap],
        ["Medel från verksamheten före förändring av rörelsekapital"] + [n(x) for x in cf_mv],
        ["Förändring av rörelsekapital"] + [n(x) for x in cf_rk],
        ["Kassaflöde från den löpande verksamheten"] + [n(x) for x in cf_lv],
        ["INVESTERINGSVERKSAMHETEN", "", "", ""],
        ["Investering i materiella anläggningstillgångar"] + [n(x) for x in cf_inv],
        ["Kassaflöde från investeringsverksamheten"] + [n(x) for x in cf_inv],
        ["FINANSIERINGSVERKSAMHETEN", "", "", ""],
        ["Nyupptagna lån"] + [n(x) for x in cf_lan],
        ["Kassaflöde från finansieringsverksamheten"] + [n(x) for x in cf_lan],
        ["Årets kassaflöde"] + [n(x) for x in cf_ar],
        ["Likvida medel vid årets början"] + [n(x) for x in lm_start],
        ["Likvida medel vid årets slut"] + [n(x) for x in lm_end],
    ]
    pdf.table(hdr, rows, w, bold=(6, 9, 12, 13), section=(0, 7, 10), size=7.6, rh=5.2)
    # --- driftbudget
    pdf.add_page()
    pdf.h1("Driftbudget per nämnd")
    pdf.para("Nämnderna tilldelas ekonomiska ramar för sin nettokostnad. Ramarna för 2025 inkluderar uppräkning för löner "
             "och priser samt det generella effektiviseringskravet på 0,8 procent. Finansförvaltningen omfattar bland annat "
             "pensionskostnader som inte fördelas till nämnderna, intern ränta och reserv för oförutsedda kostnader.")
    w = [58, 21, 21, 22, 20, 28]
    hdr = [["Nämnd", "Budget", "Budget", "Förändring", "Förändring", "Kr per invånare"],
           ["Nettokostnad, tkr", "2024", "2025", "tkr", "%", "2025"]]
    rows = []
    for name, b24, b25 in DRIFT:
        rows.append([name, fmt(b24, 0), fmt(b25, 0), fmt(b25 - b24, 0, neg=NEG), fmt(q(D(b25 - b24) / b24 * 100, 1), neg=NEG),
                     fmt(q(D(b25) * 1000 / POP_BUDGET, 0), 0)])
    rows.append(["Summa nämnder", fmt(SUM_N24, 0), fmt(SUM_N25, 0), fmt(SUM_N25 - SUM_N24, 0),
                 fmt(q(D(SUM_N25 - SUM_N24) / SUM_N24 * 100, 1)), fmt(q(D(SUM_N25) * 1000 / POP_BUDGET, 0), 0)])
    rows.append(["Finansförvaltning", fmt(FIN24, 0, neg=NEG), fmt(FIN25, 0, neg=NEG), fmt(FIN25 - FIN24, 0), "", ""])
    t24, t25 = SUM_N24 + FIN24, SUM_N25 + FIN25
    rows.append(["Verksamhetens nettokostnad", fmt(t24, 0), fmt(t25, 0), fmt(t25 - t24, 0),
                 fmt(q(D(t25 - t24) / t24 * 100, 1)), fmt(q(D(t25) * 1000 / POP_BUDGET, 0), 0)])
    pdf.table(hdr, rows, w, bold=(7, 9), size=7.8)
    pdf.note("Kr per invånare är beräknat på befolkningsprognosen 6 980 invånare för 2025. "
             "Finansförvaltningens negativa belopp avser intern ränta och internt pålägg som överstiger kostnaderna.")
    # --- nämndernas uppdrag
    pdf.add_page()
    pdf.h1("Nämndernas uppdrag och besparingar")
    pdf.h3("Kommunstyrelsen")
    pdf.para("Kommunstyrelsen ansvarar för ledning, samordning, näringslivsfrågor, räddningstjänst och kommunens fastigheter "
             "och gator. Ramen ökar med 2 750 tkr, främst för ökade kostnader för räddningstjänsten i samverkan med "
             "grannkommunerna och högre energipriser.")
    pdf.h3("Barn- och utbildningsnämnden")
    pdf.para("Nämnden får ett tillskott på 3,8 miljoner kronor för att möta ett ökat antal barn i förskolan. Gymnasieskolan "
             "köps huvudsakligen från Eksjö och Tranås kommuner och interkommunala ersättningar ökar med 2,1 procent.")
    pdf.h3("Socialnämnden")
    pdf.para("Socialnämnden tillförs 6,5 miljoner kronor för ökade volymer inom hemtjänsten. Samtidigt ska nämnden minska "
             "kostnaderna för externa placeringar inom individ- och familjeomsorgen med 1,2 miljoner kronor genom fler "
             "hemmaplanslösningar.")
    pdf.h3("Samhällsbyggnadsnämnden")
    pdf.para("Samhällsbyggnadsnämnden ansvarar för bygglov, miljö- och hälsoskydd samt planering. Ramen ökar med 650 tkr "
             "till följd av en ny tjänst som planarkitekt.")
    pdf.h3("Kultur- och fritidsnämnden")
    pdf.para("Kultur- och fritidsnämnden får ett besparingskrav på 700 000 kronor 2025. Besparingen ska i första hand nås "
             "genom kortare öppettider i simhallen under sommaren och en översyn av föreningsbidragen. Efter uppräkning för "
             "löner och priser minskar nämndens ram med 250 tkr.")
    pdf.h3("Generellt effektiviseringskrav")
    pdf.para("Samtliga nämnder omfattas av ett effektiviseringskrav på 0,8 procent av nettokostnaden, totalt cirka "
             "4,4 miljoner kronor. Nämnderna ska redovisa hur kravet ska uppnås i sina verksamhetsplaner senast den 31 januari 2025.")
    # --- investeringar prose
    pdf.add_page()
    pdf.h1("Investeringar")
    pdf.para(f"Investeringsbudgeten för 2025 uppgår till {fmt(D(INV_TOT[0]) / 1000)} miljoner kronor. För hela planperioden "
             f"2025–2027 planeras investeringar på totalt {fmt(D(sum(INV_TOT)) / 1000)} miljoner kronor.")
    pdf.para("Den största enskilda investeringen är den nya förskolan i Aneby tätort med en total budget på 46,0 miljoner "
             "kronor fördelat på 2025 och 2026. Förskolan byggs för åtta avdelningar.")
    pdf.para("För 2027 har 20,0 miljoner kronor avsatts för en första etapp av ett nytt särskilt boende. Projektet ska "
             "utredas vidare under 2025 och beslut om genomförande fattas av kommunfullmäktige.")
    pdf.para("Investeringarna finansieras med avskrivningar, årets resultat och nya lån. Nyupplåningen beräknas till "
             "15,0 miljoner kronor 2025 och 10,0 miljoner kronor 2026. Självfinansieringsgraden för planperioden beräknas till "
             "65 procent.")
    pdf.para("Investeringsbudgeten redovisas per nämnd och projekt på följande sidor. Beloppen anges i tusentals kronor (tkr).")
    # --- investeringsbudget landscape over two pages
    pdf.add_page(orientation="L")
    pdf.h1("Investeringsbudget 2025–2027")
    w = [110, 35, 35, 35, 42]
    hdr = [["Projekt", "Budget", "Plan", "Plan", "Totalt"],
           ["Belopp i tkr", "2025", "2026", "2027", "2025–2027"]]
    allrows, bold, sect = [], [], []
    for sec, projs in INVEST:
        sect.append(len(allrows))
        allrows.append([sec, "", "", "", ""])
        for p, a, b, c in projs:
            allrows.append([p, fmt(a, 0), fmt(b, 0), fmt(c, 0), fmt(a + b + c, 0)])
        sa, sb, sc = (sum(x[i] for x in projs) for i in (1, 2, 3))
        bold.append(len(allrows))
        allrows.append(["Summa " + sec[0].lower() + sec[1:], fmt(sa, 0), fmt(sb, 0), fmt(sc, 0), fmt(sa + sb + sc, 0)])
    split = 14
    first = allrows[:split]
    pdf.table(hdr, first, w, bold=[b for b in bold if b < split], section=[s for s in sect if s < split], size=9, rh=6.5)
    pdf.note("Tabellen fortsätter på nästa sida.")
    pdf.add_page(orientation="L")
    pdf.h2("Investeringsbudget 2025–2027 (forts.)")
    rest = allrows[split:]
    rest.append(["Totalt investeringar", fmt(INV_TOT[0], 0), fmt(INV_TOT[1], 0), fmt(INV_TOT[2], 0), fmt(sum(INV_TOT), 0)])
    pdf.table(hdr, rest, w, bold=[b - split for b in bold if b >= split] + [len(rest) - 1],
              section=[s - split for s in sect if s >= split], size=9, rh=6.5)
    pdf.note("Investeringar under 1 000 tkr per år redovisas som ramanslag. Exploateringsinvesteringar kan delvis "
             "finansieras genom försäljning av tomter.")
    # --- personal, risker, ordlista
    pdf.add_page(orientation="P")
    pdf.h1("Personal, risker och ordlista")
    pdf.h2("Personal")
    pdf.para("Aneby kommun har cirka 720 tillsvidareanställda medarbetare. Sjukfrånvaron var 7,1 procent 2023. "
             "Kompetensförsörjningen är en av de största utmaningarna, särskilt inom förskola, äldreomsorg och teknik.")
    pdf.h2("Risker och känslighetsanalys")
    pdf.para("En procents lägre skatteunderlag motsvarar cirka 4,2 miljoner kronor. En procents högre löneökning motsvarar "
             "cirka 3,7 miljoner kronor. Ökade räntor med en procentenhet ökar räntekostnaderna med cirka 2,2 miljoner kronor.")
    pdf.h2("Ordlista")
    pdf.bullets(["Avskrivning: kostnad för värdeminskning av anläggningstillgångar.",
                 "Nettokostnad: kostnader minus intäkter som inte är skatter och statsbidrag.",
                 "Soliditet: eget kapital i procent av totala tillgångar.",
                 "Självfinansieringsgrad: hur stor del av investeringarna som kan betalas med egna medel."])
    pdf.output(path)


# ---------------------------------------------------------------- delårsrapport
DR = [  # nämnd, budget 2024 mnkr, prognos 2024 mnkr
    ("Kommunstyrelsen", "78.5", "76.1"),
    ("Barn- och utbildningsnämnden", "212.3", "215.4"),
    ("Socialnämnden", "228.6", "238.4"),
    ("Samhällsbyggnadsnämnden", "14.3", "14.0"),
    ("Kultur- och fritidsnämnden", "12.9", "12.7"),
    ("Revisionen", "1.2", "1.2"),
    ("Överförmyndarnämnden", "1.4", "1.5"),
    ("Finansförvaltning", "-8.7", "-15.4"),
]


def build_delar_pdf(path):
    pdf = Doc("Delårsrapport januari–augusti 2024 | Aneby kommun")
    pdf.add_page()
    pdf.ln(45)
    pdf.set_font("DejaVu", "B", 24)
    pdf.multi_cell(0, 12, "Delårsrapport\njanuari–augusti 2024", align="C")
    pdf.ln(6)
    pdf.set_font("DejaVu", "", 13)
    pdf.multi_cell(0, 8, "Aneby kommun", align="C")
    pdf.ln(20)
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(0, 6, "Behandlad av kommunstyrelsen 2024-10-01\nGodkänd av kommunfullmäktige 2024-10-28", align="C")
    pdf.add_page()
    pdf.h1("Sammanfattning")
    pdf.para("Periodens resultat för januari–augusti 2024 uppgår till 21,4 miljoner kronor, jämfört med 18,7 miljoner "
             "kronor för motsvarande period 2023. Resultatet för perioden är normalt högre än för helåret eftersom "
             "semesterlöneskulden minskar under sommaren.")
    pdf.para(f"Helårsprognosen pekar mot ett resultat på {fmt(ARES[2])} miljoner kronor, vilket är "
             f"{fmt(ARES[1] - ARES[2])} miljoner kronor lägre än budgeterat resultat på {fmt(ARES[1])} miljoner kronor. "
             "Nämnderna prognostiserar tillsammans ett underskott, som delvis vägs upp av finansförvaltningen.")
    pdf.para("Socialnämnden prognostiserar ett underskott på 9,8 miljoner kronor, främst inom hemtjänsten och externa "
             "placeringar av barn och unga. Barn- och utbildningsnämnden prognostiserar ett underskott på 3,1 miljoner kronor.")
    pdf.para("Under perioden har investeringar för 18,6 miljoner kronor genomförts av budgeterade 41,2 miljoner kronor för "
             "helåret. Sjukfrånvaron för perioden uppgick till 7,4 procent.")
    pdf.h2("Väsentliga händelser under perioden")
    pdf.bullets(["Detaljplanen för Norra Aneby vann laga kraft i maj 2024.",
                 "Upphandlingen av den nya förskolan i Aneby tätort avbröts och görs om under hösten.",
                 "Kommunen tog emot 14 nyanlända personer under perioden."])
    pdf.add_page()
    pdf.h1("Nämndernas ekonomi")
    pdf.para("Tabellen visar nämndernas nettokostnad enligt budget och helårsprognos för 2024. Ett negativt värde i "
             "kolumnen avvikelse innebär ett prognostiserat underskott.")
    w = [66, 28, 28, 28]
    hdr = [["Nämnd", "Budget", "Prognos", "Avvikelse"], ["(mnkr)", "2024", "2024", "mot budget"]]
    rows = []
    bt = pt = D(0)
    for name, b, p in DR:
        b, p = D(b), D(p)
        rows.append([name, fmt(b), fmt(p), fmt(b - p)])
        pt += p
    rows.append(["Summa", fmt(-NETTO[1]), fmt(-NETTO[2]), fmt(NETTO[2] - NETTO[1])])
    assert pt == -NETTO[2], (pt, NETTO[2])
    pdf.table(hdr, rows, w, bold=(len(rows) - 1,), size=8.5)
    pdf.note("Budgeten per nämnd är avrundad till hela hundratal tusen kronor, varför summan av raderna kan avvika från "
             "summaraden.")
    pdf.h2("Kommentarer")
    pdf.para("Kommunstyrelsens överskott på 2,4 miljoner kronor beror på vakanta tjänster och lägre kostnader för "
             "snöröjning än budgeterat. Finansförvaltningens överskott förklaras av högre intäkter från "
             "semesterlöneskuld och lägre pensionskostnader än beräknat.")
    pdf.add_page()
    pdf.h1("Resultaträkning")
    w = [70, 30, 30, 30]
    hdr = [["", "Utfall", "Utfall", "Prognos"], ["Belopp i mnkr", "jan–aug 2023", "jan–aug 2024", "helår 2024"]]
    rr = [
        ["Verksamhetens intäkter", "74,9", "79,2", fmt(RB["int"][2])],
        ["Verksamhetens kostnader", "-396,8", "-415,3", fmt(RB["kost"][2])],
        ["Avskrivningar", "-14,6", "-15,5", fmt(RB["avskr"][2])],
        ["Verksamhetens nettokostnader", "-336,5", "-351,6", fmt(NETTO[2])],
        ["Skatteintäkter", "258,9", "268,6", fmt(RB["skatt"][2])],
        ["Generella statsbidrag och utjämning", "96,6", "104,7", fmt(RB["gsb"][2])],
        ["Verksamhetens resultat", "19,0", "21,7", fmt(VRES[2])],
        ["Finansiella intäkter", "2,1", "1,9", fmt(RB["finint"][2])],
        ["Finansiella kostnader", "-2,4", "-2,2", fmt(RB["finkost"][2])],
        ["Periodens resultat", "18,7", "21,4", fmt(ARES[2])],
    ]
    pdf.table(hdr, rr, w, bold=(3, 6, 9), size=8.5)
    pdf.para("Skatteintäkterna för helåret beräknas bli 2,7 miljoner kronor lägre än budgeterat till följd av en svagare "
             "utveckling av skatteunderlaget, medan de generella statsbidragen blir 4,2 miljoner kronor högre.")
    pdf.output(path)


# ---------------------------------------------------------------- HTML
def build_html(path):
    body = """      <h1>Finansiell information</h1>
      <p class="ingress">Här hittar du en sammanfattning av Aneby kommuns ekonomi. Kommunens budget, delårsrapport och
      årsredovisning finns att ladda ner under Budget och årsredovisning.</p>
      <h2>Ekonomi i korthet</h2>
      <p>Aneby kommun omsätter drygt 650 miljoner kronor per år. Den största delen av pengarna går till förskola, skola och
      äldreomsorg. Skattesatsen för 2025 är 22,39 kronor, samma som 2024.</p>
""" + html_table("Nyckeltal för Aneby kommun", ["Nyckeltal", "Bokslut 2023", "Prognos 2024", "Budget 2025"], [
        ["Invånare 31 december", "6 950", "6 971", "6 980"],
        ["Skattesats, kronor", "22,39", "22,39", "22,39"],
        ["Årets resultat, mnkr", fmt(ARES[0]), fmt(ARES[2]), fmt(ARES[3])],
        ["Nettoinvesteringar, mnkr", "38,4", "36,5", "52,2"],
        ["Soliditet, %", fmt(SOL[0]), fmt(SOL[1]), fmt(SOL[2])],
        ["Långfristiga skulder, mnkr", fmt(LFS[0]), fmt(LFS[1]), fmt(LFS[2])],
    ]) + """
      <h2>Vart går skattepengarna?</h2>
      <p>Av varje hundralapp i kommunalskatt går ungefär 42 kronor till socialnämndens verksamheter, som äldreomsorg,
      hemtjänst och stöd till personer med funktionsnedsättning, och 39 kronor till förskola och skola.</p>
      <h2>Låneskuld och borgen</h2>
      <p>Kommunens låneskuld uppgick till 205 miljoner kronor vid årsskiftet 2023/2024. Kommunen har dessutom ett
      borgensåtagande för det kommunala bostadsbolaget Aneby Bostäder AB.</p>
      <h2>Kontakt</h2>
      <p>Har du frågor om kommunens ekonomi är du välkommen att kontakta ekonomichef Per Lindqvist via kommunens växel.</p>"""
    html = html_page("Finansiell information", "Aneby kommun",
                     ["Barn och utbildning", "Omsorg och stöd", "Bygga och bo", "Kultur och fritid", "Kommun och politik"],
                     ["Start", "Kommun och politik", "Ekonomi", "Finansiell information"], body,
                     "Senast uppdaterad", "2025-01-20",
                     ["Aneby kommun, 578 80 Aneby", "Telefon: 0380-461 00", "E-post: kommun@aneby.se",
                      "Organisationsnummer: 212000-0597"])
    with open(path, "w", encoding="utf-8") as f:
        f.write(html)


# ---------------------------------------------------------------- DOCX protokoll
def _docx_fix(d):
    cp = d.core_properties
    cp.author = "Aneby kommun"
    cp.last_modified_by = "Aneby kommun"
    cp.created = FIXED_DT.replace(tzinfo=None)
    cp.modified = FIXED_DT.replace(tzinfo=None)
    cp.last_printed = FIXED_DT.replace(tzinfo=None)
    cp.revision = 1


def build_docx(path):
    d = docx.Document()
    _docx_fix(d)
    d.core_properties.title = "Protokoll kommunfullmäktige 2024-11-25"
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    d.add_heading("Protokoll", 0)
    d.add_paragraph("Kommunfullmäktige, Aneby kommun")
    d.add_paragraph("Sammanträdesdatum: 2024-11-25")
    d.add_paragraph("Plats och tid: Sessionssalen, kommunhuset i Aneby, kl. 18.30–21.05")
    d.add_paragraph("Ordförande: Gunnar Ljungqvist (M)")
    d.add_paragraph("Sekreterare: Karin Åström")
    d.add_paragraph("Justerare: Eva Sjöholm (S) och Mats Holmgren (C)")
    d.add_paragraph("Justeringens tid och plats: 2024-11-28, kommunkansliet")

    d.add_heading("§ 98 Mål och budget 2025 med plan 2026–2027", 1)
    d.add_paragraph("Dnr KS 2024/0312")
    d.add_heading("Ärendebeskrivning", 2)
    d.add_paragraph("Kommunstyrelsen har den 5 november 2024 lämnat förslag till mål och budget för 2025 med plan för "
                    "2026–2027. Förslaget innebär ett budgeterat resultat på 8,9 miljoner kronor 2025, en oförändrad "
                    "skattesats och investeringar på 52,2 miljoner kronor under 2025.")
    d.add_heading("Yrkanden", 2)
    d.add_paragraph("Helena Bergkvist (KD), Mats Holmgren (C) och Gunnar Ljungqvist (M) yrkar bifall till "
                    "kommunstyrelsens förslag.")
    d.add_paragraph("Eva Sjöholm (S) yrkar att socialnämndens ram för 2025 utökas med 3,0 miljoner kronor, finansierat "
                    "genom ett lägre budgeterat resultat.")
    d.add_heading("Beslutsgång", 2)
    d.add_paragraph("Ordföranden ställer kommunstyrelsens förslag mot Eva Sjöholms (S) yrkande och finner att "
                    "fullmäktige bifaller kommunstyrelsens förslag. Omröstning begärs och verkställs. Med 19 ja-röster mot "
                    "12 nej-röster bifaller kommunfullmäktige kommunstyrelsens förslag.")
    d.add_heading("Beslut", 2)
    for t in ["Skattesatsen för 2025 fastställs till 22,39 kronor per skattekrona.",
              "Resultatbudget, balansbudget och kassaflödesbudget för 2025–2027 fastställs enligt förslaget.",
              "Driftbudgetramar för nämnderna 2025 fastställs enligt tabellen nedan.",
              "Investeringsbudget för 2025 fastställs till 52,2 miljoner kronor och plan för 2026–2027 godkänns.",
              "Kommunstyrelsen får under 2025 nyupplåna högst 15,0 miljoner kronor."]:
        d.add_paragraph(t, style="List Number")
    tbl = d.add_table(rows=1, cols=3)
    tbl.style = "Table Grid"
    tbl.rows[0].cells[0].text = "Nämnd"
    tbl.rows[0].cells[1].text = "Ram 2025 (tkr)"
    tbl.rows[0].cells[2].text = "Ram 2024 (tkr)"
    for name, b24, b25 in DRIFT:
        r = tbl.add_row().cells
        r[0].text, r[1].text, r[2].text = name, fmt(b25, 0), fmt(b24, 0)
    r = tbl.add_row().cells
    r[0].text, r[1].text, r[2].text = "Summa nämnder", fmt(SUM_N25, 0), fmt(SUM_N24, 0)
    d.add_heading("Reservation", 2)
    d.add_paragraph("Socialdemokraternas ledamöter reserverar sig mot beslutet till förmån för Eva Sjöholms (S) yrkande.")

    d.add_heading("§ 99 Borgensram för Aneby Bostäder AB", 1)
    d.add_paragraph("Dnr KS 2024/0287")
    d.add_paragraph("Aneby Bostäder AB planerar nyproduktion av 24 lägenheter i Norra Aneby. Bolaget har begärt att "
                    "kommunens borgensram höjs från 160 miljoner kronor till 185 miljoner kronor.")
    d.add_heading("Beslut", 2)
    d.add_paragraph("Kommunfullmäktige beslutar att såsom för egen skuld ingå borgen för Aneby Bostäder AB:s låneförpliktelser "
                    "upp till ett totalt belopp om 185 miljoner kronor jämte därpå löpande ränta. Borgensavgiften fastställs "
                    "till 0,4 procent.")

    d.add_heading("§ 100 Taxa för vatten och avlopp 2025", 1)
    d.add_paragraph("Dnr KS 2024/0301")
    d.add_paragraph("VA-verksamheten ska finansieras helt med avgifter. För att täcka ökade kostnader för drift och "
                    "reinvesteringar föreslås brukningsavgifterna höjas med 6 procent från den 1 januari 2025.")
    t2 = d.add_table(rows=1, cols=3)
    t2.style = "Table Grid"
    for i, h in enumerate(["Avgift (kr inkl. moms)", "2024", "2025"]):
        t2.rows[0].cells[i].text = h
    for a, b, c in [("Fast avgift per år, villa", "4 850", "5 141"), ("Avgift per kubikmeter vatten", "32,40", "34,34"),
                    ("Avgift per lägenhet och år", "2 110", "2 237")]:
        r = t2.add_row().cells
        r[0].text, r[1].text, r[2].text = a, b, c
    d.add_heading("Beslut", 2)
    d.add_paragraph("Kommunfullmäktige antar taxa för vatten och avlopp att gälla från 2025-01-01.")
    d.add_paragraph("Sverigedemokraternas ledamöter reserverar sig mot beslutet.")
    d.save(path)
    normalise_zip(path)


# ---------------------------------------------------------------- XLSX statistik
POP = [  # år, totalt, 0-5, 6-15, 16-64, 65-79, 80+
    (2019, 6838, 412, 851, 3810, 1202, 563),
    (2020, 6862, 405, 857, 3811, 1213, 576),
    (2021, 6890, 401, 862, 3815, 1221, 591),
    (2022, 6921, 398, 866, 3820, 1229, 608),
    (2023, 6950, 396, 868, 3826, 1234, 626),
    (2024, 6971, 391, 870, 3829, 1240, 641),
]
for r in POP:
    assert sum(r[2:]) == r[1], r

NK = [  # verksamhet, 2022, 2023, 2024 (kr per invånare)
    ("Förskola", 10912, 11387, 11846),
    ("Grundskola inkl. förskoleklass", 16204, 16921, 17410),
    ("Gymnasieskola", 6987, 7214, 7538),
    ("Äldreomsorg", 24310, 25876, 27102),
    ("Stöd till personer med funktionsnedsättning", 8420, 8865, 9193),
    ("Individ- och familjeomsorg", 4875, 5240, 5517),
    ("Kultur och fritid", 1904, 1961, 1896),
]


def build_xlsx(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Befolkning"
    ws.append(["Befolkning i Aneby kommun 31 december 2019–2024"])
    ws.append(["Antal invånare"])
    ws.append(["År", "Totalt", "0–5 år", "6–15 år", "16–64 år", "65–79 år", "80 år och äldre"])
    for r in POP:
        ws.append(list(r))
    ws.append([])
    ws.append(["Källa: SCB, befolkningsstatistik. Sammanställning: Aneby kommun, ekonomiavdelningen."])
    ws["A1"].font = Font(bold=True, size=13)
    for c in ws[3]:
        c.font = Font(bold=True)
    ws2 = wb.create_sheet("Nettokostnad per invånare")
    ws2.append(["Nettokostnad per invånare för utvalda verksamheter, Aneby kommun"])
    ws2.append(["Kronor per invånare, löpande priser"])
    ws2.append(["Verksamhet", 2022, 2023, 2024])
    for r in NK:
        ws2.append(list(r))
    ws2.append([])
    ws2.append(["Uppgifterna för 2024 är preliminära. Källa: Kolada och kommunens räkenskapssammandrag."])
    ws2["A1"].font = Font(bold=True, size=13)
    for c in ws2[3]:
        c.font = Font(bold=True)
    wb.properties.creator = "Aneby kommun"
    wb.properties.lastModifiedBy = "Aneby kommun"
    wb.properties.created = FIXED_DT.replace(tzinfo=None)
    wb.properties.modified = FIXED_DT.replace(tzinfo=None)
    wb.save(path)
    normalise_zip(path)


# ---------------------------------------------------------------- press release
def build_press(path):
    txt = f"""# Aneby kommun antar budget för 2025 – satsning på förskola och hemtjänst

**Pressmeddelande, Aneby kommun, 2024-11-26**

Kommunfullmäktige i Aneby antog på måndagskvällen mål och budget för 2025 med plan för 2026–2027. Skattesatsen lämnas
oförändrad på 22,39 kronor och budgeten visar ett överskott på {fmt(ARES[3])} miljoner kronor.

– Vi tar ansvar för ekonomin och prioriterar samtidigt barnen och de äldre. Den nya förskolan är en investering i
Anebys framtid, säger Helena Bergkvist (KD), kommunstyrelsens ordförande.

## Det här innehåller budgeten

- Socialnämnden får 6,5 miljoner kronor extra för hemtjänsten.
- En ny förskola byggs i Aneby tätort för totalt 46 miljoner kronor. Den beräknas stå klar hösten 2026 och ge plats för
  omkring 140 barn.
- Investeringarna under perioden 2025–2027 uppgår till totalt {fmt(D(sum(INV_TOT)) / 1000)} miljoner kronor.
- Alla nämnder får ett effektiviseringskrav på 0,8 procent.
- Kultur- och fritidsnämnden ska spara 700 000 kronor, bland annat genom kortare sommaröppet i simhallen.

Budgeten antogs efter omröstning med 19 röster mot 12. Socialdemokraterna reserverade sig till förmån för sitt eget
förslag om ytterligare 3 miljoner kronor till socialnämnden.

## Kontakt

Helena Bergkvist (KD), kommunstyrelsens ordförande, telefon 0380-461 10
Per Lindqvist, ekonomichef, telefon 0380-461 35
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(txt)


def build(outdir):
    os.makedirs(outdir, exist_ok=True)
    build_budget_pdf(os.path.join(outdir, "mal-och-budget-2025-2027.pdf"))
    build_delar_pdf(os.path.join(outdir, "delarsrapport-augusti-2024.pdf"))
    build_html(os.path.join(outdir, "finansiell-information.html"))
    build_docx(os.path.join(outdir, "protokoll-kf-2024-11-25.docx"))
    build_xlsx(os.path.join(outdir, "statistik-befolkning-och-nettokostnader.xlsx"))
    build_press(os.path.join(outdir, "pressmeddelande-budget-2025.md"))
