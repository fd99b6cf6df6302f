"""Exports lose nothing: CSV, GeoJSON, GeoPackage and KML read back into a new store give the same
incidents; each file is valid for the tools that open it."""
from __future__ import annotations

import datetime as dt
import json
import xml.etree.ElementTree as ET

import pandas as pd
import pyogrio
import pytest

from incident_stores import _learned_places_in_tmp, full_incident, random_incidents, store_url  # noqa: F401
from incidents.io import export, import_file
from incidents.record import FIELD_NAMES
from incidents.store import Store

COMPARED = [n for n in FIELD_NAMES if n not in ("id", "version")]


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
