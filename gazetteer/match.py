"""The value a resolution returns: one candidate place with its admin hierarchy and precision."""
from __future__ import annotations

from dataclasses import MISSING, dataclass, fields

# Place levels, coarsest first.
LEVELS = ("country", "governorate", "district", "subdistrict", "town", "neighbourhood", "landmark", "locality")


@dataclass(frozen=True)
class Match:
    """One candidate for a name: where it is, which admin units hold it, how precise and how sure."""

    name_en: str
    name_ar: str
    lat: float
    lon: float
    level: str
    admin1: str | None = None
    admin1_pcode: str | None = None
    admin2: str | None = None
    admin2_pcode: str | None = None
    admin3: str | None = None
    admin3_pcode: str | None = None
    geo_precision: int = 3  # ACLED: 1 town, 2 near a town/part of a region, 3 region (admin unit)
    where_prec: int = 4  # UCDP GED: 1 exact, 2 within 25 km, 3 admin2, 4 admin1, ...
    score: float = 0.0  # 0-100, how well the query matched this entry
    source: str = ""  # which gazetteer source the entry came from (builtin, ocha, geonames, osm, ged, ...)
    attribution: str = ""  # the credit a display of this match owes its source (OSM's ODbL notice)

    @classmethod
    def of(cls, **values) -> "Match":
        """A Match made without the frozen __init__'s object.__setattr__ per field; `values` must name every field
        without a default."""
        return cls.adopt({**TEMPLATE, **values})

    @classmethod
    def adopt(cls, values: dict) -> "Match":
        """A Match whose fields are `values`, every field in field order (as orjson writes them), the dict its own
        from then on: every new name makes one or more, and a dict display costs half a keyword call's dict."""
        match = object.__new__(cls)
        object.__setattr__(match, "__dict__", values)
        return match

    def to_dict(self) -> dict:
        """The fields as a dict: all are scalars, so a shallow copy is a full one (asdict's deep copy is slow)."""
        return dict(self.__dict__)


TEMPLATE = {f.name: None if f.default is MISSING else f.default for f in fields(Match)}
Ranked = tuple[Match, float]  # a candidate and its prominence
