"""Deterministic generator for evals/corpora/blind-muni12 (Lysekil + Nordanstig).

Run: /work/main/.venv/bin/python gen_corpus.py
"""
import datetime
import os
import sys

from fpdf import FPDF
import docx
from docx.shared import Pt
import openpyxl
from openpyxl.styles import Font

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from data import *  # noqa

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", "..", "corpora", "blind-muni12"))
LDIR = os.path.join(ROOT, "lysekil")
NDIR = os.path.join(ROOT, "nordanstig")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FIXED_DATE = datetime.datetime(2025, 1, 1, tzinfo=datetime.timezone.utc)


class Doc(FPDF):
    def __init__(self, running, **kw):
        super().__init__(**kw)
        self.running = running
        self.add_font("D", "", FONT)
        self.add_font("D", "B", FONTB)
        self.set_auto_page_break(True, 18)
        self.set_creation_date(FIXED_DATE)
        self.set_margins(18, 18, 18)

    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("D", "", 7)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, self.running, align="R")
        self.ln(8)
        self.set_text_color(0, 0, 0)

    def footer(self):
        if self.page_no() == 1:
            return
        self.set_y(-12)
        self.set_font("D", "", 7)
        self.cell(0, 5, f"Sida {self.page_no()}", align="C")

    # ---------------------------------------------------------- helpers
    def h1(self, t):
        self.set_font("D", "B", 15)
        self.multi_cell(0, 8, t)
        self.ln(2)

    def h2(self, t):
        self.set_font("D", "B", 11.5)
        self.multi_cell(0, 6.5, t)
        self.ln(1)

    def p(self, t):
        self.set_font("D", "", 9.5)
        self.multi_cell(0, 5, t)
        self.ln(2.5)

    def caption(self, t, unit):
        self.set_font("D", "B", 9.5)
        self.cell(0, 5.5, t)
        self.ln(5.5)
        self.set_font("D", "", 8)
        self.cell(0, 4.5, unit)
        self.ln(5)

    def table(self, title, unit, headers, widths, rows, aligns=None, size=8.5, rh=5.6, orient="P"):
        """rows: list of (kind, [cells]) kind in row/section/sum"""
        aligns = aligns or (["L"] + ["R"] * (len(widths) - 1))

        def head():
            self.set_font("D", "B", size)
            self.set_fill_color(222, 231, 240)
            nl = max(h.count("\n") + 1 for h in headers)
            lh = 4.2
            y0 = self.get_y()
            x = self.l_margin
            for h, w, a in zip(headers, widths, aligns):
                lines = h.split("\n")
                self.set_xy(x, y0)
                self.cell(w, nl * lh + 1.5, "", fill=True)
                for i, ln_ in enumerate(lines):
                    self.set_xy(x, y0 + 0.75 + (nl - len(lines) + i) * lh)
                    self.cell(w, lh, ln_, align=a)
                x += w
            self.set_xy(self.l_margin, y0 + nl * lh + 1.5)
            self.line(self.l_margin, self.get_y(), self.l_margin + sum(widths), self.get_y())

        if self.get_y() + 30 > self.page_break_trigger:
            self.add_page(orientation=orient)
        self.caption(title, unit)
        head()
        for kind, cells in rows:
            if self.get_y() + rh > self.page_break_trigger:
                self.add_page(orientation=orient)
                self.caption(title + " (forts.)", unit)
                head()
            if kind == "section":
                self.set_font("D", "B", size)
                self.cell(sum(widths), rh, cells[0])
                self.ln(rh)
                continue
            self.set_font("D", "B" if kind == "sum" else "", size)
            if kind == "sum":
                self.line(self.l_margin, self.get_y(), self.l_margin + sum(widths), self.get_y())
            for c, w, a in zip(cells, widths, aligns):
                self.cell(w, rh, c, align=a)
            self.ln(rh)
        self.ln(4)


def fix_zip(path):
    """rewrite an OOXML zip with fixed timestamps so the output is byte-identical between runs"""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":  # openpyxl stamps the save time here
                import re
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>2025-01-01T00:00:00Z\g<2>", data)
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def pdf_out(pdf, path):
    pdf.set_title(os.path.basename(path))
    pdf.output(path)


# ====================================================================== LYSEKIL BUDGET
def lysekil_budget():
    pdf = Doc("Lysekils kommun – Budget 2025 med plan 2026–2027")
    pdf.add_page()
    pdf.set_font("D", "B", 26)
    pdf.ln(50)
    pdf.cell(0, 14, "Lysekils kommun", align="C")
    pdf.ln(16)
    pdf.set_font("D", "B", 20)
    pdf.cell(0, 12, "Budget 2025", align="C")
    pdf.ln(12)
    pdf.set_font("D", "", 14)
    pdf.cell(0, 10, "med plan för 2026–2027", align="C")
    pdf.ln(30)
    pdf.set_font("D", "", 10)
    pdf.cell(0, 6, "Fastställd av kommunfullmäktige den 21 november 2024, § 112", align="C")
    pdf.ln(6)
    pdf.cell(0, 6, "Diarienummer LKS 2024-000318", align="C")

    # Innehåll
    pdf.add_page()
    pdf.h1("Innehåll")
    toc = ["Förord", "Omvärld och förutsättningar", "Mål och inriktning", "Resultatbudget",
           "Skatteintäkter och generella statsbidrag", "Driftbudget per nämnd", "Ramförändringar 2025",
           "Driftbudget per verksamhet", "Nämndernas uppdrag", "Investeringsbudget 2025–2027",
           "Balansbudget och finansiella nyckeltal", "Kommunfullmäktiges beslut"]
    pdf.set_font("D", "", 10)
    for i, t in enumerate(toc, 1):
        pdf.cell(0, 7, f"{i}. {t}")
        pdf.ln(7)

    # Förord
    pdf.add_page()
    pdf.h1("1. Förord")
    pdf.p("Budgeten för 2025 tas fram i ett läge där kostnaderna för välfärden fortsätter att öka snabbare än "
          "skatteintäkterna. Befolkningen i Lysekil minskar svagt samtidigt som antalet invånare över 80 år blir "
          "fler. Det ställer krav på prioriteringar, men också på att vi vågar investera i det som gör kommunen "
          "attraktiv att bo och verka i.")
    pdf.p("Majoriteten föreslår en oförändrad skattesats om 22,56 kronor per skattekrona. Årets resultat "
          "budgeteras till 18,1 miljoner kronor, vilket motsvarar 1,7 procent av skatteintäkter och generella "
          "statsbidrag. Det långsiktiga finansiella målet om 2 procent nås därmed inte 2025, men planen visar en "
          "förbättring till 2,3 procent 2026.")
    pdf.p("Nämndernas ramar räknas upp med totalt 32,65 miljoner kronor för löne- och prisökningar. Samtidigt "
          "läggs ett effektiviseringskrav om sammanlagt 15,25 miljoner kronor på nämnderna. För politiska "
          "prioriteringar avsätts 10 miljoner kronor, bland annat till elevhälsan, hemtjänsten och våra "
          "badplatser. Till feriepraktik för kommunens ungdomar avsätts 850 000 kronor.")
    pdf.p("Den största enskilda investeringen under planperioden är den nya förskolan i Brastad med en beslutad "
          "totalutgift om 48 miljoner kronor. Därutöver fortsätter renoveringen av kajerna i Södra hamnen.")
    pdf.p("Lysekil i oktober 2024\n\nHelena Strandberg (M)\nKommunstyrelsens ordförande")

    # Omvärld
    pdf.add_page()
    pdf.h1("2. Omvärld och förutsättningar")
    pdf.h2("Samhällsekonomin")
    pdf.p("Sveriges Kommuner och Regioner (SKR) bedömer i sin oktoberprognos att skatteunderlaget växer med 4,1 "
          "procent 2025. Inflationen har fallit tillbaka men prisnivån ligger kvar på en hög nivå, vilket påverkar "
          "kommunens kostnader för bland annat livsmedel, energi och entreprenader. Pensionskostnaderna ökar "
          "kraftigt till följd av de senaste årens höga inflation.")
    pdf.h2("Befolkning")
    pdf.p("Den 31 december 2023 hade Lysekils kommun 14 415 invånare. Enligt kommunens befolkningsprognos minskar "
          "befolkningen till 14 380 invånare vid utgången av 2024 och till 14 350 invånare vid utgången av 2025. "
          "Budgeten bygger på ett invånarantal om 14 380 per den 1 november 2024, vilket är det antal som ligger "
          "till grund för skatteintäkterna. Andelen invånare som är 80 år eller äldre beräknas öka från 7,9 procent "
          "till 8,3 procent under planperioden.")
    pdf.h2("Kommunens organisation")
    pdf.p("Lysekils kommun har sex nämnder med egen budgetram: kommunstyrelsen, utbildningsnämnden, socialnämnden, "
          "samhällsbyggnadsnämnden, miljö- och byggnadsnämnden samt revisionen. Kommunens helägda bolag, "
          "LEVA i Lysekil AB och Lysekilsbostäder AB, ingår inte i denna budget. Kommundirektör är Johan Ekelund "
          "och ekonomichef är Maria Lindqvist.")

    # Mål
    pdf.add_page()
    pdf.h1("3. Mål och inriktning")
    pdf.p("Kommunfullmäktige har fastställt tre övergripande mål för mandatperioden 2023–2026: Lysekil ska vara "
          "en attraktiv kommun att bo, leva och verka i; kommunens verksamheter ska hålla god kvalitet och vara "
          "effektiva; samt kommunen ska ha en långsiktigt hållbar ekonomi.")
    pdf.h2("Finansiella mål")
    pdf.p("Årets resultat ska över en rullande femårsperiod uppgå till minst 2 procent av skatteintäkter och "
          "generella statsbidrag. Investeringar ska till minst 70 procent finansieras med egna medel under "
          "planperioden. Soliditeten inklusive samtliga pensionsåtaganden ska förbättras varje år.")
    pdf.h2("Verksamhetsmål i urval")
    pdf.p("Andelen elever i årskurs 9 som är behöriga till gymnasiets yrkesprogram ska öka från 81 procent till "
          "minst 85 procent. Den genomsnittliga väntetiden till särskilt boende ska vara högst 60 dagar. Andelen "
          "heltidsanställda ska uppgå till minst 80 procent senast 2026.")

    # Resultatbudget
    pdf.add_page()
    pdf.h1("4. Resultatbudget")
    _n = LYS_RES["Verksamhetens nettokostnader"]
    _sg = {c: LYS_RES["Skatteintäkter"][c] + LYS_RES["Generella statsbidrag och utjämning"][c] for c in ("P24", "B25")}
    pdf.p("Resultatbudgeten visar kommunens intäkter och kostnader för budgetåret samt planåren. Verksamhetens "
          f"nettokostnader ökar med {pct1((_n['B25'] / _n['P24'] - 1) * 100)} procent jämfört med prognosen för "
          f"2024, medan skatteintäkter och generella statsbidrag ökar med {pct1((_sg['B25'] / _sg['P24'] - 1) * 100)} "
          "procent.")
    cols = LYS_RES_COLS
    rows = []
    for label, note, vals in LYS_RES_ROWS:
        kind = "sum" if note == "" and label not in ("Avskrivningar",) else "row"
        rows.append((kind, [label, note] + [f1(vals[c]) for c in cols]))
    pdf.table("Tabell 1. Resultatbudget", "Belopp i mnkr",
              ["", "Not", "Utfall\n2023", "Prognos\n2024", "Budget\n2025", "Plan\n2026", "Plan\n2027"],
              [62, 10, 20, 20, 20, 20, 20], rows, aligns=["L", "C", "R", "R", "R", "R", "R"])
    pdf.set_font("D", "", 8)
    pdf.multi_cell(0, 4.2, "Noter: 1) Avgifter, taxor, hyror och riktade statsbidrag. 2) Exklusive "
                   "avskrivningar. 3) Planenliga avskrivningar på materiella anläggningstillgångar. 4)–5) Se tabell "
                   "2. 6)–7) Ränteintäkter, utdelning från LEVA i Lysekil AB respektive räntor på lån.")
    pdf.ln(3)

    # Skatteintäkter
    pdf.add_page()
    pdf.h1("5. Skatteintäkter och generella statsbidrag")
    pdf.p("Beräkningen av skatteintäkter och generella statsbidrag bygger på SKR:s skatteunderlagsprognos från "
          "oktober 2024 och en oförändrad skattesats om 22,56 kronor. Slutavräkningarna för 2024 och 2025 "
          "beräknas bli negativa med sammanlagt 8,5 miljoner kronor.")
    rows = []
    for label, a, b, c, _k in LYS_SKATT_ROWS:
        rows.append(("row", [label, f1(a), f1(b), f1(c)]))
    rows.append(("sum", ["Summa skatteintäkter och generella statsbidrag"] +
                 [f1(lys_skatt_sum(i)) for i in range(3)]))
    pdf.table("Tabell 2. Skatteintäkter och generella statsbidrag", "Belopp i mnkr",
              ["", "Budget 2025", "Plan 2026", "Plan 2027"], [88, 28, 28, 28], rows)

    # Driftbudget per nämnd
    pdf.add_page()
    pdf.h1("6. Driftbudget per nämnd")
    pdf.p("Tabellen visar nämndernas nettokostnader. Negativa belopp avser kostnader. Kolumnen förändring anger "
          "budget 2025 jämfört med budget 2024 i procent.")
    rows = []
    for r in lys_drift_rows():
        if r[0] == "section":
            rows.append(("section", [r[1]]))
        else:
            ch = "" if r[5] is None else pct1(r[5], EN)
            rows.append((r[0], [r[1], f1(r[2], EN), f1(r[3], EN), f1(r[4], EN), ch]))
    pdf.table("Tabell 3. Driftbudget per nämnd", "Belopp i mnkr",
              ["Nämnd", "Utfall\n2023", "Budget\n2024", "Budget\n2025", "Förändring\n%"],
              [74, 23, 23, 23, 23], rows)
    pdf.p("Socialnämnden har den största ramen och svarar för drygt 41 procent av nämndernas samlade budget. "
          "Gemensamma poster omfattar bland annat kommunfullmäktiges reserv för oförutsedda kostnader om 5,0 "
          "miljoner kronor och en löneöversynspott som fördelas till nämnderna när löneöversynen är klar.")

    # Ramförändringar
    pdf.add_page()
    pdf.h1("7. Ramförändringar 2025")
    pdf.p("Nämndernas ramar för 2025 utgår från ramen för 2024 som räknas upp för löne- och prisökningar och "
          "justeras för volymförändringar, politiska prioriteringar och effektiviseringskrav.")
    rows = []
    tot = [0] * 6
    for r in LYS_RAM:
        vals = list(r[1:]) + [ram2025(r)]
        tot = [tot[i] + vals[i] for i in range(6)]
        rows.append(("row", [r[0]] + [fi(v) for v in vals]))
    rows.append(("sum", ["Summa"] + [fi(v) for v in tot]))
    pdf.table("Tabell 4. Ramförändringar per nämnd", "Belopp i tkr",
              ["Nämnd", "Ram\n2024", "Löne- och\nprisupp-\nräkning", "Volym-\nförändring", "Politiska\nprioriteringar",
               "Effektivi-\nsering", "Ram\n2025"],
              [46, 19, 20, 21, 24, 20, 20], rows, size=8)
    pdf.p("Utbildningsnämndens volymförändring är negativ med 3,1 miljoner kronor till följd av färre barn i "
          "förskoleåldern. Socialnämndens volymökning om 6,2 miljoner kronor avser främst fler brukare inom "
          "hemtjänsten; av beloppet avser 3,2 miljoner kronor utökad hemtjänst på Skaftö och i Brastad.")
    pdf.p("De politiska prioriteringarna omfattar 2,3 miljoner kronor till elevhälsan och 2,2 miljoner kronor till "
          "läxhjälp och lovskola inom utbildningsnämnden, 2,8 miljoner kronor till fler korttidsplatser inom "
          "socialnämnden, 1,5 miljoner kronor till upprustning av badplatser och lekplatser samt 1,2 miljoner "
          "kronor till kommunstyrelsen, varav 850 000 kronor till feriepraktik och 350 000 kronor till "
          "trygghetsskapande åtgärder i centrala Lysekil.")

    # Driftbudget per verksamhet (continued over page break)
    pdf.add_page()
    pdf.h1("8. Driftbudget per verksamhet")
    pdf.p("I tabellen fördelas nämndernas budget på verksamheter. Fördelningen är preliminär och kan justeras av "
          "respektive nämnd i samband med att internbudgeten fastställs i december. Beloppen avser "
          "nettokostnader och redovisas därför med minustecken.")
    pdf.p("Inom utbildningsnämnden är grundskolan inklusive förskoleklass den största verksamheten. Inom "
          "socialnämnden svarar särskilt boende och hemtjänst tillsammans för närmare 60 procent av nämndens "
          "budget.")
    rows = []
    gt4 = gt5 = 0
    for n, items in lys_verk_table():
        rows.append(("section", [n]))
        s4 = s5 = 0
        for v, a, b in items:
            rows.append(("row", [v, f1(a), f1(b)]))
            s4, s5 = s4 + a, s5 + b
        rows.append(("sum", [f"Summa {n[0].lower() + n[1:]}", f1(s4), f1(s5)]))
        gt4, gt5 = gt4 + s4, gt5 + s5
    rows.append(("sum", ["Summa nämnder", f1(gt4), f1(gt5)]))
    pdf.table("Tabell 5. Driftbudget per verksamhet", "Belopp i mnkr",
              ["Verksamhet", "Budget 2024", "Budget 2025"], [100, 30, 30], rows, rh=5.4)

    # Nämndernas uppdrag
    pdf.add_page()
    pdf.h1("9. Nämndernas uppdrag")
    pdf.h2("Kommunstyrelsen")
    pdf.p("Kommunstyrelsen leder och samordnar kommunens verksamheter och ansvarar för ekonomi, personal, "
          "näringsliv och räddningstjänst. Kommunstyrelsens ordförande är Helena Strandberg (M) och förste vice "
          "ordförande är Erik Sjöberg (S). Ramen för 2025 uppgår till 121,1 miljoner kronor.")
    pdf.h2("Utbildningsnämnden")
    pdf.p("Utbildningsnämnden ansvarar för förskola, grundskola, gymnasieskola, vuxenutbildning och kulturskola. "
          "Nämndens ordförande är Peter Norlén (S). Antalet barn i förskolan väntas minska med cirka 40 under "
          "2025. Samtidigt fortsätter planeringen av den nya förskolan i Brastad som ska ersätta förskolorna "
          "Ängsgården och Solstrålen.")
    pdf.h2("Socialnämnden")
    pdf.p("Socialnämnden ansvarar för äldreomsorg, funktionsstöd och individ- och familjeomsorg. Nämndens "
          "ordförande är Karin Bäckström (KD). Ramen ökar med 16,7 miljoner kronor till 418,6 miljoner kronor. "
          "Nämnden har ett underskott från 2023 som ska hanteras genom en handlingsplan; utfallet 2023 "
          "överskred budget med 11,2 miljoner kronor.")
    pdf.add_page()
    pdf.h2("Samhällsbyggnadsnämnden")
    pdf.p("Samhällsbyggnadsnämnden ansvarar för gator, parker, hamnar, fritid, bibliotek och kommunens "
          "fastigheter. Nämndens ordförande är Ronny Hansson (SD). Beläggningsprogrammet för gator och vägar "
          "omfattar 5 miljoner kronor per år. Renoveringen av kajen i Södra hamnen fortsätter med 12 miljoner "
          "kronor 2025.")
    pdf.h2("Miljö- och byggnadsnämnden")
    pdf.p("Miljö- och byggnadsnämnden är kommunens myndighetsnämnd för plan- och bygglagen och miljöbalken. "
          "Nämndens ordförande är Anna Widell (C). Nämnden ska korta handläggningstiden för bygglov till i "
          "genomsnitt högst fyra veckor.")
    pdf.h2("Revisionen")
    pdf.p("Kommunens revisorer granskar all verksamhet på fullmäktiges uppdrag. Revisionens budget bereds av "
          "fullmäktiges presidium och uppgår till 1,7 miljoner kronor 2025.")

    # Investeringsbudget, landscape
    pdf.add_page(orientation="L")
    pdf.h1("10. Investeringsbudget 2025–2027")
    pdf.p("Investeringsbudgeten omfattar 40,3 miljoner kronor netto 2025. Inkomster från exploatering redovisas "
          "inom parentes. Projekt med en beslutad totalutgift över 10 miljoner kronor kräver särskilt "
          "genomförandebeslut i kommunstyrelsen.")
    rows = []
    for (n, items), (_n, s) in zip(LYS_INV_ROWS, LYS_INV_SECS):
        rows.append(("section", [n]))
        for it in items:
            rows.append(("row", [it[0]] + [fi(v, "()") for v in it[1:]]))
        rows.append(("sum", [f"Summa {n[0].lower() + n[1:]}"] + [fi(v, "()") for v in s]))
    rows.append(("sum", ["Summa investeringar"] + [fi(v, "()") for v in LYS_INV_TOT]))
    pdf.table("Tabell 6. Investeringsbudget per nämnd och projekt", "Belopp i tkr",
              ["Nämnd / projekt", "Beslutad\ntotalutgift", "Ackumulerat\nutfall t.o.m.\n2024", "Budget\n2025",
               "Plan\n2026", "Plan\n2027"],
              [105, 32, 34, 28, 28, 28], rows, orient="L", rh=5.4)

    # Balans + nyckeltal
    pdf.add_page(orientation="P")
    pdf.h1("11. Balansbudget och finansiella nyckeltal")
    order = ["Anläggningstillgångar", "Omsättningstillgångar", "Summa tillgångar", "Eget kapital",
             "därav årets resultat", "Avsättningar", "Långfristiga skulder", "Kortfristiga skulder",
             "Summa eget kapital, avsättningar och skulder"]
    rows = []
    for k in order:
        kind = "sum" if k.startswith("Summa") else "row"
        rows.append((kind, [k] + [f1(v) for v in LYS_BALANS[k]]))
    pdf.table("Tabell 7. Balansbudget", "Belopp i mnkr",
              ["", "Prognos\n2024", "Budget\n2025", "Plan\n2026", "Plan\n2027"], [82, 22, 22, 22, 22], rows)
    rows = [("row", list(r)) for r in LYS_NYCKEL]
    pdf.table("Tabell 8. Finansiella nyckeltal", "",
              ["Nyckeltal", "Utfall 2023", "Budget 2024", "Budget 2025"], [82, 28, 28, 28], rows)
    pdf.p("Soliditeten förbättras under planperioden men ligger fortsatt under genomsnittet för kommunerna i "
          "Västra Götaland. Självfinansieringsgraden för investeringarna beräknas till 159 procent 2025.")

    # Beslut
    pdf.add_page()
    pdf.h1("12. Kommunfullmäktiges beslut")
    pdf.p("Kommunfullmäktige beslutade den 21 november 2024, § 112, att\n"
          "– fastställa skattesatsen för 2025 till 22,56 kronor per skattekrona,\n"
          "– fastställa resultatbudget, balansbudget och investeringsbudget för 2025 samt plan för 2026–2027,\n"
          "– fastställa driftbudget per nämnd enligt tabell 3,\n"
          "– ge kommunstyrelsen rätt att under 2025 nyupplåna, det vill säga öka kommunens skulder, med högst "
          "25 miljoner kronor,\n"
          "– uppdra åt socialnämnden att senast den 31 mars 2025 redovisa en handlingsplan för en ekonomi i "
          "balans.")
    pdf.p("Vid sammanträdet var kommunfullmäktiges ordförande Bengt Rydén (L). Socialdemokraterna och "
          "Vänsterpartiet lämnade ett eget budgetförslag med skattesatsen 22,81 kronor, som föll efter votering "
          "med 19 röster mot 12. Ledamöterna från Sverigedemokraterna avstod från att delta i beslutet.")
    pdf_out(pdf, os.path.join(LDIR, "lysekil_budget_2025_plan_2026-2027.pdf"))


# ====================================================================== LYSEKIL HTML
def lysekil_html():
    html = """<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Nu startar bygget av nya förskolan i Brastad - Lysekils kommun</title>
<style>body{font-family:Arial,sans-serif} .cookie{position:fixed;bottom:0;background:#eee} nav a{margin:0 8px}</style>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}</script>
</head>
<body>
<div class="cookie" id="cookie-banner">
  <p>Vi använder kakor (cookies) för att webbplatsen ska fungera och för att förbättra din upplevelse. Läs mer i vår
  <a href="/kakor">kakpolicy</a>.</p>
  <button>Godkänn alla kakor</button> <button>Endast nödvändiga</button>
</div>
<header>
  <a href="/" class="logo">Lysekils kommun</a>
  <nav>
    <a href="/omsorg-och-stod">Omsorg och stöd</a>
    <a href="/forskola-och-skola">Förskola och skola</a>
    <a href="/bygga-bo-och-miljo">Bygga, bo och miljö</a>
    <a href="/trafik-och-infrastruktur">Trafik och infrastruktur</a>
    <a href="/uppleva-och-gora">Uppleva och göra</a>
    <a href="/kommun-och-politik">Kommun och politik</a>
  </nav>
  <form role="search"><input type="search" placeholder="Sök på webbplatsen"></form>
</header>
<div class="breadcrumbs"><a href="/">Startsida</a> / <a href="/nyheter">Nyheter</a> / Nu startar bygget av nya förskolan i Brastad</div>
<main>
<article>
<h1>Nu startar bygget av nya förskolan i Brastad</h1>
<p class="date">Publicerad 8 april 2025</p>
<p class="lead">I maj startar bygget av den nya förskolan i Brastad. Förskolan får sex avdelningar och plats för
110 barn och ersätter de två förskolorna Ängsgården och Solstrålen.</p>
<p>Kommunstyrelsen fattade genomförandebeslut för projektet den 12 februari 2025. Efter upphandlingen har
kommunen tecknat avtal med Bohusbygg AB som bygger förskolan på totalentreprenad för 46,3 miljoner kronor. Den
beslutade totalutgiften för projektet, inklusive inventarier och utemiljö, är 48 miljoner kronor.</p>
<p>Förskolan byggs på tomten vid Brastads idrottsplats, intill Brastad skola. Byggnaden blir i ett plan med
en stomme av trä och får solceller på taket. Gården planeras tillsammans med barn och personal.</p>
<blockquote>– Det här är den största satsningen på förskolan i Lysekil på många år. Barnen i Brastad får en
modern förskola med bra lärmiljöer och en gård som inbjuder till lek, säger Peter Norlén (S), ordförande i
utbildningsnämnden.</blockquote>
<h2>Tidplan</h2>
<ul>
<li>Maj 2025: byggstart och markarbeten</li>
<li>Hösten 2026: byggnaden är tät och invändiga arbeten påbörjas</li>
<li>Augusti 2027: förskolan tas i bruk</li>
</ul>
<p>Under byggtiden kan det periodvis bli störningar med tung trafik på Brastadsvägen. Parkeringen vid
idrottsplatsen är delvis avstängd från den 5 maj.</p>
<p>Har du frågor om projektet? Kontakta projektledare Sofia Almqvist, fastighetsavdelningen, via
kommunens kontaktcenter på telefon 0523-61 30 00.</p>
</article>
<aside>
<h2>Relaterade nyheter</h2>
<ul><li><a href="/nyheter/badplatser">Badplatserna rustas inför sommaren</a></li>
<li><a href="/nyheter/feriepraktik">Sök feriepraktik senast 31 mars</a></li></ul>
</aside>
</main>
<footer>
<p>Lysekils kommun, 453 80 Lysekil. Besöksadress: Stadshuset, Kungsgatan 42. Telefon: 0523-61 30 00.
E-post: lysekils.kommun@lysekil.se</p>
<p><a href="/tillganglighet">Tillgänglighetsredogörelse</a> | <a href="/personuppgifter">Behandling av personuppgifter</a> |
<a href="/kakor">Kakor</a></p>
<p>Följ oss på Facebook och Instagram</p>
</footer>
</body>
</html>
"""
    with open(os.path.join(LDIR, "nyhet_forskola_brastad.html"), "w", encoding="utf-8") as f:
        f.write(html)


# ====================================================================== LYSEKIL DOCX
def lysekil_docx():
    d = docx.Document()
    d.core_properties.created = datetime.datetime(2025, 3, 12)
    d.core_properties.modified = datetime.datetime(2025, 3, 12)
    d.core_properties.author = "Lysekils kommun"
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    d.add_heading("Protokoll – Kommunstyrelsen", 0)
    d.add_paragraph("Sammanträdesdatum: 2025-03-12")
    d.add_paragraph("Plats och tid: Sammanträdesrum Gullmarn, Stadshuset, Lysekil, klockan 09.00–12.15")
    d.add_paragraph("Beslutande: Helena Strandberg (M), ordförande; Erik Sjöberg (S), förste vice ordförande; "
                    "Anna Widell (C); Ronny Hansson (SD); Karin Bäckström (KD); Mats Lindahl (S); "
                    "Yvonne Karlsson (S); Per Andersson (M); Gunilla Ek (V); Thomas Ahlgren (L); "
                    "Lennart Nyström (SD)")
    d.add_paragraph("Övriga närvarande: Johan Ekelund, kommundirektör; Maria Lindqvist, ekonomichef; "
                    "Lotta Berg, sekreterare")
    d.add_paragraph("Justerare: Anna Widell (C). Justeringens plats och tid: Stadshuset, 2025-03-17.")

    d.add_heading("§ 41 Val av justerare", 2)
    d.add_paragraph("Kommunstyrelsen beslutar att utse Anna Widell (C) att jämte ordföranden justera dagens "
                    "protokoll.")

    d.add_heading("§ 42 Fördelning av föreningsbidrag 2025", 2)
    d.add_paragraph("Dnr LKS 2025-000041. Kommunstyrelsen har inom ramen för anslaget till föreningsstöd att fördela "
                    "verksamhetsbidrag till lokala föreningar. Totalt har elva föreningar ansökt om sammanlagt "
                    "512 000 kronor. Förvaltningen föreslår att fem föreningar beviljas bidrag enligt tabellen nedan.")
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    hdr = t.rows[0].cells
    hdr[0].text, hdr[1].text, hdr[2].text = "Förening", "Ort", "Beviljat belopp, kr"
    orter = ["Lysekil", "Brastad", "Skaftö", "Lysekil", "Lysekil"]
    for (n, b), o in zip(LYS_FORENING, orter):
        c = t.add_row().cells
        c[0].text, c[1].text, c[2].text = n, o, fi(b)
    c = t.add_row().cells
    c[0].text, c[1].text, c[2].text = "Summa", "", fi(sum(b for _, b in LYS_FORENING))
    d.add_paragraph("")
    d.add_paragraph("Beslut: Kommunstyrelsen beslutar att bevilja föreningsbidrag för 2025 enligt förvaltningens "
                    "förslag. Gunilla Ek (V) reserverar sig till förmån för eget yrkande om att även bevilja "
                    "Lysekils Schackklubb 12 000 kronor.")

    d.add_heading("§ 43 Tilläggsanslag för vinterväghållning", 2)
    d.add_paragraph("Dnr LKS 2025-000052. Vintern 2024/2025 har inneburit ovanligt många insatser med snöröjning "
                    "och halkbekämpning. Samhällsbyggnadsnämnden begär ett tilläggsanslag för att täcka "
                    "merkostnaderna.")
    d.add_paragraph("Beslut: Kommunstyrelsen beslutar att bevilja samhällsbyggnadsnämnden ett tilläggsanslag om "
                    "1,4 miljoner kronor för vinterväghållning 2025. Tilläggsanslaget finansieras ur "
                    "kommunfullmäktiges reserv för oförutsedda kostnader.")

    d.add_heading("§ 44 Avgifter för båtplatser i kommunala hamnar 2025", 2)
    d.add_paragraph("Dnr LKS 2024-000377. Avgifterna för båtplatser har varit oförändrade sedan 2022. "
                    "Samhällsbyggnadsnämnden föreslår en höjning för att täcka ökade kostnader för underhåll "
                    "av bryggor.")
    d.add_paragraph("Beslut: Kommunstyrelsen föreslår kommunfullmäktige att höja avgiften för en båtplats från "
                    "2 900 kronor till 3 150 kronor per säsong från och med den 1 maj 2025. Avgiften för "
                    "gästhamnen i Södra hamnen lämnas oförändrad.")

    d.add_heading("§ 45 Socialnämndens handlingsplan för ekonomi i balans", 2)
    d.add_paragraph("Dnr LKS 2024-000390. Socialnämnden har på uppdrag av kommunfullmäktige tagit fram en "
                    "handlingsplan. Planen innehåller åtgärder som beräknas minska kostnaderna med 7,6 miljoner "
                    "kronor under 2025, bland annat genom färre externa placeringar och minskad användning av "
                    "bemanningssjuksköterskor.")
    d.add_paragraph("Beslut: Kommunstyrelsen beslutar att lägga handlingsplanen till handlingarna och att "
                    "socialnämnden ska återrapportera till kommunstyrelsen den 10 september 2025.")
    d.add_paragraph("Vid protokollet: Lotta Berg, sekreterare")
    d.add_paragraph("Ordförande: Helena Strandberg          Justerare: Anna Widell")
    d.save(os.path.join(LDIR, "ks_protokoll_2025-03-12.docx"))
    fix_zip(os.path.join(LDIR, "ks_protokoll_2025-03-12.docx"))


# ====================================================================== LYSEKIL MD
def lysekil_md():
    md = """# Kommundirektörens nyhetsbrev – april 2025

*Till alla medarbetare i Lysekils kommun. Skrivet av kommundirektör Johan Ekelund, 4 april 2025.*

## Befolkningen

Enligt SCB:s kvartalsstatistik hade Lysekils kommun 14 362 invånare den 31 mars 2025. Det är 18 färre än
vid årsskiftet. Minskningen är mindre än vad befolkningsprognosen i budgeten utgick från.

## Feriepraktik

I år kan vi erbjuda 120 platser för feriepraktik till ungdomar som har gått ut årskurs 9 eller första året på
gymnasiet. Kommunfullmäktige har avsatt 850 000 kronor för feriepraktiken. Ansökan stängde den 31 mars och vi
fick in 164 ansökningar. Tack till alla chefer som har anmält praktikplatser!

## Sjukfrånvaro

Sjukfrånvaron för hela kommunen var 6,8 procent under 2024, jämfört med 7,3 procent 2023. Korttidsfrånvaron
har minskat mest inom äldreomsorgen.

## Nya chefer

- Linnea Holmgren börjar som HR-chef den 2 juni 2025. Hon kommer närmast från Uddevalla kommun.
- Jonas Falk är ny räddningschef sedan den 1 mars 2025.

## Södra hamnen

Arbetet med kajrenoveringen i Södra hamnen startade den 3 mars. Etapp 1, kajen mot Rökeriet, beräknas vara
klar i oktober 2025. Under arbetet är en del av gästhamnen avstängd.

## Budget 2026

Budgetarbetet för 2026 startar med en budgetdag för nämndernas presidier den 23 april. Preliminära ramar
beslutas av kommunstyrelsen i juni.

Vänliga hälsningar,
Johan Ekelund
"""
    with open(os.path.join(LDIR, "nyhetsbrev_kommundirektor_2025-04.md"), "w", encoding="utf-8") as f:
        f.write(md)


# ====================================================================== NORDANSTIG DELÅR
def nordanstig_delar():
    pdf = Doc("Nordanstigs kommun – Delårsrapport januari–augusti 2025")
    pdf.add_page()
    pdf.set_font("D", "B", 24)
    pdf.ln(55)
    pdf.cell(0, 14, "Nordanstigs kommun", align="C")
    pdf.ln(16)
    pdf.set_font("D", "B", 18)
    pdf.cell(0, 12, "Delårsrapport", align="C")
    pdf.ln(11)
    pdf.set_font("D", "", 13)
    pdf.cell(0, 10, "januari–augusti 2025", align="C")
    pdf.ln(30)
    pdf.set_font("D", "", 10)
    pdf.cell(0, 6, "Behandlad av kommunstyrelsen 2025-09-30, § 148", align="C")

    pdf.add_page()
    pdf.h1("Kommunstyrelsens ordförande har ordet")
    pdf.p("De första åtta månaderna av 2025 har präglats av fortsatt osäkerhet i omvärlden, men Nordanstigs "
          "kommun redovisar ett positivt resultat för perioden. Periodens resultat uppgår till 21,4 miljoner "
          "kronor, vilket är 5,2 miljoner kronor bättre än motsvarande period förra året.")
    pdf.p("Prognosen för helåret är ett resultat på 11,3 miljoner kronor, att jämföra med budgeterade 12,0 "
          "miljoner kronor. Nämnderna prognostiserar sammantaget ett underskott på 7,5 miljoner kronor, som till "
          "största delen vägs upp av högre skatteintäkter än budgeterat. Det är framför allt socialnämnden som "
          "har svårt att hålla sin budget.")
    pdf.p("Under perioden har vi invigt den nya gång- och cykelvägen mellan Bergsjö och Gnarp och påbörjat "
          "bygget av den nya förskolan i Gnarp. Ombyggnaden av reningsverket i Harmånger går enligt plan men "
          "blir klar först under 2026.")
    pdf.p("Bergsjö i september 2025\n\nLars-Erik Holm (C)\nKommunstyrelsens ordförande")

    pdf.add_page()
    pdf.h1("Väsentliga händelser under perioden")
    pdf.p("I mars beslutade kommunfullmäktige om en ny översiktsplan för Nordanstigs kommun. Planen pekar ut "
          "Bergsjö, Gnarp och Harmånger som prioriterade orter för nya bostäder.")
    pdf.p("Den 1 april tillträdde Anders Wiklund som ny kommundirektör. Han efterträdde Eva Sjödin som gick i "
          "pension. Ekonomichef är Sara Nyström.")
    pdf.p("Kommunen har beviljats 3,2 miljoner kronor från Post- och telestyrelsen för utbyggnad av bredband i "
          "Hassela och Stocka. Utbyggnaden sker under 2025 och 2026.")
    pdf.p("Sommarens skogsbrand vid Ilsbo i juli krävde omfattande insatser av räddningstjänsten. Kostnaderna "
          "för insatsen beräknas till 1,9 miljoner kronor, varav kommunen räknar med att få ersättning från "
          "staten för 1,1 miljoner kronor.")
    pdf.h2("Befolkning")
    pdf.p("Den 31 augusti 2025 hade kommunen 9 402 invånare, vilket är 45 färre än vid årsskiftet då "
          "invånarantalet var 9 447. Budgeten för 2025 bygger på ett invånarantal om 9 430. Skattesatsen för "
          "2025 är 23,31 kronor.")

    pdf.add_page()
    pdf.h1("Ekonomisk översikt")
    pdf.p("Verksamhetens nettokostnader för perioden uppgår till 431,7 miljoner kronor, en ökning med 3,6 procent "
          "jämfört med samma period 2024. Skatteintäkterna ökade med 4,5 procent. Resultaträkningen nedan "
          "visar utfallet för perioden, budget för helåret och helårsprognosen.")
    rows = []
    for label, note, vals in NOR_RES_ROWS:
        kind = "sum" if note == "" and label != "Avskrivningar" and label != "Finansiella intäkter" else "row"
        rows.append((kind, [label, note] + [f1(vals[c]) for c in NOR_RES_COLS]))
    pdf.table("Resultaträkning", "Belopp i mnkr",
              ["", "Not", "Utfall\njan–aug\n2025", "Utfall\njan–aug\n2024", "Budget\n2025", "Prognos\n2025"],
              [62, 10, 24, 24, 22, 22], rows, aligns=["L", "C", "R", "R", "R", "R"])
    pdf.set_font("D", "", 8)
    pdf.multi_cell(0, 4.2, "Not 1: Inklusive riktade statsbidrag. Not 2: Exklusive avskrivningar. Not 3: "
                   "Skatteintäkter och generella statsbidrag enligt SKR:s prognos i augusti 2025. Not 4: "
                   "Räntekostnader för lån hos Kommuninvest.")
    pdf.ln(3)
    pdf.p("Balanskravsresultatet för helåret beräknas till 10,8 miljoner kronor efter avdrag för "
          "realisationsvinster vid försäljning av mark om 0,5 miljoner kronor.")

    pdf.add_page()
    pdf.h1("Driftredovisning")
    pdf.p("Nämndernas nettokostnader redovisas nedan som positiva belopp. Avvikelse avser budget minus prognos; "
          "negativ avvikelse (underskott) anges inom parentes.")
    rows = []
    for n, b, u, pr in NOR_DRIFT:
        rows.append(("row", [n, f1(b), f1(u), f1(pr), f1(b - pr, "()")]))
    sb, su, sp = NOR_DRIFT_SUM
    rows.append(("sum", ["Summa nämnder", f1(sb), f1(su), f1(sp), f1(sb - sp, "()")]))
    pdf.table("Driftredovisning per nämnd", "Belopp i mnkr",
              ["Nämnd", "Budget\n2025", "Utfall\njan–aug 2025", "Prognos\n2025", "Avvikelse\nmot budget"],
              [62, 24, 28, 24, 26], rows)
    pdf.h2("Kommentarer per nämnd")
    pdf.p("Socialnämnden prognostiserar ett underskott om 6,2 miljoner kronor. Underskottet beror främst på "
          "kostnader för placeringar av barn och unga som överstiger budget med 4,1 miljoner kronor och på ökade "
          "kostnader för hemtjänsten. Socialnämndens ordförande är Birgitta Lund (S).")
    pdf.p("Barn- och utbildningsnämnden prognostiserar ett underskott om 2,5 miljoner kronor som främst förklaras "
          "av högre kostnader för skolskjuts och för elever i anpassad grundskola. Nämnden har infört "
          "restriktivitet vid nyanställningar.")
    pdf.p("Kommunstyrelsen prognostiserar ett överskott om 0,7 miljoner kronor, bland annat till följd av "
          "vakanta tjänster. Miljö- och byggnämnden visar ett överskott om 0,5 miljoner kronor tack vare högre "
          "intäkter från bygglov än väntat.")

    pdf.add_page()
    pdf.h1("Investeringar")
    pdf.p("Investeringarna under perioden uppgår till 18,6 miljoner kronor. Prognosen för helåret är 36,0 "
          "miljoner kronor, vilket är 7,8 miljoner kronor lägre än budget. Förskolan i Gnarp och reningsverket i "
          "Harmånger förskjuts delvis till 2026.")
    rows = [("row", [n, f1(b), f1(u), f1(p_)]) for n, b, u, p_ in NOR_INVEST]
    rows.append(("sum", ["Summa investeringar"] + [f1(v) for v in NOR_INVEST_SUM]))
    pdf.table("Investeringsredovisning", "Belopp i mnkr",
              ["Projekt", "Budget\n2025", "Utfall\njan–aug 2025", "Prognos\n2025"], [80, 26, 30, 26], rows)
    pdf.h1("Personal")
    rows = [("row", list(r)) for r in NOR_PERSONAL]
    pdf.table("Personalnyckeltal", "Per den 31 augusti respektive period januari–augusti",
              ["", "2025", "2024"], [90, 25, 25], rows)
    pdf.p("Sjukfrånvaron har minskat jämfört med samma period föregående år. Andelen heltidsanställda har ökat "
          "till 84 procent, vilket innebär att kommunen nått målet om 80 procent.")
    pdf_out(pdf, os.path.join(NDIR, "nordanstig_delarsrapport_jan-aug_2025.pdf"))


# ====================================================================== NORDANSTIG XLSX
def nordanstig_xlsx():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Elever per skola"
    ws.append(["Antal elever i grundskolan per skola, mätdatum 15 oktober respektive år"])
    ws["A1"].font = Font(bold=True)
    ws.append([])
    ws.append(["Skola", "Ort", "HT 2022", "HT 2023", "HT 2024", "HT 2025"])
    for c in ws[3]:
        c.font = Font(bold=True)
    for r in NOR_SKOLOR:
        ws.append(list(r))
    ws.append(["Summa", ""] + [sum(r[i] for r in NOR_SKOLOR) for i in range(2, 6)])
    ws.append([])
    ws.append(["Källa: Barn- och utbildningsförvaltningen, Nordanstigs kommun. HT 2025 avser preliminära siffror."])
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 14
    ws2 = wb.create_sheet("Förskolor")
    ws2.append(["Förskola", "Ort", "Inskrivna barn 2024", "Inskrivna barn 2025", "Avdelningar 2025"])
    for c in ws2[1]:
        c.font = Font(bold=True)
    for r in NOR_FORSKOLOR:
        ws2.append(list(r))
    ws2.append(["Summa", "", sum(r[2] for r in NOR_FORSKOLOR), sum(r[3] for r in NOR_FORSKOLOR),
                sum(r[4] for r in NOR_FORSKOLOR)])
    ws2.column_dimensions["A"].width = 16
    wb.properties.created = datetime.datetime(2025, 10, 20)
    wb.properties.modified = datetime.datetime(2025, 10, 20)
    wb.properties.creator = "Nordanstigs kommun"
    wb.save(os.path.join(NDIR, "nordanstig_elev_och_forskolestatistik.xlsx"))
    fix_zip(os.path.join(NDIR, "nordanstig_elev_och_forskolestatistik.xlsx"))


# ====================================================================== NORDANSTIG TXT
def nordanstig_txt():
    txt = """PRESSMEDDELANDE
Nordanstigs kommun
2025-05-14

Snabbare bredband till Hassela och Stocka

Nordanstigs kommun har beviljats 3,2 miljoner kronor i bredbandsstöd från Post- och telestyrelsen (PTS).
Stödet gör det möjligt att bygga ut fiber till ungefär 140 hushåll och 25 företag i Hassela och i byarna
runt Stocka som i dag saknar snabbt bredband.

Kommunen bidrar själv med 640 000 kronor och utbyggnaden genomförs av Nordanstigs Fibernät ekonomisk
förening. Arbetet startar i augusti 2025 och ska vara klart senast i december 2026.

"Snabbt bredband är lika viktigt som el och vatten för att man ska kunna bo och driva företag på
landsbygden. Det här är ett efterlängtat besked för Hassela", säger Lars-Erik Holm (C),
kommunstyrelsens ordförande.

Hushåll som vill ansluta sig betalar en anslutningsavgift på 19 500 kronor. Intresseanmälan görs till
fiberföreningen senast den 30 juni 2025.

För mer information, kontakta:
Emma Sundin, digitaliseringsstrateg, Nordanstigs kommun, telefon 0652-161 00
Lars-Erik Holm (C), kommunstyrelsens ordförande
"""
    with open(os.path.join(NDIR, "pressmeddelande_bredband_2025-05-14.txt"), "w", encoding="utf-8") as f:
        f.write(txt)


# ====================================================================== NORDANSTIG HTML
def nordanstig_html():
    html = """<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Delårsrapporten: Prognos på plus trots underskott i socialnämnden | Nordanstigs kommun</title>
<script src="/js/analytics.js"></script>
<style>.menu li{display:inline} #cookies{border:1px solid #999}</style>
</head>
<body>
<div id="cookies" role="dialog">
 <h2>Kakor på nordanstig.se</h2>
 <p>Nordanstigs kommun använder nödvändiga kakor för att webbplatsen ska fungera. Vi vill också använda
 analyskakor för att förstå hur webbplatsen används.</p>
 <button>Acceptera</button> <button>Neka analyskakor</button> <a href="/om-webbplatsen/kakor">Läs mer om kakor</a>
</div>
<div class="topbar"><a href="/lattlast">Lättläst</a> | <a href="/languages">Languages</a> | <a href="/lyssna">Lyssna</a></div>
<header>
 <div class="logo">Nordanstigs kommun</div>
 <ul class="menu">
  <li><a href="/barn-och-utbildning">Barn och utbildning</a></li>
  <li><a href="/omsorg-och-hjalp">Omsorg och hjälp</a></li>
  <li><a href="/bygga-bo-och-miljo">Bygga, bo och miljö</a></li>
  <li><a href="/naringsliv-och-arbete">Näringsliv och arbete</a></li>
  <li><a href="/kultur-och-fritid">Kultur och fritid</a></li>
  <li><a href="/kommun-och-politik">Kommun och politik</a></li>
 </ul>
</header>
<main id="content">
 <nav class="crumbs">Du är här: <a href="/">Start</a> &gt; <a href="/nyheter">Nyheter</a></nav>
 <h1>Delårsrapporten: Prognos på plus trots underskott i socialnämnden</h1>
 <p class="meta">Nyhet · 2 oktober 2025</p>
 <p><strong>Nordanstigs kommun räknar med ett överskott på 11,3 miljoner kronor för 2025. Det visar
 delårsrapporten för januari–augusti som kommunstyrelsen behandlade den 30 september.</strong></p>
 <p>Resultatet för årets första åtta månader blev 21,4 miljoner kronor. Helårsprognosen är 0,7 miljoner
 kronor sämre än budget, främst på grund av att socialnämnden räknar med ett underskott på 6,2 miljoner
 kronor.</p>
 <p>– Kostnaderna för placeringar av barn och unga har ökat kraftigt under året. Vi arbetar med att bygga ut
 öppenvården på hemmaplan så att fler kan få hjälp utan att placeras, säger Birgitta Lund (S), ordförande i
 socialnämnden.</p>
 <p>Med anledning av prognosen har kommunstyrelsen beslutat om ett anställningsstopp för administrativa
 tjänster från den 1 oktober till årets slut. Undantag kan beslutas av kommundirektören.</p>
 <p>Kommunfullmäktige behandlar delårsrapporten vid sitt sammanträde den 27 oktober i Bergsjö
 Folkets hus. Sammanträdet sänds på kommunens webbplats.</p>
 <p class="contact">Kontakt: Sara Nyström, ekonomichef, 0652-161 00</p>
</main>
<footer>
 <div>Nordanstigs kommun, Box 56, 829 21 Bergsjö. Organisationsnummer 212000-2387.</div>
 <div>Växel: 0652-161 00 · kommun@nordanstig.se</div>
 <div><a href="/tillganglighetsredogorelse">Tillgänglighetsredogörelse</a> · <a href="/personuppgifter">Personuppgifter</a> · <a href="/om-webbplatsen/kakor">Kakor</a></div>
</footer>
</body>
</html>
"""
    with open(os.path.join(NDIR, "nyhet_delarsrapport_2025.html"), "w", encoding="utf-8") as f:
        f.write(html)


def main():
    os.makedirs(LDIR, exist_ok=True)
    os.makedirs(NDIR, exist_ok=True)
    lysekil_budget()
    lysekil_html()
    lysekil_docx()
    lysekil_md()
    nordanstig_delar()
    nordanstig_xlsx()
    nordanstig_txt()
    nordanstig_html()
    for d in (LDIR, NDIR):
        for f in sorted(os.listdir(d)):
            print(os.path.join(d, f))


if __name__ == "__main__":
    main()
