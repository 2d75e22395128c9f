"""Finding the documents to ingest: files given by name, and folders walked recursively."""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from assistant.errors import UnsupportedFileError
from ingest.load import SUPPORTED_SUFFIXES


def display_path(path: Path) -> str:
    """Relative to the working directory when possible, POSIX separators."""
    resolved = path.resolve()
    try:
        return resolved.relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return resolved.as_posix()


def discover(paths: Sequence[str | Path], exclude: Path | None = None
             ) -> tuple[list[tuple[Path, str]], list[str], list[tuple[str, str]]]:
    """Files to ingest (path, display path), folder roots (display paths), and missing/unsupported paths.

    Folders are walked recursively for .pdf/.txt/.md; hidden files and folders, other file types and
    anything inside `exclude` (the data dir, whose texts/ must never be ingested) are left out."""
    excluded = exclude.resolve() if exclude is not None else None
    files: list[tuple[Path, str]] = []
    roots: list[str] = []
    problems: list[tuple[str, str]] = []
    seen: set[str] = set()

    def add(path: Path) -> None:
        shown = display_path(path)
        if shown not in seen:
            seen.add(shown)
            files.append((path, shown))

    for raw in paths:
        path = Path(raw).expanduser()
        if path.is_dir():
            roots.append(display_path(path))
            for found in sorted(path.rglob("*")):
                rel = found.relative_to(path).parts
                if found.is_file() and not any(p.startswith(".") for p in rel) \
                        and found.suffix.lower() in SUPPORTED_SUFFIXES \
                        and not (excluded and found.resolve().is_relative_to(excluded)):
                    add(found)
        elif path.is_file():
            if path.suffix.lower() not in SUPPORTED_SUFFIXES:
                problems.append((display_path(path), str(UnsupportedFileError(
                    f"{display_path(path)}: filtypen {path.suffix or '(ingen)'} stöds inte. "
                    "Använd PDF, Word (.docx), Excel (.xlsx), HTML, .txt eller .md."))))
            else:
                add(path)
        else:
            problems.append((display_path(path), f"{raw}: filen eller mappen finns inte."))
    return files, roots, problems
