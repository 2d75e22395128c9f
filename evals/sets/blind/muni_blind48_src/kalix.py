"""Kalix kommun: invented documents."""
import os

import docx
import openpyxl
from docx.shared import Pt
from openpyxl.styles import Font

from common import D, Doc, dt, fmt, normalise_zip

YEARS5 = ["Bokslut 2023", "Prognos 2024", "Budget 2025", "Plan 2026", "Plan 2027"]

# ---------------- Resultatbudget (mnkr) ----------------
RB = {
    "int": [212.4, 218.0, 224.5, 229.0, 233.6],
    "kost": [-1298.6, -1352.1, -1389.7, -1421.3, -1455.0],
    "avs": [-52.3, -55.8, -58.9, -62.4, -65.1],
    "skatt": [862.7, 898.4, 931.6, 958.2, 987.9],
    "stb": [312.5, 321.8, 327.4, 334.1, 341.0],
    "finint": [6.1, 7.4, 6.8, 6.5, 6.5],
    "finkost": [-14.9, -19.6, -21.3, -22.8, -24.0],
}


def rb_calc():
    n = len(YEARS5)
    nk = [D(RB["int"][i]) + D(RB["kost"][i]) + D(RB["avs"][i]) for i in range(n)]
    vr = [nk[i] + D(RB["skatt"][i]) + D(RB["stb"][i]) for i in range(n)]
    res = [vr[i] + D(RB["finint"][i]) + D(RB["finkost"][i]) for i in range(n)]
    pct = [res[i] / (D(RB["skatt"][i]) + D(RB["stb"][i])) * 100 for i in range(n)]
    return nk, vr, res, pct


# ---------------- Driftbudget per nämnd (mnkr) ----------------
DRIFT = [  # Budget 2024, Budget 2025, Plan 2026, Plan 2027
    ("Kommunstyrelsen", [98.4, 102.6, 104.1, 105.9]),
    ("Barn- och utbildningsnämnden", [412.7, 428.3, 436.9, 445.2]),
    ("Socialnämnden", [468.2, 487.5, 499.8, 511.4]),
    ("Samhällsbyggnadsnämnden", [72.5, 75.1, 76.8, 78.0]),
    ("Kultur- och fritidsnämnden", [41.3, 42.8, 43.5, 44.3]),
    ("Miljö- och byggnadsnämnden", [8.9, 9.4, 9.6, 9.8]),
    ("Överförmyndarnämnden", [3.1, 3.2, 3.3, 3.4]),
    ("Revisionen", [1.6, 1.7, 1.7, 1.8]),
]
NETTO_BUDGET_2024 = D("-1187.3")  # from årsredovisningens budgetkolumn
INVANARE_BUDGET = 15850

# ---------------- Investeringsbudget (mnkr) ----------------
INV_SKATT = [
    ("Ny förskola i Nyborg", [38.0, 12.0, 0.0]),
    ("Renovering av Manhemsskolan", [22.5, 18.0, 5.0]),
    ("Simhallen, ombyggnad", [6.0, 24.0, 15.0]),
    ("Reinvestering gator och vägar", [9.5, 9.5, 10.0]),
    ("Gång- och cykelväg Strandgatan", [4.8, 0.0, 0.0]),
    ("Belysning, byte till LED", [2.4, 2.4, 1.5]),
    ("Fordon och maskiner", [3.1, 2.8, 2.8]),
    ("IT-investeringar", [3.5, 3.5, 3.5]),
    ("Övriga reinvesteringar fastigheter", [12.0, 12.5, 13.0]),
]
INV_TAXA = [
    ("VA-ledningar Rolfs", [14.2, 11.0, 8.5]),
    ("Reningsverket Karlsborg, etapp 2", [5.5, 9.0, 12.0]),
    ("Renhållning, ny återvinningscentral", [1.8, 6.5, 0.0]),
]


def s3(rows, i):
    return sum(D(r[1][i]) for r in rows)


# ---------------- Årsredovisning 2024 ----------------
AR_RR = {  # Budget 2024, Utfall 2024, Utfall 2023
    "int": [210.0, 226.3, 212.4],
    "kost": [-1340.8, -1361.9, -1298.6],
    "avs": [-56.5, -54.9, -52.3],
    "skatt": [896.0, 899.2, 862.7],
    "stb": [321.0, 322.6, 312.5],
    "finint": [5.0, 8.1, 6.1],
    "finkost": [-18.5, -17.8, -14.9],
}
AR_NAMND_UTFALL = [96.1, 415.9, 482.6, 71.2, 40.9, 8.5, 3.4, 1.5]

FEM_AR = [
    ("Antal invånare 31 december", ["16 102", "16 011", "15 948", "15 902", "15 861"]),
    ("Skattesats, kr", ["22,64", "22,64", "22,64", "22,94", "22,94"]),
    ("Årets resultat, mnkr", ["34,2", "48,9", "22,5", "27,9", "21,6"]),
    ("Resultat i % av skatter och bidrag", ["3,2", "4,4", "2,0", "2,4", "1,8"]),
    ("Soliditet inkl. pensionsåtaganden, %", ["18,4", "21,0", "22,3", "23,1", "23,8"]),
    ("Nettoinvesteringar, mnkr", ["88,4", "95,2", "121,7", "104,3", "97,6"]),
    ("Låneskuld, mnkr", ["410,0", "425,0", "470,0", "510,0", "535,0"]),
    ("Antal tillsvidareanställda", ["1 402", "1 396", "1 411", "1 388", "1 371"]),
]

BEFOLKNING = {  # år: 0-5, 6-15, 16-19, 65-79, 80+ ; total fixed, 20-64 residual
    2019: (16184, [842, 1712, 661, 3318, 1012]),
    2020: (16102, [828, 1703, 655, 3342, 1031]),
    2021: (16011, [811, 1690, 649, 3361, 1058]),
    2022: (15948, [797, 1668, 652, 3370, 1089]),
    2023: (15902, [781, 1651, 648, 3362, 1124]),
    2024: (15861, [768, 1633, 651, 3349, 1162]),
}

NETTO_VERKS = [  # tkr: 2022, 2023, 2024
    ("Förskola", [98412, 101876, 104250]),
    ("Grundskola och förskoleklass", [182305, 189940, 196118]),
    ("Gymnasieskola", [78650, 80122, 83407]),
    ("Vård och omsorg om äldre", [298440, 311905, 326712]),
    ("Stöd och service till personer med funktionsnedsättning", [128305, 134218, 141960]),
    ("Individ- och familjeomsorg", [71240, 76815, 84390]),
    ("Kultur och fritid", [39870, 40512, 40890]),
    ("Gator, vägar och parker", [36210, 37480, 38115]),
    ("Räddningstjänst", [18905, 19420, 20034]),
    ("Politisk verksamhet", [14120, 14488, 14902]),
]


def budget_pdf(path):
    nk, vr, res, pct = rb_calc()
    pdf = Doc("Kalix kommun – Budget 2025 och plan 2026–2027", dt(2024, 11, 26))
    # 1 title
    pdf.add_page()
    pdf.ln(60)
    pdf.set_font("DV", "B", 26)
    pdf.multi_cell(0, 12, "Kalix kommun", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "B", 20)
    pdf.multi_cell(0, 10, "Budget 2025 och plan 2026–2027", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    pdf.set_font("DV", "", 11)
    pdf.multi_cell(0, 6, "Antagen av kommunfullmäktige 2024-11-25, § 118", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 6, "Dnr KS 2024/412", align="C", new_x="LMARGIN", new_y="NEXT")

    # 2 contents + foreword
    pdf.add_page()
    pdf.h1("Innehåll")
    for line in ["Förord", "Kalix i omvärlden", "Vision och mål", "Ekonomiska förutsättningar",
                 "Resultatbudget", "Balansbudget och kassaflödesbudget", "Driftbudget per nämnd",
                 "Nämndernas uppdrag", "Investeringsbudget", "Personal", "Känslighetsanalys och risker",
                 "Ordlista"]:
        pdf.p(line)
    pdf.add_page()
    pdf.h1("Förord")
    pdf.p("Kalix står inför ett par år där ekonomin kräver både tålamod och mod. Befolkningen minskar "
          "långsamt samtidigt som andelen invånare över 80 år ökar, och det märks i behoven inom "
          "äldreomsorgen. Samtidigt växer industrin i Norrbotten, och vi ser ett ökat intresse för att "
          "flytta till Kalix från personer som får arbete i Luleå och Haparanda.")
    pdf.p("Budgeten för 2025 är en budget i balans. Vi föreslår att skattesatsen lämnas oförändrad på "
          "22,94 kronor per skattekrona. Årets resultat budgeteras till 20,4 miljoner kronor, vilket "
          "motsvarar 1,6 procent av skatteintäkter och generella statsbidrag. Det når nästan upp till vårt "
          "finansiella mål om 2 procent, och målet ska nås senast under planperioden.")
    pdf.p("För att klara det ställer vi ett generellt effektiviseringskrav på 1,2 procent på samtliga "
          "nämnder. Socialnämnden får samtidigt ett tillskott på 11,8 miljoner kronor för att täcka "
          "ökade volymer inom hemtjänsten och särskilt boende. Barn- och utbildningsnämnden tillförs "
          "4,7 miljoner kronor för att behålla lärartätheten trots färre elever.")
    pdf.p("Investeringarna är fortsatt höga. Den nya förskolan i Nyborg och renoveringen av "
          "Manhemsskolan är de största projekten, och ombyggnaden av simhallen startar under 2025. "
          "Vi lånar till en del av investeringarna, men målet är att minst 60 procent ska finansieras "
          "med egna medel över planperioden.")
    pdf.p("Jag vill tacka alla medarbetare som varje dag gör Kalix till en bra plats att bo och verka i.")
    pdf.p("Kalix i november 2024\nAnnika Strömbäck (S)\nKommunstyrelsens ordförande")

    # 3 omvärld
    pdf.add_page()
    pdf.h1("Kalix i omvärlden")
    pdf.h2("Samhällsekonomin")
    pdf.p("Sveriges Kommuner och Regioner (SKR) bedömer att skatteunderlaget växer med 3,9 procent 2025 "
          "och 3,4 procent 2026. Inflationen har fallit tillbaka och Riksbanken har sänkt styrräntan, "
          "vilket minskar kommunens räntekostnader jämfört med tidigare bedömningar. Pensionskostnaderna "
          "ökar dock kraftigt 2025 till följd av det nya pensionsavtalet.")
    pdf.h2("Befolkning")
    pdf.p("Den 31 december 2023 hade Kalix kommun 15 902 invånare. Budgeten bygger på ett antagande om "
          "15 850 invånare den 1 november 2024, som är det invånarantal som skatteintäkterna beräknas på. "
          "Antalet barn i förskoleåldern minskar med drygt 2 procent per år, medan antalet invånare som är "
          "80 år eller äldre väntas öka med omkring 35 personer per år under planperioden.")
    pdf.p("Inflyttningen från andra länder har minskat, och flyttnettot mot övriga Sverige har varit "
          "negativt under de senaste tio åren. Under 2023 var flyttnettot dock nästan i balans, vilket "
          "förklaras av nya arbetstillfällen inom industrin i regionen.")
    pdf.h2("Arbetsmarknad")
    pdf.p("Den öppna arbetslösheten i Kalix var 5,8 procent i september 2024, vilket är lägre än i riket. "
          "Kommunen är den största arbetsgivaren med omkring 1 400 tillsvidareanställda. Rekryteringen av "
          "legitimerade lärare, sjuksköterskor och socionomer är fortsatt den största utmaningen.")
    pdf.h2("Lokala förutsättningar")
    pdf.p("Kommunens lokalbestånd är till stor del byggt under 1960- och 1970-talen. Ett eftersatt "
          "underhåll på uppskattningsvis 140 miljoner kronor har identifierats i den senaste "
          "lokalförsörjningsplanen. Samtidigt minskar behovet av grundskolelokaler i byarna, och "
          "kommunstyrelsen har fått i uppdrag att ta fram en plan för samlokalisering.")

    # 4 vision och mål
    pdf.add_page()
    pdf.h1("Vision och mål")
    pdf.p("Kommunfullmäktiges vision är \"Kalix – en levande skärgårdskommun med plats för alla\". "
          "Visionen bryts ned i fyra målområden som gäller för mandatperioden 2023–2026.")
    pdf.h2("Målområde 1: Attraktiv kommun att bo och leva i")
    pdf.bullets(["Antalet invånare ska vara minst 15 800 vid utgången av 2026.",
                 "Minst 40 nya bostäder ska påbörjas under mandatperioden.",
                 "Nöjd-Region-Index ska öka jämfört med föregående mätning."])
    pdf.h2("Målområde 2: Utbildning och livslångt lärande")
    pdf.bullets(["Andelen elever i årskurs 9 som är behöriga till gymnasiets yrkesprogram ska vara minst 88 procent.",
                 "Andelen gymnasieelever som tar examen inom fyra år ska öka."])
    pdf.h2("Målområde 3: Trygg vård och omsorg")
    pdf.bullets(["Antalet personal som en hemtjänsttagare möter under 14 dagar ska minska till högst 12.",
                 "Väntetiden till särskilt boende ska vara högst 60 dagar."])
    pdf.h2("Målområde 4: Hållbar ekonomi och organisation")
    pdf.bullets(["Årets resultat ska uppgå till minst 2 procent av skatteintäkter och generella statsbidrag över en rullande femårsperiod.",
                 "Minst 60 procent av de skattefinansierade investeringarna ska finansieras med egna medel.",
                 "Soliditeten inklusive pensionsåtaganden ska förbättras varje år.",
                 "Sjukfrånvaron bland kommunens medarbetare ska vara lägre än 7 procent."])
    pdf.p("Uppföljning av målen sker i delårsrapporten per den 31 augusti och i årsredovisningen.")

    # 5 ekonomiska förutsättningar
    pdf.add_page()
    pdf.h1("Ekonomiska förutsättningar")
    pdf.h2("Skattesats")
    pdf.p("Kommunfullmäktige beslutar att den kommunala skattesatsen för 2025 ska vara oförändrad, "
          "22,94 kronor per skattekrona. Tillsammans med regionskatten på 11,45 kronor blir den "
          "sammanlagda skattesatsen i Kalix 34,39 kronor.")
    pdf.h2("Skatteintäkter och statsbidrag")
    pdf.p("Skatteintäkter och generella statsbidrag beräknas till sammanlagt 1 259,0 miljoner kronor "
          "2025, en ökning med 38,8 miljoner kronor jämfört med prognosen för 2024. Beräkningen bygger på "
          "SKR:s prognos från oktober 2024.")
    pdf.h2("Effektiviseringar och besparingar")
    pdf.p("Samtliga nämnder får ett effektiviseringskrav på 1,2 procent av nettobudgeten, vilket "
          "sammanlagt motsvarar 13,8 miljoner kronor. Därutöver genomförs riktade besparingar:")
    pdf.bullets(["Kommunstyrelsen minskar kostnaderna för konsulter och inhyrd personal med 2,1 miljoner kronor.",
                 "Barn- och utbildningsnämnden samordnar skolskjutsarna, vilket beräknas spara 850 000 kronor.",
                 "Kultur- och fritidsnämnden minskar öppettiderna på biblioteksfilialerna i Töre och Sangis, vilket sparar 700 000 kronor.",
                 "Samhällsbyggnadsnämnden sänker ambitionsnivån för sommarblommor och grönytor med 450 000 kronor."])
    pdf.h2("Pensioner och lönekostnader")
    pdf.p("I budgeten ingår en lönepott för 2025 motsvarande 3,4 procent, som fördelas till nämnderna "
          "efter avslutade löneförhandlingar. Pensionskostnaderna ökar med 9,6 miljoner kronor 2025 och "
          "redovisas under finansförvaltningen.")
    pdf.h2("Låneskuld")
    pdf.p("Kommunens låneskuld beräknas uppgå till 570 miljoner kronor vid utgången av 2025. "
          "Nyupplåningen under året beräknas till 45 miljoner kronor.")

    # 6 Resultatbudget
    pdf.add_page()
    pdf.h1("Resultatbudget")
    pdf.caption("Belopp i mnkr")
    w = [62, 10, 20, 20, 20, 19, 19]
    hdr = [["", "Not"] + YEARS5]

    def row(label, vals, note=""):
        return ("row", [label, note] + [fmt(v) for v in vals])

    rows = [
        row("Verksamhetens intäkter", RB["int"], "1"),
        row("Verksamhetens kostnader", RB["kost"], "2"),
        row("Avskrivningar", RB["avs"], "3"),
        ("sum", ["Verksamhetens nettokostnad", ""] + [fmt(v) for v in nk]),
        row("Skatteintäkter", RB["skatt"], "4"),
        row("Generella statsbidrag och utjämning", RB["stb"], "5"),
        ("sum", ["Verksamhetens resultat", ""] + [fmt(v) for v in vr]),
        row("Finansiella intäkter", RB["finint"], "6"),
        row("Finansiella kostnader", RB["finkost"], "7"),
        ("sum", ["Resultat efter finansiella poster", ""] + [fmt(v) for v in res]),
        ("row", ["Extraordinära poster", "", "0,0", "0,0", "0,0", "0,0", "0,0"]),
        ("sum", ["Årets resultat", ""] + [fmt(v) for v in res]),
        ("row", ["Resultat i % av skatter och bidrag", ""] + [fmt(v, 2) for v in pct]),
    ]
    pdf.table(w, hdr, rows, aligns=["L", "C", "R", "R", "R", "R", "R"], size=8)
    pdf.note("Noter: 1) Avgifter, hyror och riktade statsbidrag. 2) Varav personalkostnader 2025: 951,2 mnkr. "
             "3) Planenliga avskrivningar enligt komponentavskrivning. 4) Skattesats 22,94 kr. "
             "5) Enligt SKR:s prognos oktober 2024. 6) Ränta på utlåning till Kalixbo AB. "
             "7) Räntor på lån samt finansiell kostnad för pensionsskulden.")
    pdf.p("Årets resultat för 2025 budgeteras till 20,4 miljoner kronor. Verksamhetens nettokostnad ökar "
          "med 2,9 procent jämfört med prognosen för 2024, medan skatteintäkter och statsbidrag ökar med "
          "3,2 procent. Under planåren förbättras resultatet successivt när investeringarna i förskola och "
          "skola är klara och effektiviseringarna får helårseffekt.")

    # 7 balans + kassaflöde
    pdf.add_page()
    pdf.h1("Balansbudget")
    pdf.caption("Belopp i mnkr")
    ek = [D("362.4")]
    ek_prog24 = ek[0] + res[1]
    ek_list = [ek[0], ek_prog24 + res[2], ek_prog24 + res[2] + res[3], ek_prog24 + res[2] + res[3] + res[4]]
    arsres = [res[0], res[2], res[3], res[4]]
    anl = [D("1412.6"), D("1489.3"), D("1517.4"), D("1508.6")]
    oms = [D("186.3"), D("170.0"), D("172.0"), D("175.0")]
    avs_ = [D("98.1"), D("104.0"), D("107.5"), D("111.0")]
    kort = [D("258.0"), D("262.0"), D("265.0"), D("268.0")]
    tot = [anl[i] + oms[i] for i in range(4)]
    lang = [tot[i] - ek_list[i] - avs_[i] - kort[i] for i in range(4)]
    hdr = [["", "Bokslut 2023", "Budget 2025", "Plan 2026", "Plan 2027"]]
    w = [70, 25, 25, 25, 25]
    rows = [
        ("section", ["Tillgångar"]),
        ("row", ["Anläggningstillgångar"] + [fmt(v) for v in anl]),
        ("row", ["Omsättningstillgångar"] + [fmt(v) for v in oms]),
        ("sum", ["Summa tillgångar"] + [fmt(v) for v in tot]),
        ("section", ["Eget kapital, avsättningar och skulder"]),
        ("row", ["Eget kapital"] + [fmt(v) for v in ek_list]),
        ("row", ["  därav årets resultat"] + [fmt(v) for v in arsres]),
        ("row", ["Avsättningar för pensioner"] + [fmt(v) for v in avs_]),
        ("row", ["Långfristiga skulder"] + [fmt(v) for v in lang]),
        ("row", ["Kortfristiga skulder"] + [fmt(v) for v in kort]),
        ("sum", ["Summa eget kapital, avsättningar och skulder"] + [fmt(v) for v in tot]),
    ]
    pdf.table(w, hdr, rows)
    pdf.h1("Kassaflödesbudget")
    pdf.caption("Belopp i mnkr")
    inv_tot = [s3(INV_SKATT, i) + s3(INV_TAXA, i) for i in range(3)]
    avsk = [-D(RB["avs"][i]) for i in (2, 3, 4)]
    lopande = [res[2 + i] + avsk[i] + D("4.0") for i in range(3)]
    hdr = [["", "Budget 2025", "Plan 2026", "Plan 2027"]]
    w = [80, 30, 30, 30]
    finans = [D("45.0"), D("30.0"), D("0.0")]
    amort = [D("-10.0"), D("-10.0"), D("-15.0")]
    forandr = [lopande[i] - inv_tot[i] + finans[i] + amort[i] for i in range(3)]
    rows = [
        ("section", ["Den löpande verksamheten"]),
        ("row", ["Årets resultat"] + [fmt(res[2 + i]) for i in range(3)]),
        ("row", ["Justering för av- och nedskrivningar"] + [fmt(v) for v in avsk]),
        ("row", ["Justering för avsättningar"] + ["4,0"] * 3),
        ("sum", ["Medel från den löpande verksamheten"] + [fmt(v) for v in lopande]),
        ("section", ["Investeringsverksamheten"]),
        ("row", ["Investering i materiella anläggningstillgångar"] + [fmt(-v) for v in inv_tot]),
        ("section", ["Finansieringsverksamheten"]),
        ("row", ["Nyupptagna lån"] + [fmt(v) for v in finans]),
        ("row", ["Amortering av skuld"] + [fmt(v) for v in amort]),
        ("sum", ["Årets kassaflöde"] + [fmt(v) for v in forandr]),
    ]
    pdf.table(w, hdr, rows)

    # 8 Driftbudget landscape
    pdf.add_page(orientation="L")
    pdf.h1("Driftbudget per nämnd")
    pdf.caption("Nettokostnad, belopp i mnkr om inget annat anges")
    sums = [sum(D(r[1][i]) for r in DRIFT) for i in range(4)]
    netto = [NETTO_BUDGET_2024, -nk[2], -nk[3], -nk[4]]
    netto[0] = -NETTO_BUDGET_2024
    finansf = [netto[i] - sums[i] for i in range(4)]
    hdr = [["Nämnd", "Budget 2024", "Budget 2025", "Förändring", "Förändring %", "Plan 2026", "Plan 2027", "kr per invånare 2025"]]
    w = [70, 25, 25, 25, 27, 25, 25, 35]
    rows = []
    for name, v in DRIFT:
        ch = D(v[1]) - D(v[0])
        rows.append(("row", [name, fmt(v[0]), fmt(v[1]), fmt(ch), fmt(ch / D(v[0]) * 100),
                             fmt(v[2]), fmt(v[3]), fmt(D(v[1]) * 1000000 / INVANARE_BUDGET, 0)]))
    ch = sums[1] - sums[0]
    rows.append(("sum", ["Summa nämnder", fmt(sums[0]), fmt(sums[1]), fmt(ch), fmt(ch / sums[0] * 100),
                         fmt(sums[2]), fmt(sums[3]), fmt(sums[1] * 1000000 / INVANARE_BUDGET, 0)]))
    ch = finansf[1] - finansf[0]
    rows.append(("row", ["Finansförvaltning (pensioner m.m.)", fmt(finansf[0]), fmt(finansf[1]), fmt(ch),
                         fmt(ch / finansf[0] * 100), fmt(finansf[2]), fmt(finansf[3]),
                         fmt(finansf[1] * 1000000 / INVANARE_BUDGET, 0)]))
    ch = netto[1] - netto[0]
    rows.append(("sum", ["Verksamhetens nettokostnad", fmt(netto[0]), fmt(netto[1]), fmt(ch), fmt(ch / netto[0] * 100),
                         fmt(netto[2]), fmt(netto[3]), fmt(netto[1] * 1000000 / INVANARE_BUDGET, 0)]))
    pdf.table(w, hdr, rows, size=8.5)
    pdf.note("Kolumnen kr per invånare är beräknad på 15 850 invånare. Budget 2024 avser den budget som "
             "kommunfullmäktige antog i november 2023, justerad för lönekompensation.")
    pdf.p("Nämndernas ramar för 2025 inkluderar kompensation för löneökningar 2024 och det generella "
          "effektiviseringskravet på 1,2 procent. Socialnämndens ram ökar mest i kronor räknat, främst "
          "beroende på fler brukare inom hemtjänsten.")

    # 9-10 nämnder
    pdf.add_page(orientation="P")
    pdf.h1("Nämndernas uppdrag")
    pdf.h2("Kommunstyrelsen")
    pdf.p("Kommunstyrelsen leder och samordnar kommunens verksamhet och ansvarar för ekonomi, personal, "
          "näringsliv, kommunikation och räddningstjänst. Under 2025 ska kommunstyrelsen ta fram en ny "
          "näringslivsstrategi och genomföra en översyn av den politiska organisationen inför mandatperioden "
          "2027–2030. Kommunstyrelsen ansvarar även för arbetet med den nya översiktsplanen.")
    pdf.h2("Barn- och utbildningsnämnden")
    pdf.p("Nämnden ansvarar för förskola, grundskola, grundsärskola, gymnasieskola, vuxenutbildning och "
          "kulturskola. Antalet barn i förskolan beräknas till 690 under 2025, och antalet elever i "
          "grundskolan till 1 540. Den nya förskolan i Nyborg ersätter tre äldre förskolor och ska tas i "
          "bruk i augusti 2026. Nämnden tillförs 4,7 miljoner kronor för att behålla lärartätheten.")
    pdf.p("Gymnasieskolan har fått minskat elevunderlag och nämnden ska under 2025 utreda vilka nationella "
          "program som ska erbjudas från läsåret 2026/27. Samverkan med Haparanda och Överkalix om "
          "vuxenutbildning fortsätter.")
    pdf.h2("Socialnämnden")
    pdf.p("Socialnämnden ansvarar för äldreomsorg, stöd och service till personer med funktionsnedsättning "
          "samt individ- och familjeomsorg. Nämnden tillförs 11,8 miljoner kronor 2025 för ökade volymer. "
          "Antalet beviljade hemtjänsttimmar har ökat med 9 procent på två år. Ett nytt "
          "trygghetsboende med 24 lägenheter planeras i centrala Kalix tillsammans med Kalixbo AB.")
    pdf.p("Kostnaderna för externa placeringar av barn och unga har ökat kraftigt. Nämnden ska under 2025 "
          "bygga ut öppenvården och familjehemsverksamheten för att minska behovet av köpta platser. "
          "Målet är att kostnaden för externa placeringar ska minska med 3,5 miljoner kronor till 2026.")
    pdf.add_page()
    pdf.h2("Samhällsbyggnadsnämnden")
    pdf.p("Samhällsbyggnadsnämnden ansvarar för gator och vägar, parker, fastighetsförvaltning, kost- och "
          "lokalvård samt vatten och avlopp och renhållning. VA-verksamheten och renhållningen är "
          "avgiftsfinansierade och ska vara självbärande. VA-taxan höjs med 6 procent 2025 för att "
          "finansiera förnyelsen av ledningsnätet i Rolfs och etapp 2 av reningsverket i Karlsborg.")
    pdf.h2("Kultur- och fritidsnämnden")
    pdf.p("Nämnden ansvarar för bibliotek, fritidsgårdar, idrottsanläggningar, simhall och föreningsbidrag. "
          "Simhallen stängs under ombyggnaden från hösten 2025 till våren 2027. Under stängningen erbjuds "
          "simundervisning för skolorna i Luleå genom avtal med Luleå kommun. Föreningsbidragen räknas upp "
          "med 2 procent 2025.")
    pdf.h2("Miljö- och byggnadsnämnden")
    pdf.p("Nämnden ansvarar för myndighetsutövning enligt plan- och bygglagen, miljöbalken och "
          "livsmedelslagstiftningen. Handläggningstiden för kompletta bygglovsärenden ska vara högst fyra "
          "veckor. Taxan för livsmedelskontroll övergår till efterhandsdebitering från 2025.")
    pdf.h2("Överförmyndarnämnden och revisionen")
    pdf.p("Överförmyndarnämnden är gemensam med Haparanda och Överkalix, med Kalix som värdkommun. "
          "Revisionens budget fastställs av kommunfullmäktiges presidium.")

    # 11-12 investeringar (continued over page break)
    pdf.add_page()
    pdf.h1("Investeringsbudget")
    pdf.p("Investeringsbudgeten för 2025 uppgår till sammanlagt "
          f"{fmt(inv_tot[0])} miljoner kronor, varav {fmt(s3(INV_TAXA, 0))} miljoner kronor avser den "
          "taxefinansierade verksamheten. De största projekten är den nya förskolan i Nyborg och "
          "renoveringen av Manhemsskolan. Ombyggnaden av simhallen har en total budget på 45 miljoner "
          "kronor fördelat över tre år.")
    pdf.p("Projekt som inte har påbörjats före den 30 juni 2025 ska prövas på nytt av kommunstyrelsen. "
          "Projekt över 10 miljoner kronor kräver ett särskilt genomförandebeslut i kommunstyrelsen.")
    pdf.p("Nedan redovisas samtliga investeringsprojekt. Beloppen avser nettoutgifter efter eventuella "
          "investeringsbidrag. Den skattefinansierade verksamheten redovisas först och därefter den "
          "taxefinansierade verksamheten inom vatten, avlopp och renhållning.")
    pdf.ln(60)
    pdf.caption("Belopp i mnkr")
    hdr = [["Projekt", "Budget 2025", "Plan 2026", "Plan 2027", "Summa 2025–2027"]]
    w = [78, 23, 23, 23, 23]
    rows = [("section", ["Skattefinansierad verksamhet"])]
    for name, v in INV_SKATT:
        rows.append(("row", [name] + [fmt(x) for x in v] + [fmt(sum(D(x) for x in v))]))
    ss = [s3(INV_SKATT, i) for i in range(3)]
    rows.append(("sum", ["Summa skattefinansierad verksamhet"] + [fmt(x) for x in ss] + [fmt(sum(ss))]))
    rows.append(("section", ["Taxefinansierad verksamhet"]))
    for name, v in INV_TAXA:
        rows.append(("row", [name] + [fmt(x) for x in v] + [fmt(sum(D(x) for x in v))]))
    st = [s3(INV_TAXA, i) for i in range(3)]
    rows.append(("sum", ["Summa taxefinansierad verksamhet"] + [fmt(x) for x in st] + [fmt(sum(st))]))
    rows.append(("sum", ["Totalt investeringar"] + [fmt(x) for x in inv_tot] + [fmt(sum(inv_tot))]))
    pdf.table(w, hdr, rows, cont_title="Investeringsbudget (forts.), belopp i mnkr")
    pdf.note("Ombudgetering av ej förbrukade medel från 2024 beslutas av kommunstyrelsen i mars 2025 och "
             "ingår inte i beloppen ovan.")

    # 13 personal + känslighet
    pdf.add_page()
    pdf.h1("Personal")
    pdf.p("Kommunen hade 1 388 tillsvidareanställda medarbetare i december 2023. Personalkostnaderna "
          "budgeteras till 951,2 miljoner kronor 2025. Sjukfrånvaron var 8,1 procent 2023, och målet är "
          "att den ska understiga 7 procent. En satsning på heltid som norm fortsätter inom socialnämndens "
          "verksamheter.")
    pdf.h1("Känslighetsanalys och risker")
    pdf.p("Tabellen visar hur förändringar i några faktorer påverkar kommunens resultat på helårsbasis.")
    pdf.caption("Belopp i mnkr")
    hdr = [["Förändring", "Påverkan på resultatet"]]
    rows = [("row", ["Skattesatsen förändras med 10 öre", "±4,1"]),
            ("row", ["Löneökning med 1 procent", "±9,5"]),
            ("row", ["Ränteförändring med 1 procentenhet", "±5,8"]),
            ("row", ["Förändrat invånarantal med 100 personer", "±7,9"]),
            ("row", ["Prisökning med 1 procent på varor och tjänster", "±3,6"])]
    pdf.table([110, 45], hdr, rows, size=9)
    pdf.p("De största riskerna är fortsatt kostnadsökning för externa placeringar, högre pensionskostnader "
          "och att befolkningen minskar snabbare än prognosen. Kommunen har ingen resultatutjämningsreserv "
          "att ta i anspråk.")
    # 14 ordlista
    pdf.add_page()
    pdf.h1("Ordlista")
    for t in ["Anläggningstillgångar – tillgångar som är avsedda för stadigvarande bruk, till exempel byggnader och maskiner.",
              "Avskrivningar – planmässig värdeminskning av anläggningstillgångar.",
              "Balansbudget – visar den planerade ekonomiska ställningen vid årets slut.",
              "Kassaflödesbudget – visar hur de likvida medlen förändras under året.",
              "Nettokostnad – kostnader minus intäkter för en verksamhet.",
              "Soliditet – eget kapital i förhållande till totala tillgångar.",
              "Resultatbudget – visar årets planerade intäkter och kostnader och därmed årets resultat.",
              "Skattekrona – den del av varje intjänad hundralapp som betalas i kommunalskatt."]:
        pdf.p(t)
    pdf.output(path)


def arsred_pdf(path):
    pdf = Doc("Kalix kommun – Årsredovisning 2024", dt(2025, 4, 2))
    r = AR_RR
    nk = [D(r["int"][i]) + D(r["kost"][i]) + D(r["avs"][i]) for i in range(3)]
    vr = [nk[i] + D(r["skatt"][i]) + D(r["stb"][i]) for i in range(3)]
    res = [vr[i] + D(r["finint"][i]) + D(r["finkost"][i]) for i in range(3)]
    pdf.add_page()
    pdf.ln(60)
    pdf.set_font("DV", "B", 26)
    pdf.multi_cell(0, 12, "Årsredovisning 2024", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 14)
    pdf.multi_cell(0, 8, "Kalix kommun", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.set_font("DV", "", 10)
    pdf.multi_cell(0, 6, "Godkänd av kommunstyrelsen 2025-03-17, § 35", align="C", new_x="LMARGIN", new_y="NEXT")

    pdf.add_page()
    pdf.h1("Ordföranden har ordet")
    pdf.p("2024 blev ännu ett år med stora ekonomiska utmaningar, men Kalix kommun redovisar ett positivt "
          "resultat på 21,6 miljoner kronor. Det är 5,4 miljoner kronor bättre än budget, och förklaras "
          "främst av högre finansiella intäkter och att skatteintäkterna blev högre än beräknat.")
    pdf.p("Samtidigt redovisar nämnderna tillsammans ett underskott mot budget. Socialnämnden har haft "
          "kraftigt ökade kostnader för externa placeringar inom individ- och familjeomsorgen. Det är "
          "en utveckling vi måste vända, och vi har under hösten tagit beslut om en handlingsplan.")
    pdf.p("Under året invigdes den nya räddningsstationen i Töre och vi tog det första spadtaget för "
          "ledningsförnyelsen i Rolfs. Antalet invånare minskade med 41 personer till 15 861.")
    pdf.p("Annika Strömbäck (S)\nKommunstyrelsens ordförande")

    pdf.h1("Fem år i sammandrag")
    hdr = [["", "2020", "2021", "2022", "2023", "2024"]]
    pdf.table([70, 20, 20, 20, 20, 20], hdr, [("row", [k] + v) for k, v in FEM_AR], size=8.5)

    pdf.add_page()
    pdf.h1("Förvaltningsberättelse")
    pdf.h2("Viktiga händelser under året")
    pdf.bullets(["Räddningsstationen i Töre togs i bruk i maj till en kostnad av 18,4 miljoner kronor.",
                 "Kommunfullmäktige beslutade i juni att bygga en ny förskola i Nyborg.",
                 "Ett nytt avtal om gemensam överförmyndarnämnd med Haparanda och Överkalix började gälla den 1 januari.",
                 "Socialnämnden antog i oktober en handlingsplan för att minska kostnaderna för externa placeringar."])
    pdf.h2("Ekonomiskt resultat")
    pdf.p("Årets resultat blev 21,6 miljoner kronor, att jämföra med budgeterade 16,2 miljoner kronor och "
          "27,9 miljoner kronor året innan. Resultatet motsvarar 1,8 procent av skatteintäkter och "
          "generella statsbidrag, vilket är lägre än det finansiella målet om 2 procent.")
    pdf.p("Verksamhetens nettokostnad ökade med 4,6 procent jämfört med 2023, medan skatteintäkter och "
          "generella statsbidrag ökade med 4,0 procent. Nämnderna redovisar sammantaget ett underskott "
          "på 13,4 miljoner kronor mot budget. Finansförvaltningen redovisar ett överskott, bland annat "
          "beroende på lägre pensionskostnader än beräknat.")
    pdf.p("Kostnaderna för externa placeringar inom individ- och familjeomsorgen uppgick till 38,2 "
          "miljoner kronor, vilket är 12,6 miljoner kronor mer än budgeterat. Det förklarar större delen av "
          "socialnämndens underskott.")
    pdf.h2("Investeringar")
    pdf.p("Nettoinvesteringarna uppgick till 97,6 miljoner kronor, vilket är 31,2 miljoner kronor lägre än "
          "budget. Avvikelsen beror främst på förseningar i projekten förskolan i Nyborg och gång- och "
          "cykelvägen på Strandgatan. Självfinansieringsgraden för de skattefinansierade investeringarna "
          "blev 71 procent.")
    pdf.h2("Personal")
    pdf.p("Antalet tillsvidareanställda var 1 371 den 31 december 2024. Sjukfrånvaron minskade till 7,9 "
          "procent från 8,1 procent året innan. Andelen heltidsanställda var 84 procent.")
    pdf.h2("Balanskravsutredning")
    pdf.p("Årets resultat efter balanskravsjusteringar uppgår till 20,9 miljoner kronor. Realisationsvinster "
          "vid försäljning av mark på 0,7 miljoner kronor har räknats bort. Kommunen har inga negativa "
          "resultat från tidigare år att återställa.")

    pdf.add_page()
    pdf.h1("Resultaträkning")
    pdf.caption("Belopp i mnkr")
    hdr = [["", "Not", "Budget", "Utfall", "Utfall", "Avvikelse"],
           ["", "", "2024", "2024", "2023", "mot budget"]]
    w = [62, 12, 22, 22, 22, 25]

    def rr(label, key, note):
        vals = [D(x) for x in r[key]]
        return ("row", [label, note] + [fmt(v, neg="dash") for v in vals] + [fmt(vals[1] - vals[0], neg="dash")])

    def rsum(label, vals):
        return ("sum", [label, ""] + [fmt(v, neg="dash") for v in vals] + [fmt(vals[1] - vals[0], neg="dash")])

    rows = [rr("Verksamhetens intäkter", "int", "1"), rr("Verksamhetens kostnader", "kost", "2"),
            rr("Avskrivningar", "avs", "3"), rsum("Verksamhetens nettokostnad", nk),
            rr("Skatteintäkter", "skatt", "4"), rr("Generella statsbidrag och utjämning", "stb", "5"),
            rsum("Verksamhetens resultat", vr), rr("Finansiella intäkter", "finint", "6"),
            rr("Finansiella kostnader", "finkost", "7"), rsum("Resultat efter finansiella poster", res),
            rsum("Årets resultat", res)]
    pdf.table(w, hdr, rows, aligns=["L", "C", "R", "R", "R", "R"], size=8)
    pdf.p("Negativa belopp anges med minustecken. Avvikelse mot budget avser utfall 2024 minus budget 2024.")

    pdf.h1("Balansräkning i sammandrag")
    pdf.caption("Belopp i mnkr")
    ek23 = D("362.4")
    ek24 = ek23 + res[1]
    anl = [D("1412.6"), D("1455.3")]
    oms = [D("186.3"), D("179.8")]
    avsp = [D("98.1"), D("101.2")]
    kort = [D("258.0"), D("249.5")]
    tot = [anl[i] + oms[i] for i in range(2)]
    eks = [ek23, ek24]
    lang = [tot[i] - eks[i] - avsp[i] - kort[i] for i in range(2)]
    hdr = [["", "2024-12-31", "2023-12-31"]]
    rows = [("row", ["Anläggningstillgångar", fmt(anl[1]), fmt(anl[0])]),
            ("row", ["Omsättningstillgångar", fmt(oms[1]), fmt(oms[0])]),
            ("sum", ["Summa tillgångar", fmt(tot[1]), fmt(tot[0])]),
            ("row", ["Eget kapital", fmt(eks[1]), fmt(eks[0])]),
            ("row", ["Avsättningar", fmt(avsp[1]), fmt(avsp[0])]),
            ("row", ["Långfristiga skulder", fmt(lang[1]), fmt(lang[0])]),
            ("row", ["Kortfristiga skulder", fmt(kort[1]), fmt(kort[0])]),
            ("sum", ["Summa eget kapital och skulder", fmt(tot[1]), fmt(tot[0])])]
    pdf.table([80, 30, 30], hdr, rows, size=8.5)

    pdf.add_page()
    pdf.h1("Nämndernas ekonomiska utfall")
    pdf.caption("Nettokostnad, belopp i mnkr")
    hdr = [["Nämnd", "Budget 2024", "Utfall 2024", "Avvikelse"]]
    rows = []
    sb = su = D(0)
    for (name, v), u in zip(DRIFT, AR_NAMND_UTFALL):
        b = D(v[0])
        u = D(u)
        sb += b
        su += u
        rows.append(("row", [name, fmt(b), fmt(u), fmt(b - u, neg="dash")]))
    rows.append(("sum", ["Summa nämnder", fmt(sb), fmt(su), fmt(sb - su, neg="dash")]))
    pdf.table([80, 28, 28, 28], hdr, rows, size=8.5)
    pdf.note("Positiv avvikelse innebär ett överskott mot budget, negativ avvikelse ett underskott.")
    pdf.p("Socialnämnden redovisar det största underskottet, 14,4 miljoner kronor. Barn- och "
          "utbildningsnämnden redovisar ett underskott på 3,2 miljoner kronor som främst beror på "
          "ökade kostnader för skolskjuts och tilläggsbelopp. Kommunstyrelsen redovisar ett överskott på "
          "2,3 miljoner kronor, bland annat till följd av vakanta tjänster.")
    pdf.h2("Noter")
    pdf.note("Not 1. Verksamhetens intäkter 2024 omfattar bland annat taxor och avgifter 84,1 mnkr, hyror och "
             "arrenden 31,7 mnkr samt riktade statsbidrag 92,4 mnkr.")
    pdf.note("Not 2. Verksamhetens kostnader 2024 omfattar bland annat personalkostnader 918,7 mnkr och "
             "köp av huvudverksamhet 141,3 mnkr.")
    pdf.note("Not 7. Finansiella kostnader avser räntor på lån 14,1 mnkr och ränta på pensionsskuld 3,7 mnkr.")
    pdf.output(path)


def html_page(path):
    tax = [("Äldreomsorg", "24,10"), ("Grundskola och förskoleklass", "20,35"),
           ("Stöd och service till personer med funktionsnedsättning", "11,25"), ("Förskola", "9,80"),
           ("Individ- och familjeomsorg", "8,40"), ("Gymnasieskola", "7,15"),
           ("Politisk verksamhet och administration", "6,30"), ("Gator, vägar och parker", "4,05"),
           ("Kultur och fritid", "3,60"), ("Räddningstjänst", "1,90"), ("Övrigt", "3,10")]
    total = sum(D(v.replace(",", ".")) for _, v in tax)
    assert total == 100, total
    trs = "\n".join(f"        <tr><td>{n}</td><td>{v}</td></tr>" for n, v in tax)
    html = f"""<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Så används din skatt - Kalix kommun</title>
<link rel="stylesheet" href="/styles/main.css">
<script>window.dataLayer = window.dataLayer || [];</script>
</head>
<body>
<div id="cookie-banner" class="cookie">
  <p>Vi använder kakor (cookies) för att förbättra webbplatsen. <a href="/om-webbplatsen/kakor">Läs mer om kakor</a></p>
  <button>Godkänn alla</button> <button>Endast nödvändiga</button>
</div>
<header class="site-header">
  <a href="/" class="logo">Kalix kommun</a>
  <nav>
    <ul>
      <li><a href="/omsorg-och-stod">Omsorg och stöd</a></li>
      <li><a href="/utbildning-och-barnomsorg">Utbildning och barnomsorg</a></li>
      <li><a href="/bygga-bo-och-miljo">Bygga, bo och miljö</a></li>
      <li><a href="/kultur-och-fritid">Kultur och fritid</a></li>
      <li><a href="/kommun-och-politik">Kommun och politik</a></li>
    </ul>
  </nav>
</header>
<nav class="breadcrumbs"><a href="/">Start</a> / <a href="/kommun-och-politik">Kommun och politik</a> / <a href="/kommun-och-politik/ekonomi">Ekonomi</a> / Så används din skatt</nav>
<main>
  <article>
    <h1>Så används din skatt</h1>
    <p class="lead">Kommunalskatten är Kalix kommuns viktigaste inkomstkälla. Här kan du se hur varje hundralapp i kommunalskatt fördelas mellan kommunens verksamheter.</p>
    <h2>Skattesatsen 2025</h2>
    <p>Kalix kommuns skattesats 2025 är 22,94 kronor per hundralapp, samma som 2024. Till Region Norrbotten betalar du dessutom 11,45 kronor, vilket ger en total skattesats på 34,39 kronor.</p>
    <p>En person som tjänar 30 000 kronor i månaden betalar ungefär 6 880 kronor i månaden i kommunalskatt till Kalix kommun.</p>
    <h2>Så fördelas 100 kronor i kommunalskatt</h2>
    <p>Fördelningen bygger på nettokostnaderna i kommunens budget för 2025.</p>
    <table class="tax-table">
      <thead>
        <tr><th>Verksamhet</th><th>Kronor av 100 kr</th></tr>
      </thead>
      <tbody>
{trs}
        <tr><td>Totalt</td><td>100,00</td></tr>
      </tbody>
    </table>
    <h2>Var kommer pengarna ifrån?</h2>
    <p>Skatteintäkterna står för ungefär 69 procent av kommunens intäkter. Resten kommer från statsbidrag och utjämning, avgifter, hyror och försäljning. Avgifterna för till exempel förskola och äldreomsorg täcker bara en liten del av kostnaderna, omkring 4 procent.</p>
    <p>Vill du veta mer? Läs budgeten för 2025 eller årsredovisningen för 2024 under Ekonomi.</p>
    <p class="meta">Publicerad 2025-01-13 · Senast uppdaterad 2025-02-04</p>
    <p class="meta">Sidansvarig: Ekonomienheten</p>
  </article>
</main>
<footer class="site-footer">
  <p>Kalix kommun, 952 81 Kalix · Besöksadress: Torggatan 9 · Telefon 0923-650 00</p>
  <p><a href="/om-webbplatsen">Om webbplatsen</a> · <a href="/tillganglighet">Tillgänglighetsredogörelse</a> · <a href="/personuppgifter">Så hanterar vi personuppgifter</a></p>
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
    d.add_heading("PROTOKOLL", level=1)
    d.add_paragraph("Kommunstyrelsen, Kalix kommun")
    d.add_paragraph("Sammanträdesdatum: 2025-03-17")
    d.add_paragraph("Plats och tid: Kommunhuset, sammanträdesrum Kalixälven, kl. 09.00–12.15")
    d.add_paragraph("Beslutande: Annika Strömbäck (S), ordförande, Tommy Nilsson (S), Maria Lundkvist (S), "
                    "Jonas Öberg (S), Hanna Wikström (C), Per-Erik Sundqvist (M), Lena Bäckström (KD), "
                    "Erik Nyström (V), Oskar Granström (SD), Karin Sandberg (L), Mats Lindbäck (M)")
    d.add_paragraph("Övriga närvarande: Sofia Holmgren, kommundirektör, Jens Forsberg, ekonomichef, "
                    "Lisa Ek, nämndsekreterare")
    d.add_paragraph("Justerare: Hanna Wikström (C)")
    d.add_heading("§ 34 Val av justerare", level=2)
    d.add_paragraph("Kommunstyrelsen beslutar att utse Hanna Wikström (C) att jämte ordföranden justera "
                    "dagens protokoll.")
    d.add_heading("§ 35 Årsredovisning 2024", level=2)
    d.add_paragraph("Dnr KS 2025/58")
    d.add_paragraph("Ekonomienheten har upprättat årsredovisning för 2024. Årets resultat uppgår till 21,6 "
                    "miljoner kronor. Nämnderna redovisar sammantaget ett underskott mot budget på 13,4 "
                    "miljoner kronor, varav socialnämnden 14,4 miljoner kronor.")
    d.add_paragraph("Beslut")
    d.add_paragraph("Kommunstyrelsen föreslår kommunfullmäktige att godkänna årsredovisningen för 2024.")
    d.add_heading("§ 36 Ombudgetering av investeringsmedel från 2024 till 2025", level=2)
    d.add_paragraph("Dnr KS 2025/61")
    d.add_paragraph("Ekonomienheten föreslår att ej förbrukade investeringsmedel för pågående projekt "
                    "ombudgeteras till 2025. Förslaget omfattar fyra projekt.")
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    hdr = ["Projekt", "Budget 2024, tkr", "Utfall 2024, tkr", "Ombudgeteras till 2025, tkr"]
    for i, h in enumerate(hdr):
        t.rows[0].cells[i].text = h
    proj = [("Ny förskola i Nyborg", 15000, 9420), ("VA-ledningar Rolfs", 12500, 10150),
            ("Gång- och cykelväg Strandgatan", 6200, 1840), ("Konstgräsplan Kalix IP", 4800, 4650)]
    sb = su = 0
    for n, b, u in proj:
        c = t.add_row().cells
        c[0].text = n
        c[1].text = fmt(b, 0)
        c[2].text = fmt(u, 0)
        c[3].text = fmt(b - u, 0)
        sb += b
        su += u
    c = t.add_row().cells
    c[0].text = "Summa"
    c[1].text = fmt(sb, 0)
    c[2].text = fmt(su, 0)
    c[3].text = fmt(sb - su, 0)
    d.add_paragraph("Yrkanden")
    d.add_paragraph("Ordföranden yrkar bifall till ekonomienhetens förslag. Erik Nyström (V) yrkar att "
                    "medlen för konstgräsplanen inte ska ombudgeteras utan i stället användas till "
                    "upprustning av skolgårdar.")
    d.add_paragraph("Beslut")
    d.add_paragraph("Kommunstyrelsen beslutar att ombudgetera 12 440 tkr från 2024 till 2025 enligt tabellen.")
    d.add_paragraph("Reservation")
    d.add_paragraph("Erik Nyström (V) reserverar sig mot beslutet till förmån för eget yrkande.")
    d.add_heading("§ 37 Medborgarförslag om utegym i Töre", level=2)
    d.add_paragraph("Dnr KS 2024/377")
    d.add_paragraph("Ett medborgarförslag har inkommit om att anlägga ett utegym vid Töre skola. "
                    "Kultur- och fritidsförvaltningen bedömer kostnaden till 350 000 kronor och att det kan "
                    "rymmas inom ramen för övriga reinvesteringar 2025.")
    d.add_paragraph("Beslut")
    d.add_paragraph("Kommunstyrelsen föreslår kommunfullmäktige att bifalla medborgarförslaget.")
    d.add_heading("§ 38 Motion om fri kollektivtrafik för personer över 75 år", level=2)
    d.add_paragraph("Dnr KS 2024/290")
    d.add_paragraph("Lena Bäckström (KD) har i en motion föreslagit att personer över 75 år ska få åka "
                    "gratis med kollektivtrafiken inom kommunen. Kostnaden beräknas till 1,1 miljoner kronor "
                    "per år.")
    d.add_paragraph("Yrkanden")
    d.add_paragraph("Ordföranden yrkar att motionen avslås. Lena Bäckström (KD) och Per-Erik Sundqvist (M) "
                    "yrkar bifall till motionen.")
    d.add_paragraph("Omröstning")
    d.add_paragraph("Omröstning begärs och verkställs. Med 7 röster för avslag mot 4 röster för bifall "
                    "beslutar kommunstyrelsen att avslå motionen.")
    d.add_paragraph("Beslut")
    d.add_paragraph("Kommunstyrelsen föreslår kommunfullmäktige att avslå motionen.")
    d.add_paragraph("Reservation")
    d.add_paragraph("Lena Bäckström (KD), Per-Erik Sundqvist (M) och Mats Lindbäck (M) reserverar sig mot "
                    "beslutet till förmån för bifall till motionen.")
    d.add_paragraph("Vid protokollet: Lisa Ek")
    d.add_paragraph("Ordförande: Annika Strömbäck    Justerare: Hanna Wikström")
    cp = d.core_properties
    from datetime import datetime
    cp.author = "Lisa Ek"
    cp.last_modified_by = "Lisa Ek"
    cp.title = "Protokoll kommunstyrelsen 2025-03-17"
    cp.created = datetime(2025, 3, 18, 10, 0, 0)
    cp.modified = datetime(2025, 3, 18, 10, 0, 0)
    cp.revision = 1
    d.save(path)
    normalise_zip(path, "2025-03-18T10:00:00Z")


def stats_xlsx(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Befolkning"
    ws.append(["Befolkning i Kalix kommun 2019–2024 efter ålder"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(["Antal invånare den 31 december"])
    ws.append([])
    ws.append(["År", "Totalt", "0–5 år", "6–15 år", "16–19 år", "20–64 år", "65–79 år", "80 år och äldre"])
    for c in ws[4]:
        c.font = Font(bold=True)
    for yr, (tot, g) in BEFOLKNING.items():
        mid = tot - sum(g)
        ws.append([yr, tot, g[0], g[1], g[2], mid, g[3], g[4]])
    ws.append([])
    ws.append(["Källa: SCB, befolkningsstatistik"])
    ws2 = wb.create_sheet("Nettokostnad")
    ws2.append(["Nettokostnad per verksamhet, Kalix kommun"])
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.append(["Belopp i tkr, kr per invånare i kronor"])
    ws2.append([])
    ws2.append(["Verksamhet", "Utfall 2022", "Utfall 2023", "Utfall 2024", "Kr per invånare 2024"])
    for c in ws2[4]:
        c.font = Font(bold=True)
    tot = [0, 0, 0]
    for n, v in NETTO_VERKS:
        ws2.append([n] + v + [round(v[2] * 1000 / 15861)])
        tot = [tot[i] + v[i] for i in range(3)]
    ws2.append(["Summa redovisade verksamheter"] + tot + [round(tot[2] * 1000 / 15861)])
    ws2.append([])
    ws2.append(["Kr per invånare beräknat på 15 861 invånare den 31 december 2024."])
    for w_ in (ws, ws2):
        w_.column_dimensions["A"].width = 48
    from datetime import datetime
    wb.properties.creator = "Ekonomienheten Kalix"
    wb.properties.created = datetime(2025, 4, 10, 8, 0, 0)
    wb.properties.modified = datetime(2025, 4, 10, 8, 0, 0)
    wb.properties.lastModifiedBy = "Ekonomienheten Kalix"
    wb.save(path)
    normalise_zip(path, "2025-04-10T08:00:00Z")


PRESS = """# Nu startar bygget av nya förskolan i Nyborg

**Pressmeddelande från Kalix kommun, 2025-04-22**

I början av maj sätts spaden i marken för Kalix kommuns nya förskola i Nyborg. Förskolan får sex avdelningar och plats för 120 barn, och den ersätter tre äldre förskolor i centrala Kalix som har stora behov av underhåll.

– Det här är den största satsningen på förskolan i Kalix på över 30 år. Barn och personal får moderna, ljusa lokaler, och vi får en effektivare lokalanvändning, säger Annika Strömbäck (S), kommunstyrelsens ordförande.

## Fakta om projektet

- Total investering: cirka 65 miljoner kronor, varav 38 miljoner kronor i budgeten för 2025.
- Entreprenör: Norrbottens Byggpartner AB efter offentlig upphandling med fem anbud.
- Byggstart: maj 2025. Inflyttning planeras till augusti 2026.
- Byggnaden uppförs i trä och får solceller på taket som beräknas ge 45 000 kWh per år.
- Utemiljön på 4 200 kvadratmeter planeras tillsammans med barnen på de förskolor som flyttar.

Under byggtiden kan trafiken på Nyborgsvägen påverkas. Skolskjutsen till Nyborgsskolan får en tillfällig hållplats vid Idrottsvägen.

## Kontakt

Peter Rönnbäck, projektledare, samhällsbyggnadsförvaltningen, telefon 0923-651 20
Annika Strömbäck (S), kommunstyrelsens ordförande, telefon 0923-650 05
"""


def build(outdir):
    os.makedirs(outdir, exist_ok=True)
    budget_pdf(os.path.join(outdir, "kalix-budget-2025-plan-2026-2027.pdf"))
    arsred_pdf(os.path.join(outdir, "kalix-arsredovisning-2024.pdf"))
    html_page(os.path.join(outdir, "sa-anvands-din-skatt.html"))
    protokoll_docx(os.path.join(outdir, "ks-protokoll-2025-03-17.docx"))
    stats_xlsx(os.path.join(outdir, "kalix-statistik-befolkning-nettokostnad.xlsx"))
    with open(os.path.join(outdir, "pressmeddelande-forskola-nyborg.md"), "w", encoding="utf-8") as f:
        f.write(PRESS)
