"""A row that gives a point but no governorate gets its governorate, district and sub-district from the shipped
boundaries (flagged admin_from_point), at import (library and CLI) and for rows already in the store; a point
outside Syria is reported and left without one, never guessed."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd

from incidents import cli
from incidents.filters import Filters
from incidents.io import import_file
from incidents.io.admin_points import fill_store, from_points
from incidents.record import Incident
from incidents.store import Store

BOUNDARIES = Path(__file__).resolve().parents[1] / "data" / "boundaries"
HEADER = "event_date,event_type,location,latitude,longitude,admin1,killed\n"
ROWS = (
    "2019-05-02,Battles,Manbij,36.528,37.955,,1\n"         # Aleppo, given no governorate
    "2019-05-03,Battles,Douma,33.572,36.402,,2\n"          # Rural Damascus, given no governorate
    "2019-05-04,Battles,Baalbek,34.006,36.211,,3\n"        # Lebanon, inside Syria's bounding box
    "2019-05-05,Battles,Kafr Nabl,35.614,36.561,Hama,4\n"  # the source's governorate (wrong) is kept
)


def _file(tmp_path: Path) -> Path:
    path = tmp_path / "points.csv"
    path.write_text(HEADER + ROWS, encoding="utf-8")
    return path


def _by_place(store: Store) -> dict:
    return {row.location_en or row.place_text: row for row in store.query()}


def test_an_import_fills_admin_names_from_the_point_and_reports_a_point_outside_syria(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'i.sqlite'}")
    report = import_file(store, _file(tmp_path), mapping={"location_en": "location"}, boundaries=BOUNDARIES)
    rows = _by_place(store)
    assert (rows["Manbij"].admin1, rows["Manbij"].admin1_pcode, rows["Manbij"].admin2) == ("Aleppo", "SY02", "Menbij")
    assert rows["Manbij"].admin3_pcode and rows["Manbij"].admin3_pcode.startswith("SY02")
    assert rows["Douma"].admin1 == "Rural Damascus" and "admin_from_point" in rows["Douma"].flags
    assert rows["Baalbek"].admin1 is None and "outside_syria" in rows["Baalbek"].flags
    assert rows["Kafr Nabl"].admin1 == "Hama" and "admin_from_point" not in rows["Kafr Nabl"].flags
    assert report.admin_from_point == 2 and report.outside == [4]
    assert "line(s) 4" in report.admin_note()
    assert {r.location_en for r in store.query(Filters(admin1=["Aleppo"]))} == {"Manbij"}


def test_without_boundaries_an_import_fills_nothing(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'i.sqlite'}")
    report = import_file(store, _file(tmp_path), mapping={"location_en": "location"})
    assert _by_place(store)["Manbij"].admin1 is None and report.admin_from_point == 0 and report.admin_note() == ""


def test_the_cli_import_fills_from_the_shipped_boundaries_and_says_so(tmp_path, capsys):
    db = f"sqlite:///{tmp_path / 'i.sqlite'}"
    assert cli.main(["import", str(_file(tmp_path)), "--db", db, "--map", "location_en=location"]) == 0
    out = capsys.readouterr().out
    assert "2 row(s) gave no governorate" in out and "line(s) 4" in out
    assert _by_place(Store(db))["Douma"].admin1_pcode == "SY03"


def test_rows_already_stored_are_filled_once_by_the_cli_as_a_recorded_edit(tmp_path, capsys):
    db = f"sqlite:///{tmp_path / 'i.sqlite'}"
    store = Store(db)
    day = dt.date(2020, 1, 9)
    store.add([Incident(event_date=day, location_en="Saraqib-like", latitude=35.86, longitude=36.80),
               Incident(event_date=day, location_en="Hermel", latitude=34.39, longitude=36.38),
               Incident(event_date=day, location_en="Raqqa", latitude=35.95, longitude=39.01, admin1="Raqqa")])
    assert cli.main(["fill-admin", "--db", db]) == 0
    assert "1 incident(s) given" in capsys.readouterr().out
    rows = _by_place(store)
    assert rows["Saraqib-like"].admin1 == "Idleb" and rows["Saraqib-like"].version == 1
    assert store.history(rows["Saraqib-like"].id)[-1]["changed_by"] == "admin-from-point"
    assert rows["Hermel"].admin1 is None and "outside_syria" in rows["Hermel"].flags
    assert rows["Raqqa"].version == 0
    again = fill_store(store, BOUNDARIES)
    assert again.filled == [] and again.outside == [rows["Hermel"].id]


def test_from_points_names_the_rows_it_filled_and_those_outside():
    """The import counts the rows given admin names from what the fill itself did (journey14 asked `wanting` again
    per chunk): Qamishli and Jableh are filled, Tripoli (Lebanon) is outside, a row naming its governorate is not
    touched."""
    rows = pd.DataFrame({"latitude": [37.05, 35.36, 34.43, 35.0], "longitude": [41.22, 35.93, 35.84, 38.0],
                         "admin1": [None, None, None, "Homs"], "admin1_pcode": [None, None, None, None],
                         "flags": ["", "", "", ""]}, index=[7, 8, 9, 10])
    for name in ("admin1_pcode", "admin2", "admin2_pcode", "admin3", "admin3_pcode"):
        rows[name] = None
    filled, inside, outside = from_points(rows, BOUNDARIES)
    assert (inside, outside) == ([7, 8], [9])
    assert list(filled.loc[[7, 8], "admin1"]) == ["Al-Hasakeh", "Lattakia"]
