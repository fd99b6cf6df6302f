"""Incident circles: area by killed + wounded, colour by event type, one scatter call for any N."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.colors import to_rgba

from dashboard import located
from dashboard.export.words import word
from dashboard.palette import EVENT_COLOURS, present_types
from incidents.unreviewed import is_draft

MIN_AREA = 5.0  # pt², an incident with no casualties
AREA_PER_CASUALTY = 2.0  # pt² per killed or wounded: area, not radius, grows with the count
CAP = 250  # casualties at which circles stop growing (legend says "250+")
LEGEND_COUNTS = (0, 10, 50, CAP)
MAX_SYMBOLS = 12_000  # above this many incidents in view, nearby ones merge into grid cells (Agg: ~30 µs a circle)
GRID_CELLS = 400  # cells across the map's width to start with; coarser while more cells than MAX_SYMBOLS are used
TYPES = list(EVENT_COLOURS)  # palette order; unknown types count as "Other"
RGBA = np.array([to_rgba(colour) for colour in EVENT_COLOURS.values()])


@dataclass(frozen=True)
class Drawn:
    """What the symbol layer drew: incidents in view, symbols, the cell size if it aggregated, and how many of the
    drawn incidents stand at a district's or governorate's centre (diamonds)."""

    incidents: int
    symbols: int
    cell_deg: float | None
    area_only: int = 0


@dataclass(frozen=True)
class Points:
    """Incidents as arrays: position, killed + wounded, palette index of the event type, and whether the point is
    only a district's or governorate's centre."""

    lon: np.ndarray
    lat: np.ndarray
    casualties: np.ndarray
    kind: np.ndarray
    area_only: np.ndarray | None = None
    draft: np.ndarray | None = None  # an unreviewed draft: drawn hollow, as on the app's map

    @classmethod
    def from_frame(cls, df: pd.DataFrame, extent: tuple[float, float, float, float]) -> Points:
        """The incidents drawn inside the extent: with coordinates there that stand for a place (not those located
        only to the country, whose point is the country's: see dashboard.located)."""
        west, south, east, north = extent
        lon, lat = df["longitude"].to_numpy(float), df["latitude"].to_numpy(float)
        keep = (lon >= west) & (lon <= east) & (lat >= south) & (lat <= north) & located.drawn(df)
        codes, names = pd.factorize(df["event_type"])
        other = TYPES.index("Other")
        lookup = np.array([TYPES.index(n) if n in TYPES else other for n in names] + [other])  # code -1 (NA) is Other
        area_only = located.levels(df)[keep] > located.POINT
        return cls(lon[keep], lat[keep], df["casualties"].to_numpy(np.int64)[keep], lookup[codes][keep], area_only,
                   is_draft(df["review_status"])[keep])

    def part(self, rows: np.ndarray) -> Points:
        """These rows only (a boolean mask or positions)."""
        return Points(self.lon[rows], self.lat[rows], self.casualties[rows], self.kind[rows],
                      None if self.area_only is None else self.area_only[rows],
                      None if self.draft is None else self.draft[rows])

    def __len__(self) -> int:
        return len(self.lon)


def area(casualties: np.ndarray | int) -> np.ndarray:
    """Marker area in pt² for killed + wounded counts."""
    return MIN_AREA + AREA_PER_CASUALTY * np.minimum(casualties, CAP)


def _aggregate(points: Points, extent: tuple[float, float, float, float]) -> tuple[Points, np.ndarray, float]:
    """One circle per occupied grid cell: the cell's summed casualties at its incidents' mean position,
    coloured by the event type with the most casualties there (then the most incidents). The grid
    coarsens until at most MAX_SYMBOLS cells are used. Returns the cells, their incident counts, the cell size."""
    west, south = extent[0], extent[1]
    cell = (extent[2] - west) / GRID_CELLS
    while True:
        column, row = ((points.lon - west) // cell).astype(np.int64), ((points.lat - south) // cell).astype(np.int64)
        keys = column * 1_000_003 + row
        cells, index = np.unique(keys, return_inverse=True)
        if len(cells) <= MAX_SYMBOLS:
            break
        cell *= 1.5
    counts = np.bincount(index, minlength=len(cells))
    casualties = np.bincount(index, weights=points.casualties, minlength=len(cells)).astype(np.int64)
    per_type = np.zeros((len(cells), len(TYPES)), dtype=np.int64)
    np.add.at(per_type, (index, points.kind), points.casualties * (len(points) + 1) + 1)
    merged = Points(
        np.bincount(index, weights=points.lon) / counts,
        np.bincount(index, weights=points.lat) / counts,
        casualties,
        per_type.argmax(axis=1),
        draft=None if points.draft is None else np.bincount(index, weights=points.draft, minlength=len(cells)) > 0,
    )  # a cell holding an unreviewed draft is drawn hollow, as the draft itself is
    return merged, counts, cell


def draw_incidents(ax: Axes, df: pd.DataFrame, extent: tuple[float, float, float, float], rasterize: bool) -> Drawn:
    """Draw the incidents in view, biggest first so small circles stay visible on top: circles at their places,
    diamonds (underneath) for those known only to a district or governorate, drawn at its centre (an analyst must
    not read that centre as a town). Above MAX_SYMBOLS they merge into cells, all circles."""
    shown = Points.from_frame(df, extent)
    aggregated = len(shown) > MAX_SYMBOLS
    symbols, _, cell = _aggregate(shown, extent) if aggregated else (shown, None, None)
    centres = np.zeros(len(symbols), dtype=bool) if aggregated else symbols.area_only
    for rows, marker, zorder in ((centres, "D", 4.9), (~centres, "o", 5)):
        part = symbols.part(rows)
        if not len(part) and marker == "D":
            continue
        order = np.argsort(-part.casualties, kind="stable")
        colour = RGBA[part.kind[order]]
        hollow = np.zeros(len(order), dtype=bool) if part.draft is None else part.draft[order]
        white = np.broadcast_to(to_rgba("white"), colour.shape)
        ax.scatter(part.lon[order], part.lat[order], s=area(part.casualties[order]) * (0.75 if marker == "D" else 1),
                   facecolors=np.where(hollow[:, None], white, colour), marker=marker, alpha=0.78,
                   edgecolors=np.where(hollow[:, None], colour, white), linewidths=np.where(hollow, 1.2, 0.3),
                   zorder=zorder, rasterized=rasterize)
    return Drawn(len(shown), len(symbols), cell, int(centres.sum()))


def placing_note(df: pd.DataFrame, lang: str = "en") -> str:
    """'Not drawn: 201 incidents, 21,784 killed located only to Syria' for a legend ('' when all are drawn), in
    `lang`."""
    undrawn = located.Undrawn.of_frame(df)
    parts = [word(lang, key, n=n, killed=killed) for key, n, killed in (
        ("country", undrawn.country, undrawn.country_killed), ("nowhere", undrawn.nowhere, undrawn.nowhere_killed)) if n]
    return word(lang, "not_drawn", what="; ".join(parts)) if parts else ""


def drafts_note(df: pd.DataFrame, lang: str = "en") -> str:
    """'Includes 6 unreviewed drafts (not yet checked by an analyst)' for a legend ('' when there are none), in
    `lang`: the exports show drafts unless the review filter leaves them out, and a briefer must know."""
    count = int(is_draft(df["review_status"]).sum())
    return word(lang, "drafts", n=count) if count else ""


def legend_types(df: pd.DataFrame) -> list[tuple[str, str]]:
    """(event type, colour) for the types present, in the palette's order."""
    return [(name, EVENT_COLOURS[name]) for name in present_types(df["event_type"].unique())]
