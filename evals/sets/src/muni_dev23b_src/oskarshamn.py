"""Oskarshamns kommun: budget PDF, annual report PDF, HTML, DOCX protocol, XLSX, markdown press release."""
import datetime
import os

import docx
import openpyxl
from docx.shared import Pt
from openpyxl.styles import Font

from common import DocPDF, fmt, normalize_zip, docx_table, fix_docx_props

INV_2025 = 27450  # invånare som budgeten räknar med

YEARS = ["Utfall 2023", "Prognos 2024", "Budget 2025", "Plan 2026", "Plan 2027"]
RB = {
    "int": [412.6, 425.0, 438.2, 446.9, 455.3],
    "kost": [-2318.4, -2402.7, -2476.5, -2541.8, -2603.2],
    "avs": [-96.3, -104.8, -112.4, -121.0, -128.7],
    "skatt": [1588.4, 1652.1, 1718.6, 1776.2, 1839.5],
    "gsb": [462.9, 478.3, 497.8, 509.4, 518.0],
    "finint": [14.2, 12.8, 11.5, 11.0, 10.6],
    "finkost": [-18.9, -24.6, -27.3, -32.1, -33.4],
}
RB["netto"] = [round(a + b + c, 1) for a, b, c in zip(RB["int"], RB["kost"], RB["avs"])]
RB["vres"] = [round(n + s + g, 1) for n, s, g in zip(RB["netto"], RB["skatt"], RB["gsb"])]
RB["res"] = [round(v + i + k, 1) for v, i, k in zip(RB["vres"], RB["finint"], RB["finkost"])]
RB["pct"] = [round(100 * r / (s + g), 1) for r, s, g in zip(RB["res"], RB["skatt"], RB["gsb"])]

# Driftbudget per nämnd, tkr: (namn, budget 2024, budget 2025, uppräkning, effektivisering)
NAMNDER = [
    ("Kommunfullmäktige och revision", 9850, 10120, 270, 0),
    ("Kommunstyrelsen", 178400, 186950, 7200, -3100),
    ("Barn- och utbildningsnämnden", 842600, 871300, 30100, -8200),
    ("Omsorgsnämnden", 612300, 641800, 27200, -14500),
    ("Socialnämnden", 248900, 262400, 9800, -4300),
    ("Kultur- och fritidsnämnden", 96700, 98250, 1450, -1100),
    ("Samhällsbyggnadsnämnden", 87300, 89900, 3000, -400),
    ("Miljö- och byggnämnden", 14200, 14650, 450, 0),
]
SUM24 = sum(n[1] for n in NAMNDER)
SUM25 = sum(n[2] for n in NAMNDER)
FINANS25 = round(-RB["netto"][2] * 1000) - SUM25  # negative: finansförvaltningen
NETTO24_TKR = round(-RB["netto"][1] * 1000)
FINANS24 = NETTO24_TKR - SUM24

INVEST = [  # projekt, nämnd, 2025, 2026, 2027 (mnkr)
    ("Ny förskola Påskallavik", "BUN", 24.0, 18.5, 0.0),
    ("Ombyggnad Kristinebergskolan", "BUN", 42.5, 35.0, 12.0),
    ("Inventarier förskola och skola", "BUN", 4.8, 3.9, 4.1),
    ("Nytt LSS-boende Döderhult", "ON", 16.8, 9.2, 0.0),
    ("Särskilt boende Kristdala, renovering", "ON", 11.4, 14.0, 6.5),
    ("Gator och vägar, reinvestering", "SBN", 18.0, 18.0, 18.0),
    ("Gång- och cykelvägar", "SBN", 6.5, 7.0, 7.0),
    ("Hamnen, kajrenovering etapp 2", "SBN", 28.7, 22.4, 10.0),
    ("Exploatering verksamhetsmark Oskarshamn Norra", "KS", 22.0, 15.0, 12.0),
    ("Energieffektivisering kommunala fastigheter", "KS", 8.5, 8.5, 8.5),
    ("IT-infrastruktur och digitalisering", "KS", 7.2, 7.2, 7.5),
    ("Räddningstjänsten, fordon", "KS", 6.2, 2.8, 4.0),
    ("Ishallen, nytt kylaggregat", "KFN", 9.6, 0.0, 0.0),
    ("Simhallen, ombyggnad och upprustning", "KFN", 35.0, 48.0, 20.0),
    ("Övriga investeringar", "Alla", 12.3, 11.6, 10.9),
]
INV_TOT = [round(sum(p[i] for p in INVEST), 1) for i in (2, 3, 4)]

BAL = {
    "anl": [2684.2, 2842.0, 3040.5, 3202.3, 3330.1],
    "oms": [412.8, 376.5, 352.0, 341.6, 338.9],
    "ek": [1104.6, 1140.7, 1190.6, 1239.2, 1297.3],
    "avs": [148.3, 152.6, 157.0, 161.8, 166.5],
    "kort": [512.4, 498.0, 505.0, 510.0, 515.0],
}
BAL["sum"] = [round(a + o, 1) for a, o in zip(BAL["anl"], BAL["oms"])]
BAL["lang"] = [round(s - e - a - k, 1) for s, e, a, k in zip(BAL["sum"], BAL["ek"], BAL["avs"], BAL["kort"])]
BAL["sol"] = [round(100 * e / s, 1) for e, s in zip(BAL["ek"], BAL["sum"])]

# Fem år i sammandrag / nyckeltal (2018-2023)
NYCKEL = [
    # år, invånare, skattesats, resultat, nettoinv, soliditet inkl pension, låneskuld, sjukfrånvaro
    (2018, 26912, 22.11, 29.4, 168.9, 22.8, 790, 7.1),
    (2019, 26990, 22.11, 38.2, 182.4, 24.1, 820, 6.9),
    (2020, 27105, 22.11, 61.7, 205.9, 25.6, 860, 7.8),
    (2021, 27240, 22.36, 85.3, 198.3, 27.9, 905, 7.4),
    (2022, 27341, 22.36, 41.1, 226.8, 28.4, 980, 7.0),
    (2023, 27382, 22.36, 44.5, 241.6, 29.0, 1060, 6.8),
]
KOMMUNDELAR = [  # 2021, 2022, 2023
    ("Oskarshamn tätort", 18804, 18866, 18921),
    ("Påskallavik", 1012, 1021, 1030),
    ("Figeholm", 1118, 1124, 1109),
    ("Kristdala", 1196, 1188, 1182),
    ("Misterhult och Fårbo", 1642, 1657, 1668),
    ("Döderhult landsbygd", 2143, 2161, 2149),
    ("Övriga kommundelar", 1325, 1324, 1323),
]

CHAIR = "Helena Sjöberg (S)"
RUNNING = "Oskarshamns kommun – Mål och budget 2025–2027"


def f1(v, neg="hyphen"):
    return fmt(v, 1, neg)


def tk(v):
    return fmt(v, 0)


def budget_pdf(path):
    pdf = DocPDF(RUNNING, "Antagen av kommunfullmäktige 2024-11-25, § 168")
    # 1 cover
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 28)
    pdf.ln(50)
    pdf.multi_cell(0, 14, "Mål och budget 2025–2027", align="C")
    pdf.set_font("DejaVu", "", 14)
    pdf.ln(4)
    pdf.multi_cell(0, 8, "med plan för 2026–2027", align="C")
    pdf.ln(30)
    pdf.set_font("DejaVu", "B", 16)
    pdf.multi_cell(0, 8, "OSKARSHAMNS KOMMUN", align="C")
    pdf.set_font("DejaVu", "", 10)
    pdf.ln(4)
    pdf.multi_cell(0, 6, "Antagen av kommunfullmäktige 2024-11-25, § 168\nDiarienummer KS 2024/000412", align="C")

    # 2 innehåll
    pdf.add_page()
    pdf.h1("Innehåll")
    toc = [("Ordförande har ordet", 3), ("Omvärld och förutsättningar", 4), ("Vision, mål och styrning", 5),
           ("Ekonomiska ramar och effektiviseringar", 6), ("Resultatbudget", 7), ("Balansbudget och kassaflödesbudget", 8),
           ("Driftbudget per nämnd", 9), ("Nämndernas uppdrag", 10), ("Investeringsbudget", 12),
           ("Taxor, avgifter och skattesats", 14), ("Risker och känslighetsanalys", 14), ("Ordlista", 15)]
    pdf.set_font("DejaVu", "", 10)
    for t, p in toc:
        pdf.cell(150, 7, t)
        pdf.cell(0, 7, str(p), align="R", new_x="LMARGIN", new_y="NEXT")

    # 3 förord
    pdf.add_page()
    pdf.h1("Ordförande har ordet")
    pdf.para("Oskarshamn står inför några år där kostnaderna fortsätter att öka snabbare än intäkterna. "
             "Inflationen har dämpats, men de ökade pensionskostnaderna och räntorna påverkar kommunens "
             "ekonomi under hela planperioden. Trots det lägger vi en budget som håller ihop kommunen och som "
             "prioriterar barnen, de äldre och tryggheten.")
    pdf.para("Skattesatsen lämnas oförändrad på 22,36 kronor per skattekrona. Vi budgeterar ett resultat på "
             f"{f1(RB['res'][2])} miljoner kronor för 2025, vilket motsvarar {f1(RB['pct'][2])} procent av skatteintäkter och "
             "generella statsbidrag. Därmed når vi det finansiella målet om ett resultat på minst 2 procent.")
    pdf.para("Vi gör en riktad satsning på 4,7 miljoner kronor för ökad bemanning i hemtjänsten och avsätter "
             "700 000 kronor extra till feriearbeten för ungdomar under sommaren 2025. Samtidigt måste alla "
             "nämnder bidra till effektiviseringar om sammanlagt 31,6 miljoner kronor.")
    pdf.para("Investeringarna ligger fortsatt på en hög nivå. Den största enskilda satsningen är ombyggnaden av "
             "Kristinebergskolan, men vi rustar också simhallen och fortsätter renoveringen av kajerna i hamnen. "
             "Investeringstakten innebär att kommunen behöver låna, och kommunfullmäktige har gett kommunstyrelsen "
             "rätt att under 2025 nyupplåna högst 120 miljoner kronor.")
    pdf.para("Jag vill tacka alla medarbetare som varje dag gör skillnad för oskarshamnarna, och de partier i "
             "majoriteten som tillsammans har tagit fram den här budgeten.")
    pdf.para(f"{CHAIR}\nKommunstyrelsens ordförande", style="B")

    # 4 omvärld
    pdf.add_page()
    pdf.h1("Omvärld och förutsättningar")
    pdf.h2("Samhällsekonomin")
    pdf.para("Sveriges Kommuner och Regioner (SKR) bedömer i sin prognos från oktober 2024 att svensk ekonomi "
             "återhämtar sig under 2025. Skatteunderlaget beräknas växa med 4,6 procent 2025 och 3,9 procent 2026. "
             "Arbetslösheten väntas vara fortsatt hög under 2025 för att därefter sjunka något.")
    pdf.para("Budgeten bygger på SKR:s skatteunderlagsprognos och på en befolkning om 27 450 invånare den "
             "1 november 2024. Varje förändring av befolkningen med 100 invånare påverkar skatteintäkter och "
             "statsbidrag med cirka 6,1 miljoner kronor.")
    pdf.h2("Befolkningsutveckling")
    pdf.para("Befolkningen har ökat svagt de senaste fem åren. Ökningen beror främst på inflyttning till följd av "
             "etableringar inom energi- och tillverkningsindustrin. Antalet personer över 80 år väntas öka med 18 "
             "procent fram till 2030, vilket ökar behovet av äldreomsorg, medan antalet barn i förskoleåldern "
             "minskar något.")
    pdf.h2("Pensioner och räntor")
    pdf.para("Pensionskostnaderna ökar kraftigt 2025 som en följd av det nya pensionsavtalet och höga "
             "inkomstbasbelopp. Räntekostnaderna beräknas med en genomsnittlig ränta på 3,1 procent för 2025. "
             "Kommunens låneskuld väntas uppgå till 1 180 miljoner kronor vid utgången av 2025.")

    # 5 mål
    pdf.add_page()
    pdf.h1("Vision, mål och styrning")
    pdf.para("Vision 2035: Oskarshamn – en attraktiv och hållbar kommun att leva, bo och verka i. Kommunfullmäktige "
             "styr verksamheten genom övergripande mål som nämnderna bryter ned i egna mål och aktiviteter.")
    pdf.h2("Finansiella mål")
    pdf.bullets([
        "Årets resultat ska uppgå till minst 2,0 procent av skatteintäkter och generella statsbidrag.",
        "Nettoinvesteringarna ska under planperioden vara självfinansierade till minst 60 procent.",
        "Soliditeten inklusive pensionsåtaganden ska inte understiga 25 procent.",
        "Låneskulden per invånare ska inte överstiga 45 000 kronor.",
    ])
    pdf.h2("Verksamhetsmål")
    pdf.bullets([
        "Andelen elever i årskurs 9 som är behöriga till gymnasiets yrkesprogram ska öka till 88 procent.",
        "Brukarnöjdheten i hemtjänsten ska vara minst 90 procent.",
        "Väntetiden till särskilt boende ska inte överstiga 60 dagar.",
        "Kommunens klimatutsläpp från egna transporter ska minska med 10 procent per år.",
    ])
    pdf.para("Måluppfyllelsen följs upp i delårsrapporten per den 31 augusti och i årsredovisningen.")

    # 6 ramar
    pdf.add_page()
    pdf.h1("Ekonomiska ramar och effektiviseringar")
    pdf.para("Nämndernas ramar för 2025 har räknats upp med 3,2 procent för löne- och prisökningar. Därutöver har "
             "ramarna justerats för demografiska förändringar. För att klara resultatmålet ställs krav på "
             "effektiviseringar om sammanlagt 31,6 miljoner kronor.")
    pdf.para("Omsorgsnämnden får det största effektiviseringskravet, 14,5 miljoner kronor, som ska nås genom "
             "minskad användning av bemanningsföretag och en översyn av nattbemanningen. Barn- och "
             "utbildningsnämnden ska effektivisera med 8,2 miljoner kronor, bland annat genom att samordna "
             "skolskjutsar och anpassa förskolans lokaler efter ett minskat barnantal.")
    pdf.para("Socialnämnden ska minska kostnaderna för externa placeringar med 4,3 miljoner kronor. "
             "Kommunstyrelsen effektiviserar 3,1 miljoner kronor genom samordning av administration och "
             "digitalisering.")
    pdf.para("Ramtillskott ges till omsorgsnämnden för ökade volymer inom äldreomsorgen och till socialnämnden för "
             "fler ärenden inom LSS. Kultur- och fritidsnämnden får ett särskilt tillskott på 1,2 miljoner kronor för "
             "driften av den nya aktivitetsparken i Kristineberg.")

    # 7 resultatbudget
    pdf.add_page()
    pdf.h1("Resultatbudget")
    rows = []
    lab = [("Verksamhetens intäkter", "int", "1"), ("Verksamhetens kostnader", "kost", "2"),
           ("Avskrivningar", "avs", "3"), ("Verksamhetens nettokostnader", "netto", ""),
           ("Skatteintäkter", "skatt", "4"), ("Generella statsbidrag och utjämning", "gsb", "4"),
           ("Verksamhetens resultat", "vres", ""), ("Finansiella intäkter", "finint", ""),
           ("Finansiella kostnader", "finkost", "5"), ("Resultat efter finansiella poster", "res", ""),
           ("Årets resultat", "res", "")]
    for name, key, note in lab:
        style = "b" if key in ("netto", "vres") or name == "Årets resultat" else "n"
        rows.append(([name, note] + [f1(v) for v in RB[key]], style))
    rows.append((["Resultat i % av skatter och bidrag", ""] + [f1(v) for v in RB["pct"]], "n"))
    pdf.table([["Belopp i mnkr", "Not", "Utfall", "Prognos", "Budget", "Plan", "Plan"],
               ["", "", "2023", "2024", "2025", "2026", "2027"]],
              rows, [62, 10, 19, 19, 19, 19, 19], caption="Tabell 1. Resultatbudget 2025–2027")
    pdf.small("Not 1–5 avser kommentarerna nedan. Resultat i % av skatter och bidrag anges i procent.")
    pdf.h2("Kommentarer")
    pdf.para("Not 1. Intäkterna består främst av taxor och avgifter, hyror samt riktade statsbidrag. "
             "Not 2. Kostnaderna ökar främst till följd av löneökningar och högre pensionskostnader. "
             "Not 3. Avskrivningarna ökar i takt med de höga investeringsvolymerna. "
             "Not 4. Skatteintäkter och generella statsbidrag bygger på SKR:s prognos från oktober 2024. "
             "Not 5. De finansiella kostnaderna ökar till följd av högre låneskuld.")

    # 8 balans + kassaflöde
    pdf.add_page()
    pdf.h1("Balansbudget och kassaflödesbudget")
    rows = [(["Tillgångar"], "s"),
            (["Anläggningstillgångar"] + [f1(v) for v in BAL["anl"]], "n"),
            (["Omsättningstillgångar"] + [f1(v) for v in BAL["oms"]], "n"),
            (["Summa tillgångar"] + [f1(v) for v in BAL["sum"]], "b"),
            (["Eget kapital, avsättningar och skulder"], "s"),
            (["Eget kapital"] + [f1(v) for v in BAL["ek"]], "n"),
            (["Avsättningar"] + [f1(v) for v in BAL["avs"]], "n"),
            (["Långfristiga skulder"] + [f1(v) for v in BAL["lang"]], "n"),
            (["Kortfristiga skulder"] + [f1(v) for v in BAL["kort"]], "n"),
            (["Summa eget kapital och skulder"] + [f1(v) for v in BAL["sum"]], "b"),
            (["Soliditet, %"] + [f1(v) for v in BAL["sol"]], "n")]
    pdf.table([["Mnkr", "Utfall", "Prognos", "Budget", "Plan", "Plan"],
               ["", "2023", "2024", "2025", "2026", "2027"]],
              rows, [60, 22, 22, 22, 22, 22], caption="Tabell 2. Balansbudget")
    # kassaflöde: 2025-2027
    kf = []
    for i in (2, 3, 4):
        res = RB["res"][i]
        avs = -RB["avs"][i]
        ovr = [4.1, 3.6, 3.2][i - 2]
        lop = round(res + avs + ovr, 1)
        inv = -INV_TOT[i - 2]
        lan = [120.0, 80.0, 10.0][i - 2]
        amort = [-20.0, -20.0, -25.0][i - 2]
        forand = round(lop + inv + lan + amort, 1)
        kf.append((res, avs, ovr, lop, inv, lan, amort, forand))
    names = ["Årets resultat", "Justering för av- och nedskrivningar", "Justering för övriga ej likviditetspåverkande poster",
             "Medel från den löpande verksamheten", "Investering i materiella anläggningstillgångar",
             "Nyupptagna lån", "Amortering av skuld", "Årets kassaflöde"]
    rows = []
    for j, n in enumerate(names):
        rows.append(([n] + [f1(kf[k][j]) for k in range(3)], "b" if j in (3, 7) else "n"))
    pdf.table([["Mnkr", "Budget 2025", "Plan 2026", "Plan 2027"]], rows, [100, 23, 23, 23],
              caption="Tabell 3. Kassaflödesbudget")
    pdf.small("Investeringarna i kassaflödesbudgeten motsvarar investeringsbudgetens totala nettoinvesteringar.")

    # 9 driftbudget, landscape
    pdf.add_page(orientation="L")
    pdf.h1("Driftbudget per nämnd")
    rows = []
    for n, b24, b25, up, ef in NAMNDER:
        ch = b25 - b24
        rows.append(([n, tk(b24), tk(b25), tk(ch), f1(100 * ch / b24), tk(round(b25 * 1000 / INV_2025))], "n"))
    rows.append((["Summa nämnder", tk(SUM24), tk(SUM25), tk(SUM25 - SUM24), f1(100 * (SUM25 - SUM24) / SUM24),
                  tk(round(SUM25 * 1000 / INV_2025))], "b"))
    rows.append((["Finansförvaltning, pensioner och kapitalkostnader¹", tk(FINANS24), tk(FINANS25), tk(FINANS25 - FINANS24), "", ""], "n"))
    rows.append((["Totalt verksamhetens nettokostnader", tk(NETTO24_TKR), tk(SUM25 + FINANS25), tk(SUM25 + FINANS25 - NETTO24_TKR),
                  f1(100 * (SUM25 + FINANS25 - NETTO24_TKR) / NETTO24_TKR), tk(round((SUM25 + FINANS25) * 1000 / INV_2025))], "b"))
    pdf.table([["Nämnd", "Budget 2024", "Budget 2025", "Förändring", "Förändring %", "Kr per invånare"],
               ["", "tkr", "tkr", "tkr", "", "2025"]],
              rows, [105, 30, 30, 30, 30, 32], caption="Tabell 4. Driftbudget per nämnd (nettokostnad)")
    pdf.small("¹ Finansförvaltningen redovisas netto. Ett negativt belopp innebär att interna kapitalkostnader och "
              "pensionsintäkter överstiger kostnaderna. Kronor per invånare beräknas på 27 450 invånare.")
    pdf.para("Ramarna för 2025 inkluderar löne- och prisuppräkning, volymförändringar och effektiviseringar enligt "
             "kommunstyrelsens beslut 2024-11-12, § 201. Planåren 2026–2027 ska ramarna räknas upp med 2,8 respektive "
             "2,6 procent.")

    # 10-11 nämndernas uppdrag
    pdf.add_page(orientation="P")
    pdf.h1("Nämndernas uppdrag")
    texts = {
        "Kommunstyrelsen": "Kommunstyrelsen leder och samordnar kommunens verksamhet och har uppsikt över nämnder och bolag. "
        "Under 2025 ska kommunstyrelsen slutföra arbetet med en ny översiktsplan och införa en gemensam e-tjänsteplattform. "
        "Räddningstjänsten och näringslivsenheten ingår i kommunstyrelsens ansvar.",
        "Barn- och utbildningsnämnden": "Nämnden ansvarar för förskola, grundskola, gymnasieskola och vuxenutbildning. "
        "Antalet elever i grundskolan väntas vara oförändrat, medan barnantalet i förskolan minskar med cirka 60 barn. "
        "Nämnden får i uppdrag att ta fram en plan för skolans lokalförsörjning till 2035.",
        "Omsorgsnämnden": "Omsorgsnämnden ansvarar för äldreomsorg, hemtjänst och hälso- och sjukvård i hemmet. "
        "Satsningen på 4,7 miljoner kronor för ökad bemanning i hemtjänsten ska minska antalet olika personal "
        "som besöker varje brukare. Nämnden ska minska kostnaderna för bemanningssjuksköterskor med hälften.",
        "Socialnämnden": "Socialnämnden ansvarar för individ- och familjeomsorg, stöd enligt LSS och försörjningsstöd. "
        "Arbetet med hemmaplanslösningar ska utvecklas så att färre barn och unga behöver placeras utanför kommunen.",
        "Kultur- och fritidsnämnden": "Nämnden ansvarar för bibliotek, kulturskola, idrottsanläggningar och föreningsstöd. "
        "Under 2025 påbörjas ombyggnaden av simhallen, vilket innebär att simhallen är stängd under hösten.",
        "Samhällsbyggnadsnämnden": "Nämnden ansvarar för gator, parker, hamn och kollektivtrafikfrågor. "
        "Kajrenoveringen i hamnen fortsätter med etapp 2 och beräknas vara klar 2027.",
        "Miljö- och byggnämnden": "Nämnden ansvarar för bygglov, tillsyn enligt miljöbalken och livsmedelskontroll. "
        "Handläggningstiden för bygglov ska vara högst fem veckor.",
    }
    for k, v in texts.items():
        pdf.h2(k)
        pdf.para(v)
        pdf.para("Nämnden ska under året redovisa hur effektiviseringskraven har genomförts och vilka konsekvenser de "
                 "har fått för verksamhetens kvalitet och för medarbetarnas arbetsmiljö.")

    # investeringar
    pdf.add_page()
    pdf.h1("Investeringsbudget")
    pdf.para(f"Nettoinvesteringarna budgeteras till {f1(INV_TOT[0])} miljoner kronor för 2025. Under planperioden "
             f"2025–2027 uppgår de sammanlagda investeringarna till {f1(sum(INV_TOT))} miljoner kronor. De största "
             "projekten är ombyggnaden av Kristinebergskolan, upprustningen av simhallen och kajrenoveringen i hamnen.")
    pdf.para("Investeringar i den skattefinansierade verksamheten ska i första hand finansieras med egna medel. "
             "Självfinansieringsgraden beräknas till cirka 64 procent för 2025. Resterande del finansieras med nya lån.")
    pdf.para("Projekt som överstiger 20 miljoner kronor ska beslutas särskilt av kommunfullmäktige innan de "
             "påbörjas. Investeringsmedel som inte förbrukas under året kan föras över till nästa år efter beslut "
             "av kommunstyrelsen.")
    pdf.para("Exploateringsprojektet i Oskarshamn Norra omfattar cirka 14 hektar verksamhetsmark. Intäkterna från "
             "markförsäljning beräknas till 9,5 miljoner kronor under planperioden och redovisas inte i tabellen.")
    pdf.para("Vissa projekt är fleråriga. Beloppen nedan avser den del av projektets totala utgift som beräknas "
             "belasta respektive år. Projektens totala utgift framgår av respektive beslutsunderlag.")
    pdf.ln(max(0, pdf.page_break_trigger - pdf.get_y() - 62))
    rows = []
    for p in INVEST:
        tot = round(p[2] + p[3] + p[4], 1)
        rows.append(([p[0], p[1], f1(p[2]), f1(p[3]), f1(p[4]), f1(tot)], "n"))
    rows.append((["Summa nettoinvesteringar", "", f1(INV_TOT[0]), f1(INV_TOT[1]), f1(INV_TOT[2]), f1(sum(INV_TOT))], "b"))
    pdf.table([["Projekt", "Nämnd", "Budget", "Plan", "Plan", "Totalt"],
               ["", "", "2025", "2026", "2027", "2025–2027"]],
              rows, [74, 16, 20, 20, 20, 20], caption="Tabell 5. Investeringsbudget, mnkr",
              cont_caption="Tabell 5. Investeringsbudget, mnkr (forts.)")
    pdf.small("BUN = barn- och utbildningsnämnden, ON = omsorgsnämnden, SBN = samhällsbyggnadsnämnden, "
              "KS = kommunstyrelsen, KFN = kultur- och fritidsnämnden.")

    # taxor + risker
    pdf.add_page()
    pdf.h1("Taxor, avgifter och skattesats")
    pdf.para("Kommunalskatten för 2025 fastställs till 22,36 kronor per skattekrona, vilket är oförändrat jämfört med 2024. "
             "Taxor och avgifter räknas generellt upp med 3,0 procent. Taxan för plan- och bygglov höjs med 4,2 procent "
             "och VA-taxan höjs med 6,0 procent för att finansiera investeringar i ledningsnätet.")
    pdf.h1("Risker och känslighetsanalys")
    pdf.para("En procents förändring av skatteunderlaget motsvarar cirka 17,2 miljoner kronor. En procents högre "
             "löneökningar innebär ökade kostnader med cirka 14,1 miljoner kronor. En höjning av räntan med en "
             "procentenhet ökar de finansiella kostnaderna med cirka 11,0 miljoner kronor på helårsbasis.")
    pdf.para("Den största risken i budgeten bedöms vara kostnadsutvecklingen för externa placeringar inom "
             "socialnämnden samt att effektiviseringarna inom omsorgsnämnden inte får full effekt under 2025.")
    pdf.add_page()
    pdf.h1("Ordlista")
    for t, d in [("Nettokostnad", "Kostnader minus intäkter för en verksamhet."),
                 ("Soliditet", "Eget kapital i förhållande till totala tillgångar. Visar den långsiktiga betalningsförmågan."),
                 ("Självfinansieringsgrad", "Andel av investeringarna som finansieras med egna medel, det vill säga årets resultat plus avskrivningar."),
                 ("Generella statsbidrag och utjämning", "Bidrag från staten som inte är öronmärkta samt kostnads- och inkomstutjämning."),
                 ("Avskrivningar", "Värdeminskning av anläggningstillgångar som fördelas över tillgångens nyttjandeperiod.")]:
        pdf.para(f"{t}: {d}")
    pdf.output(path)


def arsredovisning_pdf(path):
    pdf = DocPDF("Oskarshamns kommun – Årsredovisning 2023", "Årsredovisning 2023")
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 28)
    pdf.ln(60)
    pdf.multi_cell(0, 14, "Årsredovisning 2023", align="C")
    pdf.set_font("DejaVu", "", 14)
    pdf.multi_cell(0, 8, "Oskarshamns kommun", align="C")
    pdf.ln(10)
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(0, 6, "Godkänd av kommunfullmäktige 2024-04-22, § 58", align="C")

    pdf.add_page()
    pdf.h1("Kommunstyrelsens ordförande har ordet")
    pdf.para("2023 blev ett år då hög inflation och stigande räntor satte press på kommunens ekonomi. Trots det "
             "redovisar Oskarshamns kommun ett resultat på 44,5 miljoner kronor, vilket är 12,3 miljoner kronor bättre "
             "än budget. Det goda resultatet förklaras främst av högre skatteintäkter och engångsvisa statsbidrag.")
    pdf.para("Samtidigt visar omsorgsnämnden och barn- och utbildningsnämnden underskott, som tillsammans uppgår till "
             "17,9 miljoner kronor. Det är en tydlig signal om att kostnaderna måste anpassas till de ekonomiska ramarna.")
    pdf.para(f"{CHAIR}\nKommunstyrelsens ordförande", style="B")
    pdf.h1("Året i korthet")
    pdf.bullets([
        "Årets resultat blev 44,5 miljoner kronor (41,1 miljoner kronor 2022).",
        "Nettoinvesteringarna uppgick till 241,6 miljoner kronor, den högsta nivån hittills.",
        "Antalet invånare ökade med 41 personer till 27 382 den 31 december 2023.",
        "Sjukfrånvaron bland kommunens medarbetare minskade till 6,8 procent.",
        "Kommunen hade 2 640 tillsvidareanställda medarbetare vid årets slut.",
        "Den nya förskolan i Figeholm invigdes i augusti och har plats för 90 barn.",
    ])

    pdf.add_page()
    pdf.h1("Fem år i sammandrag")
    rows = []
    yrs = NYCKEL[1:]
    rows.append((["Antal invånare 31 dec"] + [fmt(y[1], 0) for y in yrs], "n"))
    rows.append((["Skattesats, kr"] + [fmt(y[2], 2) for y in yrs], "n"))
    rows.append((["Årets resultat, mnkr"] + [f1(y[3]) for y in yrs], "n"))
    rows.append((["Nettoinvesteringar, mnkr"] + [f1(y[4]) for y in yrs], "n"))
    rows.append((["Soliditet inkl. pensionsåtaganden, %"] + [f1(y[5]) for y in yrs], "n"))
    rows.append((["Låneskuld, mnkr"] + [fmt(y[6], 0) for y in yrs], "n"))
    pdf.table([["Kommunen", "2019", "2020", "2021", "2022", "2023"]],
              rows, [70, 20, 20, 20, 20, 20], caption="Fem år i sammandrag")
    pdf.para("Resultatet har varit positivt samtliga fem år. Resultatet 2021 var exceptionellt högt till följd av "
             "tillfälliga statsbidrag under pandemin. Låneskulden har ökat med 240 miljoner kronor sedan 2019 som en följd "
             "av den höga investeringstakten.")

    pdf.h1("Resultaträkning")
    r23 = [412.6, -2318.4, -96.3]
    r22 = [398.1, -2205.7, -91.4]
    k23 = [1186.3, -2842.6, -188.4]
    k22 = [1098.5, -2694.3, -176.2]

    def block(intk, tax, gsb, fi, fk, skatt=0.0):
        n = round(sum(intk), 1)
        vr = round(n + tax + gsb, 1)
        rf = round(vr + fi + fk, 1)
        return intk + [n, tax, gsb, vr, fi, fk, rf, skatt, round(rf + skatt, 1)]
    cols = [block(r23, 1588.4, 462.9, 14.2, -18.9), block(r22, 1521.6, 418.3, 16.0, -15.8),
            block(k23, 1588.4, 462.9, 9.8, -61.2, -21.4), block(k22, 1521.6, 418.3, 11.3, -44.6, -19.8)]
    names = [("Verksamhetens intäkter", "1"), ("Verksamhetens kostnader", "2"), ("Av- och nedskrivningar", "3"),
             ("Verksamhetens nettokostnader", ""), ("Skatteintäkter", "4"), ("Generella statsbidrag och utjämning", "5"),
             ("Verksamhetens resultat", ""), ("Finansiella intäkter", "6"), ("Finansiella kostnader", "7"),
             ("Resultat efter finansiella poster", ""), ("Skatt på årets resultat", "8"), ("Årets resultat", "")]
    rows = []
    for j, (n, note) in enumerate(names):
        st = "b" if j in (3, 6, 9, 11) else "n"
        vals = []
        for c in range(4):
            v = cols[c][j]
            if j == 10 and c < 2:
                vals.append("–")
            else:
                vals.append(fmt(v, 1, "paren"))
        rows.append(([n, note] + vals, st))
    pdf.table([["Mnkr", "Not", "Kommunen", "Kommunen", "Koncernen", "Koncernen"],
               ["", "", "2023", "2022", "2023", "2022"]],
              rows, [62, 10, 24, 24, 24, 24])
    pdf.small("Belopp inom parentes är negativa. Koncernen omfattar Oskarshamns Kommunföretag AB med dotterbolag.")

    pdf.add_page()
    pdf.h1("Driftredovisning per nämnd 2023")
    drift = [("Kommunfullmäktige och revision", 9.5, 9.1), ("Kommunstyrelsen", 172.0, 168.7),
             ("Barn- och utbildningsnämnden", 815.2, 821.9), ("Omsorgsnämnden", 590.4, 601.6),
             ("Socialnämnden", 239.8, 236.2), ("Kultur- och fritidsnämnden", 94.1, 93.0),
             ("Samhällsbyggnadsnämnden", 84.6, 82.9), ("Miljö- och byggnämnden", 13.8, 13.5)]
    rows = []
    for n, b, u in drift:
        rows.append(([n, f1(b), f1(u), fmt(round(b - u, 1), 1, "paren")], "n"))
    sb = round(sum(d[1] for d in drift), 1)
    su = round(sum(d[2] for d in drift), 1)
    rows.append((["Summa nämnder", f1(sb), f1(su), fmt(round(sb - su, 1), 1, "paren")], "b"))
    pdf.table([["Nettokostnad, mnkr", "Budget 2023", "Utfall 2023", "Budgetavvikelse"]], rows, [80, 28, 28, 32])
    pdf.para("Omsorgsnämnden redovisar det största underskottet, 11,2 miljoner kronor, främst på grund av höga kostnader "
             "för bemanningssjuksköterskor och fler brukare i hemtjänsten. Barn- och utbildningsnämnden redovisar ett "
             "underskott på 6,7 miljoner kronor. Socialnämnden redovisar ett överskott på 3,6 miljoner kronor till följd "
             "av färre externa placeringar.")
    pdf.h1("Investeringar")
    pdf.para("Nettoinvesteringarna uppgick till 241,6 miljoner kronor, att jämföra med en budget på 298,0 miljoner "
             "kronor. Största projekt under året var förskolan i Figeholm (38,4 miljoner kronor) och etapp 1 av "
             "kajrenoveringen i hamnen (31,2 miljoner kronor). Självfinansieringsgraden blev 58 procent.")
    pdf.h1("Personal")
    pdf.para("Vid årets slut hade kommunen 2 640 tillsvidareanställda medarbetare, varav 81 procent kvinnor. "
             "Sjukfrånvaron minskade från 7,0 procent 2022 till 6,8 procent 2023. Personalkostnaderna uppgick till "
             "1 512 miljoner kronor.")
    pdf.output(path)


def html_page(path):
    rows = [("Förskola", "9,20"), ("Grundskola och fritidshem", "19,80"), ("Gymnasieskola och vuxenutbildning", "7,40"),
            ("Äldreomsorg", "21,30"), ("Stöd till personer med funktionsnedsättning", "9,80"),
            ("Individ- och familjeomsorg", "8,60"), ("Kultur och fritid", "4,50"),
            ("Gator, parker och infrastruktur", "4,10"), ("Räddningstjänst", "2,30"),
            ("Politik och administration", "6,20"), ("Övrigt, bland annat näringsliv och kollektivtrafik", "6,80")]
    trs = "\n".join(f"          <tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows)
    html = f"""<!DOCTYPE html>
<html lang="sv">
<head>
  <meta charset="utf-8">
  <title>Så används din skatt - Oskarshamns kommun</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
</head>
<body>
  <div id="cookie-banner" class="cookie">
    <p>Vi använder kakor (cookies) för att förbättra din upplevelse av oskarshamn.se. Läs mer om hur vi hanterar kakor.</p>
    <button>Godkänn alla</button> <button>Endast nödvändiga</button>
  </div>
  <header>
    <a href="/" class="logo">Oskarshamns kommun</a>
    <nav>
      <ul>
        <li><a href="/barn-och-utbildning">Barn och utbildning</a></li>
        <li><a href="/omsorg-och-hjalp">Omsorg och hjälp</a></li>
        <li><a href="/bygga-bo-och-miljo">Bygga, bo och miljö</a></li>
        <li><a href="/kultur-och-fritid">Kultur och fritid</a></li>
        <li><a href="/kommun-och-politik">Kommun och politik</a></li>
      </ul>
    </nav>
    <div class="breadcrumb">Start / Kommun och politik / Ekonomi / Så används din skatt</div>
  </header>
  <main>
    <article>
      <h1>Så används din skatt</h1>
      <p class="ingress">Kommunalskatten är kommunens viktigaste inkomstkälla. Här kan du se hur varje hundralapp
      du betalar i kommunalskatt fördelas på kommunens verksamheter under 2025.</p>
      <p>Skattesatsen i Oskarshamns kommun är 22,36 kronor per hundra kronor av din beskattningsbara inkomst.
      Den är oförändrad sedan 2021. Med en månadslön på 35 000 kronor betalar du cirka 7 800 kronor i månaden
      i kommunalskatt till Oskarshamns kommun.</p>
      <h2>Så fördelas 100 kronor i skatt</h2>
      <table>
        <thead>
          <tr><th>Verksamhet</th><th>Kronor av 100</th></tr>
        </thead>
        <tbody>
{trs}
          <tr><td><strong>Totalt</strong></td><td><strong>100,00</strong></td></tr>
        </tbody>
      </table>
      <p>Fördelningen bygger på nämndernas nettokostnader i budget 2025. Verksamheterna finansieras också med
      statsbidrag, avgifter och hyror, som inte ingår i beräkningen.</p>
      <h2>Din totala skattesats 2025</h2>
      <table>
        <thead>
          <tr><th>Skatt till</th><th>Kronor per 100 kr</th></tr>
        </thead>
        <tbody>
          <tr><td>Oskarshamns kommun</td><td>22,36</td></tr>
          <tr><td>Region Kalmar län</td><td>11,86</td></tr>
          <tr><td>Totalt</td><td>34,22</td></tr>
        </tbody>
      </table>
      <p>Utöver kommunalskatten betalar medlemmar i Svenska kyrkan kyrkoavgift och alla betalar begravningsavgift.</p>
      <p class="meta">Publicerad: 2025-01-15<br>Senast uppdaterad: 2025-02-03</p>
      <p class="meta">Sidansvarig: Ekonomiavdelningen, kommunledningskontoret</p>
    </article>
  </main>
  <footer>
    <p>Oskarshamns kommun, Box 706, 572 28 Oskarshamn. Telefon: 0491-880 00. E-post: kommun@oskarshamn.se</p>
    <p><a href="/tillganglighet">Tillgänglighetsredogörelse</a> | <a href="/kakor">Om kakor</a> | <a href="/personuppgifter">Personuppgifter</a></p>
  </footer>
</body>
</html>
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(html)


def protokoll_docx(path):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    d.add_heading("Protokoll", level=0)
    d.add_paragraph("Kommunstyrelsen, Oskarshamns kommun")
    d.add_paragraph("Sammanträdesdatum: 2024-11-12")
    d.add_paragraph("Plats och tid: Stadshuset, sessionssalen, kl. 08.30–12.15")
    d.add_paragraph("Beslutande: Helena Sjöberg (S), ordförande; Per-Olof Nilsson (C), 1:e vice ordförande; "
                    "Anna Karlberg (M), 2:e vice ordförande; Tomas Bergkvist (S); Linnea Håkansson (S); "
                    "Jörgen Ek (KD); Maria Lundin (L); Ove Sandberg (S); Lars Vikström (M); Cecilia Franzén (M); "
                    "Jonas Ek (SD); Kristina Ahlgren (SD); Mohammed Yassin (V)")
    d.add_paragraph("Justerare: Jonas Ek (SD) och Maria Lundin (L). Justering: 2024-11-15")
    d.add_paragraph("Paragrafer: §§ 201–204")

    d.add_heading("§ 201 Mål och budget 2025–2027 med plan", level=1)
    d.add_paragraph("Dnr KS 2024/000412")
    d.add_paragraph("Ärendebeskrivning: Kommunledningskontoret har tagit fram förslag till mål och budget för 2025 med plan "
                    f"för 2026–2027. Förslaget innebär ett resultat på {f1(RB['res'][2])} miljoner kronor för 2025 och "
                    f"nettoinvesteringar på {f1(INV_TOT[0])} miljoner kronor. Nämndernas ramar har räknats upp för löne- och "
                    "prisökningar och justerats för volymförändringar och effektiviseringar enligt tabellen nedan.")
    d.add_paragraph("Tabell: Ramjusteringar 2025 per nämnd (tkr)")
    rows = []
    tu = tv = te = 0
    for n, b24, b25, up, ef in NAMNDER:
        vol = b25 - b24 - up - ef
        tu += up
        tv += vol
        te += ef
        rows.append([n, tk(b24), tk(up), tk(vol), tk(ef), tk(b25)])
    rows.append(["Summa", tk(SUM24), tk(tu), tk(tv), tk(te), tk(SUM25)])
    docx_table(d, ["Nämnd", "Ram 2024", "Löne- och prisuppräkning", "Volymförändring", "Effektivisering", "Ram 2025"], rows)
    d.add_paragraph("")
    d.add_paragraph("Yrkanden: Helena Sjöberg (S) yrkar bifall till kommunledningskontorets förslag. Anna Karlberg (M) "
                    "yrkar bifall till Moderaternas budgetförslag. Jonas Ek (SD) yrkar bifall till Sverigedemokraternas "
                    "budgetförslag.")
    d.add_paragraph("Beslutsgång: Ordföranden ställer förslagen mot varandra och finner att kommunstyrelsen beslutar "
                    "enligt kommunledningskontorets förslag. Votering begärs. Med 8 röster för kommunledningskontorets "
                    "förslag mot 5 röster för Moderaternas förslag beslutar kommunstyrelsen enligt ordförandens förslag. "
                    "Sverigedemokraterna deltar inte i voteringen.")
    d.add_paragraph("Kommunstyrelsen föreslår kommunfullmäktige besluta")
    d.add_paragraph("1. att fastställa skattesatsen för 2025 till 22,36 kronor per skattekrona,", style="List Number")
    d.add_paragraph("2. att fastställa resultatbudget, balansbudget, kassaflödesbudget, driftbudget och investeringsbudget "
                    "för 2025 med plan för 2026–2027,", style="List Number")
    d.add_paragraph("3. att kommunstyrelsen under 2025 får nyupplåna, det vill säga öka kommunens skulder, med högst "
                    "120 miljoner kronor.", style="List Number")
    d.add_paragraph("Reservation: Anna Karlberg (M), Lars Vikström (M) och Cecilia Franzén (M) reserverar sig mot beslutet "
                    "till förmån för eget förslag. Jonas Ek (SD) och Kristina Ahlgren (SD) reserverar sig till förmån för "
                    "Sverigedemokraternas förslag.")

    d.add_heading("§ 202 Tilläggsanslag för projektering av simhallen", level=1)
    d.add_paragraph("Dnr KS 2024/000455")
    d.add_paragraph("Kultur- och fritidsnämnden begär ett tilläggsanslag för att kunna slutföra projekteringen av "
                    "simhallens ombyggnad. Projekteringen har blivit dyrare än beräknat på grund av omfattande fuktskador i "
                    "bassängens bärande konstruktion.")
    d.add_paragraph("Beslut: Kommunstyrelsen beviljar kultur- och fritidsnämnden ett tilläggsanslag om 3,8 miljoner kronor "
                    "för projektering av simhallen. Anslaget finansieras ur kommunstyrelsens investeringsreserv.")
    d.add_paragraph("Beslutet är enhälligt.")

    d.add_heading("§ 203 Taxa för plan- och bygglov 2025", level=1)
    d.add_paragraph("Dnr KS 2024/000398")
    d.add_paragraph("Miljö- och byggnämnden föreslår att taxan för plan- och bygglov höjs med 4,2 procent från den 1 januari "
                    "2025. Timavgiften höjs därmed från 1 240 kronor till 1 292 kronor.")
    d.add_paragraph("Beslut: Kommunstyrelsen föreslår kommunfullmäktige att anta miljö- och byggnämndens förslag till taxa.")
    d.add_paragraph("Reservation: Lars Vikström (M) reserverar sig mot beslutet.")

    d.add_heading("§ 204 Anmälan av delegationsbeslut", level=1)
    d.add_paragraph("Förteckning över delegationsbeslut för perioden 2024-10-01 – 2024-10-31 anmäls. Kommunstyrelsen "
                    "lägger anmälan till handlingarna.")
    d.add_paragraph("Vid protokollet: Sofia Lindahl, sekreterare")
    d.add_paragraph("Ordförande: Helena Sjöberg (S)")
    fix_docx_props(d, "Protokoll kommunstyrelsen 2024-11-12", "Kommunledningskontoret")
    d.save(path)
    normalize_zip(path)


def nyckeltal_xlsx(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Nyckeltal"
    ws.append(["Oskarshamns kommun – finansiella nyckeltal 2018–2023"])
    ws.append(["Belopp i mnkr om inget annat anges. Källa: årsredovisningar."])
    ws.append([])
    ws.append(["År", "Invånare 31 dec", "Skattesats (kr)", "Årets resultat (mnkr)", "Nettoinvesteringar (mnkr)",
               "Soliditet inkl. pensionsåtaganden (%)", "Låneskuld (mnkr)", "Sjukfrånvaro (%)"])
    for r in NYCKEL:
        ws.append(list(r))
    ws["A1"].font = Font(bold=True, size=13)
    for c in ws[4]:
        c.font = Font(bold=True)
    ws2 = wb.create_sheet("Befolkning")
    ws2.append(["Befolkning per kommundel 2021–2023"])
    ws2.append(["Antal invånare den 31 december"])
    ws2.append(["Kommundel", 2021, 2022, 2023])
    for r in KOMMUNDELAR:
        ws2.append(list(r))
    ws2.append(["Totalt"] + [sum(r[i] for r in KOMMUNDELAR) for i in (1, 2, 3)])
    ws2["A1"].font = Font(bold=True, size=13)
    wb.properties.creator = "Ekonomiavdelningen"
    wb.properties.created = datetime.datetime(2024, 11, 14, 8, 0, 0)
    wb.properties.modified = datetime.datetime(2024, 11, 14, 8, 0, 0)
    wb.save(path)
    normalize_zip(path)


def press_md(path):
    txt = f"""# Budget 2025: Oskarshamn satsar på hemtjänst och skola – skatten oförändrad

**Pressmeddelande, Oskarshamns kommun, 2024-11-26**

Kommunfullmäktige i Oskarshamn antog på måndagskvällen mål och budget för 2025 med plan för 2026–2027. Budgeten röstades igenom med 27 röster mot 22.

Skattesatsen blir oförändrad, 22,36 kronor. Kommunen budgeterar ett resultat på {f1(RB['res'][2])} miljoner kronor för 2025 och nettoinvesteringar på {f1(INV_TOT[0])} miljoner kronor.

– Vi prioriterar välfärdens kärna. Hemtjänsten får 4,7 miljoner kronor för att fler ska kunna få hjälp av samma personal, och vi avsätter 700 000 kronor till sommarjobb för unga, säger kommunstyrelsens ordförande {CHAIR}.

## Budgeten i korthet

- Barn- och utbildningsnämnden får en ram på 871,3 miljoner kronor, en ökning med 28,7 miljoner kronor.
- Omsorgsnämnden får en ram på 641,8 miljoner kronor.
- Ombyggnaden av Kristinebergskolan är årets största investering, 42,5 miljoner kronor under 2025.
- Alla nämnder ska tillsammans effektivisera för 31,6 miljoner kronor.
- Kommunen får låna upp till 120 miljoner kronor under 2025.

Oppositionen, Moderaterna och Sverigedemokraterna, lade egna budgetförslag. Moderaterna ville sänka skatten med 10 öre.

**Kontakt:**
Helena Sjöberg (S), kommunstyrelsens ordförande, 0491-880 10
Mikael Strand, ekonomichef, 0491-881 45
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(txt)


def build(outdir):
    os.makedirs(outdir, exist_ok=True)
    budget_pdf(os.path.join(outdir, "mal-och-budget-2025-2027.pdf"))
    arsredovisning_pdf(os.path.join(outdir, "arsredovisning-2023.pdf"))
    html_page(os.path.join(outdir, "sa-anvands-din-skatt.html"))
    protokoll_docx(os.path.join(outdir, "protokoll-kommunstyrelsen-2024-11-12.docx"))
    nyckeltal_xlsx(os.path.join(outdir, "nyckeltal-2018-2023.xlsx"))
    press_md(os.path.join(outdir, "pressmeddelande-budget-2025.md"))
