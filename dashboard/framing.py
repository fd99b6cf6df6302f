"""Where a map of a selection looks: around the incidents it draws (a governorate's, a district's, a campaign's),
never closer than a town and its surroundings, and the whole country when they spread over most of it. The map page
and every export frame a selection with it, unless the analyst moved the map or set an area (journey12: Idleb's
incidents were a small patch on an all-Syria map and export)."""
from __future__ import annotations

import math

import numpy as np
import pandas as pd

from incidents import located
from incidents.record import SYRIA_BBOX

Extent = tuple[float, float, float, float]  # west, south, east, north
MIN_SPAN = 0.6  # degrees (~60 km): one town's incidents are shown with the towns around them
MARGIN = 0.1  # of the incidents' span, added on each side so none sits on the map's edge
COUNTRY_SHARE = 0.6  # incidents spread over this much of Syria's width or height: the whole country is shown
TILE_PX = 256


def extent(frame: pd.DataFrame) -> Extent:
    """The extent to show `frame`'s incidents in: those a map draws (`located.placed`; one known only to the
    country is drawn nowhere), with a margin, at least MIN_SPAN each way; the country (SYRIA_BBOX) when there are
    none or they spread over most of it."""
    drawn = located.placed(frame) if len(frame) else np.zeros(0, bool)
    if not drawn.any():
        return SYRIA_BBOX
    lat = pd.to_numeric(frame["latitude"], errors="coerce").to_numpy(float)[drawn]
    lon = pd.to_numeric(frame["longitude"], errors="coerce").to_numpy(float)[drawn]
    west, east = _span(lon.min(), lon.max())
    south, north = _span(lat.min(), lat.max())
    country_w, country_h = SYRIA_BBOX[2] - SYRIA_BBOX[0], SYRIA_BBOX[3] - SYRIA_BBOX[1]
    if east - west >= COUNTRY_SHARE * country_w or north - south >= COUNTRY_SHARE * country_h:
        return SYRIA_BBOX
    return (west, south, east, north)


def _span(low: float, high: float) -> tuple[float, float]:
    margin = max((high - low) * MARGIN, (MIN_SPAN - (high - low)) / 2)
    return float(low - margin), float(high + margin)


def view(box: Extent, width_px: int, height_px: int, max_zoom: int = 12) -> tuple[tuple[float, float], int]:
    """The centre (lat, lon) and the largest whole Web-Mercator zoom at which `box` fits a map of that size."""
    west, south, east, north = box
    y = lambda lat: math.log(math.tan(math.pi / 4 + math.radians(lat) / 2))  # noqa: E731 (Mercator, radians)
    fits_w = math.log2(width_px * 360 / (TILE_PX * (east - west)))
    fits_h = math.log2(height_px * 2 * math.pi / (TILE_PX * (y(north) - y(south))))
    centre_lat = math.degrees(2 * math.atan(math.exp((y(north) + y(south)) / 2)) - math.pi / 2)
    return (round(centre_lat, 4), round((west + east) / 2, 4)), max(0, min(max_zoom, math.floor(min(fits_w, fits_h))))


def width_px(bounds: Extent | None, zoom: int | None, fallback: int, least: int = 200) -> int:
    """The map's width in pixels, from the bounds and zoom it reported (Web Mercator: 256 px x 2^zoom a turn of
    longitude); `fallback` before it reported, or when it reports less than `least` (not laid out yet). The
    framing assumed a map at least 700 px wide: a narrower window's map was framed a zoom level too close."""
    if bounds is None or zoom is None:
        return fallback
    measured = round((bounds[2] - bounds[0]) * TILE_PX * 2 ** zoom / 360)
    return measured if measured >= least else fallback


def same_view(center: tuple[float, float], zoom: int, given_center, given_zoom: int) -> bool:
    """Whether a map reporting `center` and `zoom` still shows the view it was given (within two pixels)."""
    if given_center is None or zoom != given_zoom:
        return False
    tolerance = 2 * 360 / (TILE_PX * 2 ** zoom)
    return abs(center[0] - given_center[0]) <= tolerance and abs(center[1] - given_center[1]) <= tolerance
