"""Falkenbergs kommun (Hallands län) - invented figures, real-world document conventions."""
from decimal import Decimal as D
import os
from pdfkit import Report, fmt, normalize_ooxml

MUNI = "Falkenbergs kommun"

# ---------------------------------------------------------------- budget data (mnkr)
YEARS = ["Bokslut 2023", "Budget 2024", "Budget 2025", "Plan 2026", "Plan 2027"]
RR = {
    "int": ["742.6", "760.0", "781.4", "795.0", "810.2"],
    "kost": ["-3486.2", "-3612.5", "-3748.9", "-3862.0", "-3969.4"],
    "avskr": ["-142.8", "-151.0", "-163.5", "-172.4", "-180.1"],
    "skatt": ["2218.4", "2310.7", "2412.6", "2498.3", "2581.9"],
    "gsb": ["768.9", "792.4", "831.2", "846.0", "862.5"],
    "finint": ["14.2", "12.0", "11.5", "11.5", "11.5"],
    "finkost": ["-38.7", "-45.3", "-52.8", "-58.1", "-63.4"],
}
RR = {k: [D(x) for x in v] for k, v in RR.items()}
NETTO = [a + b + c for a, b, c in zip(RR["int"], RR["kost"], RR["avskr"])]
VRES = [n + s + g for n, s, g in zip(NETTO, RR["skatt"], RR["gsb"])]
RES = [v + i + k for v, i, k in zip(VRES, RR["finint"], RR["finkost"])]
RES_PCT = [(r / (s + g) * 100) for r, s, g in zip(RES, RR["skatt"], RR["gsb"])]

# driftbudget per nämnd: (name, budget 2024, budget 2025)
DRIFT = [
    ("Kommunstyrelsen", [
        ("Kommunledningskontoret", "141.5", "148.2"),
        ("Räddningstjänst", "58.9", "62.4"),
        ("Näringsliv och turism", "17.9", "18.7"),
    ]),
    ("Barn- och utbildningsnämnden", [
        ("Förskola", "305.2", "318.6"),
        ("Grundskola", "718.4", "742.9"),
        ("Gymnasieskola", "247.8", "256.1"),
        ("Vuxenutbildning", "39.6", "41.3"),
    ]),
    ("Socialnämnden", [
        ("Äldreomsorg", "588.1", "612.4"),
        ("Funktionsstöd", "331.9", "348.7"),
        ("Individ- och familjeomsorg", "158.6", "164.2"),
    ]),
    ("Kultur- och fritidsnämnden", [
        ("Kultur och bibliotek", "50.9", "52.8"),
        ("Fritid och idrottsanläggningar", "59.2", "61.5"),
    ]),
    ("Samhällsbyggnadsnämnden", [
        ("Gata och park", "75.1", "78.4"),
        ("Fastighet (netto)", "35.0", "36.2"),
    ]),
]
SINGLE = [("Bygg- och miljönämnden", "23.5", "24.6"), ("Överförmyndarnämnden", "6.5", "6.8")]


def drift_sums():
    out = {}
    for name, rows in DRIFT:
        out[name] = (sum(D(r[1]) for r in rows), sum(D(r[2]) for r in rows))
    for name, a, b in SINGLE:
        out[name] = (D(a), D(b))
    return out


DSUM = drift_sums()
NAMND_24 = sum(v[0] for v in DSUM.values())
NAMND_25 = sum(v[1] for v in DSUM.values())
FINANS_24 = -NETTO[1] - NAMND_24
FINANS_25 = -NETTO[2] - NAMND_25

# investment projects: (projekt, nämnd, 2025, 2026, 2027)
INV = [
    ("Ny förskola Skrea, 8 avdelningar", "BUN", "38.5", "22.0", "0.0"),
    ("Ombyggnad Falkenbergs gymnasieskola, etapp 2", "BUN", "24.0", "31.5", "18.0"),
    ("Tillagningskök Ätrans skola", "BUN", "9.8", "0.0", "0.0"),
    ("Skolgårdar, upprustning", "BUN", "3.5", "3.5", "3.5"),
    ("Inventarier skola och förskola", "BUN", "4.2", "4.0", "4.0"),
    ("Särskilt boende Tröingeberg, 60 platser", "SN", "42.0", "55.0", "12.0"),
    ("Gruppbostad LSS Vinberg", "SN", "14.6", "2.0", "0.0"),
    ("Välfärdsteknik och trygghetslarm", "SN", "3.1", "2.5", "2.5"),
    ("Inventarier socialnämnden", "SN", "2.4", "2.4", "2.4"),
    ("Räddningsstation Vessigebro", "KS", "15.2", "3.0", "0.0"),
    ("IT-investeringar och digitalisering", "KS", "8.5", "8.5", "8.5"),
    ("Exploatering Tröingeberg syd, allmän platsmark", "KS", "11.0", "9.5", "6.0"),
    ("Strategiska markförvärv", "KS", "5.0", "5.0", "5.0"),
    ("Reinvesteringar verksamhetsfastigheter", "SBN", "35.0", "35.0", "35.0"),
    ("Energieffektivisering fastigheter", "SBN", "6.0", "6.0", "6.0"),
    ("Gator och belysning, reinvestering", "SBN", "18.6", "17.0", "17.0"),
    ("Gång- och cykelvägar", "SBN", "12.4", "10.0", "10.0"),
    ("Ny bro över Ätran, Tullbron", "SBN", "6.5", "28.0", "4.0"),
    ("Hamnen, kajförstärkning", "SBN", "9.0", "4.0", "0.0"),
    ("Lekplatser och parker", "SBN", "2.8", "2.8", "2.8"),
    ("Konstgräsplan Vessigebro", "KFN", "7.5", "0.0", "0.0"),
    ("Falkenbergs bibliotek, ny entré", "KFN", "3.2", "0.0", "0.0"),
    ("Simhall, reinvestering reningsverk", "KFN", "4.6", "1.5", "0.0"),
    ("Inventarier kultur och fritid", "KFN", "1.2", "1.2", "1.2"),
    ("Digital bygglovshantering", "BMN", "0.9", "0.0", "0.0"),
]
INV = [(a, b, D(c), D(d), D(e)) for a, b, c, d, e in INV]
INV_TOT = [sum(r[i] for r in INV) for i in (2, 3, 4)]
SELFFIN_25 = (RES[2] - RR["avskr"][2]) / INV_TOT[0] * 100  # (resultat + avskrivningar)/investeringar

# ---------------------------------------------------------------- delårsrapport data (mnkr)
# (nämnd, utfall jan-aug, budget 2024, prognos 2024)
DEL_DRIFT = [
    ("Kommunstyrelsen", "139.8", DSUM["Kommunstyrelsen"][0], "214.9"),
    ("Barn- och utbildningsnämnden", "868.4", DSUM["Barn- och utbildningsnämnden"][0], "1322.8"),
    ("Socialnämnden", "741.5", DSUM["Socialnämnden"][0], "1097.1"),
    ("Kultur- och fritidsnämnden", "75.2", DSUM["Kultur- och fritidsnämnden"][0], "109.4"),
    ("Samhällsbyggnadsnämnden", "71.9", DSUM["Samhällsbyggnadsnämnden"][0], "112.3"),
    ("Bygg- och miljönämnden", "14.6", DSUM["Bygg- och miljönämnden"][0], "22.9"),
    ("Överförmyndarnämnden", "4.9", DSUM["Överförmyndarnämnden"][0], "7.1"),
]
DEL_DRIFT = [(n, D(u), D(b), D(p)) for n, u, b, p in DEL_DRIFT]
DEL_FIN = (D("88.3"), FINANS_24, D("135.1"))
# RR delår: columns utfall jan-aug 2024, utfall jan-aug 2023, budget 2024, prognos 2024
DRR = {
    "int": ["512.6", "489.0", RR["int"][1], "778.3"],
    "kost": ["-2418.5", "-2297.4", RR["kost"][1], "-3650.8"],
    "avskr": ["-98.7", "-93.9", RR["avskr"][1], "-149.1"],
    "skatt": ["1536.1", "1474.8", RR["skatt"][1], "2304.2"],
    "gsb": ["530.2", "510.6", RR["gsb"][1], "795.1"],
    "finint": ["9.8", "10.1", RR["finint"][1], "13.4"],
    "finkost": ["-28.6", "-24.3", RR["finkost"][1], "-43.9"],
}
DRR = {k: [D(x) for x in v] for k, v in DRR.items()}
DNETTO = [a + b + c for a, b, c in zip(DRR["int"], DRR["kost"], DRR["avskr"])]
DVRES = [n + s + g for n, s, g in zip(DNETTO, DRR["skatt"], DRR["gsb"])]
DRES = [v + i + k for v, i, k in zip(DVRES, DRR["finint"], DRR["finkost"])]
# investments delår: (projekt, budget 2024, utfall jan-aug, prognos 2024)
DEL_INV = [
    ("Särskilt boende Tröingeberg", "31.0", "14.2", "22.5"),
    ("Ombyggnad Falkenbergs gymnasieskola, etapp 1", "42.5", "33.8", "44.0"),
    ("Ny förskola Skrea", "18.0", "6.1", "9.5"),
    ("Reinvesteringar verksamhetsfastigheter", "34.0", "21.7", "34.0"),
    ("Gator, belysning och GC-vägar", "29.5", "17.4", "27.0"),
    ("Räddningsstation Vessigebro", "12.0", "2.3", "4.8"),
    ("Övriga investeringar", "101.0", "47.1", "63.2"),
]
DEL_INV = [(n, D(b), D(u), D(p)) for n, b, u, p in DEL_INV]
DEL_INV_TOT = [sum(r[i] for r in DEL_INV) for i in (1, 2, 3)]


def n1(x, neg="dash"):
    return fmt(x, 1, neg)


# ---------------------------------------------------------------- budget PDF
def budget_pdf(path):
    pdf = Report("Falkenbergs kommun", "Budget 2025 med plan för 2026–2027", "Falkenbergs kommun – Budget 2025")
    # title page
    pdf.skip_header = True
    pdf.add_page()
    pdf.set_y(70)
    pdf.set_font("DejaVu", "B", 26)
    pdf.multi_cell(0, 12, "Budget 2025\nmed plan för 2026–2027", align="C")
    pdf.ln(8)
    pdf.set_font("DejaVu", "", 13)
    pdf.multi_cell(0, 7, "Falkenbergs kommun", align="C")
    pdf.ln(40)
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(0, 5.5, "Fastställd av kommunfullmäktige 2024-11-26, § 178\nDiarienummer KS 2024-0312", align="C")
    pdf.skip_header = False

    # Innehåll + förord
    pdf.add_page()
    pdf.h1("Innehåll")
    for t, s in [("Förord", 2), ("Omvärld och förutsättningar", 3), ("Mål och riktlinjer för god ekonomisk hushållning", 4),
                 ("Resultatbudget", 5), ("Noter till resultatbudgeten", 6), ("Balans- och kassaflödesbudget", 7),
                 ("Driftbudget per nämnd", 8), ("Nämndernas uppdrag och ramar", 9), ("Investeringsbudget", 11),
                 ("Personal", 13), ("Skattesats, avgifter och taxor", 14)]:
        pdf.set_font("DejaVu", "", 10)
        pdf.cell(140, 5.5, t)
        pdf.cell(0, 5.5, str(s), align="R")
        pdf.ln(5.5)
    pdf.ln(6)
    pdf.h1("Förord")
    pdf.p("Falkenberg växer. Under de senaste fem åren har vi blivit drygt 1 900 fler invånare, och nya bostadsområden "
          "i Tröingeberg, Skrea och Vinberg ställer krav på förskolor, skolor, vård och omsorg. Samtidigt är den "
          "ekonomiska situationen ansträngd: kostnaderna för pensioner, räntor och livsmedel har ökat snabbare än "
          "skatteintäkterna, och behoven inom äldreomsorgen och funktionsstödet fortsätter att växa.")
    pdf.p(f"Budgeten för 2025 visar ett resultat på {n1(RES[2])} mnkr, vilket motsvarar {fmt(RES_PCT[2],1)} procent av "
          "skatteintäkter och generella statsbidrag. Det är i linje med kommunfullmäktiges mål om god ekonomisk "
          "hushållning, men marginalerna minskar under planperioden. Vi prioriterar kärnverksamheten: "
          "nämndernas ramar ökar med sammanlagt "
          f"{n1(NAMND_25 - NAMND_24)} mnkr jämfört med 2024, varav socialnämnden får den största förstärkningen.")
    pdf.p("Skattesatsen lämnas oförändrad. Vi tror att det är rätt att hålla emot skattehöjningar i ett läge där "
          "många hushåll fortfarande känner av de höga levnadskostnaderna. I stället krävs effektiviseringar, "
          "digitalisering och ett fortsatt gott samarbete mellan nämnderna.")
    pdf.p("Jag vill tacka alla medarbetare för ett fantastiskt arbete, och alla förtroendevalda för ett konstruktivt "
          "budgetarbete.")
    pdf.ln(2)
    pdf.set_font("DejaVu", "I", 10)
    pdf.multi_cell(0, 5.2, "Falkenberg i november 2024\nHelena Strand (M)\nKommunstyrelsens ordförande")

    # Omvärld
    pdf.add_page()
    pdf.h1("Omvärld och förutsättningar")
    pdf.h2("Samhällsekonomin")
    pdf.p("Sveriges Kommuner och Regioner (SKR) bedömer i oktoberprognosen att svensk ekonomi gradvis återhämtar sig "
          "under 2025. Inflationen har fallit tillbaka och Riksbanken har sänkt styrräntan, men arbetslösheten väntas "
          "ligga kvar på en hög nivå. Skatteunderlagets reala tillväxt bedöms bli 1,1 procent 2025.")
    pdf.h2("Befolkning")
    pdf.p("Den 1 november 2024 uppgick folkmängden i Falkenbergs kommun till 47 352 invånare. Budgeten bygger på "
          "att befolkningen ökar med 450 invånare per år under planperioden. Antalet invånare över 80 år väntas öka "
          "med 5,2 procent per år, medan antalet barn i förskoleåldern är i stort sett oförändrat.")
    pdf.h2("Skatteintäkter och generella statsbidrag")
    pdf.p(f"Skatteintäkterna beräknas till {n1(RR['skatt'][2])} mnkr för 2025, och de generella statsbidragen och "
          f"utjämningen till {n1(RR['gsb'][2])} mnkr. Tillsammans blir det {n1(RR['skatt'][2] + RR['gsb'][2])} mnkr, "
          f"en ökning med {n1(RR['skatt'][2] + RR['gsb'][2] - RR['skatt'][1] - RR['gsb'][1])} mnkr jämfört med budget 2024. "
          "Beräkningarna bygger på SKR:s skatteunderlagsprognos från den 3 oktober 2024.")
    pdf.h2("Pensioner, löner och priser")
    pdf.p("Löneökningarna för 2025 kompenseras med 3,2 procent i nämndernas ramar och priserna med 1,8 procent. "
          "Pensionskostnaderna, inklusive löneskatt, beräknas till 214,6 mnkr år 2025, vilket är 11,9 mnkr mer än 2024. "
          "Internräntan för kapitalkostnader är 2,5 procent.")
    pdf.h2("Låneskuld och räntor")
    pdf.p("Kommunens låneskuld beräknas öka från 1 420 mnkr vid utgången av 2024 till 1 485 mnkr vid utgången av 2025. "
          "Den genomsnittliga räntan i låneportföljen antas bli 3,1 procent. En förändring av räntan med en "
          "procentenhet påverkar räntekostnaderna med cirka 14 mnkr på helårsbasis.")

    # Mål
    pdf.add_page()
    pdf.h1("Mål och riktlinjer för god ekonomisk hushållning")
    pdf.p("Enligt 11 kap. 1 § kommunallagen ska kommunen ha en god ekonomisk hushållning. Kommunfullmäktige har "
          "fastställt fyra finansiella mål. Resultatmålet innebär att resultatet ska uppgå till minst 2,0 procent av "
          "skatteintäkter och generella statsbidrag, mätt som ett genomsnitt över en rullande femårsperiod.")
    pdf.caption("Tabell 1. Finansiella mål och måluppfyllelse")
    pdf.table(["Finansiellt mål", "Målnivå", "Utfall\n2023", "Budget\n2025", "Bedömd\nmåluppfyllelse"],
              [("row", ["Resultat i procent av skatter och bidrag", "≥ 2,0 %", fmt(RES_PCT[0], 1) + " %",
                        fmt(RES_PCT[2], 1) + " %", "Uppfylls"]),
               ("row", ["Självfinansieringsgrad av investeringar", "≥ 70 %", "82 %", fmt(SELFFIN_25, 0) + " %", "Uppfylls"]),
               ("row", ["Soliditet inkl. pensionsförpliktelser", "≥ 30 %", "33,4 %", "31,9 %", "Uppfylls"]),
               ("row", ["Låneskuld per invånare, kr", "≤ 35 000", "28 880", "31 070", "Uppfylls"])],
              [62, 22, 24, 24, 38], aligns=["L", "R", "R", "R", "L"])
    pdf.p("Självfinansieringsgraden beräknas som årets resultat plus avskrivningar i förhållande till nettoinvesteringarna. "
          "En självfinansieringsgrad under 100 procent innebär att delar av investeringarna måste lånefinansieras.")
    pdf.h2("Verksamhetsmål")
    pdf.p("Utöver de finansiella målen har kommunfullmäktige antagit tolv verksamhetsmål inom de tre målområdena "
          "Livskvalitet, Hållbar tillväxt och Attraktiv arbetsgivare. Nämnderna bryter ned målen i sina "
          "verksamhetsplaner och följer upp dem i delårsrapporten och årsredovisningen.")

    # Resultatbudget
    pdf.add_page()
    pdf.h1("Resultatbudget")
    pdf.caption("Tabell 2. Resultatbudget 2025 och plan 2026–2027. Belopp i mnkr")
    labels = [("Verksamhetens intäkter", "1", RR["int"], "row"), ("Verksamhetens kostnader", "2", RR["kost"], "row"),
              ("Avskrivningar", "3", RR["avskr"], "row"), ("Verksamhetens nettokostnader", "", NETTO, "sum"),
              ("Skatteintäkter", "4", RR["skatt"], "row"), ("Generella statsbidrag och utjämning", "5", RR["gsb"], "row"),
              ("Verksamhetens resultat", "", VRES, "sum"), ("Finansiella intäkter", "6", RR["finint"], "row"),
              ("Finansiella kostnader", "7", RR["finkost"], "row"), ("Resultat efter finansiella poster", "", RES, "sum"),
              ("Extraordinära poster", "", [D(0)] * 5, "row"), ("Årets resultat", "", RES, "total")]
    rows = [(k, [l, n] + [n1(v) for v in vals]) for l, n, vals, k in labels]
    rows.append(("row", ["Årets resultat i % av skatter och bidrag", ""] + [fmt(v, 1) + " %" for v in RES_PCT]))
    pdf.table(["", "Not"] + [y.replace(" ", "\n") for y in YEARS], rows, [58, 10, 20, 20, 20, 20, 22],
              aligns=["L", "C", "R", "R", "R", "R", "R"])
    pdf.p(f"Verksamhetens nettokostnader ökar med {n1(-(NETTO[2] - NETTO[1]))} mnkr mellan budget 2024 och budget 2025, "
          f"motsvarande {fmt(-(NETTO[2] - NETTO[1]) / -NETTO[1] * 100, 1)} procent. Finansnettot försämras till "
          f"{n1(RR['finint'][2] + RR['finkost'][2])} mnkr som en följd av den ökade låneskulden.")
    pdf.p("Balanskravet i kommunallagen innebär att intäkterna ska överstiga kostnaderna. Budgeten för 2025 och planåren "
          "uppfyller balanskravet. Inga medel avsätts till resultatutjämningsreserven under perioden.")

    # Noter
    pdf.add_page()
    pdf.h1("Noter till resultatbudgeten")
    notes = [
        ("Not 1 Verksamhetens intäkter", "Intäkterna består främst av taxor och avgifter, hyror och arrenden samt riktade "
         "statsbidrag. Riktade statsbidrag beräknas till 196,0 mnkr år 2025."),
        ("Not 2 Verksamhetens kostnader", "Personalkostnaderna är den största kostnadsposten och beräknas till 2 412,8 mnkr, "
         "vilket motsvarar 64 procent av verksamhetens kostnader. Köp av huvudverksamhet beräknas till 388,5 mnkr."),
        ("Not 3 Avskrivningar", "Avskrivningar görs enligt komponentmetoden med linjär avskrivning över nyttjandeperioden."),
        ("Not 4 Skatteintäkter", "Skatteintäkterna bygger på en skattesats på 21,43 kronor och SKR:s prognos för skatteunderlaget."),
        ("Not 5 Generella statsbidrag och utjämning", "Posten omfattar inkomstutjämning, kostnadsutjämning, regleringsbidrag, "
         "LSS-utjämning och fastighetsavgift."),
        ("Not 6 Finansiella intäkter", "Intäkterna avser främst borgensavgifter från de kommunala bolagen och utdelning "
         "från Falkenbergs Stadshus AB."),
        ("Not 7 Finansiella kostnader", "Räntekostnaderna för externa lån beräknas till 44,1 mnkr och räntan på "
         "pensionsskulden till 8,7 mnkr år 2025."),
    ]
    for h, t in notes:
        pdf.set_font("DejaVu", "B", 10)
        pdf.multi_cell(0, 5.5, h)
        pdf.p(t)
    pdf.caption("Tabell 3. Generella statsbidrag och utjämning 2025. Belopp i mnkr")
    gsb_rows = [("Inkomstutjämningsbidrag", "612.4"), ("Kostnadsutjämningsbidrag", "48.9"), ("Regleringsbidrag", "42.7"),
                ("LSS-utjämning", "19.6"), ("Kommunal fastighetsavgift", "107.6")]
    gsum = sum(D(v) for _, v in gsb_rows)
    assert gsum == RR["gsb"][2], gsum
    pdf.table(["Post", "Budget 2025"], [("row", [a, n1(D(b))]) for a, b in gsb_rows] + [("total", ["Summa", n1(gsum)])],
              [90, 40])

    # Landscape: Balans- och kassaflödesbudget
    pdf.add_page(orientation="L")
    pdf.h1("Balans- och kassaflödesbudget")
    pdf.caption("Tabell 4. Balansbudget per den 31 december. Belopp i mnkr")
    bal = [
        ("section", ["TILLGÅNGAR"]),
        ("row", ["Materiella anläggningstillgångar", "3 512,4", "3 702,8", "3 790,7", "3 914,9", "3 960,1"]),
        ("row", ["Finansiella anläggningstillgångar", "312,6", "312,6", "312,6", "312,6", "312,6"]),
        ("row", ["Omsättningstillgångar", "598,1", "540,0", "545,0", "550,0", "555,0"]),
        ("sum", ["Summa tillgångar", "4 423,1", "4 555,4", "4 648,3", "4 777,5", "4 827,7"]),
        ("section", ["EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER"]),
        ("row", ["Eget kapital", "2 101,8", "2 168,1", "2 239,6", "2 297,9", "2 351,1"]),
        ("row", ["   därav årets resultat", "76,4", "66,3", "71,5", "58,3", "53,2"]),
        ("row", ["Avsättningar för pensioner", "198,4", "207,3", "216,7", "226,0", "235,8"]),
        ("row", ["Långfristiga skulder", "1 398,2", "1 452,0", "1 512,0", "1 568,6", "1 560,8"]),
        ("row", ["Kortfristiga skulder", "724,7", "728,0", "680,0", "685,0", "680,0"]),
        ("sum", ["Summa eget kapital, avsättningar och skulder", "4 423,1", "4 555,4", "4 648,3", "4 777,5", "4 827,7"]),
    ]
    pdf.table(["", "Bokslut 2023", "Prognos 2024", "Budget 2025", "Plan 2026", "Plan 2027"], bal,
              [107, 34, 34, 34, 34, 34])
    pdf.caption("Tabell 5. Kassaflödesbudget. Belopp i mnkr")
    kf = [
        ("row", ["Årets resultat", n1(RES[2]), n1(RES[3]), n1(RES[4])]),
        ("row", ["Justering för avskrivningar och avsättningar", "173,0", "181,7", "189,9"]),
        ("sum", ["Kassaflöde från den löpande verksamheten", "244,5", "240,0", "243,1"]),
        ("row", ["Nettoinvesteringar", n1(-INV_TOT[0]), n1(-INV_TOT[1]), n1(-INV_TOT[2])]),
        ("row", ["Nyupptagna lån", "65,0", "56,6", "0,0"]),
        ("row", ["Amortering av skuld", "– 5,0", "0,0", "– 7,8"]),
    ]
    pdf.table(["", "Budget 2025", "Plan 2026", "Plan 2027"], kf, [147, 50, 45, 45])

    # Driftbudget per nämnd
    pdf.add_page(orientation="P")
    pdf.h1("Driftbudget per nämnd")
    pdf.p("Tabellen visar nämndernas nettokostnadsramar. Ramarna är beslutade på nämndsnivå; fördelningen på "
          "verksamheter är nämndernas egen och redovisas som information.")
    pdf.caption("Tabell 6. Driftbudget per nämnd, nettokostnader. Belopp i mnkr")
    rows = []
    for name, items in DRIFT:
        rows.append(("section", [name]))
        for it, a, b in items:
            a, b = D(a), D(b)
            rows.append(("row", ["   " + it, n1(a), n1(b), n1(b - a), fmt((b - a) / a * 100, 1)]))
        a, b = DSUM[name]
        rows.append(("sum", ["Summa " + name[0].lower() + name[1:], n1(a), n1(b), n1(b - a), fmt((b - a) / a * 100, 1)]))
    for name, a, b in SINGLE:
        a, b = D(a), D(b)
        rows.append(("sum", [name, n1(a), n1(b), n1(b - a), fmt((b - a) / a * 100, 1)]))
    rows.append(("total", ["Summa nämnder", n1(NAMND_24), n1(NAMND_25), n1(NAMND_25 - NAMND_24),
                           fmt((NAMND_25 - NAMND_24) / NAMND_24 * 100, 1)]))
    rows.append(("row", ["Finansförvaltningen", n1(FINANS_24), n1(FINANS_25), n1(FINANS_25 - FINANS_24),
                         fmt((FINANS_25 - FINANS_24) / FINANS_24 * 100, 1)]))
    rows.append(("total", ["Verksamhetens nettokostnader", n1(-NETTO[1]), n1(-NETTO[2]), n1(NETTO[1] - NETTO[2]),
                           fmt((NETTO[1] - NETTO[2]) / -NETTO[1] * 100, 1)]))
    pdf.table(["Nämnd / verksamhet", "Budget 2024", "Budget 2025", "Förändring", "Förändr. %"], rows,
              [70, 25, 25, 25, 25], rh=5.3)

    # Nämndernas uppdrag
    pdf.add_page()
    pdf.h1("Nämndernas uppdrag och ramar")
    pdf.h2("Kommunstyrelsen")
    pdf.p(f"Kommunstyrelsens ram uppgår till {n1(DSUM['Kommunstyrelsen'][1])} mnkr. Räddningstjänsten tillförs 2,5 mnkr för "
          "att bemanna den nya räddningsstationen i Vessigebro, som beräknas tas i drift hösten 2026. Kommunstyrelsen "
          "får i uppdrag att ta fram en plan för att minska antalet administrativa tjänster med 15 årsarbetare till 2026.")
    pdf.h2("Barn- och utbildningsnämnden")
    pdf.p(f"Barn- och utbildningsnämndens ram är {n1(DSUM['Barn- och utbildningsnämnden'][1])} mnkr, en ökning med "
          f"{n1(DSUM['Barn- och utbildningsnämnden'][1] - DSUM['Barn- och utbildningsnämnden'][0])} mnkr. I ramen ingår "
          "6,4 mnkr för ökade elevvolymer i grundskolan och 3,0 mnkr för utökad lovskola. Skolpengen för gymnasieskolan "
          "räknas upp med 2,9 procent. Den nya förskolan i Skrea med 8 avdelningar planeras öppna i augusti 2026.")
    pdf.h2("Socialnämnden")
    pdf.p(f"Socialnämnden tilldelas en ram på {n1(DSUM['Socialnämnden'][1])} mnkr. Nämnden får en ramförstärkning på 25,0 mnkr "
          "för ökade volymer inom äldreomsorgen och funktionsstöd, varav 14,0 mnkr avser hemtjänst. Samtidigt ska "
          "nämnden effektivisera verksamheten med 8,0 mnkr, bland annat genom minskade placeringskostnader inom "
          "individ- och familjeomsorgen och ökad användning av välfärdsteknik.")
    pdf.add_page()
    pdf.h2("Kultur- och fritidsnämnden")
    pdf.p(f"Kultur- och fritidsnämndens ram uppgår till {n1(DSUM['Kultur- och fritidsnämnden'][1])} mnkr. Föreningsbidragen "
          "räknas upp med 2,0 procent. Nämnden ansvarar för driften av den nya konstgräsplanen i Vessigebro.")
    pdf.h2("Samhällsbyggnadsnämnden")
    pdf.p(f"Samhällsbyggnadsnämnden får en ram på {n1(DSUM['Samhällsbyggnadsnämnden'][1])} mnkr. Vinterväghållningen "
          "budgeteras till 9,5 mnkr, vilket motsvarar ett genomsnitt för de senaste fem vintrarna.")
    pdf.h2("Bygg- och miljönämnden samt överförmyndarnämnden")
    pdf.p("Bygg- och miljönämndens taxor indexeras enligt prisindex för kommunal verksamhet (PKV). Överförmyndarnämnden "
          "samverkar med Halmstads och Varbergs kommuner kring rekrytering och utbildning av gode män.")
    pdf.h2("Kommunala bolag")
    pdf.p("Falkenbergs Stadshus AB äger Falkenbergs Bostads AB, Falkenberg Energi AB och Falkenbergs Vatten AB. "
          "Bolagens investeringar ingår inte i kommunens investeringsbudget. Kommunfullmäktige beslutar om en "
          "borgensram för bolagen på sammanlagt 2 950 mnkr för 2025.")

    # Investeringsbudget (long table over page break)
    pdf.add_page()
    pdf.h1("Investeringsbudget")
    pdf.p(f"Investeringsbudgeten för 2025 uppgår till {n1(INV_TOT[0])} mnkr. För planåren 2026 och 2027 är investeringarna "
          f"{n1(INV_TOT[1])} mnkr respektive {n1(INV_TOT[2])} mnkr. De största enskilda projekten är det särskilda boendet "
          "i Tröingeberg och den nya förskolan i Skrea. Projekt över 20 mnkr kräver ett särskilt startbeslut i "
          "kommunstyrelsen innan upphandling.")
    pdf.p("Förkortningar: BUN = barn- och utbildningsnämnden, SN = socialnämnden, KS = kommunstyrelsen, "
          "SBN = samhällsbyggnadsnämnden, KFN = kultur- och fritidsnämnden, BMN = bygg- och miljönämnden.")
    pdf.ln(60)
    pdf.caption("Tabell 7. Investeringsbudget per projekt. Belopp i mnkr")
    rows = [("row", [a, b, n1(c), n1(d), n1(e), n1(c + d + e)]) for a, b, c, d, e in INV]
    rows.append(("total", ["Summa investeringar", "", n1(INV_TOT[0]), n1(INV_TOT[1]), n1(INV_TOT[2]), n1(sum(INV_TOT))]))
    pdf.table(["Projekt", "Nämnd", "Budget\n2025", "Plan\n2026", "Plan\n2027", "Totalt"], rows,
              [76, 14, 20, 20, 20, 20], aligns=["L", "C", "R", "R", "R", "R"],
              cont_caption="Tabell 7. Investeringsbudget per projekt (forts.). Belopp i mnkr", size=8)

    # Personal
    pdf.add_page()
    pdf.h1("Personal")
    pdf.p("Kommunen är med drygt 4 300 medarbetare den största arbetsgivaren i Falkenberg. Kompetensförsörjningen är "
          "en av de största utmaningarna under planperioden, särskilt inom vård och omsorg, förskola och teknik.")
    pdf.caption("Tabell 8. Personalnyckeltal per förvaltning, utfall 2023")
    pers = [
        ("Kommunledningskontoret", "412", "389", "4,1", "31,6"),
        ("Barn- och utbildningsförvaltningen", "1 736", "1 652", "6,3", "41,2"),
        ("Socialförvaltningen", "1 684", "1 548", "9,0", "52,8"),
        ("Kultur- och fritidsförvaltningen", "148", "139", "4,8", "28,4"),
        ("Samhällsbyggnadsförvaltningen", "286", "279", "5,2", "35,0"),
        ("Bygg- och miljöförvaltningen", "74", "71", "3,7", "22,9"),
    ]
    pdf.table(["Förvaltning", "Antal tillsvidare-\nanställda", "Årsarbetare\n(tillsvidare)",
               "Sjukfrånvaro i %\nav ordinarie\narbetstid", "Andel långtids-\nsjukfrånvaro\n(60 dagar el. mer), %"],
              [("row", list(r)) for r in pers] + [("total", ["Totalt", "4 340", "4 078", "7,2", "45,3"])],
              [56, 27, 27, 30, 30])
    pdf.p("Sjukfrånvaron har minskat från 7,9 procent 2022 till 7,2 procent 2023. Målet är att sjukfrånvaron ska "
          "understiga 6,5 procent senast 2026.")

    # Skattesats och taxor
    pdf.add_page()
    pdf.h1("Skattesats, avgifter och taxor")
    pdf.p("Kommunfullmäktige fastställer skattesatsen för 2025 till 21,43 kronor per skattekrona, vilket är oförändrat "
          "jämfört med 2024. Tillsammans med Region Hallands skattesats på 10,88 kronor blir den totala "
          "kommunalskatten i Falkenberg 32,31 kronor.")
    pdf.caption("Tabell 9. Utvalda avgifter och taxor 2025. Belopp i kronor")
    pdf.table(["Avgift", "2024", "2025"],
              [("row", ["Maxtaxa förskola, barn 1, per månad", "1 688", "1 749"]),
               ("row", ["Hemtjänst, högkostnadsskydd per månad", "2 359", "2 575"]),
               ("row", ["Timtaxa bygg- och miljönämnden", "1 320", "1 365"]),
               ("row", ["Badhusentré vuxen", "75", "80"]),
               ("row", ["Säsongskort båtplats, Falkenbergs hamn", "3 400", "3 600"])],
              [100, 30, 30])
    pdf.p("Kommunfullmäktige har samtidigt beslutat att kommunstyrelsen får uppta nya lån under 2025 med högst "
          "65,0 mnkr, det vill säga omsätta lån som förfaller och utöka upplåningen i takt med investeringarna.")
    pdf.output(path)


# ---------------------------------------------------------------- delårsrapport PDF
def delar_pdf(path):
    pdf = Report("Falkenbergs kommun", "Delårsrapport januari–augusti 2024", "Falkenbergs kommun – Delårsrapport 2024")
    pdf.add_page()
    pdf.h1("Delårsrapport januari–augusti 2024")
    pdf.p("Delårsrapporten omfattar perioden 1 januari–31 augusti 2024 och är upprättad enligt lagen om kommunal "
          "bokföring och redovisning samt Rådet för kommunal redovisnings rekommendation R17. Rapporten behandlades "
          "av kommunstyrelsen den 8 oktober 2024.")
    pdf.h2("Sammanfattning")
    pdf.p(f"Periodens resultat uppgår till {n1(DRES[0])} mnkr, jämfört med {n1(DRES[1])} mnkr för motsvarande period 2023. "
          f"Prognosen för helåret 2024 är ett resultat på {n1(DRES[3])} mnkr, vilket är {n1(DRES[2] - DRES[3])} mnkr "
          "lägre än budget. Avvikelsen förklaras främst av underskott inom socialnämnden och barn- och "
          "utbildningsnämnden samt lägre skatteintäkter än budgeterat.")
    pdf.p(f"Nämnderna prognostiserar sammantaget ett underskott på "
          f"{n1(-sum(b - p for _, _, b, p in DEL_DRIFT))} mnkr. Socialnämnden redovisar den största "
          "avvikelsen, främst inom funktionsstöd och köpta platser inom individ- och familjeomsorgen. "
          "Finansförvaltningen väntas ge ett överskott tack vare lägre pensionskostnader än beräknat.")
    pdf.p("Sjukfrånvaron uppgick till 6,8 procent under perioden januari–juli 2024, jämfört med 7,1 procent "
          "samma period 2023. Antalet tillsvidareanställda var 4 362 den 31 augusti 2024.")
    pdf.h2("Resultaträkning")
    pdf.caption("Tabell 1. Resultaträkning. Belopp i mnkr")
    labels = [("Verksamhetens intäkter", DRR["int"], "row"), ("Verksamhetens kostnader", DRR["kost"], "row"),
              ("Avskrivningar", DRR["avskr"], "row"), ("Verksamhetens nettokostnader", DNETTO, "sum"),
              ("Skatteintäkter", DRR["skatt"], "row"), ("Generella statsbidrag och utjämning", DRR["gsb"], "row"),
              ("Verksamhetens resultat", DVRES, "sum"), ("Finansiella intäkter", DRR["finint"], "row"),
              ("Finansiella kostnader", DRR["finkost"], "row"), ("Periodens/årets resultat", DRES, "total")]
    rows = []
    for l, vals, k in labels:
        rows.append((k, [l] + [n1(v) for v in vals] + [n1(vals[3] - vals[2])]))
    pdf.table(["", "Utfall\njan–aug 2024", "Utfall\njan–aug 2023", "Budget\n2024", "Prognos\n2024", "Avvikelse"], rows,
              [58, 23, 23, 20, 20, 26])
    pdf.caption("Avvikelse = prognos jämfört med budget. Negativt belopp innebär ett sämre utfall än budget.")

    pdf.add_page()
    pdf.h2("Driftredovisning per nämnd")
    pdf.caption("Tabell 2. Nettokostnad per nämnd. Belopp i mnkr")
    rows = []
    for n, u, b, p in DEL_DRIFT:
        rows.append(("row", [n, n1(u), n1(b), n1(p), n1(b - p)]))
    su = sum(r[1] for r in DEL_DRIFT); sb = sum(r[2] for r in DEL_DRIFT); sp = sum(r[3] for r in DEL_DRIFT)
    rows.append(("sum", ["Summa nämnder", n1(su), n1(sb), n1(sp), n1(sb - sp)]))
    fu, fb, fp = DEL_FIN
    rows.append(("row", ["Finansförvaltningen", n1(fu), n1(fb), n1(fp), n1(fb - fp)]))
    rows.append(("total", ["Totalt", n1(su + fu), n1(sb + fb), n1(sp + fp), n1(sb + fb - sp - fp)]))
    assert su + fu == -DNETTO[0] and sp + fp == -DNETTO[3] and sb + fb == -DNETTO[2], (su + fu, sp + fp, DNETTO)
    pdf.table(["Nämnd", "Utfall jan–aug 2024", "Budget 2024", "Prognos 2024", "Avvikelse"], rows, [62, 30, 25, 25, 28])
    pdf.caption("Avvikelse = budget minus prognos. Negativt belopp innebär underskott mot budget.")
    pdf.h2("Kommentarer per nämnd")
    pdf.p("Socialnämnden: Prognosen visar ett underskott på 18,5 mnkr. Inom funktionsstöd har tre nya "
          "gruppbostadsplatser och ökade volymer inom personlig assistans medfört kostnader på 9,2 mnkr utöver budget. "
          "Köpta platser för barn och unga inom individ- och familjeomsorgen beräknas överskrida budget med 7,6 mnkr.")
    pdf.p("Barn- och utbildningsnämnden: Underskottet på 11,8 mnkr beror främst på ökade kostnader för "
          "gymnasieplatser i andra kommuner och på tilläggsbelopp för elever i behov av särskilt stöd.")
    pdf.p("Kommunstyrelsen: Överskottet på 3,4 mnkr förklaras av vakanta tjänster och lägre kostnader för "
          "räddningstjänstens beredskap än budgeterat.")
    pdf.p("Samhällsbyggnadsnämnden: Den snörika vintern under januari och februari medförde kostnader för "
          "vinterväghållning på 12,7 mnkr, vilket ger ett underskott för nämnden på 2,2 mnkr.")

    pdf.add_page()
    pdf.h2("Investeringar")
    pdf.p(f"Investeringsutgifterna uppgick under perioden till {n1(DEL_INV_TOT[1])} mnkr av en budget på "
          f"{n1(DEL_INV_TOT[0])} mnkr. Prognosen för helåret är {n1(DEL_INV_TOT[2])} mnkr. Den låga "
          "genomförandegraden beror framför allt på förseningar i bygget av det särskilda boendet i Tröingeberg "
          "och på att upphandlingen av räddningsstationen i Vessigebro fick göras om.")
    pdf.caption("Tabell 3. Investeringar per projekt. Belopp i mnkr")
    rows = [("row", [n, n1(b), n1(u), n1(p), n1(b - p)]) for n, b, u, p in DEL_INV]
    rows.append(("total", ["Summa", n1(DEL_INV_TOT[0]), n1(DEL_INV_TOT[1]), n1(DEL_INV_TOT[2]),
                           n1(DEL_INV_TOT[0] - DEL_INV_TOT[2])]))
    pdf.table(["Projekt", "Budget\n2024", "Utfall\njan–aug 2024", "Prognos\n2024", "Avvikelse"], rows, [64, 24, 30, 24, 28])
    pdf.h2("Balanskrav och god ekonomisk hushållning")
    pdf.p("Balanskravsresultatet för helåret beräknas till 45,9 mnkr efter avdrag för realisationsvinster på 1,3 mnkr. "
          "Kommunen uppfyller därmed balanskravet. Resultatmålet på 2,0 procent av skatteintäkter och generella "
          "statsbidrag bedöms inte uppnås för 2024, men målet mätt över den rullande femårsperioden uppfylls.")
    pdf.h2("Väsentliga händelser under perioden")
    pdf.p("I april invigdes den nya sporthallen vid Falkenbergs gymnasieskola. I juni fattade kommunfullmäktige beslut "
          "om en ny översiktsplan. Under sommaren drabbades Ullared av ett kraftigt skyfall som orsakade skador på "
          "kommunala vägar och fastigheter för cirka 4,3 mnkr.")
    pdf.output(path)


# ---------------------------------------------------------------- HTML
def html(path):
    doc = """<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Finansiell information - Falkenbergs kommun</title>
<style>body{font-family:Arial,sans-serif} .cookie{background:#222;color:#fff;padding:1em} table{border-collapse:collapse} td,th{border:1px solid #ccc;padding:4px}</style>
<script>window.dataLayer = window.dataLayer || []; function consent(){ /* analytics */ }</script>
</head>
<body>
<div class="cookie" id="cookie-banner">
  <p>Vi använder kakor (cookies) för att förbättra din upplevelse av falkenberg.se. Läs mer om hur vi använder kakor.</p>
  <button>Godkänn alla kakor</button> <button>Endast nödvändiga</button>
</div>
<header>
  <a href="/">Falkenbergs kommun</a>
  <nav aria-label="Huvudmeny">
    <ul>
      <li><a href="/omsorg-och-stod">Omsorg och stöd</a></li>
      <li><a href="/skola-och-forskola">Skola och förskola</a></li>
      <li><a href="/bygga-bo-och-miljo">Bygga, bo och miljö</a></li>
      <li><a href="/uppleva-och-gora">Uppleva och göra</a></li>
      <li><a href="/kommun-och-politik">Kommun och politik</a></li>
    </ul>
  </nav>
  <form role="search"><input type="search" placeholder="Sök på falkenberg.se"><button>Sök</button></form>
</header>
<nav aria-label="Brödsmulor" class="breadcrumbs">
  <a href="/">Startsida</a> / <a href="/kommun-och-politik">Kommun och politik</a> / <a href="/kommun-och-politik/ekonomi">Kommunens ekonomi</a> / <span>Finansiell information</span>
</nav>
<main>
<article>
<h1>Finansiell information</h1>
<p class="ingress">Här hittar du översiktlig information om Falkenbergs kommuns ekonomi: budget, skattesats, resultat och investeringar. Fullständiga dokument finns under Budget och årsredovisning.</p>
<h2>Skattesats 2025</h2>
<p>Kommunalskatten i Falkenberg är 21,43 kronor per hundralapp 2025. Till det kommer regionskatten till Region Halland på 10,88 kronor. Den sammanlagda skattesatsen blir därmed 32,31 kronor, vilket är lägre än genomsnittet för landets kommuner.</p>
<h2>Vart går skattepengarna?</h2>
<p>Av varje hundralapp i kommunalskatt går 45 kronor till barn- och utbildning, 37 kronor till vård, omsorg och socialt stöd, 8 kronor till kommunstyrelsens verksamheter inklusive räddningstjänst, 4 kronor till kultur och fritid och 6 kronor till övrig verksamhet.</p>
<h2>Resultat och nyckeltal</h2>
<table>
  <caption>Ekonomiska nyckeltal för kommunen (belopp i mnkr om inget annat anges)</caption>
  <thead>
    <tr><th rowspan="2">Nyckeltal</th><th colspan="2">Utfall</th><th colspan="2">Budget</th></tr>
    <tr><th>2022</th><th>2023</th><th>2024</th><th>2025</th></tr>
  </thead>
  <tbody>
    <tr><th rowspan="2">Resultat</th><td>Årets resultat</td></tr>
  </tbody>
</table>
"""
    # build table body properly (rowspan group rows)
    body = [
        ("Resultat", [("Årets resultat", "58,1", "76,4", "66,3", "71,5"),
                      ("Resultat i % av skatter och bidrag", "2,0", "2,6", "2,1", "2,2")]),
        ("Investeringar", [("Nettoinvesteringar", "241,7", "263,9", "268,0", fmt(INV_TOT[0], 1)),
                           ("Självfinansieringsgrad, %", "92", "82", "81", fmt(SELFFIN_25, 0))]),
        ("Ställning", [("Låneskuld vid årets slut", "1 265", "1 355", "1 420", "1 485"),
                       ("Soliditet inkl. pensionsförpliktelser, %", "32,8", "33,4", "32,6", "31,9")]),
    ]
    trs = []
    for grp, items in body:
        for i, (lab, a, b, c, d) in enumerate(items):
            first = f'<th rowspan="{len(items)}" scope="rowgroup">{grp}</th>' if i == 0 else ""
            trs.append(f"    <tr>{first}<td>{lab}</td><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td></tr>")
    table = ("<table>\n  <caption>Ekonomiska nyckeltal för kommunen (belopp i mnkr om inget annat anges)</caption>\n"
             "  <thead>\n    <tr><th colspan=\"2\" rowspan=\"2\">Nyckeltal</th><th colspan=\"2\">Utfall</th>"
             "<th colspan=\"2\">Budget</th></tr>\n    <tr><th>2022</th><th>2023</th><th>2024</th><th>2025</th></tr>\n"
             "  </thead>\n  <tbody>\n" + "\n".join(trs) + "\n  </tbody>\n</table>\n")
    start = doc.index("<table>")
    doc = doc[:start] + table
    doc += f"""<h2>Budget 2025</h2>
<p>Kommunfullmäktige fastställde budgeten för 2025 den 26 november 2024. Budgeten omsluter cirka 4 miljarder kronor och visar ett resultat på {n1(RES[2])} miljoner kronor. Investeringarna uppgår till {n1(INV_TOT[0])} miljoner kronor, varav 42,0 miljoner kronor till det nya särskilda boendet i Tröingeberg.</p>
<h2>Delårsrapport januari–augusti 2024</h2>
<p>Enligt delårsrapporten pekar prognosen för 2024 på ett resultat på {n1(DRES[3])} miljoner kronor. Kommunfullmäktige behandlade delårsrapporten den 29 oktober 2024.</p>
<h2>Kontakt</h2>
<p>Har du frågor om kommunens ekonomi? Kontakta ekonomichef Johan Berglöf via kontaktcenter, telefon 0346-88 60 00.</p>
<p class="meta">Publicerad: 2024-12-02<br>Senast uppdaterad: 2025-01-14</p>
</article>
</main>
<footer>
  <p>Falkenbergs kommun, 311 80 Falkenberg. Besöksadress: Stadshuset, Rådhustorget 3C.</p>
  <p>Telefon: 0346-88 60 00 | E-post: kommunen@falkenberg.se | Organisationsnummer: 212000-1280</p>
  <ul><li><a href="/tillganglighet">Tillgänglighetsredogörelse</a></li><li><a href="/kakor">Om kakor</a></li><li><a href="/personuppgifter">Behandling av personuppgifter</a></li></ul>
</footer>
</body>
</html>
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(doc)


# ---------------------------------------------------------------- DOCX protokoll
def docx_protokoll(path):
    from docx import Document
    from docx.shared import Pt
    d = Document()
    d.core_properties.created = __import__("datetime").datetime(2024, 10, 10)
    st = d.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10)
    d.add_paragraph("FALKENBERGS KOMMUN")
    d.add_paragraph("SAMMANTRÄDESPROTOKOLL")
    d.add_paragraph("Kommunstyrelsen")
    d.add_paragraph("Sammanträdesdatum: 2024-10-08")
    d.add_paragraph("Plats och tid: Stadshuset, sammanträdesrum Ätran, kl. 09.00–12.15")
    d.add_paragraph("Beslutande ledamöter: Helena Strand (M), ordförande; Erik Nyhlén (C), 1:e vice ordförande; "
                    "Maria Kjellberg (S), 2:e vice ordförande; Lars-Åke Persson (M); Anna Gunnarsson (KD); "
                    "Patrik Holm (L); Sofia Ek (C); Thomas Bengtsson (S); Ingrid Wallin (S); Mikael Forsberg (SD); "
                    "Jenny Lund (SD); Ola Håkansson (V); Kerstin Ahl (MP)")
    d.add_paragraph("Övriga närvarande: Karin Mellqvist, kommundirektör; Johan Berglöf, ekonomichef; "
                    "Linnea Sjö, kommunsekreterare")
    d.add_paragraph("Justerare: Thomas Bengtsson (S)")
    d.add_paragraph("Justeringens plats och tid: Stadshuset, 2024-10-14")
    d.add_paragraph("Paragrafer: §§ 201–208")
    d.add_heading("§ 201 Val av justerare", level=2)
    d.add_paragraph("Kommunstyrelsen utser Thomas Bengtsson (S) att jämte ordföranden justera dagens protokoll.")
    d.add_heading("§ 202 Delårsrapport januari–augusti 2024", level=2)
    d.add_paragraph("Dnr KS 2024-0398")
    d.add_paragraph(f"Ärendebeskrivning: Ekonomiavdelningen har upprättat delårsrapport för perioden januari–augusti 2024. "
                    f"Periodens resultat är {n1(DRES[0])} mnkr och prognosen för helåret är {n1(DRES[3])} mnkr, "
                    f"vilket är {n1(DRES[2] - DRES[3])} mnkr sämre än budget.")
    d.add_paragraph("Beslut: Kommunstyrelsen föreslår kommunfullmäktige att godkänna delårsrapporten för januari–augusti 2024.")
    d.add_heading("§ 203 Tilläggsanslag till socialnämnden 2024", level=2)
    d.add_paragraph("Dnr KS 2024-0405")
    d.add_paragraph("Ärendebeskrivning: Socialnämnden har den 19 september 2024 begärt ett tilläggsanslag för 2024 "
                    "med anledning av ökade volymer inom funktionsstöd och individ- och familjeomsorg. "
                    "Ekonomiavdelningen föreslår att anslaget finansieras ur kommunstyrelsens reserv för oförutsedda behov.")
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    hdr = t.rows[0].cells
    hdr[0].text, hdr[1].text, hdr[2].text = "Verksamhet", "Begärt belopp, tkr", "Föreslaget belopp, tkr"
    for a, b, c in [("Funktionsstöd, personlig assistans", "4 800", "4 200"),
                    ("Funktionsstöd, gruppbostäder", "3 100", "2 500"),
                    ("Individ- och familjeomsorg, placeringar barn och unga", "4 600", "2 800"),
                    ("Summa", "12 500", "9 500")]:
        r = t.add_row().cells
        r[0].text, r[1].text, r[2].text = a, b, c
    d.add_paragraph("Yrkanden: Maria Kjellberg (S) yrkar att socialnämnden beviljas hela det begärda beloppet, "
                    "12 500 tkr. Ordföranden yrkar bifall till ekonomiavdelningens förslag.")
    d.add_paragraph("Omröstning: Omröstning begärs och verkställs. Ja-röst för ordförandens förslag, nej-röst för "
                    "Maria Kjellbergs förslag. Med 9 ja-röster mot 4 nej-röster beslutar kommunstyrelsen enligt "
                    "ordförandens förslag. Ja: (M), (C), (KD), (L), (SD). Nej: (S), (V), (MP).")
    d.add_paragraph("Beslut: Socialnämnden beviljas ett tilläggsanslag om 9 500 tkr för 2024, finansierat ur "
                    "kommunstyrelsens reserv för oförutsedda behov.")
    d.add_paragraph("Reservation: Ledamöterna för (S) reserverar sig mot beslutet till förmån för Maria Kjellbergs yrkande.")
    d.add_heading("§ 204 Startbeslut särskilt boende Tröingeberg", level=2)
    d.add_paragraph("Dnr KS 2023-0217")
    d.add_paragraph("Ärendebeskrivning: Projektet omfattar ett särskilt boende med 60 platser i Tröingeberg. "
                    "Den totala projektbudgeten är 140,0 mnkr, varav 31,0 mnkr är budgeterat 2024.")
    d.add_paragraph("Beslut: Kommunstyrelsen ger samhällsbyggnadsnämnden i uppdrag att upphandla entreprenaden "
                    "för särskilt boende Tröingeberg inom en total projektbudget om 140,0 mnkr.")
    d.add_heading("§ 205 Markanvisning kvarteret Laxen", level=2)
    d.add_paragraph("Beslut: Kommunstyrelsen godkänner markanvisningsavtal med HSB Göteborg för cirka 45 bostadsrätter "
                    "i kvarteret Laxen. Köpeskillingen är 11,2 mnkr.")
    d.add_heading("§ 206 Budget 2025 med plan för 2026–2027", level=2)
    d.add_paragraph("Ärendebeskrivning: Budgetberedningen har lämnat förslag till budget för 2025. Förslaget innebär "
                    "oförändrad skattesats, 21,43 kronor, och ett resultat på 71,5 mnkr.")
    d.add_paragraph("Yrkanden: Maria Kjellberg (S) yrkar på socialdemokraternas budgetförslag, som innebär en "
                    "skattehöjning med 25 öre och ett resultat på 82,4 mnkr.")
    d.add_paragraph("Beslut: Kommunstyrelsen föreslår kommunfullmäktige att fastställa budget 2025 med plan för "
                    "2026–2027 enligt budgetberedningens förslag. Ledamöterna för (S), (V) och (MP) deltar inte i beslutet.")
    d.add_heading("§ 207 Motion om solceller på kommunens fastigheter", level=2)
    d.add_paragraph("Beslut: Motionen från Kerstin Ahl (MP) anses besvarad med hänvisning till att "
                    "samhällsbyggnadsnämnden installerar solceller på sex skolor under 2025.")
    d.add_heading("§ 208 Anmälan av delegationsbeslut", level=2)
    d.add_paragraph("Beslut: Redovisningen av delegationsbeslut läggs till handlingarna.")
    d.add_paragraph("Vid protokollet: Linnea Sjö, sekreterare")
    d.add_paragraph("Justeras: Helena Strand (M), ordförande   Thomas Bengtsson (S), justerare")
    d.save(path)
    normalize_ooxml(path, "2024-10-14T08:00:00Z")


# ---------------------------------------------------------------- XLSX
def xlsx(path):
    from openpyxl import Workbook
    from openpyxl.styles import Font
    wb = Workbook()
    ws = wb.active
    ws.title = "Befolkning"
    ws.append(["Falkenbergs kommun – befolkning 2019–2024"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(["Antal invånare den 31 december. Källa: SCB"])
    ws.append([])
    ws.append(["År", "Folkmängd", "Förändring", "Födda", "Döda", "Flyttnetto", "0–5 år", "80 år och äldre"])
    pop = [(2019, 45402, 334, 431, 512, 415, 2641, 2732),
           (2020, 45702, 300, 449, 548, 399, 2652, 2801),
           (2021, 46086, 384, 462, 509, 431, 2668, 2889),
           (2022, 46519, 433, 418, 541, 556, 2655, 3024),
           (2023, 46917, 398, 402, 527, 523, 2631, 3187),
           (2024, 47398, 481, 411, 518, 588, 2629, 3351)]
    for i, r in enumerate(pop):
        if i > 0:
            assert r[1] - pop[i - 1][1] == r[2], r
        assert r[3] - r[4] + r[5] == r[2], r
        ws.append(list(r))
    ws2 = wb.create_sheet("Ekonomi per invånare")
    ws2.append(["Falkenbergs kommun – nettokostnad per invånare och verksamhet"])
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.append(["Belopp i kronor per invånare, löpande priser"])
    ws2.append([])
    ws2.append(["Verksamhet", 2021, 2022, 2023])
    for r in [("Förskola", 6210, 6455, 6702), ("Grundskola", 14180, 14790, 15410), ("Gymnasieskola", 5020, 5195, 5340),
              ("Äldreomsorg", 11860, 12340, 12895), ("Funktionsstöd", 6840, 7115, 7390),
              ("Individ- och familjeomsorg", 3080, 3245, 3316), ("Kultur och fritid", 2290, 2355, 2410),
              ("Räddningstjänst", 1160, 1204, 1252)]:
        ws2.append(list(r))
    ws2.append([])
    ws2.append(["Skattesats, kronor", 21.43, 21.43, 21.43])
    wb.properties.created = __import__("datetime").datetime(2024, 6, 1)
    wb.properties.modified = __import__("datetime").datetime(2024, 6, 1)
    wb.save(path)
    normalize_ooxml(path, "2025-02-20T08:00:00Z")


def build(outdir):
    os.makedirs(outdir, exist_ok=True)
    budget_pdf(os.path.join(outdir, "falkenberg-budget-2025.pdf"))
    delar_pdf(os.path.join(outdir, "falkenberg-delarsrapport-jan-aug-2024.pdf"))
    html(os.path.join(outdir, "finansiell-information.html"))
    docx_protokoll(os.path.join(outdir, "ks-protokoll-2024-10-08.docx"))
    xlsx(os.path.join(outdir, "falkenberg-befolkning-och-kostnader.xlsx"))
