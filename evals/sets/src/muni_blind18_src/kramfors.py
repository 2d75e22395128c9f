"""Kramfors kommun: invented but internally consistent documents."""
import os

import docx
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font

from common import Doc, fmt, save_docx, save_xlsx, docx_table

YEARS = ["2023", "2024", "2025", "2026", "2027"]
# Resultatbudget (mnkr): Bokslut 2023, Prognos 2024, Budget 2025, Plan 2026, Plan 2027
RB = {
    "int": [265.4, 271.0, 278.5, 284.1, 289.8],
    "kost": [-1412.6, -1468.3, -1503.2, -1541.7, -1580.4],
    "avs": [-52.3, -55.8, -58.9, -62.4, -65.0],
    "skatt": [842.7, 881.5, 915.3, 944.8, 975.2],
    "stb": [398.4, 405.9, 418.2, 427.6, 437.1],
    "finint": [6.2, 5.8, 5.0, 5.0, 5.0],
    "finkost": [-14.9, -17.6, -19.4, -21.1, -22.8],
}
RB["netto"] = [round(a + b + c, 1) for a, b, c in zip(RB["int"], RB["kost"], RB["avs"])]
RB["vres"] = [round(n + s + g, 1) for n, s, g in zip(RB["netto"], RB["skatt"], RB["stb"])]
RB["res"] = [round(v + i + k, 1) for v, i, k in zip(RB["vres"], RB["finint"], RB["finkost"])]
RB["pct"] = [round(100 * r / (s + g), 1) for r, s, g in zip(RB["res"], RB["skatt"], RB["stb"])]

# Driftbudget per nämnd (mnkr netto): Budget 2024, Budget 2025
NAMNDER = [
    ("Kommunstyrelsen", 142.8, 148.6),
    ("Barn- och utbildningsnämnden", 468.2, 482.5),
    ("Socialnämnden", 512.9, 531.4),
    ("Bygg- och miljönämnden", 14.6, 15.1),
    ("Kultur- och fritidsnämnden", 38.4, 39.2),
    ("Överförmyndarnämnden", 3.1, 3.3),
    ("Revisionen", 2.4, 2.5),
    ("Valnämnden", 0.2, 0.6),
]
INV_2025 = 17950  # invånare, budgetantagande
BUDGET2024_NETTO = 1241.0
BUDGET2024_RES = 28.0

# Investeringsbudget (mnkr): 2025, 2026, 2027
INVEST = [
    ("Kommunstyrelsen", [
        ("Ny förskola Gudmundrå", 38.0, 24.0, 0.0),
        ("Ombyggnad Kramfors simhall", 12.5, 18.0, 6.0),
        ("Gator och vägar, reinvestering", 9.5, 9.5, 10.0),
        ("VA-ledningar Bollstabruk", 14.2, 8.0, 0.0),
        ("Gång- och cykelväg Nyland", 3.6, 0.0, 0.0),
        ("Energieffektivisering kommunala lokaler", 5.0, 5.0, 5.0),
        ("IT-infrastruktur", 4.0, 4.0, 4.0),
        ("Fordon och maskiner", 2.8, 2.5, 2.5),
        ("Ombyggnad räddningsstation Bollstabruk", 10.0, 2.0, 0.0),
    ]),
    ("Barn- och utbildningsnämnden", [
        ("Inventarier skolor och förskolor", 2.5, 2.5, 2.5),
        ("Digitala verktyg elever", 1.8, 1.5, 1.5),
        ("Skolgård Ådalsskolan", 3.0, 0.0, 0.0),
    ]),
    ("Socialnämnden", [
        ("Trygghetslarm och välfärdsteknik", 2.2, 1.0, 1.0),
        ("Inventarier särskilda boenden", 1.4, 1.4, 1.4),
        ("Sängar och lyftar", 0.9, 0.9, 0.9),
    ]),
    ("Kultur- och fritidsnämnden", [
        ("Konstgräsplan Kramfors IP", 6.5, 0.0, 0.0),
        ("Upprustning elljusspår", 0.8, 0.6, 0.0),
    ]),
    ("Bygg- och miljönämnden", [
        ("Verksamhetssystem bygglov", 0.6, 0.0, 0.0),
    ]),
]

# Delårsrapport: prognosavvikelse per nämnd 2024 (mnkr)
AVVIK = {
    "Kommunstyrelsen": 3.1,
    "Barn- och utbildningsnämnden": -2.6,
    "Socialnämnden": -14.3,
    "Bygg- och miljönämnden": 0.4,
    "Kultur- och fritidsnämnden": 0.6,
    "Överförmyndarnämnden": -0.3,
    "Revisionen": 0.0,
    "Valnämnden": 0.1,
}
FINANS_AVVIK = 7.5


def inv_sums():
    out = []
    for nm, projs in INVEST:
        s = [round(sum(p[i] for p in projs), 1) for i in (1, 2, 3)]
        out.append((nm, s))
    tot = [round(sum(s[i] for _, s in out), 1) for i in range(3)]
    return out, tot


def budget_pdf(path):
    pdf = Doc("Mål och budget 2025 med plan för 2026–2027", "Kramfors kommun",
              "Antagen av kommunfullmäktige 2024-11-25, § 112")
    # page 1: cover
    pdf.add_page()
    pdf.set_y(70)
    pdf.set_font("DV", "B", 26)
    pdf.multi_cell(0, 12, "Mål och budget 2025\nmed plan för 2026–2027", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.set_font("DV", "", 13)
    pdf.multi_cell(0, 7, "Kramfors kommun", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(40)
    pdf.set_font("DV", "", 10)
    pdf.multi_cell(0, 6, "Antagen av kommunfullmäktige 2024-11-25, § 112\nDiarienummer KS 2024/000312", align="C", new_x="LMARGIN", new_y="NEXT")

    # page 2: innehåll
    pdf.add_page()
    pdf.h1("Innehåll")
    pdf.set_font("DV", "", 10)
    for t, p in [("Kommunstyrelsens ordförande har ordet", 3), ("Förutsättningar och omvärld", 4),
                 ("Vision och målområden", 5), ("Finansiella mål", 6), ("Skattesats och besparingar", 7),
                 ("Resultatbudget", 8), ("Balansbudget", 9), ("Driftbudget per nämnd", 10),
                 ("Investeringsbudget", 11), ("Nämndernas uppdrag 2025", 13), ("Ord och begrepp", 14)]:
        pdf.cell(150, 6, t)
        pdf.cell(0, 6, str(p), align="R")
        pdf.ln(6)

    # page 3: förord
    pdf.add_page()
    pdf.h1("Kommunstyrelsens ordförande har ordet")
    pdf.para("Kramfors står inför flera år med en befolkning som blir äldre och färre i arbetsför ålder. "
             "Samtidigt ser vi en växande framtidstro i Ådalen, med nya etableringar inom skog, energi och "
             "besöksnäring längs Höga Kusten. Budgeten för 2025 är skriven för att vi ska klara båda delarna: "
             "värna välfärdens kärna och samtidigt ha råd att investera i framtiden.")
    pdf.para("Skattesatsen lämnas oförändrad på 22,84 kronor per skattekrona. Vi har valt att inte höja "
             "skatten, trots att kostnaderna för pensioner och räntor fortsätter att öka. I stället ställer vi "
             "krav på effektivisering i hela organisationen.")
    pdf.para("Årets resultat budgeteras till 35,5 miljoner kronor, vilket motsvarar 2,7 procent av "
             "skatteintäkter och generella statsbidrag. Det är över vårt finansiella mål och ger utrymme att "
             "finansiera en större del av investeringarna med egna medel.")
    pdf.para("Socialnämnden tillförs 4,7 miljoner kronor för att möta ökade volymer inom hemtjänsten. "
             "Barn- och utbildningsnämnden får full kompensation för löneökningar, och vi avsätter "
             "700 000 kronor till feriearbeten så att fler ungdomar får sitt första sommarjobb.")
    pdf.para("Den största investeringen under perioden är den nya förskolan i Gudmundrå som ersätter två äldre "
             "avdelningar. Vi fortsätter också ombyggnaden av simhallen och förnyelsen av vatten- och "
             "avloppsledningarna i Bollstabruk.")
    pdf.para("Jag vill tacka alla medarbetare för det arbete ni gör varje dag för Kramforsborna.")
    pdf.para("Mikael Westberg (S)\nKommunstyrelsens ordförande")

    # page 4: omvärld
    pdf.add_page()
    pdf.h1("Förutsättningar och omvärld")
    pdf.h2("Samhällsekonomin")
    pdf.para("Svensk ekonomi återhämtar sig långsamt efter två år med hög inflation. Sveriges Kommuner och "
             "Regioner (SKR) bedömer i sin oktoberprognos att skatteunderlaget växer med 4,1 procent 2025. "
             "Räntorna har börjat sjunka men ligger fortfarande på en högre nivå än under föregående decennium.")
    pdf.para("Budgeten bygger på SKR:s skatteunderlagsprognos från oktober 2024 och på ett antagande om "
             "17 950 invånare den 1 november 2024. Varje förändring av invånarantalet med 100 personer påverkar "
             "skatteintäkter och utjämning med cirka 6,1 miljoner kronor.")
    pdf.h2("Befolkning")
    pdf.para("Kramfors befolkning har minskat under de senaste tio åren. Minskningen har dock avtagit, och "
             "inflyttningen från utlandet och från andra delar av landet har ökat. Andelen invånare över 80 år "
             "väntas öka från 8,9 procent till 10,4 procent fram till 2030.")
    pdf.h2("Pensioner och personal")
    pdf.para("Pensionskostnaderna ökar kraftigt 2025 till följd av det nya pensionsavtalet AKAP-KR och höga "
             "avgiftsbestämda avsättningar. Kommunen har ungefär 1 480 tillsvidareanställda. Lönerevisionen "
             "har budgeterats med 3,2 procent för 2025.")
    pdf.h2("Risker")
    pdf.bullets(["Lägre skatteunderlag om arbetslösheten stiger mer än väntat.",
                 "Fortsatt höga kostnader för externa placeringar inom individ- och familjeomsorgen.",
                 "Kostnadsökningar i investeringsprojekt på grund av entreprenadpriser."])

    # page 5: vision och målområden
    pdf.add_page()
    pdf.h1("Vision och målområden")
    pdf.para("Kommunens vision är \"Kramfors – mitt i Höga Kusten, där livet får ta plats\". Visionen bryts ned i "
             "fyra målområden som gäller för mandatperioden 2023–2026.")
    for t, d in [("1. Livskvalitet och trygghet", "Invånarna ska uppleva trygghet och god service genom hela livet. "
                  "Andelen brukare som är nöjda med hemtjänsten ska vara minst 90 procent."),
                 ("2. Lärande och utbildning", "Andelen elever i årskurs 9 som är behöriga till gymnasiets "
                  "yrkesprogram ska öka till minst 85 procent 2026."),
                 ("3. Hållbar utveckling och attraktivitet", "Kommunens egna utsläpp av växthusgaser ska minska "
                  "med 5 procent per år. Antalet nya företag ska öka."),
                 ("4. Attraktiv arbetsgivare och effektiv organisation", "Sjukfrånvaron ska understiga 7,0 procent "
                  "och andelen heltidsanställda ska vara minst 85 procent.")]:
        pdf.h3(t)
        pdf.para(d)
    pdf.para("Nämnderna ska i sina verksamhetsplaner ange hur de bidrar till målområdena. Uppföljning sker i "
             "delårsrapporten per den 31 augusti och i årsredovisningen.")

    # page 6: finansiella mål
    pdf.add_page()
    pdf.h1("Finansiella mål")
    pdf.para("Kommunfullmäktige har fastställt tre finansiella mål för god ekonomisk hushållning:")
    pdf.bullets(["Årets resultat ska uppgå till minst 2,0 procent av skatteintäkter och generella statsbidrag.",
                 "Nettoinvesteringarna ska till minst 70 procent finansieras med egna medel (självfinansieringsgrad).",
                 "Soliditeten inklusive hela pensionsåtagandet ska förbättras varje år."])
    pdf.para("Med ett budgeterat resultat på 35,5 miljoner kronor uppfylls resultatmålet 2025. Planåren ligger "
             "också över målnivån. Självfinansieringsgraden av investeringarna beräknas till 78 procent 2025.")
    pdf.para("Låneskulden beräknas öka med 40 miljoner kronor under 2025 och uppgå till 610 miljoner kronor vid "
             "årets slut. Kommunens lån tas upp via Kommuninvest.")
    pdf.h2("Resultatutjämningsreserv")
    pdf.para("Kommunen har en resultatutjämningsreserv (RUR) på 42,0 miljoner kronor. Ingen disposition av "
             "reserven planeras under budgetperioden.")

    # page 7: skattesats och besparingar
    pdf.add_page()
    pdf.h1("Skattesats och besparingar")
    pdf.para("Den kommunala skattesatsen för 2025 fastställs till 22,84 kronor, oförändrat jämfört med 2024. "
             "Tillsammans med regionens skattesats blir den totala skattesatsen 34,47 kronor.")
    pdf.h2("Effektiviseringar")
    pdf.para("Samtliga nämnder får ett generellt effektiviseringskrav på 1,0 procent av nettokostnaden, vilket "
             "totalt motsvarar 11,8 miljoner kronor 2025. Därutöver genomförs följande riktade åtgärder:")
    pdf.bullets(["Kommunstyrelsen minskar lokalytan med 3 000 kvadratmeter genom samlokalisering, vilket ger "
                 "en besparing på 2,4 miljoner kronor per år.",
                 "Barn- och utbildningsnämnden slår samman två skolenheter i Nordingrå från höstterminen 2025, "
                 "vilket sparar 3,2 miljoner kronor per år från 2026.",
                 "Socialnämnden ska minska kostnaderna för externa placeringar med 5,0 miljoner kronor genom "
                 "utökad öppenvård på hemmaplan.",
                 "Kultur- och fritidsnämnden ser över öppettiderna på biblioteksfilialerna."])
    pdf.h2("Satsningar")
    pdf.para("Utöver tillskottet till hemtjänsten satsas 1,5 miljoner kronor på ett nytt lärcentrum för "
             "vuxenutbildning och 0,9 miljoner kronor på förebyggande arbete mot psykisk ohälsa bland unga.")

    # page 8: resultatbudget
    pdf.add_page()
    pdf.h1("Resultatbudget")
    pdf.para("Resultatbudgeten visar kommunens samlade intäkter och kostnader. Prognosen för 2024 bygger på "
             "delårsrapporten per den 31 augusti 2024.")
    hdr = [["", "Bokslut", "Prognos", "Budget", "Plan", "Plan"],
           ["Belopp i mnkr", "2023", "2024", "2025", "2026", "2027"]]
    w = [62, 21.6, 21.6, 21.6, 21.6, 21.6]
    rows = []
    for lab, key in [("Verksamhetens intäkter", "int"), ("Verksamhetens kostnader", "kost"),
                     ("Avskrivningar", "avs")]:
        rows.append(([lab] + [fmt(v) for v in RB[key]], ""))
    rows.append((["Verksamhetens nettokostnader"] + [fmt(v) for v in RB["netto"]], "sum"))
    for lab, key in [("Skatteintäkter", "skatt"), ("Generella statsbidrag och utjämning", "stb")]:
        rows.append(([lab] + [fmt(v) for v in RB[key]], ""))
    rows.append((["Verksamhetens resultat"] + [fmt(v) for v in RB["vres"]], "sum"))
    for lab, key in [("Finansiella intäkter", "finint"), ("Finansiella kostnader", "finkost")]:
        rows.append(([lab] + [fmt(v) for v in RB[key]], ""))
    rows.append((["Resultat efter finansiella poster"] + [fmt(v) for v in RB["res"]], "sum"))
    rows.append((["Årets resultat"] + [fmt(v) for v in RB["res"]], "sum"))
    rows.append((["Resultat i % av skatter och bidrag"] + [fmt(v) for v in RB["pct"]], ""))
    pdf.table(hdr, rows, w, caption="Tabell 1. Resultatbudget")
    pdf.note("Prognos 2024 enligt delårsrapport januari–augusti 2024. Budget 2024 uppgick till ett resultat "
             "på 28,0 mnkr.")

    # page 9: balansbudget
    pdf.add_page()
    pdf.h1("Balansbudget")
    anl = [1582.4, 1645.9, 1706.6, 1748.2]
    oms = [212.6, 196.3, 190.1, 188.4]
    ek = [742.5, 800.5, 836.8, 875.7]
    avs = [96.4, 101.2, 106.0, 110.5]
    lang = [530.0, 610.0, 640.0, 640.0]
    kort = [round(a + o - e - p - l, 1) for a, o, e, p, l in zip(anl, oms, ek, avs, lang)]
    hdr = [["", "", "Bokslut", "Budget", "Plan", "Plan"], ["Belopp i mnkr", "Not", "2023", "2025", "2026", "2027"]]
    w = [70, 12, 22, 22, 22, 22]
    rows = [(["Tillgångar"], "section"),
            (["Anläggningstillgångar", "1"] + [fmt(v) for v in anl], ""),
            (["Omsättningstillgångar", "2"] + [fmt(v) for v in oms], ""),
            (["Summa tillgångar", ""] + [fmt(a + o) for a, o in zip(anl, oms)], "sum"),
            (["Eget kapital, avsättningar och skulder"], "section"),
            (["Eget kapital", "3"] + [fmt(v) for v in ek], ""),
            (["  varav årets resultat", ""] + [fmt(v) for v in [RB["res"][0]] + RB["res"][2:]], ""),
            (["Avsättningar för pensioner", "4"] + [fmt(v) for v in avs], ""),
            (["Långfristiga skulder", "5"] + [fmt(v) for v in lang], ""),
            (["Kortfristiga skulder", ""] + [fmt(v) for v in kort], ""),
            (["Summa eget kapital, avsättningar och skulder", ""] +
             [fmt(a + o) for a, o in zip(anl, oms)], "sum")]
    pdf.table(hdr, rows, w, caption="Tabell 2. Balansbudget")
    pdf.note("Not 1–5: se noter i årsredovisning 2023. Långfristiga skulder avser lån hos Kommuninvest.")
    pdf.para("Soliditeten, det vill säga eget kapital i förhållande till totala tillgångar, beräknas till 43,6 "
             "procent vid utgången av 2025. Inklusive ansvarsförbindelsen för pensioner intjänade före 1998 "
             "beräknas soliditeten till 21,8 procent.")

    # page 10: driftbudget (landscape)
    pdf.add_page(orientation="L")
    pdf.h1("Driftbudget per nämnd")
    pdf.para("Tabellen visar nämndernas nettokostnadsramar. Ramarna för 2025 inkluderar kompensation för "
             "löneökningar och prisuppräkning samt effektiviseringskravet på 1,0 procent.")
    hdr = [["", "Budget", "Budget", "Förändring", "Förändring", "Budget 2025"],
           ["Nettokostnad, mnkr", "2024", "2025", "mnkr", "%", "kr per invånare"]]
    w = [90, 28, 28, 32, 30, 40]
    rows = []
    s24 = s25 = 0
    for nm, b24, b25 in NAMNDER:
        s24 += b24
        s25 += b25
        rows.append(([nm, fmt(b24), fmt(b25), fmt(b25 - b24), fmt(100 * (b25 - b24) / b24),
                      fmt(b25 * 1e6 / INV_2025, 0)], ""))
    rows.append((["Summa nämnder", fmt(s24), fmt(s25), fmt(s25 - s24), fmt(100 * (s25 - s24) / s24),
                  fmt(s25 * 1e6 / INV_2025, 0)], "sum"))
    f24 = BUDGET2024_NETTO - s24
    f25 = -RB["netto"][2] - s25
    rows.append((["Finansförvaltning (pensioner, kapitalkostnader m.m.)", fmt(f24), fmt(f25), fmt(f25 - f24),
                  fmt(100 * (f25 - f24) / f24), fmt(f25 * 1e6 / INV_2025, 0)], ""))
    rows.append((["Verksamhetens nettokostnader", fmt(BUDGET2024_NETTO), fmt(-RB["netto"][2]),
                  fmt(-RB["netto"][2] - BUDGET2024_NETTO),
                  fmt(100 * (-RB["netto"][2] - BUDGET2024_NETTO) / BUDGET2024_NETTO),
                  fmt(-RB["netto"][2] * 1e6 / INV_2025, 0)], "sum"))
    pdf.table(hdr, rows, w, caption="Tabell 3. Driftbudget per nämnd")
    pdf.note("Kr per invånare beräknat på 17 950 invånare. Valnämndens utökade ram 2025 avser "
             "förberedelser inför de allmänna valen 2026.")

    # page 11-12: investeringsbudget, continued
    pdf.add_page(orientation="P")
    pdf.h1("Investeringsbudget")
    sums, tot = inv_sums()
    pdf.para(f"Investeringsbudgeten för 2025 omfattar totalt {fmt(tot[0])} miljoner kronor. Under planperioden "
             f"2025–2027 planeras investeringar för sammanlagt {fmt(sum(tot))} miljoner kronor. "
             "Den nya förskolan i Gudmundrå beräknas kosta totalt 62 miljoner kronor och tas i bruk hösten 2026.")
    hdr = [["", "Budget", "Plan", "Plan", "Totalt"], ["Belopp i mnkr", "2025", "2026", "2027", "2025–2027"]]
    w = [86, 21, 21, 21, 21]

    def block(nm, projs, s):
        r = [([nm], "section")]
        for p, a, b, c in projs:
            r.append(([p, fmt(a), fmt(b), fmt(c), fmt(a + b + c)], ""))
        r.append(([f"Summa {nm.lower()}", fmt(s[0]), fmt(s[1]), fmt(s[2]), fmt(sum(s))], "sum"))
        return r

    rows = block(INVEST[0][0], INVEST[0][1], sums[0][1])
    pdf.table(hdr, rows, w, caption="Tabell 4. Investeringsbudget per nämnd och projekt")
    pdf.para("Investeringarna inom vatten och avlopp finansieras via VA-taxan. Gång- och cykelvägen i Nyland "
             "delfinansieras med statlig medfinansiering från Trafikverket på 1,8 miljoner kronor.")
    pdf.add_page()
    pdf.h2("Investeringsbudget (forts.)")
    rows = []
    for (nm, projs), (_, s) in zip(INVEST[1:], sums[1:]):
        rows += block(nm, projs, s)
    rows.append((["Totalt investeringar", fmt(tot[0]), fmt(tot[1]), fmt(tot[2]), fmt(sum(tot))], "sum"))
    pdf.table(hdr, rows, w, caption="Tabell 4 (forts.). Investeringsbudget per nämnd och projekt")
    pdf.note("Projekt som inte påbörjats före den 30 juni 2025 ska prövas på nytt av kommunstyrelsen.")

    # page 13-14: nämndernas uppdrag
    pdf.add_page()
    pdf.h1("Nämndernas uppdrag 2025")
    texts = [
        ("Kommunstyrelsen", "Kommunstyrelsen leder och samordnar kommunens verksamhet och ansvarar för "
         "näringslivsfrågor, fysisk planering, gator och vägar, vatten och avlopp samt räddningstjänst. "
         "Under 2025 ska en ny översiktsplan tas fram och en lokalförsörjningsplan för 2025–2035 beslutas."),
        ("Barn- och utbildningsnämnden", "Nämnden ansvarar för förskola, grundskola, gymnasieskola och "
         "vuxenutbildning. Ådalsskolan tar emot cirka 620 gymnasieelever. Nämnden ska under året genomföra "
         "sammanslagningen av skolenheterna i Nordingrå och starta ett lärcentrum för vuxenutbildning."),
        ("Socialnämnden", "Socialnämnden ansvarar för äldreomsorg, stöd till personer med funktionsnedsättning "
         "samt individ- och familjeomsorg. Nämnden ska utveckla hemtjänsten med ny planeringsteknik och "
         "minska beroendet av bemanningsföretag inom sjuksköterskeområdet."),
        ("Bygg- och miljönämnden", "Nämnden handlägger bygglov och utövar tillsyn enligt miljöbalken och "
         "livsmedelslagen. Handläggningstiden för bygglov ska understiga fem veckor."),
        ("Kultur- och fritidsnämnden", "Nämnden ansvarar för bibliotek, kulturskola, fritidsgårdar och "
         "idrottsanläggningar. Konstgräsplanen på Kramfors IP ska vara klar till säsongen 2025."),
        ("Överförmyndarnämnden", "Nämnden utövar tillsyn över gode män och förvaltare. Antalet ärenden har "
         "ökat med 6 procent under 2024."),
    ]
    for h, t in texts:
        pdf.h2(h)
        pdf.para(t)
        pdf.para("Uppföljning sker genom månadsrapporter till kommunstyrelsen, delårsrapport och "
                 "årsredovisning. Nämnden ska vidta åtgärder om prognosen visar ett underskott.")

    # page 15: ord och begrepp
    pdf.add_page()
    pdf.h1("Ord och begrepp")
    for t, d in [("Avskrivning", "Planmässig värdeminskning av anläggningstillgångar."),
                 ("Balansbudget", "Visar kommunens planerade tillgångar, skulder och eget kapital vid årets slut."),
                 ("Generella statsbidrag", "Bidrag från staten som inte är knutna till en viss verksamhet."),
                 ("Nettokostnad", "Kostnader minus avgifter, bidrag och andra intäkter."),
                 ("Resultatutjämningsreserv", "Reserv av eget kapital som får användas för att utjämna "
                  "intäkter över en konjunkturcykel."),
                 ("Soliditet", "Eget kapital i förhållande till totala tillgångar."),
                 ("Självfinansieringsgrad", "Andel av investeringarna som finansieras med egna medel.")]:
        pdf.h3(t)
        pdf.para(d)
    pdf.output(path)


def delar_pdf(path):
    pdf = Doc("Delårsrapport januari–augusti 2024", "Kramfors kommun", "Kramfors kommun – delårsrapport 2024")
    pdf.add_page()
    pdf.set_y(80)
    pdf.set_font("DV", "B", 24)
    pdf.multi_cell(0, 12, "Delårsrapport\njanuari–augusti 2024", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    pdf.set_font("DV", "", 12)
    pdf.multi_cell(0, 7, "Kramfors kommun\nBehandlad av kommunfullmäktige 2024-10-28, § 98", align="C", new_x="LMARGIN", new_y="NEXT")

    pdf.add_page()
    pdf.h1("Sammanfattning")
    pdf.para("Periodens resultat för januari–augusti 2024 uppgår till 41,7 miljoner kronor, jämfört med "
             "46,9 miljoner kronor samma period 2023. Resultatet för perioden påverkas positivt av att "
             "semesterlöneskulden minskar under sommaren.")
    pdf.para("Helårsprognosen pekar mot ett resultat på 22,5 miljoner kronor, vilket är 5,5 miljoner kronor "
             "lägre än budget. Nämnderna prognostiserar tillsammans ett underskott om 13,0 miljoner kronor, "
             "medan finansförvaltningen inklusive skatteintäkter och finansnetto väntas visa ett överskott på "
             "7,5 miljoner kronor tack vare högre generella statsbidrag och lägre pensionskostnader.")
    pdf.para("Socialnämnden prognostiserar ett underskott på -14,3 miljoner kronor. Underskottet beror främst på "
             "kostnader för placeringar av barn och unga, som överskrider budget med 9,8 miljoner kronor, samt "
             "på ökade volymer inom hemtjänsten.")
    pdf.para("Det finansiella målet om ett resultat på minst 2,0 procent av skatteintäkter och generella "
             "statsbidrag bedöms inte uppnås 2024. Prognosen motsvarar 1,7 procent.")
    pdf.h2("Viktiga händelser under perioden")
    pdf.bullets(["Byggstart för den nya förskolan i Gudmundrå skedde i maj.",
                 "Kommunen tecknade avtal med en ny leverantör av skolskjuts från den 1 augusti.",
                 "Höga Kusten-bron stängdes för reparation under tre veckor i juni, vilket påverkade besöksnäringen.",
                 "Kommunfullmäktige beslutade om en ny strategi för heltidsarbete."])

    pdf.add_page()
    pdf.h1("Resultaträkning")
    hdr = [["", "Utfall", "Utfall", "Budget", "Prognos"],
           ["Belopp i mnkr", "jan–aug 2023", "jan–aug 2024", "2024", "2024"]]
    w = [62, 27, 27, 27, 27]
    p_int, p_kost, p_avs = [176.2, 181.4], [-917.2, -953.0], [-34.6, -36.9]
    p_sk, p_stb, p_fi, p_fk = [561.8, 587.6], [265.6, 270.6], [4.3, 3.9], [-9.2, -11.9]
    b = {"int": 268.0, "kost": -1455.0, "avs": -54.0, "skatt": 879.6, "stb": 402.4, "finint": 5.0,
         "finkost": -18.0}
    bnet = b["int"] + b["kost"] + b["avs"]
    bv = bnet + b["skatt"] + b["stb"]
    bres = bv + b["finint"] + b["finkost"]
    assert abs(bres - BUDGET2024_RES) < 0.01 and abs(-bnet - BUDGET2024_NETTO) < 0.01, (bres, bnet)
    pn = [round(a + k + s, 1) for a, k, s in zip(p_int, p_kost, p_avs)]
    pv = [round(n + s + g, 1) for n, s, g in zip(pn, p_sk, p_stb)]
    pr = [round(v + i + k, 1) for v, i, k in zip(pv, p_fi, p_fk)]
    assert pr == [46.9, 41.7], pr
    P = 1  # index of prognos 2024 in RB
    rows = [
        (["Verksamhetens intäkter", fmt(p_int[0]), fmt(p_int[1]), fmt(b["int"]), fmt(RB["int"][P])], ""),
        (["Verksamhetens kostnader", fmt(p_kost[0]), fmt(p_kost[1]), fmt(b["kost"]), fmt(RB["kost"][P])], ""),
        (["Avskrivningar", fmt(p_avs[0]), fmt(p_avs[1]), fmt(b["avs"]), fmt(RB["avs"][P])], ""),
        (["Verksamhetens nettokostnader", fmt(pn[0]), fmt(pn[1]), fmt(bnet), fmt(RB["netto"][P])], "sum"),
        (["Skatteintäkter", fmt(p_sk[0]), fmt(p_sk[1]), fmt(b["skatt"]), fmt(RB["skatt"][P])], ""),
        (["Generella statsbidrag och utjämning", fmt(p_stb[0]), fmt(p_stb[1]), fmt(b["stb"]), fmt(RB["stb"][P])], ""),
        (["Verksamhetens resultat", fmt(pv[0]), fmt(pv[1]), fmt(bv), fmt(RB["vres"][P])], "sum"),
        (["Finansiella intäkter", fmt(p_fi[0]), fmt(p_fi[1]), fmt(b["finint"]), fmt(RB["finint"][P])], ""),
        (["Finansiella kostnader", fmt(p_fk[0]), fmt(p_fk[1]), fmt(b["finkost"]), fmt(RB["finkost"][P])], ""),
        (["Periodens/årets resultat", fmt(pr[0]), fmt(pr[1]), fmt(bres), fmt(RB["res"][P])], "sum"),
    ]
    pdf.table(hdr, rows, w, caption="Resultaträkning för kommunen")

    pdf.h2("Nämndernas prognoser")
    hdr = [["", "Budget", "Prognos", "Avvikelse"], ["Nettokostnad, mnkr", "2024", "2024", "mot budget"]]
    w = [80, 30, 30, 30]
    rows = []
    tb = tp = ta = 0
    for nm, b24, _ in NAMNDER:
        a = AVVIK[nm]
        rows.append(([nm, fmt(b24), fmt(b24 - a), fmt(a)], ""))
        tb += b24
        tp += b24 - a
        ta += a
    rows.append((["Summa nämnder", fmt(tb), fmt(tp), fmt(ta)], "sum"))
    fb = BUDGET2024_NETTO - tb
    fa = 0.9
    rows.append((["Finansförvaltning", fmt(fb), fmt(fb - fa), fmt(fa)], ""))
    rows.append((["Verksamhetens nettokostnader", fmt(BUDGET2024_NETTO), fmt(BUDGET2024_NETTO - ta - fa),
                  fmt(ta + fa)], "sum"))
    assert abs(BUDGET2024_NETTO - ta - fa + RB["netto"][P]) < 0.01
    sk = (RB["skatt"][P] - b["skatt"]) + (RB["stb"][P] - b["stb"]) + (RB["finint"][P] - b["finint"]) + \
        (RB["finkost"][P] - b["finkost"])
    assert abs(ta + fa + sk - (RB["res"][P] - BUDGET2024_RES)) < 0.01
    assert abs(fa + sk - FINANS_AVVIK) < 0.01
    rows.append((["Skatteintäkter, statsbidrag och finansnetto", "", "", fmt(sk)], ""))
    rows.append((["Avvikelse årets resultat", "", "", fmt(ta + fa + sk)], "sum"))
    pdf.table(hdr, rows, w, caption="Driftredovisning – prognos per nämnd")
    pdf.note("Positiv avvikelse innebär överskott mot budget, negativ avvikelse underskott.")

    pdf.add_page()
    pdf.h1("Investeringar")
    pdf.para("Nettoinvesteringarna uppgick till 54,2 miljoner kronor under januari–augusti. Budgeten för 2024 "
             "är 131,0 miljoner kronor inklusive ombudgeteringar från 2023. Helårsprognosen är 98,4 miljoner "
             "kronor, eftersom ombyggnaden av simhallen har försenats.")
    pdf.h1("Personal")
    pdf.para("Antalet tillsvidareanställda var 1 482 den 31 augusti 2024, vilket är 17 färre än ett år "
             "tidigare. Sjukfrånvaron under perioden var 7,6 procent, jämfört med 8,1 procent samma period "
             "föregående år.")
    pdf.h1("Måluppfyllelse")
    pdf.para("Av kommunfullmäktiges 12 verksamhetsmål bedöms 7 uppnås helt, 3 delvis och 2 inte uppnås under "
             "2024. Målet om sjukfrånvaro under 7,0 procent bedöms inte nås.")
    pdf.h1("Balanskravsresultat")
    pdf.para("Balanskravsresultatet beräknas till 20,9 miljoner kronor efter justering för realisationsvinster "
             "på 1,6 miljoner kronor. Kommunen uppfyller därmed balanskravet.")
    pdf.output(path)


def html_page(path):
    rows = [("Äldreomsorg", 24), ("Grundskola inklusive förskoleklass och fritidshem", 19),
            ("Stöd till personer med funktionsnedsättning", 11), ("Förskola", 9), ("Gymnasieskola", 8),
            ("Individ- och familjeomsorg", 7), ("Politisk verksamhet och administration", 6),
            ("Gator, vägar och parker", 4), ("Kultur och fritid", 3), ("Räddningstjänst", 2),
            ("Övrigt (näringsliv, planering, vuxenutbildning m.m.)", 7)]
    assert sum(r[1] for r in rows) == 100
    total = sum(n[2] for n in NAMNDER)
    trs = "\n".join(f"        <tr><td>{n}</td><td>{k}</td><td>{fmt(total * k / 100)}</td></tr>" for n, k in rows)
    html = f"""<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Så används din skatt - Kramfors kommun</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/static/css/main.css">
<script>window.dataLayer = window.dataLayer || [];</script>
</head>
<body>
<div id="cookie-banner" class="cookie-banner" role="dialog" aria-label="Kakor">
  <p>Vi använder kakor (cookies) för att webbplatsen ska fungera och för att förbättra den. <a href="/kakor">Läs mer om kakor</a></p>
  <button type="button">Godkänn alla</button> <button type="button">Endast nödvändiga</button>
</div>
<header class="site-header">
  <a class="logo" href="/">Kramfors kommun</a>
  <nav aria-label="Huvudmeny">
    <ul>
      <li><a href="/omsorg-och-stod">Omsorg och stöd</a></li>
      <li><a href="/utbildning-och-barnomsorg">Utbildning och barnomsorg</a></li>
      <li><a href="/bygga-bo-och-miljo">Bygga, bo och miljö</a></li>
      <li><a href="/kultur-och-fritid">Kultur och fritid</a></li>
      <li><a href="/kommun-och-politik">Kommun och politik</a></li>
    </ul>
  </nav>
  <form role="search"><input type="search" placeholder="Sök på kramfors.se"></form>
</header>
<nav class="breadcrumbs">Startsida &gt; Kommun och politik &gt; Ekonomi &gt; Så används din skatt</nav>
<main>
  <article>
    <h1>Så används din skatt</h1>
    <p class="ingress">Kommunalskatten är kommunens viktigaste inkomstkälla. Här kan du se hur varje hundralapp du betalar i kommunalskatt fördelas mellan kommunens verksamheter 2025.</p>
    <p>Kommunalskatten i Kramfors är 22,84 kronor per hundralapp 2025. Till det kommer regionskatten till Region Västernorrland på 11,63 kronor. Den som tjänar 30 000 kronor i månaden betalar alltså ungefär 6 852 kronor i kommunalskatt per månad.</p>
    <p>Utöver skatten finansieras verksamheten av statsbidrag, avgifter och hyror. Skatten och de generella statsbidragen står tillsammans för ungefär 83 procent av kommunens intäkter.</p>
    <h2>Så fördelas 100 kronor i kommunalskatt</h2>
    <table class="table">
      <thead>
        <tr><th>Verksamhet</th><th>Kronor av 100</th><th>Nettokostnad 2025, mnkr</th></tr>
      </thead>
      <tbody>
{trs}
        <tr><td>Totalt</td><td>100</td><td>{fmt(total)}</td></tr>
      </tbody>
    </table>
    <p class="small">Källa: Mål och budget 2025, nämndernas nettokostnadsramar. Fördelningen är avrundad till hela kronor.</p>
    <h2>Vill du veta mer?</h2>
    <p>Hela budgetdokumentet Mål och budget 2025 med plan för 2026–2027 finns under Ekonomi. Har du frågor om kommunens ekonomi kan du kontakta ekonomichef Sara Lindqvist via kommunens kontaktcenter.</p>
    <p class="meta">Publicerad 2024-12-05. Senast uppdaterad 2025-01-14.</p>
  </article>
</main>
<footer class="site-footer">
  <p>Kramfors kommun, 872 80 Kramfors. Besöksadress: Torggatan 6. Telefon: 0612-800 00.</p>
  <p><a href="/tillganglighet">Tillgänglighetsredogörelse</a> | <a href="/personuppgifter">Personuppgifter</a> | <a href="/kakor">Om kakor</a></p>
  <p>Organisationsnummer: 212000-2460</p>
</footer>
</body>
</html>
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(html)


def protokoll_docx(path):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    d.add_heading("Sammanträdesprotokoll", level=1)
    d.add_paragraph("Kommunstyrelsen, Kramfors kommun")
    d.add_paragraph("Sammanträdesdatum: 2024-10-29")
    d.add_paragraph("Plats och tid: Sammanträdesrummet Ådalen, kommunhuset, kl. 09.00–12.15")
    d.add_paragraph("Beslutande: Mikael Westberg (S), ordförande, Karin Nordin (S), Per-Erik Ek (S), "
                    "Lena Sjöström (V), Anders Holm (C), Maria Wallin (S), Tomas Berglund (S), "
                    "Elin Hägglund (M), Jonas Strand (M), Bertil Nyman (SD), Ulla Forsberg (KD), "
                    "Håkan Lindgren (SD), Ewa Persson (C)")
    d.add_paragraph("Övriga deltagare: Johan Edlund, kommundirektör; Sara Lindqvist, ekonomichef")
    d.add_paragraph("Justerare: Anders Holm (C). Justeringens plats och tid: Kommunhuset 2024-11-01")

    d.add_heading("§ 138 Val av justerare", level=2)
    d.add_paragraph("Kommunstyrelsen utser Anders Holm (C) att jämte ordföranden justera dagens protokoll.")

    d.add_heading("§ 139 Mål och budget 2025 med plan för 2026–2027", level=2)
    d.add_paragraph("Dnr KS 2024/000312")
    d.add_paragraph("Ärendebeskrivning: Ekonomiavdelningen har tagit fram förslag till Mål och budget 2025 med plan "
                    "för 2026–2027. Förslaget innebär en oförändrad skattesats på 22,84 kronor, ett budgeterat "
                    "resultat på 35,5 miljoner kronor och en investeringsbudget på 119,3 miljoner kronor för 2025.")
    d.add_paragraph("Yrkanden: Mikael Westberg (S) yrkar bifall till förslaget. Elin Hägglund (M) yrkar, med "
                    "instämmande av Bertil Nyman (SD) och Ulla Forsberg (KD), bifall till Moderaternas, "
                    "Sverigedemokraternas och Kristdemokraternas gemensamma budgetförslag med en skattesats på "
                    "22,59 kronor.")
    d.add_paragraph("Omröstning: Ordföranden ställer förslagen mot varandra. Omröstning begärs och verkställs. "
                    "Ja-röst för Westbergs förslag, nej-röst för Hägglunds förslag. Med 8 ja-röster mot 5 nej-röster "
                    "beslutar kommunstyrelsen enligt Westbergs förslag.")
    d.add_paragraph("Kommunstyrelsens förslag till kommunfullmäktige:")
    d.add_paragraph("1. Skattesatsen för 2025 fastställs till 22,84 kronor.", style="List Number")
    d.add_paragraph("2. Mål och budget 2025 med plan för 2026–2027 fastställs.", style="List Number")
    d.add_paragraph("3. Kommunstyrelsen får under 2025 nyupplåna 40 miljoner kronor.", style="List Number")
    d.add_paragraph("Reservation: Elin Hägglund (M), Jonas Strand (M), Bertil Nyman (SD), Håkan Lindgren (SD) och "
                    "Ulla Forsberg (KD) reserverar sig mot beslutet till förmån för eget förslag.")

    d.add_heading("§ 140 Taxor för vatten och avlopp 2025", level=2)
    d.add_paragraph("Dnr KS 2024/000287")
    d.add_paragraph("Ärendebeskrivning: VA-verksamheten behöver ökade intäkter för att finansiera förnyelsen av "
                    "ledningsnätet, bland annat i Bollstabruk. Förvaltningen föreslår att brukningsavgifterna "
                    "höjs med i genomsnitt 8 procent från den 1 januari 2025.")
    docx_table(d, ["Avgift (kr inkl. moms)", "2024", "2025", "Förändring %"], [
        ["Fast avgift per år, villa", "5 240", "5 660", "8,0"],
        ["Avgift per kubikmeter vatten", "32,50", "35,10", "8,0"],
        ["Fast avgift per lägenhet och år", "2 890", "3 120", "8,0"],
        ["Dagvattenavgift per år, villa", "980", "1 060", "8,2"],
        ["Anläggningsavgift, villa", "186 000", "198 000", "6,5"],
    ])
    d.add_paragraph("")
    d.add_paragraph("Beslut: Kommunstyrelsen föreslår kommunfullmäktige att anta taxor för vatten och avlopp 2025 "
                    "enligt förvaltningens förslag. Beslutet är enhälligt.")

    d.add_heading("§ 141 Försäljning av fastigheten Kramfors Gumsen 3:12", level=2)
    d.add_paragraph("Dnr KS 2024/000301")
    d.add_paragraph("Ärendebeskrivning: Kommunen har fått ett bud på fastigheten Gumsen 3:12 från Ådalens "
                    "Snickeri AB. Fastigheten har ett bokfört värde på 0,9 miljoner kronor.")
    d.add_paragraph("Beslut: Kommunstyrelsen beslutar att sälja fastigheten Kramfors Gumsen 3:12 till Ådalens "
                    "Snickeri AB för 1 450 000 kronor. Tillträde sker den 1 februari 2025.")

    d.add_heading("§ 142 Ansökan om medel ur kommunstyrelsens utvecklingsmedel", level=2)
    d.add_paragraph("Föreningen Höga Kusten Event ansöker om 250 000 kronor till evenemanget Ådalsdagarna 2025.")
    d.add_paragraph("Beslut: Kommunstyrelsen beviljar 180 000 kronor ur kommunstyrelsens utvecklingsmedel. "
                    "Lena Sjöström (V) anmäler protokollsanteckning.")
    d.add_paragraph("Vid protokollet: Anna Berg, sekreterare")
    d.add_paragraph("Ordförande: Mikael Westberg   Justerare: Anders Holm")
    save_docx(d, path, "Protokoll kommunstyrelsen 2024-10-29", "Kramfors kommun")


def stats_xlsx(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Befolkning"
    ws["A1"] = "Kramfors kommun – befolkningsutveckling 2018–2024"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Antal personer. Folkmängd per den 31 december."
    hdr = ["År", "Folkmängd", "Födda", "Döda", "Inflyttade", "Utflyttade", "Födelsenetto", "Flyttnetto"]
    ws.append([])
    ws.append(hdr)
    for c in ws[4]:
        c.font = Font(bold=True)
    pop = 18440
    data = [(2018, 142, 268, 812, 791), (2019, 139, 255, 845, 820), (2020, 131, 281, 768, 752),
            (2021, 136, 262, 874, 803), (2022, 128, 274, 905, 842), (2023, 125, 259, 921, 858),
            (2024, 121, 266, 884, 832)]
    pops = {}
    for y, f, dd, i, u in data:
        if y > 2018:
            pop = pop + f - dd + i - u
        pops[y] = pop
        ws.append([y, pop, f, dd, i, u, f - dd, i - u])
    ws.append([])
    ws.append(["Källa: SCB, befolkningsstatistik. 2018 anges folkmängden enligt SCB; därefter beräknad."])
    ws.column_dimensions["A"].width = 10
    for col in "BCDEFGH":
        ws.column_dimensions[col].width = 13

    ws2 = wb.create_sheet("Kostnad per invånare")
    ws2["A1"] = "Nettokostnad per invånare för vissa verksamheter"
    ws2["A1"].font = Font(bold=True, size=13)
    ws2["A2"] = "Kronor per invånare, löpande priser"
    ws2.append([])
    ws2.append(["Verksamhet", "2022", "2023", "2024", "Riket 2024"])
    for c in ws2[4]:
        c.font = Font(bold=True)
    rows = [("Förskola", 10410, 10985, 11420, 12850), ("Grundskola", 18230, 19110, 19870, 17640),
            ("Gymnasieskola", 8120, 8540, 8910, 7480), ("Äldreomsorg", 27150, 28720, 30140, 24380),
            ("Funktionsnedsättning (LSS/SFB)", 12480, 13260, 13890, 10950),
            ("Individ- och familjeomsorg", 7480, 8010, 8760, 6720), ("Kultur", 1890, 1950, 2010, 2240),
            ("Fritid", 1320, 1365, 1410, 1580), ("Räddningstjänst", 1510, 1570, 1640, 1120)]
    for r in rows:
        ws2.append(list(r))
    ws2.append([])
    ws2.append(["Källa: Kolada/RS, egna beräkningar. Riket = vägt medel för Sveriges kommuner."])
    ws2.column_dimensions["A"].width = 34
    save_xlsx(wb, path, "Befolkning och nyckeltal", "Kramfors kommun")
    return pops


def press_md(path):
    txt = """# Kommunfullmäktige har antagit budget för 2025

**Pressmeddelande från Kramfors kommun, 2024-11-26**

Kommunfullmäktige i Kramfors antog på måndagskvällen Mål och budget 2025 med plan för 2026–2027. Skattesatsen lämnas oförändrad på 22,84 kronor. Budgeten röstades igenom med 26 röster mot 19.

Budgeten innebär ett resultat på 35,5 miljoner kronor för 2025. Investeringarna uppgår till 119,3 miljoner kronor, där den nya förskolan i Gudmundrå är det största projektet.

– Vi tar ansvar för ekonomin och prioriterar äldreomsorgen och skolan. Samtidigt satsar vi på att unga ska få jobb och framtidstro i Kramfors, säger Mikael Westberg (S), kommunstyrelsens ordförande.

## Det här innebär budgeten

- Socialnämnden får 4,7 miljoner kronor extra för hemtjänsten.
- 700 000 kronor går till feriearbeten för ungdomar sommaren 2025.
- Alla nämnder ska effektivisera med 1 procent, totalt 11,8 miljoner kronor.
- Två skolenheter i Nordingrå slås samman från hösten 2025.
- Konstgräsplanen på Kramfors IP blir klar till säsongen 2025.

Oppositionen, Moderaterna, Sverigedemokraterna och Kristdemokraterna, hade ett eget förslag med en skattesänkning på 25 öre till 22,59 kronor.

## Kontakt

Mikael Westberg (S), kommunstyrelsens ordförande, 0612-800 10
Sara Lindqvist, ekonomichef, 0612-800 45
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(txt)


def build(outdir):
    os.makedirs(outdir, exist_ok=True)
    budget_pdf(os.path.join(outdir, "mal-och-budget-2025-plan-2026-2027.pdf"))
    delar_pdf(os.path.join(outdir, "delarsrapport-januari-augusti-2024.pdf"))
    html_page(os.path.join(outdir, "sa-anvands-din-skatt.html"))
    protokoll_docx(os.path.join(outdir, "protokoll-kommunstyrelsen-2024-10-29.docx"))
    stats_xlsx(os.path.join(outdir, "befolkning-och-nyckeltal.xlsx"))
    press_md(os.path.join(outdir, "pressmeddelande-budget-2025.md"))
