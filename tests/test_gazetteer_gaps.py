"""Which places of a shipped dataset layer the built-in layers already name (learned.gaps): a city quarter stands for
a dataset's place of its name only near it, any other built-in place wherever it is; and a dataset's village named
like a far city quarter gets no bare best answer, nor as a camp. Made-up dataset places, named like
built-in city quarters of Hama and Homs and a GeoNames town, or spelling OSM villages."""
from __future__ import annotations

import csv

import pytest

from gazetteer import Gazetteer
from gazetteer.entry import Entry, entry_keys
from gazetteer.core import AMBIGUOUS_KM
from gazetteer.learned import gaps
from tests.gazetteer_env import clean_env  # noqa: F401

ROWS = [  # name, lat, lon, admin1, count
    ("Aleiliyat village", 35.93, 36.63, "Idleb", 20),  # named like a Hama city quarter, 90 km from it
    ("Zanbaqi village", 35.95, 36.70, "Idleb", 2),  # named like another Hama quarter
    ("Jarajmeh village", 35.15, 36.75, "Hama", 2),  # 1.5 km from Hama's quarter of the name: the quarter
    ("Salqin village", 32.70, 36.20, "Dar'a", 2),  # named like Idlib's town Salqin
    ("Deir Mama village", 35.30, 37.50, "Hama", 3),  # a spelling of a village by Masyaf (دير ماما), 70 km from it
    ("Jabiyah village", 32.60, 36.45, "Dar'a", 3),  # ... of a village by Nawa (الجابية), 45 km from it
]


@pytest.fixture(scope="module")
def gaz(tmp_path_factory) -> Gazetteer:
    path = tmp_path_factory.mktemp("layer") / "places.csv"
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["name", "name_ar", "lat", "lon", "admin1", "admin2", "level", "source", "count"])
        writer.writerows([name, "", lat, lon, admin1, "", "town", "ged", count] for name, lat, lon, admin1, count in ROWS)
    return Gazetteer.from_layers(dataset_places=path)


def test_a_city_quarter_hides_no_dataset_place_of_its_name_far_from_it(gaz):
    for name in ("Aleiliyat", "Zanbaqi"):
        best = gaz.best(name, admin1="Idlib")
        assert best is not None and best.source == "ged" and best.admin1_pcode == "SY07", name


def test_a_quarter_near_the_place_and_a_town_anywhere_still_stand_for_it(gaz):
    shipped = {e.name_en for e in gaz.entries if e.source == "ged"}
    assert {"Aleiliyat", "Zanbaqi"} <= shipped
    assert not {"Jarajmeh", "Salqin"} & shipped


def test_the_rule_is_a_distance_for_quarters_only():
    def entry(name: str, lat: float, level: str, source: str, pcode: str = "SY05") -> Entry:
        return Entry(name_en=name, name_ar="", lat=lat, lon=36.7, level=level, source=source, admin1_pcode=pcode)

    km = AMBIGUOUS_KM / 111.2  # degrees of latitude
    rows = [{"name": n} for n in ("Qarat Nur", "Qarat Nur", "Tell Wardi")]
    mine = [entry("Qarat Nur", 35.0 + 2 * km, "town", "ged"), entry("Qarat Nur", 35.0 + 0.5 * km, "town", "ged"),
            entry("Tell Wardi", 37.0, "town", "ged", "SY08")]
    held = [entry("Qarat Nur", 35.0, "neighbourhood", "ocha"), entry("Tell Wardi", 33.0, "town", "geonames")]
    kept, entries = gaps(rows, mine, held, [entry_keys(e) for e in held], AMBIGUOUS_KM)
    assert entries == [mine[0]] and kept == [rows[0]]


def test_a_dataset_village_named_like_a_far_quarter_is_no_bare_answer(gaz):
    assert gaz.best("Aleiliyat") is None  # the quarter may be meant as well
    assert gaz.best("Aleiliyat camp") is None  # a village is not the camp a quarter of the name may hold
    assert gaz.best("Yarmouk Camp") is not None  # a town bearing a camp's name still answers it


@pytest.mark.parametrize("query, name_ar", (("Deir Mama near Masyaf", "دير ماما"), ("Jabiyah near Nawa", "الجابية")))
def test_a_dataset_place_of_the_spelling_elsewhere_does_not_hide_the_village_near_the_town(gaz, query, name_ar):
    """"X near Y" is the village the other script spells X by the town Y, though a dataset writes X exactly for a
    place of the governorate far from Y."""
    best = gaz.best(query)
    assert best is not None and best.name_ar == name_ar and best.source == "osm", query
