"""The optional LLM composer (KOMMUN_LLM): a language model writes the answer from numbered evidence and
the calculator's result, and its output is checked before anyone sees it.

    KOMMUN_LLM=ollama:llama3.1
    KOMMUN_LLM=openai-like:http://127.0.0.1:8080/v1|qwen2.5

Checks: every [n] marker points at evidence, every number in the text stands in the cited evidence, the
calculation or the question (Swedish and English number formats normalised), and every person-like name
(two capitalised words) stands in the evidence. Otherwise the
extractive answer is used, the reason is logged and Answer.notes gets a sentence for the reader.
"""
from __future__ import annotations

import logging
import os
import re
from decimal import Decimal, InvalidOperation
from typing import Any

from assistant.compose.answer import Draft, ExtractiveComposer
from assistant.compose.citations import markers_in
from core.errors import ConfigError, LLMError
from assistant.understand.query import QueryAnalysis
from assistant.retrieval.retrieve import NAME
from core.types import Calculation, Citation

log = logging.getLogger(__name__)

NUMBER = re.compile(r"(?<![\w.,])[-\u2212]?\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?(?![\d])|"
                    r"(?<![\w.,])[-\u2212]?\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d])|"
                    r"(?<![\w.,])[-\u2212]?\d+(?:[.,]\d+)?(?![\d])")
SYSTEM = {
    "sv": ("Du svarar på frågor om en kommuns dokument. Använd bara de numrerade utdragen. Skriv kort på "
           "svenska, börja med själva svaret, och sätt [n] efter varje påstående (n = utdragets nummer). "
           "Skriv inga tal som inte står i utdragen eller uträkningen. Om utdragen inte svarar på frågan, "
           "skriv: Jag hittar inget om det i dokumenten."),
    "en": ("You answer questions about a municipality's documents. Use only the numbered excerpts (they are "
           "in Swedish). Answer briefly in English, lead with the answer, and put [n] after every claim "
           "(n = excerpt number). Write no number that is not in the excerpts or the calculation. If the "
           "excerpts do not answer the question, write: I can't find anything about that in the documents."),
}


def numbers_in(text: str) -> set[Decimal]:
    """Every number in `text` as a Decimal: "7 990" and "7,990" -> 7990; "3,9" and "3.9" -> 3.9."""
    out: set[Decimal] = set()
    for m in NUMBER.finditer(text):
        raw = m.group().replace("\u2212", "-").replace("\u00a0", " ").replace("\u202f", " ")
        if re.fullmatch(r"-?\d{1,3}(,\d{3})+(\.\d+)?", raw):  # English thousands
            raw = raw.replace(",", "")
        raw = raw.replace(" ", "").replace(",", ".")
        try:
            value = Decimal(raw)
        except InvalidOperation:
            continue
        out.add(abs(value).normalize())
    return out


REASONS = {
    "sv": {"empty": "den gav ett tomt svar", "markers": "den angav inga källmarkörer [n]",
           "unknown": "den hänvisade till utdrag som inte finns ({})", "numbers": "den skrev tal som inte står i källorna ({})",
           "names": "den nämnde namn som inte står i källorna ({})"},
    "en": {"empty": "it gave an empty reply", "markers": "it gave no source markers [n]",
           "unknown": "it referred to excerpts that do not exist ({})",
           "numbers": "it wrote numbers that are not in the sources ({})",
           "names": "it named people who are not in the sources ({})"},
}
FALLBACK_NOTE = {
    "sv": "Språkmodellens formulering visas inte eftersom {reason}; svaret citerar i stället dokumenten direkt.",
    "en": "The language model's wording is not shown because {reason}; the answer quotes the documents directly.",
}
UNREACHABLE_NOTE = {
    "sv": "Språkmodellen ({label}) svarade inte, så svaret citerar dokumenten direkt. Kontrollera KOMMUN_LLM "
          "eller ta bort den för att alltid få citerade svar.",
    "en": "The language model ({label}) did not answer, so the answer quotes the documents directly. Check "
          "KOMMUN_LLM or remove it to always get quoted answers.",
}


def check_output(text: str, evidence: list[Citation], calculation: Calculation | None, question: str,
                 language: str = "sv") -> str | None:
    """None when the text may be shown; otherwise the reason it may not (a clause in `language`)."""
    reasons = REASONS["en" if language == "en" else "sv"]
    if not text.strip():
        return reasons["empty"]
    numbers = {c.n for c in evidence}
    markers = markers_in(text)
    if not markers:
        return reasons["markers"]
    unknown = sorted({n for n in markers if n not in numbers})
    if unknown:
        return reasons["unknown"].format(", ".join(f"[{n}]" for n in unknown))
    allowed: set[Decimal] = numbers_in(question)
    for c in evidence:
        allowed |= numbers_in(c.quote)
        allowed |= numbers_in(c.date or "")
    if calculation is not None:
        allowed |= numbers_in(calculation.expression) | {abs(calculation.result).normalize()}
        for item in calculation.inputs:
            allowed.add(abs(item.value).normalize())
    allowed |= {Decimal(n) for n in numbers}
    plain = re.sub(r"\[\d+(?:\s*,\s*\d+)*\]", " ", text)
    invented = sorted(str(n) for n in numbers_in(plain) - allowed)
    if invented:
        return reasons["numbers"].format(", ".join(invented))
    sources = " ".join([question] + [f"{c.title} {c.quote}" for c in evidence])
    strangers = [n for n in NAME.findall(plain) if re.sub(r" \([A-ZÅÄÖ]{1,2}\)$", "", n) not in sources]
    if strangers:
        return reasons["names"].format(", ".join(strangers))
    return None


def _client_errors() -> tuple[type[BaseException], ...]:
    """What the LLM clients raise when the server is down, slow or answers garbage."""
    errors: list[type[BaseException]] = [OSError, ValueError, RuntimeError, TimeoutError]
    try:
        import httpx

        errors.append(httpx.HTTPError)
    except ImportError:  # pragma: no cover - httpx comes with both clients
        pass
    try:
        import openai

        errors.append(openai.APIError)
    except ImportError:
        pass
    return tuple(errors)


def _prompt(q: QueryAnalysis, evidence: list[Citation], calculation: Calculation | None) -> str:
    lines = [f"Fråga: {q.original.strip()[:1000]}", "", "Utdrag:"]
    for c in evidence:
        lines.append(f"[{c.n}] {c.title}{f' ({c.date})' if c.date else ''}: {c.quote}")
    if calculation is not None:
        lines += ["", f"Uträkning (kalkylatorn): {calculation.expression}"]
    lines += ["", "Svar:"]
    return "\n".join(lines)


class LLMComposer:
    """Generated answers through llama-index, checked; falls back to the extractive composer."""

    name = "llm"

    def __init__(self, llm: Any, label: str) -> None:
        self.llm = llm
        self.label = label
        self.fallback = ExtractiveComposer()

    @classmethod
    def from_setting(cls, value: str, timeout: float = 60.0) -> "LLMComposer":
        kind, _, rest = value.partition(":")
        if kind == "ollama" and rest:
            from llama_index.llms.ollama import Ollama

            base_url = os.environ.get("OLLAMA_HOST", "http://127.0.0.1:11434")
            if not base_url.startswith("http"):
                base_url = f"http://{base_url}"
            return cls(Ollama(model=rest, base_url=base_url, request_timeout=timeout, temperature=0.0), value)
        if kind == "openai-like" and "|" in rest:
            url, _, model = rest.partition("|")
            if url.startswith("http") and model:
                from llama_index.llms.openai_like import OpenAILike

                llm = OpenAILike(model=model, api_base=url, api_key=os.environ.get("KOMMUN_LLM_API_KEY", "none"),
                                 is_chat_model=True, temperature=0.0, timeout=timeout, max_retries=0)
                return cls(llm, value)
        raise ConfigError(f"KOMMUN_LLM={value!r} känns inte igen. Ange t.ex. KOMMUN_LLM=ollama:llama3.1 eller "
                          "KOMMUN_LLM='openai-like:http://127.0.0.1:8080/v1|modellnamn'")

    def generate(self, q: QueryAnalysis, evidence: list[Citation], calculation: Calculation | None) -> str:
        from llama_index.core.llms import ChatMessage

        messages = [ChatMessage(role="system", content=SYSTEM[q.answer_language]),
                    ChatMessage(role="user", content=_prompt(q, evidence, calculation))]
        try:
            response = self.llm.chat(messages)
        except _client_errors() as exc:
            raise LLMError(f"Språkmodellen {self.label} svarade inte ({type(exc).__name__}: {exc}). "
                           "Kontrollera KOMMUN_LLM eller ta bort den för extraktiva svar.") from exc
        return (response.message.content or "").strip()

    def compose(self, q: QueryAnalysis, evidence: list[Citation], *, fact: str | None = None,
                calculation: Calculation | None = None) -> Draft:
        extractive = self.fallback.compose(q, evidence, fact=fact, calculation=calculation)
        if not evidence:
            return extractive
        try:
            text = self.generate(q, evidence, calculation)
        except LLMError as error:
            log.warning("%s", error)
            note = UNREACHABLE_NOTE[q.answer_language if q.answer_language == "en" else "sv"].format(label=self.label)
            return Draft(extractive.text, extractive.citations, "extractive", (note,))
        lang = "en" if q.answer_language == "en" else "sv"
        problem = check_output(text, evidence, calculation, q.original, language=lang)
        if problem:
            log.warning("LLM-svaret ersattes av det extraktiva: %s", problem)
            return Draft(extractive.text, extractive.citations, "extractive", (FALLBACK_NOTE[lang].format(reason=problem),))
        return Draft(text, tuple(evidence), "llm")
