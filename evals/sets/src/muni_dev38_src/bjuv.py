"""Bjuvs kommun: Mål och budget 2025, årsredovisning 2024, webbsida, KS-protokoll, nyckeltal (xlsx), pressmeddelande."""
import os
from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font
from lib import Doc, sv, save_docx, save_xlsx, HTML_COOKIE

NAME = "Bjuvs kommun"
YEARS = ["Bokslut 2023", "Prognos 2024", "Budget 2025", "Plan 2026", "Plan 2027"]
POP = {2023: 16184, 2024: 16236, 2025: 16290, 2026: 16350, 2027: 16420}

# Resultatbudget, mnkr (five columns as YEARS)
RB = {
    "int": [198.4, 205.1, 209.6, 213.8, 218.1],
    "kost": [-1241.7, -1298.6, -1336.9, -1372.4, -1410.0],
    "avs": [-46.2, -49.8, -53.5, -57.9, -61.0],
    "skatt": [842.6, 878.4, 915.2, 946.8, 979.5],
    "gsb": [268.9, 282.3, 289.7, 295.1, 301.6],
    "finint": [2.9, 3.4, 3.1, 3.0, 3.0],
    "finkost": [-4.7, -6.1, -5.8, -6.9, -7.6],
}
def rb_derived():
    n = len(YEARS)
    nk = [round(RB["int"][i] + RB["kost"][i] + RB["avs"][i], 1) for i in range(n)]
    vr = [round(nk[i] + RB["skatt"][i] + RB["gsb"][i], 1) for i in range(n)]
    res = [round(vr[i] + RB["finint"][i] + RB["finkost"][i], 1) for i in range(n)]
    return nk, vr, res

# Driftbudget per nämnd, mnkr: Budget 2024, Budget 2025, Plan 2026, Plan 2027
DRIFT = [
    ("Kommunfullmäktige och revision", [-3.1, -3.2, -3.3, -3.4]),
    ("Kommunstyrelsen", [-112.6, -118.4, -120.9, -123.5]),
    ("Barn- och utbildningsnämnden", [-481.2, -498.7, -509.3, -520.1]),
    ("Vård- och omsorgsnämnden", [-338.9, -352.6, -361.0, -370.4]),
    ("Kultur- och fritidsnämnden", [-40.1, -41.3, -42.0, -42.8]),
    ("Samhällsbyggnadsnämnden", [-60.5, -62.8, -64.1, -65.2]),
    ("Bygg- och miljönämnden", [-9.4, -9.7, -9.9, -10.1]),
]
# verksamhetens nettokostnad budget 2024 (original budget) for finansförvaltning row
VNK_B2024 = -1128.4

# Investeringsbudget, tkr: (label, [2025, 2026, 2027]) ; None = section row
INV = [
    ("Kommunstyrelsen", None),
    ("IT-infrastruktur och digitalisering", [3500, 3000, 3000]),
    ("Fordon och maskiner", [1200, 1500, 1000]),
    ("Barn- och utbildningsnämnden", None),
    ("Ny förskola Ekeby, 8 avdelningar", [38000, 24500, 0]),
    ("Skolgård Björnekulla skola 1)", [4200, 0, 0]),
    ("Inventarier skola och förskola", [2500, 2500, 2500]),
    ("Vård- och omsorgsnämnden", None),
    ("Välfärdsteknik", [1800, 1500, 1500]),
    ("Ombyggnad Solgårdens särskilda boende", [6500, 12000, 0]),
    ("Kultur- och fritidsnämnden", None),
    ("Konstgräsplan Bjuvs IP", [7800, 0, 0]),
    ("Ombyggnad Billesholms bibliotek", [2100, 0, 0]),
    ("Samhällsbyggnadsnämnden", None),
    ("Gång- och cykelväg Bjuv–Billesholm 2)", [9400, 6000, 0]),
    ("Gatubelysning, byte till LED", [2000, 2000, 2000]),
    ("Beläggningsunderhåll gator", [5500, 5500, 5500]),
    ("Dagvattendamm Selleberga", [3300, 8700, 4000]),
    ("Exploatering Varagårdens verksamhetsområde", [12000, 15000, 10000]),
]

# Årsredovisning 2024: driftredovisning (Budget 2024, Utfall 2024), mnkr
AR_DRIFT = [
    ("Kommunfullmäktige och revision", -3.1, -2.8),
    ("Kommunstyrelsen", -112.6, -110.9),
    ("Barn- och utbildningsnämnden", -481.2, -485.1),
    ("Vård- och omsorgsnämnden", -338.9, -344.6),
    ("Kultur- och fritidsnämnden", -40.1, -39.5),
    ("Samhällsbyggnadsnämnden", -60.5, -58.7),
    ("Bygg- och miljönämnden", -9.4, -8.9),
]
# Årsredovisning resultaträkning: Utfall 2023, Budget 2024, Utfall 2024
AR_RR = {
    "int": [198.4, 202.0, 211.8],
    "kost": [-1241.7, -1283.9, -1302.9],
    "avs": [-46.2, -46.5, -48.9],
    "skatt": [842.6, 866.0, 874.9],
    "gsb": [268.9, 276.5, 282.3],
    "finint": [2.9, 3.0, 4.1],
    "finkost": [-4.7, -6.5, -2.7],
}


def _rr_rows(d, ncol, neg):
    nk = [round(d["int"][i] + d["kost"][i] + d["avs"][i], 1) for i in range(ncol)]
    vr = [round(nk[i] + d["skatt"][i] + d["gsb"][i], 1) for i in range(ncol)]
    fin = [round(vr[i] + d["finint"][i] + d["finkost"][i], 1) for i in range(ncol)]
    f = lambda xs: [sv(x, 1, neg) for x in xs]
    rows = [
        ["Verksamhetens intäkter", "1"] + f(d["int"]),
        ["Verksamhetens kostnader", "2"] + f(d["kost"]),
        ["Avskrivningar", "3"] + f(d["avs"]),
        ["Verksamhetens nettokostnader", ""] + f(nk),
        ["Skatteintäkter", "4"] + f(d["skatt"]),
        ["Generella statsbidrag och utjämning", "5"] + f(d["gsb"]),
        ["Verksamhetens resultat", ""] + f(vr),
        ["Finansiella intäkter", "6"] + f(d["finint"]),
        ["Finansiella kostnader", "7"] + f(d["finkost"]),
        ["Resultat efter finansiella poster", ""] + f(fin),
        ["Extraordinära poster", ""] + ["0,0"] * ncol,
        ["Årets resultat", ""] + f(fin),
    ]
    return rows, nk, vr, fin


FILLER = {
    "omvarld": ("Sveriges ekonomi har under 2024 präglats av fallande inflation och en successivt lägre "
                "styrränta. Sveriges Kommuner och Regioner (SKR) bedömer att skatteunderlaget växer "
                "långsammare än kostnaderna under planperioden, samtidigt som den demografiska utvecklingen "
                "med fler äldre och fler barn i skolåldern ställer krav på omställning. För Bjuvs kommun "
                "innebär det att verksamheterna måste prioritera, effektivisera och samverka över "
                "förvaltningsgränserna."),
    "styr": ("Bjuvs kommuns styrmodell utgår från kommunfullmäktiges vision och mål. Nämnderna bryter ned "
             "målen i nämndmål och aktiviteter som följs upp i delårsrapporten per den 31 augusti och i "
             "årsredovisningen. Målen ska vara mätbara och kopplade till resurser, så att det går att "
             "bedöma om verksamheten bedrivs med god ekonomisk hushållning."),
}


def budget_pdf(path):
    pdf = Doc("Bjuvs kommun · Mål och budget 2025 med plan 2026–2027")
    nk, vr, res = rb_derived()
    # cover
    pdf.add_page()
    pdf.ln(50)
    pdf.set_font("S", "B", 26)
    pdf.multi_cell(0, 12, "Mål och budget 2025\nmed plan 2026–2027")
    pdf.ln(6)
    pdf.set_font("S", "", 12)
    pdf.multi_cell(0, 7, "Bjuvs kommun\nAntagen av kommunfullmäktige 2024-11-28, § 118\nDnr KS 2024/0212")
    # contents
    pdf.add_page()
    pdf.h1("Innehåll")
    for t, s in [("Förord", 3), ("Bjuv i siffror och omvärld", 4), ("Vision och mål", 5),
                 ("Ekonomiska förutsättningar", 6), ("Resultatbudget", 7), ("Balansbudget", 8),
                 ("Kassaflödesbudget", 9), ("Driftbudget per nämnd", 10), ("Nämndernas uppdrag", 11),
                 ("Investeringsbudget", 12), ("Personal och känslighetsanalys", 14)]:
        pdf.set_font("S", "", 10)
        pdf.cell(140, 6, t)
        pdf.cell(0, 6, str(s), align="R")
        pdf.ln(6)
    # foreword
    pdf.add_page()
    pdf.h1("Förord")
    pdf.p("Med denna budget tar vi ansvar för Bjuvs ekonomi i en tid när kostnaderna ökar snabbare än "
          "intäkterna. Vi väljer att behålla skattesatsen oförändrad på 22,09 kronor per skattekrona, "
          "samtidigt som vi prioriterar barnen, de äldre och tryggheten i våra samhällen Bjuv, Billesholm "
          "och Ekeby.")
    pdf.p("Resultatet för 2025 budgeteras till 21,4 miljoner kronor, vilket motsvarar 1,8 procent av "
          "skatteintäkter och generella statsbidrag. Det är något under det finansiella målet om 2,0 procent, "
          "men en tydlig förbättring jämfört med prognosen för 2024.")
    pdf.p("Alla nämnder får ett generellt effektiviseringskrav om 1,0 procent, vilket sammantaget motsvarar "
          "10,8 miljoner kronor. Samtidigt tillförs förskolan 4,7 miljoner kronor för att minska "
          "barngruppernas storlek, och vi avsätter 1,5 miljoner kronor till fler fältassistenter och "
          "trygghetsvärdar.")
    pdf.p("Den största investeringen under planperioden är den nya förskolan i Ekeby med åtta avdelningar. "
          "Vi bygger också en gång- och cykelväg mellan Bjuv och Billesholm som knyter ihop kommunens två "
          "största orter.")
    pdf.p("Jag vill tacka alla medarbetare för ett fantastiskt arbete och ser fram emot ett år där vi "
          "tillsammans gör Bjuv ännu bättre att leva och verka i.")
    pdf.set_font("S", "I", 9.5)
    pdf.multi_cell(0, 5, "Anna-Karin Lövgren (M)\nKommunstyrelsens ordförande")
    # Bjuv i siffror
    pdf.add_page()
    pdf.h1("Bjuv i siffror och omvärld")
    pdf.p(FILLER["omvarld"])
    pdf.p(f"Den 31 december 2023 hade Bjuvs kommun 16 184 invånare. Befolkningsprognosen visar en "
          f"fortsatt måttlig ökning till 16 420 invånare år 2027. Antalet invånare över 80 år väntas öka med "
          f"cirka 9 procent under perioden, medan antalet barn i förskoleåldern är i stort sett oförändrat.")
    pdf.table("Befolkningsprognos, antal invånare 31 december",
              [["", "Utfall", "Prognos", "Prognos", "Prognos", "Prognos"],
               ["Ålder", "2023", "2024", "2025", "2026", "2027"]],
              [["0–5 år", "1 262", "1 255", "1 249", "1 251", "1 256"],
               ["6–15 år", "2 118", "2 131", "2 140", "2 152", "2 160"],
               ["16–64 år", "9 522", "9 530", "9 546", "9 561", "9 580"],
               ["65–79 år", "2 406", "2 420", "2 437", "2 451", "2 466"],
               ["80 år och äldre", "876", "900", "918", "935", "958"],
               ["Totalt", "16 184", "16 236", "16 290", "16 350", "16 420"]],
              [50, 24, 24, 24, 24, 24], bold_rows=(5,))
    pdf.note("Källa: SCB och kommunens egen befolkningsprognos, mars 2024.")
    # vision och mål
    pdf.add_page()
    pdf.h1("Vision och mål")
    pdf.p("Visionen är att Bjuv ska vara en trygg och hållbar kommun där alla ges möjlighet att växa. "
          "Kommunfullmäktige har fastställt fyra övergripande mål för mandatperioden.")
    pdf.p(FILLER["styr"])
    pdf.bullets(["Mål 1: Alla barn och elever ska nå kunskapsmålen.",
                 "Mål 2: Bjuv ska vara en trygg kommun att bo och vistas i.",
                 "Mål 3: Fler invånare ska vara självförsörjande.",
                 "Mål 4: Kommunens ekonomi ska präglas av god ekonomisk hushållning."])
    pdf.table("Indikatorer för kommunfullmäktiges mål",
              [["Indikator", "Utfall 2023", "Mål 2025"]],
              [["Behöriga elever till gymnasiets yrkesprogram, %", "78,4", "84,0"],
               ["Andel invånare som känner sig trygga utomhus, %", "61", "70"],
               ["Hushåll med ekonomiskt bistånd, antal", "412", "360"],
               ["Resultat i % av skatter och statsbidrag", "1,8", "2,0"],
               ["Självfinansieringsgrad investeringar, %", "64", "70"]],
              [110, 30, 30])
    # ekonomiska förutsättningar
    pdf.add_page()
    pdf.h1("Ekonomiska förutsättningar")
    pdf.p("Budgeten bygger på SKR:s skatteunderlagsprognos från oktober 2024 och en oförändrad kommunal "
          "skattesats om 22,09 kronor. Skatteintäkterna beräknas uppgå till 915,2 miljoner kronor 2025 och "
          "de generella statsbidragen och utjämningen till 289,7 miljoner kronor.")
    pdf.p("Det finansiella målet är att resultatet ska uppgå till minst 2,0 procent av skatteintäkter och "
          "generella statsbidrag över en rullande femårsperiod. Investeringar ska i genomsnitt finansieras "
          "till minst 70 procent med egna medel. Nyupplåningen 2025 beräknas till 35 miljoner kronor.")
    pdf.p("Pensionskostnaderna ökar under 2025 med 6,2 miljoner kronor, bland annat till följd av det nya "
          "pensionsavtalet AKAP-KR. Prisuppräkningen av nämndernas ramar görs med 2,0 procent och "
          "löneuppräkningen med 3,4 procent.")
    # resultatbudget
    pdf.add_page()
    pdf.h1("Resultatbudget")
    rows, _, _, _ = _rr_rows(RB, 5, "–")
    pdf.table("Resultatbudget, belopp i mnkr",
              [["", "", "Bokslut", "Prognos", "Budget", "Plan", "Plan"],
               ["", "Not", "2023", "2024", "2025", "2026", "2027"]],
              rows, [62, 10, 19.5, 19.5, 19.5, 19.5, 19.5], bold_rows=(3, 6, 9, 11))
    pdf.p("Verksamhetens nettokostnader ökar med 3,3 procent mellan prognos 2024 och budget 2025. "
          "Avskrivningarna ökar som en följd av den höga investeringsnivån.")
    pdf.note("Noter finns i årsredovisningen. Beloppen är avrundade, vilket kan medföra att summor inte "
             "alltid stämmer exakt.")
    # balansbudget
    pdf.add_page()
    pdf.h1("Balansbudget")
    mat = [1146.2, 1212.5, 1298.4, 1371.0, 1432.6]
    finat = [38.5, 38.5, 38.5, 38.5, 38.5]
    ford = [96.3, 98.0, 100.0, 102.0, 104.0]
    kassa = [58.7, 42.1, 30.5, 28.9, 31.2]
    ek = [420.7]
    for r in res[1:]:
        ek.append(round(ek[-1] + r, 1))
    avs = [92.4, 95.1, 98.3, 101.2, 104.6]
    kfs = [214.6, 219.0, 223.5, 228.0, 232.6]
    sa = [round(mat[i] + finat[i], 1) for i in range(5)]
    so = [round(ford[i] + kassa[i], 1) for i in range(5)]
    st = [round(sa[i] + so[i], 1) for i in range(5)]
    lfs = [round(st[i] - ek[i] - avs[i] - kfs[i], 1) for i in range(5)]
    f = lambda xs: [sv(x) for x in xs]
    BAL = [["TILLGÅNGAR"] + [""] * 5,
           ["Materiella anläggningstillgångar"] + f(mat),
           ["Finansiella anläggningstillgångar"] + f(finat),
           ["Summa anläggningstillgångar"] + f(sa),
           ["Fordringar"] + f(ford),
           ["Kassa och bank"] + f(kassa),
           ["Summa omsättningstillgångar"] + f(so),
           ["SUMMA TILLGÅNGAR"] + f(st),
           ["EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER"] + [""] * 5,
           ["Eget kapital"] + f(ek),
           ["  därav årets resultat"] + f(res),
           ["Avsättningar för pensioner"] + f(avs),
           ["Långfristiga skulder"] + f(lfs),
           ["Kortfristiga skulder"] + f(kfs),
           ["SUMMA EGET KAPITAL OCH SKULDER"] + f(st)]
    pdf.table("Balansbudget, mnkr",
              [["", "Bokslut", "Prognos", "Budget", "Plan", "Plan"],
               ["", "2023", "2024", "2025", "2026", "2027"]],
              BAL, [80, 18, 18, 18, 18, 18], bold_rows=(3, 6, 7, 14), section_rows=(0, 8), size=8)
    sol = [round(100 * ek[i] / st[i], 1) for i in range(5)]
    pdf.p(f"Soliditeten, det vill säga eget kapital i förhållande till totala tillgångar, beräknas till "
          f"{sv(sol[2])} procent vid utgången av 2025.")
    # kassaflöde
    pdf.add_page()
    pdf.h1("Kassaflödesbudget")
    inv_tot = [sum(v[k] for _, v in INV if v) / 1000 for k in range(3)]
    KF = [["Den löpande verksamheten"] + [""] * 3,
          ["Årets resultat"] + [sv(x) for x in res[2:]],
          ["Justering för av- och nedskrivningar"] + [sv(-x) for x in RB["avs"][2:]],
          ["Justering för avsättningar"] + [sv(avs[i] - avs[i - 1]) for i in (2, 3, 4)],
          ["Medel från den löpande verksamheten"] + [sv(res[i] - RB["avs"][i] + avs[i] - avs[i - 1]) for i in (2, 3, 4)],
          ["Investeringsverksamheten"] + [""] * 3,
          ["Investering i materiella anläggningstillgångar"] + [sv(-x) for x in inv_tot],
          ["Finansieringsverksamheten"] + [""] * 3,
          ["Nyupptagna lån"] + ["35,0", "40,0", "30,0"],
          ["Amortering av skuld"] + ["-8,0", "-8,0", "-8,0"]]
    pdf.table("Kassaflödesbudget, mnkr",
              [["", "Budget", "Plan", "Plan"], ["", "2025", "2026", "2027"]],
              KF, [95, 25, 25, 25], bold_rows=(4,), section_rows=(0, 5, 7))
    pdf.p("Investeringarna finansieras delvis med nya lån. Låneskulden beräknas öka med netto 27 miljoner "
          "kronor under 2025.")
    # driftbudget landscape
    pdf.add_page(orientation="L")
    pdf.h1("Driftbudget per nämnd")
    rows = []
    s = [0.0] * 4
    for n, v in DRIFT:
        ch = round(v[1] - v[0], 1)
        pct = round(100 * (v[1] - v[0]) / v[0], 1)
        kpi = round(-v[1] * 1e6 / POP[2025])
        rows.append([n] + [sv(x) for x in v] + [sv(ch), sv(pct), sv(kpi, 0)])
        s = [s[i] + v[i] for i in range(4)]
    s = [round(x, 1) for x in s]
    rows.append(["Summa nämnder"] + [sv(x) for x in s] + [sv(s[1] - s[0]), sv(100 * (s[1] - s[0]) / s[0]), sv(-s[1] * 1e6 / POP[2025], 0)])
    ff = [round(VNK_B2024 - s[0], 1), round(nk[2] - s[1], 1), round(nk[3] - s[2], 1), round(nk[4] - s[3], 1)]
    rows.append(["Finansförvaltning 1)"] + [sv(x) for x in ff] + [sv(ff[1] - ff[0]), "", ""])
    tot = [VNK_B2024, nk[2], nk[3], nk[4]]
    rows.append(["Verksamhetens nettokostnader"] + [sv(x) for x in tot] + [sv(tot[1] - tot[0]), sv(100 * (tot[1] - tot[0]) / tot[0]), sv(-tot[1] * 1e6 / POP[2025], 0)])
    pdf.table("Nettokostnad per nämnd, mnkr (kolumnen längst till höger i kronor per invånare)",
              [["", "Budget", "Budget", "Plan", "Plan", "Förändring", "Förändring", "kr per invånare"],
               ["Nämnd", "2024", "2025", "2026", "2027", "2024–2025", "%", "2025"]],
              rows, [78, 24, 24, 24, 24, 28, 24, 31], bold_rows=(7, 9))
    pdf.note("1) Finansförvaltningen omfattar pensionskostnader, avskrivningar, interna kapitalkostnader och "
             "centrala reserver. Kronor per invånare beräknas på 16 290 invånare.")
    # nämndernas uppdrag
    pdf.add_page(orientation="P")
    pdf.h1("Nämndernas uppdrag")
    pdf.h2("Barn- och utbildningsnämnden")
    pdf.p("Nämndens ram ökar med 17,5 miljoner kronor. I ramen ingår satsningen på mindre barngrupper i "
          "förskolan. Nämnden prognostiserar för 2024 ett underskott om -3,2 miljoner kronor, främst till "
          "följd av ökade kostnader för skolskjuts och tilläggsbelopp.")
    pdf.h2("Vård- och omsorgsnämnden")
    pdf.p("Nämnden ska under 2025 minska kostnaderna för inhyrda sjuksköterskor från bemanningsföretag med "
          "700 000 kronor. Antalet platser i särskilt boende är oförändrat, 142 platser, fram till att "
          "ombyggnaden av Solgården är klar 2026.")
    pdf.h2("Samhällsbyggnadsnämnden")
    pdf.p("Nämnden ansvarar för gator, parker och kommunens lokaler. Underhållsskulden i gatunätet "
          "uppskattas till cirka 48 miljoner kronor. Nämnden får en ramförstärkning om 900 000 kronor "
          "för vinterväghållning.")
    pdf.h2("Kultur- och fritidsnämnden")
    pdf.p("Föreningsbidragen räknas upp med 3 procent. Nämnden ska utreda öppettiderna på biblioteken i "
          "Bjuv och Billesholm och återrapportera till kommunstyrelsen senast i juni 2025.")
    # investeringsbudget
    pdf.add_page()
    pdf.h1("Investeringsbudget")
    pdf.p("Investeringsbudgeten för 2025 uppgår till totalt 99,8 miljoner kronor, varav den nya förskolan "
          "i Ekeby svarar för den största delen. Under hela planperioden 2025–2027 investerar kommunen för "
          "drygt 211 miljoner kronor.")
    pdf.p("Investeringarna prövas i en gemensam investeringsprocess där varje projekt ska ha en "
          "driftkonsekvensbeskrivning. Projekt över 10 miljoner kronor kräver särskilt startbeslut i "
          "kommunstyrelsen. " + FILLER["styr"])
    pdf.p("Kommunens investeringsnivå är hög i förhållande till avskrivningarna, vilket innebär att en "
          "växande del av investeringarna måste lånefinansieras. Kommunstyrelsen har därför gett "
          "förvaltningen i uppdrag att se över möjligheten att sälja verksamhetsfastigheter som inte längre "
          "behövs för den egna verksamheten.")
    irows, bold, sect = [], [], []
    cur = None
    sub = [0, 0, 0]
    total = [0, 0, 0]
    def flush(name):
        bold.append(len(irows))
        irows.append([f"Summa {name[0].lower() + name[1:]}"] + [sv(x, 0) for x in sub] + [sv(sum(sub), 0)])
    for lab, v in INV:
        if v is None:
            if cur:
                flush(cur)
            cur = lab
            sub = [0, 0, 0]
            sect.append(len(irows))
            irows.append([lab, "", "", "", ""])
        else:
            irows.append([lab] + [sv(x, 0) for x in v] + [sv(sum(v), 0)])
            sub = [sub[i] + v[i] for i in range(3)]
            total = [total[i] + v[i] for i in range(3)]
    flush(cur)
    bold.append(len(irows))
    irows.append(["Totalt investeringar"] + [sv(x, 0) for x in total] + [sv(sum(total), 0)])
    pdf.ln(62)
    pdf.table("Investeringsbudget per nämnd och projekt, tkr",
              [["", "Budget", "Plan", "Plan", "Summa"], ["Projekt", "2025", "2026", "2027", "2025–2027"]],
              irows, [90, 20, 20, 20, 25], bold_rows=tuple(bold), section_rows=tuple(sect))
    pdf.note("1) Varav 1 800 tkr finansieras med statsbidrag för skolgårdsprojekt.\n"
             "2) Projektet medfinansieras av Trafikverket med 50 procent; beloppen i tabellen är bruttobelopp.")
    # personal & känslighet
    pdf.add_page()
    pdf.h1("Personal och känslighetsanalys")
    pdf.p("Bjuvs kommun har cirka 1 380 tillsvidareanställda. Sjukfrånvaron var 7,9 procent 2023 och målet "
          "är att den ska understiga 7,0 procent 2025. Kompetensförsörjningen är en av kommunens största "
          "utmaningar, särskilt inom förskola, vård och omsorg.")
    pdf.table("Känslighetsanalys, påverkan på resultatet i mnkr",
              [["Förändring", "mnkr"]],
              [["Löneförändring med 1 procent", "8,6"],
               ["Skatteunderlaget förändras med 1 procent", "9,2"],
               ["Ändrad kommunalskatt med 1 krona", "41,4"],
               ["Räntan förändras med 1 procentenhet", "3,1"],
               ["Tio fler invånare", "0,6"]],
              [110, 30])
    pdf.save(path)
    return {"nk": nk, "res": res, "ek": ek, "st": st, "sol": sol, "inv_total": total}


def arsred_pdf(path):
    pdf = Doc("Årsredovisning 2024 · Bjuvs kommun")
    pdf.add_page()
    pdf.ln(60)
    pdf.set_font("S", "B", 26)
    pdf.multi_cell(0, 12, "Årsredovisning 2024")
    pdf.set_font("S", "", 12)
    pdf.multi_cell(0, 7, "Bjuvs kommun\nGodkänd av kommunfullmäktige 2025-04-24, § 41")
    rows, nk, vr, res = _rr_rows(AR_RR, 3, "-")
    pdf.add_page()
    pdf.h1("Året i korthet")
    pdf.p(f"Bjuvs kommun redovisar ett resultat för 2024 på 18,6 miljoner kronor, vilket är 8,0 miljoner "
          f"kronor bättre än budget. Resultatet motsvarar 1,6 procent av skatteintäkter och generella "
          f"statsbidrag. Det finansiella målet om 2,0 procent nåddes därmed inte.")
    pdf.p("Nettoinvesteringarna uppgick till 96,4 miljoner kronor, vilket är lägre än budgeterade "
          "124,0 miljoner kronor. Förskjutningen beror främst på att bygget av förskolan i Ekeby startade "
          "senare än planerat.")
    pdf.p("Antalet invånare ökade under året med 52 personer till 16 236. Sjukfrånvaron bland kommunens "
          "medarbetare minskade till 7,4 procent.")
    pdf.table("Fem år i sammandrag",
              [["", "2020", "2021", "2022", "2023", "2024"]],
              [["Antal invånare 31/12", "15 892", "15 987", "16 102", "16 184", "16 236"],
               ["Kommunal skattesats, kr", "22,09", "22,09", "22,09", "22,09", "22,09"],
               ["Årets resultat, mnkr", "31,5", "42,7", "12,3", "20,2", "18,6"],
               ["Soliditet, %", "33,4", "35,1", "33,8", "31,4", "30,6"],
               ["Nettoinvesteringar, mnkr", "71,2", "88,9", "102,5", "115,7", "96,4"],
               ["Antal tillsvidareanställda", "1 322", "1 341", "1 356", "1 378", "1 384"]],
              [60, 22, 22, 22, 22, 22])
    pdf.add_page()
    pdf.h1("Förvaltningsberättelse")
    pdf.h2("Händelser av väsentlig betydelse")
    pdf.p("Under 2024 fattade kommunfullmäktige beslut om att bygga en ny förskola i Ekeby. Kommunen "
          "tecknade även ett nytt avtal om gemensam räddningstjänst med grannkommunerna. Den 1 juli "
          "infördes en ny organisation för kommunens måltidsverksamhet.")
    pdf.h2("God ekonomisk hushållning")
    pdf.p("Av kommunfullmäktiges fem finansiella och verksamhetsmässiga indikatorer uppfylldes tre helt, en "
          "delvis och en inte alls. Sammantaget bedömer kommunstyrelsen att kommunen delvis uppnått god "
          "ekonomisk hushållning under 2024.")
    pdf.p("Balanskravsresultatet uppgick till 17,9 miljoner kronor efter avdrag för realisationsvinster om "
          "0,7 miljoner kronor. Kommunen har inga tidigare underskott att återställa.")
    pdf.add_page()
    pdf.h1("Resultaträkning")
    pdf.table("Resultaträkning (mnkr)",
              [["", "", "Utfall", "Budget", "Utfall"], ["", "Not", "2023", "2024", "2024"]],
              rows, [80, 12, 25, 25, 25], bold_rows=(3, 6, 9, 11))
    pdf.add_page()
    pdf.h1("Driftredovisning")
    pdf.p("Nämnderna redovisar sammantaget ett underskott mot budget. Barn- och utbildningsnämnden redovisar "
          "ett underskott om -3,9 miljoner kronor och vård- och omsorgsnämnden ett underskott om "
          "-5,7 miljoner kronor, medan samhällsbyggnadsnämnden redovisar ett överskott om 1,8 miljoner kronor.")
    drows = []
    sb = su = 0
    for n, b, u in AR_DRIFT:
        drows.append([n, sv(b), sv(u), sv(u - b)])
        sb += b
        su += u
    drows.append(["Summa nämnder", sv(sb), sv(su), sv(su - sb)])
    pdf.table("Driftredovisning per nämnd, mnkr",
              [["Nämnd", "Budget 2024", "Utfall 2024", "Avvikelse"]],
              drows, [80, 28, 28, 28], bold_rows=(len(drows) - 1,))
    pdf.note("Negativ avvikelse innebär underskott mot budget.")
    pdf.save(path)
    return {"res": res, "sb": round(sb, 1), "su": round(su, 1)}


def html(path):
    rows = [("Förskola och grundskola", 41, 445.5), ("Äldreomsorg", 19, 206.5),
            ("Stöd till personer med funktionsnedsättning", 11, 119.5), ("Individ- och familjeomsorg", 8, 86.9),
            ("Gymnasieskola och vuxenutbildning", 9, 97.8), ("Gator, parker och infrastruktur", 5, 54.3),
            ("Kultur och fritid", 4, 43.5), ("Politik, administration och övrigt", 3, 32.7)]
    trs = "\n".join(f"        <tr><td>{a}</td><td>{b}</td><td>{sv(c)}</td></tr>" for a, b, c in rows)
    tot = sum(r[2] for r in rows)
    html = f"""<!DOCTYPE html>
<html lang="sv">
<head><meta charset="utf-8"><title>Så används din skatt - Bjuvs kommun</title>
<link rel="stylesheet" href="/static/css/main.css"></head>
<body>
{HTML_COOKIE}
<header class="site-header">
  <a class="logo" href="/">Bjuvs kommun</a>
  <nav class="main-nav"><ul>
    <li><a href="/barn-och-utbildning">Barn och utbildning</a></li>
    <li><a href="/omsorg-och-stod">Omsorg och stöd</a></li>
    <li><a href="/bygga-bo-och-miljo">Bygga, bo och miljö</a></li>
    <li><a href="/kultur-och-fritid">Kultur och fritid</a></li>
    <li><a href="/kommun-och-politik">Kommun och politik</a></li>
  </ul></nav>
  <form class="search"><input type="search" placeholder="Sök på bjuv.se"><button>Sök</button></form>
</header>
<nav class="breadcrumbs">Start / Kommun och politik / Ekonomi / Så används din skatt</nav>
<main id="content">
  <h1>Så används din skatt</h1>
  <p class="ingress">Kommunalskatten är kommunens viktigaste inkomstkälla. År 2025 är skattesatsen i Bjuvs kommun 22,09 kronor per intjänad hundralapp. Till det kommer skatten till Region Skåne på 11,18 kronor, vilket ger en total skattesats på 33,27 kronor.</p>
  <h2>Vart går 100 kronor i skatt?</h2>
  <p>Tabellen visar hur varje hundralapp i kommunalskatt fördelas mellan kommunens verksamheter enligt budget 2025. Fördelningen bygger på verksamheternas nettokostnader, exklusive finansförvaltningen.</p>
  <table class="table">
    <caption>Fördelning av 100 kronor i kommunalskatt, budget 2025</caption>
    <thead><tr><th>Verksamhet</th><th>Kronor av 100</th><th>Nettokostnad 2025, mnkr</th></tr></thead>
    <tbody>
{trs}
    </tbody>
    <tfoot><tr><td>Totalt</td><td>100</td><td>{sv(tot)}</td></tr></tfoot>
  </table>
  <p>En invånare som tjänar 30 000 kronor i månaden betalar ungefär 6 600 kronor i kommunalskatt till Bjuvs kommun varje månad.</p>
  <h2>Vill du veta mer?</h2>
  <p>Läs hela dokumentet Mål och budget 2025 med plan 2026–2027 eller kontakta ekonomiavdelningen via kommunens kontaktcenter.</p>
  <p class="meta">Publicerad: 2025-01-15 · Senast uppdaterad: 2025-02-03</p>
</main>
<footer class="site-footer">
  <p>Bjuvs kommun · 267 80 Bjuv · Besöksadress: Järnvägsgatan 36 · Telefon 042-458 50 00</p>
  <p><a href="/tillganglighet">Tillgänglighetsredogörelse</a> · <a href="/personuppgifter">Behandling av personuppgifter</a> · <a href="/kakor">Om kakor</a></p>
</footer>
</body></html>
"""
    open(path, "w", encoding="utf-8").write(html)


def _tbl(doc, rows, bold_first=True):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, c in enumerate(r):
            cell = t.cell(i, j)
            cell.text = c
            if i == 0 and bold_first:
                for run in cell.paragraphs[0].runs:
                    run.bold = True
    return t


def protokoll_docx(path):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    d.add_heading("PROTOKOLL", level=1)
    d.add_paragraph("Kommunstyrelsen, Bjuvs kommun")
    d.add_paragraph("Sammanträdesdatum: 2025-03-11")
    d.add_paragraph("Plats och tid: Kommunhuset, sammanträdesrum Bjuvsalen, kl. 13.00–16.20")
    d.add_paragraph("Beslutande: Anna-Karin Lövgren (M), ordförande; Per Strömbäck (SD), 1:e vice ordförande; "
                    "Leila Haddad (S), 2:e vice ordförande; Jörgen Nyberg (M); Kristina Falk (SD); Tomas Edvall (S); "
                    "Marie Lindh (KD); Henrik Borg (L); Sofia Alm (V)")
    d.add_paragraph("Sekreterare: Malin Persson")
    d.add_paragraph("Justerare: Leila Haddad (S)")
    d.add_heading("§ 31 Val av justerare", level=2)
    d.add_paragraph("Kommunstyrelsen beslutar att utse Leila Haddad (S) att jämte ordföranden justera protokollet.")
    d.add_heading("§ 32 Ekonomisk uppföljning efter februari 2025", level=2)
    d.add_paragraph("Ekonomichef Daniel Wiberg redovisar den ekonomiska uppföljningen efter februari. Prognosen "
                    "för helåret pekar mot ett resultat om 19,8 miljoner kronor, vilket är 1,6 miljoner kronor "
                    "lägre än budget.")
    d.add_paragraph("Beslut: Kommunstyrelsen beslutar att lägga informationen till handlingarna.")
    d.add_heading("§ 33 Ombudgetering av investeringsmedel från 2024 till 2025", level=2)
    d.add_paragraph("Ärendebeskrivning: Flera investeringsprojekt har inte slutförts under 2024. Förvaltningen "
                    "föreslår att outnyttjade medel för nedanstående projekt förs över till 2025. Totalt "
                    "föreslås 14 900 tkr ombudgeteras.")
    _tbl(d, [["Projekt", "Budget 2024, tkr", "Utfall 2024, tkr", "Ombudgeteras till 2025, tkr"],
             ["Ny förskola Ekeby", "30 000", "21 400", "8 600"],
             ["Gång- och cykelväg Bjuv–Billesholm", "6 000", "3 200", "2 800"],
             ["Ombyggnad Solgårdens särskilda boende", "4 000", "1 500", "2 500"],
             ["Välfärdsteknik", "2 000", "1 000", "1 000"],
             ["Summa", "42 000", "27 100", "14 900"]])
    d.add_paragraph("Beslut: Kommunstyrelsen föreslår kommunfullmäktige besluta att ombudgetera 14 900 tkr "
                    "från investeringsbudget 2024 till investeringsbudget 2025 enligt tabellen ovan.")
    d.add_heading("§ 34 Tilläggsanslag till vård- och omsorgsnämnden", level=2)
    d.add_paragraph("Vård- och omsorgsnämnden har begärt ett tilläggsanslag om 2,4 miljoner kronor för 2025 "
                    "för att täcka ökade kostnader för placeringar enligt LSS.")
    d.add_paragraph("Yrkanden: Leila Haddad (S) yrkar bifall till nämndens begäran. Ordföranden yrkar att "
                    "tilläggsanslaget begränsas till 1,2 miljoner kronor och att resterande del hanteras inom "
                    "nämndens ram.")
    d.add_paragraph("Propositionsordning: Ordföranden ställer yrkandena mot varandra och finner att "
                    "kommunstyrelsen beslutar enligt ordförandens yrkande.")
    d.add_paragraph("Beslut: Kommunstyrelsen beslutar att bevilja vård- och omsorgsnämnden ett tilläggsanslag "
                    "om 1,2 miljoner kronor för 2025, att finansieras ur kommunstyrelsens oförutsedda medel.")
    d.add_paragraph("Reservation: Leila Haddad (S), Tomas Edvall (S) och Sofia Alm (V) reserverar sig mot "
                    "beslutet till förmån för eget yrkande.")
    d.add_heading("§ 35 Motion om solceller på kommunens fastigheter", level=2)
    d.add_paragraph("Henrik Borg (L) har i en motion föreslagit att solceller installeras på samtliga "
                    "kommunägda skolor. Samhällsbyggnadsnämnden bedömer kostnaden till 5,6 miljoner kronor.")
    d.add_paragraph("Beslut: Kommunstyrelsen föreslår kommunfullmäktige att motionen ska anses besvarad.")
    d.add_heading("§ 36 Delegationsbeslut", level=2)
    d.add_paragraph("Redovisning av delegationsbeslut för perioden 2025-02-01–2025-02-28 läggs till handlingarna.")
    d.add_paragraph("Justerandes signatur: ____________  Utdragsbestyrkande: ____________")
    save_docx(d, path, "Bjuvs kommun")


def xlsx(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Nyckeltal"
    ws["A1"] = "Nyckeltal för Bjuvs kommuns verksamheter 2020–2024"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Antal respektive kronor; nettokostnad i kr per invånare"
    hdr = ["År", "Invånare 31 dec", "Barn i förskola", "Elever i grundskola", "Brukare med hemtjänst",
           "Platser särskilt boende", "Nettokostnad per invånare, kr"]
    ws.append([])
    ws.append(hdr)
    data = [[2020, 15892, 968, 1874, 312, 142, 61240],
            [2021, 15987, 975, 1902, 318, 142, 62870],
            [2022, 16102, 981, 1931, 326, 142, 65410],
            [2023, 16184, 990, 1958, 331, 142, 67320],
            [2024, 16236, 984, 1976, 339, 142, 70210]]
    for r in data:
        ws.append(r)
    ws.append([])
    ws.append(["Källa: Kolada och kommunens verksamhetssystem."])
    for c in ws[4]:
        c.font = Font(bold=True)
    ws2 = wb.create_sheet("Kostnad per verksamhet")
    ws2["A1"] = "Nettokostnad per verksamhet, bokslut"
    ws2["A1"].font = Font(bold=True, size=13)
    ws2["A2"] = "Belopp i tkr"
    ws2.append([])
    ws2.append(["Verksamhet", "Bokslut 2022", "Bokslut 2023", "Bokslut 2024"])
    rows = [["Förskola", 98650, 102340, 106980],
            ["Grundskola inkl. förskoleklass", 198420, 206110, 214870],
            ["Gymnasieskola", 86210, 90450, 93020],
            ["Äldreomsorg", 186300, 195870, 203410],
            ["Funktionsnedsättning (LSS/SoL)", 108900, 114250, 118660],
            ["Individ- och familjeomsorg", 79640, 83120, 86450],
            ["Kultur och fritid", 38760, 39980, 39470],
            ["Gator, vägar och parker", 47310, 49020, 50880]]
    for r in rows:
        ws2.append(r)
    ws2.append(["Summa", *[sum(r[i] for r in rows) for i in (1, 2, 3)]])
    for c in ws2[4]:
        c.font = Font(bold=True)
    save_xlsx(wb, path, "Bjuvs kommun, ekonomiavdelningen")
    return rows


def press(path):
    txt = """# Bjuvs kommun redovisar överskott för 2024

**Pressmeddelande · Bjuvs kommun · 2025-03-27**

Bjuvs kommun gör ett resultat på 18,6 miljoner kronor för 2024. Det visar årsredovisningen som kommunstyrelsen behandlar den 8 april. Resultatet är 8,0 miljoner kronor bättre än budgeterat men når inte upp till kommunens finansiella mål på 2,0 procent av skatter och statsbidrag.

– Vi har en stabil ekonomi, men marginalerna är små. Nämnderna har gjort ett stort arbete för att hålla kostnaderna, och det ska vi fortsätta med, säger kommunstyrelsens ordförande Anna-Karin Lövgren (M).

## Investeringar för framtiden

Under året investerade kommunen 96,4 miljoner kronor, bland annat i den nya förskolan i Ekeby och i upprustning av gator och gatubelysning. Soliditeten sjönk till 30,6 procent.

## Extra pengar till föreningslivet

Kommunstyrelsen föreslår också att 700 000 kronor av överskottet används till ett tillfälligt stöd till föreningar som driver verksamhet för barn och unga under 2025.

**Kontakt:**
Daniel Wiberg, ekonomichef, 042-458 51 20
Anna-Karin Lövgren (M), kommunstyrelsens ordförande, 042-458 50 10
"""
    open(path, "w", encoding="utf-8").write(txt)


def build(out):
    os.makedirs(out, exist_ok=True)
    info = budget_pdf(os.path.join(out, "mal-och-budget-2025.pdf"))
    info["ar"] = arsred_pdf(os.path.join(out, "arsredovisning-2024.pdf"))
    html(os.path.join(out, "sa-anvands-din-skatt.html"))
    protokoll_docx(os.path.join(out, "protokoll-kommunstyrelsen-2025-03-11.docx"))
    info["xl"] = xlsx(os.path.join(out, "nyckeltal-verksamheter.xlsx"))
    press(os.path.join(out, "pressmeddelande-bokslut-2024.md"))
    return info
