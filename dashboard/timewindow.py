"""Time windows for playback: a day, week or month, alone or with everything before it; dates known only roughly."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

import numpy as np
import pandas as pd

from dashboard.export.words import MONTHS_AR, word

SIZES = ("day", "week", "month")
ROUGH = ("week", "month", "year")  # date precisions coarser than a day
MODES = ("window", "upto")  # the window alone, or everything up to its end


def align(day: dt.date, size: str) -> dt.date:
    """The first day of the day, week (from Monday) or month holding `day`."""
    if size == "week":
        return day - dt.timedelta(days=day.weekday())
    if size == "month":
        return day.replace(day=1)
    return day


def shift(start: dt.date, size: str, steps: int = 1) -> dt.date:
    """The start of the window `steps` windows after (or before) the one starting at `start`."""
    if size == "month":
        months = start.year * 12 + start.month - 1 + steps
        return dt.date(months // 12, months % 12 + 1, 1)
    return start + dt.timedelta(days=steps * (7 if size == "week" else 1))


@dataclass(frozen=True)
class TimeWindow:
    """One step of playback: the window's first day, its size, and whether earlier incidents stay shown."""

    start: dt.date
    size: str = "week"
    mode: str = "window"

    def __post_init__(self) -> None:
        if self.size not in SIZES or self.mode not in MODES:
            raise ValueError(f"time window: size {self.size!r} / mode {self.mode!r} unknown")
        object.__setattr__(self, "start", align(self.start, self.size))

    @property
    def end(self) -> dt.date:
        """The window's last day (inclusive)."""
        return shift(self.start, self.size) - dt.timedelta(days=1)

    def step(self, steps: int = 1) -> TimeWindow:
        return replace(self, start=shift(self.start, self.size, steps))

    def title(self, lang: str = "en") -> str:
        """'Week of 6 Mar 2017', 'March 2017', '6 Mar 2017' (or in Arabic, with Western digits
        as the whole app writes them), with 'up to' in the cumulative mode."""
        s = self.start
        if lang == "ar":
            month = MONTHS_AR[s.month - 1]
            text = {"day": f"{s.day} {month} {s.year}", "week": f"أسبوع {s.day} {month} {s.year}",
                    "month": f"{month} {s.year}"}[self.size]  # fmt: skip
            return f"حتى {text}" if self.mode == "upto" else text
        text = {"day": f"{s.day} {s:%b %Y}", "week": f"week of {s.day} {s:%b %Y}", "month": f"{s:%B %Y}"}[self.size]
        return f"Up to {text}" if self.mode == "upto" else text[0].upper() + text[1:]


def starts(first: dt.date, last: dt.date, size: str) -> list[dt.date]:
    """The starts of every window of `size` that overlaps first..last, in order."""
    out, start = [], align(first, size)
    while start <= last:
        out.append(start)
        start = shift(start, size)
    return out


def day_spans(event_date: pd.Series, precision: pd.Series, event_date_end: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """First and last day each incident may have happened on, as datetime64[D] (NaT when undated).

    A given end date bounds the span; otherwise a week-precise date may be any day of its week (Monday to Sunday),
    a month-precise one any day of its month, a year-precise one any day of its year."""
    day = pd.to_datetime(event_date, errors="coerce").to_numpy("datetime64[D]")
    end = pd.to_datetime(event_date_end, errors="coerce").to_numpy("datetime64[D]")
    first, last = day.copy(), day.copy()
    week = _is(precision, "week")
    monday = day - ((day.astype(np.int64) + 3) % 7).astype("timedelta64[D]")  # 1970-01-01 was a Thursday
    first[week], last[week] = monday[week], monday[week] + np.timedelta64(6, "D")
    for name, unit in (("month", "M"), ("year", "Y")):
        rows = _is(precision, name)
        opening = day[rows].astype(f"datetime64[{unit}]")
        first[rows] = opening.astype("datetime64[D]")
        last[rows] = (opening + np.timedelta64(1, unit)).astype("datetime64[D]") - np.timedelta64(1, "D")
    ranged = ~np.isnat(end) & ~np.isnat(day) & (end > day)
    first[ranged], last[ranged] = day[ranged], end[ranged]
    return first, last


def dates_as_known(event_date: pd.Series, precision: pd.Series | None = None, lang: str = "en") -> pd.Series:
    """Each date as ISO text with its precision when it is not a day: '2017-03-06', '2017-01-01 (year)' (GED's
    year-precise row is not an event of 1 January, nor a month-precise one of the 1st), the precision in `lang`
    ('2017-01-01 (سنة)': a display, not the stored value). The texts sort as the dates do; undated rows are None.
    Formatted once per distinct date and precision (a million rows hold a few thousand)."""
    day = pd.to_datetime(event_date, errors="coerce").to_numpy("datetime64[D]")
    grade = np.zeros(len(day), dtype=np.int64)  # 0: a day (or no precision given)
    for k, name in enumerate(ROUGH, start=1):
        if precision is not None:
            grade[_is(precision, name)] = k
    undated = np.isnat(day)
    key = np.where(undated, -1, day.astype(np.int64) * (len(ROUGH) + 1) + grade)
    codes, keys = pd.factorize(key)
    texts = np.array([None if k < 0 else _date_text(k, lang) for k in keys], dtype=object)
    return pd.Series(texts[codes], index=event_date.index, dtype=object)


def _date_text(key: int, lang: str) -> str:
    day, grade = divmod(int(key), len(ROUGH) + 1)
    text = str(np.datetime64(day, "D"))
    return f"{text} ({word(lang, f'size_{ROUGH[grade - 1]}')})" if grade else text


def period_starts(days: np.ndarray, period: str) -> np.ndarray:
    """The first day of the day, week (from Monday) or month holding each of `days` (datetime64[D])."""
    if period == "week":  # 1970-01-01 was a Thursday: shift to the Monday on or before each day
        return days - ((days.astype(np.int64) + 3) % 7).astype("timedelta64[D]")
    if period == "month":
        return days.astype("datetime64[M]").astype("datetime64[D]")
    return days


def within_one(frame: pd.DataFrame, period: str) -> np.ndarray:
    """Incidents whose possible days all lie in one day, week or month: those a chart per `period` can place.

    An incident known only to the month (or the year) is not in any one week: a weekly bar would put all its dead
    in the month's (or the year's) first week."""
    missing = pd.Series(pd.NA, index=frame.index, dtype=object)
    first, last = day_spans(frame["event_date"], frame.get("date_precision", missing),
                            frame.get("event_date_end", missing))
    dated = ~np.isnat(first)
    return dated & (period_starts(first, period) == period_starts(last, period))


def _is(precision: pd.Series, name: str) -> np.ndarray:
    """Rows whose date precision is `name` (compared in the column's own type: an empty column reads as float)."""
    return (precision == name).to_numpy(bool, na_value=False)


def in_window(first: np.ndarray, last: np.ndarray, window: TimeWindow) -> np.ndarray:
    """Incidents that may belong to the window (or, cumulative, may have happened by its end)."""
    start, end = np.datetime64(window.start, "D"), np.datetime64(window.end, "D")
    if window.mode == "upto":
        return first <= end
    return (first <= end) & (last >= start)
