"""Amounts in running text: "4,7 miljoner", "700 000 kronor", "en halv miljard", "18 mnkr", "75%".

Each amount keeps its sentence (verbatim, with offsets), the clause around it and the words of that
clause, so a question can find it by topic ("sparkravet" -> "ett sparkrav på totalt 41 miljoner").
"""
from __future__ import annotations

import re

from assistant.budget.matching import stem
from assistant.budget.numbers import NUMBER_WORDS, Quantity, parse_quantity, unjustified
from assistant.budget.records import CellSource, TextAmount
from assistant.budget.tables import MARKUP, split_cells, parse_column
from core.types import LoadedDocument
from assistant.understand.words import sentence_types

# a sign, or an en dash after a word ("blev \u2013 4,1 mnkr"); after a number an en dash is a range ("10 \u2013 12 mnkr")
_SIGN = r"(?:[\u2212+-]|(?<!\d)(?<!\d )\u2013 ?)?"
_NUM = rf"{_SIGN}\d{{1,3}}(?:[ \u00a0\u202f]\d{{3}})+(?:,\d+)?|{_SIGN}\d+(?:,\d+)?"
_WORDS = "|".join(sorted((re.escape(w) for w in NUMBER_WORDS), key=len, reverse=True))
_MONEY_UNIT = (r"miljarder kronor|miljard kronor|miljarder|miljard|miljoner kronor|miljon kronor|miljoner|miljon|"
               r"milj kr|milj|mdkr|mnkr|mkr|tkr|tusen kronor|kronor|kr|million sek|million kronor|millions?|billion sek|"
               r"billion kronor|billions?|thousand sek|sek")
AMOUNT = re.compile(
    rf"(?<![\w,])(?P<pm>\+/-\s?|±\s?)?(?:(?P<num>{_NUM})|(?P<word>{_WORDS}))\s?"
    rf"(?P<unit>{_MONEY_UNIT}|procent|percent|per cent|%)(?![\wåäö])",
    re.IGNORECASE,
)
PER_YEAR = re.compile(r"\b(årligen|per år|om året|årlig|årliga|årligt|varje år)\b", re.IGNORECASE)
# a line break ends a sentence unless the next line goes on with it in lower case: a PDF's hard-wrapped line
# ("Kommunen avsätter 850 000 kronor till\nförebyggande arbete ...") is one sentence with the words it wraps; one
# going on with a capital is told by the margin (`_sentences`' wraps, as evidence.sentences splits its sentences)
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ\-–•\"])|\n\s*\n|\n(?=\s*[-•*])|\n(?![a-zåäö])")
CLAUSE_SPLIT = re.compile(r",\s|;\s|\s–\s|(?<!-)\s(?:och|samt|medan|men)\s")
PARAGRAPH_YEAR = re.compile(r"(?<![\d,.])((?:19|20)\d\d)(?![\d,])")  # "under 2025", not "2 025" nor "20,25"
WORD = re.compile(r"[a-zåäöéüæø]+", re.IGNORECASE)  # the same words as matching.tokens ("lss-boende": lss, boende)


def _sentences(text: str, wraps: frozenset[int] = frozenset()) -> list[tuple[int, int]]:
    """The sentences' spans: a line break ends one, unless it wraps running text at the margin (`wraps`: a PDF's
    "Kommunen planerar att låna 10 miljoner kronor under 2025 för att finansiera investeringarna i" goes on)."""
    spans, start = [], 0
    for match in SENTENCE_END.finditer(text):
        if match.group() == "\n" and match.start() in wraps:
            continue
        if match.start() > start:
            spans.append((start, match.start()))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def _is_table_line(line: str) -> bool:
    cells = split_cells(line)
    return len(cells) >= 3 or (len(cells) >= 2 and (parse_column(cells[-1]) is not None
                                                    or line.lstrip().startswith("|")))  # "| Totalt | 100 kr |"


def _titles_a_table(text: str, start: int, end: int) -> bool:
    """The sentence is a line of its own, no sentence ended by a full stop, right above a table (blank lines
    between): the table's title ("Fördelning av 100 kronor i kommunalskatt, budget 2026"), whose amount is the sum
    the table divides or a caption's, no figure the text states."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    line = text[line_start:line_end].strip()
    if not line or line.endswith((".", "!", "?", ":")) or text[line_start:start].strip():
        return False
    following = next((row for row in text[line_end:line_end + 2000].split("\n") if row.strip()), "")
    return following.lstrip().startswith("|") and following.count("|") >= 3


def list_introduction(text: str, start: int) -> str:
    """The paragraph introducing the list whose item opens at `start` ("Samtidigt ska nämnderna genomföra
    effektiviseringar om totalt 8,6 miljoner kronor. Kravet fördelas så här:" above "• kultur- och fritidsnämnden
    600 000 kronor"): what the item's amount is, its lines joined; "" for a sentence that is no list item, or a list
    introduced by no paragraph ending in a colon."""
    from assistant.evidence.headings import LIST_MARK

    line_start = text.rfind("\n", 0, start) + 1
    if not LIST_MARK.match(text[line_start:start + 2]):
        return ""
    above = text[max(0, line_start - INTRODUCTION_REACH):line_start].split("\n")
    lines: list[str] = []
    for line in reversed(above[:-1] if above and not above[-1] else above):
        if not line.strip():
            if lines:
                break
            continue
        if not lines and LIST_MARK.match(line):
            continue  # the items above it in the same list
        lines.insert(0, line.strip())
    return " ".join(lines) if lines and lines[-1].endswith(":") else ""


INTRODUCTION_REACH = 1500  # characters above a list item read for the paragraph introducing its list


def find_amounts(doc: LoadedDocument) -> list[TextAmount]:
    """Every amount in the document's running text (table lines are left to tables.py)."""
    from assistant.evidence.headings import LIST_MARK
    from assistant.evidence.sentences import wrapped_breaks

    text = doc.text
    out: list[TextAmount] = []
    previous = (0, 0)
    wraps = wrapped_breaks(text)
    for s_start, s_end in _sentences(text, wraps):
        raw = text[s_start:s_end]
        s_start += len(raw) - len(raw.lstrip())
        marker = LIST_MARK.match(text[s_start:s_end])
        if marker is not None:  # "- Socialnämnden: 3,2 miljoner kronor ...": the item's sentence, quoted without its mark
            s_start += marker.end()
        sentence = text[s_start:s_end].rstrip()
        before, previous = previous, (s_start, s_start + len(sentence))
        view, where = unjustified(sentence)  # "budgeteras  till  29,1  miljoner  kronor" in a justified line
        if not sentence or _is_table_line(view) or "\t" in sentence or _titles_a_table(text, s_start, s_end):
            continue
        lead = text[before[0]:before[1]]
        lead = lead if before[1] and "\n" not in text[before[1]:s_start] and refers_back(sentence, lead) else ""
        introduction = list_introduction(text, s_start)
        for match in AMOUNT.finditer(view):
            amount = _amount(doc, sentence, s_start, match, MARKUP.sub("", lead), view, where, wraps,
                             MARKUP.sub("", introduction))
            if amount is not None:
                out.append(amount)
    return out


def refers_back(sentence: str, before: str) -> bool:
    """The sentence points back at the one before: a pronoun or a money noun in the definite form ("Kostnaden
    för dem", "Av beloppet går ..."; assistant/data/sentence_types.json), or a definite noun that ends a
    longer word of the sentence before ("reserven" after "resultatutjämningsreserven")."""
    found = [w.lower() for w in WORD.findall(sentence)]
    if set(found) & set(sentence_types()["anaphors"]):
        return True
    earlier = {stem(w.lower()) for w in WORD.findall(before) if len(w) >= 12}
    for word in found:
        if len(word) >= 5 and word.endswith(DEFINITE):
            head = stem(word)
            if len(head) >= 5 and any(len(e) - len(head) >= 4 and e.endswith(head) for e in earlier):
                return True
    return False


DEFINITE = ("en", "et", "na", "n")


def quantity_of(match: re.Match[str]) -> Quantity | None:
    """The quantity an AMOUNT match states ("5,4 milj" -> 5 400 000 kr); None when its number and unit do not
    parse."""
    try:
        return parse_quantity(f"{match.group('num') or match.group('word')} {match.group('unit')}")
    except ValueError:
        return None


def _amount(doc: LoadedDocument, sentence: str, s_start: int, match: re.Match[str],
            lead: str = "", view: str | None = None, where: list[int] | None = None,
            wraps: frozenset[int] = frozenset(), introduction: str = "") -> TextAmount | None:
    """The amount `match` found in `view` (the sentence with a justified line's wide gaps closed; `where` maps
    its characters back to the sentence): its clause and words from the view, its offsets in the document."""
    view = sentence if view is None else view
    quantity = quantity_of(match)
    if quantity is None:
        return None
    written = match.group(0)
    written_start = where[match.start()] if where else match.start()
    written_end = where[match.end() - 1] + 1 if where else match.end()
    clause = _clause(view, match.start(), match.end())
    clean_sentence = MARKUP.sub("", view)
    paragraph = _paragraph(doc.text, s_start, wraps)
    context = _context_words(clause, " ".join((lead, introduction, clean_sentence, paragraph,
                                               _heading(doc.text, s_start))), written)
    source = CellSource(doc_path=doc.path, title=doc.meta.title, quote=sentence, start=s_start,
                        end=s_start + len(sentence), page=doc.page_at(s_start), doc_type=doc.meta.doc_type,
                        date=doc.meta.date)
    return TextAmount(
        value=quantity.value, unit=quantity.unit, stated=quantity.stated, text=written.strip(),
        clause=clause, context=context, source=source, amount_start=s_start + written_start,
        amount_end=s_start + written_end, per_year=bool(PER_YEAR.search(clause or clean_sentence)),
        plus_minus=bool(match.group("pm")), lead=lead, introduction=introduction,
        years=frozenset(int(y) for y in PARAGRAPH_YEAR.findall(paragraph)),
    )


def _paragraph(text: str, offset: int, wraps: frozenset[int] = frozenset()) -> str:
    """The line (paragraph or bullet) holding the sentence, with the lines it wraps onto at the margin (`wraps`):
    later context words, weighed least."""
    start = text.rfind("\n", 0, offset)
    while start > 0 and start in wraps:
        start = text.rfind("\n", 0, start)
    end = text.find("\n", offset)
    while end >= 0 and end in wraps:
        end = text.find("\n", end + 1)
    return MARKUP.sub("", text[start + 1:end if end >= 0 else len(text)])


def _heading(text: str, offset: int) -> str:
    """The heading above the amount's paragraph ("Ökad busstrafik till Sollebrunn och Ingared"), passing
    over the other items of a list and the sentence introducing it ("... består av följande:")."""
    start = text.rfind("\n", 0, offset)
    for _ in range(40):
        if start <= 0:
            break
        prev = text.rfind("\n", 0, start)
        line = text[prev + 1:start].strip()
        start = prev
        if not line or line.startswith(("-", "•", "*")) or line.endswith(":") or line.isupper():
            continue  # list items, a list's introduction, running page headers in capitals
        is_heading = len(line) <= 80 and not line.endswith((".", ";", ",", "?", "!"))
        return MARKUP.sub("", line.lstrip("#* ")) if is_heading else ""
    return ""


def _clause(sentence: str, start: int, end: int) -> str:
    """The clause holding the amount: from the previous to the next clause boundary."""
    left = 0
    for boundary in CLAUSE_SPLIT.finditer(sentence, 0, start):
        left = boundary.end()
    right_match = CLAUSE_SPLIT.search(sentence, end)
    right = right_match.start() if right_match else len(sentence)
    return sentence[left:right].strip()


def _context_words(clause: str, sentence: str, written: str) -> tuple[str, ...]:
    """Words of the clause (nearest to the amount first), then the rest of the sentence."""
    words: list[str] = []
    pos = clause.find(written)
    before = WORD.findall(clause[:pos]) if pos >= 0 else WORD.findall(clause)
    after = WORD.findall(clause[pos + len(written):]) if pos >= 0 else []
    # interleave: nearest after, nearest before, ...
    before.reverse()
    for i in range(max(len(before), len(after))):
        if i < len(after):
            words.append(after[i].lower())
        if i < len(before):
            words.append(before[i].lower())
    seen = set(words)
    for word in WORD.findall(sentence):
        low = word.lower()
        if low not in seen:
            seen.add(low)
            words.append(low)
    return tuple(words)
