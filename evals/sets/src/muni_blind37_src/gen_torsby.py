"""Torsby kommun: deterministic generator of the Torsby documents."""
import os

import docx
import openpyxl
from docx.shared import Pt

from common import Doc, ROOT, fmt, html_page, html_table, normalize_zip

OUT = os.path.join(ROOT, "torsby")
INV_BASE = 11470  # invånare 1 nov 2024, used for kr per invånare

R = {
    "int": [182.6, 176.0, 184.2, 187.5, 190.8],
    "kost": [-1058.4, -1077.7, -1118.5, -1148.2, -1176.0],
    "avs": [-41.7, -44.0, -46.8, -49.5, -52.1],
    "skatt": [628.9, 651.2, 684.3, 706.8, 729.7],
    "gsb": [312.5, 318.4, 328.6, 334.1, 339.5],
    "fint": [3.2, 2.5, 2.8, 2.8, 2.8],
    "fkost": [-9.8, -11.4, -12.2, -13.0, -13.6],
}
NETK = [round(a + b + c, 1) for a, b, c in zip(R["int"], R["kost"], R["avs"])]
VRES = [round(n + s + g, 1) for n, s, g in zip(NETK, R["skatt"], R["gsb"])]
RES = [round(v + a + b, 1) for v, a, b in zip(VRES, R["fint"], R["fkost"])]

NAMND = [  # Budget 2024, Budget 2025, Plan 2026, Plan 2027 (mnkr)
    ("Kommunfullmäktige", [3.1, 3.2, 3.3, 3.3]),
    ("Kommunstyrelsen", [152.4, 158.9, 162.0, 165.3]),
    ("Bildningsnämnden", [318.6, 329.4, 336.0, 342.7]),
    ("Omsorgsnämnden", [402.7, 421.8, 433.5, 444.9]),
    ("Samhällsbyggnadsnämnden", [24.8, 25.6, 26.1, 26.6]),
]
NSUM = [round(sum(v[i] for _, v in NAMND), 1) for i in range(4)]
TOT = [-NETK[1], -NETK[2], -NETK[3], -NETK[4]]
FIN = [round(t - s, 1) for t, s in zip(TOT, NSUM)]

INV = [
    ("Särskilt boende Solgläntan", 48.0, 62.0, 40.0),
    ("Ombyggnad Frykenskolan", 15.5, 8.0, 0.0),
    ("Vattenverk Östmark", 6.0, 12.5, 9.0),
    ("Bredband landsbygd", 3.5, 3.5, 0.0),
    ("Gång- och cykelväg Torsby–Oleby", 4.2, 0.0, 0.0),
    ("IT och digitalisering", 2.8, 2.8, 2.8),
    ("Reinvesteringar fastigheter", 8.0, 8.0, 8.0),
]
INV_SUM = [round(sum(r[i] for r in INV), 1) for i in (1, 2, 3)]

TH2 = [["", "Bokslut", "Budget", "Budget", "Plan", "Plan"],
       ["Mnkr", "2023", "2024", "2025", "2026", "2027"]]


def build_budget():
    d = Doc("Budget och plan 2025–2027 · Torsby kommun", "Torsby kommun")
    d.add_page()
    d.ln(45)
    d.set_font("DejaVu", "B", 24)
    d.multi_cell(0, 12, "Budget och plan\n2025–2027")
    d.set_font("DejaVu", "", 13)
    d.ln(4)
    d.multi_cell(0, 7, "Torsby kommun\nBeslutad av kommunfullmäktige den 25 november 2024, § 98")

    d.add_page()
    d.h1("Inledning")
    d.p("Torsby kommun har under flera år haft en stram ekonomi. Kostnaderna för omsorgen har ökat snabbare än "
        "skatteintäkterna, och under 2024 pekar prognosen på ett resultat under budget. För att klara både "
        "välfärden och investeringarna i nytt särskilt boende föreslår vi nu en skattehöjning.")
    d.p("Kommunalskatten höjs med 25 öre till 22,61 kronor per skattekrona från och med 2025. Höjningen ger "
        "ungefär 7,4 miljoner kronor i ökade skatteintäkter per år. Utan höjningen hade vi inte nått det "
        "finansiella målet om ett resultat på minst 2 procent av skatter och bidrag.")
    d.p("Det viktigaste projektet under planperioden är det nya särskilda boendet Solgläntan med 60 lägenheter. "
        "Vi fortsätter också att bygga om Frykenskolan och att säkra dricksvattnet i Östmark.")
    d.set_font("DejaVu", "I", 10)
    d.multi_cell(0, 5.2, "Henrik Olsson (C)\nKommunstyrelsens ordförande")
    d.ln(5)

    d.add_page()
    d.h1("Planeringsförutsättningar")
    d.p("Torsby kommun hade 11 520 invånare vid utgången av 2023. Budgeten bygger på 11 470 invånare den "
        "1 november 2024 och en fortsatt minskning med cirka 60 personer per år under planperioden.")
    d.p("Löneökningarna beräknas till 3,3 procent 2025. Nämnderna kompenseras för löne- och prisökningar med "
        "sammanlagt 21,9 miljoner kronor. Ett generellt sparbeting på 0,8 procent läggs på alla nämnder utom "
        "kommunfullmäktige, motsvarande 7,5 miljoner kronor.")
    d.p("Omsorgsnämnden får ett volymtillskott på 6,2 miljoner kronor för fler brukare inom hemtjänsten. "
        "Bildningsnämnden får 2,5 miljoner kronor för utökad elevhälsa.")

    d.add_page()
    d.h1("Mål för god ekonomisk hushållning")
    d.bullets(["Årets resultat ska vara minst 2 procent av skatteintäkter och generella statsbidrag.",
               "Självfinansieringsgraden av investeringar ska över planperioden vara minst 60 procent.",
               "Kommunens låneskuld ska inte överstiga 500 miljoner kronor."])
    share = RES[2] / (R["skatt"][2] + R["gsb"][2]) * 100
    d.p(f"Med budgeterat resultat på {fmt(RES[2])} miljoner kronor uppgår resultatet till {fmt(share, 1)} procent av "
        "skatteintäkter och generella statsbidrag 2025.")

    d.add_page()
    d.h1("Resultatbudget")
    w = [62, 21, 21, 21, 21, 21]
    rows = []

    def r(label, key, style="normal"):
        vals = R[key] if isinstance(key, str) else key
        rows.append((label, [fmt(v, 1, "hyphen") for v in vals], style))

    r("Verksamhetens intäkter", "int")
    r("Verksamhetens kostnader", "kost")
    r("Avskrivningar", "avs")
    r("Verksamhetens nettokostnader", NETK, "sum")
    r("Skatteintäkter", "skatt")
    r("Generella statsbidrag och utjämning", "gsb")
    r("Verksamhetens resultat", VRES, "sum")
    r("Finansiella intäkter", "fint")
    r("Finansiella kostnader", "fkost")
    r("Resultat efter finansiella poster", RES, "sum")
    r("Årets resultat", RES, "sum")
    d.table("Resultatbudget 2025–2027", TH2, rows, w)
    d.note("Budget 2024 avser fullmäktiges ursprungliga budget. Skatteintäkterna 2025 är beräknade med skattesatsen 22,61 kronor.")

    d.add_page()
    d.h1("Balansbudget")
    bh = [["", "Bokslut", "Budget", "Plan", "Plan"], ["Mnkr", "2023", "2025", "2026", "2027"]]
    anl = [1118.4, 1196.5, 1257.9, 1279.7]
    oms = [121.6, 104.2, 101.8, 99.5]
    till = [round(a + b, 1) for a, b in zip(anl, oms)]
    ek = [401.2, 438.0, 458.5, 479.6]
    avs = [112.8, 118.5, 121.9, 125.2]
    kort = [198.4, 202.0, 204.5, 206.1]
    lang = [round(t - e - a - k, 1) for t, e, a, k in zip(till, ek, avs, kort)]
    bw = [72, 24, 24, 24, 24]
    brows = [("Tillgångar", [], "section"),
             ("Anläggningstillgångar", [fmt(v) for v in anl], "normal"),
             ("Omsättningstillgångar", [fmt(v) for v in oms], "normal"),
             ("Summa tillgångar", [fmt(v) for v in till], "sum"),
             ("Eget kapital och skulder", [], "section"),
             ("Eget kapital", [fmt(v) for v in ek], "normal"),
             ("Avsättningar", [fmt(v) for v in avs], "normal"),
             ("Långfristiga skulder", [fmt(v) for v in lang], "normal"),
             ("Kortfristiga skulder", [fmt(v) for v in kort], "normal"),
             ("Summa eget kapital och skulder", [fmt(v) for v in till], "sum")]
    d.table("Balansbudget", bh, brows, bw)
    d.p("Långfristiga skulder består i huvudsak av lån hos Kommuninvest. Låneskulden beräknas uppgå till 468 "
        "miljoner kronor vid utgången av 2027.")

    d.add_page()
    d.h1("Driftbudget per nämnd")
    d.p("Nettokostnadsramar per nämnd. Kolumnen kr per invånare avser budget 2025 och är beräknad på 11 470 invånare.")
    dh = [["", "Budget", "Budget", "Plan", "Plan", "kr per"], ["Mnkr", "2024", "2025", "2026", "2027", "invånare 2025"]]
    dw = [52, 20, 20, 20, 20, 30]
    drows = [(n, [fmt(x) for x in v] + [fmt(v[1] * 1e6 / INV_BASE, 0)], "normal") for n, v in NAMND]
    drows.append(("Summa nämnder", [fmt(x) for x in NSUM] + [fmt(NSUM[1] * 1e6 / INV_BASE, 0)], "sum"))
    drows.append(("Finansförvaltning", [fmt(x) for x in FIN] + [fmt(FIN[1] * 1e6 / INV_BASE, 0)], "normal"))
    drows.append(("Totalt", [fmt(x) for x in TOT] + [fmt(TOT[1] * 1e6 / INV_BASE, 0)], "sum"))
    d.table("Driftbudget per nämnd", dh, drows, dw)
    d.note("Finansförvaltningen omfattar pensionskostnader, semesterlöneskuld och en central reserv på 4,0 mnkr.")
    d.add_page()
    d.h2("Kommentarer per nämnd")
    d.p("Kommunstyrelsen ansvarar för kommunledning, fastigheter och gator, räddningstjänst, kultur och fritid samt "
        "arbetsmarknadsfrågor. Räddningstjänstens budget ökar med 0,9 miljoner kronor för nya larmavtal.")
    d.p("Bildningsnämnden ansvarar för förskola, grundskola, Stjärnskolans gymnasium, vuxenutbildning och kulturskola. "
        "Antalet barn i förskolan väntas minska med 25 barn till 2026.")
    d.p("Omsorgsnämnden ansvarar för äldreomsorg, LSS och individ- och familjeomsorg. Nämnden har ett uppdrag att "
        "minska kostnaderna för bemanningssjuksköterskor, som 2024 beräknas till 5,6 miljoner kronor.")
    d.p("Samhällsbyggnadsnämnden ansvarar för bygglov, miljötillsyn, fysisk planering och kollektivtrafik.")

    d.add_page()
    d.h1("Investeringsbudget")
    ih = [["", "Budget", "Plan", "Plan"], ["Mnkr", "2025", "2026", "2027"]]
    iw = [80, 25, 25, 25]
    irows = [(n, [fmt(a), fmt(b), fmt(c)], "normal") for n, a, b, c in INV]
    irows.append(("Summa investeringar", [fmt(v) for v in INV_SUM], "sum"))
    d.table("Investeringsbudget 2025–2027", ih, irows, iw)
    d.p("Den totala kalkylen för Solgläntan är 182 miljoner kronor, varav 32 miljoner kronor har upparbetats "
        "under 2023 och 2024.")
    d.add_page()
    d.h1("Kassaflödesbudget")
    kh = [["", "Budget", "Plan", "Plan"], ["Mnkr", "2025", "2026", "2027"]]
    lop = [round(RES[i] - R["avs"][i] + 2.0, 1) for i in (2, 3, 4)]
    inv = [-v for v in INV_SUM]
    nyl = [40.0, 45.0, 10.0]
    am = [-6.0, -6.0, -8.0]
    fl = [round(a + b + c + e, 1) for a, b, c, e in zip(lop, inv, nyl, am)]
    krows = [("Kassaflöde från den löpande verksamheten", [fmt(v) for v in lop], "normal"),
             ("Kassaflöde från investeringsverksamheten", [fmt(v) for v in inv], "normal"),
             ("Nyupplåning", [fmt(v) for v in nyl], "normal"),
             ("Amortering", [fmt(v) for v in am], "normal"),
             ("Årets kassaflöde", [fmt(v) for v in fl], "sum")]
    d.table("Kassaflödesbudget", kh, krows, iw)
    d.add_page()
    d.h1("Nämndernas mål och uppdrag 2025")
    d.h2("Kommunstyrelsen")
    d.p("Kommunstyrelsen ska ta fram en ny översiktsplan för landsbygdsutveckling och genomföra en översyn av "
        "kommunens lokaler i syfte att minska lokalytan med 2 000 kvadratmeter till 2027.")
    d.p("Mål: Andelen invånare som är nöjda med kommunens service ska öka. Antalet nya företag ska vara minst 45 per år.")
    d.h2("Bildningsnämnden")
    d.p("Andelen elever i årskurs 9 som är behöriga till yrkesprogram ska öka från 81 procent till 86 procent. "
        "Nämnden ska utreda skolstrukturen i norra Klarälvdalen, bland annat skolorna i Sysslebäck och Östmark.")
    d.add_page()
    d.h2("Omsorgsnämnden")
    d.p("Omsorgsnämnden ska minska beroendet av bemanningsföretag och öka andelen heltidsanställda till 85 procent. "
        "Nämnden ska förbereda flytten från Frykenhemmet och Björkebo till Solgläntan.")
    d.h2("Samhällsbyggnadsnämnden")
    d.p("Nämnden ska handlägga minst 90 procent av bygglovsärendena inom lagstadgad tid och ta fram en ny "
        "detaljplan för bostäder vid Frykens strand.")
    d.add_page()
    d.h1("Bilaga: Ordlista")
    for t in ["Avskrivningar – kostnad för värdeminskning av anläggningstillgångar.",
              "Balanskrav – lagkrav på att intäkterna ska överstiga kostnaderna.",
              "Generella statsbidrag – bidrag från staten som inte är knutna till en viss verksamhet.",
              "Nettokostnad – kostnader minus intäkter för en verksamhet.",
              "Soliditet – andelen av tillgångarna som finansieras med eget kapital.",
              "Självfinansieringsgrad – andelen av investeringarna som betalas med egna medel."]:
        d.p(t)
    d.output(os.path.join(OUT, "torsby-budget-och-plan-2025-2027.pdf"))


DEL = [  # nämnd, budget 2024, prognos 2024
    ("Kommunfullmäktige", 3.1, 3.0),
    ("Kommunstyrelsen", 152.4, 149.8),
    ("Bildningsnämnden", 318.6, 320.9),
    ("Omsorgsnämnden", 402.7, 417.0),
    ("Samhällsbyggnadsnämnden", 24.8, 24.1),
]


def build_delar():
    d = Doc("Delårsrapport januari–augusti 2024, Torsby kommun", "Torsby kommun – Delårsrapport 2024")
    d.add_page()
    d.ln(45)
    d.set_font("DejaVu", "B", 24)
    d.multi_cell(0, 12, "Delårsrapport\njanuari–augusti 2024")
    d.set_font("DejaVu", "", 13)
    d.multi_cell(0, 7, "Torsby kommun\nBehandlad av kommunfullmäktige 2024-10-28, § 84")
    d.add_page()
    d.h1("Sammanfattning")
    d.p("Periodens resultat för januari–augusti 2024 uppgår till 38,4 miljoner kronor, jämfört med 41,9 miljoner "
        "kronor för motsvarande period 2023. Periodresultatet är normalt högre än helårsresultatet eftersom "
        "semesterlöneskulden minskar under sommaren.")
    d.p("Prognosen för helåret är ett resultat på 12,6 miljoner kronor, vilket är 2,4 miljoner kronor sämre än "
        "budgeterade 15,0 miljoner kronor. Resultatet motsvarar 1,3 procent av skatteintäkter och generella "
        "statsbidrag, och det finansiella målet på 2 procent nås därmed inte 2024.")
    d.p("Omsorgsnämnden prognostiserar ett underskott på 14,3 miljoner kronor, främst inom hemtjänsten och på grund "
        "av kostnader för inhyrda sjuksköterskor. Nämnden har tagit fram en åtgärdsplan som beräknas ge effekt på "
        "3,0 miljoner kronor under hösten.")
    d.p("Skatteintäkterna beräknas bli 8,9 miljoner kronor högre än budgeterat enligt SKR:s augustiprognos.")
    d.h2("Nämndernas prognoser")
    h = [["Mnkr", "Budget 2024", "Prognos 2024", "Avvikelse"]]
    w = [70, 30, 30, 30]
    rows = [(n, [fmt(b), fmt(p), fmt(round(b - p, 1))], "normal") for n, b, p in DEL]
    sb = round(sum(x[1] for x in DEL), 1)
    sp = round(sum(x[2] for x in DEL), 1)
    rows.append(("Summa nämnder", [fmt(sb), fmt(sp), fmt(round(sb - sp, 1))], "sum"))
    rows.append(("Finansförvaltning och skatter", ["", "", fmt(round(-2.4 - (sb - sp), 1))], "normal"))
    rows.append(("Total avvikelse mot budget", ["", "", fmt(-2.4)], "sum"))
    d.table("Prognos per nämnd, helår 2024", h, rows, w)
    d.add_page()
    d.h2("Resultaträkning i sammandrag")
    h2 = [["", "Utfall", "Utfall", "Prognos", "Budget"], ["Mnkr", "jan–aug 2024", "jan–aug 2023", "helår 2024", "helår 2024"]]
    w2 = [62, 26, 26, 26, 26]
    rr = [("Verksamhetens nettokostnader", [-597.2, -571.9, -958.3, -945.7]),
          ("Skatteintäkter", [440.1, 418.6, 660.1, 651.2]),
          ("Generella statsbidrag och utjämning", [212.4, 206.3, 318.4, 318.4]),
          ("Finansnetto", [-16.9, -11.1, -7.6, -8.9])]
    rows2 = [(n, [fmt(x) for x in v], "normal") for n, v in rr]
    rows2.append(("Periodens/årets resultat", [fmt(round(sum(v[i] for _, v in rr), 1)) for i in range(4)], "sum"))
    d.table("Resultaträkning", h2, rows2, w2)
    d.h2("Investeringar")
    d.p("Under januari–augusti har kommunen investerat för 31,7 miljoner kronor av årets budget på 84,0 miljoner "
        "kronor. Prognosen för helåret är 71,5 miljoner kronor. Förseningen beror främst på att upphandlingen av "
        "Solgläntan överklagades.")
    d.h2("Personal")
    d.p("Sjukfrånvaron för perioden var 7,6 procent, en minskning från 8,4 procent för samma period 2023.")
    d.output(os.path.join(OUT, "torsby-delarsrapport-augusti-2024.pdf"))


def build_html():
    rows = [("Skattesats, kronor", "22,36", "22,61"),
            ("Årets resultat, mnkr", fmt(RES[1]), fmt(RES[2])),
            ("Nettoinvesteringar, mnkr", "84,0", fmt(INV_SUM[0])),
            ("Låneskuld vid årets slut, mnkr", "396", "430"),
            ("Beräknat antal invånare", "11 530", "11 470")]
    tbl = html_table("Nyckeltal i budgeten", ["Nyckeltal", "Budget 2024", "Budget 2025"], rows)
    body = f"""      <p class="ingress">Kommunfullmäktige i Torsby har beslutat om budget och plan för 2025–2027. Kommunalskatten höjs med 25 öre till 22,61 kronor.</p>
      <p>Beslutet fattades den 25 november 2024. Skattehöjningen beräknas ge cirka 7,4 miljoner kronor per år och behövs för att klara kostnadsökningarna inom omsorgen och investeringen i Solgläntan.</p>
      <p>För en person med en månadslön på 30 000 kronor innebär höjningen ungefär 75 kronor mer i skatt i månaden.</p>
{tbl}
      <h2>Så fördelas pengarna</h2>
      <p>Omsorgsnämnden får den största ramen, 421,8 miljoner kronor, följt av bildningsnämnden med 329,4 miljoner kronor.</p>
      <h2>Dokument</h2>
      <ul><li><a href="#">Budget och plan 2025–2027 (pdf)</a></li><li><a href="#">Delårsrapport januari–augusti 2024 (pdf)</a></li><li><a href="#">Årsredovisning 2023 (pdf)</a></li></ul>
      <p>Frågor om budgeten besvaras av ekonomichef Jonas Melin, telefon 0560-160 20.</p>"""
    html = html_page("Budget 2025: skatten höjs med 25 öre", "Torsby kommun",
                     ["Uppleva och göra", "Utbildning och barnomsorg", "Omsorg och hjälp", "Bygga och bo",
                      "Trafik och infrastruktur", "Kommun och politik"],
                     ["Startsida", "Kommun och politik", "Ekonomi och finansiell information", "Nyheter"], body,
                     "2024-11-28", "2024-12-03",
                     ["Torsby kommun, Box 503, 685 29 Torsby", "Växel: 0560-160 00", "kommun@torsby.se"])
    with open(os.path.join(OUT, "torsby-finansiell-information.html"), "w", encoding="utf-8") as f:
        f.write(html)


def build_docx():
    doc = docx.Document()
    doc.core_properties.author = "Torsby kommun"
    doc.core_properties.title = "Protokoll kommunfullmäktige 2024-11-25"
    doc.styles["Normal"].font.size = Pt(11)
    doc.add_heading("Sammanträdesprotokoll", level=1)
    doc.add_paragraph("Kommunfullmäktige, Torsby kommun")
    doc.add_paragraph("Sammanträdesdatum 2024-11-25, Medborgarhuset Torsby, kl. 18.30–21.40")
    doc.add_paragraph("Ordförande: Gunnel Persson (C). Sekreterare: Lisa Dahlqvist. Justerare: Erik Sundström (S) och Maja Holmberg (M).")

    doc.add_heading("§ 98 Budget och plan 2025–2027", level=2)
    doc.add_paragraph("Dnr KS 2024/211")
    doc.add_paragraph("Kommunstyrelsen har den 5 november 2024, § 187, föreslagit kommunfullmäktige att anta budget "
                      f"och plan 2025–2027 med ett resultat på {fmt(RES[2])} mnkr för 2025 och investeringar på "
                      f"{fmt(INV_SUM[0])} mnkr.")
    doc.add_paragraph("Yrkanden: Henrik Olsson (C) yrkar bifall till kommunstyrelsens förslag. Annika Strand (S) "
                      "yrkar, med instämmande av Jörgen Lind (V), bifall till Socialdemokraternas budgetförslag med "
                      "oförändrad skattesats och 5,0 mnkr mer till omsorgsnämnden.")
    doc.add_paragraph("Omröstning: Omröstning begärs. 22 ledamöter röstar för kommunstyrelsens förslag och 13 för "
                      "Socialdemokraternas förslag. 2 ledamöter avstår.")
    doc.add_paragraph("Beslut: Kommunfullmäktige antar budget och plan 2025–2027 enligt kommunstyrelsens förslag.")
    doc.add_paragraph("Reservation: Socialdemokraternas och Vänsterpartiets ledamöter reserverar sig mot beslutet till "
                      "förmån för eget förslag.")

    doc.add_heading("§ 99 Skattesats 2025", level=2)
    doc.add_paragraph("Beslut: Kommunfullmäktige fastställer skattesatsen för 2025 till 22,61 kronor per skattekrona, "
                      "en höjning med 25 öre.")
    doc.add_paragraph("Reservation: Annika Strand (S), Erik Sundström (S) och Jörgen Lind (V) reserverar sig skriftligt.")

    doc.add_heading("§ 100 Borgensramar för de kommunala bolagen 2025", level=2)
    doc.add_paragraph("Beslut: Kommunfullmäktige fastställer följande borgensramar för 2025. Borgensavgiften är 0,35 procent.")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Bolag", "Borgensram 2024, tkr", "Borgensram 2025, tkr"]):
        t.rows[0].cells[i].text = h
    bol = [("Torsby Bostäder AB", "305 000", "320 000"), ("Torsby Fjärrvärme AB", "80 000", "85 000"),
           ("Torsby Flygplats AB", "12 000", "12 000"), ("Torsby Utvecklings AB", "5 000", "3 000")]
    for b in bol:
        c = t.add_row().cells
        for i, x in enumerate(b):
            c[i].text = x
    c = t.add_row().cells
    for i, x in enumerate(["Summa", "402 000", "420 000"]):
        c[i].text = x

    doc.add_heading("§ 101 Motion om avgiftsfri kollektivtrafik för personer över 75 år", level=2)
    doc.add_paragraph("Motionären Maja Holmberg (M) föreslår fri kollektivtrafik för invånare över 75 år. "
                      "Kostnaden har beräknats till 420 000 kronor per år.")
    doc.add_paragraph("Beslut: Kommunfullmäktige avslår motionen.")
    doc.add_paragraph("Reservation: Moderaternas ledamöter reserverar sig mot beslutet.")
    path = os.path.join(OUT, "torsby-kf-protokoll-2024-11-25.docx")
    doc.save(path)
    normalize_zip(path)


VERK = [
    ("Politisk verksamhet", "KF", 3200, 0),
    ("Kommunledning och administration", "KS", 54600, 6400),
    ("Fastighet och gata", "KS", 38200, 41300),
    ("Räddningstjänst", "KS", 21400, 2900),
    ("Kultur och fritid", "KS", 26900, 3100),
    ("Arbetsmarknad", "KS", 17800, 9200),
    ("Förskola", "BN", 71200, 6800),
    ("Grundskola", "BN", 158600, 14200),
    ("Gymnasieskola", "BN", 72300, 5900),
    ("Vuxenutbildning", "BN", 14900, 4300),
    ("Kulturskola", "BN", 4100, 600),
    ("Administration bildning", "BN", 8300, 0),
    ("Särskilt boende", "ON", 168400, 24600),
    ("Hemtjänst", "ON", 112900, 11200),
    ("LSS", "ON", 78300, 5100),
    ("Individ- och familjeomsorg", "ON", 52700, 7900),
    ("Administration omsorg", "ON", 9500, 0),
    ("Bygg och miljö", "SBN", 9800, 6100),
    ("Fysisk planering", "SBN", 4300, 800),
    ("Kollektivtrafik", "SBN", 11500, 1900),
]


def build_xlsx():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Driftbudget 2025"
    ws.append(["Torsby kommun – driftbudget per verksamhet 2025"])
    ws.append(["Belopp i tkr. Kostnader anges med minustecken."])
    ws.append(["Verksamhet", "Nämnd", "Intäkter", "Kostnader", "Nettokostnad"])
    for n, nm, net, inc in VERK:
        ws.append([n, nm, inc, -(net + inc), -net])
    ws.append(["Summa verksamheter", "", sum(v[3] for v in VERK), -sum(v[2] + v[3] for v in VERK), -sum(v[2] for v in VERK)])
    ws.append([])
    ws.append(["KF = kommunfullmäktige, KS = kommunstyrelsen, BN = bildningsnämnden, ON = omsorgsnämnden, SBN = samhällsbyggnadsnämnden"])
    ws2 = wb.create_sheet("Personal")
    ws2.append(["Personalnyckeltal Torsby kommun 2020–2024"])
    ws2.append(["Årsarbetare och tillsvidareanställda i antal, sjukfrånvaro i procent av ordinarie arbetstid. 2024 avser utfall t.o.m. augusti."])
    ws2.append(["År", "Tillsvidareanställda", "Årsarbetare", "Sjukfrånvaro %", "Medelålder"])
    for row in [(2020, 1112, 1034, 9.1, 46.2), (2021, 1098, 1021, 8.8, 46.0), (2022, 1087, 1015, 8.6, 45.8),
                (2023, 1079, 1009, 8.4, 45.9), (2024, 1071, 1002, 7.6, 45.7)]:
        ws2.append(list(row))
    wb.properties.creator = "Torsby kommun"
    path = os.path.join(OUT, "torsby-driftbudget-per-verksamhet-2025.xlsx")
    wb.save(path)
    normalize_zip(path)


def build_txt():
    txt = """PRESSMEDDELANDE
Torsby kommun 2025-03-12

Första spadtaget för Solgläntan - Torsbys nya särskilda boende

I dag tog omsorgsnämndens ordförande Birgitta Nilsson (KD) det första spadtaget för det nya särskilda boendet Solgläntan på Kyrkheden i Torsby. Boendet får 60 lägenheter fördelade på sex avdelningar, varav två för personer med demenssjukdom.

- Solgläntan ersätter de två äldre boendena Frykenhemmet och Björkebo, som inte längre uppfyller dagens krav. Det är en av de största investeringarna kommunen någonsin har gjort, säger Birgitta Nilsson.

Den totala kostnaden beräknas till 182 miljoner kronor. Byggentreprenör är Värmlandsbygg AB. Inflyttning planeras till oktober 2027.

När Solgläntan står klart beräknas driftkostnaderna minska med 4,5 miljoner kronor per år jämfört med i dag, tack vare effektivare lokaler och nattbemanning.

Kontakt:
Birgitta Nilsson (KD), ordförande omsorgsnämnden, 0560-160 45
Karin Westman, omsorgschef, 0560-162 30
"""
    with open(os.path.join(OUT, "torsby-pressmeddelande-solglantan.txt"), "w", encoding="utf-8") as f:
        f.write(txt)


def main():
    os.makedirs(OUT, exist_ok=True)
    build_budget()
    build_delar()
    build_html()
    build_docx()
    build_xlsx()
    build_txt()


if __name__ == "__main__":
    main()
