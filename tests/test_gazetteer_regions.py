"""The regions layer: named regions below a governorate, derived from OCHA subdistricts, loaded by default."""
import csv
from dataclasses import replace

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
    """A region across governorates would have no admin1 (no member's is its); one inside a governorate has its."""
    for entry, row in zip(regions(), _rows()):
        assert entry.name_ar and entry.names and entry.level == "region"
        governorates = {code[:4] for code in row["members"].split(";")}
        assert entry.admin1_pcode == (governorates.pop() if len(governorates) == 1 else None), entry.name_en
        assert entry.admin2_pcode is None or entry.admin2_pcode.startswith(entry.admin1_pcode)


def test_load_and_build_include_regions_with_no_flag(tmp_path):
    assert sum(e.level == "region" for e in Gazetteer.load().entries) == len(regions()) > 0
    out = tmp_path / "g.json"
    build(out)
    best = Gazetteer.load(out).best("سهل الغاب")
    assert (best.level, best.admin1_pcode) == ("region", "SY05")



@pytest.mark.parametrize(("names", "hint", "region"), [
    (("بادية حماة", "Hama Desert", "Badiyat Hama"), "Hama", "Hama Badia"),
    (("بادية السويداء", "Sweida Badia"), "As-Sweida", "Suwayda Badia"),
    (("حوض اليرموك", "Yarmuk Basin", "Wadi al-Yarmouk"), "Dar'a", "Yarmouk Basin"),
    (("وادي النصارى", "Wadi an-Nasara", "Valley of the Christians"), "Homs", "Wadi al-Nasara"),
    (("جبل الحص", "Jabal al-Hass", "Jebel Hass"), "Aleppo", "Jabal al-Hoss"),
    (("جبل الأربعين", "Jabal al-Arbain"), "Idleb", "Jabal al-Arbaeen"),
    (("جبل باريشا", "Jebel Barisha"), "Idleb", "Jabal Barisha"),
    (("جبل شحشبو", "Jebel Shahshabo"), "Hama", "Jabal Shahshabo"),
    (("اللجاة", "el-Leja", "Lajah"), "Dar'a", "al-Lajat"),
    (("جيب الرستن", "ar-Rastan pocket"), "Homs", "Rastan pocket"),
    (("بادية حمص", "Homs Desert", "Badiyat Homs"), "Homs", "Homs Badia"),
    (("بادية تدمر", "Tadmur Badia"), "Homs", "Palmyra Badia"),
    (("بادية دير الزور", "Deir Ezzor Badia"), "Deir-ez-Zor", "Deir ez-Zor Badia"),
    (("بادية الرقة", "Raqqa Desert"), "Ar-Raqqa", "Raqqa Badia"),
    (("جبل العرب", "جبل الدروز", "Jebel Druze"), "As-Sweida", "Jabal al-Arab"),
    (("الجزيرة السورية", "Syrian Jazeera"), "Al-Hasakeh", "Syrian Jazira"),
])
def test_regions_made_from_geography_answer_in_both_scripts_with_and_without_the_hint(gaz, names, hint, region):
    for text in names:
        for best in (gaz.best(text), gaz.best(text, admin1=hint)):
            assert best is not None and (best.level, best.name_en) == ("region", region), (text, hint)
            assert (best.geo_precision, best.where_prec) == PRECISION["region"]


def test_a_common_noun_names_no_region_and_a_town_keeps_its_name_with_its_hint(gaz):
    """The desert, the coast, the island (البادية، الساحل، الجزيرة) alone are common nouns: only a region's full
    name answers it (بادية حماة); the town al-Jazrah is still what الجزيرة means with the Raqqa hint."""
    assert gaz.best("بادية حماة").level == "region"
    for word in ("الساحل", "الجزيرة", "البادية", "Badia", "Sahel", "Jazira", "Al Jazeera", "al-Jazira", "Desert"):
        assert all(m.level != "region" for m in gaz.resolve(word)), word
    town = gaz.best("الجزيرة", admin1="Raqqa")
    assert town is not None and (town.level, town.admin1_pcode) == ("town", "SY11")


def test_a_region_after_a_city_says_where_the_city_lies(gaz):
    """"City - Part" names a part of the city; a named region there is the country the city lies in, so the
    city answers (a region is coarser than any town in it)."""
    for text, town in (("Ariha - Jabal al-Arbaeen", "Ariha"), ("Kafr Nabl - Jabal al-Zawiya", "Kafr Nabl"),
                       ("Douma - Eastern Ghouta", "Douma")):
        best = gaz.best(text)
        assert best is not None and best.level == "town" and best.name_en == gaz.best(town).name_en, text


@pytest.mark.parametrize(("names", "hints", "region"), [
    (("جبل البشري", "Jebel Bishri"), ("Ar-Raqqa", "Deir-ez-Zor"), "Jabal Bishri"),
    (("وادي الفرات", "Middle Euphrates", "Wadi al-Furat"), ("Deir-ez-Zor", "Ar-Raqqa"), "Euphrates Valley"),
    (("الساحل السوري", "Syrian coastal region"), ("Lattakia", "Tartous"), "Syrian coast"),
    (("جبل الشيخ", "Jabal ash-Sheikh"), ("Rural Damascus", "Quneitra"), "Mount Hermon"),
    (("وادي الخابور", "Khabour Valley"), ("Al-Hasakeh", "Deir-ez-Zor"), "Khabur Valley"),
])
def test_a_region_across_governorates_answers_with_the_hint_of_any_of_its_members_governorates(gaz, names, hints, region):
    """It has no governorate of its own (no admin1), yet a hint naming one its members lie in finds it; a hint of
    another governorate does not."""
    for text in names:
        for hint in (None, *hints):
            best = gaz.best(text, admin1=hint)
            assert best is not None and (best.name_en, best.admin1_pcode) == (region, None), (text, hint)
        assert gaz.best(text, admin1="Dar'a" if region != "Mount Hermon" else "Aleppo") is None, text


def test_a_place_is_inside_a_region_when_its_subdistrict_is_a_member_however_wide_the_region(gaz):
    """Containment by the region's member subdistricts, not by a distance from its point: Qamishli lies 70 km from
    the Jazira's point and inside it; a dataset's place known by its point only is placed by the polygon holding it;
    a governorate is inside no region, a region inside another when all its members are."""
    jazira, coast, valley = gaz.best("الجزيرة السورية"), gaz.best("الساحل السوري"), gaz.best("وادي الفرات")
    qamishli = gaz.best("القامشلي")
    assert distance_km(jazira.lat, jazira.lon, qamishli.lat, qamishli.lon) > 35 and gaz.contains(jazira, qamishli)
    assert gaz.contains(coast, gaz.best("Baniyas")) and gaz.contains(coast, gaz.best("جبلة"))
    assert not gaz.contains(coast, gaz.best("Masyaf")) and not gaz.contains(jazira, gaz.best("Manbij"))
    assert gaz.contains(valley, gaz.best("Al Mayadin")) and not gaz.contains(valley, gaz.best("Tadmur"))
    point_only = replace(gaz.best("Al Mayadin"), admin3_pcode=None)
    assert gaz.contains(valley, point_only) and not gaz.contains(coast, point_only)
    assert not gaz.contains(jazira, gaz.best("Al-Hasakeh governorate"))
    assert gaz.contains(gaz.best("Qalamoun"), gaz.best("Eastern Qalamoun"))
    assert not gaz.contains(gaz.best("Eastern Qalamoun"), gaz.best("Qalamoun"))


def test_a_town_named_as_a_region_word_wins_with_its_hint_and_the_regions_full_name_answers_the_region(gaz):
    """al-Jazrah (Raqqa) is what الجزيرة and "Jazira" mean with the Raqqa hint; the Syrian Jazira is what its full
    name means, with or without the Hasakah hint."""
    for word in ("الجزيرة", "Jazira"):
        town = gaz.best(word, admin1="Ar-Raqqa")
        assert town is not None and (town.level, town.admin1_pcode) == ("town", "SY11"), word
    for hint in (None, "Al-Hasakeh"):
        assert gaz.best("الجزيرة السورية", admin1=hint).name_en == "Syrian Jazira"


@pytest.mark.parametrize(("desert", "countryside"), [
    ("بادية البوكمال", "ريف البوكمال"), ("ببادية منبج", "ريف منبج"), ("بادية الرقة الشرقية", "ريف الرقة الشرقي"),
    ("the desert of Palmyra", "Palmyra countryside"), ("Manbij desert", "Manbij countryside"),
    ("Badiyat Abu Kamal", "Abu Kamal countryside"),
])
def test_the_desert_of_x_answers_as_the_countryside_of_x(gaz, desert, countryside):
    """"بادية X", "X desert", "the desert of X": the text names X's surroundings, answered as "ريف X" is (the
    governorate or district at region precision), never the town X itself."""
    assert gaz.resolve(desert) == gaz.resolve(countryside) != []
    assert gaz.best(desert) == gaz.best(countryside)
    assert all(m.level != "town" for m in gaz.resolve(desert))
    assert all(m.level not in ("governorate", "district") for m in gaz.resolve(f"{desert} village"))


def test_a_region_named_for_its_desert_is_that_region_not_a_countryside(gaz):
    for text, region in (("بادية حمص", "Homs Badia"), ("the Palmyra desert", "Palmyra Badia"),
                         ("Raqqa Desert", "Raqqa Badia"), ("بادية دير الزور", "Deir ez-Zor Badia")):
        assert gaz.best(text).name_en == region, text
    for text in ("بادية الشام", "Badiyat al-Sham"):  # the Syrian desert (al-Sham, the Levant), not Damascus's
        assert gaz.best(text) is None, text


@pytest.mark.parametrize("text, hint, pcode", [
    ("الريف الغربي لحمص", "Homs", "SY04"),  # the countryside with its article, its place after ل ("of")
    ("بالريف الشمالي لحماة", None, "SY05"),
    ("الريف الجنوبي للحسكة", "Al-Hasakeh", "SY08"),  # ل before the article: للـ
    ("the northern rural areas of Hama", None, "SY05"),  # "rural areas": the countryside's parts
    ("the western sector of Daraa countryside", "Dar'a", "SY12"),  # a sector of the countryside
    ("the Jazl desert of Homs", None, "SY04"),  # a desert named, then the place it lies in
])
def test_countryside_phrasings_name_their_governorate(gaz, text, hint, pcode):
    best = gaz.best(text, admin1=hint)
    assert best is not None and (best.level, best.admin1_pcode) == ("governorate", pcode), text
    assert (best.geo_precision, best.where_prec) == (3, 4)


def test_a_village_after_the_countryside_word_keeps_its_own_l():
    """Only the countryside with its article takes ل before its place: "ريف لطمين" keeps the village's first letter."""
    from gazetteer.normalize import parse

    assert parse("ريف لطمين").key == "~لطمين"
    assert parse("الريف الشرقي لحماة").key == parse("ريف حماة الشرقي").key


def test_a_mountain_plain_or_valley_is_the_named_spot_of_its_name_in_the_hinted_governorate():
    """"سهل الزعرور" / "the Zaarour plain" with the Idlib hint: no layer names the plain, but OSM names a spot
    الزعرور there: that spot, as a region (capped at the hinted bar, region precision). Never without the hint,
    never a spot that names another feature ("جبل الكرم" is not the wadi وادي الكرم), never a village, never a spot
    a looser spelling reaches, nothing outside the hinted governorate."""
    from gazetteer.core import HINTED_SCORE
    from gazetteer.entry import Entry

    def spot(name_ar: str, lat: float, lon: float, level: str = "locality", pcode: str = "SY07") -> Entry:
        return Entry("", name_ar, lat, lon, level, "osm", admin1_pcode=pcode, weight=0.1)

    gaz = Gazetteer([spot("الزعرور", 35.9, 36.5), spot("وادي الكرم", 35.7, 36.6), spot("الكرم", 35.6, 36.7, "town"),
                     spot("الخالدية", 34.7, 36.7, "locality", "SY04")])
    for name in ("سهل الزعرور", "بسهل الزعرور", "the Zaarour plain", "Jabal al-Zaarour"):
        best = gaz.best(name, admin1="Idleb")
        assert best is not None and (best.name_ar, best.level, best.score) == ("الزعرور", "region", HINTED_SCORE), name
        assert (best.geo_precision, best.where_prec) == PRECISION["region"]
        assert gaz.best(name) is None and gaz.best(name, admin1="Hama") is None, name
    assert gaz.best("جبل الكرم", admin1="Idleb") is None
    assert gaz.best("Wadi Khaled", admin1="Homs") is None  # الخالدية is a looser spelling
