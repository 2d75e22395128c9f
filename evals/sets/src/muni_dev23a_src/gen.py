"""Deterministic generator for evals/corpora/dev-muni23a (Vaxholm, Älvdalen)."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import vaxholm

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", "..", ".."))
OUT = os.path.join(ROOT, "evals", "corpora", "dev-muni23a")

if __name__ == "__main__":
    facts = {"vaxholm": vaxholm.build(os.path.join(OUT, "vaxholm"))}
    try:
        import alvdalen
        facts["alvdalen"] = alvdalen.build(os.path.join(OUT, "alvdalen"))
    except ImportError:
        pass
    print(json.dumps(facts, ensure_ascii=False, indent=1))
