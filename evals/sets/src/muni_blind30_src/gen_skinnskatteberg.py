"""Skinnskattebergs kommun: documents for blind-muni30 (deterministic)."""
import os

import docx
import openpyxl
from docx.shared import Pt
from openpyxl.styles import Font

from common import PDF, normalize_zip, r1, sv, utc

# Resultatbudget (mnkr): Utfall 2023, Budget 2024, Budget 2025, Plan 2026, Plan 2027
RB = {
    "Verksamhetens intäkter": [78.4, 76.2, 79.5, 81.0, 82.6],
    "Verksamhetens kostnader": [-390.6, -398.2, -414.7, -425.3, -436.1],
    "Avskrivningar": [-14.2, -15.1, -16.4, -17.9, -18.6],
    "Skatteintäkter": [208.7, 218.9, 232.6, 240.8, 249.3],
    "Generella statsbidrag och utjämning": [125.4, 124.6, 127.3, 130.2, 133.8],
    "Finansiella intäkter": [1.8, 1.5, 1.4, 1.4, 1.4],
    "Finansiella kostnader": [-3.1, -3.9, -4.6, -5.2, -5.8],
}
NETTO = [r1(RB["Verksamhetens intäkter"][i] + RB["Verksamhetens kostnader"][i] + RB["Avskrivningar"][i]) for i in range(5)]
VRES = [r1(NETTO[i] + RB["Skatteintäkter"][i] + RB["Generella statsbidrag och utjämning"][i]) for i in range(5)]
RES = [r1(VRES[i] + RB["Finansiella intäkter"][i] + RB["Finansiella kostnader"][i]) for i in range(5)]
assert RES[0] == 6.4 and RES[1] == 4.0, RES

POP_2025 = 4350
# Driftbudget (mnkr): Budget 2024, Budget 2025
NAMND = [
    ("Kommunstyrelsen", [114.9, 118.4]),
    ("Bildningsnämnden", [117.2, 121.7]),
    ("Socialnämnden", [108.0, 112.3]),
    ("Miljö- och byggnämnden", [3.7, 3.9]),
    ("Revisionen", [0.9, 0.9]),
    ("Valnämnden", [0.4, 0.2]),
]
TOTD = [-NETTO[1], -NETTO[2]]
FIN = [r1(TOTD[k] - sum(v[k] for _, v in NAMND)) for k in range(2)]
DRIFT = NAMND + [("Finansförvaltningen", FIN)]

# Investeringsbudget (tkr): 2025, 2026, 2027
INV = [
    ("Fastigheter", [
        ("Nytt LSS-boende, Skinnskatteberg", [14000, 10000, 0]),
        ("Renovering Kyrkbacksskolan", [8500, 4000, 0]),
        ("Energiåtgärder i kommunala lokaler", [1200, 1200, 1200]),
        ("Ny brandstation", [0, 0, 14000]),
    ]),
    ("Gata och VA", [
        ("Reningsverk Riddarhyttan", [9000, 6500, 0]),
        ("Förnyelse VA-ledningar", [4000, 4500, 5000]),
        ("Gatubelysning, byte till LED", [1100, 800, 0]),
    ]),
    ("Övrigt", [
        ("IT och digitalisering", [900, 900, 900]),
        ("Fordon hemtjänst", [1500, 0, 0]),
        ("Inventarier", [1000, 800, 800]),
    ]),
]
INV_TOT = [sum(p[1][k] for _, ps in INV for p in ps) for k in range(3)]
assert INV_TOT[0] == 41200

# Kassaflöde (mnkr)
INVEST_CF = [-28.7, -35.0, -INV_TOT[0] / 1000, -INV_TOT[1] / 1000, -INV_TOT[2] / 1000]
RORELSE = [-2.3, 0.0, 0.0, 0.0, 0.0]
LAN = [10.0, 15.0, 20.0, 10.0, 5.0]
AMORT = [-2.0, -2.0, -3.0, -3.0, -3.0]
LOP = [r1(RES[i] - RB["Avskrivningar"][i] + RORELSE[i]) for i in range(5)]
FINV = [r1(LAN[i] + AMORT[i]) for i in range(5)]
KF = [r1(LOP[i] + INVEST_CF[i] + FINV[i]) for i in range(5)]
LIK_START = [31.5]
for i in range(4):
    LIK_START.append(r1(LIK_START[-1] + KF[i]))
LIK_END = [r1(LIK_START[i] + KF[i]) for i in range(5)]

# Femårsöversikt 2019-2023
FEM_YEARS = [2019, 2020, 2021, 2022, 2023]
FEM = {
    "Folkmängd 31 december": [4415, 4392, 4381, 4366, 4372],
    "Skattesats, kr": [22.34, 22.34, 22.34, 22.34, 22.34],
    "Skatteintäkter och statsbidrag, mnkr": [289.5, 301.2, 318.7, 314.5, 334.1],
    "Verksamhetens nettokostnad, mnkr": [286.7, 291.8, 305.9, 310.5, 326.4],
    "Årets resultat, mnkr": [2.1, 8.9, 12.4, 3.3, 6.4],
    "Nettoinvesteringar, mnkr": [18.4, 21.0, 16.7, 24.3, 28.7],
    "Soliditet, %": [38.2, 39.5, 41.0, 40.0, 39.8],
}
RR2022 = {
    "Verksamhetens intäkter": 74.9, "Verksamhetens kostnader": -371.8, "Avskrivningar": -13.6,
    "Skatteintäkter": 196.2, "Generella statsbidrag och utjämning": 118.3,
    "Finansiella intäkter": 0.9, "Finansiella kostnader": -1.6,
}
BEF = [
    (2019, 4415, 40, 57, 219, 230),
    (2020, 4392, 35, 62, 230, 226),
    (2021, 4381, 38, 58, 241, 232),
    (2022, 4366, 33, 64, 228, 212),
    (2023, 4372, 37, 59, 252, 224),
    (2024, 4351, 31, 60, 233, 225),
]
for i in range(1, len(BEF)):
    y, p, f, d, inn, ut = BEF[i]
    assert p - BEF[i - 1][1] == f - d + inn - ut, BEF[i]


def fr(vals, neg="-", d=1):
    return [sv(v, d, neg) for v in vals]


def budget_pdf(path):
    pdf = PDF("Skinnskattebergs kommun | Budget och plan 2025–2027", utc(2024, 11, 20))
    pdf.set_title("Budget och plan 2025–2027")
    pdf.set_author("Skinnskattebergs kommun")
    pdf.add_page()
    pdf.ln(55)
    pdf.set_font("DejaVu", "B", 26)
    pdf.multi_cell(0, 12, "Budget och plan\n2025–2027", align="C")
    pdf.ln(8)
    pdf.set_font("DejaVu", "", 14)
    pdf.multi_cell(0, 8, "Skinnskattebergs kommun", align="C")
    pdf.ln(50)
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(0, 6, "Fastställd av kommunfullmäktige 2024-11-18, § 87", align="C")

    pdf.add_page()
    pdf.h1("Kommunstyrelsens ordförande har ordet")
    pdf.para(
        "Skinnskatteberg är en liten kommun med stora ambitioner. Vi har en växande besöksnäring, en aktiv "
        "föreningsvärld och skolor med goda resultat. Men vi har också en åldrande befolkning och kostnader "
        "som ökar snabbare än intäkterna.")
    pdf.para(
        "För att klara välfärden föreslår vi att skattesatsen höjs med 30 öre till 22,64 kronor. Höjningen "
        "ger cirka 3,1 miljoner kronor per år. Utan höjningen hade vi behövt göra neddragningar i skolan "
        "och äldreomsorgen.")
    pdf.para(
        "Prognosen för 2024 pekar på ett resultat om -3,2 miljoner kronor, framför allt på grund av höga "
        "kostnader för försörjningsstöd och placeringar. Därför måste socialnämnden minska sina kostnader "
        "med 2,8 miljoner kronor under 2025.")
    pdf.para(
        "Samtidigt investerar vi i framtiden. Det nya LSS-boendet ger fler möjlighet att bo kvar i kommunen, "
        "och reningsverket i Riddarhyttan byggs om för att klara nya miljökrav. Föreningslivet får 650 000 "
        "kronor i höjda bidrag.")
    pdf.ln(3)
    pdf.set_font("DejaVu", "I", 10)
    pdf.multi_cell(0, 6, "Erik Sundberg (C)\nKommunstyrelsens ordförande")

    pdf.add_page()
    pdf.h1("Förutsättningar")
    pdf.h2("Befolkning")
    pdf.para(
        "Den 31 december 2023 hade kommunen 4 372 invånare. Budgeten bygger på 4 350 invånare 2025. "
        "Andelen invånare över 65 år är 29 procent, vilket är högt jämfört med riket.")
    pdf.h2("Skatteintäkter")
    pdf.para(
        "Skatteintäkterna är beräknade enligt SKR:s prognos i oktober 2024 och en skattesats på 22,64 kronor. "
        "Kommunen är beroende av det kommunalekonomiska utjämningssystemet, som svarar för mer än en "
        "tredjedel av intäkterna från skatter och bidrag.")
    pdf.h2("Finansiella mål")
    pdf.bullets([
        "Årets resultat ska uppgå till minst 1,5 procent av skatteintäkter och generella statsbidrag.",
        "Soliditeten ska vara minst 38 procent.",
        "Nettoinvesteringarna ska under planperioden i genomsnitt inte överstiga 30 miljoner kronor per år.",
    ])
    pdf.h2("Verksamhetsmål i urval")
    pdf.bullets([
        "Andelen behöriga elever till gymnasiet ska vara minst 85 procent.",
        "Väntetiden till särskilt boende ska vara högst 60 dagar.",
        "Kommunens energianvändning i egna lokaler ska minska med 15 procent till 2027.",
    ])

    pdf.add_page()
    pdf.h1("Resultatbudget")
    rows = [("row", k, fr(RB[k])) for k in ["Verksamhetens intäkter", "Verksamhetens kostnader", "Avskrivningar"]]
    rows.append(("sum", "Verksamhetens nettokostnader", fr(NETTO)))
    rows += [("row", k, fr(RB[k])) for k in ["Skatteintäkter", "Generella statsbidrag och utjämning"]]
    rows.append(("sum", "Verksamhetens resultat", fr(VRES)))
    rows += [("row", k, fr(RB[k])) for k in ["Finansiella intäkter", "Finansiella kostnader"]]
    rows.append(("sum", "Årets resultat", fr(RES)))
    pdf.table([["Mnkr", "Utfall 2023", "Budget 2024", "Budget 2025", "Plan 2026", "Plan 2027"]],
              rows, [58, 22.4, 22.4, 22.4, 22.4, 22.4], caption="Resultatbudget, belopp i miljoner kronor", size=8)
    pct = [r1(100 * RES[i] / (RB["Skatteintäkter"][i] + RB["Generella statsbidrag och utjämning"][i])) for i in range(5)]
    pdf.para(
        "Det budgeterade resultatet för 2025 motsvarar " + sv(pct[2]) + " procent av skatteintäkter och "
        "generella statsbidrag. Resultatmålet på 1,5 procent nås därmed först 2027.")

    pdf.add_page()
    pdf.h1("Kassaflödesbudget")
    rows = [("section", "Den löpande verksamheten", None),
            ("row", "Årets resultat", fr(RES, "par")),
            ("row", "Justering för avskrivningar", fr([-x for x in RB["Avskrivningar"]], "par")),
            ("row", "Förändring av rörelsekapital", fr(RORELSE, "par")),
            ("sum", "Medel från den löpande verksamheten", fr(LOP, "par")),
            ("section", "Investeringsverksamheten", None),
            ("row", "Nettoinvesteringar", fr(INVEST_CF, "par")),
            ("section", "Finansieringsverksamheten", None),
            ("row", "Nyupptagna lån", fr(LAN, "par")),
            ("row", "Amortering av skuld", fr(AMORT, "par")),
            ("sum", "Medel från finansieringsverksamheten", fr(FINV, "par")),
            ("sum", "Årets kassaflöde", fr(KF, "par")),
            ("row", "Likvida medel vid årets början", fr(LIK_START, "par")),
            ("row", "Likvida medel vid årets slut", fr(LIK_END, "par"))]
    pdf.table([["Mnkr", "Utfall", "Budget", "Budget", "Plan", "Plan"],
               ["", "2023", "2024", "2025", "2026", "2027"]],
              rows, [72, 19.6, 19.6, 19.6, 19.6, 19.6], caption="Kassaflödesbudget (mnkr)")
    pdf.note("Negativa belopp anges inom parentes.")

    pdf.add_page()
    pdf.h1("Driftbudget per nämnd")
    pdf.para("Nämndernas ramar anges i miljoner kronor (nettokostnad). Kolumnen kr per invånare är beräknad på "
             "4 350 invånare.")
    rows = []
    for name, v in DRIFT:
        rows.append(("row", name, [sv(v[0]), sv(v[1]), sv(v[1] - v[0]), sv(v[1] * 1e6 / POP_2025, 0)]))
    rows.append(("sum", "Summa nettokostnad", [sv(TOTD[0]), sv(TOTD[1]), sv(TOTD[1] - TOTD[0]), sv(TOTD[1] * 1e6 / POP_2025, 0)]))
    pdf.table([["Nämnd", "Budget 2024", "Budget 2025", "Förändring", "kr per inv."],
               ["", "mnkr", "mnkr", "mnkr", "2025"]],
              rows, [62, 25, 25, 25, 25], caption="Driftbudget 2025")
    pdf.note("Finansförvaltningen innehåller pensionskostnader, personalomkostnadspålägg och kapitalkostnader. "
             "Negativt belopp innebär en nettointäkt.")
    pdf.h2("Kommentarer till nämndernas ramar")
    pdf.para(
        "Bildningsnämnden får 4,5 miljoner kronor mer än 2024, bland annat för ökade elevvolymer i "
        "gymnasieskolan. Socialnämndens ram ökar med 4,3 miljoner kronor men nämnden ska samtidigt "
        "genomföra besparingar. Valnämndens budget minskar eftersom inget val genomförs 2025.")

    pdf.add_page()
    pdf.h1("Nämndernas verksamhet 2025")
    pdf.h2("Kommunstyrelsen")
    pdf.para(
        "Kommunstyrelsen ansvarar för kommunledning, ekonomi, personal, fastigheter, gata och VA samt "
        "arbetsmarknadsenheten. Inom ramen ryms medlemsavgiften till Västra Mälardalens räddningstjänst "
        "och den gemensamma IT-driften med grannkommunerna.")
    pdf.h2("Bildningsnämnden")
    pdf.para(
        "Bildningsnämnden ansvarar för förskola, grundskola, gymnasieskola, vuxenutbildning och kulturskola. "
        "Kommunen har två grundskolor och köper gymnasieplatser främst i Köping och Västerås. "
        "Kulturskolans terminsavgift höjs till 500 kronor.")
    pdf.h2("Socialnämnden")
    pdf.para(
        "Socialnämnden ansvarar för äldreomsorg, funktionsstöd och individ- och familjeomsorg. Besparingen "
        "ska nås genom färre externa placeringar, minskad övertid och en översyn av nattbemanningen inom "
        "hemtjänsten.")
    pdf.h2("Miljö- och byggnämnden")
    pdf.para(
        "Miljö- och byggnämnden handlägger bygglov, livsmedelskontroll och miljötillsyn. Timavgiften för "
        "bygglov höjs till 1 210 kronor.")

    pdf.add_page(orientation="L")
    pdf.h1("Investeringsbudget 2025–2027")
    rows = []
    for sec, ps in INV:
        rows.append(("section", sec, None))
        for name, v in ps:
            rows.append(("row", name, [sv(x, 0) for x in v + [sum(v)]]))
        s = [sum(p[1][k] for p in ps) for k in range(3)]
        rows.append(("sum", "Summa " + sec.lower(), [sv(x, 0) for x in s + [sum(s)]]))
    rows.append(("sum", "Totalt", [sv(x, 0) for x in INV_TOT + [sum(INV_TOT)]]))
    pdf.table([["Projekt", "Budget", "Plan", "Plan", "Summa"],
               ["(tkr)", "2025", "2026", "2027", "2025–2027"]],
              rows, [110, 30, 30, 30, 34], caption="Investeringar per projekt, tusental kronor")

    pdf.add_page(orientation="P")
    pdf.h1("Investeringar – kommentarer")
    pdf.para(
        "Det nya LSS-boendet med sex lägenheter beräknas kosta totalt 24 miljoner kronor och stå klart "
        "våren 2026. Renoveringen av Kyrkbacksskolan omfattar ventilation, tak och nya lärosalar.")
    pdf.para(
        "Ombyggnaden av reningsverket i Riddarhyttan är föranledd av nya krav från länsstyrelsen. "
        "En ny brandstation planeras till 2027 i samverkan med Västra Mälardalens räddningstjänst.")
    pdf.para(
        "Investeringarna 2025 finansieras med avskrivningsmedel, årets resultat och nyupplåning om "
        "20 miljoner kronor. Kommunens låneskuld beräknas uppgå till 178 miljoner kronor vid utgången av 2025.")
    pdf.h2("Risker och känslighet")
    pdf.para(
        "En förändring av skatteunderlaget med en procent motsvarar cirka 2,3 miljoner kronor. "
        "En löneökning som är en procent högre än beräknat kostar cirka 2,6 miljoner kronor.")

    pdf.add_page()
    pdf.h1("Bilaga: Taxor och avgifter i urval")
    pdf.table([["Taxa", "2024", "2025"]],
              [("row", "Barnomsorg, maxtaxa barn 1, kr/mån", ["1 688", "1 749"]),
               ("row", "Kulturskola, kr/termin", ["450", "500"]),
               ("row", "Bygglov timavgift, kr", ["1 150", "1 210"]),
               ("row", "Hemtjänst, maxtaxa kr/mån", ["2 359", "2 576"]),
               ("row", "Renhållning, grundavgift kr/år", ["1 980", "2 090"])],
              [100, 30, 30], caption="Taxor (kronor)")
    pdf.para("Taxorna för vatten och avlopp beslutas av kommunfullmäktige i särskild ordning.")
    pdf.output(path)
    return pct


def arsred_pdf(path):
    pdf = PDF("Årsredovisning 2023 – Skinnskattebergs kommun", utc(2024, 4, 15))
    pdf.set_title("Årsredovisning 2023")
    pdf.set_author("Skinnskattebergs kommun")
    pdf.add_page()
    pdf.ln(60)
    pdf.set_font("DejaVu", "B", 28)
    pdf.multi_cell(0, 12, "Årsredovisning 2023", align="C")
    pdf.ln(6)
    pdf.set_font("DejaVu", "", 14)
    pdf.multi_cell(0, 8, "Skinnskattebergs kommun", align="C")

    pdf.add_page()
    pdf.h1("Kommunstyrelsens ordförande har ordet")
    pdf.para(
        "År 2023 präglades av hög inflation och stigande räntor. Trots det redovisar kommunen ett "
        "positivt resultat på 6,4 miljoner kronor. Det är bättre än budget men lägre än åren 2020 och 2021.")
    pdf.para(
        "Under året invigdes den nya idrottshallen vid Kyrkbacksskolan och vi påbörjade arbetet med "
        "ett nytt LSS-boende. Befolkningen ökade för första gången på flera år.")
    pdf.set_font("DejaVu", "I", 10)
    pdf.multi_cell(0, 6, "Erik Sundberg (C)\nKommunstyrelsens ordförande")
    pdf.ln(4)

    pdf.h1("Femårsöversikt")
    rows = []
    for k, v in FEM.items():
        if k.startswith("Folkmängd"):
            rows.append(("row", k, [sv(x, 0) for x in v]))
        elif k.startswith("Skattesats"):
            rows.append(("row", k, [sv(x, 2) for x in v]))
        else:
            rows.append(("row", k, [sv(x) for x in v]))
    pdf.table([["", "2019", "2020", "2021", "2022", "2023"]], rows, [70, 20, 20, 20, 20, 20],
              caption="Femårsöversikt, kommunen")

    pdf.add_page()
    pdf.h1("Förvaltningsberättelse i sammandrag")
    pdf.h2("Årets resultat och balanskravet")
    pdf.para(
        "Årets resultat uppgår till 6,4 miljoner kronor. Efter justering för realisationsvinster på "
        "0,5 miljoner kronor blir balanskravsresultatet 5,9 miljoner kronor. Balanskravet är därmed uppfyllt.")
    pdf.h2("Personal")
    pdf.para(
        "Kommunen hade 412 tillsvidareanställda den 31 december 2023. Sjukfrånvaron uppgick till 6,8 procent "
        "av ordinarie arbetstid, jämfört med 7,4 procent året innan.")
    pdf.h2("Investeringar")
    pdf.para(
        "Nettoinvesteringarna uppgick till 28,7 miljoner kronor. De största projekten var idrottshallen "
        "vid Kyrkbacksskolan (11,2 miljoner kronor) och förnyelse av VA-ledningar (5,4 miljoner kronor).")
    pdf.h2("Låneskuld")
    pdf.para("Låneskulden uppgick vid årets slut till 148 miljoner kronor, en ökning med 8 miljoner kronor.")

    pdf.add_page()
    pdf.h1("Resultaträkning")
    keys = ["Verksamhetens intäkter", "Verksamhetens kostnader", "Avskrivningar"]
    notes = {"Verksamhetens intäkter": "2", "Verksamhetens kostnader": "3", "Avskrivningar": "4",
             "Skatteintäkter": "5", "Generella statsbidrag och utjämning": "6", "Finansiella intäkter": "7",
             "Finansiella kostnader": "8"}
    net22 = r1(sum(RR2022[k] for k in keys))
    vres22 = r1(net22 + RR2022["Skatteintäkter"] + RR2022["Generella statsbidrag och utjämning"])
    res22 = r1(vres22 + RR2022["Finansiella intäkter"] + RR2022["Finansiella kostnader"])
    assert res22 == 3.3 and -net22 == 310.5, (res22, net22)
    rows = [("row", k, [notes[k], sv(RB[k][0]), sv(RR2022[k])]) for k in keys]
    rows.append(("sum", "Verksamhetens nettokostnader", ["", sv(NETTO[0]), sv(net22)]))
    rows += [("row", k, [notes[k], sv(RB[k][0]), sv(RR2022[k])]) for k in ["Skatteintäkter", "Generella statsbidrag och utjämning"]]
    rows.append(("sum", "Verksamhetens resultat", ["", sv(VRES[0]), sv(vres22)]))
    rows += [("row", k, [notes[k], sv(RB[k][0]), sv(RR2022[k])]) for k in ["Finansiella intäkter", "Finansiella kostnader"]]
    rows.append(("sum", "Årets resultat", ["", sv(RES[0]), sv(res22)]))
    pdf.table([["Mnkr", "Not", "2023", "2022"]], rows, [80, 15, 25, 25], caption="Resultaträkning, kommunen")

    pdf.h1("Balansräkning i sammandrag")
    br = [("section", "Tillgångar", None),
          ("row", "Materiella anläggningstillgångar", ["9", "402,6", "388,1"]),
          ("row", "Finansiella anläggningstillgångar", ["10", "12,4", "12,4"]),
          ("row", "Omsättningstillgångar", ["11", "73,8", "70,2"]),
          ("sum", "Summa tillgångar", ["", "488,8", "470,7"]),
          ("section", "Eget kapital, avsättningar och skulder", None),
          ("row", "Eget kapital", ["12", "194,5", "188,1"]),
          ("row", "Avsättningar", ["13", "21,3", "20,6"]),
          ("row", "Långfristiga skulder", ["14", "148,0", "140,0"]),
          ("row", "Kortfristiga skulder", ["15", "125,0", "122,0"]),
          ("sum", "Summa eget kapital, avsättningar och skulder", ["", "488,8", "470,7"])]
    pdf.table([["Mnkr", "Not", "2023-12-31", "2022-12-31"]], br, [86, 12, 25, 25], caption="Balansräkning, kommunen")
    pdf.output(path)


def html_page(path):
    rows = [(2021, "22,34", "10,88"), (2022, "22,34", "10,88"), (2023, "22,34", "10,88"),
            (2024, "22,34", "11,13"), (2025, "22,64", "11,13")]
    trs = []
    for y, k, r in rows:
        tot = sv(float(k.replace(",", ".")) + float(r.replace(",", ".")), 2)
        trs.append(f"          <tr><td>{y}</td><td>{k}</td><td>{r}</td><td>{tot}</td></tr>")
    trs = "\n".join(trs)
    html = f"""<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Ekonomi och finansiell information | Skinnskattebergs kommun</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>.cookie{{position:fixed;bottom:0}} table{{border-collapse:collapse}}</style>
</head>
<body>
<div class="cookie" role="dialog">
  <p>Skinnskatteberg.se använder kakor för statistik och för att webbplatsen ska fungera.</p>
  <button>Acceptera</button><button>Inställningar</button>
</div>
<div class="top">
  <a href="/">Till startsidan</a> <a href="/lattlast">Lättläst</a> <a href="/other-languages">Other languages</a>
</div>
<nav class="main-nav">
  <a href="/omsorg">Omsorg och hjälp</a>
  <a href="/skola">Förskola och skola</a>
  <a href="/boende">Bo, bygga och miljö</a>
  <a href="/uppleva">Uppleva och göra</a>
  <a href="/kommun">Kommun och politik</a>
</nav>
<main id="content">
  <article>
    <h1>Ekonomi och finansiell information</h1>
    <p class="lead">Här hittar du information om Skinnskattebergs kommuns ekonomi, skattesats, budget och årsredovisning.</p>
    <h2>Kommunens ekonomi i korthet</h2>
    <p>Kommunens verksamheter kostar drygt 350 miljoner kronor om året netto. Ungefär två tredjedelar finansieras med skatt och en tredjedel med statsbidrag och utjämning.</p>
    <p>Årsredovisningen för 2023 visar ett överskott på 6,4 miljoner kronor. Låneskulden var 148 miljoner kronor vid årsskiftet.</p>
    <h2>Skattesats</h2>
    <p>Kommunfullmäktige beslutade den 18 november 2024 att höja den kommunala skattesatsen med 30 öre till 22,64 kronor från 2025.</p>
    <table class="tax">
      <caption>Skattesats per 100 kronor beskattningsbar inkomst</caption>
      <thead>
        <tr><th>År</th><th>Kommunen</th><th>Region Västmanland</th><th>Total skattesats</th></tr>
      </thead>
      <tbody>
{trs}
      </tbody>
    </table>
    <p>Kyrkoavgift och begravningsavgift tillkommer och ingår inte i tabellen.</p>
    <h2>Dokument</h2>
    <ul>
      <li><a href="/download/budget-och-plan-2025-2027.pdf">Budget och plan 2025–2027</a></li>
      <li><a href="/download/arsredovisning-2023.pdf">Årsredovisning 2023</a></li>
    </ul>
    <p>Har du frågor om kommunens ekonomi? Kontakta ekonomichef Lena Forsberg via kommunens växel.</p>
    <p class="updated">Senast uppdaterad: 2025-01-08</p>
  </article>
</main>
<footer>
  <div>Skinnskattebergs kommun | Box 14 | 739 21 Skinnskatteberg</div>
  <div>Växel: 0222-451 00 | kommun@skinnskatteberg.se</div>
  <div><a href="/kakor">Om kakor</a> · <a href="/tillganglighet">Tillgänglighet</a></div>
</footer>
</body>
</html>
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(html)


OMB = [
    ("Nytt LSS-boende", 6000, 2150, 3850),
    ("Renovering Kyrkbacksskolan", 3500, 2900, 600),
    ("Förnyelse VA-ledningar", 5000, 4400, 600),
    ("Gatubelysning, byte till LED", 1200, 450, 750),
    ("Lekplats Riddarhyttan", 800, 0, 800),
]


def protokoll_docx(path):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    cp = d.core_properties
    cp.author = "Kansliet"
    cp.last_modified_by = "Kansliet"
    cp.title = "Protokoll kommunstyrelsen 2025-02-18"
    cp.created = utc(2025, 2, 20)
    cp.modified = utc(2025, 2, 20)
    cp.revision = 1
    d.add_heading("SAMMANTRÄDESPROTOKOLL", 0)
    d.add_paragraph("Skinnskattebergs kommun – Kommunstyrelsen")
    d.add_paragraph("Datum: 2025-02-18, kl. 13.00–15.40, Kommunhuset, Kommunstyrelsesalen")
    d.add_paragraph("Beslutande: Erik Sundberg (C), ordförande; Annika Borg (S), vice ordförande; Gunnar Ekström (M); "
                    "Jonas Påhlsson (S); Lisbeth Kvist (SD); Ahmed Yusuf (S); Marianne Hult (V)")
    d.add_paragraph("Övriga: Lena Forsberg, ekonomichef; Thomas Grahn, kommunchef; Karin Moberg, sekreterare")
    d.add_paragraph("Justerare: Gunnar Ekström (M)")

    d.add_heading("§ 22 Fastställande av dagordning", 2)
    d.add_paragraph("Dagordningen fastställs.")

    d.add_heading("§ 23 Ombudgetering av investeringsmedel från 2024 till 2025", 2)
    d.add_paragraph("Dnr KS 2025/14")
    d.add_paragraph(
        "Ekonomiavdelningen har sammanställt investeringsprojekt som inte slutförts under 2024. För att "
        "projekten ska kunna fullföljas föreslås att outnyttjade medel ombudgeteras till 2025. Av "
        "investeringsbudgeten för 2024 på 35,0 miljoner kronor användes 27,9 miljoner kronor.")
    d.add_paragraph("Projekt som föreslås ombudgeteras (tkr):")
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Projekt", "Budget 2024", "Utfall 2024", "Ombudgeteras till 2025"]):
        c.text = h
    for name, b, u, o in OMB:
        assert b - u == o
        for c, v in zip(t.add_row().cells, [name, sv(b, 0), sv(u, 0), sv(o, 0)]):
            c.text = v
    tot = [sum(x[k] for x in OMB) for k in (1, 2, 3)]
    for c, v in zip(t.add_row().cells, ["Summa", sv(tot[0], 0), sv(tot[1], 0), sv(tot[2], 0)]):
        c.text = v
    d.add_paragraph("")
    d.add_paragraph("Beslutsunderlag: Tjänsteskrivelse från ekonomichef Lena Forsberg, 2025-02-03.")
    d.add_paragraph("Yrkanden")
    d.add_paragraph(
        "Erik Sundberg (C) yrkar bifall till förvaltningens förslag. Marianne Hult (V) yrkar att medlen för "
        "lekplats Riddarhyttan i stället ska användas till upprustning av badplatsen vid Nadden.")
    d.add_paragraph("Beslut")
    d.add_paragraph("Kommunstyrelsen föreslår kommunfullmäktige att ombudgetera " + sv(tot[2], 0)
                    + " tkr från investeringsbudget 2024 till investeringsbudget 2025 enligt tabellen.")
    d.add_paragraph("Reservation")
    d.add_paragraph("Marianne Hult (V) reserverar sig mot beslutet till förmån för eget yrkande.")

    d.add_heading("§ 24 Tilläggsanslag till räddningstjänsten", 2)
    d.add_paragraph("Dnr KS 2025/09")
    d.add_paragraph(
        "Västra Mälardalens räddningstjänstförbund har höjt medlemsavgiften för 2025. Kommunens andel av "
        "höjningen är 450 000 kronor, som inte ryms i kommunstyrelsens ram.")
    d.add_paragraph("Beslut")
    d.add_paragraph("Kommunstyrelsen beslutar att bevilja ett tilläggsanslag på 450 000 kronor som finansieras "
                    "ur kommunstyrelsens oförutsedda medel.")

    d.add_heading("§ 25 Val av ombud till Kommuninvests föreningsstämma", 2)
    d.add_paragraph("Kommunstyrelsen beslutar att utse Annika Borg (S) till ombud och Gunnar Ekström (M) till ersättare.")
    d.add_paragraph("")
    d.add_paragraph("Sekreterare: Karin Moberg")
    d.add_paragraph("Ordförande: Erik Sundberg (C)")
    d.add_paragraph("Justerare: Gunnar Ekström (M)")
    d.save(path)
    normalize_zip(path, "2025-02-20T08:00:00Z")
    return tot


def xlsx(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Befolkning"
    ws.append(["Befolkningsutveckling i Skinnskattebergs kommun 2019–2024"])
    ws["A1"].font = Font(bold=True, size=12)
    ws.append(["Antal personer"])
    ws.append(["År", "Folkmängd 31 dec", "Födda", "Döda", "Inflyttade", "Utflyttade"])
    for c in ws[3]:
        c.font = Font(bold=True)
    for row in BEF:
        ws.append(list(row))
    ws.append([])
    ws.append(["Källa: SCB. Inflyttade och utflyttade avser flyttningar över kommungränsen."])
    ws2 = wb.create_sheet("Ekonomi")
    ws2.append(["Ekonomisk utveckling 2019–2023"])
    ws2["A1"].font = Font(bold=True, size=12)
    ws2.append(["Belopp i mnkr"])
    ws2.append(["År", "Skatteintäkter och statsbidrag", "Verksamhetens nettokostnad", "Årets resultat", "Nettoinvesteringar", "Soliditet %"])
    for c in ws2[3]:
        c.font = Font(bold=True)
    for i, y in enumerate(FEM_YEARS):
        ws2.append([y, FEM["Skatteintäkter och statsbidrag, mnkr"][i], FEM["Verksamhetens nettokostnad, mnkr"][i],
                    FEM["Årets resultat, mnkr"][i], FEM["Nettoinvesteringar, mnkr"][i], FEM["Soliditet, %"][i]])
    wb.properties.creator = "Ekonomiavdelningen"
    wb.properties.lastModifiedBy = "Ekonomiavdelningen"
    wb.properties.created = utc(2025, 1, 10).replace(tzinfo=None)
    wb.properties.modified = utc(2025, 1, 10).replace(tzinfo=None)
    wb.save(path)
    normalize_zip(path, "2025-01-10T08:00:00Z")


def press_txt(path):
    txt = """PRESSMEDDELANDE
Skinnskattebergs kommun, 2024-11-19

Skatten höjs med 30 öre – nytt LSS-boende och satsning på föreningslivet

Kommunfullmäktige i Skinnskatteberg beslutade i går kväll om budget och plan för 2025–2027.
Den kommunala skattesatsen höjs från 22,34 till 22,64 kronor per hundralapp. Det betyder att en
person som tjänar 28 000 kronor i månaden betalar ungefär 84 kronor mer i skatt per månad.

– Det är aldrig roligt att höja skatten, men alternativet var att dra ner på skolan och äldreomsorgen,
säger kommunstyrelsens ordförande Erik Sundberg (C).

Budgeten i korthet:
* Årets resultat 2025 budgeteras till 5,1 miljoner kronor.
* Investeringarna uppgår till 41,2 miljoner kronor 2025.
* Ett nytt LSS-boende med sex lägenheter byggs för 24 miljoner kronor.
* Föreningsbidragen höjs med 650 000 kronor.
* Socialnämnden ska spara 2,8 miljoner kronor.

Beslutet fattades med 17 röster mot 12. Moderaterna och Sverigedemokraterna röstade för egna förslag
utan skattehöjning.

För mer information:
Erik Sundberg (C), kommunstyrelsens ordförande, 0222-451 10
Lena Forsberg, ekonomichef, 0222-451 35
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(txt)


def build(outdir):
    os.makedirs(outdir, exist_ok=True)
    pct = budget_pdf(os.path.join(outdir, "budget-och-plan-2025-2027.pdf"))
    arsred_pdf(os.path.join(outdir, "arsredovisning-2023.pdf"))
    html_page(os.path.join(outdir, "ekonomi-och-finansiell-information.html"))
    omb = protokoll_docx(os.path.join(outdir, "protokoll-kommunstyrelsen-2025-02-18.docx"))
    xlsx(os.path.join(outdir, "statistik-befolkning-ekonomi.xlsx"))
    press_txt(os.path.join(outdir, "pressmeddelande-skattehojning.txt"))
    return dict(NETTO=NETTO, VRES=VRES, RES=RES, PCT=pct, FIN=FIN, INV_TOT=INV_TOT, LOP=LOP, KF=KF,
                LIK_START=LIK_START, LIK_END=LIK_END, OMB=omb, TOTD=TOTD)
