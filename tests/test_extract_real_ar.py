"""Classes found by studying real Arabic news reports (extract7c), as the team's own examples: invented sentences in
the manner of the outlets, never an article's words."""
from __future__ import annotations

import datetime as dt

from incidents.extract import extract

from extracted import Extracted

PUBLISHED = dt.date(2023, 5, 8)
EXTRACTED = Extracted(PUBLISHED)
_found = EXTRACTED.found


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


def test_where_the_victims_come_from_is_no_incident(gaz):
    text = "قتل ستة مدنيين من النازحين من مدينة حلب بغارة على سوق بلدة الصور بريف دير الزور اليوم."
    assert [(i.place_text, i.killed) for i in extract(text, PUBLISHED, gazetteer=gaz)] == [("الصور", 6)]
    text = "انفجرت عبوة في حي يسكنه مهجرو حمص وسط مدينة عفرين اليوم، ما أدى إلى مقتل شخصين."
    assert "حمص" not in {i.place_text for i in extract(text, PUBLISHED, gazetteer=gaz)}


def test_towns_a_firing_force_is_stationed_in_are_no_incidents(gaz):
    text = ("قتل أربعة مدنيين بقصف مدفعي لقوات النظام المتمركزة في \"حاجز الصوامع\" قرب بلدة طيبة الإمام على أراض "
            "زراعية بمحيط قرية لحايا اليوم.")
    assert [(i.place_text, i.killed) for i in extract(text, PUBLISHED, gazetteer=gaz)] == [("لحايا", 4)]
    text = "واستهدفت قوات النظام المتمركزة في مدينتي حلفايا وصوران بلدة اللطامنة بعشرات القذائف اليوم."
    assert [i.place_text for i in extract(text, PUBLISHED, gazetteer=gaz)] == ["اللطامنة"]


def test_adjectives_of_quarters_and_the_capital_are_no_places(gaz):
    text = "سقطت قذائف هاون على أحياء متفرقة في العاصمة دمشق اليوم، وقتل ثلاثة أشخاص بقذيفة على حي مسيحي وسط المدينة."
    assert {i.place_text for i in extract(text, PUBLISHED, gazetteer=gaz)} <= {"دمشق"}


def test_a_weekday_said_to_be_past_in_a_report_of_that_weekday_is_a_week_before(gaz):
    monday = dt.date(2023, 5, 8)
    got = extract("وقتل شخصان بقذيفة على بلدة الشحيل يوم الاثنين الماضي.", monday, gazetteer=gaz)
    assert [(i.place_text, i.event_date) for i in got] == [("الشحيل", dt.date(2023, 5, 1))]


def test_the_places_an_area_stretches_through_are_no_incidents(gaz):
    text = ("هاجم عناصر التنظيم حاجزاً لقوات النظام قرب مدينة السخنة اليوم.\nويسيطر التنظيم على مناطق وعرة وتمتد من بادية "
            "السويداء مروراً بباديتي حماة وحمص ووصولاً إلى أطراف الرقة وديرالزور.")
    assert {i.place_text for i in extract(text, PUBLISHED, gazetteer=gaz)} == {"السخنة"}


def test_a_casualty_verb_after_a_comma_ends_a_list_of_quarters(gaz):
    text = "سقطت قذائف على أحياء دمشق، أصيب ثلاثة أشخاص بجروح إثر سقوط إحداها في حي باب توما اليوم."
    assert "أصيب" not in {i.place_text for i in extract(text, PUBLISHED, gazetteer=gaz)}


def test_the_town_or_subdistrict_a_village_belongs_to_is_no_incident(gaz):
    text = "قتل عنصران من الأسايش في قرية القيروان التابعة لبلدة تل حميس في ريف الحسكة اليوم."
    assert [(i.place_text, i.killed) for i in extract(text, PUBLISHED, gazetteer=gaz)] == [("القيروان", 2)]
    text = "اندلعت اشتباكات في قرية القيروان بناحية تل حميس في ريف الحسكة اليوم."
    assert [i.place_text for i in extract(text, PUBLISHED, gazetteer=gaz)] == ["القيروان"]


def test_participles_and_amid_after_villages_are_no_names(gaz):
    text = "قصفت المدفعية قرى واقعة على خطوط التماس بريف بلدة تل تمر، وقرى تابعة للبلدة، اليوم."
    assert not {i.place_text for i in extract(text, PUBLISHED, gazetteer=gaz)} & {"واقعة", "تابعة"}
    text = "قتل عنصران بقصف طال قرى تل تمر وسط حركة نزوح اليوم."
    assert not {i.place_text for i in extract(text, PUBLISHED, gazetteer=gaz)} & {"سط", "وسط"}


def test_killed_and_others_wounded_are_two_figures_the_killed_told_before_their_verb(gaz):
    text = "وقالت مصادر محلية إن 9 عناصر من قوات النظام بينهم ضابطان قتلوا وأصيب 14 آخرون بكمين قرب مدينة تدمر اليوم."
    assert _found(text, gaz) == [("تدمر", 9, 14)]


def test_the_last_week_is_background_and_a_surveillance_flight_is_no_strike(gaz):
    text = ("قتل ثلاثة مدنيين بغارة على بلدة كفرجوم اليوم.\nوشن الطيران عشرات الغارات على ريف حلب الغربي خلال الأسبوع "
            "الأخير، وسط قصف صاروخي يستهدف المنطقة الغربية من مدينة حلب.")
    assert [i.place_text for i in extract(text, PUBLISHED, gazetteer=gaz)] == ["كفرجوم"]
    text = "قتل عنصران بانفجار عبوة قرب بلدة ذيبان اليوم.\nوفي الأثناء، حلق طيران الاستطلاع فوق مدينة المالكية."
    assert [i.place_text for i in extract(text, PUBLISHED, gazetteer=gaz)] == ["ذيبان"]


def test_a_school_named_like_a_town_is_no_town(gaz):
    text = "قتل أربعة مدنيين بغارات على مدينة البوكمال اليوم، استهدفت موقعاً قرب مركز البريد ومدرسة الثورة."
    assert [(i.place_text, i.killed) for i in extract(text, PUBLISHED, gazetteer=gaz)] == [("البوكمال", 4)]
