"""Lessebo kommun: fictional documents."""
import os
from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font
from common import Doc, fnum, fix_zip, docx_core, xlsx_core, html_page

MUNI = "Lessebo kommun"
YEARS = ["Bokslut 2023", "Budget 2024", "Budget 2025", "Plan 2026", "Plan 2027"]
# resultatbudget, tenths of mnkr
RB = {
    "intakter": [1684, 1602, 1658, 1681, 1705],
    "kostnader": [-8427, -8615, -8893, -9126, -9350],
    "avskr": [-312, -340, -368, -395, -412],
    "skatt": [5126, 5310, 5524, 5718, 5903],
    "gsb": [2139, 2241, 2337, 2382, 2439],
    "finint": [41, 30, 32, 32, 33],
    "finkost": [-98, -114, -126, -139, -148],
}
RB["netto"] = [a + b + c for a, b, c in zip(RB["intakter"], RB["kostnader"], RB["avskr"])]
RB["vres"] = [n + s + g for n, s, g in zip(RB["netto"], RB["skatt"], RB["gsb"])]
RB["res"] = [v + i + k for v, i, k in zip(RB["vres"], RB["finint"], RB["finkost"])]

# driftbudget, tkr: Bokslut 2023, Budget 2024, Budget 2025
DRIFT_POL = [("Kommunfullmäktige", [2150, 2300, 2380]), ("Revision", [1080, 1120, 1160]),
             ("Valnämnd", [90, 650, 120]), ("Överförmyndarnämnd", [2410, 2520, 2640])]
DRIFT_N = [("Kommunstyrelsen", [92640, 97850, 98450]),
           ("Barn- och utbildningsnämnden", [296300, 309400, 318200]),
           ("Socialnämnden", [268900, 279600, 291300]),
           ("Miljö- och byggnadsnämnden", [6820, 7150, 7430]),
           ("Kultur- och fritidsnämnden", [21500, 22300, 22650])]
NETTO_TKR = [-RB["netto"][i] * 100 for i in range(3)]
SUM_POL = [sum(v[i] for _, v in DRIFT_POL) for i in range(3)]
SUM_N = [sum(v[i] for _, v in DRIFT_N) for i in range(3)]
FINANS = [NETTO_TKR[i] - SUM_POL[i] - SUM_N[i] for i in range(3)]

# investeringar tkr 2025, 2026, 2027
INV = [("Ny förskola Hovmantorp", [38500, 24000, 0]),
       ("Ombyggnad Kosta skola", [1500, 8000, 26000]),
       ("Renovering Lessebo simhall", [12800, 6500, 0]),
       ("VA-ledningar Kosta", [9200, 9200, 7000]),
       ("Gång- och cykelväg Skruv–Lessebo", [4600, 3000, 0]),
       ("IT-investeringar skola", [2100, 2100, 2100]),
       ("Gatubelysning, byte till LED", [1750, 1750, 0]),
       ("Övriga reinvesteringar", [6000, 6000, 6000])]
INV_SUM = [sum(v[i] for _, v in INV) for i in range(3)]
INV_MNKR = [664] + [(s + 50) // 100 for s in INV_SUM]  # 2024 budget 66,4 then 2025-27

# delårsrapport
DEL_AVV = {"Kommunfullmäktige": 0, "Revision": 0, "Valnämnd": 80, "Överförmyndarnämnd": -310,
           "Kommunstyrelsen": 1400, "Barn- och utbildningsnämnden": -2100, "Socialnämnden": -6300,
           "Miljö- och byggnadsnämnden": 250, "Kultur- och fritidsnämnden": 180}
DEL_RR = {  # utfall jan-aug 2023, jan-aug 2024, budget 2024, prognos 2024
    "intakter": [1098, 1124, 1602, 1660], "kostnader": [-5563, -5761, -8615, -8736],
    "avskr": [-206, -221, -340, -334], "skatt": [3412, 3558, 5310, 5323], "gsb": [1424, 1496, 2241, 2241],
    "finint": [26, 25, 30, 34], "finkost": [-61, -79, -114, -120]}
DEL_RR["netto"] = [a + b + c for a, b, c in zip(DEL_RR["intakter"], DEL_RR["kostnader"], DEL_RR["avskr"])]
DEL_RR["vres"] = [n + s + g for n, s, g in zip(DEL_RR["netto"], DEL_RR["skatt"], DEL_RR["gsb"])]
DEL_RR["res"] = [v + i + k for v, i, k in zip(DEL_RR["vres"], DEL_RR["finint"], DEL_RR["finkost"])]
DEL_INV = [("Ny förskola Hovmantorp, projektering", 4500, 2150, 3900),
           ("Renovering Lessebo simhall, etapp 1", 14000, 6420, 11800),
           ("VA-ledningar Hovmantorp", 12600, 8930, 12600),
           ("Ny brandbil, räddningstjänsten", 5200, 0, 5200),
           ("Asfaltering och gator", 8500, 4870, 7600),
           ("Övriga projekt", 21600, 9230, 17100)]


def rr_rows(d, idx, neg="-"):
    f = lambda k: [fnum(d[k][i], 1, neg) for i in idx]
    return [
        ["Verksamhetens intäkter", "1"] + f("intakter"),
        ["Verksamhetens kostnader", "2"] + f("kostnader"),
        ["Avskrivningar", "3"] + f("avskr"),
        ["Verksamhetens nettokostnader", ""] + f("netto"),
        ["Skatteintäkter", "4"] + f("skatt"),
        ["Generella statsbidrag och utjämning", "5"] + f("gsb"),
        ["Verksamhetens resultat", ""] + f("vres"),
        ["Finansiella intäkter", ""] + f("finint"),
        ["Finansiella kostnader", "6"] + f("finkost"),
        ["Årets resultat", ""] + f("res"),
    ]


def pct1(a, b):
    """a/b*100 rounded to one decimal, as tenths int."""
    return int((a * 1000 / b) + (0.5 if a * b >= 0 else -0.5))


def budget_pdf(path):
    d = Doc(runhead="Lessebo kommun · Mål och budget 2025–2027", pagefmt="Sida {n} av {nb}")
    d.add_page()
    d.set_font("DV", "B", 26); d.ln(50)
    d.multi_cell(0, 12, "Lessebo kommun", new_x="LMARGIN", new_y="NEXT")
    d.set_font("DV", "", 18)
    d.multi_cell(0, 10, "Mål och budget 2025\nmed plan för 2026–2027", new_x="LMARGIN", new_y="NEXT")
    d.ln(10); d.set_font("DV", "", 11)
    d.multi_cell(0, 6, "Antagen av kommunfullmäktige 2024-11-25, § 87\nDnr KS 2024/312", new_x="LMARGIN", new_y="NEXT")

    d.add_page(); d.h1("Innehåll")
    for t, pg in [("Förord", 3), ("Vision och övergripande mål", 4), ("Omvärld och ekonomiska förutsättningar", 5),
                  ("Resultatbudget", 6), ("Balansbudget", 7), ("Driftbudget per nämnd", 8),
                  ("Investeringsbudget", 10), ("Nämndernas uppdrag", 11), ("Finansiella mål och ordlista", 14)]:
        d.set_font("DV", "", 11); d.cell(150, 7, t); d.cell(0, 7, str(pg), align="R", new_x="LMARGIN", new_y="NEXT")

    d.add_page(); d.h1("Förord")
    d.p("Lessebo kommun står inför några år med stora behov och begränsade resurser. Antalet äldre ökar, "
        "samtidigt som vi vill fortsätta att bygga ut förskolan i Hovmantorp och rusta upp skolorna i Kosta och Skruv. "
        "Budgeten för 2025 är därför en budget som prioriterar kärnverksamheten.")
    d.p("Skattesatsen för 2025 föreslås vara oförändrad, 22,36 kronor per skattekrona.")
    d.p("Budgeten ger ett resultat på 16,4 miljoner kronor för 2025, vilket motsvarar 2,1 procent av skatteintäkter "
        "och generella statsbidrag. Det klarar det finansiella målet om minst 2,0 procent.")
    d.p("För att klara ett resultat i nivå med målet krävs åtgärder.")
    d.p("Nämnderna behöver gemensamt effektivisera med 4,7 miljoner kronor under 2025.")
    d.p("Effektiviseringarna fördelas i förhållande till nämndernas nettokostnader. Samtidigt gör vi riktade satsningar. "
        "Socialnämnden får ett tillskott på 8,2 miljoner kronor för ökade volymer i hemtjänsten.")
    d.p("Vi avsätter 700 000 kronor till feriearbeten för ungdomar sommaren 2025.")
    d.p("Föreningslivet får ett extra bidrag på 350 000 kronor för att hålla nere avgifterna för barn och unga.")
    d.p("Den största investeringen under planperioden är den nya förskolan i Hovmantorp med sex avdelningar. "
        "Den ska stå klar till höstterminen 2026.")
    d.p("Jag vill tacka alla medarbetare för ett fantastiskt arbete under det gångna året.")
    d.p("Helena Bergqvist (S)\nKommunstyrelsens ordförande")

    d.add_page(); d.h1("Vision och övergripande mål")
    d.p("Visionen för Lessebo kommun är: ”Lessebo – glasriket mitt i Småland där alla kan växa”. "
        "Kommunfullmäktige har beslutat om fyra övergripande mål för mandatperioden 2023–2026.")
    d.h2("Mål 1: Fler ska gå vidare till studier och arbete")
    d.p("Andelen elever i årskurs 9 som är behöriga till ett nationellt program på gymnasiet ska öka. "
        "Samarbetet med Linnéuniversitetet och det lokala näringslivet ska utvecklas.")
    d.h2("Mål 2: En trygg och värdig omsorg")
    d.p("Äldre och personer med funktionsnedsättning ska få stöd som utgår från individens behov. "
        "Andelen nöjda brukare i hemtjänsten ska vara minst 90 procent.")
    d.h2("Mål 3: En attraktiv kommun att bo och verka i")
    d.p("Kommunen ska planera för minst 40 nya bostäder under planperioden, främst i Hovmantorp och Lessebo. "
        "Företagsklimatet ska förbättras i Svenskt Näringslivs ranking.")
    d.h2("Mål 4: En hållbar och effektiv organisation")
    d.p("Sjukfrånvaron bland kommunens medarbetare ska minska till högst 7,0 procent år 2026. "
        "Energianvändningen i kommunens lokaler ska minska med 10 procent jämfört med 2022.")

    d.add_page(); d.h1("Omvärld och ekonomiska förutsättningar")
    d.p("Sveriges Kommuner och Regioner (SKR) bedömer att skatteunderlaget växer långsammare under 2025 än under de senaste åren. "
        "Inflationen har fallit tillbaka men kostnaderna för pensioner och lokaler är fortsatt höga.")
    d.p("Befolkningen beräknas uppgå till 8 850 invånare den 1 november 2024, vilket är underlaget för skatteintäkterna 2025.")
    d.p("Varje procents förändring av skatteunderlaget motsvarar cirka 5,5 miljoner kronor för kommunen.")
    d.p("Pensionskostnaderna ökar med 2,3 miljoner kronor jämfört med 2024. Räntekostnaderna beräknas öka med 1,2 miljoner kronor "
        "till följd av den höga investeringstakten och ny upplåning.")
    d.p("Löneökningarna har beräknats till 3,4 procent för 2025 och 3,2 procent för 2026–2027. "
        "Nämnderna kompenseras för löneökningar men inte för andra prisökningar.")

    d.add_page(); d.h1("Resultatbudget")
    d.table("Resultatbudget (belopp i mnkr)",
            [["", "Not", "Bokslut", "Budget", "Budget", "Plan", "Plan"], ["Mnkr", "", "2023", "2024", "2025", "2026", "2027"]],
            rr_rows(RB, range(5)), [62, 10, 19, 19, 19, 19, 19],
            bold_rows=("Verksamhetens nettokostnader", "Verksamhetens resultat", "Årets resultat"),
            footnotes=["Not 1–6: se kommentarer nedan. Bokslut 2023 enligt årsredovisningen.",
                       "Skatteintäkterna bygger på SKR:s prognos från oktober 2024 (cirkulär 24:41)."])
    andel = [pct1(RB["res"][i], RB["skatt"][i] + RB["gsb"][i]) for i in range(5)]
    d.table(None, [["Nyckeltal", "", "Bokslut 2023", "Budget 2024", "Budget 2025", "Plan 2026", "Plan 2027"]],
            [["Resultat i % av skatter och bidrag", ""] + [fnum(a, 1) for a in andel]], [62, 10, 19, 19, 19, 19, 19], size=8)
    d.h2("Kommentarer")
    d.p("Not 1. Verksamhetens intäkter består främst av taxor, avgifter, hyror och riktade statsbidrag. "
        "Not 2. Verksamhetens kostnader ökar främst på grund av löneökningar och volymökningar inom omsorgen. "
        "Not 3. Avskrivningarna ökar i takt med att nya investeringar tas i bruk. "
        "Not 4–5. Skatteintäkter och generella statsbidrag enligt SKR:s prognos. "
        "Not 6. Finansiella kostnader avser räntor på lån samt ränteuppräkning av pensionsskulden.", size=9)

    d.add_page(); d.h1("Balansbudget")
    at = [8124]
    for i in range(1, 5):
        at.append(at[-1] + INV_MNKR[i - 1] + RB["avskr"][i])
    ot = [1427, 1280, 1215, 1182, 1196]
    ek = [3869]
    for i in range(1, 5):
        ek.append(ek[-1] + RB["res"][i])
    avs = [483, 501, 520, 538, 555]
    ks_ = [1682, 1700, 1725, 1750, 1774]
    st = [a + o for a, o in zip(at, ot)]
    ls_ = [s - e - a - k for s, e, a, k in zip(st, ek, avs, ks_)]
    f = lambda v: [fnum(x, 1) for x in v]
    d.table("Balansbudget (belopp i mnkr)",
            [["", "", "Bokslut", "Budget", "Budget", "Plan", "Plan"], ["Mnkr", "", "2023", "2024", "2025", "2026", "2027"]],
            [["Tillgångar"], ["Anläggningstillgångar", ""] + f(at), ["Omsättningstillgångar", ""] + f(ot),
             ["Summa tillgångar", ""] + f(st), ["Eget kapital, avsättningar och skulder"],
             ["Eget kapital", ""] + f(ek), ["  varav årets resultat", ""] + f(RB["res"]),
             ["Avsättningar för pensioner", ""] + f(avs), ["Långfristiga skulder", ""] + f(ls_),
             ["Kortfristiga skulder", ""] + f(ks_), ["Summa eget kapital och skulder", ""] + f(st)],
            [72, 5, 18, 18, 18, 18, 18], bold_rows=("Summa tillgångar", "Summa eget kapital och skulder"))
    sol = [pct1(ek[i], st[i]) for i in range(5)]
    d.p("Soliditeten beräknas till " + fnum(sol[2], 1) + " procent vid utgången av 2025. "
        "Den långfristiga upplåningen ökar med anledning av investeringarna i förskola och skola.")

    d.add_page(); d.h1("Driftbudget per nämnd")
    d.p("Tabellen visar nämndernas nettokostnader (kostnader minus intäkter). Budget 2025 inkluderar kompensation för löneökningar "
        "och de effektiviseringar om totalt 4,7 miljoner kronor som beskrivs i förordet.")
    rows = [["Politisk verksamhet"]]
    def drow(name, v):
        ch = v[2] - v[1]
        chp = pct1(ch, v[1]) if v[1] else 0
        return [name, fnum(v[0], 0), fnum(v[1], 0), fnum(v[2], 0), fnum(ch, 0), fnum(chp, 1)]
    for n, v in DRIFT_POL:
        rows.append(drow(n, v))
    rows.append(drow("Summa politisk verksamhet", SUM_POL))
    rows.append(["Nämnder"])
    for n, v in DRIFT_N:
        rows.append(drow(n, v))
    rows.append(drow("Summa nämnder", SUM_N))
    rows.append(drow("Finansförvaltning¹", FINANS))
    rows.append(drow("Totalt verksamhetens nettokostnad", NETTO_TKR))
    d.table("Nettokostnad per nämnd, tkr",
            [["", "Bokslut", "Budget", "Budget", "Förändring", "Förändring"], ["Nämnd", "2023", "2024", "2025", "2024–2025", "%"]],
            rows, [70, 19, 19, 19, 24, 18], force_break_after=8,
            bold_rows=("Summa politisk verksamhet", "Summa nämnder", "Totalt verksamhetens nettokostnad"),
            footnotes=["¹ Finansförvaltningen omfattar pensionskostnader, kapitalkostnader och centrala lönepotter som inte fördelats till nämnderna."])
    d.p("Barn- och utbildningsnämndens ram ökar främst till följd av fler barn i förskolan i Hovmantorp och ökade kostnader för "
        "gymnasieskolan, där interkommunala ersättningar till andra huvudmän ökar med 2,9 miljoner kronor.")
    d.p("Valnämndens budget är högre 2024 än 2025 eftersom val till Europaparlamentet genomfördes 2024.")

    d.add_page(); d.h1("Investeringsbudget")
    d.p("Investeringsbudgeten omfattar totalt " + fnum(sum(INV_SUM), 0) + " tkr under perioden 2025–2027. "
        "Investeringar under 1 000 tkr per projekt hanteras inom ramen för övriga reinvesteringar.")
    irows = [[n, fnum(v[0], 0), fnum(v[1], 0), fnum(v[2], 0), fnum(sum(v), 0)] for n, v in INV]
    irows.append(["Summa investeringar", fnum(INV_SUM[0], 0), fnum(INV_SUM[1], 0), fnum(INV_SUM[2], 0), fnum(sum(INV_SUM), 0)])
    d.table("Investeringsbudget 2025–2027 (tkr)",
            [["Projekt", "Budget 2025", "Plan 2026", "Plan 2027", "Summa"]], irows, [70, 25, 25, 25, 25],
            bold_rows=("Summa investeringar",),
            footnotes=["Beloppen avser nettoutgifter efter eventuella investeringsbidrag."])
    d.p("Förskolan i Hovmantorp finansieras delvis med ett statligt bidrag på 2,1 miljoner kronor för energieffektivt byggande, "
        "som redovisas som en förutbetald intäkt. Renoveringen av simhallen i Lessebo påbörjades 2024 och avslutas 2026.")
    d.p("Självfinansieringsgraden för investeringarna beräknas till 69 procent för 2025.")

    d.add_page(); d.h1("Nämndernas uppdrag")
    mt = [[("Kommunstyrelsen", "Kommunstyrelsen leder och samordnar kommunens verksamhet och ansvarar för näringslivsfrågor, "
            "räddningstjänst, gator och parker samt kostverksamheten. Kommunstyrelsens ram för 2025 är 98,5 miljoner kronor.",
            [["Antal nya företag", "48", "55"], ["Sjukfrånvaro, %", "8,1", "7,0"], ["Andel ekologiska livsmedel, %", "31", "35"]]),
           ("Barn- och utbildningsnämnden", "Barn- och utbildningsnämnden ansvarar för förskola, grundskola, fritidshem, "
            "gymnasieskola och vuxenutbildning. Nämnden ska under 2025 förbereda flytten till den nya förskolan i Hovmantorp.",
            [["Andel behöriga till gymnasiet, %", "78,4", "85,0"], ["Antal barn i förskola", "412", "430"],
             ["Kostnad per elev i grundskolan, kr", "121 500", "124 000"]])],
          [("Socialnämnden", "Socialnämnden ansvarar för äldreomsorg, stöd till personer med funktionsnedsättning och individ- "
            "och familjeomsorg. Antalet personer med hemtjänst har ökat med 11 procent sedan 2022.",
            [["Antal platser i särskilt boende", "124", "124"], ["Andel nöjda brukare i hemtjänsten, %", "88", "90"],
             ["Antal hushåll med försörjningsstöd", "196", "170"]]),
           ("Miljö- och byggnadsnämnden", "Miljö- och byggnadsnämnden ansvarar för bygglov, tillsyn enligt miljöbalken och "
            "livsmedelskontroll. Nämnden har som mål att korta handläggningstiden för bygglov.",
            [["Handläggningstid bygglov, veckor", "6,5", "5,0"], ["Antal tillsynsbesök livsmedel", "142", "160"]])],
          [("Kultur- och fritidsnämnden", "Kultur- och fritidsnämnden ansvarar för bibliotek, fritidsgårdar, simhall och "
            "föreningsbidrag. Simhallen i Lessebo håller delvis stängt under renoveringen.",
            [["Antal besök i simhallen", "38 400", "42 000"], ["Antal utlån på biblioteken", "61 200", "63 000"]])]]
    for pi, group in enumerate(mt):
        if pi:
            d.add_page()
        for name, text, m in group:
            d.h2(name)
            d.p(text)
            d.table(None, [["Verksamhetsmått", "Utfall 2023", "Mål 2025"]], m, [90, 30, 30], size=8.5)
    d.ln(2)
    d.p("Nämnderna ska senast den 31 januari 2025 redovisa hur effektiviseringskravet fördelas inom respektive verksamhet.")

    d.add_page(); d.h1("Finansiella mål och ordlista")
    d.h2("Finansiella mål")
    d.bullets(["Årets resultat ska uppgå till minst 2,0 procent av skatteintäkter och generella statsbidrag.",
               "Investeringarna ska självfinansieras till minst 50 procent över planperioden.",
               "Soliditeten inklusive hela pensionsförpliktelsen ska förbättras under planperioden."])
    d.h2("Ordlista")
    for t, e in [("Nettokostnad", "Kostnader minus intäkter för en verksamhet."),
                 ("Soliditet", "Eget kapital i förhållande till totala tillgångar. Visar den långsiktiga betalningsförmågan."),
                 ("Självfinansieringsgrad", "Hur stor del av investeringarna som kan betalas med egna medel."),
                 ("Skattekrona", "Den del av varje intjänad hundralapp som betalas i kommunalskatt.")]:
        d.p(t + ": " + e)
    d.output(path)
    return {"sol": sol, "andel": andel}


def delar_pdf(path):
    d = Doc(runhead="Delårsrapport januari–augusti 2024 | Lessebo kommun", pagefmt="{n}")
    d.add_page(); d.set_font("DV", "B", 24); d.ln(60)
    d.multi_cell(0, 12, "Delårsrapport\njanuari–augusti 2024", new_x="LMARGIN", new_y="NEXT")
    d.set_font("DV", "", 13); d.multi_cell(0, 8, "Lessebo kommun\nBehandlad av kommunfullmäktige 2024-10-21", new_x="LMARGIN", new_y="NEXT")
    d.add_page(); d.h1("Sammanfattning")
    d.p("Kommunens resultat för perioden januari–augusti 2024 uppgår till 14,2 miljoner kronor, vilket är 1,2 miljoner kronor "
        "bättre än motsvarande period föregående år.")
    d.p("Prognosen för helåret 2024 är ett resultat på 6,8 miljoner kronor, vilket är 4,6 miljoner kronor sämre än budget.")
    d.p("Avvikelsen beror främst på Socialnämnden, som prognostiserar ett underskott på 6,3 miljoner kronor till följd av "
        "höga kostnader för placeringar av barn och unga samt bemanning i hemtjänsten.")
    d.p("Antalet invånare uppgick den 30 juni 2024 till 8 874, en ökning med 12 personer sedan årsskiftet.")
    d.p("Sjukfrånvaron uppgick till 7,9 procent under perioden januari–juli, jämfört med 8,3 procent samma period 2023.")
    d.h2("Väsentliga händelser")
    d.bullets(["Projekteringen av den nya förskolan i Hovmantorp har påbörjats.",
               "Simhallen i Lessebo stängdes i maj för renovering, etapp 1.",
               "Kommunen har tecknat avtal om en ny brandbil som levereras i december 2024.",
               "Socialnämnden har fått i uppdrag att ta fram en åtgärdsplan för att minska underskottet."])
    d.add_page(); d.h1("Resultaträkning")
    rows = rr_rows(DEL_RR, range(4))
    avv = [DEL_RR[k][3] - DEL_RR[k][2] for k in ["intakter", "kostnader", "avskr", "netto", "skatt", "gsb", "vres", "finint", "finkost", "res"]]
    rows = [r[:1] + r[2:] + [fnum(a, 1)] for r, a in zip(rows, avv)]
    d.table("Resultaträkning, mnkr",
            [["", "Utfall", "Utfall", "Budget", "Prognos", "Avvikelse"], ["", "jan–aug 2023", "jan–aug 2024", "2024", "2024", "mot budget"]],
            rows, [52, 25, 25, 19, 19, 24], bold_rows=("Verksamhetens nettokostnader", "Årets resultat"))
    d.p("Skatteintäkterna beräknas bli 1,3 miljoner kronor högre än budgeterat enligt SKR:s augustiprognos.")
    d.add_page(); d.h1("Nämndernas prognos")
    rows = []
    allb = DRIFT_POL + DRIFT_N
    for n, v in allb:
        b = v[1]; a = DEL_AVV[n]
        rows.append([n, fnum(b, 0), fnum(b - a, 0), fnum(a, 0)])
    sb = sum(v[1] for _, v in allb); sa = sum(DEL_AVV.values())
    rows.append(["Summa nämnder", fnum(sb, 0), fnum(sb - sa, 0), fnum(sa, 0)])
    rows.append(["Finansförvaltning", fnum(FINANS[1], 0), fnum(FINANS[1] - 1100, 0), fnum(1100, 0)])
    d.table("Prognos per nämnd 2024, tkr", [["Nämnd", "Budget 2024", "Prognos 2024", "Avvikelse"]], rows, [75, 30, 30, 30],
            bold_rows=("Summa nämnder",), footnotes=["Negativ avvikelse innebär underskott mot budget."])
    d.p("Barn- och utbildningsnämnden redovisar ett underskott som främst beror på ökade kostnader för skolskjuts och "
        "köp av gymnasieplatser i andra kommuner.")
    d.p("Kommunstyrelsens överskott förklaras av vakanta tjänster och lägre kostnader för energi än beräknat.")
    d.add_page(); d.h1("Investeringar")
    d.p("Nettoinvesteringarna uppgick till 31,6 miljoner kronor under perioden. Helårsprognosen är 58,2 miljoner kronor "
        "att jämföra med en budget på 66,4 miljoner kronor.")
    rows = [[n, fnum(b, 0), fnum(u, 0), fnum(p, 0)] for n, b, u, p in DEL_INV]
    rows.append(["Summa", fnum(sum(x[1] for x in DEL_INV), 0), fnum(sum(x[2] for x in DEL_INV), 0), fnum(sum(x[3] for x in DEL_INV), 0)])
    d.table("Investeringsredovisning, tkr", [["Projekt", "Budget 2024", "Utfall jan–aug", "Prognos 2024"]], rows, [80, 28, 28, 28],
            bold_rows=("Summa",))
    d.p("Brandbilen belastar investeringsredovisningen först vid leverans i december.")
    d.output(path)


def html(path):
    items = [("Förskola", 1140), ("Grundskola och fritidshem", 2460), ("Gymnasieskola och vuxenutbildning", 790),
             ("Äldreomsorg", 2230), ("Stöd till personer med funktionsnedsättning", 1080), ("Individ- och familjeomsorg", 610),
             ("Kultur och fritid", 300), ("Gator, parker och samhällsbyggnad", 420), ("Politik och administration", 510),
             ("Räddningstjänst", 170), ("Övrigt", 290)]
    assert sum(v for _, v in items) == 10000
    tr = "\n".join(f"        <tr><td>{n}</td><td>{fnum(v, 2)}</td><td>{fnum((v * 7603 + 5000) // 10000, 1)}</td></tr>" for n, v in items)
    body = f"""    <article>
    <h1>Så används din skatt</h1>
    <p class="ingress">Kommunalskatten är kommunens viktigaste inkomstkälla. Här kan du se hur varje hundralapp i skatt fördelas mellan kommunens verksamheter 2025.</p>
    <p>Kommunalskatten i Lessebo är 22,36 kronor per hundra kronor i beskattningsbar inkomst. Regionskatten till Region Kronoberg är 11,76 kronor, vilket ger en total skattesats på 34,12 kronor.</p>
    <p>Med en månadsinkomst på 30 000 kronor betalar du cirka 6 150 kronor i kommunalskatt varje månad.</p>
    <h2>Så fördelas 100 kronor</h2>
    <table class="table">
      <caption>Fördelning av skattepengarna, budget 2025</caption>
      <thead>
        <tr><th>Verksamhet</th><th>Kronor av 100 kr</th><th>Nettokostnad budget 2025, mnkr</th></tr>
      </thead>
      <tbody>
{tr}
        <tr><td><strong>Totalt</strong></td><td><strong>100,00</strong></td><td><strong>760,3</strong></td></tr>
      </tbody>
    </table>
    <p>Utöver skatten finansieras verksamheten av statsbidrag, taxor och avgifter. De generella statsbidragen och utjämningen beräknas till 233,7 miljoner kronor 2025.</p>
    <h2>Vill du veta mer?</h2>
    <p>Hela dokumentet Mål och budget 2025–2027 finns under <a href="/kommun-och-politik/ekonomi">Ekonomi</a>. Har du frågor kan du kontakta ekonomiavdelningen via kommunens kontaktcenter, telefon 0478-125 00.</p>
    </article>"""
    nav = ["Barn och utbildning", "Omsorg och stöd", "Bygga, bo och miljö", "Kultur och fritid", "Näringsliv och arbete", "Kommun och politik"]
    html_s = html_page(MUNI, "Så används din skatt", nav, ["Startsida", "Kommun och politik", "Ekonomi", "Så används din skatt"],
                       body, "Senast uppdaterad", "2025-01-15",
                       ["Lessebo kommun, Box 1, 365 21 Lessebo", "Besöksadress: Storgatan 31, Lessebo",
                        "Telefon: 0478-125 00 | E-post: kommun@lessebo.se", "Organisationsnummer: 212000-0704",
                        "Tillgänglighetsredogörelse | Om kakor | Behandling av personuppgifter"])
    with open(path, "w", encoding="utf-8") as f:
        f.write(html_s)
    return items


def protokoll_docx(path):
    doc = Document()
    docx_core(doc, "Sammanträdesprotokoll Kommunstyrelsen 2024-11-12", "Lessebo kommun")
    st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10)
    doc.add_paragraph("LESSEBO KOMMUN")
    doc.add_paragraph("SAMMANTRÄDESPROTOKOLL")
    doc.add_heading("Kommunstyrelsen", level=1)
    doc.add_paragraph("Sammanträdesdatum: 2024-11-12")
    doc.add_paragraph("Plats och tid: Kommunhuset, Lessebo, kl. 13.00–16.20")
    doc.add_paragraph("Beslutande: Helena Bergqvist (S), ordförande; Johan Ek (C), vice ordförande; Karin Lund (M); "
                      "Peter Sandell (SD); Ali Hassan (S); Maria Ståhl (S); Eva Nyberg (KD); Stefan Holm (S); "
                      "Lena Gustafsson (C); Mikael Berg (SD); Anneli Vik (V)")
    doc.add_paragraph("Övriga närvarande: Anders Wiklund, ekonomichef; Sofia Ljung, kommundirektör; Emma Sjö, sekreterare")
    doc.add_paragraph("Utses att justera: Karin Lund (M)")
    doc.add_paragraph("Paragrafer: §§ 142–147")
    doc.add_heading("§ 142 Val av justerare", level=2)
    doc.add_paragraph("Kommunstyrelsen beslutar att utse Karin Lund (M) att jämte ordföranden justera dagens protokoll.")
    doc.add_heading("§ 143 Delårsrapport januari–augusti 2024", level=2)
    doc.add_paragraph("Dnr KS 2024/255")
    doc.add_paragraph("Ekonomichef Anders Wiklund redovisar delårsrapporten. Prognosen för helåret är ett resultat på 6,8 miljoner kronor. "
                      "Socialnämnden prognostiserar ett underskott på 6,3 miljoner kronor.")
    doc.add_paragraph("Beslut: Kommunstyrelsen godkänner delårsrapporten och överlämnar den till kommunfullmäktige.")
    doc.add_heading("§ 144 Mål och budget 2025–2027", level=2)
    doc.add_paragraph("Dnr KS 2024/312")
    doc.add_paragraph("Ärendebeskrivning: Förslaget till Mål och budget 2025–2027 innebär ett resultat på 16,4 miljoner kronor för 2025 "
                      "och investeringar på 76,5 miljoner kronor. Nämnderna ska effektivisera med 4,7 miljoner kronor.")
    doc.add_paragraph("Yrkanden: Helena Bergqvist (S) yrkar bifall till förslaget. Karin Lund (M) yrkar bifall till Moderaternas "
                      "och Sverigedemokraternas gemensamma budgetförslag, som innebär en sänkt skattesats med 10 öre.")
    doc.add_paragraph("Omröstning: Ordföranden ställer proposition på förslagen och finner att kommunstyrelsen bifaller "
                      "ordförandens förslag. Omröstning begärs och genomförs. Med 7 röster mot 4 bifaller kommunstyrelsen ordförandens förslag.")
    doc.add_paragraph("Beslut: Kommunstyrelsen föreslår kommunfullmäktige att anta Mål och budget 2025–2027 enligt förslaget.")
    doc.add_paragraph("Reservation: Karin Lund (M), Peter Sandell (SD) och Mikael Berg (SD) reserverar sig mot beslutet till förmån för "
                      "eget budgetförslag. Eva Nyberg (KD) reserverar sig till förmån för Kristdemokraternas förslag.")
    doc.add_heading("§ 145 Skattesats 2025", level=2)
    doc.add_paragraph("Beslut: Kommunstyrelsen föreslår kommunfullmäktige att skattesatsen för 2025 fastställs till oförändrade 22,36 kronor.")
    doc.add_heading("§ 146 Upphandling av ny förskola i Hovmantorp", level=2)
    doc.add_paragraph("Dnr KS 2024/198")
    doc.add_paragraph("Den nya förskolan planeras för sex avdelningar och 120 barn. Byggstart beräknas till mars 2025 och inflyttning till augusti 2026.")
    doc.add_paragraph("Beslut: Kommunstyrelsen ger kommundirektören i uppdrag att upphandla entreprenaden för den nya förskolan "
                      "inom en total investeringsram på 62,5 miljoner kronor.")
    doc.add_heading("§ 147 Taxor och avgifter 2025", level=2)
    doc.add_paragraph("Dnr KS 2024/301")
    doc.add_paragraph("Förvaltningen föreslår att ett urval av taxor räknas upp inför 2025 enligt tabellen nedan (belopp i kronor).")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Avgift", "2024", "2025"]):
        c.text = h
    for r in [("Bygglov, nytt enbostadshus", "24 800", "25 900"), ("Hyra idrottshall, per timme", "260", "280"),
              ("Lunch för pensionärer, per portion", "72", "76"), ("Trygghetslarm, per månad", "250", "265"),
              ("Entré simhall, vuxen", "60", "65"), ("Entré simhall, barn", "30", "30")]:
        cells = t.add_row().cells
        for c, v in zip(cells, r):
            c.text = v
    doc.add_paragraph("Beslut: Kommunstyrelsen föreslår kommunfullmäktige att fastställa taxorna enligt förvaltningens förslag.")
    doc.add_paragraph("Anneli Vik (V) reserverar sig mot höjningen av avgiften för trygghetslarm.")
    doc.add_paragraph("Vid protokollet: Emma Sjö, sekreterare. Ordförande: Helena Bergqvist. Justerare: Karin Lund.")
    doc.save(path); fix_zip(path)


def nyckeltal_xlsx(path):
    wb = Workbook(); xlsx_core(wb, "Nyckeltal 2019–2024", "Lessebo kommun, ekonomiavdelningen")
    ws = wb.active; ws.title = "Nyckeltal"
    ws["A1"] = "Lessebo kommun – nyckeltal 2019–2024"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Belopp i mnkr om inte annat anges"
    hdr = ["År", "Folkmängd 31 dec", "Skattesats, kr", "Årets resultat", "Nettoinvesteringar", "Soliditet, %", "Sjukfrånvaro, %"]
    for i, h in enumerate(hdr, 1):
        ws.cell(row=4, column=i, value=h).font = Font(bold=True)
    data = [("2019", 8687, 22.11, 8.4, 42.3, 37.2, 7.4), ("2020", 8731, 22.11, 24.1, 38.9, 38.5, 8.6),
            ("2021", 8798, 22.36, 31.6, 51.2, 40.1, 8.9), ("2022", 8845, 22.36, 19.8, 63.7, 40.6, 8.3),
            ("2023", 8862, 22.36, 15.3, 58.4, 40.5, 8.1), ("2024 (prognos)", 8880, 22.36, 6.8, 58.2, 39.8, 7.9)]
    for r, row in enumerate(data, 5):
        for c, v in enumerate(row, 1):
            cell = ws.cell(row=r, column=c, value=v)
            if isinstance(v, float):
                cell.number_format = "0.00" if c == 3 else "0.0"
    ws.cell(row=12, column=1, value="Källa: Lessebo kommuns årsredovisningar 2019–2023 samt delårsrapport augusti 2024 (prognos).")
    ws2 = wb.create_sheet("Befolkning per ort")
    ws2["A1"] = "Folkmängd per ort 2021–2023"; ws2["A1"].font = Font(bold=True, size=13)
    ws2["A2"] = "Antal invånare den 31 december"
    for i, h in enumerate(["Ort", "2021", "2022", "2023"], 1):
        ws2.cell(row=4, column=i, value=h).font = Font(bold=True)
    ort = [("Lessebo", 2794, 2805, 2812), ("Hovmantorp", 3040, 3071, 3096), ("Kosta", 925, 928, 934),
           ("Skruv", 785, 779, 771)]
    tot = [8798, 8845, 8862]
    land = ("Landsbygd och mindre orter",) + tuple(tot[i] - sum(o[i + 1] for o in ort) for i in range(3))
    for r, row in enumerate(ort + [land, ("Summa",) + tuple(tot)], 5):
        for c, v in enumerate(row, 1):
            ws2.cell(row=r, column=c, value=v)
    ws.column_dimensions["A"].width = 16
    ws2.column_dimensions["A"].width = 28
    wb.save(path); fix_zip(path)
    return land


def press_md(path):
    s = """# Lessebo kommun antar budget för 2025 – satsar på förskola och skola

**Pressmeddelande, Lessebo kommun, 2024-11-26**

Kommunfullmäktige i Lessebo antog på måndagskvällen den 25 november Mål och budget 2025–2027. Skattesatsen lämnas oförändrad på 22,36 kronor. Budgeten antogs med 22 röster mot 13.

Budgeten innebär ett resultat på 16,4 miljoner kronor för 2025. Barn- och utbildningsnämnden får 8,8 miljoner kronor mer än i år, och socialnämnden får ett tillskott för ökade volymer i hemtjänsten.

## Investeringar för 76,5 miljoner kronor

Kommunen investerar 76,5 miljoner kronor under 2025. Den största enskilda investeringen är den nya förskolan i Hovmantorp, där 38,5 miljoner kronor budgeteras för 2025. Förskolan ska ha sex avdelningar och stå klar hösten 2026.

– Vi prioriterar barnen och de äldre. Det är tuffa år för kommunerna, men vi väljer att investera i framtiden i stället för att skjuta behoven framför oss, säger Helena Bergqvist (S), kommunstyrelsens ordförande.

Oppositionen, Moderaterna och Sverigedemokraterna, lade ett eget förslag med en skattesänkning på 10 öre.

## Fakta

- Skattesats 2025: 22,36 kronor
- Budgeterat resultat 2025: 16,4 miljoner kronor
- Effektiviseringskrav på nämnderna: 4,7 miljoner kronor
- Feriearbeten för ungdomar: 700 000 kronor

**För mer information:**
Helena Bergqvist (S), kommunstyrelsens ordförande, 0478-125 10
Anders Wiklund, ekonomichef, 0478-125 42
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(s)


def build(outdir):
    os.makedirs(outdir, exist_ok=True)
    info = budget_pdf(os.path.join(outdir, "lessebo-mal-och-budget-2025-2027.pdf"))
    delar_pdf(os.path.join(outdir, "lessebo-delarsrapport-augusti-2024.pdf"))
    html(os.path.join(outdir, "sa-anvands-din-skatt.html"))
    protokoll_docx(os.path.join(outdir, "ks-protokoll-2024-11-12.docx"))
    nyckeltal_xlsx(os.path.join(outdir, "lessebo-nyckeltal-2019-2024.xlsx"))
    press_md(os.path.join(outdir, "pressmeddelande-budget-2025.md"))
    return info
