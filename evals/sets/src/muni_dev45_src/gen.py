"""Deterministic generator for evals/corpora/dev-muni45 (Säter and Norberg).
Run from /work/main:  .venv/bin/python evals/sets/src/muni_dev45_src/gen.py"""
import os, io, zipfile, datetime
from fpdf import FPDF
import docx
from docx.shared import Pt
import openpyxl
from openpyxl.styles import Font

OUT = "evals/corpora/dev-muni45"
FONT = "/usr/share/fonts/truetype/dejavu/"
FIXED = datetime.datetime(2026, 11, 30, 12, 0, 0, tzinfo=datetime.timezone.utc)
ZIPDT = (2026, 11, 30, 12, 0, 0)


def r1(x):
    return round(x + 1e-9, 1) if x >= 0 else -round(-x + 1e-9, 1)


def fmt(x, dec=1, neg="-"):
    """Swedish number: space thousands, decimal comma; neg style '-', '–', '()'."""
    s = f"{abs(x):,.{dec}f}".replace(",", " ").replace(".", ",")
    if x < 0 and abs(x) >= 0.5 * 10 ** (-dec):
        if neg == "()":
            return f"({s})"
        if neg == "–":
            return "– " + s
        return "-" + s
    return s


# ---------------------------------------------------------------- PDF helpers
class Doc(FPDF):
    def __init__(self, head):
        super().__init__(format="A4")
        self.add_font("dv", "", FONT + "DejaVuSans.ttf")
        self.add_font("dv", "B", FONT + "DejaVuSans-Bold.ttf")
        self.add_font("dv", "I", FONT + "DejaVuSans-Oblique.ttf")
        self.set_auto_page_break(True, 20)
        self.set_creation_date(FIXED)
        self.head = head
        self.set_margins(20, 18, 20)

    def multi_cell(self, *a, **k):
        k.setdefault("new_x", "LMARGIN"); k.setdefault("new_y", "NEXT")
        return super().multi_cell(*a, **k)

    def header(self):
        if self.page_no() > 1:
            self.set_font("dv", "I", 8)
            self.cell(0, 5, self.head, align="L")
            self.ln(9)

    def footer(self):
        self.set_y(-14)
        self.set_font("dv", "", 8)
        self.cell(0, 6, f"Sida {self.page_no()}", align="C")

    def h1(self, t):
        self.set_font("dv", "B", 15)
        self.multi_cell(0, 8, t)
        self.ln(2)

    def h2(self, t):
        self.ln(2)
        self.set_font("dv", "B", 11.5)
        self.multi_cell(0, 7, t)
        self.ln(1)

    def p(self, t):
        self.set_font("dv", "", 9.5)
        self.multi_cell(0, 5, t)
        self.ln(2.5)

    def bullets(self, items):
        self.set_font("dv", "", 9.5)
        for it in items:
            self.multi_cell(0, 5, "• " + it)
            self.ln(1)
        self.ln(1.5)

    def table(self, widths, headers, rows, caption=None, bold=(), contcap=None, fs=8.5, note=None):
        """headers: list of header lines (lists of str). rows: list of lists; a row of length 1 is a section label."""
        def put_header():
            self.set_font("dv", "B", fs)
            for hl in headers:
                for i, c in enumerate(hl):
                    self.cell(widths[i], 5, c, align="L" if i == 0 else "R")
                self.ln(5)
            y = self.get_y()
            self.line(self.l_margin, y, self.l_margin + sum(widths), y)
            self.ln(1)
        if caption:
            self.set_font("dv", "I", 8.5)
            self.cell(0, 5, caption)
            self.ln(6)
        put_header()
        for r in rows:
            if self.get_y() + 6 > self.page_break_trigger:
                self.add_page(orientation=self.cur_orientation)
                if contcap:
                    self.set_font("dv", "I", 8.5)
                    self.cell(0, 5, contcap)
                    self.ln(6)
                put_header()
            if len(r) == 1:
                self.set_font("dv", "B", fs)
                self.cell(sum(widths), 5.5, r[0])
                self.ln(5.5)
                continue
            self.set_font("dv", "B" if r[0] in bold else "", fs)
            for i, c in enumerate(r):
                self.cell(widths[i], 5.5, c, align="L" if i == 0 else "R")
            self.ln(5.5)
        if note:
            self.ln(1)
            self.set_font("dv", "I", 7.5)
            for n in note:
                self.multi_cell(0, 4, n)
        self.ln(3)


def fix_zip(path, core=None):
    """Rewrite an OOXML zip with fixed timestamps/order (and optional core.xml)."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if core and name == "docProps/core.xml":
                data = core.encode("utf-8")
            zi = zipfile.ZipInfo(name, ZIPDT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def core_xml(title, creator):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:title>{title}</dc:title><dc:creator>{creator}</dc:creator><cp:lastModifiedBy>{creator}</cp:lastModifiedBy>'
            '<cp:revision>1</cp:revision>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2026-11-30T12:00:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-11-30T12:00:00Z</dcterms:modified>'
            '</cp:coreProperties>')


def html_page(muni, title, nav, body, footer):
    navh = "".join(f'<li><a href="#">{n}</a></li>' for n in nav)
    return f"""<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>{title} - {muni}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{{font-family:Arial,sans-serif}} table{{border-collapse:collapse}} td,th{{border:1px solid #ccc;padding:4px}}</style>
</head>
<body>
<div id="cookie-banner" class="cookie">
<p>Vi använder kakor (cookies) för att webbplatsen ska fungera och för att förbättra din upplevelse. <a href="#">Läs mer om kakor</a></p>
<button>Godkänn alla kakor</button> <button>Endast nödvändiga</button>
</div>
<header>
<a class="logo" href="#">{muni}</a>
<nav aria-label="Huvudmeny"><ul>{navh}</ul></nav>
<form role="search"><input type="search" placeholder="Sök på webbplatsen"><button>Sök</button></form>
</header>
<main>
{body}
</main>
<footer>
{footer}
</footer>
</body>
</html>
"""


# ====================================================================== SÄTER
def sater():
    d = os.path.join(OUT, "sater")
    os.makedirs(d, exist_ok=True)
    INV = 11050
    years = ["Bokslut 2025", "Budget 2026", "Prognos 2026", "Budget 2027", "Plan 2028", "Plan 2029"]
    intak = [168.4, 160.2, 171.0, 172.5, 175.1, 178.0]
    kost = [-936.8, -958.0, -975.3, -991.6, -1012.4, -1034.0]
    avskr = [-31.2, -33.5, -33.0, -36.8, -39.1, -41.0]
    netto = [r1(a + b + c) for a, b, c in zip(intak, kost, avskr)]
    skatt = [585.3, 604.8, 601.2, 624.5, 645.0, 666.3]
    gsb = [236.9, 240.1, 242.6, 249.8, 251.2, 254.0]
    vres = [r1(a + b + c) for a, b, c in zip(netto, skatt, gsb)]
    fint = [3.1, 2.5, 2.8, 2.4, 2.4, 2.4]
    fkost = [-5.4, -6.8, -7.2, -7.9, -8.6, -9.3]
    res = [r1(a + b + c) for a, b, c in zip(vres, fint, fkost)]
    andel = [r1(100 * r / (s + g)) for r, s, g in zip(res, skatt, gsb)]

    # driftbudget per nämnd (mnkr)
    nam = [("Kommunstyrelsen", 98.4, 101.2), ("Barn- och utbildningsnämnden", 352.6, 361.9),
           ("Socialnämnden", 318.7, 333.0), ("Samhällsbyggnadsnämnden", 41.3, 40.6),
           ("Kultur- och fritidsnämnden", 22.9, 22.4), ("Revisionen", 1.6, 1.7), ("Valnämnden", 1.1, 0.2)]
    sum26 = r1(sum(n[1] for n in nam)); sum27 = r1(sum(n[2] for n in nam))
    fin26 = r1(-netto[1] - sum26); fin27 = r1(-netto[3] - sum27)

    # investeringar (tkr)
    inv = [
        ["Kommunstyrelsen"],
        ["IT-infrastruktur och digitalisering", 3200, 2800, 2800],
        ["Fordon och maskiner", 1500, 1500, 1500],
        ["Energieffektivisering kommunala fastigheter", 6000, 5000, 5000],
        ["Ny förskola Skönvik", 38500, 42000, 6000],
        ["Ombyggnad Säters simhall", 12000, 18500, 0],
        ["Tak och ventilation Kyrkskolan", 7800, 0, 0],
        ["Markförvärv verksamhetsområde Bergsgården", 2500, 0, 0],
        ["Samhällsbyggnadsnämnden"],
        ["Gatubelysning, byte till LED", 2400, 2400, 2000],
        ["Beläggningsunderhåll gator", 5500, 5500, 5500],
        ["Gång- och cykelväg Säter–Stora Skedvi", 9000, 4000, 0],
        ["Trafiksäkerhetsåtgärder skolvägar", 1200, 800, 800],
        ["Lekplatser och parker", 1000, 1000, 1000],
        ["Barn- och utbildningsnämnden"],
        ["Inventarier ny förskola Skönvik", 0, 2500, 0],
        ["Digitala lärverktyg", 1800, 1800, 1800],
        ["Skolgårdar", 1500, 1000, 1000],
        ["Socialnämnden"],
        ["Välfärdsteknik", 2100, 1500, 1500],
        ["Inventarier särskilt boende Solgården", 900, 600, 600],
        ["Digitala trygghetslarm", 800, 0, 0],
        ["Kultur- och fritidsnämnden"],
        ["Konstgräsplan Säters IP", 0, 6500, 0],
        ["Upprustning Säterdalen friluftsområde", 1200, 800, 500],
        ["Meröppet bibliotek Gustafs", 450, 0, 0],
    ]
    inv_rows, cur, subs, tot = [], None, [], [0, 0, 0]
    def close():
        if cur:
            inv_rows.append([f"Summa {cur[0].lower()}"] + [fmt(v, 0) for v in cur[1]] + [fmt(sum(cur[1]), 0)])
    for r in inv:
        if len(r) == 1:
            close(); cur = (r[0], [0, 0, 0]); inv_rows.append([r[0]]); continue
        for i in range(3):
            cur[1][i] += r[i + 1]; tot[i] += r[i + 1]
        inv_rows.append([r[0]] + [fmt(v, 0) for v in r[1:]] + [fmt(sum(r[1:]), 0)])
    close()
    inv_rows.append(["Totalt nettoinvesteringar"] + [fmt(v, 0) for v in tot] + [fmt(sum(tot), 0)])
    inv27_mnkr = tot[0] / 1000

    pdf = Doc("Säters kommun – Mål och budget 2027 med plan 2028–2029")
    pdf.add_page()
    pdf.ln(50)
    pdf.set_font("dv", "B", 26); pdf.multi_cell(0, 12, "Säters kommun", align="C")
    pdf.set_font("dv", "B", 20); pdf.multi_cell(0, 11, "Mål och budget 2027", align="C")
    pdf.set_font("dv", "", 14); pdf.multi_cell(0, 9, "med plan för 2028–2029", align="C")
    pdf.ln(20); pdf.set_font("dv", "", 10)
    pdf.multi_cell(0, 6, "Antagen av kommunfullmäktige 2026-11-24, § 121", align="C")
    pdf.multi_cell(0, 6, "Diarienummer KS 2026/0412", align="C")

    pdf.add_page(); pdf.h1("Innehåll")
    pdf.set_font("dv", "", 10)
    for t, pg in [("Kommunstyrelsens ordförande har ordet", 3), ("Vision och mål", 4), ("Omvärld och befolkning", 5),
                  ("Ekonomiska förutsättningar", 6), ("Effektiviseringar 2027", 7), ("Nämndernas uppdrag", 8),
                  ("Resultatbudget", 9), ("Balansbudget", 10), ("Driftbudget per nämnd", 11),
                  ("Investeringsbudget", 12), ("Noter", 14), ("Låneram och borgen", 15)]:
        pdf.cell(150, 7, t); pdf.cell(0, 7, str(pg), align="R"); pdf.ln(7)

    pdf.add_page(); pdf.h1("Kommunstyrelsens ordförande har ordet")
    pdf.p("Säter är en kommun med stora kvaliteter: närheten till Falun och Borlänge, en levande småstadsmiljö och en natur som få andra kan erbjuda. Samtidigt står vi, precis som resten av Sveriges kommuner, inför ekonomiska utmaningar. Andelen äldre ökar, kostnaderna för pensioner och lokaler stiger och skatteintäkterna växer inte i samma takt som behoven.")
    pdf.p("Med den här budgeten prioriterar vi kärnverksamheterna. Skattesatsen lämnas oförändrad på 22,61 kronor per skattekrona. Vi tillför socialnämnden 4,7 miljoner kronor för att stärka bemanningen i hemtjänsten, där behoven har ökat kraftigt de senaste två åren.")
    pdf.p("Samtidigt behöver nämnderna genomföra effektiviseringar om sammanlagt 14,3 miljoner kronor under 2027. Det är nödvändigt för att vi ska nå ett resultat som ger utrymme för framtida investeringar och för att vi inte ska skjuta kostnader framför oss till kommande generationer.")
    pdf.p("Vi avsätter 700 000 kronor för avgiftsfria sommarlovsaktiviteter för barn och unga. Under mandatperioden bygger vi också en ny förskola i Skönvik som ersätter tre tillfälliga paviljonger, och vi rustar upp Säters simhall.")
    pdf.p(f"Budgeten för 2027 ger ett resultat på {fmt(res[3])} miljoner kronor, vilket motsvarar {fmt(andel[3])} procent av skatteintäkter och generella statsbidrag. Det är i nivå med vårt finansiella mål.")
    pdf.p("Jag vill tacka alla medarbetare och förtroendevalda som bidragit i budgetarbetet.")
    pdf.set_font("dv", "B", 9.5); pdf.multi_cell(0, 5, "Stefan Berglund (S)")
    pdf.set_font("dv", "", 9.5); pdf.multi_cell(0, 5, "Kommunstyrelsens ordförande")

    pdf.add_page(); pdf.h1("Vision och mål")
    pdf.p("Visionen för Säters kommun är: ”Säter – en trygg och levande kommun i hjärtat av Dalarna”. Visionen bryts ned i fyra kommunövergripande mål som gäller för mandatperioden 2027–2030.")
    pdf.h2("Mål 1: Fler i arbete och egen försörjning")
    pdf.p("Andelen invånare i åldern 20–64 år som har förvärvsarbete ska öka. Kommunen ska erbjuda minst 60 feriearbeten för ungdomar varje sommar.")
    pdf.h2("Mål 2: Alla barn och elever ska lyckas i skolan")
    pdf.p("Andelen elever i årskurs 9 som är behöriga till gymnasieskolans yrkesprogram ska öka till minst 85 procent år 2029. Utfallet våren 2026 var 79,4 procent.")
    pdf.h2("Mål 3: En hållbar kommun")
    pdf.p("Koldioxidutsläppen från kommunens egna fordon ska minska med 30 procent till år 2030 jämfört med 2020. Andelen ekologiska livsmedel i de offentliga måltiderna ska vara minst 40 procent.")
    pdf.h2("Mål 4: God ekonomisk hushållning")
    pdf.p("Årets resultat ska uppgå till minst 1,5 procent av skatteintäkter och generella statsbidrag sett över en rullande femårsperiod. Investeringarna ska på sikt finansieras med egna medel till minst 70 procent (självfinansieringsgrad).")
    pdf.p("Kommunfullmäktige följer upp målen i delårsrapporten och årsredovisningen.")

    pdf.add_page(); pdf.h1("Omvärld och befolkning")
    pdf.p("Svensk ekonomi har under 2026 återhämtat sig efter några år av hög inflation och stigande räntor. Sveriges Kommuner och Regioner (SKR) bedömer att skatteunderlaget växer med 4,1 procent 2027, vilket är något svagare än under 2026.")
    pdf.p(f"Den 31 december 2025 hade Säters kommun {fmt(INV, 0)} invånare. Befolkningen har varit i stort sett oförändrad under de senaste fem åren, men sammansättningen förändras. Antalet invånare som är 80 år eller äldre förväntas öka med cirka 25 procent fram till 2032.")
    pdf.p("Antalet barn i förskoleåldern bedöms vara stabilt, medan antalet elever i grundskolans högstadium minskar något efter 2028. Budgeten bygger på ett oförändrat invånarantal under planperioden.")
    pdf.p(f"Beräkningen av kronor per invånare i driftbudgeten utgår från folkmängden {fmt(INV, 0)} invånare den 31 december 2025.")

    pdf.add_page(); pdf.h1("Ekonomiska förutsättningar")
    pdf.p("Budgeten bygger på SKR:s skatteunderlagsprognos från oktober 2026. Den kommunala skattesatsen för 2027 är 22,61 kronor, oförändrad sedan 2023.")
    pdf.p(f"Skatteintäkter och generella statsbidrag beräknas till sammanlagt {fmt(skatt[3] + gsb[3])} miljoner kronor 2027. Verksamhetens nettokostnader beräknas öka med {fmt(-netto[3] + netto[1])} miljoner kronor jämfört med budget 2026.")
    pdf.p("Pensionskostnaderna ökar med 6,2 miljoner kronor 2027, främst till följd av det nya pensionsavtalet. Löneökningar har beräknats med 3,2 procent för 2027 och 3,0 procent per år för planåren.")
    pdf.p("Räntekostnaderna ökar när låneskulden växer i takt med investeringarna. En genomsnittlig låneränta om 3,1 procent har antagits för 2027.")

    pdf.add_page(); pdf.h1("Effektiviseringar 2027")
    pdf.p("För att nå det finansiella målet har kommunstyrelsen fördelat ett effektiviseringskrav mellan nämnderna. Kravet är beräknat i förhållande till nämndernas nettokostnad och uppgår till sammanlagt 14,3 miljoner kronor.")
    eff = [("Barn- och utbildningsnämnden", 5.6), ("Socialnämnden", 4.9), ("Kommunstyrelsen", 2.1),
           ("Samhällsbyggnadsnämnden", 1.2), ("Kultur- och fritidsnämnden", 0.5)]
    pdf.table([100, 40], [["Nämnd", "Effektivisering, mnkr"]],
              [[n, fmt(v)] for n, v in eff] + [["Summa", fmt(sum(v for _, v in eff))]],
              caption="Tabell 1. Effektiviseringskrav per nämnd 2027", bold=("Summa",))
    pdf.p("Barn- och utbildningsnämnden planerar bland annat att samordna skolskjutsarna och se över lokalutnyttjandet i Stora Skedvi. Socialnämnden ska minska kostnaderna för externa placeringar genom att bygga ut öppenvården på hemmaplan.")
    pdf.p("Kultur- och fritidsnämnden minskar öppettiderna på fritidsgården Magasinet under sommarmånaderna. Ingen av nämnderna planerar uppsägningar; effektiviseringarna ska i första hand nås genom naturliga avgångar.")

    pdf.add_page(); pdf.h1("Nämndernas uppdrag")
    pdf.h2("Kommunstyrelsen")
    pdf.p("Kommunstyrelsen ansvarar för ledning, samordning och uppsikt över nämnderna, samt för kommunens fastigheter, näringslivsarbete och IT. Under 2027 ska en ny lokalförsörjningsplan tas fram.")
    pdf.h2("Barn- och utbildningsnämnden")
    pdf.p("Nämnden ansvarar för förskola, grundskola, fritidshem, gymnasieskola och vuxenutbildning. Gymnasieeleverna går till största delen i Borlänge och Falun genom samverkansavtal.")
    pdf.h2("Socialnämnden")
    pdf.p("Socialnämnden ansvarar för äldreomsorg, stöd till personer med funktionsnedsättning och individ- och familjeomsorg. Tillskottet till hemtjänsten motsvarar cirka åtta årsarbetare.")
    pdf.h2("Samhällsbyggnadsnämnden")
    pdf.p("Nämnden ansvarar för gator, parker, plan- och bygglov samt miljö- och hälsoskydd. Vatten och avlopp drivs av det kommunala bolaget Säters Vatten AB och ingår inte i kommunens budget.")
    pdf.h2("Kultur- och fritidsnämnden")
    pdf.p("Nämnden ansvarar för bibliotek, kulturskola, fritidsgårdar, idrottsanläggningar och föreningsbidrag.")

    # landscape resultatbudget
    pdf.add_page(orientation="L"); pdf.h1("Resultatbudget")
    rb = [["Verksamhetens intäkter", "1"] + [fmt(v) for v in intak],
          ["Verksamhetens kostnader", "2"] + [fmt(v) for v in kost],
          ["Avskrivningar", "3"] + [fmt(v) for v in avskr],
          ["Verksamhetens nettokostnader", ""] + [fmt(v) for v in netto],
          ["Skatteintäkter", "4"] + [fmt(v) for v in skatt],
          ["Generella statsbidrag och utjämning", "4"] + [fmt(v) for v in gsb],
          ["Verksamhetens resultat", ""] + [fmt(v) for v in vres],
          ["Finansiella intäkter", ""] + [fmt(v) for v in fint],
          ["Finansiella kostnader", "5"] + [fmt(v) for v in fkost],
          ["Resultat efter finansiella poster", ""] + [fmt(v) for v in res],
          ["Årets resultat", ""] + [fmt(v) for v in res],
          ["Årets resultat i % av skatter och statsbidrag", ""] + [fmt(v) for v in andel]]
    pdf.table([95, 12, 28, 28, 28, 28, 28, 28],
              [["", "", "Bokslut", "Budget", "Prognos", "Budget", "Plan", "Plan"],
               ["Belopp i mnkr", "Not", "2025", "2026", "2026", "2027", "2028", "2029"]],
              rb, bold=("Verksamhetens nettokostnader", "Verksamhetens resultat", "Årets resultat"), fs=9,
              note=["Prognos 2026 avser prognosen i delårsrapporten per den 31 augusti 2026."])

    pdf.add_page(orientation="P"); pdf.h1("Balansbudget")
    ek = [402.5]
    ek.append(r1(ek[0] + res[2] + res[3])); ek.append(r1(ek[1] + res[4])); ek.append(r1(ek[2] + res[5]))
    mat = [712.4, 781.0, 820.5, 851.3]; fin = [38.6, 38.6, 38.6, 38.6]; oms = [142.7, 118.3, 112.0, 109.4]
    st = [r1(a + b + c) for a, b, c in zip(mat, fin, oms)]
    avs = [41.2, 43.0, 44.1, 45.3]; kort = [168.0, 172.0, 175.0, 178.0]
    lang = [r1(t - e - a - k) for t, e, a, k in zip(st, ek, avs, kort)]
    bb = [["Tillgångar"],
          ["Materiella anläggningstillgångar"] + [fmt(v) for v in mat],
          ["Finansiella anläggningstillgångar"] + [fmt(v) for v in fin],
          ["Omsättningstillgångar"] + [fmt(v) for v in oms],
          ["Summa tillgångar"] + [fmt(v) for v in st],
          ["Eget kapital, avsättningar och skulder"],
          ["Eget kapital"] + [fmt(v) for v in ek],
          ["Avsättningar för pensioner"] + [fmt(v) for v in avs],
          ["Långfristiga skulder"] + [fmt(v) for v in lang],
          ["Kortfristiga skulder"] + [fmt(v) for v in kort],
          ["Summa eget kapital, avsättningar och skulder"] + [fmt(v) for v in st]]
    pdf.table([86, 21, 21, 21, 21], [["", "Bokslut", "Budget", "Plan", "Plan"], ["Belopp i mnkr", "2025", "2027", "2028", "2029"]], bb,
              bold=("Summa tillgångar", "Summa eget kapital, avsättningar och skulder"), fs=8.2)
    sol = [r1(100 * e / t) for e, t in zip(ek, st)]
    pdf.p(f"Soliditeten, det vill säga eget kapital i förhållande till totala tillgångar, beräknas till {fmt(sol[1])} procent vid utgången av 2027. Pensionsförpliktelser intjänade före 1998 redovisas som ansvarsförbindelse och uppgår till 214,6 miljoner kronor.")

    pdf.add_page(); pdf.h1("Driftbudget per nämnd")
    dr = []
    for n, a, b in nam:
        dr.append([n, fmt(a), fmt(b), fmt(r1(b - a)), fmt(100 * (b - a) / a), fmt(b * 1e6 / INV, 0)])
    dr.append(["Summa nämnder", fmt(sum26), fmt(sum27), fmt(r1(sum27 - sum26)), fmt(100 * (sum27 - sum26) / sum26), fmt(sum27 * 1e6 / INV, 0)])
    dr.append(["Finansförvaltning och gemensamma poster", fmt(fin26), fmt(fin27), fmt(r1(fin27 - fin26)), "", ""])
    dr.append(["Verksamhetens nettokostnader", fmt(-netto[1]), fmt(-netto[3]), fmt(r1(-netto[3] + netto[1])), fmt(100 * (netto[1] - netto[3]) / -netto[1]), fmt(-netto[3] * 1e6 / INV, 0)])
    pdf.p("Tabellen visar nämndernas nettokostnad (kommunbidrag). Beloppen är angivna i miljoner kronor, utom kolumnen kronor per invånare.")
    pdf.table([62, 19, 19, 21, 21, 28],
              [["", "Budget", "Budget", "Förändring", "Förändring", "Kr per invånare"],
               ["Nämnd (mnkr)", "2026", "2027", "mnkr", "%", "2027"]],
              dr, bold=("Summa nämnder", "Verksamhetens nettokostnader"), fs=8,
              note=["Kommunbidraget till socialnämnden inkluderar tillskottet om 4,7 mnkr till hemtjänsten.",
                    "Valnämndens budget 2026 omfattar de allmänna valen i september 2026."])

    pdf.add_page(); pdf.h1("Investeringsbudget")
    pdf.p(f"Investeringsbudgeten för 2027 uppgår till {fmt(r1(inv27_mnkr))} miljoner kronor. Den största enskilda investeringen är den nya förskolan i Skönvik med plats för 120 barn, som beräknas stå klar i augusti 2028. Den totala projektbudgeten för förskolan är 86,5 miljoner kronor.")
    pdf.p("Ombyggnaden av Säters simhall omfattar ny reningsanläggning, nya omklädningsrum och tillgänglighetsanpassning. Simhallen beräknas vara stängd från september 2027 till och med augusti 2028.")
    pdf.p("Investeringar i vatten och avlopp görs av det kommunala bolaget och ingår inte i tabellen. Investeringarna finansieras med avskrivningsmedel, årets resultat och nyupplåning.")
    pdf.p("Samtliga belopp i investeringsbudgeten anges i tusental kronor (tkr). Projekt som sträcker sig över flera år redovisas med belopp per år.")
    pdf.p("Kommunstyrelsen har rätt att omfördela medel mellan projekt inom samma nämnd med högst 2 miljoner kronor per projekt. Större omfördelningar beslutas av kommunfullmäktige.")
    pdf.ln(20)
    pdf.table([92, 20, 20, 20, 18],
              [["Projekt (tkr)", "Budget 2027", "Plan 2028", "Plan 2029", "Summa"]],
              inv_rows, caption="Tabell 5. Investeringsbudget 2027–2029, belopp i tkr",
              contcap="Tabell 5. Investeringsbudget 2027–2029, belopp i tkr (forts.)",
              bold=tuple(r[0] for r in inv_rows if r[0].startswith("Summa") or r[0].startswith("Totalt")), fs=8)

    pdf.add_page(); pdf.h1("Noter")
    pdf.p("Not 1. Verksamhetens intäkter omfattar taxor, avgifter, hyror, försäljning och riktade statsbidrag.")
    pdf.p("Not 2. I verksamhetens kostnader ingår personalkostnader om 612,4 miljoner kronor 2027.")
    pdf.p("Not 3. Avskrivningar beräknas enligt komponentavskrivning. Den nya förskolan i Skönvik börjar skrivas av 2028.")
    pdf.p("Not 4. Skatteintäkter och generella statsbidrag bygger på SKR:s prognos från oktober 2026 (cirkulär 26:41).")
    pdf.p("Not 5. Finansiella kostnader avser främst räntor på lån hos Kommuninvest samt ränta på pensionsskulden.")

    pdf.add_page(); pdf.h1("Låneram och borgen")
    pdf.p("Kommunfullmäktige fastställer att kommunens låneram för 2027 uppgår till 420 miljoner kronor. Låneskulden beräknas vid utgången av 2026 uppgå till 336 miljoner kronor.")
    pdf.p("Borgensramen för de kommunala bolagen fastställs till 610 miljoner kronor, varav 480 miljoner kronor avser Säterbostäder AB och 130 miljoner kronor avser Säters Vatten AB.")
    pdf.p("Kommunstyrelsen ges i uppdrag att under 2027 ta fram en ny finanspolicy.")
    pdf.output(os.path.join(d, "mal-och-budget-2027.pdf"))

    # ---------------- delårsrapport 2026
    pdf = Doc("Säters kommun – Delårsrapport januari–augusti 2026")
    pdf.add_page(); pdf.ln(45)
    pdf.set_font("dv", "B", 24); pdf.multi_cell(0, 12, "Delårsrapport", align="C")
    pdf.set_font("dv", "", 14); pdf.multi_cell(0, 9, "Säters kommun, januari–augusti 2026", align="C")
    pdf.ln(10); pdf.set_font("dv", "", 10); pdf.multi_cell(0, 6, "Behandlad av kommunstyrelsen 2026-10-06", align="C")
    pdf.add_page(); pdf.h1("Sammanfattning")
    pdf.p("Resultatet för perioden januari–augusti 2026 uppgick till 18,6 miljoner kronor. Motsvarande period 2025 var resultatet 24,9 miljoner kronor.")
    pdf.p(f"Prognosen för helåret är ett resultat om {fmt(res[2])} miljoner kronor, vilket är {fmt(r1(res[1] - res[2]))} miljoner kronor lägre än budget. Avvikelsen beror främst på socialnämnden, där kostnaderna för hemtjänst och placeringar av barn och unga har ökat.")
    pdf.p("Nettoinvesteringarna uppgick till 31,7 miljoner kronor för perioden, mot en budget för helåret på 74,0 miljoner kronor. Flera projekt har förskjutits till 2027.")
    pdf.p("Sjukfrånvaron bland kommunens medarbetare var 7,4 procent under perioden, jämfört med 7,9 procent motsvarande period föregående år. Antalet tillsvidareanställda var 824 den 31 augusti 2026.")
    pdf.h2("Väsentliga händelser")
    pdf.bullets(["I mars 2026 beslutade kommunfullmäktige om att bygga en ny förskola i Skönvik.",
                 "Socialnämnden har under våren fått ett tillfälligt statsbidrag för äldreomsorgen om 3,2 miljoner kronor.",
                 "Valet den 13 september 2026 genomfördes med ett valdeltagande i kommunvalet på 84,1 procent."])
    pdf.add_page(); pdf.h1("Nämndernas prognos")
    pr = [("Kommunstyrelsen", 98.4, 97.1), ("Barn- och utbildningsnämnden", 352.6, 354.8), ("Socialnämnden", 318.7, 328.5),
          ("Samhällsbyggnadsnämnden", 41.3, 40.2), ("Kultur- och fritidsnämnden", 22.9, 22.6), ("Revisionen", 1.6, 1.6),
          ("Valnämnden", 1.1, 1.1)]
    rows = [[n, fmt(b), fmt(p), fmt(r1(b - p))] for n, b, p in pr]
    sb = r1(sum(x[1] for x in pr)); sp = r1(sum(x[2] for x in pr))
    rows.append(["Summa nämnder", fmt(sb), fmt(sp), fmt(r1(sb - sp))])
    pdf.table([80, 28, 28, 28], [["Nämnd", "Budget 2026", "Prognos 2026", "Avvikelse"]], rows,
              caption="Tabell 2. Nämndernas nettokostnad och prognos för helåret, mnkr", bold=("Summa nämnder",),
              note=["Negativt värde i kolumnen Avvikelse innebär att nämnden prognostiserar ett underskott."])
    pdf.p("Socialnämnden prognostiserar ett underskott om 9,8 miljoner kronor. Nämnden har beslutat om en åtgärdsplan som bland annat innebär anställningsstopp för administrativ personal.")
    pdf.p("Barn- och utbildningsnämndens underskott förklaras av fler elever i behov av särskilt stöd samt ökade kostnader för skolskjuts.")
    pdf.add_page(); pdf.h1("Personal")
    pdf.table([80, 30, 30], [["Personalnyckeltal", "31 aug 2025", "31 aug 2026"]],
              [["Tillsvidareanställda, antal", "811", "824"], ["Visstidsanställda, antal", "143", "128"],
               ["Sjukfrånvaro, %", "7,9", "7,4"], ["Andel heltidsanställda, %", "82,5", "85,1"]],
              caption="Tabell 3. Personalnyckeltal")
    pdf.p("Arbetet med heltid som norm fortsätter och andelen heltidsanställda har ökat med 2,6 procentenheter på ett år.")
    pdf.output(os.path.join(d, "delarsrapport-jan-aug-2026.pdf"))

    # ---------------- HTML
    skatt100 = [("Förskola och skola", 42), ("Äldreomsorg", 21), ("Stöd till personer med funktionsnedsättning", 9),
                ("Individ- och familjeomsorg", 7), ("Gator, parker och samhällsbyggnad", 6), ("Kultur och fritid", 3),
                ("Räddningstjänst", 3), ("Politik, administration och övrigt", 9)]
    assert sum(v for _, v in skatt100) == 100
    trs = "\n".join(f"<tr><td>{n}</td><td>{v}</td></tr>" for n, v in skatt100)
    body = f"""<nav class="breadcrumbs"><a href="#">Start</a> &gt; <a href="#">Kommun och politik</a> &gt; <a href="#">Ekonomi</a> &gt; Så används din skatt</nav>
<article>
<h1>Så används din skatt</h1>
<p class="ingress">Kommunalskatten är kommunens viktigaste inkomstkälla. Här kan du se hur varje hundralapp i skatt fördelas mellan kommunens verksamheter 2027.</p>
<p>Kommunalskatten i Säter är 22,61 kronor per hundralapp 2027. Tillsammans med regionskatten på 11,64 kronor till Region Dalarna blir den totala skattesatsen 34,25 kronor.</p>
<h2>Så fördelas 100 kronor i skatt</h2>
<table>
<caption>Fördelning av 100 kronor i kommunalskatt, budget 2027</caption>
<thead><tr><th>Verksamhet</th><th>Kronor</th></tr></thead>
<tbody>
{trs}
</tbody>
<tfoot><tr><td>Totalt</td><td>100</td></tr></tfoot>
</table>
<p>Den största delen av skatten går till förskola och skola. Fördelningen bygger på nämndernas nettokostnader i Mål och budget 2027.</p>
<h2>Skatt och avgifter</h2>
<p>Utöver skatten finansieras verksamheten av statsbidrag, taxor och avgifter. Avgifterna täcker till exempel cirka 7 procent av kostnaden för förskolan.</p>
<p>En person som tjänar 30 000 kronor i månaden betalar ungefär 6 100 kronor i kommunalskatt per månad, efter grundavdrag.</p>
<p><a href="#">Mål och budget 2027 (pdf)</a></p>
</article>
<p class="updated">Publicerad 2026-11-26</p>"""
    footer = """<p>Säters kommun, Box 300, 783 27 Säter. Besöksadress: Rådhusgatan 1. Telefon 0225-550 00.</p>
<p>Organisationsnummer 212000-2205</p>
<ul><li><a href="#">Tillgänglighetsredogörelse</a></li><li><a href="#">Kakor</a></li><li><a href="#">Behandling av personuppgifter</a></li></ul>"""
    with open(os.path.join(d, "sa-anvands-din-skatt.html"), "w", encoding="utf-8") as f:
        f.write(html_page("Säters kommun", "Så används din skatt",
                          ["Barn och utbildning", "Omsorg och stöd", "Bygga, bo och miljö", "Kultur och fritid", "Kommun och politik"],
                          body, footer))

    # ---------------- DOCX protokoll KS
    doc = docx.Document()
    st_ = doc.styles["Normal"]; st_.font.name = "Arial"; st_.font.size = Pt(10.5)
    doc.add_heading("Protokoll", 0)
    doc.add_paragraph("Kommunstyrelsen, Säters kommun")
    doc.add_paragraph("Sammanträdesdatum: 2026-11-10")
    doc.add_paragraph("Plats och tid: Kommunhuset, sammanträdesrummet Ljusterån, kl. 09.00–12.15")
    doc.add_paragraph("Beslutande: Stefan Berglund (S), ordförande; Karin Holm (C), 1:e vice ordförande; Per Ek (SD), 2:e vice ordförande; "
                      "Maria Nord (M); Lena Åberg (SD); Johan Dahl (S); Eva Strand (S); Anders Vik (M); Ingrid Berg (V); "
                      "Olle Sandin (C); Sofia Lund (S); Erik Malm (KD); Ann Hed (L)")
    doc.add_paragraph("Sekreterare: Helena Forsberg")
    doc.add_paragraph("Justerare: Karin Holm (C)")
    doc.add_heading("§ 182 Mål och budget 2027 med plan 2028–2029", 1)
    doc.add_paragraph("Dnr KS 2026/0412")
    doc.add_paragraph(f"Ekonomiavdelningen har tagit fram ett förslag till Mål och budget 2027 med plan 2028–2029. Förslaget innebär ett budgeterat resultat om {fmt(res[3])} miljoner kronor för 2027 och en oförändrad skattesats.")
    doc.add_paragraph("Yrkanden: Stefan Berglund (S) yrkar bifall till förslaget. Per Ek (SD) yrkar bifall till Sverigedemokraternas budgetförslag.")
    doc.add_paragraph("Ordföranden ställer proposition på yrkandena och finner att kommunstyrelsen beslutar enligt Stefan Berglunds yrkande. Omröstning begärs och genomförs. Med 9 ja-röster mot 4 nej-röster beslutar kommunstyrelsen enligt Stefan Berglunds yrkande.")
    doc.add_paragraph("Beslut: Kommunstyrelsen föreslår kommunfullmäktige besluta att anta Mål och budget 2027 med plan 2028–2029.")
    doc.add_paragraph("Reservation: Per Ek (SD) och Lena Åberg (SD) reserverar sig mot beslutet till förmån för eget yrkande. Maria Nord (M) och Anders Vik (M) reserverar sig mot beslutet.")
    doc.add_heading("§ 183 Skattesats 2027", 1)
    doc.add_paragraph("Beslut: Kommunstyrelsen föreslår kommunfullmäktige besluta att den kommunala skattesatsen för 2027 ska vara oförändrad, 22,61 kronor per skattekrona.")
    doc.add_heading("§ 184 Projektbudget ny förskola Skönvik", 1)
    doc.add_paragraph("Dnr KS 2026/0198")
    doc.add_paragraph("Förskolan ska ha sex avdelningar och plats för 120 barn. Byggstart planeras till mars 2027.")
    doc.add_paragraph("Beslut: Kommunstyrelsen beslutar att godkänna en total projektbudget om 86,5 miljoner kronor för ny förskola i Skönvik.")
    doc.add_paragraph("Anders Vik (M) yrkar återremiss för att utreda en mindre förskola. Yrkandet avslås.")
    doc.add_paragraph("Reservation: Anders Vik (M) reserverar sig mot beslutet.")
    doc.add_heading("§ 185 Renhållningstaxa 2027", 1)
    doc.add_paragraph("Dnr KS 2026/0377")
    doc.add_paragraph("Dala Avfall har föreslagit en höjning av renhållningstaxan med 6,5 procent till följd av ökade kostnader för insamling och behandling av matavfall.")
    taxa = [("Grundavgift villa, kr/år", 2150, 2290), ("Kärl 190 liter, hämtning varannan vecka, kr/år", 1840, 1960),
            ("Grundavgift fritidshus, kr/år", 1075, 1145), ("Slamtömning enskild brunn, kr/tömning", 1390, 1480),
            ("Grundavgift lägenhet, kr/år", 980, 1045)]
    t = doc.add_table(rows=1, cols=4); t.style = "Table Grid"
    for i, h in enumerate(["Avgift", "Taxa 2026", "Taxa 2027", "Förändring %"]):
        t.rows[0].cells[i].text = h
    for n, a, b in taxa:
        c = t.add_row().cells
        c[0].text = n; c[1].text = fmt(a, 0); c[2].text = fmt(b, 0); c[3].text = fmt(100 * (b - a) / a)
    doc.add_paragraph("Beslut: Kommunstyrelsen föreslår kommunfullmäktige besluta att anta renhållningstaxa för 2027 enligt tabellen ovan. Taxan gäller från och med den 1 januari 2027.")
    doc.add_paragraph("Justeras 2026-11-13")
    doc.add_paragraph("Stefan Berglund, ordförande          Karin Holm, justerare          Helena Forsberg, sekreterare")
    p = os.path.join(d, "protokoll-ks-2026-11-10.docx")
    doc.save(p); fix_zip(p, core_xml("Protokoll kommunstyrelsen 2026-11-10", "Säters kommun"))

    # ---------------- XLSX nyckeltal
    wb = openpyxl.Workbook()
    ws = wb.active; ws.title = "Befolkning"
    ws.append(["Säters kommun – befolkning 2021–2025"]); ws["A1"].font = Font(bold=True, size=13)
    ws.append(["Antal personer respektive procent. Källa: SCB"])
    ws.append(["År", "Folkmängd 31 dec", "Födda", "Döda", "Inflyttade", "Utflyttade", "Andel 65 år och äldre, %"])
    pop = 11162
    data = [(2021, 96, 140, 618, 566, 27.1), (2022, 91, 151, 598, 560, 27.4), (2023, 88, 147, 603, 571, 27.8),
            (2024, 93, 139, 587, 590, 28.1), (2025, 85, 144, None, 575, 28.3)]
    for y, f_, d_, i_, u_, a_ in data:
        if i_ is None:
            i_ = INV - pop - f_ + d_ + u_
        pop = pop + f_ - d_ + i_ - u_
        ws.append([y, pop, f_, d_, i_, u_, a_])
    assert pop == INV
    ws2 = wb.create_sheet("Ekonomi")
    ws2.append(["Säters kommun – ekonomiska nyckeltal 2021–2025"]); ws2["A1"].font = Font(bold=True, size=13)
    ws2.append(["Belopp i mnkr där inget annat anges. Källa: årsredovisningar"])
    ws2.append(["År", "Årets resultat", "Nettoinvesteringar", "Låneskuld 31 dec", "Soliditet inkl. pensionsförpliktelser, %", "Skattesats, kr"])
    for row in [(2021, 28.4, 41.2, 248, 14.2, 22.36), (2022, 31.7, 52.6, 262, 16.1, 22.36), (2023, -4.8, 68.9, 295, 15.3, 22.61),
                (2024, 9.6, 59.4, 318, 16.2, 22.61), (2025, 20.3, 47.3, 331, 17.4, 22.61)]:
        ws2.append(list(row))
    ws2.append(["Uppgifterna för 2025 avser fastställt bokslut."])
    wb.properties.creator = "Säters kommun"; wb.properties.created = FIXED.replace(tzinfo=None); wb.properties.modified = FIXED.replace(tzinfo=None)
    p = os.path.join(d, "nyckeltal-2021-2025.xlsx")
    wb.save(p); fix_zip(p, core_xml("Nyckeltal 2021-2025", "Säters kommun"))

    # ---------------- press release (md)
    with open(os.path.join(d, "pressmeddelande-budget-2027.md"), "w", encoding="utf-8") as f:
        f.write(f"""# Fullmäktige har antagit budget för 2027 – satsning på hemtjänsten

**Pressmeddelande, Säters kommun, 2026-11-25**

Kommunfullmäktige i Säter antog på tisdagskvällen den 24 november Mål och budget 2027 med plan för 2028–2029. Skattesatsen blir oförändrad, 22,61 kronor.

Budgeten innebär ett resultat på {fmt(res[3])} miljoner kronor för 2027. Socialnämnden får 4,7 miljoner kronor extra för att förstärka hemtjänsten, vilket motsvarar cirka åtta nya tjänster.

– Vi tar ansvar för både välfärden och ekonomin. Äldre ska känna sig trygga med hemtjänsten, säger Stefan Berglund (S), kommunstyrelsens ordförande.

## Fler nyheter i budgeten

- Byggstart för den nya förskolan i Skönvik med 120 platser våren 2027.
- 700 000 kronor till avgiftsfria sommarlovsaktiviteter.
- Säters simhall byggs om och håller stängt under ombyggnaden.
- Nämnderna ska effektivisera för sammanlagt 14,3 miljoner kronor.

Budgeten antogs efter votering med 19 röster mot 12. Sverigedemokraterna och Moderaterna reserverade sig mot beslutet.

**Kontakt:**
Stefan Berglund (S), kommunstyrelsens ordförande, 0225-550 10
Lisa Öhman, ekonomichef, 0225-550 42
""")
    return dict(res=res, netto=netto, andel=andel, vres=vres, inv=tot, ek=ek, st=st, lang=lang, sol=sol,
                sum26=sum26, sum27=sum27, fin26=fin26, fin27=fin27)


# ==================================================================== NORBERG
def norberg():
    d = os.path.join(OUT, "norberg")
    os.makedirs(d, exist_ok=True)
    N = "–"
    intak = [92.4, 88.0, 90.5, 92.1, 93.8]
    kost = [-472.6, -481.3, -497.8, -508.2, -519.9]
    avskr = [-14.8, -16.2, -17.5, -18.6, -19.4]
    netto = [r1(a + b + c) for a, b, c in zip(intak, kost, avskr)]
    skatt = [276.1, 283.9, 297.6, 306.4, 315.8]
    gsb = [128.7, 131.2, 135.9, 137.5, 139.1]
    vres = [r1(a + b + c) for a, b, c in zip(netto, skatt, gsb)]
    fint = [1.2, 1.0, 1.0, 1.0, 1.0]
    fkost = [-3.9, -4.4, -5.1, -5.6, -6.0]
    res = [r1(a + b + c) for a, b, c in zip(vres, fint, fkost)]

    nam = [("Kommunstyrelsen", 61240, 63180), ("Bildningsnämnden", 158900, 164350), ("Omsorgsnämnden", 146300, 153720),
           ("Tekniska nämnden", 30880, 31460), ("Miljö- och byggnämnden", 6050, 6240), ("Revisionen", 950, 980),
           ("Valnämnden", 560, 40)]
    s26 = sum(n[1] for n in nam); s27 = sum(n[2] for n in nam)
    f26 = round(-netto[1] * 1000) - s26; f27 = round(-netto[2] * 1000) - s27

    inv = [("Ny förskola Kvarnbacken", 22.5, 11.0, 0.0), ("Ombyggnad Mimerhallen", 6.5, 4.0, 0.0),
           ("Beläggning gator och vägar", 3.2, 3.2, 3.5), ("Gatubelysning", 1.1, 1.1, 1.0),
           ("IT och digitalisering", 1.4, 1.2, 1.2), ("Fordon och maskiner", 0.9, 1.5, 0.8),
           ("Välfärdsteknik", 1.0, 0.8, 0.8), ("Energiåtgärder i fastigheter", 4.5, 3.0, 3.0),
           ("Tillgänglighetsanpassning kommunhuset", 2.0, 0.0, 0.0), ("Reinvesteringar fastigheter", 3.2, 5.2, 14.2)]
    itot = [r1(sum(x[i] for x in inv)) for i in (1, 2, 3)]

    pdf = Doc("Norbergs kommun | Budget och plan 2027–2029")
    pdf.add_page(); pdf.ln(50)
    pdf.set_font("dv", "B", 24); pdf.multi_cell(0, 12, "Budget och plan 2027–2029", align="C")
    pdf.set_font("dv", "", 15); pdf.multi_cell(0, 9, "Norbergs kommun", align="C")
    pdf.ln(15); pdf.set_font("dv", "", 10)
    pdf.multi_cell(0, 6, "Beslutad av kommunfullmäktige 2026-11-23, § 98", align="C")

    pdf.add_page(); pdf.h1("Förord")
    pdf.p("Norberg är en liten kommun med stora ambitioner. Bergslagens historia, världsarvet Engelsbergs bruk i grannskapet och ett rikt föreningsliv gör kommunen till en attraktiv plats att bo och verka i. Men ekonomin är ansträngd och vi måste fatta svåra beslut.")
    pdf.p("Den kommunala skatten höjs med 30 öre till 22,94 kronor från och med 2027. Skattehöjningen ger cirka 3,9 miljoner kronor i ökade intäkter och är nödvändig för att vi ska kunna behålla kvaliteten i skola och omsorg.")
    pdf.p("Samtidigt genomför vi besparingar på totalt 8,2 miljoner kronor, främst inom administration, lokaler och inköp. Föreningsbidragen höjs med 700 000 kronor eftersom föreningslivet är avgörande för barn och ungas fritid i Norberg.")
    pdf.p("Vi bygger en ny förskola på Kvarnbacken och rustar upp Mimerhallen. Det är investeringar för framtiden.")
    pdf.set_font("dv", "B", 9.5); pdf.multi_cell(0, 5, "Maria Sundqvist (C)")
    pdf.set_font("dv", "", 9.5); pdf.multi_cell(0, 5, "Kommunstyrelsens ordförande")

    pdf.add_page(); pdf.h1("Mål för mandatperioden")
    pdf.p("Kommunfullmäktige har fastställt tre målområden: Livskvalitet, Hållbar utveckling och God ekonomisk hushållning.")
    pdf.h2("Livskvalitet")
    pdf.bullets(["Andelen elever som är behöriga till gymnasiets yrkesprogram ska vara minst 80 procent.",
                 "Andelen brukare som är nöjda med hemtjänsten ska vara minst 90 procent."])
    pdf.h2("Hållbar utveckling")
    pdf.bullets(["Kommunens energianvändning i egna lokaler ska minska med 15 procent till 2030 jämfört med 2022.",
                 "Minst 50 nya bostäder ska tillkomma under perioden 2027–2030."])
    pdf.h2("God ekonomisk hushållning")
    pdf.bullets(["Årets resultat ska vara minst 1,0 procent av skatteintäkter och generella statsbidrag.",
                 "Låneskulden per invånare får inte överstiga 30 000 kronor.",
                 "Nettoinvesteringarna ska i genomsnitt inte överstiga 35 miljoner kronor per år under planperioden."])
    pdf.add_page(); pdf.h1("Förutsättningar")
    pdf.p("Norbergs kommun hade 5 662 invånare den 31 december 2025. Budgeten bygger på ett antagande om 5 620 invånare 2027, eftersom befolkningen har minskat något de senaste åren.")
    pdf.p("Skatteintäkterna beräknas enligt SKR:s prognos från oktober 2026 och med den nya skattesatsen 22,94 kronor. Intäkterna från det kommunala utjämningssystemet utgör en stor del av kommunens finansiering.")
    pdf.p("Lönerevisionen har beräknats till 3,2 procent 2027. Nämnderna kompenseras för löneökningar men inte för övriga prisökningar.")
    pdf.p("Besparingarna på 8,2 miljoner kronor fördelas med 3,1 miljoner kronor på bildningsnämnden, 2,6 miljoner kronor på omsorgsnämnden, 1,7 miljoner kronor på kommunstyrelsen och 0,8 miljoner kronor på tekniska nämnden.")

    pdf.add_page(); pdf.h1("Nämndernas verksamhet")
    pdf.h2("Kommunstyrelsen")
    pdf.p("Kommunstyrelsen leder och samordnar kommunens verksamhet och ansvarar för ekonomi, personal, näringsliv, kommunikation och räddningstjänst, som bedrivs i samverkan med Fagersta och Skinnskatteberg genom Västra Mälardalens räddningstjänstförbund.")
    pdf.h2("Bildningsnämnden")
    pdf.p("Bildningsnämnden ansvarar för förskola, grundskola, gymnasieskola, vuxenutbildning, kulturskola och bibliotek. Kommunen har en egen grundskola för årskurs 7–9, Centralskolan, medan gymnasieelever studerar i andra kommuner.")
    pdf.h2("Omsorgsnämnden")
    pdf.p("Omsorgsnämnden ansvarar för äldreomsorg, hemtjänst, stöd enligt LSS samt individ- och familjeomsorg. Ett nytt gruppboende enligt LSS med sex lägenheter öppnar i mars 2027.")
    pdf.h2("Tekniska nämnden")
    pdf.p("Tekniska nämnden ansvarar för gator, vägar, parker, kommunens fastigheter och måltidsverksamheten. Vatten och avlopp sköts av det kommunala bolaget Norbergs Vatten AB och ingår inte i budgeten.")
    pdf.h2("Miljö- och byggnämnden")
    pdf.p("Miljö- och byggnämnden är gemensam för Norberg och Fagersta och ansvarar för bygglov, miljötillsyn och livsmedelskontroll.")

    pdf.add_page(); pdf.h1("Resultatbudget")
    rb = [["Verksamhetens intäkter", "1"] + [fmt(v, neg=N) for v in intak],
          ["Verksamhetens kostnader", "2"] + [fmt(v, neg=N) for v in kost],
          ["Avskrivningar", ""] + [fmt(v, neg=N) for v in avskr],
          ["Verksamhetens nettokostnader", ""] + [fmt(v, neg=N) for v in netto],
          ["Skatteintäkter", "3"] + [fmt(v, neg=N) for v in skatt],
          ["Generella statsbidrag och utjämning", "3"] + [fmt(v, neg=N) for v in gsb],
          ["Verksamhetens resultat", ""] + [fmt(v, neg=N) for v in vres],
          ["Finansiella intäkter", ""] + [fmt(v, neg=N) for v in fint],
          ["Finansiella kostnader", ""] + [fmt(v, neg=N) for v in fkost],
          ["Årets resultat", ""] + [fmt(v, neg=N) for v in res]]
    pdf.table([70, 10, 18, 18, 18, 18, 18],
              [["", "", "Utfall", "Budget", "Budget", "Plan", "Plan"],
               ["Belopp i mnkr", "Not", "2025", "2026", "2027", "2028", "2029"]], rb,
              bold=("Verksamhetens nettokostnader", "Verksamhetens resultat", "Årets resultat"), fs=8.2,
              note=["Not 1. Intäkterna 2025 innehåller engångsersättning från Migrationsverket om 2,1 mnkr.",
                    "Not 2. Kostnader inklusive pensionskostnader.", "Not 3. Enligt SKR:s prognos oktober 2026."])
    pdf.p(f"Resultatet för 2027 motsvarar {fmt(100 * res[2] / (skatt[2] + gsb[2]))} procent av skatteintäkter och generella statsbidrag.")

    pdf.add_page(); pdf.h1("Kassaflödesbudget")
    jus = [1.2, 1.0, 1.0]
    lop = [r1(res[i] - avskr[i] + jus[i - 2]) for i in (2, 3, 4)]
    nyl = [20.0, 8.0, 0.0]; amo = [-2.0, -2.0, -2.0]
    ikf = [r1(-itot[i]) for i in range(3)]
    fv = [r1(nyl[i] + amo[i]) for i in range(3)]
    kf = [r1(lop[i] + ikf[i] + fv[i]) for i in range(3)]
    lm0 = [31.5]
    for k in kf:
        lm0.append(r1(lm0[-1] + k))
    kb = [["Den löpande verksamheten"],
          ["Årets resultat"] + [fmt(res[i], neg=N) for i in (2, 3, 4)],
          ["Justering för avskrivningar"] + [fmt(-avskr[i], neg=N) for i in (2, 3, 4)],
          ["Justering för övriga ej likviditetspåverkande poster"] + [fmt(v, neg=N) for v in jus],
          ["Medel från den löpande verksamheten"] + [fmt(v, neg=N) for v in lop],
          ["Investeringsverksamheten"],
          ["Investering i materiella anläggningstillgångar"] + [fmt(v, neg=N) for v in ikf],
          ["Finansieringsverksamheten"],
          ["Nyupptagna lån"] + [fmt(v, neg=N) for v in nyl],
          ["Amortering av skuld"] + [fmt(v, neg=N) for v in amo],
          ["Medel från finansieringsverksamheten"] + [fmt(v, neg=N) for v in fv],
          ["Årets kassaflöde"] + [fmt(v, neg=N) for v in kf],
          ["Likvida medel vid årets början"] + [fmt(v, neg=N) for v in lm0[:3]],
          ["Likvida medel vid årets slut"] + [fmt(v, neg=N) for v in lm0[1:]]]
    pdf.table([100, 22, 22, 22], [["Belopp i mnkr", "Budget 2027", "Plan 2028", "Plan 2029"]], kb,
              bold=("Medel från den löpande verksamheten", "Årets kassaflöde", "Medel från finansieringsverksamheten"), fs=8.2)

    pdf.add_page(); pdf.h1("Balansbudget")
    bt = [["Tillgångar"], ["Anläggningstillgångar", "402,8", "431,6", "444,0"], ["Omsättningstillgångar", "58,4", "57,6", "55,9"],
          ["Summa tillgångar", "461,2", "489,2", "499,9"], ["Eget kapital och skulder"], ["Eget kapital", "203,6", "208,2", "212,8"],
          ["Avsättningar", "18,9", "19,4", "20,0"], ["Långfristiga skulder", "148,0", "154,0", "152,0"],
          ["Kortfristiga skulder", "90,7", "107,6", "115,1"], ["Summa eget kapital och skulder", "461,2", "489,2", "499,9"]]
    pdf.table([90, 24, 24, 24], [["Belopp i mnkr", "Budget 2027", "Plan 2028", "Plan 2029"]], bt,
              bold=("Summa tillgångar", "Summa eget kapital och skulder"), fs=8.2)
    pdf.p("Låneskulden beräknas uppgå till 146 miljoner kronor vid utgången av 2027, vilket motsvarar cirka 26 000 kronor per invånare.")
    pdf.h2("Känslighetsanalys")
    pdf.table([110, 30], [["Händelse", "Effekt, mnkr"]],
              [["Skatteunderlaget förändras med 1 procent", "3,0"], ["Löneökning med 1 procent", "2,9"],
               ["Räntan förändras med 1 procentenhet", "1,5"], ["10 fler elever i grundskolan", "1,2"]], fs=8.5)

    pdf.add_page(); pdf.h1("Driftbudget per nämnd")
    pdf.p("Driftbudgeten anger nämndernas kommunbidrag, det vill säga nettokostnad efter avdrag för egna intäkter. Beloppen anges i tusentals kronor. Negativa belopp anges inom parentes.")
    dr = [[n, fmt(a, 0), fmt(b, 0), fmt(b - a, 0, "()")] for n, a, b in nam]
    dr.append(["Summa nämnder", fmt(s26, 0), fmt(s27, 0), fmt(s27 - s26, 0, "()")])
    dr.append(["Finansförvaltning", fmt(f26, 0), fmt(f27, 0), fmt(f27 - f26, 0, "()")])
    dr.append(["Verksamhetens nettokostnader", fmt(s26 + f26, 0), fmt(s27 + f27, 0), fmt(s27 + f27 - s26 - f26, 0, "()")])
    pdf.table([80, 28, 28, 28], [["Tkr", "Budget 2026", "Budget 2027", "Förändring"]], dr,
              caption="Kommunbidrag per nämnd", bold=("Summa nämnder", "Verksamhetens nettokostnader"),
              note=["Finansförvaltningen omfattar bland annat pensionskostnader som inte fördelas till nämnderna och en central reserv om 2 500 tkr."])
    pdf.p("Omsorgsnämndens ram ökar mest, främst på grund av fler brukare i hemtjänsten och ett nytt gruppboende enligt LSS som öppnar i mars 2027.")
    pdf.p("Bildningsnämnden får ett tillskott för ökade kostnader för gymnasieskolan, där kommunen köper platser i Fagersta och Västerås.")

    pdf.add_page(); pdf.h1("Investeringsbudget")
    ir = [[n, fmt(a, neg=N), fmt(b, neg=N), fmt(c, neg=N)] for n, a, b, c in inv]
    ir.append(["Summa investeringar"] + [fmt(v) for v in itot])
    pdf.table([90, 24, 24, 24], [["Projekt", "Budget", "Plan", "Plan"], ["(mnkr)", "2027", "2028", "2029"]], ir,
              bold=("Summa investeringar",),
              note=["Förskolan Kvarnbacken: total projektbudget 33,5 mnkr inklusive inventarier."])
    pdf.p(f"Nettoinvesteringarna uppgår till {fmt(itot[0])} miljoner kronor 2027. Under planperioden uppgår de till i genomsnitt {fmt(sum(itot) / 3)} miljoner kronor per år, vilket är inom målet.")
    pdf.p("För att finansiera investeringarna behöver kommunen ta upp nya lån om 20 miljoner kronor under 2027.")
    pdf.output(os.path.join(d, "budget-och-plan-2027-2029.pdf"))

    # ---------------- årsredovisning 2025
    pdf = Doc("Norbergs kommun | Årsredovisning 2025")
    pdf.add_page(); pdf.ln(50)
    pdf.set_font("dv", "B", 26); pdf.multi_cell(0, 12, "Årsredovisning 2025", align="C")
    pdf.set_font("dv", "", 15); pdf.multi_cell(0, 9, "Norbergs kommun", align="C")
    pdf.add_page(); pdf.h1("Förvaltningsberättelse")
    pdf.h2("Året i korthet")
    pdf.p(f"Årets resultat blev {fmt(res[0])} miljoner kronor, vilket är 3,4 miljoner kronor bättre än budget. Resultatet förklaras främst av högre skatteintäkter och engångsersättningar.")
    pdf.p("Nettoinvesteringarna uppgick till 28,6 miljoner kronor. Den största investeringen var ombyggnaden av äldreboendet Åsgården, som invigdes i maj 2025 med 40 platser.")
    pdf.p("Kommunens låneskuld uppgick till 128 miljoner kronor vid årets slut. Soliditeten inklusive samtliga pensionsförpliktelser var 21,3 procent.")
    pdf.p("Sjukfrånvaron var 6,9 procent, en minskning från 7,6 procent 2024.")
    pdf.h2("Femårsöversikt")
    fo = [["Folkmängd 31 december", "5 698", "5 681", "5 670", "5 655", "5 662"],
          ["Kommunal skattesats, kr", "22,64", "22,64", "22,64", "22,64", "22,64"],
          ["Årets resultat, mnkr", "12,3", "4,1", fmt(-6.2, neg=N), "2,9", fmt(res[0])],
          ["Nettoinvesteringar, mnkr", "18,4", "25,9", "31,2", "22,7", "28,6"],
          ["Låneskuld, mnkr", "96", "104", "118", "122", "128"],
          ["Soliditet inkl. pensionsförpliktelser, %", "18,9", "19,6", "18,2", "19,4", "21,3"],
          ["Antal tillsvidareanställda", "612", "618", "627", "621", "615"]]
    pdf.table([74, 19, 19, 19, 19, 19], [["", "2021", "2022", "2023", "2024", "2025"]], fo, fs=8.2)
    pdf.add_page(); pdf.h1("Nämndernas driftredovisning")
    nr = [("Kommunstyrelsen", 59800, 58950), ("Bildningsnämnden", 155200, 156440), ("Omsorgsnämnden", 142100, 145380),
          ("Tekniska nämnden", 30200, 29610), ("Miljö- och byggnämnden", 5900, 5720), ("Revisionen", 930, 905)]
    rows = [[n, fmt(b, 0), fmt(u, 0), fmt(b - u, 0, "()")] for n, b, u in nr]
    sb = sum(x[1] for x in nr); su = sum(x[2] for x in nr)
    rows.append(["Summa nämnder", fmt(sb, 0), fmt(su, 0), fmt(sb - su, 0, "()")])
    pdf.table([80, 28, 28, 28], [["Nämnd, tkr", "Budget 2025", "Utfall 2025", "Avvikelse"]], rows, bold=("Summa nämnder",),
              note=["Underskott anges inom parentes."])
    pdf.p("Omsorgsnämnden redovisar ett underskott om 3,3 miljoner kronor, främst till följd av ökade kostnader för externa placeringar inom individ- och familjeomsorgen.")
    pdf.p("Bildningsnämnden redovisar ett underskott till följd av fler barn i förskolan än budgeterat.")
    pdf.add_page(); pdf.h1("Väsentliga händelser")
    pdf.bullets(["Äldreboendet Åsgården invigdes i maj 2025 efter ombyggnad.",
                 "Kommunen tecknade avtal med Fagersta kommun om gemensam lönehantering från och med 2026.",
                 "Ett nytt bostadsområde med 24 hyresrätter färdigställdes i Kärrgruvan av det kommunala bostadsbolaget."])
    pdf.p("Revisorerna tillstyrker att kommunfullmäktige beviljar ansvarsfrihet för kommunstyrelsen och nämnderna för 2025.")
    pdf.output(os.path.join(d, "arsredovisning-2025.pdf"))

    # ---------------- HTML finansiell information
    body = """<nav class="breadcrumbs"><a href="#">Startsida</a> / <a href="#">Kommun och politik</a> / Finansiell information</nav>
<article>
<h1>Finansiell information</h1>
<p class="ingress">Här hittar du en sammanfattning av Norbergs kommuns ekonomi, skattesatsen och kommunens budget och årsredovisning.</p>
<h2>Skattesats 2027</h2>
<p>Kommunfullmäktige beslutade den 23 november 2026 att höja den kommunala skattesatsen med 30 öre till 22,94 kronor. Tillsammans med Region Västmanlands skattesats på 10,88 kronor blir den totala skattesatsen 33,82 kronor för 2027.</p>
<h2>Nyckeltal i korthet</h2>
<table>
<thead><tr><th>Nyckeltal</th><th>2024</th><th>2025</th></tr></thead>
<tbody>
<tr><td>Årets resultat, mnkr</td><td>2,9</td><td>7,1</td></tr>
<tr><td>Nettoinvesteringar, mnkr</td><td>22,7</td><td>28,6</td></tr>
<tr><td>Låneskuld per invånare, kr</td><td>21 574</td><td>22 607</td></tr>
<tr><td>Soliditet inkl. pensionsförpliktelser, %</td><td>19,4</td><td>21,3</td></tr>
<tr><td>Kommunal skattesats, kr</td><td>22,64</td><td>22,64</td></tr>
</tbody>
</table>
<h2>Kreditbetyg och upplåning</h2>
<p>Norbergs kommun lånar via Kommuninvest. Kommunfullmäktige har fastställt låneramen för 2027 till 160 miljoner kronor.</p>
<h2>Dokument</h2>
<ul><li><a href="#">Budget och plan 2027–2029 (pdf)</a></li><li><a href="#">Årsredovisning 2025 (pdf)</a></li><li><a href="#">Delårsrapport augusti 2026 (pdf)</a></li></ul>
</article>
<p class="updated">Senast uppdaterad: 2026-11-27</p>"""
    footer = """<p>Norbergs kommun, Box 14, 738 21 Norberg. Besöksadress: Kommunhuset, Prästgårdsgatan 2. Telefon 0223-290 00.</p>
<p>Följ oss på Facebook och Instagram</p>
<ul><li><a href="#">Om webbplatsen</a></li><li><a href="#">Kakor</a></li><li><a href="#">Tillgänglighet</a></li></ul>"""
    with open(os.path.join(d, "finansiell-information.html"), "w", encoding="utf-8") as f:
        f.write(html_page("Norbergs kommun", "Finansiell information",
                          ["Utbildning och förskola", "Omsorg och hjälp", "Bo och bygga", "Uppleva och göra", "Kommun och politik"],
                          body, footer))

    # ---------------- DOCX KF protokoll
    doc = docx.Document()
    st_ = doc.styles["Normal"]; st_.font.name = "Calibri"; st_.font.size = Pt(11)
    doc.add_heading("Sammanträdesprotokoll", 0)
    doc.add_paragraph("Kommunfullmäktige, Norbergs kommun")
    doc.add_paragraph("Datum: 2026-11-23, kl. 18.00–21.40. Plats: Folkets hus, Norberg")
    doc.add_paragraph("Ordförande: Bengt Olsson (S). Sekreterare: Anna Wik. Justerare: Kjell Hagström (M) och Sara Lindh (V).")
    doc.add_heading("§ 98 Budget och plan 2027–2029", 1)
    doc.add_paragraph("Dnr KS 2026/211")
    doc.add_paragraph("Kommunstyrelsen har lämnat förslag till budget och plan 2027–2029. Förslaget innebär ett resultat om 4,6 miljoner kronor 2027 och en höjning av skattesatsen med 30 öre.")
    doc.add_paragraph("Yrkanden: Maria Sundqvist (C) yrkar bifall till kommunstyrelsens förslag. Kjell Hagström (M) yrkar bifall till Moderaternas och Sverigedemokraternas gemensamma budgetförslag med oförändrad skattesats.")
    doc.add_paragraph("Votering begärs. Omröstningsresultat enligt tabellen nedan.")
    vt = [("Socialdemokraterna", 11, 0, 0), ("Centerpartiet", 5, 0, 0), ("Vänsterpartiet", 3, 0, 0),
          ("Sverigedemokraterna", 0, 6, 0), ("Moderaterna", 0, 3, 1), ("Kristdemokraterna", 0, 1, 0), ("Liberalerna", 0, 1, 0)]
    t = doc.add_table(rows=1, cols=4); t.style = "Table Grid"
    for i, h in enumerate(["Parti", "Ja", "Nej", "Frånvarande"]):
        t.rows[0].cells[i].text = h
    for r in vt + [("Summa", sum(x[1] for x in vt), sum(x[2] for x in vt), sum(x[3] for x in vt))]:
        c = t.add_row().cells
        for i, v in enumerate(r):
            c[i].text = str(v)
    doc.add_paragraph("Beslut: Kommunfullmäktige beslutar att anta budget och plan 2027–2029 enligt kommunstyrelsens förslag.")
    doc.add_paragraph("Reservation: Sverigedemokraternas och Moderaternas ledamöter reserverar sig mot beslutet till förmån för eget yrkande. Kristdemokraternas ledamot reserverar sig skriftligen.")
    doc.add_heading("§ 99 Skattesats 2027", 1)
    doc.add_paragraph("Beslut: Kommunfullmäktige beslutar att den kommunala skattesatsen för 2027 fastställs till 22,94 kronor per skattekrona.")
    doc.add_paragraph("Reservation: Moderaternas och Sverigedemokraternas ledamöter reserverar sig mot beslutet.")
    doc.add_heading("§ 100 Låneram 2027", 1)
    doc.add_paragraph("Beslut: Kommunfullmäktige beslutar att kommunens låneram för 2027 fastställs till 160 miljoner kronor, att nyupplåning får ske med högst 20 miljoner kronor under 2027.")
    doc.add_heading("§ 101 Svar på medborgarförslag om hundrastgård i Kärrgruvan", 1)
    doc.add_paragraph("Ett medborgarförslag om att anlägga en hundrastgård i Kärrgruvan har lämnats in. Tekniska nämnden bedömer kostnaden till 85 000 kronor.")
    doc.add_paragraph("Beslut: Kommunfullmäktige beslutar att bifalla medborgarförslaget. Hundrastgården anläggs under 2027 inom tekniska nämndens budget.")
    doc.add_paragraph("Justerat 2026-11-26")
    p = os.path.join(d, "protokoll-kf-2026-11-23.docx")
    doc.save(p); fix_zip(p, core_xml("Protokoll kommunfullmäktige 2026-11-23", "Norbergs kommun"))

    # ---------------- XLSX driftbudget per verksamhet
    wb = openpyxl.Workbook()
    ws = wb.active; ws.title = "Driftbudget 2027"
    ws.append(["Norbergs kommun – driftbudget 2027 per verksamhet"]); ws["A1"].font = Font(bold=True, size=13)
    ws.append(["Belopp i tkr"])
    ws.append(["Verksamhet", "Intäkter", "Kostnader", "Nettokostnad"])
    sections = [("Bildningsnämnden", [("Förskola", 6840, 45210), ("Grundskola", 3920, 71860), ("Gymnasieskola", 1150, 45430),
                                      ("Vuxenutbildning", 2260, 6980), ("Kulturskola och bibliotek", 620, 7660), ("Nämnd och administration", 0, 2000)]),
                ("Omsorgsnämnden", [("Äldreomsorg, särskilt boende", 11400, 62380), ("Hemtjänst", 6150, 41900),
                                    ("Stöd enligt LSS", 9200, 34630), ("Individ- och familjeomsorg", 1800, 38660), ("Nämnd och administration", 0, 4700)])]
    targets = {"Bildningsnämnden": 164350, "Omsorgsnämnden": 153720}
    for sname, items in sections:
        ws.append([sname])
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        ti = tk = 0
        for n, i_, k_ in items:
            ws.append([n, i_, -k_, k_ - i_]); ti += i_; tk += k_
        ws.append([f"Summa {sname.lower()}", ti, -tk, tk - ti])
        assert tk - ti == targets[sname], (sname, tk - ti)
    ws.append(["Intäkter anges som positiva belopp och kostnader som negativa. Nettokostnad = kostnader minus intäkter."])
    ws2 = wb.create_sheet("Personal")
    ws2.append(["Norbergs kommun – personal 2021–2025"]); ws2["A1"].font = Font(bold=True, size=13)
    ws2.append(["Antal respektive procent"])
    ws2.append(["År", "Tillsvidareanställda", "Årsarbetare", "Sjukfrånvaro, %", "Andel heltid, %"])
    for row in [(2021, 612, 571, 8.1, 71.5), (2022, 618, 578, 8.4, 73.2), (2023, 627, 590, 7.9, 76.8),
                (2024, 621, 586, 7.6, 79.4), (2025, 615, 583, 6.9, 81.2)]:
        ws2.append(list(row))
    wb.properties.creator = "Norbergs kommun"
    p = os.path.join(d, "driftbudget-per-verksamhet-2027.xlsx")
    wb.save(p); fix_zip(p, core_xml("Driftbudget 2027", "Norbergs kommun"))

    with open(os.path.join(d, "pressmeddelande-forskola-kvarnbacken.txt"), "w", encoding="utf-8") as f:
        f.write("""PRESSMEDDELANDE
Norbergs kommun, 2026-11-24

Norberg bygger ny förskola på Kvarnbacken

Kommunfullmäktige i Norberg har i budgeten för 2027 beslutat att bygga en ny förskola på Kvarnbacken. Förskolan får sex avdelningar med plats för 90 barn och ersätter de två förskolorna Tallbacken och Solrosen, som har stora renoveringsbehov.

Den totala investeringen beräknas till 33,5 miljoner kronor. Byggstart planeras till april 2027 och förskolan ska vara klar för inflyttning i december 2028.

– Vi vet att fler barnfamiljer vill flytta till Norberg. Med en modern förskola kan vi erbjuda en bra start i livet, säger Eva Persson (S), ordförande i bildningsnämnden.

Förskolan byggs med solceller på taket och ska certifieras enligt Miljöbyggnad Silver. Under byggtiden fortsätter verksamheten i de befintliga lokalerna.

För mer information, kontakta:
Eva Persson (S), ordförande bildningsnämnden, 0223-290 15
Jonas Ek, förvaltningschef bildning, 0223-290 40
""")
    return dict(res=res, netto=netto, vres=vres, itot=itot, kf=kf, lm=lm0, lop=lop, f26=f26, f27=f27, s26=s26, s27=s27)


if __name__ == "__main__":
    a = sater(); b = norberg()
    if os.environ.get("GEN_DEBUG"):
        print(a); print(b)
