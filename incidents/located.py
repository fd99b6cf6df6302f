"""How precisely an incident is located, from its `geo_precision` and the admin units it names: at a point (a
town, near one), only to an admin area (GED/ACLED give a district's or a governorate's centroid as its point), or
only to the country (GED's where_prec 6 "Syria": its point, 35 N 38 E in the desert, is no place). The map, the
map-extent filter and every export read it from here: an incident known only to the country is in no extent and
has no point in any file."""
from __future__ import annotations

import numpy as np
import pandas as pd

from incidents.record import REGION_PRECISION

POINT, DISTRICT, GOVERNORATE, COUNTRY = 0, 1, 2, 3  # `levels`: what the incident's point stands for
COLUMNS = ("latitude", "longitude", "geo_precision", "admin1", "admin2")  # what `levels` and `has_point` read


def _missing(frame: pd.DataFrame, column: str) -> np.ndarray:
    if column not in frame:
        return np.ones(len(frame), dtype=bool)
    values = frame[column]
    return (values.isna() | values.eq("")).to_numpy(bool, na_value=True)


def levels(frame: pd.DataFrame) -> np.ndarray:
    """Per row (int8): POINT, or for an incident known only to a region the smallest admin unit it names:
    DISTRICT, GOVERNORATE, or COUNTRY when it names none. A row without a precision counts as a point."""
    out = np.zeros(len(frame), dtype=np.int8)
    if "geo_precision" not in frame:
        return out
    precision = pd.to_numeric(frame["geo_precision"], errors="coerce").to_numpy(float, na_value=np.nan)
    region = precision >= REGION_PRECISION
    out[region] = DISTRICT
    out[region & _missing(frame, "admin2")] = GOVERNORATE
    out[region & _missing(frame, "admin1")] = COUNTRY
    return out


def has_point(frame: pd.DataFrame) -> np.ndarray:
    """Rows with both coordinates."""
    lat = pd.to_numeric(frame["latitude"], errors="coerce").to_numpy(float, na_value=np.nan)
    lon = pd.to_numeric(frame["longitude"], errors="coerce").to_numpy(float, na_value=np.nan)
    return np.isfinite(lat) & np.isfinite(lon)


def placed(frame: pd.DataFrame) -> np.ndarray:
    """Rows with a point that stands for a place smaller than the country: what a map draws and a map extent
    can hold."""
    return has_point(frame) & (levels(frame) < COUNTRY)


def without_country_points(frame: pd.DataFrame) -> pd.DataFrame:
    """The rows with the coordinates of those known only to the country removed (the frame itself when there
    are none): what an export writes, so no file puts them at the country's point; their `geo_precision` (and
    GED's `where_prec`) and the empty `admin1` still say how they are located."""
    country = (levels(frame) >= COUNTRY) & has_point(frame)
    if not country.any():
        return frame
    frame = frame.copy()
    frame.loc[country, ["latitude", "longitude"]] = np.nan
    return frame
