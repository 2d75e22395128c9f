"""The `kommun` command: argument parsing and error-to-message translation only.

Each subcommand lives in its own module and is imported lazily, so `kommun --help` stays instant.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from core.errors import KommunError
from core.settings import Settings, apply_offline_defaults


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kommun",
        description="Frågor och svar om kommunens dokument, med källor och en budgetkalkylator.",
    )
    sub = parser.add_subparsers(dest="command", required=True)

    p_ingest = sub.add_parser("ingest", help="läs in dokument (PDF, Word, Excel, HTML, .txt, .md) i indexet")
    p_ingest.add_argument("paths", nargs="*", help="filer eller mappar (standard: corpus/)")
    p_ingest.add_argument("--json", action="store_true",
                          help="skriv ett JSON-objekt med dokument, textavsnitt, tabeller och en rad per fil")

    p_ask = sub.add_parser("ask", help="ställ en fråga eller kontrollera ett påstående")
    p_ask.add_argument("question", nargs="?", help="frågan (utelämnas med --batch)")
    p_ask.add_argument("--json", action="store_true", help="skriv ett JSON-objekt per svar")
    p_ask.add_argument("--batch", type=Path, metavar="FILE.jsonl",
                       help="rader med id, question och valfritt history; ett JSON-svar per rad")
    p_ask.add_argument("--check", action="store_true", help="behandla texten som ett påstående att kontrollera")
    p_ask.add_argument("--municipality", "--kommun", action="append", default=[], metavar="KOMMUN",
                       help="sök bara i dokument från denna kommun (kan upprepas)")
    p_ask.add_argument("--history", action="append", default=[], metavar="FRÅGA",
                       help="en tidigare fråga i samma samtal (kan upprepas, äldst först)")

    p_eval = sub.add_parser("eval", help="kör fasta frågeset och skriv en rapport")
    p_eval.add_argument("sets", nargs="*", help="frågeset (.jsonl); standard: alla i evals/sets/")
    p_eval.add_argument("--out", type=Path, default=Path("evals/reports"), help="mapp för rapporterna")
    p_eval.add_argument("--no-baselines", action="store_true", help="hoppa över baslinjerna")

    p_serve = sub.add_parser("serve", help="starta chatten i webbläsaren (127.0.0.1)")
    p_serve.add_argument("--port", type=int, default=8501)
    return parser


def main(argv: list[str] | None = None) -> int:
    apply_offline_defaults()
    args = build_parser().parse_args(argv)
    try:
        settings = Settings.from_env()
        if args.command == "ingest":
            from ingest.cli import run as run_ingest

            return run_ingest(args.paths or [str(settings.corpus_dir)], settings, as_json=args.json)
        if args.command == "ask":
            from assistant.ask_cli import run as run_ask

            return run_ask(args, settings)
        if args.command == "eval":
            from evals.run import main as run_eval

            return run_eval(args, settings)
        if args.command == "serve":
            from assistant.serve import run as run_serve

            return run_serve(args.port, settings)
    except KommunError as error:
        print(f"Fel: {error}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print("Avbrutet.", file=sys.stderr)
        return 130
    return 2


if __name__ == "__main__":
    sys.exit(main())
