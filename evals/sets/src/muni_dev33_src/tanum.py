"""Tanums kommun: invented but consistent documents."""
import os
from decimal import Decimal as D

import docx
from docx.shared import Pt
import openpyxl
from openpyxl.styles import Font

from common import Doc, fmt, q, normalize_zip, HTML_HEAD, HTML_FOOT

KSO = "Annika Wernersson"
KSO_PARTY = "M"
POP_BUDGET = 13100

RB = {
    "int": [D("312.6"), D("318.4"), D("325.0"), D("331.2"), D("337.5")],
    "kost": [D("-1148.3"), D("-1192.7"), D("-1224.5"), D("-1259.8"), D("-1293.4")],
    "avskr": [D("-48.7"), D("-51.2"), D("-55.6"), D("-59.3"), D("-62.0")],
    "skatt": [D("650.4"), D("681.5"), D("729.8"), D("756.2"), D("783.1")],
    "statsb": [D("231.9"), D("266.8"), D("244.8"), D("250.6"), D("256.0")],
    "finint": [D("3.2"), D("3.5"), D("3.0"), D("3.0"), D("3.0")],
    "finkost": [D("-7.9"), D("-9.4"), D("-10.9"), D("-12.8"), D("-14.3")],
}
RB["netto"] = [a + b + c for a, b, c in zip(RB["int"], RB["kost"], RB["avskr"])]
RB["vres"] = [n + s + g for n, s, g in zip(RB["netto"], RB["skatt"], RB["statsb"])]
RB["res"] = [v + i + k for v, i, k in zip(RB["vres"], RB["finint"], RB["finkost"])]

# Driftbudget (mnkr): Bokslut 2023, Budget 2024, Budget 2025, Plan 2026, Plan 2027
NAMNDER = [
    ("Kommunstyrelsen", [D("158.9"), D("161.2"), D("168.4"), D("172.9"), D("177.2")]),
    ("Barn- och utbildningsnämnden", [D("349.7"), D("359.0"), D("371.9"), D("381.5"), D("391.0")]),
    ("Socialnämnden", [D("371.3"), D("379.5"), D("395.2"), D("407.8"), D("419.9")]),
    ("Miljö- och byggnadsnämnden", [D("12.8"), D("13.9"), D("14.6"), D("15.0"), D("15.4")]),
    ("Kultur- och fritidsnämnden", [D("26.2"), D("27.1"), D("28.3"), D("29.0"), D("29.7")]),
]
DB_TOTAL = [-RB["netto"][0], D("928.9"), -RB["netto"][2], -RB["netto"][3], -RB["netto"][4]]
DB_SUM_N = [sum(v[i] for _, v in NAMNDER) for i in range(5)]
DB_FIN = [t - s for t, s in zip(DB_TOTAL, DB_SUM_N)]


def kr_per_inv(mnkr):
    return int(q(mnkr * 1000000 / POP_BUDGET, 0))


# Investeringsbudget (mnkr): total utgift, 2025, 2026, 2027, klart
INV = [
    ("Ny sporthall Tanumshede", D("68.0"), [D("30.0"), D("32.0"), D("0")], "2026"),
    ("VA-ledning Grebbestad–Fjällbacka", D("45.0"), [D("15.0"), D("18.0"), D("12.0")], "2027"),
    ("Reningsverk Hamburgsund", D("22.5"), [D("4.5"), D("10.0"), D("8.0")], "2028"),
    ("Ombyggnad Hedeskolan", D("18.6"), [D("9.6"), D("9.0"), D("0")], "2026"),
    ("Gång- och cykelväg Grebbestad", D("6.4"), [D("6.4"), D("0"), D("0")], "2025"),
    ("Hamnar och bryggor", None, [D("3.5"), D("3.5"), D("3.5")], "Löpande"),
    ("Fastighetsunderhåll", None, [D("12.0"), D("12.0"), D("12.5")], "Löpande"),
    ("IT och digitalisering", None, [D("2.8"), D("2.8"), D("2.8")], "Löpande"),
    ("Fordon och maskiner", None, [D("2.2"), D("2.0"), D("2.0")], "Löpande"),
    ("Inventarier", None, [D("1.8"), D("1.8"), D("1.8")], "Löpande"),
]
INV_TOTAL = [sum(p[2][i] for p in INV) for i in range(3)]

# Kassaflöde (mnkr) Budget 2025, Plan 2026, Plan 2027
KF = {}
KF["res"] = RB["res"][2:]
KF["avskr"] = [-x for x in RB["avskr"][2:]]
KF["ovr"] = [D("4.2"), D("4.5"), D("4.8")]
KF["lop"] = [a + b + c for a, b, c in zip(KF["res"], KF["avskr"], KF["ovr"])]
KF["inv"] = [-x for x in INV_TOTAL]
KF["fors"] = [D("3.5"), D("1.0"), D("1.0")]
KF["invv"] = [a + b for a, b in zip(KF["inv"], KF["fors"])]
KF["lan"] = [D("25.0"), D("40.0"), D("0")]
KF["amort"] = [D("-10.0"), D("-10.0"), D("-10.0")]
KF["finv"] = [a + b for a, b in zip(KF["lan"], KF["amort"])]
KF["flode"] = [a + b + c for a, b, c in zip(KF["lop"], KF["invv"], KF["finv"])]
KF["start"] = [D("58.4")]
for i in range(3):
    KF["start"].append(KF["start"][-1] + KF["flode"][i])
KF["slut"] = KF["start"][1:]
KF["start"] = KF["start"][:3]

# Delårsrapport augusti 2024 (mnkr): Budget 2024, Prognos 2024
DELAR_PROG = [D("159.9"), D("361.6"), D("387.9"), D("13.4"), D("26.8")]
DELAR_AVV = [NAMNDER[i][1][1] - DELAR_PROG[i] for i in range(5)]

# Nyckeltal xlsx (years as rows)
NYCKEL = [
    (2019, 12809, 22.16, 24.6, 71.3, 52.4),
    (2020, 12856, 22.16, 38.9, 64.8, 53.9),
    (2021, 12921, 22.16, 47.2, 80.5, 55.1),
    (2022, 12987, 22.16, 21.5, 92.7, 54.3),
    (2023, 13048, 22.16, -6.8, 104.6, 51.8),
    (2024, 13112, 22.16, 14.2, 74.6, 50.9),
]
DRIFT_VERK = [  # tkr budget, utfall
    ("Politisk verksamhet", 14820, 14310),
    ("Infrastruktur och skydd", 52600, 54180),
    ("Kultur och fritid", 31400, 30950),
    ("Förskola", 88900, 87640),
    ("Grundskola inkl. förskoleklass", 176300, 178900),
    ("Gymnasieskola", 58200, 59750),
    ("Äldreomsorg", 231500, 238200),
    ("Funktionsstöd", 98400, 99100),
    ("Individ- och familjeomsorg", 49600, 52300),
    ("Näringsliv, turism och arbetsmarknad", 24800, 23950),
]

SKOLPENG = [
    ("Förskola 1–3 år", 168400, 163900),
    ("Förskola 4–5 år", 132900, 129100),
    ("Fritidshem", 41700, 40500),
    ("Förskoleklass", 71300, 69200),
    ("Grundskola årskurs 1–6", 98600, 95800),
    ("Grundskola årskurs 7–9", 112800, 109300),
]


def e(x, dec=1):
    return fmt(x, dec, neg="endash")


def build_budget(path):
    pdf = Doc("Tanums kommun | Budget 2025 och plan 2026–2027", "Tanums kommun – Budget 2025")
    pdf.add_page()
    pdf.set_font("dv", "B", 24)
    pdf.ln(55)
    pdf.multi_cell(0, 11, "Budget 2025\noch plan 2026–2027", align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("dv", "", 12)
    pdf.multi_cell(0, 7, "Tanums kommun\nKommunfullmäktiges beslut 2024-11-18, § 143", new_x="LMARGIN", new_y="NEXT")

    pdf.add_page()
    pdf.h1("Förord")
    pdf.p("Tanum är en kommun i rörelse. Vi har en stark besöksnäring, ett växande näringsliv och en befolkning "
          "som ökar för femte året i rad. Den 1 november 2024 hade Tanum 13 094 invånare.")
    pdf.p("Samtidigt är det ekonomiska läget ansträngt. Efter ett negativt resultat 2023 har vi under 2024 "
          "arbetat hårt för att återställa balansen. För att klara välfärden de kommande åren höjer vi "
          "kommunalskatten med 20 öre till 22,36 kronor. Skattehöjningen ger cirka 6,5 miljoner kronor i "
          "ökade intäkter 2025.")
    pdf.p("Vi prioriterar skolan och omsorgen. Barn- och utbildningsnämndens ram ökar med 12,9 miljoner kronor "
          "och socialnämndens med 15,7 miljoner kronor jämfört med budget 2024.")
    pdf.p("Årets resultat budgeteras till 11,6 miljoner kronor. Det är lägre än vårt långsiktiga mål, men en "
          "tydlig förbättring jämfört med resultatet för 2023 på – 6,8 miljoner kronor.")
    pdf.p(f"{KSO} ({KSO_PARTY})\nKommunstyrelsens ordförande")

    pdf.add_page()
    pdf.h1("Mål för god ekonomisk hushållning")
    pdf.p("Kommunfullmäktige har fastställt följande finansiella mål:")
    pdf.bullets([
        "Årets resultat ska långsiktigt uppgå till minst 2 procent av skatteintäkter och generella statsbidrag.",
        "Nettoinvesteringarna i den skattefinansierade verksamheten ska över en femårsperiod vara självfinansierade "
        "till minst 70 procent.",
        "Kommunens låneskuld ska inte överstiga 45 000 kronor per invånare.",
    ])
    pdf.p("Under planperioden når kommunen inte resultatmålet på 2 procent. Budgeterat resultat för 2025 "
          "motsvarar 1,2 procent av skatteintäkter och generella statsbidrag.")
    pdf.h2("Verksamhetsmål")
    pdf.bullets([
        "Andelen elever i årskurs 6 som uppnått kunskapskraven i alla ämnen ska öka till 80 procent.",
        "Väntetiden till särskilt boende ska vara högst 60 dagar.",
        "Tanum ska ha minst 1 300 nya arbetstillfällen inom besöksnäringen under sommarsäsongen.",
    ])

    pdf.add_page()
    pdf.h1("Förutsättningar och besparingar")
    pdf.h2("Skatt och befolkning")
    pdf.p("Kommunalskatten höjs från 22,16 kronor till 22,36 kronor 2025. Budgeten bygger på en befolkning "
          "på 13 100 invånare 2025. Skatteintäkterna beräknas till 729,8 miljoner kronor och de generella "
          "statsbidragen och utjämningen till 244,8 miljoner kronor.")
    pdf.p("De generella statsbidragen minskar 2025 jämfört med 2024, eftersom det tillfälliga statsbidraget "
          "för energikostnader och det extra välfärdsbidraget upphör.")
    pdf.h2("Besparingar och effektiviseringar")
    pdf.p("Socialnämnden prognostiserade i delårsrapporten per augusti ett underskott på - 8,4 miljoner kronor "
          "för 2024. Nämnden ska därför effektivisera verksamheten med 5,1 miljoner kronor 2025, främst genom "
          "minskade kostnader för externa placeringar och inhyrd personal.")
    pdf.p("Kommunstyrelsen genomför en besparing om 900 000 kronor på lokalvård genom ändrade städintervall i "
          "kommunens lokaler. Kultur- och fritidsnämnden minskar bidragen till evenemang med 300 000 kronor.")
    pdf.p("Sammantaget uppgår besparingarna i budget 2025 till 6,3 miljoner kronor.")
    pdf.h2("Löner och priser")
    pdf.p("Ramarna har räknats upp med 3,0 procent för löner och 2,0 procent för övriga kostnader. "
          "Arbetsgivaravgifter och PO-pålägg beräknas enligt SKR:s rekommendation.")

    pdf.add_page()
    pdf.h1("Resultatbudget")
    widths = [66, 20.8, 20.8, 20.8, 20.8, 20.8]
    hdr = [["", "Bokslut", "Prognos", "Budget", "Plan", "Plan"],
           ["(mnkr)", "2023", "2024", "2025", "2026", "2027"]]

    def r(label, key, kind="normal"):
        return (kind, [label] + [e(v) for v in RB[key]])
    rows = [r("Verksamhetens intäkter", "int"), r("Verksamhetens kostnader", "kost"),
            r("Avskrivningar", "avskr"), r("Verksamhetens nettokostnader", "netto", "sum"),
            r("Skatteintäkter", "skatt"), r("Generella statsbidrag och utjämning", "statsb"),
            r("Verksamhetens resultat", "vres", "sum"), r("Finansiella intäkter", "finint"),
            r("Finansiella kostnader", "finkost"), r("Årets resultat", "res", "sum")]
    pdf.table(widths, hdr, rows, caption="Tabell 1. Resultatbudget")
    pdf.note("Prognos 2024 enligt delårsrapport per augusti 2024.")

    pdf.add_page()
    pdf.h1("Kassaflödesbudget")
    pdf.p("Kassaflödesbudgeten visar hur investeringar och amorteringar finansieras. Investeringarna "
          "finansieras till största delen med egna medel från den löpande verksamheten och till en del med nya lån.")
    widths = [90, 26.7, 26.7, 26.7]
    hdr = [["", "Budget", "Plan", "Plan"], ["(mnkr)", "2025", "2026", "2027"]]

    def k(label, key, kind="normal"):
        return (kind, [label] + [e(v) for v in KF[key]])
    rows = [("section", ["Den löpande verksamheten"]), k("Årets resultat", "res"),
            k("Justering för av- och nedskrivningar", "avskr"),
            k("Justering för övriga ej likviditetspåverkande poster", "ovr"),
            k("Medel från den löpande verksamheten", "lop", "sum"),
            ("section", ["Investeringsverksamheten"]),
            k("Investering i materiella anläggningstillgångar", "inv"),
            k("Försäljning av materiella anläggningstillgångar", "fors"),
            k("Medel från investeringsverksamheten", "invv", "sum"),
            ("section", ["Finansieringsverksamheten"]), k("Nyupptagna lån", "lan"),
            k("Amortering av skuld", "amort"), k("Medel från finansieringsverksamheten", "finv", "sum"),
            k("Årets kassaflöde", "flode", "sum"), k("Likvida medel vid årets början", "start"),
            k("Likvida medel vid årets slut", "slut", "sum")]
    pdf.table(widths, hdr, rows, caption="Tabell 2. Kassaflödesbudget")

    # landscape driftbudget
    pdf.add_page(orientation="L")
    pdf.h1("Driftbudget per nämnd")
    pdf.p("Nämndernas nettokostnader. Kolumnen kr per invånare avser budget 2025 och bygger på 13 100 invånare.")
    widths = [75, 28, 28, 28, 30, 28, 28]
    hdr = [["", "Bokslut", "Budget", "Budget", "Budget 2025", "Plan", "Plan"],
           ["Belopp i mnkr", "2023", "2024", "2025", "kr per invånare", "2026", "2027"]]
    rows = []
    for name, v in NAMNDER:
        rows.append(("normal", [name, e(v[0]), e(v[1]), e(v[2]), fmt(kr_per_inv(v[2]), 0), e(v[3]), e(v[4])]))
    rows.append(("sum", ["Summa nämnder", e(DB_SUM_N[0]), e(DB_SUM_N[1]), e(DB_SUM_N[2]),
                         fmt(kr_per_inv(DB_SUM_N[2]), 0), e(DB_SUM_N[3]), e(DB_SUM_N[4])]))
    rows.append(("normal", ["Finansförvaltning*", e(DB_FIN[0]), e(DB_FIN[1]), e(DB_FIN[2]),
                            e(kr_per_inv(DB_FIN[2]), 0), e(DB_FIN[3]), e(DB_FIN[4])]))
    rows.append(("sum", ["Verksamhetens nettokostnader", e(DB_TOTAL[0]), e(DB_TOTAL[1]), e(DB_TOTAL[2]),
                         fmt(kr_per_inv(DB_TOTAL[2]), 0), e(DB_TOTAL[3]), e(DB_TOTAL[4])]))
    pdf.table(widths, hdr, rows, caption="Tabell 3. Driftbudget 2025 med plan 2026–2027")
    pdf.note("* Finansförvaltningen omfattar bland annat internränta, överskott av PO-pålägg och pensioner. "
             "Ett negativt belopp innebär en nettointäkt.")

    pdf.add_page(orientation="P")
    pdf.h1("Investeringsbudget")
    pdf.p("Investeringsbudgeten för 2025 omfattar 87,8 miljoner kronor. De största projekten är den nya "
          "sporthallen i Tanumshede och VA-ledningen mellan Grebbestad och Fjällbacka. Projekt med en "
          "total utgift över 5 miljoner kronor redovisas separat.")
    widths = [62, 22, 20, 20, 20, 26]
    hdr = [["", "Total", "Budget", "Plan", "Plan", "Klart"],
           ["Projekt (mnkr)", "utgift", "2025", "2026", "2027", "år"]]
    rows = []
    for name, tot, v, klar in INV:
        rows.append(("normal", [name, e(tot) if tot is not None else "–"] + [fmt(x, zero="–") for x in v] + [klar]))
    rows.append(("sum", ["Summa investeringar", ""] + [e(x) for x in INV_TOTAL] + [""]))
    pdf.table(widths, hdr, rows, aligns=["L", "R", "R", "R", "R", "R"], caption="Tabell 4. Investeringsbudget")
    pdf.p("Av investeringarna 2025 avser 19,5 miljoner kronor vatten och avlopp, som finansieras med "
          "VA-avgifter. Upplåningen beräknas till 25 miljoner kronor 2025 och 40 miljoner kronor 2026.")

    pdf.add_page()
    pdf.h1("Nämndernas uppdrag 2025")
    for t, txt in [
        ("Kommunstyrelsen", "Kommunstyrelsen ska ta fram en ny översiktsplan som antas senast 2026. Kommunstyrelsen "
         "ansvarar även för vatten och avlopp, gator, hamnar och kommunens fastigheter."),
        ("Barn- och utbildningsnämnden", "Nämnden ska utreda skolorganisationen i norra kommundelen och "
         "redovisa förslag till kommunstyrelsen senast i oktober 2025."),
        ("Socialnämnden", "Nämnden ska minska kostnaderna för externa placeringar och öka andelen "
         "hemmaplanslösningar. Ett nytt korttidsboende med 12 platser öppnar i Tanumshede under våren 2025."),
        ("Miljö- och byggnadsnämnden", "Nämnden ska korta handläggningstiden för bygglov till högst sex "
         "veckor i genomsnitt."),
        ("Kultur- och fritidsnämnden", "Nämnden ska ta fram en ny biblioteksplan och utveckla "
         "Världsarvet Tanums hällristningar tillsammans med Vitlycke museum."),
    ]:
        pdf.h2(t)
        pdf.p(txt)

    pdf.add_page()
    pdf.h1("Känslighetsanalys")
    pdf.p("Tabellen visar hur kommunens resultat påverkas av förändringar i några viktiga faktorer, "
          "beräknat på budget 2025.")
    widths = [100, 30, 40]
    hdr = [["Händelse", "Förändring", "Resultateffekt, mnkr"]]
    rows = [("normal", ["Löneförändring inklusive PO-pålägg", "1 %", "± 6,8"]),
            ("normal", ["Förändrat skatteunderlag", "1 %", "± 7,3"]),
            ("normal", ["Förändrad skattesats", "10 öre", "± 3,3"]),
            ("normal", ["Förändrad ränta på låneskulden", "1 procentenhet", "± 2,9"]),
            ("normal", ["Prisförändring på varor och tjänster", "1 %", "± 3,1"]),
            ("normal", ["Förändrad befolkning", "100 invånare", "± 6,0"])]
    pdf.table(widths, hdr, rows, aligns=["L", "R", "R"], caption="Tabell 5. Känslighetsanalys")
    pdf.p("Kommunens låneskuld uppgick till 486 miljoner kronor den 31 oktober 2024, vilket motsvarar "
          "cirka 37 100 kronor per invånare.")

    pdf.add_page()
    pdf.h1("Driftbudgetens fördelning")
    pdf.p("Budgetens nettokostnader fördelas huvudsakligen på socialnämnden och barn- och utbildningsnämnden, som "
          "tillsammans står för drygt tre fjärdedelar av nämndernas ramar. Kommunstyrelsens ram omfattar "
          "bland annat räddningstjänst, kollektivtrafik, näringslivsarbete och fastighetsförvaltning.")
    pdf.p("Taxor och avgifter för 2025 har räknats upp med 3,5 procent. VA-taxan höjs med 6 procent för att "
          "finansiera investeringar i ledningsnät och reningsverk.")
    pdf.p("Kommunens borgensåtagande för de kommunala bolagen uppgår till 410 miljoner kronor, varav "
          "Tanums Bostäder AB står för 365 miljoner kronor.")
    pdf.output(path)


def build_delar(path):
    pdf = Doc("Tanums kommun – Delårsrapport januari–augusti 2024", "Delårsrapport 2024")
    pdf.add_page()
    pdf.set_font("dv", "B", 24)
    pdf.ln(60)
    pdf.multi_cell(0, 11, "Delårsrapport\njanuari–augusti 2024", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "", 12)
    pdf.multi_cell(0, 7, "Tanums kommun\nBehandlad av kommunfullmäktige 2024-10-21", align="C", new_x="LMARGIN", new_y="NEXT")

    pdf.add_page()
    pdf.h1("Sammanfattning")
    pdf.p("Periodens resultat för januari–augusti 2024 uppgår till 38,4 miljoner kronor. Resultatet för "
          "motsvarande period 2023 var 12,1 miljoner kronor.")
    pdf.p("Helårsprognosen för 2024 är ett resultat på 16,9 miljoner kronor, vilket är 7,1 miljoner kronor "
          "bättre än budgeterat resultat på 9,8 miljoner kronor. Förbättringen beror på högre "
          "skatteintäkter och generella statsbidrag, medan nämnderna sammantaget prognostiserar ett underskott.")
    pdf.p("Socialnämnden prognostiserar det största underskottet. Kostnaderna för externa placeringar av barn och "
          "unga har ökat kraftigt och nämnden har vidtagit åtgärder för att bromsa kostnadsutvecklingen.")
    pdf.h2("Investeringar")
    pdf.p("Investeringarna under perioden uppgick till 41,2 miljoner kronor av en helårsbudget på 96,5 miljoner "
          "kronor. Prognosen för helåret är 72,0 miljoner kronor.")
    pdf.h2("Personal")
    pdf.p("Antalet månadsavlönade medarbetare uppgick till 1 186 personer den 31 augusti. Sjukfrånvaron för "
          "perioden januari–juli var 6,9 procent.")

    pdf.add_page()
    pdf.h1("Nämndernas prognoser")
    widths = [70, 30, 30, 30]
    hdr = [["Nettokostnad, mnkr", "Budget 2024", "Prognos 2024", "Avvikelse"]]
    rows = []
    for (name, v), p, a in zip(NAMNDER, DELAR_PROG, DELAR_AVV):
        rows.append(("normal", [name, fmt(v[1]), fmt(p), fmt(a, neg="paren")]))
    rows.append(("sum", ["Summa nämnder", fmt(DB_SUM_N[1]), fmt(sum(DELAR_PROG)), fmt(sum(DELAR_AVV), neg="paren")]))
    pdf.table(widths, hdr, rows)
    pdf.note("Negativ avvikelse (underskott) anges inom parentes.")
    pdf.h2("Kommentarer")
    pdf.p("Barn- och utbildningsnämndens underskott beror främst på ökade kostnader för skolskjuts och "
          "tilläggsbelopp. Kommunstyrelsen redovisar ett överskott till följd av vakanta tjänster.")

    pdf.add_page()
    pdf.h1("Resultaträkning i sammandrag")
    widths = [70, 30, 30, 30]
    hdr = [["Belopp i mnkr", "Utfall jan–aug 2024", "Budget 2024", "Prognos 2024"]]
    rows = [("normal", ["Verksamhetens nettokostnader", "-598,7", "-928,9", fmt(RB["netto"][1])]),
            ("normal", ["Skatteintäkter", "453,9", "676,0", fmt(RB["skatt"][1])]),
            ("normal", ["Generella statsbidrag och utjämning", "186,4", "268,9", fmt(RB["statsb"][1])]),
            ("normal", ["Finansnetto", "-3,2", "-6,2", fmt(RB["finint"][1] + RB["finkost"][1])]),
            ("sum", ["Periodens/årets resultat", "38,4", "9,8", fmt(RB["res"][1])])]
    pdf.table(widths, hdr, rows)
    pdf.output(path)


def build_html(path):
    nav = "\n".join(f'      <li><a href="/{s}">{t}</a></li>' for s, t in [
        ("barn-och-utbildning", "Barn och utbildning"), ("stod-och-omsorg", "Stöd och omsorg"),
        ("bygga-och-bo", "Bygga och bo"), ("uppleva-och-gora", "Uppleva och göra"),
        ("kommun-och-politik", "Kommun och politik")])
    head = HTML_HEAD.format(title="Budget 2025 antagen – skatten höjs med 20 öre - Tanums kommun",
                            site="Tanums kommun", nav=nav,
                            crumbs='<a href="/">Start</a> / <a href="/nyheter">Nyheter</a> / Budget 2025 antagen')
    trs = []
    for name, v in NAMNDER:
        trs.append(f"      <tr><td>{name}</td><td>{fmt(v[1])}</td><td>{fmt(v[2])}</td><td>{fmt(v[2] - v[1])}</td></tr>")
    trs.append(f"      <tr class=\"sum\"><td>Summa</td><td>{fmt(DB_SUM_N[1])}</td><td>{fmt(DB_SUM_N[2])}</td>"
               f"<td>{fmt(DB_SUM_N[2] - DB_SUM_N[1])}</td></tr>")
    trs = "\n".join(trs)
    body = f"""<article class="news">
<p class="meta">Publicerad 2024-11-19</p>
<h1>Budget 2025 antagen – skatten höjs med 20 öre</h1>
<p class="ingress">Kommunfullmäktige i Tanum antog på måndagskvällen budgeten för 2025. Kommunalskatten höjs med 20 öre till 22,36 kronor.</p>
<p>Budgeten antogs efter votering med 25 röster mot 16. Oppositionens förslag, som innehöll en oförändrad skattesats och större besparingar inom kommunstyrelsen, fick 16 röster. Fyra ledamöter var frånvarande.</p>
<p>– Vi tar ansvar för välfärden. Skattehöjningen går direkt till skolan och omsorgen, säger kommunstyrelsens ordförande {KSO} ({KSO_PARTY}).</p>
<h2>Nämndernas ramar</h2>
<table>
  <caption>Nettoramar per nämnd, miljoner kronor</caption>
  <thead>
    <tr><th>Nämnd</th><th>Budget 2024</th><th>Budget 2025</th><th>Förändring</th></tr>
  </thead>
  <tbody>
{trs}
  </tbody>
</table>
<p>Budgeterat resultat för 2025 är 11,6 miljoner kronor. Investeringarna uppgår till 87,8 miljoner kronor, bland annat till den nya sporthallen i Tanumshede.</p>
<p>För en person med en beskattningsbar inkomst på 300 000 kronor per år innebär skattehöjningen cirka 600 kronor mer i skatt per år.</p>
<p><a href="/kommun-och-politik/ekonomi/budget">Läs hela budgetdokumentet</a></p>
<p class="updated">Senast uppdaterad 2024-11-20</p>
</article>
"""
    foot = HTML_FOOT.format(contact="    <p>Tanums kommun, 457 81 Tanumshede</p>\n"
                                    "    <p>Telefon: 0525-180 00</p>\n    <p>E-post: tanums.kommun@tanum.se</p>")
    with open(path, "w", encoding="utf-8") as f:
        f.write(head + body + foot)


def build_docx(path):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    d.core_properties.author = "Sektor barn och utbildning"
    d.core_properties.title = "Protokoll barn- och utbildningsnämnden 2025-02-18"
    d.add_heading("Sammanträdesprotokoll", level=0)
    d.add_paragraph("Barn- och utbildningsnämnden, Tanums kommun")
    d.add_paragraph("Sammanträdesdatum 2025-02-18")
    d.add_paragraph("Plats: Kommunhuset, Tanumshede, rum Vitlycke, kl. 13.00–16.30")
    d.add_paragraph("Beslutande: Lars-Göran Nyberg (C), ordförande; Eva Thorsén (M), vice ordförande; "
                    "Henrik Dahl (S); Camilla Åberg (S); Ove Persson (SD); Linnea Kjellberg (V); Tomas Brink (KD)")
    d.add_paragraph("Justerare: Henrik Dahl (S)")
    d.add_paragraph("Paragrafer §§ 8–11")

    d.add_heading("§ 8 Fastställande av skolpeng och förskolepeng 2025", level=1)
    d.add_paragraph("Dnr BUN 2025/14")
    d.add_paragraph("Nämnden ska årligen fastställa grundbelopp per barn och elev för kommunala och fristående "
                    "verksamheter. Beloppen för 2025 har räknats upp med i genomsnitt 2,9 procent jämfört med 2024.")
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Verksamhet", "Grundbelopp 2025, kr per barn/elev och år",
                                       "Grundbelopp 2024, kr"]):
        c.text = h
    for name, a, b in SKOLPENG:
        cells = t.add_row().cells
        cells[0].text = name
        cells[1].text = fmt(a, 0)
        cells[2].text = fmt(b, 0)
    d.add_paragraph("")
    d.add_paragraph("Beslut: Barn- och utbildningsnämnden fastställer grundbelopp för 2025 enligt tabellen. "
                    "Beloppen gäller från och med 2025-01-01.")

    d.add_heading("§ 9 Förändrad organisation för årskurs 4–6 i Fjällbacka och Hamburgsund", level=1)
    d.add_paragraph("Dnr BUN 2024/211")
    d.add_paragraph("Förvaltningen föreslår att eleverna i årskurs 4–6 vid Hamburgsunds skola från och med "
                    "höstterminen 2025 flyttas till Fjällbacka skola. Förändringen beräknas minska kostnaderna "
                    "med 1,6 miljoner kronor per år. Antalet elever som berörs är 42.")
    d.add_paragraph("Yrkanden: Ordföranden yrkar bifall till förvaltningens förslag. Linnea Kjellberg (V) yrkar "
                    "avslag. Henrik Dahl (S) yrkar att ärendet återremitteras för en barnkonsekvensanalys.")
    d.add_paragraph("Propositionsordning: Ordföranden finner att nämnden beslutar att avgöra ärendet i dag och "
                    "därefter att bifalla förvaltningens förslag.")
    d.add_paragraph("Beslut: Barn- och utbildningsnämnden beslutar att årskurs 4–6 vid Hamburgsunds skola flyttas "
                    "till Fjällbacka skola från och med höstterminen 2025.")
    d.add_paragraph("Reservation: Linnea Kjellberg (V) reserverar sig mot beslutet. Henrik Dahl (S) och "
                    "Camilla Åberg (S) reserverar sig till förmån för eget yrkande om återremiss.")

    d.add_heading("§ 10 Ekonomisk uppföljning januari 2025", level=1)
    d.add_paragraph("Nämnden har en budgetram på 371,9 miljoner kronor för 2025. Efter januari prognostiseras "
                    "ett underskott på 1,1 miljoner kronor, främst inom skolskjuts.")
    d.add_paragraph("Beslut: Nämnden lägger informationen till handlingarna.")

    d.add_heading("§ 11 Delegationsbeslut och meddelanden", level=1)
    d.add_paragraph("Beslut: Redovisningen av delegationsbeslut och meddelanden läggs till handlingarna.")
    d.add_paragraph("Sekreterare: Maja Olofsson")
    d.save(path)
    normalize_zip(path)


def build_xlsx(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Driftredovisning 2024"
    ws["A1"] = "Tanums kommun – Driftredovisning per verksamhet 2024"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Belopp i tkr (nettokostnad)"
    ws.append([])
    ws.append(["Verksamhet", "Budget 2024", "Utfall 2024", "Avvikelse"])
    for name, b, u in DRIFT_VERK:
        ws.append([name, b, u, b - u])
    tb = sum(x[1] for x in DRIFT_VERK)
    tu = sum(x[2] for x in DRIFT_VERK)
    ws.append(["Summa", tb, tu, tb - tu])
    ws.append([])
    ws.append(["Positiv avvikelse = överskott mot budget."])
    ws2 = wb.create_sheet("Nyckeltal")
    ws2["A1"] = "Finansiella nyckeltal 2019–2024"
    ws2["A1"].font = Font(bold=True, size=13)
    ws2["A2"] = "Invånare i antal, skattesats i kronor, belopp i mnkr, soliditet i procent"
    ws2.append([])
    ws2.append(["År", "Invånare 31 dec", "Skattesats", "Årets resultat", "Nettoinvesteringar", "Soliditet %"])
    for row in NYCKEL:
        ws2.append(list(row))
    wb.properties.creator = "Tanums kommun, ekonomiavdelningen"
    wb.save(path)
    normalize_zip(path)


PRESS = """PRESSMEDDELANDE
Tanums kommun 2025-01-15

Nu startar bygget av den nya sporthallen i Tanumshede

I februari startar bygget av den nya sporthallen vid Hedeskolan i Tanumshede. Hallen blir en fullstor hall för handboll, innebandy och basket med läktare för 400 åskådare.

Kommunfullmäktige har avsatt 68 miljoner kronor till projektet i investeringsbudgeten. Entreprenör är Bohusbygg AB, som vann upphandlingen med ett anbud på 61,3 miljoner kronor. Resterande medel avser projektering, inventarier och en reserv för oförutsedda kostnader.

Kommunen har dessutom fått ett bidrag på 2,5 miljoner kronor från Tanums idrottsfond till läktare och utrustning.

"Föreningslivet har väntat länge på en ny hall. Nu får både skolan och klubbarna en modern anläggning", säger Annika Wernersson (M), kommunstyrelsens ordförande.

Den gamla sporthallen från 1974 rivs när den nya hallen är klar. Hallen beräknas vara klar till skolstarten i augusti 2026.

För mer information:
Peter Engström, projektledare, 0525-180 00
"""


def build(outdir):
    os.makedirs(outdir, exist_ok=True)
    build_budget(os.path.join(outdir, "budget-2025-plan-2026-2027.pdf"))
    build_delar(os.path.join(outdir, "delarsrapport-augusti-2024.pdf"))
    build_html(os.path.join(outdir, "nyheter-budget-2025-antagen.html"))
    build_docx(os.path.join(outdir, "protokoll-bun-2025-02-18.docx"))
    build_xlsx(os.path.join(outdir, "driftredovisning-nyckeltal-2024.xlsx"))
    with open(os.path.join(outdir, "pressmeddelande-sporthall.txt"), "w", encoding="utf-8") as f:
        f.write(PRESS)
