"""The OpenStreetMap village layer: shipped in data/, loaded by default, localities never answer alone."""
from collections import Counter

import pytest

from gazetteer import Gazetteer
from pathlib import Path

from gazetteer.builtin import town_entry, village_entry, village_keys, villages
from gazetteer.core import PROMINENCE_RATIO
from gazetteer.entry import ATTRIBUTION, Entry, entry_keys
from gazetteer_env import clean_env  # noqa: F401  (autouse fixture)



@pytest.fixture(scope="module")
def gaz():
    return Gazetteer(*_builtin())


def _builtin():
    from gazetteer.builtin import builtin_entries, builtin_keys

    return builtin_entries(), builtin_keys()


def test_the_layer_ships_with_admin_codes_for_every_place():
    places = villages()
    assert len(places) > 11_000
    assert all(p.source == "osm" and p.admin1_pcode and p.admin2_pcode and p.admin3_pcode for p in places)
    assert all(p.admin2_pcode.startswith(p.admin1_pcode) and p.admin3_pcode.startswith(p.admin2_pcode)
               for p in places)
    assert Counter(p.level for p in places)["locality"] > 3000


def test_stored_keys_are_what_the_normaliser_makes_now():
    """The table stores match keys to start fast: they must not go stale when normalisation changes."""
    assert [entry_keys(e) for e in villages()] == list(village_keys())
    import csv

    from gazetteer.builtin import TOWNS

    with open(TOWNS, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [entry_keys(town_entry(r)) for r in rows] == [r["keys"].split(";") for r in rows]


def test_default_load_includes_the_village_layer():
    gaz = Gazetteer.load()
    assert sum(e.source == "osm" for e in gaz.entries) == len(villages())


def test_seed_village_resolves_from_the_layer_in_hama(gaz):
    best = gaz.best("المصاصنة", admin1="Hama")
    assert best is not None and best.source == "osm" and best.admin1_pcode == "SY05"
    assert best.attribution == ATTRIBUTION["osm"] == "© OpenStreetMap contributors, ODbL"
    assert best.geo_precision == 2  # a site marked by named spots: near, not in, a mapped settlement


def test_a_lone_locality_never_answers(gaz):
    """A locality whose name no other place carries is a candidate, never the answer."""
    counts = Counter(k for e in gaz.entries for k in entry_keys(e))
    lone = [e for e in villages() if e.level == "locality" and not e.names
            and all(counts[k] == 1 for k in entry_keys(e))][:20]
    assert len(lone) == 20
    for place in lone:
        name = place.all_names()[0]
        assert gaz.resolve(name, admin1=place.admin1_pcode)[0].level == "locality"
        assert gaz.best(name, admin1=place.admin1_pcode) is None
        assert gaz.best(name) is None


def test_a_settlement_outranks_a_locality_of_the_same_name(gaz):
    by_key: dict[str, set[str]] = {}
    for e in villages():
        for k in entry_keys(e):
            by_key.setdefault(k, set()).add(e.level)
    shared = [k for k, levels in by_key.items() if {"town", "locality"} <= levels][:30]
    assert shared
    for key in shared:
        name = next(n for e in villages() if e.level == "locality" for n in e.all_names() if entry_keys(
            Entry(n, "", 0, 0, "town", "t")) == [key])
        levels = [m.level for m in gaz.resolve(name, limit=50)]
        assert "locality" not in levels[:levels.index("town") + 1], name


def test_osm_matches_carry_the_attribution_and_a_latin_name(gaz):
    match = next(m for m in gaz.resolve("كفر نبودة") if m.source == "osm")
    assert match.attribution == "© OpenStreetMap contributors, ODbL"
    assert match.name_en and match.name_en.isascii()


def test_the_readme_credits_openstreetmap():
    assert "© OpenStreetMap contributors, ODbL" in (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def test_village_entry_levels_and_prominence():
    row = {"name_en": "", "name_ar": "وادي مصاصنة", "lat": 35.2, "lon": 36.6, "type": "locality", "population": "",
           "seat": "", "admin1_pcode": "SY05", "admin2_pcode": "SY0505", "admin3_pcode": "SY050500"}
    wadi = village_entry(row)
    assert (wadi.level, wadi.names) == ("locality", ["مصاصنة"])
    city = village_entry({**row, "name_ar": "حماه", "type": "city", "population": "696863", "seat": "1"})
    village = village_entry({**row, "name_ar": "صوران", "type": "village"})
    assert city.level == village.level == "town" and city.names == []
    assert city.weight > 3 * village.weight > 3 * wadi.weight


def test_an_osm_town_is_far_more_prominent_than_a_village_of_its_name(gaz):
    """OSM tags a place a town for its size: it outweighs a namesake village (PROMINENCE_RATIO) and answers."""
    row = {"name_en": "", "name_ar": "رميلان", "lat": 37.0, "lon": 41.9, "type": "town", "population": "",
           "seat": "", "admin1_pcode": "SY08", "admin2_pcode": "SY0803", "admin3_pcode": "SY080300"}
    town, village = village_entry(row), village_entry({**row, "type": "village"})
    assert town.weight >= PROMINENCE_RATIO * village.weight
    for hint in ("Hasakah", None):  # Rmelan, the oil town, not the village 160 km south-west
        best = gaz.best("Rmelan", admin1=hint)
        assert best is not None and best.admin2_pcode == "SY0803", hint


def test_a_village_spelt_with_the_other_a_ending_answers_with_its_hint_only():
    """OSM writes a made-up village زعيترا; a report writes زعيترة: with the hint it is the village (a loose
    spelling, answered only inside the hinted governorate), without it no best answer, the village listed."""
    village = Entry(name_en="", name_ar="زعيترا", lat=35.2, lon=36.7, level="town", source="osm",
                    admin1_pcode="SY05", admin2_pcode="SY0503", admin3_pcode="SY050300", weight=1.0)
    gaz = Gazetteer([village])
    best = gaz.best("زعيترة", admin1="SY05")
    assert best is not None and best.name_ar == "زعيترا"
    assert gaz.best("زعيترة") is None and gaz.resolve("زعيترة")[0].name_ar == "زعيترا"
