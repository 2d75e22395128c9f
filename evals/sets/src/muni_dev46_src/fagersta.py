"""Fagersta kommun: documents (all figures invented)."""
import datetime
import os

import docx
import openpyxl
from docx.shared import Pt
from openpyxl.styles import Font

from util import Doc, fmt, normalize_zip

INV = 13450  # invånare 1 nov 2024
TAX = "22,64"

YEARS = ["Bokslut 2023", "Prognos 2024", "Budget 2025", "Plan 2026", "Plan 2027"]
RESULT = [
    ("Verksamhetens intäkter", "1", [198.4, 205.1, 210.3, 214.0, 218.2]),
    ("Verksamhetens kostnader", "2", [-1052.6, -1098.7, -1121.5, -1150.9, -1181.3]),
    ("Avskrivningar", "", [-38.2, -41.0, -44.6, -47.1, -49.8]),
    ("Verksamhetens nettokostnader", "", None),
    ("Skatteintäkter", "3", [652.8, 676.4, 699.5, 722.6, 746.1]),
    ("Generella statsbidrag och utjämning", "4", [262.1, 275.3, 281.7, 287.9, 295.4]),
    ("Verksamhetens resultat", "", None),
    ("Finansiella intäkter", "", [4.1, 3.6, 3.0, 3.0, 3.0]),
    ("Finansiella kostnader", "5", [-8.3, -10.2, -11.4, -12.6, -13.5]),
    ("Resultat efter finansiella poster", "", None),
    ("Årets resultat", "", None),
]


def result_rows():
    d = {n: v for n, _, v in RESULT if v}
    net = [sum(x) for x in zip(d["Verksamhetens intäkter"], d["Verksamhetens kostnader"], d["Avskrivningar"])]
    vr = [a + b + c for a, b, c in zip(net, d["Skatteintäkter"], d["Generella statsbidrag och utjämning"])]
    ar = [a + b + c for a, b, c in zip(vr, d["Finansiella intäkter"], d["Finansiella kostnader"])]
    d["Verksamhetens nettokostnader"] = net
    d["Verksamhetens resultat"] = vr
    d["Resultat efter finansiella poster"] = ar
    d["Årets resultat"] = ar
    pct = [a / (s + g) * 100 for a, s, g in zip(ar, d["Skatteintäkter"], d["Generella statsbidrag och utjämning"])]
    d["Resultat i % av skatter och statsbidrag"] = pct
    return d


# Balansbudget (mnkr)
BAL = [
    ("TILLGÅNGAR", None),
    ("Anläggningstillgångar", [1084.3, 1146.8, 1221.4, 1268.9, 1301.5]),
    ("Omsättningstillgångar", [176.2, 160.5, 152.0, 150.0, 148.0]),
    ("Summa tillgångar", "sumA"),
    ("EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER", None),
    ("Eget kapital", [512.6, 523.1, 540.1, 557.0, 575.1]),
    ("– varav årets resultat", [18.3, 10.5, 17.0, 16.9, 18.1]),
    ("Avsättningar för pensioner", [58.4, 60.2, 62.3, 64.1, 66.0]),
    ("Långfristiga skulder", [452.0, 487.0, 532.0, 557.0, 567.0]),
    ("Kortfristiga skulder", [237.5, 237.0, 239.0, 240.8, 241.4]),
    ("Summa eget kapital, avsättningar och skulder", "sumB"),
]

# Driftbudget per nämnd (tkr)
DRIFT = [
    ("Kommunfullmäktige och revision", 3100, 3150),
    ("Kommunstyrelsen", 95100, 98250),
    ("Barn- och utbildningsnämnden", 380900, 392400),
    ("Socialnämnden", 131200, 138600),
    ("Vård- och omsorgsnämnden", 252700, 261300),
    ("Kultur- och fritidsnämnden", 39600, 39850),
    ("Tekniska nämnden", 20800, 21400),
    ("Bygg- och miljönämnden", 6500, 6750),
]
FINANS = (-1400, -5900)

INVEST = [
    ("Kommunstyrelsen", [
        ("IT-infrastruktur och digitalisering", 3.5, 3.0, 3.0),
        ("Fordon och maskiner", 2.2, 2.0, 2.0),
        ("Energieffektivisering kommunala lokaler", 3.8, 3.5, 2.5),
    ]),
    ("Barn- och utbildningsnämnden", [
        ("Ny förskola Västanfors (6 avdelningar)", 18.5, 9.5, 0.0),
        ("Ombyggnad Risbroskolan", 12.0, 15.0, 6.0),
        ("Skolgårdar och utemiljö", 1.8, 1.5, 1.5),
        ("Inventarier skolor", 1.2, 1.2, 1.2),
    ]),
    ("Vård- och omsorgsnämnden", [
        ("Välfärdsteknik", 1.6, 1.4, 1.2),
        ("Larm och inventarier särskilt boende", 0.9, 0.8, 0.8),
    ]),
    ("Kultur- och fritidsnämnden", [
        ("Konstgräsplan Fagersta IP", 6.4, 0.0, 0.0),
        ("Upprustning Fagersta simhall", 8.5, 11.0, 0.0),
        ("Lekplatser", 1.0, 1.0, 1.0),
    ]),
    ("Tekniska nämnden", [
        ("Gator, vägar och belysning", 9.2, 8.5, 8.5),
        ("Gång- och cykelvägar", 3.4, 2.8, 2.5),
        ("Ny gång- och cykelbro Strömsholms kanal", 14.6, 6.0, 0.0),
        ("Parker och grönytor", 1.1, 1.0, 1.0),
        ("Fastighetsunderhåll (reinvesteringar)", 12.5, 12.0, 12.0),
    ]),
    ("Vatten och avlopp (taxefinansierat)", [
        ("Västanfors reningsverk, etapp 2", 11.8, 14.2, 9.0),
        ("Ledningsförnyelse", 6.5, 6.5, 6.5),
    ]),
]


def invest_totals():
    t = [0.0, 0.0, 0.0]
    for _, projs in INVEST:
        for _, a, b, c in projs:
            t[0] += a; t[1] += b; t[2] += c
    return [round(x, 1) for x in t]


def budget_pdf(path):
    d = result_rows()
    inv_tot = invest_totals()
    pdf = Doc("Fagersta kommun – Mål och budget 2025–2027")
    pdf.add_page()
    pdf.ln(60)
    pdf.set_font("DV", "B", 28)
    pdf.multi_cell(0, 14, "Mål och budget 2025–2027", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 14)
    pdf.multi_cell(0, 8, "Fagersta kommun", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    pdf.set_font("DV", "", 10)
    pdf.multi_cell(0, 6, "Antagen av kommunfullmäktige 2024-11-25, § 112\nDnr KS 2024/187", align="C", new_x="LMARGIN", new_y="NEXT")

    pdf.add_page()
    pdf.h1("Innehåll")
    for i, t in enumerate(["Kommunstyrelsens ordförande har ordet", "Ekonomiska förutsättningar", "Mål för god ekonomisk hushållning",
                           "Resultatbudget", "Balansbudget", "Driftbudget per nämnd", "Nämndernas uppdrag och prioriteringar",
                           "Investeringsbudget", "Noter"]):
        pdf.p(f"{i+1}. {t}")

    pdf.add_page()
    pdf.h1("Kommunstyrelsens ordförande har ordet")
    pdf.p("Fagersta står inför ett par år där vi måste göra mer för varje skattekrona. Befolkningen har minskat något "
          "de senaste åren och antalet äldre över 80 år ökar, samtidigt som kostnaderna för löner, pensioner och "
          "räntor stiger snabbare än skatteintäkterna.")
    pdf.p(f"Budgeten för 2025 visar ett resultat på {fmt(d['Årets resultat'][2])} miljoner kronor, vilket motsvarar "
          f"{fmt(d['Resultat i % av skatter och statsbidrag'][2])} procent av skatteintäkter och generella statsbidrag.")
    pdf.p(f"Skattesatsen lämnas oförändrad på {TAX} kronor per hundra kronor beskattningsbar inkomst.")
    pdf.p("För att klara budgeten genomför nämnderna effektiviseringar på sammanlagt 9,8 miljoner kronor under 2025. "
          "Den största delen, 4,1 miljoner kronor, görs inom vård- och omsorgsnämnden genom ett nytt "
          "bemanningsstöd och minskade kostnader för inhyrd personal.")
    pdf.p("Vi prioriterar barn och unga. 700 000 kronor avsätts till fler platser i feriearbete för ungdomar, och "
          "skolans elevhälsa förstärks med två tjänster.")
    pdf.p(f"Investeringarna är fortsatt höga. Under 2025 planerar vi att investera {fmt(inv_tot[0])} miljoner kronor, "
          "bland annat i en ny förskola i Västanfors och en ny gång- och cykelbro över Strömsholms kanal.")
    pdf.p("Jag vill tacka alla medarbetare som varje dag gör skillnad för Fagerstaborna.")
    pdf.p("Helena Wikström (S)\nKommunstyrelsens ordförande")

    pdf.add_page()
    pdf.h1("Ekonomiska förutsättningar")
    pdf.p("Sveriges Kommuner och Regioner (SKR) bedömer att skatteunderlaget växer med 3,6 procent 2025. Inflationen "
          "har fallit tillbaka men prisnivån är fortsatt hög, och kommunens pensionskostnader ökar kraftigt när "
          "avtalet AKAP-KR får fullt genomslag.")
    pdf.p(f"Budgeten bygger på ett invånarantal på {fmt(INV, 0)} personer den 1 november 2024. Varje förändring av "
          "befolkningen med 100 invånare påverkar skatteintäkter och utjämning med cirka 6,3 miljoner kronor.")
    pdf.p("Räntekostnaderna beräknas öka när nya lån tas upp för investeringarna. Kommunens genomsnittliga "
          "låneränta antas bli 3,2 procent 2025.")
    pdf.p("Kostnaderna för ökade energipriser har beräknats till 4,7 miljoner kronor och fördelas ut till "
          "nämnderna i ramarna.")
    pdf.h2("Känslighetsanalys")
    pdf.bullets(["En procents löneökning motsvarar cirka 6,0 miljoner kronor.",
                 "En procents förändring av skatteunderlaget motsvarar cirka 7,0 miljoner kronor.",
                 "En procentenhets höjd ränta motsvarar cirka 4,9 miljoner kronor."])

    pdf.add_page()
    pdf.h1("Mål för god ekonomisk hushållning")
    pdf.p("Kommunfullmäktige har fastställt fyra finansiella mål för perioden 2025–2027:")
    pdf.bullets(["Årets resultat ska uppgå till minst 1,5 procent av skatteintäkter och generella statsbidrag.",
                 "Nettoinvesteringarna ska under perioden till minst 60 procent finansieras med egna medel.",
                 "Soliditeten ska inte understiga 38 procent.",
                 "Nämnderna ska bedriva sin verksamhet inom tilldelad budgetram."])
    pdf.p("Utöver de finansiella målen finns fem verksamhetsmål inom områdena utbildning, trygghet, "
          "näringsliv, hållbarhet och attraktiv arbetsgivare. Andelen elever i årskurs 9 som är behöriga "
          "till gymnasiets yrkesprogram ska öka till minst 85 procent år 2027.")

    # Resultatbudget
    pdf.add_page()
    pdf.h1("Resultatbudget")
    rows = []
    for name, note, _ in RESULT:
        kind = "sum" if name in ("Verksamhetens nettokostnader", "Verksamhetens resultat", "Resultat efter finansiella poster", "Årets resultat") else "row"
        rows.append(([name, note] + [fmt(v) for v in d[name]], kind))
    rows.append((["Resultat i % av skatter och statsbidrag", ""] + [fmt(v) for v in d["Resultat i % av skatter och statsbidrag"]], "row"))
    pdf.table([62, 10, 20, 20, 20, 20, 18], [["Belopp i mnkr", "Not", "Bokslut", "Prognos", "Budget", "Plan", "Plan"],
                                          ["", "", "2023", "2024", "2025", "2026", "2027"]], rows, caption="Tabell 1. Resultatbudget")
    pdf.note("Noter, se sidan med noter i slutet av dokumentet. Raden för resultat i procent anges i procent.")
    pdf.p("Verksamhetens nettokostnader ökar med 2,3 procent mellan prognosen för 2024 och budget 2025, medan "
          "skatteintäkter och generella statsbidrag ökar med 3,1 procent.")

    # Balansbudget
    pdf.add_page()
    pdf.h1("Balansbudget")
    rows = []
    vals = {n: v for n, v in BAL if isinstance(v, list)}
    for name, v in BAL:
        if v is None:
            rows.append(([name], "section"))
        elif v == "sumA":
            s = [a + b for a, b in zip(vals["Anläggningstillgångar"], vals["Omsättningstillgångar"])]
            rows.append(([name] + [fmt(x) for x in s], "sum"))
        elif v == "sumB":
            s = [a + b + c + e for a, b, c, e in zip(vals["Eget kapital"], vals["Avsättningar för pensioner"], vals["Långfristiga skulder"], vals["Kortfristiga skulder"])]
            rows.append(([name] + [fmt(x) for x in s], "sum"))
        else:
            rows.append(([name] + [fmt(x) for x in v], "row"))
    pdf.table([70, 20, 20, 20, 20, 20], [["Mnkr", "Bokslut 2023", "Prognos 2024", "Budget 2025", "Plan 2026", "Plan 2027"]], rows,
              caption="Tabell 2. Balansbudget", size=8)
    sol = [e / (a + o) * 100 for e, a, o in zip(vals["Eget kapital"], vals["Anläggningstillgångar"], vals["Omsättningstillgångar"])]
    pdf.p(f"Soliditeten beräknas till {fmt(sol[2])} procent vid utgången av 2025. Låneskulden ökar med "
          "45 miljoner kronor under 2025 för att finansiera investeringarna.")

    # Driftbudget landscape
    pdf.add_page(orientation="L")
    pdf.h1("Driftbudget per nämnd")
    pdf.p("Nämndernas ramar anges som nettokostnad. Beloppen är i tusentals kronor (tkr) utom kolumnen kr per invånare.")
    rows = []
    t24 = t25 = 0
    for name, a, b in DRIFT:
        t24 += a; t25 += b
        rows.append(([name, fmt(a, 0), fmt(b, 0), fmt(b - a, 0), fmt((b - a) / a * 100), fmt(b * 1000 / INV, 0)], "row"))
    rows.append((["Summa nämnder", fmt(t24, 0), fmt(t25, 0), fmt(t25 - t24, 0), fmt((t25 - t24) / t24 * 100), fmt(t25 * 1000 / INV, 0)], "sum"))
    a, b = FINANS
    rows.append((["Finansförvaltning¹", fmt(a, 0, neg="–"), fmt(b, 0, neg="–"), fmt(b - a, 0, neg="–"), "", ""], "row"))
    T24, T25 = t24 + a, t25 + b
    rows.append((["Totalt nettokostnad", fmt(T24, 0), fmt(T25, 0), fmt(T25 - T24, 0), fmt((T25 - T24) / T24 * 100), fmt(T25 * 1000 / INV, 0)], "sum"))
    pdf.table([90, 32, 32, 32, 30, 40], [["Tkr", "Budget", "Budget", "Förändring", "Förändring", "kr per invånare"],
                                         ["", "2024", "2025", "tkr", "%", "2025"]], rows, caption="Tabell 3. Driftbudget 2025", rh=7, size=9)
    pdf.note("¹ Finansförvaltningen omfattar bland annat intern ränta, pensionskostnader utöver nämndernas "
             "personalomkostnadspålägg och en central reserv på 3 000 tkr för oförutsedda kostnader.")

    pdf.add_page(orientation="P")
    pdf.h1("Nämndernas uppdrag och prioriteringar")
    pdf.h2("Kommunstyrelsen")
    pdf.p("Kommunstyrelsen leder och samordnar kommunens verksamhet. Under 2025 prioriteras arbetet med "
          "kompetensförsörjning och en ny näringslivsstrategi. En tjänst som näringslivsutvecklare tillsätts.")
    pdf.h2("Barn- och utbildningsnämnden")
    pdf.p("Nämnden ansvarar för förskola, grundskola, fritidshem och gymnasieskola. Antalet barn i förskolan "
          "väntas öka något när den nya förskolan i Västanfors öppnar hösten 2026. Elevhälsan förstärks med en "
          "skolkurator och en skolsköterska.")
    pdf.h2("Socialnämnden")
    pdf.p("Socialnämnden ansvarar för individ- och familjeomsorg, försörjningsstöd och LSS. Ramen ökar med "
          "5,6 procent, främst på grund av fler placeringar av barn och unga. Kostnaden för försörjningsstöd "
          "beräknas till 27,5 miljoner kronor 2025.")
    pdf.h2("Vård- och omsorgsnämnden")
    pdf.p("Nämnden ansvarar för äldreomsorg och hälso- och sjukvård. Effektiviseringarna om 4,1 miljoner kronor "
          "ska nås utan att antalet platser i särskilt boende minskar. Kommunen har 168 platser i särskilt boende.")
    pdf.h2("Kultur- och fritidsnämnden")
    pdf.p("Nämnden ansvarar för bibliotek, fritidsgårdar, idrottsanläggningar och simhall. Fagersta simhall rustas "
          "upp 2025–2026 och hålls stängd under sommaren 2025.")
    pdf.h2("Tekniska nämnden")
    pdf.p("Nämnden ansvarar för gator, parker, fastigheter samt vatten och avlopp. VA-verksamheten är "
          "taxefinansierad och VA-taxan höjs med 9 procent 2025.")
    pdf.h2("Bygg- och miljönämnden")
    pdf.p("Nämnden handlägger bygglov, miljö- och hälsoskyddstillsyn. Målet är att 90 procent av bygglovsärendena "
          "ska vara beslutade inom sju veckor.")

    # Investeringsbudget - placed so the table runs over a page break
    pdf.add_page()
    pdf.h1("Investeringsbudget")
    pdf.p(f"Investeringsbudgeten för 2025 uppgår till {fmt(inv_tot[0])} miljoner kronor. För planåren 2026 och 2027 "
          f"planeras investeringar på {fmt(inv_tot[1])} respektive {fmt(inv_tot[2])} miljoner kronor.")
    pdf.p("Den största enskilda investeringen under perioden är den nya förskolan i Västanfors med sex avdelningar. "
          "Förskolan ersätter två äldre förskolor som har stora underhållsbehov. Projektet beräknas kosta 28,0 "
          "miljoner kronor totalt och förskolan ska stå klar i augusti 2026.")
    pdf.p("Ombyggnaden av Risbroskolan genomförs i tre etapper så att undervisningen kan pågå under byggtiden. "
          "Investeringar inom vatten och avlopp finansieras via VA-taxan och belastar inte skattekollektivet.")
    pdf.p("Investeringar som inte påbörjats under året ombudgeteras inte automatiskt, utan kräver beslut av "
          "kommunstyrelsen efter ansökan från nämnden. Projekt över 5 miljoner kronor ska ha en "
          "förstudie innan beslut om genomförande fattas.")
    pdf.ln(30)
    rows = []
    for sec, projs in INVEST:
        rows.append(([sec], "section"))
        s = [0.0, 0.0, 0.0]
        for name, a, b, c in projs:
            s[0] += a; s[1] += b; s[2] += c
            rows.append(([name, fmt(a), fmt(b), fmt(c), fmt(a + b + c)], "row"))
        rows.append((["Summa " + sec.split(" (")[0].lower() if False else "Summa", fmt(s[0]), fmt(s[1]), fmt(s[2]), fmt(sum(s))], "sum"))
    rows.append((["Totalt investeringar", fmt(inv_tot[0]), fmt(inv_tot[1]), fmt(inv_tot[2]), fmt(sum(inv_tot))], "sum"))
    pdf.table([80, 22, 22, 22, 24], [["Projekt, mnkr", "Budget 2025", "Plan 2026", "Plan 2027", "Totalt 2025–2027"]], rows,
              caption="Tabell 4. Investeringsbudget 2025–2027", size=8)

    pdf.add_page()
    pdf.h1("Noter")
    pdf.p("Not 1. Verksamhetens intäkter består av taxor och avgifter, hyror, bidrag och försäljning. Riktade "
          "statsbidrag är beräknade till 78,2 miljoner kronor 2025.")
    pdf.p("Not 2. Verksamhetens kostnader omfattar personalkostnader, köp av verksamhet, lokalkostnader och "
          "övriga kostnader. Personalkostnaderna utgör cirka 62 procent.")
    pdf.p(f"Not 3. Skatteintäkterna bygger på SKR:s prognos från oktober 2024 och en skattesats på {TAX} kronor.")
    pdf.p("Not 4. Generella statsbidrag och utjämning omfattar inkomstutjämning, kostnadsutjämning, "
          "LSS-utjämning, regleringsbidrag och fastighetsavgift.")
    pdf.p("Not 5. Finansiella kostnader avser främst räntor på lån och ränta på pensionsskulden.")
    pdf.output(path)
    return d, sol


# ---------------- Årsredovisning 2023 ----------------
NAMND_AVV = [  # budget, utfall (tkr)
    ("Kommunfullmäktige och revision", 3000, 2870),
    ("Kommunstyrelsen", 92400, 90150),
    ("Barn- och utbildningsnämnden", 371200, 372950),
    ("Socialnämnden", 124300, 130500),
    ("Vård- och omsorgsnämnden", 246900, 249400),
    ("Kultur- och fritidsnämnden", 38700, 38210),
    ("Tekniska nämnden", 20100, 19640),
    ("Bygg- och miljönämnden", 6300, 6020),
]
FEMAR = [
    ("Folkmängd 31 december", ["13 612", "13 580", "13 541", "13 497", "13 468"]),
    ("Skattesats, kr", ["22,64", "22,64", "22,64", "22,64", "22,64"]),
    ("Årets resultat, mnkr", ["21,4", "34,8", "41,2", "12,7", "18,3"]),
    ("Nettoinvesteringar, mnkr", ["61,3", "72,9", "88,4", "104,6", "97,2"]),
    ("Soliditet, %", ["43,9", "44,6", "45,2", "41,8", "40,7"]),
    ("Antal tillsvidareanställda", ["1 102", "1 096", "1 111", "1 124", "1 118"]),
]


def ar_pdf(path):
    pdf = Doc("Fagersta kommun · Årsredovisning 2023")
    pdf.add_page()
    pdf.ln(70)
    pdf.set_font("DV", "B", 28)
    pdf.multi_cell(0, 14, "Årsredovisning 2023", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 14)
    pdf.multi_cell(0, 8, "Fagersta kommun", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    pdf.h1("Året i korthet")
    pdf.bullets(["Årets resultat blev 18,3 miljoner kronor, 6,1 miljoner kronor bättre än budget.",
                 "Nettoinvesteringarna uppgick till 97,2 miljoner kronor.",
                 "Folkmängden minskade med 29 personer till 13 468 invånare.",
                 "Sjukfrånvaron bland kommunens medarbetare minskade till 7,9 procent.",
                 "Den nya brandstationen i Fagersta centrum togs i bruk i oktober."])
    pdf.h2("Kommunstyrelsens ordförande")
    pdf.p("2023 var ett år med hög inflation och stigande räntor. Trots det redovisar kommunen ett positivt resultat "
          "och det finansiella resultatmålet uppnåddes. Socialnämnden redovisade ett underskott på 6,2 miljoner kronor, "
          "främst på grund av kostsamma placeringar.")
    pdf.p("Helena Wikström (S), kommunstyrelsens ordförande")
    pdf.add_page()
    pdf.h1("Förvaltningsberättelse")
    pdf.h2("Fem år i sammandrag")
    rows = [([n] + v, "row") for n, v in FEMAR]
    pdf.table([66, 20, 20, 20, 20, 20], [["", "2019", "2020", "2021", "2022", "2023"]], rows, caption="Tabell: Fem år i sammandrag")
    pdf.p("Kommunens skattesats har varit oförändrad sedan 2016. Balanskravsresultatet för 2023 uppgick till 15,9 "
          "miljoner kronor efter avdrag för realisationsvinster.")
    pdf.h2("Nämndernas budgetavvikelse")
    rows = []
    tb = tu = 0
    for n, b, u in NAMND_AVV:
        tb += b; tu += u
        rows.append(([n, fmt(b, 0), fmt(u, 0), fmt(b - u, 0, paren=True)], "row"))
    rows.append((["Summa nämnder", fmt(tb, 0), fmt(tu, 0), fmt(tb - tu, 0, paren=True)], "sum"))
    pdf.table([80, 28, 28, 30], [["Nettokostnad, tkr", "Budget 2023", "Utfall 2023", "Avvikelse"]], rows, caption="Tabell: Driftredovisning per nämnd")
    pdf.note("Negativ avvikelse (underskott) anges inom parentes.")
    pdf.add_page()
    pdf.h2("Personal")
    pdf.p("Antalet tillsvidareanställda var 1 118 den 31 december 2023. Medelåldern var 45,3 år. Sjukfrånvaron "
          "minskade från 8,6 procent 2022 till 7,9 procent 2023. Korttidssjukfrånvaron (dag 1–14) stod för "
          "en tredjedel av all sjukfrånvaro.")
    pdf.h2("Investeringar")
    pdf.p("Nettoinvesteringarna uppgick till 97,2 miljoner kronor, vilket är 23,4 miljoner kronor lägre än budget. "
          "De största projekten var den nya brandstationen (31,5 miljoner kronor) och ledningsförnyelse inom VA.")
    pdf.h2("Förväntad utveckling")
    pdf.p("Kommunen står inför ökade pensionskostnader och ett stort investeringsbehov i skollokaler. Arbetet "
          "med att anpassa verksamheten till en minskande befolkning i arbetsför ålder fortsätter.")
    pdf.output(path)


# ---------------- HTML ----------------
SKATT100 = [
    ("Förskola och fritidshem", "12,40"), ("Grundskola och förskoleklass", "21,85"), ("Gymnasieskola och vuxenutbildning", "8,70"),
    ("Äldreomsorg", "20,15"), ("Stöd till personer med funktionsnedsättning (LSS)", "9,80"),
    ("Individ- och familjeomsorg", "8,45"), ("Kultur och fritid", "4,20"), ("Gator, parker och räddningstjänst", "5,10"),
    ("Politisk verksamhet och administration", "6,25"), ("Näringsliv, miljö och bygg", "3,10"),
]


def html(path):
    tot = sum(float(v.replace(",", ".")) for _, v in SKATT100)
    assert abs(tot - 100) < 1e-6, tot
    rows = "\n".join(f"        <tr><td>{n}</td><td>{v} kr</td></tr>" for n, v in SKATT100)
    s = f"""<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Så används din skatt - Fagersta kommun</title>
<link rel="stylesheet" href="/css/site.css">
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}}</script>
</head>
<body>
<div id="cookie-banner" class="cookie">
  <p>Fagersta kommun använder kakor (cookies) för att webbplatsen ska fungera och för att förbättra den.</p>
  <button>Godkänn alla</button> <button>Endast nödvändiga</button>
</div>
<header class="site-header">
  <a class="logo" href="/">Fagersta kommun</a>
  <nav aria-label="Huvudmeny">
    <ul>
      <li><a href="/omsorg">Omsorg och stöd</a></li>
      <li><a href="/skola">Förskola och skola</a></li>
      <li><a href="/bygga">Bygga, bo och miljö</a></li>
      <li><a href="/kultur">Kultur och fritid</a></li>
      <li><a href="/kommun-och-politik">Kommun och politik</a></li>
    </ul>
  </nav>
  <form class="search"><input type="search" placeholder="Sök på webbplatsen"></form>
</header>
<nav class="breadcrumb">Start › Kommun och politik › Ekonomi › Så används din skatt</nav>
<main>
  <article>
    <h1>Så används din skatt</h1>
    <p class="ingress">Kommunalskatten i Fagersta är {TAX} kronor per hundralapp. Här kan du se hur varje hundralapp i skatt fördelas på kommunens verksamheter under 2025.</p>
    <p>Den som tjänar 30 000 kronor i månaden betalar ungefär 6 800 kronor i kommunalskatt per månad. Till det kommer skatten till Region Västmanland.</p>
    <h2>Fördelning av 100 kronor i skatt 2025</h2>
    <table class="table">
      <thead>
        <tr><th>Verksamhet</th><th>Kronor av 100</th></tr>
      </thead>
      <tbody>
{rows}
      </tbody>
      <tfoot>
        <tr><td>Summa</td><td>100,00 kr</td></tr>
      </tfoot>
    </table>
    <p>Fördelningen bygger på nämndernas nettokostnader i Mål och budget 2025–2027. Avgifter, statsbidrag och taxor finansierar en del av verksamheten och ingår inte i beräkningen.</p>
    <h2>Vill du veta mer?</h2>
    <p>Läs hela budgetdokumentet under Kommun och politik, eller kontakta ekonomichef Tomas Grahn via kommunens kontaktcenter.</p>
    <p class="meta">Publicerad 2024-12-10. Senast uppdaterad 2025-01-15.</p>
  </article>
  <aside>
    <h2>Relaterat</h2>
    <ul><li><a href="/budget">Mål och budget</a></li><li><a href="/arsredovisning">Årsredovisning</a></li></ul>
  </aside>
</main>
<footer>
  <p>Fagersta kommun, 737 80 Fagersta. Telefon 0223-440 00. Organisationsnummer 212000-2049.</p>
  <p><a href="/tillganglighet">Tillgänglighetsredogörelse</a> · <a href="/kakor">Om kakor</a> · <a href="/personuppgifter">Personuppgifter</a></p>
</footer>
</body>
</html>
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(s)


# ---------------- DOCX protokoll ----------------
VOTES = [  # parti, mandat, ja, nej, avstår
    ("Socialdemokraterna", 13, 13, 0, 0),
    ("Sverigedemokraterna", 7, 0, 7, 0),
    ("Moderaterna", 5, 0, 5, 0),
    ("Vänsterpartiet", 3, 0, 0, 3),
    ("Centerpartiet", 2, 2, 0, 0),
    ("Kristdemokraterna", 2, 0, 2, 0),
    ("Liberalerna", 1, 1, 0, 0),
    ("Miljöpartiet", 1, 1, 0, 0),
    ("Fagerstapartiet", 1, 0, 1, 0),
]


def protokoll_docx(path):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    d.add_heading("PROTOKOLL", level=1)
    d.add_paragraph("Kommunfullmäktige, Fagersta kommun")
    d.add_paragraph("Sammanträdesdatum: 2024-11-25")
    d.add_paragraph("Plats och tid: Fagersta stadshus, sessionssalen, kl. 18.00–21.40")
    d.add_paragraph("Ordförande: Lars-Göran Björk (S)")
    d.add_paragraph("Sekreterare: Maria Nilsson")
    d.add_paragraph("Justerare: Sofia Engström (M), Ahmed Karimi (C)")
    d.add_heading("§ 111 Val av justerare", level=2)
    d.add_paragraph("Sofia Engström (M) och Ahmed Karimi (C) utses att justera protokollet.")
    d.add_heading("§ 112 Mål och budget 2025–2027", level=2)
    d.add_paragraph("Dnr KS 2024/187")
    d.add_paragraph("Kommunstyrelsen har lämnat förslag till Mål och budget 2025–2027 med en oförändrad skattesats "
                    "på 22,64 kronor och ett budgeterat resultat på 17,0 miljoner kronor för 2025.")
    d.add_paragraph("Sverigedemokraterna har lämnat ett eget budgetförslag med en skattesats på 22,44 kronor.")
    d.add_paragraph("Yrkanden: Helena Wikström (S) yrkar bifall till kommunstyrelsens förslag. Peter Holm (SD) "
                    "yrkar bifall till Sverigedemokraternas budgetförslag. Sofia Engström (M) yrkar bifall till "
                    "Sverigedemokraternas förslag.")
    d.add_paragraph("Omröstning begärs och genomförs. Omröstningen utfaller enligt tabellen nedan.")
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Parti", "Mandat", "Ja", "Nej", "Avstår"]):
        c.text = h
    tot = [0, 0, 0, 0]
    for row in VOTES:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = str(v)
        for i in range(4):
            tot[i] += row[i + 1]
    cells = t.add_row().cells
    for c, v in zip(cells, ["Summa"] + tot):
        c.text = str(v)
    d.add_paragraph(f"Med {tot[1]} ja-röster mot {tot[2]} nej-röster, {tot[3]} ledamöter avstod, bifaller "
                    "kommunfullmäktige kommunstyrelsens förslag.")
    d.add_paragraph("Beslut")
    d.add_paragraph("1. Mål och budget 2025–2027 fastställs.")
    d.add_paragraph("2. Skattesatsen för 2025 fastställs till 22,64 kronor.")
    d.add_paragraph("3. Kommunstyrelsen får under 2025 nyupplåna, det vill säga öka kommunens skulder, med "
                    "högst 45 miljoner kronor.")
    d.add_paragraph("Reservationer")
    d.add_paragraph("Ledamöterna för Sverigedemokraterna, Moderaterna och Kristdemokraterna reserverar sig mot "
                    "beslutet till förmån för Sverigedemokraternas förslag. Fagerstapartiet reserverar sig mot beslutet.")
    d.add_heading("§ 113 Taxa för vatten och avlopp 2025", level=2)
    d.add_paragraph("Tekniska nämnden föreslår att brukningsavgifterna för vatten och avlopp höjs med 9 procent "
                    "från den 1 januari 2025 för att finansiera investeringarna i Västanfors reningsverk.")
    d.add_paragraph("Beslut: Kommunfullmäktige antar taxan enligt tekniska nämndens förslag. Vänsterpartiet "
                    "reserverar sig mot beslutet.")
    d.add_heading("§ 114 Motion om gratis kollektivtrafik för pensionärer", level=2)
    d.add_paragraph("Beslut: Motionen avslås. Kostnaden har beräknats till 1,2 miljoner kronor per år.")
    d.add_paragraph("Justerandes signatur: ______________________")
    cp = d.core_properties
    cp.author = "Fagersta kommun"
    cp.last_modified_by = "Fagersta kommun"
    cp.created = datetime.datetime(2024, 11, 1, 9, 0, 0)
    cp.modified = datetime.datetime(2024, 11, 1, 9, 0, 0)
    cp.revision = 1
    d.save(path)
    normalize_zip(path)


# ---------------- XLSX ----------------
STAT = [  # år, folkmängd, barn förskola, elever grundskola, brukare hemtjänst, platser SÄBO, nettokostnad kr/inv
    (2019, 13612, 648, 1498, 402, 172, 60240),
    (2020, 13580, 655, 1512, 398, 172, 61870),
    (2021, 13541, 641, 1526, 411, 170, 63350),
    (2022, 13497, 629, 1519, 419, 168, 66120),
    (2023, 13468, 617, 1507, 426, 168, 66260),
]


def xlsx(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Verksamhetsstatistik"
    ws.append(["Fagersta kommun – verksamhetsstatistik 2019–2023"])
    ws["A1"].font = Font(bold=True, size=14)
    ws.append(["Antal personer/platser per 31 december; nettokostnad i kronor per invånare"])
    ws.append([])
    ws.append(["År", "Folkmängd", "Barn i förskola", "Elever i grundskola", "Brukare med hemtjänst", "Platser i särskilt boende", "Nettokostnad kr/inv"])
    for r in STAT:
        ws.append(list(r))
    ws.append([])
    ws.append(["Källa: kommunens verksamhetssystem och SCB. Uppgifterna för 2023 är preliminära."])
    ws2 = wb.create_sheet("Nyckeltal ekonomi")
    ws2.append(["Finansiella nyckeltal"])
    ws2.append(["Procent"])
    ws2.append(["Nyckeltal", 2021, 2022, 2023])
    ws2.append(["Resultat i % av skatter och statsbidrag", 4.9, 1.5, 2.0])
    ws2.append(["Soliditet", 45.2, 41.8, 40.7])
    ws2.append(["Självfinansieringsgrad investeringar", 92.4, 48.3, 58.6])
    ws2.append(["Sjukfrånvaro", 8.9, 8.6, 7.9])
    ws2.append(["Nettokostnadsavvikelse äldreomsorg", -3.2, -1.8, 2.4])
    wb.properties.creator = "Fagersta kommun"
    wb.properties.lastModifiedBy = "Fagersta kommun"
    wb.properties.created = datetime.datetime(2024, 11, 1, 9, 0, 0)
    wb.properties.modified = datetime.datetime(2024, 11, 1, 9, 0, 0)
    wb.save(path)
    normalize_zip(path)


PRESS = """# Pressmeddelande: Fagersta bygger ny förskola i Västanfors

**Fagersta kommun, 2025-02-04**

Barn- och utbildningsnämnden har beslutat att bygga en ny förskola med sex avdelningar i Västanfors. Förskolan får plats för 108 barn och ska vara klar i augusti 2026.

– Vi får moderna lokaler med bra utemiljö och kan samtidigt lämna två förskolor med stora underhållsbehov, säger Jenny Ahlberg (S), ordförande i barn- och utbildningsnämnden.

## Fakta om projektet

- Total kostnad: 28,0 miljoner kronor, varav 18,5 miljoner kronor 2025.
- Antal avdelningar: 6
- Antal platser: 108
- Byggstart: april 2025
- Förskolorna Blåklockan och Solrosen avvecklas när den nya förskolan öppnar.

Nämnden räknar med att lokalkostnaderna minskar med 1,3 miljoner kronor per år när de två äldre förskolorna lämnas.

Upphandlingen av entreprenör blev klar i januari. Fem anbud kom in och lägsta anbudet var 24,6 miljoner kronor för själva byggnaden.

**Kontakt:**
Jenny Ahlberg (S), ordförande barn- och utbildningsnämnden, 0223-440 12
Karin Sundqvist, förvaltningschef, 0223-441 05
"""


def build(out):
    os.makedirs(out, exist_ok=True)
    budget_pdf(os.path.join(out, "mal-och-budget-2025-2027.pdf"))
    ar_pdf(os.path.join(out, "arsredovisning-2023.pdf"))
    html(os.path.join(out, "sa-anvands-din-skatt.html"))
    protokoll_docx(os.path.join(out, "protokoll-kf-2024-11-25.docx"))
    xlsx(os.path.join(out, "verksamhetsstatistik-2019-2023.xlsx"))
    with open(os.path.join(out, "pressmeddelande-ny-forskola-vastanfors.md"), "w", encoding="utf-8") as f:
        f.write(PRESS)
