"""Generate the dev-muni21b corpus. Run: /work/main/.venv/bin/python gen.py"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import karlshamn  # noqa: E402
import torsas  # noqa: E402

ROOT = Path(__file__).resolve().parents[4]
OUT = ROOT / "evals" / "corpora" / "dev-muni21b"

if __name__ == "__main__":
    torsas.build(OUT / "torsas")
    karlshamn.build(OUT / "karlshamn")
    for p in sorted(OUT.rglob("*")):
        if p.is_file():
            print(p.relative_to(ROOT), p.stat().st_size)
