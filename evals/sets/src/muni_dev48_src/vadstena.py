"""Vadstena kommun: Mål och budget 2025-2027, Årsredovisning 2023, HTML, DOCX, XLSX, MD."""
import os
from common import Doc, fmt, r1, fix_zip, docx_props, xlsx_props

MUNI = "Vadstena kommun"
TAX = "22,03"
POP = 7450

# ---------- Resultatbudget (mnkr): Bokslut 2023, Prognos 2024, Budget 2024, Budget 2025, Plan 2026, Plan 2027
COLS = ["Bokslut 2023", "Prognos 2024", "Budget 2024", "Budget 2025", "Plan 2026", "Plan 2027"]
intakter = [118.4, 121.0, 119.5, 124.2, 126.0, 128.1]
kostnader = [-648.2, -672.5, -668.0, -689.4, -705.8, -721.3]
avskr = [-24.6, -26.1, -26.5, -28.3, -30.2, -31.8]
netto = [r1(a + b + c) for a, b, c in zip(intakter, kostnader, avskr)]
skatt = [412.8, 428.4, 430.1, 446.9, 462.3, 478.0]
gsb = [152.3, 163.0, 160.8, 165.4, 168.2, 171.5]
vres = [r1(a + b + c) for a, b, c in zip(netto, skatt, gsb)]
finint = [3.1, 3.4, 2.8, 3.0, 3.0, 3.0]
finkost = [-6.8, -8.9, -9.5, -10.2, -11.4, -12.6]
res = [r1(a + b + c) for a, b, c in zip(vres, finint, finkost)]
resproc = [r1(100 * r / (s + g), 1) for r, s, g in zip(res, skatt, gsb)]

# ---------- Driftbudget per nämnd (mnkr, nettokostnad)
NAMNDER = [
    ("Kommunstyrelsen", 78.4, 81.2),
    ("Barn- och utbildningsnämnden", 238.6, 246.9),
    ("Socialnämnden", 201.3, 210.7),
    ("Samhällsbyggnadsnämnden", 34.2, 35.0),
    ("Kultur- och fritidsnämnden", 22.5, 22.1),
    ("Överförmyndarnämnden", 1.8, 1.9),
    ("Revisionen", 1.2, 1.2),
]
sum_n24 = r1(sum(n[1] for n in NAMNDER))
sum_n25 = r1(sum(n[2] for n in NAMNDER))
fin24 = r1(-netto[2] - sum_n24)
fin25 = r1(-netto[3] - sum_n25)

# ---------- Investeringsbudget (tkr)
INV = [
    ("Kommunstyrelsen", [
        ("IT-investeringar och digitalisering", 1500, 1500, 1500),
        ("Energieffektivisering kommunala fastigheter", 4000, 3000, 3000),
        ("Ny förskola Tranan, sex avdelningar", 28500, 14000, 0),
        ("Renovering av Rådhuset, etapp 2", 6200, 0, 0),
    ]),
    ("Samhällsbyggnadsnämnden", [
        ("Gator och vägar, beläggningsunderhåll", 3800, 3800, 4000),
        ("Gång- och cykelväg Motalavägen", 5500, 0, 0),
        ("Hamnen, renovering av kaj", 7000, 9000, 0),
        ("Lekplatser och parker", 800, 800, 800),
    ]),
    ("Barn- och utbildningsnämnden", [
        ("Inventarier och möbler skolor", 1200, 1000, 1000),
        ("Digitala verktyg elever", 1100, 900, 900),
    ]),
    ("Socialnämnden", [
        ("Välfärdsteknik", 900, 900, 700),
        ("Inventarier särskilt boende", 600, 400, 400),
    ]),
    ("Kultur- och fritidsnämnden", [
        ("Konstgräsplan Vätterviksvallen", 0, 6500, 0),
        ("Utrustning bibliotek", 300, 200, 200),
    ]),
]
inv_tot = [sum(p[i] for _, ps in INV for p in ps) for i in (1, 2, 3)]

# ---------- Balansbudget (mnkr): Bokslut 2023, Budget 2025, Plan 2026, Plan 2027
BAL_COLS = ["Bokslut 2023", "Budget 2025", "Plan 2026", "Plan 2027"]
anl = [742.5, 801.3, 829.6, 838.2]
oms = [96.4, 88.1, 85.0, 86.3]
tillg = [r1(a + b) for a, b in zip(anl, oms)]
ek = [288.9, 308.8, 320.9, 335.8]
avs = [41.2, 43.0, 44.1, 45.3]
lang = [360.0, 395.0, 405.0, 400.0]
kort = [r1(t - e - a - l) for t, e, a, l in zip(tillg, ek, avs, lang)]
sol = [r1(100 * e / t, 1) for e, t in zip(ek, tillg)]

# ---------- Årsredovisning 2023: driftredovisning (mnkr)
AR_DRIFT = [
    ("Kommunstyrelsen", 76.0, 74.9),
    ("Barn- och utbildningsnämnden", 231.5, 230.2),
    ("Socialnämnden", 192.1, 195.5),
    ("Samhällsbyggnadsnämnden", 33.0, 32.4),
    ("Kultur- och fritidsnämnden", 21.9, 21.6),
    ("Överförmyndarnämnden", 1.7, 1.8),
    ("Revisionen", 1.2, 1.1),
]
FEMAR = {  # 2019..2023
    "Folkmängd 31 december": ["7 411", "7 398", "7 423", "7 437", "7 446"],
    "Skattesats, kr": ["22,03", "22,03", "22,03", "22,03", "22,03"],
    "Årets resultat, mnkr": ["9,8", "16,4", "21,7", "12,3", "7,0"],
    "Årets resultat i % av skatter och bidrag": ["2,0", "3,2", "4,1", "2,2", "1,2"],
    "Nettoinvesteringar, mnkr": ["38,2", "29,5", "44,1", "57,8", "58,9"],
    "Långfristiga skulder, mnkr": ["255,0", "255,0", "290,0", "320,0", "360,0"],
    "Soliditet, %": ["36,8", "37,4", "37,9", "36,6", "34,4"],
    "Antal tillsvidareanställda": ["688", "695", "701", "709", "712"],
}

NAMN_KSO = "Ingrid Sandell (C)"
NAMN_KD = "Peter Holmgren"
NAMN_EK = "Lena Bergvik"


def budget_pdf(path):
    d = Doc("Mål och budget 2025–2027", MUNI)
    d.title_page("Mål och budget 2025", "med plan för 2026–2027",
                 ["Vadstena kommun", "Antagen av kommunfullmäktige 2024-11-26, § 87", "Dnr KS 2024/0312"])
    d.add_page()
    d.h1("Innehåll")
    for l in ["Ordförande har ordet ........ 2", "Förutsättningar och omvärld ........ 3",
              "Vision och mål ........ 4", "Ekonomiska ramar och effektiviseringar ........ 5",
              "Resultatbudget ........ 6", "Driftbudget per nämnd ........ 7", "Balansbudget ........ 8",
              "Investeringsbudget ........ 9", "Nämndernas uppdrag ........ 11"]:
        d.p(l)
    d.h1("Ordförande har ordet")
    d.p("Vadstena står inför ett par år där kostnaderna ökar snabbare än intäkterna. Inflationen har "
        "sjunkit, men pensionskostnaderna och kostnaderna för räntor fortsätter att belasta ekonomin. Trots "
        "det lägger vi fram en budget med ett positivt resultat för alla tre åren.")
    d.p(f"Skattesatsen lämnas oförändrad på {TAX} kronor per hundra kronor beskattningsbar inkomst. Vi "
        "prioriterar barnen och de äldre: barn- och utbildningsnämnden får ett ramtillskott, och "
        "socialnämnden får resurser för att möta fler äldre i behov av hemtjänst.")
    d.p("Den största investeringen under perioden är den nya förskolan Tranan, som ska stå klar till "
        "höstterminen 2026. Vi fortsätter också renoveringen av kajen i hamnen, som är viktig både för "
        "besöksnäringen och för Vadstenas identitet som stad vid Vättern.")
    d.p("Ett tillfälligt tillskott på 700 000 kronor avsätts 2025 till feriearbete för ungdomar, så att alla "
        "sökande i årskurs 9 och gymnasiet kan erbjudas en sommarplats.")
    d.p(f"{NAMN_KSO}\nKommunstyrelsens ordförande")
    d.add_page()
    d.h1("Förutsättningar och omvärld")
    d.p("Budgeten bygger på Sveriges Kommuner och Regioners skatteunderlagsprognos från oktober 2024. "
        "Befolkningsantagandet är 7 450 invånare den 1 november 2024, vilket är i stort sett oförändrat "
        "jämfört med föregående år.")
    d.p("I nämndernas ramar har löneökningar kompenserats med 3,0 procent och övriga kostnader med en "
        "prisuppräkning på 2,0 procent. Arbetsgivaravgifter och pensionsavgifter (PO-pålägg) räknas med "
        "40,15 procent.")
    d.p("Kommunens pensionskostnader ökar med 3,9 miljoner kronor mellan 2024 och 2025, främst till följd av "
        "de höga löneökningarna 2023 och 2024 som slår igenom i förmånsbestämd pension.")
    d.add_page()
    d.h1("Vision och mål")
    d.p("Vision 2035: Vadstena – en levande småstad vid Vättern där människor vill bo, verka och besöka. "
        "Målet är att kommunen ska ha 8 000 invånare år 2035.")
    d.h2("Finansiella mål")
    d.bullets([
        "Årets resultat ska uppgå till minst 1,5 procent av skatteintäkter och generella statsbidrag, sett över budgetperioden.",
        "Investeringarna ska till minst 60 procent finansieras med egna medel (självfinansieringsgrad) över en femårsperiod.",
        "Soliditeten, exklusive pensionsförpliktelser intjänade före 1998, ska inte understiga 33 procent.",
        "Låneskulden per invånare ska inte överstiga 60 000 kronor.",
    ])
    d.h2("Verksamhetsmål i urval")
    d.bullets([
        "Andelen elever i årskurs 9 som är behöriga till gymnasiets yrkesprogram ska öka till minst 88 procent.",
        "Väntetiden till särskilt boende ska i genomsnitt vara högst 60 dagar.",
        "Sjukfrånvaron bland kommunens anställda ska understiga 6,5 procent.",
    ])
    d.add_page()
    d.h1("Ekonomiska ramar och effektiviseringar")
    d.p("För att nå det finansiella målet har nämnderna fått effektiviseringskrav om totalt 4,7 miljoner "
        "kronor för 2025. Av dessa ska socialnämnden effektivisera 2,1 miljoner kronor, barn- och "
        "utbildningsnämnden 1,6 miljoner kronor och kommunstyrelsen 1,0 miljon kronor.")
    d.p("Kultur- och fritidsnämndens ram minskar jämfört med 2024 eftersom det tillfälliga anslaget till "
        "sommarevenemang 2024 upphör. Kommunstyrelsen får 1,5 miljoner kronor för att öppna ett "
        "kontaktcenter under hösten 2025.")
    d.p("Barn- och utbildningsnämnden får ett ramtillskott för volymökning i grundskolan och för fler "
        "elever i gymnasieskolan. Socialnämnden kompenseras för demografiska förändringar med 6,2 miljoner "
        "kronor.")
    # Resultatbudget
    d.add_page()
    d.h1("Resultatbudget")
    rows = []
    def row(lbl, note, vals, paren=False):
        rows.append([lbl, note] + [fmt(v) for v in vals])
    row("Verksamhetens intäkter", "1", intakter)
    row("Verksamhetens kostnader", "2", kostnader)
    row("Avskrivningar", "", avskr)
    row("Verksamhetens nettokostnader", "", netto)
    row("Skatteintäkter", "3", skatt)
    row("Generella statsbidrag och utjämning", "4", gsb)
    row("Verksamhetens resultat", "", vres)
    row("Finansiella intäkter", "", finint)
    row("Finansiella kostnader", "5", finkost)
    row("Resultat efter finansiella poster", "", res)
    row("Årets resultat", "", res)
    rows.append(["Resultat i % av skatter och bidrag", ""] + [fmt(v) for v in resproc])
    d.table([["Belopp i mnkr", "Not", "Bokslut", "Prognos", "Budget", "Budget", "Plan", "Plan"],
             ["", "", "2023", "2024", "2024", "2025", "2026", "2027"]],
            rows, [55, 10, 17.5, 17.5, 17.5, 17.5, 17.5, 17.5], bold=(3, 6, 10))
    d.note("Not 1: Intäkterna 2025 inkluderar statsbidrag för maxtaxa och äldreomsorgssatsning. "
           "Not 2: Kostnaderna inkluderar löneökningar om 3,0 procent. Not 3: Enligt SKR:s prognos "
           "oktober 2024. Not 4: Inkl. kommunal fastighetsavgift. Not 5: Genomsnittlig låneränta 2025 beräknas till 2,9 procent.")
    d.p(f"Årets resultat för 2025 budgeteras till {fmt(res[3])} miljoner kronor, vilket motsvarar "
        f"{fmt(resproc[3])} procent av skatteintäkter och generella statsbidrag. Prognosen för 2024 "
        f"pekar mot ett resultat på {fmt(res[1])} miljoner kronor.")
    # Driftbudget
    d.add_page()
    d.h1("Driftbudget per nämnd")
    rows = []
    for n, b24, b25 in NAMNDER:
        rows.append([n, fmt(b24), fmt(b25), fmt(r1(b25 - b24)), fmt(100 * (b25 - b24) / b24),
                     fmt(b25 * 1e6 / POP, 0)])
    rows.append(["Summa nämnder", fmt(sum_n24), fmt(sum_n25), fmt(r1(sum_n25 - sum_n24)),
                 fmt(100 * (sum_n25 - sum_n24) / sum_n24), fmt(sum_n25 * 1e6 / POP, 0)])
    rows.append(["Finansförvaltning, netto 1)", fmt(fin24), fmt(fin25), fmt(r1(fin25 - fin24)), "", ""])
    rows.append(["Verksamhetens nettokostnader", fmt(-netto[2]), fmt(-netto[3]), fmt(r1(-netto[3] + netto[2])),
                 fmt(100 * (-netto[3] + netto[2]) / -netto[2]), fmt(-netto[3] * 1e6 / POP, 0)])
    d.table([["Nettokostnad, mnkr", "Budget", "Budget", "Förändring", "Förändring", "kr per inv."],
             ["", "2024", "2025", "mnkr", "%", "2025"]],
            rows, [58, 20, 20, 22, 22, 28], bold=(7, 9))
    d.note("1) Finansförvaltningen omfattar bland annat intern ränta, pensionsutbetalningar och "
           "personalomkostnadspålägg. Kr per invånare beräknat på 7 450 invånare.")
    # Balansbudget
    d.add_page()
    d.h1("Balansbudget")
    rows = [["Tillgångar", "", "", "", ""],
            ["Anläggningstillgångar"] + [fmt(v) for v in anl],
            ["Omsättningstillgångar"] + [fmt(v) for v in oms],
            ["Summa tillgångar"] + [fmt(v) for v in tillg],
            ["Eget kapital, avsättningar och skulder", "", "", "", ""],
            ["Eget kapital"] + [fmt(v) for v in ek],
            ["Avsättningar för pensioner"] + [fmt(v) for v in avs],
            ["Långfristiga skulder"] + [fmt(v) for v in lang],
            ["Kortfristiga skulder"] + [fmt(v) for v in kort],
            ["Summa eget kapital, avsättningar och skulder"] + [fmt(v) for v in tillg],
            ["Soliditet, %"] + [fmt(v) for v in sol]]
    d.table([["Belopp i mnkr"] + BAL_COLS], rows, [74, 24, 24, 24, 24], bold=(3, 9), section=(0, 4))
    d.p("Låneskulden beräknas öka till 395 miljoner kronor vid utgången av 2025, främst till följd av "
        "investeringen i förskolan Tranan. Det motsvarar cirka 53 000 kronor per invånare.")
    d.add_page()
    d.h1("Kassaflödesbudget")
    kf = [("Den löpande verksamheten", None),
          ("Årets resultat", [res[0], res[3], res[4], res[5]]),
          ("Justering för av- och nedskrivningar", [-avskr[0], -avskr[3], -avskr[4], -avskr[5]]),
          ("Justering för avsättningar", [1.6, 0.9, 1.1, 1.2]),
          ("Förändring av rörelsekapital", [-3.2, 0.0, 0.0, 0.0])]
    kf_lop = [r1(sum(v[i] for _, v in kf[1:])) for i in range(4)]
    kf_inv = [-58.9, -inv_tot[0] / 1000, -inv_tot[1] / 1000, -inv_tot[2] / 1000]
    kf_fin = [40.0, 35.0, 10.0, -5.0]
    kf_tot = [r1(a + b + c) for a, b, c in zip(kf_lop, kf_inv, kf_fin)]
    rows = [["Den löpande verksamheten", "", "", "", ""]]
    for lbl, v in kf[1:]:
        rows.append([lbl] + [fmt(x) for x in v])
    rows.append(["Medel från den löpande verksamheten"] + [fmt(x) for x in kf_lop])
    rows.append(["Investeringsverksamheten", "", "", "", ""])
    rows.append(["Nettoinvesteringar"] + [fmt(x) for x in kf_inv])
    rows.append(["Finansieringsverksamheten", "", "", "", ""])
    rows.append(["Nyupptagna lån respektive amortering, netto"] + [fmt(x) for x in kf_fin])
    rows.append(["Årets kassaflöde"] + [fmt(x) for x in kf_tot])
    d.table([["Belopp i mnkr"] + BAL_COLS], rows, [74, 24, 24, 24, 24], bold=(5, 10), section=(0, 6, 8))
    d.p("Självfinansieringsgraden av investeringarna beräknas till 67 procent 2025, vilket innebär att "
        "resterande del av investeringarna finansieras med nya lån om 35 miljoner kronor.")
    # Investeringsbudget (split over page break, header repeated)
    d.add_page()
    d.h1("Investeringsbudget")
    d.p(f"Investeringsbudgeten för 2025 uppgår till totalt {fmt(inv_tot[0] / 1000)} miljoner kronor. För "
        f"planåren 2026 och 2027 beräknas investeringarna till {fmt(inv_tot[1] / 1000)} respektive "
        f"{fmt(inv_tot[2] / 1000)} miljoner kronor.")
    hdr = [["Belopp i tkr", "Budget", "Plan", "Plan"], ["", "2025", "2026", "2027"]]
    w = [100, 23, 23, 23]
    parts = [INV[:2], INV[2:]]
    for pi, part in enumerate(parts):
        rows, bold, sec = [], [], []
        for nm, ps in part:
            sec.append(len(rows)); rows.append([nm, "", "", ""])
            for p in ps:
                rows.append(["  " + p[0]] + [fmt(v, 0) for v in p[1:]])
            bold.append(len(rows))
            rows.append([f"Summa {nm.lower()}"] + [fmt(sum(p[i] for p in ps), 0) for i in (1, 2, 3)])
        if pi == 1:
            bold.append(len(rows))
            rows.append(["Totalt investeringar"] + [fmt(v, 0) for v in inv_tot])
        d.table(hdr, rows, w, caption="Investeringsbudget per nämnd" + (" (forts.)" if pi else ""),
                bold=tuple(bold), section=tuple(sec))
        if pi == 0:
            d.add_page()
    d.note("Investeringar i VA-verksamheten redovisas av Vatten och avfall i Vadstena AB och ingår inte.")
    # Nämndernas uppdrag
    d.add_page()
    d.h1("Nämndernas uppdrag")
    d.h2("Kommunstyrelsen")
    d.p("Kommunstyrelsen leder och samordnar kommunens verksamhet och har ansvar för ekonomi, personal, "
        "näringsliv och kommunens fastigheter. Under 2025 öppnas ett kontaktcenter som ska besvara 80 "
        "procent av alla samtal direkt.")
    d.h2("Barn- och utbildningsnämnden")
    d.p("Nämnden ansvarar för förskola, grundskola, fritidshem och gymnasieskola. Antalet barn i förskolan "
        "beräknas till 385 under 2025. Förskolan Tranan ersätter två äldre moduler och ger 36 nya platser.")
    d.h2("Socialnämnden")
    d.p("Socialnämnden ansvarar för äldreomsorg, stöd till personer med funktionsnedsättning samt individ- "
        "och familjeomsorg. Antalet platser i särskilt boende är 112. Nämnden har haft ökade kostnader för "
        "externa placeringar av barn och unga.")
    d.add_page()
    d.h2("Samhällsbyggnadsnämnden")
    d.p("Nämnden ansvarar för fysisk planering, bygglov, gator, parker och hamnen. Under 2025 tas en ny "
        "översiktsplan fram och detaljplanen för bostadsområdet Sånga-Säby Norra ska antas.")
    d.h2("Kultur- och fritidsnämnden")
    d.p("Nämnden ansvarar för bibliotek, kulturskola, idrottsanläggningar och föreningsbidrag. "
        "Föreningsbidragen uppgår till 2,4 miljoner kronor 2025.")
    d.h2("Överförmyndarnämnden")
    d.p("Vadstena ingår i en gemensam överförmyndarnämnd med Motala och Ödeshög, där Motala kommun är "
        "värdkommun. Vadstenas andel av kostnaderna är 9 procent.")
    d.h1("Kommunens bolag")
    d.p("Vadstena kommun äger helt eller delvis tre bolag: Vadstena Bostäder AB (100 procent), Vatten och "
        "avfall i Vadstena AB (100 procent) och Vätternvatten AB (25 procent). Bolagen ska lämna en "
        "avkastning till kommunen; för 2025 budgeteras utdelning från Vadstena Bostäder AB med 1,2 miljoner kronor.")
    d.p("Kommunens borgensåtagande för bolagen uppgår till högst 480 miljoner kronor.")
    d.output(path)


def ar_pdf(path):
    d = Doc("Årsredovisning 2023", MUNI)
    d.title_page("Årsredovisning 2023", "Vadstena kommun",
                 ["Godkänd av kommunfullmäktige 2024-04-23, § 31"])
    d.add_page()
    d.h1("Kommunstyrelsens ordförande har ordet")
    d.p("2023 blev ett år med hög inflation och stigande räntor. Trots det redovisar Vadstena kommun ett "
        f"positivt resultat på {fmt(res[0])} miljoner kronor, vilket är 1,8 miljoner kronor bättre än "
        "budgeterat. Samtidigt ser vi tydliga signaler om att kostnaderna inom socialtjänsten ökar.")
    d.p(f"{NAMN_KSO}, kommunstyrelsens ordförande")
    d.h1("Förvaltningsberättelse")
    d.h2("Väsentliga händelser")
    d.bullets([
        "Vadstena firade 600 år som stad med ett jubileumsprogram under sommaren.",
        "Bygget av gång- och cykelvägen till Borghamn påbörjades i maj.",
        "Kommunen tog över driften av fritidsgården Ungdomens hus i egen regi den 1 augusti.",
    ])
    d.h2("Ekonomiskt resultat")
    d.p(f"Årets resultat uppgick till {fmt(res[0])} miljoner kronor (12,3 miljoner kronor 2022). Budgeten "
        "för året var 5,2 miljoner kronor. Skatteintäkter och generella statsbidrag blev 8,9 miljoner "
        "kronor högre än budgeterat, medan nämnderna sammantaget redovisade ett underskott.")
    d.p("Kostnaderna för externa placeringar inom individ- och familjeomsorgen ökade med 5,9 miljoner kronor "
        "jämfört med 2022, vilket är huvudförklaringen till socialnämndens underskott.")
    d.h2("Personal")
    d.p("Vid årets slut hade kommunen 712 tillsvidareanställda. Den totala sjukfrånvaron var 7,1 procent, "
        "en minskning från 7,6 procent året innan. Medelåldern bland de anställda var 46 år.")
    d.h2("Driftredovisning")
    rows = []
    for n, b, u in AR_DRIFT:
        rows.append([n, fmt(b), fmt(u), fmt(r1(b - u))])
    sb, su = r1(sum(x[1] for x in AR_DRIFT)), r1(sum(x[2] for x in AR_DRIFT))
    rows.append(["Summa nämnder", fmt(sb), fmt(su), fmt(r1(sb - su))])
    d.table([["Nettokostnad, mnkr", "Budget 2023", "Utfall 2023", "Avvikelse"]], rows, [80, 28, 28, 28],
            bold=(len(rows) - 1,))
    d.note("Positiv avvikelse innebär att nämnden har lägre kostnader än budgeterat.")
    d.p("Socialnämnden redovisar ett underskott på 3,4 miljoner kronor. Barn- och utbildningsnämnden "
        "redovisar ett överskott, främst beroende på vakanta tjänster och lägre kostnader för skolskjuts.")
    # landscape five-year overview
    d.add_page(orientation="L")
    d.h1("Fem år i sammandrag")
    rows = [[k] + v for k, v in FEMAR.items()]
    d.table([["", "2019", "2020", "2021", "2022", "2023"]], rows, [110, 30, 30, 30, 30, 30])
    d.note("Källa: Vadstena kommuns årsredovisningar 2019–2023. Folkmängd enligt SCB.")
    d.add_page(orientation="P")
    d.h1("Resultaträkning")
    rows = [["Verksamhetens intäkter", "1", "112,6", fmt(intakter[0])],
            ["Verksamhetens kostnader", "2", "–614,0", fmt(kostnader[0])],
            ["Avskrivningar", "", "–22,9", fmt(avskr[0])],
            ["Verksamhetens nettokostnader", "", "–524,3", fmt(netto[0])],
            ["Skatteintäkter", "3", "395,6", fmt(skatt[0])],
            ["Generella statsbidrag och utjämning", "4", "144,5", fmt(gsb[0])],
            ["Verksamhetens resultat", "", "15,8", fmt(vres[0])],
            ["Finansiella intäkter", "", "2,2", fmt(finint[0])],
            ["Finansiella kostnader", "", "–5,7", fmt(finkost[0])],
            ["Årets resultat", "", "12,3", fmt(res[0])]]
    d.table([["Belopp i mnkr", "Not", "2022", "2023"]], rows, [80, 14, 28, 28], bold=(3, 6, 9))
    d.h1("Investeringar")
    d.p("Nettoinvesteringarna uppgick till 58,9 miljoner kronor, att jämföra med en budget på 74,0 miljoner "
        "kronor. De största projekten var ombyggnaden av Ekbackens särskilda boende (18,2 miljoner kronor) "
        "och gång- och cykelvägen till Borghamn (9,6 miljoner kronor).")
    d.output(path)


def html(path):
    tbl = [("Förskola och skola", 41), ("Äldreomsorg och vård", 27), ("Individ- och familjeomsorg", 8),
           ("Stöd till personer med funktionsnedsättning", 9), ("Kultur och fritid", 4),
           ("Gator, parker och samhällsbyggnad", 6), ("Politik, administration och övrigt", 5)]
    assert sum(v for _, v in tbl) == 100
    trs = "\n".join(f"          <tr><td>{a}</td><td>{b} kr</td></tr>" for a, b in tbl)
    s = f"""<!DOCTYPE html>
<html lang="sv">
<head>
  <meta charset="utf-8">
  <title>Så används din skatt - Vadstena kommun</title>
  <link rel="stylesheet" href="/static/css/site.css">
</head>
<body>
  <div id="cookie-banner" class="cookie-banner">
    <p>Vi använder kakor (cookies) för att webbplatsen ska fungera och för att förbättra din upplevelse.</p>
    <button>Godkänn alla</button> <button>Endast nödvändiga</button>
  </div>
  <header class="site-header">
    <a href="/" class="logo">Vadstena kommun</a>
    <nav class="main-nav">
      <ul>
        <li><a href="/omsorg-och-stod">Omsorg och stöd</a></li>
        <li><a href="/forskola-och-skola">Förskola och skola</a></li>
        <li><a href="/bygga-bo-och-miljo">Bygga, bo och miljö</a></li>
        <li><a href="/kommun-och-politik">Kommun och politik</a></li>
      </ul>
    </nav>
    <form class="search"><input type="search" placeholder="Sök på webbplatsen"></form>
  </header>
  <nav class="breadcrumb"><a href="/">Start</a> / <a href="/kommun-och-politik">Kommun och politik</a> / <a href="/ekonomi">Ekonomi</a> / Så används din skatt</nav>
  <main>
    <article>
      <h1>Så används din skatt</h1>
      <p class="ingress">Kommunalskatten är kommunens största inkomstkälla. År 2025 är skattesatsen i Vadstena {TAX} kronor per intjänad hundralapp.</p>
      <p>Tillsammans med skatten till Region Östergötland, 11,55 kronor, blir den totala skattesatsen 33,58 kronor. Kyrkoavgift och begravningsavgift tillkommer för den som betalar dem.</p>
      <h2>Vart går 100 kronor i skatt?</h2>
      <p>Tabellen visar hur varje hundralapp i kommunalskatt fördelas på verksamheterna enligt budget 2025.</p>
      <table class="table">
        <thead>
          <tr><th>Verksamhet</th><th>Kronor av 100</th></tr>
        </thead>
        <tbody>
{trs}
        </tbody>
      </table>
      <h2>Kommunens intäkter</h2>
      <p>Av kommunens totala intäkter 2025 kommer ungefär 61 procent från skatter, 22 procent från generella statsbidrag och utjämning och resten från avgifter, hyror och riktade statsbidrag.</p>
      <p>Vill du veta mer? Läs Mål och budget 2025–2027 och årsredovisningen för 2023 under <a href="/ekonomi/dokument">Ekonomiska dokument</a>.</p>
      <p class="meta">Publicerad: 2024-12-03<br>Senast uppdaterad: 2025-01-15</p>
    </article>
  </main>
  <footer class="site-footer">
    <p>Vadstena kommun, Box 1, 592 21 Vadstena. Telefon 0143-150 00. E-post kommun@vadstena.se</p>
    <p><a href="/tillganglighet">Tillgänglighetsredogörelse</a> | <a href="/personuppgifter">Personuppgifter</a> | <a href="/om-kakor">Om kakor</a></p>
  </footer>
</body>
</html>
"""
    open(path, "w", encoding="utf-8").write(s)


def docx(path):
    from docx import Document
    from docx.shared import Pt
    doc = Document()
    docx_props(doc, "Protokoll kommunstyrelsen 2024-11-12", "Kommunledningskontoret")
    doc.add_heading("PROTOKOLL", level=0)
    doc.add_paragraph("Kommunstyrelsen, Vadstena kommun")
    doc.add_paragraph("Sammanträdesdatum: 2024-11-12")
    doc.add_paragraph("Plats och tid: Rådhuset, Sessionssalen, kl. 08.30–12.15")
    doc.add_paragraph(f"Beslutande: {NAMN_KSO}, ordförande; Mikael Strand (M), vice ordförande; Karin Ljung (S); "
                      "Tomas Nyberg (SD); Eva Rosén (KD); Anders Pihl (S); Sofia Wallin (L)")
    doc.add_paragraph(f"Övriga närvarande: {NAMN_KD}, kommundirektör; {NAMN_EK}, ekonomichef")
    doc.add_paragraph("Justerare: Karin Ljung (S). Justeringens plats och tid: Kommunledningskontoret 2024-11-15")
    doc.add_paragraph("Paragrafer: §§ 142–146")
    doc.add_heading("§ 142 Val av justerare", level=1)
    doc.add_paragraph("Kommunstyrelsen beslutar att utse Karin Ljung (S) att jämte ordföranden justera dagens protokoll.")
    doc.add_heading("§ 143 Delårsrapport januari–augusti 2024 – uppföljning", level=1)
    doc.add_paragraph(f"Ekonomichef {NAMN_EK} redovisar att prognosen för helåret 2024 är ett resultat på "
                      f"{fmt(res[1])} miljoner kronor. Socialnämnden prognostiserar ett underskott på 4,1 miljoner kronor.")
    doc.add_paragraph("Beslut: Kommunstyrelsen noterar informationen.")
    doc.add_heading("§ 144 Mål och budget 2025 med plan för 2026–2027", level=1)
    doc.add_paragraph("Dnr KS 2024/0312")
    doc.add_paragraph("Ärendebeskrivning: Kommunledningskontoret har tagit fram förslag till Mål och budget 2025 "
                      f"med plan för 2026–2027. Förslaget innebär ett resultat för 2025 på {fmt(res[3])} miljoner "
                      f"kronor och en oförändrad skattesats på {TAX} kronor.")
    doc.add_paragraph("Nämndernas ramar framgår av tabellen nedan (tkr).")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Nämnd", "Ram 2024, tkr", "Ram 2025, tkr", "Förändring, tkr"]):
        t.rows[0].cells[i].text = h
    for n, b24, b25 in NAMNDER:
        c = t.add_row().cells
        c[0].text = n; c[1].text = fmt(b24 * 1000, 0); c[2].text = fmt(b25 * 1000, 0); c[3].text = fmt((b25 - b24) * 1000, 0)
    c = t.add_row().cells
    c[0].text = "Summa"; c[1].text = fmt(sum_n24 * 1000, 0); c[2].text = fmt(sum_n25 * 1000, 0); c[3].text = fmt((sum_n25 - sum_n24) * 1000, 0)
    doc.add_paragraph("Yrkanden: Ordföranden yrkar bifall till kommunledningskontorets förslag. Tomas Nyberg (SD) "
                      "yrkar att skattesatsen sänks med 10 öre till 21,93 kronor och att kultur- och fritidsnämndens "
                      "ram minskas med ytterligare 1,0 miljon kronor.")
    doc.add_paragraph("Propositionsordning: Ordföranden ställer förslagen mot varandra och finner att kommunstyrelsen "
                      "bifaller ordförandens yrkande.")
    doc.add_paragraph("Beslut: Kommunstyrelsen föreslår kommunfullmäktige besluta att anta Mål och budget 2025 med "
                      f"plan för 2026–2027, att fastställa skattesatsen för 2025 till {TAX} kronor, samt att "
                      "kommunstyrelsen får uppta nya lån om högst 35 miljoner kronor under 2025.")
    doc.add_paragraph("Reservation: Tomas Nyberg (SD) reserverar sig mot beslutet till förmån för eget yrkande.")
    doc.add_heading("§ 145 Taxa för bygglov 2025", level=1)
    doc.add_paragraph("Beslut: Kommunstyrelsen föreslår kommunfullmäktige att höja timtaxan för bygglov och "
                      "tillsyn från 1 250 kronor till 1 310 kronor från och med 2025-01-01.")
    doc.add_heading("§ 146 Försäljning av mark, Sånga-Säby Norra", level=1)
    doc.add_paragraph("Beslut: Kommunstyrelsen beslutar att sälja fastigheten Vadstena Säby 4:12 till Östgöta "
                      "Bostadsutveckling AB för 2 850 000 kronor.")
    doc.add_paragraph("Anders Pihl (S) och Karin Ljung (S) anmäler protokollsanteckning om att markpriset borde "
                      "ha prövats genom en öppen markanvisning.")
    doc.add_paragraph("Vid protokollet: Maria Ek, nämndsekreterare")
    doc.save(path)
    fix_zip(path)


def xlsx(path):
    from openpyxl import Workbook
    from openpyxl.styles import Font
    wb = Workbook()
    xlsx_props(wb, "Nyckeltal Vadstena 2019-2023", "Ekonomiavdelningen")
    ws = wb.active
    ws.title = "Kostnad per invånare"
    ws.append(["Vadstena kommun – kostnad per invånare för verksamheter 2019–2023"])
    ws.append(["Belopp i kr per invånare, nettokostnad, löpande priser"])
    ws.append(["År", "Förskola", "Grundskola", "Äldreomsorg", "Individ- och familjeomsorg", "Kultur och fritid"])
    data = [(2019, 7620, 12480, 15930, 3210, 2650), (2020, 7790, 12850, 16640, 3280, 2610),
            (2021, 7950, 13210, 17020, 3390, 2720), (2022, 8310, 13790, 17850, 3620, 2880),
            (2023, 8740, 14420, 18960, 4410, 2940)]
    for r in data:
        ws.append(list(r))
    ws.append([])
    ws.append(["Källa: Kolada och Vadstena kommuns räkenskaper."])
    ws["A1"].font = Font(bold=True, size=13)
    ws2 = wb.create_sheet("Befolkning")
    ws2.append(["Vadstena kommun – befolkning 31 december"])
    ws2.append(["Antal personer"])
    ws2.append(["År", "Folkmängd", "varav 0–5 år", "varav 6–15 år", "varav 80 år och äldre"])
    pop = [(2019, 7411, 412, 781, 731), (2020, 7398, 405, 776, 748), (2021, 7423, 398, 779, 772),
           (2022, 7437, 391, 784, 801), (2023, 7446, 386, 788, 829)]
    for r in pop:
        ws2.append(list(r))
    ws2["A1"].font = Font(bold=True, size=13)
    wb.save(path)
    fix_zip(path)


def md(path):
    s = f"""# Vadstena satsar på förskola och hamn i budget 2025

**Pressmeddelande, Vadstena kommun, 2024-11-27**

Kommunfullmäktige i Vadstena antog på tisdagskvällen Mål och budget 2025 med plan för 2026–2027. Skattesatsen är oförändrad, {TAX} kronor.

Budgeten ger ett resultat på {fmt(res[3])} miljoner kronor för 2025. Investeringarna uppgår till {fmt(inv_tot[0] / 1000)} miljoner kronor, varav 28,5 miljoner kronor går till den nya förskolan Tranan och 7 miljoner kronor till renoveringen av kajen i hamnen.

– Vi tar ansvar för ekonomin och prioriterar barnen och äldreomsorgen. Samtidigt satsar vi 700 000 kronor på feriejobb, så att alla unga som söker får ett sommarjobb, säger {NAMN_KSO}, kommunstyrelsens ordförande.

## Detta innehåller budgeten

- Barn- och utbildningsnämnden får 246,9 miljoner kronor, en ökning med 8,3 miljoner kronor.
- Socialnämnden får 210,7 miljoner kronor, en ökning med 9,4 miljoner kronor.
- Nämnderna ska effektivisera för totalt 4,7 miljoner kronor.
- Ett nytt kontaktcenter öppnar hösten 2025.

Sverigedemokraterna reserverade sig och ville sänka skatten med 10 öre.

**Kontakt**
{NAMN_KSO.split(' (')[0]}, kommunstyrelsens ordförande, 0143-150 10
{NAMN_EK}, ekonomichef, 0143-150 42
"""
    open(path, "w", encoding="utf-8").write(s)


def build(outdir):
    os.makedirs(outdir, exist_ok=True)
    budget_pdf(os.path.join(outdir, "mal-och-budget-2025-2027.pdf"))
    ar_pdf(os.path.join(outdir, "arsredovisning-2023.pdf"))
    html(os.path.join(outdir, "sa-anvands-din-skatt.html"))
    docx(os.path.join(outdir, "protokoll-ks-2024-11-12.docx"))
    xlsx(os.path.join(outdir, "nyckeltal-2019-2023.xlsx"))
    md(os.path.join(outdir, "pressmeddelande-budget-2025.md"))
