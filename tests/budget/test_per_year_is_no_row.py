""""per år" says the period a figure is given for ("genomsnittliga resultat per år"): neither its "per" names a row
measured per something ("Årets resultat, kr per invånare") nor its "år" a row of an age ("Invånare 80 år och
äldre")."""
from __future__ import annotations

from assistant.budget.matching import Lexicon, match_rows, per_year
from assistant.budget.tables import parse_tables
from core.types import DocumentMeta, LoadedDocument

TEXT = ("Fem år i sammandrag\n"
        "                                        2021      2022      2023\n"
        "Årets resultat, mnkr                    52,3      35,8      23,4\n"
        "Årets resultat, kr per invånare        3 117     2 125     1 384\n"
        "Invånare 80 år och äldre (antal)       1 210     1 254     1 301\n\n\n"
        "Resultaträkning (mnkr)\n"
        "                                        2022      2023\n"
        "Skatteintäkter                         395,6     412,8\n"
        "Årets resultat                          35,8      23,4\n")


def test_per_year_names_no_row() -> None:
    assert per_year(["resultat", "per", "år", "2021"]) == [1, 2]
    doc = LoadedDocument(path="a.txt", text=TEXT, sha256="0" * 64, meta=DocumentMeta(title="Årsredovisning"))
    lexicon = Lexicon.build(tuple(parse_tables(doc)))
    found = [m.label for m in match_rows("vad var det genomsnittliga resultatet per år 2021-2023?", lexicon)]
    assert found == ["Årets resultat"]
    per_head = [m.label for m in match_rows("vad var resultatet per invånare 2023?", lexicon)]
    assert per_head == ["Årets resultat, kr per invånare"]
