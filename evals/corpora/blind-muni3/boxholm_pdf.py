"""Boxholms kommun – Delårsrapport januari–augusti 2026 (PDF)."""
from common import Doc, fmt_t, fmt_i, pct

ORG = "Boxholms kommun"

# Driftredovisning, tenths of mnkr: budget, utfall jan-aug, prognos
DRIFT = [
    ("Politisk verksamhet och ledning", [
        ("Kommunfullmäktige", 24, 15, 23),
        ("Kommunstyrelsen", 685, 439, 662),
        ("Bygg- och miljönämnden", 61, 43, 65),
    ]),
    ("Verksamhetsnämnder", [
        ("Barn- och utbildningsnämnden", 1964, 1352, 2032),
        ("Socialnämnden", 1827, 1284, 1916),
        ("Kultur- och fritidsnämnden", 148, 104, 154),
    ]),
]

SN_DETAIL = [  # budget, prognos (tenths mnkr)
    ("Nämnd och administration", 82, 80),
    ("Äldreomsorg", 986, 1039),
    ("Individ- och familjeomsorg", 324, 361),
    ("Funktionsstöd (LSS)", 435, 436),
]

# Resultaträkning (tenths of mnkr): utfall aug 2026, utfall aug 2025, prognos 2026, budget 2026
RR_BASE = {
    "int": ("Verksamhetens intäkter", "1", [784, 741, 1180, 1125]),
    "kost": ("Verksamhetens kostnader", "2", [-3926, -3718, -5903, -5720]),
    "avskr": ("Avskrivningar", "3", [-142, -135, -216, -220]),
    "skatt": ("Skatteintäkter", "4", [2489, 2386, 3735, 3708]),
    "bidr": ("Generella statsbidrag och utjämning", "5", [863, 820, 1294, 1269]),
    "finint": ("Finansiella intäkter", "6", [19, 16, 28, 25]),
    "finkost": ("Finansiella kostnader", "7", [-24, -21, -36, -42]),
}

INVEST = [  # projekt, nämnd, budget, utfall, prognos (tkr)
    ("Ny förskola Boxholm, etapp 1", "BUN", 18500, 6240, 17900),
    ("Ombyggnad Linneaskolans kök", "BUN", 4200, 3870, 4650),
    ("IT-utrustning skolor", "BUN", 1100, 620, 1100),
    ("Skolgård Malexanders skola", "BUN", 1250, 1310, 1310),
    ("Gång- och cykelväg Strålsnäs", "KS", 3500, 410, 1800),
    ("Beläggningsunderhåll gator", "KS", 2800, 2150, 2800),
    ("Gatubelysning, byte till LED", "KS", 1600, 980, 1600),
    ("VA-ledningar Malexander", "KS", 9200, 5310, 10450),
    ("Reservvattentäkt Ommen", "KS", 6000, 1020, 3000),
    ("Energieffektivisering kommunhuset", "KS", 2400, 2390, 2400),
    ("Ventilation brandstationen", "KS", 750, 0, 750),
    ("Fiberutbyggnad landsbygd", "KS", 2000, 640, 1200),
    ("Exploatering Lindvägen", "KS", 4300, 1150, 2900),
    ("Trygghetsboende Åsgården", "SN", 5800, 4900, 6300),
    ("Larm och välfärdsteknik", "SN", 1200, 760, 1200),
    ("Inventarier särskilt boende", "SN", 600, 210, 600),
    ("Konstgräsplan Boxholmsvallen", "KFN", 3900, 3940, 4100),
    ("Meröppet bibliotek", "KFN", 450, 450, 450),
    ("Badplats Sommenstranden", "KFN", 300, 95, 300),
    ("Lekplatser", "KFN", 400, 380, 400),
    ("Digitalt bygglovsarkiv", "BMN", 500, 120, 350),
    ("Tjänstebil tillsyn", "BMN", 350, 0, 350),
]

PERSONAL = [  # nämnd, anställda, årsarbetare, sjukfr 2026, sjukfr 2025 (tenths %)
    ("Kommunstyrelsen", 128, 119, 49, 53),
    ("Barn- och utbildningsnämnden", 246, 221, 61, 68),
    ("Socialnämnden", 312, 268, 87, 81),
    ("Kultur- och fritidsnämnden", 22, 19, 32, 40),
    ("Bygg- och miljönämnden", 14, 13, 27, 35),
]
PERSONAL_TOT = (69, 70)


def drift_rows():
    rows = []
    tot = [0, 0, 0]
    for sec, items in DRIFT:
        rows.append(("section", [sec]))
        s = [0, 0, 0]
        for name, b, u, pr in items:
            rows.append(("row", [name, fmt_t(b), fmt_t(u), fmt_t(pr), fmt_t(b - pr)]))
            s = [s[0] + b, s[1] + u, s[2] + pr]
        rows.append(("sum", ["Summa " + sec.lower(), fmt_t(s[0]), fmt_t(s[1]), fmt_t(s[2]),
                             fmt_t(s[0] - s[2])]))
        tot = [tot[i] + s[i] for i in range(3)]
    rows.append(("total", ["Summa nämnder", fmt_t(tot[0]), fmt_t(tot[1]), fmt_t(tot[2]),
                           fmt_t(tot[0] - tot[2])]))
    return rows, tot


def rr_rows():
    n = "minus"
    b = {k: v[2] for k, v in RR_BASE.items()}
    netto = [b["int"][i] + b["kost"][i] + b["avskr"][i] for i in range(4)]
    vres = [netto[i] + b["skatt"][i] + b["bidr"][i] for i in range(4)]
    efin = [vres[i] + b["finint"][i] + b["finkost"][i] for i in range(4)]

    def r(kind, label, note, vals):
        return (kind, [label, note] + [fmt_t(v, 1, n) for v in vals])

    rows = [r("row", *RR_BASE["int"]), r("row", *RR_BASE["kost"]), r("row", *RR_BASE["avskr"]),
            r("sum", "Verksamhetens nettokostnader", "", netto),
            r("row", *RR_BASE["skatt"]), r("row", *RR_BASE["bidr"]),
            r("sum", "Verksamhetens resultat", "", vres),
            r("row", *RR_BASE["finint"]), r("row", *RR_BASE["finkost"]),
            r("sum", "Resultat efter finansiella poster", "", efin),
            r("total", "Periodens resultat", "", efin)]
    return rows, efin


def build(path):
    d = Doc("Delårsrapport januari–augusti 2026", ORG)
    d.title_page(["Delårsrapport", "januari–augusti 2026"], sub="Boxholms kommun\nMed prognos för helåret 2026",
                 date="Behandlad av kommunstyrelsen 2026-09-22, § 131\nDnr KS 2026/214")

    d.add_page()
    d.h1("Innehåll")
    d.p("Kommunstyrelsens ordförande har ordet\nViktiga händelser under perioden\n"
        "Ekonomisk översikt\nDriftredovisning och prognos per nämnd\nResultaträkning\n"
        "Finansiella nyckeltal\nInvesteringar\nPersonal\nBefolkning")
    d.h1("Kommunstyrelsens ordförande har ordet")
    d.p("Årets första åtta månader har präglats av en fortsatt hög kostnadsnivå inom framför allt "
        "äldreomsorgen och individ- och familjeomsorgen. Samtidigt har skatteintäkterna utvecklats något "
        "bättre än vi räknade med i budgeten. Sammantaget pekar prognosen på ett positivt resultat för "
        "helåret, men marginalerna är mindre än planerat.")
    d.p("Periodens resultat uppgår till 6,3 miljoner kronor, jämfört med 8,9 miljoner kronor för samma "
        "period i fjol. För helåret prognostiseras ett resultat på 8,2 miljoner kronor, vilket är "
        "6,3 miljoner kronor lägre än budgeterat. Nämnderna prognostiserar tillsammans ett underskott "
        "på -14,3 miljoner kronor mot budget, vilket delvis vägs upp av högre skatteintäkter och "
        "generella statsbidrag.")
    d.p("Kommunstyrelsen har gett samtliga nämnder i uppdrag att ta fram åtgärdsplaner som ska "
        "redovisas senast den 31 oktober. Vi behöver gemensamt hitta vägar för att få en budget i "
        "balans inför 2027 utan att tappa fokus på kvaliteten i kärnverksamheterna.")
    d.p("Lena Forsberg (S)\nKommunstyrelsens ordförande")

    d.h1("Viktiga händelser under perioden")
    d.bullets([
        "Bygget av den nya förskolan i Boxholm (etapp 1) startade i mars. Förskolan får sex avdelningar "
        "och beräknas stå klar hösten 2027.",
        "Kommunen beviljades 4,7 miljoner kronor i statlig medfinansiering från Trafikverket för "
        "gång- och cykelvägen mellan Boxholm och Strålsnäs. Projektet har dock försenats på grund av "
        "överklagad markåtkomst.",
        "Socialnämnden har under våren haft kostnader för externa placeringar av barn och unga som "
        "överstiger budget med 3,1 miljoner kronor.",
        "Kommunfullmäktige beslutade i juni om ett tillfälligt anställningsstopp för administrativa "
        "tjänster. Beslutet gäller till och med den 31 december 2026.",
        "Kultur- och fritidsnämnden fick ett extra anslag på 700 000 kronor för att hålla "
        "Boxholms sim- och sporthall öppen under sommaren.",
        "Arbetet med ny översiktsplan har påbörjats och samråd planeras till våren 2027.",
    ])

    d.h1("Ekonomisk översikt")
    d.h2("Skatteintäkter och statsbidrag")
    d.p("Enligt Sveriges Kommuner och Regioners (SKR) prognos från augusti beräknas skatteintäkterna "
        "för helåret bli 373,5 miljoner kronor, vilket är 2,7 miljoner kronor högre än budget. "
        "Generella statsbidrag och utjämning beräknas bli 2,5 miljoner kronor högre än budgeterat, "
        "främst till följd av ett högre utjämningsbidrag. Skattesatsen för 2026 är 22,40 kronor per "
        "intjänad hundralapp.")
    d.h2("Balanskravsresultat")
    d.p("Balanskravsresultatet beräknas till 7,6 miljoner kronor för helåret efter avdrag för "
        "realisationsvinster vid försäljning av mark på 0,6 miljoner kronor. Kommunen uppfyller därmed "
        "balanskravet. Det finansiella målet om ett resultat på minst 2,0 procent av skatteintäkter och "
        "generella statsbidrag bedöms däremot inte nås, då prognosen pekar på 1,6 procent.")
    d.h2("Likviditet och låneskuld")
    d.p("Likvida medel uppgick den 31 augusti till 41,2 miljoner kronor. Någon nyupplåning har inte "
        "skett under perioden. Kommunens låneskuld är oförändrad, 186,0 miljoner kronor, varav "
        "120,0 miljoner kronor avser vidareutlåning till det kommunala bostadsbolaget AB Boxholmshus.")

    d.h1("Driftredovisning och prognos per nämnd", new_page=True)
    d.p("Tabellen nedan visar nämndernas nettokostnader. Avvikelsen anger skillnaden mellan budget "
        "och prognos för helåret; ett negativt värde innebär att nämnden prognostiserar ett underskott.")
    rows, _ = drift_rows()
    d.table("Tabell 1. Driftredovisning per nämnd", ["Nämnd", "Budget\n2026", "Utfall\njan–aug",
            "Prognos\nhelår", "Avvikelse\nmot budget"], rows, [70, 25, 25, 25, 25],
            unit="Belopp i mnkr", source="Källa: Ekonomisystemet Raindance, utdrag 2026-09-08.")
    d.h2("Kommunstyrelsen")
    d.p("Kommunstyrelsen prognostiserar ett överskott på 2,3 miljoner kronor. Överskottet förklaras "
        "främst av vakanta tjänster inom kommunledningsförvaltningen och lägre kostnader för "
        "vinterväghållning under våren. Anställningsstoppet för administrativa tjänster bidrar också.")
    d.h2("Barn- och utbildningsnämnden")
    d.p("Barn- och utbildningsnämnden prognostiserar ett underskott på 6,8 miljoner kronor. "
        "Underskottet beror främst på ökade kostnader för skolskjuts, fler elever i behov av särskilt "
        "stöd och högre kostnader för gymnasieelever som studerar i andra kommuner. Antalet "
        "gymnasieelever har ökat med 14 jämfört med budgetens antagande.")
    d.h2("Socialnämnden")
    d.p("Socialnämnden prognostiserar ett underskott på 8,9 miljoner kronor, det största av "
        "nämnderna. Äldreomsorgen står för den största delen av avvikelsen på grund av ökat "
        "vårdbehov i hemtjänsten och höga kostnader för bemanningssjuksköterskor. Inom individ- och "
        "familjeomsorgen är det kostnaderna för externa placeringar som driver underskottet.")
    d.table("Tabell 2. Socialnämndens prognos per verksamhet",
            ["Verksamhet", "Budget\n2026", "Prognos\n2026", "Avvikelse"],
            [("row", [n, fmt_t(b), fmt_t(pr), fmt_t(b - pr)]) for n, b, pr in SN_DETAIL] +
            [("total", ["Summa socialnämnden", fmt_t(sum(x[1] for x in SN_DETAIL)),
                        fmt_t(sum(x[2] for x in SN_DETAIL)),
                        fmt_t(sum(x[1] - x[2] for x in SN_DETAIL))])],
            [80, 30, 30, 30], unit="Belopp i mnkr")
    d.h2("Kultur- och fritidsnämnden samt bygg- och miljönämnden")
    d.p("Kultur- och fritidsnämnden redovisar ett underskott på 0,6 miljoner kronor, främst på grund "
        "av höjda energikostnader i sim- och sporthallen. Bygg- och miljönämnden prognostiserar ett "
        "underskott på 0,4 miljoner kronor eftersom intäkterna från bygglov har minskat kraftigt "
        "jämfört med föregående år.")

    d.h1("Resultaträkning", new_page=True)
    d.p("Resultaträkningen visar kommunens intäkter och kostnader för perioden januari–augusti samt "
        "prognos och budget för helåret. Noterna redovisas i sin helhet i bilaga till "
        "årsredovisningen.")
    rows, _ = rr_rows()
    d.table("Tabell 3. Resultaträkning", ["", "Not", "Utfall\njan–aug 2026", "Utfall\njan–aug 2025",
            "Prognos\n2026", "Budget\n2026"], rows, [58, 10, 25, 25, 26, 26], unit="Belopp i mnkr")
    d.p("Verksamhetens nettokostnader har ökat med 5,5 procent jämfört med samma period föregående år, "
        "medan skatteintäkter och generella statsbidrag har ökat med 4,6 procent. Nettokostnaderna "
        "ökar alltså snabbare än intäkterna, vilket inte är långsiktigt hållbart.")

    d.h1("Finansiella nyckeltal")
    d.p("Kommunfullmäktige har fastställt finansiella mål för god ekonomisk hushållning. Tabellen "
        "visar utfall per augusti, prognos för helåret och målvärde.")
    ny = [
        ("Nettokostnadsandel", 979, 967, 983, 970),
        ("Resultat i procent av skatteintäkter och statsbidrag", 19, 28, 16, 20),
        ("Soliditet", 446, 431, 442, 450),
        ("Soliditet inkl. samtliga pensionsförpliktelser", 218, 194, 215, None),
        ("Självfinansieringsgrad av investeringar", 740, 880, 610, 1000),
    ]
    d.table("Tabell 4. Finansiella nyckeltal", ["Nyckeltal", "Aug\n2026", "Aug\n2025", "Prognos\n2026",
            "Mål\n2026"], [("row", [n] + [pct(v) if v is not None else "–" for v in vals])
                           for n, *vals in ny], [86, 21, 21, 21, 21])
    d.p("Självfinansieringsgraden av investeringar beräknas bli 61 procent för helåret, vilket innebär "
        "att en del av investeringarna behöver finansieras med likvida medel.")

    d.h1("Investeringar", new_page=True)
    d.p("Investeringsbudgeten för 2026 uppgår inklusive ombudgeteringar från 2025 till 71,1 miljoner "
        "kronor. Prognosen för helåret är 65,9 miljoner kronor. De största avvikelserna finns i "
        "projekten Reservvattentäkt Ommen och Gång- och cykelväg Strålsnäs, som båda är försenade. "
        "Projektet VA-ledningar Malexander beräknas överskrida budget med 1,25 miljoner kronor på "
        "grund av svårare markförhållanden än förväntat. Ett negativt värde (inom parentes) i "
        "avvikelsekolumnen innebär en prognostiserad överskridelse.")
    d.p("Nämndförkortningar: KS = kommunstyrelsen, BUN = barn- och utbildningsnämnden, SN = "
        "socialnämnden, KFN = kultur- och fritidsnämnden, BMN = bygg- och miljönämnden.")
    d.p("Utöver de projekt som redovisas i tabellen pågår planering av en ny återvinningscentral. "
        "Projektet finns inte med i budgeten för 2026 utan kommer att prövas i budgetprocessen "
        "inför 2027. Kommunstyrelsen har också beslutat att skjuta upp renoveringen av "
        "Malexanders bygdegård till 2027.")
    d.h2("Kommentarer till större projekt")
    d.p("Ny förskola Boxholm, etapp 1: Bygget följer tidplanen och prognosen är 0,6 miljoner kronor "
        "lägre än budget tack vare ett förmånligt anbud på markarbetena. Ombyggnad Linneaskolans kök: "
        "Projektet blev dyrare än beräknat eftersom ventilationen också behövde bytas. Köket togs i "
        "bruk vid skolstarten i augusti.")
    d.p("Reservvattentäkt Ommen: Provborrningarna har tagit längre tid än planerat och tillståndet från "
        "mark- och miljödomstolen väntas först under 2027. Därför beräknas endast 3,0 miljoner kronor "
        "av budgeten förbrukas i år. Trygghetsboende Åsgården: Projektet har fördyrats med "
        "0,5 miljoner kronor på grund av tillkommande krav på brandskydd. Inflyttning skedde i juni.")
    d.p("Konstgräsplan Boxholmsvallen: Planen invigdes den 15 augusti. Överskridandet på 200 000 "
        "kronor beror på extra dränering. Boxholms IF har bidragit med ideellt arbete motsvarande "
        "cirka 300 timmar.")
    d.p("Investeringsprognosen bygger på de projektledares bedömningar som lämnades i slutet av "
        "augusti. Upphandlingen av etapp 2 av den nya förskolan planeras till första kvartalet 2027.")
    irows = []
    tb = tu = tp = 0
    for name, nm, b, u, pr in INVEST:
        irows.append(("row", [name, nm, fmt_i(b), fmt_i(u), fmt_i(pr), fmt_t(b - pr, 0, "paren")]))
        tb += b
        tu += u
        tp += pr
    irows.append(("total", ["Summa investeringar", "", fmt_i(tb), fmt_i(tu), fmt_i(tp),
                            fmt_t(tb - tp, 0, "paren")]))
    d.table("Tabell 5. Investeringar per projekt", ["Projekt", "Nämnd", "Budget\n2026", "Utfall\njan–aug",
            "Prognos\nhelår", "Avvikelse"], irows, [64, 16, 22, 22, 22, 24], unit="Belopp i tkr")

    d.h1("Personal", new_page=True)
    d.p("Den 31 augusti hade kommunen 722 tillsvidareanställda medarbetare, vilket motsvarar 640 "
        "årsarbetare. Sjukfrånvaron för hela kommunen var 6,9 procent under perioden, vilket är "
        "en liten minskning jämfört med samma period 2025 då den var 7,0 procent. Socialnämnden har "
        "den högsta sjukfrånvaron och är också den enda nämnd där sjukfrånvaron har ökat.")
    prows = [("row", [n, str(a), str(aa), pct(s1), pct(s2)]) for n, a, aa, s1, s2 in PERSONAL]
    prows.append(("total", ["Totalt", str(sum(x[1] for x in PERSONAL)), str(sum(x[2] for x in PERSONAL)),
                            pct(PERSONAL_TOT[0]), pct(PERSONAL_TOT[1])]))
    d.table("Tabell 6. Anställda och sjukfrånvaro per nämnd", ["Nämnd", "Antal\nanställda",
            "Årsarbe-\ntare", "Sjukfrånvaro\njan–aug 2026", "Sjukfrånvaro\njan–aug 2025"], prows,
            [60, 22, 22, 33, 33], source="Avser tillsvidareanställda per den 31 augusti.")
    d.p("Kostnaden för inhyrd personal, främst bemanningssjuksköterskor, uppgick under perioden till "
        "2,9 miljoner kronor, en ökning med 1,1 miljoner kronor jämfört med samma period i fjol.")

    d.h1("Befolkning")
    d.p("Folkmängden i Boxholms kommun minskade under första halvåret 2026 med 26 personer och uppgick "
        "den 30 juni till 5 512 invånare. Minskningen förklaras av ett negativt födelsenetto och att "
        "fler har flyttat från kommunen än till den.")
    d.table("Tabell 7. Befolkningsförändringar", ["", "Jan–jun\n2026", "Jan–jun\n2025"],
            [("row", ["Födda", "24", "29"]), ("row", ["Döda", "38", "35"]),
             ("row", ["Inflyttade", "142", "161"]), ("row", ["Utflyttade", "154", "147"]),
             ("row", ["Justering", "0", "1"]),
             ("total", ["Folkökning", "\u221226", "9"])], [70, 30, 30],
            unit="Antal personer", source="Källa: SCB, befolkningsstatistik.")
    d.p("Folkmängden den 31 december 2025 var 5 538 invånare.")
    d.output(path)
