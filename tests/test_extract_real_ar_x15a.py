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


def test_the_number_of_the_dead_is_its_figure(gaz):
    """"ارتفع عدد ضحايا الانفجار إلى تسعة", "بلغ عدد الجرحى 14": after "عدد" a noun of the dead or wounded is "the
    number of" them, a toll, not the vague "عدد من" ("a number of"); another figure of that kind in the sentence (a
    part, another source's toll) is no one more."""
    text = ("انفجرت سيارة مفخخة في مدينة الباب صباح اليوم.\n"
            "وارتفع عدد ضحايا الانفجار إلى تسعة مدنيين بينهم طفلان.")
    assert EXTRACTED.found(text, gaz) == [("الباب", 9, None)]
    text = "وقال مصدر طبي إن عدد جرحى القصف على بلدة كفرنبل بلغ 14 شخصاً، وهم 9 مدنيين و5 مقاتلين."
    assert EXTRACTED.found(text, gaz) == [("كفرنبل", None, 14)]
    text = "سقطت قذائف على بلدة كفرنبل وأسفرت عن إصابة عدد من المدنيين، ولم يعرف عدد القتلى بعد."
    assert EXTRACTED.found(text, gaz) == [("كفرنبل", None, None)]


def test_the_nth_of_the_month_is_a_day_not_a_figure(gaz):
    """"في الـ/8/ من الشهر الجاري", "في السابع عشر من الشهر الماضي", "في الرابع من شهر آذار": a day told as the Nth
    of this, last or a named month dates its sentence (an earlier event recalled, not today's), and its figure counts
    nobody; a day after the report's own is no date."""
    assert _dates("وفي الـ/8/ من الشهر الجاري، انفجر لغم.") == [(dt.date(2022, 5, 8), "الـ / 8 / من الشهر الجاري")]
    assert [w for w, _ in _dates("وفي السابع عشر من الشهر الماضي قصفت الطائرات البلدة.")] == [dt.date(2022, 4, 17)]
    assert [w for w, _ in _dates("وفي الثاني والعشرين من الشهر الماضي قصفت الطائرات البلدة.")] == [dt.date(2022, 4, 22)]
    assert [w for w, _ in _dates("وفي الرابع من شهر آذار قصفت الطائرات البلدة.")] == [dt.date(2022, 3, 4)]
    assert _dates("ومن المقرر أن يعقد الاجتماع في العشرين من الشهر الجاري.") == []
    text = ("أصيب طفلان اليوم الخميس بقصف مدفعي على بلدة كفرنبل.\n"
            "وفي الـ9 من الشهر الجاري قتل نازح بقصف مماثل على قرية حزارين.")
    assert EXTRACTED.fields(text, gaz, "place_text", "killed", "wounded", "event_date") == [
        ("كفرنبل", None, 2, dt.date(2022, 5, 12)), ("حزارين", 1, None, dt.date(2022, 5, 9))]


def test_the_day_before_yesterday_after_and():
    """"وأول أمس" (and the day before yesterday) is two days back, as "أول أمس" is, not yesterday."""
    assert [w for w, _ in _dates("وأول أمس قتل شاب برصاص مجهولين.")] == [dt.date(2022, 5, 10)]
    assert [w for w, _ in _dates("وأول من أمس قتل شاب برصاص مجهولين.")] == [dt.date(2022, 5, 10)]
