"""Askersunds kommun: budget PDF, årsredovisning PDF, HTML, DOCX, XLSX, press release."""
import os, datetime
from common import Doc, fmt, normalize_zip, FIXED_DT

OUT = None
INV_2024 = 11350  # invånare 31 dec 2024 (basis for kr per invånare)


def r1(x):
    return round(x + 1e-9, 1)


# ---------------------------------------------------------------- data
RB = {  # Resultatbudget mnkr: Bokslut 2023, Prognos 2024, Budget 2025, Plan 2026, Plan 2027
    "int": [168.4, 172.0, 176.5, 179.0, 182.1],
    "kost": [-918.7, -952.3, -981.2, -1004.6, -1027.9],
    "avs": [-38.2, -40.1, -43.5, -46.8, -49.2],
    "skatt": [612.3, 634.8, 660.1, 681.5, 704.2],
    "bidr": [186.9, 199.2, 207.4, 212.0, 216.8],
    "finint": [3.1, 3.4, 3.0, 3.0, 3.0],
    "finkost": [-6.8, -8.9, -9.6, -10.4, -11.2],
}
RB["netto"] = [r1(a + b + c) for a, b, c in zip(RB["int"], RB["kost"], RB["avs"])]
RB["vres"] = [r1(a + b + c) for a, b, c in zip(RB["netto"], RB["skatt"], RB["bidr"])]
RB["res"] = [r1(a + b + c) for a, b, c in zip(RB["vres"], RB["finint"], RB["finkost"])]
RB["pct"] = [r1(100 * r / (s + b)) for r, s, b in zip(RB["res"], RB["skatt"], RB["bidr"])]

DRIFT = [  # nämnd, Budget 2024, Budget 2025 (mnkr)
    ("Kommunstyrelsen", 98.6, 104.2),
    ("Barn- och utbildningsnämnden", 342.5, 356.8),
    ("Vård- och omsorgsnämnden", 301.2, 315.9),
    ("Socialnämnden (individ- och familjeomsorg)", 58.4, 60.1),
    ("Samhällsbyggnadsnämnden", 52.3, 54.0),
    ("Kultur- och fritidsnämnden", 24.8, 25.1),
    ("Revisionen", 1.6, 1.7),
]
NETTO_B24 = 816.9
NETTO_B25 = RB["netto"][2] * -1  # 848.2

INVEST = [  # section, [(projekt, 2025, 2026, 2027)] tkr
    ("Kommunstyrelsen", [
        ("IT-infrastruktur och digitalisering", 3500, 3000, 3000),
        ("Fordon och maskiner", 1200, 1500, 1000),
        ("Energieffektivisering kommunala fastigheter", 4800, 4000, 3500),
        ("Solcellsanläggning kommunhuset", 2300, 0, 0),
    ]),
    ("Barn- och utbildningsnämnden", [
        ("Ny förskola Sjöängen, etapp 1", 28500, 14000, 0),
        ("Ombyggnad skolkök Solbergaskolan", 6200, 0, 0),
        ("Inventarier och digitala lärverktyg", 1800, 1800, 1800),
        ("Utemiljö förskolor", 900, 900, 900),
    ]),
    ("Vård- och omsorgsnämnden", [
        ("Trygghetsboende Vätternvyn", 12000, 18500, 6000),
        ("Välfärdsteknik", 900, 900, 900),
        ("Inventarier särskilt boende", 700, 700, 700),
    ]),
    ("Samhällsbyggnadsnämnden", [
        ("VA-ledningar Åmmeberg", 15000, 12000, 8000),
        ("Gång- och cykelväg Hammarvägen", 5400, 2000, 0),
        ("Gatubelysning, byte till LED", 2000, 2000, 2000),
        ("Beläggningsprogram gator", 3500, 3500, 3500),
        ("Hamnen Askersund, nya bryggor", 3200, 0, 0),
    ]),
    ("Kultur- och fritidsnämnden", [
        ("Konstgräsplan Sjöängsvallen", 7500, 0, 0),
        ("Upprustning badplatser", 600, 600, 600),
        ("Bibliotek, meröppet Åsbro", 450, 0, 0),
    ]),
]

BAL = [  # Balansbudget mnkr: Bokslut 2023, Budget 2025, Plan 2026, Plan 2027
    ("Anläggningstillgångar", [868.4, 951.2, 998.7, 1032.5]),
    ("Omsättningstillgångar", [142.6, 118.3, 112.9, 110.4]),
]

POP = [  # år, folkmängd, födda, döda, inflyttade, utflyttade
    (2015, 11196, 98, 141, 612, 540),
    (2016, 11245, 104, 137, 640, 558),
    (2017, 11281, 101, 145, 628, 548),
    (2018, 11301, 95, 139, 597, 533),
    (2019, 11307, 97, 150, 588, 529),
    (2020, 11298, 92, 158, 602, 545),
    (2021, 11322, 99, 143, 621, 553),
    (2022, 11339, 89, 149, 634, 557),
    (2023, 11347, 86, 146, 619, 551),
    (2024, 11350, 90, 151, 627, 563),
]


def invest_rows():
    rows, bold = [], []
    tot = [0, 0, 0]
    for sec, projs in INVEST:
        rows.append([sec])
        s = [0, 0, 0]
        for name, a, b, c in projs:
            rows.append([name, fmt(a, 0), fmt(b, 0), fmt(c, 0), fmt(a + b + c, 0)])
            s = [s[0] + a, s[1] + b, s[2] + c]
        bold.append(len(rows))
        rows.append([f"Summa {sec[0].lower() + sec[1:]}", fmt(s[0], 0), fmt(s[1], 0), fmt(s[2], 0), fmt(sum(s), 0)])
        tot = [tot[0] + s[0], tot[1] + s[1], tot[2] + s[2]]
    bold.append(len(rows))
    rows.append(["Totalt investeringar", fmt(tot[0], 0), fmt(tot[1], 0), fmt(tot[2], 0), fmt(sum(tot), 0)])
    return rows, bold, tot


# ---------------------------------------------------------------- budget PDF
def budget_pdf(path):
    d = Doc("Askersunds kommun", "Mål och budget 2025 med plan 2026–2027")
    d.add_page()
    d.set_font("DejaVu", "B", 26)
    d.ln(40)
    d.multi_cell(0, 12, "Mål och budget 2025\nmed plan 2026–2027", align="C", new_x="LMARGIN", new_y="NEXT")
    d.ln(8)
    d.set_font("DejaVu", "", 13)
    d.multi_cell(0, 7, "Askersunds kommun", align="C", new_x="LMARGIN", new_y="NEXT")
    d.ln(60)
    d.set_font("DejaVu", "", 10)
    d.multi_cell(0, 5.5, "Antagen av kommunfullmäktige 2024-11-25, § 112\nDiarienummer KS 2024/318", align="C",
                 new_x="LMARGIN", new_y="NEXT")

    d.add_page()
    d.h1("Innehåll")
    for t, pg in [("Ordföranden har ordet", 3), ("Vision och målområden", 4), ("Omvärld och ekonomiska förutsättningar", 5),
                  ("Skattesats och befolkning", 6), ("Effektiviseringar och prioriteringar", 7),
                  ("Resultatbudget", 8), ("Balansbudget", 9), ("Driftbudget per nämnd", 10),
                  ("Investeringsbudget", 11), ("Nämndernas uppdrag", 13)]:
        d.set_font("DejaVu", "", 10)
        d.cell(150, 6, t)
        d.cell(0, 6, str(pg), align="R", new_x="LMARGIN", new_y="NEXT")

    d.add_page()
    d.h1("Ordföranden har ordet")
    d.p("Askersund är en kommun med stora möjligheter. Vi har Vättern, Tiveden och ett levande näringsliv, "
        "och vi har invånare som engagerar sig i sin bygd. Samtidigt står vi, som alla kommuner, inför en "
        "period där kostnaderna ökar snabbare än intäkterna. Inflationen har sjunkit men pensionskostnaderna "
        "och räntorna ligger kvar på en hög nivå.")
    d.p("Med den här budgeten tar vi ansvar för både välfärden och ekonomin. Skattesatsen lämnas oförändrad "
        "och vi budgeterar ett resultat på 12,7 miljoner kronor för 2025. Det ger oss utrymme att fortsätta "
        "investera i förskolor, vatten och avlopp och i ett tryggt boende för äldre, utan att låneskulden "
        "växer mer än nödvändigt.")
    d.p("Den största enskilda satsningen är den nya förskolan i Sjöängen som ska ge plats för 120 barn. "
        "Vi fortsätter också att bygga trygghetsboendet Vätternvyn och att förnya VA-ledningarna i Åmmeberg.")
    d.p("Jag vill tacka alla medarbetare som varje dag gör skillnad för askersundarna.")
    d.set_font("DejaVu", "I", 10)
    d.multi_cell(0, 5.2, "Linnea Holmqvist (S)\nKommunstyrelsens ordförande", new_x="LMARGIN", new_y="NEXT")
    d.ln(3)

    d.add_page()
    d.h1("Vision och målområden")
    d.p("Kommunens vision är ”Askersund – där livet får ta plats”. Kommunfullmäktige har beslutat om fyra "
        "målområden som gäller under mandatperioden 2023–2026. Varje nämnd bryter ned målen till egna "
        "nämndmål med indikatorer.")
    d.h2("Målområde 1: Livslångt lärande")
    d.p("Andelen elever i årskurs 9 som är behöriga till ett yrkesprogram på gymnasiet ska öka till minst "
        "88 procent till 2026. Alla barn ska erbjudas förskoleplats inom fyra månader.")
    d.h2("Målområde 2: Trygg vård och omsorg")
    d.p("Brukarnöjdheten inom hemtjänsten ska vara minst 90 procent. Väntetiden till särskilt boende ska "
        "understiga 60 dagar.")
    d.h2("Målområde 3: Hållbar samhällsutveckling")
    d.p("Kommunkoncernens utsläpp av växthusgaser ska minska med 50 procent till 2030 jämfört med 2015. "
        "Minst 40 nya bostäder ska färdigställas per år.")
    d.h2("Målområde 4: God ekonomisk hushållning")
    d.p("Resultatet ska uppgå till minst 1,5 procent av skatteintäkter och generella statsbidrag sett över "
        "planperioden. Självfinansieringsgraden för investeringar ska vara minst 60 procent och "
        "soliditeten inklusive hela pensionsåtagandet ska inte understiga 25 procent.")

    d.add_page()
    d.h1("Omvärld och ekonomiska förutsättningar")
    d.p("Sveriges Kommuner och Regioner (SKR) bedömer i sin prognos från oktober 2024 att skatteunderlaget "
        "växer med 4,4 procent 2025. Sysselsättningen väntas vända uppåt under andra halvåret 2025.")
    d.p("För Askersunds del innebär prognosen att skatteintäkterna ökar med 25,3 miljoner kronor jämfört med "
        "prognosen för 2024. Generella statsbidrag och utjämning ökar med 8,2 miljoner kronor, bland annat "
        "till följd av höjda statsbidrag till kommunerna i statens budget.")
    d.p("Pensionskostnaderna beräknas öka med 6,9 miljoner kronor 2025, främst som en följd av det nya "
        "pensionsavtalet AKAP-KR. Räntekostnaderna ökar i takt med att nya lån tas upp för att finansiera "
        "investeringarna. Den genomsnittliga räntan på låneportföljen beräknas till 3,1 procent.")
    d.p("Kommunens låneskuld beräknas uppgå till 412 miljoner kronor vid utgången av 2025.")

    d.add_page()
    d.h1("Skattesats och befolkning")
    d.p("Kommunalskatten för 2025 föreslås vara oförändrad, 22,35 kronor per skattekrona. Tillsammans med "
        "regionskatten på 11,70 kronor blir den totala skattesatsen 34,05 kronor.")
    d.p("Budgeten bygger på ett antagande om 11 360 invånare den 1 november 2024. Befolkningen har "
        "varit i stort sett oförändrad under de senaste tio åren, men andelen invånare över 80 år ökar. "
        "Till 2030 väntas antalet invånare över 80 år öka med omkring 180 personer.")
    d.p("Antalet barn i förskoleåldern väntas vara stabilt, medan antalet elever i grundskolans högre "
        "årskurser ökar något fram till 2027.")

    d.add_page()
    d.h1("Effektiviseringar och prioriteringar")
    d.p("För att nå resultatmålet behöver nämnderna genomföra effektiviseringar på totalt 12,4 miljoner "
        "kronor under 2025. Vård- och omsorgsnämnden ska spara 4,7 miljoner kronor, bland annat genom "
        "ändrad bemanning nattetid och ökad användning av välfärdsteknik. Barn- och utbildningsnämnden "
        "ska minska sina kostnader med 3,9 miljoner kronor genom samordning av skolskjutsar och lokaler. "
        "Kommunstyrelsen ska spara 2,1 miljoner kronor på administration. Resterande 1,7 miljoner kronor "
        "fördelas mellan övriga nämnder efter dialog under våren.")
    d.p("Samtidigt görs ett antal prioriteringar. Barn- och utbildningsnämnden får 2,5 miljoner kronor för "
        "elevhälsa och särskilt stöd. Socialnämnden tillförs 1,2 miljoner kronor för att förstärka arbetet "
        "mot våld i nära relationer. Kultur- och fritidsnämnden får 700 000 kronor för sommarlovsaktiviteter "
        "för barn och unga.")
    d.p("Kommunstyrelsen disponerar en central reserv på 5,0 miljoner kronor för oförutsedda kostnader. "
        "Reserven ingår i kommunstyrelsens ram.")

    # Resultatbudget
    d.add_page()
    d.h1("Resultatbudget")
    d.caption("Belopp i mnkr")
    yrs = ["Bokslut", "Prognos", "Budget", "Plan", "Plan"]
    yrs2 = ["2023", "2024", "2025", "2026", "2027"]
    w = [56, 10, 20, 20, 20, 22, 22]
    rows = []
    def rr(label, note, key):
        rows.append([label, note] + [fmt(v) for v in RB[key]])
    rr("Verksamhetens intäkter", "1", "int")
    rr("Verksamhetens kostnader", "2", "kost")
    rr("Avskrivningar", "3", "avs")
    rr("Verksamhetens nettokostnader", "", "netto")
    rr("Skatteintäkter", "4", "skatt")
    rr("Generella statsbidrag och utjämning", "5", "bidr")
    rr("Verksamhetens resultat", "", "vres")
    rr("Finansiella intäkter", "", "finint")
    rr("Finansiella kostnader", "6", "finkost")
    rr("Resultat efter finansiella poster", "", "res")
    rr("Årets resultat", "", "res")
    rows.append(["Resultat i % av skatter och bidrag", ""] + [fmt(v) for v in RB["pct"]])
    d.table(w, [["", "Not"] + yrs, ["", ""] + yrs2], rows, bold_rows=(3, 6, 9, 10),
            aligns=["L", "C", "R", "R", "R", "R", "R"])
    d.set_font("DejaVu", "", 8)
    d.multi_cell(0, 4.2, "Not 1. Intäkterna omfattar taxor, avgifter, hyror och riktade statsbidrag.\n"
                 "Not 2. I kostnaderna ingår löneökningar med 3,4 procent 2025.\n"
                 "Not 3. Avskrivningarna ökar när Sjöängens förskola tas i bruk.\n"
                 "Not 4. Skatteintäkterna bygger på SKR:s prognos 2024-10-03.\n"
                 "Not 5. Inklusive fastighetsavgift.\n"
                 "Not 6. Räntekostnader samt finansiell kostnad för pensionsskulden.",
                 new_x="LMARGIN", new_y="NEXT")

    # Balansbudget
    d.add_page()
    d.h1("Balansbudget")
    d.caption("Belopp i mnkr")
    res = [RB["res"][0], RB["res"][2], RB["res"][3], RB["res"][4]]
    anl = BAL[0][1]; oms = BAL[1][1]
    tillg = [r1(a + b) for a, b in zip(anl, oms)]
    ek = [402.6]
    for i in range(1, 4):
        # 2024 prognos result 8.1 comes between 2023 and 2025
        ek.append(r1(ek[-1] + (RB["res"][1] if i == 1 else 0) + res[i]))
    avs = [96.4, 101.8, 104.5, 107.1]
    lang = [318.0, 412.0, 446.0, 468.0]
    kort = [r1(t - e - a - l) for t, e, a, l in zip(tillg, ek, avs, lang)]
    sol = [r1(100 * e / t) for e, t in zip(ek, tillg)]
    w = [80, 22, 22, 22, 22]
    brow = [
        ["Tillgångar"],
        ["Anläggningstillgångar"] + [fmt(v) for v in anl],
        ["Omsättningstillgångar"] + [fmt(v) for v in oms],
        ["Summa tillgångar"] + [fmt(v) for v in tillg],
        ["Eget kapital, avsättningar och skulder"],
        ["Eget kapital"] + [fmt(v) for v in ek],
        ["  varav årets resultat"] + [fmt(v) for v in res],
        ["Avsättningar för pensioner"] + [fmt(v) for v in avs],
        ["Långfristiga skulder"] + [fmt(v) for v in lang],
        ["Kortfristiga skulder"] + [fmt(v) for v in kort],
        ["Summa eget kapital, avsättningar och skulder"] + [fmt(v) for v in tillg],
        ["Soliditet, %"] + [fmt(v) for v in sol],
    ]
    d.table(w, [["", "Bokslut", "Budget", "Plan", "Plan"], ["", "2023", "2025", "2026", "2027"]], brow,
            bold_rows=(3, 10))
    d.p("Soliditeten sjunker under planperioden eftersom investeringarna till stor del finansieras med nya "
        "lån. Soliditeten inklusive hela pensionsåtagandet beräknas till 27,8 procent vid utgången av 2025.")

    # Driftbudget (landscape)
    d.add_page(orientation="L")
    d.h1("Driftbudget per nämnd")
    d.caption("Nettokostnader, belopp i mnkr. Kolumnen kr per invånare avser budget 2025 och "
              f"bygger på {fmt(INV_2024, 0)} invånare den 31 december 2024.")
    s24 = r1(sum(x[1] for x in DRIFT)); s25 = r1(sum(x[2] for x in DRIFT))
    drows = []
    for n, a, b in DRIFT:
        drows.append([n, fmt(a), fmt(b), fmt(r1(b - a)), fmt(100 * (b - a) / a), fmt(b * 1e6 / INV_2024, 0)])
    drows.append(["Summa nämnder", fmt(s24), fmt(s25), fmt(r1(s25 - s24)), fmt(100 * (s25 - s24) / s24),
                  fmt(s25 * 1e6 / INV_2024, 0)])
    f24 = r1(NETTO_B24 - s24); f25 = r1(NETTO_B25 - s25)
    drows.append(["Finansförvaltning och gemensamma poster¹", fmt(f24), fmt(f25), fmt(r1(f25 - f24)), "",
                  fmt(f25 * 1e6 / INV_2024, 0)])
    drows.append(["Verksamhetens nettokostnader", fmt(NETTO_B24), fmt(NETTO_B25), fmt(r1(NETTO_B25 - NETTO_B24)),
                  fmt(100 * (NETTO_B25 - NETTO_B24) / NETTO_B24), fmt(NETTO_B25 * 1e6 / INV_2024, 0)])
    d.table([100, 28, 28, 28, 30, 38],
            [["Nämnd", "Budget", "Budget", "Förändring", "Förändring", "kr per"],
             ["", "2024", "2025", "mnkr", "%", "invånare"]], drows, bold_rows=(7, 9))
    d.set_font("DejaVu", "", 8)
    d.multi_cell(0, 4.2, "¹ Avser internränta, pensionskostnader utöver nämndernas PO-pålägg och interna "
                 "kapitalkostnader. Negativt belopp innebär en intäkt.", new_x="LMARGIN", new_y="NEXT")

    # Investeringsbudget
    d.add_page(orientation="P")
    d.h1("Investeringsbudget")
    d.p("Investeringsbudgeten för 2025 är den största i kommunens historia. De största projekten är den nya "
        "förskolan i Sjöängen, trygghetsboendet Vätternvyn och VA-ledningarna i Åmmeberg. Investeringarna "
        "finansieras med egna medel och nyupplåning.")
    d.p("Nedanstående tabell visar bruttoinvesteringar per nämnd och projekt.")
    d.caption("Belopp i tkr")
    d.ln(40)
    rows, bold, tot = invest_rows()
    d.table([86, 21, 21, 21, 21], [["Projekt", "Budget 2025", "Plan 2026", "Plan 2027", "Totalt"]], rows,
            bold_rows=tuple(bold))
    d.p(f"Totalt uppgår investeringarna under planperioden till {fmt(sum(tot) / 1000, 1)} miljoner kronor.")

    # Nämnderna
    d.add_page()
    d.h1("Nämndernas uppdrag")
    texts = {
        "Kommunstyrelsen": "Kommunstyrelsen leder och samordnar kommunens verksamhet och ansvarar för "
            "ekonomi, personal, näringslivsfrågor, kommunikation och IT. I kommunstyrelsens ram ingår "
            "räddningstjänsten som bedrivs i samverkan med Nerikes Brandkår.",
        "Barn- och utbildningsnämnden": "Nämnden ansvarar för förskola, grundskola, fritidshem, "
            "anpassad skola, gymnasieskola och vuxenutbildning. Gymnasieelever från Askersund studerar "
            "främst i Örebro, Hallsberg och Laxå. Under 2025 startar arbetet med en ny skolorganisation "
            "för årskurs 7–9.",
        "Vård- och omsorgsnämnden": "Nämnden ansvarar för äldreomsorg, hemsjukvård och stöd enligt LSS. "
            "Nämnden har 212 platser i särskilt boende. Hemtjänsten utför cirka 230 000 timmar per år.",
        "Socialnämnden": "Socialnämnden ansvarar för individ- och familjeomsorg, ekonomiskt bistånd och "
            "missbruksvård. Kostnaderna för ekonomiskt bistånd har ökat under 2024.",
        "Samhällsbyggnadsnämnden": "Nämnden ansvarar för fysisk planering, bygglov, miljö- och "
            "hälsoskydd, gator och parker. Vatten och avlopp finansieras med avgifter och ingår inte i "
            "skattekollektivet.",
        "Kultur- och fritidsnämnden": "Nämnden ansvarar för bibliotek, kulturskola, fritidsgårdar, "
            "idrottsanläggningar och badplatser. Kulturskolan har omkring 420 elever.",
    }
    for k, v in texts.items():
        d.h2(k)
        d.p(v)
        d.p("Nämnden ska under 2025 redovisa måluppfyllelse i delårsrapporten per den 31 augusti och i "
            "årsredovisningen. Avvikelser mot budget ska redovisas med förslag till åtgärder.")
    d.output(path)


# ---------------------------------------------------------------- årsredovisning
def arsred_pdf(path):
    d = Doc("Askersunds kommun", "Årsredovisning 2024")
    d.add_page()
    d.set_font("DejaVu", "B", 28)
    d.ln(50)
    d.multi_cell(0, 12, "Årsredovisning 2024", align="C", new_x="LMARGIN", new_y="NEXT")
    d.set_font("DejaVu", "", 13)
    d.ln(6)
    d.multi_cell(0, 7, "Askersunds kommun", align="C", new_x="LMARGIN", new_y="NEXT")

    d.add_page()
    d.h1("Kommunstyrelsens ordförande har ordet")
    d.p("2024 blev ett år med stora utmaningar men också med glädjeämnen. Kommunen redovisar ett "
        "positivt resultat på 9,4 miljoner kronor, vilket är 1,3 miljoner kronor bättre än prognosen i "
        "delårsrapporten. Vi har samtidigt investerat 61,3 miljoner kronor i skolor, vatten och avlopp "
        "och gator.")
    d.p("Under året invigdes den nya gästhamnen och vi tog första spadtaget för trygghetsboendet "
        "Vätternvyn. Arbetslösheten i kommunen sjönk till 5,8 procent.")
    d.set_font("DejaVu", "I", 10)
    d.multi_cell(0, 5.2, "Linnea Holmqvist (S), kommunstyrelsens ordförande", new_x="LMARGIN", new_y="NEXT")
    d.ln(4)

    d.h1("Fem år i sammandrag")
    rows = [
        ["Antal invånare 31 dec", "11 298", "11 322", "11 339", "11 347", "11 350"],
        ["Kommunalskatt, kr", "22,35", "22,35", "22,35", "22,35", "22,35"],
        ["Verksamhetens nettokostnader, mnkr", "-702,4", "-729,8", "-761,5", "-788,5", "-818,9"],
        ["Årets resultat, mnkr", "21,8", "28,4", "14,6", "7,0", "9,4"],
        ["Resultat i % av skatter och bidrag", "3,1", "3,8", "1,9", "0,9", "1,1"],
        ["Nettoinvesteringar, mnkr", "48,2", "55,7", "63,0", "70,4", "61,3"],
        ["Soliditet, %", "43,2", "42,7", "41,0", "39,8", "39,5"],
        ["Antal tillsvidareanställda", "1 012", "1 018", "1 027", "1 031", "1 024"],
    ]
    d.table([70, 20, 20, 20, 20, 20], [["", "2020", "2021", "2022", "2023", "2024"]], rows)

    d.add_page()
    d.h1("Förvaltningsberättelse")
    d.h2("Ekonomiskt resultat")
    d.p("Årets resultat uppgår till 9,4 miljoner kronor. Budgeterat resultat var 10,5 miljoner kronor. "
        "Skatteintäkter och generella statsbidrag blev sammantaget 3,6 miljoner kronor högre än budget, "
        "medan nämnderna redovisade ett samlat underskott på 14,3 miljoner kronor.")
    d.p("Vård- och omsorgsnämnden redovisar det största underskottet, -8,6 miljoner kronor, främst på "
        "grund av höga kostnader för bemanningssjuksköterskor. Socialnämnden redovisar -4,9 miljoner "
        "kronor till följd av fler placeringar av barn och unga.")
    d.h2("Personal")
    d.p("Sjukfrånvaron bland kommunens medarbetare var 7,2 procent, en minskning från 7,9 procent året "
        "innan. Antalet tillsvidareanställda var 1 024 vid årets slut.")
    d.h2("Nämndernas budgetavvikelse")
    d.caption("Belopp i mnkr. Underskott anges inom parentes.")
    nrows = [
        ["Kommunstyrelsen", "98,6", "97,1", "1,5"],
        ["Barn- och utbildningsnämnden", "342,5", "344,2", "(1,7)"],
        ["Vård- och omsorgsnämnden", "301,2", "309,8", "(8,6)"],
        ["Socialnämnden", "58,4", "63,3", "(4,9)"],
        ["Samhällsbyggnadsnämnden", "52,3", "52,9", "(0,6)"],
        ["Kultur- och fritidsnämnden", "24,8", "24,8", "0,0"],
        ["Revisionen", "1,6", "1,6", "0,0"],
        ["Summa nämnder", "879,4", "893,7", "(14,3)"],
    ]
    d.table([80, 28, 28, 28], [["Nämnd", "Budget 2024", "Utfall 2024", "Avvikelse"]], nrows, bold_rows=(7,))

    d.add_page()
    d.h1("Resultaträkning")
    d.caption("Belopp i mnkr")
    rr = [
        ["Verksamhetens intäkter", "1", "168,4", "174,9"],
        ["Verksamhetens kostnader", "2", "(918,7)", "(953,9)"],
        ["Avskrivningar", "3", "(38,2)", "(39,9)"],
        ["Verksamhetens nettokostnader", "", "(788,5)", "(818,9)"],
        ["Skatteintäkter", "4", "612,3", "636,1"],
        ["Generella statsbidrag och utjämning", "5", "186,9", "200,4"],
        ["Verksamhetens resultat", "", "10,7", "17,6"],
        ["Finansiella intäkter", "6", "3,1", "3,5"],
        ["Finansiella kostnader", "7", "(6,8)", "(11,7)"],
        ["Resultat efter finansiella poster", "", "7,0", "9,4"],
        ["Årets resultat", "", "7,0", "9,4"],
    ]
    d.table([80, 12, 30, 30], [["", "Not", "Utfall 2023", "Utfall 2024"]], rr, bold_rows=(3, 6, 9, 10),
            aligns=["L", "C", "R", "R"])
    d.h2("Balanskravsresultat")
    d.p("Balanskravsresultatet för 2024 uppgår till 8,8 miljoner kronor efter avdrag för "
        "realisationsvinster på 0,6 miljoner kronor. Kommunen uppfyller därmed balanskravet.")
    d.output(path)


# ---------------------------------------------------------------- HTML
def html_page(path):
    rows = [
        ("Förskola och grundskola", "31,60"), ("Äldreomsorg", "24,90"), ("Stöd till personer med funktionsnedsättning", "9,80"),
        ("Gymnasieskola och vuxenutbildning", "9,20"), ("Individ- och familjeomsorg", "6,80"),
        ("Gator, parker och samhällsbyggnad", "5,90"), ("Kultur och fritid", "2,90"),
        ("Räddningstjänst", "2,70"), ("Politik och administration", "6,20"),
    ]
    trs = "\n".join(f"        <tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows)
    html = f"""<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Så används din skatt - Askersunds kommun</title>
<style>body{{font-family:Arial,sans-serif}} .cookie{{background:#eee;padding:1em}}</style>
<script>window.dataLayer = window.dataLayer || [];</script>
</head>
<body>
<div class="cookie" id="cookie-banner">
  <p>Vi använder kakor (cookies) för att förbättra din upplevelse av askersund.se. Genom att klicka på "Godkänn alla" samtycker du till analyskakor.</p>
  <button>Godkänn alla</button> <button>Endast nödvändiga</button>
</div>
<header>
  <a href="/">Askersunds kommun</a>
  <nav>
    <ul>
      <li><a href="/omsorg">Omsorg och stöd</a></li>
      <li><a href="/skola">Förskola och skola</a></li>
      <li><a href="/bygga">Bygga, bo och miljö</a></li>
      <li><a href="/kultur">Kultur och fritid</a></li>
      <li><a href="/kommun-och-politik">Kommun och politik</a></li>
    </ul>
  </nav>
  <form><input type="search" placeholder="Sök på webbplatsen"></form>
</header>
<nav class="breadcrumb"><a href="/">Start</a> / <a href="/kommun-och-politik">Kommun och politik</a> / <a href="/ekonomi">Ekonomi</a> / Så används din skatt</nav>
<main>
  <h1>Så används din skatt</h1>
  <p class="ingress">Kommunalskatten i Askersund är 22,35 kronor per hundralapp du tjänar. Här kan du se hur varje hundralapp i skatt fördelas mellan kommunens verksamheter 2025.</p>
  <p>Den som tjänar 30 000 kronor i månaden betalar ungefär 6 700 kronor i kommunalskatt per månad. Utöver kommunalskatten betalar du 11,70 kronor i regionskatt till Region Örebro län.</p>
  <h2>Så fördelas 100 kronor i skatt</h2>
  <table>
    <caption>Fördelning av 100 kr kommunalskatt, budget 2025</caption>
    <thead>
      <tr><th>Verksamhet</th><th>Kronor</th></tr>
    </thead>
    <tbody>
{trs}
        <tr><td>Totalt</td><td>100,00</td></tr>
    </tbody>
  </table>
  <p>Förskola och skola samt äldreomsorg är kommunens största verksamheter. Tillsammans står de för mer än hälften av kostnaderna.</p>
  <h2>Mer om kommunens ekonomi</h2>
  <p>Den fullständiga budgeten finns i dokumentet Mål och budget 2025 med plan 2026–2027. Kommunens årsredovisning publiceras i april varje år.</p>
  <p class="meta">Publicerad 2025-01-15<br>Senast uppdaterad 2025-02-03</p>
</main>
<aside><h2>Kontakt</h2><p>Ekonomiavdelningen, ekonomi@askersund.se</p></aside>
<footer>
  <p>Askersunds kommun, Box 62, 696 22 Askersund. Telefon 0583-810 00.</p>
  <p><a href="/tillganglighet">Tillgänglighetsredogörelse</a> | <a href="/kakor">Om kakor</a> | <a href="/personuppgifter">Personuppgifter</a></p>
</footer>
</body>
</html>
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(html)


# ---------------------------------------------------------------- DOCX
def protokoll_docx(path):
    from docx import Document
    doc = Document()
    cp = doc.core_properties
    cp.author = "Kommunledningsförvaltningen"; cp.title = "Protokoll kommunstyrelsen 2025-03-11"
    cp.created = FIXED_DT.replace(tzinfo=None); cp.modified = FIXED_DT.replace(tzinfo=None)
    cp.last_printed = FIXED_DT.replace(tzinfo=None); cp.revision = 1
    doc.add_heading("Sammanträdesprotokoll", 0)
    doc.add_paragraph("Kommunstyrelsen, Askersunds kommun")
    doc.add_paragraph("Sammanträdesdatum: 2025-03-11")
    doc.add_paragraph("Plats och tid: Sessionssalen, Rådhuset, klockan 13.00–16.15")
    doc.add_paragraph("Beslutande: Linnea Holmqvist (S), ordförande, Per-Erik Sandahl (M), Annika Wennberg (C), "
                      "Tobias Granlund (SD), Karin Ljung (S), Mats Öhrn (KD), Sofia Ekdahl (V)")
    doc.add_paragraph("Övriga närvarande: Jonas Ekvall, kommundirektör, Maria Lindqvist, ekonomichef")
    doc.add_paragraph("Justerare: Annika Wennberg (C)")

    doc.add_heading("§ 34 Val av justerare", 2)
    doc.add_paragraph("Kommunstyrelsen utser Annika Wennberg (C) att jämte ordföranden justera dagens protokoll.")

    doc.add_heading("§ 35 Ombudgetering av investeringsmedel från 2024 till 2025", 2)
    doc.add_paragraph("Dnr KS 2025/041")
    doc.add_paragraph("Flera investeringsprojekt har inte slutförts under 2024. Ekonomiavdelningen föreslår "
                      "att outnyttjade medel för dessa projekt förs över till 2025. Totalt föreslås "
                      "ombudgetering med 9 850 tkr.")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, txt in zip(t.rows[0].cells, ["Projekt", "Nämnd", "Ombudgeteras, tkr"]):
        c.text = txt
    for a, b, c in [("Ny förskola Sjöängen", "BUN", "4 200"), ("Gång- och cykelväg Hammarvägen", "SBN", "2 150"),
                    ("Energieffektivisering kommunala fastigheter", "KS", "1 800"),
                    ("Hamnen Askersund, nya bryggor", "SBN", "1 100"), ("Välfärdsteknik", "VON", "600"),
                    ("Summa", "", "9 850")]:
        cells = t.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = a, b, c
    doc.add_paragraph("Beslut")
    doc.add_paragraph("Kommunstyrelsen föreslår kommunfullmäktige besluta att investeringsmedel om 9 850 tkr "
                      "ombudgeteras från 2024 till 2025 enligt förslaget.")
    doc.add_paragraph("Reservation")
    doc.add_paragraph("Per-Erik Sandahl (M) och Mats Öhrn (KD) reserverar sig mot beslutet till förmån för "
                      "eget yrkande om att ombudgeteringen för hamnens bryggor ska utgå.")

    doc.add_heading("§ 36 Bidrag till Askersunds hamnfestival 2025", 2)
    doc.add_paragraph("Dnr KS 2025/019")
    doc.add_paragraph("Föreningen Askersunds Hamnfestival har ansökt om ett bidrag på 180 000 kronor för "
                      "festivalen den 11–13 juli 2025. Förvaltningen föreslår ett bidrag på 150 000 kronor.")
    doc.add_paragraph("Beslut")
    doc.add_paragraph("Kommunstyrelsen beviljar föreningen Askersunds Hamnfestival ett bidrag på 150 000 kronor "
                      "för 2025. Medlen tas från kommunstyrelsens centrala reserv.")

    doc.add_heading("§ 37 Uppföljning av effektiviseringar per februari 2025", 2)
    doc.add_paragraph("Dnr KS 2025/033")
    doc.add_paragraph("Ekonomichef Maria Lindqvist redovisar att effektiviseringar motsvarande 3,1 miljoner "
                      "kronor är genomförda hittills i år. Vård- och omsorgsnämnden bedöms inte nå hela "
                      "sparbetinget under 2025.")
    doc.add_paragraph("Beslut")
    doc.add_paragraph("Kommunstyrelsen noterar informationen till protokollet.")

    doc.add_heading("§ 38 Motion om fri kollektivtrafik för pensionärer", 2)
    doc.add_paragraph("Dnr KS 2024/202")
    doc.add_paragraph("Sofia Ekdahl (V) har i en motion föreslagit att invånare över 75 år ska få åka "
                      "kollektivtrafik gratis inom kommunen. Kostnaden har beräknats till 420 000 kronor per år.")
    doc.add_paragraph("Beslut")
    doc.add_paragraph("Kommunstyrelsen föreslår kommunfullmäktige att avslå motionen.")
    doc.add_paragraph("Reservation")
    doc.add_paragraph("Sofia Ekdahl (V) reserverar sig mot beslutet till förmån för eget yrkande om bifall "
                      "till motionen.")
    doc.add_paragraph("Vid protokollet: Helén Skog, nämndsekreterare")
    doc.save(path)
    normalize_zip(path)


# ---------------------------------------------------------------- XLSX
def statistik_xlsx(path):
    from openpyxl import Workbook
    from openpyxl.styles import Font
    wb = Workbook()
    ws = wb.active
    ws.title = "Befolkning"
    ws["A1"] = "Befolkningsutveckling i Askersunds kommun 2015–2024"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Antal personer. Källa: SCB, bearbetning kommunledningsförvaltningen"
    ws.append([])
    ws.append(["År", "Folkmängd 31 dec", "Födda", "Döda", "Inflyttade", "Utflyttade", "Förändring"])
    prev = 11167
    for y, pop, f, dd, inn, ut in POP:
        ws.append([y, pop, f, dd, inn, ut, pop - prev])
        prev = pop
    ws2 = wb.create_sheet("Nyckeltal")
    ws2["A1"] = "Kostnad per invånare för vissa verksamheter"
    ws2["A1"].font = Font(bold=True, size=13)
    ws2["A2"] = "Kronor per invånare, löpande priser"
    ws2.append([])
    ws2.append(["Verksamhet", "2022", "2023", "2024", "Riket 2024"])
    for r in [
        ("Förskola", 9512, 9874, 10230, 10815),
        ("Grundskola inkl. förskoleklass", 15210, 15980, 16644, 15902),
        ("Gymnasieskola", 6840, 7102, 7390, 6951),
        ("Äldreomsorg", 24870, 26115, 27430, 21366),
        ("Individ- och familjeomsorg", 4820, 5105, 5577, 4903),
        ("Kultur och fritid", 2410, 2455, 2520, 3110),
    ]:
        ws2.append(list(r))
    ws2.append([])
    ws2.append(["Kommunalskatt, kr", 22.35, 22.35, 22.35, 21.01])
    wb.properties.creator = "Askersunds kommun"
    wb.properties.created = FIXED_DT.replace(tzinfo=None)
    wb.properties.modified = FIXED_DT.replace(tzinfo=None)
    wb.save(path)
    normalize_zip(path)


# ---------------------------------------------------------------- press release
def press_md(path):
    txt = """# Pressmeddelande: Byggstart för nya förskolan i Sjöängen

**Askersunds kommun, 2025-02-20**

Den 14 april tas det första spadtaget för Sjöängens förskola i Askersund. Förskolan får sex avdelningar och plats för 120 barn. Den beräknas vara klar att tas i bruk i augusti 2026.

Den totala kostnaden för förskolan beräknas till 46,7 miljoner kronor, varav 28,5 miljoner kronor ligger i budgeten för 2025. Byggnaden uppförs i trä och får solceller på taket. Entreprenör är Vätterbygg AB som vann upphandlingen i januari.

– Vi behöver fler förskoleplatser i centrala Askersund och samtidigt kan vi lämna två gamla paviljonger som är dyra att värma upp, säger Karin Ljung (S), ordförande i barn- och utbildningsnämnden.

När Sjöängens förskola öppnar avvecklas förskolorna Paviljongen och Lärkan. Barnen och personalen flyttar med till den nya förskolan.

Förskolan byggs i två etapper. Etapp 2, med en utomhusmiljö och en mindre idrottshall, planeras till 2027–2028 men är ännu inte beslutad.

## Fakta

- Antal avdelningar: 6
- Antal platser: 120
- Yta: cirka 1 450 kvadratmeter
- Beräknad kostnad: 46,7 miljoner kronor
- Inflyttning: augusti 2026

**Kontakt**
Karin Ljung (S), ordförande barn- och utbildningsnämnden, 0583-810 45
Henrik Dahl, projektledare, 0583-812 17
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(txt)


def build(outdir):
    os.makedirs(outdir, exist_ok=True)
    budget_pdf(os.path.join(outdir, "askersund-mal-och-budget-2025.pdf"))
    arsred_pdf(os.path.join(outdir, "askersund-arsredovisning-2024.pdf"))
    html_page(os.path.join(outdir, "sa-anvands-din-skatt.html"))
    protokoll_docx(os.path.join(outdir, "ks-protokoll-2025-03-11.docx"))
    statistik_xlsx(os.path.join(outdir, "askersund-befolkning-nyckeltal.xlsx"))
    press_md(os.path.join(outdir, "pressmeddelande-sjoangens-forskola.md"))
