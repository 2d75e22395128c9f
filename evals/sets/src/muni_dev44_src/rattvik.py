"""Rättviks kommun: Mål och budget 2025, Årsredovisning 2024, HTML, DOCX, XLSX, press release."""
import os
from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font

from common import Doc, fmt, r1, save_docx, save_xlsx, docx_table

KSO = "Karin Wallström (C)"
INV = 10900
YEARS = ["Bokslut 2023", "Prognos 2024", "Budget 2025", "Plan 2026", "Plan 2027"]

# Resultatbudget, mnkr
RB = {
    "int": [182.4, 188.0, 192.5, 196.0, 199.8],
    "kost": [-1012.6, -1049.3, -1078.9, -1104.2, -1131.5],
    "avs": [-38.2, -40.5, -43.1, -46.0, -48.2],
    "skatt": [622.5, 648.1, 672.4, 694.8, 718.3],
    "gsb": [262.0, 270.4, 281.6, 290.2, 296.0],
    "fi": [3.2, 2.8, 2.5, 2.5, 2.5],
    "fk": [-6.9, -8.4, -9.1, -10.3, -11.2],
}
NK = [r1(RB["int"][i] + RB["kost"][i] + RB["avs"][i]) for i in range(5)]
VR = [r1(NK[i] + RB["skatt"][i] + RB["gsb"][i]) for i in range(5)]
RES = [r1(VR[i] + RB["fi"][i] + RB["fk"][i]) for i in range(5)]
assert NK == [-868.4, -901.8, -929.5, -954.2, -979.9], NK
assert RES == [12.4, 11.1, 17.9, 23.0, 25.7], RES
RESPCT = [r1(100 * RES[i] / (RB["skatt"][i] + RB["gsb"][i])) for i in range(5)]

# Driftbudget per nämnd, mnkr (budget 2024, budget 2025)
DRIFT = [
    ("Kommunstyrelsen", 112.9, 118.6),
    ("Barn- och utbildningsnämnden", 351.0, 362.4),
    ("Socialnämnden", 333.2, 348.9),
    ("Samhällsbyggnadsnämnden", 40.8, 41.7),
    ("Kultur- och fritidsnämnden", 27.9, 27.5),
    ("Överförmyndarnämnden", 2.8, 2.9),
    ("Revisionen", 1.5, 1.6),
    ("Valnämnden", 0.9, 0.3),
]
SUM24 = r1(sum(d[1] for d in DRIFT))
SUM25 = r1(sum(d[2] for d in DRIFT))
FIN24, FIN25 = 27.0, 25.6
assert SUM24 == 871.0 and SUM25 == 903.9
assert r1(SUM25 + FIN25) == 929.5 and r1(SUM24 + FIN24) == 898.0

# Investeringsbudget, mnkr: (section, [(projekt, 2025, 2026, 2027)])
INVEST = [
    ("Kommunstyrelsen", [
        ("IT-infrastruktur och digitalisering", 3.5, 3.0, 3.0),
        ("Fordon och maskiner", 2.2, 1.8, 2.0),
        ("Energieffektivisering kommunala fastigheter", 6.0, 5.0, 5.0),
        ("Renovering Rättviks simhall", 15.0, 8.0, 0.0),
        ("Ny brandstation Rättvik", 0.0, 2.0, 28.0),
    ]),
    ("Barn- och utbildningsnämnden", [
        ("Ny förskola Vikarbyn", 24.0, 18.5, 0.0),
        ("Inventarier skolor och förskolor", 1.5, 1.5, 1.5),
        ("Skolgård Stumsnäs skola", 2.8, 0.0, 0.0),
    ]),
    ("Socialnämnden", [
        ("Särskilt boende Solgläntan", 12.0, 38.0, 6.0),
        ("Välfärdsteknik", 1.8, 1.2, 1.2),
    ]),
    ("Samhällsbyggnadsnämnden", [
        ("Gång- och cykelväg Vikarbyvägen", 4.5, 3.5, 0.0),
        ("Beläggningsunderhåll gator", 5.0, 5.0, 5.5),
        ("Gatubelysning LED", 1.9, 1.6, 1.2),
        ("Hamnområdet vid Långbryggan", 3.2, 0.0, 0.0),
    ]),
    ("Kultur- och fritidsnämnden", [
        ("Konstgräsplan Lerdalen", 0.0, 6.5, 0.0),
        ("Utrustning bibliotek och fritidsgårdar", 0.4, 0.4, 0.4),
    ]),
]
INV_TOT = [r1(sum(p[k] for _, ps in INVEST for p in ps)) for k in (1, 2, 3)]
INV24 = 71.5  # prognos 2024

# Balansbudget
ANL = [812.4]
for i, inv in enumerate([INV24] + INV_TOT):
    ANL.append(r1(ANL[-1] + inv + RB["avs"][i + 1]))
OMS = [168.3, 160.2, 159.4, 158.0, 161.5]
TOT = [r1(ANL[i] + OMS[i]) for i in range(5)]
EK = [412.6]
for i in range(1, 5):
    EK.append(r1(EK[-1] + RES[i]))
AVS = [38.5, 40.1, 42.1, 44.1, 46.1]
KFS = [176.9, 181.0, 184.5, 187.0, 190.2]
LFS = [r1(TOT[i] - EK[i] - AVS[i] - KFS[i]) for i in range(5)]
SOL = [r1(100 * EK[i] / TOT[i]) for i in range(5)]

# Kassaflöde 2025-2027
KF_AVSJ = [2.0, 2.0, 2.0]
KF_LOP = [r1(RES[i + 2] - RB["avs"][i + 2] + KF_AVSJ[i]) for i in range(3)]
KF_NY = [25.0, 30.0, 5.0]
KF_AM = [-5.0, -6.0, -6.0]
KF_FIN = [r1(KF_NY[i] + KF_AM[i]) for i in range(3)]
KF_TOT = [r1(KF_LOP[i] - INV_TOT[i] + KF_FIN[i]) for i in range(3)]

# Årsredovisning 2024: (budget 2024, utfall 2024)
AR_NAMND = [
    ("Kommunstyrelsen", 112.9, 110.6),
    ("Barn- och utbildningsnämnden", 351.0, 352.2),
    ("Socialnämnden", 333.2, 342.6),
    ("Samhällsbyggnadsnämnden", 40.8, 39.9),
    ("Kultur- och fritidsnämnden", 27.9, 27.4),
    ("Överförmyndarnämnden", 2.8, 3.1),
    ("Revisionen", 1.5, 1.5),
    ("Valnämnden", 0.9, 0.8),
]
AR_SUMU = r1(sum(x[2] for x in AR_NAMND))
AR_FINU = 21.6
assert AR_SUMU == 878.1 and r1(AR_SUMU + AR_FINU) == 899.7
AR_RR = {  # utfall 2024, budget 2024, utfall 2023
    "int": (190.2, 185.0, 182.4), "kost": (-1050.1, -1041.0, -1012.6), "avs": (-39.8, -42.0, -38.2),
    "skatt": (647.3, 645.0, 622.5), "gsb": (270.9, 269.8, 262.0), "fi": (3.4, 2.5, 3.2), "fk": (-8.3, -4.5, -6.9),
}
AR_NK = [r1(AR_RR["int"][i] + AR_RR["kost"][i] + AR_RR["avs"][i]) for i in range(3)]
AR_VR = [r1(AR_NK[i] + AR_RR["skatt"][i] + AR_RR["gsb"][i]) for i in range(3)]
AR_RES = [r1(AR_VR[i] + AR_RR["fi"][i] + AR_RR["fk"][i]) for i in range(3)]
assert AR_NK == [-899.7, -898.0, -868.4] and AR_RES == [13.6, 14.8, 12.4], (AR_NK, AR_RES)

# Population and key figures (also in XLSX and AR)
POP = {2018: 10857, 2019: 10879, 2020: 10910, 2021: 10948, 2022: 10951, 2023: 10932, 2024: 10887}
BIRTHS = {2019: 81, 2020: 84, 2021: 90, 2022: 79, 2023: 83, 2024: 78}
DEATHS = {2019: 139, 2020: 151, 2021: 138, 2022: 147, 2023: 145, 2024: 142}
OUTM = {2019: 571, 2020: 548, 2021: 560, 2022: 602, 2023: 588, 2024: 593}
NYCKEL = {  # år: skattesats, nettokostnad kr/inv, resultat mnkr, nettoinvesteringar mnkr, sjukfrånvaro %
    2020: (22.76, 73120, 21.8, 58.2, 8.1),
    2021: (22.76, 75480, 28.4, 61.0, 7.9),
    2022: (22.76, 77950, 19.3, 66.4, 7.7),
    2023: (22.76, 79438, 12.4, 69.7, 7.6),
    2024: (22.76, 82640, 13.6, 64.8, 7.2),
}


def build_budget(path):
    d = Doc("Rättviks kommun", "Mål och budget 2025 med plan 2026–2027")
    d.title_page(["Mål och budget 2025", "med plan 2026–2027"],
                 ["Rättviks kommun", "Antagen av kommunfullmäktige 2024-11-18, § 98", "Dnr KS 2024/0311"])
    d.add_page()
    d.h1("Innehåll")
    for t in ["Förord", "Kommunens styrmodell", "Omvärld och förutsättningar", "Befolkning",
              "Kommunfullmäktiges mål 2025–2027", "Ekonomiska ramar och effektiviseringar",
              "Nämndernas uppdrag", "Investeringar", "Resultatbudget", "Balansbudget",
              "Kassaflödesbudget", "Driftbudget per nämnd", "Investeringsbudget"]:
        d.p(t)
    d.add_page()
    d.h1("Förord")
    d.p("Rättvik står inför några år där ekonomin kräver både omtanke och mod. Kostnaderna för "
        "pensioner, löner och energi fortsätter att öka snabbare än skatteintäkterna, samtidigt som "
        "andelen invånare över 80 år växer. Den här budgeten är ett försök att hålla ihop kommunen: "
        "vi prioriterar skolan och omsorgen, men vi ber också alla verksamheter att hitta nya och "
        "smartare arbetssätt.")
    d.p("Skattesatsen lämnas oförändrad på 22,76 kronor per skattekrona. Vi har valt att inte höja "
        "skatten 2025, eftersom många hushåll fortfarande känner av de senaste årens höga priser.")
    d.p("Årets resultat budgeteras till 17,9 miljoner kronor, vilket motsvarar 1,9 procent av "
        "skatteintäkter och generella statsbidrag. Det är något under vårt långsiktiga mål om 2 "
        "procent, men resultatet förbättras under planperioden.")
    d.p("Under 2025 genomför vi effektiviseringar om totalt 11,5 miljoner kronor. Samtidigt satsar "
        "vi 2,5 miljoner kronor på en utökad elevhälsa och bygger en ny förskola i Vikarbyn. "
        "Jag vill tacka alla medarbetare som varje dag gör Rättvik till en bra plats att leva i.")
    d.p("Karin Wallström (C)\nKommunstyrelsens ordförande", style="I")
    d.h1("Kommunens styrmodell")
    d.p("Rättviks kommun styrs genom mål och ramar. Kommunfullmäktige beslutar om övergripande mål, "
        "skattesats och ekonomiska ramar för nämnderna. Nämnderna bryter ned målen i sina "
        "verksamhetsplaner och redovisar måluppfyllelsen i delårsrapporten per den 31 augusti och i "
        "årsredovisningen. Kommunstyrelsen har uppsikt över nämndernas verksamhet och ekonomi.")
    d.p("Budgeten är en ramtilldelning. Varje nämnd ansvarar för att verksamheten bedrivs inom den "
        "ram som fullmäktige har beslutat. Om en nämnd befarar ett underskott ska den snarast "
        "redovisa åtgärder till kommunstyrelsen.")
    d.add_page()
    d.h1("Omvärld och förutsättningar")
    d.p("Svensk ekonomi har under 2023 och 2024 präglats av hög inflation och stigande räntor. "
        "Sveriges Kommuner och Regioner (SKR) bedömer att skatteunderlaget växer med 4,1 procent 2025. "
        "Kommunens skatteintäkter beräknas till 672,4 miljoner kronor 2025, medan generella "
        "statsbidrag och utjämning beräknas till 281,6 miljoner kronor.")
    d.p("Pensionskostnaderna beräknas öka med 4,7 miljoner kronor 2025 jämfört med 2024, främst till "
        "följd av det nya pensionsavtalet och höga prisbasbelopp. Räntekostnaderna ökar eftersom "
        "kommunen behöver låna för att finansiera investeringarna.")
    d.p("Energipriserna har stabiliserats men ligger kvar på en högre nivå än före 2022. "
        "Kommunen har under 2024 installerat solceller på fyra fastigheter, vilket beräknas minska "
        "elkostnaden med cirka 600 000 kronor per år.")
    d.h1("Befolkning")
    d.p("Den 31 december 2023 hade Rättvik 10 932 invånare, vilket är 19 färre än året innan. "
        "Budgeten bygger på ett antagande om 10 900 invånare 2025. Antalet invånare som är 80 år "
        "eller äldre väntas öka med cirka 6 procent fram till 2027, medan antalet barn i förskoleålder "
        "är i stort sett oförändrat.")
    d.p("Rättvik har en stor andel fritidshus, drygt 4 000, och befolkningen ökar kraftigt under "
        "sommarmånaderna och vid stora evenemang som Classic Car Week och Musik vid Siljan. Det "
        "påverkar bland annat renhållning, vatten och avlopp samt räddningstjänst.")
    d.add_page()
    d.h1("Kommunfullmäktiges mål 2025–2027")
    d.p("Kommunfullmäktige har antagit sex övergripande mål för perioden. Målen följs upp med "
        "indikatorer i delårsrapport och årsredovisning.")
    d.bullets([
        "Rättvik ska ha 11 500 invånare år 2030.",
        "Andelen elever i årskurs 9 som är behöriga till gymnasiets yrkesprogram ska vara minst 88 procent.",
        "Sjukfrånvaron bland kommunens medarbetare ska understiga 6,5 procent.",
        "Koldioxidutsläppen från kommunens egna verksamheter ska minska med 5 procent per år.",
        "Resultatet ska uppgå till minst 2 procent av skatteintäkter och generella statsbidrag sett över en femårsperiod.",
        "Soliditeten inklusive hela pensionsåtagandet ska öka varje år.",
    ])
    d.h2("Finansiella mål")
    d.p("De finansiella målen ska säkerställa god ekonomisk hushållning. Utöver resultatmålet ska "
        "investeringarna över en femårsperiod till minst 60 procent finansieras med egna medel. "
        "Låneskulden får inte överstiga 450 miljoner kronor under planperioden.")
    d.add_page()
    d.h1("Ekonomiska ramar och effektiviseringar")
    d.p("Nämndernas ramar har räknats upp med 2,8 procent för löneökningar och 2,0 procent för "
        "övriga kostnader. Därefter har ett effektiviseringskrav lagts på nämnderna. Sammanlagt "
        "uppgår effektiviseringarna 2025 till 11,5 miljoner kronor.")
    d.bullets([
        "Socialnämnden ska genomföra besparingar om 6,2 miljoner kronor, bland annat genom "
        "ny schemaläggning i hemtjänsten och minskad användning av bemanningsföretag.",
        "Barn- och utbildningsnämnden ska minska kostnaderna med 3,4 miljoner kronor genom "
        "samordning av skolskjutsar och en översyn av lokalerna.",
        "Kommunstyrelsen minskar sina kostnader med 1,2 miljoner kronor, främst inom "
        "administration och konsulttjänster.",
        "Kultur- och fritidsnämnden minskar öppettiderna på biblioteksfilialerna i Furudal och "
        "Boda, vilket sparar 700 000 kronor.",
    ])
    d.p("Valnämndens ram minskar eftersom inga allmänna val hålls 2025. Finansförvaltningen omfattar "
        "bland annat pensionskostnader som inte fördelas till nämnderna, löneökningsreserv och "
        "kommunens centrala buffert på 5,0 miljoner kronor.")
    d.add_page()
    d.h1("Nämndernas uppdrag")
    d.h2("Kommunstyrelsen")
    d.p("Kommunstyrelsen leder och samordnar kommunens verksamhet och ansvarar för bland annat "
        "fastigheter, näringsliv, räddningstjänst och kommunens centrala stödfunktioner. Under 2025 "
        "ska kommunstyrelsen ta fram en ny lokalförsörjningsplan och en näringslivsstrategi.")
    d.h2("Barn- och utbildningsnämnden")
    d.p("Barn- och utbildningsnämnden ansvarar för förskola, grundskola, gymnasieskola och "
        "vuxenutbildning. Nämnden tillförs 2,5 miljoner kronor för en utökad elevhälsa med bland "
        "annat två nya kuratorstjänster. Den nya förskolan i Vikarbyn med sex avdelningar planeras "
        "stå klar i december 2026.")
    d.h2("Socialnämnden")
    d.p("Socialnämnden ansvarar för äldreomsorg, stöd till personer med funktionsnedsättning, "
        "individ- och familjeomsorg samt försörjningsstöd. Ett nytt särskilt boende, Solgläntan, "
        "med 24 platser planeras öppna hösten 2026. Kostnaden för försörjningsstöd beräknas till "
        "14,3 miljoner kronor 2025.")
    d.h2("Samhällsbyggnadsnämnden")
    d.p("Samhällsbyggnadsnämnden ansvarar för gator och vägar, plan- och bygglov, miljö- och "
        "hälsoskydd samt parker. Vinterväghållningen budgeteras till 8,3 miljoner kronor. Nämnden "
        "ska under 2025 ta fram en ny detaljplan för bostäder vid Enåbadet.")
    d.h2("Kultur- och fritidsnämnden")
    d.p("Kultur- och fritidsnämnden ansvarar för bibliotek, fritidsgårdar, föreningsbidrag och "
        "anläggningar. Föreningsbidragen ligger kvar på 3,1 miljoner kronor. Biblioteket i Rättvik "
        "centrum behåller sina öppettider.")
    d.h2("Övriga nämnder")
    d.p("Överförmyndarnämnden, revisionen och valnämnden har mindre ramar. Revisionens budget "
        "beslutas av fullmäktige efter förslag från presidiet.")
    d.add_page()
    d.h1("Investeringar")
    d.p(f"Investeringarna uppgår 2025 till totalt {fmt(INV_TOT[0])} miljoner kronor. För hela "
        f"planperioden 2025–2027 planeras investeringar om {fmt(sum(INV_TOT))} miljoner kronor.")
    d.p("Den största enskilda investeringen är det särskilda boendet Solgläntan med en total utgift om "
        "56,0 miljoner kronor under 2025–2027. Den nya förskolan i Vikarbyn beräknas kosta 42,5 "
        "miljoner kronor under 2025–2026. Renoveringen av Rättviks simhall beräknas kosta 23,0 "
        "miljoner kronor och simhallen hålls stängd från maj 2025 till mars 2026.")
    d.p("Självfinansieringsgraden för investeringarna beräknas till 75 procent 2025. Resterande del "
        "finansieras med nya lån om 25,0 miljoner kronor.")

    # Resultatbudget
    d.add_page()
    d.h1("Resultatbudget")
    d.caption("Belopp i mnkr")
    w = [60, 22, 22, 22, 22, 22]
    hdr = [["", "Bokslut", "Prognos", "Budget", "Plan", "Plan"],
           ["", "2023", "2024", "2025", "2026", "2027"]]

    def row(label, vals, style="", d_=1, neg="-"):
        return ([label] + [fmt(v, d_, neg) for v in vals], style)
    rows = [
        row("Verksamhetens intäkter", RB["int"]),
        row("Verksamhetens kostnader", RB["kost"]),
        row("Avskrivningar", RB["avs"]),
        row("Verksamhetens nettokostnader", NK, "B"),
        row("Skatteintäkter", RB["skatt"]),
        row("Generella statsbidrag och utjämning", RB["gsb"]),
        row("Verksamhetens resultat", VR, "B"),
        row("Finansiella intäkter", RB["fi"]),
        row("Finansiella kostnader", RB["fk"]),
        row("Resultat efter finansiella poster", RES, "B"),
        row("Årets resultat", RES, "B"),
        row("Resultat i % av skatter och bidrag", RESPCT),
    ]
    d.table(w, hdr, rows)
    d.p("Kommentar: Resultatet 2024 enligt prognosen i delårsrapporten är 11,1 miljoner kronor. "
        "Avskrivningarna ökar i takt med att de stora investeringarna färdigställs.", size=9)
    d.h1("Balansbudget")
    d.caption("Belopp i mnkr")
    rows = [
        (["Tillgångar"], "S"),
        row("Anläggningstillgångar", ANL),
        row("Omsättningstillgångar", OMS),
        row("Summa tillgångar", TOT, "B"),
        (["Eget kapital, avsättningar och skulder"], "S"),
        row("Eget kapital", EK),
        row("  varav årets resultat", RES),
        row("Avsättningar för pensioner", AVS),
        row("Långfristiga skulder", LFS),
        row("Kortfristiga skulder", KFS),
        row("Summa eget kapital och skulder", TOT, "B"),
        row("Soliditet, %", SOL),
    ]
    d.table(w, hdr, rows)
    d.add_page()
    d.h1("Kassaflödesbudget")
    d.caption("Belopp i mnkr")
    w3 = [80, 30, 30, 30]
    hdr3 = [["", "Budget", "Plan", "Plan"], ["", "2025", "2026", "2027"]]

    def row3(label, vals, style=""):
        return ([label] + [fmt(v, 1, "– ") for v in vals], style)
    rows = [
        (["Den löpande verksamheten"], "S"),
        row3("Årets resultat", RES[2:]),
        row3("Justering för avskrivningar", [-x for x in RB["avs"][2:]]),
        row3("Justering för avsättningar", KF_AVSJ),
        row3("Medel från den löpande verksamheten", KF_LOP, "B"),
        (["Investeringsverksamheten"], "S"),
        row3("Investering i materiella anläggningstillgångar", [-x for x in INV_TOT]),
        row3("Medel från investeringsverksamheten", [-x for x in INV_TOT], "B"),
        (["Finansieringsverksamheten"], "S"),
        row3("Nyupptagna lån", KF_NY),
        row3("Amortering av skuld", KF_AM),
        row3("Medel från finansieringsverksamheten", KF_FIN, "B"),
        row3("Årets kassaflöde", KF_TOT, "B"),
    ]
    d.table(w3, hdr3, rows)
    d.caption("Negativa belopp anges med tankstreck, t.ex. – 26,1.")

    # Driftbudget
    d.add_page()
    d.h1("Driftbudget per nämnd")
    d.caption("Nettokostnad, belopp i mnkr. Kolumnen kr per invånare avser budget 2025 och bygger på 10 900 invånare.")
    w = [58, 20, 20, 22, 22, 28]
    hdr = [["Nämnd", "Budget", "Budget", "Förändring", "Förändring", "kr per"],
           ["", "2024", "2025", "mnkr", "%", "invånare 2025"]]
    rows = []
    for n, b24, b25 in DRIFT:
        rows.append(([n, fmt(b24), fmt(b25), fmt(b25 - b24), fmt(100 * (b25 - b24) / b24),
                      fmt(b25 * 1e6 / INV, 0)], ""))
    rows.append((["Summa nämnder", fmt(SUM24), fmt(SUM25), fmt(SUM25 - SUM24),
                  fmt(100 * (SUM25 - SUM24) / SUM24), fmt(SUM25 * 1e6 / INV, 0)], "B"))
    rows.append((["Finansförvaltning¹", fmt(FIN24), fmt(FIN25), fmt(FIN25 - FIN24),
                  fmt(100 * (FIN25 - FIN24) / FIN24), fmt(FIN25 * 1e6 / INV, 0)], ""))
    t24, t25 = r1(SUM24 + FIN24), r1(SUM25 + FIN25)
    rows.append((["Verksamhetens nettokostnad", fmt(t24), fmt(t25), fmt(t25 - t24),
                  fmt(100 * (t25 - t24) / t24), fmt(t25 * 1e6 / INV, 0)], "B"))
    d.table(w, hdr, rows)
    d.caption("¹ Finansförvaltningen innehåller pensionskostnader som inte fördelas till nämnderna, "
              "löneökningsreserv och central buffert.")

    # Investeringsbudget, continued over page break
    d.add_page()
    d.h1("Investeringsbudget")
    d.caption("Belopp i mnkr")
    w = [76, 22, 22, 22, 28]
    hdr = [["Projekt", "Budget", "Plan", "Plan", "Totalt"], ["", "2025", "2026", "2027", "2025–2027"]]
    rows = []
    brk = None
    for sec, projs in INVEST:
        if sec == "Samhällsbyggnadsnämnden":
            brk = len(rows)
        rows.append(([sec], "S"))
        for p, a, b, c in projs:
            rows.append(([p, fmt(a), fmt(b), fmt(c), fmt(a + b + c)], ""))
        s = [r1(sum(x[k] for x in projs)) for k in (1, 2, 3)]
        rows.append(([f"Summa {sec}", *[fmt(v) for v in s], fmt(sum(s))], "B"))
    rows.append((["Totalt investeringar", *[fmt(v) for v in INV_TOT], fmt(sum(INV_TOT))], "B"))
    # pad with text so that the break looks natural
    d.p("Tabellen visar investeringsutgifter per projekt. Projekt som inte har påbörjats under 2024 "
        "och som har budgetmedel kvar kan föras över till 2025 efter beslut i kommunstyrelsen.", size=9)
    d.table(w, hdr, rows, break_at=brk, cont_title="Investeringsbudget (forts.)")
    d.caption("Beloppen avser utgifter. Eventuella investeringsbidrag redovisas inte i tabellen.")
    d.output(path)


def build_ar(path):
    d = Doc("Rättviks kommun", "Årsredovisning 2024")
    d.title_page(["Årsredovisning 2024"], ["Rättviks kommun", "Godkänd av kommunstyrelsen 2025-03-25"])
    d.add_page()
    d.h1("Kommunstyrelsens ordförande har ordet")
    d.p("2024 blev ett år då vi fick kämpa för att hålla budgeten. Socialnämnden har haft stora "
        "kostnadsökningar inom hemtjänsten, samtidigt som skatteintäkterna blev något högre än vi "
        "räknade med. Sammantaget slutar året med ett överskott.")
    d.p("Jag är särskilt glad att sjukfrånvaron fortsätter att minska och att fler elever än "
        "tidigare blev behöriga till gymnasiet. Arbetet med den nya förskolan i Vikarbyn har kommit "
        "igång och detaljplanen vann laga kraft i oktober.")
    d.p("Karin Wallström (C), kommunstyrelsens ordförande", style="I")
    d.h1("Förvaltningsberättelse")
    d.h2("Årets resultat")
    d.p("Årets resultat uppgår till 13,6 miljoner kronor, vilket är 2,5 miljoner kronor bättre än "
        "prognosen i delårsrapporten och 1,2 miljoner kronor lägre än budget. Resultatet motsvarar "
        "1,5 procent av skatteintäkter och generella statsbidrag.")
    d.p("Balanskravsresultatet uppgår till 12,7 miljoner kronor efter att realisationsvinster vid "
        "försäljning av tomtmark om 0,9 miljoner kronor har räknats bort. Kommunen uppfyller därmed "
        "kommunallagens balanskrav.")
    d.h2("Nämndernas ekonomi")
    d.p("Nämnderna redovisar sammantaget ett underskott mot budget om 7,1 miljoner kronor. "
        "Socialnämnden redovisar ett underskott om 9,4 miljoner kronor, främst inom hemtjänsten och "
        "placeringar av barn och unga. Kommunstyrelsen redovisar ett överskott om 2,3 miljoner kronor "
        "till följd av vakanta tjänster.")
    d.h2("Investeringar")
    d.p("Nettoinvesteringarna uppgick till 64,8 miljoner kronor mot budgeterade 91,3 miljoner "
        "kronor. Flera projekt, bland annat renoveringen av simhallen, har skjutits till 2025.")
    d.h2("Väsentliga personalförhållanden")
    d.p("Antalet tillsvidareanställda uppgick den 31 december 2024 till 1 012 personer (1 027 "
        "året innan). Den totala sjukfrånvaron var 7,2 procent (7,6). Kvinnor utgör 79 procent av "
        "de anställda.")
    d.add_page()
    d.h1("Resultaträkning")
    d.caption("Belopp i mnkr")
    w = [70, 14, 26, 26, 26]
    hdr = [["", "Not", "Utfall", "Budget", "Utfall"], ["", "", "2024", "2024", "2023"]]
    R = AR_RR

    def row(label, note, vals, style=""):
        return ([label, note] + [fmt(v) for v in vals], style)
    rows = [
        row("Verksamhetens intäkter", "2", R["int"]),
        row("Verksamhetens kostnader", "3", R["kost"]),
        row("Avskrivningar", "4", R["avs"]),
        row("Verksamhetens nettokostnader", "", AR_NK, "B"),
        row("Skatteintäkter", "5", R["skatt"]),
        row("Generella statsbidrag och utjämning", "6", R["gsb"]),
        row("Verksamhetens resultat", "", AR_VR, "B"),
        row("Finansiella intäkter", "7", R["fi"]),
        row("Finansiella kostnader", "8", R["fk"]),
        row("Resultat efter finansiella poster", "", AR_RES, "B"),
        row("Årets resultat", "", AR_RES, "B"),
    ]
    d.table(w, hdr, rows)
    d.h1("Driftredovisning")
    d.caption("Nettokostnad per nämnd 2024, belopp i mnkr. Positiv avvikelse innebär överskott.")
    w = [70, 30, 30, 30]
    hdr = [["Nämnd", "Budget 2024", "Utfall 2024", "Avvikelse"]]
    rows = []
    for n, b, u in AR_NAMND:
        rows.append(([n, fmt(b), fmt(u), fmt(b - u)], ""))
    rows.append((["Summa nämnder", fmt(SUM24), fmt(AR_SUMU), fmt(SUM24 - AR_SUMU)], "B"))
    rows.append((["Finansförvaltning", fmt(FIN24), fmt(AR_FINU), fmt(FIN24 - AR_FINU)], ""))
    rows.append((["Verksamhetens nettokostnad", fmt(SUM24 + FIN24), fmt(AR_SUMU + AR_FINU),
                  fmt(SUM24 + FIN24 - AR_SUMU - AR_FINU)], "B"))
    d.table(w, hdr, rows)
    d.add_page()
    d.h1("Fem år i sammandrag")
    w = [70, 20, 20, 20, 20, 20]
    hdr = [["", "2020", "2021", "2022", "2023", "2024"]]
    ys = [2020, 2021, 2022, 2023, 2024]
    rows = [
        (["Antal invånare 31 dec"] + [fmt(POP[y], 0) for y in ys], ""),
        (["Skattesats, kr"] + [fmt(NYCKEL[y][0], 2) for y in ys], ""),
        (["Årets resultat, mnkr"] + [fmt(NYCKEL[y][2]) for y in ys], ""),
        (["Nettoinvesteringar, mnkr"] + [fmt(NYCKEL[y][3]) for y in ys], ""),
        (["Sjukfrånvaro, %"] + [fmt(NYCKEL[y][4]) for y in ys], ""),
    ]
    d.table(w, hdr, rows)
    d.h1("Måluppfyllelse")
    d.p("Av kommunfullmäktiges sex mål bedöms två vara uppfyllda, tre delvis uppfyllda och ett "
        "inte uppfyllt. Andelen elever i årskurs 9 som var behöriga till yrkesprogram var 86,4 "
        "procent, vilket är under målet om 88 procent. Befolkningsmålet bedöms inte uppfyllt "
        "eftersom antalet invånare minskade till 10 887.")
    d.h1("Noter")
    d.p("Not 5. Skatteintäkter: Preliminär kommunalskatt 651,0 mnkr, preliminär slutavräkning "
        "2024 -2,9 mnkr och slutavräkningsdifferens 2023 -0,8 mnkr.", size=9)
    d.output(path)


HTML_TMPL = """<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Så används din skatt - Rättviks kommun</title>
<link rel="stylesheet" href="/css/main.css">
<script>window.dataLayer = window.dataLayer || [];</script>
</head>
<body>
<div id="cookie-banner" class="cookie">
  <p>Vi använder kakor (cookies) för att förbättra webbplatsen. Läs mer om hur vi hanterar kakor.</p>
  <button>Godkänn alla</button> <button>Endast nödvändiga</button>
</div>
<header class="site-header">
  <a href="/" class="logo">Rättviks kommun</a>
  <nav>
    <ul>
      <li><a href="/omsorg">Omsorg och stöd</a></li>
      <li><a href="/skola">Utbildning och förskola</a></li>
      <li><a href="/bygga">Bygga, bo och miljö</a></li>
      <li><a href="/kultur">Kultur och fritid</a></li>
      <li><a href="/kommun-och-politik">Kommun och politik</a></li>
    </ul>
  </nav>
  <form action="/sok"><input type="search" placeholder="Sök på rattvik.se"></form>
</header>
<nav class="breadcrumbs"><a href="/">Start</a> &gt; <a href="/kommun-och-politik">Kommun och politik</a> &gt; <a href="/ekonomi">Ekonomi</a> &gt; Så används din skatt</nav>
<main>
<article>
<h1>Så används din skatt</h1>
<p class="ingress">Kommunalskatten är kommunens största inkomstkälla. Här kan du se hur varje hundralapp du betalar i kommunalskatt fördelas mellan kommunens verksamheter 2025.</p>
<h2>Skattesatsen 2025</h2>
<p>Kommunalskatten i Rättvik är 22,76 kronor per hundralapp 2025. Tillsammans med regionskatten till Region Dalarna på 11,64 kronor blir den totala skattesatsen 34,40 kronor.</p>
<p>En person som tjänar 30 000 kronor i månaden betalar ungefär 6 100 kronor i månaden i kommunalskatt till Rättviks kommun.</p>
<h2>Så fördelas 100 kronor</h2>
<table class="tabell">
<caption>Fördelning av 100 kronor i kommunalskatt, budget 2025</caption>
<thead><tr><th>Verksamhet</th><th>Kronor av 100</th><th>Budget 2025, mnkr</th></tr></thead>
<tbody>
{rows}
</tbody>
</table>
<p>Fördelningen bygger på nämndernas nettokostnader i Mål och budget 2025. Avrundningar gör att summan kan avvika något.</p>
<h2>Varifrån kommer pengarna?</h2>
<p>Kommunens verksamheter finansieras till största delen av skatteintäkter, 672,4 miljoner kronor, och av generella statsbidrag och utjämning, 281,6 miljoner kronor. Resten kommer från avgifter, hyror och riktade statsbidrag.</p>
<p>Avgifterna för barnomsorg och äldreomsorg följer maxtaxan och täcker bara en liten del av kostnaderna. En plats i förskolan kostar kommunen cirka 168 000 kronor per år.</p>
<p class="meta">Senast uppdaterad: 2025-01-15</p>
<p class="meta">Sidansvarig: Ekonomiavdelningen</p>
</article>
</main>
<footer class="site-footer">
  <p>Rättviks kommun, Box 202, 795 25 Rättvik</p>
  <p>Telefon 0248-700 00 · kommun@rattvik.se · Org.nr 212000-2163</p>
  <ul><li><a href="/tillganglighet">Tillgänglighetsredogörelse</a></li><li><a href="/personuppgifter">Personuppgifter</a></li><li><a href="/kakor">Om kakor</a></li></ul>
</footer>
</body>
</html>
"""

SKATT_ROWS = [
    ("Förskola och skola", 40, 362.4),
    ("Vård och omsorg, stöd och socialtjänst", 39, 348.9),
    ("Gemensam verksamhet, räddningstjänst och fastigheter", 13, 118.6),
    ("Gator, vägar, miljö och bygg", 5, 41.7),
    ("Kultur och fritid", 3, 27.5),
    ("Övrigt (överförmyndare, revision, val)", 0.5, 4.8),
]


def build_html(path):
    rows = "\n".join(f"<tr><td>{a}</td><td>{fmt(b, 0) if b == int(b) else fmt(b, 1)}</td><td>{fmt(c)}</td></tr>"
                     for a, b, c in SKATT_ROWS)
    with open(path, "w", encoding="utf-8") as f:
        f.write(HTML_TMPL.replace("{rows}", rows))


def build_docx(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    doc.add_heading("Protokoll", level=0)
    doc.add_paragraph("Kommunstyrelsen, Rättviks kommun")
    doc.add_paragraph("Sammanträdesdatum: 2024-10-22")
    doc.add_paragraph("Plats och tid: Kommunhuset, sammanträdesrum Siljan, kl. 09.00–12.15")
    doc.add_paragraph("Beslutande: Karin Wallström (C), ordförande, Lars Ek (S), Anna Hedlund (S), "
                      "Jonas Björk (C), Eva Persson (KD), Mikael Sund (V), Ulla Granberg (S), "
                      "Peter Olsson (C), Linnea Berg (M), Tomas Åkerlund (M), Stefan Nyberg (SD), "
                      "Maria Hansson (SD), Gunnar Lindh (L)")
    doc.add_paragraph("Sekreterare: Emma Sjöberg")

    doc.add_heading("§ 142 Val av justerare", level=2)
    doc.add_paragraph("Lars Ek (S) utses att jämte ordföranden justera dagens protokoll.")

    doc.add_heading("§ 143 Delårsrapport januari–augusti 2024", level=2)
    doc.add_paragraph("Dnr KS 2024/0288")
    doc.add_paragraph("Ekonomiavdelningen har upprättat delårsrapport för perioden januari–augusti 2024. "
                      "Periodens resultat uppgår till 28,9 miljoner kronor. Prognosen för helåret visar "
                      "ett resultat om 11,1 miljoner kronor, vilket är 3,7 miljoner kronor lägre än budget.")
    doc.add_paragraph("Beslut: Kommunstyrelsen föreslår kommunfullmäktige att godkänna delårsrapporten.")

    doc.add_heading("§ 144 Mål och budget 2025 med plan 2026–2027", level=2)
    doc.add_paragraph("Dnr KS 2024/0311")
    doc.add_paragraph("Kommunstyrelsens ordförande har lagt fram förslag till Mål och budget 2025 med plan "
                      "2026–2027. Förslaget innebär en oförändrad skattesats om 22,76 kronor och ett "
                      "budgeterat resultat om 17,9 miljoner kronor för 2025.")
    doc.add_paragraph("Linnea Berg (M) yrkar bifall till Moderaternas budgetförslag med en skattesats om 22,51 kronor.")
    doc.add_paragraph("Omröstning begärs och genomförs. Med 10 ja-röster mot 3 nej-röster beslutar "
                      "kommunstyrelsen enligt ordförandens förslag.")
    doc.add_paragraph("Beslut: Kommunstyrelsen föreslår kommunfullmäktige att anta Mål och budget 2025 med "
                      "plan 2026–2027 och att fastställa skattesatsen för 2025 till 22,76 kronor.")
    doc.add_paragraph("Reservation: Linnea Berg (M) och Tomas Åkerlund (M) reserverar sig mot beslutet till "
                      "förmån för eget förslag. Stefan Nyberg (SD) och Maria Hansson (SD) deltar inte i beslutet.")

    doc.add_heading("§ 145 Ombudgetering av investeringsmedel från 2024 till 2025", level=2)
    doc.add_paragraph("Dnr KS 2024/0322")
    doc.add_paragraph("Flera investeringsprojekt har försenats under 2024. Förvaltningen föreslår att "
                      "outnyttjade medel förs över till 2025 enligt tabellen nedan. Belopp i tkr.")
    OMB = [("Renovering Rättviks simhall", 12000, 4500), ("Gång- och cykelväg Vikarbyvägen", 3800, 1250),
           ("Energieffektivisering kommunala fastigheter", 5500, 4100), ("Skolgård Stumsnäs skola", 2600, 350),
           ("Fordon och maskiner", 1900, 1900)]
    rows = [(p, fmt(b, 0), fmt(u, 0), fmt(b - u, 0)) for p, b, u in OMB]
    sb, su = sum(x[1] for x in OMB), sum(x[2] for x in OMB)
    rows.append(("Summa", fmt(sb, 0), fmt(su, 0), fmt(sb - su, 0)))
    docx_table(doc, ["Projekt", "Budget 2024", "Prognos utfall 2024", "Överförs till 2025"], rows)
    doc.add_paragraph("")
    doc.add_paragraph(f"Beslut: Kommunstyrelsen beslutar att föra över {fmt(sb - su, 0)} tkr av 2024 års "
                      "investeringsbudget till 2025.")

    doc.add_heading("§ 146 Försäljning av del av fastigheten Rättvik Västgärde 2:47", level=2)
    doc.add_paragraph("Dnr KS 2024/0247")
    doc.add_paragraph("Siljan Bygg AB har anmält intresse av att köpa cirka 4 200 kvadratmeter av "
                      "fastigheten Rättvik Västgärde 2:47 för att uppföra 18 hyreslägenheter.")
    doc.add_paragraph("Beslut: Kommunstyrelsen beslutar att sälja del av fastigheten Rättvik Västgärde 2:47 "
                      "till Siljan Bygg AB för 1 850 000 kronor.")

    doc.add_heading("§ 147 Medborgarförslag om hundrastgård i Vikarbyn", level=2)
    doc.add_paragraph("Dnr KS 2024/0105")
    doc.add_paragraph("Ett medborgarförslag har inkommit om att anlägga en inhägnad hundrastgård i Vikarbyn. "
                      "Samhällsbyggnadsförvaltningen bedömer kostnaden till 85 000 kronor.")
    doc.add_paragraph("Beslut: Kommunstyrelsen beslutar att bifalla medborgarförslaget. Kostnaden "
                      "finansieras inom samhällsbyggnadsnämndens ram.")
    doc.add_paragraph("Justerat 2024-10-25")
    save_docx(doc, path, "Emma Sjöberg")
    return sb - su


def build_xlsx(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Befolkning"
    ws.append(["Rättviks kommun – befolkningsförändringar 2018–2024"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(["Antal personer. Folkmängd avser den 31 december."])
    ws.append([])
    ws.append(["År", "Folkmängd", "Födda", "Döda", "Inflyttade", "Utflyttade", "Flyttnetto", "Folkökning"])
    for c in ws[4]:
        c.font = Font(bold=True)
    ws.append([2018, POP[2018], None, None, None, None, None, None])
    for y in range(2019, 2025):
        ch = POP[y] - POP[y - 1]
        netto = ch - BIRTHS[y] + DEATHS[y]
        inm = OUTM[y] + netto
        ws.append([y, POP[y], BIRTHS[y], DEATHS[y], inm, OUTM[y], netto, ch])
    ws.append([])
    ws.append(["Källa: SCB, befolkningsstatistik. Bearbetning: Rättviks kommun."])
    ws2 = wb.create_sheet("Nyckeltal")
    ws2.append(["Rättviks kommun – ekonomiska nyckeltal"])
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.append(["Skattesats i kronor, nettokostnad i kronor per invånare, resultat och investeringar i mnkr, sjukfrånvaro i procent"])
    ws2.append(["År", "Skattesats", "Nettokostnad per invånare", "Årets resultat", "Nettoinvesteringar", "Sjukfrånvaro"])
    for c in ws2[3]:
        c.font = Font(bold=True)
    for y in sorted(NYCKEL):
        s, nk, res, inv, sj = NYCKEL[y]
        ws2.append([y, s, nk, res, inv, sj])
    ws2.append(["Källa: Rättviks kommuns årsredovisningar 2020–2024."])
    save_xlsx(wb, path, "Ekonomiavdelningen Rättvik")


def build_press(path):
    txt = """# Pressmeddelande: Rättviks kommun går med överskott 2024

**Rättviks kommun, 2025-03-27**

Rättviks kommun redovisar ett överskott på 13,6 miljoner kronor för 2024. Det framgår av årsredovisningen som kommunstyrelsen godkände på tisdagen. Resultatet är 2,5 miljoner kronor bättre än prognosen i augusti.

– Vi har haft ett tufft år, framför allt inom hemtjänsten, men tack vare god kostnadskontroll i övriga verksamheter landar vi på plus. Nu fortsätter arbetet med att få socialnämndens ekonomi i balans, säger Karin Wallström (C), kommunstyrelsens ordförande.

## Kort om årsredovisningen 2024

- Årets resultat: 13,6 miljoner kronor (12,4 miljoner kronor 2023)
- Nettoinvesteringar: 64,8 miljoner kronor
- Socialnämndens underskott: 9,4 miljoner kronor
- Sjukfrånvaro: 7,2 procent
- Antal invånare 31 december 2024: 10 887

Socialnämnden har fått i uppdrag att ta fram en åtgärdsplan som ska redovisas för kommunstyrelsen i maj 2025. Planen ska minska kostnaderna med minst 5 miljoner kronor på helårsbasis.

Årsredovisningen behandlas av kommunfullmäktige den 22 april 2025.

**Kontakt**
Karin Wallström (C), kommunstyrelsens ordförande, 0248-700 12
Henrik Dahl, ekonomichef, 0248-701 40
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(txt)


def build(outdir):
    os.makedirs(outdir, exist_ok=True)
    build_budget(os.path.join(outdir, "mal-och-budget-2025-2027.pdf"))
    build_ar(os.path.join(outdir, "arsredovisning-2024.pdf"))
    build_html(os.path.join(outdir, "sa-anvands-din-skatt.html"))
    build_docx(os.path.join(outdir, "ks-protokoll-2024-10-22.docx"))
    build_xlsx(os.path.join(outdir, "befolkning-och-nyckeltal.xlsx"))
    build_press(os.path.join(outdir, "pressmeddelande-arsredovisning-2024.md"))
