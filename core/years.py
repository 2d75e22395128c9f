"""Years and periods as people write them in questions and municipal prose: one definition for every module.

A year is a stand-alone four-digit number 1950-2099: not part of a longer number or a decimal ("1,2021"), not a
decade ("2020-talet"), and followed freely by punctuation ("Under 2021, ...", "2021.", "2021-2023").
"""
from __future__ import annotations

import re

YEAR = re.compile(r"(?<![\d,.])((?:19[5-9]|20\d)\d)(?!\d|[,.]\d|-tal)")
PERIOD = re.compile(r"(?<![\d,.])((?:19|20)\d\d)\s*[-–—]\s*((?:19|20)\d\d)(?!\d|[,.]\d)")
# a year said relative to the document's or the asker's own ("förra året" in a press release from 2020 is 2019)
RELATIVE_YEARS = ((r"\bförra året\b|\bi fjol\b|\bföregående år\b|\blast year\b", -1),
                  (r"\bi år\b|\bdetta år\b|\bthis year\b", 0),
                  (r"\bnästa år\b|\bkommande år\b|\bnext year\b", 1))
MONTHS_SV = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
             "november", "december")
MONTHS_EN = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
             "november", "december")
# a date written "2025-04-28" (year, month, day groups) or "28 april 2025" (day, month name, year groups)
ISO_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?!\d)")
SV_DATE = re.compile(r"\b(\d{1,2}) (" + "|".join(MONTHS_SV) + r") ((?:19|20)\d{2})\b", re.IGNORECASE)
# a year written as part of a date, in a question's words: "31 dec 2024", "den 31 december 2024", "December 31,
# 2024", "2024-12-31" (a month is known by its first three letters, so "dec." and "sept" are months too)
_MONTH = r"(?:" + "|".join(sorted({m[:3] for m in MONTHS_SV + MONTHS_EN})) + r")[a-zé]*\.?"
DATED_YEAR = re.compile(r"(?:\b(?:den|per|the)\s+)?(?:(?:\b\d{1,2}(?::?e|st|nd|rd|th)?\s+" + _MONTH + r"|\b" + _MONTH +
                        r"\s+\d{1,2}(?:st|nd|rd|th)?,?)\s+((?:19|20)\d{2})\b|" + ISO_DATE.pattern + ")", re.IGNORECASE)


def years_in(text: str) -> tuple[int, ...]:
    """The years a text names, in order of first mention, each once."""
    return tuple(dict.fromkeys(int(y) for y in YEAR.findall(text)))


def year_of_date(date: str | None) -> int | None:
    """The year of an ISO date ("2020-05-18" -> 2020); None without one."""
    return int(date[:4]) if date and date[:4].isdigit() else None
