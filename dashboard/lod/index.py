"""The incident index: the store's frame as numpy columns, filtered and aggregated at memory speed for the map."""
from __future__ import annotations

import threading
from collections.abc import Callable

import numpy as np
import pandas as pd

from dashboard import located
from dashboard.lod import hexes
from dashboard.lod.columns import Codes, take
from dashboard.lod.view import Bounds, CellLevel, Points, View
from dashboard.timewindow import TimeWindow, day_spans, in_window
from incidents.filters import Filters, actor_pattern
from incidents.unreviewed import is_draft

POPUP_FIELDS = (
    "id", "event_date", "location_en", "location_ar", "place_text", "event_type", "sub_event_type",
    "actor1", "actor2", "killed", "wounded", "source", "source_url", "excerpt",
)  # fmt: skip
TEXT_FIELDS = ("place_text", "location_en", "location_ar", "actor1", "actor2", "notes", "excerpt", "source")
FILTER_FIELDS = ("admin1", "admin1_pcode", "admin2", "admin2_pcode", "review_status", "latitude", "longitude",
                 "geo_precision")
TIME_FIELDS = ("event_date", "date_precision", "event_date_end")
INDEX_FIELDS = tuple(dict.fromkeys(POPUP_FIELDS + TEXT_FIELDS + FILTER_FIELDS + TIME_FIELDS))
"""The columns the index reads: load `Store.frame(columns=INDEX_FIELDS)` to keep a million rows light."""
MAX_POINTS = 2000  # individual incidents sent at most; beyond this the view shows cells
MAX_CELLS = 3000  # cells per level at most; a level that holds more is coarsened
DEFAULT_ZOOM = 7  # all of Syria in a ~1000 px map


class IncidentIndex:
    """Built once per data version (cache it with st.cache_resource); `mask` and `view` are then cheap."""

    def __init__(self, frame: pd.DataFrame, more: Callable[[], pd.DataFrame] | None = None,
                 cells: np.ndarray | None = None):
        # A column the frame lacks is empty, unless `more` (the frame with every column) is given: then it is
        # read from there on first need (a text filter, the popups), and the first map need not wait for it.
        self._more = more
        frame = frame if more is not None else frame.reindex(columns=list(INDEX_FIELDS))
        self.size = len(frame)
        self.lat = pd.to_numeric(frame["latitude"], errors="coerce").to_numpy(np.float64, na_value=np.nan)
        self.lon = pd.to_numeric(frame["longitude"], errors="coerce").to_numpy(np.float64, na_value=np.nan)
        self.has_point = np.isfinite(self.lat) & np.isfinite(self.lon)
        self.place = located.levels(frame)  # int8: a point, or only a district's, governorate's or the country's
        self.mapped = self.has_point & (self.place < located.COUNTRY)  # drawn: the country's point is no place
        self.killed = _counts(frame["killed"])
        self.killed_known = frame["killed"].notna().to_numpy(bool)
        self.wounded = _counts(frame["wounded"])
        self.wounded_known = frame["wounded"].notna().to_numpy(bool)
        self.draft = is_draft(frame["review_status"])
        self.day = pd.to_datetime(frame["event_date"], errors="coerce").to_numpy("datetime64[D]")
        self.first_day, self.last_day = day_spans(frame["event_date"], frame["date_precision"], frame["event_date_end"])
        self.imprecise = self.last_day > self.first_day  # known only to a week, a month, a range of days
        self._frame = frame
        self._lock = threading.Lock()
        self._levels: dict[int, tuple[np.ndarray, np.ndarray]] = {}
        self._codes: dict[str, Codes] = {}
        if cells is None:  # `cells`: the `cells` of an earlier index of these rows (kept with the frame cache)
            cells = np.zeros(self.size, dtype=np.uint64)
            cells[self.has_point] = hexes.cells(self.lat[self.has_point], self.lon[self.has_point])
        self._finest = cells

    @classmethod
    def from_frame(cls, frame: pd.DataFrame, more: Callable[[], pd.DataFrame] | None = None,
                   cells: np.ndarray | None = None) -> "IncidentIndex":
        """Index a frame with the columns INDEX_FIELDS (Store.frame() has them all; missing ones count as empty,
        or are read from `more()` when first needed)."""
        return cls(frame, more, cells)

    @property
    def cells(self) -> np.ndarray:
        """Each row's finest H3 cell (0 without a point): the costliest part of an index to build at a million
        rows, so a cache of the frame may keep it."""
        return self._finest

    def _columns(self, names: tuple[str, ...]) -> pd.DataFrame:
        """The indexed rows with these columns, the frame's other columns fetched once if they are needed."""
        if self._more is not None and not set(names) <= set(self._frame.columns):
            self._frame, self._more = self._more().reindex(columns=list(INDEX_FIELDS)), None
        return self._frame

    def patched(self, frame: pd.DataFrame, previous: np.ndarray,
                more: Callable[[], pd.DataFrame] | None = None) -> "IncidentIndex":
        """The index of `frame` (its missing columns from `more()`, as in `from_frame`), whose row i was row
        `previous[i]` of this one (-1: new or changed): only those rows are computed again (an edit at a million
        incidents is then seen at once)."""
        fresh = np.flatnonzero(previous < 0)
        part = IncidentIndex(take(frame, fresh))
        kept = np.flatnonzero(previous >= 0)
        # Rows edited in place or added at the end (every edit and ingest): the old arrays are copied whole, not
        # gathered row by row (a million-row gather per array was most of an edit's time).
        in_place = bool(np.array_equal(previous[kept], kept))
        index = IncidentIndex.__new__(IncidentIndex)
        for name, value in vars(part).items():  # every per-row array, from the old index or the new part
            if isinstance(value, np.ndarray) and value.shape[:1] == (part.size,):
                rows = np.empty((len(frame),) + value.shape[1:], dtype=value.dtype)
                if in_place:
                    common = min(len(frame), self.size)
                    rows[:common] = getattr(self, name)[:common]
                else:
                    rows[kept] = getattr(self, name)[previous[kept]]
                rows[fresh] = value
                setattr(index, name, rows)
        index.size = len(frame)
        index._frame, index._more = (frame, more) if more else (frame.reindex(columns=list(INDEX_FIELDS)), None)
        index._lock = threading.Lock()
        index._levels, index._codes = {}, {}  # built again on first use
        return index

    def codes(self, column: str) -> Codes:
        """A text column as codes, built on first use (most filters never touch most columns)."""
        if column not in self._codes:
            self._codes[column] = Codes.of(self._columns((column,))[column])
        return self._codes[column]

    def _actor_rows(self, column: str, actor: str) -> np.ndarray:
        """Rows whose `column` names `actor`: an acronym as a word in its case, as the store's query reads it
        (`actor_pattern`), other text anywhere in any case."""
        pattern = actor_pattern(actor)
        codes = self.codes(column)
        return codes.matches(pattern) if pattern else codes.contains(actor)

    def mask(self, filters: Filters) -> np.ndarray:
        """The rows the filters select, as a boolean array."""
        f = filters
        keep = np.ones(self.size, dtype=bool)
        if f.date_from:
            keep &= self.day >= np.datetime64(f.date_from, "D")
        if f.date_to:
            keep &= self.day <= np.datetime64(f.date_to, "D")
        if f.event_types:
            keep &= self.codes("event_type").isin(f.event_types)
        if f.sub_event_types:
            keep &= self.codes("sub_event_type").isin(f.sub_event_types)
        if f.actor:
            keep &= self._actor_rows("actor1", f.actor) | self._actor_rows("actor2", f.actor)
        for names, columns in ((f.admin1, ("admin1", "admin1_pcode")), (f.admin2, ("admin2", "admin2_pcode"))):
            if names:
                keep &= self.codes(columns[0]).isin(names) | self.codes(columns[1]).isin(names)
        if f.min_killed is not None:
            keep &= self.killed_known & (self.killed >= f.min_killed)  # unknown counts never pass, as in SQL
        if f.review_status:
            keep &= self.codes("review_status").isin(f.review_status)
        if f.text:
            hits = np.zeros(self.size, dtype=bool)
            for column in TEXT_FIELDS:
                hits |= self.codes(column).contains(f.text)
            keep &= hits
        if f.bbox:
            keep &= self.within(f.bbox)
        return keep

    def during(self, mask: np.ndarray, window: TimeWindow) -> np.ndarray:
        """The rows of `mask` that may belong to the time window (an imprecise date counts in every window it spans)."""
        return mask & in_window(self.first_day, self.last_day, window)

    def undrawn(self, mask: np.ndarray) -> located.Undrawn:
        """The rows of `mask` no map draws (located only to the country, or nowhere), counted for a caption."""
        return located.Undrawn.of(self.place[mask], self.has_point[mask], self.killed[mask])

    def within(self, bounds: Bounds) -> np.ndarray:
        """Rows whose point lies in (west, south, east, north) and stands for a place: rows without coordinates,
        and those known only to the country (their point is the country's), are in no extent."""
        w, s, e, n = bounds
        return self.mapped & (self.lon >= w) & (self.lon <= e) & (self.lat >= s) & (self.lat <= n)

    def view(self, mask: np.ndarray, bounds: Bounds | None = None, zoom: int | None = None,
             max_points: int = MAX_POINTS) -> View:  # fmt: skip
        """The level of detail for a map at `zoom` showing `bounds` (None: everything selected)."""
        zoom = DEFAULT_ZOOM if zoom is None else int(zoom)
        shown = mask & self.mapped
        view = View(
            zoom=zoom, bounds=bounds, selected=int(mask.sum()), mapped=int(shown.sum()),
            killed=int(self.killed[mask].sum()), wounded=int(self.wounded[mask].sum()),
        )  # fmt: skip
        near = shown if bounds is None else shown & self.within(_grow(bounds, 2.0))
        if int(near.sum()) <= max_points:
            view.points = self._points(near, 0 if bounds is None else zoom)
        by_res: dict[int, list[int]] = {}
        for z in range(max(0, zoom - 1), zoom + 2):
            if view.points is None or z < view.points.min_zoom:
                by_res.setdefault(hexes.resolution_for_zoom(z), []).append(z)
        for res, zooms in by_res.items():
            region = None if bounds is None else _grow(bounds, 2.0 * 2.0 ** (zoom - min(zooms)))
            view.levels.append(self._level(shown, res, zooms, region))
        return view

    def _points(self, rows: np.ndarray, min_zoom: int) -> Points:
        idx = np.flatnonzero(rows)
        idx = idx[np.argsort(-(self.killed[idx] + self.wounded[idx]), kind="stable")]
        fields = POPUP_FIELDS + ("date_precision", "review_status")
        rows = take(self._columns(fields)[list(fields)], idx)
        return Points(min_zoom, rows, self.lat[idx], self.lon[idx], self.killed[idx], self.wounded[idx],
                      self.imprecise[idx], self.killed_known[idx], self.wounded_known[idx], self.place[idx])

    def _cells_at(self, res: int) -> tuple[np.ndarray, np.ndarray]:
        """(codes per row, distinct cell ids) at one resolution, computed once and shared across sessions."""
        with self._lock:
            if res not in self._levels:
                codes, ids = pd.factorize(hexes.parents(self._finest, res))
                self._levels[res] = (codes.astype(np.int32), np.asarray(ids, dtype=np.uint64))
            return self._levels[res]

    def _level(self, shown: np.ndarray, res: int, zooms: list[int], region: Bounds | None) -> CellLevel:
        """Cells with at least one shown incident in `region`, each summed over ALL its shown incidents."""
        while True:
            codes, ids = self._cells_at(res)
            picked = codes[shown]
            count = np.bincount(picked, minlength=len(ids))
            present = count > 0
            if region is not None:
                present = np.zeros(len(ids), dtype=bool)
                present[codes[shown & self.within(region)]] = True
            keep = np.flatnonzero(present)
            if len(keep) <= MAX_CELLS or res <= 1:
                break
            res -= 1
        killed = np.bincount(picked, weights=self.killed[shown], minlength=len(ids))
        wounded = np.bincount(picked, weights=self.wounded[shown], minlength=len(ids))
        given = {name: count[keep] - np.bincount(codes[shown & ~known], minlength=len(ids))[keep]
                 for name, known in (("killed", self.killed_known), ("wounded", self.wounded_known))}
        drafts = np.bincount(codes[shown & self.draft], minlength=len(ids))[keep]
        cells = ids[keep]
        centres, boundary = hexes.geometry(cells)
        return CellLevel(
            res=res, min_zoom=min(zooms), max_zoom=max(zooms), cells=cells, lat=centres[:, 0], lon=centres[:, 1],
            boundary=boundary, count=count[keep], killed=np.rint(killed[keep]).astype(np.int64),
            wounded=np.rint(wounded[keep]).astype(np.int64), killed_given=given["killed"], wounded_given=given["wounded"],
            drafts=drafts,
        )  # fmt: skip


def _counts(series: pd.Series) -> np.ndarray:
    """A count column as int64 with missing counted as 0 (sums stay exact)."""
    return pd.to_numeric(series, errors="coerce").fillna(0).to_numpy(np.int64)


def _grow(bounds: Bounds, factor: float) -> Bounds:
    """The box with the same centre, `factor` times as wide and tall."""
    w, s, e, n = bounds
    cx, cy, hw, hh = (w + e) / 2, (s + n) / 2, (e - w) * factor / 2, (n - s) * factor / 2
    return (cx - hw, cy - hh, cx + hw, cy + hh)
