"""Prominence without a hint: a town GeoNames lists among its populated places (an admin seat or 500 people and
more: 308 in Syria) is far more prominent than an OSM village of its name, and answers its name alone."""
from __future__ import annotations

from gazetteer import Gazetteer
from gazetteer.builtin import TOWN_WEIGHT, admin_units, town_entry, village_entry
from gazetteer.core import PROMINENCE_RATIO, distance_km
from gazetteer.entry import Entry, population_weight
from gazetteer.normalize import says_village
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


def _town(name_en: str, name_ar: str, lat: float, lon: float, pcode: str, population: int):
    return town_entry({**ROW, "name_en": name_en, "name_ar": name_ar, "lat": str(lat), "lon": str(lon),
                       "population": str(population), "admin1_pcode": pcode, "admin2_pcode": pcode + "03"})


def _osm(name_ar: str, lat: float, lon: float, pcode: str, kind: str, seat: str):
    return village_entry({"name_en": "", "name_ar": name_ar, "lat": lat, "lon": lon, "type": kind, "population": "",
                          "seat": seat, "admin1_pcode": pcode, "admin2_pcode": pcode + "03",
                          "admin3_pcode": pcode + "0300"})


def test_population_adds_one_for_each_tenfold_above_a_village():
    assert population_weight(0) == population_weight(1000) == 0.0
    assert 1.7 < population_weight(54_534) < 1.8 and population_weight(5_000_000) == 3.0


def test_a_famous_town_answers_over_a_seat_only_osm_names_so():
    """OSM names a point at Ma'dan (Raqqa) ميادين; GeoNames writes Ma'dan معدان. The town of al-Mayadin (54,000
    people, a district seat) answers its Arabic name without a hint: Ma'dan, which writes itself otherwise in
    Arabic, does not lend OSM's point its weight across scripts."""
    unit = next(e for e in admin_units() if e.admin2_pcode == "SY0903")
    gaz = Gazetteer([unit, _town("Al Mayadin", "الميادين", 35.0198, 40.4515, "SY09", 54_534),
                     _osm("الميادين", 35.0167, 40.45, "SY09", "village", "2"),
                     _town("Ma'dan", "معدان", 35.7552, 39.5984, "SY11", 0),
                     _osm("ميادين", 35.7557, 39.6106, "SY11", "town", "3")])
    for name in ("الميادين", "بالميادين", "Al Mayadin"):
        best = gaz.best(name)
        assert best is not None and best.admin1_pcode == "SY09" and best.level == "town", name
    maadan = gaz.best("ميادين", admin1="SY11")
    assert maadan is not None and maadan.admin1_pcode == "SY11"  # with the hint OSM's point still answers


def test_far_apart_towns_of_comparable_size_stay_ambiguous():
    gaz = Gazetteer([_town("Suran", "صوران", 35.29, 36.74, "SY05", 30_000),
                     _town("Suran", "صوران", 36.57, 37.21, "SY02", 20_000)])
    assert gaz.best("Suran") is None and gaz.best("صوران") is None
    assert {m.admin1_pcode for m in gaz.resolve("Suran")} == {"SY05", "SY02"}
    assert gaz.best("Suran", admin1="SY02").admin1_pcode == "SY02"


def _safsafah(*extra):
    """A seat town (GeoNames + OSM) in Tartus and an OSM village of its name in Raqqa, 260 km apart."""
    return Gazetteer([_town("As Safsafah", "الصفصافة", 35.0076, 36.0501, "SY10", 0),
                      _osm("الصفصافة", 35.0078, 36.0500, "SY10", "village", "3"),
                      _osm("الصفصافة", 35.8431, 38.6271, "SY11", "village", ""), *extra])


def test_a_name_that_says_village_is_not_answered_by_a_town_when_a_village_bears_it_elsewhere():
    gaz = _safsafah()
    assert says_village("As Safsafah village") and says_village("قرية الصفصافة") and not says_village("Safsafa")
    for name in ("As Safsafah village", "قرية الصفصافة"):
        assert gaz.best(name) is None, name  # the Raqqa village, reached through the town's Arabic name
        assert gaz.best(name, admin1="SY10").admin1_pcode == "SY10"
    assert gaz.best("As Safsafah").admin1_pcode == "SY10"  # the bare name is the seat, far more prominent


def test_a_dataset_s_own_spelling_of_the_town_still_answers():
    """GED wrote the Tartus place "As Safsafah village": that spelling is the dataset's village of the town."""
    learned = Entry(name_en="As Safsafah village", name_ar="", lat=35.01, lon=36.05, level="town", source="ged",
                    names=["As Safsafah village"], admin1_pcode="SY10", weight=2.0)
    best = _safsafah(learned).best("As Safsafah village")
    assert best is not None and best.admin1_pcode == "SY10"


def test_a_loose_spelling_that_reads_as_a_towns_arabic_name_weighs_the_town_too():
    """"Eskar" is a loose spelling of the town Askar (عسكر) and reads across scripts as عسكر, which an OSM village
    60 km away also bears: the reading reaches both, so the far more prominent town answers with the hint (the
    village alone, at the cross-script score, outranked the town's loose spelling)."""
    town = Entry(name_en="Askar", name_ar="عسكر", lat=35.9, lon=36.6, level="town", source="geonames",
                 admin1_pcode="SY07", admin2_pcode="SY0701", weight=6.0)
    village = Entry(name_en="", name_ar="عسكر", lat=35.5, lon=36.3, level="town", source="osm",
                    admin1_pcode="SY07", admin2_pcode="SY0702", weight=1.0)
    gaz = Gazetteer([*admin_units(), town, village])
    best = gaz.best("Eskar", admin1="Idleb")
    assert best is not None and best.name_en == "Askar" and (best.lat, best.lon) == (town.lat, town.lon)
    assert gaz.best("Eskar") is None  # a loose spelling and a cross-script reading still need the hint
    alone = Gazetteer([*admin_units(), Entry(**{**town.__dict__, "weight": 1.0}), village])
    assert alone.best("Eskar", admin1="Idleb") is None  # namesakes of one weight far apart: candidates only


def test_a_place_its_sources_put_in_two_governorates_answers_inside_the_hinted_one():
    """A made-up border village: a dataset writes "Zarnuqa" in Homs, OSM writes زرنوقة 1 km away in Hama (the
    sources disagree on the governorate of one spot). With either governorate as the hint it is that place,
    answered as the source that puts it there; without a hint, as before, one sighting is not enough."""
    learned = Entry(name_en="Zarnuqa", name_ar="", lat=34.91, lon=36.454, level="town", source="ged",
                    names=["Zarnuqa"], admin1_pcode="SY04", admin2_pcode="SY0401", weight=1.0)
    village = Entry(name_en="", name_ar="زرنوقة", lat=34.912, lon=36.447, level="town", source="osm",
                    admin1_pcode="SY05", admin2_pcode="SY0504", weight=1.0)
    gaz = Gazetteer([*admin_units(), learned, village])
    for hint, where in (("SY05", village), ("SY04", learned)):
        for name in ("Zarnuqa", "زرنوقة"):
            best = gaz.best(name, admin1=hint)
            assert best is not None and best.admin1_pcode == hint, (name, hint)
            assert distance_km(best.lat, best.lon, where.lat, where.lon) < 0.1, (name, hint)
    assert gaz.best("Zarnuqa", admin1="SY07") is None
