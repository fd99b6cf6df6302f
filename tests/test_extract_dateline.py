"""own_date: the date a report states as its own (a dateline, a date line among its first lines), proposed as its
publication date; None when it states none, or only the events' dates in its body. Its dateline is the one the extractor
reads its relative dates from (dateline_day)."""
from __future__ import annotations

import datetime as dt

import pytest

from incidents.extract.dateline import dateline_day, own_date
from incidents.extract.text import sentences

BODY = ("Government helicopters dropped barrel bombs on two villages of the countryside on Sunday, killing a man and "
        "his son, a local council said, a day after a ceasefire was announced on 2 April 2016 by both sides.")


@pytest.mark.parametrize("text, day", [
    ("Strikes hit the western countryside\n\nLocal network – Saturday 4 June 2016\n\n" + BODY, dt.date(2016, 6, 4)),
    ("Homs, 21 November 2015 (wire) - " + BODY, dt.date(2015, 11, 21)),
    ("HOMS, November 21, 2015 (wire) — " + BODY, dt.date(2015, 11, 21)),
    ("قصف على ريف حمص الشمالي\n\nحمص – السبت 21 تشرين الثاني 2015\n\n" + BODY, dt.date(2015, 11, 21)),
    ("تاريخ النشر: ٢١ نوفمبر ٢٠١٥\n" + BODY, dt.date(2015, 11, 21)),
    ("Published 2015-11-21 08:40 GMT, updated 2015-11-22 10:05 GMT\n" + BODY, dt.date(2015, 11, 22)),
    # a dateline closed by a second dash ("PLACE – DAY –"), as the extractor reads it (report's dateline_end)
    ("Homs – Saturday 21 November 2015 – " + BODY, dt.date(2015, 11, 21)),
    ("حمص – السبت 21 تشرين الثاني 2015 - " + BODY, dt.date(2015, 11, 21)),
    # a dated headline above the dateline: the dateline's day, the one the extractor reads "on Sunday" from
    ("Shelling of Talbiseh on 3 March 2012 recalled\n\nHOMS, 21 November 2015 (wire) – " + BODY, dt.date(2015, 11, 21)),
])
def test_a_reports_own_date_is_its_dateline(text, day):
    found = own_date(text)
    assert found is not None and found.day == day
    assert found.line in text and "\n" not in found.line


@pytest.mark.parametrize("text", [
    BODY,  # a date in the body is an event's, however early
    "Strikes hit the western countryside\n\n" + BODY,
    "HOMS, Nov. 21 (wire) – " + BODY,  # a dateline without its year: which year is not said
    "One\nTwo\nThree\nFour\nFive\nHoms – 21 November 2015\n" + BODY,  # past the report's first lines
    # dashes around an aside in the body's first sentence open no dateline: its day is the event's
    "Seven people – among them three children – were killed on 21 November 2015 – the council said – in " + BODY,
    "",
])
def test_a_report_stating_no_date_of_its_own_gives_none(text):
    assert own_date(text) is None


@pytest.mark.parametrize("text", [
    "Homs, 21 November 2015 (wire) - " + BODY,
    "Homs – Saturday 21 November 2015 – " + BODY,
    "Strikes on the countryside\n\nحمص – السبت 21 تشرين الثاني 2015 - " + BODY,
    "Shelling of Talbiseh on 3 March 2012 recalled\n\nHOMS, 21 November 2015 (wire) – " + BODY,
])
def test_the_date_proposed_is_the_one_extraction_reads(text):
    assert own_date(text).day == dateline_day(sentences(text), dt.date(2026, 12, 3))
