"""Small helpers around fpdf2 core fonts (WinAnsi/cp1252)."""
from fpdf import FPDF

def fmt(t, dec=1, neg="–", paren=False, plus=False):
    """t is an integer in units of 10**-dec."""
    if t is None:
        return ""
    s = "-" if t < 0 else ""
    a = abs(t)
    if dec:
        ip, fp = divmod(a, 10 ** dec)
        body = f"{ip:,}".replace(",", " ") + "," + str(fp).zfill(dec)
    else:
        body = f"{a:,}".replace(",", " ")
    if t < 0:
        return f"({body})" if paren else neg + body
    if plus and t > 0:
        return "+" + body
    return body

class Doc(FPDF):
    def __init__(self, footer_text, **kw):
        super().__init__(**kw)
        self.core_fonts_encoding = "windows-1252"
        self.footer_text = footer_text
        self.set_auto_page_break(False)
        self.set_margins(20, 18, 20)

    def footer(self):
        if self.page_no() == 1:
            return
        self.set_y(-13)
        self.set_font("Helvetica", size=8)
        self.cell(0, 5, f"{self.footer_text}    Sida {self.page_no()}", align="C")

    def h1(self, txt):
        self.set_font("Helvetica", "B", 16)
        self.multi_cell(0, 8, txt, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def h2(self, txt):
        self.set_font("Helvetica", "B", 12)
        self.multi_cell(0, 6, txt, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def para(self, txt, size=10):
        self.set_font("Helvetica", size=size)
        self.multi_cell(0, 5, txt, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def caption(self, txt):
        self.set_font("Helvetica", "I", 8.5)
        self.multi_cell(0, 4.5, txt, new_x="LMARGIN", new_y="NEXT")

    def table(self, header, rows, widths, bold=(), size=9, header2=None, rowh=5.2):
        """rows: list of lists of strings; a row with single element is a section heading."""
        self.set_font("Helvetica", "B", size)
        for hdr in ([header2] if header2 else []) + [header]:
            for i, (h, w) in enumerate(zip(hdr, widths)):
                self.cell(w, rowh + 0.6, h, border="B", align="L" if i == 0 else "R")
            self.ln()
        for r in rows:
            if len(r) == 1:
                self.set_font("Helvetica", "BI", size)
                self.cell(sum(widths), rowh, r[0], new_x="LMARGIN", new_y="NEXT")
                continue
            isb = r[0] in bold or r[0].startswith("Summa")
            self.set_font("Helvetica", "B" if isb else "", size)
            for i, (c, w) in enumerate(zip(r, widths)):
                self.cell(w, rowh, c, border="T" if isb else 0, align="L" if i == 0 else "R")
            self.ln()
        self.ln(3)
