"""The regions layer: named regions below a governorate, derived from OCHA subdistricts, loaded by default."""
import csv

import pytest
from shapely.geometry import Point

from gazetteer import Gazetteer
from gazetteer.build import build
from gazetteer.builtin import REGIONS, regions
from gazetteer.core import AMBIGUOUS_KM, distance_km
from gazetteer.entry import PRECISION
from gazetteer_env import clean_env  # noqa: F401  (autouse fixture)


@pytest.fixture(scope="module")
def gaz():
    from gazetteer.builtin import builtin_entries, builtin_keys

    return Gazetteer(builtin_entries(), builtin_keys())


def _rows() -> list[dict]:
    with open(REGIONS, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_region_queries_answer_the_region_near_its_towns_not_the_governorate_point(gaz):
    douma = gaz.best("Douma")
    for text in ("Eastern Ghouta", "East Ghouta", "الغوطة الشرقية", "ريف دمشق الغوطة الشرقية", "Ghouta"):
        best = gaz.best(text)
        assert (best.level, best.admin1_pcode, best.name_en) == ("region", "SY03", "Eastern Ghouta"), text
        assert distance_km(best.lat, best.lon, douma.lat, douma.lon) < AMBIGUOUS_KM, text
        assert (best.geo_precision, best.where_prec) == PRECISION["region"]


def test_a_compass_word_is_part_of_a_regions_name(gaz):
    east, west = gaz.best("Eastern Ghouta"), gaz.best("Western Ghouta")
    assert west.name_ar == "الغوطة الغربية" and east.name_ar == "الغوطة الشرقية"
    assert gaz.best("Eastern Qalamoun").name_en == "Eastern Qalamoun"
    assert gaz.best("القلمون").name_en == "Qalamoun"


def test_a_village_query_never_answers_a_region(gaz):
    for text in ("village Ghouta", "قرية الغوطة", "Ghouta town", "بلدة الغاب"):
        assert all(m.level != "region" for m in gaz.resolve(text)), text
        best = gaz.best(text)
        assert best is None or best.level != "region", text


def test_the_shipped_table_is_what_its_members_derive(ocha_dir):
    """Every point and admin code comes from the member subdistricts: rebuilding changes nothing."""
    from gazetteer.boundaries import admin_polygons
    from gazetteer.regions import derive

    rows = _rows()
    assert [{k: str(v) for k, v in r.items()} for r in derive(rows, ocha_dir)] == rows
    polygons = admin_polygons(3, ocha_dir).set_index("pcode")
    for row in rows:
        members = polygons.loc[row["members"].split(";")]
        assert members.geometry.union_all().contains(Point(float(row["lon"]), float(row["lat"]))), row["name_en"]
        assert all(code.startswith(row["admin2_pcode"] or row["admin1_pcode"]) for code in members.index)


def test_regions_have_arabic_names_and_shared_admin_codes_only():
    for entry in regions():
        assert entry.name_ar and entry.names and entry.level == "region"
        assert entry.admin1_pcode and (entry.admin2_pcode is None or entry.admin2_pcode.startswith(entry.admin1_pcode))


def test_load_and_build_include_regions_with_no_flag(tmp_path):
    assert sum(e.level == "region" for e in Gazetteer.load().entries) == len(regions()) > 0
    out = tmp_path / "g.json"
    build(out)
    best = Gazetteer.load(out).best("سهل الغاب")
    assert (best.level, best.admin1_pcode) == ("region", "SY05")
