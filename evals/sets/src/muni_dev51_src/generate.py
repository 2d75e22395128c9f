"""Generate the dev-muni51 corpus (Lidköping, Tranås), then the question set."""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
CORPUS = os.path.join(ROOT, "evals", "corpora", "dev-muni51")

import lidkoping  # noqa: E402
import tranas  # noqa: E402

if __name__ == "__main__":
    lidkoping.build(os.path.join(CORPUS, "lidkoping"))
    tranas.build(os.path.join(CORPUS, "tranas"))
    print("corpus written to", CORPUS)
    qp = os.path.join(HERE, "questions.py")
    if os.path.exists(qp):
        subprocess.run([sys.executable, qp], check=True)
