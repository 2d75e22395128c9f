"""Who holds an asked role: the person most documents name among the sentences filling the slot, quoted with the
sentences of the other documents naming the same person (assistant/compose/agreement.py)."""
from __future__ import annotations

from assistant.compose.agreement import person_key
from assistant.compose.answer import ExtractiveComposer, select_evidence, to_citation
from assistant.evidence.sentences import Sentence
from assistant.understand.query import analyse
from core.types import Chunk


def _sentence(text: str, doc: str, score: float, start: int = 0) -> Sentence:
    title = "Kommunstyrelsen, protokoll" if doc.startswith("protokoll") else "Mål och budget 2025"
    chunk = Chunk(id=f"{doc}#0", doc_path=doc, text=text, start=start, end=start + len(text), title=title,
                  doc_type="minutes", date="2024-10-29")
    return Sentence(chunk=chunk, start=start, end=start + len(text), text=text, score=score, coverage=1.0,
                    chunk_score=1.0)


QUESTION = "vem är kommunstyrelsens ordförande i Nässjö"


def _evidence() -> list[Sentence]:
    return [
        _sentence("Kommunstyrelsen utser Mikael Strand (S) att jämte ordföranden justera dagens protokoll.",
                  "protokoll.docx", 1.32),
        _sentence("Sekreterare: Lisa Ström Ordförande: Annika Rydell Justerande: Mikael Strand", "protokoll.docx",
                  1.22, start=200),
        _sentence("Annika Rydell (M)\nKommunstyrelsens ordförande", "budget.pdf", 1.19),
        _sentence("| Annika Rydell | M | Ordförande |", "protokoll.docx", 1.18, start=400),
    ]


def test_the_person_most_documents_name_in_the_role_answers_before_a_better_ranked_other() -> None:
    chosen = select_evidence(analyse(QUESTION), _evidence(), threshold=0.6)
    assert chosen[0].text.startswith("Annika Rydell (M)")


def test_another_document_naming_the_same_person_as_its_answer_is_quoted_too() -> None:
    chosen = select_evidence(analyse(QUESTION), _evidence(), threshold=0.6)
    assert [s.chunk.doc_path for s in chosen[:2]] == ["budget.pdf", "protokoll.docx"]
    assert chosen[1].text == "| Annika Rydell | M | Ordförande |"  # not the line whose first name is another's


def test_one_document_alone_keeps_its_ranking() -> None:
    only_minutes = [s for s in _evidence() if s.chunk.doc_path == "protokoll.docx"]
    chosen = select_evidence(analyse(QUESTION), only_minutes, threshold=0.6)
    assert chosen[0].text.startswith("Kommunstyrelsen utser Mikael Strand")


def test_the_same_person_with_and_without_party_is_one_fact_not_two_documents_disagreeing() -> None:
    q = analyse(QUESTION)
    chosen = select_evidence(q, _evidence(), threshold=0.6)
    draft = ExtractiveComposer().compose(q, [to_citation(i + 1, s) for i, s in enumerate(chosen)])
    assert "anger Annika Rydell (M):" in draft.text and "Lisa Ström" not in draft.text.split("anger")[0]
    assert person_key("Annika Rydell (M)") == person_key("Annika Rydell Justerande") == "Annika Rydell"
