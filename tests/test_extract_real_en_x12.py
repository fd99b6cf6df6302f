"""Classes found by studying the released real-blind9 and real-blind8 English reports (2 Dec fourteenth shift,
extract12b), as the team's own examples: invented sentences in the manner of the outlets, never an article's words."""
from __future__ import annotations

import datetime as dt

from extracted import Extracted

PUBLISHED = dt.date(2020, 6, 15)  # a Monday
X = Extracted(PUBLISHED)


def test_a_town_told_some_kilometres_from_a_city_is_not_in_that_city(gaz):
    """"X, which lies about 90 km (55 miles) north of Y", "X, which is located 60km southwest of Y": the distance
    clause only says where X is; Y is no second place of the event."""
    text = ("A car bomb killed five people in the town of Tal Abyad, which lies about 90 km (55 miles) north of the "
            "city of Raqqa, on Monday.")
    assert X.found(text, gaz) == [("Tal Abyad", 5, None)]
    text = "Gunmen killed three soldiers on Monday in the village of Kabajeb, which is located 60km southwest of Deir Ezzor city."
    assert X.places(text, gaz) == ["Kabajeb"]


def test_a_far_city_a_distance_is_taken_from_does_not_place_the_quarter(gaz):
    """"the al-Qusour neighborhood, which lies some 450 km northeast of the capital": a quarter that far from the
    capital is not the capital's namesake quarter; one a few kilometres off still lies by it."""
    text = ("Mortar shells fell on Deir Ezzor on Monday. Four people were killed in the al-Qusour neighborhood, which "
            "lies some 450 km northeast of the capital.")
    assert X.placed(text, gaz) == [("al-Qusour", "SY09")]
    assert X.placed("Two civilians were wounded on Monday in Jisreen, 10 km east of Damascus.", gaz) == [("Jisreen", "SY03")]


def test_a_quarter_of_several_cities_is_the_one_in_the_reports_governorate(gaz):
    """"Mortar shells fell on Aleppo ... in the al-Sabil neighborhood": a quarter name several cities have, told
    in a report on one governorate, is that governorate's quarter."""
    text = "Mortar shells fell on Aleppo on Monday. Four people were killed in the al-Sabil neighborhood."
    assert X.placed(text, gaz) == [("al-Sabil", "SY02")]
    text = "Mortar shells fell on Homs on Monday. Four people were killed in the al-Sabil neighborhood."
    assert X.placed(text, gaz) == [("al-Sabil", "SY04")]


def test_between_two_named_places_is_one_spot_the_first_tells(gaz):
    """"in the olive groves between the village of A and the town of B": one spot, told by its first name (the
    designators keep the two from reading as a list); "near a road between the city of A and the town of B" after
    the town it happened in only says where that town is; a locating "in ... governorate" after the pair still
    leaves the first its place."""
    text = "A landmine exploded on Monday in the olive groves between the village of Hass and the town of Kafr Nabl, wounding two farmers."
    assert X.found(text, gaz) == [("Hass", None, 2)]
    text = "A car bomb killed seven people in the town of Azaz on Monday, near a road between the city of Afrin and the town of Marea."
    assert X.found(text, gaz) == [("Azaz", 7, None)]
    text = ("Two shepherds were killed on Monday when a mine went off on the road between Arak village and al-Sukhnah "
            "town in the eastern desert of Homs governorate.")
    assert X.found(text, gaz) == [("Arak", 2, None)]
    text = "Clashes broke out on Monday between government forces and rebels in Hass and Kafr Nabl."
    assert X.places(text, gaz) == ["Hass", "Kafr Nabl"]  # the sides are between; the places, a list after "in"


def test_a_lower_case_al_inside_a_name_before_its_designator_keeps_the_name_whole(gaz):
    """"in Ras al Ain town", "near Tal al Karameh village": a name written with a bare lower-case "al" before the
    designator that follows it is one name, not "Ras al" and "Ain"."""
    assert X.places("A car bomb killed six people in Ras al Ain town on Monday.", gaz) == ["Ras al Ain"]
    text = "A landmine killed a shepherd on Monday near Tal al Karameh village in the eastern countryside of Hama."
    assert X.found(text, gaz) == [("Tal al Karameh", 1, None)]
    assert X.places("Shells hit Hayyan town on Monday, killing a man.", gaz) == ["Hayyan"]  # (no inner word: as before)


def test_a_street_or_park_named_after_a_town_is_a_detail_of_the_place_it_lies_in(gaz):
    """"on Raqqa street in the town of al-Mayadin", "near the Idlib roundabout in Saraqib", "Tishreen Park in the
    al-Malki neighborhood": the street, square or park carries a town's (or any) name; where it happened is the
    place it lies in."""
    text = "A car bomb exploded on Raqqa street in the town of al-Mayadin on Monday, killing four people."
    assert X.found(text, gaz) == [("al-Mayadin", 4, None)]
    text = "A roadside bomb went off near the Idlib roundabout in Saraqib on Monday, killing a man."
    assert X.found(text, gaz) == [("Saraqib", 1, None)]
    assert X.found("A shell struck Tishreen Park in the al-Malki neighborhood on Monday, wounding two.", gaz) == [
        ("al-Malki", None, 2)]
    assert X.places("Clashes erupted in Raqqa on Monday.", gaz) == ["Raqqa"]  # (a town on its own: as before)
