"""Torsås kommun (small, Kalmar län): budget 2025 PDF, delårsrapport 2024 PDF, HTML news page, markdown."""
from decimal import Decimal as D

from common import Doc, fmt, q

MUNI = "Torsås kommun"
YEARS = ["Bokslut 2023", "Budget 2024", "Budget 2025", "Plan 2026", "Plan 2027"]

# ---------------------------------------------------------------- resultatbudget (mnkr)
RB = {
    "intakter": [D("98.4"), D("92.0"), D("95.6"), D("97.1"), D("98.9")],
    "kostnader": [D("-612.3"), D("-634.8"), D("-661.2"), D("-676.5"), D("-690.4")],
    "avskr": [D("-21.7"), D("-23.5"), D("-25.8"), D("-27.2"), D("-28.1")],
    "skatt": [D("381.2"), D("398.5"), D("414.7"), D("429.3"), D("444.0")],
    "bidrag": [D("168.9"), D("180.2"), D("192.4"), D("194.8"), D("196.5")],
    "finint": [D("2.1"), D("1.5"), D("1.6"), D("1.6"), D("1.6")],
    "finkost": [D("-4.3"), D("-5.2"), D("-6.4"), D("-7.0"), D("-7.5")],
}
NETTOKOSTNAD = [a + b + c for a, b, c in zip(RB["intakter"], RB["kostnader"], RB["avskr"])]
VERKRES = [n + s + b for n, s, b in zip(NETTOKOSTNAD, RB["skatt"], RB["bidrag"])]
RESULTAT = [v + i + k for v, i, k in zip(VERKRES, RB["finint"], RB["finkost"])]

# ---------------------------------------------------------------- driftbudget (tkr): (budget 2024, budget 2025)
DRIFT = [
    ("Politisk verksamhet", [("Kommunfullmäktige", 2050, 2140), ("Revision", 1120, 1180),
                             ("Valnämnd", 460, 90)]),
    ("Kommunstyrelsen", [("Kommunledningskontor", 38400, 40150), ("Samhällsbyggnad", 24600, 25900),
                         ("Räddningstjänst", 11200, 11850), ("Kultur och fritid", 9800, 10150)]),
    ("Barn- och utbildningsnämnden", [("Nämndadministration", 6200, 6450), ("Förskola", 48300, 50100),
                                      ("Grundskola", 112500, 116800), ("Gymnasieskola", 41700, 43900),
                                      ("Vuxenutbildning", 5900, 6100)]),
    ("Socialnämnden", [("Nämndadministration", 8100, 8350), ("Äldreomsorg", 142600, 149200),
                       ("Funktionsstöd", 44800, 47300), ("Individ- och familjeomsorg", 29400, 31600)]),
    ("Miljö- och byggnadsnämnden", [("Miljö- och byggnadsnämnden", 3900, 4050)]),
]
NAMND_SUM = {s: (sum(r[1] for r in rows), sum(r[2] for r in rows)) for s, rows in DRIFT}
TOT_NAMND = (sum(v[0] for v in NAMND_SUM.values()), sum(v[1] for v in NAMND_SUM.values()))
FINANSF = (int(-NETTOKOSTNAD[1] * 1000) - TOT_NAMND[0], int(-NETTOKOSTNAD[2] * 1000) - TOT_NAMND[1])

# ---------------------------------------------------------------- investeringar (tkr)
INV = [
    ("Ny förskola Söderåkra, etapp 1", "KS", 14500, 9800, 0),
    ("Om- och tillbyggnad Torsås skola", "KS", 6200, 8400, 5100),
    ("Energieffektivisering kommunhuset", "KS", 1800, 1200, 600),
    ("Solceller på kommunala tak", "KS", 900, 900, 900),
    ("Reinvestering gator och vägar", "KS", 3200, 3300, 3400),
    ("Gång- och cykelväg Bergkvara–Torsås", "KS", 4100, 2500, 0),
    ("Belysning, utbyte till LED", "KS", 700, 700, 500),
    ("Hamnen i Bergkvara, kajrenovering", "KS", 2600, 1500, 0),
    ("Exploatering Gunnarsbo industriområde", "KS", 3000, 2000, 1500),
    ("Lekplatser, upprustning", "KS", 450, 450, 450),
    ("Idrottshallen, nytt golv", "KS", 1300, 0, 0),
    ("Friluftsbad Kvarnaholm", "KS", 350, 800, 0),
    ("IT-infrastruktur och nätverk", "KS", 1100, 1000, 1000),
    ("Digitala tjänster och e-arkiv", "KS", 600, 500, 400),
    ("Räddningstjänsten, ny tankbil", "KS", 0, 4200, 0),
    ("Räddningstjänsten, skyddsutrustning", "KS", 300, 300, 300),
    ("Bibliotek, meröppet", "KS", 250, 0, 0),
    ("Inventarier förskola Söderåkra", "BUN", 900, 600, 0),
    ("Inventarier grundskola", "BUN", 700, 700, 700),
    ("Digitala lärverktyg", "BUN", 800, 800, 800),
    ("Skolgård Gullabo skola", "BUN", 500, 0, 0),
    ("Utemiljö förskolor", "BUN", 300, 300, 300),
    ("Larm och trygghetsteknik särskilt boende", "SN", 1200, 400, 400),
    ("Inventarier Lindgården", "SN", 600, 400, 400),
    ("Arbetsmiljöåtgärder hemtjänst", "SN", 250, 250, 250),
    ("Välfärdsteknik", "SN", 700, 700, 700),
    ("Bilar hemtjänst (eldrivna)", "SN", 900, 600, 600),
    ("Verksamhetssystem socialtjänst", "SN", 400, 0, 0),
    ("Mätinstrument och GIS-licenser", "MBN", 150, 100, 100),
    ("Digital bygglovshantering", "MBN", 200, 0, 0),
    ("Vatten och avlopp, överföringsledning", "KS (VA)", 6500, 7000, 4000),
    ("Vatten och avlopp, reinvestering ledningsnät", "KS (VA)", 2400, 2500, 2600),
    ("Reservvattentäkt Torsås", "KS (VA)", 0, 1500, 3500),
]
INV_TOT = [sum(r[i] for r in INV) for i in (2, 3, 4)]

BEF = [7021, 7005, 6995, 6990, 6985]
SKATTESATS = "22,36"


def balans():
    """Balance sheet, mnkr. Columns: Bokslut 2023, Prognos 2024, Budget 2025, Plan 2026, Plan 2027."""
    res = [RESULTAT[0], D("3.8"), RESULTAT[2], RESULTAT[3], RESULTAT[4]]
    avskr = [D("21.7"), D("23.0"), D("25.8"), D("27.2"), D("28.1")]
    inv = [D("39.4"), D("52.0")] + [q(D(x) / 1000) for x in INV_TOT]
    imm = [D("0.8"), D("0.6"), D("0.4"), D("0.3"), D("0.2")]
    mb, mask = [D("498.7")], [D("34.5")]
    for i in range(1, 5):
        da = avskr[i] - (imm[i - 1] - imm[i])
        mb.append(mb[-1] + q(inv[i] * D("0.86")) - q(da * D("0.82")))
        mask.append(mask[-1] + (inv[i] - q(inv[i] * D("0.86"))) - (da - q(da * D("0.82"))))
    fin = [D("21.4")] * 5
    forrad = [D("3.2"), D("3.4"), D("3.4"), D("3.4"), D("3.4")]
    ford = [D("58.9"), D("55.0"), D("56.0"), D("57.0"), D("58.0")]
    ek = [D("312.4")]
    for i in range(1, 5):
        ek.append(ek[-1] + res[i])
    avs = [D("28.6"), D("29.4"), D("30.1"), D("30.9"), D("31.6")]
    lang = [D("245.0"), D("265.0"), D("290.0"), D("305.0"), D("315.0")]
    kort = [D("96.2"), D("97.5"), D("98.4"), D("99.6"), D("100.8")]
    anl = [imm[i] + mb[i] + mask[i] + fin[i] for i in range(5)]
    kassa = [ek[i] + avs[i] + lang[i] + kort[i] - anl[i] - forrad[i] - ford[i] for i in range(5)]
    oms = [forrad[i] + ford[i] + kassa[i] for i in range(5)]
    tillg = [anl[i] + oms[i] for i in range(5)]
    return dict(imm=imm, mb=mb, mask=mask, fin=fin, anl=anl, forrad=forrad, ford=ford, kassa=kassa,
                oms=oms, tillg=tillg, ek=ek, res=res, avs=avs, lang=lang, kort=kort)


def budget_pdf(path):
    pdf = Doc(MUNI, "Budget 2025 och plan 2026–2027")
    # --- cover
    pdf.add_page()
    pdf.ln(40)
    pdf.set_font("DejaVu", "B", 28)
    pdf.multi_cell(0, 14, "Torsås kommun", align="C")
    pdf.set_font("DejaVu", "B", 20)
    pdf.multi_cell(0, 12, "Budget 2025\nPlan 2026–2027", align="C")
    pdf.ln(10)
    pdf.set_font("DejaVu", "", 11)
    pdf.multi_cell(0, 6, "Fastställd av kommunfullmäktige den 25 november 2024, § 118\nDnr KS 2024/0312",
                   align="C")
    # --- förord
    pdf.add_page()
    pdf.h1("Förord")
    pdf.para("Budgeten för 2025 tas fram i ett läge där kostnaderna för pensioner, löner och livsmedel "
             "fortsätter att öka snabbare än skatteintäkterna. Trots det lägger vi fram en budget med ett "
             "positivt resultat på 10,9 miljoner kronor och en oförändrad skattesats på 22,36 kronor.")
    pdf.para("Vi prioriterar barn och unga. Barn- och utbildningsnämnden får en ramökning på 8,8 miljoner "
             "kronor, bland annat för att klara fler elever i årskurs 7–9 och för att öppna den nya förskolan "
             "i Söderåkra hösten 2026. Socialnämnden får ett tillskott på 11,6 miljoner kronor, men får "
             "samtidigt i uppdrag att minska kostnaderna för externa placeringar med 2,5 miljoner kronor.")
    pdf.para("Investeringsnivån är fortsatt hög. Under perioden 2025–2027 planerar kommunen investeringar "
             f"på sammanlagt {fmt(D(sum(INV_TOT)) / 1000)} miljoner kronor, där förskolan i Söderåkra och "
             "överföringsledningen för vatten och avlopp är de största projekten. En del av investeringarna "
             "behöver lånefinansieras och låneskulden beräknas öka till 290 miljoner kronor vid utgången av 2025.")
    pdf.para("Jag vill tacka alla medarbetare och förtroendevalda som bidragit i budgetarbetet.")
    pdf.ln(4)
    pdf.para("Torsås i november 2024\n\nMarie Gustavsson (C)\nKommunstyrelsens ordförande")
    # --- innehåll / förutsättningar
    pdf.add_page()
    pdf.h1("Förutsättningar för budget 2025")
    pdf.h2("Omvärld och samhällsekonomi")
    pdf.para("Sveriges Kommuner och Regioner (SKR) bedömer i sin cirkulärprognos från oktober 2024 att "
             "skatteunderlaget växer med 4,1 procent 2025. Inflationen har sjunkit tillbaka, men den "
             "kraftiga prisökningen under 2022 och 2023 ligger kvar i kostnadsnivån. Pensionskostnaderna "
             "ökar med 6,3 miljoner kronor jämfört med budget 2024, främst till följd av det nya "
             "pensionsavtalet AKAP-KR.")
    pdf.h2("Befolkning")
    pdf.para("Den 31 december 2023 hade Torsås kommun 7 021 invånare. Befolkningen har minskat något de "
             "senaste åren och budgeten bygger på ett antagande om 6 995 invånare den 1 november 2024, som är "
             "det mätdatum som styr skatteintäkterna för 2025. Varje invånare motsvarar ungefär 86 000 kronor "
             "i skatteintäkter och generella statsbidrag.")
    pdf.h2("Skattesats")
    pdf.para("Den kommunala skattesatsen för 2025 är oförändrad, 22,36 kronor per hundralapp. Tillsammans "
             "med Region Kalmar läns skattesats på 11,86 kronor blir den totala skattesatsen 34,22 kronor.")
    pdf.h2("Skatteintäkter och generella statsbidrag")
    pdf.para(f"Skatteintäkter och generella statsbidrag och utjämning beräknas till sammanlagt "
             f"{fmt(RB['skatt'][2] + RB['bidrag'][2])} miljoner kronor 2025, en ökning med "
             f"{fmt(RB['skatt'][2] + RB['bidrag'][2] - RB['skatt'][1] - RB['bidrag'][1])} miljoner kronor "
             "jämfört med budget 2024. Av de generella statsbidragen utgör kostnadsutjämningen 41,2 miljoner "
             "kronor och inkomstutjämningen 121,8 miljoner kronor.")
    pdf.h2("Löner och priser")
    pdf.para("I budgeten har nämnderna kompenserats för löneökningar med 3,4 procent från den 1 april 2025. "
             "Kompensation för prisökningar ges med 2,0 procent. Internräntan för kapitalkostnader är 2,5 "
             "procent enligt SKR:s rekommendation.")
    # --- finansiella mål
    pdf.h1("Mål för god ekonomisk hushållning")
    pdf.para("Kommunfullmäktige har fastställt tre finansiella mål för perioden 2025–2027:")
    pdf.para("1. Årets resultat ska uppgå till minst 2,0 procent av skatteintäkter och generella "
             "statsbidrag över en rullande femårsperiod.\n"
             "2. Investeringar i den skattefinansierade verksamheten ska till minst 70 procent finansieras "
             "med egna medel.\n"
             "3. Soliditeten enligt balansräkningen ska inte understiga 40 procent.")
    andel = [q(RESULTAT[i] / (RB["skatt"][i] + RB["bidrag"][i]) * 100) for i in range(5)]
    pdf.para(f"Budget 2025 ger ett resultat som motsvarar {fmt(andel[2])} procent av skatteintäkter och "
             f"generella statsbidrag. För 2026 beräknas andelen till {fmt(andel[3])} procent och för 2027 "
             f"till {fmt(andel[4])} procent. Resultatmålet uppnås därmed inte under budgetåret, men väl "
             "i slutet av planperioden.")
    pdf.para("Balanskravsresultatet 2025 beräknas till 10,4 miljoner kronor efter avdrag för planerade "
             "realisationsvinster vid försäljning av tomtmark på 0,5 miljoner kronor.")

    # --- resultatbudget
    pdf.add_page()
    pdf.h1("Resultatbudget")
    pdf.caption("Tabell 1. Resultatbudget 2025 med plan 2026–2027. Belopp i mnkr")
    rows = []
    def r(label, note, vals, bold=False):
        cells = [label, note] + [fmt(v) for v in vals]
        rows.append(("bold", cells) if bold else cells)
    r("Verksamhetens intäkter", "1", RB["intakter"])
    r("Verksamhetens kostnader", "2", RB["kostnader"])
    r("Avskrivningar", "3", RB["avskr"])
    r("Verksamhetens nettokostnader", "", NETTOKOSTNAD, True)
    r("Skatteintäkter", "4", RB["skatt"])
    r("Generella statsbidrag och utjämning", "5", RB["bidrag"])
    r("Verksamhetens resultat", "", VERKRES, True)
    r("Finansiella intäkter", "6", RB["finint"])
    r("Finansiella kostnader", "7", RB["finkost"])
    r("Resultat efter finansiella poster", "", RESULTAT, True)
    r("Extraordinära poster", "", [D(0)] * 5)
    r("Årets resultat", "", RESULTAT, True)
    pdf.table(["", "Not"] + YEARS, rows, [58, 12, 24, 24, 24, 24, 24],
              align=["LEFT", "CENTER"] + ["RIGHT"] * 5)
    pdf.h2("Noter till resultatbudgeten")
    pdf.para("Not 1. Verksamhetens intäkter består främst av taxor och avgifter, hyror samt riktade "
             "statsbidrag. Riktade statsbidrag för 2025 har budgeterats försiktigt till 31,5 miljoner kronor.")
    pdf.para("Not 2. I verksamhetens kostnader ingår personalkostnader med 402,8 miljoner kronor, varav "
             "pensionskostnader 38,9 miljoner kronor.")
    pdf.para("Not 3. Avskrivningar beräknas enligt komponentavskrivning. Ökningen beror framför allt på "
             "att förskolan i Söderåkra och VA-investeringar aktiveras.")
    pdf.para("Not 4–5. Skatteintäkter och generella statsbidrag bygger på SKR:s prognos från den 3 oktober "
             "2024 (cirkulär 24:41) och 6 995 invånare.")
    pdf.para("Not 6–7. Finansiella kostnader avser räntor på lån i Kommuninvest med en beräknad "
             "genomsnittsränta på 2,6 procent samt ränta på pensionsavsättningen.")

    # --- balansbudget, landscape
    b = balans()
    pdf.add_page(orientation="L")
    pdf.h1("Balansbudget")
    pdf.caption("Tabell 2. Balansbudget per den 31 december. Belopp i mnkr")
    bcols = ["Bokslut 2023", "Prognos 2024", "Budget 2025", "Plan 2026", "Plan 2027"]
    rows = []
    def br(label, key, bold=False):
        vals = b[key]
        cells = [label] + [fmt(v) for v in vals] + [fmt(vals[4] - vals[2])]
        rows.append(("bold", cells) if bold else cells)
    rows.append(("section", "TILLGÅNGAR"))
    br("Immateriella anläggningstillgångar", "imm")
    br("Mark, byggnader och tekniska anläggningar", "mb")
    br("Maskiner och inventarier", "mask")
    br("Finansiella anläggningstillgångar", "fin")
    br("Summa anläggningstillgångar", "anl", True)
    br("Förråd och exploateringsfastigheter", "forrad")
    br("Fordringar", "ford")
    br("Kassa och bank", "kassa")
    br("Summa omsättningstillgångar", "oms", True)
    br("SUMMA TILLGÅNGAR", "tillg", True)
    rows.append(("section", "EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER"))
    br("Eget kapital", "ek")
    br("varav årets resultat", "res")
    br("Avsättningar för pensioner", "avs")
    br("Långfristiga skulder", "lang")
    br("Kortfristiga skulder", "kort")
    tot = [b["ek"][i] + b["avs"][i] + b["lang"][i] + b["kort"][i] for i in range(5)]
    b["tot"] = tot
    br("SUMMA EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER", "tot", True)
    pdf.table([""] + bcols + ["Förändring 2025–2027"], rows, [95, 28, 28, 28, 28, 28, 32])
    pdf.para("Låneskulden ökar från 245,0 miljoner kronor vid utgången av 2023 till 315,0 miljoner kronor "
             "2027. Pensionsförpliktelser intjänade före 1998 redovisas som ansvarsförbindelse och uppgår "
             "till 118,4 miljoner kronor inklusive löneskatt.")

    # --- kassaflöde
    pdf.add_page(orientation="P")
    pdf.h1("Kassaflödesbudget")
    pdf.caption("Tabell 3. Kassaflödesbudget. Belopp i mnkr")
    inv = [q(D(x) / 1000) for x in INV_TOT]
    lop = [RESULTAT[i + 2] + (-RB["avskr"][i + 2]) + D("0.7") for i in range(3)]
    forsalj = [D("0.5"), D("0.5"), D("0.5")]
    invnet = [-inv[i] + forsalj[i] for i in range(3)]
    lan = [D("25.0"), D("15.0"), D("10.0")]
    flode = [lop[i] + invnet[i] + lan[i] for i in range(3)]
    rows = [
        ("section", "Den löpande verksamheten"),
        ["Årets resultat"] + [fmt(RESULTAT[i]) for i in (2, 3, 4)],
        ["Justering för av- och nedskrivningar"] + [fmt(-RB["avskr"][i]) for i in (2, 3, 4)],
        ["Justering för avsättningar"] + [fmt(D("0.7"))] * 3,
        ("bold", ["Medel från den löpande verksamheten"] + [fmt(x) for x in lop]),
        ("section", "Investeringsverksamheten"),
        ["Investering i materiella anläggningstillgångar"] + [fmt(-x) for x in inv],
        ["Försäljning av materiella anläggningstillgångar"] + [fmt(x) for x in forsalj],
        ("bold", ["Kassaflöde från investeringsverksamheten"] + [fmt(x) for x in invnet]),
        ("section", "Finansieringsverksamheten"),
        ["Nyupptagna lån"] + [fmt(x) for x in lan],
        ("bold", ["Kassaflöde från finansieringsverksamheten"] + [fmt(x) for x in lan]),
        ("bold", ["Årets kassaflöde"] + [fmt(x) for x in flode]),
    ]
    pdf.table(["", "Budget 2025", "Plan 2026", "Plan 2027"], rows, [94, 30, 30, 30])
    pdf.para("Kassaflödet visar att investeringarna under planperioden inte fullt ut kan finansieras med "
             "medel från den löpande verksamheten. Nya lån om totalt 50,0 miljoner kronor planeras under "
             "2025–2027.")

    # --- driftbudget
    pdf.add_page()
    pdf.h1("Driftbudget per nämnd")
    pdf.para("Nämndernas ramar anges som nettokostnad, det vill säga kostnader minus intäkter. Ramarna för "
             "2025 har räknats upp för löner och priser och justerats för beslutade prioriteringar. "
             "Finansförvaltningen omfattar bland annat pensionskostnader, personalomkostnader som inte "
             "fördelats till nämnderna och kapitaltjänst.")
    pdf.caption("Tabell 4. Driftbudget per nämnd och verksamhet, nettokostnad i tkr")
    rows = []
    for sec, items in DRIFT:
        rows.append(("section", sec))
        for name, a, bb in items:
            ch = q(D(bb - a) / D(a) * 100) if a else D(0)
            rows.append([name, fmt(a, 0), fmt(bb, 0), fmt(bb - a, 0, "minus")])
        sa, sb = NAMND_SUM[sec]
        rows.append(("bold", [f"Summa {sec}", fmt(sa, 0), fmt(sb, 0), fmt(sb - sa, 0, "minus")]))
    rows.append(("bold", ["Summa nämnder", fmt(TOT_NAMND[0], 0), fmt(TOT_NAMND[1], 0),
                          fmt(TOT_NAMND[1] - TOT_NAMND[0], 0, "minus")]))
    rows.append(["Finansförvaltning (pensioner, PO, kapitaltjänst)", fmt(FINANSF[0], 0), fmt(FINANSF[1], 0),
                 fmt(FINANSF[1] - FINANSF[0], 0, "minus")])
    vn = (TOT_NAMND[0] + FINANSF[0], TOT_NAMND[1] + FINANSF[1])
    rows.append(("bold", ["Verksamhetens nettokostnad", fmt(vn[0], 0), fmt(vn[1], 0),
                          fmt(vn[1] - vn[0], 0, "minus")]))
    pdf.table(["Nämnd / verksamhet", "Budget 2024", "Budget 2025", "Förändring"], rows, [90, 30, 30, 30])

    # --- nämndernas uppdrag (prose)
    pdf.add_page()
    pdf.h1("Nämndernas uppdrag och prioriteringar")
    pdf.h2("Kommunstyrelsen")
    pdf.para("Kommunstyrelsen ansvarar för kommunledning, samhällsbyggnad, räddningstjänst samt kultur och "
             "fritid. Ramen för 2025 ökar med 4,1 miljoner kronor. I ökningen ingår 0,8 miljoner kronor för "
             "en ny tjänst som säkerhetssamordnare och 0,5 miljoner kronor för drift av den nya gång- och "
             "cykelvägen mellan Bergkvara och Torsås.")
    pdf.h2("Barn- och utbildningsnämnden")
    pdf.para("Antalet elever i grundskolan beräknas till 742 läsåret 2025/26. Nämnden får 8,8 miljoner "
             "kronor i utökad ram. Av dessa avser 2,1 miljoner kronor ökade kostnader för "
             "gymnasieelever som studerar i andra kommuner, främst i Kalmar och Karlskrona. Nämnden ska "
             "under 2025 ta fram en plan för skolorganisationen i kommunens södra del.")
    pdf.h2("Socialnämnden")
    pdf.para("Socialnämnden får ett tillskott på 11,6 miljoner kronor, varav 6,6 miljoner kronor går till "
             "äldreomsorgen. Nämnden har samtidigt ett effektiviseringskrav på 2,5 miljoner kronor som ska "
             "nås genom att fler placeringar inom individ- och familjeomsorgen ersätts med insatser på "
             "hemmaplan. Korttidsboendet på Lindgården utökas med fyra platser från den 1 mars 2025.")
    pdf.h2("Miljö- och byggnadsnämnden")
    pdf.para("Nämnden finansieras till drygt hälften av taxor och avgifter. Ramen ökar med 150 000 kronor "
             "för att täcka högre licenskostnader för e-tjänster inom bygglov.")
    pdf.h2("Politisk verksamhet")
    pdf.para("Eftersom inga allmänna val hålls 2025 minskar valnämndens budget till 90 000 kronor. Inför "
             "valet 2026 räknas ramen upp igen i planen.")

    # --- investeringar (long, header repeated over page break)
    pdf.add_page()
    pdf.h1("Investeringsbudget 2025–2027")
    pdf.para("Investeringsbudgeten omfattar både skattefinansierade investeringar och investeringar i den "
             "avgiftsfinansierade vatten- och avloppsverksamheten (VA). Projekt som inte påbörjats under "
             "budgetåret får inte automatiskt föras över till nästa år utan nytt beslut i kommunstyrelsen. "
             "Beloppen avser bruttoutgifter. Förkortningar: KS = kommunstyrelsen, BUN = barn- och "
             "utbildningsnämnden, SN = socialnämnden, MBN = miljö- och byggnadsnämnden.")
    pdf.ln(30)
    pdf.caption("Tabell 5. Investeringsbudget per projekt, tkr")
    rows = []
    for name, n, a, bb, c in INV:
        rows.append([name, n, fmt(a, 0), fmt(bb, 0), fmt(c, 0), fmt(a + bb + c, 0)])
    rows.append(("bold", ["Summa investeringar", "", fmt(INV_TOT[0], 0), fmt(INV_TOT[1], 0), fmt(INV_TOT[2], 0),
                          fmt(sum(INV_TOT), 0)]))
    pdf.table(["Projekt", "Nämnd", "Budget 2025", "Plan 2026", "Plan 2027", "Totalt"], rows,
              [72, 20, 22, 22, 22, 24], align=["LEFT", "LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"])
    vainv = [sum(r[i] for r in INV if r[1] == "KS (VA)") for i in (2, 3, 4)]
    pdf.para(f"Av investeringarna 2025 avser {fmt(D(vainv[0]) / 1000)} miljoner kronor VA-verksamheten, som "
             "finansieras med VA-taxan. Den skattefinansierade investeringsvolymen 2025 uppgår därmed till "
             f"{fmt(D(INV_TOT[0] - vainv[0]) / 1000)} miljoner kronor.")

    # --- nyckeltal (wrapping headers)
    pdf.add_page()
    pdf.h1("Finansiella nyckeltal")
    pdf.caption("Tabell 6. Nyckeltal 2023–2027 (andelar i procent, låneskuld i kr per invånare)")
    rows = []
    labels = ["Bokslut 2023", "Budget 2024", "Budget 2025", "Plan 2026", "Plan 2027"]
    lang = [D("245.0"), D("265.0"), D("290.0"), D("305.0"), D("315.0")]
    invs = [D("39.4"), D("52.0")] + [q(D(x) / 1000) for x in INV_TOT]
    ek = b["ek"]
    for i in range(5):
        nka = q(-NETTOKOSTNAD[i] / (RB["skatt"][i] + RB["bidrag"][i]) * 100)
        sol = q(ek[i] / b["tillg"][i] * 100)
        sf = q((RESULTAT[i] - RB["avskr"][i]) / invs[i] * 100, 0)
        ls = q(lang[i] * 1000000 / BEF[i], 0)
        rows.append([labels[i], fmt(andel[i]), fmt(nka), fmt(sol), fmt(sf, 0), fmt(ls, 0)])
    pdf.table(["År", "Resultat i procent av skatter och statsbidrag", "Nettokostnads- andel inkl. avskrivningar",
               "Soliditet enligt balansräkningen", "Självfinansie- ringsgrad av investeringar",
               "Låneskuld per invånare, kr"], rows, [24, 32, 38, 34, 38, 24],
              align=["LEFT"] + ["RIGHT"] * 5)
    pdf.para("Nettokostnadsandelen visar hur stor del av skatteintäkter och generella statsbidrag som går "
             "till den löpande verksamheten inklusive avskrivningar. En andel under 98 procent brukar anses "
             "nödvändig för att kunna finansiera investeringar och klara resultatmålet.")
    pdf.h2("Befolkning och skattesats")
    pdf.caption("Tabell 7. Antagen befolkning och skattesats")
    rows = [[labels[i], f"{BEF[i]:,}".replace(",", " "), SKATTESATS] for i in range(5)]
    pdf.table(["År", "Invånare", "Skattesats, kr"], rows, [40, 30, 30])
    pdf.para("Befolkningsantagandet för 2023 avser utfall per den 31 december. Övriga år är prognoser "
             "framtagna av kommunledningskontoret i september 2024.")
    pdf.output(str(path))
    return dict(b=b, andel=andel)


# ---------------------------------------------------------------- delårsrapport 2024 (mnkr)
DEL_NAMND = [  # budget, utfall jan-aug, prognos
    ("Politisk verksamhet", D("3.6"), D("2.3"), D("3.5")),
    ("Kommunstyrelsen", D("84.0"), D("55.1"), D("83.2")),
    ("Barn- och utbildningsnämnden", D("214.6"), D("146.9"), D("218.9")),
    ("Socialnämnden", D("224.9"), D("156.8"), D("231.4")),
    ("Miljö- och byggnadsnämnden", D("3.9"), D("2.4"), D("3.7")),
]
DEL_FIN = ("Finansförvaltning", D("35.3"), D("21.0"), D("31.8"))
DEL_INV = [  # budget 2024, utfall jan-aug, prognos
    ("Ny förskola Söderåkra, projektering", D("4.5"), D("1.2"), D("2.8")),
    ("Om- och tillbyggnad Torsås skola", D("8.0"), D("3.9"), D("7.1")),
    ("Gång- och cykelväg Bergkvara–Torsås", D("5.5"), D("0.6"), D("1.9")),
    ("Reinvestering gator och vägar", D("3.1"), D("2.2"), D("3.1")),
    ("Vatten och avlopp, överföringsledning", D("12.0"), D("7.4"), D("11.5")),
    ("Övriga investeringar", D("18.9"), D("9.3"), D("16.1")),
]


def delar_pdf(path):
    pdf = Doc(MUNI, "Delårsrapport januari–augusti 2024")
    pdf.add_page()
    pdf.ln(30)
    pdf.set_font("DejaVu", "B", 24)
    pdf.multi_cell(0, 12, "Delårsrapport\njanuari–augusti 2024", align="C")
    pdf.set_font("DejaVu", "", 12)
    pdf.ln(6)
    pdf.multi_cell(0, 7, "Torsås kommun\nBehandlad av kommunstyrelsen 2024-10-08, § 162", align="C")
    pdf.add_page()
    pdf.h1("Kommunstyrelsens ordförande har ordet")
    pdf.para("Efter åtta månader visar kommunen ett resultat på 2,6 miljoner kronor. Helårsprognosen pekar "
             "på ett resultat om 3,8 miljoner kronor, vilket är 4,9 miljoner kronor sämre än budget. Det är "
             "främst socialnämnden och barn- och utbildningsnämnden som redovisar underskott.")
    pdf.para("Jag har stor respekt för det arbete som görs i verksamheterna, men vi måste nu vidta "
             "åtgärder för att komma i balans inför 2025.")
    pdf.para("Marie Gustavsson (C), kommunstyrelsens ordförande")
    pdf.h2("Väsentliga händelser under perioden")
    pdf.para("Under våren tecknades avtal med en entreprenör för om- och tillbyggnaden av Torsås skola. "
             "Kommunen tog i juni emot ett statsbidrag på 1,4 miljoner kronor för att stärka "
             "läsundervisningen i lågstadiet. I maj genomfördes valet till Europaparlamentet, där "
             "valdeltagandet i Torsås blev 52,8 procent.")
    pdf.para("Sjukfrånvaron bland kommunens medarbetare uppgick till 7,4 procent under perioden januari–"
             "juni, jämfört med 8,1 procent samma period 2023. Antalet tillsvidareanställda var 712 den "
             "31 augusti 2024.")
    pdf.h2("Resultaträkning")
    pdf.caption("Belopp i mnkr")
    nk = [D("-384.5"), D("-362.0"), D("-572.5"), D("-566.3")]
    sk = [D("265.1"), D("253.4"), D("397.2"), D("398.5")]
    gb = [D("121.4"), D("112.0"), D("182.0"), D("180.2")]
    fn = [D("0.6"), D("-1.1"), D("-2.9"), D("-3.7")]
    vr = [nk[i] + sk[i] + gb[i] for i in range(4)]
    rs = [vr[i] + fn[i] for i in range(4)]
    def row(lbl, v, bold=False):
        cells = [lbl] + [fmt(x, 1, "minus") for x in v] + [fmt(v[2] - v[3], 1, "minus")]
        return ("bold", cells) if bold else cells
    rows = [row("Verksamhetens nettokostnad", nk), row("Skatteintäkter", sk),
            row("Generella statsbidrag och utjämning", gb), row("Verksamhetens resultat", vr, True),
            row("Finansnetto", fn), row("Periodens/årets resultat", rs, True)]
    pdf.table(["", "Utfall jan-aug 2024", "Utfall jan-aug 2023", "Prognos 2024", "Budget 2024", "Avvikelse"],
              rows, [56, 26, 26, 24, 24, 24])
    pdf.para("Avvikelse avser prognos jämfört med budget. Skatteintäkterna beräknas bli 1,3 miljoner kronor "
             "lägre än budgeterat enligt SKR:s augustiprognos, medan de generella statsbidragen blir 1,8 "
             "miljoner kronor högre.")
    pdf.add_page()
    pdf.h1("Driftredovisning")
    pdf.caption("Nettokostnad per nämnd, mnkr")
    rows = []
    allr = DEL_NAMND + [DEL_FIN]
    for n, bu, ut, pr in DEL_NAMND:
        rows.append([n, fmt(bu, 1, "minus"), fmt(ut, 1, "minus"), fmt(pr, 1, "minus"), fmt(bu - pr, 1, "minus")])
    sb = sum(x[1] for x in DEL_NAMND); su = sum(x[2] for x in DEL_NAMND); sp = sum(x[3] for x in DEL_NAMND)
    rows.append(("bold", ["Summa nämnder", fmt(sb), fmt(su), fmt(sp), fmt(sb - sp, 1, "minus")]))
    n, bu, ut, pr = DEL_FIN
    rows.append([n, fmt(bu), fmt(ut), fmt(pr), fmt(bu - pr, 1, "minus")])
    tb = sum(x[1] for x in allr); tu = sum(x[2] for x in allr); tp = sum(x[3] for x in allr)
    rows.append(("bold", ["Verksamhetens nettokostnad", fmt(tb), fmt(tu), fmt(tp), fmt(tb - tp, 1, "minus")]))
    pdf.table(["Nämnd", "Budget 2024", "Utfall jan-aug 2024", "Prognos 2024", "Avvikelse"], rows,
              [70, 28, 30, 28, 24])
    pdf.para("Socialnämnden prognostiserar ett underskott på 6,5 miljoner kronor. Underskottet beror på "
             "fler externa placeringar av barn och unga samt ökade kostnader för bemanningssjuksköterskor. "
             "Barn- och utbildningsnämnden prognostiserar ett underskott på 4,3 miljoner kronor, främst inom "
             "gymnasieskolan där interkommunala ersättningar ökat.")
    pdf.para("Kommunstyrelsen visar ett överskott på 0,8 miljoner kronor, till stor del på grund av vakanta "
             "tjänster inom samhällsbyggnad.")
    pdf.h2("Investeringsredovisning")
    pdf.caption("Större investeringsprojekt, mnkr")
    rows = []
    for n, bu, ut, pr in DEL_INV:
        rows.append([n, fmt(bu), fmt(ut), fmt(pr), fmt(bu - pr, 1, "minus")])
    sb = sum(x[1] for x in DEL_INV); su = sum(x[2] for x in DEL_INV); sp = sum(x[3] for x in DEL_INV)
    rows.append(("bold", ["Summa investeringar", fmt(sb), fmt(su), fmt(sp), fmt(sb - sp, 1, "minus")]))
    pdf.table(["Projekt", "Budget 2024", "Utfall jan-aug 2024", "Prognos 2024", "Avvikelse"], rows,
              [70, 28, 30, 28, 24])
    pdf.para("Gång- och cykelvägen mellan Bergkvara och Torsås har försenats på grund av överklagad "
             "upphandling. Byggstart beräknas nu till april 2025.")
    pdf.output(str(path))


def html_page(path):
    rows = ""
    for sec, _ in DRIFT:
        a, b = NAMND_SUM[sec]
        rows += (f"<tr><td>{sec}</td><td>{fmt(D(a) / 1000)}</td><td>{fmt(D(b) / 1000)}</td>"
                 f"<td>{fmt(D(b - a) / 1000, 1, 'minus')}</td></tr>\n")
    a, b = TOT_NAMND
    rows += (f"<tr class=\"sum\"><td>Summa nämnder</td><td>{fmt(D(a) / 1000)}</td><td>{fmt(D(b) / 1000)}</td>"
             f"<td>{fmt(D(b - a) / 1000)}</td></tr>\n")
    html = f"""<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Budget 2025 är antagen – skattesatsen lämnas oförändrad - Torsås kommun</title>
<link rel="stylesheet" href="/css/site.css">
</head>
<body>
<div id="cookie-consent" class="cookie-banner">
  <p>Vi använder kakor (cookies) för att webbplatsen ska fungera och för att förbättra din upplevelse.
  <a href="/om-webbplatsen/kakor">Läs mer om kakor</a></p>
  <button type="button">Godkänn alla</button> <button type="button">Endast nödvändiga</button>
</div>
<header class="site-header">
  <a class="logo" href="/"><img src="/images/torsas-logo.svg" alt="Torsås kommun"></a>
  <nav class="main-nav" aria-label="Huvudmeny">
    <ul>
      <li><a href="/barn-och-utbildning">Barn och utbildning</a></li>
      <li><a href="/omsorg-och-stod">Omsorg och stöd</a></li>
      <li><a href="/bygga-bo-och-miljo">Bygga, bo och miljö</a></li>
      <li><a href="/naringsliv-och-arbete">Näringsliv och arbete</a></li>
      <li><a href="/uppleva-och-gora">Uppleva och göra</a></li>
      <li><a href="/kommun-och-politik">Kommun och politik</a></li>
    </ul>
  </nav>
  <form class="search" action="/sok"><input type="search" name="q" placeholder="Sök på torsas.se"></form>
</header>
<nav class="breadcrumbs" aria-label="Brödsmulor">
  <a href="/">Start</a> &gt; <a href="/kommun-och-politik">Kommun och politik</a> &gt;
  <a href="/kommun-och-politik/nyheter">Nyheter</a> &gt; <span>Budget 2025 är antagen</span>
</nav>
<main>
<article class="news">
<h1>Budget 2025 är antagen – skattesatsen lämnas oförändrad</h1>
<p class="meta">Publicerad 2024-11-26</p>
<p class="ingress">Kommunfullmäktige i Torsås antog på måndagskvällen budgeten för 2025 och planen för
2026–2027. Skattesatsen blir kvar på 22,36 kronor och det budgeterade resultatet är 10,9 miljoner kronor.</p>
<p>Beslutet fattades efter en debatt som pågick i drygt tre timmar. Majoritetens förslag vann med 19 röster
mot 12. Oppositionens budgetförslag innehöll bland annat en skattehöjning med 30 öre för att finansiera
fler undersköterskor i hemtjänsten.</p>
<p>– Vi tar ansvar för ekonomin samtidigt som vi satsar på skolan och äldreomsorgen, säger
kommunstyrelsens ordförande Marie Gustavsson (C).</p>
<p>– Budgeten vilar på en låneskuld som växer år för år. Det är inte hållbart, säger oppositionsrådet
Johan Karlberg (S).</p>
<h2>Nämndernas ramar</h2>
<table class="budget">
  <caption>Nettokostnad per nämnd, miljoner kronor</caption>
  <thead>
    <tr><th rowspan="2">Nämnd</th><th colspan="2">Budget</th><th rowspan="2">Förändring</th></tr>
    <tr><th>2024</th><th>2025</th></tr>
  </thead>
  <tbody>
{rows}  </tbody>
</table>
<p>Den största investeringen 2025 är den nya förskolan i Söderåkra, som budgeteras till 14,5 miljoner
kronor under året. Förskolan ska ha plats för 90 barn och beräknas stå klar i augusti 2026.</p>
<p>Hela budgetdokumentet finns att ladda ner under <a href="/kommun-och-politik/ekonomi">Ekonomi</a>.</p>
<p class="meta">Senast uppdaterad 2024-12-02</p>
</article>
<aside class="related">
  <h2>Relaterat</h2>
  <ul><li><a href="/kommun-och-politik/ekonomi/arsredovisning">Årsredovisningar</a></li>
  <li><a href="/kommun-och-politik/kommunfullmaktige">Kommunfullmäktige</a></li></ul>
</aside>
</main>
<footer class="site-footer">
  <p>Torsås kommun, Box 503, 385 25 Torsås</p>
  <p>Telefon 0486-331 00 · kommun@torsas.se · Organisationsnummer 212000-0761</p>
  <p><a href="/om-webbplatsen/tillganglighet">Tillgänglighetsredogörelse</a> · <a href="/om-webbplatsen/kakor">Kakor</a></p>
</footer>
</body>
</html>
"""
    path.write_text(html, encoding="utf-8")


def markdown(path):
    md = """# Torsås i siffror 2024

*Sammanställd av kommunledningskontoret, mars 2024. Källa: SCB, Kolada och kommunens egna uppgifter.*

Torsås kommun ligger i sydöstra Småland, vid Kalmarsund, och gränsar till Blekinge. Centralorten är Torsås
och den näst största tätorten är Bergkvara.

## Befolkning

Den 31 december 2023 bodde **7 021** personer i kommunen, 38 färre än ett år tidigare. Medelåldern är
47,3 år, vilket är högre än rikets 41,6 år. Andelen invånare som är 80 år eller äldre är 8,9 procent.

| Ort | Invånare 2023 |
|---|---:|
| Torsås | 2 214 |
| Bergkvara | 1 098 |
| Söderåkra | 512 |
| Gullabo | 301 |
| Övriga kommunen | 2 896 |
| **Summa** | **7 021** |

## Ekonomi

- Kommunal skattesats 2024: 22,36 kr
- Årets resultat 2023: 12,3 mnkr
- Låneskuld 31 december 2023: 245,0 mnkr
- Antal anställda (tillsvidare) i kommunen: 706

## Kostnad per invånare 2023

Nettokostnad i kronor per invånare jämfört med riket.

| Verksamhet | Torsås | Riket |
|---|---:|---:|
| Förskola | 6 710 | 8 120 |
| Grundskola | 15 620 | 14 980 |
| Gymnasieskola | 5 840 | 5 470 |
| Äldreomsorg | 19 870 | 14 650 |
| Individ- och familjeomsorg | 4 010 | 4 560 |
| **Totalt, samtliga verksamheter** | **74 310** | **68 940** |

## Näringsliv och arbete

Det finns 1 012 registrerade företag i kommunen. De största privata arbetsgivarna finns inom
tillverkning och livsmedel. Den öppna arbetslösheten bland 16–64-åringar var 6,2 procent i december 2023.
"""
    path.write_text(md, encoding="utf-8")


def build(out):
    out.mkdir(parents=True, exist_ok=True)
    info = budget_pdf(out / "torsas-budget-2025-plan-2026-2027.pdf")
    delar_pdf(out / "torsas-delarsrapport-jan-aug-2024.pdf")
    html_page(out / "nyhet-budget-2025-antagen.html")
    markdown(out / "torsas-i-siffror-2024.md")
    return info
