"""Which source answers when the calculator and the prose disagree: the calculator's refusal ("Investerings-
budgeten omfattar 2021–2025; 2030 finns inte.") against a sentence from the documents, and calculator sums of
money against a question that counts things.

    refusal_stands(figures, index, question, q, sentences) -> bool   # True: show the calculator's refusal
    all_money(figure) -> bool                                        # a count is not answered by these
    only_kronor(figure) -> bool                                      # nor a percentage by these
    past_estimate(figure, question, documents) -> int | None         # a budget for a year a later document reports on
    tells_outcome(citations, year) -> bool                           # the prose states what that year came to
"""
from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from assistant.budget.matching import table_kinds
from assistant.budget.columns import ESTIMATE_KINDS, asks_outcome, asks_part_of_year, column_kind, family
from core.years import year_of_date, years_in
from assistant.evidence.headings import lead_in
from assistant.evidence.table_rows import is_table_line
from assistant.budget.naming import tables_named
from assistant.understand import followup
from assistant.compose.answer import has_year, judge_evidence
from assistant.understand.query import QueryAnalysis, stems
from assistant.evidence.sentences import UNSAID_CHARS, Sentence, amounts_in, text_stems, title_stems

STRONG_TEXT = 0.75  # coverage at which prose evidence overrides the calculator's "not in the tables"
ROW_IS_CONTEXT = 0.5  # a row carrying less of the question's weight than this is context, not what is asked
MONEY_UNITS = {"kr", "tkr", "mnkr", "mkr", "mdkr", "kronor", "miljoner kronor", "%", "procent", "sek"}


def refusal_stands(figures: Any, index: Any, question: str, q: QueryAnalysis, sentences: list[Sentence],
                   prose: Callable[[], bool] = lambda: False, said: Callable[[], str] = lambda: "") -> bool:
    """The calculator refused. Its refusal is the answer when the question names a table (or a table's row)
    and a year no such table holds; or when it names table things and the prose does not answer. The prose
    answers when its sentences cover the question strongly, or when `prose()` (the text path's calibrated
    judgement with its slot checks: the asked amount, person, year) says so: "sparpaketet som socialnämnden
    klubbade i maj 2020" names a committee row, yet a press release states the package. A question that names
    nothing table-like ("Hur stor andel av PKV ...") is left to the prose. A question naming a row and a year the
    tables lack but no table ("skattesatsen 2025") is answered by prose that states a figure for that year."""
    if names_unknown_committee(figures, question, said):
        return True
    if table_owns(figures, index, question, q):
        # a question naming the table ("investeringsbudgeten 2030") is about the table; one naming only a row's
        # figure ("skattesatsen 2025") is answered by prose that states it for that year
        # a question naming the table's kind ("investeringsbudgeten 2030") is answered by prose only when a
        # sentence of it states a sum for that year in its own words ("en nettoram på 63,3 miljoner för 2026")
        return not text_is_strong(q, sentences, own_figure=True, own_year=bool(table_kinds(question)))
    return names_table_things(figures, question) and not text_is_strong(q, sentences) and not prose()


def says_named_rows(figures: Any, question: str, text: str, amount: str = "", title: str = "") -> bool:
    """The sentence's amount belongs to the table rows the question names: prose standing in for the calculator
    must be about the same row. The row an amount belongs to is the one named nearest before it (its subject),
    else the first after it: "Barn- och ungdomsnämnden tilldelas 3 mnkr ... i samverkan med socialnämnden" gives
    3 mnkr to barn- och ungdomsnämnden, "socialnämnden ... beslut om ... 5,4 miljoner kronor" to socialnämnden.
    A sentence naming no row at all ("ett statligt bidrag på 3,2 miljoner kronor ... i anläggningen") is about
    what its document's `title` names ("Sotenäs bygger ut avsaltningsverket i Kungshamn")."""
    if figures is None:
        return True
    from assistant.budget.matching import match_rows

    lexicon = figures.index.lexicon
    asked = {m.label for m in match_rows(question, lexicon)}
    if not asked:
        return True
    at = text.find(amount) if amount else -1
    if at < 0:
        return bool(asked & {m.label for m in match_rows(text, lexicon)})
    before, after = match_rows(text[:at], lexicon), match_rows(text[at:], lexicon)
    owner = before[-1] if before else after[0] if after else None
    if owner is None and title:
        return bool(asked & {m.label for m in match_rows(title, lexicon)})
    return owner is not None and owner.label in asked


def row_is_context(stats: Any, q: QueryAnalysis, sources: Sequence[Any], prose: Sentence) -> bool:
    """The calculator looked up a row the question names, but the question is about something else that a
    sentence states: "KS ville 2023 utreda utdelning från Alingsås Energi – hur mycket blev förslaget?" names
    kommunstyrelsen as the one who asked, and the action plan's sentence on the dividend is the answer. The
    row's cells (with their tables' titles) cover less than half of the question's concepts by idf weight, and
    the prose sentence covers more of them than the row does."""
    cells = text_stems(" ".join(getattr(s, "quote", "") or "" for s in sources)) | title_stems(
        " ".join(getattr(s, "title", "") or "" for s in sources))
    row = stats.coverage(q.groups, cells, q.weights, q.full, q.strict)
    said = text_stems(prose.text) | title_stems(prose.chunk.title)
    return row < ROW_IS_CONTEXT and stats.coverage(q.groups, said, q.weights, q.full, q.strict) > row


def asks_beyond_row(stats: Any, q: QueryAnalysis, row_said: frozenset[str], kinds: set[str], prose: Sentence) -> bool:
    """The question names a row but asks something narrower that the row's figure does not state and a sentence
    does: "hur mkt räknas nämndernas kommunbidrag upp med prisindex?" looks up Summa kommunbidrag, yet asks the
    indexation, which "kommunbidragen räknas upp med 50 procent av prisindex" states. `row_said`: the stems of
    the row's line, its sections, the looked-up columns and its table's title; `kinds`: its table's kinds
    ("drift": a question's "kommunbidrag" names the table, not something beyond it). The row says less than
    ROW_IS_CONTEXT of the question's concepts by idf weight; of the concepts an amount can be about (no verb, no
    year, none framed as context: TermStats.subject_concepts) it leaves some out, and the sentence, stating a
    figure in prose (not a table's line), says at least that share of them. A plain lookup ("hur mycket får
    socialnämnden 2022?", "vilket kommunbidrag föreslår S för socialnämnden?") leaves nothing out."""
    if is_table_line(prose.text) or not amounts_in(prose.text, money=True):
        return False
    # the table names its kind's words; the row names a concept in any form ("Sjukfrånvaro" for "sjukfrånvaron")
    row_said = row_said | {g[0] for g in q.groups if set(table_kinds(g[0])) & kinds or _loosely_said(g, row_said)}
    if stats.coverage(q.groups, row_said, q.weights, q.full, q.strict) >= ROW_IS_CONTEXT:
        return False
    prose_said = text_stems(prose.text) | title_stems(prose.chunk.title)
    subjects = stats.subject_concepts(q)
    # what an amount can be about that the row leaves unsaid; else with the deed it is of ("nyupplåna"), which a
    # committee's row never states
    for concepts in (subjects, [*subjects, *stats.asked_deeds(q)]):
        beyond = tuple(g for g in concepts if not stats.coverage((g,), row_said))
        if beyond and stats.coverage(beyond, prose_said) >= ROW_IS_CONTEXT:
            return True
    return False


COMPOUND_PART = 4  # a said word this long opening the concept's compound ("plan" of the column "Plan 2027" in
# "planåret", "budget" in "budgetåret") names it: the compound's first part says which of the row's figures


def _loosely_said(group: tuple[str, ...], said: frozenset[str]) -> bool:
    """A stem of `said` holds the concept's word or is held in it, both a word of their own (UNSAID_CHARS), or, as a
    column's kind, opens it as a compound's first part ("planår" after the column "Plan 2027"). Another first part
    names a compound of another head: "Skatteintäkter" does not say "skattehöjningen"."""
    from assistant.budget.columns import kind_of_word
    from assistant.evidence.sentences import definite_bases

    if any(b in said for t in group[:1] for b in definite_bases(t) if len(b) >= COMPOUND_PART):
        return True  # a definite form the stemmer keeps: "boendet" of the row "Nytt LSS-boende" ("boend")
    return any(t in w or w in t for t in group[:1] if len(t) >= UNSAID_CHARS for w in said if len(w) >= UNSAID_CHARS) \
        or any(t.startswith(w) and len(t) > len(w) for t in group[:1] for w in said
               if len(w) >= COMPOUND_PART and kind_of_word(w) is not None)


def earlier_document_answers(sources: Sequence[Any], earlier: Sequence[Any], prose: Sentence) -> bool:
    """A follow-up pointing back at an earlier answer ("hur mycket mer skatt skulle det ha gett?" after the
    proposal to raise the tax, quoted from the council's minutes) stays in the document that answer quoted: a
    table row of another document yields to the sentence the text answer would quote from that document."""
    cited = {c.doc for c in earlier}
    return prose.chunk.doc_path in cited and not cited & {s.doc_path for s in sources}


def names_unknown_committee(figures: Any, question: str, said: Callable[[], str] = lambda: "") -> bool:
    """The question names a committee ("tekniska nämnden") that no table has a row for: the calculator's
    "no such row" is the answer, not a sentence about other committees. Unless the prose evidence (`said()`: the
    sentence the text answer would quote, with its document's title; "" when the prose does not answer) names
    that committee: a document about the committee states what the tables lack ("Nämnden för arbete, kompetens
    och välfärd i korthet": its savings requirement)."""
    if figures is None:
        return False
    from assistant.budget.matching import match_rows, unknown_committees

    unknown = unknown_committees(question, match_rows(question, figures.index.lexicon))
    if not unknown:
        return False
    text = said()
    present = text_stems(text) if text else frozenset()
    return not present or not all(set(stems(name)) <= present for name in unknown)


def text_is_strong(q: QueryAnalysis, sentences: list[Sentence], own_figure: bool = False,
                   own_year: bool = False) -> bool:
    """Text evidence good enough to answer although the tables could not (e.g. an amount in prose).
    `own_figure`: a strong sentence must also state a sum of money or a percentage ("Skattesatsen för 2025 är
    22,16 kronor", not "Agenda 2030"); `own_year`: and write the asked year itself, not as a table row's column
    or its document's date, in the best of them."""
    if not judge_evidence(q, sentences, threshold=STRONG_TEXT).answerable:
        return False
    asked = set(q.years) - set(q.doc_years)  # "2025" that the tables lack must be in the prose itself
    strong = [s for s in sentences[:3] if s.coverage >= STRONG_TEXT]
    if own_figure:  # a sum or a percentage, not a year; a count when things are counted ("hur många invånare")
        strong = [s for s in strong
                  if amounts_in(s.text, money=True) or (q.wants_count and amounts_in(s.text, count=True))]
        if not strong:
            return False
    if own_year:  # the best sentence, which the prose answer quotes
        # a year said only of the document ("budget 2025 – hur stor är investeringsbudgeten?") is asked too: the
        # tables lack it, so the prose must write it
        best = sentences[0]
        # a list item writes the year in the line introducing its list ("nettokostnadsramar för 2027:")
        return best in strong and not is_table_line(best.text) and bool(
            (asked or set(q.years)) & (set(years_in(best.text)) | set(years_in(lead_in(best))) | year_reported(best)))
    return not asked or any(has_year(s, asked) for s in strong)


# "the year" said of the one year a report is about ("Största projekt under året var ..." in "Årsredovisning 2023"),
# its whole ("Helårsprognosen för investeringar är 171,0 miljoner" in "Delårsrapport januari–augusti 2025") or the
# report's own period ("uppgick till 98,6 miljoner kronor under perioden")
THE_YEAR = re.compile(r"\b(?:under året|året som gått|årets|helår\w*|under perioden|periodens|during the year|the year's|"
                      r"full[- ]year|for the year|during the period)\b", re.IGNORECASE)


def year_reported(sentence: Sentence) -> set[int]:
    """The year a sentence writes as "the year" ("under året", "årets") when its document's title names that one
    year (a report on it: "Årsredovisning 2023"); empty otherwise."""
    title = set(years_in(sentence.chunk.title or ""))
    return title if len(title) == 1 and THE_YEAR.search(sentence.text) else set()


def named_tables(figures: Any, question: str) -> list[Any]:
    """Tables the question names through the calculator's synonyms in either language ("the investment
    budget", "äldreomsorgen"), else tables whose title it names, else tables holding a row it names."""
    if figures is None:
        return []
    named = tables_named(figures, question)
    if named:
        return named
    words = set(stems(question))
    from assistant.budget.matching import match_rows

    rows = {m.label for m in match_rows(question, figures.index.lexicon)}
    return ([t for t in figures.tables if _named(stems(t.title), words)]
            or [t for t in figures.tables if any(_named(stems(r.label), words) or r.label in rows for r in t.rows)])


def names_table_things(figures: Any, question: str) -> bool:
    """The question names a table, a row of one, or a body of the kind tables list ("räddningsnämnden"):
    the calculator's refusal then says something; otherwise it only says this is not a table question."""
    return bool(named_tables(figures, question) or followup.ENTITY.search(question))


def table_owns(figures: Any, index: Any, question: str, q: QueryAnalysis) -> bool:
    """The question names a table ("investeringsbudgeten") or a row of one ("Kultur- och
    utbildningsnämnden") together with a year that no such table holds (and that dates no document):
    the calculator's refusal ("omfattar 2021–2025; 2030 finns inte") is then the precise answer, and a
    sentence from the prose ("Agenda 2030", an amount for another year) must not replace it. A question asking
    the months passed of that year ("investerat jan-aug 2024") is about an interim report: a table of whole
    years lacking the year does not own it."""
    if figures is None or not q.years or asks_part_of_year(question):
        return False
    named = named_tables(figures, question)
    if not named:
        return False
    asked = set(q.years) - (set(q.doc_years) & document_years(index, q.doc_types))  # "pressmeddelandet från 2023"
    return bool(asked) and not any(all(y in t.years for y in asked) for t in named)


def document_years(index: Any, kinds: Sequence[str] = ()) -> set[int]:
    """The years that date a document, of the kinds the question names when it names any ("driftsbudget 2024"
    names no budget when only a committee's summary is dated 2024)."""
    return {int(d.meta.date[:4]) for d in index.documents.values() if d.meta.date and d.meta.date[:4].isdigit()
            and (not kinds or d.meta.doc_type in kinds)}


def all_money(figure: Any) -> bool:
    """The calculator answered with sums of money (or percentages) only."""
    values = getattr(figure, "values", ()) or ()
    return not figure.refused and bool(values) and all(str(v.unit).lower() in MONEY_UNITS for v in values)


KRONOR_UNITS = MONEY_UNITS - {"%", "procent"}


def only_kronor(figure: Any) -> bool:
    """The calculator answered with sums of kronor only: none is a percentage, which a question asking "hur många
    procent" wants ("Årets resultat 107 860 tkr" is no target of "minst 4 procent")."""
    values = getattr(figure, "values", ()) or ()
    return not figure.refused and bool(values) and all(str(v.unit).lower() in KRONOR_UNITS for v in values)


def only_counts(figure: Any) -> bool:
    """The calculator answered with counts only (people, places, visits): no value is money or a percentage."""
    values = getattr(figure, "values", ()) or ()
    return not figure.refused and bool(values) and not any(str(v.unit).lower() in MONEY_UNITS for v in values)


def _named(label_stems: list[str], words: set[str]) -> bool:
    """All content words of a table title or row label are in the question."""
    return bool(label_stems) and set(label_stems) <= words


def past_estimate(figure: Any, question: str, documents: Mapping[str, Any]) -> int | None:
    """The year Y when the calculator looked up a budget, plan or forecast for Y for a question naming no kind of
    column, and a document of the same municipality is dated after Y: the year is over, and a later document may
    tell what it came to ("vad gjorde Hultsfreds kommun för resultat 2025" when the budget for 2026 holds 2025 as a
    budget and a press release of February 2026 the outcome). None otherwise."""
    calc = getattr(figure, "calculation", None)
    if figure is None or figure.refused or figure.stated or calc is None or calc.operation != "lookup" or \
            column_kind(question) is not None or not calc.inputs:
        return None
    kinds = {family(column_kind(i.column) or "") for i in calc.inputs}
    years = {y for i in calc.inputs for y in years_in(i.column)}
    if len(years) != 1 or not kinds or not kinds <= set(ESTIMATE_KINDS):
        return None
    year = years.pop()
    towns = {d.meta.municipality for s in figure.sources if (d := documents.get(s.doc_path)) is not None}
    later = [d for d in documents.values() if (year_of_date(d.meta.date) or 0) > year
             and (not towns or d.meta.municipality in towns)]
    return year if later else None


def period_for_whole(figure: Any, question: str) -> bool:
    """The question asks what a thing comes to as a whole and names no year nor the period ("vad beräknas
    ombyggnaden kosta totalt?", claim_whole.says_whole; not "för hela perioden"), and the calculator read one row's
    figures of a span of years only (a column summing the plan period, "Summa 2025–2027", or the years added): what
    the period holds, which a document stating the project's whole ("beräknas kosta totalt 46,5 mnkr, varav 2,0 mnkr
    upparbetades under 2024") may tell."""
    from assistant.budget.plan import ALL_YEARS
    from assistant.evidence.claim_whole import says_whole

    calc = getattr(figure, "calculation", None)
    if figure is None or figure.refused or figure.stated or calc is None or calc.operation not in ("lookup", "sum") \
            or not calc.inputs or years_in(question) or not says_whole(question) or ALL_YEARS.search(question):
        return False
    years = {y for i in calc.inputs for y in years_in(i.column or "")}
    return len({i.label for i in calc.inputs}) == 1 and len(years) >= 2


def estimate_for_months_passed(figure: Any, question: str) -> int | None:
    """The year Y when the question asks a figure of the months passed of Y ("investerat efter augusti 2025",
    asks_part_of_year) and the calculator looked up only a budget, plan or forecast of Y: no table holds what the
    months came to, which an interim report may state. None otherwise."""
    calc = getattr(figure, "calculation", None)
    if figure is None or figure.refused or figure.stated or calc is None or calc.operation != "lookup" or \
            not calc.inputs or not asks_part_of_year(question):
        return None
    kinds = {family(column_kind(i.column) or "") for i in calc.inputs}
    years = {y for i in calc.inputs for y in years_in(i.column)}
    return years.pop() if len(years) == 1 and kinds and kinds <= set(ESTIMATE_KINDS) else None


def tells_months_passed(citations: Sequence[Any], year: int) -> bool:
    """A cited sentence of a document dated in the year, not a budget, states a sum of money: what the months passed
    came to ("Investeringarna under perioden uppgår till 28,7 mnkr" in the interim report of August)."""
    return any(amounts_in(c.quote, money=True) and year_of_date(c.date) == year and c.doc_type != "budget"
               for c in citations)


def tells_outcome(citations: Sequence[Any], year: int) -> bool:
    """A cited sentence states an outcome in its own words ("enligt det preliminära bokslutet") with a sum of money,
    for the year: it names the year, or its document is dated after it."""
    return any(asks_outcome(c.quote) and amounts_in(c.quote, money=True) and (
        year in years_in(c.quote) or (year_of_date(c.date) or 0) > year) for c in citations)


def reports_outcome(citation: Any, years: Sequence[int]) -> bool:
    """The cited document reports on an asked year after it ended: an annual report, or another document that is no
    budget whose title names the year ("Arvika kommun redovisar överskott för 2024", published in 2025): the figures
    it states for the year are what the year came to, in whatever words ("Nettoinvesteringar: 162,4 miljoner")."""
    dated = year_of_date(citation.date) or 0
    return citation.doc_type != "budget" and any(
        dated > year and (citation.doc_type == "annual_report" or year in years_in(citation.title or ""))
        for year in years)
