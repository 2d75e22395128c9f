"""Svenljunga kommun: documents for the mb32 corpus."""
import os
from docx import Document
from openpyxl import Workbook
from openpyxl.styles import Font
from common import Doc, sv, fix_zip, html_page

P = "()"  # negative style in this municipality's tables
DRIFT = [  # tkr: budget 2024, budget 2025, plan 2026, plan 2027
    ("Kommunstyrelsen", [112450, 116820, 119300, 122100]),
    ("Utbildningsnämnden", [301200, 311760, 318900, 326400]),
    ("Omsorgsnämnden", [264600, 278450, 286800, 294200]),
    ("Individ- och familjeomsorgsnämnden", [61300, 64900, 66200, 67500]),
    ("Samhällsbyggnadsnämnden", [48750, 50120, 51400, 52700]),
    ("Kultur- och fritidsnämnden", [27900, 27450, 28100, 28700]),
    ("Bygg- och miljönämnden", [9850, 10230, 10500, 10800]),
    ("Revision", [1450, 1500, 1550, 1600]),
    ("Valnämnd", [120, 80, 1150, 90]),
]
FIN = [
    ("Pensioner", [18400, 21300, 22900, 24000]),
    ("Kommunstyrelsens förfogande", [3000, 3000, 3000, 3000]),
    ("Löneökningsreserv", [6800, 9100, 9600, 10100]),
]
# resultatbudget mnkr: utfall 2023, budget 2024, budget 2025, plan 2026, plan 2027
INTAKT = [221.4, 214.0, 219.5, 223.8, 228.2]
AVSKR = [-38.9, -41.2, -43.6, -46.1, -47.9]
SKATT = [582.6, 608.3, 641.9, 662.4, 683.0]
STATSB = [256.1, 268.2, 275.4, 280.9, 286.3]
FINI = [4.2, 3.6, 3.4, 3.4, 3.4]
FINK = [-8.7, -10.9, -12.1, -13.0, -13.8]
NETTO2023 = -815.2
INVEST = [  # mnkr: budget 2025, plan 2026, plan 2027
    ("sec", "Kommunstyrelsen"),
    ("IT och digitalisering", [1.8, 1.8, 1.5]),
    ("Exploatering bostadsområde Östra Svenljunga", [6.5, 4.0, 2.0]),
    ("sec", "Utbildningsnämnden"),
    ("Renovering Mjöbäcks skola", [9.2, 3.5, 0.0]),
    ("Inventarier och IT-utrustning skolor", [1.4, 1.4, 1.4]),
    ("sec", "Omsorgsnämnden"),
    ("Nytt LSS-boende Sexdrega", [14.5, 3.0, 0.0]),
    ("Välfärdsteknik", [0.9, 0.9, 0.9]),
    ("sec", "Samhällsbyggnadsnämnden"),
    ("Gator, belysning och broar", [5.2, 5.2, 5.2]),
    ("Energieffektivisering fastigheter", [3.6, 3.6, 3.0]),
    ("Ny vattenledning Överlida–Svenljunga", [12.0, 18.0, 6.0]),
    ("sec", "Kultur- och fritidsnämnden"),
    ("Upprustning Svenljunga simhall", [2.3, 0.0, 0.0]),
]


def r1(x):
    return round(x + 0.0, 1)


def calc():
    nam = [sum(v[i] for _, v in DRIFT) for i in range(4)]
    fin = [sum(v[i] for _, v in FIN) for i in range(4)]
    tot = [nam[i] + fin[i] for i in range(4)]
    netto = [NETTO2023] + [r1(-t / 1000) for t in tot]
    kost = [r1(netto[i] - INTAKT[i] - AVSKR[i]) for i in range(5)]
    vres = [r1(netto[i] + SKATT[i] + STATSB[i]) for i in range(5)]
    res = [r1(vres[i] + FINI[i] + FINK[i]) for i in range(5)]
    return nam, fin, tot, netto, kost, vres, res


def inv_tot():
    rows = [it[1] for it in INVEST if it[0] != "sec"]
    return [r1(sum(r[i] for r in rows)) for i in range(3)]


def budget_pdf(out):
    nam, fin, tot, netto, kost, vres, res = calc()
    it = inv_tot()
    d = Doc("Budget 2025 och plan 2026–2027 | Svenljunga kommun", "Svenljunga kommun")
    d.add_page()
    d.ln(35)
    d.set_font("DV", "B", 24)
    d.multi_cell(0, 12, "Budget 2025\noch plan 2026–2027")
    d.ln(6)
    d.set_font("DV", "", 12)
    d.multi_cell(0, 7, "Svenljunga kommun\nBeslutad av kommunfullmäktige 2024-11-25, § 112")
    d.add_page()
    d.h1("Förord")
    d.p("Svenljunga kommun har under flera år haft en stark ekonomi, men nu krävs det tuffa prioriteringar. Kostnaderna för omsorgen ökar snabbt och Omsorgsnämnden redovisade 2023 ett underskott på 14,3 miljoner kronor.")
    d.p("Majoriteten har därför beslutat att höja skattesatsen med 30 öre till 22,44 kronor per skattekrona från 2025. Höjningen ger cirka 9,8 miljoner kronor i ökade skatteintäkter per år. Samtidigt genomför nämnderna effektiviseringar på 4,7 miljoner kronor.")
    d.p(f"Årets resultat för 2025 budgeteras till {sv(res[2])} miljoner kronor. Vi satsar 700 000 kronor på förebyggande arbete bland unga och fortsätter att bygga ut vatten och avlopp mellan Överlida och Svenljunga.")
    d.p("Johan Hallberg (M)\nKommunstyrelsens ordförande")
    d.h1("Politisk inriktning")
    d.p("Svenljunga styrs under mandatperioden 2023–2026 av Moderaterna, Kristdemokraterna, Centerpartiet och Liberalerna. Visionen är ”Svenljunga – en plats att växa på”.")
    d.h2("Kommunfullmäktiges mål 2025")
    d.bullets([
        "Svenljunga ska ha minst 11 000 invånare år 2030.",
        "Minst 80 procent av eleverna i årskurs 9 ska vara behöriga till gymnasiets yrkesprogram.",
        "Väntetiden till särskilt boende ska vara högst 60 dagar.",
        "Andelen ekologiska livsmedel i de kommunala köken ska vara minst 35 procent.",
    ])
    d.h2("Finansiella mål")
    d.bullets([
        "Årets resultat ska vara minst 2 procent av skatteintäkter och generella statsbidrag sett över en rullande femårsperiod.",
        "Investeringar i skattefinansierad verksamhet ska självfinansieras till 100 procent över planperioden.",
        "Låneskulden per invånare ska inte överstiga 45 000 kronor.",
    ])
    d.add_page()
    d.h1("Omvärld och förutsättningar")
    d.p("Budgeten bygger på Sveriges Kommuner och Regioners skatteunderlagsprognos från oktober 2024 och på en folkmängd på 10 790 invånare. Folkmängden den 31 december 2023 var 10 812 invånare.")
    d.p("Konjunkturen väntas förbättras under 2025, men skatteunderlaget växer långsammare än kostnaderna för välfärden. Antalet invånare över 80 år beräknas öka med 15 procent fram till 2030.")
    d.p("Kommunen har cirka 1 150 anställda. Personalkostnaderna motsvarar ungefär 62 procent av verksamhetens kostnader.")
    d.h1("Resultatbudget")
    pct = [r1(res[i] / (SKATT[i] + STATSB[i]) * 100) for i in range(5)]
    rows = [
        ("row", ["Verksamhetens intäkter", "1"] + [sv(v, neg=P) for v in INTAKT]),
        ("row", ["Verksamhetens kostnader", "2"] + [sv(v, neg=P) for v in kost]),
        ("row", ["Avskrivningar", "3"] + [sv(v, neg=P) for v in AVSKR]),
        ("sum", ["Verksamhetens nettokostnader", ""] + [sv(v, neg=P) for v in netto]),
        ("row", ["Skatteintäkter", "4"] + [sv(v, neg=P) for v in SKATT]),
        ("row", ["Generella statsbidrag och utjämning", "5"] + [sv(v, neg=P) for v in STATSB]),
        ("sum", ["Verksamhetens resultat", ""] + [sv(v, neg=P) for v in vres]),
        ("row", ["Finansiella intäkter", ""] + [sv(v, neg=P) for v in FINI]),
        ("row", ["Finansiella kostnader", ""] + [sv(v, neg=P) for v in FINK]),
        ("sum", ["Årets resultat", ""] + [sv(v, neg=P) for v in res]),
        ("row", ["Resultat / skatter och bidrag, %", ""] + [sv(v, neg=P) for v in pct]),
    ]
    d.table([["", "", "Utfall", "Budget", "Budget", "Plan", "Plan"], ["Mnkr", "Not", "2023", "2024", "2025", "2026", "2027"]],
            rows, [62, 10, 19, 19, 19, 19, 19], caption="Resultatbudget")
    d.note("Negativa belopp anges inom parentes. Noterna 1–5 beskrivs i avsnittet Noter.")
    d.add_page()
    d.h1("Kassaflödesbudget")
    cf_inv = [-it[0], -it[1], -it[2]]
    rows_cf = {
        "res": res[2:], "avs": [-a for a in AVSKR[2:]], "pens": [2.1, 1.8, 1.6], "rorel": [-1.5, -1.0, -1.0],
        "forsalj": [1.2, 0.5, 0.5], "lan": [20.0, 15.0, 0.0], "amort": [-5.0, -5.0, -5.0], "ib": [48.6],
    }
    lop = [r1(rows_cf["res"][i] + rows_cf["avs"][i] + rows_cf["pens"][i] + rows_cf["rorel"][i]) for i in range(3)]
    inv = [r1(cf_inv[i] + rows_cf["forsalj"][i]) for i in range(3)]
    finv = [r1(rows_cf["lan"][i] + rows_cf["amort"][i]) for i in range(3)]
    arets = [r1(lop[i] + inv[i] + finv[i]) for i in range(3)]
    ib = [48.6]
    for i in range(2):
        ib.append(r1(ib[i] + arets[i]))
    ub = [r1(ib[i] + arets[i]) for i in range(3)]
    f = lambda v: [sv(x, neg=P) for x in v]
    rows = [
        ("sec", ["Den löpande verksamheten", "", "", ""]),
        ("row", ["Årets resultat"] + f(rows_cf["res"])),
        ("row", ["Justering för av- och nedskrivningar"] + f(rows_cf["avs"])),
        ("row", ["Justering för avsättningar till pensioner"] + f(rows_cf["pens"])),
        ("row", ["Förändring av rörelsekapital"] + f(rows_cf["rorel"])),
        ("sum", ["Kassaflöde från löpande verksamhet"] + f(lop)),
        ("sec", ["Investeringsverksamheten", "", "", ""]),
        ("row", ["Investering i materiella tillgångar"] + f(cf_inv)),
        ("row", ["Försäljning av materiella tillgångar"] + f(rows_cf["forsalj"])),
        ("sum", ["Kassaflöde från investeringsverksamhet"] + f(inv)),
        ("sec", ["Finansieringsverksamheten", "", "", ""]),
        ("row", ["Nyupptagna lån"] + f(rows_cf["lan"])),
        ("row", ["Amortering av lån"] + f(rows_cf["amort"])),
        ("sum", ["Kassaflöde från finansieringsverksamhet"] + f(finv)),
        ("sum", ["Årets kassaflöde"] + f(arets)),
        ("row", ["Likvida medel vid årets början"] + f(ib)),
        ("sum", ["Likvida medel vid årets slut"] + f(ub)),
    ]
    d.table([["Belopp i miljoner kronor", "Budget 2025", "Plan 2026", "Plan 2027"]], rows, [95, 25, 25, 25], caption="Kassaflödesbudget")
    d.p("Investeringarna i vatten och avlopp finansieras delvis med nya lån. Under 2025 beräknas nyupplåningen till 20 miljoner kronor.")
    d.add_page()
    d.h1("Driftbudget")
    d.p("Driftbudgeten anger nämndernas kommunbidrag, det vill säga den nettokostnad som finansieras med skatt och statsbidrag. Beloppen anges i tusentals kronor.")
    d.p("I kommunbidragen för 2025 ingår kompensation för prisökningar med 2,2 procent. Löneökningar kompenseras ur löneökningsreserven när avtalen är klara. Valnämndens ram ökar 2026 eftersom det är valår.")
    d.p("Nämnderna ska bedriva verksamheten inom tilldelat kommunbidrag. Överskott och underskott förs inte över mellan åren annat än efter särskilt beslut av kommunfullmäktige i samband med årsredovisningen.")
    d.h2("Förändringar jämfört med budget 2024")
    d.p("Utbildningsnämnden får ett tillskott för fler elever i grundskolan i Svenljunga tätort och för ökade kostnader för gymnasieelever som studerar i Borås. Samtidigt minskar antalet barn i förskolan i Överlida och Mjöbäck.")
    d.p("Omsorgsnämnden får den största ökningen. Den förklaras av fler brukare inom hemtjänsten, att det nya LSS-boendet i Sexdrega ska bemannas från slutet av 2025 och att nämnden redovisat underskott under flera år.")
    d.p("Individ- och familjeomsorgsnämnden får ett tillskott för placeringar av barn och unga. Kommunstyrelsens ram ökar främst på grund av högre kostnader för räddningstjänstförbundet och IT-licenser.")
    d.p("Pensionskostnaderna ökar med 2,9 miljoner kronor till följd av det nya pensionsavtalet och högre löner. Löneökningsreserven motsvarar en genomsnittlig löneökning på 3,3 procent.")
    pctf = lambda a, b: sv((b - a) / a * 100, 1, neg="-") if a else ""
    rows = [("sec", ["Nämnder", "", "", "", "", ""])]
    for n, v in DRIFT:
        rows.append(("row", [n] + [sv(x, 0) for x in v] + [pctf(v[0], v[1])]))
    rows.append(("sum", ["Summa nämnder"] + [sv(x, 0) for x in nam] + [pctf(nam[0], nam[1])]))
    rows.append(("sec", ["Finansförvaltning", "", "", "", "", ""]))
    for n, v in FIN:
        rows.append(("row", [n] + [sv(x, 0) for x in v] + [pctf(v[0], v[1])]))
    rows.append(("sum", ["Summa finansförvaltning"] + [sv(x, 0) for x in fin] + [pctf(fin[0], fin[1])]))
    rows.append(("sum", ["Totalt kommunbidrag"] + [sv(x, 0) for x in tot] + [pctf(tot[0], tot[1])]))
    d.table([["Nämnd", "Budget", "Budget", "Plan", "Plan", "Förändring"],
             ["", "2024", "2025", "2026", "2027", "2024–2025"],
             ["Tkr", "", "", "", "", "%"]],
            rows, [66, 21, 21, 21, 21, 22], caption="Driftbudget per nämnd (tkr)", fs=8.5)
    d.note("Förändring i procent avser budget 2025 jämfört med budget 2024.")
    d.h1("Känslighetsanalys")
    d.p("Tabellen visar hur förändringar i några viktiga faktorer påverkar kommunens resultat på helårsbasis.")
    rows = [("row", ["Skatteunderlag, 1 procent", "6,4"]), ("row", ["Löneökningar, 1 procent", "7,1"]),
            ("row", ["Räntenivå, 1 procentenhet", "2,3"]), ("row", ["Folkmängd, 100 invånare", "6,9"]),
            ("row", ["Skattesats, 10 öre", "3,3"])]
    d.table([["Förändring", "Resultateffekt, mnkr"]], rows, [110, 40], caption="Känslighetsanalys")
    d.h1("Personal")
    d.p("Kommunens största utmaning på personalområdet är att rekrytera sjuksköterskor, lärare och socialsekreterare. Kostnaden för inhyrd personal var 11,2 miljoner kronor 2023 och ska halveras till 2026.")
    d.p("Sjukfrånvaron var 7,3 procent 2023. Målet är att den ska vara under 6,5 procent 2027. Heltid som norm gäller inom omsorgen sedan 2022, och andelen heltidsanställda är 81 procent.")
    d.add_page()
    d.h1("Investeringsbudget")
    d.p(f"Investeringsbudgeten för 2025 uppgår till {sv(it[0])} miljoner kronor. Den största enskilda investeringen är den nya vattenledningen mellan Överlida och Svenljunga.")
    rows = []
    for x in INVEST:
        if x[0] == "sec":
            rows.append(("sec", [x[1], "", "", "", ""]))
        else:
            rows.append(("row", [x[0]] + [sv(y) for y in x[1]] + [sv(sum(x[1]))]))
    rows.append(("sum", ["Summa investeringar"] + [sv(y) for y in it] + [sv(sum(it))]))
    d.table([["Mnkr", "Budget 2025", "Plan 2026", "Plan 2027", "Totalt"]], rows, [80, 23, 23, 23, 21], caption="Investeringsbudget 2025–2027")
    d.add_page()
    d.h1("Nämndernas verksamhet")
    texts = [
        ("Kommunstyrelsen", "Kommunstyrelsen ansvarar för ledning, samordning och uppsikt, samt för näringslivsfrågor, räddningstjänst och kollektivtrafik. Under 2025 ska en ny översiktsplan antas. Kommunstyrelsens förfogande på 3 miljoner kronor används för oförutsedda kostnader."),
        ("Utbildningsnämnden", "Utbildningsnämnden ansvarar för förskola, grundskola, gymnasieskola och vuxenutbildning. Mjöbäcks skola renoveras under 2025 och 2026 och eleverna flyttar tillfälligt till moduler. Nämnden ska effektivisera med 1,9 miljoner kronor genom samordnade skolskjutsar."),
        ("Omsorgsnämnden", "Omsorgsnämnden ansvarar för äldreomsorg, hälso- och sjukvård och funktionsstöd. Kommunbidraget ökar med 13,85 miljoner kronor 2025 för att täcka volymökningar och det nya LSS-boendet i Sexdrega. Nämnden ska samtidigt minska kostnaderna för inhyrd personal."),
        ("Individ- och familjeomsorgsnämnden", "Individ- och familjeomsorgsnämnden ansvarar för ekonomiskt bistånd, missbruksvård och barn- och ungdomsvård. De 700 000 kronorna till förebyggande arbete bland unga används till fältassistenter och samarbete med skolan."),
        ("Samhällsbyggnadsnämnden", "Samhällsbyggnadsnämnden ansvarar för gator, parker, fastigheter, vatten och avlopp, avfall och måltidsverksamhet. Vatten och avlopp är taxefinansierat. VA-taxan höjs med 8 procent 2025."),
        ("Kultur- och fritidsnämnden", "Kultur- och fritidsnämnden ansvarar för bibliotek, fritidsgårdar, simhall och föreningsbidrag. Nämndens kommunbidrag minskar 2025 eftersom den tillfälliga satsningen på sommarlovsaktiviteter upphör."),
        ("Bygg- och miljönämnden", "Bygg- och miljönämnden är myndighetsnämnd för bygglov, miljötillsyn och livsmedelskontroll. Taxorna räknas upp med prisindex för kommunal verksamhet."),
    ]
    for n, t in texts:
        d.h2(n)
        d.p(t)
        d.p("Nämnden ska redovisa måluppfyllelse och ekonomiskt utfall i delårsrapporten per den 31 augusti och i årsredovisningen.")
    d.add_page(orientation="L")
    d.h1("Flerårsöversikt 2021–2027")
    d.p("Översikten visar utfall för 2021–2023, budget för 2024–2025 och plan för 2026–2027. Folkmängd för budgetåren avser det antagande som budgeten bygger på.")
    fol = ["10 842", "10 848", "10 812", "10 830", "10 790", "10 800", "10 810"]
    netto_all = [-738.4, -779.6] + netto
    inv_all = [41.2, 47.8, 55.3, 52.6] + it
    lan = [168.0, 175.0, 182.0, 198.0, 213.0, 223.0, 218.0]
    folk = [10842, 10848, 10812, 10830, 10790, 10800, 10810]
    rows = [
        ("row", ["Folkmängd, antal"] + fol),
        ("row", ["Skattesats, kronor", "22,14", "22,14", "22,14", "22,14", "22,44", "22,44", "22,44"]),
        ("row", ["Verksamhetens nettokostnader, mnkr"] + [sv(-x) for x in netto_all]),
        ("row", ["Nettokostnad per invånare, kr"] + [sv(-netto_all[i] * 1e6 / folk[i], 0) for i in range(7)]),
        ("row", ["Nettoinvesteringar, mnkr"] + [sv(x) for x in inv_all]),
        ("row", ["Låneskuld vid årets slut, mnkr"] + [sv(x) for x in lan]),
        ("row", ["Låneskuld per invånare, kr"] + [sv(lan[i] * 1e6 / folk[i], 0) for i in range(7)]),
    ]
    d.table([["", "Utfall", "Utfall", "Utfall", "Budget", "Budget", "Plan", "Plan"],
             ["", "2021", "2022", "2023", "2024", "2025", "2026", "2027"]], rows,
            [85, 24, 24, 24, 24, 24, 24, 24], caption="Flerårsöversikt")
    d.note("Nettokostnad och låneskuld per invånare är beräknade på folkmängden i tabellen och anges i kronor. Övriga belopp i miljoner kronor.")
    d.p(f"Låneskulden per invånare beräknas stiga till {sv(lan[5] * 1e6 / folk[5], 0)} kronor 2026, vilket är väl under målet på högst 45 000 kronor.")
    d.add_page(orientation="P")
    d.h1("Noter")
    d.note("Not 1. Verksamhetens intäkter omfattar taxor, avgifter, hyror och riktade statsbidrag.\nNot 2. Verksamhetens kostnader omfattar personal, material, tjänster och lämnade bidrag.\nNot 3. Avskrivningar görs linjärt enligt komponentmetoden.\nNot 4. Skatteintäkterna bygger på SKR:s prognos 2024-10-03 och en skattesats på 22,44 kronor.\nNot 5. Generella statsbidrag och utjämning enligt SKR:s prognos 2024-10-03.")
    d.output(out)
    return calc()


DEL = [  # tkr budget 2024, prognos 2024
    ("Kommunstyrelsen", 112450, 110980), ("Utbildningsnämnden", 301200, 303900), ("Omsorgsnämnden", 264600, 275400),
    ("Individ- och familjeomsorgsnämnden", 61300, 64150), ("Samhällsbyggnadsnämnden", 48750, 48200),
    ("Kultur- och fritidsnämnden", 27900, 27700), ("Bygg- och miljönämnden", 9850, 9600), ("Revision", 1450, 1450),
    ("Valnämnd", 120, 135),
]


def delar_pdf(out):
    res24 = calc()[6][1]
    avv = sum(b - p for _, b, p in DEL) + 7500
    prog = r1(res24 + avv / 1000)
    d = Doc("Delårsrapport januari–augusti 2024 | Svenljunga kommun", "Delårsrapport 2024")
    d.add_page()
    d.h1("Delårsrapport januari–augusti 2024\nSvenljunga kommun")
    d.p("Behandlad av kommunfullmäktige 2024-10-28, § 96")
    d.h2("Sammanfattning")
    d.p(f"Resultatet för perioden januari–augusti 2024 blev 41,6 miljoner kronor. Prognosen för helåret är ett resultat på {sv(prog)} miljoner kronor, vilket är {sv(res24 - prog)} miljoner kronor sämre än budgeterat resultat på {sv(res24)} miljoner kronor.")
    d.p("Nämnderna prognostiserar tillsammans ett underskott på 13,9 miljoner kronor. Det största underskottet finns inom Omsorgsnämnden, där kostnaderna för bemanningssjuksköterskor och hemtjänst har ökat kraftigt. Finansförvaltningen väntas ge ett överskott på 7,5 miljoner kronor.")
    d.p("Prognosen för skatteintäkterna är 3,1 miljoner kronor lägre än budget, medan lägre pensionskostnader och högre räntor på likvida medel ger ett överskott.")
    d.h2("Nämndernas prognos")
    rows = []
    for n, b, p in DEL:
        rows.append(("row", [n, sv(b, 0), sv(p, 0), sv(b - p, 0, neg=P)]))
    sb = sum(b for _, b, _ in DEL); sp = sum(p for _, _, p in DEL)
    rows.append(("sum", ["Summa nämnder", sv(sb, 0), sv(sp, 0), sv(sb - sp, 0, neg=P)]))
    d.table([["", "Budget", "Prognos", "Avvikelse"], ["Tkr", "2024", "2024", "2024"]], rows, [80, 28, 28, 28], caption="Tabell 1. Prognos per nämnd, helår 2024")
    d.note("Avvikelse = budget minus prognos. Underskott anges inom parentes.")
    d.p("Omsorgsnämnden har beslutat om en åtgärdsplan som ska ge full effekt 2025. Individ- och familjeomsorgsnämndens underskott beror på fler placeringar av barn och unga.")
    d.h2("Investeringar")
    d.p("Under perioden januari–augusti har 21,4 miljoner kronor investerats. Prognosen för helåret är 38,0 miljoner kronor, att jämföra med en investeringsbudget på 52,6 miljoner kronor.")
    d.h2("Personal")
    d.p("Sjukfrånvaron under perioden var 6,8 procent, jämfört med 7,3 procent samma period 2023. Antalet tillsvidareanställda var 1 142 den 31 augusti.")
    d.h2("Balanskrav")
    d.p("Kommunen beräknas klara balanskravet 2024. Målet om ett resultat på minst 2 procent av skatter och statsbidrag sett över fem år bedöms dock inte nås.")
    d.output(out)


def html(out):
    nam = calc()
    rows = ""
    for n, v in DRIFT:
        rows += f"<tr><td>{n}</td><td>{sv(v[1]/1000)}</td><td>{sv((v[1]-v[0])/1000, plus=True)}</td></tr>\n"
    body = f"""<article>
<h1>Budget 2025 klar – skatten höjs med 30 öre</h1>
<p class="ingress">Kommunfullmäktige i Svenljunga beslutade den 25 november om budget för 2025 och plan för 2026–2027. Skattesatsen höjs från 22,14 till 22,44 kronor.</p>
<p>Beslutet togs efter en lång debatt. Majoritetens förslag vann med 19 röster mot 16. Socialdemokraterna och Sverigedemokraterna hade egna budgetförslag.</p>
<p>– Vi tar ansvar för välfärden. Utan skattehöjningen hade vi fått skära ner i äldreomsorgen, säger kommunstyrelsens ordförande Johan Hallberg (M).</p>
<h2>Kommunbidrag per nämnd 2025</h2>
<table>
<thead><tr><th>Nämnd</th><th>Kommunbidrag 2025, mnkr</th><th>Förändring mot 2024, mnkr</th></tr></thead>
<tbody>
{rows}</tbody>
</table>
<p>Det budgeterade resultatet för 2025 är {sv(nam[6][2])} miljoner kronor. Hela budgetdokumentet publiceras på sidan Budget och årsredovisning.</p>
</article>"""
    nav = ["Startsida", "Förskola och skola", "Omsorg och hjälp", "Bygga och bo", "Uppleva och göra", "Kommun och politik", "Nyheter"]
    with open(out, "w", encoding="utf-8") as f:
        f.write(html_page("Svenljunga kommun", "Budget 2025 klar – skatten höjs med 30 öre", nav, body, "2024-11-27", "2024-11-28",
                          phone="0325-180 00", mail="kommun@svenljunga.se"))


def docx(out):
    doc = Document()
    doc.core_properties.author = "Svenljunga kommun"
    doc.core_properties.title = "Protokoll omsorgsnämnden 2025-02-19"
    doc.add_heading("Svenljunga kommun", 0)
    doc.add_paragraph("Omsorgsnämnden – Sammanträdesprotokoll 2025-02-19")
    doc.add_paragraph("Plats: Kommunhuset, sammanträdesrum Ätran, kl. 13.00–16.10")
    doc.add_paragraph("Beslutande: Maria Svensson (KD), ordförande; Bengt Karlsson (M), vice ordförande; Ingrid Ahlström (S); Mohammed Haddad (S); Ulf Persson (SD); Karin Berggren (C); Jan-Erik Lund (L)")
    doc.add_paragraph("Justerare: Ingrid Ahlström (S)")
    doc.add_heading("§ 8 Godkännande av dagordning", 2)
    doc.add_paragraph("Omsorgsnämnden godkänner dagordningen.")
    doc.add_heading("§ 9 Ekonomisk uppföljning januari 2025", 2)
    doc.add_paragraph("Förvaltningschef Helena Ring redovisar att nämnden efter januari prognostiserar ett underskott på 8,2 miljoner kronor för 2025 om inga åtgärder vidtas.")
    doc.add_paragraph("Beslut: Omsorgsnämnden lägger informationen till handlingarna.")
    doc.add_heading("§ 10 Åtgärdsplan för en budget i balans 2025–2026", 2)
    doc.add_paragraph("Dnr ON 2025/9")
    doc.add_paragraph("Förvaltningen har tagit fram en åtgärdsplan. Åtgärderna beräknas ge följande effekt:")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Åtgärd", "Effekt 2025 (tkr)", "Effekt 2026 (tkr)"]):
        t.rows[0].cells[i].text = h
    rows = [("Minskad inhyrd sjuksköterskepersonal", 2400, 3200), ("Samordning av nattpatrull", 1100, 1500),
            ("Översyn av hemtjänstens planering", 1800, 2600), ("Stängning av fyra korttidsplatser på Solbacken", 1650, 3300)]
    for r in rows + [("Summa", sum(r[1] for r in rows), sum(r[2] for r in rows))]:
        c = t.add_row().cells
        c[0].text = r[0]; c[1].text = f"{r[1]:,}".replace(",", " "); c[2].text = f"{r[2]:,}".replace(",", " ")
    doc.add_paragraph("Yrkanden: Maria Svensson (KD) yrkar bifall till förvaltningens förslag. Ingrid Ahlström (S) yrkar att åtgärden om stängning av korttidsplatser på Solbacken stryks.")
    doc.add_paragraph("Ordföranden ställer förslagen mot varandra och finner att nämnden beslutar enligt Maria Svenssons yrkande. Omröstning begärs och genomförs. Fem ledamöter röstar ja och två röstar nej.")
    doc.add_paragraph("Beslut: Omsorgsnämnden antar åtgärdsplanen och uppdrar åt förvaltningschefen att återrapportera effekterna i samband med delårsrapporten.")
    doc.add_paragraph("Reservation: Ingrid Ahlström (S) och Mohammed Haddad (S) reserverar sig mot beslutet till förmån för eget yrkande.")
    doc.add_heading("§ 11 Nytt LSS-boende i Sexdrega – information", 2)
    doc.add_paragraph("Byggnationen följer tidplanen och inflyttning planeras till januari 2026. Boendet får sex lägenheter.")
    doc.add_paragraph("Beslut: Informationen noteras.")
    doc.add_heading("§ 12 Delegationsbeslut", 2)
    doc.add_paragraph("Beslut: Redovisningen av delegationsbeslut godkänns.")
    doc.add_paragraph("Sekreterare: Anna Törnqvist. Ordförande: Maria Svensson. Justerare: Ingrid Ahlström.")
    doc.save(out)
    fix_zip(out)


def xlsx(out):
    wb = Workbook()
    ws = wb.active
    ws.title = "Befolkning"
    ws.append(["Svenljunga kommun – befolkningsförändringar 2019–2024"])
    ws.append(["Antal personer"])
    ws.append(["År", "Folkmängd 31 dec", "Födda", "Döda", "Inflyttade", "Utflyttade"])
    pop = 10760
    data = [(2019, 104, 118, 612, 579), (2020, 98, 131, 598, 556), (2021, 111, 122, 655, 590),
            (2022, 96, 127, 640, 603), (2023, 101, 119, 622, 640), (2024, 94, 124, 611, 599)]
    ws.append([2018, pop, None, None, None, None])
    for y, b, dd, i, u in data:
        pop = pop + b - dd + i - u
        ws.append([y, pop, b, dd, i, u])
    ws["A1"].font = Font(bold=True, size=13)
    ws2 = wb.create_sheet("Skatt och utjämning")
    ws2.append(["Skatteintäkter och generella statsbidrag"])
    ws2.append(["Miljoner kronor (mnkr)"])
    ws2.append(["Post", "Utfall 2021", "Utfall 2022", "Utfall 2023", "Budget 2024", "Budget 2025"])
    ws2.append(["Skatteintäkter", 521.9, 553.4, 582.6, 608.3, 641.9])
    ws2.append(["Generella statsbidrag och utjämning", 231.7, 240.5, 256.1, 268.2, 275.4])
    ws2.append(["Summa", 753.6, 793.9, 838.7, 876.5, 917.3])
    ws2.append(["Skattesats, kronor", 22.14, 22.14, 22.14, 22.14, 22.44])
    wb.properties.creator = "Svenljunga kommun"
    wb.save(out)
    fix_zip(out)
    return pop


PRESS = """PRESSMEDDELANDE
Svenljunga kommun, 2025-05-14

Första spadtaget för nytt LSS-boende i Sexdrega

I dag tog omsorgsnämndens ordförande Maria Svensson (KD) det första spadtaget för kommunens nya LSS-boende på Björkvägen i Sexdrega. Boendet får sex lägenheter och en gemensamhetsdel och beräknas vara klart för inflyttning i januari 2026.

Investeringen är 17,5 miljoner kronor. När boendet är i drift innebär det nio nya heltidstjänster och en årlig driftkostnad på cirka 6,2 miljoner kronor.

"Det finns ett stort behov av bostäder med särskild service i kommunen. I dag köper vi flera platser i andra kommuner, och med det nya boendet kan fler bo kvar på hemmaplan", säger Maria Svensson.

Boendet byggs av Sjuhärads Bygg AB och blir det första i kommunen med solceller på taket.

För mer information:
Maria Svensson (KD), ordförande omsorgsnämnden, 0325-180 00
Helena Ring, förvaltningschef omsorgsförvaltningen, 0325-180 00
"""


def build(outdir):
    os.makedirs(outdir, exist_ok=True)
    budget_pdf(os.path.join(outdir, "budget-2025-plan-2026-2027.pdf"))
    delar_pdf(os.path.join(outdir, "delarsrapport-augusti-2024.pdf"))
    html(os.path.join(outdir, "nyhet-budget-2025.html"))
    docx(os.path.join(outdir, "protokoll-omsorgsnamnden-2025-02-19.docx"))
    xlsx(os.path.join(outdir, "befolkning-och-ekonomi.xlsx"))
    with open(os.path.join(outdir, "pressmeddelande-lss-boende-sexdrega.txt"), "w", encoding="utf-8") as f:
        f.write(PRESS)


if __name__ == "__main__":
    print(calc(), inv_tot())
