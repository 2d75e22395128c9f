"""Hylte kommun: invented but consistent documents."""
import os
from docx import Document
from openpyxl import Workbook
from openpyxl.styles import Font
from common import Doc, fmt, save_docx, save_xlsx, docx_table

POP = 10950
TAX = "22,04"

# ---------------- Resultatbudget (mnkr) ----------------
YEARS = ["Utfall 2023", "Prognos 2024", "Budget 2025", "Plan 2026", "Plan 2027"]
R = {
    "int": [182.4, 176.0, 171.5, 173.2, 175.0],
    "kost": [-1005.8, -1041.3, -1062.7, -1088.4, -1113.9],
    "avs": [-38.6, -41.2, -44.8, -47.5, -49.9],
    "skatt": [652.3, 679.8, 706.4, 731.9, 757.2],
    "gsb": [232.6, 246.1, 258.7, 263.0, 268.4],
    "fint": [4.1, 5.3, 4.0, 3.8, 3.6],
    "fkost": [-9.8, -12.6, -13.9, -15.1, -16.4],
}
R["vnk"] = [round(a + b + c, 1) for a, b, c in zip(R["int"], R["kost"], R["avs"])]
R["vres"] = [round(a + b + c, 1) for a, b, c in zip(R["vnk"], R["skatt"], R["gsb"])]
R["res"] = [round(a + b + c, 1) for a, b, c in zip(R["vres"], R["fint"], R["fkost"])]
R["pct"] = [round(100 * r / (s + g), 1) for r, s, g in zip(R["res"], R["skatt"], R["gsb"])]

# ---------------- Driftbudget per nämnd (mnkr) ----------------
DRIFT = [  # name, budget 2024, budget 2025, plan 2026, plan 2027
    ("Kommunstyrelsen", 94.1, 98.4, 101.2, 103.6),
    ("Barn- och ungdomsnämnden", 341.9, 352.7, 361.0, 369.8),
    ("Omsorgsnämnden", 371.6, 389.5, 401.3, 412.9),
    ("Kultur- och fritidsnämnden", 37.0, 38.2, 39.1, 40.0),
    ("Samhällsbyggnadsnämnden", 44.8, 46.9, 48.0, 49.2),
    ("Miljö- och byggnämnden", 9.3, 9.8, 10.1, 10.3),
    ("Revision, valnämnd och överförmyndare", 3.4, 3.6, 4.3, 3.7),
]
FIN_FORV = [-3.6, -3.1, -2.3, -0.7]

# ---------------- Investeringar (mnkr) ----------------
INV_SKATT = [
    ("Ny förskola Örnen, Hyltebruk", 28.0, 14.5, 0.0),
    ("Renovering Torups skola", 6.5, 12.0, 8.0),
    ("Ombyggnad kök Kinnareds skola", 3.2, 0.0, 0.0),
    ("Gång- och cykelväg Rydöbruk–Hyltebruk", 4.7, 2.1, 0.0),
    ("LED-belysning gator och vägar", 1.8, 1.8, 1.5),
    ("Asfaltering och beläggningsunderhåll", 3.5, 3.5, 3.5),
    ("Hyltebruks simhall, tak och ventilation", 9.6, 0.0, 0.0),
    ("Idrottsplats Unnaryd, konstgräs", 0.0, 5.2, 0.0),
    ("IT-investeringar och digitalisering", 2.4, 2.0, 2.0),
    ("Fordon och maskiner", 1.9, 2.2, 1.6),
    ("Inventarier omsorg, trygghetsboende", 1.2, 0.8, 0.8),
    ("Exploatering Mästocka industriområde", 7.5, 4.0, 2.5),
    ("Lekplatser och parker", 0.9, 0.9, 0.9),
    ("Energieffektivisering kommunala fastigheter", 2.8, 2.8, 2.8),
]
INV_VA = [
    ("Reningsverk Unnaryd, ombyggnad", 11.5, 6.0, 0.0),
    ("Ledningsförnyelse vatten och avlopp", 5.0, 5.0, 5.0),
    ("Reservvattentäkt Landeryd", 2.5, 7.5, 4.0),
    ("Överföringsledning Torup–Hyltebruk", 0.0, 3.0, 9.0),
]

# ---------------- Balansbudget (mnkr) ----------------
B = {
    "mat": [1012.4, 1058.9, 1121.3, 1169.7, 1208.1],
    "fin": [38.2, 38.2, 38.2, 38.2, 38.2],
    "oms": [148.6, 131.2, 118.4, 116.9, 119.5],
    "ek": [512.7, 524.8, 544.0, 564.9, 588.9],
    "avs": [41.3, 43.0, 44.6, 46.1, 47.5],
    "lang": [436.0, 452.0, 480.0, 505.0, 520.0],
}


def _bal():
    tot = [round(a + b + c, 1) for a, b, c in zip(B["mat"], B["fin"], B["oms"])]
    kort = [round(t - e - a - l, 1) for t, e, a, l in zip(tot, B["ek"], B["avs"], B["lang"])]
    return tot, kort


def budget_pdf(path):
    d = Doc("Hylte kommun – Mål och budget 2025–2027", "Hylte kommun")
    d.add_page()
    d.set_font("DV", "B", 26)
    d.ln(40)
    d.multi_cell(0, 14, "Mål och budget 2025–2027")
    d.set_font("DV", "", 14)
    d.multi_cell(0, 8, "Hylte kommun\nAntagen av kommunfullmäktige 2024-11-21, § 112")
    d.ln(10)
    d.p("Dokumentet innehåller kommunfullmäktiges mål, ekonomiska ramar för nämnderna, "
        "resultat-, balans- och investeringsbudget för år 2025 samt plan för åren 2026–2027.")

    d.add_page()
    d.h1("Förord")
    d.p("Hylte kommun står inför ett par år där ekonomin kräver både försiktighet och mod. Befolkningen "
        "har ökat något de senaste åren och vi är i dag drygt 10 900 invånare. Samtidigt blir vi fler "
        "äldre, och behoven inom omsorgen växer snabbare än skatteintäkterna.")
    d.p("Budgeten för 2025 ger ett resultat på 19,2 miljoner kronor, vilket motsvarar 2,0 procent av "
        "skatter och generella statsbidrag. Det är i nivå med vårt finansiella mål. För att nå dit har "
        "nämnderna fått effektiviseringskrav på sammanlagt 14,3 miljoner kronor, varav "
        "omsorgsnämnden svarar för 6,1 miljoner kronor.")
    d.p("Vi fortsätter att investera i framtiden. Den nya förskolan Örnen i Hyltebruk är den största "
        "enskilda investeringen och vi satsar 4,7 miljoner kronor på en ny gång- och cykelväg mellan "
        "Rydöbruk och Hyltebruk. Föreningslivet får ett tillfälligt förstärkt bidrag på 700 000 kronor "
        "under 2025.")
    d.p("Skattesatsen lämnas oförändrad på 22,04 kronor per hundralapp beskattningsbar inkomst.")
    d.p("Jag vill tacka alla medarbetare som varje dag gör skillnad för Hyltes invånare.")
    d.p("Hyltebruk i november 2024\nLena Sandberg (S)\nKommunstyrelsens ordförande")

    d.add_page()
    d.h1("Vision och mål")
    d.p("Hylte kommuns vision är \"Hylte – nära till allt, plats för dig\". Visionen bryts ned i fyra "
        "målområden som gäller för mandatperioden 2023–2026.")
    d.h2("Målområde 1: Livskvalitet och trygghet")
    d.bullets(["Andelen invånare som känner sig trygga i sitt bostadsområde ska öka.",
               "Väntetiden till särskilt boende ska vara högst 60 dagar."])
    d.h2("Målområde 2: Lärande och kunskap")
    d.bullets(["Andelen elever i årskurs 9 som är behöriga till gymnasiets yrkesprogram ska vara minst 85 procent.",
               "Alla barn ska erbjudas förskoleplats inom fyra månader."])
    d.h2("Målområde 3: Hållbar samhällsutveckling")
    d.bullets(["Kommunen ska ha en byggklar tomtreserv för minst 40 bostäder.",
               "Koldioxidutsläppen från kommunens fordon ska minska med 10 procent per år."])
    d.h2("Målområde 4: God ekonomisk hushållning")
    d.bullets(["Årets resultat ska uppgå till minst 2,0 procent av skatter och generella statsbidrag i genomsnitt över en femårsperiod.",
               "Skattefinansierade investeringar ska självfinansieras till minst 70 procent.",
               "Soliditeten inklusive pensionsåtaganden ska inte understiga 20 procent."])

    d.add_page()
    d.h1("Ekonomiska förutsättningar")
    d.p("Budgeten bygger på Sveriges Kommuner och Regioners skatteunderlagsprognos från oktober 2024 och "
        "en befolkning på 10 950 invånare den 1 november 2024. Skatteintäkterna beräknas till 706,4 "
        "miljoner kronor 2025 och de generella statsbidragen och utjämningen till 258,7 miljoner kronor.")
    d.p("Lönerevisionen för 2025 är beräknad till 3,4 procent och kompenseras nämnderna i ramarna. "
        "Prisuppräkningen för övriga kostnader är 2,0 procent. Internräntan är 2,5 procent.")
    d.p("Kommunens pensionsskuld som redovisas utanför balansräkningen, ansvarsförbindelsen, uppgår till "
        "312,6 miljoner kronor och minskar med cirka 9 miljoner kronor per år.")
    d.h2("Besparingar och effektiviseringar")
    d.p("För att klara det finansiella målet har fullmäktige beslutat om effektiviseringar på 14,3 "
        "miljoner kronor. Kravet fördelas i huvudsak i proportion till nämndernas nettokostnader. "
        "Barn- och ungdomsnämnden ska effektivisera 4,9 miljoner kronor, bland annat genom att samla "
        "mellanstadiet i Hyltebruk till en enhet. Omsorgsnämnden ska effektivisera 6,1 miljoner kronor "
        "genom minskat behov av bemanningssjuksköterskor och en översyn av hemtjänstens planering. "
        "Kommunstyrelsen minskar sina kostnader med 2,2 miljoner kronor, bland annat genom att två "
        "vakanta tjänster inte återbesätts.")
    d.p("Samhällsbyggnadsnämnden, kultur- och fritidsnämnden samt miljö- och byggnämnden delar på "
        "resterande 1,1 miljoner kronor.")

    d.add_page()
    d.h1("Resultatbudget")
    d.p("Resultatbudgeten visar kommunens samlade intäkter och kostnader. Årets resultat för 2025 "
        "budgeteras till 19,2 miljoner kronor, och för planåren 2026 och 2027 till 20,9 respektive "
        "24,0 miljoner kronor.")
    rows = []
    lab = [("Verksamhetens intäkter", "1", "int"), ("Verksamhetens kostnader", "2", "kost"),
           ("Avskrivningar", "", "avs"), ("Verksamhetens nettokostnader", "", "vnk"),
           ("Skatteintäkter", "3", "skatt"), ("Generella statsbidrag och utjämning", "4", "gsb"),
           ("Verksamhetens resultat", "", "vres"), ("Finansiella intäkter", "", "fint"),
           ("Finansiella kostnader", "5", "fkost"), ("Resultat efter finansiella poster", "", "res"),
           ("Årets resultat", "", "res")]
    for name, note, k in lab:
        style = "bold" if k in ("vnk", "vres", "res") else ""
        rows.append(([name, note] + [fmt(v) for v in R[k]], style))
    rows.append((["Resultat i % av skatter och bidrag", ""] + [fmt(v) for v in R["pct"]], ""))
    d.table("Tabell 1. Resultatbudget, belopp i mnkr",
            [["", "", "Utfall", "Prognos", "Budget", "Plan", "Plan"],
             ["Mnkr", "Not", "2023", "2024", "2025", "2026", "2027"]],
            rows, [58, 10, 20, 20, 20, 20, 20])

    d.h2("Balansbudget")
    tot, kort = _bal()
    brow = [(["TILLGÅNGAR"] + [""] * 5, "section"),
            (["Materiella anläggningstillgångar"] + [fmt(v) for v in B["mat"]], ""),
            (["Finansiella anläggningstillgångar"] + [fmt(v) for v in B["fin"]], ""),
            (["Omsättningstillgångar"] + [fmt(v) for v in B["oms"]], ""),
            (["Summa tillgångar"] + [fmt(v) for v in tot], "bold"),
            (["EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER"] + [""] * 5, "section"),
            (["Eget kapital"] + [fmt(v) for v in B["ek"]], ""),
            (["därav årets resultat"] + [fmt(v) for v in R["res"]], ""),
            (["Avsättningar för pensioner"] + [fmt(v) for v in B["avs"]], ""),
            (["Långfristiga skulder"] + [fmt(v) for v in B["lang"]], ""),
            (["Kortfristiga skulder"] + [fmt(v) for v in kort], ""),
            (["Summa eget kapital och skulder"] + [fmt(v) for v in tot], "bold"),
            (["Soliditet, %"] + [fmt(100 * e / t) for e, t in zip(B["ek"], tot)], "")]
    d.table("Tabell 2. Balansbudget, belopp i mnkr",
            [["", "Utfall", "Prognos", "Budget", "Plan", "Plan"],
             ["", "2023", "2024", "2025", "2026", "2027"]],
            brow, [70, 20, 20, 20, 20, 20])

    # landscape driftbudget
    d.add_page(orientation="L")
    d.h1("Driftbudget per nämnd")
    d.p("Nämndernas ramar anges som nettokostnad. Kolumnen kr per invånare avser budget 2025 och utgår "
        "från 10 950 invånare.")
    rows = []
    s24 = s25 = s26 = s27 = 0
    for n, b24, b25, p26, p27 in DRIFT:
        s24 += b24; s25 += b25; s26 += p26; s27 += p27
        ch = b25 - b24
        rows.append(([n, fmt(b24), fmt(b25), fmt(ch), fmt(100 * ch / b24), f"{round(b25 * 1e6 / POP):,}".replace(",", " "),
                      fmt(p26), fmt(p27)], ""))
    rows.append((["Summa nämnder", fmt(s24), fmt(s25), fmt(s25 - s24), fmt(100 * (s25 - s24) / s24),
                  f"{round(s25 * 1e6 / POP):,}".replace(",", " "), fmt(s26), fmt(s27)], "bold"))
    f24, f25, f26, f27 = FIN_FORV
    rows.append((["Finansförvaltning¹", fmt(f24), fmt(f25), fmt(f25 - f24), "", "", fmt(f26), fmt(f27)], ""))
    t24, t25, t26, t27 = s24 + f24, s25 + f25, s26 + f26, s27 + f27
    rows.append((["Totalt verksamhetens nettokostnad", fmt(t24), fmt(t25), fmt(t25 - t24), fmt(100 * (t25 - t24) / t24),
                  f"{round(t25 * 1e6 / POP):,}".replace(",", " "), fmt(t26), fmt(t27)], "bold"))
    d.table("Tabell 3. Driftbudget per nämnd (nettokostnad), belopp i mnkr",
            [["", "Budget", "Budget", "Förändring", "Förändring", "Kr per", "Plan", "Plan"],
             ["Nämnd", "2024", "2025", "mnkr", "%", "invånare", "2026", "2027"]],
            rows, [82, 24, 24, 26, 24, 24, 24, 24],
            foot=["¹ Finansförvaltningen omfattar pensionskostnader, PO-pålägg och intern ränta som inte fördelas på nämnderna.",
                  "Revision, valnämnd och överförmyndare: ramen 2026 innehåller valet till riksdag, region och kommun."])
    d.p("Omsorgsnämnden får den största ramökningen, 17,9 miljoner kronor, främst till följd av fler "
        "brukare inom hemtjänsten och ett nytt LSS-boende i Landeryd som öppnar hösten 2025.")

    d.add_page(orientation="P")
    d.h1("Nämndernas uppdrag 2025")
    d.h2("Kommunstyrelsen")
    d.p("Kommunstyrelsen leder och samordnar kommunens verksamhet och ansvarar för näringslivsarbete, "
        "ekonomi, personal, IT och räddningstjänst. Under 2025 ska en ny näringslivsstrategi tas fram och "
        "kommunens e-tjänster utökas. Kommunstyrelsen får 1,5 miljoner kronor för att införa ett nytt "
        "ärendehanteringssystem.")
    d.h2("Barn- och ungdomsnämnden")
    d.p("Nämnden ansvarar för förskola, grundskola, fritidshem, gymnasieskola och vuxenutbildning. Antalet "
        "barn i förskolan väntas öka med cirka 30 barn till hösten 2025 när förskolan Örnen tas i bruk. "
        "Gymnasieeleverna studerar främst i Halmstad, Gislaved och Värnamo; interkommunala ersättningar "
        "budgeteras till 58,3 miljoner kronor.")
    d.h2("Omsorgsnämnden")
    d.p("Omsorgsnämnden ansvarar för äldreomsorg, stöd till personer med funktionsnedsättning, individ- och "
        "familjeomsorg samt hälso- och sjukvård. Nämnden har 196 platser i särskilt boende. Ett nytt "
        "LSS-boende med sex lägenheter öppnar i Landeryd.")
    d.h2("Kultur- och fritidsnämnden")
    d.p("Nämnden ansvarar för bibliotek, fritidsgårdar, idrottsanläggningar och föreningsstöd. Det "
        "förstärkta föreningsbidraget på 700 000 kronor fördelas efter ansökan och gäller endast 2025.")
    d.h2("Samhällsbyggnadsnämnden")
    d.p("Nämnden ansvarar för gator, parker, fastigheter, måltider och lokalvård. VA-verksamheten är "
        "avgiftsfinansierad och redovisas i en egen balansräkning. VA-taxan höjs med 6 procent från den "
        "1 januari 2025.")
    d.h2("Miljö- och byggnämnden")
    d.p("Nämnden handlägger bygglov, miljötillsyn och livsmedelskontroll. Målet är att handläggningstiden "
        "för kompletta bygglovsärenden ska vara högst fem veckor.")

    d.add_page()
    d.h1("Investeringsbudget")
    d.p("Investeringsbudgeten för 2025 uppgår till 93,0 miljoner kronor, varav 19,0 miljoner kronor avser "
        "den avgiftsfinansierade VA-verksamheten. Investeringar som inte genomförts under 2024 kan "
        "ombudgeteras efter beslut i kommunstyrelsen.")
    d.p("Den skattefinansierade investeringsvolymen är hög under 2025 och självfinansieringsgraden beräknas "
        "till 61 procent. Det innebär att kommunen behöver uppta nya lån på 28 miljoner kronor. Under "
        "planperioden minskar investeringsnivån och självfinansieringsgraden väntas nå 90 procent 2027.")
    d.p("Förskolan Örnen har en total projektbudget på 65,0 miljoner kronor. Projektet startade 2024 och "
        "beräknas vara klart i maj 2026.")
    d.ln(60)
    rows = [(["Skattefinansierad verksamhet", "", "", "", ""], "section")]
    ss = [0, 0, 0]
    for n, a, b, c in INV_SKATT:
        ss = [ss[0] + a, ss[1] + b, ss[2] + c]
        rows.append(([n, fmt(a), fmt(b), fmt(c), fmt(a + b + c)], ""))
    rows.append((["Summa skattefinansierat"] + [fmt(v) for v in ss] + [fmt(sum(ss))], "bold"))
    rows.append((["Avgiftsfinansierad verksamhet (VA)", "", "", "", ""], "section"))
    sv = [0, 0, 0]
    for n, a, b, c in INV_VA:
        sv = [sv[0] + a, sv[1] + b, sv[2] + c]
        rows.append(([n, fmt(a), fmt(b), fmt(c), fmt(a + b + c)], ""))
    rows.append((["Summa VA"] + [fmt(v) for v in sv] + [fmt(sum(sv))], "bold"))
    tt = [x + y for x, y in zip(ss, sv)]
    rows.append((["Totalt investeringar"] + [fmt(v) for v in tt] + [fmt(sum(tt))], "bold"))
    d.table("Tabell 4. Investeringsbudget 2025–2027, belopp i mnkr",
            [["Projekt", "Budget 2025", "Plan 2026", "Plan 2027", "Totalt"]],
            rows, [86, 21, 21, 21, 21])

    d.add_page()
    d.h1("Noter till resultatbudgeten")
    d.p("Not 1. Verksamhetens intäkter består av taxor och avgifter, hyror, riktade statsbidrag och "
        "försäljning. De riktade statsbidragen minskar 2025 när flera tillfälliga bidrag upphör.")
    d.p("Not 2. Verksamhetens kostnader omfattar personalkostnader, köp av verksamhet, lokalkostnader och "
        "material. Personalkostnaderna är den största posten och utgör cirka 62 procent.")
    d.p("Not 3. Skatteintäkter enligt SKR:s prognos oktober 2024 med en oförändrad skattesats på 22,04 "
        "kronor.")
    d.p("Not 4. Generella statsbidrag och utjämning omfattar inkomstutjämning, kostnadsutjämning, "
        "regleringsbidrag, LSS-utjämning och fastighetsavgift.")
    d.p("Not 5. Finansiella kostnader avser räntor på lån och ränta på pensionsavsättningar. En "
        "genomsnittlig låneränta på 3,1 procent har använts.")
    d.h2("Känslighetsanalys")
    d.p("En procents förändring av skatteunderlaget motsvarar cirka 7,1 miljoner kronor. En procents "
        "löneökning motsvarar cirka 6,2 miljoner kronor och en förändring av befolkningen med 100 "
        "invånare motsvarar cirka 6,0 miljoner kronor i skatteintäkter och statsbidrag.")
    d.output(path)


def arsred_pdf(path):
    d = Doc("Hylte kommun – Årsredovisning 2024", "Årsredovisning 2024")
    d.add_page()
    d.set_font("DV", "B", 24)
    d.ln(40)
    d.multi_cell(0, 12, "Årsredovisning 2024")
    d.set_font("DV", "", 13)
    d.multi_cell(0, 8, "Hylte kommun\nGodkänd av kommunfullmäktige 2025-04-24")
    d.add_page()
    d.h1("Året i korthet")
    d.p("Hylte kommun redovisar ett resultat för 2024 på 14,8 miljoner kronor, vilket är 2,7 miljoner "
        "kronor bättre än prognosen i budgetdokumentet. Resultatet motsvarar 1,6 procent av skatter och "
        "generella statsbidrag.")
    d.p("Befolkningen ökade med 57 personer till 10 938 invånare den 31 december 2024. Nettoinvesteringarna "
        "uppgick till 81,4 miljoner kronor, vilket är 23,6 miljoner kronor lägre än budgeterat, främst på "
        "grund av att bygget av förskolan Örnen försenades.")
    d.p("Nämnderna redovisar tillsammans ett underskott mot budget på -5,9 miljoner kronor. Omsorgsnämnden "
        "hade det största underskottet medan barn- och ungdomsnämnden redovisade ett överskott.")
    d.h2("Fem år i sammandrag")
    rows = [
        (["Antal invånare 31 dec", "10 612", "10 745", "10 823", "10 881", "10 938"], ""),
        (["Skattesats, kr", "22,04", "22,04", "22,04", "22,04", "22,04"], ""),
        (["Årets resultat, mnkr", "31,5", "28,2", "9,6", "17,2", "14,8"], ""),
        (["Resultat i % av skatter och bidrag", "4,1", "3,5", "1,2", "1,9", "1,6"], ""),
        (["Nettoinvesteringar, mnkr", "62,3", "70,8", "88,1", "94,6", "81,4"], ""),
        (["Soliditet, %", "46,2", "46,0", "44,1", "42,8", "42,1"], ""),
        (["Långfristiga skulder, mnkr", "330,0", "352,0", "398,0", "436,0", "445,0"], ""),
        (["Antal tillsvidareanställda", "1 012", "1 027", "1 041", "1 049", "1 056"], ""),
    ]
    d.table("Tabell 1. Fem år i sammandrag",
            [["", "2020", "2021", "2022", "2023", "2024"]], rows, [62, 21, 21, 21, 21, 21])
    d.add_page()
    d.h1("Resultaträkning")
    rows = [
        (["Verksamhetens intäkter", "1", "182,4", "179,1"], ""),
        (["Verksamhetens kostnader", "2", "-1 005,8", "-1 045,7"], ""),
        (["Avskrivningar", "3", "-38,6", "-40,9"], ""),
        (["Verksamhetens nettokostnader", "", "-862,0", "-907,5"], "bold"),
        (["Skatteintäkter", "4", "652,3", "678,2"], ""),
        (["Generella statsbidrag och utjämning", "5", "232,6", "250,4"], ""),
        (["Verksamhetens resultat", "", "22,9", "21,1"], "bold"),
        (["Finansiella intäkter", "6", "4,1", "5,8"], ""),
        (["Finansiella kostnader", "7", "-9,8", "-12,1"], ""),
        (["Årets resultat", "", "17,2", "14,8"], "bold"),
    ]
    d.table("Resultaträkning, belopp i mnkr",
            [["", "Not", "Utfall 2023", "Utfall 2024"]], rows, [80, 12, 34, 34])
    d.h2("Nämndernas budgetavvikelser")
    d.p("Tabellen visar nämndernas nettokostnader och avvikelse mot budget 2024. Negativt tal betyder "
        "underskott.")
    rows = [
        (["Kommunstyrelsen", "94,1", "92,8", "1,3"], ""),
        (["Barn- och ungdomsnämnden", "341,9", "339,5", "2,4"], ""),
        (["Omsorgsnämnden", "371,6", "382,4", "-10,8"], ""),
        (["Kultur- och fritidsnämnden", "37,0", "36,6", "0,4"], ""),
        (["Samhällsbyggnadsnämnden", "44,8", "44,2", "0,6"], ""),
        (["Miljö- och byggnämnden", "9,3", "9,1", "0,2"], ""),
        (["Revision, valnämnd och överförmyndare", "3,4", "3,4", "0,0"], ""),
        (["Summa nämnder", "902,1", "908,0", "-5,9"], "bold"),
    ]
    d.table("Tabell 2. Nettokostnad och budgetavvikelse per nämnd 2024, mnkr",
            [["Nämnd", "Budget 2024", "Utfall 2024", "Avvikelse"]], rows, [80, 26, 26, 26])
    d.p("Omsorgsnämndens underskott förklaras främst av kostnader för inhyrda sjuksköterskor, 4,2 "
        "miljoner kronor, och placeringar inom individ- och familjeomsorgen.")
    d.add_page()
    d.h1("Investeringar 2024")
    d.p("De största investeringarna under året var förskolan Örnen, 14,0 miljoner kronor, ledningsförnyelse "
        "inom VA, 8,7 miljoner kronor, och ombyggnaden av Hyltebruks sporthall, 7,9 miljoner kronor.")
    d.p("Av den totala investeringsbudgeten på 105,0 miljoner kronor har 81,4 miljoner kronor använts. "
        "Kommunstyrelsen har i mars 2025 beslutat att ombudgetera ej förbrukade medel till 2025.")
    d.h2("Personal")
    d.p("Sjukfrånvaron bland kommunens anställda minskade från 7,4 procent 2023 till 6,9 procent 2024. "
        "Personalomsättningen var 11,2 procent.")
    d.output(path)


def html(path):
    rows = [("Äldreomsorg och funktionsnedsättning", 33, "308,6"), ("Grundskola och fritidshem", 22, "205,9"),
            ("Förskola", 9, "84,2"), ("Gymnasieskola och vuxenutbildning", 7, "65,5"),
            ("Individ- och familjeomsorg", 7, "66,6"), ("Gator, parker och fastigheter", 6, "56,2"),
            ("Kultur och fritid", 4, "38,2"), ("Politik, administration och räddningstjänst", 10, "92,9"),
            ("Miljö, bygg och övrigt", 2, "17,9")]
    trs = "\n".join(f"        <tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in rows)
    s = f"""<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Så används din skatt - Hylte kommun</title>
</head>
<body>
<div id="cookie-banner" class="cookie">
  <p>Vi använder kakor (cookies) för att förbättra webbplatsen. <a href="/om-webbplatsen/kakor">Läs mer om kakor</a></p>
  <button>Godkänn alla</button> <button>Endast nödvändiga</button>
</div>
<header>
  <a href="/" class="logo">Hylte kommun</a>
  <nav>
    <ul>
      <li><a href="/omsorg">Omsorg och stöd</a></li>
      <li><a href="/skola">Förskola och skola</a></li>
      <li><a href="/bygga">Bygga, bo och miljö</a></li>
      <li><a href="/kommun-och-politik">Kommun och politik</a></li>
    </ul>
  </nav>
  <form class="search"><input type="search" placeholder="Sök på webbplatsen"><button>Sök</button></form>
</header>
<nav class="breadcrumbs"><a href="/">Start</a> / <a href="/kommun-och-politik">Kommun och politik</a> / <a href="/kommun-och-politik/ekonomi">Ekonomi</a> / Så används din skatt</nav>
<main>
  <h1>Så används din skatt</h1>
  <p class="ingress">Kommunalskatten i Hylte är 22,04 kronor per hundralapp. Tillsammans med regionskatten till Region Halland på 11,18 kronor blir den totala skattesatsen 33,22 kronor.</p>
  <p>Så här fördelas varje hundralapp i kommunalskatt mellan kommunens verksamheter enligt budget 2025. Tabellen visar också verksamhetens nettokostnad.</p>
  <table>
    <caption>Fördelning av 100 kronor i kommunalskatt, budget 2025</caption>
    <thead>
      <tr><th>Verksamhet</th><th>Kronor av 100</th><th>Nettokostnad 2025, mnkr</th></tr>
    </thead>
    <tbody>
{trs}
    </tbody>
  </table>
  <p>En person som tjänar 30 000 kronor i månaden betalar ungefär 5 900 kronor i månaden i kommunalskatt till Hylte kommun.</p>
  <h2>Vill du veta mer?</h2>
  <p>Läs hela Mål och budget 2025–2027 och årsredovisningen för 2024 under <a href="/kommun-och-politik/ekonomi/styrdokument">Budget och årsredovisning</a>. Har du frågor om kommunens ekonomi kan du kontakta ekonomichef Per Hallberg via kontaktcenter.</p>
  <p class="updated">Senast uppdaterad: 2025-02-14</p>
</main>
<footer>
  <p>Hylte kommun, 314 80 Hyltebruk. Besöksadress: Storgatan 10. Telefon: 0345-180 00</p>
  <ul><li><a href="/tillganglighet">Tillgänglighetsredogörelse</a></li><li><a href="/personuppgifter">Behandling av personuppgifter</a></li><li><a href="/om-webbplatsen/kakor">Kakor</a></li></ul>
</footer>
</body>
</html>
"""
    open(path, "w", encoding="utf-8").write(s)


def protokoll(path):
    doc = Document()
    doc.add_heading("PROTOKOLL", level=1)
    doc.add_paragraph("Kommunstyrelsen, Hylte kommun")
    doc.add_paragraph("Sammanträdesdatum: 2025-03-11")
    doc.add_paragraph("Plats och tid: Kommunhuset, Hyltebruk, kl. 13.00–16.20")
    doc.add_paragraph("Beslutande: Lena Sandberg (S), ordförande, Anders Ek (M), vice ordförande, Karin Bengtsson (C), "
                      "Tobias Nyberg (SD), Maria Holm (S), Jonas Lindqvist (KD), Eva Strand (S), Mikael Falk (SD), Sofia Berg (L)")
    doc.add_paragraph("Justerare: Karin Bengtsson (C)")
    doc.add_heading("§ 41 Ombudgetering av investeringsmedel från 2024 till 2025", level=2)
    doc.add_paragraph("Dnr KS 2025/0087")
    doc.add_paragraph("Ärendebeskrivning: Av investeringsbudgeten för 2024 återstår 23,6 miljoner kronor. "
                      "Förvaltningen föreslår att 18,9 miljoner kronor ombudgeteras till 2025 för projekt som "
                      "har påbörjats men inte slutförts.")
    docx_table(doc, [["Projekt", "Budget 2024, tkr", "Utfall 2024, tkr", "Föreslagen ombudgetering, tkr"],
                     ["Ny förskola Örnen, Hyltebruk", "22 500", "14 000", "8 500"],
                     ["Hyltebruks simhall, tak och ventilation", "5 000", "1 200", "3 800"],
                     ["Reningsverk Unnaryd, ombyggnad", "6 000", "2 900", "3 100"],
                     ["Gång- och cykelväg Rydöbruk–Hyltebruk", "2 500", "1 100", "1 400"],
                     ["Exploatering Mästocka industriområde", "3 000", "1 900", "1 100"],
                     ["Lekplatser och parker", "2 400", "1 400", "0"],
                     ["Summa", "41 400", "22 500", "17 900"]])
    doc.add_paragraph("Under sammanträdet justerades förslaget; den föreslagna ombudgeteringen på 1 000 tkr för Lekplatser och parker utgår "
                      "och den totala ombudgeteringen blir därmed 17,9 miljoner kronor.")
    doc.add_paragraph("Yrkanden: Tobias Nyberg (SD) yrkar att ombudgeteringen för Hyltebruks simhall ska avslås. "
                      "Ordföranden yrkar bifall till förvaltningens justerade förslag.")
    doc.add_paragraph("Beslut: Kommunstyrelsen beslutar att ombudgetera 17 900 tkr från investeringsbudget 2024 "
                      "till investeringsbudget 2025 enligt tabellen ovan.")
    doc.add_paragraph("Reservation: Tobias Nyberg (SD) och Mikael Falk (SD) reserverar sig mot beslutet till förmån "
                      "för eget yrkande.")
    doc.add_heading("§ 42 Borgensram för Hyltebostäder AB", level=2)
    doc.add_paragraph("Dnr KS 2025/0102")
    doc.add_paragraph("Ärendebeskrivning: Hyltebostäder AB planerar att bygga 24 hyreslägenheter i Torup och "
                      "begär att kommunens borgensram höjs från 310 miljoner kronor till 360 miljoner kronor.")
    doc.add_paragraph("Beslut: Kommunstyrelsen föreslår kommunfullmäktige att höja borgensramen för Hyltebostäder "
                      "AB till 360 miljoner kronor. Borgensavgiften ska vara 0,35 procent.")
    doc.add_paragraph("Reservation: Anders Ek (M) och Sofia Berg (L) reserverar sig mot beslutet.")
    doc.add_heading("§ 43 Taxa för ensilage- och plastinsamling", level=2)
    doc.add_paragraph("Dnr KS 2025/0110")
    doc.add_paragraph("Beslut: Kommunstyrelsen beslutar att fastställa avgiften för hämtning av ensilageplast till "
                      "450 kronor per tillfälle från den 1 maj 2025.")
    doc.add_heading("§ 44 Information om ekonomiskt läge", level=2)
    doc.add_paragraph("Ekonomichef Per Hallberg informerar om att prognosen efter februari visar ett resultat för "
                      "2025 på 16,5 miljoner kronor, vilket är 2,7 miljoner kronor lägre än budget. Kommunstyrelsen "
                      "noterar informationen.")
    doc.add_paragraph("Vid protokollet: Annika Roos, nämndsekreterare")
    save_docx(doc, path)


def xlsx(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Befolkning"
    ws.append(["Befolkningsutveckling i Hylte kommun 2018–2024"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(["Antal personer. Källa: SCB, bearbetning Hylte kommun"])
    ws.append([])
    ws.append(["År", "Folkmängd 31 dec", "Födda", "Döda", "Inflyttade", "Utflyttade", "Förändring"])
    data = [(2018, 10540, 112, 131, 612, 549), (2019, 10571, 108, 127, 598, 548),
            (2020, 10612, 104, 139, 601, 525), (2021, 10745, 119, 128, 688, 546),
            (2022, 10823, 101, 135, 654, 542), (2023, 10881, 97, 129, 633, 543),
            (2024, 10938, 95, 124, 628, 542)]
    prev = None
    for y, pop, f, d, i, u in data:
        ch = f - d + i - u
        if prev is not None:
            assert prev + ch == pop, (y, prev, ch, pop)
        ws.append([y, pop, f, d, i, u, ch if prev is not None else None])
        prev = pop
    for c in "ABCDEFG":
        ws.column_dimensions[c].width = 16
    ws2 = wb.create_sheet("Nettokostnad per invånare")
    ws2.append(["Nettokostnad per invånare för vissa verksamheter"])
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.append(["Kronor per invånare"])
    ws2.append(["Verksamhet", 2022, 2023, 2024, "Riket 2024"])
    for r in [("Förskola", 7410, 7655, 7890, 8120), ("Grundskola", 14210, 14880, 15320, 14590),
              ("Gymnasieskola", 5630, 5910, 6080, 5760), ("Äldreomsorg", 22150, 23410, 24670, 20980),
              ("Funktionsnedsättning (LSS)", 7980, 8240, 8510, 7460),
              ("Individ- och familjeomsorg", 5120, 5480, 5890, 4920),
              ("Kultur och fritid", 3320, 3390, 3450, 3610)]:
        ws2.append(list(r))
    ws2.column_dimensions["A"].width = 30
    save_xlsx(wb, path)


def press(path):
    s = """# Hylte kommun redovisar överskott för 2024

**Pressmeddelande, Hylte kommun, 2025-03-27**

Hylte kommun gör ett överskott på 14,8 miljoner kronor för 2024. Det framgår av årsredovisningen som
kommunstyrelsen behandlade i dag. Resultatet är lägre än föregående år, då överskottet blev 17,2
miljoner kronor, men bättre än den prognos som låg till grund för budgeten.

– Vi har hållit i ekonomin under ett tufft år med höga räntor och ökade kostnader inom omsorgen. Att
vi ändå klarar ett överskott ger oss en stabil grund inför den stora förskoleinvesteringen, säger
Lena Sandberg (S), kommunstyrelsens ordförande.

## Några siffror från 2024

- Befolkningen ökade med 57 personer till 10 938 invånare.
- Nettoinvesteringarna blev 81,4 miljoner kronor.
- Sjukfrånvaron minskade till 6,9 procent.
- Omsorgsnämnden redovisade ett underskott på 10,8 miljoner kronor.

Kommunen har under året också fått ett extra statsbidrag för äldreomsorgen på 2,3 miljoner kronor,
som har använts till kompetensutveckling av undersköterskor.

Årsredovisningen behandlas av kommunfullmäktige den 24 april 2025.

**Kontakt:**
Lena Sandberg (S), kommunstyrelsens ordförande, 0345-180 01
Per Hallberg, ekonomichef, 0345-182 40
"""
    open(path, "w", encoding="utf-8").write(s)


def build(out):
    os.makedirs(out, exist_ok=True)
    budget_pdf(os.path.join(out, "mal-och-budget-2025-2027.pdf"))
    arsred_pdf(os.path.join(out, "arsredovisning-2024.pdf"))
    html(os.path.join(out, "sa-anvands-din-skatt.html"))
    protokoll(os.path.join(out, "protokoll-ks-2025-03-11.docx"))
    xlsx(os.path.join(out, "befolkning-och-nyckeltal.xlsx"))
    press(os.path.join(out, "pressmeddelande-arsredovisning-2024.md"))
