"""Evaluation questions: the JSONL schema of evals/sets/*.jsonl, loading and validation.

One JSON object per line:
{"id", "category", "language", "question", "history": [...],
 "gold": {"answer", "numbers": [{"value", "unit"}], "docs": [...], "quotes": [...], "refused", "verdict"}}
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from core.errors import EvalSetError

CATEGORIES = ("lookup", "multi_doc", "multi_part", "claim", "unanswerable", "followup", "english", "table_lookup",
              "calculation", "text_amount")
LANGUAGES = ("sv", "en")
VERDICTS = ("supported", "contradicted", "not_found")
UNITS = ("kr", "tkr", "mnkr", "mdkr", "%", "st")
SETS_DIR = Path(__file__).resolve().parent / "sets"
DEV_DIR = SETS_DIR / "dev"      # tune on these
BLIND_DIR = SETS_DIR / "blind"  # written by someone who never read the code; run once, then moved to dev/

_TAGS = re.compile(r"</?(?:i|b|em|strong)>", re.IGNORECASE)
_WS = re.compile(r"\s+")


def normalize_for_match(text: str) -> str:
    """NFC, no inline <i>-style tags, every whitespace run one space: how quotes and passages are compared."""
    text = unicodedata.normalize("NFC", text)
    text = _TAGS.sub("", text)
    return _WS.sub(" ", text).strip()


@dataclass(frozen=True, slots=True)
class GoldNumber:
    value: Decimal
    unit: str


@dataclass(frozen=True, slots=True)
class Gold:
    answer: str
    numbers: tuple[GoldNumber, ...] = ()
    docs: tuple[str, ...] = ()
    quotes: tuple[str, ...] = ()
    refused: bool = False
    verdict: str | None = None


@dataclass(frozen=True, slots=True)
class EvalQuestion:
    id: str
    category: str
    language: str
    question: str
    gold: Gold
    history: tuple[str, ...] = ()
    set_name: str = ""
    corpus: str | None = None  # the folder the question is about (repo-relative); None: the bundled corpus/


def _fail(where: str, message: str) -> EvalSetError:
    return EvalSetError(f"{where}: {message}")


def _require(obj: dict[str, Any], key: str, kind: type | tuple[type, ...], where: str) -> Any:
    if key not in obj:
        raise _fail(where, f"fältet {key!r} saknas.")
    value = obj[key]
    if not isinstance(value, kind):
        raise _fail(where, f"fältet {key!r} har fel typ ({type(value).__name__}).")
    return value


def _parse_number(raw: Any, where: str) -> GoldNumber:
    if not isinstance(raw, dict) or "value" not in raw or "unit" not in raw:
        raise _fail(where, "varje tal i gold.numbers ska vara {\"value\": ..., \"unit\": ...}.")
    if isinstance(raw["value"], bool) or not isinstance(raw["value"], (int, float, str)):
        raise _fail(where, f"gold.numbers har ett värde som inte är ett tal: {raw['value']!r}.")
    try:
        value = Decimal(str(raw["value"]))
    except InvalidOperation as exc:
        raise _fail(where, f"gold.numbers har ett värde som inte är ett tal: {raw['value']!r}.") from exc
    if raw["unit"] not in UNITS:
        raise _fail(where, f"okänd enhet {raw['unit']!r}; använd en av {', '.join(UNITS)}.")
    return GoldNumber(value, raw["unit"])


def parse_question(obj: Any, where: str, set_name: str = "") -> EvalQuestion:
    """Validate one decoded JSON line and build the record; raises EvalSetError naming the line."""
    if not isinstance(obj, dict):
        raise _fail(where, "raden är inget JSON-objekt.")
    qid = _require(obj, "id", str, where)
    where = f"{where} ({qid})"
    category = _require(obj, "category", str, where)
    if category not in CATEGORIES:
        raise _fail(where, f"okänd kategori {category!r}; använd en av {', '.join(CATEGORIES)}.")
    language = _require(obj, "language", str, where)
    if language not in LANGUAGES:
        raise _fail(where, f"språket ska vara sv eller en, inte {language!r}.")
    question = _require(obj, "question", str, where)
    if not question.strip():
        raise _fail(where, "frågan är tom.")
    history = obj.get("history", [])
    if not isinstance(history, list) or not all(isinstance(h, str) and h.strip() for h in history):
        raise _fail(where, "history ska vara en lista med tidigare frågor (text).")
    gold = _require(obj, "gold", dict, where)
    answer = _require(gold, "answer", str, where)
    numbers = tuple(_parse_number(n, where) for n in _require(gold, "numbers", list, where))
    docs = _require(gold, "docs", list, where)
    quotes = _require(gold, "quotes", list, where)
    if not all(isinstance(d, str) and d for d in docs) or not all(isinstance(q, str) and q.strip() for q in quotes):
        raise _fail(where, "gold.docs och gold.quotes ska vara listor med text.")
    refused = gold.get("refused")
    if not isinstance(refused, bool):
        raise _fail(where, "gold.refused ska vara true eller false.")
    verdict = gold.get("verdict")
    if verdict is not None and verdict not in VERDICTS:
        raise _fail(where, f"gold.verdict ska vara null eller en av {', '.join(VERDICTS)}.")
    if category == "claim" and verdict is None:
        raise _fail(where, "ett påstående (category claim) behöver gold.verdict.")
    if category == "unanswerable" and (not refused or quotes):
        raise _fail(where, "en obesvarbar fråga har refused true och tomma quotes (docs får nämna närliggande dokument).")
    if not refused and (not docs or not quotes) and verdict != "not_found":
        raise _fail(where, "en besvarbar fråga behöver minst ett gold-dokument och ett citat.")
    corpus = obj.get("corpus")
    if corpus is not None and not (isinstance(corpus, str) and corpus.strip()):
        raise _fail(where, "corpus ska vara en mapp (text), t.ex. \"tests/fixtures/municipalities\".")
    return EvalQuestion(id=qid, category=category, language=language, question=question, corpus=corpus,
                        gold=Gold(answer=answer, numbers=numbers, docs=tuple(docs), quotes=tuple(quotes),
                                  refused=refused, verdict=verdict),
                        history=tuple(history), set_name=set_name)


def load_set(path: Path) -> list[EvalQuestion]:
    """All questions of one JSONL file, in file order; blank lines are skipped."""
    path = Path(path)
    if not path.is_file():
        raise EvalSetError(f"Frågesetet {path} finns inte. Ange en .jsonl-fil eller kör utan argument (alla i evals/sets/).")
    questions = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise _fail(where, f"ogiltig JSON ({exc.msg}).") from exc
        questions.append(parse_question(obj, where, set_name=path.stem))
    return questions


def default_set_paths(directory: Path = DEV_DIR) -> list[Path]:
    """The dev sets (evals/sets/dev/*.jsonl). Blind sets are run only by naming them."""
    return sorted(Path(directory).glob("*.jsonl"))


# The check half of dev: former blind sets that helpers and fitting never read, so that what a change gains or loses
# on them shows whether it generalises.
CHECK_SETS = frozenset({"blind3", "blind6", "blind9", "blind12", "blind15",
                        "muni_blind3", "muni_blind6", "muni_blind9", "muni_blind12"})


def tuning_set_paths(directory: Path = DEV_DIR) -> list[Path]:
    """The dev sets that may be read and fitted on: every dev set except the check sets."""
    return [path for path in default_set_paths(directory) if path.stem not in CHECK_SETS]


def load_sets(paths: list[Path]) -> list[EvalQuestion]:
    """Questions of every file in the given order; duplicate ids across files are an error."""
    questions: list[EvalQuestion] = []
    seen: dict[str, str] = {}
    for path in paths:
        for question in load_set(path):
            if question.id in seen:
                raise EvalSetError(f"{path}: id {question.id!r} finns redan i {seen[question.id]}. Ge frågan ett unikt id.")
            seen[question.id] = str(path)
            questions.append(question)
    return questions
