"""Gällivare kommun: fictional documents."""
import os
from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font
from common import Doc, fnum, fix_zip, docx_core, xlsx_core, html_page

MUNI = "Gällivare kommun"
# resultatbudget tenths of mnkr: Bokslut 2023, Prognos 2024, Budget 2024, Budget 2025, Plan 2026, Plan 2027
RB = {
    "intakter": [4105, 4020, 3880, 3950, 4010, 4060],
    "kostnader": [-17023, -17760, -17350, -17800, -18250, -18700],
    "avskr": [-1124, -1210, -1230, -1320, -1410, -1480],
    "skatt": [9862, 10160, 10210, 10540, 10880, 11210],
    "gsb": [4516, 4630, 4610, 4940, 5130, 5330],
    "finint": [205, 180, 150, 160, 160, 170],
    "finkost": [-54, -163, -110, -150, -180, -210],
}
RB["netto"] = [a + b + c for a, b, c in zip(RB["intakter"], RB["kostnader"], RB["avskr"])]
RB["vres"] = [n + s + g for n, s, g in zip(RB["netto"], RB["skatt"], RB["gsb"])]
RB["res"] = [v + i + k for v, i, k in zip(RB["vres"], RB["finint"], RB["finkost"])]

POP = 17250
# driftbudget mnkr tenths: Budget 2024, Budget 2025
DRIFT = [("Kommunfullmäktige och revision", [86, 90]), ("Kommunstyrelsen", [2124, 2218]),
         ("Barn- och utbildningsnämnden", [5123, 5316]), ("Socialnämnden", [5487, 5702]),
         ("Samhällsbyggnadsnämnden", [965, 998]), ("Kultur- och fritidsnämnden", [582, 594]),
         ("Miljö- och byggnämnden", [98, 101])]
NETTO = [-RB["netto"][2], -RB["netto"][3]]
SUM_N = [sum(v[i] for _, v in DRIFT) for i in range(2)]
FINANS = [NETTO[i] - SUM_N[i] for i in range(2)]

# investeringar tkr 2025, 2026, 2027; flag = samhällsomvandling
INV = [("Kommunstyrelsen", [("Nytt badhus, Gällivare*", [145000, 120000, 40000], 1),
                            ("Ersättningsbostäder Malmberget*", [62000, 48000, 0], 1),
                            ("IT-infrastruktur", [6500, 6500, 6500], 0)]),
       ("Barn- och utbildningsnämnden", [("Ny förskola Vassara*", [38000, 12000, 0], 1),
                                        ("Inventarier skolor", [3200, 3200, 3200], 0)]),
       ("Samhällsbyggnadsnämnden", [("VA-utbyggnad Repisvaara etapp 3*", [41500, 35000, 22000], 1),
                                    ("Gator och vägar, reinvestering", [18000, 18000, 18000], 0),
                                    ("Fordon och maskiner", [7800, 5500, 5500], 0)]),
       ("Socialnämnden", [("Nytt särskilt boende Repisvaara*", [24000, 78000, 65000], 1),
                          ("Välfärdsteknik", [2500, 2500, 1500], 0)]),
       ("Kultur- och fritidsnämnden", [("Elljusspår Dundret", [3400, 0, 0], 0)])]
INV_TOT = [sum(p[1][i] for _, ps in INV for p in ps) for i in range(3)]
INV_SO = [sum(p[1][i] for _, ps in INV for p in ps if p[2]) for i in range(3)]

AR_RR = {  # kommunen 2023, 2022, koncernen 2023, 2022
    "intakter": [4105, 3981, 8126, 7710], "kostnader": [-17023, -16214, -19684, -18802],
    "avskr": [-1124, -1048, -1987, -1875], "skatt": [9862, 9315, 9862, 9315], "gsb": [4516, 4210, 4516, 4210],
    "finint": [205, 142, 121, 84], "finkost": [-54, -49, -389, -276]}
AR_RR["netto"] = [a + b + c for a, b, c in zip(AR_RR["intakter"], AR_RR["kostnader"], AR_RR["avskr"])]
AR_RR["vres"] = [n + s + g for n, s, g in zip(AR_RR["netto"], AR_RR["skatt"], AR_RR["gsb"])]
AR_RR["res"] = [v + i + k for v, i, k in zip(AR_RR["vres"], AR_RR["finint"], AR_RR["finkost"])]
AR_DRIFT = [("Kommunfullmäktige och revision", 82, 79), ("Kommunstyrelsen", 2015, 1968),
            ("Barn- och utbildningsnämnden", 4890, 4946), ("Socialnämnden", 5214, 5343),
            ("Samhällsbyggnadsnämnden", 928, 901), ("Kultur- och fritidsnämnden", 560, 552),
            ("Miljö- och byggnämnden", 95, 93)]


def rr_rows(d, idx, neg):
    f = lambda k: [fnum(d[k][i], 1, neg) for i in idx]
    return [["Verksamhetens intäkter", "1"] + f("intakter"), ["Verksamhetens kostnader", "2"] + f("kostnader"),
            ["Avskrivningar", "3"] + f("avskr"), ["Verksamhetens nettokostnader", ""] + f("netto"),
            ["Skatteintäkter", "4"] + f("skatt"), ["Generella statsbidrag och utjämning", "5"] + f("gsb"),
            ["Verksamhetens resultat", ""] + f("vres"), ["Finansiella intäkter", "6"] + f("finint"),
            ["Finansiella kostnader", "7"] + f("finkost"), ["Årets resultat", ""] + f("res")]


def r1(a, b):
    return int(a * 1000 / b + 0.5) if a >= 0 else -int(-a * 1000 / b + 0.5)


def budget_pdf(path):
    d = Doc(runhead="GÄLLIVARE KOMMUN – BUDGET OCH PLAN 2025–2027", pagefmt="{n}")
    d.add_page(); d.set_font("DV", "B", 28); d.ln(55)
    d.multi_cell(0, 13, "Budget och plan\n2025–2027", new_x="LMARGIN", new_y="NEXT")
    d.set_font("DV", "", 14)
    d.multi_cell(0, 8, "Gällivare kommun\nKommunfullmäktige 2024-11-25, § 98", new_x="LMARGIN", new_y="NEXT")
    d.add_page(); d.h1("Innehåll")
    for t, pg in [("Inledning", 3), ("Samhällsomvandlingen", 4), ("God ekonomisk hushållning", 5), ("Resultatbudget", 6),
                  ("Kassaflödesbudget", 7), ("Driftbudget", 8), ("Investeringsbudget", 9), ("Nämndernas budget", 10),
                  ("Ordlista", 12)]:
        d.set_font("DV", "", 11); d.cell(150, 7, t); d.cell(0, 7, str(pg), align="R", new_x="LMARGIN", new_y="NEXT")
    d.add_page(); d.h1("Inledning")
    d.p("Gällivare är mitt i en av de största samhällsomvandlingarna i Sveriges historia. Malmberget avvecklas och nya "
        "bostäder, skolor och verksamhetslokaler byggs i Gällivare centrum och i Repisvaara.")
    d.p("Prognosen för 2024 pekar på ett resultat om -14,3 miljoner kronor, främst på grund av höga kostnader inom "
        "socialnämnden och ökade räntekostnader. Därför behöver vi ta krafttag i budgeten för 2025.")
    d.p("Nämnderna ska tillsammans effektivisera med 18,5 miljoner kronor under 2025. Samtidigt skjuter vi till "
        "1,2 miljoner kronor till föreningslivet och 3,5 miljoner kronor till fler sommarjobb och feriepraktik.")
    d.p("Skattesatsen är oförändrad, 22,94 kronor, för 2025.")
    d.p("Budgeten för 2025 ger ett resultat på 32,0 miljoner kronor, vilket motsvarar 2,1 procent av skatteintäkter och "
        "generella statsbidrag.")
    d.p("Lars-Åke Niva (S)\nKommunstyrelsens ordförande")
    d.add_page(); d.h1("Samhällsomvandlingen")
    d.p("Enligt avtalen med LKAB ersätts kommunen för de byggnader och anläggningar som måste ersättas när Malmberget avvecklas. "
        "Malmberget och delar av Gällivare berörs.")
    d.p("Sedan 2012 har kommunen erhållit totalt 2,4 miljarder kronor i ersättning från LKAB.")
    d.p("Under 2025 beräknas ersättningen från LKAB till 248 miljoner kronor. Ersättningen redovisas som ett investeringsbidrag "
        "och påverkar inte driftresultatet direkt.")
    d.p("De investeringar som ingår i samhällsomvandlingen är markerade med * i investeringsbudgeten. Den största är det nya "
        "badhuset i Gällivare centrum, som ersätter badhuset i Malmberget.")
    d.p("Kommunen planerar också för omkring 300 nya bostäder i Repisvaara under perioden 2025–2030, i samarbete med det "
        "kommunala bostadsbolaget Gällivare Energi och Bostäder AB.")
    d.add_page(); d.h1("God ekonomisk hushållning")
    d.p("Kommunfullmäktige har fastställt följande finansiella mål för god ekonomisk hushållning:")
    d.bullets(["Resultatet ska uppgå till minst 2 procent av skatteintäkter och generella statsbidrag.",
               "Investeringar utanför samhällsomvandlingen ska självfinansieras till minst 60 procent.",
               "Låneskulden per invånare får inte överstiga 45 000 kronor."])
    d.p("Budgeten bygger på ett invånarantal om 17 250 personer den 1 november 2024.")
    d.p("Kommunens låneskuld beräknas uppgå till 690 miljoner kronor vid utgången av 2025, motsvarande cirka 40 000 kronor per invånare.")
    d.add_page(); d.h1("Resultatbudget")
    d.table("Belopp i mnkr",
            [["", "Not", "Bokslut", "Prognos", "Budget", "Budget", "Plan", "Plan"],
             ["", "", "2023", "2024", "2024", "2025", "2026", "2027"]],
            rr_rows(RB, range(6), "dash"), [55, 9, 17.6, 17.6, 17.6, 17.6, 17.6, 17.6], size=8.5,
            bold_rows=("Verksamhetens nettokostnader", "Årets resultat"),
            footnotes=["Noter: se bilaga till budgetdokumentet. Prognos 2024 enligt delårsrapport augusti 2024."])
    d.p("Verksamhetens kostnader ökar med 2,6 procent mellan budget 2024 och budget 2025. Avskrivningarna ökar när "
        "nya anläggningar inom samhällsomvandlingen tas i bruk.")
    d.add_page(); d.h1("Kassaflödesbudget")
    res = RB["res"][2:]
    avs = [-x for x in RB["avskr"][2:]]
    just = [85, 92, 68, 51]
    lop = [a + b + c for a, b, c in zip(res, avs, just)]
    inv = [-3420] + [-(x // 100) for x in INV_TOT]
    bidr = [2310, 2480, 2120, 980]
    invs = [a + b for a, b in zip(inv, bidr)]
    lan = [300, 200, 0, 0]
    amort = [-300, -350, -350, -400]
    fin = [a + b for a, b in zip(lan, amort)]
    kf = [a + b + c for a, b, c in zip(lop, invs, fin)]
    ub = [1850]
    for k in kf:
        ub.append(ub[-1] + k)
    f = lambda v: [fnum(x, 1, "dash") for x in v]
    d.table("Kassaflödesbudget, mnkr", [["", "Budget 2024", "Budget 2025", "Plan 2026", "Plan 2027"]],
            [["Den löpande verksamheten"], ["Årets resultat"] + f(res), ["Justering för avskrivningar"] + f(avs),
             ["Justering för avsättningar m.m."] + f(just), ["Medel från den löpande verksamheten"] + f(lop),
             ["Investeringsverksamheten"], ["Investeringar i materiella anläggningstillgångar"] + f(inv),
             ["Investeringsbidrag från LKAB"] + f(bidr), ["Kassaflöde från investeringsverksamheten"] + f(invs),
             ["Finansieringsverksamheten"], ["Nyupptagna lån"] + f(lan), ["Amortering av skuld"] + f(amort),
             ["Kassaflöde från finansieringsverksamheten"] + f(fin), ["Årets kassaflöde"] + f(kf),
             ["Likvida medel vid årets början"] + f(ub[:-1]), ["Likvida medel vid årets slut"] + f(ub[1:])],
            [82, 22, 22, 22, 22],
            bold_rows=("Medel från den löpande verksamheten", "Kassaflöde från investeringsverksamheten",
                       "Kassaflöde från finansieringsverksamheten", "Årets kassaflöde"))
    d.add_page(); d.h1("Driftbudget")
    d.p("Driftbudgeten anger nämndernas nettokostnadsramar. Kolumnen kr per invånare är beräknad på 17 250 invånare.")
    rows = []
    def drow(n, v):
        ch = v[1] - v[0]
        return [n, fnum(v[0], 1), fnum(v[1], 1), fnum(ch, 1, "dash"), fnum(r1(ch, v[0]), 1, "dash"),
                fnum((v[1] * 100000 + POP // 2) // POP, 0)]
    rows.append(["Nämnder och styrelser"])
    for n, v in DRIFT:
        rows.append(drow(n, v))
    rows.append(drow("Summa nämnder", SUM_N))
    rows.append(["Gemensamma poster"])
    rows.append(drow("Finansförvaltning", FINANS))
    rows.append(drow("Summa verksamhetens nettokostnader", NETTO))
    d.table("Nettokostnadsramar per nämnd (mnkr)",
            [["", "Budget", "Budget", "Förändring", "Förändring", "Kr per invånare"], ["Nämnd", "2024", "2025", "mnkr", "%", "2025"]],
            rows, [66, 18, 18, 22, 20, 26], size=8.5, bold_rows=("Summa nämnder", "Summa verksamhetens nettokostnader"))
    d.p("Socialnämndens ram höjs med 21,5 miljoner kronor, varav 9,0 miljoner kronor avser ökade kostnader för "
        "hemtjänst och 4,2 miljoner kronor avser placeringar inom individ- och familjeomsorgen.")
    # landscape investment page
    d.add_page(orientation="L"); d.h1("Investeringsbudget")
    rows = []
    for nm, ps in INV:
        rows.append([nm])
        for pn, v, _ in ps:
            rows.append([pn, fnum(v[0], 0), fnum(v[1], 0), fnum(v[2], 0), fnum(sum(v), 0)])
    rows.append(["Totalt investeringar", fnum(INV_TOT[0], 0), fnum(INV_TOT[1], 0), fnum(INV_TOT[2], 0), fnum(sum(INV_TOT), 0)])
    rows.append(["Varav samhällsomvandling", fnum(INV_SO[0], 0), fnum(INV_SO[1], 0), fnum(INV_SO[2], 0), fnum(sum(INV_SO), 0)])
    d.table("Investeringsbudget per nämnd och projekt, tkr",
            [["", "Budget", "Plan", "Plan", "Summa"], ["Projekt", "2025", "2026", "2027", "2025–2027"]],
            rows, [110, 35, 35, 35, 40], size=9, bold_rows=("Totalt investeringar",),
            footnotes=["* Projektet ingår i samhällsomvandlingen och finansieras helt eller delvis med ersättning från LKAB."])
    d.p("Den totala projektbudgeten för det nya badhuset är 385 miljoner kronor, varav 63 miljoner kronor har upparbetats före 2025.")
    d.add_page(orientation="P"); d.h1("Nämndernas budget")
    for n, t in [("Kommunstyrelsen", "Kommunstyrelsen ansvarar för kommunledning, räddningstjänst, näringsliv, kollektivtrafik "
                  "och samordningen av samhällsomvandlingen. Ramen för 2025 är 221,8 miljoner kronor."),
                 ("Barn- och utbildningsnämnden", "Nämnden driver 16 förskolor, 9 grundskolor och Välkommaskolan (gymnasium). "
                  "Under 2025 flyttar två förskoleavdelningar från Malmberget till den nya förskolan i Vassara."),
                 ("Socialnämnden", "Socialnämnden har den största budgeten av nämnderna. Antalet personer över 80 år ökar med "
                  "cirka 4 procent per år, vilket ökar behovet av hemtjänst och särskilt boende."),
                 ("Samhällsbyggnadsnämnden", "Nämnden ansvarar för gator, vatten och avlopp, fastigheter och kost. "
                  "VA-verksamheten finansieras med avgifter och ingår inte i skattefinansierad nettokostnad."),
                 ("Kultur- och fritidsnämnden", "Nämnden ansvarar för bibliotek, idrottsanläggningar, fritidsgårdar och "
                  "föreningsstöd. Föreningsstödet ökar med 1,2 miljoner kronor 2025."),
                 ("Miljö- och byggnämnden", "Nämnden ansvarar för myndighetsutövning inom bygglov, miljö- och hälsoskydd "
                  "och livsmedelskontroll.")]:
        d.h2(n); d.p(t)
        d.p("Nämnden ska redovisa en plan för effektiviseringar senast i februari 2025 och följa upp målen i delårsrapport och årsredovisning.", size=9)
    d.add_page(); d.h1("Ordlista")
    for t, e in [("Balanskravet", "Kommunallagens krav på att intäkterna ska överstiga kostnaderna."),
                 ("Investeringsbidrag", "Ersättning som tas emot för att finansiera en investering, till exempel från LKAB."),
                 ("Nettokostnad", "Verksamhetens kostnader minus intäkter."),
                 ("Samhällsomvandling", "Flytten av bostäder, service och infrastruktur från Malmberget och delar av Gällivare.")]:
        d.p(t + ": " + e)
    d.output(path)
    return {"kf": kf, "ub": ub}


def ar_pdf(path):
    d = Doc(runhead="Årsredovisning 2023 · Gällivare kommun", pagefmt="Sidan {n}")
    d.add_page(); d.set_font("DV", "B", 28); d.ln(60)
    d.multi_cell(0, 13, "Årsredovisning 2023", new_x="LMARGIN", new_y="NEXT")
    d.set_font("DV", "", 14); d.multi_cell(0, 8, "Gällivare kommun\nGodkänd av kommunfullmäktige 2024-04-22", new_x="LMARGIN", new_y="NEXT")
    d.add_page(); d.h1("Kommunstyrelsens ordförande har ordet")
    d.p("2023 blev ett år med högt tempo i samhällsomvandlingen. Vi fattade beslut om det nya badhuset och de sista "
        "hyresgästerna flyttade från de centrala delarna av Malmberget.")
    d.p("Kommunens resultat blev 48,7 miljoner kronor, vilket är 22,1 miljoner kronor bättre än budget.")
    d.p("Balanskravsresultatet uppgick till 41,2 miljoner kronor efter avdrag för realisationsvinster.")
    d.p("Lars-Åke Niva (S), kommunstyrelsens ordförande")
    d.h2("Fem år i sammandrag")
    rows = [["Folkmängd 31 december", "17 843", "17 720", "17 541", "17 402", "17 286"],
            ["Skattesats, kr", "22,69", "22,69", "22,94", "22,94", "22,94"],
            ["Årets resultat, mnkr", "21,6", "64,3", "71,8", "33,7", "48,7"],
            ["Nettoinvesteringar, mnkr", "286,4", "342,1", "398,7", "305,2", "276,9"],
            ["Soliditet, %", "41,2", "42,0", "43,5", "43,1", "43,8"],
            ["Antal tillsvidareanställda", "1 798", "1 811", "1 826", "1 835", "1 842"]]
    d.table(None, [["", "2019", "2020", "2021", "2022", "2023"]], rows, [70, 20, 20, 20, 20, 20])
    d.add_page(); d.h1("Förvaltningsberättelse")
    d.h2("Väsentliga händelser")
    d.bullets(["Kommunfullmäktige beslutade i juni 2023 att bygga ett nytt badhus i Gällivare centrum.",
               "Förskolan Solrosen i Malmberget stängdes och verksamheten flyttades till tillfälliga lokaler i Vassara.",
               "Kommunen tog emot 236 miljoner kronor i ersättning från LKAB under året.",
               "Räddningstjänsten fick ett nytt höjdfordon (skylift) för 9,8 miljoner kronor."])
    d.h2("Personal")
    d.p("Antalet tillsvidareanställda uppgick till 1 842 personer den 31 december 2023. "
        "Den totala sjukfrånvaron var 8,4 procent, en minskning från 8,9 procent året innan.")
    d.h2("Ekonomi")
    d.p("Skatteintäkter och generella statsbidrag ökade med 94,7 miljoner kronor jämfört med 2022. "
        "Nettokostnaderna ökade med 6,1 procent.")
    d.add_page(); d.h1("Resultaträkning")
    d.table("Resultaträkning (mnkr)",
            [["", "", "Kommunen", "", "Koncernen", ""], ["", "Not", "2023", "2022", "2023", "2022"]],
            rr_rows(AR_RR, range(4), "-"), [66, 10, 22, 22, 22, 22], bold_rows=("Verksamhetens nettokostnader", "Årets resultat"),
            footnotes=["Koncernen omfattar Gällivare kommun, Gällivare Energi och Bostäder AB och Gällivare Flygplats AB."])
    d.add_page(); d.h1("Driftredovisning")
    rows = []
    for n, b, u in AR_DRIFT:
        rows.append([n, fnum(b, 1), fnum(u, 1), fnum(b - u, 1, "paren")])
    sb = sum(x[1] for x in AR_DRIFT); su = sum(x[2] for x in AR_DRIFT)
    rows.append(["Summa nämnder", fnum(sb, 1), fnum(su, 1), fnum(sb - su, 1, "paren")])
    d.table("Nämndernas nettokostnader 2023, mnkr", [["Nämnd", "Budget 2023", "Utfall 2023", "Avvikelse"]], rows,
            [80, 28, 28, 28], bold_rows=("Summa nämnder",), footnotes=["Underskott anges inom parentes."])
    d.p("Socialnämndens underskott förklaras främst av ökade kostnader för externa placeringar och bemanningssjuksköterskor.")
    d.p("Kommunstyrelsens överskott beror på lägre kostnader för kollektivtrafik och vakanta tjänster.")
    d.output(path)
    return {"sb": sb, "su": su}


def html(path):
    tot = NETTO[1]
    tr = "\n".join(f"        <tr><td>{n}</td><td>{fnum(v[1], 1)}</td><td>{fnum(r1(v[1], tot), 1)}</td></tr>" for n, v in DRIFT)
    body = f"""    <article class="news">
    <p class="category">Nyhet</p>
    <h1>Budget 2025 är antagen – så fördelas pengarna</h1>
    <p class="published">Publicerad: 2024-11-28</p>
    <p class="ingress">Kommunfullmäktige antog den 25 november budget och plan för 2025–2027. Skattesatsen blir oförändrad, 22,94 kronor.</p>
    <p>Budgeten antogs efter omröstning med 27 röster mot 14. Moderaterna och Sverigedemokraterna reserverade sig.</p>
    <p>Totalt fördelas 1 517 miljoner kronor i nettokostnadsramar till kommunens verksamheter 2025. Socialnämnden och barn- och utbildningsnämnden står tillsammans för över 70 procent av budgeten.</p>
    <table>
      <thead><tr><th>Nämnd</th><th>Budget 2025 (mnkr)</th><th>Andel av total nettokostnad (%)</th></tr></thead>
      <tbody>
{tr}
      </tbody>
    </table>
    <p>Investeringarna uppgår till 351,9 miljoner kronor 2025, varav största delen avser samhällsomvandlingen.</p>
    <p>– Vi måste effektivisera, men vi gör det utan att tumma på kvaliteten i skola och omsorg, säger kommunstyrelsens ordförande Lars-Åke Niva (S).</p>
    <p><a href="/kommun-och-politik/ekonomi/budget">Läs hela budgetdokumentet (pdf)</a></p>
    </article>"""
    nav = ["Omsorg och hjälp", "Utbildning och förskola", "Bygga och bo", "Uppleva och göra", "Näringsliv", "Kommun och politik"]
    s = html_page(MUNI, "Budget 2025 är antagen", nav, ["Start", "Nyheter", "Budget 2025 är antagen"], body,
                  "Senast uppdaterad", "2024-12-03",
                  ["Gällivare kommun, 982 81 Gällivare", "Besöksadress: Lasarettsgatan 18", "Växel: 0970-180 00",
                   "Följ oss på Facebook och Instagram", "Tillgänglighet | Cookies | Personuppgifter"])
    with open(path, "w", encoding="utf-8") as f:
        f.write(s)


OMB = [("Nytt badhus, Gällivare", 98000, 71500), ("Ersättningsbostäder Malmberget", 55000, 49200),
       ("Ny förskola Vassara", 20000, 8400), ("VA-utbyggnad Repisvaara etapp 2", 30000, 27300)]


def protokoll_docx(path):
    doc = Document(); docx_core(doc, "Protokoll kommunfullmäktige 2024-11-25", "Gällivare kommun")
    st = doc.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
    doc.add_paragraph("GÄLLIVARE KOMMUN")
    doc.add_heading("Protokoll Kommunfullmäktige", level=1)
    doc.add_paragraph("Sammanträdesdatum 2024-11-25")
    doc.add_paragraph("Plats: Sessionssalen, Kommunhuset Gällivare, kl. 09.00–15.45")
    doc.add_paragraph("Ordförande: Ingrid Kalla (S). Sekreterare: Jonas Lantto. Justerare: Per Wennberg (M) och Sara Poromaa (V).")
    doc.add_paragraph("Paragrafer: §§ 97–101. Antal närvarande ledamöter: 41.")
    doc.add_heading("§ 97 Val av justerare", level=2)
    doc.add_paragraph("Kommunfullmäktige utser Per Wennberg (M) och Sara Poromaa (V) att justera protokollet.")
    doc.add_heading("§ 98 Budget och plan 2025–2027", level=2)
    doc.add_paragraph("Dnr KS 2024/0412")
    doc.add_paragraph("Kommunstyrelsen har lämnat förslag till budget och plan 2025–2027 med ett resultat på 32,0 miljoner kronor 2025 "
                      "och investeringar på 351,9 miljoner kronor.")
    doc.add_paragraph("Yrkanden: Lars-Åke Niva (S) yrkar bifall till kommunstyrelsens förslag. Per Wennberg (M) yrkar bifall till "
                      "Moderaternas och Sverigedemokraternas budgetförslag.")
    doc.add_paragraph("Omröstning: Omröstning begärs. Kommunfullmäktige bifaller kommunstyrelsens förslag med 27 röster mot 14.")
    doc.add_paragraph("Beslut: Kommunfullmäktige fastställer budget och plan 2025–2027 enligt kommunstyrelsens förslag.")
    doc.add_paragraph("Reservation: Moderaternas och Sverigedemokraternas ledamöter reserverar sig mot beslutet till förmån för eget förslag.")
    doc.add_heading("§ 99 Skattesats 2025", level=2)
    doc.add_paragraph("Beslut: Kommunfullmäktige fastställer skattesatsen för 2025 till 22,94 kronor per skattekrona.")
    doc.add_heading("§ 100 Ombudgetering av investeringsmedel från 2024 till 2025", level=2)
    doc.add_paragraph("Dnr KS 2024/0388")
    doc.add_paragraph("Flera investeringsprojekt inom samhällsomvandlingen har förskjutits i tid. Ej förbrukade medel föreslås "
                      "ombudgeteras till 2025 enligt tabellen (belopp i tkr).")
    t = doc.add_table(rows=1, cols=4); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Projekt", "Budget 2024", "Prognos 2024", "Ombudgeteras till 2025"]):
        c.text = h
    for n, b, p in OMB + [("Summa", sum(x[1] for x in OMB), sum(x[2] for x in OMB))]:
        cells = t.add_row().cells
        for c, v in zip(cells, [n, fnum(b, 0), fnum(p, 0), fnum(b - p, 0)]):
            c.text = v
    doc.add_paragraph("Beslut: Kommunfullmäktige beslutar att ombudgetera investeringsmedel till 2025 enligt tabellen.")
    doc.add_paragraph("Reservation: Sara Poromaa (V) reserverar sig mot beslutet i den del som avser ersättningsbostäder i Malmberget.")
    doc.add_heading("§ 101 Motion om avgiftsfri kollektivtrafik för pensionärer", level=2)
    doc.add_paragraph("Dnr KS 2024/0117")
    doc.add_paragraph("Sara Poromaa (V) har i en motion föreslagit avgiftsfri kollektivtrafik för personer över 70 år. "
                      "Kostnaden har beräknats till 1,6 miljoner kronor per år.")
    doc.add_paragraph("Beslut: Kommunfullmäktige avslår motionen.")
    doc.add_paragraph("Reservation: Vänsterpartiets ledamöter reserverar sig mot beslutet.")
    doc.save(path); fix_zip(path)


VERKS = [("Kommunstyrelsen", [("Kommunledningsförvaltning", 12400, 96500), ("Räddningstjänst", 4100, 38200),
                              ("Näringsliv och turism", 2300, 18700), ("Kollektivtrafik", 6800, 29100),
                              ("Samhällsomvandling, drift", 1500, 39300)]),
         ("Barn- och utbildningsnämnden", [("Förskola", 14200, 142300), ("Grundskola", 18600, 238900),
                                          ("Gymnasieskola", 9800, 98700), ("Vuxenutbildning", 6100, 21400),
                                          ("Gemensam administration", 400, 30300)]),
         ("Socialnämnden", [("Äldreomsorg", 41200, 298400), ("Stöd till personer med funktionsnedsättning", 22800, 164800),
                            ("Individ- och familjeomsorg", 8700, 79600), ("Gemensamt", 1100, 27400)])]


def xlsx(path):
    wb = Workbook(); xlsx_core(wb, "Driftbudget 2025 per verksamhet", "Gällivare kommun, ekonomienheten")
    ws = wb.active; ws.title = "Driftbudget 2025"
    ws["A1"] = "Driftbudget 2025 per verksamhet – Gällivare kommun"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Belopp i tkr"
    for i, h in enumerate(["Nämnd", "Verksamhet", "Intäkter", "Kostnader", "Nettokostnad"], 1):
        ws.cell(row=4, column=i, value=h).font = Font(bold=True)
    r = 5
    for nm, vs in VERKS:
        for vn, inc, net in vs:
            for c, v in enumerate([nm, vn, inc, net + inc, net], 1):
                ws.cell(row=r, column=c, value=v)
            r += 1
        ti = sum(x[1] for x in vs); tn = sum(x[2] for x in vs)
        for c, v in enumerate(["Summa " + nm.lower(), None, ti, tn + ti, tn], 1):
            ws.cell(row=r, column=c, value=v).font = Font(bold=True)
        r += 1
    ws.cell(row=r + 1, column=1, value="Övriga nämnder redovisas inte per verksamhet. Beloppen överensstämmer med Budget och plan 2025–2027.")
    ws2 = wb.create_sheet("Befolkning")
    ws2["A1"] = "Befolkningsutveckling 2019–2023"; ws2["A1"].font = Font(bold=True, size=13)
    ws2["A2"] = "Antal personer"
    for i, h in enumerate(["År", "Folkmängd 31 dec", "Födda", "Döda", "Inflyttade", "Utflyttade"], 1):
        ws2.cell(row=4, column=i, value=h).font = Font(bold=True)
    for rr, row in enumerate([(2019, 17843, 172, 181, 612, 735), (2020, 17720, 165, 198, 588, 681),
                              (2021, 17541, 158, 187, 571, 724), (2022, 17402, 149, 202, 603, 689),
                              (2023, 17286, 151, 194, 596, 669)], 5):
        for c, v in enumerate(row, 1):
            ws2.cell(row=rr, column=c, value=v)
    ws.column_dimensions["A"].width = 30; ws.column_dimensions["B"].width = 42
    wb.save(path); fix_zip(path)


def press(path):
    s = """PRESSMEDDELANDE
Gällivare kommun
2025-01-20

Byggstart för nya badhuset i Gällivare

I dag tog Gällivare kommun det första spadtaget för det nya badhuset i Gällivare centrum. Badhuset ersätter det gamla badhuset i Malmberget, som måste avvecklas på grund av gruvans utbredning.

Det nya badhuset får en 25-metersbassäng med åtta banor, en undervisningsbassäng, ett äventyrsbad och ett gym. Den totala kostnaden beräknas till 385 miljoner kronor och finansieras till största delen med ersättning från LKAB inom samhällsomvandlingen.

Byggentreprenör är Norrbyggarna AB, som vann upphandlingen i december. Badhuset beräknas öppna hösten 2027.

"Det här är en av de viktigaste byggnaderna i det nya Gällivare. Här ska alla barn lära sig simma", säger Lars-Åke Niva (S), kommunstyrelsens ordförande.

Under byggtiden hålls badhuset i Malmberget öppet. Det stängs först när det nya badhuset har öppnat.

För mer information:
Karin Pekkari, projektledare, 0970-182 45
Lars-Åke Niva (S), kommunstyrelsens ordförande, 0970-180 12
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(s)


def build(outdir):
    os.makedirs(outdir, exist_ok=True)
    a = budget_pdf(os.path.join(outdir, "gallivare-budget-och-plan-2025-2027.pdf"))
    b = ar_pdf(os.path.join(outdir, "arsredovisning-2023.pdf"))
    html(os.path.join(outdir, "nyheter-budget-2025-antagen.html"))
    protokoll_docx(os.path.join(outdir, "kf-protokoll-2024-11-25.docx"))
    xlsx(os.path.join(outdir, "driftbudget-per-verksamhet-2025.xlsx"))
    press(os.path.join(outdir, "pressmeddelande-badhus.txt"))
    return a, b
