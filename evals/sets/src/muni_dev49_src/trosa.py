"""Trosa kommun: budget PDF, årsredovisning PDF, HTML, DOCX protokoll, XLSX, press release (md)."""
import os

import docx
import openpyxl
from docx.shared import Pt
from openpyxl.styles import Font

from common import Doc, sv, fix_zip, html_page

YEARS = ["Bokslut 2024", "Prognos 2025", "Budget 2026", "Plan 2027", "Plan 2028"]
# intäkter, kostnader, avskrivningar, skatteintäkter, statsbidrag, fin int, fin kost (mnkr)
RB = {
    "Bokslut 2024": (212.4, -1098.6, -52.3, 742.8, 228.1, 6.2, -14.9),
    "Prognos 2025": (218.0, -1152.3, -55.8, 768.5, 241.6, 5.8, -17.2),
    "Budget 2026": (221.5, -1189.7, -60.4, 801.2, 252.9, 5.0, -19.6),
    "Plan 2027": (225.0, -1224.1, -64.9, 829.7, 262.3, 4.8, -22.4),
    "Plan 2028": (228.6, -1259.4, -68.2, 861.4, 270.8, 4.8, -24.5),
}


def rb_rows():
    d = {}
    for y, (i, k, a, s, g, fi, fk) in RB.items():
        nk = round(i + k + a, 1)
        vr = round(nk + s + g, 1)
        res = round(vr + fi + fk, 1)
        d[y] = dict(i=i, k=k, a=a, nk=nk, s=s, g=g, vr=vr, fi=fi, fk=fk, res=res)
    return d


POP2026 = 14620
# nämnd: Bokslut 2024, Budget 2025, Budget 2026, Plan 2027, Plan 2028 (tkr)
DRIFT = [
    ("Kommunfullmäktige och revision", 4610, 4850, 5020, 5120, 5220),
    ("Kommunstyrelsen", 112870, 118400, 124300, 127900, 131500),
    ("Barn- och utbildningsnämnden", 481300, 498600, 515200, 532100, 548900),
    ("Vård- och omsorgsnämnden", 301250, 312900, 329800, 343600, 357900),
    ("Socialnämnden", 66980, 68400, 71900, 73800, 75600),
    ("Samhällsbyggnadsnämnden", 40120, 42300, 44100, 45300, 46400),
    ("Kultur- och fritidsnämnden", 30440, 31700, 32600, 33300, 34000),
]
FINANS = (-99070, -87050, -94320, -97120, -100520)

INVEST = [
    ("S", "Kommunstyrelsen"),
    ("IT-infrastruktur och digitalisering", 3.5, 3.0, 3.0),
    ("Energieffektivisering kommunhuset", 2.2, 1.5, 0.0),
    ("Markexploatering Norra Vitalls", 14.0, 18.5, 9.0),
    ("Summa Kommunstyrelsen",),
    ("S", "Barn- och utbildningsnämnden"),
    ("Ny förskola Ängsbacken", 28.6, 11.4, 0.0),
    ("Tillbyggnad Tomtaklintskolan", 9.8, 24.0, 16.5),
    ("Inventarier skola och förskola", 2.4, 2.4, 2.4),
    ("Summa Barn- och utbildningsnämnden",),
    ("S", "Vård- och omsorgsnämnden"),
    ("Trygghetsteknik och välfärdsteknik", 1.8, 1.8, 1.2),
    ("Ombyggnad särskilt boende Häradsgården", 6.5, 12.0, 0.0),
    ("Summa Vård- och omsorgsnämnden",),
    ("S", "Samhällsbyggnadsnämnden"),
    ("Gator, vägar och belysning", 8.2, 8.5, 8.8),
    ("Gång- och cykelväg Trosa–Vagnhärad", 5.4, 7.9, 0.0),
    ("Upprustning hamnområdet", 4.1, 2.0, 1.0),
    ("Lekplatser och parker", 1.6, 1.6, 1.6),
    ("Summa Samhällsbyggnadsnämnden",),
    ("S", "Kultur- och fritidsnämnden"),
    ("Konstgräsplan Vagnhärad", 7.5, 0.0, 0.0),
    ("Biblioteksinventarier", 0.4, 0.4, 0.4),
    ("Summa Kultur- och fritidsnämnden",),
]

BAL = {  # mnkr: anl, oms, ek, avs, lfs, kfs
    "Bokslut 2024": (1512.6, 214.8, 612.4, 148.3, 721.5, 245.2),
    "Prognos 2025": (1598.4, 198.2, 621.0, 152.9, 785.0, 237.7),
    "Budget 2026": (1671.0, 190.5, 631.9, 157.6, 835.0, 237.0),
    "Plan 2027": (1736.9, 186.0, 642.3, 162.0, 880.0, 238.6),
    "Plan 2028": (1781.2, 184.4, 655.8, 166.1, 905.0, 238.7),
}

OUT2025 = dict(res=14.3, skatt_over=6.1, nettoinv=112.7, soliditet=36.2)
NAMND_UTFALL_2025 = [  # budget 2025, utfall 2025 (tkr)
    ("Kommunfullmäktige och revision", 4850, 4712),
    ("Kommunstyrelsen", 118400, 115960),
    ("Barn- och utbildningsnämnden", 498600, 501320),
    ("Vård- och omsorgsnämnden", 312900, 319450),
    ("Socialnämnden", 68400, 71870),
    ("Samhällsbyggnadsnämnden", 42300, 41180),
    ("Kultur- och fritidsnämnden", 31700, 31050),
]

POP = [  # år, totalt, 0-5, 6-15, 16-64, 65-79, 80+
    (2019, 13534, 905, 1842, 7402, 2611, 774),
    (2020, 13712, 912, 1871, 7455, 2655, 819),
    (2021, 13874, 921, 1903, 7498, 2690, 862),
    (2022, 14031, 917, 1938, 7541, 2726, 909),
    (2023, 14188, 909, 1962, 7597, 2761, 959),
    (2024, 14325, 903, 1979, 7644, 2790, 1009),
    (2025, 14472, 898, 1994, 7702, 2817, 1061),
]
NYCKEL = [  # år, skattesats, nettokostnad mnkr, soliditet %
    (2019, 21.65, 801.3, 33.1),
    (2020, 21.65, 829.9, 33.8),
    (2021, 21.65, 861.0, 34.5),
    (2022, 21.90, 902.4, 35.0),
    (2023, 21.90, 944.8, 35.2),
    (2024, 22.05, 938.5, 35.5),
    (2025, 22.05, 985.2, 36.2),
]


def budget_pdf(path):
    d = rb_rows()
    pdf = Doc("Trosa kommun – Mål och budget 2026 med plan 2027–2028")
    pdf.add_page()
    pdf.ln(50)
    pdf.set_font("DejaVu", "B", 26)
    pdf.multi_cell(0, 12, "Mål och budget 2026\nmed plan 2027–2028", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("DejaVu", "", 13)
    pdf.multi_cell(0, 7, "Trosa kommun\nFastställd av kommunfullmäktige 2025-11-19, § 112", new_x="LMARGIN", new_y="NEXT")

    pdf.add_page()
    pdf.h1("Innehåll")
    pdf.p("Förord ... 3\nVision och övergripande mål ... 4\nEkonomiska förutsättningar ... 5\n"
          "Resultatbudget ... 6\nBalansbudget ... 7\nDriftbudget per nämnd ... 8\nInvesteringsbudget ... 9\n"
          "Nämndernas uppdrag och effektiviseringar ... 11\nTaxor, avgifter och övriga beslut ... 12")

    pdf.add_page()
    pdf.h1("Förord")
    pdf.p("Trosa fortsätter att växa. Under de senaste fem åren har vi blivit nästan 800 fler invånare, och "
          "det märks i förskolor, skolor och i omsorgen. Den här budgeten handlar om att ta hand om det vi redan har "
          "och samtidigt bygga för framtiden.")
    pdf.p("Skattesatsen lämnas oförändrad på 22,05 kronor per skattekrona. Det är fortfarande en av de lägre "
          "skattesatserna i Södermanlands län, och vi vill att den ska förbli det.")
    pdf.p("Samtidigt är de ekonomiska förutsättningarna tuffare än på länge. Pensionskostnaderna ökar, räntorna är "
          "högre än för några år sedan och behoven inom äldreomsorgen växer snabbare än skatteintäkterna. "
          "Därför genomför nämnderna effektiviseringar om sammanlagt 12,5 miljoner kronor under 2026.")
    pdf.p("Vi prioriterar ändå skolan. Barn- och utbildningsnämnden får en särskild satsning på 4,7 miljoner kronor "
          "för fler lärare i lågstadiet och för att minska gruppstorlekarna i förskolan. Föreningslivet får ett "
          "höjt föreningsbidrag med 700 000 kronor, eftersom föreningarna gör ett ovärderligt arbete för barn och unga.")
    pdf.p("Den största investeringen under perioden är den nya förskolan Ängsbacken i Vagnhärad, som ska stå klar "
          "hösten 2027 och ge plats för 160 barn.")
    pdf.p("Trosa i november 2025\n\nJohan Engström (M)\nKommunstyrelsens ordförande")

    pdf.add_page()
    pdf.h1("Vision och övergripande mål")
    pdf.p("Kommunens vision är ”Trosa – där människor och idéer växer”. Visionen konkretiseras i fyra "
          "kommunövergripande mål som gäller för mandatperioden 2023–2026.")
    pdf.h2("1. Trosa ska ha Sveriges bästa skola")
    pdf.p("Andelen elever i årskurs 9 som är behöriga till gymnasiets yrkesprogram ska uppgå till minst 92 procent. "
          "Resultatet för 2024 var 89,4 procent.")
    pdf.h2("2. Tryggt och värdigt åldrande")
    pdf.p("Brukarnöjdheten inom hemtjänsten ska vara minst 90 procent. Väntetiden till särskilt boende ska vara "
          "högst 60 dagar.")
    pdf.h2("3. Ett hållbart och växande Trosa")
    pdf.p("Kommunen ska möjliggöra minst 150 nya bostäder per år. Koldioxidutsläppen från kommunens egna "
          "transporter ska minska med 50 procent till 2030 jämfört med 2019.")
    pdf.h2("4. God ekonomisk hushållning")
    pdf.p("Årets resultat ska uppgå till minst 1 procent av skatteintäkter och generella statsbidrag. "
          "Soliditeten exklusive pensionsförpliktelser intjänade före 1998 ska vara minst 35 procent. "
          "Investeringarna ska till minst 60 procent finansieras med egna medel över en rullande femårsperiod.")

    pdf.add_page()
    pdf.h1("Ekonomiska förutsättningar")
    pdf.p("Budgeten bygger på Sveriges Kommuner och Regioners skatteunderlagsprognos från oktober 2025 och ett "
          f"antagande om att Trosa har {POP2026:,} invånare den 1 november 2025.".replace(",", " "))
    pdf.p("Skatteunderlaget beräknas öka med 3,9 procent 2026. Kommunens skatteintäkter och generella statsbidrag "
          "beräknas till sammanlagt 1 054,1 miljoner kronor 2026.")
    pdf.p("Pensionskostnaderna ökar med 8,2 miljoner kronor jämfört med 2025, framför allt till följd av höjda "
          "prisbasbelopp. Den genomsnittliga låneräntan beräknas till 3,1 procent.")
    pdf.p("Nämndernas ramar har räknats upp med 2,4 procent för löneökningar och 1,8 procent för övriga kostnader. "
          "Därutöver har volymökningar kompenserats inom barn- och utbildningsnämnden och vård- och omsorgsnämnden.")

    pdf.add_page()
    pdf.h1("Resultatbudget")
    pdf.caption("Belopp i mnkr")
    W = [58, 10, 20, 20, 20, 20, 20]
    hdr = [["", "Not", "Bokslut", "Prognos", "Budget", "Plan", "Plan"],
           ["", "", "2024", "2025", "2026", "2027", "2028"]]
    lab = [("Verksamhetens intäkter", "1", "i", ""), ("Verksamhetens kostnader", "2", "k", ""),
           ("Avskrivningar", "3", "a", ""), ("Verksamhetens nettokostnader", "", "nk", "B"),
           ("Skatteintäkter", "4", "s", ""), ("Generella statsbidrag och utjämning", "5", "g", ""),
           ("Verksamhetens resultat", "", "vr", "B"), ("Finansiella intäkter", "", "fi", ""),
           ("Finansiella kostnader", "6", "fk", ""), ("Resultat efter finansiella poster", "", "res", "B"),
           ("Extraordinära poster", "", None, ""), ("Årets resultat", "", "res", "B")]
    rows = []
    for name, note, key, st in lab:
        vals = [sv(d[y][key]) if key else "0,0" for y in YEARS]
        rows.append(([name, note] + vals, st))
    pdf.table(hdr, rows, W)
    pdf.note("Not 1. Intäkterna består främst av taxor och avgifter, hyror och riktade statsbidrag.\n"
             "Not 2. I verksamhetens kostnader ingår pensionskostnader med 62,4 mnkr 2026.\n"
             "Not 3. Avskrivningarna ökar till följd av färdigställda skol- och förskolebyggnader.\n"
             "Not 4. Skatteintäkterna bygger på oförändrad skattesats 22,05 kr.\n"
             "Not 5. Inklusive kommunal fastighetsavgift.\n"
             "Not 6. Räntekostnader för upplånade medel samt finansiell kostnad för pensioner.")
    pdf.p("Årets resultat för 2026 budgeteras till 10,9 mnkr, vilket motsvarar 1,0 procent av skatteintäkter och "
          "generella statsbidrag. Målet för god ekonomisk hushållning nås därmed under hela planperioden.")

    pdf.add_page()
    pdf.h1("Balansbudget")
    pdf.caption("Belopp i mnkr")
    W = [68, 20, 20, 20, 20, 20]
    hdr = [["", "Bokslut", "Prognos", "Budget", "Plan", "Plan"], ["", "2024", "2025", "2026", "2027", "2028"]]
    rows = [(["TILLGÅNGAR"], "S")]
    rows.append((["Anläggningstillgångar"] + [sv(BAL[y][0]) for y in YEARS], ""))
    rows.append((["Omsättningstillgångar"] + [sv(BAL[y][1]) for y in YEARS], ""))
    rows.append((["Summa tillgångar"] + [sv(BAL[y][0] + BAL[y][1]) for y in YEARS], "B"))
    rows.append((["EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER"], "S"))
    rows.append((["Eget kapital"] + [sv(BAL[y][2]) for y in YEARS], ""))
    rows.append((["  varav årets resultat"] + [sv(d[y]["res"]) for y in YEARS], ""))
    rows.append((["Avsättningar för pensioner"] + [sv(BAL[y][3]) for y in YEARS], ""))
    rows.append((["Långfristiga skulder"] + [sv(BAL[y][4]) for y in YEARS], ""))
    rows.append((["Kortfristiga skulder"] + [sv(BAL[y][5]) for y in YEARS], ""))
    rows.append((["Summa eget kapital och skulder"] + [sv(sum(BAL[y][2:])) for y in YEARS], "B"))
    pdf.table(hdr, rows, W, size=8)
    pdf.p("Låneskulden beräknas öka med 50,0 mnkr under 2026 för att finansiera investeringarna. "
          "Soliditeten beräknas till 33,9 procent vid utgången av 2026.")

    # Driftbudget, landscape page
    pdf.add_page(orientation="L")
    pdf.h1("Driftbudget per nämnd")
    pdf.caption("Nettokostnader, belopp i tkr (sista kolumnen i kr per invånare)")
    W = [66, 26, 26, 26, 26, 26, 28, 28]
    hdr = [["Nämnd", "Bokslut", "Budget", "Budget", "Plan", "Plan", "Förändring", "Kr per"],
           ["", "2024", "2025", "2026", "2027", "2028", "2025–2026", "invånare 2026"]]
    rows = []
    tot = [0] * 5
    for n, *v in DRIFT:
        for j in range(5):
            tot[j] += v[j]
        rows.append(([n] + [sv(x, 0) for x in v] + [sv(v[2] - v[1], 0), sv(v[2] * 1000 / POP2026, 0)], ""))
    rows.append((["Summa nämnder"] + [sv(x, 0) for x in tot] + [sv(tot[2] - tot[1], 0), sv(tot[2] * 1000 / POP2026, 0)], "B"))
    rows.append((["Finansförvaltning, intern ränta m.m."] + [sv(x, 0) for x in FINANS]
                 + [sv(FINANS[2] - FINANS[1], 0), sv(FINANS[2] * 1000 / POP2026, 0)], ""))
    g = [tot[j] + FINANS[j] for j in range(5)]
    rows.append((["Verksamhetens nettokostnader"] + [sv(x, 0) for x in g] + [sv(g[2] - g[1], 0), sv(g[2] * 1000 / POP2026, 0)], "B"))
    pdf.table(hdr, rows, W, size=8.5)
    pdf.note("Kolumnen kr per invånare är beräknad på 14 620 invånare. Bokslut 2024 är omräknat till 2025 års organisation.")

    # Investeringsbudget over two pages, header repeated
    pdf.add_page(orientation="P")
    pdf.h1("Investeringsbudget")
    pdf.p("Investeringsbudgeten för 2026 omfattar totalt " + sv(inv_total()[0]) + " mnkr. Utöver tabellen "
          "nedan har kommunfullmäktige gett kommunstyrelsen i uppdrag att utreda en ny simhall, men inga medel "
          "är avsatta för den under planperioden.")
    pdf.caption("Belopp i mnkr")
    W = [86, 21, 21, 21, 21]
    hdr = [["Projekt", "Budget", "Plan", "Plan", "Totalt"], ["", "2026", "2027", "2028", "2026–2028"]]
    rows = inv_rows()
    pdf.table(hdr, rows[:14], W)
    pdf.note("Tabellen fortsätter på nästa sida.")
    pdf.add_page()
    pdf.caption("Investeringsbudget (forts.), belopp i mnkr")
    pdf.table(hdr, rows[14:], W)
    pdf.note("1) Exploateringsinvesteringar redovisas brutto; försäljningsintäkter från tomter i Norra Vitalls "
             "beräknas till 21,0 mnkr under perioden och ingår inte i tabellen.")
    pdf.p("Självfinansieringsgraden av investeringarna beräknas till 67 procent under 2026.")

    pdf.add_page()
    pdf.h1("Nämndernas uppdrag och effektiviseringar")
    pdf.h2("Kommunstyrelsen")
    pdf.p("Kommunstyrelsen ska minska kostnaderna för externa konsulter med 1,2 miljoner kronor och samordna "
          "upphandlingen av lokalvård. Kommunstyrelsen får i uppdrag att ta fram en ny lokalförsörjningsplan "
          "till juni 2026.")
    pdf.h2("Barn- och utbildningsnämnden")
    pdf.p("Utöver satsningen på 4,7 miljoner kronor ska nämnden effektivisera skolskjutsarna, vilket beräknas "
          "ge 1,9 miljoner kronor lägre kostnader. Antalet barn i förskolan beräknas till 880 under 2026.")
    pdf.h2("Vård- och omsorgsnämnden")
    pdf.p("Nämnden ska minska kostnaderna för bemanningssjuksköterskor med 5,5 miljoner kronor och införa "
          "digital tillsyn nattetid i hemtjänsten. Ett nytt korttidsboende med 12 platser öppnar i april 2026.")
    pdf.h2("Socialnämnden")
    pdf.p("Kostnaderna för externa placeringar av barn och unga ska minska med 2,6 miljoner kronor genom "
          "utökad öppenvård på hemmaplan.")
    pdf.h2("Samhällsbyggnadsnämnden och kultur- och fritidsnämnden")
    pdf.p("Samhällsbyggnadsnämnden ska effektivisera vinterväghållningen med 0,9 miljoner kronor. Kultur- och "
          "fritidsnämnden får höjt föreningsbidrag med 700 000 kronor och ska samtidigt se över öppettiderna "
          "på biblioteket i Vagnhärad, vilket ger 0,4 miljoner kronor lägre kostnader.")
    pdf.p("Sammanlagt uppgår nämndernas effektiviseringar till 12,5 miljoner kronor 2026.")

    pdf.add_page()
    pdf.h1("Taxor, avgifter och övriga beslut")
    pdf.p("Kommunfullmäktige beslutar att:")
    pdf.bullets(["skattesatsen för 2026 fastställs till 22,05 kronor,",
                 "kommunstyrelsen får nyupplåna och omsätta lån under 2026 med sammanlagt högst 90 mnkr,",
                 "VA-taxan höjs med 6 procent från den 1 januari 2026,",
                 "avgiften för hemtjänst följer maxtaxan enligt socialtjänstlagen,",
                 "nämnderna ska redovisa åtgärder om prognosen i delårsrapporten visar underskott."])
    pdf.p("Beslutet fattades efter votering med 27 röster mot 14. Socialdemokraterna och Vänsterpartiet "
          "reserverade sig till förmån för eget budgetförslag.")
    pdf.output(path)


def inv_rows():
    rows = []
    acc = [0.0, 0.0, 0.0]
    tot = [0.0, 0.0, 0.0]
    for r in INVEST:
        if r[0] == "S":
            rows.append(([r[1]], "S"))
            acc = [0.0, 0.0, 0.0]
        elif len(r) == 1:
            rows.append(([r[0]] + [sv(x) for x in acc] + [sv(sum(acc))], "B"))
        else:
            v = r[1:]
            for j in range(3):
                acc[j] += v[j]
                tot[j] += v[j]
            name = r[0] + (" 1)" if "Markexploatering" in r[0] else "")
            rows.append(([name] + [sv(x) for x in v] + [sv(sum(v))], ""))
    rows.append((["Totalt investeringar"] + [sv(x) for x in tot] + [sv(sum(tot))], "B"))
    return rows


def inv_total():
    tot = [0.0, 0.0, 0.0]
    for r in INVEST:
        if r[0] != "S" and len(r) > 1:
            for j in range(3):
                tot[j] += r[1 + j]
    return tot


def arsred_pdf(path):
    pdf = Doc("Trosa kommun – Årsredovisning 2025")
    pdf.add_page()
    pdf.ln(55)
    pdf.set_font("DejaVu", "B", 26)
    pdf.multi_cell(0, 12, "Årsredovisning 2025", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 13)
    pdf.multi_cell(0, 7, "Trosa kommun\nGodkänd av kommunfullmäktige 2026-04-22", new_x="LMARGIN", new_y="NEXT")

    pdf.add_page()
    pdf.h1("Kommunstyrelsens ordförande har ordet")
    pdf.p("2025 blev ett bättre år än vi befarade. Årets resultat blev 14,3 miljoner kronor, vilket är 5,7 miljoner "
          "kronor bättre än prognosen i delårsrapporten. Förklaringen är främst att skatteintäkterna blev 6,1 "
          "miljoner kronor högre än budgeterat och att räntekostnaderna blev lägre.")
    pdf.p("Samtidigt redovisar vård- och omsorgsnämnden och socialnämnden underskott. Det visar att vi behöver "
          "fortsätta arbetet med att anpassa verksamheten till de ekonomiska ramarna.")
    pdf.p("Johan Engström (M)\nKommunstyrelsens ordförande")

    pdf.add_page()
    pdf.h1("Fem år i sammandrag")
    pdf.caption("Kommunen")
    W = [70, 20, 20, 20, 20, 20]
    hdr = [["", "2021", "2022", "2023", "2024", "2025"]]
    ny = {n[0]: n for n in NYCKEL}
    po = {p[0]: p for p in POP}
    yrs = [2021, 2022, 2023, 2024, 2025]
    res = {2021: 31.8, 2022: 27.5, 2023: 9.2, 2024: 23.7, 2025: 14.3}
    inv = {2021: 84.6, 2022: 97.1, 2023: 121.4, 2024: 118.9, 2025: 112.7}
    rows = [(["Antal invånare 31 december"] + [sv(po[y][1], 0) for y in yrs], ""),
            (["Kommunal skattesats, kr"] + [sv(ny[y][1], 2) for y in yrs], ""),
            (["Årets resultat, mnkr"] + [sv(res[y]) for y in yrs], ""),
            (["Verksamhetens nettokostnader, mnkr"] + [sv(ny[y][2]) for y in yrs], ""),
            (["Nettoinvesteringar, mnkr"] + [sv(inv[y]) for y in yrs], ""),
            (["Soliditet, %"] + [sv(ny[y][3]) for y in yrs], ""),
            (["Antal anställda (tillsvidare)"] + ["1 041", "1 066", "1 089", "1 102", "1 118"], "")]
    pdf.table(hdr, rows, W)
    pdf.p("Nettokostnaderna ökade med 5,0 procent mellan 2024 och 2025, medan skatteintäkter och generella "
          "statsbidrag ökade med 4,3 procent.")

    pdf.add_page()
    pdf.h1("Förvaltningsberättelse")
    pdf.h2("Befolkning")
    pdf.p("Den 31 december 2025 hade Trosa kommun 14 472 invånare, en ökning med 147 personer jämfört med året "
          "innan. Ökningen beror främst på inflyttning till Vagnhärad.")
    pdf.h2("Investeringar")
    pdf.p("Nettoinvesteringarna uppgick till 112,7 mnkr, att jämföra med en budget på 141,5 mnkr. Den största "
          "avvikelsen avser förskolan Ängsbacken, där byggstarten sköts upp till mars 2026 efter ett "
          "överklagat bygglov. Tillbyggnaden av Tomtaklintskolan har påbörjats.")
    pdf.h2("Personal")
    pdf.p("Sjukfrånvaron bland kommunens anställda minskade till 6,8 procent (7,3 procent 2024). Kostnaden för "
          "inhyrd personal uppgick till 9,6 miljoner kronor.")
    pdf.h2("Balanskravsresultat")
    pdf.p("Balanskravsresultatet uppgår till 12,9 mnkr efter avdrag för realisationsvinster om 1,4 mnkr. "
          "Kommunen har inga negativa resultat från tidigare år att återställa.")

    pdf.add_page()
    pdf.h1("Driftredovisning per nämnd")
    pdf.caption("Nettokostnader, tkr. Negativ avvikelse = underskott, anges inom parentes.")
    W = [70, 30, 30, 30]
    hdr = [["Nämnd", "Budget 2025", "Utfall 2025", "Avvikelse"]]
    rows = []
    tb = tu = 0
    for n, b, u in NAMND_UTFALL_2025:
        tb += b
        tu += u
        rows.append(([n, sv(b, 0), sv(u, 0), sv(b - u, 0, neg="()")], ""))
    rows.append((["Summa nämnder", sv(tb, 0), sv(tu, 0), sv(tb - tu, 0, neg="()")], "B"))
    pdf.table(hdr, rows, W)
    pdf.p("Vård- och omsorgsnämndens underskott beror på ett ökat behov av hemtjänsttimmar och kostnader för "
          "bemanningssjuksköterskor. Socialnämndens underskott förklaras av fyra nya externa placeringar av "
          "ungdomar under hösten.")

    pdf.add_page()
    pdf.h1("Resultaträkning")
    pdf.caption("Belopp i mnkr")
    W = [70, 12, 26, 26, 26]
    hdr = [["", "Not", "Utfall", "Budget", "Utfall"], ["", "", "2025", "2025", "2024"]]
    rr = [("Verksamhetens intäkter", "1", 219.6, 214.0, 212.4),
          ("Verksamhetens kostnader", "2", -1148.6, -1147.0, -1098.6),
          ("Avskrivningar", "3", -56.2, -57.1, -52.3),
          ("Verksamhetens nettokostnader", "", -985.2, -990.1, -938.5),
          ("Skatteintäkter", "4", 774.6, 768.5, 742.8),
          ("Generella statsbidrag och utjämning", "5", 238.1, 241.6, 228.1),
          ("Verksamhetens resultat", "", 27.5, 20.0, 32.4),
          ("Finansiella intäkter", "6", 6.4, 5.8, 6.2),
          ("Finansiella kostnader", "7", -19.6, -17.2, -14.9),
          ("Årets resultat", "", 14.3, 8.6, 23.7)]
    rows = [([a, b, sv(c, neg="–"), sv(e, neg="–"), sv(f, neg="–")], "B" if not b else "") for a, b, c, e, f in rr]
    pdf.table(hdr, rows, W)
    pdf.note("Budget 2025 avser budget efter tilläggsanslag.")
    pdf.output(path)


def html(path):
    body = """<p class="ingress">Var hamnar dina skattepengar? Här ser du hur Trosa kommun fördelar varje hundralapp du betalar i kommunalskatt under 2026.</p>
<p>Den kommunala skattesatsen i Trosa är 22,05 kronor per hundralapp 2026. Till det kommer regionskatten till Region Sörmland på 11,76 kronor. Den totala skattesatsen blir därmed 33,81 kronor, exklusive kyrkoavgift och begravningsavgift.</p>
<h2>Så fördelas 100 kronor i kommunalskatt 2026</h2>
<table>
<caption>Fördelning per 100 kronor, budget 2026</caption>
<thead><tr><th>Verksamhet</th><th>Kronor av 100</th><th>Nettokostnad, mnkr</th></tr></thead>
<tbody>
<tr><td>Förskola</td><td>11</td><td>126,4</td></tr>
<tr><td>Grundskola och fritidshem</td><td>25</td><td>281,9</td></tr>
<tr><td>Gymnasieskola och vuxenutbildning</td><td>10</td><td>106,9</td></tr>
<tr><td>Äldreomsorg</td><td>20</td><td>222,6</td></tr>
<tr><td>Stöd till personer med funktionsnedsättning</td><td>10</td><td>107,2</td></tr>
<tr><td>Individ- och familjeomsorg</td><td>6</td><td>71,9</td></tr>
<tr><td>Gator, parker, miljö och samhällsbyggnad</td><td>4</td><td>44,1</td></tr>
<tr><td>Kultur och fritid</td><td>3</td><td>32,6</td></tr>
<tr><td>Politik, administration och övrigt</td><td>11</td><td>129,3</td></tr>
<tr><td>Totalt</td><td>100</td><td>1 122,9</td></tr>
</tbody>
</table>
<p>Siffrorna avser nämndernas nettokostnader enligt Mål och budget 2026 och är avrundade. Avgifter, hyror och statsbidrag finansierar en del av verksamheterna, därför skiljer sig beloppen från de totala kostnaderna.</p>
<h2>Visste du att...</h2>
<ul>
<li>en plats i förskolan kostar i genomsnitt 143 600 kronor per år,</li>
<li>en elev i grundskolan kostar i genomsnitt 121 300 kronor per år,</li>
<li>en plats på särskilt boende kostar i genomsnitt 1 048 000 kronor per år.</li>
</ul>
<p>Vill du veta mer? Läs hela Mål och budget 2026 med plan 2027–2028 under Kommunens ekonomi.</p>"""
    nav = ["Barn och utbildning", "Omsorg och stöd", "Bygga, bo och miljö", "Uppleva och göra",
           "Näringsliv och arbete", "Kommun och politik"]
    crumbs = ["Startsida", "Kommun och politik", "Kommunens ekonomi", "Så används din skatt"]
    footer = """<p>Trosa kommun, 619 80 Trosa. Besöksadress: Västra Långgatan 8. Telefon: 0156-520 00.</p>
<p>E-post: trosa.kommun@trosa.se | Organisationsnummer: 212000-0365</p>
<p><a href="#">Tillgänglighetsredogörelse</a> | <a href="#">Behandling av personuppgifter</a> | <a href="#">Om kakor</a></p>"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(html_page("Trosa kommun", "Så används din skatt", nav, crumbs, body,
                          "2025-12-02", "2026-01-09", footer))


def protokoll(path):
    d = docx.Document()
    d.core_properties.author = "Kommunledningskontoret"
    d.core_properties.title = "Protokoll kommunstyrelsen 2026-03-10"
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    d.add_heading("PROTOKOLL", 0)
    d.add_paragraph("Kommunstyrelsen, Trosa kommun")
    d.add_paragraph("Sammanträdesdatum: 2026-03-10")
    d.add_paragraph("Plats och tid: Kommunhuset, Sessionssalen, kl. 13.00–16.20")
    d.add_paragraph("Beslutande: Johan Engström (M), ordförande, Karin Ahlgren (C), Peter Söderholm (S), "
                    "Lena Moberg (L), Mats Fransson (SD), Eva Nygren (KD), Anders Holm (S), Sara Wallin (V), "
                    "Björn Tellström (M), Fredrik Lagerqvist (M), Ulla Berg (S), Helena Roos (M), Jonas Kvist (C)")
    d.add_paragraph("Justerare: Peter Söderholm (S)")
    d.add_heading("§ 31 Val av justerare", 2)
    d.add_paragraph("Kommunstyrelsen utser Peter Söderholm (S) att jämte ordföranden justera dagens protokoll.")
    d.add_heading("§ 32 Ekonomisk uppföljning februari 2026", 2)
    d.add_paragraph("Ekonomichef Marie Lindberg redovisar den ekonomiska uppföljningen efter februari. "
                    "Prognosen för helåret pekar på ett resultat på 9,4 miljoner kronor, vilket är 1,5 miljoner "
                    "kronor lägre än budget.")
    d.add_paragraph("Beslut: Kommunstyrelsen lägger informationen till handlingarna.")
    d.add_heading("§ 33 Ombudgetering av investeringsmedel från 2025 till 2026", 2)
    d.add_paragraph("Flera investeringsprojekt blev försenade under 2025. Förvaltningen föreslår att outnyttjade "
                    "medel om sammanlagt 22,8 miljoner kronor förs över till 2026 enligt tabellen nedan.")
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, txt in zip(t.rows[0].cells, ["Projekt", "Budget 2025, tkr", "Utfall 2025, tkr", "Ombudgeteras till 2026, tkr"]):
        c.text = txt
    rows = [("Ny förskola Ängsbacken", "18 000", "3 200", "14 800"),
            ("Gång- och cykelväg Trosa–Vagnhärad", "6 500", "2 900", "3 600"),
            ("Upprustning hamnområdet", "5 000", "2 400", "2 600"),
            ("Energieffektivisering kommunhuset", "2 500", "700", "1 800"),
            ("Summa", "32 000", "9 200", "22 800")]
    for r in rows:
        cells = t.add_row().cells
        for c, txt in zip(cells, r):
            c.text = txt
    d.add_paragraph("")
    d.add_paragraph("Beslut: Kommunstyrelsen föreslår kommunfullmäktige att ombudgetera 22,8 miljoner kronor "
                    "från 2025 till 2026 års investeringsbudget i enlighet med förvaltningens förslag.")
    d.add_heading("§ 34 Simhall – förstudie", 2)
    d.add_paragraph("Kommunstyrelsen har tidigare gett förvaltningen i uppdrag att utreda förutsättningarna för en "
                    "ny simhall. Förstudien visar en investeringsutgift på mellan 180 och 220 miljoner kronor och "
                    "en årlig driftkostnad på cirka 11 miljoner kronor.")
    d.add_paragraph("Yrkanden: Peter Söderholm (S) yrkar att ärendet återremitteras för att utreda ett "
                    "samarbete med Nyköpings kommun. Ordföranden yrkar bifall till förvaltningens förslag.")
    d.add_paragraph("Omröstning: Ja-röst för förvaltningens förslag, nej-röst för återremiss. "
                    "Med 8 ja-röster mot 5 nej-röster beslutar kommunstyrelsen enligt förvaltningens förslag.")
    d.add_paragraph("Beslut: Kommunstyrelsen beslutar att förstudien läggs till handlingarna och att frågan om "
                    "simhall prövas på nytt i arbetet med Mål och budget 2027.")
    d.add_paragraph("Reservation: Peter Söderholm (S), Anders Holm (S), Ulla Berg (S), Sara Wallin (V) och "
                    "Mats Fransson (SD) reserverar sig mot beslutet till förmån för eget yrkande.")
    d.add_heading("§ 35 Taxa för upplåtelse av offentlig plats", 2)
    d.add_paragraph("Beslut: Kommunstyrelsen föreslår kommunfullmäktige att höja taxan för upplåtelse av "
                    "offentlig plats med 5 procent från den 1 maj 2026.")
    d.add_heading("§ 36 Delegationsbeslut", 2)
    d.add_paragraph("Beslut: Redovisningen av delegationsbeslut läggs till handlingarna.")
    d.add_paragraph("Justerat 2026-03-13. Anslaget på kommunens digitala anslagstavla 2026-03-16.")
    d.save(path)
    fix_zip(path)


def xlsx(path):
    wb = openpyxl.Workbook()
    wb.properties.creator = "Trosa kommun, ekonomienheten"
    ws = wb.active
    ws.title = "Befolkning"
    ws.append(["Befolkning i Trosa kommun 2019–2025"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(["Antal invånare per 31 december, efter ålder"])
    ws.append(["År", "Totalt", "0–5 år", "6–15 år", "16–64 år", "65–79 år", "80 år och äldre"])
    for r in POP:
        assert sum(r[2:]) == r[1], r
        ws.append(list(r))
    ws.append([])
    ws.append(["Källa: SCB, befolkningsstatistik"])
    ws2 = wb.create_sheet("Nyckeltal")
    ws2.append(["Ekonomiska nyckeltal Trosa kommun"])
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.append(["Skattesats i kronor, nettokostnad i mnkr, nettokostnad per invånare i kr, soliditet i procent"])
    ws2.append(["År", "Skattesats", "Nettokostnad", "Nettokostnad per invånare", "Soliditet"])
    po = {p[0]: p[1] for p in POP}
    for y, s, nk, so in NYCKEL:
        ws2.append([y, s, nk, round(nk * 1e6 / po[y]), so])
        ws2.cell(ws2.max_row, 2).number_format = "0.00"
        ws2.cell(ws2.max_row, 3).number_format = "0.0"
        ws2.cell(ws2.max_row, 5).number_format = "0.0"
    wb.properties.created = wb.properties.modified = __import__("datetime").datetime(2026, 1, 15, 9, 0, 0)
    wb.save(path)
    fix_zip(path)


def press(path):
    txt = """# Trosa kommun redovisar överskott för 2025

**Pressmeddelande, 2026-03-27**

Trosa kommun gör ett positivt resultat på 14,3 miljoner kronor för 2025. Det framgår av årsredovisningen som kommunstyrelsen behandlade i dag. Resultatet är bättre än budgeterat, främst tack vare högre skatteintäkter.

– Vi har en stabil ekonomi, men vi ser tydligt att behoven inom äldreomsorgen växer. Vi måste fortsätta att prioritera hårt, säger Johan Engström (M), kommunstyrelsens ordförande.

## Kort om 2025

- Årets resultat: 14,3 miljoner kronor (budget 8,6 miljoner kronor)
- Nettoinvesteringar: 112,7 miljoner kronor
- Soliditet: 36,2 procent
- Antal invånare 31 december: 14 472

Vård- och omsorgsnämnden redovisar ett underskott på 6,6 miljoner kronor och socialnämnden ett underskott på 3,5 miljoner kronor. Övriga nämnder redovisar överskott eller balans.

Kommunen har under året investerat i bland annat tillbyggnaden av Tomtaklintskolan och nya gång- och cykelvägar. Bygget av förskolan Ängsbacken startar i mars 2026.

Årsredovisningen behandlas av kommunfullmäktige den 22 april 2026.

**Kontakt:**
Marie Lindberg, ekonomichef, 0156-520 41
Johan Engström (M), kommunstyrelsens ordförande, 0156-520 10
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(txt)


def build(outdir):
    os.makedirs(outdir, exist_ok=True)
    budget_pdf(os.path.join(outdir, "mal-och-budget-2026-plan-2027-2028.pdf"))
    arsred_pdf(os.path.join(outdir, "arsredovisning-2025.pdf"))
    html(os.path.join(outdir, "sa-anvands-din-skatt.html"))
    protokoll(os.path.join(outdir, "protokoll-kommunstyrelsen-2026-03-10.docx"))
    xlsx(os.path.join(outdir, "befolkning-och-nyckeltal.xlsx"))
    press(os.path.join(outdir, "pressmeddelande-arsredovisning-2025.md"))
