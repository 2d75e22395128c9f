"""Essunga kommun: documents."""
import os
from datetime import datetime

import docx
import openpyxl
from docx.shared import Pt
from openpyxl.styles import Font

from kit import Doc, fmt, normalize_zip

INV = 5690  # invånare 1 nov 2024
SKATT = "22,11"

# Resultatbudget, mnkr: Bokslut 2023, Prognos 2024, Budget 2025, Plan 2026, Plan 2027
RB = {
    "int": [101.2, 99.6, 98.4, 99.8, 101.0],
    "kost": [-441.5, -455.3, -462.7, -474.1, -486.6],
    "avs": [-16.8, -17.9, -18.9, -20.2, -21.5],
    "skatt": [265.3, 276.8, 287.5, 297.9, 308.4],
    "utj": [95.2, 100.9, 104.6, 108.3, 111.9],
    "finint": [1.5, 1.4, 1.2, 1.1, 1.0],
    "finkost": [-2.6, -3.1, -3.4, -4.0, -4.6],
}
NETTO = [round(a + b + c, 1) for a, b, c in zip(RB["int"], RB["kost"], RB["avs"])]
VRES = [round(n + s + u, 1) for n, s, u in zip(NETTO, RB["skatt"], RB["utj"])]
ARES = [round(v + i + k, 1) for v, i, k in zip(VRES, RB["finint"], RB["finkost"])]

# Driftbudget per nämnd, tkr: Budget 2024, Budget 2025
DRIFT = [
    ("Kommunstyrelsen", 55900, 58400),
    ("Bildningsnämnden", 179800, 186300),
    ("Socialnämnden", 137200, 141700),
    ("Samhällsbyggnadsnämnden", 14600, 14900),
    ("Revisionen", 1050, 1100),
]
FINANS = (-17750, -19200)

# Investeringsbudget, mnkr: 2025, 2026, 2027
INVEST = [
    ("Kommunstyrelsen", None),
    ("IT-infrastruktur och digitalisering", (1.8, 1.5, 1.5)),
    ("Bredband landsbygd, etapp 3", (2.2, 1.0, 0.0)),
    ("Inventarier kommunhus", (0.4, 0.3, 0.3)),
    ("Bildningsnämnden", None),
    ("Ny förskola Nossebro (Ekbacken)", (14.6, 9.8, 0.0)),
    ("Ombyggnad Nossebroskolan, kök och matsal", (6.3, 0.0, 0.0)),
    ("Skolgårdar, upprustning", (0.9, 0.9, 0.6)),
    ("Inventarier förskola och skola", (0.8, 0.6, 0.6)),
    ("Digitala lärverktyg", (0.7, 0.7, 0.7)),
    ("Socialnämnden", None),
    ("Trygghetslarm och välfärdsteknik", (0.9, 0.5, 0.5)),
    ("Ombyggnad Fåraberget, demensboende", (4.2, 2.0, 0.0)),
    ("Inventarier särskilt boende", (0.5, 0.4, 0.4)),
    ("Fordon hemtjänst (elbilar)", (0.8, 0.8, 0.0)),
    ("Samhällsbyggnadsnämnden", None),
    ("VA-ledningar Bengtsgården–Jonslund", (7.5, 5.0, 2.5)),
    ("Reningsverk Nossebro, etapp 2", (5.8, 8.4, 3.0)),
    ("Reinvestering vattenledningsnät", (2.0, 2.0, 2.0)),
    ("Gatubelysning LED", (0.7, 0.7, 0.5)),
    ("Beläggning gator och vägar", (1.6, 1.6, 1.6)),
    ("Gång- och cykelväg Jonslund", (2.4, 0.0, 0.0)),
    ("Lekplatser", (0.3, 0.3, 0.3)),
    ("Energieffektivisering fastigheter", (1.5, 1.5, 1.5)),
    ("Solceller kommunala tak", (1.1, 0.0, 0.0)),
    ("Markförvärv och exploatering Nossebro norra", (3.0, 4.0, 2.0)),
    ("Fritidsanläggningar, Essunga sporthall", (1.2, 0.0, 0.0)),
    ("Maskiner och fordon, gata/park", (0.9, 0.6, 0.6)),
]


def invest_sums():
    sec = {}
    cur = None
    for name, v in INVEST:
        if v is None:
            cur = name
            sec[cur] = [0.0, 0.0, 0.0]
        else:
            sec[cur] = [round(a + b, 1) for a, b in zip(sec[cur], v)]
    tot = [round(sum(s[i] for s in sec.values()), 1) for i in range(3)]
    return sec, tot


def build_budget(out):
    d = Doc("Essunga kommun – Mål och budget 2025 med plan 2026–2027", "Essunga kommun")
    d.set_title("Mål och budget 2025 med plan 2026–2027")
    d.add_page()
    d.ln(40)
    d.set_font("DV", "B", 26)
    d.multi_cell(0, 13, "Mål och budget 2025\nmed plan 2026–2027", align="C", new_x="LMARGIN", new_y="NEXT")
    d.ln(8)
    d.set_font("DV", "", 13)
    d.multi_cell(0, 7, "Essunga kommun\nAntagen av kommunfullmäktige 2024-11-25, § 87", align="C",
                 new_x="LMARGIN", new_y="NEXT")
    d.ln(60)
    d.set_font("DV", "", 9)
    d.multi_cell(0, 5, "Dnr KS 2024/214", align="C")

    d.add_page()
    d.h1("Innehåll")
    for line in ["Ordföranden har ordet ................................ 3",
                 "Förutsättningar och omvärld ............................ 4",
                 "Vision och mål ......................................... 5",
                 "Ekonomiska ramar och effektiviseringar .................. 6",
                 "Resultatbudget ......................................... 7",
                 "Balansbudget ........................................... 8",
                 "Driftbudget per nämnd .................................. 9",
                 "Nämndernas uppdrag ..................................... 10",
                 "Investeringsbudget ..................................... 12",
                 "Personal och kompetensförsörjning ....................... 14"]:
        d.p(line)

    d.add_page()
    d.h1("Ordföranden har ordet")
    d.p("Essunga är en liten kommun med stora ambitioner. Vi har under de senaste åren visat att vi "
        "kan kombinera goda skolresultat med en stabil ekonomi, och det ska vi fortsätta med. "
        "Samtidigt står vi inför samma utmaningar som många andra kommuner: fler äldre, "
        "höga räntor och en kostnadsökningstakt som är högre än skatteintäkternas.")
    d.p("Budgeten för 2025 bygger på en oförändrad skattesats på 22,11 kronor per skattekrona. "
        "Vi väljer att inte höja skatten, men det kräver att alla nämnder tar ansvar för sina ramar. "
        "Totalt innehåller budgeten effektiviseringar på 4,7 miljoner kronor, som fördelas mellan "
        "nämnderna i förhållande till deras storlek.")
    d.p("Det budgeterade resultatet för 2025 är 6,7 miljoner kronor, vilket motsvarar drygt 1,7 procent "
        "av skatteintäkter och generella statsbidrag. Det är lägre än vårt långsiktiga mål om 2 procent, "
        "men vi bedömer att nivån är rimlig under en period med stora investeringar i förskola och "
        "vatten och avlopp.")
    d.p("Den största enskilda satsningen är den nya förskolan Ekbacken i Nossebro, som ska stå klar "
        "hösten 2026. Vi avsätter också 700 000 kronor extra till sommarlovsaktiviteter och "
        "feriepraktik för kommunens ungdomar.")
    d.p("Jag vill tacka alla medarbetare för ett fantastiskt arbete och ser fram emot ett nytt år "
        "tillsammans med invånare, företag och föreningar i Essunga.")
    d.p("Nossebro i november 2024\nJohan Ekstedt (C)\nKommunstyrelsens ordförande")

    d.add_page()
    d.h1("Förutsättningar och omvärld")
    d.p(f"Den 1 november 2024 hade Essunga kommun {INV:,} invånare".replace(",", " ") +
        ", vilket är en ökning med 24 personer jämfört med året innan. Befolkningsprognosen "
        "förutsätter en svag ökning till omkring 5 750 invånare år 2027. Andelen invånare över 80 år "
        "ökar snabbast, vilket påverkar behovet av hemtjänst och särskilt boende.")
    d.p("Skatteunderlagsprognosen bygger på Sveriges Kommuner och Regioners (SKR) prognos från "
        "oktober 2024. Skatteunderlaget beräknas växa med 3,6 procent 2025 och 3,9 procent 2026. "
        "Pensionskostnaderna ökar kraftigt 2025 till följd av det nya pensionsavtalet.")
    d.p("Inflationen har sjunkit, men prisnivån ligger kvar på en hög nivå. Nämnderna kompenseras "
        "med 2,5 procent för löneökningar och 1,8 procent för övriga priser. Internräntan för "
        "beräkning av kapitalkostnader är 2,5 procent.")
    d.h2("Befolkning per åldersgrupp")
    d.table("Tabell 1. Befolkning 1 november", [["Åldersgrupp", "2022", "2023", "2024"]],
            [(["0–5 år", "402", "395", "398"], ""),
             (["6–15 år", "688", "694", "701"], ""),
             (["16–19 år", "266", "271", "268"], ""),
             (["20–64 år", "3 061", "3 049", "3 041"], ""),
             (["65–79 år", "991", "1 001", "1 009"], ""),
             (["80 år och äldre", "251", "256", "273"], ""),
             (["Totalt", "5 659", "5 666", "5 690"], "sum")],
            [60, 30, 30, 30], unit="Antal invånare")

    d.add_page()
    d.h1("Vision och mål")
    d.p("Vision 2030: Essunga – den lilla kommunen med de stora möjligheterna.")
    d.p("Kommunfullmäktige har fastställt fyra målområden för mandatperioden. Varje målområde har "
        "ett antal indikatorer som följs upp i delårsrapport och årsredovisning.")
    d.h2("Målområde 1: Livslångt lärande")
    d.p("Andelen elever i årskurs 9 som är behöriga till yrkesprogram ska vara minst 90 procent. "
        "Utfallet 2024 var 88,5 procent.")
    d.h2("Målområde 2: Trygg vård och omsorg")
    d.p("Brukarnöjdheten inom hemtjänsten ska vara minst 92 procent. Antalet olika personal som "
        "besöker en hemtjänsttagare under 14 dagar ska minska till högst 12.")
    d.h2("Målområde 3: Hållbar samhällsutveckling")
    d.p("Minst 30 nya bostäder ska färdigställas under mandatperioden. Kommunens "
        "energianvändning i egna lokaler ska minska med 10 procent till 2027 jämfört med 2022.")
    d.h2("Målområde 4: God ekonomisk hushållning")
    d.bullets(["Resultatet ska över en rullande femårsperiod uppgå till minst 2 procent av skatteintäkter "
               "och generella statsbidrag.",
               "Skattefinansierade investeringar ska självfinansieras till minst 70 procent.",
               "Soliditeten inklusive hela pensionsåtagandet ska inte understiga 20 procent."])

    d.add_page()
    d.h1("Ekonomiska ramar och effektiviseringar")
    d.p("Nämndernas ramar för 2025 har räknats upp med löne- och priskompensation. Därefter har en "
        "generell effektivisering på 4,7 miljoner kronor lagts ut. Bildningsnämnden ska effektivisera "
        "2,1 miljoner kronor, socialnämnden 1,6 miljoner kronor, kommunstyrelsen 0,8 miljoner kronor och "
        "samhällsbyggnadsnämnden 0,2 miljoner kronor.")
    d.p("Samtidigt tillförs socialnämnden 3,2 miljoner kronor för ökade volymer inom hemtjänsten och "
        "bildningsnämnden 1,9 miljoner kronor för fler barn i förskolan. Kommunstyrelsen får 700 000 kronor "
        "för ungdomssatsningen och 450 000 kronor för en ny tjänst som säkerhetssamordnare.")
    d.p("Kostnaden för försörjningsstöd har ökat och socialnämnden prognostiserar ett underskott "
        "för 2024 på -2,8 miljoner kronor. Nämnden har fått i uppdrag att ta fram en handlingsplan.")
    d.p("Kommunens pensionsskuld inklusive löneskatt beräknas uppgå till 142,5 miljoner kronor vid "
        "utgången av 2025, varav 118,9 miljoner kronor avser ansvarsförbindelsen.")

    # Resultatbudget
    d.add_page()
    d.h1("Resultatbudget")
    hdr = [["", "Not", "Bokslut", "Prognos", "Budget", "Plan", "Plan"],
           ["Belopp i mnkr", "", "2023", "2024", "2025", "2026", "2027"]]
    W = [62, 12, 21, 21, 21, 21, 21]
    neg = "–"

    def r(label, note, vals, style=""):
        return ([label, note] + [fmt(v, 1, neg) for v in vals], style)
    rows = [r("Verksamhetens intäkter", "1", RB["int"]),
            r("Verksamhetens kostnader", "2", RB["kost"]),
            r("Avskrivningar", "3", RB["avs"]),
            r("Verksamhetens nettokostnader", "", NETTO, "sum"),
            r("Skatteintäkter", "4", RB["skatt"]),
            r("Generella statsbidrag och utjämning", "5", RB["utj"]),
            r("Verksamhetens resultat", "", VRES, "sum"),
            r("Finansiella intäkter", "6", RB["finint"]),
            r("Finansiella kostnader", "7", RB["finkost"]),
            r("Resultat efter finansiella poster", "", ARES, "sum"),
            r("Årets resultat", "", ARES, "sum")]
    d.table("Tabell 2. Resultatbudget", hdr, rows, W)
    d.p("Årets resultat i procent av skatteintäkter och generella statsbidrag:")
    pct = [round(a / (s + u) * 100, 1) for a, s, u in zip(ARES, RB["skatt"], RB["utj"])]
    d.table("Tabell 3. Resultatmål", [["Nyckeltal", "", "2023", "2024", "2025", "2026", "2027"]],
            [(["Resultat i % av skatter och bidrag", ""] + [fmt(x, 1) for x in pct], "")], W)
    d.note("Noter: se bilaga 1. Prognos 2024 avser delårsrapporten per augusti 2024.")

    # Balansbudget
    d.add_page()
    d.h1("Balansbudget")
    bal_hdr = [["Belopp i mnkr", "Bokslut 2023", "Budget 2025", "Plan 2026", "Plan 2027"]]
    bal = {
        "anl": [512.4, 566.9, 598.1, 610.7],
        "oms": [88.6, 72.3, 70.1, 71.8],
        "ek": [241.7, 250.7, 259.5, 269.1],
        "avs": [21.3, 23.5, 25.2, 26.8],
        "lang": [245.0, 278.0, 293.0, 295.0],
    }
    tot = [round(a + b, 1) for a, b in zip(bal["anl"], bal["oms"])]
    kort = [round(t - e - a - l, 1) for t, e, a, l in zip(tot, bal["ek"], bal["avs"], bal["lang"])]
    BW = [70, 28, 28, 28, 28]

    def br(label, vals, style=""):
        return ([label] + [fmt(v, 1) for v in vals], style)
    brows = [(["TILLGÅNGAR"], "section"),
             br("Anläggningstillgångar", bal["anl"]),
             br("Omsättningstillgångar", bal["oms"]),
             br("Summa tillgångar", tot, "sum"),
             (["EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER"], "section"),
             br("Eget kapital", bal["ek"]),
             br("Avsättningar för pensioner", bal["avs"]),
             br("Långfristiga skulder", bal["lang"]),
             br("Kortfristiga skulder", kort),
             br("Summa eget kapital, avsättningar och skulder", tot, "sum")]
    d.table("Tabell 4. Balansbudget", bal_hdr, brows, BW)
    d.p("Den långfristiga låneskulden beräknas öka med 33 miljoner kronor under 2025 till följd av "
        "investeringarna i förskola och VA. Soliditeten exklusive pensionsförpliktelser uppgår till "
        "39,2 procent i budget 2025.")

    # Driftbudget
    d.add_page()
    d.h1("Driftbudget per nämnd")
    d.p("Tabellen visar nämndernas nettokostnadsramar. Kolumnen längst till höger anger nettokostnaden "
        f"per invånare 2025, beräknad på {INV} invånare.".replace(str(INV), "5 690"))
    dh = [["Nämnd", "Budget", "Budget", "Förändring", "Förändring", "kr per"],
          ["Belopp i tkr", "2024", "2025", "tkr", "%", "invånare"]]
    DW = [58, 24, 24, 24, 22, 24]
    drows = []
    for n, a, b in DRIFT:
        drows.append(([n, fmt(a, 0), fmt(b, 0), fmt(b - a, 0), fmt((b - a) / a * 100, 1),
                       fmt(b * 1000 / INV, 0)], ""))
    sa = sum(x[1] for x in DRIFT)
    sb = sum(x[2] for x in DRIFT)
    drows.append((["Summa nämnder", fmt(sa, 0), fmt(sb, 0), fmt(sb - sa, 0),
                   fmt((sb - sa) / sa * 100, 1), fmt(sb * 1000 / INV, 0)], "sum"))
    fa, fb = FINANS
    drows.append((["Finansförvaltning", fmt(fa, 0, "–"), fmt(fb, 0, "–"), fmt(fb - fa, 0, "–"), "",
                   fmt(fb * 1000 / INV, 0, "–")], ""))
    drows.append((["Totalt verksamhetens nettokostnad", fmt(sa + fa, 0), fmt(sb + fb, 0),
                   fmt(sb + fb - sa - fa, 0), fmt((sb + fb - sa - fa) / (sa + fa) * 100, 1),
                   fmt((sb + fb) * 1000 / INV, 0)], "sum"))
    d.table("Tabell 5. Driftbudget 2025", dh, drows, DW)
    d.note("Finansförvaltningen omfattar pensioner, kapitalkostnader och interna poster. "
           "Negativt belopp innebär en nettointäkt.")

    d.add_page()
    d.h1("Nämndernas uppdrag")
    d.h2("Kommunstyrelsen")
    d.p("Kommunstyrelsen leder och samordnar kommunens verksamhet och ansvarar för ekonomi, personal, "
        "näringsliv, IT och kommunikation. Kommunstyrelsens ram ökar till 58,4 miljoner kronor, bland annat "
        "för ungdomssatsningen och säkerhetssamordnaren.")
    d.h2("Bildningsnämnden")
    d.p("Bildningsnämnden ansvarar för förskola, grundskola, fritidshem, kulturskola, bibliotek och "
        "vuxenutbildning. Antalet barn i förskolan väntas öka till 312 under 2025. "
        "Nämnden har i uppdrag att se över skolskjutsorganisationen, vilket beräknas ge en besparing "
        "på 350 000 kronor per år.")
    d.h2("Socialnämnden")
    d.p("Socialnämnden ansvarar för äldreomsorg, stöd till personer med funktionsnedsättning, "
        "individ- och familjeomsorg samt försörjningsstöd. Särskilt boende omfattar 64 platser. "
        "Nämnden ska införa digital nattillsyn i hemtjänsten under 2025.")
    d.h2("Samhällsbyggnadsnämnden")
    d.p("Samhällsbyggnadsnämnden ansvarar för plan- och byggfrågor, miljö- och hälsoskydd, gator, "
        "parker samt vatten och avlopp. VA-verksamheten är avgiftsfinansierad och VA-taxan höjs med "
        "8 procent från 1 januari 2025.")
    d.h2("Revisionen")
    d.p("Revisionen granskar på fullmäktiges uppdrag all verksamhet. Revisionens budget fastställs "
        "av fullmäktiges presidium.")

    # Investeringsbudget, landscape
    d.add_page(orientation="L")
    d.h1("Investeringsbudget 2025–2027")
    d.p("Investeringsbudgeten omfattar totalt {} miljoner kronor för 2025. Projekt inom VA finansieras "
        "via VA-taxan.".format(fmt(invest_sums()[1][0], 1)))
    ih = [["Projekt", "Budget", "Plan", "Plan", "Summa"],
          ["Belopp i mnkr", "2025", "2026", "2027", "2025–2027"]]
    IW = [130, 30, 30, 30, 34]
    sec, tot = invest_sums()
    irows = []
    cur = None
    for name, v in INVEST:
        if v is None:
            if cur:
                s = sec[cur]
                irows.append(([f"Summa {cur.lower()}"] + [fmt(x, 1) for x in s] + [fmt(sum(s), 1)], "sum"))
            cur = name
            irows.append(([name], "section"))
        else:
            irows.append(([name] + [fmt(x, 1) for x in v] + [fmt(sum(v), 1)], ""))
    s = sec[cur]
    irows.append(([f"Summa {cur.lower()}"] + [fmt(x, 1) for x in s] + [fmt(sum(s), 1)], "sum"))
    irows.append((["Totalt investeringar"] + [fmt(x, 1) for x in tot] + [fmt(sum(tot), 1)], "sum"))
    d.table("Tabell 6. Investeringsbudget", ih, irows, IW, row_h=6.2, font=9,
            cont_caption="Tabell 6. Investeringsbudget (forts.)")

    d.add_page(orientation="P")
    d.h1("Personal och kompetensförsörjning")
    d.p("Kommunen har cirka 610 anställda, varav 82 procent är kvinnor. Sjukfrånvaron var 7,4 procent "
        "under 2023. Målet är att sjukfrånvaron ska understiga 6,5 procent 2027.")
    d.p("Kompetensförsörjningen är en av kommunens största utmaningar. Behovet av legitimerade "
        "förskollärare och sjuksköterskor bedöms vara störst. Under 2025 avsätts 1,2 miljoner kronor "
        "för ett traineeprogram inom vård och omsorg.")
    d.p("Lönekartläggningen 2024 visade inga osakliga löneskillnader mellan kvinnor och män.")
    d.h2("Bilaga 1. Noter till resultatbudgeten")
    d.note("Not 1: Avser taxor, avgifter, hyror och riktade statsbidrag. Not 2: Inkluderar personalkostnader "
           "och köp av verksamhet. Not 3: Planenliga avskrivningar. Not 4: Skattesats 22,11 kronor. "
           "Not 5: Enligt SKR:s prognos oktober 2024. Not 6–7: Ränteintäkter och räntekostnader.")
    d.output(out)


def build_arsred(out):
    d = Doc("Essunga kommun · Årsredovisning 2024", "Årsredovisning 2024")
    d.set_title("Årsredovisning 2024")
    d.add_page()
    d.ln(50)
    d.set_font("DV", "B", 28)
    d.multi_cell(0, 14, "Årsredovisning 2024", align="C", new_x="LMARGIN", new_y="NEXT")
    d.set_font("DV", "", 13)
    d.multi_cell(0, 8, "Essunga kommun", align="C", new_x="LMARGIN", new_y="NEXT")

    d.add_page()
    d.h1("Kommunstyrelsens ordförande har ordet")
    d.p("2024 blev ett bättre år än vi befarade. Årets resultat blev 5,8 miljoner kronor, att jämföra "
        "med budgeten på 3,0 miljoner kronor. Förbättringen beror främst på högre skatteintäkter och "
        "en engångsåterbetalning av försäkringspremier från AFA på 1,9 miljoner kronor.")
    d.p("Socialnämnden redovisar ett underskott, medan bildningsnämnden och kommunstyrelsen visar "
        "överskott. Vi fortsätter arbetet med att få balans i alla verksamheter.")
    d.p("Johan Ekstedt (C), kommunstyrelsens ordförande")

    d.add_page()
    d.h1("Förvaltningsberättelse")
    d.h2("Viktiga händelser under året")
    d.bullets(["Bygglov beviljades för förskolan Ekbacken i juni 2024 och byggstart skedde i oktober.",
               "Kommunen tog emot 14 nya företag i Nossebro företagspark.",
               "Nossebroskolans nya matsal invigdes i augusti.",
               "Kommunfullmäktige antog en ny översiktsplan den 16 september 2024."])
    d.h2("Resultat och ekonomisk ställning")
    d.p("Nettoinvesteringarna uppgick till 41,3 miljoner kronor 2024 (budget 52,6 miljoner kronor). "
        "Förskjutningen beror främst på att förskolan Ekbacken startade senare än planerat. "
        "Soliditeten exklusive pensionsförpliktelser var 40,1 procent.")
    d.h2("Resultaträkning")
    hdr = [["Belopp i mnkr", "Not", "Utfall 2024", "Budget 2024", "Utfall 2023"]]
    W = [72, 14, 30, 30, 30]
    rows = [["Verksamhetens intäkter", "1", 103.5, 99.6, 101.2],
            ["Verksamhetens kostnader", "2", -458.9, -453.4, -441.5],
            ["Avskrivningar", "3", -17.4, -18.1, -16.8]]
    net = [round(sum(r[i] for r in rows), 1) for i in (2, 3, 4)]
    rows2 = [["Skatteintäkter", "4", 277.9, 276.1, 265.3],
             ["Generella statsbidrag och utjämning", "5", 101.3, 100.9, 95.2]]
    vres = [round(net[j] + rows2[0][j + 2] + rows2[1][j + 2], 1) for j in range(3)]
    rows3 = [["Finansiella intäkter", "6", 2.5, 1.2, 1.5],
             ["Finansiella kostnader", "7", -3.1, -3.3, -2.6]]
    res = [round(vres[j] + rows3[0][j + 2] + rows3[1][j + 2], 1) for j in range(3)]
    out_rows = []
    for r_ in rows:
        out_rows.append(([r_[0], r_[1]] + [fmt(v, 1) for v in r_[2:]], ""))
    out_rows.append((["Verksamhetens nettokostnader", ""] + [fmt(v, 1) for v in net], "sum"))
    for r_ in rows2:
        out_rows.append(([r_[0], r_[1]] + [fmt(v, 1) for v in r_[2:]], ""))
    out_rows.append((["Verksamhetens resultat", ""] + [fmt(v, 1) for v in vres], "sum"))
    for r_ in rows3:
        out_rows.append(([r_[0], r_[1]] + [fmt(v, 1) for v in r_[2:]], ""))
    out_rows.append((["Årets resultat", ""] + [fmt(v, 1) for v in res], "sum"))
    d.table("Resultaträkning", hdr, out_rows, W)
    assert res[0] == 5.8 and res[1] == 3.0, res

    d.add_page()
    d.h1("Nämndernas ekonomiska utfall")
    hdr = [["Nämnd", "Budget 2024", "Utfall 2024", "Avvikelse"]]
    W = [70, 32, 32, 32]
    nm = [("Kommunstyrelsen", 55.9, 54.7), ("Bildningsnämnden", 179.8, 178.6),
          ("Socialnämnden", 137.2, 140.3), ("Samhällsbyggnadsnämnden", 14.6, 14.5),
          ("Revisionen", 1.05, 1.0)]
    rws = []
    for n, b, u in nm:
        rws.append(([n, fmt(b, 1), fmt(u, 1), fmt(round(b - u, 1), 1)], ""))
    sb = round(sum(x[1] for x in nm), 1)
    su = round(sum(x[2] for x in nm), 1)
    rws.append((["Summa nämnder", fmt(sb, 1), fmt(su, 1), fmt(round(sb - su, 1), 1)], "sum"))
    d.table("Tabell 7. Nettokostnad per nämnd", hdr, rws, W, unit="mnkr. Positiv avvikelse = överskott")
    d.p("Socialnämndens underskott på 3,1 miljoner kronor förklaras av ökade kostnader för "
        "försörjningsstöd och externa placeringar av barn och unga.")
    d.h2("Personal")
    d.p("Den 31 december 2024 hade kommunen 612 tillsvidareanställda. Sjukfrånvaron minskade till "
        "6,9 procent (7,4 procent 2023). Personalomsättningen var 9,8 procent.")
    d.table("Tabell 8. Personalnyckeltal", [["Nyckeltal", "2022", "2023", "2024"]],
            [(["Tillsvidareanställda, antal", "598", "605", "612"], ""),
             (["Sjukfrånvaro, %", "7,9", "7,4", "6,9"], ""),
             (["Andel heltidsanställda, %", "78", "81", "84"], "")], [80, 30, 30, 30])
    d.output(out)
    return res


def build_html(out):
    rows = [("Förskola och skola", "41,20"), ("Äldreomsorg", "19,80"),
            ("Stöd till personer med funktionsnedsättning", "10,60"),
            ("Individ- och familjeomsorg", "6,40"), ("Gator, parker och samhällsbyggnad", "4,10"),
            ("Kultur och fritid", "3,30"), ("Politik och administration", "8,20"),
            ("Räddningstjänst", "2,60"), ("Näringsliv och arbetsmarknad", "3,80")]
    tr = "\n".join(f"          <tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows)
    html = f"""<!DOCTYPE html>
<html lang="sv">
<head>
  <meta charset="utf-8">
  <title>Så används din skatt - Essunga kommun</title>
  <link rel="stylesheet" href="/css/main.css">
  <script>window.dataLayer = window.dataLayer || [];</script>
</head>
<body>
  <div id="cookie-banner" class="cookie">
    <p>Vi använder kakor (cookies) för att förbättra webbplatsen. <a href="/kakor">Läs mer om kakor</a></p>
    <button>Godkänn alla</button> <button>Endast nödvändiga</button>
  </div>
  <header>
    <a href="/" class="logo">Essunga kommun</a>
    <nav>
      <ul>
        <li><a href="/omsorg">Omsorg och hjälp</a></li>
        <li><a href="/skola">Förskola och skola</a></li>
        <li><a href="/bygga">Bygga, bo och miljö</a></li>
        <li><a href="/kommun-och-politik">Kommun och politik</a></li>
      </ul>
    </nav>
    <form action="/sok"><input type="search" placeholder="Sök"></form>
  </header>
  <div class="breadcrumbs">Start / Kommun och politik / Ekonomi / Så används din skatt</div>
  <main>
    <h1>Så används din skatt</h1>
    <p class="lead">Kommunalskatten i Essunga är 22,11 kronor per hundralapp du tjänar 2025. Här kan du se hur varje hundralapp i skatt fördelas mellan kommunens verksamheter.</p>
    <p>Den totala skattesatsen inklusive regionskatten till Västra Götalandsregionen är 33,59 kronor. Kommunens del är 22,11 kronor och regionens del 11,48 kronor.</p>
    <h2>Så fördelas 100 kronor i kommunalskatt</h2>
    <table class="table">
      <caption>Fördelning per 100 kronor, budget 2025</caption>
      <thead>
        <tr><th>Verksamhet</th><th>Kronor av 100</th></tr>
      </thead>
      <tbody>
{tr}
        <tr><td><strong>Totalt</strong></td><td><strong>100,00</strong></td></tr>
      </tbody>
    </table>
    <p>En invånare med en månadslön på 30 000 kronor betalar cirka 5 800 kronor i kommunalskatt per månad efter grundavdrag.</p>
    <h2>Kommunens ekonomi i korthet</h2>
    <ul>
      <li>Budgeterat resultat 2025: 6,7 miljoner kronor</li>
      <li>Investeringar 2025: 62,1 miljoner kronor</li>
      <li>Antal anställda: cirka 610</li>
    </ul>
    <p>Har du frågor om kommunens ekonomi? Kontakta ekonomichef Sara Lundgren via kommunens kontaktcenter.</p>
    <p class="meta">Publicerad: 2025-01-20 · Senast uppdaterad: 2025-02-03</p>
  </main>
  <footer>
    <p>Essunga kommun, Box 54, 465 22 Nossebro · Telefon 0512-570 00 · kommun@essunga.se</p>
    <p><a href="/tillganglighet">Tillgänglighetsredogörelse</a> · <a href="/personuppgifter">Personuppgifter</a> · <a href="/kakor">Kakor</a></p>
  </footer>
</body>
</html>
"""
    with open(out, "w", encoding="utf-8") as f:
        f.write(html)


def build_docx(out):
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    cp = doc.core_properties
    cp.author = "Kommunledningskontoret"
    cp.title = "Protokoll kommunstyrelsen 2025-03-11"
    cp.created = datetime(2025, 3, 12, 9, 0, 0)
    cp.modified = datetime(2025, 3, 12, 9, 0, 0)
    cp.last_modified_by = "Kommunledningskontoret"
    cp.revision = 1
    doc.add_heading("PROTOKOLL", 0)
    doc.add_paragraph("Kommunstyrelsen, Essunga kommun")
    doc.add_paragraph("Sammanträdesdatum: 2025-03-11")
    doc.add_paragraph("Plats och tid: Kommunhuset, Nossebro, kl. 08.30–12.15")
    doc.add_paragraph("Beslutande: Johan Ekstedt (C), ordförande; Lena Bergqvist (M), vice ordförande; "
                      "Per-Olof Svensson (S); Maria Karlsson (KD); Anders Holm (SD); Eva Nilsson (S); Tomas Ek (L)")
    doc.add_paragraph("Justerare: Per-Olof Svensson (S)")
    doc.add_paragraph("Sekreterare: Annika Wall")

    doc.add_heading("§ 31 Godkännande av dagordning", 2)
    doc.add_paragraph("Kommunstyrelsen godkänner dagordningen.")

    doc.add_heading("§ 32 Ekonomisk uppföljning per februari 2025", 2)
    doc.add_paragraph("Ekonomichef Sara Lundgren redovisar den ekonomiska uppföljningen per februari. "
                      "Helårsprognosen för kommunen visar ett resultat på 4,9 miljoner kronor, vilket "
                      "är 1,8 miljoner kronor lägre än budget.")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, txt in zip(t.rows[0].cells, ["Nämnd", "Budget 2025 (tkr)", "Prognos 2025 (tkr)", "Avvikelse (tkr)"]):
        c.text = txt
    data = [("Kommunstyrelsen", 58400, 58100), ("Bildningsnämnden", 186300, 186900),
            ("Socialnämnden", 141700, 143600), ("Samhällsbyggnadsnämnden", 14900, 14800)]
    for n, b, p in data:
        cells = t.add_row().cells
        for c, txt in zip(cells, [n, fmt(b, 0), fmt(p, 0), fmt(b - p, 0)]):
            c.text = txt
    sb = sum(x[1] for x in data)
    sp = sum(x[2] for x in data)
    cells = t.add_row().cells
    for c, txt in zip(cells, ["Summa", fmt(sb, 0), fmt(sp, 0), fmt(sb - sp, 0)]):
        c.text = txt
    doc.add_paragraph("Beslut: Kommunstyrelsen lägger redovisningen till handlingarna och uppdrar åt "
                      "socialnämnden att senast den 30 april 2025 redovisa åtgärder för en budget i balans.")

    doc.add_heading("§ 33 Tilläggsanslag för förskolan Ekbacken", 2)
    doc.add_paragraph("Byggentreprenaden för förskolan Ekbacken har upphandlats. Anbudet överstiger "
                      "den budgeterade projektkostnaden med 2,4 miljoner kronor, främst på grund av "
                      "markförhållanden och höjda materialpriser.")
    doc.add_paragraph("Förslag till beslut: Kommunstyrelsen föreslår kommunfullmäktige att bevilja ett "
                      "tilläggsanslag på 2,4 miljoner kronor för förskolan Ekbacken, finansierat genom "
                      "upplåning.")
    doc.add_paragraph("Yrkanden: Anders Holm (SD) yrkar avslag på förslaget och att projektet i stället "
                      "omprövas.")
    doc.add_paragraph("Beslut: Kommunstyrelsen beslutar enligt förslaget.")
    doc.add_paragraph("Reservation: Anders Holm (SD) reserverar sig mot beslutet till förmån för eget yrkande.")

    doc.add_heading("§ 34 Avgifter för kulturskolan 2025/2026", 2)
    doc.add_paragraph("Bildningsnämnden har föreslagit att terminsavgiften i kulturskolan höjs från 450 "
                      "kronor till 500 kronor per termin från och med höstterminen 2025. Syskonrabatten "
                      "om 50 procent behålls.")
    doc.add_paragraph("Beslut: Kommunstyrelsen föreslår kommunfullmäktige att anta de nya avgifterna.")

    doc.add_heading("§ 35 Delegationsbeslut", 2)
    doc.add_paragraph("Redovisning av delegationsbeslut för perioden 2025-01-15 – 2025-02-28 läggs till "
                      "handlingarna.")
    doc.add_paragraph("Justerat 2025-03-14. Anslaget på kommunens anslagstavla 2025-03-17.")
    doc.save(out)
    normalize_zip(out, "2025-03-12T09:00:00Z")


def build_xlsx(out):
    wb = openpyxl.Workbook()
    wb.properties.creator = "Essunga kommun, ekonomiavdelningen"
    wb.properties.created = datetime(2025, 2, 1, 8, 0, 0)
    wb.properties.modified = datetime(2025, 2, 1, 8, 0, 0)
    ws = wb.active
    ws.title = "Nyckeltal"
    ws.append(["Essunga kommun – ekonomiska nyckeltal 2020–2024"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(["Belopp i mnkr om inte annat anges"])
    ws.append(["År", "Skatteintäkter och statsbidrag", "Verksamhetens nettokostnad",
               "Årets resultat", "Nettoinvesteringar", "Skattesats (kr)", "Invånare 31 dec"])
    data = [(2020, 334.8, 324.1, 9.6, 28.4, 22.11, 5652),
            (2021, 348.2, 333.7, 13.1, 24.9, 22.11, 5661),
            (2022, 352.9, 346.0, 4.8, 33.7, 22.11, 5659),
            (2023, 360.5, 357.1, 2.3, 38.2, 22.11, 5671),
            (2024, 379.2, 372.8, 5.8, 41.3, 22.11, 5693)]
    for r in data:
        ws.append(list(r))
    ws.append(["Källa: Essunga kommuns årsredovisningar 2020–2024."])
    ws2 = wb.create_sheet("Verksamhet")
    ws2.append(["Nettokostnad per verksamhet 2024"])
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.append(["Belopp i tkr"])
    ws2.append(["Verksamhet", "Nettokostnad 2024", "Kostnad per invånare (kr)", "Andel av total (%)"])
    ver = [("Förskola", 38450), ("Grundskola inkl. förskoleklass", 76820), ("Gymnasieskola", 34910),
           ("Äldreomsorg", 89760), ("Funktionsnedsättning (LSS/SoL)", 31240),
           ("Individ- och familjeomsorg", 21630), ("Kultur och fritid", 12480),
           ("Gator, vägar och parker", 9870), ("Politisk verksamhet och administration", 30120)]
    tot = sum(v for _, v in ver)
    for n, v in ver:
        ws2.append([n, v, round(v * 1000 / 5693), round(v / tot * 100, 1)])
    ws2.append(["Totalt", tot, round(tot * 1000 / 5693), 100])
    for w_ in (ws, ws2):
        w_.column_dimensions["A"].width = 40
    wb.save(out)
    normalize_zip(out, "2025-02-01T08:00:00Z")
    return tot


def build_press(out):
    txt = """# Pressmeddelande: Essunga satsar på unga – 700 000 kronor till sommarlov och feriepraktik

**Nossebro 2025-04-08**

Essunga kommun tar emot fler ungdomar till feriepraktik i sommar än någonsin tidigare. I år erbjuds
plats till 85 ungdomar i åldern 15–18 år, jämfört med 62 förra sommaren.

Satsningen finansieras med de 700 000 kronor som kommunfullmäktige avsatte i Mål och budget 2025.
Av beloppet går 520 000 kronor till löner för feriepraktikanter och 180 000 kronor till gratis
sommarlovsaktiviteter för barn i åldern 6–15 år, till exempel simskola, fiske och dagläger.

– Vi vill att alla unga i Essunga ska få en meningsfull sommar och en första kontakt med
arbetslivet, säger Johan Ekstedt (C), kommunstyrelsens ordförande.

Feriepraktiken pågår i tre perioder om tre veckor mellan den 16 juni och den 8 augusti. Ansökan är
öppen till och med den 2 maj via kommunens webbplats.

**Fakta**
- Antal platser 2025: 85 (2024: 62)
- Timlön: 105 kronor för 15–16-åringar och 120 kronor för 17–18-åringar
- Arbetstid: 6 timmar per dag

**Kontakt**
Linnea Strand, fritidschef, Essunga kommun, 0512-570 40
"""
    with open(out, "w", encoding="utf-8") as f:
        f.write(txt)


def build(folder):
    os.makedirs(folder, exist_ok=True)
    build_budget(os.path.join(folder, "mal-och-budget-2025.pdf"))
    build_arsred(os.path.join(folder, "arsredovisning-2024.pdf"))
    build_html(os.path.join(folder, "sa-anvands-din-skatt.html"))
    build_docx(os.path.join(folder, "protokoll-ks-2025-03-11.docx"))
    build_xlsx(os.path.join(folder, "nyckeltal-2020-2024.xlsx"))
    build_press(os.path.join(folder, "pressmeddelande-feriepraktik-2025.md"))
