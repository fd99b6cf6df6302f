"""How precisely an incident is placed, for drawing it: at a point (a town, near one), only at an admin area's
centre (GED/ACLED give a district's or a governorate's centroid), or only to the country (GED's where_prec 6
"Syria": its point, 35 N 38 E in the desert, is no place). An incident located only to the country is counted
(totals, table, charts, exports) but never drawn; one located only to an area is drawn as such, not as a town."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

POINT, DISTRICT, GOVERNORATE, COUNTRY = 0, 1, 2, 3  # `levels`: what the incident's point stands for
COLUMNS = ("latitude", "longitude", "geo_precision", "admin1", "admin2")
REGION = 3  # ACLED geo_precision (GED where_prec 3, 4, 6, 7 map to it): the event is known only to an admin unit


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
    region = pd.to_numeric(frame["geo_precision"], errors="coerce").to_numpy(float, na_value=np.nan) >= REGION
    out[region] = DISTRICT
    out[region & _missing(frame, "admin2")] = GOVERNORATE
    out[region & _missing(frame, "admin1")] = COUNTRY
    return out


AREA_ONLY = {DISTRICT: "district only", GOVERNORATE: "governorate only", COUNTRY: "country only"}


def described(frame: pd.DataFrame) -> pd.Categorical:
    """Per row, '' at a point, else 'district only', 'governorate only' or 'country only' (for the table: a
    governorate-only 'Aleppo' is not the town)."""
    names = [""] + [AREA_ONLY[level] for level in (DISTRICT, GOVERNORATE, COUNTRY)]
    return pd.Categorical.from_codes(levels(frame), categories=names)


def has_point(frame: pd.DataFrame) -> np.ndarray:
    """Rows with both coordinates."""
    lat = pd.to_numeric(frame["latitude"], errors="coerce").to_numpy(float, na_value=np.nan)
    lon = pd.to_numeric(frame["longitude"], errors="coerce").to_numpy(float, na_value=np.nan)
    return np.isfinite(lat) & np.isfinite(lon)


def drawn(frame: pd.DataFrame) -> np.ndarray:
    """Rows a map draws: with a point that stands for a place smaller than the country."""
    return has_point(frame) & (levels(frame) < COUNTRY)


@dataclass(frozen=True)
class Undrawn:
    """The selected incidents a map leaves out: located only to the country, or with no point at all."""

    country: int = 0
    country_killed: int = 0
    nowhere: int = 0
    nowhere_killed: int = 0

    @classmethod
    def of(cls, level: np.ndarray, point: np.ndarray, killed: np.ndarray) -> "Undrawn":
        """From per-row arrays of the selected rows (killed with unknown as 0)."""
        country = point & (level >= COUNTRY)
        return cls(int(country.sum()), int(killed[country].sum()), int((~point).sum()), int(killed[~point].sum()))

    @classmethod
    def of_frame(cls, frame: pd.DataFrame) -> "Undrawn":
        killed = pd.to_numeric(frame["killed"], errors="coerce").fillna(0).to_numpy(np.int64)
        return cls.of(levels(frame), has_point(frame), killed)

    def __bool__(self) -> bool:
        return bool(self.country or self.nowhere)

    def text(self) -> str:
        """'201 incidents, 21,784 killed located only to Syria, not drawn' ('' when every incident is drawn)."""
        parts = []
        if self.country:
            parts.append(f"{_incidents(self.country)}, {self.country_killed:,} killed located only to Syria")
        if self.nowhere:
            parts.append(f"{_incidents(self.nowhere)}, {self.nowhere_killed:,} killed with no place")
        return "; ".join(parts) + ", not drawn" if parts else ""


def _incidents(n: int) -> str:
    return f"{n:,} incident{'' if n == 1 else 's'}"
