"""Vara kommun: documents for dev-muni35 (deterministic)."""
import os

import docx
import openpyxl
from docx.shared import Pt
from openpyxl.styles import Font

from common import Doc, sv, normalize_zip, HTML_CSS

OUT = None
POP_BUDGET = 16400  # planeringsantagande, invånare 2025

# ---------------- data ----------------
YEARS = ["Bokslut 2023", "Budget 2024", "Budget 2025", "Plan 2026", "Plan 2027"]
RB = {
    "int": [168.4, 162.0, 171.5, 174.9, 178.4],
    "kost": [-1232.6, -1268.3, -1318.7, -1352.0, -1387.5],
    "avskr": [-48.2, -52.5, -56.8, -60.4, -63.1],
    "skatt": [852.6, 889.4, 925.3, 955.8, 989.1],
    "gsb": [290.1, 303.7, 318.2, 325.0, 330.4],
    "finint": [6.2, 4.5, 5.0, 5.0, 5.0],
    "finkost": [-9.8, -12.4, -14.1, -15.6, -17.0],
}
RB["vnk"] = [round(a + b + c, 1) for a, b, c in zip(RB["int"], RB["kost"], RB["avskr"])]
RB["vres"] = [round(a + b + c, 1) for a, b, c in zip(RB["vnk"], RB["skatt"], RB["gsb"])]
RB["res"] = [round(a + b + c, 1) for a, b, c in zip(RB["vres"], RB["finint"], RB["finkost"])]
RB["pct"] = [round(100 * r / (s + g), 1) for r, s, g in zip(RB["res"], RB["skatt"], RB["gsb"])]
assert RB["vnk"] == [-1112.4, -1158.8, -1204.0, -1237.5, -1272.2], RB["vnk"]
assert RB["res"] == [26.7, 26.4, 30.4, 32.7, 35.3], RB["res"]

NAMNDER = [
    # name, bokslut 2023, budget 2024, budget 2025
    ("Kommunfullmäktige och revision", 3.6, 3.9, 4.1),
    ("Kommunstyrelsen", 108.9, 112.4, 118.6),
    ("Barn- och utbildningsnämnden", 478.2, 494.8, 512.3),
    ("Vård- och omsorgsnämnden", 366.4, 381.5, 398.7),
    ("Individ- och familjeomsorgsnämnden", 71.3, 69.0, 72.4),
    ("Kultur- och fritidsnämnden", 38.7, 40.1, 41.8),
    ("Samhällsbyggnadsnämnden", 35.2, 37.6, 38.9),
]
FINANS = (10.1, 19.5, 17.2)
SUM_N = [round(sum(n[i] for n in NAMNDER), 1) for i in (1, 2, 3)]
assert SUM_N == [1102.3, 1139.3, 1186.8], SUM_N
TOT_N = [round(s + f, 1) for s, f in zip(SUM_N, FINANS)]
assert TOT_N == [1112.4, 1158.8, 1204.0]

INV = [
    ("Förskola Vedum, ny (6 avdelningar)", "BUN", 32.5, 18.0, 0.0),
    ("Ombyggnad kök Alléskolan", "BUN", 12.0, 0.0, 0.0),
    ("Särskilt boende Kvänum, 40 platser", "VON", 15.0, 45.0, 30.0),
    ("Gång- och cykelväg Vara–Tråvad", "SBN", 6.4, 3.2, 0.0),
    ("Reinvestering gator och belysning", "SBN", 8.5, 8.5, 8.5),
    ("Vara Konserthus, scenteknik", "KFN", 3.8, 0.0, 0.0),
    ("Konstgräsplan Vara sportcentrum", "KFN", 0.0, 7.2, 0.0),
    ("IT-investeringar och digitalisering", "KS", 4.2, 4.0, 4.0),
    ("Exploatering verksamhetsområde Vara norr", "KS", 14.0, 10.0, 6.0),
    ("Övriga reinvesteringar och inventarier", "Alla", 9.6, 9.1, 8.5),
]
INV_SUM = [round(sum(r[i] for r in INV), 1) for i in (2, 3, 4)]
assert INV_SUM == [106.0, 105.0, 57.0], INV_SUM

# balance
BAL = {
    "mat": [1085.3, 1140.1, 1189.3, 1233.9, 1227.8],
    "fin": [62.4] * 5,
    "oms": [215.6, 190.2, 180.4, 175.0, 205.7],
    "ek": [712.5, 738.9, 769.3, 802.0, 837.3],
    "avs": [48.3, 50.1, 52.0, 53.8, 55.5],
    "lang": [410.0, 440.0, 450.0, 460.0, 440.0],
}
BAL["tot"] = [round(a + b + c, 1) for a, b, c in zip(BAL["mat"], BAL["fin"], BAL["oms"])]
BAL["kort"] = [round(t - e - a - l, 1) for t, e, a, l in zip(BAL["tot"], BAL["ek"], BAL["avs"], BAL["lang"])]
BAL["sol"] = [round(100 * e / t, 1) for e, t in zip(BAL["ek"], BAL["tot"])]

# årsredovisning 2023: budget/utfall per nämnd
AR_BUDGET = [3.8, 110.2, 481.0, 352.1, 66.5, 39.0, 36.4]

POP = [  # year, 0-5, 6-15, 16-64, 65-79, 80+
    (2019, 1085, 1932, 8796, 2854, 1325),
    (2020, 1079, 1951, 8802, 2878, 1338),
    (2021, 1091, 1968, 8815, 2894, 1352),
    (2022, 1104, 1985, 8840, 2911, 1375),
    (2023, 1112, 2003, 8861, 2935, 1407),
    (2024, 1098, 2021, 8889, 2961, 1436),
]


def budget_pdf():
    d = Doc("Vara kommun", "Mål och budget 2025 med plan 2026–2027")
    d.no_head = True
    d.add_page()
    d.set_font("DV", "B", 26)
    d.ln(50)
    d.multi_cell(0, 12, "Mål och budget 2025\nmed plan 2026–2027", new_x="LMARGIN", new_y="NEXT")
    d.set_font("DV", "", 13)
    d.ln(6)
    d.multi_cell(0, 7, "Vara kommun\nAntagen av kommunfullmäktige 2024-11-25, § 118\nDnr KS 2024/00231", new_x="LMARGIN", new_y="NEXT")
    d.ln(70)
    d.set_font("DV", "", 9)
    d.multi_cell(0, 5, "Vara kommun, 534 81 Vara. Telefon 0512-310 00. www.vara.se", new_x="LMARGIN", new_y="NEXT")
    d.no_head = False

    d.add_page()
    d.h1("Innehåll")
    d.p("Förord .......... 3\nVision och övergripande mål .......... 4\nOmvärld och planeringsförutsättningar .......... 5\n"
        "Nämndernas uppdrag och ramar .......... 6\nEffektiviseringar och satsningar .......... 8\n"
        "Finansiella mål .......... 9\nResultatbudget .......... 10\nBalansbudget .......... 11\n"
        "Kassaflödesbudget .......... 12\nDriftbudget per nämnd .......... 13\nInvesteringsbudget .......... 14\n"
        "Noter .......... 16")

    d.add_page()
    d.h1("Förord")
    d.p("Vara är en kommun i rörelse. Vi har under de senaste åren haft en stabil befolkningsökning och vid "
        "årsskiftet 2023/2024 hade kommunen 16 318 invånare. Budgeten för 2025 bygger på ett antagande om "
        "16 400 invånare. Fler invånare är positivt, men ställer också krav på förskolor, skolor, bostäder och "
        "en äldreomsorg som klarar en växande grupp över 80 år.")
    d.p("Samtidigt är de ekonomiska förutsättningarna fortsatt ansträngda. Höga pensionskostnader, en inflation "
        "som först under 2024 har börjat sjunka och ett ökat behov inom vård och omsorg gör att vi måste prioritera. "
        "Majoriteten har därför valt att behålla skattesatsen oförändrad på 22,14 kronor per skattekrona och i stället "
        "arbeta med effektiviseringar i alla nämnder.")
    d.p("I budgeten för 2025 satsar vi 4,7 miljoner kronor på fler undersköterskor inom hemtjänsten och på våra "
        "särskilda boenden. Vi avsätter också 700 000 kronor till sommarlovsaktiviteter för barn och unga, så att alla "
        "barn i Vara får möjlighet till en meningsfull sommar. Årets resultat budgeteras till 30,4 miljoner kronor, "
        "vilket motsvarar 2,4 procent av skatteintäkter och generella statsbidrag.")
    d.p("Den största investeringen under planperioden är det nya särskilda boendet i Kvänum med 40 platser. "
        "Byggstart planeras till hösten 2025 och boendet beräknas vara klart för inflyttning 2027. Dessutom bygger vi "
        "en ny förskola i Vedum med sex avdelningar.")
    d.p("Jag vill tacka alla medarbetare i Vara kommun för ett fantastiskt arbete. Tillsammans gör vi Vara till en "
        "ännu bättre plats att leva, bo och verka i.")
    d.p("Henrik Ljunggren (C)\nKommunstyrelsens ordförande")

    d.add_page()
    d.h1("Vision och övergripande mål")
    d.p("Kommunfullmäktige har antagit visionen \"Vara – den naturliga mötesplatsen i Skaraborg\". Visionen "
        "konkretiseras i fyra målområden som gäller för mandatperioden 2023–2026. Varje nämnd bryter ned målen till "
        "egna nämndmål med indikatorer som följs upp i delårsrapport och årsredovisning.")
    d.h3("Målområde 1: Livslångt lärande")
    d.p("Andelen elever i årskurs 9 som är behöriga till gymnasieskolans yrkesprogram ska öka från 82 procent "
        "läsåret 2023/24 till minst 87 procent läsåret 2026/27.")
    d.h3("Målområde 2: Trygg vård och omsorg")
    d.p("Brukarnas nöjdhet med hemtjänsten ska vara minst 90 procent. Antalet personer som en hemtjänsttagare "
        "möter under 14 dagar ska minska till högst 12.")
    d.h3("Målområde 3: Hållbar samhällsutveckling")
    d.p("Minst 60 nya bostäder ska färdigställas per år under planperioden. Kommunens egna fordon ska vara "
        "fossilfria senast 2027.")
    d.h3("Målområde 4: Attraktiv arbetsgivare")
    d.p("Sjukfrånvaron bland kommunens medarbetare ska sänkas till högst 6,5 procent. Andelen heltidsanställda "
        "ska vara minst 85 procent.")

    d.add_page()
    d.h1("Omvärld och planeringsförutsättningar")
    d.p("Budgeten bygger på Sveriges Kommuner och Regioners (SKR) skatteunderlagsprognos från oktober 2024. "
        "Skatteunderlaget beräknas växa med 4,1 procent 2025 och 3,5 procent 2026. Skatteintäkter och generella "
        "statsbidrag och utjämning beräknas till sammanlagt 1 243,5 miljoner kronor 2025.")
    d.p("Löneökningarna beräknas till 3,4 procent per år. Prisökningar för övriga kostnader har räknats upp med "
        "2,0 procent. Internräntan för kapitalkostnader är 2,5 procent.")
    d.p("Pensionskostnaderna ökar kraftigt under 2025 till följd av det nya pensionsavtalet AKAP-KR och beräknas "
        "bli 9,8 miljoner kronor högre än 2024. Ökningen hanteras centralt under finansförvaltningen.")
    d.p("Befolkningen förväntas öka med cirka 80 personer per år. Antalet invånare över 80 år har ökat med drygt "
        "100 personer sedan 2019, vilket är den största enskilda orsaken till ökade kostnader inom vård- och "
        "omsorgsnämnden.")

    d.add_page()
    d.h1("Nämndernas uppdrag och ramar")
    d.p("Nedan beskrivs kortfattat nämndernas uppdrag och de viktigaste förändringarna i ramarna för 2025. Samtliga "
        "belopp avser nettokostnader. Den fullständiga driftbudgeten redovisas på sidan 13.")
    d.h3("Kommunstyrelsen")
    d.p("Kommunstyrelsen leder och samordnar kommunens verksamhet och ansvarar för bland annat ekonomi, personal, "
        "IT, näringsliv och räddningstjänst. Ramen ökar med 6,2 miljoner kronor, främst till följd av ökade "
        "licenskostnader och en ny tjänst som säkerhetssamordnare.")
    d.h3("Barn- och utbildningsnämnden")
    d.p("Barn- och utbildningsnämnden ansvarar för förskola, grundskola, fritidshem, gymnasieskola och "
        "vuxenutbildning. Ramen för 2025 uppgår till 512,3 miljoner kronor. Nämnden ska samtidigt genomföra "
        "effektiviseringar om 6,5 miljoner kronor, bland annat genom samordning av skolskjutsar och en översyn av "
        "lokalanvändningen.")
    d.h3("Vård- och omsorgsnämnden")
    d.p("Vård- och omsorgsnämnden ansvarar för äldreomsorg, hemsjukvård och stöd till personer med "
        "funktionsnedsättning. Nämnden har haft stora underskott under 2023 och ramen förstärks med 17,2 miljoner "
        "kronor till 398,7 miljoner kronor 2025.")
    d.h3("Individ- och familjeomsorgsnämnden")
    d.p("Nämnden ansvarar för socialtjänstens individ- och familjeomsorg, försörjningsstöd och "
        "arbetsmarknadsinsatser. Kostnaderna för försörjningsstöd har minskat och ramen för 2025 är 72,4 miljoner "
        "kronor.")

    d.add_page()
    d.h3("Kultur- och fritidsnämnden")
    d.p("Kultur- och fritidsnämnden ansvarar för bibliotek, kulturskola, fritidsgårdar, idrottsanläggningar och "
        "Vara Konserthus. Ramen ökar med 1,7 miljoner kronor, varav 700 000 kronor avser sommarlovsaktiviteter.")
    d.h3("Samhällsbyggnadsnämnden")
    d.p("Samhällsbyggnadsnämnden ansvarar för plan- och bygglov, miljö- och hälsoskydd, gator, parker och "
        "kommunens fastigheter. Ramen för 2025 är 38,9 miljoner kronor.")
    d.h3("Kommunfullmäktige och revision")
    d.p("Ramen omfattar kommunfullmäktiges arvoden, valnämnd, överförmyndare och revision och uppgår till 4,1 "
        "miljoner kronor.")
    d.h3("Kommunala bolag")
    d.p("Kommunen äger Vara Bostäder AB och Vara Energi AB genom Vara Kommunföretag AB. Bolagen ingår inte i "
        "kommunens budget men i den sammanställda redovisningen i årsredovisningen.")

    d.add_page()
    d.h1("Effektiviseringar och satsningar")
    d.p("För att klara de ekonomiska målen genomförs effektiviseringar om totalt 14,3 miljoner kronor under 2025. "
        "Den största delen, 6,5 miljoner kronor, genomförs inom barn- och utbildningsnämnden. Vård- och "
        "omsorgsnämnden ska effektivisera för 4,0 miljoner kronor genom ett nytt planeringssystem i hemtjänsten, "
        "och kommunstyrelsen för 2,3 miljoner kronor genom minskade konsultkostnader. Övriga nämnder "
        "effektiviserar för sammanlagt 1,5 miljoner kronor.")
    d.p("Samtidigt görs riktade satsningar:")
    d.p("• 4,7 miljoner kronor till fler undersköterskor inom äldreomsorgen.\n"
        "• 700 000 kronor till sommarlovsaktiviteter för barn och unga.\n"
        "• 1,2 miljoner kronor till ett utökat familjecentrum i Vara tätort.\n"
        "• 450 000 kronor till en kampanj för att rekrytera fler familjehem.")

    d.add_page()
    d.h1("Finansiella mål")
    d.p("Kommunfullmäktige har fastställt tre finansiella mål för god ekonomisk hushållning:")
    d.p("1. Årets resultat ska uppgå till minst 2,0 procent av skatteintäkter och generella statsbidrag.\n"
        "2. Investeringar i skattefinansierad verksamhet ska finansieras med egna medel till minst 70 procent "
        "under planperioden.\n"
        "3. Soliditeten ska vara minst 50 procent.")
    d.p("Med ett budgeterat resultat på 30,4 miljoner kronor 2025 uppnås det första målet. Under perioden "
        "2025–2027 investeras totalt 268,0 miljoner kronor. Den egna finansieringen av investeringarna beräknas "
        "till 74 procent.")

    # Resultatbudget
    d.add_page()
    d.h1("Resultatbudget")
    d.caption("Belopp i mnkr")
    w = [58, 10, 20, 20, 20, 21, 21]
    hdr = [["", "Not", "Bokslut", "Budget", "Budget", "Plan", "Plan"],
           ["", "", "2023", "2024", "2025", "2026", "2027"]]

    def r(label, key, note="", style=""):
        return (style, [label, note] + [sv(v) for v in RB[key]])
    rows = [
        r("Verksamhetens intäkter", "int", "1"),
        r("Verksamhetens kostnader", "kost", "2"),
        r("Avskrivningar", "avskr", "3"),
        r("Verksamhetens nettokostnader", "vnk", "", "B"),
        r("Skatteintäkter", "skatt", "4"),
        r("Generella statsbidrag och utjämning", "gsb", "4"),
        r("Verksamhetens resultat", "vres", "", "B"),
        r("Finansiella intäkter", "finint", "5"),
        r("Finansiella kostnader", "finkost", "5"),
        r("Resultat efter finansiella poster", "res", "", "B"),
        ("B", ["Årets resultat", ""] + [sv(v) for v in RB["res"]]),
        ("", ["Resultat i % av skatter och bidrag", ""] + [sv(v) for v in RB["pct"]]),
    ]
    d.table(hdr, rows, w)
    d.footnote("Not: Bokslut 2023 avser kommunen exklusive bolag. Budget 2024 avser den av fullmäktige "
               "antagna budgeten.")
    d.p("Verksamhetens nettokostnader ökar med 45,2 miljoner kronor mellan budget 2024 och budget 2025, "
        "motsvarande 3,9 procent. Skatteintäkterna ökar med 35,9 miljoner kronor.")

    # Balansbudget
    d.add_page()
    d.h1("Balansbudget")
    d.caption("Belopp i mnkr")
    hdr = [["", "Bokslut", "Budget", "Budget", "Plan", "Plan"],
           ["", "2023", "2024", "2025", "2026", "2027"]]
    w = [70, 20, 20, 20, 20, 20]

    def b(label, key, style=""):
        return (style, [label] + [sv(v) for v in BAL[key]])
    rows = [
        ("S", ["Tillgångar"]),
        b("Materiella anläggningstillgångar", "mat"),
        b("Finansiella anläggningstillgångar", "fin"),
        b("Omsättningstillgångar", "oms"),
        b("Summa tillgångar", "tot", "B"),
        ("S", ["Eget kapital, avsättningar och skulder"]),
        b("Eget kapital", "ek"),
        b("Avsättningar för pensioner", "avs"),
        b("Långfristiga skulder", "lang"),
        b("Kortfristiga skulder", "kort"),
        b("Summa eget kapital och skulder", "tot", "B"),
        ("", ["Soliditet, %"] + [sv(v) for v in BAL["sol"]]),
    ]
    d.table(hdr, rows, w)
    d.p("Soliditeten beräknas till " + sv(BAL["sol"][2]) + " procent vid utgången av 2025. Långfristiga skulder "
        "ökar med 10,0 miljoner kronor under 2025 genom nyupplåning för investeringarna i Kvänum och Vedum.")

    # Kassaflöde
    d.add_page()
    d.h1("Kassaflödesbudget")
    d.caption("Belopp i mnkr")
    hdr = [["", "Budget 2025", "Plan 2026", "Plan 2027"]]
    w = [90, 26, 26, 26]
    res = RB["res"][2:]
    avs = [56.8, 60.4, 63.1]
    ovr = [1.9, 1.8, 1.7]
    lop = [round(a + b2 + c, 1) for a, b2, c in zip(res, avs, ovr)]
    inv = [-x for x in INV_SUM]
    fors = [1.5, 1.0, 1.0]
    invv = [round(a + b2, 1) for a, b2 in zip(inv, fors)]
    lan = [10.0, 10.0, -20.0]
    kf = [round(a + b2 + c, 1) for a, b2, c in zip(lop, invv, lan)]
    rows = [
        ("S", ["Den löpande verksamheten"]),
        ("", ["Årets resultat"] + [sv(v) for v in res]),
        ("", ["Justering för av- och nedskrivningar"] + [sv(v) for v in avs]),
        ("", ["Justering för avsättningar och övriga poster"] + [sv(v) for v in ovr]),
        ("B", ["Medel från den löpande verksamheten"] + [sv(v) for v in lop]),
        ("S", ["Investeringsverksamheten"]),
        ("", ["Investering i materiella anläggningstillgångar"] + [sv(v) for v in inv]),
        ("", ["Försäljning av materiella anläggningstillgångar"] + [sv(v) for v in fors]),
        ("B", ["Kassaflöde från investeringsverksamheten"] + [sv(v) for v in invv]),
        ("S", ["Finansieringsverksamheten"]),
        ("", ["Nyupptagna lån / amortering, netto"] + [sv(v) for v in lan]),
        ("B", ["Årets kassaflöde"] + [sv(v) for v in kf]),
    ]
    d.table(hdr, rows, w)

    # Driftbudget
    d.add_page()
    d.h1("Driftbudget per nämnd")
    d.caption("Nettokostnad, belopp i mnkr (kolumnen längst till höger i kronor per invånare)")
    hdr = [["Nämnd", "Bokslut", "Budget", "Budget", "Förändring", "Förändring", "kr per inv."],
           ["", "2023", "2024", "2025", "mnkr", "%", "2025"]]
    w = [58, 16, 16, 16, 20, 20, 24]
    rows = []
    for name, a, bb, c in NAMNDER:
        ch = round(c - bb, 1)
        rows.append(("", [name, sv(a), sv(bb), sv(c), sv(ch), sv(100 * ch / bb), sv(c * 1e6 / POP_BUDGET, 0)]))
    ch = round(SUM_N[2] - SUM_N[1], 1)
    rows.append(("B", ["Summa nämnder", sv(SUM_N[0]), sv(SUM_N[1]), sv(SUM_N[2]), sv(ch), sv(100 * ch / SUM_N[1]),
                       sv(SUM_N[2] * 1e6 / POP_BUDGET, 0)]))
    ch = round(FINANS[2] - FINANS[1], 1)
    rows.append(("", ["Finansförvaltning och gemensamma poster¹", sv(FINANS[0]), sv(FINANS[1]), sv(FINANS[2]), sv(ch),
                      sv(100 * ch / FINANS[1]), sv(FINANS[2] * 1e6 / POP_BUDGET, 0)]))
    ch = round(TOT_N[2] - TOT_N[1], 1)
    rows.append(("B", ["Verksamhetens nettokostnader", sv(TOT_N[0]), sv(TOT_N[1]), sv(TOT_N[2]), sv(ch),
                       sv(100 * ch / TOT_N[1]), sv(TOT_N[2] * 1e6 / POP_BUDGET, 0)]))
    d.table(hdr, rows, w, size=8)
    d.footnote("¹ Finansförvaltningen omfattar pensionskostnader utöver PO-pålägg, löneökningsreserv och "
               "kommunstyrelsens ofördelade reserv om 5,0 mnkr.\n"
               "Kronor per invånare är beräknat på 16 400 invånare.")

    # Investeringsbudget (placed so that it continues over the page break)
    d.add_page()
    d.h1("Investeringsbudget")
    d.p("Investeringsbudgeten för 2025 uppgår till 106,0 miljoner kronor. För hela planperioden 2025–2027 "
        "uppgår investeringarna till 268,0 miljoner kronor. Projekt som inte har påbörjats under budgetåret "
        "kan ombudgeteras efter beslut i kommunstyrelsen.")
    d.p("Det särskilda boendet i Kvänum är periodens största projekt med en total utgift om 90,0 miljoner kronor. "
        "Förskolan i Vedum beräknas kosta 50,5 miljoner kronor och ska stå klar till hösten 2026. "
        "Ombyggnaden av köket på Alléskolan genomförs under sommaren 2025.")
    d.p("Exploateringen av verksamhetsområdet Vara norr omfattar gator, vatten- och avloppsledningar och "
        "dagvattenhantering. Utgifterna beräknas till 30,0 miljoner kronor under perioden och förväntas till "
        "stor del återbetalas genom tomtförsäljning.")
    d.p("Reinvesteringar i gator och belysning omfattar bland annat byte till LED-armaturer och "
        "beläggningsarbeten. Övriga reinvesteringar avser inventarier, fordon och mindre lokalanpassningar.")
    d.set_y(max(d.get_y() + 4, 226))
    d.caption("Belopp i mnkr")
    hdr = [["Projekt", "Nämnd", "Budget", "Plan", "Plan", "Totalt"],
           ["", "", "2025", "2026", "2027", "2025–2027"]]
    w = [70, 16, 20, 20, 20, 24]
    rows = []
    for name, nm, a, bb, c in INV:
        rows.append(("", [name, nm, sv(a), sv(bb), sv(c), sv(a + bb + c)]))
    rows.append(("B", ["Summa investeringar", "", sv(INV_SUM[0]), sv(INV_SUM[1]), sv(INV_SUM[2]), sv(sum(INV_SUM))]))
    d.table(hdr, rows, w, aligns=["L", "L", "R", "R", "R", "R"])
    d.footnote("BUN = barn- och utbildningsnämnden, VON = vård- och omsorgsnämnden, SBN = samhällsbyggnadsnämnden, "
               "KFN = kultur- och fritidsnämnden, KS = kommunstyrelsen.")

    d.add_page()
    d.h1("Noter")
    d.p("Not 1. Verksamhetens intäkter består av taxor och avgifter, hyror, statsbidrag och försäljning av "
        "verksamhet. Riktade statsbidrag beräknas till 78,2 miljoner kronor 2025.")
    d.p("Not 2. Verksamhetens kostnader består av personalkostnader, lokalkostnader, köp av verksamhet och "
        "övriga kostnader. Personalkostnaderna utgör cirka 62 procent.")
    d.p("Not 3. Avskrivningar görs linjärt över tillgångens beräknade nyttjandeperiod. Komponentavskrivning "
        "tillämpas för byggnader.")
    d.p("Not 4. Skatteintäkter och generella statsbidrag är beräknade enligt SKR:s prognos från oktober 2024 "
        "med en skattesats på 22,14 kronor.")
    d.p("Not 5. Finansiella kostnader avser främst räntor på långfristiga lån. Genomsnittlig låneränta "
        "beräknas till 3,1 procent 2025.")
    d.output(os.path.join(OUT, "vara-mal-och-budget-2025.pdf"))
    return d.page_no()


def ar_pdf():
    d = Doc("Vara kommun – Årsredovisning 2023", "Förvaltningsberättelse")
    d.no_head = True
    d.add_page()
    d.set_font("DV", "B", 28)
    d.ln(60)
    d.multi_cell(0, 13, "Årsredovisning 2023", new_x="LMARGIN", new_y="NEXT")
    d.set_font("DV", "", 13)
    d.multi_cell(0, 7, "Vara kommun\nGodkänd av kommunfullmäktige 2024-04-22", new_x="LMARGIN", new_y="NEXT")
    d.no_head = False
    d.add_page()
    d.h1("Kommunstyrelsens ordförande har ordet")
    d.p("2023 blev ett år då kostnaderna steg snabbare än intäkterna. Trots det redovisar Vara kommun ett "
        "positivt resultat på 26,7 miljoner kronor. Resultatet motsvarar 2,3 procent av skatteintäkter och "
        "generella statsbidrag, vilket innebär att det finansiella målet om 2,0 procent nås.")
    d.p("Vård- och omsorgsnämnden redovisar ett underskott på – 14,3 miljoner kronor, främst på grund av ökade "
        "kostnader för bemanningssjuksköterskor och fler brukare med omfattande behov. Individ- och "
        "familjeomsorgsnämnden redovisar ett underskott på – 4,8 miljoner kronor till följd av fler "
        "placeringar av barn och unga.")
    d.p("Under året invigdes den nya sporthallen i Kvänum och vi beslutade om byggandet av en ny förskola i Vedum.")
    d.p("Henrik Ljunggren (C)\nKommunstyrelsens ordförande")
    d.add_page()
    d.h1("Året i korthet")
    d.p("• Befolkningen ökade med 103 personer till 16 318 invånare den 31 december 2023.\n"
        "• Skattesatsen var 22,14 kronor.\n"
        "• Investeringarna uppgick till 88,6 miljoner kronor.\n"
        "• Sjukfrånvaron bland medarbetarna var 7,2 procent.\n"
        "• Kostnaderna för försörjningsstöd uppgick till 18,6 miljoner kronor.\n"
        "• Kommunen hade 1 482 tillsvidareanställda medarbetare vid årets slut.")
    d.h2("Femårsöversikt")
    hdr = [["", "2019", "2020", "2021", "2022", "2023"]]
    w = [62, 21, 21, 21, 21, 21]
    rows = [
        ("", ["Antal invånare 31 dec", "15 992", "16 048", "16 120", "16 215", "16 318"]),
        ("", ["Skattesats, kr", "22,14", "22,14", "22,14", "22,14", "22,14"]),
        ("", ["Årets resultat, mnkr", "21,4", "44,9", "52,3", "31,8", "26,7"]),
        ("", ["Resultat i % av skatter och bidrag", "2,3", "4,6", "5,1", "2,9", "2,3"]),
        ("", ["Nettoinvesteringar, mnkr", "64,2", "71,5", "59,8", "95,3", "88,6"]),
        ("", ["Soliditet, %", "49,8", "51,2", "52,9", "52,5", "52,3"]),
        ("", ["Långfristiga skulder, mnkr", "355,0", "360,0", "370,0", "395,0", "410,0"]),
    ]
    d.table(hdr, rows, w)
    d.footnote("Soliditet inklusive hela pensionsåtagandet. Uppgifterna avser kommunen exklusive bolag.")
    d.add_page()
    d.h1("Nämndernas ekonomiska utfall")
    d.p("Nämnderna redovisar sammantaget ett underskott mot budget på 13,3 miljoner kronor. Underskotten inom "
        "vård- och omsorgsnämnden och individ- och familjeomsorgsnämnden vägs delvis upp av överskott inom övriga "
        "nämnder och av en positiv avvikelse för skatteintäkterna.")
    d.caption("Belopp i mnkr. Negativ avvikelse innebär underskott.")
    hdr = [["Nämnd", "Budget 2023", "Utfall 2023", "Avvikelse"]]
    w = [76, 30, 30, 30]
    rows = []
    for (name, utf, _, _), bud in zip(NAMNDER, AR_BUDGET):
        rows.append(("", [name, sv(bud), sv(utf), sv(bud - utf, neg="– ")]))
    rows.append(("B", ["Summa nämnder", sv(sum(AR_BUDGET)), sv(SUM_N[0]), sv(sum(AR_BUDGET) - SUM_N[0], neg="– ")]))
    d.table(hdr, rows, w)
    d.p("Barn- och utbildningsnämnden redovisar ett överskott på 2,8 miljoner kronor, bland annat till följd av "
        "vakanta tjänster och lägre kostnader för interkommunala ersättningar. Kommunstyrelsen redovisar ett "
        "överskott på 1,3 miljoner kronor.")
    d.add_page()
    d.h1("Resultaträkning")
    d.caption("Belopp i mnkr")
    hdr = [["", "Not", "2022", "2023"]]
    w = [86, 14, 30, 30]
    rows = [
        ("", ["Verksamhetens intäkter", "1", "159,8", "168,4"]),
        ("", ["Verksamhetens kostnader", "2", "-1 151,9", "-1 232,6"]),
        ("", ["Avskrivningar", "3", "-45,1", "-48,2"]),
        ("B", ["Verksamhetens nettokostnader", "", "-1 037,2", "-1 112,4"]),
        ("", ["Skatteintäkter", "4", "812,3", "852,6"]),
        ("", ["Generella statsbidrag och utjämning", "5", "259,4", "290,1"]),
        ("B", ["Verksamhetens resultat", "", "34,5", "30,3"]),
        ("", ["Finansiella intäkter", "6", "4,1", "6,2"]),
        ("", ["Finansiella kostnader", "7", "-6,8", "-9,8"]),
        ("B", ["Årets resultat", "", "31,8", "26,7"]),
    ]
    d.table(hdr, rows, w)
    d.h2("Personal")
    d.p("Sjukfrånvaron minskade från 7,9 procent 2022 till 7,2 procent 2023. Andelen heltidsanställda var "
        "81 procent. Personalkostnaderna uppgick till 768,4 miljoner kronor.")
    d.output(os.path.join(OUT, "vara-arsredovisning-2023.pdf"))


def html_page():
    tax_rows = [("Vara kommun", "22,14"), ("Västra Götalandsregionen", "11,48"),
                ("Summa (exklusive kyrkoavgift och begravningsavgift)", "33,62")]
    hundra = [("Förskola, skola och vuxenutbildning", 41), ("Äldreomsorg och stöd till personer med funktionsnedsättning", 32),
              ("Gemensam administration, räddningstjänst och näringsliv", 10), ("Individ- och familjeomsorg", 6),
              ("Kultur och fritid", 4), ("Gator, parker och samhällsplanering", 3), ("Övrigt, bland annat pensioner", 4)]
    assert sum(h[1] for h in hundra) == 100
    tr = "\n".join(f"<tr><td>{a}</td><td class=\"num\">{b}</td></tr>" for a, b in tax_rows)
    hr = "\n".join(f"<tr><td>{a}</td><td class=\"num\">{b}</td></tr>" for a, b in hundra)
    html = f"""<!DOCTYPE html>
<html lang="sv">
<head><meta charset="utf-8"><title>Så används din skatt - Vara kommun</title>
<style>{HTML_CSS}</style></head>
<body>
<div class="cookie" id="cookie-banner">Vi använder kakor (cookies) för att förbättra webbplatsen. <button>Godkänn alla</button> <button>Endast nödvändiga</button> <a href="/om-webbplatsen/kakor">Läs mer om kakor</a></div>
<header>
<a href="/">Vara kommun</a>
<nav><ul>
<li><a href="/barn-och-utbildning">Barn och utbildning</a></li>
<li><a href="/omsorg-och-stod">Omsorg och stöd</a></li>
<li><a href="/bygga-bo-och-miljo">Bygga, bo och miljö</a></li>
<li><a href="/kultur-och-fritid">Kultur och fritid</a></li>
<li><a href="/kommun-och-politik">Kommun och politik</a></li>
</ul></nav>
<form action="/sok"><input type="search" name="q" placeholder="Sök på vara.se"></form>
</header>
<main>
<p class="breadcrumb">Startsida / Kommun och politik / Ekonomi / Så används din skatt</p>
<h1>Så används din skatt</h1>
<p class="ingress">Den kommunala skatten är Vara kommuns största inkomstkälla. Här kan du se hur mycket du betalar i skatt och vad pengarna går till.</p>
<h2>Skattesats 2025</h2>
<p>Skattesatsen i Vara kommun är oförändrad 2025. Kommunfullmäktige beslutade den 25 november 2024 att behålla skattesatsen på 22,14 kronor per hundra kronor beskattningsbar inkomst.</p>
<table>
<caption>Skattesats 2025, kronor per 100 kronor</caption>
<thead><tr><th>Skattemottagare</th><th>Skattesats</th></tr></thead>
<tbody>
{tr}
</tbody></table>
<h2>Vad går hundralappen till?</h2>
<p>Så här fördelas varje hundralapp du betalar i kommunalskatt till Vara kommun enligt budgeten för 2025. Den största delen går till förskola och skola.</p>
<table>
<caption>Fördelning av 100 kronor i kommunalskatt, budget 2025</caption>
<thead><tr><th>Verksamhet</th><th>Kronor</th></tr></thead>
<tbody>
{hr}
</tbody></table>
<p>Om du tjänar 30 000 kronor i månaden betalar du cirka 5 900 kronor i kommunalskatt till Vara kommun varje månad, efter grundavdrag.</p>
<h2>Mer information</h2>
<p>Läs mer i kommunens Mål och budget 2025 och i årsredovisningen för 2023. Har du frågor om kommunens ekonomi är du välkommen att kontakta ekonomiavdelningen via kommunens kontaktcenter.</p>
<p class="meta">Publicerad: 2025-01-15<br>Senast uppdaterad: 2025-02-03</p>
</main>
<footer>
<p>Vara kommun, 534 81 Vara. Besöksadress: Torggatan 19. Telefon: 0512-310 00. E-post: kommun@vara.se</p>
<p><a href="/om-webbplatsen/tillganglighet">Tillgänglighetsredogörelse</a> | <a href="/om-webbplatsen/kakor">Kakor</a> | <a href="/om-webbplatsen/personuppgifter">Personuppgifter</a></p>
</footer>
</body></html>
"""
    with open(os.path.join(OUT, "vara-sa-anvands-din-skatt.html"), "w", encoding="utf-8") as f:
        f.write(html)


def protokoll_docx():
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    doc.core_properties.author = "Kommunstyrelsens förvaltning"
    doc.core_properties.title = "Sammanträdesprotokoll kommunstyrelsen 2024-10-28"
    doc.add_heading("SAMMANTRÄDESPROTOKOLL", level=1)
    doc.add_paragraph("Kommunstyrelsen, Vara kommun")
    doc.add_paragraph("Sammanträdesdatum: 2024-10-28")
    doc.add_paragraph("Plats och tid: Kommunhuset, sammanträdesrum Vara, kl. 08.30–12.15")
    doc.add_paragraph("Beslutande: Henrik Ljunggren (C), ordförande; Anna-Karin Berg (M), förste vice ordförande; "
                      "Peter Sjödin (S), andre vice ordförande; Elin Ryd (KD); Johan Almqvist (SD); Lars Tornberg (S); "
                      "Maria Wallin (L); Ove Carlsson (C); Sofia Ek (S); Tommy Hult (SD); Karin Nyberg (M)")
    doc.add_paragraph("Övriga närvarande: Jessica Ström, kommundirektör; Mikael Grahn, ekonomichef; "
                      "Linda Fransson, nämndsekreterare")
    doc.add_paragraph("Justerare: Peter Sjödin (S)")
    doc.add_paragraph("Paragrafer: §§ 140–144")

    doc.add_heading("§ 140 Val av justerare", level=2)
    doc.add_paragraph("Kommunstyrelsen beslutar att utse Peter Sjödin (S) att jämte ordföranden justera dagens protokoll.")

    doc.add_heading("§ 141 Delårsrapport per augusti 2024", level=2)
    doc.add_paragraph("Dnr KS 2024/00198")
    doc.add_paragraph("Ekonomichef Mikael Grahn redogör för delårsrapporten. Resultatet för perioden januari–augusti "
                      "uppgår till 41,2 miljoner kronor och prognosen för helåret är ett resultat på 21,8 miljoner "
                      "kronor, vilket är 4,6 miljoner kronor lägre än budget.")
    doc.add_paragraph("Beslut: Kommunstyrelsen föreslår kommunfullmäktige att godkänna delårsrapporten.")

    doc.add_heading("§ 142 Mål och budget 2025 med plan 2026–2027", level=2)
    doc.add_paragraph("Dnr KS 2024/00231")
    doc.add_paragraph("Ärendebeskrivning: Majoriteten (C, M, KD, L) har tagit fram ett förslag till Mål och budget 2025 "
                      "med plan 2026–2027. Förslaget innebär en oförändrad skattesats på 22,14 kronor, ett "
                      "budgeterat resultat på 30,4 miljoner kronor och investeringar om 106,0 miljoner kronor 2025. "
                      "Socialdemokraterna har lämnat ett eget budgetförslag med en skattesats på 22,39 kronor.")
    doc.add_paragraph("Yrkanden: Henrik Ljunggren (C) yrkar bifall till majoritetens förslag. Peter Sjödin (S) yrkar "
                      "bifall till Socialdemokraternas förslag. Johan Almqvist (SD) yrkar bifall till majoritetens "
                      "förslag med tillägg att 2,0 miljoner kronor omfördelas till vård- och omsorgsnämnden.")
    doc.add_paragraph("Omröstning begärs och genomförs. Majoritetens förslag vinner med 7 röster mot 4.")
    doc.add_paragraph("Beslut: Kommunstyrelsen föreslår kommunfullmäktige att anta Mål och budget 2025 med plan "
                      "2026–2027, att fastställa skattesatsen för 2025 till 22,14 kronor, samt att fastställa ramar "
                      "per nämnd enligt förslaget.")
    doc.add_paragraph("Reservation: Ledamöterna för Socialdemokraterna (Peter Sjödin, Lars Tornberg och Sofia Ek) "
                      "reserverar sig mot beslutet till förmån för eget förslag.")

    doc.add_heading("§ 143 Tilläggsanslag till individ- och familjeomsorgsnämnden 2024", level=2)
    doc.add_paragraph("Dnr KS 2024/00244")
    doc.add_paragraph("Individ- och familjeomsorgsnämnden har begärt ett tilläggsanslag om 3,2 miljoner kronor för "
                      "2024 till följd av ökade kostnader för placeringar av barn och unga. Anslaget föreslås "
                      "finansieras ur kommunstyrelsens reserv för oförutsedda kostnader.")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    hdr = t.rows[0].cells
    hdr[0].text, hdr[1].text, hdr[2].text = "Verksamhet", "Begärt belopp (tkr)", "Beviljat belopp (tkr)"
    for a, bb, c in [("Institutionsplaceringar barn och unga", "1 900", "1 900"),
                     ("Familjehemsplaceringar", "850", "850"),
                     ("Skyddat boende", "650", "450"),
                     ("Summa", "3 400", "3 200")]:
        row = t.add_row().cells
        row[0].text, row[1].text, row[2].text = a, bb, c
    doc.add_paragraph("")
    doc.add_paragraph("Beslut: Kommunstyrelsen beslutar att bevilja individ- och familjeomsorgsnämnden ett "
                      "tilläggsanslag om 3 200 tkr för 2024, att finansieras ur kommunstyrelsens reserv. "
                      "Kvarvarande medel i reserven uppgår därefter till 1 800 tkr.")

    doc.add_heading("§ 144 Upphandling av förskola i Vedum", level=2)
    doc.add_paragraph("Dnr KS 2024/00117")
    doc.add_paragraph("Samhällsbyggnadsförvaltningen har genomfört en upphandling av totalentreprenad för den nya "
                      "förskolan i Vedum. Fyra anbud har inkommit. Det lägsta anbudet, från Skarabygg AB, uppgår "
                      "till 46,8 miljoner kronor, vilket ryms inom projektets totala budget om 50,5 miljoner kronor.")
    doc.add_paragraph("Beslut: Kommunstyrelsen beslutar att anta anbudet från Skarabygg AB och uppdrar åt "
                      "kommundirektören att teckna avtal.")
    doc.add_paragraph("Vid protokollet: Linda Fransson")
    doc.add_paragraph("Justeras: Henrik Ljunggren (C), ordförande    Peter Sjödin (S), justerare")
    p = os.path.join(OUT, "vara-ks-protokoll-2024-10-28.docx")
    doc.save(p)
    normalize_zip(p, "2024-10-30T09:00:00Z", "2024-10-30T09:00:00Z")


def stat_xlsx():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Befolkning"
    ws.append(["Befolkning i Vara kommun 2019–2024, efter ålder"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(["Antal invånare den 31 december"])
    ws.append(["År", "Totalt", "0–5 år", "6–15 år", "16–64 år", "65–79 år", "80 år och äldre"])
    for c in ws[3]:
        c.font = Font(bold=True)
    for y, *ages in POP:
        ws.append([y, sum(ages)] + ages)
    ws.append([])
    ws.append(["Källa: SCB, befolkningsstatistik. Bearbetning: Vara kommun, kommunledningsförvaltningen."])
    assert sum(POP[4][1:]) == 16318 and sum(POP[0][1:]) == 15992

    ws2 = wb.create_sheet("Nettokostnad")
    ws2.append(["Nettokostnad per verksamhet, Vara kommun"])
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.append(["Belopp i tkr"])
    ws2.append(["Verksamhet", "Utfall 2022", "Utfall 2023", "Förändring, %", "Kronor per invånare 2023"])
    for c in ws2[3]:
        c.font = Font(bold=True)
    rows = [
        ("Förskola", 98450, 104320),
        ("Fritidshem", 21870, 22960),
        ("Grundskola inkl. förskoleklass", 214600, 226180),
        ("Gymnasieskola", 92310, 95870),
        ("Vuxenutbildning", 14220, 13860),
        ("Äldreomsorg", 248900, 268450),
        ("Stöd till personer med funktionsnedsättning", 92650, 97950),
        ("Individ- och familjeomsorg inkl. försörjningsstöd", 64310, 71300),
        ("Kultur och fritid", 36980, 38700),
    ]
    for n, a, bb in rows:
        ws2.append([n, a, bb, round(100 * (bb - a) / a, 1), round(bb * 1000 / 16318)])
    ta = sum(r[1] for r in rows)
    tb = sum(r[2] for r in rows)
    ws2.append(["Summa redovisade verksamheter", ta, tb, round(100 * (tb - ta) / ta, 1), round(tb * 1000 / 16318)])
    ws2.append([])
    ws2.append(["Kronor per invånare beräknat på 16 318 invånare den 31 december 2023."])
    for wsx in (ws, ws2):
        wsx.column_dimensions["A"].width = 48
    wb.properties.creator = "Vara kommun"
    wb.properties.title = "Statistik befolkning och nettokostnad"
    p = os.path.join(OUT, "vara-statistik-befolkning-och-kostnader.xlsx")
    wb.save(p)
    normalize_zip(p, "2024-03-15T08:00:00Z", "2024-03-15T08:00:00Z")


def press_md():
    txt = """# Kommunfullmäktige har antagit Mål och budget 2025

**Pressmeddelande, Vara kommun, 2024-11-26**

Kommunfullmäktige i Vara antog på måndagskvällen den 25 november Mål och budget 2025 med plan 2026–2027. Skattesatsen lämnas oförändrad på 22,14 kronor.

– Vi tar ansvar för ekonomin och prioriterar samtidigt de verksamheter som betyder mest för invånarna. Äldreomsorgen får ett rejält tillskott och vi satsar på barnens sommarlov, säger kommunstyrelsens ordförande Henrik Ljunggren (C).

## Det här innehåller budgeten

- Vård- och omsorgsnämnden får 17,2 miljoner kronor mer än 2024, varav 4,7 miljoner kronor till fler undersköterskor.
- 700 000 kronor avsätts till sommarlovsaktiviteter för barn och unga.
- 1,9 miljoner kronor går till förlängda öppettider på fritidsgårdarna i Vara, Kvänum och Vedum.
- Investeringarna uppgår till 106,0 miljoner kronor 2025, bland annat till en ny förskola i Vedum och ett nytt särskilt boende i Kvänum.
- Årets resultat budgeteras till 30,4 miljoner kronor.

## Omröstning

Budgeten antogs efter votering med 27 röster mot 14. Fullmäktiges 41 ledamöter var samtliga närvarande. Socialdemokraterna reserverade sig till förmån för sitt eget förslag, som innehöll en skattehöjning med 25 öre.

## Kontakt

Henrik Ljunggren (C), kommunstyrelsens ordförande, 0512-310 12
Mikael Grahn, ekonomichef, 0512-310 45
"""
    with open(os.path.join(OUT, "vara-pressmeddelande-budget-2025.md"), "w", encoding="utf-8") as f:
        f.write(txt)


def build(out):
    global OUT
    OUT = out
    os.makedirs(out, exist_ok=True)
    n = budget_pdf()
    ar_pdf()
    html_page()
    protokoll_docx()
    stat_xlsx()
    press_md()
    return n
