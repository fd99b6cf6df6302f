"""The date a report states as its own: its dateline ("Hama – Tuesday 9 May 2017", "DAMASCUS, 2 June 2016 (agency)
– ...") or a date line among its first lines. It is the default for the report's publication date, which relative
dates ("yesterday", "on Sunday") are read from: a report of 2017 pasted today put its "yesterday" in the current
year (journey16). A report that states no date of its own (or only one without its year) gives None: the user
chooses."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from incidents.extract.dates import stated_dates

FIRST_LINES = 5  # a headline, a source line, a dateline, a byline come before the body
SHORT_LINE = 80  # characters: a line this short is the report's furniture (a dateline), not a sentence of its body
DASH = re.compile(r"\s[-–—]\s")  # a wire's dateline opens its first paragraph: "X – ...", "X – DAY – ..."


@dataclass(frozen=True)
class Dateline:
    """The date a report states as its own, and the line (stripped) that states it."""

    day: dt.date
    line: str


def own_date(text: str) -> Dateline | None:
    """The latest date with its year (`stated_dates`' forms) in the first short line among the report's first lines
    that writes one, or in the opening before a dash of a longer one (the first dash after which the opening has a
    date: "Homs – Saturday 21 November 2015 – ..."); None when none does (the body's dates are the events', not the
    report's)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()][:FIRST_LINES]
    for line in lines:
        openings = [line] if len(line) <= SHORT_LINE else [line[: m.start()] for m in DASH.finditer(line, 1, SHORT_LINE + 3)]
        days = next((found for opening in openings if (found := stated_dates(opening))), [])
        if days:
            return Dateline(max(days), line)
    return None
