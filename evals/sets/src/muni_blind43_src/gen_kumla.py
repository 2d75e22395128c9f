"""Kumla: Budget och plan 2025-2027 (PDF), Delårsrapport jan-aug 2025 (PDF), HTML, DOCX, XLSX, TXT."""
import datetime
import os

import docx
import openpyxl
from docx.shared import Pt
from openpyxl.styles import Font

from common import Doc, fmt, fint, normalize_zip

INV = 22950  # invånare 31 dec 2024
# Resultatbudget (mnkr): Utfall 2023, Prognos 2024, Budget 2025, Plan 2026, Plan 2027
RB = {
    "int": [268.5, 275.0, 281.2, 287.0, 292.7],
    "kost": [-1760.2, -1838.6, -1899.4, -1950.3, -2001.5],
    "avskr": [-58.4, -62.1, -66.8, -71.5, -75.0],
    "skatt": [1221.6, 1268.9, 1340.7, 1386.2, 1432.0],
    "gsb": [356.2, 389.4, 382.5, 391.8, 400.6],
    "finint": [7.4, 6.8, 6.0, 6.0, 6.0],
    "finkost": [-18.9, -24.3, -25.6, -27.9, -30.1],
}
NETTO = [round(RB["int"][i] + RB["kost"][i] + RB["avskr"][i], 1) for i in range(5)]
VRES = [round(NETTO[i] + RB["skatt"][i] + RB["gsb"][i], 1) for i in range(5)]
RES = [round(VRES[i] + RB["finint"][i] + RB["finkost"][i], 1) for i in range(5)]
NETTO_BUDGET_2024 = -1618.0

# Driftbudget: Utfall 2023, Budget 2024, Budget 2025, Plan 2026, Plan 2027
NAMNDER = [
    ("Kommunstyrelsen", [96.8, 101.2, 105.4, 107.9, 110.3]),
    ("Barn- och utbildningsnämnden", [689.5, 712.4, 734.9, 751.2, 768.0]),
    ("Vård- och omsorgsnämnden", [438.7, 457.3, 474.6, 489.1, 503.8]),
    ("Socialnämnden", [172.4, 180.6, 186.2, 190.0, 193.7]),
    ("Samhällsbyggnadsnämnden", [88.1, 91.5, 94.3, 96.4, 98.5]),
    ("Kultur- och fritidsnämnden", [56.9, 58.7, 60.1, 61.3, 62.6]),
    ("Miljö- och byggnadsnämnden", [11.2, 11.8, 12.3, 12.6, 12.9]),
    ("Revisionen", [1.9, 2.0, 2.1, 2.1, 2.2]),
]
SUM_N = [round(sum(v[i] for _, v in NAMNDER), 1) for i in range(5)]
NETTO_D = [-NETTO[0], -NETTO_BUDGET_2024, -NETTO[2], -NETTO[3], -NETTO[4]]
FINANS = [round(NETTO_D[i] - SUM_N[i], 1) for i in range(5)]

INVEST = [  # mnkr: Total utgift, Budget 2025, Plan 2026, Plan 2027
    ("Ny F–6-skola Kumla norra", 185.0, [62.0, 78.0, 30.0]),
    ("Vård- och omsorgsboende Sörbyhem, 60 platser", 210.0, [45.0, 90.0, 60.0]),
    ("Renovering Kumla simhall", 24.0, [12.0, 12.0, 0.0]),
    ("Gator, gång- och cykelvägar", None, [9.5, 9.5, 10.0]),
    ("Exploatering Skogsbacken", 28.0, [14.0, 8.0, 6.0]),
    ("IT och digitalisering", None, [5.0, 5.0, 5.0]),
    ("Övriga reinvesteringar", None, [18.5, 17.0, 16.5]),
]
INV_TOT = [round(sum(p[2][i] for p in INVEST), 1) for i in range(3)]

# Kassaflöde 2025-2027
AVSATTN = [3.2, 3.5, 3.8]
FORDR = [-2.0, -2.0, -2.0]
KSKULD = [4.0, 3.0, 3.0]
NYLAN = [100.0, 120.0, 60.0]
AMORT = [-20.0, -20.0, -25.0]
LIKV_START = 64.5

# Delårsrapport: prognos 2025 per nämnd
PROGNOS = {"Kommunstyrelsen": 103.9, "Barn- och utbildningsnämnden": 738.1, "Vård- och omsorgsnämnden": 483.0,
           "Socialnämnden": 189.9, "Samhällsbyggnadsnämnden": 93.1, "Kultur- och fritidsnämnden": 59.6,
           "Miljö- och byggnadsnämnden": 12.0, "Revisionen": 2.1}
FINANS_AVV = 5.6


def r(vals, neg="paren"):
    return [fmt(v, 1, neg) for v in vals]


def budget_pdf(out):
    d = Doc("Budget och plan 2025–2027 | Kumla kommun")
    d.skip_head.add(1)
    d.add_page()
    d.ln(55)
    d.set_font("DejaVu", "B", 26)
    d.multi_cell(0, 13, "Budget och plan\n2025–2027", align="C")
    d.set_font("DejaVu", "", 13)
    d.ln(6)
    d.multi_cell(0, 8, "Kumla kommun\nKommunfullmäktige 2024-11-25, § 142", align="C")

    d.add_page()
    d.h1("Innehåll")
    for i, t in enumerate(["Ordföranden har ordet", "Omvärld och befolkning", "Inledning och planeringsförutsättningar",
                           "Personal och kompetensförsörjning", "Resultatbudget", "Kassaflödesbudget",
                           "Driftbudget per nämnd", "Nämndernas ramar", "Investeringsbudget"]):
        d.para(f"{i + 1}. {t}")

    d.add_page()
    d.h1("Ordföranden har ordet")
    d.para("Kumla fortsätter att växa. Vid årsskiftet 2024/2025 var vi 22 950 kumlabor, och befolkningen "
           "väntas passera 24 000 invånare år 2030. Det är glädjande, men det ställer också krav på nya "
           "skolor, förskolor och bostäder för äldre.")
    d.para("För att klara välfärden höjer vi skattesatsen med 20 öre till 22,14 kronor. Höjningen ger "
           "cirka 12 miljoner kronor i ökade skatteintäkter per år, pengar som går direkt till skolan och "
           "äldreomsorgen.")
    d.para("Vård- och omsorgsnämnden tillförs 9,8 miljoner kronor för att möta det ökade antalet äldre, och "
           "barn- och utbildningsnämnden får 4,7 miljoner kronor för att stärka elevhälsan. Vi avsätter "
           "också 900 000 kronor till feriearbeten för ungdomar.")
    d.para("Camilla Norén (S)\nKommunstyrelsens ordförande")

    d.add_page()
    d.h1("Omvärld och befolkning")
    d.para("Svensk ekonomi har under 2023 och 2024 präglats av hög inflation och stigande räntor. Enligt SKR "
           "väntas en återhämtning under 2025 med en BNP-tillväxt på 2,2 procent och en arbetslöshet som "
           "sjunker något.")
    d.para("Kumlas befolkning ökade med 146 personer under 2024. Ökningen förklaras främst av ett positivt "
           "flyttnetto, medan födelsenettot var nära noll. Andelen invånare som är 80 år eller äldre uppgår "
           "till 5,6 procent och väntas öka till 6,9 procent år 2030.")
    d.para("Bostadsbyggandet har bromsat in. Under 2024 färdigställdes 64 nya bostäder, jämfört med 118 året "
           "innan. I planperioden planeras för cirka 90 nya bostäder per år, bland annat i området Skogsbacken.")
    d.para("Arbetslösheten i Kumla var 6,4 procent i december 2024, vilket är lägre än genomsnittet för "
           "Örebro län.")

    d.add_page()
    d.h1("Inledning och planeringsförutsättningar")
    d.para("Budget och plan 2025–2027 är kommunens viktigaste styrdokument. Här anges de ekonomiska ramarna "
           "för nämnderna och de mål som ska uppnås. " * 2)
    d.para("Skatteunderlaget beräknas enligt SKR:s prognos från den 3 oktober 2024. Befolkningsprognosen "
           "för 2025 bygger på 23 180 invånare den 1 november 2024 som underlag för skatteintäkter och "
           "utjämning.")
    d.para("Nämnderna har kompenserats för löneökningar med 3,2 procent och för prisökningar med 1,8 "
           "procent. Samtliga nämnder har ett effektiviseringskrav om 1 procent av nettokostnaden, vilket "
           "motsvarar cirka 16 miljoner kronor.")
    d.h2("Finansiella mål")
    d.para("• Årets resultat ska uppgå till minst 1,5 procent av skatteintäkter och generella statsbidrag.\n"
           "• Nettoinvesteringarna ska över en femårsperiod till minst 50 procent finansieras med egna medel.\n"
           "• Låneskulden per invånare ska inte överstiga 55 000 kronor.")
    tot25 = RB["skatt"][2] + RB["gsb"][2]
    d.para(f"Det budgeterade resultatet för 2025 om {fmt(RES[2])} miljoner kronor motsvarar "
           f"{fmt(RES[2] / tot25 * 100)} procent av skatteintäkter och generella statsbidrag och understiger "
           "därmed målet. Målet beräknas nås först 2027.")
    d.h2("Verksamhetsmål")
    d.para("Kommunfullmäktige har beslutat om sju verksamhetsmål för perioden. Bland annat ska andelen elever "
           "i årskurs 9 med godkända betyg i alla ämnen öka från 71 procent till 78 procent, och väntetiden "
           "till särskilt boende ska understiga 60 dagar.")
    d.para("Kumla ska vara en attraktiv kommun för företag. Minst 10 hektar ny verksamhetsmark ska "
           "färdigställas i Kumla Trafikcenter under planperioden.")

    d.add_page()
    d.h1("Personal och kompetensförsörjning")
    d.para("Kumla kommun har cirka 1 900 anställda och är kommunens största arbetsgivare. Personalkostnaderna "
           "utgör ungefär 60 procent av verksamhetens kostnader.")
    d.para("De största rekryteringsbehoven finns inom förskola, grundskola och äldreomsorg. Under planperioden "
           "beräknas kommunen behöva rekrytera cirka 120 personer per år, främst till följd av pensionsavgångar.")
    d.para("Målet är att sjukfrånvaron ska minska till högst 6,5 procent. Heltid som norm gäller sedan 2021 och "
           "andelen heltidsanställda uppgick till 84 procent i december 2024.")

    d.add_page()
    d.h1("Resultatbudget")
    hdr = [["", "Not", "Utfall", "Prognos", "Budget", "Plan", "Plan"],
           ["Mnkr", "", "2023", "2024", "2025", "2026", "2027"]]
    W = [54, 10, 21, 21, 21, 21, 21]
    rows = [
        (["Verksamhetens intäkter", "1"] + r(RB["int"]), ""),
        (["Verksamhetens kostnader", "2"] + r(RB["kost"]), ""),
        (["Avskrivningar", ""] + r(RB["avskr"]), ""),
        (["Verksamhetens nettokostnader", ""] + r(NETTO), "B"),
        (["Skatteintäkter", "3"] + r(RB["skatt"]), ""),
        (["Generella statsbidrag och utjämning", "4"] + r(RB["gsb"]), ""),
        (["Verksamhetens resultat", ""] + r(VRES), "B"),
        (["Finansiella intäkter", ""] + r(RB["finint"]), ""),
        (["Finansiella kostnader", ""] + r(RB["finkost"]), ""),
        (["Resultat efter finansiella poster", ""] + r(RES), "B"),
        (["Årets resultat", ""] + r(RES), "B"),
    ]
    d.table("Resultatbudget 2025–2027", hdr, rows, W)
    d.note("Negativa belopp anges inom parentes. Not 1: inklusive avgifter och riktade statsbidrag. "
           "Not 2: inklusive pensionskostnader. Not 3: skattesats 22,14 kr 2025 (21,94 kr 2024). "
           "Not 4: inklusive kommunal fastighetsavgift.")

    d.add_page()
    d.h1("Kassaflödesbudget")
    hdr = [["Mnkr", "Budget 2025", "Plan 2026", "Plan 2027"]]
    W = [100, 23, 23, 23]
    medel = [round(RES[i + 2] - RB["avskr"][i + 2] + AVSATTN[i], 1) for i in range(3)]
    lop = [round(medel[i] + FORDR[i] + KSKULD[i], 1) for i in range(3)]
    inv = [-x for x in INV_TOT]
    fin = [round(NYLAN[i] + AMORT[i], 1) for i in range(3)]
    kf = [round(lop[i] + inv[i] + fin[i], 1) for i in range(3)]
    start = [LIKV_START]
    for i in range(3):
        start.append(round(start[-1] + kf[i], 1))
    rows = [
        (["Den löpande verksamheten"], "S"),
        (["Årets resultat"] + r(RES[2:], "-"), ""),
        (["Justering för avskrivningar"] + r([-x for x in RB["avskr"][2:]], "-"), ""),
        (["Justering för avsättningar"] + r(AVSATTN, "-"), ""),
        (["Medel från verksamheten före förändring av rörelsekapital"] + r(medel, "-"), "B"),
        (["Förändring kortfristiga fordringar"] + r(FORDR, "-"), ""),
        (["Förändring kortfristiga skulder"] + r(KSKULD, "-"), ""),
        (["Kassaflöde från den löpande verksamheten"] + r(lop, "-"), "B"),
        (["Investeringsverksamheten"], "S"),
        (["Investering i materiella anläggningstillgångar"] + r(inv, "-"), ""),
        (["Kassaflöde från investeringsverksamheten"] + r(inv, "-"), "B"),
        (["Finansieringsverksamheten"], "S"),
        (["Nyupptagna lån"] + r(NYLAN, "-"), ""),
        (["Amortering av skuld"] + r(AMORT, "-"), ""),
        (["Kassaflöde från finansieringsverksamheten"] + r(fin, "-"), "B"),
        (["Årets kassaflöde"] + r(kf, "-"), "B"),
        (["Likvida medel vid årets början"] + r(start[:3], "-"), ""),
        (["Likvida medel vid årets slut"] + r(start[1:], "-"), "B"),
    ]
    d.table("Kassaflödesbudget", hdr, rows, W)
    d.para("Låneskulden beräknas öka från 870 miljoner kronor vid utgången av 2024 till 1 085 miljoner "
           "kronor 2027.")

    # Landscape driftbudget
    d.add_page(orientation="L")
    d.h1("Driftbudget per nämnd")
    hdr = [["Nettokostnad", "Utfall", "Budget", "Budget", "Plan", "Plan", "Förändring", "Förändring", "Kr per"],
           ["", "2023", "2024", "2025", "2026", "2027", "2024–2025", "%", "invånare"],
           ["Mnkr", "", "", "", "", "", "mnkr", "", "2025"]]
    W = [70, 22, 22, 22, 22, 22, 26, 24, 25]
    rows = []
    for n, v in NAMNDER + [("Finansförvaltning m.m.", FINANS)]:
        rows.append(([n] + r(v, "-") + [fmt(v[2] - v[1], 1, "-"), fmt((v[2] - v[1]) / v[1] * 100, 1, "-") if n != "Finansförvaltning m.m." else "–",
                                        fint(v[2] * 1e6 / INV)], ""))
        if n == "Revisionen":
            rows.append((["Summa nämnder"] + r(SUM_N, "-") +
                         [fmt(SUM_N[2] - SUM_N[1]), fmt((SUM_N[2] - SUM_N[1]) / SUM_N[1] * 100),
                          fint(SUM_N[2] * 1e6 / INV)], "B"))
    rows.append((["Verksamhetens nettokostnad"] + r(NETTO_D, "-") +
                 [fmt(NETTO_D[2] - NETTO_D[1]), fmt((NETTO_D[2] - NETTO_D[1]) / NETTO_D[1] * 100),
                  fint(NETTO_D[2] * 1e6 / INV)], "B"))
    d.table("Driftbudget 2025 och plan 2026–2027", hdr, rows, W)
    d.note("Kr per invånare är beräknat på folkmängden 31 december 2024 (22 950 invånare). "
           "Förändringen avser budget 2025 jämfört med budget 2024.")

    d.add_page(orientation="P")
    d.h1("Nämndernas ramar")
    texts = {
        "Kommunstyrelsen": "Ramen inkluderar 1,2 miljoner kronor för en ny tjänst som klimatstrateg och "
                           "medel för kommunens 800-årsjubileum.",
        "Barn- och utbildningsnämnden": "Utöver satsningen på elevhälsan tillförs 6,3 miljoner kronor för "
                                        "fler elever i grundskolan. Nämnden ska minska kostnaderna för "
                                        "skolskjuts med 1,1 miljoner kronor.",
        "Vård- och omsorgsnämnden": "Antalet personer 80 år och äldre ökar med cirka 4 procent per år. "
                                    "Inför öppnandet av Sörbyhem 2027 avsätts 2,5 miljoner kronor för "
                                    "rekrytering och utbildning under 2026.",
        "Socialnämnden": "Kostnaderna för försörjningsstöd har ökat. Nämnden ska genom arbetsmarknadsinsatser "
                         "minska utbetalt försörjningsstöd med 3 miljoner kronor.",
        "Samhällsbyggnadsnämnden": "Nämnden ansvarar för gator, parker, fastigheter och kost. Taxan för "
                                   "vatten och avlopp höjs med 8 procent 2025.",
        "Kultur- och fritidsnämnden": "Feriearbetena administreras av nämnden. Kumla bibliotek får utökade "
                                      "öppettider på lördagar.",
        "Miljö- och byggnadsnämnden": "Nämnden ska öka andelen bygglov som beslutas inom tio veckor till "
                                      "95 procent.",
    }
    for n, t in texts.items():
        d.h2(n)
        d.para(t)

    d.add_page()
    d.h1("Investeringsbudget")
    d.para(f"Investeringarna uppgår till {fmt(INV_TOT[0])} miljoner kronor 2025. Den största enskilda "
           "investeringen under planperioden är vård- och omsorgsboendet Sörbyhem med en total utgift på "
           "210 miljoner kronor.")
    hdr = [["Projekt", "Total", "Budget", "Plan", "Plan"],
           ["", "utgift", "2025", "2026", "2027"]]
    W = [82, 22, 22, 22, 22]
    rows = []
    for p, t, v in INVEST:
        rows.append(([p, fmt(t) if t else "–"] + r(v, "-"), ""))
    rows.append((["Summa investeringar", ""] + r(INV_TOT, "-"), "B"))
    d.table("Investeringsbudget, belopp i mnkr", hdr, rows, W)
    d.note("Total utgift anges för projekt som löper över flera år. – = löpande anslag.")
    d.output(out)
    return dict(medel=medel, lop=lop, kf=kf, start=start)


def delar_pdf(out):
    d = Doc("Delårsrapport januari–augusti 2025 · Kumla kommun")
    d.skip_head.add(1)
    d.add_page()
    d.ln(60)
    d.set_font("DejaVu", "B", 26)
    d.multi_cell(0, 13, "Delårsrapport\njanuari–augusti 2025", align="C")
    d.set_font("DejaVu", "", 13)
    d.multi_cell(0, 8, "Kumla kommun", align="C")
    prog_sum = sum(PROGNOS.values())
    avv = [(n, v[2], PROGNOS[n], round(v[2] - PROGNOS[n], 1)) for n, v in NAMNDER]
    avv_sum = round(sum(a[3] for a in avv), 1)
    prog_res = round(RES[2] + avv_sum + FINANS_AVV, 1)

    d.add_page()
    d.h1("Sammanfattning")
    d.para("Periodens resultat för januari–augusti 2025 uppgår till 46,3 miljoner kronor. Resultatet för "
           "perioden är normalt högre än helårsresultatet eftersom semesterlöneskulden minskar under sommaren.")
    d.para(f"Prognosen för helåret 2025 är ett resultat på {fmt(prog_res)} miljoner kronor, vilket är "
           f"{fmt(RES[2] - prog_res)} miljoner kronor lägre än budget. Nämnderna prognostiserar "
           f"sammantaget ett underskott på {fmt(-avv_sum)} miljoner kronor, medan finansförvaltningen "
           f"väntas ge ett överskott på {fmt(FINANS_AVV)} miljoner kronor.")
    d.para("Antalet invånare var 23 041 den 30 juni 2025, en ökning med 91 personer sedan årsskiftet.")
    d.h2("Investeringar")
    d.para(f"Nettoinvesteringarna uppgick till 58,7 miljoner kronor per den 31 augusti. Helårsprognosen är "
           f"121,0 miljoner kronor jämfört med budgeterade {fmt(INV_TOT[0])} miljoner kronor. Byggstarten för "
           "den nya F–6-skolan i Kumla norra sköts upp från mars till juni.")
    d.h2("Personal")
    d.para("Sjukfrånvaron för perioden var 6,8 procent, jämfört med 7,3 procent för samma period 2024.")

    d.add_page()
    d.h1("Driftredovisning per nämnd")
    d.para("Vård- och omsorgsnämnden prognostiserar det största underskottet. Det beror på ett högre "
           "vårdbehov i hemtjänsten och ökade kostnader för bemanningssjuksköterskor.")
    hdr = [["Nämnd", "Budget", "Prognos", "Avvikelse"], ["Belopp i mnkr", "2025", "2025", "helår"]]
    W = [82, 28, 28, 28]
    rows = [([n, fmt(b), fmt(p), fmt(a, 1, "paren")], "") for n, b, p, a in avv]
    rows.append((["Summa nämnder", fmt(SUM_N[2]), fmt(prog_sum), fmt(avv_sum, 1, "paren")], "B"))
    d.table("Prognos för helåret 2025", hdr, rows, W)
    d.note("Underskott anges inom parentes.")

    d.h2("Resultaträkning i sammandrag")
    hdr = [["Mnkr", "Utfall jan–aug", "Utfall jan–aug", "Prognos", "Budget"],
           ["", "2025", "2024", "2025", "2025"]]
    W = [62, 27, 27, 27, 27]
    rows = [
        (["Verksamhetens nettokostnader", "(1 083,5)", "(1 031,8)", fmt(NETTO[2] + avv_sum, 1, "paren"),
          fmt(NETTO[2], 1, "paren")], ""),
        (["Skatteintäkter och generella statsbidrag", "1 143,2", "1 092,6", fmt(RB["skatt"][2] + RB["gsb"][2] + FINANS_AVV),
          fmt(RB["skatt"][2] + RB["gsb"][2])], ""),
        (["Finansnetto", "(13,4)", "(10,9)", fmt(RB["finint"][2] + RB["finkost"][2], 1, "paren"),
          fmt(RB["finint"][2] + RB["finkost"][2], 1, "paren")], ""),
        (["Resultat", "46,3", "49,9", fmt(prog_res), fmt(RES[2])], "B"),
    ]
    d.table("", hdr, rows, W)
    d.output(out)
    return dict(prog_res=prog_res, avv=avv, avv_sum=avv_sum, prog_sum=prog_sum)


NYCKEL = [  # label, 2022, 2023, 2024
    ("Årets resultat, mnkr", "31,2", "16,2", "19,8"),
    ("Resultat i procent av skatter och bidrag", "2,1", "1,0", "1,2"),
    ("Nettoinvesteringar, mnkr", "142,6", "131,9", "118,4"),
    ("Soliditet, procent", "41,8", "40,5", "39,1"),
    ("Låneskuld, mnkr", "690", "780", "870"),
    ("Skattesats, kronor", "21,94", "21,94", "21,94"),
    ("Antal invånare 31 december", "22 611", "22 804", "22 950"),
]


def html_page(out):
    rows = "\n".join(f"      <tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{e}</td></tr>" for a, b, c, e in NYCKEL)
    html = f"""<!DOCTYPE html>
<html lang="sv">
<head><meta charset="utf-8"><title>Finansiell information - Kumla kommun</title></head>
<body>
<div class="cookie-consent">Kumla.se använder kakor. <a href="/kakor">Läs mer om kakor</a> <button>Jag förstår</button></div>
<header>
<a class="logo" href="/">Kumla kommun</a>
<nav>
<a href="/barn-och-utbildning">Barn och utbildning</a> <a href="/omsorg-och-stod">Omsorg och stöd</a> <a href="/bo-och-bygga">Bo och bygga</a> <a href="/kommun-och-politik">Kommun och politik</a>
</nav>
</header>
<main>
<p class="breadcrumb">Kommun och politik &gt; Ekonomi &gt; Finansiell information</p>
<h1>Finansiell information</h1>
<p>Här hittar du information om Kumla kommuns ekonomi, till exempel årsredovisning, budget och nyckeltal. Informationen riktar sig till bland annat kreditgivare, investerare och medborgare.</p>
<h2>Årsredovisning 2024</h2>
<p>Kumla kommun redovisade ett resultat på 19,8 miljoner kronor för 2024. Det var 4,7 miljoner kronor bättre än prognosen i budgeten. Årsredovisningen godkändes av kommunfullmäktige den 14 april 2025.</p>
<h2>Nyckeltal för kommunen</h2>
<table>
  <thead><tr><th>Nyckeltal</th><th>2022</th><th>2023</th><th>2024</th></tr></thead>
  <tbody>
{rows}
  </tbody>
</table>
<h2>Upplåning och kreditbetyg</h2>
<p>Kommunen lånar huvudsakligen via Kommuninvest, där Kumla kommun är medlem sedan 1994. Den genomsnittliga räntan på låneportföljen var 2,9 procent vid utgången av 2024.</p>
<p>Kontakt: Niklas Öberg, finanschef, 019-58 80 00</p>
<p class="updated">Publicerad: 2025-04-02 | Senast uppdaterad: 2025-04-15</p>
</main>
<footer>
<p>Kumla kommun, 692 80 Kumla. Besöksadress: Västra Kyrkogatan 1. Telefon: 019-58 80 00.</p>
<p><a href="/om-webbplatsen">Om webbplatsen</a> · <a href="/tillganglighet">Tillgänglighet</a> · <a href="/gdpr">Så behandlar vi dina personuppgifter</a></p>
</footer>
</body>
</html>
"""
    with open(out, "w", encoding="utf-8") as f:
        f.write(html)


def docx_file(out):
    doc = docx.Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10.5)
    doc.add_heading("Kommunfullmäktige – Protokoll", level=1)
    doc.add_paragraph("Kumla kommun. Sammanträdesdatum 2024-11-25. Plats: Kumlasalen, Folkets hus, kl. 18.30–22.15.")
    doc.add_paragraph("Ordförande: Lars-Göran Persson (S). Sekreterare: Annika Wallin. "
                      "Justerare: Eva Karlsson (M) och Mikael Strand (C).")
    doc.add_paragraph("Närvarande: 47 av 49 ledamöter.")
    doc.add_heading("§ 141 Delårsrapport januari–augusti 2024", level=2)
    doc.add_paragraph("Kommunfullmäktige beslutar att godkänna delårsrapporten för januari–augusti 2024.")
    doc.add_heading("§ 142 Budget och plan 2025–2027", level=2)
    doc.add_paragraph("Ärendebeskrivning: Kommunstyrelsen har lämnat förslag till budget och plan 2025–2027. "
                      "Förslaget innebär att skattesatsen höjs med 20 öre till 22,14 kronor. Moderaterna och "
                      "Kristdemokraterna har lämnat ett gemensamt förslag med oförändrad skattesats, 21,94 kronor.")
    doc.add_paragraph("Omröstning: Omröstning begärs och genomförs. Kommunstyrelsens förslag får 26 ja-röster "
                      "och Moderaternas och Kristdemokraternas förslag 19 röster. 2 ledamöter avstår.")
    doc.add_paragraph("Beslut: Kommunfullmäktige beslutar att fastställa skattesatsen för 2025 till 22,14 kronor, "
                      "att fastställa kommunbidrag till nämnderna enligt tabellen nedan, samt att uppdra åt "
                      "kommunstyrelsen att ta upp nya lån om högst 100 miljoner kronor under 2025.")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, txt in zip(t.rows[0].cells, ["Nämnd", "Kommunbidrag 2025, tkr", "Kommunbidrag 2024, tkr"]):
        c.text = txt
    for n, v in NAMNDER:
        cells = t.add_row().cells
        for c, txt in zip(cells, [n, fint(v[2] * 1000), fint(v[1] * 1000)]):
            c.text = txt
    cells = t.add_row().cells
    for c, txt in zip(cells, ["Summa", fint(SUM_N[2] * 1000), fint(SUM_N[1] * 1000)]):
        c.text = txt
    doc.add_paragraph("Reservation: Ledamöterna för Moderaterna och Kristdemokraterna reserverar sig mot beslutet "
                      "till förmån för det egna budgetförslaget. Sverigedemokraternas ledamöter reserverar sig "
                      "skriftligen mot beslutet om skattehöjning.")
    doc.add_heading("§ 143 Taxa för vatten och avlopp 2025", level=2)
    doc.add_paragraph("Beslut: Kommunfullmäktige beslutar att höja brukningsavgiften för vatten och avlopp med "
                      "8 procent från den 1 januari 2025. För en normalvilla innebär det en ökning med cirka "
                      "640 kronor per år.")
    doc.add_heading("§ 144 Motion om solceller på kommunens byggnader", level=2)
    doc.add_paragraph("Beslut: Kommunfullmäktige beslutar att bifalla motionen från Miljöpartiet.")
    cp = doc.core_properties
    cp.author = "Kumla kommun"
    cp.title = "Protokoll kommunfullmäktige 2024-11-25"
    cp.created = datetime.datetime(2024, 11, 28, 10, 0, 0)
    cp.modified = datetime.datetime(2024, 11, 28, 10, 0, 0)
    cp.last_modified_by = "Kumla kommun"
    cp.revision = 1
    doc.save(out)
    normalize_zip(out)


KPI = [  # verksamhet, 2022, 2023, 2024 (kr per invånare)
    ("Förskola", 9870, 10240, 10655),
    ("Grundskola inkl. förskoleklass", 18420, 19105, 19880),
    ("Gymnasieskola", 7310, 7560, 7795),
    ("Äldreomsorg", 15980, 16870, 17640),
    ("Funktionsnedsättning", 7840, 8120, 8495),
    ("Individ- och familjeomsorg", 4930, 5210, 5390),
    ("Kultur och fritid", 2615, 2690, 2745),
]
SKOLA = [  # år, barn i förskola, elever grundskola, kostnad per elev grundskola kr, andel behöriga gymnasiet %
    (2020, 1265, 2710, 112400, 84.2), (2021, 1281, 2748, 116900, 82.7), (2022, 1302, 2795, 121300, 83.5),
    (2023, 1298, 2861, 126800, 81.9), (2024, 1315, 2912, 131500, 83.1)]


def xlsx_file(out):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Kostnad per invånare"
    ws["A1"] = "Kumla kommun – nettokostnad per invånare och verksamhet"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Kronor per invånare, löpande priser"
    ws.append(["Verksamhet", "2022", "2023", "2024"])
    for row in KPI:
        ws.append(list(row))
    ws.append(["Källa: Kolada och kommunens räkenskapssammandrag"])
    ws2 = wb.create_sheet("Skola")
    ws2["A1"] = "Förskola och grundskola i Kumla 2020–2024"
    ws2["A1"].font = Font(bold=True, size=12)
    ws2["A2"] = "Antal barn/elever per 15 oktober; kostnad i kronor; andel i procent"
    ws2.append(["År", "Inskrivna barn i förskola", "Elever i grundskola", "Kostnad per elev grundskola, kr",
                "Behöriga till gymnasiet, %"])
    for row in SKOLA:
        ws2.append(list(row))
    wb.properties.creator = "Kumla kommun"
    wb.properties.created = datetime.datetime(2025, 5, 5, 8, 0, 0)
    wb.properties.modified = datetime.datetime(2025, 5, 5, 8, 0, 0)
    wb.save(out)
    normalize_zip(out)


def press(out, info):
    txt = f"""PRESSMEDDELANDE
Kumla kommun, 2025-10-02

Kumla kommun prognostiserar överskott trots underskott i vården

Kumla kommun redovisar ett resultat på 46,3 miljoner kronor för perioden januari–augusti 2025. Prognosen för helåret är ett överskott på {fmt(info['prog_res'])} miljoner kronor, jämfört med budgeterade {fmt(RES[2])} miljoner kronor.

Vård- och omsorgsnämnden prognostiserar ett underskott på 8,4 miljoner kronor, främst på grund av ökade kostnader för bemanningssjuksköterskor och ett högre vårdbehov i hemtjänsten.

"Vi har en stark grund men behöver bli bättre på att hålla budget. Nämnderna får nu i uppdrag att ta fram åtgärdsplaner", säger Camilla Norén (S), kommunstyrelsens ordförande.

Byggstarten för den nya F–6-skolan i Kumla norra skedde i juni. Skolan ska ta emot 420 elever och beräknas stå klar till höstterminen 2027.

Delårsrapporten behandlas av kommunfullmäktige den 27 oktober.

För mer information: Niklas Öberg, finanschef, 019-58 80 00
"""
    with open(out, "w", encoding="utf-8") as f:
        f.write(txt)


def main(outdir):
    os.makedirs(outdir, exist_ok=True)
    budget_pdf(os.path.join(outdir, "budget-och-plan-2025-2027.pdf"))
    info = delar_pdf(os.path.join(outdir, "delarsrapport-jan-aug-2025.pdf"))
    html_page(os.path.join(outdir, "finansiell-information.html"))
    docx_file(os.path.join(outdir, "kf-protokoll-2024-11-25.docx"))
    xlsx_file(os.path.join(outdir, "nyckeltal-verksamheter.xlsx"))
    press(os.path.join(outdir, "pressmeddelande-delarsrapport-2025.txt"), info)
