"""Incident circles: area by killed + wounded, colour by event type, one scatter call for any N."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.colors import to_rgba

from dashboard.palette import EVENT_COLOURS, event_colour

MIN_AREA = 5.0  # pt², an incident with no casualties
AREA_PER_CASUALTY = 2.0  # pt² per killed or wounded: area, not radius, grows with the count
CAP = 250  # casualties at which circles stop growing (legend says "250+")
LEGEND_COUNTS = (0, 10, 50, CAP)
AGGREGATE_ABOVE = 50_000  # points; above this, nearby incidents merge into grid cells
GRID_CELLS = 700  # cells across the map's width when aggregating


@dataclass(frozen=True)
class Drawn:
    """What the symbol layer drew: incidents in view, symbols, and the cell size if it aggregated."""

    incidents: int
    symbols: int
    cell_deg: float | None


def area(casualties: np.ndarray) -> np.ndarray:
    """Marker area in pt² for killed + wounded counts."""
    return MIN_AREA + AREA_PER_CASUALTY * np.minimum(casualties, CAP)


def _in_view(df: pd.DataFrame, extent: tuple[float, float, float, float]) -> pd.DataFrame:
    west, south, east, north = extent
    lon, lat = df["longitude"], df["latitude"]
    return df[lon.between(west, east) & lat.between(south, north)]


def _aggregate(df: pd.DataFrame, extent: tuple[float, float, float, float]) -> tuple[pd.DataFrame, float]:
    """Incidents merged per grid cell and event type: summed casualties at the cell centre."""
    west, south, east, _north = extent
    cell = (east - west) / GRID_CELLS
    ix = ((df["longitude"].to_numpy() - west) // cell).astype(np.int64)
    iy = ((df["latitude"].to_numpy() - south) // cell).astype(np.int64)
    types = pd.Categorical(df["event_type"])
    keys = pd.DataFrame({"ix": ix, "iy": iy, "event_type": types, "casualties": df["casualties"].to_numpy()})
    cells = keys.groupby(["ix", "iy", "event_type"], observed=True, sort=True)["casualties"].sum().reset_index()
    cells["longitude"] = west + (cells["ix"] + 0.5) * cell
    cells["latitude"] = south + (cells["iy"] + 0.5) * cell
    cells["event_type"] = cells["event_type"].astype(str)
    return cells, cell


def draw_incidents(ax: Axes, df: pd.DataFrame, extent: tuple[float, float, float, float], rasterize: bool) -> Drawn:
    """Draw the incidents in view as one scatter, biggest first so small circles stay visible on top."""
    shown = _in_view(df.dropna(subset=["longitude", "latitude"]), extent)
    symbols, cell = (_aggregate(shown, extent) if len(shown) > AGGREGATE_ABOVE else (shown, None))
    order = np.argsort(-symbols["casualties"].to_numpy(), kind="stable")
    symbols = symbols.iloc[order]
    colours = np.array([to_rgba(c) for c in EVENT_COLOURS.values()])
    index = {name: i for i, name in enumerate(EVENT_COLOURS)}
    codes = symbols["event_type"].map(index).fillna(index["Other"]).astype(int).to_numpy()
    ax.scatter(
        symbols["longitude"].to_numpy(),
        symbols["latitude"].to_numpy(),
        s=area(symbols["casualties"].to_numpy()),
        c=colours[codes],
        alpha=0.78,
        edgecolors="white",
        linewidths=0.3,
        zorder=5,
        rasterized=rasterize,
    )
    return Drawn(len(shown), len(symbols), cell)


def legend_types(df: pd.DataFrame) -> list[tuple[str, str]]:
    """(event type, colour) for the types present, in the palette's order."""
    present = {name if name in EVENT_COLOURS else "Other" for name in df["event_type"].unique()}
    return [(name, event_colour(name)) for name in EVENT_COLOURS if name in present]
