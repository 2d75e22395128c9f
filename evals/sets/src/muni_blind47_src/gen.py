"""Generate the blind-muni47 corpus (Falköping and Laholm). Run: python gen.py"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import OUT  # noqa: E402
import falkoping  # noqa: E402
import laholm  # noqa: E402


def main():
    falkoping.build(OUT / "falkoping")
    laholm.build(OUT / "laholm")
    print("wrote", OUT)


if __name__ == "__main__":
    main()
