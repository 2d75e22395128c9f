"""Skövde kommun: invented but consistent documents."""
import datetime
import os

import docx
import openpyxl
from docx.shared import Pt

from helpers import Doc, fmt, fix_zip, FIXED_DT

YEARS = ["Bokslut 2023", "Budget 2024", "Budget 2025", "Plan 2026", "Plan 2027"]
POP = 57340  # invånare 1 nov 2024
TAX = "22,04"

# Resultatbudget, mnkr (index 0..4 = 2023 bokslut .. 2027 plan)
RB = {
    "Verksamhetens intäkter": [742.3, 760.0, 781.5, 795.0, 810.2],
    "Verksamhetens kostnader": [-4021.6, -4168.0, -4322.4, -4470.1, -4600.8],
    "Avskrivningar": [-168.4, -176.0, -185.3, -194.7, -203.0],
    "Skatteintäkter": [2915.8, 3021.4, 3152.6, 3268.9, 3381.5],
    "Generella statsbidrag och utjämning": [612.3, 655.0, 706.8, 722.4, 739.6],
    "Finansiella intäkter": [28.4, 25.0, 24.0, 24.0, 24.0],
    "Finansiella kostnader": [-42.7, -48.0, -52.5, -57.0, -61.5],
}
NETTO = [round(RB["Verksamhetens intäkter"][i] + RB["Verksamhetens kostnader"][i] + RB["Avskrivningar"][i], 1)
         for i in range(5)]
VRES = [round(NETTO[i] + RB["Skatteintäkter"][i] + RB["Generella statsbidrag och utjämning"][i], 1)
        for i in range(5)]
ARES = [round(VRES[i] + RB["Finansiella intäkter"][i] + RB["Finansiella kostnader"][i], 1) for i in range(5)]

# Driftbudget per nämnd, nettokostnad mnkr: Budget 2024, Budget 2025, Plan 2026, Plan 2027
DRIFT = {
    "Kommunstyrelsen": [312.5, 325.8, 331.2, 338.0],
    "Barn- och utbildningsnämnden": [1486.2, 1532.7, 1571.4, 1612.8],
    "Socialnämnden": [1198.4, 1247.9, 1289.3, 1330.6],
    "Kultur- och fritidsnämnden": [168.3, 172.6, 175.1, 178.4],
    "Samhällsbyggnadsnämnden": [142.7, 139.8, 143.5, 146.9],
    "Valnämnd och revision": [7.9, 8.4, 6.2, 6.3],
}
DRIFT_SUM = [round(sum(v[i] for v in DRIFT.values()), 1) for i in range(4)]
FINANS = [round(-NETTO[i + 1] - DRIFT_SUM[i], 1) for i in range(4)]

# Investeringsbudget, mnkr: Budget 2025, Plan 2026, Plan 2027
INV = [
    ("Skattefinansierad verksamhet",),
    ("Ny förskola Norra Ryd", [38.0, 24.5, 0.0]),
    ("Ombyggnad Västerhöjdsgymnasiet", [52.4, 61.0, 18.0]),
    ("Arena Skövde, nytt konstgräs", [8.5, 0.0, 0.0]),
    ("Gång- och cykelvägar", [22.0, 20.0, 20.0]),
    ("Särskilt boende Ryd, 60 platser", [45.0, 71.5, 39.0]),
    ("IT och digitalisering", [14.2, 12.0, 12.0]),
    ("Övriga reinvesteringar", [61.9, 58.5, 60.0]),
    ("Summa skattefinansierat",),
    ("Affärsverksamhet (VA och avfall)",),
    ("Nytt vattenverk Borgunda, etapp 2", [74.0, 82.0, 40.0]),
    ("Ledningsförnyelse VA", [22.0, 22.0, 24.0]),
    ("Avfallsanläggning Risängen", [9.5, 6.0, 4.5]),
    ("Summa affärsverksamhet",),
    ("Totalt investeringar",),
]


def _inv_sums():
    out, sec, tot = {}, [0, 0, 0], [0, 0, 0]
    for r in INV:
        if len(r) == 2:
            sec = [sec[i] + r[1][i] for i in range(3)]
            tot = [tot[i] + r[1][i] for i in range(3)]
        elif r[0].startswith("Summa"):
            out[r[0]] = [round(x, 1) for x in sec]
            sec = [0, 0, 0]
        elif r[0].startswith("Totalt"):
            out[r[0]] = [round(x, 1) for x in tot]
    return out


INV_SUMS = _inv_sums()

# Delårsrapport aug 2024: helårsprognos per nämnd mnkr (Budget 2024, Prognos 2024)
DELAR = {
    "Kommunstyrelsen": (312.5, 305.9),
    "Barn- och utbildningsnämnden": (1486.2, 1493.8),
    "Socialnämnden": (1198.4, 1223.0),
    "Kultur- och fritidsnämnden": (168.3, 166.1),
    "Samhällsbyggnadsnämnden": (142.7, 140.2),
    "Valnämnd och revision": (7.9, 7.7),
}
DELAR_PROGNOS_RES = 52.8  # årets resultat prognos 2024
DELAR_UTFALL_AUG = 131.6  # resultat jan-aug

# Nyckeltal XLSX (years as rows)
NYCKEL = [
    # år, invånare 31 dec, skattesats, årets resultat mnkr, nettoinvesteringar mnkr, soliditet inkl pension %
    (2019, 55920, 21.84, 71.2, 512.4, 28.4),
    (2020, 56250, 21.84, 118.9, 478.0, 30.1),
    (2021, 56630, 21.84, 164.3, 455.7, 32.6),
    (2022, 56910, 22.04, 92.5, 602.8, 31.9),
    (2023, 57120, 22.04, 66.1, 644.1, 30.7),
    (2024, 57410, 22.04, 55.9, 611.3, 30.2),
]
BEFOLK = [  # år, 0-5, 6-15, 16-19, 20-64, 65-79, 80+
    (2022, 3980, 7120, 2640, 32160, 8150, 2860),
    (2023, 3940, 7190, 2710, 32210, 8120, 2950),
    (2024, 3900, 7230, 2790, 32330, 8110, 3050),
]

# HTML: av varje hundralapp
HUNDRA = [("Förskola och skola", 42), ("Vård och omsorg om äldre", 19), ("Stöd till personer med funktionsnedsättning", 9),
          ("Individ- och familjeomsorg", 7), ("Kultur och fritid", 5), ("Gator, parker och samhällsbyggnad", 6),
          ("Gymnasium och vuxenutbildning", 8), ("Politik, administration och övrigt", 4)]


def budget_pdf(path):
    d = Doc("Skövde kommun – Mål och budget 2025 med plan för 2026–2027")
    d.add_page()
    d.set_font("DV", "B", 24)
    d.ln(40)
    d.multi_cell(0, 12, "Mål och budget 2025\nmed plan för 2026–2027", new_x="LMARGIN", new_y="NEXT")
    d.ln(6)
    d.set_font("DV", "", 12)
    d.multi_cell(0, 7, "Skövde kommun\nBeslutad av kommunfullmäktige 2024-11-25, § 141\nDiarienummer KS2024.0312",
                 new_x="LMARGIN", new_y="NEXT")

    d.add_page()
    d.h1("Innehåll")
    d.p("1. Ordföranden har ordet\n2. Förutsättningar och omvärld\n3. Vision och målområden\n"
        "4. Nämndernas uppdrag och ramar\n5. Investeringar\n6. Finansiella rapporter\n7. Driftbudget per nämnd")

    d.add_page()
    d.h1("1. Ordföranden har ordet")
    d.p("Skövde fortsätter att växa. Under 2024 passerade vi 57 000 invånare och fler företag än någonsin "
        "har valt att etablera sig i kommunen. Samtidigt är det ekonomiska läget ansträngt: kostnaderna för "
        "pensioner, räntor och försörjningsstöd ökar snabbare än skatteintäkterna. I den här budgeten har vi "
        "därför gjort tydliga prioriteringar.")
    d.p("Vi prioriterar skolan. Barn- och utbildningsnämnden får en ramökning på 46,5 miljoner kronor jämfört "
        "med 2024, och vi avsätter 4,7 miljoner kronor till fler speciallärare i grundskolans tidiga år. "
        "Vi fortsätter också satsningen på feriearbete för ungdomar med 700 000 kronor per år.")
    d.p(f"Skattesatsen lämnas oförändrad på {TAX} kronor per hundralapp beskattningsbar inkomst. Årets "
        f"resultat budgeteras till {fmt(ARES[2])} miljoner kronor, vilket motsvarar 2,7 procent av skatteintäkter "
        "och generella statsbidrag. Det är något över vårt finansiella mål om 2,5 procent, men nödvändigt för "
        "att klara de stora investeringarna i vatten, förskolor och äldreboenden utan att låna mer än vi måste.")
    d.p("Alla nämnder får ett generellt effektiviseringskrav på 1,0 procent, motsvarande sammanlagt 34,3 "
        "miljoner kronor. Det är ett krav som kommer att märkas, men som vi bedömer är möjligt att klara "
        "genom digitalisering, samordnade lokaler och minskade inhyrda tjänster.")
    d.p("Helena Lindqvist (M)\nKommunstyrelsens ordförande")

    d.h1("2. Förutsättningar och omvärld")
    d.p("Budgeten bygger på Sveriges Kommuner och Regioners skatteunderlagsprognos från oktober 2024. "
        "Skatteunderlaget beräknas växa med 4,1 procent 2025 och 3,6 procent 2026. Inflationen (KPIF) "
        "väntas ligga nära två procent under planperioden, medan räntekostnaderna fortsätter att stiga när "
        "äldre lån med låg ränta omsätts.")
    d.p(f"Befolkningsprognosen utgår från {fmt(POP, 0)} invånare den 1 november 2024 och en årlig ökning med "
        "omkring 350 personer. Ökningen är störst i åldersgruppen 80 år och äldre, vilket ställer krav på fler "
        "platser i särskilt boende. Antalet barn i förskoleåldern minskar något, medan antalet elever i "
        "gymnasieåldern ökar fram till 2028.")
    d.p("Pensionskostnaderna ökar kraftigt 2025 till följd av det nya pensionsavtalet och höga "
        "prisbasbelopp. Kostnaden för pensioner beräknas till 231 miljoner kronor 2025, en ökning med 19 "
        "miljoner kronor jämfört med budget 2024.")
    d.p("Kommunen har som finansiellt mål att självfinansieringsgraden av de skattefinansierade "
        "investeringarna ska uppgå till minst 80 procent över en rullande femårsperiod, och att låneskulden "
        "per invånare inte ska överstiga 60 000 kronor exklusive affärsverksamheten.")

    d.h1("3. Vision och målområden")
    d.p("Skövdes vision är \u201dSkövde – en kreativ och hållbar kommun där människor växer\u201d. Kommunfullmäktige "
        "har beslutat om fyra målområden för mandatperioden 2023–2026:")
    d.bullets(["Livslångt lärande – alla barn och elever ska nå kunskapskraven och fler ska gå vidare till "
               "högre studier.",
               "Trygghet och hälsa – invånarna ska känna sig trygga i hela kommunen.",
               "Hållbar tillväxt – Skövde ska vara en attraktiv plats att bo, verka och driva företag i.",
               "Effektiv organisation – verksamheten ska bedrivas kostnadseffektivt och med god service."])
    d.p("Till varje målområde kopplas indikatorer som följs upp i delårsrapport och årsredovisning. "
        "Målet för andelen elever i årskurs 9 som är behöriga till gymnasiets yrkesprogram höjs från 84 till "
        "86 procent. Andelen invånare som känner sig trygga utomhus på kvällen ska öka till 75 procent år 2026.")

    d.add_page()
    d.h1("4. Nämndernas uppdrag och ramar")
    texts = {
        "Kommunstyrelsen": "Kommunstyrelsen leder och samordnar kommunens verksamhet och ansvarar för "
        "näringslivsarbete, kommunikation, digitalisering och personalfrågor. Ramen räknas upp med 13,3 "
        "miljoner kronor, främst för ökade licenskostnader och det nya lönesystemet. Ett särskilt uppdrag "
        "ges att samordna kommunens lokalförsörjning så att tomma lokaler kan sägas upp.",
        "Barn- och utbildningsnämnden": "Barn- och utbildningsnämnden ansvarar för förskola, grundskola, "
        "gymnasieskola och vuxenutbildning. Ramen ökar med 46,5 miljoner kronor. I ökningen ingår "
        "4,7 miljoner kronor för speciallärare och 12,0 miljoner kronor för fler elever i gymnasieskolan. "
        "Förskolan får en minskad ram med hänsyn till färre barn, och två mindre förskolor i centrala Skövde "
        "föreslås samlas i den nya förskolan på Norra Ryd när den står klar hösten 2026.",
        "Socialnämnden": "Socialnämnden ansvarar för äldreomsorg, stöd till personer med funktionsnedsättning "
        "samt individ- och familjeomsorg. Ramen ökar med 49,5 miljoner kronor. Nämnden redovisade ett "
        "underskott 2023 och prognosen för 2024 pekar på ett fortsatt underskott. Nämnden ska därför ta fram "
        "en åtgärdsplan som minskar kostnaderna för externa placeringar av barn och unga med minst 8 "
        "miljoner kronor under 2025.",
        "Kultur- och fritidsnämnden": "Kultur- och fritidsnämnden ansvarar för bibliotek, kulturskola, "
        "idrottsanläggningar och fritidsgårdar. Ramen ökar med 4,3 miljoner kronor. Avgiften i kulturskolan "
        "höjs från 600 till 700 kronor per termin. Det nya konstgräset på Arena Skövde finansieras via "
        "investeringsbudgeten.",
        "Samhällsbyggnadsnämnden": "Samhällsbyggnadsnämnden ansvarar för fysisk planering, bygglov, gator, "
        "parker och miljötillsyn. Ramen minskar med 2,9 miljoner kronor, främst genom att "
        "vinterväghållningen upphandlas på nytt och att bygglovstaxan höjs. VA- och avfallsverksamheten är "
        "avgiftsfinansierad och ingår inte i nämndens nettoram.",
    }
    for k, t in texts.items():
        d.h2(k)
        d.p(t)
        d.p(f"Nettoramen för {k.lower()} uppgår 2025 till {fmt(DRIFT[k][1])} miljoner kronor. Nämnden ska "
            "inom ramen prioritera verksamhet som bidrar till kommunfullmäktiges mål och redovisa "
            "effekterna av effektiviseringskravet i samband med delårsrapporten per den 31 augusti.")

    d.add_page()
    d.h1("5. Investeringar")
    d.p(f"Investeringsbudgeten för 2025 uppgår till totalt {fmt(INV_SUMS['Totalt investeringar'][0])} miljoner "
        f"kronor, varav {fmt(INV_SUMS['Summa skattefinansierat'][0])} miljoner kronor avser den "
        "skattefinansierade verksamheten. Den största enskilda investeringen är det nya vattenverket i "
        "Borgunda, som beräknas kosta 245 miljoner kronor totalt och tas i drift 2027.")
    d.p("Särskilt boende på Ryd med 60 platser byggs i egen regi och beräknas vara klart för inflyttning "
        "våren 2027. Driftkostnaden för boendet beräknas till cirka 52 miljoner kronor per helår.")
    hdr = [["", "Budget", "Plan", "Plan", "Totalt"], ["Belopp i mnkr", "2025", "2026", "2027", "2025–2027"]]
    rows = []
    for r in INV:
        if len(r) == 2:
            rows.append([r[0]] + [fmt(x) for x in r[1]] + [fmt(sum(r[1]))])
        elif r[0] in INV_SUMS:
            s = INV_SUMS[r[0]]
            rows.append([r[0]] + [fmt(x) for x in s] + [fmt(sum(s))])
        else:
            rows.append([r[0]])
    d.table("Tabell 5. Investeringsbudget 2025–2027", hdr, rows, [72, 22, 22, 22, 28],
            bold_rows=("Summa skattefinansierat", "Summa affärsverksamhet", "Totalt investeringar"),
            break_after=9)
    d.note("Investeringar inom affärsverksamheten finansieras med avgifter och belastar inte kommunens "
           "skattefinansierade resultat.")

    d.add_page()
    d.h1("6. Finansiella rapporter")
    d.p("Resultatbudgeten visar kommunens budgeterade intäkter och kostnader. Negativa belopp avser "
        "kostnader.")
    hdr = [["", "Bokslut", "Budget", "Budget", "Plan", "Plan"], ["Belopp i mnkr", "2023", "2024", "2025", "2026", "2027"]]
    order = ["Verksamhetens intäkter", "Verksamhetens kostnader", "Avskrivningar", "NETTO", "Skatteintäkter",
             "Generella statsbidrag och utjämning", "VRES", "Finansiella intäkter", "Finansiella kostnader", "ARES"]
    names = {"NETTO": ("Verksamhetens nettokostnader", NETTO), "VRES": ("Verksamhetens resultat", VRES),
             "ARES": ("Årets resultat", ARES)}
    rows = []
    for k in order:
        if k in names:
            n, v = names[k]
        else:
            n, v = k, RB[k]
        rows.append([n] + [fmt(x, neg="–") for x in v])
    d.table("Resultatbudget", hdr, rows, [62, 21, 21, 21, 21, 21],
            bold_rows=("Verksamhetens nettokostnader", "Verksamhetens resultat", "Årets resultat"))
    d.p(f"Årets resultat i procent av skatteintäkter och generella statsbidrag uppgår till 2,7 procent 2025, "
        f"2,2 procent 2026 och 2,2 procent 2027.")

    bal = [("Tillgångar",), ("Anläggningstillgångar", [5412.6, 5798.0, 6160.3]),
           ("Omsättningstillgångar", [702.4, 640.0, 655.0]), ("Summa tillgångar", [6115.0, 6438.0, 6815.3]),
           ("Eget kapital, avsättningar och skulder",), ("Eget kapital", [2541.8, 2611.2, 2715.9]),
           ("Avsättningar för pensioner", [318.6, 332.0, 351.4]), ("Långfristiga skulder", [2480.0, 2700.0, 2950.0]),
           ("Kortfristiga skulder", [774.6, 794.8, 798.0]),
           ("Summa eget kapital, avsättningar och skulder", [6115.0, 6438.0, 6815.3])]
    rows = [[r[0]] + ([fmt(x) for x in r[1]] if len(r) == 2 else []) for r in bal]
    rows = [r if len(r) > 1 else [r[0]] for r in rows]
    d.table("Balansbudget", [["", "Bokslut", "Budget", "Budget"], ["Belopp i mnkr", "2023", "2024", "2025"]],
            rows, [90, 26, 26, 26], bold_rows=("Summa tillgångar", "Summa eget kapital, avsättningar och skulder"))

    kf = [("Den löpande verksamheten",), ("Årets resultat", [ARES[2], ARES[3], ARES[4]]),
          ("Justering för avskrivningar", [185.3, 194.7, 203.0]), ("Justering för pensionsavsättningar", [19.4, 14.0, 12.0]),
          ("Medel från den löpande verksamheten", [309.4, 297.2, 305.0]),
          ("Investeringsverksamheten",), ("Nettoinvesteringar", [-INV_SUMS["Totalt investeringar"][i] for i in range(3)]),
          ("Finansieringsverksamheten",), ("Nyupptagna lån", [250.0, 250.0, 150.0]),
          ]
    rows = [[r[0]] + [fmt(x, neg="–") for x in r[1]] if len(r) == 2 else [r[0]] for r in kf]
    d.table("Kassaflödesbudget", [["", "Budget", "Plan", "Plan"], ["Belopp i mnkr", "2025", "2026", "2027"]],
            rows, [90, 26, 26, 26], bold_rows=("Medel från den löpande verksamheten",))

    # landscape driftbudget
    d.add_page(orientation="L")
    d.h1("7. Driftbudget per nämnd")
    hdr = [["", "Budget", "Budget", "Plan", "Plan", "Förändring", "Förändring", "kr per invånare"],
           ["Nettokostnad, mnkr", "2024", "2025", "2026", "2027", "2024–2025", "%", "2025"]]
    rows = []
    for k, v in DRIFT.items():
        ch = v[1] - v[0]
        rows.append([k] + [fmt(x) for x in v] + [fmt(ch, neg="–"), fmt(100 * ch / v[0], neg="–"),
                                                 fmt(v[1] * 1e6 / POP, 0)])
    rows.append(["Summa nämnder"] + [fmt(x) for x in DRIFT_SUM] +
                [fmt(DRIFT_SUM[1] - DRIFT_SUM[0]), fmt(100 * (DRIFT_SUM[1] - DRIFT_SUM[0]) / DRIFT_SUM[0]),
                 fmt(DRIFT_SUM[1] * 1e6 / POP, 0)])
    rows.append(["Finansförvaltning och ofördelat¹"] + [fmt(x) for x in FINANS] +
                [fmt(FINANS[1] - FINANS[0]), fmt(100 * (FINANS[1] - FINANS[0]) / FINANS[0]), fmt(FINANS[1] * 1e6 / POP, 0)])
    tot = [-NETTO[i + 1] for i in range(4)]
    rows.append(["Verksamhetens nettokostnader"] + [fmt(x) for x in tot] +
                [fmt(tot[1] - tot[0]), fmt(100 * (tot[1] - tot[0]) / tot[0]), fmt(tot[1] * 1e6 / POP, 0)])
    d.table("Tabell 7. Driftbudget per nämnd (nettokostnader)", hdr, rows, [72, 22, 22, 22, 22, 28, 26, 36],
            bold_rows=("Summa nämnder", "Verksamhetens nettokostnader"))
    d.note("¹ Avser pensionskostnader, kapitalkostnadsutjämning, lönepott för 2025 års lönerevision samt "
           "ofördelade medel hos kommunstyrelsen.\nKr per invånare beräknat på 57 340 invånare den 1 november 2024.")
    d.add_page(orientation="P")
    d.h1("Beslut")
    d.p(f"Kommunfullmäktige beslutade 2024-11-25, § 141, att fastställa skattesatsen för 2025 till {TAX} kronor, "
        "att fastställa mål och budget 2025 med plan för 2026–2027 samt att ge kommunstyrelsen rätt att under "
        "2025 nyupplåna, det vill säga öka kommunens skulder, med högst 250 miljoner kronor.")
    d.p("Socialdemokraterna och Vänsterpartiet reserverade sig till förmån för egna budgetförslag.")
    d.output(path)


def delar_pdf(path):
    d = Doc("Skövde kommun – Delårsrapport januari–augusti 2024")
    d.add_page()
    d.set_font("DV", "B", 22)
    d.ln(40)
    d.multi_cell(0, 11, "Delårsrapport\njanuari–augusti 2024", new_x="LMARGIN", new_y="NEXT")
    d.set_font("DV", "", 12)
    d.ln(4)
    d.multi_cell(0, 7, "Skövde kommun\nBehandlad av kommunstyrelsen 2024-10-14", new_x="LMARGIN", new_y="NEXT")
    d.add_page()
    d.h1("Sammanfattning")
    d.p(f"Kommunens resultat för perioden januari–augusti 2024 uppgår till {fmt(DELAR_UTFALL_AUG)} miljoner kronor. "
        f"Helårsprognosen för årets resultat är {fmt(DELAR_PROGNOS_RES)} miljoner kronor, vilket är "
        f"{fmt(ARES[1] - DELAR_PROGNOS_RES)} miljoner kronor lägre än budget. Avvikelsen beror främst på "
        "underskott inom socialnämnden och högre pensionskostnader.")
    d.p("Nettoinvesteringarna under perioden uppgår till 318,4 miljoner kronor. Helårsprognosen för "
        "investeringarna är 611,3 miljoner kronor, att jämföra med en budget på 702,0 miljoner kronor. "
        "Förseningar i bygget av vattenverket i Borgunda förklarar en stor del av skillnaden.")
    d.p("Antalet tillsvidareanställda uppgick den 31 augusti till 4 312 personer. Sjukfrånvaron var "
        "7,4 procent, en minskning med 0,6 procentenheter jämfört med samma period 2023.")
    d.h2("Nämndernas prognoser")
    d.p("Tabellen visar nämndernas budget och helårsprognos. Negativ avvikelse innebär underskott.")
    rows = []
    for k, (b, pr) in DELAR.items():
        rows.append([k, fmt(b), fmt(pr), fmt(b - pr)])
    bs = sum(v[0] for v in DELAR.values()); ps = sum(v[1] for v in DELAR.values())
    rows.append(["Summa nämnder", fmt(bs), fmt(ps), fmt(bs - ps)])
    d.table("Nettokostnad per nämnd, mnkr", [["Nämnd", "Budget 2024", "Prognos 2024", "Avvikelse"]], rows,
            [78, 30, 30, 30], bold_rows=("Summa nämnder",))
    d.p("Socialnämndens underskott på 24,6 miljoner kronor beror på ökade kostnader för externa placeringar "
        "av barn och unga samt fler ärenden inom personlig assistans. Nämnden har beslutat om en "
        "åtgärdsplan, men effekterna väntas främst under 2025.")
    d.p("Barn- och utbildningsnämnden prognostiserar ett underskott på 7,6 miljoner kronor, främst "
        "inom gymnasieskolan där antalet elever från andra kommuner blivit lägre än beräknat.")
    d.add_page()
    d.h1("Måluppfyllelse")
    d.p("Av kommunfullmäktiges 16 indikatorer bedöms 9 uppfyllas helt, 5 delvis och 2 inte alls vid årets "
        "slut. De indikatorer som inte bedöms uppfyllas är andelen elever med godkända betyg i alla ämnen i "
        "årskurs 9 och väntetiden till särskilt boende.")
    d.p("Andelen invånare som känner sig trygga utomhus på kvällen var 71 procent enligt medborgarundersökningen "
        "våren 2024.")
    d.output(path)


def html(path):
    rows = "\n".join(f"<tr><td>{n}</td><td>{v} kr</td></tr>" for n, v in HUNDRA)
    s = f"""<!DOCTYPE html>
<html lang="sv">
<head><meta charset="utf-8"><title>Så används din skatt - Skövde kommun</title></head>
<body>
<div id="cookie-banner"><p>Skövde kommun använder kakor (cookies) för att webbplatsen ska fungera och för statistik.</p>
<button>Godkänn alla kakor</button> <button>Endast nödvändiga</button></div>
<header><a href="/">Skövde kommun</a>
<nav><ul><li><a href="/omsorg">Omsorg och hjälp</a></li><li><a href="/skola">Förskola och skola</a></li>
<li><a href="/bygga">Bygga, bo och miljö</a></li><li><a href="/kommun-och-politik">Kommun och politik</a></li></ul></nav>
<div class="breadcrumb">Start / Kommun och politik / Ekonomi / Så används din skatt</div>
</header>
<main>
<h1>Så används din skatt</h1>
<p class="ingress">Kommunalskatten är kommunens största inkomstkälla. Här kan du se hur varje hundralapp i skatt används i Skövde kommun under 2025.</p>
<h2>Skattesats 2025</h2>
<p>Den totala skattesatsen i Skövde är 33,52 kronor per hundralapp beskattningsbar inkomst. Av dessa går {TAX} kronor till Skövde kommun och 11,48 kronor till Västra Götalandsregionen. Är du medlem i Svenska kyrkan tillkommer kyrkoavgift och begravningsavgift.</p>
<p>För en person som tjänar 35 000 kronor i månaden innebär det att ungefär 7 400 kronor per månad går till kommunen.</p>
<h2>Av varje hundralapp går</h2>
<table>
<thead><tr><th>Verksamhet</th><th>Kronor av 100 kr</th></tr></thead>
<tbody>
{rows}
</tbody>
</table>
<p>Fördelningen bygger på budget 2025. Affärsverksamheten, till exempel vatten och avlopp, finansieras med avgifter och ingår inte.</p>
<h2>Var kommer pengarna ifrån?</h2>
<p>Skatteintäkterna beräknas 2025 till {fmt(RB['Skatteintäkter'][2])} miljoner kronor. Till det kommer generella statsbidrag och utjämning på {fmt(RB['Generella statsbidrag och utjämning'][2])} miljoner kronor.</p>
<p class="updated">Publicerad 2024-12-02. Senast uppdaterad 2025-01-15.</p>
</main>
<footer><p>Skövde kommun, 541 83 Skövde. Telefon 0500-49 80 00. Organisationsnummer 212000-1710.</p>
<ul><li><a href="/tillganglighet">Tillgänglighetsredogörelse</a></li><li><a href="/kakor">Om kakor</a></li></ul></footer>
</body></html>
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(s)


def protokoll_docx(path):
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    doc.add_heading("PROTOKOLL", 0)
    doc.add_paragraph("Kommunstyrelsen, Skövde kommun\nSammanträdesdatum 2024-10-14\nPlats: Stadshuset, sessionssalen, kl. 08.30–11.45")
    doc.add_paragraph("Beslutande: Helena Lindqvist (M), ordförande, Johan Ekberg (L), förste vice ordförande, "
                      "Maria Forsman (S), andre vice ordförande, samt ledamöter enligt närvarolista.")
    doc.add_paragraph("Justerare: Maria Forsman (S). Justeringen sker 2024-10-17.")
    doc.add_heading("§ 182 Delårsrapport januari–augusti 2024", level=2)
    doc.add_paragraph(f"Kommunstyrelsen har tagit del av delårsrapporten. Prognosen för årets resultat är "
                      f"{fmt(DELAR_PROGNOS_RES)} miljoner kronor.")
    doc.add_paragraph("Beslut: Kommunstyrelsen föreslår kommunfullmäktige att godkänna delårsrapporten.")
    doc.add_heading("§ 183 Mål och budget 2025 med plan för 2026–2027", level=2)
    doc.add_paragraph("Ärendebeskrivning: Budgetberedningen har tagit fram ett förslag till mål och budget 2025 "
                      f"med en oförändrad skattesats på {TAX} kronor. Nämndernas ramar förändras enligt tabellen nedan.")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Nämnd", "Ram 2024, tkr", "Förändring, tkr", "Ram 2025, tkr"]):
        t.rows[0].cells[i].text = h
    for k, v in DRIFT.items():
        c = t.add_row().cells
        a, b = round(v[0] * 1000), round(v[1] * 1000)
        c[0].text = k; c[1].text = fmt(a, 0); c[2].text = fmt(b - a, 0); c[3].text = fmt(b, 0)
    c = t.add_row().cells
    a, b = round(DRIFT_SUM[0] * 1000), round(DRIFT_SUM[1] * 1000)
    c[0].text = "Summa"; c[1].text = fmt(a, 0); c[2].text = fmt(b - a, 0); c[3].text = fmt(b, 0)
    doc.add_paragraph("Yrkanden: Helena Lindqvist (M) yrkar bifall till budgetberedningens förslag. Maria Forsman (S) "
                      "yrkar bifall till Socialdemokraternas budgetförslag med en skattesats på 22,29 kronor. "
                      "Anders Wiik (V) yrkar bifall till Vänsterpartiets budgetförslag.")
    doc.add_paragraph("Omröstning: Ordföranden ställer förslagen mot varandra och finner att kommunstyrelsen bifaller "
                      "budgetberedningens förslag. Votering begärs och genomförs. Med 9 ja-röster mot 6 nej-röster "
                      "beslutar kommunstyrelsen enligt budgetberedningens förslag.")
    doc.add_paragraph("Beslut: Kommunstyrelsen föreslår kommunfullmäktige att fastställa mål och budget 2025 med plan "
                      f"för 2026–2027 samt skattesatsen {TAX} kronor.")
    doc.add_paragraph("Reservation: Ledamöterna för Socialdemokraterna och Vänsterpartiet reserverar sig mot beslutet "
                      "till förmån för egna förslag.")
    doc.add_heading("§ 184 Försäljning av fastigheten Skövde Hasslum 4:12", level=2)
    doc.add_paragraph("Kommunstyrelsen beslutar att sälja fastigheten Hasslum 4:12 till Westra Logistik AB för "
                      "18 400 000 kronor. Köparen avser att uppföra en lagerbyggnad om cirka 12 000 kvadratmeter.")
    doc.add_paragraph("Beslut: Kommunstyrelsen godkänner köpeavtalet. Sverigedemokraterna deltar inte i beslutet.")
    doc.add_heading("§ 185 Taxa för kulturskolan 2025", level=2)
    doc.add_paragraph("Kommunstyrelsen föreslår kommunfullmäktige att höja terminsavgiften i kulturskolan från 600 "
                      "kronor till 700 kronor från och med vårterminen 2025. Syskonrabatten på 50 procent behålls.")
    doc.add_paragraph("Reservation: Vänsterpartiet reserverar sig mot beslutet.")
    doc.add_paragraph("Vid protokollet: Sara Holm, nämndsekreterare")
    cp = doc.core_properties
    cp.author = "Skövde kommun"; cp.title = "Protokoll kommunstyrelsen 2024-10-14"
    cp.created = FIXED_DT.replace(tzinfo=None); cp.modified = FIXED_DT.replace(tzinfo=None)
    cp.last_modified_by = "Skövde kommun"; cp.revision = 1
    doc.save(path)
    fix_zip(path)


def nyckeltal_xlsx(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Nyckeltal"
    ws.append(["Skövde kommun – finansiella nyckeltal 2019–2024"])
    ws.append(["Källa: årsredovisningar. 2024 avser preliminärt bokslut."])
    ws.append(["År", "Invånare 31 dec", "Skattesats (kr)", "Årets resultat (mnkr)", "Nettoinvesteringar (mnkr)",
               "Soliditet inkl. pensionsåtaganden (%)"])
    for r in NYCKEL:
        ws.append(list(r))
    ws2 = wb.create_sheet("Befolkning")
    ws2.append(["Befolkning per åldersgrupp 31 december"])
    ws2.append(["Antal personer"])
    ws2.append(["År", "0–5 år", "6–15 år", "16–19 år", "20–64 år", "65–79 år", "80 år och äldre", "Totalt"])
    for r in BEFOLK:
        ws2.append(list(r) + [sum(r[1:])])
    wb.properties.creator = "Skövde kommun"
    wb.properties.created = FIXED_DT.replace(tzinfo=None)
    wb.properties.modified = FIXED_DT.replace(tzinfo=None)
    wb.save(path)
    fix_zip(path)


def press_md(path):
    s = f"""# Budget 2025: Skövde satsar på skolan – skatten oförändrad

*Pressmeddelande från Skövde kommun, 2024-11-26*

Kommunfullmäktige i Skövde antog i går kväll mål och budget för 2025. Skattesatsen blir oförändrad, {TAX} kronor, och skolan får det största tillskottet.

– Vi gör en tydlig prioritering av barnen och skolan i ett tufft ekonomiskt läge, säger Helena Lindqvist (M), kommunstyrelsens ordförande.

## Det här innehåller budgeten

- Barn- och utbildningsnämnden får 46,5 miljoner kronor mer än i år.
- 4,7 miljoner kronor går till fler speciallärare i lågstadiet.
- Socialnämnden får 49,5 miljoner kronor mer, men ska samtidigt minska kostnaderna för externa placeringar.
- Investeringarna uppgår till {fmt(INV_SUMS['Totalt investeringar'][0])} miljoner kronor, där vattenverket i Borgunda och äldreboendet på Ryd är de största projekten.
- Budgeterat resultat: {fmt(ARES[2])} miljoner kronor.

Oppositionen, Socialdemokraterna och Vänsterpartiet, röstade för egna förslag. Socialdemokraternas budget innehöll en skattehöjning med 25 öre, vilket enligt partiet skulle ha gett knappt 36 miljoner kronor i ökade intäkter.

Beslutet fattades med 36 röster mot 25.

**Kontakt:** Helena Lindqvist, kommunstyrelsens ordförande, 0500-49 80 12
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(s)


def build(out):
    os.makedirs(out, exist_ok=True)
    budget_pdf(os.path.join(out, "mal-och-budget-2025.pdf"))
    delar_pdf(os.path.join(out, "delarsrapport-augusti-2024.pdf"))
    html(os.path.join(out, "sa-anvands-din-skatt.html"))
    protokoll_docx(os.path.join(out, "protokoll-ks-2024-10-14.docx"))
    nyckeltal_xlsx(os.path.join(out, "nyckeltal-2019-2024.xlsx"))
    press_md(os.path.join(out, "pressmeddelande-budget-2025.md"))
