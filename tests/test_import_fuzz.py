"""Property-based fuzzing of the CSV, GeoJSON and KML importers: whatever the file holds, an import gives a report
or ImportFailed (never another exception), a failed file leaves the store as it was, and a report's counts are
what the store gained. Bounded by a fixed number of examples; the counts are printed at the end."""
from __future__ import annotations

import csv
import io
import json
from collections import Counter
from xml.sax.saxutils import escape, quoteattr

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from incidents.io import ImportFailed, import_file
from incidents.store import Store

settings.register_profile("import-fuzz", max_examples=50, deadline=None, derandomize=True,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
FUZZ = settings.get_profile("import-fuzz")
CASES: Counter = Counter()

COLUMNS = ["event_date", "event_type", "sub_event_type", "latitude", "longitude", "fatalities", "killed", "notes",
           "event_id_cnty", "source_id", "admin1", "admin3", "year", "timestamp", "time_precision", "extra",
           "civilian_targeting", "flags", "where_coordinates", "date_start", "best", "id", "inter1", "", "#adm1+name"]
CELLS = ["2020-05-09", "9-May-20", "09 May 2020", "5/9/2020", "13/5/2020", "2017-02-30", "Battles", "Armed clash",
         "Protests", "35.1", "36.7", "-91", "1e400", "nan", "inf", "NaN", "3", "-2", "1.5", "", " ", "=1+2", "'=cmd",
         "@x", "Idlib", "Kafr Nobol", "حماة", "\x00", "\x07", "\u202e", "{}", '{"a": 1}', "[1]", "1589270400",
         "true", "Civilian targeting", "a,b", "#date", "\"", "\n", "x" * 70_000]
cells = st.one_of(st.sampled_from(CELLS), st.text(max_size=12))


@pytest.fixture(scope="module")
def store(tmp_path_factory, request) -> Store:
    folder = tmp_path_factory.mktemp("fuzz")
    store = Store(f"sqlite:///{folder / 'fuzz.sqlite'}")
    yield store
    capture = request.config.pluginmanager.get_plugin("capturemanager")
    with capture.global_and_fixture_disabled():
        print("\nimport fuzzing cases: " + ", ".join(f"{k} {v}" for k, v in sorted(CASES.items())))


@pytest.fixture(autouse=True)
def _learn_in_tmp(tmp_path_factory, monkeypatch):
    monkeypatch.setenv("GAZETTEER_LEARNED", str(tmp_path_factory.getbasetemp() / "fuzz_learned.csv"))


def _import(store: Store, path, fmt: str, case: str, **options) -> None:
    """The properties every file must keep, whatever it holds."""
    before, version = store.count(), store.data_version()
    try:
        report = import_file(store, path, format=fmt, **options)
    except ImportFailed as error:
        assert store.count() == before and store.data_version() == version
        assert "nothing was imported" in str(error)
        CASES[f"{case} failed cleanly"] += 1
        return
    assert store.count() == before + report.added
    assert all(isinstance(line, int) and reason for line, reason in report.rejected)
    CASES[f"{case} imported"] += 1


headers = st.one_of(
    st.lists(st.sampled_from(COLUMNS[:-2]), min_size=1, max_size=8, unique=True).map(lambda h: ["event_date", *h]),
    st.lists(st.one_of(st.sampled_from(COLUMNS), st.text(max_size=8)), min_size=1, max_size=8),
)


@FUZZ
@given(header=headers,
       rows=st.lists(st.lists(cells, max_size=9), max_size=8), quoting=st.sampled_from(["csv", "csv", "raw"]),
       fmt=st.sampled_from([None, None, "csv", "acled", "ged"]), encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1256"]))
def test_csv_files(store, tmp_path, header, rows, quoting, fmt, encoding):
    if quoting == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)
        text = out.getvalue()
    else:  # as a careless tool writes it: unbalanced quotes, stray separators
        text = "\n".join(",".join(line) for line in [header, *rows])
    path = tmp_path / "fuzz.csv"
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    _import(store, path, fmt, "csv", encoding=encoding)


json_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True, allow_infinity=True),
              st.sampled_from(CELLS), st.text(max_size=10)),
    lambda children: st.one_of(st.lists(children, max_size=4), st.dictionaries(st.text(max_size=6), children, max_size=4)),
    max_leaves=20,
)
geometries = st.one_of(
    json_values,
    st.fixed_dictionaries({"type": st.sampled_from(["Point", "LineString", "point", 3]),
                           "coordinates": st.one_of(json_values, st.lists(st.floats(allow_nan=True), max_size=3))}),
)
features = st.one_of(
    json_values,
    st.fixed_dictionaries({"type": st.just("Feature"), "geometry": geometries,
                           "properties": st.one_of(json_values, st.dictionaries(st.sampled_from(COLUMNS), cells))}),
)


@FUZZ
@given(body=st.one_of(json_values, st.fixed_dictionaries({"type": st.just("FeatureCollection"),
                                                           "features": st.lists(features, max_size=6)})),
       depth=st.sampled_from([0, 0, 0, 50_000]))
def test_geojson_files(store, tmp_path, body, depth):
    text = json.dumps(body, allow_nan=True, ensure_ascii=False)
    if depth:  # nested past any recursion limit
        text = '{"type": "FeatureCollection", "features": ' + "[" * depth + "]" * depth + "}"
    path = tmp_path / "fuzz.geojson"
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    _import(store, path, None, "geojson")


def _placemark(data: dict, coordinates: str | None, escaped: bool) -> str:
    quote = (lambda s: escape(s)) if escaped else (lambda s: s)
    items = "".join(f"<Data name={quoteattr(k)}><value>{quote(v)}</value></Data>" for k, v in data.items())
    point = f"<Point><coordinates>{quote(coordinates)}</coordinates></Point>" if coordinates is not None else ""
    return f"<Placemark><ExtendedData>{items}</ExtendedData>{point}</Placemark>"


@FUZZ
@given(marks=st.lists(st.tuples(st.dictionaries(st.sampled_from(COLUMNS), cells, max_size=6),
                                st.one_of(st.none(), st.sampled_from(["36.7,35.1", "nan,nan", "1", "a,b", "36.7,35.1,0",
                                                                      "inf,1", ""]), st.text(max_size=10))),
                      max_size=6),
       escaped=st.sampled_from([True, True, False]),
       tail=st.sampled_from(["</Document></kml>", "</Document></kml>", "</Document>"]))
def test_kml_files(store, tmp_path, marks, escaped, tail):
    body = "".join(_placemark(data, coordinates, escaped) for data, coordinates in marks)
    text = f'<?xml version="1.0" encoding="UTF-8"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document>{body}{tail}'
    path = tmp_path / "fuzz.kml"
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    _import(store, path, None, "kml")
