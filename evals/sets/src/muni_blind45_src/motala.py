"""Motala kommun: budget PDF, årsredovisning PDF, HTML, DOCX protokoll, XLSX, MD pressmeddelande."""
import os
from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font
from common import Doc, fmt, fix_zip, docx_props, xlsx_props

YEARS = ["2024", "2025", "2026", "2027", "2028"]
INT = [742.6, 760.3, 781.0, 795.4, 810.2]
AVS = [-142.3, -150.8, -161.2, -172.5, -181.0]
SKATT = [2612.5, 2701.8, 2804.6, 2911.3, 3018.7]
GSB = [1012.4, 1058.9, 1087.2, 1118.0, 1146.5]
FINI = [18.2, 16.5, 15.0, 15.0, 15.0]
FINK = [-31.6, -38.4, -42.8, -47.5, -51.2]
RES = [38.5, 21.4, 58.2, 64.0, 71.3]
KOST = [round(r - (a + b + c + d + e + f), 1) for r, a, b, c, d, e, f in zip(RES, INT, AVS, SKATT, GSB, FINI, FINK)]
NETTO = [round(a + k + b, 1) for a, k, b in zip(INT, KOST, AVS)]
VRES = [round(n + s + g, 1) for n, s, g in zip(NETTO, SKATT, GSB)]
INV_2026 = 43900

NAMND = [  # Budget 2025, Budget 2026, Plan 2027, Plan 2028
    ("Kommunstyrelsen", [276.1, 285.4, 292.0, 298.5]),
    ("Barn- och utbildningsnämnden", [1468.2, 1512.6, 1556.4, 1598.0]),
    ("Socialnämnden", [1421.5, 1468.9, 1519.7, 1572.4]),
    ("Samhällsbyggnadsnämnden", [163.0, 168.3, 172.1, 175.6]),
    ("Kultur- och fritidsnämnden", [109.8, 112.7, 114.9, 117.2]),
    ("Miljö- och byggnadsnämnden", [23.9, 24.8, 25.3, 25.9]),
    ("Överförmyndarnämnden", [9.2, 9.6, 9.8, 10.0]),
    ("Revision", [3.8, 3.9, 4.0, 4.1]),
]
SUMN = [round(sum(v[i] for _, v in NAMND), 1) for i in range(4)]
TOT = [3703.9, -NETTO[2], -NETTO[3], -NETTO[4]]
FINF = [round(t - s, 1) for t, s in zip(TOT, SUMN)]

INVEST = [
    ("Kommunstyrelsen", [("IT-infrastruktur och digitalisering", 8500, 7000, 7000),
                         ("Energieffektivisering kommunala lokaler", 12000, 10000, 8000),
                         ("Ombyggnad stadshuset", 6500, 15000, 0)]),
    ("Barn- och utbildningsnämnden", [("Ny förskola Charlottenborg", 38000, 42000, 5000),
                                      ("Tillbyggnad Ekenässkolan", 22500, 31000, 0),
                                      ("Inventarier skolor", 4800, 4800, 4800),
                                      ("Skolgårdar", 3000, 3000, 3000)]),
    ("Socialnämnden", [("Nytt särskilt boende Borensberg", 45000, 68000, 22000),
                       ("Välfärdsteknik", 3200, 2500, 2500),
                       ("Inventarier vård och omsorg", 1500, 1500, 1500)]),
    ("Samhällsbyggnadsnämnden", [("Gator och vägar, beläggning", 18000, 18000, 18000),
                                 ("GC-väg Motala–Borensberg", 14500, 9000, 0),
                                 ("Hamnområdet etapp 2", 26000, 12000, 0),
                                 ("Gatubelysning LED", 5500, 5500, 4000),
                                 ("Parker och lekplatser", 4200, 4200, 4200)]),
    ("Kultur- och fritidsnämnden", [("Nytt badhus", 95000, 120000, 40000),
                                    ("Konstgräsplan Ekenäs", 9800, 0, 0),
                                    ("Biblioteket, inventarier", 1200, 600, 600)]),
    ("Affärsverksamhet vatten och avlopp", [("Vattenverk Bråten", 42000, 55000, 38000),
                                            ("Ledningsförnyelse VA", 24000, 24000, 24000)]),
]
INV_TOT = [sum(p[i] for _, ps in INVEST for p in ps) for i in (1, 2, 3)]


def f1(v):
    return fmt(v, 1, "-")


def budget_pdf(path):
    d = Doc("Motala kommun – Mål och budget 2026 med plan 2027–2028", "Motala kommun")
    d.add_page()
    d.set_font("DV", "B", 26)
    d.ln(40)
    d.multi_cell(0, 13, "Mål och budget 2026\nmed plan 2027–2028", align="C", new_x="LMARGIN", new_y="NEXT")
    d.ln(8)
    d.set_font("DV", "", 13)
    d.multi_cell(0, 7, "Motala kommun\nAntagen av kommunfullmäktige 2025-11-24, § 118\nDnr KS 2025/00312", align="C", new_x="LMARGIN", new_y="NEXT")

    d.add_page()
    d.h1("Innehåll")
    d.p("Ordförande har ordet ........ 3\nVision och mål ........ 4\nEkonomiska förutsättningar ........ 5\n"
        "Effektiviseringar och satsningar ........ 6\nResultatbudget ........ 7\nBalansbudget ........ 8\n"
        "Driftbudget per nämnd ........ 9\nInvesteringsbudget ........ 10\nNämndernas uppdrag ........ 12")

    d.add_page()
    d.h1("Ordförande har ordet")
    d.p("Motala står inför flera år med kraftigt ökade kostnader. Fler äldre behöver omsorg, priserna har stigit "
        "och räntorna ligger kvar på en högre nivå än för bara några år sedan. Samtidigt fortsätter Motala att växa "
        "och vi har ett ansvar att ge barn, unga och äldre en välfärd de kan lita på.")
    d.p("Budgeten för 2026 ger ett resultat på 58,2 miljoner kronor, vilket motsvarar 1,5 procent av "
        "skatteintäkter och generella statsbidrag. Det är lägre än vårt långsiktiga mål om 2 procent, men en klar "
        "förbättring jämfört med prognosen för 2025.")
    d.p("För att klara välfärden höjs skattesatsen med 25 öre, från 21,80 till 22,05 kronor per hundralapp. Det "
        "är inget beslut vi fattar lättvindigt, men det ger ungefär 32 miljoner kronor i ökade intäkter per år "
        "och gör det möjligt att undvika neddragningar i skola och äldreomsorg.")
    d.p("Vi prioriterar barnen. Barn- och utbildningsnämnden får den största ramökningen och arbetet med den nya "
        "förskolan i Charlottenborg startar under året. Vi fortsätter också bygget av ett nytt badhus, som ska stå "
        "klart 2028.")
    d.p("Helena Strand (S)\nKommunstyrelsens ordförande")

    d.add_page()
    d.h1("Vision och mål")
    d.p("Vision Motala 2035: Motala – där vatten, människor och idéer möts. Kommunfullmäktige har fastställt fyra "
        "mål för mandatperioden: en trygg uppväxt och goda skolresultat, en god och jämlik hälsa, ett hållbart "
        "och växande Motala samt en effektiv organisation med god ekonomisk hushållning.")
    d.h2("Finansiella mål")
    d.bullets([
        "Årets resultat ska uppgå till minst 2 procent av skatteintäkter och generella statsbidrag över en rullande femårsperiod.",
        "Skattefinansierade investeringar ska finansieras med egna medel till minst 60 procent (självfinansieringsgrad).",
        "Soliditeten inklusive hela pensionsåtagandet ska inte understiga 25 procent.",
        "Nämnderna ska bedriva sin verksamhet inom tilldelad ram.",
    ])
    d.p("Resultatmålet nås inte något enskilt år under planperioden. Budgeterat resultat motsvarar 1,5 procent 2026, "
        "1,6 procent 2027 och 1,7 procent 2028.")
    d.h2("Verksamhetsmål i urval")
    d.bullets([
        "Andelen elever i årskurs 9 som är behöriga till gymnasiets yrkesprogram ska öka till minst 85 procent.",
        "Sjukfrånvaron bland kommunens medarbetare ska sänkas till högst 7,0 procent till 2028.",
        "Antalet nya bostäder ska vara minst 250 per år.",
    ])

    d.add_page()
    d.h1("Ekonomiska förutsättningar")
    d.p("Budgeten bygger på Sveriges Kommuner och Regioners skatteunderlagsprognos från oktober 2025 och en "
        "befolkning på 43 900 invånare den 1 november 2025. Skatteintäkterna beräknas öka med 3,8 procent 2026.")
    d.p("Lönerevisionen 2026 budgeteras med 3,2 procent. Prisuppräkningen för övriga kostnader är 2,0 procent. "
        "Arbetsgivaravgifter och pensionskostnader räknas upp enligt SKR:s rekommendationer.")
    d.p("Den höga investeringsnivån innebär att låneskulden beräknas öka med 310 miljoner kronor under "
        "planperioden, från 1 840 miljoner kronor vid utgången av 2025. Varje procentenhets höjning av räntan "
        "motsvarar ungefär 18 miljoner kronor i ökade kostnader per år när lånen är fullt omsatta.")
    d.h2("Risker")
    d.p("Den största risken ligger inom socialnämndens område, där kostnaderna för placeringar av barn och unga "
        "har ökat snabbt. Även en svagare konjunktur som minskar skatteunderlaget är en risk.")

    d.add_page()
    d.h1("Effektiviseringar och satsningar")
    d.p("Nämnderna får ett effektiviseringskrav på sammanlagt 42,5 miljoner kronor 2026, varav 16,0 miljoner "
        "kronor för barn- och utbildningsnämnden och 14,8 miljoner kronor för socialnämnden. Övriga nämnder "
        "fördelar resterande del efter andel av nettokostnaden.")
    d.p("Samtidigt görs riktade satsningar:")
    d.bullets([
        "4,7 miljoner kronor tillförs socialnämnden för ökade kostnader för placeringar av barn och unga.",
        "700 000 kronor avsätts för feriearbeten för ungdomar sommaren 2026.",
        "2,3 miljoner kronor går till fler lärarassistenter i grundskolan.",
        "1,1 miljoner kronor avsätts för trygghetsskapande åtgärder och fler ordningsvakter i centrum.",
    ])
    d.p("Kostnaderna för politisk organisation minskas med 1,4 miljoner kronor genom att antalet ersättare i "
        "nämnderna minskas från 2027.")

    d.add_page()
    d.h1("Resultatbudget")
    hdr = [["", "Bokslut", "Prognos", "Budget", "Plan", "Plan"], ["Belopp i mnkr", "2024", "2025", "2026", "2027", "2028"]]
    W = [62, 21.6, 21.6, 21.6, 21.6, 21.6]
    rows = [
        ("row", ["Verksamhetens intäkter"] + [f1(v) for v in INT]),
        ("row", ["Verksamhetens kostnader"] + [f1(v) for v in KOST]),
        ("row", ["Avskrivningar"] + [f1(v) for v in AVS]),
        ("sum", ["Verksamhetens nettokostnader"] + [f1(v) for v in NETTO]),
        ("row", ["Skatteintäkter"] + [f1(v) for v in SKATT]),
        ("row", ["Generella statsbidrag och utjämning"] + [f1(v) for v in GSB]),
        ("sum", ["Verksamhetens resultat"] + [f1(v) for v in VRES]),
        ("row", ["Finansiella intäkter"] + [f1(v) for v in FINI]),
        ("row", ["Finansiella kostnader"] + [f1(v) for v in FINK]),
        ("sum", ["Resultat efter finansiella poster"] + [f1(v) for v in RES]),
        ("row", ["Extraordinära poster"] + ["0,0"] * 5),
        ("sum", ["Årets resultat"] + [f1(v) for v in RES]),
        ("row", ["Resultat i % av skatter och bidrag"] + [fmt(r / (s + g) * 100, 1) + " %" for r, s, g in zip(RES, SKATT, GSB)]),
    ]
    d.table(hdr, rows, W, caption="Tabell 1. Resultatbudget")
    d.note("Prognos 2025 avser prognosen efter delårsrapporten per augusti 2025.")

    d.add_page()
    d.h1("Balansbudget")
    ANL = [5212.4, 5398.0, 5640.5, 5902.3, 6118.7]
    OMS = [812.3, 760.5, 735.0, 742.0, 750.0]
    EK = [2145.6]
    for r in RES[1:]:
        EK.append(round(EK[-1] + r, 1))
    AVSATT = [402.1, 415.6, 428.0, 440.5, 452.0]
    KORT = [905.4, 921.0, 935.0, 950.0, 965.0]
    TILL = [round(a + o, 1) for a, o in zip(ANL, OMS)]
    LANG = [round(t - e - a - k, 1) for t, e, a, k in zip(TILL, EK, AVSATT, KORT)]
    rows = [
        ("sec", ["Tillgångar"]),
        ("row", ["Anläggningstillgångar"] + [f1(v) for v in ANL]),
        ("row", ["Omsättningstillgångar"] + [f1(v) for v in OMS]),
        ("sum", ["Summa tillgångar"] + [f1(v) for v in TILL]),
        ("sec", ["Eget kapital, avsättningar och skulder"]),
        ("row", ["Eget kapital"] + [f1(v) for v in EK]),
        ("row", ["  därav årets resultat"] + [f1(v) for v in RES]),
        ("row", ["Avsättningar"] + [f1(v) for v in AVSATT]),
        ("row", ["Långfristiga skulder"] + [f1(v) for v in LANG]),
        ("row", ["Kortfristiga skulder"] + [f1(v) for v in KORT]),
        ("sum", ["Summa eget kapital och skulder"] + [f1(v) for v in TILL]),
        ("row", ["Soliditet, %"] + [fmt(e / t * 100, 1) for e, t in zip(EK, TILL)]),
    ]
    d.table(hdr, rows, W, caption="Tabell 2. Balansbudget")

    d.add_page()
    d.h1("Driftbudget per nämnd")
    d.p("Tabellen visar nämndernas nettokostnadsramar. Ramarna för 2026 inkluderar kompensation för löne- och "
        "prisökningar samt effektiviseringskraven ovan.")
    hdr2 = [["", "Budget", "Budget", "Plan", "Plan", "Kr per inv."], ["Nämnd, mnkr", "2025", "2026", "2027", "2028", "2026"]]
    W2 = [62, 21, 21, 21, 21, 24]
    rows = [("row", [n] + [f1(x) for x in v] + [fmt(v[1] * 1e6 / INV_2026, 0)]) for n, v in NAMND]
    rows.append(("sum", ["Summa nämnder"] + [f1(x) for x in SUMN] + [fmt(SUMN[1] * 1e6 / INV_2026, 0)]))
    rows.append(("row", ["Finansförvaltning och gemensamma poster¹"] + [f1(x) for x in FINF] + [fmt(FINF[1] * 1e6 / INV_2026, 0)]))
    rows.append(("sum", ["Verksamhetens nettokostnad"] + [f1(x) for x in TOT] + [fmt(TOT[1] * 1e6 / INV_2026, 0)]))
    d.table(hdr2, rows, W2, caption="Tabell 3. Driftbudget, nettokostnad per nämnd")
    d.note("¹ Pensionskostnader, kapitalkostnader, central lönepott och avskrivningar som inte fördelats till nämnderna.\n"
           "Kr per invånare är beräknat på 43 900 invånare.")

    d.add_page(orientation="L")
    d.h1("Investeringsbudget 2026–2028")
    d.p("Investeringsbudgeten omfattar totalt " + fmt(sum(INV_TOT) / 1000, 1) + " miljoner kronor under "
        "planperioden. De största projekten är det nya badhuset, vattenverket i Bråten och det nya särskilda "
        "boendet i Borensberg. Projekt inom vatten och avlopp finansieras via VA-taxan.")
    hdr3 = [["", "Budget", "Plan", "Plan", "Totalt"], ["Projekt (belopp i tkr)", "2026", "2027", "2028", "2026–2028"]]
    W3 = [120, 34, 34, 34, 35]
    rows = []
    for nm, ps in INVEST:
        rows.append(("sec", [nm]))
        for p in ps:
            rows.append(("row", [p[0]] + [fmt(x, 0) for x in p[1:]] + [fmt(sum(p[1:]), 0)]))
        s = [sum(p[i] for p in ps) for i in (1, 2, 3)]
        rows.append(("sum", ["Summa " + nm.lower() if not nm.startswith("Aff") else "Summa VA"] + [fmt(x, 0) for x in s] + [fmt(sum(s), 0)]))
    rows.append(("sum", ["Totalt investeringar"] + [fmt(x, 0) for x in INV_TOT] + [fmt(sum(INV_TOT), 0)]))
    d.table(hdr3, rows, W3, caption="Tabell 4. Investeringsbudget per nämnd och projekt")

    d.add_page(orientation="P")
    d.h1("Nämndernas uppdrag")
    d.h2("Barn- och utbildningsnämnden")
    d.p("Nämnden ansvarar för förskola, grundskola, gymnasieskola och vuxenutbildning. Antalet barn i förskolan "
        "beräknas vara oförändrat medan antalet elever i grundskolan ökar med cirka 120. Nämnden får i uppdrag att "
        "se över lokalutnyttjandet i centrala Motala.")
    d.h2("Socialnämnden")
    d.p("Nämnden ansvarar för äldreomsorg, stöd till personer med funktionsnedsättning och individ- och "
        "familjeomsorg. 24 nya platser i särskilt boende planeras i Borensberg 2028.")
    d.h2("Samhällsbyggnadsnämnden")
    d.p("Nämnden ansvarar för gator, parker, kollektivtrafik och kommunens fastigheter. Arbetet med hamnområdets "
        "andra etapp fortsätter under 2026.")
    d.h2("Kultur- och fritidsnämnden")
    d.p("Nämnden ansvarar för bibliotek, kulturskola, idrottsanläggningar och fritidsgårdar. Det nya badhuset "
        "byggs vid Platensgatan och ersätter det nuvarande badhuset från 1971.")
    d.output(path)


def arsred_pdf(path):
    d = Doc("Motala kommun – Årsredovisning 2025", "Årsredovisning 2025")
    d.add_page()
    d.set_font("DV", "B", 26)
    d.ln(50)
    d.multi_cell(0, 13, "Årsredovisning 2025", align="C", new_x="LMARGIN", new_y="NEXT")
    d.set_font("DV", "", 13)
    d.multi_cell(0, 7, "Motala kommun\nGodkänd av kommunfullmäktige 2026-04-20", align="C", new_x="LMARGIN", new_y="NEXT")

    d.add_page()
    d.h1("Kommunstyrelsens ordförande har ordet")
    d.p("2025 blev ett år då Motala visade styrka i en tuff tid. Trots högre kostnader för placeringar och "
        "försörjningsstöd redovisar kommunen ett överskott. Jag vill tacka alla medarbetare som varje dag gör "
        "skillnad för Motalaborna.")
    d.p("Helena Strand (S), kommunstyrelsens ordförande")
    d.h1("Året i korthet")
    d.bullets([
        "Årets resultat blev 47,3 miljoner kronor, vilket är 17,3 miljoner kronor bättre än budget.",
        "Skatteintäkterna blev 14,6 miljoner kronor lägre än budgeterat.",
        "Socialnämnden redovisar ett underskott på 22,4 miljoner kronor, främst på grund av externa placeringar.",
        "Nettoinvesteringarna uppgick till 366,5 miljoner kronor, vilket motsvarar 78 procent av budgeten.",
        "Befolkningen ökade med 222 personer till 43 812 invånare.",
        "Kommunen tog emot 126 nyanlända under året.",
    ])
    d.h2("Fem år i sammandrag")
    hdr = [["", "2021", "2022", "2023", "2024", "2025"]]
    W = [70, 20, 20, 20, 20, 20]
    rows = [
        ("row", ["Invånare 31 december", "43 015", "43 240", "43 418", "43 590", "43 812"]),
        ("row", ["Skattesats, kr", "21,80", "21,80", "21,80", "21,80", "21,80"]),
        ("row", ["Årets resultat, mnkr", "92,4", "61,8", "12,6", "38,5", "47,3"]),
        ("row", ["Soliditet, %", "38,2", "37,9", "36,4", "35,6", "35,1"]),
        ("row", ["Nettoinvesteringar, mnkr", "298,4", "341,0", "389,2", "402,7", "366,5"]),
        ("row", ["Tillsvidareanställda, antal", "3 298", "3 341", "3 380", "3 402", "3 412"]),
        ("row", ["Sjukfrånvaro, %", "8,9", "8,4", "8,1", "7,9", "7,8"]),
    ]
    d.table(hdr, rows, W)

    d.add_page()
    d.h1("Förvaltningsberättelse")
    d.h2("Ekonomisk översikt")
    d.p("Kommunens resultat för 2025 uppgick till 47,3 miljoner kronor. Budgeterat resultat var 30,0 miljoner "
        "kronor. Den positiva avvikelsen beror främst på realisationsvinster vid försäljning av tomtmark på "
        "11,2 miljoner kronor och lägre pensionskostnader än beräknat.")
    d.p("Resultatet motsvarar 1,3 procent av skatteintäkter och generella statsbidrag. Det finansiella målet om "
        "2 procent uppnås därmed inte. Självfinansieringsgraden för investeringarna blev 54 procent.")
    d.p("Låneskulden uppgick vid årets slut till 1 840 miljoner kronor, en ökning med 145 miljoner kronor jämfört med "
        "föregående år. Genomsnittlig ränta var 2,6 procent.")
    d.h2("Resultaträkning")
    hdr = [["", "", "Utfall", "Utfall", "Budget"], ["Belopp i mnkr", "Not", "2025", "2024", "2025"]]
    W = [80, 14, 25, 25, 25]
    RR = [
        ("Verksamhetens intäkter", "1", 768.9, INT[0], 752.0),
        ("Verksamhetens kostnader", "2", -4310.9, KOST[0], -4318.4),
        ("Avskrivningar", "3", -149.6, AVS[0], -152.0),
    ]
    nk = [round(sum(r[i] for r in RR), 1) for i in (2, 3, 4)]
    rows = [("row", [r[0], r[1]] + [f1(x) for x in r[2:]]) for r in RR]
    rows.append(("sum", ["Verksamhetens nettokostnader", ""] + [f1(x) for x in nk]))
    sk = (2698.4, SKATT[0], 2713.0)
    gb = (1060.2, GSB[0], 1059.6)
    rows.append(("row", ["Skatteintäkter", "4"] + [f1(x) for x in sk]))
    rows.append(("row", ["Generella statsbidrag och utjämning", "5"] + [f1(x) for x in gb]))
    vr = [round(a + b + c, 1) for a, b, c in zip(nk, sk, gb)]
    rows.append(("sum", ["Verksamhetens resultat", ""] + [f1(x) for x in vr]))
    fi = (17.1, FINI[0], 15.0)
    fk = (-36.8, FINK[0], -39.2)
    rows.append(("row", ["Finansiella intäkter", "6"] + [f1(x) for x in fi]))
    rows.append(("row", ["Finansiella kostnader", "7"] + [f1(x) for x in fk]))
    res = [round(a + b + c, 1) for a, b, c in zip(vr, fi, fk)]
    assert res == [47.3, 38.5, 30.0], res
    rows.append(("sum", ["Årets resultat", ""] + [f1(x) for x in res]))
    d.table(hdr, rows, W, caption="Resultaträkning, kommunen")

    d.add_page()
    d.h1("Nämndernas ekonomiska utfall")
    d.p("Sammantaget redovisar nämnderna ett underskott mot budget. Negativa avvikelser anges inom parentes.")
    UTF = [270.3, 1474.6, 1443.9, 160.1, 108.2, 23.1, 9.9, 3.6]
    hdr = [["Nämnd, mnkr", "Budget 2025", "Utfall 2025", "Avvikelse"]]
    W = [80, 30, 30, 30]
    rows = []
    for (n, v), u in zip(NAMND, UTF):
        rows.append(("row", [n, f1(v[0]), f1(u), fmt(round(v[0] - u, 1), 1, "()")]))
    su = round(sum(UTF), 1)
    rows.append(("sum", ["Summa nämnder", f1(SUMN[0]), f1(su), fmt(round(SUMN[0] - su, 1), 1, "()")]))
    d.table(hdr, rows, W, caption="Nettokostnad per nämnd, budget och utfall")
    d.p("Barn- och utbildningsnämnden har haft högre kostnader för gymnasieskolans interkommunala ersättningar. "
        "Kommunstyrelsens överskott förklaras av vakanta tjänster och lägre kostnader för IT-licenser.")
    d.h2("Personal")
    d.p("Antalet tillsvidareanställda uppgick till 3 412 personer den 31 december 2025. Sjukfrånvaron minskade "
        "till 7,8 procent. Personalomsättningen var 9,4 procent. Medelåldern bland medarbetarna var 46 år.")
    d.h2("Väsentliga händelser")
    d.p("I maj 2025 invigdes Borensbergs nya idrottshall. Under hösten beslutade kommunfullmäktige om att bygga ett "
        "nytt badhus vid Platensgatan. Kommunen blev i oktober utsedd till årets miljökommun i Östergötland.")
    d.p("Peter Lindqvist, kommundirektör")
    d.output(path)


HTML = """<!DOCTYPE html>
<html lang="sv">
<head><meta charset="utf-8"><title>Så används din skatt - Motala kommun</title></head>
<body>
<div id="cookie-banner" class="cookie">
  <p>Vi använder kakor (cookies) för att förbättra din upplevelse av motala.se. <a href="/om-webbplatsen/kakor">Läs mer om kakor</a></p>
  <button>Godkänn alla</button> <button>Endast nödvändiga</button>
</div>
<header>
  <a class="logo" href="/">Motala kommun</a>
  <nav><ul>
    <li><a href="/barn-och-utbildning">Barn och utbildning</a></li>
    <li><a href="/omsorg-och-stod">Omsorg och stöd</a></li>
    <li><a href="/bygga-bo-och-miljo">Bygga, bo och miljö</a></li>
    <li><a href="/kultur-och-fritid">Kultur och fritid</a></li>
    <li><a href="/kommun-och-politik">Kommun och politik</a></li>
  </ul></nav>
  <form class="search"><input type="search" placeholder="Sök på motala.se"><button>Sök</button></form>
</header>
<div class="breadcrumbs">Startsida / Kommun och politik / Ekonomi / Så används din skatt</div>
<main>
<article>
<h1>Så används din skatt</h1>
<p class="ingress">Kommunalskatten är kommunens viktigaste inkomstkälla. Här kan du se hur varje hundralapp du betalar i kommunalskatt används i Motala kommun 2026.</p>
<h2>Skattesatsen 2026</h2>
<p>Skattesatsen i Motala kommun är 22,05 kronor per hundralapp 2026. Till det kommer skatten till Region Östergötland på 11,55 kronor. Den totala kommunalskatten i Motala blir därmed 33,60 kronor.</p>
<p>Förenklat betalar den som tjänar 30 000 kronor i månaden cirka 6 615 kronor per månad i skatt till kommunen.</p>
<h2>Så fördelas 100 kronor</h2>
<table>
<caption>Fördelning av 100 kronor i kommunalskatt, budget 2026</caption>
<thead><tr><th>Verksamhet</th><th>Kronor av 100 kr</th></tr></thead>
<tbody>
ROWS
</tbody>
</table>
<p>Fördelningen bygger på nämndernas nettokostnader i Mål och budget 2026. Avrundningar gör att summan kan avvika något.</p>
<h2>Mer information</h2>
<p>Hela budgeten finns att läsa i dokumentet Mål och budget 2026 med plan 2027–2028. Har du frågor om kommunens ekonomi är du välkommen att kontakta ekonomiavdelningen via kontaktcenter, telefon 0141-22 50 00.</p>
<p class="meta">Publicerad: 2026-01-15<br>Senast uppdaterad: 2026-02-03</p>
</article>
</main>
<footer>
  <p>Motala kommun, 591 86 Motala. Besöksadress: Drottninggatan 2. Telefon: 0141-22 50 00. E-post: kontaktcenter@motala.se</p>
  <p><a href="/om-webbplatsen/tillganglighet">Tillgänglighetsredogörelse</a> | <a href="/om-webbplatsen/personuppgifter">Behandling av personuppgifter</a> | <a href="/om-webbplatsen/kakor">Kakor</a></p>
</footer>
</body>
</html>
"""
SKATT100 = [("Grundskola", 24), ("Äldreomsorg", 19), ("Förskola och pedagogisk omsorg", 13),
            ("Stöd och service till personer med funktionsnedsättning", 11), ("Gymnasieskola", 7),
            ("Individ- och familjeomsorg", 7), ("Gator, vägar och parker", 5), ("Kultur och fritid", 4),
            ("Politisk verksamhet och administration", 4), ("Räddningstjänst", 2), ("Övrigt", 4)]


def html(path):
    assert sum(v for _, v in SKATT100) == 100
    rows = "\n".join(f"<tr><td>{n}</td><td>{v} kr</td></tr>" for n, v in SKATT100)
    rows += "\n<tr><td><strong>Totalt</strong></td><td><strong>100 kr</strong></td></tr>"
    open(path, "w", encoding="utf-8").write(HTML.replace("ROWS", rows))


def docx(path):
    doc = Document()
    docx_props(doc, "Protokoll kommunstyrelsen 2026-09-15", "Motala kommun")
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    doc.add_paragraph("MOTALA KOMMUN\tSAMMANTRÄDESPROTOKOLL")
    doc.add_paragraph("Kommunstyrelsen\tSammanträdesdatum 2026-09-15")
    doc.add_heading("Protokoll kommunstyrelsen", level=1)
    doc.add_paragraph("Plats och tid: Stadshuset, sammanträdesrum Vättern, kl. 13.00–16.20")
    doc.add_paragraph("Beslutande: Helena Strand (S), ordförande; Mikael Bergkvist (M), vice ordförande; Lena Holm (KD); "
                      "Anders Törnqvist (S); Sara Hedlund (C); Tomas Wiklund (SD); Jessica Ekström (SD); Nils Ahlgren (L); "
                      "Karin Söder (S); Omar Haddad (S); Ingela Berg (M)")
    doc.add_paragraph("Sekreterare: Maria Lund. Justerare: Mikael Bergkvist (M).")
    doc.add_heading("§ 148 Val av justerare", level=2)
    doc.add_paragraph("Kommunstyrelsen beslutar att utse Mikael Bergkvist (M) att jämte ordföranden justera protokollet.")
    doc.add_heading("§ 149 Delårsrapport januari–augusti 2026", level=2)
    doc.add_paragraph("Dnr KS 2026/00211. Delårsrapporten visar ett resultat för perioden på 62,8 miljoner kronor. "
                      "Prognosen för helåret 2026 är ett resultat på 41,6 miljoner kronor, vilket är 16,6 miljoner kronor "
                      "lägre än budget. Socialnämnden prognostiserar ett underskott på 19,0 miljoner kronor.")
    doc.add_paragraph("Beslut: Kommunstyrelsen föreslår kommunfullmäktige att godkänna delårsrapporten.")
    doc.add_heading("§ 150 Ombudgetering av investeringsmedel 2026", level=2)
    doc.add_paragraph("Dnr KS 2026/00230. Flera investeringsprojekt har försenats. Förvaltningen föreslår att "
                      "investeringsbudgeten för 2026 justeras enligt tabellen nedan. Medlen förs över till 2027.")
    T = [("Nytt badhus", 95000, -30000), ("Ny förskola Charlottenborg", 38000, -8000),
         ("Hamnområdet etapp 2", 26000, -11000), ("Vattenverk Bråten", 42000, 6500)]
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Projekt", "Budget 2026, tkr", "Förändring, tkr", "Ny budget 2026, tkr"]):
        c.text = h
    for n, b, ch in T:
        r = t.add_row().cells
        r[0].text, r[1].text, r[2].text, r[3].text = n, fmt(b, 0), ("+" if ch > 0 else "") + fmt(ch, 0), fmt(b + ch, 0)
    r = t.add_row().cells
    sb, sc = sum(x[1] for x in T), sum(x[2] for x in T)
    r[0].text, r[1].text, r[2].text, r[3].text = "Summa", fmt(sb, 0), fmt(sc, 0), fmt(sb + sc, 0)
    doc.add_paragraph("")
    doc.add_paragraph("Beslut: Kommunstyrelsen beslutar att investeringsbudgeten 2026 minskas med 42 500 tkr netto "
                      "enligt förvaltningens förslag.")
    doc.add_heading("§ 151 Tilläggsanslag till socialnämnden", level=2)
    doc.add_paragraph("Dnr KS 2026/00244. Socialnämnden har begärt ett tilläggsanslag på 8,5 miljoner kronor för 2026 "
                      "för att täcka ökade kostnader för externa placeringar av barn och unga.")
    doc.add_paragraph("Yrkanden: Helena Strand (S) yrkar bifall till förslaget. Tomas Wiklund (SD) yrkar avslag.")
    doc.add_paragraph("Beslut: Kommunstyrelsen föreslår kommunfullmäktige att bevilja socialnämnden ett tilläggsanslag "
                      "på 8,5 miljoner kronor för 2026, finansierat ur kommunstyrelsens oförutsedda medel.")
    doc.add_paragraph("Reservation: Tomas Wiklund (SD) och Jessica Ekström (SD) reserverar sig mot beslutet till förmån "
                      "för eget yrkande.")
    doc.add_heading("§ 152 Försäljning av fastigheten Motala Verkstaden 3:14", level=2)
    doc.add_paragraph("Dnr KS 2026/00198. Fastigheten Motala Verkstaden 3:14 föreslås säljas till Vätterstrand "
                      "Fastigheter AB för 4 250 000 kronor. Försäljningen ger en realisationsvinst på 1,9 miljoner kronor.")
    doc.add_paragraph("Beslut: Kommunstyrelsen beslutar att godkänna köpeavtalet.")
    doc.add_paragraph("Vid protokollet: Maria Lund. Justeras: Helena Strand (S), Mikael Bergkvist (M).")
    doc.save(path)
    fix_zip(path)


POP = [(2019, 42850), (2020, 42930), (2021, 43015), (2022, 43240), (2023, 43418), (2024, 43590), (2025, 43812)]
SHARES = [0.062, 0.118, 0.046, 0.548, 0.160]


def xlsx(path):
    wb = Workbook()
    xlsx_props(wb, "Befolkning och nyckeltal", "Motala kommun")
    ws = wb.active
    ws.title = "Befolkning"
    ws.append(["Motala kommun – folkmängd 31 december 2019–2025"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(["Antal invånare. Källa: SCB, befolkningsstatistik"])
    ws.append(["År", "Totalt", "0–5 år", "6–15 år", "16–19 år", "20–64 år", "65–79 år", "80 år och äldre",
               "Förändring mot föregående år"])
    prev = None
    for i, (y, tot) in enumerate(POP):
        sh = [round(tot * (s + (i * 0.0004 if k == 4 else -i * 0.0001 if k == 3 else 0))) for k, s in enumerate(SHARES)]
        old80 = tot - sum(sh)
        ws.append([y, tot] + sh + [old80, None if prev is None else tot - prev])
        prev = tot
    ws2 = wb.create_sheet("Kostnader")
    ws2.append(["Nettokostnad per invånare och verksamhet 2023–2025"])
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.append(["Kronor per invånare, löpande priser"])
    ws2.append(["Verksamhet", "2023", "2024", "2025", "Förändring 2024–2025, %"])
    K = [("Förskola", 12480, 12910, 13350), ("Grundskola", 21640, 22380, 23150), ("Gymnasieskola", 6720, 6890, 7020),
         ("Äldreomsorg", 17920, 18650, 19410), ("Stöd till personer med funktionsnedsättning", 10120, 10560, 10980),
         ("Individ- och familjeomsorg", 5980, 6310, 6720), ("Kultur och fritid", 3510, 3580, 3640)]
    for n, a, b, c in K:
        ws2.append([n, a, b, c, round((c - b) / b * 100, 1)])
    ws2.append([])
    ws2.append(["Källa: Kolada och kommunens räkenskapssammandrag"])
    wb.save(path)
    fix_zip(path)


MD = """# Motala kommun bygger 120 nya förskoleplatser i Charlottenborg

**Pressmeddelande, Motala kommun, 2 oktober 2026**

Nu är det klart att Motala kommun bygger en ny förskola i stadsdelen Charlottenborg. Förskolan får åtta avdelningar och plats för 120 barn. Byggstart sker i november 2026 och förskolan ska öppna i augusti 2028.

Den totala investeringen beräknas till 85 miljoner kronor. Dessutom satsas 1,8 miljoner kronor på utemiljön, med odlingslådor, pulkabacke och en naturlekplats.

– Charlottenborg växer snabbt och många småbarnsfamiljer har i dag långt till förskolan. Med den nya förskolan kan vi erbjuda plats nära hemmet, säger Lena Holm (KD), ordförande i barn- och utbildningsnämnden.

Förskolan byggs med trästomme och solceller på taket och ska certifieras enligt Miljöbyggnad Silver. Entreprenör är Östgöta Bygg AB, som vann upphandlingen bland fem anbudsgivare.

När den nya förskolan öppnar stängs de två tillfälliga paviljongerna vid Ekenäs, som i dag har 40 platser.

**För mer information, kontakta:**
Lena Holm (KD), ordförande barn- och utbildningsnämnden, telefon 0141-22 51 10
Jonas Fält, förvaltningschef barn- och utbildningsförvaltningen, telefon 0141-22 52 00
"""


def build(outdir):
    os.makedirs(outdir, exist_ok=True)
    budget_pdf(os.path.join(outdir, "motala-mal-och-budget-2026.pdf"))
    arsred_pdf(os.path.join(outdir, "motala-arsredovisning-2025.pdf"))
    html(os.path.join(outdir, "motala-sa-anvands-din-skatt.html"))
    docx(os.path.join(outdir, "motala-ks-protokoll-2026-09-15.docx"))
    xlsx(os.path.join(outdir, "motala-befolkning-och-nyckeltal.xlsx"))
    open(os.path.join(outdir, "motala-pressmeddelande-forskola-charlottenborg.md"), "w", encoding="utf-8").write(MD)
