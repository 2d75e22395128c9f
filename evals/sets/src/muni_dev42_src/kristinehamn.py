"""Kristinehamns kommun: invented but consistent documents."""
import os
from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font

from common import Doc, fmt, write_docx, write_xlsx, ensure

P = "paren"

# Resultatbudget (mnkr): Utfall 2023, Prognos 2024, Budget 2025, Plan 2026, Plan 2027
RB = {
    "int": [368.4, 381.0, 392.5, 400.1, 408.0],
    "kost": [-2118.7, -2219.0, -2318.3, -2371.9, -2428.4],
    "avskr": [-78.3, -82.9, -88.6, -93.2, -97.5],
    "skatt": [1412.6, 1476.4, 1566.2, 1620.8, 1675.3],
    "bidrag": [452.9, 481.7, 497.3, 507.8, 519.6],
    "finint": [4.2, 5.1, 4.8, 4.6, 4.6],
    "finkost": [-11.8, -17.7, -20.4, -22.9, -25.0],
}


def derive(R):
    n = len(R["int"])
    R["netto"] = [round(R["int"][i] + R["kost"][i] + R["avskr"][i], 1) for i in range(n)]
    R["vres"] = [round(R["netto"][i] + R["skatt"][i] + R["bidrag"][i], 1) for i in range(n)]
    R["res"] = [round(R["vres"][i] + R["finint"][i] + R["finkost"][i], 1) for i in range(n)]


derive(RB)

# Delårsrapport: Utfall jan-aug 2024, Utfall jan-aug 2023, Prognos 2024, Budget 2024
DR = {
    "int": [252.3, 241.0, RB["int"][1], 372.0],
    "kost": [-1434.9, -1372.5, RB["kost"][1], -2190.4],
    "avskr": [-54.9, -51.8, RB["avskr"][1], -84.0],
    "skatt": [982.1, 939.8, RB["skatt"][1], 1470.2],
    "bidrag": [321.4, 301.5, RB["bidrag"][1], 480.0],
    "finint": [3.6, 2.7, RB["finint"][1], 3.5],
    "finkost": [-11.2, -7.6, RB["finkost"][1], -20.3],
}
derive(DR)

# nämnd, budget 2024 tkr, budget 2025 tkr, prognos 2024 tkr (delår)
NAMND = [
    ("Kommunstyrelsen", 162480, 168950, 159880),
    ("Utbildningsnämnden", 748210, 771600, 754010),
    ("Omsorgsnämnden", 812340, 846900, 830740),
    ("Socialnämnden", 236700, 244150, 243900),
    ("Kultur- och fritidsnämnden", 58920, 60300, 58420),
    ("Samhällsbyggnadsnämnden", 88450, 92700, 86250),
    ("Överförmyndarnämnden", 3860, 4020, 4060),
    ("Revisionen", 2410, 2480, 2410),
]
S24 = sum(n[1] for n in NAMND)
S25 = sum(n[2] for n in NAMND)
SPR = sum(n[3] for n in NAMND)

VERKS = {  # nämnd -> [(verksamhet, intäkter tkr, nettokostnad tkr)]
    "Kommunstyrelsen": [("Kommunledning och administration", 6400, 71300), ("Näringsliv och turism", 2150, 14850),
                        ("IT och digitalisering", 9800, 38600), ("Räddningstjänst", 11300, 44200)],
    "Utbildningsnämnden": [("Förskola", 21600, 198400), ("Grundskola", 28900, 382700),
                           ("Gymnasieskola", 34700, 151300), ("Vuxenutbildning", 18300, 39200)],
    "Omsorgsnämnden": [("Hemtjänst", 19400, 228500), ("Särskilt boende", 52800, 356800),
                       ("Stöd enligt LSS", 41200, 214600), ("Hälso- och sjukvård", 6300, 47000)],
    "Socialnämnden": [("Barn och unga", 8700, 112400), ("Vuxna, missbruk", 3100, 41750),
                      ("Ekonomiskt bistånd", 1200, 58300), ("Arbetsmarknad", 14600, 31700)],
    "Kultur- och fritidsnämnden": [("Bibliotek", 900, 14900), ("Idrott och anläggningar", 7400, 32600),
                                   ("Kulturskola", 2300, 12800)],
    "Samhällsbyggnadsnämnden": [("Gator och parker", 12600, 48300), ("Planering och bygglov", 6900, 9800),
                                ("Miljö och hälsoskydd", 4800, 7600), ("Kollektivtrafik", 3500, 27000)],
    "Överförmyndarnämnden": [("Överförmyndarverksamhet", 300, 4020)],
    "Revisionen": [("Revision", 0, 2480)],
}

ARSARB = [  # förvaltning, 2023, 2024, budget 2025
    ("Kommunledningsförvaltningen", 142, 146, 144),
    ("Utbildningsförvaltningen", 812, 806, 786),
    ("Omsorgsförvaltningen", 724, 741, 752),
    ("Socialförvaltningen", 156, 161, 163),
    ("Kultur- och fritidsförvaltningen", 58, 57, 57),
    ("Samhällsbyggnadsförvaltningen", 121, 124, 126),
]

INV = [  # projekt, nämnd, tidigare år, 2025, 2026, 2027
    ("Nybyggnad Presterud skola", "UN", 5.2, 48.0, 62.5, 21.0),
    ("Ombyggnad stadshuset", "KS", 1.1, 12.4, 8.0, 0.0),
    ("Särskilt boende Bäckhammar", "ON", 0.0, 8.5, 35.0, 42.0),
    ("Gång- och cykelväg Marieberg", "SBN", 0.0, 6.2, 0.0, 0.0),
    ("Konstgräsplan Tingvalla", "KFN", 0.0, 9.4, 0.0, 0.0),
    ("Kajförstärkning hamnen", "SBN", 2.3, 15.0, 11.0, 0.0),
    ("Reinvestering gator", "SBN", 0.0, 12.0, 12.0, 12.0),
    ("IT-investeringar", "KS", 0.0, 4.5, 4.5, 4.5),
    ("Ny reservoar Björkborns vattenverk", "SBN (VA)", 3.8, 24.0, 18.0, 0.0),
    ("Ledningsnät VA", "SBN (VA)", 0.0, 14.0, 14.0, 14.0),
]
INV_T = [round(sum(p[i] for p in INV), 1) for i in (2, 3, 4, 5)]

VA = [  # avgift, 2024, 2025, dec
    ("Fast avgift per år, villa", 5640, 6090, 0),
    ("Brukningsavgift per m3 vatten", 28.40, 30.70, 2),
    ("Anläggningsavgift, villa", 186500, 195800, 0),
    ("Dagvattenavgift per år", 1120, 1210, 0),
]


def tk(v):
    return fmt(v, 0, P)


def budget_pdf(path):
    d = Doc("Kristinehamns kommun | Budget 2025 och plan 2026–2027", "Kristinehamns kommun")
    d.add_page()
    d.ln(35)
    d.set_font("D", "B", 24)
    d.multi_cell(0, 12, "Budget 2025\noch plan 2026–2027")
    d.ln(4)
    d.set_font("D", "", 12)
    d.multi_cell(0, 7, "Kristinehamns kommun\nBeslutad av kommunfullmäktige den 21 november 2024, § 121")
    d.ln(4)

    d.add_page()
    d.h1("Inledning från kommunstyrelsens ordförande")
    d.para("Kristinehamn står inför stora utmaningar. Fler äldre behöver omsorg, skolorna behöver "
           "renoveras och kostnaderna för pensioner ökar. Samtidigt ska vi fortsätta att utveckla "
           "Kristinehamn som en attraktiv plats att bo och verka i vid Vänerns strand.")
    d.para("För att klara välfärden föreslår vi att kommunalskatten höjs med 30 öre till 22,91 kronor. "
           "Höjningen ger cirka 23,4 miljoner kronor i ökade skatteintäkter 2025. Det är inget lätt beslut, "
           "men alternativet hade varit kraftiga neddragningar i skola och omsorg.")
    d.para("Omsorgsnämnden får ett tillskott på 12,0 miljoner kronor för att möta det ökade behovet i "
           "hemtjänsten och inom LSS. Utbildningsnämnden får 3,5 miljoner kronor för fler lärare i "
           "lågstadiet. Vi satsar också 2,5 miljoner kronor på sommarjobb för ungdomar.")
    d.para("Annika Thorsell (M)\nKommunstyrelsens ordförande")

    d.add_page()
    d.h1("Förutsättningar")
    d.h2("Befolkning")
    d.para("Kristinehamns befolkning uppgick till 24 087 invånare den 30 juni 2024. Budgeten utgår från "
           "24 050 invånare år 2025. Antalet personer över 85 år beräknas öka med 9 procent fram till 2027.")
    d.h2("Skatteintäkter och statsbidrag")
    d.para("Skatteintäkterna beräknas med SKR:s skatteunderlagsprognos från oktober 2024 och en skattesats "
           "på 22,91 kronor. Kommunens samlade skatteintäkter och generella statsbidrag uppgår till "
           f"{fmt(RB['skatt'][2]+RB['bidrag'][2])} miljoner kronor 2025.")
    d.h2("Ekonomiska ramar")
    d.para("Samtliga nämnder har fått ett effektiviseringskrav på 1 procent av nettoramen, vilket motsvarar "
           "cirka 21 miljoner kronor. Lönekompensation för 2025 ges med 3,0 procent.")
    d.para("Internräntan fastställs till 2,5 procent för 2025.")

    d.add_page()
    d.h1("Mål för god ekonomisk hushållning")
    d.para("Kommunfullmäktige har fastställt tre finansiella mål för planperioden:")
    d.para("1. Resultatet ska uppgå till minst 1,5 procent av skatteintäkter och generella statsbidrag.")
    d.para("2. Investeringar, exklusive VA, ska finansieras med egna medel till 100 procent under planperioden.")
    d.para("3. Låneskulden per invånare ska inte överstiga 60 000 kronor.")
    d.para(f"Budgeterat resultat 2025 är {fmt(RB['res'][2])} miljoner kronor, vilket motsvarar "
           f"{fmt(100*RB['res'][2]/(RB['skatt'][2]+RB['bidrag'][2]))} procent av skatteintäkter och generella statsbidrag. "
           "Målet uppnås därmed för 2025.")
    d.h2("Verksamhetsmål")
    for t in ["Andelen elever som når kunskapskraven i alla ämnen i årskurs 9 ska öka.",
              "Brukarnöjdheten inom hemtjänsten ska vara minst 90 procent.",
              "Sjukfrånvaron bland medarbetarna ska minska till högst 7,0 procent.",
              "Kommunens koldioxidutsläpp från egna transporter ska minska med 10 procent till 2027."]:
        d.para("– " + t)

    d.add_page()
    d.h1("Resultatbudget")
    d.set_font("D", "", 9)
    d.cell(0, 5, "Mnkr")
    d.ln(6)
    hdr = [["", "Utfall", "Prognos", "Budget", "Plan", "Plan"],
           ["", "2023", "2024", "2025", "2026", "2027"]]
    w = [70, 20, 20, 20, 20, 20]
    def r(label, key):
        return [label] + [fmt(v, 1, P) for v in RB[key]]
    rows = [r("Verksamhetens intäkter", "int"), r("Verksamhetens kostnader", "kost"), r("Avskrivningar", "avskr"),
            r("Verksamhetens nettokostnader", "netto"), r("Skatteintäkter", "skatt"),
            r("Generella statsbidrag och utjämning", "bidrag"), r("Verksamhetens resultat", "vres"),
            r("Finansiella intäkter", "finint"), r("Finansiella kostnader", "finkost"), r("Årets resultat", "res")]
    d.table(hdr, rows, w, bold_rows=("Verksamhetens nettokostnader", "Årets resultat"))
    d.small("Negativa belopp anges inom parentes. Prognos 2024 enligt delårsrapport per augusti 2024.")

    d.h1("Driftbudget per nämnd")
    d.set_font("D", "", 9)
    d.cell(0, 5, "Nettokostnader i tkr")
    d.ln(6)
    hdr2 = [["Nämnd", "Budget", "Budget", "Förändring", "Förändring"],
            ["", "2024", "2025", "tkr", "%"]]
    w2 = [62, 26, 26, 26, 22]
    rows2 = [[n, tk(a), tk(b), tk(b - a), fmt(100 * (b - a) / a)] for n, a, b, _ in NAMND]
    rows2.append(["Summa nämnder", tk(S24), tk(S25), tk(S25 - S24), fmt(100 * (S25 - S24) / S24)])
    f24 = round(-DR["netto"][3] * 1000) - S24
    f25 = round(-RB["netto"][2] * 1000) - S25
    rows2.append(["Finansförvaltning", tk(f24), tk(f25), tk(f25 - f24), ""])
    rows2.append(["Verksamhetens nettokostnader", tk(S24 + f24), tk(S25 + f25), tk(S25 + f25 - S24 - f24), ""])
    d.table(hdr2, rows2, w2, bold_rows=("Summa nämnder", "Verksamhetens nettokostnader"))
    d.small("Finansförvaltningen omfattar pensioner, internränta och centrala poster och är därför negativ.")

    d.add_page()
    d.h1("Balansbudget")
    d.set_font("D", "", 9)
    d.cell(0, 5, "Mnkr")
    d.ln(6)
    mat = [1985.4, 2041.0, 2106.4, 2178.2, 2174.2]
    fin = [62.8] * 5
    ek = [842.6]
    for v in RB["res"][1:]:
        ek.append(round(ek[-1] + v, 1))
    avs_ = [148.3, 153.9, 159.0, 164.2, 169.6]
    lang = [905.0, 960.0, 1055.0, 1140.0, 1190.0]
    kort = [402.5, 395.0, 385.0, 380.0, 375.0]
    tot = [round(ek[i] + avs_[i] + lang[i] + kort[i], 1) for i in range(5)]
    oms = [round(tot[i] - mat[i] - fin[i], 1) for i in range(5)]
    F = lambda xs: [fmt(x, 1, P) for x in xs]
    BB = [["Tillgångar"], ["Materiella anläggningstillgångar"] + F(mat), ["Finansiella anläggningstillgångar"] + F(fin),
          ["Omsättningstillgångar"] + F(oms), ["Summa tillgångar"] + F(tot),
          ["Eget kapital och skulder"], ["Eget kapital"] + F(ek), ["Avsättningar för pensioner"] + F(avs_),
          ["Långfristiga skulder"] + F(lang), ["Kortfristiga skulder"] + F(kort),
          ["Summa eget kapital och skulder"] + F(tot)]
    d.table(hdr, BB, w, bold_rows=("Summa tillgångar", "Summa eget kapital och skulder"))
    d.para(f"Soliditeten beräknas till {fmt(100*ek[2]/tot[2])} procent vid utgången av 2025. Låneskulden per "
           f"invånare beräknas till {fmt(lang[2]*1e6/24050, 0)} kronor 2025, vilket är inom målet.")
    d.h1("Kassaflödesbudget")
    d.set_font("D", "", 9)
    d.cell(0, 5, "Mnkr")
    d.ln(6)
    ninv = [121.7, 138.5] + INV_T[1:]
    davs = [4.8, 5.6, 5.1, 5.2, 5.4]
    lop = [round(RB["res"][i] - RB["avskr"][i] + davs[i], 1) for i in range(5)]
    lan = [40.0, 55.0, 95.0, 85.0, 50.0]
    KF = [["Den löpande verksamheten"], ["Årets resultat"] + F(RB["res"]),
          ["Justering för avskrivningar"] + F([-v for v in RB["avskr"]]),
          ["Justering för avsättningar"] + F(davs),
          ["Medel från den löpande verksamheten"] + F(lop),
          ["Investeringsverksamheten"], ["Investering i materiella tillgångar"] + F([-v for v in ninv]),
          ["Finansieringsverksamheten"], ["Nyupptagna lån"] + F(lan),
          ["Årets kassaflöde"] + F([lop[i] - ninv[i] + lan[i] for i in range(5)])]
    d.table(hdr, KF, w, bold_rows=("Medel från den löpande verksamheten", "Årets kassaflöde"))

    d.add_page()
    d.h1("Personal och kompetensförsörjning")
    d.para(f"Budgeten för 2025 omfattar {fmt(sum(r[3] for r in ARSARB), 0)} årsarbetare, vilket är "
           f"{fmt(sum(r[2] for r in ARSARB) - sum(r[3] for r in ARSARB), 0)} färre än 2024. Minskningen sker "
           "främst inom utbildningsförvaltningen, där elevantalet minskar, medan omsorgsförvaltningen växer.")
    d.para("Kommunen har svårt att rekrytera legitimerade lärare, sjuksköterskor och socionomer. Under 2025 "
           "införs ett nytt traineeprogram för socionomer med sex platser.")
    d.para("Heltid som norm gäller sedan 2023. Andelen medarbetare som arbetar heltid var 81 procent i "
           "augusti 2024 och målet är 88 procent till 2027.")
    d.para("Kostnaden för lönerevisionen 2025 beräknas till 31,2 miljoner kronor och är fördelad till "
           "nämnderna i ramarna.")

    # landscape investment page
    d.add_page(orientation="L")
    d.h1("Investeringsplan 2025–2027")
    d.set_font("D", "", 9)
    d.cell(0, 5, "Belopp i mnkr. UN = utbildningsnämnden, KS = kommunstyrelsen, ON = omsorgsnämnden, "
                 "SBN = samhällsbyggnadsnämnden, KFN = kultur- och fritidsnämnden.")
    d.ln(6)
    hdr3 = [["Projekt", "Nämnd", "Utgift", "Budget", "Plan", "Plan", "Total"],
            ["", "", "tidigare år", "2025", "2026", "2027", "projektutgift"]]
    w3 = [80, 28, 28, 26, 26, 26, 32]
    rows3 = []
    for p in INV:
        rows3.append([p[0], p[1]] + [fmt(v) for v in p[2:]] + [fmt(sum(p[2:]))])
    rows3.append(["Summa investeringar", ""] + [fmt(v) for v in INV_T] + [fmt(sum(INV_T))])
    d.table(hdr3, rows3, w3, bold_rows=("Summa investeringar",))
    d.small("Projekt över 15 mnkr ska ha ett särskilt genomförandebeslut i kommunfullmäktige.")
    d.para("Den största investeringen under planperioden är den nya skolan på Presterud som ersätter två "
           "äldre skolbyggnader. Särskilt boende Bäckhammar beräknas tas i bruk under 2028 med 60 platser.")

    d.add_page(orientation="P")
    d.h1("Nämndernas budget i korthet")
    parts = [
        ("Kommunstyrelsen", "Kommunstyrelsens ram ökar främst på grund av högre kostnader för IT-licenser och "
         "räddningstjänstens nya avtal. Kommunstyrelsen ansvarar också för näringslivsarbetet och turismen."),
        ("Utbildningsnämnden", "Antalet barn i förskolan minskar med cirka 60 barn till 2025, vilket gör att "
         "två förskoleavdelningar kan stängas. Satsningen på fler lärare i lågstadiet uppgår till 3,5 miljoner kronor."),
        ("Omsorgsnämnden", "Omsorgsnämnden har den största ramökningen. Tillskottet på 12,0 miljoner kronor ska "
         "täcka volymökningar i hemtjänsten och inom LSS, där två nya gruppbostäder öppnar under 2025."),
        ("Socialnämnden", "Socialnämnden ska minska kostnaderna för ekonomiskt bistånd genom ett närmare "
         "samarbete med arbetsmarknadsenheten. Målet är att 150 fler personer ska gå till egen försörjning."),
        ("Kultur- och fritidsnämnden", "Den nya konstgräsplanen vid Tingvalla ger ökade driftkostnader på "
         "400 000 kronor per år från 2026."),
        ("Samhällsbyggnadsnämnden", "Nämnden får i uppdrag att ta fram en ny trafikplan. Underhållet av gator "
         "och broar prioriteras."),
    ]
    for h, t in parts:
        d.h2(h)
        d.para(t)

    d.add_page()
    d.h1("Ordlista")
    for t in ["Avskrivningar: den årliga kostnaden för att en investering minskar i värde.",
              "Nettokostnad: kostnader minus intäkter för en verksamhet.",
              "Resultatbudget: visar budgeterade intäkter och kostnader och årets resultat.",
              "Soliditet: andelen av tillgångarna som finansieras med eget kapital.",
              "Skattesats: den del av varje intjänad hundralapp som betalas i kommunalskatt."]:
        d.para(t)
    d.output(path)


def delar_pdf(path):
    d = Doc("Delårsrapport januari–augusti 2024, Kristinehamns kommun", "Delårsrapport 2024")
    d.add_page()
    d.ln(35)
    d.set_font("D", "B", 24)
    d.multi_cell(0, 12, "Delårsrapport\njanuari–augusti 2024")
    d.ln(4)
    d.set_font("D", "", 12)
    d.multi_cell(0, 7, "Kristinehamns kommun\nBehandlad av kommunstyrelsen 2024-10-08")
    d.ln(4)

    d.add_page()
    d.h1("Sammanfattning")
    d.para(f"Resultatet för perioden januari–augusti 2024 uppgår till {fmt(DR['res'][0])} miljoner kronor. "
           f"För helåret prognostiseras ett resultat på {fmt(DR['res'][2])} miljoner kronor, vilket är "
           f"{fmt(DR['res'][3]-DR['res'][2])} miljoner kronor sämre än budget.")
    d.para(f"Nämnderna prognostiserar sammantaget ett underskott på {fmt((SPR-S24)/1000)} miljoner kronor. "
           "Det största underskottet finns inom omsorgsnämnden, som prognostiserar ett underskott på "
           "18,4 miljoner kronor på grund av ökade volymer inom hemtjänst och LSS.")
    d.para("Sjukfrånvaron under perioden var 7,9 procent, vilket är 0,3 procentenheter lägre än samma "
           "period föregående år. Antalet invånare var 24 087 den 30 juni 2024.")
    d.para("Investeringarna beräknas uppgå till 138,5 miljoner kronor för helåret, jämfört med budgeterade "
           "171,0 miljoner kronor. Under perioden januari–augusti har 74,2 miljoner kronor investerats.")

    d.add_page()
    d.h1("Resultaträkning")
    d.set_font("D", "", 9)
    d.cell(0, 5, "Mnkr")
    d.ln(6)
    hdr = [["", "Utfall", "Utfall", "Prognos", "Budget"],
           ["", "jan–aug 2024", "jan–aug 2023", "helår 2024", "2024"]]
    w = [66, 26, 26, 26, 26]
    def r(label, key):
        return [label] + [fmt(v, 1, P) for v in DR[key]]
    rows = [r("Verksamhetens intäkter", "int"), r("Verksamhetens kostnader", "kost"), r("Avskrivningar", "avskr"),
            r("Verksamhetens nettokostnader", "netto"), r("Skatteintäkter", "skatt"),
            r("Generella statsbidrag och utjämning", "bidrag"), r("Verksamhetens resultat", "vres"),
            r("Finansiella intäkter", "finint"), r("Finansiella kostnader", "finkost"), r("Periodens/årets resultat", "res")]
    d.table(hdr, rows, w, bold_rows=("Verksamhetens nettokostnader", "Periodens/årets resultat"))

    d.h1("Nämndernas prognos")
    d.set_font("D", "", 9)
    d.cell(0, 5, "Nettokostnader i tkr")
    d.ln(6)
    hdr2 = [["Nämnd", "Budget 2024", "Prognos 2024", "Avvikelse"]]
    w2 = [70, 32, 32, 32]
    rows2 = [[n, tk(b), tk(p), tk(b - p)] for n, b, _, p in NAMND]
    rows2.append(["Summa nämnder", tk(S24), tk(SPR), tk(S24 - SPR)])
    d.table(hdr2, rows2, w2, bold_rows=("Summa nämnder",))
    d.small("Avvikelse = budget minus prognos. Underskott anges inom parentes.")

    d.add_page()
    d.h1("Kommentarer per nämnd")
    com = [
        ("Kommunstyrelsen", "Överskottet beror på vakanta tjänster och lägre kostnader för räddningstjänsten."),
        ("Utbildningsnämnden", "Underskottet beror på ökade kostnader för skolskjuts och tilläggsbelopp för "
         "elever i behov av särskilt stöd."),
        ("Omsorgsnämnden", "Antalet beviljade hemtjänsttimmar har ökat med 11 procent jämfört med 2023. "
         "Två nya LSS-beslut om boende i annan kommun påverkar också prognosen."),
        ("Socialnämnden", "Fler placeringar av barn och unga på HVB-hem förklarar underskottet."),
        ("Samhällsbyggnadsnämnden", "Den milda vintern gav lägre kostnader för snöröjning än budgeterat."),
    ]
    for h, t in com:
        d.h2(h)
        d.para(t)
    d.h2("Åtgärder")
    d.para("Kommunstyrelsen har beslutat om anställningsstopp för administrativa tjänster resten av året. "
           "Omsorgsnämnden och socialnämnden ska redovisa åtgärdsplaner till kommunstyrelsen i november.")
    d.output(path)


def html(path):
    trs = []
    for n, a, b, _ in NAMND:
        trs.append(f"          <tr><td>{n}</td><td>{fmt(b/1000)}</td><td>{fmt((b-a)/1000)}</td></tr>")
    trs.append(f"          <tr><td><strong>Summa</strong></td><td>{fmt(S25/1000)}</td><td>{fmt((S25-S24)/1000)}</td></tr>")
    trs = "\n".join(trs)
    page = f"""<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Budget 2025 är beslutad - Kristinehamns kommun</title>
</head>
<body>
<div class="cookie-consent" role="dialog">
  Kristinehamns kommun använder kakor för statistik och för att webbplatsen ska fungera.
  <a href="/om-webbplatsen/kakor">Läs mer om kakor</a>
  <button>Acceptera</button> <button>Neka</button>
</div>
<header class="site-header">
  <div class="logo">Kristinehamns kommun</div>
  <form class="search"><input type="text" placeholder="Sök på webbplatsen"><button>Sök</button></form>
  <nav class="main-nav">
    <a href="/barn-och-utbildning">Barn och utbildning</a>
    <a href="/omsorg-och-hjalp">Omsorg och hjälp</a>
    <a href="/uppleva-och-gora">Uppleva och göra</a>
    <a href="/kommun-och-politik">Kommun och politik</a>
  </nav>
</header>
<main>
  <article>
    <p class="meta">Nyhet | Publicerad 2024-11-22</p>
    <h1>Budget 2025 är beslutad – skatten höjs med 30 öre</h1>
    <p class="lead">Kommunfullmäktige i Kristinehamn beslutade den 21 november om budget för 2025 och plan för 2026–2027. Kommunalskatten höjs från 22,61 till 22,91 kronor.</p>
    <p>Budgeten innebär att nämnderna får totalt {fmt(S25/1000)} miljoner kronor att använda 2025, en ökning med {fmt((S25-S24)/1000)} miljoner kronor jämfört med 2024. Den största ökningen får omsorgsnämnden.</p>
    <p>– Skattehöjningen är nödvändig för att vi ska klara äldreomsorgen och skolan utan stora nedskärningar, säger kommunstyrelsens ordförande Annika Thorsell (M).</p>
    <p>Oppositionen lade ett eget budgetförslag med en skattesats på 23,01 kronor. Förslaget fick 22 röster mot 27 för majoritetens förslag.</p>
    <h2>Nämndernas ramar 2025</h2>
    <div class="table-wrapper">
      <table>
        <thead>
          <tr><th>Nämnd</th><th>Budget 2025, mnkr</th><th>Förändring mot 2024, mnkr</th></tr>
        </thead>
        <tbody>
{trs}
        </tbody>
      </table>
    </div>
    <p>Investeringsbudgeten för 2025 är {fmt(INV_T[1])} miljoner kronor. Bland de största projekten finns nya Presterud skola och en ny reservoar vid Björkborns vattenverk.</p>
    <p>En person som tjänar 25 000 kronor i månaden betalar 75 kronor mer i kommunalskatt per månad efter höjningen.</p>
    <p class="updated">Senast uppdaterad 2024-11-25</p>
  </article>
  <aside>
    <h2>Relaterade sidor</h2>
    <ul><li><a href="/budget">Budget och årsredovisning</a></li><li><a href="/kf">Kommunfullmäktige</a></li></ul>
  </aside>
</main>
<footer class="site-footer">
  <p>Kristinehamns kommun, 681 84 Kristinehamn. Växel: 0550-880 00. Org.nr 212000-1843</p>
  <p><a href="/tillganglighet">Tillgänglighet</a> · <a href="/gdpr">Behandling av personuppgifter</a> · <a href="/press">Press</a></p>
</footer>
</body>
</html>
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(page)


def docx(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    doc.add_heading("Protokollsutdrag", level=0)
    doc.add_paragraph("Kommunfullmäktige, Kristinehamns kommun")
    doc.add_paragraph("Sammanträdesdatum 2024-11-21")
    doc.add_paragraph("Ordförande: Gunnar Åberg (KD). Sekreterare: Sofia Krantz.")

    doc.add_heading("§ 121 Budget 2025 och plan 2026–2027", level=2)
    doc.add_paragraph("Dnr KS 2024/311")
    doc.add_paragraph("Kommunstyrelsen har lämnat förslag till budget 2025 och plan för 2026–2027. Förslaget "
                      "innebär att skattesatsen höjs med 30 öre till 22,91 kronor och att nämndernas ramar "
                      f"uppgår till sammanlagt {fmt(S25, 0)} tkr.")
    doc.add_paragraph("Yrkanden")
    doc.add_paragraph("Annika Thorsell (M) yrkar bifall till kommunstyrelsens förslag. Roger Lund (S) yrkar "
                      "bifall till Socialdemokraternas och Vänsterpartiets budgetförslag med en skattesats på 23,01 kronor.")
    doc.add_paragraph("Omröstning")
    doc.add_paragraph("Omröstning begärs och genomförs. 27 ledamöter röstar för kommunstyrelsens förslag och "
                      "22 ledamöter för Roger Lunds förslag. Två ledamöter avstår.")
    doc.add_paragraph("Beslut")
    doc.add_paragraph("Kommunfullmäktige beslutar att fastställa budget 2025 och plan 2026–2027 enligt "
                      "kommunstyrelsens förslag, att fastställa skattesatsen för 2025 till 22,91 kronor, och "
                      "att ge kommunstyrelsen rätt att under 2025 nyupplåna 95 miljoner kronor.")
    doc.add_paragraph("Reservation")
    doc.add_paragraph("Ledamöterna för Socialdemokraterna och Vänsterpartiet reserverar sig mot beslutet till "
                      "förmån för eget förslag.")

    doc.add_heading("§ 122 Taxa för vatten och avlopp 2025", level=2)
    doc.add_paragraph("Dnr KS 2024/288")
    doc.add_paragraph("Samhällsbyggnadsnämnden föreslår att VA-taxan höjs för att finansiera investeringarna i "
                      "Björkborns vattenverk och ledningsnätet. Höjningen motsvarar cirka 8 procent för en "
                      "normalvilla, eller 620 kronor per år.")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Avgift (kr inkl. moms)", "2024", "2025", "Förändring %"]):
        c.text = h
    for name, a, b, dec in VA:
        cells = t.add_row().cells
        for c, v in zip(cells, [name, fmt(a, dec), fmt(b, dec), fmt(100 * (b - a) / a)]):
            c.text = v
    doc.add_paragraph("Beslut")
    doc.add_paragraph("Kommunfullmäktige beslutar att anta taxa för vatten och avlopp att gälla från och med "
                      "den 1 januari 2025.")
    doc.add_paragraph("Reservation")
    doc.add_paragraph("Ledamöterna för Sverigedemokraterna reserverar sig mot beslutet till förmån för "
                      "eget yrkande om en höjning med högst 5 procent.")

    doc.add_heading("§ 123 Motion om gratis kollektivtrafik för pensionärer", level=2)
    doc.add_paragraph("Dnr KS 2023/402")
    doc.add_paragraph("Motionären föreslår fria resor i kollektivtrafiken för invånare över 75 år. Kostnaden "
                      "har beräknats till 1,9 miljoner kronor per år.")
    doc.add_paragraph("Beslut")
    doc.add_paragraph("Kommunfullmäktige beslutar att avslå motionen.")
    doc.add_paragraph("Vid protokollet: Sofia Krantz. Justerat 2024-11-27.")
    write_docx(doc, path)


def xlsx(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Driftbudget 2025"
    ws.append(["Driftbudget 2025 per verksamhet – Kristinehamns kommun"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(["Belopp i tkr"])
    ws.append(["Nämnd", "Verksamhet", "Intäkter", "Kostnader", "Nettokostnad"])
    for n, _, b25, _ in NAMND:
        rows = VERKS[n]
        assert sum(r[2] for r in rows) == b25, n
        ti = tc = 0
        for v, i, net in rows:
            ws.append([n, v, i, i + net, net])
            ti += i
            tc += i + net
        ws.append([f"Summa {n.lower() if n != 'Kommunstyrelsen' else 'kommunstyrelsen'}", None, ti, tc, b25])
    ws.append(["Totalt nämnder", None, None, None, S25])
    ws2 = wb.create_sheet("Årsarbetare")
    ws2.append(["Antal årsarbetare per förvaltning"])
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.append(["Antal, tillsvidare- och visstidsanställda omräknat till heltid"])
    ws2.append(["Förvaltning", "2023", "2024", "Budget 2025"])
    for r in ARSARB:
        ws2.append(list(r))
    ws2.append(["Totalt", sum(r[1] for r in ARSARB), sum(r[2] for r in ARSARB), sum(r[3] for r in ARSARB)])
    write_xlsx(wb, path)


def press(path):
    t = """PRESSMEDDELANDE
Kristinehamns kommun, 2025-02-12

Preliminärt bokslut: Kristinehamn gör överskott på 27,9 miljoner kronor

Kristinehamns kommun redovisar ett preliminärt resultat för 2024 på 27,9 miljoner kronor. Det är 3,3 miljoner kronor bättre än prognosen i delårsrapporten, men 3,1 miljoner kronor lägre än budget.

Nämnderna redovisar sammantaget ett underskott på 23,8 miljoner kronor. Omsorgsnämnden har det största underskottet, 16,8 miljoner kronor, medan kommunstyrelsen och samhällsbyggnadsnämnden redovisar överskott.

"Resultatet räddas av högre skatteintäkter och lägre räntor. Nämndernas underskott visar att vi måste fortsätta arbetet med att anpassa verksamheterna", säger ekonomichef Lars Vikström.

Nettoinvesteringarna blev 131,6 miljoner kronor. Bland annat färdigställdes tre nya lekplatser för sammanlagt 1,8 miljoner kronor och arbetet med Presterud skola har påbörjats.

Den slutliga årsredovisningen behandlas av kommunfullmäktige i april 2025.

Kontakt:
Lars Vikström, ekonomichef, 0550-880 12
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(t)


def build(outdir):
    ensure(outdir)
    budget_pdf(os.path.join(outdir, "budget-2025-plan-2026-2027.pdf"))
    delar_pdf(os.path.join(outdir, "delarsrapport-augusti-2024.pdf"))
    html(os.path.join(outdir, "nyhet-budget-2025-beslutad.html"))
    docx(os.path.join(outdir, "protokollsutdrag-kf-2024-11-21.docx"))
    xlsx(os.path.join(outdir, "driftbudget-2025-per-verksamhet.xlsx"))
    press(os.path.join(outdir, "pressmeddelande-preliminart-bokslut-2024.txt"))
