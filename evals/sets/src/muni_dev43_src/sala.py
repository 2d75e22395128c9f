"""Sala kommun: budget PDF, årsredovisning PDF, HTML, DOCX protokoll, XLSX statistik, MD pressmeddelande."""
import os
import docx
from docx.shared import Pt
import openpyxl
from openpyxl.styles import Font
from common import Doc, fmt, normalize_zip, HTML_HEAD, HTML_FOOT, FIXED_DT

YEARS = ["Bokslut 2023", "Budget 2024", "Budget 2025", "Plan 2026", "Plan 2027"]
INV_2025 = 23150  # beräknat invånarantal för kr/inv

NAMNDER = [
    ("Kommunstyrelsen", [142.6, 150.2, 156.8, 159.9, 163.1]),
    ("Bildningsnämnden", [612.4, 638.0, 661.5, 674.7, 688.2]),
    ("Vård- och omsorgsnämnden", [598.7, 627.3, 652.9, 666.0, 679.3]),
    ("Individ- och familjenämnden", [128.3, 134.9, 139.2, 142.0, 144.8]),
    ("Kultur- och fritidsnämnden", [58.2, 60.4, 62.3, 63.5, 64.8]),
    ("Miljö- och byggnadsnämnden", [14.8, 15.6, 16.1, 16.4, 16.7]),
    ("Överförmyndarnämnden", [3.9, 4.2, 4.4, 4.5, 4.6]),
    ("Revisionen", [2.1, 2.2, 2.3, 2.3, 2.4]),
]
SKATT = [1284.6, 1331.9, 1382.4, 1428.0, 1475.3]
STATSB = [398.2, 421.5, 437.8, 446.1, 452.9]
FININT = [12.4, 11.0, 10.5, 10.5, 10.5]
FINKOST = [-18.9, -22.4, -24.8, -27.6, -30.2]
RESULT = [52.7, 28.4, 36.4, 38.9, 41.5]
INTAKT = [402.5, 415.0, 428.6, 437.2, 445.9]
AVSKR = [-68.4, -72.0, -76.5, -81.2, -85.0]

r1 = lambda x: round(x + 1e-9, 1)
SUM_NAMND = [r1(sum(n[1][i] for n in NAMNDER)) for i in range(5)]
NETTO = [r1(RESULT[i] - SKATT[i] - STATSB[i] - FININT[i] - FINKOST[i]) for i in range(5)]  # negative
FINANSF = [r1(-NETTO[i] - SUM_NAMND[i]) for i in range(5)]  # cost (positive = cost)
KOSTN = [r1(NETTO[i] - INTAKT[i] - AVSKR[i]) for i in range(5)]
RES_FIN = [r1(NETTO[i] + SKATT[i] + STATSB[i] + FININT[i] + FINKOST[i]) for i in range(5)]

# Investeringar tkr: (nämnd, projekt, 2025, 2026, 2027)
INVEST = [
    ("Kommunstyrelsen", [
        ("Ny förskola Västerby", 38500, 14000, 0),
        ("Gång- och cykelväg Ösaby–centrum", 6200, 4800, 0),
        ("Reinvestering gator och broar", 12000, 12000, 12500),
        ("Energieffektivisering kommunala fastigheter", 8500, 8000, 7500),
        ("Exploatering Norra Ekeby, etapp 2", 15000, 22000, 9000),
        ("Ombyggnad Sala simhall", 4500, 26000, 18000),
        ("IT-infrastruktur och digitalisering", 5800, 5500, 5500),
    ]),
    ("Bildningsnämnden", [
        ("Renovering Ekebyskolan", 24000, 11000, 0),
        ("Inventarier skola och förskola", 3200, 3000, 3000),
        ("Skolgård Kila skola", 2100, 0, 0),
    ]),
    ("Vård- och omsorgsnämnden", [
        ("Välfärdsteknik och trygghetslarm", 2600, 2400, 2000),
        ("Inventarier särskilt boende", 1900, 1800, 1800),
    ]),
    ("Kultur- och fritidsnämnden", [
        ("Konstgräsplan Lärkans IP", 9500, 0, 0),
        ("Upprustning elljusspår Sala backe", 1800, 0, 0),
    ]),
    ("Miljö- och byggnadsnämnden", [
        ("Digitalt bygglovsarkiv", 700, 300, 0),
    ]),
]
INV_SUM = [sum(p[k] for _, ps in INVEST for p in ps) for k in (1, 2, 3)]

# Balansbudget mnkr
MAT = [1862.4, 1918.0, 1985.6, 2052.3, 2098.7]
FINA = [96.3, 96.3, 96.3, 96.3, 96.3]
FORDR = [168.9, 165.0, 170.0, 172.0, 175.0]
KASSA = [84.7, 62.0, 55.3, 48.1, 51.6]
EK = [928.4]
for i in range(1, 5):
    EK.append(r1(EK[-1] + RESULT[i]))
PENS = [112.6, 118.0, 123.5, 128.9, 134.2]
LANG = [748.0, 776.0, 816.0, 856.0, 876.0]
SUM_T = [r1(MAT[i] + FINA[i] + FORDR[i] + KASSA[i]) for i in range(5)]
KORT = [r1(SUM_T[i] - EK[i] - PENS[i] - LANG[i]) for i in range(5)]

# Årsredovisning 2024 – utfall per nämnd (mnkr, nettokostnad)
UTFALL_2024 = {
    "Kommunstyrelsen": 147.9,
    "Bildningsnämnden": 641.8,
    "Vård- och omsorgsnämnden": 624.9,
    "Individ- och familjenämnden": 141.6,
    "Kultur- och fritidsnämnden": 59.7,
    "Miljö- och byggnadsnämnden": 15.1,
    "Överförmyndarnämnden": 4.5,
    "Revisionen": 2.0,
}
ARES_2024 = 44.1


def budget_pdf(out):
    d = Doc("Sala kommun · Mål och budget 2025 med plan 2026–2027")
    d.add_page()
    d.ln(40)
    d.set_font("DV", "B", 26)
    d.multi_cell(0, 12, "Mål och budget 2025\nmed plan 2026–2027", new_x="LMARGIN", new_y="NEXT")
    d.ln(6)
    d.set_font("DV", "", 13)
    d.multi_cell(0, 7, "Sala kommun\nAntagen av kommunfullmäktige 2024-11-25, § 142\nDnr KS 2024/187", new_x="LMARGIN", new_y="NEXT")

    d.add_page()
    d.h1("Innehåll")
    for t, s in [("Ordförande har ordet", 3), ("Omvärld och ekonomiska förutsättningar", 4), ("Vision och mål", 5),
                 ("Nämndernas uppdrag och ramar", 6), ("Resultatbudget", 7), ("Balansbudget", 8),
                 ("Kassaflöde och finansiering", 9), ("Driftbudget per nämnd", 10), ("Investeringsbudget", 11),
                 ("Ekonomiska styrprinciper", 13)]:
        d.set_font("DV", "", 11)
        d.cell(150, 7, t)
        d.cell(0, 7, str(s), align="R", new_x="LMARGIN", new_y="NEXT")

    d.add_page()
    d.h1("Ordförande har ordet")
    d.p("Sala står inför flera år med stora behov och begränsade resurser. Befolkningen blir äldre, "
        "fler barn ska få plats i förskolan i de växande stadsdelarna och kostnaderna för räntor och "
        "pensioner ökar. Samtidigt vill vi fortsätta att utveckla Sala som en trygg och attraktiv kommun "
        "att bo, leva och verka i.")
    d.p(f"Budgeten för 2025 bygger på en oförändrad skattesats om 22,34 kronor per skattekrona. "
        f"Årets resultat budgeteras till {fmt(RESULT[2])} miljoner kronor, vilket motsvarar "
        f"{fmt(100*RESULT[2]/(SKATT[2]+STATSB[2]),1)} procent av skatteintäkter och generella statsbidrag. "
        "Därmed når vi det finansiella målet om minst 2,0 procent.")
    d.p("För att klara detta genomför nämnderna effektiviseringar om sammanlagt 14,3 miljoner kronor under 2025. "
        "Vi prioriterar ändå välfärdens kärna: vård- och omsorgsnämnden får 4,7 miljoner kronor för ökad "
        "bemanning i hemtjänsten och bildningsnämnden får ett särskilt tillskott om 3,5 miljoner kronor för "
        "tidiga insatser i lågstadiet.")
    d.p("Det största investeringsprojektet under perioden är den nya förskolan i Västerby med plats för 120 barn. "
        "Vi fortsätter också renoveringen av Ekebyskolan och påbörjar ombyggnaden av simhallen.")
    d.p("Jag vill tacka alla medarbetare i Sala kommun för ett fantastiskt arbete.")
    d.p("Carina Ekström (M)\nKommunstyrelsens ordförande")

    d.add_page()
    d.h1("Omvärld och ekonomiska förutsättningar")
    d.p("Svensk ekonomi har under 2024 präglats av låg tillväxt, men inflationen har sjunkit och Riksbanken har "
        "börjat sänka styrräntan. Sveriges Kommuner och Regioner (SKR) bedömer i sin prognos från oktober 2024 "
        "att skatteunderlaget växer med 4,1 procent 2025.")
    d.p(f"Budgeten bygger på ett beräknat invånarantal om {fmt(INV_2025,0)} personer den 1 november 2024. "
        "Befolkningen har ökat med i genomsnitt cirka 75 personer per år de senaste fem åren. Gruppen 80 år och äldre "
        "väntas öka med 4 procent per år fram till 2030.")
    d.p(f"Skatteintäkterna beräknas till {fmt(SKATT[2])} miljoner kronor 2025 och generella statsbidrag och "
        f"utjämning till {fmt(STATSB[2])} miljoner kronor. Pensionskostnaderna ökar med 9,2 miljoner kronor "
        "jämfört med 2024, främst till följd av höjda livslängdsantaganden.")
    d.p("Ränteantagandet för den genomsnittliga upplåningen är 3,1 procent 2025. Varje procentenhets förändring "
        "av räntan påverkar resultatet med cirka 8 miljoner kronor på helårsbasis.")
    d.h2("Känslighetsanalys")
    d.p("En procents förändring av skatteunderlaget motsvarar cirka 13,8 miljoner kronor. En procents "
        "löneökning motsvarar cirka 11,2 miljoner kronor inklusive personalomkostnader.")

    d.add_page()
    d.h1("Vision och mål")
    d.p("Visionen för Sala kommun är: ”Sala – den lilla staden med de stora möjligheterna”. Kommunfullmäktige "
        "har fastställt fyra målområden för mandatperioden 2023–2026.")
    for t, s in [("1. En trygg och hållbar kommun", "Andelen invånare som känner sig trygga utomhus på kvällen ska öka. "
                  "Kommunens utsläpp av växthusgaser från egna transporter ska minska med 30 procent till 2026 jämfört med 2019."),
                 ("2. Kunskap och lärande för alla", "Andelen elever i årskurs 9 som är behöriga till gymnasiets yrkesprogram ska "
                  "öka till minst 85 procent."),
                 ("3. Ett gott liv hela livet", "Antalet olika personal som en hemtjänsttagare möter under 14 dagar ska minska "
                  "till högst 12."),
                 ("4. En ekonomi i balans", "Årets resultat ska uppgå till minst 2,0 procent av skatteintäkter och generella "
                  "statsbidrag. Investeringar ska till minst 60 procent finansieras med egna medel.")]:
        d.h2(t)
        d.p(s)

    d.add_page()
    d.h1("Nämndernas uppdrag och ramar")
    texts = {
        "Kommunstyrelsen": "Kommunstyrelsen leder och samordnar kommunens verksamhet och ansvarar även för gator, parker, "
            "kommunens fastigheter och räddningstjänstens samverkansavtal. Ramen ökar med 6,6 miljoner kronor, "
            "bland annat för högre driftkostnader för nya lokaler.",
        "Bildningsnämnden": "Bildningsnämnden ansvarar för förskola, grundskola, gymnasieskola och vuxenutbildning. "
            "Nämnden effektiviserar med 5,9 miljoner kronor genom en översyn av skolskjutsar och lokalanvändning.",
        "Vård- och omsorgsnämnden": "Vård- och omsorgsnämnden ansvarar för äldreomsorg och stöd till personer med "
            "funktionsnedsättning. Nämnden effektiviserar med 4,8 miljoner kronor, bland annat genom digital tillsyn nattetid.",
        "Individ- och familjenämnden": "Individ- och familjenämnden ansvarar för försörjningsstöd, barn- och ungdomsvård "
            "och missbruksvård. Målet är att minska externa placeringar genom fler insatser på hemmaplan.",
        "Kultur- och fritidsnämnden": "Kultur- och fritidsnämnden ansvarar för bibliotek, kulturskola, fritidsgårdar och "
            "idrottsanläggningar. Föreningsbidragen räknas upp med 2 procent.",
        "Miljö- och byggnadsnämnden": "Miljö- och byggnadsnämnden ansvarar för bygglov, miljötillsyn och livsmedelskontroll. "
            "Taxorna indexeras årligen.",
    }
    for k, v in texts.items():
        d.h2(k)
        d.p(v)
    d.p("Övriga effektiviseringar, 3,6 miljoner kronor, fördelas på kommunstyrelsen och kultur- och fritidsnämnden.")

    # Resultatbudget
    d.add_page()
    d.h1("Resultatbudget")
    d.caption("Belopp i mnkr")
    W = [62, 12, 19, 19, 19, 19, 19]
    hdr = [["", "Not", "Bokslut", "Budget", "Budget", "Plan", "Plan"], ["", "", "2023", "2024", "2025", "2026", "2027"]]
    rows = []
    def row(label, vals, note=""):
        rows.append([label, note] + [fmt(v) for v in vals])
    row("Verksamhetens intäkter", INTAKT, "1")
    row("Verksamhetens kostnader", KOSTN, "2")
    row("Avskrivningar", AVSKR, "3")
    row("Verksamhetens nettokostnader", NETTO)
    row("Skatteintäkter", SKATT, "4")
    row("Generella statsbidrag och utjämning", STATSB, "5")
    row("Verksamhetens resultat", [r1(NETTO[i] + SKATT[i] + STATSB[i]) for i in range(5)])
    row("Finansiella intäkter", FININT)
    row("Finansiella kostnader", FINKOST)
    row("Resultat efter finansiella poster", RES_FIN)
    row("Årets resultat", RES_FIN)
    d.table(hdr, rows, W, bold=(3, 6, 9, 10))
    d.footnote("Not 1–5: se avsnittet Ekonomiska styrprinciper. Verksamhetens kostnader inkluderar "
               "pensionskostnader och kostnader för personal.")
    d.p(f"Årets resultat i procent av skatteintäkter och generella statsbidrag: "
        + ", ".join(f"{y} {fmt(100*RES_FIN[i]/(SKATT[i]+STATSB[i]),1)} %" for i, y in enumerate(["2023", "2024", "2025", "2026", "2027"])) + ".")

    # Balansbudget
    d.add_page()
    d.h1("Balansbudget")
    d.caption("Belopp i mnkr")
    W = [85, 17, 17, 17, 17, 17]
    hdr = [["", "Bokslut", "Budget", "Budget", "Plan", "Plan"], ["", "2023", "2024", "2025", "2026", "2027"]]
    rows = []
    rows.append(["Tillgångar"])
    rows.append(["Materiella anläggningstillgångar"] + [fmt(v) for v in MAT])
    rows.append(["Finansiella anläggningstillgångar"] + [fmt(v) for v in FINA])
    rows.append(["Summa anläggningstillgångar"] + [fmt(r1(MAT[i] + FINA[i])) for i in range(5)])
    rows.append(["Fordringar"] + [fmt(v) for v in FORDR])
    rows.append(["Kassa och bank"] + [fmt(v) for v in KASSA])
    rows.append(["Summa omsättningstillgångar"] + [fmt(r1(FORDR[i] + KASSA[i])) for i in range(5)])
    rows.append(["Summa tillgångar"] + [fmt(v) for v in SUM_T])
    rows.append(["Eget kapital, avsättningar och skulder"])
    rows.append(["Eget kapital"] + [fmt(v) for v in EK])
    rows.append(["  därav årets resultat"] + [fmt(v) for v in RESULT])
    rows.append(["Avsättningar för pensioner"] + [fmt(v) for v in PENS])
    rows.append(["Långfristiga skulder"] + [fmt(v) for v in LANG])
    rows.append(["Kortfristiga skulder"] + [fmt(v) for v in KORT])
    rows.append(["Summa eget kapital, avsättningar och skulder"] + [fmt(v) for v in SUM_T])
    d.table(hdr, rows, W, bold=(3, 6, 7, 14), section=(0, 8))
    d.p(f"Soliditeten beräknas uppgå till {fmt(100*EK[2]/SUM_T[2],1)} procent vid utgången av 2025. "
        "Långfristig upplåning sker via Kommuninvest.")

    # Kassaflöde
    d.add_page()
    d.h1("Kassaflöde och finansiering")
    d.p(f"Investeringsvolymen för 2025 uppgår till {fmt(INV_SUM[0]/1000,1)} miljoner kronor. Med ett resultat om "
        f"{fmt(RESULT[2])} miljoner kronor och avskrivningar om {fmt(-AVSKR[2])} miljoner kronor beräknas "
        f"självfinansieringsgraden av investeringarna till cirka {round(100*(RESULT[2]-AVSKR[2])/(INV_SUM[0]/1000))} procent. "
        "Nyupplåningen 2025 beräknas till 40 miljoner kronor.")
    d.caption("Kassaflödesbudget, belopp i mnkr")
    W = [74, 24, 24, 24]
    hdr = [["", "Budget 2025", "Plan 2026", "Plan 2027"]]
    lop = [r1(RESULT[i] - AVSKR[i] + 5.4) for i in (2, 3, 4)]
    inv = [-INV_SUM[k] / 1000 for k in range(3)]
    fin = [40.0, 40.0, 20.0]
    ovr = [r1(KASSA[i + 2] - KASSA[i + 1] - lop[i] - inv[i] - fin[i]) for i in range(3)]
    rows = [["Medel från den löpande verksamheten"] + [fmt(v) for v in lop],
            ["Investeringsverksamheten"] + [fmt(v) for v in inv],
            ["Nyupplåning"] + [fmt(v) for v in fin],
            ["Förändring rörelsekapital och övrigt"] + [fmt(v) for v in ovr],
            ["Årets kassaflöde"] + [fmt(r1(KASSA[i + 2] - KASSA[i + 1])) for i in range(3)],
            ["Likvida medel vid årets slut"] + [fmt(KASSA[i + 2]) for i in range(3)]]
    d.table(hdr, rows, W, bold=(4, 5))

    # Driftbudget landscape
    d.add_page(orientation="L")
    d.h1("Driftbudget per nämnd")
    d.caption("Nettokostnad, belopp i mnkr om inte annat anges")
    W = [78, 26, 26, 26, 26, 26, 34]
    hdr = [["Nämnd", "Bokslut", "Budget", "Budget", "Plan", "Plan", "Budget 2025"],
           ["", "2023", "2024", "2025", "2026", "2027", "kr per invånare"]]
    rows = []
    for n, v in NAMNDER:
        rows.append([n] + [fmt(-x) for x in v] + [fmt(-v[2] * 1e6 / INV_2025, 0)])
    rows.append(["Summa nämnder"] + [fmt(-x) for x in SUM_NAMND] + [fmt(-SUM_NAMND[2] * 1e6 / INV_2025, 0)])
    rows.append(["Finansförvaltning¹"] + [fmt(-x) for x in FINANSF] + [fmt(-FINANSF[2] * 1e6 / INV_2025, 0)])
    rows.append(["Verksamhetens nettokostnader"] + [fmt(x) for x in NETTO] + [fmt(NETTO[2] * 1e6 / INV_2025, 0)])
    d.table(hdr, rows, W, bold=(len(NAMNDER), len(NAMNDER) + 2), size=9)
    d.footnote("¹ Finansförvaltningen omfattar pensionskostnader, avskrivningar som inte fördelats på nämnderna, "
               "semesterlöneskuldens förändring och kommunövergripande reserver. Kr per invånare är beräknat på "
               f"{fmt(INV_2025,0)} invånare.")
    d.p("Negativa belopp avser nettokostnad. Ramarna för 2025 inkluderar löneökningar för 2024 men inte för 2025; "
        "medel för 2025 års lönerevision, 48,5 miljoner kronor, ligger i finansförvaltningen.")

    # Investeringsbudget over two pages
    d.add_page()
    d.h1("Investeringsbudget")
    d.p(f"Den totala investeringsbudgeten för perioden 2025–2027 uppgår till {fmt(sum(INV_SUM)/1000,1)} miljoner kronor, "
        f"varav {fmt(INV_SUM[0]/1000,1)} miljoner kronor 2025.")
    d.caption("Belopp i tkr")
    W = [82, 22, 22, 22, 24]
    hdr = [["Nämnd/projekt", "Budget 2025", "Plan 2026", "Plan 2027", "Totalt"]]
    allrows, bold, sect = [], [], []
    for nm, ps in INVEST:
        sect.append(len(allrows)); allrows.append([nm])
        for p in ps:
            allrows.append([p[0], fmt(p[1], 0), fmt(p[2], 0), fmt(p[3], 0), fmt(p[1] + p[2] + p[3], 0)])
        s = [sum(p[k] for p in ps) for k in (1, 2, 3)]
        bold.append(len(allrows)); allrows.append(["Summa " + nm.lower()] + [fmt(x, 0) for x in s] + [fmt(sum(s), 0)])
    bold.append(len(allrows)); allrows.append(["Summa investeringar"] + [fmt(x, 0) for x in INV_SUM] + [fmt(sum(INV_SUM), 0)])
    cut = 9
    d.table(hdr, allrows[:cut], W, bold=[b for b in bold if b < cut], section=[s for s in sect if s < cut])
    d.p("Projekten i Kommunstyrelsens investeringsbudget genomförs av samhällsbyggnadskontoret. Projekt över "
        "10 miljoner kronor kräver ett särskilt genomförandebeslut i kommunstyrelsen.")
    d.add_page()
    d.caption("Investeringsbudget (forts.), belopp i tkr")
    d.table(hdr, allrows[cut:], W, bold=[b - cut for b in bold if b >= cut], section=[s - cut for s in sect if s >= cut])
    d.footnote("Totalt avser summan av budget 2025 och plan 2026–2027. Exploateringsinkomster från försäljning av "
               "tomter i Norra Ekeby beräknas till 11 miljoner kronor och ingår inte i tabellen.")

    d.add_page()
    d.h1("Ekonomiska styrprinciper")
    d.p("Nämnderna tilldelas ramar i form av nettokostnad. Nämnderna ansvarar för att verksamheten bedrivs inom "
        "beslutad ram. Vid befarat underskott ska nämnden omedelbart vidta åtgärder och rapportera till kommunstyrelsen.")
    d.p("Investeringar med en nyttjandeperiod om minst tre år och ett värde över ett prisbasbelopp redovisas som "
        "anläggningstillgångar. Ej förbrukade investeringsmedel kan ombudgeteras till nästkommande år efter beslut "
        "i kommunstyrelsen.")
    d.p("Not 1. Verksamhetens intäkter omfattar taxor, avgifter, hyror och riktade statsbidrag.\n"
        "Not 2. Verksamhetens kostnader omfattar personal, material, tjänster och lämnade bidrag.\n"
        "Not 3. Avskrivningar sker linjärt enligt komponentavskrivning.\n"
        "Not 4. Skatteintäkterna baseras på SKR:s prognos från oktober 2024.\n"
        "Not 5. Inklusive kostnadsutjämning, LSS-utjämning och regleringsbidrag.")
    d.p("Resultatutjämningsreserven (RUR) uppgick vid utgången av 2023 till 62,0 miljoner kronor. Ingen "
        "disposition av RUR planeras under perioden.")
    d.output(out)


def ar_pdf(out):
    d = Doc("Årsredovisning 2024 | Sala kommun")
    d.add_page()
    d.ln(50)
    d.set_font("DV", "B", 28)
    d.cell(0, 14, "Årsredovisning 2024", new_x="LMARGIN", new_y="NEXT")
    d.set_font("DV", "", 14)
    d.multi_cell(0, 8, "Sala kommun\nGodkänd av kommunfullmäktige 2025-04-28, § 51", new_x="LMARGIN", new_y="NEXT")

    d.add_page()
    d.h1("Kommundirektören har ordet")
    d.p(f"2024 blev ett bättre år ekonomiskt än vi räknade med. Årets resultat blev {fmt(ARES_2024)} miljoner kronor, "
        f"att jämföra med budgeterade {fmt(RESULT[1])} miljoner kronor. Den främsta förklaringen är högre "
        "skatteintäkter och lägre räntekostnader än beräknat.")
    d.p("Samtidigt redovisar flera nämnder underskott. Individ- och familjenämnden fick ett underskott till följd av "
        "fler externa placeringar av barn och unga. Vård- och omsorgsnämnden klarade däremot sin budget trots ökade behov.")
    d.p("Under året invigdes det nya äldreboendet Ängshagen med 60 platser och kommunen tog emot utmärkelsen "
        "”Årets nyföretagarkommun” i Västmanland.")
    d.p("Mats Hedlund\nKommundirektör")

    d.add_page()
    d.h1("Förvaltningsberättelse")
    d.h2("Fem år i sammandrag")
    W = [78, 18, 18, 18, 18, 18]
    hdr = [["", "2020", "2021", "2022", "2023", "2024"]]
    rows = [["Folkmängd 31 december", "22 870", "22 951", "23 008", "23 094", "23 180"],
            ["Kommunal skattesats, kr", "22,04", "22,04", "22,04", "22,34", "22,34"],
            ["Årets resultat, mnkr", "61,2", "78,4", "40,9", fmt(RESULT[0], neg="– "), fmt(ARES_2024, neg="– ")],
            ["Årets resultat i % av skatter och bidrag", "4,3", "5,2", "2,6", fmt(100*RESULT[0]/(SKATT[0]+STATSB[0]),1),
             fmt(100*ARES_2024/(1340.8+423.9),1)],
            ["Nettoinvesteringar, mnkr", "98,5", "121,0", "133,7", "118,2", "127,9"],
            ["Soliditet, %", "40,8", "41,5", "41,9", fmt(100*EK[0]/SUM_T[0],1), "43,4"],
            ["Långfristiga skulder, mnkr", "652,0", "668,0", "710,0", fmt(LANG[0]), "764,0"],
            ["Antal tillsvidareanställda", "2 104", "2 131", "2 150", "2 162", "2 178"]]
    d.table(hdr, rows, W)
    d.footnote("Soliditeten anges exklusive pensionsförpliktelser intjänade före 1998.")
    d.h2("Väsentliga händelser")
    d.p("Skatteintäkter och generella statsbidrag uppgick till 1 764,7 miljoner kronor, vilket var 11,3 miljoner "
        "kronor mer än budget. Nettoinvesteringarna uppgick till 127,9 miljoner kronor, varav 41,2 miljoner kronor "
        "avsåg äldreboendet Ängshagen.")
    d.p("Sjukfrånvaron bland kommunens medarbetare minskade till 6,9 procent (7,4 procent 2023).")
    d.h2("Balanskravsresultat")
    d.p(f"Balanskravsresultatet uppgick till {fmt(ARES_2024 - 2.6)} miljoner kronor efter avdrag för "
        "realisationsvinster om 2,6 miljoner kronor. Kommunen uppfyller därmed balanskravet.")

    d.add_page()
    d.h1("Nämndernas ekonomiska utfall")
    d.p("Tabellen visar nämndernas nettokostnad jämfört med budget. Negativ avvikelse innebär underskott.")
    d.caption("Belopp i mnkr")
    W = [72, 26, 26, 26]
    hdr = [["Nämnd", "Budget", "Utfall", "Avvikelse"], ["", "2024", "2024", "mot budget"]]
    rows = []
    tb = tu = 0
    for n, v in NAMNDER:
        u = UTFALL_2024[n]
        rows.append([n, fmt(v[1]), fmt(u), fmt(r1(v[1] - u), neg="– ")])
        tb += v[1]; tu += u
    rows.append(["Summa nämnder", fmt(r1(tb)), fmt(r1(tu)), fmt(r1(tb - tu), neg="– ")])
    d.table(hdr, rows, W, bold=(len(rows) - 1,))
    d.p(f"Nämnderna redovisade sammantaget en avvikelse om {fmt(r1(tb-tu), neg='– ')} miljoner kronor. Det största "
        f"underskottet hade individ- och familjenämnden med {fmt(r1(UTFALL_2024['Individ- och familjenämnden']-134.9))} "
        "miljoner kronor.")

    d.add_page()
    d.h1("Resultaträkning")
    d.caption("Belopp i mnkr")
    W = [76, 12, 26, 26, 26]
    hdr = [["", "Not", "Utfall 2023", "Budget 2024", "Utfall 2024"]]
    u24 = {"int": 431.2, "kost": -2074.4, "avs": -70.6, "skatt": 1340.8, "stb": 423.9, "fi": 13.1, "fk": -19.9}
    netto24 = r1(u24["int"] + u24["kost"] + u24["avs"])
    res24 = r1(netto24 + u24["skatt"] + u24["stb"] + u24["fi"] + u24["fk"])
    assert abs(res24 - ARES_2024) < 0.05, res24
    F = lambda v: fmt(v, neg="– ")
    rows = [["Verksamhetens intäkter", "2", F(INTAKT[0]), F(INTAKT[1]), F(u24["int"])],
            ["Verksamhetens kostnader", "3", F(KOSTN[0]), F(KOSTN[1]), F(u24["kost"])],
            ["Avskrivningar", "4", F(AVSKR[0]), F(AVSKR[1]), F(u24["avs"])],
            ["Verksamhetens nettokostnader", "", F(NETTO[0]), F(NETTO[1]), F(netto24)],
            ["Skatteintäkter", "5", F(SKATT[0]), F(SKATT[1]), F(u24["skatt"])],
            ["Generella statsbidrag och utjämning", "6", F(STATSB[0]), F(STATSB[1]), F(u24["stb"])],
            ["Finansiella intäkter", "7", F(FININT[0]), F(FININT[1]), F(u24["fi"])],
            ["Finansiella kostnader", "8", F(FINKOST[0]), F(FINKOST[1]), F(u24["fk"])],
            ["Årets resultat", "", F(RES_FIN[0]), F(RES_FIN[1]), F(res24)]]
    d.table(hdr, rows, W, bold=(3, 8))
    d.footnote("Noter redovisas i den fullständiga årsredovisningen som finns på sala.se.")
    d.output(out)


def html(out):
    nav = "\n".join(f'<li><a href="/{s}">{t}</a></li>' for s, t in [
        ("barn-och-utbildning", "Barn och utbildning"), ("omsorg-och-stod", "Omsorg och stöd"),
        ("bygga-bo-och-miljo", "Bygga, bo och miljö"), ("kultur-och-fritid", "Kultur och fritid"),
        ("kommun-och-politik", "Kommun och politik")])
    body = """<article>
<h1>Så används din skatt</h1>
<p class="ingress">Varje månad betalar du kommunalskatt. Här kan du se hur Sala kommun använder skattepengarna och vad en hundralapp i skatt räcker till.</p>
<p>Kommunalskatten i Sala är 22,34 kronor per intjänad hundralapp 2025. Till det kommer regionskatten till Region Västmanland på 11,21 kronor. Den totala skattesatsen i Sala blir därmed 33,55 kronor, exklusive kyrkoavgift och begravningsavgift.</p>
<h2>Så fördelas 100 kronor i skatt</h2>
<p>Tabellen visar hur 100 kronor av kommunens skatteintäkter fördelas mellan verksamheterna enligt budget 2025.</p>
<table class="tax-table">
<thead><tr><th>Verksamhet</th><th>Kronor av 100 kr</th></tr></thead>
<tbody>
<tr><td>Förskola, grundskola och gymnasium</td><td>38</td></tr>
<tr><td>Äldreomsorg och stöd till personer med funktionsnedsättning</td><td>36</td></tr>
<tr><td>Individ- och familjeomsorg</td><td>8</td></tr>
<tr><td>Gator, parker, räddningstjänst och kommunledning</td><td>9</td></tr>
<tr><td>Kultur och fritid</td><td>4</td></tr>
<tr><td>Miljö, bygglov och övrigt</td><td>5</td></tr>
<tr><td>Totalt</td><td>100</td></tr>
</tbody>
</table>
<h2>Vad kostar verksamheten?</h2>
<p>En plats i förskolan kostar i genomsnitt 168 000 kronor per barn och år. En elev i grundskolan kostar cirka 121 500 kronor per år. En plats på särskilt boende för äldre kostar omkring 1,1 miljoner kronor per år.</p>
<p>Avgifterna från brukarna täcker bara en liten del av kostnaden. Inom äldreomsorgen täcker avgifterna cirka 4 procent av kostnaderna.</p>
<h2>Mer information</h2>
<p>Läs mer i <a href="/kommun-och-politik/ekonomi/mal-och-budget">Mål och budget 2025 med plan 2026–2027</a> och i <a href="/kommun-och-politik/ekonomi/arsredovisning">Årsredovisning 2024</a>.</p>
<p class="updated">Senast uppdaterad: 2025-01-20</p>
<p class="owner">Sidansvarig: Ekonomiavdelningen</p>
</article>
"""
    s = HTML_HEAD.format(title="Så används din skatt - Sala kommun", kommun="Sala kommun", nav=nav,
                         crumbs='<a href="/kommun-och-politik">Kommun och politik</a> / <a href="/kommun-och-politik/ekonomi">Ekonomi</a> / Så används din skatt')
    s += body + HTML_FOOT.format(kommun="Sala kommun", address="Box 304, 733 25 Sala", phone="0224-74 70 00",
                                 email="kommunen@sala.se")
    with open(out, "w", encoding="utf-8") as f:
        f.write(s)


OMBUD = [("Renovering Ekebyskolan", 18000, 9400, 8600),
         ("Äldreboendet Ängshagen", 42500, 41200, 1300),
         ("Gång- och cykelväg Ösaby–centrum", 3500, 1100, 2400),
         ("Exploatering Norra Ekeby, etapp 1", 12000, 7250, 4750),
         ("Konstgräsplan Lärkans IP", 2000, 350, 1650)]


def protokoll_docx(out):
    doc = docx.Document()
    st = doc.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
    doc.add_heading("SAMMANTRÄDESPROTOKOLL", level=1)
    doc.add_paragraph("Kommunstyrelsen, Sala kommun")
    doc.add_paragraph("Sammanträdesdatum: 2025-03-11")
    doc.add_paragraph("Plats och tid: Stadshuset, sammanträdesrum Sandstugan, kl. 09.00–12.15")
    doc.add_paragraph("Beslutande: Carina Ekström (M), ordförande; Johan Berglund (S), förste vice ordförande; "
                      "Per Nilsson (SD); Ann-Sofie Gran (C); Lennart Öhman (KD); Maria Lind (S); Erik Sund (L); "
                      "Helena Åkerman (SD); Tobias Frid (V)")
    doc.add_paragraph("Justerare: Johan Berglund (S)")
    doc.add_paragraph("Sekreterare: Linda Forsberg")

    doc.add_heading("§ 44 Godkännande av dagordning", level=2)
    doc.add_paragraph("Kommunstyrelsen godkänner dagordningen.")

    doc.add_heading("§ 45 Ombudgetering av investeringsmedel från 2024 till 2025", level=2)
    doc.add_paragraph("Dnr KS 2025/38")
    doc.add_paragraph("Ärendebeskrivning")
    doc.add_paragraph("Flera investeringsprojekt har inte slutförts under 2024. Enligt de ekonomiska styrprinciperna "
                      "kan ej förbrukade medel ombudgeteras till nästkommande år efter beslut i kommunstyrelsen. "
                      "Ekonomiavdelningen har sammanställt nämndernas begäran i tabellen nedan.")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Projekt", "Budget 2024 (tkr)", "Utfall 2024 (tkr)", "Ombudgeteras till 2025 (tkr)"]):
        t.rows[0].cells[i].text = h
    for p in OMBUD:
        c = t.add_row().cells
        c[0].text = p[0]
        for i in range(1, 4):
            c[i].text = fmt(p[i], 0)
    c = t.add_row().cells
    c[0].text = "Summa"
    for i in range(1, 4):
        c[i].text = fmt(sum(p[i] for p in OMBUD), 0)
    tot = sum(p[3] for p in OMBUD)
    doc.add_paragraph("Beslut")
    doc.add_paragraph(f"Kommunstyrelsen beslutar att ombudgetera {fmt(tot,0)} tkr från investeringsbudget 2024 till "
                      "investeringsbudget 2025 i enlighet med tabellen ovan, samt att finansieringen sker inom ramen för "
                      "den beslutade upplåningen.")
    doc.add_paragraph("Reservation")
    doc.add_paragraph("Per Nilsson (SD) och Helena Åkerman (SD) reserverar sig mot beslutet till förmån för eget "
                      "yrkande om att inte ombudgetera medel för konstgräsplanen på Lärkans IP.")

    doc.add_heading("§ 46 Feriearbeten för ungdomar sommaren 2025", level=2)
    doc.add_paragraph("Dnr KS 2025/41")
    doc.add_paragraph("Kommunen erbjuder sedan 2019 feriearbete till ungdomar som har gått ut årskurs 9 eller årskurs 1 "
                      "på gymnasiet. Sommaren 2024 fick 164 ungdomar feriearbete. Arbetsmarknadsenheten föreslår att "
                      "200 platser erbjuds 2025, vilket kräver ett tillskott om 700 000 kronor.")
    doc.add_paragraph("Beslut")
    doc.add_paragraph("Kommunstyrelsen beslutar att avsätta 700 000 kronor ur kommunstyrelsens oförutsedda medel för "
                      "feriearbeten sommaren 2025.")
    doc.add_paragraph("Beslutet är enhälligt.")

    doc.add_heading("§ 47 Motion om gratis kollektivtrafik för pensionärer", level=2)
    doc.add_paragraph("Dnr KS 2024/203")
    doc.add_paragraph("Tobias Frid (V) har i en motion föreslagit att kommunen inför avgiftsfri kollektivtrafik för "
                      "invånare över 75 år utanför rusningstid. Kostnaden har beräknats till cirka 2,3 miljoner kronor per år.")
    doc.add_paragraph("Beslut")
    doc.add_paragraph("Kommunstyrelsen föreslår kommunfullmäktige att avslå motionen.")
    doc.add_paragraph("Reservation")
    doc.add_paragraph("Tobias Frid (V) och Maria Lind (S) reserverar sig mot beslutet till förmån för bifall till motionen.")

    doc.add_paragraph("Vid protokollet: Linda Forsberg")
    doc.add_paragraph("Justeras: Carina Ekström (M), ordförande; Johan Berglund (S), justerare")
    cp = doc.core_properties
    cp.author = "Sala kommun"; cp.title = "Protokoll kommunstyrelsen 2025-03-11"
    cp.created = FIXED_DT.replace(tzinfo=None); cp.modified = FIXED_DT.replace(tzinfo=None); cp.last_modified_by = "Sala kommun"
    cp.revision = 1
    doc.save(out)
    normalize_zip(out)


def stat_xlsx(out):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Förskola"
    ws.append(["Inskrivna barn i förskola och pedagogisk omsorg, Sala kommun 2019–2024"])
    ws.append(["Antal barn den 15 oktober respektive år"])
    ws.append(["År", "Kommunal förskola", "Fristående förskola", "Pedagogisk omsorg", "Totalt", "Andel i fristående verksamhet (%)"])
    data = [(2019, 1012, 186, 41), (2020, 1004, 191, 38), (2021, 1021, 198, 33), (2022, 1035, 204, 30),
            (2023, 1049, 209, 26), (2024, 1066, 212, 22)]
    for y, a, b, c in data:
        ws.append([y, a, b, c, a + b + c, round(100 * b / (a + b + c), 1)])
    ws.append([])
    ws.append(["Källa: Skolverket och Sala kommun, bildningsförvaltningen."])
    ws["A1"].font = Font(bold=True, size=13)
    for c in ws[3]:
        c.font = Font(bold=True)
    ws2 = wb.create_sheet("Grundskola")
    ws2.append(["Elever i grundskola och kostnad per elev, Sala kommun"])
    ws2.append(["Antal elever (folkbokförda i kommunen) och kostnad i kronor per elev"])
    ws2.append(["Läsår", "Åk F–3", "Åk 4–6", "Åk 7–9", "Totalt elever", "Kostnad per elev (kr)", "Varav undervisning (kr)"])
    data2 = [("2020/21", 1098, 812, 790, 117300, 61200), ("2021/22", 1105, 826, 801, 118900, 62100),
             ("2022/23", 1090, 841, 815, 119800, 62700), ("2023/24", 1082, 855, 822, 120600, 63500),
             ("2024/25", 1076, 860, 838, 121500, 64300)]
    for l, a, b, c, k, u in data2:
        ws2.append([l, a, b, c, a + b + c, k, u])
    ws2["A1"].font = Font(bold=True, size=13)
    for c in ws2[3]:
        c.font = Font(bold=True)
    wb.properties.creator = "Sala kommun"
    wb.properties.created = FIXED_DT.replace(tzinfo=None)
    wb.properties.modified = FIXED_DT.replace(tzinfo=None)
    wb.save(out)
    normalize_zip(out)


def press_md(out):
    tot = 38500 + 14000
    s = f"""# Byggstart för ny förskola i Västerby

**Pressmeddelande, Sala kommun, 2025-02-18**

Nu är det klart att bygget av den nya förskolan i Västerby startar i april 2025. Förskolan får åtta avdelningar med plats för 120 barn och beräknas stå klar till höstterminen 2026.

– Västerby växer snabbt och många barnfamiljer har flyttat hit. Med den nya förskolan kan vi erbjuda plats nära hemmet och samtidigt avveckla två tillfälliga paviljonger, säger Carina Ekström (M), kommunstyrelsens ordförande.

Den totala investeringen är {fmt(tot/1000,1)} miljoner kronor. Byggnaden uppförs i trä och får solceller på taket som beräknas ge 85 000 kWh per år. Totalentreprenör är Mälardalens Bygg AB, som vann upphandlingen bland fem anbudsgivare.

När förskolan är i drift beräknas de årliga driftkostnaderna öka med 4,2 miljoner kronor, främst för lokalhyra och måltider. Personalkostnaderna flyttas i huvudsak från de paviljonger som avvecklas.

## Fakta

- Antal platser: 120
- Antal avdelningar: 8
- Byggstart: april 2025
- Inflyttning: augusti 2026
- Total investering: {fmt(tot/1000,1)} miljoner kronor

## Kontakt

Sofia Wennberg, förvaltningschef bildningsförvaltningen, 0224-74 71 20
Carina Ekström (M), kommunstyrelsens ordförande, 0224-74 70 05
"""
    with open(out, "w", encoding="utf-8") as f:
        f.write(s)


def build(outdir):
    os.makedirs(outdir, exist_ok=True)
    budget_pdf(os.path.join(outdir, "mal-och-budget-2025-plan-2026-2027.pdf"))
    ar_pdf(os.path.join(outdir, "arsredovisning-2024.pdf"))
    html(os.path.join(outdir, "sa-anvands-din-skatt.html"))
    protokoll_docx(os.path.join(outdir, "protokoll-ks-2025-03-11.docx"))
    stat_xlsx(os.path.join(outdir, "statistik-forskola-grundskola.xlsx"))
    press_md(os.path.join(outdir, "pressmeddelande-forskola-vasterby.md"))
