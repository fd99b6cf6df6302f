"""A large import teaches the gazetteer in bulk (gazetteer.learning): the same learned rows as clean_row's rules
applied row by row, with counts added per place, whatever the order, the gaps and the file already held."""
from __future__ import annotations

import math
import random

import pandas as pd

from gazetteer.learned import clean_row, learn, read_learned
from gazetteer.learning import _rounded
from gazetteer.normalize import normalize


def _row_by_row(rows: list[dict], held: list[dict] = (), only_new: bool = False) -> tuple[list[dict], int]:
    """clean_row's rules folded over the rows one at a time: the learned rows and how many rows were usable."""
    merged = {(normalize(r["name"]), round(r["lat"], 3), round(r["lon"], 3)): dict(r) for r in held}
    known, used = set(merged) if only_new else set(), 0
    for raw in rows:
        row = clean_row(raw)
        if row is None:
            continue
        key = (normalize(row["name"]), round(row["lat"], 3), round(row["lon"], 3))
        if key in known:
            continue
        used += 1
        if key in merged:
            merged[key]["count"] += row["count"]
            merged[key]["name_ar"] = merged[key]["name_ar"] or row["name_ar"]
        else:
            merged[key] = row
    return list(merged.values()), used


ROWS = [
    {"name": "Qaryat Mithal village", "lat": 35.41234567, "lon": 37.0001, "admin1": "Hama", "source": "ged"},
    {"name": "  Qaryat Mithal village ", "lat": 35.4121, "lon": 37.00049, "name_ar": "قرية المثال", "count": 3},
    {"name": "Qaryat Mithal village", "lat": 35.4121, "lon": 37.0004, "name_ar": "اسم آخر", "source": "ged"},
    {"name": "Eastern Aleppo", "lat": 36.2, "lon": 37.2, "source": "ged"},  # a region, not a place
    {"name": "Syria", "lat": 35.0, "lon": 38.0},  # the country
    {"name": "Tall Mithal", "lat": None, "lon": 36.5},  # no point
    {"name": "Tall Mithal", "lat": 95.0, "lon": 36.5},  # out of range
    {"name": "Tall Mithal", "lat": float("nan"), "lon": 36.5},
    {"name": None, "lat": 35.0, "lon": 36.0},
    {"name": "Tall Mithal", "lat": "35.2", "lon": "36.55", "count": 0, "admin2": " Hama "},
    {"name": "Mithal airbase", "lat": 34.5, "lon": 36.9, "source": ""},  # a landmark, source defaulted
]


def test_bulk_learning_gives_the_row_by_row_result(tmp_path):
    file = tmp_path / "learned.csv"
    assert learn(ROWS, file) == _row_by_row(ROWS)[1] == 5
    expected = _row_by_row(ROWS)[0]
    assert read_learned(file) == expected
    assert expected[0]["count"] == 5 and expected[0]["name_ar"] == "قرية المثال"  # three events, one place
    more = [{"name": "Tall Mithal", "lat": 35.2001, "lon": 36.5502, "name_ar": "تل المثال"},
            {"name": "Kafr Jadid", "lat": 35.9, "lon": 36.6, "source": "acled"}]
    frame = pd.DataFrame(more)  # a frame (what the importer hands over) learns the same as dicts
    assert learn(frame, file) == 2
    assert read_learned(file) == _row_by_row(more, expected)[0]
    again = _row_by_row(ROWS + more, read_learned(file), only_new=True)
    assert learn(ROWS + more, file, only_new=True) == again[1] == 0  # everything held already: nothing added
    assert read_learned(file) == again[0]


def test_rounding_is_pythons_own_even_at_halves():
    rng = random.Random(7)
    values = [rng.uniform(-180, 180) for _ in range(20_000)]
    values += [k / 2000 for k in range(-2000, 2000)]  # exact and near halves at 3 decimals
    values += [2.675, 35.0005, 36.12345, -0.0005, 1e-9, math.nan]
    for digits in (3, 5):
        got = _rounded(pd.Series(values), digits).tolist()
        want = [round(v, digits) for v in values]
        assert [g for g, w in zip(got, want) if not (g == w or (math.isnan(g) and math.isnan(w)))] == []


def test_a_lesson_is_worked_out_first_and_written_later_unless_the_file_changed_meanwhile(tmp_path):
    """An import works out the learned file's new text while its rows commit (gazetteer.learning.lesson) and
    writes it after: the same file as learning at once; a lesson whose file someone wrote meanwhile says so."""
    from gazetteer.learning import lesson

    at_once, later = tmp_path / "at_once.csv", tmp_path / "later.csv"
    for file in (at_once, later):
        learn(ROWS[:3], file)
    more = pd.DataFrame(ROWS[3:])
    ready = lesson(more, later)
    assert later.read_bytes() == at_once.read_bytes()  # nothing written yet
    assert ready.current() and ready.write() == learn(more, at_once) == 2
    assert later.read_bytes() == at_once.read_bytes()
    stale = lesson(more, later)
    learn([{"name": "Kafr Jadid", "lat": 35.9, "lon": 36.6}], later)  # another import taught meanwhile
    assert not stale.current()
