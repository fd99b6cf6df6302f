"""Admin seats in the village layer: an OCHA admin capital marks the OSM settlement named as its unit, which then
answers to the unit's names (OCHA's English spelling, the Arabic name), as a town, at town precision."""
from __future__ import annotations

import pytest

from gazetteer import Gazetteer
from gazetteer.bars import distance_km
from gazetteer.builtin import villages
from gazetteer.osm import named_after, unit_arabic
from gazetteer_env import clean_env  # noqa: F401  (autouse fixture)


@pytest.fixture(scope="module")
def gaz():
    return Gazetteer.from_layers()


def test_a_settlement_is_named_as_its_unit_by_close_keys_or_all_the_unit_words():
    assert named_after("حسية", ["Hasyaa", "حسياء"])  # one letter apart
    assert named_after("صرين القبلية", ["صرين"])  # the unit's name is all in the place's
    assert named_after("بري الشرقي", ["بري شرقي"])  # the article aside
    assert not named_after("ميادين", ["Maadan", "معدان"])  # the same consonants across scripts are not enough
    assert not named_after("جنينة", ["جنينة رسلان"])  # a village of part of the unit's name is another village
    assert not named_after("قنينص", ["Lattakia", "اللاذقية"])


def test_ocha_centre_prefix_is_dropped_with_or_without_its_space():
    assert unit_arabic("مركز الحفة") == unit_arabic("مركزالحفة") == "الحفة"


def test_named_seats_carry_their_unit_names():
    seats = [v for v in villages() if v.names and v.level == "town"]
    assert len(seats) > 200
    assert all(named_after(v.name_ar or v.name_en, v.names) for v in seats)
    mayadin = next(v for v in seats if "Al Mayadin" in v.names)
    assert mayadin.admin2_pcode == "SY0903" and "الميادين" in mayadin.names


@pytest.mark.parametrize("name, admin2", [("Saraqab", "SY0700"), ("Quamishli", "SY0802"), ("Mhambal", "SY0705")])
def test_a_unit_named_after_its_seat_answers_as_the_town(gaz, name, admin2):
    """OCHA's spelling of a subdistrict or district is its seat town, at town precision, without a hint."""
    best = gaz.best(name)
    assert best is not None and best.level == "town" and best.geo_precision == 1 and best.admin2_pcode == admin2
    assert best.name_en == name  # the unit's Latin name, not the Arabic romanised


def test_a_village_near_a_capital_point_under_another_name_is_no_seat():
    """The capital point of Lattakia lies 0.9 km from the village قنينص: the seat is the city, not the village."""
    qninis = [v for v in villages() if v.name_ar == "قنينص"]
    latakia = [v for v in villages() if v.name_ar == "اللاذقية" and v.level == "town"]
    assert qninis and latakia and max(v.weight for v in qninis) * 3 <= max(v.weight for v in latakia)


def test_a_district_named_after_its_town_is_placed_at_that_town():
    """A text naming the district places its events at the town it is named after (ACLED's geo_precision 3 at the
    unit's seat), not at the district's centre, which for a wide desert district lies far from any of them."""
    gaz = Gazetteer.from_layers()
    for name, town in (("منطقة السفيرة", "As Safirah"), ("Ain al-Arab district", "'Ayn al 'Arab"),
                       ("منطقة الحسكة", "Al Hasakah")):
        unit, seat = gaz.best(name), next(e for e in gaz.entries if e.source == "geonames" and e.name_en == town)
        assert unit is not None and unit.level == "district" and unit.geo_precision == 3, name
        assert distance_km(unit.lat, unit.lon, seat.lat, seat.lon) < 1.0, name
