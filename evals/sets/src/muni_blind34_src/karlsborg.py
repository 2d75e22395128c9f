"""Karlsborgs kommun: invented but internally consistent documents."""
import os
from pdfkit import Doc, fmt
from officekit import normalise_zip
import docx
from docx.shared import Pt
import openpyxl
from openpyxl.styles import Font

NAME = "Karlsborgs kommun"
SKATT = "22,14"


def r1(x):
    return round(x + 0.0, 1)


NAMNDER = [  # B2024, B2025, P2026, P2027 mnkr
    ("Kommunstyrelsen", 96.5, 99.8, 101.9, 104.2),
    ("Bildningsnämnden", 221.4, 229.7, 234.6, 239.8),
    ("Socialnämnden", 214.8, 223.1, 229.4, 235.0),
    ("Miljö- och byggnämnden", 6.2, 6.4, 6.6, 6.7),
    ("Revisionen", 1.2, 1.3, 1.3, 1.3),
    ("Valnämnden", 0.1, 0.4, 0.9, 0.1),
]
NSUM = [r1(sum(n[i] for n in NAMNDER)) for i in range(1, 5)]

RB = {
    "Verksamhetens intäkter": [142.6, 135.0, 139.8, 142.5, 145.1],
    "Verksamhetens kostnader": [-667.9, -676.3, -702.4, -718.9, -736.0],
    "Avskrivningar": [-24.3, -26.0, -27.9, -29.6, -31.0],
    "Skatteintäkter": [418.2, 436.9, 455.7, 471.3, 487.8],
    "Generella statsbidrag och utjämning": [142.1, 143.4, 152.0, 154.6, 156.3],
    "Finansiella intäkter": [3.4, 2.8, 2.6, 2.6, 2.7],
    "Finansiella kostnader": [-6.2, -7.6, -8.4, -9.1, -9.8],
}
NK = [r1(RB["Verksamhetens intäkter"][i] + RB["Verksamhetens kostnader"][i] + RB["Avskrivningar"][i]) for i in range(5)]
VR = [r1(NK[i] + RB["Skatteintäkter"][i] + RB["Generella statsbidrag och utjämning"][i]) for i in range(5)]
AR = [r1(VR[i] + RB["Finansiella intäkter"][i] + RB["Finansiella kostnader"][i]) for i in range(5)]

# Investeringar, mnkr: (område, projekt, 2025, 2026, 2027)
INV = [
    ("Kommunstyrelsen", "Ny räddningsstation", 18.0, 12.5, 0.0),
    ("Kommunstyrelsen", "Gång- och cykelväg Strandvägen", 2.4, 1.6, 0.0),
    ("Kommunstyrelsen", "Beläggningsunderhåll gator", 3.0, 3.0, 3.0),
    ("Kommunstyrelsen", "Gatubelysning", 0.8, 0.8, 0.8),
    ("Kommunstyrelsen", "Hamnen i Karlsborg, bryggor", 1.5, 0.0, 0.0),
    ("Kommunstyrelsen", "Badplatser och lekplatser", 0.6, 0.6, 0.6),
    ("Kommunstyrelsen", "IT-infrastruktur", 1.8, 1.5, 1.5),
    ("Kommunstyrelsen", "Energieffektivisering fastigheter", 2.5, 2.5, 2.5),
    ("Kommunstyrelsen", "Reinvestering fastigheter", 4.0, 4.0, 4.0),
    ("Kommunstyrelsen", "Exploatering Vanäs etapp 1", 6.5, 4.0, 2.0),
    ("Kommunstyrelsen", "Simhallen, tak och ventilation", 3.8, 0.0, 0.0),
    ("Kommunstyrelsen", "Idrottsplatsen, konstgräs", 0.0, 4.2, 0.0),
    ("Bildningsnämnden", "Inventarier förskola och skola", 0.9, 0.9, 0.9),
    ("Bildningsnämnden", "Skolgård Ekedalsskolan", 1.2, 0.0, 0.0),
    ("Bildningsnämnden", "Digitala lärverktyg", 0.7, 0.7, 0.7),
    ("Bildningsnämnden", "Mölltorps skola, tillbyggnad", 2.0, 9.5, 6.0),
    ("Socialnämnden", "Trygghetslarm och välfärdsteknik", 0.9, 0.5, 0.5),
    ("Socialnämnden", "Inventarier särskilt boende", 0.6, 0.6, 0.6),
    ("Socialnämnden", "Fordon hemtjänst", 0.8, 0.8, 0.8),
    ("Miljö- och byggnämnden", "Digitalt ärendesystem", 0.4, 0.0, 0.0),
]
INVS = [r1(sum(p[i] for p in INV)) for i in (2, 3, 4)]

BAL_ANL = [612.4, 640.1, 664.6, 682.7, 675.6]
BAL_OMS = [92.8, 88.0, 91.5, 95.2, 110.6]
BAL_SUM = [r1(BAL_ANL[i] + BAL_OMS[i]) for i in range(5)]
BAL_EK = [354.3]
for _i in range(1, 5):
    BAL_EK.append(r1(BAL_EK[-1] + AR[_i]))
BAL_AVS = [38.6, 40.1, 41.3, 42.3, 43.1]
BAL_LFS = [250.0, 275.0, 295.0, 305.0, 300.0]
BAL_KFS = [r1(BAL_SUM[i] - BAL_EK[i] - BAL_AVS[i] - BAL_LFS[i]) for i in range(5)]

NAMND_TEXT = [
    ("Kommunstyrelsen", "Kommunstyrelsen ansvarar för ledning och samordning, räddningstjänst, gator och parker, "
     "fastigheter samt kultur och fritid. Under 2025 prioriteras planeringen för nya bostäder i Vanäs och "
     "arbetet med en ny översiktsplan."),
    ("Bildningsnämnden", "Bildningsnämnden ansvarar för förskola, grundskola, fritidshem, gymnasieskola, "
     "vuxenutbildning och kulturskola. Antalet elever i grundskolan beräknas till 742 hösten 2025, vilket är "
     "26 fler än hösten 2024. Karlsborgs gymnasieelever studerar främst i Skövde och Tibro."),
    ("Socialnämnden", "Socialnämnden ansvarar för äldreomsorg, funktionsstöd, individ- och familjeomsorg och "
     "försörjningsstöd. Antalet platser i särskilt boende är 96. Behovet av hemtjänst ökar med uppskattningsvis "
     "4 procent per år."),
    ("Miljö- och byggnämnden", "Nämnden ansvarar för bygglov, miljö- och hälsoskydd samt livsmedelskontroll. "
     "Handläggningstiden för bygglov ska vara högst fyra veckor."),
    ("Revisionen och valnämnden", "Revisionen granskar kommunens verksamheter på uppdrag av fullmäktige. "
     "Valnämnden genomför valet till Europaparlamentet 2024 och de allmänna valen 2026."),
]


def kassaflode():
    avs = [1.2, 1.0, 0.8]
    rorel = [-2.0, 0.0, 0.0]
    lop = [r1(AR[i + 2] + RB_AVS(i) + avs[i] + rorel[i]) for i in range(3)]
    inv = [-v for v in INVS]
    ny = [25.0, 15.0, 0.0]
    am = [-5.0, -5.0, -5.0]
    fin = [r1(ny[i] + am[i]) for i in range(3)]
    tot = [r1(lop[i] + inv[i] + fin[i]) for i in range(3)]
    return avs, rorel, lop, inv, ny, am, fin, tot


def RB_AVS(i):
    return -RB["Avskrivningar"][i + 2]


def budget_pdf(path):
    d = Doc("Budget och plan 2025–2027 | Karlsborgs kommun", "Karlsborgs kommun")
    d.add_page()
    d.no_head = True
    d.ln(45)
    d.set_font("D", "B", 28)
    d.multi_cell(0, 13, "Budget och plan\n2025–2027", new_x="LMARGIN", new_y="NEXT")
    d.ln(5)
    d.set_font("D", "", 12)
    d.multi_cell(0, 7, "Karlsborgs kommun\nBeslutad av kommunfullmäktige 18 november 2024, § 98", new_x="LMARGIN", new_y="NEXT")
    d.no_head = False

    d.add_page()
    d.h1("Förord")
    d.p("Karlsborg står inför en period av både möjligheter och utmaningar. Försvarsmaktens utbyggnad på "
        "garnisonen innebär att fler människor vill bo och arbeta i vår kommun, och vi planerar för 300 nya "
        "bostäder fram till 2030. Samtidigt ökar kostnaderna snabbare än intäkterna.")
    d.p("Budgeten för 2025 bygger på en oförändrad skattesats på " + SKATT + " kronor. Årets resultat budgeteras "
        "till " + fmt(AR[2]) + " miljoner kronor. För att klara det krävs effektiviseringar om 6,3 miljoner kronor, "
        "som fördelas på samtliga nämnder.")
    d.p("Vi gör också medvetna satsningar. Vi bygger en ny räddningsstation, vi påbörjar tillbyggnaden av "
        "Mölltorps skola och vi avsätter 450 000 kronor till lovaktiviteter för barn och unga. Föreningslivet får "
        "en höjning av föreningsbidragen med 250 000 kronor.")
    d.p("Johan Ekwall (M)\nKommunstyrelsens ordförande")

    d.add_page()
    d.h1("Styrning och mål")
    d.p("Kommunfullmäktige styr verksamheten genom mål och ekonomiska ramar. De fyra inriktningsmålen gäller för "
        "mandatperioden 2023–2026.")
    d.bullets(["Karlsborg ska växa till 7 500 invånare år 2030.",
               "Elevernas kunskapsresultat ska vara bland de 50 bästa i landet.",
               "Äldre ska kunna leva ett självständigt liv med god omsorg.",
               "Kommunen ska ha en ekonomi i balans med ett resultat om minst 2 procent av skatter och statsbidrag."])
    d.h2("Finansiella mål")
    d.p("Årets resultat ska uppgå till minst 2 procent av skatteintäkter och generella statsbidrag. "
        "Nettoinvesteringarna ska över planperioden finansieras till minst 60 procent med egna medel. "
        "Låneskulden får inte överstiga 330 miljoner kronor.")
    d.h2("Omvärld och befolkning")
    d.p("Den 31 december 2023 hade Karlsborgs kommun 6 930 invånare, en ökning med 18 personer jämfört med året "
        "innan. Budgeten utgår från 6 960 invånare den 1 november 2024. Ökningen förklaras framför allt av "
        "inflyttning kopplad till Försvarsmakten.")
    d.p("SKR:s prognos pekar på att skatteunderlaget ökar med 3,9 procent 2025. Pensionskostnaderna ökar med "
        "5,1 miljoner kronor jämfört med 2024.")

    d.add_page()
    d.h1("Resultatbudget")
    d.caption("Belopp i miljoner kronor (mnkr)")
    hdr = [["", "Utfall", "Budget", "Budget", "Plan", "Plan"], ["", "2023", "2024", "2025", "2026", "2027"]]
    rows = []
    for k in ("Verksamhetens intäkter", "Verksamhetens kostnader", "Avskrivningar"):
        rows.append([k] + [fmt(v, neg="–") for v in RB[k]])
    rows.append(["Verksamhetens nettokostnader"] + [fmt(v, neg="–") for v in NK])
    for k in ("Skatteintäkter", "Generella statsbidrag och utjämning"):
        rows.append([k] + [fmt(v, neg="–") for v in RB[k]])
    rows.append(["Verksamhetens resultat"] + [fmt(v, neg="–") for v in VR])
    for k in ("Finansiella intäkter", "Finansiella kostnader"):
        rows.append([k] + [fmt(v, neg="–") for v in RB[k]])
    rows.append(["Årets resultat"] + [fmt(v, neg="–") for v in AR])
    d.table(hdr, rows, [62, 21, 21, 21, 21, 21], bold_rows=("Årets resultat",))
    d.p("Verksamhetens nettokostnader ökar med " + fmt(r1(-NK[2] + NK[1])) + " mnkr mellan budget 2024 och budget "
        "2025. Skatteintäkter och generella statsbidrag ökar samtidigt med " +
        fmt(r1(RB["Skatteintäkter"][2] + RB["Generella statsbidrag och utjämning"][2] - RB["Skatteintäkter"][1] - RB["Generella statsbidrag och utjämning"][1])) +
        " mnkr.")

    avs, rorel, lop, inv, ny, am, fin, tot = kassaflode()
    d.add_page()
    d.h1("Kassaflödesbudget")
    d.caption("Mnkr. Negativa belopp anges inom parentes.")
    hdr = [["", "Budget 2025", "Plan 2026", "Plan 2027"]]
    rows = [["Den löpande verksamheten", "", "", ""],
            ["Årets resultat"] + [fmt(v, neg="()") for v in AR[2:]],
            ["Justering för avskrivningar"] + [fmt(-v, neg="()") for v in RB["Avskrivningar"][2:]],
            ["Justering för avsättningar"] + [fmt(v, neg="()") for v in avs],
            ["Förändring av rörelsekapital"] + [fmt(v, neg="()") for v in rorel],
            ["Medel från den löpande verksamheten"] + [fmt(v, neg="()") for v in lop],
            ["Investeringsverksamheten", "", "", ""],
            ["Nettoinvesteringar"] + [fmt(v, neg="()") for v in inv],
            ["Finansieringsverksamheten", "", "", ""],
            ["Nyupplåning"] + [fmt(v, neg="()") for v in ny],
            ["Amortering"] + [fmt(v, neg="()") for v in am],
            ["Medel från finansieringsverksamheten"] + [fmt(v, neg="()") for v in fin],
            ["Årets kassaflöde"] + [fmt(v, neg="()") for v in tot]]
    d.table(hdr, rows, [80, 28, 28, 28], bold_rows=("Årets kassaflöde",))
    d.p("Låneskulden beräknas uppgå till 295 miljoner kronor vid utgången av 2025, efter nyupplåning om 25 "
        "miljoner kronor och amorteringar om 5 miljoner kronor.")

    # Landscape driftbudget with three-line header
    d.add_page(orientation="L")
    d.h1("Driftbudget per nämnd")
    d.caption("Nettokostnader. Belopp i mnkr om inte annat anges")
    hdr = [["", "Budget", "Budget", "Förändring", "Förändring", "Nettokostnad", "Plan", "Plan"],
           ["", "2024", "2025", "2024–2025", "2024–2025", "per invånare", "2026", "2027"],
           ["Nämnd", "mnkr", "mnkr", "mnkr", "%", "kr 2025", "mnkr", "mnkr"]]
    rows = []
    for n in NAMNDER:
        ch = r1(n[2] - n[1])
        rows.append([n[0], fmt(n[1]), fmt(n[2]), fmt(ch), fmt(r1(ch / n[1] * 100)),
                     fmt(round(n[2] * 1e6 / 6960), 0), fmt(n[3]), fmt(n[4])])
    ch = r1(NSUM[1] - NSUM[0])
    rows.append(["Totalt nämnder", fmt(NSUM[0]), fmt(NSUM[1]), fmt(ch), fmt(r1(ch / NSUM[0] * 100)),
                 fmt(round(NSUM[1] * 1e6 / 6960), 0), fmt(NSUM[2]), fmt(NSUM[3])])
    d.table(hdr, rows, [70, 22, 22, 26, 26, 30, 22, 22], bold_rows=("Totalt nämnder",))
    d.footnote("Nettokostnad per invånare är beräknad på 6 960 invånare. Valnämndens ram 2026 avser val till "
               "riksdag, region och kommun.")
    d.p("Socialnämnden får det största tillskottet i kronor räknat. Bildningsnämndens ram omfattar förskola, "
        "grundskola, gymnasieskola, vuxenutbildning och kulturskola.")

    d.add_page(orientation="P")
    d.h1("Nämndernas effektiviseringar")
    d.p("Effektiviseringarna om totalt 6,3 miljoner kronor fördelas enligt följande: socialnämnden 2,8 miljoner "
        "kronor, bildningsnämnden 2,4 miljoner kronor och kommunstyrelsen 1,1 miljoner kronor.")
    d.p("Socialnämnden ska bland annat minska användningen av bemanningsföretag och införa digital "
        "tillsyn i hemtjänsten. Bildningsnämnden ser över skolskjutsar och lokalutnyttjande. "
        "Kommunstyrelsen minskar konsultkostnaderna.")
    d.h2("Personal")
    d.p("Kommunen har cirka 720 tillsvidareanställda. Löneökningarna för 2025 är beräknade till 3,0 procent. "
        "Arbetsgivaravgifter och pensioner (PO-pålägg) beräknas till 40,15 procent.")
    d.add_page()
    d.h1("Balansbudget")
    d.caption("Mnkr")
    hdr = [["", "Utfall", "Budget", "Budget", "Plan", "Plan"], ["", "2023", "2024", "2025", "2026", "2027"]]
    rows = [["Anläggningstillgångar"] + [fmt(v) for v in BAL_ANL],
            ["Omsättningstillgångar"] + [fmt(v) for v in BAL_OMS],
            ["Summa tillgångar"] + [fmt(v) for v in BAL_SUM],
            ["Eget kapital"] + [fmt(v) for v in BAL_EK],
            ["varav årets resultat"] + [fmt(v) for v in AR],
            ["Avsättningar för pensioner"] + [fmt(v) for v in BAL_AVS],
            ["Långfristiga skulder"] + [fmt(v) for v in BAL_LFS],
            ["Kortfristiga skulder"] + [fmt(v) for v in BAL_KFS],
            ["Summa eget kapital och skulder"] + [fmt(v) for v in BAL_SUM]]
    d.table(hdr, rows, [66, 20, 20, 20, 20, 20], bold_rows=("Summa tillgångar", "Summa eget kapital och skulder"), size=8.5)
    d.footnote("Långfristiga skulder avser lån hos Kommuninvest.")
    d.p("Soliditeten beräknas till " + fmt(r1(BAL_EK[2] / BAL_SUM[2] * 100)) + " procent vid utgången av 2025.")

    d.add_page()
    d.h1("Nämndernas verksamhet")
    for h, t in NAMND_TEXT:
        d.h2(h)
        d.p(t)

    d.add_page()
    d.h1("Investeringsbudget")
    d.p("Nettoinvesteringarna uppgår till " + fmt(INVS[0]) + " mnkr 2025, " + fmt(INVS[1]) + " mnkr 2026 och " +
        fmt(INVS[2]) + " mnkr 2027. Den nya räddningsstationen beräknas totalt kosta 30,5 miljoner kronor.")
    d.h2("Större projekt")
    d.p("Ny räddningsstation. Dagens station vid Hamngatan är sliten och uppfyller inte arbetsmiljökraven. "
        "Den nya stationen byggs i anslutning till väg 49 och ska vara klar hösten 2026.")
    d.p("Mölltorps skola. Skolan byggs till med fyra klassrum och ett nytt tillagningskök för att möta det ökade "
        "elevantalet i kommunens norra del. Projektet pågår 2025–2027 och beräknas kosta 17,5 miljoner kronor.")
    d.p("Exploatering Vanäs. Området förbereds för cirka 60 bostäder. Investeringen avser gator, VA och "
        "belysning.")
    d.p("Simhallen. Taket och ventilationen i simhallen byts under sommaren 2025, då simhallen hålls stängd "
        "i tio veckor.")
    d.h2("Finansiering av investeringarna")
    d.p("Investeringarna finansieras med egna medel från den löpande verksamheten och med nyupplåning. "
        "Självfinansieringsgraden för investeringarna beräknas till 73 procent 2025. Över planperioden "
        "2025–2027 beräknas självfinansieringsgraden till 104 procent, vilket innebär att målet om minst "
        "60 procent uppfylls med god marginal.")
    d.p("Investeringar i VA-verksamheten redovisas inte här, eftersom VA-verksamheten bedrivs i det "
        "kommunala bolaget Karlsborgs Energi AB och finansieras med avgifter.")
    d.caption("Investeringar per projekt, mnkr")
    hdr = [["Nämnd", "Projekt", "Budget", "Plan", "Plan"], ["", "", "2025", "2026", "2027"]]
    rows = [[p[0], p[1], fmt(p[2]), fmt(p[3]), fmt(p[4])] for p in INV]
    rows.append(["Summa investeringar", "", fmt(INVS[0]), fmt(INVS[1]), fmt(INVS[2])])
    d.table(hdr, rows, [45, 70, 18, 18, 18], bold_rows=("Summa investeringar",), size=8.5,
            cont_label="Investeringar per projekt, mnkr (forts.)")
    d.footnote("Exploateringen i Vanäs finansieras på sikt genom försäljning av tomter.")
    d.output_to(path)


DELAR = [  # nämnd, budget 2024, avvikelse prognos (positiv = överskott)
    ("Kommunstyrelsen", 96.5, 1.2), ("Bildningsnämnden", 221.4, -2.9), ("Socialnämnden", 214.8, -4.6),
    ("Miljö- och byggnämnden", 6.2, 0.2), ("Revisionen", 1.2, 0.0), ("Valnämnden", 0.1, 0.1),
]


def delar_pdf(path):
    d = Doc("Delårsrapport januari–augusti 2024", "Karlsborgs kommun – Delårsrapport 2024")
    d.add_page()
    d.h1("Delårsrapport januari–augusti 2024")
    d.p("Karlsborgs kommun. Behandlad av kommunstyrelsen 2024-10-02, § 141.")
    d.h2("Sammanfattning")
    d.p("Periodens resultat uppgår till 24,6 miljoner kronor. Prognosen för helåret 2024 är ett resultat på "
        "6,8 miljoner kronor, vilket är 1,4 miljoner kronor lägre än budget. Nämnderna prognostiserar sammantaget "
        "ett underskott på 6,0 miljoner kronor, som delvis vägs upp av ett överskott i finansförvaltningen på "
        "4,6 miljoner kronor.")
    d.p("Socialnämnden prognostiserar ett underskott på -4,6 miljoner kronor, främst på grund av ökade kostnader "
        "för placeringar och bemanningssjuksköterskor. Bildningsnämnden har ett underskott inom gymnasieskolan "
        "till följd av fler elever än beräknat.")
    d.h2("Prognos per nämnd")
    d.caption("Helårsprognos 2024, mnkr")
    hdr = [["Nämnd", "Budget 2024", "Prognos 2024", "Avvikelse"]]
    rows = [[n, fmt(b), fmt(r1(b - a)), fmt(a)] for n, b, a in DELAR]
    sb = r1(sum(x[1] for x in DELAR))
    sa = r1(sum(x[2] for x in DELAR))
    rows.append(["Summa nämnder", fmt(sb), fmt(r1(sb - sa)), fmt(sa)])
    d.table(hdr, rows, [70, 30, 30, 30], bold_rows=("Summa nämnder",))
    d.footnote("Positiv avvikelse innebär ett överskott mot budget.")
    d.add_page()
    d.h2("Investeringar")
    d.p("Under perioden januari–augusti har 21,3 miljoner kronor investerats, vilket motsvarar 33 procent av "
        "årets investeringsbudget på 64,0 miljoner kronor. Helårsprognosen för investeringarna är 47,5 miljoner "
        "kronor. Projekteringen av den nya räddningsstationen har försenats.")
    d.h2("Personal")
    d.p("Sjukfrånvaron för perioden uppgick till 6,8 procent, jämfört med 7,4 procent motsvarande period 2023. "
        "Antalet tillsvidareanställda var 714 den 31 augusti.")
    d.h2("Resultaträkning i sammandrag")
    d.caption("Mnkr")
    hdr = [["", "Utfall", "Utfall", "Budget", "Prognos"], ["", "jan–aug 2024", "jan–aug 2023", "2024", "2024"]]
    rows = [["Verksamhetens nettokostnader", "-365,8", "-352,1", fmt(NK[1]), "-572,9"],
            ["Skatteintäkter", "292,4", "279,5", fmt(RB["Skatteintäkter"][1]), "439,8"],
            ["Generella statsbidrag och utjämning", "99,7", "95,0", fmt(RB["Generella statsbidrag och utjämning"][1]), "144,7"],
            ["Finansnetto", "-1,7", "-1,2", fmt(r1(RB["Finansiella intäkter"][1] + RB["Finansiella kostnader"][1])), "-4,8"],
            ["Periodens/årets resultat", "24,6", "22,2", fmt(AR[1]), "6,8"]]
    d.table(hdr, rows, [66, 26, 26, 22, 22], bold_rows=("Periodens/årets resultat",))
    d.p("Skatteintäkterna bedöms bli 2,9 miljoner kronor högre än budgeterat enligt SKR:s augustiprognos.")
    d.output_to(path)


def html_page(path):
    rows = [("Årets resultat, mnkr", "19,8", "12,4", fmt(AR[0]), fmt(AR[1])),
            ("Skattesats, kr", SKATT, SKATT, SKATT, SKATT),
            ("Soliditet, %", "52,1", "51,4", fmt(r1(BAL_EK[0] / BAL_SUM[0] * 100)), fmt(r1(BAL_EK[1] / BAL_SUM[1] * 100))),
            ("Nettoinvesteringar, mnkr", "48,3", "61,7", "55,2", "64,0"),
            ("Låneskuld 31/12, mnkr", "210", "235", "250", "275"),
            ("Antal invånare 31/12", "6 878", "6 912", "6 930", "–")]
    trs = "\n".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    html = f"""<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>Finansiell information | Karlsborgs kommun</title></head>
<body>
<div class="cookie-consent"><p>Karlsborgs kommun använder kakor för att webbplatsen ska fungera och för besöksstatistik.</p><button>Godkänn</button><button>Neka</button><a href="/om-kakor">Inställningar</a></div>
<header class="site-header"><a class="logo" href="/">Karlsborgs kommun</a>
<nav><a href="/barn-utbildning">Barn och utbildning</a> <a href="/omsorg-hjalp">Omsorg och hjälp</a> <a href="/trafik-infrastruktur">Trafik och infrastruktur</a> <a href="/uppleva-gora">Uppleva och göra</a> <a href="/kommun-politik">Kommun och politik</a></nav>
<a href="/lattlast">Lättläst</a> <a href="/english">In English</a></header>
<main>
<nav aria-label="Du är här"><a href="/kommun-politik">Kommun och politik</a> › <a href="/ekonomi">Ekonomi</a> › Finansiell information</nav>
<article>
<h1>Finansiell information</h1>
<p class="lead">Här hittar du kommunens viktigaste ekonomiska nyckeltal, budget och årsredovisningar. Karlsborgs kommun redovisade ett positivt resultat för 2023 på {fmt(AR[0])} miljoner kronor.</p>
<h2>Nyckeltal i sammandrag</h2>
<table>
<thead><tr><th>Nyckeltal</th><th>2021</th><th>2022</th><th>2023</th><th>Budget 2024</th></tr></thead>
<tbody>
{trs}
</tbody></table>
<p>Soliditeten visar hur stor del av tillgångarna som finansieras med eget kapital. Karlsborgs soliditet är hög jämfört med andra kommuner i Skaraborg.</p>
<h2>Kreditbetyg och upplåning</h2>
<p>Kommunen lånar främst via Kommuninvest, där Karlsborg är medlem sedan 1994. Den genomsnittliga räntan på låneskulden var 2,9 procent vid utgången av 2023.</p>
<h2>Dokument</h2>
<ul><li><a href="/budget-och-plan-2025-2027.pdf">Budget och plan 2025–2027 (pdf)</a></li><li><a href="/delarsrapport-2024.pdf">Delårsrapport januari–augusti 2024 (pdf)</a></li><li><a href="/arsredovisning-2023.pdf">Årsredovisning 2023 (pdf)</a></li></ul>
<p class="updated">Senast uppdaterad: 2024-12-02</p>
</article></main>
<footer><p>Karlsborgs kommun, 546 81 Karlsborg. Besöksadress: Storgatan 16. Växel: 0505-170 00</p><p>Organisationsnummer 212000-1736</p><p><a href="/om-webbplatsen">Om webbplatsen</a> <a href="/tillganglighet">Tillgänglighet</a></p></footer>
</body></html>
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(html)


def protokoll_docx(path):
    doc = docx.Document()
    doc.styles["Normal"].font.size = Pt(11)
    doc.add_heading("Sammanträdesprotokoll", level=1)
    doc.add_paragraph("Kommunfullmäktige i Karlsborgs kommun")
    doc.add_paragraph("Datum: 2024-11-18, kl. 18.00–21.40. Plats: Medborgarhuset, Karlsborg")
    doc.add_paragraph("Ordförande: Ingrid Falk (M). Sekreterare: Magnus Berg. Justerare: Hanna Lövgren (S), Erik Tell (KD)")
    doc.add_heading("§ 97 Anmälningar", level=2)
    doc.add_paragraph("Delårsrapporten januari–augusti 2024 anmäls och läggs till handlingarna.")
    doc.add_heading("§ 98 Budget och plan 2025–2027 samt skattesats 2025", level=2)
    doc.add_paragraph("Kommunstyrelsen har lämnat förslag till budget och plan 2025–2027 med oförändrad "
                      "skattesats, 22,14 kronor, och ett budgeterat resultat om 11,4 miljoner kronor.")
    doc.add_paragraph("Yrkanden: Johan Ekwall (M) yrkar bifall till kommunstyrelsens förslag. Hanna Lövgren (S) "
                      "yrkar att socialnämndens ram utökas med 3,0 miljoner kronor finansierat genom en "
                      "skattehöjning med 10 öre.")
    doc.add_paragraph("Omröstning begärs och verkställs. Med 19 ja-röster mot 12 nej-röster bifaller "
                      "kommunfullmäktige kommunstyrelsens förslag.")
    doc.add_paragraph("Beslut: Kommunfullmäktige fastställer budget och plan 2025–2027 och skattesatsen för 2025 "
                      "till 22,14 kronor.")
    doc.add_paragraph("Reservation: Socialdemokraternas ledamöter reserverar sig mot beslutet till förmån för "
                      "eget yrkande.")
    doc.add_heading("§ 99 Revidering av investeringsbudget 2025", level=2)
    doc.add_paragraph("Efter upphandling har kostnaden för vissa projekt justerats. Förändringarna framgår av "
                      "tabellen. Belopp i tkr.")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Projekt", "Budget 2025 enligt förslag", "Reviderad budget 2025", "Förändring"]):
        t.rows[0].cells[i].text = h
    rev = [("Ny räddningsstation", 16500, 18000), ("Gång- och cykelväg Strandvägen", 2900, 2400),
           ("Simhallen, tak och ventilation", 3200, 3800), ("Skolgård Ekedalsskolan", 1500, 1200)]
    for p, a, b in rev:
        c = t.add_row().cells
        c[0].text, c[1].text, c[2].text, c[3].text = p, fmt(a, 0), fmt(b, 0), fmt(b - a, 0)
    sa, sb = sum(r[1] for r in rev), sum(r[2] for r in rev)
    c = t.add_row().cells
    c[0].text, c[1].text, c[2].text, c[3].text = "Summa", fmt(sa, 0), fmt(sb, 0), fmt(sb - sa, 0)
    doc.add_paragraph("Beslut: Kommunfullmäktige godkänner den reviderade investeringsbudgeten.")
    doc.add_heading("§ 100 VA-taxa 2025", level=2)
    doc.add_paragraph("Brukningsavgiften för vatten och avlopp höjs med 8 procent från den 1 januari 2025. "
                      "För en normalvilla innebär det en ökning med cirka 620 kronor per år.")
    doc.add_paragraph("Beslut: Kommunfullmäktige antar VA-taxan. Sverigedemokraternas ledamöter reserverar sig "
                      "mot beslutet.")
    doc.core_properties.author = "Karlsborgs kommun"
    doc.core_properties.title = "Protokoll kommunfullmäktige 2024-11-18"
    doc.save(path)
    normalise_zip(path)


VERK = [  # nämnd, verksamhet, netto tkr, intäkter tkr
    ("Kommunstyrelsen", "Politisk verksamhet", 6400, 0),
    ("Kommunstyrelsen", "Kommunledning och administration", 31200, 2100),
    ("Kommunstyrelsen", "Räddningstjänst", 14300, 1800),
    ("Kommunstyrelsen", "Gator och parker", 18900, 3400),
    ("Kommunstyrelsen", "Fastighetsförvaltning", 12600, 38500),
    ("Kommunstyrelsen", "Kultur och fritid", 16400, 2200),
    ("Bildningsnämnden", "Förskola", 52300, 6100),
    ("Bildningsnämnden", "Grundskola inkl. förskoleklass", 104800, 9800),
    ("Bildningsnämnden", "Fritidshem", 9600, 2300),
    ("Bildningsnämnden", "Gymnasieskola", 46200, 1900),
    ("Bildningsnämnden", "Vuxenutbildning", 8900, 3600),
    ("Bildningsnämnden", "Kulturskola", 3400, 500),
    ("Bildningsnämnden", "Administration bildning", 4500, 0),
    ("Socialnämnden", "Särskilt boende", 78400, 14200),
    ("Socialnämnden", "Hemtjänst", 51200, 4900),
    ("Socialnämnden", "Funktionsstöd (LSS)", 47900, 9600),
    ("Socialnämnden", "Individ- och familjeomsorg", 29800, 2100),
    ("Socialnämnden", "Försörjningsstöd", 8600, 0),
    ("Socialnämnden", "Administration socialtjänst", 7200, 0),
    ("Miljö- och byggnämnden", "Bygglov", 2700, 1900),
    ("Miljö- och byggnämnden", "Miljö- och hälsoskydd", 3700, 1400),
    ("Revisionen", "Revision", 1300, 0),
    ("Valnämnden", "Val", 400, 0),
]


def drift_xlsx(path):
    for n in NAMNDER:
        assert sum(v[2] for v in VERK if v[0] == n[0]) == round(n[2] * 1000), n
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Budget 2025"
    ws["A1"] = "Driftbudget 2025 per verksamhet – Karlsborgs kommun"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Belopp i tkr"
    ws.append([])
    ws.append(["Verksamhet", "Kostnader", "Intäkter", "Nettokostnad"])
    for c in ws[4]:
        c.font = Font(bold=True)
    gk = gi = gn = 0
    for n in NAMNDER:
        ws.append([n[0]])
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        sk = si = sn = 0
        for v in VERK:
            if v[0] != n[0]:
                continue
            k = v[2] + v[3]
            ws.append([v[1], k, -v[3], v[2]])
            sk += k
            si += v[3]
            sn += v[2]
        ws.append(["Summa " + n[0].lower(), sk, -si, sn])
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        gk, gi, gn = gk + sk, gi + si, gn + sn
    ws.append(["Totalt", gk, -gi, gn])
    ws.append([])
    ws.append(["Intäkter redovisas med negativt tecken."])
    ws.column_dimensions["A"].width = 42
    ws2 = wb.create_sheet("Utfall 2019-2023")
    ws2["A1"] = "Nettokostnad per nämnd, utfall 2019–2023"
    ws2["A1"].font = Font(bold=True, size=13)
    ws2["A2"] = "Mnkr, löpande priser"
    ws2.append([])
    ws2.append(["År", "Kommunstyrelsen", "Bildningsnämnden", "Socialnämnden", "Miljö- och byggnämnden", "Totalt"])
    data = [(2019, 81.2, 188.4, 176.9, 5.1), (2020, 83.9, 192.7, 183.5, 5.3), (2021, 86.4, 199.8, 190.2, 5.4),
            (2022, 90.7, 207.5, 199.6, 5.8), (2023, 94.1, 216.3, 211.7, 6.1)]
    for r in data:
        ws2.append(list(r) + [round(sum(r[1:]), 1)])
    wb.properties.creator = "Karlsborgs kommun"
    wb.save(path)
    normalise_zip(path)


def press_txt(path):
    txt = """PRESSMEDDELANDE
Karlsborgs kommun
2024-11-19

Fullmäktige har antagit budgeten för 2025 – skatten blir oförändrad

Kommunfullmäktige i Karlsborg antog på måndagskvällen budget och plan för 2025–2027. Skattesatsen lämnas oförändrad på 22,14 kronor och budgeten visar ett resultat på 11,4 miljoner kronor.

– Vi tar ansvar för ekonomin samtidigt som vi investerar i framtiden. Den nya räddningsstationen och tillbyggnaden av Mölltorps skola är viktiga för en växande kommun, säger kommunstyrelsens ordförande Johan Ekwall (M).

Budgeten innehåller satsningar på lovaktiviteter för barn och unga, 450 000 kronor, och höjda föreningsbidrag. Socialnämnden får ett tillskott på 8,3 miljoner kronor jämfört med 2024.

Oppositionen ville höja skatten med 10 öre för att stärka äldreomsorgen, men förslaget föll efter omröstning med siffrorna 19–12.

Under 2025 investerar kommunen totalt omkring 52 miljoner kronor. Vid årsskiftet beräknas låneskulden uppgå till 295 miljoner kronor.

För mer information:
Johan Ekwall (M), kommunstyrelsens ordförande, 0505-170 10
Lisa Norén, ekonomichef, 0505-170 25
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(txt)


def build(outdir):
    os.makedirs(outdir, exist_ok=True)
    budget_pdf(os.path.join(outdir, "budget-och-plan-2025-2027.pdf"))
    delar_pdf(os.path.join(outdir, "delarsrapport-jan-aug-2024.pdf"))
    html_page(os.path.join(outdir, "finansiell-information.html"))
    protokoll_docx(os.path.join(outdir, "protokoll-kf-2024-11-18.docx"))
    drift_xlsx(os.path.join(outdir, "driftbudget-2025-per-verksamhet.xlsx"))
    press_txt(os.path.join(outdir, "pressmeddelande-budget-2025.txt"))
