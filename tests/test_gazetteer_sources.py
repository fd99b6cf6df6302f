"""Sources and bad input: places CSV, GeoNames dump, events, learned places, the built file, online fallback."""
import json

import pytest
from geopy.location import Location
from geopy.point import Point

from gazetteer.builtin import builtin_entries
from gazetteer import Gazetteer
from gazetteer.build import build
from gazetteer.errors import SourceError
from gazetteer.learned import learn, read_learned
from gazetteer.online import OnlineFallback
from gazetteer.settings import online_fallback
from gazetteer.sources.events import event_places
from gazetteer.sources.geonames import geonames_entries
from gazetteer.sources.places import places_entries
from gazetteer_env import clean_env  # noqa: F401  (autouse fixture)


def write(path, text):
    path.write_text(text, encoding="utf-8")
    return path


def test_places_csv_keeps_good_rows_and_names_bad_lines(tmp_path):
    csv = write(tmp_path / "places.csv", "name,alternate_names,name_ar,lat,lon,level\n"
                "Khirbet Example,Kherbet Example;Khirbat Exampel,خربة المثال,35.1,36.7,town\n"
                ",,,35.0,36.0,town\n"
                "Bad Lat,,,north,36.0,town\n"
                "Odd Level,,,35.0,36.0,castle\n")
    problems = []
    entries = places_entries(csv, problems)
    assert [e.name_en for e in entries] == ["Khirbet Example"]
    assert [(p.line, p.reason.split(" ")[0]) for p in problems] == [(3, "empty"), (4, "lat/lon"), (5, "unknown")]
    assert all(str(csv) in str(p) for p in problems)


def test_places_csv_missing_columns_is_an_error(tmp_path):
    csv = write(tmp_path / "places.csv", "name,latitude\nX,35\n")
    with pytest.raises(SourceError, match="missing columns: lat, lon"):
        places_entries(csv, [])


def test_unreadable_file_is_an_error(tmp_path):
    with pytest.raises(SourceError, match="cannot read"):
        places_entries(tmp_path / "nope.csv", [])


def test_geonames_dump(tmp_path):
    row = ["123", "Tall Example", "Tall Example", "Tell Example,تل المثال", "36.1", "37.1", "P", "PPL", "SY",
           "", "09", "", "", "", "1500", "", "300", "Asia/Damascus", "2020-01-01"]
    spot = row[:]
    spot[1], spot[6] = "Example Dam", "S"
    ridge = row[:]
    ridge[6] = "T"
    dump = write(tmp_path / "SY.txt", "\n".join("\t".join(r) for r in (row, spot, ridge)) + "\nbroken\tline\n")
    problems = []
    entries = geonames_entries(dump, problems)
    assert [(e.name_en, e.level, e.name_ar) for e in entries] == [
        ("Tall Example", "town", "تل المثال"), ("Example Dam", "landmark", "تل المثال")]
    assert problems[0].line == 4 and "19 tab-separated" in problems[0].reason


def test_events_from_ged_and_acled(tmp_path):
    ged = write(tmp_path / "ged.csv", "where_coor,latitude,longitude,where_prec,adm_1,adm_2\n"
                "Example village,35.5,37.5,1,Hamah Governorate,\n"
                "Example village,35.5,37.5,2,Hamah Governorate,\n"
                "Hamah Governorate,35.3,37.3,4,Hamah Governorate,\n"
                "Bad,x,37.5,1,,\n")
    problems = []
    places = event_places(ged, problems)
    assert [(p["name"], p["count"], p["source"]) for p in places] == [("Example village", 2, "ged")]
    assert problems[0].line == 5
    acled = write(tmp_path / "acled.csv", "event_id_cnty,location,latitude,longitude,geo_precision,admin1,admin2\n"
                  "SYR1,Example Town,35.5,37.5,1,Hama,Hama\n")
    assert event_places(acled, [])[0]["source"] == "acled"
    other = write(tmp_path / "other.csv", "a,b\n1,2\n")
    with pytest.raises(SourceError, match="neither a UCDP GED nor an ACLED"):
        event_places(other, [])


def test_build_writes_a_file_that_loads_fast_and_aborts_cleanly(tmp_path):
    places = write(tmp_path / "p.csv", "name,lat,lon,alternate_names\nQaryat Mithal,35.2,36.9,Qaryet Methal\n")
    out = tmp_path / "g.json"
    report = build(out, places=[places])
    assert report.counts == {"builtin": len(builtin_entries()), "places": 1}
    gaz = Gazetteer.load(out)
    best = gaz.best("Qaryet Methal")
    assert best.source == "places" and best.admin1_pcode == "SY05"  # admin codes from the nearest district
    broken = write(tmp_path / "broken.csv", "name\nX\n")
    with pytest.raises(SourceError):
        build(tmp_path / "g2.json", places=[broken])
    assert not (tmp_path / "g2.json").exists()  # never a half-written file


def test_loading_a_file_that_is_not_a_gazetteer(tmp_path):
    with pytest.raises(SourceError, match="not a readable gazetteer file"):
        Gazetteer.load(write(tmp_path / "x.json", "{nope"))
    with pytest.raises(SourceError, match="rebuild"):
        Gazetteer.load(write(tmp_path / "y.json", json.dumps({"format": "other"})))


def test_learned_places_are_merged_and_loaded(tmp_path):
    rows = [
        {"name": "Mazraat Mithal village", "lat": 35.4, "lon": 37.0, "admin1": "Hamah Governorate", "source": "ged"},
        {"name": "Mazraat Mithal village", "lat": 35.4, "lon": 37.0, "admin1": "Hamah Governorate", "source": "ged"},
        {"name": "Mazraat Mithal village", "lat": 35.4, "lon": 37.0, "admin1": "Hamah Governorate", "source": "ged"},
        {"name": "", "lat": 35.4, "lon": 37.0},
        {"name": "No coords"},
        {"name": "Eastern Hama", "lat": 35.2, "lon": 37.6},  # a region, not a place
    ]
    assert learn(rows) == 3
    stored = read_learned()
    assert len(stored) == 1 and stored[0]["count"] == 3
    best = Gazetteer.load().best("Mazraat Mithal")
    assert (best.source, best.admin1_pcode, best.name_en) == ("ged", "SY05", "Mazraat Mithal")
    assert learn([{"name": "Mazraat Mithal village", "lat": 35.4, "lon": 37.0, "name_ar": "مزرعة المثال"}]) == 1
    assert read_learned()[0]["name_ar"] == "مزرعة المثال" and read_learned()[0]["count"] == 4


def test_learned_spellings_joined_by_a_slash():
    learn([{"name": "Qaryat Alif/Qaryat Ba village", "lat": 35.4, "lon": 37.0, "admin1": "Hama", "count": 3},
           {"name": "Syria/Turkey border", "lat": 36.2, "lon": 36.6, "admin1": "Idlib"}])
    gaz = Gazetteer.load(dataset_places=None)  # the shipped GED places hold other points of the border
    assert gaz.best("Qaryat Ba").name_en == gaz.best("Qaryat Alif").name_en == "Qaryat Alif"
    assert gaz.best("Syria").level == "country"  # the border did not teach "Syria" as a town
    assert gaz.best("Syria/Turkey border").level == "landmark"
    assert gaz.best("Qaryat Ba/Qaryat Jim").name_en == "Qaryat Alif"  # a query's spellings, one by one


def test_learned_place_without_a_governorate_gets_one_by_its_point():
    learn([{"name": "Hawijat Mithal", "lat": 35.93, "lon": 36.63, "source": "acled"}])  # by Idlib city
    best = Gazetteer.load().resolve("Hawijat Mithal")[0]
    assert (best.admin1_pcode, best.admin2_pcode) == ("SY07", "SY0700")


class FakeGeocoder:
    """Stands in for a geopy geocoder: counts calls, never touches the network."""

    def __init__(self, answers):
        self.answers, self.calls = answers, []

    def geocode(self, query, exactly_one=True, **kwargs):
        self.calls.append((query, kwargs))
        return [Location(a, Point(lat, lon), {}) for a, lat, lon in self.answers.get(query, [])] or None


def test_online_fallback_is_used_only_for_unknown_names_and_cached(tmp_path):
    fake = FakeGeocoder({"Qaryat Nowhere": [("Qaryat Nowhere, Hama, Syria", 35.2, 36.9), ("Elsewhere", 48.8, 2.3)]})
    cache = tmp_path / "cache.json"
    online = OnlineFallback(fake, cache, min_delay_seconds=0, query_args={"country_codes": "sy"}, name="fake")
    gaz = Gazetteer.load(online=online)
    found = gaz.resolve("Qaryat Nowhere")
    assert [(m.source, m.admin1_pcode, m.geo_precision) for m in found] == [("online:fake", "SY05", 2)]
    assert gaz.best("Idlib").source == "geonames"  # known offline: not asked
    gaz.resolve("Qaryat Nowhere")
    assert len(fake.calls) == 1 and fake.calls[0][1] == {"country_codes": "sy"}
    again = OnlineFallback(FakeGeocoder({}), cache, min_delay_seconds=0)
    assert again.points("Qaryat Nowhere")[0][1] == 35.2  # from the disk cache


def test_online_is_off_by_default_and_checked(monkeypatch):
    assert online_fallback() is None
    assert Gazetteer.load().online is None
    monkeypatch.setenv("GAZETTEER_ONLINE", "bing")
    with pytest.raises(ValueError, match="nominatim"):
        online_fallback()


def test_malformed_files_name_the_file(tmp_path):
    binary = tmp_path / "places.csv"
    binary.write_bytes(b"name,lat,lon\n\xff\xfe\x00\x81broken,1,2\n")
    with pytest.raises(SourceError, match=r"places\.csv.*(malformed|not a CSV)"):
        places_entries(binary, [])
    ocha = tmp_path / "ocha"
    ocha.mkdir()
    (ocha / "syr_admin3.shp").write_bytes(b"this is not a shapefile")
    with pytest.raises(SourceError, match=r"syr_admin3\.shp.*cannot read"):
        build(tmp_path / "g.json", ocha=ocha)
    assert not (tmp_path / "g.json").exists()


def test_a_gazetteer_from_explicit_arguments_reads_no_setting(tmp_path, monkeypatch):
    mine = tmp_path / "mine.csv"
    learn([{"name": "Qaryat Explicit", "lat": 35.2, "lon": 36.9, "admin1": "Hama", "count": 5}], mine)
    monkeypatch.setenv("GAZETTEER_LEARNED", str(mine))
    monkeypatch.setenv("GAZETTEER_ONLINE", "bing")  # a bad setting: only read through gazetteer.settings
    bare = Gazetteer.from_layers()
    assert bare.online is None and bare.outlines is None and not bare.resolve("Qaryat Explicit")
    assert bare.reverse(39.9, 32.85) is not None  # no outlines handed: no Syria test (nearest district)
    given = Gazetteer.from_layers(learned_file=mine)
    assert given.best("Qaryat Explicit").admin1_pcode == "SY05"
    assert not (tmp_path / "var").exists()


def test_only_the_settings_module_reads_the_environment_or_default_paths():
    from pathlib import Path

    package = Path(__file__).resolve().parents[1] / "gazetteer"
    for source in sorted(package.rglob("*.py")):
        if source.name != "settings.py":
            text = source.read_text(encoding="utf-8")
            assert "os.environ" not in text and "node_modules" not in text and '"var"' not in text, source
