"""Minutes: a sentence speaks of the matter its heading opens (evidence.sentences.matter_heading), and what became of
a matter is what its decision says (evidence.outcome)."""
from __future__ import annotations

from assistant.evidence import sentences
from assistant.evidence.outcome import asks_outcome, labelled_outcome
from assistant.understand.query import analyse
from core.types import Chunk, Hit

MINUTES = (
    "# Protokoll\n\nKommunfullmäktige 2024-11-18\n\n"
    "## § 88 Budget och plan 2025–2027\n\nDnr KS 2024/212\n\n"
    "Kommunstyrelsen har lagt fram förslag till budget och plan 2025–2027.\n\nBeslut\n\n"
    "Kommunfullmäktige fastställer budget och plan 2025–2027 enligt kommunstyrelsens förslag.\n\nReservation\n\n"
    "Eva Ek (KD), Per Holm (M) och Ida Berg (SD) reserverar sig mot beslutet till förmån för eget yrkande.\n\n"
    "## § 89 Skattesats 2025\n\nDnr KS 2024/213\n\nBeslut\n\n"
    "Kommunfullmäktige fastställer skattesatsen för 2025 till 22,95 kronor per skattekrona.\n\nReservation\n\n"
    "Eva Ek (KD) och Per Holm (M) reserverar sig mot beslutet.\n\n"
    "## § 90 Motion om fri kollektivtrafik för pensionärer\n\nDnr KS 2024/202\n\n"
    "Sofia Ekdahl (V) har i en motion föreslagit att invånare över 75 år ska få åka kollektivtrafik gratis.\n\n"
    "Beslut\n\nKommunfullmäktige avslår motionen.\n\nReservation\n\n"
    "Sofia Ekdahl (V) reserverar sig mot beslutet till förmån för bifall till motionen.\n")


def passages(text: str) -> list[Chunk]:
    """One passage per block between blank lines, as a chunker cutting at every short heading would."""
    out, at = [], 0
    for i, block in enumerate(text.split("\n\n")):
        start = text.index(block, at)
        at = start + len(block)
        if block.strip():
            out.append(Chunk(id=f"p#{i}", doc_path="p.docx", text=block, start=start, end=at, title="Protokoll",
                             doc_type="protokoll", date="2024-11-18", section=None))
    return out


def ranked(question: str) -> list[sentences.Sentence]:
    chunks = passages(MINUTES)
    stats = sentences.TermStats({c.id: c for c in chunks})
    return sentences.score_sentences(analyse(question), [Hit(chunk=c, score=1.0) for c in chunks], stats,
                                     lambda doc: MINUTES)


def test_the_matter_heading_is_the_nearest_markdown_heading_above() -> None:
    at = MINUTES.index("Eva Ek (KD) och Per Holm")
    assert sentences.matter_heading(MINUTES, at) == "§ 89 Skattesats 2025"
    assert sentences.matter_heading("Text utan rubrik.\n\n# Rubrik\n", 3) == ""
    assert sentences.matter_heading(MINUTES, MINUTES.index("Kommunfullmäktige 2024")) == "Protokoll"


def test_a_reservation_against_the_decision_speaks_of_the_matter_its_heading_names() -> None:
    best = ranked("Vilka reserverade sig mot skattesatsen för 2025?")[0]
    assert best.text == "Eva Ek (KD) och Per Holm (M) reserverar sig mot beslutet."


def test_what_happened_to_a_matter_is_answered_by_its_decision() -> None:
    q = analyse("vad hände med motionen om gratis kollektivtrafik för pensionärer?")
    assert asks_outcome(q)
    assert ranked(q.original)[0].text == "Kommunfullmäktige avslår motionen."


def test_an_outcome_is_asked_by_a_happening_verb_or_the_decision_itself_and_not_with_a_figure_or_person() -> None:
    assert asks_outcome(analyse("vad blev beslutet om skattesatsen?"))
    assert asks_outcome(analyse("What happened to the motion on free buses?"))
    assert not asks_outcome(analyse("vad står det om motionen om kollektivtrafik?"))
    assert not asks_outcome(analyse("vem reserverade sig mot beslutet om skattesatsen?"))
    assert not asks_outcome(analyse("hur mycket kostar det som hände med kollektivtrafiken?"))


def test_a_decision_is_labelled_by_its_own_field_label_or_the_label_line_above_it_within_its_matter() -> None:
    decision = MINUTES.index("Kommunfullmäktige avslår motionen.")
    assert labelled_outcome(MINUTES, decision, "Kommunfullmäktige avslår motionen.")
    reservation = MINUTES.index("Sofia Ekdahl (V) reserverar")
    assert not labelled_outcome(MINUTES, reservation, MINUTES[reservation:reservation + 40])
    heading = MINUTES.index("§ 90")  # a heading opens its matter: "Beslut" above it is the previous one's
    assert not labelled_outcome(MINUTES, heading, "§ 90 Motion om fri kollektivtrafik för pensionärer")
    labelled = "Beslut: Kommunstyrelsen föreslår att motionen avslås."
    assert labelled_outcome(labelled, 0, labelled)
    listed = "Beslutande: Anna Ek (S), ordförande"  # who decided, not what
    assert not labelled_outcome(listed, 0, listed)


def test_a_pdfs_paragraph_number_opens_a_matter_with_the_title_below_it_but_a_cited_paragraph_does_not() -> None:
    text = ("Justerare: Karin Ödmark (S)\n\n§ 118 Dnr KS 2025/214\nBudget 2026 och ekonomisk plan 2027–2028\n\n"
            "Beslut\nKommunfullmäktige fastställer skattesatsen till 23,46 kronor.\n\n"
            "§ 119 Dnr KS 2025/288\nTilläggsanslag till socialnämnden 2025\n\nBeslut\nKommunfullmäktige beviljar "
            "socialnämnden 4,7 miljoner kronor enligt\n§ 201. Planåren ska ramarna räknas upp med 2,8 procent.\n")
    fixed = text.index("Kommunfullmäktige fastställer")
    assert sentences.matter_heading(text, fixed) == "§ 118 Dnr KS 2025/214 Budget 2026 och ekonomisk plan 2027–2028"
    assert labelled_outcome(text, fixed, "Kommunfullmäktige fastställer skattesatsen till 23,46 kronor.")
    cited = text.index("Planåren")
    assert sentences.matter_heading(text, cited).startswith("§ 119")
    assert sentences.matter_span(text, fixed) == (text.index("§ 118"), text.index("§ 119"))
