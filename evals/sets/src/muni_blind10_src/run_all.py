"""Regenerate corpus + question set and validate: /work/main/.venv/bin/python run_all.py"""
import runpy, os
os.chdir(os.path.dirname(os.path.abspath(__file__)))
for s in ("gen_mjolby.py", "gen_harjedalen.py", "questions.py", "validate.py"):
    runpy.run_path(s, run_name="__main__")
