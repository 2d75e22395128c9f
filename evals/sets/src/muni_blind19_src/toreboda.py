"""Töreboda kommun: deterministic documents."""
import os

import docx
import openpyxl
from docx.shared import Pt
from openpyxl.styles import Font

from common import Doc, fmt, rezip

YEARS = ["Bokslut 2023", "Prognos 2024", "Budget 2025", "Plan 2026", "Plan 2027"]
RB = {
    "int": [142.6, 148.3, 151.0, 153.8, 156.5],
    "kost": [-812.4, -846.9, -872.5, -893.1, -915.0],
    "avs": [-27.8, -29.5, -31.2, -33.0, -34.6],
    "skatt": [478.2, 497.6, 519.4, 538.7, 558.3],
    "bidrag": [236.9, 247.3, 251.8, 255.2, 259.6],
    "finint": [3.1, 3.4, 2.9, 2.8, 2.8],
    "finkost": [-4.6, -6.2, -6.9, -7.6, -8.3],
}
NETTO = [round(a + b + c, 1) for a, b, c in zip(RB["int"], RB["kost"], RB["avs"])]
VRES = [round(n + s + b, 1) for n, s, b in zip(NETTO, RB["skatt"], RB["bidrag"])]
RES = [round(v + i + k, 1) for v, i, k in zip(VRES, RB["finint"], RB["finkost"])]
SKB = [round(s + b, 1) for s, b in zip(RB["skatt"], RB["bidrag"])]
INV2025 = 9210

NAMND = [  # name, budget 2024, budget 2025 (mnkr)
    ("Kommunfullmäktige och revision", 4.6, 4.8),
    ("Kommunstyrelsen", 108.1, 112.6),
    ("Barn- och utbildningsnämnden", 287.5, 298.4),
    ("Socialnämnden", 265.2, 276.9),
    ("Kultur- och fritidsnämnden", 23.6, 24.3),
    ("Miljö- och byggnadsnämnden", 9.4, 9.7),
]
FIN24 = round(719.8 - sum(n[1] for n in NAMND), 1)
FIN25 = round(-NETTO[2] - sum(n[2] for n in NAMND), 1)

INVEST = [  # (section, [(project, 2025, 2026, 2027)]) in tkr
    ("Kommunstyrelsen", [
        ("IT-infrastruktur och digitalisering", 2500, 2000, 2000),
        ("Gång- och cykelväg Moholm–Töreboda", 6800, 4200, 0),
        ("Reinvestering gator och vägar", 7500, 7500, 8000),
        ("Gatubelysning, byte till LED", 1800, 1500, 0),
        ("Ny förskola i Moholm", 18000, 16000, 0),
        ("Renovering Centralskolan etapp 2", 12500, 9000, 4000),
        ("Energieffektivisering kommunala fastigheter", 3200, 3200, 3200),
        ("Exploatering bostadsområde Sörkvarn", 4000, 6000, 2000),
        ("Vatten och avlopp, ledningsförnyelse", 14000, 15000, 15500),
        ("Reningsverk Moholm, projektering och byggnation", 2500, 8000, 25000),
    ]),
    ("Barn- och utbildningsnämnden", [
        ("Inventarier förskola och skola", 1200, 1000, 1000),
        ("Digitala verktyg i skolan", 900, 900, 900),
        ("Utemiljö skolgårdar", 1500, 1000, 800),
    ]),
    ("Socialnämnden", [
        ("Inventarier särskilt boende", 800, 700, 700),
        ("Välfärdsteknik", 1100, 900, 700),
        ("Digitala trygghetslarm", 450, 0, 0),
    ]),
    ("Kultur- och fritidsnämnden", [
        ("Konstgräsplan Töreboda IP", 5500, 0, 0),
        ("Badhuset, ny ventilation", 3800, 0, 0),
        ("Lekplatser", 600, 600, 600),
    ]),
    ("Miljö- och byggnadsnämnden", [
        ("Verksamhetssystem bygglov", 350, 0, 0),
    ]),
]
INV_TOT = [sum(p[i] for _, ps in INVEST for p in ps) for i in (1, 2, 3)]


def f1(v, neg="-"):
    return fmt(v, 1, neg)


def budget_pdf(path):
    pdf = Doc("Töreboda kommun – Mål och budget 2025 med plan 2026–2027", pagefmt="Sida {n}")
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 26)
    pdf.ln(50)
    pdf.multi_cell(0, 12, "Mål och budget 2025\nmed plan 2026–2027", align="C")
    pdf.ln(10)
    pdf.set_font("DejaVu", "", 14)
    pdf.multi_cell(0, 8, "Töreboda kommun", align="C")
    pdf.ln(40)
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(0, 6, "Antagen av kommunfullmäktige 2024-11-25, § 118\nDnr KS 2024/0312", align="C")
    pdf.show_head = True

    pdf.add_page()
    pdf.h1("Innehåll")
    for t, p in [("Förord", 3), ("Omvärld och befolkning", 4), ("Vision och mål", 5),
                 ("Ekonomiska förutsättningar", 6), ("Resultatbudget", 7), ("Balansbudget", 8),
                 ("Kassaflödesbudget", 9), ("Driftbudget per nämnd", 10), ("Nämndernas uppdrag", 11),
                 ("Investeringsbudget", 12), ("Finansiella mål och noter", 14)]:
        pdf.set_font("DejaVu", "", 11)
        pdf.cell(150, 7, t)
        pdf.cell(0, 7, str(p), align="R")
        pdf.ln(7)

    pdf.add_page()
    pdf.h1("Förord")
    pdf.para("Töreboda ska vara en kommun där det är enkelt att bo, verka och växa. Med den här budgeten tar vi "
             "ansvar för välfärden i en tid då kostnaderna fortsätter att öka snabbare än intäkterna. Inflationen "
             "har mattats av, men räntorna och pensionskostnaderna ligger kvar på en hög nivå och befolkningen "
             "blir äldre.")
    pdf.para(f"Budgeten för 2025 visar ett resultat på {f1(RES[2])} miljoner kronor. Det är något lägre än vårt "
             "finansiella mål om två procent av skatter och generella statsbidrag, men under planperioden "
             "når vi målet. Skattesatsen lämnas oförändrad på 22,56 kronor per skattekrona.")
    pdf.para("Vi prioriterar skolan och omsorgen. Barn- och utbildningsnämnden och socialnämnden får tillsammans "
             "22,6 miljoner kronor mer än i 2024 års budget. Samtidigt behöver alla verksamheter bidra: "
             "nämnderna får ett gemensamt effektiviseringskrav på 4,7 miljoner kronor.")
    pdf.para("Investeringarna är fortsatt höga. Den nya förskolan i Moholm, renoveringen av Centralskolan och "
             "förnyelsen av vatten- och avloppsnätet är viktiga för att Töreboda ska kunna växa. Jag vill tacka "
             "alla medarbetare för ett fantastiskt arbete under året.")
    pdf.para("Maria Thorsell (C)\nKommunstyrelsens ordförande")

    pdf.add_page()
    pdf.h1("Omvärld och befolkning")
    pdf.para("Sveriges ekonomi har under 2024 präglats av låg tillväxt och stigande arbetslöshet. Sveriges "
             "Kommuner och Regioner (SKR) bedömer att skatteunderlaget växer med 3,9 procent 2025. Den "
             "offentliga sektorn står inför stora demografiska utmaningar när antalet äldre ökar.")
    pdf.para("Den 31 december 2023 hade Töreboda 9 236 invånare. Under 2024 har befolkningen minskat något och "
             f"budgeten bygger på ett antagande om {fmt(INV2025, 0)} invånare den 1 november 2024. Antalet personer "
             "över 80 år väntas öka med 18 procent fram till 2030, medan antalet barn i förskoleåldern är i stort "
             "sett oförändrat.")
    pdf.para("Arbetslösheten i kommunen var 7,2 procent i oktober 2024, vilket är något högre än i länet. "
             "Bostadsbyggandet har bromsat in, men detaljplanen för Sörkvarn ger möjlighet till cirka 40 nya "
             "bostäder de kommande åren.")

    pdf.add_page()
    pdf.h1("Vision och mål")
    pdf.para("Visionen för Töreboda är: ”Töreboda – en levande kanalkommun där alla kan växa”. Kommunfullmäktige "
             "har beslutat om fyra kommunövergripande mål för mandatperioden 2023–2026.")
    pdf.bullets([
        "Alla barn och elever ska nå kunskapsmålen och andelen behöriga till gymnasiet ska öka.",
        "Äldre ska känna sig trygga och ha inflytande över sin vardag.",
        "Töreboda ska vara en attraktiv plats att bo och driva företag i.",
        "Kommunens verksamheter ska vara hållbara ekonomiskt, socialt och miljömässigt.",
    ])
    pdf.para("Till varje mål finns indikatorer som följs upp i delårsrapport och årsredovisning. Nämnderna bryter "
             "ned målen i egna nämndmål i sina verksamhetsplaner.")

    pdf.add_page()
    pdf.h1("Ekonomiska förutsättningar")
    pdf.h2("Skattesats")
    pdf.para("Kommunens skattesats för 2025 är oförändrad, 22,56 kronor per hundralapp beskattningsbar "
             "inkomst. En förändring av skattesatsen med 10 öre motsvarar cirka 2,3 miljoner kronor i "
             "skatteintäkter.")
    pdf.h2("Skatteintäkter och statsbidrag")
    pdf.para(f"Skatteintäkter och generella statsbidrag beräknas till {f1(SKB[2])} miljoner kronor 2025, "
             "vilket är en ökning med 3,5 procent jämfört med prognosen för 2024. Beräkningen bygger på SKR:s "
             "skatteunderlagsprognos från oktober 2024.")
    pdf.h2("Effektiviseringar och prioriteringar")
    pdf.para("För att få en budget i balans har nämnderna fått ett effektiviseringskrav på totalt 4,7 miljoner "
             "kronor 2025, varav socialnämnden 2,1 miljoner kronor och barn- och utbildningsnämnden 1,6 "
             "miljoner kronor. Resterande del fördelas på övriga nämnder.")
    pdf.para("Samtidigt görs riktade satsningar. 700 000 kronor avsätts till feriearbeten för ungdomar och "
             "1,2 miljoner kronor till en förstärkt elevhälsa. Socialnämnden får en ramförstärkning på 8,5 "
             "miljoner kronor för ökade volymer inom hemtjänst och LSS.")
    pdf.h2("Pensioner och räntor")
    pdf.para("Pensionskostnaderna beräknas öka med 3,4 miljoner kronor 2025. Den genomsnittliga räntan på "
             "kommunens lån antas vara 3,1 procent. Låneskulden beräknas uppgå till 420 miljoner kronor vid "
             "utgången av 2025.")
    pdf.h2("Löneökningar")
    pdf.para("I budgeten har löneökningar beräknats med 3,5 procent från april 2025. Medel för löneökningar "
             "finns centralt i finansförvaltningen och fördelas till nämnderna när löneöversynen är klar.")

    pdf.add_page()
    pdf.h1("Resultatbudget")
    pdf.para("Resultatbudgeten visar kommunens samlade intäkter och kostnader och årets resultat.", 9)
    rows = [
        (["Verksamhetens intäkter", "1"] + [f1(v) for v in RB["int"]], ""),
        (["Verksamhetens kostnader", "2"] + [f1(v) for v in RB["kost"]], ""),
        (["Avskrivningar", "3"] + [f1(v) for v in RB["avs"]], ""),
        (["Verksamhetens nettokostnader", ""] + [f1(v) for v in NETTO], "sum"),
        (["Skatteintäkter", "4"] + [f1(v) for v in RB["skatt"]], ""),
        (["Generella statsbidrag och utjämning", "5"] + [f1(v) for v in RB["bidrag"]], ""),
        (["Verksamhetens resultat", ""] + [f1(v) for v in VRES], "sum"),
        (["Finansiella intäkter", ""] + [f1(v) for v in RB["finint"]], ""),
        (["Finansiella kostnader", "6"] + [f1(v) for v in RB["finkost"]], ""),
        (["Resultat efter finansiella poster", ""] + [f1(v) for v in RES], "sum"),
        (["Årets resultat", ""] + [f1(v) for v in RES], "sum"),
        (["Årets resultat i % av skatter och bidrag", ""] + [fmt(100 * r / s, 1) for r, s in zip(RES, SKB)], ""),
    ]
    pdf.table("Tabell 1. Resultatbudget, belopp i mnkr", [["Mnkr", "Not"] + YEARS], rows,
              [46, 8, 23, 23, 23, 23, 24], size=8)
    pdf.note("Noterna finns i avsnittet Finansiella mål och noter.")

    # Balansbudget
    pdf.add_page()
    pdf.h1("Balansbudget")
    anl = [812.4, 905.6, 948.9, 982.1]
    oms = [148.7, 132.0, 128.5, 126.3]
    tot = [round(a + b, 1) for a, b in zip(anl, oms)]
    ek = [402.9, round(402.9 + RES[1] + RES[2], 1)]
    ek += [round(ek[1] + RES[3], 1), round(ek[1] + RES[3] + RES[4], 1)]
    res_b = [RES[0], RES[2], RES[3], RES[4]]
    avs = [58.3, 61.0, 62.4, 63.9]
    kort = [178.5, 182.0, 185.0, 188.0]
    lang = [round(t - e - a - k, 1) for t, e, a, k in zip(tot, ek, avs, kort)]
    skuld = [round(l + k, 1) for l, k in zip(lang, kort)]
    global BAL
    BAL = dict(tot=tot, ek=ek, lang=lang)
    cols = ["Bokslut 2023", "Budget 2025", "Plan 2026", "Plan 2027"]
    rows = [
        (["TILLGÅNGAR"], "section"),
        (["Anläggningstillgångar"] + [f1(v) for v in anl], ""),
        (["Omsättningstillgångar"] + [f1(v) for v in oms], ""),
        (["Summa tillgångar"] + [f1(v) for v in tot], "sum"),
        (["EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER"], "section"),
        (["Eget kapital"] + [f1(v) for v in ek], ""),
        (["  varav årets resultat"] + [f1(v) for v in res_b], ""),
        (["Avsättningar för pensioner"] + [f1(v) for v in avs], ""),
        (["Långfristiga skulder"] + [f1(v) for v in lang], ""),
        (["Kortfristiga skulder"] + [f1(v) for v in kort], ""),
        (["Summa skulder"] + [f1(v) for v in skuld], ""),
        (["Summa eget kapital, avsättningar och skulder"] + [f1(v) for v in tot], "sum"),
        (["Soliditet, %"] + [fmt(100 * e / t, 1) for e, t in zip(ek, tot)], ""),
    ]
    pdf.table("Tabell 2. Balansbudget (mnkr)", [["Mnkr"] + cols], rows, [78, 23, 23, 23, 23])
    pdf.para("Soliditeten beräknas vara i stort sett oförändrad under planperioden eftersom en stor del av "
             "investeringarna finansieras med nya lån.", 9)

    # Kassaflöde
    pdf.add_page()
    pdf.h1("Kassaflödesbudget")
    avsk = [-v for v in RB["avs"][2:]]
    justavs = [1.4, 1.4, 1.5]
    lop = [round(RES[2 + i] + avsk[i] + justavs[i], 1) for i in range(3)]
    inv = [-round(v / 1000, 1) for v in INV_TOT]
    nylan = [45.0, 50.0, 45.0]
    amort = [-8.0, -8.0, -8.0]
    fin = [round(a + b, 1) for a, b in zip(nylan, amort)]
    kf = [round(l + i + f, 1) for l, i, f in zip(lop, inv, fin)]
    lik_b = [38.4]
    for k in kf[:-1]:
        lik_b.append(round(lik_b[-1] + k, 1))
    lik_s = [round(b + k, 1) for b, k in zip(lik_b, kf)]
    rows = [
        (["Den löpande verksamheten"], "section"),
        (["Årets resultat"] + [f1(v) for v in RES[2:]], ""),
        (["Justering för avskrivningar"] + [f1(v) for v in avsk], ""),
        (["Justering för avsättningar"] + [f1(v) for v in justavs], ""),
        (["Kassaflöde från den löpande verksamheten"] + [f1(v) for v in lop], "sum"),
        (["Investeringsverksamheten"], "section"),
        (["Investering i materiella anläggningstillgångar"] + [f1(v) for v in inv], ""),
        (["Kassaflöde från investeringsverksamheten"] + [f1(v) for v in inv], "sum"),
        (["Finansieringsverksamheten"], "section"),
        (["Nyupptagna lån"] + [f1(v) for v in nylan], ""),
        (["Amortering av skuld"] + [f1(v) for v in amort], ""),
        (["Kassaflöde från finansieringsverksamheten"] + [f1(v) for v in fin], "sum"),
        (["Årets kassaflöde"] + [f1(v) for v in kf], "sum"),
        (["Likvida medel vid årets början"] + [f1(v) for v in lik_b], ""),
        (["Likvida medel vid årets slut"] + [f1(v) for v in lik_s], ""),
    ]
    pdf.table("Tabell 3. Kassaflödesbudget, mnkr", [["Mnkr", "Budget 2025", "Plan 2026", "Plan 2027"]], rows,
              [95, 25, 25, 25])

    # Driftbudget
    pdf.add_page()
    pdf.h1("Driftbudget per nämnd")
    pdf.para("Tabellen visar nämndernas budgetramar (nettokostnad) för 2025 jämfört med 2024. Kolumnen längst "
             f"till höger anger nettokostnaden i kronor per invånare, beräknat på {fmt(INV2025, 0)} invånare.", 9)
    rows = []
    for n, b24, b25 in NAMND + [("Finansförvaltning och gemensamma kostnader", FIN24, FIN25)]:
        rows.append(([n, f1(b24), f1(b25), f1(round(b25 - b24, 1)), fmt(b25 * 1e6 / INV2025, 0)], ""))
    t24 = round(sum(n[1] for n in NAMND) + FIN24, 1)
    t25 = round(sum(n[2] for n in NAMND) + FIN25, 1)
    rows.append((["Summa nettokostnader", f1(t24), f1(t25), f1(round(t25 - t24, 1)), fmt(t25 * 1e6 / INV2025, 0)], "sum"))
    pdf.table("Tabell 4. Driftbudget per nämnd", [["", "Budget 2024", "Budget 2025", "Förändring", "Kr per inv."],
                                                  ["", "mnkr", "mnkr", "mnkr", "2025"]], rows, [72, 23, 23, 22, 24])
    pdf.note("Finansförvaltningen omfattar bland annat pensionskostnader, avsatta medel för löneökningar och "
             "kommungemensamma försäkringar. Kr per invånare avrundat till hela kronor.")

    pdf.add_page()
    pdf.h1("Nämndernas uppdrag")
    texts = {
        "Kommunstyrelsen": "Kommunstyrelsen leder och samordnar kommunens verksamhet och ansvarar för bland annat "
        "gator och vägar, fastigheter, vatten och avlopp, näringslivsarbete och räddningstjänst genom "
        "samverkan med Räddningstjänsten Skaraborg. Ramen ökar med 4,5 miljoner kronor, främst för "
        "ökade fastighetskostnader.",
        "Barn- och utbildningsnämnden": "Nämnden ansvarar för förskola, grundskola, fritidshem, "
        "gymnasieskola och vuxenutbildning. Ramen ökar med 10,9 miljoner kronor. Antalet elever i "
        "grundskolan beräknas till 1 020 läsåret 2025/26. Gymnasieeleverna studerar i huvudsak i Skövde "
        "och Mariestad, och interkommunala ersättningar utgör en stor del av kostnaderna.",
        "Socialnämnden": "Socialnämnden ansvarar för äldreomsorg, stöd till personer med "
        "funktionsnedsättning och individ- och familjeomsorg. Nämnden redovisade ett underskott 2023 och "
        "har arbetat med en handlingsplan för ekonomi i balans. Ramen 2025 ökar med 11,7 miljoner kronor, "
        "varav 8,5 miljoner kronor är en ramförstärkning för volymökningar.",
        "Kultur- och fritidsnämnden": "Nämnden ansvarar för bibliotek, kulturskola, fritidsgårdar, badhus och "
        "idrottsanläggningar. Under 2025 byts ventilationen i badhuset och en ny konstgräsplan anläggs "
        "vid Töreboda IP.",
        "Miljö- och byggnadsnämnden": "Nämnden handlägger bygglov, tillsyn enligt miljöbalken och "
        "livsmedelslagen. Ett nytt verksamhetssystem för bygglov införs 2025. Handläggningstiden för "
        "kompletta bygglovsärenden ska vara högst fem veckor.",
    }
    for k, v in texts.items():
        pdf.h2(k)
        pdf.para(v)
        pdf.para("Nämnden ska under året redovisa hur effektiviseringskravet har genomförts och vilka "
                 "konsekvenser det har fått för verksamheten. Uppföljning sker i samband med delårsrapporten "
                 "per den 31 augusti och i årsredovisningen.")

    # Investeringsbudget (landscape, continued)
    pdf.add_page(orientation="L")
    pdf.h1("Investeringsbudget")
    pdf.para("Investeringsbudgeten för 2025–2027 omfattar totalt "
             f"{fmt(sum(INV_TOT) / 1000, 1)} miljoner kronor. Den nya förskolan i Moholm beräknas kosta totalt "
             "35,5 miljoner kronor, varav 1,5 miljoner kronor har budgeterats 2024.", 9)
    rows = []
    br = None
    for sec, ps in INVEST:
        rows.append(([sec], "section"))
        for p, a, b, c in ps:
            rows.append(([p, fmt(a, 0), fmt(b, 0), fmt(c, 0), fmt(a + b + c, 0)], ""))
        s = [sum(p[i] for p in ps) for i in (1, 2, 3)]
        rows.append((["Summa " + sec.lower()] + [fmt(v, 0) for v in s] + [fmt(sum(s), 0)], "sum"))
        if sec == "Kommunstyrelsen":
            br = len(rows)
    rows.append((["Totalt investeringar"] + [fmt(v, 0) for v in INV_TOT] + [fmt(sum(INV_TOT), 0)], "sum"))
    pdf.table("Tabell 5. Investeringsbudget 2025–2027 (tkr)",
              [["Projekt", "Budget 2025", "Plan 2026", "Plan 2027", "Totalt 2025–2027"]],
              rows, [120, 35, 35, 35, 40], size=9, break_after=br)
    pdf.note("Investeringar i vatten och avlopp finansieras via VA-taxan.")

    pdf.add_page(orientation="P")
    pdf.h1("Finansiella mål och noter")
    pdf.h2("Finansiella mål")
    pdf.bullets([
        "Årets resultat ska över planperioden uppgå till minst 2 procent av skatteintäkter och generella statsbidrag.",
        "Nettoinvesteringar exklusive vatten och avlopp ska finansieras med minst 60 procent egna medel.",
        "Soliditeten inklusive pensionsförpliktelser ska inte understiga 25 procent.",
    ])
    pdf.h2("Noter")
    pdf.para("Not 1. Verksamhetens intäkter omfattar taxor och avgifter, hyror, riktade statsbidrag och "
             "försäljning av verksamhet.", 9)
    pdf.para("Not 2. Verksamhetens kostnader omfattar personalkostnader, köp av verksamhet, lokalkostnader och "
             "övriga kostnader. Personalkostnaderna utgör cirka 60 procent.", 9)
    pdf.para("Not 3. Avskrivningar görs linjärt enligt komponentavskrivning.", 9)
    pdf.para("Not 4. Skatteintäkterna bygger på SKR:s prognos (cirkulär 24:41) och en skattesats på 22,56 kronor.", 9)
    pdf.para("Not 5. Generella statsbidrag och utjämning inkluderar inkomstutjämning, kostnadsutjämning, "
             "regleringsbidrag, LSS-utjämning och fastighetsavgift.", 9)
    pdf.para("Not 6. Finansiella kostnader avser främst räntor på lån och ränta på pensionsskulden.", 9)
    pdf.output(path)
    return pdf.page_no()


def arsredovisning_pdf(path):
    pdf = Doc("Årsredovisning 2023 | Töreboda kommun", pagefmt="{n}")
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 28)
    pdf.ln(60)
    pdf.multi_cell(0, 12, "Årsredovisning 2023", align="C")
    pdf.set_font("DejaVu", "", 14)
    pdf.multi_cell(0, 8, "Töreboda kommun", align="C")
    pdf.show_head = True
    pdf.add_page()
    pdf.h1("Kommunstyrelsens ordförande har ordet")
    pdf.para("2023 blev ett år med höga kostnadsökningar, men Töreboda kommun redovisar ändå ett positivt "
             f"resultat på {f1(RES[0])} miljoner kronor. Det är bättre än budget, tack vare högre "
             "skatteintäkter och ett gott kostnadsmedvetande i många verksamheter.")
    pdf.para("Maria Thorsell (C), kommunstyrelsens ordförande")
    pdf.h1("Förvaltningsberättelse")
    pdf.h2("Årets resultat")
    pdf.para(f"Årets resultat uppgick till {f1(RES[0])} miljoner kronor, att jämföra med budgeterade 11,9 "
             "miljoner kronor. Nämnderna redovisade sammantaget ett underskott på 8,0 miljoner kronor, vilket "
             "vägdes upp av att skatteintäkterna blev 4,2 miljoner kronor högre än budgeterat och av en "
             "återbetalning av försäkringspremier från AFA Försäkring på 3,6 miljoner kronor.")
    pdf.h2("Viktiga händelser")
    pdf.bullets([
        "Byggnationen av gång- och cykelvägen längs Göta kanal färdigställdes i juni.",
        "Kommunen tog över driften av fritidsgården i Moholm från en förening.",
        "Kostnaderna för försörjningsstöd ökade med 2,4 miljoner kronor jämfört med 2022.",
        "Ett nytt avtal om gemensam lönehantering med Gullspångs kommun tecknades.",
    ])
    pdf.h2("Investeringar")
    pdf.para("Nettoinvesteringarna uppgick till 64,3 miljoner kronor, vilket är 27,2 miljoner kronor lägre än "
             "budget. Avvikelsen beror främst på att projekteringen av förskolan i Moholm försenades.")
    pdf.h2("Personal")
    pdf.para("Antalet tillsvidareanställda var 812 den 31 december 2023, jämfört med 798 året innan. Den totala "
             "sjukfrånvaron minskade till 7,4 procent från 7,9 procent 2022.")

    pdf.add_page()
    pdf.h1("Resultaträkning")
    rb22 = {"int": 138.9, "kost": -776.5, "avs": -26.4, "skatt": 455.1, "bidrag": 221.4, "finint": 2.2, "finkost": -2.9}
    bu23 = {"int": 135.0, "kost": -801.2, "avs": -28.5, "skatt": 474.0, "bidrag": 234.1, "finint": 2.5, "finkost": -4.0}

    def calc(d):
        n = round(d["int"] + d["kost"] + d["avs"], 1)
        v = round(n + d["skatt"] + d["bidrag"], 1)
        r = round(v + d["finint"] + d["finkost"], 1)
        return n, v, r
    u23 = {k: RB[k][0] for k in RB}
    c23, c22, cb = calc(u23), calc(rb22), calc(bu23)
    rows = []
    for lab, key, note in [("Verksamhetens intäkter", "int", "2"), ("Verksamhetens kostnader", "kost", "3"),
                           ("Avskrivningar", "avs", "4")]:
        rows.append(([lab, note, f1(u23[key], "dash"), f1(rb22[key], "dash"), f1(bu23[key], "dash")], ""))
    rows.append((["Verksamhetens nettokostnader", "", f1(c23[0], "dash"), f1(c22[0], "dash"), f1(cb[0], "dash")], "sum"))
    for lab, key, note in [("Skatteintäkter", "skatt", "5"), ("Generella statsbidrag och utjämning", "bidrag", "6")]:
        rows.append(([lab, note, f1(u23[key], "dash"), f1(rb22[key], "dash"), f1(bu23[key], "dash")], ""))
    rows.append((["Verksamhetens resultat", "", f1(c23[1], "dash"), f1(c22[1], "dash"), f1(cb[1], "dash")], "sum"))
    for lab, key, note in [("Finansiella intäkter", "finint", "7"), ("Finansiella kostnader", "finkost", "8")]:
        rows.append(([lab, note, f1(u23[key], "dash"), f1(rb22[key], "dash"), f1(bu23[key], "dash")], ""))
    rows.append((["Resultat efter finansiella poster", "", f1(c23[2], "dash"), f1(c22[2], "dash"), f1(cb[2], "dash")], "sum"))
    rows.append((["Årets resultat", "", f1(c23[2], "dash"), f1(c22[2], "dash"), f1(cb[2], "dash")], "sum"))
    pdf.table("Resultaträkning, kommunen (mnkr)", [["Mnkr", "Not", "Utfall 2023", "Utfall 2022", "Budget 2023"]],
              rows, [70, 12, 28, 28, 28])
    pdf.h2("Balanskravsresultat")
    pdf.para(f"Balanskravsresultatet för 2023 uppgår till 15,1 miljoner kronor efter avdrag för "
             "realisationsvinster på 0,9 miljoner kronor. Kommunen uppfyller därmed balanskravet.")

    pdf.add_page()
    pdf.h1("Driftredovisning")
    nam = [("Kommunfullmäktige och revision", 4.5, 4.4), ("Kommunstyrelsen", 104.2, 101.9),
           ("Barn- och utbildningsnämnden", 279.3, 283.1), ("Socialnämnden", 258.4, 266.0),
           ("Kultur- och fritidsnämnden", 22.8, 22.1), ("Miljö- och byggnadsnämnden", 9.1, 8.8)]
    rows = [([n, f1(b), f1(u), f1(round(b - u, 1), "dash")], "") for n, b, u in nam]
    sb, su = round(sum(x[1] for x in nam), 1), round(sum(x[2] for x in nam), 1)
    rows.append((["Summa nämnder", f1(sb), f1(su), f1(round(sb - su, 1), "dash")], "sum"))
    pdf.table("Nettokostnad per nämnd 2023, mnkr", [["Nämnd", "Budget", "Utfall", "Avvikelse"]], rows, [80, 28, 28, 28])
    pdf.note("Positiv avvikelse innebär att nämnden har haft lägre kostnader än budget.")
    pdf.para("Socialnämndens underskott förklaras främst av ökade kostnader för externa placeringar av barn "
             "och unga samt hög användning av bemanningssjuksköterskor. Barn- och utbildningsnämndens "
             "underskott beror på fler elever i behov av särskilt stöd och ökade kostnader för skolskjuts.")

    pdf.add_page()
    pdf.h1("Personalredovisning")
    rows = [
        (["Antal tillsvidareanställda", "812", "798", "785"], ""),
        (["  varav kvinnor", "664", "651", "641"], ""),
        (["Antal visstidsanställda", "96", "104", "111"], ""),
        (["Sjukfrånvaro totalt, %", "7,4", "7,9", "8,3"], ""),
        (["Medelålder, år", "46,2", "46,5", "46,4"], ""),
    ]
    pdf.table("Personalnyckeltal", [["", "2023", "2022", "2021"]], rows, [80, 25, 25, 25])
    pdf.output(path)
    return pdf.page_no()


def html_page(path):
    shares = [("Förskola och skola", 39), ("Äldreomsorg", 21), ("Stöd till personer med funktionsnedsättning", 11),
              ("Individ- och familjeomsorg", 6), ("Politik, ledning och administration", 6),
              ("Gator, parker och infrastruktur", 5), ("Kultur och fritid", 4), ("Räddningstjänst", 2),
              ("Övrigt, bland annat näringsliv och kollektivtrafik", 6)]
    assert sum(s for _, s in shares) == 100
    trs = "\n".join(f"          <tr><td>{n}</td><td>{s}</td></tr>" for n, s in shares)
    html = f"""<!DOCTYPE html>
<html lang="sv">
<head>
  <meta charset="utf-8">
  <title>Så används din skatt - Töreboda kommun</title>
  <link rel="stylesheet" href="/css/site.css">
  <script>window.dataLayer = window.dataLayer || [];</script>
</head>
<body>
  <div id="cookie-banner" class="cookie">
    <p>Vi använder kakor (cookies) för att förbättra din upplevelse av webbplatsen.</p>
    <button>Godkänn alla</button> <button>Endast nödvändiga</button>
  </div>
  <header class="site-header">
    <a href="/" class="logo">Töreboda kommun</a>
    <nav><ul>
      <li><a href="/omsorg">Omsorg och stöd</a></li>
      <li><a href="/skola">Förskola och skola</a></li>
      <li><a href="/bygga">Bygga, bo och miljö</a></li>
      <li><a href="/kommun-och-politik">Kommun och politik</a></li>
    </ul></nav>
    <form class="search"><input type="text" placeholder="Sök på webbplatsen"></form>
  </header>
  <nav class="breadcrumb">Start / Kommun och politik / Ekonomi / Så används din skatt</nav>
  <main>
    <article>
      <h1>Så används din skatt</h1>
      <p class="ingress">Kommunalskatten är kommunens största inkomstkälla. Här kan du se hur varje hundralapp i skatt fördelas på kommunens verksamheter 2025.</p>
      <p>Den totala skattesatsen i Töreboda är 34,04 kronor per hundralapp, varav 22,56 kronor går till kommunen och 11,48 kronor till Västra Götalandsregionen.</p>
      <p>Den som tjänar 30 000 kronor i månaden betalar cirka 5 900 kronor i månaden i kommunalskatt till Töreboda kommun.</p>
      <h2>Så fördelas 100 kronor i skatt</h2>
      <table class="table">
        <thead><tr><th>Verksamhet</th><th>Kronor av 100 kr</th></tr></thead>
        <tbody>
{trs}
        </tbody>
      </table>
      <p>Fördelningen bygger på budget 2025 som kommunfullmäktige antog den 25 november 2024. Utöver skatten finansieras verksamheterna av statsbidrag, avgifter och hyror.</p>
      <h2>Vill du veta mer?</h2>
      <p>Läs hela Mål och budget 2025 med plan 2026–2027 eller kontakta ekonomienheten via kommunens kontaktcenter.</p>
      <p class="meta">Publicerad: 2024-12-05 | Senast uppdaterad: 2025-01-14</p>
    </article>
  </main>
  <footer class="site-footer">
    <p>Töreboda kommun, Box 83, 545 22 Töreboda</p>
    <p>Telefon: 0506-180 00 | E-post: kommun@toreboda.se</p>
    <p><a href="/tillganglighet">Tillgänglighetsredogörelse</a> | <a href="/kakor">Om kakor</a> | <a href="/personuppgifter">Personuppgifter</a></p>
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
    d.add_paragraph("TÖREBODA KOMMUN")
    d.add_paragraph("SAMMANTRÄDESPROTOKOLL")
    d.add_paragraph("Kommunstyrelsen")
    d.add_paragraph("Sammanträdesdatum: 2024-10-14")
    d.add_paragraph("Plats och tid: Kommunhuset, Sessionssalen, kl. 13.00–16.10")
    d.add_paragraph("Beslutande: Maria Thorsell (C), ordförande, Jonas Berglund (S), vice ordförande, "
                    "Per Alm (SD), Lena Nyström (SD), Karin Ekwall (M), Åsa Lindh (C), Tomas Rydén (KD), "
                    "Eva Gustafsson (S), Anders Holm (L)")
    d.add_paragraph("Justerare: Jonas Berglund (S)")
    d.add_heading("§ 142 Mål och budget 2025 med plan 2026–2027", level=2)
    d.add_paragraph("Dnr KS 2024/0312")
    d.add_paragraph("Ärendebeskrivning: Kommunledningsförvaltningen har upprättat förslag till Mål och budget "
                    "2025 med plan 2026–2027. Förslaget innebär ett resultat på 14,5 miljoner kronor 2025 och en "
                    "oförändrad skattesats på 22,56 kronor. Nämndernas ramar för 2025 framgår av tabellen nedan.")
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Nämnd", "Budget 2024, tkr", "Ramförändring, tkr", "Budget 2025, tkr"]):
        c.text = h
    tot = [0, 0]
    for n, b24, b25 in NAMND:
        r = t.add_row().cells
        a, b = int(round(b24 * 1000)), int(round(b25 * 1000))
        tot[0] += a
        tot[1] += b
        for c, v in zip(r, [n, fmt(a, 0), fmt(b - a, 0), fmt(b, 0)]):
            c.text = v
    r = t.add_row().cells
    for c, v in zip(r, ["Summa nämnder", fmt(tot[0], 0), fmt(tot[1] - tot[0], 0), fmt(tot[1], 0)]):
        c.text = v
    d.add_paragraph("")
    d.add_paragraph("Yrkanden: Ordföranden Maria Thorsell (C) yrkar bifall till förvaltningens förslag. "
                    "Karin Ekwall (M) yrkar att skattesatsen sänks med 10 öre till 22,46 kronor. Per Alm (SD) yrkar "
                    "bifall till Sverigedemokraternas budgetförslag.")
    d.add_paragraph("Beslutsgång: Ordföranden ställer förslagen mot varandra och finner att kommunstyrelsen "
                    "beslutar enligt ordförandens yrkande.")
    d.add_paragraph("Kommunstyrelsens förslag till kommunfullmäktige: Mål och budget 2025 med plan 2026–2027 "
                    "fastställs. Skattesatsen för 2025 fastställs till 22,56 kronor. Kommunstyrelsen får under "
                    "2025 nyupplåna, det vill säga öka kommunens skulder, med högst 45 miljoner kronor.")
    d.add_paragraph("Reservationer: Per Alm (SD) och Lena Nyström (SD) reserverar sig mot beslutet till förmån "
                    "för eget förslag. Karin Ekwall (M) reserverar sig mot beslutet i fråga om skattesatsen.")
    d.add_heading("§ 143 VA-taxa 2025", level=2)
    d.add_paragraph("Dnr KS 2024/0287")
    d.add_paragraph("Förslaget innebär att brukningsavgifterna i VA-taxan höjs med 6 procent från den 1 januari "
                    "2025. För en normalvilla innebär det en ökning med cirka 620 kronor per år.")
    d.add_paragraph("Beslut: Kommunstyrelsen föreslår kommunfullmäktige att anta VA-taxa 2025 enligt förslaget.")
    d.add_heading("§ 144 Förvärv av fastigheten Töreboda Bocken 4", level=2)
    d.add_paragraph("Dnr KS 2024/0301")
    d.add_paragraph("Kommunen har erbjudits att köpa fastigheten Bocken 4 i centrala Töreboda för 3,2 miljoner "
                    "kronor. Fastigheten är strategiskt belägen intill resecentrum.")
    d.add_paragraph("Beslut: Kommunstyrelsen beslutar att förvärva fastigheten Töreboda Bocken 4 för en "
                    "köpeskilling om 3 200 000 kronor. Finansiering sker inom kommunstyrelsens investeringsram.")
    d.add_heading("§ 145 Anmälan av delegationsbeslut", level=2)
    d.add_paragraph("Beslut: Redovisningen av delegationsbeslut för september 2024 läggs till handlingarna.")
    d.add_paragraph("Vid protokollet: Sofia Granqvist, nämndsekreterare")
    cp = d.core_properties
    cp.author = "Töreboda kommun"
    cp.title = "Protokoll kommunstyrelsen 2024-10-14"
    import datetime
    cp.created = cp.modified = datetime.datetime(2024, 10, 16, 8, 0, 0)
    cp.last_modified_by = "Töreboda kommun"
    cp.revision = 1
    d.save(path)
    rezip(path)


POP = [  # year, född, döda, inflyttade, utflyttade
    (2018, 92, 118, 471, 402), (2019, 88, 121, 455, 430), (2020, 95, 131, 429, 418),
    (2021, 84, 115, 447, 433), (2022, 79, 124, 462, 449), (2023, 81, 127, 438, 420),
    (2024, 77, 122, 419, 389),
]


def xlsx(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Befolkning"
    ws.append(["Befolkningsutveckling i Töreboda kommun 2018–2024"])
    ws.append(["Antal personer. Folkmängd den 31 december. 2024 preliminära uppgifter."])
    ws.append(["År", "Folkmängd", "Födda", "Döda", "Inflyttade", "Utflyttade", "Förändring"])
    pop = 9346 - (92 - 118 + 471 - 402)
    for y, f, d_, i, u in POP:
        ch = f - d_ + i - u
        pop += ch
        ws.append([y, pop, f, d_, i, u, ch])
    ws["A1"].font = Font(bold=True, size=13)
    ws2 = wb.create_sheet("Nyckeltal")
    ws2.append(["Nyckeltal för Töreboda kommun"])
    ws2.append(["Kronor per invånare om inte annat anges. Källa: Kolada"])
    ws2.append(["Nyckeltal", "2021", "2022", "2023"])
    for r in [
        ("Nettokostnad grundskola, kr/inv", 14820, 15390, 16110),
        ("Nettokostnad förskola, kr/inv", 9150, 9480, 9960),
        ("Nettokostnad äldreomsorg, kr/inv", 21430, 22610, 23890),
        ("Nettokostnad LSS, kr/inv", 8240, 8570, 9010),
        ("Nettokostnad kultur och fritid, kr/inv", 2710, 2790, 2860),
        ("Andel behöriga till gymnasiet, %", 81.4, 78.9, 83.2),
        ("Sjukfrånvaro kommunanställda, %", 8.3, 7.9, 7.4),
    ]:
        ws2.append(list(r))
    ws2["A1"].font = Font(bold=True, size=13)
    wb.properties.creator = "Töreboda kommun"
    import datetime
    wb.properties.created = datetime.datetime(2025, 2, 3, 8, 0, 0)
    wb.properties.modified = datetime.datetime(2025, 2, 3, 8, 0, 0)
    wb.save(path)
    rezip(path)


def press(path):
    t = f"""# Töreboda kommun budgeterar överskott på {f1(RES[2])} miljoner kronor 2025

*Pressmeddelande, Töreboda kommun, 2024-11-26*

Kommunfullmäktige i Töreboda antog på måndagskvällen Mål och budget 2025 med plan 2026–2027. Budgeten visar ett resultat på {f1(RES[2])} miljoner kronor för 2025 och skattesatsen är oförändrad, 22,56 kronor.

– Vi satsar på skolan och omsorgen, samtidigt som vi fortsätter att investera för att Töreboda ska växa. Det är en ansvarsfull budget i en tuff tid, säger kommunstyrelsens ordförande Maria Thorsell (C).

## Det här innehåller budgeten

- Barn- och utbildningsnämnden får 10,9 miljoner kronor mer än 2024.
- Socialnämnden får 11,7 miljoner kronor mer, varav 8,5 miljoner kronor för fler brukare inom hemtjänst och LSS.
- Investeringarna uppgår till {fmt(INV_TOT[0] / 1000, 1)} miljoner kronor 2025, bland annat till en ny förskola i Moholm.
- 700 000 kronor avsätts till feriearbeten för ungdomar under sommaren 2025.

Budgeten antogs med 19 röster mot 12. Sverigedemokraterna och Moderaterna reserverade sig mot beslutet.

## Kontakt

Maria Thorsell (C), kommunstyrelsens ordförande, 0506-180 12
Henrik Sandberg, ekonomichef, 0506-181 40
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(t)


def build(outdir):
    os.makedirs(outdir, exist_ok=True)
    n1 = budget_pdf(os.path.join(outdir, "mal-och-budget-2025-2027.pdf"))
    n2 = arsredovisning_pdf(os.path.join(outdir, "arsredovisning-2023.pdf"))
    html_page(os.path.join(outdir, "sa-anvands-din-skatt.html"))
    protokoll_docx(os.path.join(outdir, "protokoll-kommunstyrelsen-2024-10-14.docx"))
    xlsx(os.path.join(outdir, "befolkning-och-nyckeltal.xlsx"))
    press(os.path.join(outdir, "pressmeddelande-budget-2025.md"))
    print("toreboda pages", n1, n2, "RES", RES, "INV", INV_TOT, "FIN", FIN24, FIN25)
