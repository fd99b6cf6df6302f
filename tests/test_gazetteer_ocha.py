"""The gazetteer built with the OCHA COD-AB boundaries and UCDP GED events of ../shared."""
import pytest

from gazetteer.builtin import builtin_entries
from gazetteer import Gazetteer
from gazetteer.boundaries import admin_polygons, country_outlines
from gazetteer.settings import WORLD_ATLAS
from gazetteer.build import build
from gazetteer.geocoder import OfflineGeocoder

pytestmark = pytest.mark.shared


@pytest.fixture(scope="module")
def built(tmp_path_factory, ocha_dir, ged_csv):
    with pytest.MonkeyPatch.context() as mp:
        tmp = tmp_path_factory.mktemp("gaz")
        mp.setenv("GAZETTEER_LEARNED", str(tmp / "none.csv"))
        mp.delenv("OCHA_DIR", raising=False)
        mp.delenv("GAZETTEER_ONLINE", raising=False)
        report = build(tmp / "gazetteer.json", ocha=ocha_dir, events=[ged_csv])
        yield report, Gazetteer.load(tmp / "gazetteer.json")


def test_build_counts_every_layer(built):
    report, gaz = built
    assert report.counts["builtin"] == len(builtin_entries())
    assert report.counts["ocha"] > 500 and report.counts["events"] > 900
    assert report.problems == []
    assert len(gaz.entries) == sum(report.counts.values())
    quarters = [e for e in gaz.entries if e.level == "neighbourhood" and e.source == "ocha"]
    assert len(quarters) == 414  # the built-in table's: the OCHA layer adds no second copy


def test_as_sukkari_is_an_aleppo_neighbourhood(built):
    _, gaz = built
    for text, hint in (("As-Sukkari", "Aleppo"), ("السكري", "Aleppo"), ("حي السكري", None),
                       ("Sukkari neighbourhood", None)):  # a bare quarter name needs its governorate
        best = gaz.best(text, hint)
        assert best is not None, text
        assert (best.level, best.admin1_pcode, best.admin2_pcode, best.source) == ("neighbourhood", "SY02", "SY0200", "ocha")
        assert best.name_ar == "السكري"
        assert abs(best.lat - 36.17) < 0.05 and abs(best.lon - 37.15) < 0.05


def test_suran_with_ocha_has_subdistrict_codes(built):
    _, gaz = built
    hama, aleppo = gaz.best("Suran", admin1="Hama"), gaz.best("صوران", admin1="Aleppo")
    assert hama.admin3_pcode.startswith("SY05") and aleppo.admin3_pcode.startswith("SY02")
    assert gaz.best("Suran") is None  # two towns, far apart, equally known


def test_learned_ged_place_with_its_coordinates_and_codes(built):
    _, gaz = built
    best = gaz.best("Teir Maaleh village", admin1="Homs Governorate")
    assert best.source == "ged" and best.name_en == "Teir Maaleh"
    assert (round(best.lat, 3), round(best.lon, 3)) == (34.802, 36.708)
    assert best.admin1_pcode == "SY04" and best.admin3_pcode.startswith("SY04")


def test_region_phrase_still_resolves_to_a_governorate(built):
    _, gaz = built
    best = gaz.best("ريف حماة")
    assert (best.level, best.admin1_pcode, best.geo_precision) == ("governorate", "SY05", 3)


def test_reverse_uses_the_polygons(built):
    _, gaz = built
    found = gaz.reverse(36.2012, 37.1612)  # Aleppo city
    assert (found["admin1_pcode"], found["admin2_pcode"], found["approximate"]) == ("SY02", "SY0200", False)
    assert found["admin3_pcode"].startswith("SY0200")
    assert gaz.reverse(39.93, 32.86) is None


def test_geopy_compatible_geocoder(built):
    _, gaz = built
    geocoder = OfflineGeocoder(gaz)
    location = geocoder.geocode("As-Sukkari neighbourhood")
    assert location.raw["level"] == "neighbourhood" and "Aleppo" in location.address
    assert (round(location.latitude, 2), round(location.longitude, 2)) == (round(location.raw["lat"], 2), round(location.raw["lon"], 2))
    many = geocoder.geocode("Suran", exactly_one=False)
    assert {loc.raw["admin1_pcode"] for loc in many} >= {"SY02", "SY05"}
    assert geocoder.geocode({"city": "Suran", "state": "Hama"}).raw["admin1_pcode"] == "SY05"
    assert geocoder.geocode("Xyzzy Qwerty") is None
    where = geocoder.reverse("36.2012, 37.1612")
    assert where.raw["admin1_pcode"] == "SY02" and where.address.endswith("Syria")


def test_admin_polygons_and_outlines(ocha_dir):
    level1 = admin_polygons(1, ocha_dir)
    assert len(level1) == 14 and set(level1.columns) >= {"name_en", "name_ar", "pcode", "geometry"}
    level3 = admin_polygons(3, ocha_dir)
    assert {"admin1_pcode", "admin2_pcode"} <= set(level3.columns)
    assert admin_polygons(3, ocha_dir) is level3  # cached
    outlines = country_outlines(WORLD_ATLAS)
    assert {"Syria", "Turkey", "Iraq", "Jordan", "Lebanon"} <= set(outlines["name"])


def test_admin_polygons_without_ocha_is_none(monkeypatch):
    monkeypatch.delenv("OCHA_DIR", raising=False)
    assert admin_polygons(1) is None


def test_ocha_as_geojson(tmp_path, ocha_dir, monkeypatch):
    """OCHA publishes GeoJSON too: the same layers as .geojson files build the same entries."""
    import geopandas as gpd

    monkeypatch.setenv("GAZETTEER_LEARNED", str(tmp_path / "none.csv"))
    folder = tmp_path / "ocha-geojson"
    folder.mkdir()
    for layer in ("admin3", "adminpoints", "admincapitals", "neighborhoods"):
        frame = gpd.read_file(next(ocha_dir.glob(f"*_{layer}.shp")))
        frame.to_file(folder / f"syr_{layer}.geojson", driver="GeoJSON")
    report = build(tmp_path / "g.json", ocha=folder)
    assert report.counts["ocha"] > 500
    best = Gazetteer.load(tmp_path / "g.json").best("حي السكري")
    assert best.level == "neighbourhood" and best.admin1_pcode == "SY02"


def test_ocha_folder_errors(tmp_path):
    from gazetteer.errors import SourceError

    with pytest.raises(SourceError, match="not a folder"):
        build(tmp_path / "g.json", ocha=tmp_path / "missing")
    (tmp_path / "empty").mkdir()
    with pytest.raises(SourceError, match="no OCHA layer 'admin3'"):
        build(tmp_path / "g.json", ocha=tmp_path / "empty")
    assert not (tmp_path / "g.json").exists()
