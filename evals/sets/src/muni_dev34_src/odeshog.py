"""Ödeshög kommun: documents for dev-muni34 (invented figures)."""
import os

import docx
import openpyxl
from docx.shared import Pt

from common import Doc, sv, normalize_zip, html_page, html_table

MUNI = "Ödeshög"
YEARS = ["Bokslut 2023", "Prognos 2024", "Budget 2025", "Plan 2026", "Plan 2027"]
INV = 5300  # invånare i budgetens beräkningar

# Resultatbudget (mnkr)
RB = {
    "Verksamhetens intäkter": [98.4, 101.2, 104.6, 106.1, 108.0],
    "Verksamhetens kostnader": [-522.7, -541.9, -556.3, -568.9, -581.4],
    "Avskrivningar": [-17.8, -18.9, -20.4, -21.6, -22.3],
    "Skatteintäkter": [291.5, 301.8, 313.4, 324.9, 336.2],
    "Generella statsbidrag och utjämning": [156.3, 163.0, 166.9, 170.2, 172.8],
    "Finansiella intäkter": [2.1, 2.4, 2.0, 2.0, 2.0],
    "Finansiella kostnader": [-3.9, -4.6, -5.1, -5.8, -6.4],
}


def rb_derived():
    r = {}
    r["nk"] = [round(a + b + c, 1) for a, b, c in zip(RB["Verksamhetens intäkter"], RB["Verksamhetens kostnader"], RB["Avskrivningar"])]
    r["vr"] = [round(n + s + g, 1) for n, s, g in zip(r["nk"], RB["Skatteintäkter"], RB["Generella statsbidrag och utjämning"])]
    r["ef"] = [round(v + fi + fk, 1) for v, fi, fk in zip(r["vr"], RB["Finansiella intäkter"], RB["Finansiella kostnader"])]
    return r


# Driftbudget (tkr): (label, budget 2024, budget 2025) ; sections
DRIFT = [
    ("Politisk verksamhet", [("Kommunfullmäktige", 1020, 1060), ("Revision", 890, 920), ("Valnämnd", 310, 60)]),
    ("Kommunstyrelsen", [("Ledning och administration", 38400, 39650), ("Näringsliv och turism", 4150, 4320),
                         ("Räddningstjänst", 9860, 10240), ("Kollektivtrafik", 7980, 8410)]),
    ("Barn- och utbildningsnämnden", [("Förskola", 36700, 37950), ("Grundskola inkl. förskoleklass", 78300, 80150),
                                      ("Fritidshem", 8200, 8450), ("Gymnasieskola", 31400, 32880),
                                      ("Vuxenutbildning", 4600, 4350)]),
    ("Socialnämnden", [("Äldreomsorg", 112500, 115900), ("Funktionsstöd (LSS/SoL)", 46300, 48100),
                       ("Individ- och familjeomsorg", 27600, 28350)]),
    ("Samhällsbyggnadsnämnden", [("Gata och park", 12400, 12750), ("Kultur och fritid", 14900, 14650),
                                 ("Fastighet och lokalförsörjning", 6300, 6900), ("Miljö och bygg", 3900, 4050)]),
]
NK_BUDGET_2024 = 457300  # tkr

# Investeringsbudget (tkr): section -> rows (projekt, 2025, 2026, 2027)
INVEST = [
    ("Kommunstyrelsen", [("IT-infrastruktur och digitalisering", 1800, 1500, 1500),
                         ("Räddningstjänst, ny höjdfordon", 6200, 0, 0)]),
    ("Barn- och utbildningsnämnden", [("Inventarier skola och förskola", 900, 900, 900),
                                      ("Digitala lärverktyg", 650, 650, 700)]),
    ("Samhällsbyggnadsnämnden (skattefinansierat)", [("Ny förskola Hagalund", 24000, 17500, 0),
                                                     ("Gång- och cykelväg Ödeshög–Hästholmen", 5400, 3600, 0),
                                                     ("Gatubelysning, byte till LED", 1500, 1500, 1000),
                                                     ("Upprustning Ödeshögs simhall", 2800, 0, 9500),
                                                     ("Lekplatser och parker", 750, 750, 750)]),
    ("VA-verksamhet (taxefinansierat)", [("Förnyelse VA-ledningar", 9000, 9500, 10000),
                                         ("Reservvattentäkt Hästholmen", 5400, 2300, 0)]),
]

OUT = None


def invest_totals():
    tot = [0, 0, 0]
    for _, rows in INVEST:
        for r in rows:
            for i in range(3):
                tot[i] += r[1 + i]
    return tot


def budget_pdf(path):
    r = rb_derived()
    pdf = Doc("Ödeshögs kommun – Mål och budget 2025–2027")
    pdf.add_page()
    pdf.ln(60)
    pdf.set_font("DV", "B", 26)
    pdf.multi_cell(0, 12, "Mål och budget 2025–2027", align="C")
    pdf.set_font("DV", "", 13)
    pdf.multi_cell(0, 8, "Ödeshögs kommun", align="C")
    pdf.multi_cell(0, 8, "Fastställd av kommunfullmäktige 25 november 2024, § 98", align="C")
    pdf.no_head = False

    pdf.add_page()
    pdf.h1("Innehåll")
    for t, pg in [("Förord", 3), ("Omvärld och förutsättningar", 4), ("Vision och mål", 5),
                  ("Ekonomiska ramar och effektiviseringar", 6), ("Resultatbudget", 7), ("Balansbudget", 8),
                  ("Driftbudget per nämnd", 9), ("Investeringsbudget", 11), ("Nämndernas uppdrag", 12),
                  ("Ordlista", 15)]:
        pdf.set_font("DV", "", 11)
        pdf.cell(150, 7, t)
        pdf.cell(0, 7, str(pg), align="R", new_x="LMARGIN", new_y="NEXT")

    pdf.add_page()
    pdf.h1("Förord")
    pdf.p("Ödeshög är en kommun i rörelse. Vi har vänt en lång period av minskande befolkning till en försiktig "
          "ökning, och den 1 november 2024 var vi 5 312 invånare. Det ställer krav på förskoleplatser, bostäder och "
          "en välfungerande omsorg, samtidigt som kostnaderna för pensioner, livsmedel och energi har ökat snabbare "
          "än skatteintäkterna.")
    pdf.p("Budgeten för 2025 bygger på en oförändrad skattesats på 22,36 kronor per skattekrona. Vi budgeterar "
          f"ett resultat på {sv(r['ef'][2])} miljoner kronor år 2025, vilket motsvarar drygt en procent av "
          "skatteintäkter och generella statsbidrag. Det är i nivå med vårt finansiella mål men lämnar litet "
          "utrymme för oförutsedda kostnader.")
    pdf.p("För att klara detta genomför nämnderna effektiviseringar om totalt 6,8 miljoner kronor. Samtidigt "
          "gör vi den största enskilda investeringen på många år: en ny förskola på Hagalund med sex avdelningar. "
          "Vi fortsätter också bygget av gång- och cykelvägen mellan Ödeshög och Hästholmen.")
    pdf.p("Jag vill tacka alla medarbetare som varje dag gör skillnad för våra invånare, och de förtroendevalda "
          "som har arbetat fram denna budget.")
    pdf.p("Ödeshög i november 2024")
    pdf.p("Jonas Lindqvist (M)\nKommunstyrelsens ordförande")

    pdf.add_page()
    pdf.h1("Omvärld och förutsättningar")
    pdf.h2("Samhällsekonomin")
    pdf.p("Sveriges Kommuner och Regioner (SKR) bedömer i sin oktoberprognos att skatteunderlaget växer med "
          "4,1 procent 2025. Inflationen har sjunkit under 2024 men prisnivån är fortsatt hög. Kommunens "
          "pensionskostnader ökar kraftigt 2025 till följd av det nya pensionsavtalet och höga prisbasbelopp.")
    pdf.h2("Befolkning")
    pdf.p("Budgeten är beräknad på 5 300 invånare. Antalet personer över 80 år väntas öka med cirka 40 personer "
          "per år under planperioden, vilket påverkar behovet av hemtjänst och särskilt boende. Antalet barn i "
          "förskoleåldern ökar också, främst i centralorten.")
    pdf.h2("Skattesats")
    pdf.p("Kommunalskatten är oförändrad, 22,36 kronor per hundra kronor beskattningsbar inkomst. Tillsammans med "
          "Region Östergötlands skattesats på 11,55 kronor blir den totala skattesatsen 33,91 kronor.")
    pdf.h2("Risker")
    pdf.bullets(["Fortsatt hög inflation och högre räntor ökar kostnaderna för lån och drift.",
                 "Volymökningar inom äldreomsorgen och funktionsstöd kan bli större än beräknat.",
                 "Svårigheter att rekrytera legitimerad personal, främst lärare och sjuksköterskor."])

    pdf.add_page()
    pdf.h1("Vision och mål")
    pdf.p("Kommunfullmäktiges vision är: ”Ödeshög – en trygg och levande kommun vid Vättern, där människor och "
          "företag växer”. Visionen bryts ned i fyra målområden med mätbara mål för mandatperioden.")
    goals = [("Trygg uppväxt och lärande", "Andelen elever i årskurs 9 som är behöriga till gymnasiets "
              "yrkesprogram ska öka från 78 procent till minst 85 procent."),
             ("God vård och omsorg", "Brukarnöjdheten inom hemtjänsten ska vara minst 90 procent."),
             ("Attraktiv kommun att bo och verka i", "Kommunen ska ha minst 5 400 invånare år 2027."),
             ("Hållbar ekonomi", "Årets resultat ska uppgå till minst 1 procent av skatteintäkter och generella "
              "statsbidrag, sett över en rullande treårsperiod. Investeringar i skattefinansierad verksamhet ska "
              "finansieras med egna medel till minst 60 procent.")]
    for g, t in goals:
        pdf.h2(g)
        pdf.p(t)
    pdf.h2("Finansiella mål")
    pdf.p("Soliditeten inklusive hela pensionsförpliktelsen ska inte understiga 20 procent. Nettokostnadernas "
          "ökning får inte överstiga ökningen av skatteintäkter och generella statsbidrag.")

    pdf.add_page()
    pdf.h1("Ekonomiska ramar och effektiviseringar")
    pdf.p("Nämndernas ramar för 2025 har räknats upp med 2,5 procent för löner och 2,0 procent för övriga "
          "kostnader. Därutöver har socialnämnden fått ett tillskott på 2,4 miljoner kronor för ökade volymer i "
          "äldreomsorgen och barn- och utbildningsnämnden 1,1 miljoner kronor för fler barn i förskolan.")
    pdf.p("Samtidigt ska nämnderna genomföra effektiviseringar om sammanlagt 6,8 miljoner kronor:")
    pdf.bullets(["Socialnämnden: 3,2 miljoner kronor genom ny planering av hemtjänsten och minskade "
                 "inhyrda sjuksköterskor.",
                 "Barn- och utbildningsnämnden: 2,1 miljoner kronor genom samordning av vuxenutbildningen med "
                 "grannkommuner och färre skolskjutslinjer.",
                 "Kommunstyrelsen: 1,5 miljoner kronor genom minskade konsultkostnader och vakanshållning."])
    pdf.p("Samhällsbyggnadsnämnden minskar öppettiderna på fritidsgården under sommaren, vilket beräknas ge "
          "700 000 kronor lägre kostnader. Beloppet ingår inte i de 6,8 miljonerna eftersom det beslutades redan i "
          "budgeten för 2024 men får helårseffekt först 2025.")
    pdf.p("Socialnämnden redovisade 2023 ett underskott mot budget på -4,9 miljoner kronor, och prognosen för "
          "2024 pekar på ett underskott i samma storleksordning. En handlingsplan för budget i balans ska "
          "redovisas till kommunstyrelsen senast i mars 2025.")

    # Resultatbudget
    pdf.add_page()
    pdf.h1("Resultatbudget")
    pdf.p("Resultatbudgeten visar kommunens intäkter och kostnader samt förändringen av eget kapital.")
    rows = []
    def row(lbl, vals, st=""):
        rows.append(([lbl] + [sv(v) for v in vals], st))
    row("Verksamhetens intäkter", RB["Verksamhetens intäkter"])
    row("Verksamhetens kostnader", RB["Verksamhetens kostnader"])
    row("Avskrivningar", RB["Avskrivningar"])
    row("Verksamhetens nettokostnader", r["nk"], "B")
    row("Skatteintäkter", RB["Skatteintäkter"])
    row("Generella statsbidrag och utjämning", RB["Generella statsbidrag och utjämning"])
    row("Verksamhetens resultat", r["vr"], "B")
    row("Finansiella intäkter", RB["Finansiella intäkter"])
    row("Finansiella kostnader", RB["Finansiella kostnader"])
    row("Resultat efter finansiella poster", r["ef"], "B")
    row("Årets resultat", r["ef"], "B")
    pdf.table([62, 21.6, 21.6, 21.6, 21.6, 21.6],
              [["", "Bokslut", "Prognos", "Budget", "Plan", "Plan"], ["Belopp i mnkr", "2023", "2024", "2025", "2026", "2027"]],
              rows, caption="Tabell 1. Resultatbudget")
    skb = [round(s + g, 1) for s, g in zip(RB["Skatteintäkter"], RB["Generella statsbidrag och utjämning"])]
    share = [round(100 * e / s, 1) for e, s in zip(r["ef"], skb)]
    pdf.table([62, 21.6, 21.6, 21.6, 21.6, 21.6],
              [["Nyckeltal", "2023", "2024", "2025", "2026", "2027"]],
              [(["Resultat i % av skatter och bidrag"] + [sv(v) for v in share], ""),
               (["Nettokostnadsandel, %"] + [sv(100 * -n / s) for n, s in zip(r["nk"], skb)], "")],
              caption="Tabell 2. Finansiella nyckeltal")
    pdf.note("Skatteintäkter och generella statsbidrag bygger på SKR:s prognos från oktober 2024 (cirkulär 24:41).")

    # Balansbudget
    pdf.add_page()
    pdf.h1("Balansbudget")
    mat = [498.2, 521.6, 559.0, 583.1, 592.4]
    fin = [12.4, 12.4, 12.4, 12.4, 12.4]
    ford = [48.6, 45.0, 45.0, 46.0, 47.0]
    kassa = [31.5, 22.8, 18.0, 18.0, 20.0]
    ek0 = 231.6
    ek = []
    cur = ek0
    for e in r["ef"]:
        cur = round(cur + e, 1) if ek else ek0
        ek.append(cur)
    avs = [24.1, 25.3, 26.9, 28.2, 29.4]
    kort = [98.7, 101.0, 103.5, 105.0, 107.0]
    tot = [round(a + b + c + d, 1) for a, b, c, d in zip(mat, fin, ford, kassa)]
    lang = [round(t - e - a - k, 1) for t, e, a, k in zip(tot, ek, avs, kort)]
    b = []
    def brow(lbl, vals, st=""):
        b.append(([lbl] + [sv(v) for v in vals], st))
    b.append((["TILLGÅNGAR"], "S"))
    brow("Materiella anläggningstillgångar", mat)
    brow("Finansiella anläggningstillgångar", fin)
    brow("Summa anläggningstillgångar", [x + y for x, y in zip(mat, fin)], "B")
    brow("Fordringar", ford)
    brow("Kassa och bank", kassa)
    brow("Summa omsättningstillgångar", [x + y for x, y in zip(ford, kassa)], "B")
    brow("SUMMA TILLGÅNGAR", tot, "B")
    b.append((["EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER"], "S"))
    brow("Eget kapital", ek, "B")
    brow("därav årets resultat", r["ef"])
    brow("Avsättningar för pensioner", avs)
    brow("Långfristiga skulder", lang)
    brow("Kortfristiga skulder", kort)
    brow("SUMMA EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER", tot, "B")
    pdf.table([75, 19, 19, 19, 19, 19],
              [["Mnkr", "Bokslut", "Prognos", "Budget", "Plan", "Plan"], ["", "2023", "2024", "2025", "2026", "2027"]], b,
              caption="Tabell 3. Balansbudget", size=7.5)
    sol = [round(100 * e / t, 1) for e, t in zip(ek, tot)]
    pdf.p(f"Soliditeten beräknas till {sv(sol[2])} procent vid utgången av 2025, exklusive den del av "
          "pensionsförpliktelsen som redovisas som ansvarsförbindelse. Låneskulden ökar till följd av "
          "investeringen i förskolan Hagalund; nyupplåning om 30 miljoner kronor är planerad under 2025.")

    # Driftbudget
    pdf.add_page()
    pdf.h1("Driftbudget per nämnd")
    pdf.p("Tabellen visar nämndernas nettokostnader (kostnader minus intäkter) per verksamhet. Kolumnen ”kr per "
          "invånare” är beräknad på 5 300 invånare. Ramarna inkluderar kompensation för löne- och prisökningar.")
    pdf.p("Förändringen mellan åren förklaras främst av löne- och prisuppräkning, tillskotten till socialnämnden "
          "och barn- och utbildningsnämnden samt genomförda effektiviseringar. Valnämndens budget minskar "
          "eftersom inga allmänna val genomförs 2025. Kulturen och fritidens ram minskar bland annat till följd "
          "av fritidsgårdens minskade öppettider. Vuxenutbildningens ram minskar när utbildningen samordnas med "
          "grannkommunerna i Motala och Vadstena.")
    pdf.p("Finansförvaltningen omfattar pensionskostnader som inte fördelas till nämnderna, avskrivningar som "
          "överstiger nämndernas kapitalkostnader samt en central reserv för oförutsedda kostnader på "
          "2,0 miljoner kronor.")
    pdf.ln(40)
    drows = []
    tot24 = tot25 = 0
    def drow(lbl, a, b_, st=""):
        ch = b_ - a
        pct = 100 * ch / a if a else 0
        drows.append(([lbl, sv(a, 0), sv(b_, 0), sv(ch, 0), sv(pct, 1), sv(b_ * 1000 / INV, 0)], st))
    for sec, items in DRIFT:
        drows.append(([sec], "S"))
        s24 = s25 = 0
        for lbl, a, b_ in items:
            drow(lbl, a, b_)
            s24 += a
            s25 += b_
        drow("Summa " + sec[0].lower() + sec[1:], s24, s25, "B")
        tot24 += s24
        tot25 += s25
    drow("Summa nämnder", tot24, tot25, "B")
    nk25 = round(-r["nk"][2] * 1000)
    drow("Finansförvaltning", NK_BUDGET_2024 - tot24, nk25 - tot25)
    drow("Verksamhetens nettokostnad", NK_BUDGET_2024, nk25, "B")
    pdf.table([62, 21, 21, 21, 20, 25],
              [["Tkr", "Budget", "Budget", "Förändring", "Förändring", "kr per inv."],
               ["", "2024", "2025", "", "%", "2025"]], drows,
              caption="Tabell 4. Driftbudget per nämnd och verksamhet, nettokostnad (tkr)")
    pdf.note("Budget 2024 avser den budget som fastställdes av kommunfullmäktige i november 2023, justerad för "
             "tilläggsanslag under året.")

    # Investeringsbudget (landscape)
    pdf.add_page(orientation="L")
    pdf.h1("Investeringsbudget 2025–2027")
    irows = []
    tot = [0, 0, 0]
    for sec, items in INVEST:
        irows.append(([sec], "S"))
        st = [0, 0, 0]
        for lbl, a, b_, c in items:
            irows.append(([lbl, sv(a, 0), sv(b_, 0), sv(c, 0), sv(a + b_ + c, 0)], ""))
            for i, v in enumerate((a, b_, c)):
                st[i] += v
        irows.append((["Summa", sv(st[0], 0), sv(st[1], 0), sv(st[2], 0), sv(sum(st), 0)], "B"))
        tot = [x + y for x, y in zip(tot, st)]
    irows.append((["Totalt investeringar", sv(tot[0], 0), sv(tot[1], 0), sv(tot[2], 0), sv(sum(tot), 0)], "B"))
    pdf.table([120, 32, 32, 32, 40],
              [["Projekt (tkr)", "Budget 2025", "Plan 2026", "Plan 2027", "Totalt 2025–2027"]], irows,
              caption="Tabell 5. Investeringsbudget, tkr")
    pdf.note("Förskolan Hagalund har en total projektbudget på 41,5 miljoner kronor och beräknas stå klar till "
             "höstterminen 2026. Upprustningen av simhallen är beroende av beslut om statligt stöd.")

    pdf.add_page(orientation="P")
    pdf.h1("Nämndernas uppdrag")
    texts = {
        "Kommunstyrelsen": "Kommunstyrelsen leder och samordnar kommunens verksamhet och ansvarar för ekonomi, "
        "personal, näringsliv, räddningstjänst och kollektivtrafik. Under 2025 ska kommunstyrelsen ta fram en ny "
        "översiktsplan och en bostadsförsörjningsplan. Målet är att minst 25 nya bostäder ska påbörjas under "
        "planperioden.",
        "Barn- och utbildningsnämnden": "Nämnden ansvarar för förskola, grundskola, fritidshem, gymnasieskola "
        "och vuxenutbildning. Kommunen har tre grundskolor och sex förskolor. Gymnasieeleverna studerar främst i "
        "Motala, Linköping och Mjölby, och interkommunala ersättningar är nämndens största enskilda kostnad "
        "utanför den egna verksamheten. Nämnden ska öka andelen legitimerade lärare till minst 80 procent.",
        "Socialnämnden": "Socialnämnden ansvarar för äldreomsorg, funktionsstöd och individ- och familjeomsorg. "
        "Kommunen har två särskilda boenden med totalt 92 platser. Hemtjänsten utför cirka 9 000 timmar per "
        "månad. Nämnden ska minska kostnaderna för inhyrd personal med minst hälften under 2025.",
        "Samhällsbyggnadsnämnden": "Nämnden ansvarar för gator, parker, kommunens fastigheter, kultur och fritid "
        "samt miljö- och byggfrågor. Den ansvarar också för VA-verksamheten som finansieras med avgifter. "
        "Nämnden ska genomföra energieffektiviseringar så att energianvändningen i kommunens lokaler minskar "
        "med 10 procent till 2027.",
    }
    for k, t in texts.items():
        pdf.h2(k)
        pdf.p(t)
        pdf.p("Nämnden följer upp sina mål i delårsrapporten per augusti och i årsredovisningen. Uppföljningen "
              "redovisas till kommunstyrelsen och kommunfullmäktige tillsammans med en ekonomisk prognos för "
              "helåret. Avvikelser ska åtgärdas inom nämndens egen ram.")
    pdf.add_page()
    pdf.h1("Taxor och avgifter")
    pdf.p("Taxorna för vatten och avlopp höjs med 6 procent 2025 för att finansiera förnyelsen av ledningsnätet "
          "och reservvattentäkten. Avfallstaxan höjs med 4 procent. Avgifterna inom förskola och fritidshem "
          "följer maxtaxan. Kommunens timtaxa för plan- och byggärenden blir 1 250 kronor.")
    pdf.p("Hyrorna i kommunens lokaler räknas upp med 3 procent. Kulturskolans terminsavgift är oförändrad, "
          "600 kronor per termin och ämne.")
    pdf.add_page()
    pdf.h1("Ordlista")
    for t, d in [("Avskrivning", "Kostnad som motsvarar värdeminskningen av en anläggningstillgång."),
                 ("Balansbudget", "Visar den planerade ekonomiska ställningen vid årets slut."),
                 ("Nettokostnad", "Kostnader minus intäkter för en verksamhet."),
                 ("Soliditet", "Eget kapital i procent av totala tillgångar."),
                 ("Resultatbudget", "Visar planerade intäkter och kostnader för året."),
                 ("Skattekrona", "Den del av varje intjänad hundralapp som betalas i kommunalskatt.")]:
        pdf.set_font("DV", "B", 10)
        pdf.cell(0, 6, t, new_x="LMARGIN", new_y="NEXT")
        pdf.p(d)
    pdf.output(path)
    return {"ef": r["ef"], "nk": r["nk"], "vr": r["vr"], "ek": ek, "tot": tot, "lang": lang}


# Delårsrapport per augusti 2024 (mnkr)
DELAR_NAMND = [("Politisk verksamhet", 2.2, 2.1), ("Kommunstyrelsen", 60.4, 59.2),
               ("Barn- och utbildningsnämnden", 159.2, 161.1), ("Socialnämnden", 186.4, 192.0),
               ("Samhällsbyggnadsnämnden", 37.5, 37.1)]


def delar_pdf(path):
    pdf = Doc("Delårsrapport januari–augusti 2024 | Ödeshögs kommun")
    pdf.add_page()
    pdf.ln(60)
    pdf.set_font("DV", "B", 24)
    pdf.multi_cell(0, 12, "Delårsrapport\njanuari–augusti 2024", align="C")
    pdf.set_font("DV", "", 13)
    pdf.multi_cell(0, 8, "Ödeshögs kommun", align="C")
    pdf.no_head = False
    pdf.add_page()
    pdf.h1("Sammanfattning")
    pdf.p("Kommunens resultat för perioden januari–augusti 2024 uppgår till 14,6 miljoner kronor, jämfört med "
          "17,3 miljoner kronor för samma period 2023. Resultatet för perioden är normalt högre än för helåret "
          "eftersom semesterlöneskulden minskar under sommaren.")
    pdf.p("Prognosen för helåret 2024 är ett resultat på 3,0 miljoner kronor, vilket är 3,8 miljoner kronor "
          "sämre än budgeterat resultat på 6,8 miljoner kronor. Den största avvikelsen finns inom socialnämnden "
          "som prognostiserar ett underskott på -5,6 miljoner kronor, främst inom hemtjänst och inhyrda "
          "sjuksköterskor. Barn- och utbildningsnämnden prognostiserar ett underskott på -1,9 miljoner kronor på "
          "grund av fler barn i förskolan och ökade kostnader för gymnasieelever i andra kommuner.")
    pdf.p("Skatteintäkterna beräknas bli 2,0 miljoner kronor högre än budgeterat, enligt SKR:s prognos i "
          "augusti 2024.")
    pdf.p("Investeringarna under perioden uppgår till 21,3 miljoner kronor. Helårsprognosen för investeringar "
          "är 38,5 miljoner kronor mot en budget på 52,0 miljoner kronor. Avvikelsen beror främst på att "
          "byggstarten för förskolan Hagalund har flyttats till januari 2025.")
    pdf.h2("Personal")
    pdf.p("Den 31 augusti 2024 hade kommunen 612 tillsvidareanställda medarbetare. Sjukfrånvaron för perioden "
          "var 7,4 procent, jämfört med 8,1 procent samma period föregående år.")
    pdf.add_page()
    pdf.h1("Resultaträkning")
    rr = [("Verksamhetens intäkter", 64.1, 67.9, 99.0, 101.2),
          ("Verksamhetens kostnader", -334.6, -349.8, -533.6, -541.9),
          ("Avskrivningar", -11.6, -12.4, -19.2, -18.9),
          ("Verksamhetens nettokostnader", None, None, None, None),
          ("Skatteintäkter", 193.4, 200.5, 299.8, 301.8),
          ("Generella statsbidrag och utjämning", 107.1, 108.9, 163.0, 163.0),
          ("Verksamhetens resultat", None, None, None, None),
          ("Finansiella intäkter", 1.4, 1.6, 2.4, 2.4),
          ("Finansiella kostnader", -2.5, -2.1, -4.6, -4.6),
          ("Periodens/årets resultat", None, None, None, None)]
    vals = {}
    rows = []
    for lbl, *v in rr:
        if lbl == "Verksamhetens nettokostnader":
            v = [round(vals["Verksamhetens intäkter"][i] + vals["Verksamhetens kostnader"][i] + vals["Avskrivningar"][i], 1) for i in range(4)]
        elif lbl == "Verksamhetens resultat":
            v = [round(vals["Verksamhetens nettokostnader"][i] + vals["Skatteintäkter"][i] + vals["Generella statsbidrag och utjämning"][i], 1) for i in range(4)]
        elif lbl.startswith("Periodens"):
            v = [round(vals["Verksamhetens resultat"][i] + vals["Finansiella intäkter"][i] + vals["Finansiella kostnader"][i], 1) for i in range(4)]
        vals[lbl] = v
        rows.append(([lbl] + [sv(x, 1, neg="–") for x in v], "B" if lbl in ("Verksamhetens nettokostnader", "Verksamhetens resultat") or lbl.startswith("Periodens") else ""))
    pdf.table([66, 26, 26, 26, 26],
              [["Mnkr", "Utfall", "Utfall", "Budget", "Prognos"],
               ["", "jan–aug 2023", "jan–aug 2024", "helår 2024", "helår 2024"]], rows,
              caption="Resultaträkning för kommunen")
    pdf.h1("Nämndernas prognoser")
    nrows = []
    tb = tp = 0
    for n, b_, p_ in DELAR_NAMND:
        nrows.append(([n, sv(b_), sv(p_), sv(b_ - p_, 1, neg="–")], ""))
        tb += b_
        tp += p_
    nrows.append((["Summa nämnder", sv(tb), sv(tp), sv(tb - tp, 1, neg="–")], "B"))
    pdf.table([80, 30, 30, 30], [["Nettokostnad, mnkr", "Budget 2024", "Prognos 2024", "Avvikelse"]], nrows,
              caption="Prognos per nämnd, helår 2024")
    pdf.note("Avvikelse = budget minus prognos. Negativt värde innebär ett underskott. Finansförvaltningen "
             "prognostiserar ett överskott på 2,0 miljoner kronor.")
    pdf.add_page()
    pdf.h1("Måluppfyllelse")
    pdf.p("Av kommunfullmäktiges tolv mål bedöms fem uppfyllas helt, fyra delvis och tre inte uppfyllas under "
          "2024. Det finansiella målet om ett resultat på minst 1 procent av skatter och bidrag bedöms inte nås "
          "för 2024 sett enskilt, men uppfylls sett över treårsperioden 2022–2024.")
    pdf.p("Andelen elever i årskurs 9 som var behöriga till gymnasiets yrkesprogram våren 2024 var 81 procent. "
          "Brukarnöjdheten i hemtjänsten var 88 procent i Socialstyrelsens undersökning.")
    pdf.h2("Händelser under perioden")
    pdf.bullets(["Kommunfullmäktige beslutade i april att bygga en ny förskola på Hagalund.",
                 "Avtal tecknades med Trafikverket om medfinansiering av gång- och cykelvägen till Hästholmen.",
                 "Kommunen tog emot 14 nyanlända personer under perioden."])
    pdf.output(path)
    return vals


def html(path, shares):
    rows = [[n, sv(v, 1)] for n, v in shares]
    body = f"""<p class="ingress">Här kan du se hur kommunen använder skattepengarna. Av varje hundralapp du betalar i kommunalskatt går ungefär 42 kronor till vård och omsorg om äldre och personer med funktionsnedsättning.</p>
<h2>Skattesatsen 2025</h2>
<p>Kommunalskatten i Ödeshög är 22,36 kronor per hundralapp 2025. Skattesatsen är oförändrad jämfört med 2024. Till regionen betalar du 11,55 kronor.</p>
<h2>Så fördelas 100 kronor i skatt</h2>
{html_table("Fördelning av 100 kronor i kommunalskatt per nämnd, budget 2025", ["Nämnd", "Kronor av 100 kr"], rows)}
<p>Fördelningen bygger på nämndernas nettokostnader i Mål och budget 2025–2027.</p>
<h2>Kommunens ekonomi i korthet</h2>
{html_table("Nyckeltal budget 2025", ["Nyckeltal", "Budget 2025"], [["Nettokostnad per invånare, kr", "89 075"], ["Investeringar, mnkr", "58,4"], ["Antal anställda (årsarbetare)", "540"], ["Årets resultat, mnkr", "5,1"]])}
<p>Vill du veta mer? Läs hela dokumentet Mål och budget 2025–2027 eller kontakta ekonomichef Sara Nordin.</p>
<aside class="related"><h3>Relaterade sidor</h3><ul><li><a href="/arsredovisning">Årsredovisning</a></li><li><a href="/delarsrapport">Delårsrapport</a></li></ul></aside>"""
    page = html_page("Så används din skatt", MUNI,
                     ["Bo och leva", "Barn och utbildning", "Omsorg och stöd", "Kommun och politik", "Näringsliv"],
                     body, "2024-12-03", "2024-12-10")
    with open(path, "w", encoding="utf-8") as f:
        f.write(page)


def protokoll_docx(path):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    d.core_properties.author = "Kommunstyrelsens kansli"
    d.core_properties.title = "Protokoll kommunstyrelsen 2024-11-05"
    d.add_heading("SAMMANTRÄDESPROTOKOLL", level=1)
    d.add_paragraph("Kommunstyrelsen, Ödeshögs kommun")
    d.add_paragraph("Sammanträdesdatum: 2024-11-05")
    d.add_paragraph("Plats och tid: Kommunhuset, sammanträdesrummet Vättern, kl. 08.30–11.45")
    d.add_paragraph("Beslutande: Jonas Lindqvist (M), ordförande; Eva Sandberg (C); Mikael Ström (KD); "
                    "Karin Holm (S); Per Åberg (SD); Lena Berg (SD); Anders Wik (S)")
    d.add_paragraph("Sekreterare: Maria Forsberg. Justerare: Karin Holm (S)")
    d.add_heading("§ 151 Mål och budget 2025–2027", level=2)
    d.add_paragraph("Ärendebeskrivning: Ekonomiavdelningen har tagit fram ett förslag till Mål och budget "
                    "2025–2027. Förslaget innebär en oförändrad skattesats på 22,36 kronor och ett budgeterat "
                    "resultat på 5,1 miljoner kronor för 2025.")
    d.add_paragraph("Kommunstyrelsen föreslår kommunfullmäktige besluta att fastställa Mål och budget 2025–2027, "
                    "att skattesatsen för 2025 ska vara 22,36 kronor, och att kommunstyrelsen under 2025 får "
                    "nyupplåna upp till 30 miljoner kronor.")
    d.add_paragraph("Reservation: Per Åberg (SD) och Lena Berg (SD) reserverar sig mot beslutet till förmån för "
                    "Sverigedemokraternas budgetförslag, som innebar en sänkt skattesats till 22,16 kronor.")
    d.add_heading("§ 152 Förskola Hagalund – tilldelning av entreprenad", level=2)
    d.add_paragraph("Upphandlingen av totalentreprenad för den nya förskolan på Hagalund har avslutats. Fyra "
                    "anbud har kommit in. Det ekonomiskt mest fördelaktiga anbudet lämnades av Östgöta Bygg AB "
                    "med ett anbudspris på 36,2 miljoner kronor.")
    d.add_paragraph("Beslut: Kommunstyrelsen beslutar att tilldela Östgöta Bygg AB entreprenaden, och att "
                    "uppdra åt samhällsbyggnadschefen att teckna avtal.")
    d.add_heading("§ 153 VA-taxa 2025", level=2)
    d.add_paragraph("Samhällsbyggnadsnämnden föreslår att brukningsavgifterna för vatten och avlopp höjs med "
                    "6 procent från den 1 januari 2025. Anläggningsavgiften lämnas oförändrad.")
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    hdr = ["Avgift (inkl. moms)", "Taxa 2024", "Taxa 2025", "Förändring, kr"]
    for i, h in enumerate(hdr):
        t.rows[0].cells[i].text = h
    for name, a, b_ in [("Fast avgift per år, villa (kr)", "4 820", "5 109"),
                        ("Rörlig avgift per kubikmeter (kr)", "38,40", "40,70"),
                        ("Dagvattenavgift per år (kr)", "1 150", "1 219"),
                        ("Anläggningsavgift, villa (kr)", "168 000", "168 000")]:
        c = t.add_row().cells
        a_ = float(a.replace(" ", "").replace(",", "."))
        bb = float(b_.replace(" ", "").replace(",", "."))
        ch = bb - a_
        c[0].text, c[1].text, c[2].text = name, a, b_
        c[3].text = sv(ch, 2 if "," in a else 0)
    d.add_paragraph("")
    d.add_paragraph("Beslut: Kommunstyrelsen föreslår kommunfullmäktige att anta VA-taxa 2025 enligt förslaget.")
    d.add_paragraph("Protokollsanteckning: Karin Holm (S) och Anders Wik (S) lämnar en protokollsanteckning om "
                    "att taxehöjningen bör kompletteras med en utredning om lägre avgift för småhushåll.")
    d.add_heading("§ 154 Delårsrapport januari–augusti 2024", level=2)
    d.add_paragraph("Kommunstyrelsen godkänner delårsrapporten och uppdrar åt socialnämnden att senast den "
                    "31 mars 2025 redovisa en handlingsplan för en ekonomi i balans.")
    d.add_paragraph("Vid protokollet: Maria Forsberg. Ordförande: Jonas Lindqvist. Justerat 2024-11-07.")
    d.save(path)
    normalize_zip(path)


def xlsx(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Befolkning"
    ws.append(["Befolkningsutveckling i Ödeshögs kommun 2019–2023"])
    ws.append(["Antal personer, per 31 december"])
    ws.append(["År", "Folkmängd", "Födda", "Döda", "Inflyttade", "Utflyttade", "Invandrade", "Utvandrade"])
    pop = 5130
    data = [(2019, 48, 71, 312, 298, 61, 19), (2020, 51, 78, 305, 301, 42, 14), (2021, 46, 69, 341, 309, 38, 12),
            (2022, 53, 74, 356, 322, 70, 16), (2023, 49, 72, 338, 331, 58, 21)]
    for y, f, dd, i, u, inv, utv in data:
        pop = pop + f - dd + i - u + inv - utv
        ws.append([y, pop, f, dd, i, u, inv, utv])
    ws.append(["Källa: SCB, befolkningsstatistik"])
    ws2 = wb.create_sheet("Nyckeltal")
    ws2.append(["Ekonomiska nyckeltal, Ödeshögs kommun"])
    ws2.append(["Nyckeltal", "2021", "2022", "2023"])
    for row in [("Nettokostnad per invånare, kr", 76410, 80155, 83557),
                ("Skattesats, kr", 22.36, 22.36, 22.36),
                ("Soliditet inkl. pensionsförpliktelser, %", 21.8, 22.9, 23.4),
                ("Sjukfrånvaro, %", 8.6, 8.9, 8.3),
                ("Kostnad per elev i grundskolan, kr", 121300, 126800, 131950),
                ("Kostnad per brukare i hemtjänsten, kr", 298400, 305100, 318700),
                ("Antal tillsvidareanställda", 598, 604, 609)]:
        ws2.append(list(row))
    wb.properties.creator = "Ödeshögs kommun"
    wb.save(path)
    normalize_zip(path)
    return pop


PRESS = """# Pressmeddelande

**Ödeshögs kommun, 2024-11-26**

## Kommunfullmäktige har antagit budget för 2025 – ny förskola och oförändrad skatt

Kommunfullmäktige i Ödeshög antog på måndagskvällen Mål och budget 2025–2027. Skattesatsen blir oförändrad, 22,36 kronor, och kommunen budgeterar ett resultat på 5,1 miljoner kronor för 2025.

Budgeten innehåller den största investeringen på många år: en ny förskola på Hagalund med sex avdelningar och plats för omkring 110 barn. Förskolan beräknas kosta 41,5 miljoner kronor och stå klar hösten 2026.

– Vi har fler barn i kommunen än på länge, och det är glädjande. Nu ser vi till att de får en bra förskola nära hemmet, säger Jonas Lindqvist (M), kommunstyrelsens ordförande.

Budgeten innehåller också effektiviseringar om 6,8 miljoner kronor, varav 3,2 miljoner kronor inom socialnämnden. Oppositionen röstade emot budgeten. Sverigedemokraterna ville sänka skatten med 20 öre, och Socialdemokraterna lade ett eget förslag med 2 miljoner kronor mer till äldreomsorgen.

Beslutet fattades med 17 röster mot 14.

**Fakta: Mål och budget 2025**

- Skattesats: 22,36 kronor (oförändrad)
- Budgeterat resultat: 5,1 miljoner kronor
- Investeringar 2025: 58,4 miljoner kronor
- Antal invånare 1 november 2024: 5 312

**För mer information:**
Jonas Lindqvist (M), kommunstyrelsens ordförande, telefon 0144-350 00
Sara Nordin, ekonomichef, telefon 0144-351 20
"""


def build(outdir):
    os.makedirs(outdir, exist_ok=True)
    b = budget_pdf(os.path.join(outdir, "mal-och-budget-2025-2027.pdf"))
    delar_pdf(os.path.join(outdir, "delarsrapport-augusti-2024.pdf"))
    # shares of 100 kr
    secs = [(s, sum(x[2] for x in items)) for s, items in DRIFT]
    tot = sum(v for _, v in secs)
    shares = [(s, round(100 * v / tot, 1)) for s, v in secs]
    shares.sort(key=lambda x: -x[1])
    html(os.path.join(outdir, "sa-anvands-din-skatt.html"), shares)
    protokoll_docx(os.path.join(outdir, "protokoll-ks-2024-11-05.docx"))
    xlsx(os.path.join(outdir, "befolkning-och-nyckeltal.xlsx"))
    with open(os.path.join(outdir, "pressmeddelande-budget-2025.md"), "w", encoding="utf-8") as f:
        f.write(PRESS)
    print("odeshog", b["ef"], b["nk"], invest_totals(), shares, sum(v for _, v in shares))
