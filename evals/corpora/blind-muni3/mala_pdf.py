"""Malå kommun – Mål och budget 2027 med plan 2028–2029 (PDF)."""
from common import Doc, fmt_t, fmt_i, pct

ORG = "Malå kommun"

# kommunbidrag tkr: budget 2026, budget 2027, plan 2028, plan 2029
KB = [
    ("Kommunstyrelsen", [
        ("Kommunledning och stöd", 28450, 29310, 29900, 30450),
        ("Samhällsbyggnad", 21780, 22640, 23100, 23500),
        ("Arbetsmarknad och integration", 6920, 6480, 6300, 6300),
    ]),
    ("Utbildningsnämnden", [
        ("Förskola", 19860, 20540, 20900, 21200),
        ("Grundskola", 42310, 43780, 44500, 45100),
        ("Gymnasieskola och vuxenutbildning", 17640, 18120, 18400, 18700),
    ]),
    ("Socialnämnden", [
        ("Äldreomsorg", 58920, 62480, 63700, 64900),
        ("Individ- och familjeomsorg", 14380, 13950, 14100, 14300),
        ("Funktionsstöd", 21570, 22310, 22800, 23200),
    ]),
    ("Övriga nämnder", [
        ("Miljö- och byggnämnden", 2140, 2210, 2250, 2300),
        ("Revision", 950, 980, 1000, 1020),
        ("Överförmyndare", 610, 640, 650, 670),
    ]),
]

# resultatbudget tenths mnkr: bokslut 2025, budget 2026, budget 2027, plan 2028, plan 2029
RB = {
    "int": ("Verksamhetens intäkter", "1", [624, 580, 605, 612, 620]),
    "kost": ("Verksamhetens kostnader", "2", [-2889, -2925, -3038, -3106, -3172]),
    "avskr": ("Avskrivningar", "3", [-118, -124, -131, -139, -145]),
    "skatt": ("Skatteintäkter", "4", [1462, 1513, 1579, 1630, 1684]),
    "bidr": ("Generella statsbidrag och utjämning", "5", [971, 1004, 1042, 1061, 1080]),
    "finint": ("Finansiella intäkter", "6", [14, 10, 11, 11, 11]),
    "finkost": ("Finansiella kostnader", "7", [-26, -30, -32, -36, -39]),
}

INV = [  # projekt, nämnd, 2027, 2028, 2029 (tkr)
    ("Ombyggnad Tallbackagården", "SN", 12400, 15600, 3500),
    ("Välfärdsteknik äldreomsorg", "SN", 850, 600, 600),
    ("Inventarier särskilt boende", "SN", 400, 300, 300),
    ("Förskolan Solrosen, tillbyggnad", "UN", 6200, 0, 0),
    ("Skolgård Kristinebergsskolan", "UN", 1300, 0, 0),
    ("Digitala läromedel och datorer", "UN", 900, 900, 900),
    ("Ventilation Malå skola", "UN", 0, 3200, 2800),
    ("Gator och vägar, beläggning", "KS", 2500, 2500, 2500),
    ("Gatubelysning", "KS", 800, 800, 600),
    ("Vattenverk Malå, UV-rening", "KS", 4800, 0, 0),
    ("Avloppsledningar Adak", "KS", 1500, 3800, 0),
    ("Reinvestering VA-nät", "KS", 2000, 2000, 2000),
    ("Malå simhall, takbyte", "KS", 3600, 0, 0),
    ("Skidspår och elljusspår", "KS", 350, 0, 350),
    ("Flygplatsen, asfaltering", "KS", 0, 2400, 0),
    ("Bredband Rentjärn", "KS", 1200, 0, 0),
    ("Kommunhuset, tillgänglighet", "KS", 700, 700, 0),
    ("IT-infrastruktur", "KS", 1100, 1100, 1100),
    ("Fordon", "KS", 900, 600, 600),
    ("Industrilokal Ängesträsket", "KS", 0, 0, 5000),
    ("Tillsynssystem", "MBN", 250, 0, 0),
    ("Mätutrustning miljö", "MBN", 150, 0, 150),
]

BEF = [  # år, folkmängd, 0-5, 80+
    ("2025 (utfall)", 2954, 146, 241),
    ("2026", 2930, 141, 248),
    ("2027", 2915, 138, 256),
    ("2028", 2902, 136, 263),
    ("2029", 2890, 135, 271),
]

AVG = [  # avgift, 2026 (kr), 2027 (kr), förändring tenths %
    ("Maxtaxa förskola, barn 1 (kr/mån)", "1 765", "1 800", "2,0 %"),
    ("Vatten och avlopp, typhus A (kr/år)", "11 420", "12 330", "8,0 %"),
    ("Renhållning, villa 14 dagars tömning (kr/år)", "2 960", "3 110", "5,1 %"),
    ("Hemtjänst, högsta avgift (kr/mån)", "2 575", "2 627", "2,0 %"),
    ("Simhall, årskort vuxen (kr)", "1 450", "1 450", "0,0 %"),
]


def kb_rows():
    rows = []
    tot = [0, 0, 0, 0]
    for sec, items in KB:
        rows.append(("section", [sec]))
        s = [0, 0, 0, 0]
        for name, *vals in items:
            rows.append(("row", [name] + [fmt_i(v) for v in vals]))
            s = [s[i] + vals[i] for i in range(4)]
        rows.append(("sum", ["Summa " + sec.lower()] + [fmt_i(v) for v in s]))
        tot = [tot[i] + s[i] for i in range(4)]
    rows.append(("total", ["Summa kommunbidrag"] + [fmt_i(v) for v in tot]))
    return rows, tot


def rb_rows():
    b = {k: v[2] for k, v in RB.items()}
    n = 5
    netto = [b["int"][i] + b["kost"][i] + b["avskr"][i] for i in range(n)]
    vres = [netto[i] + b["skatt"][i] + b["bidr"][i] for i in range(n)]
    efin = [vres[i] + b["finint"][i] + b["finkost"][i] for i in range(n)]

    def r(kind, label, note, vals):
        return (kind, [label, note] + [fmt_t(v, 1, "paren") for v in vals])

    rows = [r("row", *RB["int"]), r("row", *RB["kost"]), r("row", *RB["avskr"]),
            r("sum", "Verksamhetens nettokostnader", "", netto),
            r("row", *RB["skatt"]), r("row", *RB["bidr"]),
            r("sum", "Verksamhetens resultat", "", vres),
            r("row", *RB["finint"]), r("row", *RB["finkost"]),
            r("sum", "Resultat efter finansiella poster", "", efin),
            r("total", "Årets resultat", "", efin)]
    return rows, efin


def build(path):
    d = Doc("Mål och budget 2027 med plan för 2028–2029", ORG)
    d.title_page(["Mål och budget 2027", "med plan för 2028–2029"], sub="Malå kommun",
                 date="Antagen av kommunfullmäktige 2026-11-23, § 87\nDnr KS 2026/0311")

    d.add_page()
    d.h1("Inledning")
    d.p("Det här dokumentet innehåller kommunfullmäktiges mål och budget för 2027 samt plan för "
        "2028–2029. Budgeten har tagits fram av den styrande majoriteten, Socialdemokraterna och "
        "Vänsterpartiet, och antogs av kommunfullmäktige den 23 november 2026.")
    d.p("Malå kommun står inför stora utmaningar. Befolkningen minskar och blir äldre, samtidigt som "
        "kostnaderna för äldreomsorgen ökar. Under 2025 redovisade socialnämnden ett underskott på "
        "-4,1 miljoner kronor, och prognosen för 2026 pekar på ett underskott i samma storleksordning. "
        "Budgeten för 2027 innebär därför en förstärkning av äldreomsorgen med 2,5 miljoner kronor "
        "utöver kompensationen för löne- och prisökningar.")
    d.p("Samtidigt måste vi effektivisera. Samtliga nämnder får ett generellt effektiviseringskrav på "
        "1,2 procent av kommunbidraget 2027. Arbetsmarknad och integration minskar sin ram med "
        "440 000 kronor eftersom det statliga etableringsuppdraget har minskat.")
    d.p("Bland satsningarna märks 700 000 kronor till feriearbeten för ungdomar, 1,8 miljoner kronor "
        "till fler lärare i grundskolan och 350 000 kronor för att hålla skidspåren preparerade även "
        "vardagar. Kommunens skattesats är oförändrad, 23,45 kronor per hundralapp.")
    d.p("Ulf Nordin (S)\nKommunstyrelsens ordförande")

    d.h1("Omvärld och förutsättningar")
    d.h2("Samhällsekonomin")
    d.p("Enligt SKR:s prognos i oktober 2026 väntas skatteunderlaget växa med 4,1 procent 2027, vilket "
        "är en något svagare ökning än 2026. Inflationen har sjunkit tillbaka, men räntekostnaderna "
        "ligger kvar på en högre nivå än för några år sedan. Kommunens pensionskostnader ökar med "
        "cirka 1,4 miljoner kronor 2027 jämfört med 2026.")
    d.h2("Befolkning")
    d.p("Den 31 december 2025 hade Malå kommun 2 954 invånare. Enligt kommunens befolkningsprognos "
        "fortsätter folkmängden att minska med i genomsnitt 16 personer per år. Antalet invånare som "
        "är 80 år eller äldre ökar från 241 till 271 under perioden, medan antalet barn i förskoleålder "
        "minskar.")
    d.table("Tabell 1. Befolkningsprognos 2025–2029", ["År", "Folkmängd\n31 dec", "Varav\n0–5 år",
            "Varav 80 år\noch äldre"], [("row", [a, fmt_i(f), str(b), str(c)]) for a, f, b, c in BEF],
            [50, 30, 30, 30], unit="Antal invånare", source="Källa: SCB och kommunens egen prognos.")

    d.h1("Vision och mål")
    d.p("Kommunfullmäktiges vision är ”Malå – en levande inlandskommun där alla gör skillnad”. "
        "Visionen bryts ned i fyra målområden: Livskvalitet och trygghet, Lärande och utveckling, "
        "Hållbar samhällsutveckling och Ekonomi i balans.")
    d.bullets([
        "Livskvalitet och trygghet: Andelen brukare som är nöjda med hemtjänsten ska vara minst 90 procent.",
        "Lärande och utveckling: Andelen elever i årskurs 9 som är behöriga till gymnasiets "
        "yrkesprogram ska öka till minst 85 procent.",
        "Hållbar samhällsutveckling: Kommunens koldioxidutsläpp från egna fordon ska minska med 30 "
        "procent till 2030 jämfört med 2020.",
        "Ekonomi i balans: Resultatet ska uppgå till minst 1,5 procent av skatteintäkter och generella "
        "statsbidrag sett över en rullande femårsperiod.",
    ])
    d.h2("Finansiella mål och nyckeltal")
    d.p("Budgeten för 2027 ger ett resultat på 3,6 miljoner kronor, vilket motsvarar 1,4 procent av "
        "skatteintäkter och generella statsbidrag. Det är under målet för det enskilda året, men "
        "sett över femårsperioden 2025–2029 beräknas målet nås i genomsnitt.")
    mk = [
        ("Resultat i % av skatter och statsbidrag", [16, 11, 14, 12, 14]),
        ("Nettokostnadsandel", [984, 989, 986, 988, 986]),
        ("Soliditet", [382, 375, 361, 358, 359]),
        ("Självfinansieringsgrad av investeringar", [1120, 680, 540, 810, 950]),
    ]
    mrows = [("row", [n] + [pct(v) for v in vals]) for n, vals in mk]
    mrows.append(("row", ["Skattesats (kr)", "23,45", "23,45", "23,45", "23,45", "23,45"]))
    d.table("Tabell 2. Finansiella nyckeltal", ["Nyckeltal", "Bokslut\n2025", "Budget\n2026",
            "Budget\n2027", "Plan\n2028", "Plan\n2029"], mrows, [70, 20, 20, 20, 20, 20])

    d.h1("Resultatbudget", new_page=True)
    d.p("Resultatbudgeten visar kommunens samlade intäkter och kostnader. Negativa belopp redovisas "
        "inom parentes. Verksamhetens nettokostnader ökar med 9,5 miljoner kronor mellan budget 2026 "
        "och budget 2027, medan skatteintäkter och statsbidrag ökar med 10,4 miljoner kronor.")
    rows, _ = rb_rows()
    d.table("Tabell 3. Resultatbudget", ["", "Not", "Bokslut\n2025", "Budget\n2026", "Budget\n2027",
            "Plan\n2028", "Plan\n2029"], rows, [56, 10, 21, 21, 21, 21, 21], unit="Belopp i mnkr")
    d.p("Noter: 1) Avser taxor, avgifter, hyror och riktade statsbidrag. 2) Inklusive personalkostnader "
        "och pensioner. 3) Planenliga avskrivningar. 4) Beräknade enligt SKR:s prognos oktober 2026 "
        "och skattesatsen 23,45 kronor. 5) Inkomstutjämning, kostnadsutjämning, LSS-utjämning och "
        "fastighetsavgift. 6)–7) Ränteintäkter respektive räntekostnader och borgensavgifter.")

    d.h1("Driftbudget – kommunbidrag per nämnd")
    d.p("Kommunbidraget är den ram som respektive nämnd tilldelas för sin verksamhet. Ramarna för "
        "2027 har räknats upp med 3,0 procent för löne- och prisökningar innan effektiviseringskravet "
        "har dragits av. Planåren 2028–2029 är preliminära.")
    rows, tot = kb_rows()
    d.table("Tabell 4. Kommunbidrag per nämnd och verksamhet", ["Nämnd/verksamhet", "Budget\n2026",
            "Budget\n2027", "Plan\n2028", "Plan\n2029"], rows, [70, 25, 25, 25, 25], unit="Belopp i tkr")
    d.h2("Kommentarer per nämnd")
    d.p("Kommunstyrelsens ram ökar främst på grund av högre kostnader för vinterväghållning och "
        "drift av vatten och avlopp. Utbildningsnämnden får ett tillskott för fler lärare i "
        "grundskolan, vilket ska minska klasserna i årskurs 4–6. Socialnämndens ram ökar mest av "
        "alla nämnder, med 3 870 000 kronor, varav förstärkningen av äldreomsorgen utgör 2,5 "
        "miljoner kronor. Individ- och familjeomsorgen får en minskad ram eftersom antalet externa "
        "placeringar har minskat.")

    d.h1("Taxor och avgifter")
    d.p("Kommunfullmäktige har beslutat om följande förändringar av de viktigaste taxorna och "
        "avgifterna inför 2027. Taxan för vatten och avlopp höjs med 8,0 procent för att finansiera "
        "investeringar i vattenverket och ledningsnätet.")
    d.table("Tabell 5. Förändrade taxor och avgifter 2027", ["Avgift", "2026", "2027", "Förändring"],
            [("row", list(r)) for r in AVG], [90, 25, 25, 30], unit="Belopp i kronor")

    d.h1("Investeringsbudget", new_page=True)
    d.p("Investeringsbudgeten för 2027 uppgår till 41,9 miljoner kronor. Den största investeringen är "
        "ombyggnaden av Tallbackagården till ett modernt särskilt boende med 32 platser. Projektet "
        "pågår 2027–2029 och har en total budget på 31,5 miljoner kronor. Därtill genomförs en "
        "tillbyggnad av förskolan Solrosen med två avdelningar för 6,2 miljoner kronor.")
    d.p("Nämndförkortningar: KS = kommunstyrelsen, UN = utbildningsnämnden, SN = socialnämnden, "
        "MBN = miljö- och byggnämnden. Investeringarna finansieras med egna medel och upplåning. "
        "Nyupplåningen 2027 beräknas till 15,0 miljoner kronor.")
    d.p("Under planperioden prövas även en eventuell ny räddningsstation, men den ingår inte i "
        "investeringsbudgeten. Kommunstyrelsen ska återkomma med en förstudie under 2027.")
    irows = []
    t = [0, 0, 0]
    for name, nm, a, b, c in INV:
        irows.append(("row", [name, nm, fmt_i(a), fmt_i(b), fmt_i(c), fmt_i(a + b + c)]))
        t = [t[0] + a, t[1] + b, t[2] + c]
    irows.append(("total", ["Summa investeringar", "", fmt_i(t[0]), fmt_i(t[1]), fmt_i(t[2]),
                            fmt_i(sum(t))]))
    d.table("Tabell 6. Investeringsbudget per projekt", ["Projekt", "Nämnd", "Budget\n2027",
            "Plan\n2028", "Plan\n2029", "Totalt\n2027–2029"], irows, [66, 16, 22, 22, 22, 24],
            unit="Belopp i tkr")
    d.h1("Känslighetsanalys", new_page=True)
    d.p("Kommunens ekonomi påverkas av faktorer som kommunen själv inte råder över. Tabellen visar "
        "ungefärlig effekt på årets resultat 2027 av några förändringar. En försämring anges med "
        "negativt tecken inom parentes.")
    d.table("Tabell 7. Känslighetsanalys", ["Förändring", "Effekt på\nresultatet"],
            [("row", ["Skatteunderlaget ändras med 1 procent", "1,6"]),
             ("row", ["Löneökningar 1 procentenhet högre än budgeterat", "(1,9)"]),
             ("row", ["Räntan ökar med 1 procentenhet", "(0,8)"]),
             ("row", ["Prisökningar 1 procentenhet högre än budgeterat", "(0,9)"]),
             ("row", ["Tio fler invånare", "0,6"])], [110, 30], unit="Belopp i mnkr")
    d.h1("Nämndernas verksamhet 2027")
    d.h2("Kommunstyrelsen")
    d.p("Kommunstyrelsen ansvarar för kommunledning, samhällsbyggnad, räddningstjänst, kultur och "
        "fritid samt arbetsmarknad och integration. Under 2027 prioriteras arbetet med den nya "
        "UV-reningen vid Malå vattenverk och takbytet på simhallen. Räddningstjänsten bedrivs i "
        "samverkan med Skellefteå kommun.")
    d.h2("Utbildningsnämnden")
    d.p("Utbildningsnämnden ansvarar för förskola, grundskola, gymnasieskola och vuxenutbildning. "
        "Grundskolan får 1,8 miljoner kronor för fler lärare. Antalet barn i förskolan väntas vara "
        "oförändrat, men tillbyggnaden av förskolan Solrosen gör att de tillfälliga lokalerna vid "
        "Malå skola kan avvecklas. Gymnasieeleverna studerar främst i Skellefteå och Lycksele.")
    d.h2("Socialnämnden")
    d.p("Socialnämnden ansvarar för äldreomsorg, individ- och familjeomsorg och funktionsstöd. "
        "Äldreomsorgen får en förstärkning med 2,5 miljoner kronor, främst för att öka bemanningen "
        "nattetid på Tallbackagården. Nämnden ska också minska kostnaderna för hyrpersonal med "
        "minst 1,0 miljoner kronor jämfört med 2026.")
    d.h2("Miljö- och byggnämnden")
    d.p("Miljö- och byggnämnden är gemensam för tillsyn och bygglov. Nämnden investerar i ett nytt "
        "digitalt tillsynssystem under 2027.")
    d.h1("Personal")
    d.p("Kommunen har cirka 420 tillsvidareanställda. Under planperioden går 64 medarbetare i "
        "pension, varav flest inom äldreomsorgen. Kompetensförsörjningen är därför en av kommunens "
        "största utmaningar. Lönerevisionen 2027 beräknas till 3,2 procent.")
    d.h1("Uppdrag till nämnderna")
    d.bullets([
        "Socialnämnden får i uppdrag att utreda möjligheten att samordna nattpatrullen i hemtjänsten "
        "med Norsjö kommun. Utredningen ska redovisas senast i juni 2027.",
        "Utbildningsnämnden får i uppdrag att ta fram en plan för skolans lokaler på lång sikt.",
        "Kommunstyrelsen får i uppdrag att ta fram en ny näringslivsstrategi under 2027.",
    ])
    d.output(path)
