"""Deterministic generator for the blind-muni8 corpus and the muni_blind8 question set."""
import os, re, sys, zipfile, json
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
REPO = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
CORPUS = os.path.join(REPO, "evals", "corpora", "blind-muni8")
import build_katrineholm, build_pajala


def normalize_zip(path):
    """Rewrite an OOXML zip with fixed timestamps so output is byte-stable."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rb"\g<1>2025-11-20T08:00:00Z\g<2>", data)
            zi = zipfile.ZipInfo(name, date_time=(2025, 11, 20, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def main():
    kdir = os.path.join(CORPUS, "katrineholm")
    pdir = os.path.join(CORPUS, "pajala")
    nk = build_katrineholm.build(kdir)
    np_ = build_pajala.build(pdir)
    normalize_zip(os.path.join(kdir, "foreningsbidrag-och-lokalhyror.xlsx"))
    normalize_zip(os.path.join(pdir, "kf-protokoll-2025-04-28.docx"))
    print(f"budget pdf pages: {nk}, årsredovisning pages: {np_}")
    try:
        import questions
    except ImportError:
        return
    qs = questions.build()
    out = os.path.join(REPO, "evals", "sets", "blind", "muni_blind8.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for q in qs:
            f.write(json.dumps(q, ensure_ascii=False) + "\n")
    print(f"wrote {len(qs)} questions to {out}")


if __name__ == "__main__":
    main()
