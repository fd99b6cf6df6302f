"""How precisely an incident is placed, for drawing it (the levels themselves: `incidents.located`): an incident
located only to the country (GED's where_prec 6 "Syria") is counted (totals, table, charts, exports) but never
drawn; one located only to an area is drawn as such, not as a town."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from dashboard.export.words import word
from incidents.located import COLUMNS, COUNTRY, DISTRICT, GOVERNORATE, POINT, has_point, levels, placed  # noqa: F401

__all__ = ["COLUMNS", "COUNTRY", "DISTRICT", "GOVERNORATE", "POINT", "AREA_ONLY", "Undrawn", "described", "drawn",
           "has_point", "levels"]

AREA_ONLY = {DISTRICT: "located_district", GOVERNORATE: "located_governorate", COUNTRY: "located_country"}  # words


def described(frame: pd.DataFrame, lang: str = "en") -> pd.Categorical:
    """Per row, '' at a point, else 'district only', 'governorate only' or 'country only' in `lang` (for the table:
    a governorate-only 'Aleppo' is not the town)."""
    names = [""] + [word(lang, AREA_ONLY[level]) for level in (DISTRICT, GOVERNORATE, COUNTRY)]
    return pd.Categorical.from_codes(levels(frame), categories=names)


drawn = placed  # the rows a map draws: with a point that stands for a place smaller than the country


@dataclass(frozen=True)
class Undrawn:
    """The selected incidents a map leaves out: located only to the country, or with no point at all."""

    country: int = 0
    country_killed: int = 0
    nowhere: int = 0
    nowhere_killed: int = 0

    @classmethod
    def of(cls, level: np.ndarray, point: np.ndarray, killed: np.ndarray) -> "Undrawn":
        """From per-row arrays of the selected rows (killed with unknown as 0). One known only to the country is
        that whether or not it has the country's point (an export writes it without)."""
        country = level >= COUNTRY
        nowhere = ~point & ~country
        return cls(int(country.sum()), int(killed[country].sum()), int(nowhere.sum()), int(killed[nowhere].sum()))

    @classmethod
    def of_frame(cls, frame: pd.DataFrame) -> "Undrawn":
        killed = pd.to_numeric(frame["killed"], errors="coerce").fillna(0).to_numpy(np.int64)
        return cls.of(levels(frame), has_point(frame), killed)

    def __bool__(self) -> bool:
        return bool(self.country or self.nowhere)

    def text(self, lang: str = "en") -> str:
        """'201 incidents, 21,784 killed located only to Syria, not drawn' ('' when every incident is drawn), in
        `lang` (the exports' words, export.words)."""
        parts = []
        if self.country:
            parts.append(word(lang, "country", n=self.country, killed=self.country_killed))
        if self.nowhere:
            parts.append(word(lang, "nowhere", n=self.nowhere, killed=self.nowhere_killed))
        return "; ".join(parts) + word(lang, "undrawn_tail") if parts else ""
