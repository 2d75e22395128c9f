"""A body named as the subject of a relative clause telling which document ("prognosen i delårsrapporten som KS
behandlade i oktober") says which document, not whose figure: no row, and no row missing either. A clause of when
("när kommunstyrelsen ombudgeterade") and a comparison ("lika mycket som socialnämnden fick") still name the body."""
from __future__ import annotations

from assistant.budget.matching import Lexicon, tokens
from assistant.budget.plan import clause_subjects, parse_question
from assistant.budget.tables import parse_tables
from core.types import DocumentMeta, LoadedDocument

TEXT = """Resultaträkning

Belopp i mnkr

| | Budget 2024 | Prognos 2024 |
|---|---:|---:|
| Årets resultat | 9,0 | 11,1 |

Driftredovisning per nämnd

Belopp i mnkr

| Nämnd | Budget 2024 | Prognos 2024 |
|---|---:|---:|
| Kommunstyrelsen | 98,4 | 96,6 |
| Socialnämnden | 310,2 | 318,0 |
"""


def lexicon() -> Lexicon:
    doc = LoadedDocument(path="d.md", sha256="0", meta=DocumentMeta(title="Delårsrapport"), text=TEXT)
    return Lexicon.build(parse_tables(doc))


def test_the_subject_of_a_clause_of_which_document_or_occasion() -> None:
    words = tokens("hur mycket bättre blev resultatet än prognosen i delårsrapporten som kommunstyrelsen behandlade")
    assert [words[i] for i in sorted(clause_subjects(words))] == ["kommunstyrelsen"]
    # a clause of when names the body whose minutes hold the figure; a comparison names the committee's figure
    assert not clause_subjects(tokens("hur mycket flyttades när karlstads kommunstyrelsen ombudgeterade"))
    assert not clause_subjects(tokens("får kulturnämnden lika mycket som socialnämnden fick 2024"))


def test_such_a_body_is_no_row_and_no_missing_row() -> None:
    plan = parse_question("vad var årets resultat 2024 enligt prognosen i delårsrapporten som kommunstyrelsen "
                          "behandlade i oktober?", lexicon())
    assert plan.rows == ("Årets resultat",) and plan.unknown == ()
    plan = parse_question("vad var prognosen för socialnämnden 2024 som kommunstyrelsen behandlade?", lexicon())
    assert "Socialnämnden" in plan.rows
