"""A span of months ("jan-aug 2024", "januari–augusti 2024") is the period an interim report's figure covers: the
concept "perioden" (said by its months too), not a document's month or year; a whole year's column does not
answer it."""
from types import SimpleNamespace

from assistant.understand.query import analyse, span_months, without_month_spans


def test_a_span_of_months_is_the_period_not_a_documents_date():
    q = analyse("hur mycket investerade kommunen jan-aug 2024?")
    assert ("period", "januari", "augusti") in q.groups
    assert q.month is None and 2024 in q.years
    written = analyse("Vad blev resultatet för januari–augusti 2024?")
    assert written.month is None and written.doc_years == ()
    assert ("period", "januari", "augusti") in written.groups


def test_a_documents_month_is_still_one():
    q = analyse("vad stod i pressmeddelandet från januari 2024?")
    assert q.month == 1 and q.doc_years == (2024,)


def test_span_months_are_written_out_in_swedish():
    assert span_months("Jan-Aug 2024") == ["januari", "augusti"]
    assert without_month_spans("resultatet jan–aug 2024", " perioden ").split() == ["resultatet", "perioden", "2024"]


def test_a_whole_years_column_does_not_answer_a_span_of_months():
    from assistant.answering.figures import _of_whole_years

    def figure(column: str) -> SimpleNamespace:
        return SimpleNamespace(stated=False, sources=(), calculation=SimpleNamespace(
            inputs=(SimpleNamespace(column=column),)))

    assert _of_whole_years(figure("Budget 2024"))
    assert not _of_whole_years(figure("Utfall jan–aug 2024"))


def test_a_part_of_a_year_is_not_owned_by_a_table_lacking_the_year():
    from assistant.arbitrate import table_owns
    from assistant.budget.columns import asks_part_of_year

    assert asks_part_of_year("hur mycket investerade kommunen jan-aug 2024?")
    assert asks_part_of_year("hur mycket har investerats hittills 2024?")
    assert not asks_part_of_year("hur stor är investeringsbudgeten 2024?")
    q = analyse("hur mycket investerade kommunen jan-aug 2024?")
    # the figures are never consulted for a part of a year: no table owns it
    assert not table_owns(object(), object(), "hur mycket investerade kommunen jan-aug 2024?", q)


def test_rows_of_months_answer_a_span_of_months():
    from assistant.answering.figures import _of_whole_years

    figure = SimpleNamespace(stated=False, sources=(), calculation=SimpleNamespace(
        inputs=(SimpleNamespace(column="2023", label="Juni"), SimpleNamespace(column="2023", label="Juli"))))
    assert not _of_whole_years(figure)
