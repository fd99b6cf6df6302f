"""Classes found on a fresh batch of real Arabic reports (extract11a, 2 Dec, md5 8-f half A, annotated before any run;
texts kept outside the repository) and on real-blind8's Arabic part once released, as the team's own examples:
invented sentences, never an article's words."""
from __future__ import annotations

import datetime as dt

from extracted import Extracted

PUBLISHED = dt.date(2020, 5, 4)
EXTRACTED = Extracted(PUBLISHED)
_placed = EXTRACTED.placed


def test_a_village_name_found_in_other_governorates_is_the_report_areas_unknown_one(gaz):
    """Villages called المنصورة lie in Raqqa and Rural Damascus; in a report on Aleppo's countryside the one shelled is
    Aleppo's (unknown to the gazetteer), not the first namesake found."""
    text = "قتل مدني بقصف على مدينة حلب اليوم. وقصفت قوات النظام قرية المنصورة بالمدفعية."
    assert _placed(text, gaz) == [("حلب", "SY02"), ("المنصورة", "SY02")]
    text = "قتل رجل بقصف على مدينة إدلب صباح اليوم. وسقطت قذائف على بلدة المنصورة."
    assert ("المنصورة", "SY07") in _placed(text, gaz)


def test_a_district_towns_name_still_answers_in_a_report_on_another_governorate(gaz):
    """A famous town must answer: الميادين heads a district, so its name is the town the reader knows."""
    text = "قتل مدني بقصف على مدينة حلب اليوم. وشنت الطائرات غارات على مدينة الميادين."
    assert ("الميادين", "SY09") in _placed(text, gaz)


def test_a_quarter_the_text_designates_is_the_quarter_of_the_reports_city(gaz):
    """"حي الزهراء" in a report on Homs is the Homs quarter, not the village of that name near Aleppo."""
    text = "قتل خمسة أشخاص بقصف على مدينة حمص اليوم. وسقطت القذائف على حي الزهراء."
    assert ("الزهراء", "SY04") in _placed(text, gaz)
    text = "سقطت قذائف على حي الزهراء في مدينة حمص اليوم."
    assert _placed(text, gaz) == [("الزهراء", "SY04")]
