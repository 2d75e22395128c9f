"""`python -m ingest [PATH ...]`: the same as `kommun ingest`."""
from __future__ import annotations

import sys

from assistant.cli import main

if __name__ == "__main__":
    sys.exit(main(["ingest", *sys.argv[1:]]))
