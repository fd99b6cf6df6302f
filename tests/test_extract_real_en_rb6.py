"""Classes found by studying the English part of real-blind6 (real news reports, studied from 2 Dec 07:30 on), as the
team's own examples: invented sentences in the manner of the outlets, never an article's words."""
from __future__ import annotations

import datetime as dt

from incidents.extract import extract

from extracted import Extracted

PUBLISHED = dt.date(2022, 5, 9)  # a Monday
EXTRACTED = Extracted(PUBLISHED)
places = EXTRACTED.found


def test_a_transliterations_ayn_mark_is_part_of_the_name(gaz):
    """A backtick or a final apostrophe for ʿayn, and an underscore for the hyphen, do not cut a name or a list."""
    text = "Artillery shelled the villages of Um Ka`ab, Tal Dhahab and Khirbet Rumman on Sunday."
    assert [p for p, _, _ in places(text, gaz)] == ["Um Ka`ab", "Tal Dhahab", "Khirbet Rumman"]
    text = "Rockets fell on Tal Shaa’, Umm Hijra and Jubb Ali on Sunday, causing damage."
    assert [p for p, _, _ in places(text, gaz)] == ["Tal Shaa’", "Umm Hijra", "Jubb Ali"]
    text = "Heavy clashes took place around Tal al_Wasi on Sunday."
    assert [p for p, _, _ in places(text, gaz)] == ["Tal al_Wasi"]
    text = "The fighters’ positions near the town of Nawa were shelled on Sunday."
    assert [p for p, _, _ in places(text, gaz)] == ["Nawa"]


def test_people_arrested_or_missing_are_no_casualties(gaz):
    text = "Nine soldiers were killed and three others were captured when gunmen attacked their bus near the town of Nawa."
    assert places(text, gaz) == [("Nawa", 9, None)]


def test_killing_him_counts_one(gaz):
    text = "Gunmen on a motorbike opened fire on Khaled Nasser, a driver, in the town of Jasim, killing him at once."
    assert ("Jasim", 1, None) in places(text, gaz)
    text = "A sniper shot a shepherd near the town of Jasim on Sunday, injuring him in the leg."
    assert places(text, gaz) == [("Jasim", None, 1)]


def test_a_syrian_and_three_others_add_up(gaz):
    text = "A Syrian and two Iraqi fighters were killed when a drone hit their car in the town of Nawa on Sunday."
    assert places(text, gaz) == [("Nawa", 3, None)]


def test_the_number_of_dead_that_has_risen_is_the_toll(gaz):
    text = ("The number of people who were killed due to the shelling of the town of Nawa by government forces "
            "yesterday has risen to 6, including two children.")
    assert places(text, gaz) == [("Nawa", 6, None)]
    text = "The number of displaced people has risen to 300 after shells killed two men in the town of Nawa."
    assert places(text, gaz) == [("Nawa", 2, None)]


def test_a_place_in_nearby_brackets_is_named_after_in(gaz):
    """An editor's "(nearby)" in a quote does not hide the place, nor give its dead to the place before."""
    text = ('The monitor said "four civilians, including a woman, were killed by shelling in Douma and three others '
            'by a rocket fired by government forces in (nearby) Hazza."')
    assert places(text, gaz) == [("Douma", 4, None), ("Hazza", 3, None)]
    text = "Two men were killed by a shell in nearby Hazza on Sunday."
    assert places(text, gaz) == [("Hazza", 2, None)]


def test_a_region_near_the_capital_is_the_region_and_the_total_of_its_towns(gaz):
    """"The Eastern Ghouta area near Damascus" is the region (in Rural Damascus, beside the capital), so the lead's
    seven are the total the quote then gives town by town, no incident of their own."""
    text = ("Government shelling on the besieged Eastern Ghouta area near Damascus killed at least seven civilians on "
            "Sunday, a monitor said. It reported \"four civilians killed by shelling in Douma and three others by a "
            "rocket in (nearby) Hazza.\"")
    assert places(text, gaz) == [("Douma", 4, None), ("Hazza", 3, None)]


def test_a_place_named_only_as_a_province_is_no_incident(gaz):
    text = ("Barrel bombs killed nine people in the town of Saraqib on Sunday. Elsewhere, shelling killed four people "
            "in eastern Hama province, the monitor said.")
    assert places(text, gaz) == [("Saraqib", 9, None)]
    text = "Unknown gunmen shot dead a former rebel commander in the southern province of Daraa."
    assert places(text, gaz) == []
    text = "Four people were killed by shelling on the city of Hama on Sunday."
    assert places(text, gaz) == [("Hama", 4, None)]


def test_a_market_or_street_called_by_a_towns_name_is_a_detail_of_the_city(gaz):
    """"The X market" and "X street in the city centre" name a market and a street (often after a town), not the
    town; a placeless event told "in the city centre" on a day of its own is another incident in that city."""
    text = ("A car bomb went off near the vegetable market in the city of Azaz on Sunday, wounding eleven people. The "
            "blast hit the Nawa market, where farmers sell produce. On Friday, a motorbike bomb exploded on Tasil "
            "street in the city centre, killing two civilians.")
    got = [(i.place_text, i.killed, i.wounded, i.event_date) for i in extract(text, PUBLISHED, gazetteer=gaz)]
    assert got == [("Azaz", None, 11, dt.date(2022, 5, 8)), ("Azaz", 2, None, dt.date(2022, 5, 6))]


def test_a_town_abroad_is_no_incident_also_behind_an_adjective(gaz):
    text = ("Israel said the raid answered a rocket fired at the northern Israeli border town of Metula. A drone "
            "killed two men in the town of Nawa on Sunday.")
    assert places(text, gaz) == [("Nawa", 2, None)]
    text = "Shells fell on the Turkish town of Ceylanpinar, wounding two. A drone killed two men in the town of Nawa."
    assert places(text, gaz) == [("Nawa", 2, None)]
    text = "The strikes answered rockets fired at the Israeli-annexed Heights, the monitor said."
    assert places(text, gaz) == []


def test_a_person_is_no_place(gaz):
    """A name after a title ("President ...") or with a person noun in apposition ("X, a former commander")."""
    text = "Jets bombed rebel positions in President Bashar Assad's home region on Thursday, killing three."
    assert places(text, gaz) == []
    text = "Gunmen opened fire on Ahmad Khalil, a former rebel commander, in the town of Nawa, killing him on the spot."
    assert places(text, gaz) == [("Nawa", 1, None)]
    text = "Shells hit Tasil, a village west of Daraa, killing two."
    assert places(text, gaz) == [("Tasil", 2, None)]


def test_a_village_placed_by_a_bearing_from_a_town_lies_in_that_towns_governorate(gaz):
    """Even when the sentences before spoke of another governorate far away."""
    text = ("Two shepherds were killed by a mine on the outskirts of al-Sukhnah on Sunday. A boy was killed by a war "
            "remnant near the village of Um Hamama, west of Deir ez-Zor. Three fighters of the Iranian-backed Liwa "
            "al-Baqir were killed when a mine hit their car in Tal Bakr, a village located in the east of Hama.")
    got = [(i.place_text, i.admin1_pcode, i.killed) for i in extract(text, PUBLISHED, gazetteer=gaz)]
    assert got == [("al-Sukhnah", "SY04", 2), ("Um Hamama", "SY09", 1), ("Tal Bakr", "SY05", 3)]


def test_a_person_named_with_an_age_counts_one(gaz):
    text = "A mine explosion resulted in the killing of Ahmad al-Saleh, 12, in the town of al-Busayrah on Sunday."
    assert places(text, gaz) == [("al-Busayrah", 1, None)]
    text = "In the town of al-Busayrah, 13 people were killed by shelling on Sunday."
    assert places(text, gaz) == [("al-Busayrah", 13, None)]


def test_the_village_a_later_sentence_puts_the_shelling_in_takes_the_provinces_dead(gaz):
    """"Killed four in the rebel bastion of Idlib, a monitor said Sunday" then "the shelling took place in the village
    of X late Saturday": the village's, on its own day (the Sunday was when the monitor spoke)."""
    text = ("Government artillery fire killed at least four civilians in the rebel bastion of Idlib, a monitor said "
            "Sunday. The shelling took place in the village of Kafr Ruma late Saturday, in the south of the region.")
    got = [(i.place_text, i.killed, i.event_date) for i in extract(text, PUBLISHED, gazetteer=gaz)]
    assert got == [("Kafr Ruma", 4, dt.date(2022, 5, 7))]


def test_an_aside_between_dashes_is_part_of_the_figure(gaz):
    text = "Nine civilians – two of them children – were killed when barrel bombs hit the town of Talbiseh on Sunday."
    assert places(text, gaz) == [("Talbiseh", 9, None)]


def test_a_total_the_places_gave_told_again_without_a_place_is_no_more_dead(gaz):
    text = ("Shelling killed six civilians in the rebel stronghold of Idlib on Sunday, a monitor said. Among six "
            "civilians killed, four were children. Besides these six dead, nine people were hurt in several places of "
            "the Jabal al-Zawiya area. Four members of one family were killed in the town of Kansafra. Two other "
            "children were killed in the village of Fleifel.")
    assert places(text, gaz) == [("Kansafra", 4, None), ("Fleifel", 2, None)]


def test_two_sources_figures_for_the_same_dead_are_no_sum(gaz):
    text = ("The raid followed an earlier strike on the city of Masyaf, which killed 14 according to state media, "
            "though the monitor reported 21 dead.")
    assert places(text, gaz) == [("Masyaf", 21, None)]
    text = "Shelling killed 5 people in the town of Nawa while clashes killed 3 fighters in the town of Tasil, a monitor said."
    assert places(text, gaz) == [("Nawa", 5, None), ("Tasil", 3, None)]


def test_his_companion_also_killed_is_one_more(gaz):
    text = "A drone strike on a car near the town of Nawa killed a commander on Sunday. His driver was also killed."
    assert places(text, gaz) == [("Nawa", 2, None)]


def test_a_mis_decoded_apostrophe_is_an_apostrophe(gaz):
    text = "Nine labourers were killed when their truck hit a landmine near Syriaβs southern city of Daraa on Sunday."
    assert places(text, gaz) == [("Daraa", 9, None)]


def test_one_unknown_name_spelt_two_ways_is_one_place(gaz):
    text = ("A drone hit a car in the village of Khirbet Mansoure on Sunday, killing two. Video showed the car "
            "burning in the village of Khirbet Mansoura.")
    assert places(text, gaz) == [("Khirbet Mansoure", 2, None)]


def test_a_governorates_countryside_is_no_incident(gaz):
    text = ("Two mine blasts killed three children in the countryside of Deir ez-Zor on Sunday. A mine went off near "
            "the town of al-Busayrah, killing two of them.")
    assert [p for p, _, _ in places(text, gaz)] == ["al-Busayrah"]


def test_an_undated_event_takes_the_day_its_retelling_names(gaz):
    text = ("At least 20 soldiers were killed when gunmen ambushed their bus overnight near the town of Palmyra, a "
            "monitor said. Friday's attack was the deadliest this year.")
    got = [(i.place_text, i.killed, i.event_date) for i in extract(text, PUBLISHED, gazetteer=gaz)]
    assert got == [("Palmyra", 20, dt.date(2022, 5, 6))]


def test_where_fighters_advance_towards_is_no_place_of_the_event(gaz):
    text = ("Rockets killed two people in the city of Latakia on Thursday. Rebel fighters advanced towards the town "
            "of Kinsabba, in preparation to storm it.")
    assert "Kinsabba" not in [p for p, _, _ in places(text, gaz)]


def test_where_a_reporter_stands_is_no_place_of_the_event(gaz):
    text = "Artillery hit rebels in the town of Kassab every few minutes, according to a reporter in Qastal Maaf."
    assert [p for p, _, _ in places(text, gaz)] == ["Kassab"]


def test_fighters_names_after_their_towns_are_no_places(gaz):
    text = ("The command announced the deaths of three of its fighters, Zagros Hasakah, Baran Derik, and Amed Afrin, "
            "in a drone strike on Sunday.")
    assert places(text, gaz) == []
    text = "Shells hit the villages of Tasil, Nawa and Jasim on Sunday."
    assert [p for p, _, _ in places(text, gaz)] == ["Tasil", "Nawa", "Jasim"]


def test_the_headline_under_a_sites_name_is_the_headline(gaz):
    """A site's name above the headline does not make the headline a second event of the body's place."""
    text = ("The Monitor For Human Rights\n\n7 civilians killed in air strikes and shelling on the town of Saqba\n\n"
            "The number of civilians killed by the shelling of the town of Saqba yesterday has risen to 7.")
    got = [(i.place_text, i.killed, i.event_date) for i in extract(text, PUBLISHED, gazetteer=gaz)]
    assert got == [("Saqba", 7, dt.date(2022, 5, 8))]


def test_one_dead_in_an_unknown_village_and_one_in_a_town_are_two_events(gaz):
    text = ("Two people were killed on Sunday in mine blasts in two towns of Deir ez-Zor. Omar al-Saleh, 14, was "
            "killed in a mine blast in the village of al-Ma’amel, located near the Deir ez-Zor airport. In addition, "
            "Ali al-Hamad, 40, was killed in another mine blast in the city of al-Busayrah, east of Deir ez-Zor.")
    assert places(text, gaz) == [("al-Ma’amel", 1, None), ("al-Busayrah", 1, None)]
