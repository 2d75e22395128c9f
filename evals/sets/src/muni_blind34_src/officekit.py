"""Byte-reproducible DOCX/XLSX: fixed zip timestamps and core properties."""
import re
import zipfile
import io

FIXED_ZIP = (2024, 11, 28, 9, 0, 0)
FIXED_ISO = "2024-11-28T09:00:00Z"


def normalise_zip(path):
    with open(path, "rb") as f:
        data = f.read()
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    zout = zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED)
    for name in sorted(zin.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
        b = zin.read(name)
        if name == "docProps/core.xml":
            s = b.decode("utf-8")
            s = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>" + FIXED_ISO + r"\g<2>", s)
            s = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>" + FIXED_ISO + r"\g<2>", s)
            b = s.encode("utf-8")
        zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP)
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o600 << 16
        zout.writestr(zi, b)
    zout.close()
    with open(path, "wb") as f:
        f.write(out.getvalue())
