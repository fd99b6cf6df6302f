"""Import: GED totals match the file and a second import adds nothing; ACLED and mapped CSV; malformed
files fail clearly and import nothing; bad rows are rejected by line with the good rows kept; a killed
import leaves the store as it was. On SQLite and PostGIS."""
from __future__ import annotations

import csv
import datetime as dt
import json
import os
import pickle
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pandas as pd
import pytest
import sqlalchemy as sa

from incident_stores import _learned_places_in_tmp, full_incident, store_url  # noqa: F401
from incidents.credits import dataset_credits
from incidents.filters import Filters
from incidents.io import ImportFailed, export, import_file
from incidents.io.csv_export import acled_table
from incidents.store import Store

REPO = Path(__file__).resolve().parents[1]


def write_csv(path: Path, header: list[str], rows: list[list], encoding: str = "utf-8") -> Path:
    with open(path, "w", encoding=encoding, newline="") as out:
        writer = csv.writer(out)
        writer.writerow(header)
        writer.writerows(rows)
    return path


ACLED_HEADER = ["event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type", "actor1",
                "actor2", "civilian_targeting", "admin1", "admin2", "location", "latitude", "longitude",
                "geo_precision", "source", "notes", "fatalities"]


def acled_row(n: int, **changes) -> list:
    row = dict(event_id_cnty=f"SYR{n}", event_date="12 March 2018", year="2018", time_precision="1",
               event_type="Explosions/Remote violence", sub_event_type="Shelling/artillery/missile attack",
               actor1="Military Forces of Syria", actor2="Civilians (Syria)", civilian_targeting="Civilian targeting",
               admin1="Idlib", admin2="Maarrat an Nu'man", location="Kafr Nabl", latitude="35.6136",
               longitude="36.5611", geo_precision="1", source="SOHR", notes=f"shelling {n}", fatalities="3")
    row.update(changes)
    return [row[c] for c in ACLED_HEADER]


@pytest.mark.shared
def test_ged_file_imports_with_matching_counts_and_deaths_and_only_once(store_url, ged_csv, tmp_path):
    with open(ged_csv, encoding="utf-8", newline="") as source:
        rows = list(csv.DictReader(source))
    store = Store(store_url)
    report = import_file(store, ged_csv)
    assert report.format == "ged" and report.rejected == []
    assert report.added == len(rows) == store.count()
    figures = store.aggregate(by="year")
    assert figures["killed"].sum() == sum(int(float(r["best"])) for r in rows)
    frame = store.frame(columns=["deaths_low", "deaths_high", "source_id"])
    assert frame["deaths_low"].sum() == sum(int(float(r["low"])) for r in rows)
    assert frame["deaths_high"].sum() == sum(int(float(r["high"])) for r in rows)
    by_year = {str(k): n for k, n in zip(figures["key"], figures["incidents"])}
    assert by_year == {y: sum(1 for r in rows if r["date_start"][:4] == y) for y in ("2016", "2017")}
    assert store.count(Filters(admin1=["SY05"])) == sum(1 for r in rows if r["adm_1"] == "Hamah Governorate")
    assert report.learned and (tmp_path / "learned_places.csv").exists()  # the gazetteer learned the places
    before = store.data_version()
    again = import_file(store, ged_csv)
    assert (again.added, again.skipped) == (0, len(rows)) and store.count() == len(rows)
    assert store.data_version() == before


def test_acled_rows_become_incidents(store_url, tmp_path):
    path = write_csv(tmp_path / "acled.csv", ACLED_HEADER, [acled_row(1), acled_row(2, event_date="2018-03-13",
                                                                                   civilian_targeting="")])
    store = Store(store_url)
    report = import_file(store, path)
    assert (report.format, report.added, report.rejected) == ("acled", 2, [])
    first, second = sorted(store.query(), key=lambda i: i.source_id)
    assert str(first.event_date) == "2018-03-12" and first.civilian_targeting is True and first.killed == 3
    assert first.admin1 == "Idleb" and first.admin1_pcode == "SY07"  # OCHA spelling and P-code
    assert first.location_en == "Kafr Nabl" and first.dataset == "acled" and first.source_id == "SYR1"
    assert str(second.event_date) == "2018-03-13" and second.civilian_targeting is None


def test_a_table_written_in_acled_columns_is_not_credited_to_acled(store_url, tmp_path):
    """An analyst's own CSV with ACLED's column names (event_date, location, fatalities...) but no ACLED event id
    was credited to ACLED on the map and in the brief, and its places taught to the gazetteer as ACLED's. It is
    the user's table; a row that carries ACLED's own id ("SYR12345") stays ACLED's."""
    header = ["event_id_cnty", "event_date", "event_type", "sub_event_type", "location", "admin1", "latitude",
              "longitude", "geo_precision", "fatalities", "source"]
    rows = [["", "2024-03-02", "Battles", "Armed clash", "Sarmin", "Idlib", "35.9", "36.72", "1", "2", "our team"],
            ["17", "2024-03-03", "Battles", "Armed clash", "Binnish", "Idlib", "35.95", "36.71", "1", "1", "our team"],
            ["SYR12345", "2024-03-04", "Battles", "Armed clash", "Taftanaz", "Idlib", "35.99", "36.78", "1", "4",
             "SOHR"]]
    taught = []
    store = Store(store_url)
    report = import_file(store, write_csv(tmp_path / "ours.csv", header, rows),
                         learn=lambda places: taught.append(places) or 0)
    assert (report.added, report.rejected) == (3, [])
    datasets = {i.location_en: i.dataset for i in store.query()}
    assert datasets == {"Sarmin": "csv", "Binnish": "csv", "Taftanaz": "acled"}
    assert [sorted(places["name"]) for places in taught] == [["Taftanaz"]]  # only ACLED's place is learned
    credit = dataset_credits(store.frame()["dataset"].unique())
    assert credit == "Incidents: ACLED (Armed Conflict Location & Event Data Project); imported CSV tables"
    assert dataset_credits(["csv"]) == "Incidents: imported CSV tables"  # not "ACLED", nor the bare word "csv"


def test_a_file_mixing_stored_and_new_rows_adds_the_new_ones_whole(store_url, tmp_path):
    """The stored rows are skipped; the new ones go in with every field, their history and their counts, even
    where only the skipped rows filled a column (here actor2 and civilian_targeting)."""
    store = Store(store_url)
    import_file(store, write_csv(tmp_path / "first.csv", ACLED_HEADER, [acled_row(1), acled_row(2)]))
    rows = [acled_row(1), acled_row(3, actor2="", civilian_targeting="", fatalities="7"), acled_row(2),
            acled_row(4, actor2="", civilian_targeting="", notes="")]
    report = import_file(store, write_csv(tmp_path / "mixed.csv", ACLED_HEADER, rows))
    assert (report.added, report.skipped, report.rejected) == (2, 2, [])
    third, fourth = (next(i for i in store.query() if i.source_id == f"SYR{n}") for n in (3, 4))
    assert (third.actor2, third.civilian_targeting, third.killed, third.notes) == (None, None, 7, "shelling 3")
    assert (fourth.actor2, fourth.notes, fourth.admin1_pcode) == (None, None, "SY07")
    assert [h["action"] for h in store.history(third.id)] == ["create"]
    assert store.aggregate(by="admin1")["killed"].sum() == 3 + 3 + 7 + 3
    assert store.count(Filters(text="shelling 3")) == 1


def test_a_bulk_load_finds_the_same_text_as_a_load_chunk_by_chunk_and_edits_keep_it_true(store_url, tmp_path,
                                                                                          monkeypatch):
    """A bulk load into an empty store builds the text index once at the end (SQLite: one FTS5 rebuild); every
    search finds what the chunk-by-chunk load finds, and an edit after it moves the incident's text."""
    import incidents.io.importer as importer

    # Places, actors and sources repeat (a combination several incidents share), one place and every note once.
    rows = [acled_row(n, location=["Kafr Nabl", "Saraqib", "حلب"][n % 3] if n < 120 else "Maarrat Misrin",
                      admin1=["Idlib", "Aleppo"][n % 2], notes=f"shelling {n} near Khan") for n in range(1, 121)]
    path = write_csv(tmp_path / "acled.csv", ACLED_HEADER, rows)
    chunked = Store(f"sqlite:///{tmp_path / 'chunked.sqlite'}")
    import_file(chunked, path)
    monkeypatch.setattr(importer, "BULK_BYTES", 0)
    store = Store(store_url)
    assert import_file(store, path).added == 120
    if store.postgis:  # the repeated combinations are kept once, shared by their incidents
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM incident_text_shared").scalar() == 3
            assert conn.exec_driver_sql("SELECT count(*) FROM incident_text WHERE combo IS NULL").scalar() == 1

    def found(db, text, **criteria):
        return ([i.source_id for i in db.query(Filters(text=text, **criteria), limit=7)],
                db.count(Filters(text=text, **criteria)))

    texts = ("Saraqib", "حلب", "shelling 1", "near khan", "Kafr Nabl", "SOHR", "MISRIN", "absent words", "1 near")
    for text in texts:
        for criteria in ({}, {"admin1": ["Aleppo"]}):
            assert found(store, text, **criteria) == found(chunked, text, **criteria), (text, criteria)
    assert store.count(Filters(text="shelling 11")) == 11  # 11 and 110-119
    incident = next(i for i in store.query(Filters(text="shelling 7 ")))
    incident.notes = "airstrike on the mill"
    store.update(incident)
    assert store.count(Filters(text="airstrike on the mill")) == 1 and store.count(Filters(text="shelling 7 ")) == 0
    saraqib = store.count(Filters(text="Saraqib"))
    incident = next(i for i in store.query(Filters(text="Saraqib")))  # a shared place edited: that incident only
    incident.place_text = incident.location_en = "Sarmin"
    store.update(incident)
    assert (store.count(Filters(text="Saraqib")), store.count(Filters(text="Sarmin"))) == (saraqib - 1, 1)
    assert incident.id not in {i.id for i in store.query(Filters(text="saraqib"))}
    if not store.postgis:  # FTS5 holds pending terms in its default 1 MB again for later edits, and its index
        with store.engine.connect() as conn:  # (built beside the load) agrees with the incidents it indexes
            assert conn.exec_driver_sql("SELECT v FROM incidents_text_config WHERE k = 'hashsize'").scalar() in (
                None, 1048576)
            conn.exec_driver_sql("INSERT INTO incidents_text (incidents_text) VALUES ('integrity-check')")
            # the bulk load wrote through a rollback journal; readers and writers find the file in WAL again
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


def test_after_a_bulk_load_the_importing_process_can_checkpoint_the_wal_to_nothing(tmp_path, monkeypatch):
    """A bulk load into an empty SQLite store writes through a rollback journal and puts the file back in WAL;
    the loading process's own pooled connection then checkpoints (TRUNCATE) without "database table is locked",
    and the WAL is left empty, so a long-lived process (a server, a benchmark) can size and tidy the file."""
    import incidents.io.importer as importer

    monkeypatch.setattr(importer, "BULK_BYTES", 0)
    path = write_csv(tmp_path / "acled.csv", ACLED_HEADER, [acled_row(n) for n in range(1, 41)])
    database = tmp_path / "bulk.sqlite"
    store = Store(f"sqlite:///{database}")
    assert import_file(store, path).added == 40
    with store.engine.connect() as conn:
        busy, _, _ = conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()
    assert busy == 0
    assert Path(f"{database}-wal").stat().st_size == 0
    assert store.count() == 40


def test_the_gazetteer_learns_only_what_the_map_draws_as_a_place(tmp_path):
    """ACLED's geo_precision 3 ("eastern Hama countryside": only the governorate is known) puts the event at an admin
    unit's centre: the importer teaches the gazetteer no place from it, and the map draws it as the area, never
    as a town; precision 1 and 2 are places to both. One constant (REGION_PRECISION) decides for both."""
    from dashboard import located

    rows = [acled_row(1, location="Kafr Nabl", geo_precision="1"), acled_row(2, location="Saraqib", geo_precision="2"),
            acled_row(3, location="Hama", admin1="Hama", admin2="", latitude="35.2", longitude="37.2",
                      geo_precision="3")]
    taught = []
    store = Store(f"sqlite:///{tmp_path / 'learn.sqlite'}")
    import_file(store, write_csv(tmp_path / "acled.csv", ACLED_HEADER, rows), learn=lambda places: taught.append(places) or 0)
    (places,) = taught
    assert sorted(places["name"]) == ["Kafr Nabl", "Saraqib"]
    frame = store.frame().sort_values("source_id")
    assert located.levels(frame).tolist() == [located.POINT, located.POINT, located.GOVERNORATE]


def test_generic_csv_with_a_column_mapping(store_url, tmp_path):
    path = write_csv(tmp_path / "mine.csv", ["Date", "Place", "Lat", "Lon", "Dead", "Hurt", "event_type"],
                     [["2017-05-01", "حماة", "35.13", "36.75", "4", "", "Battles"],
                      ["2017-05-02", "Homs", "34.73", "36.71", "", "2", "Other"]])
    store = Store(store_url)
    mapping = {"event_date": "Date", "place_text": "Place", "latitude": "Lat", "longitude": "Lon",
               "killed": "Dead", "wounded": "Hurt"}
    report = import_file(store, path, format="csv", mapping=mapping)
    assert report.added == 2
    hama = store.query(Filters(text="حماة"))[0]
    assert (hama.killed, hama.wounded, hama.latitude, hama.dataset) == (4, None, 35.13, "csv")
    assert import_file(store, path, format="csv", mapping=mapping).added == 0  # no ids: the content key holds
    with pytest.raises(ValueError, match="unknown incident field"):
        import_file(store, path, format="csv", mapping={"deaths": "Dead", "event_date": "Date"})


def test_bad_rows_are_rejected_by_line_and_the_good_rows_go_in(store_url, tmp_path):
    rows = [
        acled_row(1),
        acled_row(2, event_date="2017-02-30"),  # line 3: not a real date
        acled_row(3, event_date="yesterday"),
        acled_row(4, fatalities="three"),  # line 5: text in a number column
        acled_row(5, latitude="north"),
        acled_row(6, notes="x" * 200_000),  # line 7: a huge field
        acled_row(7, fatalities="-2"),
        acled_row(8, event_type="Skirmish"),
        acled_row(9)[:5],  # line 10: too few fields
        acled_row(10, latitude="48.85", longitude="2.35"),  # outside Syria: kept, flagged
        acled_row(11),
    ]
    path = write_csv(tmp_path / "mixed.csv", ACLED_HEADER, rows)
    store = Store(store_url)
    report = import_file(store, path)
    lines = dict(report.rejected)
    assert sorted(lines) == [3, 4, 5, 6, 7, 8, 9, 10]
    assert "event_date '2017-02-30' is not a real date" in lines[3]
    assert "killed 'three' is not a number" in lines[5]
    assert "latitude 'north' is not a number" in lines[6]
    assert "notes is longer than" in lines[7]
    assert "killed '-2' is not a whole number" in lines[8]
    assert "event_type 'Skirmish'" in lines[9]
    assert "expected 18 fields, found 5" in lines[10]
    assert report.added == 3 and store.count() == 3
    assert {i.source_id for i in store.query()} == {"SYR1", "SYR10", "SYR11"}
    assert store.query(Filters(text="shelling 10"))[0].flags == ["outside_syria"]


def test_an_acled_files_bad_date_is_explained_by_the_forms_its_reader_takes(tmp_path):
    """ACLED writes "12 March 2018"; a bad date was explained as "not a real date (YYYY-MM-DD, …)" (journey16). Each
    form the reason names is one the reader takes; another table's bad date keeps the ISO explanation."""
    from dashboard.export.words import said

    forms = ["2018-03-12", "12 March 2018", "12 Mar 2018", "12-Mar-18", "12-Mar-2018", "March 12, 2018", "3/12/2018"]
    rows = [acled_row(n, event_date=date) for n, date in enumerate(forms + ["3/25/2018"], start=1)]  # m/d settled
    rows.append(acled_row(99, event_date="31 February 2018"))
    store = Store(f"sqlite:///{tmp_path / 'store.sqlite'}")
    report = import_file(store, write_csv(tmp_path / "acled.csv", ACLED_HEADER, rows))
    assert report.added == len(forms) + 1
    assert {i.event_date for i in store.query()} == {dt.date(2018, 3, 12), dt.date(2018, 3, 25)}
    ((line, reason),) = report.rejected
    assert line == len(forms) + 3 and reason.startswith("event_date '31 February 2018' is not a real date")
    for form in forms[1:-1]:
        assert form in reason and form in said("ar", reason), form
    assert "m/d/yyyy or d/m/yyyy" in reason and "1900 to today" in reason
    plain = write_csv(tmp_path / "table.csv", ["event_date", "event_type"], [["31 February 2018", "Battles"]])
    ((_, other),) = import_file(store, plain).rejected
    assert other == "event_date '31 February 2018' is not a real date (YYYY-MM-DD, 1900 to today)"


def test_a_rejected_rows_reason_keeps_its_codes_and_parameters_for_a_page_in_another_language(tmp_path):
    """The reasons were English text only: the dashboard could not say them in Arabic (journey15). Each is now the
    same English text keeping (code, parameters) per sentence, also across a process (the import runs in a job)."""
    rows = [acled_row(1, event_date="2017-02-31", fatalities="many"), acled_row(2)[:4], acled_row(3)]
    path = write_csv(tmp_path / "bad.csv", ACLED_HEADER, rows)
    report = import_file(Store(f"sqlite:///{tmp_path / 'store.sqlite'}"), path)
    lines = dict(report.rejected)
    assert lines[2] == ("event_date '2017-02-31' is not a real date in a form read from ACLED files (YYYY-MM-DD, 12 "
                        "March 2018, 12 Mar 2018, 12-Mar-18, 12-Mar-2018, 'March 12, 2018', m/d/yyyy or d/m/yyyy; "
                        "1900 to today); killed 'many' is not a number")
    assert lines[2].parts == (("not_acled_date", {"field": "event_date", "value": "'2017-02-31'"}),
                              ("not_number", {"field": "killed", "value": "'many'"}))
    assert lines[3].parts == (("fields", {"expected": 18, "found": 4}),)
    again = pickle.loads(pickle.dumps(report))
    assert dict(again.rejected)[2].parts == lines[2].parts and dict(again.rejected)[2] == lines[2]


def _assert_nothing_imported(store: Store, path: Path, match: str, **kwargs) -> ImportFailed:
    before = store.count()
    with pytest.raises(ImportFailed, match=match) as error:
        import_file(store, path, **kwargs)
    assert store.count() == before
    assert "nothing was imported" in str(error.value)
    return error.value


def test_malformed_files_fail_clearly_and_import_nothing(store_url, tmp_path):
    store = Store(store_url)
    good = [acled_row(n) for n in range(1, 200)]
    # Wrong columns altogether, then one missing column.
    _assert_nothing_imported(store, write_csv(tmp_path / "wrong.csv", ["name", "value"], [["a", "1"]]),
                             r"missing column\(s\) id, date_start, latitude, longitude, best", format="ged")
    no_deaths = [h for h in ACLED_HEADER if h != "fatalities"]
    _assert_nothing_imported(store, write_csv(tmp_path / "missing.csv", no_deaths, [r[:-1] for r in good]),
                             r"missing column\(s\) fatalities", format="acled")
    # Broken quoting after good rows: nothing of the file is kept.
    text = (tmp_path / "ok.csv")
    write_csv(text, ACLED_HEADER, good)
    broken = tmp_path / "quoting.csv"
    broken.write_text(text.read_text(encoding="utf-8") + 'SYR999,"2018-03-12"x,2018\n', encoding="utf-8")
    error = _assert_nothing_imported(store, broken, "broken CSV quoting")
    assert error.line == 201
    # A wrong encoding (Arabic in Windows-1256), found on its line; the right encoding reads it.
    arabic = write_csv(tmp_path / "cp1256.csv", ACLED_HEADER, good + [acled_row(500, location="كفرنبل")],
                       encoding="cp1256")
    error = _assert_nothing_imported(store, arabic, "not utf-8-sig text")
    assert error.line == 201
    assert import_file(store, arabic, encoding="cp1256").added == 200
    assert store.query(Filters(text="كفرنبل"))[0].place_text == "كفرنبل"
    # An empty file, a field beyond any sane size, JSON that is not JSON, a GeoJSON Polygon.
    empty = tmp_path / "empty.csv"
    empty.write_text("", encoding="utf-8")
    _assert_nothing_imported(store, empty, "empty", format="acled")
    huge = tmp_path / "huge.csv"
    huge.write_text(",".join(ACLED_HEADER) + "\n" + ",".join(acled_row(1)[:-2]) + ',"' + "x" * 17_000_000 + '",3\n',
                    encoding="utf-8")
    _assert_nothing_imported(store, huge, "field larger than field limit")
    not_json = tmp_path / "bad.geojson"
    not_json.write_text('{"type": "FeatureCollection", "features": [', encoding="utf-8")
    _assert_nothing_imported(store, not_json, "not JSON")
    shapes = tmp_path / "shapes.geojson"
    shapes.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": {"type": "Polygon", "coordinates": [[[36, 35], [37, 35], [37, 36], [36, 35]]]},
         "properties": {"event_date": "2017-01-01"}},
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [36.7, 35.1]},
         "properties": {"event_date": "2017-01-02", "killed": 2}}]}), encoding="utf-8")
    report = import_file(store, shapes)
    assert report.rejected == [(1, "geometry is 'Polygon', not a Point")] and report.added == 1


KILLER = textwrap.dedent("""
    import sys, time
    import incidents.io.csv_rows as rows
    import incidents.io.importer as importer
    from incidents.io import import_file
    from incidents.store import Store
    rows.CHUNK_ROWS = 500
    importer.BULK_BYTES = 0  # into an empty store: the bulk path, indexes dropped until the end
    calls = []
    def progress(done, total):
        calls.append(done)
        if len(calls) == 3:  # 1,500 rows are in the open transaction: say so, then wait to be killed
            print("midway", flush=True)
            time.sleep(120)
    import_file(Store(sys.argv[1]), sys.argv[2], progress=progress)
""")


@pytest.mark.parametrize("preloaded", [True, False], ids=["store-with-data", "empty-store"])
def test_an_import_killed_midway_leaves_the_store_intact(store_url, tmp_path, preloaded):
    store = Store(store_url)
    if preloaded:
        store.add([full_incident()])
    before, version = store.count(), store.data_version()
    indexes = {i["name"] for i in sa.inspect(store.engine).get_indexes("incidents")}
    store.close()  # SQLite: with no other connection open, a bulk load into an empty file leaves the WAL
    path = write_csv(tmp_path / "big.csv", ACLED_HEADER, [acled_row(n) for n in range(1, 3001)])
    child = subprocess.Popen([sys.executable, "-c", KILLER, store_url, str(path)], stdout=subprocess.PIPE,
                             text=True, cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)})
    try:
        assert child.stdout.readline().strip() == "midway"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    if not store.postgis:  # the killed load wrote through a rollback journal into the empty file, else the WAL
        database = sa.engine.make_url(store_url).database
        assert Path(f"{database}-journal").exists() == (not preloaded)
    reopened = Store(store_url)
    assert reopened.count() == before and reopened.data_version() == version
    assert {i["name"] for i in sa.inspect(reopened.engine).get_indexes("incidents")} == indexes
    assert import_file(reopened, path).added == 3000  # and the store still works


def test_export_then_import_into_the_same_store_adds_nothing(store_url, tmp_path):
    store = Store(store_url)
    store.add([full_incident(), full_incident(source_id=None, dataset=None, killed=1)])
    for fmt in ("csv", "geojson", "gpkg", "kml"):
        path = tmp_path / f"all.{fmt}"
        export(store.frame(), path, format=fmt)
        report = import_file(store, path)
        assert (report.added, report.skipped) == (0, 2), fmt


def test_acled_columns_come_first(tmp_path):
    table = acled_table(Store(f"sqlite:///{tmp_path / 's.sqlite'}").frame())
    assert table.columns[:5].tolist() == ["event_id_cnty", "event_date", "year", "time_precision", "event_type"]
    assert "fatalities" in table.columns and "killed" not in table.columns


DATA = REPO / "tests" / "data"


@pytest.mark.parametrize("layout", ["current", "older"])
def test_acled_files_in_both_layouts_import_every_row_with_their_own_columns(store_url, tmp_path, layout):
    path = DATA / f"acled_{layout}_layout.csv"
    with open(path, encoding="utf-8", newline="") as source:
        rows = list(csv.DictReader(source))
    store = Store(store_url)
    report = import_file(store, path)
    assert (report.format, report.added, report.rejected) == ("acled", len(rows), [])
    assert store.aggregate(by="year")["killed"].sum() == sum(int(r["fatalities"]) for r in rows)
    by_id = {i.source_id: i for i in store.query()}
    for row in rows:
        incident = by_id[row["event_id_cnty"]]
        assert incident.source_timestamp == dt.datetime.fromtimestamp(int(row["timestamp"]), dt.timezone.utc)
        assert incident.extra.get("assoc_actor_1", "") == row["assoc_actor_1"]
        assert incident.extra["interaction"] == row["interaction"] and incident.event_date.year == 2020
    assert dt.date(2020, 4, 27) <= min(by_id.values(), key=lambda i: i.event_date).event_date
    assert max(i.event_date for i in by_id.values()) == dt.date(2020, 5, 9)
    assert sum(1 for i in by_id.values() if i.admin3_pcode) >= 0.8 * len(rows)
    assert import_file(store, path).added == 0


@pytest.mark.parametrize("given, expected", [
    ("2020-05-09", "2020-05-09"), ("09 May 2020", "2020-05-09"), ("9 May 2020", "2020-05-09"),
    ("9-May-20", "2020-05-09"), ("27-Apr-20", "2020-04-27"), ("13/5/2020", "2020-05-13"), ("5/13/2020", "2020-05-13"),
])
def test_acled_date_forms(store_url, tmp_path, given, expected):
    path = write_csv(tmp_path / "dates.csv", ACLED_HEADER, [acled_row(1, event_date=given, year="2020")])
    store = Store(store_url)
    assert import_file(store, path).added == 1
    assert str(store.query()[0].event_date) == expected


def _slash_file(tmp_path, dates: list[str], timestamps: list[str] | None = None) -> Path:
    header = ACLED_HEADER + (["timestamp"] if timestamps else [])
    rows = [acled_row(n, event_date=d, year=d[-4:]) + ([timestamps[n]] if timestamps else []) for n, d in enumerate(dates)]
    return write_csv(tmp_path / "slash.csv", header, rows)


def test_an_ambiguous_slash_date_is_refused_naming_the_ambiguity(store_url, tmp_path):
    store = Store(store_url)
    error = _assert_nothing_imported(store, _slash_file(tmp_path, ["5/9/2020", "4/2/2020"]),
                                     "could be month/day or day/month")
    assert error.line == 2 and "'5/9/2020'" in str(error)


def test_slash_dates_are_settled_by_the_rest_of_the_file_or_the_timestamp(store_url, tmp_path):
    store = Store(store_url)
    us = import_file(store, _slash_file(tmp_path, ["5/9/2020", "4/30/2020"]))  # 4/30 can only be April 30
    assert us.added == 2 and {str(i.event_date) for i in store.query()} == {"2020-05-09", "2020-04-30"}
    stamped = _slash_file(tmp_path, ["6/5/2020"], ["1589270400"])  # recorded 12 May 2020: not 5 June
    other = Store(f"sqlite:///{tmp_path / 'other.sqlite'}")
    assert import_file(other, stamped).added == 1 and str(other.query()[0].event_date) == "2020-05-06"


def test_a_file_mixing_both_slash_orders_is_refused(store_url, tmp_path):
    _assert_nothing_imported(Store(store_url), _slash_file(tmp_path, ["4/30/2020", "30/4/2020"]),
                             "mixes m/d/yyyy and d/m/yyyy")


def test_a_geojson_nan_point_is_rejected_with_its_feature(store_url, tmp_path):
    path = tmp_path / "nan.geojson"
    path.write_text('{"type": "FeatureCollection", "features": ['
                    '{"type": "Feature", "geometry": {"type": "Point", "coordinates": [NaN, NaN]},'
                    ' "properties": {"event_date": "2020-05-01"}},'
                    '{"type": "Feature", "geometry": {"type": "Point", "coordinates": [36.7, 35.1]},'
                    ' "properties": {"event_date": "2020-05-02"}}]}', encoding="utf-8")
    store = Store(store_url)
    report = import_file(store, path)
    assert report.added == 1 and report.rejected == [(1, "coordinates [nan, nan] are not two finite numbers")]
    assert store.query()[0].latitude == 35.1


def test_a_reimport_teaches_the_places_a_lost_learning_step_missed_once(tmp_path):
    path = DATA / "acled_older_layout.csv"
    store = Store(f"sqlite:///{tmp_path / 'learn.sqlite'}")
    import_file(store, path, learn=lambda rows: 0)  # as if killed between the commit and the learning step
    learned = tmp_path / "learned_places.csv"
    assert not learned.exists()
    again = import_file(store, path)
    assert again.added == 0 and again.learned and learned.exists()
    taught = learned.read_bytes()
    assert "Kafr Nobol" in taught.decode()
    import_file(store, path)
    assert learned.read_bytes() == taught  # idempotent: a third import changes nothing


@pytest.mark.parametrize("ending", ["\n", "\r\n"], ids=["lf", "crlf"])
def test_the_fast_csv_reader_reads_what_the_exact_one_does(tmp_path, monkeypatch, ending):
    """Arrow reads a file whose records all check out; the csv reader reads the rest: same cells, same lines."""
    import incidents.io.csv_rows as csv_rows

    rows = [acled_row(n, notes=f"note {n}") for n in range(1, 40)]
    rows[0][16] = 'a "quoted", multi-line\nnote\non three lines'  # a record over three lines, first
    rows[5][11] = "كفرنبل"
    rows[7][16] = "'=1+2"  # our export's apostrophe before a formula-like cell is taken off
    rows[9][16] = ""
    rows[3][16] = "x" * 2_000_000  # longer than Arrow's default block
    rows[-1][16] = "ends\non two lines"  # and last
    text = tmp_path / "text.csv"
    with open(text, "w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, lineterminator=ending)
        writer.writerow(ACLED_HEADER)
        writer.writerow([f"#{name}" for name in ACLED_HEADER])  # an HXL row: skipped
        writer.writerows(rows)
    lone_cr = tmp_path / "lone_cr.csv"  # a carriage return inside a quoted cell: the exact reader only
    lone_cr.write_bytes(text.read_bytes().replace(b"note\n", b"note\r", 1))

    def chunks(path, fast: bool):
        fast_reads = []
        monkeypatch.setattr(csv_rows, "_arrow_chunks", lambda *a: fast_reads.append(1) or arrow_chunks(*a))
        if not fast:
            monkeypatch.setattr(csv_rows, "_record_lines", lambda *a: None)
        read = list(csv_rows.read_chunks(path, chunk_rows=7))
        monkeypatch.undo()
        return read, bool(fast_reads)

    arrow_chunks = csv_rows._arrow_chunks
    for path, fast_expected in ((text, True), (lone_cr, False)):
        fast, used = chunks(path, fast=True)
        exact, _ = chunks(path, fast=False)
        assert used == fast_expected
        assert [len(c.frame) for c in fast] == [len(c.frame) for c in exact]
        for mine, theirs in zip(fast, exact):
            assert mine.frame.equals(theirs.frame) and mine.rejected == theirs.rejected == []
        frame = pd.concat([c.frame for c in fast])
        assert list(frame.index[:3]) == [3, 6, 7] and frame.index[-1] == 43  # header, HXL row, then a record over three lines
        assert frame.loc[3, "notes"].startswith('a "quoted", multi-line') and frame.loc[12, "notes"] == "=1+2"


def test_chunks_read_ahead_keep_their_order_fail_where_they_failed_and_stop_with_the_import():
    import threading

    from incidents.io.ahead import ahead

    def failing():
        yield 1
        yield 2
        raise ValueError("the third chunk is broken")

    got = []
    with pytest.raises(ValueError, match="third chunk"):
        for item in ahead(failing()):
            got.append(item)
    assert got == [1, 2]
    produced = []

    def many():
        for n in range(1000):
            produced.append(n)
            yield n

    for item in ahead(many()):
        if item == 3:
            break
    assert len(produced) < 10 and not any(t.name == "ahead" for t in threading.enumerate())


def _statuses(store: Store) -> dict[str, str]:
    frame = store.frame(Filters())
    return dict(zip(frame["notes"], frame["review_status"]))


def test_a_table_someone_wrote_lands_unreviewed_unless_it_or_the_import_says_otherwise(store_url, tmp_path):
    """A CSV in ACLED's column names, not ACLED's own rows, landed as published (journey12's walk): rows whose file
    states no review status take the import's (default draft); a status the file states is kept; ACLED's and GED's
    own rows stay published, as their curators released them."""
    header = [*ACLED_HEADER, "review_status"]
    rows = [[*acled_row(1, event_id_cnty="", notes="ours, unstated"), ""],
            [*acled_row(2, event_id_cnty="", notes="ours, stated reviewed", fatalities="5", location="Ariha"), "reviewed"],
            [*acled_row(3, notes="ACLED's own"), ""]]
    path = write_csv(tmp_path / "ours.csv", header, rows)
    store = Store(store_url)
    assert import_file(store, path).added == 3
    assert _statuses(store) == {"ours, unstated": "draft", "ours, stated reviewed": "reviewed",
                                "ACLED's own": "published"}
    other = write_csv(tmp_path / "other.csv", ["event_date", "location", "notes"],
                      [["2018-03-12", "Kafr Nabl", "generic, unstated"]])
    assert import_file(store, other, review_status="reviewed").added == 1
    assert _statuses(store)["generic, unstated"] == "reviewed"
    with pytest.raises(ValueError, match="review status"):
        import_file(store, other, review_status="checked")
