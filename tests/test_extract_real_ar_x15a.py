"""Classes found on the Arabic parts of real-blind11, real-blind10, real-blind9 and real-blind8 once released
(extract15a, 3 Dec, seventeenth shift; texts kept outside the repository), as the team's own examples: invented
sentences, never an article's words."""
from __future__ import annotations

import datetime as dt

from extracted import Extracted

from incidents.extract.dates import find_dates
from incidents.extract.text import tokenize

PUBLISHED = dt.date(2022, 5, 12)  # a Thursday
EXTRACTED = Extracted(PUBLISHED)


def _dates(text: str) -> list[tuple[dt.date, str]]:
    return [(w.date, w.text) for w in find_dates(tokenize(text), PUBLISHED)]


def test_arabic_days_ago_count_back_from_the_report():
    """"قبل يومين", "قبل أربعة أيام", "قبل أسبوع": a day counted back from the report's own day, as "two days ago" is
    in English; "قبل أيام" (no figure) tells no day, "قبل يومين من X" counts from another event, and "منذ N أيام" is
    as often "for N days" (a running event) as "N days ago": no day."""
    assert _dates("وأصيب مزارع قبل يومين بانفجار لغم.") == [(dt.date(2022, 5, 10), "قبل يومين")]
    assert _dates("وقبل أربعة أيام، استهدفت مسيرة سيارة.") == [(dt.date(2022, 5, 8), "وقبل أربعة أيام")]
    assert _dates("ولم تتوقف الاشتباكات منذ أربعة أيام.") == []
    assert [w for w, _ in _dates("وكان القصف قد طال البلدة قبل أسبوع.")] == [dt.date(2022, 5, 5)]
    assert [w for w, _ in _dates("وقبل 9 أيام انفجرت عبوة.")] == [dt.date(2022, 5, 3)]
    assert _dates("وقبل أيام انفجرت عبوة في السوق.") == []
    assert _dates("وصل الرتل قبل يومين من الهجوم.") == []
    assert _dates("أطلق النار من قبل مسلحين مجهولين.") == []


def test_a_village_struck_days_ago_gets_that_day(gaz):
    """A report of today's strikes that adds another village struck "قبل يومين": that incident is dated two days
    back, the others stay today's."""
    text = ("قتل ثلاثة مدنيين اليوم الخميس بقصف مدفعي على بلدة كفرنبل.\n"
            "وطال قصف مماثل قرية حزارين قبل يومين، ما أدى إلى إصابة طفل.")
    assert EXTRACTED.fields(text, gaz, "place_text", "event_date") == [
        ("كفرنبل", dt.date(2022, 5, 12)), ("حزارين", dt.date(2022, 5, 10))]
