"""A figure per another period than the question asks ("per månad" for "per år") is not the asked rate."""
from assistant.budget.amounts import find_amounts
from assistant.budget.topics import AmountIndex, best_amounts
from core.types import DocumentMeta, LoadedDocument

TEXT = ("Skattehöjning\n\nFör en person med en månadsinkomst på 30 000 kronor innebär skattehöjningen cirka 80 kronor "
        "mer i skatt per månad.\n\nSkattehöjningen beräknas ge cirka 4,5 miljoner kronor per år i ökade "
        "skatteintäkter.\n")


def index() -> AmountIndex:
    doc = LoadedDocument(path="s.txt", sha256="0", meta=DocumentMeta(title="Skatt"), text=TEXT)
    return AmountIndex(tuple(find_amounts(doc)))


def test_a_figure_per_month_does_not_answer_per_year() -> None:
    best = best_amounts("Hur mycket beräknas skattehöjningen ge per år?", index())
    assert best and all("per månad" not in a.source.quote for _, a in best), [a.text for _, a in best]
    assert best[0][1].text.startswith("4,5")
    monthly = best_amounts("Hur mycket mer i skatt per månad innebär skattehöjningen?", index())
    assert monthly and monthly[0][1].text.startswith("80")
