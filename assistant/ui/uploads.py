"""Adding documents from the chat: admin token check, safe file names, size and type limits.

Only offered when KOMMUN_ADMIN_TOKEN is set; files are saved into <corpus_dir>/uploads/.
"""
from __future__ import annotations

import hashlib
import hmac
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from assistant.understand.userinput import scrub_surrogates

ALLOWED_SUFFIXES = (".pdf", ".txt", ".md")
UPLOAD_SUBDIR = "uploads"
_UNSAFE = re.compile(r"[^A-Za-z0-9ÅÄÖåäöÉéÜü._-]+")


def token_matches(configured: str | None, entered: str | None) -> bool:
    """Constant-time comparison; False when no token is configured or none entered."""
    if not configured or not entered:
        return False
    return hmac.compare_digest(configured.encode("utf-8"), entered.encode("utf-8"))


def sanitize_filename(name: str) -> str:
    """A bare, safe file name that keeps its extension: no directories, no "..", no leading dot or dash,
    only safe characters (".txt", "..txt" and "-.md" become "dokument.txt", "dokument.txt", "dokument.md")."""
    base = re.split(r"[\\/]", unicodedata.normalize("NFC", scrub_surrogates(str(name))))[-1]
    stem, dot, suffix = base.rpartition(".")
    if not dot:
        stem, suffix = base, ""
    suffix = _UNSAFE.sub("", suffix).strip("._-").lower()[:10]
    stem = re.sub(r"\.{2,}", ".", _UNSAFE.sub("_", stem)).strip("._-")[:100].strip("._-") or "dokument"
    return f"{stem}.{suffix}" if suffix else stem


@dataclass(frozen=True, slots=True)
class Skipped:
    name: str
    reason: str


def check_upload(name: str, size: int, max_file_mb: float) -> str | None:
    """Why a file cannot be taken (Swedish), or None when it may be saved."""
    if not name.lower().endswith(ALLOWED_SUFFIXES):
        return "filtypen stöds inte (bara PDF, .txt och .md)"
    if size == 0:
        return "filen är tom"
    if size > max_file_mb * 1024 * 1024:
        return f"filen är större än {max_file_mb:g} MB (KOMMUN_MAX_FILE_MB)"
    return None


def save_uploads(files: list[tuple[str, bytes]], corpus_dir: Path,
                 max_file_mb: float) -> tuple[list[Path], list[Skipped]]:
    """Save (name, data) pairs under corpus_dir/uploads/; a same-named file with other content gets a suffix."""
    target = Path(corpus_dir) / UPLOAD_SUBDIR
    saved: list[Path] = []
    skipped: list[Skipped] = []
    for original, data in files:
        original = scrub_surrogates(str(original))
        reason = check_upload(original, len(data), max_file_mb)
        if reason:
            skipped.append(Skipped(original, reason))
            continue
        safe = sanitize_filename(original)
        stem, dot, suffix = safe.rpartition(".")
        stem, suffix = (stem, dot + suffix) if dot else (safe, "")
        digest = hashlib.sha256(data).digest()
        try:
            target.mkdir(parents=True, exist_ok=True)
            path = target / safe
            counter = 2
            while path.exists() and (not path.is_file() or hashlib.sha256(path.read_bytes()).digest() != digest):
                path = target / f"{stem}-{counter}{suffix}"
                counter += 1
            if not path.exists():
                path.write_bytes(data)
        except OSError as exc:
            skipped.append(Skipped(original, f"filen kunde inte sparas ({exc.strerror or exc})"))
            continue
        saved.append(path)
    return saved, skipped
