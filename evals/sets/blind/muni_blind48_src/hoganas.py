"""Höganäs kommun: invented documents."""
import os
from datetime import datetime

import docx
import openpyxl
from docx.shared import Pt
from openpyxl.styles import Font

from common import D, Doc, dt, fmt, normalise_zip

RB = {  # Bokslut 2023, Budget 2024, Budget 2025, Plan 2026, Plan 2027
    "int": [402.8, 395.0, 412.6, 420.9, 429.3],
    "kost": [-2045.4, -2125.6, -2198.7, -2252.4, -2310.2],
    "avs": [-98.6, -104.5, -112.3, -118.9, -124.6],
    "skatt": [1512.3, 1575.8, 1638.4, 1690.2, 1748.5],
    "stb": [268.4, 285.1, 301.7, 310.4, 318.0],
    "finint": [18.2, 15.0, 16.5, 16.5, 16.5],
    "finkost": [-24.6, -31.2, -34.8, -37.5, -40.1],
}


def rb_calc():
    n = 5
    nk = [D(RB["int"][i]) + D(RB["kost"][i]) + D(RB["avs"][i]) for i in range(n)]
    vr = [nk[i] + D(RB["skatt"][i]) + D(RB["stb"][i]) for i in range(n)]
    res = [vr[i] + D(RB["finint"][i]) + D(RB["finkost"][i]) for i in range(n)]
    return nk, vr, res


DRIFT = [  # tkr: Budget 2024, Budget 2025, Plan 2026, Plan 2027
    ("Kommunstyrelsen", [161200, 168400, 171900, 175300]),
    ("Bildningsnämnden", [789300, 812600, 834000, 856500]),
    ("Omsorgsnämnden", [702800, 735900, 761200, 789400]),
    ("Samhällsbyggnadsnämnden", [61900, 64300, 65800, 67100]),
    ("Kultur- och fritidsnämnden", [75600, 78200, 79900, 81500]),
    ("Byggnadsnämnden", [11700, 12100, 12400, 12600]),
    ("Överförmyndarnämnden", [4500, 4800, 4900, 5000]),
    ("Revisionen", [2200, 2300, 2300, 2400]),
]
PROGNOS_NAMND = [158.7, 794.1, 711.5, 60.4, 75.1, 11.2, 4.6, 2.2]
PROGNOS_FINANSF = D("12.7")

INV = [  # mnkr: Budget 2025, Plan 2026, Plan 2027
    ("Bildning och omsorg", [
        ("Tornlyckeskolan, tillbyggnad", [42.0, 35.0, 0.0]),
        ("Ny förskola Väsby", [8.0, 30.0, 22.0]),
        ("LSS-boende Lerberget", [18.5, 6.0, 0.0]),
        ("Inventarier skola och förskola", [4.2, 3.8, 3.8]),
    ]),
    ("Samhällsbyggnad", [
        ("Höganäs hamn, kajrenovering", [12.0, 15.0, 10.0]),
        ("Gång- och cykelväg Höganäs–Viken", [9.5, 4.0, 0.0]),
        ("Exploatering Tornlyckan etapp 3", [14.0, 18.0, 12.0]),
        ("Gator och beläggningsunderhåll", [16.0, 16.5, 17.0]),
        ("Badplatser och strandpromenader", [3.2, 2.5, 2.5]),
        ("Energieffektivisering i fastigheter", [6.5, 6.5, 6.5]),
    ]),
    ("Kultur och fritid", [
        ("Konstgräsplan Jonstorp", [7.8, 0.0, 0.0]),
        ("Idrottshallen i Höganäs, renovering", [2.0, 14.0, 9.0]),
    ]),
    ("Kommungemensamt", [
        ("Digitalisering och IT", [5.0, 5.0, 5.0]),
        ("Fordon", [3.5, 3.5, 3.5]),
        ("Övriga reinvesteringar", [11.0, 11.0, 11.0]),
    ]),
]

NYCKEL_INV = [27105, 27298, 27436]
NYCKEL_LAN = [1080, 1170, 1240]

VERKS = [  # tkr: Budget 2024, Utfall 2024
    ("Utbildning", [("Förskola", 168400, 170950), ("Grundskola", 352600, 355180),
                    ("Gymnasieskola", 118300, 117420), ("Vuxenutbildning", 22100, 21480)]),
    ("Vård och omsorg", [("Vård och omsorg om äldre", 412800, 421360),
                         ("Stöd och service till personer med funktionsnedsättning", 198600, 201050),
                         ("Individ- och familjeomsorg", 91400, 89870)]),
    ("Kultur och fritid", [("Bibliotek och kultur", 38900, 38400), ("Fritid och idrott", 36700, 36950)]),
    ("Samhällsbyggnad", [("Gator och parker", 47200, 46100), ("Fysisk planering och bygglov", 14800, 13950)]),
]
PERSONAL = [(2020, 2184, 312, 7.4, 45.1), (2021, 2201, 298, 7.9, 45.0), (2022, 2236, 305, 7.1, 44.8),
            (2023, 2258, 291, 6.6, 44.9), (2024, 2279, 284, 6.3, 44.7)]


def budget_pdf(path):
    nk, vr, res = rb_calc()
    pdf = Doc("Höganäs kommun – Mål och budget 2025–2027", dt(2024, 11, 20))
    pdf.add_page()
    pdf.ln(55)
    pdf.set_font("DV", "B", 28)
    pdf.multi_cell(0, 12, "Mål och budget 2025–2027", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 16)
    pdf.multi_cell(0, 9, "Höganäs kommun", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    pdf.set_font("DV", "", 10)
    pdf.multi_cell(0, 6, "Beslutad av kommunfullmäktige den 18 november 2024, § 142", align="C",
                   new_x="LMARGIN", new_y="NEXT")

    pdf.add_page()
    pdf.h1("Ett Höganäs som håller över tid")
    pdf.p("Höganäs ska vara en kommun där det är enkelt att leva, driva företag och åldras tryggt. Det "
          "kräver en ekonomi i balans, och därför prioriterar vi kärnverksamheterna: skola, omsorg och "
          "trygghet.")
    pdf.p("För 2025 sänker vi kommunalskatten med 10 öre till 22,19 kronor. Det är första gången på tolv år "
          "som skatten sänks i Höganäs. Skattesänkningen minskar kommunens intäkter med cirka 7,4 miljoner "
          "kronor, och den finansieras genom effektiviseringar i den gemensamma administrationen.")
    pdf.p("Samtidigt ökar vi ramarna för Omsorgsnämnden med 33,1 miljoner kronor och för Bildningsnämnden "
          "med 23,3 miljoner kronor. Årets resultat budgeteras till 23,4 miljoner kronor, vilket är lägre "
          "än vårt långsiktiga mål. Resultatet förbättras under planperioden och når 37,4 miljoner kronor "
          "2027.")
    pdf.p("Investeringstakten är hög. Tillbyggnaden av Tornlyckeskolan, den nya förskolan i Väsby och "
          "renoveringen av kajerna i Höganäs hamn är de största projekten. Vi har beslutat att "
          "investeringarna under planperioden inte får överstiga 550 miljoner kronor totalt.")
    pdf.p("Peter Lindqvist (M)\nKommunstyrelsens ordförande")

    pdf.add_page()
    pdf.h1("Höganäs idag")
    pdf.p("Höganäs kommun hade 27 298 invånare den 31 december 2023. Befolkningen har ökat med i genomsnitt "
          "0,7 procent per år under de senaste fem åren. Skatteintäkterna för 2025 beräknas på 27 410 "
          "invånare den 1 november 2024.")
    pdf.p("Andelen invånare som är 65 år eller äldre är 28 procent, vilket är betydligt högre än i riket. "
          "Det innebär att behoven inom äldreomsorgen växer snabbare än skatteunderlaget. Samtidigt ökar "
          "antalet barnfamiljer i Väsby och Jonstorp.")
    pdf.p("Kommunens verksamheter sysselsätter drygt 2 500 medarbetare. Kommunkoncernen omfattar förutom "
          "kommunen bostadsbolaget AB Höganäshem, Höganäs Hamn AB, Kullabygdens Energi AB och "
          "Höganäs Parkering AB.")
    pdf.h2("Omvärld")
    pdf.p("SKR:s skatteunderlagsprognos från oktober 2024 visar en ökning av skatteunderlaget med 4,1 procent "
          "2025. Räntekostnaderna ökar till följd av den höga investeringstakten, och kommunens låneskuld "
          "beräknas öka från 1 170 miljoner kronor vid utgången av 2023 till omkring 1 260 miljoner kronor "
          "vid utgången av 2025.")

    pdf.add_page()
    pdf.h1("Styrmodell och mål")
    pdf.p("Kommunfullmäktige har beslutat om tre inriktningsmål för mandatperioden 2023–2026. Varje nämnd "
          "bryter ned inriktningsmålen i egna nämndmål och aktiviteter.")
    pdf.h2("1. Höganäs ska vara en attraktiv plats att bo och verka i")
    pdf.bullets(["Minst 150 nya bostäder ska färdigställas per år.",
                 "Höganäs ska ligga bland de 50 bästa kommunerna i Svenskt Näringslivs ranking av företagsklimat."])
    pdf.h2("2. Utbildning och omsorg med hög kvalitet")
    pdf.bullets(["Andelen elever i årskurs 9 som är behöriga till gymnasieskolan ska vara minst 92 procent.",
                 "Minst 90 procent av brukarna inom hemtjänsten ska vara nöjda med sin hemtjänst."])
    pdf.h2("3. En hållbar och effektiv organisation")
    pdf.bullets(["Sjukfrånvaron ska understiga 6,5 procent.",
                 "Kommunens koldioxidutsläpp från egna fordon ska minska med 50 procent till 2030."])
    pdf.h2("Finansiella mål")
    pdf.bullets(["Årets resultat ska uppgå till minst 2,0 procent av skatteintäkter och generella statsbidrag i genomsnitt under mandatperioden.",
                 "Skattefinansierade investeringar ska till minst 70 procent finansieras med egna medel.",
                 "Låneskulden per invånare får inte överstiga 55 000 kronor."])

    pdf.add_page()
    pdf.h1("Ekonomiska ramar")
    pdf.h2("Skattesats")
    pdf.p("Kommunalskatten sänks från 22,29 kronor till 22,19 kronor per skattekrona 2025. En sänkning med "
          "10 öre motsvarar cirka 7,4 miljoner kronor i minskade skatteintäkter.")
    pdf.h2("Effektiviseringar")
    pdf.p("Kommunstyrelsen ska genomföra effektiviseringar i den gemensamma administrationen om 6,0 miljoner "
          "kronor 2025. Samtliga nämnder får ett effektiviseringskrav på 0,8 procent. Därutöver ska "
          "Bildningsnämnden anpassa organisationen i förskolan efter minskade barnkullar i centrala Höganäs, "
          "vilket beräknas minska kostnaderna med 3,2 miljoner kronor.")
    pdf.h2("Satsningar")
    pdf.bullets(["Omsorgsnämnden tillförs 12,5 miljoner kronor för ökade volymer inom hemtjänsten.",
                 "Bildningsnämnden tillförs 4,0 miljoner kronor för elevhälsa och särskilt stöd.",
                 "Kultur- och fritidsnämnden tillförs 700 000 kronor för ett sommarlovsprogram för barn och unga.",
                 "Samhällsbyggnadsnämnden tillförs 1,5 miljoner kronor för ökat underhåll av stränder och hamnar."])
    pdf.p("Ramarna inkluderar kompensation för löneökningar med 3,5 procent och prisökningar med 2,0 procent.")

    # Resultatbudget with two-line headers and parentheses
    pdf.add_page()
    pdf.h1("Resultatbudget")
    pdf.caption("Belopp i mnkr. Negativa belopp anges inom parentes.")
    w = [58, 22, 22, 22, 22, 22]
    hdr = [["", "Bokslut", "Budget", "Budget", "Plan", "Plan"],
           ["", "2023", "2024", "2025", "2026", "2027"]]

    def row(label, key):
        return ("row", [label] + [fmt(v, neg="paren") for v in RB[key]])

    def srow(label, vals):
        return ("sum", [label] + [fmt(v, neg="paren") for v in vals])

    rows = [row("Verksamhetens intäkter", "int"), row("Verksamhetens kostnader", "kost"),
            row("Avskrivningar", "avs"), srow("Verksamhetens nettokostnad", nk),
            row("Skatteintäkter", "skatt"), row("Generella statsbidrag och utjämning", "stb"),
            srow("Verksamhetens resultat", vr), row("Finansiella intäkter", "finint"),
            row("Finansiella kostnader", "finkost"), srow("Årets resultat", res)]
    pdf.table(w, hdr, rows, size=8.5)
    pct = [res[i] / (D(RB["skatt"][i]) + D(RB["stb"][i])) * 100 for i in range(5)]
    pdf.p("Årets resultat motsvarar " + ", ".join(
        f"{fmt(pct[i])} procent {y}" for i, y in enumerate(["2023", "2024", "2025", "2026", "2027"])) +
        " av skatteintäkter och generella statsbidrag.")
    pdf.p("Verksamhetens nettokostnad ökar med 63,3 miljoner kronor mellan budget 2024 och budget 2025. "
          "Skatteintäkter och generella statsbidrag ökar med 79,2 miljoner kronor under samma period.")

    # Balansbudget
    pdf.add_page()
    pdf.h1("Balansbudget")
    pdf.caption("Belopp i mnkr")
    ek23 = D("1012.4")
    ek = [ek23 + res[1] + res[2], ek23 + res[1] + res[2] + res[3], ek23 + res[1] + res[2] + res[3] + res[4]]
    anl = [D("2684.0"), D("2802.5"), D("2871.3")]
    oms = [D("214.0"), D("205.0"), D("210.0")]
    avs_ = [D("412.0"), D("421.0"), D("430.0")]
    kort = [D("395.0"), D("402.0"), D("410.0")]
    tot = [anl[i] + oms[i] for i in range(3)]
    lang = [tot[i] - ek[i] - avs_[i] - kort[i] for i in range(3)]
    hdr = [["", "Budget", "Plan", "Plan"], ["", "2025-12-31", "2026-12-31", "2027-12-31"]]
    w = [80, 28, 28, 28]
    rows = [("section", ["Tillgångar"]),
            ("row", ["Anläggningstillgångar"] + [fmt(v) for v in anl]),
            ("row", ["Omsättningstillgångar"] + [fmt(v) for v in oms]),
            ("sum", ["Summa tillgångar"] + [fmt(v) for v in tot]),
            ("section", ["Eget kapital, avsättningar och skulder"]),
            ("row", ["Eget kapital"] + [fmt(v) for v in ek]),
            ("row", ["Avsättningar"] + [fmt(v) for v in avs_]),
            ("row", ["Långfristiga skulder"] + [fmt(v) for v in lang]),
            ("row", ["Kortfristiga skulder"] + [fmt(v) for v in kort]),
            ("sum", ["Summa eget kapital, avsättningar och skulder"] + [fmt(v) for v in tot])]
    pdf.table(w, hdr, rows, size=8.5)
    sol = [ek[i] / tot[i] * 100 for i in range(3)]
    pdf.p(f"Soliditeten beräknas till {fmt(sol[0])} procent vid utgången av 2025, {fmt(sol[1])} procent "
          f"2026 och {fmt(sol[2])} procent 2027.")

    # Kassaflöde
    pdf.h1("Kassaflödesbudget")
    pdf.caption("Belopp i mnkr")
    invsum = [sum(D(v[i]) for _, g in INV for _, v in g) for i in range(3)]
    avsk = [-D(RB["avs"][i]) for i in (2, 3, 4)]
    lop = [res[2 + i] + avsk[i] + D("9.0") for i in range(3)]
    lan = [D("40.0"), D("30.0"), D("0.0")]
    amort = [D("-20.0"), D("-20.0"), D("-40.0")]
    kf = [lop[i] - invsum[i] + lan[i] + amort[i] for i in range(3)]
    hdr = [["", "Budget", "Plan", "Plan"], ["", "2025", "2026", "2027"]]
    rows = [("section", ["Den löpande verksamheten"]),
            ("row", ["Årets resultat"] + [fmt(res[2 + i], neg="paren") for i in range(3)]),
            ("row", ["Justering för av- och nedskrivningar"] + [fmt(v, neg="paren") for v in avsk]),
            ("row", ["Justering för övriga ej likviditetspåverkande poster"] + ["9,0"] * 3),
            ("sum", ["Medel från den löpande verksamheten"] + [fmt(v, neg="paren") for v in lop]),
            ("section", ["Investeringsverksamheten"]),
            ("row", ["Investering i materiella anläggningstillgångar"] + [fmt(-v, neg="paren") for v in invsum]),
            ("section", ["Finansieringsverksamheten"]),
            ("row", ["Nyupptagna lån"] + [fmt(v, neg="paren") for v in lan]),
            ("row", ["Amortering av skuld"] + [fmt(v, neg="paren") for v in amort]),
            ("sum", ["Årets kassaflöde"] + [fmt(v, neg="paren") for v in kf])]
    pdf.table(w, hdr, rows, size=8.5)

    # Driftbudget tkr
    pdf.add_page()
    pdf.h1("Driftbudget per nämnd")
    pdf.caption("Nettokostnad, belopp i tkr")
    sums = [sum(D(r[1][i]) for r in DRIFT) for i in range(4)]
    netto = [-nk[1] * 1000, -nk[2] * 1000, -nk[3] * 1000, -nk[4] * 1000]
    fin = [netto[i] - sums[i] for i in range(4)]
    hdr = [["Nämnd", "Budget", "Budget", "Förändring", "Förändring", "Plan", "Plan"],
           ["", "2024", "2025", "tkr", "%", "2026", "2027"]]
    w = [50, 20, 20, 20, 19, 20, 20]

    def drow(kind, name, v):
        ch = D(v[1]) - D(v[0])
        return (kind, [name, fmt(v[0], 0), fmt(v[1], 0), fmt(ch, 0), fmt(ch / D(v[0]) * 100),
                       fmt(v[2], 0), fmt(v[3], 0)])

    rows = [drow("row", n, v) for n, v in DRIFT]
    rows.append(drow("sum", "Summa nämnder", sums))
    rows.append(drow("row", "Finansförvaltning", fin))
    rows.append(drow("sum", "Verksamhetens nettokostnad", netto))
    pdf.table(w, hdr, rows, size=8)
    pdf.note("Finansförvaltningen omfattar pensionskostnader, semesterlöneskuld och internränta. "
             "Budget 2024 avser den budget som kommunfullmäktige beslutade i november 2023.")

    pdf.add_page()
    pdf.h1("Nämndernas uppdrag och budget")
    pdf.h2("Kommunstyrelsen")
    pdf.p("Kommunstyrelsen leder och samordnar kommunens verksamheter och har uppsikt över nämnder och "
          "bolag. Kommunstyrelsen ansvarar även för räddningstjänsten, som bedrivs i samverkan med "
          "grannkommunerna inom Räddningstjänsten Nordvästra Skåne. Under 2025 ska en gemensam "
          "servicefunktion för ekonomi, löner och IT införas.")
    pdf.h2("Bildningsnämnden")
    pdf.p("Bildningsnämnden ansvarar för förskola, grundskola, anpassad skola, gymnasieskola och "
          "vuxenutbildning. Antalet elever i grundskolan beräknas till 3 180 läsåret 2025/26. "
          "Tillbyggnaden av Tornlyckeskolan ger 240 nya elevplatser från höstterminen 2026.")
    pdf.h2("Omsorgsnämnden")
    pdf.p("Omsorgsnämnden ansvarar för äldreomsorg, stöd till personer med funktionsnedsättning och individ- "
          "och familjeomsorg. Antalet platser i särskilt boende är 312. Det nya LSS-boendet på Lerberget "
          "får sex lägenheter och beräknas stå klart i oktober 2025.")
    pdf.h2("Samhällsbyggnadsnämnden")
    pdf.p("Nämnden ansvarar för gator, parker, hamnar, stränder och kommunens fastigheter. Under 2025 "
          "påbörjas renoveringen av den norra kajen i Höganäs hamn.")
    pdf.h2("Kultur- och fritidsnämnden")
    pdf.p("Nämnden ansvarar för bibliotek, kulturskola, fritidsgårdar och idrottsanläggningar. "
          "Konstgräsplanen i Jonstorp ska tas i bruk till säsongen 2025.")
    pdf.h2("Byggnadsnämnden")
    pdf.p("Byggnadsnämnden ansvarar för bygglov, detaljplaner och tillsyn enligt plan- och bygglagen. "
          "Den genomsnittliga handläggningstiden för bygglov ska understiga fem veckor.")

    # Investeringsbudget - long table continuing
    pdf.add_page()
    pdf.h1("Investeringsbudget")
    pdf.p("Investeringsbudgeten omfattar de skattefinansierade investeringarna. Investeringar i bostäder, "
          "energi och hamnverksamhet görs av de kommunala bolagen och ingår inte. Totalt uppgår "
          f"investeringarna till {fmt(invsum[0])} miljoner kronor 2025, {fmt(invsum[1])} miljoner kronor 2026 "
          f"och {fmt(invsum[2])} miljoner kronor 2027.")
    pdf.p("Tillbyggnaden av Tornlyckeskolan har en total projektbudget på 84 miljoner kronor, varav 7 miljoner "
          "kronor har upparbetats under 2024. Kommunen har beviljats ett statligt bidrag på 2,4 miljoner "
          "kronor för gång- och cykelvägen mellan Höganäs och Viken, vilket har räknats av i budgeten.")
    pdf.ln(95)
    pdf.caption("Belopp i mnkr")
    hdr = [["Projekt", "Budget", "Plan", "Plan", "Totalt"], ["", "2025", "2026", "2027", "2025–2027"]]
    w = [80, 22, 22, 22, 24]
    rows = []
    for sect, items in INV:
        rows.append(("section", [sect]))
        for n, v in items:
            rows.append(("row", [n] + [fmt(x) for x in v] + [fmt(sum(D(x) for x in v))]))
        ss = [sum(D(v[i]) for _, v in items) for i in range(3)]
        rows.append(("sum", ["Summa " + sect.lower()] + [fmt(x) for x in ss] + [fmt(sum(ss))]))
    rows.append(("sum", ["Totalt investeringar"] + [fmt(x) for x in invsum] + [fmt(sum(invsum))]))
    pdf.table(w, hdr, rows, size=8.5, cont_title="Investeringsbudget, fortsättning (mnkr)")

    pdf.add_page()
    pdf.h1("Känslighetsanalys")
    pdf.p("Kommunens ekonomi påverkas av faktorer som kommunen inte själv råder över. Tabellen visar den "
          "ungefärliga effekten på årets resultat.")
    pdf.caption("Belopp i mnkr")
    rows = [("row", ["Förändrad skattesats med 10 öre", "7,4"]),
            ("row", ["Löneförändring med 1 procent", "14,2"]),
            ("row", ["Förändrad ränta med 1 procentenhet på låneskulden", "13,8"]),
            ("row", ["Förändrat invånarantal med 100 personer", "6,9"])]
    pdf.table([110, 40], [["Händelse", "Effekt"]], rows, size=9)
    pdf.h1("Risker")
    pdf.p("De största riskerna i budgeten är att volymerna inom hemtjänsten fortsätter att öka snabbare än "
          "planerat, att räntorna stiger och att exploateringsintäkterna i Tornlyckan blir lägre än beräknat "
          "till följd av en svagare bostadsmarknad.")
    pdf.add_page()
    pdf.h1("Ordlista")
    for t in ["Driftbudget – budget för den löpande verksamheten, uttryckt som nettokostnad per nämnd.",
              "Investeringsbudget – budget för anskaffning av anläggningstillgångar.",
              "Generella statsbidrag – statsbidrag som inte är knutna till en viss verksamhet.",
              "Kommunalekonomisk utjämning – system som utjämnar skillnader i skattekraft och strukturella kostnader mellan kommuner.",
              "Soliditet – eget kapital i procent av de totala tillgångarna.",
              "Internränta – kalkylmässig ränta som nämnderna betalar för sina investeringar."]:
        pdf.p(t)
    pdf.output(path)
    return nk, res


def delar_pdf(path):
    nk_b, vr_b, res_b = rb_calc()
    pdf = Doc("Höganäs kommun – Delårsrapport januari–augusti 2024", dt(2024, 10, 2))
    # columns: Utfall jan-aug 2024, Utfall jan-aug 2023, Budget 2024, Prognos 2024
    bud = {k: RB[k][1] for k in RB}
    prog_nk = -(sum(D(x) for x in PROGNOS_NAMND) + PROGNOS_FINANSF)
    data = {
        "int": [268.9, 262.3, bud["int"], 401.2],
        "avs": [-69.4, -65.1, bud["avs"], bud["avs"]],
        "skatt": [1050.9, 1008.2, bud["skatt"], bud["skatt"]],
        "stb": [190.1, 178.9, bud["stb"], bud["stb"]],
        "finint": [11.4, 12.1, bud["finint"], bud["finint"]],
        "finkost": [-20.5, -16.0, bud["finkost"], bud["finkost"]],
    }
    kost_prog = prog_nk - D("401.2") - D(bud["avs"])
    data["kost"] = [-1389.6, -1338.0, bud["kost"], kost_prog]
    nk = [D(data["int"][i]) + D(data["kost"][i]) + D(data["avs"][i]) for i in range(4)]
    vr = [nk[i] + D(data["skatt"][i]) + D(data["stb"][i]) for i in range(4)]
    res = [vr[i] + D(data["finint"][i]) + D(data["finkost"][i]) for i in range(4)]
    pdf.add_page()
    pdf.ln(60)
    pdf.set_font("DV", "B", 24)
    pdf.multi_cell(0, 12, "Delårsrapport januari–augusti 2024", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 14)
    pdf.multi_cell(0, 8, "Höganäs kommun", align="C", new_x="LMARGIN", new_y="NEXT")

    pdf.add_page()
    pdf.h1("Sammanfattning")
    pdf.p(f"Periodens resultat för januari–augusti 2024 uppgår till {fmt(res[0])} miljoner kronor, jämfört "
          f"med {fmt(res[1])} miljoner kronor för motsvarande period 2023. Resultatet för perioden är högt "
          "eftersom semesterlöneskulden minskar under sommaren, vilket sänker personalkostnaderna tillfälligt.")
    pdf.p(f"Prognosen för helåret 2024 är ett resultat på {fmt(res[3])} miljoner kronor, vilket är "
          f"{fmt(res[3] - res[2])} miljoner kronor bättre än budget. Nämnderna prognostiserar sammantaget "
          "ett underskott, medan finansförvaltningen väntas redovisa ett överskott på grund av lägre "
          "pensionskostnader.")
    pdf.p("Omsorgsnämnden prognostiserar det största underskottet, 8,7 miljoner kronor, som främst beror på "
          "fler beviljade hemtjänsttimmar och dyra placeringar inom individ- och familjeomsorgen. "
          "Bildningsnämnden prognostiserar ett underskott på 4,8 miljoner kronor.")
    pdf.h2("Investeringar")
    pdf.p("Investeringarna under perioden uppgår till 96,3 miljoner kronor. För helåret prognostiseras "
          "investeringar på 175,0 miljoner kronor, att jämföra med en budget på 221,5 miljoner kronor.")
    pdf.h2("Personal")
    pdf.p("Sjukfrånvaron för perioden januari–juli var 6,1 procent, en minskning med 0,4 procentenheter "
          "jämfört med samma period föregående år. Antalet tillsvidareanställda var 2 271 den 31 augusti.")
    pdf.h2("Händelser under perioden")
    pdf.bullets(["Kommunfullmäktige beslutade i april om tillbyggnad av Tornlyckeskolan.",
                 "Detaljplanen för Tornlyckan etapp 3 vann laga kraft i juni.",
                 "Ett nytt avtal om skolskjuts med upphandlad entreprenör började gälla den 1 augusti."])

    pdf.add_page()
    pdf.h1("Resultaträkning")
    pdf.caption("Belopp i mnkr")
    hdr = [["", "Utfall", "Utfall", "Budget", "Prognos"],
           ["", "jan–aug 2024", "jan–aug 2023", "2024", "2024"]]
    w = [62, 27, 27, 24, 24]

    def r(label, key):
        return ("row", [label] + [fmt(v, neg="endash") for v in data[key]])

    def s(label, vals):
        return ("sum", [label] + [fmt(v, neg="endash") for v in vals])

    rows = [r("Verksamhetens intäkter", "int"), r("Verksamhetens kostnader", "kost"),
            r("Avskrivningar", "avs"), s("Verksamhetens nettokostnad", nk),
            r("Skatteintäkter", "skatt"), r("Generella statsbidrag och utjämning", "stb"),
            s("Verksamhetens resultat", vr), r("Finansiella intäkter", "finint"),
            r("Finansiella kostnader", "finkost"), s("Periodens/årets resultat", res)]
    pdf.table(w, hdr, rows, size=8.5)

    pdf.h1("Nämndernas prognos för 2024")
    pdf.caption("Nettokostnad, belopp i mnkr")
    hdr = [["Nämnd", "Budget 2024", "Prognos 2024", "Avvikelse"]]
    rows = []
    sb = sp = D(0)
    for (n, v), p_ in zip(DRIFT, PROGNOS_NAMND):
        b = D(v[0]) / 1000
        p_ = D(p_)
        sb += b
        sp += p_
        rows.append(("row", [n, fmt(b), fmt(p_), fmt(b - p_, neg="endash")]))
    rows.append(("sum", ["Summa nämnder", fmt(sb), fmt(sp), fmt(sb - sp, neg="endash")]))
    fb = -nk_b[1] - sb
    rows.append(("row", ["Finansförvaltning", fmt(fb), fmt(PROGNOS_FINANSF), fmt(fb - PROGNOS_FINANSF, neg="endash")]))
    rows.append(("sum", ["Totalt", fmt(sb + fb), fmt(sp + PROGNOS_FINANSF),
                         fmt(sb + fb - sp - PROGNOS_FINANSF, neg="endash")]))
    pdf.table([70, 30, 30, 30], hdr, rows, size=8.5)
    pdf.note("Positiv avvikelse innebär överskott mot budget.")

    pdf.add_page()
    pdf.h1("Måluppfyllelse")
    pdf.p("Av kommunfullmäktiges tolv nämndmål bedöms sju uppfyllas helt, fyra delvis och ett inte alls "
          "under 2024. Målet om att minst 150 bostäder ska färdigställas bedöms inte nås; prognosen är 96 "
          "färdigställda bostäder.")
    pdf.p("Det finansiella målet om ett resultat på minst 2,0 procent av skatteintäkter och generella "
          "statsbidrag bedöms inte uppnås 2024. Låneskulden per invånare beräknas till omkring 45 000 kronor "
          "vid årets slut, vilket är inom målet.")
    pdf.h2("Bedömning av balanskravet")
    pdf.p("Balanskravsresultatet för 2024 beräknas bli positivt. Kommunen har inga tidigare underskott att "
          "återställa. Resultatutjämningsreserven uppgår till 48,0 miljoner kronor.")
    pdf.output(path)
    return res


def html_page(path):
    _, _, res = rb_calc()
    rows = [
        ("Antal invånare 31 december", [fmt(x, 0) for x in NYCKEL_INV]),
        ("Skattesats, kr", ["22,29", "22,29", "22,29"]),
        ("Årets resultat, mnkr", ["52,6", fmt(res[0]), "18,9"]),
        ("Nettoinvesteringar, mnkr", ["168,4", "201,7", "188,2"]),
        ("Soliditet inkl. pensionsförpliktelser, %", ["31,2", "32,0", "32,4"]),
        ("Låneskuld, mnkr", [fmt(x, 0) for x in NYCKEL_LAN]),
        ("Låneskuld per invånare, kr",
         [fmt(D(NYCKEL_LAN[i]) * 1000000 / NYCKEL_INV[i], 0) for i in range(3)]),
    ]
    trs = "\n".join("          <tr><th scope=\"row\">" + n + "</th>" + "".join(f"<td>{x}</td>" for x in v) + "</tr>"
                    for n, v in rows)
    html = f"""<!DOCTYPE html>
<html lang="sv">
<head>
  <meta charset="utf-8">
  <title>Ekonomi och nyckeltal | Höganäs kommun</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <style>.cookie{{position:fixed;bottom:0}}</style>
  <script src="/js/analytics.js" defer></script>
</head>
<body>
  <div class="cookie" role="dialog" aria-label="Kakor">
    <p>Höganäs kommun använder kakor för statistik och för att webbplatsen ska fungera bra.</p>
    <button type="button">Acceptera</button><button type="button">Neka statistikkakor</button>
  </div>
  <header>
    <div class="topbar"><a href="/lattlast">Lättläst</a> <a href="/other-languages">Other languages</a> <a href="/lyssna">Lyssna</a></div>
    <a class="brand" href="/">Höganäs kommun</a>
    <nav aria-label="Huvudmeny">
      <a href="/barn-och-utbildning">Barn och utbildning</a>
      <a href="/omsorg-och-hjalp">Omsorg och hjälp</a>
      <a href="/bygga-bo-och-miljo">Bygga, bo och miljö</a>
      <a href="/uppleva-och-gora">Uppleva och göra</a>
      <a href="/kommun-och-politik">Kommun och politik</a>
    </nav>
  </header>
  <main id="content">
    <ol class="breadcrumb"><li><a href="/">Startsida</a></li><li><a href="/kommun-och-politik">Kommun och politik</a></li><li>Ekonomi och nyckeltal</li></ol>
    <h1>Ekonomi och nyckeltal</h1>
    <p class="ingress">Här hittar du en sammanfattning av Höganäs kommuns ekonomi och några viktiga nyckeltal för de senaste tre åren.</p>
    <h2>Årets resultat 2024</h2>
    <p>Kommunfullmäktige godkände årsredovisningen för 2024 den 22 april 2025. Årets resultat 2024 blev 18,9 miljoner kronor, vilket är 4,7 miljoner kronor bättre än prognosen i delårsrapporten och 9,3 miljoner kronor bättre än budget.</p>
    <p>Nettoinvesteringarna uppgick till 188,2 miljoner kronor, den högsta nivån hittills för ett enskilt år utanför exploateringsverksamheten. Låneskulden ökade med 70 miljoner kronor till 1 240 miljoner kronor.</p>
    <h2>Nyckeltal 2022–2024</h2>
    <table class="keyfigures">
      <caption>Nyckeltal för Höganäs kommun</caption>
      <thead>
        <tr><th>Nyckeltal</th><th>2022</th><th>2023</th><th>2024</th></tr>
      </thead>
      <tbody>
{trs}
      </tbody>
    </table>
    <p>Skattesatsen sänktes till 22,19 kronor från och med 2025.</p>
    <h2>Dokument</h2>
    <ul>
      <li><a href="/download/mal-och-budget-2025-2027.pdf">Mål och budget 2025–2027 (pdf)</a></li>
      <li><a href="/download/delarsrapport-augusti-2024.pdf">Delårsrapport januari–augusti 2024 (pdf)</a></li>
    </ul>
    <p class="dates">Publicerad: 2025-04-24<br>Senast uppdaterad: 2025-05-06</p>
  </main>
  <footer>
    <p>Höganäs kommun · 263 82 Höganäs · Besöksadress: Centralgatan 20 · Telefon: 042-33 71 00</p>
    <p><a href="/kontakt">Kontakta oss</a> | <a href="/tillganglighet">Tillgänglighet</a> | <a href="/cookies">Kakor</a></p>
  </footer>
</body>
</html>
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(html)


def protokoll_docx(path):
    d = docx.Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    d.add_heading("Kommunfullmäktige – Protokoll", level=1)
    d.add_paragraph("Höganäs kommun")
    d.add_paragraph("Sammanträdesdatum: 2024-11-18")
    d.add_paragraph("Plats: Sessionssalen, Stadshuset i Höganäs, kl. 18.00–22.40")
    d.add_paragraph("Ordförande: Birgitta Mårtensson (M)")
    d.add_paragraph("Sekreterare: Johan Axelsson")
    d.add_paragraph("Justerare: Anders Holm (S) och Ingrid Persson (C)")
    d.add_heading("§ 140 Upprop", level=2)
    d.add_paragraph("Vid upprop konstateras att 45 av 45 ledamöter eller tjänstgörande ersättare är närvarande.")
    d.add_heading("§ 141 Val av justerare", level=2)
    d.add_paragraph("Kommunfullmäktige utser Anders Holm (S) och Ingrid Persson (C) att justera protokollet.")
    d.add_heading("§ 142 Mål och budget 2025–2027", level=2)
    d.add_paragraph("Dnr KS 2024/0311")
    d.add_paragraph("Kommunstyrelsen har föreslagit kommunfullmäktige att anta Mål och budget 2025–2027 med en "
                    "skattesats på 22,19 kronor, en sänkning med 10 öre. Årets resultat budgeteras till 23,4 "
                    "miljoner kronor 2025.")
    d.add_paragraph("Yrkanden")
    d.add_paragraph("Peter Lindqvist (M) yrkar bifall till kommunstyrelsens förslag. Anders Holm (S) yrkar "
                    "bifall till Socialdemokraternas budgetförslag med oförändrad skattesats 22,29 kronor och "
                    "ytterligare 7,4 miljoner kronor till Omsorgsnämnden. Sara Lind (V) yrkar bifall till "
                    "Vänsterpartiets budgetförslag.")
    d.add_paragraph("Omröstning")
    d.add_paragraph("Ordföranden ställer först Socialdemokraternas och Vänsterpartiets förslag mot varandra och "
                    "finner att Socialdemokraternas förslag blir motförslag. Omröstning begärs. Kommunfullmäktige "
                    "beslutar med 26 röster för kommunstyrelsens förslag mot 19 röster för Socialdemokraternas "
                    "förslag att bifalla kommunstyrelsens förslag.")
    d.add_paragraph("Beslut")
    d.add_paragraph("Kommunfullmäktige beslutar att fastställa skattesatsen för 2025 till 22,19 kronor samt att "
                    "anta Mål och budget 2025–2027 enligt kommunstyrelsens förslag.")
    d.add_paragraph("Reservation")
    d.add_paragraph("Ledamöterna för Socialdemokraterna och Vänsterpartiet reserverar sig mot beslutet till "
                    "förmån för sina respektive förslag.")
    d.add_heading("§ 143 Borgensramar för de kommunala bolagen 2025", level=2)
    d.add_paragraph("Dnr KS 2024/0298")
    d.add_paragraph("Kommunstyrelsen föreslår nya borgensramar för de helägda bolagen för 2025. Höjningen för "
                    "AB Höganäshem beror på nyproduktion av 86 lägenheter i Tornlyckan.")
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Bolag", "Nuvarande borgensram, mnkr", "Föreslagen borgensram 2025, mnkr",
                           "Utnyttjad borgen 2024-10-31, mnkr"]):
        t.rows[0].cells[i].text = h
    bol = [("AB Höganäshem", 950, 1050, 912), ("Höganäs Hamn AB", 45, 45, 38),
           ("Kullabygdens Energi AB", 120, 140, 104), ("Höganäs Parkering AB", 20, 15, 6)]
    tot = [0, 0, 0]
    for n, a, b, c in bol:
        cells = t.add_row().cells
        cells[0].text = n
        for i, v in enumerate([a, b, c]):
            cells[i + 1].text = fmt(v, 0)
            tot[i] += v
    cells = t.add_row().cells
    cells[0].text = "Summa"
    for i in range(3):
        cells[i + 1].text = fmt(tot[i], 0)
    d.add_paragraph("Beslut")
    d.add_paragraph("Kommunfullmäktige beslutar att fastställa borgensramarna för 2025 enligt tabellen ovan, "
                    "totalt 1 250 miljoner kronor.")
    d.add_heading("§ 144 Motion om fler laddplatser för elbilar vid kommunala anläggningar", level=2)
    d.add_paragraph("Dnr KS 2024/0102")
    d.add_paragraph("Ingrid Persson (C) har föreslagit att kommunen bygger minst 40 nya publika laddplatser vid "
                    "kommunala anläggningar före 2026. Samhällsbyggnadsförvaltningen uppger att 22 laddplatser "
                    "redan ingår i investeringsplanen och att kostnaden för ytterligare 18 platser är cirka "
                    "900 000 kronor.")
    d.add_paragraph("Beslut")
    d.add_paragraph("Kommunfullmäktige beslutar att anse motionen besvarad.")
    d.add_paragraph("Reservation")
    d.add_paragraph("Ingrid Persson (C) reserverar sig mot beslutet till förmån för bifall till motionen.")
    d.add_paragraph("Justerat 2024-11-25")
    cp = d.core_properties
    cp.author = "Johan Axelsson"
    cp.last_modified_by = "Johan Axelsson"
    cp.title = "Protokoll kommunfullmäktige 2024-11-18"
    cp.created = datetime(2024, 11, 25, 14, 0, 0)
    cp.modified = datetime(2024, 11, 25, 14, 0, 0)
    cp.revision = 1
    d.save(path)
    normalise_zip(path, "2024-11-25T14:00:00Z")


def xlsx(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Driftredovisning 2024"
    ws.append(["Driftredovisning per verksamhet 2024 – Höganäs kommun"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(["Belopp i tkr"])
    ws.append(["Verksamhet", "Budget 2024", "Utfall 2024", "Avvikelse"])
    for c in ws[3]:
        c.font = Font(bold=True)
    tb = tu = 0
    for sect, items in VERKS:
        ws.append([sect])
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        sb = su = 0
        for n, b, u in items:
            ws.append([n, b, u, b - u])
            sb += b
            su += u
        ws.append(["Summa " + sect.lower(), sb, su, sb - su])
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        tb += sb
        tu += su
    ws.append(["Totalt redovisade verksamheter", tb, tu, tb - tu])
    ws.append([])
    ws.append(["Positiv avvikelse = överskott mot budget. Gemensam administration och finansförvaltning ingår inte."])
    ws.column_dimensions["A"].width = 55
    ws2 = wb.create_sheet("Personal")
    ws2.append(["Personalnyckeltal Höganäs kommun 2020–2024"])
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.append(["Antal anställda den 31 december; sjukfrånvaro i procent av ordinarie arbetstid"])
    ws2.append(["År", "Tillsvidareanställda", "Visstidsanställda", "Sjukfrånvaro, %", "Medelålder, år"])
    for c in ws2[3]:
        c.font = Font(bold=True)
    for r in PERSONAL:
        ws2.append(list(r))
    wb.properties.creator = "HR och ekonomi, Höganäs kommun"
    wb.properties.lastModifiedBy = "HR och ekonomi, Höganäs kommun"
    wb.properties.created = datetime(2025, 3, 3, 9, 0, 0)
    wb.properties.modified = datetime(2025, 3, 3, 9, 0, 0)
    wb.save(path)
    normalise_zip(path, "2025-03-03T09:00:00Z")


PRESS = """PRESSMEDDELANDE
Höganäs kommun 2024-11-19

Skatten sänks i Höganäs – första sänkningen på tolv år

Kommunfullmäktige i Höganäs antog i går kväll Mål och budget 2025–2027. Kommunalskatten sänks med 10 öre till 22,19 kronor per hundralapp från den 1 januari 2025.

För en person med en månadslön på 35 000 kronor innebär sänkningen ungefär 420 kronor mer i plånboken per år.

– Vi visar att det går att sänka skatten och samtidigt satsa på välfärden. Omsorgsnämnden får det största tillskottet i budgeten, säger Peter Lindqvist (M), kommunstyrelsens ordförande.

Budgeten i korthet:
* Årets resultat 2025 budgeteras till 23,4 miljoner kronor.
* Omsorgsnämndens ram ökar med 33,1 miljoner kronor till 735,9 miljoner kronor.
* Investeringar på 163,2 miljoner kronor under 2025, bland annat tillbyggnad av Tornlyckeskolan och en ny förskola i Väsby.
* Ett sommarlovsprogram för barn och unga får 700 000 kronor.

Oppositionen röstade nej. Socialdemokraterna ville behålla skattesatsen på 22,29 kronor och i stället ge Omsorgsnämnden ytterligare 7,4 miljoner kronor.

Beslutet fattades efter votering med siffrorna 26–19.

För mer information:
Peter Lindqvist (M), kommunstyrelsens ordförande, 042-33 71 10
Maria Stenberg, ekonomichef, 042-33 72 45
"""


def build(outdir):
    os.makedirs(outdir, exist_ok=True)
    budget_pdf(os.path.join(outdir, "hoganas-mal-och-budget-2025-2027.pdf"))
    delar_pdf(os.path.join(outdir, "hoganas-delarsrapport-jan-aug-2024.pdf"))
    html_page(os.path.join(outdir, "ekonomi-och-nyckeltal.html"))
    protokoll_docx(os.path.join(outdir, "kf-protokoll-2024-11-18.docx"))
    xlsx(os.path.join(outdir, "driftredovisning-och-personal-2024.xlsx"))
    with open(os.path.join(outdir, "pressmeddelande-skattesankning-2025.txt"), "w", encoding="utf-8") as f:
        f.write(PRESS)
