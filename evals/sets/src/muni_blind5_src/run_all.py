"""Regenerate the whole blind-muni5 corpus."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_hultsfred, gen_stromsund
gen_hultsfred.main()
gen_stromsund.main()
