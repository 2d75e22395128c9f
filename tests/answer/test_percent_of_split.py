"""A figure of one year in per cent of another thing's figure of another year ("underskottet 2020 i procent av
kommunbidraget 2021"), often of two documents: each asked as a question of its own, as "i förhållande till" is, so the
share is computed from both answers. A measure in per cent of a whole of its own year stays one question (the
calculator's share, or a rate the documents state)."""
from __future__ import annotations

from assistant.understand.parts import compared


def test_two_figures_each_of_a_year_of_its_own_are_asked_each() -> None:
    assert compared("Hur stor är socialförvaltningens prognostiserade underskott 2020 i procent av socialnämndens "
                    "kommunbidrag 2021 i S-budgeten?") == [
        "Hur stor är socialförvaltningens prognostiserade underskott 2020?",
        "Hur stor är socialnämndens kommunbidrag 2021 i S-budgeten?"]


def test_a_measure_in_per_cent_of_its_whole_is_one_question() -> None:
    assert compared("Hur stort är årets resultat i procent av skatteintäkter och generella statsbidrag 2025?") == []
