"""Claims checked against the evidence: verdict, the clause said, the words no document says."""
from __future__ import annotations

import logging
import re
from functools import lru_cache
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from assistant.understand import followup
from assistant.compose.answer import (
    judge_evidence, to_citation, with_antecedents,
)
from assistant.compose.citations import finalize
from assistant.budget.plan import sum_words_said
from assistant.evidence.claim_amounts import (
    FIGURE_SAME, OTHER_FIGURE, claim_subject, estimates_for_outcome, with_digits, without_hedges, worded_in_digits,
)
from assistant.evidence.claim_decision import check_decision
from assistant.evidence.claim_figures import QUANTITY, claim_figures, figures_in, strip_figures
from assistant.evidence.claim_paraphrase import exact_parts_agree, paraphrase, says_opposite, states_years
from assistant.evidence.claim_clauses import claim_clauses, named_by_clauses
from assistant.evidence.claims import (DEFAULT_SUPPORT, NO_EVIDENCE, YEAR_SAME, YEAR_VERDICTS, ClaimCheck, bodies_in,
                                       check_claim, inflected, is_finite_verb, time_stems, time_words,
                                       with_known_parts, with_voices, without_bodies, without_frame)
from assistant.understand.query import (QueryAnalysis, framing_stems, names_source,
                                        particle_stems, word_stem)
from assistant.understand.query import stems as query_stems
from assistant.retrieval.retrieve import Filters, Sentence
from assistant.evidence.sentences import (is_statement, text_stems,
                                          title_stems)
from core.types import Answer, Citation
from assistant.understand.conjuncts import each_subject
from assistant.answering.compound import MARKER
from assistant.understand.words import governed_verbs, sentence_types


log = logging.getLogger(__name__)


VERDICT_LEAD = {
    ("sv", "supported"): "Stämmer.", ("sv", "contradicted"): "Stämmer inte.",
    ("en", "supported"): "Yes, that is correct.", ("en", "contradicted"): "No, that is not correct.",
}


NOT_FOUND = {"sv": "Det går inte att avgöra med dokumenten: jag hittar inget underlag för påståendet.",
             "en": "I can't verify that with the documents: I find nothing that supports or contradicts it."}


# why a claim is not_found although its topic is in the documents: another sentence may say it in other words
MIN_CLAUSE_CONCEPTS = 2  # a clause of a claim that names fewer known concepts ("och har budgeterat för det") says


# too little to be checked on its own
CLAUSE_CANDIDATES = 12  # the best evidence sentences searched for a sentence saying one clause of a claim


UNKNOWN_WORDS = "påståendet säger något inget dokument säger"


TOPIC_NOT_CLAIM = "underlaget nämner ämnet men inte det påståendet säger"


SAID_OTHERWISE = "underlaget säger samma sak med andra ord"


YEAR_ELSEWHERE = "året står i underlag om något annat"


TOPIC_ONLY = frozenset({UNKNOWN_WORDS, TOPIC_NOT_CLAIM, NO_EVIDENCE, YEAR_ELSEWHERE})


def says_deed(stats: Any, claim: str, q: QueryAnalysis, evidence: Sentence,
              checked: frozenset[str] = frozenset()) -> bool:
    """The evidence sentence itself says what the claim says is done (the verbs its auxiliaries govern: "ska
    sälja", "har budgeterat"), in any form or word the index holds for it (`stats`: TermStats): a title "Budget
    för ..." does not say "har budgeterat för det", and "Alingsåshem lokaler AB blir ägare" does not say "ska sälja
    Alingsåshem"."""
    said = with_voices(text_stems(evidence.text))
    groups = tuple(g for g in q.groups if g[0] not in checked)
    deeds = [g for verb in governed_verbs(claim) for g in groups if g[0] in query_stems(verb, drop_stopwords=False)]
    return all(any(stats.present_in_family(t, said) for t in group) for group in deeds)


def claim_topic(claim: str) -> str:
    """The claim's topic without its figures, hedges and direction ("drygt 4 miljoner mer"): what its figure is
    about."""
    from assistant.budget.verify import DOWN, UP

    return strip_figures(DOWN.sub(" ", UP.sub(" ", without_hedges(claim))))


def amount_of_a_committee(claim: str, quotes: Sequence[str]) -> bool:
    """The claim names no committee, the quoted sentences name one: "Ockelbo gick med 9,9 miljoner i överskott" is
    about the municipality, and a sentence stating a committee's surplus ("Utbildningsnämnden redovisade ett
    överskott på 700 000 kronor") does not judge it; the text check, which compares subjects, does."""
    return not bodies_in(claim) and any(bodies_in(q) for q in quotes)


def _verb_stems_of(claim: str) -> frozenset[str]:
    """The stems of the claim's finite verbs (claim_amounts.predicate_words): what it says of its subject."""
    from assistant.evidence.claim_amounts import predicate_words

    return frozenset(query_stems(" ".join(predicate_words(claim)), drop_stopwords=False))


def document_named(chunk: Any, documents: Any) -> str:
    """What names the passage and its document: the heading of its section ("Aktieägartillskott till Alingsåshem
    lokaler AB" above "Tidplan: Beslut i kommunfullmäktige första halvåret 2024"), the title, and the publisher and
    description (metadata: "Socialdemokraternas budgetförslag 2021-2023"); a claim naming the document ("i S
    förslag") names it by these words."""
    record = documents.get(chunk.doc_path)
    meta = record.meta if record is not None else None
    return " ".join([chunk.section or "", chunk.title,
                     *((meta.publisher or "", meta.source or "") if meta is not None else ())])


def beside_names(names: Sequence[str], groups: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, ...], ...]:
    """The concept groups a claim says beside the committees it names (`names`: the mentions and their rows'
    labels), each without the words of those names: a concept is said in its own right, not as a synonym of
    the named committee ("vård- och omsorgsnämnden för äldreomsorgen": the row names the committee, not
    "äldreomsorgen")."""
    named = {t for name in names for t in query_stems(name)}

    def of_names(term: str) -> bool:
        return any(term in t for t in named)

    out = []
    for group in groups:
        if of_names(group[0]):
            continue
        rest = tuple(t for t in group if not of_names(t))
        if rest:
            out.append(rest)
    return tuple(out)


@lru_cache(maxsize=1)
def sign_phrase_stems() -> frozenset[str]:
    """The stems of the phrases of several words saying a result's sign ("gick back", "går i plus": roles_sv.json
    result_signs): they say what the result was, they name no thing it is of."""
    from assistant.evidence.claims import roles

    return frozenset(s for entries in roles()["result_signs"].values() for e in entries if " " in e
                     for s in query_stems(e, drop_stopwords=False))


def _measures_named(claim: str, present: frozenset[str] | set[str]) -> bool:
    """Every claimed figure has a measure ("en vinst på 80 miljoner": vinst, claim_amounts.ClaimedAmount.measure)
    and the stems `present` (a row and its answer) name each of them."""
    from assistant.evidence.claim_amounts import claimed_amounts

    measures = [a.measure for a in claimed_amounts(claim)]
    return bool(measures) and all(m and set(query_stems(m)) and set(query_stems(m)) <= set(present) for m in measures)


def _allocation_on_top(prose: str, answer: Any) -> bool:
    """The prose gives a sum on top of a frame ("tilldelas 18 mnkr", budget/allocation.py's words) that the
    calculator's cited rows do not: a part of the row's whole, not a figure that disagrees with it."""
    from assistant.budget.allocation import gives_on_top

    return gives_on_top(prose) and not any(gives_on_top(getattr(s, "quote", None) or s.text) for s in answer.sources)


def _in_english(correct: str) -> str:
    """The document's figure as it writes it, and a sum of money in it the English way beside it ("en halv miljard
    (SEK 500 million)")."""
    from assistant.budget.phrasing import human_amount
    from assistant.budget.units import Unit

    money = [f for f in figures_in(correct) if f.kind == "money"]
    if len(money) != 1 or not re.search(r"[^\W\d_]", money[0].written):
        return correct
    return f"{correct} ({human_amount(money[0].value, Unit.KR, 'en')})"


class ClaimAnswering:
    """Claims checked against the evidence: verdict, the clause said, the words no document says. A part of Assistant (assistant/build.py): it uses the index, the retriever and the other parts."""

    def _of_each_subject(self, raw: str, claim: str, checked: Answer, history: list[str], language: str,
                         filters: Any, timings: dict[str, float]) -> Answer:
        """"Vill både S i sin budget och kommunstyrelsen 2023 centralisera ...?": the claim of each subject
        (understand/conjuncts.each_subject) checked on its own. When each is supported or contradicted by a
        document of its own, the answer quotes each (contradicted when one is); otherwise `checked`, the whole
        claim's check, stands: a subject no document speaks for does not decide what the other's says."""
        claims = each_subject(claim)
        if not claims:
            return checked
        answers: list[Answer] = []
        for c in claims:  # each subject by a document of its own: the ones an earlier subject's answer cited are not
            answers.append(self._answer_one(raw, c, c, history, language, self._without_documents(
                filters, {cited.doc for a in answers for cited in a.citations}), timings))
        if any(a.verdict not in ("supported", "contradicted") or not a.citations for a in answers) or \
                len({a.citations[0].doc for a in answers}) < len(answers):
            return checked
        lang = answers[0].language
        verdict = "contradicted" if any(a.verdict == "contradicted" for a in answers) else "supported"
        texts: list[str] = [VERDICT_LEAD[(lang, verdict)]]
        citations: list[Citation] = []
        for subject, answer in zip(claims, answers):
            said = answer.answer.removeprefix(VERDICT_LEAD[(lang, answer.verdict)]).strip()
            offset = len(citations)
            texts.append(MARKER.sub(lambda m: f"[{int(m.group(1)) + offset}]", said))
            citations.extend(replace(c, n=c.n + offset) for c in answer.citations)
        text, verified, dropped = finalize(" ".join(texts), citations, self.index.text, language=lang)
        if len(verified) < len(citations):
            return checked
        log.info("påstående om var och en: %s", verdict)
        return Answer(question=raw, answer=text, verdict=verdict, citations=verified, language=lang,
                      notes=tuple(dropped), route={"path": "claim", "reasons": {
                          "checked_by": "text", "verdict": verdict, "why": "var och en för sig"}})

    def _without_documents(self, filters: Any, docs: set[str]) -> Any:
        """`filters` narrowed to the documents other than `docs` (unchanged when `docs` is empty)."""
        if not docs:
            return filters
        narrowed = Filters.from_any(filters)
        allowed = narrowed.docs or tuple(self.index.documents)
        return replace(narrowed, docs=tuple(d for d in allowed if d not in docs))

    def _figure_claim(self, raw: str, claim: str, history: list[str], lang: str, filters: Any,
                      sentences: Sequence[Sentence] = ()) -> Answer | None:
        """A claim about table figures or stated amounts, checked by the calculator first: a prose sentence
        must never confirm a figure the tables contradict. None when the calculator cannot judge it."""
        if self.figures is None or not Filters.from_any(filters).empty:
            return None
        from assistant.budget.rank_claim import check_rank_claim
        from assistant.budget.series import check_series_claim
        from assistant.budget.verify import check_direction_claim, check_figure_claim

        earlier = tuple(history) if followup.is_followup(claim, history) else ()
        result = check_figure_claim(claim, self.figures, history=earlier, language=lang)
        if result is None:  # a row's rank among the committees in a year before its course over the years
            result = check_rank_claim(claim, self.figures, history=earlier, language=lang)
        if result is None:  # a claim about the course over the years before one about a single change
            result = check_series_claim(claim, self.figures, history=earlier, language=lang)
        if result is None:
            result = check_direction_claim(claim, self.figures, history=earlier, language=lang)
        if result is None or result.verdict not in ("supported", "contradicted") or not result.answer.sources:
            return None
        if not result.rows_named and not self._about_claimed_subject(claim, result.answer.sources, result.answer.text):
            return None  # the calculator's figure belongs to another committee: the text check compares subjects
        if result.verdict == "contradicted" and (self._unknown_names(without_frame(claim)) or self._unknown_things(
                claim, cited=" ".join(self._sources_said(result.answer)))):
            # "800 000 kronor från Arvsfonden", "en ny simhall i Idre för 40 miljoner": a figure of what no document
            # names, which a row matched by another word ("bygga" of "Miljö- och byggnämnden") says nothing of
            return None
        if self._near_miss(self._analyse(claim, []), result.answer):
            return None  # "driftkostnaden blir 30 miljoner" against the investment budget's row: the text check judges
        if self._names_unsaid(claim, result.answer):
            return None  # "en ny simhall i Unnaryd" against the row of Hyltebruks simhall: another place's project
        if result.answer.stated and amount_of_a_committee(claim, [s.quote or "" for s in result.answer.sources]):
            return None
        if result.answer.stated and estimates_for_outcome(claim, [s.quote or "" for s in result.answer.sources]):
            return None  # "gick med 12 miljoner i överskott 2023" against "Budgeten för året var ett överskott på 1,0"
        if result.answer.stated and not self._names_recipients(claim, result.answer.sources):
            return None  # "43 kr går till skolan" against a tax rate: the text check reads what goes to it
        citations = self._figure_citations(result.answer)
        body = result.text
        conflict = self._conflicting_prose(claim, result, sentences) if result.verdict == "contradicted" else None
        if conflict is not None and (self._names_more_of_claim(claim, conflict.text, result.answer)
                                     or _allocation_on_top(conflict.text, result.answer)):
            return None  # the sentence stating the claimed figure is about what the claim names, the row is broader
        if conflict is not None:  # a document states the claimed figure: a conflict between sources, both cited
            citations.append(replace(to_citation(len(citations) + 1, conflict), n=len(citations) + 1))
            body += (f" Sources disagree: another document states the claimed figure: ”{conflict.text}” [{len(citations)}]."
                     if lang == "en" else
                     f" Källorna säger olika: ett annat dokument anger påståendets siffra: ”{conflict.text}” "
                     f"[{len(citations)}].")
        text, verified, dropped = finalize(body, citations, self.index.text, language=lang)
        if not verified:
            return None
        return Answer(question=raw, answer=text, verdict=result.verdict, citations=verified,
                      calculation=result.answer.calculation, language=lang, composer="calculator",
                      notes=tuple(dropped) + tuple(getattr(result.answer, "notes", ())),
                      route={"path": "claim", "reasons": {"checked_by": "calculator", "verdict": result.verdict,
                                                          "claimed": [f.written for f in result.claimed]}})

    def _names_unsaid(self, claim: str, figure: Any) -> list[str]:
        """The names the claim says (a place, a school: `QueryAnalysis.names`, the municipality it is scoped to
        aside) that the documents write and that a source of the calculator's figure does not say: not its row's
        line, sections and table's title (`_sources_said`: a place heading the rows counts), nor its document's
        title. A row matched by the claim's other words ("simhall" of "Hyltebruks simhall, tak och ventilation") is
        another project than the one the claim places elsewhere ("en ny simhall i Unnaryd"), whatever row of that
        place ("Konstgräsplan Unnaryd") is cited beside it."""
        _, scope_free = self._without_scope(self._analyse(strip_figures(claim), []))
        stats = self.retriever.stats
        known = [name for name in scope_free.names if stats.matches(name)]
        if not known:
            return []
        said_by = [text_stems(" ".join([said, getattr(source, "title", "") or "", *self._municipalities_of([source])]))
                   for source, said in zip(figure.sources, self._sources_said(figure))]
        # a figure read from its rows (a lookup, a sum) is of each of them; a comparison's rows are its sides, each
        # named by the claim ("Miljöskyddsnämnden får mer än Överförmyndarnämnden"): a name is said by one
        calculation = figure.calculation
        of_each = calculation is None or calculation.operation in ("lookup", "sum")
        return [name for name in known if (any if of_each else all)(
            not stats.present(name, present) for present in said_by)]

    def _names_recipients(self, claim: str, sources: Sequence[Any]) -> bool:
        """The cited text names what each claimed amount goes to ("43 kr till skolan": claim_amounts.recipient), in
        any form or compound; "till kommunen", a word of every document, names nothing in particular."""
        from assistant.evidence.claim_amounts import claimed_amounts

        said = text_stems(" ".join(getattr(s, "quote", None) or s.text for s in sources))
        stats = self.retriever.stats
        return all(any(stats.present(t, said) for t in query_stems(c.recipient))
                   for c in claimed_amounts(claim) if c.recipient and not stats.background(word_stem(c.recipient)))

    def _conflicting_prose(self, claim: str, result: Any, sentences: Sequence[Sentence]) -> Sentence | None:
        """A retrieved sentence that states the figure the calculator contradicted, about the same subject."""
        claimed = {f.value for f in claim_figures(claim)}
        cited = {(s.doc_path, s.start) for s in result.answer.sources}
        for sentence in sentences[:12]:
            if (sentence.chunk.doc_path, sentence.start) in cited:
                continue
            if claimed & {f.value for f in figures_in(sentence.text)} and \
                    self._about_claimed_subject(claim, [sentence], sentence.text):
                return sentence
        return None

    def _names_more_of_claim(self, claim: str, prose: str, answer: Any) -> bool:
        """The prose names one of the claim's two rarest concepts by its own word ("äldreomsorgen") where the
        calculator's rows, answer and the words for what tables measure ("kommunbidrag") do not: the claimed
        figure is about a part the table row does not show."""
        from assistant.budget.matching import table_words

        stats = self.retriever.stats
        cited = text_stems(" ".join(getattr(s, "quote", None) or s.text for s in answer.sources) + " " + answer.text
                           + " " + " ".join(sorted(table_words())))
        said = text_stems(prose)
        topic = self._analyse(strip_figures(claim), [])
        verbs = _verb_stems_of(claim)
        return any(stats.present(g[0], said) and not stats.present(g[0], cited)
                   for g in stats.rarest(tuple(g for g in topic.groups if g[0] not in verbs)))

    def _about_claimed_subject(self, claim: str, sources: Sequence[Any], answer_text: str) -> bool:
        """The committees and years the claim names appear in the calculator's sources or answer (a claim
        without a named committee is about whatever the calculator found)."""
        from assistant.budget.matching import committee_mentions, match_rows

        lexicon = self.figures.index.lexicon
        cited_text = " ".join(getattr(source, "quote", None) or source.text for source in sources)
        titles = " ".join(getattr(source, "title", "") or "" for source in sources)
        topic = self._analyse(claim_topic(claim), [])
        stats = self.retriever.stats
        # words that frame the figure ("räknar med", "föreslagen") name no subject, nor do the claim's verbs
        # ("landade på": what it says of its subject), nor a time ("vid utgången av 2023": claims.time_stems)
        # nor the committee it names, which is the row's (checked below): "vård- och omsorgsnämnden för
        # äldreomsorgen" names a part of the committee by a word the committee's row says only as its synonym
        mentions = [mention for mention, _, _ in committee_mentions(claim)]
        names = mentions + [m.label for mention in mentions for m in match_rows(mention, lexicon)]
        # nor a phrase saying a result's sign ("gick back")
        rare = stats.rarest(beside_names(names, tuple(
            g for g in topic.groups
            if not set(g) & (framing_stems() | _verb_stems_of(claim) | time_stems() | sign_phrase_stems()))))
        # what the cited cells are about: their rows, the answer naming the table, and the documents' titles and
        # municipalities ("Vårgårdas årets resultat" is about a row of a Vårgårda document)
        about = " ".join([cited_text, answer_text, titles, *self._municipalities_of(sources)])
        about += " " + sum_words_said(about)  # "Kronor av 100" is what "hundralapp" names
        present = text_stems(about)
        words = {w.lower() for w in re.findall(r"[^\W\d_]+", about)} | set(present)
        # "ett resultat på över 121 miljoner": the noun the claimed figure is of names the cited row, so the figure
        # is about it, whatever rarer words ("redan", "första") frame the claim
        measured = _measures_named(claim, present)
        if rare and not measured and not any(stats.present(t, present) or inflected(t, words) for t in rare[0]):
            return False  # the calculator's figure is about something else than the claim's rarest concept
        years = set(re.findall(r"\b(?:19|20)\d\d\b", claim))
        if any(year not in cited_text and year not in answer_text for year in years):
            return False  # "... från 2019": a year the calculator's evidence does not speak of
        named: set[str] = set()
        prose = text_stems(f"{cited_text} {titles}")
        for mention, _, _ in committee_mentions(claim):
            rows = {m.label for m in match_rows(mention, lexicon)}
            if not rows:
                # a committee the tables do not have: only a prose source that names it speaks of it
                if not set(query_stems(mention)) <= prose:
                    return False
                continue
            named |= rows
        if not named:
            return True
        # the subject of a row or sentence is the first row name in it ("BUN tilldelas ... i samverkan med
        # socialnämnden" is about BUN)
        cited = {rows[0].label for source in sources
                 if (rows := match_rows(getattr(source, "quote", None) or source.text, lexicon))}
        return bool(named & cited)

    def _claim_query(self, claim: str) -> str:
        """What a claim is searched by: its words without its figures and years (a wrong figure must not steer
        the search), and the parts of a compound no document uses ("sommarjobbssatsningen": "sommarjobb",
        "satsningen")."""
        from assistant.evidence.claim_sign import in_sign_words
        from assistant.evidence.claim_vote import in_vote_words

        vocab = self.retriever.stats.vocab  # "gick back": searched as "underskott", the word results are stated by
        known = lambda stem: stem in vocab  # noqa: E731
        return with_known_parts(strip_figures(in_vote_words(in_sign_words(claim), known)), known)

    def _says_it(self, claim: str, q: QueryAnalysis, result: ClaimCheck, context: set[int] = frozenset()) -> bool:
        """Support by topic alone is not support: the evidence sentence must hold the claim's own figures, its years
        (but the `context` years that frame it) and its subject (`_names_subject`)."""
        if claim_figures(claim):
            return False  # a claimed figure that check_claim found in no evidence is not confirmed
        if not states_years(claim, result.evidence[0], context):
            return False  # "slutade som socialchef 2021" against a sentence of 2020 naming no year
        return self._names_subject(claim, q, result.evidence[0])

    def _clauses_named(self, claim: str, evidence: Sentence, sentences: Sequence[Sentence], checked: frozenset[str],
                       context: set[int]) -> tuple[Sentence, ...] | None:
        """The sentences of the evidence's document that together say a claim of several clauses, one naming each
        clause's subject (`_names_subject`, at least two concepts the documents know), stating its years and
        neither qualifying nor saying the opposite of what it says ("vill inte höja"; claim_clauses); None when one
        clause has none."""
        from assistant.evidence.claims import check_qualified

        stats = self.retriever.stats
        checked = checked & time_stems()  # a clause's subject is all its words but the time it names

        def names(clause: str, s: Sentence) -> bool:
            q = self._analyse(clause, [])
            known = [g for g in q.groups if g[0] not in checked and not g[0][:1].isdigit()]
            return len(stats.rarest(tuple(known))) >= MIN_CLAUSE_CONCEPTS and states_years(clause, s, context) and \
                check_qualified(clause, s) is None and not says_opposite(clause, s.text) and \
                self._names_subject(clause, q, s, checked)

        return named_by_clauses(claim_clauses(claim, is_finite_verb), evidence, sentences[:CLAUSE_CANDIDATES], names)

    def _unknown_words(self, q: QueryAnalysis, evidence: Sentence | None = None, cited: str = "") -> list[str]:
        """The claim's words that no document uses, nor a word one typing error from them or of the same family
        ("kritiserade" where the documents say "kritik"), nor a compound the `evidence` sentence's passage says in
        its parts ("sommarjobbssatsningen" in a passage on a "satsning på kommunala sommarjobb") or with its head's paraphrase
        ("investeringspengar" in a passage on "investeringsmedel"); figures and years
        left out: what the claim says with them cannot be confirmed by the documents. The documents are those of the
        one municipality the claim names (`Retriever.scoped_stats`): "en ny simhall i Charlottenberg" claimed of Eda
        names a thing only another municipality's documents write; `cited`: the calculator's cited rows with their
        tables' titles, a passage too ("resultatmålet" said as "Resultat i procent ..." under "Finansiella mål")."""
        stats = self.retriever.scoped_stats(q)
        # the cited rows' words as stemmed and as written: a part is a word of its own ("resultat" of "Resultat")
        passage = (text_stems(evidence.chunk.text) if evidence is not None else frozenset()) | text_stems(cited) | \
            frozenset(re.findall(r"[^\W\d_]+", cited.lower()))
        return [g[0] for g in q.groups if not g[0][:1].isdigit() and not stats.known(g) and not stats.near(g[0])
                and not stats.relatives(g[0]) and not (passage and (stats.spelled_apart(g[0], passage)
                                                                    or stats.said_with_paraphrased_head(g[0], passage)))]

    def _unknown_things(self, claim: str, evidence: Sentence | None = None, cited: str = "") -> list[str]:
        """The claim's words that no document uses and that name a thing its figure is of ("simhall"): not its verbs
        ("sänker", where the documents say "oförändrad") or their particles ("gick back"), its figures, nor a time
        relative to its date ("nästa år"). None when the claim states no figure ("driftsramen växer varje år": a
        trend of what a row holds, whatever the claim calls it). Swedish claims only."""
        from assistant.evidence.claim_amounts import claimed_amounts

        if not claimed_amounts(claim):
            return []
        # the sentences stating the figure: a tag question after it ("Stämmer siffran?") names no thing
        stating = [part for part in re.split(r"(?<=[.?!])\s+", claim) if claimed_amounts(part)] or [claim]
        return self._things_unknown(" ".join(stating), evidence, cited)

    def _things_unknown(self, claim: str, evidence: Sentence | None = None, cited: str = "") -> list[str]:
        """The claim's words that no document uses and that name a thing (`_unknown_things`), whether or not it
        states a figure: "skattesatsen" in "S vill höja skattesatsen" where no document speaks of a tax rate."""
        from assistant.understand.query import particle_stems
        from assistant.understand.words import infinitives
        from core.years import RELATIVE_YEARS

        # a figure in words ("en halv miljard kronor") is a figure too, no thing
        text = QUANTITY.sub(" ", strip_figures(without_frame(claim)))
        for pattern, _ in RELATIVE_YEARS:
            text = re.sub(pattern, " ", text, flags=re.I)
        # "vill plocka ut", "för att återinföra": the deed an auxiliary or "att" governs is a verb too
        deeds = infinitives(text)
        verbs = {s for w in re.findall(r"[^\W\d_]+", text.lower()) if is_finite_verb(w) or w in deeds
                 for s in query_stems(w, drop_stopwords=False)}
        q = self._analyse(text, [])
        if q.language != "sv":
            return []  # an English claim's words the glossary leaves untranslated are no words of the documents
        # a hedge on the figure ("drygt 121 miljarder") is no thing either
        hedges = {s for w in sentence_types()["approximators"] for s in query_stems(w, drop_stopwords=False)}
        # nor the words of a phrase saying a result's sign ("gick 8,6 miljoner plus")
        return [w for w in self._unknown_words(q, evidence, cited) if w not in verbs | hedges | sign_phrase_stems()
                and w not in particle_stems()]

    def _unnamed_things(self, claim: str) -> frozenset[str]:
        """The things the claim names that no document does (`_things_unknown`), a compound of the documents' own
        parts left out ("sommarjobbssatsning": their "sommarjobb" and "satsning"): a word of their language."""
        stats = self.retriever.stats
        return frozenset(w for w in self._things_unknown(claim) if not stats.known_by_parts((w,)))

    def _unknown_recipient(self, claim: str) -> bool:
        """What a claimed sum of money goes to ("till en ny simhall") holds a word no document uses
        (`_unknown_things`)."""
        from assistant.evidence.claim_amounts import claimed_amounts
        from assistant.understand.query import stems as query_stems

        unknown = set(self._unknown_things(claim))
        return bool(unknown) and any(set(query_stems(c.recipient)) & unknown for c in claimed_amounts(claim)
                                     if c.recipient)

    def _unknown_names(self, claim: str) -> list[str]:
        """The names the claim says (an agency, a company, a person, a committee: `_unnamed_committees`) that no
        document uses, nor a word one typing error from them."""
        q = self._analyse(strip_figures(claim), [])
        stats = self.retriever.stats
        named = {t for name in q.names for t in (name, *query_stems(name))}
        # a name is one word: the documents' words for its parts ("fond" of "Arvsfonden") do not name it
        return [g[0] for g in q.groups if g[0] in named and not stats.matches(g[0]) and not stats.near(g[0])] + \
            self._unnamed_committees(q, self.retriever.named_municipality(q))

    def _names_subject(self, claim: str, q: QueryAnalysis, evidence: Sentence,
                       checked: frozenset[str] = frozenset()) -> bool:
        """The evidence names the claim's two rarest concepts the documents know (its subject and what it says of
        it, not its filler; `checked`: stems of what the verdict compares, such as the time before a year) and
        what the claim says is done ("ska sälja", "vill skrota": a passage naming the thing without the deed is
        not about it, and a verb no document uses cannot be confirmed by them)."""
        stats = self.retriever.stats
        present = with_voices(text_stems(evidence.text)) | \
            with_voices(title_stems(document_named(evidence.chunk, self.index.documents)))
        groups = tuple(g for g in q.groups if g[0] not in checked)
        # a particle ("ordnas ihop", "dragits ner") is part of its verb, the deed: no concept of the subject, and
        # a document says the deed by a verb of its own ("anordnas i samverkan med")
        groups = tuple(g for g in groups if g[0] not in particle_stems())
        return all(any(stats.present_in_family(t, present) for t in group) for group in stats.rarest(groups)) and \
            says_deed(stats, claim, q, evidence, checked)

    def _said_otherwise(self, claim: str, q: QueryAnalysis, sentences: list[Sentence]) -> ClaimCheck | None:
        """Supported when an evidence sentence says the claim in other words (claim_paraphrase: the embedder's
        cosine to the claim, its figures, years, names and negations checked word for word)."""
        stats = self.retriever.stats

        def agrees(s: Sentence) -> bool:  # a sentence close in meaning that does not say the deed is about the topic
            present = text_stems(s.text) | title_stems(s.chunk.title)
            return exact_parts_agree(claim, s, q.names, lambda name, found: bool(stats.matches(name) & found)
                                     or name in found, present) and says_deed(stats, claim, q, s)

        found = paraphrase(claim, sentences, lambda found: self.retriever.similarities(claim, found), agrees)
        if found is None:
            return None
        log.info("påstående med andra ord: cosinus %.3f", found[1])
        return ClaimCheck("supported", (found[0],), reason=SAID_OTHERWISE)

    def _of_named_source(self, q: QueryAnalysis, sentences: list[Sentence]) -> list[Sentence]:
        """The sentences of the one document a claim names as its source ("Enligt den ekonomiska handlingsplanen gör
        förvaltningarna inköp för en miljard"): what it says decides a claim another document's sentence supported
        ("inköpsvolym på långt över en miljard"); `sentences` itself when it names none or the evidence holds none
        of it."""
        targets = self.retriever.targets(q) if names_source(q.original) else []
        if len(targets) != 1:
            return sentences
        return [s for s in sentences if targets[0](s.chunk)] or sentences

    def _claim(self, raw: str, claim: str, q: QueryAnalysis, sentences: list[Sentence], lang: str) -> Answer:
        sentences = [s for s in sentences if is_statement(s.text)]  # a heading neither supports nor contradicts
        sentences = self._of_named_municipality(q, sentences)
        judgement = judge_evidence(q, sentences)
        context = set(q.years) - {y for y in q.years if any(str(y) in g for g in q.groups for g in g)}
        # the claim's most specific concept some of the evidence names in its own words ("köksorganisationen"); the
        # municipality it names is its scope and its direction ("mer") what it says, not its subject
        # and so is the committee it names (the sentences' passages and titles are checked for it: bodies_in)
        _, scope_free = self._without_scope(self._analyse(without_bodies(claim_topic(claim)) or claim_topic(claim), []))
        specific = self.retriever.stats.specific_concept(scope_free, sentences[:8])
        subject = claim_subject(q, self.retriever.stats, claim, self.index.text, specific)
        result: ClaimCheck = check_claim(claim, sentences, answerable=judgement.answerable, context_years=context,
                                         subject=subject, named=self._documents_say,
                                         unnamed=self._unnamed_things(claim) if lang == "sv" else frozenset())
        # "KS beviljade ... 3,5 mnkr" stated by the errand ("Tekniska nämnden begär ..."): the matter's decision says
        result = check_decision(claim, result, sentences, self.index.text) or result
        own = self._of_named_source(q, sentences) if result.verdict == "supported" and result.evidence else sentences
        if own is not sentences and result.evidence[0] not in own:
            # "Enligt den ekonomiska handlingsplanen ... en miljard": supported by another document only, the claim
            # is what its named source says ("cirka en halv miljard")
            result = check_claim(claim, own, answerable=judgement.answerable, context_years=context, subject=subject,
                                 named=self._documents_say,
                                 unnamed=self._unnamed_things(claim) if lang == "sv" else frozenset())
        if result.verdict == "supported" and result.reason in (DEFAULT_SUPPORT, YEAR_SAME) and lang == "sv" and \
                self._unknown_words(self._analyse(strip_figures(claim), []), result.evidence[0]):
            # "Karin Alvermalm avgick ... 2020": the right year and person do not confirm what no document says
            result = ClaimCheck("not_found", (), reason=UNKNOWN_WORDS)
        elif result.reason == OTHER_FIGURE and (self._unknown_names(without_frame(claim)) or
                                                self._unknown_things(claim, result.evidence[0])) or \
                result.reason == FIGURE_SAME and not judgement.answerable and self._unknown_recipient(claim):
            # so does the same figure, the evidence as a whole not about the claim's topic, when what the claimed
            # money goes to is what no document names: "2 miljoner till en ny simhall i Sollebrunn" is not confirmed
            # by "de 2 mnkr ... en investeringspott för föreningslivet"
            # "5 miljoner från Trafikverket" against an amount of a cycle path: another figure contradicts only a
            # claim about what the documents speak of, and none names who or what the claim names (who reported
            # the claim is not what it names)
            result = ClaimCheck("not_found", (), reason=UNKNOWN_WORDS)
        if result.verdict == "supported" and result.reason == DEFAULT_SUPPORT and \
                not self._says_it(claim, q, result, context):
            by_clauses = None if claim_figures(claim) else self._clauses_named(claim, result.evidence[0], sentences,
                                                                                 frozenset(), context)
            result = replace(result, evidence=by_clauses) if by_clauses else \
                ClaimCheck("not_found", (), reason=TOPIC_NOT_CLAIM)
        elif result.reason in YEAR_VERDICTS and not claim_figures(claim) and \
                not self._names_subject(claim, q, result.evidence[0], time_words(claim)):
            # "Ockelbo ska bygga en ny simhall 2026" against "Skatteintäkterna bygger på en prognos från 2024"
            by_clauses = self._clauses_named(claim, result.evidence[0], sentences, time_words(claim), context) \
                if result.verdict == "supported" else None
            result = replace(result, evidence=by_clauses) if by_clauses else \
                ClaimCheck("not_found", (), reason=YEAR_ELSEWHERE)
        if result.verdict == "not_found" and result.reason in TOPIC_ONLY:
            result = self._said_otherwise(claim, q, sentences) or result
        log.info("påstående: %s (%s)", result.verdict, result.reason)
        route = {"path": "claim", "reasons": {"checked_by": "text", "verdict": result.verdict,
                                              "why": result.reason, "evidence_answerable": judgement.answerable}}
        if result.verdict == "not_found" or not result.evidence:
            return replace(self._refuse(raw, q, sentences, text=NOT_FOUND[lang], verdict="not_found"), route=route)
        # "Den är oförändrad sedan 2021." is quoted with the sentence it points back at: what "den" is
        evidence = [to_citation(i + 1, s) for i, s in enumerate(with_antecedents(result.evidence))]
        parts = [VERDICT_LEAD[(lang, result.verdict)]]
        correct = (result.correct or "").rstrip(" .")
        if result.verdict == "supported" and not correct:  # "en halv miljard kronor" said as a figure too
            correct = worded_in_digits(claim, result.evidence[0].text, lang)
        elif result.verdict == "contradicted":  # "en halv miljard kronor (500 miljoner kronor)"
            correct = with_digits(correct, lang)
        if correct and correct != result.evidence[0].text.strip().rstrip(" ."):  # not the quote said twice
            parts.append((f"The document says: {_in_english(correct)} [1]." if lang == "en"
                          else f"Dokumentet anger: {correct} [1]."))
        parts.extend(f"”{c.quote}” [{c.n}]" for c in evidence)
        text, citations, dropped = finalize(" ".join(parts), evidence, self.index.text, language=lang)
        if not citations:
            return self._refuse(raw, q, sentences, text=NOT_FOUND[lang], verdict="not_found", notes=tuple(dropped))
        return Answer(question=raw, answer=text, verdict=result.verdict, citations=citations, language=lang,
                      notes=tuple(dropped), route=route)
