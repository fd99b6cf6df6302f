"""Lists of villages in monitors' Arabic reports (issue 11, pattern 4): every member shelled is a place of its own,
known to the gazetteer or not. The team's own sentences with invented village names (extract8c)."""
from __future__ import annotations

import datetime as dt

from incidents.extract import extract

from extracted import Extracted

PUBLISHED = dt.date(2021, 3, 9)
EXTRACTED = Extracted(PUBLISHED)
_places = EXTRACTED.placed


def test_a_quoted_list_after_a_plural_designator_is_one_name_each(gaz):
    text = 'وقصفت قوات النظام بالمدفعية بلدات "كنصفرة، ومرجانة، والبارة" بريف إدلب الجنوبي، دون إصابات.'
    assert [p for p, _ in _places(text, gaz)] == ["كنصفرة", "مرجانة", "البارة"]
    text = 'وتعرضت قرى ومناطق "حوش الصفا وتل قرنفل وكفر دعبول" بريف حلب الشمالي لقصف مدفعي.'
    assert _places(text, gaz) == [("حوش الصفا", "SY02"), ("تل قرنفل", "SY02"), ("كفر دعبول", "SY02")]


def test_names_joined_to_a_designated_place_go_on_with_it(gaz):
    text = "وقصفت قوات النظام مدينة معرة النعمان و كفر دعبول بريف إدلب الجنوبي اليوم."
    assert _places(text, gaz) == [("معرة النعمان", "SY07"), ("كفر دعبول", "SY07")]
    text = ("وقصفت قوات النظام أطراف مدينة معرة النعمان وقرية البرسة ومرجانة وحوش الصفا بريف إدلب الجنوبي، "
            "دون إصابات.")
    assert [p for p, _ in _places(text, gaz)] == ["معرة النعمان", "البرسة", "مرجانة", "حوش الصفا"]


def test_each_of_after_an_attack_opens_a_list(gaz):
    text = "وطال القصف كلاً من مرجانة وحوش الصفا وتل قرنفل في ريف إدلب الجنوبي صباح اليوم."
    assert _places(text, gaz) == [("مرجانة", "SY07"), ("حوش الصفا", "SY07"), ("تل قرنفل", "SY07")]


def test_a_list_member_keeps_its_whole_name_and_the_outskirts_do_not_end_the_list(gaz):
    text = "وقصفت قوات النظام قرى الحويز وجسر بيت قرنفل ومحيط مرجانة بريف حماة الشمالي الغربي اليوم."
    assert _places(text, gaz) == [("الحويز", "SY05"), ("جسر بيت قرنفل", "SY05"), ("مرجانة", "SY05")]


def test_a_clause_after_a_designated_place_is_no_list_member(gaz):
    text = "قتل ثمانية مدنيين بقصف على ريف إدلب: خمسة في بلدة سراقب وثلاثة في بلدة سرمين."
    assert [p for p, _ in _places(text, gaz)] == ["سراقب", "سرمين"]
    text = "وقصفت الطائرات مدينة سراقب وريفها في محافظة إدلب اليوم."
    assert [p for p, _ in _places(text, gaz)] == ["سراقب"]


def test_firing_positions_listed_before_the_target_are_not_places_of_the_event(gaz):
    text = "وقصفت قوات النظام من مواقعها في مرجانة وحوش الصفا قرية كنصفرة بريف إدلب الجنوبي اليوم."
    assert [p for p, _ in _places(text, gaz)] == ["كنصفرة"]


def test_military_sites_joined_by_and_are_no_list_of_names(gaz):
    text = 'وقال الجيش إن "الطيران استهدف مقرات و منصات الصواريخ في كنصفرة وبليون بريف إدلب الجنوبي".'
    assert [p for p, _ in _places(text, gaz)] == ["كنصفرة", "بليون"]


def test_a_quoted_list_may_hold_a_name_with_its_own_designator(gaz):
    text = 'وقصفت قوات النظام بالمدفعية قرى ومناطق "تل قرنفل وجمعية الورود وحوش الصفا" بريف حلب الشمالي، دون إصابات.'
    assert [p for p, _ in _places(text, gaz)] == ["تل قرنفل", "جمعية الورود", "حوش الصفا"]


def test_areas_named_after_a_known_town_go_on_with_unknown_names(gaz):
    text = "وقصفت الفصائل بالمدفعية مواقع النظام في مناطق السقيلبية وحوش الصفا وتل قرنفل بريف حماة الغربي اليوم."
    assert _places(text, gaz) == [("السقيلبية", "SY05"), ("حوش الصفا", "SY05"), ("تل قرنفل", "SY05")]


def test_a_bearing_from_a_town_inside_a_list_does_not_end_it(gaz):
    text = "وقصفت قوات النظام بلدات وقرى الزيارة شمال حماة، وحوش الصفا، وكفرتعال غرب حلب، دون إصابات."
    assert [p for p, _ in _places(text, gaz)] == ["الزيارة", "حوش الصفا", "كفرتعال"]


def test_its_outskirts_after_a_village_are_no_village(gaz):
    text = "وقتل ثلاثة مدنيين بقصف مدفعي استهدف بلدة كفريا وأطرافها في ريف إدلب الشمالي."
    assert _places(text, gaz) == [("كفريا", "SY07")]


def test_a_name_whose_second_word_begins_with_and_is_one_name(gaz):
    text = "وتعرضت مناطق في بلدتي الزيارة وتل واسط بسهل الغاب في ريف حماة لقصف جوي اليوم."
    assert [p for p, _ in _places(text, gaz)] == ["الزيارة", "تل واسط"]
    assert [p for p, _ in _places("وقصفت الطائرات بلدة تل واسط في سهل الغاب اليوم.", gaz)] == ["تل واسط"]


def test_the_dead_told_before_their_verb_count_as_martyred_too(gaz):
    text = "وقال المراسل إن ثلاثة مدنيين استشهدوا في قصف على قرية كنصفرة بريف إدلب اليوم."
    assert [(i.place_text, i.killed) for i in extract(text, PUBLISHED, gazetteer=gaz)] == [("كنصفرة", 3)]


def test_the_countryside_after_an_unknown_village_outweighs_a_namesake_of_its_first_word(gaz):
    text = "وشن الطيران غارات على قرية بيدر قرنفل بريف إدلب ما أسفر عن مقتل طفلة."
    assert _places(text, gaz) == [("بيدر قرنفل", "SY07")]


def test_the_two_villages_after_a_dual_designator_are_no_town_of_that_name(gaz):
    text = ("سقطت قذائف صاروخية على قريتي مرجانة وحوش الصفا بريف اللاذقية الشمالي صباح اليوم. "
            "وقال مصدر محلي إن مسلحين أطلقوا الصواريخ على القريتين من مواقعهم، ما أدى إلى مقتل مدني.")
    assert [p for p, _ in _places(text, gaz)] == ["مرجانة", "حوش الصفا"]
    text = "وقصفت طائرات حربية أطراف القريتين في ريف حمص الشرقي اليوم، دون إصابات."
    assert _places(text, gaz) == [("القريتين", "SY04")]


def test_a_bearing_from_a_village_does_not_hide_the_countryside_that_locates_the_target(gaz):
    text = "وشن الطيران غارات على قرية بيدر قرنفل شمال قرية مرجانة بريف إدلب ما أسفر عن مقتل طفلة وجرح خمسة مدنيين."
    assert [(i.place_text, i.admin1_pcode, i.killed, i.wounded) for i in extract(text, PUBLISHED, gazetteer=gaz)] == [
        ("بيدر قرنفل", "SY07", 1, 5)]


def test_names_joined_by_touching_dashes_or_slashes_are_a_list(gaz):
    text = "وقصفت قوات النظام بالمدفعية عدة قرى منها: كنصفرة-كفر دعبول-أطراف-حوش الصفا-أطراف تل قرنفل، دون إصابات."
    assert _places(text, gaz) == [("كنصفرة", "SY07"), ("كفر دعبول", "SY07"), ("حوش الصفا", "SY07"), ("تل قرنفل", "SY07")]
    text = "وقصفت قوات النظام بالمدفعية عدة قرى منها: كنصفرة / كفر دعبول / حوش الصفا، دون إصابات."
    assert _places(text, gaz) == [("كنصفرة", "SY07"), ("كفر دعبول", "SY07"), ("حوش الصفا", "SY07")]
    text = "وسقطت قذيفة على طريق حلب-دمشق الدولي قرب سراقب، دون إصابات."
    assert [p for p, _ in _places(text, gaz)] == ["سراقب"]
