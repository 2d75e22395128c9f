"""Gagnefs kommun: Budget 2025 och plan 2026-2027, Delårsrapport jan-aug 2024, HTML, DOCX, XLSX, press."""
import os
from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font

from common import Doc, fmt, r1, save_docx, save_xlsx, docx_table

KSO = "Sofia Arnesson (S)"
P = "paren"

# Resultatbudget mnkr: bokslut 2023, prognos 2024, budget 2025, plan 2026, plan 2027
RB = {
    "int": [154.2, 160.5, 163.8, 167.1, 170.5],
    "kost": [-918.7, -963.3, -981.2, -1003.9, -1027.4],
    "avs": [-29.8, -31.6, -34.2, -36.9, -38.8],
    "skatt": [548.9, 573.1, 601.7, 621.4, 642.0],
    "gsb": [247.1, 258.1, 262.8, 268.5, 273.1],
    "fi": [1.9, 1.6, 1.5, 1.5, 1.5],
    "fk": [-4.6, -5.1, -6.8, -7.9, -8.6],
}
NK = [r1(RB["int"][i] + RB["kost"][i] + RB["avs"][i]) for i in range(5)]
VR = [r1(NK[i] + RB["skatt"][i] + RB["gsb"][i]) for i in range(5)]
RES = [r1(VR[i] + RB["fi"][i] + RB["fk"][i]) for i in range(5)]
assert NK[1] == -834.4 and NK[2] == -851.6, NK
assert RES[1] == -6.7 and RES[2] == 7.6, RES

# Driftbudget tkr: budget 2024, budget 2025, plan 2026, plan 2027
DRIFT = [
    ("Kommunstyrelsen", 98400, 101900, 103200, 105100),
    ("Bildningsnämnden", 389600, 401300, 408900, 417600),
    ("Socialnämnden", 318700, 333500, 342800, 352900),
    ("Miljö- och byggnadsnämnden", 9800, 10100, 10300, 10500),
    ("Revision", 1300, 1400, 1400, 1450),
    ("Överförmyndare i samverkan", 2100, 2300, 2350, 2400),
]
SUMS = [sum(d[k] for d in DRIFT) for k in (1, 2, 3, 4)]
NET_TKR = [823200, 851600, int(-NK[3] * 1000 + 0.5), int(-NK[4] * 1000 + 0.5)]
FIN = [NET_TKR[i] - SUMS[i] for i in range(4)]
assert SUMS[0] == 819900 and SUMS[1] == 850500, SUMS

# Delår: periods
DL = {  # utfall jan-aug 2024, utfall jan-aug 2023, prognos 2024, budget 2024, bokslut 2023
    "int": [108.9, 101.7, 160.5, 158.0, 154.2],
    "kost": [-630.2, -596.0, -963.3, -951.0, -918.7],
    "avs": [-20.6, -19.5, -31.6, -30.2, -29.8],
    "skatt": [381.8, 364.6, 573.1, 574.3, 548.9],
    "gsb": [170.6, 165.8, 258.1, 256.9, 247.1],
    "fi": [1.1, 1.2, 1.6, 1.5, 1.9],
    "fk": [-3.4, -3.3, -5.1, -5.0, -4.6],
}
DL_NK = [r1(DL["int"][i] + DL["kost"][i] + DL["avs"][i]) for i in range(5)]
DL_VR = [r1(DL_NK[i] + DL["skatt"][i] + DL["gsb"][i]) for i in range(5)]
DL_RES = [r1(DL_VR[i] + DL["fi"][i] + DL["fk"][i]) for i in range(5)]
assert DL_RES == [8.2, 14.5, -6.7, 4.5, -1.0], DL_RES
assert DL_NK[3] == -823.2
DL_NAMND = [  # budget 2024 mnkr, avvikelse
    ("Kommunstyrelsen", 98.4, 1.8),
    ("Bildningsnämnden", 389.6, -2.1),
    ("Socialnämnden", 318.7, -11.3),
    ("Miljö- och byggnadsnämnden", 9.8, 0.2),
    ("Revision", 1.3, 0.0),
    ("Överförmyndare i samverkan", 2.1, -0.3),
    ("Finansförvaltning", 3.3, 0.5),
]
assert r1(sum(x[2] for x in DL_NAMND)) == -11.2

INVEST = [  # tkr: projekt, 2025, 2026, 2027, note
    ("Ny skola i Djurås", 45000, 60000, 20000),
    ("Om- och tillbyggnad Mockfjärds förskola", 8500, 0, 0),
    ("Gång- och cykelväg Gagnef–Djurås", 6200, 4800, 0),
    ("Gatubelysning, byte till LED", 2400, 2400, 1500),
    ("Reinvestering gator och broar", 4500, 4500, 4800),
    ("Fordon hemtjänst (elbilar)", 1800, 900, 900),
    ("IT och digitalisering", 2600, 2400, 2400),
    ("Trygghetslarm och välfärdsteknik", 1100, 700, 700),
    ("Ridhus och friluftsområde Mockfjärd", 0, 3500, 0),
    ("Övriga mindre investeringar", 3000, 3000, 3000),
]
INV_TOT = [sum(x[k] for x in INVEST) for k in (1, 2, 3)]

BILD = [  # tkr budget 2024, 2025
    ("Nämnd och förvaltningsledning", 6200, 6300),
    ("Förskola", 78400, 80900),
    ("Fritidshem", 15900, 16200),
    ("Förskoleklass", 6800, 6900),
    ("Grundskola", 178300, 183600),
    ("Anpassad grundskola", 9400, 10100),
    ("Gymnasieskola", 66500, 68900),
    ("Vuxenutbildning", 8100, 7600),
    ("Kultur och bibliotek", 10600, 10700),
    ("Fritid och föreningsstöd", 9400, 10100),
]
assert sum(x[1] for x in BILD) == 389600 and sum(x[2] for x in BILD) == 401300
ELEVER = {  # år: förskola, grundskola F-9, gymnasieskola, kostnad per elev grundskola kr
    2020: (521, 1198, 402, 112400),
    2021: (509, 1211, 398, 116900),
    2022: (498, 1224, 411, 121300),
    2023: (487, 1219, 417, 127800),
    2024: (476, 1206, 423, 133500),
}


def build_budget(path):
    d = Doc("GAGNEFS KOMMUN", "Budget 2025 och plan 2026–2027")
    d.title_page(["Budget 2025", "och plan 2026–2027"],
                 ["Gagnefs kommun", "Beslutad av kommunfullmäktige 2024-11-25, § 87"])
    d.add_page()
    d.h1("Inledning")
    d.p("Gagnef är en kommun med närhet till både natur och arbetsmarknad. Många av våra invånare "
        "pendlar till Borlänge och Falun, och kommunen ska fortsätta vara en attraktiv plats att bo "
        "och växa upp i. Men vi måste också vara ärliga: 2024 går kommunen med underskott och "
        "kostnaderna inom socialtjänsten har ökat kraftigt.")
    d.p("Vi föreslår därför en skattehöjning med 35 öre till 22,39 kronor per skattekrona. "
        "Höjningen ger cirka 9,4 miljoner kronor i ökade skatteintäkter 2025. Utan höjningen hade vi "
        "tvingats till neddragningar i skola och omsorg som vi inte är beredda att göra.")
    d.p("Budgeten ger ett resultat på 7,6 miljoner kronor 2025, motsvarande 0,9 procent av skatter "
        "och generella statsbidrag. Vi har fortfarande en bit kvar till det finansiella målet, men "
        "riktningen är den rätta.")
    d.p("Den största investeringen i kommunens historia, den nya skolan i Djurås, börjar byggas "
        "under 2025. Skolan ska ta emot 450 elever från förskoleklass till årskurs 9.")
    d.p("Sofia Arnesson (S)\nKommunstyrelsens ordförande", style="I")
    d.add_page()
    d.h1("Förutsättningar")
    d.h2("Befolkning")
    d.p("Gagnefs kommun hade 10 214 invånare den 31 december 2023. Befolkningen har minskat något de "
        "senaste två åren, men kommunen räknar med en svag ökning till följd av nya bostadsområden i "
        "Djurås och Mockfjärd. Budgeten bygger på 10 230 invånare 2025.")
    d.h2("Samhällsekonomi")
    d.p("Skatteunderlaget väntas växa med 3,9 procent 2025 enligt SKR:s prognos från oktober 2024. "
        "Inflationen har sjunkit och Riksbanken har börjat sänka styrräntan, vilket på sikt minskar "
        "kommunens räntekostnader.")
    d.h2("Verksamhetens utmaningar")
    d.p("Socialnämnden har under 2024 haft stora kostnader för placeringar av barn och unga samt för "
        "insatser enligt LSS. Nämnden får ett utökat anslag om 8,5 miljoner kronor 2025 för hemtjänst "
        "och LSS. Bildningsnämnden ska samtidigt minska kostnaderna med 4,2 miljoner kronor, bland "
        "annat genom att samordna vuxenutbildningen med Borlänge kommun.")
    d.p("Personalförsörjningen är en utmaning, särskilt när det gäller legitimerade lärare, "
        "sjuksköterskor och socialsekreterare. Kommunen avsätter 1,2 miljoner kronor till en "
        "gemensam satsning på kompetensutveckling.")
    d.add_page()
    d.h1("Mål och styrning")
    d.p("Kommunfullmäktige har fastställt fyra inriktningsmål för mandatperioden 2023–2026:")
    d.bullets([
        "Gagnef ska vara en av Dalarnas bästa skolkommuner.",
        "Äldre och personer med funktionsnedsättning ska känna sig trygga och delaktiga.",
        "Gagnef ska växa med 300 invånare till 2030.",
        "Kommunen ska ha en hållbar ekonomi och vara en attraktiv arbetsgivare.",
    ])
    d.h2("Finansiella mål")
    d.bullets([
        "Årets resultat ska uppgå till minst 1,5 procent av skatteintäkter och generella statsbidrag.",
        "Investeringar ska till minst 70 procent finansieras med egna medel, räknat över en femårsperiod.",
        "Kommunens låneskuld ska inte överstiga 60 000 kronor per invånare.",
    ])
    d.p("Målet om självfinansiering kommer inte att nås under åren 2025–2026 på grund av skolbygget i "
        "Djurås. Kommunen behöver låna cirka 95 miljoner kronor under perioden.")
    d.add_page()
    d.h1("Nämndernas verksamhet")
    d.h2("Kommunstyrelsen")
    d.p("Kommunstyrelsen ansvarar för kommunledning, ekonomi, personal, IT, fastigheter och "
        "räddningstjänst genom Räddningstjänsten Dala Mitt. Avgiften till räddningstjänsten ökar "
        "med 0,9 miljoner kronor 2025.")
    d.h2("Bildningsnämnden")
    d.p("Bildningsnämnden ansvarar för förskola, grundskola, gymnasieskola, vuxenutbildning samt "
        "kultur och fritid. Antalet barn i förskolan minskar, och nämnden ska se över antalet "
        "avdelningar. Gymnasieeleverna går i huvudsak i Borlänge och Leksand, och interkommunala "
        "ersättningar är nämndens näst största kostnad.")
    d.h2("Socialnämnden")
    d.p("Socialnämnden ansvarar för vård och omsorg om äldre, stöd till personer med "
        "funktionsnedsättning, individ- och familjeomsorg samt försörjningsstöd. Under 2025 öppnar "
        "en ny gruppbostad enligt LSS med sex lägenheter i Mockfjärd.")
    d.h2("Miljö- och byggnadsnämnden")
    d.p("Miljö- och byggnadsnämnden handlägger bygglov och utövar tillsyn enligt miljöbalken och "
        "livsmedelslagen. Taxorna räknas upp med 3 procent 2025.")
    d.add_page()
    d.h1("Resultatbudget")
    d.caption("Belopp i miljoner kronor. Negativa belopp inom parentes.")
    w = [62, 21, 21, 21, 21, 21]
    hdr = hdr_ny = [["", "Bokslut", "Prognos", "Budget", "Plan", "Plan"],
           ["", "2023", "2024", "2025", "2026", "2027"]]

    def row(label, vals, style=""):
        return ([label] + [fmt(v, 1, P) for v in vals], style)
    rows = [
        row("Verksamhetens intäkter", RB["int"]),
        row("Verksamhetens kostnader", RB["kost"]),
        row("Avskrivningar", RB["avs"]),
        row("Verksamhetens nettokostnad", NK, "B"),
        row("Skatteintäkter", RB["skatt"]),
        row("Generella statsbidrag och utjämning", RB["gsb"]),
        row("Verksamhetens resultat", VR, "B"),
        row("Finansiella intäkter", RB["fi"]),
        row("Finansiella kostnader", RB["fk"]),
        row("Årets resultat", RES, "B"),
    ]
    d.table(w, hdr, rows)
    d.p("Skatteintäkterna 2025 bygger på en skattesats om 22,39 kronor och SKR:s prognos från "
        "oktober 2024. Prognosen för 2024 är hämtad från delårsrapporten per 31 augusti.", size=9)
    d.h1("Balansbudget")
    d.caption("Belopp i miljoner kronor")
    anl = [598.4]
    invs = [52.5] + [x / 1000 for x in INV_TOT]
    for i in range(4):
        anl.append(r1(anl[-1] + invs[i] + RB["avs"][i + 1]))
    oms = [121.6, 104.3, 98.7, 101.2, 103.9]
    tot = [r1(anl[i] + oms[i]) for i in range(5)]
    ek = [296.3]
    for i in range(1, 5):
        ek.append(r1(ek[-1] + RES[i]))
    avs = [31.2, 32.0, 33.1, 34.0, 35.2]
    kfs = [138.9, 141.5, 143.0, 145.2, 147.4]
    lfs = [r1(tot[i] - ek[i] - avs[i] - kfs[i]) for i in range(5)]
    rows = [
        row("Anläggningstillgångar", anl), row("Omsättningstillgångar", oms),
        row("Summa tillgångar", tot, "B"), row("Eget kapital", ek), row("Avsättningar", avs),
        row("Långfristiga skulder", lfs), row("Kortfristiga skulder", kfs),
        row("Summa eget kapital och skulder", tot, "B"),
        row("Soliditet (%)", [100 * ek[i] / tot[i] for i in range(5)]),
    ]
    d.table(w, hdr, rows)
    # landscape driftbudget
    d.add_page(orientation="L")
    d.h1("Driftbudget per nämnd")
    d.caption("Nettokostnader i tusentals kronor (tkr)")
    w = [80, 30, 30, 30, 30, 30, 30]
    hdr = [["Nämnd", "Budget", "Budget", "Plan", "Plan", "Förändring", "Förändring"],
           ["", "2024", "2025", "2026", "2027", "2024–2025", "%"]]
    rows = []
    for n, a, b, c, e in DRIFT:
        rows.append(([n, fmt(a, 0), fmt(b, 0), fmt(c, 0), fmt(e, 0), fmt(b - a, 0),
                      fmt(100 * (b - a) / a)], ""))
    rows.append((["Summa nämnder", *[fmt(v, 0) for v in SUMS], fmt(SUMS[1] - SUMS[0], 0),
                  fmt(100 * (SUMS[1] - SUMS[0]) / SUMS[0])], "B"))
    rows.append((["Finansförvaltning och gemensamma poster²", *[fmt(v, 0, P) for v in FIN],
                  fmt(FIN[1] - FIN[0], 0, P), fmt(100 * (FIN[1] - FIN[0]) / FIN[0], 1, P)], ""))
    rows.append((["Verksamhetens nettokostnad", *[fmt(v, 0) for v in NET_TKR],
                  fmt(NET_TKR[1] - NET_TKR[0], 0), fmt(100 * (NET_TKR[1] - NET_TKR[0]) / NET_TKR[0])], "B"))
    d.table(w, hdr, rows, size=9, rh=6.5)
    d.caption("² Avser bland annat pensionsutbetalningar, semesterlöneskuld och intern ränta. "
              "Ramarna för 2024 är justerade för den nya organisationen där kultur och fritid ingår i "
              "bildningsnämnden.")
    d.h1("Investeringsbudget")
    d.caption("Belopp i tkr")
    w = [96, 30, 30, 30, 34]
    hdr = [["Projekt", "Budget", "Plan", "Plan", "Summa"], ["", "2025", "2026", "2027", "2025–2027"]]
    rows = [([p, fmt(a, 0), fmt(b, 0), fmt(c, 0), fmt(a + b + c, 0)], "") for p, a, b, c in INVEST]
    rows.append((["Summa investeringar", *[fmt(v, 0) for v in INV_TOT], fmt(sum(INV_TOT), 0)], "B"))
    d.table(w, hdr, rows, size=9, rh=6.2, cont_title="Investeringsbudget (forts.), belopp i tkr")
    d.caption("Total projektbudget för den nya skolan i Djurås är 125 miljoner kronor, beslutad av "
              "kommunfullmäktige 2024-11-25 § 88.")
    d.add_page(orientation="P")
    d.h1("Ekonomiska nyckeltal")
    d.caption("Belopp i mnkr om inte annat anges")
    inv_n = [10214, 10220, 10230, 10250, 10270]
    netinv = [49.8, 52.5] + [x / 1000 for x in INV_TOT]
    w = [62, 21, 21, 21, 21, 21]
    rows = [
        (["Antal invånare (31 dec resp. antagande)"] + [fmt(v, 0) for v in inv_n], ""),
        row("Nettokostnad", [-x for x in NK]),
        (["Nettokostnad, kr per invånare"] + [fmt(-NK[i] * 1e6 / inv_n[i], 0) for i in range(5)], ""),
        row("Resultat i % av skatter och bidrag", [100 * RES[i] / (RB["skatt"][i] + RB["gsb"][i]) for i in range(5)]),
        row("Nettoinvesteringar", netinv),
        row("Självfinansieringsgrad, %", [100 * (RES[i] - RB["avs"][i]) / netinv[i] for i in range(5)]),
        (["Skattesats, kr"] + ["22,04", "22,04", "22,39", "22,39", "22,39"], ""),
    ]
    d.table(w, hdr_ny, rows)
    d.p("Självfinansieringsgraden beräknas som årets resultat plus avskrivningar i förhållande till "
        "nettoinvesteringarna. Låneskulden beräknas uppgå till 28 100 kronor per invånare vid utgången "
        "av 2025.")
    d.add_page()
    d.h1("Taxor och avgifter")
    d.p("Kommunfullmäktige fastställer taxor och avgifter i samband med budgeten. Maxtaxan i "
        "förskola och fritidshem följer Skolverkets beslut. Timtaxan för miljö- och byggnadsnämndens "
        "tillsyn höjs från 1 210 kronor till 1 250 kronor per timme 2025.")
    d.p("Avgiften för hemtjänst följer maxtaxan enligt socialtjänstlagen, som 2025 är 2 575 kronor "
        "per månad.")
    d.h1("Uppföljning")
    d.p("Nämnderna följer upp ekonomin månadsvis och rapporterar till kommunstyrelsen efter mars, "
        "april, augusti (delårsrapport) och oktober. Nämnd som prognostiserar ett underskott ska "
        "samtidigt redovisa en åtgärdsplan.")
    d.add_page()
    d.h1("Ordlista")
    for a, b in [("Avskrivning", "Värdeminskning av anläggningstillgångar som fördelas över nyttjandetiden."),
                 ("Balanskrav", "Kommunallagens krav på att intäkterna ska överstiga kostnaderna."),
                 ("Driftbudget", "Budget för den löpande verksamhetens intäkter och kostnader."),
                 ("Generella statsbidrag", "Statsbidrag som inte är knutna till en viss verksamhet, inklusive kommunalekonomisk utjämning."),
                 ("Nettokostnad", "Kostnader minus intäkter, det vill säga den del som finansieras med skatt."),
                 ("Soliditet", "Eget kapital i förhållande till totala tillgångar. Visar den långsiktiga betalningsförmågan."),
                 ("Självfinansieringsgrad", "Andelen av investeringarna som kan betalas med egna medel.")]:
        d.h2(a)
        d.p(b)
    d.output(path)


def build_delar(path):
    d = Doc("Gagnefs kommun", "Delårsrapport januari–augusti 2024")
    d.title_page(["Delårsrapport", "januari–augusti 2024"], ["Gagnefs kommun", "Kommunstyrelsen 2024-09-24"])
    d.add_page()
    d.h1("Sammanfattning")
    d.p("Periodens resultat uppgår till 8,2 miljoner kronor (14,5 miljoner kronor samma period 2023). "
        "Helårsprognosen visar ett underskott om 6,7 miljoner kronor, vilket är 11,2 miljoner kronor "
        "sämre än budget.")
    d.p("Den största avvikelsen finns inom socialnämnden, som prognostiserar ett underskott om 11,3 "
        "miljoner kronor. Underskottet beror främst på externa placeringar av barn och unga samt på "
        "ökade kostnader för personlig assistans.")
    d.p("Kommunstyrelsen har beslutat om en åtgärdsplan som ska minska kostnaderna med 8,0 miljoner "
        "kronor på helårsbasis. Planen innehåller bland annat ett anställningsstopp för tjänster som "
        "inte är direkt verksamhetskritiska.")
    d.h2("Investeringar")
    d.p("Under perioden har 31,4 miljoner kronor investerats av årets budget på 68,0 miljoner "
        "kronor. Prognosen för helåret är 52,5 miljoner kronor.")
    d.h2("Personal")
    d.p("Sjukfrånvaron under perioden var 6,8 procent, jämfört med 7,3 procent under samma period "
        "föregående år. Antalet månadsanställda var 842 den 31 augusti 2024.")
    d.add_page()
    d.h1("Resultaträkning")
    d.caption("Belopp i mnkr")
    w = [50, 24, 24, 24, 24, 24]
    hdr = [["", "Utfall", "Utfall", "Prognos", "Budget", "Bokslut"],
           ["", "jan–aug", "jan–aug", "2024", "2024", "2023"],
           ["", "2024", "2023", "", "", ""]]

    def row(label, vals, style=""):
        return ([label] + [fmt(v, 1, "–") for v in vals], style)
    rows = [
        row("Verksamhetens intäkter", DL["int"]), row("Verksamhetens kostnader", DL["kost"]),
        row("Avskrivningar", DL["avs"]), row("Verksamhetens nettokostnad", DL_NK, "B"),
        row("Skatteintäkter", DL["skatt"]), row("Generella statsbidrag", DL["gsb"]),
        row("Verksamhetens resultat", DL_VR, "B"), row("Finansiella intäkter", DL["fi"]),
        row("Finansiella kostnader", DL["fk"]), row("Periodens/årets resultat", DL_RES, "B"),
    ]
    d.table(w, hdr, rows, size=8)
    d.h1("Nämndernas prognos")
    d.caption("Nettokostnad, mnkr. Avvikelse mot budget; negativt värde innebär underskott.")
    w = [70, 30, 30, 30]
    hdr = [["Nämnd", "Budget 2024", "Prognos 2024", "Avvikelse"]]
    rows = [([n, fmt(b), fmt(b - a), fmt(a, 1, "–")], "") for n, b, a in DL_NAMND]
    tb = r1(sum(x[1] for x in DL_NAMND))
    ta = r1(sum(x[2] for x in DL_NAMND))
    rows.append((["Totalt", fmt(tb), fmt(tb - ta), fmt(ta, 1, "–")], "B"))
    d.table(w, hdr, rows)
    d.add_page()
    d.h1("Måluppfyllelse")
    d.p("Av de fyra inriktningsmålen bedöms ett uppnås under året och tre delvis. Det finansiella "
        "målet om ett resultat på minst 1,5 procent av skatteintäkter och generella statsbidrag "
        "bedöms inte uppnås 2024.")
    d.p("Meritvärdet i årskurs 9 blev 221,4 poäng, vilket är en förbättring med 6,2 poäng jämfört "
        "med 2023.")
    d.h1("Händelser av väsentlig betydelse")
    d.bullets([
        "Upphandlingen av totalentreprenaden för den nya skolan i Djurås påbörjades i juni.",
        "Gagnefs kommun tog emot 2,1 miljoner kronor i statsbidrag för ökad bemanning i äldreomsorgen.",
        "En ny överenskommelse om gemensam överförmyndare med Borlänge kommun gäller från 1 juli 2024.",
    ])
    d.output(path)


HTML = """<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Fullmäktige har antagit budget 2025 | Gagnefs kommun</title>
<style>.cookie{position:fixed;bottom:0}</style>
<script src="/js/analytics.js"></script>
</head>
<body>
<div class="cookie" role="dialog" aria-label="Kakor">
<p>Gagnef.se använder kakor för statistik och för att webbplatsen ska fungera.</p>
<a href="/om-webbplatsen/kakor">Inställningar</a> <button>Acceptera</button>
</div>
<header>
<a class="brand" href="/">Gagnefs kommun</a>
<nav aria-label="Huvudmeny">
<a href="/barn-och-utbildning">Barn och utbildning</a>
<a href="/omsorg-och-hjalp">Omsorg och hjälp</a>
<a href="/bo-och-bygga">Bo och bygga</a>
<a href="/naringsliv">Näringsliv och arbete</a>
<a href="/kommun-och-politik">Kommun och politik</a>
</nav>
</header>
<main id="content">
<nav class="crumbs">Start / Nyheter / Fullmäktige har antagit budget 2025</nav>
<article class="news">
<h1>Fullmäktige har antagit budget 2025 – skatten höjs med 35 öre</h1>
<p class="date">Publicerad 2024-11-26</p>
<p class="lead">Kommunfullmäktige i Gagnef antog på måndagskvällen budgeten för 2025. Kommunalskatten höjs med 35 öre till 22,39 kronor.</p>
<p>Beslutet om skattesatsen fattades efter omröstning, med 21 röster mot 14. Socialdemokraterna, Centerpartiet och Vänsterpartiet röstade för höjningen medan Moderaterna, Sverigedemokraterna och Kristdemokraterna röstade emot.</p>
<p>För en person med en månadsinkomst på 35 000 kronor innebär höjningen ungefär 105 kronor mer i skatt per månad.</p>
<h2>Så fördelas pengarna</h2>
<table>
<thead>
<tr><th>Nämnd</th><th>Budget 2024 (mnkr)</th><th>Budget 2025 (mnkr)</th></tr>
</thead>
<tbody>
{rows}
</tbody>
</table>
<p>Socialnämnden får den största ökningen i kronor räknat. Pengarna ska bland annat gå till hemtjänsten och till en ny gruppbostad i Mockfjärd.</p>
<h2>Ny skola i Djurås</h2>
<p>Fullmäktige beslutade också om en projektbudget på 125 miljoner kronor för den nya skolan i Djurås. Byggstart planeras till våren 2025 och skolan ska vara klar till höstterminen 2027.</p>
<p>Läs hela budgetdokumentet under <a href="/kommun-och-politik/ekonomi">Ekonomi</a>.</p>
</article>
<aside><h2>Relaterat</h2><ul><li><a href="#">Delårsrapport januari–augusti 2024</a></li><li><a href="#">Kommunfullmäktiges sammanträden</a></li></ul></aside>
</main>
<footer>
<p>Gagnefs kommun · 785 80 Gagnef · Telefon 0241-150 00 · gagnefs.kommun@gagnef.se</p>
<p><a href="/tillganglighet">Tillgänglighet</a> · <a href="/kakor">Kakor</a> · Senast uppdaterad 2024-11-27</p>
</footer>
</body>
</html>
"""


def build_html(path):
    rows = "\n".join(f"<tr><td>{n}</td><td>{fmt(a / 1000)}</td><td>{fmt(b / 1000)}</td></tr>"
                     for n, a, b, _, _ in DRIFT)
    rows += f"\n<tr><td>Summa nämnder</td><td>{fmt(SUMS[0] / 1000)}</td><td>{fmt(SUMS[1] / 1000)}</td></tr>"
    with open(path, "w", encoding="utf-8") as f:
        f.write(HTML.replace("{rows}", rows))


def build_docx(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)
    doc.add_heading("Sammanträdesprotokoll", level=0)
    doc.add_paragraph("Kommunfullmäktige, Gagnefs kommun")
    doc.add_paragraph("Datum: 2024-11-25, kl. 18.30–22.05")
    doc.add_paragraph("Plats: Gagnefs kommunhus, fullmäktigesalen, Djurås")
    doc.add_paragraph("Ordförande: Bengt Olausson (S)   Sekreterare: Ida Karlsson")
    doc.add_paragraph("Närvarande ledamöter: 35 av 35")

    doc.add_heading("§ 85 Delårsrapport januari–augusti 2024", level=2)
    doc.add_paragraph("Kommunstyrelsen har överlämnat delårsrapporten. Helårsprognosen visar ett "
                      "underskott om 6,7 miljoner kronor. Revisorerna bedömer att resultatet i "
                      "delårsrapporten inte är förenligt med de finansiella mål som fullmäktige beslutat.")
    doc.add_paragraph("Beslut: Kommunfullmäktige godkänner delårsrapporten.")

    doc.add_heading("§ 86 Skattesats för 2025", level=2)
    doc.add_paragraph("Kommunstyrelsen föreslår att skattesatsen för 2025 höjs med 35 öre till 22,39 kronor.")
    doc.add_paragraph("Yrkanden: Sofia Arnesson (S) yrkar bifall till kommunstyrelsens förslag. "
                      "Göran Stenberg (M) yrkar att skattesatsen ska vara oförändrad, 22,04 kronor.")
    doc.add_paragraph("Omröstning: Omröstning begärs. 21 ledamöter röstar ja (bifall till kommunstyrelsens "
                      "förslag) och 14 ledamöter röstar nej (bifall till Göran Stenbergs yrkande).")
    doc.add_paragraph("Beslut: Kommunfullmäktige fastställer skattesatsen för 2025 till 22,39 kronor per skattekrona.")
    doc.add_paragraph("Reservation: Moderaterna, Sverigedemokraterna och Kristdemokraterna reserverar sig "
                      "mot beslutet till förmån för Göran Stenbergs yrkande.")

    doc.add_heading("§ 87 Budget 2025 och plan 2026–2027", level=2)
    doc.add_paragraph("Kommunstyrelsen har lämnat förslag till budget 2025 och plan 2026–2027 med ett "
                      "budgeterat resultat om 7,6 miljoner kronor 2025.")
    doc.add_paragraph("Beslut: Kommunfullmäktige fastställer budget 2025 och plan 2026–2027 samt ramar per "
                      "nämnd enligt kommunstyrelsens förslag. Kommunstyrelsen får under 2025 nyupplåna "
                      "högst 55 miljoner kronor.")
    doc.add_paragraph("Reservation: Göran Stenberg (M) och Lena Åhs (KD) reserverar sig till förmån för "
                      "den gemensamma oppositionsbudgeten.")

    doc.add_heading("§ 88 Projektbudget för ny skola i Djurås", level=2)
    doc.add_paragraph("Bildningsnämnden och kommunstyrelsen föreslår en projektbudget för den nya F–9-skolan "
                      "i Djurås. Kalkylen framgår av tabellen nedan (belopp i tkr).")
    items = [("Projektering och utredningar", 6500), ("Byggentreprenad", 98000), ("Inventarier och IT", 5500),
             ("Utemiljö och skolgård", 7000), ("Oförutsett", 8000)]
    rows = [(a, fmt(b, 0)) for a, b in items]
    rows.append(("Summa projektbudget", fmt(sum(b for _, b in items), 0)))
    docx_table(doc, ["Post", "Belopp (tkr)"], rows)
    doc.add_paragraph("")
    doc.add_paragraph("Beslut: Kommunfullmäktige fastställer projektbudgeten för ny skola i Djurås till "
                      "125 000 tkr. Den gamla Djurås skola ska rivas efter att den nya skolan tagits i bruk.")
    doc.add_paragraph("Reservation: Sverigedemokraternas ledamöter reserverar sig mot beslutet.")

    doc.add_heading("§ 89 Motion om avgiftsfri kollektivtrafik för pensionärer", level=2)
    doc.add_paragraph("Lena Åhs (KD) har motionerat om avgiftsfri kollektivtrafik för invånare över 75 år. "
                      "Kostnaden har beräknats till cirka 1,4 miljoner kronor per år.")
    doc.add_paragraph("Beslut: Kommunfullmäktige avslår motionen.")
    doc.add_paragraph("Justeringsdatum: 2024-11-29")
    save_docx(doc, path, "Ida Karlsson")


def build_xlsx(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Budget per verksamhet"
    ws.append(["Bildningsnämnden – nettokostnad per verksamhet, budget 2025"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(["Belopp i tkr"])
    ws.append(["Verksamhet", "Budget 2024", "Budget 2025", "Förändring", "Förändring %"])
    for c in ws[3]:
        c.font = Font(bold=True)
    for n, a, b in BILD:
        ws.append([n, a, b, b - a, r1(100 * (b - a) / a)])
    a = sum(x[1] for x in BILD)
    b = sum(x[2] for x in BILD)
    ws.append(["Summa bildningsnämnden", a, b, b - a, r1(100 * (b - a) / a)])
    ws2 = wb.create_sheet("Barn och elever")
    ws2.append(["Antal barn och elever i Gagnefs kommun (hösten respektive år)"])
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.append(["Antal barn/elever; kostnad i kronor per elev"])
    ws2.append(["År", "Barn i förskola", "Elever grundskola F–9", "Elever gymnasieskola", "Kostnad per elev grundskola (kr)"])
    for c in ws2[3]:
        c.font = Font(bold=True)
    for y in sorted(ELEVER):
        ws2.append([y, *ELEVER[y]])
    ws2.append(["Gymnasieelever avser folkbokförda elever oavsett skola."])
    save_xlsx(wb, path, "Bildningsförvaltningen Gagnef")


def build_press(path):
    txt = """PRESSMEDDELANDE
Gagnefs kommun 2024-09-24

Gagnefs kommun prognostiserar underskott – åtgärdsplan beslutad

Gagnefs kommun beräknas gå med ett underskott på 6,7 miljoner kronor för 2024. Det visar delårsrapporten för januari–augusti som kommunstyrelsen behandlade i dag. Budgeten för året var ett överskott på 4,5 miljoner kronor.

Orsaken är framför allt kraftigt ökade kostnader inom socialnämnden, som prognostiserar ett underskott på 11,3 miljoner kronor mot budget.

"Vi tar det här på största allvar. Åtgärdsplanen ska minska kostnaderna med 8 miljoner kronor på helårsbasis, men vi kommer också att behöva se över intäktssidan inför 2025", säger Sofia Arnesson (S), kommunstyrelsens ordförande.

Åtgärdsplanen i korthet:
- anställningsstopp från den 1 oktober 2024 för tjänster som inte är verksamhetskritiska
- minskad användning av konsulter och bemanningsföretag
- översyn av externa placeringar inom individ- och familjeomsorgen
- senarelagda investeringar för cirka 15 miljoner kronor

Periodens resultat till och med augusti är 8,2 miljoner kronor.

Delårsrapporten behandlas av kommunfullmäktige den 25 november 2024.

För mer information:
Sofia Arnesson (S), kommunstyrelsens ordförande, 0241-150 10
Marie Lundgren, ekonomichef, 0241-152 30
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(txt)


def build(outdir):
    os.makedirs(outdir, exist_ok=True)
    build_budget(os.path.join(outdir, "budget-2025-plan-2026-2027.pdf"))
    build_delar(os.path.join(outdir, "delarsrapport-jan-aug-2024.pdf"))
    build_html(os.path.join(outdir, "nyhet-budget-2025-antagen.html"))
    build_docx(os.path.join(outdir, "kf-protokoll-2024-11-25.docx"))
    build_xlsx(os.path.join(outdir, "bildningsnamnden-verksamheter.xlsx"))
    build_press(os.path.join(outdir, "pressmeddelande-delarsrapport-2024.txt"))
