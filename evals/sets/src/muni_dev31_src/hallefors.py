"""Hällefors kommun: documents."""
import os
import docx
from docx.shared import Pt
import openpyxl
from common import Doc, fmt, fix_zip

INV = 6780
YEARS = ["Utfall 2023", "Prognos 2024", "Budget 2025", "Plan 2026", "Plan 2027"]
BASE = {
    "int": [142.6, 148.3, 151.0, 153.2, 155.8],
    "kost": [-718.4, -745.9, -768.2, -786.5, -805.1],
    "avs": [-24.1, -25.8, -27.4, -29.0, -30.3],
    "skatt": [372.4, 386.9, 401.5, 415.2, 429.8],
    "bidr": [238.7, 247.3, 256.8, 262.1, 268.4],
    "finint": [3.1, 2.8, 2.5, 2.5, 2.5],
    "finkost": [-5.6, -6.9, -7.6, -8.4, -9.1],
}
def rb():
    b = BASE
    n = len(YEARS)
    nk = [round(b["int"][i] + b["kost"][i] + b["avs"][i], 1) for i in range(n)]
    vr = [round(nk[i] + b["skatt"][i] + b["bidr"][i], 1) for i in range(n)]
    ar = [round(vr[i] + b["finint"][i] + b["finkost"][i], 1) for i in range(n)]
    pct = [round(100 * ar[i] / (b["skatt"][i] + b["bidr"][i]), 1) for i in range(n)]
    return nk, vr, ar, pct

NAMND = [  # name, budget 2024, budget 2025 (mnkr)
    ("Kommunstyrelsen", 74.9, 78.4),
    ("Barn- och utbildningsnämnden", 190.2, 198.6),
    ("Socialnämnden", 244.7, 256.3),
    ("Samhällsbyggnadsnämnden", 41.8, 43.2),
    ("Kultur- och fritidsnämnden", 21.3, 22.1),
    ("Revision och överförmyndare", 2.6, 2.7),
]
INVEST = [  # section, name, 2025, 2026, 2027 (mnkr)
    ("Skattefinansierat", "Ny förskola i Grythyttan", 18.5, 12.0, 0.0),
    ("Skattefinansierat", "Renovering av Hällefors simhall", 9.2, 4.0, 0.0),
    ("Skattefinansierat", "Gång- och cykelväg Storgatan", 3.1, 0.0, 0.0),
    ("Skattefinansierat", "IT-investeringar", 2.4, 2.4, 2.4),
    ("Skattefinansierat", "Övriga reinvesteringar", 5.0, 5.0, 5.0),
    ("Avgiftsfinansierat (VA)", "VA-ledningar Sikfors", 6.8, 7.5, 5.0),
    ("Avgiftsfinansierat (VA)", "Reservvattentäkt Hammarn", 2.0, 6.5, 8.0),
]


def budget_pdf(path):
    nk, vr, ar, pct = rb()
    d = Doc("Hällefors kommun – Mål och budget 2025 med plan för 2026–2027")
    d.add_page()
    d.ln(60)
    d.set_font("D", "B", 26)
    d.multi_cell(0, 12, "Mål och budget 2025\nmed plan för 2026–2027", align="C", new_x="LMARGIN", new_y="NEXT")
    d.ln(8)
    d.set_font("D", "", 12)
    d.multi_cell(0, 7, "Hällefors kommun\nAntagen av kommunfullmäktige 2024-11-26, § 112", align="C", new_x="LMARGIN", new_y="NEXT")

    d.add_page()
    d.h1("Innehåll")
    for t, pg in [("Förord", 3), ("Omvärld och förutsättningar", 4), ("Vision och mål", 5),
                  ("Ekonomiska ramar och effektiviseringar", 6), ("Resultatbudget", 7),
                  ("Balansbudget och kassaflödesbudget", 8), ("Driftbudget per nämnd", 9),
                  ("Investeringsbudget", 10), ("Nämndernas uppdrag", 12), ("Bilaga: Skattesats och nyckeltal", 13)]:
        d.p(f"{t} ........ {pg}")

    d.add_page()
    d.h1("Förord")
    d.p("Hällefors står inför några år där ekonomin kräver noggranna prioriteringar. Befolkningen har minskat "
        "under lång tid och andelen äldre ökar, samtidigt som kostnaderna för räntor, energi och löner har stigit. "
        "Trots detta lägger vi fram en budget med ett positivt resultat och med fortsatta satsningar på barn, unga och äldre.")
    d.p("Budgeten för 2025 bygger på en oförändrad skattesats på 22,84 kronor per skattekrona. Vi har valt att inte "
        "höja skatten, utan i stället genomföra effektiviseringar i hela organisationen. Det budgeterade resultatet "
        "för 2025 är 8,6 miljoner kronor, vilket motsvarar 1,3 procent av skatteintäkter och generella statsbidrag.")
    d.p("Den största enskilda investeringen är den nya förskolan i Grythyttan som ska stå klar hösten 2026. "
        "Vi avsätter också 700 000 kronor per år till feriearbeten för ungdomar, så att alla som söker ska få ett sommarjobb.")
    d.p("Jag vill tacka alla medarbetare som varje dag gör Hällefors till en bättre plats att leva och bo i.")
    d.p("Annika Strand (S)\nKommunstyrelsens ordförande")

    d.add_page()
    d.h1("Omvärld och förutsättningar")
    d.p("Sveriges Kommuner och Regioner (SKR) bedömer att skatteunderlaget växer långsammare under 2025 än under de "
        "senaste åren. Inflationen har sjunkit men kostnadsnivån ligger kvar på en högre nivå, särskilt för "
        "livsmedel, energi och entreprenader.")
    d.p(f"Hällefors kommun hade {fmt(INV, 0)} invånare den 1 november 2023. Befolkningsprognosen pekar på en fortsatt "
        "svag minskning, till omkring 6 650 invånare år 2027. Antalet invånare över 80 år väntas öka med 9 procent fram till 2030.")
    d.p("Pensionskostnaderna ökar under planperioden efter avtalet om ny pensionsplan (AKAP-KR). Kommunen har också "
        "ökade kostnader för försörjningsstöd, som under 2023 uppgick till 14,2 miljoner kronor.")
    d.h2("Planeringsförutsättningar")
    d.p("Budgeten bygger på SKR:s skatteunderlagsprognos från oktober 2024. Löneökningar har beräknats till 3,4 procent "
        "för 2025 och 3,2 procent för 2026 och 2027. Internräntan är 2,5 procent.")

    d.add_page()
    d.h1("Vision och mål")
    d.p("Vision: ”Hällefors – en plats för alla, mitt i Bergslagen.”")
    d.p("Kommunfullmäktige har beslutat om fem mål för mandatperioden 2023–2026:")
    for g in ["1. Fler elever ska vara behöriga till gymnasiet. Målvärdet är 85 procent år 2026.",
              "2. Äldre ska känna sig trygga med hemtjänsten. Målvärdet för nöjdhet är minst 90 procent.",
              "3. Företagsklimatet ska förbättras. Kommunen ska nå plats 150 eller bättre i Svenskt Näringslivs ranking.",
              "4. Kommunens energianvändning i egna lokaler ska minska med 15 procent till 2027 jämfört med 2022.",
              "5. Sjukfrånvaron bland medarbetarna ska vara högst 7,0 procent."]:
        d.p(g)
    d.h2("Finansiella mål")
    d.p("Årets resultat ska uppgå till minst 1 procent av skatteintäkter och generella statsbidrag i genomsnitt under "
        "planperioden. Skattefinansierade investeringar ska finansieras med egna medel till minst 70 procent. "
        "Soliditeten inklusive pensionsförpliktelser ska förbättras varje år.")

    d.add_page()
    d.h1("Ekonomiska ramar och effektiviseringar")
    d.p("För att nå det finansiella målet har nämnderna fått i uppdrag att effektivisera verksamheten. Totalt omfattar "
        "effektiviseringarna 9,8 miljoner kronor för 2025.")
    d.p("Socialnämnden ska minska sina kostnader med 4,7 miljoner kronor, främst genom färre externa placeringar inom "
        "individ- och familjeomsorgen och ett nytt schemaläggningssystem i hemtjänsten. Socialnämnden redovisade ett "
        "underskott på -14,3 miljoner kronor för 2023, och nämndens ram har därför räknats upp med 11,6 miljoner kronor till 2025.")
    d.p("Barn- och utbildningsnämnden ska effektivisera med 2,9 miljoner kronor genom att samla förskoleverksamheten i "
        "Hällefors tätort i färre och större enheter. Kommunstyrelsen ska minska kostnaderna för konsulter med 1,2 miljoner "
        "kronor och samhällsbyggnadsnämnden ska spara 1,0 miljoner kronor på lokalvård och fastighetsunderhåll.")
    d.p("Samtidigt görs riktade satsningar: 1,5 miljoner kronor till fler lärare i lågstadiet, 700 000 kronor till "
        "feriearbeten och 450 000 kronor till ett nytt fritidsgårdsprojekt i Grythyttan.")

    d.add_page()
    d.h1("Resultatbudget")
    d.p("Resultatbudgeten visar kommunens intäkter och kostnader. Det budgeterade resultatet för 2025 är positivt.")
    hdr1 = ["Belopp i mnkr", "Not", "Utfall", "Prognos", "Budget", "Plan", "Plan"]
    hdr2 = ["", "", "2023", "2024", "2025", "2026", "2027"]
    W = [56, 10, 21, 21, 21, 21, 20]
    B = BASE
    def row(lbl, note, vals):
        return [lbl, note] + [fmt(v) for v in vals]
    rows = [row("Verksamhetens intäkter", "1", B["int"]), row("Verksamhetens kostnader", "2", B["kost"]),
            row("Avskrivningar", "3", B["avs"]), row("Verksamhetens nettokostnader", "", nk),
            row("Skatteintäkter", "4", B["skatt"]), row("Generella statsbidrag och utjämning", "4", B["bidr"]),
            row("Verksamhetens resultat", "", vr), row("Finansiella intäkter", "", B["finint"]),
            row("Finansiella kostnader", "5", B["finkost"]), row("Årets resultat", "", ar),
            row("Resultat i % av skatter och bidrag", "", pct)]
    d.table(W, [hdr1, hdr2], rows, caption="Tabell 1. Resultatbudget",
            bold_rows=("Verksamhetens nettokostnader", "Verksamhetens resultat", "Årets resultat"))
    d.small("Not 1. Inklusive taxor, avgifter och riktade statsbidrag. Not 2. Inklusive personalkostnader och "
            "pensionskostnader. Not 3. Planenliga avskrivningar enligt komponentmetoden. Not 4. Enligt SKR:s prognos "
            "oktober 2024. Not 5. Räntekostnader för lån i Kommuninvest.")

    d.add_page()
    d.h1("Balansbudget och kassaflödesbudget")
    W2 = [70, 25, 25, 25, 25]
    h1 = ["Belopp i mnkr", "Bokslut", "Budget", "Plan", "Plan"]
    h2 = ["", "2023", "2025", "2026", "2027"]
    bal = [("TILLGÅNGAR", None),
           ("Anläggningstillgångar", [512.3, 561.8, 565.3, 549.4]),
           ("Omsättningstillgångar", [96.4, 82.0, 80.5, 81.2]),
           ("Summa tillgångar", [608.7, 643.8, 645.8, 630.6]),
           ("EGET KAPITAL OCH SKULDER", None),
           ("Eget kapital", [198.5, 213.8, 222.9, 234.9]),
           ("Avsättningar", [38.2, 40.1, 41.9, 43.5]),
           ("Långfristiga skulder", [245.0, 268.0, 262.0, 232.0]),
           ("Kortfristiga skulder", [127.0, 121.9, 119.0, 120.2]),
           ("Summa eget kapital och skulder", [608.7, 643.8, 645.8, 630.6])]
    rows = [[l] + ([fmt(v) for v in vals] if vals else ["", "", "", ""]) for l, vals in bal]
    d.table(W2, [h1, h2], rows, caption="Tabell 2. Balansbudget",
            bold_rows=("Summa tillgångar", "Summa eget kapital och skulder"))
    d.p("Soliditeten beräknas till 33,2 procent vid utgången av 2025.")
    kf = [("Årets resultat", [8.6, 9.1, 12.0]), ("Justering för avskrivningar", [27.4, 29.0, 30.3]),
          ("Medel från den löpande verksamheten", [36.0, 38.1, 42.3]),
          ("Investeringar", [-47.0, -37.4, -20.4]), ("Nyupptagna lån", [12.0, 0.0, 0.0]),
          ("Amortering", [0.0, -6.0, -30.0]), ("Årets kassaflöde", [1.0, -5.3, -8.1])]
    rows = [[l] + [fmt(v, neg="–") for v in vals] for l, vals in kf]
    d.table([80, 30, 30, 30], [["Belopp i mnkr", "Budget 2025", "Plan 2026", "Plan 2027"]], rows,
            caption="Tabell 3. Kassaflödesbudget", bold_rows=("Årets kassaflöde",))

    d.add_page()
    d.h1("Driftbudget per nämnd")
    d.p("Tabellen visar nämndernas nettokostnadsramar. Kolumnen längst till höger anger ramen för 2025 i kronor per invånare.")
    s24 = round(sum(n[1] for n in NAMND), 1); s25 = round(sum(n[2] for n in NAMND), 1)
    fin24 = round(618.2 - s24, 1); fin25 = round(-nk[2] - s25, 1)
    rows = []
    for n, a, b in NAMND:
        rows.append([n, fmt(a), fmt(b), fmt(round(b - a, 1)), fmt(round(b * 1e6 / INV), 0)])
    rows.append(["Summa nämnder", fmt(s24), fmt(s25), fmt(round(s25 - s24, 1)), fmt(round(s25 * 1e6 / INV), 0)])
    rows.append(["Finansförvaltning", fmt(fin24), fmt(fin25), fmt(round(fin25 - fin24, 1)), fmt(round(fin25 * 1e6 / INV), 0)])
    rows.append(["Verksamhetens nettokostnader", fmt(618.2), fmt(-nk[2]), fmt(round(-nk[2] - 618.2, 1)), fmt(round(-nk[2] * 1e6 / INV), 0)])
    d.table([66, 24, 24, 24, 32], [["Nettokostnad", "Budget", "Budget", "Förändring", "kr per"],
                                   ["Belopp i mnkr", "2024", "2025", "", "invånare"]], rows,
            caption="Tabell 4. Driftbudget per nämnd", bold_rows=("Summa nämnder", "Verksamhetens nettokostnader"))
    d.small("Finansförvaltningen omfattar pensioner, semesterlöneskuld och central lönepott. "
            f"Kronor per invånare är beräknat på {fmt(INV, 0)} invånare.")

    d.add_page()
    d.h1("Investeringsbudget")
    d.p("Investeringsbudgeten för 2025 uppgår till 47,0 miljoner kronor, varav 8,8 miljoner kronor avser den "
        "avgiftsfinansierade VA-verksamheten. Därtill har tekniska förvaltningen en ombudgetering från 2024 på "
        "2,3 miljoner kronor för Storgatan som inte ingår i tabellen.")
    d.ln(95)
    ih = [["Belopp i mnkr", "Budget 2025", "Plan 2026", "Plan 2027"]]
    IW = [80, 30, 30, 30]
    secs = {}
    for s, n, a, b, c in INVEST:
        secs.setdefault(s, []).append((n, a, b, c))
    first = list(secs.items())[0]
    rows = [[first[0], "", "", ""]] + [[n, fmt(a, dash0=True), fmt(b, dash0=True), fmt(c, dash0=True)] for n, a, b, c in first[1][:3]]
    d.table(IW, ih, rows, caption="Tabell 5. Investeringsbudget")
    d.add_page()
    rows = [[n, fmt(a, dash0=True), fmt(b, dash0=True), fmt(c, dash0=True)] for n, a, b, c in first[1][3:]]
    sk = [round(sum(x[i] for x in first[1]), 1) for i in (1, 2, 3)]
    rows.append(["Summa skattefinansierat"] + [fmt(v) for v in sk])
    sec2 = list(secs.items())[1]
    rows.append([sec2[0], "", "", ""])
    rows += [[n, fmt(a), fmt(b), fmt(c)] for n, a, b, c in sec2[1]]
    va = [round(sum(x[i] for x in sec2[1]), 1) for i in (1, 2, 3)]
    rows.append(["Summa avgiftsfinansierat"] + [fmt(v) for v in va])
    rows.append(["Totalt investeringar"] + [fmt(round(a + b, 1)) for a, b in zip(sk, va)])
    d.table(IW, ih, rows, caption="Tabell 5. Investeringsbudget (forts.)",
            bold_rows=("Summa skattefinansierat", "Summa avgiftsfinansierat", "Totalt investeringar"))
    d.small("– = inget belopp budgeterat.")

    d.add_page()
    d.h1("Nämndernas uppdrag")
    d.h2("Kommunstyrelsen")
    d.p("Kommunstyrelsen ska under 2025 ta fram en ny näringslivsstrategi och samordna arbetet med den nya "
        "översiktsplanen. Kommundirektör är Mikael Berglund.")
    d.h2("Barn- och utbildningsnämnden")
    d.p("Nämnden ska öka andelen behöriga elever till gymnasiet. År 2023 var andelen 76 procent. Ordförande i "
        "nämnden är Lena Kjellberg (C).")
    d.h2("Socialnämnden")
    d.p("Socialnämnden ska minska kostnaderna för externa placeringar och utveckla hemtjänsten med digitala "
        "tillsynsbesök. Ordförande i nämnden är Göran Ek (S).")
    d.h2("Samhällsbyggnadsnämnden")
    d.p("Nämnden ansvarar för gator, parker, fastigheter och bygglov. Under 2025 ska energieffektiviseringen av "
        "Klockarskolan genomföras.")
    d.h2("Kultur- och fritidsnämnden")
    d.p("Nämnden ska tillsammans med föreningslivet utveckla friluftslivet kring Sikfors och driva Hällefors bibliotek.")

    d.add_page()
    d.h1("Bilaga: Skattesats och nyckeltal")
    d.p("Den kommunala skattesatsen för 2025 är 22,84 kronor per hundra kronor beskattningsbar inkomst, oförändrad "
        "jämfört med 2024. Tillsammans med regionskatten i Region Örebro län på 12,30 kronor blir den totala "
        "skattesatsen 35,14 kronor.")
    d.table([70, 30, 30, 30], [["Nyckeltal", "2023", "2024", "2025"]],
            [["Skattesats, kr", "22,84", "22,84", "22,84"],
             ["Invånare 1 nov föregående år", "6 842", "6 780", "6 735"],
             ["Nettokostnad, kr per invånare", "87 679", "91 947", "95 709"],
             ["Soliditet, %", "32,6", "32,9", "33,2"]],
            caption="Tabell 6. Nyckeltal")
    d.output(path)


def ar_pdf(path):
    nk, vr, ar, pct = rb()
    d = Doc("Hällefors kommun – Årsredovisning 2023")
    d.add_page()
    d.ln(70)
    d.set_font("D", "B", 26)
    d.multi_cell(0, 12, "Årsredovisning 2023", align="C", new_x="LMARGIN", new_y="NEXT")
    d.set_font("D", "", 12)
    d.multi_cell(0, 7, "Hällefors kommun", align="C", new_x="LMARGIN", new_y="NEXT")
    d.add_page()
    d.h1("Kommunstyrelsens ordförande har ordet")
    d.p("2023 blev ett år med stora utmaningar men också med ett positivt resultat. Årets resultat blev 8,7 miljoner "
        "kronor, vilket är 3,2 miljoner kronor bättre än budget. Det förklaras främst av högre skatteintäkter och "
        "statsbidrag än väntat.")
    d.p("Socialnämnden redovisade ett underskott mot budget, främst på grund av kostsamma externa placeringar av barn "
        "och unga. Vi har under hösten inlett ett arbete för att vända utvecklingen.")
    d.p("Annika Strand (S), kommunstyrelsens ordförande")
    d.h1("Förvaltningsberättelse i sammandrag")
    d.p("Kommunen hade 712 tillsvidareanställda medarbetare den 31 december 2023. Sjukfrånvaron var 7,8 procent, "
        "en minskning från 8,4 procent året innan.")
    d.p("Investeringarna uppgick till 38,6 miljoner kronor, jämfört med budgeterade 52,0 miljoner kronor. "
        "Den lägre investeringstakten beror på att upphandlingen av förskolan i Grythyttan försenades.")
    d.add_page()
    d.h1("Nämndernas budgetavvikelse")
    rows = [["Kommunstyrelsen", "71,2", "69,5", "1,7"],
            ["Barn- och utbildningsnämnden", "184,6", "183,1", "1,5"],
            ["Socialnämnden", "226,4", "240,7", "(14,3)"],
            ["Samhällsbyggnadsnämnden", "40,5", "39,9", "0,6"],
            ["Kultur- och fritidsnämnden", "20,8", "20,6", "0,2"],
            ["Revision och överförmyndare", "2,5", "2,4", "0,1"],
            ["Summa nämnder", "546,0", "556,2", "(10,2)"]]
    d.table([72, 30, 30, 30], [["Nettokostnad, mnkr", "Budget 2023", "Utfall 2023", "Avvikelse"]], rows,
            caption="Tabell 1. Nämndernas nettokostnad och avvikelse mot budget", bold_rows=("Summa nämnder",))
    d.small("Negativa avvikelser anges inom parentes.")
    d.h1("Resultaträkning")
    rr = [["Verksamhetens intäkter", "135,9", "142,6"], ["Verksamhetens kostnader", "-690,1", "-718,4"],
          ["Avskrivningar", "-22,7", "-24,1"], ["Verksamhetens nettokostnader", "-576,9", "-599,9"],
          ["Skatteintäkter", "353,0", "372,4"], ["Generella statsbidrag och utjämning", "226,5", "238,7"],
          ["Finansiella intäkter", "2,4", "3,1"], ["Finansiella kostnader", "-3,9", "-5,6"],
          ["Årets resultat", "1,1", "8,7"]]
    d.table([90, 35, 35], [["Mnkr", "2022", "2023"]], rr, caption="Tabell 2. Resultaträkning",
            bold_rows=("Årets resultat",))
    # landscape five-year overview
    d.add_page(orientation="L")
    d.h1("Femårsöversikt")
    yrs = ["2019", "2020", "2021", "2022", "2023"]
    fo = [["Antal invånare 31 dec", "7 043", "6 983", "6 921", "6 838", "6 771"],
          ["Skattesats, kr", "22,84", "22,84", "22,84", "22,84", "22,84"],
          ["Årets resultat, mnkr", "4,2", "19,6", "24,1", "1,1", "8,7"],
          ["Nettoinvesteringar, mnkr", "41,0", "35,2", "44,8", "47,3", "38,6"],
          ["Soliditet inkl. pensionsåtaganden, %", "6,1", "9,0", "12,4", "12,0", "13,5"],
          ["Antal tillsvidareanställda", "745", "738", "729", "720", "712"]]
    d.table([110, 30, 30, 30, 30, 30], [["Nyckeltal"] + yrs], fo, caption="Tabell 3. Femårsöversikt")
    d.add_page(orientation="P")
    d.h1("Revisionsberättelse")
    d.p("Revisorerna tillstyrker att kommunfullmäktige beviljar ansvarsfrihet för kommunstyrelsen, nämnderna och de "
        "enskilda ledamöterna för 2023. Revisorerna riktar anmärkning mot bristande budgetföljsamhet inom socialnämnden "
        "men föreslår inte att ansvarsfrihet vägras.")
    d.output(path)


def html(path):
    rows = [("Äldreomsorg", 24.10), ("Grundskola och förskoleklass", 19.60), ("Förskola och fritidshem", 10.30),
            ("Individ- och familjeomsorg", 9.80), ("Stöd till personer med funktionsnedsättning", 9.40),
            ("Gymnasieskola och vuxenutbildning", 8.20), ("Gator, vägar och parker", 4.30),
            ("Kultur och fritid", 3.60), ("Räddningstjänst", 2.40), ("Politisk verksamhet och administration", 8.30)]
    assert abs(sum(r[1] for r in rows) - 100) < 1e-6
    trs = "\n".join(f"        <tr><td>{n}</td><td>{fmt(v, 2)}</td></tr>" for n, v in rows)
    s = f"""<!DOCTYPE html>
<html lang="sv">
<head><meta charset="utf-8"><title>Så används din skatt - Hällefors kommun</title></head>
<body>
<div id="cookie-banner" class="cookie">Vi använder kakor (cookies) för att webbplatsen ska fungera bra. <button>Godkänn alla</button> <button>Endast nödvändiga</button></div>
<header>
  <a href="/">Hällefors kommun</a>
  <nav><ul><li><a href="/omsorg">Omsorg och hjälp</a></li><li><a href="/skola">Förskola och skola</a></li><li><a href="/bygga">Bygga, bo och miljö</a></li><li><a href="/kommun-och-politik">Kommun och politik</a></li></ul></nav>
  <form><input type="search" placeholder="Sök"><button>Sök</button></form>
</header>
<nav class="breadcrumb"><a href="/">Start</a> / <a href="/kommun-och-politik">Kommun och politik</a> / <a href="/ekonomi">Ekonomi</a> / Så används din skatt</nav>
<main>
  <h1>Så används din skatt</h1>
  <p class="ingress">Den kommunala skatten i Hällefors är 22,84 kronor per hundralapp du tjänar. Här kan du se hur varje hundralapp i skatt fördelas på kommunens verksamheter under 2025.</p>
  <p>Fördelningen bygger på budgeten för 2025 som kommunfullmäktige beslutade den 26 november 2024. Skatten går till de verksamheter som kommunen ansvarar för enligt lag, till exempel skola och äldreomsorg.</p>
  <table>
    <caption>Så fördelas 100 kronor i skatt, 2025</caption>
    <thead><tr><th>Verksamhet</th><th>Kronor</th></tr></thead>
    <tbody>
{trs}
    </tbody>
    <tfoot><tr><td>Totalt</td><td>100,00</td></tr></tfoot>
  </table>
  <h2>Vad kostar en plats?</h2>
  <p>En plats i förskolan kostar kommunen ungefär 176 000 kronor per år. En elev i grundskolan kostar i genomsnitt 128 000 kronor per år, och en plats på särskilt boende för äldre kostar omkring 1,1 miljoner kronor per år.</p>
  <p>Vill du veta mer? Kontakta ekonomichef Sara Lindholm via kommunens växel, 0591-641 00.</p>
  <p class="updated">Publicerad: 2024-12-05. Senast uppdaterad: 2025-01-14</p>
</main>
<footer>
  <p>Hällefors kommun, Sikforsvägen 7, 712 83 Hällefors. Telefon 0591-641 00. E-post: kommun@hellefors.se</p>
  <p><a href="/tillganglighet">Tillgänglighetsredogörelse</a> | <a href="/personuppgifter">Personuppgifter</a> | <a href="/kakor">Kakor</a></p>
</footer>
</body>
</html>
"""
    open(path, "w", encoding="utf-8").write(s)


def protokoll(path):
    doc = docx.Document()
    cp = doc.core_properties
    cp.author = "Hällefors kommun"; cp.title = "Protokoll kommunfullmäktige 2024-11-26"
    st = doc.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
    doc.add_heading("SAMMANTRÄDESPROTOKOLL", level=1)
    doc.add_paragraph("Kommunfullmäktige, Hällefors kommun")
    doc.add_paragraph("Sammanträdesdatum: 2024-11-26")
    doc.add_paragraph("Plats och tid: Kommunhuset, Hällefors, kl. 18.00–21.15")
    doc.add_paragraph("Ordförande: Bengt Nyström (S). Sekreterare: Karin Holm. Justerare: Eva Hedlund (M).")
    doc.add_heading("§ 111 Delårsrapport januari–augusti 2024", level=2)
    doc.add_paragraph("Kommunstyrelsen har överlämnat delårsrapporten per den 31 augusti 2024. Prognosen för helåret "
                      "är ett resultat på 6,7 miljoner kronor. Socialnämnden prognostiserar ett underskott på 6,1 miljoner kronor.")
    doc.add_paragraph("Beslut: Kommunfullmäktige godkänner delårsrapporten.")
    doc.add_heading("§ 112 Mål och budget 2025 med plan för 2026–2027", level=2)
    doc.add_paragraph("Kommunstyrelsen föreslår att fullmäktige antar Mål och budget 2025 med plan för 2026–2027 med ett "
                      "budgeterat resultat på 8,6 miljoner kronor för 2025 och en investeringsbudget på 47,0 miljoner kronor.")
    doc.add_paragraph("Moderaterna och Sverigedemokraterna har lagt ett gemensamt ändringsförslag om att sänka skattesatsen "
                      "med 10 öre och att stryka projektet fritidsgård i Grythyttan.")
    doc.add_paragraph("Omröstning begärs. Ordföranden ställer kommunstyrelsens förslag mot ändringsförslaget och finner "
                      "att fullmäktige bifallit kommunstyrelsens förslag.")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, txt in zip(t.rows[0].cells, ["Parti", "Ja (KS förslag)", "Nej (ändringsförslaget)", "Avstår"]):
        c.text = txt
    votes = [("Socialdemokraterna", 13, 0, 0), ("Centerpartiet", 3, 0, 0), ("Vänsterpartiet", 2, 0, 0),
             ("Moderaterna", 0, 5, 0), ("Sverigedemokraterna", 0, 6, 0), ("Hällefors Framtid", 0, 0, 2)]
    for v in votes + [("Summa", sum(x[1] for x in votes), sum(x[2] for x in votes), sum(x[3] for x in votes))]:
        cells = t.add_row().cells
        for c, txt in zip(cells, v):
            c.text = str(txt)
    doc.add_paragraph("Beslut: Kommunfullmäktige antar Mål och budget 2025 med plan för 2026–2027 i enlighet med "
                      "kommunstyrelsens förslag med 18 röster mot 11. 2 ledamöter avstår från att rösta.")
    doc.add_paragraph("Reservation: Ledamöterna för Moderaterna och Sverigedemokraterna reserverar sig mot beslutet till "
                      "förmån för eget ändringsförslag.")
    doc.add_heading("§ 113 Skattesats för 2025", level=2)
    doc.add_paragraph("Beslut: Kommunfullmäktige fastställer den kommunala skattesatsen för 2025 till 22,84 kronor per "
                      "skattekrona, oförändrat jämfört med 2024.")
    doc.add_heading("§ 114 Borgen för Hällefors Bostads AB", level=2)
    doc.add_paragraph("Hällefors Bostads AB har ansökt om utökad kommunal borgen för att renovera bostäder på Norrgatan.")
    doc.add_paragraph("Beslut: Kommunfullmäktige beslutar att utöka borgensramen för Hällefors Bostads AB med "
                      "25 miljoner kronor till totalt 310 miljoner kronor. Borgensavgiften är 0,5 procent.")
    doc.add_heading("§ 115 Taxa för ekonomiskt bistånd och avgifter inom äldreomsorgen", level=2)
    doc.add_paragraph("Beslut: Ärendet återremitteras till socialnämnden för ytterligare beredning.")
    doc.add_paragraph("Vid protokollet: Karin Holm. Justeras: Bengt Nyström, Eva Hedlund.")
    doc.save(path)
    fix_zip(path)


def xlsx(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Nyckeltal"
    ws["A1"] = "Hällefors kommun – nyckeltal 2019–2023"
    ws["A2"] = "Belopp i mnkr om inte annat anges"
    ws.append([])
    ws.append(["År", "Invånare 31 dec", "Skattesats (kr)", "Nettokostnad (mnkr)", "Årets resultat (mnkr)",
               "Sjukfrånvaro (%)", "Nettokostnad kr/inv"])
    data = [(2019, 7043, 22.84, 536.2, 4.2, 8.9), (2020, 6983, 22.84, 545.0, 19.6, 9.6),
            (2021, 6921, 22.84, 558.7, 24.1, 8.8), (2022, 6838, 22.84, 576.9, 1.1, 8.4),
            (2023, 6771, 22.84, 599.9, 8.7, 7.8)]
    for y, inv, s, nk, r, sj in data:
        ws.append([y, inv, s, nk, r, sj, round(nk * 1e6 / inv)])
    ws.append([])
    ws.append(["Källa: Kolada och Hällefors kommuns årsredovisningar."])
    for row in ws.iter_rows(min_row=5, max_row=9):
        row[2].number_format = "0.00"; row[3].number_format = "0.0"; row[4].number_format = "0.0"
        row[5].number_format = "0.0"
    ws2 = wb.create_sheet("Befolkning")
    ws2["A1"] = "Befolkning efter ålder, 31 december"
    ws2["A2"] = "Antal personer"
    ws2.append([])
    ws2.append(["Åldersgrupp", "2021", "2022", "2023"])
    ages = [("0–5 år", 331, 318, 309), ("6–15 år", 702, 694, 681), ("16–19 år", 268, 262, 259),
            ("20–64 år", 3390, 3311, 3256), ("65–79 år", 1602, 1601, 1597), ("80 år och äldre", 628, 652, 669)]
    for a in ages:
        ws2.append(list(a))
    ws2.append(["Totalt"] + [sum(a[i] for a in ages) for i in (1, 2, 3)])
    wb.properties.creator = "Hällefors kommun"
    wb.save(path)
    fix_zip(path)


def press(path):
    s = """# Pressmeddelande: Hällefors kommun bygger ny förskola i Grythyttan

**Hällefors kommun, 2024-12-10**

Nu är det klart att Hällefors kommun bygger en ny förskola i Grythyttan. Byggstart sker i mars 2025 och förskolan beräknas vara klar för inflyttning i oktober 2026.

Den nya förskolan får sex avdelningar med plats för 108 barn och ersätter de två äldre förskolorna Solrosen och Blåklinten. Den totala investeringen beräknas till 30,5 miljoner kronor, varav 18,5 miljoner kronor budgeteras 2025 och 12,0 miljoner kronor 2026.

Upphandlingen har vunnits av Bergslagens Bygg AB, som lämnade det lägsta anbudet av fyra anbudsgivare.

– Det här är en viktig satsning för familjerna i Grythyttan. En modern förskola gör det lättare att locka nya invånare, säger Lena Kjellberg (C), ordförande i barn- och utbildningsnämnden.

Förskolan byggs med solceller på taket och beräknas använda 40 procent mindre energi än de nuvarande förskolorna.

**Kontakt**
Lena Kjellberg (C), ordförande barn- och utbildningsnämnden, 0591-641 20
Johan Åberg, projektledare, 0591-641 45
"""
    open(path, "w", encoding="utf-8").write(s)


def build(out):
    os.makedirs(out, exist_ok=True)
    budget_pdf(os.path.join(out, "mal-och-budget-2025-2027.pdf"))
    ar_pdf(os.path.join(out, "arsredovisning-2023.pdf"))
    html(os.path.join(out, "sa-anvands-din-skatt.html"))
    protokoll(os.path.join(out, "protokoll-kf-2024-11-26.docx"))
    xlsx(os.path.join(out, "nyckeltal-2019-2023.xlsx"))
    press(os.path.join(out, "pressmeddelande-forskola-grythyttan.md"))
