"""Nora kommun: documents for the mb42 corpus."""
import os
from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font
from common import Doc, fmt, save_pdf, save_docx, save_xlsx, html_page

INV = 10720  # planeringsförutsättning invånare 2025

# ---------------- Resultatbudget (mnkr) ----------------
RB_COLS = ["Utfall 2023", "Prognos 2024", "Budget 2024", "Budget 2025", "Plan 2026", "Plan 2027"]
RB = {
    "int": [142.6, 145.0, 138.2, 147.5, 150.1, 152.8],
    "kost": [-842.3, -871.4, -858.9, -889.6, -908.2, -925.7],
    "avskr": [-31.8, -33.5, -34.0, -36.2, -38.9, -40.4],
    "skatt": [560.4, 584.7, 586.1, 607.3, 628.0, 649.2],
    "bidrag": [187.9, 196.2, 194.8, 198.6, 199.4, 201.3],
    "finint": [3.1, 3.4, 2.5, 2.8, 2.8, 2.8],
    "finkost": [-6.2, -8.9, -9.5, -10.1, -11.4, -12.6],
}
def _s(*keys):
    return [round(sum(RB[k][i] for k in keys), 1) for i in range(6)]
RB["netto"] = _s("int", "kost", "avskr")
RB["vres"] = [round(RB["netto"][i] + RB["skatt"][i] + RB["bidrag"][i], 1) for i in range(6)]
RB["res"] = [round(RB["vres"][i] + RB["finint"][i] + RB["finkost"][i], 1) for i in range(6)]

# ---------------- Driftbudget per nämnd (mnkr) ----------------
DRIFT = [  # nämnd, budget 2024, budget 2025
    ("Kommunstyrelsen", 98.4, 101.2),
    ("Barn- och utbildningsnämnden", 298.6, 309.5),
    ("Vård- och omsorgsnämnden", 312.2, 325.8),
    ("Samhällsbyggnadsnämnden", 38.7, 39.4),
    ("Kultur- och fritidsnämnden", 24.1, 23.6),
    ("Överförmyndare", 1.9, 2.0),
    ("Revision", 1.3, 1.3),
]
DRIFT_SUM = (round(sum(r[1] for r in DRIFT), 1), round(sum(r[2] for r in DRIFT), 1))
FINANS = (round(-RB["netto"][2] - DRIFT_SUM[0], 1), round(-RB["netto"][3] - DRIFT_SUM[1], 1))

# ---------------- Investeringsbudget (tkr) ----------------
INVEST = [
    ("Kommunstyrelsen", [
        ("IT-infrastruktur och digitalisering", 2500, 2000, 2000),
        ("Fordon och maskiner", 1200, 1200, 1500),
        ("Energieffektivisering kommunala byggnader", 3800, 3000, 2500),
    ]),
    ("Barn- och utbildningsnämnden", [
        ("Ny förskola i Gyttorp", 24000, 18000, 0),
        ("Ombyggnad Järntorgsskolan", 6500, 9000, 4000),
        ("Inventarier skola och förskola", 1500, 1500, 1500),
    ]),
    ("Vård- och omsorgsnämnden", [
        ("Välfärdsteknik", 1100, 900, 900),
        ("Inventarier särskilt boende", 800, 600, 600),
    ]),
    ("Samhällsbyggnadsnämnden", [
        ("Gator och vägar, beläggning", 4200, 4200, 4500),
        ("Gång- och cykelväg Nora–Pershyttan", 3400, 0, 0),
        ("Gatubelysning, byte till LED", 1800, 1800, 1000),
        ("Lekplatser och parker", 900, 700, 700),
        ("Upprustning av kajen vid Norasjön", 2600, 5400, 0),
    ]),
    ("Kultur- och fritidsnämnden", [
        ("Renovering konstgräsplan Nora IP", 3200, 0, 0),
        ("Utegym och motionsspår", 450, 300, 300),
    ]),
]
INV_TOT = [sum(p[i] for _, ps in INVEST for p in ps) for i in (1, 2, 3)]
INV_2024_PROGN = 52.1  # mnkr

# ---------------- Balansbudget (mnkr) ----------------
BB_COLS = ["Bokslut 2023", "Prognos 2024", "Budget 2025", "Plan 2026", "Plan 2027"]
def balans():
    anl = [968.4]
    inv = [INV_2024_PROGN] + [t / 1000 for t in INV_TOT]
    avs = [RB["avskr"][1], RB["avskr"][3], RB["avskr"][4], RB["avskr"][5]]
    for i in range(4):
        anl.append(round(anl[-1] + inv[i] + avs[i], 1))
    oms = [142.7, 131.5, 128.0, 126.4, 130.2]
    ek = [412.6]
    for r in [RB["res"][1], RB["res"][3], RB["res"][4], RB["res"][5]]:
        ek.append(round(ek[-1] + r, 1))
    avsn = [58.3, 60.1, 62.4, 64.0, 65.9]
    lang = [395.0, 405.0, 420.0, 425.0, 410.0]
    tot = [round(anl[i] + oms[i], 1) for i in range(5)]
    kort = [round(tot[i] - ek[i] - avsn[i] - lang[i], 1) for i in range(5)]
    sol = [round(100 * ek[i] / tot[i], 1) for i in range(5)]
    return dict(anl=anl, oms=oms, tot=tot, ek=ek, avsn=avsn, lang=lang, kort=kort, sol=sol)
BB = balans()

# ---------------- Delårsrapport: prognos per nämnd 2024 (mnkr) ----------------
PROGN = [("Kommunstyrelsen", 98.4, 96.9), ("Barn- och utbildningsnämnden", 298.6, 303.3),
         ("Vård- och omsorgsnämnden", 312.2, 320.6), ("Samhällsbyggnadsnämnden", 38.7, 38.1),
         ("Kultur- och fritidsnämnden", 24.1, 23.8), ("Överförmyndare", 1.9, 2.1), ("Revision", 1.3, 1.3)]
PROGN_FIN = (FINANS[0], round(-RB["netto"][1] - sum(p[2] for p in PROGN), 1))


def budget_pdf(path):
    pdf = Doc("Nora kommun", "Mål och budget 2025–2027 med plan")
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 26)
    pdf.ln(50)
    pdf.multi_cell(0, 12, "Mål och budget 2025–2027", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 14)
    pdf.multi_cell(0, 8, "Nora kommun", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    pdf.set_font("DejaVu", "", 11)
    pdf.multi_cell(0, 6, "Fastställd av kommunfullmäktige 2024-11-18, § 98\nDiarienummer KS 2024/312", align="C", new_x="LMARGIN", new_y="NEXT")

    pdf.add_page()
    pdf.h1("Innehåll")
    for i, t in enumerate(["Kommunstyrelsens ordförande har ordet", "Omvärld och förutsättningar", "Vision och mål",
                           "Ekonomiska ramar och effektiviseringar", "Resultatbudget", "Balansbudget",
                           "Driftbudget per nämnd", "Investeringsbudget", "Nämndernas uppdrag"], 1):
        pdf.p(f"{i}. {t}")

    pdf.add_page()
    pdf.h1("Kommunstyrelsens ordförande har ordet")
    pdf.p("Nora är en kommun med stolt historia och en framtid som vi bygger tillsammans. Det här är den tredje budgeten under mandatperioden och den präglas fortfarande av höga kostnader för pensioner, räntor och livsmedel, samtidigt som behoven inom äldreomsorgen växer.")
    pdf.p(f"Trots det kan vi lägga en budget med ett resultat på {fmt(RB['res'][3])} miljoner kronor för 2025. Det motsvarar 2,5 procent av skatteintäkter och generella statsbidrag och ligger i linje med vårt finansiella mål. Skattesatsen ligger kvar på 22,38 kronor per hundralapp.")
    pdf.p("Vi prioriterar barnen och de äldre. Barn- och utbildningsnämnden får ett tillskott på 10,9 miljoner kronor och vård- och omsorgsnämnden 13,6 miljoner kronor jämfört med 2024. Den nya förskolan i Gyttorp byggs under 2025 och 2026 och ska stå klar till höstterminen 2026.")
    pdf.p("Samtidigt måste vi ställa om. Alla nämnder får ett effektiviseringskrav på 1,0 procent och vi genomför en översyn av kommunens lokaler som ska minska lokalkostnaderna med 2,5 miljoner kronor till 2026.")
    pdf.p("Jag vill tacka alla medarbetare som varje dag gör skillnad för Noraborna.")
    pdf.p("Annika Sjöberg (S)\nKommunstyrelsens ordförande")

    pdf.add_page()
    pdf.h1("Omvärld och förutsättningar")
    pdf.h2("Samhällsekonomin")
    pdf.p("Sveriges Kommuner och Regioner (SKR) bedömer i sin cirkulär från oktober 2024 att skatteunderlaget växer med 4,1 procent 2025. Inflationen har sjunkit men kostnadsnivån ligger kvar på en hög nivå. Räntorna väntas sjunka successivt under 2025.")
    pdf.h2("Befolkning")
    pdf.p("Nora kommun hade 10 742 invånare den 31 december 2023. Budgeten bygger på ett antagande om " + f"{INV:,}".replace(",", " ") + " invånare den 1 november 2024, vilket är grunden för skatteintäkterna 2025. Andelen invånare som är 80 år eller äldre ökar och väntas vara 7,9 procent år 2027.")
    pdf.p("Antalet barn i förskoleåldern är i stort sett oförändrat, medan antalet elever i årskurs 7–9 ökar med cirka 40 elever fram till 2027.")
    pdf.h2("Skatteintäkter och utjämning")
    pdf.p("Skatteintäkterna beräknas till 607,3 miljoner kronor 2025 och de generella statsbidragen och utjämningen till 198,6 miljoner kronor. Beräkningen bygger på SKR:s prognos och en oförändrad skattesats om 22,38 kronor.")
    pdf.p("Kommunens pensionskostnader ökar med 6,2 miljoner kronor 2025 jämfört med 2024, främst till följd av det nya pensionsavtalet AKAP-KR.")

    pdf.add_page()
    pdf.h1("Vision och mål")
    pdf.p("Vision 2030: Nora – en levande småstad där alla kan växa. Kommunfullmäktige har beslutat om fyra målområden för mandatperioden 2023–2026.")
    pdf.h2("Målområde 1: Livslångt lärande")
    pdf.bullets(["Andelen elever i årskurs 9 som är behöriga till gymnasiets yrkesprogram ska öka till minst 85 procent.",
                 "Andelen barn i förskolan per årsarbetare ska inte överstiga 5,2."])
    pdf.h2("Målområde 2: Trygg vård och omsorg")
    pdf.bullets(["Andelen brukare i hemtjänsten som är nöjda med sin hemtjänst ska vara minst 90 procent.",
                 "Antalet olika personal som en hemtjänsttagare möter under 14 dagar ska minska till högst 12."])
    pdf.h2("Målområde 3: Hållbar samhällsutveckling")
    pdf.bullets(["Kommunkoncernens koldioxidutsläpp från fordon ska minska med 30 procent till 2027 jämfört med 2022.",
                 "Minst 60 nya bostäder ska ha färdigställts under mandatperioden."])
    pdf.h2("Målområde 4: God ekonomisk hushållning")
    pdf.bullets(["Årets resultat ska uppgå till minst 2,0 procent av skatteintäkter och generella statsbidrag i genomsnitt under mandatperioden.",
                 "Skattefinansierade investeringar ska finansieras med egna medel till minst 70 procent.",
                 "Soliditeten inklusive pensionsåtaganden ska inte understiga 15 procent."])

    pdf.add_page()
    pdf.h1("Ekonomiska ramar och effektiviseringar")
    pdf.p("Nämndernas ramar för 2025 har räknats upp med 2,9 procent för löner och 2,0 procent för övriga kostnader. Därefter har ett generellt effektiviseringskrav om 1,0 procent lagts på samtliga nämnder, vilket motsvarar 7,6 miljoner kronor.")
    pdf.h2("Riktade satsningar 2025")
    pdf.bullets(["Fler platser i särskilt boende, Älvhyddans äldreboende: 4,7 miljoner kronor.",
                 "Förstärkt elevhälsa: 1,8 miljoner kronor.",
                 "Feriearbete för ungdomar: 700 000 kronor.",
                 "Ökat underhåll av gator och vägar: 1,2 miljoner kronor."])
    pdf.h2("Besparingar")
    pdf.p("Kultur- och fritidsnämnden får en minskad ram. Öppettiderna i simhallen anpassas och bidraget till studieförbunden minskas, vilket tillsammans sparar 850 000 kronor. Lokalöversynen ska ge en besparing på 2,5 miljoner kronor fram till 2026, varav 1,1 miljoner kronor 2025.")
    pdf.p("Kommunstyrelsen minskar konsultkostnaderna med 600 000 kronor genom att anställa egen kompetens inom upphandling.")

    # Resultatbudget
    pdf.add_page()
    pdf.h1("Resultatbudget")
    pdf.p("Resultatbudgeten visar kommunens samlade intäkter och kostnader. Budget 2024 avser den budget som fastställdes av kommunfullmäktige i november 2023. Prognos 2024 bygger på delårsrapporten per 31 augusti 2024.")
    rb_rows = []
    def r(label, key, note="", style="normal"):
        rb_rows.append(([label, note] + [fmt(v) for v in RB[key]], style))
    r("Verksamhetens intäkter", "int", "1")
    r("Verksamhetens kostnader", "kost", "2")
    r("Avskrivningar", "avskr", "3")
    r("Verksamhetens nettokostnader", "netto", "", "sum")
    r("Skatteintäkter", "skatt", "4")
    r("Generella statsbidrag och utjämning", "bidrag", "5")
    r("Verksamhetens resultat", "vres", "", "sum")
    r("Finansiella intäkter", "finint", "6")
    r("Finansiella kostnader", "finkost", "7")
    r("Resultat efter finansiella poster", "res", "", "sum")
    r("Årets resultat", "res", "", "sum")
    pdf.table(None, "Belopp i mnkr", [54, 8, 18, 18, 18, 18, 18, 18],
              [["", "Not", "Utfall", "Prognos", "Budget", "Budget", "Plan", "Plan"],
               ["", "", "2023", "2024", "2024", "2025", "2026", "2027"]], rb_rows)
    pdf.note("Not 1–7: Se not­förteckning i årsredovisningen. Verksamhetens intäkter och kostnader är exklusive interna poster.")
    andel = [round(100 * RB["res"][i] / (RB["skatt"][i] + RB["bidrag"][i]), 1) for i in range(6)]
    pdf.table("Finansiellt mål", None, [80, 18, 18, 18, 18, 18, 18],
              [["Nyckeltal", "Utfall", "Prognos", "Budget", "Budget", "Plan", "Plan"],
               ["", "2023", "2024", "2024", "2025", "2026", "2027"]],
              [(["Årets resultat i % av skatter och bidrag"] + [fmt(a) for a in andel], "normal")])

    # Balansbudget
    pdf.add_page()
    pdf.h1("Balansbudget")
    bb = BB
    rows = [(["Tillgångar"], "section"),
            (["Anläggningstillgångar"] + [fmt(v) for v in bb["anl"]], "normal"),
            (["Omsättningstillgångar"] + [fmt(v) for v in bb["oms"]], "normal"),
            (["Summa tillgångar"] + [fmt(v) for v in bb["tot"]], "sum"),
            (["Eget kapital, avsättningar och skulder"], "section"),
            (["Eget kapital"] + [fmt(v) for v in bb["ek"]], "normal"),
            (["  varav årets resultat", fmt(13.7), fmt(RB["res"][1]), fmt(RB["res"][3]), fmt(RB["res"][4]), fmt(RB["res"][5])], "normal"),
            (["Avsättningar för pensioner"] + [fmt(v) for v in bb["avsn"]], "normal"),
            (["Långfristiga skulder"] + [fmt(v) for v in bb["lang"]], "normal"),
            (["Kortfristiga skulder"] + [fmt(v) for v in bb["kort"]], "normal"),
            (["Summa eget kapital, avsättningar och skulder"] + [fmt(v) for v in bb["tot"]], "sum"),
            (["Soliditet, %"] + [fmt(v) for v in bb["sol"]], "normal")]
    pdf.table(None, "Belopp i mnkr", [75, 19, 19, 19, 19, 19],
              [["", "Bokslut", "Prognos", "Budget", "Plan", "Plan"], ["", "2023", "2024", "2025", "2026", "2027"]], rows)
    pdf.p("Låneskulden väntas öka med 15 miljoner kronor under 2025 för att finansiera förskolan i Gyttorp. Soliditeten exklusive pensionsåtaganden beräknas till " + fmt(bb["sol"][2]) + " procent vid utgången av 2025.")

    # Driftbudget
    pdf.add_page()
    pdf.h1("Driftbudget per nämnd")
    pdf.p("Tabellen visar nämndernas nettokostnadsramar. Kolumnen kr per invånare avser budget 2025 och är beräknad på " + f"{INV:,}".replace(",", " ") + " invånare.")
    rows = []
    for n, b24, b25 in DRIFT:
        rows.append(([n, fmt(b24), fmt(b25), fmt(b25 - b24), fmt(100 * (b25 - b24) / b24), fmt(b25 * 1e6 / INV, 0)], "normal"))
    s24, s25 = DRIFT_SUM
    rows.append((["Summa nämnder", fmt(s24), fmt(s25), fmt(s25 - s24), fmt(100 * (s25 - s24) / s24), fmt(s25 * 1e6 / INV, 0)], "sum"))
    rows.append((["Finansförvaltning ¹", fmt(FINANS[0]), fmt(FINANS[1]), fmt(FINANS[1] - FINANS[0]), "", ""], "normal"))
    rows.append((["Verksamhetens nettokostnader", fmt(-RB["netto"][2]), fmt(-RB["netto"][3]), fmt(-RB["netto"][3] + RB["netto"][2]),
                  fmt(100 * (RB["netto"][3] - RB["netto"][2]) / RB["netto"][2]), fmt(-RB["netto"][3] * 1e6 / INV, 0)], "sum"))
    pdf.table(None, "Belopp i mnkr där inget annat anges", [60, 20, 20, 22, 22, 26],
              [["Nämnd", "Budget", "Budget", "Förändring", "Förändring", "kr per"],
               ["", "2024", "2025", "mnkr", "%", "invånare"]], rows)
    pdf.note("¹ Finansförvaltningen omfattar interna kapitalkostnader, personalomkostnadspålägg och pensionskostnader som inte fördelats till nämnderna. Negativt belopp innebär en nettointäkt.")
    pdf.p("Vård- och omsorgsnämnden är kommunens största nämnd med en ram på 325,8 miljoner kronor 2025. Kultur- och fritidsnämnden är den enda nämnd som får en minskad ram jämfört med 2024.")

    # Investeringsbudget (tkr) – long table continued over page break
    pdf.add_page()
    pdf.h1("Investeringsbudget")
    pdf.p(f"Investeringsbudgeten för 2025 uppgår till totalt {fmt(INV_TOT[0] / 1000)} miljoner kronor. Den största enskilda investeringen är den nya förskolan i Gyttorp med en total projektbudget på 42 miljoner kronor, fördelat på 2025 och 2026. Förskolan får sex avdelningar och plats för 108 barn.")
    pdf.p("Investeringar i vatten och avlopp görs av Nora Vatten AB och ingår inte i kommunens investeringsbudget. Ej förbrukade investeringsmedel från 2024 kan efter beslut i kommunstyrelsen föras över till 2025.")
    pdf.p("Kajen vid Norasjön rustas upp i två etapper. Den första etappen omfattar kajkanten vid Strandpromenaden och den andra etappen, som genomförs 2026, omfattar båtbryggor och belysning. Projektet är delvis finansierat med bidrag från Länsstyrelsen.")
    pdf.p("Under 2024 har kommunen infört en ny modell för investeringsprocessen. Varje investering över 5 miljoner kronor ska ha en förstudie och en beräkning av driftkostnadskonsekvenserna innan kommunstyrelsen fattar genomförandebeslut.")
    pdf.p("Utöver investeringsbudgeten finns en exploateringsbudget för bostadsområdet Kvarntorp etapp 2, där kommunen planerar att sälja 14 villatomter under perioden.")
    pdf.ln(20)
    rows = []
    for nm, ps in INVEST:
        rows.append(([nm], "section"))
        for p in ps:
            rows.append(([p[0], fmt(p[1], 0), fmt(p[2], 0), fmt(p[3], 0), fmt(sum(p[1:]), 0)], "normal"))
        tt = [sum(p[i] for p in ps) for i in (1, 2, 3)]
        rows.append(([f"Summa {nm[0].lower() + nm[1:]}"] + [fmt(t, 0) for t in tt] + [fmt(sum(tt), 0)], "sum"))
    rows.append((["Totalt investeringar"] + [fmt(t, 0) for t in INV_TOT] + [fmt(sum(INV_TOT), 0)], "sum"))
    pdf.table(None, "Belopp i tkr", [80, 22, 22, 22, 24],
              [["Projekt", "Budget", "Plan", "Plan", "Totalt"], ["", "2025", "2026", "2027", "2025–2027"]],
              rows, cont_title="Investeringsbudget (forts.)")

    # Nämndernas uppdrag
    pdf.add_page()
    pdf.h1("Nämndernas uppdrag")
    texts = [
        ("Kommunstyrelsen", "Kommunstyrelsen leder och samordnar kommunens verksamhet och ansvarar för bland annat ekonomi, personal, näringsliv och räddningstjänst. Kommunens andel av Nerikes Brandkår ingår i ramen med 14,2 miljoner kronor 2025."),
        ("Barn- och utbildningsnämnden", "Nämnden ansvarar för förskola, grundskola, fritidshem, gymnasieskola och vuxenutbildning. Gymnasieeleverna går till största delen i Örebro och Lindesberg. Interkommunala ersättningar för gymnasieskolan beräknas till 38,5 miljoner kronor 2025."),
        ("Vård- och omsorgsnämnden", "Nämnden ansvarar för äldreomsorg, hemsjukvård, stöd till personer med funktionsnedsättning samt individ- och familjeomsorg. Inom ramen finns 4,7 miljoner kronor för tolv nya platser på Älvhyddans äldreboende från 1 april 2025."),
        ("Samhällsbyggnadsnämnden", "Nämnden ansvarar för gator, parker, bygglov, miljö- och hälsoskydd samt fysisk planering. Taxan för bygglov höjs med 3 procent 2025."),
        ("Kultur- och fritidsnämnden", "Nämnden ansvarar för bibliotek, kulturskola, fritidsgårdar, idrottsanläggningar och föreningsbidrag. Kulturskolan har cirka 310 elever."),
    ]
    for n, t in texts:
        pdf.h2(n)
        pdf.p(t)
    # landscape page with plan per nämnd
    pdf.add_page(orientation="L")
    pdf.h1("Bilaga: Ramar per nämnd 2025–2027")
    plan = {"Kommunstyrelsen": (103.0, 104.9), "Barn- och utbildningsnämnden": (316.8, 323.1),
            "Vård- och omsorgsnämnden": (337.9, 348.2), "Samhällsbyggnadsnämnden": (40.1, 40.9),
            "Kultur- och fritidsnämnden": (23.9, 24.3), "Överförmyndare": (2.1, 2.1), "Revision": (1.3, 1.4)}
    rows = [([n, fmt(b24), fmt(b25), fmt(plan[n][0]), fmt(plan[n][1]), fmt(100 * (plan[n][1] - b25) / b25)], "normal") for n, b24, b25 in DRIFT]
    s26 = round(sum(v[0] for v in plan.values()), 1); s27 = round(sum(v[1] for v in plan.values()), 1)
    rows.append((["Summa nämnder", fmt(DRIFT_SUM[0]), fmt(DRIFT_SUM[1]), fmt(s26), fmt(s27), fmt(100 * (s27 - DRIFT_SUM[1]) / DRIFT_SUM[1])], "sum"))
    pdf.table(None, "Nettokostnadsram, belopp i mnkr", [90, 30, 30, 30, 30, 40],
              [["Nämnd", "Budget", "Budget", "Plan", "Plan", "Förändring %"], ["", "2024", "2025", "2026", "2027", "2025–2027"]], rows)
    pdf.note("Planåren 2026–2027 är preliminära och fastställs i kommande budgetprocess.")
    save_pdf(pdf, path)


def delar_pdf(path):
    pdf = Doc("Nora kommun", "Delårsrapport januari–augusti 2024")
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 24)
    pdf.ln(50)
    pdf.multi_cell(0, 12, "Delårsrapport\njanuari–augusti 2024", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 13)
    pdf.multi_cell(0, 8, "Nora kommun\nBehandlad av kommunfullmäktige 2024-10-28", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    pdf.h1("Sammanfattning")
    pdf.p("Kommunens resultat för perioden januari–augusti 2024 uppgår till 28,9 miljoner kronor, vilket är 4,3 miljoner kronor lägre än motsvarande period föregående år. Resultatet för helåret prognostiseras till " + fmt(RB["res"][1]) + " miljoner kronor, vilket är " + fmt(RB["res"][2] - RB["res"][1]) + " miljoner kronor lägre än budget.")
    pdf.p("Nämnderna prognostiserar sammantaget ett underskott på 10,9 miljoner kronor. Vård- och omsorgsnämnden redovisar det största underskottet, 8,4 miljoner kronor, främst på grund av ökade kostnader för placeringar inom individ- och familjeomsorgen och hög sjukfrånvaro inom hemtjänsten.")
    pdf.p("Barn- och utbildningsnämnden prognostiserar ett underskott på 4,7 miljoner kronor som förklaras av fler elever i behov av särskilt stöd och ökade kostnader för skolskjuts.")
    pdf.p("Kommunstyrelsen har beslutat om en åtgärdsplan med ett anställningsstopp för administrativa tjänster som gäller från den 1 september 2024 till årets slut.")
    pdf.h2("Viktiga händelser under perioden")
    pdf.bullets(["Byggstart för gång- och cykelvägen mellan Nora och Pershyttan skedde i maj.",
                 "Kommunen fick 3,1 miljoner kronor i statsbidrag för att minska barngruppernas storlek i förskolan.",
                 "Sjukfrånvaron bland kommunens medarbetare var 7,2 procent under perioden, jämfört med 7,9 procent samma period 2023.",
                 "Antalet anställda (tillsvidare) var 1 034 den 31 augusti."])
    pdf.add_page()
    pdf.h1("Driftredovisning och prognos per nämnd")
    rows = []
    for n, b, pg in PROGN:
        rows.append(([n, fmt(b), fmt(pg), fmt(b - pg, 1, "par")], "normal"))
    sb = round(sum(p[1] for p in PROGN), 1); sp = round(sum(p[2] for p in PROGN), 1)
    rows.append((["Summa nämnder", fmt(sb), fmt(sp), fmt(sb - sp, 1, "par")], "sum"))
    rows.append((["Finansförvaltning", fmt(PROGN_FIN[0]), fmt(PROGN_FIN[1]), fmt(PROGN_FIN[0] - PROGN_FIN[1], 1, "par")], "normal"))
    tb = -RB["netto"][2]; tp = -RB["netto"][1]
    rows.append((["Verksamhetens nettokostnader", fmt(tb), fmt(tp), fmt(tb - tp, 1, "par")], "sum"))
    pdf.table(None, "Nettokostnader, belopp i mnkr. Negativ avvikelse anges inom parentes.", [80, 28, 28, 34],
              [["Nämnd", "Budget", "Prognos", "Avvikelse"], ["", "2024", "2024", "mot budget"]], rows)
    pdf.p("Kommunstyrelsens överskott på 1,5 miljoner kronor beror främst på vakanta tjänster och lägre kostnader för IT-licenser.")
    pdf.add_page()
    pdf.h1("Resultaträkning och prognos")
    rows = []
    for lbl, k in [("Verksamhetens intäkter", "int"), ("Verksamhetens kostnader", "kost"), ("Avskrivningar", "avskr"),
                   ("Verksamhetens nettokostnader", "netto"), ("Skatteintäkter", "skatt"),
                   ("Generella statsbidrag och utjämning", "bidrag"), ("Finansiella intäkter", "finint"),
                   ("Finansiella kostnader", "finkost"), ("Årets resultat", "res")]:
        b, pg = RB[k][2], RB[k][1]
        st = "sum" if k in ("netto", "res") else "normal"
        rows.append(([lbl, fmt(b, 1, "par"), fmt(pg, 1, "par"), fmt(pg - b, 1, "par")], st))
    pdf.table(None, "Belopp i mnkr", [80, 28, 28, 34], [["", "Budget", "Prognos", "Avvikelse"], ["", "2024", "helår 2024", ""]], rows)
    pdf.h2("Investeringar")
    pdf.p("Under januari–augusti har kommunen investerat för 31,2 miljoner kronor. Budgeten för helåret, inklusive överförda medel från 2023, är 68,4 miljoner kronor. Prognosen för helåret är " + fmt(INV_2024_PROGN) + " miljoner kronor. Av de ej förbrukade medlen föreslås 14,6 miljoner kronor föras över till 2025.")
    pdf.h2("Balanskravsresultat")
    pdf.p("Balanskravsresultatet för helåret prognostiseras till 14,9 miljoner kronor efter avdrag för realisationsvinster om 0,6 miljoner kronor. Kommunen uppfyller därmed balanskravet.")
    save_pdf(pdf, path)


def html(path):
    rows = []
    for n, _, b25 in DRIFT:
        rows.append((n, b25))
    tot = DRIFT_SUM[1]
    per100 = [(n, round(100 * v / tot, 1)) for n, v in rows]
    # merge small ones
    trs = []
    groups = [("Vård och omsorg", "Vård- och omsorgsnämnden"), ("Förskola och skola", "Barn- och utbildningsnämnden"),
              ("Kommunledning, räddningstjänst och näringsliv", "Kommunstyrelsen"),
              ("Gator, parker, bygglov och miljö", "Samhällsbyggnadsnämnden"), ("Kultur och fritid", "Kultur- och fritidsnämnden")]
    d = dict(rows)
    for lbl, key in groups:
        trs.append((lbl, fmt(100 * d[key] / tot), fmt(d[key])))
    ov = d["Överförmyndare"] + d["Revision"]
    trs.append(("Överförmyndare och revision", fmt(100 * ov / tot), fmt(ov)))
    trs.append(("Totalt", "100,0", fmt(tot)))
    body = "\n".join(f"          <tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in trs)
    content = f"""    <article>
      <h1>Så används din skatt</h1>
      <p class="ingress">Skattesatsen i Nora kommun är 22,38 kronor per hundralapp 2025. Tillsammans med regionskatten på 12,30 kronor betalar du 34,68 kronor i skatt för varje hundralapp du tjänar.</p>
      <p>Här kan du se hur kommunens skattepengar fördelas mellan olika verksamheter enligt budgeten för 2025. Fördelningen bygger på nämndernas nettokostnader, det vill säga kostnaderna efter avdrag för avgifter, bidrag och andra intäkter.</p>
      <h2>Så fördelas 100 skattekronor 2025</h2>
      <table class="table">
        <caption>Fördelning av 100 kronor i kommunalskatt, budget 2025</caption>
        <thead>
          <tr><th>Verksamhet</th><th>Kronor av 100</th><th>Nettokostnad 2025, mnkr</th></tr>
        </thead>
        <tbody>
{body}
        </tbody>
      </table>
      <h2>Exempel: vad kostar en plats?</h2>
      <p>En plats i förskolan kostar i genomsnitt 172 000 kronor per år. Föräldraavgiften täcker ungefär 7 procent av kostnaden. En elev i grundskolan kostar cirka 128 000 kronor per år.</p>
      <p>En plats i särskilt boende för äldre kostar i genomsnitt 1,1 miljoner kronor per år.</p>
      <h2>Vill du veta mer?</h2>
      <p>Läs hela dokumentet Mål och budget 2025–2027 under <a href="/kommun-och-politik/ekonomi">Ekonomi</a>. Har du frågor om kommunens ekonomi är du välkommen att kontakta ekonomienheten via kontaktcenter.</p>
    </article>"""
    nav = [("Barn och utbildning", "/barn-och-utbildning"), ("Omsorg och hjälp", "/omsorg-och-hjalp"),
           ("Bygga, bo och miljö", "/bygga-bo-och-miljo"), ("Kultur och fritid", "/kultur-och-fritid"),
           ("Näringsliv och arbete", "/naringsliv-och-arbete"), ("Kommun och politik", "/kommun-och-politik")]
    page = html_page("Nora kommun", "Så används din skatt", nav, ["Start", "Kommun och politik", "Ekonomi", "Så används din skatt"],
                     content, "2024-12-02", "2025-01-15",
                     ["Nora kommun, Box 111, 713 23 Nora", "Telefon: 0587-810 00 (kontaktcenter)", "E-post: kommun@nora.se", "Organisationsnummer: 212000-1942"])
    with open(path, "w", encoding="utf-8") as f:
        f.write(page)


def docx(path):
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
    doc.add_heading("PROTOKOLL", level=0)
    doc.add_paragraph("Kommunstyrelsen, Nora kommun")
    doc.add_paragraph("Sammanträdesdatum: 2024-10-21")
    doc.add_paragraph("Plats och tid: Kommunhuset, Sessionssalen, kl. 13.00–16.20")
    doc.add_paragraph("Beslutande: Annika Sjöberg (S), ordförande, Lars-Erik Holm (C), vice ordförande, Jenny Åkesson (M), Tomas Wikström (S), Eva Lindh (S), Mikael Granberg (SD), Birgitta Ek (KD), Peter Nyman (V), Sara Olofsson (L)")
    doc.add_paragraph("Utses att justera: Jenny Åkesson (M)")
    doc.add_paragraph("Sekreterare: Karin Bergström")

    doc.add_heading("§ 141 Mål och budget 2025–2027", level=1)
    doc.add_paragraph("Diarienummer: KS 2024/312")
    doc.add_paragraph("Ärendebeskrivning: Förslaget till Mål och budget 2025–2027 har tagits fram av budgetberedningen. Förslaget innebär ett resultat på 20,3 miljoner kronor 2025 och oförändrad skattesats.")
    doc.add_paragraph("Yrkanden: Annika Sjöberg (S) yrkar bifall till budgetberedningens förslag. Jenny Åkesson (M) yrkar, med instämmande av Birgitta Ek (KD), bifall till Moderaternas och Kristdemokraternas gemensamma budgetförslag, som bland annat innebär en sänkning av skattesatsen med 10 öre till 22,28 kronor.")
    doc.add_paragraph("Propositionsordning: Ordföranden ställer förslagen mot varandra och finner att kommunstyrelsen bifaller budgetberedningens förslag. Votering begärs och genomförs. Budgetberedningens förslag vinner med 6 röster mot 3.")
    doc.add_paragraph("Beslut: Kommunstyrelsen föreslår kommunfullmäktige att fastställa Mål och budget 2025–2027 i enlighet med budgetberedningens förslag.")
    doc.add_paragraph("Reservation: Jenny Åkesson (M) och Birgitta Ek (KD) reserverar sig mot beslutet till förmån för eget förslag. Mikael Granberg (SD) reserverar sig mot beslutet med hänvisning till Sverigedemokraternas budgetförslag.")

    doc.add_heading("§ 142 Skattesats 2025", level=1)
    doc.add_paragraph("Beslut: Kommunstyrelsen föreslår kommunfullmäktige att skattesatsen för 2025 ska vara oförändrad, 22,38 kronor per skattekrona.")
    doc.add_paragraph("Reservation: Jenny Åkesson (M) och Birgitta Ek (KD) reserverar sig mot beslutet.")

    doc.add_heading("§ 143 Ombudgetering av investeringsmedel från 2024 till 2025", level=1)
    doc.add_paragraph("Diarienummer: KS 2024/355")
    doc.add_paragraph("Ärendebeskrivning: I delårsrapporten per augusti 2024 prognostiseras att flera investeringsprojekt inte hinner slutföras under året. Ekonomienheten föreslår att ej förbrukade medel om totalt 14,6 miljoner kronor förs över till 2025 enligt tabellen nedan.")
    rows = [("Projekt", "Budget 2024 (tkr)", "Utfall jan–aug (tkr)", "Ombudgeteras till 2025 (tkr)"),
            ("Gång- och cykelväg Nora–Pershyttan", "7 800", "2 950", "3 200"),
            ("Ny förskola i Gyttorp, projektering", "6 000", "1 450", "4 100"),
            ("Energieffektivisering kommunala byggnader", "4 500", "1 200", "2 700"),
            ("Renovering konstgräsplan Nora IP", "3 000", "0", "3 000"),
            ("Lekplats Prästskogen", "2 000", "400", "1 600"),
            ("Summa", "23 300", "6 000", "14 600")]
    t = doc.add_table(rows=len(rows), cols=4)
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            t.cell(i, j).text = v
    doc.add_paragraph("Beslut: Kommunstyrelsen beslutar att föra över 14,6 miljoner kronor i investeringsmedel från 2024 till 2025 enligt förslaget. Beslutet är enhälligt.")

    doc.add_heading("§ 144 Försäljning av fastigheten Nora Bergsmannen 3", level=1)
    doc.add_paragraph("Ärendebeskrivning: Kommunen har erhållit ett bud om 2 350 000 kronor på den tidigare förrådsbyggnaden vid Bergsmansgatan. Fastigheten har ett bokfört värde på 1 120 000 kronor.")
    doc.add_paragraph("Beslut: Kommunstyrelsen beslutar att sälja fastigheten Nora Bergsmannen 3 till Bergslagens Hantverkshus AB för 2 350 000 kronor.")
    doc.add_paragraph("Peter Nyman (V) reserverar sig mot beslutet.")

    doc.add_heading("§ 145 Medborgarförslag om hundrastgård i Gyttorp", level=1)
    doc.add_paragraph("Beslut: Kommunstyrelsen föreslår kommunfullmäktige att bifalla medborgarförslaget. Samhällsbyggnadsnämnden får i uppdrag att anlägga en hundrastgård i Gyttorp under 2025 inom befintlig ram.")
    doc.add_paragraph("Justerandes signatur: ______________    Utdragsbestyrkande: ______________")
    save_docx(doc, path, "Protokoll kommunstyrelsen 2024-10-21", "Nora kommun")


def xlsx(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Befolkning"
    ws.append(["Befolkning och skattesats i Nora kommun 2019–2024"])
    ws.append(["Antal personer; skattesats i kronor per hundralapp"])
    ws.append(["År", "Folkmängd 31 dec", "Födda", "Döda", "Inflyttade", "Utflyttade", "Kommunal skattesats"])
    data = [(2019, 10612, 98, 131, 612, 570, 22.38), (2020, 10639, 101, 139, 598, 533, 22.38),
            (2021, 10701, 104, 128, 640, 554, 22.38), (2022, 10718, 89, 142, 655, 585, 22.38),
            (2023, 10742, 93, 136, 627, 560, 22.38), (2024, 10731, 86, 133, 601, 565, 22.38)]
    for r in data:
        ws.append(list(r))
    ws.append(["Källa: SCB, befolkningsstatistik. Uppgifterna för 2024 är preliminära."])
    ws["A1"].font = Font(bold=True, size=13)
    for c in ws[3]:
        c.font = Font(bold=True)
    for col, w in zip("ABCDEFG", [8, 18, 10, 10, 12, 12, 20]):
        ws.column_dimensions[col].width = w
    ws2 = wb.create_sheet("Nettokostnad per verksamhet")
    ws2.append(["Nettokostnad per verksamhet, Nora kommun"])
    ws2.append(["Kronor per invånare"])
    ws2.append(["Verksamhet", "2021", "2022", "2023", "Riket 2023"])
    rows2 = [("Förskola", 10850, 11420, 11960, 12840), ("Grundskola", 16920, 17480, 18310, 17650),
             ("Gymnasieskola", 7140, 7390, 7720, 7280), ("Äldreomsorg", 21450, 22860, 24130, 21070),
             ("Funktionsnedsättning (LSS)", 8120, 8460, 8930, 9210), ("Individ- och familjeomsorg", 4980, 5240, 5710, 5390),
             ("Kultur och fritid", 2410, 2470, 2390, 2630)]
    for r in rows2:
        ws2.append(list(r))
    ws2["A1"].font = Font(bold=True, size=13)
    for c in ws2[3]:
        c.font = Font(bold=True)
    ws2.column_dimensions["A"].width = 30
    save_xlsx(wb, path, "Befolkning och nyckeltal Nora", "Nora kommun")


def press(path):
    txt = """# Nora bygger ny förskola i Gyttorp – byggstart i februari

**Pressmeddelande från Nora kommun, 2025-01-09**

Nu är det klart att den nya förskolan i Gyttorp byggs. Kommunstyrelsen har godkänt anbudet från Bergslagsbygg AB och byggstarten är planerad till februari 2025. Förskolan ska stå klar i augusti 2026.

Förskolan får sex avdelningar och plats för 108 barn. Den ersätter två äldre förskolor, Solrosen och Lärkan, som har stora behov av underhåll. Den totala projektbudgeten är 42 miljoner kronor, varav anbudet från Bergslagsbygg AB uppgår till 36,8 miljoner kronor.

– Det här är den största investeringen i förskolan i Nora på över tjugo år. Barnen i Gyttorp förtjänar moderna och trygga lokaler, säger Lars-Erik Holm (C), ordförande i barn- och utbildningsnämnden.

Byggnaden uppförs i trä och får solceller på taket. Solcellsanläggningen beräknas kosta 1,3 miljoner kronor och ingår i projektbudgeten. Den väntas producera cirka 65 000 kilowattimmar per år.

Kommunen räknar med att driftkostnaderna för lokaler sjunker med omkring 700 000 kronor per år när de två gamla förskolorna avvecklas.

## Fakta

- Antal avdelningar: 6
- Antal platser: 108
- Total projektbudget: 42 miljoner kronor
- Byggstart: februari 2025
- Inflyttning: augusti 2026

**Kontakt**
Lars-Erik Holm (C), ordförande barn- och utbildningsnämnden, telefon 0587-810 00
Maria Dahl, förvaltningschef barn- och utbildningsförvaltningen, telefon 0587-810 00
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(txt)


def build(outdir):
    os.makedirs(outdir, exist_ok=True)
    budget_pdf(os.path.join(outdir, "nora-mal-och-budget-2025-2027.pdf"))
    delar_pdf(os.path.join(outdir, "nora-delarsrapport-augusti-2024.pdf"))
    html(os.path.join(outdir, "sa-anvands-din-skatt.html"))
    docx(os.path.join(outdir, "protokoll-kommunstyrelsen-2024-10-21.docx"))
    xlsx(os.path.join(outdir, "nora-befolkning-och-nyckeltal.xlsx"))
    press(os.path.join(outdir, "pressmeddelande-ny-forskola-gyttorp.md"))
