"""Osby kommun: documents for the dev-muni55 corpus."""
import os

import docx
import openpyxl
from docx.shared import Pt

from common import Doc, fmt, r1, normalize_zip, HTML_TEMPLATE

# ---------------------------------------------------------------- Resultatbudget (mnkr)
# columns: Utfall 2023, Budget 2024, Budget 2025, Plan 2026, Plan 2027
RB = {
    "int": [164.8, 158.2, 161.0, 164.2, 167.5],
    "kost": [-941.3, -962.7, -1001.4, -1027.5, -1052.0],
    "avskr": [-31.6, -33.9, -36.8, -39.4, -41.7],
    "skatt": [624.9, 651.0, 690.3, 714.1, 738.6],
    "gsb": [205.7, 213.4, 218.9, 222.6, 226.0],
    "finint": [3.2, 2.9, 2.7, 2.7, 2.8],
    "finkost": [-9.8, -12.4, -14.6, -16.2, -17.9],
}
N = 5
RB["netto"] = [r1(RB["int"][i] + RB["kost"][i] + RB["avskr"][i]) for i in range(N)]
RB["vres"] = [r1(RB["netto"][i] + RB["skatt"][i] + RB["gsb"][i]) for i in range(N)]
RB["res"] = [r1(RB["vres"][i] + RB["finint"][i] + RB["finkost"][i]) for i in range(N)]
RB["pct"] = [r1(100 * RB["res"][i] / (RB["skatt"][i] + RB["gsb"][i])) for i in range(N)]

# ---------------------------------------------------------------- Driftbudget (tkr): B2024, B2025, P2026, P2027
POLIT = [
    ("Kommunfullmäktige", 2150, 2240, 2290, 2340),
    ("Revision", 1180, 1220, 1250, 1280),
    ("Överförmyndare", 1640, 1710, 1750, 1790),
]
NAMND = [
    ("Kommunstyrelsen", 108300, 112900, 115400, 117900),
    ("Barn- och utbildningsnämnden", 398600, 414200, 424800, 435100),
    ("Socialnämnden", 302500, 318700, 327900, 336800),
    ("Miljö- och byggnämnden", 9870, 10240, 10480, 10720),
    ("Tekniska nämnden", 24300, 25100, 25700, 26300),
]
# only the budget years 2024..2027 (RB index 1..4)
SUM_POL = [sum(r[k] for r in POLIT) for k in range(1, 5)]
SUM_NAM = [sum(r[k] for r in NAMND) + SUM_POL[k - 1] for k in range(1, 5)]
NETTO_TKR = [round(-RB["netto"][i] * 1000) for i in range(1, 5)]
FIN = [NETTO_TKR[k] - SUM_NAM[k] for k in range(4)]

# ---------------------------------------------------------------- Investeringar (mnkr)
INVEST = [  # name, total utgift, B2025, P2026, P2027
    ("Ny idrottshall Osby", 68.0, 24.0, 30.0, 0.0),
    ("Ombyggnad Parkskolan", 22.0, 12.5, 8.0, 0.0),
    ("Tillbyggnad förskola Lönsboda", 9.0, 9.0, 0.0, 0.0),
    ("Gator, gång- och cykelvägar", None, 6.5, 6.5, 6.5),
    ("VA-ledningar Killeberg", 20.0, 14.0, 6.0, 0.0),
    ("Reinvesteringar fastigheter", None, 8.0, 8.0, 8.0),
    ("IT och digitalisering", None, 2.8, 2.5, 2.5),
    ("Inventarier", None, 2.2, 2.0, 2.0),
]
INV_TOT = [r1(sum(p[k] for p in INVEST)) for k in (2, 3, 4)]

# ---------------------------------------------------------------- Delårsrapport 2024 (tkr): budget, prognos
DELAR = [
    ("Politisk verksamhet", sum(r[1] for r in POLIT), sum(r[1] for r in POLIT) - 70),
    ("Kommunstyrelsen", 108300, 106900),
    ("Barn- och utbildningsnämnden", 398600, 403800),
    ("Socialnämnden", 302500, 309100),
    ("Miljö- och byggnämnden", 9870, 9620),
    ("Tekniska nämnden", 24300, 24100),
]
DEL_AVV_FIN = 5680

NYCKEL = {  # År: invånare, skattesats, nettokostnad per invånare (kr), årets resultat mnkr, nettoinvesteringar mnkr
    2019: (13010, 22.21, 55870, 9.6, 41.2),
    2020: (13077, 22.21, 57140, 24.8, 38.7),
    2021: (13125, 22.21, 58610, 31.2, 52.9),
    2022: (13158, 22.21, 60930, 12.7, 61.4),
    2023: (13196, 22.21, round(-RB["netto"][0] * 1e6 / 13196 / 10) * 10, RB["res"][0], 57.3),
}

RH = "Osby kommun · Budget 2025 och plan 2026–2027"


def budget_pdf(path):
    pdf = Doc(RH)
    pdf.add_page()
    pdf.set_y(60)
    pdf.set_font("DejaVu", "B", 28)
    pdf.multi_cell(0, 13, "Budget 2025\nPlan 2026–2027", align="L")
    pdf.ln(6)
    pdf.set_font("DejaVu", "", 14)
    pdf.multi_cell(0, 8, "Osby kommun", align="L")
    pdf.ln(50)
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(0, 6, "Beslutad i kommunfullmäktige 2024-11-18, § 97", align="L")

    pdf.add_page()
    pdf.h1("Innehåll")
    pdf.set_font("DejaVu", "", 10)
    for t, pg in [("Inledning", 3), ("Omvärld", 4), ("Förutsättningar", 5), ("Mål för verksamheterna", 6),
                  ("Resultatbudget", 7), ("Balansbudget och kassaflödesbudget", 8), ("Driftbudget", 9),
                  ("Investeringsbudget", 10), ("Nämndernas uppdrag och besparingar", 11), ("Ordlista", 12)]:
        pdf.cell(150, 6, t)
        pdf.cell(0, 6, str(pg), align="R")
        pdf.ln(6)

    pdf.add_page()
    pdf.h1("Inledning")
    pdf.para("Budget 2025 är den andra budgeten under mandatperioden. Den har tagits fram i en tid med stora "
             "behov inom skola och omsorg och en osäker utveckling av skatteintäkterna.")
    pdf.para("Skattesatsen höjs med 25 öre till 22,46 kronor.")
    pdf.para("Skattehöjningen ger cirka 7,7 miljoner kronor i ökade skatteintäkter 2025. Utan höjningen hade "
             "kommunen inte klarat resultatmålet. Därutöver genomförs besparingar om totalt 12,4 miljoner kronor, "
             "varav barn- och utbildningsnämnden ska spara 5,1 miljoner kronor och socialnämnden 4,8 miljoner kronor.")
    pdf.para("Vi prioriterar tidiga insatser för barn och unga. Barn- och utbildningsnämnden får 2,5 miljoner "
             "kronor för fler lärare i lågstadiet, och byggandet av den nya idrottshallen i Osby påbörjas under "
             "2025. Idrottshallen beräknas kosta 68 miljoner kronor.")
    pdf.para("Osby den 4 november 2024")
    pdf.para("Marie Holmqvist (S)\nKommunstyrelsens ordförande")

    pdf.add_page()
    pdf.h1("Omvärld")
    pdf.para("Svensk ekonomi har varit i lågkonjunktur under 2023 och 2024. SKR räknar med att ekonomin "
             "återhämtar sig under 2025, men att arbetslösheten ligger kvar på en hög nivå.")
    pdf.para("För kommunerna innebär de senaste årens höga inflation att kostnaderna har ökat snabbare än "
             "intäkterna. Pensionskostnaderna ökar kraftigt 2025 när det nya pensionsavtalet får fullt genomslag.")
    pdf.para("Osby kommun ligger i nordöstra Skåne och har tre tätorter: Osby, Lönsboda och Killeberg. "
             "Pendlingen till Älmhult och Hässleholm är omfattande.")
    pdf.para("Arbetslösheten i kommunen var 8,9 procent i september 2024, vilket är högre än genomsnittet för riket.")

    pdf.add_page()
    pdf.h1("Förutsättningar")
    pdf.h2("Befolkning")
    pdf.para("Osby kommun hade 13 196 invånare den 31 december 2023. Budgeten bygger på 13 230 invånare den "
             "1 november 2024. Antalet barn i förskoleåldern minskar något, medan antalet invånare över 80 år "
             "ökar med cirka 3 procent per år.")
    pdf.h2("Skatteunderlag och statsbidrag")
    pdf.para("Skatteintäkterna beräknas enligt SKR:s prognos från oktober 2024. Generella statsbidrag och "
             "utjämning ökar endast med 5,5 miljoner kronor mellan 2024 och 2025, vilket är mindre än "
             "kostnadsökningarna.")
    pdf.h2("Finansiella mål")
    pdf.bullets([
        "Årets resultat ska uppgå till minst 2 procent av skatteintäkter och generella statsbidrag.",
        "Soliditeten ska öka under planperioden.",
        "Nettoinvesteringarna ska inte överstiga 70 miljoner kronor per år, exklusive VA.",
        "Låneskulden per invånare ska inte överstiga 45 000 kronor.",
    ])
    pdf.para("Med ett budgeterat resultat på 20,1 miljoner kronor 2025 uppfylls resultatmålet.")

    pdf.add_page()
    pdf.h1("Mål för verksamheterna")
    pdf.para("Kommunfullmäktige har beslutat om fyra målområden för mandatperioden: Lärande och utveckling, "
             "Trygghet och omsorg, Hållbar livsmiljö samt Attraktiv arbetsgivare. Varje nämnd bryter ned målen "
             "i sina verksamhetsplaner.")
    pdf.h2("Lärande och utveckling")
    pdf.bullets(["Andelen elever i årskurs 9 med godkända betyg i alla ämnen ska öka.",
                 "Fler barn ska vara inskrivna i förskolan."])
    pdf.h2("Trygghet och omsorg")
    pdf.bullets(["Antalet externa placeringar av barn och unga ska minska.",
                 "Brukarnas nöjdhet med äldreomsorgen ska ligga över rikssnittet."])
    pdf.h2("Hållbar livsmiljö")
    pdf.bullets(["Energianvändningen i kommunens lokaler ska minska med 2 procent per år.",
                 "Andelen ekologiska livsmedel i kommunens kök ska vara minst 35 procent."])
    pdf.h2("Attraktiv arbetsgivare")
    pdf.bullets(["Sjukfrånvaron bland medarbetarna ska minska.",
                 "Andelen heltidsanställda ska öka."])

    # resultatbudget
    pdf.add_page()
    pdf.h1("Resultatbudget")
    spec = [
        ("row", "Verksamhetens intäkter", "1", "int"),
        ("row", "Verksamhetens kostnader", "2", "kost"),
        ("row", "Avskrivningar", "3", "avskr"),
        ("sum", "Verksamhetens nettokostnader", "", "netto"),
        ("row", "Skatteintäkter", "4", "skatt"),
        ("row", "Generella statsbidrag och utjämning", "5", "gsb"),
        ("sum", "Verksamhetens resultat", "", "vres"),
        ("row", "Finansiella intäkter", "", "finint"),
        ("row", "Finansiella kostnader", "", "finkost"),
        ("sum", "Årets resultat", "", "res"),
    ]
    rows = [(k, [lab, note] + [fmt(RB[key][i]) for i in range(5)]) for k, lab, note, key in spec]
    rows.append(("row", ["Årets resultat i % av skatter och bidrag", ""] + [fmt(RB["pct"][i]) for i in range(5)]))
    pdf.table([["", "", "Utfall", "Budget", "Budget", "Plan", "Plan"],
               ["Belopp i mnkr", "Not", "2023", "2024", "2025", "2026", "2027"]],
              rows, [64, 10, 19, 19, 19, 19, 19], caption="Resultatbudget")
    pdf.para("Verksamhetens nettokostnader ökar med 38,8 miljoner kronor mellan budget 2024 och budget 2025.")

    # balansbudget
    pdf.add_page()
    pdf.h1("Balansbudget")
    ek = [356.4]
    for i in range(2, 5):
        ek.append(r1(ek[-1] + RB["res"][i]))
    ek = ek[1:]
    anl = [742.3, 771.5, 781.6]
    oms = [96.0, 92.4, 90.1]
    tot = [r1(anl[i] + oms[i]) for i in range(3)]
    avs = [29.8, 31.0, 32.1]
    kfs = [158.0, 161.0, 164.0]
    lfs = [r1(tot[i] - ek[i] - avs[i] - kfs[i]) for i in range(3)]
    sol = [r1(100 * ek[i] / tot[i]) for i in range(3)]
    g = lambda xs: [fmt(x) for x in xs]
    rows = [
        ("sec", ["TILLGÅNGAR"]),
        ("row", ["Anläggningstillgångar"] + g(anl)),
        ("row", ["Omsättningstillgångar"] + g(oms)),
        ("sum", ["Summa tillgångar"] + g(tot)),
        ("sec", ["EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER"]),
        ("row", ["Eget kapital"] + g(ek)),
        ("row", ["Avsättningar för pensioner"] + g(avs)),
        ("row", ["Långfristiga skulder"] + g(lfs)),
        ("row", ["Kortfristiga skulder"] + g(kfs)),
        ("sum", ["Summa eget kapital, avsättningar och skulder"] + g(tot)),
        ("row", ["Soliditet, %"] + g(sol)),
    ]
    pdf.table([["Belopp i mnkr", "Budget 2025", "Plan 2026", "Plan 2027"]], rows, [95, 25, 25, 25],
              caption="Balansbudget")

    # kassaflöde (parentheses for negatives)
    pdf.h1("Kassaflödesbudget")
    res = RB["res"][2:5]
    avskr = [-a for a in RB["avskr"][2:5]]
    lop = [r1(res[i] + avskr[i] + 1.2) for i in range(3)]
    inv = [-x for x in INV_TOT]
    lan = [40.0, 35.0, 10.0]
    amo = [-8.0, -8.0, -8.0]
    kf = [r1(lop[i] + inv[i] + lan[i] + amo[i]) for i in range(3)]
    p = lambda xs: [fmt(x, 1, "paren") for x in xs]
    rows = [
        ("row", ["Årets resultat"] + p(res)),
        ("row", ["Justering för av- och nedskrivningar"] + p(avskr)),
        ("row", ["Justering för övriga ej likviditetspåverkande poster"] + p([1.2, 1.2, 1.2])),
        ("sum", ["Kassaflöde från den löpande verksamheten"] + p(lop)),
        ("row", ["Investeringar i materiella anläggningstillgångar"] + p(inv)),
        ("sum", ["Kassaflöde från investeringsverksamheten"] + p(inv)),
        ("row", ["Nya lån"] + p(lan)),
        ("row", ["Amortering"] + p(amo)),
        ("sum", ["Kassaflöde från finansieringsverksamheten"] + p([r1(lan[i] + amo[i]) for i in range(3)])),
        ("sum", ["Årets kassaflöde"] + p(kf)),
    ]
    pdf.table([["Belopp i mnkr", "Budget 2025", "Plan 2026", "Plan 2027"]], rows, [95, 25, 25, 25],
              caption="Kassaflödesbudget", notes=["Negativa belopp anges inom parentes."])

    # driftbudget, three-line header, tkr
    pdf.add_page()
    pdf.h1("Driftbudget")
    pdf.para("Driftbudgeten anger nämndernas ramar, det vill säga den nettokostnad som varje nämnd tilldelas. "
             "Ramarna för 2025 innehåller kompensation för löne- och prisökningar med 3,1 procent.")
    rows = [("sec", ["Politisk verksamhet"])]
    for r in POLIT:
        rows.append(("row", [r[0]] + [fmt(v, 0) for v in r[1:]] + [fmt(r[2] - r[1], 0)]))
    rows.append(("sum", ["Summa politisk verksamhet"] + [fmt(v, 0) for v in SUM_POL] + [fmt(SUM_POL[1] - SUM_POL[0], 0)]))
    rows.append(("sec", ["Nämnder och styrelse"]))
    for r in NAMND:
        rows.append(("row", [r[0]] + [fmt(v, 0) for v in r[1:]] + [fmt(r[2] - r[1], 0)]))
    rows.append(("sum", ["Summa nämnder"] + [fmt(v, 0) for v in SUM_NAM] + [fmt(SUM_NAM[1] - SUM_NAM[0], 0)]))
    rows.append(("row", ["Finansförvaltning"] + [fmt(v, 0) for v in FIN] + [fmt(FIN[1] - FIN[0], 0)]))
    rows.append(("sum", ["Verksamhetens nettokostnader"] + [fmt(v, 0) for v in NETTO_TKR]
                 + [fmt(NETTO_TKR[1] - NETTO_TKR[0], 0)]))
    pdf.table([["", "Netto-", "Netto-", "Netto-", "Netto-", ""],
               ["", "kostnad", "kostnad", "kostnad", "kostnad", "Förändring"],
               ["Nämnd", "Budget 2024", "Budget 2025", "Plan 2026", "Plan 2027", "2024–2025"]],
              rows, [56, 23, 23, 23, 23, 22], caption="Driftbudget per nämnd", unit="Belopp i tkr", size=8,
              notes=["Finansförvaltningen redovisas med negativt tecken eftersom den innehåller interna "
                     "kapitalkostnader och personalomkostnadspålägg som nämnderna betalar."])
    pdf.para("Barn- och utbildningsnämnden har den största ramen, 414,2 miljoner kronor, vilket motsvarar "
             "nästan hälften av nämndernas samlade ramar.")

    # investeringar
    pdf.add_page()
    pdf.h1("Investeringsbudget")
    rows = []
    for name, tot_u, a, b, c in INVEST:
        rows.append(("row", [name, fmt(tot_u) if tot_u is not None else "–", fmt(a), fmt(b), fmt(c)]))
    rows.append(("sum", ["Totalt", "", fmt(INV_TOT[0]), fmt(INV_TOT[1]), fmt(INV_TOT[2])]))
    pdf.table([["", "Total", "Budget", "Plan", "Plan"], ["Projekt", "utgift", "2025", "2026", "2027"]],
              rows, [76, 22, 22, 22, 22], caption="Investeringar 2025–2027", unit="Belopp i mnkr",
              notes=["Total utgift anges för projekt som pågår under flera år. För årliga anslag anges –.",
                     "VA-ledningar Killeberg finansieras via VA-taxan."])
    pdf.para("Ombyggnaden av Parkskolan påbörjades 2024, då 1,5 miljoner kronor användes till projektering.")
    pdf.para("Den nya idrottshallen i Osby ska stå klar till höstterminen 2026 och ersätter den gamla "
             "Osbyhallen från 1968.")

    # nämndernas uppdrag
    pdf.add_page()
    pdf.h1("Nämndernas uppdrag och besparingar")
    pdf.h2("Barn- och utbildningsnämnden")
    pdf.para("Nämnden ska spara 5,1 miljoner kronor. Besparingen ska bland annat nås genom att två "
             "förskoleavdelningar i Osby tätort slås samman och genom minskade kostnader för köpta "
             "gymnasieplatser. Samtidigt tillförs 2,5 miljoner kronor för fler lärare i lågstadiet.")
    pdf.h2("Socialnämnden")
    pdf.para("Nämnden ska spara 4,8 miljoner kronor, främst genom att minska antalet externa placeringar och "
             "genom att införa digital nattillsyn inom hemtjänsten.")
    pdf.h2("Kommunstyrelsen")
    pdf.para("Kommunstyrelsen ska spara 1,6 miljoner kronor genom en samordning av kommunens växel och "
             "reception med Östra Göinge kommun.")
    pdf.h2("Tekniska nämnden och miljö- och byggnämnden")
    pdf.para("Tekniska nämnden ska spara 0,9 miljoner kronor genom minskad gatubelysning nattetid.")

    pdf.add_page()
    pdf.h1("Ordlista")
    for t in ["Driftbudget: budget för den löpande verksamheten, till exempel löner, hyror och material.",
              "Investering: anskaffning av tillgångar som ska användas under flera år, till exempel byggnader.",
              "Nettokostnad: kostnader minus intäkter.",
              "Soliditet: eget kapital i förhållande till totala tillgångar.",
              "Ram: den nettokostnad som en nämnd tilldelas av kommunfullmäktige."]:
        pdf.para(t)
    pdf.output(path)


def delar_pdf(path):
    pdf = Doc("Osby kommun – Delårsrapport januari–augusti 2024")
    pdf.add_page()
    pdf.set_y(80)
    pdf.set_font("DejaVu", "B", 26)
    pdf.multi_cell(0, 12, "Delårsrapport\njanuari–augusti 2024", align="C")
    pdf.set_font("DejaVu", "", 14)
    pdf.ln(6)
    pdf.multi_cell(0, 8, "Osby kommun", align="C")

    pdf.add_page()
    pdf.h1("Sammanfattning")
    pdf.para("Periodens resultat uppgår till 38,6 miljoner kronor. Resultatet för perioden är högre än för helåret "
             "eftersom semesterlöneskulden minskar under sommaren.")
    pdf.para("Prognosen för helåret 2024 är ett resultat på 12,3 miljoner kronor, vilket är 4,2 miljoner kronor "
             "sämre än budget. Det innebär att resultatmålet på 2 procent inte nås 2024.")
    pdf.para("Nämnderna prognostiserar sammantaget ett underskott på 9,9 miljoner kronor. Underskottet vägs delvis "
             "upp av finansförvaltningen, som beräknas ge ett överskott på 5,7 miljoner kronor, främst tack vare "
             "lägre pensionskostnader.")
    pdf.para("Antalet invånare var 13 214 den 30 juni 2024. Sjukfrånvaron under perioden var 6,9 procent.")
    pdf.h2("Viktiga händelser under perioden")
    pdf.bullets([
        "Kommunfullmäktige beslutade i april att bygga en ny idrottshall i Osby.",
        "Projekteringen av ombyggnaden av Parkskolan startade.",
        "Socialnämnden öppnade ett nytt LSS-boende med sex lägenheter i Lönsboda.",
    ])

    pdf.add_page()
    pdf.h1("Nämndernas prognoser")
    rows = []
    tb = tp = 0
    for name, b, pr in DELAR:
        rows.append(("row", [name, fmt(b, 0), fmt(pr, 0), fmt(b - pr, 0, "paren")]))
        tb += b
        tp += pr
    rows.append(("sum", ["Summa nämnder", fmt(tb, 0), fmt(tp, 0), fmt(tb - tp, 0, "paren")]))
    rows.append(("row", ["Finansförvaltning", "", "", fmt(DEL_AVV_FIN, 0, "paren")]))
    rows.append(("sum", ["Total avvikelse", "", "", fmt(tb - tp + DEL_AVV_FIN, 0, "paren")]))
    pdf.table([["", "Budget", "Prognos", "Avvikelse"], ["Nämnd", "2024", "helår 2024", "mot budget"]],
              rows, [80, 27, 27, 27], caption="Prognos per nämnd 2024", unit="Belopp i tkr",
              notes=["Underskott anges inom parentes."])
    pdf.para("Socialnämnden prognostiserar ett underskott på 6,6 miljoner kronor, som främst beror på kostnader "
             "för externa placeringar av barn och unga. Barn- och utbildningsnämnden prognostiserar ett underskott "
             "på 5,2 miljoner kronor till följd av ökade kostnader för tilläggsbelopp och skolskjuts.")

    pdf.add_page()
    pdf.h1("Resultaträkning")
    rows = [
        ("row", ["Verksamhetens intäkter", "108,4", "103,9", "158,2", "162,0"]),
        ("row", ["Verksamhetens kostnader", "-613,8", "-588,1", "-962,7", "-975,9"]),
        ("row", ["Avskrivningar", "-22,3", "-20,6", "-33,9", "-33,5"]),
        ("sum", ["Verksamhetens nettokostnader", "-527,7", "-504,8", "-838,4", "-847,4"]),
        ("row", ["Skatteintäkter", "433,9", "416,6", "651,0", "650,2"]),
        ("row", ["Generella statsbidrag och utjämning", "140,1", "137,2", "213,4", "218,7"]),
        ("sum", ["Verksamhetens resultat", "46,3", "49,0", "26,0", "21,5"]),
        ("row", ["Finansiella intäkter", "1,9", "2,1", "2,9", "2,8"]),
        ("row", ["Finansiella kostnader", "-9,6", "-6,5", "-12,4", "-12,0"]),
        ("sum", ["Periodens/årets resultat", "38,6", "44,6", "16,5", "12,3"]),
    ]
    pdf.table([["", "Utfall", "Utfall", "Budget", "Prognos"],
               ["Mnkr", "jan–aug 2024", "jan–aug 2023", "2024", "2024"]],
              rows, [70, 25, 25, 22, 22], caption="Resultaträkning")

    pdf.add_page()
    pdf.h1("Investeringar")
    pdf.para("Investeringsbudgeten för 2024 uppgår till 64,5 miljoner kronor. Till och med augusti har 23,8 "
             "miljoner kronor investerats. Prognosen för helåret är 51,0 miljoner kronor.")
    pdf.para("Den största avvikelsen avser VA-ledningar i Killeberg, där upphandlingen blev försenad och "
             "arbetet flyttas till 2025.")
    pdf.output(path)


def html(path):
    years = [2021, 2022, 2023]
    rows = [
        ("Årets resultat, mnkr", [fmt(NYCKEL[y][3]) for y in years]),
        ("Nettoinvesteringar, mnkr", [fmt(NYCKEL[y][4]) for y in years]),
        ("Soliditet, %", ["43,9", "42,6", "41,8"]),
        ("Låneskuld, mnkr", ["248,0", "281,5", "302,0"]),
        ("Skattesats, kronor", [fmt(NYCKEL[y][1], 2) for y in years]),
        ("Antal invånare 31 december", [fmt(NYCKEL[y][0], 0) for y in years]),
    ]
    trs = "\n".join("      <tr><th scope=\"row\">" + a + "</th>" + "".join(f"<td>{v}</td>" for v in vs) + "</tr>"
                    for a, vs in rows)
    body = f"""<h1>Ekonomi och finansiell information</h1>
<p class="dates">Publicerad: 2024-12-02 | Senast uppdaterad: 2025-01-20</p>
<p class="lead">Här hittar du översiktlig information om Osby kommuns ekonomi, nyckeltal och länkar till budget, delårsrapporter och årsredovisningar.</p>
<h2>Nyckeltal</h2>
<table>
  <thead>
    <tr><th>Nyckeltal</th><th>2021</th><th>2022</th><th>2023</th></tr>
  </thead>
  <tbody>
{trs}
  </tbody>
</table>
<p>Källa: Osby kommuns årsredovisningar 2021–2023.</p>
<h2>Nyhet: Skatten höjs 2025</h2>
<p>Kommunfullmäktige beslutade den 18 november 2024 att höja skattesatsen med 25 öre till 22,46 kronor från och med 1 januari 2025. För en person med en månadslön på 35 000 kronor innebär höjningen ungefär 85 kronor mer i skatt per månad.</p>
<h2>Kommunens upplåning</h2>
<p>Osby kommun lånar via Kommuninvest. Den genomsnittliga räntan på kommunens lån var 2,9 procent vid utgången av 2023.</p>
<h2>Dokument</h2>
<ul>
  <li><a href="/download/budget-2025.pdf">Budget 2025 och plan 2026–2027 (pdf)</a></li>
  <li><a href="/download/delarsrapport-2024.pdf">Delårsrapport januari–augusti 2024 (pdf)</a></li>
  <li><a href="/download/arsredovisning-2023.pdf">Årsredovisning 2023 (pdf)</a></li>
</ul>"""
    nav = "\n".join(f'      <li><a href="/{s}">{t}</a></li>' for s, t in [
        ("forskola-och-skola", "Förskola och skola"), ("stod-och-omsorg", "Stöd och omsorg"),
        ("bygga-och-bo", "Bygga och bo"), ("uppleva-och-gora", "Uppleva och göra"),
        ("foretagare", "Företagare"), ("kommun-och-politik", "Kommun och politik")])
    footer = """  <div class="contact"><p>Osby kommun, Box 31, 283 21 Osby</p><p>Besöksadress: Västra Storgatan 35</p><p>Telefon: 0479-52 80 00 | kommunen@osby.se</p></div>
  <div class="links"><a href="/tillganglighet">Tillgänglighet</a> <a href="/kakor">Om kakor</a> <a href="/gdpr">Personuppgifter</a></div>
  <p class="copy">© Osby kommun</p>"""
    crumbs = '<a href="/">Hem</a> / <a href="/kommun-och-politik">Kommun och politik</a> / Ekonomi och finansiell information'
    out = HTML_TEMPLATE.format(title="Ekonomi och finansiell information", site="Osby kommun", nav=nav,
                               crumbs=crumbs, body=body, footer=footer)
    with open(path, "w", encoding="utf-8") as f:
        f.write(out)


def _p(d, text, bold=False, size=None):
    p = d.add_paragraph()
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    return p


def protokoll(path):
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Barn- och utbildningsförvaltningen"
    cp.title = "Protokoll barn- och utbildningsnämnden 2024-09-17"
    _p(d, "Protokoll", bold=True, size=14)
    _p(d, "Barn- och utbildningsnämnden, Osby kommun")
    _p(d, "Datum: 2024-09-17, kl. 18.00–20.30, Lokal: Sessionssalen, kommunhuset Osby")
    _p(d, "Ledamöter: Lars-Göran Nilsson (C), ordförande; Anna Bengtsson (S), vice ordförande; Rolf Ek (SD); "
          "Petra Lindgren (M); Kent Åberg (S); Yvonne Ahl (KD); Sofia Mattsson (S)")
    _p(d, "Tjänstemän: Helena Strand, förvaltningschef; Oskar Lund, controller")

    _p(d, "§ 78 Delårsrapport januari–augusti 2024", bold=True)
    _p(d, "Dnr BUN 2024/112")
    _p(d, "Förvaltningen redovisar delårsrapporten för perioden januari–augusti. Prognosen för helåret är ett "
          "underskott på 5,2 miljoner kronor jämfört med budget. Underskottet beror främst på tilläggsbelopp till "
          "fristående skolor och ökade kostnader för skolskjuts.")
    _p(d, "Beslut: Barn- och utbildningsnämnden godkänner delårsrapporten och uppdrar åt förvaltningschefen att "
          "ta fram en åtgärdsplan för att minska underskottet.")

    _p(d, "§ 79 Förskoleplatser 2025–2027", bold=True)
    _p(d, "Dnr BUN 2024/098")
    _p(d, "Förvaltningen har gjort en prognos över behovet av förskoleplatser. I Lönsboda överstiger behovet det "
          "nuvarande antalet platser, medan Osby tätort har fler platser än barn.")
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for j, c in enumerate(["Förskola", "Ort", "Platser 2024", "Behov 2026"]):
        t.cell(0, j).text = c
    for r in [("Solrosen", "Lönsboda", "64", "82"), ("Ekorren", "Lönsboda", "40", "44"),
              ("Regnbågen", "Osby", "96", "84"), ("Lärkan", "Osby", "72", "66"),
              ("Killebergs förskola", "Killeberg", "36", "38"), ("Totalt", "", "308", "314")]:
        cells = t.add_row().cells
        for j, c in enumerate(r):
            cells[j].text = c
    _p(d, "Beslut: Barn- och utbildningsnämnden beslutar att föreslå kommunstyrelsen en tillbyggnad av förskolan "
          "Solrosen i Lönsboda med två avdelningar och att slå samman två avdelningar på Regnbågen i Osby.")

    _p(d, "§ 80 Nya riktlinjer för skolskjuts", bold=True)
    _p(d, "Dnr BUN 2024/105")
    _p(d, "Förslaget innebär att avståndsgränsen för skolskjuts i årskurs 4–6 höjs från 3 till 4 kilometer. "
          "Förvaltningen beräknar att förändringen sparar cirka 600 000 kronor per år.")
    _p(d, "Yrkande: Petra Lindgren (M) yrkar avslag på förslaget.")
    _p(d, "Beslut: Barn- och utbildningsnämnden antar de nya riktlinjerna för skolskjuts att gälla från "
          "läsåret 2025/2026.")
    _p(d, "Reservation: Petra Lindgren (M) och Yvonne Ahl (KD) reserverar sig mot beslutet.")

    _p(d, "§ 81 Meddelanden", bold=True)
    _p(d, "Beslut: Meddelandena läggs till handlingarna.")
    _p(d, "Justeras: Lars-Göran Nilsson, ordförande    Anna Bengtsson, justerare")
    d.save(path)
    normalize_zip(path)


VERKS = [  # nämnd, verksamhet, intäkter, netto (tkr)
    ("Barn- och utbildningsnämnden", "Förskola", 9800, -98400),
    ("Barn- och utbildningsnämnden", "Grundskola", 14600, -196300),
    ("Barn- och utbildningsnämnden", "Gymnasieskola", 3100, -72800),
    ("Barn- och utbildningsnämnden", "Vuxenutbildning", 5200, -14900),
    ("Barn- och utbildningsnämnden", "Kulturskola och fritidsgårdar", 1400, -6200),
    ("Barn- och utbildningsnämnden", "Gemensamt och administration", 600, -25600),
    ("Socialnämnden", "Äldreomsorg", 38200, -171400),
    ("Socialnämnden", "Funktionshinder (LSS)", 21500, -58900),
    ("Socialnämnden", "Individ- och familjeomsorg", 8700, -61200),
    ("Socialnämnden", "Hälso- och sjukvård", 2300, -19800),
    ("Socialnämnden", "Gemensamt och administration", 400, -7400),
]


def xlsx(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Driftbudget 2025"
    ws.append(["Osby kommun – Driftbudget 2025 per verksamhet"])
    ws.append(["Belopp i tkr. Kostnader och nettokostnader anges med minustecken."])
    ws.append(["Nämnd", "Verksamhet", "Intäkter", "Kostnader", "Netto"])
    cur = None
    acc = [0, 0, 0]
    for nam, verk, inn, net in VERKS:
        if cur and nam != cur:
            ws.append(["Summa " + cur.lower(), None] + acc)
            acc = [0, 0, 0]
        cur = nam
        kost = net - inn
        ws.append([nam, verk, inn, kost, net])
        acc = [acc[0] + inn, acc[1] + kost, acc[2] + net]
    ws.append(["Summa " + cur.lower(), None] + acc)
    for row in ws.iter_rows(min_row=4):
        for c in row[2:]:
            c.number_format = "#,##0"
    ws2 = wb.create_sheet("Nyckeltal")
    ws2.append(["Nyckeltal 2019–2023"])
    ws2.append(["Invånare i antal, skattesats i kronor, nettokostnad i kr per invånare, övrigt i mnkr"])
    ws2.append(["År", "Invånare 31 dec", "Skattesats", "Nettokostnad per invånare", "Årets resultat",
                "Nettoinvesteringar"])
    for y in sorted(NYCKEL):
        inv, sk, nk, res, ni = NYCKEL[y]
        ws2.append([y, inv, sk, nk, res, ni])
    ws.column_dimensions["A"].width = 30
    ws.column_dimensions["B"].width = 30
    wb.properties.creator = "Osby kommun"
    wb.properties.lastModifiedBy = "Osby kommun"
    wb.save(path)
    normalize_zip(path)


PRESS = """PRESSMEDDELANDE
Osby kommun, 2024-11-19

Kommunfullmäktige har antagit budget 2025 – skatten höjs med 25 öre

Kommunfullmäktige i Osby antog i går kväll budgeten för 2025 med plan för 2026–2027. Skattesatsen höjs med 25 öre till 22,46 kronor. Beslutet fattades efter omröstning med 18 röster mot 13.

Budgeten omsluter drygt en miljard kronor och ger ett resultat på 20,1 miljoner kronor 2025.

– Vi väljer att höja skatten i stället för att göra stora neddragningar i skolan och äldreomsorgen. Det är ett tufft men nödvändigt beslut, säger Marie Holmqvist (S), kommunstyrelsens ordförande.

Satsningar 2025 i korthet:
- 2,5 miljoner kronor till fler lärare i lågstadiet
- 1,2 miljoner kronor till förebyggande arbete för unga inom socialtjänsten
- byggstart för den nya idrottshallen i Osby, som beräknas kosta 68 miljoner kronor

Moderaterna och Sverigedemokraterna reserverade sig mot beslutet. De hade i sina förslag behållit skattesatsen på 22,21 kronor.

För mer information:
Marie Holmqvist (S), kommunstyrelsens ordförande, tel. 0479-52 80 10
Thomas Fridh, ekonomichef, tel. 0479-52 81 40
"""


def build(outdir):
    os.makedirs(outdir, exist_ok=True)
    budget_pdf(os.path.join(outdir, "budget-2025-plan-2026-2027.pdf"))
    delar_pdf(os.path.join(outdir, "delarsrapport-jan-aug-2024.pdf"))
    html(os.path.join(outdir, "ekonomi-och-finansiell-information.html"))
    protokoll(os.path.join(outdir, "protokoll-barn-och-utbildningsnamnden-2024-09-17.docx"))
    xlsx(os.path.join(outdir, "driftbudget-2025-per-verksamhet.xlsx"))
    with open(os.path.join(outdir, "pressmeddelande-2024-11-19-budget-2025.txt"), "w", encoding="utf-8") as f:
        f.write(PRESS)
