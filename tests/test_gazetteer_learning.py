"""Learning a dataset never costs a reference place its name: a place only a dataset's events name rivals a
place a reference source knows (GeoNames, OCHA, OSM, built-in, the user's places) only when it is far busier."""
from __future__ import annotations

from gazetteer import Gazetteer
from gazetteer.builtin import towns
from gazetteer.core import distance_km
from gazetteer.entry import Entry
from gazetteer.learned import event_weight, learn
from tests.gazetteer_env import clean_env  # noqa: F401

TARTUS, RAQQA = "SY10", "SY11"


def _reference(weight: float) -> Entry:
    return Entry("As Safsafah", "الصفصافة", 34.92, 36.0, "town", "geonames", admin1_pcode=TARTUS, weight=weight)


def _learned(events: int) -> Entry:
    return Entry("As Safsafah", "", 36.3, 38.9, "town", "ged", names=["As Safsafah village"], admin1_pcode=RAQQA,
                 weight=event_weight(events))


def test_a_learned_namesake_of_comparable_weight_leaves_the_reference_place_its_name():
    reference = _reference(4.0)
    assert Gazetteer([reference]).best("Safsafah").admin1_pcode == TARTUS
    learned = Gazetteer([reference, _learned(10)])  # 10 events weigh 4.3: more than the town, not far more
    assert learned.best("Safsafah").admin1_pcode == TARTUS
    assert {m.admin1_pcode for m in learned.resolve("Safsafah")} == {TARTUS, RAQQA}  # still a candidate


def test_the_hint_still_finds_the_learned_place():
    gaz = Gazetteer([_reference(4.0), _learned(10)])
    assert gaz.best("As Safsafah village", admin1="Raqqa").admin1_pcode == RAQQA


def test_a_far_busier_learned_place_takes_the_name():
    gaz = Gazetteer([_reference(2.5), _learned(2 ** 7)])  # 128 events weigh 8, over 3 times the town's 2.5
    assert gaz.best("Safsafah").admin1_pcode == RAQQA


def test_two_learned_namesakes_of_comparable_weight_stay_ambiguous():
    other = Entry("As Safsafah", "", 33.0, 36.5, "town", "acled", admin1_pcode="SY12", weight=event_weight(12))
    assert Gazetteer([_learned(10), other]).best("Safsafah") is None


def test_learning_namesakes_never_costs_a_built_in_town(tmp_path):
    """Every built-in town answering its English name keeps it after learning a busy namesake 300 km away."""
    before = Gazetteer.from_layers()
    picked = [t for t in towns() if t.name_en and t.lat > 35.5][:40]
    kept = [t for t in picked if (b := before.best(t.name_en)) and distance_km(b.lat, b.lon, t.lat, t.lon) < 10]
    assert len(kept) >= 20
    rows = [{"name": f"{t.name_en} village", "lat": t.lat - 2.7, "lon": t.lon, "source": "ged"}
            for t in kept for _ in range(6)]
    learn(rows, tmp_path / "learned.csv")
    after = Gazetteer.from_layers(learned_file=tmp_path / "learned.csv")
    for town in kept:
        best = after.best(town.name_en)
        assert best is not None and distance_km(best.lat, best.lon, town.lat, town.lon) < 10, town.name_en


def test_the_dataset_own_spelling_still_weighs_its_place_as_a_rival():
    """'As Safsafah village', letter for letter as the dataset wrote it, is the dataset speaking: its place and
    the reference town are two comparable namesakes, so no best answer without a hint."""
    gaz = Gazetteer([_reference(4.0), _learned(10)])
    assert gaz.best("As Safsafah village") is None
    assert gaz.best("as safsafah  VILLAGE") is None
    assert gaz.best("Safsafah village").admin1_pcode == TARTUS


def test_learning_at_an_osm_namesake_does_not_make_it_a_rival():
    """A dataset's place that shares its spot with an OSM village of the name adds to that village's weight;
    the village rivals the reference town only on what the reference sources give it."""
    village = Entry("", "الصفصافة", 36.3, 38.9, "town", "osm", admin1_pcode=RAQQA, weight=1.0)
    learned = Entry("As Safsafah", "", 36.301, 38.901, "town", "ged", admin1_pcode=RAQQA, weight=event_weight(10))
    gaz = Gazetteer([_reference(4.0), village, learned])
    for name in ("الصفصافة", "Safsafah"):
        assert gaz.best(name).admin1_pcode == TARTUS, name
    assert gaz.best("الصفصافة", admin1="Raqqa").admin1_pcode == RAQQA


def _village_with_events(lat: float, lon: float, pcode: str, events: int) -> list[Entry]:
    """An OSM village and a dataset's place of its name on the same spot, seen `events` times."""
    return [Entry("", "نورس", lat, lon, "town", "osm", admin1_pcode=pcode, weight=1.0),
            Entry("Nawras", "", lat + 0.001, lon + 0.001, "town", "ged", admin1_pcode=pcode,
                  weight=event_weight(events))]


def test_events_at_one_of_two_villages_win_its_name_only_when_far_busier():
    """Two villages of a name, each a dataset's events apart: the reference sources give both the same, so only
    events PROMINENCE_RATIO times busier make one the name's answer. Before, the first-ranked one answered on its
    own events against what its namesake had without them, even the less busy of the two."""
    hama, deir = _village_with_events(35.35, 36.92, "SY05", 2), _village_with_events(35.37, 40.10, "SY09", 14)
    for entries in (hama + deir, deir + hama):
        gaz = Gazetteer(entries)
        assert gaz.best("نورس") is None
        assert {m.admin1_pcode for m in gaz.resolve("نورس")} == {"SY05", "SY09"}  # both listed
        assert gaz.best("نورس", admin1="Hama").admin1_pcode == "SY05"
    busy = Gazetteer(_village_with_events(35.37, 40.10, "SY09", 2 ** 9) + hama[:1])  # 512 events weigh 10
    assert busy.best("نورس").admin1_pcode == "SY09"


def test_a_village_a_dataset_wrote_in_latin_answers_as_its_arabic_name_does():
    """A dataset's Latin spelling of a village that OSM names in Arabic hides, as an exact hit, the villages of
    that Arabic name elsewhere (OSM's are Arabic-only): the Latin name now weighs them as the Arabic one does."""
    hama = _village_with_events(35.35, 36.92, "SY05", 2)  # 1 + 2 events
    deir = Entry("", "نورس", 35.37, 40.10, "town", "osm", admin1_pcode="SY09", weight=1.5)
    gaz = Gazetteer(hama + [deir])
    assert gaz.best("نورس") is None and gaz.best("Nawras") is None
    assert gaz.best("Nawras", admin1="Hama").admin1_pcode == "SY05"
    lone = Gazetteer(hama + [Entry("", "نورس", 35.37, 40.10, "town", "osm", admin1_pcode="SY09", weight=1.0)])
    assert lone.best("Nawras").admin1_pcode == "SY05"  # three times the namesake: the name is its
