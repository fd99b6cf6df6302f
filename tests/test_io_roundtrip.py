"""Exports lose nothing: CSV, GeoJSON, GeoPackage and KML read back into a new store give the same
incidents; each file is valid for the tools that open it."""
from __future__ import annotations

import csv
import datetime as dt
import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pandas as pd
import pyogrio
import pytest

from incident_stores import _learned_places_in_tmp, full_incident, random_incidents, store_url  # noqa: F401
from incidents.io.csv_export import neutralise
from incidents.io import acled_dates, admin_names, export, formats, import_file
from incidents.record import FIELD_NAMES
from incidents.store import Store

COMPARED = [n for n in FIELD_NAMES if n not in ("id", "version")]
DATA = Path(__file__).resolve().parent / "data"
REPO = Path(__file__).resolve().parents[1]


def varied_incidents():
    """Every kind of value: all fields set, most empty, Arabic, markup, outside Syria, coarse dates, no point."""
    return random_incidents(40) + [
        full_incident(),
        full_incident(source_id="sparse", place_text=None, location_en=None, location_ar=None, admin1=None,
                      admin1_pcode=None, admin2=None, admin2_pcode=None, admin3=None, admin3_pcode=None,
                      latitude=None, longitude=None, killed=None, wounded=None, deaths_low=None, deaths_high=None,
                      actor1=None, actor2=None, civilian_targeting=None, source=None, source_url=None, notes=None,
                      excerpt=None, flags=[], event_date_end=None, date_precision="day"),
        full_incident(source_id="paris", latitude=48.856614, longitude=2.3522219, civilian_targeting=False),
        full_incident(source_id="month", date_precision="month", event_date=dt.date(2016, 2, 1),
                      event_date_end=dt.date(2016, 2, 29), excerpt='قصف "عنيف" <img src=x onerror=alert(1)> & دمار',
                      notes="line one\nline two, with a comma; and \"quotes\"", flags=["a", "b"]),
        full_incident(source_id=None, dataset=None, notes="no source id: a content key identifies it"),
    ]


def comparable(store: Store) -> pd.DataFrame:
    frame = store.frame()[COMPARED].copy()
    frame["key"] = frame["source_id"].fillna("") + "|" + frame["notes"].fillna("")
    frame["extra"] = frame["extra"].map(lambda v: json.dumps(json.loads(v), sort_keys=True), na_action="ignore")
    return frame.sort_values("key").reset_index(drop=True).astype(object).where(lambda f: f.notna(), None)


@pytest.mark.parametrize("fmt", ["csv", "geojson", "gpkg", "kml"])
def test_round_trip_loses_nothing(store_url, tmp_path, fmt):
    source = Store(f"sqlite:///{tmp_path / 'source.sqlite'}")
    source.add(varied_incidents())
    path = tmp_path / f"incidents.{fmt}"
    assert export(source.frame(), path, format=fmt) == source.count()
    target = Store(store_url)
    report = import_file(target, path)
    assert report.rejected == [] and report.added == source.count()
    pd.testing.assert_frame_equal(comparable(target), comparable(source))


def test_export_takes_incident_objects_too(tmp_path):
    path = tmp_path / "list.geojson"
    assert export([full_incident(), full_incident(source_id="2")], path, format="geojson") == 2
    assert len(json.loads(path.read_text(encoding="utf-8"))["features"]) == 2
    with pytest.raises(ValueError, match="unknown export format"):
        export([full_incident()], tmp_path / "x.shp", format="shp")


def test_geojson_follows_rfc_7946(tmp_path):
    path = tmp_path / "out.geojson"
    export([full_incident(), full_incident(source_id="nopoint", latitude=None, longitude=None)], path, format="geojson")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["type"] == "FeatureCollection" and "crs" not in data
    point, empty = data["features"]
    assert point["geometry"] == {"type": "Point", "coordinates": [36.6339, 35.9306]}  # longitude first
    assert empty["geometry"] is None
    assert point["properties"]["event_date"] == "2017-03-04" and point["properties"]["flags"] == ["place_unresolved"]


def test_no_export_puts_an_incident_known_only_to_the_country_at_the_countrys_point(tmp_path):
    """GED's 'Syria' events (where_prec 6: region precision, no governorate) carry the country's point, 35 N 38 E
    in the desert, no place a GIS should plot. GeoJSON gives them a null geometry (RFC 7946), a GeoPackage an
    empty one, KML a Placemark without a Point and CSV empty latitude/longitude; each keeps geo_precision 3,
    where_prec 6 and no governorate. A governorate-only event keeps its governorate's centre, and the command
    line writes what the library does."""
    unplaced = dict(admin1=None, admin1_pcode=None, admin2=None, admin2_pcode=None, admin3=None, admin3_pcode=None)
    syria = full_incident(source_id="syria", location_en="Syria", **unplaced, latitude=35.0, longitude=38.0,
                          geo_precision=3, where_prec=6)
    homs = full_incident(source_id="homs", location_en="Homs", **(unplaced | dict(admin1="Homs")), latitude=34.8,
                         longitude=38.2, geo_precision=3, where_prec=4)
    paths = {fmt: tmp_path / f"out.{fmt}" for fmt in ("csv", "geojson", "gpkg", "kml")}
    for fmt, path in paths.items():
        assert export([syria, homs], path, format=fmt) == 2
    features = json.loads(paths["geojson"].read_text(encoding="utf-8"))["features"]
    assert [f["geometry"] for f in features] == [None, {"type": "Point", "coordinates": [38.2, 34.8]}]
    assert {k: features[0]["properties"][k] for k in ("geo_precision", "where_prec", "admin1")} == {
        "geo_precision": 3, "where_prec": 6, "admin1": None}
    with open(paths["csv"], encoding="utf-8", newline="") as source:
        rows = list(csv.DictReader(source))
    assert [(r["latitude"], r["longitude"], r["geo_precision"], r["admin1"]) for r in rows] == [
        ("", "", "3", ""), ("34.8", "38.2", "3", "Homs")]
    ns = {"k": "http://www.opengis.net/kml/2.2"}
    marks = ET.parse(paths["kml"]).getroot().findall("k:Document/k:Placemark", ns)
    assert [m.findtext("k:Point/k:coordinates", namespaces=ns) for m in marks] == [None, "38.2,34.8"]
    assert {d.get("name"): d.findtext("k:value", namespaces=ns) for d in marks[0].iter(f"{{{ns['k']}}}Data")}[
        "where_prec"] == "6"
    layer = pyogrio.read_dataframe(paths["gpkg"])
    assert layer.geometry.isna().tolist() == [True, False] and layer["geo_precision"].tolist() == [3, 3]
    store = Store(f"sqlite:///{tmp_path / 'cli.sqlite'}")
    store.add([syria, homs])
    out = tmp_path / "cli.geojson"
    subprocess.run([sys.executable, "-m", "incidents", "export", "--db", str(store.engine.url), "--format", "geojson",
                    "-o", str(out)], check=True, capture_output=True, cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)})
    written = {f["properties"]["source_id"]: f["geometry"] for f in json.loads(out.read_text(encoding="utf-8"))["features"]}
    assert written == {"syria": None, "homs": {"type": "Point", "coordinates": [38.2, 34.8]}}


def test_geopackage_is_a_wgs84_point_layer(tmp_path):
    path = tmp_path / "out.gpkg"
    export([full_incident()], path, format="gpkg")
    export([full_incident(), full_incident(source_id="2")], path, format="gpkg")  # overwrite, not append
    (layer, geometry_type), = pyogrio.list_layers(path).tolist()
    info = pyogrio.read_info(path, layer=layer)
    assert (layer, geometry_type, info["crs"], info["features"]) == ("incidents", "Point", "EPSG:4326", 2)


def test_kml_is_escaped_xml_with_points(tmp_path):
    path = tmp_path / "out.kml"
    export([full_incident()], path, format="kml")
    raw = path.read_text(encoding="utf-8")
    assert "<script>" not in raw and "&lt;script&gt;" in raw
    root = ET.parse(path).getroot()
    ns = {"k": "http://www.opengis.net/kml/2.2"}
    assert root.tag == "{http://www.opengis.net/kml/2.2}kml"
    assert root.findtext("k:Document/k:Placemark/k:Point/k:coordinates", namespaces=ns) == "36.6339,35.9306"
    assert "killed 6, wounded 5" in root.findtext("k:Document/k:Placemark/k:description", namespaces=ns)


def test_geojson_and_kml_carry_the_datasets_credit(tmp_path):
    incidents = [full_incident(dataset="ged"), full_incident(source_id="2", dataset="acled")]
    export(incidents, tmp_path / "out.geojson", format="geojson")
    credit = json.loads((tmp_path / "out.geojson").read_text(encoding="utf-8"))["attribution"]
    assert "UCDP Georeferenced Event Dataset" in credit and "ACLED" in credit
    export(incidents, tmp_path / "out.kml", format="kml")
    ns = {"k": "http://www.opengis.net/kml/2.2"}
    assert ET.parse(tmp_path / "out.kml").getroot().findtext("k:Document/k:description", namespaces=ns) == credit


ACLED_FILES = {"current": DATA / "acled_current_layout.csv", "older": DATA / "acled_older_layout.csv"}
ADMIN_COLUMNS = ("admin1", "admin2", "admin3")


def _csv_rows(path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as source:
        return list(csv.DictReader(source))


def _same_cell(column: str, given: str, written: str) -> bool:
    """A written cell holds the source's value: the same text, the same number, or for event_date the same day."""
    if given == written:
        return True
    if column == "event_date":
        return acled_dates.parse(pd.Series([given])).iloc[0] == written
    try:
        return float(given) == float(written)
    except ValueError:
        return False


def _reimported(store: Store, fmt: str, tmp_path) -> Store:
    path = tmp_path / f"again.{fmt}"
    export(store.frame(), path, format=fmt)
    again = Store(f"sqlite:///{tmp_path / f'again-{fmt}.sqlite'}")
    report = import_file(again, path)
    assert report.rejected == [] and report.added == store.count(), fmt
    return again


@pytest.mark.parametrize("layout", ACLED_FILES)
def test_acled_export_gives_back_every_column_of_the_file(store_url, tmp_path, layout):
    source = ACLED_FILES[layout]
    store = Store(store_url)
    assert import_file(store, source).added == len(_csv_rows(source))
    out = tmp_path / "out.csv"
    export(store.frame(), out, format="csv")
    written = {row["event_id_cnty"]: row for row in _csv_rows(out)}
    standard = admin_names.standardise(pd.DataFrame(_csv_rows(source))[list(ADMIN_COLUMNS)])
    compared = 0
    for number, row in enumerate(_csv_rows(source)):
        back = written[row["event_id_cnty"]]
        for column, value in row.items():
            expected = standard.at[number, column] if column in ADMIN_COLUMNS else value  # OCHA's spelling
            assert _same_cell(column, expected, back[column]), (row["event_id_cnty"], column, value, back[column])
            compared += 1
    assert compared == len(written) * len(_csv_rows(source)[0])
    assert sum(1 for row in written.values() if row["admin3_pcode"]) >= 0.8 * len(written)  # P-codes from names
    for fmt in ("csv", "geojson", "gpkg", "kml"):
        pd.testing.assert_frame_equal(comparable(_reimported(store, fmt, tmp_path)), comparable(store))


@pytest.mark.shared
def test_ged_sample_survives_export_and_reimport_in_every_format(ged_csv, tmp_path):
    rows = _csv_rows(ged_csv)[::60]  # ~200 events across both years
    sample = tmp_path / "ged_sample.csv"
    with open(sample, "w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    store = Store(f"sqlite:///{tmp_path / 'ged.sqlite'}")
    assert import_file(store, sample).added == len(rows)
    kept = {i.source_id: i for i in store.query()}
    for row in rows:  # every GED column is held: read into a field, or kept under its own name
        incident = kept[row["id"].removesuffix(".0")]
        implied = {"country", "region"} if (row["country"], row["region"]) == ("Syria", "Middle East") else set()
        implied |= {"year"} if float(row["year"]) == incident.event_date.year else set()  # the CSV export writes them
        assert {c for c, v in row.items() if v} <= set(incident.extra) | implied | {
            formats.ged_column(row, name) for name in formats.GED_CONSUMED}
        assert incident.killed == int(float(row["best"])) and incident.extra.get("adm_1", "") == row["adm_1"]
    # GED's 'Syria' events (where_prec 6: geo_precision 3, no governorate) come back without the country's point,
    # as every export writes them; everything else about them, and every other event, comes back as it was.
    expected = comparable(store)
    country = (expected["geo_precision"] == 3) & expected["admin1"].isna()
    assert country.any() and expected.loc[country, "latitude"].notna().all()
    expected.loc[country, ["latitude", "longitude"]] = None
    for fmt in ("csv", "geojson", "gpkg", "kml"):
        pd.testing.assert_frame_equal(comparable(_reimported(store, fmt, tmp_path)), expected)


def test_csv_cells_a_spreadsheet_would_run_are_neutralised_and_read_back_as_given(tmp_path):
    risky = ["=1+2", "+cmd", "-2+3", "@SUM(A1)"]  # (a leading tab or CR never reaches the store: it is stripped)
    incidents = [full_incident(source_id=f"f{n}", notes=text, actor1=text) for n, text in enumerate(risky)]
    incidents.append(full_incident(source_id="west", latitude=35.0, longitude=-2.5, notes="-3.5"))
    path = tmp_path / "risky.csv"
    export(incidents, path, format="csv")
    written = {row["event_id_cnty"]: row for row in _csv_rows(path)}
    for n, text in enumerate(risky):
        assert written[f"f{n}"]["notes"] == "'" + text and written[f"f{n}"]["actor1"] == "'" + text
    assert written["west"]["longitude"] == "-2.5" and written["west"]["notes"] == "-3.5"  # numbers stay numbers
    store = Store(f"sqlite:///{tmp_path / 'back.sqlite'}")
    assert import_file(store, path).added == len(incidents)
    assert {i.source_id: i.notes for i in store.query()} == {i.source_id: i.notes for i in incidents}
    raw = tmp_path / "raw.csv"
    export(incidents, raw, format="csv", keep_formulas=True)
    assert {row["event_id_cnty"]: row["notes"] for row in _csv_rows(raw)}["f0"] == "=1+2"
    table = neutralise(pd.DataFrame({"cell": ["\tTab", "\rCR", "-7", "1e-3", "a=b"]}))
    assert table["cell"].tolist() == ["'\tTab", "'\rCR", "-7", "1e-3", "a=b"]


@pytest.mark.parametrize("fmt", ["kml", "gpkg"])
def test_xml_illegal_characters_are_dropped_and_said(tmp_path, fmt):
    path = tmp_path / f"control.{fmt}"
    notes: list[str] = []
    export([full_incident(notes="bell\x07 and vt\x0b end", excerpt="esc\x1b[0m")], path, format=fmt, notes=notes)
    assert len(notes) == 1 and "notes" in notes[0] and "excerpt" in notes[0] and "removed control characters" in notes[0]
    if fmt == "kml":
        ET.parse(path)  # well-formed XML
    store = Store(f"sqlite:///{tmp_path / 'back.sqlite'}")
    assert import_file(store, path).added == 1
    assert (store.query()[0].notes, store.query()[0].excerpt) == ("bell and vt end", "esc[0m")


def test_hxl_row_is_written_under_the_header_and_skipped_on_import(tmp_path):
    path = tmp_path / "hxl.csv"
    export([full_incident(), full_incident(source_id="2")], path, format="csv", hxl=True)
    header, tags = _csv_rows(path)[0], None
    with open(path, encoding="utf-8", newline="") as source:
        names, tags = next(csv.reader(source)), next(csv.reader(source))
    hashtags = dict(zip(names, tags))
    assert (hashtags["event_date"], hashtags["admin1"], hashtags["admin1_pcode"], hashtags["latitude"],
            hashtags["longitude"], hashtags["fatalities"]) == ("#date+occurred", "#adm1+name", "#adm1+code",
                                                               "#geo+lat", "#geo+lon", "#affected+killed")
    store = Store(f"sqlite:///{tmp_path / 'hxl.sqlite'}")
    report = import_file(store, path)
    assert (report.added, report.rejected) == (2, [])


def test_a_geopackage_line_is_rejected_with_its_feature_number(tmp_path):
    import geopandas as gpd
    from shapely.geometry import LineString, Point

    path = tmp_path / "mixed.gpkg"
    gpd.GeoDataFrame({"event_date": ["2020-05-01", "2020-05-02"]}, crs="EPSG:4326",
                     geometry=[LineString([(36.1, 35.0), (36.2, 35.1)]), Point(36.7, 35.1)]).to_file(path, driver="GPKG")
    store = Store(f"sqlite:///{tmp_path / 'g.sqlite'}")
    report = import_file(store, path)
    assert report.added == 1 and report.rejected == [(1, "geometry is a LineString, not a Point")]
