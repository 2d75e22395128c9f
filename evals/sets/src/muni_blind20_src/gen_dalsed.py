"""Dals-Eds kommun documents."""
import os
from docx import Document
import openpyxl
from openpyxl.styles import Font
from common import Doc, fmt, normalize_zip, HTML_COOKIE, FIXED

INV = 4715  # invånare 1 nov 2024
P = lambda v: fmt(v, 0, "()")   # resultatbudget negatives in parentheses
D = lambda v: fmt(v, 0, "– ")   # en dash negatives

RB = {
    "int": [68200, 70500, 71900, 73400, 74900],
    "kost": [-420300, -436800, -447500, -458900, -470600],
    "avskr": [-14100, -15200, -16800, -18100, -18900],
    "skatt": [262400, 273100, 284600, 294800, 305500],
    "bidrag": [109700, 113400, 113800, 115300, 117600],
    "finint": [1300, 1500, 1200, 1200, 1200],
    "finkost": [-2900, -3600, -4100, -4500, -4800],
}
RB["vnk"] = [a + b + c for a, b, c in zip(RB["int"], RB["kost"], RB["avskr"])]
RB["vres"] = [a + b + c for a, b, c in zip(RB["vnk"], RB["skatt"], RB["bidrag"])]
RB["res"] = [a + b + c for a, b, c in zip(RB["vres"], RB["finint"], RB["finkost"])]

# Driftbudget tkr: Budget 2024, Budget 2025, Plan 2026, Plan 2027
DRIFT = [
    ("Kommunstyrelsen", [58400, 60900, 62100, 63300]),
    ("Bildningsnämnden", [142600, 147300, 150800, 154200]),
    ("Vård- och omsorgsnämnden", [139800, 146200, 150400, 154900]),
    ("Samhällsbyggnadsnämnden", [21300, 22100, 22700, 23200]),
    ("Revisionen", [900, 950, 950, 1000]),
]
NS = [sum(d[1][i] for d in DRIFT) for i in range(4)]
FINF = [18500] + [-RB["vnk"][i + 2] - NS[i + 1] for i in range(3)]
DT = [a + b for a, b in zip(NS, FINF)]

INVEST = [
    ("sec", "Kommunstyrelsen"),
    ("row", "Ny sporthall i Ed", [24500, 8000, 0]),
    ("row", "IT och digitalisering", [1200, 1000, 1000]),
    ("sum", "Summa kommunstyrelsen"),
    ("sec", "Samhällsbyggnadsnämnden"),
    ("row", "Gator och vägar, beläggning", [2800, 2800, 3000]),
    ("row", "VA-sanering Nössemark", [5600, 4200, 0]),
    ("row", "Reinvestering fastigheter", [4500, 4500, 4500]),
    ("row", "Gästhamnen i Ed, nya bryggor", [1900, 0, 0]),
    ("sum", "Summa samhällsbyggnadsnämnden"),
    ("sec", "Bildningsnämnden"),
    ("row", "Inventarier skolor och förskolor", [700, 700, 700]),
    ("sum", "Summa bildningsnämnden"),
    ("sec", "Vård- och omsorgsnämnden"),
    ("row", "Välfärdsteknik", [850, 600, 600]),
    ("sum", "Summa vård- och omsorgsnämnden"),
]
INV_TOT = [sum(r[2][i] for r in INVEST if r[0] == "row") for i in range(3)]

BB = {
    "anl": [402300, 422100, 447350, 451050, 441950],
    "oms": [61500, 55200, 48900, 50100, 53000],
    "ek": [168400, 171300, 174400, 177600, 182500],
    "avs": [21400, 22100, 22800, 23400, 24000],
    "kfs": [78900, 80000, 81000, 82000, 83000],
}
BB["tot"] = [a + b for a, b in zip(BB["anl"], BB["oms"])]
BB["lfs"] = [t - e - a - k for t, e, a, k in zip(BB["tot"], BB["ek"], BB["avs"], BB["kfs"])]


def budget_pdf(path):
    d = Doc("DALS-EDS KOMMUN  ·  Budget och plan 2025–2027")
    d.add_page()
    d.ln(45)
    d.set_font("DV", "B", 26)
    d.multi_cell(0, 12, "Budget och plan\n2025–2027")
    d.ln(6)
    d.set_font("DV", "", 12)
    d.multi_cell(0, 7, "Dals-Eds kommun\nBeslutad av kommunfullmäktige 2024-11-20, § 87")
    d.ln(70)
    d.set_font("DV", "I", 9)
    d.multi_cell(0, 5, "Dals-Eds kommun, Box 31, 668 21 Ed. www.dalsed.se")

    d.add_page()
    d.h1("Innehåll")
    d.set_font("DV", "", 10)
    for t, pg in [("Inledning från kommunstyrelsens ordförande", 3), ("Styrmodell och mål", 4),
                  ("Omvärldsanalys", 5), ("Förutsättningar", 6), ("Nämndernas ramar och uppdrag", 7),
                  ("Resultatbudget och balansbudget", 8), ("Kassaflödesbudget", 9), ("Driftbudget", 10),
                  ("Investeringsbudget", 11), ("Bilaga: Taxor och avgifter i urval", 12)]:
        d.cell(150, 6, t)
        d.cell(0, 6, str(pg), align="R")
        d.ln(6)

    d.add_page()
    d.h1("Inledning från kommunstyrelsens ordförande")
    d.p("Dals-Ed är en liten kommun med stora ambitioner. Vi har natur, närhet och en stark föreningsanda, men "
        "vi har också en befolkning som blir äldre och färre i arbetsför ålder. Det ställer krav på att vi "
        "använder varje skattekrona klokt.")
    d.p("Inför 2025 har vi tvingats fatta ett svårt beslut. För att kunna behålla kvaliteten i skolan och "
        "omsorgen höjer vi kommunalskatten med 25 öre till 22,73 kronor. Höjningen ger cirka 2,4 miljoner kronor "
        "i ökade skatteintäkter per år.")
    d.p("Samtidigt gör vi en historisk satsning: en ny sporthall i Ed, som ska ersätta den gamla hallen från "
        "1968. Sporthallen beräknas kosta 32,5 miljoner kronor och stå klar till höstterminen 2026.")
    d.p("Budgeten ger ett resultat på 3,1 miljoner kronor för 2025. Det är en liten marginal, och alla nämnder "
        "behöver hålla sina ramar.")
    d.p("Marie Fransson (S)\nKommunstyrelsens ordförande")

    d.add_page()
    d.h1("Styrmodell och mål")
    d.p("Dals-Eds kommun styrs utifrån visionen \"Dals-Ed – gränslöst nära\". Kommunfullmäktige har beslutat "
        "om fyra inriktningsmål för mandatperioden 2023–2026.")
    d.bullets(["Dals-Ed ska vara en attraktiv kommun att bo, leva och verka i.",
               "Barn och unga ska ges förutsättningar att lyckas i skolan.",
               "Äldre ska kunna leva ett tryggt och självständigt liv.",
               "Kommunens verksamheter ska bedrivas hållbart och effektivt."])
    d.h2("Finansiella mål")
    d.bullets(["Resultatet ska uppgå till minst 1,0 procent av skatteintäkter och generella statsbidrag.",
               "Nettoinvesteringarna ska, med undantag för sporthallen, självfinansieras till 100 procent.",
               "Låneskulden ska inte överstiga 60 000 kronor per invånare."])
    d.p("Resultatet för 2025 motsvarar 0,8 procent av skatteintäkter och generella statsbidrag, vilket innebär "
        "att det första finansiella målet inte nås under budgetåret. Målet bedöms nås 2027.")

    d.add_page()
    d.h1("Omvärldsanalys")
    d.p("Svensk ekonomi har under 2023 och 2024 präglats av hög inflation och stigande räntor. SKR bedömer att "
        "ekonomin återhämtar sig under 2025, men att kommunsektorns kostnader för pensioner och löner fortsätter "
        "att öka snabbare än skatteunderlaget.")
    d.p("Dals-Ed ligger nära gränsen till Norge, och gränshandeln och pendlingen påverkar både arbetsmarknaden "
        "och skatteunderlaget. Arbetslösheten i kommunen var 5,9 procent i september 2024, vilket är lägre än "
        "genomsnittet i Västra Götaland.")
    d.p("Kompetensförsörjningen är kommunens största utmaning på längre sikt. Inom vård och omsorg behöver "
        "kommunen rekrytera omkring 40 undersköterskor fram till 2030 för att ersätta pensionsavgångar.")
    d.p("Kommunen samverkar med Bengtsfors, Åmål och Mellerud inom bland annat räddningstjänst, IT och "
        "överförmyndarverksamhet. Samverkan bedöms ge lägre kostnader och minskad sårbarhet.")

    d.add_page()
    d.h1("Förutsättningar")
    d.h2("Befolkning")
    d.p("Den 1 november 2024 hade Dals-Eds kommun 4 715 invånare. Befolkningsprognosen pekar mot en svag "
        "minskning till omkring 4 650 invånare år 2027. Andelen invånare som är 80 år eller äldre är 8,9 procent, "
        "vilket är betydligt högre än riksgenomsnittet.")
    d.h2("Skatteintäkter och statsbidrag")
    d.p("Skattesatsen höjs från 22,48 kronor till 22,73 kronor. Skatteintäkter och generella statsbidrag "
        "beräknas till 398,4 miljoner kronor 2025. Kommunen är starkt beroende av utjämningssystemet, och de "
        "generella statsbidragen utgör 29 procent av intäkterna från skatt och bidrag.")
    d.h2("Besparingar")
    d.p("Nämnderna har fått ett generellt effektiviseringskrav på 1,5 procent, motsvarande 5,6 miljoner kronor. "
        "Bildningsnämnden ska dessutom se över skolorganisationen i Nössemark och Håbol. Vård- och "
        "omsorgsnämnden ska minska kostnaderna för bemanningssjuksköterskor med 900 000 kronor.")

    d.add_page()
    d.h1("Nämndernas ramar och uppdrag")
    for h, t in [
        ("Kommunstyrelsen", "Kommunstyrelsen ansvarar för kommunledning, ekonomi, HR, IT, näringsliv och turism. "
         "Ramen för 2025 innehåller 400 000 kronor för att utveckla gästhamnen och besöksnäringen."),
        ("Bildningsnämnden", "Bildningsnämnden ansvarar för förskola, grundskola, gymnasieskola, "
         "vuxenutbildning, kulturskola och bibliotek. Gymnasieeleverna går till största delen i skolor i andra "
         "kommuner, och interkommunala ersättningar utgör en stor del av nämndens kostnader."),
        ("Vård- och omsorgsnämnden", "Nämnden ansvarar för äldreomsorg, hälso- och sjukvård, LSS och individ- och "
         "familjeomsorg. Hemtjänsten förstärks med 1,2 miljoner kronor för att möta ett ökat antal beviljade timmar."),
        ("Samhällsbyggnadsnämnden", "Nämnden ansvarar för plan- och byggfrågor, miljö, gator och vägar, "
         "fastigheter, vatten och avlopp samt renhållning."),
    ]:
        d.h2(h)
        d.p(t)

    d.add_page()
    d.h1("Resultatbudget")
    w = [62, 10, 19.6, 19.6, 19.6, 19.6, 19.6]
    hl = [["", "Not", "Utfall", "Prognos", "Budget", "Plan", "Plan"], ["", "", "2023", "2024", "2025", "2026", "2027"]]
    rows = []
    def row(label, note, key, kind="row"):
        rows.append((kind, [label, note] + [P(v) for v in RB[key]]))
    row("Verksamhetens intäkter", "1", "int")
    row("Verksamhetens kostnader", "2", "kost")
    row("Avskrivningar", "", "avskr")
    row("Verksamhetens nettokostnader", "", "vnk", "sum")
    row("Skatteintäkter", "3", "skatt")
    row("Generella statsbidrag och utjämning", "3", "bidrag")
    row("Verksamhetens resultat", "", "vres", "sum")
    row("Finansiella intäkter", "", "finint")
    row("Finansiella kostnader", "", "finkost")
    row("Årets resultat", "", "res", "sum")
    d.table(w, hl, rows, caption="Belopp i tkr")
    d.note("Negativa belopp anges inom parentes. Not 1: varav riktade statsbidrag 24 300 tkr 2025. Not 2: varav "
           "personalkostnader 262 100 tkr 2025. Not 3: skattesats 22,73 kr 2025, SKR:s prognos oktober 2024.")

    d.h1("Balansbudget")
    w = [70, 20, 20, 20, 20, 20]
    hl = [["", "Utfall", "Prognos", "Budget", "Plan", "Plan"], ["", "2023", "2024", "2025", "2026", "2027"]]
    f = lambda k: [fmt(v, 0) for v in BB[k]]
    rows = [("row", ["Anläggningstillgångar"] + f("anl")), ("row", ["Omsättningstillgångar"] + f("oms")),
            ("sum", ["Summa tillgångar"] + f("tot")), ("row", ["Eget kapital"] + f("ek")),
            ("row", ["Avsättningar"] + f("avs")), ("row", ["Långfristiga skulder"] + f("lfs")),
            ("row", ["Kortfristiga skulder"] + f("kfs")), ("sum", ["Summa eget kapital och skulder"] + f("tot"))]
    d.table(w, hl, rows, caption="Belopp i tkr")

    d.add_page()
    d.h1("Kassaflödesbudget")
    res = RB["res"][2:]
    av = [-x for x in RB["avskr"][2:]]
    ap = [700, 600, 600]
    lop = [a + b + c for a, b, c in zip(res, av, ap)]
    inv = [-x for x in INV_TOT]
    lan = [20000, 0, 0]
    amo = [-3000, -3000, -12000]
    fin = [a + b for a, b in zip(lan, amo)]
    kf = [a + b + c for a, b, c in zip(lop, inv, fin)]
    g = lambda L: [fmt(v, 0) for v in L]
    d.table([80, 30, 30, 30], [["Belopp i tkr", "Budget 2025", "Plan 2026", "Plan 2027"]],
            [("row", ["Årets resultat"] + g(res)), ("row", ["Avskrivningar"] + g(av)),
             ("row", ["Förändring av avsättningar"] + g(ap)),
             ("sum", ["Kassaflöde från den löpande verksamheten"] + g(lop)),
             ("row", ["Investeringar"] + g(inv)),
             ("sum", ["Kassaflöde från investeringsverksamheten"] + g(inv)),
             ("row", ["Nya lån"] + g(lan)), ("row", ["Amorteringar"] + g(amo)),
             ("sum", ["Kassaflöde från finansieringsverksamheten"] + g(fin)),
             ("sum", ["Förändring av likvida medel"] + g(kf))])
    d.p("Likvida medel beräknas minska under 2025 eftersom investeringarna i sporthallen bara delvis "
        "lånefinansieras. Kommunens låneskuld beräknas uppgå till 41 200 kronor per invånare vid utgången av 2025.")

    d.add_page()
    d.h1("Driftbudget")
    d.p("Nämndernas ramar anges som nettokostnad. Förändringen avser skillnaden mellan budget 2025 och budget 2024.")
    w = [58, 22, 22, 22, 22, 22]
    hl = [["Nämnd", "Budget", "Budget", "Förändring", "Plan", "Plan"], ["", "2024", "2025", "", "2026", "2027"]]
    rows = []
    for n, v in DRIFT:
        rows.append(("row", [n, fmt(v[0], 0), fmt(v[1], 0), D(v[1] - v[0]), fmt(v[2], 0), fmt(v[3], 0)]))
    rows.append(("sum", ["Summa nämnder", fmt(NS[0], 0), fmt(NS[1], 0), D(NS[1] - NS[0]), fmt(NS[2], 0), fmt(NS[3], 0)]))
    rows.append(("row", ["Finansförvaltning*", fmt(FINF[0], 0), fmt(FINF[1], 0), D(FINF[1] - FINF[0]), fmt(FINF[2], 0), fmt(FINF[3], 0)]))
    rows.append(("sum", ["Totalt", fmt(DT[0], 0), fmt(DT[1], 0), D(DT[1] - DT[0]), fmt(DT[2], 0), fmt(DT[3], 0)]))
    d.table(w, hl, rows, caption="Belopp i tkr")
    d.note("* Finansförvaltningen omfattar bland annat pensioner, semesterlöneskuld och en central reserv för "
           "oförutsedda kostnader på 2 000 tkr.")
    d.p("Den största ökningen får vård- och omsorgsnämnden, vars ram ökar med 6,4 miljoner kronor. Ökningen "
        "beror på fler äldre med behov av hemtjänst och högre kostnader för placeringar inom individ- och "
        "familjeomsorgen.")

    d.add_page()
    d.h1("Investeringsbudget")
    d.p(f"Investeringsbudgeten för 2025 omfattar {fmt(INV_TOT[0], 0)} tkr. Sporthallen finansieras delvis med "
        "nya lån. Kommunfullmäktige har därför gett kommunstyrelsen rätt att nyupplåna högst 20 miljoner kronor "
        "under 2025.")
    w = [80, 30, 30, 30]
    hl = [["Projekt", "Budget", "Plan", "Plan"], ["", "2025", "2026", "2027"]]
    rows, cur = [], [0, 0, 0]
    for r in INVEST:
        if r[0] == "sec":
            rows.append(("sec", [r[1]])); cur = [0, 0, 0]
        elif r[0] == "row":
            rows.append(("row", [r[1]] + [fmt(x, 0) for x in r[2]])); cur = [a + b for a, b in zip(cur, r[2])]
        else:
            rows.append(("sum", [r[1]] + [fmt(x, 0) for x in cur]))
    rows.append(("sum", ["Totalt"] + [fmt(x, 0) for x in INV_TOT]))
    d.table(w, hl, rows, caption="Belopp i tkr")
    d.p("Projektet Ny sporthall i Ed har en total budget på 32 500 tkr, varav 24 500 tkr 2025 och 8 000 tkr 2026. "
        "Projekteringen påbörjades under 2024.")
    d.p("VA-saneringen i Nössemark avser byte av ledningar och en ny pumpstation. Investeringen finansieras "
        "med VA-taxan.")

    d.add_page()
    d.h1("Bilaga: Taxor och avgifter i urval")
    d.table([100, 35, 35], [["Taxa", "2024, kr", "2025, kr"]],
            [("row", ["Maxtaxa förskola, första barnet per månad", "1 688", "1 718"]),
             ("row", ["Hemtjänst, högkostnadsskydd per månad", "2 359", "2 450"]),
             ("row", ["Bygglov enbostadshus, normalfall", "24 600", "25 800"]),
             ("row", ["Renhållning, villa, 14-dagarstömning per år", "2 980", "3 160"]),
             ("row", ["Kulturskolan, avgift per termin", "600", "650"])])
    d.output(path)


def delar_pdf(path):
    d = Doc("Delårsrapport januari–augusti 2024 – Dals-Eds kommun")
    d.add_page()
    d.ln(50)
    d.set_font("DV", "B", 26)
    d.multi_cell(0, 12, "Delårsrapport\njanuari–augusti 2024")
    d.set_font("DV", "", 12)
    d.multi_cell(0, 7, "Dals-Eds kommun")
    d.add_page()
    d.h1("Sammanfattning")
    d.p("Periodens resultat uppgår till 11,8 miljoner kronor. Resultatet för perioden är som vanligt högre än "
        "helårsresultatet, eftersom semesterlöneskulden minskar under sommaren.")
    d.p("Prognosen för helåret 2024 är ett resultat på 2,9 miljoner kronor, vilket är 0,6 miljoner kronor "
        "sämre än budget. Vård- och omsorgsnämnden prognostiserar ett underskott på 6,4 miljoner kronor, främst "
        "till följd av ökade kostnader för hemtjänst och externa placeringar.")
    d.p("Den 30 juni 2024 hade kommunen 4 738 invånare, vilket är 23 färre än vid årsskiftet.")
    d.h2("Resultaträkning i sammandrag")
    rows = [("row", ["Verksamhetens nettokostnader", D(-246.9 * 10) if False else "– 248,3", "– 239,6", "– 381,5", "– 380,2"]),
            ("row", ["Skatteintäkter och generella statsbidrag", "257,6", "248,1", "386,5", "386,1"]),
            ("row", ["Finansnetto", "2,5", "– 1,1", "– 2,1", "– 2,4"]),
            ("sum", ["Periodens/årets resultat", "11,8", "7,4", "2,9", "3,5"])]
    d.table([70, 25, 25, 25, 25], [["Belopp i mnkr", "Utfall", "Utfall", "Prognos", "Budget"],
                                  ["", "jan–aug 2024", "jan–aug 2023", "helår 2024", "helår 2024"]], rows, size=8)
    d.add_page()
    d.h1("Nämndernas prognoser")
    nb = [("Kommunstyrelsen", 58400, 56300), ("Bildningsnämnden", 142600, 143800),
          ("Vård- och omsorgsnämnden", 139800, 146200), ("Samhällsbyggnadsnämnden", 21300, 21000),
          ("Revisionen", 900, 900)]
    rows = [("row", [n, fmt(b, 0), fmt(p, 0), D(b - p)]) for n, b, p in nb]
    sb, sp = sum(x[1] for x in nb), sum(x[2] for x in nb)
    rows.append(("sum", ["Summa nämnder", fmt(sb, 0), fmt(sp, 0), D(sb - sp)]))
    d.table([76, 30, 30, 30], [["Nämnd", "Budget 2024", "Prognos 2024", "Avvikelse"]], rows, caption="Belopp i tkr")
    d.p("Kommunstyrelsen prognostiserar ett överskott på 2,1 miljoner kronor, bland annat på grund av vakanta "
        "tjänster inom förvaltningen. Bildningsnämnden redovisar ett underskott på 1,2 miljoner kronor som "
        "beror på fler elever i gymnasieskolor i andra kommuner.")
    d.h2("Investeringar")
    d.p("Under perioden har investeringar gjorts för 18,6 miljoner kronor av årets budget på 41,2 miljoner "
        "kronor. Prognosen för helåret är 35,0 miljoner kronor. Ej förbrukade medel för bland annat sporthallen "
        "och VA-saneringen föreslås ombudgeteras till 2025.")
    d.h2("Personal")
    d.p("Sjukfrånvaron under perioden var 6,8 procent, jämfört med 7,3 procent motsvarande period 2023. "
        "Antalet tillsvidareanställda var 498 den 31 augusti 2024.")
    d.output(path)


def html(path):
    hist = [(2021, 22.48, 11.48), (2022, 22.48, 11.48), (2023, 22.48, 11.48), (2024, 22.48, 11.48), (2025, 22.73, 11.48)]
    trs = "\n".join(f"      <tr><td>{y}</td><td>{fmt(k, 2)}</td><td>{fmt(r, 2)}</td><td>{fmt(k + r, 2)}</td></tr>" for y, k, r in hist)
    s = f"""<!DOCTYPE html>
<html lang="sv">
<head><meta charset="utf-8"><title>Finansiell information | Dals-Eds kommun</title></head>
<body>
{HTML_COOKIE}
<div class="topbar"><a href="/lattlast">Lättläst</a> | <a href="/other-languages">Other languages</a> | <a href="/lyssna">Lyssna</a></div>
<header>
  <a href="/" class="logo">Dals-Eds kommun</a>
  <nav><ul>
    <li><a href="/utbildning">Utbildning och barnomsorg</a></li>
    <li><a href="/omsorg">Omsorg och hjälp</a></li>
    <li><a href="/bo">Bo, bygga och miljö</a></li>
    <li><a href="/naringsliv">Näringsliv och arbete</a></li>
    <li><a href="/uppleva">Uppleva och göra</a></li>
    <li><a href="/kommun">Kommun och politik</a></li>
  </ul></nav>
</header>
<div class="breadcrumbs">Startsida › Kommun och politik › Ekonomi › Finansiell information</div>
<main id="content">
  <h1>Finansiell information</h1>
  <p class="lead">Här hittar du information om Dals-Eds kommuns ekonomi: skattesats, budget och hur skattepengarna används.</p>
  <h2>Skattesats</h2>
  <p>Kommunfullmäktige beslutade den 20 november 2024 att höja kommunalskatten med 25 öre. Från och med 1 januari 2025 är kommunalskatten 22,73 kronor. Tillsammans med regionskatten till Västra Götalandsregionen blir den totala skattesatsen 34,21 kronor.</p>
  <table>
    <caption>Skattesats i Dals-Eds kommun 2021–2025, kronor per hundralapp</caption>
    <thead><tr><th>År</th><th>Kommunalskatt</th><th>Regionskatt</th><th>Total skattesats</th></tr></thead>
    <tbody>
{trs}
    </tbody>
  </table>
  <h2>Budget 2025 i korthet</h2>
  <p>Kommunens totala budget för 2025 omfattar drygt 460 miljoner kronor i bruttokostnader. Av varje skattekrona går 39 öre till bildningsnämndens verksamheter och lika mycket till vård och omsorg.</p>
  <ul>
    <li>Budgeterat resultat 2025: 3,1 miljoner kronor</li>
    <li>Investeringar 2025: 42,1 miljoner kronor</li>
    <li>Antal anställda: cirka 500</li>
  </ul>
  <h2>Dokument</h2>
  <ul>
    <li><a href="/dokument/budget-och-plan-2025-2027.pdf">Budget och plan 2025–2027 (PDF)</a></li>
    <li><a href="/dokument/delarsrapport-augusti-2024.pdf">Delårsrapport januari–augusti 2024 (PDF)</a></li>
  </ul>
  <p class="updated">Senast uppdaterad: 2025-02-03</p>
</main>
<footer>
  <p>Dals-Eds kommun | Box 31, 668 21 Ed | Tel 0534-190 00 | kommun@dalsed.se</p>
  <p>Organisationsnummer 212000-1371</p>
  <p><a href="/kakor">Kakor</a> · <a href="/tillganglighet">Tillgänglighetsredogörelse</a> · <a href="/gdpr">Personuppgifter</a></p>
</footer>
</body>
</html>
"""
    open(path, "w", encoding="utf-8").write(s)


def docx_file(path):
    doc = Document()
    cp = doc.core_properties
    cp.author = "Dals-Eds kommun, kansliet"
    cp.title = "Protokoll kommunfullmäktige 2024-11-20"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.revision = 1
    doc.add_heading("SAMMANTRÄDESPROTOKOLL", level=0)
    doc.add_paragraph("Kommunfullmäktige, Dals-Eds kommun")
    doc.add_paragraph("Datum: 2024-11-20, kl. 18.30–21.45. Plats: Kommunhuset i Ed, fullmäktigesalen.")
    doc.add_paragraph("Ordförande: Bengt Johansson (C). Sekreterare: Emma Lindh. Justerare: Karin Olsson (M) och Tomas Berg (SD).")

    doc.add_heading("§ 86 Allmänhetens frågestund", level=2)
    doc.add_paragraph("Två frågor ställdes om vinterväghållningen i Nössemark. Frågorna besvarades av "
                      "samhällsbyggnadsnämndens ordförande.")

    doc.add_heading("§ 87 Budget och plan 2025–2027", level=2)
    doc.add_paragraph("Dnr KS 2024/0143")
    doc.add_paragraph("Kommunstyrelsen har lämnat förslag till budget för 2025 med plan för 2026–2027. Förslaget "
                      "innebär att kommunalskatten höjs med 25 öre till 22,73 kronor och att årets resultat "
                      "budgeteras till 3 100 tkr.")
    doc.add_paragraph("Yrkanden: Marie Fransson (S) yrkar bifall till kommunstyrelsens förslag. Tomas Berg (SD) "
                      "yrkar att skattesatsen ska vara oförändrad, 22,48 kronor, och att vård- och "
                      "omsorgsnämndens ram minskas med 2,0 miljoner kronor.")
    doc.add_paragraph("Omröstning begärs och verkställs. Med 19 ja-röster mot 10 nej-röster och 2 som avstår "
                      "bifaller kommunfullmäktige kommunstyrelsens förslag.")
    doc.add_paragraph("Beslut:")
    for b in ["Kommunalskatten för 2025 fastställs till 22,73 kronor.",
              "Driftbudget för 2025 fastställs med nettokostnadsramar om totalt 377 450 tkr för nämnderna.",
              "Investeringsbudget för 2025 fastställs till 42 050 tkr.",
              "Kommunstyrelsen får nyupplåna högst 20 miljoner kronor under 2025."]:
        doc.add_paragraph(b, style="List Number")
    doc.add_paragraph("Reservation: Sverigedemokraternas ledamöter reserverar sig mot beslutet till förmån för "
                      "eget förslag.")

    doc.add_heading("§ 88 Ombudgetering av investeringsmedel från 2024 till 2025", level=2)
    doc.add_paragraph("Dnr KS 2024/0151")
    doc.add_paragraph("Flera investeringsprojekt har försenats under 2024. Kommunstyrelsen föreslår att ej "
                      "förbrukade medel ombudgeteras till 2025 enligt tabellen nedan.")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Projekt", "Budget 2024 (tkr)", "Utfall 31 aug (tkr)", "Ombudgeteras till 2025 (tkr)"]):
        c.text = h
    proj = [("Ny sporthall i Ed, projektering", 3000, 650), ("VA-sanering Nössemark", 6200, 2900),
            ("Gästhamnen i Ed", 1500, 200)]
    for n, b, u in proj:
        cells = t.add_row().cells
        for c, v in zip(cells, [n, fmt(b, 0), fmt(u, 0), fmt(b - u, 0)]):
            c.text = v
    sb, su = sum(p[1] for p in proj), sum(p[2] for p in proj)
    cells = t.add_row().cells
    for c, v in zip(cells, ["Summa", fmt(sb, 0), fmt(su, 0), fmt(sb - su, 0)]):
        c.text = v
    doc.add_paragraph("Beslut: Kommunfullmäktige beslutar att ombudgetera 6 950 tkr från 2024 till 2025 enligt "
                      "kommunstyrelsens förslag.")

    doc.add_heading("§ 89 Motion om solceller på kommunens fastigheter", level=2)
    doc.add_paragraph("Dnr KS 2023/0212")
    doc.add_paragraph("Lars Nilsson (V) har i en motion föreslagit att solceller installeras på samtliga "
                      "kommunala fastigheter senast 2027. Samhällsbyggnadsnämnden har beräknat kostnaden till "
                      "cirka 4,8 miljoner kronor.")
    doc.add_paragraph("Beslut: Motionen anses besvarad med hänvisning till att solceller installeras på den nya "
                      "sporthallen.")
    doc.add_paragraph("Reservation: Lars Nilsson (V) reserverar sig mot beslutet.")

    doc.add_heading("§ 90 Val av ersättare i bildningsnämnden", level=2)
    doc.add_paragraph("Kommunfullmäktige väljer Sara Ek (KD) till ersättare i bildningsnämnden efter Anna Karlsson (KD) "
                      "för tiden till och med 2026-12-31.")
    doc.save(path)
    normalize_zip(path)


def xlsx_file(path):
    wb = openpyxl.Workbook()
    wb.properties.creator = "Dals-Eds kommun"
    wb.properties.created = FIXED.replace(tzinfo=None)
    wb.properties.modified = FIXED.replace(tzinfo=None)
    ws = wb.active
    ws.title = "Befolkning"
    ws["A1"] = "Befolkningsutveckling i Dals-Eds kommun 2019–2024"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Antal personer"
    ws.append(["År", "Folkmängd 31 dec", "Födda", "Döda", "Inflyttade", "Utflyttade", "Befolkningsförändring"])
    pop = 4812
    ws.append([2019, pop, 39, 61, 247, 255, None])
    for y, f, dd, i, u in [(2020, 41, 62, 238, 251), (2021, 44, 58, 262, 240), (2022, 38, 65, 255, 262),
                           (2023, 40, 60, 281, 252), (2024, 36, 57, 244, 263)]:
        ch = f - dd + i - u
        pop += ch
        ws.append([y, pop, f, dd, i, u, ch])
    ws.append(["Källa: SCB. Befolkningsförändring = födda – döda + inflyttade – utflyttade (inklusive justeringar)."])
    ws2 = wb.create_sheet("Driftredovisning")
    ws2["A1"] = "Nettokostnad per verksamhet, Dals-Eds kommun"
    ws2["A1"].font = Font(bold=True, size=13)
    ws2["A2"] = "Belopp i tkr"
    ws2.append(["Verksamhet", "Utfall 2023", "Budget 2024", "Budget 2025", "Förändring 2024–2025 %"])
    vs = [("Förskola", 29850, 31200, 32100), ("Grundskola och fritidshem", 68400, 70900, 72800),
          ("Gymnasieskola", 31200, 32600, 34100), ("Äldreomsorg", 84600, 88900, 92700),
          ("LSS", 27300, 28400, 29300), ("Individ- och familjeomsorg", 19800, 21100, 22900),
          ("Kultur och fritid", 9100, 9400, 9650), ("Gator, vägar och parker", 8700, 9000, 9350),
          ("Politisk verksamhet", 5200, 5400, 5500)]
    for v, a, b, c in vs:
        ws2.append([v, a, b, c, round(100 * (c - b) / b, 1)])
    tot = [sum(x[i] for x in vs) for i in (1, 2, 3)]
    ws2.append(["Totalt", tot[0], tot[1], tot[2], round(100 * (tot[2] - tot[1]) / tot[1], 1)])
    wb.save(path)
    normalize_zip(path)


def press(path):
    s = """PRESSMEDDELANDE
Dals-Eds kommun, 2024-11-21

Dals-Ed höjer skatten och bygger ny sporthall

Kommunfullmäktige i Dals-Ed beslutade på onsdagskvällen om budget för 2025. Kommunalskatten höjs med 25 öre till 22,73 kronor, och kommunen investerar totalt 42 miljoner kronor under nästa år.

Den största investeringen är en ny sporthall i Ed som ersätter den nuvarande hallen från 1968. Hallen får plats för handboll, innebandy och läktare för 300 åskådare. Totalkostnaden beräknas till 32,5 miljoner kronor.

– Ingen vill höja skatten, men alternativet hade varit att dra ner på skolan och äldreomsorgen. Skattehöjningen ger oss ungefär 2,4 miljoner kronor mer per år, säger Marie Fransson (S), kommunstyrelsens ordförande.

Budgeten innehåller också:
* 1,2 miljoner kronor extra till hemtjänsten
* 400 000 kronor för att utveckla gästhamnen och besöksnäringen
* ett effektiviseringskrav på 1,5 procent för alla nämnder

Sverigedemokraterna röstade nej och ville behålla skattesatsen på 22,48 kronor.

För mer information:
Marie Fransson (S), kommunstyrelsens ordförande, tel. 0534-190 05
Peter Lund, ekonomichef, tel. 0534-190 22
"""
    open(path, "w", encoding="utf-8").write(s)


def build(out):
    os.makedirs(out, exist_ok=True)
    budget_pdf(os.path.join(out, "budget-och-plan-2025-2027.pdf"))
    delar_pdf(os.path.join(out, "delarsrapport-augusti-2024.pdf"))
    html(os.path.join(out, "finansiell-information.html"))
    docx_file(os.path.join(out, "protokoll-kf-2024-11-20.docx"))
    xlsx_file(os.path.join(out, "befolkning-och-driftredovisning.xlsx"))
    press(os.path.join(out, "pressmeddelande-2024-11-21.txt"))
