"""Munkedals kommun: budget PDF, delårsrapport PDF, HTML, DOCX protocol, XLSX, text press release."""
import datetime
import os

import docx
import openpyxl
from docx.shared import Pt
from openpyxl.styles import Font

from common import DocPDF, fmt, normalize_zip, docx_table, fix_docx_props

CHAIR = "Karin Blomgren (C)"

# Resultatbudget, tkr: Bokslut 2023, Budget 2024, Budget 2025, Plan 2026, Plan 2027
RB = {
    "int": [118400, 121000, 124600, 127100, 129700],
    "kost": [-842300, -861500, -889200, -912800, -936100],
    "avs": [-28900, -31200, -33800, -36100, -38000],
    "skatt": [556700, 578900, 602300, 622400, 644100],
    "gsb": [214300, 221600, 231800, 238200, 243900],
    "finint": [2100, 1900, 1800, 1800, 1700],
    "finkost": [-6800, -8900, -10400, -11600, -12700],
}
RB["netto"] = [a + b + c for a, b, c in zip(RB["int"], RB["kost"], RB["avs"])]
RB["vres"] = [n + s + g for n, s, g in zip(RB["netto"], RB["skatt"], RB["gsb"])]
RB["res"] = [v + i + k for v, i, k in zip(RB["vres"], RB["finint"], RB["finkost"])]

DRIFT = [  # mnkr: budget 2024, budget 2025, plan 2026, plan 2027
    ("Kommunfullmäktige inkl. revision", 4.9, 5.1, 5.2, 5.3),
    ("Kommunstyrelsen", 118.6, 124.3, 127.6, 130.9),
    ("Barn- och utbildningsnämnden", 312.4, 321.8, 330.2, 338.5),
    ("Välfärdsnämnden", 318.9, 334.6, 346.1, 357.4),
    ("Byggnadsnämnden", 6.2, 6.4, 6.6, 6.7),
]
DSUM = [round(sum(d[i] for d in DRIFT), 1) for i in (1, 2, 3, 4)]
NETTO_M = [round(-RB["netto"][i] / 1000, 1) for i in (1, 2, 3, 4)]
FINF = [round(n - s, 1) for n, s in zip(NETTO_M, DSUM)]

INVEST = [  # projekt, nämnd, 2025, 2026, 2027 (tkr)
    ("Ny förskola Hedekas", "BUN", 18500, 6000, 0),
    ("Kungsmarksskolan, tillbyggnad", "BUN", 12000, 22000, 8000),
    ("Inventarier skola och förskola", "BUN", 1500, 1500, 1500),
    ("Ekebackens äldreboende, ombyggnad", "VFN", 9800, 4200, 0),
    ("Välfärdsteknik", "VFN", 1200, 1000, 1000),
    ("VA-sanering Saltkällan", "KS", 14600, 9000, 3000),
    ("Munkedals reningsverk, nytt biosteg", "KS", 6000, 18000, 25000),
    ("Gång- och cykelväg Dingle–Munkedal", "KS", 4200, 3800, 0),
    ("Gatubelysning, byte till LED", "KS", 2100, 2100, 1000),
    ("Fastighetsunderhåll, reinvesteringar", "KS", 7500, 7500, 7500),
    ("IT och digitalisering", "KS", 1800, 1800, 1800),
    ("Konstgräsplan Hällevadsholm", "KS", 3900, 0, 0),
]
INV_TOT = [sum(p[i] for p in INVEST) for i in (2, 3, 4)]

BAL = {
    "anl": [842.5, 896.3, 945.6, 986.4, 997.2],
    "oms": [98.4, 92.0, 90.5, 91.2, 93.8],
    "ek": [296.1, 317.9, 345.0, 374.0, 406.6],
    "avs": [38.2, 40.1, 42.0, 43.8, 45.5],
    "kort": [158.3, 160.0, 162.0, 165.0, 168.0],
}
BAL["sum"] = [round(a + o, 1) for a, o in zip(BAL["anl"], BAL["oms"])]
BAL["lang"] = [round(s - e - a - k, 1) for s, e, a, k in zip(BAL["sum"], BAL["ek"], BAL["avs"], BAL["kort"])]
BAL["sol"] = [round(100 * e / s, 1) for e, s in zip(BAL["ek"], BAL["sum"])]

BUN_VERKS = [  # tkr budget 2024, budget 2025
    ("Nämnd och förvaltningsledning", 9800, 10100),
    ("Förskola", 78400, 80900),
    ("Fritidshem", 14200, 14600),
    ("Förskoleklass", 6900, 7100),
    ("Grundskola", 139600, 143700),
    ("Anpassad grundskola", 8700, 9100),
    ("Gymnasieskola", 48300, 49700),
    ("Vuxenutbildning", 6500, 6600),
]
VFN_VERKS = [
    ("Nämnd och förvaltningsledning", 12400, 12600),
    ("Särskilt boende", 121300, 126900),
    ("Hemtjänst", 74600, 81100),
    ("Hälso- och sjukvård", 28700, 29900),
    ("Stöd enligt LSS", 41800, 43500),
    ("Individ- och familjeomsorg", 31200, 32100),
    ("Försörjningsstöd", 8900, 8500),
]


def tk(v, neg="endash"):
    return fmt(v, 0, neg)


def f1(v, neg="hyphen"):
    return fmt(v, 1, neg)


def budget_pdf(path):
    pdf = DocPDF("Budget och plan 2025–2027 | Munkedals kommun", "Munkedals kommun")
    pdf.add_page()
    pdf.ln(45)
    pdf.set_font("DejaVu", "B", 26)
    pdf.multi_cell(0, 13, "Budget och plan\n2025–2027", align="C")
    pdf.ln(20)
    pdf.set_font("DejaVu", "B", 15)
    pdf.multi_cell(0, 8, "Munkedals kommun", align="C")
    pdf.set_font("DejaVu", "", 10)
    pdf.ln(6)
    pdf.multi_cell(0, 6, "Beslutad av kommunfullmäktige 2024-11-18, § 97", align="C")

    pdf.add_page()
    pdf.h1("Innehåll")
    pdf.set_font("DejaVu", "", 10)
    for t, p in [("Förord", 3), ("Förutsättningar", 4), ("Mål för god ekonomisk hushållning", 5),
                 ("Resultatbudget", 6), ("Balansbudget", 7), ("Driftbudget per nämnd", 7),
                 ("Investeringsbudget", 8), ("Nämndernas uppdrag", 9), ("Känslighetsanalys", 10)]:
        pdf.cell(150, 7, t)
        pdf.cell(0, 7, str(p), align="R", new_x="LMARGIN", new_y="NEXT")

    pdf.add_page()
    pdf.h1("Förord")
    pdf.para("Munkedal är en kommun i utveckling. Fler vill bo här, och vi bygger nya förskolor, bostäder och "
             "gång- och cykelvägar. Samtidigt ökar behoven inom äldreomsorgen snabbare än skatteintäkterna.")
    pdf.para("För att klara välfärden utan att skjuta problemen framför oss föreslår vi att skattesatsen höjs med "
             "30 öre till 22,95 kronor. Skattehöjningen ger cirka 7,9 miljoner kronor per år, pengar som går direkt "
             "till äldreomsorg och skola.")
    pdf.para("Välfärdsnämnden tillförs 6,5 miljoner kronor för ökade volymer inom hemtjänsten. Barn- och "
             "utbildningsnämnden får 2,1 miljoner kronor till lovskola och läxhjälp. Samtidigt genomför vi "
             "besparingar om totalt 12,4 miljoner kronor, främst inom administration, lokaler och inköp.")
    pdf.para(f"Budgeten ger ett resultat på {fmt(RB['res'][2] / 1000, 1)} miljoner kronor 2025. Det är ett nödvändigt "
             "överskott för att vi ska kunna finansiera investeringarna i förskolor, skolor och reningsverk utan att "
             "låneskulden växer för snabbt.")
    pdf.para(f"{CHAIR}\nKommunstyrelsens ordförande", style="B")

    pdf.add_page()
    pdf.h1("Förutsättningar")
    pdf.para("Munkedals kommun hade 10 480 invånare den 30 juni 2024. Budgeten bygger på en befolkning om 10 520 "
             "invånare 2025. Befolkningsökningen sker främst i åldrarna över 75 år och i tätorten Munkedal.")
    pdf.para("Skatteintäkterna beräknas utifrån Sveriges Kommuner och Regioners prognos från oktober 2024. "
             "Nämndernas ramar har räknats upp med 2,9 procent för löneökningar och 2,0 procent för övriga kostnader.")
    pdf.para("Pensionskostnaderna ökar med 5,8 miljoner kronor 2025 jämfört med 2024. Räntekostnaderna beräknas med "
             "en genomsnittlig ränta på 3,4 procent.")
    pdf.h2("Befolkning i åldersgrupper")
    pdf.para("Antalet invånare över 80 år beräknas öka från 720 till 790 under planperioden, medan antalet barn i "
             "åldern 1–5 år beräknas vara i stort sett oförändrat, cirka 560 barn.")

    pdf.add_page()
    pdf.h1("Mål för god ekonomisk hushållning")
    pdf.bullets([
        "Årets resultat ska uppgå till minst 2,5 procent av skatteintäkter och generella statsbidrag.",
        "Investeringar i skattefinansierad verksamhet ska finansieras med egna medel till minst 70 procent under planperioden.",
        "Soliditeten enligt balansräkningen ska öka varje år.",
        "Nämnderna ska bedriva sin verksamhet inom tilldelad budgetram.",
    ])
    pdf.para("Utöver de finansiella målen har kommunfullmäktige beslutat om fyra verksamhetsmål: ökad "
             "måluppfyllelse i skolan, trygg och värdig äldreomsorg, ett hållbart samhällsbyggande och en attraktiv "
             "arbetsgivare. Målen följs upp i delårsrapport och årsredovisning.")

    pdf.add_page()
    pdf.h1("Resultatbudget")
    names = [("Verksamhetens intäkter", "int"), ("Verksamhetens kostnader", "kost"), ("Avskrivningar", "avs"),
             ("Verksamhetens nettokostnad", "netto"), ("Skatteintäkter", "skatt"),
             ("Generella statsbidrag och utjämning", "gsb"), ("Verksamhetens resultat", "vres"),
             ("Finansiella intäkter", "finint"), ("Finansiella kostnader", "finkost"), ("Årets resultat", "res")]
    rows = [([n] + [tk(v) for v in RB[k]], "b" if k in ("netto", "vres", "res") else "n") for n, k in names]
    pct = [fmt(100 * r / (s + g), 1) for r, s, g in zip(RB["res"], RB["skatt"], RB["gsb"])]
    rows.append((["Resultat i procent av skatter och bidrag"] + pct, "n"))
    pdf.table([["Tkr", "Bokslut", "Budget", "Budget", "Plan", "Plan"],
               ["", "2023", "2024", "2025", "2026", "2027"]],
              rows, [65, 21, 21, 21, 21, 21], caption="Resultatbudget (belopp i tkr)")
    pdf.para("Verksamhetens nettokostnad ökar med 3,5 procent 2025. Skatteintäkter och generella statsbidrag ökar "
             "med 4,2 procent, främst till följd av skattehöjningen och ett högre skatteunderlag.")
    pdf.para("Resultatet för 2025 motsvarar 3,2 procent av skatteintäkter och generella statsbidrag, vilket "
             "överträffar målet om 2,5 procent.")

    pdf.add_page()
    pdf.h1("Balansbudget")
    rows = [(["Anläggningstillgångar"] + [f1(v) for v in BAL["anl"]], "n"),
            (["Omsättningstillgångar"] + [f1(v) for v in BAL["oms"]], "n"),
            (["Summa tillgångar"] + [f1(v) for v in BAL["sum"]], "b"),
            (["Eget kapital"] + [f1(v) for v in BAL["ek"]], "n"),
            (["Avsättningar för pensioner"] + [f1(v) for v in BAL["avs"]], "n"),
            (["Långfristiga skulder"] + [f1(v) for v in BAL["lang"]], "n"),
            (["Kortfristiga skulder"] + [f1(v) for v in BAL["kort"]], "n"),
            (["Summa eget kapital och skulder"] + [f1(v) for v in BAL["sum"]], "b"),
            (["Soliditet (%)"] + [f1(v) for v in BAL["sol"]], "n")]
    pdf.table([["Mnkr", "Bokslut", "Budget", "Budget", "Plan", "Plan"],
               ["", "2023", "2024", "2025", "2026", "2027"]],
              rows, [65, 21, 21, 21, 21, 21], caption="Balansbudget (mnkr)")
    pdf.h1("Driftbudget per nämnd")
    rows = []
    for n, a, b, c, d in DRIFT:
        rows.append(([n, f1(a), f1(b), f1(c), f1(d), f1(100 * (b - a) / a)], "n"))
    rows.append((["Summa nämnder"] + [f1(v) for v in DSUM] + [f1(100 * (DSUM[1] - DSUM[0]) / DSUM[0])], "b"))
    rows.append((["Finansförvaltning"] + [f1(v) for v in FINF] + [""], "n"))
    rows.append((["Verksamhetens nettokostnad"] + [f1(v) for v in NETTO_M] + [f1(100 * (NETTO_M[1] - NETTO_M[0]) / NETTO_M[0])], "b"))
    pdf.table([["Nämnd", "Budget", "Budget", "Plan", "Plan", "Förändring"],
               ["(mnkr)", "2024", "2025", "2026", "2027", "%"]],
              rows, [56, 23, 23, 23, 23, 22], caption="Driftbudget per nämnd, nettokostnad")
    pdf.small("Förändring % avser förändringen mellan budget 2024 och budget 2025. Finansförvaltningen omfattar "
              "pensioner, arbetsgivaravgifter och interna kapitalkostnader.")

    pdf.add_page(orientation="L")
    pdf.h1("Investeringsbudget")
    rows = []
    for p in INVEST:
        rows.append(([p[0], p[1], tk(p[2]), tk(p[3]), tk(p[4]), tk(p[2] + p[3] + p[4])], "n"))
    rows.append((["Summa investeringar", "", tk(INV_TOT[0]), tk(INV_TOT[1]), tk(INV_TOT[2]), tk(sum(INV_TOT))], "b"))
    pdf.table([["Projekt", "Nämnd", "Budget 2025", "Plan 2026", "Plan 2027", "Summa 2025–2027"]],
              rows, [100, 20, 32, 32, 32, 40], caption="Investeringsbudget (belopp i tkr)")
    pdf.small("BUN = barn- och utbildningsnämnden, VFN = välfärdsnämnden, KS = kommunstyrelsen. Investeringar i "
              "VA-verksamheten finansieras med VA-avgifter. Investeringsbudgeten för 2025 reviderades av "
              "kommunstyrelsen 2024-10-30, § 142.")

    pdf.add_page(orientation="P")
    pdf.h1("Investeringar – kommentarer")
    pdf.para(f"Investeringsbudgeten för 2025 uppgår till {fmt(INV_TOT[0] / 1000, 1)} miljoner kronor. Den nya förskolan i "
             "Hedekas ska ersätta två äldre avdelningar och ge plats för 80 barn. Den beräknas stå klar i början av 2026.")
    pdf.para("Tillbyggnaden av Kungsmarksskolan har senarelagts ett år. Projektets totala utgift beräknas till "
             "42 miljoner kronor. Reningsverket i Munkedal behöver ett nytt biosteg för att klara nya krav på "
             "kväverening; den totala utgiften beräknas till 49 miljoner kronor.")
    pdf.h1("Nämndernas uppdrag")
    for n, t in [("Kommunstyrelsen", "Kommunstyrelsen ansvarar för kommunövergripande frågor, gata, park, VA, fastigheter, "
                  "kultur och fritid samt näringslivsfrågor. Kommunstyrelsen ska under 2025 ta fram en ny bostadsförsörjningsplan."),
                 ("Barn- och utbildningsnämnden", "Nämnden ansvarar för förskola, grundskola, anpassad grundskola, "
                  "gymnasieskola och vuxenutbildning. Satsningen på lovskola och läxhjälp om 2,1 miljoner kronor ska "
                  "öka andelen elever som är behöriga till gymnasiet."),
                 ("Välfärdsnämnden", "Välfärdsnämnden ansvarar för äldreomsorg, hemtjänst, hälso- och sjukvård, stöd "
                  "enligt LSS och individ- och familjeomsorg. Nämnden ska minska kostnaderna för inhyrd personal med "
                  "3,0 miljoner kronor."),
                 ("Byggnadsnämnden", "Byggnadsnämnden ansvarar för bygglov, planärenden i samverkan med "
                  "kommunstyrelsen och tillsyn enligt plan- och bygglagen.")]:
        pdf.h2(n)
        pdf.para(t)

    pdf.add_page()
    pdf.h1("Känslighetsanalys")
    pdf.para("En förändring av skatteunderlaget med 1 procent motsvarar cirka 6,0 miljoner kronor. En förändring av "
             "löneökningstakten med 1 procent motsvarar cirka 4,6 miljoner kronor. 10 fler invånare ger cirka "
             "0,6 miljoner kronor i ökade skatteintäkter och statsbidrag.")
    pdf.para("Om räntan blir en procentenhet högre än budgeterat ökar räntekostnaderna med cirka 4,3 miljoner kronor.")
    pdf.output(path)


def delar_pdf(path):
    pdf = DocPDF("Delårsrapport januari–augusti 2024 | Munkedals kommun", "Munkedals kommun")
    pdf.add_page()
    pdf.ln(55)
    pdf.set_font("DejaVu", "B", 24)
    pdf.multi_cell(0, 12, "Delårsrapport\njanuari–augusti 2024", align="C")
    pdf.set_font("DejaVu", "", 13)
    pdf.ln(8)
    pdf.multi_cell(0, 8, "Munkedals kommun", align="C")

    pdf.add_page()
    pdf.h1("Sammanfattning")
    pdf.para("Resultatet för perioden januari–augusti 2024 uppgår till 19,3 miljoner kronor. För helåret "
             "prognostiseras ett resultat på 15,4 miljoner kronor, vilket är 6,4 miljoner kronor lägre än det "
             "budgeterade resultatet på 21,8 miljoner kronor.")
    pdf.para("Den negativa avvikelsen förklaras främst av att välfärdsnämnden prognostiserar ett underskott på "
             "9,6 miljoner kronor. Antalet beviljade hemtjänsttimmar har ökat med 12 procent jämfört med samma period "
             "förra året. Barn- och utbildningsnämnden prognostiserar ett underskott på 3,2 miljoner kronor till följd "
             "av fler elever i behov av särskilt stöd.")
    pdf.para("Kommunen bedöms klara balanskravet för 2024. Det finansiella målet om ett resultat på minst 2,5 procent "
             "av skatteintäkter och generella statsbidrag bedöms dock inte uppnås; prognosen motsvarar 1,9 procent.")
    pdf.h2("Investeringar")
    pdf.para("Nettoinvesteringarna uppgick till 31,5 miljoner kronor under perioden. Prognosen för helåret är "
             "61,0 miljoner kronor, att jämföra med en budget på 78,0 miljoner kronor. Avvikelsen beror främst på att "
             "tillbyggnaden av Kungsmarksskolan har försenats.")
    pdf.h2("Personal")
    pdf.para("Sjukfrånvaron under perioden var 7,9 procent, en minskning från 8,4 procent samma period 2023. "
             "Antalet tillsvidareanställda var 1 012 den 31 augusti 2024.")
    pdf.h2("Befolkning")
    pdf.para("Den 30 juni 2024 hade Munkedals kommun 10 480 invånare, en ökning med 43 personer sedan årsskiftet.")

    pdf.add_page()
    pdf.h1("Resultaträkning")
    cols = {  # utfall jan-aug 2024, utfall jan-aug 2023, budget 2024, prognos 2024
        "int": [84.2, 79.6, 121.0, 123.5],
        "kost": [-575.8, -552.1, -861.5, -871.4],
        "avs": [-20.4, -19.1, -31.2, -31.0],
        "skatt": [386.1, 371.9, 578.9, 577.6],
        "gsb": [148.9, 141.9, 221.6, 223.1],
        "finint": [1.4, 1.6, 1.9, 2.2],
        "finkost": [-5.1, -4.3, -8.9, -8.6],
    }
    cols["netto"] = [round(a + b + c, 1) for a, b, c in zip(cols["int"], cols["kost"], cols["avs"])]
    cols["vres"] = [round(n + s + g, 1) for n, s, g in zip(cols["netto"], cols["skatt"], cols["gsb"])]
    cols["res"] = [round(v + i + k, 1) for v, i, k in zip(cols["vres"], cols["finint"], cols["finkost"])]
    names = [("Verksamhetens intäkter", "int"), ("Verksamhetens kostnader", "kost"), ("Avskrivningar", "avs"),
             ("Verksamhetens nettokostnad", "netto"), ("Skatteintäkter", "skatt"),
             ("Generella statsbidrag och utjämning", "gsb"), ("Verksamhetens resultat", "vres"),
             ("Finansiella intäkter", "finint"), ("Finansiella kostnader", "finkost"), ("Periodens resultat", "res")]
    rows = [([n] + [f1(v) for v in cols[k]], "b" if k in ("netto", "vres", "res") else "n") for n, k in names]
    pdf.table([["Mnkr", "Utfall", "Utfall", "Budget", "Prognos"],
               ["", "jan–aug 2024", "jan–aug 2023", "helår 2024", "helår 2024"]],
              rows, [66, 26, 26, 26, 26], caption="Resultaträkning")
    pdf.small("Periodens resultat avser för budget- och prognoskolumnerna helårets resultat.")
    assert abs(cols["res"][3] - 15.4) < 0.01 and abs(cols["res"][0] - 19.3) < 0.01, cols["res"]

    pdf.add_page(orientation="L")
    pdf.h1("Driftredovisning per nämnd")
    drift = [("Kommunfullmäktige inkl. revision", 4.9, 3.1, 4.7), ("Kommunstyrelsen", 118.6, 77.4, 116.8),
             ("Barn- och utbildningsnämnden", 312.4, 214.6, 315.6), ("Välfärdsnämnden", 318.9, 221.0, 328.5),
             ("Byggnadsnämnden", 6.2, 3.7, 5.8)]
    rows = []
    for n, b, u, p in drift:
        rows.append(([n, f1(b), f1(u), f1(p), f1(round(b - p, 1))], "n"))
    sb = round(sum(d[1] for d in drift), 1)
    su = round(sum(d[2] for d in drift), 1)
    sp = round(sum(d[3] for d in drift), 1)
    rows.append((["Summa nämnder", f1(sb), f1(su), f1(sp), f1(round(sb - sp, 1))], "b"))
    fu = round(-cols["netto"][0] - su, 1)
    rows.append((["Finansförvaltning", f1(FINF[0]), f1(fu), f1(7.5), f1(round(FINF[0] - 7.5, 1))], "n"))
    rows.append((["Verksamhetens nettokostnad", f1(NETTO_M[0]), f1(-cols["netto"][0]), f1(-cols["netto"][3]),
                  f1(round(NETTO_M[0] + cols["netto"][3], 1))], "b"))
    pdf.table([["Nettokostnad, mnkr", "Budget helår 2024", "Utfall jan–aug 2024", "Prognos helår 2024", "Budgetavvikelse"]],
              rows, [95, 40, 44, 44, 34], caption="Driftredovisning per nämnd")
    pdf.small("Budgetavvikelse = budget helår minus prognos helår. Negativt belopp innebär underskott.")
    pdf.para("Kommunstyrelsen prognostiserar ett överskott på 1,8 miljoner kronor, främst genom vakanta tjänster "
             "och lägre kostnader för snöröjning under våren. Byggnadsnämnden redovisar ett överskott på 0,4 miljoner "
             "kronor tack vare högre bygglovsintäkter.")

    pdf.add_page(orientation="P")
    pdf.h1("Måluppfyllelse")
    pdf.para("Av kommunfullmäktiges 12 indikatorer bedöms 7 uppnås vid årets slut, 3 delvis uppnås och 2 inte uppnås. "
             "De indikatorer som inte bedöms uppnås gäller resultatmålet och nämndernas budgetföljsamhet.")
    pdf.para("Välfärdsnämnden har fått i uppdrag att ta fram en åtgärdsplan för att komma i ekonomisk balans. "
             "Planen ska redovisas för kommunstyrelsen senast i november 2024.")
    pdf.output(path)


def html_page(path):
    nk = [("Skattesats (kr)", "22,65", "22,95"),
          ("Årets resultat (mnkr)", fmt(RB["res"][1] / 1000, 1), fmt(RB["res"][2] / 1000, 1)),
          ("Nettoinvesteringar (mnkr)", "78,0", fmt(INV_TOT[0] / 1000, 1)),
          ("Verksamhetens nettokostnad (mnkr)", fmt(-RB["netto"][1] / 1000, 1), fmt(-RB["netto"][2] / 1000, 1)),
          ("Antal invånare (prognos)", "10 450", "10 520"),
          ("Nettokostnad per invånare (kr)", fmt(round(-RB["netto"][1] * 1000 / 10450), 0), fmt(round(-RB["netto"][2] * 1000 / 10520), 0)),
          ("Låneskuld vid årets slut (mnkr)", "410", "445")]
    trs = "\n".join(f"            <tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in nk)
    html = f"""<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Finansiell information – Munkedals kommun</title>
</head>
<body>
<div class="cookie-consent" role="dialog">
  <p>Munkedals kommun använder kakor för att webbplatsen ska fungera och för besöksstatistik.</p>
  <a href="#" class="btn">Acceptera kakor</a> <a href="#" class="btn">Neka</a> <a href="/om-webbplatsen/kakor">Läs mer</a>
</div>
<header class="site-header">
  <div class="logo"><a href="/">Munkedals kommun</a></div>
  <form class="search"><input type="text" placeholder="Vad letar du efter?"><button>Sök</button></form>
  <nav class="main-nav">
    <a href="/utbildning-och-barnomsorg">Utbildning och barnomsorg</a>
    <a href="/omsorg-och-stod">Omsorg och stöd</a>
    <a href="/bygga-bo-och-miljo">Bygga, bo och miljö</a>
    <a href="/naringsliv-och-arbete">Näringsliv och arbete</a>
    <a href="/kommun-och-politik">Kommun och politik</a>
  </nav>
</header>
<div class="layout">
  <aside class="subnav">
    <ul>
      <li><a href="/kommun-och-politik/ekonomi/budget">Budget</a></li>
      <li><a href="/kommun-och-politik/ekonomi/arsredovisning">Årsredovisning</a></li>
      <li><a href="/kommun-och-politik/ekonomi/delarsrapport">Delårsrapport</a></li>
      <li class="active"><a href="/kommun-och-politik/ekonomi/finansiell-information">Finansiell information</a></li>
    </ul>
  </aside>
  <main id="content">
    <h1>Finansiell information</h1>
    <p class="lead">Här hittar du en sammanfattning av Munkedals kommuns ekonomi och budget för 2025.</p>
    <h2>Budget 2025 i korthet</h2>
    <p>Kommunfullmäktige beslutade om budget för 2025 och plan för 2026–2027 den 18 november 2024. Skattesatsen
    höjs med 30 öre till 22,95 kronor. Det är första gången sedan 2015 som kommunalskatten i Munkedal höjs.</p>
    <table class="table">
      <thead>
        <tr><th>Nyckeltal</th><th>Budget 2024</th><th>Budget 2025</th></tr>
      </thead>
      <tbody>
{trs}
      </tbody>
    </table>
    <p>Låneskulden ökar främst på grund av investeringar i VA-verksamheten, som finansieras med VA-avgifter.
    Kommunens borgensåtagande för Munkedals Bostäder AB uppgår till 512 miljoner kronor.</p>
    <h2>Kreditbetyg och upplåning</h2>
    <p>Kommunen lånar via Kommuninvest. Den genomsnittliga räntan på låneportföljen var 2,9 procent den 31 augusti 2024
    och den genomsnittliga räntebindningstiden var 2,6 år.</p>
    <h2>Dokument</h2>
    <ul>
      <li><a href="/download/budget-och-plan-2025-2027.pdf">Budget och plan 2025–2027 (pdf)</a></li>
      <li><a href="/download/delarsrapport-2024.pdf">Delårsrapport januari–augusti 2024 (pdf)</a></li>
    </ul>
    <p class="page-info">Publicerad 2024-12-02 · Senast uppdaterad 2025-01-10 · Ansvarig: Ekonomienheten</p>
  </main>
</div>
<footer class="site-footer">
  <p>Munkedals kommun · 455 80 Munkedal · Växel 0524-180 00 · kommun@munkedal.se</p>
  <p><a href="/om-webbplatsen">Om webbplatsen</a> · <a href="/tillganglighet">Tillgänglighet</a> · <a href="/gdpr">Behandling av personuppgifter</a></p>
</footer>
</body>
</html>
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(html)


def protokoll_docx(path):
    d = docx.Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10.5)
    d.add_heading("SAMMANTRÄDESPROTOKOLL", level=0)
    d.add_paragraph("Kommunstyrelsen, Munkedals kommun")
    d.add_paragraph("Sammanträdesdatum 2024-10-30")
    d.add_paragraph("Plats och tid: Kommunhuset Forum, Munkedal, kl. 09.00–11.40")
    d.add_paragraph("Beslutande: Karin Blomgren (C), ordförande; Rolf Berg (S), vice ordförande; Jan Hansson (M); "
                    "Birgitta Lund (M); Ewa Persson (KD); Ingrid Söderström (S); Göran Johansson (S); Anders Nyberg (SD); "
                    "Sara Holm (SD); Heléne Andersson (L); Martin Wiik (V)")
    d.add_paragraph("Utses att justera: Rolf Berg (S). Justeringens plats och tid: Kommunhuset Forum, 2024-11-04")
    d.add_paragraph("Paragrafer: 141–144")

    d.add_heading("§ 141 Delårsrapport januari–augusti 2024", level=1)
    d.add_paragraph("Dnr KS 2024-312")
    d.add_paragraph("Delårsrapporten visar ett resultat för perioden på 19,3 miljoner kronor och en prognos för helåret "
                    "på 15,4 miljoner kronor. Välfärdsnämnden prognostiserar ett underskott på 9,6 miljoner kronor.")
    d.add_paragraph("Beslut: Kommunstyrelsen föreslår kommunfullmäktige att godkänna delårsrapporten. Kommunstyrelsen "
                    "uppdrar åt välfärdsnämnden att redovisa en åtgärdsplan för ekonomi i balans senast 2024-11-27.")

    d.add_heading("§ 142 Revidering av investeringsbudget 2025", level=1)
    d.add_paragraph("Dnr KS 2024-287")
    d.add_paragraph("Sammanfattning: Ekonomienheten föreslår att investeringsbudgeten för 2025 revideras. Anbuden för "
                    "förskolan i Hedekas och VA-saneringen i Saltkällan blev högre än beräknat. Tillbyggnaden av "
                    "Kungsmarksskolan och reningsverkets biosteg förskjuts delvis till 2026. En ny konstgräsplan i "
                    "Hällevadsholm tillkommer efter medborgarförslag.")
    d.add_paragraph("Revidering per projekt, tkr:")
    rev = [("Ny förskola Hedekas", 15000, 3500), ("Kungsmarksskolan, tillbyggnad", 16000, -4000),
           ("VA-sanering Saltkällan", 11000, 3600), ("Munkedals reningsverk, nytt biosteg", 9000, -3000),
           ("Konstgräsplan Hällevadsholm", 0, 3900)]
    rows = [[p, tk(a, "hyphen"), tk(c, "hyphen"), tk(a + c, "hyphen")] for p, a, c in rev]
    rows.append(["Summa", tk(sum(r[1] for r in rev), "hyphen"), tk(sum(r[2] for r in rev), "hyphen"),
                 tk(sum(r[1] + r[2] for r in rev), "hyphen")])
    docx_table(d, ["Projekt", "Ursprunglig budget 2025", "Förändring", "Reviderad budget 2025"], rows)
    tot_new = INV_TOT[0]
    tot_old = tot_new - sum(r[2] for r in rev)
    d.add_paragraph(f"Den totala investeringsbudgeten för 2025 ökar därmed från {fmt(tot_old / 1000, 1)} till "
                    f"{fmt(tot_new / 1000, 1)} miljoner kronor.")
    d.add_paragraph("Yrkanden: Karin Blomgren (C) yrkar bifall till ekonomienhetens förslag. Jan Hansson (M) yrkar att "
                    "konstgräsplanen i Hällevadsholm stryks ur investeringsbudgeten.")
    d.add_paragraph("Propositionsordning och votering: Ordföranden ställer förslagen mot varandra och finner att "
                    "kommunstyrelsen bifaller ordförandens förslag. Votering begärs och genomförs. Med 7 ja-röster mot "
                    "4 nej-röster bifaller kommunstyrelsen ordförandens förslag.")
    d.add_paragraph("Beslut: Kommunstyrelsen föreslår kommunfullmäktige att revidera investeringsbudgeten för 2025 enligt "
                    "ekonomienhetens förslag.")
    d.add_paragraph("Reservation: Jan Hansson (M), Birgitta Lund (M), Anders Nyberg (SD) och Sara Holm (SD) reserverar sig "
                    "mot beslutet till förmån för Jan Hanssons yrkande.")

    d.add_heading("§ 143 Svar på motion om avgiftsfri kollektivtrafik för pensionärer", level=1)
    d.add_paragraph("Dnr KS 2023-198")
    d.add_paragraph("Martin Wiik (V) har i en motion föreslagit att invånare över 75 år ska kunna resa avgiftsfritt med "
                    "Västtrafik inom kommunen utanför rusningstid. Kostnaden har beräknats till 850 000 kronor per år.")
    d.add_paragraph("Beslut: Kommunstyrelsen föreslår kommunfullmäktige att avslå motionen med hänvisning till kommunens "
                    "ekonomiska läge.")
    d.add_paragraph("Reservation: Martin Wiik (V) reserverar sig mot beslutet till förmån för bifall till motionen.")

    d.add_heading("§ 144 Val av ersättare i krisledningsnämnden", level=1)
    d.add_paragraph("Beslut: Kommunstyrelsen föreslår kommunfullmäktige att välja Heléne Andersson (L) till ersättare i "
                    "krisledningsnämnden för tiden till och med 2026-12-31.")
    d.add_paragraph("Sekreterare: Lotta Fredriksson")
    fix_docx_props(d, "Protokoll kommunstyrelsen 2024-10-30", "Munkedals kommun")
    d.save(path)
    normalize_zip(path)


def drift_xlsx(path):
    wb = openpyxl.Workbook()

    def sheet(ws, title, rows):
        ws.append([title])
        ws.append(["Belopp i tkr (nettokostnad)"])
        ws.append(["Verksamhet", "Budget 2024", "Budget 2025", "Förändring", "Förändring %"])
        for n, a, b in rows:
            ws.append([n, a, b, b - a, round(100 * (b - a) / a, 1)])
        sa = sum(r[1] for r in rows)
        sb = sum(r[2] for r in rows)
        ws.append(["Summa nämnd", sa, sb, sb - sa, round(100 * (sb - sa) / sa, 1)])
        ws["A1"].font = Font(bold=True, size=12)
        for c in ws[3]:
            c.font = Font(bold=True)
        ws.column_dimensions["A"].width = 34

    ws = wb.active
    ws.title = "Barn och utbildning"
    sheet(ws, "Driftbudget 2025 per verksamhet – Barn- och utbildningsnämnden", BUN_VERKS)
    ws2 = wb.create_sheet("Välfärd")
    sheet(ws2, "Driftbudget 2025 per verksamhet – Välfärdsnämnden", VFN_VERKS)
    assert sum(r[2] for r in BUN_VERKS) == round(DRIFT[2][2] * 1000)
    assert sum(r[2] for r in VFN_VERKS) == round(DRIFT[3][2] * 1000)
    assert sum(r[1] for r in BUN_VERKS) == round(DRIFT[2][1] * 1000)
    assert sum(r[1] for r in VFN_VERKS) == round(DRIFT[3][1] * 1000)
    wb.properties.creator = "Ekonomienheten"
    wb.properties.created = datetime.datetime(2024, 11, 20, 8, 0, 0)
    wb.properties.modified = datetime.datetime(2024, 11, 20, 8, 0, 0)
    wb.save(path)
    normalize_zip(path, "2024-11-20T08:00:00Z", "2024-11-20T08:00:00Z")


def press_txt(path):
    sol23 = fmt(BAL["sol"][0], 1)
    txt = f"""NYHET 2024-03-27

Munkedals kommun redovisar överskott för 2023

Munkedals kommun redovisar ett resultat på 13,5 miljoner kronor för 2023. Det är 4,5 miljoner kronor bättre än budget, som var 9,0 miljoner kronor.

Överskottet beror främst på högre skatteintäkter än beräknat och på att räntekostnaderna blev lägre än budgeterat. Samtidigt redovisar välfärdsnämnden ett underskott på 5,8 miljoner kronor, medan barn- och utbildningsnämnden redovisar ett överskott på 1,9 miljoner kronor.

– Resultatet är bättre än vi befarade, men vi ser att kostnaderna i äldreomsorgen ökar snabbt. Vi behöver fortsätta arbeta med att få välfärdsnämndens ekonomi i balans, säger Karin Blomgren (C), kommunstyrelsens ordförande.

Fakta om bokslutet 2023
* Årets resultat: 13,5 miljoner kronor
* Nettoinvesteringar: 64,2 miljoner kronor
* Soliditet: {sol23} procent
* Antal invånare 31 december 2023: 10 437
* Sjukfrånvaro: 8,2 procent

Årsredovisningen behandlas av kommunfullmäktige den 22 april.

För mer information:
Peter Lund, ekonomichef, 0524-181 22
Karin Blomgren (C), kommunstyrelsens ordförande, 0524-181 01
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(txt)


def build(outdir):
    os.makedirs(outdir, exist_ok=True)
    budget_pdf(os.path.join(outdir, "budget-och-plan-2025-2027.pdf"))
    delar_pdf(os.path.join(outdir, "delarsrapport-jan-aug-2024.pdf"))
    html_page(os.path.join(outdir, "finansiell-information.html"))
    protokoll_docx(os.path.join(outdir, "protokoll-ks-2024-10-30.docx"))
    drift_xlsx(os.path.join(outdir, "driftbudget-per-verksamhet-2025.xlsx"))
    press_txt(os.path.join(outdir, "nyhet-bokslut-2023.txt"))
