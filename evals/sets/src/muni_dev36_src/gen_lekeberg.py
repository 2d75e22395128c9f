"""Lekebergs kommun: budget PDF, delårsrapport PDF, HTML, DOCX, XLSX, press release (md)."""
import os

import docx
import openpyxl
from openpyxl.styles import Font

from common import Doc, fmt, r1, normalize_zip, docx_table, fix_docx_props, fix_xlsx_props

YEARS = ["Bokslut 2023", "Prognos 2024", "Budget 2024", "Budget 2025", "Plan 2026", "Plan 2027"]

# Resultatbudget, mnkr
RB = {
    "Verksamhetens intäkter": [98.4, 101.2, 99.0, 103.5, 105.1, 107.0],
    "Verksamhetens kostnader": [-712.6, -748.9, -741.3, -772.4, -794.0, -815.6],
    "Avskrivningar": [-28.1, -30.4, -31.0, -33.8, -36.2, -38.0],
    "Skatteintäkter": [468.2, 487.5, 489.0, 508.9, 526.4, 545.3],
    "Generella statsbidrag och utjämning": [186.7, 201.3, 196.8, 210.4, 215.2, 219.0],
    "Finansiella intäkter": [3.1, 2.8, 2.5, 2.4, 2.4, 2.4],
    "Finansiella kostnader": [-6.9, -8.2, -8.5, -9.1, -9.9, -10.6],
}
NK = [r1(a + b + c) for a, b, c in zip(RB["Verksamhetens intäkter"], RB["Verksamhetens kostnader"], RB["Avskrivningar"])]
VR = [r1(n + s + g) for n, s, g in zip(NK, RB["Skatteintäkter"], RB["Generella statsbidrag och utjämning"])]
RES = [r1(v + fi + fk) for v, fi, fk in zip(VR, RB["Finansiella intäkter"], RB["Finansiella kostnader"])]
SKG = [r1(s + g) for s, g in zip(RB["Skatteintäkter"], RB["Generella statsbidrag och utjämning"])]
RESPCT = [round(100 * r / t, 1) for r, t in zip(RES, SKG)]

INV_2025 = 8450  # invånare used for kr/inv
# Driftbudget per nämnd, mnkr: Budget 2024, Budget 2025, Plan 2026, Plan 2027
DRIFT = [
    ("Kommunfullmäktige och revision", 2.9, 3.0, 3.1, 3.1),
    ("Kommunstyrelsen", 88.4, 92.1, 94.0, 95.8),
    ("Bildningsnämnden", 298.6, 309.8, 318.2, 326.1),
    ("Vård- och omsorgsnämnden", 236.2, 247.5, 256.3, 264.9),
    ("Samhällsbyggnadsnämnden", 31.7, 32.4, 33.1, 33.9),
    ("Kultur- och fritidsnämnden", 19.8, 20.3, 20.8, 21.2),
    ("Överförmyndare och valnämnd", 1.6, 2.3, 1.7, 1.8),
]

# Investeringsbudget, tkr: Budget 2025, Plan 2026, Plan 2027
INVEST = [
    ("section", "Kommunstyrelsen"),
    ("Ny förskola Fjugesta, etapp 1", 38000, 14500, 0),
    ("Ombyggnad kök Lekebergsskolan", 9200, 0, 0),
    ("IT-investeringar och digitalisering", 3500, 3500, 3000),
    ("Energieffektivisering kommunala lokaler", 4800, 4200, 3600),
    ("Inventarier förskola och skola", 1900, 1600, 1600),
    ("Lokalanpassning Hidingebro skola", 6400, 2100, 0),
    ("Upprustning Kommunhuset", 2700, 0, 0),
    ("section", "Samhällsbyggnadsnämnden"),
    ("Gång- och cykelväg Mullhyttan", 7300, 0, 0),
    ("Gatubelysning, utbyte till LED", 2200, 2200, 1800),
    ("Beläggningsunderhåll gator", 4100, 4300, 4500),
    ("Trafiksäkerhetsåtgärder Fjugesta centrum", 1850, 950, 0),
    ("Exploatering Tulpanvägen, gata och park", 5600, 3100, 0),
    ("VA-ledning Hidinge–Lanna", 12600, 9800, 0),
    ("Reinvestering reningsverk Fjugesta", 3900, 6800, 11200),
    ("Lekplatser och parker", 950, 800, 800),
    ("section", "Kultur- och fritidsnämnden"),
    ("Konstgräsplan Lekevallen", 0, 6500, 0),
    ("Elljusspår Mullhyttan", 1200, 0, 0),
    ("Biblioteket, inventarier och meröppet", 600, 0, 0),
    ("section", "Vård- och omsorgsnämnden"),
    ("Välfärdsteknik och trygghetslarm", 2300, 1200, 1200),
    ("Inventarier Solbackens äldreboende", 1100, 700, 500),
]

# Balansbudget mnkr: Bokslut 2023, Budget 2025, Plan 2026, Plan 2027
BAL = {
    "Immateriella anläggningstillgångar": [1.2, 0.8, 0.6, 0.4],
    "Materiella anläggningstillgångar": [684.5, 793.6, 843.0, 866.9],
    "Finansiella anläggningstillgångar": [42.8, 42.8, 42.8, 42.8],
    "Omsättningstillgångar": [118.3, 96.4, 92.1, 94.6],
    "Eget kapital": [402.6, 417.8, 426.8, 436.3],
    "Avsättningar för pensioner": [31.4, 34.9, 36.6, 38.2],
    "Långfristiga skulder": [285.0, 355.0, 390.0, 400.0],
    "Kortfristiga skulder": [127.8, 125.9, 125.1, 130.2],
}


def build_budget(out):
    d = Doc("Mål och budget 2025–2027 med plan · Lekebergs kommun")
    d.title_page(["Mål och budget", "2025–2027"], ["Lekebergs kommun", "Antagen av kommunfullmäktige 2024-11-26, § 112"])

    d.h1("Innehåll")
    d.bullets(["Ordföranden har ordet", "Förutsättningar och omvärld", "Vision och mål",
               "Ekonomiska ramar och effektiviseringar", "Resultatbudget", "Balansbudget",
               "Driftbudget per nämnd", "Investeringsbudget", "Nämndernas uppdrag", "Ord och begrepp"])

    d.h1("Ordföranden har ordet")
    d.para("Lekeberg fortsätter att växa. Vid årsskiftet 2023/2024 var vi 8 412 invånare och vår prognos är att vi "
           "passerar 8 450 under 2025. Det är glädjande, men det ställer också krav på att vi bygger förskolor, "
           "skolor och bostäder i den takt som behövs och att vi samtidigt håller ordning på ekonomin.")
    d.para("Budgeten för 2025 präglas av att kostnaderna för pensioner, räntor och livsmedel har ökat snabbare än "
           "skatteintäkterna under de senaste åren. Vi har därför valt att behålla skattesatsen oförändrad på 22,15 "
           "kronor per hundralapp och i stället ge nämnderna i uppdrag att effektivisera. Sammanlagt ska nämnderna "
           "hitta effektiviseringar på 6,2 miljoner kronor under 2025.")
    d.para("Samtidigt gör vi riktade satsningar. Bildningsnämnden får 1,8 miljoner kronor extra för att stärka "
           "elevhälsan och vi avsätter 850 000 kronor till sommarjobb för ungdomar. Den nya förskolan i Fjugesta "
           "är vår största investering under perioden.")
    d.para("Årets resultat budgeteras till 9,9 miljoner kronor, vilket motsvarar 1,4 procent av skatter och "
           "generella statsbidrag. Det är under vårt långsiktiga mål på 2 procent, men en förbättring jämfört med "
           "prognosen för 2024.")
    d.para("Astrid Henriksson (C)\nKommunstyrelsens ordförande")

    d.h1("Förutsättningar och omvärld")
    d.para("Sveriges Kommuner och Regioner (SKR) bedömer att skatteunderlaget växer med 4,1 procent 2025 och "
           "3,6 procent 2026. Inflationen har sjunkit under 2024, men prisnivån ligger kvar på en högre nivå, vilket "
           "påverkar kommunens kostnader för livsmedel, energi och entreprenader.")
    d.para("Pensionskostnaderna ökar kraftigt till följd av det nya pensionsavtalet och de höga prisbasbeloppen. "
           "Kommunens kostnad för pensioner beräknas till 38,6 miljoner kronor 2025, en ökning med 2,9 miljoner "
           "kronor jämfört med 2024.")
    d.h2("Befolkning")
    d.para("Befolkningsprognosen bygger på planerat bostadsbyggande i Fjugesta, Hidinge och Mullhyttan. Antalet barn "
           "i förskoleåldern väntas öka med cirka 40 barn fram till 2027, medan antalet invånare över 80 år ökar "
           "med drygt 60 personer under samma period.")
    d.h2("Skattesats")
    d.para("Kommunalskatten för 2025 är oförändrad 22,15 kronor per skattekrona. Tillsammans med Region Örebro läns "
           "skattesats på 12,30 kronor blir den totala skattesatsen i Lekeberg 34,45 kronor.")

    d.h1("Vision och mål")
    d.para("Lekebergs vision är \"Lekeberg – nära till allt\". Kommunfullmäktige har fastställt fyra "
           "inriktningsmål för mandatperioden 2023–2026.")
    d.bullets(["Alla barn och elever ska ges förutsättningar att nå kunskapsmålen.",
               "Lekeberg ska vara en attraktiv kommun att bo, leva och verka i.",
               "Äldre ska känna sig trygga och ha inflytande över sin vardag.",
               "Kommunens verksamheter ska bedrivas hållbart och kostnadseffektivt."])
    d.h2("Finansiella mål")
    d.bullets(["Årets resultat ska uppgå till minst 2 procent av skatteintäkter och generella statsbidrag över en rullande femårsperiod.",
               "Investeringarna ska till minst 50 procent finansieras med egna medel under planperioden.",
               "Soliditeten inklusive pensionsförpliktelser ska inte understiga 25 procent."])
    d.para("Under 2025 bedöms det första målet inte nås för enskilt år. Självfinansieringsgraden för investeringarna "
           "beräknas till 41 procent 2025, eftersom den nya förskolan finansieras med nya lån på 70 miljoner kronor.")

    d.h1("Ekonomiska ramar och effektiviseringar")
    d.para("Nämndernas ramar för 2025 har räknats upp med 2,8 procent för löner och 2,0 procent för övriga "
           "kostnader. Därefter har ett generellt effektiviseringskrav på 0,8 procent lagts på alla nämnder.")
    d.para("Effektiviseringarna fördelas så att bildningsnämnden ska spara 2,5 miljoner kronor, vård- och "
           "omsorgsnämnden 2,1 miljoner kronor, kommunstyrelsen 0,9 miljoner kronor och övriga nämnder tillsammans "
           "0,7 miljoner kronor. Vård- och omsorgsnämnden prognostiserar för 2024 ett underskott på -3,4 miljoner "
           "kronor, främst inom hemtjänsten, och ska under 2025 ta fram en åtgärdsplan.")
    d.para("En central buffert för oförutsedda kostnader på 3,0 miljoner kronor finns under finansförvaltningen.")

    d.h1("Resultatbudget")
    rows = []
    def row(lbl, vals, kind="row"):
        rows.append((kind, [lbl] + [fmt(v) for v in vals]))
    row("Verksamhetens intäkter", RB["Verksamhetens intäkter"])
    row("Verksamhetens kostnader", RB["Verksamhetens kostnader"])
    row("Avskrivningar", RB["Avskrivningar"])
    row("Verksamhetens nettokostnad", NK, "sum")
    row("Skatteintäkter", RB["Skatteintäkter"])
    row("Generella statsbidrag och utjämning", RB["Generella statsbidrag och utjämning"])
    row("Verksamhetens resultat", VR, "sum")
    row("Finansiella intäkter", RB["Finansiella intäkter"])
    row("Finansiella kostnader", RB["Finansiella kostnader"])
    row("Årets resultat", RES, "sum")
    row("Resultat i % av skatter och bidrag", RESPCT)
    w = [62, 18, 18, 18, 18, 18, 18]
    d.table(w, [["", "Bokslut", "Prognos", "Budget", "Budget", "Plan", "Plan"],
                ["Mnkr", "2023", "2024", "2024", "2025", "2026", "2027"]], rows,
            caption="Tabell 1. Resultatbudget, belopp i miljoner kronor")
    d.note("Prognos 2024 avser prognosen i delårsrapporten per 31 augusti 2024.")
    d.para("Verksamhetens nettokostnad ökar med 4,4 procent mellan budget 2024 och budget 2025. Skatteintäkter och "
           "generella statsbidrag ökar med 4,9 procent under samma period.")

    d.h1("Balansbudget")
    brows = []
    def brow(lbl, vals, kind="row", note=""):
        brows.append((kind, [lbl, note] + [fmt(v) for v in vals]))
    brows.append(("section", ["Tillgångar"]))
    brow("Immateriella anläggningstillgångar", BAL["Immateriella anläggningstillgångar"], note="1")
    brow("Materiella anläggningstillgångar", BAL["Materiella anläggningstillgångar"], note="2")
    brow("Finansiella anläggningstillgångar", BAL["Finansiella anläggningstillgångar"], note="3")
    brow("Omsättningstillgångar", BAL["Omsättningstillgångar"])
    st = [r1(sum(BAL[k][i] for k in ["Immateriella anläggningstillgångar", "Materiella anläggningstillgångar",
                                      "Finansiella anläggningstillgångar", "Omsättningstillgångar"])) for i in range(4)]
    brow("Summa tillgångar", st, "sum")
    brows.append(("section", ["Eget kapital, avsättningar och skulder"]))
    brow("Eget kapital", BAL["Eget kapital"])
    brow("Avsättningar för pensioner", BAL["Avsättningar för pensioner"], note="4")
    brow("Långfristiga skulder", BAL["Långfristiga skulder"], note="5")
    brow("Kortfristiga skulder", BAL["Kortfristiga skulder"])
    se = [r1(sum(BAL[k][i] for k in ["Eget kapital", "Avsättningar för pensioner", "Långfristiga skulder",
                                      "Kortfristiga skulder"])) for i in range(4)]
    brow("Summa eget kapital och skulder", se, "sum")
    assert st == se, (st, se)
    sol = [round(100 * BAL["Eget kapital"][i] / st[i], 1) for i in range(4)]
    brow("Soliditet, %", sol)
    d.table([70, 12, 22, 22, 22, 22], [["", "", "Bokslut", "Budget", "Plan", "Plan"],
                                        ["Mnkr", "Not", "2023", "2025", "2026", "2027"]], brows,
            caption="Tabell 2. Balansbudget (mnkr)")
    d.note("Not 1–5: se Ord och begrepp. Långfristiga skulder avser lån hos Kommuninvest.")

    d.h1("Driftbudget per nämnd", orientation="L")
    d.para("Tabellen visar nämndernas nettoramar. Kolumnen kr per invånare är beräknad på 8 450 invånare.")
    drows = []
    tot = [0, 0, 0, 0]
    for name, b24, b25, p26, p27 in DRIFT:
        ch = r1(b25 - b24)
        chp = round(100 * (b25 - b24) / b24, 1)
        kpi = round(b25 * 1e6 / INV_2025, -1)
        drows.append(("row", [name, fmt(b24), fmt(b25), fmt(ch), fmt(chp), fmt(kpi, 0), fmt(p26), fmt(p27)]))
        tot = [t + v for t, v in zip(tot, [b24, b25, p26, p27])]
    tot = [r1(t) for t in tot]
    drows.append(("sum", ["Summa nämnder", fmt(tot[0]), fmt(tot[1]), fmt(r1(tot[1] - tot[0])),
                          fmt(round(100 * (tot[1] - tot[0]) / tot[0], 1)), fmt(round(tot[1] * 1e6 / INV_2025, -1), 0),
                          fmt(tot[2]), fmt(tot[3])]))
    d.table([78, 26, 26, 26, 26, 30, 26, 26],
            [["Nämnd", "Budget", "Budget", "Förändring", "Förändring", "Kr per", "Plan", "Plan"],
             ["", "2024", "2025", "mnkr", "%", "invånare 2025", "2026", "2027"]], drows,
            caption="Tabell 3. Driftbudget per nämnd, nettokostnad i mnkr")
    d.note("Ramarna för 2025 inkluderar lönekompensation. Valnämndens ram 2025 är höjd inför valet 2026.")

    d.h1("Investeringsbudget")
    d.para("Investeringsbudgeten för 2025 omfattar totalt " + fmt(sum(r[1] for r in INVEST if r[0] != "section") / 1000) +
           " miljoner kronor. Den största enskilda investeringen är den nya förskolan i Fjugesta med sex avdelningar, "
           "som beräknas vara klar hösten 2026 till en total utgift på 52,5 miljoner kronor.")
    irows = []
    sec_tot = None
    totals = [0, 0, 0]
    def flush():
        if sec_tot is not None:
            irows.append(("sum", ["Summa " + sec_name.lower() if False else "Summa " + sec_name] +
                          [fmt(v, 0) for v in sec_tot] + [fmt(sum(sec_tot), 0)]))
    sec_name = None
    for r in INVEST:
        if r[0] == "section":
            flush()
            sec_name = r[1]
            sec_tot = [0, 0, 0]
            irows.append(("section", [r[1]]))
        else:
            vals = list(r[1:])
            irows.append(("row", [r[0]] + [fmt(v, 0) for v in vals] + [fmt(sum(vals), 0)]))
            sec_tot = [a + b for a, b in zip(sec_tot, vals)]
            totals = [a + b for a, b in zip(totals, vals)]
    flush()
    irows.append(("sum", ["Totalt investeringar"] + [fmt(v, 0) for v in totals] + [fmt(sum(totals), 0)]))
    d.table([82, 22, 22, 22, 22], [["Projekt", "Budget", "Plan", "Plan", "Summa"],
                                   ["(tkr)", "2025", "2026", "2027", "2025–2027"]], irows,
            caption="Tabell 4. Investeringsbudget 2025–2027, tkr", cont_caption="Tabell 4. Investeringsbudget (forts.)",
            row_h=6.2)
    d.note("VA-investeringar finansieras via VA-taxan. Konstgräsplanen förutsätter bidrag från Riksidrottsförbundet.")

    d.h1("Nämndernas uppdrag")
    d.h2("Kommunstyrelsen")
    d.para("Kommunstyrelsen leder och samordnar kommunens verksamhet. Under 2025 ska kommunstyrelsen genomföra en "
           "översyn av lokalbehovet och ta fram en ny översiktsplan för Fjugesta tätort.")
    d.h2("Bildningsnämnden")
    d.para("Bildningsnämnden ansvarar för förskola, grundskola, gymnasieskola och vuxenutbildning. Antalet elever i "
           "grundskolan beräknas till 1 045 läsåret 2025/26. Nämnden får i uppdrag att minska antalet "
           "obehöriga lärare och att öka andelen elever som är behöriga till gymnasiet från 84 till 88 procent.")
    d.h2("Vård- och omsorgsnämnden")
    d.para("Vård- och omsorgsnämnden ansvarar för äldreomsorg, LSS och individ- och familjeomsorg. Nämnden ska "
           "minska kostnaderna för externa placeringar och införa nyckelfri hemtjänst i hela kommunen under 2025.")
    d.h2("Samhällsbyggnadsnämnden")
    d.para("Samhällsbyggnadsnämnden ansvarar för gator, parker, VA, miljö och bygglov. Handläggningstiden för "
           "bygglov ska i genomsnitt vara högst fyra veckor.")
    d.h2("Kultur- och fritidsnämnden")
    d.para("Nämnden ansvarar för bibliotek, fritidsgårdar, kulturskola och stöd till föreningslivet. Föreningsbidragen "
           "höjs med 300 000 kronor 2025.")

    d.h1("Ord och begrepp")
    d.bullets(["Avskrivning: den årliga kostnaden för att en anläggningstillgång förbrukas.",
               "Balansbudget: visar den beräknade ekonomiska ställningen vid årets slut.",
               "Nettokostnad: kostnader minus intäkter för en verksamhet.",
               "Soliditet: eget kapital i procent av totala tillgångar.",
               "Resultatbudget: visar budgeterade intäkter och kostnader och årets resultat."])
    d.output(out)


def build_delar(out):
    d = Doc("Delårsrapport januari–augusti 2024 · Lekebergs kommun")
    d.title_page(["Delårsrapport", "januari–augusti 2024"], ["Lekebergs kommun", "Kommunstyrelsen 2024-10-08"])
    d.h1("Sammanfattning")
    d.para("Periodens resultat för januari–augusti 2024 uppgår till 21,4 miljoner kronor, att jämföra med 18,9 "
           "miljoner kronor samma period 2023. Prognosen för helåret är ett resultat på 5,3 miljoner kronor, vilket "
           "är 1,2 miljoner kronor lägre än budget.")
    d.para("Nämnderna prognostiserar tillsammans ett underskott mot budget. Det största underskottet finns inom "
           "vård- och omsorgsnämnden, där hemtjänstens timmar har ökat med 11 procent jämfört med föregående år. "
           "Bildningsnämnden redovisar ett underskott som främst beror på fler barn i förskolan än planerat.")
    d.para("Antalet invånare var 8 437 den 30 juni 2024, en ökning med 25 personer sedan årsskiftet.")
    d.h2("Personal")
    d.para("Antalet tillsvidareanställda var 712 den 31 augusti 2024. Den totala sjukfrånvaron för perioden var "
           "6,8 procent, jämfört med 7,3 procent för samma period 2023.")
    d.h1("Resultaträkning")
    rr = [
        ("Verksamhetens intäkter", 63.2, 66.8, 101.2),
        ("Verksamhetens kostnader", -462.0, -482.6, -748.9),
        ("Avskrivningar", -18.5, -20.1, -30.4),
    ]
    nk = [r1(sum(x[i] for x in rr)) for i in (1, 2, 3)]
    rr2 = [("Skatteintäkter", 309.4, 323.1, 487.5), ("Generella statsbidrag och utjämning", 129.2, 137.8, 201.3)]
    vr = [r1(nk[i] + rr2[0][i + 1] + rr2[1][i + 1]) for i in range(3)]
    fin = [("Finansiella intäkter", 2.1, 1.9, 2.8), ("Finansiella kostnader", -4.5, -5.5, -8.2)]
    res = [r1(vr[i] + fin[0][i + 1] + fin[1][i + 1]) for i in range(3)]
    assert res[1] == 21.4 and res[0] == 18.9 and res[2] == 5.3, res
    rows = [("row", [a, fmt(b), fmt(c), fmt(e)]) for a, b, c, e in rr]
    rows.append(("sum", ["Verksamhetens nettokostnad"] + [fmt(v) for v in nk]))
    rows += [("row", [a, fmt(b), fmt(c), fmt(e)]) for a, b, c, e in rr2]
    rows.append(("sum", ["Verksamhetens resultat"] + [fmt(v) for v in vr]))
    rows += [("row", [a, fmt(b), fmt(c), fmt(e)]) for a, b, c, e in fin]
    rows.append(("sum", ["Periodens/årets resultat"] + [fmt(v) for v in res]))
    d.table([80, 28, 28, 28], [["", "Utfall jan–aug", "Utfall jan–aug", "Prognos helår"],
                               ["Mnkr", "2023", "2024", "2024"]], rows, caption="Resultaträkning i sammandrag")
    d.h1("Nämndernas prognos")
    d.para("Tabellen visar nämndernas prognostiserade avvikelse mot budget för helåret 2024. Negativa belopp "
           "innebär underskott.")
    nam = [
        ("Kommunfullmäktige och revision", 2900, 2850),
        ("Kommunstyrelsen", 88400, 87150),
        ("Bildningsnämnden", 298600, 300700),
        ("Vård- och omsorgsnämnden", 236200, 239600),
        ("Samhällsbyggnadsnämnden", 31700, 31450),
        ("Kultur- och fritidsnämnden", 19800, 19650),
        ("Överförmyndare och valnämnd", 1600, 1600),
    ]
    rows = []
    tb = tp = 0
    for n, b, p in nam:
        rows.append(("row", [n, fmt(b, 0), fmt(p, 0), fmt(b - p, 0, neg="()")]))
        tb += b; tp += p
    rows.append(("sum", ["Summa nämnder", fmt(tb, 0), fmt(tp, 0), fmt(tb - tp, 0, neg="()")]))
    d.table([78, 28, 30, 30], [["Nämnd", "Budget", "Prognos", "Avvikelse"],
                               ["(tkr)", "2024", "helår 2024", "mot budget"]], rows,
            caption="Prognos per nämnd 2024, tkr")
    d.note("Underskott anges inom parentes.")
    d.para("Finansförvaltningen prognostiserar ett överskott på 2,6 miljoner kronor, främst till följd av högre "
           "generella statsbidrag än budgeterat.")
    d.h1("Investeringar")
    d.para("Under perioden har investeringar för 31,6 miljoner kronor genomförts, av en årsbudget på 78,4 miljoner "
           "kronor. Prognosen för helåret är 59,0 miljoner kronor. Projektering av den nya förskolan i Fjugesta "
           "har påbörjats och byggstart planeras till mars 2025.")
    d.output(out)


HTML = """<!DOCTYPE html>
<html lang="sv">
<head><meta charset="utf-8"><title>Så används din skatt - Lekebergs kommun</title></head>
<body>
<div id="cookie-banner" class="cookie"><p>Vi använder kakor (cookies) för att förbättra webbplatsen. <a href="/kakor">Läs mer om kakor</a></p>
<button>Godkänn alla</button> <button>Endast nödvändiga</button></div>
<header><a href="/" class="logo">Lekebergs kommun</a>
<nav><ul><li><a href="/omsorg">Omsorg och stöd</a></li><li><a href="/skola">Förskola och skola</a></li>
<li><a href="/bygga">Bygga, bo och miljö</a></li><li><a href="/kultur">Kultur och fritid</a></li>
<li><a href="/kommun-och-politik">Kommun och politik</a></li></ul></nav>
<form role="search"><input type="search" placeholder="Sök på webbplatsen"></form></header>
<div class="breadcrumbs"><a href="/">Start</a> / <a href="/kommun-och-politik">Kommun och politik</a> / <a href="/ekonomi">Ekonomi</a> / Så används din skatt</div>
<main>
<h1>Så används din skatt</h1>
<p class="ingress">Kommunalskatten i Lekeberg är 22,15 kronor per intjänad hundralapp 2025. Här kan du se hur
kommunen fördelar pengarna mellan olika verksamheter.</p>
<p>En person som tjänar 35 000 kronor i månaden betalar ungefär 6 650 kronor i kommunalskatt per månad till
Lekebergs kommun. Skatten står för ungefär två tredjedelar av kommunens intäkter. Resten kommer från statsbidrag,
avgifter och hyror.</p>
<h2>Så fördelas 100 kronor i skatt</h2>
<table>
<caption>Fördelning av 100 skattekronor, budget 2025</caption>
<thead><tr><th>Verksamhet</th><th>Kronor av 100</th><th>Nettokostnad 2025, mnkr</th></tr></thead>
<tbody>
<tr><td>Förskola</td><td>12</td><td>84,3</td></tr>
<tr><td>Grundskola och fritidshem</td><td>24</td><td>170,8</td></tr>
<tr><td>Gymnasieskola och vuxenutbildning</td><td>8</td><td>54,7</td></tr>
<tr><td>Äldreomsorg</td><td>20</td><td>143,2</td></tr>
<tr><td>Stöd till personer med funktionsnedsättning (LSS)</td><td>9</td><td>62,6</td></tr>
<tr><td>Individ- och familjeomsorg</td><td>6</td><td>41,7</td></tr>
<tr><td>Gator, parker och samhällsbyggnad</td><td>5</td><td>32,4</td></tr>
<tr><td>Kultur och fritid</td><td>3</td><td>20,3</td></tr>
<tr><td>Politik, ledning och gemensam administration</td><td>13</td><td>97,4</td></tr>
</tbody>
<tfoot><tr><td>Totalt</td><td>100</td><td>707,4</td></tr></tfoot>
</table>
<p>Siffrorna är avrundade. Vatten och avlopp samt renhållning finansieras helt med taxor och ingår inte i tabellen.</p>
<h2>Skatten i jämförelse</h2>
<p>Den totala skattesatsen i Lekeberg, inklusive Region Örebro län, är 34,45 kronor 2025. Genomsnittet för
länets kommuner är 34,53 kronor.</p>
<p class="meta">Publicerad 2025-01-15 · Senast uppdaterad 2025-02-03</p>
<p class="meta">Sidansvarig: Ekonomienheten</p>
</main>
<footer><p>Lekebergs kommun · Box 44 · 716 21 Fjugesta · Telefon 0585-487 00 · kommunen@lekeberg.se</p>
<ul><li><a href="/tillganglighet">Tillgänglighetsredogörelse</a></li><li><a href="/personuppgifter">Personuppgifter</a></li>
<li><a href="/kakor">Kakor</a></li></ul><p>© Lekebergs kommun</p></footer>
</body></html>
"""


def build_docx(out):
    doc = docx.Document()
    fix_docx_props(doc, "Protokoll kommunfullmäktige 2024-11-26", "Lekebergs kommun")
    doc.add_heading("PROTOKOLL", 0)
    doc.add_paragraph("Kommunfullmäktige, Lekebergs kommun")
    doc.add_paragraph("Sammanträdesdatum: 2024-11-26, kl. 18.00–21.40")
    doc.add_paragraph("Plats: Kommunhuset, Fjugesta, sessionssalen")
    doc.add_paragraph("Ordförande: Lars-Göran Eriksson (M)")
    doc.add_paragraph("Sekreterare: Karin Strand")
    doc.add_paragraph("Justerare: Emma Lindh (S) och Per Wallin (KD)")
    doc.add_heading("§ 111 Val av justerare", 2)
    doc.add_paragraph("Kommunfullmäktige beslutar att utse Emma Lindh (S) och Per Wallin (KD) att justera protokollet.")
    doc.add_heading("§ 112 Mål och budget 2025–2027", 2)
    doc.add_paragraph("Dnr KS 2024/198")
    doc.add_paragraph("Ärendebeskrivning: Kommunstyrelsen har lämnat förslag till mål och budget för 2025 med plan för "
                      "2026–2027. Förslaget innebär en oförändrad skattesats och ett budgeterat resultat på 9,9 "
                      "miljoner kronor för 2025.")
    doc.add_paragraph("Nämndernas driftramar för 2025 framgår av tabellen nedan.")
    rows = []
    tot24 = tot25 = 0
    for name, b24, b25, _, _ in DRIFT:
        rows.append([name, fmt(b24 * 1000, 0), fmt(b25 * 1000, 0)])
        tot24 += b24 * 1000; tot25 += b25 * 1000
    rows.append(["Summa", fmt(round(tot24), 0), fmt(round(tot25), 0)])
    docx_table(doc, ["Nämnd", "Ram 2024 (tkr)", "Ram 2025 (tkr)"], rows)
    doc.add_paragraph("")
    doc.add_paragraph("Yrkanden: Astrid Henriksson (C) yrkar bifall till kommunstyrelsens förslag. Sara Öberg (S) yrkar "
                      "bifall till Socialdemokraternas budgetförslag, som innebär en skattehöjning med 20 öre. "
                      "Niklas Berg (SD) yrkar bifall till Sverigedemokraternas budgetförslag.")
    doc.add_paragraph("Omröstning: Omröstning begärs. Kommunstyrelsens förslag vinner med 17 röster mot 12 för "
                      "Socialdemokraternas förslag; 2 ledamöter avstår.")
    doc.add_paragraph("Beslut: Kommunfullmäktige beslutar att fastställa skattesatsen för 2025 till 22,15 kronor, att anta "
                      "mål och budget 2025–2027 enligt kommunstyrelsens förslag, samt att ge kommunstyrelsen rätt att "
                      "under 2025 nyupplåna 70 miljoner kronor.")
    doc.add_paragraph("Reservationer: Socialdemokraterna och Vänsterpartiet reserverar sig mot beslutet till förmån för "
                      "eget förslag. Sverigedemokraterna reserverar sig skriftligen, bilaga 3.")
    doc.add_heading("§ 113 Taxa för vatten och avlopp 2025", 2)
    doc.add_paragraph("Dnr KS 2024/205")
    doc.add_paragraph("Beslut: Kommunfullmäktige beslutar att höja brukningsavgiften för vatten och avlopp med 8 procent "
                      "från den 1 januari 2025. För en normalvilla innebär det en höjning med cirka 620 kronor per år.")
    doc.add_heading("§ 114 Försäljning av mark, Tulpanvägen", 2)
    doc.add_paragraph("Beslut: Kommunfullmäktige beslutar att sälja fastigheten Fjugesta 3:41 till Lekebergs "
                      "Bostäder AB för 1 450 000 kronor.")
    doc.add_paragraph("Vid protokollet: Karin Strand")
    doc.save(out)
    normalize_zip(out)


def build_xlsx(out):
    wb = openpyxl.Workbook()
    fix_xlsx_props(wb, "Nyckeltal Lekebergs kommun 2019–2024", "Lekebergs kommun")
    ws = wb.active
    ws.title = "Nyckeltal"
    ws["A1"] = "Ekonomiska nyckeltal, Lekebergs kommun 2019–2024"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Belopp i mnkr om inte annat anges. Källa: årsredovisningar och SCB."
    hdr = ["År", "Invånare 31 dec", "Skattesats (kr)", "Verksamhetens nettokostnad (mnkr)",
           "Nettokostnad per invånare (kr)", "Årets resultat (mnkr)", "Nettoinvesteringar (mnkr)"]
    ws.append([])
    for i, h in enumerate(hdr, 1):
        ws.cell(row=3, column=i, value=h).font = Font(bold=True)
    data = [
        (2019, 7 * 1000 + 969, 21.75, 548.2, 16.2, 42.7),
        (2020, 8100, 21.75, 561.9, 24.8, 38.1),
        (2021, 8213, 22.15, 583.4, 31.5, 46.9),
        (2022, 8307, 22.15, 612.4, 14.2, 58.3),
        (2023, 8412, 22.15, 642.3, 8.8, 67.5),
        (2024, 8468, 22.15, 678.1, 5.3, 59.0),
    ]
    for y, inv, sk, nk, res, ni in data:
        ws.append([y, inv, sk, nk, round(nk * 1e6 / inv), res, ni])
    for row in ws.iter_rows(min_row=4, max_row=9):
        row[2].number_format = "0.00"
        row[3].number_format = "0.0"
        row[4].number_format = "# ##0"
        row[5].number_format = "0.0"
        row[6].number_format = "0.0"
    ws["A11"] = "2024 avser prognos enligt delårsrapporten; invånare 2024 avser befolkningsprognos."
    ws2 = wb.create_sheet("Befolkning")
    ws2["A1"] = "Befolkning per åldersgrupp, Lekebergs kommun"
    ws2["A1"].font = Font(bold=True, size=13)
    ws2["A2"] = "Antal invånare 31 december"
    ws2.append([])
    ws2.append(["Åldersgrupp", "2022", "2023"])
    for c in ws2[4]:
        c.font = Font(bold=True)
    ages = [("0–5 år", 612, 628), ("6–15 år", 1103, 1121), ("16–19 år", 398, 405), ("20–64 år", 4431, 4452),
            ("65–79 år", 1297, 1330), ("80 år och äldre", 466, 476)]
    for a in ages:
        ws2.append(list(a))
    ws2.append(["Totalt", sum(a[1] for a in ages), sum(a[2] for a in ages)])
    assert sum(a[2] for a in ages) == 8412 and sum(a[1] for a in ages) == 8307
    for c in ws2[11]:
        c.font = Font(bold=True)
    wb.save(out)
    normalize_zip(out)


PRESS = """# Budget 2025: oförändrad skatt och ny förskola i Fjugesta

**Pressmeddelande, Lekebergs kommun, 2024-11-27**

Kommunfullmäktige i Lekeberg antog i tisdags kväll mål och budget för 2025–2027. Skattesatsen lämnas oförändrad på 22,15 kronor och budgeten visar ett resultat på 9,9 miljoner kronor för 2025.

– Vi prioriterar skolan och äldreomsorgen, men vi måste också vara ärliga med att kostnaderna ökar snabbare än intäkterna. Därför behöver alla nämnder effektivisera, säger Astrid Henriksson (C), kommunstyrelsens ordförande.

## Viktiga satsningar 2025

- Ny förskola i Fjugesta med sex avdelningar, 38 miljoner kronor under 2025.
- 1,8 miljoner kronor extra till elevhälsan.
- 850 000 kronor till sommarjobb för ungdomar.
- Föreningsbidragen höjs med 300 000 kronor.
- Gång- och cykelväg till Mullhyttan byggs under 2025.

Totalt investerar kommunen 110,2 miljoner kronor under 2025. Bildningsnämnden får den största ramen, 309,8 miljoner kronor, följt av vård- och omsorgsnämnden med 247,5 miljoner kronor.

Socialdemokraterna och Vänsterpartiet reserverade sig mot beslutet.

**Kontakt:**
Astrid Henriksson (C), kommunstyrelsens ordförande, 0585-487 10
Johan Ek, ekonomichef, 0585-487 25
"""


def build(outdir):
    os.makedirs(outdir, exist_ok=True)
    build_budget(os.path.join(outdir, "lekeberg-mal-och-budget-2025-2027.pdf"))
    build_delar(os.path.join(outdir, "lekeberg-delarsrapport-jan-aug-2024.pdf"))
    with open(os.path.join(outdir, "sa-anvands-din-skatt.html"), "w", encoding="utf-8") as f:
        f.write(HTML)
    build_docx(os.path.join(outdir, "kf-protokoll-2024-11-26.docx"))
    build_xlsx(os.path.join(outdir, "lekeberg-nyckeltal-2019-2024.xlsx"))
    with open(os.path.join(outdir, "pressmeddelande-budget-2025.md"), "w", encoding="utf-8") as f:
        f.write(PRESS)
    inv_total = sum(r[1] for r in INVEST if r[0] != "section")
    print("lekeberg: NK", NK, "VR", VR, "RES", RES, "RESPCT", RESPCT, "inv2025", inv_total)
