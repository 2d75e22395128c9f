"""Build the blind-muni18 corpus: python build.py [outdir]"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import kramfors  # noqa: E402
import emmaboda  # noqa: E402

out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
    os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "corpora", "blind-muni18")
kramfors.build(os.path.join(out, "kramfors"))
emmaboda.build(os.path.join(out, "emmaboda"))
print("built", os.path.abspath(out))
