"""Two figures of two documents set against each other (understand/parts.between, understand/remaining.left_after):
each side asked as a question of its own and answered from its document, the difference or the rest computed of
both (compose/followup_figures) before the question itself is asked again."""
from __future__ import annotations

from decimal import Decimal
from types import SimpleNamespace

from assistant.answering.compound import CompoundAnswering
from assistant.build import Assistant
from assistant.compose import followup_figures
from assistant.understand.parts import between, compared
from assistant.understand.remaining import asks_left, left_after
from core.types import Answer, Calculation, CalculationInput, Citation, DocumentMeta
from tests.answer.memindex import MemoryIndex
from tests.fakes import HashEmbedder

FILLER = " ".join(f"Verksamheten i område {n} fortsätter som planerat under hösten." for n in range(12))
BETWEEN_Q = "Hur stor marginal finns mellan Byggbolagets kontrakt och den beslutade totalutgiften för förskolan?"


def test_the_two_things_between_which_a_difference_is_asked() -> None:
    assert between(BETWEEN_Q) == ("Byggbolagets kontrakt", "den beslutade totalutgiften för förskolan")
    assert compared(BETWEEN_Q) == ["Hur stort är Byggbolagets kontrakt?",
                                   "Hur stort är den beslutade totalutgiften för förskolan?"]
    assert followup_figures.asked_operation(BETWEEN_Q) == "difference"
    # a name with a conjunction of its own stays whole; two years are one thing's change, the calculator's
    assert between("Vad är skillnaden mellan vård- och omsorgsnämnden och socialnämnden?") == (
        "vård- och omsorgsnämnden", "socialnämnden")
    assert between("Vad är skillnaden mellan 2023 och 2025?") is None
    assert between("Vad är skillnaden mellan budgeten 2024 och 2025?") is None


def test_the_whole_and_the_part_drawn_from_it() -> None:
    question = "Hur mycket finns kvar i kommunfullmäktiges reserv efter tilläggsanslaget till vinterväghållningen?"
    assert asks_left(question) and followup_figures.asked_operation(question) == "rest"
    assert left_after(question) == ["Hur stort är kommunfullmäktiges reserv?",
                                    "Hur stort är tilläggsanslaget till vinterväghållningen?"]
    assert left_after("hur mycket av investeringsbudgeten blir kvar efter kontraktet?") == [
        "Hur stort är investeringsbudgeten?", "Hur stort är kontraktet?"]
    statement = "Nämnden fick ett anslag ur reserven i mars."
    assert left_after(f"{statement} Hur mycket finns kvar i reserven efter det?") == [
        "Hur stort är reserven?", f"{statement} Hur stort var det?"]
    assert left_after("Hur mycket finns kvar efter 2025?") == []
    assert left_after("Hur mycket över budget ligger nämnden efter augusti?") == []


def test_the_parts_of_a_rest_are_asked_before_the_question() -> None:
    question = "Hur mycket finns kvar i reserven efter anslaget till vinterväghållningen?"
    fake = SimpleNamespace(_places=lambda: (), _figures=lambda *a, **k: None)
    assert CompoundAnswering._with_compared(fake, [question], [], "sv", None) == [
        "Hur stort är reserven?", "Hur stort är anslaget till vinterväghållningen?", question]


def _lookup(cells: list[tuple[str, str]]) -> Answer:
    """A calculator's lookup of one row's cells (column, value in mnkr), cited by the row's line."""
    quote = "Kommunfullmäktiges reserv " + " ".join(v for _, v in cells)
    inputs = tuple(CalculationInput(label="Kommunfullmäktiges reserv", column=c, value=Decimal(v.replace(",", ".")),
                                    unit="mnkr", citation=1) for c, v in cells)
    return Answer(question="", answer="Kommunfullmäktiges reserv är ... [1].", composer="calculator",
                  citations=(Citation(n=1, doc="budget.pdf", title="Budget", quote=quote, chunk_id="b#0"),),
                  calculation=Calculation("lookup", "", inputs[0].value, "mnkr", inputs))


def test_the_rest_of_a_reserve_is_its_size_in_the_year_the_drawing_names() -> None:
    grant = "Kommunstyrelsen beslutar att bevilja ett tilläggsanslag om 1,4 miljoner kronor för vinterväghållning 2025."
    turns = {"Hur stort är reserven?": _lookup([("Utfall 2023", "0,0"), ("Budget 2024", "-5,0"),
                                                 ("Budget 2025", "-4,0")]),
             "Hur stort är anslaget?": Answer(question="", answer=f"Enligt Protokoll: 1,4 mnkr [1]: ”{grant}”",
                                              citations=(Citation(n=1, doc="p.docx", title="P", quote=grant,
                                                                  chunk_id="p#0"),))}
    answer = followup_figures.compute("Hur mycket finns kvar i reserven efter anslaget?", list(turns),
                                      lambda q, b: turns[q], "sv")
    assert answer is not None and answer.calculation.result == Decimal("2600000")  # 4,0 of 2025 less 1,4
    assert answer.answer.startswith("Resten är 2,6 miljoner kronor (2 600 000 kr): 4 miljoner kronor [1] minus 1,4")


class _Canned(Assistant):
    """An Assistant whose parts are answered from canned answers; a part asked again without the quotes another
    part's answer gave (`exclude`) finds the other document's sentence, as retrieval would."""

    def __init__(self, index, canned: dict[str, Answer], again: dict[str, Answer]) -> None:
        super().__init__(index)
        self.canned, self.again = canned, again

    def _answer_one(self, raw, question, claim, history, language, filters, timings, *args, **kwargs) -> Answer:
        if kwargs.get("exclude") and question in self.again:
            return self.again[question]
        return self.canned.get(question, Answer(question=question, answer="Inget.", refused=True))


def _said(text: str, quote: str, doc: str) -> Answer:
    return Answer(question="", answer=f"{text} [1]: ”{quote}”", citations=(
        Citation(n=1, doc=doc, title=doc, quote=quote, chunk_id=f"{doc}#0"),))


def test_a_difference_of_two_sides_is_computed_before_the_question_is_asked_again() -> None:
    """The question itself, asked again, finds the first side's sentence: that would make the first side yield its
    quote (answering/compound._unshared) and be answered by another figure; the two sides' answers compute it."""
    contract = "Kommunen har tecknat avtal med Byggbolaget AB som bygger förskolan för 46,3 miljoner kronor."
    total = "Den nya förskolan har en beslutad totalutgift om 48 miljoner kronor."
    said_again = "Den beslutade totalutgiften för projektet är 48 miljoner kronor."
    index = MemoryIndex([("nyhet.txt", f"Nyhet\n\n{contract}\n\n{said_again}\n\n{FILLER}\n",
                          DocumentMeta(title="Nyhet", municipality="Ekby")),
                         ("budget.txt", f"Budget\n\n{total}\n\n{FILLER}\n",
                          DocumentMeta(title="Budget", municipality="Ekby"))], HashEmbedder())
    a, b = compared(BETWEEN_Q)
    canned = {a: _said("46,3 mnkr", contract, "nyhet.txt"), b: _said("48 mnkr", total, "budget.txt"),
              BETWEEN_Q: _said("46,3 mnkr", contract, "nyhet.txt")}
    answer = _Canned(index, canned, {a: _said("48 mnkr", said_again, "nyhet.txt")}).ask(BETWEEN_Q)
    assert answer.calculation is not None and answer.calculation.result == Decimal("1700000"), answer.answer
    assert "Skillnaden är 1,7 miljoner kronor" in answer.answer


def test_what_happens_between_two_things_and_a_rest_after_a_decision_are_no_two_sides() -> None:
    assert between("hur fördelades paketet mellan avdelning vuxna och avdelning unga?") is None
    assert between("Vad kostar gc-vägen mellan Habo och Furusand totalt?") is None
    assert between("Hur mycket förbättrades ekonomin mellan förra årets utfall och årets prognos?") is None
    # what is left after a decision is the figure a document states after it
    assert left_after("Hur mycket finns kvar i reserven efter fullmäktiges beslut i november 2024?") == []
    assert not asks_left("hur mycket likvida medel har de kvar vid årets slut?")


def test_a_side_naming_only_where_its_figure_is_read_is_of_the_other_sides_thing() -> None:
    """"jämfört med mål och budget", "än vad som står i investeringsbudgeten", "jämfört med utfallet 2024": the later
    side names a document or a kind of figure only, so it asks the first side's thing read there."""
    from assistant.understand.sides import other_side, thing_of

    assert thing_of("investeringarna 2025 enligt delårsrapportens prognos") == "investeringarna"
    assert compared("ekby: hur mycket lägre blir investeringarna 2025 enligt delårsrapportens prognos jämfört med "
                    "mål och budget?") == ["Vad är prognosen för investeringarna 2025 enligt delårsrapporten?",
                                           "Hur stort är investeringarna 2025 enligt mål och budget?"]
    assert compared("hur mycket lägre blev kontraktssumman för förskolan än vad som står i investeringsbudgeten?") == [
        "Hur stort är kontraktssumman för förskolan?", "Hur stort är förskolan i investeringsbudgeten?"]
    # a table's kind names its own measure: the contract sum is the press release's, the budget's row is the preschool
    assert other_side("kontraktssumman för förskolan", "mål och budget") == "kontraktssumman för förskolan enligt mål och budget"
    assert other_side("ramen för 2027", "investeringsbudgeten för 2026") == "ramen 2026 enligt investeringsbudgeten"
    # a comparative of worth asks each size too; the outcome's year is its own
    assert compared("hur mycket sämre blir resultatet 2025 enligt delårsprognosen jämfört med utfallet 2024?") == [
        "Hur stort är resultatet 2025 enligt delårsprognosen?", "Hur stort är resultatet 2024 utfallet?"]
    # a side with a thing of its own is asked as said, its bare body noun the first side's body
    assert compared("Hur mycket högre är Omsorgsnämndens kommunbidrag 2025 än nämndens helårsprognos för 2024 i "
                    "delårsrapporten?") == ["Hur stort är Omsorgsnämndens kommunbidrag 2025?",
                                            "Hur stort är Omsorgsnämndens helårsprognos för 2024 i delårsrapporten?"]
    assert other_side("sparkravet 2024", "underskottet 2019") == "underskottet 2019"


def test_a_figure_and_what_is_added_to_it_are_each_asked_and_summed() -> None:
    from assistant.understand.including import including

    question = "hur mycket pengar finns det för förskolan i Ekby 2025 om man räknar med det som ks ombudgeterade från 2024?"
    assert including(question) == ["hur mycket pengar finns det för förskolan i Ekby 2025?",
                                   "Hur mycket ks ombudgeterade från 2024 för förskolan i Ekby?"]
    assert followup_figures.asked_operation(question) == "sum"
    # "inklusive moms" names what a stated figure includes; a question asking no amount adds nothing
    assert including("Hur mycket kostar bygget inklusive moms?") == []
    assert including("Vilka projekt ingår om man räknar med förskolan?") == []


def test_whether_two_documents_state_one_amount_is_asked_of_each() -> None:
    from assistant.understand.agreement import agreement

    assert agreement("Stämmer investeringssumman för 2025 i Ekbys nyhet på webben med budgetdokumentet?") == [
        "Hur stort är investeringssumman för 2025 i Ekbys nyhet på webben?",
        "Hur stort är investeringssumman 2025 enligt budgetdokumentet?"]
    assert agreement("Stämmer det att Ekby höjer skatten med 20 öre?") == []  # a claim of its own
    news = "Kommunen planerar investeringar för 214,9 miljoner kronor under 2025."
    row = "Summa investeringar 214 900"
    turns = {"A?": _said("214,9 mnkr", news, "nyhet.html"),
             "B?": Answer(question="", answer="Summa investeringar är 214,9 miljoner kronor 2025 [1].",
                          composer="calculator", citations=(Citation(n=1, doc="b.pdf", title="B", quote=row,
                                                                     chunk_id="b#0"),),
                          calculation=Calculation("lookup", "", Decimal("214900"), "tkr", (
                              CalculationInput("Summa investeringar", "Budget 2025", Decimal("214900"), "tkr", 1),)))}
    answer = followup_figures.compute("Stämmer A med B?", list(turns), lambda q, b: turns[q], "sv",
                                      operation="agreement")
    assert answer is not None and answer.answer.startswith("Ja: båda anger samma belopp")
    assert {c.doc for c in answer.citations} == {"nyhet.html", "b.pdf"}
    assert followup_figures.compute("Stämmer A med B?", list(turns), lambda q, b: turns[q], "sv") is None


def test_a_bare_body_noun_of_the_later_side_is_the_body_the_first_names() -> None:
    """"Omsorgsnämndens kommunbidrag 2025 än nämndens helårsprognos för 2024": "nämndens" is omsorgsnämndens, not a row
    "Nämnder"; the calculator comparing the two is asked the question so restated, and so is the answer."""
    question = "Hur mycket högre är Omsorgsnämndens kommunbidrag 2025 än nämndens helårsprognos för 2024 i delårsrapporten?"
    restated = question.replace("än nämndens", "än Omsorgsnämndens")
    computed = SimpleNamespace(refused=False, refusal=None, stated=False,
                               calculation=SimpleNamespace(operation="change"))
    fake = SimpleNamespace(_places=lambda: (), _figures=lambda *a, **k: computed)
    assert CompoundAnswering._with_compared(fake, [question], [], "sv", None) == [restated]

    class Asked(_Canned):
        def _figures(self, *args, **kwargs):
            return computed

    index = MemoryIndex([("b.txt", f"Budget\n\n{FILLER}\n", DocumentMeta(title="Budget", municipality="Ekby"))],
                        HashEmbedder())
    assistant = Asked(index, {restated: _said("3 050 tkr", FILLER.split(".")[0] + ".", "b.txt")}, {})
    assert not assistant.ask(question).refused  # answered as restated


def test_a_side_naming_a_document_is_read_in_the_municipality_the_question_names() -> None:
    fake = SimpleNamespace(_places=lambda: ("Ekby", "Åby"), _figures=lambda *a, **k: None)
    question = "ekby: hur mycket lägre blir investeringarna 2025 enligt delårsrapportens prognos jämfört med mål och budget?"
    assert CompoundAnswering._with_compared(fake, [question], [], "sv", None) == [
        "Vad är prognosen för investeringarna 2025 enligt delårsrapporten i Ekby?",
        "Hur stort är investeringarna 2025 enligt mål och budget i Ekby?", question]
    # a side naming no document is asked as said: "i Ekby" would draw sentences naming the place ("Ekby centrum")
    said = "Hur mycket större är Ekbys investeringsbudget för 2025 jämfört med vad kommunen faktiskt investerade 2023?"
    assert CompoundAnswering._with_compared(fake, [said], [], "sv", None)[1] == "vad kommunen faktiskt investerade 2023?"
