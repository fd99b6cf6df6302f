"""Cached loading: the store opened once per process, the incidents read once, then patched from the store's
change log as edits, reviews and ingests change them."""
from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, replace
from functools import cached_property
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pyarrow as pa
import shapely
import streamlit as st

from dashboard import firstread, framecache
from dashboard.firstread import CELLS, FRAME_COLUMNS
from dashboard.lod import IncidentIndex
from dashboard.map import area_features
from dashboard.export.basemap import places as label_places
from dashboard.settings import load as load_settings
from dashboard.urlstate import View
from gazetteer import Gazetteer
from gazetteer.boundaries import admin_polygons, country_outlines
from gazetteer.learned import learned_path
from gazetteer.settings import WORLD_ATLAS, gazetteer_path
from incidents.credits import BOUNDARIES, dataset_credits
from incidents.filters import Filters
from incidents.sample import ensure_default_data
from incidents.store import Store


@dataclass(frozen=True)
class Options:
    """The choices the sidebar offers, taken from the data itself."""

    date_min: object
    date_max: object
    event_types: list[str]
    sub_event_types: dict[str, list[str]]  # event type -> its sub-types in the data
    governorates: list[str]
    districts: dict[str, list[str]]  # governorate -> its districts in the data
    statuses: list[str]


SMALL = {"geo_precision": "Int8"}  # a map column of codes 1-3: a byte a row at a million, not eight


class Frame:
    """The incidents of one data version in id order: the map's columns (`head`) at once, the other FRAME_COLUMNS
    from `rest` (a frame with `id` and them, maybe more), read in the background from the start, so the first map
    need not wait for a million report texts."""

    def __init__(self, head: pd.DataFrame, rest: Callable[[], pd.DataFrame] | None = None):
        self.head = head.astype({name: kind for name, kind in SMALL.items() if name in head})
        self._full = None if rest else head
        self._rest: Future | None = _READER.submit(rest) if rest else None
        self._lock = threading.Lock()

    def full(self) -> pd.DataFrame:
        """Every column (waits for the background read)."""
        with self._lock:
            if self._full is None:
                rest, self._rest = self._rest.result(), None  # what only the result used is freed
                if not rest["id"].equals(self.head["id"]):  # rows added between the two reads wait for the next version
                    rest = rest.set_index("id").reindex(self.head["id"]).reset_index()
                rest = rest.drop(columns=[name for name in rest.columns if name in self.head.columns])
                self._full = pd.concat([self.head, rest], axis=1)[list(FRAME_COLUMNS)]
            return self._full

    def columns(self, names: Iterable[str]) -> pd.DataFrame:
        """Only these columns (from `head` alone when it holds them)."""
        names = list(names)
        return (self.head if set(names) <= set(self.head.columns) else self.full())[names]


def background() -> None:
    """Lower the calling thread's CPU priority (on Linux a thread's own, inherited by the threads and reader
    processes it starts): work that follows the first map never takes a core from it."""
    try:
        thread = threading.get_native_id()
        os.setpriority(os.PRIO_PROCESS, thread, os.getpriority(os.PRIO_PROCESS, thread) + BACKGROUND_NICE)
    except (AttributeError, OSError):  # not Linux: the same work, at the usual priority
        pass


BACKGROUND_NICE = 10
_READER = ThreadPoolExecutor(max_workers=2, thread_name_prefix="frame-rest", initializer=background)


@dataclass(frozen=True)
class Dataset:
    """Every incident of one data version, indexed for the map and described for the sidebar."""

    version: object
    incidents: Frame
    index: IncidentIndex
    options: Options
    url: str | None = None  # the store's, to read the detail columns by id

    @property
    def frame(self) -> pd.DataFrame:
        """Every column held in memory (waits for the columns the map does not need)."""
        return self.incidents.full()

    @property
    def size(self) -> int:
        return len(self.incidents.head)

    @cached_property
    def datasets(self) -> tuple[str, ...]:
        """The incidents' dataset names (the map credits them), found once per data version."""
        return tuple(sorted(map(str, self.incidents.head["dataset"].dropna().unique())))

    def select(self, filters: Filters) -> Selection:
        """The incidents a filter selects (store order), computed once per data version and filters."""
        return _selection(self.version, repr(filters), self, filters)


class Selection:
    """The shown incidents and what the page derives from them (table, charts, totals), each computed once.

    Rows are copied out of the store's frame only for the columns a use needs: at a million incidents, copying
    every text column costs more than all the charts together."""

    def __init__(self, source: Frame, mask: np.ndarray, url: str | None = None):
        self.source = source
        self.mask = mask
        self.url = url
        self.size = int(mask.sum())
        self._memo: dict[tuple, object] = {}
        self._making: dict[tuple, threading.Lock] = {}
        self._lock = threading.Lock()

    @property
    def frame(self) -> pd.DataFrame:
        """Every column held in memory of the shown incidents (the briefing, charts)."""
        return self.columns(*FRAME_COLUMNS)

    def full(self) -> pd.DataFrame:
        """The shown incidents with every field, detail columns read from the store by id (exports)."""
        if self.url is None:
            return self.frame
        return open_store(self.url).frame(ids=self.source.head["id"][self.mask].to_numpy(np.int64).tolist())

    def columns(self, *names: str) -> pd.DataFrame:
        """The shown incidents with only these columns, remembered; when every incident is shown, the frame's own
        columns (no copy: at a million rows the table's columns alone were a copy of ~200 MB)."""
        if self.size == len(self.mask):
            return self.source.columns(names)
        return self._once(("columns", *names), lambda: self.source.columns(names)[self.mask])

    def row(self, incident_id: int | None) -> pd.DataFrame:
        """The shown incident with this id, all columns (empty when it is not shown)."""
        if incident_id is None:
            return self.source.head.iloc[0:0].reindex(columns=FRAME_COLUMNS)
        frame = self.source.full()
        return frame[(frame["id"] == incident_id).to_numpy() & self.mask]

    def derived(self, fn: Callable[..., object], *args, columns: tuple[str, ...] | None = None) -> object:
        """`fn(rows, *args)` remembered (panning the map reruns the page but changes none of these); `rows` holds
        `columns` only when given, all columns otherwise."""
        key = (fn.__module__, fn.__qualname__, columns, *(_hashable(a) for a in args))
        return self._once(key, lambda: fn(self.columns(*columns) if columns else self.frame, *args))

    def _once(self, key: tuple, make: Callable[[], object]) -> object:
        """`make()` remembered under `key`, made once however many sessions ask at a time; a session asking for
        something else meanwhile does not wait (the map's columns never wait for a table's report texts)."""
        with self._lock:
            if key in self._memo:
                return self._memo[key]
            making = self._making.setdefault(key, threading.Lock())
        with making:
            with self._lock:
                if key in self._memo:
                    return self._memo[key]
            value = make()
            with self._lock:
                self._memo[key] = value
            return value


def _hashable(value: object) -> object:
    """The value itself as a memo key, or its identity for a (cached, so long-lived) frame."""
    try:
        hash(value)
    except TypeError:
        return id(value)
    return value


@st.cache_resource(max_entries=8, show_spinner=False)
def _selection(version: object, filters_key: str, _dataset: Dataset, _filters: Filters) -> Selection:
    return Selection(_dataset.incidents, _dataset.index.mask(_filters), _dataset.url)


@st.cache_resource(show_spinner=False)
def open_store(url: str) -> Store:
    """The store at `url`, with the embedded real data (UCDP GED) loaded when it is empty."""
    store = Store(url)
    ensure_default_data(store)
    return store


PATCH_LIMIT = 50_000  # changed incidents up to which a new data version patches the frame instead of re-reading


class _Latest:
    """The newest Dataset of one store, replaced as the store's data version moves on."""

    def __init__(self):
        self.lock = threading.Lock()
        self.dataset: Dataset | None = None


@st.cache_resource(show_spinner=False)
def _latest(url: str) -> _Latest:
    return _Latest()


def current(url: str) -> Dataset:
    """The data as it is now: read once, then after each edit, review or ingest only the incidents that the
    store's change log names are read again."""
    if _latest(url).dataset is None:  # the first read of this process (maybe begun by `preload`): say so
        with st.spinner("Reading incidents…"):
            return preload(url)
    return preload(url)


def preload(url: str) -> Dataset:
    """`current(url)` without a page: `dashboard.serve` calls it before the server has started, so the first
    request finds the incidents read (or being read) instead of starting the read."""
    store, latest = open_store(url), _latest(url)
    with latest.lock:
        if latest.dataset is None:
            latest.dataset = cold(store, url, load_settings().frame_cache)
        elif latest.dataset.version != store.data_version():
            latest.dataset = refreshed(store, latest.dataset, url)
        return latest.dataset


def warm_base_map(ocha_dir: str) -> None:
    """Make ahead what every map draws whatever the incidents (each kept once made): the outlines, the boundaries
    of the default view's areas; `dashboard.serve` calls it while the store's reader processes scan."""
    outlines()
    readable_basemap(ocha_dir)
    admin_areas(ocha_dir, View().area_level)


def warm_first_map(dataset: Dataset, ocha_dir: str) -> None:
    """Make ahead what every session's first map shares (each kept once made): the default view's cell levels and
    area totals, the base map's boundaries and place names; `dashboard.serve` calls it before the first request."""
    view = View()
    selection = dataset.select(view.filters)
    dataset.index.view(selection.mask)
    warm_base_map(ocha_dir)
    readable_basemap(ocha_dir, dataset.datasets)
    areas = admin_areas(ocha_dir, view.area_level)
    if areas is not None:
        selection.derived(shaded_areas, view.area_level, areas, view.lang, columns=AREA_COLUMNS)


def cold(store: Store, url: str, cache: Path | None) -> Dataset:
    """The first Dataset of a process: the frame cache patched with the changes since it when there is one,
    else the store's rows (the read `dashboard.serve` began, if it did); the cache is then rewritten (in the
    background) if it was missing or behind."""
    first = firstread.take(store, url, cache)
    dataset = _dataset(first.version, Frame(first.head, first.rest), url, first.cells)
    if first.cached:
        dataset = refreshed(store, dataset, url)
    if cache and (not first.cached or first.version != dataset.version):
        threading.Thread(target=_keep, args=(cache, url, dataset), name="frame-cache").start()
    return dataset


def _keep(cache: Path, url: str, dataset: Dataset) -> None:
    """Write the frame cache of `dataset`, in the background."""
    background()
    keep(cache, url, dataset)


def keep(cache: Path, url: str, dataset: Dataset) -> None:
    """Write the frame cache of `dataset`: its frame and the index's H3 cells, as a cold start reads them."""
    framecache.write(cache, url, dataset.version, dataset.frame.assign(**{CELLS: dataset.index.cells}))


def _from_store(store: Store, url: str | None) -> Dataset:
    """Every incident read from the store: the map's columns, then the others in the background."""
    first = firstread.from_store(store)
    return _dataset(first.version, Frame(first.head, first.rest), url, first.cells)


def refreshed(store: Store, dataset: Dataset, url: str | None = None) -> Dataset:
    """`dataset` brought up to the store's data version, reading only the incidents changed since its version."""
    change = store.changes_since(dataset.version)
    if change is None or len(change[1]) > PATCH_LIMIT:
        return _from_store(store, url)
    version, ids = change
    if not ids:  # nothing changed (a cache that is up to date): no column waits
        return dataset if version == dataset.version else replace(dataset, version=version)
    fresh = store.frame(columns=FRAME_COLUMNS, ids=ids)
    old = dataset.incidents
    head, previous = patched(old.head, fresh[list(old.head.columns)])
    incidents = Frame(head, lambda: patched(old.full(), fresh)[0])  # the other columns patched in the background
    kept = dataset.options if _covers(dataset.options, fresh) else options(head)
    return Dataset(version=version, incidents=incidents, index=dataset.index.patched(head, previous, incidents.full),
                   options=kept, url=url)


def patched(frame: pd.DataFrame, fresh: pd.DataFrame) -> tuple[pd.DataFrame, np.ndarray]:
    """`frame` (in id order) with each row of `fresh` in place of the row with its id, or added at the end
    when new; and for each row of the result its position in `frame` (-1 for a row of `fresh`)."""
    old_ids = frame["id"].to_numpy(np.int64)
    new_ids = fresh["id"].to_numpy(np.int64)
    at = np.searchsorted(old_ids, new_ids)
    present = at < len(old_ids)
    present[present] = old_ids[at[present]] == new_ids[present]
    fresh = fresh.astype(frame.dtypes.to_dict())
    pieces, previous, start = [], [], 0
    for position, row in zip(at[present], np.flatnonzero(present)):
        pieces += [frame.iloc[start:position], fresh.iloc[row:row + 1]]
        previous += [np.arange(start, position), [-1]]
        start = position + 1
    pieces += [frame.iloc[start:], fresh[~present]]
    previous += [np.arange(start, len(frame)), np.full(int((~present).sum()), -1)]
    merged = pd.concat([p for p in pieces if len(p)] or [frame.iloc[0:0]], ignore_index=True)
    return merged, np.concatenate(previous).astype(np.int64)


def _covers(known: Options, fresh: pd.DataFrame) -> bool:
    """Whether the sidebar's choices already hold every value of these rows (then they need no recount)."""
    if fresh.empty:
        return True
    dates = pd.to_datetime(fresh["event_date"]).dt.date
    return bool(
        known.date_min is not None and dates.min() >= known.date_min and dates.max() <= known.date_max
        and fresh["event_type"].dropna().isin(known.event_types).all()
        and fresh["admin1"].dropna().isin(known.governorates).all()
        and fresh["review_status"].dropna().isin(known.statuses).all()
        and all(sub in known.sub_event_types.get(kind, []) for kind, sub in
                fresh[["event_type", "sub_event_type"]].dropna().itertuples(index=False))
        and all(district in known.districts.get(gov, []) for gov, district in
                fresh[["admin1", "admin2"]].dropna().itertuples(index=False))
    )


def _dataset(version: str, frame: Frame, url: str | None = None, cells: np.ndarray | None = None) -> Dataset:
    head = frame.head
    return Dataset(version=version, incidents=frame, index=IncidentIndex.from_frame(head, frame.full, cells),
                   options=options(head), url=url)


def options(frame: pd.DataFrame) -> Options:
    """Sorted distinct values for the sidebar's choices."""

    def grouped(by: str, values: str) -> dict[str, list[str]]:
        # Arrow's hash grouping: a million rows' distinct pairs in half pandas' time (0.22 -> 0.12 CPU-s for both)
        pairs = pa.table({by: pa.array(frame[by]), values: pa.array(frame[values])}).drop_null()
        pairs = pairs.group_by([by, values]).aggregate([])
        found: dict[str, list[str]] = {}
        for key, value in zip(pairs[by].to_pylist(), pairs[values].to_pylist()):
            found.setdefault(key, []).append(str(value))
        return {key: sorted(found[key]) for key in sorted(found)}

    dates = pd.to_datetime(frame["event_date"])
    return Options(
        date_min=dates.min().date() if len(frame) else None,
        date_max=dates.max().date() if len(frame) else None,
        event_types=sorted(frame["event_type"].dropna().unique()),
        sub_event_types=grouped("event_type", "sub_event_type"),
        governorates=sorted(frame["admin1"].dropna().unique()),
        districts=grouped("admin1", "admin2"),
        statuses=sorted(frame["review_status"].dropna().unique()),
    )


# Simplification of the district coverage (degrees): light enough to resend on every pan, exact enough at zoom 9.
SIMPLIFY = 0.004
AREA_LEVEL = {"governorate": 1, "district": 2}


@st.cache_resource(show_spinner=False)
def outlines() -> gpd.GeoDataFrame:
    """Syria and its neighbours for the offline basemap, with `is_syria` for the styling."""
    frame = country_outlines(WORLD_ATLAS).copy()
    if frame.crs is None:  # TopoJSON carries no CRS; world-atlas is WGS 84
        frame = frame.set_crs(4326)
    frame["is_syria"] = frame["name"] == "Syria"
    return frame


@st.cache_resource(show_spinner=False)
def admin_areas(ocha_dir: str | None, level: str) -> gpd.GeoDataFrame | None:
    """Governorate or district polygons (pcode, name_en, name_ar, lat, lon); None without boundaries. Districts
    are simplified as one coverage and governorates are their unions, so both lines coincide on the map."""
    if not ocha_dir:
        return None
    districts = admin_polygons(2, ocha_dir)
    simple = shapely.set_precision(districts.geometry.simplify_coverage(SIMPLIFY).values, 0.0001)
    districts = districts.set_geometry(simple)
    if AREA_LEVEL[level] == 2:
        areas = districts[["pcode", "name_en", "name_ar", "geometry"]]
    else:
        names = admin_polygons(1, ocha_dir)[["pcode", "name_en", "name_ar"]].set_index("pcode")
        areas = districts[["admin1_pcode", "geometry"]].dissolve("admin1_pcode").join(names)
        areas = areas.rename_axis("pcode").reset_index()[["pcode", "name_en", "name_ar", "geometry"]]
    centres = areas.geometry.representative_point()
    return areas.assign(lat=centres.y, lon=centres.x)


@st.cache_resource(show_spinner=False)
def admin_lines(ocha_dir: str | None, level: str) -> gpd.GeoDataFrame | None:
    """The boundaries of the governorates or districts as one line network, each shared edge once (half the
    payload of drawing polygon outlines); None without boundaries."""
    areas = admin_areas(ocha_dir, level)
    if areas is None:
        return None
    lines = shapely.line_merge(shapely.union_all(shapely.boundary(areas.geometry.values)))
    return gpd.GeoDataFrame(geometry=[lines], crs=4326)


def places(ocha_dir: str) -> pd.DataFrame:
    """Admin capitals to name on the map (level, name_en, name_ar, lat, lon), the briefing's own list."""
    return label_places(Path(ocha_dir), max_level=3)


def readable_basemap(ocha_dir: str, datasets: Iterable[object] = ()) -> dict[str, object]:
    """The governorate and district lines, place names and credits every map of the app draws (`base_map`
    arguments); `datasets` are the incidents' datasets to credit besides the boundaries."""
    return {"boundaries": admin_lines(ocha_dir, "governorate"), "districts": admin_lines(ocha_dir, "district"),
            "places": places(ocha_dir), "credits": credits(datasets)}


def credits(datasets: Iterable[object] = ()) -> str:
    """The map's attribution: the incidents' datasets and the boundaries."""
    return " · ".join(part for part in (dataset_credits(datasets), f"Boundaries: {BOUNDARIES}, Natural Earth") if part)


AREA_COLUMNS = ("admin1", "admin1_pcode", "admin2", "admin2_pcode", "killed", "wounded", "latitude", "longitude")


def area_totals(selected: pd.DataFrame, level: str, areas: gpd.GeoDataFrame | None = None) -> pd.DataFrame:
    """Incidents, killed and wounded per governorate or district, indexed by P-code (by name where none is known).

    With `areas`, a record that has only a name gets the P-code of the area of that name. The rows are summed
    per (P-code, name) pair first, so names are looked at once per pair, not once per incident."""
    column = "admin1" if level == "governorate" else "admin2"
    numbers = pd.DataFrame({"killed": selected["killed"], "wounded": selected["wounded"],
                            "lat": selected["latitude"], "lon": selected["longitude"]})  # fmt: skip
    pairs = numbers.groupby([selected[f"{column}_pcode"], selected[column]], dropna=False, sort=False)
    small = pd.DataFrame({
        "incidents": pairs.size(), "killed": pairs["killed"].sum(), "wounded": pairs["wounded"].sum(),
        "lat_sum": pairs["lat"].sum(), "lat_n": pairs["lat"].count(), "lon_sum": pairs["lon"].sum(),
        "lon_n": pairs["lon"].count(),
    }).reset_index(names=["pcode", "name_en"])  # fmt: skip
    key = small["pcode"].astype(object)
    if areas is not None:
        by_name = dict(zip(areas["name_en"].str.casefold(), areas["pcode"]))
        key = key.fillna(small["name_en"].astype(object).str.casefold().map(by_name))
    small["key"] = key.fillna(small["name_en"].astype(object))
    grouped = small.dropna(subset=["key"]).groupby("key")
    sums = grouped[["incidents", "killed", "wounded", "lat_sum", "lat_n", "lon_sum", "lon_n"]].sum()
    totals = pd.DataFrame(
        {
            "name_en": grouped["name_en"].first(),
            "incidents": sums["incidents"].astype(int),
            "killed": sums["killed"].astype(int),
            "wounded": sums["wounded"].astype(int),
            "lat": sums["lat_sum"] / sums["lat_n"].replace(0, np.nan),
            "lon": sums["lon_sum"] / sums["lon_n"].replace(0, np.nan),
        }
    )
    totals.index.name = "pcode"
    return totals


def shaded_areas(rows: pd.DataFrame, level: str, areas: gpd.GeoDataFrame, lang: str) -> dict:
    """The areas with the totals of `rows`, as the area layer draws them (remembered with the selection)."""
    return area_features(areas, area_totals(rows, level, areas), lang)


def nearest(selected: pd.DataFrame, lat: float, lon: float, zoom: int, pixels: float = 14) -> int | None:
    """The id of the incident nearest a click, if it lies within `pixels` screen pixels at this zoom."""
    if selected.empty:
        return None
    degrees_per_pixel = 360.0 / (256 * 2**zoom)
    dlon = (selected["longitude"].to_numpy(dtype=float) - lon) * np.cos(np.radians(lat))
    dlat = selected["latitude"].to_numpy(dtype=float) - lat
    distance = np.hypot(dlon, dlat)
    distance[np.isnan(distance)] = np.inf
    best = int(np.argmin(distance))
    if distance[best] > pixels * degrees_per_pixel:
        return None
    return int(selected["id"].iloc[best])


def gazetteer() -> Gazetteer:
    """The configured gazetteer plus learned places, reloaded when the learned-places file changes."""
    path = learned_path()
    return _gazetteer(str(gazetteer_path() or ""), path.stat().st_mtime if path.exists() else 0.0)


@st.cache_resource(max_entries=2, show_spinner="Loading the gazetteer…")
def _gazetteer(path: str, learned_mtime: float) -> Gazetteer:
    return Gazetteer.load(path or None)
