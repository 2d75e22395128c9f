"""An amount in a sentence that points back at the sentence before is about that sentence's subject too:
"Under byggtiden behöver skolan fler tillfälliga moduler. Kostnaden för dem beräknas till 1,6 miljoner kronor"."""
from assistant.budget.amounts import find_amounts, refers_back
from assistant.budget.topics import AmountIndex, best_amounts
from core.types import DocumentMeta, LoadedDocument

TEXT = """Pressmeddelande

Under byggtiden behöver skolan fler tillfälliga moduler. Kostnaden för dem beräknas till 1,6 miljoner kronor. Dessutom avsätts 450 000 kronor till konstnärlig utsmyckning av den nya skolan.

Fullmäktige beslutade att ta 3,2 miljoner kronor ur resultatutjämningsreserven. Efter beslutet uppgår reserven till 18,6 miljoner kronor.

Skolan byggs om. Kommunen lånar 12 miljoner kronor till bygget.
"""


def amounts() -> list:
    doc = LoadedDocument(path="p.txt", sha256="0", meta=DocumentMeta(title="P"), text=TEXT)
    return find_amounts(doc)


def test_a_sentence_points_back_by_a_pronoun_a_money_noun_or_a_compounds_head() -> None:
    assert refers_back("Kostnaden för dem beräknas till 1,6 miljoner kronor.", "Skolan behöver moduler.")
    assert refers_back("Av beloppet går 2 miljoner kronor till elevhälsan.", "Kommunen satsar 3 miljoner.")
    assert refers_back("Efter beslutet uppgår reserven till 18,6 miljoner kronor.",
                       "Fullmäktige tar 3,2 miljoner kronor ur resultatutjämningsreserven.")
    assert not refers_back("Kommunen lånar 12 miljoner kronor till bygget.", "Skolan byggs om.")
    assert not refers_back("Kommunen investerar 30 miljoner i skolan.", "Förskolan byggs om.")


def test_the_amount_keeps_the_sentence_it_points_back_at() -> None:
    by_text = {a.text: a for a in amounts()}
    assert by_text["1,6 miljoner kronor"].lead == "Under byggtiden behöver skolan fler tillfälliga moduler."
    assert by_text["18,6 miljoner kronor"].lead.startswith("Fullmäktige beslutade")
    assert by_text["450 000 kronor"].lead == "" and by_text["12 miljoner kronor"].lead == ""
    assert by_text["1,6 miljoner kronor"].source.quote.startswith("Kostnaden för dem")  # the quote is its own sentence


def test_the_question_finds_the_amount_told_in_the_sentence_after_its_subject() -> None:
    index = AmountIndex(tuple(amounts()))
    best = best_amounts("Vad kostar de tillfälliga modulerna under bygget av skolan?", index)
    assert best and best[0][1].text == "1,6 miljoner kronor"
    best = best_amounts("Hur mycket finns kvar i resultatutjämningsreserven efter beslutet?", index)
    assert best and best[0][1].text == "18,6 miljoner kronor"


def test_a_clause_that_names_its_topic_itself_does_not_lean_on_the_sentence_before() -> None:
    second = "Detta innebär att ungefär 30 miljoner kronor ska vara budgeterade som interna buffertar."

    def score(between: str) -> float:
        text = f"Plan\n\nDet krävs åtgärder i nämnderna.{between}{second}\n"
        doc = LoadedDocument(path="b.txt", sha256="0", meta=DocumentMeta(title="B"), text=text)
        found = best_amounts("Hur stor buffert ska nämnderna budgetera?", AmountIndex(tuple(find_amounts(doc))))
        return found[0][0]

    # "budgeterade ... buffertar" name the topic in the amount's own clause: "nämnderna" of the sentence pointed
    # back at weighs as a word of the paragraph (0.5, doubled for a long rare word), not of the clause (1.0)
    assert score(" ") == score("\n") + 2 * 0.5


def test_the_next_sentence_saying_what_an_amount_comes_to_follows_it() -> None:
    from assistant.budget.answer import answer_figures
    from assistant.budget.store import FigureBook
    from ingest.tables import extract_figures
    from core.types import DocumentMeta, LoadedDocument

    text = ("1 mnkr tillskjuts kultur- och utbildningsnämnden för en utökad satsning på kommunala sommarjobb. "
            "Sammantagen budgetpost för sommarjobb uppgår därmed till 2 mnkr och bedöms kunna finansiera omkring "
            "200 arbeten. Sommarjobben ska anordnas i samverkan med föreningslivet.\n")
    doc = LoadedDocument(path="s.txt", sha256="0", meta=DocumentMeta(title="Budget 2021"), text=text)
    answer = answer_figures("Hur mycket satsade S på sommarjobb i budgeten?", FigureBook((extract_figures(doc),)))
    assert answer is not None and "1 mnkr" in answer.text and "2 mnkr" in answer.text and "200 arbeten" in answer.text
    assert len(answer.sources) == 2
