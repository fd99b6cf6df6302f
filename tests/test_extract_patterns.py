"""The failure patterns of real news (issue 11), written as the team's own examples: invisible characters,
objects of attack verbs, lists of villages, multi-word names, common words, figures on the place of their clause."""
from __future__ import annotations

import datetime as dt

import pytest

from incidents.extract import extract

from extracted import Extracted

PUBLISHED = dt.date(2019, 5, 14)
X = Extracted(PUBLISHED)


@pytest.mark.parametrize("text", [
    "Shelling killed 3 civilians in Ale\u200bppo on Monday.",
    "Shelling killed \u200d3\u200d civilians in \u2066Aleppo\u2069 on Monday.",
    "Shelling killed 3 civilians in \ufeffAle\u00adppo on Monday.",
])
def test_invisible_format_characters_are_ignored(gaz, text):
    (inc,) = X.incidents(text, gaz)
    assert inc.place_text == "Aleppo" and inc.killed == 3 and inc.admin1_pcode == "SY02"


def test_invisible_characters_inside_an_arabic_name_and_number(gaz):
    (inc,) = X.incidents("قتل \u200f٣\u200f مدنيين في قصف على مدينة حل\u200cب.", gaz)
    assert inc.place_text == "حلب" and inc.killed == 3


# --- places as objects of attack verbs and list members -----------------------------------------------------
def test_object_of_an_attack_verb_is_the_place(gaz):
    (inc,) = X.incidents("Intense shelling targets Khan Shaykhun and kills 4 citizens", gaz)
    assert (inc.place_text, inc.killed, inc.admin1_pcode) == ("Khan Shaykhun", 4, "SY07")
    (inc,) = X.incidents("The regime forces shell Talbiseh injuring people", gaz)
    assert inc.place_text == "Talbiseh" and inc.admin1_pcode == "SY04" and inc.wounded is None


def test_unknown_villages_in_an_english_list(gaz):
    got = X.incidents("Regime artillery shelled al-Zuwayqa, Kafr Qarmid, Hish and Tell Sabun on Sunday, killing three.", gaz)
    assert [i.place_text for i in got] == ["al-Zuwayqa", "Kafr Qarmid", "Hish", "Tell Sabun"]
    assert [i.killed for i in got] == [3, None, None, None]  # a joint figure stays on the list's first place
    assert all("joint count" in i.notes for i in got)


@pytest.mark.parametrize("text", [
    "Turkish warplanes struck Kurdish-held areas, killing 5 people in Saraqib.",
    "Coalition jets struck IS positions and killed 5 people in Saraqib.",
    "Artillery shells struck al-Nour hospital in Saraqib, killing 5 people.",
])
def test_adjectives_acronyms_and_institutions_are_not_places(gaz, text):
    (inc,) = X.incidents(text, gaz)
    assert (inc.place_text, inc.killed) == ("Saraqib", 5)


def test_unknown_villages_in_an_arabic_list_placed_by_the_region_after_it(gaz):
    got = X.incidents("قتل طفل بقصف مدفعي طال زوزانة وتل غزال والحميدية الغربية في ريف إدلب الجنوبي.", gaz)
    assert [i.place_text for i in got] == ["زوزانة", "تل غزال", "الحميدية الغربية"]
    assert {i.admin1_pcode for i in got} == {"SY07"} and got[0].killed == 1


# --- multi-word names --------------------------------------------------------------------------------------
def test_multi_word_village_names_are_kept_whole(gaz):
    got = X.incidents("قصفت قوات النظام كفر زيتونة ودير حافر، ما أدى إلى مقتل مدنيين اثنين.", gaz)
    assert [i.place_text for i in got] == ["كفر زيتونة", "دير حافر"]
    assert got[1].admin1_pcode == "SY02"


def test_a_village_adjective_is_part_of_its_name(gaz):
    (inc,) = X.incidents("قتل مدنيان بقصف صاروخي على بلدة تل رفعت الشمالية.", gaz)
    assert inc.place_text == "تل رفعت الشمالية" and inc.killed == 2
    assert inc.admin1_pcode == "SY02" and inc.location_en is None and "place_unresolved" in inc.flags  # near Tall Rifaat
    (inc,) = X.incidents("قتل ثلاثة مدنيين في بلدة الكرامة المجاورة.", gaz)
    assert inc.place_text == "الكرامة" and inc.killed == 3


# --- common words are not places ---------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "قتل أربعة جنود بغارات استهدفت مواقع في محيط حماة ومطارها العسكري، وفق مصدر عسكري.",
    "قتل أربعة مدنيين بقصف على حماة، آخر هجوم على المدينة هذا الشهر.",
])
def test_facilities_and_function_words_after_a_place_are_not_places(gaz, text):
    (inc,) = X.incidents(text, gaz)
    assert (inc.place_text, inc.killed) == ("حماة", 4)


# --- the lead's governorate is context for the body's villages; no place, no incident ----------------------------
def test_lead_governorate_is_context_of_the_body_villages(gaz):
    text = ("إدلب: مقتل خمسة مدنيين بقصف على ريف إدلب\n\n"
            "قتل خمسة مدنيين اليوم بقصف مدفعي على ريف إدلب الجنوبي. وقال مراسلنا إن ثلاثة مدنيين قتلوا في بلدة سراقب، "
            "وقتل مدنيان في بلدة معرة النعمان.")
    got = {i.place_text: (i.killed, i.wounded) for i in X.incidents(text, gaz)}
    assert got == {"سراقب": (3, None), "معرة النعمان": (2, None)}


def test_a_governorate_the_text_adds_stays_a_target(gaz):
    text = "قتل جنديان بقصف على قرية زوزانة في محافظة حماة، إضافة إلى قرى في محافظة اللاذقية."
    assert {i.place_text for i in X.incidents(text, gaz)} == {"زوزانة", "اللاذقية"}


def test_no_incident_without_a_place(gaz):
    assert X.incidents("Five people were killed on Monday, the monitor said.", gaz) == []
    assert X.incidents("قتل خمسة أشخاص يوم الاثنين بحسب المرصد.", gaz) == []


def test_an_english_sentence_with_a_dash_or_curly_quote_is_read_as_english(gaz):
    (inc,) = X.incidents("HAMA (Wire) – Shelling killed two civilians near the town of Zzyzxa in the eastern Hama countryside.", gaz)
    assert (inc.place_text, inc.killed, inc.admin1_pcode) == ("Zzyzxa", 2, "SY05")  # the dateline is no place


def test_possessive_owner_is_the_context_of_its_place(gaz):
    (inc,) = X.incidents("Turkish jets pounded Afrin’s Zzyzx district on Monday, killing four.", gaz)
    assert (inc.place_text, inc.killed, inc.admin1_pcode) == ("Zzyzx", 4, "SY02")
    (inc,) = X.incidents("Regime helicopters dropped barrel bombs in Hama's countryside, killing two.", gaz)
    assert inc.place_text == "Hama's countryside" and inc.admin1_pcode == "SY05" and inc.geo_precision == 3


@pytest.mark.parametrize("text", [
    "Coalition jets struck positions near Saraqib, killing 5, SANA said.",
    "قُتل خمسة جنود بقصف لقوات النظام على نقطة عسكرية في بلدة سراقب.",
])
def test_agencies_and_particles_are_not_places(gaz, text):
    (inc,) = X.incidents(text, gaz)
    assert (inc.place_text, inc.killed) in {("Saraqib", 5), ("سراقب", 5)}


# --- figures on the place of their own clause ----------------------------------------------------------------
def test_a_total_broken_down_by_place_goes_to_each_place(gaz):
    got = {i.place_text: i.killed for i in X.incidents(
        "The monitor documented the death of 9 civilians on Monday in shelling: six in Saraqib and three in Sarmin.", gaz)}
    assert got == {"Saraqib": 6, "Sarmin": 3}
    got = {i.place_text: i.killed for i in X.incidents(
        "قتل ثمانية مدنيين بقصف على ريف إدلب: خمسة في بلدة سراقب وثلاثة في بلدة سرمين.", gaz)}
    assert got == {"سراقب": 5, "سرمين": 3}


def test_a_second_figure_of_others_goes_to_its_own_place(gaz):
    got = {i.place_text: i.killed for i in X.incidents(
        "Eighteen people were killed in a strike on a bakery in the town of Saraqib and twelve others in the town of "
        "Sarmin on Monday.", gaz)}
    assert got == {"Saraqib": 18, "Sarmin": 12}


def test_one_person_named_by_kinship_or_as_a_third_is_one(gaz):
    (inc,) = X.incidents("قتل طفلان وأصيبت والدتهما بجروح اليوم بقصف مدفعي على مدينة سراقب.", gaz)
    assert (inc.killed, inc.wounded) == (2, 1)
    (inc,) = X.incidents("قتل عنصران وأصيب ثالث بجروح بهجوم على حاجز في بلدة سراقب.", gaz)
    assert (inc.killed, inc.wounded) == (2, 1)


def test_unknown_names_after_on_and_plural_designators(gaz):
    got = X.incidents("Helicopters dropped barrel bombs on al-Zuwayqa and Kafr Qarmid on Monday, killing two.", gaz)
    assert [i.place_text for i in got] == ["al-Zuwayqa", "Kafr Qarmid"]
    got = X.incidents("Shells struck the neighbourhoods of Tariq al-Bab and al-Sakhour in Aleppo, wounding a dozen people.", gaz)
    assert [i.place_text for i in got] == ["Tariq al-Bab", "al-Sakhour"] and {i.admin1_pcode for i in got} == {"SY02"}
    assert X.incidents("Jets carried out strikes on Kurdish positions near Saraqib, killing two.", gaz)[0].place_text == "Saraqib"


# --- event type of each place ---------------------------------------------------------------------------------
def test_each_place_takes_the_event_of_its_own_clause(gaz):
    got = {i.place_text: i.sub_event_type for i in X.incidents(
        "Helicopters dropped barrel bombs on Saraqib and Sarmin, while regime forces shelled Taftanaz on Monday.", gaz)}
    assert got == {"Saraqib": "Air/drone strike", "Sarmin": "Air/drone strike",
                   "Taftanaz": "Shelling/artillery/missile attack"}


def test_territory_taken_after_clashes_is_a_territorial_event(gaz):
    (inc,) = X.incidents("سيطرت فصائل المعارضة اليوم على قرية زوزانة في ريف حلب الشمالي بعد اشتباكات مع تنظيم الدولة.", gaz)
    assert inc.sub_event_type == "Non-state actor overtakes territory"


def test_road_ends_and_area_corners_are_reference_points(gaz):
    got = X.incidents("Gunmen ambushed a bus on the Saraqib – Sarmin road near the village of Zzyzxa, killing 13 soldiers.", gaz)
    assert [(i.place_text, i.killed) for i in got] == [("Zzyzxa", 13)]
    got = X.incidents("انفجرت عبوة ناسفة على الطريق الواصل بين مدينتي سراقب وسرمين، ما أدى إلى مقتل ثلاثة.", gaz)
    assert [(i.place_text, i.killed) for i in got] == [("سراقب", 3), ("سرمين", None)]  # the road itself: kept


def test_protests_and_arrests_are_events_of_their_own_kind(gaz):
    (inc,) = X.incidents("خرجت مظاهرات اليوم في مدينة سراقب تطالب بالإفراج عن المعتقلين.", gaz)
    assert (inc.event_type, inc.sub_event_type, inc.place_text) == ("Protests", "Peaceful protest", "سراقب")
    (inc,) = X.incidents("Security forces arrested 12 young men in a raid on the town of Saraqib on Monday.", gaz)
    assert (inc.event_type, inc.sub_event_type) == ("Strategic developments", "Arrests")


def test_a_known_first_word_does_not_cut_a_designated_two_word_name(gaz):
    (inc,) = X.incidents("قتل أربعة مقاتلين في المعارك على محور قرية سراقب الزيت قرب الحدود.", gaz)
    assert inc.place_text == "سراقب الزيت" and inc.admin1_pcode == "SY07" and "place_unresolved" in inc.flags
    (inc,) = X.incidents("أصيب ثلاثة مدنيين بقذائف هاون على حي باب شرقي في دمشق القديمة.", gaz)
    assert inc.place_text == "باب شرقي" and inc.wounded == 3


@pytest.mark.parametrize("text", [
    "Fighting in Saraqib as the army advanced killed four fighters.",
    "Shells hit a Christian-majority quarter in Saraqib, killing four.",
    "قُتل أربعة أشخاص في تفجير استهدف القصر العدلي وسط مدينة سراقب.",
])
def test_english_words_after_a_name_and_institutions_are_not_places(gaz, text):
    assert [(i.place_text, i.killed) for i in X.incidents(text, gaz)] in ([("Saraqib", 4)], [("سراقب", 4)])


def test_a_dateline_is_where_the_report_was_filed_not_the_event(gaz):
    text = "قوات النظام تستعيد سراقب\n\nحلب – الإعلام الحربي\n\nأعلنت قوات النظام اليوم سيطرتها على مدينة سراقب."
    assert [(i.place_text, i.sub_event_type) for i in X.incidents(text, gaz)] == [("سراقب", "Government regains territory")]
    (inc,) = X.incidents("HAMA, May 3 (Wire) – Shelling killed two civilians in Saraqib on Monday.", gaz)
    assert inc.place_text == "Saraqib"


def test_the_town_a_district_belongs_to_is_context(gaz):
    got = X.incidents("Jets struck the villages of Zzyzxa and Zzyzxb in the Jisr al-Shughur district of Idlib on Monday, "
              "killing nine civilians.", gaz)
    assert [(i.place_text, i.killed) for i in got] == [("Zzyzxa", 9), ("Zzyzxb", None)]


def test_forces_stationed_in_a_place_fire_from_it(gaz):
    got = X.incidents("قصفت قوات النظام المتمركزة في مدينة سراقب بالمدفعية بلدة سرمين، ما أدى إلى مقتل شخصين.", gaz)
    assert [(i.place_text, i.killed) for i in got] == [("سرمين", 2)]


def test_two_written_after_its_noun(gaz):
    (inc,) = X.incidents("قصفت قوات النظام بلدة سرمين، ما أدى إلى مقتل مدنيين اثنين.", gaz)
    assert (inc.place_text, inc.killed) == ("سرمين", 2)


def test_a_sentence_that_only_refers_back_to_the_dead_breaks_the_figure_down(gaz):
    text = ("مقتل 12 مدنياً بغارات على ريف إدلب الجنوبي\n"
            "قتل 12 مدنياً اليوم جراء غارات جوية على بلدات ريف إدلب الجنوبي.\n"
            "وتوزع القتلى على النحو التالي: 7 في كفرنبل، و5 في حاس.")
    got = {i.place_text: i.killed for i in extract(text, dt.date(2019, 1, 1), gazetteer=gaz)}
    assert got == {"كفرنبل": 7, "حاس": 5}  # the region's total is told by place, and no "." joins a name


def test_a_joint_figure_told_place_by_place_later_is_their_sum(gaz):
    text = ("Three killed in shelling on Harasta and Douma\n"
            "Three civilians were killed on Monday in shelling on Harasta and Douma. In Harasta, two children were "
            "killed when a shell hit their home. In Douma, one man was killed.")
    got = {i.place_text: i.killed for i in extract(text, dt.date(2019, 1, 1), gazetteer=gaz)}
    assert got == {"Harasta": 2, "Douma": 1}


def test_a_village_of_a_governorate_named_before_the_last_one_is_still_found(gaz):
    text = ("قتل 9 مدنيين في غارات على بلدات الغوطة الشرقية قرب العاصمة دمشق.\n"
            "وتوزع القتلى: 5 في زملكا، و4 في جسرين.")
    got = {i.place_text: (i.killed, i.admin1_pcode) for i in extract(text, dt.date(2019, 1, 1), gazetteer=gaz)}
    assert got == {"زملكا": (5, "SY03"), "جسرين": (4, "SY03")}
    text = "قتل 3 مدنيين في قصف على حي القدم في دمشق.\nوأصيب آخرون في معرشورين."  # a village of a governorate not named
    assert "معرشورين" not in {i.place_text for i in extract(text, dt.date(2019, 1, 1), gazetteer=gaz)}


def test_figures_of_a_designated_quarter_the_gazetteer_lacks_are_not_folded_into_the_city(gaz):
    text = ("مقتل طفل وإصابة 7 بقذائف على حيي الفرقان والميدان\n"
            "واستهدفت القذائف حي الفرقان ما أدى إلى مقتل طفل وإصابة أربعة.\n"
            "وسقطت قذيفتان في حي الميدان ما أدى إلى إصابة ثلاثة.\n"
            "وقال مصدر في شرطة حلب إن المصابين نقلوا إلى المشفى.")
    got = {i.place_text: (i.killed, i.wounded) for i in extract(text, dt.date(2019, 1, 1), gazetteer=gaz)}
    assert got["الفرقان"] == (1, 4) and got["الميدان"] == (None, 3)


def test_of_them_breaks_a_lead_figure_down_and_a_barrel_bomb_is_an_air_strike(gaz):
    text = ("At least 9 civilians were killed in air strikes on Harasta, Arbin and Zamalka. Six of them were killed in "
            "Harasta, where a barrel bomb hit a market, and three in Arbin.")
    got = {i.place_text: (i.killed, i.sub_event_type) for i in extract(text, dt.date(2019, 1, 1), gazetteer=gaz)}
    assert got["Harasta"] == (6, "Air/drone strike") and got["Arbin"] == (3, "Air/drone strike")
    assert got["Zamalka"][0] is None


def test_an_earlier_toll_does_not_replace_the_figure_it_was_updated_to(gaz):
    text = "قتل 12 شخصاً بغارات على مدينة دوما. وكانت حصيلة أولية قد أشارت إلى مقتل 8 أشخاص."
    (inc,) = extract(text, dt.date(2019, 1, 1), gazetteer=gaz)
    assert inc.killed == 12 and "8 killed in an earlier toll" in inc.notes


def test_a_figure_without_a_place_after_a_breakdown_totals_the_places(gaz):
    text = "قتل 9 مدنيين بغارات على الغوطة الشرقية: 5 في زملكا، و4 في جسرين. وأصيب 50 شخصاً بجروح."
    got = {i.place_text: (i.killed, i.wounded) for i in extract(text, dt.date(2019, 1, 1), gazetteer=gaz)}
    assert got == {"زملكا": (5, None), "جسرين": (4, None)}


def test_a_figure_without_a_place_goes_to_the_place_that_has_figures(gaz):
    text = "Gunmen killed 6 soldiers in Harasta and shelled Douma. Four others were wounded."
    got = {i.place_text: (i.killed, i.wounded) for i in extract(text, dt.date(2019, 1, 1), gazetteer=gaz)}
    assert got == {"Harasta": (6, 4), "Douma": (None, None)}  # not the sentence's last place


@pytest.mark.parametrize("tally", [
    "Since late April, more than 300 civilians have been killed in the northwest, according to the UN.",
    "ووثق المكتب خلال تشرين الأول الماضي مقتل 41 شخصاً في المحافظة.",
])
def test_a_tally_over_months_is_not_an_events_figure(gaz, tally):
    text = "An air strike on Harasta killed 5 civilians on Monday. " + tally
    got = {i.place_text: i.killed for i in extract(text, dt.date(2019, 5, 20), gazetteer=gaz)}
    assert got == {"Harasta": 5}


def test_a_lead_figure_split_between_its_place_and_another_is_their_sum(gaz):
    text = ("Air strikes killed seven civilians in and around the town of Harasta on Sunday. Four people were killed "
            "when a strike hit a street near Harasta's hospital. Three others died in strikes on the town of Douma.")
    got = {i.place_text: i.killed for i in extract(text, dt.date(2019, 5, 20), gazetteer=gaz)}
    assert got == {"Harasta": 4, "Douma": 3}  # the owner of "Harasta's hospital" is the place


@pytest.mark.parametrize(("text", "place"), [
    ("قتل 11 مدنياً في حي عمر بن عبد العزيز بقصف مدفعي", "عمر بن عبد العزيز"),  # a name goes on with "بن X"
    ("Shelling on the Omar bin Abdul Aziz district killed 4", "Omar bin Abdul Aziz"),
    ("Shelling on Omar bin Abdul Aziz killed 4", "Omar bin Abdul Aziz"),
])
def test_a_patronymic_name_is_not_cut(gaz, text, place):
    assert [i.place_text for i in extract(text, dt.date(2019, 1, 1), gazetteer=gaz)] == [place]


def test_an_unknown_quarter_is_not_placed_at_a_same_named_one_across_the_country(gaz):
    text = "قتل ستة أشخاص في مدينة حمص جراء قصف على حي الخالدية.\nوتعرض حي جورة الشياح لقصف مماثل."
    got = {i.place_text: i.admin1_pcode for i in extract(text, dt.date(2019, 1, 1), gazetteer=gaz)}
    assert got["جورة الشياح"] == "SY04"  # the first word names a quarter of Deir ez-Zor; the text is in Homs


def test_a_name_cut_in_the_headline_is_the_whole_name_the_body_gives(gaz):
    text = ("حمص: قصف عنيف ومقتل خمسة في جورة الشياح\n"
            "وقتل خمسة أشخاص في حي جورة الشياح في مدينة حمص، وأصيب ثمانية آخرون، جراء سقوط صاروخ.")
    got = [(i.place_text, i.killed, i.wounded) for i in extract(text, dt.date(2019, 1, 1), gazetteer=gaz)
           if i.place_text != "حمص"]
    assert got == [("جورة الشياح", 5, 8)]


@pytest.mark.parametrize(("text", "place"), [
    ("استهدفت طائرة مسيرة سيارة قرب قرية تل حبش جنوب غربي مدينة عامودا، ما أدى إلى مقتل ثلاثة منهم.", "تل حبش"),
    ("A shepherd was shot dead in the village of Tal Hamis, 20 km south of the town of Qamishli.", "Tal Hamis"),
])
def test_the_place_a_direction_is_taken_from_is_a_reference(gaz, text, place):
    assert [i.place_text for i in extract(text, dt.date(2019, 1, 1), gazetteer=gaz)] == [place]


def test_a_displacement_destination_is_not_where_it_happened(gaz):
    text = "طالت الغارات بلدتي حيان وبيانون، وسط حركة نزوح واسعة نحو مدينة اعزاز."
    assert {i.place_text for i in extract(text, dt.date(2019, 1, 1), gazetteer=gaz)} == {"حيان", "بيانون"}


def test_the_hospital_town_where_a_wounded_man_died_is_not_the_place_but_an_attacked_hospital_is(gaz):
    text = ("قتل ستة مدنيين وأصيب 18 في انفجار سيارة مفخخة في مدينة مارع.\n"
            "وارتفعت الحصيلة إلى سبعة قتلى بعد وفاة أحد المصابين متأثراً بجراحه في مستشفى بمدينة اعزاز.")
    got = [(i.place_text, i.killed, i.wounded) for i in extract(text, dt.date(2019, 1, 1), gazetteer=gaz)]
    assert got == [("مارع", 7, 18)]
    (inc,) = extract("A strike hit the main hospital in Afrin city, wounding four staff.", dt.date(2019, 1, 1), gazetteer=gaz)
    assert (inc.place_text, inc.wounded) == ("Afrin", 4)


@pytest.mark.parametrize(("text", "place", "killed", "wounded"), [
    ("Rockets fell on the village of Ain al-Sharqiyah, claiming the lives of two civilians and injuring three others.",
     "Ain al-Sharqiyah", 2, 3),
    ("A man was shot dead and his cousin wounded at the entrance of the city of Shahba.", "Shahba", 1, 1),
    ("Protesters gathered at al-Karama Square in the city of Suwayda.", "Suwayda", None, None),  # a square is a detail
])
def test_lives_of_kin_and_landmarks(gaz, text, place, killed, wounded):
    assert [(i.place_text, i.killed, i.wounded) for i in extract(text, dt.date(2019, 1, 1), gazetteer=gaz)] == [
        (place, killed, wounded)]


def test_deaths_from_hunger_and_a_check_also_block_are_no_events(gaz):
    text = ("Mortar shells fell on the town of Madaya, wounding two women. At least five people have died of "
            "hunger-related causes in Madaya since the convoy left.\nCheck Also\nTerrorists target Harasta with rockets")
    assert [(i.place_text, i.killed, i.wounded) for i in extract(text, dt.date(2019, 1, 1), gazetteer=gaz)] == [
        ("Madaya", None, 2)]


def test_a_countryside_without_figures_is_the_setting_of_the_villages_inside_it(gaz):
    text = ("قتل مدني في قصف مدفعي على قرية معرشمارين في ريف معرة النعمان.\n"
            "وشنت الطائرات الحربية غارات على ريف معرة النعمان الشرقي.")
    assert [i.place_text for i in extract(text, dt.date(2019, 1, 1), gazetteer=gaz)] == ["معرشمارين"]


def test_its_countryside_another_and_an_adjective_before_villages_are_no_names(gaz):
    text = ("قتل أكثر من خمسين شخصاً في هجمات على مدينة السويداء وقرى ريفها الشرقي.\n"
            "وشيع الأهالي الضحايا في مدينة شهبا وبلدات أخرى.")
    assert not {"ريفها الشرقي", "أخرى"} & {i.place_text for i in extract(text, dt.date(2019, 1, 1), gazetteer=gaz)}
    got = extract("Militants attacked Assyrian villages along the Khabur river, abducting dozens.", dt.date(2019, 1, 1), gazetteer=gaz)
    assert "Assyrian" not in {i.place_text for i in got}


def test_a_city_with_its_own_figure_is_kept_beside_villages_of_its_governorate(gaz):
    text = ("السويداء: أكثر من 50 قتيلاً بهجمات على المدينة وريفها\n"
            "قتل أكثر من خمسين شخصاً في هجمات على مدينة السويداء وعدد من القرى.\n"
            "وفجر انتحاري نفسه في مدينة السويداء، ما أدى إلى مقتل 21 شخصاً.\n"
            "وهاجم مسلحون قرى الشبكي والشريحي، ما أسفر عن مقتل 20 شخصاً في الشبكي و10 في الشريحي.")
    got = {i.place_text: i.killed for i in extract(text, dt.date(2019, 1, 1), gazetteer=gaz)}
    assert got == {"السويداء": 21, "الشبكي": 20, "الشريحي": 10}  # "more than 50" is their total


def test_a_list_of_villages_ends_at_a_plural_verb(gaz):
    text = "تسلل مسلحون إلى قرى الشبكي والشريحي، وهاجموا المنازل، ما أسفر عن مقتل 5 أشخاص."
    got = {i.place_text for i in extract(text, dt.date(2019, 1, 1), gazetteer=gaz)}
    assert got == {"الشبكي", "الشريحي"}


def test_a_list_located_by_a_known_region_after_a_clitic_is_kept(gaz):
    text = "قصفت قوات النظام بالمدفعية أماكن في الزيارة وخربة الناقوس والسرمانية بسهل الغاب."
    got = {i.place_text for i in extract(text, dt.date(2019, 1, 1), gazetteer=gaz)}
    assert {"الزيارة", "خربة الناقوس", "السرمانية"} <= got


def test_the_name_ali_is_not_the_preposition_ala(gaz):
    text = "سيطرت فصائل المعارضة على قرى عنجارة والشيخ علي بريف حلب الغربي."
    assert {i.place_text for i in extract(text, dt.date(2019, 1, 1), gazetteer=gaz)} == {"عنجارة", "الشيخ علي"}


def test_a_joint_toll_of_two_sides_is_their_sum(gaz):
    text = "أسفرت المعارك عن مقتل ٣٧ عنصراً من قوات النظام والميليشيات الموالية لها، و٢٢ مقاتلاً من الفصائل، على محور بلدة خان العسل."
    (inc,) = extract(text, dt.date(2019, 1, 1), gazetteer=gaz)
    assert (inc.place_text, inc.killed) == ("خان العسل", 59)


def test_a_figure_for_the_two_attacks_goes_to_the_first(gaz):
    text = ("Air strikes on a market in the town of Saraqib killed at least 31 people on Monday. In the nearby village "
            "of Sarmin, a strike killed a mother and her three children. Another 50 people were wounded in the two attacks.")
    got = {i.place_text: (i.killed, i.wounded) for i in extract(text, dt.date(2019, 1, 1), gazetteer=gaz)}
    assert got == {"Saraqib": (31, 50), "Sarmin": (4, None)}


def test_a_quarter_south_of_its_city_is_placed_in_that_city_and_a_countryside_beside_city_quarters_stays(gaz):
    text = "وتتواصل الاشتباكات على جبهة حي الشيخ سعيد جنوبي حلب وسط تقدم لقوات النظام."
    (inc,) = extract(text, dt.date(2019, 1, 1), gazetteer=gaz)
    assert (inc.place_text, inc.admin1_pcode) == ("الشيخ سعيد", "SY02")
    text = ("أصيب نحو مئة شخص بحالات اختناق إثر سقوط قذائف على حيي الخالدية والزهراء في مدينة حلب.\n"
            "ورداً على ذلك، شنت طائرات روسية غارات على مناطق في ريف حلب الغربي، دون أنباء عن ضحايا.")
    assert "ريف حلب الغربي" in {i.place_text for i in extract(text, dt.date(2019, 1, 1), gazetteer=gaz)}


def test_a_figure_belongs_to_the_place_its_own_verb_names_past_an_aside(gaz):
    text = ("Air strikes killed at least 16 civilians in Raqqa on Thursday. Nine of those killed died when a strike hit "
            "a building in the al-Mishlab district, and seven others, including three children, were killed in the "
            "Hisham bin Abdul Malik neighbourhood.")
    got = {i.place_text: i.killed for i in extract(text, dt.date(2019, 1, 1), gazetteer=gaz)}
    assert got["al-Mishlab"] == 9 and got["Hisham bin Abdul Malik"] == 7
    text = ("قتل أربعة مدنيين جراء غارات على قرية دير مقرن، فيما أصيب خمسة آخرون بقصف مدفعي على بلدة كفير الزيت، "
            "بحسب الهيئة الإعلامية في وادي بردى.")  # the place its own words name comes before a later "في"
    got = {i.place_text: (i.killed, i.wounded) for i in extract(text, dt.date(2019, 1, 1), gazetteer=gaz)}
    assert got["كفير الزيت"] == (None, 5)


def test_seven_of_them_is_a_part_of_the_figure_not_more(gaz):
    (inc,) = extract("Twelve people, seven of them children, were killed near the village of Kafr Lusin.",
                     dt.date(2019, 1, 1), gazetteer=gaz)
    assert inc.killed == 12


def test_the_districts_of_a_and_b_are_quarters_but_the_districts_of_a_city_are_the_city(gaz):
    text = "Nine others were killed in the neighbouring districts of Inshaat and Karm al-Zeitoun, they said."
    assert {i.place_text for i in extract(text, dt.date(2019, 1, 1), gazetteer=gaz)} == {"Inshaat", "Karm al-Zeitoun"}
    (inc,) = extract("Shelling hit the eastern districts of Aleppo, killing 5.", dt.date(2019, 1, 1), gazetteer=gaz)
    assert (inc.place_text, inc.killed) == ("Aleppo", 5)


def test_a_run_of_cues_is_one_kind_but_a_comma_parts_them(gaz):
    text = "At least 19 civilians were killed in air strikes and shelling on the districts of al-Shaar and al-Sukkari."
    assert {i.sub_event_type for i in extract(text, dt.date(2019, 1, 1), gazetteer=gaz)} == {"Air/drone strike"}
    got = {i.place_text: i.sub_event_type for i in extract(
        "Two killed in Harasta ambush, IED wounds three in Douma", dt.date(2019, 1, 1), gazetteer=gaz)}
    assert got["Harasta"] != "Remote explosive/landmine/IED" and got["Douma"] == "Remote explosive/landmine/IED"


def test_a_figure_does_not_go_to_the_place_of_the_next_attack_after_a_comma(gaz):
    text = ("شنت الطائرات الحربية غارات على بلدة جباتا الخشب، ما أدى إلى مقتل امرأتين وإصابة خمسة مدنيين آخرين، "
            "بالتزامن مع قصف بصواريخ أرض-أرض استهدف قرية أم باطنة.")
    got = {i.place_text: (i.killed, i.wounded) for i in extract(text, dt.date(2019, 1, 1), gazetteer=gaz)}
    assert got["جباتا الخشب"] == (2, 5) and got["أم باطنة"] == (None, None)
    text = "قتل ستة مدنيين بغارات على بلدة الهبيط، وقتل مدنيان بقصف مدفعي على خان شيخون."  # its own cause, no comma
    got = {i.place_text: i.killed for i in extract(text, dt.date(2019, 1, 1), gazetteer=gaz)}
    assert got == {"الهبيط": 6, "خان شيخون": 2}


def test_where_people_fled_to_is_a_destination_but_close_to_is_not(gaz):
    text = ("Shells fell on the village of Harasta, wounding four. A resident who fled with his family to Douma city "
            "said the shelling went on all night.")
    assert {i.place_text for i in extract(text, dt.date(2019, 1, 1), gazetteer=gaz)} == {"Harasta"}
    text = "Twelve people were killed when a missile struck near a camp for displaced people close to the town of Douma."
    assert [i.place_text for i in extract(text, dt.date(2019, 1, 1), gazetteer=gaz)] == ["Douma"]



def test_a_region_made_from_geography_is_the_place_and_a_common_noun_is_not(gaz):
    """اللجاة, "the Hama Badia" are regions (region precision) and a town told inside one is the place; البادية or
    الساحل alone is the desert or the coast, never a place: the town the sentence names is."""
    for text, place, admin1, precision in (
            ("أصيب 4 مدنيين بقصف على بلدات منطقة اللجاة.", "اللجاة", "SY12", 2),
            ("Three shepherds were killed by a landmine in the Hama Badia.", "Hama Badia", "SY05", 2),
            ("قتل 4 جنود بهجوم قرب بلدة عقيربات في بادية حماة.", "عقيربات", "SY05", 1)):
        (inc,) = extract(text, dt.date(2019, 1, 1), gazetteer=gaz)
        assert (inc.place_text, inc.admin1_pcode, inc.geo_precision) == (place, admin1, precision), text
    for text in ("قتل راعيان في البادية بانفجار لغم قرب مدينة السخنة.", "قتل صياد بقصف على الساحل قرب مدينة جبلة."):
        assert {i.place_text for i in extract(text, dt.date(2019, 1, 1), gazetteer=gaz)} <= {"السخنة", "جبلة"}, text


@pytest.mark.parametrize(("text", "place"), [
    ("قتل ثلاثة مدنيين بقصف على بلدة الميادين في وادي الفرات.", "الميادين"),
    ("قتل مدنيان بانفجار لغم قرب مدينة القامشلي في منطقة الجزيرة السورية.", "القامشلي"),
    ("Two soldiers were killed in an ambush near the town of Shaddadi in the Khabur valley.", "Shaddadi"),
    ("A fisherman was killed by shelling on the town of Baniyas on the Syrian coast.", "Baniyas"),
])
def test_a_town_told_inside_a_wide_or_cross_governorate_region_keeps_its_place(gaz, text, place):
    """A named region holds the places of its member subdistricts however wide it is and whichever governorates it
    crosses (Gazetteer.contains), not only those near its point: the town is the place and the region its context,
    with no empty incident of the region beside it."""
    assert [i.place_text for i in extract(text, dt.date(2019, 1, 1), gazetteer=gaz)] == [place]


def test_a_wide_region_told_alone_is_the_place_at_region_precision(gaz):
    (inc,) = extract("قتل 7 عناصر من قوات النظام بكمين في وادي الفرات.", dt.date(2019, 1, 1), gazetteer=gaz)
    assert (inc.place_text, inc.location_en, inc.admin1_pcode, inc.geo_precision) == (
        "وادي الفرات", "Euphrates Valley", None, 2)
