"""Lookups that replaced scans give the scans' answers: the vocabulary by shape, TermStats.matches, the glossary."""
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.budget import topics
from assistant.evidence.sentences import TermStats
from assistant.understand.query import ENGLISH_ENDINGS, glossary, in_swedish
from assistant.understand.vocabulary import Vocabulary
from core.types import Chunk

WORDS = st.text(alphabet="abnsätd", min_size=1, max_size=9)


def test_words_by_prefix_suffix_and_shape() -> None:
    vocab = Vocabulary(["kommun", "kommunbidrag", "bidrag", "skolbidrag", "kommer", "nämnd"])
    assert vocab.starting_with("kommun") == ["kommun", "kommunbidrag"]
    assert sorted(vocab.ending_with("bidrag")) == ["bidrag", "kommunbidrag", "skolbidrag"]
    assert vocab.shaped(6, "k") == ["kommer", "kommun"]
    assert vocab.with_initial("n") == ["nämnd"]
    assert "nämnd" in vocab and "nämnder" not in vocab
    assert vocab.starting_with("x") == [] and vocab.ending_with("zz") == []


@given(st.lists(WORDS, max_size=30), WORDS)
def test_lookups_agree_with_a_scan(words: list[str], form: str) -> None:
    vocab = Vocabulary(words)
    assert set(vocab.starting_with(form)) == {w for w in words if w.startswith(form)}
    assert set(vocab.ending_with(form)) == {w for w in words if w.endswith(form)}
    assert set(vocab.shaped(len(form), form[0])) == {w for w in words if len(w) == len(form) and w[0] == form[0]}
    assert set(vocab.with_initial(form[0])) == {w for w in words if w[:1] == form[0]}


def _scanned_matches(stats: TermStats, term: str) -> frozenset[str]:
    """TermStats.matches's rules as a scan of every stem (what the vocabulary lookups must find)."""
    from assistant.retrieval.lexical import misspelt
    from assistant.understand.query import stems

    from assistant.evidence.sentences import DEFINITE_CHARS, DEFINITE_ENDINGS

    forms = {term}
    if term not in stats.vocab and len(term) >= DEFINITE_CHARS:
        bases = {term[:-len(e)] for e in DEFINITE_ENDINGS if term.endswith(e) and (len(e) == 2 or len(term) > 5)}
        bases |= {b[:-1] for b in bases if len(b) >= 4 and b[-1] == b[-2] and b[-1] in "mn"}
        forms |= bases | {b for base in bases for b in stems(base, drop_stopwords=False)}
    forms.update(b for b in stems(term, drop_stopwords=False)[:1] if b != term and term.startswith(b))
    if len(term) >= 6 and term[-2:] in ("ar", "er", "or"):
        forms.add(term[:-2])
    if term not in stats.vocab and len(term) >= 4 and term[-1] in "dt":
        forms.add(term[:-1] + ("d" if term[-1] == "t" else "t"))
    found = set()
    for form in forms:
        if len(form) >= 4 and not form.isdigit():
            found |= {v for v in stats.vocab if v == form or v.endswith(form) or
                      (v.startswith(form) and (len(v) - len(form) >= 3
                                               or (v != form and stems(v, drop_stopwords=False) == [form])))}
        else:
            if form in stats.vocab:
                found.add(form)
            if len(form) == 3 and form.isalpha():
                found |= {v for v in stats.vocab if v.startswith(form) and len(v) - len(form) <= 2 and v != form
                          and stems(v, drop_stopwords=False) == [form]}
    if not found and len(term) >= 6 and term.isalpha():
        found = {v for v in stats.vocab if len(v) == len(term) and v[0] == term[0] and
                 sum(a != b for a, b in zip(v, term)) == 1}
    if not found and term not in stats.vocab:
        found = set(misspelt(term, stats.vocab))
    return frozenset(found)


TEXT = ("Kommunstyrelsen fördelar kommunbidraget. Socialnämnden får ett tillskott till äldreomsorgen och "
        "skolbidrag. Nämnden för arbete, kompetens och välfärd ska spara. Investeringsbudgeten ökar.")


def _stats() -> TermStats:
    chunk = Chunk(id="a-0", doc_path="d.txt", text=TEXT, start=0, end=len(TEXT), title="Budget", section=None,
                  kind="text", doc_type="budget", date="2024-01-01", page=None)
    return TermStats({chunk.id: chunk})


def test_matches_agree_with_the_scan_on_known_and_unknown_words() -> None:
    stats = _stats()
    for term in ("kommun", "bidrag", "nämnd", "socialnämd", "kommunstyrlsen", "tillskottet", "ansvarar", "känt",
                 "investering", "2024", "äldr", "xyzzyxyz"):
        assert stats.matches(term) == _scanned_matches(stats, term), term


def test_a_definite_form_doubling_its_final_m_or_n_is_its_word() -> None:
    text = "Ett nytt utegym byggs i Svartbyn. Programmet för skolan."
    chunk = Chunk(id="a-0", doc_path="d.txt", text=text, start=0, end=len(text), title="Protokoll", section=None,
                  kind="text", doc_type="minutes", date="2024-01-01", page=None)
    stats = TermStats({chunk.id: chunk})
    assert "utegym" in stats.matches("utegymmet")
    assert stats.known(("utegymmet",))


def test_a_short_definite_form_is_its_word() -> None:
    """"va-taxan": "taxan" is the stemmed "tax" of "Taxorna för vatten och avlopp höjs ..."."""
    text = "Taxorna för vatten och avlopp höjs med 6 procent. Avfallstaxan höjs med 4 procent."
    chunk = Chunk(id="a-0", doc_path="d.txt", text=text, start=0, end=len(text), title="Budget", section=None,
                  kind="text", doc_type="budget", date="2024-01-01", page=None)
    stats = TermStats({chunk.id: chunk})
    assert {"tax", "avfallstaxan"} <= stats.matches("taxan")
    other = "Högskolan i Skövde får nya lokaler."
    chunk = Chunk(id="b-0", doc_path="e.txt", text=other, start=0, end=len(other), title="Budget", section=None,
                  kind="text", doc_type="budget", date="2024-01-01", page=None)
    assert not any(v.startswith("högs") and v != "högst" for v in TermStats({chunk.id: chunk}).matches("högst"))


@settings(max_examples=200)
@given(st.text(alphabet="abcdeiklmnorstuvåäö", min_size=1, max_size=14))
def test_matches_agree_with_the_scan(term: str) -> None:
    stats = _stats()
    assert stats.matches(term) == _scanned_matches(stats, term)


def _in_swedish_by_regex(text: str) -> str:
    """One regex per phrase (inflected: ENGLISH_ENDINGS), longest first, over the original text, with no shortcut:
    a phrase inside one taken is skipped, a phrase of several words overlapping one taken goes with it (its free
    words dropped)."""
    table = glossary()
    taken: set[int] = set()
    spans: list[tuple[int, int, str]] = []
    for phrase in sorted(table, key=len, reverse=True):
        for m in re.finditer(rf"(?<!\w){re.escape(phrase)}{ENGLISH_ENDINGS}(?!\w)", text, flags=re.I):
            chars = {i for i in range(m.start(), m.end()) if not text[i].isspace()}
            if chars <= taken or (chars & taken and " " not in phrase):
                continue
            free = [i for i in range(m.start(), m.end()) if i not in taken]
            spans.append((free[0], free[-1] + 1, "") if chars & taken else (m.start(), m.end(), table[phrase][0]))
            taken |= set(range(m.start(), m.end()))
    for start, end, swedish in sorted(spans, reverse=True):
        text = text[:start] + swedish + text[end:]
    return " ".join(text.split()) if any(not sw for _, _, sw in spans) else text


def _translate_by_regex(question: str) -> str:
    text = question.lower()
    for en, sv in sorted(topics.glossary().items(), key=lambda kv: -len(kv[0])):
        text = re.sub(rf"\b{re.escape(en)}\b", f" {sv} ", text)
    return text


PHRASES = st.sampled_from(sorted(glossary()) + sorted(topics.glossary()))


@settings(max_examples=300)
@given(st.lists(st.one_of(PHRASES, PHRASES.map(str.upper), st.sampled_from(["the", "of", "ſalary", "ö", "?", "2024"])),
                max_size=6), st.sampled_from([" ", "", "-", ", "]))
def test_glossary_translations_agree_with_one_regex_per_phrase(words: list[str], joint: str) -> None:
    text = joint.join(words)
    assert in_swedish(text) == _in_swedish_by_regex(text)
    assert topics.translate(text) == _translate_by_regex(text)


def test_an_english_question_in_the_documents_words() -> None:
    question = "How much is the savings requirement for the Social Welfare Committee?"
    assert in_swedish(question) == _in_swedish_by_regex(question) != question
