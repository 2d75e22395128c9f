"""Each statement of a compound question's answer said once (assistant/compose/parts_merged.py)."""
from __future__ import annotations

from assistant.compose.parts_merged import offered_only, statements, unrepeated
from core.types import Citation


def cite(n: int, start: int) -> Citation:
    return Citation(n=n, doc="a.txt", title="A", quote=f"q{start}", chunk_id="a#0", start=start, end=start + 10)


CHAIR = "”Plan” anger Anna Ek (M): ”säger Anna Ek (M), ordförande.”"
VICE = "”Plan” anger Bo Ny (S): ”säger Bo Ny (S), vice ordförande.”"


def test_a_statement_is_cut_after_its_markers() -> None:
    assert statements(f"{CHAIR} [1] Se även: ”x.” [2] ”y.” [3] Underlag: tabellen.") == [
        f"{CHAIR} [1]", " Se även: ”x.” [2]", " ”y.” [3]", " Underlag: tabellen."]


def test_a_later_part_repeating_an_earlier_parts_statement_leaves_it_out() -> None:
    citations = [cite(1, 0), cite(2, 50), cite(3, 0), cite(4, 50)]
    texts = [f"{CHAIR} [1]", f"{VICE} [2]", f"{CHAIR} [3] {VICE} [4]"]
    assert unrepeated(texts, citations) == [f"{CHAIR} [1]", f"{VICE} [2]", ""]


def test_a_see_also_quote_of_a_passage_an_earlier_part_cited_goes_with_its_label() -> None:
    citations = [cite(1, 0), cite(2, 50), cite(3, 0)]
    texts = ["Enligt A: 10 mnkr [1]: ”tio miljoner”.", "”A” anger: ”Ansvar: chefen.” [2] Se även: ”tio miljoner.” [3]"]
    assert unrepeated(texts, citations) == [texts[0], "”A” anger: ”Ansvar: chefen.” [2]"]
    kept = [cite(1, 0), cite(2, 50), cite(3, 0), cite(4, 90)]
    texts = ["”A” anger: ”x” [1]", "”A” anger: ”y” [2] Se även: ”x” [3] ”z” [4]"]
    assert unrepeated(texts, kept)[1] == "”A” anger: ”y” [2] Se även: ”z” [4]"


def test_the_same_passage_said_of_another_figure_stays() -> None:
    citations = [cite(1, 0), cite(2, 0)]
    texts = ["”A” anger 2 mnkr: ”2 mnkr och 200 arbeten.” [1]", "”A” anger 200 arbeten: ”2 mnkr och 200 arbeten.” [2]"]
    assert unrepeated(texts, citations) == texts


def test_a_refused_part_without_markers_stays() -> None:
    assert unrepeated(["Om ”x”: Jag hittar inget om det i dokumenten.", f"{CHAIR} [1]"], [cite(1, 0)]) == [
        "Om ”x”: Jag hittar inget om det i dokumenten.", f"{CHAIR} [1]"]


def test_a_passage_an_earlier_part_cited_led_only_by_its_source_is_said_once() -> None:
    """"hur många barn får plats, när blir den klar": one sentence answers both; the second part's quote of it,
    led by its source naming no figure, is not said again."""
    citations = [cite(1, 0), cite(2, 0)]
    first = "”Bygget” (2025-03-12) anger 100 barn: ”plats för 100 barn och klar i augusti 2026.” [1]"
    again = "”Bygget” (2025-03-12) anger: ”plats för 100 barn och klar i augusti 2026.” [2]"
    assert unrepeated([first, again], citations) == [first, ""]


def test_a_passage_an_earlier_part_only_offered_under_see_also_is_said_by_the_part_it_answers() -> None:
    citations = [cite(1, 0), cite(2, 50), cite(3, 50), cite(4, 90)]
    texts = ["”A” anger: ”18 mnkr för äldreomsorgen.” [1] Se även: ”5 mnkr för LSS.” [2]",
             "”A” anger: ”5 mnkr för LSS.” [3] Se även: ”5 mnkr för LSS.” [4]"]
    assert unrepeated(texts, citations)[1] == "”A” anger: ”5 mnkr för LSS.” [3] Se även: ”5 mnkr för LSS.” [4]"
    # stated by the earlier part, it is said once
    texts = ["”A” anger: ”5 mnkr för LSS.” [2]", "”A” anger: ”5 mnkr för LSS.” [3]"]
    assert unrepeated(texts, citations)[1] == ""


def test_the_quotes_an_answer_only_offered_under_see_also() -> None:
    citations = [cite(1, 0), cite(2, 50), cite(3, 90), cite(4, 130)]
    text = "”A” anger: ”x” [1] Se även: ”y” [2] ”z” [3] ”A” anger: ”w” [4]"
    assert offered_only(text, citations) == frozenset({("a.txt", 50), ("a.txt", 90)})
    assert offered_only("”A” anger: ”x” [1] Se även: ”x” [1]", citations[:1]) == frozenset()
