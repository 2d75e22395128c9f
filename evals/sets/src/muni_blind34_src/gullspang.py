"""Gullspångs kommun: invented but internally consistent documents."""
import os
from pdfkit import Doc, fmt
from officekit import normalise_zip
import docx
from docx.shared import Pt
import openpyxl
from openpyxl.styles import Font

NAME = "Gullspångs kommun"
INV_2023 = 5250
SKATT = "22,29"


def r1(x):
    return round(x + 0.0, 1)


# ---------- Driftbudget per nämnd, mnkr (netto) ----------
NAMNDER = [
    # name, B2024, B2025, P2026, P2027
    ("Kommunfullmäktige och revision", 2.1, 2.2, 2.3, 2.3),
    ("Kommunstyrelsen", 68.4, 71.2, 72.5, 73.9),
    ("Barn- och utbildningsnämnden", 192.6, 198.3, 202.1, 206.0),
    ("Socialnämnden", 168.9, 176.4, 180.2, 184.7),
    ("Miljö- och byggnadsnämnden", 4.8, 5.0, 5.1, 5.2),
    ("Överförmyndaren", 1.3, 1.4, 1.4, 1.5),
]
NAMND_SUM = [r1(sum(n[i] for n in NAMNDER)) for i in range(1, 5)]

# ---------- Resultatbudget, mnkr ----------
YRS = ["Bokslut 2023", "Budget 2024", "Budget 2025", "Plan 2026", "Plan 2027"]
RB = {
    "Verksamhetens intäkter": [98.4, 92.0, 95.1, 96.8, 98.5],
    "Verksamhetens kostnader": [-541.3, -536.8, -558.3, -571.2, -584.9],
    "Avskrivningar": [-18.2, -19.5, -21.0, -22.4, -23.1],
    "Skatteintäkter": [318.5, 331.2, 345.6, 357.9, 370.4],
    "Generella statsbidrag och utjämning": [130.5, 146.0, 152.3, 154.1, 156.2],
    "Finansiella intäkter": [2.1, 1.5, 1.6, 1.6, 1.7],
    "Finansiella kostnader": [-4.3, -5.2, -5.6, -5.9, -6.1],
}
NETTOKOST = [r1(RB["Verksamhetens intäkter"][i] + RB["Verksamhetens kostnader"][i] + RB["Avskrivningar"][i]) for i in range(5)]
VRES = [r1(NETTOKOST[i] + RB["Skatteintäkter"][i] + RB["Generella statsbidrag och utjämning"][i]) for i in range(5)]
ARES = [r1(VRES[i] + RB["Finansiella intäkter"][i] + RB["Finansiella kostnader"][i]) for i in range(5)]

# ---------- Balansbudget, mnkr ----------
BYRS = ["Bokslut 2023", "Prognos 2024", "Budget 2025", "Plan 2026", "Plan 2027"]
ANL = [412.6, 438.9, 471.4, 490.2, 503.8]
OMS = [86.3, 79.1, 74.5, 76.0, 80.2]
EK = [196.4]
_prog24 = 7.6  # prognos 2024 årets resultat
EK.append(r1(EK[0] + _prog24))
for i in (2, 3, 4):
    EK.append(r1(EK[-1] + ARES[i]))
AVS = [24.8, 25.6, 26.3, 27.0, 27.6]
LFS = [168.0, 185.0, 208.0, 220.0, 226.0]
SUMT = [r1(ANL[i] + OMS[i]) for i in range(5)]
KFS = [r1(SUMT[i] - EK[i] - AVS[i] - LFS[i]) for i in range(5)]

# ---------- Investeringsbudget, tkr ----------
INV = [
    ("Ny förskola i Hova", 14000, 18500, 6000),
    ("Renovering av simhallen i Gullspång", 6500, 5500, 0),
    ("VA-ledningar Otterbäcken etapp 2", 4200, 3800, 1800),
    ("Gatubelysning, byte till LED", 1200, 800, 400),
    ("Digitala verktyg i skolan", 900, 600, 600),
    ("Fordon räddningstjänst", 3200, 0, 0),
    ("Lekplatser och utemiljö", 700, 700, 700),
    ("Reinvesteringar fastigheter", 5000, 5000, 5000),
]
INV_SUM = [sum(r[i] for r in INV) for i in (1, 2, 3)]


def budget_pdf(path):
    d = Doc("Gullspångs kommun – Mål och budget 2025 med plan 2026–2027", NAME + " | Mål och budget 2025")
    d.add_page()
    d.no_head = True
    d.ln(40)
    d.set_font("D", "B", 26)
    d.multi_cell(0, 12, "Mål och budget 2025\nmed plan för 2026–2027", new_x="LMARGIN", new_y="NEXT")
    d.ln(6)
    d.set_font("D", "", 12)
    d.multi_cell(0, 7, "Gullspångs kommun\nAntagen av kommunfullmäktige 2024-11-25, § 112\nDiarienummer KS 2024/214", new_x="LMARGIN", new_y="NEXT")
    d.no_head = False

    d.add_page()
    d.h1("Innehåll")
    d.p("1. Ordföranden har ordet\n2. Förutsättningar och omvärld\n3. Vision och mål\n4. Ekonomiska ramar och besparingar\n"
        "5. Resultatbudget\n6. Balansbudget\n7. Driftbudget per nämnd\n8. Investeringsbudget\n9. Nämndernas uppdrag\n10. Bilaga: nyckeltal")

    d.add_page()
    d.h1("1. Ordföranden har ordet")
    d.p("Gullspång är en kommun där närheten är vår styrka. Mellan Vänern och Skagern bor drygt 5 200 invånare "
        "som förtjänar en välskött kommun med goda verksamheter. Efter ett tufft 2023, då kommunens resultat blev "
        "-14,3 miljoner kronor, har vi tillsammans vänt utvecklingen. Prognosen för 2024 pekar nu på ett överskott, "
        "och budgeten för 2025 visar ett resultat på " + fmt(ARES[2]) + " miljoner kronor.")
    d.p("Vi föreslår en oförändrad skattesats på " + SKATT + " kronor per skattekrona. Samtidigt måste vi fortsätta "
        "att anpassa verksamheterna. Socialnämnden ska genomföra effektiviseringar om 4,7 miljoner kronor under 2025, "
        "främst genom en ny bemanningsmodell inom hemtjänsten och minskade kostnader för externa placeringar.")
    d.p("Trots ett stramt läge gör vi viktiga satsningar. Vi avsätter 700 000 kronor till sommarjobb för ungdomar, "
        "vi bygger en ny förskola i Hova och vi fortsätter att byta ut gamla VA-ledningar i Otterbäcken. "
        "Barn och unga ska ha bra förutsättningar i hela kommunen.")
    d.p("Jag vill tacka alla medarbetare för ett stort engagemang under ett krävande år.")
    d.p("Marita Lindqvist (S)\nKommunstyrelsens ordförande")

    d.add_page()
    d.h1("2. Förutsättningar och omvärld")
    d.p("Svensk ekonomi har under 2024 präglats av hög men fallande inflation och en svag arbetsmarknad. "
        "Sveriges Kommuner och Regioner (SKR) bedömer i sin oktoberprognos att skatteunderlaget växer med "
        "3,9 procent 2025. För Gullspångs del innebär det att skatteintäkterna ökar till " + fmt(RB['Skatteintäkter'][2]) +
        " mnkr 2025.")
    d.p("Befolkningen har minskat något de senaste åren. Den 31 december 2023 hade kommunen 5 250 invånare, "
        "vilket är 38 färre än året innan. Budgeten bygger på ett antagande om 5 230 invånare den 1 november 2024, "
        "som är det mått som styr skatteintäkterna 2025.")
    d.p("Pensionskostnaderna ökar kraftigt 2025 till följd av det nya pensionsavtalet och den höga inflationen "
        "under 2023. Kostnaden för pensioner beräknas till 31,2 miljoner kronor 2025, en ökning med 3,4 miljoner "
        "kronor jämfört med 2024.")
    d.h2("Känslighetsanalys")
    d.p("En procents förändring av skatteunderlaget motsvarar cirka 3,5 mnkr. En löneökning med en procent för "
        "samtliga anställda motsvarar cirka 3,1 mnkr. Tio invånare fler eller färre påverkar skatteintäkter och "
        "utjämning med cirka 0,6 mnkr.")

    d.add_page()
    d.h1("3. Vision och mål")
    d.p("Kommunfullmäktige har antagit visionen ”Gullspång – naturligt nära” för perioden 2023–2030. "
        "Visionen bryts ned i fyra målområden med tillhörande mål för mandatperioden.")
    d.h2("Målområde 1: Livslångt lärande")
    d.bullets(["Andelen elever i årskurs 9 som är behöriga till yrkesprogram ska öka till minst 85 procent 2026.",
               "Alla barn ska erbjudas förskoleplats inom fyra månader."])
    d.h2("Målområde 2: Trygg vård och omsorg")
    d.bullets(["Andelen brukare som är nöjda med hemtjänsten ska vara minst 90 procent.",
               "Antalet personer med försörjningsstöd ska minska."])
    d.h2("Målområde 3: Attraktiv kommun att bo och verka i")
    d.bullets(["Minst 20 nya bostäder ska färdigställas under mandatperioden.",
               "Företagsklimatet ska förbättras i Svenskt Näringslivs ranking."])
    d.h2("Målområde 4: God ekonomisk hushållning")
    d.bullets(["Årets resultat ska uppgå till minst 2 procent av skatteintäkter och generella statsbidrag i genomsnitt över en femårsperiod.",
               "Soliditeten ska öka och vara minst 40 procent 2027.",
               "Investeringar ska till minst 70 procent finansieras med egna medel."])

    d.add_page()
    d.h1("4. Ekonomiska ramar och besparingar")
    d.p("Nämndernas ramar för 2025 uppgår till totalt " + fmt(NAMND_SUM[1]) + " mnkr, vilket är en ökning med " +
        fmt(r1(NAMND_SUM[1] - NAMND_SUM[0])) + " mnkr jämfört med budget 2024. Ramarna har räknats upp med 2,8 procent "
        "för löner och 2,0 procent för övriga kostnader.")
    d.p("Utöver socialnämndens effektiviseringar ska barn- och utbildningsnämnden minska sina kostnader med "
        "2,1 miljoner kronor genom att samla skolskjutsorganisationen och se över lokalanvändningen. "
        "Kommunstyrelsen sparar 900 000 kronor på administration.")
    d.p("En central buffert för oförutsedda kostnader om 3,0 mnkr ligger under kommunstyrelsen. Bufferten får "
        "endast tas i anspråk efter beslut i kommunstyrelsen.")
    d.h2("Satsningar 2025")
    d.bullets(["Sommarjobb för ungdomar: 700 000 kronor.",
               "Utökad öppettid på biblioteket i Hova: 350 000 kronor.",
               "Förebyggande arbete mot ensamhet bland äldre: 1,2 miljoner kronor."])

    d.add_page()
    d.h1("5. Resultatbudget")
    d.caption("Tabell 1. Resultatbudget, belopp i mnkr")
    w = [58, 22, 22, 22, 22, 22]
    hdr = [["", "Bokslut", "Budget", "Budget", "Plan", "Plan"], ["Mnkr", "2023", "2024", "2025", "2026", "2027"]]
    rows = []
    for k in ("Verksamhetens intäkter", "Verksamhetens kostnader", "Avskrivningar"):
        rows.append([k] + [fmt(v) for v in RB[k]])
    rows.append(["Verksamhetens nettokostnader"] + [fmt(v) for v in NETTOKOST])
    for k in ("Skatteintäkter", "Generella statsbidrag och utjämning"):
        rows.append([k] + [fmt(v) for v in RB[k]])
    rows.append(["Verksamhetens resultat"] + [fmt(v) for v in VRES])
    for k in ("Finansiella intäkter", "Finansiella kostnader"):
        rows.append([k] + [fmt(v) for v in RB[k]])
    rows.append(["Årets resultat"] + [fmt(v) for v in ARES])
    d.table(hdr, rows, w, bold_rows=("Verksamhetens nettokostnader", "Verksamhetens resultat", "Årets resultat"))
    share = [r1(ARES[i] / (RB["Skatteintäkter"][i] + RB["Generella statsbidrag och utjämning"][i]) * 100) for i in range(5)]
    d.footnote("Resultatet i procent av skatteintäkter och generella statsbidrag: " +
               ", ".join(f"{YRS[i].split()[1]}: {fmt(share[i])} %" for i in range(5)) + ".")
    d.p("Budgeterat resultat 2025 motsvarar " + fmt(share[2]) + " procent av skatteintäkter och generella "
        "statsbidrag, vilket är nära det finansiella målet om 2 procent.")

    d.add_page()
    d.h1("6. Balansbudget")
    d.caption("Tabell 2. Balansbudget (mnkr)")
    hdr = [["", "Bokslut", "Prognos", "Budget", "Plan", "Plan"], ["", "2023", "2024", "2025", "2026", "2027"]]
    rows = [["Tillgångar", "", "", "", "", ""],
            ["Anläggningstillgångar"] + [fmt(v) for v in ANL],
            ["Omsättningstillgångar"] + [fmt(v) for v in OMS],
            ["Summa tillgångar"] + [fmt(v) for v in SUMT],
            ["Eget kapital, avsättningar och skulder", "", "", "", "", ""],
            ["Eget kapital"] + [fmt(v) for v in EK],
            ["Avsättningar"] + [fmt(v) for v in AVS],
            ["Långfristiga skulder"] + [fmt(v) for v in LFS],
            ["Kortfristiga skulder"] + [fmt(v) for v in KFS],
            ["Summa eget kapital och skulder"] + [fmt(v) for v in SUMT]]
    d.table(hdr, rows, [70, 20, 20, 20, 20, 20], bold_rows=("Summa tillgångar", "Summa eget kapital och skulder"),
            section_rows=("Tillgångar", "Eget kapital, avsättningar och skulder"))
    sol = [r1(EK[i] / SUMT[i] * 100) for i in range(5)]
    d.p("Soliditeten beräknas till " + fmt(sol[2]) + " procent 2025 och " + fmt(sol[4]) + " procent 2027. "
        "Upplåningen ökar med " + fmt(r1(LFS[2] - LFS[1]), 0) + " mnkr under 2025 för att finansiera förskolan i Hova och VA-investeringarna.")

    d.add_page()
    d.h1("7. Driftbudget per nämnd")
    d.p("Tabellen visar nämndernas nettokostnader (ramar). Kolumnen kr per invånare avser budget 2025 och bygger på "
        "5 230 invånare.")
    d.caption("Tabell 3. Driftbudget per nämnd, mnkr")
    hdr = [["", "Budget", "Budget", "Förändring", "Förändring", "Kr per inv.", "Plan", "Plan"],
           ["Nämnd", "2024", "2025", "mnkr", "%", "2025", "2026", "2027"]]
    rows = []
    for n in NAMNDER:
        ch = r1(n[2] - n[1])
        rows.append([n[0], fmt(n[1]), fmt(n[2]), fmt(ch), fmt(r1(ch / n[1] * 100)),
                     fmt(round(n[2] * 1e6 / 5230), 0), fmt(n[3]), fmt(n[4])])
    ch = r1(NAMND_SUM[1] - NAMND_SUM[0])
    rows.append(["Summa nämnder", fmt(NAMND_SUM[0]), fmt(NAMND_SUM[1]), fmt(ch), fmt(r1(ch / NAMND_SUM[0] * 100)),
                 fmt(round(NAMND_SUM[1] * 1e6 / 5230), 0), fmt(NAMND_SUM[2]), fmt(NAMND_SUM[3])])
    d.table(hdr, rows, [52, 15, 15, 19, 19, 19, 15, 15], bold_rows=("Summa nämnder",), size=8)
    d.footnote("Miljö- och byggnadsnämnden är gemensam med Töreboda kommun; beloppet avser Gullspångs andel. "
               "Kommunstyrelsens ram inkluderar central buffert om 3,0 mnkr.")

    d.add_page()
    d.h1("8. Investeringsbudget")
    d.p("Investeringsbudgeten för 2025 uppgår till " + fmt(INV_SUM[0] / 1000) + " mnkr. Den största enskilda "
        "investeringen är den nya förskolan i Hova med sex avdelningar. Den totala utgiften för förskolan beräknas "
        "till 38,5 miljoner kronor, varav 14,0 mnkr belastar 2025.")
    d.caption("Tabell 4. Investeringsbudget per projekt. Belopp i tkr")
    hdr = [["Projekt", "Budget 2025", "Plan 2026", "Plan 2027", "Summa"]]
    rows = [[r[0], fmt(r[1], 0), fmt(r[2], 0), fmt(r[3], 0), fmt(r[1] + r[2] + r[3], 0)] for r in INV]
    rows.append(["Totalt", fmt(INV_SUM[0], 0), fmt(INV_SUM[1], 0), fmt(INV_SUM[2], 0), fmt(sum(INV_SUM), 0)])
    d.table(hdr, rows, [70, 25, 25, 25, 25], bold_rows=("Totalt",))
    d.footnote("Förskolan i Hova har även en utgift om 6 000 tkr i budget 2024, som inte ingår i tabellen.")

    d.add_page()
    d.h1("9. Nämndernas uppdrag")
    texts = [
        ("Kommunstyrelsen", "Kommunstyrelsen leder och samordnar kommunens verksamhet och ansvarar för bland annat "
         "näringslivsfrågor, räddningstjänst, gator och vägar samt kommunens fastigheter. Under 2025 ska en ny "
         "översiktsplan tas fram."),
        ("Barn- och utbildningsnämnden", "Nämnden ansvarar för förskola, grundskola, gymnasieskola och vuxenutbildning. "
         "Antalet barn i förskolan väntas öka i Hova, medan elevantalet i grundskolan är oförändrat. "
         "Gymnasieeleverna studerar till största delen i Mariestad och Kristinehamn."),
        ("Socialnämnden", "Socialnämnden ansvarar för äldreomsorg, stöd till personer med funktionsnedsättning, "
         "individ- och familjeomsorg samt försörjningsstöd. Nämnden har ett underskott på 5,8 miljoner kronor i "
         "prognosen för 2024, främst inom externa placeringar."),
        ("Miljö- och byggnadsnämnden", "Nämnden är gemensam med Töreboda kommun och handlägger bygglov, "
         "livsmedelskontroll och miljötillsyn."),
    ]
    for h, t in texts:
        d.h2(h)
        d.p(t)
    for h, t in texts[:2]:
        d.p("Uppföljning av " + h.lower() + " sker i delårsrapporten per 31 augusti och i årsredovisningen.")

    d.add_page(orientation="L")
    d.h1("10. Bilaga: nyckeltal")
    d.caption("Tabell 5. Finansiella nyckeltal")
    hdr = [["Nyckeltal", "Bokslut 2023", "Budget 2024", "Budget 2025", "Plan 2026", "Plan 2027"]]
    rows = [["Årets resultat, mnkr"] + [fmt(v) for v in ARES],
            ["Resultat i % av skatter och bidrag"] + [fmt(v) for v in share],
            ["Nettoinvesteringar, mnkr", "41,9", "36,4", fmt(INV_SUM[0] / 1000), fmt(INV_SUM[1] / 1000), fmt(INV_SUM[2] / 1000)],
            ["Skattesats, kr", SKATT, SKATT, SKATT, SKATT, SKATT],
            ["Invånare 1 november", "5 288", "5 250", "5 230", "5 215", "5 200"]]
    d.table(hdr, rows, [95, 35, 35, 35, 35, 35])
    d.footnote("Invånarantalet avser den 1 november året före budgetåret.")
    d.output_to(path)


# ---------- Årsredovisning 2023 ----------
def arsred_pdf(path):
    d = Doc("Årsredovisning 2023 – Gullspångs kommun", "Gullspångs kommun | Årsredovisning 2023")
    d.add_page()
    d.no_head = True
    d.ln(40)
    d.set_font("D", "B", 26)
    d.multi_cell(0, 12, "Årsredovisning 2023", new_x="LMARGIN", new_y="NEXT")
    d.set_font("D", "", 12)
    d.multi_cell(0, 7, "Gullspångs kommun\nGodkänd av kommunfullmäktige 2024-04-22, § 41", new_x="LMARGIN", new_y="NEXT")
    d.no_head = False
    d.add_page()
    d.h1("Kommunstyrelsens ordförande har ordet")
    d.p("2023 blev ett ekonomiskt mycket svårt år för Gullspångs kommun. Årets resultat blev -14,3 miljoner kronor, "
        "jämfört med ett budgeterat resultat på 4,1 miljoner kronor. Den främsta orsaken var kraftigt ökade "
        "pensionskostnader och höga kostnader för placeringar av barn och unga.")
    d.p("Samtidigt har mycket gått bra. Den nya idrottshallen i Gullspång invigdes i augusti och 42 ungdomar fick "
        "sommarjobb genom kommunen. Sjukfrånvaron minskade till 7,9 procent.")
    d.p("Marita Lindqvist (S), kommunstyrelsens ordförande")
    d.add_page()
    d.h1("Förvaltningsberättelse")
    d.h2("Fem år i sammandrag")
    d.caption("Belopp i mnkr om inte annat anges")
    hdr = [["", "2019", "2020", "2021", "2022", "2023"]]
    rows = [["Antal invånare 31/12", "5 412", "5 369", "5 331", "5 288", "5 250"],
            ["Skattesats, kr", "22,29", "22,29", "22,29", "22,29", "22,29"],
            ["Verksamhetens nettokostnader", "-418,6", "-421,3", "-432,7", "-447,9", fmt(NETTOKOST[0])],
            ["Årets resultat", "6,2", "18,4", "21,7", "3,9", fmt(ARES[0])],
            ["Soliditet, %", "41,8", "43,2", "45,0", "44,1", fmt(r1(EK[0] / SUMT[0] * 100))],
            ["Nettoinvesteringar", "28,3", "31,0", "44,6", "52,8", "41,9"],
            ["Antal anställda", "598", "601", "607", "615", "612"]]
    d.table(hdr, rows, [70, 20, 20, 20, 20, 20])
    d.p("Kommunens invånarantal fortsatte att minska under 2023, med 38 personer. Antalet anställda var den "
        "31 december 612 personer, varav 81 procent kvinnor.")
    d.h2("Balanskravsresultat")
    d.p("Eftersom årets resultat är negativt uppfylls inte balanskravet. Balanskravsresultatet uppgår till "
        "-15,1 miljoner kronor efter justering för realisationsvinster om 0,8 miljoner kronor. Underskottet ska "
        "återställas senast 2026 enligt kommunfullmäktiges beslut.")
    d.add_page()
    d.h1("Resultaträkning")
    d.caption("Belopp i mnkr")
    hdr = [["", "Not", "Utfall", "Budget", "Utfall"], ["", "", "2023", "2023", "2022"]]
    rows = [["Verksamhetens intäkter", "1", fmt(RB["Verksamhetens intäkter"][0]), "90,2", "94,7"],
            ["Verksamhetens kostnader", "2", fmt(RB["Verksamhetens kostnader"][0]), "-520,1", "-525,1"],
            ["Avskrivningar", "3", fmt(RB["Avskrivningar"][0]), "-18,0", "-17,5"],
            ["Verksamhetens nettokostnader", "", fmt(NETTOKOST[0]), "-447,9", "-447,9"],
            ["Skatteintäkter", "4", fmt(RB["Skatteintäkter"][0]), "316,9", "306,2"],
            ["Generella statsbidrag och utjämning", "5", fmt(RB["Generella statsbidrag och utjämning"][0]), "137,4", "145,3"],
            ["Verksamhetens resultat", "", fmt(VRES[0]), "6,4", "3,6"],
            ["Finansiella intäkter", "6", fmt(RB["Finansiella intäkter"][0]), "1,5", "2,4"],
            ["Finansiella kostnader", "7", fmt(RB["Finansiella kostnader"][0]), "-3,8", "-2,1"],
            ["Årets resultat", "", fmt(ARES[0]), "4,1", "3,9"]]
    d.table(hdr, rows, [70, 12, 22, 22, 22], bold_rows=("Årets resultat",))
    d.add_page()
    d.h1("Driftredovisning per nämnd")
    d.caption("Nettokostnader, mnkr")
    hdr = [["Nämnd", "Budget 2023", "Utfall 2023", "Avvikelse"]]
    dr = [("Kommunfullmäktige och revision", 2.0, 1.8), ("Kommunstyrelsen", 64.9, 66.2),
          ("Barn- och utbildningsnämnden", 184.3, 188.9), ("Socialnämnden", 159.8, 171.4),
          ("Miljö- och byggnadsnämnden", 4.6, 4.4), ("Överförmyndaren", 1.2, 1.4)]
    rows = [[a, fmt(b), fmt(c), fmt(r1(b - c))] for a, b, c in dr]
    sb, su = r1(sum(x[1] for x in dr)), r1(sum(x[2] for x in dr))
    rows.append(["Summa", fmt(sb), fmt(su), fmt(r1(sb - su))])
    d.table(hdr, rows, [80, 28, 28, 28], bold_rows=("Summa",))
    d.p("Socialnämnden redovisar den största negativa avvikelsen, " + fmt(r1(159.8 - 171.4)) + " mnkr. "
        "Kostnaderna för externa placeringar inom individ- och familjeomsorgen blev 9,6 miljoner kronor högre än budgeterat.")
    d.output_to(path)


def html_page(path):
    rows = [("Förskola och skola", 37), ("Äldreomsorg", 22), ("Stöd och service till personer med funktionsnedsättning", 11),
            ("Individ- och familjeomsorg", 8), ("Gator, parker och räddningstjänst", 6), ("Kultur och fritid", 4),
            ("Politik och administration", 7), ("Näringsliv, bostäder och övrigt", 5)]
    assert sum(r[1] for r in rows) == 100
    trs = "\n".join(f"        <tr><td>{a}</td><td>{b} kr</td></tr>" for a, b in rows)
    html = f"""<!DOCTYPE html>
<html lang="sv">
<head><meta charset="utf-8"><title>Så används din skatt - Gullspångs kommun</title></head>
<body>
<div id="cookie-banner" class="cookie"><p>Vi använder kakor (cookies) för att förbättra webbplatsen. <a href="/kakor">Läs mer om kakor</a></p><button>Acceptera alla</button> <button>Endast nödvändiga</button></div>
<header><a href="/">Gullspångs kommun</a>
<nav><ul><li><a href="/omsorg">Omsorg och stöd</a></li><li><a href="/skola">Förskola och skola</a></li><li><a href="/bygga">Bygga, bo och miljö</a></li><li><a href="/kommun-och-politik">Kommun och politik</a></li></ul></nav>
<form><input type="search" placeholder="Sök på webbplatsen"></form></header>
<nav class="breadcrumbs"><a href="/">Start</a> / <a href="/kommun-och-politik">Kommun och politik</a> / <a href="/ekonomi">Ekonomi</a> / Så används din skatt</nav>
<main>
<h1>Så används din skatt</h1>
<p class="ingress">Kommunalskatten i Gullspång är {SKATT} kronor per hundralapp under 2025. Här kan du se hur varje hundralapp i skatt fördelas mellan kommunens verksamheter.</p>
<p>Den som tjänar 30 000 kronor i månaden betalar ungefär 5 900 kronor i kommunalskatt varje månad. Totalt beräknas skatteintäkterna till {fmt(RB['Skatteintäkter'][2])} miljoner kronor 2025.</p>
<h2>Så fördelas 100 kronor i skatt 2025</h2>
<table>
  <thead><tr><th>Verksamhet</th><th>Kronor av 100</th></tr></thead>
  <tbody>
{trs}
  </tbody>
</table>
<p>Utöver skatten finansieras verksamheten av statsbidrag, avgifter och hyror. Avgifterna för VA och avfall täcker kostnaderna för de verksamheterna och ingår därför inte i fördelningen.</p>
<h2>Regionens och kyrkans skatt</h2>
<p>Utöver kommunalskatten betalar du skatt till Västra Götalandsregionen, 11,48 kronor, och eventuellt kyrkoavgift. Regionen ansvarar för hälso- och sjukvård och kollektivtrafik.</p>
<p class="meta">Publicerad 2024-12-03. Senast uppdaterad 2025-01-15.</p>
<p class="meta">Sidansvarig: Ekonomiavdelningen</p>
</main>
<footer><p>Gullspångs kommun, Box 80, 548 22 Hova. Telefon 0506-360 00. kommun@gullspang.se</p><p><a href="/tillganglighet">Tillgänglighetsredogörelse</a> | <a href="/personuppgifter">Personuppgifter</a></p></footer>
</body>
</html>
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(html)


def protokoll_docx(path):
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    doc.add_heading("PROTOKOLL", level=1)
    doc.add_paragraph("Kommunstyrelsen, Gullspångs kommun")
    doc.add_paragraph("Sammanträdesdatum: 2024-11-06")
    doc.add_paragraph("Plats och tid: Kommunhuset i Hova, kl. 08.30–12.15")
    doc.add_paragraph("Beslutande: Marita Lindqvist (S), ordförande, Per-Olof Sandberg (C), vice ordförande, "
                      "Lena Åström (S), Anders Nyqvist (M), Jonas Brink (SD), Eva Karlén (KD), Tomas Hedin (V)")
    doc.add_paragraph("Justerare: Anders Nyqvist (M)")
    doc.add_heading("§ 176 Delårsrapport per 31 augusti 2024", level=2)
    doc.add_paragraph("Delårsrapporten visar ett resultat för perioden januari–augusti på 18,9 miljoner kronor. "
                      "Prognosen för helåret är ett resultat på 7,6 miljoner kronor, vilket är 1,6 miljoner kronor "
                      "lägre än budget.")
    doc.add_paragraph("Beslut: Kommunstyrelsen föreslår kommunfullmäktige att godkänna delårsrapporten.")
    doc.add_heading("§ 177 Mål och budget 2025 med plan 2026–2027", level=2)
    doc.add_paragraph("Ekonomichef Karin Sjöholm föredrar förslaget till mål och budget. Förslaget innebär "
                      "oförändrad skattesats, 22,29 kronor, och ramar för nämnderna enligt tabellen nedan.")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Nämnd", "Ram 2024, tkr", "Ram 2025, tkr", "Förändring, tkr"]):
        t.rows[0].cells[i].text = h
    for n in NAMNDER:
        c = t.add_row().cells
        c[0].text = n[0]
        c[1].text = fmt(n[1] * 1000, 0)
        c[2].text = fmt(n[2] * 1000, 0)
        c[3].text = fmt(round((n[2] - n[1]) * 1000), 0)
    c = t.add_row().cells
    c[0].text = "Summa"
    c[1].text = fmt(NAMND_SUM[0] * 1000, 0)
    c[2].text = fmt(NAMND_SUM[1] * 1000, 0)
    c[3].text = fmt(round((NAMND_SUM[1] - NAMND_SUM[0]) * 1000), 0)
    doc.add_paragraph("Yrkanden: Anders Nyqvist (M) yrkar att skattesatsen sänks med 10 öre till 22,19 kronor. "
                      "Ordföranden ställer förslagen mot varandra och finner att kommunstyrelsen bifaller "
                      "arbetsutskottets förslag.")
    doc.add_paragraph("Beslut: Kommunstyrelsen föreslår kommunfullmäktige att anta mål och budget 2025 med plan "
                      "2026–2027 samt att fastställa skattesatsen till 22,29 kronor.")
    doc.add_paragraph("Reservation: Anders Nyqvist (M) och Eva Karlén (KD) reserverar sig mot beslutet till "
                      "förmån för eget yrkande.")
    doc.add_heading("§ 178 Borgen till Gullspångsbostäder AB", level=2)
    doc.add_paragraph("Gullspångsbostäder AB har ansökt om utökad kommunal borgen för nybyggnation av 16 lägenheter "
                      "i Gullspångs tätort. Borgensramen föreslås utökas från 180 miljoner kronor till 205 miljoner kronor.")
    doc.add_paragraph("Beslut: Kommunstyrelsen föreslår kommunfullmäktige att utöka borgensramen till 205 miljoner kronor.")
    doc.add_paragraph("Reservation: Jonas Brink (SD) reserverar sig mot beslutet.")
    doc.add_heading("§ 179 Sommarjobb för ungdomar 2025", level=2)
    doc.add_paragraph("Kommunstyrelsen avsätter 700 000 kronor för sommarjobb 2025. Sommarjobben erbjuds ungdomar "
                      "födda 2008 och 2009 och omfattar tre veckor.")
    doc.add_paragraph("Beslut: Kommunstyrelsen beslutar enligt förslaget.")
    doc.add_paragraph("Vid protokollet: Sara Holm, sekreterare")
    doc.core_properties.author = "Gullspångs kommun"
    doc.core_properties.title = "Protokoll kommunstyrelsen 2024-11-06"
    doc.save(path)
    normalise_zip(path)


BEF = [  # år, folkmängd, födda, döda, inflyttade, utflyttade
    (2018, 5446, 44, 71, 298, 301), (2019, 5412, 46, 69, 281, 292), (2020, 5369, 41, 76, 265, 273),
    (2021, 5331, 43, 70, 270, 281), (2022, 5288, 39, 74, 262, 270), (2023, 5250, 40, 68, 249, 259),
]


def befolkning_xlsx(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Befolkning"
    ws["A1"] = "Befolkningsutveckling i Gullspångs kommun 2018–2023"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Antal personer. Folkmängd avser 31 december."
    hdr = ["År", "Folkmängd", "Födda", "Döda", "Inflyttade", "Utflyttade", "Förändring"]
    ws.append([])
    ws.append(hdr)
    for c in ws[4]:
        c.font = Font(bold=True)
    prev = 5470
    for r in BEF:
        ws.append(list(r) + [r[1] - prev])
        prev = r[1]
    ws.append([])
    ws.append(["Källa: SCB, befolkningsstatistik. Bearbetning: Gullspångs kommun."])
    ws2 = wb.create_sheet("Åldersgrupper")
    ws2["A1"] = "Folkmängd efter ålder, 31 december 2023"
    ws2["A1"].font = Font(bold=True, size=13)
    ws2["A2"] = "Antal personer och andel i procent"
    ws2.append([])
    ws2.append(["Åldersgrupp", "Kvinnor", "Män", "Totalt", "Andel %"])
    ages = [("0–5 år", 128, 139), ("6–15 år", 262, 281), ("16–19 år", 104, 117), ("20–64 år", 1187, 1303),
            ("65–79 år", 588, 603), ("80 år och äldre", 298, 240)]
    tot = sum(a + b for _, a, b in ages)
    assert tot == 5250, tot
    for n, a, b in ages:
        ws2.append([n, a, b, a + b, round((a + b) / tot * 100, 1)])
    ws2.append(["Totalt", sum(a for _, a, _ in ages), sum(b for _, _, b in ages), tot, 100.0])
    wb.properties.creator = "Gullspångs kommun"
    wb.save(path)
    normalise_zip(path)


def press_md(path):
    txt = """# Pressmeddelande: Byggstart för ny förskola i Hova

**Gullspångs kommun, 2025-02-10**

Nu startar bygget av den nya förskolan i Hova. Förskolan får sex avdelningar och plats för 108 barn och ska stå klar till höstterminen 2026.

– Vi har haft kö till förskolan i Hova i flera år. Nu får familjerna en modern förskola nära hemmet, säger Per-Olof Sandberg (C), ordförande i barn- och utbildningsnämnden.

Den totala budgeten för projektet är 38,5 miljoner kronor. Entreprenör är Skaraborgs Bygg AB, som vann upphandlingen med ett anbud på 31,2 miljoner kronor. Resterande del avser markarbeten, inventarier och projektledning.

Den nya förskolan ersätter förskolorna Solrosen och Lärkan, som har tillfälliga bygglov som går ut 2026. Byggnaden värms med bergvärme och får solceller på taket.

## Fakta

- Antal avdelningar: 6
- Antal platser: 108
- Total budget: 38,5 miljoner kronor
- Beräknad inflyttning: augusti 2026

**Kontakt:** Camilla Ek, förvaltningschef barn- och utbildningsförvaltningen, 0506-360 40
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(txt)


def build(outdir):
    os.makedirs(outdir, exist_ok=True)
    budget_pdf(os.path.join(outdir, "mal-och-budget-2025-2027.pdf"))
    arsred_pdf(os.path.join(outdir, "arsredovisning-2023.pdf"))
    html_page(os.path.join(outdir, "sa-anvands-din-skatt.html"))
    protokoll_docx(os.path.join(outdir, "protokoll-ks-2024-11-06.docx"))
    befolkning_xlsx(os.path.join(outdir, "befolkningsstatistik-2018-2023.xlsx"))
    press_md(os.path.join(outdir, "pressmeddelande-forskola-hova.md"))
