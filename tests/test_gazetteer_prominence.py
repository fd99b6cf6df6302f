"""Prominence without a hint: a town GeoNames lists among its populated places (an admin seat or 500 people and
more: 308 in Syria) is far more prominent than an OSM village of its name, and answers its name alone."""
from __future__ import annotations

from gazetteer import Gazetteer
from gazetteer.builtin import TOWN_WEIGHT, town_entry, village_entry
from gazetteer.core import PROMINENCE_RATIO, distance_km
from tests.gazetteer_env import clean_env  # noqa: F401

ROW = {"name_en": "Markadah", "name_ar": "مرقدا", "names": "", "lat": "35.75", "lon": "40.77", "population": "0",
       "admin1_pcode": "SY08", "admin2_pcode": "SY0800", "admin3": "", "admin3_pcode": ""}


def _village(lat: float, lon: float, pcode: str):
    return village_entry({"name_en": "", "name_ar": "مرقدا", "lat": lat, "lon": lon, "type": "village",
                          "population": "", "seat": "", "admin1_pcode": pcode, "admin2_pcode": pcode + "00",
                          "admin3_pcode": pcode + "0000"})


def test_a_listed_town_weighs_far_more_than_a_village():
    assert town_entry(ROW).weight == TOWN_WEIGHT >= PROMINENCE_RATIO * _village(35.0, 37.0, "SY05").weight


def test_a_listed_town_answers_its_name_over_village_namesakes():
    gaz = Gazetteer([town_entry(ROW), _village(35.0, 37.0, "SY05"), _village(33.0, 36.3, "SY12")])
    for name in ("Markadah", "مرقدا"):
        best = gaz.best(name)
        assert best is not None and best.admin1_pcode == "SY08" and best.source == "geonames", name


def test_two_villages_of_a_name_stay_ambiguous():
    assert Gazetteer([_village(35.0, 37.0, "SY05"), _village(33.0, 36.3, "SY12")]).best("مرقدا") is None


def test_built_in_seats_without_a_population_figure_answer_alone():
    gaz = Gazetteer.from_layers()
    for town in ("Markadah", "Al Ya'rubiyah", "Majdal Shams"):
        entry = next(t for t in gaz.entries if t.source == "geonames" and t.name_en == town)
        best = gaz.best(town)
        assert best is not None and distance_km(best.lat, best.lon, entry.lat, entry.lon) < 10, town
