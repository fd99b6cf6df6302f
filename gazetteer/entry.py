"""A gazetteer entry: one place from one source, with every name it is known by."""
from __future__ import annotations

import math
from dataclasses import dataclass, field, fields

from gazetteer.match import Match
from gazetteer.normalize import compass_name, parse
from gazetteer.translit import display_latin

# ACLED geo_precision and UCDP where_prec that a place of each level gives an event located there.
PRECISION: dict[str, tuple[int, int]] = {
    "country": (3, 6),
    "governorate": (3, 4),
    "district": (3, 3),
    "subdistrict": (2, 2),
    "town": (1, 1),
    "neighbourhood": (1, 1),
    "landmark": (1, 1),
    "locality": (2, 2),  # a named spot (wadi, hill, ruin): events there are near, not in, a settlement
    "region": (2, 3),  # a named region below a governorate (Eastern Ghouta): part of a region, about a district
}
# The credit each source's matches carry wherever they are shown.
ATTRIBUTION = {"osm": "© OpenStreetMap contributors, ODbL", "ocha": "OCHA / UN Country Team Syria",
               "ged": "UCDP Georeferenced Event Dataset (Sundberg and Melander 2013)", "geonames": "GeoNames, CC BY 4.0"}
POPULATION_UNIT = 1000  # people: a place this size or smaller (a village) gains no prominence from its population
MAX_POPULATION = 10**6  # ...and one this size or larger gains the most: 3 (one more each tenfold)
ADMIN_FIELDS = ("admin1", "admin1_pcode", "admin2", "admin2_pcode", "admin3", "admin3_pcode")


@dataclass
class Entry:
    """One place: names in both scripts and their variants, a point, a level, admin units, a source."""

    name_en: str
    name_ar: str
    lat: float
    lon: float
    level: str
    source: str
    names: list[str] = field(default_factory=list)  # variant spellings in any script
    admin1: str | None = None
    admin1_pcode: str | None = None
    admin2: str | None = None
    admin2_pcode: str | None = None
    admin3: str | None = None
    admin3_pcode: str | None = None
    weight: float = 0.0  # prominence: population or how often a dataset names the place; breaks ties

    def all_names(self) -> list[str]:
        """Every name the entry answers to."""
        return [n for n in (self.name_en, self.name_ar, *self.names) if n]

    def to_match(self, score: float, region: bool = False, near: bool = False, name_ar: str = "",
                 name_en: str = "") -> Match:
        """The entry as a result; `near` means only close to it (ACLED 2, UCDP 2); `name_ar` and `name_en`
        replace an empty name (a twin's from another source; else a Latin variant, else the Arabic name romanised)."""
        geo, where = PRECISION.get(self.level, (3, 4))
        if near:
            geo, where = max(geo, 2), max(where, 2)
        score = float(score)
        match = object.__new__(Match)  # (Match.adopt written out: one call less for every new name's match)
        object.__setattr__(match, "__dict__", {  # every field, in order
            "name_en": self.name_en or name_en or next((n for n in self.names if n.isascii()), "") or display_latin(
                self.name_ar), "name_ar": self.name_ar or name_ar,
            "lat": self.lat, "lon": self.lon, "level": self.level, "admin1": self.admin1,
            "admin1_pcode": self.admin1_pcode, "admin2": self.admin2, "admin2_pcode": self.admin2_pcode,
            "admin3": self.admin3, "admin3_pcode": self.admin3_pcode, "geo_precision": 3 if region else geo,
            "where_prec": max(where, 4) if region else where,
            "score": score if score == 100.0 else round(score, 1),  # (round() of a float costs a decimal conversion)
            "source": self.source, "attribution": ATTRIBUTION.get(self.source, ""),
        })
        return match

    def to_row(self) -> list:
        """A compact list for the built gazetteer file."""
        return [getattr(self, f.name) for f in fields(self)]

    @classmethod
    def from_row(cls, row: list) -> "Entry":
        return cls(*row)


def population_weight(population: int) -> float:
    """Prominence from a population figure, one for each tenfold above POPULATION_UNIT (a town of 50,000 adds 1.7,
    a city of a million 3): a famous town outweighs a namesake village that only its seat or type marks. The
    type and seat weights already rank villages, so only a town's size adds."""
    return math.log10(min(max(population, POPULATION_UNIT), MAX_POPULATION) / POPULATION_UNIT)


def ocha_quarter(entry: Entry) -> bool:
    """True for an OCHA city neighbourhood (the built-in table's, or an OCHA build's)."""
    return entry.level == "neighbourhood" and entry.source == "ocha"


COMPASS_NAMED = ("region", "town", "landmark", "locality")  # levels whose names hold their compass word


def entry_keys(entry: Entry) -> list[str]:
    """The distinct match keys of an entry's names; the compass word of a region's or a place's name is part of it
    ("Eastern Ghouta" is keyed as al-Ghouta al-Sharqiya, not as the countryside of Ghouta, which Western Ghouta also
    is; GED's "Western Ghariyah" as al-Ghariyah al-Gharbiyah, not as the Eastern one's countryside). A city quarter
    keeps its own keys (gazetteer.quarters: "جوبر الغربي" also answers جوبر)."""
    names = entry.all_names()
    if entry.level in COMPASS_NAMED:
        names = [(parse(n).region and compass_name(n)) or n for n in names]
    return list(dict.fromkeys(k for k in (parse(n).key for n in names) if k))
