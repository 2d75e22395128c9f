"""Build the dev-muni32 corpus: python gen.py  (deterministic)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_laxa
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../../corpora/dev-muni32")
gen_laxa.build(os.path.join(OUT, "laxa"))
try:
    import gen_herrljunga
    gen_herrljunga.build(os.path.join(OUT, "herrljunga"))
except ImportError:
    pass
