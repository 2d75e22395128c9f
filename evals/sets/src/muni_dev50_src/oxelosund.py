"""Oxelösunds kommun: budget PDF, årsredovisning PDF, HTML news, DOCX KF-protokoll, XLSX driftbudget, press release (txt)."""
import os
import docx
from docx.shared import Pt
import openpyxl
from openpyxl.styles import Font
from common import Doc, fmt, rezip, fix_docx_props, fix_xlsx_props, docx_table

INV_ANT = 12350
RB_COLS = ["Utfall 2024", "Prognos 2025", "Budget 2025", "Budget 2026", "Plan 2027", "Plan 2028"]
RB = {
    "int": [268.4, 272.0, 265.5, 274.8, 279.3, 284.1],
    "kost": [-1092.6, -1131.8, -1120.4, -1158.7, -1191.2, -1224.5],
    "avskr": [-48.3, -52.1, -53.0, -56.4, -60.2, -63.8],
    "skatt": [642.7, 668.9, 664.1, 702.6, 726.3, 750.4],
    "bidrag": [244.1, 256.8, 255.2, 264.5, 271.8, 277.0],
    "finint": [9.8, 8.1, 7.5, 7.9, 8.0, 8.0],
    "finkost": [-6.2, -7.4, -8.3, -9.1, -10.4, -11.6],
}
# verksamheter per nämnd: (verksamhet, budget 2025, budget 2026) tkr
VERK = {
    "Kommunstyrelsen": [("Politisk verksamhet", 9800, 10100), ("Kommunledning och administration", 52650, 54300),
                        ("Näringsliv och turism", 6200, 6400), ("Arbetsmarknad och integration", 29800, 31500)],
    "Utbildningsnämnden": [("Förskola", 96100, 98400), ("Grundskola inkl. förskoleklass och fritidshem", 189500, 196300),
                           ("Gymnasieskola", 84900, 88700), ("Vuxenutbildning", 18300, 19200), ("Nämnd och administration", 13800, 16300)],
    "Vård- och omsorgsnämnden": [("Särskilt boende", 128400, 134900), ("Hemtjänst", 84600, 88200),
                                 ("Stöd till personer med funktionsnedsättning", 71300, 75100), ("Individ- och familjeomsorg", 34600, 36400)],
    "Kultur- och fritidsnämnden": [("Bibliotek", 9800, 10200), ("Idrotts- och fritidsanläggningar", 21900, 22500),
                                   ("Kulturskola och allmän kultur", 9500, 9800)],
    "Samhällsbyggnadsnämnden": [("Gator, vägar och parker", 31200, 31900), ("Fysisk planering", 8100, 8600),
                                ("Räddningstjänst", 13500, 13600)],
    "Miljö- och hälsoskyddsnämnden": [("Miljö- och hälsoskydd", 6350, 6550)],
    "Överförmyndarnämnden": [("Överförmyndarverksamhet", 2150, 2250)],
    "Revisionen": [("Revision", 1450, 1500)],
}
NAMND_B = {k: (sum(v[1] for v in vs), sum(v[2] for v in vs)) for k, vs in VERK.items()}
UTFALL25 = {"Kommunstyrelsen": 95310, "Utbildningsnämnden": 406900, "Vård- och omsorgsnämnden": 324180,
            "Kultur- och fritidsnämnden": 40450, "Samhällsbyggnadsnämnden": 51920, "Miljö- och hälsoskyddsnämnden": 6120,
            "Överförmyndarnämnden": 2310, "Revisionen": 1390}
PLAN = {"Kommunstyrelsen": (104900, 107400), "Utbildningsnämnden": (429800, 440500), "Vård- och omsorgsnämnden": (345200, 356900),
        "Kultur- och fritidsnämnden": (43400, 44300), "Samhällsbyggnadsnämnden": (55300, 56500),
        "Miljö- och hälsoskyddsnämnden": (6700, 6850), "Överförmyndarnämnden": (2300, 2350), "Revisionen": (1550, 1600)}
INV = [
    ("Kommunstyrelsen", [("IT och digitalisering", 3500, 3000, 3000), ("Exploatering Badhusviken", 18000, 12000, 5000),
                         ("Fastighetsunderhåll, reinvesteringar", 12000, 12000, 12000)]),
    ("Samhällsbyggnadsnämnden", [("Gator och vägar, reinvestering", 9500, 9500, 10000), ("Gång- och cykelväg Femöre", 4200, 0, 0),
                                 ("Stadsparken, upprustning", 2800, 1500, 0), ("Räddningstjänst, nytt höjdfordon", 0, 8500, 0),
                                 ("Ny brandstation, projektering och byggnation", 0, 4000, 20000)]),
    ("Utbildningsnämnden", [("Ny förskola Ramdalen", 36000, 22000, 0), ("Breviksskolan, tillbyggnad", 12500, 4000, 0),
                            ("Inventarier skola och förskola", 2400, 2400, 2400)]),
    ("Vård- och omsorgsnämnden", [("Välfärdsteknik", 1800, 1800, 1800), ("Ombyggnad Höjdens äldreboende", 15000, 25000, 8000)]),
    ("Kultur- och fritidsnämnden", [("Oxelöhallen, ny ventilation", 6200, 0, 0), ("Jogersöbadet, upprustning", 2100, 3500, 0)]),
]

INV_TOT = [sum(p[i] for _, prs in INV for p in prs) for i in (1, 2, 3)]


def rb_calc(r, n):
    vnk = [r["int"][i] + r["kost"][i] + r["avskr"][i] for i in range(n)]
    vr = [vnk[i] + r["skatt"][i] + r["bidrag"][i] for i in range(n)]
    res = [vr[i] + r["finint"][i] + r["finkost"][i] for i in range(n)]
    return vnk, vr, res


def rr_rows(r, n, neg="()"):
    vnk, vr, res = rb_calc(r, n)
    f = lambda xs: [fmt(x, neg=neg) for x in xs]
    return [
        (["Verksamhetens intäkter"] + f(r["int"]), ""),
        (["Verksamhetens kostnader"] + f(r["kost"]), ""),
        (["Avskrivningar"] + f(r["avskr"]), ""),
        (["Verksamhetens nettokostnader"] + f(vnk), "B"),
        (["Skatteintäkter"] + f(r["skatt"]), ""),
        (["Generella statsbidrag och utjämning"] + f(r["bidrag"]), ""),
        (["Verksamhetens resultat"] + f(vr), "B"),
        (["Finansiella intäkter"] + f(r["finint"]), ""),
        (["Finansiella kostnader"] + f(r["finkost"]), ""),
        (["Årets resultat"] + f(res), "B"),
    ]


def budget_pdf(path):
    pdf = Doc("Oxelösunds kommun · Budget 2026 och plan 2027–2028")
    pdf.cover("Budget 2026", "och plan 2027–2028\nOxelösunds kommun",
              ["Antagen av kommunfullmäktige 2025-11-19, § 112", "Diarienummer KS 2025/318"])
    pdf.add_page()
    pdf.h1("Inledning")
    pdf.para("Oxelösund är en kommun med stora möjligheter. Hamnen och industrin utvecklas och omställningen till fossilfri stålproduktion "
             "innebär att nya arbetstillfällen skapas. Samtidigt ökar behoven inom äldreomsorgen och kostnaderna för skolan.")
    pdf.para("För att klara välfärden utan att skjuta kostnader på framtiden höjer vi skatten med 25 öre till 22,49 kronor. "
             "Skattehöjningen ger ungefär 7,8 miljoner kronor i ökade intäkter 2026.")
    pdf.para("Vi genomför samtidigt ett sparbeting på 12,0 miljoner kronor som fördelas mellan nämnderna. De största besparingarna görs "
             "inom administration och lokaler, inte i verksamheterna närmast barn och äldre.")
    pdf.para("Johan Bergqvist (S)\nKommunstyrelsens ordförande")
    pdf.add_page()
    pdf.h1("Styrmodell och mål")
    pdf.para("Kommunfullmäktige styr genom mål och ekonomiska ramar. Nämnderna bryter ned fullmäktiges mål till egna nämndmål och "
             "följer upp dem i delårsrapport och årsredovisning.")
    pdf.h2("Kommunfullmäktiges mål för mandatperioden")
    pdf.bullets(["Oxelösund ska vara en trygg kommun att växa upp och bo i.",
                 "Alla elever ska ges förutsättningar att nå kunskapsmålen.",
                 "Äldre ska få en god och värdig omsorg.",
                 "Kommunen ska ha en långsiktigt hållbar ekonomi."])
    pdf.h2("Finansiella mål")
    pdf.bullets(["Årets resultat ska vara minst 2,0 procent av skatteintäkter och generella statsbidrag.",
                 "Nettoinvesteringarna ska över en rullande femårsperiod finansieras med minst 70 procent egna medel.",
                 "Den långfristiga låneskulden får uppgå till högst 520 miljoner kronor."])
    pdf.para("Det budgeterade resultatet för 2026 motsvarar 2,6 procent av skatteintäkter och generella statsbidrag och uppfyller därmed målet.")
    pdf.add_page()
    pdf.h1("Förutsättningar")
    pdf.h2("Befolkning")
    pdf.para("Den 31 december 2024 hade Oxelösund 12 334 invånare. Budgeten bygger på 12 350 invånare. Antalet personer över 80 år "
             "ökar med cirka 4 procent per år under planperioden.")
    pdf.h2("Skatteintäkter")
    pdf.para("Skatteintäkter och generella statsbidrag har beräknats utifrån SKR:s prognos i oktober 2025. Den kommunala skattesatsen "
             "höjs från 22,24 kronor till 22,49 kronor. Regionskatten i Region Sörmland är 11,83 kronor, vilket ger en total skattesats på 34,32 kronor.")
    pdf.h2("Löner, priser och pensioner")
    pdf.para("Nämndernas ramar har kompenserats med 3,0 procent för löneökningar och 1,8 procent för prisökningar. Pensionskostnaderna "
             "beräknas öka med 3,6 miljoner kronor.")
    pdf.h2("Sparbeting")
    pdf.para("Sparbetinget på 12,0 miljoner kronor fördelas med 4,5 miljoner kronor på vård- och omsorgsnämnden, 4,0 miljoner kronor på "
             "utbildningsnämnden, 2,0 miljoner kronor på kommunstyrelsen och 1,5 miljoner kronor på övriga nämnder.")
    pdf.h2("Särskilda satsningar")
    pdf.para("Utbildningsnämnden får 2,2 miljoner kronor för fler speciallärare. En fritidsbank startas med ett bidrag om 900 000 kronor. "
             "Kultur- och fritidsnämnden får 350 000 kronor för sommarlovsaktiviteter.")
    pdf.add_page()
    pdf.h1("Resultatbudget")
    pdf.para("Negativa belopp anges inom parentes.")
    hdr = [["", "Utfall", "Prognos", "Budget", "Budget", "Plan", "Plan"],
           ["Belopp i mnkr", "2024", "2025", "2025", "2026", "2027", "2028"]]
    pdf.table(hdr, rr_rows(RB, 6), [56, 19, 19, 19, 19, 19, 19], caption="Tabell 1. Resultatbudget")
    vnk, vr, res = rb_calc(RB, 6)
    pdf.para("Resultatet för 2026 budgeteras till 25,6 miljoner kronor. Verksamhetens nettokostnader ökar med 32,4 miljoner kronor "
             "jämfört med budget 2025.")
    pdf.h2("Finansiella nyckeltal")
    kt = [
        (["Skattesats, kronor", "22,24", "22,24", "22,49", "22,49", "22,49"], ""),
        (["Resultat i % av skatter och bidrag", fmt(res[0] / (RB['skatt'][0] + RB['bidrag'][0]) * 100), fmt(res[2] / (RB['skatt'][2] + RB['bidrag'][2]) * 100),
          fmt(res[3] / (RB['skatt'][3] + RB['bidrag'][3]) * 100), fmt(res[4] / (RB['skatt'][4] + RB['bidrag'][4]) * 100), fmt(res[5] / (RB['skatt'][5] + RB['bidrag'][5]) * 100)], ""),
        (["Nettoinvesteringar, mnkr", "96,3", "142,0", fmt(INV_TOT[0] / 1000), fmt(INV_TOT[1] / 1000), fmt(INV_TOT[2] / 1000)], ""),
        (["Långfristiga skulder, mnkr", "430,0", "460,0", "495,0", "515,0", "515,0"], ""),
        (["Nettokostnad, kr per invånare", fmt(-vnk[0] * 1e6 / 12334, 0), fmt(-vnk[2] * 1e6 / 12340, 0), fmt(-vnk[3] * 1e6 / INV_ANT, 0),
          fmt(-vnk[4] * 1e6 / 12365, 0), fmt(-vnk[5] * 1e6 / 12380, 0)], ""),
    ]
    hdr2 = [["", "Utfall", "Budget", "Budget", "Plan", "Plan"], ["Nyckeltal", "2024", "2025", "2026", "2027", "2028"]]
    pdf.table(hdr2, kt, [70, 20, 20, 20, 20, 20], caption="Tabell 2. Finansiella nyckeltal")
    pdf.add_page()
    pdf.h1("Driftbudget")
    pdf.para("Tabellen visar nämndernas nettokostnadsramar i tusentals kronor (tkr).")
    rows = []
    s25 = s26 = s27 = s28 = 0
    for n, (b25, b26) in NAMND_B.items():
        p27, p28 = PLAN[n]
        s25 += b25; s26 += b26; s27 += p27; s28 += p28
        rows.append(([n, fmt(b25, 0), fmt(b26, 0), fmt(b26 - b25, 0, neg="()"), fmt(p27, 0), fmt(p28, 0)], ""))
    rows.append((["Summa nämnder", fmt(s25, 0), fmt(s26, 0), fmt(s26 - s25, 0), fmt(s27, 0), fmt(s28, 0)], "B"))
    ff = [-vnk[2] * 1000 - s25, -vnk[3] * 1000 - s26, -vnk[4] * 1000 - s27, -vnk[5] * 1000 - s28]
    rows.append((["Finansförvaltning¹", fmt(ff[0], 0, neg="()"), fmt(ff[1], 0, neg="()"), fmt(ff[1] - ff[0], 0, neg="()"), fmt(ff[2], 0, neg="()"), fmt(ff[3], 0, neg="()")], ""))
    rows.append((["Verksamhetens nettokostnader", fmt(-vnk[2] * 1000, 0), fmt(-vnk[3] * 1000, 0), fmt((vnk[2] - vnk[3]) * 1000, 0),
                  fmt(-vnk[4] * 1000, 0), fmt(-vnk[5] * 1000, 0)], "B"))
    hdr = [["", "Budget", "Budget", "Förändr.", "Plan", "Plan"], ["Nämnd (tkr)", "2025", "2026", "2025–2026", "2027", "2028"]]
    pdf.table(hdr, rows, [66, 21, 21, 22, 20, 20], caption="Tabell 3. Driftbudget per nämnd")
    pdf.footnote("¹ Finansförvaltningen redovisar intäkter av internränta och interna kapitalkostnader, pensioner och centrala reserver. "
                 "Negativa belopp (inom parentes) innebär en nettointäkt.")
    pdf.add_page()
    pdf.h1("Nämndernas budgetar")
    texts = {
        "Kommunstyrelsen": "Kommunstyrelsens ram ökar till 102,3 miljoner kronor. Arbetsmarknadsenheten förstärks med två tjänster för att "
                           "möta behovet av kompetensförsörjning inom industrin.",
        "Utbildningsnämnden": "Utbildningsnämnden är kommunens största nämnd. Antalet elever i grundskolan beräknas till 1 420 hösten 2026. "
                              "Den nya förskolan i Ramdalen beräknas öppna i januari 2028 med plats för 120 barn.",
        "Vård- och omsorgsnämnden": "Vård- och omsorgsnämnden får ökade resurser för att möta fler äldre. Antalet beviljade hemtjänsttimmar "
                                    "beräknas öka med 5 procent. Höjdens äldreboende byggs om till 54 lägenheter.",
        "Kultur- och fritidsnämnden": "Nämnden ansvarar för biblioteket, kulturskolan, Oxelöhallen och friluftsområdet Jogersö.",
        "Samhällsbyggnadsnämnden": "Nämnden ansvarar för planering, gator, parker och räddningstjänst. Vinterväghållningen budgeteras "
                                   "till 3,4 miljoner kronor.",
    }
    for k, v in texts.items():
        pdf.h2(k)
        pdf.para(v)
    pdf.add_page()
    pdf.h1("Investeringsbudget")
    pdf.para(f"Investeringsbudgeten för 2026 uppgår till {fmt(INV_TOT[0] / 1000)} miljoner kronor. Belopp i tkr.")
    rows = []
    tot = [0, 0, 0]
    for sec, prs in INV:
        rows.append(([sec], "S"))
        st = [0, 0, 0]
        for p, a, b, c in prs:
            rows.append(([p, fmt(a, 0), fmt(b, 0), fmt(c, 0)], ""))
            st = [st[0] + a, st[1] + b, st[2] + c]
        rows.append((["Summa", fmt(st[0], 0), fmt(st[1], 0), fmt(st[2], 0)], "B"))
        tot = [tot[i] + st[i] for i in range(3)]
    rows.append((["Totalt", fmt(tot[0], 0), fmt(tot[1], 0), fmt(tot[2], 0)], "B"))
    hdr = [["Investeringsprojekt", "Budget 2026", "Plan 2027", "Plan 2028"]]
    pdf.table(hdr, rows, [92, 26, 26, 26], caption="Tabell 4. Investeringsbudget 2026–2028 (tkr)",
              cont_caption="Tabell 4. Investeringsbudget 2026–2028 (tkr), forts.")
    pdf.footnote("Investeringar i VA-verksamheten görs av Oxelö Energi AB och ingår inte i kommunens investeringsbudget.")
    pdf.add_page()
    pdf.h1("Kommunkoncernen")
    pdf.para("I kommunkoncernen ingår Oxelösunds Kommunföretag AB med dotterbolagen Kustbostäder i Oxelösund AB, Oxelö Energi AB "
             "och Oxelösunds Hamn AB (delägt). Bolagen ska lämna en samlad utdelning till kommunen om 3,0 miljoner kronor 2026.")
    pdf.para("Kustbostäder planerar att bygga 48 nya hyreslägenheter i kvarteret Ankaret med inflyttning 2027.")
    pdf.add_page()
    pdf.h1("Beslut")
    pdf.para("Kommunfullmäktige beslutade den 19 november 2025 att fastställa skattesatsen för 2026 till 22,49 kronor, att anta budget "
             "2026 och plan 2027–2028 samt att fastställa nämndernas driftramar enligt tabell 3 och investeringsbudget enligt tabell 4.")
    pdf.output(path)
    return tot


AR = {  # Utfall 2024, Budget 2025, Utfall 2025
    "int": [268.4, 265.5, 276.9], "kost": [-1092.6, -1120.4, -1136.5], "avskr": [-48.3, -53.0, -51.7],
    "skatt": [642.7, 664.1, 670.2], "bidrag": [244.1, 255.2, 257.0], "finint": [9.8, 7.5, 8.6], "finkost": [-6.2, -8.3, -9.7],
}
FEM = [("Antal invånare 31 dec", ["12 187", "12 246", "12 301", "12 334", "12 362"]),
       ("Skattesats, kr", ["22,24", "22,24", "22,24", "22,24", "22,24"]),
       ("Årets resultat, mnkr", ["31,4", "26,0", "5,2", "17,9", "14,8"]),
       ("Nettoinvesteringar, mnkr", ["88,2", "104,5", "131,7", "96,3", "118,4"]),
       ("Soliditet, %", ["41,2", "40,6", "38,1", "37,4", "36,9"]),
       ("Långfristiga skulder, mnkr", ["310,0", "340,0", "410,0", "430,0", "470,0"]),
       ("Antal tillsvidareanställda", ["1 012", "1 024", "1 031", "1 018", "1 009"])]


def ar_pdf(path):
    pdf = Doc("Årsredovisning 2025 | Oxelösunds kommun")
    pdf.cover("Årsredovisning 2025", "Oxelösunds kommun", ["Godkänd av kommunfullmäktige 2026-04-22, § 41"])
    pdf.add_page()
    pdf.h1("Kommunstyrelsens ordförande har ordet")
    pdf.para("2025 blev ett år med både utmaningar och framsteg. Kommunen redovisar ett positivt resultat på 14,8 miljoner kronor, "
             "vilket är 4,2 miljoner kronor bättre än budget. Samtidigt redovisar nämnderna sammantaget ett underskott på 4,7 miljoner kronor.")
    pdf.para("Under året invigdes den nya sporthallen vid Ramdalsskolan och detaljplanen för Badhusviken vann laga kraft.")
    pdf.para("Johan Bergqvist (S), kommunstyrelsens ordförande")
    pdf.h1("Femårsöversikt")
    rows = [([k] + v, "") for k, v in FEM]
    pdf.table([["", "2021", "2022", "2023", "2024", "2025"]], rows, [64, 21, 21, 21, 21, 22], caption="Femårsöversikt, kommunen")
    pdf.add_page()
    pdf.h1("Förvaltningsberättelse")
    pdf.h2("Årets resultat och balanskravsresultat")
    pdf.para("Årets resultat uppgår till 14,8 miljoner kronor. Efter justering för realisationsvinster om 1,3 miljoner kronor blir "
             "balanskravsresultatet 13,5 miljoner kronor. Kommunen uppfyller därmed balanskravet.")
    pdf.para("Resultatet motsvarar 1,6 procent av skatteintäkter och generella statsbidrag. Det finansiella målet om 2,0 procent nås inte.")
    pdf.h2("Investeringar")
    pdf.para("Nettoinvesteringarna uppgick till 118,4 miljoner kronor, vilket är 23,6 miljoner kronor lägre än budget. De största "
             "projekten var sporthallen vid Ramdalsskolan (31,2 miljoner kronor) och reinvesteringar i gator och vägar.")
    pdf.h2("Personal")
    pdf.para("Sjukfrånvaron uppgick till 7,8 procent, jämfört med 8,3 procent 2024. Antalet tillsvidareanställda var 1 009 vid årets slut.")
    pdf.h2("Nämndernas ekonomiska utfall")
    rows = []
    sb = su = 0
    for n, (b25, _) in NAMND_B.items():
        u = UTFALL25[n]
        sb += b25; su += u
        rows.append(([n, fmt(b25, 0), fmt(u, 0), fmt(b25 - u, 0, neg="()")], ""))
    rows.append((["Summa nämnder", fmt(sb, 0), fmt(su, 0), fmt(sb - su, 0, neg="()")], "B"))
    pdf.table([["", "Budget", "Utfall", "Avvikelse"], ["Nettokostnad, tkr", "2025", "2025", "2025"]], rows, [80, 28, 28, 28],
              caption="Nämndernas nettokostnader 2025")
    pdf.footnote("Underskott anges inom parentes.")
    pdf.add_page()
    pdf.h1("Resultaträkning")
    vnk, vr, res = rb_calc(AR, 3)
    f = lambda xs: [fmt(x, neg="()") for x in xs]
    rows = [
        (["Verksamhetens intäkter", "1"] + f(AR["int"]), ""),
        (["Verksamhetens kostnader", "2"] + f(AR["kost"]), ""),
        (["Avskrivningar", "3"] + f(AR["avskr"]), ""),
        (["Verksamhetens nettokostnader", ""] + f(vnk), "B"),
        (["Skatteintäkter", "4"] + f(AR["skatt"]), ""),
        (["Generella statsbidrag och utjämning", "5"] + f(AR["bidrag"]), ""),
        (["Verksamhetens resultat", ""] + f(vr), "B"),
        (["Finansiella intäkter", "6"] + f(AR["finint"]), ""),
        (["Finansiella kostnader", "7"] + f(AR["finkost"]), ""),
        (["Resultat efter finansiella poster", ""] + f(res), "B"),
        (["Årets resultat", ""] + f(res), "B"),
    ]
    pdf.table([["", "", "Utfall", "Budget", "Utfall"], ["Belopp i mnkr", "Not", "2024", "2025", "2025"]], rows,
              [70, 12, 26, 26, 26], caption="Resultaträkning")
    pdf.h2("Balansräkning i sammandrag")
    bal = [(["Anläggningstillgångar", "1 128,4", "1 195,1"], ""), (["Omsättningstillgångar", "214,6", "201,3"], ""),
           (["Summa tillgångar", "1 343,0", "1 396,4"], "B"), (["Eget kapital", "502,3", "517,1"], ""),
           (["Avsättningar", "96,8", "101,2"], ""), (["Långfristiga skulder", "430,0", "470,0"], ""),
           (["Kortfristiga skulder", "313,9", "308,1"], ""), (["Summa eget kapital och skulder", "1 343,0", "1 396,4"], "B")]
    pdf.table([["Belopp i mnkr", "2024-12-31", "2025-12-31"]], bal, [80, 30, 30], caption="Balansräkning")
    pdf.output(path)


HTML = """<!DOCTYPE html>
<html lang="sv">
<head><meta charset="utf-8"><title>Överskott för Oxelösunds kommun 2025 | Oxelösunds kommun</title>
<style>.cookie{position:fixed;bottom:0}</style></head>
<body>
<div class="cookie" role="dialog" aria-label="Kakor">
<p>Oxelosund.se använder kakor för statistik och för att webbplatsen ska fungera. Du väljer själv om du vill tillåta statistikkakor.</p>
<button>Acceptera</button><button>Neka</button><a href="/kakor">Inställningar</a>
</div>
<header>
<div class="top"><a href="/">Oxelösunds kommun</a> <a href="/lattlast">Lättläst</a> <a href="/languages">Languages</a> <a href="/kontakt">Kontakta oss</a></div>
<nav><a href="/uppleva-och-gora">Uppleva och göra</a> | <a href="/utbildning">Utbildning och förskola</a> | <a href="/omsorg">Omsorg och hjälp</a> | <a href="/bo-bygga">Bo, bygga och miljö</a> | <a href="/kommun-politik">Kommun och politik</a></nav>
</header>
<main id="content">
<p class="crumbs">Start / Kommun och politik / Nyheter</p>
<h1>Överskott för Oxelösunds kommun 2025</h1>
<p class="date">Publicerad 15 april 2026</p>
<p class="lead">Oxelösunds kommun gick med ett överskott på 14,8 miljoner kronor under 2025. Det visar årsredovisningen som kommunstyrelsen behandlade den 7 april.</p>
<p>Resultatet är 4,2 miljoner kronor bättre än budgeterat, men lägre än 2024 då resultatet blev 17,9 miljoner kronor. Det är främst högre skatteintäkter och lägre avskrivningar som förklarar överskottet.</p>
<p>– Vi har en stabil ekonomi, men två av våra största nämnder gick med underskott. Det måste vi ta på allvar inför 2027, säger ekonomichef Karin Molander.</p>
<h2>Så gick det för nämnderna</h2>
<table>
<thead><tr><th>Nämnd</th><th>Budget 2025 (mnkr)</th><th>Utfall 2025 (mnkr)</th><th>Avvikelse (mnkr)</th></tr></thead>
<tbody>
{rows}
</tbody>
</table>
<p>Vård- och omsorgsnämndens underskott beror främst på ökade kostnader för hemtjänst och köpta platser. Utbildningsnämnden hade högre kostnader för gymnasieskolan, där fler elever valde utbildningar i andra kommuner.</p>
<h2>Investeringar</h2>
<p>Kommunen investerade för 118,4 miljoner kronor under året. Den största investeringen var den nya sporthallen vid Ramdalsskolan.</p>
<p>Årsredovisningen behandlas av kommunfullmäktige den 22 april 2026.</p>
<p class="updated">Senast uppdaterad: 16 april 2026</p>
</main>
<footer>
<p>Oxelösunds kommun · 613 81 Oxelösund · Telefon: 0155-380 00 · kommun@oxelosund.se</p>
<p><a href="/om-webbplatsen">Om webbplatsen</a> · <a href="/tillganglighet">Tillgänglighet</a> · <a href="/dataskydd">Dataskydd</a></p>
</footer>
</body></html>
"""


def html(path):
    rows = []
    for n, (b25, _) in NAMND_B.items():
        u = UTFALL25[n]
        rows.append(f"<tr><td>{n}</td><td>{fmt(b25 / 1000, 2)}</td><td>{fmt(u / 1000, 2)}</td><td>{fmt((b25 - u) / 1000, 2, plus=True)}</td></tr>")
    with open(path, "w", encoding="utf-8") as f:
        f.write(HTML.replace("{rows}", "\n".join(rows)))


def protokoll(path):
    d = docx.Document()
    st = d.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10.5)
    d.add_paragraph("OXELÖSUNDS KOMMUN").runs[0].bold = True
    d.add_paragraph("Kommunfullmäktige – Protokoll")
    d.add_paragraph("Datum: 2025-11-19")
    d.add_paragraph("Plats: Kommunfullmäktigesalen, Stadshuset, kl. 18.00–21.40")
    d.add_paragraph("Ordförande: Birgitta Holm (S)   Sekreterare: Mikael Strand   Justerare: Anders Lövgren (M), Emma Nilsson (V)")
    d.add_heading("§ 112 Budget 2026 och plan 2027–2028 samt skattesats 2026", level=2)
    d.add_paragraph("Dnr KS 2025/318")
    d.add_paragraph("Kommunstyrelsen har föreslagit att kommunfullmäktige höjer skattesatsen till 22,49 kronor och antar budget 2026 "
                    "och plan 2027–2028. Förslaget innebär ett resultat på 25,6 miljoner kronor 2026.")
    d.add_paragraph("Yrkanden: Johan Bergqvist (S) yrkar bifall till kommunstyrelsens förslag. Anders Lövgren (M) yrkar, med instämmande av "
                    "Peter Sand (SD), bifall till Moderaternas förslag med oförändrad skattesats 22,24 kronor.")
    d.add_paragraph("Omröstning: Omröstning begärs. 18 ledamöter röstar för kommunstyrelsens förslag och 13 för Moderaternas förslag. "
                    "Fullmäktige beslutar enligt kommunstyrelsens förslag.")
    d.add_paragraph("Beslut: Kommunfullmäktige beslutar att fastställa skattesatsen för 2026 till 22,49 kronor, att anta budget 2026 och "
                    "plan 2027–2028 samt att fastställa driftramar per nämnd enligt tabellen nedan.")
    rows = [[n, fmt(b26, 0)] for n, (b25, b26) in NAMND_B.items()]
    rows.append(["Summa nämnder", fmt(sum(v[1] for v in NAMND_B.values()), 0)])
    docx_table(d, ["Nämnd", "Driftram 2026 (tkr)"], rows)
    d.add_paragraph("Reservation: Ledamöterna för Moderaterna och Sverigedemokraterna reserverar sig mot beslutet. Kristdemokraterna "
                    "lämnar en protokollsanteckning.")
    d.add_heading("§ 113 Låneram 2026", level=2)
    d.add_paragraph("Beslut: Kommunfullmäktige beslutar att kommunen under 2026 får nyupplåna 35 miljoner kronor, det vill säga öka den "
                    "långfristiga låneskulden till 495 miljoner kronor. Borgensramen för Kustbostäder i Oxelösund AB fastställs till 620 miljoner kronor.")
    d.add_heading("§ 114 Svar på motion om gratis kollektivtrafik för pensionärer", level=2)
    d.add_paragraph("Motionen från Emma Nilsson (V) föreslår avgiftsfri kollektivtrafik för invånare över 75 år utanför rusningstid. "
                    "Kostnaden har beräknats till 450 000 kronor per år.")
    d.add_paragraph("Beslut: Kommunfullmäktige avslår motionen. Emma Nilsson (V) reserverar sig mot beslutet.")
    d.add_heading("§ 115 Val av ersättare i utbildningsnämnden", level=2)
    d.add_paragraph("Beslut: Kommunfullmäktige väljer Fatima Yousef (S) till ersättare i utbildningsnämnden efter Lars Ek (S).")
    fix_docx_props(d, "Protokoll kommunfullmäktige 2025-11-19", "Mikael Strand")
    d.save(path)
    rezip(path)


def xlsx(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Driftbudget 2026"
    ws.append(["Oxelösunds kommun – Driftbudget per verksamhet 2026"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(["Belopp i tkr, nettokostnad"])
    ws.append([])
    ws.append(["Nämnd", "Verksamhet", "Budget 2025", "Budget 2026", "Förändring"])
    for c in ws[4]:
        c.font = Font(bold=True)
    for n, vs in VERK.items():
        for v, b25, b26 in vs:
            ws.append([n, v, b25, b26, b26 - b25])
        ws.append([f"Summa {n}", None, sum(x[1] for x in vs), sum(x[2] for x in vs), sum(x[2] - x[1] for x in vs)])
        ws.cell(ws.max_row, 1).font = Font(bold=True)
    tot25 = sum(v[0] for v in NAMND_B.values()); tot26 = sum(v[1] for v in NAMND_B.values())
    ws.append(["Totalt nämnder", None, tot25, tot26, tot26 - tot25])
    ws2 = wb.create_sheet("Per invånare")
    ws2.append(["Nettokostnad per invånare, budget 2026"])
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.append([f"Kronor per invånare, beräknat på {INV_ANT} invånare"])
    ws2.append([])
    ws2.append(["Verksamhet", "kr per invånare"])
    for n, vs in VERK.items():
        for v, b25, b26 in vs:
            ws2.append([v, round(b26 * 1000 / INV_ANT)])
    fix_xlsx_props(wb, "Driftbudget per verksamhet 2026", "Ekonomienheten")
    wb.save(path)
    rezip(path)


PRESS = """PRESSMEDDELANDE
Oxelösunds kommun
2025-11-20

Oxelösund höjer skatten med 25 öre

Kommunfullmäktige i Oxelösund beslutade i går kväll att höja kommunalskatten från 22,24 till 22,49 kronor från och med 2026. Beslutet fattades efter omröstning, 18 röster mot 13.

Skattehöjningen innebär att en person med en månadsinkomst på 30 000 kronor betalar 75 kronor mer i skatt per månad.

– Vi står inför stora behov inom äldreomsorgen och skolan. Med skattehöjningen kan vi undvika nedskärningar i verksamheten, säger kommunstyrelsens ordförande Johan Bergqvist (S).

Budgeten för 2026 innehåller bland annat:
* 2,2 miljoner kronor till fler speciallärare
* en ny förskola i Ramdalen med plats för 120 barn
* ombyggnad av Höjdens äldreboende
* 900 000 kronor till en fritidsbank

Kommunens samlade driftbudget för nämnderna uppgår till 962,7 miljoner kronor 2026. Budgeterat resultat är 25,6 miljoner kronor.

Oppositionen ville behålla skattesatsen oförändrad och i stället minska kostnaderna för administration.

För mer information:
Johan Bergqvist (S), kommunstyrelsens ordförande, 0155-381 10
Karin Molander, ekonomichef, 0155-382 45
"""


def build(outdir):
    os.makedirs(outdir, exist_ok=True)
    budget_pdf(os.path.join(outdir, "budget-2026-plan-2027-2028.pdf"))
    ar_pdf(os.path.join(outdir, "arsredovisning-2025.pdf"))
    html(os.path.join(outdir, "nyheter-overskott-2025.html"))
    protokoll(os.path.join(outdir, "protokoll-kf-2025-11-19.docx"))
    xlsx(os.path.join(outdir, "driftbudget-per-verksamhet-2026.xlsx"))
    with open(os.path.join(outdir, "pressmeddelande-skattesats-2026.txt"), "w", encoding="utf-8") as f:
        f.write(PRESS)
