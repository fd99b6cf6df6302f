"""`python -m incidents import|export|stats` as a user runs them, and the embedded sample data."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from incident_stores import _learned_places_in_tmp, full_incident, random_incidents  # noqa: F401
from incidents.filters import Filters
from incidents.io import export
from incidents.sample import SAMPLE_DIR, ensure_sample_data
from incidents.store import Store

REPO = Path(__file__).resolve().parents[1]


def cli(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "incidents", *args], capture_output=True, text=True, cwd=REPO,
                          env={**os.environ, "PYTHONPATH": str(REPO), **(env or {})}, timeout=300)


@pytest.fixture
def db(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'cli.sqlite'}"


def test_import_reports_added_skipped_and_rejected(tmp_path, db):
    path = tmp_path / "in.csv"
    export(random_incidents(20), path, format="csv")
    text = path.read_text(encoding="utf-8").splitlines()
    text.insert(3, text[3].replace(",2016-", ",2016-13-").replace(",2017-", ",2017-13-").replace(",2018-", ",2018-13-"))
    text.insert(6, text[6])  # the same row twice
    path.write_text("\n".join(text) + "\n", encoding="utf-8")
    first = cli("import", str(path), "--db", db)
    assert first.returncode == 0, first.stderr
    assert "added: 20" in first.stdout and "skipped (already present): 1" in first.stdout
    assert "rejected: 1" in first.stdout and "line 4: event_date" in first.stdout
    assert first.stderr == ""  # no progress bar when not on a terminal
    second = cli("import", str(path), "--db", db, "--format", "acled")
    assert "added: 0" in second.stdout and "skipped (already present): 21" in second.stdout


def test_a_malformed_file_exits_with_a_clear_error(tmp_path, db):
    path = tmp_path / "bad.csv"
    path.write_text("name,value\nx,1\n", encoding="utf-8")
    result = cli("import", str(path), "--db", db, "--format", "ged")
    assert result.returncode == 1
    assert "missing column(s)" in result.stderr and "nothing was imported" in result.stderr
    assert Store(db).count() == 0


def test_export_writes_the_filtered_selection(tmp_path, db):
    store = Store(db)
    store.add(random_incidents(120))
    out = tmp_path / "sel.geojson"
    result = cli("export", "--db", db, "--format", "geojson", "--admin1", "SY02", "--min-killed", "2",
                 "--from", "2016-06-01", "--bbox", "35,32,43,38", "-o", str(out))
    assert result.returncode == 0, result.stderr
    expected = store.count(Filters(admin1=["SY02"], min_killed=2, date_from=__import__("datetime").date(2016, 6, 1),
                                   bbox=(35, 32, 43, 38)))
    assert 0 < expected < 120
    assert len(json.loads(out.read_text(encoding="utf-8"))["features"]) == expected
    assert cli("export", "--db", db, "--bbox", "40,30,35,31", "-o", str(out)).returncode == 2


def test_stats_as_json_and_text(db):
    store = Store(db)
    store.add(random_incidents(80))
    figures = json.loads(cli("stats", "--db", db, "--format", "json").stdout)
    assert {"incidents", "killed", "wounded", "by_admin1", "by_event_type", "by_year"} <= set(figures)
    frame = store.frame()
    assert figures["incidents"] == 80 and figures["killed"] == frame["killed"].sum()
    assert figures["wounded"] == frame["wounded"].sum()
    assert figures["by_admin1"]["Aleppo"]["incidents"] == (frame["admin1"] == "Aleppo").sum()
    assert sum(v["killed"] for v in figures["by_event_type"].values()) == figures["killed"]
    text = cli("stats", "--db", db).stdout
    assert f"incidents {figures['incidents']:,}" in text and "by governorate:" in text


def test_without_db_the_default_store_is_used(tmp_path):
    path = tmp_path / "default.sqlite"
    result = cli("stats", "--format", "json", env={"INCIDENTS_DB": f"sqlite:///{path}"})
    assert result.returncode == 0 and json.loads(result.stdout)["incidents"] == 0 and path.exists()


def test_extract_is_registered():
    assert cli("extract", "--help").returncode == 0


def test_sample_data_fills_an_empty_store_once(db):
    store = Store(db)
    reports = ensure_sample_data(store)
    assert sum(r.added for r in reports) == store.count() >= 350 and not any(r.rejected for r in reports)
    assert ensure_sample_data(store) == [] and store.count() == sum(r.added for r in reports)
    frame = store.frame()
    assert frame["admin1_pcode"].nunique() == 14  # every governorate
    assert set(frame["event_date"].dt.year) == {2016, 2017, 2018}
    assert frame["event_type"].nunique() >= 4 and (frame["dataset"] == "sample").all()
    assert frame["source"].str.contains("synthetic").all() and frame["notes"].str.contains("Synthetic").all()
    assert frame["place_text"].str.contains("[\u0600-\u06ff]").any()
    assert frame["excerpt"].str.contains("<script>").any() and frame["excerpt"].str.contains("&").any()
    assert not frame["flags"].str.contains("outside_syria").any()


def test_sample_script_is_deterministic(tmp_path):
    """Two runs write the same bytes (the committed file is regenerated when the built-in gazetteer changes)."""
    outputs = []
    for name in ("one.csv", "two.csv"):
        subprocess.run([sys.executable, "scripts/make_sample_data.py", "--out", str(tmp_path / name), "--count", "60"],
                       check=True, cwd=REPO, capture_output=True, timeout=300, env={**os.environ, "PYTHONPATH": str(REPO)})
        outputs.append((tmp_path / name).read_bytes())
    assert outputs[0] == outputs[1] and outputs[0].count(b"\n") > 60


def _one_line_error(result: subprocess.CompletedProcess, *words: str) -> None:
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    for word in words:
        assert word in lines[0], lines[0]


def test_bad_input_gives_one_line_and_no_traceback(tmp_path, db):
    nested = tmp_path / "nested.geojson"
    nested.write_text('{"type": "FeatureCollection", "features": ' + "[" * 100_000 + "]" * 100_000 + "}")
    _one_line_error(cli("import", str(nested), "--db", db), "nested.geojson", "nested too deeply")
    string_geometry = tmp_path / "string.geojson"
    string_geometry.write_text('{"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": "POINT(1 2)",'
                               ' "properties": {"event_date": "2020-01-01"}}]}')
    result = cli("import", str(string_geometry), "--db", db)
    assert "feature 1: geometry is a str, not a GeoJSON object" in result.stdout
    _one_line_error(result, "every row was rejected")
    table = tmp_path / "table.csv"
    table.write_text("event_date,notes\n2020-01-01,x\n")
    _one_line_error(cli("import", str(table), "--db", db, "--encoding", "bogus-enc"), "table.csv",
                    "unknown text encoding 'bogus-enc'")
    _one_line_error(cli("import", str(table), "--db", db, "--map", "nosuchfield=notes"), "table.csv",
                    "unknown incident field(s) nosuchfield")
    _one_line_error(cli("import", str(table), "--db", db, "--format", "csv", "--map", "notes=nosuchcolumn"),
                    "line 1", "missing column(s) nosuchcolumn")
    assert Store(db).count() == 0
    _one_line_error(cli("stats", "--db", "nosuchdriver://x"), "error: stats:")


@pytest.mark.shared
def test_a_ged_file_without_best_is_reported_as_missing_best(tmp_path, db, ged_csv):
    lines = ged_csv.read_text(encoding="utf-8").splitlines()[:4]
    columns = lines[0].split(",")
    drop = columns.index("best")
    cut = tmp_path / "no_best.csv"
    with open(cut, "w", encoding="utf-8", newline="") as out:
        import csv

        writer = csv.writer(out)
        for row in csv.reader(lines):
            writer.writerow(row[:drop] + row[drop + 1:])
    _one_line_error(cli("import", str(cut), "--db", db), "line 1", "not a ged file: missing column(s) best")


def test_an_import_where_every_row_is_rejected_exits_non_zero(tmp_path, db):
    path = tmp_path / "excel.csv"
    path.write_text("event_id_cnty,event_date,event_type,latitude,longitude,fatalities\n"
                    "SYR1,someday,Battles,35.1,36.7,1\nSYR2,never,Battles,35.1,36.7,2\n")
    result = cli("import", str(path), "--db", db)
    assert "rejected: 2" in result.stdout and "line 2: event_date 'someday'" in result.stdout
    _one_line_error(result, "every row was rejected (2)")


def test_acled_older_layout_file_imports_every_row_and_a_reimport_adds_none(db):
    path = REPO / "tests" / "data" / "acled_older_layout.csv"
    first = cli("import", str(path), "--db", db)
    assert first.returncode == 0 and "added: 30" in first.stdout and "rejected: 0" in first.stdout
    again = cli("import", str(path), "--db", db)
    assert again.returncode == 0 and "added: 0" in again.stdout and "skipped (already present): 30" in again.stdout


def test_export_options_for_formulas_and_hxl(tmp_path, db):
    Store(db).add([full_incident(notes="=HYPERLINK(\"http://x\")", actor1="@attacker")])
    safe, raw = tmp_path / "safe.csv", tmp_path / "raw.csv"
    assert cli("export", "--db", db, "-o", str(safe), "--hxl").returncode == 0
    assert cli("export", "--db", db, "-o", str(raw), "--keep-formulas").returncode == 0
    header, tags, row = safe.read_text(encoding="utf-8").splitlines()[:3]
    assert tags.startswith("#event+id,#date+occurred,#date+year,") and "#adm1+name" in tags and "#geo+lat" in tags
    assert "'=HYPERLINK" in row and "'@attacker" in row
    assert "'=" not in raw.read_text(encoding="utf-8") and "=HYPERLINK" in raw.read_text(encoding="utf-8")


def test_import_takes_the_review_status_of_rows_the_file_states_none_for(tmp_path, db):
    path = tmp_path / "ours.csv"
    path.write_text("event_date,location,killed\n2018-03-12,Kafr Nabl,3\n", encoding="utf-8")
    assert cli("import", str(path), "--db", db).returncode == 0
    assert Store(db).frame()["review_status"].tolist() == ["draft"]
    path.write_text("event_date,location,killed\n2018-03-13,Kafr Nabl,4\n", encoding="utf-8")
    done = cli("import", str(path), "--db", db, "--review-status", "published")
    assert done.returncode == 0, done.stderr
    assert sorted(Store(db).frame()["review_status"]) == ["draft", "published"]
