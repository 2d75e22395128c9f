"""Finspångs kommun: budget PDF, delårsrapport PDF, HTML, DOCX protokoll, XLSX, press release (md)."""
import os
import docx
from docx.shared import Pt
import openpyxl
from openpyxl.styles import Font
from common import Doc, fmt, rezip, fix_docx_props, fix_xlsx_props, docx_table

YEARS = ["Bokslut 2024", "Budget 2025", "Budget 2026", "Plan 2027", "Plan 2028"]
RB = {  # mnkr
    "int": [412.6, 398.0, 405.3, 411.0, 417.2],
    "kost": [-2018.4, -2061.5, -2118.7, -2172.3, -2226.0],
    "avskr": [-96.2, -101.4, -108.9, -115.6, -121.3],
    "skatt": [1321.8, 1368.2, 1412.5, 1459.8, 1508.3],
    "bidrag": [412.3, 431.6, 452.9, 463.1, 471.4],
    "finint": [6.4, 5.0, 5.2, 5.2, 5.2],
    "finkost": [-14.9, -16.8, -18.4, -20.6, -22.9],
}
NAMNDER = [  # name, budget 2025, budget 2026, plan 2027, plan 2028 (mnkr nettokostnad)
    ("Kommunstyrelsen", 159.2, 168.4, 171.9, 175.3),
    ("Barn- och utbildningsnämnden", 718.3, 742.6, 761.2, 779.8),
    ("Socialnämnden", 561.0, 586.9, 604.5, 621.7),
    ("Samhällsplaneringsnämnden", 95.1, 98.7, 100.4, 102.6),
    ("Kultur- och fritidsnämnden", 69.8, 71.3, 72.6, 73.9),
    ("Bygg- och miljönämnden", 11.9, 12.4, 12.7, 13.0),
    ("Överförmyndarnämnden", 2.9, 3.1, 3.2, 3.3),
    ("Revisionen", 2.5, 2.6, 2.7, 2.7),
]
INV = {  # section -> list of (project, 2026, 2027, 2028) in tkr
    "Kommunstyrelsen": [
        ("IT-infrastruktur och digitalisering", 6500, 5000, 5000),
        ("Inventarier kommunhuset", 1200, 800, 800),
        ("Exploatering Lillängen etapp 2", 14000, 9500, 4000),
        ("Exploatering industriområde Dala", 8500, 12000, 6000),
        ("Energieffektivisering verksamhetslokaler", 4200, 4200, 4200),
        ("Solcellsanläggningar kommunala tak", 2800, 2800, 0),
        ("Fastighetsunderhåll, reinvesteringar", 20300, 19800, 24800),
    ],
    "Samhällsplaneringsnämnden": [
        ("Reinvestering gator och vägar", 12500, 12500, 13000),
        ("Gång- och cykelväg Vibjörnsbacken", 6800, 0, 0),
        ("Gång- och cykelväg Rejmyre–Skärblacka", 0, 9200, 9200),
        ("Trafiksäkerhetsåtgärder skolvägar", 1500, 1500, 1500),
        ("Gatubelysning, utbyte till LED", 3200, 3200, 2000),
        ("Lekplatser och parker", 2400, 1800, 1800),
        ("Broar och tunnlar", 3600, 2500, 2500),
        ("Dagvattenåtgärder centrum", 4100, 2000, 0),
        ("Torget Finspång, upprustning", 9800, 0, 0),
    ],
    "Barn- och utbildningsnämnden": [
        ("Ny förskola Högby (8 avdelningar)", 42000, 31000, 0),
        ("Ombyggnad Nyhemsskolan", 18500, 24000, 6000),
        ("Bergska skolan, ventilation", 5600, 0, 0),
        ("Skolgårdar, upprustning", 2500, 2500, 2500),
        ("Inventarier förskola och skola", 3800, 3300, 3300),
        ("Digitala verktyg elever", 4500, 4500, 4500),
        ("Ny skola Lotorp, projektering", 0, 0, 30000),
    ],
    "Socialnämnden": [
        ("Nytt särskilt boende Grosvad (60 platser)", 28000, 46000, 62000),
        ("Trygghetsskapande teknik, välfärdsteknik", 3100, 2600, 2600),
        ("Inventarier särskilda boenden", 1900, 1400, 1400),
        ("LSS-boende Storängen", 6500, 14500, 0),
    ],
    "Kultur- och fritidsnämnden": [
        ("Ishallen, ny kylanläggning", 11200, 0, 0),
        ("Motionsspår och friluftsområden", 1400, 1400, 1400),
        ("Biblioteket, ombyggnad entré", 2300, 0, 0),
        ("Konstgräsplan Arena Grosvad", 0, 7800, 0),
        ("Inventarier fritidsgårdar", 600, 600, 600),
    ],
    "Bygg- och miljönämnden": [
        ("Verksamhetssystem bygglov", 900, 0, 0),
    ],
}
BEF = [  # år, folkmängd, födda, döda, inflyttade, utflyttade
    (2016, 21578, 228, 245, 1187, 1068),
    (2017, 21711, 236, 251, 1203, 1055),
    (2018, 21866, 241, 238, 1179, 1027),
    (2019, 21949, 222, 246, 1122, 1015),
    (2020, 22030, 219, 268, 1098, 968),
    (2021, 22079, 231, 249, 1075, 1008),
    (2022, 22049, 207, 262, 1041, 1016),
    (2023, 21987, 198, 255, 1018, 1023),
    (2024, 21934, 193, 247, 1002, 1001),
    (2025, 21905, 189, 251, 1013, 980),
]
NYCKEL = [  # år, skattesats, nettokostnad kr/inv, soliditet %, årets resultat mnkr
    (2021, 22.16, 71240, 38.4, 58.2),
    (2022, 22.16, 73910, 37.9, 44.7),
    (2023, 22.16, 77630, 36.2, 12.9),
    (2024, 22.16, 80210, 35.5, 23.6),
    (2025, 22.16, 83450, 34.8, 27.8),
]

HEAD = "Finspångs kommun – Mål och budget 2026 med plan 2027–2028"


def rb_rows(neg="-"):
    r = RB
    n = len(YEARS)
    vnk = [r["int"][i] + r["kost"][i] + r["avskr"][i] for i in range(n)]
    vr = [vnk[i] + r["skatt"][i] + r["bidrag"][i] for i in range(n)]
    res = [vr[i] + r["finint"][i] + r["finkost"][i] for i in range(n)]
    f = lambda xs: [fmt(x, neg=neg) for x in xs]
    rows = [
        (["Verksamhetens intäkter", "1"] + f(r["int"]), ""),
        (["Verksamhetens kostnader", "2"] + f(r["kost"]), ""),
        (["Avskrivningar", "3"] + f(r["avskr"]), ""),
        (["Verksamhetens nettokostnader", ""] + f(vnk), "B"),
        (["Skatteintäkter", "4"] + f(r["skatt"]), ""),
        (["Generella statsbidrag och utjämning", "5"] + f(r["bidrag"]), ""),
        (["Verksamhetens resultat", ""] + f(vr), "B"),
        (["Finansiella intäkter", ""] + f(r["finint"]), ""),
        (["Finansiella kostnader", "6"] + f(r["finkost"]), ""),
        (["Resultat efter finansiella poster", ""] + f(res), "B"),
        (["Extraordinära poster", ""] + ["0,0"] * n, ""),
        (["Årets resultat", ""] + f(res), "B"),
    ]
    return rows, res, vnk


def budget_pdf(path):
    pdf = Doc(HEAD)
    pdf.cover("Mål och budget 2026", "med plan för 2027–2028\nFinspångs kommun",
              ["Beslutad av kommunfullmäktige 2025-11-26, § 148", "Dnr KS.2025.0412", "Finspångs kommun, 612 80 Finspång"])
    pdf.add_page()
    pdf.h1("Innehåll")
    for t, p in [("Förord", 2), ("Omvärld och förutsättningar", 3), ("Vision och mål", 4), ("Ekonomiska förutsättningar", 5),
                 ("Resultatbudget", 6), ("Balansbudget och kassaflödesbudget", 7), ("Driftbudget per nämnd", 8),
                 ("Nämndernas uppdrag", 9), ("Investeringsbudget 2026–2028", 10), ("Noter", 12)]:
        pdf.cell(150, 6, t)
        pdf.cell(0, 6, str(p), align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.h1("Förord")
    pdf.para("Finspång står inför en period där befolkningen blir äldre samtidigt som antalet barn i förskoleåldern minskar. "
             "Det ställer krav på att vi flyttar resurser dit behoven finns och att vi fortsätter att effektivisera vår egen organisation.")
    pdf.para("I budgeten för 2026 prioriterar vi skolan och äldreomsorgen. Barn- och utbildningsnämnden får ett tillskott på 24,3 miljoner kronor "
             "och socialnämnden 25,9 miljoner kronor jämfört med 2025. Samtidigt ska alla nämnder gemensamt genomföra effektiviseringar "
             "om 18,5 miljoner kronor under 2026.")
    pdf.para("Skattesatsen lämnas oförändrad på 22,16 kronor per hundralapp. Vi bedömer att det är möjligt att klara de finansiella målen "
             "utan skattehöjning, men marginalerna är små och varje nämnd måste hålla sin budget.")
    pdf.para("Investeringsnivån är fortsatt hög. Den nya förskolan i Högby och det nya särskilda boendet på Grosvad är de största "
             "projekten under planperioden. För att inte låneskulden ska växa för snabbt har vi skjutit fram flera mindre projekt.")
    pdf.para("Jag vill tacka alla medarbetare för det arbete som görs varje dag i verksamheterna.")
    pdf.para("Finspång i november 2025\nAnnika Höglund (S)\nKommunstyrelsens ordförande")
    pdf.add_page()
    pdf.h1("Omvärld och förutsättningar")
    pdf.para("Svensk ekonomi har återhämtat sig under 2025 efter två år med låg tillväxt och hög inflation. Sveriges Kommuner och Regioner "
             "(SKR) bedömer att skatteunderlaget växer med 4,1 procent 2026. Samtidigt ökar kostnaderna för pensioner och löner.")
    pdf.para("Befolkningen i Finspång uppgick till 21 934 invånare den 31 december 2024. Budgeten bygger på ett antagande om 21 850 invånare "
             "den 1 november 2025, vilket är det invånarantal som skatteintäkterna beräknas på.")
    pdf.para("Antalet invånare som är 80 år eller äldre förväntas öka med cirka 90 personer per år under planperioden, medan antalet barn "
             "i åldern 1–5 år minskar. Förskoleverksamheten planerar därför att avveckla två avdelningar i centralorten under 2026.")
    pdf.para("Arbetsmarknaden i kommunen är fortsatt stark, men arbetslösheten bland unga ligger över rikets genomsnitt. Kommunen "
             "avsätter 4,7 miljoner kronor till feriejobb och arbetsmarknadsinsatser för unga under 2026.")
    pdf.h2("Risker och känslighetsanalys")
    pdf.para("En procents förändring av skatteunderlaget motsvarar cirka 14,1 miljoner kronor. En löneökning som är en procentenhet högre "
             "än budgeterat innebär ökade kostnader med cirka 12,8 miljoner kronor.")
    pdf.add_page()
    pdf.h1("Vision och mål")
    pdf.para("Kommunens vision är \"Finspång – en plats att växa i\". Kommunfullmäktige har fastställt fyra inriktningsmål för mandatperioden:")
    pdf.bullets(["Fler barn och unga ska nå målen i skolan.",
                 "Äldre ska kunna leva ett självständigt och tryggt liv.",
                 "Finspång ska vara en attraktiv kommun att bo, verka och besöka i.",
                 "Kommunen ska ha en ekonomi i balans och en effektiv organisation."])
    pdf.h2("Finansiella mål")
    pdf.para("Årets resultat ska uppgå till minst 1,5 procent av skatteintäkter och generella statsbidrag i genomsnitt över en "
             "femårsperiod. Investeringarna ska till minst 60 procent finansieras med egna medel över planperioden. "
             "Soliditeten inklusive pensionsförpliktelser ska inte understiga 30 procent.")
    pdf.para("Budgeterat resultat för 2026 motsvarar 1,6 procent av skatteintäkter och generella statsbidrag.")
    pdf.h2("Verksamhetsmål 2026 (urval)")
    pdf.bullets(["Andelen elever i årskurs 9 som är behöriga till gymnasiet ska öka till minst 85 procent.",
                 "Andelen brukare i hemtjänsten som är nöjda med sin hemtjänst ska vara minst 90 procent.",
                 "Sjukfrånvaron bland kommunens medarbetare ska minska till högst 6,5 procent.",
                 "Minst 120 nya bostäder ska påbörjas i kommunen under 2026."])
    pdf.add_page()
    pdf.h1("Ekonomiska förutsättningar")
    pdf.h2("Skattesats")
    pdf.para("Den kommunala skattesatsen för 2026 är 22,16 kronor per skattekrona, oförändrad jämfört med 2025. Tillsammans med "
             "Region Östergötlands skattesats på 11,55 kronor blir den totala skattesatsen 33,71 kronor.")
    pdf.h2("Effektiviseringar och besparingar")
    pdf.para("För att klara resultatmålet genomförs effektiviseringar om totalt 18,5 miljoner kronor 2026. Av dessa avser 6,2 miljoner kronor "
             "barn- och utbildningsnämnden, 5,8 miljoner kronor socialnämnden och 3,1 miljoner kronor kommunstyrelsen. Övriga nämnder "
             "svarar för resterande del.")
    pdf.para("Kommunstyrelsen får i uppdrag att minska lokalkostnaderna med 2,5 miljoner kronor till 2027 genom att avveckla lokaler "
             "som inte längre behövs.")
    pdf.h2("Löner och prisuppräkning")
    pdf.para("Nämndernas ramar har räknats upp med 3,2 procent för löner och 2,0 procent för övriga kostnader. En central "
             "lönepott om 700 000 kronor avsätts för särskilda satsningar på bristyrken.")
    pdf.h2("Pensioner och finansiella kostnader")
    pdf.para("Pensionskostnaderna ökar med 9,4 miljoner kronor jämfört med 2025. Räntekostnaderna beräknas med en genomsnittlig "
             "ränta på 3,1 procent. Låneskulden beräknas uppgå till 690 miljoner kronor vid utgången av 2026.")
    pdf.add_page()
    pdf.h1("Resultatbudget")
    rows, res, vnk = rb_rows()
    hdr = [["", "", "Bokslut", "Budget", "Budget", "Plan", "Plan"],
           ["Belopp i mnkr", "Not", "2024", "2025", "2026", "2027", "2028"]]
    pdf.table(hdr, rows, [58, 10, 20, 20, 20, 21, 21], caption="Resultatbudget")
    pdf.footnote("Generella statsbidrag och utjämning enligt SKR:s prognos från oktober 2025 (cirkulär 25:41).")
    pdf.ln(3)
    pdf.para("Verksamhetens nettokostnader ökar med 3,3 procent mellan 2025 och 2026, medan skatteintäkter och generella "
             "statsbidrag ökar med 3,6 procent.")
    pdf.add_page()
    pdf.h1("Balansbudget och kassaflödesbudget")
    bal = [
        ("TILLGÅNGAR", None, "S"),
        ("Immateriella anläggningstillgångar", [4.1, 3.8, 3.5, 3.2, 2.9], ""),
        ("Materiella anläggningstillgångar", [1612.4, 1738.9, 1864.2, 1975.0, 2042.8], ""),
        ("Finansiella anläggningstillgångar", [148.6, 148.6, 148.6, 148.6, 148.6], ""),
        ("Omsättningstillgångar", [312.7, 268.0, 255.4, 249.1, 246.0], ""),
        ("Summa tillgångar", None, "B"),
        ("EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER", None, "S"),
        ("Eget kapital", [743.9, 767.0, 796.9, 827.5, 859.4], ""),
        ("  därav årets resultat", [23.6, 23.1, 29.9, 30.6, 31.9], ""),
        ("Avsättningar för pensioner", [168.2, 176.5, 184.9, 192.6, 199.8], ""),
        ("Långfristiga skulder", [558.0, 625.0, 690.0, 745.0, 775.0], ""),
        ("Kortfristiga skulder", None, ""),
        ("Summa eget kapital och skulder", None, "B"),
    ]
    tot = [sum(b[1][i] for b in bal[1:5]) for i in range(5)]
    ek = [bal[7][1][i] + bal[9][1][i] + bal[10][1][i] for i in range(5)]
    kortf = [round(tot[i] - ek[i], 1) for i in range(5)]
    rows = []
    for lab, vals, st in bal:
        if st == "S":
            rows.append(([lab], "S"))
            continue
        if lab == "Summa tillgångar" or lab.startswith("Summa eget"):
            vals = tot
        if lab == "Kortfristiga skulder":
            vals = kortf
        rows.append(([lab] + [fmt(v) for v in vals], st))
    hdr = [["", "Bokslut", "Budget", "Budget", "Plan", "Plan"],
           ["Belopp i mnkr", "2024", "2025", "2026", "2027", "2028"]]
    pdf.table(hdr, rows, [72, 19, 19, 19, 20, 21], caption="Balansbudget")
    kf = [
        ("Den löpande verksamheten", None, "S"),
        ("Årets resultat", [23.6, 23.1, 29.9, 30.6, 31.9], ""),
        ("Justering för avskrivningar", [96.2, 101.4, 108.9, 115.6, 121.3], ""),
        ("Justering för pensionsavsättningar", [7.9, 8.3, 8.4, 7.7, 7.2], ""),
        ("Förändring rörelsekapital", [-12.6, 4.0, 2.0, 1.0, 1.0], ""),
        ("Kassaflöde från den löpande verksamheten", None, "B"),
        ("Investeringsverksamheten", None, "S"),
        ("Investeringar i materiella anläggningstillgångar", [-171.3, -227.9, -234.2, -226.4, -189.1], ""),
        ("Kassaflöde från investeringsverksamheten", None, "B"),
        ("Finansieringsverksamheten", None, "S"),
        ("Nyupptagna lån", [40.0, 67.0, 65.0, 55.0, 30.0], ""),
        ("Kassaflöde från finansieringsverksamheten", None, "B"),
        ("Årets kassaflöde", None, "B"),
    ]
    lop = [sum(kf[j][1][i] for j in range(1, 5)) for i in range(5)]
    inv = kf[7][1]
    fin = kf[10][1]
    rows = []
    for lab, vals, st in kf:
        if st == "S":
            rows.append(([lab], "S")); continue
        if lab.startswith("Kassaflöde från den"): vals = lop
        if lab.startswith("Kassaflöde från inv"): vals = inv
        if lab.startswith("Kassaflöde från fin"): vals = fin
        if lab == "Årets kassaflöde": vals = [lop[i] + inv[i] + fin[i] for i in range(5)]
        rows.append(([lab] + [fmt(v, neg="–") for v in vals], st))
    pdf.table(hdr, rows, [72, 19, 19, 19, 20, 21], caption="Kassaflödesbudget")
    pdf.add_page()
    pdf.h1("Driftbudget per nämnd")
    pdf.para("Tabellen visar nämndernas budgetramar (nettokostnad). Kolumnen kr per invånare är beräknad på 21 850 invånare.")
    rows = []
    s25 = s26 = 0
    for n, b25, b26, p27, p28 in NAMNDER:
        s25 += b25; s26 += b26
        rows.append(([n, fmt(b25), fmt(b26), fmt(b26 - b25, plus=True), fmt((b26 - b25) / b25 * 100), fmt(p27), fmt(p28),
                      fmt(b26 * 1e6 / 21850, 0)], ""))
    _, _, vnk = rb_rows()
    ff25 = -vnk[1] - s25; ff26 = -vnk[2] - s26
    p27s = sum(x[3] for x in NAMNDER); p28s = sum(x[4] for x in NAMNDER)
    ff27 = -vnk[3] - p27s; ff28 = -vnk[4] - p28s
    rows.append((["Summa nämnder", fmt(s25), fmt(s26), fmt(s26 - s25, plus=True), fmt((s26 - s25) / s25 * 100), fmt(p27s), fmt(p28s), fmt(s26 * 1e6 / 21850, 0)], "B"))
    rows.append((["Finansförvaltning och pensioner¹", fmt(ff25), fmt(ff26), fmt(ff26 - ff25, plus=True), fmt((ff26 - ff25) / ff25 * 100), fmt(ff27), fmt(ff28), fmt(ff26 * 1e6 / 21850, 0)], ""))
    rows.append((["Verksamhetens nettokostnader", fmt(-vnk[1]), fmt(-vnk[2]), fmt(-vnk[2] + vnk[1], plus=True), fmt((vnk[2] - vnk[1]) / vnk[1] * 100), fmt(-vnk[3]), fmt(-vnk[4]), fmt(-vnk[2] * 1e6 / 21850, 0)], "B"))
    hdr = [["", "Budget", "Budget", "Förändring", "Förändring", "Plan", "Plan", "kr per inv."],
           ["Belopp i mnkr", "2025", "2026", "mnkr", "%", "2027", "2028", "2026"]]
    pdf.table(hdr, rows, [50, 16, 16, 18, 18, 16, 16, 20], fs=7.8, caption="Driftbudget per nämnd")
    pdf.footnote("¹ Inkluderar avskrivningar, pensionskostnader, internränta och centrala poster.")
    pdf.add_page()
    pdf.h1("Nämndernas uppdrag")
    txt = {
        "Kommunstyrelsen": "Kommunstyrelsen leder och samordnar kommunens verksamhet och ansvarar för bland annat näringsliv, "
                           "kommunikation, HR, ekonomi och IT. Ramen ökar med 9,2 miljoner kronor, varav 3,5 miljoner kronor avser "
                           "ökade licenskostnader för verksamhetssystem.",
        "Barn- och utbildningsnämnden": "Nämnden ansvarar för förskola, grundskola, gymnasieskola och vuxenutbildning. Satsningen på "
                           "tidiga insatser i läsning fortsätter med 2,4 miljoner kronor. Två förskoleavdelningar avvecklas.",
        "Socialnämnden": "Socialnämnden ansvarar för äldreomsorg, stöd till personer med funktionsnedsättning, individ- och familjeomsorg. "
                         "Antalet platser i särskilt boende utökas med 12 platser under hösten 2026.",
        "Samhällsplaneringsnämnden": "Nämnden ansvarar för fysisk planering, gator, parker och kollektivtrafik. Vinterväghållningen "
                         "budgeteras till 8,9 miljoner kronor.",
        "Kultur- och fritidsnämnden": "Nämnden ansvarar för bibliotek, kulturskola, fritidsgårdar och idrottsanläggningar. "
                         "Avgiften i kulturskolan höjs från 500 kronor till 600 kronor per termin.",
    }
    for k, v in txt.items():
        pdf.h2(k)
        pdf.para(v)
    pdf.h2("Bygg- och miljönämnden, överförmyndarnämnden och revisionen")
    pdf.para("Ramarna för de mindre nämnderna räknas upp med pris- och lönekompensation. Revisionens budget fastställs av fullmäktiges presidium.")
    # landscape investment budget
    pdf.add_page(orientation="L")
    pdf.h1("Investeringsbudget 2026–2028")
    pdf.para("Investeringsbudgeten omfattar 234,2 miljoner kronor 2026. Belopp i tkr. Projekt över 20 miljoner kronor beslutas särskilt av kommunfullmäktige.")
    rows = []
    tot = [0, 0, 0]
    for sec, prs in INV.items():
        rows.append(([sec], "S"))
        st = [0, 0, 0]
        for p, a, b, c in prs:
            rows.append(([p, fmt(a, 0), fmt(b, 0), fmt(c, 0), fmt(a + b + c, 0)], ""))
            st = [st[0] + a, st[1] + b, st[2] + c]
        rows.append(([f"Summa {sec.lower()}", fmt(st[0], 0), fmt(st[1], 0), fmt(st[2], 0), fmt(sum(st), 0)], "B"))
        tot = [tot[i] + st[i] for i in range(3)]
    rows.append((["Totalt investeringar", fmt(tot[0], 0), fmt(tot[1], 0), fmt(tot[2], 0), fmt(sum(tot), 0)], "B"))
    hdr = [["Projekt", "Budget 2026", "Plan 2027", "Plan 2028", "Totalt 2026–2028"],
           ["", "tkr", "tkr", "tkr", "tkr"]]
    pdf.table(hdr, rows, [130, 32, 32, 32, 36], rh=5.4, caption="Investeringsbudget per nämnd och projekt",
              cont_caption="Investeringsbudget per nämnd och projekt (forts.)")
    pdf.footnote("Exploateringsinvesteringar redovisas brutto. Försäljningsintäkter från tomtmark beräknas till 6 000 tkr 2026.")
    pdf.add_page(orientation="P")
    pdf.h1("Noter")
    notes = ["Not 1. Verksamhetens intäkter omfattar taxor, avgifter, hyror och riktade statsbidrag.",
             "Not 2. Verksamhetens kostnader omfattar personalkostnader, lokalkostnader, köp av verksamhet och övriga kostnader.",
             "Not 3. Avskrivningar beräknas linjärt enligt komponentavskrivning.",
             "Not 4. Skatteintäkterna beräknas på 21 850 invånare och en skattesats på 22,16 kronor.",
             "Not 5. Inklusive inkomstutjämning, kostnadsutjämning, LSS-utjämning och fastighetsavgift.",
             "Not 6. Räntekostnader beräknade med en genomsnittlig ränta om 3,1 procent."]
    for n in notes:
        pdf.para(n)
    pdf.output(path)
    return tot


def delar_pdf(path):
    pdf = Doc("Finspångs kommun – Delårsrapport januari–augusti 2025")
    pdf.cover("Delårsrapport", "januari–augusti 2025\nFinspångs kommun", ["Kommunstyrelsen 2025-10-07", "Kommunfullmäktige 2025-10-22"])
    pdf.add_page()
    pdf.h1("Sammanfattning")
    pdf.para("Kommunens resultat för perioden januari–augusti 2025 uppgår till 61,4 miljoner kronor. Resultatet för helåret prognostiseras "
             "till 27,8 miljoner kronor, vilket är 4,7 miljoner kronor bättre än budget. Det förbättrade resultatet beror främst på högre "
             "skatteintäkter än budgeterat.")
    pdf.para("Nämnderna prognostiserar sammantaget ett underskott på 14,3 miljoner kronor. Det största underskottet finns inom "
             "socialnämnden, där kostnaderna för placeringar av barn och unga har ökat kraftigt.")
    pdf.para("Investeringarna uppgick till 98,6 miljoner kronor under perioden. Helårsprognosen för investeringar är 171,0 miljoner kronor, "
             "jämfört med budgeterade 227,9 miljoner kronor.")
    pdf.h2("Väsentliga händelser")
    pdf.bullets(["Bygget av den nya förskolan i Högby startade i maj 2025.",
                 "Kommunen tecknade avtal med Region Östergötland om en gemensam mobil närvård.",
                 "Sjukfrånvaron sjönk till 6,9 procent under perioden, jämfört med 7,4 procent samma period 2024.",
                 "Kommunfullmäktige beslutade i juni om ett nytt bostadsförsörjningsprogram."])
    pdf.add_page()
    pdf.h1("Ekonomisk analys")
    pdf.para("Skatteintäkter och generella statsbidrag beräknas bli 8,6 miljoner kronor högre än budget enligt SKR:s augustiprognos.")
    rows = []
    s = [0, 0]
    prog = {"Kommunstyrelsen": 155.3, "Barn- och utbildningsnämnden": 722.9, "Socialnämnden": 573.6,
            "Samhällsplaneringsnämnden": 95.9, "Kultur- och fritidsnämnden": 70.4, "Bygg- och miljönämnden": 11.5,
            "Överförmyndarnämnden": 2.9, "Revisionen": 2.5}
    for n, b25, *_ in NAMNDER:
        p = prog[n]
        s[0] += b25; s[1] += p
        rows.append(([n, fmt(b25), fmt(p), fmt(b25 - p, neg="–")], ""))
    rows.append((["Summa nämnder", fmt(s[0]), fmt(s[1]), fmt(s[0] - s[1], neg="–")], "B"))
    hdr = [["", "Budget", "Prognos", "Avvikelse"], ["Nämnd, mnkr", "2025", "helår 2025", "mot budget"]]
    pdf.table(hdr, rows, [80, 28, 30, 32], caption="Nämndernas prognos för helåret 2025")
    pdf.footnote("Negativt tecken anger underskott mot budget.")
    pdf.ln(3)
    pdf.h2("Socialnämnden")
    pdf.para("Socialnämnden prognostiserar ett underskott. Placeringar av barn och unga beräknas kosta 11,2 miljoner kronor mer än budgeterat. "
             "Nämnden har beslutat om en åtgärdsplan.")
    pdf.h2("Barn- och utbildningsnämnden")
    pdf.para("Underskottet förklaras av fler elever i gymnasieskolan än budgeterat och ökade kostnader för skolskjuts.")
    pdf.add_page()
    pdf.h1("Resultaträkning")
    hdr = [["", "Utfall", "Utfall", "Budget", "Prognos"], ["Belopp i mnkr", "jan–aug 2024", "jan–aug 2025", "2025", "2025"]]
    rr = [
        (["Verksamhetens intäkter", "268,1", "271,4", "398,0", "409,2"], ""),
        (["Verksamhetens kostnader", "-1 297,8", "-1 330,6", "-2 061,5", "-2 082,3"], ""),
        (["Avskrivningar", "-63,0", "-66,1", "-101,4", "-99,8"], ""),
        (["Verksamhetens nettokostnader", "-1 092,7", "-1 125,3", "-1 764,9", "-1 772,9"], "B"),
        (["Skatteintäkter", "881,2", "912,5", "1 368,2", "1 374,1"], ""),
        (["Generella statsbidrag och utjämning", "274,9", "285,6", "431,6", "434,3"], ""),
        (["Finansiella intäkter", "4,1", "3,6", "5,0", "5,4"], ""),
        (["Finansiella kostnader", "-9,6", "-15,0", "-16,8", "-13,1"], ""),
        (["Periodens resultat", "57,9", "61,4", "23,1", "27,8"], "B"),
    ]
    pdf.table(hdr, rr, [62, 27, 27, 27, 27], caption="Resultaträkning för kommunen")
    pdf.h2("Personal")
    pdf.para("Den 31 augusti 2025 hade kommunen 2 184 tillsvidareanställda medarbetare, vilket är 37 färre än vid samma tidpunkt 2024.")
    pdf.output(path)


HTML_TMPL = """<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Så används din skatt - Finspångs kommun</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/static/css/site.css">
<script src="/static/js/cookieconsent.js"></script>
</head>
<body>
<div id="cookie-banner" class="cookie">
  <p>Vi använder kakor (cookies) för att förbättra webbplatsen. <a href="/om-webbplatsen/kakor.html">Läs mer om kakor</a></p>
  <button>Godkänn alla</button> <button>Endast nödvändiga</button>
</div>
<header class="site-header">
  <a class="logo" href="/">Finspångs kommun</a>
  <nav class="main-nav">
    <ul>
      <li><a href="/barn-och-utbildning">Barn och utbildning</a></li>
      <li><a href="/omsorg-och-stod">Omsorg och stöd</a></li>
      <li><a href="/bygga-bo-och-miljo">Bygga, bo och miljö</a></li>
      <li><a href="/kultur-och-fritid">Kultur och fritid</a></li>
      <li><a href="/kommun-och-politik">Kommun och politik</a></li>
    </ul>
  </nav>
  <form class="search"><input type="search" placeholder="Sök på webbplatsen"><button>Sök</button></form>
</header>
<nav class="breadcrumbs">Startsida &gt; Kommun och politik &gt; Ekonomi &gt; Så används din skatt</nav>
<main>
<article>
<h1>Så används din skatt</h1>
<p class="ingress">Varje gång du tjänar 100 kronor betalar du 22,16 kronor i skatt till Finspångs kommun. Här kan du se hur kommunen använder pengarna.</p>
<p>Kommunens verksamhet finansieras till största delen av skatteintäkter. Under 2026 beräknas skatteintäkterna uppgå till cirka 1,4 miljarder kronor. Dessutom får kommunen generella statsbidrag och utjämning från staten.</p>
<h2>Så fördelas en hundralapp i skatt 2026</h2>
<table class="table">
<caption>Fördelning av 100 kronor i kommunalskatt, budget 2026</caption>
<thead><tr><th>Verksamhet</th><th>Kronor</th></tr></thead>
<tbody>
{rows}
</tbody>
</table>
<p>Fördelningen bygger på nettokostnaderna i Mål och budget 2026. Avrundning gör att summan kan avvika något.</p>
<h2>Din totala skatt</h2>
<p>Utöver kommunalskatten betalar du 11,55 kronor per hundralapp till Region Östergötland, som ansvarar för bland annat hälso- och sjukvård och kollektivtrafik. Den totala skattesatsen i Finspång är 33,71 kronor för 2026.</p>
<p>En person som tjänar 35 000 kronor i månaden betalar ungefär 7 756 kronor per månad i kommunalskatt före avdrag.</p>
<h2>Vill du veta mer?</h2>
<p>Läs hela Mål och budget 2026 under <a href="/kommun-och-politik/ekonomi/budget">Budget och planering</a>. Frågor besvaras av ekonomiavdelningen via Kontaktcenter, telefon 0122-850 00.</p>
<p class="meta">Publicerad: 2025-12-15 · Senast uppdaterad: 2026-01-12</p>
</article>
</main>
<footer class="site-footer">
  <p>Finspångs kommun, 612 80 Finspång · Besöksadress: Stora Hyttans väg 4 · Telefon 0122-850 00 · E-post: kommun@finspang.se</p>
  <ul><li><a href="/tillganglighet">Tillgänglighetsredogörelse</a></li><li><a href="/personuppgifter">Behandling av personuppgifter</a></li><li><a href="/om-webbplatsen/kakor.html">Kakor</a></li></ul>
</footer>
</body>
</html>
"""
SKATT = [("Grundskola och fritidshem", 24.10), ("Äldreomsorg", 19.85), ("Förskola och pedagogisk omsorg", 11.40),
         ("Stöd till personer med funktionsnedsättning", 10.65), ("Gymnasieskola och vuxenutbildning", 9.20),
         ("Individ- och familjeomsorg", 6.85), ("Gator, vägar, parker och samhällsplanering", 5.30),
         ("Kultur och fritid", 3.95), ("Politik, administration och övrigt", 8.70)]


def html(path):
    assert abs(sum(x[1] for x in SKATT) - 100) < 0.001
    rows = "\n".join(f"<tr><td>{a}</td><td>{fmt(b, 2)}</td></tr>" for a, b in SKATT)
    rows += "\n<tr class=\"sum\"><td><strong>Totalt</strong></td><td><strong>100,00</strong></td></tr>"
    with open(path, "w", encoding="utf-8") as f:
        f.write(HTML_TMPL.replace("{rows}", rows))


def protokoll(path):
    d = docx.Document()
    st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
    d.add_paragraph("Finspångs kommun").runs[0].bold = True
    d.add_paragraph("SAMMANTRÄDESPROTOKOLL")
    d.add_paragraph("Kommunstyrelsen")
    d.add_paragraph("Sammanträdesdatum: 2025-11-11")
    d.add_paragraph("Plats och tid: Kommunhuset, sammanträdesrum Hyttan, kl. 08.30–12.15")
    d.add_paragraph("Beslutande: Annika Höglund (S), ordförande, Per-Olof Nyberg (M), Lina Hedström (C), Jonas Ek (SD), "
                    "Maria Sjögren (S), Tomas Alm (KD), Erik Lund (L), Sara Wiklund (V), Kent Persson (S), Ingela Falk (M), Ahmed Saleh (S)")
    d.add_paragraph("Justerare: Per-Olof Nyberg (M)")
    d.add_paragraph("Sekreterare: Helena Borg")
    d.add_heading("§ 187 Mål och budget 2026 med plan 2027–2028", level=2)
    d.add_paragraph("Dnr KS.2025.0412")
    d.add_paragraph("Ärendebeskrivning: Kommunstyrelsens ordförande har tagit fram ett förslag till Mål och budget 2026 med plan "
                    "2027–2028. Förslaget innebär en oförändrad skattesats på 22,16 kronor och ett budgeterat resultat på 29,9 miljoner kronor.")
    d.add_paragraph("Moderaterna och Sverigedemokraterna har lämnat ett gemensamt alternativt budgetförslag med en skattesänkning om "
                    "10 öre och ett resultat på 17,6 miljoner kronor.")
    d.add_paragraph("Förslag till beslut: Kommunstyrelsen föreslår kommunfullmäktige att fastställa skattesatsen för 2026 till 22,16 kronor, "
                    "att godkänna Mål och budget 2026 med plan 2027–2028 samt att ge kommunstyrelsen rätt att under 2026 nyupplåna "
                    "65 miljoner kronor.")
    d.add_paragraph("Beslutsgång: Ordföranden ställer proposition på ordförandens förslag och Per-Olof Nybergs (M) förslag och finner att "
                    "kommunstyrelsen beslutar enligt ordförandens förslag. Votering begärs och genomförs. 7 ja-röster för ordförandens förslag "
                    "och 4 nej-röster för Per-Olof Nybergs förslag.")
    d.add_paragraph("Beslut: Kommunstyrelsen föreslår kommunfullmäktige besluta enligt förslaget.")
    d.add_paragraph("Reservation: Per-Olof Nyberg (M), Ingela Falk (M) och Jonas Ek (SD) reserverar sig mot beslutet till förmån för eget förslag. "
                    "Tomas Alm (KD) reserverar sig skriftligt.")
    d.add_heading("§ 188 Taxor och avgifter 2026", level=2)
    d.add_paragraph("Dnr KS.2025.0455")
    d.add_paragraph("Ärendebeskrivning: Nämnderna har lämnat förslag till förändrade taxor för 2026. Sammanställningen framgår av tabellen nedan.")
    docx_table(d, ["Taxa", "2025 (kr)", "2026 (kr)", "Förändring (%)"], [
        ["Kulturskolan, per termin", "500", "600", "20,0"],
        ["Bygglov enbostadshus", "28 400", "29 800", "4,9"],
        ["Hemtjänst, maxtaxa per månad", "2 576", "2 628", "2,0"],
        ["Tömning av slamavskiljare", "1 180", "1 240", "5,1"],
        ["Lokalhyra idrottshall, per timme", "220", "240", "9,1"],
    ])
    d.add_paragraph("Beslut: Kommunstyrelsen föreslår kommunfullmäktige att fastställa taxorna enligt förslaget. Beslutet är enhälligt.")
    d.add_heading("§ 189 Genomförandebeslut ny förskola Högby", level=2)
    d.add_paragraph("Dnr KS.2025.0318")
    d.add_paragraph("Ärendebeskrivning: Den nya förskolan i Högby får åtta avdelningar och plats för 144 barn. Totalkostnaden beräknas till "
                    "73 miljoner kronor, varav 42 miljoner kronor faller under 2026. Förskolan beräknas stå klar i augusti 2027.")
    d.add_paragraph("Beslut: Kommunstyrelsen beslutar att godkänna genomförandet av ny förskola i Högby. Sara Wiklund (V) deltar inte i beslutet.")
    d.add_heading("§ 190 Anmälan av delegationsbeslut", level=2)
    d.add_paragraph("Beslut: Kommunstyrelsen lägger redovisningen av delegationsbeslut till handlingarna.")
    d.add_paragraph("Justerandes signatur: ______________    Utdragsbestyrkande: ______________")
    fix_docx_props(d, "Protokoll kommunstyrelsen 2025-11-11", "Helena Borg")
    d.save(path)
    rezip(path)


def xlsx(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Befolkning"
    ws.append(["Befolkningsutveckling i Finspångs kommun 2016–2025"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(["Antal personer. Folkmängd avser den 31 december. Källa: SCB"])
    ws.append([])
    ws.append(["År", "Folkmängd", "Födda", "Döda", "Inflyttade", "Utflyttade", "Befolkningsförändring"])
    for c in ws[4]:
        c.font = Font(bold=True)
    prev = 21548
    for y, fm, fo, do, inn, ut in BEF:
        ws.append([y, fm, fo, do, inn, ut, fm - prev])
        prev = fm
    ws2 = wb.create_sheet("Nyckeltal")
    ws2.append(["Finansiella nyckeltal 2021–2025"])
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.append(["Skattesats i kronor, nettokostnad i kr per invånare, soliditet i procent, resultat i mnkr"])
    ws2.append([])
    ws2.append(["År", "Skattesats", "Nettokostnad per invånare", "Soliditet", "Årets resultat"])
    for c in ws2[4]:
        c.font = Font(bold=True)
    for row in NYCKEL:
        ws2.append(list(row))
    for r in ws2.iter_rows(min_row=5):
        r[1].number_format = "0.00"
        r[3].number_format = "0.0"
        r[4].number_format = "0.0"
    ws2.append([])
    ws2.append(["Årets resultat 2025 är preliminärt enligt delårsrapportens prognos."])
    fix_xlsx_props(wb, "Befolkning och nyckeltal", "Ekonomiavdelningen")
    wb.save(path)
    rezip(path)


PRESS = """# Budget 2026: Skolan och äldreomsorgen prioriteras i Finspång

**Pressmeddelande från Finspångs kommun, 2025-11-27**

Kommunfullmäktige i Finspång antog i går, den 26 november, Mål och budget 2026 med plan för 2027–2028. Skattesatsen lämnas oförändrad på 22,16 kronor.

– Vi väljer att satsa på barnen och de äldre. Det är där behoven växer, säger Annika Höglund (S), kommunstyrelsens ordförande.

Budgeten innebär att barn- och utbildningsnämnden och socialnämnden tillsammans får drygt 50 miljoner kronor mer än i år. Det budgeterade resultatet för 2026 är 29,9 miljoner kronor.

## Det här innehåller budgeten

- Fortsatt byggande av den nya förskolan i Högby och planering för ett nytt särskilt boende på Grosvad med 60 platser.
- 4,7 miljoner kronor till feriejobb och arbetsmarknadsinsatser för unga.
- 1,2 miljoner kronor för att förlänga öppettiderna på biblioteket i Finspång och Rejmyre.
- Effektiviseringar om 18,5 miljoner kronor i nämnderna.

Investeringarna uppgår till 234 miljoner kronor 2026, den högsta nivån i kommunens historia.

Oppositionen, Moderaterna och Sverigedemokraterna, röstade för ett eget budgetförslag med en sänkt skatt med 10 öre. Omröstningen i fullmäktige slutade 27–18.

**Kontakt:**
Annika Höglund (S), kommunstyrelsens ordförande, 0122-851 00
Lars Wennström, ekonomichef, 0122-852 30
"""


def build(outdir):
    os.makedirs(outdir, exist_ok=True)
    budget_pdf(os.path.join(outdir, "mal-och-budget-2026-plan-2027-2028.pdf"))
    delar_pdf(os.path.join(outdir, "delarsrapport-jan-aug-2025.pdf"))
    html(os.path.join(outdir, "sa-anvands-din-skatt.html"))
    protokoll(os.path.join(outdir, "protokoll-ks-2025-11-11.docx"))
    xlsx(os.path.join(outdir, "befolkning-och-nyckeltal.xlsx"))
    with open(os.path.join(outdir, "pressmeddelande-budget-2026.md"), "w", encoding="utf-8") as f:
        f.write(PRESS)
