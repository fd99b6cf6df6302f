"""Playback windows: alignment and steps, dates known only to a week or month, links holding the time."""
from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard.lod import IncidentIndex
from dashboard.timewindow import SIZES, TimeWindow, dates_as_known, day_spans, in_window, starts
from dashboard.urlstate import View, from_params, to_params
from incidents.filters import Filters

D = dt.date


def test_windows_align_to_their_size_and_step_across_month_and_year_ends() -> None:
    week = TimeWindow(D(2017, 3, 9), "week")  # a Thursday
    assert (week.start, week.end) == (D(2017, 3, 6), D(2017, 3, 12))
    month = TimeWindow(D(2016, 12, 20), "month")
    assert (month.start, month.end) == (D(2016, 12, 1), D(2016, 12, 31))
    assert month.step().start == D(2017, 1, 1) and month.step(-12).start == D(2015, 12, 1)
    assert TimeWindow(D(2016, 2, 1), "month").end == D(2016, 2, 29)
    assert TimeWindow(D(2017, 1, 1), "day").step(-1).start == D(2016, 12, 31)
    with pytest.raises(ValueError):
        TimeWindow(D(2017, 1, 1), "fortnight")


def test_titles_in_english_and_arabic() -> None:
    assert TimeWindow(D(2017, 3, 9), "week").title() == "Week of 6 Mar 2017"
    assert TimeWindow(D(2017, 3, 9), "month", "upto").title() == "Up to March 2017"
    assert TimeWindow(D(2017, 3, 9), "month").title("ar") == "مارس 2017"


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("mode", ("window", "upto"))
def test_arabic_window_titles_write_western_digits_as_the_rest_of_the_app_does(size, mode) -> None:
    """The app's one rule (docs/dashboard.md): Arabic texts write Western digits. The slider's and the multiples'
    window titles wrote Arabic-Indic ones (٢٠١٧) beside the totals' and the table's 2017 (journey15)."""
    title = TimeWindow(D(2016, 11, 28), size, mode).title("ar")
    assert "2016" in title and not any("\u0660" <= c <= "\u0669" for c in title)


@settings(max_examples=60, deadline=None)
@given(st.dates(D(2000, 1, 1), D(2030, 1, 1)), st.integers(0, 400), st.sampled_from(SIZES))
def test_successive_windows_tile_the_range_without_gap_or_overlap(first, days, size) -> None:
    last = first + dt.timedelta(days=days)
    windows = [TimeWindow(s, size) for s in starts(first, last, size)]
    assert windows[0].start <= first and windows[-1].end >= last
    for a, b in zip(windows, windows[1:]):
        assert a.end + dt.timedelta(days=1) == b.start


def _spans(rows: list[tuple[str | None, str | None, str | None]]):
    frame = pd.DataFrame(rows, columns=["event_date", "date_precision", "event_date_end"])
    return day_spans(frame["event_date"], frame["date_precision"], frame["event_date_end"])


def test_rough_dates_span_their_week_month_year_or_given_range() -> None:
    first, last = _spans([
        ("2017-03-09", "day", None), ("2017-03-09", "week", None), ("2017-03-09", "month", None),
        ("2017-03-09", "year", None), ("2017-03-09", "day", "2017-03-11"), (None, "day", None),
    ])  # fmt: skip
    as_dates = [(None if np.isnat(a) else str(a), None if np.isnat(b) else str(b)) for a, b in zip(first, last)]
    assert as_dates == [
        ("2017-03-09", "2017-03-09"), ("2017-03-06", "2017-03-12"), ("2017-03-01", "2017-03-31"),
        ("2017-01-01", "2017-12-31"), ("2017-03-09", "2017-03-11"), (None, None),
    ]  # fmt: skip


def test_a_rough_date_shows_in_every_window_it_may_belong_to_and_an_undated_one_in_none() -> None:
    first, last = _spans([("2017-03-09", "month", None), ("2017-03-09", "day", None), (None, "day", None)])
    weeks = [TimeWindow(s, "week") for s in starts(D(2017, 2, 20), D(2017, 4, 9), "week")]
    holding = {w.start: in_window(first, last, w).tolist() for w in weeks}
    month_weeks = [s for s, rows in holding.items() if rows[0]]
    assert month_weeks == [D(2017, 2, 27), D(2017, 3, 6), D(2017, 3, 13), D(2017, 3, 20), D(2017, 3, 27)]
    assert [s for s, rows in holding.items() if rows[1]] == [D(2017, 3, 6)]
    assert not any(rows[2] for rows in holding.values())
    upto = in_window(first, last, TimeWindow(D(2017, 2, 27), "week", "upto"))
    assert upto.tolist() == [True, False, False]


def test_index_window_keeps_the_filters_and_counts_imprecise_rows() -> None:
    frame = pd.DataFrame({
        "id": [1, 2, 3], "event_date": ["2017-03-09", "2017-03-20", "2017-03-02"],
        "date_precision": ["day", "month", "day"], "event_type": ["Battles", "Battles", "Protests"],
        "latitude": [36.2, 35.9, 33.5], "longitude": [37.1, 36.6, 36.4], "killed": [1, 2, 3], "wounded": [0, 0, 0],
    })  # fmt: skip
    index = IncidentIndex.from_frame(frame)
    window = TimeWindow(D(2017, 3, 6), "week")
    shown = index.during(index.mask(Filters(event_types=["Battles"])), window)
    assert shown.tolist() == [True, True, False]
    assert (shown & index.imprecise).tolist() == [False, True, False]
    view = index.view(shown, zoom=14)
    assert sorted(view.points.imprecise.tolist()) == [False, True]


def test_a_link_holds_the_time_window() -> None:
    view = View(time=TimeWindow(D(2017, 3, 9), "month", "upto"))
    params = to_params(view)
    assert params == {"t": "2017-03-01", "tsize": "month", "tmode": "upto"}
    assert from_params(params) == (view, [])
    assert to_params(View(time=TimeWindow(D(2017, 3, 6)))) == {"t": "2017-03-06"}  # week, window alone: defaults


def test_a_bad_time_in_a_link_is_named_not_guessed() -> None:
    view, problems = from_params({"t": "2017-13-01", "tsize": "fortnight"})
    assert view.time is None
    assert any(p.startswith("t=") for p in problems) and any(p.startswith("tsize=") for p in problems)


def test_a_date_known_only_roughly_says_so_and_still_sorts_as_a_date():
    """GED's year-precise row is dated 1 January in the store: a table in an April window listed it as
    '2017-01-01', an event of New Year's Day that never happened."""
    days = pd.Series(pd.to_datetime(["2017-01-01", "2017-03-06", "2017-02-01", "2017-03-14", None]))
    precision = pd.Series(["year", "week", "month", "day", None])
    texts = dates_as_known(days, precision)
    assert texts.tolist() == ["2017-01-01 (year)", "2017-03-06 (week)", "2017-02-01 (month)", "2017-03-14", None]
    assert sorted(texts.dropna()) == texts.iloc[[0, 2, 1, 3]].tolist()  # text order is date order
    assert dates_as_known(days.iloc[:1]).tolist() == ["2017-01-01"]  # no precision column: days
