"""What one map view holds: aggregate levels (H3 cells with exact sums) and, when few enough, the incidents."""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

Bounds = tuple[float, float, float, float]  # west, south, east, north


@dataclass
class CellLevel:
    """H3 cells at one resolution, drawn at zooms min_zoom..max_zoom; every total is over all of a cell's incidents."""

    res: int
    min_zoom: int
    max_zoom: int
    cells: np.ndarray  # uint64 H3 ids
    lat: np.ndarray  # cell centres
    lon: np.ndarray
    boundary: np.ndarray  # (k, 6, 2) lat, lon vertices
    count: np.ndarray
    killed: np.ndarray  # sums over the incidents that give the figure
    wounded: np.ndarray
    killed_given: np.ndarray  # how many of `count` give it (GED gives no wounded: a sum of 0 is not "0 wounded")
    wounded_given: np.ndarray
    drafts: np.ndarray  # unreviewed drafts among `count`: said in the cell's tooltip, as a draft's popup says it

    def __len__(self) -> int:
        return len(self.cells)


@dataclass
class Points:
    """Individual incidents, drawn from min_zoom on; `rows` holds their popup fields, largest first."""

    min_zoom: int
    rows: pd.DataFrame
    lat: np.ndarray
    lon: np.ndarray
    killed: np.ndarray
    wounded: np.ndarray
    imprecise: np.ndarray  # date known only to a week, a month or a range: drawn dashed, counted in each window
    killed_known: np.ndarray  # False: the source gives no figure (killed/wounded hold 0 there, for sizes)
    wounded_known: np.ndarray
    place: np.ndarray  # dashboard.located level: a point, or only a district's or governorate's centre

    def __len__(self) -> int:
        return len(self.lat)


@dataclass
class View:
    """A bounded payload for one map view: the selection's totals, its aggregate levels and maybe its points."""

    zoom: int
    bounds: Bounds | None
    selected: int  # incidents in the mask
    mapped: int  # ... of which are drawn (a point that stands for a place smaller than the country)
    killed: int
    wounded: int
    levels: list[CellLevel] = field(default_factory=list)
    points: Points | None = None
