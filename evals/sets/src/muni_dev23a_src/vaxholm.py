"""Vaxholms stad: Mål och budget 2025-2027, årsredovisning 2023, HTML, protokoll, xlsx, pressmeddelande."""
import os
import docx
import openpyxl
from openpyxl.styles import Font
from common import Doc, sv, r1, fix_zip, docx_table, set_docx_props

POP_2025 = 12450
TAX = "22,04"
CHAIR = "Malin Åkerlund (M)"

# Driftbudget, nettokostnad mnkr: Budget 2024, Budget 2025, Plan 2026, Plan 2027
NAMNDER = [
    ("Kommunfullmäktige och revision", [3.1, 3.2, 3.3, 3.4]),
    ("Kommunstyrelsen", [78.4, 81.6, 83.9, 86.1]),
    ("Barn- och utbildningsnämnden", [382.5, 394.8, 405.2, 416.0]),
    ("Socialnämnden", [268.9, 281.3, 292.7, 303.5]),
    ("Stadsbyggnadsnämnden", [24.6, 25.1, 25.9, 26.6]),
    ("Tekniska nämnden", [52.3, 54.0, 55.8, 57.4]),
    ("Kultur- och fritidsnämnden", [21.8, 22.4, 23.0, 23.6]),
]
GEMENSAMT = [
    ("Pensioner och gemensamma kostnader", [15.1, 16.0, 16.9, 17.8]),
    ("Avgår interna kapitalkostnader", [-6.8, -7.0, -7.2, -7.4]),
]
SUM_N = [r1(sum(n[1][i] for n in NAMNDER)) for i in range(4)]
NETTO = [r1(SUM_N[i] + sum(g[1][i] for g in GEMENSAMT)) for i in range(4)]

# Resultatbudget mnkr: Bokslut 2023, Prognos 2024, Budget 2025, Plan 2026, Plan 2027
RB_NK = [-828.1, -852.9, -NETTO[1], -NETTO[2], -NETTO[3]]
RB_INT = [171.8, 175.0, 179.6, 183.2, 186.9]
RB_AVS = [-36.9, -40.2, -44.8, -48.9, -52.3]
RB_KOST = [r1(RB_NK[i] - RB_INT[i] - RB_AVS[i]) for i in range(5)]
RB_SKATT = [706.2, 727.5, 752.3, 778.1, 804.6]
RB_BIDR = [128.0, 131.2, 139.4, 143.9, 148.2]
RB_VR = [r1(RB_NK[i] + RB_SKATT[i] + RB_BIDR[i]) for i in range(5)]
RB_FI = [5.6, 4.0, 3.5, 3.5, 3.5]
RB_FK = [-5.4, -8.3, -9.6, -10.8, -11.9]
RB_RES = [r1(RB_VR[i] + RB_FI[i] + RB_FK[i]) for i in range(5)]

# Investeringsbudget tkr: Budget 2025, Plan 2026, Plan 2027
INV = [
    ("Kommunstyrelsen", [
        ("IT-infrastruktur och digitalisering", [3500, 3000, 3000]),
        ("Inventarier stadshuset", [800, 500, 500]),
    ]),
    ("Barn- och utbildningsnämnden", [
        ("Ny förskola Rindö", [38000, 42500, 6000]),
        ("Ombyggnad Kronängsskolan", [12400, 18600, 24000]),
        ("Utemiljö skolgårdar", [2500, 2000, 2000]),
        ("Inventarier förskola och skola", [1200, 1200, 1200]),
    ]),
    ("Socialnämnden", [
        ("Ombyggnad Vaxö ängar vård- och omsorgsboende", [6000, 9500, 0]),
        ("Välfärdsteknik", [1500, 1000, 1000]),
    ]),
    ("Stadsbyggnadsnämnden", [
        ("Digitalt planarkiv", [600, 0, 0]),
    ]),
    ("Tekniska nämnden", [
        ("Kajrenovering Söderhamnen", [24000, 18000, 12000]),
        ("Reinvestering gator och vägar", [9500, 9500, 10000]),
        ("Gång- och cykelväg Rindövägen", [4200, 6800, 0]),
        ("Gatubelysning, byte till LED", [2800, 2500, 2000]),
        ("Lekplatser", [1500, 1500, 1500]),
    ]),
    ("Kultur- och fritidsnämnden", [
        ("Konstgräsplan Vaxö IP", [7500, 0, 0]),
        ("Inventarier bibliotek", [400, 300, 300]),
    ]),
]
INV_TOT = [sum(p[1][i] for _, ps in INV for p in ps) for i in range(3)]

# Balansbudget mnkr: Bokslut 2023, Budget 2025, Plan 2026, Plan 2027
MAT = [1184.6, 1296.8]
for i in (1, 2):
    MAT.append(r1(MAT[-1] + INV_TOT[i] / 1000 + RB_AVS[i + 2]))
FIN = [28.4, 28.4, 28.4, 28.4]
FORD = [96.2, 98.0, 99.5, 101.0]
KASSA = [41.3, 35.0, 35.0, 35.0]
EK = [612.4]
EK.append(r1(EK[0] + RB_RES[1] + RB_RES[2]))
EK.append(r1(EK[-1] + RB_RES[3]))
EK.append(r1(EK[-1] + RB_RES[4]))
AVSA = [58.7, 60.9, 62.4, 63.8]
# Kassaflöde 2025-2027
KF_MEDEL = []
KF_LAN = []
LANG = [452.0, 548.0]
for i, yr in enumerate((2025, 2026, 2027)):
    j = i + 2
    dav = AVSA[i + 1] - AVSA[i] if i > 0 else 1.6
    medel = r1(RB_RES[j] - RB_AVS[j] + dav)
    KF_MEDEL.append((r1(dav), medel))
KF_INV = [-r1(x / 1000) for x in INV_TOT]
KF_CHANGE = [-3.0, 0.0, 0.0]
for i in range(3):
    KF_LAN.append(r1(KF_CHANGE[i] - KF_MEDEL[i][1] - KF_INV[i]))
for i in (1, 2):
    LANG.append(r1(LANG[-1] + KF_LAN[i]))
TOT_T = [r1(MAT[i] + FIN[i] + FORD[i] + KASSA[i]) for i in range(4)]
KORT = [r1(TOT_T[i] - EK[i] - AVSA[i] - LANG[i]) for i in range(4)]

# Årsredovisning 2023: nämndernas driftredovisning mnkr (Budget 2023, Utfall 2023)
AR_NAMND = [
    ("Kommunfullmäktige och revision", 2.9, 2.7),
    ("Kommunstyrelsen", 74.1, 72.8),
    ("Barn- och utbildningsnämnden", 365.2, 369.9),
    ("Socialnämnden", 255.0, 261.4),
    ("Stadsbyggnadsnämnden", 23.8, 22.9),
    ("Tekniska nämnden", 50.1, 49.2),
    ("Kultur- och fritidsnämnden", 21.0, 20.6),
]
# Fem år i sammandrag 2019-2023
FEM = [
    ("Antal invånare 31 december", ["11 823", "11 972", "12 105", "12 218", "12 312"]),
    ("Kommunal skattesats, kr", ["21,94", "21,94", "22,04", "22,04", "22,04"]),
    ("Årets resultat, mnkr", ["21,4", "35,2", "29,8", "18,7", "6,3"]),
    ("Nettoinvesteringar, mnkr", ["74,5", "81,2", "96,7", "104,9", "118,4"]),
    ("Soliditet, %", ["49,8", "50,6", "49,1", "47,0", "45,3"]),
    ("Låneskuld, mnkr", ["298,0", "310,0", "352,0", "401,0", "452,0"]),
    ("Antal tillsvidareanställda", ["948", "961", "979", "996", "1 012"]),
]
# Resultaträkning 2023 vs 2022 (mnkr)
RR22 = {"int": 162.3, "kost": -912.4, "avs": -33.5, "skatt": 672.8, "bidr": 129.5, "fi": 3.1, "fk": -3.1}

HEAD = "Vaxholms stad – Mål och budget 2025–2027"


def budget_pdf(path):
    d = Doc(HEAD)
    d.add_page()
    d.set_font("D", "B", 26)
    d.ln(50)
    d.multi_cell(0, 12, "Mål och budget 2025–2027")
    d.set_font("D", "", 14)
    d.multi_cell(0, 8, "med plan för ekonomin 2026–2027")
    d.ln(10)
    d.set_font("D", "", 11)
    d.multi_cell(0, 6, "Vaxholms stad\nAntagen av kommunfullmäktige den 18 november 2024, § 72\nDnr VS 2024/0388")
    d.cover = False

    d.add_page()
    d.h1("Innehåll")
    d.set_font("D", "", 10)
    for t, pg in [("Ordföranden har ordet", 3), ("Vision och övergripande mål", 4), ("Omvärld och befolkning", 5),
                  ("Ekonomiska förutsättningar och effektiviseringar", 6), ("Resultatbudget", 7),
                  ("Balansbudget", 8), ("Kassaflödesbudget", 9), ("Driftbudget per nämnd", 10),
                  ("Investeringsbudget", 11), ("Nämndernas uppdrag", 13), ("Finansiella mål och risker", 14),
                  ("Ord och begrepp", 15)]:
        d.cell(150, 6, t)
        d.cell(0, 6, str(pg), align="R")
        d.ln(6)

    d.add_page()
    d.h1("Ordföranden har ordet")
    d.p("Vaxholm är en levande skärgårdsstad med nära till både hav och storstad. Budgeten för 2025 tas fram i ett "
        "läge där inflationen har bromsat in men där kostnaderna för pensioner, räntor och löner fortsatt ökar snabbare "
        "än skatteintäkterna. Det kräver prioriteringar.")
    d.p(f"Vi lämnar skattesatsen oförändrad på {TAX} kronor per hundralapp beskattningsbar inkomst. I stället "
        "genomför vi effektiviseringar om totalt 8,5 miljoner kronor, fördelade på samtliga nämnder, samtidigt som "
        "vi skyddar kärnverksamheten i förskola, skola och äldreomsorg.")
    d.p("Barn- och utbildningsnämnden får ett tillskott på 12,3 miljoner kronor jämfört med 2024, bland annat för att "
        "möta fler barn på Rindö och Resarö. Vi avsätter också 700 000 kronor till avgiftsfria sommarlovsaktiviteter "
        "för barn och unga.")
    d.p(f"Resultatet för 2025 beräknas till {sv(RB_RES[2])} miljoner kronor, vilket motsvarar 1,6 procent av "
        "skatteintäkter och generella statsbidrag. Det är över vårt finansiella mål om 1,5 procent, men marginalerna "
        "är små och vi behöver fortsätta arbeta med kostnadskontroll under hela planperioden.")
    d.p("Den största enskilda investeringen under perioden är den nya förskolan på Rindö. Vi fortsätter också "
        "renoveringen av kajerna i Söderhamnen, som är avgörande för både pendlare och besöksnäringen.")
    d.p(f"{CHAIR}\nKommunstyrelsens ordförande", style="B")

    d.add_page()
    d.h1("Vision och övergripande mål")
    d.p("Vision Vaxholm 2030: Vaxholm – den hållbara skärgårdsstaden där människor växer och trivs. Kommunfullmäktige "
        "har beslutat om tre målområden som styr nämndernas arbete under mandatperioden.")
    d.h2("Målområde 1: Kvalitet och livsmiljö")
    d.bullets(["Andelen elever i årskurs 9 som är behöriga till gymnasiets yrkesprogram ska vara minst 93 procent.",
               "Nöjdheten med äldreboenden ska vara minst 85 procent i Socialstyrelsens brukarundersökning.",
               "Minst 80 procent av vårdnadshavarna ska erbjudas förskoleplats på önskat placeringsdatum."])
    d.h2("Målområde 2: Hållbar utveckling")
    d.bullets(["Koldioxidutsläppen från stadens egna transporter ska minska med 10 procent jämfört med 2023.",
               "Minst 150 nya bostäder ska få bygglov under perioden 2025–2027."])
    d.h2("Målområde 3: Ekonomi och effektivitet")
    d.bullets(["Resultatet ska uppgå till minst 1,5 procent av skatteintäkter och generella statsbidrag.",
               "Självfinansieringsgraden av investeringar ska vara minst 40 procent över planperioden.",
               "Soliditeten inklusive samtliga pensionsförpliktelser ska inte understiga 30 procent."])

    d.add_page()
    d.h1("Omvärld och befolkning")
    d.p("Sveriges Kommuner och Regioner (SKR) bedömer i sin oktoberprognos att skatteunderlaget växer med 4,1 procent "
        "2025. Den svaga konjunkturen väntas vända under 2025, men arbetslösheten ligger kvar på en hög nivå.")
    d.p("Vaxholm hade 12 312 invånare den 31 december 2023. Befolkningsprognosen pekar mot 12 450 invånare år 2025 "
        "och 12 690 invånare år 2027. Ökningen är störst i åldersgruppen 80 år och äldre, vilket påverkar behovet av "
        "hemtjänst och särskilt boende.")
    d.p("Antalet barn i förskoleåldern väntas vara i stort sett oförändrat, medan antalet elever i grundskolan ökar "
        "något när nya bostadsområden på Rindö färdigställs.")

    d.add_page()
    d.h1("Ekonomiska förutsättningar och effektiviseringar")
    d.p("Budgeten bygger på SKR:s skatteunderlagsprognos från oktober 2024 och en oförändrad skattesats. "
        f"Skatteintäkter och generella statsbidrag beräknas till sammanlagt {sv(RB_SKATT[2] + RB_BIDR[2])} "
        "miljoner kronor 2025.")
    d.p("För att klara det finansiella målet genomförs effektiviseringar om 8,5 miljoner kronor 2025. Barn- och "
        "utbildningsnämnden ska effektivisera med 3,2 miljoner kronor, Socialnämnden med 2,9 miljoner kronor, "
        "Tekniska nämnden med 1,4 miljoner kronor och Kommunstyrelsen med 1,0 miljoner kronor.")
    d.p("Löneökningar kompenseras med 3,4 procent och övriga kostnader med 2,0 procent. Internräntan är 2,5 procent. "
        "Arbetsgivaravgifter och pålägg för pensioner beräknas enligt SKR:s rekommendation.")

    d.add_page()
    d.h1("Resultatbudget")
    d.caption("Tabell 1. Resultatbudget 2025–2027, belopp i mnkr")
    rows = []
    def rb(label, vals, st=""):
        rows.append(([label] + [sv(v) for v in vals], st))
    rb("Verksamhetens intäkter", RB_INT)
    rb("Verksamhetens kostnader", RB_KOST)
    rb("Avskrivningar", RB_AVS)
    rb("Verksamhetens nettokostnader", RB_NK, "B")
    rb("Skatteintäkter", RB_SKATT)
    rb("Generella statsbidrag och utjämning", RB_BIDR)
    rb("Verksamhetens resultat", RB_VR, "B")
    rb("Finansiella intäkter", RB_FI)
    rb("Finansiella kostnader", RB_FK)
    rb("Resultat efter finansiella poster", RB_RES, "B")
    rb("Årets resultat", RB_RES, "B")
    d.table([["", "Bokslut", "Prognos", "Budget", "Plan", "Plan"],
             ["Mnkr", "2023", "2024", "2025", "2026", "2027"]], rows, [60, 22, 22, 22, 22, 22],
            footnotes=["Prognos 2024 avser kommunstyrelsens prognos efter delårsrapporten per augusti 2024.",
                       "Inga extraordinära poster budgeteras under planperioden."])
    d.p(f"Verksamhetens nettokostnader ökar med {sv(-(RB_NK[2] - RB_NK[1]))} miljoner kronor mellan prognosen för 2024 "
        "och budget 2025. Finansiella kostnader ökar till följd av ökad upplåning för investeringar.")

    d.add_page()
    d.h1("Balansbudget")
    d.caption("Tabell 2. Balansbudget, belopp i mnkr")
    rows = []
    def bb(label, vals, st=""):
        rows.append(([label] + ([sv(v) for v in vals] if vals else ["", "", "", ""]), st))
    bb("Tillgångar", None, "S")
    bb("Materiella anläggningstillgångar", MAT)
    bb("Finansiella anläggningstillgångar", FIN)
    bb("Summa anläggningstillgångar", [r1(MAT[i] + FIN[i]) for i in range(4)], "B")
    bb("Fordringar", FORD)
    bb("Kassa och bank", KASSA)
    bb("Summa omsättningstillgångar", [r1(FORD[i] + KASSA[i]) for i in range(4)], "B")
    bb("Summa tillgångar", TOT_T, "B")
    bb("Eget kapital, avsättningar och skulder", None, "S")
    bb("Eget kapital", EK)
    bb("Avsättningar för pensioner", AVSA)
    bb("Långfristiga skulder", LANG)
    bb("Kortfristiga skulder", KORT)
    bb("Summa eget kapital, avsättningar och skulder", TOT_T, "B")
    d.table([["", "Bokslut", "Budget", "Plan", "Plan"], ["Mnkr", "2023", "2025", "2026", "2027"]], rows,
            [78, 23, 23, 23, 23])
    d.p(f"Soliditeten beräknas sjunka från 45,3 procent 2023 till {sv(EK[3] / TOT_T[3] * 100)} procent 2027 eftersom investeringarna till stor "
        "del finansieras med nya lån.")

    d.add_page()
    d.h1("Kassaflödesbudget")
    d.caption("Tabell 3. Kassaflödesbudget, belopp i mnkr")
    rows = []
    def kb(label, vals, st=""):
        rows.append(([label] + ([sv(v) for v in vals] if vals else ["", "", ""]), st))
    kb("Den löpande verksamheten", None, "S")
    kb("Årets resultat", RB_RES[2:])
    kb("Justering för avskrivningar", [-x for x in RB_AVS[2:]])
    kb("Justering för avsättningar", [m[0] for m in KF_MEDEL])
    kb("Medel från den löpande verksamheten", [m[1] for m in KF_MEDEL], "B")
    kb("Investeringsverksamheten", None, "S")
    kb("Investering i materiella anläggningstillgångar", KF_INV)
    kb("Medel från investeringsverksamheten", KF_INV, "B")
    kb("Finansieringsverksamheten", None, "S")
    kb("Nyupptagna lån och amorteringar, netto", KF_LAN)
    kb("Medel från finansieringsverksamheten", KF_LAN, "B")
    kb("Årets kassaflöde", KF_CHANGE, "B")
    d.table([["", "Budget", "Plan", "Plan"], ["Mnkr", "2025", "2026", "2027"]], rows, [90, 26, 26, 26])

    # Landscape driftbudget
    d.add_page(orientation="L")
    d.h1("Driftbudget per nämnd")
    d.caption("Tabell 4. Nettokostnad per nämnd, belopp i mnkr (kr per invånare i sista kolumnen)")
    rows = []
    rows.append((["Nämnder", "", "", "", "", "", "", ""], "S"))
    for name, v in NAMNDER:
        ch = r1(v[1] - v[0])
        pct = r1((v[1] - v[0]) / v[0] * 100)
        kpi = round(v[1] * 1e6 / POP_2025, -1)
        rows.append(([name, sv(v[0]), sv(v[1]), sv(v[2]), sv(v[3]), sv(ch), sv(pct), sv(kpi, 0)], ""))
    chs = r1(SUM_N[1] - SUM_N[0])
    rows.append((["Summa nämnder", sv(SUM_N[0]), sv(SUM_N[1]), sv(SUM_N[2]), sv(SUM_N[3]), sv(chs),
                  sv(r1(chs / SUM_N[0] * 100)), sv(round(SUM_N[1] * 1e6 / POP_2025, -1), 0)], "B"))
    rows.append((["Finansförvaltning", "", "", "", "", "", "", ""], "S"))
    for name, v in GEMENSAMT:
        rows.append(([name, sv(v[0]), sv(v[1]), sv(v[2]), sv(v[3]), sv(r1(v[1] - v[0])), "", ""], ""))
    chn = r1(NETTO[1] - NETTO[0])
    rows.append((["Verksamhetens nettokostnader", sv(NETTO[0]), sv(NETTO[1]), sv(NETTO[2]), sv(NETTO[3]), sv(chn),
                  sv(r1(chn / NETTO[0] * 100)), sv(round(NETTO[1] * 1e6 / POP_2025, -1), 0)], "B"))
    d.table([["", "Budget", "Budget", "Plan", "Plan", "Förändring", "Förändring", "Kr per invånare"],
             ["Nämnd", "2024", "2025", "2026", "2027", "2024–2025", "%", "2025"]], rows,
            [75, 22, 22, 22, 22, 27, 24, 35],
            footnotes=["Kr per invånare beräknas på prognostiserad folkmängd 12 450 invånare 2025, avrundat till tiotal kronor.",
                       "Budget 2024 avser av kommunfullmäktige beslutad ram inklusive tilläggsanslag."])

    d.add_page(orientation="P")
    d.h1("Investeringsbudget")
    d.p("Investeringsbudgeten omfattar totalt "
        f"{sv(sum(INV_TOT) / 1000)} miljoner kronor under perioden 2025–2027. Den nya förskolan på Rindö är den största "
        f"enskilda investeringen med totalt {sv(sum([38000, 42500, 6000]) / 1000)} miljoner kronor och beräknas stå "
        "klar hösten 2026.")
    d.caption("Tabell 5. Investeringsbudget per nämnd och projekt, belopp i tkr")
    rows = []
    for nm, ps in INV:
        rows.append(([nm, "", "", "", ""], "S"))
        for pn, v in ps:
            rows.append(([pn] + [sv(x, 0) for x in v] + [sv(sum(v), 0)], ""))
        s = [sum(p[1][i] for p in ps) for i in range(3)]
        rows.append((["Summa " + nm[0].lower() + nm[1:]] + [sv(x, 0) for x in s] + [sv(sum(s), 0)], "B"))
    rows.append((["Totalt investeringar"] + [sv(x, 0) for x in INV_TOT] + [sv(sum(INV_TOT), 0)], "B"))
    brk = [i for i, r in enumerate(rows) if r[0][0] == "Socialnämnden"][0]
    d.table([["", "Budget", "Plan", "Plan", "Totalt"], ["Tkr", "2025", "2026", "2027", "2025–2027"]], rows,
            [82, 22, 22, 22, 22], break_after=brk,
            cont_caption="Tabell 5. Investeringsbudget per nämnd och projekt, belopp i tkr (forts.)",
            footnotes=["Ombyggnaden av Kronängsskolan fortsätter 2028 med ytterligare cirka 15 miljoner kronor."])

    d.add_page()
    d.h1("Nämndernas uppdrag")
    d.h2("Kommunstyrelsen")
    d.p("Kommunstyrelsen leder och samordnar stadens verksamhet och ansvarar för ekonomi, personal, kommunikation "
        "och digitalisering. Under 2025 ska ett gemensamt e-tjänsteprogram införas.")
    d.h2("Barn- och utbildningsnämnden")
    d.p("Nämnden ansvarar för förskola, grundskola, fritidshem och gymnasieskola. Antalet gymnasieelever som studerar "
        "i andra kommuner ökar, vilket höjer kostnaderna för interkommunala ersättningar.")
    d.h2("Socialnämnden")
    d.p("Socialnämnden ansvarar för äldreomsorg, stöd till personer med funktionsnedsättning och individ- och "
        "familjeomsorg. Ett nytt avtal för hemtjänst börjar gälla den 1 april 2025.")
    d.h2("Tekniska nämnden")
    d.p("Tekniska nämnden ansvarar för gator, parker, hamnar och stadens fastigheter. Kajrenoveringen i Söderhamnen "
        "genomförs i etapper för att trafiken till Vaxholmsbolagets båtar ska kunna pågå.")
    d.h2("Stadsbyggnadsnämnden och Kultur- och fritidsnämnden")
    d.p("Stadsbyggnadsnämnden ansvarar för detaljplaner, bygglov och miljötillsyn. Kultur- och fritidsnämnden ansvarar "
        "för bibliotek, kulturskola, föreningsbidrag och idrottsanläggningar.")

    d.add_page()
    d.h1("Finansiella mål och risker")
    d.p("Kommunfullmäktige har fastställt tre finansiella mål för god ekonomisk hushållning: ett resultat om minst "
        "1,5 procent av skatteintäkter och generella statsbidrag, en självfinansieringsgrad av investeringar om minst "
        "40 procent och en soliditet inklusive pensionsförpliktelser om minst 30 procent.")
    d.p("En procentenhet högre ränta på den rörliga delen av låneskulden motsvarar ökade kostnader om cirka "
        "2,3 miljoner kronor per år. En ökning av lönekostnaderna med en procent motsvarar cirka 5,9 miljoner kronor.")
    d.p("Den största risken i planen är att skatteunderlaget växer långsammare än beräknat samtidigt som behoven inom "
        "äldreomsorgen ökar.")

    d.add_page()
    d.h1("Ord och begrepp")
    d.bullets(["Avskrivning: kostnad för värdeminskning av en anläggningstillgång.",
               "Balansbudget: visar den ekonomiska ställningen vid årets slut.",
               "Kassaflödesbudget: visar hur likvida medel tillförs och används.",
               "Nettokostnad: kostnader efter avdrag för avgifter, ersättningar och riktade bidrag.",
               "Soliditet: eget kapital i förhållande till totala tillgångar."])
    d.output(path)


def ar_pdf(path):
    d = Doc("Vaxholms stad – Årsredovisning 2023")
    d.add_page()
    d.set_font("D", "B", 26)
    d.ln(50)
    d.multi_cell(0, 12, "Årsredovisning 2023")
    d.set_font("D", "", 12)
    d.multi_cell(0, 7, "Vaxholms stad\nGodkänd av kommunfullmäktige den 17 juni 2024")
    d.cover = False
    d.add_page()
    d.h1("Kommunstyrelsens ordförande har ordet")
    d.p("2023 var ett år med hög inflation och stigande räntor. Trots det redovisar Vaxholms stad ett positivt resultat "
        f"på {sv(RB_RES[0])} miljoner kronor, jämfört med 18,7 miljoner kronor året innan.")
    d.p("Barn- och utbildningsnämnden och Socialnämnden redovisar underskott mot budget, främst på grund av fler "
        "placeringar inom individ- och familjeomsorgen och ökade kostnader för gymnasieskolan. Barn- och "
        "utbildningsnämndens underskott uppgick till 4,7 miljoner kronor.")
    d.p(f"{CHAIR}\nKommunstyrelsens ordförande", style="B")
    d.add_page()
    d.h1("Förvaltningsberättelse")
    d.h2("Fem år i sammandrag")
    rows = [([lbl] + vals, "") for lbl, vals in FEM]
    d.table([["", "2019", "2020", "2021", "2022", "2023"]], rows, [70, 20, 20, 20, 20, 20])
    d.h2("Investeringar")
    d.p("Nettoinvesteringarna uppgick till 118,4 miljoner kronor 2023. De största projekten var kajrenoveringen i "
        "Söderhamnen med 31,6 miljoner kronor och projekteringen av den nya förskolan på Rindö med 4,2 miljoner kronor.")
    d.h2("Personal")
    d.p("Antalet tillsvidareanställda var 1 012 den 31 december 2023. Sjukfrånvaron minskade till 6,1 procent "
        "av den ordinarie arbetstiden, från 6,8 procent 2022.")
    d.add_page()
    d.h1("Resultaträkning")
    d.caption("Belopp i mnkr")
    rr23 = {"int": RB_INT[0], "kost": RB_KOST[0], "avs": RB_AVS[0], "skatt": RB_SKATT[0], "bidr": RB_BIDR[0],
            "fi": RB_FI[0], "fk": RB_FK[0]}
    def der(r):
        nk = r1(r["int"] + r["kost"] + r["avs"])
        vr = r1(nk + r["skatt"] + r["bidr"])
        res = r1(vr + r["fi"] + r["fk"])
        return nk, vr, res
    n23, v23, s23 = der(rr23)
    n22, v22, s22 = der(RR22)
    e = lambda x: sv(x, 1, "endash")
    rows = [(["Verksamhetens intäkter", "1", e(rr23["int"]), e(RR22["int"])], ""),
            (["Verksamhetens kostnader", "2", e(rr23["kost"]), e(RR22["kost"])], ""),
            (["Avskrivningar", "3", e(rr23["avs"]), e(RR22["avs"])], ""),
            (["Verksamhetens nettokostnader", "", e(n23), e(n22)], "B"),
            (["Skatteintäkter", "4", e(rr23["skatt"]), e(RR22["skatt"])], ""),
            (["Generella statsbidrag och utjämning", "5", e(rr23["bidr"]), e(RR22["bidr"])], ""),
            (["Verksamhetens resultat", "", e(v23), e(v22)], "B"),
            (["Finansiella intäkter", "6", e(rr23["fi"]), e(RR22["fi"])], ""),
            (["Finansiella kostnader", "7", e(rr23["fk"]), e(RR22["fk"])], ""),
            (["Årets resultat", "", e(s23), e(s22)], "B")]
    assert abs(s22 - 18.7) < 0.05 and abs(s23 - 6.3) < 0.05, (s22, s23)
    d.table([["Mnkr", "Not", "2023", "2022"]], rows, [80, 15, 25, 25])
    d.add_page()
    d.h1("Driftredovisning per nämnd")
    d.caption("Nettokostnad 2023, belopp i mnkr")
    rows = []
    for nm, b, u in AR_NAMND:
        rows.append(([nm, sv(b), sv(u), sv(r1(b - u), 1, "endash")], ""))
    sb = r1(sum(x[1] for x in AR_NAMND)); su = r1(sum(x[2] for x in AR_NAMND))
    rows.append((["Summa nämnder", sv(sb), sv(su), sv(r1(sb - su), 1, "endash")], "B"))
    d.table([["", "Budget", "Utfall", "Avvikelse"], ["Nämnd", "2023", "2023", "2023"]], rows, [80, 25, 25, 25],
            footnotes=["Negativ avvikelse innebär att nämnden har överskridit sin budget."])
    d.p("Socialnämndens underskott förklaras främst av kostnader för externa placeringar av barn och unga. "
        "Kommunstyrelsens överskott beror på vakanta tjänster och lägre kostnader för IT-licenser.")
    d.output(path)
    return AR_NAMND


def html(path):
    # kronor av varje hundralapp, based on budget 2025
    shares = [("Förskola", "13,40"), ("Grundskola och fritidshem", "22,90"), ("Gymnasieskola", "8,00"),
              ("Äldreomsorg", "17,60"), ("Stöd till personer med funktionsnedsättning", "9,30"),
              ("Individ- och familjeomsorg", "5,40"), ("Gator, parker och hamnar", "6,20"),
              ("Kultur och fritid", "2,60"), ("Plan, bygg och miljö", "2,90"),
              ("Politik, ledning och administration", "9,70"), ("Övrigt", "2,00")]
    tot = sum(float(s.replace(",", ".")) for _, s in shares)
    assert abs(tot - 100) < 0.001, tot
    rows = "\n".join(f"        <tr><td>{a}</td><td>{b}</td></tr>" for a, b in shares)
    page = f"""<!DOCTYPE html>
<html lang="sv">
<head>
  <meta charset="utf-8">
  <title>Så används din skatt - Vaxholms stad</title>
  <link rel="stylesheet" href="/css/main.css">
  <script>window.dataLayer = window.dataLayer || [];</script>
</head>
<body>
  <div id="cookie-banner" class="cookie">
    <p>Vi använder kakor (cookies) för att förbättra webbplatsen. <a href="/kakor">Läs mer om kakor</a></p>
    <button>Godkänn alla</button> <button>Endast nödvändiga</button>
  </div>
  <header class="site-header">
    <a class="logo" href="/">Vaxholms stad</a>
    <nav>
      <ul>
        <li><a href="/omsorg">Omsorg och stöd</a></li>
        <li><a href="/skola">Förskola och skola</a></li>
        <li><a href="/bygga">Bygga, bo och miljö</a></li>
        <li><a href="/kommun">Kommun och politik</a></li>
      </ul>
    </nav>
    <form class="search"><input type="search" placeholder="Sök på vaxholm.se"></form>
  </header>
  <div class="breadcrumbs">Start / Kommun och politik / Ekonomi / Så används din skatt</div>
  <main>
    <article>
      <h1>Så används din skatt</h1>
      <p class="preamble">Kommunalskatten är Vaxholms stads viktigaste inkomstkälla. Här kan du se hur varje hundralapp i skatt fördelas mellan stadens verksamheter.</p>
      <p>Skattesatsen i Vaxholms stad är {TAX} kronor för 2025. Det betyder att du betalar {TAX} kronor i kommunalskatt för varje hundralapp du tjänar över grundavdraget. Utöver kommunalskatten betalar du skatt till Region Stockholm.</p>
      <h2>Så fördelas 100 kronor i skatt 2025</h2>
      <table class="table">
        <caption>Kronor av varje hundralapp, budget 2025</caption>
        <thead><tr><th>Verksamhet</th><th>Kronor</th></tr></thead>
        <tbody>
{rows}
        </tbody>
      </table>
      <p>Fördelningen bygger på nettokostnaderna i Mål och budget 2025–2027. Skatten står för ungefär tre fjärdedelar av stadens intäkter. Resten kommer från statsbidrag, avgifter och hyror.</p>
      <p>Den genomsnittliga kostnaden för en plats i förskolan är cirka 168 000 kronor per år, varav föräldraavgifterna täcker cirka 7 procent.</p>
      <p class="meta">Publicerad 2024-12-02<br>Senast uppdaterad 2025-01-15</p>
    </article>
  </main>
  <footer>
    <p>Vaxholms stad, Box 53, 185 21 Vaxholm. Telefon 08-541 708 00.</p>
    <p><a href="/tillganglighet">Tillgänglighetsredogörelse</a> | <a href="/personuppgifter">Personuppgifter</a></p>
  </footer>
</body>
</html>
"""
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(page)


def protokoll(path):
    d = docx.Document()
    set_docx_props(d, "Kommunstyrelsens kansli", "Protokoll kommunstyrelsen 2024-10-14")
    d.add_heading("PROTOKOLL", level=0)
    d.add_paragraph("Kommunstyrelsen, Vaxholms stad")
    d.add_paragraph("Sammanträdesdatum: 2024-10-14")
    d.add_paragraph("Plats och tid: Kommunstyrelsens sammanträdesrum, Stadshuset, klockan 18.00–20.45")
    d.add_paragraph("Beslutande: Malin Åkerlund (M), ordförande; Erik Lindqvist (L), vice ordförande; "
                    "Karin Sjöberg (S); Johan Hedin (C); Anneli Roos (M); Peter Bergvall (V); Sara Norén (KD)")
    d.add_paragraph("Justerare: Karin Sjöberg (S)")
    d.add_heading("§ 112 Val av justerare", level=2)
    d.add_paragraph("Kommunstyrelsen beslutar att utse Karin Sjöberg (S) att jämte ordföranden justera protokollet.")
    d.add_heading("§ 113 Delårsrapport per augusti 2024", level=2)
    d.add_paragraph(f"Delårsrapporten visar ett resultat för perioden januari–augusti på 22,6 miljoner kronor. "
                    f"Prognosen för helåret 2024 är ett resultat på {sv(RB_RES[1])} miljoner kronor. "
                    "Socialnämnden prognostiserar ett underskott om 5,8 miljoner kronor.")
    d.add_paragraph("Beslut: Kommunstyrelsen föreslår kommunfullmäktige att godkänna delårsrapporten.")
    d.add_heading("§ 114 Mål och budget 2025–2027", level=2)
    d.add_paragraph("Ärendet: Majoriteten (M, L, C, KD) har lämnat förslag till Mål och budget 2025–2027 med "
                    f"oförändrad skattesats {TAX} kronor. Socialdemokraterna har lämnat ett eget budgetförslag med "
                    "en skattesats på 22,29 kronor.")
    d.add_paragraph("Tabell: Nämndernas ramar 2025 enligt förslagen (mnkr)")
    s_prop = {"Barn- och utbildningsnämnden": 398.6, "Socialnämnden": 286.1}
    rows = [["Nämnd", "Majoritetens förslag", "Socialdemokraternas förslag", "Skillnad"]]
    for nm, v in NAMNDER:
        s = s_prop.get(nm, v[1])
        rows.append([nm, sv(v[1]), sv(s), sv(r1(s - v[1]))])
    sm = SUM_N[1]; ss = r1(sum(s_prop.get(nm, v[1]) for nm, v in NAMNDER))
    rows.append(["Summa nämnder", sv(sm), sv(ss), sv(r1(ss - sm))])
    docx_table(d, rows)
    d.add_paragraph("")
    d.add_paragraph("Yrkanden: Ordföranden yrkar bifall till majoritetens förslag. Karin Sjöberg (S) yrkar bifall till "
                    "Socialdemokraternas förslag. Peter Bergvall (V) yrkar bifall till Socialdemokraternas förslag.")
    d.add_paragraph("Omröstning: Ja-röst för majoritetens förslag, nej-röst för Socialdemokraternas förslag. "
                    "Med 5 ja-röster mot 2 nej-röster beslutar kommunstyrelsen enligt majoritetens förslag.")
    d.add_paragraph("Beslut: Kommunstyrelsen föreslår kommunfullmäktige att fastställa Mål och budget 2025–2027 "
                    f"med en skattesats om {TAX} kronor samt att ge kommunstyrelsen rätt att under 2025 nyupplåna "
                    "högst 110 miljoner kronor.")
    d.add_paragraph("Reservation: Karin Sjöberg (S) och Peter Bergvall (V) reserverar sig mot beslutet till förmån "
                    "för Socialdemokraternas förslag.")
    d.add_heading("§ 115 Försäljning av fastigheten Vaxholm Ytterby 4:12", level=2)
    d.add_paragraph("Fastigheten har sålts genom öppen budgivning. Högsta bud lämnades av Skärgårdsbostäder AB "
                    "om 4 350 000 kronor.")
    d.add_paragraph("Beslut: Kommunstyrelsen beslutar att godkänna köpekontraktet och uppdrar åt stadsdirektören att "
                    "underteckna handlingarna.")
    d.add_heading("§ 116 Taxa för gästhamnsplatser 2025", level=2)
    d.add_paragraph("Tekniska nämnden föreslår att avgiften för en gästhamnsplats i Söderhamnen höjs från 350 till "
                    "400 kronor per dygn från och med den 1 maj 2025.")
    d.add_paragraph("Beslut: Kommunstyrelsen föreslår kommunfullmäktige att anta taxan.")
    d.add_paragraph("Justerat 2024-10-17. Protokollet har anslagits på stadens digitala anslagstavla.")
    d.save(path)
    fix_zip(path)
    return s_prop


def xlsx(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Befolkning"
    ws["A1"] = "Befolkning i Vaxholms stad 2019–2024 efter åldersgrupp"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Antal personer den 31 december"
    hdr = ["År", "Totalt", "0–5 år", "6–15 år", "16–19 år", "20–64 år", "65–79 år", "80 år och äldre"]
    ws.append([])
    ws.append(hdr)
    data = {2019: [892, 1872, 655, 6320, 1580], 2020: [884, 1895, 668, 6360, 1612],
            2021: [879, 1912, 681, 6402, 1640], 2022: [871, 1930, 690, 6441, 1663],
            2023: [862, 1941, 702, 6473, 1688], 2024: [851, 1950, 710, 6493, 1702]}
    totals = {2019: 11823, 2020: 11972, 2021: 12105, 2022: 12218, 2023: 12312, 2024: 12389}
    for y in sorted(data):
        v = data[y]
        old = totals[y] - sum(v)
        ws.append([y, totals[y]] + v + [old])
    ws.append([])
    ws.append(["Källa: SCB, befolkningsstatistik. 2024 avser preliminära uppgifter."])
    ws2 = wb.create_sheet("Kostnad per invånare")
    ws2["A1"] = "Nettokostnad per invånare och verksamhet"
    ws2["A1"].font = Font(bold=True, size=13)
    ws2["A2"] = "Kronor per invånare, löpande priser"
    ws2.append([])
    ws2.append(["Verksamhet", "2021", "2022", "2023", "Riket 2023"])
    cost = [("Förskola", 9410, 9655, 9980, 8740), ("Grundskola inkl. förskoleklass", 17820, 18340, 19105, 17960),
            ("Gymnasieskola", 6450, 6730, 7215, 6180), ("Äldreomsorg", 13250, 13980, 14860, 15320),
            ("Stöd till personer med funktionsnedsättning", 7820, 8105, 8390, 8910),
            ("Individ- och familjeomsorg", 3510, 3890, 4420, 4870),
            ("Kultur och fritid", 2140, 2210, 2260, 2450)]
    for row in cost:
        ws2.append(list(row))
    ws2.append(["Totalt angivna verksamheter"] + [sum(r[i] for r in cost) for i in range(1, 5)])
    ws2.append([])
    ws2.append(["Källa: Kolada (RKA) och egna beräkningar."])
    for w in (ws, ws2):
        w.column_dimensions["A"].width = 42
    p = wb.properties
    p.creator = "Vaxholms stad, ekonomienheten"
    p.lastModifiedBy = "Vaxholms stad, ekonomienheten"
    wb.save(path)
    fix_zip(path)
    return data, totals, cost


def press(path):
    txt = f"""# Vaxholm satsar på förskola och skola i budgeten för 2025

**Pressmeddelande, Vaxholms stad, 19 november 2024**

Kommunfullmäktige i Vaxholm antog i går kväll Mål och budget 2025–2027. Skattesatsen lämnas oförändrad på {TAX} kronor.

Budgeten innebär att Barn- och utbildningsnämnden får {sv(NAMNDER[2][1][1])} miljoner kronor 2025, en ökning med 12,3 miljoner kronor jämfört med i år. Socialnämnden får {sv(NAMNDER[3][1][1])} miljoner kronor.

– Vi prioriterar barnen och de äldre, samtidigt som vi håller ordning på ekonomin. Resultatet på {sv(RB_RES[2])} miljoner kronor ger oss utrymme att investera utan att låna mer än nödvändigt, säger Malin Åkerlund (M), kommunstyrelsens ordförande.

## Nytt i budgeten

- 700 000 kronor till avgiftsfria sommarlovsaktiviteter för barn och unga.
- En ny förskola på Rindö med plats för 120 barn. Förskolan beräknas stå klar hösten 2026.
- 1,2 miljoner kronor extra till fritidsgårdens kvällsöppet på fredagar och lördagar.
- Effektiviseringar om totalt 8,5 miljoner kronor i alla nämnder.

Investeringarna 2025 uppgår till {sv(INV_TOT[0] / 1000)} miljoner kronor, varav {sv(24.0)} miljoner kronor till kajrenoveringen i Söderhamnen.

Oppositionen, Socialdemokraterna och Vänsterpartiet, röstade för ett eget förslag med en skattehöjning på 25 öre.

**Kontakt:**
Malin Åkerlund (M), kommunstyrelsens ordförande, 08-541 708 10
Jonas Ekström, ekonomichef, 08-541 708 45
"""
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(txt)


def build(out):
    os.makedirs(out, exist_ok=True)
    budget_pdf(os.path.join(out, "mal-och-budget-2025-2027.pdf"))
    ar_pdf(os.path.join(out, "arsredovisning-2023.pdf"))
    html(os.path.join(out, "sa-anvands-din-skatt.html"))
    protokoll(os.path.join(out, "protokoll-ks-2024-10-14.docx"))
    xlsx(os.path.join(out, "befolkning-och-kostnader.xlsx"))
    press(os.path.join(out, "pressmeddelande-budget-2025.md"))
    return {"SUM_N": SUM_N, "NETTO": NETTO, "RB_RES": RB_RES, "RB_KOST": RB_KOST, "RB_VR": RB_VR,
            "INV_TOT": INV_TOT, "MAT": MAT, "EK": EK, "LANG": LANG, "KORT": KORT, "TOT_T": TOT_T,
            "KF_MEDEL": KF_MEDEL, "KF_LAN": KF_LAN}
