"""Hostile inputs built in memory: PDFs that inflate without bound or reference a page many times."""
from __future__ import annotations

import zlib


def pdf_bytes(objects: list[bytes]) -> bytes:
    """A PDF whose object n (1-based) is objects[n - 1]; object 1 is the catalog. A valid xref table."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def _stream(data: bytes, compress: bool = True) -> bytes:
    body = zlib.compress(data, 9) if compress else data
    filt = b" /Filter /FlateDecode" if compress else b""
    return b"<< /Length %d%s >>\nstream\n" % (len(body), filt) + body + b"\nendstream"


FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def text_pdf(text: str = "Kommunbidrag 2022") -> bytes:
    content = b"BT /F1 12 Tf 72 720 Td (" + text.encode("latin-1") + b") Tj ET"
    return pdf_bytes([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        _stream(content),
        FONT,
    ])


def inflating_pdf(megabytes: int = 200) -> bytes:
    """One page whose content stream inflates to `megabytes` MB of spaces (about 200 kB on disk)."""
    content = b"BT /F1 12 Tf 72 720 Td (Bomb) Tj ET" + b" " * (megabytes * 1024 * 1024)
    return pdf_bytes([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        _stream(content),
        FONT,
    ])


def many_pages_pdf(references: int = 200_000) -> bytes:
    """One page object referenced `references` times from the page tree."""
    kids = b" ".join([b"3 0 R"] * references)
    return pdf_bytes([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % references,
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        _stream(b"BT /F1 12 Tf 72 720 Td (Sida) Tj ET"),
        FONT,
    ])
