"""Sentences that go on telling the one before (seventh shift), as the team's own examples: a death toll after an
event told without one, and what must not be taken for one."""
from __future__ import annotations

import datetime as dt

from incidents.extract import extract

PUBLISHED = dt.date(2025, 3, 8)


def test_a_death_toll_after_an_event_told_without_one_is_its_toll(gaz):
    text = ("Fighting broke out on Saturday in the town of Masyaf between a patrol and armed men in a farm. "
            "Three of the gunmen were killed and a member of the patrol was wounded. "
            "A curfew stayed in force in the city of Baniyas, where no casualties were reported.")
    by_place = {i.place_text: (i.killed, i.wounded) for i in extract(text, PUBLISHED, gazetteer=gaz)}
    assert by_place["Masyaf"] == (3, 1)
    assert by_place.get("Baniyas", (None, None)) == (None, None)


def test_a_toll_two_sentences_on_keeps_to_its_kind(gaz):
    text = ("Clashes broke out on Saturday in the town of Masyaf. The clashes lasted until the evening, a source said. "
            "Gunmen killed three farmers in the village of Deir Shamil on Saturday.")
    by_place = {i.place_text: (i.killed, i.wounded) for i in extract(text, PUBLISHED, gazetteer=gaz)}
    assert by_place["Masyaf"] == (None, None) and by_place["Deir Shamil"] == (3, None)


def test_a_victim_told_by_rank_gives_the_toll_so_far(gaz):
    text = ("Doctors recorded the death of a third civilian on Friday evening, a man who had been wounded in the "
            "morning when rockets hit the village of Kafr Nabl. The morning attack had killed two women.")
    (inc,) = [i for i in extract(text, PUBLISHED, gazetteer=gaz) if i.place_text == "Kafr Nabl"]
    assert inc.killed == 3


def test_a_second_attack_is_no_rank_of_people(gaz):
    (inc,) = extract("A second car bomb killed two people in the town of Azaz on Friday.", PUBLISHED, gazetteer=gaz)
    assert inc.killed == 2


def test_a_town_after_bi_places_the_quarter_and_is_no_part_of_its_name(gaz):
    (inc,) = extract("قصف بالبراميل على حي الصالحين بحلب يقتل ٩ مدنيين", PUBLISHED, gazetteer=gaz)
    assert (inc.place_text, inc.admin1_pcode, inc.killed) == ("الصالحين", "SY02", 9)
    (inc,) = extract("اشتباكات في حي الزهور بالحسكة", PUBLISHED, gazetteer=gaz)
    assert (inc.place_text, inc.admin1_pcode) == ("الزهور", "SY08")


def test_a_rank_after_a_figure_of_another_kind_is_one_more(gaz):
    text = ("Two members of the Syrian Democratic Forces (SDF) were killed and a third was wounded on Saturday when a "
            "bomb went off in the town of al-Busayrah.")
    (inc,) = extract(text, PUBLISHED, gazetteer=gaz)
    assert (inc.killed, inc.wounded) == (2, 1)
    (inc,) = extract("Two soldiers were killed and a third soldier was wounded in Azaz.", PUBLISHED, gazetteer=gaz)
    assert (inc.killed, inc.wounded) == (2, 1)


def test_members_of_a_group_known_by_its_initials_are_counted(gaz):
    (inc,) = extract("Three members of the SDF were killed on Saturday in the town of Hajin.", PUBLISHED, gazetteer=gaz)
    assert inc.killed == 3



def test_a_death_retold_in_a_village_named_before_goes_to_the_village(gaz):
    text = ("Shelling hits villages near Tal Tamr\n\nQAMISHLI, Oct 14 - Turkish forces shelled several villages around "
            "the town of Tal Tamr on Monday, killing a civilian and wounding three, the SDF said.\n\nMortar rounds fell "
            "on the village of Tal Nasri and on the houses of Tal Jumaa, a spokesman said. The civilian, an elderly "
            "man, was killed in Tal Nasri. The three wounded were from the same village, a medic said.")
    got = [(i.place_text, i.killed, i.wounded) for i in extract(text, dt.date(2019, 10, 14), gazetteer=gaz)]
    assert got == [("Tal Nasri", 1, 3)]


def test_where_the_speaker_of_a_closing_clause_is_is_no_incident(gaz):
    text = "Shells hit the village of Tal Nasri on Monday. The three wounded were from the same village, a medic in Tal Tamr said."
    assert [(i.place_text, i.wounded) for i in extract(text, PUBLISHED, gazetteer=gaz)] == [("Tal Nasri", 3)]
    text = "Shelling killed two men in Tal Tamr on Monday, a medic said."
    assert [i.place_text for i in extract(text, PUBLISHED, gazetteer=gaz)] == ["Tal Tamr"]


def test_a_resident_of_a_town_quoted_is_no_incident_there(gaz):
    text = ("Gunmen killed two men in the village of Talin on Saturday. "
            "\"We hear shooting from the hills,\" a resident of Baniyas told us by phone.")
    assert [i.place_text for i in extract(text, PUBLISHED, gazetteer=gaz)] == ["Talin"]


def test_a_figure_in_the_clause_of_a_tally_since_a_date_is_the_tally(gaz):
    text = ("An ambush killed eight soldiers near the town of al-Sukhnah on Tuesday. "
            "The conflict has killed more than 380,000 people since March 2011.")
    (inc,) = extract(text, PUBLISHED, gazetteer=gaz)
    assert inc.killed == 8
    text = "Shelling killed three people in Kafr Nabl, bringing the toll since April to 300."
    (inc,) = extract(text, PUBLISHED, gazetteer=gaz)
    assert inc.killed == 3


def test_the_speaker_after_a_figure_is_not_one_more(gaz):
    text = ("Tank rounds hit the town of Nawa on Tuesday, killing three civilians and wounding six, "
            "a doctor at the town's field hospital said.")
    (inc,) = extract(text, PUBLISHED, gazetteer=gaz)
    assert (inc.killed, inc.wounded) == (3, 6)


def test_an_ambush_on_the_road_between_two_towns_is_at_the_first(gaz):
    text = "Gunmen ambushed a convoy on the road between al-Sukhnah and Palmyra on Tuesday, killing 11 soldiers."
    assert [(i.place_text, i.killed) for i in extract(text, PUBLISHED, gazetteer=gaz)] == [("al-Sukhnah", 11)]
    text = "Clashes broke out on Tuesday between the SDF and Turkish-backed factions in Ain Issa."
    assert [i.place_text for i in extract(text, PUBLISHED, gazetteer=gaz)] == ["Ain Issa"]


def test_an_air_base_named_as_background_is_no_air_strike(gaz):
    text = ("A car bomb killed 20 people in the town of Jableh on Monday. The town lies close to Russia's Hmeimim air "
            "base in Latakia province.")
    assert [i.place_text for i in extract(text, PUBLISHED, gazetteer=gaz)] == ["Jableh"]
    (inc,) = extract("Israeli air strikes hit the T4 air base near Homs on Monday.", PUBLISHED, gazetteer=gaz)
    assert inc.sub_event_type == "Air/drone strike"


def test_another_sources_higher_toll_is_a_note_not_the_figure(gaz):
    text = ("Israeli strikes near the town of Masyaf on Sunday killed 14 people and wounded 43, state media said. "
            "A war monitor gave a higher toll of 18 dead.")
    (inc,) = extract(text, PUBLISHED, gazetteer=gaz)
    assert (inc.killed, inc.wounded) == (14, 43) and "18" in (inc.notes or "")


def test_the_wounded_numbered_gives_the_wounded(gaz):
    text = ("A strike hit a market in the town of Jisr al-Shughur on Sunday, killing seven people and wounding more "
            "than 30. The wounded numbered 34, rescuers said.")
    (inc,) = extract(text, PUBLISHED, gazetteer=gaz)
    assert (inc.killed, inc.wounded) == (7, 34)


def test_a_young_man_found_dead_and_passers_by_are_counted(gaz):
    (inc,) = extract("In the town of Inkhil, a young man was found dead on Wednesday.", PUBLISHED, gazetteer=gaz)
    assert inc.killed == 1
    (inc,) = extract("A bomb went off in the town of Inkhil on Wednesday. Two passers-by were wounded.", PUBLISHED, gazetteer=gaz)
    assert inc.wounded == 2


def test_figures_after_a_dateline_sentence_go_on_with_its_event_date(gaz):
    text = ("DARAA, June 10 (Local media) – Gunmen shot dead a man in the town of Tafas on Wednesday evening, "
            "local sources said.\n\nThe man was hit by several bullets as he left a mosque. Two passers-by were wounded.")
    (inc,) = extract(text, dt.date(2021, 6, 10), gazetteer=gaz)
    assert (inc.place_text, inc.wounded, inc.event_date) == ("Tafas", 2, dt.date(2021, 6, 9))


def test_a_qualified_figure_joined_by_and_adds_up(gaz):
    text = "Seven rebel fighters and at least four government soldiers were killed in the village of Nimr on Tuesday."
    (inc,) = extract(text, PUBLISHED, gazetteer=gaz)
    assert inc.killed == 11
    (inc,) = extract("Three people were killed and at least ten wounded in Nimr on Tuesday.", PUBLISHED, gazetteer=gaz)
    assert (inc.killed, inc.wounded) == (3, 10)


def test_a_sentence_opened_by_a_past_span_recalls_an_earlier_event(gaz):
    text = ("IS fighters ambushed an army convoy near the town of Uqayribat on Tuesday, killing eight soldiers. "
            "Earlier this month, an IS attack killed three soldiers near the town of al-Sukhnah.")
    assert [(i.place_text, i.killed) for i in extract(text, PUBLISHED, gazetteer=gaz)] == [("Uqayribat", 8)]
    text = "An IS attack killed three soldiers near the town of al-Sukhnah earlier this week, and on Tuesday five more."
    assert [i.place_text for i in extract(text, PUBLISHED, gazetteer=gaz)] == ["al-Sukhnah"]


def test_a_tally_since_an_escalation_began_months_ago_is_no_toll(gaz):
    text = ("Air strikes killed nine civilians in the town of Salqin on Monday. More than 400 civilians have been "
            "killed since the escalation began in late April in Latakia and Idlib, according to the monitor.")
    assert [(i.place_text, i.killed) for i in extract(text, PUBLISHED, gazetteer=gaz)] == [("Salqin", 9)]


def test_a_city_whose_quarters_the_story_names_frames_them(gaz):
    text = ("Jets bomb Kurdish-held districts of Hasakah\n\nWarplanes bombed Kurdish-held neighborhoods of the "
            "northeastern city of Hasakah on Thursday. The strikes hit the al-Mufti district, killing four civilians. "
            "Clashes continued in the Salhiyeh district.")
    assert sorted(i.place_text for i in extract(text, PUBLISHED, gazetteer=gaz)) == ["Salhiyeh", "al-Mufti"]
    text = "Warplanes bombed eastern neighborhoods of the city of Hasakah on Thursday, killing four civilians."
    assert [i.place_text for i in extract(text, PUBLISHED, gazetteer=gaz)] == ["Hasakah"]


def test_a_place_a_modal_clause_names_is_what_may_come(gaz):
    text = ("Troops recaptured the town of Khirbet Ghazaleh on Sunday. Activists said the capture would allow the army "
            "to bring reinforcements to the besieged Deraa city.")
    assert [i.place_text for i in extract(text, PUBLISHED, gazetteer=gaz)] == ["Khirbet Ghazaleh"]
    text = "Activists said shelling that could be heard for miles killed five people in the town of al-Hirak."
    assert [(i.place_text, i.killed) for i in extract(text, PUBLISHED, gazetteer=gaz)] == [("al-Hirak", 5)]


def test_said_a_shopkeeper_in_a_street_places_the_speaker(gaz):
    text = ("Warplanes struck the industrial zone of the town of Binnish on Wednesday, killing five civilians. "
            "\"The planes have not stopped for a single day,\" said a shopkeeper in Binnish's al-Qusour street, whose "
            "brother was among the wounded.")
    assert [i.place_text for i in extract(text, PUBLISHED, gazetteer=gaz)] == ["Binnish"]


def test_an_event_word_joined_by_wa_is_no_list_member_and_the_headline_toll_is_the_bodys(gaz):
    text = ("حماة: ثلاثة قتلى برصاص الأمن في باب القبلي ومظاهرات في أحياء المدينة\n\n"
            "قتل ثلاثة متظاهرين اليوم الجمعة خلال مظاهرة خرجت في حي باب القبلي في مدينة حماة.")
    got = [(i.place_text, i.killed) for i in extract(text, dt.date(2012, 2, 3), gazetteer=gaz)]
    assert got == [("باب القبلي", 3)]


def test_one_family_after_an_arabic_count_is_no_count(gaz):
    text = ("قتل ثمانية مدنيين اليوم الأحد بقصف تركي على منطقة عفرين. "
            "وقتل خمسة أشخاص من عائلة واحدة في بلدة راجو، بينما قتل ثلاثة في بلدة معبطلي.")
    got = {i.place_text: i.killed for i in extract(text, dt.date(2018, 2, 4), gazetteer=gaz)}
    assert got.get("راجو") == 5 and got.get("معبطلي") == 3


def test_fronts_list_their_places_and_an_advance_names_no_incident_where_it_aims(gaz):
    text = ("شهدت محاور أبو جريف وأم جلال اشتباكات عنيفة بين فصائل المعارضة وقوات النظام، التي تحاول التقدم من محور "
            "سنجار باتجاه مدينة معرة النعمان.")
    assert sorted(i.place_text for i in extract(text, dt.date(2019, 12, 19), gazetteer=gaz)) == ["أبو جريف", "أم جلال"]


def test_an_arabic_number_before_a_killed_and_wounded_pair_is_one_joint_figure(gaz):
    (inc,) = extract("١٣ قتيلاً وجريحاً بغارات روسية على بلدة معرة حرمة", dt.date(2019, 12, 19), gazetteer=gaz)
    assert (inc.killed, inc.wounded) == (None, None) and "13" in (inc.notes or "")
    (inc,) = extract("ثلاثة قتلى وجريحان بقصف على بلدة معرة حرمة", dt.date(2019, 12, 19), gazetteer=gaz)
    assert (inc.killed, inc.wounded) == (3, 2)


def test_two_designated_towns_each_with_its_own_dead_are_two_incidents(gaz):
    text = ("أطلق مسلحون النار على شاب في بلدة المسيفرة، ما أدى إلى مقتله. "
            "وفي مدينة الحراك، قتل عنصر في الأمن العسكري وأصيب آخر بجروح خطيرة.")
    got = {i.place_text: (i.killed, i.wounded) for i in extract(text, dt.date(2021, 11, 15), gazetteer=gaz)}
    assert got == {"المسيفرة": (1, None), "الحراك": (1, 1)}


def test_an_arabic_count_with_its_group_before_a_passive_verb_is_counted(gaz):
    text = "قال مراسل إن ثمانية مقاتلين من فصائل المعارضة قتلوا اليوم خلال المعارك في بلدة مسحرة."
    (inc,) = extract(text, dt.date(2018, 7, 19), gazetteer=gaz)
    assert inc.killed == 8


def test_a_town_in_a_councils_name_is_no_place_of_the_event(gaz):
    text = ("قتل مقاتلان من مجلس منبج العسكري بضربة من طائرة مسيرة تركية استهدفت نقطة عسكرية في قرية الياشلي.")
    assert [i.place_text for i in extract(text, dt.date(2019, 12, 27), gazetteer=gaz)] == ["الياشلي"]
    text = "A drone strike killed two fighters of the Manbij Military Council in the village of al-Yashli."
    assert [i.place_text for i in extract(text, dt.date(2019, 12, 27), gazetteer=gaz)] == ["al-Yashli"]


def test_an_arabic_dual_person_noun_counts_two(gaz):
    (inc,) = extract("قتل مقاتلان وأصيب ثالث بضربة مسيرة على قرية الياشلي.", dt.date(2019, 12, 27), gazetteer=gaz)
    assert (inc.killed, inc.wounded) == (2, 1)
