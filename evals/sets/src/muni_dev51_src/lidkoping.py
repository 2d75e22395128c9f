"""Lidköpings kommun: invented but internally consistent documents."""
import os

import docx
import openpyxl
from docx.enum.text import WD_ALIGN_PARAGRAPH
from openpyxl.styles import Font

from common import Doc, fmt, normalize_zip, set_docx_core, set_xlsx_core

NAME = "Lidköpings kommun"
POP_2025 = 40400

# ---------------- Resultatbudget (mnkr) : Bokslut 2023, Prognos 2024, Budget 2025, Plan 2026, Plan 2027
RB = {
    "int": [612.4, 630.1, 645.0, 658.2, 671.5],
    "kost": [-2891.6, -3012.8, -3098.4, -3176.9, -3251.2],
    "avskr": [-118.2, -124.5, -131.0, -138.6, -145.3],
    "skatt": [1928.3, 2010.6, 2085.2, 2151.9, 2222.4],
    "stb": [531.7, 560.2, 575.8, 584.0, 590.3],
    "finint": [14.2, 12.8, 11.5, 11.0, 10.5],
    "finkost": [-22.9, -27.4, -30.1, -33.6, -36.2],
}
NETTO = [round(a + b + c, 1) for a, b, c in zip(RB["int"], RB["kost"], RB["avskr"])]
VRES = [round(n + s + g, 1) for n, s, g in zip(NETTO, RB["skatt"], RB["stb"])]
RES = [round(v + fi + fk, 1) for v, fi, fk in zip(VRES, RB["finint"], RB["finkost"])]
RESPCT = [round(100 * r / (s + g), 1) for r, s, g in zip(RES, RB["skatt"], RB["stb"])]

# ---------------- Driftbudget per nämnd (mnkr, netto): Budget 2024, Budget 2025, Plan 2026, Plan 2027
DRIFT = [
    ("S", "Skattefinansierad verksamhet"),
    ("Kommunfullmäktige inkl. revision", [8.6, 8.9, 9.1, 9.3]),
    ("Kommunstyrelsen", [182.4, 186.1, 190.5, 194.8]),
    ("Barn- och skolnämnden", [1012.7, 1051.3, 1079.8, 1106.2]),
    ("Utbildningsnämnden", [268.9, 276.4, 283.0, 289.7]),
    ("Socialnämnden", [784.5, 812.2, 838.6, 862.0]),
    ("Kultur- och fritidsnämnden", [104.3, 106.8, 109.2, 111.5]),
    ("Bygg- och miljönämnden", [21.7, 22.4, 23.0, 23.6]),
    ("Tekniska nämnden", [118.9, 121.7, 124.4, 127.3]),
    ("Överförmyndarnämnden", [6.2, 6.5, 6.7, 6.9]),
    ("S", "Avgiftsfinansierad verksamhet"),
    ("Vatten och avlopp", [0.0, 0.0, 0.0, 0.0]),
    ("Renhållning", [0.0, 0.0, 0.0, 0.0]),
]
DRIFT_ROWS = [r for r in DRIFT if r[0] != "S"]
DRIFT_SUM = [round(sum(r[1][i] for r in DRIFT_ROWS), 1) for i in range(4)]

# ---------------- Investeringsbudget (mnkr): Budget 2025, Plan 2026, Plan 2027, Total utgift
INV = [
    ("S", "Barn- och skolnämnden"),
    ("Ekbackeskolan, ny F–6-skola", [98.0, 112.0, 41.0, 265.0]),
    ("Förskola Västra Ågatan", [36.5, 18.0, 0.0, 58.0]),
    ("Inventarier skolor", [6.0, 6.0, 6.0, 18.0]),
    ("S", "Socialnämnden"),
    ("Trygghetsboende Margretelund", [42.0, 20.5, 0.0, 66.0]),
    ("Välfärdsteknik", [3.5, 3.5, 3.0, 10.0]),
    ("S", "Tekniska nämnden"),
    ("Gång- och cykelvägar", [14.0, 12.0, 12.0, 38.0]),
    ("Gatuunderhåll och beläggning", [22.5, 23.0, 23.5, 69.0]),
    ("Hamnen, kajrenovering", [18.0, 9.5, 0.0, 31.0]),
    ("Vatten och avlopp, ledningsförnyelse", [61.0, 58.0, 55.0, 174.0]),
    ("Nytt vattenverk, etapp 1", [48.5, 72.0, 66.0, 210.0]),
    ("S", "Kultur- och fritidsnämnden"),
    ("Idrottshall Framnäs", [24.0, 14.0, 0.0, 38.0]),
    ("Konstgräsplan Skogsvallen", [7.5, 0.0, 0.0, 7.5]),
    ("S", "Kommunstyrelsen"),
    ("IT-infrastruktur", [8.0, 8.0, 8.0, 24.0]),
    ("Exploatering Fiskartorpet", [19.1, 24.0, 16.0, 61.0]),
]
INV_ROWS = [r for r in INV if r[0] != "S"]
INV_SUM = [round(sum(r[1][i] for r in INV_ROWS), 1) for i in range(4)]


def budget_pdf(path):
    d = Doc("Lidköpings kommun – Mål och budget 2025–2027", foot_style="sida")
    d.set_title("Mål och budget 2025–2027")
    d.cover([("Lidköpings kommun", 22, "B"), ("Mål och budget 2025–2027", 18, ""),
             ("Beslutad av kommunfullmäktige 25 november 2024, § 178", 11, "I")])

    d.add_page()
    d.h1("Innehåll")
    for t, pg in [("Förord", 3), ("Vision och mål", 4), ("Omvärld och ekonomiska förutsättningar", 5),
                  ("Prioriteringar och effektiviseringar", 6), ("Resultatbudget", 7), ("Balansbudget", 8),
                  ("Kassaflödesbudget", 9), ("Driftbudget per nämnd", 10), ("Investeringsbudget", 12),
                  ("Nämndernas uppdrag", 13), ("Ordlista", 14)]:
        d.set_font("DejaVu", "", 10)
        d.cell(150, 6, t)
        d.cell(0, 6, str(pg), align="R")
        d.ln(6)

    d.add_page()
    d.h1("Förord")
    d.p("Lidköping ska vara en kommun där det är tryggt att växa upp, arbeta och bli gammal. Med den här "
        "budgeten tar vi ansvar för både välfärden och ekonomin. Kostnaderna för pensioner, räntor och "
        "löner ökar snabbare än skatteintäkterna, och det kräver att vi prioriterar hårt.")
    d.p("Årets resultat för 2025 budgeteras till 58,0 miljoner kronor, vilket motsvarar 2,2 procent av "
        "skatter och generella statsbidrag. Därmed når vi det finansiella målet om minst 2 procent.")
    d.p("Vi satsar 12,5 miljoner kronor extra på barn- och skolnämnden för att anställa fler lärare och "
        "speciallärare i grundskolan. Dessutom avsätts 700 000 kronor till sommarjobb för ungdomar mellan "
        "16 och 19 år, vilket ger cirka 140 ungdomar ett feriearbete i kommunens verksamheter.")
    d.p("Skattesatsen lämnas oförändrad på 22,14 kronor per skattekrona. Samtidigt genomför vi "
        "effektiviseringar i alla nämnder, eftersom det är det enda hållbara sättet att värna kärnverksamheten "
        "när intäkterna inte räcker till allt.")
    d.p("Jag vill tacka alla medarbetare som varje dag gör skillnad för lidköpingsborna.")
    d.p("Annika Lundqvist (M)\nKommunstyrelsens ordförande")

    d.add_page()
    d.h1("Vision och mål")
    d.p("Kommunens vision är ”Lidköping – mötesplatsen vid Vänern där alla kan växa”. Visionen bryts ned i "
        "fyra målområden som gäller under mandatperioden 2023–2026.")
    d.h2("Målområden")
    d.bullets(["Livskvalitet och trygghet – alla ska känna sig trygga i hela kommunen.",
               "Utbildning och arbete – fler elever ska nå gymnasiebehörighet och fler ska ha ett arbete.",
               "Hållbar samhällsutveckling – kommunen ska vara fossilfri år 2035.",
               "Attraktiv arbetsgivare – sjukfrånvaron ska minska till högst 6,5 procent."])
    d.h2("Finansiella mål")
    d.p("Kommunfullmäktige har fastställt tre finansiella mål för god ekonomisk hushållning:")
    d.bullets(["Årets resultat ska uppgå till minst 2,0 procent av skatteintäkter och generella statsbidrag.",
               "Investeringarna i den skattefinansierade verksamheten ska självfinansieras till minst 70 procent.",
               "Soliditeten inklusive samtliga pensionsåtaganden ska inte understiga 30 procent."])
    d.p("Under planperioden bedöms självfinansieringsgraden nå 60 procent 2025, vilket innebär att målet "
        "inte nås det året på grund av den stora investeringen i Ekbackeskolan.")

    d.add_page()
    d.h1("Omvärld och ekonomiska förutsättningar")
    d.p("Sveriges Kommuner och Regioner (SKR) bedömer i sin oktoberprognos att skatteunderlaget växer med "
        "3,8 procent 2025. Inflationen väntas sjunka, men pensionskostnaderna ökar kraftigt på grund av det "
        "höga prisbasbeloppet.")
    d.p("Befolkningen i Lidköping fortsätter att öka. Den 30 juni 2024 hade kommunen 40 212 invånare och "
        "budgeten bygger på antagandet att befolkningen uppgår till 40 400 invånare den 1 november 2024, "
        "som är det mätdatum som styr skatteintäkterna för 2025.")
    d.p("Skatteintäkter och generella statsbidrag beräknas till 2 661,0 miljoner kronor 2025, en ökning med "
        "90,2 miljoner kronor jämfört med prognosen för 2024.")
    d.p("Den kommunala skattesatsen är 22,14 kronor. Tillsammans med Västra Götalandsregionens skattesats på "
        "11,48 kronor blir den totala skattesatsen 33,62 kronor, exklusive kyrkoavgift och begravningsavgift.")
    d.p("Räntekostnaderna ökar när låneskulden växer. Kommunens upplåning beräknas öka med 150 miljoner "
        "kronor under 2025, och den genomsnittliga räntan antas vara 3,1 procent.")

    d.add_page()
    d.h1("Prioriteringar och effektiviseringar")
    d.p("För att klara ett resultat på minst 2 procent genomförs effektiviseringar om totalt 31,4 miljoner "
        "kronor under 2025. Effektiviseringarna fördelas mellan nämnderna enligt följande:")
    d.bullets(["Socialnämnden: 12,0 miljoner kronor, främst genom färre externa placeringar.",
               "Barn- och skolnämnden: 8,9 miljoner kronor genom samordning av skolskjutsar och lokaler.",
               "Tekniska nämnden: 4,7 miljoner kronor genom minskad energianvändning i fastigheter.",
               "Kommunstyrelsen: 3,2 miljoner kronor genom vakanshållning inom administrationen.",
               "Kultur- och fritidsnämnden: 2,6 miljoner kronor genom ändrade öppettider."])
    d.p("Samtidigt prioriteras följande satsningar: 12,5 miljoner kronor till fler lärare, 6,0 miljoner kronor "
        "till hemtjänsten för att möta fler äldre samt 1,8 miljoner kronor till förebyggande arbete mot "
        "ungdomskriminalitet.")
    d.p("Lönerna räknas upp med 3,4 procent och övriga kostnader med 2,0 procent. Kommunstyrelsen har en "
        "central reserv för oförutsedda kostnader på 15,0 miljoner kronor.")

    # Resultatbudget
    d.add_page()
    d.h1("Resultatbudget")
    d.p("Resultatbudgeten visar kommunens intäkter och kostnader samt årets resultat.")
    hdr = [["", "Not", "Bokslut", "Prognos", "Budget", "Plan", "Plan"],
           ["", "", "2023", "2024", "2025", "2026", "2027"]]
    w = [58, 10, 20, 20, 20, 21, 21]

    def row(label, vals, note="", style=""):
        return ([label, note] + [fmt(v) for v in vals], style)
    rows = [row("Verksamhetens intäkter", RB["int"], "1"),
            row("Verksamhetens kostnader", RB["kost"], "2"),
            row("Avskrivningar", RB["avskr"], "3"),
            row("Verksamhetens nettokostnader", NETTO, "", "B"),
            row("Skatteintäkter", RB["skatt"], "4"),
            row("Generella statsbidrag och utjämning", RB["stb"], "5"),
            row("Verksamhetens resultat", VRES, "", "B"),
            row("Finansiella intäkter", RB["finint"], "6"),
            row("Finansiella kostnader", RB["finkost"], "7"),
            row("Resultat efter finansiella poster", RES, "", "B"),
            row("Extraordinära poster", [0, 0, 0, 0, 0]),
            row("Årets resultat", RES, "", "B"),
            row("Resultat i % av skatter och bidrag", RESPCT)]
    d.table("", "Belopp i mnkr", hdr, rows, w,
            footnotes=["Prognos 2024 avser delårsrapporten per augusti 2024.",
                       "Not: se kommunens årsredovisning för definitioner."])
    d.p("Verksamhetens nettokostnader ökar med 3,1 procent mellan prognos 2024 och budget 2025, medan "
        "skatteintäkter och generella statsbidrag ökar med 3,5 procent.")

    # Balansbudget
    d.add_page()
    d.h1("Balansbudget")
    bal = [("S", "TILLGÅNGAR"),
           ("Immateriella anläggningstillgångar", [4.1, 3.6, 3.2, 2.8, 2.4]),
           ("Mark, byggnader och tekniska anläggningar", [2874.5, 3056.2, 3335.1, 3561.4, 3702.9]),
           ("Maskiner och inventarier", [142.8, 151.0, 158.4, 163.0, 166.2]),
           ("Finansiella anläggningstillgångar", [318.6, 318.6, 318.6, 318.6, 318.6]),
           ("Omsättningstillgångar", [512.3, 468.9, 441.0, 430.5, 425.8]),
           ("S", "EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER"),
           ("Eget kapital", None),
           ("Avsättningar för pensioner", [212.4, 228.9, 246.0, 262.8, 279.1]),
           ("Övriga avsättningar", [38.5, 36.0, 34.2, 32.5, 30.9]),
           ("Långfristiga skulder", None),
           ("Kortfristiga skulder", [498.7, 512.4, 525.0, 538.6, 551.3])]
    tillg = [round(sum(r[1][i] for r in bal[1:6]), 1) for i in range(5)]
    ek = [1612.0]
    for i in range(1, 5):
        ek.append(round(ek[-1] + RES[i], 1))
    lang = [round(tillg[i] - ek[i] - bal[8][1][i] - bal[9][1][i] - bal[11][1][i], 1) for i in range(5)]
    rows = []
    for r in bal:
        if r[0] == "S":
            rows.append(([r[1]] + [""] * 5, "S"))
            if r[1] == "EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER":
                pass
            continue
        vals = r[1]
        if r[0] == "Eget kapital":
            vals = ek
        if r[0] == "Långfristiga skulder":
            vals = lang
        rows.append(([r[0]] + [fmt(v) for v in vals], ""))
        if r[0] == "Omsättningstillgångar":
            rows.append((["Summa tillgångar"] + [fmt(v) for v in tillg], "B"))
    rows.append((["Summa eget kapital, avsättningar och skulder"] + [fmt(v) for v in tillg], "B"))
    d.table("", "Belopp i mnkr", [["", "Bokslut", "Prognos", "Budget", "Plan", "Plan"],
                                  ["", "2023", "2024", "2025", "2026", "2027"]], rows,
            [75, 19, 19, 19, 19, 19])
    d.p("Soliditeten beräknas till 40,4 procent 2025 exklusive pensionsförpliktelser som redovisas som "
        "ansvarsförbindelse. Inklusive hela pensionsåtagandet blir soliditeten 31,2 procent.")

    # Kassaflödesbudget
    d.add_page()
    d.h1("Kassaflödesbudget")
    kf = [("S", "Den löpande verksamheten"),
          ("Årets resultat", RES[2:]),
          ("Justering för av- och nedskrivningar", [131.0, 138.6, 145.3]),
          ("Justering för avsättningar", [15.3, 15.1, 14.7]),
          ("Förändring av rörelsekapital", [40.5, 24.1, 17.4]),
          ("S", "Investeringsverksamheten"),
          ("Investering i materiella anläggningstillgångar", [-INV_SUM[0], -INV_SUM[1], -INV_SUM[2]]),
          ("Försäljning av anläggningstillgångar", [6.0, 4.0, 4.0]),
          ("S", "Finansieringsverksamheten"),
          ("Nyupptagna lån", [150.0, 120.0, 60.0]),
          ("Amortering av lån", [-25.0, -25.0, -25.0])]
    rows = []
    for r in kf:
        if r[0] == "S":
            rows.append(([r[1], "", "", ""], "S"))
        else:
            rows.append(([r[0]] + [fmt(v) for v in r[1]], ""))
    flows = [round(sum(r[1][i] for r in kf if r[0] != "S"), 1) for i in range(3)]
    rows.append((["Årets kassaflöde", *[fmt(v) for v in flows]], "B"))
    d.table("", "Belopp i mnkr", [["", "Budget 2025", "Plan 2026", "Plan 2027"]], rows, [96, 25, 25, 24])
    d.p("Investeringsutgifterna 2025 finansieras till 60 procent med egna medel och resterande del genom "
        "nya lån på 150 miljoner kronor.")

    # Driftbudget – landscape, continued over page break
    d.add_page(orientation="L")
    d.h1("Driftbudget per nämnd")
    d.p("Tabellen visar nämndernas nettokostnadsramar. Ramarna för 2025 inkluderar kompensation för "
        "löneökningar och de effektiviseringar som beskrivs i avsnittet om prioriteringar.")
    hdr = [["Nämnd", "Budget", "Budget", "Plan", "Plan", "Förändring", "Förändring", "kr per inv."],
           ["", "2024", "2025", "2026", "2027", "2024–2025", "%", "2025"]]
    w = [72, 24, 24, 24, 24, 28, 26, 28]
    rows = []
    for r in DRIFT:
        if r[0] == "S":
            rows.append(([r[1]] + [""] * 7, "S"))
            continue
        v = r[1]
        ch = round(v[1] - v[0], 1)
        chp = fmt(100 * ch / v[0]) if v[0] else "–"
        kr = fmt(v[1] * 1e6 / POP_2025, 0) if v[1] else "–"
        rows.append(([r[0]] + [fmt(x, dash_zero=True) for x in v] + [fmt(ch, dash_zero=True), chp, kr], ""))
    ch = round(DRIFT_SUM[1] - DRIFT_SUM[0], 1)
    rows.append((["Summa nämnder"] + [fmt(x) for x in DRIFT_SUM] +
                 [fmt(ch), fmt(100 * ch / DRIFT_SUM[0]), fmt(DRIFT_SUM[1] * 1e6 / POP_2025, 0)], "B"))
    d.table("", "Belopp i mnkr (kr per invånare i kronor)", hdr, rows, w, break_after=6,
            cont_title="Driftbudget per nämnd (forts.)",
            footnotes=["Kr per invånare beräknas på 40 400 invånare.",
                       "VA och renhållning finansieras helt av avgifter och redovisas netto noll."])
    d.p("Skillnaden mellan summa nämnder och verksamhetens nettokostnader i resultatbudgeten förklaras av "
        "finansförvaltningens poster, bland annat pensionskostnader, kapitalkostnader och central reserv.")

    # Investeringsbudget
    d.add_page(orientation="P")
    d.h1("Investeringsbudget")
    d.p(f"Investeringsvolymen för 2025 uppgår till {fmt(INV_SUM[0])} miljoner kronor, vilket är den högsta "
        "nivån i kommunens historia. Den största enskilda investeringen är Ekbackeskolan med en total utgift "
        "på 265 miljoner kronor.")
    rows = []
    for r in INV:
        if r[0] == "S":
            rows.append(([r[1], "", "", "", ""], "S"))
        else:
            rows.append(([r[0]] + [fmt(x, dash_zero=True) for x in r[1]], ""))
    rows.append((["Totalt"] + [fmt(x) for x in INV_SUM], "B"))
    d.table("", "Belopp i mnkr", [["Projekt", "Budget 2025", "Plan 2026", "Plan 2027", "Total utgift"]],
            rows, [78, 23, 23, 23, 23],
            footnotes=["Total utgift avser hela projektets budget, inklusive utgifter före 2025 och efter 2027."])

    d.add_page()
    d.h1("Nämndernas uppdrag")
    d.h2("Barn- och skolnämnden")
    d.p("Nämnden ansvarar för förskola, grundskola, fritidshem och grundsärskola. Antalet barn i förskolan "
        "beräknas till 1 960 under 2025. Andelen elever i årskurs 9 som är behöriga till gymnasiets "
        "yrkesprogram ska öka från 84 till 88 procent.")
    d.h2("Socialnämnden")
    d.p("Nämnden ansvarar för äldreomsorg, funktionsstöd och individ- och familjeomsorg. Kostnaderna för "
        "externa placeringar av barn och unga uppgick till 46,3 miljoner kronor 2023 och ska minska till "
        "34 miljoner kronor 2025.")
    d.h2("Tekniska nämnden")
    d.p("Nämnden ansvarar för gator, parker, hamn, vatten och avlopp samt renhållning. VA-taxan höjs med "
        "8 procent från 1 januari 2025 för att finansiera ledningsförnyelse och det nya vattenverket.")
    d.h2("Kultur- och fritidsnämnden")
    d.p("Nämnden ansvarar för bibliotek, kulturskola, idrottsanläggningar och föreningsbidrag. Den nya "
        "idrottshallen vid Framnäs ska stå klar hösten 2026.")

    d.add_page()
    d.h1("Ordlista")
    for t, x in [("Avskrivningar", "Kostnad för värdeminskning av anläggningstillgångar."),
                 ("Balansbudget", "Visar tillgångar, avsättningar, skulder och eget kapital vid årets slut."),
                 ("Nettokostnad", "Kostnader efter avdrag för avgifter, ersättningar och riktade bidrag."),
                 ("Soliditet", "Eget kapital i förhållande till totala tillgångar."),
                 ("Självfinansieringsgrad", "Hur stor del av investeringarna som finansieras med egna medel.")]:
        d.set_font("DejaVu", "B", 10)
        d.cell(0, 6, t)
        d.ln(6)
        d.p(x)
    d.output(path)


# ---------------- Årsredovisning 2024 (utfall) ----------------
AR = {  # Utfall 2024, Budget 2024, Utfall 2023
    "int": [641.8, 624.0, 612.4], "kost": [-3011.5, -2998.0, -2891.6], "avskr": [-123.7, -125.0, -118.2],
    "skatt": [2004.9, 2012.0, 1928.3], "stb": [561.3, 559.5, 531.7],
    "finint": [13.6, 11.0, 14.2], "finkost": [-26.2, -28.5, -22.9],
}
AR_NETTO = [round(a + b + c, 1) for a, b, c in zip(AR["int"], AR["kost"], AR["avskr"])]
AR_RES = [round(n + s + g + fi + fk, 1) for n, s, g, fi, fk in
          zip(AR_NETTO, AR["skatt"], AR["stb"], AR["finint"], AR["finkost"])]
# Budgetavvikelse per nämnd 2024 (mnkr): budget, utfall
AVV = [("Kommunfullmäktige inkl. revision", 8.6, 8.3), ("Kommunstyrelsen", 182.4, 176.9),
       ("Barn- och skolnämnden", 1012.7, 1019.8), ("Utbildningsnämnden", 268.9, 266.1),
       ("Socialnämnden", 784.5, 803.2), ("Kultur- och fritidsnämnden", 104.3, 103.5),
       ("Bygg- och miljönämnden", 21.7, 20.9), ("Tekniska nämnden", 118.9, 121.4),
       ("Överförmyndarnämnden", 6.2, 6.6)]


def arsred_pdf(path):
    d = Doc("Årsredovisning 2024 | Lidköpings kommun", foot_style="num")
    d.set_title("Årsredovisning 2024")
    d.cover([("Årsredovisning 2024", 22, "B"), ("Lidköpings kommun", 16, ""),
             ("Godkänd av kommunfullmäktige 28 april 2025", 11, "I")])
    d.add_page()
    d.h1("Kommunstyrelsens ordförande har ordet")
    d.p(f"År 2024 blev ett år med stora utmaningar men också med ett starkt resultat. Kommunen redovisar ett "
        f"resultat på {fmt(AR_RES[0])} miljoner kronor, vilket är {fmt(AR_RES[0] - AR_RES[1])} miljoner kronor "
        "bättre än budget. Det beror framför allt på högre avgiftsintäkter och lägre kostnader inom "
        "kommunstyrelsen.")
    d.p("Socialnämnden redovisar ett underskott på 18,7 miljoner kronor, främst på grund av ökade kostnader "
        "för placeringar och hemtjänst. Barn- och skolnämnden gick 7,1 miljoner kronor back.")
    d.p("Under året invigdes det nya äldreboendet Ängsholmen med 60 platser, och 312 nya bostäder "
        "färdigställdes i kommunen.")
    d.p("Annika Lundqvist (M), kommunstyrelsens ordförande")

    d.add_page()
    d.h1("Förvaltningsberättelse")
    d.h2("Fem år i sammandrag")
    years = ["2020", "2021", "2022", "2023", "2024"]
    five = [("Antal invånare 31 december", [39618, 39840, 40031, 40156, 40327], 0),
            ("Kommunal skattesats, kr", [22.14, 22.14, 22.14, 22.14, 22.14], 2),
            ("Verksamhetens nettokostnader, mnkr", [-2105.3, -2182.6, -2296.0, NETTO[0], AR_NETTO[0]], 1),
            ("Årets resultat, mnkr", [71.4, 118.9, 84.2, RES[0], AR_RES[0]], 1),
            ("Nettoinvesteringar, mnkr", [214.8, 236.1, 265.7, 298.4, 341.6], 1),
            ("Soliditet, %", [41.2, 41.9, 41.0, 40.1, 39.6], 1),
            ("Antal tillsvidareanställda", [3512, 3548, 3601, 3633, 3618], 0)]
    rows = [([lab] + [fmt(v, dec) for v in vals], "") for lab, vals, dec in five]
    d.table("", "", [["", *years]], rows, [74, 19, 19, 19, 19, 19])
    d.p("Antalet invånare ökade med 171 personer under 2024. Ökningen beror främst på inflyttning från "
        "andra kommuner, medan födelsenettot var negativt.")
    d.h2("Väsentliga personalförhållanden")
    d.p("Den totala sjukfrånvaron bland kommunens medarbetare minskade från 7,4 procent 2023 till "
        "6,9 procent 2024. Målet om högst 6,5 procent nåddes därmed inte.")
    d.h2("Balanskravsresultat")
    d.p(f"Balanskravsresultatet för 2024 uppgår till {fmt(AR_RES[0] - 3.4)} miljoner kronor efter avdrag för "
        "realisationsvinster på 3,4 miljoner kronor. Kommunen uppfyller därmed balanskravet.")

    d.add_page()
    d.h1("Resultaträkning")
    hdr = [["", "Utfall 2024", "Budget 2024", "Utfall 2023"]]
    rows = []
    for lab, key, note in [("Verksamhetens intäkter", "int", "2"), ("Verksamhetens kostnader", "kost", "3"),
                           ("Avskrivningar", "avskr", "4")]:
        rows.append(([lab] + [fmt(v, neg="paren") for v in AR[key]], ""))
    rows.append((["Verksamhetens nettokostnader"] + [fmt(v, neg="paren") for v in AR_NETTO], "B"))
    for lab, key, note in [("Skatteintäkter", "skatt", "5"), ("Generella statsbidrag och utjämning", "stb", "6"),
                           ("Finansiella intäkter", "finint", "7"), ("Finansiella kostnader", "finkost", "8")]:
        rows.append(([lab] + [fmt(v, neg="paren") for v in AR[key]], ""))
    rows.append((["Årets resultat"] + [fmt(v, neg="paren") for v in AR_RES], "B"))
    d.table("", "Belopp i miljoner kronor", hdr, rows, [84, 28, 28, 28],
            footnotes=["Negativa belopp anges inom parentes."])

    d.h2("Nämndernas budgetavvikelse 2024")
    rows = []
    for n, b, u in AVV:
        rows.append(([n, fmt(b), fmt(u), fmt(b - u, neg="paren")], ""))
    tb, tu = round(sum(x[1] for x in AVV), 1), round(sum(x[2] for x in AVV), 1)
    rows.append((["Summa nämnder", fmt(tb), fmt(tu), fmt(tb - tu, neg="paren")], "B"))
    d.table("", "Nettokostnad, mnkr", [["Nämnd", "Budget", "Utfall", "Avvikelse"]], rows, [80, 28, 28, 28],
            footnotes=["Avvikelse = budget minus utfall. Underskott anges inom parentes."])

    d.add_page()
    d.h1("Investeringar")
    d.p("Nettoinvesteringarna uppgick till 341,6 miljoner kronor 2024, jämfört med en budget på 402,0 "
        "miljoner kronor. Genomförandegraden blev därmed 85 procent.")
    rows = [(["Äldreboendet Ängsholmen", "118,4", "112,0", "(6,4)"], ""),
            (["Vatten och avlopp, ledningsförnyelse", "54,2", "58,0", "3,8"], ""),
            (["Förskola Västra Ågatan", "12,6", "21,5", "8,9"], ""),
            (["Gatuunderhåll och beläggning", "21,9", "22,0", "0,1"], ""),
            (["Övriga projekt", "134,5", "188,5", "54,0"], ""),
            (["Summa", "341,6", "402,0", "60,4"], "B")]
    d.table("", "Mnkr", [["Projekt", "Utfall", "Budget", "Avvikelse"]], rows, [80, 28, 28, 28])
    d.h2("Revisionsberättelse")
    d.p("Revisorerna tillstyrker att kommunfullmäktige beviljar kommunstyrelsen, nämnderna och de enskilda "
        "ledamöterna ansvarsfrihet för 2024.")
    d.output(path)


def html_page(path):
    items = [("Förskola", 11.80), ("Grundskola och fritidshem", 22.40), ("Gymnasieskola och vuxenutbildning", 9.90),
             ("Äldreomsorg", 18.60), ("Stöd till personer med funktionsnedsättning", 10.30),
             ("Individ- och familjeomsorg", 6.70), ("Gator, parker och hamn", 4.20), ("Kultur och fritid", 4.00),
             ("Räddningstjänst", 1.90), ("Politisk verksamhet och administration", 5.60),
             ("Övrigt", 4.60)]
    assert round(sum(v for _, v in items), 2) == 100.0
    trs = "\n".join(f"        <tr><td>{n}</td><td>{fmt(v, 2)}</td></tr>" for n, v in items)
    html = f"""<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Så används din skatt - Lidköpings kommun</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/static/css/main.css">
</head>
<body>
<div id="cookie-banner" class="cookie-banner">
  <p>Vi använder kakor (cookies) för att webbplatsen ska fungera och för att förbättra din upplevelse.</p>
  <button>Godkänn alla</button> <button>Endast nödvändiga</button> <a href="/om-webbplatsen/kakor">Läs mer om kakor</a>
</div>
<header class="site-header">
  <a class="logo" href="/">Lidköpings kommun</a>
  <nav class="main-nav"><ul>
    <li><a href="/barn-och-utbildning">Barn och utbildning</a></li>
    <li><a href="/omsorg-och-stod">Omsorg och stöd</a></li>
    <li><a href="/bygga-bo-och-miljo">Bygga, bo och miljö</a></li>
    <li><a href="/kultur-och-fritid">Kultur och fritid</a></li>
    <li><a href="/kommun-och-politik">Kommun och politik</a></li>
  </ul></nav>
  <form class="search" action="/sok"><input type="search" name="q" placeholder="Sök på webbplatsen"></form>
</header>
<nav class="breadcrumbs"><a href="/">Startsida</a> › <a href="/kommun-och-politik">Kommun och politik</a> › <a href="/kommun-och-politik/ekonomi">Ekonomi</a> › Så används din skatt</nav>
<main>
  <article>
    <h1>Så används din skatt</h1>
    <p class="ingress">Av varje hundralapp du betalar i kommunalskatt går drygt 44 kronor till förskola och skola. Här ser du hur kommunen fördelar skattepengarna 2025.</p>
    <p>Kommunalskatten i Lidköping är 22,14 kronor per intjänad hundralapp 2025. Om du tjänar 35 000 kronor i månaden betalar du ungefär 7 700 kronor i kommunalskatt per månad.</p>
    <h2>Fördelning per 100 kronor i skatt 2025</h2>
    <table class="tax-table">
      <thead><tr><th>Verksamhet</th><th>Kronor av 100</th></tr></thead>
      <tbody>
{trs}
      </tbody>
      <tfoot><tr><td>Totalt</td><td>100,00</td></tr></tfoot>
    </table>
    <p>Utöver kommunalskatten betalar du regionskatt till Västra Götalandsregionen, 11,48 kronor, som främst går till hälso- och sjukvård och kollektivtrafik.</p>
    <h2>Avgifter finansierar en del</h2>
    <p>Vatten och avlopp, renhållning och fjärrvärme finansieras helt med avgifter och ingår inte i fördelningen ovan. Föräldraavgifter i förskolan täcker ungefär 6 procent av förskolans kostnader.</p>
    <p class="meta">Publicerad 2025-01-20. Senast uppdaterad 2025-02-04.</p>
    <p class="contact">Kontakt: Ekonomiavdelningen, ekonomi@lidkoping.se</p>
  </article>
</main>
<footer class="site-footer">
  <p>Lidköpings kommun, 531 88 Lidköping. Telefon 0510-77 00 00.</p>
  <ul><li><a href="/tillganglighet">Tillgänglighetsredogörelse</a></li><li><a href="/personuppgifter">Behandling av personuppgifter</a></li><li><a href="/om-webbplatsen/kakor">Kakor</a></li></ul>
  <p>© Lidköpings kommun</p>
</footer>
</body>
</html>
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(html)


def protokoll_docx(path):
    doc = docx.Document()
    set_docx_core(doc, "Protokoll kommunstyrelsen 2025-03-11", "Lidköpings kommun")
    doc.add_heading("Protokoll", 0)
    doc.add_paragraph("Kommunstyrelsen, Lidköpings kommun")
    doc.add_paragraph("Sammanträdesdatum: 2025-03-11")
    doc.add_paragraph("Plats och tid: Stadshuset, sammanträdesrum Kållandsö, kl. 08.30–12.15")
    doc.add_paragraph("Beslutande: Annika Lundqvist (M), ordförande, Jonas Ekström (C), förste vice "
                      "ordförande, Maria Hallberg (S), andre vice ordförande, samt ytterligare tio ledamöter "
                      "enligt närvarolista.")
    doc.add_paragraph("Justerare: Maria Hallberg (S)")
    doc.add_heading("§ 41 Val av justerare", 2)
    doc.add_paragraph("Kommunstyrelsen beslutar att utse Maria Hallberg (S) att jämte ordföranden justera "
                      "dagens protokoll.")
    doc.add_heading("§ 42 Ombudgetering av investeringsmedel från 2024 till 2025", 2)
    doc.add_paragraph("Ärendebeskrivning: Flera investeringsprojekt har inte slutförts under 2024. Nämnderna "
                      "har begärt att outnyttjade medel om totalt 38,6 miljoner kronor förs över till 2025.")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, txt in zip(t.rows[0].cells, ["Projekt", "Nämnd", "Begärt belopp, tkr", "Föreslaget belopp, tkr"]):
        c.text = txt
    rows = [("Förskola Västra Ågatan", "Barn- och skolnämnden", "8 900", "8 900"),
            ("Vatten och avlopp, ledningsförnyelse", "Tekniska nämnden", "3 800", "3 800"),
            ("Konstgräsplan Skogsvallen", "Kultur- och fritidsnämnden", "4 200", "2 500"),
            ("Välfärdsteknik", "Socialnämnden", "1 700", "1 700"),
            ("Exploatering Fiskartorpet", "Kommunstyrelsen", "20 000", "18 000"),
            ("Summa", "", "38 600", "34 900")]
    for r in rows:
        cells = t.add_row().cells
        for c, txt in zip(cells, r):
            c.text = txt
    doc.add_paragraph("Kommunstyrelsens förslag till beslut: Kommunfullmäktige beslutar att ombudgetera "
                      "34,9 miljoner kronor från 2024 till 2025 enligt tabellen ovan.")
    doc.add_paragraph("Reservation: Sverigedemokraterna reserverar sig mot beslutet till förmån för eget "
                      "yrkande om att inte ombudgetera medel till Exploatering Fiskartorpet.")
    doc.add_heading("§ 43 Avgifter för kulturskolan 2025", 2)
    doc.add_paragraph("Kultur- och fritidsnämnden föreslår att terminsavgiften i kulturskolan höjs från "
                      "550 kronor till 600 kronor från och med höstterminen 2025. Syskonrabatten på 50 procent "
                      "behålls.")
    doc.add_paragraph("Beslut: Kommunstyrelsen föreslår kommunfullmäktige att anta förslaget.")
    doc.add_paragraph("Reservation: Socialdemokraterna och Vänsterpartiet reserverar sig mot beslutet till "
                      "förmån för Maria Hallbergs (S) yrkande om oförändrad avgift.")
    doc.add_heading("§ 44 Uppdrag om solcellsanläggning på Stadens reningsverk", 2)
    doc.add_paragraph("Kommunstyrelsen beslutar att ge tekniska nämnden i uppdrag att utreda en "
                      "solcellsanläggning på reningsverkets tak. Utredningen ska redovisas senast "
                      "2025-10-31. Kostnaden för utredningen, högst 250 000 kronor, finansieras ur "
                      "kommunstyrelsens centrala reserv.")
    doc.add_heading("§ 45 Anmälan av delegationsbeslut", 2)
    doc.add_paragraph("Kommunstyrelsen beslutar att lägga redovisningen av delegationsbeslut till handlingarna.")
    p = doc.add_paragraph("Vid protokollet: Eva Sandberg, sekreterare")
    p.alignment = WD_ALIGN_PARAGRAPH.LEFT
    doc.save(path)
    normalize_zip(path)


def statistik_xlsx(path):
    wb = openpyxl.Workbook()
    set_xlsx_core(wb, "Kostnad per verksamhet", "Lidköpings kommun")
    ws = wb.active
    ws.title = "Kostnad per verksamhet"
    ws["A1"] = "Nettokostnad per verksamhet 2022–2024, Lidköpings kommun"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Belopp i tkr"
    ws.append([])
    ws.append(["Verksamhet", "2022", "2023", "2024", "Förändring 2023–2024, %"])
    data = [("Förskola", 298410, 312560, 322300), ("Grundskola inkl. förskoleklass", 561240, 589730, 608950),
            ("Fritidshem", 58320, 61180, 62440), ("Gymnasieskola", 221960, 231410, 236200),
            ("Äldreomsorg", 498730, 526410, 548970), ("Funktionsstöd (LSS/SoL)", 281450, 296820, 308140),
            ("Individ- och familjeomsorg", 138260, 151930, 158710), ("Kultur och fritid", 98420, 101730, 103050),
            ("Gator, vägar och parker", 82160, 85470, 88190)]
    for n, a, b, c in data:
        ws.append([n, a, b, c, round(100 * (c - b) / b, 1)])
    tot = [sum(x[i] for x in data) for i in (1, 2, 3)]
    ws.append(["Summa", tot[0], tot[1], tot[2], round(100 * (tot[2] - tot[1]) / tot[1], 1)])
    for row in ws.iter_rows(min_row=5, max_row=ws.max_row):
        for c in row[1:4]:
            c.number_format = "# ##0"
        row[4].number_format = "0.0"
    ws.column_dimensions["A"].width = 34
    ws2 = wb.create_sheet("Befolkning")
    ws2["A1"] = "Befolkning och nyckeltal, Lidköpings kommun"
    ws2["A1"].font = Font(bold=True, size=13)
    ws2["A2"] = "Antal personer respektive procent"
    ws2.append([])
    ws2.append(["År", "Invånare 31 dec", "Födda", "Döda", "Inflyttade", "Utflyttade", "Andel 80 år och äldre, %"])
    pop = [(2020, 39618, 402, 428, 2311, 2054, 6.1), (2021, 39840, 418, 417, 2296, 2075, 6.2),
           (2022, 40031, 389, 451, 2408, 2155, 6.4), (2023, 40156, 371, 446, 2367, 2167, 6.6),
           (2024, 40327, 365, 439, 2422, 2177, 6.8)]
    for r in pop:
        ws2.append(list(r))
    wb.save(path)
    normalize_zip(path)


def press_md(path):
    txt = """# Lidköpings kommun bygger ny idrottshall vid Framnäs

**Pressmeddelande 2025-02-18**

Kultur- och fritidsnämnden i Lidköping har beslutat att bygga en ny fullstor idrottshall vid Framnäs. Hallen ska stå klar till höstterminen 2026 och kommer att användas av både skolor och föreningar.

Den totala investeringen är 38 miljoner kronor. Av dessa är 24 miljoner budgeterade för 2025 och resterande 14 miljoner för 2026. Riksidrottsförbundets distrikt har dessutom beviljat ett bidrag på 1,2 miljoner kronor till utrustning för parasport.

– Det har varit brist på halltider i flera år. Med den nya hallen kan vi ge ungefär 40 föreningar fler tider på kvällar och helger, säger Henrik Blom (L), ordförande i kultur- och fritidsnämnden.

Hallen får läktare för 450 åskådare och byggs med solceller på taket. Driftkostnaden beräknas till 2,3 miljoner kronor per år, vilket ryms inom nämndens budgetram från 2027.

Byggstart planeras till maj 2025. Upphandlingen av entreprenör pågår och tilldelningsbeslut väntas i april.

## Fakta

| Uppgift | Värde |
|---|---|
| Total investering | 38 mnkr |
| Budget 2025 | 24 mnkr |
| Plan 2026 | 14 mnkr |
| Spelplan | 24 x 44 meter |
| Läktarplatser | 450 |
| Beräknad driftkostnad per år | 2,3 mnkr |

**Kontakt**
Henrik Blom (L), ordförande kultur- och fritidsnämnden, 0510-77 01 23
Sara Lindgren, fritidschef, 0510-77 02 45
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(txt)


def build(outdir):
    os.makedirs(outdir, exist_ok=True)
    budget_pdf(os.path.join(outdir, "mal-och-budget-2025-2027.pdf"))
    arsred_pdf(os.path.join(outdir, "arsredovisning-2024.pdf"))
    html_page(os.path.join(outdir, "sa-anvands-din-skatt.html"))
    protokoll_docx(os.path.join(outdir, "protokoll-kommunstyrelsen-2025-03-11.docx"))
    statistik_xlsx(os.path.join(outdir, "nettokostnad-per-verksamhet.xlsx"))
    press_md(os.path.join(outdir, "pressmeddelande-idrottshall-framnas.md"))
