"""Headline classes of the eighth shift (GED 2016-17 dev part misses), as the team's own examples: city quarters
named bare or with their designator, a close spelling beside the district named after its town, strike logs whose
Arabic names the source lost (a log line is no Title Case headline), "the X neighbourhood, Tabaqa", "control" as a verb of taking a place, "the countryside X" and "the vicinity X" without "of", an unknown town a unit frames is placed in the unit."""
from __future__ import annotations

import datetime as dt

import pytest

from incidents.extract import extract
from incidents.extract.evaluate import names_place_near

from extracted import Extracted

PUBLISHED = dt.date(2016, 9, 1)
X = Extracted(PUBLISHED)


@pytest.mark.parametrize("text, place, governorate", [
    ("Mortar rounds fall on the Sukkari neighbourhood, wounding four", "Sukkari", "SY02"),
    ("Three civilians killed by sniper fire in Salah al-Din neighborhood", "Salah al-Din", "SY02"),
    ("Government artillery pounds al-Waer after the talks stall", "al-Waer", "SY04"),
    ("Regime troops storm Qaboun neighborhood at dawn", "Qaboun", "SY01"),
    ("Helicopters drop barrels on Jobar", "Jobar", "SY01"),
])
def test_a_city_quarter_named_alone_is_placed_in_its_city(gaz, text, place, governorate):
    assert X.located(text, gaz) == [(place, governorate)]


def test_a_quarter_name_two_cities_share_is_not_guessed(gaz):
    (inc,) = extract("Shells wound two in al-Kallasa neighborhood", PUBLISHED, gazetteer=gaz)
    assert inc.latitude is None and inc.place_text == "al-Kallasa"


@pytest.mark.parametrize("text", [
    "Warplanes strike Ma'ra al-Nu'man again, killing three",
    "Shells hit two markets in Maara al-Nu'man",
])
def test_a_close_spelling_is_the_town_not_a_rival_of_its_own_district(gaz, text):
    (inc,) = extract(text, PUBLISHED, gazetteer=gaz)
    assert inc.admin1_pcode == "SY07" and inc.geo_precision == 1 and abs(inc.latitude - 35.65) < 0.05


@pytest.mark.parametrize("line", [
    "May 2nd 2017: (S700)??? Al Tabaqa, Raqqa governorate, Syria",
    "May 2nd 2017: (S701) ?? ????? , Al Tabaqa, Raqqa governorate, Syria",
])
def test_a_strike_log_place_follows_what_a_lost_script_left(gaz, line):
    assert X.located(line, gaz) == [("Al Tabaqa", "SY11")]


def test_a_strike_log_line_is_no_title_and_a_side_is_no_name(gaz):
    line = "June 9th 2017: (S820) Sbeikhan, Eastern Deir Ezzor governorate, Syria"
    assert X.located(line, gaz) == [("Sbeikhan", "SY09")]


def test_a_known_name_after_a_designated_place_and_a_comma_says_where_it_lies(gaz):
    (inc,) = extract("Jets strike the Al Thani neighbourhood, Tabaqa, killing four", PUBLISHED, gazetteer=gaz)
    assert inc.place_text == "Al Thani" and inc.admin1_pcode == "SY11" and inc.geo_precision == 2 and inc.killed == 4
    assert X.located("Jets pound villages in the Jinderes district, Kurdish officials say", gaz) == [("Jinderes", "SY02")]


@pytest.mark.parametrize("text, place", [
    ("The SDF control al-Mansoura town, the largest in the area", "al-Mansoura"),
    ("Government troops completely control Kafr Nabl", "Kafr Nabl"),
    ("Rebels re-control Kafr Nabl at dawn", "Kafr Nabl"),
])
def test_control_as_a_verb_takes_the_place_it_names(gaz, text, place):
    (inc,) = extract(text, PUBLISHED, gazetteer=gaz)
    assert inc.place_text == place and inc.latitude is not None


def test_control_as_a_noun_takes_nothing(gaz):
    assert extract("Life goes on in areas under the control of Kurdish forces", PUBLISHED, gazetteer=gaz) == []


def test_the_ceiling_counts_a_named_place_not_a_countryside_owner(gaz):
    saraqib = gaz.best("Saraqib")
    idlib = gaz.best("Idlib")
    assert names_place_near("Shells hit Saraqib's market", gaz, saraqib.lat, saraqib.lon, None)
    assert names_place_near("Clashes in the city of Idlib", gaz, idlib.lat, idlib.lon, "Idlib Governorate")
    assert not names_place_near("Clashes in the countryside of Idlib", gaz, idlib.lat, idlib.lon, None)
    assert not names_place_near("Airstrikes hit Idlib province", gaz, idlib.lat, idlib.lon, None)
    assert not names_place_near("Shells hit Saraqib's market", gaz, idlib.lat + 1.0, idlib.lon, None)


def test_a_countryside_without_of_is_the_region_of_its_name(gaz):
    (inc,) = extract("Two fighters were killed in clashes in the western countryside Daraa", PUBLISHED, gazetteer=gaz)
    assert inc.place_text == "Daraa" and inc.geo_precision == 3 and inc.admin1_pcode == "SY12" and inc.killed == 2


@pytest.mark.parametrize("text, place", [
    ("Heavy clashes in the vicinity Kafr Nabl", "Kafr Nabl"),
    ("Airstrikes on the outskirts Saraqib", "Saraqib"),
])
def test_a_place_right_after_vicinity_or_outskirts(gaz, text, place):
    assert X.located(text, gaz) == [(place, "SY07")]


def test_the_unknown_town_a_unit_frames_lies_in_that_unit(gaz):
    text = ("Artillery killed three fighters in the Hama countryside on Sunday. The shells fell on the front-line "
            "village of Tell Qwxyz.")
    (inc,) = extract(text, PUBLISHED, gazetteer=gaz)
    assert (inc.place_text, inc.killed, inc.admin1_pcode, inc.geo_precision) == ("Tell Qwxyz", 3, "SY05", 3)
    assert "place_unresolved" in inc.flags
