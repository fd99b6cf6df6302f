"""H3 hexagon helpers: cell ids for many points at once, parents by bit arithmetic, and the resolution per zoom."""
from __future__ import annotations

import functools
import math

import h3
import numpy as np

from dashboard.cellids import FINEST, cells  # noqa: F401  (the index's cells; FINEST its level)

_RES_SHIFT = np.uint64(52)
_RES_MASK = np.uint64(0xF) << _RES_SHIFT


def resolution_for_zoom(zoom: float) -> int:
    """The H3 resolution whose hexagons are ~40-80 px across at this Leaflet zoom (at Syria's latitude)."""
    # one zoom step halves the pixel size; one H3 step divides the edge by ~2.65 (log 2 / log 2.65 = 0.71)
    return int(min(FINEST, max(1, math.floor(4.5 + (zoom - 7) * 0.71))))


def parents(cell_ids: np.ndarray, res: int) -> np.ndarray:
    """The parent at `res` of finer H3 cells: set the resolution field and blank the finer digits (all ones)."""
    finer_digits = np.uint64((1 << (45 - 3 * res)) - 1)
    return (cell_ids & ~_RES_MASK) | (np.uint64(res) << _RES_SHIFT) | finer_digits


def geometry(cell_ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The cells' centres (k, 2) and six (lat, lon) vertices (k, 6, 2); a pentagon repeats its last vertex."""
    rows = np.array([_geometry(int(c)) for c in cell_ids], dtype=np.float64).reshape(-1, 14)
    return rows[:, :2], rows[:, 2:].reshape(-1, 6, 2)


@functools.lru_cache(maxsize=100_000)  # views keep asking for the same cells; ~20 MB when full
def _geometry(cell: int) -> np.ndarray:
    vertices = list(h3.api.numpy_int.cell_to_boundary(cell))
    return np.array([h3.api.numpy_int.cell_to_latlng(cell), *(vertices + vertices[-1:])[:6]]).ravel()
