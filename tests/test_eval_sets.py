"""The blind evaluation sets are well-formed, stay out of the default run, and run through the shared scoring."""
from __future__ import annotations

import csv
import datetime as dt
import re
from pathlib import Path

import pytest

from bench.eval_extract import STUDIED, folders, is_blind
from gazetteer import Gazetteer
from gazetteer.builtin import builtin_entries
from incidents.extract.evaluate import Case, ged_placement, load_cases, load_headlines, score
from incidents.record import EVENT_TYPES

EVAL = Path(__file__).resolve().parents[1] / "data" / "eval"
SUB_TYPES = {sub for subs in EVENT_TYPES.values() for sub in subs}
PCODES = {f"SY{n:02d}" for n in range(1, 15)}
ARABIC = re.compile("[\u0600-\u06ff]")


def check_incident(inc: dict, published: dt.date) -> None:
    assert inc["admin1_pcode"] in PCODES and inc["sub_event_type"] in SUB_TYPES, inc
    assert all(inc[k] is None or (isinstance(inc[k], int) and inc[k] >= 0) for k in ("killed", "wounded")), inc
    assert published - dt.timedelta(days=7) <= dt.date.fromisoformat(inc["event_date"]) <= published, inc


@pytest.mark.parametrize("name, least", [("reports-blind2", 24), ("reports-blind3", 30), ("reports-blind4", 36)])
def test_blind_reports_are_well_formed(name, least):
    folder = EVAL / name
    cases = load_cases(folder)
    assert len(cases) >= least and len(list(folder.glob("*.txt"))) == len(cases)
    langs = []
    for case in cases:
        text = case.path.read_text(encoding="utf-8")
        assert 700 <= len(text) <= 2000, case.path.name
        langs.append(bool(ARABIC.search(text)))
        for inc in case.expected:
            assert inc["place"] in text, (case.path.name, inc["place"])
            check_incident(inc, case.published)
    assert sum(langs) == len(langs) - sum(langs)  # half Arabic, half English


@pytest.mark.parametrize("name, least", [("headlines-blind", 200), ("headlines-blind3", 150),
                                         ("headlines-blind4", 150)])
def test_blind_headlines_are_well_formed(name, least):
    path = EVAL / name / "headlines.csv"
    with open(path, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    cases = load_headlines(path)
    assert len(cases) == len(rows) >= least and len({r["id"] for r in rows}) == len(rows)
    assert abs(sum(r["lang"] == "ar" for r in rows) - sum(r["lang"] == "en" for r in rows)) <= 5
    for row, case in zip(rows, cases):
        (inc,) = case.expected
        assert case.text == row["source_hea"] and inc["place"] in case.text and "\n" not in case.text
        assert bool(ARABIC.search(case.text)) == (row["lang"] == "ar"), row["id"]
        assert 32.3 <= float(row["latitude"]) <= 37.4 and 35.6 <= float(row["longitude"]) <= 42.4, row["id"]
        check_incident(inc, case.published)


def test_blind_folders_stay_out_of_the_default_run():
    default, every = folders(blind=False), folders(blind=True)
    assert not any(is_blind(f) for f in default)
    assert {EVAL / "reports-blind4", EVAL / "headlines-blind4"} <= set(every) - set(default)
    assert is_blind(EVAL / "headlines-blind4" / "headlines.csv") and not is_blind(EVAL / "reports-dev")


def test_studied_parts_are_development_sets_and_their_misses_may_be_listed():
    studied = {EVAL / name for name in STUDIED}
    assert studied <= set(folders(blind=False)) and not any(is_blind(f) for f in studied)
    assert not is_blind(EVAL / "headlines-blind3" / "headlines.csv")


def test_a_headline_file_is_scored_like_reports_and_placed_like_ged(tmp_path):
    path = tmp_path / "headlines.csv"
    fields = ["id", "lang", "source_dat", "date_start", "source_hea", "place", "admin1_pcode", "killed", "wounded",
              "sub_event_type", "latitude", "longitude", "where_prec", "where_coor"]
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields)
        writer.writeheader()
        writer.writerow({"id": "x1", "lang": "en", "source_dat": "2019-05-14", "date_start": "2019-05-13",
                         "source_hea": "Clashes in Saraqib on Monday killed two fighters.", "place": "Saraqib",
                         "admin1_pcode": "SY07", "killed": "2", "wounded": "", "sub_event_type": "Armed clash",
                         "latitude": "35.8645", "longitude": "36.8056", "where_prec": "1", "where_coor": "Saraqib"})
        writer.writerow({"id": "x2", "lang": "en", "source_dat": "2019-05-14", "date_start": "2019-05-14",
                         "source_hea": "Shelling hit Saraqib on Tuesday.", "place": "Saraqib", "admin1_pcode": "SY07",
                         "killed": "3", "wounded": "", "sub_event_type": "Shelling/artillery/missile attack",
                         "latitude": "34.0", "longitude": "36.8056", "where_prec": "1", "where_coor": "elsewhere"})
    cases = load_headlines(path)
    assert [c.expected[0]["killed"] for c in cases] == [2, 3] and cases[0].expected[0]["wounded"] is None
    gaz = Gazetteer(builtin_entries())
    scores = score(cases, gaz)
    assert (scores.expected, scores.matched, scores.exact_counts, scores.right_killed_totals) == (2, 2, 1, 1), \
        scores.misses
    placed = ged_placement(path, gaz, None)
    assert (placed["events"], placed["within_25_km"]) == (2, 0.5)


def test_two_incidents_at_one_place_are_paired_by_their_day_not_by_order(tmp_path):
    report = tmp_path / "two_days.txt"
    report.write_text("Shelling on Saraqib killed 4 people on Monday. On Wednesday an air strike on Saraqib killed "
                      "9 people.", encoding="utf-8")
    want = lambda day, killed, kind: {"place": "Saraqib", "admin1_pcode": "SY07", "killed": killed,  # noqa: E731
                                      "wounded": None, "sub_event_type": kind, "event_date": day}
    case_ = dict(published=dt.date(2019, 5, 15), expected=[want("2019-05-15", 9, "Air/drone strike"),
                                                           want("2019-05-13", 4, "Shelling/artillery/missile attack")])
    scores = score([Case(report, **case_)], Gazetteer(builtin_entries()))
    assert (scores.matched, scores.exact_counts, scores.right_date, scores.right_type) == (2, 2, 2, 2), scores.misses


@pytest.mark.parametrize("folder", ["reports-blind2", "headlines-blind", "reports-blind3", "headlines-blind3",
                                    "reports-blind4", "headlines-blind4"])
def test_blind_folders_say_they_are_blind(folder):
    text = (EVAL / folder / "README.md").read_text(encoding="utf-8")
    assert "BLIND until its first run" in text and "CC BY 4.0" in text
