"""Classes of real headlines (issue 11) as the team's own examples: the event named by a headline verb or noun,
a question mark that stands for a lost quote, a transliteration the gazetteer spells another way, a loose guess far
from the report's governorate, and a designated town that frames nothing."""
from __future__ import annotations

import datetime as dt

import pytest

from incidents.extract.text import sentences

from extracted import Extracted

PUBLISHED = dt.date(2017, 3, 2)
X = Extracted(PUBLISHED)


@pytest.mark.parametrize(("text", "place", "admin1"), [
    ("Regime forces target Saraqib city", "Saraqib", "SY07"),
    ("Executing two young men by gunshot in a square of Manbij", "Manbij", "SY02"),
    ("More casualties in Harasta and injuries among fighters", "Harasta", "SY03"),
    ("Mines Kill Two Shepherds Near Manbij", "Manbij", "SY02"),
    ("Militants behead a man in Al-Raqqah", "Al-Raqqah", "SY11"),
    ("The army regains Tadmur", "Tadmur", "SY04"),
])
def test_a_headline_verb_or_noun_names_the_event(gaz, text, place, admin1):
    got = X.incidents(text, gaz)
    assert [(i.place_text, i.admin1_pcode) for i in got] == [(place, admin1)]


def test_a_question_mark_before_a_lower_case_word_is_a_lost_quote(gaz):
    (inc,) = X.incidents("The ?Army of Islam? fighters shell Harasta, killing 2", gaz)
    assert (inc.place_text, inc.killed) == ("Harasta", 2)
    assert len(sentences("Shelling by the ?Army of Islam? kills 2 in Harasta")) == 1
    assert [s.text for s in sentences("Was Harasta shelled? Yes, twice.")] == ["Was Harasta shelled?", "Yes, twice."]


def test_a_close_spelling_in_a_place_position_is_placed_and_flagged(gaz):
    (inc,) = X.incidents("Air strikes kill 5 in Zamalka", gaz)
    assert inc.admin1_pcode == "SY03" and inc.killed == 5 and inc.latitude is not None
    assert "close spelling" in inc.notes and "needs_review" in inc.flags
    (inc,) = X.incidents("Aerial bombardment on Khan Toman kills 13", gaz)  # "on X kills": X is the object
    assert (inc.place_text, inc.admin1_pcode, inc.killed) == ("Khan Toman", "SY02", 13)


def test_a_close_spelling_of_two_far_apart_places_stays_unknown(gaz):
    (inc,) = X.incidents("50 killed during clashes around Dabeq between rebels and IS", gaz)
    assert inc.place_text == "Dabeq" and inc.latitude is None and "place_unresolved" in inc.flags


def test_a_loose_guess_far_from_the_reports_governorate_is_not_trusted(gaz):
    text = ("قتل مدني في قصف مدفعي على قرى ريف ناحية تل تمر شمال غربي الحسكة.\n"
            "وطالت القذائف قرى أم الكيف وتل شنان، ما أسفر عن إصابة أربعة مدنيين.")
    got = {i.place_text: i.admin1_pcode for i in X.incidents(text, gaz)}
    assert got["تل شنان"] == "SY08"  # a same-name village in Homs is another place


def test_the_town_of_x_frames_nothing(gaz):
    text = ("Russian warplanes carried out 30 sorties over the Jabal al-Akrad area, hitting the town of Kansaba "
            "and the village of Marj Khawkha.")
    got = {i.place_text: i.admin1_pcode for i in X.incidents(text, gaz)}
    assert got.get("Kansaba") == "SY06" and got.get("Marj Khawkha") == "SY06"


def test_a_question_mark_inside_a_name_is_a_lost_apostrophe(gaz):
    (inc,) = X.incidents("Warplanes shell Qal?aat al-Madiq town after a night of raids", gaz)
    assert inc.place_text == "Qal'aat al-Madiq" and inc.admin1_pcode == "SY05"


def test_an_english_name_is_not_cut_to_its_first_word(gaz):
    (inc,) = X.incidents("Warplanes kill nine civilians in the town of Khan al-Sobol", gaz)
    assert inc.place_text == "Khan al-Sobol" and inc.killed == 9


@pytest.mark.parametrize("text", ["Losses among fighters in Harasta", "Unknown people kidnap a young man in Harasta"])
def test_more_headline_nouns_and_verbs(gaz, text):
    assert [i.place_text for i in X.incidents(text, gaz)] == ["Harasta"]


def test_a_bare_governorate_without_figures_is_the_setting_of_finer_places(gaz):
    text = ("Air strikes killed four civilians in the village of Kafr Zita on Monday. "
            "The strikes were part of a week of air strikes across Hama and Idlib.")
    assert [(i.place_text, i.killed) for i in X.incidents(text, gaz)] == [("Kafr Zita", 4)]
    text = "Air strikes killed four civilians in the village of Kafr Zita on Monday. Clashes continued in Raqqa."
    assert [i.place_text for i in X.incidents(text, gaz)] == ["Kafr Zita", "Raqqa"]  # another kind of event: its own


def test_a_death_without_a_number_is_an_event_and_keeps_the_reports_kind(gaz):
    assert [i.place_text for i in X.incidents("A member of the army killed in Deir Ezzor", gaz)] == ["Deir Ezzor"]
    got = X.incidents("Shelling hit the Eastern Ghouta on Tuesday. In the town of Hamouriyeh, 23 people were killed.", gaz)
    assert [(i.place_text, i.sub_event_type) for i in got if i.killed] == [("Hamouriyeh", "Shelling/artillery/missile attack")]
    assert X.incidents("The earthquake killed 2,500 people in Idlib and Aleppo.", gaz) == []


def test_a_figure_goes_to_the_place_of_its_own_clause(gaz):
    text = ("قتل أربعة مدنيين جراء غارات جوية استهدفت قرية دير مقرن، فيما أصيب خمسة آخرون بقصف مدفعي على بلدة "
            "كفير الزيت.")
    got = {i.place_text: (i.killed, i.wounded) for i in X.incidents(text, gaz)}
    assert got == {"دير مقرن": (4, None), "كفير الزيت": (None, 5)}


def test_a_suburb_is_a_designator(gaz):
    got = X.incidents("أصيب ستة مدنيين جراء سقوط قذائف على ضاحية جرمانا قرب دمشق.", gaz)
    assert [(i.place_text, i.wounded) for i in got] == [("جرمانا", 6)]


@pytest.mark.parametrize("text", ["Shells target the capital and cause human losses", "سقطت قذائف على أحياء في العاصمة ما أدى إلى مقتل شخصين"])
def test_the_capital_alone_is_damascus(gaz, text):
    assert [i.admin1_pcode for i in X.incidents(text, gaz)] == ["SY01"]


def test_the_capital_of_another_country_or_a_named_capital_is_not_read_as_damascus(gaz):
    assert X.incidents("Protests in the capital of Turkey left 3 wounded", gaz) == []
    assert [i.place_text for i in X.incidents("Shelling killed 3 civilians in the capital Damascus", gaz)] == ["Damascus"]


def test_another_event_told_later_is_not_a_breakdown_of_the_first(gaz):
    text = ("قُتل 31 شخصاً في تفجير انتحاري استهدف القصر العدلي وسط العاصمة دمشق.\n"
            "وبعد ساعات، فجر انتحاري آخر نفسه داخل مطعم في حي الربوة غربي العاصمة، ما أدى إلى إصابة 25 شخصاً.")
    got = {i.place_text: (i.killed, i.wounded) for i in X.incidents(text, gaz)}
    assert got == {"دمشق": (31, None), "الربوة": (None, 25)}


def test_a_dual_designator_names_two_places_only(gaz):
    got = X.incidents("وطال القصف قريتي مرعناز وشيخ عيسى، وأسفر عن إصابة ثلاثة مدنيين في مرعناز.", gaz)
    assert {i.place_text for i in got} == {"مرعناز", "شيخ عيسى"}


def test_common_words_after_designators_are_not_places(gaz):
    got = X.incidents("الفصائل تستعيد قرى من التنظيم وانفجار سيارة مفخخة في اعزاز", gaz)
    assert "من" not in {i.place_text for i in got}
    got = X.incidents("Shelling wounded 3 people in the Old City of Homs.", gaz)
    assert "Old" not in {i.place_text for i in got}
    got = X.incidents("تراجع القصف المدفعي على خطوط التماس في جبل الزاوية وسهل الغاب.", gaz)
    assert "سهل" not in {i.place_text for i in got}  # a first word of a name ("سهل الغاب") is never a name alone


def test_a_named_site_after_the_and_villages_after_including_are_places(gaz):
    got = X.incidents("A suicide bomber blew himself up at a checkpoint near the Tishrin Dam, killing three fighters.", gaz)
    assert [(i.place_text, i.killed) for i in got] == [("Tishrin Dam", 3)]
    got = X.incidents("Air strikes on villages west of Manbij, including al-Birah and Hudhud, killed nine civilians.", gaz)
    assert [(i.place_text, i.killed) for i in got if i.place_text != "Manbij"] == [("al-Birah", 9), ("Hudhud", None)]
    assert X.incidents("The group, including Hezbollah, said it would fight.", gaz) == []  # no places named before "including"


def test_a_groups_name_between_a_number_and_its_people_word_keeps_the_sum(gaz):
    (inc,) = X.incidents("At least 17 Islamic State fighters and five SDF fighters were killed in clashes near Manbij.", gaz)
    assert (inc.place_text, inc.killed) == ("Manbij", 22)


def test_names_listed_before_a_plural_designator_and_told_again_under_the_city(gaz):
    text = ("Rebel rockets kill three in Latakia city\n"
            "Three people were killed and 12 others wounded when rockets slammed into the al-Ziraa and al-Ramel "
            "al-Shamali neighbourhoods of the coastal city of Latakia.")
    got = {i.place_text: (i.killed, i.wounded, i.admin1_pcode) for i in X.incidents(text, gaz)}
    assert got == {"al-Ziraa": (3, 12, "SY06"), "al-Ramel al-Shamali": (None, None, "SY06")}


@pytest.mark.parametrize("text", [
    "قُتل طفل بقصف مدفعي على بلدة جرجناز، ونقلت والدته إلى مستشفى في مدينة سراقب.",
    "Shelling killed a child in the town of Jarjanaz; his mother was rushed to a hospital in Saraqib.",
])
def test_where_the_wounded_were_taken_is_not_where_it_happened(gaz, text):
    assert [i.place_text for i in X.incidents(text, gaz)] in (["جرجناز"], ["Jarjanaz"])


def test_a_bare_village_of_the_reports_governorate_after_fi_takes_its_figure(gaz):
    text = ("قصفت قوات النظام مناطق في إدلب، طال الحلوبة وتلمنس ومعرشمارين وجرجناز في ريف معرة النعمان الشرقي.\n"
            "وأسفر القصف عن مقتل طفل في معرشمارين وإصابة والدته بجروح.")
    got = {i.place_text: (i.killed, i.wounded) for i in X.incidents(text, gaz)}
    assert got["معرشمارين"] == (1, 1) and got["جرجناز"] == (None, None)
    assert [i.place_text for i in X.incidents(text, gaz)].count("معرشمارين") == 1


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    ("انفجار سيارة مفخخة يقتل 6 ويصيب 9 في منبج", 6, 9),  # present-tense verbs of a headline
    ("قذيفة تقتل طفلاً في منبج", 1, None),
    ("Mortar shell kills child in Harasta", 1, None),  # a bare singular noun beside its verb is one person
    ("Sniper kills shepherd near Harasta", 1, None),
    ("Tribal leader shot dead in Harasta", 1, None),
    ("Gunmen assassinate former rebel commander in Harasta", 1, None),
    ("Civilian casualties in Harasta after shelling", None, None),  # an adjective before a noun cue is no count
])
def test_headline_verbs_and_bare_nouns_give_their_figures(gaz, text, killed, wounded):
    (inc,) = X.incidents(text, gaz)
    assert (inc.killed, inc.wounded) == (killed, wounded)


@pytest.mark.parametrize(("text", "place", "kind"), [
    ("Government forces capture Khan Shaykhun", "Khan Shaykhun", "Government regains territory"),
    ("Opposition fighters seize Morek after clashes", "Morek", "Non-state actor overtakes territory"),
])
def test_a_place_taken_is_the_object_of_its_verb(gaz, text, place, kind):
    assert [(i.place_text, i.sub_event_type) for i in X.incidents(text, gaz)] == [(place, kind)]


def test_a_village_only_the_village_layer_knows_is_placed_in_a_headline_after_an_attack(gaz):
    (inc,) = X.incidents("مقتل 4 مدنيين بقصف مدفعي على معرشورين", gaz)
    assert (inc.place_text, inc.admin1_pcode, inc.killed) == ("معرشورين", "SY07", 4)
    (inc,) = X.incidents("قوات النظام تستعيد كفرسجنة", gaz)
    assert (inc.place_text, inc.admin1_pcode) == ("كفرسجنة", "SY07")
    assert all(i.place_text != "المنازل" for i in X.incidents("غارات على المنازل تقتل 3", gaz))  # a common word is no village


def test_a_place_taken_keeps_its_kind_beside_strikes_on_another(gaz):
    got = {i.place_text: i.sub_event_type for i in X.incidents("قوات النظام تسيطر على خان شيخون وغارات على معرة النعمان", gaz)}
    assert got == {"خان شيخون": "Government regains territory", "معرة النعمان": "Air/drone strike"}


def test_a_strike_logs_line_is_one_strike_at_its_place_on_its_date(gaz):
    (inc,) = X.incidents("January 4th 2017: (S901a) ??????? Maskanah, Aleppo governorate, Syria", gaz)
    assert (inc.place_text, inc.admin1_pcode, inc.sub_event_type) == ("Maskanah", "SY02", "Air/drone strike")
    assert inc.event_date == dt.date(2017, 1, 4)  # an ordinal day ("4th") is a date
    (inc,) = X.incidents("January 4th 2017: near ????? Harasta town, Rural Damascus governorate, Syria", gaz)
    assert inc.place_text == "Harasta"
    assert X.incidents("January 4th 2017: talks resume in Geneva", gaz) == []  # a dated line that names no Syrian place


def test_question_marks_standing_for_a_lost_script_are_not_words(gaz):
    (inc,) = X.incidents("Shelling on ????? Harasta ? kills 3", gaz)
    assert inc.place_text == "Harasta" and inc.killed == 3
    assert [s.text for s in sentences("Was Harasta shelled? Yes, twice.")] == ["Was Harasta shelled?", "Yes, twice."]


@pytest.mark.parametrize(("text", "place", "killed", "wounded"), [
    ("Harasta: 12 civilians killed in air raids", "Harasta", 12, None),  # a headline's topic before a colon
    ("Shelling damages Manbij hospital, 6 killed", "Manbij", 6, None),  # a known town's institution
    ("مجزرة في سوق منبج: 61 قتيلاً بغارات جوية", "منبج", 61, None),
    ("مقتل 9 من عناصر الشرطة بهجوم على مخفر منبج", "منبج", 9, None),
    ("Mortar shells on Harasta wound 8", "Harasta", None, 8),
    ("انفجار لغم في منبج يقتل راعياً", "منبج", 1, None),
    ("مقتل 9 من عائلة واحدة بقصف على منبج", "منبج", 9, None),  # "واحدة بقصف" is no part of a breakdown
])
def test_headline_topics_institutions_and_verbs(gaz, text, place, killed, wounded):
    assert [(i.place_text, i.killed, i.wounded) for i in X.incidents(text, gaz)] == [(place, killed, wounded)]


def test_control_announced_is_a_place_taken_but_control_tried_or_shared_is_not(gaz):
    (inc,) = X.incidents("قوات النظام تعلن السيطرة على منبج", gaz)
    assert (inc.place_text, inc.sub_event_type) == ("منبج", "Government regains territory")
    (inc,) = X.incidents("SDF declares full control over Manbij", gaz)
    assert inc.sub_event_type == "Non-state actor overtakes territory"
    assert X.incidents("ويتقاسم النظام والإدارة الذاتية السيطرة على منبج منذ عام 2012", gaz) == []


def test_an_unknown_quarter_named_after_its_town_is_placed_near_the_town(gaz):
    (inc,) = X.incidents("3 casualties in shelling at Harasta al-Balad", gaz)
    assert inc.admin1_pcode == "SY03" and inc.latitude is not None and "placed near" in inc.notes
    (inc,) = X.incidents("Shelling on Tal Hamis kills 2", gaz)  # a name's first word (Tal) names no town of its own
    assert inc.place_text == "Tal Hamis"
