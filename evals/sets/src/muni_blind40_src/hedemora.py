"""Hedemora kommun: budget och plan 2027–2029 PDF, delårsrapport aug 2026 PDF, HTML, DOCX, XLSX, TXT."""
import os

import docx
import openpyxl
from docx.shared import Pt

from common import Doc, normalize_zip, pct, sv

N = "– "  # minus style in Hedemora documents
INV = 15480  # invånare, planeringsförutsättning 2027

# Driftbudget i tkr: utfall 2025, budget 2026, budget 2027, plan 2028, plan 2029
DRIFT = [
    ("Kommunfullmäktige", [5840, 6020, 6210, 6330, 6450]),
    ("Revisionen", [1650, 1700, 1760, 1790, 1820]),
    ("Kommunstyrelsen", [121450, 126300, 129840, 132400, 135100]),
    ("Barn- och utbildningsnämnden", [498760, 512400, 528950, 540200, 551300]),
    ("Socialnämnden", [412380, 421900, 447600, 458300, 469100]),
    ("Bygg- och miljönämnden", [14270, 14900, 15350, 15650, 15950]),
    ("Tekniska nämnden", [38120, 39400, 40600, 41300, 42000]),
    ("Kommungemensamt och finansförvaltning", [6300, 8100, 9500, 11000, 12500]),
]
DSUM = [sum(r[1][i] for r in DRIFT) for i in range(5)]
NETTOK = [-round(x / 100) for x in DSUM]  # tenths of mnkr
SKATT = [8031, 8269, 8614, 8846, 9081]
STATSB = [3187, 3304, 3462, 3529, 3598]
FIN_INT = [41, 38, 36, 35, 35]
FIN_KOST = [-126, -142, -158, -171, -183]
INTAKT = [2215, 2240, 2290, 2330, 2370]
AVSKR = [-412, -436, -471, -498, -520]
KOSTN = [NETTOK[i] - INTAKT[i] - AVSKR[i] for i in range(5)]
VRES = [NETTOK[i] + SKATT[i] + STATSB[i] for i in range(5)]
RES = [VRES[i] + FIN_INT[i] + FIN_KOST[i] for i in range(5)]
SKB = [SKATT[i] + STATSB[i] for i in range(5)]

# Investeringar i tkr: budget 2027, plan 2028, plan 2029
INVEST = [
    ("Kommunstyrelsen", [("IT och digitalisering", [4200, 4200, 4200]),
                         ("Bredband landsbygd", [2500, 2000, 0])]),
    ("Tekniska nämnden", [("Ny skola Vasaskolan, etapp 2", [48000, 62000, 15000]),
                          ("Ombyggnad Hedemora simhall", [22500, 4000, 0]),
                          ("Reinvestering gator och broar", [9000, 9000, 9500]),
                          ("Gatubelysning, byte till LED", [3500, 3500, 3000]),
                          ("Lekplatser och parker", [1200, 1200, 1200])]),
    ("Barn- och utbildningsnämnden", [("Inventarier skolor och förskolor", [1800, 1800, 1800]),
                                      ("Digitala lärverktyg", [1500, 1500, 1500])]),
    ("Socialnämnden", [("Trygghetslarm och välfärdsteknik", [1600, 1200, 1200]),
                       ("Inventarier Åsgårdens äldreboende", [900, 500, 500])]),
    ("Bygg- och miljönämnden", [("Digitalt bygglovsarkiv", [650, 0, 0])]),
]
INV_TOT = [sum(p[1][i] for _, ps in INVEST for p in ps) for i in range(3)]

# Kassaflöde (tiondels mnkr): budget 2026, budget 2027, plan 2028, plan 2029
CF_AVSKR = AVSKR[1:]
CF_OVR = [52, 48, 45, 40]
CF_INV = [-1030, -round(INV_TOT[0] / 100), -round(INV_TOT[1] / 100), -round(INV_TOT[2] / 100)]
CF_NYUPP = [600, 650, 550, 150]
CF_AMORT = [-150, -150, -150, -150]


def t0(x):
    return sv(x, N, dec=0)


def budget_pdf(path):
    d = Doc("Hedemora kommun | Budget och plan 2027–2029", "Hedemora kommun")
    d.add_page()
    d.ln(45)
    d.set_font("DV", "B", 24)
    d.multi_cell(0, 11, "Budget 2027\nPlan 2028–2029", new_x="LMARGIN", new_y="NEXT")
    d.set_font("DV", "", 12)
    d.ln(5)
    d.multi_cell(0, 7, "Hedemora kommun\nBeslutad av kommunfullmäktige 2026-11-10, § 97", new_x="LMARGIN", new_y="NEXT")

    d.add_page()
    d.h1("Inledning från kommunstyrelsens ordförande")
    d.p("Hedemora har under flera år haft svårt att få ekonomin i balans. Socialnämnden har gått med underskott "
        "tre år i rad och kostnaderna för försörjningsstöd och placeringar har ökat. Vi tar nu ansvar för att "
        "vända utvecklingen.")
    d.p(f"Därför höjer vi kommunalskatten med 30 öre, från 22,41 kronor till 22,71 kronor. Skattehöjningen ger "
        "ungefär 11,8 miljoner kronor i ökade intäkter per år. Samtidigt får socialnämnden en ramförstärkning på "
        f"18,5 miljoner kronor. Resultatet för 2027 budgeteras till {sv(RES[2])} miljoner kronor.")
    d.p("Alla förvaltningar ska bidra med effektiviseringar. Kommunstyrelsen ska minska sina kostnader med "
        "2,4 miljoner kronor bland annat genom färre chefstjänster, och 450 000 kronor sparas på minskade "
        "lokalkostnader när kommunhusets flygel avvecklas.")
    d.p("Den stora investeringen de kommande åren är den andra etappen av Vasaskolan. Totalt investerar vi "
        f"{sv(round(sum(INV_TOT) / 100))} miljoner kronor under planperioden.")
    d.set_font("DV", "I", 10)
    d.multi_cell(0, 5, "Karin Hedlund (M)\nKommunstyrelsens ordförande", new_x="LMARGIN", new_y="NEXT")

    d.add_page()
    d.h1("Förutsättningar")
    d.h2("Befolkningsutveckling")
    d.p("Hedemora hade 15 512 invånare den 1 november 2026. Budgeten bygger på 15 480 invånare 2027. "
        "Andelen invånare som är 65 år eller äldre är 29 procent, vilket är betydligt högre än i riket.")
    d.h2("Skatteunderlag")
    d.p("Skatteintäkterna är beräknade utifrån SKR:s prognos från oktober 2026. En förändring av "
        "skatteunderlaget med en procent motsvarar cirka 8,6 miljoner kronor för Hedemora.")
    d.h2("Pensioner")
    d.p("Pensionskostnaderna beräknas öka med 6,2 miljoner kronor 2027 jämfört med 2026.")
    d.h2("Mål för god ekonomisk hushållning")
    d.bullets(["Årets resultat ska uppgå till minst 1 procent av skatteintäkter och generella statsbidrag.",
               "Nettoinvesteringarna ska över en femårsperiod finansieras till minst 70 procent med egna medel.",
               "Låneskulden per invånare får inte överstiga 60 000 kronor."])
    d.h2("Verksamhetsmål 2027")
    d.bullets(["Andelen elever som klarar kunskapskraven i alla ämnen i årskurs 6 ska öka.",
               "Väntetiden till särskilt boende ska vara högst 60 dagar.",
               "Handläggningstiden för bygglov ska vara högst sju veckor."])

    d.add_page()
    d.h1("Resultatbudget")
    d.caption("Mnkr")
    w = [62, 21, 21, 21, 21, 21]
    hdr = [["", "Utfall", "Budget", "Budget", "Plan", "Plan"], ["", "2025", "2026", "2027", "2028", "2029"]]
    rows = [
        ("row", ["Verksamhetens intäkter"] + [sv(x, N) for x in INTAKT]),
        ("row", ["Verksamhetens kostnader"] + [sv(x, N) for x in KOSTN]),
        ("row", ["Avskrivningar"] + [sv(x, N) for x in AVSKR]),
        ("sum", ["Verksamhetens nettokostnader"] + [sv(x, N) for x in NETTOK]),
        ("row", ["Skatteintäkter"] + [sv(x, N) for x in SKATT]),
        ("row", ["Generella statsbidrag och utjämning"] + [sv(x, N) for x in STATSB]),
        ("sum", ["Verksamhetens resultat"] + [sv(x, N) for x in VRES]),
        ("row", ["Finansiella intäkter"] + [sv(x, N) for x in FIN_INT]),
        ("row", ["Finansiella kostnader"] + [sv(x, N) for x in FIN_KOST]),
        ("sum", ["Årets resultat"] + [sv(x, N) for x in RES]),
        ("row", ["Årets resultat i procent av skatter och bidrag"] + [pct(RES[i], SKB[i]) for i in range(5)]),
    ]
    d.table(w, hdr, rows)
    d.footnote("Utfall 2025 enligt årsredovisningen. Budget 2026 enligt beslut i kommunfullmäktige november 2025.")

    d.h1("Kassaflödesbudget")
    d.caption("Mnkr")
    cf_mfv = [RES[i + 1] - CF_AVSKR[i] + CF_OVR[i] for i in range(4)]
    cf_fin = [CF_NYUPP[i] + CF_AMORT[i] for i in range(4)]
    cf_tot = [cf_mfv[i] + CF_INV[i] + cf_fin[i] for i in range(4)]
    w = [82, 21, 21, 21, 21]
    hdr = [["", "Budget", "Budget", "Plan", "Plan"], ["", "2026", "2027", "2028", "2029"]]
    rows = [
        ("section", ["Den löpande verksamheten"]),
        ("row", ["Årets resultat"] + [sv(x, N) for x in RES[1:]]),
        ("row", ["Justering för avskrivningar"] + [sv(-x, N) for x in CF_AVSKR]),
        ("row", ["Justering för pensionsavsättning m.m."] + [sv(x, N) for x in CF_OVR]),
        ("sum", ["Medel från den löpande verksamheten"] + [sv(x, N) for x in cf_mfv]),
        ("section", ["Investeringsverksamheten"]),
        ("row", ["Investering i materiella anläggningstillgångar"] + [sv(x, N) for x in CF_INV]),
        ("section", ["Finansieringsverksamheten"]),
        ("row", ["Nyupptagna lån"] + [sv(x, N) for x in CF_NYUPP]),
        ("row", ["Amortering av skuld"] + [sv(x, N) for x in CF_AMORT]),
        ("sum", ["Medel från finansieringsverksamheten"] + [sv(x, N) for x in cf_fin]),
        ("sum", ["Årets kassaflöde"] + [sv(x, N) for x in cf_tot]),
    ]
    d.table(w, hdr, rows)

    d.add_page()
    d.h1("Balansbudget")
    d.caption("Mnkr")
    anl = [13480, 14150, 14930, 15650, 16020]
    oms = [1620, 1580, 1560, 1540, 1520]
    ek = [5240]
    for i in range(1, 5):
        ek.append(ek[-1] + RES[i])
    avs = [910, 940, 975, 1010, 1040]
    kort = [2350, 2380, 2400, 2420, 2440]
    tot = [anl[i] + oms[i] for i in range(5)]
    lang = [tot[i] - ek[i] - avs[i] - kort[i] for i in range(5)]
    w = [62, 21, 21, 21, 21, 21]
    hdr = [["", "Utfall", "Budget", "Budget", "Plan", "Plan"], ["", "2025", "2026", "2027", "2028", "2029"]]
    rows = [
        ("row", ["Anläggningstillgångar"] + [sv(x) for x in anl]),
        ("row", ["Omsättningstillgångar"] + [sv(x) for x in oms]),
        ("sum", ["Summa tillgångar"] + [sv(x) for x in tot]),
        ("row", ["Eget kapital"] + [sv(x) for x in ek]),
        ("row", ["Avsättningar"] + [sv(x) for x in avs]),
        ("row", ["Långfristiga skulder"] + [sv(x) for x in lang]),
        ("row", ["Kortfristiga skulder"] + [sv(x) for x in kort]),
        ("sum", ["Summa eget kapital och skulder"] + [sv(x) for x in tot]),
    ]
    d.table(w, hdr, rows)
    d.p("Soliditeten beräknas sjunka från " + pct(ek[0], tot[0]) + " procent 2025 till " + pct(ek[4], tot[4]) +
        " procent 2029 eftersom investeringarna till stor del lånefinansieras.")

    d.add_page()
    d.h1("Driftbudget")
    d.p("Nämndernas ramar anges som nettokostnad. I ramarna ingår kompensation för löneökningar med 2,8 procent "
        "och för prisökningar med 1,9 procent. Socialnämndens ram har förstärkts med 18,5 miljoner kronor, varav "
        "6,0 miljoner kronor är tillfälliga för 2027.")
    d.caption("Belopp i tkr")
    w = [64, 21, 21, 21, 21, 21, 0]
    w = [62, 21, 21, 21, 21, 21]
    hdr = [["Nämnd", "Utfall", "Budget", "Budget", "Plan", "Plan"], ["", "2025", "2026", "2027", "2028", "2029"]]
    rows = [("row", [n] + [t0(x) for x in v]) for n, v in DRIFT]
    rows.append(("sum", ["Summa nettokostnad"] + [t0(x) for x in DSUM]))
    d.table(w, hdr, rows)
    d.caption("Förändring av ram 2027 jämfört med 2026")
    w = [82, 30, 30, 28]
    hdr = [["Nämnd", "Förändring", "Förändring", "Kr per inv."], ["", "tkr", "%", "2027"]]
    rows = [("row", [n, t0(v[2] - v[1]), pct(v[2] - v[1], v[1]), t0(round(v[2] * 1000 / INV))]) for n, v in DRIFT]
    rows.append(("sum", ["Totalt", t0(DSUM[2] - DSUM[1]), pct(DSUM[2] - DSUM[1], DSUM[1]),
                         t0(round(DSUM[2] * 1000 / INV))]))
    d.table(w, hdr, rows)
    d.footnote("Kr per invånare beräknat på 15 480 invånare. Kommungemensamt innehåller bl.a. löneöversynspott "
               "och en reserv för oförutsedda kostnader på 3 000 tkr.")

    d.add_page()
    d.h1("Nämndernas uppdrag och prioriteringar")
    for t, x in [
        ("Kommunstyrelsen", "Kommunstyrelsen ska minska kostnaderna med 2,4 miljoner kronor genom en översyn av "
         "ledningsorganisationen. Näringslivsenheten förstärks med en etableringssamordnare."),
        ("Barn- och utbildningsnämnden", "Nämnden ska genomföra en översyn av skolorganisationen på landsbygden. "
         "Under 2027 flyttar årskurs 7–9 från Martinskolan till den nya delen av Vasaskolan."),
        ("Socialnämnden", "Socialnämnden ska ta fram en plan för att minska kostnaderna för externa placeringar "
         "med 8,0 miljoner kronor till 2028. Hemtjänsten ska planeras i ett nytt digitalt system."),
        ("Bygg- och miljönämnden", "Nämnden ska korta handläggningstiderna för bygglov och digitalisera arkivet."),
        ("Tekniska nämnden", "Tekniska nämnden ansvarar för gator, parker, fastigheter och kostverksamhet. "
         "Ombyggnaden av simhallen ska vara klar i december 2027."),
    ]:
        d.h2(t)
        d.p(x)
        d.p("Nämnden ska i sin verksamhetsplan redovisa hur kommunfullmäktiges mål ska nås och vilka "
            "nyckeltal som används för uppföljning. Avvikelser rapporteras i månadsuppföljningen.")

    # Landscape investment table, split over two pages
    d.add_page(orientation="L")
    d.h1("Investeringsbudget 2027–2029")
    d.p(f"Investeringsbudgeten för 2027 uppgår till {t0(INV_TOT[0])} tkr. Investeringar i Vasaskolan och simhallen "
        "står för mer än hälften av volymen.")
    d.caption("Belopp i tkr")
    w = [110, 35, 35, 35, 40]
    hdr = [["Projekt", "Budget", "Plan", "Plan", "Summa"], ["", "2027", "2028", "2029", "2027–2029"]]
    rows = []
    split = None
    for n, ps in INVEST:
        if n == "Barn- och utbildningsnämnden":
            split = len(rows)
        rows.append(("section", [n]))
        for name, v in ps:
            rows.append(("row", [name] + [t0(x) for x in v] + [t0(sum(v))]))
        s = [sum(p[1][i] for p in ps) for i in range(3)]
        rows.append(("sum", ["Summa " + n] + [t0(x) for x in s] + [t0(sum(s))]))
    rows.append(("sum", ["Totalt investeringar"] + [t0(x) for x in INV_TOT] + [t0(sum(INV_TOT))]))
    d.table(w, hdr, rows, split_at=split, cont_caption="Investeringsbudget 2027–2029 (forts.), belopp i tkr")
    d.footnote("Investeringar i VA-verksamheten redovisas av Hedemora Energi AB och ingår inte i tabellen.")

    d.add_page(orientation="P")
    d.h1("Kommunkoncernen")
    d.p("I koncernen ingår Hedemora Energi AB, Hedemorabostäder AB och Hedemora Näringslivs AB. "
        "Hedemorabostäder planerar att bygga 24 nya lägenheter i kvarteret Gjutaren med inflyttning 2028. "
        "Bolagens budgetar beslutas av respektive styrelse.")
    d.h1("Beslut")
    d.p("Kommunfullmäktige beslutade 2026-11-10 att fastställa budget 2027 och plan 2028–2029, att fastställa "
        "skattesatsen till 22,71 kronor och att ge kommunstyrelsen rätt att under 2027 uppta nya lån om högst "
        "65 miljoner kronor.")
    d.p("Vänsterpartiet och Sverigedemokraterna reserverade sig mot beslutet.")
    d.output(path)


# Delårsrapport: budget 2026 (tiondels mnkr), prognos 2026
PROGNOS = {"Kommunfullmäktige": 60, "Revisionen": 17, "Kommunstyrelsen": 1249, "Barn- och utbildningsnämnden": 5156,
           "Socialnämnden": 4362, "Bygg- och miljönämnden": 146, "Tekniska nämnden": 403,
           "Kommungemensamt och finansförvaltning": 52}


def delar_pdf(path):
    d = Doc("Delårsrapport januari–augusti 2026 · Hedemora kommun", "Hedemora kommun")
    d.add_page()
    d.ln(50)
    d.set_font("DV", "B", 24)
    d.multi_cell(0, 11, "Delårsrapport\njanuari–augusti 2026", new_x="LMARGIN", new_y="NEXT")
    d.set_font("DV", "", 12)
    d.cell(0, 8, "Hedemora kommun", new_x="LMARGIN", new_y="NEXT")

    bud = {n: round(v[1] / 100) for n, v in DRIFT}
    avv = {n: bud[n] - PROGNOS[n] for n in bud}
    tot_avv = sum(avv.values())
    prog_res = RES[1] + tot_avv + 46 - 12

    d.add_page()
    d.h1("Sammanfattning")
    d.p("Periodens resultat för januari–augusti 2026 uppgår till 31,4 miljoner kronor. Resultatet för samma "
        "period 2025 var 27,9 miljoner kronor.")
    d.p(f"Helårsprognosen pekar mot ett resultat på {sv(prog_res, N)} miljoner kronor, vilket är "
        f"{sv(RES[1] - prog_res, N)} miljoner kronor sämre än budgeterade {sv(RES[1], N)} miljoner kronor. "
        f"Nämnderna prognostiserar sammantaget en negativ avvikelse på {sv(-tot_avv, N)} miljoner kronor. "
        "Skatteintäkterna beräknas bli 4,6 miljoner kronor högre än budget medan finansnettot blir 1,2 miljoner "
        "kronor sämre.")
    d.p("Socialnämnden prognostiserar ett underskott på -14,3 miljoner kronor, främst på grund av externa "
        "placeringar av barn och unga samt ökade kostnader för försörjningsstöd. Nämnden har tagit fram en "
        "åtgärdsplan.")
    d.h2("Väsentliga händelser")
    d.bullets(["Ny kommundirektör, Eva Lindström, tillträdde den 1 mars 2026.",
               "Byggnationen av Vasaskolan etapp 2 påbörjades i maj 2026.",
               "Ett anställningsstopp för administrativa tjänster infördes den 1 juni 2026."])

    d.add_page()
    d.h1("Nämndernas prognos 2026")
    d.caption("Nettokostnad, belopp i mnkr")
    w = [80, 25, 25, 30]
    hdr = [["Nämnd", "Budget", "Prognos", "Avvikelse"], ["", "2026", "2026", "mot budget"]]
    rows = [("row", [n, sv(bud[n]), sv(PROGNOS[n]), sv(avv[n], N)]) for n, _ in DRIFT]
    rows.append(("sum", ["Summa nämnder", sv(sum(bud.values())), sv(sum(PROGNOS.values())), sv(tot_avv, N)]))
    d.table(w, hdr, rows)
    d.footnote("Negativ avvikelse innebär ett prognostiserat underskott.")
    d.p("Barn- och utbildningsnämndens underskott beror på fler barn i behov av särskilt stöd och ökade "
        "kostnader för interkommunala ersättningar. Kommunstyrelsens överskott förklaras av vakanta tjänster.")

    d.add_page()
    d.h1("Resultaträkning")
    d.caption("Mnkr")
    w = [70, 24, 24, 24, 24]
    hdr = [["", "Utfall", "Utfall", "Budget", "Prognos"], ["", "jan–aug 2025", "jan–aug 2026", "2026", "2026"]]
    rows = [("row", ["Verksamhetens nettokostnader", "– 712,6", "– 739,0", sv(NETTOK[1], N), sv(NETTOK[1] + tot_avv, N)]),
            ("row", ["Skatteintäkter", "535,9", "553,0", sv(SKATT[1], N), sv(SKATT[1] + 46, N)]),
            ("row", ["Generella statsbidrag och utjämning", "211,6", "224,3", sv(STATSB[1], N), sv(STATSB[1], N)]),
            ("row", ["Finansnetto", "– 7,0", "– 6,9", sv(FIN_INT[1] + FIN_KOST[1], N),
                     sv(FIN_INT[1] + FIN_KOST[1] - 12, N)]),
            ("sum", ["Periodens/årets resultat", "27,9", "31,4", sv(RES[1], N), sv(prog_res, N)])]
    d.table(w, hdr, rows)
    d.h2("Investeringar")
    d.p("Under perioden har 41,7 miljoner kronor investerats av en helårsbudget på 103,0 miljoner kronor. "
        "Prognosen för helåret är 86,5 miljoner kronor.")
    d.h2("Personal")
    d.p("Antalet månadsanställda var 1 312 den 31 augusti 2026. Sjukfrånvaron för perioden uppgick till 8,1 procent.")
    d.output(path)
    return prog_res, tot_avv


def html(path):
    rows = [("Skattesats, kr", "22,41", "22,41", "22,71"),
            ("Skatteintäkter och generella statsbidrag, mnkr", sv(SKB[0]), sv(SKB[1]), sv(SKB[2])),
            ("Årets resultat, mnkr", sv(RES[0]), sv(RES[1]), sv(RES[2])),
            ("Resultat i procent av skatter och bidrag", pct(RES[0], SKB[0]), pct(RES[1], SKB[1]), pct(RES[2], SKB[2])),
            ("Nettoinvesteringar, mnkr", "94,8", "103,0", sv(round(INV_TOT[0] / 100))),
            ("Låneskuld per invånare, kr", "41 300", "44 900", "48 800")]
    trs = "\n".join(f"      <tr><th scope=\"row\">{a}</th><td>{b}</td><td>{c}</td><td>{e}</td></tr>" for a, b, c, e in rows)
    page = f"""<!DOCTYPE html>
<html lang="sv">
<head><meta charset="utf-8"><title>Finansiell information | Hedemora kommun</title>
<script src="/js/site.js"></script>
<style>.cookiebar{{position:fixed;bottom:0}}</style></head>
<body>
<div class="cookiebar"><strong>Cookies på hedemora.se</strong> Vi använder nödvändiga kakor och, om du godkänner,
kakor för statistik. <a href="/kakor">Läs mer om kakor</a> <button>Acceptera</button> <button>Neka</button></div>
<header class="site-header">
  <div class="logo">Hedemora kommun</div>
  <ul class="menu">
    <li>Uppleva och göra</li><li>Skola och förskola</li><li>Omsorg och hjälp</li><li>Kommun och politik</li>
  </ul>
  <a href="/lyssna">Lyssna</a> <a href="/languages">Languages</a>
</header>
<div class="crumbs">Hem › Kommun och politik › Ekonomi › Finansiell information</div>
<article>
  <h1>Finansiell information</h1>
  <p class="lead">Här hittar du en sammanfattning av Hedemora kommuns ekonomi, med nyckeltal från budget
  och årsredovisning.</p>
  <h2>Nyckeltal</h2>
  <table class="data">
    <caption>Nyckeltal 2025–2027 (2025 utfall, 2026 och 2027 budget)</caption>
    <thead><tr><th>Nyckeltal</th><th>2025</th><th>2026</th><th>2027</th></tr></thead>
    <tbody>
{trs}
    </tbody>
  </table>
  <h2>Kreditbetyg och borgen</h2>
  <p>Kommunens borgensåtagande för de kommunala bolagen uppgick till 612 miljoner kronor den 31 december 2025,
  varav 398 miljoner kronor avser Hedemorabostäder AB.</p>
  <h2>Kontakt</h2>
  <p>Ekonomichef Helena Forsberg svarar på frågor om kommunens ekonomi, telefon 0225-341 20.</p>
  <p class="meta">Sidan publicerades 2026-11-12 och uppdaterades senast 2026-11-18.</p>
</article>
<footer>
  <p>Hedemora kommun · 776 81 Hedemora · Kontaktcenter 0225-340 00 · kommun@hedemora.se</p>
  <p>Följ oss på Facebook och Instagram. © Hedemora kommun</p>
</footer>
</body></html>
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(page)


def tjs_docx(path):
    doc = docx.Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(11)
    cp = doc.core_properties
    cp.author = "Socialförvaltningen"
    cp.title = "Tjänsteskrivelse åtgärdsplan socialnämnden 2026"
    cp.last_modified_by = "Socialförvaltningen"
    cp.revision = 1
    doc.add_paragraph("Hedemora kommun\nSocialförvaltningen")
    doc.add_paragraph("TJÄNSTESKRIVELSE\nDatum: 2026-09-22\nDnr SN 2026/0147")
    doc.add_paragraph("Handläggare: Mats Öberg, förvaltningsekonom")
    doc.add_heading("Åtgärdsplan för ekonomi i balans 2026–2027", 1)
    doc.add_heading("Förslag till beslut", 2)
    doc.add_paragraph("1. Socialnämnden antar åtgärdsplanen för ekonomi i balans.")
    doc.add_paragraph("2. Socialnämnden uppdrar åt förvaltningschefen att återrapportera åtgärdernas effekt "
                      "vid nämndens sammanträde i februari 2027.")
    doc.add_heading("Sammanfattning", 2)
    doc.add_paragraph("Socialnämnden prognostiserar i delårsrapporten per augusti ett underskott på 14,3 miljoner "
                      "kronor för 2026. Kommunstyrelsen har begärt att nämnden tar fram åtgärder som minskar "
                      "underskottet. Förvaltningen föreslår sex åtgärder som beräknas ge en helårseffekt på "
                      "11 900 tkr från 2027. Effekten under återstoden av 2026 beräknas till 2 350 tkr.")
    doc.add_heading("Åtgärder", 2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, s in zip(t.rows[0].cells, ["Åtgärd", "Effekt 2026, tkr", "Effekt 2027, tkr", "Ansvarig"]):
        c.text = s
    data = [("Hemmaplanslösningar i stället för externa placeringar", "900", "4 500", "IFO-chef"),
            ("Samordnad nattpatrull i hemtjänsten", "350", "2 100", "Enhetschef hemtjänst"),
            ("Minskad användning av bemanningssjuksköterskor", "600", "1 800", "MAS"),
            ("Översyn av försörjningsstöd, arbetsmarknadsinsatser", "200", "1 500", "IFO-chef"),
            ("Avveckling av korttidsplatser på Åsgården (4 platser)", "300", "1 400", "Verksamhetschef äldreomsorg"),
            ("Vakanshållning administrativa tjänster", "0", "600", "Förvaltningschef"),
            ("Summa", "2 350", "11 900", "")]
    for r in data:
        for c, s in zip(t.add_row().cells, r):
            c.text = s
    doc.add_paragraph("")
    doc.add_heading("Konsekvenser", 2)
    doc.add_paragraph("Avvecklingen av fyra korttidsplatser innebär att antalet korttidsplatser i kommunen minskar "
                      "från 16 till 12. Förvaltningen bedömer att behovet kan mötas genom utökad hemtjänst och "
                      "trygg hemgång.")
    doc.add_paragraph("Facklig samverkan har skett den 19 september 2026. Kommunal har lämnat en avvikande mening "
                      "gällande avvecklingen av korttidsplatserna.")
    doc.add_heading("Barnrättsperspektiv", 2)
    doc.add_paragraph("Hemmaplanslösningar bedöms i många fall vara till barnets bästa eftersom barnet kan bo kvar i "
                      "sin hemkommun och gå kvar i sin skola.")
    doc.add_paragraph("Anna-Karin Sjöberg\nFörvaltningschef")
    doc.save(path)
    normalize_zip(path)


def drift_xlsx(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Drift 2027"
    ws.append(["Hedemora kommun – driftbudget 2027 per verksamhet"])
    ws.append(["Belopp i tkr"])
    ws.append(["Nämnd", "Verksamhet", "Intäkter", "Kostnader", "Nettokostnad"])
    data = [
        ("Barn- och utbildningsnämnden", "Förskola", 18400, -112650),
        ("Barn- och utbildningsnämnden", "Grundskola och förskoleklass", 24100, -274300),
        ("Barn- och utbildningsnämnden", "Fritidshem", 6200, -27150),
        ("Barn- och utbildningsnämnden", "Gymnasieskola", 9800, -118400),
        ("Barn- och utbildningsnämnden", "Vuxenutbildning", 14300, -32450),
        ("Barn- och utbildningsnämnden", "Nämnd och administration", 0, -36800),
        ("Socialnämnden", "Äldreomsorg", 52600, -286400),
        ("Socialnämnden", "Funktionsnedsättning (LSS och SoL)", 31200, -118900),
        ("Socialnämnden", "Individ- och familjeomsorg", 9400, -88700),
        ("Socialnämnden", "Försörjningsstöd", 0, -32600),
        ("Socialnämnden", "Nämnd och administration", 0, -14200),
    ]
    for n, v, i, k in data:
        ws.append([n, v, i, k, i + k])
    bun = [r for r in data if r[0].startswith("Barn")]
    soc = [r for r in data if r[0] == "Socialnämnden"]
    assert -sum(r[2] + r[3] for r in bun) == 528950, -sum(r[2] + r[3] for r in bun)
    assert -sum(r[2] + r[3] for r in soc) == 447600, -sum(r[2] + r[3] for r in soc)
    ws.append(["Summa", "", sum(r[2] for r in data), sum(r[3] for r in data), sum(r[2] + r[3] for r in data)])
    ws2 = wb.create_sheet("Personal")
    ws2.append(["Antal årsarbetare per förvaltning"])
    ws2.append(["Årsarbetare (tillsvidare och visstid), oktober respektive år"])
    ws2.append(["Förvaltning", 2024, 2025, 2026])
    for r in [("Kommunledningsförvaltningen", 98.5, 101.0, 96.5), ("Barn- och utbildningsförvaltningen", 512.0, 518.5, 521.0),
              ("Socialförvaltningen", 583.5, 590.0, 586.5), ("Samhällsbyggnadsförvaltningen", 142.0, 145.5, 147.0)]:
        ws2.append(list(r))
    ws2.append(["Totalt", 1336.0, 1355.0, 1351.0])
    wb.properties.creator = "Hedemora kommun"
    wb.properties.title = "Driftbudget 2027"
    wb.save(path)
    normalize_zip(path)


def press_txt(path, prog_res):
    txt = f"""PRESSMEDDELANDE
Hedemora kommun 2026-11-11

Skatten höjs med 30 öre i Hedemora

Kommunfullmäktige i Hedemora beslutade på tisdagen om budget för 2027 och plan för 2028-2029. Kommunalskatten
höjs från 22,41 kronor till 22,71 kronor per hundralapp. För en person som tjänar 28 000 kronor i månaden
innebär höjningen cirka 84 kronor mer i skatt per månad.

"Ingen vill höja skatten, men utan höjningen hade vi behövt göra stora neddragningar i skolan och
äldreomsorgen", säger kommunstyrelsens ordförande Karin Hedlund (M).

Budgeten i korthet:
* Socialnämnden förstärks med 18,5 miljoner kronor.
* Barn- och utbildningsnämndens ram ökar med 16,6 miljoner kronor.
* Investeringar för {sv(round(INV_TOT[0] / 100))} miljoner kronor 2027, varav 48 miljoner till Vasaskolan etapp 2.
* Budgeterat resultat 2027: {sv(RES[2])} miljoner kronor.

Beslutet fattades efter votering med 26 röster mot 15. Vänsterpartiet och Sverigedemokraterna reserverade sig.

För mer information:
Karin Hedlund (M), kommunstyrelsens ordförande, 0225-341 01
Helena Forsberg, ekonomichef, 0225-341 20
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(txt)


def build(outdir):
    os.makedirs(outdir, exist_ok=True)
    budget_pdf(os.path.join(outdir, "budget-och-plan-2027-2029.pdf"))
    prog_res, _ = delar_pdf(os.path.join(outdir, "delarsrapport-augusti-2026.pdf"))
    html(os.path.join(outdir, "finansiell-information.html"))
    tjs_docx(os.path.join(outdir, "tjansteskrivelse-atgardsplan-socialnamnden.docx"))
    drift_xlsx(os.path.join(outdir, "driftbudget-2027-per-verksamhet.xlsx"))
    press_txt(os.path.join(outdir, "pressmeddelande-skatt-2027.txt"), prog_res)
