"""English verbs of comparison and of going over a budget name what the figure is held against, as their
Swedish counterparts do ("jämfört med budget", "överskred sin budget")."""
from assistant.budget.columns import held_against, kind_words
from assistant.budget.columns import column_kind


def test_compare_with_the_budget_holds_the_figure_against_the_budget():
    assert held_against("how did it compare with the budget?") == "Budget"
    assert held_against("What was the result in comparison with the budget?") == "Budget"


def test_exceeding_a_budget_names_the_deviation():
    assert "exceed" in kind_words("By how much did the committee exceed its budget in 2023?")
    assert column_kind("By how much did the committee exceed its budget in 2023?") == "Avvikelse"


def test_how_a_committee_did_against_its_budget_asks_its_deviation():
    """"How did X do against its budget in 2023?": a row, a year and the kind; "against" and "its" name no other
    topic, as "mot" does in Swedish."""
    from assistant.budget.answer import answer_figures
    from assistant.budget.store import FigureBook
    from core.types import DocumentMeta, LoadedDocument
    from ingest.tables import extract_figures

    text = ("Driftredovisning 2023\n\nBelopp i mnkr\n\n| Nämnd | Budget 2023 | Utfall 2023 | Avvikelse |\n"
            "|---|---:|---:|---:|\n| Kommunstyrelsen | 110,2 | 108,9 | 1,3 |\n| Socialnämnden | 300,0 | 305,5 | -5,5 |\n")
    doc = LoadedDocument(path="ar.md", text=text, sha256="a", meta=DocumentMeta(title="Årsredovisning 2023"))
    answer = answer_figures("How did kommunstyrelsen do against its budget in 2023?", FigureBook((extract_figures(doc),)),
                            language="en")
    assert answer is not None and answer.calculation is not None
    assert str(answer.calculation.result) == "1.3"
