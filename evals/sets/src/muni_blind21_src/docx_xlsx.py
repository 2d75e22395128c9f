"""Deterministic DOCX/XLSX writers (fixed core properties and zip timestamps)."""
import io
import re
import zipfile
from datetime import datetime

import docx
from docx.shared import Pt
import openpyxl
from openpyxl.styles import Font

FIXED = datetime(2024, 12, 2, 9, 0, 0)


def _normalise_zip(data, path):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(zin.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            zi = zipfile.ZipInfo(name, date_time=(2024, 12, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            data = zin.read(name)
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)",
                              rb"\g<1>2024-12-02T09:00:00Z\g<2>", data)
            zout.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(out.getvalue())


def make_docx(path, body, title, author):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    for kind, val in body:
        if kind == "title":
            d.add_heading(val, level=0)
        elif kind == "h":
            d.add_heading(val, level=2)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "table":
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, c in enumerate(row):
                    t.cell(i, j).text = c
    cp = d.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    _normalise_zip(buf.getvalue(), path)


def make_xlsx(path, sheets, title, author):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets:
        ws = wb.create_sheet(name)
        for r in rows:
            ws.append(r)
        ws["A1"].font = Font(bold=True, size=13)
        ws.column_dimensions["A"].width = 42
        for col in "BCDEFGH":
            ws.column_dimensions[col].width = 14
    wb.properties.title = title
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    buf = io.BytesIO()
    wb.save(buf)
    _normalise_zip(buf.getvalue(), path)
