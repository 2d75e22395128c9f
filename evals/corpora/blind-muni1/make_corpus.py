#!/usr/bin/env python3
"""Generate the blind-muni1 evaluation corpus (two fictionalised municipalities).

All figures, names and decisions are invented, written from public conventions of
Swedish municipal budgets and annual reports. Deterministic: rerunning produces the
same files.  Run with:  /work/main/.venv/bin/python make_corpus.py
"""
import datetime as dt
import io
import os
import zipfile

from fpdf import FPDF
import openpyxl
from openpyxl.styles import Font, Alignment
import docx
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FIXED = dt.datetime(2025, 1, 15, 9, 0, 0, tzinfo=dt.timezone.utc)
DASH = "\u2013"


# ---------------------------------------------------------------- formatting
def _group(n: int) -> str:
    s = str(n)
    parts = []
    while len(s) > 3:
        parts.insert(0, s[-3:])
        s = s[:-3]
    parts.insert(0, s)
    return " ".join(parts)


def fmt_tenths(v: int) -> str:
    """Tenths of mnkr -> '1 070,2' / '– 26,1'."""
    neg = v < 0
    v = abs(v)
    s = f"{_group(v // 10)},{v % 10}"
    return f"{DASH} {s}" if neg else s


def fmt_int(v: int, plus=False) -> str:
    neg = v < 0
    s = _group(abs(v))
    if neg:
        return f"{DASH} {s}"
    if plus and v > 0:
        return f"+{s}"
    return s


def fmt_pct1(num: int, den: int) -> str:
    x = round(1000 * num / den)  # tenths of a percent
    return f"{x // 10},{x % 10}"


# ======================================================================
# TINGSRYD (mnkr, stored as tenths)
# ======================================================================
T_YEARS = ["Bokslut 2024", "Budget 2025", "Plan 2026", "Plan 2027"]
T_DRIFT = [
    ("Kommunstyrelsen", "kommunstyrelsen", [
        ("Kommunledningskontoret", [582, 605, 618, 630]),
        ("Kultur och fritid", [246, 253, 259, 264]),
        ("Teknisk verksamhet", [419, 437, 446, 455]),
        ("Räddningstjänst", [198, 212, 217, 221]),
    ]),
    ("Barn- och utbildningsnämnden", "barn- och utbildningsnämnden", [
        ("Förskola", [884, 912, 930, 948]),
        ("Grundskola", [1921, 1984, 2030, 2075]),
        ("Gymnasieskola", [715, 739, 752, 766]),
        ("Vuxenutbildning", [123, 118, 120, 122]),
    ]),
    ("Socialnämnden", "socialnämnden", [
        ("Äldreomsorg", [2157, 2249, 2313, 2378]),
        ("Funktionsstöd", [826, 861, 884, 907]),
        ("Individ- och familjeomsorg", [543, 520, 528, 536]),
    ]),
    ("Samhällsbyggnadsnämnden", "samhällsbyggnadsnämnden", [
        ("Plan och bygg", [68, 71, 73, 74]),
        ("Miljö och hälsoskydd", [49, 52, 53, 54]),
    ]),
    ("Övriga nämnder", "övriga nämnder", [
        ("Revision", [14, 15, 15, 16]),
        ("Överförmyndarnämnden", [21, 23, 24, 24]),
        ("Valnämnden", [6, 1, 12, 1]),
    ]),
]
T_RB = {
    "Verksamhetens intäkter": (1, [1986, 1924, 1950, 1978]),
    "Avskrivningar": (3, [-387, -412, -440, -463]),
    "Skatteintäkter": (4, [6403, 6628, 6845, 7079]),
    "Generella statsbidrag och utjämning": (5, [2624, 2715, 2782, 2836]),
    "Finansiella intäkter": (6, [42, 38, 35, 35]),
    "Finansiella kostnader": (7, [-224, -261, -283, -302]),
}
T_RESULT = [189, 135, 172, 205]

# Tingsryd investments, tkr: (nr, projekt, nämnd, total, b25, p26, p27, kommentar)
T_INV = [
    ("1001", "Ny förskola i Urshult", "BUN", 52000, 18000, 26000, 0, "Byggstart 2024, inflyttning hösten 2026"),
    ("1002", "Ombyggnad Väckelsångs skola, kök och matsal", "BUN", 14500, 9500, 5000, 0, ""),
    ("1003", "Inventarier skola och förskola", "BUN", "Löpande", 1200, 1200, 1200, "Årlig ram"),
    ("2001", "Reinvestering gator och vägar", "KS", "Löpande", 6500, 6500, 7000, "Beläggningsprogram"),
    ("2002", "Gång- och cykelväg Väckelsång", "KS", 7800, 3900, 3900, 0, "Medfinansiering Trafikverket ingår ej"),
    ("2003", "Simhallen, renovering av bassäng och ventilation", "KS", 38000, 2000, 18000, 18000, "Förstudie 2025"),
    ("2004", "Energieffektivisering kommunala fastigheter", "KS", "Löpande", 3000, 3000, 3000, ""),
    ("2005", "IT-infrastruktur och digitalisering", "KS", "Löpande", 2400, 2000, 2000, ""),
    ("2006", "Räddningstjänsten, ny släckbil", "KS", 5200, 5200, 0, 0, "Leverans 2025"),
    ("2007", "Exploatering bostadsområde Sjöudden", "KS", 9000, 3000, 3000, 3000, "Etapp 1"),
    ("3001", "Larm och välfärdsteknik i äldreomsorgen", "SN", "Löpande", 1800, 1500, 1500, ""),
    ("3002", "Ombyggnad demensboendet Ekbacken", "SN", 16000, 6000, 10000, 0, "12 platser"),
]


def t_computed():
    n = len(T_YEARS)
    sums = {}
    tot = [0] * n
    for name, low, rows in T_DRIFT:
        s = [sum(r[1][i] for r in rows) for i in range(n)]
        sums[name] = s
        tot = [tot[i] + s[i] for i in range(n)]
    rb = {k: v[1] for k, v in T_RB.items()}
    fin_net = [rb["Finansiella intäkter"][i] + rb["Finansiella kostnader"][i] for i in range(n)]
    skatt_gsb = [rb["Skatteintäkter"][i] + rb["Generella statsbidrag och utjämning"][i] for i in range(n)]
    verks_res = [T_RESULT[i] - fin_net[i] for i in range(n)]
    nettokost = [verks_res[i] - skatt_gsb[i] for i in range(n)]  # negative
    kostnader = [nettokost[i] - rb["Verksamhetens intäkter"][i] - rb["Avskrivningar"][i] for i in range(n)]
    finansforv = [-nettokost[i] - tot[i] for i in range(n)]
    return dict(sums=sums, tot=tot, fin_net=fin_net, skatt_gsb=skatt_gsb, verks_res=verks_res,
                nettokost=nettokost, kostnader=kostnader, finansforv=finansforv)


# ======================================================================
# OCKELBO (tkr)
# ======================================================================
O_YEARS = ["Bokslut 2024", "Budget 2024", "Budget 2025", "Plan 2026", "Plan 2027"]
O_DRIFT = [
    ("Kommunstyrelsen", [
        ("Kommunledning och administration", [48210, 47500, 49300, 50400, 51500]),
        ("Teknik och service", [22640, 23100, 23900, 24400, 24900]),
        ("Räddningstjänst (medlemsavgift)", [9870, 9870, 10350, 10660, 10980]),
        ("Näringsliv och arbetsmarknad", [6480, 6900, 6750, 6900, 7050]),
    ]),
    ("Utbildningsnämnden", [
        ("Förskola och pedagogisk omsorg", [41320, 41800, 42900, 43800, 44700]),
        ("Grundskola och fritidshem", [85960, 86300, 88150, 89900, 91700]),
        ("Gymnasieskola", [38410, 38900, 40200, 41000, 41800]),
        ("Vuxenutbildning och SFI", [7110, 6500, 6200, 6300, 6400]),
    ]),
    ("Omsorgsnämnden", [
        ("Äldreomsorg", [121450, 118200, 124600, 127800, 131000]),
        ("LSS och socialpsykiatri", [52380, 51900, 54300, 55700, 57100]),
        ("Individ- och familjeomsorg", [31800, 30830, 31500, 32200, 32900]),
    ]),
]
O_SINGLE = [
    ("Myndighetsnämnden", [1240, 1300, 1350, 1380, 1410]),
    ("Revision", [980, 1000, 1050, 1080, 1100]),
    ("Överförmyndare", [1460, 1400, 1500, 1540, 1580]),
]
O_FF_BUDGET2024 = 19500
O_RB_YEARS = ["Bokslut 2024", "Budget 2025", "Plan 2026", "Plan 2027"]
O_RB = {
    "Verksamhetens intäkter": (1, [78420, 74600, 75800, 77000]),
    "Avskrivningar": (3, [-19870, -21400, -23100, -24300]),
    "Skatteintäkter": (4, [318540, 338900, 350200, 361800]),
    "Generella statsbidrag och utjämning": (5, [178260, 182400, 186100, 189300]),
    "Finansiella intäkter": (6, [2310, 1900, 1800, 1800]),
    "Finansiella kostnader": (7, [-9640, -12480, -13900, -15200]),
}
O_RESULT = [9852, 8300, 9100, 9900]

# Ockelbo investments, tkr: (nr, projekt, nämnd, kategori, b25, p26, p27)
O_INV = [
    ("K101", "Reinvestering gator, vägar och belysning", "Kommunstyrelsen", "Reinvestering", 3500, 3500, 3500),
    ("K102", "Tillbyggnad förskola Åbyggeby", "Kommunstyrelsen", "Nyinvestering", 12000, 6500, 0),
    ("K103", "Planerat fastighetsunderhåll", "Kommunstyrelsen", "Reinvestering", 4200, 4200, 4500),
    ("K104", "Vatten och avlopp, ledningsnät", "Kommunstyrelsen", "Reinvestering", 6800, 7000, 7200),
    ("K105", "Laddinfrastruktur för kommunens fordon", "Kommunstyrelsen", "Nyinvestering", 900, 600, 0),
    ("U201", "Inventarier och IT, skolor", "Utbildningsnämnden", "Reinvestering", 1100, 1100, 1100),
    ("U202", "Ny skolgård, Centralskolan", "Utbildningsnämnden", "Nyinvestering", 2300, 0, 0),
    ("O301", "Välfärdsteknik i äldreomsorgen", "Omsorgsnämnden", "Nyinvestering", 1400, 900, 900),
    ("O302", "Inventarier särskilt boende", "Omsorgsnämnden", "Reinvestering", 600, 600, 600),
]


def o_computed():
    n = len(O_YEARS)
    sums = {}
    tot = [0] * n
    for name, rows in O_DRIFT:
        s = [sum(r[1][i] for r in rows) for i in range(n)]
        sums[name] = s
        tot = [tot[i] + s[i] for i in range(n)]
    for name, vals in O_SINGLE:
        tot = [tot[i] + vals[i] for i in range(n)]
    rb = {k: v[1] for k, v in O_RB.items()}
    m = len(O_RB_YEARS)
    fin_net = [rb["Finansiella intäkter"][i] + rb["Finansiella kostnader"][i] for i in range(m)]
    skatt_gsb = [rb["Skatteintäkter"][i] + rb["Generella statsbidrag och utjämning"][i] for i in range(m)]
    verks_res = [O_RESULT[i] - fin_net[i] for i in range(m)]
    nettokost = [verks_res[i] - skatt_gsb[i] for i in range(m)]
    kostnader = [nettokost[i] - rb["Verksamhetens intäkter"][i] - rb["Avskrivningar"][i] for i in range(m)]
    # map RB years onto driftbudget columns (Budget 2024 has no RB column)
    rb_idx = {0: 0, 2: 1, 3: 2, 4: 3}
    ff = []
    for i in range(n):
        if i in rb_idx:
            ff.append(-nettokost[rb_idx[i]] - tot[i])
        else:
            ff.append(O_FF_BUDGET2024)
    netto_drift = [tot[i] + ff[i] for i in range(n)]
    return dict(sums=sums, tot=tot, fin_net=fin_net, skatt_gsb=skatt_gsb, verks_res=verks_res,
                nettokost=nettokost, kostnader=kostnader, ff=ff, netto_drift=netto_drift)


# ======================================================================
# PDF helpers
# ======================================================================
class BudgetPDF(FPDF):
    def __init__(self, header_text, footer_text):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.header_text = header_text
        self.footer_text = footer_text
        self.add_font("DejaVu", "", os.path.join(FONT_DIR, "DejaVuSans.ttf"))
        self.add_font("DejaVu", "B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))
        self.add_font("DejaVu", "I", os.path.join(FONT_DIR, "DejaVuSans-Oblique.ttf"))
        self.set_creation_date(FIXED)
        self.set_auto_page_break(True, margin=20)
        self.set_margins(20, 20, 20)

    def multi_cell(self, *args, **kwargs):
        kwargs.setdefault("new_x", "LMARGIN")
        kwargs.setdefault("new_y", "NEXT")
        kwargs.setdefault("align", "L")
        return super().multi_cell(*args, **kwargs)

    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("DejaVu", "I", 8)
        self.cell(0, 6, self.header_text, align="R")
        self.ln(10)

    def footer(self):
        self.set_y(-14)
        self.set_font("DejaVu", "I", 8)
        self.cell(0, 6, f"{self.footer_text}    Sida {self.page_no()} av {{nb}}", align="C")

    # text helpers
    def h1(self, t):
        self.set_font("DejaVu", "B", 16)
        self.multi_cell(0, 9, t)
        self.ln(2)

    def h2(self, t):
        self.set_font("DejaVu", "B", 12.5)
        self.multi_cell(0, 7, t)
        self.ln(1)

    def h3(self, t):
        self.set_font("DejaVu", "B", 10.5)
        self.multi_cell(0, 6, t)

    def p(self, t):
        self.set_font("DejaVu", "", 10)
        self.multi_cell(0, 5.2, t)
        self.ln(2.5)

    def bullet(self, t):
        self.set_font("DejaVu", "", 10)
        self.set_x(self.l_margin + 4)
        self.multi_cell(0, 5.2, "\u2022 " + t)
        self.ln(0.5)

    def table(self, head, rows, widths, bold_rows=(), first_align="L", size=8.5, caption=None):
        if caption:
            self.set_font("DejaVu", "B", 9.5)
            self.multi_cell(0, 5.5, caption)
        self.set_font("DejaVu", "B", size - 0.5)
        self.set_fill_color(222, 230, 238)
        for j, h in enumerate(head):
            assert self.get_string_width(h) <= widths[j] - 1.5, (h, widths[j])
            self.cell(widths[j], 6.5, h, border="B", align="L" if j == 0 else "R", fill=True)
        self.ln()
        for i, r in enumerate(rows):
            bold = i in bold_rows
            self.set_font("DejaVu", "B" if bold else "", size)
            for j, c in enumerate(r):
                assert self.get_string_width(c) <= widths[j] - 1.5, (c, widths[j])
                self.cell(widths[j], 5.6, c, border="T" if bold else 0,
                          align=first_align if j == 0 else "R")
            self.ln()
        self.ln(3)


# ======================================================================
# TINGSRYD documents
# ======================================================================
def tingsryd_pdf(path):
    c = t_computed()
    inv25 = sum(r[4] for r in T_INV)
    res_pct = [fmt_pct1(T_RESULT[i], c["skatt_gsb"][i]) for i in range(4)]
    pdf = BudgetPDF("Tingsryds kommun – Budget 2025 och verksamhetsplan 2026–2027",
                    "Tingsryds kommun")
    pdf.alias_nb_pages()

    # --- page 1
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 11)
    pdf.cell(0, 8, "TINGSRYDS KOMMUN")
    pdf.ln(30)
    pdf.set_font("DejaVu", "B", 24)
    pdf.multi_cell(0, 12, "Budget 2025 och verksamhetsplan 2026–2027")
    pdf.ln(6)
    pdf.set_font("DejaVu", "", 11)
    pdf.multi_cell(0, 6, "Antagen av kommunfullmäktige 2024-11-25, § 112\nDiarienummer KS 2024/318")
    pdf.ln(20)
    pdf.h2("Innehåll")
    for t in ["Förord", "Budgetförutsättningar", "Finansiella mål", "Resultatbudget",
              "Driftbudget per nämnd", "Kommentarer till driftbudgeten", "Investeringar",
              "Noter till resultatbudgeten"]:
        pdf.bullet(t)

    # --- page 2
    pdf.add_page()
    pdf.h1("Förord")
    pdf.p("Budgeten för 2025 tas fram i ett läge där kostnaderna för välfärden fortsätter att öka "
          "snabbare än skatteintäkterna. Fler äldre behöver omsorg, samtidigt som antalet barn i "
          "förskoleåldern minskar något. Vi har därför prioriterat äldreomsorgen och grundskolan och "
          "ställer krav på effektiviseringar inom den administrativa verksamheten.")
    pdf.p("Majoriteten har valt att behålla en oförändrad skattesats. Det innebär att resultatet för "
          "2025 blir lägre än vårt långsiktiga mål, men att vi under planperioden ska nå ett resultat "
          "som motsvarar minst två procent av skatteintäkter och generella statsbidrag.")
    pdf.set_font("DejaVu", "I", 10)
    pdf.multi_cell(0, 5.2, "Annika Lindqvist (C)\nKommunstyrelsens ordförande")
    pdf.ln(5)
    pdf.h1("Budgetförutsättningar")
    pdf.h3("Skattesats")
    pdf.p("Den kommunala skattesatsen för 2025 är oförändrad och uppgår till 22,16 kronor per "
          "skattekrona. Tillsammans med regionskatten i Region Kronoberg blir den totala "
          "skattesatsen 33,72 kronor.")
    pdf.h3("Befolkning")
    pdf.p("Den 1 november 2024 hade kommunen 12 236 invånare. Skatteintäkter och generella "
          "statsbidrag har beräknats utifrån ett antagande om 12 200 invånare den 1 november 2024 "
          "för intäktsåret 2025 och en fortsatt svag minskning under planperioden.")
    pdf.h3("Skatteunderlag och priser")
    pdf.p("Beräkningarna bygger på Sveriges Kommuner och Regioners (SKR) skatteunderlagsprognos "
          "från oktober 2024. Skatteunderlaget beräknas öka med 4,1 procent 2025, 3,6 procent 2026 "
          "och 3,8 procent 2027. I nämndernas ramar har kompensation lämnats för löneökningar med "
          "3,4 procent och för övriga prisökningar med 2,0 procent. Arbetsgivarens "
          "personalomkostnadspålägg (PO) är 31,4 procent. Internräntan är 2,5 procent.")
    pdf.h3("Effektiviseringskrav")
    pdf.p("Samtliga nämnder har ett generellt effektiviseringskrav på 0,5 procent av "
          "nettokostnaden 2025. Kommunstyrelsen har därutöver ett särskilt uppdrag att minska "
          "kostnaderna för administration med 3,0 mnkr till och med 2026.")

    # --- page 3
    pdf.add_page()
    pdf.h1("Finansiella mål")
    pdf.p("Kommunfullmäktige har fastställt tre finansiella mål för god ekonomisk hushållning. "
          "Tabellen visar målvärde och budgeterat utfall för 2025.")
    pdf.table(["Finansiellt mål", "Målvärde", "Budget 2025"],
              [["Årets resultat i % av skatter och statsbidrag", "minst 2,0 %", f"{res_pct[1]} %"],
               ["Självfinansieringsgrad av investeringar", "100 %", "88 %"],
               ["Låneskuld per invånare", "högst 45 000 kr", "42 600 kr"]],
              [90, 40, 40], size=9)
    pdf.p(f"Resultatmålet nås inte 2025 men väntas nås 2027, då resultatet beräknas motsvara "
          f"{res_pct[3]} procent av skatteintäkter och generella statsbidrag.")
    pdf.h1("Resultatbudget")
    rows, bold = [], []
    rbv = {k: v for k, v in T_RB.items()}

    def rbrow(label, note, vals, b=False):
        if b:
            bold.append(len(rows))
        rows.append([label, note] + [fmt_tenths(v) for v in vals])
    rbrow("Verksamhetens intäkter", "1", rbv["Verksamhetens intäkter"][1])
    rbrow("Verksamhetens kostnader", "2", c["kostnader"])
    rbrow("Avskrivningar", "3", rbv["Avskrivningar"][1])
    rbrow("Verksamhetens nettokostnad", "", c["nettokost"], True)
    rbrow("Skatteintäkter", "4", rbv["Skatteintäkter"][1])
    rbrow("Generella statsbidrag och utjämning", "5", rbv["Generella statsbidrag och utjämning"][1])
    rbrow("Verksamhetens resultat", "", c["verks_res"], True)
    rbrow("Finansiella intäkter", "6", rbv["Finansiella intäkter"][1])
    rbrow("Finansiella kostnader", "7", rbv["Finansiella kostnader"][1])
    rbrow("Resultat efter finansiella poster", "", T_RESULT, True)
    rbrow("Extraordinära poster", "", [0, 0, 0, 0])
    rbrow("Årets resultat", "", T_RESULT, True)
    pdf.table(["mnkr", "Not"] + T_YEARS, rows, [62, 12, 24, 24, 24, 24], bold_rows=bold,
              caption="Resultatbudget 2025–2027, mnkr")

    # --- page 4: driftbudget part 1
    pdf.add_page()
    pdf.h1("Driftbudget per nämnd")
    pdf.p("Driftbudgeten anger nämndernas nettokostnader, det vill säga kostnader minskade med "
          "avgifter, taxor och riktade statsbidrag. Beloppen anges i miljoner kronor (mnkr). "
          "Kolumnen Andel 2025 (%) visar verksamhetens andel av summa nämnder i budget 2025.")
    head = ["Nettokostnad, mnkr"] + T_YEARS + ["Andel 2025 (%)"]
    widths = [61, 21, 21, 21, 21, 25]
    tot25 = c["tot"][1]

    def section_rows(sections):
        rows, bold = [], []
        for name, low, items in sections:
            bold.append(len(rows))
            rows.append([name, "", "", "", "", ""])
            for lab, vals in items:
                rows.append([lab] + [fmt_tenths(v) for v in vals] + [fmt_pct1(vals[1], tot25)])
            s = c["sums"][name]
            bold.append(len(rows))
            rows.append([f"Summa {low}"] + [fmt_tenths(v) for v in s] + [fmt_pct1(s[1], tot25)])
        return rows, bold
    rows, bold = section_rows(T_DRIFT[:2])
    pdf.table(head, rows, widths, bold_rows=bold, caption="Driftbudget per nämnd, mnkr", size=7.5)
    pdf.set_font("DejaVu", "I", 8.5)
    pdf.multi_cell(0, 5, "Tabellen fortsätter på nästa sida.")

    # --- page 5: driftbudget continued
    pdf.add_page()
    rows, bold = section_rows(T_DRIFT[2:])
    bold.append(len(rows))
    rows.append(["Summa nämnder"] + [fmt_tenths(v) for v in c["tot"]] + ["100,0"])
    rows.append(["Finansförvaltning och gemensamma poster"] + [fmt_tenths(v) for v in c["finansforv"]] + [""])
    bold.append(len(rows))
    rows.append(["Verksamhetens nettokostnad"] + [fmt_tenths(-v) for v in c["nettokost"]] + [""])
    pdf.table(head, rows, widths, bold_rows=bold, caption="Driftbudget per nämnd, mnkr (forts.)", size=7.5)
    pdf.set_font("DejaVu", "I", 8.5)
    pdf.multi_cell(0, 5, "Finansförvaltningen redovisar bland annat intern ränta, pensionskostnader "
                         "utöver PO-pålägget och reserverade medel för oförutsedda kostnader.")
    pdf.ln(4)
    pdf.h1("Kommentarer till driftbudgeten")
    pdf.h3("Kommunstyrelsen")
    pdf.p("Kommunstyrelsens ram omfattar kommunledningskontoret, kultur och fritid, teknisk "
          "verksamhet samt räddningstjänsten. Räddningstjänsten får ett tillskott för ökade "
          "kostnader för utbildning av deltidsbrandmän.")
    pdf.h3("Barn- och utbildningsnämnden")
    pdf.p("Nämnden, med ordförande Jonas Karlsson (KD), får ökade ramar främst för grundskolan där "
          "elevantalet i årskurs 7–9 ökar. Vuxenutbildningens ram minskas eftersom färre elever "
          "läser svenska för invandrare.")
    pdf.h3("Socialnämnden")
    pdf.p("Socialnämnden, med ordförande Birgitta Nilsson (M), får den största ramökningen. "
          "Äldreomsorgen tillförs medel för tolv nya platser på demensboendet Ekbacken. Inom "
          "individ- och familjeomsorgen förutsätts kostnaderna för externa placeringar minska genom "
          "fler insatser på hemmaplan.")
    pdf.h3("Samhällsbyggnadsnämnden")
    pdf.p("Samhällsbyggnadsnämnden ansvarar för plan- och byggfrågor samt miljö- och "
          "hälsoskydd. Nämndens ram är i stort sett oförändrad i fasta priser.")

    # --- page 6
    pdf.add_page()
    pdf.h1("Investeringar")
    pdf.p(f"Investeringsbudgeten för 2025 uppgår till {fmt_tenths(inv25 // 100)} mnkr. De största "
          "projekten är den nya förskolan i Urshult, ombyggnaden av kök och matsal på Väckelsångs "
          "skola och ombyggnaden av demensboendet Ekbacken. Under planperioden påbörjas "
          "renoveringen av simhallen. Investeringarna per projekt redovisas i en separat bilaga "
          "(Investeringsbudget 2025–2027).")
    pdf.p("Investeringarna finansieras med egna medel och nya lån. Låneskulden beräknas öka från "
          "498 mnkr vid utgången av 2024 till 520 mnkr vid utgången av 2025.")
    pdf.h1("Noter till resultatbudgeten")
    notes = [
        ("Not 1 Verksamhetens intäkter", "Avgifter, taxor, hyror och riktade statsbidrag. Riktade statsbidrag från Skolverket och Socialstyrelsen har beräknats till samma nivå som 2024."),
        ("Not 2 Verksamhetens kostnader", "Personalkostnaderna utgör cirka 63 procent av verksamhetens kostnader."),
        ("Not 3 Avskrivningar", "Avskrivningarna ökar till följd av färdigställda investeringar, främst förskolan i Urshult."),
        ("Not 4 Skatteintäkter", "Beräknade enligt SKR:s prognos i oktober 2024 och en skattesats på 22,16 kronor."),
        ("Not 5 Generella statsbidrag och utjämning", "Inkomstutjämning, kostnadsutjämning, regleringsbidrag, LSS-utjämning och fastighetsavgift."),
        ("Not 6 Finansiella intäkter", "Utdelning och ränta från de kommunala bolagen samt borgensavgifter."),
        ("Not 7 Finansiella kostnader", "Räntor på kommunens lån. Den genomsnittliga räntan beräknas till 3,1 procent 2025."),
    ]
    for h, t in notes:
        pdf.h3(h)
        pdf.p(t)
    pdf.output(path)


def tingsryd_html(path):
    rows = [
        ("Årets resultat (mnkr)", "31,2", "8,4", fmt_tenths(T_RESULT[0])),
        ("Skattesats (kr)", "22,16", "22,16", "22,16"),
        ("Soliditet inkl. samtliga pensionsförpliktelser (%)", "18,2", "17,5", "18,1"),
        ("Låneskuld (mnkr)", "410", "455", "498"),
        ("Nettoinvesteringar (mnkr)", "71,3", "88,0", "65,4"),
        ("Antal invånare 31 december", "12 290", "12 268", "12 241"),
    ]
    trs = "\n".join(
        f"          <tr><th scope=\"row\">{a}</th><td>{b}</td><td>{c}</td><td>{d}</td></tr>"
        for a, b, c, d in rows)
    html = f"""<!DOCTYPE html>
<html lang="sv">
<head>
  <meta charset="utf-8">
  <title>Finansiell information - Tingsryds kommun</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
</head>
<body>
  <div id="cookie-banner" class="cookie-consent" role="dialog" aria-label="Kakor">
    <p>Vi använder kakor (cookies) för att webbplatsen ska fungera och för att förbättra din upplevelse. Läs mer om hur vi använder kakor.</p>
    <button type="button">Godkänn alla kakor</button>
    <button type="button">Endast nödvändiga</button>
  </div>
  <header class="site-header">
    <a class="skip-link" href="#main">Hoppa till huvudinnehållet</a>
    <a class="logo" href="/">Tingsryds kommun</a>
    <form class="search" action="/sok"><input type="search" name="q" placeholder="Sök på webbplatsen"><button>Sök</button></form>
    <nav class="main-nav" aria-label="Huvudmeny">
      <ul>
        <li><a href="/barn-och-utbildning">Barn och utbildning</a></li>
        <li><a href="/omsorg-och-stod">Omsorg och stöd</a></li>
        <li><a href="/bygga-bo-och-miljo">Bygga, bo och miljö</a></li>
        <li><a href="/kultur-och-fritid">Kultur och fritid</a></li>
        <li><a href="/naringsliv-och-arbete">Näringsliv och arbete</a></li>
        <li><a href="/kommun-och-politik">Kommun och politik</a></li>
      </ul>
    </nav>
  </header>
  <nav class="breadcrumbs" aria-label="Brödsmulor">
    <a href="/">Start</a> / <a href="/kommun-och-politik">Kommun och politik</a> / <a href="/kommun-och-politik/ekonomi">Ekonomi</a> / Finansiell information
  </nav>
  <main id="main">
    <article>
      <h1>Finansiell information</h1>
      <p class="lead">Här hittar du en sammanfattning av Tingsryds kommuns ekonomi, nyckeltal för de senaste tre åren och länkar till årsredovisningar och budgetdokument.</p>
      <h2>Ekonomin i korthet</h2>
      <p>Tingsryds kommun redovisade ett positivt resultat för 2024 och har haft överskott varje år sedan 2015. Kommunens långsiktiga mål är att årets resultat ska uppgå till minst två procent av skatteintäkter och generella statsbidrag. Under 2023 nåddes inte målet, främst på grund av höga pensionskostnader och kraftigt ökade priser.</p>
      <p>Kommunkoncernen består av kommunen och de helägda bolagen Tingsryds Bostads AB och Tingsryds Energi AB. Uppgifterna nedan avser kommunen.</p>
      <h2>Nyckeltal 2022–2024</h2>
      <table class="table">
        <caption>Nyckeltal för Tingsryds kommun enligt årsredovisningarna</caption>
        <thead>
          <tr><th scope="col">Nyckeltal</th><th scope="col">2022</th><th scope="col">2023</th><th scope="col">2024</th></tr>
        </thead>
        <tbody>
{trs}
        </tbody>
      </table>
      <h2>Dokument</h2>
      <ul class="documents">
        <li><a href="/download/arsredovisning-2024.pdf">Årsredovisning 2024 (pdf, 4,1 MB)</a></li>
        <li><a href="/download/arsredovisning-2023.pdf">Årsredovisning 2023 (pdf, 3,8 MB)</a></li>
        <li><a href="/download/budget-2025.pdf">Budget 2025 och verksamhetsplan 2026–2027 (pdf)</a></li>
      </ul>
      <p>Har du frågor om kommunens ekonomi? Kontakta ekonomichef Peter Sandberg via kommunens kontaktcenter.</p>
      <p class="updated">Senast uppdaterad: 2025-04-22</p>
    </article>
  </main>
  <footer class="site-footer">
    <p>Tingsryds kommun · Kontaktcenter 0477-441 00 · kommun@tingsryd.se</p>
    <ul>
      <li><a href="/om-webbplatsen">Om webbplatsen</a></li>
      <li><a href="/tillganglighetsredogorelse">Tillgänglighetsredogörelse</a></li>
      <li><a href="/personuppgifter">Behandling av personuppgifter</a></li>
      <li><a href="/kakor">Kakor</a></li>
    </ul>
    <p>Följ oss på Facebook och Instagram</p>
  </footer>
</body>
</html>
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(html)


def _fix_xlsx_props(wb):
    wb.properties.creator = "Ekonomiavdelningen"
    wb.properties.created = FIXED.replace(tzinfo=None)
    wb.properties.modified = FIXED.replace(tzinfo=None)
    wb.properties.lastModifiedBy = "Ekonomiavdelningen"


def tingsryd_xlsx(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Investeringar 2025-2027"
    ws["A1"] = "Tingsryds kommun – Investeringsbudget 2025–2027"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Belopp i tkr. Bilaga till Budget 2025 och verksamhetsplan 2026–2027, KF 2024-11-25 § 112"
    ws["A3"] = "BUN = barn- och utbildningsnämnden, KS = kommunstyrelsen, SN = socialnämnden"
    head = ["Projektnr", "Projekt", "Ansvarig nämnd", "Total projektbudget", "Budget 2025",
            "Plan 2026", "Plan 2027", "Kommentar"]
    ws.append([])
    ws.append(head)
    for cell in ws[5]:
        cell.font = Font(bold=True)
    for r in T_INV:
        ws.append(list(r))
    ws.append(["", "Summa investeringar", "", "",
               sum(r[4] for r in T_INV), sum(r[5] for r in T_INV), sum(r[6] for r in T_INV), ""])
    for cell in ws[ws.max_row]:
        cell.font = Font(bold=True)
    for col, w in zip("ABCDEFGH", [11, 48, 16, 20, 13, 12, 12, 40]):
        ws.column_dimensions[col].width = w
    _fix_xlsx_props(wb)
    wb.save(path)


def _docx_base(title_core):
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Kommunkansliet"
    cp.title = title_core
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_modified_by = "Kommunkansliet"
    cp.revision = 1
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    return d


def tingsryd_docx(path):
    res25 = fmt_tenths(T_RESULT[1])
    d = _docx_base("Kommunfullmäktige 25 november 2024 – sammanfattning")
    d.add_heading("Kommunfullmäktige 25 november 2024 – sammanfattning av besluten", level=1)
    d.add_paragraph("Tingsryds kommun, kommunkansliet. Sammanträdet hölls i Folkets hus, Tingsryd, "
                    "kl. 18.00–21.40. Ordförande: Gunnel Håkansson (M). Justerare: Lars Petersson (SD) "
                    "och Eva Bengtsson (S). Protokollet justerades den 2 december 2024 och finns i sin "
                    "helhet på kommunens webbplats. Denna sammanfattning är inte ett protokoll.")
    d.add_heading("§ 112 Budget 2025 och verksamhetsplan 2026–2027", level=2)
    d.add_paragraph(f"Kommunfullmäktige beslutade att anta majoritetens förslag till budget 2025 och "
                    f"verksamhetsplan 2026–2027. Skattesatsen för 2025 fastställdes till oförändrade "
                    f"22,16 kronor. Årets resultat budgeteras till {res25} miljoner kronor.")
    d.add_paragraph("Socialdemokraterna yrkade bifall till sitt eget budgetförslag, som bland annat "
                    "innehöll ett tillskott på 4,7 miljoner kronor till äldreomsorgen finansierat med "
                    "en skattehöjning på 15 öre. Efter votering beslutade fullmäktige enligt "
                    "majoritetens förslag med 26 röster mot 15.")
    d.add_paragraph("– Vi tar ansvar för ekonomin och prioriterar skolan och äldreomsorgen utan att "
                    "höja skatten, sade kommunstyrelsens ordförande Annika Lindqvist (C) i debatten.")
    d.add_paragraph("– Äldreomsorgen behöver mer resurser redan nu, inte i slutet av planperioden, "
                    "sade oppositionsrådet Magnus Ek (S).")
    d.add_heading("§ 113 Taxor för vatten och avlopp 2025", level=2)
    d.add_paragraph("Fullmäktige beslutade att höja brukningsavgiften för vatten och avlopp med 8 "
                    "procent från den 1 januari 2025. Anläggningsavgiften lämnas oförändrad. "
                    "Höjningen motiveras med ökade kostnader för ledningsförnyelse.")
    d.add_heading("§ 114 Förstudie om renovering av simhallen", level=2)
    d.add_paragraph("Kommunstyrelsen beviljades 700 000 kronor ur anslaget för oförutsedda utgifter "
                    "för en förstudie om renovering av bassäng och ventilation i simhallen. "
                    "Förstudien ska redovisas till kommunstyrelsen senast den 30 september 2025.")
    d.add_heading("§ 115 Fyllnadsval till barn- och utbildningsnämnden", level=2)
    d.add_paragraph("Tomas Åberg (S) har begärt entledigande från sitt uppdrag som ledamot i barn- "
                    "och utbildningsnämnden. Fullmäktige beviljade entledigandet och valde Lena Holm (S) "
                    "till ny ledamot för tiden till och med den 31 december 2026.")
    d.add_heading("§ 116 Motion om solceller på kommunens fastigheter", level=2)
    d.add_paragraph("Motionen från Miljöpartiet om att installera solceller på samtliga lämpliga "
                    "kommunala tak ansågs besvarad. Kommunstyrelsen har redan gett "
                    "fastighetsavdelningen i uppdrag att inventera takytor under 2025.")
    d.add_heading("Nästa sammanträde", level=2)
    d.add_paragraph("Kommunfullmäktige sammanträder nästa gång den 16 december 2024.")
    d.save(path)


# ======================================================================
# OCKELBO documents
# ======================================================================
def ockelbo_pdf(path):
    c = o_computed()
    inv25 = sum(r[4] for r in O_INV)
    pdf = BudgetPDF("Ockelbo kommun – Budget 2025 med plan för 2026–2027", "Ockelbo kommun")
    pdf.alias_nb_pages()

    pdf.add_page()
    pdf.set_font("DejaVu", "B", 11)
    pdf.cell(0, 8, "OCKELBO KOMMUN")
    pdf.ln(30)
    pdf.set_font("DejaVu", "B", 24)
    pdf.multi_cell(0, 12, "Budget 2025 med plan för 2026–2027")
    pdf.ln(6)
    pdf.set_font("DejaVu", "", 11)
    pdf.multi_cell(0, 6, "Beslutad av kommunfullmäktige den 18 november 2024, § 87")
    pdf.ln(16)
    pdf.h2("Inledning")
    pdf.p("Ockelbo kommun står inför ett par år med fortsatt höga kostnader för äldreomsorg och "
          "socialtjänst. För att klara välfärden och samtidigt nå det finansiella målet föreslår "
          "kommunstyrelsen en höjning av skattesatsen med 30 öre.")
    pdf.p("Budgeten har tagits fram i dialog mellan kommunstyrelsen och nämnderna under våren och "
          "hösten 2024. Kommunstyrelsens ordförande är Erik Strand (S) och kommunchef är Anders Lund.")

    pdf.add_page()
    pdf.h1("Förutsättningar")
    pdf.h3("Skattesats")
    pdf.p("Skattesatsen för 2025 är 23,19 kronor, vilket är en höjning med 30 öre jämfört med 2024 "
          "då skattesatsen var 22,89 kronor. Höjningen ger cirka 4,3 mnkr i ökade skatteintäkter per år.")
    pdf.h3("Befolkning")
    pdf.p("Befolkningen uppgick till 5 780 invånare den 1 november 2024. Budgeten bygger på "
          "antagandet att befolkningen minskar med 30 personer per år under planperioden.")
    pdf.h3("Löner och priser")
    pdf.p("Nämndernas ramar har räknats upp med 3,3 procent för löneökningar och 2,1 procent för "
          "övriga kostnader. Skatteintäkterna bygger på SKR:s prognos från oktober 2024.")
    pdf.h3("Finansiella mål")
    pdf.p("Årets resultat ska uppgå till minst 1,5 procent av skatteintäkter och generella "
          "statsbidrag sett över en rullande femårsperiod. Nettoinvesteringarna ska finansieras med "
          "egna medel till minst 80 procent. I budget 2025 uppgår resultatet till "
          f"{fmt_pct1(O_RESULT[1], c['skatt_gsb'][1])} procent av skatteintäkter och generella statsbidrag.")
    pdf.h1("Resultatbudget")
    rows, bold = [], []
    rbv = {k: v for k, v in O_RB.items()}

    def rbrow(label, note, vals, b=False):
        if b:
            bold.append(len(rows))
        rows.append([label, note] + [fmt_int(v) for v in vals])
    rbrow("Verksamhetens intäkter", "1", rbv["Verksamhetens intäkter"][1])
    rbrow("Verksamhetens kostnader", "2", c["kostnader"])
    rbrow("Avskrivningar", "3", rbv["Avskrivningar"][1])
    rbrow("Verksamhetens nettokostnad", "", c["nettokost"], True)
    rbrow("Skatteintäkter", "4", rbv["Skatteintäkter"][1])
    rbrow("Generella statsbidrag och utjämning", "5", rbv["Generella statsbidrag och utjämning"][1])
    rbrow("Verksamhetens resultat", "", c["verks_res"], True)
    rbrow("Finansiella intäkter", "6", rbv["Finansiella intäkter"][1])
    rbrow("Finansiella kostnader", "7", rbv["Finansiella kostnader"][1])
    rbrow("Resultat efter finansiella poster", "", O_RESULT, True)
    rbrow("Årets resultat", "", O_RESULT, True)
    pdf.table(["tkr", "Not"] + O_RB_YEARS, rows, [62, 12, 24, 24, 24, 24], bold_rows=bold,
              caption="Resultatbudget, tkr")
    pdf.set_font("DejaVu", "I", 8.5)
    pdf.multi_cell(0, 5, "Noterna redovisas i bilaga till budgetbeslutet.")

    pdf.add_page()
    pdf.h1("Driftbudget per nämnd")
    pdf.p("Tabellen visar nämndernas nettokostnader i tusentals kronor (tkr). Kolumnen Budget 2024 "
          "avser den budget som fullmäktige beslutade för 2024, inklusive tilläggsanslag.")
    head = ["Nettokostnad, tkr"] + O_YEARS
    widths = [60, 22, 22, 22, 22, 22]

    def sec_rows(sections):
        rows, bold = [], []
        for name, items in sections:
            bold.append(len(rows))
            rows.append([name, "", "", "", "", ""])
            for lab, vals in items:
                rows.append([lab] + [fmt_int(v) for v in vals])
            bold.append(len(rows))
            rows.append([f"Summa {name.lower()}"] + [fmt_int(v) for v in c["sums"][name]])
        return rows, bold
    rows, bold = sec_rows(O_DRIFT[:2])
    pdf.table(head, rows, widths, bold_rows=bold, caption="Driftbudget per nämnd, tkr", size=8)

    pdf.add_page()
    rows, bold = sec_rows(O_DRIFT[2:])
    for lab, vals in O_SINGLE:
        bold.append(len(rows))
        rows.append([lab] + [fmt_int(v) for v in vals])
    bold.append(len(rows))
    rows.append(["Summa nämnder"] + [fmt_int(v) for v in c["tot"]])
    rows.append(["Finansförvaltning"] + [fmt_int(v) for v in c["ff"]])
    bold.append(len(rows))
    rows.append(["Verksamhetens nettokostnad"] + [fmt_int(v) for v in c["netto_drift"]])
    pdf.table(head, rows, widths, bold_rows=bold, caption="Driftbudget per nämnd, tkr (forts.)", size=8)
    pdf.h2("Kommentarer")
    pdf.p("Omsorgsnämnden redovisade 2024 ett underskott mot budget, främst inom äldreomsorgen där "
          "behovet av hemtjänsttimmar ökade kraftigt. Nämndens ram för 2025 har därför förstärkts. "
          "Nämnden ska samtidigt ta fram en handlingsplan för en budget i balans.")
    pdf.p("Utbildningsnämnden får kompensation för fler elever i gymnasieskolan. Kostnaden för "
          "gymnasieskolan avser i huvudsak interkommunala ersättningar, eftersom kommunens "
          "gymnasieelever studerar i andra kommuner.")
    pdf.p("Myndighetsnämnden ansvarar för myndighetsutövning inom bygglov, miljö- och hälsoskydd "
          "samt livsmedelskontroll.")
    pdf.h1("Investeringar")
    pdf.p(f"Investeringsbudgeten för 2025 uppgår till {fmt_int(inv25)} tkr. Det största projektet är "
          "tillbyggnaden av förskolan i Åbyggeby. Investeringarna per projekt framgår av bilagan "
          "Investeringsbudget 2025–2027.")
    pdf.output(path)


def ockelbo_html(path):
    c = o_computed()
    names = [n for n, _ in O_DRIFT]
    rows = []
    for n in names:
        s = c["sums"][n]
        rows.append((n, s[1], s[2]))
    for n, v in O_SINGLE:
        rows.append((n, v[1], v[2]))
    tb24 = sum(r[1] for r in rows)
    tb25 = sum(r[2] for r in rows)
    trs = "\n".join(
        f"        <tr><td>{n}</td><td>{fmt_int(a)}</td><td>{fmt_int(b)}</td><td>{fmt_int(b - a, plus=True)}</td></tr>"
        for n, a, b in rows)
    trs += (f"\n        <tr class=\"sum\"><td><strong>Summa nämnder</strong></td><td><strong>{fmt_int(tb24)}</strong></td>"
            f"<td><strong>{fmt_int(tb25)}</strong></td><td><strong>{fmt_int(tb25 - tb24, plus=True)}</strong></td></tr>")
    html = f"""<!DOCTYPE html>
<html lang="sv">
<head>
  <meta charset="utf-8">
  <title>Budget 2025 antagen – skatten höjs med 30 öre | Ockelbo kommun</title>
</head>
<body>
  <div class="cookiebar" id="cookiebar">
    <p>Ockelbo kommun använder cookies för att ge dig en bättre upplevelse av webbplatsen. Genom att fortsätta godkänner du att vi använder cookies.</p>
    <a href="/cookies">Mer om cookies</a> <button>OK</button>
  </div>
  <header>
    <div class="top-links"><a href="/lattlast">Lättläst</a> | <a href="/other-languages">Other languages</a> | <a href="/talande-webb">Lyssna</a></div>
    <a href="/" class="logo">Ockelbo kommun</a>
    <nav aria-label="Huvudnavigering">
      <a href="/omsorg-och-hjalp">Omsorg och hjälp</a>
      <a href="/utbildning-och-barnomsorg">Utbildning och barnomsorg</a>
      <a href="/bygga-bo-och-miljo">Bygga, bo och miljö</a>
      <a href="/uppleva-och-gora">Uppleva och göra</a>
      <a href="/kommun-och-politik">Kommun och politik</a>
    </nav>
  </header>
  <div class="breadcrumb">Du är här: <a href="/">Startsida</a> › <a href="/nyheter">Nyheter</a> › Budget 2025 antagen</div>
  <main>
    <article class="news">
      <h1>Budget 2025 antagen – skatten höjs med 30 öre</h1>
      <p class="date">Publicerad 19 november 2024</p>
      <p class="preamble">Kommunfullmäktige i Ockelbo antog i går, måndagen den 18 november, budgeten för 2025 med plan för 2026–2027. Skattesatsen höjs från 22,89 till 23,19 kronor.</p>
      <p>Budgeten innebär att nämnderna sammantaget får ökade ramar jämfört med 2024. Den största förstärkningen går till omsorgsnämnden, som under 2024 haft höga kostnader inom hemtjänsten.</p>
      <p>– Vi har valt att höja skatten i stället för att göra neddragningar i äldreomsorgen och skolan. Det är ett tufft men nödvändigt beslut, säger kommunstyrelsens ordförande Erik Strand (S).</p>
      <p>Årets resultat budgeteras till {fmt_int(O_RESULT[1])} tkr för 2025. Investeringsbudgeten uppgår till {fmt_int(sum(r[4] for r in O_INV))} tkr, varav tillbyggnaden av förskolan i Åbyggeby är den största satsningen.</p>
      <h2>Nämndernas ramar</h2>
      <table>
        <caption>Nämndernas ramar, nettokostnad i tkr</caption>
        <tr><th>Nämnd</th><th>Budget 2024</th><th>Budget 2025</th><th>Förändring</th></tr>
{trs}
      </table>
      <p>Hela budgetdokumentet finns under <a href="/kommun-och-politik/ekonomi">Kommun och politik – Ekonomi</a>.</p>
      <div class="share">Dela: <a href="#">Facebook</a> <a href="#">LinkedIn</a> <a href="#">E-post</a></div>
    </article>
    <aside class="related">
      <h2>Fler nyheter</h2>
      <ul>
        <li><a href="/nyheter/julmarknad-2024">Välkommen till julmarknaden på torget</a></li>
        <li><a href="/nyheter/vinterväghållning">Så sköts vinterväghållningen i vinter</a></li>
      </ul>
    </aside>
  </main>
  <footer>
    <p>Ockelbo kommun, 816 80 Ockelbo · Växel 0297-555 00 · kommun@ockelbo.se</p>
    <p><a href="/tillganglighet">Tillgänglighetsredogörelse</a> · <a href="/gdpr">Personuppgifter</a> · <a href="/cookies">Cookies</a></p>
  </footer>
</body>
</html>
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(html)


def ockelbo_xlsx(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Investeringsbudget"
    ws["A1"] = "Ockelbo kommun"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Investeringsbudget 2025 med plan för 2026–2027 (tkr)"
    ws["A2"].font = Font(bold=True)
    ws.append([])
    head = ["Projekt-nr", "Projekt", "Nämnd", "Kategori", "Budget 2025", "Plan 2026",
            "Plan 2027", "Totalt 2025–2027"]
    ws.append(head)
    for cell in ws[4]:
        cell.font = Font(bold=True)
    for r in O_INV:
        ws.append(list(r) + [r[4] + r[5] + r[6]])
    s = [sum(r[i] for r in O_INV) for i in (4, 5, 6)]
    ws.append(["", "Summa", "", "", s[0], s[1], s[2], sum(s)])
    for cell in ws[ws.max_row]:
        cell.font = Font(bold=True)
    ws.append([])
    ws.append(["Källa: Budget 2025 med plan för 2026–2027, beslutad av kommunfullmäktige 2024-11-18 § 87"])
    for col, w in zip("ABCDEFGH", [11, 44, 20, 15, 13, 12, 12, 18]):
        ws.column_dimensions[col].width = w
    _fix_xlsx_props(wb)
    wb.save(path)


def ockelbo_docx(path):
    c = o_computed()
    d = _docx_base("Pressmeddelande – bokslut 2024")
    d.add_paragraph("PRESSMEDDELANDE")
    d.add_paragraph("Ockelbo 2025-03-20")
    d.add_heading("Ockelbo kommun redovisar överskott för 2024", level=1)
    d.add_paragraph("Ockelbo kommun redovisar ett positivt resultat på 9,9 miljoner kronor för 2024. "
                    "Det är 2,4 miljoner kronor bättre än budgeterat och innebär att kommunen når sitt "
                    "finansiella mål. Bokslutet behandlas av kommunstyrelsen den 1 april och av "
                    "kommunfullmäktige den 22 april 2025.")
    d.add_paragraph("Förklaringen till det goda resultatet är främst högre skatteintäkter än beräknat "
                    "och lägre kostnader för pensioner. Omsorgsnämnden gick däremot 4,7 miljoner kronor "
                    "back, framför allt på grund av ett ökat behov av hemtjänst. Utbildningsnämnden "
                    "redovisade ett överskott på 700 000 kronor.")
    d.add_paragraph("– Resultatet ger oss en buffert inför kommande år, men vi måste fortsätta arbeta "
                    "för att få balans i omsorgsnämndens ekonomi, säger Erik Strand (S), "
                    "kommunstyrelsens ordförande.")
    d.add_paragraph("Nettoinvesteringarna uppgick till 38,6 miljoner kronor under 2024. Bland de "
                    "största projekten fanns nya ledningar för vatten och avlopp och ett nytt tak på "
                    "Centralskolan. Befolkningen minskade med 42 personer under året och var 5 768 "
                    "den 31 december 2024.")
    d.add_paragraph("– Ett överskott på nästan tio miljoner är ett bra besked, men det är viktigt att "
                    "komma ihåg att en del av förbättringen är engångseffekter, säger ekonomichef "
                    "Maria Öhman.")
    d.add_heading("Fakta: Bokslut 2024 i sammandrag", level=2)
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].text = "Post"
    t.rows[0].cells[1].text = "Miljoner kronor"
    for a, b in [("Årets resultat", "9,9"), ("Skatteintäkter", "318,5"),
                 ("Generella statsbidrag och utjämning", "178,3"), ("Nettoinvesteringar", "38,6")]:
        r = t.add_row().cells
        r[0].text = a
        r[1].text = b
    d.add_heading("Kontakt", level=2)
    d.add_paragraph("Erik Strand (S), kommunstyrelsens ordförande, telefon 0297-555 10\n"
                    "Maria Öhman, ekonomichef, telefon 0297-555 42")
    d.save(path)


# ======================================================================
def normalize_zip(path):
    """Rewrite an OOXML zip with fixed timestamps so reruns are byte-identical."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                import re
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(<)",
                              rb"\g<1>2025-01-15T09:00:00Z\g<2>", data)
                data = re.sub(rb"(<dcterms:created[^>]*>)[^<]*(<)",
                              rb"\g<1>2025-01-15T09:00:00Z\g<2>", data)
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 15, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def main():
    t = os.path.join(HERE, "tingsryd")
    o = os.path.join(HERE, "ockelbo")
    os.makedirs(t, exist_ok=True)
    os.makedirs(o, exist_ok=True)
    tingsryd_pdf(os.path.join(t, "budget-2025-verksamhetsplan-2026-2027.pdf"))
    tingsryd_html(os.path.join(t, "finansiell-information.html"))
    tingsryd_xlsx(os.path.join(t, "investeringsbudget-2025-2027.xlsx"))
    tingsryd_docx(os.path.join(t, "kf-2024-11-25-sammanfattning.docx"))
    ockelbo_pdf(os.path.join(o, "budget-2025-plan-2026-2027.pdf"))
    ockelbo_html(os.path.join(o, "nyhet-budget-2025-antagen.html"))
    ockelbo_xlsx(os.path.join(o, "investeringsbudget-2025-2027.xlsx"))
    ockelbo_docx(os.path.join(o, "pressmeddelande-bokslut-2024.docx"))
    for p in [os.path.join(t, "investeringsbudget-2025-2027.xlsx"),
              os.path.join(t, "kf-2024-11-25-sammanfattning.docx"),
              os.path.join(o, "investeringsbudget-2025-2027.xlsx"),
              os.path.join(o, "pressmeddelande-bokslut-2024.docx")]:
        normalize_zip(p)


if __name__ == "__main__":
    main()
