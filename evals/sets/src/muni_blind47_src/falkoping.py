"""Falköpings kommun: invented but internally consistent documents."""
import docx
from docx.shared import Pt
import openpyxl
from openpyxl.styles import Font

from common import Doc, fmt, fix_zip, html_page, html_table, FIXED_DT

POP_2025 = 33950

# ---------------- Resultatbudget (mnkr) ----------------
YEARS = ["Utfall 2023", "Prognos 2024", "Budget 2025", "Plan 2026", "Plan 2027"]
RB = {
    "int": [587.9, 598.1, 612.4, 624.0, 636.5],
    "kost": [-2712.4, -2833.8, -2928.7, -3012.5, -3094.9],
    "avskr": [-104.9, -112.6, -118.3, -124.8, -131.0],
    "skatt": [1752.3, 1831.9, 1892.5, 1951.7, 2014.0],
    "bidrag": [536.1, 574.2, 612.8, 628.4, 640.3],
    "finint": [12.4, 14.6, 14.2, 13.8, 13.5],
    "finkost": [-29.7, -41.2, -38.9, -44.1, -47.6],
}
def r1(x):
    return round(x + 1e-9, 1)
RB["netto"] = [r1(a + b + c) for a, b, c in zip(RB["int"], RB["kost"], RB["avskr"])]
RB["vres"] = [r1(a + b + c) for a, b, c in zip(RB["netto"], RB["skatt"], RB["bidrag"])]
RB["res"] = [r1(a + b + c) for a, b, c in zip(RB["vres"], RB["finint"], RB["finkost"])]

# ---------------- Driftbudget per nämnd (mnkr) ----------------
NAMNDER = [
    ("Kommunstyrelsen", 168.4, 174.9, 165.9),
    ("Barn- och utbildningsnämnden", 1012.6, 1048.3, 1016.8),
    ("Socialnämnden", 842.7, 881.5, 857.0),
    ("Kompetens- och arbetslivsnämnden", 118.2, 122.7, 116.5),
    ("Kultur- och fritidsnämnden", 71.3, 73.8, 70.9),
    ("Tekniska nämnden", 96.5, 99.2, 98.1),
    ("Byggnadsnämnden", 14.8, 15.6, 14.2),
    ("Överförmyndarnämnden och valnämnden", 4.1, 4.6, 4.0),
    ("Revisionen", 2.3, 2.4, 2.3),
]
FINANS = (9.8, 11.6, 2.6)  # budget 2024, budget 2025, prognos 2024

# ---------------- Investeringsbudget (tkr) ----------------
INVEST = [
    ("Kommunstyrelsen", [
        ("IT-infrastruktur och nätverk", 6500, 6000, 6000),
        ("Bredbandsutbyggnad landsbygd", 4000, 3000, 0),
    ]),
    ("Tekniska nämnden – fastigheter", [
        ("Ny förskola i Stenstorp", 38000, 24000, 0),
        ("Idrottshall Mösseberg", 55000, 70000, 20000),
        ("Renovering Ållebergsgymnasiet", 40000, 65000, 80000),
        ("Energieffektivisering i kommunala lokaler", 12000, 12000, 12000),
        ("Reinvesteringar fastigheter", 28000, 28000, 30000),
    ]),
    ("Tekniska nämnden – gata och park", [
        ("Gång- och cykelvägar", 9500, 8000, 8000),
        ("Beläggningsunderhåll", 14000, 14500, 15000),
        ("Stadsparken etapp 2", 6200, 0, 0),
        ("Trafiksäkerhetsåtgärder", 3400, 3000, 3000),
    ]),
    ("Vatten och avlopp (taxefinansierat)", [
        ("Nytt avloppsreningsverk i Floby", 82000, 95000, 70000),
        ("Förnyelse av VA-ledningar", 22000, 24000, 25000),
    ]),
    ("Barn- och utbildningsnämnden", [
        ("Inventarier skolor och förskolor", 5000, 4500, 4500),
        ("Digitala verktyg", 3000, 3000, 3000),
    ]),
    ("Socialnämnden", [
        ("Välfärdsteknik", 2500, 2500, 2000),
        ("Inventarier särskilda boenden", 1500, 1000, 1000),
    ]),
    ("Kultur- och fritidsnämnden", [
        ("Konstgräsplan Odenvallen", 8000, 0, 0),
        ("Inventarier fritidsgårdar", 1200, 800, 800),
    ]),
]
INV_TOT = [sum(p[i] for _, ps in INVEST for p in ps) for i in (1, 2, 3)]

# ---------------- Balansbudget (mnkr) ----------------
BB = {
    "anl": [3412.6, 3598.4, 3842.7, 4061.2, 4235.9],
    "oms": [498.3, 455.0, 430.8, 442.1, 451.6],
    "ek": [1624.5, 1655.7, 1701.7, 1738.2, 1769.0],
    "avs": [212.4, 219.8, 228.1, 236.5, 244.0],
    "lfs": [1410.0, 1560.0, 1720.0, 1850.0, 1940.0],
}
BB["tot"] = [r1(a + b) for a, b in zip(BB["anl"], BB["oms"])]
BB["kfs"] = [r1(t - e - a - l) for t, e, a, l in zip(BB["tot"], BB["ek"], BB["avs"], BB["lfs"])]


def m(v, dec=1):
    return fmt(v, dec)


def budget_pdf(path):
    pdf = Doc("Falköpings kommun", "Mål och budget 2025 med plan 2026–2027")
    # cover
    pdf.add_page()
    pdf.set_font("DV", "B", 26)
    pdf.ln(50)
    pdf.multi_cell(0, 13, "Mål och budget 2025\nmed plan 2026–2027", align="C")
    pdf.ln(8)
    pdf.set_font("DV", "", 14)
    pdf.multi_cell(0, 8, "Falköpings kommun", align="C")
    pdf.ln(30)
    pdf.set_font("DV", "", 10)
    pdf.multi_cell(0, 6, "Antagen av kommunfullmäktige den 25 november 2024, § 131\nDnr KS 2024/00187", align="C")

    # contents
    pdf.add_page()
    pdf.h1("Innehåll")
    pdf.set_font("DV", "", 10)
    for t, p in [("Förord", 3), ("Omvärld och ekonomiska förutsättningar", 4), ("Vision, målområden och finansiella mål", 5),
                 ("Resultatbudget", 6), ("Balansbudget", 7), ("Kassaflödesbudget", 8), ("Driftbudget per nämnd", 9),
                 ("Investeringsbudget", 11), ("Nämndernas uppdrag och särskilda satsningar", 13), ("Ekonomisk ordlista", 14)]:
        pdf.cell(150, 6, t)
        pdf.cell(0, 6, str(p), align="R", new_x="LMARGIN", new_y="NEXT")

    # foreword
    pdf.add_page()
    pdf.h1("Förord")
    pdf.para("Falköping är en kommun som växer, långsamt men stadigt. Vi är nu nästan 34 000 invånare och "
             "fler familjer väljer att bo i våra tätorter och på landsbygden. Det är glädjande, men det ställer "
             "också krav på att vi bygger förskolor, skolor och bostäder i rätt takt.")
    pdf.para("Budgeten för 2025 är skriven i en tid då kostnaderna för pensioner, räntor och försörjningsstöd ökar "
             "snabbare än skatteintäkterna. Vi har därför valt att prioritera kärnverksamheten. Skattesatsen lämnas "
             "oförändrad på 22,14 kronor per skattekrona, och vi budgeterar ett resultat på 46,0 miljoner kronor för 2025.")
    pdf.para("För att klara detta genomför nämnderna effektiviseringar på sammanlagt 18,6 miljoner kronor. "
             "Samtidigt satsar vi 4,7 miljoner kronor på fler undersköterskor i hemtjänsten och 700 000 kronor på "
             "avgiftsfria sommarlovsaktiviteter för barn och unga. Socialnämnden får det största tillskottet i kronor räknat.")
    pdf.para("Investeringarna är fortsatt höga. Den nya förskolan i Stenstorp, idrottshallen på Mösseberg och det nya "
             "avloppsreningsverket i Floby är de största projekten under planperioden. Vi lånar för en del av "
             "investeringarna, men vi gör det med sikte på att självfinansieringsgraden ska öka igen från 2027.")
    pdf.para("Jag vill tacka alla medarbetare som varje dag gör Falköping till en bättre plats att leva i.")
    pdf.para("Annika Strand (KD)\nKommunstyrelsens ordförande")

    # omvärld
    pdf.add_page()
    pdf.h1("Omvärld och ekonomiska förutsättningar")
    pdf.h2("Befolkning")
    pdf.para("Budgeten bygger på ett antagande om 33 950 invånare den 1 november 2024, vilket är den folkmängd som "
             "skatteintäkterna för 2025 beräknas på. Befolkningen antas därefter öka med cirka 100 personer per år. "
             "Antalet invånare som är 80 år eller äldre väntas öka med 4 procent under 2025.")
    pdf.h2("Skatteunderlag och statsbidrag")
    pdf.para("Skatteintäkter och generella statsbidrag har beräknats utifrån Sveriges Kommuner och Regioners "
             "prognos från oktober 2024. Skatteunderlaget väntas växa med 3,4 procent 2025, 3,6 procent 2026 och "
             "3,5 procent 2027. Det generella statsbidraget till kommunerna höjs med 5 miljarder kronor 2025, vilket "
             "för Falköpings del motsvarar cirka 16,2 miljoner kronor.")
    pdf.h2("Pensioner, räntor och löner")
    pdf.para("Pensionskostnaderna ökar med 12,3 miljoner kronor mellan 2024 och 2025, främst på grund av höga "
             "avtalsuppräkningar. Budgeten räknar med en genomsnittlig upplåningsränta på 3,2 procent. "
             "Löneökningarna har beräknats till 3,3 procent för 2025. Nämnderna kompenseras för löneökningar "
             "men inte för prisökningar, vilket i praktiken är ett effektiviseringskrav.")
    pdf.h2("Känslighetsanalys")
    pdf.para("En procents löneökning motsvarar cirka 15 miljoner kronor. En höjning av skattesatsen med 10 öre "
             "ger ungefär 8,6 miljoner kronor i ökade skatteintäkter. En ökning av räntan med en procentenhet "
             "kostar cirka 14 miljoner kronor per år när låneskulden har nått budgeterad nivå.")

    # mål
    pdf.add_page()
    pdf.h1("Vision, målområden och finansiella mål")
    pdf.para("Kommunens vision är \"Falköping – en plats att växa i\". Kommunfullmäktige har beslutat om fyra "
             "målområden för mandatperioden 2023–2026:")
    pdf.bullets(["Attraktiv kommun att bo och leva i",
                 "Goda förutsättningar för lärande",
                 "Hållbar tillväxt och ett starkt näringsliv",
                 "En trygg och jämlik välfärd"])
    pdf.h2("Finansiella mål")
    pdf.para("För att säkra en god ekonomisk hushållning har kommunfullmäktige fastställt tre finansiella mål.")
    fm = [
        ["Årets resultat i procent av skatteintäkter och statsbidrag", "2,0 %", "1,8 %"],
        ["Självfinansieringsgrad av investeringar (skattefinansierade)", "70 %", "73 %"],
        ["Soliditet inklusive pensionsåtaganden", "minst 20 %", "22 %"],
    ]
    pdf.table([["Mål", "Målvärde", "Budget 2025"]], fm, [120, 25, 25], size=8.5)
    pdf.para("Resultatmålet nås inte fullt ut 2025. Budgeterat resultat motsvarar 1,8 procent av skatteintäkter och "
             "generella statsbidrag. Målet bedöms nås först 2027 under förutsättning att planerade effektiviseringar genomförs.")

    # resultatbudget
    pdf.add_page()
    pdf.h1("Resultatbudget")
    hdr = [["", "Not", "Utfall", "Prognos", "Budget", "Plan", "Plan"],
           ["Belopp i mnkr", "", "2023", "2024", "2025", "2026", "2027"]]
    W = [62, 10, 20, 20, 20, 20, 20]
    rows = []
    def rrow(label, key, note=""):
        rows.append([label, note] + [m(v) for v in RB[key]])
    rrow("Verksamhetens intäkter", "int", "1")
    rrow("Verksamhetens kostnader", "kost", "2")
    rrow("Avskrivningar", "avskr")
    rrow("Verksamhetens nettokostnader", "netto")
    rrow("Skatteintäkter", "skatt", "3")
    rrow("Generella statsbidrag och utjämning", "bidrag", "3")
    rrow("Verksamhetens resultat", "vres")
    rrow("Finansiella intäkter", "finint")
    rrow("Finansiella kostnader", "finkost", "4")
    rrow("Resultat efter finansiella poster", "res")
    rrow("Årets resultat", "res")
    pdf.table(hdr, rows, W, bold_rows={3, 6, 9, 10})
    pdf.note("Not 1: Intäkterna inkluderar VA-kollektivets taxeintäkter. Not 2: Kostnaderna inkluderar "
             "effektiviseringar på 18,6 mnkr 2025. Not 3: Enligt SKR:s prognos oktober 2024 (cirkulär 24:43). "
             "Not 4: Räntekostnaden är beräknad med en genomsnittlig ränta på 3,2 procent.")
    pdf.para("Verksamhetens nettokostnader ökar med 3,7 procent mellan prognosen för 2024 och budget 2025. "
             "Skatteintäkter och generella statsbidrag ökar med 4,3 procent under samma period.")

    # balansbudget
    pdf.add_page()
    pdf.h1("Balansbudget")
    hdr = [["", "Bokslut", "Prognos", "Budget", "Plan", "Plan"],
           ["Belopp i mnkr", "2023", "2024", "2025", "2026", "2027"]]
    W = [72, 20, 20, 20, 20, 20]
    rows = [["TILLGÅNGAR", "", "", "", "", ""]]
    rows.append(["Anläggningstillgångar"] + [m(v) for v in BB["anl"]])
    rows.append(["Omsättningstillgångar"] + [m(v) for v in BB["oms"]])
    rows.append(["Summa tillgångar"] + [m(v) for v in BB["tot"]])
    rows.append(["EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER", "", "", "", "", ""])
    rows.append(["Eget kapital"] + [m(v) for v in BB["ek"]])
    rows.append(["  varav årets resultat"] + [m(v) for v in RB["res"]])
    rows.append(["Avsättningar för pensioner"] + [m(v) for v in BB["avs"]])
    rows.append(["Långfristiga skulder"] + [m(v) for v in BB["lfs"]])
    rows.append(["Kortfristiga skulder"] + [m(v) for v in BB["kfs"]])
    rows.append(["Summa eget kapital, avsättningar och skulder"] + [m(v) for v in BB["tot"]])
    pdf.table(hdr, rows, W, bold_rows={3, 10}, section_rows={0, 4}, size=8)
    pdf.para("Den långfristiga låneskulden ökar netto med 160 miljoner kronor under 2025 till följd av den höga "
             "investeringsnivån. Soliditeten, det vill säga eget kapital i förhållande till totala tillgångar, "
             "beräknas uppgå till " + m(BB["ek"][2] / BB["tot"][2] * 100) + " procent vid utgången av 2025.")

    # kassaflöde
    pdf.add_page()
    pdf.h1("Kassaflödesbudget")
    res = RB["res"][2:]
    avs = [-a for a in RB["avskr"][2:]]
    avsj = [8.3, 8.4, 7.5]
    lop = [r1(a + b + c) for a, b, c in zip(res, avs, avsj)]
    inv = [-t / 1000 for t in INV_TOT]
    forsalj = [4.0, 2.0, 2.0]
    invv = [r1(a + b) for a, b in zip(inv, forsalj)]
    lan = [180.0, 150.0, 110.0]
    amort = [-20.0, -20.0, -20.0]
    finv = [r1(a + b) for a, b in zip(lan, amort)]
    kf = [r1(a + b + c) for a, b, c in zip(lop, invv, finv)]
    hdr = [["Belopp i mnkr", "Budget 2025", "Plan 2026", "Plan 2027"]]
    W = [90, 26, 26, 26]
    rows = [["DEN LÖPANDE VERKSAMHETEN", "", "", ""],
            ["Årets resultat"] + [m(v) for v in res],
            ["Justering för avskrivningar"] + [m(v) for v in avs],
            ["Justering för avsättningar"] + [m(v) for v in avsj],
            ["Medel från den löpande verksamheten"] + [m(v) for v in lop],
            ["INVESTERINGSVERKSAMHETEN", "", "", ""],
            ["Investering i materiella anläggningstillgångar"] + [m(v) for v in inv],
            ["Försäljning av materiella anläggningstillgångar"] + [m(v) for v in forsalj],
            ["Kassaflöde från investeringsverksamheten"] + [m(v) for v in invv],
            ["FINANSIERINGSVERKSAMHETEN", "", "", ""],
            ["Nyupptagna lån"] + [m(v) for v in lan],
            ["Amortering av skuld"] + [m(v) for v in amort],
            ["Kassaflöde från finansieringsverksamheten"] + [m(v) for v in finv],
            ["Årets kassaflöde"] + [m(v) for v in kf]]
    pdf.table(hdr, rows, W, bold_rows={4, 8, 12, 13}, section_rows={0, 5, 9})

    # driftbudget per nämnd, split over a page break with header repeated
    pdf.add_page()
    pdf.h1("Driftbudget per nämnd")
    pdf.para("Tabellen visar nämndernas nettokostnadsramar (kommunbidrag). Ramarna för 2025 inkluderar "
             "kompensation för löneökningar och de särskilda satsningar som beskrivs i avsnittet om nämndernas uppdrag. "
             "Kolumnen kr per invånare är beräknad på 33 950 invånare.")
    pdf.para("Den största ökningen i kronor räknat får Socialnämnden, som bland annat får medel för ökade volymer inom "
             "hemtjänsten och för fler platser i särskilt boende. Byggnadsnämndens ram ökar för att korta "
             "handläggningstiderna för bygglov.")
    pdf.para("Kommunstyrelsens ram innefattar bland annat kostnader för räddningstjänst, kollektivtrafik, "
             "näringslivsarbete och gemensam administration. Kompetens- och arbetslivsnämnden ansvarar för "
             "gymnasieskola, vuxenutbildning och arbetsmarknadsåtgärder.")
    pdf.ln(70)
    hdr = [["", "Budget", "Budget", "Förändring", "Förändring", "Kr per inv."],
           ["Nettokostnad, mnkr", "2024", "2025", "mnkr", "%", "2025"]]
    W = [64, 20, 20, 22, 22, 22]
    rows = []
    for n, b24, b25, _ in NAMNDER:
        rows.append([n, m(b24), m(b25), m(r1(b25 - b24)), m((b25 / b24 - 1) * 100), fmt(b25 * 1e6 / POP_2025, 0)])
    s24 = r1(sum(x[1] for x in NAMNDER)); s25 = r1(sum(x[2] for x in NAMNDER))
    rows.append(["Summa nämnder", m(s24), m(s25), m(r1(s25 - s24)), m((s25 / s24 - 1) * 100), fmt(s25 * 1e6 / POP_2025, 0)])
    rows.append(["Finansförvaltning¹", m(FINANS[0]), m(FINANS[1]), m(r1(FINANS[1] - FINANS[0])), "", fmt(FINANS[1] * 1e6 / POP_2025, 0)])
    t24 = r1(s24 + FINANS[0]); t25 = r1(s25 + FINANS[1])
    rows.append(["Verksamhetens nettokostnader", m(t24), m(t25), m(r1(t25 - t24)), m((t25 / t24 - 1) * 100), fmt(t25 * 1e6 / POP_2025, 0)])
    assert abs(t25 + RB["netto"][2]) < 0.05, (t25, RB["netto"][2])
    pdf.table(hdr, rows[:4], W)
    pdf.add_page()
    pdf.set_font("DV", "B", 9)
    pdf.cell(0, 6, "Driftbudget per nämnd (forts.)", new_x="LMARGIN", new_y="NEXT")
    pdf.table(hdr, rows[4:], W, bold_rows={len(rows) - 7, len(rows) - 5})
    pdf.note("¹ Finansförvaltningen omfattar pensioner, arbetsgivaravgifter som inte fördelas till nämnderna samt "
             "en central reserv på 5,0 mnkr för oförutsedda kostnader.")
    pdf.para("Jämfört med budget 2024 ökar nämndernas sammanlagda ramar med " + m(r1(s25 - s24)) + " mnkr.")

    # investeringsbudget (landscape)
    pdf.add_page(orientation="L")
    pdf.h1("Investeringsbudget 2025–2027")
    hdr = [["Projekt", "Budget 2025", "Plan 2026", "Plan 2027", "Totalt 2025–2027"]]
    W = [120, 32, 32, 32, 40]
    rows = []; sect = set(); bold = set()
    for sname, projs in INVEST:
        sect.add(len(rows)); rows.append([sname, "", "", "", ""])
        for p in projs:
            rows.append(["  " + p[0], fmt(p[1], 0), fmt(p[2], 0), fmt(p[3], 0), fmt(p[1] + p[2] + p[3], 0)])
        st = [sum(p[i] for p in projs) for i in (1, 2, 3)]
        bold.add(len(rows)); rows.append(["Summa " + sname.split(" – ")[0].split(" (")[0].lower() if False else "Summa", fmt(st[0], 0), fmt(st[1], 0), fmt(st[2], 0), fmt(sum(st), 0)])
    bold.add(len(rows)); rows.append(["Totalt investeringar", fmt(INV_TOT[0], 0), fmt(INV_TOT[1], 0), fmt(INV_TOT[2], 0), fmt(sum(INV_TOT), 0)])
    pdf.set_font("DV", "", 9)
    pdf.cell(0, 5, "Belopp i tkr", new_x="LMARGIN", new_y="NEXT")
    pdf.table(hdr, rows, W, bold_rows=bold, section_rows=sect, size=8)

    # uppdrag
    pdf.add_page(orientation="P")
    pdf.h1("Nämndernas uppdrag och särskilda satsningar")
    pdf.h2("Socialnämnden")
    pdf.para("Socialnämnden får ett tillskott för att möta ökade volymer inom hemtjänsten. Av tillskottet är "
             "4,7 miljoner kronor öronmärkta för att anställa cirka tio fler undersköterskor. Nämnden får också i "
             "uppdrag att minska kostnaderna för externa placeringar av barn och unga med 6 miljoner kronor till 2026.")
    pdf.h2("Barn- och utbildningsnämnden")
    pdf.para("Barn- och utbildningsnämnden ska under 2025 öppna den tillfälliga förskolan Paviljongen i Stenstorp med "
             "40 platser i väntan på den nya förskolan. Nämndens effektiviseringskrav uppgår till 7,9 miljoner kronor, "
             "vilket motsvarar den största delen av kommunens samlade effektiviseringar.")
    pdf.h2("Kultur- och fritidsnämnden")
    pdf.para("Kultur- och fritidsnämnden ansvarar för de avgiftsfria sommarlovsaktiviteterna som finansieras med "
             "700 000 kronor. Biblioteket i Floby får utökade öppettider med meröppet från hösten 2025.")
    pdf.h2("Tekniska nämnden")
    pdf.para("Tekniska nämnden ansvarar för de stora byggprojekten. Idrottshallen på Mösseberg beräknas kosta "
             "145 miljoner kronor och planeras att stå klar till höstterminen 2027. Nämnden ska också ta fram en "
             "plan för att sänka energianvändningen i kommunens lokaler med 15 procent till 2030.")
    pdf.h2("Kommunstyrelsen")
    pdf.para("Kommunstyrelsen ska under 2025 genomföra en översyn av den politiska organisationen inför "
             "mandatperioden 2027–2030. Kostnaden för översynen beräknas till 350 000 kronor och ryms inom ram.")

    pdf.add_page()
    pdf.h1("Ekonomisk ordlista")
    for term, d in [("Avskrivning", "Planmässig nedsättning av en anläggningstillgångs värde."),
                    ("Balansbudget", "Visar den ekonomiska ställningen vid årets slut."),
                    ("Kassaflödesbudget", "Visar hur medel tillförs och används under året."),
                    ("Nettokostnad", "Verksamhetens kostnader efter avdrag för intäkter som avgifter och bidrag."),
                    ("Självfinansieringsgrad", "Hur stor del av investeringarna som kan betalas med egna medel."),
                    ("Soliditet", "Eget kapital i förhållande till totala tillgångar.")]:
        pdf.set_font("DV", "B", 10); pdf.cell(0, 6, term, new_x="LMARGIN", new_y="NEXT")
        pdf.para(d)
    pdf.output(str(path))


def delar_pdf(path):
    pdf = Doc("Falköpings kommun", "Delårsrapport januari–augusti 2024")
    pdf.add_page()
    pdf.set_font("DV", "B", 24); pdf.ln(60)
    pdf.multi_cell(0, 12, "Delårsrapport\njanuari–augusti 2024", align="C")
    pdf.set_font("DV", "", 13); pdf.ln(8)
    pdf.multi_cell(0, 8, "Falköpings kommun", align="C")
    pdf.set_font("DV", "", 10); pdf.ln(30)
    pdf.multi_cell(0, 6, "Behandlad av kommunstyrelsen 2024-10-07", align="C")

    pdf.add_page()
    pdf.h1("Sammanfattning")
    pdf.para("Kommunens resultat för perioden januari–augusti 2024 uppgår till 80,4 miljoner kronor. "
             "Prognosen för helåret är ett resultat på 31,2 miljoner kronor, vilket är 7,6 miljoner kronor sämre än "
             "det budgeterade resultatet på 38,8 miljoner kronor.")
    pdf.para("Nämnderna prognostiserar sammantaget ett underskott. Störst avvikelse har Socialnämnden med "
             "-14,3 miljoner kronor, som främst beror på ökade kostnader för externa placeringar av barn och unga "
             "samt fler timmar i hemtjänsten. Finansförvaltningen väntas visa ett överskott på 7,2 miljoner kronor "
             "tack vare lägre pensionskostnader än budgeterat.")
    pdf.para("Den 30 juni 2024 hade Falköpings kommun 33 912 invånare, en ökning med 58 personer sedan årsskiftet.")
    pdf.para("Investeringarna uppgick till 148,3 miljoner kronor under perioden. Helårsprognosen är 286,0 miljoner "
             "kronor, att jämföra med en investeringsbudget på 331,5 miljoner kronor inklusive ombudgeteringar från 2023.")
    pdf.para("Den totala sjukfrånvaron bland kommunens medarbetare var 7,1 procent under perioden, en minskning från "
             "7,6 procent samma period 2023.")

    pdf.add_page()
    pdf.h1("Resultaträkning")
    ua23 = dict(int=402.8, kost=-1812.4, avskr=-69.1, skatt=1166.2, bidrag=357.4, finint=8.9, finkost=-19.4)
    ua24 = dict(int=421.5, kost=-1853.8, avskr=-74.3, skatt=1221.3, bidrag=382.8, finint=10.1, finkost=-27.2)
    b24 = dict(int=590.0, kost=-2820.6, avskr=-110.1, skatt=1828.6, bidrag=574.2, finint=13.0, finkost=-36.3)
    p24 = {k: RB[k][1] for k in ("int", "kost", "avskr", "skatt", "bidrag", "finint", "finkost")}
    cols = [ua23, ua24, b24, p24]
    for c in cols:
        c["netto"] = r1(c["int"] + c["kost"] + c["avskr"])
        c["vres"] = r1(c["netto"] + c["skatt"] + c["bidrag"])
        c["res"] = r1(c["vres"] + c["finint"] + c["finkost"])
    assert abs(ua24["res"] - 80.4) < 0.05, ua24["res"]
    assert abs(b24["res"] - 38.8) < 0.05, b24["res"]
    assert abs(p24["res"] - 31.2) < 0.05, p24["res"]
    hdr = [["", "Utfall", "Utfall", "Budget", "Prognos", "Avvikelse"],
           ["Mnkr", "jan–aug 2023", "jan–aug 2024", "2024", "2024", "mot budget"]]
    W = [62, 22, 22, 20, 20, 22]
    rows = []
    for lab, k in [("Verksamhetens intäkter", "int"), ("Verksamhetens kostnader", "kost"), ("Avskrivningar", "avskr"),
                   ("Verksamhetens nettokostnader", "netto"), ("Skatteintäkter", "skatt"),
                   ("Generella statsbidrag och utjämning", "bidrag"), ("Verksamhetens resultat", "vres"),
                   ("Finansiella intäkter", "finint"), ("Finansiella kostnader", "finkost"), ("Periodens/årets resultat", "res")]:
        rows.append([lab] + [m(c[k]) for c in cols] + [m(r1(p24[k] - b24[k]))])
    pdf.table(hdr, rows, W, bold_rows={3, 6, 9}, size=8)
    pdf.para("Skatteintäkterna beräknas bli 3,3 miljoner kronor högre än budgeterat. De finansiella kostnaderna blir "
             "däremot 4,9 miljoner kronor högre än budget till följd av högre räntor och en större låneskuld.")

    pdf.add_page()
    pdf.h1("Driftredovisning per nämnd")
    hdr = [["Mnkr", "Budget 2024", "Prognos 2024", "Avvikelse"]]
    W = [80, 28, 28, 28]
    rows = []
    for n, bb, _, pp in NAMNDER:
        rows.append([n, m(bb), m(pp), m(r1(bb - pp))])
    sb = r1(sum(x[1] for x in NAMNDER)); sp = r1(sum(x[3] for x in NAMNDER))
    rows.append(["Summa nämnder", m(sb), m(sp), m(r1(sb - sp))])
    rows.append(["Finansförvaltning", m(FINANS[0]), m(FINANS[2]), m(r1(FINANS[0] - FINANS[2]))])
    tb = r1(sb + FINANS[0]); tp = r1(sp + FINANS[2])
    assert abs(tp + p24["netto"]) < 0.05, (tp, p24["netto"])
    assert abs(tb + b24["netto"]) < 0.05, (tb, b24["netto"])
    rows.append(["Totalt", m(tb), m(tp), m(r1(tb - tp))])
    pdf.table(hdr, rows, W, bold_rows={len(rows) - 3, len(rows) - 1})
    pdf.note("Positiv avvikelse innebär ett överskott mot budget, negativ avvikelse ett underskott.")
    pdf.para("Barn- och utbildningsnämnden redovisar ett underskott som främst förklaras av fler barn i förskolan än "
             "planerat och ökade kostnader för skolskjuts. Tekniska nämndens underskott beror på höga kostnader för "
             "vinterväghållning under januari och februari.")

    pdf.add_page()
    pdf.h1("Personal")
    hdr = [["", "2023-08-31", "2024-08-31"]]
    W = [90, 30, 30]
    rows = [["Antal tillsvidareanställda", "2 684", "2 718"],
            ["  varav kvinnor", "2 201", "2 226"],
            ["  varav män", "483", "492"],
            ["Sjukfrånvaro totalt, %", "7,6", "7,1"],
            ["Sjukfrånvaro kvinnor, %", "8,2", "7,7"],
            ["Sjukfrånvaro män, %", "4,9", "4,5"]]
    pdf.table(hdr, rows, W)
    pdf.para("Antalet tillsvidareanställda har ökat med 34 personer sedan augusti förra året, främst inom hemtjänsten "
             "och förskolan.")
    pdf.output(str(path))


def html(path):
    rows = [("Förskola och skola", "43", "1 048,3"), ("Äldreomsorg", "20", "488,2"),
            ("Stöd till personer med funktionsnedsättning", "11", "268,5"),
            ("Individ- och familjeomsorg", "5", "124,8"),
            ("Gymnasium, vuxenutbildning och arbetsmarknad", "5", "122,7"),
            ("Gator, parker och kollektivtrafik", "4", "99,2"),
            ("Kultur och fritid", "3", "73,8"),
            ("Politik, administration och övrigt", "9", "209,1")]
    body = ("      <p class=\"lead\">Vart går egentligen dina skattepengar? Här kan du se hur Falköpings kommun "
            "fördelar varje hundralapp som du betalar i kommunalskatt under 2025.</p>\n"
            "      <h2>Skattesatsen 2025</h2>\n"
            "      <p>Kommunalskatten i Falköping är 22,14 kronor per hundralapp 2025. Till det kommer skatten till "
            "Västra Götalandsregionen på 11,48 kronor, vilket gör att den totala skattesatsen blir 33,62 kronor. "
            "Har du en månadslön på 30 000 kronor betalar du ungefär 5 900 kronor i skatt till kommunen varje månad.</p>\n"
            "      <h2>Så fördelas 100 kronor</h2>\n"
            + html_table("Fördelning av 100 kronor i kommunalskatt, budget 2025",
                         ["Verksamhet", "Kronor av 100 kr", "Nettokostnad 2025, mnkr"], rows) +
            "      <p>Den största delen går till förskola och skola. Äldreomsorgen är den näst största posten.</p>\n"
            "      <h2>Mer än skatt</h2>\n"
            "      <p>Utöver skatten finansieras verksamheten med statsbidrag, avgifter och hyror. Avgifterna för "
            "vatten och avlopp, renhållning och förskola ingår inte i tabellen ovan.</p>\n"
            "      <aside class=\"contact\"><h2>Kontakt</h2><p>Ekonomienheten, Kommunledningsförvaltningen</p></aside>\n")
    site = "Falköpings kommun"
    doc = html_page(site, "Så används din skatt", ["Barn och utbildning", "Omsorg och stöd", "Bygga, bo och miljö",
                    "Kultur och fritid", "Näringsliv och arbete", "Kommun och politik"],
                    ["Startsida", "Kommun och politik", "Ekonomi", "Så används din skatt"], body,
                    "2025-01-15", "2025-02-03", phone="0515-88 50 00", mail="kommun@falkoping.se")
    path.write_text(doc, encoding="utf-8")


def protokoll_docx(path):
    d = docx.Document()
    st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
    d.add_heading("SAMMANTRÄDESPROTOKOLL", level=1)
    d.add_paragraph("Kommunstyrelsen, Falköpings kommun")
    d.add_paragraph("Sammanträdesdatum: 2024-11-04")
    d.add_paragraph("Plats och tid: Stadshuset, sessionssalen, kl. 13.00–16.45")
    d.add_paragraph("Beslutande: Annika Strand (KD), ordförande; Johan Ek (M), förste vice ordförande; "
                    "Mikael Berg (SD), andre vice ordförande; Eva Nyström (S); Lars Kvist (C); Sara Åberg (L); "
                    "Lena Holm (V); Patrik Ljung (S); Maria Sand (M); Tomas Grahn (SD); Karin Björk (S)")
    d.add_paragraph("Justerare: Eva Nyström (S)")
    d.add_paragraph("Paragrafer: §§ 162–165")

    d.add_heading("§ 162 Mål och budget 2025 med plan 2026–2027", level=2)
    d.add_paragraph("Dnr KS 2024/00187")
    d.add_paragraph("Kommunledningsförvaltningen har tagit fram ett förslag till mål och budget för 2025 med plan för "
                    "2026–2027. Förslaget innebär en oförändrad skattesats på 22,14 kronor och ett budgeterat resultat på "
                    "46,0 miljoner kronor. Kommunbidragen till nämnderna framgår av tabellen nedan.")
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    h = t.rows[0].cells
    h[0].text, h[1].text, h[2].text = "Nämnd", "Kommunbidrag 2025, tkr", "varav tillskott, tkr"
    tills = {"Kommunstyrelsen": 2400, "Barn- och utbildningsnämnden": 9800, "Socialnämnden": 14200,
             "Kompetens- och arbetslivsnämnden": 1500, "Kultur- och fritidsnämnden": 700, "Tekniska nämnden": 1200,
             "Byggnadsnämnden": 600, "Överförmyndarnämnden och valnämnden": 400, "Revisionen": 0}
    for n, _, b25, _ in NAMNDER:
        c = t.add_row().cells
        c[0].text = n; c[1].text = fmt(b25 * 1000, 0); c[2].text = fmt(tills[n], 0)
    c = t.add_row().cells
    c[0].text = "Summa"; c[1].text = fmt(sum(x[2] for x in NAMNDER) * 1000, 0); c[2].text = fmt(sum(tills.values()), 0)
    d.add_paragraph("")
    d.add_heading("Yrkanden", level=3)
    d.add_paragraph("Annika Strand (KD), Johan Ek (M), Lars Kvist (C) och Sara Åberg (L) yrkar bifall till "
                    "förvaltningens förslag.")
    d.add_paragraph("Mikael Berg (SD) yrkar bifall till Sverigedemokraternas budgetförslag, som innebär en sänkning av "
                    "skattesatsen med 10 öre.")
    d.add_paragraph("Eva Nyström (S) yrkar bifall till Socialdemokraternas budgetförslag med ett extra tillskott på "
                    "8 miljoner kronor till Socialnämnden.")
    d.add_heading("Beslutsgång", level=3)
    d.add_paragraph("Ordföranden ställer förslagen mot varandra och finner att kommunstyrelsen beslutar enligt "
                    "förvaltningens förslag. Omröstning begärs och genomförs. Förvaltningens förslag erhåller 6 röster, "
                    "Socialdemokraternas förslag 3 röster och Sverigedemokraternas förslag 2 röster.")
    d.add_heading("Beslut", level=3)
    d.add_paragraph("Kommunstyrelsen föreslår kommunfullmäktige besluta att fastställa skattesatsen för 2025 till "
                    "22,14 kronor, att anta mål och budget 2025 med plan 2026–2027 samt att kommunstyrelsen får uppta "
                    "nya lån med högst 180 miljoner kronor under 2025.")
    d.add_heading("Reservationer", level=3)
    d.add_paragraph("Eva Nyström (S), Patrik Ljung (S) och Karin Björk (S) reserverar sig mot beslutet till förmån för "
                    "eget förslag. Mikael Berg (SD) och Tomas Grahn (SD) reserverar sig mot beslutet till förmån för eget "
                    "förslag. Lena Holm (V) lämnar en skriftlig reservation.")

    d.add_heading("§ 163 Försäljning av del av fastigheten Falköping Mossen 2:14", level=2)
    d.add_paragraph("Dnr KS 2024/00233")
    d.add_paragraph("Västgöta Logistik AB har ansökt om att köpa cirka 21 000 kvadratmeter industrimark inom "
                    "fastigheten Falköping Mossen 2:14. Köpeskillingen är 3 450 000 kronor, vilket motsvarar cirka "
                    "164 kronor per kvadratmeter.")
    d.add_heading("Beslut", level=3)
    d.add_paragraph("Kommunstyrelsen beslutar att godkänna köpeavtalet med Västgöta Logistik AB.")

    d.add_heading("§ 164 Svar på motion om solceller på kommunens tak", level=2)
    d.add_paragraph("Dnr KS 2023/00412")
    d.add_paragraph("Lena Holm (V) har i en motion föreslagit att kommunen ska installera solceller på samtliga "
                    "lämpliga tak senast 2030. Tekniska nämnden har i sitt yttrande redovisat att solceller redan finns "
                    "på 14 kommunala byggnader och att ytterligare 9 byggnader ingår i energieffektiviseringsprogrammet.")
    d.add_heading("Beslut", level=3)
    d.add_paragraph("Kommunstyrelsen föreslår kommunfullmäktige besluta att motionen ska anses besvarad.")

    d.add_heading("§ 165 Redovisning av delegationsbeslut", level=2)
    d.add_paragraph("Kommunstyrelsen beslutar att lägga redovisningen av delegationsbeslut för perioden "
                    "2024-09-01–2024-10-15 till handlingarna.")
    d.add_paragraph("")
    d.add_paragraph("Vid protokollet: Helena Fors, sekreterare")
    d.core_properties.author = "Kommunledningsförvaltningen"
    d.core_properties.title = "Protokoll kommunstyrelsen 2024-11-04"
    d.core_properties.created = FIXED_DT.replace(tzinfo=None)
    d.core_properties.modified = FIXED_DT.replace(tzinfo=None)
    d.core_properties.last_modified_by = "Kommunledningsförvaltningen"
    d.core_properties.revision = 1
    d.save(str(path))
    fix_zip(path, "Protokoll")


def statistik_xlsx(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Befolkning"
    ws["A1"] = "Befolkningsutveckling i Falköpings kommun 2019–2023"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Antal personer. Folkmängd den 31 december."
    hdr = ["År", "Folkmängd", "Födda", "Döda", "Inflyttade", "Utflyttade", "Folkökning"]
    ws.append([]); ws.append(hdr)
    for c in ws[4]:
        c.font = Font(bold=True)
    pop = 33496
    data = [(2019, 352, 361, 1612, 1498), (2020, 341, 402, 1534, 1421), (2021, 367, 379, 1689, 1560),
            (2022, 338, 391, 1720, 1602), (2023, 329, 372, 1651, 1589)]
    for y, f, d_, i, u in data:
        ok = f - d_ + i - u
        pop += ok
        ws.append([y, pop, f, d_, i, u, ok])
    ws.append([])
    ws.append(["Källa: SCB, befolkningsstatistik. Folkökningen är beräknad som födda minus döda plus inflyttade minus utflyttade."])
    ws.column_dimensions["A"].width = 12
    for col in "BCDEFG":
        ws.column_dimensions[col].width = 13

    ws2 = wb.create_sheet("Nyckeltal")
    ws2["A1"] = "Nettokostnad per invånare för några verksamheter"; ws2["A1"].font = Font(bold=True, size=13)
    ws2["A2"] = "Kronor per invånare, löpande priser"
    ws2.append([])
    ws2.append(["Verksamhet", "2021", "2022", "2023"])
    for c in ws2[4]:
        c.font = Font(bold=True)
    for r in [("Förskola", 9812, 10154, 10687), ("Grundskola", 17436, 18015, 18902), ("Gymnasieskola", 6841, 7020, 7311),
              ("Äldreomsorg", 15203, 15890, 16744), ("Individ- och familjeomsorg", 3512, 3698, 4105),
              ("Kultur och fritid", 2018, 2087, 2143), ("Räddningstjänst", 1130, 1175, 1212)]:
        ws2.append(list(r))
    ws2.append([])
    ws2.append(["Andel invånare 80 år och äldre, %", 5.9, 6.1, 6.3])
    ws2.column_dimensions["A"].width = 36
    wb.properties.creator = "Falköpings kommun, Ekonomienheten"
    wb.properties.created = FIXED_DT.replace(tzinfo=None)
    wb.properties.modified = FIXED_DT.replace(tzinfo=None)
    wb.properties.lastModifiedBy = "Falköpings kommun"
    wb.save(str(path))
    fix_zip(path, "Statistik")


PRESS = """# Bygget av ny förskola i Stenstorp kan starta

**Pressmeddelande, Falköpings kommun, 2024-12-10**

Tekniska nämnden har tecknat avtal med Byggbolaget Västra Skaraborg AB om att bygga den nya förskolan i Stenstorp. Förskolan får sex avdelningar och plats för 108 barn. Byggstarten är planerad till mars 2025 och förskolan beräknas vara klar för inflyttning i januari 2027.

Den totala projektbudgeten är 62 miljoner kronor, varav 38 miljoner kronor belastar 2025 och resterande del 2026. I budgeten ingår en ny utemiljö med naturlekplats för 1,3 miljoner kronor.

– Stenstorp växer och barnfamiljerna har länge väntat på en ny förskola. Nu får vi en modern och energisnål byggnad med solceller på taket, säger Per-Olof Ringdahl (C), ordförande i tekniska nämnden.

Förskolan byggs enligt kraven för Miljöbyggnad silver. Under byggtiden tar den tillfälliga förskolan Paviljongen emot 40 barn.

Den gamla förskolan Lövkojan, som har 52 platser, kommer att stängas när den nya förskolan öppnar.

**Kontakt**
Per-Olof Ringdahl (C), ordförande tekniska nämnden, 0515-88 50 12
Sofia Lind, projektledare, Samhällsbyggnadsförvaltningen, 0515-88 51 40
"""


def build(outdir):
    outdir.mkdir(parents=True, exist_ok=True)
    budget_pdf(outdir / "mal-och-budget-2025-2027.pdf")
    delar_pdf(outdir / "delarsrapport-augusti-2024.pdf")
    html(outdir / "sa-anvands-din-skatt.html")
    protokoll_docx(outdir / "protokoll-kommunstyrelsen-2024-11-04.docx")
    statistik_xlsx(outdir / "falkoping-i-siffror.xlsx")
    (outdir / "pressmeddelande-forskola-stenstorp.md").write_text(PRESS, encoding="utf-8")
