"""Hagfors kommun: deterministic generator of the Hagfors documents."""
import os

import docx
import openpyxl
from docx.shared import Pt

from common import Doc, ROOT, fmt, html_page, html_table, normalize_zip

OUT = os.path.join(ROOT, "hagfors")
YEARS = ["Utfall 2023", "Prognos 2024", "Budget 2025", "Plan 2026", "Plan 2027"]

# ---------------- Resultatbudget (mnkr)
R = {
    "int": [168.4, 172.0, 175.3, 178.1, 181.0],
    "kost": [-1012.6, -1046.2, -1071.8, -1098.5, -1124.9],
    "avs": [-38.2, -41.5, -44.0, -47.3, -49.8],
    "skatt": [612.4, 634.8, 655.2, 676.9, 699.5],
    "gsb": [298.7, 305.1, 312.6, 318.0, 323.4],
    "fint": [4.1, 3.8, 3.5, 3.5, 3.5],
    "fkost": [-6.9, -8.4, -9.2, -10.1, -11.0],
}
NETK = [round(a + b + c, 1) for a, b, c in zip(R["int"], R["kost"], R["avs"])]
VRES = [round(n + s + g, 1) for n, s, g in zip(NETK, R["skatt"], R["gsb"])]
RES = [round(v + a + b, 1) for v, a, b in zip(VRES, R["fint"], R["fkost"])]

# ---------------- Driftbudget (tkr): Budget 2024, Budget 2025
DRIFT = [
    ("Politisk verksamhet", None),
    ("Kommunfullmäktige", (2850, 2940)),
    ("Revision", (1420, 1460)),
    ("Valnämnd", (180, 60)),
    ("Överförmyndarnämnd", (2310, 2380)),
    ("Summa politisk verksamhet", "sum"),
    ("Kommunstyrelsen", None),
    ("Kommunledningsförvaltning", (58200, 60150)),
    ("Teknisk förvaltning", (41700, 43900)),
    ("Kultur och fritid", (24300, 24800)),
    ("Arbetsmarknad och integration", (18600, 17200)),
    ("Summa kommunstyrelsen", "sum"),
    ("Barn- och bildningsnämnden", None),
    ("Förskola", (72400, 74800)),
    ("Grundskola", (148900, 152300)),
    ("Gymnasieskola", (61200, 62700)),
    ("Vuxenutbildning", (14800, 15100)),
    ("Summa barn- och bildningsnämnden", "sum"),
    ("Socialnämnden", None),
    ("Äldreomsorg", (238400, 246100)),
    ("Funktionsstöd", (96300, 99800)),
    ("Individ- och familjeomsorg", (58700, 60900)),
    ("Summa socialnämnden", "sum"),
    ("Miljö- och byggnadsnämnden", None),
    ("Miljö- och byggnadsnämnden", (6900, 7150)),
    ("Summa miljö- och byggnadsnämnden", "sum"),
]
BUDGET24_TOTAL = 912300
BUDGET25_TOTAL = int(round(-NETK[2] * 1000))

# ---------------- Investeringsbudget (mnkr): 2025, 2026, 2027
INV = [
    ("Ny förskola Älvstranden", "BBN", 18.5, 12.0, 0.0),
    ("Renovering Hagfors simhall", "KS", 9.0, 14.5, 3.0),
    ("VA-ledningar Ekshärad", "KS", 7.2, 6.8, 6.5),
    ("Gatubelysning, byte till LED", "KS", 2.4, 2.4, 1.2),
    ("IT-investeringar", "KS", 3.1, 3.1, 3.1),
    ("Fordon teknisk förvaltning", "KS", 2.8, 1.5, 1.5),
    ("Trygghetsboende Uddeholm", "SN", 4.6, 9.8, 2.0),
    ("Ospecificerade reinvesteringar", "Alla", 5.0, 5.0, 5.0),
]
INV_SUM = [round(sum(r[i] for r in INV), 1) for i in (2, 3, 4)]

# ---------------- Balansbudget (mnkr): Utfall 2023, Budget 2025, Plan 2026, Plan 2027
ANL = [1046.8, 1081.2, 1088.6, 1079.4]
OMS = [142.5, 118.3, 121.0, 128.9]
TILL = [round(a + b, 1) for a, b in zip(ANL, OMS)]
EK = [452.3, 493.5, 514.1, 535.8]
AVS = [96.4, 101.2, 104.0, 106.9]
KORT = [176.0, 183.4, 185.1, 187.6]
LANG = [round(t - e - a - k, 1) for t, e, a, k in zip(TILL, EK, AVS, KORT)]


def build_budget():
    d = Doc("Hagfors kommun – Mål och budget 2025 med plan 2026–2027", "Hagfors kommun | Mål och budget 2025")
    d.add_page()
    d.set_font("DejaVu", "B", 24)
    d.ln(40)
    d.multi_cell(0, 12, "Mål och budget 2025\nmed plan för 2026–2027")
    d.ln(6)
    d.set_font("DejaVu", "", 13)
    d.multi_cell(0, 7, "Hagfors kommun\nAntagen av kommunfullmäktige 2024-11-25, § 112\nDiarienummer KS 2024/318")
    d.ln(90)
    d.set_font("DejaVu", "I", 9)
    d.multi_cell(0, 5, "Hagfors kommun, Dalavägen 2, 683 80 Hagfors. Telefon 0563-185 00. www.hagfors.se")

    d.add_page()
    d.h1("Innehåll")
    for line in ["Ordföranden har ordet ........ 3", "Förutsättningar och omvärld ........ 4",
                 "Vision och mål ........ 5", "Ekonomiska ramar och effektiviseringar ........ 6",
                 "Resultatbudget ........ 8", "Balansbudget ........ 9", "Kassaflödesbudget ........ 9",
                 "Driftbudget per nämnd ........ 10", "Investeringsbudget ........ 12", "Nämndernas uppdrag ........ 13"]:
        d.p(line)

    d.add_page()
    d.h1("Ordföranden har ordet")
    d.p("Hagfors står inför några år där ekonomin kräver både framtidstro och försiktighet. Befolkningen "
        "minskar långsamt samtidigt som andelen invånare över 80 år ökar, och det sätter press på äldreomsorgen. "
        "Med den här budgeten tar vi ansvar för båda delarna: vi fortsätter att investera i förskola, skola och "
        "vatten och avlopp, och vi ställer krav på effektiviseringar i hela organisationen.")
    d.p("Skattesatsen lämnas oförändrad på 22,86 kronor per skattekrona 2025. Det budgeterade resultatet är "
        "21,6 miljoner kronor, vilket motsvarar 2,2 procent av skatteintäkter och generella statsbidrag och "
        "uppfyller fullmäktiges finansiella mål om minst 2 procent.")
    d.p("Den största enskilda satsningen är den nya förskolan vid Älvstranden som ska stå klar hösten 2026. "
        "Vi satsar också på simhallen i Hagfors, som behöver en omfattande renovering för att kunna hållas öppen.")
    d.p("Jag vill tacka alla medarbetare som varje dag gör skillnad för hagforsborna.")
    d.set_font("DejaVu", "I", 10)
    d.multi_cell(0, 5.2, "Anna-Karin Lindqvist (S)\nKommunstyrelsens ordförande")
    d.ln(4)

    d.add_page()
    d.h1("Förutsättningar och omvärld")
    d.p("Hagfors kommun hade 11 380 invånare den 31 december 2023, en minskning med 64 personer jämfört med "
        "året innan. Budgeten bygger på ett antagande om 11 300 invånare den 1 november 2024, vilket är det "
        "invånarantal som skatteintäkterna beräknas utifrån.")
    d.p("Skatteunderlagsprognosen från Sveriges Kommuner och Regioner (SKR) från oktober 2024 ligger till grund "
        "för beräkningen av skatteintäkter och generella statsbidrag. Skatteunderlaget väntas växa med 3,6 procent "
        "2025. Pensionskostnaderna ökar kraftigt 2025 som en följd av avtalet om ny pensionsplan.")
    d.p("Inflationen har fallit tillbaka under 2024 men prisnivån ligger kvar högt. I budgeten räknas med en "
        "löneökning på 3,4 procent och en ökning av övriga kostnader med 2,0 procent.")

    d.add_page()
    d.h1("Vision och mål")
    d.p("Kommunfullmäktiges vision är ”Hagfors – en trygg och levande kommun i norra Värmland där alla kan växa”. "
        "Till visionen hör fyra målområden med sammanlagt tolv mål för mandatperioden.")
    d.h2("Målområden")
    d.bullets(["Attraktiv kommun att bo, leva och verka i",
               "Barn och unga ska lyckas i skolan",
               "Trygg vård och omsorg",
               "Hållbar ekonomi och effektiv organisation"])
    d.h2("Finansiella mål")
    d.bullets(["Årets resultat ska uppgå till minst 2 procent av skatteintäkter och generella statsbidrag.",
               "Nettoinvesteringarna ska över planperioden till minst 70 procent finansieras med egna medel.",
               "Soliditeten inklusive pensionsförpliktelser ska inte understiga 20 procent.",
               "Låneskulden ska inte överstiga 45 000 kronor per invånare."])
    d.p("Andelen elever i årskurs 9 som är behöriga till gymnasiet ska öka från 78 procent 2023 till 85 procent 2027.")

    d.add_page()
    d.h1("Ekonomiska ramar och effektiviseringar")
    d.p("Nämndernas ramar har räknats upp med 2,9 procent för löner och priser. Samtidigt läggs ett generellt "
        "effektiviseringskrav på 1 procent på samtliga nämnder, vilket motsvarar 8,4 miljoner kronor 2025.")
    d.p("Socialnämnden ska därutöver minska sina kostnader med 4,7 miljoner kronor, främst genom att minska "
        "antalet externa placeringar inom individ- och familjeomsorgen och genom ett nytt bemanningsverktyg i "
        "hemtjänsten. Barn- och bildningsnämnden får ett tillskott på 3,1 miljoner kronor för att anpassa "
        "verksamheten till fler barn med behov av särskilt stöd.")
    d.p("Arbetsmarknad och integration minskar sin ram med 1,4 miljoner kronor när de statliga "
        "etableringsmedlen minskar. Valnämnden får 60 000 kronor 2025 eftersom inga allmänna val hålls.")
    d.p("Utöver investeringsbudgeten avsätts 700 000 kronor i driftbudgeten till en ny lekplats i Råda. "
        "En reserv på 5,0 miljoner kronor för oförutsedda kostnader finns hos kommunstyrelsen.")
    d.p("Låneskulden beräknas öka från 338 miljoner kronor vid utgången av 2023 till 412 miljoner kronor 2027, "
        "vilket motsvarar cirka 36 500 kronor per invånare.")

    # Resultatbudget
    d.add_page()
    d.h1("Resultatbudget")
    hdr = [["Belopp i mnkr", "Not"] + YEARS]
    w = [54, 8, 21.6, 21.6, 21.6, 21.6, 21.6]

    def row(label, vals, note="", style="normal"):
        return (label, [note] + [fmt(v, 1, "endash") for v in vals], style)

    rows = [
        row("Verksamhetens intäkter", R["int"], "1"),
        row("Verksamhetens kostnader", R["kost"], "2"),
        row("Avskrivningar", R["avs"], "3"),
        row("Verksamhetens nettokostnader", NETK, "", "sum"),
        row("Skatteintäkter", R["skatt"], "4"),
        row("Generella statsbidrag och utjämning", R["gsb"], "5"),
        row("Verksamhetens resultat", VRES, "", "sum"),
        row("Finansiella intäkter", R["fint"], "6"),
        row("Finansiella kostnader", R["fkost"], "7"),
        row("Resultat efter finansiella poster", RES, "", "sum"),
        row("Extraordinära poster", [0, 0, 0, 0, 0]),
        row("Årets resultat", RES, "", "sum"),
    ]
    d.table("Tabell 1. Resultatbudget 2025–2027", hdr, rows, w)
    d.note("Not 4: Skatteintäkterna är beräknade med skattesatsen 22,86 kronor och SKR:s prognos från oktober 2024. "
           "Not 5: Inklusive kommunal fastighetsavgift.")
    share = RES[2] / (R["skatt"][2] + R["gsb"][2]) * 100
    d.p(f"Resultatet i förhållande till skatteintäkter och generella statsbidrag uppgår till {fmt(share,1)} procent "
        "2025. Nettokostnadsandelen beräknas till 97,2 procent.")

    # Balansbudget + Kassaflöde
    d.add_page()
    d.h1("Balansbudget")
    bh = [["Belopp i mnkr", "Utfall 2023", "Budget 2025", "Plan 2026", "Plan 2027"]]
    bw = [70, 25, 25, 25, 25]
    brows = [
        ("TILLGÅNGAR", [], "section"),
        ("Anläggningstillgångar", [fmt(v) for v in ANL], "normal"),
        ("Omsättningstillgångar", [fmt(v) for v in OMS], "normal"),
        ("Summa tillgångar", [fmt(v) for v in TILL], "sum"),
        ("EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER", [], "section"),
        ("Eget kapital", [fmt(v) for v in EK], "normal"),
        ("  varav årets resultat", [fmt(RES[0]), fmt(RES[2]), fmt(RES[3]), fmt(RES[4])], "normal"),
        ("Avsättningar för pensioner", [fmt(v) for v in AVS], "normal"),
        ("Långfristiga skulder", [fmt(v) for v in LANG], "normal"),
        ("Kortfristiga skulder", [fmt(v) for v in KORT], "normal"),
        ("Summa eget kapital, avsättningar och skulder", [fmt(v) for v in TILL], "sum"),
    ]
    d.table("Tabell 2. Balansbudget", bh, brows, bw)
    sol = EK[1] / TILL[1] * 100
    d.p(f"Soliditeten beräknas till {fmt(sol,1)} procent vid utgången av 2025.")

    d.h1("Kassaflödesbudget")
    inv_neg = [-52.3, -INV_SUM[0], -INV_SUM[1], -INV_SUM[2]]
    lop = [RES[0] + R["avs"][0] * -1 + 6.2, RES[2] - R["avs"][2] + 3.0, RES[3] - R["avs"][3] + 3.0, RES[4] - R["avs"][4] + 3.0]
    lop = [round(x, 1) for x in lop]
    nyl = [20.0, 25.0, 30.0, 10.0]
    amort = [-4.0, -5.0, -5.0, -5.0]
    flow = [round(a + b + c + e, 1) for a, b, c, e in zip(lop, inv_neg, nyl, amort)]
    kh = [["Belopp i mnkr", "Utfall 2023", "Budget 2025", "Plan 2026", "Plan 2027"]]
    krows = [
        ("Den löpande verksamheten", [], "section"),
        ("Årets resultat", [fmt(RES[0], 1, "paren"), fmt(RES[2], 1, "paren"), fmt(RES[3], 1, "paren"), fmt(RES[4], 1, "paren")], "normal"),
        ("Justering för av- och nedskrivningar", [fmt(-R["avs"][i], 1, "paren") for i in (0, 2, 3, 4)], "normal"),
        ("Justering för övriga ej likviditetspåverkande poster", [fmt(6.2, 1), fmt(3.0), fmt(3.0), fmt(3.0)], "normal"),
        ("Medel från den löpande verksamheten", [fmt(v, 1, "paren") for v in lop], "sum"),
        ("Investeringsverksamheten", [], "section"),
        ("Nettoinvesteringar", [fmt(v, 1, "paren") for v in inv_neg], "normal"),
        ("Finansieringsverksamheten", [], "section"),
        ("Nyupptagna lån", [fmt(v, 1, "paren") for v in nyl], "normal"),
        ("Amortering av skuld", [fmt(v, 1, "paren") for v in amort], "normal"),
        ("Årets kassaflöde", [fmt(v, 1, "paren") for v in flow], "sum"),
    ]
    d.table("Tabell 3. Kassaflödesbudget", kh, krows, bw)
    d.note("Negativa belopp anges inom parentes.")

    # Driftbudget
    d.add_page()
    d.h1("Driftbudget per nämnd")
    d.p("Tabellen visar nämndernas nettokostnadsramar för 2025 jämfört med budget 2024. Beloppen är angivna i "
        "tusentals kronor (tkr). Ramarna för plan 2026–2027 redovisas per nämnd i bilaga 2.")
    dh = [["Nettokostnad, tkr", "Budget 2024", "Budget 2025", "Förändring", "Förändring %"]]
    dw = [66, 26, 26, 24, 28]
    drows = []
    acc = [0, 0]
    tot = [0, 0]
    for _ in range(6):
        d.p("Nämndernas ramar inkluderar kompensation för löne- och prisökningar. Internhyror och "
            "kapitalkostnader ingår i nämndernas ramar. Effektiviseringskravet på 1 procent är fördelat "
            "proportionellt mot nämndernas nettokostnader.", size=9) if _ == 0 else None
    for label, v in DRIFT:
        if v is None:
            drows.append((label, [], "section"))
        elif v == "sum":
            ch = acc[1] - acc[0]
            drows.append((label, [fmt(acc[0], 0), fmt(acc[1], 0), fmt(ch, 0, "hyphen", True),
                                  fmt(ch / acc[0] * 100, 1, "hyphen", True)], "sum"))
            tot = [tot[0] + acc[0], tot[1] + acc[1]]
            acc = [0, 0]
        else:
            ch = v[1] - v[0]
            drows.append((label, [fmt(v[0], 0), fmt(v[1], 0), fmt(ch, 0, "hyphen", True),
                                  fmt(ch / v[0] * 100, 1, "hyphen", True)], "normal"))
            acc = [acc[0] + v[0], acc[1] + v[1]]
    drows.append(("Summa nämnder", [fmt(tot[0], 0), fmt(tot[1], 0), fmt(tot[1] - tot[0], 0, "hyphen", True),
                                    fmt((tot[1] - tot[0]) / tot[0] * 100, 1, "hyphen", True)], "sum"))
    ff = [BUDGET24_TOTAL - tot[0], BUDGET25_TOTAL - tot[1]]
    drows.append(("Finansförvaltning", [], "section"))
    drows.append(("Pensioner, kapitalkostnader och reserver", [fmt(ff[0], 0), fmt(ff[1], 0), fmt(ff[1] - ff[0], 0, "hyphen", True),
                                                              fmt((ff[1] - ff[0]) / ff[0] * 100, 1, "hyphen", True)], "normal"))
    drows.append(("Totalt verksamhetens nettokostnader", [fmt(BUDGET24_TOTAL, 0), fmt(BUDGET25_TOTAL, 0),
                                                          fmt(BUDGET25_TOTAL - BUDGET24_TOTAL, 0, "hyphen", True),
                                                          fmt((BUDGET25_TOTAL - BUDGET24_TOTAL) / BUDGET24_TOTAL * 100, 1, "hyphen", True)], "sum"))
    # push table low so that it breaks over the page
    d.p("Kommunstyrelsens ram omfattar kommunledningsförvaltningen, den tekniska förvaltningen, kultur och fritid "
        "samt arbetsmarknad och integration. Räddningstjänsten köps av Räddningstjänsten Norra Värmland och ingår i "
        "den tekniska förvaltningens ram.")
    d.p("Socialnämnden har det största ansvaret i kommunen och svarar för äldreomsorg, funktionsstöd och individ- "
        "och familjeomsorg. Nämndens ram ökar med 13,4 miljoner kronor, trots sparkravet, på grund av ökade "
        "volymer inom hemtjänsten och särskilt boende.")
    d.p("Barn- och bildningsnämnden ansvarar för förskola, grundskola, Klarälvsgymnasiet och vuxenutbildning.")
    d.table("Tabell 4. Driftbudget per nämnd 2025", dh, drows, dw, unit_note="Belopp i tkr. Positiva belopp = nettokostnad.")
    d.note("Förändring % avser förändringen mellan budget 2024 och budget 2025. Finansförvaltningen omfattar "
           "bland annat pensionskostnader, reserven på 5,0 mnkr och internränta.")

    # Investeringsbudget on landscape page
    d.add_page(orientation="L")
    d.h1("Investeringsbudget 2025–2027")
    ih = [["Projekt", "Nämnd", "Budget 2025", "Plan 2026", "Plan 2027", "Summa 2025–2027"]]
    iw = [95, 25, 35, 35, 35, 40]
    irows = [(p, [n, fmt(a), fmt(b), fmt(c), fmt(round(a + b + c, 1))], "normal") for p, n, a, b, c in INV]
    irows.append(("Summa nettoinvesteringar", ["", fmt(INV_SUM[0]), fmt(INV_SUM[1]), fmt(INV_SUM[2]),
                                               fmt(round(sum(INV_SUM), 1))], "sum"))
    d.table("Tabell 5. Investeringsbudget, belopp i mnkr", ih, irows, iw)
    d.note("BBN = barn- och bildningsnämnden, KS = kommunstyrelsen, SN = socialnämnden. "
           "Förskolan vid Älvstranden har en total projektbudget på 30,5 mnkr.")
    d.p("Investeringarna finansieras till 68 procent med egna medel under planperioden. Resterande del lånefinansieras "
        "via Kommuninvest.")

    d.add_page(orientation="P")
    d.h1("Nämndernas uppdrag 2025")
    d.h2("Kommunstyrelsen")
    d.p("Kommunstyrelsen ska under 2025 ta fram en ny lokalförsörjningsplan och utreda en samlokalisering av "
        "biblioteket och medborgarkontoret i Hagfors centrum.")
    d.h2("Barn- och bildningsnämnden")
    d.p("Nämnden ska ta fram en plan för skolornas organisation i Ekshärad och Sunnemo till 2026.")
    d.h2("Socialnämnden")
    d.p("Nämnden ska genomföra besparingen på 4,7 miljoner kronor och redovisa effekterna i delårsrapporten.")
    d.h2("Miljö- och byggnadsnämnden")
    d.p("Nämnden ska korta handläggningstiden för bygglov till i genomsnitt högst fyra veckor.")
    d.output(os.path.join(OUT, "hagfors-mal-och-budget-2025.pdf"))


# ---------------- Årsredovisning 2023
FEM = [  # år, invånare, skattesats, resultat, soliditet, nettoinv, låneskuld
    (2019, 11602, "22,86", 12.4, 33.1, 61.2, 295.0),
    (2020, 11551, "22,86", 34.8, 35.0, 44.7, 301.0),
    (2021, 11497, "22,86", 41.2, 37.4, 39.5, 305.0),
    (2022, 11444, "22,86", 18.6, 37.9, 48.9, 322.0),
    (2023, 11380, "22,86", RES[0], 38.0, 52.3, 338.0),
]
AVV = [  # nämnd, budget, utfall (nettokostnad, mnkr)
    ("Kommunfullmäktige och revision", 4.1, 3.9),
    ("Kommunstyrelsen", 138.6, 136.2),
    ("Barn- och bildningsnämnden", 287.9, 290.3),
    ("Socialnämnden", 381.5, 388.3),
    ("Miljö- och byggnadsnämnden", 6.6, 6.1),
    ("Överförmyndarnämnden", 2.2, 2.4),
]


def build_ar():
    d = Doc("Hagfors kommun – Årsredovisning 2023", "Årsredovisning 2023 | Hagfors kommun")
    d.add_page()
    d.set_font("DejaVu", "B", 26)
    d.ln(50)
    d.multi_cell(0, 12, "Årsredovisning 2023")
    d.set_font("DejaVu", "", 13)
    d.multi_cell(0, 7, "Hagfors kommun\nGodkänd av kommunfullmäktige 2024-04-22, § 41")
    d.add_page()
    d.h1("Året i korthet")
    d.bullets([f"Årets resultat blev {fmt(RES[0])} miljoner kronor, att jämföra med budgeterade 14,0 miljoner kronor.",
               "Nettokostnaderna ökade med 5,8 procent medan skatteintäkter och generella statsbidrag ökade med 6,3 procent.",
               "Nettoinvesteringarna uppgick till 52,3 miljoner kronor.",
               "Befolkningen minskade med 64 personer till 11 380 invånare.",
               "Sjukfrånvaron bland kommunens medarbetare var 7,9 procent."])
    d.h1("Förvaltningsberättelse")
    d.p("Hagfors kommun redovisar ett positivt resultat för 2023. Resultatet förklaras främst av högre "
        "skatteintäkter än budgeterat och av att pensionskostnaderna blev 9,6 miljoner kronor lägre än beräknat. "
        "Samtidigt hade socialnämnden ett underskott på 6,8 miljoner kronor.")
    d.p("Balanskravsresultatet uppgår till 23,1 miljoner kronor efter avdrag för realisationsvinster på 2,8 miljoner "
        "kronor. Kommunen uppfyller därmed balanskravet. Soliditeten uppgick till 38,0 procent.")
    d.p("Kommunens anställda var 1 046 tillsvidareanställda den 31 december 2023. Antalet årsarbetare uppgick till 978.")
    d.h2("Fem år i sammandrag")
    fh = [["", "2019", "2020", "2021", "2022", "2023"]]
    fw = [58, 22, 22, 22, 22, 22]
    frows = [
        ("Antal invånare 31/12", [fmt(r[1], 0) for r in FEM], "normal"),
        ("Skattesats, kr", [r[2] for r in FEM], "normal"),
        ("Årets resultat, mnkr", [fmt(r[3]) for r in FEM], "normal"),
        ("Soliditet, %", [fmt(r[4]) for r in FEM], "normal"),
        ("Nettoinvesteringar, mnkr", [fmt(r[5]) for r in FEM], "normal"),
        ("Låneskuld, mnkr", [fmt(r[6], 0) for r in FEM], "normal"),
    ]
    d.table("Fem år i sammandrag", fh, frows, fw)
    d.add_page()
    d.h2("Nämndernas budgetavvikelser 2023")
    d.p("Tabellen visar nämndernas nettokostnader jämfört med budget. Negativ avvikelse innebär ett underskott.")
    ah = [["Mnkr", "Budget 2023", "Utfall 2023", "Avvikelse"]]
    aw = [75, 30, 30, 30]
    arows = [(n, [fmt(b), fmt(u), fmt(round(b - u, 1), 1, "endash")], "normal") for n, b, u in AVV]
    sb = round(sum(r[1] for r in AVV), 1)
    su = round(sum(r[2] for r in AVV), 1)
    arows.append(("Summa nämnder", [fmt(sb), fmt(su), fmt(round(sb - su, 1), 1, "endash")], "sum"))
    d.table("Driftredovisning per nämnd", ah, arows, aw)
    d.p("Barn- och bildningsnämndens underskott beror på ökade kostnader för skolskjutsar och för "
        "barn i behov av särskilt stöd. Socialnämndens underskott härrör främst från externa placeringar "
        "inom individ- och familjeomsorgen, som kostade 14,2 miljoner kronor under året.")
    d.h2("Investeringar")
    d.p("De största investeringarna under 2023 var ombyggnaden av Ekshärads skola (11,4 miljoner kronor), "
        "nya VA-ledningar i Hagfors centrum (8,9 miljoner kronor) och upprustning av kommunala gator.")
    d.h2("Händelser efter räkenskapsårets utgång")
    d.p("I februari 2024 beslutade kommunstyrelsen att starta projekteringen av en ny förskola vid Älvstranden.")
    d.output(os.path.join(OUT, "hagfors-arsredovisning-2023.pdf"))


def build_html():
    tot = -NETK[2]
    parts = [("Äldreomsorg", 246.1), ("Grundskola och förskoleklass", 152.3), ("Funktionsstöd", 99.8),
             ("Förskola", 74.8), ("Gymnasieskola", 62.7), ("Individ- och familjeomsorg", 60.9),
             ("Teknisk verksamhet och räddningstjänst", 43.9), ("Kultur och fritid", 24.8)]
    parts.append(("Övrig verksamhet", round(tot - sum(v for _, v in parts), 1)))
    kr = [round(v / tot * 100, 2) for _, v in parts]
    kr[-1] = round(100 - sum(kr[:-1]), 2)
    per100 = [(n, fmt(k, 2), v) for (n, v), k in zip(parts, kr)]
    tbl = html_table("Så fördelas 100 kronor i skatt, budget 2025",
                     ["Verksamhet", "Kronor av 100 kr", "Nettokostnad 2025 (mnkr)"],
                     [(a, b, fmt(c)) for a, b, c in per100] + [("Totalt", "100,00", fmt(-NETK[2]))])
    body = f"""      <p class="ingress">Hagfors kommun finansieras till största delen av skatt. Här kan du se hur varje hundralapp du betalar i kommunalskatt används.</p>
      <h2>Skattesats 2025</h2>
      <p>Den totala skattesatsen i Hagfors är 34,04 kronor per hundralapp, varav 22,86 kronor går till Hagfors kommun och 11,18 kronor till Region Värmland. Kommunens skattesats är oförändrad sedan 2017.</p>
      <p>För en person som tjänar 30 000 kronor i månaden blir kommunalskatten till Hagfors kommun ungefär 6 000 kronor i månaden.</p>
      <h2>Så används din skatt</h2>
{tbl}
      <p>Fördelningen bygger på Mål och budget 2025, antagen av kommunfullmäktige den 25 november 2024.</p>
      <h2>Vill du veta mer?</h2>
      <p>Kontakta ekonomichef Petra Nyqvist, telefon 0563-185 40, eller läs hela budgetdokumentet under Kommun och politik.</p>"""
    html = html_page("Så används din skatt", "Hagfors kommun",
                     ["Barn och utbildning", "Omsorg och stöd", "Bygga, bo och miljö", "Kultur och fritid",
                      "Näringsliv och arbete", "Kommun och politik"],
                     ["Start", "Kommun och politik", "Ekonomi", "Så används din skatt"], body,
                     "2024-12-02", "2025-01-14",
                     ["Hagfors kommun, 683 80 Hagfors", "Telefon: 0563-185 00 | E-post: kommun@hagfors.se",
                      "Organisationsnummer: 212000-1876"])
    with open(os.path.join(OUT, "hagfors-sa-anvands-din-skatt.html"), "w", encoding="utf-8") as f:
        f.write(html)


def build_docx():
    doc = docx.Document()
    doc.core_properties.author = "Hagfors kommun"
    doc.core_properties.title = "Protokoll kommunstyrelsen 2024-11-05"
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    doc.add_heading("PROTOKOLL", level=1)
    doc.add_paragraph("Kommunstyrelsen, Hagfors kommun")
    doc.add_paragraph("Sammanträdesdatum: 2024-11-05")
    doc.add_paragraph("Plats och tid: Kommunhuset, sammanträdesrum Uvån, kl. 09.00–12.15")
    doc.add_paragraph("Beslutande: Anna-Karin Lindqvist (S), ordförande, Lars-Erik Sandberg (S), Marcus Berg (M), "
                      "Eva Holm (SD), Kristina Åkesson (C), Tomas Ek (V), Sofia Hedlund (S), Göran Falk (M), "
                      "Ingrid Lund (KD), Per Olsson (S), Hanna Björk (SD)")
    doc.add_paragraph("Sekreterare: Maria Lindgren. Justerare: Marcus Berg (M)")

    doc.add_heading("§ 178 Mål och budget 2025 med plan 2026–2027", level=2)
    doc.add_paragraph("Diarienummer KS 2024/318")
    doc.add_paragraph("Ärendebeskrivning: Ekonomiavdelningen har tagit fram förslag till Mål och budget 2025 med plan "
                      "2026–2027. Förslaget innebär ett resultat på 21,6 mnkr 2025 och en oförändrad skattesats på 22,86 kronor.")
    doc.add_paragraph("Förslag till nämndernas ramar 2025 (tkr):")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Nämnd", "Ram 2025, tkr", "Varav effektivisering, tkr"]):
        t.rows[0].cells[i].text = h
    ram = [("Kommunstyrelsen", "146 050", "-1 450"), ("Barn- och bildningsnämnden", "304 900", "-3 020"),
           ("Socialnämnden", "406 800", "-3 850"), ("Miljö- och byggnadsnämnden", "7 150", "-70"),
           ("Politisk verksamhet", "6 840", "-10")]
    for r in ram:
        cells = t.add_row().cells
        for i, c in enumerate(r):
            cells[i].text = c
    cells = t.add_row().cells
    for i, c in enumerate(["Summa", "871 740", "-8 400"]):
        cells[i].text = c
    doc.add_paragraph("Yrkanden: Ordföranden yrkar bifall till förvaltningens förslag. Marcus Berg (M) yrkar, med "
                      "instämmande av Göran Falk (M) och Ingrid Lund (KD), att skattesatsen sänks med 10 öre och att "
                      "effektiviseringskravet höjs till 1,5 procent.")
    doc.add_paragraph("Propositionsordning: Ordföranden ställer förslagen mot varandra och finner att kommunstyrelsen "
                      "bifaller förvaltningens förslag. Votering begärs och genomförs. Med 7 ja-röster mot 4 nej-röster "
                      "beslutar kommunstyrelsen enligt ordförandens förslag.")
    doc.add_paragraph("Beslut: Kommunstyrelsen föreslår kommunfullmäktige att anta Mål och budget 2025 med plan "
                      "2026–2027, att fastställa skattesatsen till 22,86 kronor och att ge kommunstyrelsen rätt att "
                      "under 2025 nyupplåna 25,0 mnkr.")
    doc.add_paragraph("Reservation: Marcus Berg (M), Göran Falk (M) och Ingrid Lund (KD) reserverar sig mot beslutet "
                      "till förmån för eget yrkande.")

    doc.add_heading("§ 179 Tilläggsanslag för renovering av Hagfors simhall", level=2)
    doc.add_paragraph("Diarienummer KS 2024/355")
    doc.add_paragraph("Ärendebeskrivning: Vid en besiktning i september 2024 upptäcktes fuktskador i simhallens "
                      "bassängrum. Teknisk förvaltning begär ett tilläggsanslag på 1,8 mnkr för 2024 för akuta åtgärder.")
    doc.add_paragraph("Beslut: Kommunstyrelsen beviljar ett tilläggsanslag på 1,8 mnkr för 2024, att finansieras ur "
                      "kommunstyrelsens reserv. Simhallen hålls stängd till och med den 6 januari 2025.")
    doc.add_paragraph("Eva Holm (SD) och Hanna Björk (SD) deltar inte i beslutet.")

    doc.add_heading("§ 180 Taxa för vatten och avlopp 2025", level=2)
    doc.add_paragraph("Beslut: Kommunstyrelsen föreslår kommunfullmäktige att höja brukningsavgiften för vatten och "
                      "avlopp med 6 procent från den 1 januari 2025.")
    doc.add_paragraph("Reservation: Tomas Ek (V) reserverar sig mot beslutet.")

    doc.add_heading("§ 181 Delegationsbeslut och meddelanden", level=2)
    doc.add_paragraph("Beslut: Redovisningen läggs till handlingarna.")
    doc.add_paragraph("Vid protokollet: Maria Lindgren. Justeras: Anna-Karin Lindqvist, Marcus Berg.")
    path = os.path.join(OUT, "hagfors-ks-protokoll-2024-11-05.docx")
    doc.save(path)
    normalize_zip(path)


def build_xlsx():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Befolkning"
    ws.append(["Befolkningsutveckling i Hagfors kommun 2019–2024"])
    ws.append(["Antal personer. Källa: SCB. 2024 avser preliminära uppgifter per 30 september."])
    ws.append([])
    ws.append(["År", "Folkmängd 31 dec", "Födda", "Döda", "Inflyttade", "Utflyttade", "Födelsenetto", "Flyttnetto"])
    pop = [(2019, 11602, 84, 171, 498, 455), (2020, 11551, 79, 182, 452, 400), (2021, 11497, 88, 176, 471, 437),
           (2022, 11444, 76, 168, 502, 463), (2023, 11380, 81, 174, 468, 439), (2024, 11331, 58, 131, 352, 328)]
    for y, f, fo, do, inn, ut in pop:
        ws.append([y, f, fo, do, inn, ut, fo - do, inn - ut])
    ws2 = wb.create_sheet("Nettokostnad per invånare")
    ws2.append(["Nettokostnad per invånare och verksamhet, Hagfors kommun"])
    ws2.append(["Kronor per invånare, löpande priser. Källa: Kolada."])
    ws2.append(["Verksamhet", "2021", "2022", "2023", "Förändring 2022–2023, %"])
    nk = [("Förskola", 5812, 6015, 6264), ("Grundskola", 12150, 12603, 13141), ("Gymnasieskola", 5120, 5247, 5398),
          ("Äldreomsorg", 19342, 20118, 21507), ("Funktionsstöd", 7811, 8233, 8620),
          ("Individ- och familjeomsorg", 4402, 4770, 5312), ("Kultur och fritid", 2055, 2101, 2140)]
    for n, a, b, c in nk:
        ws2.append([n, a, b, c, round((c - b) / b * 100, 1)])
    tot = [sum(r[i] for r in nk) for i in (1, 2, 3)]
    ws2.append(["Summa redovisade verksamheter", tot[0], tot[1], tot[2], round((tot[2] - tot[1]) / tot[1] * 100, 1)])
    wb.properties.creator = "Hagfors kommun"
    path = os.path.join(OUT, "hagfors-befolkning-och-nyckeltal.xlsx")
    wb.save(path)
    normalize_zip(path)


def build_md():
    txt = f"""# Pressmeddelande: Fullmäktige har antagit budgeten för 2025

**Hagfors kommun, 2024-11-26**

Kommunfullmäktige i Hagfors antog på måndagskvällen Mål och budget 2025 med plan för 2026–2027. Skattesatsen blir oförändrad, 22,86 kronor, och kommunen budgeterar ett överskott på 21,6 miljoner kronor.

– Vi tar ansvar för ekonomin och investerar samtidigt i det som är viktigast för hagforsborna: förskola, skola och trygg äldreomsorg, säger kommunstyrelsens ordförande Anna-Karin Lindqvist (S).

## Det här innebär budgeten

- Investeringar på totalt {fmt(INV_SUM[0])} miljoner kronor under 2025, bland annat en ny förskola vid Älvstranden.
- Ett effektiviseringskrav på 1 procent för alla nämnder.
- Socialnämnden ska minska kostnaderna med 4,7 miljoner kronor.
- 700 000 kronor till en ny lekplats i Råda.

Kommunen har också beviljats 3,2 miljoner kronor i statsbidrag från Boverket för att rusta upp utemiljöer vid skolorna i Ekshärad och Sunnemo.

Beslutet fattades efter votering med 21 röster mot 14. Moderaterna och Kristdemokraterna hade lagt ett eget förslag med sänkt skatt.

**Kontakt**
Anna-Karin Lindqvist (S), kommunstyrelsens ordförande, 0563-185 10
Petra Nyqvist, ekonomichef, 0563-185 40
"""
    with open(os.path.join(OUT, "hagfors-pressmeddelande-budget-2025.md"), "w", encoding="utf-8") as f:
        f.write(txt)


def main():
    os.makedirs(OUT, exist_ok=True)
    build_budget()
    build_ar()
    build_html()
    build_docx()
    build_xlsx()
    build_md()


if __name__ == "__main__":
    main()
