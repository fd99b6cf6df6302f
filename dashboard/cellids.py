"""H3 cell ids of many points at once, importing only numpy, pyarrow and h3: light enough for the SQLite reader
processes, which compute the map index's cells beside their scan (`column`), so the server does not."""
from __future__ import annotations

import itertools

import h3
import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

FINEST = 9  # ~0.1 km2 cells: the finest level the map aggregates at (individual points take over beyond it)
CHUNK = 65_536
COLUMN = "index_cells"  # the index's finest cell of each row (0 without a point), as read and as cached


def cells(lat: np.ndarray, lon: np.ndarray, res: int = FINEST) -> np.ndarray:
    """The H3 cell (uint64) of every point, computed once per distinct coordinate (reports share places)."""
    key = np.round(lat * 1e6).astype(np.int64) * 1_000_000_000 + np.round(lon * 1e6).astype(np.int64)
    uniques, first, codes = np.unique(key, return_index=True, return_inverse=True)
    distinct = np.empty(len(uniques), dtype=np.uint64)
    for start in range(0, len(first), CHUNK):  # a slice at a time: Python floats for a million points weigh ~60 MB
        rows = first[start:start + CHUNK]
        distinct[start:start + len(rows)] = np.fromiter(
            map(h3.api.numpy_int.latlng_to_cell, lat[rows].tolist(), lon[rows].tolist(), itertools.repeat(res)),
            dtype=np.uint64, count=len(rows))
    return distinct[codes.ravel()]


def column(table: pa.Table) -> dict[str, pa.Array]:
    """The finest cell of each row of a table with `latitude` and `longitude` (0 where either is missing), as
    `IncidentIndex` computes it: a reader process adds it to the rows it read."""
    lat, lon = (pc.cast(table[name], pa.float64()).to_numpy() for name in ("latitude", "longitude"))
    found = np.isfinite(lat) & np.isfinite(lon)
    out = np.zeros(len(lat), dtype=np.uint64)
    out[found] = cells(lat[found], lon[found])
    return {COLUMN: pa.array(out)}
