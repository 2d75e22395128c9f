"""Shared helpers for the md52 corpus generator (Eksjö and Höör)."""
from __future__ import annotations

import datetime as _dt
import io
import re
import zipfile
from pathlib import Path

from fpdf import FPDF

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_DT = _dt.datetime(2024, 11, 25, 9, 0, 0, tzinfo=_dt.timezone.utc)


def find_repo_root() -> Path:
    """Walk up from this file until the directory holding evals/ is found."""
    here = Path(__file__).resolve().parent
    for p in [here, *here.parents]:
        if (p / "evals" / "sets").is_dir() and (p / "evals" / "corpora").is_dir():
            return p
    raise SystemExit("could not locate repository root (evals/sets and evals/corpora)")


def r1(x: float) -> float:
    return round(x + 0.0, 1)


def sv(x: float, dec: int = 1, neg: str = "-", plus: bool = False) -> str:
    """Swedish number: space as thousands separator, decimal comma.
    neg: "-" -> "-26,1", "dash" -> "– 26,1", "paren" -> "(26,1)"."""
    x = round(x, dec)
    if x == 0:
        x = 0.0
    s = f"{abs(x):,.{dec}f}".replace(",", " ").replace(".", ",")
    if x < 0:
        if neg == "paren":
            return f"({s})"
        if neg == "dash":
            return f"– {s}"
        return f"-{s}"
    if plus and x > 0:
        return f"+{s}"
    return s


def normalize_zip(path: Path, stamp: str = "2024-11-25T09:00:00Z") -> None:
    """Rewrite an OOXML zip with fixed timestamps and fixed core dates."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(
                    rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:(?:created|modified)>)",
                    lambda m: m.group(1) + stamp.encode() + m.group(3),
                    data,
                )
            zi = zipfile.ZipInfo(name, date_time=(2024, 11, 25, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    path.write_bytes(out.getvalue())


class MuniPDF(FPDF):
    """A4 report with running head and page numbers (not on the cover)."""

    def __init__(self, running_head: str, footer_left: str = "", page_fmt: str = "{n}"):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
        self.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
        self.add_font("DejaVu", "I", str(FONT_DIR / "DejaVuSans-Oblique.ttf"))
        self.running_head = running_head
        self.footer_left = footer_left
        self.page_fmt = page_fmt
        self.set_auto_page_break(True, margin=20)
        self.set_margins(20, 18, 20)
        self.set_creation_date(FIXED_DT)
        self.set_producer("fpdf2")
        self.alias_nb_pages()

    # running head / foot -------------------------------------------------
    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("DejaVu", "I", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, self.running_head, align="R")
        self.ln(9)
        self.set_text_color(0, 0, 0)

    def footer(self):
        if self.page_no() == 1:
            return
        self.set_y(-13)
        self.set_font("DejaVu", "", 8)
        self.set_text_color(90, 90, 90)
        if self.footer_left:
            self.cell(0, 5, self.footer_left, align="L")
            self.set_x(self.l_margin)
        self.cell(0, 5, self.page_fmt.format(n=self.page_no(), nb="{nb}"), align="R" if self.footer_left else "C")
        self.set_text_color(0, 0, 0)

    # text helpers ----------------------------------------------------------
    def h1(self, text: str):
        self.set_font("DejaVu", "B", 16)
        self.multi_cell(0, 8, text)
        self.ln(2)

    def h2(self, text: str):
        if self.get_y() > self.page_break_trigger - 25:
            self.add_page(orientation=self.cur_orientation)
        self.set_font("DejaVu", "B", 12)
        self.multi_cell(0, 6.5, text)
        self.ln(1)

    def para(self, text: str, size: float = 10, style: str = ""):
        self.set_font("DejaVu", style, size)
        self.multi_cell(0, 5.2, text)
        self.ln(2.2)

    def bullets(self, items, size: float = 10):
        self.set_font("DejaVu", "", size)
        for it in items:
            x = self.l_margin
            self.set_x(x)
            self.cell(5, 5.2, "•")
            self.multi_cell(0, 5.2, it)
        self.ln(2)

    def note(self, text: str):
        self.set_font("DejaVu", "I", 7.5)
        self.multi_cell(0, 4, text)
        self.ln(1.5)

    # tables ----------------------------------------------------------------
    def table(self, header_lines, rows, widths, caption=None, aligns=None, size=8.5,
              row_h=5.4, cont_caption=None, first_col_indent=True):
        """header_lines: list of header lines, each a list of cell texts.
        rows: list of (kind, cells); kind in row|section|sum|total|sub."""
        ncol = len(widths)
        aligns = aligns or (["L"] + ["R"] * (ncol - 1))

        def draw_caption(text):
            if text:
                self.set_font("DejaVu", "B", 9.5)
                self.cell(0, 6, text)
                self.ln(6.5)

        def draw_header():
            self.set_font("DejaVu", "B", size)
            for li, line in enumerate(header_lines):
                last = li == len(header_lines) - 1
                for i, txt in enumerate(line):
                    self.cell(widths[i], row_h - 0.6, txt, border="B" if last else 0,
                              align=aligns[i] if i else "L")
                self.ln(row_h - 0.6)
            self.ln(0.8)

        needed = row_h * (len(header_lines) + 3)
        if self.get_y() + needed > self.page_break_trigger:
            self.add_page(orientation=self.cur_orientation)
        draw_caption(caption)
        draw_header()
        for kind, cells in rows:
            if self.get_y() + row_h > self.page_break_trigger:
                self.add_page(orientation=self.cur_orientation)
                draw_caption(cont_caption or (caption + " (forts.)" if caption else None))
                draw_header()
            style = "B" if kind in ("section", "sum", "total") else ""
            self.set_font("DejaVu", style, size)
            border = "T" if kind in ("sum", "total") else 0
            for i in range(ncol):
                txt = cells[i] if i < len(cells) else ""
                if i == 0 and kind == "sub" and first_col_indent:
                    txt = "   " + txt
                self.cell(widths[i], row_h, txt, border=border, align=aligns[i])
            self.ln(row_h)
        self.ln(3)
