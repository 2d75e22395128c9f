"""Build the mb32 corpus: python build.py [outdir]"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_eda, gen_svenljunga

out = sys.argv[1] if len(sys.argv) > 1 else "/work/main/evals/corpora/blind-muni32"
gen_eda.build(os.path.join(out, "eda"))
gen_svenljunga.build(os.path.join(out, "svenljunga"))
print("built", out)
