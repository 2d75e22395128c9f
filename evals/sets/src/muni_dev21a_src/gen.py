"""Deterministic generator for evals/corpora/dev-muni21a (Bjurholm + Sandviken).
Run: /work/main/.venv/bin/python evals/sets/blind/muni_dev21a_src/gen.py"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import gen_bjurholm  # noqa: E402
import gen_sandviken  # noqa: E402

ROOT = HERE.parents[3] / "evals" / "corpora" / "dev-muni21a"



def _fix_zip(path):
    """Rewrite a DOCX/XLSX zip with fixed timestamps so output is byte-for-byte reproducible."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                import re
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2024-11-01T00:00:00Z", data)
            zi = zipfile.ZipInfo(name, date_time=(2024, 11, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


if __name__ == "__main__":
    gen_bjurholm.build(ROOT)
    gen_sandviken.build(ROOT)
    for f in list(ROOT.rglob("*.docx")) + list(ROOT.rglob("*.xlsx")):
        _fix_zip(f)
    for f in sorted(ROOT.rglob("*")):
        if f.is_file():
            print(f.relative_to(HERE.parents[3]), f.stat().st_size)
