"""Classes found by studying the English part of real-blind5 (real news reports, studied from the tenth shift on), as
the team's own examples: invented sentences in the manner of the outlets, never an article's words."""
from __future__ import annotations

import datetime as dt

from incidents.extract import extract

PUBLISHED = dt.date(2023, 5, 8)  # a Monday


def test_an_event_dated_more_than_a_week_before_the_report_is_background(gaz):
    """(Not the first sentence: a headline or a strike log's dated line is the event itself.)"""
    text = ("A landmine killed two farmers near the town of Nawa on Sunday. On March 3, a boy was killed by another "
            "mine in the village of Tasil, and on April 12 three shepherds died in a blast near Jasim.")
    assert [(i.place_text, i.killed) for i in extract(text, PUBLISHED, gazetteer=gaz)] == [("Nawa", 2)]


def test_a_weekday_followed_by_its_date_is_that_date(gaz):
    text = "The monitor said two people were killed on Wednesday, 3 May, when a mine went off in the town of Nawa."
    got = extract(text, PUBLISHED, gazetteer=gaz)
    assert [(i.place_text, i.killed, i.event_date) for i in got] == [("Nawa", 2, dt.date(2023, 5, 3))]
    text = ("A shell hit the town of Jasim on Monday. The monitor added that two people were killed on Wednesday, "
            "12 April, when a mine went off in the town of Nawa.")
    assert [i.place_text for i in extract(text, PUBLISHED, gazetteer=gaz)] == ["Jasim"]


def test_people_counted_with_an_adjective_add_up(gaz):
    text = "Three women and two small boys were killed in shelling on the town of Saraqib on Monday."
    assert [(i.place_text, i.killed) for i in extract(text, PUBLISHED, gazetteer=gaz)] == [("Saraqib", 5)]
    text = "Regime mortars hit the town of Saraqib, which killed a man and a citizen woman and wounded others."
    assert [(i.place_text, i.killed) for i in extract(text, PUBLISHED, gazetteer=gaz)] == [("Saraqib", 2)]


def test_a_singular_passive_counts_one(gaz):
    text = ("A former rebel commander, who had led a local armed group, was shot dead by gunmen on a motorbike in "
            "the town of Jasim on Sunday. Local council member Omar al-Hamad was seriously injured in the attack.")
    assert [(i.place_text, i.killed, i.wounded) for i in extract(text, PUBLISHED, gazetteer=gaz)] == [("Jasim", 1, 1)]
    text = "A shell fell on a house in the town of Jasim on Sunday, but no one was injured."
    assert [(i.place_text, i.wounded) for i in extract(text, PUBLISHED, gazetteer=gaz)] == [("Jasim", None)]
    text = "Activists reported the death of a shepherd who was shot dead near the town of Jasim on Sunday."
    assert [(i.place_text, i.killed) for i in extract(text, PUBLISHED, gazetteer=gaz)] == [("Jasim", 1)]


def test_a_toll_without_a_place_goes_on_with_the_place_where_more_were_also_hurt(gaz):
    text = ("A rocket attack on an army post killed four soldiers on Sunday, an official said.\nThree soldiers were "
            "also wounded in the attack on the post near the town of Nawa.")
    assert [(i.place_text, i.killed, i.wounded) for i in extract(text, PUBLISHED, gazetteer=gaz)] == [("Nawa", 4, 3)]


def test_the_air_force_intelligence_is_no_air_strike(gaz):
    text = "A man who led a group working for the Air Force Intelligence was shot dead by gunmen in the town of Jasim."
    assert [(i.place_text, i.killed, i.sub_event_type) for i in extract(text, PUBLISHED, gazetteer=gaz)] == [
        ("Jasim", 1, "Attack")]


def test_the_quarter_a_later_sentence_puts_the_event_in_takes_the_citys_figures(gaz):
    text = ("A car bomb killed five people and wounded 20 in the city of Homs on Wednesday, state media said.\nThe "
            "attack took place near a bakery in the al-Sabeel neighborhood, the governor said.")
    assert [(i.place_text, i.killed, i.wounded) for i in extract(text, PUBLISHED, gazetteer=gaz)] == [
        ("al-Sabeel", 5, 20)]
    text = ("Clashes between two armed groups in the city of Sweida left nine people dead on Sunday.\nThe violence "
            "broke out in the al-Sabeel neighborhood, east of the city, amid mortar fire.")
    assert [(i.place_text, i.killed, i.sub_event_type) for i in extract(text, PUBLISHED, gazetteer=gaz)] == [
        ("al-Sabeel", 9, "Armed clash")]


def test_a_quarter_told_as_another_event_keeps_the_city_its_figures(gaz):
    text = ("A car bomb killed five people in the city of Homs on Wednesday, state media said.\nShells also fell on "
            "the al-Sabeel neighborhood, causing material damage.")
    assert ("Homs", 5) in [(i.place_text, i.killed) for i in extract(text, PUBLISHED, gazetteer=gaz)]


def test_a_mixed_case_dateline_with_an_agency_is_where_the_report_was_filed(gaz):
    text = "Damascus, May 7 (SNN) A drone struck a car in the town of Khan Arnabah on Sunday, killing three civilians."
    assert [(i.place_text, i.killed) for i in extract(text, PUBLISHED, gazetteer=gaz)] == [("Khan Arnabah", 3)]


def test_another_before_a_number_counts_it(gaz):
    text = "An attack on Thursday targeted an army post in the town of Khan Arnabah, killing one and injuring another seven."
    assert [(i.place_text, i.killed, i.wounded) for i in extract(text, PUBLISHED, gazetteer=gaz)] == [
        ("Khan Arnabah", 1, 7)]


def test_an_unknown_village_in_a_governorate_is_inside_it_so_the_lead_toll_there_frames_it(gaz):
    text = ("Over 15 civilians were killed in coalition air strikes in eastern Deir Ezzor, local sources said on "
            "Sunday.\nThe sources said 17 civilians were killed in the air strikes near the village of al-Hazimah in "
            "eastern Deir Ezzor.")
    assert [(i.place_text, i.killed) for i in extract(text, PUBLISHED, gazetteer=gaz)] == [("al-Hazimah", 17)]


def test_every_town_of_a_list_the_wounded_were_taken_to_is_no_incident(gaz):
    text = ("Turkish shelling on the town of Zirgan killed a man on Tuesday.\nMeanwhile, 11 people including "
            "children were wounded three of them were taken to the hospital in Hasakah while others were transferred "
            "to hospitals in the cities of Qamishli and Amuda.")
    assert [(i.place_text, i.killed, i.wounded) for i in extract(text, PUBLISHED, gazetteer=gaz)] == [("Zirgan", 1, 11)]


def test_a_figure_for_the_same_period_is_the_tallys(gaz):
    text = ("Warplanes struck the city of Douma on Thursday, killing four civilians. The number of the dead the monitor "
            "has documented in the Eastern Ghouta rose to 40 since the warplanes came back over the towns of the area "
            "in the morning of 1 May, while about 90 people have been injured in the same period.")
    assert [i.wounded for i in extract(text, PUBLISHED, gazetteer=gaz)] == [None, None]


def test_the_name_of_a_bridge_in_a_village_is_a_detail_of_the_village(gaz):
    text = "Gunmen shot dead two guards near the bridge of al-Busayrah in the village of Darnaj on Sunday."
    assert [(i.place_text, i.killed) for i in extract(text, PUBLISHED, gazetteer=gaz)] == [("Darnaj", 2)]


def test_a_flight_of_armed_drones_is_no_air_strike(gaz):
    text = ("Regime rockets killed a farmer in the town of Kansafra on Monday. Meanwhile, the flight of armed drones "
            "was seen over Idlib.")
    assert [(i.place_text, i.killed) for i in extract(text, PUBLISHED, gazetteer=gaz)] == [("Kansafra", 1)]


def test_a_township_after_a_name_is_its_designator(gaz):
    text = "Helicopters dropped barrel bombs on areas in al-Tamanah Township in the southern countryside of Idlib."
    assert "al-Tamanah" in {i.place_text for i in extract(text, PUBLISHED, gazetteer=gaz)}


def test_a_placeless_toll_goes_to_the_event_told_not_to_another_one_the_sentence_adds(gaz):
    text = ("A car bomb went off in a street of Homs on Tuesday, as the army said it had foiled another car bomb on "
            "the outskirts of Damascus.\nState media said three people were killed in the blast.")
    assert ("Homs", 3) in [(i.place_text, i.killed) for i in extract(text, PUBLISHED, gazetteer=gaz)]


def test_a_lead_toll_its_places_add_up_to_frames_them_whatever_kind_each_is_told_as(gaz):
    text = ("Rocket fire kills nine civilians in Syrian Idlib\n\n(Agency) Nine civilians, including children, were "
            "killed by rocket fire on areas in Idlib province, a monitor reported on Monday.\n\nThe monitor said that "
            "warplanes carried out air strikes on Maarat al-Numan town in the province of Idlib, killing seven "
            "persons.\n\nMeanwhile, a woman and a man were killed, early today, by another rocket shelling on the "
            "outskirts of Saraqib town.")
    assert sorted((i.place_text, i.killed) for i in extract(text, PUBLISHED, gazetteer=gaz)) == [
        ("Maarat al-Numan", 7), ("Saraqib", 2)]


def test_raids_they_carry_out_go_on_with_the_strikes_told_before(gaz):
    text = ("Warplanes struck places in the town of Kafr Nabl on Monday. They also carried out several raids this "
            "morning on the villages of Hass, Tal Waset and al-Ankawi.")
    got = {(i.place_text, i.sub_event_type) for i in extract(text, PUBLISHED, gazetteer=gaz)}
    assert {("Tal Waset", "Air/drone strike"), ("al-Ankawi", "Air/drone strike")} <= got
    text = "Security forces carried out raids on houses in the town of Kafr Nabl on Monday."
    assert all(i.sub_event_type != "Air/drone strike" for i in extract(text, PUBLISHED, gazetteer=gaz))


def test_the_figures_of_a_reprisal_told_without_a_place_are_not_the_events(gaz):
    text = ("On Monday, regime shelling killed five soldiers at a post near the town of Saraqib. The army said it "
            "killed more than 60 fighters in response.")
    assert [(i.place_text, i.killed) for i in extract(text, PUBLISHED, gazetteer=gaz)] == [("Saraqib", 5)]


def test_killing_them_all_counts_the_people_told_before(gaz):
    text = ("Troops destroyed a car bomb with two men inside near a checkpoint in the town of Jaramana on Monday, "
            "killing them all.")
    assert [(i.place_text, i.killed) for i in extract(text, PUBLISHED, gazetteer=gaz)] == [("Jaramana", 2)]


def test_the_village_where_a_later_sentence_puts_the_attack_takes_the_towns_toll(gaz):
    text = ("Three fighters martyred in Amuda by a Turkish drone\nAMUDA, Syria — The SDF announced the martyrdom of "
            "three fighters by a Turkish drone in Amuda.\nIn a statement on Friday, the SDF said that the drone attack "
            "took place on the Tal Hamra village near Amuda.")
    assert [(i.place_text, i.killed) for i in extract(text, PUBLISHED, gazetteer=gaz)] == [("Tal Hamra", 3)]


def test_an_assassination_against_a_person_kills_one_an_attempt_none(gaz):
    text = ("The monitor reported an assassination operation carried out by unknown gunmen against former commander "
            "Ahmad al-Ali, by shooting him in the town of Nawa.")
    assert [(i.place_text, i.killed) for i in extract(text, PUBLISHED, gazetteer=gaz)] == [("Nawa", 1)]
    text = "Gunmen carried out an assassination attempt against a former commander in the town of Nawa; he survived."
    assert [(i.place_text, i.killed) for i in extract(text, PUBLISHED, gazetteer=gaz)] == [("Nawa", None)]


def test_a_toll_right_after_a_recalled_event_is_that_events(gaz):
    text = ("Russian jets struck the outskirts of the town of Kabani on Monday. Last week, a number of Russian air "
            "strikes hit the hills around the town. At least one fighter was killed and several others were injured.")
    assert [(i.place_text, i.killed) for i in extract(text, PUBLISHED, gazetteer=gaz)] == [("Kabani", None)]
