"""A follow-up pointing back ("Hur ska det finansieras?") is answered in the passage the earlier answer quoted."""
from __future__ import annotations

from assistant.compose.continuation import continuing
from assistant.evidence.sentences import Sentence
from core.types import Chunk, Citation

TEXT = ("Återinsatt stödtjänst. 200 tkr tillskjuts nämnden för en stödtjänst. Tjänsten behövs. "
        "Förstärkningen finansieras genom en neddragning av reklambudgeten.")


def sentence(chunk: Chunk, text: str, score: float) -> Sentence:
    start = chunk.text.index(text)
    return Sentence(chunk=chunk, start=start, end=start + len(text), text=text, score=score, coverage=0.5,
                    chunk_score=0.0)


def test_the_passage_the_earlier_answer_quoted_goes_on_to_answer_the_follow_up() -> None:
    passage = Chunk(id="b#3", doc_path="b.txt", text=TEXT, start=0, end=len(TEXT), title="Budget")
    other_text = "Vägen finansieras genom statsbidrag."
    other = Chunk(id="b#9", doc_path="b.txt", text=other_text, start=500, end=536, title="Budget")
    quoted = sentence(passage, "200 tkr tillskjuts nämnden för en stödtjänst.", 1.0)
    paid = sentence(passage, "Förstärkningen finansieras genom en neddragning av reklambudgeten.", 0.4)
    elsewhere = Sentence(chunk=other, start=500, end=536, text=other_text, score=2.0, coverage=0.9, chunk_score=0.0)
    found = [elsewhere, quoted, paid]
    earlier = [Citation(n=1, doc="b.txt", title="Budget", quote=quoted.text, chunk_id="b#3", start=quoted.start,
                        end=quoted.end)]
    similar = {paid.text: 0.9, "Tjänsten behövs.": 0.1}
    ranked = continuing(found, earlier, lambda cands: [similar.get(s.text, 0.0) for s in cands])
    assert ranked[0].text == paid.text and ranked[0].score > elsewhere.score
    assert len(ranked) == len(found)
    assert continuing(found, [], lambda cands: [0.0] * len(cands)) == found  # nothing cited: unchanged


def test_of_the_passages_statements_those_saying_the_follow_ups_own_topic_answer_it() -> None:
    text = "Nämnden prioriterar äldreomsorgen. Vi blir fler äldre och det måste synas. Anna Ek, ekonom, 0325-1."
    passage = Chunk(id="n#1", doc_path="n.txt", text=text, start=0, end=len(text), title="Nyhet")
    quoted = sentence(passage, "Nämnden prioriterar äldreomsorgen.", 1.0)
    said = sentence(passage, "Vi blir fler äldre och det måste synas.", 0.3)
    contact = sentence(passage, "Anna Ek, ekonom, 0325-1.", 0.2)
    earlier = [Citation(n=1, doc="n.txt", title="Nyhet", quote=quoted.text, chunk_id="n#1", start=quoted.start,
                        end=quoted.end)]
    closest = {contact.text: 0.9, said.text: 0.5}  # the embedder likes the contact line best
    ranked = continuing([quoted, said, contact], earlier, lambda cands: [closest[s.text] for s in cands],
                        about=lambda s: "äldre" in s.text)
    assert ranked[0].text == said.text


def test_strictly_only_a_statement_saying_the_asked_topic_continues_the_passage() -> None:
    passage = Chunk(id="b#3", doc_path="b.txt", text=TEXT, start=0, end=len(TEXT), title="Budget")
    quoted = sentence(passage, "200 tkr tillskjuts nämnden för en stödtjänst.", 1.0)
    paid = sentence(passage, "Förstärkningen finansieras genom en neddragning av reklambudgeten.", 0.4)
    earlier = [Citation(n=1, doc="b.txt", title="Budget", quote=quoted.text, chunk_id="b#3", start=quoted.start,
                        end=quoted.end)]
    found = [quoted, paid]
    # a later part asking what the passage does not say ("vem ansvarar?") is not answered from it
    assert continuing(found, earlier, lambda c: [0.9] * len(c), about=lambda s: "ansvar" in s.text,
                      strict=True) == found
    ranked = continuing(found, earlier, lambda c: [0.9] * len(c), about=lambda s: "finansier" in s.text, strict=True)
    assert ranked[0].text == paid.text


def test_the_sentence_continuing_the_passage_may_be_one_the_search_left_out() -> None:
    passage = Chunk(id="b#3", doc_path="b.txt", text=TEXT, start=0, end=len(TEXT), title="Budget")
    quoted = sentence(passage, "200 tkr tillskjuts nämnden för en stödtjänst.", 1.0)
    paid = sentence(passage, "Förstärkningen finansieras genom en neddragning av reklambudgeten.", 0.4)
    earlier = [Citation(n=1, doc="b.txt", title="Budget", quote=quoted.text, chunk_id="b#3", start=quoted.start,
                        end=quoted.end)]
    ranked = continuing([quoted], earlier, lambda c: [0.9 if "finansieras" in s.text else 0.1 for s in c],
                        passage=[quoted, paid])
    assert ranked[0].text == paid.text and len(ranked) == 2


def test_a_heading_does_not_continue_its_passage() -> None:
    text = "Stödtjänsten\n\n200 tkr tillskjuts nämnden för en stödtjänst. Förstärkningen finansieras genom statsbidrag."
    passage = Chunk(id="b#3", doc_path="b.txt", text=text, start=0, end=len(text), title="Budget",
                    section="Stödtjänsten")
    heading = sentence(passage, "Stödtjänsten", 0.1)
    quoted = sentence(passage, "200 tkr tillskjuts nämnden för en stödtjänst.", 1.0)
    paid = sentence(passage, "Förstärkningen finansieras genom statsbidrag.", 0.4)
    earlier = [Citation(n=1, doc="b.txt", title="Budget", quote=quoted.text, chunk_id="b#3", start=quoted.start,
                        end=quoted.end)]
    ranked = continuing([heading, quoted, paid], earlier, lambda c: [0.9 if s is heading else 0.5 for s in c])
    assert ranked[0].text == paid.text


def test_a_quote_the_earlier_answer_only_offered_may_continue_it() -> None:
    passage = Chunk(id="b#3", doc_path="b.txt", text=TEXT, start=0, end=len(TEXT), title="Budget")
    quoted = sentence(passage, "200 tkr tillskjuts nämnden för en stödtjänst.", 1.0)
    paid = sentence(passage, "Förstärkningen finansieras genom en neddragning av reklambudgeten.", 0.4)
    earlier = [Citation(n=n, doc="b.txt", title="Budget", quote=s.text, chunk_id="b#3", start=s.start, end=s.end)
               for n, s in ((1, quoted), (2, paid))]
    about = lambda s: "finansier" in s.text  # noqa: E731
    assert continuing([quoted, paid], earlier, lambda c: [0.9] * len(c), about=about, strict=True) == [quoted, paid]
    ranked = continuing([quoted, paid], earlier, lambda c: [0.9] * len(c), about=about, strict=True,
                        offered=frozenset({("b.txt", paid.start)}))
    assert ranked[0].text == paid.text and ranked[0].score > quoted.score


def test_a_running_page_header_in_the_passage_does_not_continue_it() -> None:
    text = ("Periodens resultat uppgår till 59,2 mnkr. Sandvikens kommun Delårsrapport augusti 2024\n"
            "Helårsprognosen är ett överskott på 10,7 mnkr.")
    passage = Chunk(id="d#1", doc_path="d.txt", text=text, start=0, end=len(text), title="Delårsrapport")
    quoted = sentence(passage, "Periodens resultat uppgår till 59,2 mnkr.", 1.0)
    header = sentence(passage, "Sandvikens kommun Delårsrapport augusti 2024", 0.5)
    forecast = sentence(passage, "Helårsprognosen är ett överskott på 10,7 mnkr.", 0.4)
    earlier = [Citation(n=1, doc="d.txt", title="Delårsrapport", quote=quoted.text, chunk_id="d#1",
                        start=quoted.start, end=quoted.end)]
    similar = {header.text: 0.9, forecast.text: 0.8}
    ranked = continuing([quoted, header, forecast], earlier, lambda cands: [similar.get(s.text, 0.0) for s in cands])
    assert ranked[0].text == forecast.text
