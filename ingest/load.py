"""Loading documents: PDF (pypdf lives here only), .txt and .md, HTML, Word and Excel (ingest/readers/),
plus their metadata (municipality from ingest/municipality.py).

`load_document` returns a `LoadedDocument` with normalised text, 1-based page spans for PDFs and
metadata from the folder's metadata.json sidecar, or guessed from the content (`guessed=True`).
Bad files raise `DocumentError` subclasses whose message names the file and the reason in Swedish.
"""
from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from assistant.budget.numbers import is_justified
from core.errors import (CorruptFileError, EmptyDocumentError, EncryptedPdfError,
                              FileTooLargeError, NoTextLayerError, UnreadableFileError, UnsupportedFileError)
from core.settings import Settings
from core.types import DocumentMeta, LoadedDocument, PageSpan
from core.years import ISO_DATE, MONTHS_SV, SV_DATE
from ingest.body_title import body_title, kind_only, kind_part, letterhead_only
from ingest.municipality import guess_municipality, municipality_in_text
from ingest.normalize import dedent_block, normalize_text
from ingest.readers import READERS, ReadResult
from ingest.readers import read as read_other

SUPPORTED_SUFFIXES = (".pdf", ".txt", ".md", ".html", ".htm", ".docx", ".xlsx")
SIDECAR_NAME = "metadata.json"
# bump a format's number when its reading changes (the text, its tables or its metadata): the next ingest reads the
# files of that format again, though their bytes are unchanged (a format not named here is at 1)
READER_VERSIONS = {".xlsx": 14, ".docx": 16, ".pdf": 16, ".txt": 14, ".md": 13, ".html": 14, ".htm": 14}
# (2: a meeting's papers headed only "PROTOKOLL" are titled by body and date, `body_title`; xlsx 2: headers naming
# no year; html 3: grids of div or ARIA rows read as tables, a description list as "term: description" lines;
# docx, pdf, txt, md 3: the body of a letterhead above the "PROTOKOLL" line titles it too; 4: a running head is a
# whole line repeated, not a sentence's last words, `_repeated_lines`; all formats 7/8/9: a table whose title and
# columns name no year takes the year its document's title names, else its date, `yearless.dated_by_document`;
# docx 9: a line break inside a paragraph stays a line break; all text formats 8/10: the last words of a sentence
# wrapped onto a line of their own, "22,29 kronor.", are no table's title, `tables._sentence_tail`; all formats
# 9/11/8: a reference line ("Dnr KS 2024/0151") is no table's title, a column label naming a day of a month ("Utfall
# 31 aug") is a label, not a figure; pdf 11: justified prose on a table's page is read with single spaces; all formats
# 10/12/9: a squeezed top line of a three-line header gives its labels to the columns opening in lower case below,
# `layout.top_over_joined`, labels glued in one cell are cut over the columns of figures, `layout.squeezed_apart`;
# all formats 11/13/10 (xlsx 10): a justified paragraph between a heading and its table is skipped, not the end of
# the title search; a header without years over cells with their unit ("19 kr") is a table; "Andel av 100 kr" is in kronor;
# pdf 14, txt 12: "Not" over a gap of a space-aligned header wrapped over two lines ("Not  Bokslut  Budget" over
# "Mnkr  2023  2024") is the note column, not part of the next column's label, `layout._columns_of_their_own`;
# all formats 12/15/15/13: the municipality the first line names as the sender, "VÄNNÄS KOMMUN", is the document's,
# `municipality.municipality_in_letterhead`; xlsx 13: a number shows the decimals its format gives it, "545,0" for
# 545 in "0.0", `xlsx.displayed`; docx 16: a heading naming only the
# municipality, "Svenljunga kommun", is the sender's letterhead, not the title, `body_title.letterhead_only`; all
# formats 14/16/16/14 (md 13): a line of units alone under a header, "Tkr  %", is the header's,
# `layout._with_units_below`, and a caption clause stating the unit "där inget annat anges" gives the table that
# unit, `tables._default_measure` (chunks carry the tables' context))


def reader_version(path: str | Path) -> int:
    return READER_VERSIONS.get(Path(path).suffix.lower(), 1)
DOC_TYPES = ("budget", "press_release", "committee_summary", "action_plan", "minutes", "annual_report",
             "interim_report", "notice", "news", "plan", "other")

# A table row in pypdf's layout text: a cell, 2+ spaces, a number group (e.g. "Socialnämnden   205 172"),
# negatives included ("-1,8", "−1,8", "– 26,1", "(4,2)").
_LAYOUT_ROW = re.compile(r"\S {2,}(?:[−\-–] ?|\()?\d[\d \u00a0\u202f]*(?:[,.]\d+)?\)?(?: {2,}|$)")
PageProgress = Callable[[int, int], None]  # (pages read, pages in the file)


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    try:
        with path.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    except OSError as exc:
        raise unreadable(path, exc) from exc
    return digest.hexdigest()


def read_sidecar(folder: Path) -> dict[str, dict[str, Any]]:
    """The folder's metadata.json as {file name: entry}; {} when absent. Broken JSON is an error."""
    path = folder / SIDECAR_NAME
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise unreadable(path, exc) from exc
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise CorruptFileError(f"{path}: metadatafilen är inte giltig JSON ({exc}). Rätta filen eller ta bort den.") from exc
    if not isinstance(data, dict):
        raise CorruptFileError(f"{path}: metadatafilen ska vara ett JSON-objekt med filnamn som nycklar.")
    return {name: entry for name, entry in data.items() if not name.startswith("_") and isinstance(entry, dict)}


def unreadable(path: Path, exc: OSError) -> UnreadableFileError:
    return UnreadableFileError(f"{path}: filen kunde inte läsas ({exc.strerror or exc}). Kontrollera att den finns "
                               "och att du har läsrättighet.")


def check_file(path: Path, settings: Settings) -> None:
    """Raise for an unsupported extension or a file over settings.max_file_mb, before reading it."""
    if path.suffix.lower() not in SUPPORTED_SUFFIXES:
        raise UnsupportedFileError(
            f"{path}: filtypen {path.suffix or '(ingen)'} stöds inte. Använd PDF, Word (.docx), Excel (.xlsx), "
            "HTML, .txt eller .md.")
    try:
        size_mb = path.stat().st_size / (1024 * 1024)
    except OSError as exc:
        raise unreadable(path, exc) from exc
    if size_mb > settings.max_file_mb:
        raise FileTooLargeError(
            f"{path}: filen är {size_mb:.1f} MB, gränsen är {settings.max_file_mb:g} MB "
            f"(ändra med KOMMUN_MAX_FILE_MB).")


def load_document(path: Path, *, display_path: str | None = None, settings: Settings | None = None,
                  sidecar: Mapping[str, Mapping[str, Any]] | None = None,
                  progress: PageProgress | None = None) -> LoadedDocument:
    """Load one file. `sidecar` defaults to the metadata.json next to the file; `progress` hears of each
    page of a PDF as it is read."""
    path = Path(path)
    settings = settings or Settings()
    shown = display_path or str(path)
    check_file(path, settings)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise unreadable(Path(shown), exc) from exc
    if not data.strip():
        raise EmptyDocumentError(f"{shown}: filen är tom.")
    hints = None
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        text, pages = _pdf_text(data, shown, progress)
    elif suffix in READERS:
        hints = read_other(suffix, data, shown)
        text, pages = normalize_text(hints.text), ()
    else:
        text, pages = normalize_text(decode_text(data, shown)), ()
    if not text.strip():
        raise EmptyDocumentError(f"{shown}: filen innehåller ingen text.")
    entries = read_sidecar(path.parent) if sidecar is None else sidecar
    entry = entries.get(path.name)
    meta = meta_from_entry(entry, path, text) if entry else guess_meta(text, path, hints)
    return LoadedDocument(path=shown, text=text, sha256=hashlib.sha256(data).hexdigest(), meta=meta, pages=pages)


# --- plain text ---------------------------------------------------------------------------------

def decode_text(data: bytes, shown: str) -> str:
    """Decode .txt/.md bytes: BOMs first, then UTF-8, then cp1252/latin-1. Binary data is an error."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise CorruptFileError(f"{shown}: filen ser ut som UTF-16 men går inte att avkoda.") from exc
    sample = data[:8192]
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    if b"\x00" in sample or controls > len(sample) * 0.05:
        raise CorruptFileError(f"{shown}: filen innehåller binärdata, inte text. Är det rätt fil och filändelse?")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


# --- PDF ----------------------------------------------------------------------------------------

def _pdf_text(data: bytes, shown: str, progress: PageProgress | None = None) -> tuple[str, tuple[PageSpan, ...]]:
    import io
    import logging

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # "EOF marker not found" etc.: we raise our own message

    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                decrypted = reader.decrypt("")
            except (DependencyError, NotImplementedError) as exc:
                raise EncryptedPdfError(f"{shown}: PDF-filen är krypterad och kan inte läsas ({exc}).") from exc
            if not decrypted:
                raise EncryptedPdfError(
                    f"{shown}: PDF-filen är lösenordsskyddad. Spara en kopia utan lösenord och läs in den.")
        raw_pages = []
        total = len(reader.pages)
        for number, page in enumerate(reader.pages, start=1):
            raw_pages.append(_page_text(page))
            if progress is not None:
                progress(number, total)
    except FileNotDecryptedError as exc:
        raise EncryptedPdfError(f"{shown}: PDF-filen är lösenordsskyddad. Spara en kopia utan lösenord.") from exc
    except (PdfReadError, ValueError, KeyError, TypeError, IndexError, AttributeError) as exc:
        # pypdf raises these on garbage and truncated files beside the PdfReadError family
        raise CorruptFileError(f"{shown}: PDF-filen är trasig eller ofullständig och kan inte läsas ({exc}).") from exc
    parts: list[str] = []
    spans: list[PageSpan] = []
    offset = 0
    for number, raw in enumerate(raw_pages, start=1):
        page_text = normalize_text(raw)
        if not page_text.strip():
            continue
        if parts:
            offset += 2  # the "\n\n" joining pages
        spans.append(PageSpan(page=number, start=offset, end=offset + len(page_text)))
        parts.append(page_text)
        offset += len(page_text)
    if not parts:
        raise NoTextLayerError(
            f"{shown}: PDF-filen har inget textlager (troligen en skannad bild). Kör OCR på den först.")
    return "\n\n".join(parts), tuple(spans)


def _page_text(page: Any) -> str:
    """Plain extraction, or layout extraction when the page holds a table (so columns survive)."""
    plain = page.extract_text() or ""
    if not plain.strip():
        return ""
    layout = page.extract_text(extraction_mode="layout") or ""
    lines = [line.rstrip() for line in layout.split("\n")]
    rows = sum(1 for line in lines if _LAYOUT_ROW.search(line.strip()))
    if rows >= 3 or (rows and any(_is_column_header(line) for line in lines)):
        # keep the column gaps of table rows and headers; other lines (justified prose too: every word gap widened
        # alike, the one inside a number as well, "omfattar  42  050  tkr.") get single spaces like plain mode
        return dedent_block("\n".join(line if _keeps_columns(line) else _collapse_spaces(line) for line in lines))
    return _collapse_spaces(plain)


def _keeps_columns(line: str) -> bool:
    """A table row or header of layout text: cells set apart by column gaps, not a justified line of prose."""
    return (bool(_LAYOUT_ROW.search(line.strip())) or _looks_like_header(line)) and not is_justified(line)


def _collapse_spaces(text: str) -> str:
    """Justified PDF text extracts with runs of spaces between words; they are not column gaps."""
    return re.sub(r"(?<=\S) {2,}(?=\S)", " ", text)


def _is_column_header(line: str) -> bool:
    """Three or more labels set apart by wide gaps, without figures: the header of a table whose last rows a
    page break carried over ("Projekt     Budget     Plan ..." above one "Summa" row). Justified prose has
    narrow gaps."""
    cells = [c for c in re.split(r" {4,}", line.strip()) if c]
    return len(cells) >= 3 and not _LAYOUT_ROW.search(line.strip())


def _looks_like_header(line: str) -> bool:
    return len([c for c in re.split(r" {2,}", line.strip()) if c]) >= 3


# --- metadata -----------------------------------------------------------------------------------

def meta_from_entry(entry: Mapping[str, Any], path: Path, text: str = "") -> DocumentMeta:
    doc_type = str(entry.get("type") or entry.get("doc_type") or "other")
    date = entry.get("date")
    municipality = entry.get("municipality") or guess_municipality(text, path, entry.get("publisher"))
    return DocumentMeta(
        municipality=str(municipality) if municipality else None,
        title=str(entry.get("title") or _title_from_name(path)),
        publisher=entry.get("publisher"),
        date=str(date) if date else None,
        doc_type=doc_type if doc_type in DOC_TYPES else "other",
        language=str(entry.get("language") or "sv"),
        source=entry.get("source"),
        guessed=False,
    )


_BOILERPLATE = {"till innehållet", "hoppa till innehållet", "meny", "sök", "innehåll", "innehållsförteckning"}
# Checked in order: the first type whose words occur in the file name or title wins, then the opening text.
_TYPE_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("press_release", ("pressmeddelande", "press release")),
    ("annual_report", ("årsredovisning", "arsredovisning", "annual report")),
    ("interim_report", ("delårsrapport", "delarsrapport", "delårsbokslut", "tertialrapport", "interim report")),
    ("notice", ("kallelse", "föredragningslista")),
    ("minutes", ("protokoll", "justering", "paragraf")),
    ("news", ("nyhet", "nyheter", "news")),
    ("plan", ("nämndplan", "namndplan", "verksamhetsplan", "verksamhetsplan")),
    ("committee_summary", ("i korthet", "sammanträde", "namnden", "nämnden")),
    ("action_plan", ("handlingsplan", "åtgärdsplan")),
    ("budget", ("budget", "resultatbudget", "driftsbudget", "investeringsbudget")),
    ("plan", ("plan för", "flerårsplan")),
)
# "Publicerad 2024-11-20", "Senast uppdaterad: 14 januari 2025": the page's own date lines, first wins
_DATE_LINES = re.compile(r"(?im)^\W*(publicerad|publicerat|published|sidan publicerades|datum|senast uppdaterad|"
                         r"senast ändrad|sidan uppdaterades|uppdaterad|last updated)\b[^\n]{0,40}")


def guess_meta(text: str, path: Path, hints: ReadResult | None = None) -> DocumentMeta:
    """Metadata from content when no sidecar entry exists: never fails. Markdown front matter
    (title:, date:, type:, publisher:) wins over what the file says about itself (an HTML page's h1),
    which wins over guesses from the text."""
    front = front_matter(text)
    told = hints.title if hints and hints.title and not kind_only(hints.title, _MEETING_WORDS) and \
        not letterhead_only(hints.title) else None
    title = front.get("title") or told or guess_title(text) or (hints.title if hints else None) or _title_from_name(path)
    head = text[:1500]
    date = front.get("date") if re.fullmatch(r"(?:19|20)\d{2}(?:-\d{2}){0,2}", front.get("date", "")) else None
    date = date or _dated_line(text) or (hints.date if hints else None) or _guess_date(head) or _guess_date(path.name)
    publisher = front.get("publisher") or (hints.publisher if hints else None)
    doc_type = front.get("type") if front.get("type") in DOC_TYPES else None
    name = path.stem.lower().replace("-", " ").replace("_", " ")
    doc_type = doc_type or doc_type_in(name, title.lower())
    if not doc_type:
        head_lower = head.lower()
        doc_type = next((kind for kind, words in _TYPE_WORDS if any(w in head_lower for w in words)), None)
    return DocumentMeta(title=title, publisher=publisher or None, date=date, doc_type=doc_type or "other",
                        guessed=True, municipality=front.get("municipality") or guess_municipality(text, path, publisher))


def _dated_line(text: str) -> str | None:
    """The date of a "Publicerad ..." line, else of a "Senast uppdaterad ..." line."""
    found = {m.group(1).lower(): _guess_date(m.group(0)) for m in reversed(list(_DATE_LINES.finditer(text)))}
    for key in ("publicerad", "publicerat", "published", "sidan publicerades", "datum", "senast uppdaterad",
                "senast ändrad", "sidan uppdaterades", "uppdaterad", "last updated"):
        if found.get(key):
            return found[key]
    return None


def front_matter(text: str) -> dict[str, str]:
    """Simple `key: value` lines between a leading "---" and the next "---" line; {} when absent."""
    if not text.startswith("---\n"):
        return {}
    end = text.find("\n---", 4, 3000)
    if end < 0:
        return {}
    fields = {}
    for line in text[4:end].split("\n"):
        key, sep, value = line.partition(":")
        if sep and key.strip():
            fields[key.strip().lower()] = value.strip().strip("\"'")
    return fields


def guess_title(text: str) -> str | None:
    """A head naming only a meeting's paper ("PROTOKOLL") titled by the body and date below it, else the first
    markdown heading, else the first short line of 3+ words (ALL CAPS lines joined), else None."""
    lines = [line.strip() for line in text.split("\n")[:60]]
    for i in [k for k, line in enumerate(lines) if line][:4]:
        if kind_only(kind_part(lines[i]), _MEETING_WORDS) and (titled := body_title(lines, i)):
            return titled
    for i, line in enumerate(lines):
        if re.match(r"#{1,3}\s+\S", line):
            if letterhead_only(line):  # "# Svenljunga kommun" over "Omsorgsnämnden – Sammanträdesprotokoll ...":
                below = next((b for b in lines[i + 1:] if b), "")  # the sender; the line below names the paper
                if below and not below.startswith("#") and len(below.split()) <= 10 and not below.endswith("."):
                    return below
                continue
            return line.lstrip("#").strip()
    candidates: list[tuple[int, str]] = []
    repeated = _repeated_lines(text)
    for i, line in enumerate(lines):
        if not line or len(line) > 150 or line.lower().rstrip(".:") in _BOILERPLATE:
            continue
        if line in repeated:
            continue  # a running head repeated on every page (a site or document banner), not the headline
        if _is_kicker(line):
            continue  # "Pressmeddelande, 3 december 2024", "Pressmeddelande från Vårgårda kommun": a label
        if ISO_DATE.search(line) and len(ISO_DATE.sub("", line).split()) <= 2:
            continue  # a date line such as "2023-02-08 12:20Pressmeddelande"
        candidates.append((i, line))
        if len(candidates) >= 15:
            break
    heads = [(i, line) for i, line in enumerate(lines) if line][:4]
    for (i, line), (_, nxt) in zip(heads, heads[1:]):  # "Delårsrapport" over "januari–augusti 2026": kind, period
        if len(line.split()) <= 3 and line.split()[0].lower().strip(",.:") in _KIND_WORDS and \
                not re.search(r"\b(?:19|20)\d\d\b", line) and re.search(r"\b(?:19|20)\d\d\b", nxt) and \
                len(nxt.split()) <= 4 and not any(w.lower() in _KIND_WORDS for w in nxt.split()) and \
                not ISO_DATE.search(nxt) and not re.search(r"\b\d{1,2}\s+[a-zåäö]+\s+(?:19|20)\d\d", nxt):
            # a period, not a date of publication ("2024-12-03", "3 december 2024")
            return f"{line} {nxt}".rstrip(".:")
    kind_lines = [(i, line) for i, line in candidates[:4]
                  if len(line.split()) <= 5 and line.split()[0].lower().strip(",.:") in _KIND_WORDS
                  and re.search(r"\b(?:19|20)\d\d\b", line)]
    for i, line in kind_lines[:1] + [c for c in candidates if c not in kind_lines[:1]]:
        # a line naming the document's kind and year ("Årsredovisning 2024") first, though short: an approval line
        # under it ("Godkänd av kommunfullmäktige den 28 april 2025, § 34") is no title
        if len(line.split()) >= 3 or (i, line) in kind_lines[:1]:
            title = line
            nxt = lines[i + 1] if i + 1 < len(lines) else ""
            if (line.isupper() and nxt.isupper() and len(nxt) < 80) or _title_goes_on(line, nxt):
                title = f"{line} {nxt}"
            return title.rstrip(".:")
    return candidates[0][1] if candidates else None


def _repeated_lines(text: str) -> set[str]:
    """The lines the text writes more than once as whole lines (spacing aside): a running head, never a line that
    only ends a wrapped sentence the same way ("... att fastställa Mål och budget 2025")."""
    counts = Counter(line.strip() for line in text.split("\n") if line.strip())
    return {line for line, n in counts.items() if n > 1}


_KIND_WORDS = {w for _, words in _TYPE_WORDS for w in words if " " not in w}
_MEETING_WORDS = {w for kind, words in _TYPE_WORDS if kind in ("minutes", "notice") for w in words}  # a meeting's papers
_JOINING = {"och", "med", "för", "i", "till", "samt", "om", "av", "på", "inför", "and", "for", "with", "of", "to"}
_YEARS_ONLY = re.compile(r"(?:19|20)\d{2}(?:\s*[–—-]\s*(?:19|20)?\d{2,4})?")


def _title_goes_on(line: str, nxt: str) -> bool:
    """A headline wrapped onto the next line: it ends in a joining word ("Budget 2025 med plan för") or the
    next line holds only its years ("2026–2027")."""
    if not nxt or len(nxt.split()) > 6 or len(line) + len(nxt) > 150:
        return False
    return line.split()[-1].lower() in _JOINING or bool(_YEARS_ONLY.fullmatch(nxt))


PLANNING_KINDS = ("plan", "action_plan", "budget")  # documents that plan the years ahead


def doc_type_in(name: str, title: str) -> str | None:
    """The document kind a file name and title name: the first kind in `_TYPE_WORDS` order (a press release
    about the budget is a press release); of the planning kinds, the one the title names first ("Budget 2025
    och verksamhetsplan 2026–2027" is a budget, "Verksamhetsplan 2025 med budget" a plan)."""
    haystack = f"{name} {title}"
    kind = next((kind for kind, words in _TYPE_WORDS if any(w in haystack for w in words)), None)
    if kind not in PLANNING_KINDS:
        return kind
    in_title = [(position, order, k) for order, (k, words) in enumerate(_TYPE_WORDS) if k in PLANNING_KINDS
                for w in words if (position := title.find(w)) >= 0]
    return min(in_title)[2] if in_title else kind


def _is_kicker(line: str) -> bool:
    """A line that only says what kind of document this is, from whom and when (not its headline)."""
    rest = SV_DATE.sub(" ", ISO_DATE.sub(" ", line.lower()))
    rest = re.sub(r"\b(från|av|kl\.?|\d{1,2}[:.]\d{2})\b|[^\w\s]", " ", rest)
    words = [w for w in rest.split() if w not in _KIND_WORDS]
    if len(words) == len(rest.split()):
        return False  # no document-kind word: a real line
    named = municipality_in_text(line)
    return len(words) <= (3 if named else 0)


def _guess_date(text: str) -> str | None:
    """The first date the text writes, "2024-11-27" or "21 november 2024"."""
    iso, sv = ISO_DATE.search(text), SV_DATE.search(text)
    if iso and (not sv or iso.start() < sv.start()):
        return iso.group(0)
    if sv:
        month = MONTHS_SV.index(sv.group(2).lower()) + 1
        return f"{sv.group(3)}-{month:02d}-{int(sv.group(1)):02d}"
    return None


def _title_from_name(path: Path) -> str:
    stem = re.sub(r"^\d{4}-\d{2}-\d{2}[-_ ]*", "", path.stem)
    words = re.sub(r"[-_]+", " ", stem).strip()
    return words[:1].upper() + words[1:] if words else path.name
