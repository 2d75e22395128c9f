"""Åsele kommun - Årsredovisning 2024 (PDF)."""
from fmt import num, tkr
from pdfkit import Doc

# result statement mnkr: Utfall 2023, Budget 2024, Utfall 2024
RR_IN = [
    ("Verksamhetens intäkter", "1", [96.4, 88.0, 101.7]),
    ("Verksamhetens kostnader", "2", [-386.5, -384.2, -403.8]),
    ("Avskrivningar", "3", [-14.8, -15.5, -15.1]),
]
SKATT = [152.3, 160.1, 159.4]
GSB = [149.8, 155.0, 156.3]
FINI = [1.9, 1.2, 2.2]
FINK = [-3.6, -4.0, -6.9]
NETTO = [round(sum(r[2][i] for r in RR_IN), 1) for i in range(3)]
VRES = [round(NETTO[i] + SKATT[i] + GSB[i], 1) for i in range(3)]
RES = [round(VRES[i] + FINI[i] + FINK[i], 1) for i in range(3)]

P = "paren"


def rr_rows():
    def r(label, note, vals, kind="row"):
        return (kind, [label, note] + [num(v, 1, P) for v in vals] + [num(vals[2] - vals[1], 1, P)])
    out = [r(*x) for x in RR_IN]
    out.append(r("Verksamhetens nettokostnader", "", NETTO, "sum"))
    out.append(r("Skatteintäkter", "4", SKATT))
    out.append(r("Generella statsbidrag och utjämning", "5", GSB))
    out.append(r("Verksamhetens resultat", "", VRES, "sum"))
    out.append(r("Finansiella intäkter", "6", FINI))
    out.append(r("Finansiella kostnader", "7", FINK))
    out.append(r("Resultat efter finansiella poster", "", RES, "sum"))
    out.append(r("Årets resultat", "", RES, "total"))
    return out


# balance sheet mnkr: 2023-12-31, 2024-12-31
BAL_A = [
    ("Mark, byggnader och tekniska anläggningar", "8", [268.4, 274.6]),
    ("Maskiner och inventarier", "9", [18.2, 18.7]),
    ("Finansiella anläggningstillgångar", "10", [12.5, 12.5]),
]
BAL_O = [
    ("Förråd", "", [1.1, 1.0]),
    ("Fordringar", "11", [31.6, 34.2]),
    ("Kassa och bank", "12", [24.8, 9.3]),
]
SUM_ANL = [round(sum(r[2][i] for r in BAL_A), 1) for i in range(2)]
SUM_OMS = [round(sum(r[2][i] for r in BAL_O), 1) for i in range(2)]
SUM_T = [round(a + b, 1) for a, b in zip(SUM_ANL, SUM_OMS)]
EK = [128.9, round(128.9 + RES[2], 1)]
PENS = [18.4, 19.0]
LANG = [132.0, 140.0]
KORT = [round(SUM_T[i] - EK[i] - PENS[i] - LANG[i], 1) for i in range(2)]


def bal_rows():
    def r(label, note, vals, kind="row"):
        return (kind, [label, note] + [num(v, 1, P) for v in vals])
    out = [("section", ["TILLGÅNGAR"])]
    out += [r(*x) for x in BAL_A]
    out.append(r("Summa anläggningstillgångar", "", SUM_ANL, "sum"))
    out += [r(*x) for x in BAL_O]
    out.append(r("Summa omsättningstillgångar", "", SUM_OMS, "sum"))
    out.append(r("SUMMA TILLGÅNGAR", "", SUM_T, "total"))
    out.append(("section", ["EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER"]))
    out.append(r("Eget kapital", "13", EK))
    out.append(r("– därav årets resultat", "", [RES[0], RES[2]]))
    out.append(r("Avsättningar för pensioner", "14", PENS))
    out.append(r("Långfristiga skulder", "15", LANG))
    out.append(r("Kortfristiga skulder", "16", KORT))
    out.append(r("SUMMA EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER", "", SUM_T, "total"))
    return out


# operating result per committee, tkr: budget 2024, utfall 2024, avvikelse 2023
DRIFT = [
    ("Kommunstyrelsen", 58400, 57120, 940),
    ("Barn- och utbildningsnämnden", 98600, 101350, -1310),
    ("Vård- och omsorgsnämnden", 121300, 128460, -4020),
    ("Tekniska nämnden", 24800, 24190, -350),
    ("Bygg- och miljönämnden", 3900, 3640, 110),
    ("Revisionen", 950, 910, 20),
]
D_SUM = [sum(r[i] for r in DRIFT) for i in (1, 2, 3)]
FIN = (NETTO[1] * -1000 - D_SUM[0], NETTO[2] * -1000 - D_SUM[1], 1480)
FIN = tuple(int(round(x)) for x in FIN)
TOT = (D_SUM[0] + FIN[0], D_SUM[1] + FIN[1], D_SUM[2] + FIN[2])


def drift_rows():
    out = []
    for lab, b, u, a23 in DRIFT:
        out.append(("row", [lab, tkr(b), tkr(u), tkr(b - u), tkr(a23)]))
    out.append(("sum", ["Summa nämnder", tkr(D_SUM[0]), tkr(D_SUM[1]), tkr(D_SUM[0] - D_SUM[1]), tkr(D_SUM[2])]))
    out.append(("row", ["Finansförvaltning", tkr(FIN[0]), tkr(FIN[1]), tkr(FIN[0] - FIN[1]), tkr(FIN[2])]))
    out.append(("total", ["Verksamhetens nettokostnad", tkr(TOT[0]), tkr(TOT[1]), tkr(TOT[0] - TOT[1]), tkr(TOT[2])]))
    return out


VON = [
    ("Hemtjänst", 34200, 38950),
    ("Särskilt boende", 52600, 54180),
    ("Funktionsstöd (LSS)", 21900, 22640),
    ("Hälso- och sjukvård", 9800, 9950),
    ("Nämnd och administration", 2800, 2740),
]


def von_rows():
    out = [("row", [l, tkr(b), tkr(u), tkr(b - u, "minus")]) for l, b, u in VON]
    sb, su = sum(r[1] for r in VON), sum(r[2] for r in VON)
    assert (sb, su) == (121300, 128460)
    out.append(("total", ["Summa vård- och omsorgsnämnden", tkr(sb), tkr(su), tkr(sb - su, "minus")]))
    return out


INV = [
    ("Renovering Åsele simhall", 8.5, 9.7),
    ("Vattenverk Fredrika", 5.0, 3.2),
    ("Gatubelysning LED", 1.6, 1.4),
    ("Ombyggnad äldreboendet Tallbacka", 6.2, 4.1),
    ("Fordon och maskiner", 1.2, 1.5),
    ("IT-utrustning skolor", 0.8, 0.9),
]
INV_B = round(sum(r[1] for r in INV), 1)
INV_U = round(sum(r[2] for r in INV), 1)


def inv_rows():
    out = [("row", [l, num(b), num(u), num(b - u, 1, "minus")]) for l, b, u in INV]
    out.append(("total", ["Summa", num(INV_B), num(INV_U), num(INV_B - INV_U, 1, "minus")]))
    return out


# five years 2020-2024
SB5 = [278.6, 290.4, 297.5, SKATT[0] + GSB[0], SKATT[2] + GSB[2]]
RES5 = [9.8, 14.6, 3.1, RES[0], RES[2]]
FEM1 = [
    ("Folkmängd 31 december, antal", [2787, 2771, 2760, 2742, 2718], 0),
    ("Kommunal skattesats, kr", [23.89, 23.89, 23.89, 24.19, 24.19], 2),
    ("Årets resultat, mnkr", RES5, 1),
    ("Årets resultat i % av skatter och bidrag", [RES5[i] / SB5[i] * 100 for i in range(5)], 1),
    ("Nettokostnadsandel, %", [96.5, 95.0, 99.0,
                               (-NETTO[0] - FINI[0] - FINK[0]) / SB5[3] * 100,
                               (-NETTO[2] - FINI[2] - FINK[2]) / SB5[4] * 100], 1),
    ("Soliditet, %", [39.8, 41.6, 39.2, EK[0] / SUM_T[0] * 100, EK[1] / SUM_T[1] * 100], 1),
]
FEM2 = [
    ("Soliditet inkl. pensionsförpliktelser, %", [8.4, 12.1, 13.0, 12.6, 13.4], 1),
    ("Nettoinvesteringar, mnkr", [17.4, 21.9, 26.3, 19.1, INV_U], 1),
    ("Självfinansieringsgrad, %", [135.6, 118.3, 64.9, (RES[0] + 14.8) / 19.1 * 100,
                                   (RES[2] + 15.1) / INV_U * 100], 1),
    ("Långfristig låneskuld, mnkr", [96.0, 104.0, 120.0, LANG[0], LANG[1]], 1),
    ("Antal tillsvidareanställda, antal", [412, 418, 421, 409, 397], 0),
]


def fem_rows(rows):
    return [("row", [l] + [num(v, d, "minus") for v in vals]) for l, vals, d in rows]


ROWS = {}


def build(path):
    d = Doc("Årsredovisning 2024 Åsele kommun", "Åsele kommun – Årsredovisning 2024")
    d.add_page()
    d.ln(45)
    d.h1("Årsredovisning 2024")
    d.h1("Åsele kommun")
    d.p("Godkänd av kommunfullmäktige den 28 april 2025, § 34.", 11)

    d.add_page()
    d.h2("Kommunstyrelsens ordförande har ordet")
    d.p(f"2024 blev ett ekonomiskt tufft år för Åsele kommun. Årets resultat blev -6,2 miljoner "
        f"kronor, vilket är 6,8 miljoner kronor sämre än budget. Det är andra året i rad som "
        f"kommunen redovisar ett negativt resultat.")
    d.p("Den största förklaringen är att kostnaderna inom vård och omsorg ökat kraftigt, "
        "framför allt inom hemtjänsten. Samtidigt blev skatteintäkterna 0,7 miljoner kronor "
        "lägre än budgeterat. Vi har nu beslutat om en åtgärdsplan för att återställa "
        "ekonomin i balans till och med 2027.")
    d.p("Glädjande är att renoveringen av simhallen blev klar i oktober och att vi har kunnat "
        "behålla skolan i Fredrika.")
    d.p("Per-Olof Nyström (S), kommunstyrelsens ordförande")
    d.h2("Åsele i korthet")
    d.p("Den 31 december 2024 hade Åsele kommun 2 718 invånare, en minskning med 24 personer "
        "jämfört med föregående år. Kommunen är till ytan 4 300 kvadratkilometer och "
        "har tätorterna Åsele och Fredrika.")

    d.add_page()
    d.h2("Förvaltningsberättelse")
    d.h2("Väsentliga händelser under året")
    d.bullets([
        "Renoveringen av Åsele simhall slutfördes i oktober 2024 till en kostnad av 9,7 miljoner kronor.",
        "Vård- och omsorgsnämnden har haft stora kostnadsökningar inom hemtjänsten till följd av fler brukare med omfattande behov.",
        "Kommunfullmäktige beslutade i juni att höja VA-taxan med 8 procent från den 1 januari 2025.",
        "Kommunen tog upp nya lån på 8,0 miljoner kronor för att finansiera investeringar.",
    ])
    d.h2("Ekonomisk översikt")
    d.p("Verksamhetens nettokostnader ökade med 4,0 procent jämfört med 2023 medan skatteintäkter "
        "och generella statsbidrag ökade med 4,5 procent. Finansnettot försämrades till följd av "
        "högre räntor och en ökad pensionsskuld.")
    d.p("Balanskravsresultatet uppgår till -6,5 miljoner kronor efter avdrag för "
        "realisationsvinster om 0,3 miljoner kronor. Tillsammans med underskottet från 2023 "
        "har kommunen ett ej återställt underskott på 11,0 miljoner kronor som enligt "
        "kommunallagen ska återställas inom tre år.")
    d.h2("God ekonomisk hushållning")
    d.p("Kommunfullmäktige har fastställt tre finansiella mål. Målet om ett resultat på minst "
        "1 procent av skatter och bidrag har inte uppnåtts. Målet om att investeringarna ska "
        "finansieras med egna medel har inte heller uppnåtts. Målet om en soliditet på minst "
        "30 procent har uppnåtts. Sammantaget bedömer kommunstyrelsen att kommunen inte har "
        "uppnått god ekonomisk hushållning 2024.")

    d.add_page()
    d.h2("Fem år i sammandrag")
    d.p("Tabellen visar kommunens utveckling under de senaste fem åren. Negativa tal anges "
        "med minustecken.")
    hdr5 = ["", "2020", "2021", "2022", "2023", "2024"]
    w5 = [70, 20, 20, 20, 20, 20]
    d.caption("Tabell 1. Fem år i sammandrag")
    d.table(hdr5, fem_rows(FEM1), w5, style="zebra")
    d.p("Befolkningen har minskat med 69 personer sedan 2020. Skattesatsen höjdes med "
        "30 öre 2023.")
    d.p("Kommunens soliditet har sjunkit de senaste åren till följd av negativa resultat och "
        "ökad upplåning. Soliditeten är dock fortfarande över det finansiella målet.")
    d.add_page()
    d.caption("Tabell 1 (forts.). Fem år i sammandrag")
    d.table(hdr5, fem_rows(FEM2), w5, style="zebra")
    ROWS["fem"] = fem_rows(FEM1) + fem_rows(FEM2)
    d.p("Självfinansieringsgraden visar hur stor del av investeringarna som kunnat betalas "
        "med egna medel, det vill säga årets resultat plus avskrivningar.")
    d.h2("Personal")
    d.p("Antalet tillsvidareanställda minskade med 12 personer under 2024. Sjukfrånvaron "
        "uppgick till 7,4 procent av den ordinarie arbetstiden, en minskning från 8,1 procent "
        "året innan. Kostnaden för inhyrda sjuksköterskor uppgick till 3,6 miljoner kronor.")

    d.add_page()
    d.h2("Resultaträkning")
    ROWS["rr"] = rr_rows()
    d.caption("Tabell 2. Resultaträkning", "Belopp i mnkr. Negativa belopp inom parentes.")
    d.table(["", "Not", "Utfall\n2023", "Budget\n2024", "Utfall\n2024", "Avvikelse\nmot budget"],
            ROWS["rr"], [62, 10, 23, 23, 23, 29], style="lines")
    d.p("Verksamhetens intäkter blev 13,7 miljoner kronor högre än budget, främst på grund av "
        "högre riktade statsbidrag och ersättningar från Migrationsverket. Verksamhetens "
        "kostnader överskred budget med 19,6 miljoner kronor.")

    d.add_page()
    d.h2("Balansräkning")
    ROWS["bal"] = bal_rows()
    d.caption("Tabell 3. Balansräkning", "Belopp i mnkr")
    d.table(["", "Not", "2023-12-31", "2024-12-31"], ROWS["bal"], [100, 12, 29, 29], style="grid")
    d.p("Kassa och bank minskade med 15,5 miljoner kronor under året. De långfristiga skulderna "
        "ökade med 8,0 miljoner kronor till följd av nyupplåning.")

    d.add_page()
    d.h2("Driftredovisning")
    d.p("Nämnderna redovisar sammantaget ett underskott mot budget. Avvikelse anges som budget "
        "minus utfall; ett negativt tal innebär att nämnden har överskridit sin budget.")
    ROWS["drift"] = drift_rows()
    d.caption("Tabell 4. Driftredovisning per nämnd, nettokostnad", "Belopp i tkr")
    d.table(["Nämnd", "Budget\n2024", "Utfall\n2024", "Avvikelse\n2024", "Avvikelse\n2023"],
            ROWS["drift"], [66, 26, 26, 26, 26], style="grid")
    d.p("Vård- och omsorgsnämnden redovisar ett underskott på 7,2 miljoner kronor. Barn- och "
        "utbildningsnämnden överskred sin budget med 2,8 miljoner kronor, bland annat på grund "
        "av ökade kostnader för skolskjuts och modersmålsundervisning. Kommunstyrelsen redovisar "
        "ett överskott på 1,3 miljoner kronor, främst till följd av vakanta tjänster.")

    d.add_page()
    d.h2("Vård- och omsorgsnämnden")
    d.p("Nämndens underskott beror till största delen på hemtjänsten, där antalet beviljade "
        "timmar ökade med 18 procent under året. Hemtjänstens kostnader översteg budget med "
        "4,8 miljoner kronor. Inom särskilt boende har kostnaderna för bemanningssjuksköterskor "
        "bidragit till underskottet.")
    ROWS["von"] = von_rows()
    d.caption("Tabell 5. Vård- och omsorgsnämndens verksamheter", "Belopp i tkr")
    d.table(["Verksamhet", "Budget\n2024", "Utfall\n2024", "Avvikelse"],
            ROWS["von"], [80, 30, 30, 30], style="lines")
    d.p("Nämnden har under hösten infört ett nytt planeringssystem för hemtjänsten och "
        "beslutat om en åtgärdsplan för 2025.")

    d.add_page()
    d.h2("Investeringsredovisning")
    d.p(f"Nettoinvesteringarna uppgick till {num(INV_U)} miljoner kronor, vilket är "
        f"{num(INV_B - INV_U)} miljoner kronor lägre än budget. Ombyggnaden av äldreboendet "
        "Tallbacka har försenats och fortsätter under 2025.")
    ROWS["inv"] = inv_rows()
    d.caption("Tabell 6. Investeringsredovisning", "Belopp i mnkr")
    d.table(["Projekt", "Budget\n2024", "Utfall\n2024", "Avvikelse"],
            ROWS["inv"], [80, 30, 30, 30], style="grid")
    d.p("Simhallsrenoveringen blev 1,2 miljoner kronor dyrare än budgeterat på grund av "
        "fuktskador som upptäcktes under arbetet.")

    d.add_page()
    d.h2("Förväntad utveckling")
    d.p("Befolkningen väntas fortsätta minska med omkring 20 personer per år. Budgeten för 2025 "
        "innehåller ett resultat på 3,2 miljoner kronor och förutsätter att åtgärdsplanen inom "
        "vård och omsorg ger full effekt. Kommunstyrelsen bedömer att underskottet kan "
        "återställas under 2026 och 2027.")
    d.p("Kommunen deltar i ett samarbete med Dorotea och Vilhelmina kring gemensam IT-drift "
        "som väntas minska kostnaderna med 0,9 miljoner kronor per år från 2026.")
    return d.save(path)
