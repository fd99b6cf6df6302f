"""A report's dateline ("ALEPPO, 14 March 2017 - ...", "إدلب - 3 تشرين الثاني 2026: ...") and the date it states as its
own: where a dateline ends among a sentence's first words, the day the extractor reads its weekdays and "yesterday"
from, and the Ingest page's default for the publication date (a report of 2017 pasted today put its "yesterday" in the
current year, journey16). One reading of the dateline serves both, so the date proposed is the one extraction uses."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .dates import find_dates, stated_dates
from .roles import DASHES, comma_dateline_end
from .text import Sentence, Token, clean_text, sentences

DATELINE_SENTENCES = 3  # a dateline opens one of a report's first sentences (after a headline, a byline)
DATELINE_TOKENS = 12  # its last dash stands among the sentence's first words
FIRST_LINES = 5  # a headline, a source line, a dateline, a byline come before the body
SHORT_LINE = 80  # characters: a line this short is the report's furniture (a date line), not a sentence of its body


@dataclass(frozen=True)
class Dateline:
    """The date a report states as its own, and the line (stripped) that states it."""

    day: dt.date
    line: str


def dateline_end(tokens: list[Token]) -> int:
    """Where a dateline ends among a sentence's first words, -1 if it has none: at its last dash ("DARAA, June 10 –",
    "حلب - ... -"), or at the colon that closes a day written after its dash ("إدلب - 3 تشرين الثاني 2026:") or after
    the place's comma ("Idlib, 1 December 2026:")."""
    dashes = [i for i, t in enumerate(tokens[:DATELINE_TOKENS]) if t.text in DASHES or t.text == "-"]
    if not dashes:
        return comma_dateline_end(tokens)
    colon = next((i for i in range(dashes[0] + 1, min(dashes[0] + 8, len(tokens))) if tokens[i].text == ":"), None)
    return dashes[-1] if colon is None else colon


def dateline_day(every: list[Sentence], published: dt.date) -> dt.date | None:
    """The day the dateline of a report's first sentences gives (written with its digits; a year left out is read
    from `published`): the report's own date, whatever day it was pasted or published."""
    sentence, end = _dateline(every)
    if sentence is None:
        return None
    told = [w for w in find_dates(sentence.tokens[:end], published) if w.precision == "day" and any(c.isdigit() for c in w.text)]
    return told[0].date if told else None


def own_date(text: str) -> Dateline | None:
    """The date a report states as its own, with its year: its dateline's (`dateline_end`, as the extractor reads it),
    else the latest date in the first short line among its first lines that writes one ("Published 2015-11-21",
    "تاريخ النشر: ٢١ نوفمبر ٢٠١٥"); None when neither does (the body's dates are the events', not the report's)."""
    cleaned = clean_text(text)
    sentence, end = _dateline(sentences(cleaned.text))
    if sentence is not None and (days := stated_dates(sentence.text[: sentence.tokens[end].start])):
        at = cleaned.original(sentence.offset)
        return Dateline(days[0], text[text.rfind("\n", 0, at) + 1 :].split("\n", 1)[0].strip())
    lines = [line.strip() for line in text.splitlines() if line.strip()][:FIRST_LINES]
    return next((Dateline(max(days), line) for line in lines if len(line) <= SHORT_LINE and (days := stated_dates(line))), None)


def _dateline(every: list[Sentence]) -> tuple[Sentence | None, int]:
    """The first of a report's first sentences that opens with a dateline, and where the dateline ends."""
    for sentence in every[:DATELINE_SENTENCES]:
        end = dateline_end(sentence.tokens)
        if end >= 0:
            return sentence, end
    return None, -1
