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


def test_a_quarter_in_the_centre_of_or_inside_a_city_is_located_by_it(gaz):
    """"وسط مدينة Y", "داخل مدينة Y" place the quarter told before them as "في مدينة Y" does: one incident, in Y."""
    assert _placed("سقطت قذائف على حي الزهراء وسط مدينة حمص اليوم.", gaz) == [("الزهراء", "SY04")]
    assert _placed("قصفت الفصائل حي الزهراء داخل مدينة حمص.", gaz) == [("الزهراء", "SY04")]
    assert _placed("سقطت قذائف على حي الخزامى وسط مدينة حمص اليوم.", gaz) == [("الخزامى", "SY04")]


def test_the_leads_city_is_the_frame_of_the_quarters_the_body_names_for_its_toll(gaz):
    """The lead's "مدينة حلب" and the body's quarters the gazetteer lacks, with the same toll: one event, in the
    quarters (the toll on the first); a quarter hit by another, harmless shell leaves the city its dead."""
    text = ("قتل مدني وجرح عشرة آخرون بقذائف صاروخية على مدينة حلب ليل أمس.\n"
            "وسقطت القذائف على أحياء \"الخزامى والسنديان والزيزفون\" ليل أمس، ما أسفر عن مقتل مدني وجرح عشرة آخرين.")
    assert EXTRACTED.found(text, gaz) == [("الخزامى", 1, 10), ("السنديان", None, None), ("الزيزفون", None, None)]
    text = "قتل مدني بقذائف على مدينة حلب اليوم.\nوسقطت قذائف أخرى على حي الخزامى دون إصابات."
    assert EXTRACTED.found(text, gaz) == [("حلب", 1, None), ("الخزامى", None, None)]
    text = ("قتل مدنيان وجرح ثلاثون آخرون بقذائف على مدينة حلب اليوم.\n"
            "وسقطت القذائف على حي الخزامى ما أسفر عن مقتل مدنيين اثنين وجرح 17 آخرين.")
    assert EXTRACTED.found(text, gaz)[0] == ("حلب", 2, 30)  # other figures than the quarter's: the city keeps its own


def test_counting_forms_of_real_reports(gaz):
    """The article joined to digits by a tatweel ("الـ30 قتيلاً"), "one and sixty" opened by إحدى/أحد, and ضحية (the
    singular a number from eleven on counts; ضحيتان counts two by itself) are tolls of the dead."""
    found = EXTRACTED.found
    assert found("شنت طائرات التحالف غارات على مدينة البوكمال، ما أسفر عن سقوط حوالي الـ30 قتيلاً.", gaz) == [
        ("البوكمال", 30, None)]
    assert found("أسفر الهجوم على بلدة السخنة عن سقوط إحدى وستين ضحية من المدنيين.", gaz) == [("السخنة", 61, None)]
    assert found("أسفر الهجوم على بلدة السخنة عن مقتل أحد وعشرين مدنياً.", gaz) == [("السخنة", 21, None)]
    assert found("سقطت قذيفة على بلدة السخنة وخلفت ضحيتين.", gaz) == [("السخنة", 2, None)]


def test_the_government_of_damascus_is_the_state_not_the_city(gaz):
    """"قوات حكومة دمشق" (as "the Damascus government forces"): who the soldiers are, not where they were killed."""
    text = "قتل سبعة عناصر من قوات حكومة دمشق بهجوم على حاجز قرب بلدة السخنة."
    assert EXTRACTED.found(text, gaz) == [("السخنة", 7, None)]


def test_a_designated_quarter_is_the_quarter_of_the_town_its_sentence_names(gaz):
    """"حي الزهراء ومناطق أخرى في مدينة حمص": the town frames the quarter (Homs's al-Zahraa, not Aleppo's village
    beside an incident in Homs)."""
    assert _placed("سقطت قذائف على حي الزهراء ومناطق أخرى في مدينة حمص.", gaz) == [("الزهراء", "SY04")]
    assert _placed("حمص: قتلى بقصف على الوعر.. والمعارضة ترد بقصف حي الزهراء", gaz) == [
        ("الوعر", "SY04"), ("الزهراء", "SY04")]
