"""Places a report names that are not incidents, and figures on the right place (sixth shift), as the team's own
examples: events abroad, firing positions in a list, adjectives of a designator, "read also" blocks."""
from __future__ import annotations

import datetime as dt

from incidents.extract import extract

from extracted import Extracted

PUBLISHED = dt.date(2019, 5, 14)
X = Extracted(PUBLISHED)


def test_a_sentence_set_in_a_neighbouring_country_tells_of_events_there(gaz):
    text = ("Shelling killed two civilians in Kafr Nabl on Monday. "
            "In Lebanon, a rocket fell in the town of Arsal, wounding three people.")
    assert X.places(text, gaz) == ["Kafr Nabl"]
    text = "قتل مدنيان بقصف على بلدة كفرنبل. وفي الجانب العراقي، قتل ثلاثة بانفجار في بلدة القائم."
    assert X.places(text, gaz) == ["كفرنبل"]


def test_a_country_later_in_the_sentence_does_not_make_it_foreign(gaz):
    (inc,) = extract("In Kafr Nabl, a shell killed two men, a monitor based in Britain said.", PUBLISHED, gazetteer=gaz)
    assert inc.place_text == "Kafr Nabl" and inc.killed == 2


def test_places_joined_to_a_firing_position_are_firing_positions(gaz):
    text = ("A rocket killed two people in Mhardeh on Monday. The rockets were fired by gunmen positioned in "
            "Kafr Zita and in the nearby town of al-Lataminah.")
    assert X.places(text, gaz) == ["Mhardeh"]


def test_a_people_or_faith_before_a_designator_is_not_a_name(gaz):
    (inc,) = extract("Mortar rounds fell on the Assyrian village of Tal Nasri, wounding two.", PUBLISHED, gazetteer=gaz)
    assert inc.place_text == "Tal Nasri" and inc.wounded == 2


def test_a_quarter_of_a_named_city_keeps_its_name(gaz):
    (inc,) = extract("An air strike killed four people in the al-Mashlab neighbourhood of Raqqa.", PUBLISHED, gazetteer=gaz)
    assert inc.place_text == "al-Mashlab" and inc.killed == 4


def test_an_adjective_after_an_arabic_designator_is_not_a_name(gaz):
    text = "قتل خمسة مدنيين بقصف صاروخي على حي سكني في مدينة أريحا، وسقطت قذيفة على بلدة حدودية دون إصابات."
    assert X.places(text, gaz) == ["أريحا"]


def test_a_for_more_block_is_dropped(gaz):
    text = ("قتل ثلاثة مدنيين بقصف على بلدة كفرنبل.\n\nللمزيد:\n– اشتباكات في مدينة سراقب\n"
            "\nShelling killed two in Saraqib.\n\nRelated coverage:\nClashes in Maarat al-Numan\n")
    assert X.places(text, gaz) == ["كفرنبل", "Saraqib"]


def test_a_city_total_its_quarters_break_down_is_their_frame_not_an_incident(gaz):
    text = ("At least 14 killed as jets pound eastern Deir Ezzor\n\n"
            "At least 14 civilians were killed on Monday as jets struck eastern quarters of Deir Ezzor, medics said.\n\n"
            "The dead included six people in al-Huweiqa, five in al-Jubaila and three in al-Sheikh Yassin.")
    got = {i.place_text: i.killed for i in extract(text, PUBLISHED, gazetteer=gaz)}
    assert got == {"al-Huweiqa": 6, "al-Jubaila": 5, "al-Sheikh Yassin": 3}


def test_a_subset_of_people_is_not_a_part_of_a_breakdown(gaz):
    text = "قتل ثمانية أشخاص، بينهم ثلاثة مدنيين، في اشتباكات عند حواجز في بلدات طفس والمزيريب."
    (inc, *_) = extract(text, PUBLISHED, gazetteer=gaz)
    assert inc.killed == 8


def test_the_corners_of_an_area_are_not_its_places(gaz):
    text = "Russian jets struck IS hideouts in the desert between Palmyra, Sukhnah and Deir Ezzor, the ministry said."
    assert X.places(text, gaz) == []


def test_villages_a_bearing_from_a_town_names_are_the_places_not_the_town(gaz):
    text = "Air strikes on villages north of Manbij, including al-Ghandour and Umm Adasa, killed six civilians."
    assert "Manbij" not in X.places(text, gaz)
    text = "Heavy clashes west of Palmyra on Monday."
    assert X.places(text, gaz) == ["Palmyra"]


def test_background_told_in_the_past_is_no_incident(gaz):
    text = ("Shelling killed two civilians in Kafr Nabl on Monday. Government forces captured a string of villages "
            "in the southern Idlib countryside in recent weeks, including the town of Khan Shaykhun last month.")
    assert X.places(text, gaz) == ["Kafr Nabl"]
    text = "قتل مدنيان بقصف على كفرنبل. وكانت قوات النظام قد سيطرت على بلدة خان شيخون الشهر الماضي."
    assert X.places(text, gaz) == ["كفرنبل"]


def test_a_past_aside_does_not_make_the_event_background(gaz):
    text = "Gunmen ambushed a bus near the town of Uqayribat, where IS cells have been active since last year."
    assert X.places(text, gaz) == ["Uqayribat"]


def test_members_of_a_named_force_are_counted(gaz):
    (inc,) = extract("Four members of the General Security forces were killed and six others were wounded when gunmen "
                     "ambushed their patrol near the village of Talin.", PUBLISHED, gazetteer=gaz)
    assert (inc.killed, inc.wounded) == (4, 6)
    (inc,) = extract("Three of the gunmen were killed and a member of the patrol was wounded in al-Qadmous.",
                     PUBLISHED, gazetteer=gaz)
    assert (inc.killed, inc.wounded) == (3, 1)


def test_wounded_of_several_places_whose_dead_are_broken_down_belong_to_none_alone(gaz):
    text = ("قتل تسعة مدنيين وأصيب 20 آخرون بقصف صاروخي على حيي الجورة والقصور في مدينة دير الزور. "
            "وقتل خمسة منهم في حي الجورة وأربعة في حي القصور.")
    got = {i.place_text: (i.killed, i.wounded) for i in extract(text, PUBLISHED, gazetteer=gaz)}
    assert got == {"الجورة": (5, None), "القصور": (4, None)}


def test_people_from_one_family_are_counted_not_the_family(gaz):
    (inc,) = extract("Six people from one family were killed when a shell hit their house in Taldou.", PUBLISHED, gazetteer=gaz)
    assert inc.killed == 6


def test_those_in_a_critical_condition_are_part_of_the_wounded_not_more(gaz):
    text = "A shell killed two men in Kafr Nabl. The number of wounded now stands at six, three of them in a critical condition."
    (inc,) = extract(text, PUBLISHED, gazetteer=gaz)
    assert (inc.killed, inc.wounded) == (2, 6)


def test_killed_or_wounded_is_one_joint_figure(gaz):
    (inc,) = extract("Twenty fighters were killed or wounded in Tasil, a spokesman said.", PUBLISHED, gazetteer=gaz)
    assert (inc.killed, inc.wounded) == (None, None) and "together" in inc.notes


def test_an_owner_of_two_words_places_what_it_owns(gaz):
    (inc,) = extract("Two SDF members killed in IED blast in Deir Ezzor's al-Busayrah", PUBLISHED, gazetteer=gaz)
    assert inc.place_text == "al-Busayrah" and inc.killed == 2 and inc.admin1_pcode == "SY09"


def test_a_sentence_opened_by_a_tally_tells_no_event(gaz):
    text = ("A mine killed a shepherd near Tal Abyad on Monday. Since the city was taken in October, mines have killed "
            "more than 90 people, medics at the Tal Abyad hospital said.")
    (inc,) = extract(text, PUBLISHED, gazetteer=gaz)
    assert inc.killed == 1
    (inc,) = extract("Warplanes carry out the first massacre since the start of the truce in Kafr Nabl, killing 12 people",
                     PUBLISHED, gazetteer=gaz)
    assert inc.place_text == "Kafr Nabl"


def test_participles_and_dual_adjectives_after_a_list_are_not_names(gaz):
    text = "طالت الغارات بلدات حيان وبيانون وكفر حمرة، مخلفة دماراً كبيراً، قرب بلدتي نبل والزهراء المحاصرتين."
    got = X.places(text, gaz)
    assert "مخلفة" not in got and not any("المحاصرتين" in p for p in got)


def test_a_quoted_zone_kind_is_not_a_place(gaz):
    text = 'قتل مدنيان بقصف على بلدة كفرنبل الواقعة ضمن مناطق "خفض التصعيد".'
    assert X.places(text, gaz) == ["كفرنبل"]


def test_the_western_countryside_is_no_name_and_a_cue_word_ends_a_name(gaz):
    text = ("قتل سبعة أشخاص وأصيب 15 آخرون في اشتباكات وقصف متبادل شهدته قرى الريف الغربي لمحافظة السويداء. "
            "وقتل أربعة في قرية الثعلة بقذائف هاون، بينما قتل ثلاثة مقاتلين خلال اشتباكات في بلدة ولغا. "
            "كما تعرضت قرية الدور لقصف بالطائرات المسيرة.")
    got = {i.place_text: (i.killed, i.wounded) for i in extract(text, PUBLISHED, gazetteer=gaz)}
    assert got == {"الثعلة": (4, None), "ولغا": (3, None), "الدور": (None, None)}


def test_a_city_total_its_quarters_and_a_town_it_names_break_down_is_their_frame(gaz):
    text = ("Four citizens were killed and 12 others injured when mortar shells hit residential neighborhoods of "
            "Damascus and Jaramana city in its countryside, a police source said. Three citizens were killed and "
            "eight injured in al-Qassaa neighborhood. In Jaramana, a woman was killed and four others were wounded.")
    got = {i.place_text: (i.killed, i.wounded) for i in extract(text, PUBLISHED, gazetteer=gaz)}
    assert got == {"al-Qassaa": (3, 8), "Jaramana": (1, 4)}


def test_wounded_who_died_are_in_the_toll_not_wounded(gaz):
    text = ("قتل ستة مدنيين بقصف على بلدة مسرابا. وكانت الحصيلة قد بلغت أربعة قتلى ظهراً، "
            "قبل أن يفارق اثنان من الجرحى الحياة في النقاط الطبية.")
    (inc,) = extract(text, PUBLISHED, gazetteer=gaz)
    assert (inc.killed, inc.wounded) == (6, None)


def test_a_village_named_in_a_list_and_again_with_its_figure_is_one_incident(gaz):
    text = ("هاجم مسلحون قرى في ريف السويداء الشرقي. وتسلل المسلحون إلى قرى الشبكي والشريحي ورامي، ما أسفر عن "
            "مقتل 11 شخصاً في الشبكي و4 في الشريحي و3 في رامي. واندلعت اشتباكات على أطراف قرية تيما، قتل خلالها "
            "ثلاثة من أبناء القرية.")
    got = [(i.place_text, i.killed) for i in extract(text, PUBLISHED, gazetteer=gaz)]
    assert sorted(got) == sorted([("الشبكي", 11), ("الشريحي", 4), ("رامي", 3), ("تيما", 3)])


def test_a_headline_list_place_is_the_body_incident_of_that_place(gaz):
    text = ("الرقة: عشرات القتلى بغارات التحالف على أحياء الدرعية وسيف الدولة\n\n"
            "قتل 9 مدنيين بغارات على حي الدرعية غرب المدينة، فيما قتل 4 آخرون في حي سيف الدولة بقصف مدفعي استهدفه.")
    got = [(i.place_text, i.killed, i.sub_event_type) for i in extract(text, PUBLISHED, gazetteer=gaz)]
    assert got == [("الدرعية", 9, "Air/drone strike"), ("سيف الدولة", 4, "Shelling/artillery/missile attack")]


def test_his_killing_and_his_wounding_count_one(gaz):
    (inc,) = extract("أطلق مسلحون النار على شاب أمام منزله في بلدة المسيفرة، ما أدى إلى مقتله على الفور.", PUBLISHED,
                     gazetteer=gaz)
    assert inc.killed == 1
    (inc,) = extract("استهدف مسلحون شاباً في بلدة الحراك ما أدى إلى إصابته بجروح.", PUBLISHED, gazetteer=gaz)
    assert inc.wounded == 1


def test_figures_that_go_on_telling_an_earthquake_are_no_conflict_toll(gaz):
    text = ("The death toll from the earthquake rose to more than 1,000 on Tuesday. In Harem alone, rescuers pulled "
            "120 bodies from the rubble. Artillery shells struck the town of Marea on Tuesday, wounding two civilians.")
    (inc,) = extract(text, PUBLISHED, gazetteer=gaz)
    assert inc.place_text == "Marea" and (inc.killed, inc.wounded) == (None, 2)


def test_an_apposition_after_a_definite_count_is_not_more_people(gaz):
    text = "The two victims, a man and his teenage son, were killed in Kafr Nabl while working on their land."
    (inc,) = extract(text, PUBLISHED, gazetteer=gaz)
    assert inc.killed == 2
    (inc,) = extract("Two women, a child and a man were killed in Kafr Nabl.", PUBLISHED, gazetteer=gaz)
    assert inc.killed == 4
