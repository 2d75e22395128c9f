"""Regenerate corpus and question file, then validate. Run: python build_all.py"""
import runpy
import os

HERE = os.path.dirname(os.path.abspath(__file__))
for s in ("make_corpus.py", "make_questions.py", "validate.py"):
    runpy.run_path(os.path.join(HERE, s), run_name="__main__")
