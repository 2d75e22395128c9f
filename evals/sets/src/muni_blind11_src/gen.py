"""Deterministic generator for evals/corpora/blind-muni11 (Vimmerby + Orsa).
Run: /work/main/.venv/bin/python evals/sets/blind/muni_blind11_src/gen.py  (from /work/main)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
OUT = os.path.join(ROOT, "evals", "corpora", "blind-muni11")

import gen_vimmerby  # noqa: E402
import gen_orsa  # noqa: E402

FIXED = "2026-11-01T08:00:00Z"


def normalize_zip(path):
    """Make docx/xlsx byte-deterministic: fixed entry timestamps and fixed core-property dates."""
    import re
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                txt = data.decode("utf-8")
                txt = re.sub(r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)", r"\g<1>" + FIXED + r"\g<3>", txt)
                data = txt.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 1, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


if __name__ == "__main__":
    gen_vimmerby.build_all(os.path.join(OUT, "vimmerby"))
    gen_orsa.build_all(os.path.join(OUT, "orsa"))
    for sub in ("vimmerby", "orsa"):
        for fn in sorted(os.listdir(os.path.join(OUT, sub))):
            if fn.endswith((".docx", ".xlsx")):
                normalize_zip(os.path.join(OUT, sub, fn))
    print("written to", OUT)
