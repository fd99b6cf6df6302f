"""The first read of a cold start: the map's columns from the frame cache, else from the store. Light to import
(no Streamlit, no map modules), so `dashboard.serve` starts it before anything else: the reader processes scan
the store while the server process loads the app's modules."""
from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from dashboard import cellids, framecache
from incidents.record import FIELD_NAMES
from incidents.store import Store

# Read by id when needed (exports, the edit form), not held for a million incidents: the source's extra
# columns alone would double the server's memory.
DETAIL_COLUMNS = ("extra", "source_timestamp", "created_at", "updated_at", "changed_by")
FRAME_COLUMNS = tuple(name for name in FIELD_NAMES if name not in DETAIL_COLUMNS)
# What the first map needs: the index's numbers and dates, the sidebar's choices and the map's credits. The other
# columns (report texts, actors, places as written) follow in the background.
MAP_COLUMNS = ("id", "event_date", "date_precision", "event_date_end", "event_type", "sub_event_type", "admin1",
               "admin1_pcode", "admin2", "admin2_pcode", "review_status", "latitude", "longitude", "geo_precision",
               "killed", "wounded", "dataset")
REST_COLUMNS = ("id",) + tuple(name for name in FRAME_COLUMNS if name not in MAP_COLUMNS)
CELLS = cellids.COLUMN  # the index's H3 cells (IncidentIndex.cells), as the frame cache keeps them


@dataclass(frozen=True)
class FirstRead:
    """The map's columns of one data version (`head`), a reader of the other FRAME_COLUMNS (`rest`, with `id`),
    the index's H3 cells when they came with them (`cells`, else None), and whether from the frame cache."""

    version: str
    head: pd.DataFrame
    rest: Callable[[], pd.DataFrame]
    cells: np.ndarray | None = None
    cached: bool = False


def read(store: Store, url: str, cache: Path | None) -> FirstRead:
    """The frame cache's map columns when there is a cache of this store, else the store's."""
    cached = framecache.read(cache, url, FRAME_COLUMNS + (CELLS,), MAP_COLUMNS + (CELLS,)) if cache else None
    if cached is None:
        return from_store(store)
    return FirstRead(cached.version, cached.head.drop(columns=CELLS), cached.rest,
                     cached.head[CELLS].to_numpy(np.uint64), cached=True)


def from_store(store: Store) -> FirstRead:
    """The store's map columns now, with the index's H3 cells when SQLite's reader processes computed them beside
    their scan (0.8 CPU-s at a million points, in parallel instead of in the server after it); the other columns
    when `rest` is called, read in the background by one reader process at a time (two side by side held ~0.6 GB
    beside the server's)."""
    version = store.data_version()  # read before the rows: a write in between is patched in next time
    head = store.frame(columns=MAP_COLUMNS, derive=cellids.column)
    cells = head.pop(CELLS).to_numpy(np.uint64) if CELLS in head else None
    return FirstRead(version, head, lambda: store.frame(columns=REST_COLUMNS, side_by_side=False), cells)


_started: dict[str, Future] = {}
_lock = threading.Lock()


def start(url: str, cache: Path | None) -> None:
    """Begin `read` of the store at `url` in a thread; the app's first cold start takes it (`take`). A store
    still empty is left alone: the app first loads its default data into it."""
    store = Store(url)
    if not store.count():
        return
    future: Future = Future()
    with _lock:
        _started[url] = future

    def run() -> None:
        try:
            future.set_result(read(store, url, cache))
        except BaseException as error:  # the cold start that takes it reads again, as without a head start
            future.set_exception(error)

    threading.Thread(target=run, name="first-read", daemon=True).start()


def take(store: Store, url: str, cache: Path | None) -> FirstRead:
    """The read `start` began for `url` (waited for), or a new one if none was begun or it failed."""
    with _lock:
        future = _started.pop(url, None)
    if future is not None:
        try:
            return future.result()
        except Exception:
            pass
    return read(store, url, cache)
