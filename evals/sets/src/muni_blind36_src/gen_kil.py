"""Kil kommun: budget PDF, delårsrapport PDF, HTML, DOCX protokoll, XLSX statistik, MD pressmeddelande."""
import datetime, os
import docx
from docx.shared import Pt
import openpyxl
from openpyxl.styles import Font
from common import Doc, fmt, fix_zip

INV = 12150  # invånare 2025 (planeringsantagande)
YEARS = ["Bokslut 2023", "Prognos 2024", "Budget 2025", "Plan 2026", "Plan 2027"]

# --- Resultatbudget (mnkr) ---
RB = {
    "int": [198.4, 205.0, 209.6, 213.0, 216.4],
    "kost": [-1012.6, -1071.3, -1098.7, -1122.4, -1149.0],
    "avs": [-38.2, -41.5, -44.0, -46.3, -48.1],
    "skatt": [640.1, 668.9, 694.5, 718.2, 743.6],
    "gsb": [228.5, 241.2, 256.8, 262.9, 268.0],
    "fint": [4.1, 3.8, 3.5, 3.5, 3.5],
    "fkost": [-9.8, -12.4, -13.9, -15.1, -16.2],
}
NETK = [round(RB["int"][i] + RB["kost"][i] + RB["avs"][i], 1) for i in range(5)]
VRES = [round(NETK[i] + RB["skatt"][i] + RB["gsb"][i], 1) for i in range(5)]
RES = [round(VRES[i] + RB["fint"][i] + RB["fkost"][i], 1) for i in range(5)]

# --- Driftbudget per nämnd (tkr): budget 2024, budget 2025 ---
DRIFT = [
    ("Kommunfullmäktige", 1950, 2010),
    ("Revision", 1150, 1190),
    ("Kommunstyrelsen", 96800, 99450),
    ("Barn- och utbildningsnämnden", 438600, 452300),
    ("Socialnämnden", 331200, 346900),
    ("Samhällsbyggnadsnämnden", 38700, 41200),
    ("Kultur- och fritidsnämnden", 27900, 28600),
    ("Överförmyndarnämnden", 1800, 1870),
]
SUM24 = sum(r[1] for r in DRIFT)
SUM25 = sum(r[2] for r in DRIFT)
FIN24 = -903500 - (-SUM24)  # finansförvaltning so that total = 903 500
FIN24 = 903500 - SUM24
FIN25 = int(round(-NETK[2] * 1000)) - SUM25

# --- Investeringsbudget (tkr) ---
INVEST = [
    ("Kommunstyrelsen", None),
    ("IT-infrastruktur och digitalisering", (3500, 3000, 3000)),
    ("Energieffektivisering kommunala lokaler", (6000, 5000, 4000)),
    ("Barn- och utbildningsnämnden", None),
    ("Ny förskola Sannerud", (38000, 22000, 0)),
    ("Ombyggnad Runnevålsskolan", (12500, 18000, 6000)),
    ("Inventarier skola och förskola", (2400, 2000, 2000)),
    ("Socialnämnden", None),
    ("Välfärdsteknik", (1800, 1500, 1500)),
    ("Anpassning trygghetsboende Fryksta", (4200, 0, 0)),
    ("Samhällsbyggnadsnämnden", None),
    ("Gator och vägar, reinvestering", (9500, 9500, 10000)),
    ("Gång- och cykelväg Kil–Frykerud", (5800, 0, 0)),
    ("VA-ledningar (taxefinansierat)", (18000, 20000, 22000)),
    ("Exploatering bostadsområde Kilsta", (7000, 4000, 2000)),
    ("Kultur- och fritidsnämnden", None),
    ("Konstgräsplan Kil IP", (6500, 0, 0)),
    ("Upprustning badplatser", (900, 600, 600)),
]

# --- Delårsrapport: prognosavvikelse 2024 (tkr) ---
AVV = {"Kommunfullmäktige": 0, "Revision": 0, "Kommunstyrelsen": 2100, "Barn- och utbildningsnämnden": -3900,
       "Socialnämnden": -14300, "Samhällsbyggnadsnämnden": 1200, "Kultur- och fritidsnämnden": 400,
       "Överförmyndarnämnden": -100}
AVV_FIN = 10300


def build_budget(out):
    d = Doc("Kils kommun – Mål och budget 2025 med plan för 2026–2027")
    d.add_page()
    d.set_font("DV", "B", 24)
    d.ln(40)
    d.multi_cell(0, 12, "Mål och budget 2025\nmed plan för 2026–2027")
    d.ln(6)
    d.set_font("DV", "", 13)
    d.multi_cell(0, 7, "Kils kommun\nAntagen av kommunfullmäktige 2024-11-25, § 112")
    d.ln(60)
    d.set_font("DV", "", 9)
    d.multi_cell(0, 5, "Dnr KS 2024/318\nKommunledningskontoret, ekonomienheten")

    d.add_page()
    d.h1("Innehåll")
    for t in ["Kommunstyrelsens ordförande har ordet", "Vision och övergripande mål", "Ekonomiska förutsättningar",
              "Resultatbudget", "Balansbudget", "Driftbudget per nämnd", "Investeringsbudget", "Nämndernas uppdrag"]:
        d.p(t)

    d.add_page()
    d.h1("Kommunstyrelsens ordförande har ordet")
    d.p("Kil ska vara en kommun där det är enkelt att bo, driva företag och växa upp. Budgeten för 2025 "
        "är skriven i en tid då kostnaderna för pensioner, räntor och försörjningsstöd fortsätter att öka "
        "snabbare än skatteintäkterna. Trots det har vi valt att prioritera skolan och äldreomsorgen.")
    d.p("Barn- och utbildningsnämnden får ett utökat kommunbidrag för att kunna behålla lärartätheten, och "
        "socialnämnden får full kompensation för den demografiska utvecklingen. Samtidigt måste alla nämnder "
        "bidra: vi inför ett generellt effektiviseringskrav på 1 procent, vilket motsvarar cirka 9,5 miljoner "
        "kronor för kommunen som helhet.")
    d.p("Skattesatsen lämnas oförändrad på 22,28 kronor per skattekrona. Det budgeterade resultatet för 2025 "
        "motsvarar drygt 0,8 procent av skatteintäkter och generella statsbidrag. Målet på sikt är 2 procent, "
        "och i planen för 2027 närmar vi oss det.")
    d.p("Jag vill tacka alla medarbetare som varje dag gör skillnad för kilsborna.")
    d.p("Per-Olof Hedenberg (C)\nKommunstyrelsens ordförande")

    d.h2("Vision och övergripande mål")
    d.p("Visionen Kil 2035 – \"Mitt i Värmland, nära till allt\" – gäller. Kommunfullmäktige har fastställt "
        "fyra övergripande mål för mandatperioden:")
    d.p("1. Fler ska bo och verka i Kil – befolkningen ska uppgå till minst 12 500 invånare år 2030.\n"
        "2. Alla elever ska lämna grundskolan med godkända betyg – andelen behöriga till gymnasiet ska öka.\n"
        "3. Äldre ska kunna bo kvar hemma längre med stöd av välfärdsteknik.\n"
        "4. Kommunens ekonomi ska vara långsiktigt hållbar – resultatet ska uppgå till minst 2 procent av "
        "skatteintäkter och generella statsbidrag över en femårsperiod.")
    d.h2("Besparingar och effektiviseringar")
    d.p("Utöver effektiviseringskravet ska kommunstyrelsen genomföra en översyn av lokalbeståndet. Genom att "
        "avveckla paviljongerna vid Västra skolan och samlokalisera fritidsgårdarna beräknas lokalkostnaderna "
        "minska med 2,3 miljoner kronor per år från 2026. Vakanser inom administrationen ska prövas innan de "
        "återbesätts.")

    d.add_page()
    d.h1("Omvärld och befolkning")
    d.p("Kils kommun hade 12 134 invånare den 31 december 2023. Befolkningen har ökat svagt de senaste fem åren, "
        "främst genom inflyttning från Karlstad och Arvika. Andelen invånare som är 80 år eller äldre väntas "
        "öka från 6,4 procent 2023 till 7,9 procent 2030, vilket ställer krav på äldreomsorgen.")
    d.p("Arbetslösheten i kommunen uppgick till 6,9 procent i september 2024, jämfört med 7,6 procent i riket. "
        "Bostadsbyggandet har bromsat in; under 2023 färdigställdes 18 nya bostäder.")
    d.h2("Mål och indikatorer")
    d.p("Till varje övergripande mål kopplas indikatorer som följs upp i delårsrapport och årsredovisning.")
    hdrm = [["Indikator", "Utfall", "Målvärde", "Målvärde"], ["", "2023", "2025", "2027"]]
    rowsm = [["Antal invånare 31 december", "12 134", "12 250", "12 400"],
             ["Andel elever behöriga till gymnasiet, %", "84,2", "87,0", "90,0"],
             ["Andel personer 80+ med hemtjänst som har digital tillsyn, %", "22", "35", "50"],
             ["Nöjd kund-index företagsklimat (NKI)", "71", "74", "76"],
             ["Sjukfrånvaro bland anställda, %", "7,8", "7,0", "6,5"],
             ["Resultat i % av skatter och statsbidrag", "1,2", "0,8", "1,8"]]
    d.table("Tabell A. Indikatorer för de övergripande målen", hdrm, rowsm, [92, 22, 24, 24])
    d.foot("Källa: Kolada, SCB och kommunens egen uppföljning.")

    d.add_page()
    d.h1("Ekonomiska förutsättningar")
    d.p("Budgeten bygger på Sveriges Kommuner och Regioners skatteunderlagsprognos från oktober 2024 och ett "
        f"antagande om {fmt(INV,0)} invånare den 1 november 2024. Skatteintäkterna ökar med 25,6 miljoner kronor "
        "jämfört med prognosen för 2024. Pensionskostnaderna beräknas öka med 6,1 miljoner kronor.")
    d.p("Kommunens låneskuld väntas öka under planperioden till följd av den nya förskolan i Sannerud och "
        "ombyggnaden av Runnevålsskolan. Den nya förskolan beräknas kosta totalt 60 miljoner kronor och ska "
        "stå klar hösten 2026. Räntekostnaderna budgeteras med en genomsnittlig ränta på 3,25 procent.")

    d.h2("Resultatbudget")
    hdr = [["Belopp i mnkr", "Bokslut", "Prognos", "Budget", "Plan", "Plan"],
           ["", "2023", "2024", "2025", "2026", "2027"]]
    f = lambda arr: [fmt(x, 1, "–") for x in arr]
    rows = [["Verksamhetens intäkter"] + f(RB["int"]),
            ["Verksamhetens kostnader"] + f(RB["kost"]),
            ["Avskrivningar"] + f(RB["avs"]),
            ["Verksamhetens nettokostnader"] + f(NETK),
            ["Skatteintäkter"] + f(RB["skatt"]),
            ["Generella statsbidrag och utjämning"] + f(RB["gsb"]),
            ["Verksamhetens resultat"] + f(VRES),
            ["Finansiella intäkter"] + f(RB["fint"]),
            ["Finansiella kostnader"] + f(RB["fkost"]),
            ["Resultat efter finansiella poster"] + f(RES),
            ["Årets resultat"] + f(RES)]
    d.table("Tabell 1. Resultatbudget", hdr, rows, [62, 21, 21, 21, 21, 21],
            bold_rows=("Verksamhetens nettokostnader", "Årets resultat"))
    d.foot("Prognos 2024 avser helårsprognos i delårsrapporten per augusti 2024.")

    d.h2("Känslighetsanalys")
    d.p("Tabellen visar hur olika förändringar påverkar kommunens resultat på helårsbasis.")
    d.table("Tabell B. Känslighetsanalys", [["Händelse", "Påverkan, mnkr"]],
            [["Löneökning med 1 procent", "6,4"], ["Ändrad skattesats med 1 krona", "31,2"],
             ["Ränteförändring med 1 procentenhet", "5,9"], ["Förändrat skatteunderlag med 1 procent", "7,0"],
             ["100 fler invånare", "6,3"]], [110, 40])
    d.add_page()
    d.h2("Balansbudget")
    anl = [1084.2, 1148.6, 1209.3, 1251.0, 1262.4]
    oms = [168.9, 152.4, 149.0, 150.2, 153.5]
    ek = [452.7]
    for i in range(1, 5):
        ek.append(round(ek[-1] + RES[i], 1))
    avs = [62.4, 65.1, 68.0, 70.6, 73.1]
    kfs = [226.0, 231.5, 236.0, 240.0, 244.0]
    tot = [round(anl[i] + oms[i], 1) for i in range(5)]
    lfs = [round(tot[i] - ek[i] - avs[i] - kfs[i], 1) for i in range(5)]
    rows = [["Tillgångar", "", "", "", "", ""],
            ["Anläggningstillgångar"] + f(anl),
            ["Omsättningstillgångar"] + f(oms),
            ["Summa tillgångar"] + f(tot),
            ["Eget kapital, avsättningar och skulder", "", "", "", "", ""],
            ["Eget kapital"] + f(ek),
            ["därav årets resultat"] + f(RES),
            ["Avsättningar"] + f(avs),
            ["Långfristiga skulder"] + f(lfs),
            ["Kortfristiga skulder"] + f(kfs),
            ["Summa eget kapital och skulder"] + f(tot)]
    d.table("Tabell 2. Balansbudget", hdr, rows, [62, 21, 21, 21, 21, 21])
    sol = [round(ek[i] / tot[i] * 100, 1) for i in range(5)]
    d.p(f"Soliditeten beräknas till {fmt(sol[2])} procent vid utgången av 2025, jämfört med {fmt(sol[0])} procent i bokslutet för 2023.")

    # landscape page: Driftbudget
    d.add_page(orientation="L")
    d.h1("Driftbudget per nämnd")
    d.p("Kommunbidraget är den nettoram som respektive nämnd tilldelas. Ramarna för 2025 inkluderar "
        "kompensation för löneökningar och effektiviseringskravet på 1 procent.")
    hdr2 = [["Nämnd", "Budget", "Budget", "Förändring", "Förändring", "Kr per invånare"],
            ["(tkr)", "2024", "2025", "tkr", "%", "2025"]]
    rows = []
    for n, b24, b25 in DRIFT:
        rows.append([n, fmt(b24, 0), fmt(b25, 0), fmt(b25 - b24, 0), fmt((b25 - b24) / b24 * 100, 1),
                     fmt(b25 * 1000 / INV, 0)])
    rows.append(["Summa nämnder", fmt(SUM24, 0), fmt(SUM25, 0), fmt(SUM25 - SUM24, 0),
                 fmt((SUM25 - SUM24) / SUM24 * 100, 1), fmt(SUM25 * 1000 / INV, 0)])
    rows.append(["Finansförvaltning (pensioner, kapitalkostnader m.m.)¹", fmt(FIN24, 0), fmt(FIN25, 0),
                 fmt(FIN25 - FIN24, 0), "", ""])
    rows.append(["Totalt verksamhetens nettokostnader", fmt(SUM24 + FIN24, 0), fmt(SUM25 + FIN25, 0),
                 fmt(SUM25 + FIN25 - SUM24 - FIN24, 0), "", ""])
    d.table("Tabell 3. Driftbudget 2025, kommunbidrag per nämnd", hdr2, rows, [98, 28, 28, 30, 28, 36])
    d.foot("¹ Negativt belopp = intäkt. Finansförvaltningen omfattar bland annat interna kapitalkostnader, "
           "pensionskostnader som inte fördelas till nämnderna samt löneökningsreserv.")

    d.add_page(orientation="P")
    d.h1("Investeringsbudget")
    d.p("Investeringsbudgeten för 2025 uppgår till totalt "
        f"{fmt(sum(v[0] for n, v in INVEST if v)/1000,1)} miljoner kronor. Av detta avser 18 miljoner kronor "
        "taxefinansierade VA-investeringar som finansieras via VA-taxan.")
    d.p("Investeringar som inte har påbörjats före den 30 juni 2025 ska prövas på nytt av kommunstyrelsen. "
        "Projekt över 5 miljoner kronor kräver ett särskilt genomförandebeslut.")
    d.h2("Större projekt")
    d.p("Ny förskola Sannerud: Förskolan får sex avdelningar och plats för cirka 110 barn. Byggstart planeras till "
        "våren 2025 och inflyttning till hösten 2026. Förskolan ersätter de tillfälliga paviljongerna vid Västra skolan.")
    d.p("Ombyggnad Runnevålsskolan: Skolans kök, matsal och naturvetenskapliga salar byggs om i etapper under "
        "2025–2027. Under ombyggnaden används tillfälliga lokaler på skolgården.")
    d.p("VA-ledningar: Ledningsnätet i centrala Kil förnyas enligt VA-planen. Förnyelsetakten ska öka från 0,5 till "
        "0,8 procent av ledningsnätet per år.")
    d.p("Konstgräsplan Kil IP: Den befintliga grusplanen ersätts av en konstgräsplan med granulatfritt fyllnadsmaterial. "
        "Föreningarna bidrar med 1,2 miljoner kronor i egen insats.")
    d.p("Gång- och cykelväg Kil–Frykerud: Sträckan är cirka 4 kilometer och byggs med statlig medfinansiering från "
        "Trafikverket på 50 procent.")
    d.ln(12)
    hdr3 = [["Projekt", "Budget", "Plan", "Plan", "Totalt"], ["(tkr)", "2025", "2026", "2027", "2025–2027"]]
    rows = []
    sec_sum = None
    cur = None
    tot3 = [0, 0, 0]
    def flush():
        if cur is not None:
            rows.append([f"Summa {cur}"] + [fmt(x, 0) for x in sec_sum] + [fmt(sum(sec_sum), 0)])
    for name, v in INVEST:
        if v is None:
            flush()
            cur = name.lower() if False else name
            sec_sum = [0, 0, 0]
            rows.append([name, "", "", "", ""])
        else:
            rows.append([name] + [fmt(x, 0) for x in v] + [fmt(sum(v), 0)])
            sec_sum = [sec_sum[i] + v[i] for i in range(3)]
            tot3 = [tot3[i] + v[i] for i in range(3)]
    flush()
    rows.append(["Totalt investeringar"] + [fmt(x, 0) for x in tot3] + [fmt(sum(tot3), 0)])
    d.table("Tabell 4. Investeringsbudget 2025–2027", hdr3, rows, [78, 23, 23, 23, 23])

    d.add_page()
    d.h1("Nämndernas uppdrag")
    texts = {
        "Barn- och utbildningsnämnden": "Nämnden ansvarar för förskola, grundskola, gymnasieskola och vuxenutbildning. "
            "Antalet barn i förskolan väntas öka med cirka 40 till 2026, vilket är skälet till den nya förskolan i Sannerud.",
        "Socialnämnden": "Nämnden ansvarar för äldreomsorg, LSS, individ- och familjeomsorg samt arbetsmarknadsinsatser. "
            "Under 2025 ska 25 nya trygghetslarm med digital tillsyn införas i hemtjänsten.",
        "Samhällsbyggnadsnämnden": "Nämnden ansvarar för gator, park, VA, renhållning, plan och bygglov. "
            "Detaljplanen för Kilsta ska ge plats för cirka 120 nya bostäder.",
        "Kultur- och fritidsnämnden": "Nämnden ansvarar för bibliotek, kulturskola, fritidsgårdar och idrottsanläggningar. "
            "Konstgräsplanen vid Kil IP ska vara klar till säsongen 2025.",
        "Kommunstyrelsen": "Kommunstyrelsen leder och samordnar kommunens verksamhet och ansvarar för näringslivsfrågor, "
            "kommunikation, HR, ekonomi och IT.",
    }
    for k, t in texts.items():
        d.h2(k)
        d.p(t)
        d.p("Uppdrag 2025: Nämnden ska redovisa hur effektiviseringskravet genomförs senast i samband med "
            "delårsrapporten per augusti.")
    d.add_page()
    d.h1("Bilaga: Ekonomiska nyckeltal")
    d.p(f"Nettokostnadsandel (verksamhetens nettokostnader i förhållande till skatteintäkter och generella statsbidrag) "
        f"budgeteras till {fmt(-NETK[2]/(RB['skatt'][2]+RB['gsb'][2])*100,1)} procent 2025.")
    d.p("Självfinansieringsgraden av investeringarna beräknas till 45 procent 2025.")
    d.output(out)
    return dict(ek=ek, tot=tot, lfs=lfs, sol=sol)


def build_delar(out):
    d = Doc("Delårsrapport januari–augusti 2024 · Kils kommun")
    d.add_page()
    d.h1("Delårsrapport januari–augusti 2024\nKils kommun")
    d.p("Godkänd av kommunstyrelsen 2024-10-07, § 141.")
    d.h2("Sammanfattning")
    d.p("Kommunens resultat för perioden januari–augusti 2024 uppgår till 24,7 miljoner kronor. Resultatet för "
        "samma period 2023 var 31,2 miljoner kronor. Helårsprognosen pekar på ett underskott på "
        f"{fmt(-RES[1])} miljoner kronor, vilket är 14,9 miljoner kronor sämre än budget.")
    d.p("Det är främst socialnämnden som prognostiserar ett underskott, -14,3 miljoner kronor, till följd av "
        "ökade kostnader för placeringar av barn och unga och för köpt hemtjänst. Barn- och utbildningsnämnden "
        "prognostiserar ett underskott på 3,9 miljoner kronor.")
    d.p("Balanskravet beräknas inte uppfyllas 2024. Underskottet ska enligt kommunallagen återställas inom tre år.")
    d.h2("Väsentliga personalförhållanden")
    d.p("Antalet tillsvidareanställda var 1 046 den 31 augusti 2024, en minskning med 12 jämfört med samma "
        "tidpunkt föregående år. Sjukfrånvaron under perioden var 7,4 procent.")
    d.h2("Prognos per nämnd")
    hdr = [["Nämnd", "Budget", "Prognos", "Avvikelse"], ["Belopp i tkr", "2024", "2024", "mot budget"]]
    rows = []
    for n, b24, b25 in DRIFT:
        a = AVV[n]
        rows.append([n, fmt(b24, 0), fmt(b24 - a, 0), fmt(a, 0)])
    sumA = sum(AVV.values())
    rows.append(["Summa nämnder", fmt(SUM24, 0), fmt(SUM24 - sumA, 0), fmt(sumA, 0)])
    rows.append(["Finansförvaltning", fmt(FIN24, 0), fmt(FIN24 - AVV_FIN, 0), fmt(AVV_FIN, 0)])
    rows.append(["Totalt", fmt(SUM24 + FIN24, 0), fmt(SUM24 + FIN24 - sumA - AVV_FIN, 0), fmt(sumA + AVV_FIN, 0)])
    d.table("Tabell 1. Driftredovisning, helårsprognos", hdr, rows, [75, 30, 30, 35])
    d.foot("Negativ avvikelse innebär underskott mot budget. Finansförvaltningens överskott beror på lägre "
           "pensionskostnader och högre skatteintäkter än budgeterat.")
    d.add_page()
    d.h2("Investeringar")
    d.p("Investeringsutgifterna under januari–augusti uppgick till 41,8 miljoner kronor. Helårsprognosen för "
        "investeringarna är 78,5 miljoner kronor mot en budget på 96,0 miljoner kronor. Den största "
        "avvikelsen beror på att upphandlingen av förskolan i Sannerud har försenats.")
    hdr = [["Investeringar (mnkr)", "Budget", "Utfall", "Prognos"], ["", "2024", "jan–aug", "helår"]]
    rows = [["Kommunstyrelsen", "8,4", "3,1", "7,9"],
            ["Barn- och utbildningsnämnden", "32,5", "9,6", "18,0"],
            ["Socialnämnden", "3,0", "1,2", "2,6"],
            ["Samhällsbyggnadsnämnden", "47,1", "25,4", "45,0"],
            ["Kultur- och fritidsnämnden", "5,0", "2,5", "5,0"],
            ["Summa", "96,0", "41,8", "78,5"]]
    d.table("Tabell 2. Investeringsredovisning", hdr, rows, [75, 30, 30, 35])
    d.h2("Resultaträkning i sammandrag")
    hdr = [["Belopp i mnkr", "Utfall", "Utfall", "Prognos", "Budget"], ["", "jan–aug 2023", "jan–aug 2024", "2024", "2024"]]
    rows = [["Verksamhetens nettokostnader", "(563,0)", "(581,9)", "(907,8)", "(903,5)"],
            ["Skatteintäkter och generella statsbidrag", "597,6", "609,4", "910,1", "920,6"],
            ["Finansnetto", "(3,4)", "(2,8)", "(8,6)", "(8,5)"],
            ["Periodens/årets resultat", "31,2", "24,7", fmt(RES[1], 1, "()"), "8,6"]]
    d.table("Tabell 3. Resultaträkning", hdr, rows, [70, 26, 26, 24, 24])
    d.foot("Belopp inom parentes är negativa.")
    d.output(out)


HTML = """<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>Så används din skatt - Kils kommun</title></head>
<body>
<div id="cookie-banner"><p>Vi använder kakor (cookies) för att förbättra din upplevelse av webbplatsen.
<a href="/om-webbplatsen/kakor">Läs mer om kakor</a></p><button>Godkänn alla</button><button>Endast nödvändiga</button></div>
<header><a href="/" class="logo">Kils kommun</a>
<nav><ul><li><a href="/omsorg">Omsorg och stöd</a></li><li><a href="/utbildning">Utbildning och barnomsorg</a></li>
<li><a href="/bygga">Bygga, bo och miljö</a></li><li><a href="/kultur">Kultur och fritid</a></li>
<li><a href="/kommun-och-politik">Kommun och politik</a></li></ul></nav>
<form><input type="search" placeholder="Sök på kil.se"><button>Sök</button></form></header>
<nav class="breadcrumb">Startsida / Kommun och politik / Ekonomi / Så används din skatt</nav>
<main>
<h1>Så används din skatt</h1>
<p class="ingress">Kommunalskatten är kommunens största inkomstkälla. Den kommunala skattesatsen i Kil är 22,28 kronor
per hundralapp av den beskattningsbara inkomsten. Till det kommer regionskatten till Region Värmland på 11,68 kronor,
vilket ger en total skattesats på 33,96 kronor.</p>
<h2>Så fördelas 100 kronor i skatt 2025</h2>
<p>Tabellen visar hur varje hundralapp i kommunalskatt och statsbidrag fördelas på kommunens verksamheter enligt
budget 2025.</p>
<table>
<thead><tr><th>Verksamhet</th><th>Kronor av 100 kr</th><th>Budget 2025, mnkr</th></tr></thead>
<tbody>
<tr><td>Förskola och pedagogisk omsorg</td><td>10,90</td><td>103,7</td></tr>
<tr><td>Grundskola och fritidshem</td><td>23,20</td><td>220,7</td></tr>
<tr><td>Gymnasieskola och vuxenutbildning</td><td>13,45</td><td>128,0</td></tr>
<tr><td>Äldreomsorg</td><td>21,10</td><td>200,7</td></tr>
<tr><td>Stöd till personer med funktionsnedsättning (LSS)</td><td>9,05</td><td>86,1</td></tr>
<tr><td>Individ- och familjeomsorg</td><td>6,30</td><td>60,1</td></tr>
<tr><td>Gator, parker och samhällsbyggnad</td><td>4,35</td><td>41,2</td></tr>
<tr><td>Kultur och fritid</td><td>3,00</td><td>28,6</td></tr>
<tr><td>Politik, administration och övrigt</td><td>8,65</td><td>82,2</td></tr>
<tr><td>Totalt</td><td>100,00</td><td>951,3</td></tr>
</tbody></table>
<p>Under 2025 räknar kommunen med skatteintäkter på 694,5 miljoner kronor och generella statsbidrag och utjämning
på 256,8 miljoner kronor.</p>
<h2>Vad kostar en elev i grundskolan?</h2>
<p>En elev i grundskolan i Kil kostade i genomsnitt 121 400 kronor under 2023. En plats i förskolan kostade
163 900 kronor per barn.</p>
<p class="meta">Publicerad 2024-12-02. Senast uppdaterad 2025-01-15.</p>
<p>Sidansvarig: Ekonomienheten</p>
</main>
<footer><p>Kils kommun, Box 200, 665 23 Kil. Besöksadress: Tingvallagatan 11.</p>
<p>Telefon 0554-191 00 · E-post kommun@kil.se</p>
<ul><li><a href="/tillganglighet">Tillgänglighetsredogörelse</a></li><li><a href="/personuppgifter">Behandling av personuppgifter</a></li>
<li><a href="/om-webbplatsen/kakor">Kakor</a></li></ul><p>© Kils kommun</p></footer>
</body></html>
"""


def build_docx(out):
    doc = docx.Document()
    cp = doc.core_properties
    cp.author = "Kommunledningskontoret"
    cp.title = "Protokoll kommunfullmäktige 2024-11-25"
    cp.created = datetime.datetime(2024, 11, 26, 9, 0, 0)
    cp.modified = datetime.datetime(2024, 11, 26, 9, 0, 0)
    cp.last_modified_by = "Kommunledningskontoret"
    cp.revision = 1
    doc.add_heading("PROTOKOLL – Kommunfullmäktige", level=1)
    doc.add_paragraph("Sammanträdesdatum: 2024-11-25")
    doc.add_paragraph("Plats och tid: Kommunhuset, Sessionssalen, kl. 18.30–21.05")
    doc.add_paragraph("Ordförande: Lena Brattström (S). Sekreterare: Jonas Ekhammar. Justerare: Ulf Granqvist (M) och Maria Tuvesson (C).")
    doc.add_heading("§ 111 Val av justerare", level=2)
    doc.add_paragraph("Kommunfullmäktige utser Ulf Granqvist (M) och Maria Tuvesson (C) att justera dagens protokoll.")
    doc.add_heading("§ 112 Mål och budget 2025 med plan för 2026–2027", level=2)
    doc.add_paragraph("Dnr KS 2024/318")
    doc.add_paragraph("Ärendebeskrivning: Kommunstyrelsen har den 4 november 2024 lämnat förslag till Mål och budget 2025 "
                      "med plan för 2026–2027. Förslaget innebär ett budgeterat resultat på 7,8 miljoner kronor för 2025.")
    doc.add_paragraph("Yrkanden: Per-Olof Hedenberg (C) yrkar bifall till kommunstyrelsens förslag. Ulf Granqvist (M) "
                      "yrkar bifall till Moderaternas budgetförslag med en skattesats på 22,03 kronor. Kenneth Sahlin (SD) "
                      "yrkar bifall till Sverigedemokraternas budgetförslag.")
    doc.add_paragraph("Propositionsordning: Ordföranden ställer kommunstyrelsens förslag mot Moderaternas förslag och finner "
                      "att fullmäktige bifallit kommunstyrelsens förslag. Votering begärs och verkställs.")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Parti", "Ja (KS förslag)", "Nej (M förslag)", "Avstår"]):
        t.rows[0].cells[i].text = h
    vot = [("S", "13", "0", "0"), ("C", "6", "0", "0"), ("M", "0", "7", "0"), ("SD", "0", "0", "6"),
           ("V", "2", "0", "0"), ("KD", "0", "2", "0"), ("L", "1", "0", "0"), ("MP", "1", "0", "0"),
           ("Summa", "23", "9", "6")]
    for r in vot:
        cells = t.add_row().cells
        for i, c in enumerate(r):
            cells[i].text = c
    doc.add_paragraph("Med 23 ja-röster mot 9 nej-röster, 6 ledamöter avstår, bifaller fullmäktige kommunstyrelsens förslag.")
    doc.add_paragraph("Beslut:")
    doc.add_paragraph("1. Mål och budget 2025 med plan för 2026–2027 fastställs.")
    doc.add_paragraph("2. Skattesatsen för 2025 fastställs till oförändrade 22,28 kronor.")
    doc.add_paragraph("3. Kommunstyrelsen får under 2025 nyupplåna, det vill säga öka kommunens skulder, med högst 45 miljoner kronor.")
    doc.add_paragraph("4. Kommunbidrag per nämnd fastställs enligt nedanstående tabell.")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Nämnd", "Kommunbidrag 2025 (tkr)", "Andel av nämndernas ramar (%)"]):
        t.rows[0].cells[i].text = h
    for n, b24, b25 in DRIFT:
        cells = t.add_row().cells
        cells[0].text = n
        cells[1].text = fmt(b25, 0)
        cells[2].text = fmt(b25 / SUM25 * 100, 1)
    cells = t.add_row().cells
    cells[0].text = "Summa"; cells[1].text = fmt(SUM25, 0); cells[2].text = "100,0"
    doc.add_paragraph("Reservationer: Ulf Granqvist (M) och Kristina Holm (KD) reserverar sig mot beslutet till förmån för "
                      "Moderaternas förslag. Kenneth Sahlin (SD) anmäler protokollsanteckning.")
    doc.add_heading("§ 113 Taxor för vatten och avlopp 2025", level=2)
    doc.add_paragraph("Kommunfullmäktige beslutar att höja VA-taxan med 8 procent från den 1 januari 2025. För en "
                      "normalvilla (typhus A) innebär det en ökning med 684 kronor per år.")
    doc.add_paragraph("Reservation: Kenneth Sahlin (SD) reserverar sig mot beslutet.")
    doc.add_heading("§ 114 Motion om gratis simskola för alla förskoleklasser", level=2)
    doc.add_paragraph("Motionär: Anna Wikström (V). Kommunfullmäktige beslutar att motionen ska anses besvarad, med "
                      "hänvisning till att simskola redan erbjuds i årskurs 2.")
    doc.add_paragraph("Justerandes signatur: ____________  ____________")
    doc.save(out)
    fix_zip(out)


def build_xlsx(out):
    wb = openpyxl.Workbook()
    cp = wb.properties
    cp.creator = "Kils kommun"
    cp.created = datetime.datetime(2024, 11, 1, 12, 0, 0)
    cp.modified = datetime.datetime(2024, 11, 1, 12, 0, 0)
    cp.lastModifiedBy = "Kils kommun"
    ws = wb.active
    ws.title = "Befolkning"
    ws.append(["Befolkningsutveckling i Kils kommun 2019–2023"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(["Antal personer. Källa: SCB, bearbetning Kils kommun"])
    ws.append([])
    ws.append(["År", "Folkmängd 31 dec", "Födda", "Döda", "Inflyttade", "Utflyttade", "Födelsenetto", "Flyttnetto"])
    data = [(2019, 12049, 118, 139, 682, 641), (2020, 12067, 124, 151, 701, 656), (2021, 12112, 131, 128, 724, 682),
            (2022, 12098, 109, 146, 689, 666), (2023, 12134, 112, 135, 713, 654)]
    for y, f_, fo, do, inf, utf in data:
        ws.append([y, f_, fo, do, inf, utf, fo - do, inf - utf])
    ws2 = wb.create_sheet("Kostnad per invånare")
    ws2.append(["Nettokostnad per invånare och verksamhet"])
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.append(["Kronor per invånare, löpande priser"])
    ws2.append(["Verksamhet", "2021", "2022", "2023", "Förändring 2022–2023, %"])
    rows = [("Förskola", 7842, 8105, 8536), ("Grundskola inkl. förskoleklass", 16210, 16874, 17652),
            ("Gymnasieskola", 9420, 9688, 10214), ("Äldreomsorg", 15688, 16420, 17395),
            ("Funktionsnedsättning (LSS m.m.)", 6512, 6790, 7104), ("Individ- och familjeomsorg", 4321, 4688, 5012),
            ("Kultur och fritid", 2215, 2260, 2301)]
    for v, a, b, c in rows:
        ws2.append([v, a, b, c, round((c - b) / b * 100, 2)])
    tot = [sum(r[i] for r in rows) for i in (1, 2, 3)]
    ws2.append(["Summa", tot[0], tot[1], tot[2], round((tot[2] - tot[1]) / tot[1] * 100, 2)])
    for col in "BCD":
        for c in ws2[col][3:]:
            c.number_format = "# ##0"
    wb.save(out)
    fix_zip(out)


PRESS = """# Pressmeddelande: Kil satsar på skolan och äldreomsorgen i budgeten för 2025

**Kils kommun, 2024-11-26**

Kommunfullmäktige i Kil antog i går kväll Mål och budget 2025 med plan för 2026–2027. Skattesatsen lämnas
oförändrad på 22,28 kronor och budgeten visar ett överskott på 7,8 miljoner kronor.

Barn- och utbildningsnämnden får 4,7 miljoner kronor extra för att behålla lärartätheten i grundskolan, och
föreningslivet får ett tillskott på 700 000 kronor i form av höjda aktivitetsbidrag.

– Vi väljer att prioritera barnen och de äldre, trots att ekonomin är ansträngd. Alla nämnder måste
effektivisera, men vi gör det utan att höja skatten, säger Per-Olof Hedenberg (C), kommunstyrelsens ordförande.

## Viktiga investeringar

- Ny förskola i Sannerud med sex avdelningar, klar hösten 2026.
- Ombyggnad av Runnevålsskolan under 2025–2027.
- Konstgräsplan vid Kil IP, klar till säsongen 2025.

Totalt investerar kommunen cirka 116 miljoner kronor under 2025.

## Kontakt

Per-Olof Hedenberg (C), kommunstyrelsens ordförande, 0554-191 05
Helena Ruud, ekonomichef, 0554-191 40
"""


def build(outdir):
    os.makedirs(outdir, exist_ok=True)
    info = build_budget(os.path.join(outdir, "mal-och-budget-2025-plan-2026-2027.pdf"))
    build_delar(os.path.join(outdir, "delarsrapport-augusti-2024.pdf"))
    with open(os.path.join(outdir, "sa-anvands-din-skatt.html"), "w", encoding="utf-8") as f:
        f.write(HTML)
    build_docx(os.path.join(outdir, "protokoll-kf-2024-11-25.docx"))
    build_xlsx(os.path.join(outdir, "befolkning-och-nyckeltal.xlsx"))
    with open(os.path.join(outdir, "pressmeddelande-budget-2025.md"), "w", encoding="utf-8") as f:
        f.write(PRESS)
    return info
