"""Tibro kommun: budget PDF, delårsrapport PDF, HTML, DOCX protokoll, XLSX nyckeltal, press release (md)."""
from decimal import Decimal
import docx
from docx.shared import Pt
import openpyxl
from openpyxl.styles import Font

from common import D, fmt, Doc, save_pdf, save_docx, save_xlsx

YEARS = ["2023", "2024", "2025", "2026", "2027"]
# Resultatbudget, mnkr: Bokslut 2023, Prognos 2024, Budget 2025, Plan 2026, Plan 2027
RB = {
    "Verksamhetens intäkter": [142.6, 148.0, 151.3, 154.2, 157.0],
    "Verksamhetens kostnader": [-841.5, -876.2, -905.8, -928.4, -951.7],
    "Avskrivningar": [-31.2, -33.5, -36.1, -38.9, -40.2],
    "Skatteintäkter": [548.3, 566.9, 589.4, 608.7, 629.5],
    "Generella statsbidrag och utjämning": [200.4, 214.2, 222.8, 228.1, 232.0],
    "Finansiella intäkter": [3.1, 2.8, 2.5, 2.5, 2.5],
    "Finansiella kostnader": [-5.4, -6.9, -7.6, -8.3, -8.9],
}


def colsum(*names, sign=None):
    return [sum(D(RB[n][i]) for n in names) for i in range(5)]


NETTO = colsum("Verksamhetens intäkter", "Verksamhetens kostnader", "Avskrivningar")
VRES = [NETTO[i] + D(RB["Skatteintäkter"][i]) + D(RB["Generella statsbidrag och utjämning"][i]) for i in range(5)]
RES = [VRES[i] + D(RB["Finansiella intäkter"][i]) + D(RB["Finansiella kostnader"][i]) for i in range(5)]

POP = 11050  # invånare 1 nov 2024 (budgetunderlag)
# Driftbudget per nämnd, mnkr netto: Budget 2024, Budget 2025
DRIFT = [
    ("Kommunfullmäktige och revision", 3.1, 3.2),
    ("Kommunstyrelsen", 68.9, 71.4),
    ("Barn- och utbildningsnämnden", 341.0, 352.6),
    ("Socialnämnden", 305.7, 318.9),
    ("Kultur- och fritidsnämnden", 27.1, 27.8),
    ("Miljö- och byggnämnden", 9.4, 9.6),
]
SUM_N24 = sum(D(r[1]) for r in DRIFT)
SUM_N25 = sum(D(r[2]) for r in DRIFT)
FIN24 = -NETTO[1] - SUM_N24
FIN25 = -NETTO[2] - SUM_N25

# Investeringsbudget, tkr: Budget 2025, Plan 2026, Plan 2027
INV = [
    ("Kommunstyrelsen", None),
    ("IT-infrastruktur och digitalisering", [3200, 2800, 2800]),
    ("Gång- och cykelväg Tibro–Fagersanna", [6500, 4000, 0]),
    ("Gatubelysning, byte till LED", [2100, 2100, 1500]),
    ("Reinvestering gator och broar", [5400, 5600, 5800]),
    ("Ny förskola Smedsgården", [41000, 22000, 0]),
    ("Ombyggnad Centrumgatan", [8600, 3000, 0]),
    ("Energiåtgärder kommunala fastigheter", [4300, 3500, 3500]),
    ("Barn- och utbildningsnämnden", None),
    ("Inventarier förskola och skola", [1800, 1500, 1500]),
    ("Skolgård Ransbergs skola", [1200, 0, 0]),
    ("Socialnämnden", None),
    ("Trygghetslarm och välfärdsteknik", [950, 700, 700]),
    ("Inventarier särskilt boende", [800, 800, 800]),
    ("Kultur- och fritidsnämnden", None),
    ("Konstgräsplan Tibro IP", [7200, 0, 0]),
    ("Badplats Baltak, upprustning", [650, 0, 0]),
    ("Miljö- och byggnämnden", None),
    ("Mätinstrument och verksamhetssystem", [400, 0, 250]),
]


def inv_sections():
    secs, cur = [], None
    for name, v in INV:
        if v is None:
            cur = [name, []]
            secs.append(cur)
        else:
            cur[1].append((name, v))
    return secs


# Balansbudget, mnkr: Prognos 2024, Budget 2025, Plan 2026, Plan 2027
BB_ASSETS = [
    ("Immateriella anläggningstillgångar", [1.8, 1.5, 1.2, 0.9]),
    ("Materiella anläggningstillgångar", [812.4, 858.9, 882.6, 899.0]),
    ("Finansiella anläggningstillgångar", [64.3, 64.3, 64.3, 64.3]),
    ("Omsättningstillgångar", [138.5, 121.8, 118.4, 120.9]),
]
BB_LIAB = [
    ("Eget kapital", [402.6, 419.1, 437.0, 457.2]),
    ("Avsättningar för pensioner", [38.7, 40.2, 41.6, 42.9]),
    ("Långfristiga skulder", [412.0, 430.0, 435.0, 430.0]),
    ("Kortfristiga skulder", [163.7, 157.2, 152.9, 155.0]),
]


def build_budget(path):
    d = Doc("Tibro kommun – Mål och budget 2025 med plan 2026–2027")
    d.add_page()
    d.set_font("DejaVu", "B", 24)
    d.ln(40)
    d.multi_cell(0, 12, "Mål och budget 2025\nmed plan för 2026–2027", align="C", new_x="LMARGIN", new_y="NEXT")
    d.ln(10)
    d.set_font("DejaVu", "", 13)
    d.multi_cell(0, 8, "Tibro kommun\nAntagen av kommunfullmäktige 2024-11-25, § 112", align="C", new_x="LMARGIN", new_y="NEXT")

    d.add_page()
    d.h1("Innehåll")
    for line in ["Ordföranden har ordet", "Tibro i siffror", "Omvärld och förutsättningar", "Vision och mål",
                 "Ekonomiska ramar och besparingar", "Resultatbudget", "Balansbudget", "Kassaflödesbudget",
                 "Driftbudget per nämnd", "Investeringsbudget", "Nämndernas uppdrag"]:
        d.p(line)

    d.add_page()
    d.h1("Ordföranden har ordet")
    d.p("Tibro står inför några år där vi måste göra både och: bygga för framtiden och samtidigt hålla i "
        "pengarna. Befolkningen har vuxit svagt de senaste åren och var 11 050 invånare vid senaste mätningen, "
        "samtidigt som antalet äldre över 80 år ökar snabbare än tidigare.")
    d.p("Budgeten för 2025 innebär ett resultat på 16,5 miljoner kronor, vilket motsvarar drygt två procent av "
        "skatter och generella statsbidrag. Det är i nivå med vårt finansiella mål och ger utrymme att finansiera "
        "en stor del av investeringarna med egna medel.")
    d.p("Den största enskilda satsningen under perioden är den nya förskolan Smedsgården med plats för 120 barn. "
        "Vi satsar dessutom 850 000 kronor extra på föreningslivet genom höjda aktivitetsbidrag, och vi fortsätter "
        "med sommarjobb för ungdomar.")
    d.p("Skattesatsen lämnas oförändrad på 22,11 kronor per hundra kronor beskattningsbar inkomst.")
    d.p("Lennart Svanberg (S)\nKommunstyrelsens ordförande")

    d.h2("Tibro i siffror")
    d.p("Invånare: 11 050\nSkattesats 2025: 22,11 kronor\nAntal anställda: cirka 1 000\nYta: 220 kvadratkilometer")

    d.add_page()
    d.h1("Omvärld och förutsättningar")
    d.p("Sveriges Kommuner och Regioner (SKR) bedömer i sin oktoberprognos att skatteunderlaget växer med 4,2 "
        "procent 2025. Inflationen har fallit tillbaka men prisnivån ligger kvar på en hög nivå, vilket gör att "
        "kostnaderna för bland annat livsmedel, energi och entreprenader är fortsatt höga.")
    d.p("Pensionskostnaderna ökar kraftigt 2025 som en följd av det nya pensionsavtalet och den höga inflationen "
        "under 2023. För Tibro innebär det ökade kostnader på cirka 5,3 miljoner kronor jämfört med 2024.")
    d.p("Befolkningsprognosen pekar på en i stort sett oförändrad folkmängd fram till 2027, men med fler äldre "
        "och färre barn i förskoleåldern. Det innebär att resurser successivt behöver flyttas från förskola till "
        "äldreomsorg.")

    d.h1("Vision och mål")
    d.p("Vision: Tibro – mitt i Skaraborg, med plats för alla att växa.")
    d.p("Kommunfullmäktige har fastställt fyra inriktningsmål för mandatperioden:")
    d.p("1. Tibro ska vara en attraktiv plats att bo och verka i.\n2. Barn och unga ska ges goda förutsättningar "
        "att lyckas i skolan.\n3. Äldre och personer med funktionsnedsättning ska få en trygg och värdig omsorg.\n"
        "4. Kommunens verksamhet ska bedrivas hållbart och kostnadseffektivt.")
    d.h2("Finansiella mål")
    d.p("Årets resultat ska uppgå till minst 2,0 procent av skatteintäkter och generella statsbidrag, räknat som "
        "ett genomsnitt över fyra år. Investeringarna ska över planperioden självfinansieras till minst 60 procent. "
        "Soliditeten inklusive hela pensionsåtagandet ska inte understiga 25 procent.")

    d.add_page()
    d.h1("Ekonomiska ramar och besparingar")
    d.p("Nämndernas ramar för 2025 har räknats upp med 2,1 procent för löne- och prisökningar. Samtidigt har "
        "ett generellt effektiviseringskrav på 1,0 procent lagts på samtliga nämnder.")
    d.p("Socialnämnden har under 2024 haft stora underskott inom hemtjänsten och individ- och familjeomsorgen. "
        "Prognosen för nämnden i augusti 2024 var ett underskott om -9,8 miljoner kronor. Nämnden får därför ett "
        "tillskott i ramen men ska samtidigt genomföra besparingar på 6,2 miljoner kronor under 2025, bland annat "
        "genom minskade externa placeringar och en översyn av nattbemanningen.")
    d.p("Barn- och utbildningsnämnden ska minska kostnaderna med 3,4 miljoner kronor genom att två förskoleavdelningar "
        "i centrala Tibro avvecklas när Smedsgården öppnar. Kommunstyrelsen ska spara 1,1 miljoner kronor på "
        "administration, bland annat genom färre konsulter.")
    d.p("Totalt innebär detta att de riktade besparingarna uppgår till 10,7 miljoner kronor 2025.")

    # Resultatbudget
    d.add_page()
    d.h1("Resultatbudget")
    hdr = [["", "Not", "Bokslut", "Prognos", "Budget", "Plan", "Plan"],
           ["Belopp i mnkr", "", "2023", "2024", "2025", "2026", "2027"]]
    W = [62, 12, 21, 21, 21, 21, 21]

    def r(name, vals, note=""):
        return [name, note] + [fmt(v, 1, "-") for v in vals]
    rows = [
        r("Verksamhetens intäkter", RB["Verksamhetens intäkter"], "1"),
        r("Verksamhetens kostnader", RB["Verksamhetens kostnader"], "2"),
        r("Avskrivningar", RB["Avskrivningar"], "3"),
        r("Verksamhetens nettokostnader", NETTO),
        r("Skatteintäkter", RB["Skatteintäkter"], "4"),
        r("Generella statsbidrag och utjämning", RB["Generella statsbidrag och utjämning"], "5"),
        r("Verksamhetens resultat", VRES),
        r("Finansiella intäkter", RB["Finansiella intäkter"]),
        r("Finansiella kostnader", RB["Finansiella kostnader"]),
        r("Resultat efter finansiella poster", RES),
        r("Årets resultat", RES),
    ]
    d.table("", hdr, rows, W, bold_rows=(3, 6, 9, 10), aligns=["L", "C", "R", "R", "R", "R", "R"])
    sk = [D(RB["Skatteintäkter"][i]) + D(RB["Generella statsbidrag och utjämning"][i]) for i in range(5)]
    pct = [(RES[i] / sk[i] * 100).quantize(Decimal("0.1")) for i in range(5)]
    d.table("", [["Nyckeltal", "", "2023", "2024", "2025", "2026", "2027"]],
            [["Resultat i % av skatter och bidrag", ""] + [fmt(x, 1) for x in pct]], W,
            aligns=["L", "C", "R", "R", "R", "R", "R"])
    d.small("Not 1–5: se not- och tilläggsupplysningar i årsredovisningen 2023. Prognos 2024 avser prognosen per "
            "augusti 2024.")

    # Balansbudget
    d.h1("Balansbudget")
    hdr = [["Belopp i mnkr", "Prognos 2024", "Budget 2025", "Plan 2026", "Plan 2027"]]
    W2 = [72, 27, 27, 27, 27]
    tot_a = [sum(D(x[1][i]) for x in BB_ASSETS) for i in range(4)]
    tot_l = [sum(D(x[1][i]) for x in BB_LIAB) for i in range(4)]
    assert tot_a == tot_l, (tot_a, tot_l)
    rows = [["TILLGÅNGAR", "", "", "", ""]]
    rows += [[n] + [fmt(v) for v in vals] for n, vals in BB_ASSETS]
    rows += [["Summa tillgångar"] + [fmt(v) for v in tot_a]]
    rows += [["EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER", "", "", "", ""]]
    rows += [[n] + [fmt(v) for v in vals] for n, vals in BB_LIAB]
    rows += [["Summa eget kapital, avsättningar och skulder"] + [fmt(v) for v in tot_l]]
    d.table("", hdr, rows, W2, bold_rows=(5, 11))
    sol = [(D(BB_LIAB[0][1][i]) / tot_a[i] * 100).quantize(Decimal("0.1")) for i in range(4)]
    d.p("Soliditeten beräknas till " + fmt(sol[1]) + " procent vid utgången av 2025 exklusive "
        "pensionsförpliktelser som redovisas inom linjen.")

    # Kassaflöde
    d.add_page()
    d.h1("Kassaflödesbudget")
    kf = [
        ("Den löpande verksamheten", None),
        ("Årets resultat", [RES[1], RES[2], RES[3], RES[4]]),
        ("Justering för av- och nedskrivningar", [33.5, 36.1, 38.9, 40.2]),
        ("Justering för avsättningar", [1.4, 1.5, 1.4, 1.3]),
        ("Förändring av rörelsekapital", [-4.0, -3.2, -2.1, 1.0]),
    ]
    lop = [sum(D(x[1][i]) for x in kf[1:]) for i in range(4)]
    invest = [-72.5, -84.1, -46.0, -16.9]
    fin = [30.0, 18.0, 5.0, -5.0]
    change = [lop[i] + D(invest[i]) + D(fin[i]) for i in range(4)]
    rows = [[kf[0][0], "", "", "", ""]]
    rows += [[n] + [fmt(v, 1, "()") for v in vals] for n, vals in kf[1:]]
    rows += [["Kassaflöde från den löpande verksamheten"] + [fmt(v, 1, "()") for v in lop]]
    rows += [["Investeringsverksamheten", "", "", "", ""],
             ["Investering i materiella anläggningstillgångar"] + [fmt(v, 1, "()") for v in invest]]
    rows += [["Finansieringsverksamheten", "", "", "", ""],
             ["Nyupptagna lån / amortering (netto)"] + [fmt(v, 1, "()") for v in fin]]
    rows += [["Årets kassaflöde"] + [fmt(v, 1, "()") for v in change]]
    d.table("Belopp i mnkr. Negativa belopp anges inom parentes.", hdr, rows, W2, bold_rows=(5, 10))
    d.small("Investeringsutgiften 2025 omfattar budgeterade investeringar enligt investeringsbudgeten.")

    # Driftbudget landscape
    d.add_page(orientation="L")
    d.h1("Driftbudget per nämnd")
    d.p("Tabellen visar nämndernas nettokostnadsramar. Kolumnen kr per invånare är beräknad på 11 050 invånare.")
    hdr = [["", "Budget", "Budget", "Förändring", "Förändring", "kr per invånare"],
           ["Nämnd (mnkr)", "2024", "2025", "mnkr", "%", "2025"]]
    W3 = [90, 30, 30, 32, 30, 40]
    rows = []
    for n, b24, b25 in DRIFT:
        ch = D(b25) - D(b24)
        pc = (ch / D(b24) * 100).quantize(Decimal("0.1"))
        kpi = int((D(b25) * 1000000 / POP).quantize(Decimal("1")))
        rows.append([n, fmt(b24), fmt(b25), fmt(ch), fmt(pc), fmt(kpi, 0)])
    ch = SUM_N25 - SUM_N24
    rows.append(["Summa nämnder", fmt(SUM_N24), fmt(SUM_N25), fmt(ch), fmt((ch / SUM_N24 * 100).quantize(Decimal("0.1"))),
                 fmt(int((SUM_N25 * 1000000 / POP).quantize(Decimal("1"))), 0)])
    rows.append(["Finansförvaltning och central buffert", fmt(FIN24), fmt(FIN25), fmt(FIN25 - FIN24), "", ""])
    rows.append(["Verksamhetens nettokostnader", fmt(-NETTO[1]), fmt(-NETTO[2]), fmt(-NETTO[2] + NETTO[1]), "", ""])
    d.table("", hdr, rows, W3, bold_rows=(6, 8))
    d.small("Budget 2024 avser ursprunglig budget enligt KF 2023-11-27. Nettokostnaderna anges som positiva belopp.")

    # Investeringsbudget
    d.add_page(orientation="P")
    d.h1("Investeringsbudget")
    d.p("Investeringsbudgeten för 2025 uppgår till 84,1 miljoner kronor, varav den nya förskolan Smedsgården står "
        "för knappt hälften. Projekt som inte påbörjats under 2024 kan ombudgeteras av kommunstyrelsen.")
    hdr = [["Projekt", "Budget 2025", "Plan 2026", "Plan 2027", "Totalt"]]
    W4 = [80, 26, 26, 26, 26]
    rows, bold = [], []
    total = [0, 0, 0]
    for sec, projs in inv_sections():
        rows.append([sec, "", "", "", ""])
        st = [0, 0, 0]
        for n, v in projs:
            rows.append([n] + [fmt(x, 0) for x in v] + [fmt(sum(v), 0)])
            st = [a + b for a, b in zip(st, v)]
        bold.append(len(rows))
        rows.append(["Summa " + sec[0].lower() + sec[1:]] + [fmt(x, 0) for x in st] + [fmt(sum(st), 0)])
        total = [a + b for a, b in zip(total, st)]
    bold.append(len(rows))
    rows.append(["Totalt investeringar"] + [fmt(x, 0) for x in total] + [fmt(sum(total), 0)])
    assert total[0] == 84100, total
    d.table("Belopp i tkr", hdr, rows, W4, bold_rows=bold, break_after=8,
            cont_caption="Investeringsbudget, forts. (belopp i tkr)")

    d.add_page()
    d.h1("Nämndernas verksamhet 2025")
    d.h2("Barn- och utbildningsnämnden")
    d.p("Nämnden ansvarar för förskola, grundskola, gymnasieskola och vuxenutbildning. Antalet barn i förskolan "
        "beräknas till 540 under 2025, och grundskolan har cirka 1 280 elever. Fabriksskolan, kommunens "
        "gymnasieskola, har 410 elever.")
    d.h2("Socialnämnden")
    d.p("Socialnämnden ansvarar för äldreomsorg, stöd enligt LSS och individ- och familjeomsorg. Kommunen har "
        "fyra särskilda boenden med sammanlagt 148 platser. Hemtjänsten utför cirka 11 500 timmar per månad.")
    d.h2("Kultur- och fritidsnämnden")
    d.p("Nämnden ansvarar för bibliotek, fritidsgårdar, idrottsanläggningar och föreningsbidrag. De höjda "
        "aktivitetsbidragen på 850 000 kronor fördelas efter antalet deltagartillfällen för barn och unga "
        "mellan 7 och 20 år.")
    d.h2("Kommunstyrelsen")
    d.p("Kommunstyrelsen ansvarar för den gemensamma administrationen, gator och parker, kostverksamheten och "
        "kommunens fastigheter. Kostenheten serverar cirka 3 200 måltider per dag.")
    d.h2("Miljö- och byggnämnden")
    d.p("Nämnden ansvarar för bygglov, tillsyn och livsmedelskontroll. Under 2025 införs en e-tjänst för "
        "bygglovsansökningar.")

    d.add_page()
    d.h1("Nämndernas uppdrag")
    d.p("Kommunstyrelsen får i uppdrag att ta fram en ny lokalförsörjningsplan senast i juni 2025.")
    d.p("Barn- och utbildningsnämnden får i uppdrag att följa upp effekterna av den nya förskolan och att "
        "redovisa hur gymnasieelevernas behörighet kan förbättras.")
    d.p("Socialnämnden får i uppdrag att redovisa en handlingsplan för en budget i balans till kommunstyrelsen "
        "senast den 31 mars 2025.")
    d.p("Kultur- och fritidsnämnden får i uppdrag att fördela de höjda aktivitetsbidragen till föreningar med "
        "verksamhet för barn och unga.")
    save_pdf(d, path)
    return dict(RES=RES, NETTO=NETTO, pct=pct, total=total, SUM_N25=SUM_N25, FIN25=FIN25, lop=lop, change=change, sol=sol)


# Delårsrapport jan–aug 2025
DEL = [  # name, budget 2025, prognos 2025
    ("Kommunfullmäktige och revision", 3.2, 3.2),
    ("Kommunstyrelsen", 71.4, 70.1),
    ("Barn- och utbildningsnämnden", 352.6, 355.0),
    ("Socialnämnden", 318.9, 327.5),
    ("Kultur- och fritidsnämnden", 27.8, 27.5),
    ("Miljö- och byggnämnden", 9.6, 9.4),
]


def build_delar(path):
    d = Doc("Tibro kommun – Delårsrapport januari–augusti 2025")
    d.add_page()
    d.h1("Delårsrapport januari–augusti 2025")
    d.p("Tibro kommun\nBehandlad av kommunstyrelsen 2025-10-06, § 118, och av kommunfullmäktige 2025-10-27, § 96")
    d.h2("Sammanfattning")
    d.p("Kommunens resultat för perioden januari–augusti 2025 uppgår till 24,8 miljoner kronor. Resultatet för "
        "motsvarande period 2024 var 21,3 miljoner kronor. Prognosen för helåret är ett resultat på 10,0 miljoner "
        "kronor, vilket är 6,5 miljoner kronor sämre än budget.")
    d.p("Det är främst socialnämnden som avviker negativt. Nämnden prognostiserar ett underskott om 8,6 miljoner "
        "kronor, framför allt på grund av ökade kostnader för hemtjänst och externa placeringar av barn och unga. "
        "Barn- och utbildningsnämnden prognostiserar ett underskott om 2,4 miljoner kronor.")
    d.p("Skatteintäkterna beräknas bli 2,1 miljoner kronor högre än budgeterat enligt SKR:s augustiprognos.")
    d.h2("Väsentliga händelser")
    d.p("Bygget av förskolan Smedsgården startade i april 2025 och beräknas vara klart till höstterminen 2026. "
        "Under våren upphandlades en ny entreprenör för gång- och cykelvägen mellan Tibro och Fagersanna.")
    d.p("Kommunen har under perioden tagit upp nya lån på 20,0 miljoner kronor. Den genomsnittliga räntan på "
        "låneskulden var 3,1 procent.")
    d.h2("Personal")
    d.p("Antalet tillsvidareanställda var 1 012 den 31 augusti 2025. Sjukfrånvaron uppgick till 6,8 procent "
        "av ordinarie arbetstid under perioden, jämfört med 7,4 procent samma period föregående år.")

    d.add_page()
    d.h1("Nämndernas prognos för helåret")
    hdr = [["Nämnd", "Budget", "Prognos", "Avvikelse"], ["(mnkr)", "2025", "2025", "mot budget"]]
    W = [85, 30, 30, 35]
    rows = []
    sb = sp = D(0)
    for n, b, pr in DEL:
        av = D(b) - D(pr)
        rows.append([n, fmt(b), fmt(pr), fmt(av, 1, "–")])
        sb += D(b); sp += D(pr)
    rows.append(["Summa nämnder", fmt(sb), fmt(sp), fmt(sb - sp, 1, "–")])
    d.table("", hdr, rows, W, bold_rows=(6,))
    d.small("Positiv avvikelse = överskott mot budget, negativ avvikelse = underskott.")

    d.h1("Resultaträkning i sammandrag")
    hdr = [["Belopp i mnkr", "Utfall jan–aug", "Utfall jan–aug", "Budget", "Prognos"],
           ["", "2024", "2025", "2025", "2025"]]
    W2 = [70, 30, 30, 25, 25]
    rows = [
        ["Verksamhetens intäkter", "98,2", "101,6", "151,3", "153,0"],
        ["Verksamhetens kostnader", "-571,9", "-593,4", "-905,8", "-916,2"],
        ["Avskrivningar", "-21,8", "-23,5", "-36,1", "-35,6"],
        ["Verksamhetens nettokostnader", "-495,5", "-515,3", "-790,6", "-798,8"],
        ["Skatteintäkter", "376,9", "392,4", "589,4", "591,5"],
        ["Generella statsbidrag och utjämning", "142,5", "149,4", "222,8", "222,8"],
        ["Finansiella intäkter", "1,9", "1,7", "2,5", "2,1"],
        ["Finansiella kostnader", "-4,5", "-3,4", "-7,6", "-7,6"],
        ["Periodens/årets resultat", "21,3", "24,8", "16,5", "10,0"],
    ]
    # consistency checks
    for col in range(1, 5):
        v = [D(rw[col].replace(",", ".")) for rw in rows]
        assert v[0] + v[1] + v[2] == v[3], (col, v)
        assert v[3] + v[4] + v[5] + v[6] + v[7] == v[8], (col, v)
    d.table("", hdr, rows, W2, bold_rows=(3, 8))
    d.h2("Investeringar")
    d.p("Investeringarna uppgick till 31,7 miljoner kronor under perioden. Helårsprognosen är 68,0 miljoner "
        "kronor jämfört med en budget på 84,1 miljoner kronor; avvikelsen beror främst på att delar av "
        "Smedsgården flyttas till 2026.")
    save_pdf(d, path)
    return dict(sb=sb, sp=sp)


def build_html(path):
    share = [("Förskola och skola", 43), ("Äldreomsorg", 19), ("Individ- och familjeomsorg, LSS", 17),
             ("Politik, administration och gemensamt", 9), ("Gator, parker och räddningstjänst", 5),
             ("Kultur och fritid", 4), ("Miljö, bygg och näringsliv", 1), ("Övrigt", 2)]
    assert sum(x for _, x in share) == 100
    trs = "\n".join(f"        <tr><td>{n}</td><td>{v} kr</td></tr>" for n, v in share)
    html = f"""<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Så används din skatt - Tibro kommun</title>
</head>
<body>
<div id="cookie-banner" class="cookie">
  <p>Vi använder kakor (cookies) för att förbättra webbplatsen. <a href="/om-webbplatsen/kakor">Läs mer om kakor</a></p>
  <button>Godkänn alla</button> <button>Endast nödvändiga</button>
</div>
<header>
  <a href="/" class="logo">Tibro kommun</a>
  <nav>
    <ul>
      <li><a href="/omsorg-och-stod">Omsorg och stöd</a></li>
      <li><a href="/utbildning-och-barnomsorg">Utbildning och barnomsorg</a></li>
      <li><a href="/bygga-bo-och-miljo">Bygga, bo och miljö</a></li>
      <li><a href="/kommun-och-politik">Kommun och politik</a></li>
    </ul>
  </nav>
  <div class="breadcrumbs">Startsida / Kommun och politik / Ekonomi / Så används din skatt</div>
</header>
<main>
  <h1>Så används din skatt</h1>
  <p class="ingress">Kommunalskatten i Tibro är 22,11 kronor per hundralapp du tjänar 2025. Här kan du se vad varje hundralapp går till.</p>
  <p>Utöver kommunalskatten betalar du 11,48 kronor till Västra Götalandsregionen. Den sammanlagda skattesatsen blir därmed 33,59 kronor, exklusive kyrkoavgift och begravningsavgift.</p>
  <h2>Så fördelas 100 kronor i skatt</h2>
  <table>
    <thead>
      <tr><th>Verksamhet</th><th>Kronor av 100</th></tr>
    </thead>
    <tbody>
{trs}
    </tbody>
  </table>
  <p>Fördelningen bygger på budget 2025. Den största delen av skatten går till förskola och skola, följt av äldreomsorgen.</p>
  <h2>Varifrån kommer pengarna?</h2>
  <p>Kommunens verksamhet finansieras till ungefär 70 procent av skatteintäkter och statsbidrag. Resten kommer från avgifter, hyror och riktade statsbidrag. En invånare med en månadsinkomst på 30 000 kronor betalar cirka 6 630 kronor i månaden i kommunalskatt till Tibro kommun.</p>
  <p>Vill du veta mer? Läs hela <a href="/dokument/mal-och-budget-2025.pdf">Mål och budget 2025</a>.</p>
  <p class="meta">Publicerad: 2025-01-15<br>Senast uppdaterad: 2025-02-03</p>
</main>
<footer>
  <p>Tibro kommun, 543 80 Tibro. Besöksadress: Centrumgatan 9. Telefon: 0504-180 00</p>
  <p><a href="/om-webbplatsen/tillganglighetsredogorelse">Tillgänglighetsredogörelse</a> | <a href="/om-webbplatsen/personuppgifter">Personuppgifter</a></p>
</footer>
</body>
</html>
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(html)


def build_docx(path):
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    doc.add_heading("Protokoll – Kommunstyrelsen", level=1)
    doc.add_paragraph("Tibro kommun")
    doc.add_paragraph("Sammanträdesdatum: 2025-03-10")
    doc.add_paragraph("Plats och tid: Kommunhuset, sammanträdesrummet Hökensås, kl. 13.00–15.40")
    doc.add_paragraph("Beslutande: Lennart Svanberg (S), ordförande; Maria Ekholm (M), vice ordförande; "
                      "Per-Olof Nygren (C); Sara Lindqvist (S); Jonas Berggren (SD); Eva Håkansson (KD); "
                      "Anders Widell (S); Karin Sjöberg (M); Mikael Fors (V)")
    doc.add_paragraph("Justerare: Maria Ekholm (M)")

    doc.add_heading("§ 31 Val av justerare", level=2)
    doc.add_paragraph("Kommunstyrelsen beslutar att utse Maria Ekholm (M) att jämte ordföranden justera protokollet.")

    doc.add_heading("§ 32 Ombudgetering av investeringsmedel från 2024 till 2025", level=2)
    doc.add_paragraph("Dnr KS 2025/041")
    doc.add_paragraph("Ärendebeskrivning: Flera investeringsprojekt har inte slutförts under 2024. Ekonomienheten "
                      "föreslår att outnyttjade medel om sammanlagt 8 850 tkr förs över till 2025 enligt tabellen nedan.")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, txt in zip(t.rows[0].cells, ["Projekt", "Budget 2024 (tkr)", "Utfall 2024 (tkr)", "Ombudgeteras (tkr)"]):
        c.text = txt
    proj = [("Ny förskola Smedsgården", 12000, 6850), ("Gång- och cykelväg Tibro–Fagersanna", 3500, 1200),
            ("Energiåtgärder kommunala fastigheter", 2800, 2100), ("Konstgräsplan Tibro IP", 1500, 800)]
    tot = [0, 0, 0]
    for n, b, u in proj:
        cells = t.add_row().cells
        for c, txt in zip(cells, [n, fmt(b, 0), fmt(u, 0), fmt(b - u, 0)]):
            c.text = txt
        tot = [tot[0] + b, tot[1] + u, tot[2] + b - u]
    assert tot[2] == 8850, tot
    cells = t.add_row().cells
    for c, txt in zip(cells, ["Summa", fmt(tot[0], 0), fmt(tot[1], 0), fmt(tot[2], 0)]):
        c.text = txt
    doc.add_paragraph("Beslut: Kommunstyrelsen beslutar att ombudgetera 8 850 tkr från 2024 till 2025 enligt "
                      "ekonomienhetens förslag.")

    doc.add_heading("§ 33 Socialnämndens handlingsplan för ekonomi i balans", level=2)
    doc.add_paragraph("Dnr KS 2025/017")
    doc.add_paragraph("Ärendebeskrivning: Socialnämnden redovisade ett underskott på 11,2 miljoner kronor för 2024. "
                      "Nämnden har tagit fram en handlingsplan med åtgärder som beräknas minska kostnaderna med "
                      "6,2 miljoner kronor under 2025, bland annat genom att två externa placeringar ersätts med "
                      "insatser på hemmaplan.")
    doc.add_paragraph("Yrkanden: Jonas Berggren (SD) yrkar att kommunstyrelsen ska återremittera ärendet för att "
                      "komplettera med en konsekvensanalys för brukarna. Ordföranden yrkar bifall till förslaget.")
    doc.add_paragraph("Beslut: Kommunstyrelsen beslutar att godkänna socialnämndens handlingsplan och att nämnden "
                      "ska återrapportera utfallet i samband med delårsrapporten per augusti 2025.")
    doc.add_paragraph("Reservation: Jonas Berggren (SD) reserverar sig mot beslutet till förmån för eget yrkande.")

    doc.add_heading("§ 34 Avgift för trygghetslarm", level=2)
    doc.add_paragraph("Dnr KS 2025/022")
    doc.add_paragraph("Beslut: Kommunstyrelsen föreslår kommunfullmäktige att höja månadsavgiften för trygghetslarm "
                      "från 250 kronor till 295 kronor från och med den 1 juli 2025.")
    doc.add_paragraph("Reservation: Mikael Fors (V) och Per-Olof Nygren (C) reserverar sig mot beslutet.")

    doc.add_paragraph("Vid protokollet: Hanna Rydberg, nämndsekreterare")
    save_docx(doc, path, "Protokoll kommunstyrelsen 2025-03-10", "Tibro kommun")


def build_xlsx(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Nyckeltal"
    ws.append(["Finansiella nyckeltal Tibro kommun 2020–2024"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(["Källa: årsredovisningar. Belopp i mnkr om inte annat anges."])
    ws.append(["Nyckeltal", "Enhet", 2020, 2021, 2022, 2023, 2024])
    data = [
        ("Invånare 31 dec", "st", 10953, 11001, 11032, 11018, 11047),
        ("Skattesats", "kr", 22.11, 22.11, 22.11, 22.11, 22.11),
        ("Skatteintäkter och generella statsbidrag", "mnkr", 668.9, 702.4, 731.6, 748.7, 779.8),
        ("Årets resultat", "mnkr", 24.9, 31.6, 19.2, 16.3, 14.1),
        ("Årets resultat i % av skatter och bidrag", "%", 3.7, 4.5, 2.6, 2.2, 1.8),
        ("Nettoinvesteringar", "mnkr", 48.2, 55.7, 61.3, 70.4, 63.0),
        ("Långfristiga lån", "mnkr", 320.0, 335.0, 360.0, 382.0, 402.0),
        ("Soliditet inkl. pensionsförpliktelser", "%", 24.1, 26.3, 27.0, 27.5, 27.2),
    ]
    for row in data:
        ws.append(list(row))
    for row in ws.iter_rows(min_row=4):
        for c in row[2:]:
            if isinstance(c.value, float):
                c.number_format = "0.00" if row[0].value == "Skattesats" else "0.0"
    ws.column_dimensions["A"].width = 42

    ws2 = wb.create_sheet("Kostnad per invånare")
    ws2.append(["Nettokostnad per invånare och verksamhet"])
    ws2.append(["Kronor per invånare"])
    ws2.append(["Verksamhet", 2022, 2023, 2024])
    rows2 = [("Förskola", 10250, 10640, 11020), ("Grundskola", 18730, 19410, 20180),
             ("Gymnasieskola", 7420, 7690, 7950), ("Äldreomsorg", 15860, 16920, 17740),
             ("LSS", 5110, 5380, 5620), ("Individ- och familjeomsorg", 3940, 4480, 4910),
             ("Kultur och fritid", 2380, 2450, 2490)]
    for r in rows2:
        ws2.append(list(r))
    ws2.column_dimensions["A"].width = 32
    save_xlsx(wb, path, "Nyckeltal Tibro kommun", "Tibro kommun")


PRESS = """# Tibro kommun prognostiserar underskott – socialnämnden drar över

**Pressmeddelande, Tibro kommun, 2025-09-24**

Tibro kommuns delårsrapport för januari–augusti 2025 visar ett periodresultat på 24,8 miljoner kronor, men prognosen för helåret har sjunkit till 10,0 miljoner kronor. Budgeten för året var ett resultat på 16,5 miljoner kronor.

– Vi har en tuff situation inom socialnämnden där behoven ökar snabbare än pengarna. Samtidigt ser vi att besparingarna börjar ge effekt, och därför inför vi inget generellt anställningsstopp, säger kommunstyrelsens ordförande Lennart Svanberg (S).

Socialnämnden prognostiserar ett underskott på 8,6 miljoner kronor. Kommunstyrelsen har gett nämnden i uppdrag att ta fram ytterligare åtgärder på 3,0 miljoner kronor som ska redovisas i november.

## Förskolan Smedsgården försenas något

Bygget av förskolan Smedsgården går enligt tidplanen, men utbetalningarna förskjuts. Därför beräknas investeringarna 2025 bli 68,0 miljoner kronor i stället för budgeterade 84,1 miljoner kronor. Förskolan ska ha åtta avdelningar och plats för 120 barn.

## Fakta

- Periodens resultat jan–aug 2025: 24,8 miljoner kronor
- Prognos årets resultat 2025: 10,0 miljoner kronor
- Sjukfrånvaro jan–aug: 6,8 procent
- Delårsrapporten behandlas av kommunfullmäktige den 27 oktober

**Kontakt:** Cecilia Ahlgren, ekonomichef, 0504-181 20
"""


def build(outdir):
    outdir.mkdir(parents=True, exist_ok=True)
    info = build_budget(outdir / "tibro-mal-och-budget-2025-plan-2026-2027.pdf")
    info.update(build_delar(outdir / "tibro-delarsrapport-augusti-2025.pdf"))
    build_html(outdir / "tibro-sa-anvands-din-skatt.html")
    build_docx(outdir / "tibro-ks-protokoll-2025-03-10.docx")
    build_xlsx(outdir / "tibro-nyckeltal-2020-2024.xlsx")
    (outdir / "tibro-pressmeddelande-delarsrapport-2025.md").write_text(PRESS, encoding="utf-8")
    return info
