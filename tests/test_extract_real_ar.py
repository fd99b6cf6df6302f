"""Classes found by studying real Arabic news reports (extract7c), as the team's own examples: invented sentences in
the manner of the outlets, never an article's words."""
from __future__ import annotations

import datetime as dt

from incidents.extract import extract

PUBLISHED = dt.date(2023, 5, 8)


def _found(text: str, gaz) -> list[tuple]:
    return [(i.place_text, i.killed, i.wounded) for i in extract(text, PUBLISHED, gazetteer=gaz)]


def test_a_month_said_to_be_past_or_early_this_month_tells_an_earlier_event(gaz):
    lead = "قتل رجل برصاص مسلحين مجهولين في بلدة نوى صباح اليوم الاثنين."
    for recall in ("وكان قتل سبعة مدنيين بانفجار عبوة في سوق مدينة نوى، في شهر آذار الماضي.",
                   "وقتل ثلاثة عناصر في بلدة الشجرة خلال شهر نيسان/أبريل الماضي.",
                   "وسبق أن قتل طفلان بقذيفة على بلدة الشجرة، مطلع شهر أيار الجاري."):
        assert _found(lead + "\n" + recall, gaz) == [("نوى", 1, None)]


def test_a_month_tally_of_a_governorate_gives_no_figure_to_the_town_of_the_day(gaz):
    text = ("قتل شاب برصاص مجهولين في بلدة تسيل صباح اليوم.\nولم تتوقف الاغتيالات في درعا منذ سنوات، وأسفرت عمليات الاغتيال في درعا عن مقتل 30 شخصا "
            "وإصابة 12 بجروح، ونجاة 5 من محاولات الاغتيال، خلال شهر نيسان الماضي.")
    assert _found(text, gaz) == [("تسيل", 1, None)]


def test_a_counted_person_before_the_verb_that_tells_them_killed_is_counted(gaz):
    assert _found("وقالت مصادر محلية إن عنصراً من الشرطة المحلية قُتل بهجوم لمجهولين في بلدة الشحيل اليوم.", gaz) == [
        ("الشحيل", 1, None)]
    assert _found("وذكر المرصد أن قيادياً من التنظيم من جنسية أجنبية قتل في قرية الشحيل خلال الاشتباكات.", gaz) == [
        ("الشحيل", 1, None)]


def test_killed_and_wounded_another_is_one_and_one_not_a_joint_figure(gaz):
    assert _found("وأفادت الشبكة أن مقاتلاً من الفصيل قتل وجرح آخر بقذيفة على بلدة مركدة اليوم.", gaz) == [
        ("مركدة", 1, 1)]
    assert _found("قتل وجرح 5 أشخاص بقصف على بلدة مركدة اليوم.", gaz) == [("مركدة", None, None)]


def test_a_companion_told_wounded_is_one(gaz):
    text = "أطلق مسلحون النار على شابين قرب بلدة تسيل مساء اليوم، ما أدى إلى مقتل أحدهما وإصابة صديقه بجروح."
    assert _found(text, gaz) == [("تسيل", 1, 1)]
