"""Årjäng: budget PDF, årsredovisning PDF, HTML, DOCX, XLSX, MD."""
import os

import docx
import openpyxl
from docx.shared import Pt

from common import Doc, fmt, t, fix_zip, html_page

YEARS = ["2023", "2024", "2025", "2026", "2027"]
POP25 = 9780

NAMNDER = [  # tenths of mnkr: utfall 2023, budget 2024, budget 2025, plan 2026, plan 2027
    ("Kommunfullmäktige och revision", [41, 43, 45, 46, 47]),
    ("Kommunstyrelsen", [986, 1024, 1059, 1082, 1101]),
    ("Barn- och utbildningsnämnden", [3125, 3258, 3342, 3410, 3476]),
    ("Vård- och omsorgsnämnden", [2683, 2791, 2887, 2954, 3012]),
    ("Arbetsmarknads- och socialnämnden", [742, 779, 794, 810, 823]),
    ("Bygg- och miljönämnden", [98, 102, 106, 109, 111]),
    ("Kultur- och fritidsnämnden", [217, 226, 231, 236, 240]),
]
BUDGET23 = [40, 975, 3108, 2602, 731, 101, 220]
SUMNAM = [sum(v[i] for _, v in NAMNDER) for i in range(5)]
GEM = [148, 160, 172, 181, 190]
AVS = [312, 328, 345, 361, 374]
INT = [2105, 2140, 2190, 2230, 2270]
FI = [32, 30, 28, 27, 26]
FK = [-118, -135, -149, -162, -171]
RES = [-143, 52, 118, 134, 150]
GSB = [2315, 2402, 2471, 2510, 2552]
N = [-(SUMNAM[i] + GEM[i]) for i in range(5)]
KOST = [N[i] - INT[i] + AVS[i] for i in range(5)]
VR = [RES[i] - FI[i] - FK[i] for i in range(5)]
SKATT = [VR[i] - N[i] - GSB[i] for i in range(5)]
INV = [486, 612, 784, 655, 520]
AT = [8950]
for i in range(1, 5):
    AT.append(AT[-1] + INV[i] - AVS[i])
OT = [1862, 1705, 1650, 1640, 1660]
EK = [4312]
for i in range(1, 5):
    EK.append(EK[-1] + RES[i])
AVSATT = [421, 436, 450, 462, 473]
KS_ = [2015, 2050, 2080, 2100, 2120]
TOT = [AT[i] + OT[i] for i in range(5)]
LS = [TOT[i] - EK[i] - AVSATT[i] - KS_[i] for i in range(5)]

INVEST = [  # tkr, budget 2025, plan 2026, plan 2027
    ("Kommunstyrelsen", [
        ("IT-infrastruktur och digitalisering", [3200, 2800, 2800]),
        ("Gator och vägar, beläggning", [6500, 6500, 7000]),
        ("Gång- och cykelväg Töcksfors", [8400, 4000, 0]),
        ("Fastighetsunderhåll, reinvestering", [8000, 12500, 13000]),
        ("Energieffektivisering kommunala fastigheter", [4500, 3500, 3000]),
    ]),
    ("Barn- och utbildningsnämnden", [
        ("Ny förskola Töcksfors", [24000, 11000, 0]),
        ("Inventarier skolor", [1800, 1800, 1800]),
        ("Skolgårdsupprustning Silbodalsskolan", [2500, 0, 0]),
    ]),
    ("Vård- och omsorgsnämnden", [
        ("Välfärdsteknik", [1600, 1200, 1200]),
        ("Inventarier särskilt boende", [900, 900, 900]),
        ("Ombyggnad Solbacka äldreboende", [5000, 14000, 16000]),
    ]),
    ("Kultur- och fritidsnämnden", [
        ("Konstgräsplan Årjängs IP", [4500, 0, 0]),
        ("Badplatser och friluftsanläggningar", [900, 900, 900]),
    ]),
    ("VA-verksamhet", [
        ("Reinvestering ledningsnät", [4200, 4000, 3000]),
        ("Vattenverk Töcksfors, ny reservoar", [2400, 2400, 2400]),
    ]),
]


def tk(v):
    return fmt(v, 0)


def m(v, neg="dash"):
    return fmt(t(v), 1, neg)


def budget_pdf(path):
    d = Doc("Årjängs kommun – Mål och budget 2025 med plan 2026–2027")
    d.add_page()
    d.set_font("DV", "B", 24)
    d.ln(50)
    d.multi_cell(0, 12, "Mål och budget 2025\nmed plan 2026–2027", align="C")
    d.ln(10)
    d.set_font("DV", "", 13)
    d.multi_cell(0, 7, "Årjängs kommun\nAntagen av kommunfullmäktige 2024-11-25, § 98", align="C")

    sg25 = SKATT[2] + GSB[2]
    share = RES[2] / sg25 * 100
    skattekrona = t(SKATT[2]) / 22.36
    d.add_page()
    d.h1("Innehåll")
    for i, s in enumerate(["Ordföranden har ordet", "Vision och mål", "Omvärld och ekonomiska förutsättningar",
                           "Resultatbudget", "Balansbudget", "Kassaflödesbudget", "Driftbudget per nämnd",
                           "Nämndernas uppdrag och effektiviseringar", "Investeringsbudget", "Personal",
                           "Ordlista"], 1):
        d.p(f"{i}. {s}")

    d.add_page()
    d.h1("Ordföranden har ordet")
    d.p("Årjäng är en kommun med stora möjligheter: närheten till Norge, ett levande näringsliv i Töcksfors "
        "och Årjängs tätort och en natur som lockar besökare från hela Skandinavien. Samtidigt står vi, precis "
        "som många andra landsbygdskommuner, inför en kraftig demografisk förändring med fler äldre och färre "
        "i arbetsför ålder.")
    d.p("Bokslutet för 2023 visade ett resultat på -14,3 miljoner kronor. Det var första gången på många år som "
        "kommunen redovisade ett underskott, och det har krävt tydliga prioriteringar. I den här budgeten "
        f"återställer vi ekonomin: resultatet för 2025 budgeteras till {fmt(t(RES[2]))} miljoner kronor, vilket "
        f"motsvarar {fmt(share)} procent av skatteintäkter och generella statsbidrag.")
    d.p("För att nå dit genomför nämnderna effektiviseringar om totalt 9,6 miljoner kronor under 2025. Den "
        "största delen, 4,7 miljoner kronor, ligger inom vård- och omsorgsnämnden, där vi bland annat ser över "
        "nattbemanningen och inför mer välfärdsteknik. Barn- och utbildningsnämnden effektiviserar med 3,1 "
        "miljoner kronor och kommunstyrelsen med 1,8 miljoner kronor.")
    d.p("Vi fortsätter samtidigt att investera i framtiden. Den nya förskolan i Töcksfors med sex avdelningar "
        "beräknas kosta totalt 35 miljoner kronor och ska vara klar hösten 2026. Vi avsätter också 700 000 kronor "
        "till ett nytt bidrag för landsbygdsutveckling som byalag och föreningar kan söka.")
    d.p("Skattesatsen lämnas oförändrad på 22,36 kronor per hundralapp.")
    d.p("Daniel Bergqvist (C)\nKommunstyrelsens ordförande")

    d.add_page()
    d.h1("Vision och mål")
    d.p("Vision 2030: Årjäng – gränslöst möjligheternas kommun. Visionen konkretiseras i fyra målområden som "
        "gäller för hela mandatperioden 2023–2026.")
    goals = [
        ("1. Attraktiv kommun att bo och leva i", "Befolkningen ska öka till 10 000 invånare år 2030. Antalet "
         "färdigställda bostäder ska vara minst 25 per år."),
        ("2. Utbildning för livet", "Andelen elever i årskurs 9 som är behöriga till gymnasieskolans "
         "yrkesprogram ska öka från 81 procent till 88 procent år 2026."),
        ("3. Trygg vård och omsorg", "Brukarnöjdheten inom hemtjänsten ska vara minst 90 procent. Antalet "
         "olika personal som en hemtjänsttagare möter under 14 dagar ska understiga 12."),
        ("4. Hållbar ekonomi", "Resultatet ska uppgå till minst 1,0 procent av skatteintäkter och generella "
         "statsbidrag i genomsnitt under planperioden. Investeringar ska till minst 60 procent "
         "självfinansieras."),
    ]
    for g, txt in goals:
        d.h2(g)
        d.p(txt)
    d.p("Finansiella mål följs upp i delårsrapport och årsredovisning. Verksamhetsmålen följs upp av respektive "
        "nämnd två gånger per år.")

    d.add_page()
    d.h1("Omvärld och ekonomiska förutsättningar")
    d.p("Budgeten bygger på Sveriges Kommuner och Regioners (SKR) skatteunderlagsprognos från oktober 2024. "
        "Skatteunderlaget väntas växa med 3,9 procent 2025, 3,4 procent 2026 och 3,6 procent 2027.")
    d.p(f"Befolkningen antas uppgå till {fmt(POP25, 0)} invånare den 1 november 2024, vilket ligger till grund för "
        "skatteintäkterna 2025. Befolkningen minskade med 26 personer under 2023.")
    d.p(f"Skattesatsen är oförändrad 22,36 kronor. En skattekrona motsvarar cirka {fmt(skattekrona)} miljoner "
        "kronor i skatteintäkter 2025.")
    d.p("I nämndernas ramar har löneökningar kompenserats med 3,2 procent och övriga kostnader med 2,0 procent. "
        "Arbetsgivaravgifter och pensionskostnader hanteras centralt i finansförvaltningen, som 2025 "
        f"budgeteras till {fmt(t(GEM[2]))} mnkr.")
    d.p("Kommunen har en låneskuld på 385 miljoner kronor vid utgången av 2024. Med planerade investeringar "
        "beräknas nyupplåningen bli 30 miljoner kronor 2025.")
    d.note("Källa: SKR cirkulär 24:41 och kommunens egna beräkningar.")

    # Resultatbudget
    d.add_page()
    d.h1("Resultatbudget")
    hdr = [["", "Not", "Bokslut", "Budget", "Budget", "Plan", "Plan"],
           ["Mnkr", "", "2023", "2024", "2025", "2026", "2027"]]
    W = [58, 10, 20, 20, 20, 20, 20]
    rows = [
        ("Verksamhetens intäkter", "1", INT),
        ("Verksamhetens kostnader", "2", KOST),
        ("Avskrivningar", "3", [-a for a in AVS]),
        ("Verksamhetens nettokostnader", "", N),
        ("Skatteintäkter", "4", SKATT),
        ("Generella statsbidrag och utjämning", "5", GSB),
        ("Verksamhetens resultat", "", VR),
        ("Finansiella intäkter", "", FI),
        ("Finansiella kostnader", "", FK),
        ("Resultat efter finansiella poster", "", RES),
        ("Årets resultat", "", RES),
    ]
    d.table(hdr, [[a, b] + [m(x) for x in v] for a, b, v in rows], W,
            caption="Tabell 1. Resultatbudget, belopp i mnkr",
            bold_labels=("Verksamhetens nettokostnader", "Verksamhetens resultat", "Årets resultat"))
    d.note("Not 1: Intäkterna består till största delen av taxor, avgifter och riktade statsbidrag.\n"
           "Not 2: Inklusive pensionskostnader.\nNot 3: Avskrivningar enligt komponentavskrivning.\n"
           "Not 4–5: Enligt SKR:s prognos oktober 2024.")
    d.p("Resultatbudgeten visar att verksamhetens nettokostnader ökar med "
        f"{fmt(t(N[1] - N[2]))} mnkr mellan budget 2024 och budget 2025, medan skatteintäkter och generella "
        f"statsbidrag ökar med {fmt(t(SKATT[2] + GSB[2] - SKATT[1] - GSB[1]))} mnkr.")

    d.add_page()
    d.h1("Balansbudget")
    hdr = [["", "Bokslut", "Prognos", "Budget", "Plan", "Plan"],
           ["Mnkr", "2023", "2024", "2025", "2026", "2027"]]
    W = [80, 18, 18, 18, 18, 18]
    rows = [
        ("TILLGÅNGAR", None),
        ("Anläggningstillgångar", AT),
        ("Omsättningstillgångar", OT),
        ("Summa tillgångar", TOT),
        ("EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER", None),
        ("Eget kapital", EK),
        ("varav årets resultat", RES),
        ("Avsättningar för pensioner", AVSATT),
        ("Långfristiga skulder", LS),
        ("Kortfristiga skulder", KS_),
        ("Summa eget kapital, avsättningar och skulder", TOT),
    ]
    d.table(hdr, [[a] + ([m(x) for x in v] if v else []) for a, v in rows], W,
            caption="Tabell 2. Balansbudget, belopp i mnkr",
            section_labels=("TILLGÅNGAR", "EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER"),
            bold_labels=("Summa tillgångar", "Summa eget kapital, avsättningar och skulder"))
    sol = [EK[i] / TOT[i] * 100 for i in range(5)]
    d.p(f"Soliditeten beräknas till {fmt(sol[2])} procent 2025 och {fmt(sol[4])} procent 2027. Soliditeten "
        "inklusive hela pensionsåtagandet är betydligt lägre eftersom pensioner intjänade före 1998 redovisas "
        "som ansvarsförbindelse.")

    d.add_page()
    d.h1("Kassaflödesbudget")
    NYL = [300, 200, 100]
    AMO = [-50, -50, -50]
    OVR = [15, 12, 11]
    lop = [RES[i + 2] + AVS[i + 2] + OVR[i] for i in range(3)]
    kf = [lop[i] - INV[i + 2] + NYL[i] + AMO[i] for i in range(3)]
    hdr = [["Mnkr", "Budget 2025", "Plan 2026", "Plan 2027"]]
    W = [86, 28, 28, 28]
    rows = [
        ("Den löpande verksamheten", None),
        ("Årets resultat", RES[2:]),
        ("Justering för av- och nedskrivningar", AVS[2:]),
        ("Justering för övriga ej likviditetspåverkande poster", OVR),
        ("Medel från den löpande verksamheten", lop),
        ("Investeringsverksamheten", None),
        ("Investering i materiella anläggningstillgångar", [-x for x in INV[2:]]),
        ("Finansieringsverksamheten", None),
        ("Nyupplåning", NYL),
        ("Amortering av skuld", AMO),
        ("Årets kassaflöde", kf),
    ]
    d.table(hdr, [[a] + ([m(x) for x in v] if v else []) for a, v in rows], W,
            caption="Tabell 3. Kassaflödesbudget, belopp i mnkr",
            section_labels=("Den löpande verksamheten", "Investeringsverksamheten", "Finansieringsverksamheten"),
            bold_labels=("Medel från den löpande verksamheten", "Årets kassaflöde"))

    # Driftbudget landscape
    d.add_page(orientation="L")
    d.h1("Driftbudget per nämnd")
    d.p("Tabellen visar nämndernas nettokostnader (kommunbidrag). Kolumnen längst till höger anger budget 2025 "
        f"i kronor per invånare, beräknat på {fmt(POP25, 0)} invånare.")
    hdr = [["Nettokostnad", "Utfall", "Budget", "Budget", "Plan", "Plan", "Förändring", "kr per inv."],
           ["mnkr", "2023", "2024", "2025", "2026", "2027", "2024–2025", "2025"]]
    W = [75, 22, 22, 22, 22, 22, 28, 28]
    rows = []
    for name, v in NAMNDER:
        rows.append([name] + [m(x) for x in v] + [m(v[2] - v[1]), fmt(t(v[2]) * 1e6 / POP25, 0)])
    rows.append(["Summa nämnder"] + [m(x) for x in SUMNAM] + [m(SUMNAM[2] - SUMNAM[1]),
                                                              fmt(t(SUMNAM[2]) * 1e6 / POP25, 0)])
    d.table(hdr, rows, W, caption="Tabell 4. Driftbudget per nämnd, belopp i mnkr (sista kolumnen i kr)",
            bold_labels=("Summa nämnder",), size=9)
    d.note("Finansförvaltningen (pensioner, löneöversynspott och kapitalkostnader) ingår inte i tabellen.")
    d.add_page(orientation="P")
    d.h1("Nämndernas uppdrag och effektiviseringar")
    texts = {
        "Kommunstyrelsen": "Kommunstyrelsen ansvarar för ledning, samordning och uppsikt samt för gator, "
        "fastigheter, räddningstjänst och näringslivsfrågor. Effektiviseringen på 1,8 miljoner kronor nås genom "
        "minskade lokalkostnader och en gemensam växel med Säffle kommun.",
        "Barn- och utbildningsnämnden": "Nämnden ansvarar för förskola, grundskola, gymnasieskola och "
        "vuxenutbildning. Elevantalet i grundskolan minskar, och nämnden effektiviserar med 3,1 miljoner kronor "
        "bland annat genom att samla högstadiet i Årjängs tätort. Nämnden får 1,4 miljoner kronor extra för "
        "ökade skolskjutskostnader.",
        "Vård- och omsorgsnämnden": "Nämnden ansvarar för äldreomsorg, hemsjukvård och stöd till personer med "
        "funktionsnedsättning. Effektiviseringen på 4,7 miljoner kronor nås genom översyn av nattbemanning, "
        "digital tillsyn och minskad användning av bemanningssjuksköterskor, som 2023 kostade 5,9 miljoner "
        "kronor.",
        "Arbetsmarknads- och socialnämnden": "Nämnden ansvarar för individ- och familjeomsorg, "
        "försörjningsstöd, arbetsmarknadsinsatser och integration. Kostnaderna för försörjningsstöd "
        "budgeteras till 16,2 miljoner kronor 2025.",
        "Bygg- och miljönämnden": "Nämnden ansvarar för bygglov, miljö- och hälsoskydd och livsmedelskontroll. "
        "Taxorna räknas upp så att kostnadstäckningsgraden når 65 procent.",
        "Kultur- och fritidsnämnden": "Nämnden ansvarar för bibliotek, kulturskola, fritidsgårdar och "
        "idrottsanläggningar. Föreningsbidragen uppgår till 2,3 miljoner kronor, till vilket kommer det nya "
        "landsbygdsbidraget på 700 000 kronor som hanteras av kommunstyrelsen.",
    }
    for k, v in texts.items():
        d.h2(k)
        d.p(v)

    # Investeringsbudget, continued over page break
    d.add_page()
    d.h1("Investeringsbudget")
    d.p("Investeringsbudgeten för 2025 uppgår till 78,4 miljoner kronor. Under planperioden 2025–2027 "
        "investerar kommunen totalt 195,9 miljoner kronor. Projekt som överstiger 5 miljoner kronor ska "
        "beslutas särskilt av kommunstyrelsen innan de startar.")
    hdr = [["Tkr", "Budget 2025", "Plan 2026", "Plan 2027", "Totalt"]]
    W = [78, 23, 23, 23, 23]
    rows = []
    secs = []
    bolds = ["Totalt investeringar"]
    tot = [0, 0, 0]
    for sec, items in INVEST:
        rows.append([sec])
        secs.append(sec)
        ss = [0, 0, 0]
        for name, v in items:
            rows.append([name] + [tk(x) for x in v] + [tk(sum(v))])
            ss = [ss[i] + v[i] for i in range(3)]
        lab = "Summa " + (sec[0].lower() + sec[1:] if not sec.startswith("VA") else sec)
        rows.append([lab] + [tk(x) for x in ss] + [tk(sum(ss))])
        bolds.append(lab)
        tot = [tot[i] + ss[i] for i in range(3)]
    rows.append(["Totalt investeringar"] + [tk(x) for x in tot] + [tk(sum(tot))])
    assert tot == [78400, 65500, 52000], tot
    d.table(hdr, rows, W, caption="Tabell 5. Investeringsbudget 2025–2027, belopp i tkr",
            section_labels=tuple(secs), bold_labels=tuple(bolds), cont_after=14,
            cont_caption="Tabell 5. Investeringsbudget 2025–2027, belopp i tkr (forts.)")
    d.note("Investeringar inom VA-verksamheten finansieras med brukaravgifter.")

    d.add_page()
    d.h1("Personal")
    d.p("Kommunen har cirka 1 020 tillsvidareanställda. Kompetensförsörjningen är en av de största "
        "utmaningarna, särskilt inom vård och omsorg och förskola. Sjukfrånvaron var 7,4 procent 2023 och "
        "målet är att den ska understiga 6,5 procent 2025.")
    d.p("Heltid som norm gäller sedan 2021. Andelen heltidsanställda var 84 procent i december 2023.")
    d.h2("Ordlista")
    d.p("Nettokostnad: kostnader minus intäkter. Soliditet: eget kapital i förhållande till totala tillgångar. "
        "Balanskravsresultat: årets resultat justerat för realisationsvinster och vissa orealiserade "
        "förluster.")
    d.output(path)


def arsred_pdf(path):
    d = Doc("Årsredovisning 2023 – Årjängs kommun")
    d.add_page()
    d.set_font("DV", "B", 26)
    d.ln(60)
    d.multi_cell(0, 12, "Årsredovisning 2023", align="C")
    d.set_font("DV", "", 13)
    d.multi_cell(0, 8, "Årjängs kommun", align="C")

    d.add_page()
    d.h1("Kommunstyrelsens ordförande har ordet")
    d.p("2023 blev ett tufft år för kommunens ekonomi. Hög inflation, stigande räntor och kraftigt ökade "
        "pensionskostnader gjorde att vi för första gången på länge redovisar ett negativt resultat: "
        "-14,3 miljoner kronor. Pensionskostnaderna blev ensamt 6,2 miljoner kronor högre än budgeterat.")
    d.p("Samtidigt har mycket gått bra. Vi har invigt det nya räddningsvärnet i Töcksfors, och 42 nya bostäder "
        "färdigställdes under året.")
    d.p("Daniel Bergqvist (C), kommunstyrelsens ordförande")

    d.add_page()
    d.h1("Fem år i sammandrag")
    hdr = [["", "2019", "2020", "2021", "2022", "2023"]]
    W = [70, 20, 20, 20, 20, 20]
    rows = [
        ["Antal invånare 31 december", "9 901", "9 876", "9 851", "9 838", "9 812"],
        ["Skattesats, kronor", "22,11", "22,11", "22,36", "22,36", "22,36"],
        ["Årets resultat, mnkr", "18,6", "24,9", "31,2", "6,4", "-14,3"],
        ["Nettokostnadsandel, %", "98,1", "97,0", "96,4", "99,3", "101,8"],
        ["Nettoinvesteringar, mnkr", "52,3", "61,0", "44,8", "57,5", "48,6"],
        ["Soliditet, %", "44,8", "45,1", "45,6", "42,3", fmt(EK[0] / TOT[0] * 100)],
        ["Låneskuld, mnkr", "310,0", "320,0", "330,0", "355,0", "370,0"],
    ]
    d.table(hdr, rows, W, caption="Kommunen, nyckeltal")
    d.h1("Förvaltningsberättelse")
    d.h2("Årets resultat och balanskrav")
    d.p("Kommunens resultat för 2023 blev -14,3 miljoner kronor, att jämföra med ett budgeterat resultat på "
        "8,5 miljoner kronor. Efter avdrag för realisationsvinster på 0,8 miljoner kronor blev "
        "balanskravsresultatet -15,1 miljoner kronor. Underskottet ska enligt kommunallagen återställas inom "
        "tre år, och kommunfullmäktige har antagit en åtgärdsplan.")
    d.p("Skatteintäkter och generella statsbidrag blev 2,9 miljoner kronor högre än budget, men det räckte inte "
        "för att täcka nämndernas underskott och de ökade pensionskostnaderna.")
    d.h2("Personal")
    d.p("Antalet tillsvidareanställda uppgick till 1 021 personer den 31 december 2023. Sjukfrånvaron var "
        "7,4 procent, en minskning från 8,1 procent året innan.")

    d.add_page()
    d.h1("Driftredovisning per nämnd")
    hdr = [["Mnkr", "Budget 2023", "Utfall 2023", "Avvikelse"]]
    W = [80, 28, 28, 28]
    rows = []
    for (name, v), b in zip(NAMNDER, BUDGET23):
        rows.append([name, m(b, "-"), m(v[0], "-"), m(b - v[0], "-")])
    sb = sum(BUDGET23)
    rows.append(["Summa nämnder", m(sb, "-"), m(SUMNAM[0], "-"), m(sb - SUMNAM[0], "-")])
    d.table(hdr, rows, W, caption="Nettokostnader, avvikelse = budget minus utfall",
            bold_labels=("Summa nämnder",))
    d.p("Vård- och omsorgsnämnden redovisar det största underskottet, -8,1 miljoner kronor, främst till följd "
        "av kostnader för bemanningssjuksköterskor på 5,9 miljoner kronor och ett högre vårdbehov inom "
        "hemtjänsten. Arbetsmarknads- och socialnämnden fick ett underskott på 1,1 miljoner kronor; "
        "kostnaderna för försörjningsstöd ökade med 2,4 miljoner kronor jämfört med 2022.")
    d.h2("Investeringar")
    d.p("Nettoinvesteringarna uppgick till 48,6 miljoner kronor, vilket är 21,4 miljoner kronor lägre än "
        "budget. De största projekten var räddningsvärnet i Töcksfors (14,2 miljoner kronor) och "
        "reinvesteringar i VA-nätet (9,8 miljoner kronor).")

    d.add_page()
    d.h1("Resultaträkning")
    hdr = [["Mnkr", "Not", "2023", "2022"]]
    W = [88, 14, 26, 26]
    prev = {"Verksamhetens intäkter": 2034, "Verksamhetens kostnader": -9105, "Avskrivningar": -296}
    prevN = prev["Verksamhetens intäkter"] + prev["Verksamhetens kostnader"] + prev["Avskrivningar"]
    prevS, prevG, prevFI, prevFK = 5268, 2217, 25, -79
    prevVR = prevN + prevS + prevG
    prevR = prevVR + prevFI + prevFK
    assert prevR == 64, prevR
    rows = [
        ["Verksamhetens intäkter", "1", m(INT[0], "-"), m(prev["Verksamhetens intäkter"], "-")],
        ["Verksamhetens kostnader", "2", m(KOST[0], "-"), m(prev["Verksamhetens kostnader"], "-")],
        ["Avskrivningar", "3", m(-AVS[0], "-"), m(prev["Avskrivningar"], "-")],
        ["Verksamhetens nettokostnader", "", m(N[0], "-"), m(prevN, "-")],
        ["Skatteintäkter", "4", m(SKATT[0], "-"), m(prevS, "-")],
        ["Generella statsbidrag och utjämning", "5", m(GSB[0], "-"), m(prevG, "-")],
        ["Verksamhetens resultat", "", m(VR[0], "-"), m(prevVR, "-")],
        ["Finansiella intäkter", "6", m(FI[0], "-"), m(prevFI, "-")],
        ["Finansiella kostnader", "7", m(FK[0], "-"), m(prevFK, "-")],
        ["Årets resultat", "", m(RES[0], "-"), m(prevR, "-")],
    ]
    d.table(hdr, rows, W, caption="Kommunen", bold_labels=("Årets resultat",))
    d.h1("Balansräkning i sammandrag")
    hdr = [["Mnkr", "2023-12-31", "2022-12-31"]]
    W = [88, 30, 30]
    rows = [
        ["Summa anläggningstillgångar", m(AT[0], "-"), "866,1"],
        ["Summa omsättningstillgångar", m(OT[0], "-"), "201,4"],
        ["Summa tillgångar", m(TOT[0], "-"), "1 067,5"],
        ["Eget kapital", m(EK[0], "-"), "445,5"],
        ["Avsättningar", m(AVSATT[0], "-"), "40,8"],
        ["Skulder", m(LS[0] + KS_[0], "-"), "581,2"],
    ]
    d.table(hdr, rows, W)
    d.output(path)
    return rows


def html(path):
    body = """<p>Skatten är kommunens viktigaste inkomstkälla. Kommunalskatten i Årjängs kommun är 22,36 kronor per intjänad hundralapp 2025. Till det kommer skatten till Region Värmland på 11,48 kronor, vilket ger en total skattesats på 33,84 kronor.</p>
<h2>Så fördelas 100 kronor i kommunalskatt</h2>
<p>Så här fördelas varje hundralapp du betalar i kommunalskatt till Årjängs kommun, enligt budget 2025.</p>
<table>
<thead><tr><th>Verksamhet</th><th>Kronor av 100</th></tr></thead>
<tbody>
<tr><td>Förskola och skola</td><td>39</td></tr>
<tr><td>Vård och omsorg</td><td>34</td></tr>
<tr><td>Individ- och familjeomsorg, arbetsmarknad</td><td>9</td></tr>
<tr><td>Gator, fastigheter och räddningstjänst</td><td>8</td></tr>
<tr><td>Politik och administration</td><td>5</td></tr>
<tr><td>Kultur och fritid</td><td>3</td></tr>
<tr><td>Bygg och miljö</td><td>2</td></tr>
<tr><td>Summa</td><td>100</td></tr>
</tbody>
</table>
<h2>Exempel</h2>
<p>Om du tjänar 30 000 kronor i månaden betalar du ungefär 6 708 kronor i kommunalskatt varje månad, före avdrag. Av dem går cirka 2 616 kronor till förskola och skola.</p>
<h2>Var kommer pengarna ifrån?</h2>
<p>Skatteintäkterna står för ungefär 70 procent av kommunens intäkter. Resten kommer från generella statsbidrag och utjämning, taxor och avgifter samt riktade statsbidrag.</p>
<p>Läs mer i <a href="#">Mål och budget 2025 med plan 2026–2027</a> och <a href="#">Årsredovisning 2023</a>.</p>"""
    nav = ["Barn och utbildning", "Omsorg och stöd", "Bygga och bo", "Uppleva och göra", "Kommun och politik"]
    with open(path, "w", encoding="utf-8") as f:
        f.write(html_page("Så används din skatt", "Årjängs kommun", nav, body, "2025-01-15",
                          "2025-02-03", phone="0573-140 00"))


def docx_file(path):
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    doc.add_paragraph("ÅRJÄNGS KOMMUN")
    doc.add_paragraph("SAMMANTRÄDESPROTOKOLL")
    doc.add_paragraph("Kommunstyrelsen, sammanträdesdatum 2024-10-22")
    doc.add_paragraph("Plats och tid: Kommunhuset, Sessionssalen, kl. 09.00–12.15")
    doc.add_paragraph("Beslutande: Daniel Bergqvist (C), ordförande; Maja Eriksson (KD), vice ordförande; "
                      "Lena Fjällström (S); Tomas Ek (S); Johan Strand (M); Rolf Hagström (SD); "
                      "Ingrid Nyqvist (C); Per Sundin (L); Sara Wennberg (V)")
    doc.add_paragraph("Övriga närvarande: Maria Holm, kommundirektör; Peter Sandell, ekonomichef")
    doc.add_paragraph("Justerare: Lena Fjällström (S)")
    doc.add_heading("§ 156 Val av justerare", level=2)
    doc.add_paragraph("Kommunstyrelsen utser Lena Fjällström (S) att jämte ordföranden justera protokollet.")
    doc.add_heading("§ 157 Mål och budget 2025 med plan 2026–2027", level=2)
    doc.add_paragraph("Dnr KS 2024/311")
    doc.add_paragraph("Ekonomiavdelningen har tagit fram ett förslag till mål och budget 2025 med plan 2026–2027. "
                      "Förslaget innebär ett resultat på 11,8 miljoner kronor 2025 och en oförändrad skattesats "
                      "på 22,36 kronor.")
    doc.add_paragraph("Yrkanden: Ordföranden yrkar bifall till förslaget. Lena Fjällström (S) yrkar att barn- och "
                      "utbildningsnämndens ram utökas med 2,0 miljoner kronor finansierat genom minskat resultat.")
    doc.add_paragraph("Beslutsgång: Ordföranden ställer förslagen mot varandra och finner att kommunstyrelsen "
                      "beslutar enligt ordförandens förslag.")
    doc.add_paragraph("Beslut: Kommunstyrelsen föreslår kommunfullmäktige att fastställa mål och budget 2025 med "
                      "plan 2026–2027 samt att skattesatsen för 2025 fastställs till 22,36 kronor.")
    doc.add_paragraph("Reservation: Lena Fjällström (S) och Tomas Ek (S) reserverar sig mot beslutet till förmån "
                      "för eget yrkande. Sara Wennberg (V) reserverar sig skriftligen.")
    doc.add_heading("§ 158 Investeringsbeslut – ny förskola i Töcksfors", level=2)
    doc.add_paragraph("Dnr KS 2024/287")
    doc.add_paragraph("Den nya förskolan ska ersätta förskolorna Solrosen och Gläntan och rymma sex avdelningar "
                      "med plats för 120 barn. Projektet beräknas enligt nedan.")
    tbl = doc.add_table(rows=1, cols=3)
    hdr = tbl.rows[0].cells
    hdr[0].text, hdr[1].text, hdr[2].text = "Etapp", "Belopp, tkr", "År"
    for a, b, c in [("Projektering", "1 500", "2025"), ("Byggnation", "31 500", "2025–2026"),
                    ("Inventarier och utemiljö", "2 000", "2026"), ("Summa", "35 000", "")]:
        r = tbl.add_row().cells
        r[0].text, r[1].text, r[2].text = a, b, c
    doc.add_paragraph("Driftkostnaden för lokalerna beräknas till 2,6 miljoner kronor per år från 2027, vilket "
                      "delvis finansieras genom att hyran för Solrosen och Gläntan, 1,1 miljoner kronor per år, "
                      "upphör.")
    doc.add_paragraph("Beslut: Kommunstyrelsen beviljar investeringsmedel om 35 000 tkr för ny förskola i "
                      "Töcksfors, under förutsättning att kommunfullmäktige fastställer investeringsbudgeten.")
    doc.add_heading("§ 159 Renhållningstaxa 2025", level=2)
    doc.add_paragraph("Beslut: Kommunstyrelsen föreslår kommunfullmäktige att höja renhållningstaxan med 6,5 procent "
                      "från den 1 januari 2025. Rolf Hagström (SD) reserverar sig mot beslutet.")
    doc.add_heading("§ 160 Tilläggsanslag till vård- och omsorgsnämnden 2024", level=2)
    doc.add_paragraph("Vård- och omsorgsnämnden begär tilläggsanslag för ökade kostnader för hemtjänst. Beslut: "
                      "Kommunstyrelsen beviljar vård- och omsorgsnämnden ett tilläggsanslag om 3,2 miljoner kronor "
                      "för 2024, finansierat ur kommunstyrelsens oförutsedda medel.")
    doc.add_paragraph("Vid protokollet: Anna Gustavsson, nämndsekreterare")
    doc.core_properties.author = "Årjängs kommun"
    doc.core_properties.title = "Protokoll kommunstyrelsen 2024-10-22"
    doc.save(path)
    fix_zip(path)


def xlsx(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Befolkning"
    ws.append(["Befolkningsförändringar i Årjängs kommun 2018–2023"])
    ws.append(["Antal personer; folkmängd den 31 december"])
    ws.append(["År", "Folkmängd", "Födda", "Döda", "Inflyttade", "Utflyttade", "Folkökning"])
    data = [(2018, 9925, None, None, None, None), (2019, 9901, 88, 131, 512, 493), (2020, 9876, 85, 142, 498, 466),
            (2021, 9851, 92, 128, 521, 510), (2022, 9838, 81, 135, 547, 506), (2023, 9812, 79, 126, 503, 482)]
    prev = None
    for y, pop, f, dd, i, u in data:
        if f is None:
            ws.append([y, pop, 91, 137, 488, 471, None])
        else:
            assert pop - prev == f - dd + i - u
            ws.append([y, pop, f, dd, i, u, pop - prev])
        prev = pop
    ws.append(["Källa: SCB, befolkningsstatistik"])
    ws2 = wb.create_sheet("Nettokostnad")
    ws2.append(["Nettokostnad per verksamhet, Årjängs kommun"])
    ws2.append(["Kronor per invånare"])
    ws2.append(["Verksamhet", 2021, 2022, 2023])
    rows = [("Förskola", 9870, 10240, 10710), ("Grundskola inkl. förskoleklass", 17420, 18050, 18830),
            ("Gymnasieskola", 6930, 7210, 7480), ("Äldreomsorg", 21650, 22930, 24560),
            ("Stöd till personer med funktionsnedsättning", 7920, 8310, 8740),
            ("Individ- och familjeomsorg", 6140, 6620, 7090), ("Kultur och fritid", 2180, 2240, 2210)]
    for r in rows:
        ws2.append(list(r))
    tot = ["Summa ovan"] + [sum(r[i] for r in rows) for i in (1, 2, 3)]
    ws2.append(tot)
    for wsx in (ws, ws2):
        for row in wsx.iter_rows(min_row=4):
            for c in row[1:]:
                if isinstance(c.value, int) and c.value > 2100:
                    c.number_format = "# ##0"
    wb.properties.creator = "Årjängs kommun"
    wb.save(path)
    fix_zip(path)


def md(path):
    txt = """# Ny förskola i Töcksfors och oförändrad skatt – fullmäktige har antagit budget 2025

**Pressmeddelande, Årjängs kommun, 2024-11-26**

Kommunfullmäktige i Årjäng antog den 25 november Mål och budget 2025 med plan 2026–2027. Skattesatsen lämnas oförändrad på 22,36 kronor och budgeten visar ett resultat på 11,8 miljoner kronor för 2025.

Den största investeringen är den nya förskolan i Töcksfors, som beräknas kosta 35 miljoner kronor. Förskolan får sex avdelningar med plats för 120 barn och solceller på taket som väntas ge cirka 85 000 kilowattimmar el per år. Byggstart är planerad till april 2025 och inflyttning till hösten 2026.

– Efter underskottet 2023 har vi gjort tuffa prioriteringar, men vi tar ändå ansvar för att barnfamiljerna i Töcksfors får moderna lokaler, säger Daniel Bergqvist (C), kommunstyrelsens ordförande.

Budgeten innehåller effektiviseringar på 9,6 miljoner kronor. Samtidigt införs ett nytt bidrag för landsbygdsutveckling på 700 000 kronor per år, som byalag och föreningar kan söka från mars 2025.

Socialdemokraterna röstade för sitt eget budgetförslag, som innehöll 2,0 miljoner kronor mer till barn- och utbildningsnämnden. Voteringen slutade 21–14.

**Fakta: budget 2025 i korthet**

- Skattesats: 22,36 kronor
- Resultat 2025: 11,8 mnkr
- Investeringar 2025: 78,4 mnkr
- Nettokostnad nämnder 2025: 846,4 mnkr

**Kontakt**
Daniel Bergqvist (C), kommunstyrelsens ordförande, 0573-141 01
Peter Sandell, ekonomichef, 0573-141 20
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(txt)


def build(out):
    os.makedirs(out, exist_ok=True)
    budget_pdf(os.path.join(out, "mal-och-budget-2025-plan-2026-2027.pdf"))
    arsred_pdf(os.path.join(out, "arsredovisning-2023.pdf"))
    html(os.path.join(out, "sa-anvands-din-skatt.html"))
    docx_file(os.path.join(out, "protokoll-ks-2024-10-22.docx"))
    xlsx(os.path.join(out, "befolkning-och-nettokostnader.xlsx"))
    md(os.path.join(out, "pressmeddelande-budget-2025.md"))
    print("arjang sums", SUMNAM, "N", N, "SKATT", SKATT, "KOST", KOST, "VR", VR, "LS", LS, "AT", AT, "TOT", TOT)
