"""A deterministic budget book as a PDF of exactly 150 pages (fpdf2), for the PDF ingest benchmark.

    .venv/bin/python benchmarks/budget_pdf.py OUT.pdf [--pages 150] [--seed 11]

The layouts of real budget books: a result budget and a balance budget in mnkr with a "Not" column and
negatives written "– 26,1"; an operating budget per committee with label-only section rows and a "Summa"
per section, continued over page breaks with its header repeated; a five-year investment budget continued
without a repeated header; per committee an operating budget with headers wrapped onto two lines
("Utfall" / "2024"), net cost per activity with change columns (tkr and %), key figures that are not money
(antal, %, kvadratmeter) and investments; prose between them, running heads and page numbers. `build`
returns the tables it wrote (title, rows with values) so the benchmark can check the table finder.
Same seed, same bytes.
"""
from __future__ import annotations

import argparse
import random
import sys
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.synthetic import FILLER, REASONS, TOPICS  # noqa: E402

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
TOWN = "Bäckeby"
COMMITTEES = {  # committee -> its activities (rows of the operating budget)
    "Kommunstyrelsen": ("Kommunledning", "Ekonomi och upphandling", "HR och löner", "Digitalisering",
                        "Näringsliv och turism", "Kollektivtrafik"),
    "Barn- och utbildningsnämnden": ("Förskola", "Pedagogisk omsorg", "Förskoleklass", "Grundskola",
                                     "Fritidshem", "Grundsärskola", "Elevhälsa"),
    "Gymnasienämnden": ("Gymnasieskola", "Gymnasiesärskola", "Interkommunala ersättningar", "Skolskjuts"),
    "Socialnämnden": ("Individ- och familjeomsorg", "Ekonomiskt bistånd", "Missbruksvård",
                      "Familjerätt", "Placeringar barn och unga"),
    "Vård- och omsorgsnämnden": ("Hemtjänst", "Särskilt boende", "Hemsjukvård", "Personlig assistans",
                                 "Bostad med särskild service", "Daglig verksamhet"),
    "Kultur- och fritidsnämnden": ("Bibliotek", "Kulturskola", "Fritidsgårdar", "Idrottsanläggningar",
                                   "Föreningsbidrag"),
    "Tekniska nämnden": ("Gator och vägar", "Parker", "Fastighetsförvaltning", "Lokalvård", "Måltider"),
    "Miljö- och byggnadsnämnden": ("Bygglov", "Miljötillsyn", "Livsmedelskontroll", "Kart och mät"),
    "Arbetsmarknadsnämnden": ("Arbetsmarknadsinsatser", "Vuxenutbildning", "Svenska för invandrare",
                              "Integration"),
    "Räddningsnämnden": ("Räddningstjänst", "Förebyggande verksamhet", "Sotning"),
    "Servicenämnden": ("Kontaktcenter", "IT-drift", "Fordon", "Telefoni"),
    "Överförmyndarnämnden": ("Ställföreträdarskap", "Handläggning"),
}
KEY_FIGURES = (  # (label, low, high, decimals): not money
    ("Antal invånare som berörs", 800, 9000, 0), ("Antal årsarbetare", 20, 900, 0),
    ("Andel nöjda brukare, %", 60, 95, 1), ("Sjukfrånvaro, %", 4, 11, 1),
    ("Lokalyta, kvadratmeter", 2000, 60000, 0), ("Kostnad per invånare, kr", 500, 30000, 0),
)
PROJECTS = ("Ombyggnad", "Nybyggnad", "Upprustning", "Reinvestering", "Utbyggnad", "Energieffektivisering")
PLACES = ("Centrumskolan", "Ekbackens förskola", "Stadsparken", "Sporthallen", "Biblioteket", "Reningsverket",
          "Brandstationen", "Kommunhuset", "Badhuset", "Norra industriområdet", "Torget", "Gång- och cykelvägar")
YEARS = ("Utfall\n2024", "Budget\n2025", "Budget\n2026", "Plan\n2027", "Plan\n2028")


@dataclass(frozen=True, slots=True)
class ExpectedTable:
    number: int
    title: str
    rows: int  # rows with values (section rows hold none)
    pages: tuple[int, ...]  # pages the table is printed on (more than one: continued over a break)


def sv(value: float, decimals: int = 0) -> str:
    """Swedish number: space groups, decimal comma, "– 26,1" for negatives (en dash and a space)."""
    text = f"{abs(value):,.{decimals}f}".replace(",", " ").replace(".", ",")
    return f"– {text}" if value < 0 else text


class BudgetBook:
    def __init__(self, seed: int) -> None:
        from fpdf import FPDF

        self.rng = random.Random(seed)

        class Doc(FPDF):
            def header(self) -> None:
                self.set_font("DejaVu", size=8)
                self.cell(0, 5, f"{TOWN} kommun · Budget 2026 med plan 2027–2028", align="R",
                          new_x="LMARGIN", new_y="NEXT")
                self.ln(4)

            def footer(self) -> None:
                self.set_y(-15)
                self.set_font("DejaVu", size=8)
                self.cell(0, 5, str(self.page_no()), align="C")

        self.pdf = Doc(format="A4")
        self.pdf.set_creation_date(datetime(2025, 11, 20, 8, 0, tzinfo=timezone.utc))
        self.pdf.set_title(f"Budget 2026 med plan 2027–2028, {TOWN} kommun")
        self.pdf.add_font("DejaVu", fname=FONT)
        self.pdf.add_font("DejaVu", style="B", fname=FONT_BOLD)
        self.pdf.set_auto_page_break(True, margin=22)
        self.pdf.set_margins(20, 15, 20)
        self.tables: list[ExpectedTable] = []

    # -- text --
    def heading(self, text: str, size: int = 14) -> None:
        self.pdf.set_font("DejaVu", "B", size)
        self.pdf.multi_cell(0, size * 0.5, text, new_x="LMARGIN", new_y="NEXT")
        self.pdf.ln(2)

    def paragraph(self, text: str) -> None:
        self.pdf.set_font("DejaVu", size=10)
        self.pdf.multi_cell(0, 5.2, text, new_x="LMARGIN", new_y="NEXT")
        self.pdf.ln(2.5)

    def prose(self, subject: str, paragraphs: int) -> None:
        rng = self.rng
        for _ in range(paragraphs):
            topic = rng.choice(TOPICS)
            amount = rng.randrange(2, 400) * 100
            first = (f"{subject} avsätter {sv(amount)} tkr under 2026 för {topic} {rng.choice(REASONS)}. "
                     f"Ökningen motsvarar {sv(rng.uniform(0.5, 6), 1)} procent jämfört med budget 2025.")
            self.paragraph(" ".join([first, *rng.sample(FILLER, 3)]))

    # -- tables --
    def table(self, title: str, header: tuple[str, ...], rows: list[tuple[str, ...]], *, widths: tuple[int, ...],
              caption: str | None = None, repeat_header: bool = True) -> None:
        from fpdf.fonts import FontFace

        number = len(self.tables) + 1
        self.heading(f"Tabell {number}. {title}", 11)
        if caption:
            self.paragraph(caption)
        first_page = self.pdf.page_no()
        self.pdf.set_font("DejaVu", size=9)
        with self.pdf.table(col_widths=widths, text_align=("LEFT",) + ("RIGHT",) * (len(header) - 1),
                            headings_style=FontFace(emphasis="BOLD"), repeat_headings=1 if repeat_header else 0,
                            line_height=4.6, borders_layout="HORIZONTAL_LINES") as grid:
            for cells in (header, *rows):
                row = grid.row()
                for cell in cells:
                    row.cell(cell)
        self.pdf.ln(3)
        self.tables.append(ExpectedTable(number, title, sum(1 for r in rows if any(c.strip() for c in r[1:])),
                                         tuple(range(first_page, self.pdf.page_no() + 1))))

    def series(self, base: float, spread: float = 0.04, n: int = 5) -> list[float]:
        values = [base]
        for _ in range(n - 1):
            values.append(values[-1] * (1 + self.rng.uniform(-spread / 2, spread)))
        return values


def _result_budget(book: BudgetBook) -> None:
    rng = book.rng
    income, costs, depreciation = book.series(412), [-v for v in book.series(2310)], [-v for v in book.series(98)]
    taxes, grants = book.series(1620, 0.05), book.series(420)
    net = [a + b + c for a, b, c in zip(income, costs, depreciation)]
    result_ops = [n + t + g for n, t, g in zip(net, taxes, grants)]
    fin_in, fin_out = book.series(14), [-v for v in book.series(26.1, 0.1)]
    result = [r + a + b for r, a, b in zip(result_ops, fin_in, fin_out)]
    rows = [("Verksamhetens intäkter", "1", income), ("Verksamhetens kostnader", "2", costs),
            ("Avskrivningar", "3", depreciation), ("Verksamhetens nettokostnad", "", net),
            ("Skatteintäkter", "4", taxes), ("Generella statsbidrag och utjämning", "5", grants),
            ("Verksamhetens resultat", "", result_ops), ("Finansiella intäkter", "6", fin_in),
            ("Finansiella kostnader", "7", fin_out), ("Årets resultat", "", result)]
    book.table("Resultatbudget", ("Mnkr", "Not", *YEARS),
               [(label, note, *(sv(v, 1) for v in values)) for label, note, values in rows],
               widths=(60, 12, 20, 20, 20, 20, 20), caption="Belopp i mnkr. Negativa belopp är kostnader.")
    book.prose("Kommunfullmäktige", 2)
    assets = [("Immateriella anläggningstillgångar", "8"), ("Mark, byggnader och tekniska anläggningar", "9"),
              ("Maskiner och inventarier", "10"), ("Finansiella anläggningstillgångar", "11"),
              ("Kortfristiga fordringar", "12"), ("Kassa och bank", "13")]
    liabilities = [("Eget kapital", "14"), ("Avsättningar för pensioner", "15"), ("Långfristiga skulder", "16"),
                   ("Kortfristiga skulder", "17")]
    rows, sums = [("Tillgångar", "", "", "", "", "", "")], [0.0] * 5
    for label, note in assets:
        values = book.series(rng.uniform(20, 1800))
        sums = [s + v for s, v in zip(sums, values)]
        rows.append((label, note, *(sv(v, 1) for v in values)))
    rows.append(("Summa tillgångar", "", *(sv(v, 1) for v in sums)))
    rows.append(("Eget kapital och skulder", "", "", "", "", "", ""))
    parts = [rng.uniform(0.1, 0.4) for _ in liabilities]
    for (label, note), share in zip(liabilities, parts):
        rows.append((label, note, *(sv(s * share / sum(parts), 1) for s in sums)))
    rows.append(("Summa eget kapital och skulder", "", *(sv(v, 1) for v in sums)))
    book.table("Balansbudget", ("Mnkr", "Not", *YEARS), rows, widths=(60, 12, 20, 20, 20, 20, 20),
               caption="Belopp i mnkr per den 31 december.")


def _operating_budget(book: BudgetBook) -> dict[str, list[float]]:
    """Net cost per committee with its activities as a sectioned table; returns the activity budgets."""
    rows: list[tuple[str, ...]] = []
    budgets: dict[str, list[float]] = {}
    for committee, activities in COMMITTEES.items():
        rows.append((committee, "", "", "", "", ""))
        total = [0.0] * 5
        for activity in activities:
            values = [-v for v in book.series(book.rng.uniform(3000, 160000))]
            budgets[f"{committee}/{activity}"] = values
            total = [t + v for t, v in zip(total, values)]
            rows.append((f"    {activity}", *(sv(round(v)) for v in values)))
        rows.append((f"Summa {committee.lower()}", *(sv(round(v)) for v in total)))
    book.table("Driftbudget per nämnd och verksamhet", ("Tkr", *YEARS), rows, widths=(70, 20, 20, 20, 20, 20),
               caption="Nettokostnad i tusentals kronor (tkr). Negativa belopp är nettokostnader.")
    return budgets


def _investments(book: BudgetBook, title: str, count: int, repeat_header: bool) -> None:
    rng = book.rng
    rows, total = [], [0] * 5
    for _ in range(count):
        values = [rng.randrange(0, 60) * 500 for _ in range(5)]
        total = [t + v for t, v in zip(total, values)]
        rows.append((f"{rng.choice(PROJECTS)} {rng.choice(PLACES).lower()}", *(sv(v) for v in values), sv(sum(values))))
    rows.append(("Summa investeringar", *(sv(v) for v in total), sv(sum(total))))
    header = ("Projekt", "Budget\n2026", "Plan\n2027", "Plan\n2028", "Plan\n2029", "Plan\n2030", "Totalt\n2026–2030")
    book.table(title, header, rows, widths=(58, 18, 18, 18, 18, 18, 22), repeat_header=repeat_header,
               caption="Utgifter i tkr.")


def _committee_chapter(book: BudgetBook, committee: str, budgets: dict[str, list[float]], paragraphs: int) -> None:
    rng = book.rng
    book.pdf.add_page()
    book.heading(committee, 16)
    book.prose(committee, paragraphs // 2)
    income = [book.series(rng.uniform(500, 20000)) for _ in range(3)]
    costs = [[-v for v in book.series(rng.uniform(5000, 120000))] for _ in range(4)]
    rows: list[tuple[str, ...]] = [("Intäkter", "", "", "", "", "")]
    rows += [(f"    {label}", *(sv(round(v)) for v in values))
             for label, values in zip(("Taxor och avgifter", "Bidrag", "Övriga intäkter"), income)]
    rows.append(("Summa intäkter", *(sv(round(sum(c))) for c in zip(*income))))
    rows.append(("Kostnader", "", "", "", "", ""))
    rows += [(f"    {label}", *(sv(round(v)) for v in values))
             for label, values in zip(("Personalkostnader", "Lokalkostnader", "Köp av verksamhet", "Övriga kostnader"), costs)]
    rows.append(("Summa kostnader", *(sv(round(sum(c))) for c in zip(*costs))))
    rows.append(("Nettokostnad", *(sv(round(sum(c))) for c in zip(*income, *costs))))
    book.table(f"Driftbudget {committee}", ("Tkr", *YEARS), rows, widths=(70, 20, 20, 20, 20, 20))
    book.prose(committee, paragraphs // 4)
    change_rows = []
    for activity in COMMITTEES[committee]:
        b25, b26 = budgets[f"{committee}/{activity}"][1:3]
        change_rows.append((activity, sv(round(b25)), sv(round(b26)), sv(round(b26 - b25)),
                            sv(100 * (b26 - b25) / b25, 1)))
    book.table(f"Nettokostnad per verksamhet, {committee}", ("Tkr", "Budget 2025", "Budget 2026", "Förändring tkr",
                                                             "Förändring %"), change_rows, widths=(70, 24, 24, 26, 26))
    figures = rng.sample(KEY_FIGURES, 4)
    key_rows = []
    for label, low, high, decimals in figures:
        values = book.series(rng.uniform(low, high), 0.06, 4)
        key_rows.append((label, *(sv(v, decimals) for v in values)))
    book.table(f"Nyckeltal {committee}", ("Nyckeltal", "Utfall 2023", "Utfall 2024", "Budget 2025", "Budget 2026"),
               key_rows, widths=(70, 25, 25, 25, 25))
    book.prose(committee, paragraphs - paragraphs // 2 - paragraphs // 4)
    _investments(book, f"Investeringar {committee}", rng.randrange(3, 9), repeat_header=True)


def build(path: Path, pages: int = 150, seed: int = 11) -> list[ExpectedTable]:
    """Write the book to `path` with exactly `pages` pages; the tables it holds, in order."""
    book = BudgetBook(seed)
    pdf = book.pdf
    pdf.add_page()
    book.heading(f"Budget 2026 med plan 2027–2028\n{TOWN} kommun", 22)
    book.paragraph("Fastställd av kommunfullmäktige den 17 november 2025.")
    pdf.add_page()
    book.heading("Kommunstyrelsens ordförande har ordet", 16)
    book.prose("Kommunstyrelsen", 8)
    book.heading("Omvärld och förutsättningar", 16)
    book.prose("Kommunen", 10)
    pdf.add_page()
    book.heading("Finansiella rapporter", 16)
    _result_budget(book)
    budgets = _operating_budget(book)
    book.prose("Kommunfullmäktige", 3)
    _investments(book, "Investeringsbudget 2026–2030", 70, repeat_header=False)
    chapter = max(4, (pages - pdf.page_no()) * 6 // len(COMMITTEES))
    for committee in COMMITTEES:
        _committee_chapter(book, committee, budgets, chapter)
    if pdf.page_no() > pages:
        raise ValueError(f"the book has {pdf.page_no()} pages, more than {pages}: use fewer paragraphs")
    pdf.add_page()
    book.heading("Bilaga. Mål och uppföljning", 16)
    while pdf.page_no() < pages or pdf.get_y() < pdf.h - 70:  # a paragraph is under 40 mm: never a page too many
        book.prose("Kommunen", 1)
    if pdf.page_no() != pages:
        raise ValueError(f"the book has {pdf.page_no()} pages, not {pages}")
    pdf.output(str(path))
    return book.tables


def main() -> None:
    parser = argparse.ArgumentParser(description="Write a deterministic budget book PDF")
    parser.add_argument("out", type=Path)
    parser.add_argument("--pages", type=int, default=150)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    tables = build(args.out, args.pages, args.seed)
    print(f"{args.out}: {args.pages} pages, {len(tables)} tables "
          f"({sum(len(t.pages) > 1 for t in tables)} continued over a page break)")


if __name__ == "__main__":
    main()
