"""A meeting's paper headed only by its kind ("PROTOKOLL") is titled by the body and date the next lines name."""
from pathlib import Path

from ingest.load import guess_meta, guess_title
from ingest.readers import ReadResult

MINUTES = """# PROTOKOLL
Kommunfullmäktige Sammanträdesdatum 2025-04-28
Plats och tid: Kommunfullmäktigesalen, Kommunhuset, kl. 10.00–14.35
## § 23 Upprop
"""
BANNER = """STORBY KOMMUN
SAMMANTRÄDESPROTOKOLL
Barn- och utbildningsnämnden

Sammanträdesdatum: 2025-11-26
Plats och tid: Hembygdsgården, kl. 09.00–15.40
"""


def test_the_kind_line_takes_the_body_and_date_below() -> None:
    assert guess_title(MINUTES) == "Protokoll kommunfullmäktige 2025-04-28"
    assert guess_title(BANNER) == "Sammanträdesprotokoll barn- och utbildningsnämnden 2025-11-26"


def test_a_letterhead_naming_the_municipality_before_the_kind() -> None:
    head = ("Storby kommun – Protokoll\n\nBarn- och utbildningsnämnden, sammanträde 2024-09-24\n\n"
            "Plats: Stadshuset, kl. 13.30–16.40\n\n## Närvarande\n\nLedamöter: Anna Ek (S), ordförande.\n")
    assert guess_title(head) == "Protokoll barn- och utbildningsnämnden 2024-09-24"
    report = "Storby kommun – Årsredovisning 2024\n\nKommunen redovisar ett överskott.\n"
    assert guess_title(report) == "Storby kommun – Årsredovisning 2024"  # no meeting's paper: the line stays whole
    assert guess_title("Storby kommun – Protokoll\n\nInget organ nämns här.\n") == "Storby kommun – Protokoll"


def test_a_reader_title_naming_only_the_kind_gives_way() -> None:
    meta = guess_meta(MINUTES, Path("kf.docx"), ReadResult(text=MINUTES, title="PROTOKOLL"))
    assert meta.title == "Protokoll kommunfullmäktige 2025-04-28" and meta.doc_type == "minutes"
    told = guess_meta(MINUTES, Path("kf.docx"), ReadResult(text=MINUTES, title="Protokoll från kommunfullmäktige"))
    assert told.title == "Protokoll från kommunfullmäktige"


def test_other_kinds_and_lines_without_a_body_keep_their_titles() -> None:
    report = "Delårsrapport\njanuari–augusti 2025\nBehandlad av kommunfullmäktige 2025-10-22\n"
    assert guess_title(report) == "Delårsrapport januari–augusti 2025"
    press = "PRESSMEDDELANDE\nSocialnämnden redovisar ett underskott på 2 miljoner kronor\n"
    assert guess_title(press) == "Socialnämnden redovisar ett underskott på 2 miljoner kronor"


LETTERHEAD = """Storby kommun
Kommunstyrelsen
PROTOKOLL
2024-10-01

§ 169 Delårsrapport januari–augusti 2024
"""


def test_a_body_in_the_letterhead_above_the_kind_line_titles_it() -> None:
    assert guess_title(LETTERHEAD) == "Protokoll kommunstyrelsen 2024-10-01"


MUNICIPALITY_HEAD = """# Storby kommun

Omsorgsnämnden – Sammanträdesprotokoll 2025-02-19

Plats: Kommunhuset, kl. 13.00–16.10

## § 8 Godkännande av dagordning
"""


def test_a_heading_naming_only_the_municipality_is_a_letterhead() -> None:
    meta = guess_meta(MUNICIPALITY_HEAD, Path("on.docx"), ReadResult(text=MUNICIPALITY_HEAD, title="Storby kommun"))
    assert meta.title == "Omsorgsnämnden – Sammanträdesprotokoll 2025-02-19"
    banner = "# Storby kommun\nSAMMANTRÄDESPROTOKOLL\nKommunstyrelsen\n\nSammanträdesdatum: 2025-03-11\n"
    told = guess_meta(banner, Path("ks.docx"), ReadResult(text=banner, title="Storby kommun"))
    assert told.title == "Sammanträdesprotokoll kommunstyrelsen 2025-03-11"
    assert guess_title("# Storby kommun – nyheter\n\nKommunen bygger en skola.\n") == "Storby kommun – nyheter"
