"""Finding the documents to ingest: files given by name, and folders walked recursively.

Symlinks inside a folder are followed only when their target lies inside that folder (a link to
/etc/passwd in the corpus is skipped with a reason); a link's document is shown under the link's own
path, so deleting the link removes the document at the next ingest. Display paths are valid Unicode
whatever the bytes of the file name: undecodable bytes are written as \\xNN.
"""
from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from core.errors import UnsupportedFileError
from ingest.load import SUPPORTED_SUFFIXES


def safe_name(text: str) -> str:
    """`text` (a str from the file system, bytes it could not decode kept as surrogates) as valid Unicode:
    each undecodable byte as \\xNN, so names stay distinct and readable and can be stored anywhere."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return os.fsencode(text).decode("utf-8", errors="backslashreplace")


def display_path(path: Path) -> str:
    """Relative to the working directory when possible, POSIX separators, valid Unicode.

    The path is made absolute without resolving symlinks: a link keeps its own name."""
    absolute = Path(os.path.abspath(path))
    cwd = Path(os.path.abspath(Path.cwd()))
    try:
        shown = absolute.relative_to(cwd).as_posix()
    except ValueError:
        shown = absolute.as_posix()
    return safe_name(shown)


def escapes(path: Path, root: Path) -> bool:
    """True when `path` (inside `root`) is, or goes through, a symlink whose target lies outside root."""
    return not Path(os.path.realpath(path)).is_relative_to(Path(os.path.realpath(root)))


def discover(paths: Sequence[str | Path], exclude: Path | None = None
             ) -> tuple[list[tuple[Path, str]], list[str], list[tuple[str, str]]]:
    """Files to ingest (path, display path), folder roots (display paths), and missing/unsupported paths.

    Folders are walked recursively for supported files; hidden files and folders, other file types,
    symlinks leading out of the folder and anything inside `exclude` (the data dir, whose texts/ must
    never be ingested) are left out."""
    excluded = Path(os.path.realpath(exclude)) if exclude is not None else None
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
            for found in walk(path):
                if found.suffix.lower() not in SUPPORTED_SUFFIXES:
                    continue
                real = Path(os.path.realpath(found))
                if excluded and real.is_relative_to(excluded):
                    continue
                if escapes(found, path):
                    shown = display_path(found)
                    problems.append((shown, f"{shown}: länken pekar utanför mappen {display_path(path)} och "
                                            "följs inte. Kopiera filen in i mappen om den ska läsas in."))
                    continue
                if real.is_file():
                    add(found)
        elif path.is_file():
            if path.suffix.lower() not in SUPPORTED_SUFFIXES:
                problems.append((display_path(path), str(UnsupportedFileError(
                    f"{display_path(path)}: filtypen {path.suffix or '(ingen)'} stöds inte. "
                    "Använd PDF, Word (.docx), Excel (.xlsx), HTML, .txt eller .md."))))
            else:
                add(path)
        else:
            problems.append((display_path(path), f"{safe_name(str(raw))}: filen eller mappen finns inte."))
    return files, roots, problems


def walk(root: Path) -> list[Path]:
    """Every non-hidden file below root, sorted; symlinked folders are not descended into (their
    files are reached through their real place when that lies inside root)."""
    found: list[Path] = []
    for folder, dirs, names in os.walk(root, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(Path(folder) / name for name in names if not name.startswith("."))
    return sorted(found)
