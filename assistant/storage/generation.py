"""Index generations: readers never see a half-written index.

Ingest writes what readers load (manifest snapshot, chunks.jsonl, lexical/, figures.json) into a new
folder `data_dir/generations/<name>/`, then switches `data_dir/CURRENT` (one line, replaced atomically)
to it. A reader opens the generation CURRENT names and holds a shared lock on its `.readers` file for as
long as it uses it; after a switch, ingest deletes only the generations nobody holds (and with them the
stored texts and vectors no kept generation owns). Texts (`texts/<text key>.txt`) and vectors (chunk ids
start with the text key: core.types.text_key) are shared between generations.

A data dir from before generations (files at its top level, no CURRENT) is still read as one generation.
"""
from __future__ import annotations

import fcntl
import json
import os
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

CURRENT_FILE = "CURRENT"
GENERATIONS_DIR = "generations"
READERS_FILE = ".readers"
OPEN_ATTEMPTS = 20  # a switch between reading CURRENT and locking the generation: read CURRENT again


def current_name(data_dir: Path) -> str | None:
    """The generation CURRENT names, None for a data dir without generations."""
    try:
        name = (Path(data_dir) / CURRENT_FILE).read_text(encoding="utf-8").strip()
    except (FileNotFoundError, NotADirectoryError):
        return None
    return name or None


def generation_path(data_dir: Path, name: str) -> Path:
    return Path(data_dir) / GENERATIONS_DIR / name


@dataclass
class Lease:
    """A reader's hold on one generation: a shared lock, released by `release()` or when collected."""

    name: str | None
    path: Path  # the folder holding chunks.jsonl, lexical/, figures.json and the manifest snapshot
    fd: int | None = None
    _closed: bool = field(default=False, repr=False)

    def release(self, _close: Any = os.close) -> None:  # os.close bound now: usable at interpreter exit
        if self.fd is not None and not self._closed:
            self._closed = True
            _close(self.fd)  # closing the descriptor drops the lock

    def __del__(self) -> None:
        self.release()


def open_current(data_dir: Path) -> Lease:
    """Hold the current generation (or the legacy top-level layout when there is none)."""
    data_dir = Path(data_dir)
    for _ in range(OPEN_ATTEMPTS):
        name = current_name(data_dir)
        if name is None:
            return Lease(None, data_dir)
        path = generation_path(data_dir, name)
        try:
            fd = os.open(path / READERS_FILE, os.O_RDONLY | os.O_CLOEXEC)
        except FileNotFoundError:
            continue  # collected between reading CURRENT and opening: CURRENT names a newer one now
        fcntl.flock(fd, fcntl.LOCK_SH)
        try:
            still_there = os.stat(path / READERS_FILE).st_ino == os.fstat(fd).st_ino
        except FileNotFoundError:
            still_there = False
        if still_there:
            return Lease(name, path, fd)
        os.close(fd)
    raise RuntimeError(f"{data_dir}: CURRENT pekar på en generation som tas bort gång på gång")  # pragma: no cover


def new_generation(data_dir: Path) -> tuple[str, Path]:
    """A fresh, empty generation folder (not current until `publish`)."""
    name = f"{time.time_ns():x}-{os.getpid()}"
    path = generation_path(data_dir, name)
    path.mkdir(parents=True)
    (path / READERS_FILE).touch()
    return name, path


def publish(data_dir: Path, name: str) -> None:
    """Make `name` current: one atomic rename of CURRENT, after the generation's files are flushed."""
    data_dir = Path(data_dir)
    tmp = data_dir / f".{CURRENT_FILE}.{os.getpid()}.tmp"
    with tmp.open("w", encoding="utf-8") as handle:
        handle.write(name + "\n")
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, data_dir / CURRENT_FILE)


def collect(data_dir: Path) -> list[str]:
    """Delete every generation that is neither current nor held by a reader; return the kept names,
    current first. Only an ingest (holding the data dir's ingest lock) calls this."""
    data_dir = Path(data_dir)
    current = current_name(data_dir)
    kept = [current] if current else []
    folder = data_dir / GENERATIONS_DIR
    if not folder.is_dir():
        return kept
    for path in sorted(folder.iterdir()):
        if path.name == current or not path.is_dir():
            continue
        if path.name.startswith(".trash-"):
            shutil.rmtree(path, ignore_errors=True)
            continue
        try:
            fd = os.open(path / READERS_FILE, os.O_RDONLY | os.O_CLOEXEC)
        except FileNotFoundError:  # half-made by a killed ingest: nobody can hold it
            shutil.rmtree(path, ignore_errors=True)
            continue
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            kept.append(path.name)
            os.close(fd)
            continue
        trash = folder / f".trash-{path.name}"
        os.replace(path, trash)  # a reader that opened .readers meanwhile sees it moved and retries
        os.close(fd)
        shutil.rmtree(trash, ignore_errors=True)
    return kept


def kept_manifests(data_dir: Path, names: list[str]) -> list[dict[str, Any]]:
    """The manifest snapshots of the kept generations (what their readers may still ask for)."""
    out = []
    for name in names:
        try:
            out.append(json.loads((generation_path(data_dir, name) / "manifest.json").read_text(encoding="utf-8")))
        except (OSError, json.JSONDecodeError):
            continue
    return out
