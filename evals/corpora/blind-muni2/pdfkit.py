"""Small PDF helper on top of fpdf2 that also records the text it writes."""
from datetime import datetime, timezone

from fpdf import FPDF

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED = datetime(2025, 3, 1, 9, 0, 0, tzinfo=timezone.utc)


class Doc(FPDF):
    def __init__(self, title, footer_text):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.add_font("DV", "", FONT_DIR + "DejaVuSans.ttf")
        self.add_font("DV", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
        self.add_font("DV", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
        self.add_font("DVC", "", FONT_DIR + "DejaVuSansCondensed.ttf")
        self.add_font("DVC", "B", FONT_DIR + "DejaVuSansCondensed-Bold.ttf")
        self.set_creation_date(FIXED)
        self.set_title(title)
        self.set_author(footer_text)
        self.set_producer("kommun-eval")
        self.set_creator("kommun-eval")
        self.footer_text = footer_text
        self.set_margins(20, 20, 20)
        self.set_auto_page_break(True, 22)
        self.log = []  # recorded text pieces in reading order

    def footer(self):
        if self.page_no() == 1:
            return
        self.set_y(-14)
        self.set_font("DV", "", 8)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, f"{self.footer_text}    {self.page_no()}", align="R")
        self.set_text_color(0, 0, 0)

    # ---- text -------------------------------------------------------
    def h1(self, text):
        self.set_font("DV", "B", 17)
        self.multi_cell(0, 9, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)
        self.log.append(text)

    def h2(self, text):
        if self.get_y() > 250:
            self.add_page()
        self.ln(2)
        self.set_font("DV", "B", 12.5)
        self.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)
        self.log.append(text)

    def p(self, text, size=10):
        self.set_font("DV", "", size)
        self.multi_cell(0, 5.2, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(2.2)
        self.log.append(text)

    def bullets(self, items):
        self.set_font("DV", "", 10)
        for it in items:
            self.set_x(self.l_margin + 3)
            self.multi_cell(0, 5.2, "\u2022 " + it, new_x="LMARGIN", new_y="NEXT")
            self.log.append(it)
        self.ln(2)

    def caption(self, text, unit=None):
        self.set_font("DV", "B", 10)
        self.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
        self.log.append(text)
        if unit:
            self.set_font("DV", "I", 8.5)
            self.multi_cell(0, 4.5, unit, new_x="LMARGIN", new_y="NEXT")
            self.log.append(unit)
        self.ln(1)

    def source(self, text):
        self.set_font("DV", "I", 8)
        self.multi_cell(0, 4.2, text, new_x="LMARGIN", new_y="NEXT")
        self.log.append(text)
        self.ln(3)

    # ---- tables -----------------------------------------------------
    def table(self, header, rows, widths, style="grid", font="DVC", size=8.8,
              head_fill=(214, 228, 240)):
        """header: list of cell texts, '\n' wraps a header onto two lines.
        rows: list of (kind, cells); kind in {'row','section','sum','total'}.
        style: 'grid' (all borders), 'lines' (horizontal rules only), 'zebra'."""
        lh = 4.6
        x0 = self.l_margin
        # header
        nlines = max(len(h.split("\n")) for h in header)
        hh = nlines * lh + 1.6
        self.set_font(font, "B", size)
        y = self.get_y()
        self.set_fill_color(*head_fill)
        x = x0
        for i, h in enumerate(header):
            w = widths[i]
            self.rect(x, y, w, hh, style="DF" if style == "grid" else "F")
            parts = h.split("\n")
            for j, part in enumerate(parts):
                self.set_xy(x + 1.2, y + 0.8 + (nlines - len(parts)) * lh + j * lh)
                if self.get_string_width(part) > w - 2.4:
                    print("WARNING overflow:", part)
                self.cell(w - 2.4, lh, part, align="L" if i == 0 else "R")
            x += w
        self.set_xy(x0, y + hh)
        self.log.append(" ".join(" ".join(h.split("\n")) for h in header if h))
        if style == "lines":
            self.line(x0, y + hh, x0 + sum(widths), y + hh)
        # body
        rh = 5.4
        for n, (kind, cells) in enumerate(rows):
            bold = kind in ("sum", "total", "section")
            self.set_font(font, "B" if bold else "", size)
            y = self.get_y()
            fill = False
            if style == "zebra" and n % 2 == 1:
                self.set_fill_color(243, 243, 243)
                fill = True
            if kind == "section":
                self.set_fill_color(236, 236, 236)
                fill = True
            x = x0
            for i, w in enumerate(widths):
                txt = cells[i] if i < len(cells) else ""
                border = 1 if style == "grid" else 0
                self.set_xy(x, y)
                if kind == "section" and i == 0:
                    self.cell(sum(widths), rh, "", border=border, fill=fill)
                    self.set_xy(x + 1.2, y)
                    self.cell(sum(widths) - 2.4, rh, txt)
                    break
                label_pad = 4.0 if (kind == "row" and i == 0 and style != "zebra"
                                    and getattr(self, "_indent", False)) else 1.2
                self.cell(w, rh, "", border=border, fill=fill)
                self.set_xy(x + (label_pad if i == 0 else 1.2), y)
                if self.get_string_width(txt) > w - (label_pad if i == 0 else 1.2) - 1.2:
                    print("WARNING overflow:", txt)
                self.cell(w - (label_pad if i == 0 else 1.2) - 1.2, rh, txt,
                          align="L" if i == 0 else "R")
                x += w
            if style == "lines" and kind in ("sum", "total"):
                self.line(x0, y, x0 + sum(widths), y)
                if kind == "total":
                    self.line(x0, y + rh, x0 + sum(widths), y + rh)
            self.set_xy(x0, y + rh)
            self.log.append(" ".join(c for c in cells if c != ""))
        if style == "lines":
            self.line(x0, self.get_y(), x0 + sum(widths), self.get_y())
        self.ln(3)

    def save(self, path):
        self.output(path)
        return "\n".join(self.log)
