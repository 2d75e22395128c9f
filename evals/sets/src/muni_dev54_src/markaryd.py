"""Markaryds kommun: six documents."""
import os

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font

from common import Doc, sv, t, save_docx, save_xlsx

NAME = "markaryd"


def d(x, dec=1):
    return sv(x, dec, "dash")


# Resultatbudget: Utfall 2023, Budget 2024, Budget 2025, Plan 2026, Plan 2027
RB = {
    "int": [142.6, 138.0, 145.2, 147.0, 149.5],
    "kost": [-861.4, -878.5, -912.8, -935.6, -958.1],
    "avs": [-31.8, -34.0, -36.5, -39.2, -41.0],
    "skatt": [548.9, 571.4, 596.8, 617.3, 638.9],
    "gsb": [224.1, 226.5, 233.0, 238.1, 242.6],
    "fint": [3.9, 2.5, 3.0, 3.0, 3.0],
    "fkost": [-6.2, -7.5, -9.1, -10.4, -11.6],
}
N = 5
NETTO = [t(RB["int"][i]) + t(RB["kost"][i]) + t(RB["avs"][i]) for i in range(N)]
VRES = [NETTO[i] + t(RB["skatt"][i]) + t(RB["gsb"][i]) for i in range(N)]
RES = [VRES[i] + t(RB["fint"][i]) + t(RB["fkost"][i]) for i in range(N)]
assert [x / 10 for x in NETTO] == [-750.6, -774.5, -804.1, -827.8, -849.6]
assert [x / 10 for x in RES] == [20.1, 18.4, 19.6, 20.2, 23.3], RES

# Driftbudget mnkr: Budget 2024, Budget 2025, Plan 2026, Plan 2027 (net cost, negative)
DRIFT = [
    ("Kommunfullmäktige", [3.1, 3.2, 3.3, 3.3]),
    ("Revision", [1.2, 1.3, 1.3, 1.3]),
    ("Kommunstyrelsen", [92.4, 96.8, 98.9, 101.0]),
    ("Barn- och utbildningsnämnden", [318.6, 332.5, 340.8, 349.2]),
    ("Omsorgsnämnden", [301.2, 314.9, 323.4, 332.0]),
    ("Miljö- och byggnadsnämnden", [8.4, 8.7, 8.9, 9.1]),
    ("Kultur- och fritidsnämnden", [24.5, 25.3, 25.9, 26.4]),
]
DSUM = [sum(t(v[i]) for _, v in DRIFT) for i in range(4)]
assert DSUM == [7494, 7827, 8025, 8223], DSUM
DFIN = [-NETTO[i + 1] - DSUM[i] for i in range(4)]  # tenths, positive cost
assert DFIN == [251, 214, 253, 273], DFIN

# Balansbudget
BB = {
    "anl": [812.4, 836.4, 852.1, 880.1, 891.8],
    "oms": [118.7, 110.0, 104.5, 101.0, 103.2],
    "ek": [398.6, 417.0, 436.6, 456.8, 480.1],
    "avs": [24.3, 25.1, 25.9, 26.6, 27.4],
    "lfs": [335.0, 345.0, 350.0, 365.0, 360.0],
}
BTOT = [t(BB["anl"][i]) + t(BB["oms"][i]) for i in range(N)]
BB["kfs"] = [(BTOT[i] - t(BB["ek"][i]) - t(BB["avs"][i]) - t(BB["lfs"][i])) / 10 for i in range(N)]
assert BB["kfs"] == [173.2, 159.3, 144.1, 132.7, 127.5], BB["kfs"]
SOL = [round(t(BB["ek"][i]) / BTOT[i] * 100, 1) for i in range(N)]
assert SOL == [42.8, 44.1, 45.6, 46.6, 48.3], SOL

# Investeringar tkr: 2025, 2026, 2027
INV = [
    ("Ny förskola Strömsnäsbruk", "BUN", [18500, 9000, 0]),
    ("Om- och tillbyggnad Almaskolan", "BUN", [7200, 12800, 4000]),
    ("Nytt vård- och omsorgsboende, Markaryd", "ON", [5000, 35000, 40000]),
    ("Gång- och cykelväg Hässleholmsvägen", "KS", [3400, 0, 0]),
    ("Reinvestering gator och vägar", "KS", [4200, 4300, 4400]),
    ("IT och digitalisering", "KS", [2600, 2600, 2800]),
    ("Sporthallen i Traryd, tak och ventilation", "KFN", [6800, 0, 0]),
    ("Inventarier", "Alla", [1500, 1500, 1500]),
    ("Exploatering bostadstomter Timsfors", "KS", [3000, 2000, 0]),
]
ISUM = [sum(v[i] for _, _, v in INV) for i in range(3)]
assert ISUM == [52200, 67200, 52700], ISUM

# Delårsrapport 2024
DR_RR = {  # Utfall jan-aug 2024, Utfall jan-aug 2023, Budget 2024, Prognos 2024
    "int": [99.8, 94.1, 138.0, 143.5],
    "kost": [-579.2, -559.0, -878.5, -894.1],
    "avs": [-22.1, -20.9, -34.0, -33.3],
    "skatt": [383.6, 365.9, 571.4, 574.5],
    "gsb": [152.0, 150.3, 226.5, 227.9],
    "fint": [2.4, 2.6, 2.5, 3.4],
    "fkost": [-4.8, -4.1, -7.5, -7.3],
}
DR_N = [t(DR_RR["int"][i]) + t(DR_RR["kost"][i]) + t(DR_RR["avs"][i]) for i in range(4)]
DR_V = [DR_N[i] + t(DR_RR["skatt"][i]) + t(DR_RR["gsb"][i]) for i in range(4)]
DR_R = [DR_V[i] + t(DR_RR["fint"][i]) + t(DR_RR["fkost"][i]) for i in range(4)]
assert [x / 10 for x in DR_R] == [31.7, 28.9, 18.4, 14.6], DR_R
DR_PROG = [  # budget, prognos (net cost)
    ("Kommunfullmäktige", 3.1, 3.0),
    ("Revision", 1.2, 1.2),
    ("Kommunstyrelsen", 92.4, 90.9),
    ("Barn- och utbildningsnämnden", 318.6, 321.4),
    ("Omsorgsnämnden", 301.2, 308.9),
    ("Miljö- och byggnadsnämnden", 8.4, 8.1),
    ("Kultur- och fritidsnämnden", 24.5, 24.3),
]
DR_INV = [
    ("Om- och tillbyggnad Almaskolan", 15000, 6200, 9500),
    ("Ny förskola Strömsnäsbruk, projektering", 2000, 1100, 1800),
    ("Reinvestering gator och vägar", 4100, 2900, 4100),
    ("VA-ledningar Traryd", 12000, 5400, 9000),
    ("Energieffektivisering kommunala fastigheter", 8500, 3300, 6200),
    ("IT och digitalisering", 2400, 1500, 2400),
    ("Inventarier", 1500, 700, 1300),
    ("Övriga projekt", 12500, 3500, 7000),
]
assert [sum(r[i] for r in DR_INV) for i in (1, 2, 3)] == [58000, 24600, 41300]


def budget_pdf(path):
    pdf = Doc("Budget och plan 2025–2027  ·  Markaryds kommun", "Markaryds kommun – Budget och plan 2025–2027 – sid {p}")
    pdf.set_title("Budget och plan 2025–2027")
    pdf.set_author("Markaryds kommun")
    pdf.add_page()
    pdf.set_y(50)
    pdf.set_font("DV", "B", 12)
    pdf.cell(0, 8, "MARKARYDS KOMMUN", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "B", 30)
    pdf.cell(0, 16, "Budget och plan", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "B", 30)
    pdf.cell(0, 16, "2025–2027", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(20)
    pdf.set_font("DV", "", 10)
    pdf.cell(0, 6, "Beslutad av kommunfullmäktige den 18 november 2024, § 121", new_x="LMARGIN", new_y="NEXT")

    pdf.add_page()
    pdf.h1("Förord")
    pdf.p("Markaryds kommun står inför flera år med stora investeringar och en befolkning som blir äldre. "
          "Antalet invånare över 80 år beräknas öka med nästan 20 procent fram till 2030. För att klara "
          "välfärden på lång sikt har vi tagit ett ansvarsfullt beslut: skattesatsen höjs med 20 öre till "
          "22,46 kronor från 2025.")
    pdf.p("Höjningen ger cirka 5,3 miljoner kronor mer i skatteintäkter per år. Pengarna går framför allt till "
          "omsorgen och skolan. Omsorgsnämnden får en ram som är 13,7 miljoner kronor större än 2024 och "
          "barn- och utbildningsnämnden en ram som är 13,9 miljoner kronor större.")
    pdf.p("Det budgeterade resultatet för 2025 är 19,6 miljoner kronor, vilket motsvarar 2,4 procent av "
          "skatteintäkter och generella statsbidrag. Under planperioden planerar vi för ett nytt vård- och "
          "omsorgsboende i Markaryd med 60 platser. Det är kommunens största investering någonsin och beräknas "
          "kosta 80 miljoner kronor under 2025–2027.")
    pdf.p("Jag vill rikta ett stort tack till kommunens medarbetare, som varje dag gör skillnad för "
          "markarydsborna.")
    pdf.set_font("DV", "B", 10)
    pdf.cell(0, 6, "Jonas Ekdahl (C)", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 10)
    pdf.cell(0, 6, "Kommunstyrelsens ordförande", new_x="LMARGIN", new_y="NEXT")

    pdf.add_page()
    pdf.h1("Budgetförutsättningar")
    pdf.h2("Befolkning")
    pdf.p("Den 31 december 2023 hade Markaryds kommun 10 312 invånare. Budgeten bygger på en befolkning om "
          "10 350 invånare, vilket är underlaget för beräkningen av skatteintäkter och statsbidrag.")
    pdf.h2("Skatteintäkter och generella statsbidrag")
    pdf.p("Skatteintäkterna har beräknats utifrån Sveriges Kommuner och Regioners prognos i oktober 2024 och en "
          "skattesats på 22,46 kronor. Skatteintäkter och generella statsbidrag uppgår till 829,8 miljoner "
          "kronor 2025, en ökning med 31,9 miljoner kronor jämfört med budget 2024.")
    pdf.h2("Personalkostnader")
    pdf.p("Lönerna har räknats upp med 3,3 procent 2025. Varje procentenhet i löneökning motsvarar cirka "
          "4,7 miljoner kronor. Pensionskostnaderna ökar med 3,9 miljoner kronor jämfört med 2024. "
          "Antalet årsarbetare beräknas till 905 under 2025.")
    pdf.h2("Effektiviseringar")
    pdf.p("Samtliga nämnder har ett effektiviseringskrav på 1 procent av nettoramen, motsvarande cirka "
          "7,8 miljoner kronor. Omsorgsnämnden har därutöver antagit en åtgärdsplan för att komma i "
          "ekonomisk balans.")

    pdf.add_page()
    pdf.h1("Mål för god ekonomisk hushållning")
    pdf.h2("Finansiella mål")
    pdf.bullets([
        "Resultatet ska uppgå till minst 2 procent av skatteintäkter och generella statsbidrag, i genomsnitt över perioden.",
        "Investeringarna ska självfinansieras till minst 70 procent under planperioden.",
        "Låneskulden ska inte överstiga 36 000 kronor per invånare.",
    ])
    pdf.p("Det genomsnittliga resultatet för perioden 2025–2027 beräknas till 2,5 procent av skatter och bidrag. "
          "Självfinansieringsgraden för investeringarna under planperioden beräknas till 104 procent.")
    pdf.h2("Verksamhetsmål")
    pdf.bullets([
        "Alla barn ska erbjudas förskoleplats inom fyra månader från ansökan.",
        "Andelen elever i årskurs 9 med godkända betyg i alla ämnen ska öka till 80 procent.",
        "Väntetiden till särskilt boende ska vara högst 60 dagar.",
        "Kommunens energianvändning i egna lokaler ska minska med 10 procent till 2027.",
    ])

    # resultatbudget with Not column and three-line header
    pdf.add_page()
    pdf.h1("Resultatbudget")
    pdf.set_font("DV", "I", 9)
    pdf.cell(0, 5, "Belopp i miljoner kronor", new_x="LMARGIN", new_y="NEXT")
    W = [58, 10, 20, 20, 20, 21, 21]
    hdr = [["", "Not", "Utfall", "Budget", "Budget", "Plan", "Plan"],
           ["", "", "2023", "2024", "2025", "2026", "2027"],
           ["", "", "mnkr", "mnkr", "mnkr", "mnkr", "mnkr"]]
    rows = [
        ("row", ["Verksamhetens intäkter", "1"] + [d(x) for x in RB["int"]]),
        ("row", ["Verksamhetens kostnader", "2"] + [d(x) for x in RB["kost"]]),
        ("row", ["Avskrivningar", "3"] + [d(x) for x in RB["avs"]]),
        ("sum", ["Verksamhetens nettokostnader", ""] + [d(x / 10) for x in NETTO]),
        ("row", ["Skatteintäkter", "4"] + [d(x) for x in RB["skatt"]]),
        ("row", ["Generella statsbidrag och utjämning", "5"] + [d(x) for x in RB["gsb"]]),
        ("sum", ["Verksamhetens resultat", ""] + [d(x / 10) for x in VRES]),
        ("row", ["Finansiella intäkter", ""] + [d(x) for x in RB["fint"]]),
        ("row", ["Finansiella kostnader", ""] + [d(x) for x in RB["fkost"]]),
        ("total", ["Årets resultat", ""] + [d(x / 10) for x in RES]),
    ]
    pdf.table(W, hdr, rows)
    pdf.note("Not 1–5: se avsnittet Noter. Utfall 2023 enligt årsredovisningen. Budget 2024 avser ursprunglig budget.")
    pdf.ln(4)
    pdf.p("Verksamhetens nettokostnader ökar med 29,6 miljoner kronor mellan budget 2024 och budget 2025. "
          "Finansiella kostnader ökar till följd av nya lån för investeringarna.")

    pdf.add_page()
    pdf.h1("Balansbudget")
    pdf.set_font("DV", "I", 9)
    pdf.cell(0, 5, "Belopp i miljoner kronor", new_x="LMARGIN", new_y="NEXT")
    W = [66, 21, 21, 21, 21, 20]
    hdr = [["", "Utfall", "Budget", "Budget", "Plan", "Plan"],
           ["", "2023", "2024", "2025", "2026", "2027"]]
    rows = [
        ("section", ["Tillgångar"]),
        ("row", ["Anläggningstillgångar"] + [d(x) for x in BB["anl"]]),
        ("row", ["Omsättningstillgångar"] + [d(x) for x in BB["oms"]]),
        ("total", ["Summa tillgångar"] + [d(x / 10) for x in BTOT]),
        ("section", ["Eget kapital, avsättningar och skulder"]),
        ("row", ["Eget kapital"] + [d(x) for x in BB["ek"]]),
        ("row", ["Avsättningar"] + [d(x) for x in BB["avs"]]),
        ("row", ["Långfristiga skulder"] + [d(x) for x in BB["lfs"]]),
        ("row", ["Kortfristiga skulder"] + [d(x) for x in BB["kfs"]]),
        ("total", ["Summa eget kapital och skulder"] + [d(x / 10) for x in BTOT]),
        ("row", ["Soliditet, %"] + [sv(x, 1) for x in SOL]),
    ]
    pdf.table(W, hdr, rows)
    pdf.note("Soliditeten är beräknad exklusive pensionsförpliktelser intjänade före 1998.")
    pdf.ln(4)
    pdf.p("Låneskulden beräknas uppgå till 350,0 miljoner kronor vid utgången av 2025, vilket motsvarar "
          "33 816 kronor per invånare.")

    pdf.add_page()
    pdf.h1("Driftbudget")
    pdf.p("Nämndernas ramar anges som nettokostnad. Negativa belopp är kostnader.")
    W = [62, 20, 20, 20, 20, 28]
    hdr = [["Nämnd", "Budget", "Budget", "Plan", "Plan", "Förändring"],
           ["", "2024", "2025", "2026", "2027", "2024–2025"],
           ["", "mnkr", "mnkr", "mnkr", "mnkr", "mnkr"]]
    rows = []
    for nm, v in DRIFT:
        rows.append(("row", [nm] + [d(-x) for x in v] + [d(-(t(v[1]) - t(v[0])) / 10)]))
    rows.append(("sum", ["Summa nämnder"] + [d(-x / 10) for x in DSUM] + [d(-(DSUM[1] - DSUM[0]) / 10)]))
    rows.append(("row", ["Finansförvaltning*"] + [d(-x / 10) for x in DFIN] + [d(-(DFIN[1] - DFIN[0]) / 10)]))
    rows.append(("total", ["Verksamhetens nettokostnader"] + [d(x / 10) for x in NETTO[1:]]
                 + [d((NETTO[2] - NETTO[1]) / 10)]))
    pdf.table(W, hdr, rows)
    pdf.note("* Finansförvaltningen omfattar pensioner, avskrivningar, internränta och löneöversynspott.")

    pdf.add_page()
    pdf.h1("Nämndernas budget 2025")
    pdf.h2("Kommunstyrelsen")
    pdf.p("Kommunstyrelsens ram ökar med 4,4 miljoner kronor. I ramen ingår 1,8 miljoner kronor för "
          "näringslivsfrämjande insatser och 2,0 miljoner kronor för den gemensamma räddningstjänsten. "
          "Arbetet med en ny översiktsplan ska vara klart 2026.")
    pdf.h2("Barn- och utbildningsnämnden")
    pdf.p("Barn- och utbildningsnämnden får 332,5 miljoner kronor 2025. Antalet elever i grundskolan "
          "beräknas till 1 180. Satsningen på läsfrämjande insatser i lågstadiet fortsätter med 600 000 kronor. "
          "Den nya förskolan i Strömsnäsbruk beräknas tas i bruk hösten 2026.")
    pdf.h2("Omsorgsnämnden")
    pdf.p("Omsorgsnämndens ram är 314,9 miljoner kronor. Nämnden har haft stora underskott inom hemtjänsten "
          "och för placeringar. Genom åtgärdsplanen ska kostnaderna minska med 6,95 miljoner kronor på "
          "helårsbasis. Inom ramen finns 3,5 miljoner kronor för fler platser i korttidsboende.")
    pdf.h2("Miljö- och byggnadsnämnden")
    pdf.p("Nämnden tar över tillsynen enligt alkohollagen från kommunstyrelsen. Taxan för livsmedelskontroll "
          "höjs till 1 450 kronor per timme.")
    pdf.h2("Kultur- och fritidsnämnden")
    pdf.p("Föreningsbidragen höjs med 300 000 kronor. Sporthallen i Traryd renoveras under 2025 och hålls "
          "stängd under cirka fyra månader.")

    # investeringar landscape, spans page break
    pdf.add_page(orientation="L")
    pdf.h1("Investeringsbudget 2025–2027")
    pdf.p("Investeringsbudgeten för 2025 uppgår till 52,2 miljoner kronor. Under hela planperioden "
          "investerar kommunen 172,1 miljoner kronor, varav 80,0 miljoner kronor i det nya vård- och "
          "omsorgsboendet.")
    pdf.ln(40)
    W = [100, 30, 30, 30, 30, 37]
    hdr = [["Projekt", "Ansvarig", "Budget 2025", "Plan 2026", "Plan 2027", "Summa 2025–2027"],
           ["", "nämnd", "tkr", "tkr", "tkr", "tkr"]]
    rows = []
    for nm, n, v in INV:
        rows.append(("row", [nm, n] + [sv(x, 0, zero="0") for x in v] + [sv(sum(v), 0)]))
    rows.append(("total", ["Summa investeringar", ""] + [sv(x, 0) for x in ISUM] + [sv(sum(ISUM), 0)]))
    pdf.table(W, hdr, rows, caption="Investeringar per projekt, belopp i tkr",
              cont_caption="Investeringar per projekt, belopp i tkr (forts.)",
              aligns=["L", "L", "R", "R", "R", "R"])
    pdf.note("BUN = barn- och utbildningsnämnden, ON = omsorgsnämnden, KS = kommunstyrelsen, "
             "KFN = kultur- och fritidsnämnden.")

    pdf.add_page(orientation="P")
    pdf.h1("Noter")
    pdf.p("Not 1. Verksamhetens intäkter omfattar taxor, avgifter, hyror och riktade statsbidrag.")
    pdf.p("Not 2. Verksamhetens kostnader omfattar personalkostnader, köp av verksamhet och övriga kostnader. "
          "Personalkostnaderna utgör cirka 62 procent.")
    pdf.p("Not 3. Avskrivningar görs linjärt över tillgångens nyttjandeperiod.")
    pdf.p("Not 4. Skatteintäkterna är beräknade på SKR:s prognos från oktober 2024.")
    pdf.p("Not 5. Generella statsbidrag och utjämning omfattar inkomstutjämning, kostnadsutjämning, "
          "regleringsbidrag och LSS-utjämning.")
    pdf.output(path)


def delar_pdf(path):
    pdf = Doc("Delårsrapport januari–augusti 2024 · Markaryds kommun", "{p}")
    pdf.set_title("Delårsrapport januari–augusti 2024")
    pdf.set_author("Markaryds kommun")
    pdf.add_page()
    pdf.set_y(70)
    pdf.set_font("DV", "B", 26)
    pdf.cell(0, 14, "Delårsrapport", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 16)
    pdf.cell(0, 10, "januari–augusti 2024", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 10, "Markaryds kommun", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(30)
    pdf.set_font("DV", "", 10)
    pdf.cell(0, 6, "Behandlad av kommunfullmäktige 2024-10-28, § 104", align="C")

    pdf.add_page()
    pdf.h1("Sammanfattning")
    pdf.p("Resultatet för perioden januari–augusti 2024 uppgår till 31,7 miljoner kronor, jämfört med "
          "28,9 miljoner kronor för samma period 2023.")
    pdf.p("Prognosen för helåret är ett resultat på 14,6 miljoner kronor. Det är 3,8 miljoner kronor lägre "
          "än budgeterat resultat på 18,4 miljoner kronor.")
    pdf.p("Nämnderna prognostiserar sammantaget ett underskott på 8,4 miljoner kronor. Omsorgsnämnden "
          "prognostiserar ett underskott på 7,7 miljoner kronor, främst inom hemtjänsten, och barn- och "
          "utbildningsnämnden ett underskott på 2,8 miljoner kronor. Finansförvaltningen prognostiserar ett "
          "överskott på 4,6 miljoner kronor tack vare högre skatteintäkter och lägre pensionskostnader.")
    pdf.p("Kostnaderna för placeringar av barn och unga har ökat med 2,4 miljoner kronor jämfört med samma "
          "period föregående år. Personalkostnaderna ökade med 4,9 procent.")
    pdf.p("Investeringarna uppgick till 24,6 miljoner kronor per den 31 augusti. Helårsprognosen är "
          "41,3 miljoner kronor, vilket är 16,7 miljoner kronor lägre än budget.")
    pdf.h2("Väsentliga händelser")
    pdf.bullets([
        "Kommunfullmäktige beslutade i juni att påbörja projekteringen av ett nytt vård- och omsorgsboende.",
        "Omsorgsnämnden har tagit fram en åtgärdsplan för att komma i ekonomisk balans.",
        "Ny rektor för Almaskolan tillträdde den 1 augusti.",
    ])

    pdf.add_page()
    pdf.h1("Resultaträkning")
    pdf.set_font("DV", "I", 9)
    pdf.cell(0, 5, "Belopp i mnkr", new_x="LMARGIN", new_y="NEXT")
    W = [52, 9, 22, 22, 21, 21, 23]
    hdr = [["", "Not", "Utfall", "Utfall", "Budget", "Prognos", "Avvikelse"],
           ["", "", "jan–aug", "jan–aug", "2024", "2024", "prognos/"],
           ["", "", "2024", "2023", "", "", "budget"]]
    def avv(k):
        return d((t(DR_RR[k][3]) - t(DR_RR[k][2])) / 10)
    rows = [
        ("row", ["Verksamhetens intäkter", "1"] + [d(x) for x in DR_RR["int"]] + [avv("int")]),
        ("row", ["Verksamhetens kostnader", "2"] + [d(x) for x in DR_RR["kost"]] + [avv("kost")]),
        ("row", ["Avskrivningar", ""] + [d(x) for x in DR_RR["avs"]] + [avv("avs")]),
        ("sum", ["Verksamhetens nettokostnader", ""] + [d(x / 10) for x in DR_N] + [d((DR_N[3] - DR_N[2]) / 10)]),
        ("row", ["Skatteintäkter", "3"] + [d(x) for x in DR_RR["skatt"]] + [avv("skatt")]),
        ("row", ["Generella statsbidrag", "3"] + [d(x) for x in DR_RR["gsb"]] + [avv("gsb")]),
        ("sum", ["Verksamhetens resultat", ""] + [d(x / 10) for x in DR_V] + [d((DR_V[3] - DR_V[2]) / 10)]),
        ("row", ["Finansiella intäkter", ""] + [d(x) for x in DR_RR["fint"]] + [avv("fint")]),
        ("row", ["Finansiella kostnader", ""] + [d(x) for x in DR_RR["fkost"]] + [avv("fkost")]),
        ("total", ["Periodens/årets resultat", ""] + [d(x / 10) for x in DR_R] + [d((DR_R[3] - DR_R[2]) / 10)]),
    ]
    pdf.table(W, hdr, rows)
    pdf.note("Periodens resultat påverkas av att semesterlöneskulden minskar under sommaren.")
    pdf.ln(6)
    pdf.h1("Nämndernas prognos")
    W = [70, 30, 30, 30]
    hdr = [["Nettokostnad, mnkr", "Budget 2024", "Prognos 2024", "Avvikelse"]]
    rows = []
    for nm, b, p in DR_PROG:
        rows.append(("row", [nm, d(-b), d(-p), d((t(b) - t(p)) / 10)]))
    bs = sum(t(b) for _, b, _ in DR_PROG)
    ps = sum(t(p) for _, _, p in DR_PROG)
    assert bs - ps == -84
    rows.append(("sum", ["Summa nämnder", d(-bs / 10), d(-ps / 10), d((bs - ps) / 10)]))
    rows.append(("row", ["Finansförvaltning", "", "", "4,6"]))
    rows.append(("total", ["Total avvikelse mot budget", "", "", "– 3,8"]))
    pdf.table(W, hdr, rows)

    pdf.add_page()
    pdf.h1("Investeringar")
    pdf.p("Flera projekt har förskjutits i tid. Om- och tillbyggnaden av Almaskolan startade senare än planerat "
          "på grund av ett överklagat upphandlingsbeslut.")
    W = [86, 26, 28, 30]
    hdr = [["Projekt, tkr", "Budget 2024", "Utfall jan–aug", "Prognos 2024"]]
    rows = [("row", [n, sv(b, 0), sv(u, 0), sv(p, 0)]) for n, b, u, p in DR_INV]
    rows.append(("total", ["Summa", "58 000", "24 600", "41 300"]))
    pdf.table(W, hdr, rows, caption="Investeringsprojekt 2024")
    pdf.ln(4)
    pdf.h1("Personal")
    pdf.p("Den 31 augusti 2024 hade kommunen 872 tillsvidareanställda. Sjukfrånvaron för perioden "
          "januari–augusti var 6,8 procent, jämfört med 7,3 procent samma period 2023.")
    pdf.h2("Måluppfyllelse")
    W = [110, 60]
    hdr = [["Mål", "Bedömning augusti 2024"]]
    rows = [
        ("row", ["Resultat minst 2 procent av skatter och bidrag", "Uppfylls inte"]),
        ("row", ["Investeringar självfinansieras till minst 70 procent", "Uppfylls"]),
        ("row", ["Förskoleplats inom fyra månader", "Uppfylls"]),
        ("row", ["Väntetid till särskilt boende högst 60 dagar", "Uppfylls delvis"]),
    ]
    pdf.table(W, hdr, rows, aligns=["L", "L"])
    pdf.output(path)


def html(path):
    trs = []
    for nm, v in DRIFT:
        ch = (t(v[1]) - t(v[0])) / 10
        trs.append(f"            <tr><td>{nm}</td><td>{sv(v[0])}</td><td>{sv(v[1])}</td><td>+{sv(ch)}</td></tr>")
    trs.append(f"            <tr><td><strong>Summa</strong></td><td>{sv(DSUM[0] / 10)}</td><td>{sv(DSUM[1] / 10)}</td>"
               f"<td>+{sv((DSUM[1] - DSUM[0]) / 10)}</td></tr>")
    rows = "\n".join(trs)
    doc = f"""<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Fullmäktige har beslutat om budget 2025 | Markaryds kommun</title>
<meta name="description" content="Nyhet från Markaryds kommun">
</head>
<body>
<div class="cookies" role="dialog">
  <strong>Markaryd.se använder kakor</strong>
  <p>Vi använder nödvändiga kakor för att webbplatsen ska fungera och analyskakor för att förbättra den.</p>
  <button type="button">Godkänn</button><button type="button">Neka</button>
</div>
<div class="top-bar"><a href="/lattlast">Lättläst</a> | <a href="/other-languages">Other languages</a> | <a href="/lyssna">Lyssna</a></div>
<header class="site-header">
  <a href="/"><img src="/images/markaryd-logo.svg" alt="Markaryds kommun"></a>
  <ul class="main-menu">
    <li><a href="/forskola-och-skola">Förskola och skola</a></li>
    <li><a href="/omsorg-och-hjalp">Omsorg och hjälp</a></li>
    <li><a href="/bo-och-bygga">Bo och bygga</a></li>
    <li><a href="/uppleva-och-gora">Uppleva och göra</a></li>
    <li><a href="/kommun-och-politik">Kommun och politik</a></li>
  </ul>
</header>
<main id="content">
  <div class="news-article">
    <p class="date">Publicerad 20 november 2024</p>
    <h1>Fullmäktige har beslutat om budget 2025</h1>
    <p class="lead">Kommunfullmäktige i Markaryd beslutade den 18 november om budget för 2025 och plan för 2026–2027. Skattesatsen höjs med 20 öre till 22,46 kronor.</p>
    <p>Skattehöjningen innebär att den som tjänar 35 000 kronor i månaden betalar 70 kronor mer i kommunalskatt per månad. Totalt ger höjningen cirka 5,3 miljoner kronor per år.</p>
    <p>Det budgeterade resultatet för 2025 är 19,6 miljoner kronor. Omsorgsnämnden får 13,7 miljoner kronor mer än 2024 och barn- och utbildningsnämnden 13,9 miljoner kronor mer.</p>
    <h2>Nämndernas ramar</h2>
    <div class="table-wrapper">
      <table>
        <caption>Nettokostnadsramar, miljoner kronor</caption>
        <thead>
          <tr><th>Nämnd</th><th>Budget 2024</th><th>Budget 2025</th><th>Förändring</th></tr>
        </thead>
        <tbody>
{rows}
        </tbody>
      </table>
    </div>
    <p>Beslutet fattades efter votering med 18 röster mot 13. Socialdemokraterna och Sverigedemokraterna hade egna budgetförslag utan skattehöjning.</p>
    <p>Investeringsbudgeten för 2025 är 52,2 miljoner kronor. Det största projektet 2025 är den nya förskolan i Strömsnäsbruk.</p>
    <p>Läs hela dokumentet Budget och plan 2025–2027 på sidan Budget och årsredovisning.</p>
    <p class="updated">Senast uppdaterad 22 november 2024</p>
  </div>
  <aside class="share">Dela: <a href="#">Facebook</a> <a href="#">LinkedIn</a> <a href="#">E-post</a></aside>
</main>
<footer class="site-footer">
  <div>Markaryds kommun<br>Box 74, 285 22 Markaryd<br>Växel 0433-720 00</div>
  <div><a href="/kontakt">Kontakta oss</a> · <a href="/om-webbplatsen">Om webbplatsen</a> · <a href="/kakor">Kakor</a></div>
  <div>© Markaryds kommun</div>
</footer>
</body>
</html>
"""
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(doc)


ATG = [
    ("Översyn av hemtjänstens planering och scheman", "Hemtjänst", 600, 2400),
    ("Minskade externa placeringar genom utökad öppenvård", "Individ- och familjeomsorg", 450, 1800),
    ("Samordning av nattpatrullen", "Hemtjänst", 300, 1200),
    ("Samordning av korttidsplatser", "Särskilt boende", 200, 900),
    ("Vakanshållning inom administrationen", "Ledning och administration", 160, 650),
]


def docx(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)
    doc.add_paragraph("MARKARYDS KOMMUN – Protokoll")
    doc.add_paragraph("Omsorgsnämnden")
    doc.add_paragraph("Sammanträdesdatum 2024-10-16")
    doc.add_paragraph("Plats: Kommunhuset, sammanträdesrum Lagan, kl. 13.00–16.10")
    doc.add_paragraph("Beslutande: Karin Axelsson (KD), ordförande; Erik Johansson (C), vice ordförande; "
                      "Anders Persson (S); Maria Holm (S); Sofia Lind (M); Bo Karlsson (SD); Leif Strand (SD); "
                      "Jenny Ek (L); Hassan Omar (S)")
    doc.add_paragraph("Övriga närvarande: Ulrika Berg, förvaltningschef; Peter Sjöholm, controller")

    doc.add_heading("§ 58 Delårsrapport januari–augusti 2024 för omsorgsnämnden", level=2)
    doc.add_paragraph("Dnr ON 2024/87")
    doc.add_paragraph("Omsorgsnämndens prognos för helåret visar ett underskott på 7,7 miljoner kronor. "
                      "Underskottet finns främst inom hemtjänsten, där antalet beviljade timmar har ökat med "
                      "11 procent jämfört med 2023, och inom individ- och familjeomsorgen.")
    doc.add_paragraph("Beslut: Omsorgsnämnden godkänner delårsrapporten och överlämnar den till kommunstyrelsen.")

    doc.add_heading("§ 59 Åtgärdsplan för ekonomi i balans", level=2)
    doc.add_paragraph("Dnr ON 2024/91")
    doc.add_paragraph("Förvaltningen har på nämndens uppdrag tagit fram en åtgärdsplan. Åtgärderna beräknas "
                      "ge en besparing på 1 710 tkr under resten av 2024 och 6 950 tkr på helårsbasis från 2025.")
    t_ = doc.add_table(rows=1, cols=4)
    t_.style = "Table Grid"
    h = t_.rows[0].cells
    h[0].text, h[1].text, h[2].text, h[3].text = "Åtgärd", "Verksamhet", "Effekt 2024, tkr", "Effekt helår 2025, tkr"
    for a, v, e24, e25 in ATG:
        r = t_.add_row().cells
        r[0].text, r[1].text, r[2].text, r[3].text = a, v, sv(e24, 0), sv(e25, 0)
    assert sum(x[2] for x in ATG) == 1710 and sum(x[3] for x in ATG) == 6950
    r = t_.add_row().cells
    r[0].text, r[1].text, r[2].text, r[3].text = "Summa", "", "1 710", "6 950"
    doc.add_paragraph("")
    doc.add_paragraph("Yrkanden: Karin Axelsson (KD) yrkar bifall till förvaltningens förslag. Anders Persson (S) "
                      "yrkar att åtgärden om samordning av nattpatrullen stryks.")
    doc.add_paragraph("Omröstning: Ordföranden ställer proposition på förslagen. Omröstning begärs. Med 6 röster "
                      "för ordförandens förslag mot 3 röster för Anders Perssons förslag beslutar nämnden enligt "
                      "ordförandens förslag.")
    doc.add_paragraph("Beslut: Omsorgsnämnden antar åtgärdsplanen för ekonomi i balans. Förvaltningen ska "
                      "återrapportera effekterna vid nämndens sammanträde i februari 2025.")
    doc.add_paragraph("Reservation: Anders Persson (S), Maria Holm (S) och Hassan Omar (S) reserverar sig mot "
                      "beslutet till förmån för eget yrkande.")

    doc.add_heading("§ 60 Avgifter inom vård och omsorg 2025", level=2)
    doc.add_paragraph("Dnr ON 2024/95")
    doc.add_paragraph("Förslaget innebär att avgiften för matdistribution höjs från 1 980 kronor till 2 100 kronor "
                      "per månad och att avgiften för trygghetslarm höjs från 250 kronor till 280 kronor per månad. "
                      "Högkostnadsskyddet följer den nationella maxtaxan.")
    doc.add_paragraph("Beslut: Omsorgsnämnden föreslår kommunfullmäktige att anta avgifterna från den 1 januari 2025.")

    doc.add_heading("§ 61 Informationsärenden", level=2)
    doc.add_paragraph("Förvaltningschefen informerar om att rekryteringen av sjuksköterskor till nattorganisationen "
                      "är klar och om läget i projekteringen av det nya vård- och omsorgsboendet.")
    doc.add_paragraph("Justerat 2024-10-21. Ordförande Karin Axelsson, justerare Sofia Lind.")
    save_docx(doc, path)


NETTOK = [
    ("Förskola", [62400, 64100, 67800, 71200, 74900]),
    ("Grundskola inkl. förskoleklass", [138500, 142300, 149700, 156400, 163100]),
    ("Gymnasieskola", [52100, 53900, 55200, 57600, 59300]),
    ("Äldreomsorg", [168300, 174600, 181900, 192700, 204800]),
    ("Insatser enligt LSS", [58700, 61200, 63500, 66900, 70100]),
    ("Individ- och familjeomsorg", [44800, 46200, 49300, 53800, 57400]),
    ("Kultur och fritid", [21300, 21900, 22700, 23400, 24100]),
    ("Gator, vägar och parker", [18200, 18700, 19600, 20300, 21000]),
    ("Räddningstjänst", [11900, 12300, 12800, 13500, 14000]),
]
NYCK = [  # år, folkmängd, skattesats, nettokostnad/inv, sjukfrånvaro, anställda
    (2020, 10208, 22.26, 64120, 7.9, 845),
    (2021, 10186, 22.26, 66010, 8.8, 851),
    (2022, 10241, 22.26, 69480, 8.2, 862),
    (2023, 10312, 22.26, 72790, 7.4, 868),
    (2024, 10356, 22.26, 75160, 6.9, 876),
]


def xlsx(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Nettokostnader"
    ws["A1"] = "Markaryds kommun – nettokostnad per verksamhet 2020–2024"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Belopp i tkr, löpande priser"
    ws.append(["Verksamhet", 2020, 2021, 2022, 2023, 2024])
    for c in ws[3]:
        c.font = Font(bold=True)
    for nm, v in NETTOK:
        ws.append([nm] + v)
    ws.append(["Summa redovisade verksamheter"] + [sum(r[1][i] for r in NETTOK) for i in range(5)])
    for c in ws[ws.max_row]:
        c.font = Font(bold=True)
    ws.append([])
    ws.append(["Anm. Urval av verksamheter enligt räkenskapssammandraget. Summan motsvarar inte kommunens totala nettokostnad."])
    ws.column_dimensions["A"].width = 34

    ws2 = wb.create_sheet("Nyckeltal")
    ws2["A1"] = "Nyckeltal per år"
    ws2["A1"].font = Font(bold=True, size=12)
    ws2["A2"] = "Folkmängd den 31 december; nettokostnad i kronor per invånare; sjukfrånvaro i procent av tillgänglig tid"
    ws2.append(["År", "Folkmängd", "Skattesats, kr", "Nettokostnad per invånare, kr", "Sjukfrånvaro, %",
                "Tillsvidareanställda"])
    for c in ws2[3]:
        c.font = Font(bold=True)
    for row in NYCK:
        ws2.append(list(row))
    ws2.column_dimensions["D"].width = 28
    save_xlsx(wb, path)


def press(path):
    txt = """PRESSMEDDELANDE
Markaryds kommun
2025-02-04

Nu startar bygget av den nya förskolan i Strömsnäsbruk

Måndagen den 10 februari 2025 tas det första spadtaget för den nya förskolan i Strömsnäsbruk. Förskolan får sex avdelningar och plats för 108 barn. Den ersätter förskolorna Solrosen och Blåklockan, som i dag har 72 barn tillsammans.

Byggnaden uppförs av Sunnerbo Bygg AB efter en upphandling där fyra anbud kom in. Den totala investeringen beräknas till 27,5 miljoner kronor, utöver de 1,8 miljoner kronor som projekteringen kostade under 2024. Inflyttning är planerad till augusti 2026.

Taket förses med solceller som beräknas producera 45 000 kWh per år. Kommunen har dessutom fått 650 000 kronor i bidrag från Boverket för en grönare utemiljö med odlingslådor och naturlek.

"Vi har länge haft brist på förskoleplatser i Strömsnäsbruk. Nu kan vi erbjuda moderna lokaler och en bra arbetsmiljö för personalen", säger Eva Nordin, barn- och utbildningschef.

Under byggtiden stängs en del av parkeringen vid Strömsnässkolan. Föräldrar ombeds lämna och hämta barn via Parkvägen.

För mer information:
Eva Nordin, barn- och utbildningschef, 0433-721 40
Lars Wiklund (M), ordförande i barn- och utbildningsnämnden, 0433-721 00
"""
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(txt)


FILES = {
    "budget-och-plan-2025-2027.pdf": budget_pdf,
    "delarsrapport-januari-augusti-2024.pdf": delar_pdf,
    "nyhet-budget-2025-beslutad.html": html,
    "protokoll-omsorgsnamnden-2024-10-16.docx": docx,
    "verksamhetsstatistik-2020-2024.xlsx": xlsx,
    "pressmeddelande-forskola-stromsnasbruk.txt": press,
}


def build(outdir):
    dd = os.path.join(outdir, NAME)
    os.makedirs(dd, exist_ok=True)
    for fn, f in FILES.items():
        f(os.path.join(dd, fn))
