"""Successive time windows of the incidents, for small multiples and animations: rows per window, rough dates marked."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np
import pandas as pd
from matplotlib.axes import Axes

from dashboard.export.symbols import Points, area
from dashboard.timewindow import TimeWindow, day_spans, in_window, shift, starts

MAX_FRAMES = 240  # an animation longer than this is a film, not a slide: choose a bigger window or fewer dates


@dataclass(frozen=True)
class Slice:
    """One window's incidents (prepared rows) and which of them have a date known only roughly."""

    window: TimeWindow
    rows: pd.DataFrame
    rough: np.ndarray  # boolean per row of `rows`

    def summary(self, lang: str = "en") -> str:
        """'123 incidents · 45 killed · 3 imprecise dates' (Arabic words, Western digits with lang='ar')."""
        n, killed, rough = len(self.rows), int(self.rows["killed"].sum()), int(self.rough.sum())
        if lang == "ar":
            return f"{n:,} حادثة · {killed:,} قتيلاً" + (f" · {rough:,} بتاريخ تقريبي" if rough else "")
        return f"{n:,} incidents · {killed:,} killed" + (f" · {rough:,} imprecise dates" if rough else "")


def windows(df: pd.DataFrame, size: str, mode: str = "window", start: dt.date | None = None,
            end: dt.date | None = None, count: int | None = None) -> list[TimeWindow]:  # fmt: skip
    """Successive windows from `start` (else the first incident) to `end` (else the last), at most `count`."""
    dates = pd.to_datetime(df["event_date"], errors="coerce").dropna()
    if dates.empty and start is None:
        raise ValueError("no dated incident: nothing to show through time")
    first = start or dates.min().date()
    last = end or (dates.max().date() if not dates.empty else first)
    found = starts(first, max(first, last), size)
    if count is not None:  # exactly `count`, even past the data's end
        found = [shift(found[0], size, i) for i in range(count)]
    return [TimeWindow(s, size, mode) for s in found]


def slices(data: pd.DataFrame, chosen: list[TimeWindow]) -> list[Slice]:
    """Each window's rows of `data` (from `frame.prepare`); an imprecise date is in every window it may fall in."""
    first, last = day_spans(data["event_date"], data["date_precision"], data["event_date_end"])
    rough = last > first
    out = []
    for window in chosen:
        keep = in_window(first, last, window)
        out.append(Slice(window, data[keep], rough[keep]))
    return out


def mark_rough(ax: Axes, part: Slice, extent: tuple[float, float, float, float], rasterize: bool) -> None:
    """A dashed ring around each incident whose date is known only to a week, a month or a range."""
    if not part.rough.any():
        return
    points = Points.from_frame(part.rows[part.rough], extent)
    ax.scatter(points.lon, points.lat, s=area(points.casualties) * 1.6, facecolors="none", edgecolors="#222222",
               linewidths=0.6, linestyles=(0, (2, 1.5)), zorder=5.5, rasterized=rasterize)
