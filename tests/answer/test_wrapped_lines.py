"""A PDF paragraph wrapped at the margin is one sentence; a list, a table row or a heading ends at its line."""
from __future__ import annotations

from assistant.compose.answer import title_period
from assistant.evidence import sentences
from assistant.understand.query import analyse
from core.types import Chunk, Hit

PARAGRAPH = ("Kommunstyrelsen\n"
             "Kommunstyrelsen  leder  och  samordnar  kommunens  verksamhet.  Kommundirektör  är  Henrik\n"
             "Öberg. Inom ramen finns 850 000 kronor för feriearbete, vilket ger cirka 170 ungdomar möjlighet\n"
             "till tre veckors sommarjobb. Interkommunala ersättningar för elever i andra kommuner budgeteras till\n"
             "31,4 miljoner kronor. Ett nytt digitalt bygglovssystem införs 2026. Timavgiften för tillsyn höjs från 1\n"
             "350 kronor till 1 420 kronor.")


def chunk(text: str, title: str = "Budget") -> Chunk:
    return Chunk(id="d#0", doc_path="d.pdf", text=text, start=0, end=len(text), title=title, doc_type="budget",
                 date="2025-11-24")


def texts(text: str) -> list[str]:
    return [text[s:e] for s, e in sentences.split_sentences(chunk(text))]


def test_a_line_wrapped_at_the_margin_goes_on_though_the_next_opens_with_a_capital_or_a_figure() -> None:
    found = texts(PARAGRAPH)
    assert found[0] == "Kommunstyrelsen"  # a heading ends at its line
    assert "Kommundirektör  är  Henrik\nÖberg." in found
    assert "Interkommunala ersättningar för elever i andra kommuner budgeteras till\n31,4 miljoner kronor." in found
    assert "Timavgiften för tillsyn höjs från 1\n350 kronor till 1 420 kronor." in found


def test_lists_table_rows_and_short_lines_end_at_their_line() -> None:
    listed = ("  Äldreomsorg, funktionsstöd och socialtjänst (socialnämnden): 42 kronor till varje invånare\n"
              "  Förskola, skola och vuxenutbildning (barn- och utbildningsnämnden): 37 kronor per invånare")
    assert len(texts(listed)) == 2
    table = ("Verksamhetens intäkter          Budget 2025    Plan 2026      Förändring i procent\n"
             "Skatteintäkter                  1 234 500      1 300 200      5,3")
    assert len(texts(table)) == 2
    assert len(texts("Kort rubrik utan punkt\nNästa rad börjar här.")) == 2


def test_a_name_wrapped_over_two_lines_is_a_name_and_one_person_beats_a_list_of_several() -> None:
    assert sentences.NAME.search("Kommundirektör  är  Henrik\nÖberg.").group() == "Henrik\nÖberg"
    text = ("Övriga närvarande: Henrik Öberg, kommundirektör; Sara Kjellberg, ekonomichef; Lena Broström, sekreterare\n\n"
            "Kommundirektör är Henrik Öberg.")
    c = chunk(text)
    stats = sentences.TermStats({c.id: c})
    ranked = sentences.score_sentences(analyse("Vem är kommundirektör?"), [Hit(chunk=c, score=1.0)], stats,
                                       lambda doc: text)
    assert ranked[0].text == "Kommundirektör är Henrik Öberg."
    listed = sentences.score_sentences(analyse("Vilka var närvarande?"), [Hit(chunk=c, score=1.0)], stats,
                                       lambda doc: text)
    assert listed[0].text.startswith("Övriga närvarande")


def test_a_budget_year_named_beside_its_plan_period_is_of_the_title_period() -> None:
    assert title_period("Budget 2026 med plan 2027–2028") == {2026, 2027, 2028}
    assert title_period("Budget 2021-2023") == {2021, 2022, 2023}
    assert title_period("Årsredovisning 2010 och plan 2027–2028") == {2027, 2028}  # no one run of years


def test_one_long_line_among_short_ones_sets_no_margin() -> None:
    signature = ("Daniel Filipsson\nKommunstyrelsens ordförande (M), gruppledare Moderaterna\nSimon Waern\n"
                 "Kommunstyrelsens vice ordförande (S), gruppledare Socialdemokraterna\nSimon Waern")
    assert "Simon Waern" in texts(signature)


def test_a_change_from_one_value_to_another_answers_with_the_value_it_reaches() -> None:
    from assistant.compose.answer import extract_fact

    quote = "För en normalvilla innebär det att den årliga kostnaden ökar från 10 970 kronor till 11 850 kronor."
    assert extract_fact(analyse("Vad kommer VA att kosta för en normalvilla?"), quote) == "11 850 kronor"
    assert extract_fact(analyse("Vad kostade VA för en normalvilla förra året?"), quote) == "10 970 kronor"


def test_a_line_wrapped_after_a_comma_goes_on() -> None:
    """A comma ends no sentence: the parties listed over the margin are one sentence with its subject."""
    text = ("Politisk inriktning\n\n"
            "Svenljunga styrs under mandatperioden 2023–2026 av Moderaterna, Kristdemokraterna,\n"
            "Centerpartiet och Liberalerna. Visionen är ”Svenljunga – en plats att växa på”.")
    assert "Svenljunga styrs under mandatperioden 2023–2026 av Moderaterna, Kristdemokraterna,\n" \
           "Centerpartiet och Liberalerna." in texts(text)


def test_a_signed_figure_opening_the_next_line_goes_on_with_the_sentence() -> None:
    text = ("Kostnaden för försörjningsstöd har ökat och socialnämnden prognostiserar ett underskott för 2024 på\n"
            "-2,8 miljoner kronor. Nämnden har fått i uppdrag att ta fram en handlingsplan för att minska kostnaderna.")
    assert "för 2024 på\n-2,8 miljoner kronor." in texts(text)[0]
    listed = ("Nämnden har under året arbetat med följande prioriterade områden inom verksamheten:\n"
              "- Hemtjänsten i de norra delarna av kommunen och dess bemanning under sommaren.")
    assert len(texts(listed)) == 2  # a dash and a space open a list's item
