"""Mellerud kommun: documents."""
import os
from datetime import datetime

import docx
import openpyxl
from docx.shared import Pt
from openpyxl.styles import Font

from kit import Doc, fmt, normalize_zip

INV = 9210  # invånare 30 juni 2024
YEARS = ["Bokslut 2023", "Budget 2024", "Budget 2025", "Plan 2026", "Plan 2027"]
RB = {
    "int": [148.6, 142.0, 145.3, 147.8, 150.1],
    "kost": [-758.4, -771.5, -792.6, -812.4, -833.0],
    "avs": [-26.9, -28.4, -30.2, -32.5, -34.1],
    "skatt": [452.1, 468.9, 487.6, 500.3, 514.9],
    "utj": [196.4, 204.2, 211.8, 219.6, 226.7],
    "finint": [3.8, 3.0, 2.6, 2.4, 2.2],
    "finkost": [-7.9, -9.6, -10.8, -12.1, -13.4],
}
NETTO = [round(a + b + c, 1) for a, b, c in zip(RB["int"], RB["kost"], RB["avs"])]
VRES = [round(n + s + u, 1) for n, s, u in zip(NETTO, RB["skatt"], RB["utj"])]
ARES = [round(v + i + k, 1) for v, i, k in zip(VRES, RB["finint"], RB["finkost"])]

# Driftbudget mnkr: Bokslut 2023, Budget 2024, Budget 2025
DRIFT = [
    ("Kommunstyrelsen", 98.4, 104.2, 109.6),
    ("Utbildningsnämnden", 268.7, 279.5, 288.3),
    ("Socialnämnden", 281.2, 292.6, 304.8),
    ("Byggnadsnämnden", 6.1, 6.4, 6.7),
    ("Kultur- och fritidsnämnden", 21.3, 22.0, 22.8),
    ("Revisionen", 1.6, 1.7, 1.8),
]

# Investeringsbudget tkr: 2025, 2026, 2027
INVEST = [
    ("Skattefinansierade investeringar", None),
    ("Nytt särskilt boende Kaserngården", (4500, 60000, 80000)),
    ("Ombyggnad Rådaskolan, etapp 1", (18200, 6500, 0)),
    ("Ny idrottshall Mellerud", (9800, 22500, 0)),
    ("Förskola Nordalen, tillbyggnad", (7400, 0, 0)),
    ("IT och digitalisering", (2600, 2600, 2600)),
    ("Inventarier utbildning", (1900, 1500, 1500)),
    ("Inventarier socialtjänst", (1200, 1200, 1200)),
    ("Gator och vägar, beläggning", (3500, 3500, 3500)),
    ("Gång- och cykelväg Sunnanå", (4100, 0, 0)),
    ("Hamnen Sunnanå, bryggor", (2300, 800, 0)),
    ("Energieffektivisering lokaler", (2000, 2000, 2000)),
    ("Fordon och maskiner", (1600, 1200, 1200)),
    ("Avgiftsfinansierade investeringar", None),
    ("Vattenverk Vita Sannar, ny reservoar", (16500, 8000, 0)),
    ("Reinvestering VA-ledningar", (9000, 9000, 9000)),
    ("Dagvattenåtgärder centrum", (3200, 2500, 0)),
    ("Renhållning, återvinningscentral", (2100, 0, 0)),
]


def invest_sums():
    sec, cur = {}, None
    for name, v in INVEST:
        if v is None:
            cur = name
            sec[cur] = [0, 0, 0]
        else:
            sec[cur] = [a + b for a, b in zip(sec[cur], v)]
    tot = [sum(s[i] for s in sec.values()) for i in range(3)]
    return sec, tot


def pfmt(v, dec=1):
    return fmt(v, dec, paren=True)


def build_budget(out):
    d = Doc("Budget och plan 2025–2027 · Melleruds kommun", "Melleruds kommun")
    d.set_title("Budget och plan 2025–2027")
    d.add_page()
    d.ln(45)
    d.set_font("DV", "B", 24)
    d.multi_cell(0, 12, "Budget och plan\n2025–2027", align="C", new_x="LMARGIN", new_y="NEXT")
    d.ln(6)
    d.set_font("DV", "", 12)
    d.multi_cell(0, 7, "Melleruds kommun\nBeslutad i kommunfullmäktige 20 november 2024", align="C",
                 new_x="LMARGIN", new_y="NEXT")

    d.add_page()
    d.h1("Förord")
    d.p("Mellerud ska vara en attraktiv kommun att bo, leva och verka i. Budgeten för 2025 är lagd i en "
        "tid då kostnaderna för äldreomsorg, skola och räntor ökar snabbare än skatteintäkterna. Trots det "
        "lyckas vi behålla skattesatsen oförändrad på 22,86 kronor.")
    d.p("Kommunfullmäktige har beslutat om ett resultatmål på 2 procent av skatteintäkter och "
        "generella statsbidrag. Budgeten för 2025 visar ett resultat på 13,7 miljoner kronor, vilket "
        "motsvarar 2,0 procent. För att nå dit genomförs besparingar på totalt 9,5 miljoner kronor, "
        "varav 3,8 miljoner kronor inom socialnämnden och 3,1 miljoner kronor inom utbildningsnämnden.")
    d.p("Vi tar nu de första stegen mot ett nytt särskilt boende på Kaserngården. Projekteringen startar "
        "2025 och byggstart planeras till våren 2026. Dessutom satsar vi 1,5 miljoner kronor per år på "
        "förebyggande arbete för barn och unga och 600 000 kronor på ökad trygghet i centrala Mellerud.")
    d.p("Mikael Nyström (M)\nKommunstyrelsens ordförande")

    d.add_page()
    d.h1("Omvärld och förutsättningar")
    d.p("Mellerud hade 9 210 invånare den 30 juni 2024. Befolkningen har minskat något de senaste två "
        "åren, och budgeten bygger på ett oförändrat invånarantal under planperioden.")
    d.p("Skatteintäkter och generella statsbidrag beräknas enligt SKR:s prognos från oktober 2024 och "
        "uppgår till 699,4 miljoner kronor 2025. Varje förändring av skattesatsen med 10 öre motsvarar "
        "cirka 2,1 miljoner kronor.")
    d.p("Räntekostnaderna ökar under planperioden eftersom investeringarna i huvudsak lånefinansieras. "
        "Kommunens låneskuld beräknas uppgå till 437 miljoner kronor vid utgången av 2025.")
    d.h2("Styrmodell")
    d.p("Mellerud styrs genom mål och ramar. Kommunfullmäktige fastställer inriktningsmål och "
        "ekonomiska ramar per nämnd. Nämnderna beslutar om egna mål och internbudget. Uppföljning sker "
        "per april, per augusti (delårsrapport) och i årsredovisningen.")

    d.add_page()
    d.h1("Inriktningsmål 2025–2027")
    d.h2("1. Mellerud – en plats för livslångt lärande")
    d.p("Andelen elever som är behöriga till gymnasiets yrkesprogram ska öka till 85 procent. "
        "Utfallet 2024 var 79,2 procent.")
    d.h2("2. Trygg omsorg hela livet")
    d.p("Andelen brukare inom hemtjänsten som är nöjda med hemtjänsten som helhet ska vara minst 90 procent.")
    d.h2("3. Ett växande näringsliv")
    d.p("Mellerud ska förbättra sin placering i Svenskt Näringslivs ranking av företagsklimatet "
        "och ligga bland de 100 bästa kommunerna 2027.")
    d.h2("4. Hållbar ekonomi")
    d.bullets(["Årets resultat ska uppgå till minst 2 procent av skatteintäkter och generella statsbidrag.",
               "Skattefinansierade investeringar ska till minst 60 procent finansieras med egna medel.",
               "Nettokostnaderna får inte öka snabbare än skatteintäkter och generella statsbidrag."])

    # Resultatbudget
    d.add_page()
    d.h1("Resultatbudget")
    hdr = [["Mnkr", "Bokslut", "Budget", "Budget", "Plan", "Plan"],
           ["", "2023", "2024", "2025", "2026", "2027"]]
    W = [68, 22, 22, 22, 22, 22]

    def r(label, vals, style=""):
        return ([label] + [pfmt(v) for v in vals], style)
    rows = [r("Verksamhetens intäkter", RB["int"]), r("Verksamhetens kostnader", RB["kost"]),
            r("Avskrivningar", RB["avs"]), r("Verksamhetens nettokostnader", NETTO, "sum"),
            r("Skatteintäkter", RB["skatt"]),
            r("Generella statsbidrag och utjämning", RB["utj"]),
            r("Verksamhetens resultat", VRES, "sum"),
            r("Finansiella intäkter", RB["finint"]), r("Finansiella kostnader", RB["finkost"]),
            r("Årets resultat", ARES, "sum")]
    d.table("Resultatbudget 2025–2027", hdr, rows, W)
    d.note("Negativa belopp anges inom parentes.")

    # Kassaflödesbudget
    sec, tot = invest_sums()
    inv_m = [round(t / 1000, 1) for t in tot]
    kf_res = ARES[2:]
    avs = [-x for x in RB["avs"][2:]]
    pens = [2.1, 1.8, 1.6]
    lop = [round(a + b + c, 1) for a, b, c in zip(kf_res, avs, pens)]
    inv = [-x for x in inv_m]
    salj = [1.5, 0.5, 0.5]
    invv = [round(a + b, 1) for a, b in zip(inv, salj)]
    nya = [85.0, 95.0, 80.0]
    amort = [-10.0, -10.0, -12.0]
    fin = [round(a + b, 1) for a, b in zip(nya, amort)]
    kf = [round(a + b + c, 1) for a, b, c in zip(lop, invv, fin)]
    lik0 = [45.2]
    for k in kf[:-1]:
        lik0.append(round(lik0[-1] + k, 1))
    lik1 = [round(a + b, 1) for a, b in zip(lik0, kf)]
    self_kf = dict(lop=lop, invv=invv, fin=fin, kf=kf, lik1=lik1)
    d.h2("Kassaflödesbudget")
    kh = [["Mnkr", "Budget 2025", "Plan 2026", "Plan 2027"]]
    KW = [90, 30, 30, 30]

    def k(label, vals, style=""):
        return ([label] + [pfmt(v) for v in vals], style)
    krows = [(["Den löpande verksamheten"], "section"),
             k("Årets resultat", kf_res), k("Justering för avskrivningar", avs),
             k("Justering för avsättningar till pensioner", pens),
             k("Medel från den löpande verksamheten", lop, "sum"),
             (["Investeringsverksamheten"], "section"),
             k("Investering i materiella anläggningstillgångar", inv),
             k("Försäljning av materiella anläggningstillgångar", salj),
             k("Medel från investeringsverksamheten", invv, "sum"),
             (["Finansieringsverksamheten"], "section"),
             k("Nyupptagna lån", nya), k("Amortering av skuld", amort),
             k("Medel från finansieringsverksamheten", fin, "sum"),
             k("Årets kassaflöde", kf, "sum"),
             k("Likvida medel vid årets början", lik0), k("Likvida medel vid årets slut", lik1, "sum")]
    d.table("Kassaflödesbudget 2025–2027", kh, krows, KW)

    # Driftbudget
    d.add_page()
    d.h1("Driftbudget")
    d.p("Nämndernas ramar anges som nettokostnad. Ramarna för 2025 inkluderar kompensation för "
        "löneökningar med 3,0 procent och prisökningar med 2,0 procent, samt de besparingar som "
        "beskrivs i förordet.")
    dh = [["Nämnd", "Bokslut", "Budget", "Budget", "Förändr.", "Kr per inv."],
          ["", "2023", "2024", "2025", "2024–2025", "2025"]]
    DW = [58, 22, 22, 22, 24, 26]
    drows = []
    for n, a, b, c in DRIFT:
        drows.append(([n, fmt(a), fmt(b), fmt(c), fmt(round(c - b, 1)), fmt(c * 1e6 / INV, 0)], ""))
    s = [round(sum(x[i] for x in DRIFT), 1) for i in (1, 2, 3)]
    drows.append((["Summa nämnder", fmt(s[0]), fmt(s[1]), fmt(s[2]), fmt(round(s[2] - s[1], 1)),
                   fmt(s[2] * 1e6 / INV, 0)], "sum"))
    fin_ = [round(-NETTO[0] - s[0], 1), round(-NETTO[1] - s[1], 1), round(-NETTO[2] - s[2], 1)]
    drows.append((["Finansförvaltning"] + [pfmt(v) for v in fin_] + [pfmt(round(fin_[2] - fin_[1], 1)),
                                                                     pfmt(fin_[2] * 1e6 / INV, 0)], ""))
    tt = [-x for x in NETTO[:3]]
    drows.append((["Verksamhetens nettokostnader"] + [fmt(v) for v in tt] +
                  [fmt(round(tt[2] - tt[1], 1)), fmt(tt[2] * 1e6 / INV, 0)], "sum"))
    d.table("Driftbudget per nämnd", dh, drows, DW, unit="Belopp i mnkr (kr per invånare i kronor)")
    d.note("Finansförvaltningen innehåller bland annat pensionskostnader, kapitaltjänst och "
           "arbetsgivaravgifter som inte belastar nämnderna. Befolkning 9 210 invånare.")

    d.add_page()
    d.h1("Nämndernas verksamhet 2025")
    d.h2("Kommunstyrelsen")
    d.p("Kommunstyrelsen ansvarar för kommunövergripande frågor, räddningstjänst, gator och parker, "
        "fastigheter samt vatten och avlopp. I ramen ingår 600 000 kronor för trygghetsskapande "
        "åtgärder i centrala Mellerud, bland annat belysning och kameraövervakning vid resecentrum.")
    d.h2("Utbildningsnämnden")
    d.p("Utbildningsnämnden ansvarar för förskola, grundskola, gymnasieskola och vuxenutbildning. "
        "Besparingen på 3,1 miljoner kronor genomförs främst genom en ny organisation för "
        "grundskolans årskurs 7–9 och minskade köp av gymnasieplatser.")
    d.h2("Socialnämnden")
    d.p("Socialnämnden ansvarar för äldreomsorg, funktionsstöd och individ- och familjeomsorg. "
        "Nämnden ska minska kostnaderna för externa placeringar med 2,5 miljoner kronor genom "
        "utbyggd öppenvård på hemmaplan.")
    d.h2("Byggnadsnämnden")
    d.p("Byggnadsnämnden ansvarar för bygglov och tillsyn enligt plan- och bygglagen. Handläggningstiden "
        "för bygglov ska vara högst fem veckor.")
    d.h2("Kultur- och fritidsnämnden")
    d.p("Nämnden ansvarar för bibliotek, kulturskola, föreningsbidrag och fritidsgårdar. "
        "Föreningsbidragen räknas upp med 2 procent 2025.")

    # Investeringsbudget (tkr), long table over page break
    d.add_page()
    d.h1("Investeringsbudget")
    d.p("Investeringsbudgeten för 2025 uppgår till {} miljoner kronor, varav {} miljoner kronor "
        "avser avgiftsfinansierad verksamhet.".format(
            fmt(tot[0] / 1000), fmt(sec["Avgiftsfinansierade investeringar"][0] / 1000)))
    d.p("Det nya särskilda boendet på Kaserngården beräknas kosta totalt 186 miljoner kronor. "
        "Resterande 41,5 miljoner kronor budgeteras 2028.")
    d.ln(30)
    ih = [["Projekt", "Budget", "Plan", "Plan"], ["Tkr", "2025", "2026", "2027"]]
    IW = [100, 28, 28, 28]
    irows, cur = [], None
    for name, v in INVEST:
        if v is None:
            if cur:
                irows.append(([f"Summa {cur.lower()}"] + [fmt(x, 0) for x in sec[cur]], "sum"))
            cur = name
            irows.append(([name], "section"))
        else:
            irows.append(([name] + [fmt(x, 0) for x in v], ""))
    irows.append(([f"Summa {cur.lower()}"] + [fmt(x, 0) for x in sec[cur]], "sum"))
    irows.append((["Totalt"] + [fmt(x, 0) for x in tot], "sum"))
    d.table("Investeringsbudget 2025–2027", ih, irows, IW, row_h=7.5, font=9)
    d.note("Avgiftsfinansierade investeringar finansieras genom VA- och renhållningstaxor.")

    d.add_page()
    d.h1("Känslighetsanalys")
    d.p("Tabellen visar hur kommunens resultat påverkas av förändringar i några viktiga faktorer. "
        "Beräkningarna utgår från budget 2025.")
    d.table("Känslighetsanalys, budget 2025", [["Förändring", "Resultatpåverkan, mnkr"]],
            [(["Skattesatsen förändras med 10 öre", "2,1"], ""),
             (["Löneökning med 1 procent", "5,1"], ""),
             (["Räntan ökar med 1 procentenhet", "4,4"], ""),
             (["Skatteunderlaget förändras med 1 procent", "4,9"], ""),
             (["10 fler invånare", "0,6"], ""),
             (["Prisökning med 1 procent (övriga kostnader)", "2,6"], "")], [110, 50])
    d.h2("Risker")
    d.p("De största riskerna i budgeten är en svagare konjunktur med lägre skatteintäkter, ökade "
        "kostnader för placeringar av barn och unga samt högre räntor än beräknat. Kommunen har en "
        "resultatutjämningsreserv på 18,2 miljoner kronor som kan användas vid en lågkonjunktur.")

    d.add_page()
    d.h1("Taxor och avgifter 2025")
    d.p("Kommunfullmäktige beslutar om taxor och avgifter i samband med budgeten. Här redovisas ett "
        "urval av de taxor som förändras 2025.")
    d.table("Urval av taxor", [["Taxa", "2024, kr", "2025, kr"]],
            [(["VA, brukningsavgift normalvilla per år", "8 670", "9 190"], ""),
             (["Renhållning, kärl 190 liter per år", "2 940", "3 060"], ""),
             (["Bygglov nybyggnad enbostadshus", "24 800", "25 600"], ""),
             (["Kulturskola, avgift per termin", "600", "650"], ""),
             (["Maxtaxa förskola, första barnet per månad", "1 688", "1 714"], "")],
            [110, 35, 35])
    d.note("Maxtaxan för förskola följer Skolverkets beslut och anges för inkomståret 2025.")

    d.add_page()
    d.h1("Personal")
    d.p("Mellerud har cirka 1 020 tillsvidareanställda. Sjukfrånvaron uppgick till 8,1 procent 2023. "
        "Kommunen arbetar med heltid som norm och andelen heltidsanställda är 86 procent.")
    d.p("Lönerevisionen 2025 beräknas till 3,0 procent, vilket motsvarar cirka 14,6 miljoner kronor "
        "inklusive personalomkostnader.")
    d.h2("Finansiella mål, uppföljning")
    d.table("Finansiella mål", [["Mål", "Bokslut 2023", "Budget 2025"]],
            [(["Resultat i % av skatter och bidrag", "1,2", "2,0"], ""),
             (["Självfinansieringsgrad skattefin. investeringar, %", "72", "61"], ""),
             (["Nettokostnadsutveckling, %", "6,3", "3,0"], "")], [100, 35, 35])
    d.output(out)
    return self_kf


def build_delar(out):
    d = Doc("Delårsrapport januari–augusti 2025 | Melleruds kommun", "Delårsrapport 2025")
    d.cover = False
    d.add_page()
    d.h1("Delårsrapport januari–augusti 2025")
    d.p("Melleruds kommun · Behandlad i kommunstyrelsen 2025-10-01")
    d.h2("Sammanfattning")
    d.p("Resultatet för perioden januari–augusti 2025 uppgår till 31,4 miljoner kronor. Prognosen för "
        "helåret är ett resultat på 9,8 miljoner kronor, vilket är 3,9 miljoner kronor lägre än "
        "budgeterat resultat på 13,7 miljoner kronor.")
    d.p("Nämnderna prognostiserar sammantaget ett underskott på -6,3 miljoner kronor. Finansförvaltningen "
        "beräknas ge ett överskott på 2,4 miljoner kronor, främst tack vare en högre "
        "skatteunderlagsprognos.")
    d.h2("Nämndernas prognos")
    hdr = [["Mnkr", "Budget", "Prognos", "Avvikelse", "Utfall"],
           ["", "helår 2025", "helår 2025", "mot budget", "jan–aug"]]
    W = [62, 27, 27, 27, 27]
    data = [("Kommunstyrelsen", 109.6, 108.9, 70.2), ("Utbildningsnämnden", 288.3, 289.5, 186.4),
            ("Socialnämnden", 304.8, 311.0, 207.9), ("Byggnadsnämnden", 6.7, 6.5, 4.1),
            ("Kultur- och fritidsnämnden", 22.8, 22.6, 14.8), ("Revisionen", 1.8, 1.8, 1.0)]
    rows = []
    for n, b, p, u in data:
        rows.append(([n, fmt(b), fmt(p), fmt(round(b - p, 1)), fmt(u)], ""))
    sb = round(sum(x[1] for x in data), 1)
    sp = round(sum(x[2] for x in data), 1)
    su = round(sum(x[3] for x in data), 1)
    rows.append((["Summa nämnder", fmt(sb), fmt(sp), fmt(round(sb - sp, 1)), fmt(su)], "sum"))
    assert round(sb - sp, 1) == -6.3, sb - sp
    d.table("Tabell 1. Driftredovisning per nämnd", hdr, rows, W)
    d.p("Socialnämnden prognostiserar ett underskott på 6,2 miljoner kronor. Underskottet beror på "
        "ökade kostnader för hemtjänst och för köpta platser inom LSS. Utbildningsnämndens underskott "
        "på 1,2 miljoner kronor förklaras av fler elever i gymnasieskolan.")
    d.add_page()
    d.h2("Resultaträkning")
    hdr = [["Mnkr", "Utfall", "Utfall", "Budget", "Prognos"],
           ["", "jan–aug 2024", "jan–aug 2025", "2025", "2025"]]
    W = [62, 27, 27, 27, 27]
    rr = [("Verksamhetens intäkter", 98.2, 101.6, 145.3, 149.0),
          ("Verksamhetens kostnader", -492.3, -511.6, -792.6, -802.3),
          ("Avskrivningar", -18.6, -19.9, -30.2, -30.0)]
    net = [round(sum(x[i] for x in rr), 1) for i in (1, 2, 3, 4)]
    rr2 = [("Skatteintäkter", 312.5, 325.9, 487.6, 489.8),
           ("Generella statsbidrag och utjämning", 136.0, 141.3, 211.8, 211.8)]
    vres = [round(net[i] + rr2[0][i + 1] + rr2[1][i + 1], 1) for i in range(4)]
    rr3 = [("Finansiella intäkter", 2.1, 1.9, 2.6, 2.9), ("Finansiella kostnader", -6.0, -7.8, -10.8, -11.4)]
    res = [round(vres[i] + rr3[0][i + 1] + rr3[1][i + 1], 1) for i in range(4)]
    rows = [([x[0]] + [fmt(v) for v in x[1:]], "") for x in rr]
    rows.append((["Verksamhetens nettokostnader"] + [fmt(v) for v in net], "sum"))
    rows += [([x[0]] + [fmt(v) for v in x[1:]], "") for x in rr2]
    rows.append((["Verksamhetens resultat"] + [fmt(v) for v in vres], "sum"))
    rows += [([x[0]] + [fmt(v) for v in x[1:]], "") for x in rr3]
    rows.append((["Periodens/årets resultat"] + [fmt(v) for v in res], "sum"))
    d.table("Tabell 2. Resultaträkning", hdr, rows, W)
    assert res[1] == 31.4 and res[2] == 13.7 and res[3] == 9.8, res
    d.h2("Investeringar")
    d.p("Investeringarna uppgick till 38,7 miljoner kronor under perioden. Helårsprognosen är 71,0 "
        "miljoner kronor, att jämföra med budgeten på 89,9 miljoner kronor. Ombyggnaden av "
        "Rådaskolan är försenad och ny idrottshall har skjutits upp till 2026.")
    d.h2("Personal")
    d.p("Sjukfrånvaron för perioden var 7,6 procent, jämfört med 8,3 procent samma period 2024.")
    d.output(out)
    return res


def build_html(out):
    rows = [(2021, "18,4", "45,6", "298", "22,86"), (2022, "12,9", "44,1", "321", "22,86"),
            (2023, "7,7", "42,3", "337", "22,86"), (2024, "10,6", "41,0", "362", "22,86")]
    tr = "\n".join(f"        <tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td><td>{e}</td></tr>"
                   for a, b, c, d, e in rows)
    html = f"""<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Finansiell information | Melleruds kommun</title>
<style>.cookie{{position:fixed;bottom:0}}</style>
</head>
<body>
<div class="cookie" role="dialog" aria-label="Kakor">
  <p>Mellerud.se använder nödvändiga kakor för att webbplatsen ska fungera och analyskakor för statistik.</p>
  <button>Acceptera</button><button>Neka analyskakor</button>
</div>
<header class="site-header">
  <div class="logo"><a href="/">Melleruds kommun</a></div>
  <ul class="menu">
    <li><a href="/barn-och-utbildning">Barn och utbildning</a></li>
    <li><a href="/omsorg-och-stod">Omsorg och stöd</a></li>
    <li><a href="/bo-och-leva">Bo och leva</a></li>
    <li><a href="/naringsliv">Näringsliv och arbete</a></li>
    <li><a href="/kommun-och-politik">Kommun och politik</a></li>
  </ul>
  <a href="/lyssna">Lyssna</a> <a href="/other-languages">Other languages</a>
</header>
<nav class="breadcrumb"><a href="/">Startsida</a> › <a href="/kommun-och-politik">Kommun och politik</a> › Finansiell information</nav>
<main id="content">
  <article>
    <h1>Finansiell information</h1>
    <p>Här hittar du information om Melleruds kommuns ekonomi för dig som är långivare, investerare eller bara nyfiken. Kommunen finansierar sina investeringar främst via Kommuninvest, där Mellerud är medlem sedan 1993.</p>
    <h2>Nyckeltal</h2>
    <table>
      <thead>
        <tr><th>År</th><th>Årets resultat (mnkr)</th><th>Soliditet exkl. pensionsåtagande (%)</th><th>Låneskuld (mnkr)</th><th>Skattesats (kr)</th></tr>
      </thead>
      <tbody>
{tr}
      </tbody>
    </table>
    <p>Kommunens låneskuld uppgick till 362 miljoner kronor den 31 december 2024. Den genomsnittliga räntan var 2,9 procent och den genomsnittliga kapitalbindningstiden 2,4 år.</p>
    <p>Kommunen har även borgensåtaganden för de kommunala bolagen Mellerudshus AB och Dalslands Miljö- och Energiförbund på sammanlagt 486 miljoner kronor.</p>
    <h2>Dokument</h2>
    <ul>
      <li><a href="/dokument/budget-och-plan-2025-2027.pdf">Budget och plan 2025–2027 (pdf)</a></li>
      <li><a href="/dokument/delarsrapport-2025.pdf">Delårsrapport januari–augusti 2025 (pdf)</a></li>
    </ul>
    <p>Kontakt: ekonomichef Henrik Dahl, telefon 0530-180 00.</p>
    <p class="updated">Senast uppdaterad: 2025-10-06</p>
  </article>
</main>
<footer>
  <p>Melleruds kommun · Box 63 · 464 21 Mellerud · Växel 0530-180 00 · mellerud@mellerud.se</p>
  <p><a href="/om-webbplatsen">Om webbplatsen</a> | <a href="/tillganglighet">Tillgänglighet</a> | <a href="/kakor">Kakor</a></p>
</footer>
</body>
</html>
"""
    with open(out, "w", encoding="utf-8") as f:
        f.write(html)


def build_docx(out):
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)
    cp = doc.core_properties
    cp.author = "Kanslienheten"
    cp.title = "Protokoll kommunfullmäktige 2024-11-20"
    cp.created = datetime(2024, 11, 22, 10, 0, 0)
    cp.modified = datetime(2024, 11, 22, 10, 0, 0)
    cp.last_modified_by = "Kanslienheten"
    cp.revision = 1
    doc.add_heading("Melleruds kommun – Kommunfullmäktige", 1)
    doc.add_paragraph("SAMMANTRÄDESPROTOKOLL")
    doc.add_paragraph("Sammanträdesdatum 2024-11-20")
    doc.add_paragraph("Plats: Kommunhuset, sessionssalen, kl. 18.00–21.40")
    doc.add_paragraph("Ordförande: Ulla Berglund (C). Sekreterare: Jonas Ek. Justerare: Kjell Pettersson (S) "
                      "och Ingrid Olausson (M).")
    doc.add_heading("§ 112 Budget och plan 2025–2027", 2)
    doc.add_paragraph("Dnr KS 2024/318")
    doc.add_paragraph("Kommunstyrelsen har lagt fram förslag till budget och plan 2025–2027. Förslaget "
                      "innebär en oförändrad skattesats på 22,86 kronor och ett budgeterat resultat på "
                      "13,7 miljoner kronor.")
    doc.add_paragraph("Yrkanden: Mikael Nyström (M) yrkar bifall till kommunstyrelsens förslag. "
                      "Kjell Pettersson (S) yrkar på Socialdemokraternas budgetförslag med en skattesats på "
                      "23,06 kronor och 4,0 miljoner kronor mer till socialnämnden.")
    doc.add_paragraph("Omröstning: Ordföranden ställer förslagen mot varandra. Omröstning begärs och "
                      "verkställs. Kommunstyrelsens förslag vinner med 18 röster mot 14. 3 ledamöter avstår.")
    doc.add_paragraph("Beslut: Kommunfullmäktige fastställer skattesatsen för 2025 till 22,86 kronor och "
                      "antar budget och plan 2025–2027 med följande nettoramar:")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, txt in zip(t.rows[0].cells, ["Nämnd", "Nettoram 2025, mnkr", "Nettoram 2024, mnkr"]):
        c.text = txt
    for n, a, b, c_ in DRIFT:
        cells = t.add_row().cells
        for cc, txt in zip(cells, [n, fmt(c_), fmt(b)]):
            cc.text = txt
    cells = t.add_row().cells
    s25 = round(sum(x[3] for x in DRIFT), 1)
    s24 = round(sum(x[2] for x in DRIFT), 1)
    for cc, txt in zip(cells, ["Summa nämnder", fmt(s25), fmt(s24)]):
        cc.text = txt
    doc.add_paragraph("Reservation: Socialdemokraterna och Vänsterpartiet reserverar sig mot beslutet "
                      "till förmån för eget förslag.")
    doc.add_heading("§ 113 Taxa för vatten och avlopp 2025", 2)
    doc.add_paragraph("Förslaget innebär att brukningsavgiften höjs med 6 procent från 1 januari 2025. "
                      "För en normalvilla motsvarar det en ökning med cirka 520 kronor per år.")
    doc.add_paragraph("Beslut: Kommunfullmäktige antar taxan enligt förslaget.")
    doc.add_heading("§ 114 Motion om avgiftsfri simskola för alla sexåringar", 2)
    doc.add_paragraph("Motionären Lisa Ahlström (V) föreslår att kommunen erbjuder avgiftsfri simskola "
                      "till alla barn i förskoleklass. Kostnaden har beräknats till 180 000 kronor per år. "
                      "Kultur- och fritidsnämnden anser att simundervisning redan ingår i skolans uppdrag.")
    doc.add_paragraph("Beslut: Kommunfullmäktige avslår motionen.")
    doc.add_paragraph("Reservation: Lisa Ahlström (V) reserverar sig mot beslutet.")
    doc.add_heading("§ 115 Val av ersättare i socialnämnden", 2)
    doc.add_paragraph("Beslut: Kommunfullmäktige väljer Emma Karlsson (KD) till ersättare i socialnämnden "
                      "för tiden till och med 2026-12-31.")
    doc.save(out)
    normalize_zip(out, "2024-11-22T10:00:00Z")


def build_xlsx(out):
    wb = openpyxl.Workbook()
    wb.properties.creator = "Melleruds kommun"
    wb.properties.created = datetime(2024, 12, 2, 8, 0, 0)
    wb.properties.modified = datetime(2024, 12, 2, 8, 0, 0)
    ws = wb.active
    ws.title = "Budget 2025"
    ws.append(["Budget 2025 per verksamhet – Melleruds kommun"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(["Tkr"])
    ws.append(["Verksamhet", "Nämnd", "Intäkter", "Kostnader", "Nettokostnad"])
    data = [("Förskola", "UN", 9800, -71200), ("Grundskola", "UN", 6400, -142600),
            ("Gymnasieskola", "UN", 3100, -68900), ("Vuxenutbildning", "UN", 5200, -19500),
            ("Äldreomsorg", "SN", 48300, -231700), ("Funktionsstöd", "SN", 21600, -88400),
            ("Individ- och familjeomsorg", "SN", 6900, -61500),
            ("Räddningstjänst", "KS", 1200, -14800), ("Gator och parker", "KS", 2300, -19600),
            ("Bibliotek och kultur", "KFN", 400, -9700), ("Fritid och föreningsstöd", "KFN", 1100, -14600)]
    for v, n, i, k in data:
        ws.append([v, n, i, k, i + k])
    ws.append(["Totalt", "", sum(x[2] for x in data), sum(x[3] for x in data),
               sum(x[2] + x[3] for x in data)])
    ws.append(["Förkortningar: UN utbildningsnämnden, SN socialnämnden, KS kommunstyrelsen, "
               "KFN kultur- och fritidsnämnden."])
    ws2 = wb.create_sheet("Befolkning")
    ws2.append(["Befolkning 31 december"])
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.append(["Antal invånare"])
    ws2.append(["År", "Totalt", "0–19 år", "20–64 år", "65 år och äldre", "Förändring mot föregående år"])
    pop = [(2019, 9352, 2010, 4998, 2344), (2020, 9298, 1995, 4951, 2352),
           (2021, 9289, 1988, 4921, 2380), (2022, 9264, 1979, 4880, 2405),
           (2023, 9232, 1968, 4842, 2422), (2024, 9204, 1950, 4810, 2444)]
    prev = None
    for y, t, a, b, c in pop:
        assert a + b + c == t, y
        ws2.append([y, t, a, b, c, (t - prev) if prev else "–"])
        prev = t
    for w_ in (ws, ws2):
        w_.column_dimensions["A"].width = 30
    wb.save(out)
    normalize_zip(out, "2024-12-02T08:00:00Z")


def build_press(out):
    txt = """PRESSMEDDELANDE
Melleruds kommun, 2025-05-14

Nytt särskilt boende på Kaserngården – kommunstyrelsen ger klartecken

Kommunstyrelsen i Mellerud beslutade i går att gå vidare med byggandet av ett nytt särskilt boende
på Kaserngården. Boendet får 60 lägenheter fördelade på sex avdelningar och ersätter
Nordalsgården, som har 44 platser och inte längre uppfyller dagens krav på arbetsmiljö.

Den beräknade totalkostnaden är 186 miljoner kronor. Byggstart planeras till mars 2026 och
inflyttning till hösten 2028. Projekteringen, som kostar 4,5 miljoner kronor, påbörjas direkt.

"Behovet av platser i särskilt boende ökar när vi blir fler äldre. Med Kaserngården får vi ett
modernt boende där både de boende och personalen trivs", säger Mikael Nyström (M),
kommunstyrelsens ordförande.

Det nya boendet beräknas öka socialnämndens driftkostnader med cirka 8,5 miljoner kronor per år
från 2029, bland annat till följd av högre kapitalkostnader och fler platser.

Byggnaden ska certifieras enligt Miljöbyggnad Silver och får solceller på taket.

För mer information:
Mikael Nyström (M), kommunstyrelsens ordförande, 0530-181 05
Anna Sjöberg, socialchef, 0530-182 20
"""
    with open(out, "w", encoding="utf-8") as f:
        f.write(txt)


def build(folder):
    os.makedirs(folder, exist_ok=True)
    build_budget(os.path.join(folder, "budget-och-plan-2025-2027.pdf"))
    build_delar(os.path.join(folder, "delarsrapport-jan-aug-2025.pdf"))
    build_html(os.path.join(folder, "finansiell-information.html"))
    build_docx(os.path.join(folder, "kf-protokoll-2024-11-20.docx"))
    build_xlsx(os.path.join(folder, "budget-per-verksamhet-2025.xlsx"))
    build_press(os.path.join(folder, "pressmeddelande-kaserngarden.txt"))
