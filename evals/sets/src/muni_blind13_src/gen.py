"""Deterministic generator for evals/corpora/blind-muni13 (Säffle, Mönsterås)."""
import os, datetime
from fpdf import FPDF
from fpdf.fonts import FontFace
import docx
from docx.shared import Pt
import openpyxl
from openpyxl.styles import Font
from data import *

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", "..", "corpora", "blind-muni13"))
SD = os.path.join(ROOT, "saffle")
MD = os.path.join(ROOT, "monsteras")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FIXED = datetime.datetime(2025, 11, 26, 9, 0, 0, tzinfo=datetime.timezone.utc)


class Doc(FPDF):
    def __init__(self, head):
        super().__init__(format="A4")
        self.head = head
        self.set_creation_date(FIXED)
        self.add_font("DV", "", FONT)
        self.add_font("DV", "B", FONTB)
        self.set_auto_page_break(True, 18)
        self.set_margins(20, 18, 20)

    def multi_cell(self, w, h, text="", **kw):
        kw.setdefault("new_x", "LMARGIN")
        kw.setdefault("new_y", "NEXT")
        return super().multi_cell(w, h, text, **kw)

    def header(self):
        if self.page_no() > 1:
            self.set_font("DV", "", 7)
            self.set_text_color(110)
            self.cell(0, 5, self.head, align="R")
            self.ln(8)
            self.set_text_color(0)

    def footer(self):
        self.set_y(-12)
        self.set_font("DV", "", 7)
        self.cell(0, 5, f"Sida {self.page_no()}", align="C")

    def h1(self, t):
        self.set_font("DV", "B", 15)
        self.multi_cell(0, 8, t)
        self.ln(2)

    def h2(self, t):
        self.set_font("DV", "B", 11)
        self.multi_cell(0, 6, t)
        self.ln(1)

    def p(self, t):
        self.set_font("DV", "", 9.5)
        self.multi_cell(0, 5, t)
        self.ln(2)

    def caption(self, t):
        self.set_font("DV", "B", 9)
        self.multi_cell(0, 5, t)
        self.ln(1)

    def table(self, rows, widths, bold_rows=(), align=None, size=8.5, line_height=None):
        self.set_font("DV", "", size)
        n = len(widths)
        align = align or (["LEFT"] + ["RIGHT"] * (n - 1))
        with super().table(col_widths=widths, text_align=align, repeat_headings=1,
                           headings_style=FontFace(emphasis="BOLD", fill_color=(225, 232, 240)),
                           line_height=line_height or size * 0.55, width=sum(widths)) as t:
            for i, r in enumerate(rows):
                row = t.row()
                style = FontFace(emphasis="BOLD") if i in bold_rows else None
                for c in r:
                    row.cell(c, style=style)
        self.ln(3)


def minus_rows(items, paren=False, neg="−"):
    return [f1(-v, neg=neg, paren=paren) for v in items]


# ====================================================================== Säffle budget
def saffle_budget():
    d = Doc("Säffle kommun – Budget 2026 med plan 2027–2028")
    d.add_page()
    d.ln(50)
    d.set_font("DV", "B", 26)
    d.multi_cell(0, 13, "Säffle kommun")
    d.set_font("DV", "B", 18)
    d.multi_cell(0, 10, "Budget 2026 med plan 2027–2028")
    d.ln(4)
    d.set_font("DV", "", 11)
    d.multi_cell(0, 6, "Fastställd av kommunfullmäktige den 24 november 2025, § 118\nDnr KS 2025/214")

    d.add_page()
    d.h1("Innehåll")
    for t in ["Förord", "Omvärld och befolkning", "Finansiella mål", "Resultatbudget",
              "Skatteintäkter och utjämning", "Driftbudget per nämnd", "Ramförändringar 2026",
              "Flerårsöversikt", "Investeringsbudget 2026–2028", "Nämndernas uppdrag",
              "Borgen och lånefullmakt"]:
        d.p(t)

    d.add_page()
    d.h1("Förord")
    d.p("Säffle står inför ett år med fortsatt stora utmaningar. Befolkningen minskar svagt samtidigt som "
        "andelen äldre ökar, och kostnaderna för äldreomsorg och socialtjänst fortsätter att växa snabbare "
        "än skatteintäkterna. Trots det har vi lyckats ta fram en budget i balans där skattesatsen lämnas "
        "oförändrad på 22,46 kronor.")
    d.p(f"Budgeten för 2026 ger ett resultat på {f1(S_RES[2])} miljoner kronor, vilket motsvarar 1,5 procent av "
        "skatteintäkter och generella statsbidrag. Det är precis på den nivå som fullmäktige har satt som "
        "finansiellt mål. Samtidigt genomför vi den största investeringen i förskolan på över tjugo år: en "
        "ny förskola i Värmlandsbro med plats för 120 barn.")
    d.p("Nämnderna har fått kompensation för pris- och löneökningar, men samtliga nämnder har också ett "
        "effektiviseringskrav. Socialnämnden får ett särskilt tillskott på 4,8 miljoner kronor för att möta "
        "den ökade efterfrågan på hemtjänst.")
    d.p("Jag vill tacka alla medarbetare och förtroendevalda som bidragit i budgetarbetet.")
    d.p("Anneli Svensson (S)\nKommunstyrelsens ordförande")

    d.add_page()
    d.h1("Omvärld och befolkning")
    d.p("Sveriges ekonomi återhämtar sig långsamt efter några år med hög inflation. Sveriges Kommuner och "
        "Regioner (SKR) bedömer i sin prognos från oktober 2025 att skatteunderlaget växer med 4,1 procent "
        "2026. Räntorna har sjunkit men ligger fortfarande över nivåerna före 2022.")
    d.p(f"Den 31 december 2024 hade Säffle kommun {grp(S_POP[4])} invånare, vilket är {S_POP[3]-S_POP[4]} färre "
        "än ett år tidigare. Befolkningsprognosen förutsätter en fortsatt svag minskning till 15 290 invånare år "
        "2028. Antalet invånare som är 80 år eller äldre väntas öka med cirka 140 personer fram till 2028, "
        "medan antalet barn i förskoleåldern är i stort sett oförändrat.")
    d.p("Arbetslösheten i kommunen uppgick i september 2025 till 8,9 procent av den registerbaserade "
        "arbetskraften, att jämföra med 8,4 procent för riket. Störst är utmaningen bland utrikes födda och "
        "unga vuxna.")

    # --- table 1 finansiella mål
    d.add_page()
    d.h1("Finansiella mål")
    d.p("Kommunfullmäktige har beslutat om tre finansiella mål för god ekonomisk hushållning. Målen följs upp "
        "i delårsrapport och årsredovisning.")
    pr = [r / (s + b) * 100 for r, s, b in zip(S_RES, S_SKATT, S_BIDRAG)]
    rows = [["Mål", "Målvärde", "Utfall\n2024", "Budget\n2026", "Plan\n2027", "Plan\n2028"],
            ["Årets resultat i % av skatteintäkter och generella statsbidrag", "minst 1,5 %",
             pct1(pr[0]) + " %", pct1(pr[2]) + " %", pct1(pr[3]) + " %", pct1(pr[4]) + " %"],
            ["Självfinansieringsgrad av investeringar (exkl. VA)", "minst 80 %", "92 %", "71 %", "74 %", "110 %"],
            ["Soliditet inklusive pensionsåtaganden", "ska inte minska", "31,8 %", "29,6 %", "29,0 %", "28,7 %"]]
    d.caption("Tabell 1. Finansiella mål")
    d.table(rows, (62, 24, 20, 20, 20, 20), align=["LEFT", "LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"])
    d.p("Självfinansieringsgraden understiger målet 2026 och 2027 på grund av byggnationen av förskolan i "
        "Värmlandsbro och vattenverkets andra etapp. Målet bedöms uppnås över perioden som helhet.")

    # --- table 2 resultatbudget (parentheses)
    d.add_page()
    d.h1("Resultatbudget")
    d.caption("Tabell 2. Resultatbudget 2026–2028. Belopp i mnkr")
    P = lambda v: f1(v, paren=True)
    rows = [["", "Utfall\n2024", "Budget\n2025", "Budget\n2026", "Plan\n2027", "Plan\n2028"],
            ["Verksamhetens intäkter"] + [P(v) for v in S_INTAKTER],
            ["Verksamhetens kostnader"] + [P(-v) for v in S_KOSTNADER],
            ["Avskrivningar"] + [P(-v) for v in S_AVSKR],
            ["Verksamhetens nettokostnader"] + [P(-v) for v in S_NETTO],
            ["Skatteintäkter"] + [P(v) for v in S_SKATT],
            ["Generella statsbidrag och utjämning"] + [P(v) for v in S_BIDRAG],
            ["Verksamhetens resultat"] + [P(v) for v in S_VR],
            ["Finansiella intäkter"] + [P(v) for v in S_FININT],
            ["Finansiella kostnader"] + [P(-v) for v in S_FINKOST],
            ["Årets resultat"] + [P(v) for v in S_RES]]
    d.table(rows, (58, 22, 22, 22, 22, 22), bold_rows=(4, 7, 10))
    d.p("Negativa belopp anges inom parentes. Verksamhetens nettokostnader ökar med "
        f"{pct1((S_NETTO[2]/S_NETTO[1]-1)*100)} procent mellan budget 2025 och budget 2026, medan skatteintäkter "
        f"och generella statsbidrag tillsammans ökar med {pct1(((S_SKATT[2]+S_BIDRAG[2])/(S_SKATT[1]+S_BIDRAG[1])-1)*100)} procent.")
    d.p("De finansiella kostnaderna ökar främst till följd av nyupplåning för investeringarna i förskola och "
        "vattenverk. Genomsnittlig ränta på låneskulden beräknas till 2,9 procent 2026.")

    # --- table 3 skatteprognos
    d.add_page()
    d.h1("Skatteintäkter och utjämning")
    d.p("Skatteintäkterna bygger på SKR:s skatteunderlagsprognos från oktober 2025 och en oförändrad "
        "skattesats om 22,46 procent. Kommunens invånarantal den 1 november 2025 ligger till grund för "
        "utjämningen.")
    d.caption("Tabell 3. Skatteintäkter, generella statsbidrag och utjämning. Belopp i mnkr")
    rows = [["", "Budget\n2025", "Budget\n2026", "Förändring\n%"]]
    for name, a, b in S_UTJ:
        rows.append([name, f1(a), f1(b), pct1((b / a - 1) * 100)])
    rows.append(["Summa", f1(S_UTJ_SUM[0]), f1(S_UTJ_SUM[1]), pct1((S_UTJ_SUM[1] / S_UTJ_SUM[0] - 1) * 100)])
    d.table(rows, (70, 28, 28, 28), bold_rows=(len(rows) - 1,))
    d.p("Regleringsbidraget minskar med 5,2 miljoner kronor, vilket förklaras av att statens anslag till "
        "kommunalekonomisk utjämning inte räknas upp i samma takt som skatteunderlaget.")

    # --- table 4 driftbudget
    d.add_page()
    d.h1("Driftbudget per nämnd")
    d.caption("Tabell 4. Nettokostnad per nämnd. Belopp i mnkr")
    hdr = ["Nämnd", "Utfall\n2024", "Budget\n2025", "Budget\n2026", "Plan\n2027", "Plan\n2028", "Not"]
    rows = [hdr, ["Politisk verksamhet", "", "", "", "", "", ""]]
    bold = [1]
    for n, v, note in S_POLITIK:
        rows.append([n] + minus_rows(v) + [note])
    rows.append(["Summa politisk verksamhet"] + minus_rows(S_SUM_POL) + [""]); bold.append(len(rows) - 1)
    rows.append(["Nämnder", "", "", "", "", "", ""]); bold.append(len(rows) - 1)
    for n, v, note in S_NAMNDER:
        rows.append([n] + minus_rows(v) + [note])
    rows.append(["Summa nämnder"] + minus_rows(S_SUM_NAM) + [""]); bold.append(len(rows) - 1)
    rows.append(["Finansförvaltning", "", "", "", "", "", ""]); bold.append(len(rows) - 1)
    for n, v, note in S_FINANS:
        rows.append([n] + minus_rows(v) + [note])
    rows.append(["Summa finansförvaltning"] + minus_rows(S_SUM_FIN) + [""]); bold.append(len(rows) - 1)
    rows.append(["Verksamhetens nettokostnader"] + minus_rows(S_NETTO) + [""]); bold.append(len(rows) - 1)
    d.table(rows, (52, 19, 19, 19, 19, 19, 10), bold_rows=tuple(bold), size=8)
    d.set_font("DV", "", 8)
    d.multi_cell(0, 4.2,
        "Not 1. Allmänna val till riksdag, region och kommun hålls i september 2026.\n"
        "Not 2. I kommunstyrelsens ram ingår 850 000 kronor för feriearbete för ungdomar.\n"
        "Not 3. Inklusive volymtillskott för hemtjänst om 4,8 miljoner kronor.\n"
        "Not 4. Pensionskostnader enligt KPA:s prognos augusti 2025.\n"
        "Not 5. Pott för löneavtal 2026–2028 som fördelas till nämnderna när avtalen är klara.")

    # --- table 5 ramförändringar (en dash)
    d.add_page()
    d.h1("Ramförändringar 2026")
    d.p("Tabellen visar hur nämndernas ramar har förändrats mellan budget 2025 och budget 2026. "
        "Effektiviseringskrav redovisas som negativa belopp.")
    d.caption("Tabell 5. Förändring av nämndernas budgetramar. Belopp i mnkr")
    rows = [["Nämnd", "Ram\n2025", "Pris- och\nlöneuppräkning", "Volym-\nförändring", "Effektivi-\nsering", "Ram\n2026"]]
    tot = [0] * 5
    for n, v, _ in S_NAMNDER:
        plu, vol, eff = S_RAM[n]
        vals = [v[1], plu, vol, eff, v[2]]
        tot = [a + b for a, b in zip(tot, vals)]
        rows.append([n] + [f1(x, neg="–") for x in vals])
    rows.append(["Summa"] + [f1(x, neg="–") for x in tot])
    d.table(rows, (50, 18, 34, 22, 22, 18), bold_rows=(len(rows) - 1,))
    d.p("Barn- och utbildningsnämnden har det största effektiviseringskravet i kronor räknat, 3,4 miljoner "
        "kronor, som bland annat ska nås genom samordning av skolskjutsar och en översyn av lokalanvändningen.")

    # --- table 6 landscape flerårsöversikt
    d.add_page(orientation="L")
    d.h1("Flerårsöversikt")
    d.caption("Tabell 6. Flerårsöversikt 2020–2028 (utfall 2020–2024, budget 2025–2026, plan 2027–2028)")
    years = list(range(2020, 2029))
    rows = [["Nyckeltal"] + [str(y) for y in years],
            ["Invånare 31 december"] + [grp(x) for x in S_POP],
            ["Skattesats, kr"] + S_SKATTESATS,
            ["Årets resultat, mnkr"] + [f1(x) for x in S_RES_HIST],
            ["Nettoinvesteringar, mnkr"] + [f1(x) for x in S_NETINV],
            ["Låneskuld, mnkr"] + [f1(x) for x in S_LAN],
            ["Soliditet inkl. pensionsåtaganden, %"] + [f1(x) for x in S_SOLID]]
    d.table(rows, [62] + [21] * 9)
    d.p("Befolkningssiffrorna för 2025–2028 är kommunens egen prognos. Låneskulden avser kommunen exklusive "
        "de kommunala bolagen.")

    # --- table 7 investeringar (tkr, over page break)
    d.add_page(orientation="P")
    d.h1("Investeringsbudget 2026–2028")
    d.p("Investeringsbudgeten omfattar totalt "
        f"{f1(round(sum(S_INV_TOT)/100))} miljoner kronor under planperioden. Den enskilt största investeringen är "
        "den nya förskolan i Värmlandsbro. Projekt som inte har påbörjats före den 30 juni 2026 ska prövas på "
        "nytt av kommunstyrelsen innan de startas.")
    d.p("Investeringar inom VA-verksamheten finansieras med taxor och påverkar inte skattekollektivet. "
        "Vattenverkets andra etapp omfattar ny filteranläggning och reservkraft.")
    d.caption("Tabell 7. Investeringsbudget per nämnd och projekt. Belopp i tkr")
    rows = [["Projekt", "Budget\n2026", "Plan\n2027", "Plan\n2028", "Totalt\n2026–2028"]]
    bold = []
    for sec, items in S_INV:
        rows.append([sec, "", "", "", ""]); bold.append(len(rows) - 1)
        for n, v in items:
            rows.append([n] + [f0(x) for x in v] + [f0(sum(v))])
        s = S_INV_SEC[sec]
        rows.append(["Summa " + sec.split(" (")[0].lower().replace("va-", "VA-")] + [f0(x) for x in s] + [f0(sum(s))])
        bold.append(len(rows) - 1)
    rows.append(["Summa investeringar"] + [f0(x) for x in S_INV_TOT] + [f0(sum(S_INV_TOT))])
    bold.append(len(rows) - 1)
    d.table(rows, (70, 23, 23, 23, 27), bold_rows=tuple(bold), size=9, line_height=6.4)

    # --- nämndernas uppdrag
    d.add_page()
    d.h1("Nämndernas uppdrag")
    d.h2("Kommunstyrelsen")
    d.p("Kommunstyrelsen leder och samordnar kommunens verksamhet. Kommundirektör är Henrik Öberg. Inom "
        "ramen finns 850 000 kronor för feriearbete, vilket ger cirka 170 ungdomar möjlighet till tre veckors "
        "sommarjobb. Kommunstyrelsen får också i uppdrag att under 2026 ta fram en ny näringslivsstrategi "
        "tillsammans med företagarföreningen i Säffle.")
    d.p("Bredbandsutbyggnaden på landsbygden slutförs 2027. Målet är att 98 procent av hushållen ska ha "
        "tillgång till minst 1 Gbit/s senast vid utgången av 2027.")
    d.h2("Barn- och utbildningsnämnden")
    d.p("Barn- och utbildningsnämnden ansvarar för förskola, grundskola, gymnasieskola och vuxenutbildning. "
        "Nämndens ordförande är Mikael Dahl (S) och förvaltningschef är Johanna Nordin. Under 2026 påbörjas "
        "byggnationen av förskolan i Värmlandsbro som ersätter de två tillfälliga paviljongerna vid "
        "Bäckens förskola. Den totala investeringen för byggnaden är 68,5 miljoner kronor.")
    d.p("Gymnasieskolan Herrhagsskolan har 2026 en budgeterad elevvolym på 512 elever. "
        "Interkommunala ersättningar för elever som väljer utbildning i andra kommuner budgeteras till 31,4 "
        "miljoner kronor.")
    d.add_page()
    d.h2("Socialnämnden")
    d.p("Socialnämnden ansvarar för äldreomsorg, stöd till personer med funktionsnedsättning, individ- och "
        "familjeomsorg samt hälso- och sjukvård i kommunens regi. Ordförande är Britt-Marie Åkesson (C). "
        "Antalet beviljade hemtjänsttimmar har ökat med 11 procent sedan 2023, och nämnden tillförs därför ett "
        "volymtillskott på 4,8 miljoner kronor.")
    d.p("Ombyggnaden av Furulunds äldreboende ger tolv nya platser för personer med demenssjukdom. "
        "Kostnaden för placeringar av barn och unga har under 2025 överstigit budget och nämnden ska ta fram en "
        "handlingsplan för att minska kostnaderna med 2,5 miljoner kronor till 2027.")
    d.h2("Kultur- och fritidsnämnden")
    d.p("Kultur- och fritidsnämnden ansvarar för bibliotek, kulturskola, badhus och stöd till föreningslivet. "
        "Föreningsbidragen uppgår 2026 till totalt 2,9 miljoner kronor. Biblioteket i Svanskog görs om till "
        "ett meröppet bibliotek under våren 2026.")
    d.h2("Miljö- och byggnadsnämnden")
    d.p("Miljö- och byggnadsnämnden handlägger bygglov och utför tillsyn inom miljö- och livsmedelsområdet. "
        "Ett nytt digitalt bygglovssystem införs 2026. Timavgiften för tillsyn höjs från 1 350 kronor till "
        "1 420 kronor.")
    d.add_page()
    d.h2("Tekniska nämnden")
    d.p("Tekniska nämnden ansvarar för gator, parker, kommunens fastigheter samt vatten och avlopp. "
        "Ordförande är Lars-Göran Berg (S). Kajrenoveringen i Säffle hamn genomförs 2026–2027. "
        "Gång- och cykelvägen mellan Säffle och Värmlandsbro beräknas vara klar hösten 2027.")
    d.p("VA-taxan höjs med 6 procent från den 1 januari 2026 för att finansiera vattenverkets andra etapp. "
        "För en normalvilla innebär det en ökning med cirka 590 kronor per år.")
    d.h2("Politisk verksamhet")
    d.p("Valnämndens budget ökar 2026 med anledning av de allmänna valen den 13 september 2026. "
        "Kommunfullmäktige har 41 ledamöter.")

    # --- table 8 borgen
    d.h1("Borgen och lånefullmakt")
    d.p("Kommunstyrelsen får under 2026 nyupplåna högst 60 miljoner kronor samt omsätta lån som förfaller. "
        "Kommunens borgensåtaganden för de helägda bolagen framgår av tabellen.")
    d.caption("Tabell 8. Borgensramar 2026. Belopp i mnkr")
    borg = [("Säffle Bostäder AB", 4200, 3875), ("Säffle Fjärrvärme AB", 950, 812),
            ("Säffle Industrifastigheter AB", 380, 341)]
    rows = [["Bolag", "Borgensram\n2026", "Utnyttjat\n30 sep 2025"]]
    for n, a, b in borg:
        rows.append([n, f1(a), f1(b)])
    rows.append(["Summa", f1(sum(x[1] for x in borg)), f1(sum(x[2] for x in borg))])
    d.table(rows, (70, 30, 30), bold_rows=(len(rows) - 1,))
    d.output(os.path.join(SD, "saffle_budget_2026.pdf"))
    return d.page_no()


# ====================================================================== Säffle html, docx, txt
CHROME_TOP = """<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>{title}</title>
<style>body{{font-family:Arial}} nav a{{margin:0 8px}} .cookie{{background:#eee;padding:8px}}</style>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}</script>
</head><body>
<div class="cookie" id="cookie-banner"><p>{cookie}</p><button>Godkänn alla kakor</button> <button>Endast nödvändiga</button></div>
<header><a href="/" class="logo">{site}</a>
<nav><ul>{menu}</ul></nav>
<form role="search"><input type="search" placeholder="Sök på webbplatsen"><button>Sök</button></form>
</header>
<div class="breadcrumb"><a href="/">Start</a> &gt; {crumb}</div>
<main>
"""
CHROME_BOTTOM = """</main>
<footer><div>{footer}</div>
<ul><li><a href="/tillganglighet">Tillgänglighetsredogörelse</a></li><li><a href="/personuppgifter">Behandling av personuppgifter</a></li><li><a href="/kakor">Om kakor</a></li></ul>
</footer></body></html>
"""


def saffle_html():
    menu = "".join(f'<li><a href="#">{m}</a></li>' for m in
                   ["Barn och utbildning", "Omsorg och hjälp", "Bygga, bo och miljö", "Kultur och fritid",
                    "Näringsliv och arbete", "Kommun och politik"])
    top = CHROME_TOP.format(title="Fullmäktige antog budget 2026 – Säffle kommun", site="Säffle kommun",
                            cookie="Vi använder kakor (cookies) för att förbättra webbplatsen. Läs mer om hur vi använder kakor.",
                            menu=menu, crumb="Kommun och politik &gt; Nyheter")
    inv26 = f1(round(S_INV_TOT[0] / 100))
    body = f"""<article>
<h1>Fullmäktige antog budget 2026 – satsning på förskola och äldreomsorg</h1>
<p class="date">Publicerad 25 november 2025</p>
<p class="ingress">Kommunfullmäktige i Säffle antog på måndagskvällen budgeten för 2026 med plan för 2027–2028. Skattesatsen lämnas oförändrad på 22,46 kronor och resultatet budgeteras till {f1(S_RES[2])} miljoner kronor.</p>
<p>Budgeten antogs efter en debatt som varade i nästan fyra timmar. Den styrande majoriteten av Socialdemokraterna och Centerpartiet fick stöd av Vänsterpartiet i den avgörande omröstningen, som slutade 23–18.</p>
<p>Nettoinvesteringarna uppgår 2026 till {inv26} miljoner kronor. Den största enskilda satsningen är den nya förskolan i Värmlandsbro, som beräknas kosta 68,5 miljoner kronor och ska vara klar till hösten 2027.</p>
<blockquote>– Vi tar ansvar för både ekonomin och välfärden. Att bygga en ny förskola samtidigt som vi håller skatten oförändrad är en tydlig signal om att vi tror på Säffle, säger Anneli Svensson (S), kommunstyrelsens ordförande.</blockquote>
<p>Moderaterna hade i sitt budgetförslag föreslagit en sänkning av skattesatsen med 20 öre och att förskolebygget skulle skjutas upp ett år.</p>
<blockquote>– Majoriteten lånar till investeringar i en takt som inte är hållbar. Låneskulden ökar med 90 miljoner kronor fram till 2027, säger Tomas Ek (M), oppositionsråd.</blockquote>
<p>Socialnämnden får 4,8 miljoner kronor extra för hemtjänsten, och 850 000 kronor avsätts till feriearbete för ungdomar sommaren 2026.</p>
<h2>Kontakt</h2>
<p>Sara Kjellberg, ekonomichef, telefon 0533-68 10 00</p>
</article>
<aside><h2>Relaterat</h2><ul><li><a href="#">Budget 2026 med plan 2027–2028 (pdf)</a></li><li><a href="#">Se sändningen från kommunfullmäktige</a></li></ul></aside>
"""
    bottom = CHROME_BOTTOM.format(footer="Säffle kommun, 661 80 Säffle. Besöksadress: Stadshuset, Kanalgatan 44. Telefon 0533-68 10 00. E-post: kommun@saffle.se")
    open(os.path.join(SD, "nyheter_budget2026_antagen.html"), "w", encoding="utf-8").write(top + body + bottom)


def saffle_docx():
    doc = docx.Document()
    doc.core_properties.created = FIXED.replace(tzinfo=None)
    doc.core_properties.modified = FIXED.replace(tzinfo=None)
    doc.core_properties.author = "Säffle kommun"
    doc.add_heading("Säffle kommun – Protokoll, Kommunstyrelsen", level=1)
    for t in ["Sammanträdesdatum: 2025-11-03",
              "Plats och tid: Stadshuset, sammanträdesrummet Byälven, klockan 13.00–16.20",
              "Beslutande: Anneli Svensson (S), ordförande; Tomas Ek (M), 1:e vice ordförande; Karin Nyqvist (C), "
              "2:e vice ordförande; Mikael Dahl (S); Britt-Marie Åkesson (C); Jonas Holm (SD); Eva Lindahl (V); "
              "Per Andersson (M); Lena Sjöberg (S); Fredrik Olsson (KD); Stig Rydén (S)",
              "Övriga närvarande: Henrik Öberg, kommundirektör; Sara Kjellberg, ekonomichef; Lena Broström, sekreterare",
              "Justerare: Tomas Ek (M)",
              "Justeringens plats och tid: Kommunledningskontoret 2025-11-06"]:
        doc.add_paragraph(t)
    doc.add_heading("§ 142 Budget 2026 med plan 2027–2028", level=2)
    doc.add_paragraph(f"Kommunstyrelsen föreslår kommunfullmäktige att fastställa budget 2026 med plan 2027–2028 "
                      f"enligt förslag, att skattesatsen för 2026 fastställs till oförändrat 22,46 kronor samt att "
                      f"kommunstyrelsen under 2026 får nyupplåna högst 60 miljoner kronor.")
    doc.add_paragraph("Reservation: Tomas Ek (M) och Per Andersson (M) reserverar sig mot beslutet till förmån för "
                      "Moderaternas eget budgetförslag.")
    doc.add_heading("§ 143 Tilläggsanslag för vinterväghållning", level=2)
    doc.add_paragraph("Tekniska nämnden har begärt tilläggsanslag för ökade kostnader för vinterväghållning efter "
                      "den snörika vintern 2024/2025. Kommunstyrelsen beslutar att bevilja tekniska nämnden 850 000 kronor "
                      "ur kommunstyrelsens anslag för oförutsedda behov. Efter beslutet återstår 1,4 miljoner kronor av "
                      "anslaget för 2025.")
    doc.add_heading("§ 144 Fördelning av medel ur landsbygdsutvecklingsfonden 2025", level=2)
    doc.add_paragraph("Kommunstyrelsen beslutar att fördela medel ur landsbygdsutvecklingsfonden enligt tabellen nedan. "
                      "Ansökan från Kila sockenråd avslås eftersom projektet inte är förenligt med fondens ändamål.")
    tbl = doc.add_table(rows=1, cols=4)
    tbl.style = "Table Grid"
    for c, t in zip(tbl.rows[0].cells, ["Sökande", "Ort", "Sökt belopp (kr)", "Beviljat belopp (kr)"]):
        c.text = t
    for n, o, a, b in S_FOND:
        cells = tbl.add_row().cells
        for c, t in zip(cells, [n, o, f0(a), f0(b)]):
            c.text = t
    cells = tbl.add_row().cells
    for c, t in zip(cells, ["Summa", "", f0(S_FOND_SUM[0]), f0(S_FOND_SUM[1])]):
        c.text = t
    doc.add_paragraph("")
    doc.add_heading("§ 145 Upphandling av förskola i Värmlandsbro", level=2)
    doc.add_paragraph("Kommunstyrelsen ger tekniska nämnden i uppdrag att genomföra upphandling av totalentreprenad för "
                      "den nya förskolan i Värmlandsbro. Anbud ska ha kommit in senast den 15 februari 2026. "
                      "Byggstart planeras till april 2026.")
    doc.add_heading("§ 146 Anmälan av delegationsbeslut", level=2)
    doc.add_paragraph("Förteckning över delegationsbeslut för perioden 1 september–15 oktober 2025 läggs till handlingarna.")
    doc.add_paragraph("Vid protokollet: Lena Broström. Ordförande: Anneli Svensson. Justerare: Tomas Ek.")
    doc.save(os.path.join(SD, "ks_protokoll_2025-11-03.docx"))


def saffle_txt():
    items = [(n, v[2]) for n, v, _ in S_POLITIK + S_NAMNDER]
    total = sum(v for _, v in items)
    lines = ["SÅ ANVÄNDS DIN SKATTEKRONA 2026 – SÄFFLE KOMMUN", "",
             "Av varje hundralapp du betalar i kommunalskatt till Säffle kommun går ungefär så här mycket till",
             "respektive verksamhet enligt budget 2026 (nämndernas nettokostnader):", ""]
    shares = {}
    groups = [("Äldreomsorg, funktionsstöd och socialtjänst (socialnämnden)", ["Socialnämnden"]),
              ("Förskola, skola och vuxenutbildning (barn- och utbildningsnämnden)", ["Barn- och utbildningsnämnden"]),
              ("Kommunstyrelsen (ledning, näringsliv, IT, räddningstjänst)", ["Kommunstyrelsen"]),
              ("Gator, parker och fastigheter (tekniska nämnden)", ["Tekniska nämnden"]),
              ("Kultur och fritid", ["Kultur- och fritidsnämnden"]),
              ("Miljö, bygg och politik", ["Miljö- och byggnadsnämnden", "Kommunfullmäktige", "Revision", "Valnämnd", "Överförmyndarnämnd"])]
    for g, names in groups:
        shares[g] = round(sum(v for n, v in items if n in names) / total * 100)
    for g, _ in groups:
        lines.append(f"  {g}: {shares[g]} kronor")
    lines += ["", f"Summa: {sum(shares.values())} kronor (avrundat)", "",
              "Skattesatsen i Säffle är 22,46 procent 2026. Den som tjänar 30 000 kronor i månaden betalar alltså",
              "ungefär 6 738 kronor i månaden i kommunalskatt (före avdrag). Därtill kommer skatt till Region Värmland.",
              "", "Frågor? Kontakta kommunens ekonomiavdelning via kommun@saffle.se.",
              "Uppdaterad: 2025-11-28"]
    open(os.path.join(SD, "skattekronan_2026.txt"), "w", encoding="utf-8").write("\n".join(lines) + "\n")
    return shares


# ====================================================================== Mönsterås delårsrapport
def monsteras_delar():
    d = Doc("Mönsterås kommun – Delårsrapport januari–augusti 2025")
    d.add_page()
    d.ln(50)
    d.set_font("DV", "B", 24)
    d.multi_cell(0, 12, "Mönsterås kommun")
    d.set_font("DV", "B", 17)
    d.multi_cell(0, 10, "Delårsrapport januari–augusti 2025")
    d.set_font("DV", "", 11)
    d.ln(3)
    d.multi_cell(0, 6, "Behandlad av kommunstyrelsen 30 september 2025, § 171\nGodkänd av kommunfullmäktige 27 oktober 2025")

    d.add_page()
    d.h1("Kommunstyrelsens ordförande har ordet")
    d.p(f"Periodens resultat blev {f1(M_RES[1])} miljoner kronor, vilket är något lägre än motsvarande period i fjol. "
        f"För helåret prognostiserar vi ett resultat på {f1(M_RES[3])} miljoner kronor, att jämföra med det budgeterade "
        f"resultatet på {f1(M_RES[2])} miljoner kronor. Det är glädjande, men bakom siffrorna döljer sig ett betydande "
        "underskott i både barn- och utbildningsnämnden och socialnämnden.")
    d.p("Under sommaren invigde vi den nya badplatsen i Timmernabben och bygget av förskolan i Timmernabben "
        "går enligt plan. Jag vill rikta ett stort tack till alla medarbetare.")
    d.p("Lars Ekström (C)\nKommunstyrelsens ordförande")
    d.h1("Väsentliga händelser")
    d.p("Den 1 mars 2025 tillträdde Camilla Nordh som ny kommundirektör efter Anders Lund som gått i pension. "
        "I maj beslutade kommunfullmäktige att ansluta kommunen till en gemensam räddningstjänst med "
        "Oskarshamns kommun från och med 1 januari 2026.")
    d.p("Kommunen fick i juni besked om ett statligt stöd på 3,2 miljoner kronor från Naturvårdsverket för "
        "våtmarksprojektet vid Emåns mynning. Projektet genomförs 2025–2027.")
    d.p("Den 30 juni 2025 hade Mönsterås kommun 13 374 invånare, en minskning med 7 personer sedan årsskiftet.")

    d.add_page()
    d.h1("Ekonomisk analys")
    d.p("Verksamhetens nettokostnader ökade med "
        f"{pct1((M_NETTO[1]/M_NETTO[0]-1)*100)} procent jämfört med samma period 2024, medan skatteintäkter och "
        f"generella statsbidrag ökade med {pct1(((M_SKATT[1]+M_BIDRAG[1])/(M_SKATT[0]+M_BIDRAG[0])-1)*100)} procent. "
        "Pensionskostnaderna blev lägre än beräknat till följd av en lägre inkomstbasbeloppsuppräkning. "
        "Skattesatsen 2025 är oförändrad, 22,36 kronor.")
    d.caption("Tabell 1. Resultaträkning. Belopp i mnkr")
    R = lambda v: f1(v)
    rows = [["", "Utfall\njan–aug 2024", "Utfall\njan–aug 2025", "Budget\n2025", "Prognos\n2025"],
            ["Verksamhetens intäkter"] + [R(v) for v in M_INT],
            ["Verksamhetens kostnader"] + [R(v) for v in M_KOST],
            ["Avskrivningar"] + [R(v) for v in M_AVS],
            ["Verksamhetens nettokostnader"] + [R(v) for v in M_NETTO],
            ["Skatteintäkter"] + [R(v) for v in M_SKATT],
            ["Generella statsbidrag och utjämning"] + [R(v) for v in M_BIDRAG],
            ["Verksamhetens resultat"] + [R(v) for v in M_VR],
            ["Finansiella intäkter"] + [R(v) for v in M_FI],
            ["Finansiella kostnader"] + [R(v) for v in M_FK],
            ["Periodens/årets resultat"] + [R(v) for v in M_RES]]
    d.table(rows, (58, 26, 26, 20, 20), bold_rows=(4, 7, 10))
    d.p("Finansnettot påverkas av högre räntekostnader efter nyupplåning på 40 miljoner kronor i april 2025. "
        "Kommunens låneskuld uppgick den 31 augusti 2025 till 465 miljoner kronor.")

    d.add_page()
    d.h1("Driftredovisning")
    d.p("Nämndernas sammanlagda prognos visar ett underskott mot budget. Avvikelsen beräknas som budget minus "
        "prognos; ett negativt belopp innebär att nämnden prognostiserar ett underskott.")
    d.caption("Tabell 2. Nettokostnad per nämnd. Belopp i mnkr")
    rows = [["Nämnd", "Budget\n2025", "Utfall\njan–aug 2025", "Prognos\n2025", "Avvikelse\nmot budget"]]
    for n, b, u, p in M_DRIFT:
        rows.append([n, f1(b), f1(u), f1(p), f1(b - p)])
    rows.append(["Summa nämnder", f1(M_DRIFT_SUM[0]), f1(M_DRIFT_SUM[1]), f1(M_DRIFT_SUM[2]),
                 f1(M_DRIFT_SUM[0] - M_DRIFT_SUM[2])])
    rows.append(["Finansförvaltning", f1(M_FINF[0]), f1(M_FINF[1]), f1(M_FINF[2]), f1(M_FINF[0] - M_FINF[2])])
    tb, tu, tp = -M_NETTO[2], -M_NETTO[1], -M_NETTO[3]
    rows.append(["Verksamhetens nettokostnad", f1(tb), f1(tu), f1(tp), f1(tb - tp)])
    d.table(rows, (60, 24, 28, 24, 26), bold_rows=(8, 10))
    d.p("Socialnämndens underskott förklaras främst av ökade kostnader för placeringar inom individ- och "
        "familjeomsorgen, som beräknas överskrida budget med 5,1 miljoner kronor. Barn- och "
        "utbildningsnämndens underskott beror på fler elever i grundsärskolan och ökade skolskjutskostnader.")
    d.p("Samhällsbyggnadsnämnden redovisar ett överskott tack vare lägre energikostnader i kommunens "
        "fastigheter. Ordförande i samhällsbyggnadsnämnden är Eva Strand (M).")

    d.add_page()
    d.h1("Investeringar")
    d.p(f"Nettoinvesteringarna uppgick under perioden till {f1(M_INV_SUM[1])} miljoner kronor. För helåret "
        f"prognostiseras investeringar på {f1(M_INV_SUM[2])} miljoner kronor, vilket är "
        f"{f1(M_INV_SUM[0]-M_INV_SUM[2])} miljoner kronor lägre än budget. Tillbyggnaden av Ålems skola har "
        "försenats på grund av överklagad upphandling.")
    d.caption("Tabell 3. Investeringar per projekt. Belopp i mnkr")
    rows = [["Projekt", "Budget\n2025", "Utfall\njan–aug 2025", "Prognos\n2025"]]
    for n, b, u, p in M_INV:
        rows.append([n, f1(b), f1(u), f1(p)])
    rows.append(["Summa", f1(M_INV_SUM[0]), f1(M_INV_SUM[1]), f1(M_INV_SUM[2])])
    d.table(rows, (70, 26, 30, 26), bold_rows=(len(rows) - 1,))
    d.h1("Personal")
    d.p("Antalet tillsvidareanställda uppgick den 31 augusti 2025 till 1 162 personer, varav 81 procent "
        "kvinnor. Sjukfrånvaron har minskat något jämfört med samma period föregående år.")
    d.caption("Tabell 4. Sjukfrånvaro i procent av ordinarie arbetstid")
    rows = [["Förvaltning", "Jan–aug\n2024", "Jan–aug\n2025"]] + [list(r) for r in M_SJUK]
    d.table(rows, (80, 30, 30), bold_rows=(len(rows) - 1,))

    d.add_page()
    d.h1("God ekonomisk hushållning")
    d.p("Kommunfullmäktige har fastställt målet att årets resultat ska uppgå till minst 2 procent av skatteintäkter "
        "och generella statsbidrag över en rullande femårsperiod. Med nuvarande prognos uppnås "
        f"{pct1(M_RES[3]/(M_SKATT[3]+M_BIDRAG[3])*100)} procent för 2025, vilket innebär att målet nås även för "
        "det enskilda året.")
    d.p("Kommunens soliditet inklusive hela pensionsåtagandet uppgick den 31 augusti 2025 till 41,2 procent.")
    d.output(os.path.join(MD, "delarsrapport_jan-aug_2025.pdf"))
    return d.page_no()


def monsteras_xlsx():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Befolkning"
    ws.append(["År", "Folkmängd 31 dec", "Födda", "Döda", "Inflyttade", "Utflyttade"])
    for (y, f, dd, i, u), p in zip(M_BEF, M_POP):
        ws.append([y, p, f, dd, i, u])
    for c in ws[1]:
        c.font = Font(bold=True)
    ws.column_dimensions["B"].width = 18
    ws2 = wb.create_sheet("Ekonomi")
    ws2.append(["År", "Skattesats (%)", "Årets resultat (mnkr)", "Nettoinvesteringar (mnkr)", "Soliditet inkl. pensioner (%)"])
    for r in M_EKO:
        ws2.append(list(r))
    for row in ws2.iter_rows(min_row=2):
        row[1].number_format = "0.00"
        for c in row[2:]:
            c.number_format = "0.0"
    for c in ws2[1]:
        c.font = Font(bold=True)
    wb.properties.created = FIXED.replace(tzinfo=None)
    wb.properties.modified = FIXED.replace(tzinfo=None)
    wb.save(os.path.join(MD, "monsteras_statistik_2020-2024.xlsx"))


def monsteras_html():
    menu = "".join(f'<li><a href="#">{m}</a></li>' for m in
                   ["Förskola och skola", "Omsorg och stöd", "Bo och bygga", "Trafik och infrastruktur",
                    "Uppleva och göra", "Kommun och politik"])
    top = CHROME_TOP.format(title="Nu startar bygget av förskolan i Timmernabben – Mönsterås kommun",
                            site="Mönsterås kommun",
                            cookie="Mönsterås kommun använder kakor för statistik och för att webbplatsen ska fungera. Du väljer själv vilka kakor du godkänner.",
                            menu=menu, crumb="Nyheter")
    body = """<article>
<h1>Nu startar bygget av förskolan i Timmernabben</h1>
<p class="date">2025-03-12</p>
<p class="ingress">På måndagen togs det första spadtaget för den nya förskolan i Timmernabben. Förskolan får fem avdelningar med plats för 100 barn och ska stå klar i augusti 2026.</p>
<p>Förskolan byggs av Kalmarsunds Bygg AB som vann upphandlingen i december. Den totala kostnaden för projektet beräknas till 46,2 miljoner kronor, varav 24 miljoner kronor belastar 2025 års investeringsbudget.</p>
<p>Den nya förskolan ersätter förskolorna Solrosen och Ekorren, som båda har stora renoveringsbehov. Byggnaden uppförs i trä och får solceller på taket.</p>
<blockquote>– Det här är en viktig dag för Timmernabben. Barnfamiljerna har väntat länge på en modern förskola, säger Maria Holm (M), ordförande i barn- och utbildningsnämnden.</blockquote>
<p>Under byggtiden stängs en del av Skolvägen för genomfartstrafik. Föräldrar ombeds använda den tillfälliga parkeringen vid idrottsplatsen.</p>
<p>Kontaktperson: Johan Wikström, projektledare, samhällsbyggnadsförvaltningen, telefon 0499-170 00.</p>
</article>
"""
    bottom = CHROME_BOTTOM.format(footer="Mönsterås kommun, Box 501, 383 25 Mönsterås. Telefon 0499-170 00. kommun@monsteras.se. Org.nr 212000-0795")
    open(os.path.join(MD, "nyhet_forskola_timmernabben.html"), "w", encoding="utf-8").write(top + body + bottom)


def monsteras_md():
    md = """# Kommunfullmäktige i korthet – 29 september 2025

Här sammanfattar vi de viktigaste besluten från kommunfullmäktiges sammanträde i Mönsterås den 29 september 2025. Protokollet justeras den 6 oktober och finns sedan i sin helhet på kommunens webbplats.

## Ny VA-taxa från 1 januari 2026

Fullmäktige beslutade att höja brukningsavgiften för vatten och avlopp med 8 procent. För en normalvilla (typhus A) innebär det att den årliga kostnaden ökar från 10 970 kronor till 11 850 kronor. Höjningen behövs för att finansiera den nya VA-ledningen mellan Pataholm och Ålem.

## Tilläggsanslag till socialnämnden

Socialnämnden beviljades ett tilläggsanslag på 1,2 miljoner kronor för 2025 för att täcka ökade kostnader för köpta platser inom LSS. Beslutet fattades efter votering med 24 röster mot 17.

## Motion om fler laddstolpar

En motion från Vänsterpartiet om att kommunen ska sätta upp 20 nya publika laddstolpar avslogs. Fullmäktige hänvisade till att samhällsbyggnadsnämnden redan har ett uppdrag att ta fram en laddinfrastrukturplan.

## Val

Johan Berg (SD) valdes till ny ersättare i miljö- och byggnadsnämnden efter Sofia Lindqvist (SD), som har flyttat från kommunen.

## Nästa sammanträde

Nästa sammanträde hålls den 27 oktober 2025 klockan 18.30 i Kulturhuset, Mönsterås. Då behandlas bland annat delårsrapporten för januari–augusti 2025.
"""
    open(os.path.join(MD, "kf_i_korthet_2025-09-29.md"), "w", encoding="utf-8").write(md)


def fix_zip(path):
    """Rewrite an OOXML zip with fixed timestamps so the output is byte-identical between runs."""
    import zipfile, re as _re
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = _re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>2025-11-26T09:00:00Z", data)
            zi = zipfile.ZipInfo(name, date_time=(2025, 11, 26, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


if __name__ == "__main__":
    os.makedirs(SD, exist_ok=True)
    os.makedirs(MD, exist_ok=True)
    n1 = saffle_budget()
    saffle_html(); saffle_docx(); sh = saffle_txt()
    n2 = monsteras_delar()
    monsteras_xlsx(); monsteras_html(); monsteras_md()
    fix_zip(os.path.join(SD, "ks_protokoll_2025-11-03.docx"))
    fix_zip(os.path.join(MD, "monsteras_statistik_2020-2024.xlsx"))
    print("budget pages", n1, "delår pages", n2, "shares", sh)
