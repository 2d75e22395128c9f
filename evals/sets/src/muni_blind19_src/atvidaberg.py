"""Åtvidabergs kommun: deterministic documents."""
import datetime
import os

import docx
import openpyxl
from docx.shared import Pt
from openpyxl.styles import Font

from common import Doc, fmt, rezip

RB = {
    "int": [198.4, 204.1, 209.7, 213.5, 218.0],
    "kost": [-1062.8, -1118.6, -1132.4, -1157.9, -1185.2],
    "avs": [-41.2, -43.8, -46.5, -49.1, -51.0],
    "skatt": [612.5, 637.9, 670.8, 694.2, 718.6],
    "bidrag": [296.3, 318.4, 322.7, 327.9, 334.1],
    "finint": [4.8, 4.1, 3.6, 3.5, 3.5],
    "finkost": [-7.9, -10.7, -11.4, -12.6, -13.9],
}
NETTO = [round(a + b + c, 1) for a, b, c in zip(RB["int"], RB["kost"], RB["avs"])]
VRES = [round(n + s + b, 1) for n, s, b in zip(NETTO, RB["skatt"], RB["bidrag"])]
RES = [round(v + i + k, 1) for v, i, k in zip(VRES, RB["finint"], RB["finkost"])]
SKB = [round(s + b, 1) for s, b in zip(RB["skatt"], RB["bidrag"])]

NAMND = [  # tkr budget 2024, 2025
    ("Kommunfullmäktige", 3880, 3950),
    ("Revision", 1480, 1520),
    ("Kommunstyrelsen", 126900, 128400),
    ("Utbildningsnämnden", 360200, 372600),
    ("Omsorgsnämnden", 341700, 358900),
    ("Samhällsbyggnadsnämnden", 43100, 42300),
    ("Kultur- och fritidsnämnden", 28300, 27800),
    ("Överförmyndarnämnden", 2250, 2350),
]
FIN25 = int(round(-NETTO[2] * 1000)) - sum(n[2] for n in NAMND)
FIN24 = 935400 - sum(n[1] for n in NAMND)

INVEST = [
    ("Kommunstyrelsen", [
        ("Ny skola Grebo, etapp 1", 24.0, 38.0, 12.0, 78.0),
        ("Renovering Alléskolan", 9.5, 6.0, 0.0, 18.5),
        ("Energiåtgärder i fastigheter", 4.0, 4.0, 4.0, 12.0),
        ("IT och digitalisering", 3.2, 2.8, 2.8, 8.8),
    ]),
    ("Samhällsbyggnadsnämnden", [
        ("VA-ledningar Björsäter", 16.5, 12.0, 0.0, 28.5),
        ("Reinvestering gator och broar", 8.0, 8.0, 8.5, 24.5),
        ("Gång- och cykelväg Åtvidaberg–Grebo", 5.5, 7.5, 0.0, 13.0),
        ("Exploatering Yxningen etapp 3", 6.0, 3.0, 0.0, 9.0),
    ]),
    ("Utbildningsnämnden", [
        ("Inventarier och digitala verktyg", 2.4, 2.0, 2.0, 6.4),
    ]),
    ("Omsorgsnämnden", [
        ("Välfärdsteknik och larm", 1.8, 1.5, 1.2, 4.5),
        ("Inventarier Solbacka vård- och omsorgsboende", 1.1, 0.5, 0.5, 2.1),
    ]),
    ("Kultur- och fritidsnämnden", [
        ("Ishallen, ny kylanläggning", 7.5, 0.0, 0.0, 7.5),
        ("Spontanidrottsplats Centrum", 1.5, 0.0, 0.0, 1.5),
    ]),
]
INV_TOT = [round(sum(p[i] for _, ps in INVEST for p in ps), 1) for i in (1, 2, 3)]


def p1(v):
    return fmt(v, 1, "paren")


def budget_pdf(path):
    pdf = Doc("ÅTVIDABERGS KOMMUN · BUDGET OCH PLAN 2025–2027", pagefmt="{n} ({{nb}})",
              footer_left="Budget och plan 2025–2027")
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 24)
    pdf.ln(55)
    pdf.multi_cell(0, 11, "Budget och plan\n2025–2027", align="L")
    pdf.set_font("DejaVu", "", 13)
    pdf.ln(5)
    pdf.multi_cell(0, 7, "Åtvidabergs kommun\nKommunfullmäktiges beslut 2024-11-20 § 96", align="L")
    pdf.show_head = True

    pdf.add_page()
    pdf.h1("Inledning")
    pdf.para("Åtvidaberg går in i 2025 med en ekonomi som har försämrats de senaste två åren. Prognosen för "
             f"2024 pekar på ett underskott på {p1(RES[1]).strip('()')} miljoner kronor, efter ett nollresultat 2023. "
             "Vi kan inte fortsätta att förbruka vårt eget kapital, och därför har den politiska majoriteten "
             "fattat svåra men nödvändiga beslut.")
    pdf.para("Skattesatsen höjs med 20 öre till 22,31 kronor per hundralapp 2025. Höjningen ger cirka 6,0 "
             "miljoner kronor i ökade skatteintäkter. Samtidigt genomförs besparingar på 12,5 miljoner kronor "
             "i nämnderna, bland annat genom en översyn av lokaler och administration.")
    pdf.para(f"Budgeten för 2025 visar ett resultat på {fmt(RES[2], 1)} miljoner kronor. Det ger oss utrymme "
             "att fortsätta bygga den nya skolan i Grebo och att rusta upp vatten- och avloppsnätet.")
    pdf.para("Johan Ekdahl (M)\nKommunstyrelsens ordförande")

    pdf.add_page()
    pdf.h1("Förutsättningar")
    pdf.h2("Befolkning")
    pdf.para("Åtvidabergs kommun hade 11 642 invånare den 31 december 2023. Budgeten bygger på 11 610 invånare. "
             "Andelen invånare som är 65 år och äldre är 25,8 procent, vilket är högre än riksgenomsnittet.")
    pdf.h2("Samhällsekonomi")
    pdf.para("SKR bedömer att skatteunderlaget ökar med 4,1 procent 2025 och med 3,7 procent 2026. Kommunerna "
             "får 2025 ökade generella statsbidrag, men tillskottet räcker inte för att täcka kostnadsökningarna.")
    pdf.h2("Skattesats")
    pdf.para("Kommunfullmäktige har beslutat att skattesatsen för 2025 ska vara 22,31 kronor, en höjning från "
             "22,11 kronor 2024. Den totala skattesatsen inklusive Region Östergötland blir 33,86 kronor.")
    pdf.h2("Besparingar")
    pdf.para("Besparingarna på 12,5 miljoner kronor fördelas med 5,2 miljoner kronor på omsorgsnämnden, 4,1 "
             "miljoner kronor på utbildningsnämnden och 3,2 miljoner kronor på övriga nämnder. Bland åtgärderna "
             "finns sammanslagning av två förskoleavdelningar i Björsäter och minskade öppettider på "
             "biblioteksfilialerna.")
    pdf.h2("Satsningar")
    pdf.para("Trots det ansträngda läget görs några satsningar. Kommunen avsätter 850 000 kronor till "
             "förebyggande arbete mot psykisk ohälsa bland unga och 1,5 miljoner kronor till en ny "
             "spontanidrottsplats i centrum.")

    pdf.add_page()
    pdf.h1("Mål för verksamheten")
    pdf.para("Kommunfullmäktige har fastställt fyra inriktningsmål som gäller för perioden 2023–2026:")
    pdf.bullets(["Åtvidaberg ska vara en attraktiv kommun att bo och verka i.",
                 "Barn och unga ska ges goda förutsättningar att lyckas i skolan.",
                 "Invånarna ska få en trygg och tillgänglig vård och omsorg.",
                 "Kommunen ska ha en långsiktigt hållbar ekonomi."])
    pdf.h2("Finansiella mål")
    pdf.bullets(["Årets resultat ska uppgå till minst 1,5 procent av skatteintäkter och generella statsbidrag.",
                 "Soliditeten ska inte understiga 35 procent.",
                 "Självfinansieringsgraden av investeringarna ska vara minst 50 procent över planperioden."])
    pdf.para(f"Med budgeterat resultat för 2025 uppgår resultatet till {fmt(100 * RES[2] / SKB[2], 1)} procent av "
             "skatteintäkter och generella statsbidrag, och målet uppnås därmed.")

    # Resultatbudget with two-line headers and parenthesis negatives
    pdf.add_page()
    pdf.h1("Resultatbudget")
    pdf.para("Belopp i mnkr. Negativa belopp anges inom parentes.", 9)
    labels = [("Verksamhetens intäkter", "int", "1"), ("Verksamhetens kostnader", "kost", "2"),
              ("Avskrivningar", "avs", "")]
    rows = [([l, n] + [p1(v) for v in RB[k]], "") for l, k, n in labels]
    rows.append((["Verksamhetens nettokostnader", ""] + [p1(v) for v in NETTO], "sum"))
    rows += [([l, n] + [p1(v) for v in RB[k]], "") for l, k, n in
             [("Skatteintäkter", "skatt", "3"), ("Generella statsbidrag och utjämning", "bidrag", "4")]]
    rows.append((["Verksamhetens resultat", ""] + [p1(v) for v in VRES], "sum"))
    rows += [([l, n] + [p1(v) for v in RB[k]], "") for l, k, n in
             [("Finansiella intäkter", "finint", ""), ("Finansiella kostnader", "finkost", "5")]]
    rows.append((["Resultat efter finansiella poster", ""] + [p1(v) for v in RES], "sum"))
    rows.append((["Årets resultat", ""] + [p1(v) for v in RES], "sum"))
    pdf.table("Resultatbudget",
              [["", "", "Utfall", "Prognos", "Budget", "Plan", "Plan"],
               ["", "Not", "2023", "2024", "2025", "2026", "2027"]],
              rows, [60, 10, 20, 20, 20, 20, 20])
    pdf.note("Not 1–5 se sidan 12.")

    pdf.add_page()
    pdf.h1("Balansbudget")
    anl = [1186.4, 1251.0, 1322.7, 1360.5]
    oms = [172.5, 160.0, 158.0, 157.0]
    tot = [round(a + b, 1) for a, b in zip(anl, oms)]
    ek0 = 501.5
    ek = [ek0, round(ek0 + RES[1] + RES[2], 1)]
    ek += [round(ek[1] + RES[3], 1), round(ek[1] + RES[3] + RES[4], 1)]
    avs = [71.2, 74.0, 76.1, 78.3]
    kort = [214.9, 220.0, 222.0, 225.0]
    lang = [round(t - e - a - k, 1) for t, e, a, k in zip(tot, ek, avs, kort)]
    rows = [(["Anläggningstillgångar"] + [p1(v) for v in anl], ""),
            (["Omsättningstillgångar"] + [p1(v) for v in oms], ""),
            (["Summa tillgångar"] + [p1(v) for v in tot], "sum"),
            (["Eget kapital"] + [p1(v) for v in ek], ""),
            (["Avsättningar"] + [p1(v) for v in avs], ""),
            (["Långfristiga skulder"] + [p1(v) for v in lang], ""),
            (["Kortfristiga skulder"] + [p1(v) for v in kort], ""),
            (["Summa eget kapital och skulder"] + [p1(v) for v in tot], "sum"),
            (["Soliditet (%)"] + [fmt(100 * e / t, 1) for e, t in zip(ek, tot)], "")]
    pdf.table("Balansbudget, mnkr", [["", "Utfall", "Budget", "Plan", "Plan"], ["", "2023", "2025", "2026", "2027"]],
              rows, [80, 22, 22, 22, 22])
    pdf.para("Soliditeten beräknas ligga strax över målet på 35 procent under hela planperioden, trots den höga "
             "investeringsnivån.", 9)

    pdf.add_page()
    pdf.h1("Kassaflödesbudget")
    avsk = [-v for v in RB["avs"][2:]]
    lop = [round(RES[2 + i] + avsk[i] + 2.0, 1) for i in range(3)]
    inv = [-v for v in INV_TOT]
    lan = [60.0, 55.0, 20.0]
    kf = [round(l + i + n, 1) for l, i, n in zip(lop, inv, lan)]
    rows = [(["Årets resultat"] + [p1(v) for v in RES[2:]], ""),
            (["Justering för av- och nedskrivningar"] + [p1(v) for v in avsk], ""),
            (["Övriga ej likviditetspåverkande poster"] + [p1(2.0)] * 3, ""),
            (["Medel från den löpande verksamheten"] + [p1(v) for v in lop], "sum"),
            (["Nettoinvesteringar"] + [p1(v) for v in inv], ""),
            (["Förändring av långfristig upplåning"] + [p1(v) for v in lan], ""),
            (["Årets kassaflöde"] + [p1(v) for v in kf], "sum")]
    pdf.table("Kassaflödesbudget, mnkr", [["", "Budget", "Plan", "Plan"], ["", "2025", "2026", "2027"]],
              rows, [90, 25, 25, 25])

    # Driftbudget in tkr
    pdf.add_page()
    pdf.h1("Driftbudget")
    pdf.para("Nämndernas ramar anges som nettokostnad i tusentals kronor (tkr).", 9)
    rows = []
    allr = NAMND + [("Finansförvaltning", FIN24, FIN25)]
    for n, a, b in allr:
        rows.append(([n, fmt(a, 0), fmt(b, 0), fmt(b - a, 0, "dash"), fmt(100 * (b - a) / a, 1, "dash")], ""))
    ta, tb = sum(x[1] for x in allr), sum(x[2] for x in allr)
    rows.append((["Totalt", fmt(ta, 0), fmt(tb, 0), fmt(tb - ta, 0, "dash"), fmt(100 * (tb - ta) / ta, 1, "dash")], "sum"))
    pdf.table("Driftbudget per nämnd, tkr",
              [["Nämnd", "Budget", "Budget", "Förändring", "Förändring"], ["", "2024", "2025", "tkr", "%"]],
              rows, [66, 24, 24, 26, 24])
    pdf.note("Finansförvaltningen innehåller pensionskostnader, lönepott och reserv för oförutsedda kostnader "
             "(3 000 tkr).")
    global DRIFT
    DRIFT = (ta, tb)

    pdf.add_page()
    pdf.h1("Nämndernas budget")
    for n, t in [
        ("Utbildningsnämnden", "Ramen ökar med 12,4 miljoner kronor, främst för lönekostnader och fler elever i "
         "grundskolan. Nämnden ska spara 4,1 miljoner kronor. Två förskoleavdelningar i Björsäter slås ihop."),
        ("Omsorgsnämnden", "Omsorgsnämnden får den största ramökningen, 17,2 miljoner kronor. Antalet platser på "
         "vård- och omsorgsboende ökar med åtta när en ny avdelning öppnar på Solbacka under hösten 2025."),
        ("Samhällsbyggnadsnämnden", "Ramen minskar med 0,8 miljoner kronor eftersom kostnaderna för "
         "vinterväghållning har flyttats till kommunstyrelsen. Nämnden ansvarar för plan- och byggfrågor, "
         "miljötillsyn, gator och VA."),
        ("Kultur- och fritidsnämnden", "Ramen minskar med 0,5 miljoner kronor. Öppettiderna på "
         "biblioteksfilialerna i Björsäter och Grebo minskas från tre till två dagar i veckan."),
    ]:
        pdf.h2(n)
        pdf.para(t)
        pdf.para("Nämnden ska senast i februari 2025 redovisa en verksamhetsplan med åtgärder för att hålla "
                 "budgetramen.")

    pdf.add_page()
    pdf.h1("Investeringsbudget")
    rows = []
    for sec, ps in INVEST:
        rows.append(([sec], "section"))
        for p, a, b, c, t in ps:
            rows.append(([p, fmt(a, 1), fmt(b, 1), fmt(c, 1), fmt(t, 1)], ""))
    rows.append((["Summa investeringar"] + [fmt(v, 1) for v in INV_TOT] +
                 [fmt(sum(p[4] for _, ps in INVEST for p in ps), 1)], "sum"))
    pdf.table("Investeringsbudget 2025–2027. Belopp i mnkr",
              [["Projekt", "Budget", "Plan", "Plan", "Total"], ["", "2025", "2026", "2027", "utgift"]],
              rows, [86, 20, 20, 20, 24], break_after=10)
    pdf.note("Total utgift avser projektets beräknade totala utgift under perioden 2025–2027. Den nya skolan i "
             "Grebo beräknas kosta totalt 96 miljoner kronor inklusive utgifter före 2025.")

    pdf.add_page()
    pdf.h1("Noter")
    for t in ["Not 1. Verksamhetens intäkter består av avgifter, hyror, bidrag och försäljning.",
              "Not 2. Verksamhetens kostnader inkluderar personalkostnader på 702 mnkr 2025.",
              "Not 3. Skatteintäkterna beräknas med skattesatsen 22,31 kronor och 11 610 invånare.",
              "Not 4. Inkluderar kommunal fastighetsavgift med 33,4 mnkr 2025.",
              "Not 5. Räntekostnaden beräknas med en genomsnittlig ränta på 3,3 procent."]:
        pdf.para(t, 9)
    pdf.output(path)
    return pdf.page_no()


BUD24 = {"int": 196.0, "kost": -1085.5, "avs": -44.0, "skatt": 640.2, "bidrag": 315.1, "finint": 3.8, "finkost": -13.3}
JA24 = {"int": 139.6, "kost": -735.9, "avs": -28.9, "skatt": 425.1, "bidrag": 212.3, "finint": 3.0, "finkost": -7.1}
JA23 = {"int": 131.2, "kost": -698.4, "avs": -27.3, "skatt": 408.0, "bidrag": 197.5, "finint": 3.2, "finkost": -5.0}
DRIFT_PROG = [  # tkr budget 2024, prognos 2024
    ("Kommunfullmäktige och revision", 5360, 5290),
    ("Kommunstyrelsen", 126900, 125400),
    ("Utbildningsnämnden", 360200, 364900),
    ("Omsorgsnämnden", 341700, 355300),
    ("Samhällsbyggnadsnämnden", 43100, 44800),
    ("Kultur- och fritidsnämnden", 28300, 28100),
    ("Överförmyndarnämnden", 2250, 2310),
]


def calc(d):
    n = round(d["int"] + d["kost"] + d["avs"], 1)
    v = round(n + d["skatt"] + d["bidrag"], 1)
    r = round(v + d["finint"] + d["finkost"], 1)
    return n, v, r


def delar_pdf(path):
    pdf = Doc("Delårsrapport januari–augusti 2024 – Åtvidabergs kommun", pagefmt="Sidan {n}")
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 24)
    pdf.ln(60)
    pdf.multi_cell(0, 11, "Delårsrapport\njanuari–augusti 2024", align="C")
    pdf.set_font("DejaVu", "", 13)
    pdf.multi_cell(0, 8, "Åtvidabergs kommun", align="C")
    pdf.show_head = True
    pdf.add_page()
    pdf.h1("Sammanfattning")
    c24, cb, cja24, cja23 = calc({k: RB[k][1] for k in RB}), calc(BUD24), calc(JA24), calc(JA23)
    pdf.para(f"Periodens resultat för januari–augusti 2024 uppgår till {fmt(cja24[2], 1)} miljoner kronor "
             f"(föregående år {fmt(cja23[2], 1)} miljoner kronor). Prognosen för helåret är ett resultat på "
             f"-8,6 miljoner kronor, vilket är 20,9 miljoner kronor sämre än budgeterade {fmt(cb[2], 1)} "
             "miljoner kronor.")
    pdf.para("Den negativa avvikelsen förklaras främst av omsorgsnämndens prognostiserade underskott. "
             "Kostnaderna för placeringar och bemanning inom hemtjänsten har ökat med 6,2 miljoner kronor "
             "jämfört med samma period förra året. Skatteintäkterna beräknas samtidigt bli 2,3 miljoner kronor "
             "lägre än budget.")
    pdf.para("Kommunstyrelsen beslutade den 11 september 2024 om ett åtgärdspaket för att minska kostnaderna "
             "med 5 miljoner kronor under hösten, bland annat genom restriktivitet vid rekrytering.")
    pdf.para("Balanskravet bedöms inte uppfyllas för 2024. Det negativa resultatet ska återställas inom tre år.")

    pdf.add_page()
    pdf.h1("Resultaträkning")
    rows = []
    for lab, k in [("Verksamhetens intäkter", "int"), ("Verksamhetens kostnader", "kost"), ("Avskrivningar", "avs")]:
        rows.append(([lab, fmt(JA24[k], 1), fmt(JA23[k], 1), fmt(RB[k][1], 1), fmt(BUD24[k], 1)], ""))
    rows.append((["Verksamhetens nettokostnader", fmt(cja24[0], 1), fmt(cja23[0], 1), fmt(c24[0], 1), fmt(cb[0], 1)], "sum"))
    for lab, k in [("Skatteintäkter", "skatt"), ("Generella statsbidrag och utjämning", "bidrag")]:
        rows.append(([lab, fmt(JA24[k], 1), fmt(JA23[k], 1), fmt(RB[k][1], 1), fmt(BUD24[k], 1)], ""))
    rows.append((["Verksamhetens resultat", fmt(cja24[1], 1), fmt(cja23[1], 1), fmt(c24[1], 1), fmt(cb[1], 1)], "sum"))
    for lab, k in [("Finansiella intäkter", "finint"), ("Finansiella kostnader", "finkost")]:
        rows.append(([lab, fmt(JA24[k], 1), fmt(JA23[k], 1), fmt(RB[k][1], 1), fmt(BUD24[k], 1)], ""))
    rows.append((["Periodens/årets resultat", fmt(cja24[2], 1), fmt(cja23[2], 1), fmt(c24[2], 1), fmt(cb[2], 1)], "sum"))
    pdf.table("Resultaträkning (mnkr)",
              [["", "Utfall", "Utfall", "Prognos", "Budget"],
               ["", "jan–aug 2024", "jan–aug 2023", "helår 2024", "helår 2024"]],
              rows, [66, 26, 26, 26, 26])

    pdf.add_page()
    pdf.h1("Driftredovisning och prognos")
    rows = []
    for n, b, p in DRIFT_PROG:
        rows.append(([n, fmt(b, 0), fmt(p, 0), fmt(b - p, 0)], ""))
    tb, tp = sum(x[1] for x in DRIFT_PROG), sum(x[2] for x in DRIFT_PROG)
    rows.append((["Summa nämnder", fmt(tb, 0), fmt(tp, 0), fmt(tb - tp, 0)], "sum"))
    pdf.table("Prognos per nämnd 2024, tkr", [["Nämnd", "Budget 2024", "Prognos 2024", "Avvikelse"]], rows,
              [80, 28, 28, 28])
    pdf.note("Negativ avvikelse = prognostiserat underskott.")
    pdf.para("Omsorgsnämnden prognostiserar det största underskottet. Utbildningsnämndens underskott beror på "
             "ökade kostnader för skolskjuts och tilläggsbelopp. Kommunstyrelsens överskott beror på vakanta "
             "tjänster.")

    pdf.add_page()
    pdf.h1("Investeringar och personal")
    pdf.para("Nettoinvesteringarna uppgick till 38,7 miljoner kronor under perioden januari–augusti, av en "
             "årsbudget på 112,4 miljoner kronor. Prognosen för helåret är 81,0 miljoner kronor. Byggstarten "
             "för den nya skolan i Grebo har skjutits upp till februari 2025.")
    pdf.para("Sjukfrånvaron för perioden var 7,9 procent, jämfört med 8,4 procent samma period 2023. Antalet "
             "tillsvidareanställda var 1 018 den 31 augusti 2024.")
    pdf.output(path)
    return pdf.page_no()


def html_page(path):
    rows = [("Årets resultat, mnkr", "18,4", "0,1", "-8,6"),
            ("Resultat i procent av skatter och bidrag, %", "2,1", "0,0", "-0,9"),
            ("Soliditet, %", "38,2", "36,9", "35,1"),
            ("Nettoinvesteringar, mnkr", "96,3", "104,8", "81,0"),
            ("Låneskuld, mnkr", "612", "668", "705"),
            ("Skattesats, kr", "22,11", "22,11", "22,11")]
    trs = "\n".join("        <tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    html = f"""<!DOCTYPE html>
<html lang="sv">
<head><meta charset="utf-8"><title>Finansiell information – Åtvidabergs kommun</title>
<style>.cookie{{position:fixed;bottom:0}}</style></head>
<body>
<div class="cookie" role="dialog">
  <p>Åtvidabergs kommun använder kakor. Genom att fortsätta godkänner du att vi använder kakor.</p>
  <a href="/om-webbplatsen/kakor">Läs mer om kakor</a> <button>Jag förstår</button>
</div>
<header>
  <div class="top"><a href="/">Åtvidabergs kommun</a> <a href="/lattlast">Lättläst</a> <a href="/other-languages">Other languages</a></div>
  <nav>
    <a href="/barn-och-utbildning">Barn och utbildning</a>
    <a href="/omsorg-och-hjalp">Omsorg och hjälp</a>
    <a href="/bo-och-bygga">Bo och bygga</a>
    <a href="/kommun-och-politik">Kommun och politik</a>
  </nav>
</header>
<main id="content">
  <p class="breadcrumbs">Kommun och politik › Ekonomi › Finansiell information</p>
  <h1>Finansiell information</h1>
  <p>Här hittar du en sammanfattning av Åtvidabergs kommuns ekonomi. Kommunens budget omsluter drygt en miljard kronor per år.</p>
  <h2>Nyckeltal</h2>
  <table>
    <thead><tr><th>Nyckeltal</th><th>2022</th><th>2023</th><th>Prognos 2024</th></tr></thead>
    <tbody>
{trs}
    </tbody>
  </table>
  <p>Prognosen för 2024 är hämtad från delårsrapporten per den 31 augusti 2024.</p>
  <h2>Kreditbetyg och upplåning</h2>
  <p>Kommunen lånar huvudsakligen via Kommuninvest. Kommunfullmäktige har beslutat att kommunen under 2025 får nyupplåna högst 60 miljoner kronor.</p>
  <p>Den genomsnittliga räntan på kommunens lån var 2,9 procent i augusti 2024.</p>
  <h2>Dokument</h2>
  <ul><li><a href="/budget-och-plan-2025-2027.pdf">Budget och plan 2025–2027 (pdf)</a></li>
      <li><a href="/delarsrapport-augusti-2024.pdf">Delårsrapport januari–augusti 2024 (pdf)</a></li></ul>
  <p class="updated">Senast uppdaterad: 2024-12-02</p>
</main>
<footer>
  <p>Åtvidabergs kommun · 597 80 Åtvidaberg · Besöksadress: Östantorpsvägen 6</p>
  <p>Växel: 0120-830 00 · kommun@atvidaberg.se</p>
  <p><a href="/tillganglighet">Tillgänglighetsredogörelse</a> · <a href="/gdpr">Behandling av personuppgifter</a></p>
</footer>
</body></html>
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(html)


def protokoll_docx(path):
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(11)
    d.add_paragraph("Åtvidabergs kommun")
    d.add_paragraph("Protokoll – Kommunfullmäktige")
    d.add_paragraph("Datum: 2024-11-20, kl. 18.30–21.45, Folkets hus, Åtvidaberg")
    d.add_paragraph("Ordförande: Birgitta Sandell (M). Sekreterare: Lars Öhman.")
    d.add_heading("§ 96 Budget och plan 2025–2027", level=2)
    d.add_paragraph("Dnr KS 2024/214")
    d.add_paragraph("Ärendet: Kommunstyrelsen har den 30 oktober 2024 lämnat förslag till budget och plan "
                    "2025–2027. Förslaget innebär ett resultat på 16,5 miljoner kronor 2025, besparingar på 12,5 "
                    "miljoner kronor och ramar per nämnd enligt nedan.")
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Nämnd", "Ram 2025 (tkr)", "Varav besparing (tkr)"]):
        c.text = h
    sav = {"Utbildningsnämnden": 4100, "Omsorgsnämnden": 5200, "Kommunstyrelsen": 1800,
           "Samhällsbyggnadsnämnden": 800, "Kultur- och fritidsnämnden": 600}
    for n, a, b in NAMND:
        r = t.add_row().cells
        r[0].text, r[1].text, r[2].text = n, fmt(b, 0), fmt(sav.get(n, 0), 0)
    r = t.add_row().cells
    r[0].text, r[1].text, r[2].text = "Summa nämnder", fmt(sum(n[2] for n in NAMND), 0), fmt(sum(sav.values()), 0)
    d.add_paragraph("")
    d.add_paragraph("Yrkanden: Johan Ekdahl (M) yrkar bifall till kommunstyrelsens förslag. Camilla Strand (S) "
                    "yrkar bifall till Socialdemokraternas förslag till budget, som innehåller en skattehöjning "
                    "med 40 öre och inga besparingar inom omsorgsnämnden.")
    d.add_paragraph("Omröstning begärs och genomförs. Ja-röst för kommunstyrelsens förslag, nej-röst för "
                    "Socialdemokraternas förslag. Omröstningen utfaller med 22 ja-röster och 15 nej-röster.")
    d.add_paragraph("Beslut: Kommunfullmäktige fastställer budget och plan 2025–2027 enligt kommunstyrelsens "
                    "förslag. Kommunstyrelsen får under 2025 nyupplåna högst 60 miljoner kronor.")
    d.add_paragraph("Reservation: Ledamöterna för Socialdemokraterna och Vänsterpartiet reserverar sig mot "
                    "beslutet till förmån för Camilla Strands yrkande.")
    d.add_heading("§ 97 Skattesats 2025", level=2)
    d.add_paragraph("Beslut: Kommunfullmäktige fastställer skattesatsen för 2025 till 22,31 kronor per "
                    "skattekrona.")
    d.add_paragraph("Reservation: Kristdemokraternas ledamot Ingvar Lund reserverar sig mot beslutet.")
    d.add_heading("§ 98 Taxor för äldreomsorg 2025", level=2)
    d.add_paragraph("Beslut: Avgiften för trygghetslarm höjs från 250 kronor till 300 kronor per månad från den "
                    "1 januari 2025. Övriga avgifter räknas upp med prisbasbeloppet.")
    d.add_heading("§ 99 Val av ersättare i omsorgsnämnden", level=2)
    d.add_paragraph("Beslut: Till ny ersättare i omsorgsnämnden efter Maria Håkansson (C) väljs Erik Falk (C) "
                    "för tiden till och med 2026-12-31.")
    d.add_paragraph("Justerat 2024-11-26. Justerare: Camilla Strand (S), Peter Nyman (SD)")
    cp = d.core_properties
    cp.author = "Åtvidabergs kommun"
    cp.title = "Protokoll kommunfullmäktige 2024-11-20"
    cp.created = cp.modified = datetime.datetime(2024, 11, 26, 8, 0, 0)
    cp.last_modified_by = "Åtvidabergs kommun"
    cp.revision = 1
    d.save(path)
    rezip(path)


VERKS = [  # tkr: bokslut 2023, budget 2024, budget 2025
    ("Förskola", 68420, 71300, 72150),
    ("Grundskola inkl. förskoleklass", 152380, 158900, 164200),
    ("Gymnasieskola", 61250, 64800, 67300),
    ("Vuxenutbildning", 9870, 10250, 10100),
    ("Äldreomsorg", 214600, 226300, 236800),
    ("Stöd enligt LSS", 72350, 76100, 79400),
    ("Individ- och familjeomsorg", 41280, 44900, 46300),
    ("Kultur", 11420, 11800, 11500),
    ("Fritid", 14730, 15100, 14900),
    ("Gator, vägar och parker", 22810, 23600, 23100),
    ("Räddningstjänst", 16940, 17600, 18300),
    ("Politisk verksamhet", 8950, 9200, 9350),
]


def xlsx(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Nettokostnad"
    ws.append(["Nettokostnad per verksamhet, Åtvidabergs kommun"])
    ws.append(["Belopp i tkr"])
    ws.append(["Verksamhet", "Bokslut 2023", "Budget 2024", "Budget 2025"])
    for r in VERKS:
        ws.append(list(r))
    ws.append(["Summa"] + [sum(r[i] for r in VERKS) for i in (1, 2, 3)])
    ws["A1"].font = Font(bold=True, size=13)
    ws2 = wb.create_sheet("Per invånare")
    ws2.append(["Skatteintäkter och nettokostnad per invånare"])
    ws2.append(["Invånare 31/12 (st), kronor per invånare"])
    ws2.append(["År", "Invånare", "Skattesats, kr", "Skatteintäkter, kr per invånare", "Nettokostnad, kr per invånare"])
    for r in [(2019, 11 * 1000 + 598, 21.71, 44120, 68950), (2020, 11634, 21.71, 45010, 70830),
              (2021, 11671, 22.11, 47380, 72460), (2022, 11660, 22.11, 49850, 75210),
              (2023, 11642, 22.11, 52610, 77790)]:
        ws2.append(list(r))
    ws2["A1"].font = Font(bold=True, size=13)
    wb.properties.creator = "Åtvidabergs kommun"
    wb.properties.created = datetime.datetime(2025, 1, 20, 8, 0, 0)
    wb.properties.modified = datetime.datetime(2025, 1, 20, 8, 0, 0)
    wb.save(path)
    rezip(path)


def press(path):
    t = """PRESSMEDDELANDE
Åtvidabergs kommun
2024-09-26

Delårsrapporten: Åtvidaberg räknar med underskott för 2024

Åtvidabergs kommun prognostiserar ett underskott på 8,6 miljoner kronor för 2024. Det framgår av delårsrapporten för januari–augusti som kommunstyrelsen behandlade i dag.

Budgeten för 2024 var ett överskott på 12,3 miljoner kronor. Den största avvikelsen finns inom omsorgsnämnden, som räknar med ett underskott på 13,6 miljoner kronor, främst till följd av dyra placeringar och ökade kostnader inom hemtjänsten.

– Läget är allvarligt och vi har redan beslutat om åtgärder för att bromsa kostnaderna. Vi kommer också att behöva fatta tuffa beslut i budgeten för 2025, säger Johan Ekdahl (M), kommunstyrelsens ordförande.

Åtgärderna omfattar bland annat restriktivitet vid nyanställningar, minskade konsultkostnader och ett stopp för nya inköp av inventarier under hösten. Totalt ska åtgärderna minska kostnaderna med 5 miljoner kronor under 2024.

Utbildningsnämnden prognostiserar ett underskott på 4,7 miljoner kronor, medan kommunstyrelsen räknar med ett överskott på 1,5 miljoner kronor.

Delårsrapporten behandlas av kommunfullmäktige den 23 oktober.

För mer information:
Johan Ekdahl (M), kommunstyrelsens ordförande, 0120-830 10
Annika Wernersson, ekonomichef, 0120-831 25
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(t)


def build(outdir):
    os.makedirs(outdir, exist_ok=True)
    n1 = budget_pdf(os.path.join(outdir, "budget-och-plan-2025-2027.pdf"))
    n2 = delar_pdf(os.path.join(outdir, "delarsrapport-augusti-2024.pdf"))
    html_page(os.path.join(outdir, "finansiell-information.html"))
    protokoll_docx(os.path.join(outdir, "protokoll-kommunfullmaktige-2024-11-20.docx"))
    xlsx(os.path.join(outdir, "nettokostnad-per-verksamhet.xlsx"))
    press(os.path.join(outdir, "pressmeddelande-delarsrapport-2024.txt"))
    print("atvidaberg pages", n1, n2, "RES", RES, "INV", INV_TOT, "FIN", FIN24, FIN25, "DRIFT", DRIFT)
