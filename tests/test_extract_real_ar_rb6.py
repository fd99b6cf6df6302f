"""Classes found by studying real-blind6's Arabic reports (extract9a, no longer blind from 2 Dec 07:30), as the
team's own examples: invented sentences in the manner of the outlets, never an article's words."""
from __future__ import annotations

import datetime as dt

from incidents.extract import extract

from extracted import Extracted

PUBLISHED = dt.date(2022, 5, 11)
EXTRACTED = Extracted(PUBLISHED)
_found = EXTRACTED.found
_places = EXTRACTED.places


def test_a_clitic_on_the_two_letter_quarter_designator(gaz):
    assert _found("أصيب ثلاثة مدنيين بسقوط قذيفة هاون بحي المزة صباح اليوم.", gaz) == [("المزة", None, 3)]


def test_a_list_goes_on_past_the_centre_of_a_town(gaz):
    places = _places("طالت قذائف الهاون أحياء المالكي وأبو رمانة وسط دمشق، والسومرية والمزة مساء اليوم.", gaz)
    assert places == ["المالكي", "أبو رمانة", "السومرية", "المزة"]


def test_villages_told_by_number_then_listed_after_which_are(gaz):
    text = ("قصفت المدفعية التركية قرى ريف الحسكة الشمالي اليوم. "
            "كما تعرضت 3 قرى بريف الدرباسية هي: تل حمران وكوريك وزور شيخو، و5 مواقع عسكرية أخرى.")
    found = extract(text, PUBLISHED, gazetteer=gaz)
    assert [i.place_text for i in found] == ["تل حمران", "كوريك", "زور شيخو"]
    assert {i.admin1_pcode for i in found} == {"SY08"}  # unknown villages, in the countryside the text names
    assert {i.sub_event_type for i in found} == {"Shelling/artillery/missile attack"}  # the kind told before


def test_subjected_to_something_told_is_no_event_of_its_own(gaz):
    assert _places("وتعرضت الأسواق في بلدة الكسوة لارتفاع كبير في الأسعار.", gaz) == []


def test_where_the_regime_forces_are_stationed_is_a_firing_position(gaz):
    assert _places("قصفت قوات النظام المتواجدة في قرية الكريم بلدة قلعة المضيق بالمدفعية الثقيلة.", gaz) == ["قلعة المضيق"]
    places = _places("وتعرضت بلدة الزيارة لقصف مدفعي من حواجز النظام المتواجدة في جورين والسقيلبية والكريم.", gaz)
    assert places == ["الزيارة"]


def test_where_civilians_are_is_no_firing_position(gaz):
    assert _places("قتل مدنيان من المدنيين المتواجدين في مدينة اللطامنة بقصف مدفعي.", gaz) == ["اللطامنة"]


def test_quoted_names_joined_by_and_are_a_list(gaz):
    places = _places('وطال القصف المدفعي قرى “الحميرات” و”الحردانة” و”الكركات” في جبل “شحشبو” مساء أمس.', gaz)
    assert places == ["الحميرات", "الحردانة", "الكركات"]
    assert _places('قصفت قوات النظام قرية “التوينة” و”الحواش” في سهل الغاب.', gaz) == ["التوينة", "الحواش"]
    assert _places('وقصفت المدفعية كلاً من “كفرنبل” و”حاس” جنوبي إدلب.', gaz) == ["كفرنبل", "حاس"]


def test_targeted_goes_on_with_the_kind_told_before(gaz):
    text = "قصفت قوات النظام بالمدفعية الثقيلة بلدة اللطامنة صباح اليوم. كما استهدفت كلاً من كفرنبل وحاس."
    found = extract(text, PUBLISHED, gazetteer=gaz)
    assert [(i.place_text, i.sub_event_type) for i in found] == [
        ("اللطامنة", "Shelling/artillery/missile attack"), ("كفرنبل", "Shelling/artillery/missile attack"),
        ("حاس", "Shelling/artillery/missile attack")]


def test_attacks_in_the_plural_name_an_event(gaz):
    text = "وشنت مجموعات مسلحة هجمات على نقاط للقوات الحكومية في قرى ولغا وعتيل في الريف الغربي للسويداء."
    assert _places(text, gaz) == ["ولغا", "عتيل"]


def test_each_of_opens_a_list_of_places_some_unknown(gaz):
    text = "وقامت قوات النظام بقصف كلاً من كفرنبودة والزكاة وتل عثمان والصخر بقذائف المدفعية."
    found = extract(text, PUBLISHED, gazetteer=gaz)
    assert [i.place_text for i in found][:2] == ["كفرنبودة", "الزكاة"]
    assert "الصخر" in [i.place_text for i in found]
    assert {i.admin1_pcode for i in found} == {"SY05"}  # where the known ones lie, not a Homs namesake


def test_words_that_are_no_names(gaz):
    assert _places("قصفت قوات النظام بلدة اللطامنة، في إشارة إلى تصعيد جديد في المنطقة.", gaz) == ["اللطامنة"]
    places = _places("أطلقت إسرائيل ثلاثة صواريخ سقط اثنان منها في بلدة الكسوة والثالث في تل الشعار.", gaz)
    assert places == ["الكسوة", "تل الشعار"]
    assert "اشتباكات" not in _places("وتشهد 3 قرى بريف دير الزور اشتباكات متقطعة منذ الصباح.", gaz)
    assert _places("دارت اشتباكات على محاور الاشتباك في ريف حلب الجنوبي وقرية الحاضر.", gaz) == ["الحاضر"]


def test_sons_of_begins_a_name_and_a_verb_ends_a_list(gaz):
    assert _places("قصفت الطائرات حي بني زيد في مدينة حلب دون إصابات.", gaz) == ["بني زيد"]
    places = _places("قصفت القوات قرى دردارة وتل شنان، وسقطت قذائف قرب قاعدة عسكرية.", gaz)
    assert places == ["دردارة", "تل شنان"]


def test_a_campaigns_toll_since_a_day_is_a_tally(gaz):
    text = ("أصيب رجل بقصف مدفعي على بلدة اللطامنة. وقال الدفاع المدني إن حملة القصف أدت لمقتل 35 مدنياً، "
            "وجرح 75 آخرين، خلال القصف على عشرات القرى منذ 12 من الشهر الجاري.")
    assert _found(text, gaz) == [("اللطامنة", None, 1)]
    assert _found("وأسفرت الاشتباكات، منذ نحو أسبوع، عن مقتل 48 مقاتلاً في قرية الجنينة.", gaz) == [("الجنينة", None, None)]


def test_a_verb_after_a_known_name_is_no_part_of_it(gaz):
    assert _found("القصف الذي تعرضت له قرية الزكاة تسبب بمقتل امرأة.", gaz) == [("الزكاة", 1, None)]
    assert _places("حي الوعر تعرض لقصف مدفعي عنيف صباح اليوم.", gaz) == ["الوعر"]
    assert "قرية معرشحور استشهدا" not in " ".join(_places(
        "الشابان من قرية معرشحور استشهدا جراء انفجار لغم في قرية عطشان.", gaz))


def test_a_towns_countryside_frames_the_villages_the_body_names(gaz):
    text = "أصيب 12 مدنياً جراء القصف المدفعي التركي على ريف تل تمر.\nوطال القصف كل من تل شنان وباب الخير وباب الفرج."
    assert _found(text, gaz) == [("تل شنان", None, 12), ("باب الخير", None, None), ("باب الفرج", None, None)]


def test_his_death_after_the_one_killed_is_him(gaz):
    text = 'أقدم مسلحون مجهولون على اغتيال الشاب "سامر العلي" في بلدة الشجرة بإطلاق نار، ما أدّى إلى مقتله على الفور.'
    assert _found(text, gaz) == [("الشجرة", 1, None)]
    text = 'وأقدم مجهولون على اغتيال الشاب "ماهر الحسن وشقيقه" في بلدة تل شهاب بإطلاق نار مباشر عليهما، ما أدّى لمقتلهما.'
    assert _found(text, gaz) == [("تل شهاب", 2, None)]
    assert _found("أطلق مجهولون النار على رجل في بلدة جاسم ما أدى إلى مقتله.", gaz) == [("جاسم", 1, None)]


def test_victims_counted_past_the_time_a_feminine_verb_and_a_relative(gaz):
    assert _found("استشهد مساء أمس شاب يبلغ من العمر 17 عاماً بانفجار لغم في قرية أم التبابير.", gaz) == [
        ("أم التبابير", 1, None)]
    assert _found("استشهدت سيدة وطفلة جراء القصف التركي على قرية تل شنان.", gaz) == [("تل شنان", 2, None)]
    assert _found("وأسفر الانفجار عن مقتل المدعو سعيد الخالد، وابنه ياسر في مدينة جاسم.", gaz) == [("جاسم", 2, None)]


def test_figures_since_the_outbreak_are_a_tally(gaz):
    text = "وقتل تسعة مسلحين في بلدة ذيبان اليوم. وأصيب 13 مدنياً منذ اندلاع الاشتباكات في المنطقة، وفق البيان."
    assert _found(text, gaz) == [("ذيبان", 9, None)]


def test_a_name_in_quotes_after_the_cue_is_one_person(gaz):
    text = 'أطلق مسلحون النار على شاب في بلدة تسيل، ما أدى إلى إصابة "خالد العمر" بجروح في يده.'
    assert _found(text, gaz) == [("تسيل", None, 1)]
    assert _found('أفاد المراسل عن استشهاد "محمود الخطيب" من قرية الحمرا جراء القصف على القرية.', gaz) == [("الحمرا", 1, None)]


def test_the_people_of_a_place_in_a_region_are_its_origin(gaz):
    text = ("تعرض مخيم الأمل قرب الحدود لقصف بعدة قذائف ظهر اليوم. ما أسفر عن مقتل شاب وإصابة سبعة آخرين، "
            "مشيراً إلى أن قاطني المخيم جلّهم من نازحي سهل الغاب بريف حماة الغربي.")
    found = extract(text, PUBLISHED, gazetteer=gaz)
    assert [(i.place_text, i.killed, i.wounded, i.admin1_pcode) for i in found] == [("الأمل", 1, 7, None)]
    # (the camp's toll, and not placed in Hama, the region its people fled)


def test_a_prophets_hill_keeps_its_whole_name(gaz):
    assert _places("شنت المقاتلات غارات طالت كلاً من تلة النبي أيوب وبلدة إحسم في جبل الزاوية.", gaz) == [
        "تلة النبي أيوب", "إحسم"]


def test_the_syrian_capital_named_is_no_place_of_its_own(gaz):
    text = "سقطت عدة قذائف في مناطق متفرقة من العاصمة السورية دمشق، وقالت مصادر إن قذيفتي هاون سقطتا في منطقة الحجاز."
    assert "العاصمة" not in _places(text, gaz)


def test_a_designator_inside_a_quoted_list_is_no_part_of_a_name(gaz):
    assert _places('قصفت قوات النظام قرى “باب الطاقة وبلدة قلعة المضيق” بالمدفعية الثقيلة.', gaz) == [
        "باب الطاقة", "قلعة المضيق"]


def test_a_channel_named_after_a_town_is_no_place(gaz):
    text = 'أفاد مراسل “حلب اليوم” في حمص بأن طفلين اثنين قُتلا، أمس، جراء انفجار لغم أرضي شرق مدينة تدمر.'
    assert _found(text, gaz) == [("تدمر", 2, None)]  # and the dual verb tells the two dead
