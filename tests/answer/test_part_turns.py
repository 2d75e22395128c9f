"""The parts of one question are turns: a later part asking for the difference of what the earlier parts
stated is computed from their cited amounts (Assistant._computed); a question naming two documents is answered
from each of them as one question, not split on "resp"."""
from __future__ import annotations

from dataclasses import replace

from assistant.build import Assistant
from assistant.retrieval.retrieve import Retriever
from core.types import Answer, Citation, DocumentMeta
from tests.answer.memindex import MemoryIndex
from tests.fakes import HashEmbedder

QUOTE = "Förvaltningen har gått från -14,3 miljoner kronor förra året till en prognos på -6,6 miljoner kronor i år."


def _assistant() -> Assistant:
    index = MemoryIndex([("nyhet.txt", QUOTE + "\n", DocumentMeta(title="Nyhet", doc_type="press_release")),
                         ("budget.txt", "Lokalerna sköts av kommunstyrelsen.\n",
                          DocumentMeta(title="Budget", doc_type="budget"))], HashEmbedder())
    assistant = object.__new__(Assistant)
    assistant.index, assistant.retriever, assistant.figures = index, Retriever(index), None
    return assistant


def _stating(assistant: Assistant, monkeypatch, stated: dict[str, str]) -> None:  # noqa: ANN001
    """Each part in `stated` answered with its amount, cited; any other part refused."""
    cited = Citation(n=1, doc="nyhet.txt", title="Nyhet", quote=QUOTE, chunk_id="")

    def answer_one(raw, part, claim, history, language, filters, timings,  # noqa: ANN001, ANN202
                   earlier=(), strict_earlier=False, exclude=frozenset(), leaning=False, offered=frozenset()):
        if part in stated:
            return Answer(question=raw, answer=stated[part], citations=(cited,), language="sv", composer="extractive")
        return Answer(question=raw, answer="Jag hittar inget om det i dokumenten.", refused=True, language="sv")

    monkeypatch.setattr(assistant, "_answer_one", answer_one)


def test_a_later_part_computes_with_the_amounts_the_earlier_parts_stated(monkeypatch) -> None:  # noqa: ANN001
    assistant = _assistant()
    _stating(assistant, monkeypatch, {"hur stort var minuset i fjol?": "Enligt Nyhet: -14,3 miljoner kronor [1].",
                                      "vad är prognosen i år?": "Enligt Nyhet: -6,6 miljoner kronor [1]."})
    answer = assistant.ask("hur stort var minuset i fjol, vad är prognosen i år, och hur mycket har de förbättrat sig?")
    assert "7,7 miljoner kronor" in answer.answer and "hittar inget" not in answer.answer
    assert answer.citations and all(c.quote == QUOTE for c in answer.citations)


def test_a_question_naming_two_documents_is_not_split_on_a_distributive_word(monkeypatch) -> None:  # noqa: ANN001
    assistant = _assistant()
    asked: list[str] = []

    def answer_one(raw, part, claim, history, language, filters, timings,  # noqa: ANN001, ANN202
                   earlier=(), strict_earlier=False, exclude=frozenset(), leaning=False, offered=frozenset()):
        asked.append(part)
        return Answer(question=raw, answer="Jag hittar inget om det i dokumenten.", refused=True, language="sv")

    monkeypatch.setattr(assistant, "_answer_one", answer_one)
    kinds = [lambda c, kind=kind: c.doc_type == kind for kind in ("budget", "press_release")]
    monkeypatch.setattr(assistant.retriever, "targets", lambda q: kinds)
    assistant.ask("vem ska ha hand om lokalerna enligt budgeten resp pressmeddelandet?")
    assert asked == ["vem ska ha hand om lokalerna enligt budgeten respektive pressmeddelandet?"]
    monkeypatch.setattr(assistant.retriever, "targets", lambda q: [])
    asked.clear()
    assistant.ask("Vad är skattesatsen i Tingsryd respektive Ockelbo?")
    assert asked == ["Vad är skattesatsen i Tingsryd?", "Vad är skattesatsen i Ockelbo?"]


def test_parts_said_with_a_shared_preamble_do_not_lean_on_the_first_part(monkeypatch) -> None:  # noqa: ANN001
    assistant = _assistant()
    histories: list[list[str]] = []

    def answer_one(raw, part, claim, history, language, filters, timings,  # noqa: ANN001, ANN202
                   earlier=(), strict_earlier=False, exclude=frozenset(), leaning=False, offered=frozenset()):
        histories.append(list(history))
        return Answer(question=raw, answer=f"Svar på {part} [1].", citations=(
            Citation(n=1, doc="nyhet.txt", title="Nyhet", quote=QUOTE, chunk_id=""),), language="sv")

    monkeypatch.setattr(assistant, "_answer_one", answer_one)
    assistant.ask("Parksatsningen: hur mycket pengar blir det, och hur många träd räcker det till?")
    assert len(histories) == 2 and histories[1] == []  # the preamble names what "det" is in each part


def test_parts_after_a_preamble_naming_only_the_municipality_lean_on_the_first_part(monkeypatch) -> None:  # noqa: ANN001
    assistant = _assistant()
    histories: list[list[str]] = []

    def answer_one(raw, part, claim, history, language, filters, timings,  # noqa: ANN001, ANN202
                   earlier=(), strict_earlier=False, exclude=frozenset(), leaning=False, offered=frozenset()):
        histories.append(list(history))
        return Answer(question=raw, answer=f"Svar på {part} [1].", citations=(
            Citation(n=1, doc="nyhet.txt", title="Nyhet", quote=QUOTE, chunk_id=""),), language="sv")

    monkeypatch.setattr(assistant, "_answer_one", answer_one)
    monkeypatch.setattr(assistant, "_places", lambda: ("Storby",))
    assistant.ask("storby: vad kostade nya köket på parkskolan, och när invigdes det?")
    # "det" is the first part's kitchen: the place says where, not what each part asks about
    assert len(histories) == 2 and histories[1] and "köket" in histories[1][-1]


def test_after_one_turn_a_share_of_a_named_whole_asks_for_the_whole(monkeypatch) -> None:  # noqa: ANN001
    assistant = _assistant()
    _stating(assistant, monkeypatch, {"hur stort var minuset i fjol?": "Enligt Nyhet: -6,6 miljoner kronor [1].",
                                      "Hur mycket är hela minuset?": "Enligt Nyhet: -14,3 miljoner kronor [1]."})
    answer = assistant.ask("hur mycket är det i procent av hela minuset?", history=["hur stort var minuset i fjol?"])
    assert answer.composer == "calculator" and "procent" in answer.answer, answer.answer


def test_a_follow_up_asking_how_much_smaller_computes_against_the_earlier_turns_amount(monkeypatch) -> None:  # noqa: ANN001
    assistant = _assistant()
    _stating(assistant, monkeypatch, {"hur stort var minuset i fjol?": "Enligt Nyhet: -14,3 miljoner kronor [1].",
                                      "hur många procent mindre är prognosen i år?":
                                          "Enligt Nyhet: -14,3 miljoner kronor [1]."})
    answer = assistant.ask("hur många procent mindre är prognosen i år?", history=["hur stort var minuset i fjol?"])
    assert answer.composer == "calculator" and "53,8 procent mindre" in answer.answer, answer.answer
    assert "7,7 miljoner kronor" in answer.answer and all(c.quote == QUOTE for c in answer.citations)


def test_a_later_part_asking_how_much_smaller_computes_against_the_first_parts_amount(monkeypatch) -> None:  # noqa: ANN001
    assistant = _assistant()
    _stating(assistant, monkeypatch, {"hur stort var minuset i fjol?": "Enligt Nyhet: -14,3 miljoner kronor [1].",
                                      "hur många procent mindre är prognosen i år?":
                                          "Enligt Nyhet: -6,6 miljoner kronor [1]."})
    answer = assistant.ask("hur stort var minuset i fjol, och hur många procent mindre är prognosen i år?")
    assert "53,8 procent mindre" in answer.answer, answer.answer


def test_two_parts_reading_other_cells_of_one_table_row_keep_their_answers(monkeypatch) -> None:  # noqa: ANN001
    """A PDF table row's cells stand apart by runs of spaces: the row is a table line as quoted, though the compared
    quotes have single spaces. Two parts reading two cells of it (the outcome so far, the forecast) share no
    sentence: neither is answered again without the row."""
    import assistant.build as build

    assistant = _assistant()
    row = "Periodens/årets resultat         23,0          13,4          17,6            9,2          –8,4"
    cited = Citation(n=1, doc="nyhet.txt", title="Nyhet", quote=row, chunk_id="")
    first = Answer(question="q", answer="Periodens resultat är 23,0 mnkr [1].", citations=(cited,), language="sv")
    second = Answer(question="q", answer="Periodens resultat är 9,2 mnkr [1].", citations=(cited,), language="sv")
    again: list[str] = []

    def answer_one(raw, part, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        again.append(part)
        return Answer(question=raw, answer="Annat: 62,0 mnkr [1].", citations=(replace(cited, quote=QUOTE),),
                      language="sv")

    monkeypatch.setattr(assistant, "_answer_one", answer_one)
    monkeypatch.setattr(build.shared, "yielding_part", lambda *args: 1)
    kept = assistant._unshared("q", ["vad blev resultatet jan-aug?"], [first], "vad är prognosen för helåret?",
                               second, [], [], "sv", None, {}, ())
    assert kept is second and again == []


def test_a_share_of_what_the_earlier_turn_stated_computes_though_the_calculator_looked_the_part_up(
        monkeypatch) -> None:  # noqa: ANN001
    """"hur stor andel av det hamnar på X?": the calculator's lookup of X's amount is no share; the share is computed
    of the earlier turn's amount (the whole) and the amount the follow-up's own words ask for (the part)."""
    from core.types import Calculation

    assistant = _assistant()
    cited = Citation(n=1, doc="nyhet.txt", title="Nyhet", quote=QUOTE, chunk_id="")
    stated = {"hur stort var minuset i fjol?": "Enligt Nyhet: -14,3 miljoner kronor [1].",
              "Hur mycket hamnar på prognosen i år?": "Enligt Nyhet: -6,6 miljoner kronor [1]."}

    def answer_one(raw, part, claim, history, language, filters, timings,  # noqa: ANN001, ANN202
                   earlier=(), strict_earlier=False, exclude=frozenset(), leaning=False, offered=frozenset()):
        if part in stated:
            return Answer(question=raw, answer=stated[part], citations=(cited,), language="sv", composer="extractive")
        # the asked follow-up itself: a calculator lookup of the part's amount
        return Answer(question=raw, answer="Enligt Nyhet: -6,6 miljoner kronor [1].", citations=(cited,),
                      language="sv", composer="calculator",
                      calculation=Calculation("lookup", "-6,6", None, "mnkr", ()))

    monkeypatch.setattr(assistant, "_answer_one", answer_one)
    answer = assistant.ask("hur stor andel av det hamnar på prognosen i år?", history=["hur stort var minuset i fjol?"])
    assert "46,2 procent" in answer.answer, answer.answer


def test_a_later_part_finding_nothing_alone_is_asked_of_the_first_parts_topic(monkeypatch) -> None:  # noqa: ANN001
    # "..., och vilket projekt är störst?": alone it names nothing the documents answer; asked after the first part,
    # it is asked of the first part's table
    assistant = _assistant()
    asked: list[tuple[str, tuple[str, ...], bool]] = []

    def answer_one(raw, part, claim, history, language, filters, timings,  # noqa: ANN001, ANN202
                   earlier=(), strict_earlier=False, exclude=frozenset(), leaning=False, offered=frozenset()):
        asked.append((part, tuple(history), leaning))
        if part.startswith("hur stor är investeringsbudgeten") or (leaning and history):
            return Answer(question=raw, answer="Enligt Nyhet: -6,6 miljoner kronor [1].", language="sv",
                          citations=(Citation(n=1, doc="nyhet.txt", title="Nyhet", quote=QUOTE, chunk_id=""),),
                          composer="extractive")
        return Answer(question=raw, answer="Jag hittar inget om det i dokumenten.", refused=True, language="sv")

    monkeypatch.setattr(assistant, "_answer_one", answer_one)
    answer = assistant.ask("hur stor är investeringsbudgeten 2025 och vilket projekt är störst?")
    assert "hittar inget" not in answer.answer, answer.answer
    assert any(leaning and history and history[-1].startswith("hur stor är investeringsbudgeten")
               for _, history, leaning in asked)


def test_one_documents_stated_amount_is_half_of_two_named_sources(monkeypatch) -> None:  # noqa: ANN001
    # "inköpen enligt S-budgeten jämfört med handlingsplanen": an amount of one of them answers half the question
    from types import SimpleNamespace

    assistant = _assistant()
    kinds = [lambda c, kind=kind: c.doc_type == kind for kind in ("budget", "press_release")]
    monkeypatch.setattr(assistant.retriever, "targets", lambda q: kinds)
    q = assistant._analyse("hur stora är inköpen enligt budgeten jämfört med pressmeddelandet?", [])
    assert len(set(q.doc_types)) == 2, q.doc_types
    one = SimpleNamespace(stated=True, sources=(SimpleNamespace(doc_path="nyhet.txt"),))
    both = SimpleNamespace(stated=True, sources=(SimpleNamespace(doc_path="nyhet.txt"),
                                                 SimpleNamespace(doc_path="budget.txt")))
    assert assistant._half_of_named_documents(q, one)
    assert not assistant._half_of_named_documents(q, both)
    monkeypatch.setattr(assistant.retriever, "targets", lambda q: kinds[:1])
    assert not assistant._half_of_named_documents(q, one)  # one source named: its amount answers
    # one kind of document with a period ("S satsning i budgeten 2021-2023"): one source, whatever the targets say
    monkeypatch.setattr(assistant.retriever, "targets", lambda q: kinds)
    dated = assistant._analyse("hur mycket satsade S på sommarjobb i budgeten 2021-2023?", [])
    assert not assistant._half_of_named_documents(dated, one)


def test_a_later_part_held_against_so_is_held_against_the_first_parts_amount(monkeypatch) -> None:  # noqa: ANN001
    # "..., och fick nämnderna mer än så 2021?": "så" is the amount the first part's answer stated
    from assistant.understand.referent import with_answered_amount

    assistant = _assistant()
    asked: list[str] = []
    cited = Citation(n=1, doc="nyhet.txt", title="Nyhet", quote=QUOTE, chunk_id="")

    def answer_one(raw, part, claim, history, language, filters, timings,  # noqa: ANN001, ANN202
                   earlier=(), strict_earlier=False, exclude=frozenset(), leaning=False, offered=frozenset()):
        asked.append(part)
        return Answer(question=raw, answer="Enligt Nyhet: 50 % [1].", citations=(cited,), language="sv",
                      composer="extractive")

    monkeypatch.setattr(assistant, "_answer_one", answer_one)
    assistant.ask("hur mycket av prisindex räknas kommunbidragen upp med, och fick nämnderna mer än så 2021?")
    assert any("mer än 50 % 2021" in part for part in asked), asked
    first = Answer(question="q", answer="Enligt Nyhet: 50 % [1].", citations=(cited,), language="sv")
    assert with_answered_amount("fick de mer än det?", first) == "fick de mer än 50 %?"
    assert with_answered_amount("är det mer än det som sades?", first) is None  # "det som": a thing, no amount
    assert with_answered_amount("fick de mer 2021?", first) is None


def test_a_later_part_testing_the_goal_the_first_part_asked_tests_the_goal_its_answer_quoted() -> None:
    """"Vad är kommunens finansiella mål för resultatet, och klarar budgeten 2025 det?": "det" is the goal the first
    part's answer quoted, its clause in the fullest quote, which the calculator tests a share against."""
    from assistant.understand.referent import with_answered_goal

    forecast = Citation(n=1, doc="delar.txt", title="Delårsrapport", chunk_id="",
                        quote="Prognosen innebär att det finansiella målet om ett resultat på minst 1,0 procent av\n"
                              "skatteintäkter")
    budget = Citation(n=2, doc="budget.txt", title="Budget", chunk_id="",
                      quote="Årets resultat ska vara minst 1,0 procent av skatteintäkter och generella statsbidrag.")
    first = Answer(question="q", answer="Enligt Delårsrapport: 1,0 % [1]. Budget anger [2].",
                   citations=(forecast, budget), language="sv")
    earlier = "Vad är kommunens finansiella mål för årets resultat?"
    assert with_answered_goal("klarar budgeten 2025 det?", earlier, first) == (
        "klarar budgeten 2025 målet att årets resultat ska vara minst 1,0 procent av skatteintäkter och generella "
        "statsbidrag?")
    only_forecast = replace(first, citations=(forecast,))
    assert with_answered_goal("klarar budgeten 2025 det?", earlier, only_forecast) == (
        "klarar budgeten 2025 det finansiella målet om ett resultat på minst 1,0 procent av skatteintäkter?")
    assert with_answered_goal("klarar budgeten 2025 det?", "Vad är skattesatsen?", first) is None  # no goal asked
    assert with_answered_goal("hur stort är det?", earlier, first) is None  # no goal tested


def test_a_part_giving_up_a_shared_sentence_gives_up_the_calculators_amount_of_it_too(monkeypatch) -> None:  # noqa: ANN001
    """The calculator reads an amount from a sentence too ("120 000 kronor" of the grant): a part answered again
    without the sentence another part of the question keeps (evidence.shared) does not get it back from there."""
    from assistant.budget.compose import FigureAnswer
    from assistant.budget.records import CellSource
    from assistant.evidence.shared import same_text

    applied = "Föreningen har ansökt om 180 000 kronor."
    granted = "Kommunstyrelsen beslutar att bevilja föreningen ett extra bidrag på 120 000 kronor."
    index = MemoryIndex([("protokoll.txt", f"Bidrag till hembygdsföreningen\n\n{applied} {granted}\n",
                          DocumentMeta(title="Protokoll", doc_type="protocol"))], HashEmbedder())
    assistant = Assistant(index)
    source = CellSource(doc_path="protokoll.txt", title="Protokoll", quote=granted.rstrip("."), start=0, end=10)
    stated = FigureAnswer(text="Enligt Protokoll: 120 000 kr [1].", sources=(source,), calculation=None, stated=True)
    monkeypatch.setattr(assistant, "_figures", lambda *args, **kwargs: stated)
    monkeypatch.setattr(index, "chunk_at", lambda doc, start: next(iter(index.chunks.values())), raising=False)
    question = "Hur mycket sökte hembygdsföreningen i extra bidrag?"
    kept = assistant._answer_one(question, question, None, [], "sv", None, {})
    assert "120 000" in kept.answer
    again = assistant._answer_one(question, question, None, [], "sv", None, {}, exclude=frozenset({same_text(granted)}))
    assert "120 000" not in again.answer
