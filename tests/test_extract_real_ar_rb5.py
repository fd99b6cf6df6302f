"""Classes found by studying real-blind5's Arabic reports (extract8a, no longer blind from 2 Dec 04:30), as the
team's own examples: invented sentences in the manner of the outlets, never an article's words."""
from __future__ import annotations

import datetime as dt

from incidents.extract import extract

from extracted import Extracted

PUBLISHED = dt.date(2021, 3, 9)
EXTRACTED = Extracted(PUBLISHED)
_found = EXTRACTED.found
_kinds = EXTRACTED.kinds


def test_a_proclitic_on_in_opens_a_place_as_in_does(gaz):
    assert _found("وفي سراقب قتل رجلان بقصف مدفعي صباح اليوم.", gaz) == [("سراقب", 2, None)]
    assert _found("ففي سراقب قتل رجلان بقصف مدفعي صباح اليوم.", gaz) == [("سراقب", 2, None)]


def test_names_in_brackets_after_a_designator_are_its_list(gaz):
    found = [p for p, _, _ in _found("وتعرضت قريتا (كفرنبل، وحاس) لقصف مدفعي اليوم، دون إصابات.", gaz)]
    assert found == ["كفرنبل", "حاس"]
    assert [p for p, _, _ in _found("وشن الطيران غارات على بلدتي (معرتحرمة، والتمانعة) صباح اليوم.", gaz)] == [
        "معرتحرمة", "التمانعة"]


def test_a_correspondent_relaying_news_is_no_carrying_of_the_wounded(gaz):
    assert _found("ونقل مراسلنا، أن مدينة «سراقب» تعرضت لقصف أدى إلى مقتل امرأة.", gaz) == [("سراقب", 1, None)]
    assert _found("وأصيب رجلان بقصف على بلدة حاس، ونقلا إلى مشفى في مدينة سراقب.", gaz) == [("حاس", None, 2)]


def test_a_similar_bombardment_is_of_the_kind_told_before(gaz):
    text = "شنت طائرات حربية غارات على مدينة سراقب صباح اليوم.\nوتعرضت بلدة حاس بدورها لقصف مماثل، دون إصابات."
    assert _kinds(text, gaz) == [("سراقب", "Air/drone strike"), ("حاس", "Air/drone strike")]


def test_a_definite_person_noun_before_a_name_in_quotes_counts_one(gaz):
    assert _found("وجاء ذلك بعد ساعات من مقتل الشاب «سامر العلي» برصاص مجهولين في مدينة نوى.", gaz) == [("نوى", 1, None)]


def test_a_definite_dual_before_the_names_counts_two(gaz):
    assert _found("ووثق الدفاع المدني استشهاد الطفلتين «هبة» و«نور» بغارة على بلدة حاس صباح اليوم.", gaz) == [
        ("حاس", 2, None)]


def test_a_noun_and_the_number_two_after_it_counts_two(gaz):
    assert _found("وأدت غارة على مدينة سراقب إلى مقتل مسعفين اثنين وإصابة ثلاثة آخرين.", gaz) == [("سراقب", 2, 3)]


def test_a_rank_or_a_youth_killed_counts_one(gaz):
    assert _found("قتل عقيد في قوات النظام خلال اشتباكات في بلدة حاس.", gaz) == [("حاس", 1, None)]


def test_the_wound_that_killed_is_no_wounded_person(gaz):
    assert _found("قتل شاب نتيجة إصابته برصاصة طائشة في مدينة نوى مساء اليوم.", gaz) == [("نوى", 1, None)]
    assert _found("قتل شاب وأصيب آخر برصاص مجهولين في مدينة نوى.", gaz) == [("نوى", 1, 1)]


def test_the_villages_or_battalion_the_shells_came_from_are_firing_positions(gaz):
    text = "قصفت قوات النظام بالهاون والمدفعية مدينة سراقب من قريتي حاس وكفرنبل الموالية، ما أدى لمقتل رجل."
    assert _found(text, gaz) == [("سراقب", 1, None)]
    text = "وتسبب قصف مدفعي من قبل كتيبة المدفعية في بلدة تلمنس على مدينة سراقب بإصابة أربعة مدنيين."
    assert _found(text, gaz) == [("سراقب", None, 4)]


def test_as_for_opens_a_clause_of_another_place(gaz):
    text = "تتواصل الاشتباكات على جبهة سراقب، أما في البادية فقد قتل 3 عناصر من قوات النظام."
    assert _found(text, gaz) == [("سراقب", None, None)]


def test_a_quarrel_that_ends_in_gunfire_is_a_clash(gaz):
    text = "أدى خلاف عائلي في بلدة نوى إلى إطلاق النار ومقتل رجل."
    assert _kinds(text, gaz) == [("نوى", "Armed clash")]
    assert _kinds("اغتال مسلحون مجهولون رجلا في بلدة نوى.", gaz) == [("نوى", "Attack")]


def test_a_city_told_without_figures_frames_the_quarter_its_next_sentence_names(gaz):
    text = ("انفجرت عبوة ناسفة في مدينة درعا مساء اليوم.\n"
            "وقال ناشطون إن العبوة انفجرت قرب مسجد في حي السحاري وسط أنباء عن جرحى.")
    assert [p for p, _, _ in _found(text, gaz)] == ["السحاري"]
    text = ("شن الطيران غارات على مدينة سراقب اليوم.\n"
            "وتعرضت أحياء (السكري، والشعار) في مدينة حلب لغارات جوية.")
    assert "سراقب" in [p for p, _, _ in _found(text, gaz)]


def test_a_town_and_a_number_name_a_news_outlet(gaz):
    assert _found("قتل شاب برصاص مجهولين في بلدة نوى، بحسب ما أفادت شبكة «درعا 24» المحلية.", gaz) == [("نوى", 1, None)]


def test_days_ago_and_a_tally_since_a_past_weekday_are_no_event_of_the_day(gaz):
    lead = "قتل شاب برصاص مجهولين في بلدة نوى صباح اليوم."
    for other in ("وكان مجهولون قد شنوا قبل أيام هجوماً على مبنى الأمن العسكري في مدينة درعا.",
                  "وتشهد جبهات ريف درعا منذ أيام عدة اشتباكات عنيفة في بلدة طفس.",
                  "ومنذ الخميس الماضي بدأت حملة قصف على بلدة طفس، ما أسفر عن مقتل 12 شخصاً."):
        assert _found(lead + "\n" + other, gaz) == [("نوى", 1, None)], other


def test_a_bridge_is_its_towns_a_roundabout_in_another_town_is_that_towns(gaz):
    assert _found("قتل عنصران برصاص مسلحين قرب جسر نوى صباح اليوم.", gaz) == [("نوى", 2, None)]
    text = "وقتل شخص بانفجار عبوة ناسفة بسيارة قرب دوار نوى بمدينة درعا."
    assert _found(text, gaz) == [("درعا", 1, None)]


def test_where_a_road_leads_is_no_place_of_the_event(gaz):
    text = "قتل عنصران برصاص مسلحين قرب بلدة نوى، على الطريق المتجهة إلى طفس."
    assert [p for p, _, _ in _found(text, gaz)] == ["نوى"]


def test_a_rising_toll_ends_a_quarters_name_and_the_bodies_found_are_in_it(gaz):
    text = ("وقال مصدر إن إرهابياً انتحارياً فجر نفسه بسيارة مفخخة في حي غويران بمدينة الحسكة ما أدى إلى مقتل 12 شخصاً.\n"
            "وفي وقت لاحق قال المصدر إن عدد الضحايا في حي غويران ارتفع إلى 21 قتيلاً بعد انتشال جثامين تسعة من تحت الأنقاض.")
    assert [(p, k, w, t) for (p, k, w), (_, t) in zip(_found(text, gaz), _kinds(text, gaz))] == [
        ("غويران", 21, None, "Suicide bomb")]


def test_quarters_in_a_city_after_b_are_no_quarter_named(gaz):
    assert "بدمشق" not in [p for p, _, _ in _found("سقطت قذائف الهاون على عدة أحياء بدمشق اليوم.", gaz)]


def test_today_and_yesterdays_weekday_in_a_report_dated_next_morning_is_that_weekday(gaz):
    published = dt.date(2019, 11, 12)  # a Tuesday
    found = extract("قتل ستة مدنيين مساء اليوم الاثنين بانفجار سيارة مفخخة في مدينة القامشلي.", published, gazetteer=gaz)
    assert [(i.place_text, i.event_date) for i in found] == [("القامشلي", dt.date(2019, 11, 11))]


def test_an_archive_photos_caption_tells_no_event(gaz):
    text = ("قتل ثلاثة عناصر بقصف على معسكر الطلائع في ريف القنيطرة صباح اليوم.\n"
            "آثار غارة سابقة على مدينة جرمانة بريف دمشق (وكالة محلية-أرشيف)")
    assert [p for p, _, _ in _found(text, gaz)] == ["الطلائع"]


def test_where_a_correspondent_is_posted_is_no_place_of_the_event(gaz):
    text = "قتل ثلاثة عناصر بقصف على معسكر الطلائع في ريف القنيطرة. وقال مراسلنا في درعا إن القصف كان الأعنف."
    assert [p for p, _, _ in _found(text, gaz)] == ["الطلائع"]


def test_the_city_a_bearing_is_taken_from_past_a_clause_is_a_reference(gaz):
    text = "وأصيب مدنيون بقصف جوي على قرية الصالحية الخاضعة لسيطرة التنظيم في شمال مدينة دير الزور."
    assert [p for p, _, _ in _found(text, gaz)] == ["الصالحية"]


def test_a_verb_joined_by_and_after_a_designator_is_no_name(gaz):
    text = "وبعد هدوء خلال العاصفة التي اجتاحت المنطقة ريفاً ومدينة وتسببت بأضرار، قتل رجل بقصف على بلدة سراقب."
    assert [p for p, _, _ in _found(text, gaz)] == ["سراقب"]


def test_the_air_force_striking_a_town_is_an_air_strike(gaz):
    assert _kinds("وقالت وسائل إعلام رسمية إن سلاح الجو استهدف مواقع المسلحين في بلدة سراقب.", gaz) == [
        ("سراقب", "Air/drone strike")]


def test_another_sources_figure_told_with_but_is_not_the_events(gaz):
    text = ("أعلن المرصد أن أربعة أشخاص قتلوا في انفجار سيارة مفخخة في مدينة القامشلي.\n"
            "من جهتها أشارت وكالة الأنباء الرسمية إلى الانفجار، لكنها أعلنت أنه تسبب بخمسة قتلى.")
    assert _found(text, gaz) == [("القامشلي", 4, None)]


def test_holding_part_of_a_town_is_no_capture(gaz):
    text = ("قتل أربعة أشخاص بانفجار سيارة مفخخة في مدينة القامشلي.\n"
            "ويخضع معظم المدينة للقوات الكردية، في حين أن قوات النظام تسيطر على قسم صغير من القامشلي.")
    assert _found(text, gaz) == [("القامشلي", 4, None)]


def test_a_place_with_its_own_event_right_after_it_past_a_comma_is_of_that_kind(gaz):
    text = "قتل مقاتل خلال اشتباكات في بلدة حاس، كما تعرضت مناطق في مدينة سراقب لقصف من القوات النظامية."
    assert _kinds(text, gaz) == [("حاس", "Armed clash"), ("سراقب", "Shelling/artillery/missile attack")]


def test_others_in_a_list_of_people_targeted_are_no_place(gaz):
    assert [p for p, _, _ in _found("وقال المصدر إن القصف استهدف القيادي وآخرين في بلدة سراقب.", gaz)] == ["سراقب"]
