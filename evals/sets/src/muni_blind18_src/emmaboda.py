"""Emmaboda kommun: invented but internally consistent documents."""
import os

import docx
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font

from common import Doc, fmt, save_docx, save_xlsx, docx_table


def D(v, dec=1):
    return fmt(v, dec, "dash")


def T(v):
    return fmt(v, 0, "dash")


# Resultatbudget (mnkr): Utfall 2023, Budget 2024, Budget 2025, Plan 2026, Plan 2027
RB = {
    "int": [138.9, 140.0, 142.3, 145.1, 148.0],
    "kost": [-824.6, -828.2, -856.8, -878.9, -901.5],
    "avs": [-31.2, -33.0, -34.4, -36.2, -37.8],
    "skatt": [448.3, 462.4, 480.6, 495.2, 510.8],
    "stb": [268.7, 266.5, 286.1, 291.4, 296.3],
    "finint": [1.9, 2.0, 2.1, 2.0, 2.0],
    "finkost": [-8.8, -7.5, -6.4, -7.1, -7.9],
}
RB["netto"] = [round(a + b + c, 1) for a, b, c in zip(RB["int"], RB["kost"], RB["avs"])]
RB["vres"] = [round(n + s + g, 1) for n, s, g in zip(RB["netto"], RB["skatt"], RB["stb"])]
RB["res"] = [round(v + i + k, 1) for v, i, k in zip(RB["vres"], RB["finint"], RB["finkost"])]
RB["pct"] = [round(100 * r / (s + g), 1) for r, s, g in zip(RB["res"], RB["skatt"], RB["stb"])]
assert RB["res"] == [-6.8, 2.2, 13.5, 11.5, 9.9], RB["res"]

# Driftbudget per nämnd (tkr): Budget 2024, Budget 2025
NAMNDER = [
    ("Kommunstyrelsen", 114450, 118870),
    ("Barn- och utbildningsnämnden", 288600, 297250),
    ("Socialnämnden", 258900, 271640),
    ("Miljö- och byggnadsnämnden", 7650, 7920),
    ("Överförmyndarnämnden", 2150, 2240),
    ("Revisionen", 1420, 1460),
]


def plan(v, f):
    return int(round(v * f / 10.0)) * 10


INVEST = [
    ("Kommunstyrelsen", [
        ("Ny sporthall Emmaboda", 24000, 31000, 5000),
        ("Gång- och cykelväg Lindås–Emmaboda", 6200, 0, 0),
        ("Reinvestering gator och belysning", 4500, 4500, 4500),
        ("Ombyggnad Långasjö vattenverk", 12400, 3000, 0),
        ("IT och digitalisering", 2000, 2000, 2000),
        ("Energiåtgärder fastigheter", 3000, 3000, 3000),
    ]),
    ("Barn- och utbildningsnämnden", [
        ("Renovering Vissefjärda skola", 8500, 6000, 0),
        ("Inventarier förskola och skola", 1500, 1500, 1500),
    ]),
    ("Socialnämnden", [
        ("Fordon hemtjänst", 1200, 800, 800),
        ("Välfärdsteknik", 900, 900, 900),
    ]),
]

# Driftredovisning 2023 per verksamhet (tkr): Budget, Utfall
DRIFT23 = [
    ("Kommunstyrelsen", [("Politisk verksamhet", 9800, 9650), ("Kommunledning och administration", 38400, 37910),
                         ("Gator, vägar och parker", 21300, 22480), ("Räddningstjänst", 14200, 14530),
                         ("Fritid och kultur", 19600, 19240), ("Näringsliv och turism", 6100, 5870)]),
    ("Barn- och utbildningsnämnden", [("Förskola", 62500, 63820), ("Grundskola", 139800, 141260),
                                      ("Gymnasieskola", 58200, 59950), ("Vuxenutbildning", 9300, 8740),
                                      ("Kulturskola", 3900, 3870)]),
    ("Socialnämnden", [("Äldreomsorg", 142600, 149980), ("Stöd till personer med funktionsnedsättning", 63400, 65120),
                       ("Individ- och familjeomsorg", 34500, 35000)]),
    ("Miljö- och byggnadsnämnden", [("Miljö- och byggnadsverksamhet", 7400, 7210)]),
    ("Överförmyndarnämnden", [("Överförmyndarverksamhet", 2050, 2190)]),
    ("Revisionen", [("Revision", 1380, 1350)]),
]

INV23 = [("Förprojektering ny sporthall", 2500, 1850, "Upphandling pågår"),
         ("Ventilation Emmaboda skola", 9800, 10420, "Fördyring pga. asbestsanering"),
         ("Gator och belysning", 4500, 4380, ""),
         ("VA-ledningar Vissefjärda", 18000, 16950, "Etapp 2 flyttad till 2024"),
         ("Tillbyggnad förskola Algutsboda", 14000, 15230, "Tilläggsbeställning kök"),
         ("IT och digitalisering", 2000, 1790, ""),
         ("Fordon", 3200, 2980, ""),
         ("Välfärdsteknik", 1100, 860, ""),
         ("Konstgräsplan Kvarnvallen", 6000, 6940, "Högre entreprenadpris")]


def budget_pdf(path):
    pdf = Doc("Budget och plan 2025–2027", "Emmaboda kommun", "Emmaboda kommun | KF 2024-11-25 § 97")
    pdf.add_page()
    pdf.set_y(60)
    pdf.set_font("DV", "", 13)
    pdf.multi_cell(0, 7, "EMMABODA KOMMUN", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("DV", "B", 28)
    pdf.multi_cell(0, 13, "Budget och plan\n2025–2027", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(50)
    pdf.set_font("DV", "", 10)
    pdf.multi_cell(0, 6, "Beslutad av kommunfullmäktige 2024-11-25, § 97", align="C", new_x="LMARGIN",
                   new_y="NEXT")

    pdf.add_page()
    pdf.h1("Ordföranden har ordet")
    pdf.para("2023 blev ett tufft år för Emmaboda kommun. Vi redovisade ett underskott, och kostnaderna inom "
             "äldreomsorgen och skolan fortsätter att öka snabbare än skatteintäkterna. Därför har vi fattat ett "
             "svårt men nödvändigt beslut: skattesatsen höjs med 30 öre till 22,71 kronor från 2025.")
    pdf.para("Höjningen ger cirka 5,9 miljoner kronor i ökade skatteintäkter per år. Pengarna går oavkortat till "
             "välfärden. Socialnämnden får en ramökning på 12,7 miljoner kronor, varav 3,5 miljoner kronor "
             "avser ökade kostnader för LSS-boenden.")
    pdf.para("Samtidigt måste vi bli effektivare. Ett sparbeting på 6,0 miljoner kronor fördelas på nämnderna, "
             "och vi ser över lokalerna för att minska tomma ytor. Föreningsbidragen höjs med 450 000 kronor "
             "eftersom föreningslivet är en viktig del av livet i Emmaboda, Vissefjärda, Långasjö, Algutsboda "
             "och Lindås.")
    pdf.para("Den största investeringen är den nya sporthallen i Emmaboda, som ska stå klar till höstterminen "
             "2026. Den ersätter den gamla hallen från 1968.")
    pdf.para("Linnéa Berg (C)\nKommunstyrelsens ordförande")

    pdf.add_page()
    pdf.h1("Förutsättningar")
    pdf.h2("Befolkning")
    pdf.para("Emmaboda kommun hade 9 186 invånare den 1 november 2024. Budgeten bygger på ett oförändrat "
             "invånarantal under 2025. Antalet invånare över 85 år ökar med cirka 4 procent per år, vilket "
             "ökar behovet av hemtjänst och särskilt boende.")
    pdf.h2("Skatteintäkter och utjämning")
    pdf.para("Skatteintäkter och generella statsbidrag beräknas enligt SKR:s prognos från oktober 2024. "
             "Kommunalskatten höjs från 22,41 till 22,71 kronor. Regionskatten i Region Kalmar län är "
             "oförändrad på 11,86 kronor, och den sammanlagda skattesatsen blir 34,57 kronor.")
    pdf.h2("Lönekostnader")
    pdf.para("Löneökningarna har budgeterats med 3,4 procent för 2025. Nämnderna kompenseras för "
             "löneökningarna men inte fullt ut för prisökningar. Arbetsgivaravgifter och pensionspåslag "
             "budgeteras till 40,15 procent av lönesumman.")
    pdf.h2("Finansiella mål")
    pdf.bullets(["Årets resultat ska uppgå till minst 1,5 procent av skatteintäkter och generella statsbidrag "
                 "i genomsnitt över en rullande femårsperiod.",
                 "Investeringar i skattefinansierad verksamhet ska finansieras med egna medel till minst 60 procent.",
                 "Låneskulden per invånare ska inte överstiga 45 000 kronor."])
    pdf.para("Resultatet för 2025 beräknas till 13,5 miljoner kronor, motsvarande 1,8 procent av skatteintäkter "
             "och generella statsbidrag. Låneskulden beräknas uppgå till 362 miljoner kronor vid utgången av 2025, "
             "vilket motsvarar cirka 39 400 kronor per invånare.")

    pdf.add_page()
    pdf.h1("Vision och mål")
    pdf.para("Emmaboda kommuns vision är \"Emmaboda – en plats att växa i\". Kommunfullmäktige har beslutat om "
             "tre strategiska områden för perioden 2023–2026:")
    for h, t in [("Barn och unga", "Alla barn ska ges förutsättningar att lyckas i skolan. Andelen elever som "
                  "når kunskapskraven i alla ämnen i årskurs 9 ska öka till 75 procent."),
                 ("Trygg och hållbar välfärd", "Äldre ska kunna bo kvar hemma så länge de vill. Antalet olika "
                  "personal som en hemtjänsttagare möter under 14 dagar ska minska till högst 12."),
                 ("Attraktiv kommun", "Emmaboda ska vara en attraktiv plats att bo och verka i. Minst 30 nya "
                  "bostäder ska tillkomma per år och företagsklimatet ska förbättras i Svenskt Näringslivs ranking.")]:
        pdf.h2(h)
        pdf.para(t)
    pdf.para("Målen följs upp i delårsrapporten och i årsredovisningen. Varje nämnd beslutar om egna "
             "nämndmål som kopplar till de strategiska områdena.")
    pdf.h2("Effektiviseringar 2025")
    pdf.bullets(["Sparbetinget på 6,0 miljoner kronor fördelas i proportion till nämndernas nettokostnad.",
                 "Kommunstyrelsen avvecklar lokalerna i gamla tingshuset, vilket ger 0,8 miljoner kronor lägre "
                 "hyreskostnad per år.",
                 "Barn- och utbildningsnämnden samordnar skolskjutsarna, vilket beräknas minska kostnaderna "
                 "med 1,1 miljoner kronor.",
                 "Socialnämnden minskar användningen av bemanningssjuksköterskor."])

    # Resultatbudget
    pdf.add_page()
    pdf.h1("Resultatbudget")
    hdr = [["", "Utfall", "Budget", "Budget", "Plan", "Plan"], ["Mnkr", "2023", "2024", "2025", "2026", "2027"]]
    w = [62, 21.6, 21.6, 21.6, 21.6, 21.6]
    rows = []
    for lab, key, st in [("Verksamhetens intäkter", "int", ""), ("Verksamhetens kostnader", "kost", ""),
                         ("Avskrivningar", "avs", ""), ("Verksamhetens nettokostnader", "netto", "sum"),
                         ("Skatteintäkter", "skatt", ""), ("Generella statsbidrag och utjämning", "stb", ""),
                         ("Verksamhetens resultat", "vres", "sum"), ("Finansiella intäkter", "finint", ""),
                         ("Finansiella kostnader", "finkost", ""), ("Årets resultat", "res", "sum")]:
        rows.append(([lab] + [D(v) for v in RB[key]], st))
    rows.append((["Årets resultat i procent av skatter", ] + [D(v) for v in RB["pct"]], ""))
    pdf.table(hdr, rows, w, caption="Resultatbudget 2025–2027")
    pdf.note("Utfall 2023 enligt årsredovisning 2023. Budget 2024 enligt beslut i kommunfullmäktige 2023-11-27.")

    # Balansbudget + kassaflöde
    ek23 = 318.4
    ek = [ek23, round(ek23 + RB["res"][1] + RB["res"][2], 1)]
    ek.append(round(ek[1] + RB["res"][3], 1))
    ek.append(round(ek[2] + RB["res"][4], 1))
    anl = [812.6, 861.4, 890.2, 896.5]
    oms = [96.8, 88.5, 86.1, 84.0]
    avs = [41.2, 44.8, 46.9, 49.1]
    lang = [318.0, 362.0, 367.0, 347.0]
    kort = [round(a + o - e - p - l, 1) for a, o, e, p, l in zip(anl, oms, ek, avs, lang)]
    hdr = [["", "Utfall", "Budget", "Plan", "Plan"], ["Mnkr", "2023", "2025", "2026", "2027"]]
    w = [80, 22, 22, 22, 22]
    rows = [(["Tillgångar"], "section"),
            (["Anläggningstillgångar"] + [D(v) for v in anl], ""),
            (["Omsättningstillgångar"] + [D(v) for v in oms], ""),
            (["Summa tillgångar"] + [D(a + o) for a, o in zip(anl, oms)], "sum"),
            (["Eget kapital, avsättningar och skulder"], "section"),
            (["Eget kapital"] + [D(v) for v in ek], ""),
            (["Avsättningar"] + [D(v) for v in avs], ""),
            (["Långfristiga skulder"] + [D(v) for v in lang], ""),
            (["Kortfristiga skulder"] + [D(v) for v in kort], ""),
            (["Summa eget kapital, avsättningar och skulder"] + [D(a + o) for a, o in zip(anl, oms)], "sum")]
    pdf.add_page()
    pdf.h1("Balansbudget")
    pdf.table(hdr, rows, w, caption="Balansbudget")
    sol = [100 * e / (a + o) for e, a, o in zip(ek, anl, oms)]
    pdf.para(f"Soliditeten beräknas till {fmt(sol[1])} procent 2025 jämfört med {fmt(sol[0])} procent vid "
             "utgången av 2023.")

    sums, tot = inv_sums()
    pdf.h1("Kassaflödesbudget")
    inv = [t / 1000 for t in tot]
    ovr = [1.8, 2.1, 2.2]
    lop = [round(RB["res"][i + 2] - RB["avs"][i + 2] + ovr[i], 1) for i in range(3)]
    nyl = [20.0, 10.0, 0.0]
    amort = [-5.0, -5.0, -20.0]
    flow = [round(lop[i] - inv[i] + nyl[i] + amort[i], 1) for i in range(3)]
    start = [38.0]
    for f in flow[:-1]:
        start.append(round(start[-1] + f, 1))
    end = [round(s + f, 1) for s, f in zip(start, flow)]
    hdr = [["", "Budget", "Plan", "Plan"], ["Mnkr", "2025", "2026", "2027"]]
    w = [100, 22, 22, 22]
    rows = [(["Den löpande verksamheten"], "section"),
            (["Årets resultat"] + [D(v) for v in RB["res"][2:]], ""),
            (["Justering för av- och nedskrivningar"] + [D(-v) for v in RB["avs"][2:]], ""),
            (["Justering för övriga ej likviditetspåverkande poster"] + [D(v) for v in ovr], ""),
            (["Medel från den löpande verksamheten"] + [D(v) for v in lop], "sum"),
            (["Investeringsverksamheten"], "section"),
            (["Nettoinvesteringar"] + [D(-v) for v in inv], ""),
            (["Finansieringsverksamheten"], "section"),
            (["Nyupptagna lån"] + [D(v) for v in nyl], ""),
            (["Amortering av skuld"] + [D(v) for v in amort], ""),
            (["Årets kassaflöde"] + [D(v) for v in flow], "sum"),
            (["Likvida medel vid årets början"] + [D(v) for v in start], ""),
            (["Likvida medel vid årets slut"] + [D(v) for v in end], "sum")]
    pdf.table(hdr, rows, w, caption="Kassaflödesbudget")

    # Driftbudget landscape (tkr)
    pdf.add_page(orientation="L")
    pdf.h1("Driftbudget per nämnd")
    pdf.para("Nämndernas ramar anges som nettokostnad i tusental kronor (tkr). Ramarna för 2025 inkluderar "
             "kompensation för löneökningar och nämndernas andel av sparbetinget.")
    hdr = [["", "Budget", "Budget", "Plan", "Plan", "Förändring", "Förändring"],
           ["Tkr", "2024", "2025", "2026", "2027", "2024–2025", "%"]]
    w = [80, 27, 27, 27, 27, 32, 26]
    rows = []
    s = [0, 0, 0, 0]
    for nm, b24, b25 in NAMNDER:
        p26, p27 = plan(b25, 1.025), plan(b25, 1.05)
        for i, v in enumerate([b24, b25, p26, p27]):
            s[i] += v
        rows.append(([nm, T(b24), T(b25), T(p26), T(p27), T(b25 - b24), D(100 * (b25 - b24) / b24)], ""))
    rows.append((["Summa nämnder", T(s[0]), T(s[1]), T(s[2]), T(s[3]), T(s[1] - s[0]),
                  D(100 * (s[1] - s[0]) / s[0])], "sum"))
    net = [-RB["netto"][1] * 1000, -RB["netto"][2] * 1000, -RB["netto"][3] * 1000, -RB["netto"][4] * 1000]
    fin = [round(n - x) for n, x in zip(net, s)]
    rows.append((["Finansförvaltning och gemensamma poster", T(fin[0]), T(fin[1]), T(fin[2]), T(fin[3]),
                  T(fin[1] - fin[0]), D(100 * (fin[1] - fin[0]) / fin[0])], ""))
    rows.append((["Verksamhetens nettokostnader", T(net[0]), T(net[1]), T(net[2]), T(net[3]),
                  T(net[1] - net[0]), D(100 * (net[1] - net[0]) / net[0])], "sum"))
    pdf.table(hdr, rows, w, caption="Driftbudget 2025 och plan 2026–2027, nettokostnad per nämnd")
    pdf.note("Planåren 2026–2027 är preliminära och räknas upp med 2,5 procent per år. "
             "Överförmyndarnämnden är gemensam med Nybro kommun; Emmabodas andel redovisas.")

    # Investeringsbudget
    pdf.add_page(orientation="P")
    pdf.h1("Investeringsbudget")
    pdf.para(f"Investeringsbudgeten för 2025 uppgår till {fmt(tot[0] / 1000)} miljoner kronor. Den nya "
             "sporthallen i Emmaboda beräknas kosta totalt 62 miljoner kronor, varav 2,0 miljoner kronor har "
             "använts till förprojektering under 2023–2024.")
    hdr = [["", "Budget", "Plan", "Plan"], ["Belopp i tkr", "2025", "2026", "2027"]]
    w = [100, 22, 22, 22]
    rows = []
    for (nm, projs), (_, sm) in zip(INVEST, sums):
        rows.append(([nm], "section"))
        for p, a, b, c in projs:
            rows.append(([p, T(a), T(b), T(c)], ""))
        rows.append(([f"Summa {nm}", T(sm[0]), T(sm[1]), T(sm[2])], "sum"))
    rows.append((["Totalt", T(tot[0]), T(tot[1]), T(tot[2])], "sum"))
    pdf.table(hdr, rows, w, caption="Investeringsbudget 2025–2027")
    pdf.note("Investeringar i vatten och avlopp (Långasjö vattenverk) finansieras av VA-kollektivet.")

    # Nämnder
    pdf.add_page()
    pdf.h1("Nämndernas uppdrag")
    for nm, t in [("Kommunstyrelsen", "Kommunstyrelsen ansvarar för bland annat kommunledning, gator och parker, "
                   "räddningstjänst, fritid och kultur samt näringsliv och turism. Under 2025 ska upphandlingen av "
                   "den nya sporthallen slutföras."),
                  ("Barn- och utbildningsnämnden", "Nämnden ansvarar för förskola, grundskola, gymnasieskola, "
                   "vuxenutbildning och kulturskola. Emmaboda har fem grundskolor. Renoveringen av Vissefjärda "
                   "skola genomförs 2025–2026."),
                  ("Socialnämnden", "Socialnämnden ansvarar för äldreomsorg, stöd till personer med "
                   "funktionsnedsättning och individ- och familjeomsorg. Ett nytt LSS-boende med sex platser "
                   "öppnar i Emmaboda under våren 2025."),
                  ("Miljö- och byggnadsnämnden", "Nämnden ansvarar för bygglov, miljötillsyn och "
                   "livsmedelskontroll. Målet är att 90 procent av bygglovsbesluten ska fattas inom sex veckor.")]:
        pdf.h2(nm)
        pdf.para(t)
        pdf.para("Nämnden ska redovisa måluppfyllelse och ekonomisk prognos till kommunstyrelsen efter mars, "
                 "augusti och oktober.")
    pdf.h2("Kommunala bolag")
    pdf.para("Kommunen äger Emmaboda Bostäder AB och är delägare i Emmaboda Energi och Miljö AB. Borgensramen för "
             "Emmaboda Bostäder AB uppgår till 450 miljoner kronor.")
    pdf.add_page()
    pdf.h1("Begrepp")
    for t, d in [("Nettokostnad", "Kostnader efter avdrag för intäkter som avgifter och bidrag."),
                 ("Likvida medel", "Kassa och bank."),
                 ("Soliditet", "Eget kapital i procent av totala tillgångar."),
                 ("Tkr", "Tusental kronor."), ("Mnkr", "Miljoner kronor.")]:
        pdf.h3(t)
        pdf.para(d)
    pdf.output(path)
    return tot


def inv_sums():
    out = []
    for nm, projs in INVEST:
        out.append((nm, [sum(p[i] for p in projs) for i in (1, 2, 3)]))
    tot = [sum(s[i] for _, s in out) for i in range(3)]
    return out, tot


def drift23_sums():
    out = []
    for nm, rows in DRIFT23:
        b = sum(r[1] for r in rows)
        u = sum(r[2] for r in rows)
        out.append((nm, b, u))
    return out


def ar_pdf(path):
    pdf = Doc("Årsredovisning 2023", "Emmaboda kommun", "Emmaboda kommun – Årsredovisning 2023")
    pdf.add_page()
    pdf.set_y(80)
    pdf.set_font("DV", "B", 28)
    pdf.multi_cell(0, 13, "Årsredovisning 2023", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 13)
    pdf.multi_cell(0, 8, "Emmaboda kommun", align="C", new_x="LMARGIN", new_y="NEXT")

    pdf.add_page()
    pdf.h1("Kommunstyrelsens ordförande har ordet")
    pdf.para("Emmaboda kommun redovisar för 2023 ett negativt resultat på -6,8 miljoner kronor. Det är första "
             "gången sedan 2012 som kommunen går med underskott. Den höga inflationen har gett kraftigt ökade "
             "pensionskostnader, och behoven inom äldreomsorgen har ökat mer än vi räknat med.")
    pdf.para("Socialnämnden redovisar ett underskott om 9,6 miljoner kronor, främst inom äldreomsorgen där "
             "kostnaderna för bemanningssjuksköterskor uppgick till 4,2 miljoner kronor. Barn- och "
             "utbildningsnämnden redovisar ett underskott på 3,9 miljoner kronor.")
    pdf.para("Trots det svåra året investerade vi 61,4 miljoner kronor, bland annat i en tillbyggnad av "
             "förskolan i Algutsboda och i nya VA-ledningar i Vissefjärda.")
    pdf.para("Linnéa Berg (C), kommunstyrelsens ordförande")

    pdf.h1("Fem år i sammandrag")
    hdr = [["", "2019", "2020", "2021", "2022", "2023"]]
    w = [70, 20, 20, 20, 20, 20]
    five = [("Folkmängd 31 december", ["9 315", "9 287", "9 262", "9 231", "9 204"]),
            ("Kommunal skattesats, kr", ["22,16", "22,16", "22,41", "22,41", "22,41"]),
            ("Årets resultat, mnkr", ["12,3", "21,8", "28,4", "14,2", "(6,8)"]),
            ("Nettoinvesteringar, mnkr", ["48,2", "39,5", "52,7", "58,9", "61,4"]),
            ("Soliditet, %", ["37,1", "37,6", "38,4", "37,2", "35,0"]),
            ("Låneskuld, mnkr", ["255,0", "250,0", "262,0", "288,0", "318,0"]),
            ("Antal tillsvidareanställda", ["1 004", "996", "991", "985", "978"])]
    pdf.table(hdr, [([a] + b, "") for a, b in five], w, caption="Fem år i sammandrag")
    pdf.note("Negativa belopp anges inom parentes.")

    pdf.add_page()
    pdf.h1("Resultaträkning")
    u22 = {"int": 131.5, "kost": -772.4, "avs": -29.8, "skatt": 432.1, "stb": 255.2, "finint": 1.7, "finkost": -4.1}
    b23 = {"int": 132.0, "kost": -810.0, "avs": -32.0, "skatt": 447.0, "stb": 272.5, "finint": 1.5, "finkost": -6.5}
    u23 = {k: RB[k][0] for k in u22}

    def derived(d):
        d = dict(d)
        d["netto"] = round(d["int"] + d["kost"] + d["avs"], 1)
        d["vres"] = round(d["netto"] + d["skatt"] + d["stb"], 1)
        d["res"] = round(d["vres"] + d["finint"] + d["finkost"], 1)
        return d
    u22, b23, u23 = derived(u22), derived(b23), derived(u23)
    assert u22["res"] == 14.2 and b23["res"] == 4.5 and u23["res"] == -6.8, (u22["res"], b23["res"])
    P = lambda v: fmt(v, 1, "paren")  # noqa: E731
    hdr = [["", "", "Utfall", "Utfall", "Budget", ""], ["Mnkr", "Not", "2022", "2023", "2023", "Avvikelse"]]
    w = [66, 12, 22, 22, 22, 22]
    rows = []
    for lab, k, note, st in [("Verksamhetens intäkter", "int", "2", ""), ("Verksamhetens kostnader", "kost", "3", ""),
                             ("Avskrivningar", "avs", "4", ""), ("Verksamhetens nettokostnader", "netto", "", "sum"),
                             ("Skatteintäkter", "skatt", "5", ""),
                             ("Generella statsbidrag och utjämning", "stb", "6", ""),
                             ("Verksamhetens resultat", "vres", "", "sum"), ("Finansiella intäkter", "finint", "7", ""),
                             ("Finansiella kostnader", "finkost", "8", ""), ("Årets resultat", "res", "", "sum")]:
        rows.append(([lab, note, P(u22[k]), P(u23[k]), P(b23[k]), P(u23[k] - b23[k])], st))
    pdf.table(hdr, rows, w, caption="Resultaträkning – kommunen")
    pdf.para("Balanskravsresultatet för 2023 uppgår till -7,4 miljoner kronor efter avdrag för "
             "realisationsvinster på 0,6 miljoner kronor. Underskottet ska återställas inom tre år.")

    pdf.h1("Kassaflödesanalys")
    hdr = [["Mnkr", "2022", "2023"]]
    w = [100, 25, 25]
    rows = [(["Den löpande verksamheten"], "section"),
            (["Årets resultat", P(14.2), P(-6.8)], ""),
            (["Justering för av- och nedskrivningar", P(29.8), P(31.2)], ""),
            (["Justering för övriga ej likviditetspåverkande poster", P(2.4), P(3.1)], ""),
            (["Ökning/minskning av kortfristiga fordringar", P(-3.6), P(4.4)], ""),
            (["Ökning/minskning av kortfristiga skulder", P(5.1), P(-2.7)], ""),
            (["Medel från den löpande verksamheten", P(47.9), P(29.2)], "sum"),
            (["Investeringsverksamheten"], "section"),
            (["Investering i materiella anläggningstillgångar", P(-58.9), P(-61.4)], ""),
            (["Finansieringsverksamheten"], "section"),
            (["Nyupptagna lån", P(30.0), P(35.0)], ""),
            (["Amortering av skuld", P(-4.0), P(-5.0)], ""),
            (["Årets kassaflöde", P(15.0), P(-2.2)], "sum"),
            (["Likvida medel vid årets början", P(26.5), P(41.5)], ""),
            (["Likvida medel vid årets slut", P(41.5), P(39.3)], "sum")]
    pdf.table(hdr, rows, w, caption="Kassaflödesanalys")

    pdf.add_page()
    pdf.h1("Driftredovisning per nämnd")
    hdr = [["", "Budget", "Utfall", ""], ["Nettokostnad, tkr", "2023", "2023", "Avvikelse"]]
    w = [85, 27, 27, 27]
    rows = []
    tb = tu = 0
    for nm, b, u in drift23_sums():
        rows.append(([nm, fmt(b, 0), fmt(u, 0), fmt(b - u, 0)], ""))
        tb += b
        tu += u
    rows.append((["Summa nämnder", fmt(tb, 0), fmt(tu, 0), fmt(tb - tu, 0)], "sum"))
    pdf.table(hdr, rows, w, caption="Nämndernas driftredovisning 2023")
    pdf.note("Avvikelse = budget minus utfall. Negativt tal innebär underskott.")
    pdf.h1("Investeringar")
    tb = sum(r[1] for r in INV23)
    tu = sum(r[2] for r in INV23)
    assert tu == 61400
    pdf.para(f"Nettoinvesteringarna uppgick till {fmt(tu / 1000)} miljoner kronor 2023 mot en budget på "
             f"{fmt(tb / 1000)} miljoner kronor. Det största projektet var VA-ledningar i Vissefjärda.")
    pdf.h1("Personal")
    pdf.para("Antalet tillsvidareanställda var 978 den 31 december 2023. Sjukfrånvaron uppgick till 8,4 procent "
             "av den tillgängliga arbetstiden, en minskning från 8,9 procent 2022. Personalkostnaderna uppgick "
             "till 512,6 miljoner kronor.")
    pdf.h1("Väsentliga händelser")
    pdf.bullets(["Kommunfullmäktige beslutade i juni 2023 att bygga en ny sporthall i Emmaboda.",
                 "Tillbyggnaden av förskolan i Algutsboda togs i bruk i oktober.",
                 "Kommunen fick 1,3 miljoner kronor i statsbidrag för att minska bemanningskostnader."])
    pdf.output(path)


def html_page(path):
    tot = sum(n[2] for n in NAMNDER)
    trs = "\n".join(
        f"      <tr>\n        <td>{nm}</td>\n        <td>{fmt(b25 / 1000)}</td>\n        <td>{fmt(100 * b25 / tot)}</td>\n      </tr>"
        for nm, _, b25 in NAMNDER)
    html = f"""<!doctype html>
<html lang="sv">
<head>
  <meta charset="utf-8">
  <title>Ekonomi och budget | Emmaboda kommun</title>
  <style>.cookie{{position:fixed;bottom:0}} table{{border-collapse:collapse}}</style>
  <script src="/js/analytics.js"></script>
</head>
<body>
  <div class="cookie" id="cookieconsent">
    <strong>Emmaboda.se använder kakor</strong>
    <p>Nödvändiga kakor krävs för att webbplatsen ska fungera. Analyskakor hjälper oss att förbättra webbplatsen.</p>
    <button>Acceptera</button><button>Neka analyskakor</button><a href="/om-webbplatsen/kakor">Inställningar</a>
  </div>
  <header>
    <div class="top"><a href="/">Emmaboda kommun</a> <a href="/lattlast">Lättläst</a> <a href="/languages">Languages</a> <a href="/lyssna">Lyssna</a></div>
    <nav>
      <a href="/barn-och-utbildning">Barn och utbildning</a>
      <a href="/omsorg-och-hjalp">Omsorg och hjälp</a>
      <a href="/bygga-och-bo">Bygga och bo</a>
      <a href="/uppleva-och-gora">Uppleva och göra</a>
      <a href="/naringsliv-och-arbete">Näringsliv och arbete</a>
      <a href="/kommun-och-politik">Kommun och politik</a>
    </nav>
  </header>
  <main id="content">
    <div class="breadcrumb"><a href="/">Start</a> / <a href="/kommun-och-politik">Kommun och politik</a> / Ekonomi och budget</div>
    <h1>Ekonomi och budget</h1>
    <p class="lead">Här hittar du information om Emmaboda kommuns budget, årsredovisning och skattesats.</p>
    <h2>Budget 2025 i korthet</h2>
    <ul>
      <li>Kommunalskatten höjs med 30 öre till 22,71 kronor per hundralapp.</li>
      <li>Årets resultat budgeteras till 13,5 miljoner kronor.</li>
      <li>Investeringar för 64,2 miljoner kronor, bland annat en ny sporthall.</li>
      <li>Nämnderna får sammanlagt 26,2 miljoner kronor mer än 2024.</li>
    </ul>
    <h2>Nettokostnad per nämnd 2025</h2>
    <table>
      <caption>Budget 2025, nettokostnad i miljoner kronor och andel av nämndernas totala ram</caption>
      <tr>
        <th>Nämnd</th>
        <th>Mnkr</th>
        <th>Andel, %</th>
      </tr>
{trs}
      <tr>
        <td><strong>Summa</strong></td>
        <td><strong>{fmt(tot / 1000)}</strong></td>
        <td><strong>100,0</strong></td>
      </tr>
    </table>
    <h2>Årsredovisning</h2>
    <p>Årsredovisningen för 2023 visar ett underskott på 6,8 miljoner kronor. Årsredovisningen för 2024 publiceras i april 2025 efter att den behandlats av kommunfullmäktige.</p>
    <h2>Kontakt</h2>
    <p>Ekonomichef Henrik Sandberg, telefon 0471-24 90 00 (växel).</p>
    <p class="updated">Publicerad: 2024-12-02<br>Senast uppdaterad: 2025-02-10</p>
  </main>
  <footer>
    <p>Emmaboda kommun, Box 44, 361 21 Emmaboda. Telefon 0471-24 90 00. E-post: kommun@emmaboda.se</p>
    <p><a href="/tillganglighet">Tillgänglighet</a> · <a href="/dataskydd">Behandling av personuppgifter</a> · <a href="/om-webbplatsen">Om webbplatsen</a></p>
  </footer>
</body>
</html>
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(html)


def protokoll_docx(path):
    d = docx.Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10.5)
    d.add_heading("PROTOKOLLSUTDRAG", level=1)
    d.add_paragraph("Kommunfullmäktige, Emmaboda kommun. Sammanträdesdatum 2024-11-25.")
    d.add_paragraph("Plats: Emmaboda Folkets hus, kl. 18.30–21.40. Ordförande: Göran Fransson (S). "
                    "Sekreterare: Malin Åberg.")

    d.add_heading("§ 96 Skattesats för 2025", level=2)
    d.add_paragraph("Dnr 2024/KS0214")
    d.add_paragraph("Kommunstyrelsen föreslår att den kommunala skattesatsen för 2025 höjs med 30 öre till "
                    "22,71 kronor per skattekrona.")
    d.add_paragraph("Yrkanden: Linnéa Berg (C) yrkar bifall till kommunstyrelsens förslag. Peter Lind (M) yrkar, "
                    "med instämmande av Camilla Ek (SD), att skattesatsen ska vara oförändrad 22,41 kronor.")
    d.add_paragraph("Omröstning begärs. Med 19 ja-röster för kommunstyrelsens förslag mot 16 nej-röster beslutar "
                    "kommunfullmäktige enligt kommunstyrelsens förslag. Ingen ledamot avstod.")
    d.add_paragraph("Beslut: Den kommunala skattesatsen för 2025 fastställs till 22,71 kronor.")
    d.add_paragraph("Reservation: Ledamöterna för Moderaterna och Sverigedemokraterna reserverar sig mot beslutet "
                    "till förmån för Peter Linds yrkande.")

    d.add_heading("§ 97 Budget och plan 2025–2027", level=2)
    d.add_paragraph("Dnr 2024/KS0215")
    d.add_paragraph("Kommunstyrelsen har lämnat förslag till budget för 2025 och plan för 2026–2027. Budgeten "
                    "innebär ett resultat på 13,5 miljoner kronor och nettoinvesteringar på 64,2 miljoner kronor. "
                    "Nämndernas ramar för 2025 framgår av tabellen nedan.")
    docx_table(d, ["Nämnd", "Ram 2024, tkr", "Ram 2025, tkr", "Förändring, tkr"],
               [[nm, fmt(b24, 0), fmt(b25, 0), fmt(b25 - b24, 0)] for nm, b24, b25 in NAMNDER] +
               [["Summa", fmt(sum(n[1] for n in NAMNDER), 0), fmt(sum(n[2] for n in NAMNDER), 0),
                 fmt(sum(n[2] - n[1] for n in NAMNDER), 0)]])
    d.add_paragraph("")
    d.add_paragraph("Beslut:")
    d.add_paragraph("1. Budget och plan 2025–2027 fastställs enligt kommunstyrelsens förslag.", style="List Number")
    d.add_paragraph("2. Kommunstyrelsen får under 2025 uppta nya lån om högst 20 miljoner kronor.",
                    style="List Number")
    d.add_paragraph("3. Nämnderna ska senast den 31 januari 2025 redovisa hur sparbetinget ska fördelas.",
                    style="List Number")
    d.add_paragraph("Reservation: Moderaterna och Sverigedemokraterna reserverar sig till förmån för sitt "
                    "gemensamma budgetförslag. Vänsterpartiet lämnar en protokollsanteckning om att "
                    "föreningsbidragen borde ha höjts mer.")

    d.add_heading("§ 98 Borgensram för Emmaboda Bostäder AB", level=2)
    d.add_paragraph("Dnr 2024/KS0198")
    d.add_paragraph("Beslut: Kommunfullmäktige beslutar att höja borgensramen för Emmaboda Bostäder AB från 410 "
                    "miljoner kronor till 450 miljoner kronor. Borgensavgiften fastställs till 0,4 procent.")

    d.add_heading("§ 99 Motion om avgiftsfri kollektivtrafik för pensionärer", level=2)
    d.add_paragraph("Dnr 2024/KS0077")
    d.add_paragraph("Motionären Anna-Lena Strid (V) föreslår avgiftsfri kollektivtrafik för invånare över 75 år. "
                    "Kostnaden har beräknats till cirka 600 000 kronor per år.")
    d.add_paragraph("Beslut: Motionen avslås. Vänsterpartiet reserverar sig mot beslutet.")
    d.add_paragraph("Justerat 2024-11-29. Rätt utdraget intygar: Malin Åberg")
    save_docx(d, path, "Protokollsutdrag kommunfullmäktige 2024-11-25", "Emmaboda kommun")


def drift_xlsx(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Drift 2023"
    ws["A1"] = "Emmaboda kommun – driftredovisning per verksamhet 2023"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Belopp i tkr, nettokostnad"
    ws.append([])
    ws.append(["Nämnd", "Verksamhet", "Budget 2023", "Utfall 2023", "Avvikelse"])
    for c in ws[4]:
        c.font = Font(bold=True)
    tb = tu = 0
    for nm, rows in DRIFT23:
        for v, b, u in rows:
            ws.append([nm, v, b, u, b - u])
        b = sum(r[1] for r in rows)
        u = sum(r[2] for r in rows)
        ws.append([f"Summa {nm}", None, b, u, b - u])
        for c in ws[ws.max_row]:
            c.font = Font(bold=True)
        tb += b
        tu += u
    ws.append(["Totalt nämnder", None, tb, tu, tb - tu])
    for c in ws[ws.max_row]:
        c.font = Font(bold=True)
    ws.append([])
    ws.append(["Avvikelse = budget minus utfall. Negativt belopp = underskott."])
    ws.column_dimensions["A"].width = 34
    ws.column_dimensions["B"].width = 42
    for col in "CDE":
        ws.column_dimensions[col].width = 14

    ws2 = wb.create_sheet("Investeringar 2023")
    ws2["A1"] = "Investeringsredovisning 2023"
    ws2["A1"].font = Font(bold=True, size=13)
    ws2["A2"] = "Belopp i tkr"
    ws2.append([])
    ws2.append(["Projekt", "Budget 2023", "Utfall 2023", "Avvikelse", "Kommentar"])
    for c in ws2[4]:
        c.font = Font(bold=True)
    for p, b, u, k in INV23:
        ws2.append([p, b, u, b - u, k or None])
    tb = sum(r[1] for r in INV23)
    tu = sum(r[2] for r in INV23)
    ws2.append(["Summa investeringar", tb, tu, tb - tu, None])
    ws2.column_dimensions["A"].width = 36
    ws2.column_dimensions["E"].width = 32
    save_xlsx(wb, path, "Driftredovisning 2023", "Emmaboda kommun")


def press_txt(path):
    txt = """PRESSMEDDELANDE
Emmaboda kommun, 2024-04-18

Emmaboda kommun redovisar underskott för 2023

Emmaboda kommun redovisar ett resultat på minus 6,8 miljoner kronor för 2023. Budgeten var ett överskott på 4,5 miljoner kronor. Det är första gången sedan 2012 som kommunen går med underskott.

Den främsta orsaken är ökade pensionskostnader och ett underskott inom socialnämnden på 9,6 miljoner kronor. Även barn- och utbildningsnämnden redovisar ett underskott.

- Det här är ett allvarligt läge som kräver åtgärder. Vi kommer att behöva prioritera hårt de kommande åren, säger Linnéa Berg (C), kommunstyrelsens ordförande.

Under 2023 investerade kommunen 61,4 miljoner kronor. Största enskilda projekt var nya VA-ledningar i Vissefjärda för 17,0 miljoner kronor och tillbyggnaden av förskolan i Algutsboda för 15,2 miljoner kronor.

Sjukfrånvaron minskade till 8,4 procent.

Underskottet ska enligt kommunallagens balanskrav återställas inom tre år. Kommunstyrelsen återkommer med en åtgärdsplan i samband med budgetarbetet för 2025.

Årsredovisningen behandlas av kommunfullmäktige den 29 april 2024.

För mer information:
Linnéa Berg (C), kommunstyrelsens ordförande, tel. 0471-24 90 10
Henrik Sandberg, ekonomichef, tel. 0471-24 91 20
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(txt)


def build(outdir):
    os.makedirs(outdir, exist_ok=True)
    budget_pdf(os.path.join(outdir, "budget-och-plan-2025-2027.pdf"))
    ar_pdf(os.path.join(outdir, "arsredovisning-2023.pdf"))
    html_page(os.path.join(outdir, "ekonomi-och-budget.html"))
    protokoll_docx(os.path.join(outdir, "protokollsutdrag-kf-2024-11-25.docx"))
    drift_xlsx(os.path.join(outdir, "driftredovisning-2023.xlsx"))
    press_txt(os.path.join(outdir, "pressmeddelande-arsredovisning-2023.txt"))
