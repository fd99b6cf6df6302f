"""A countryside with a direction ("ريف حمص الشمالي", "the northern countryside of Hama"): placed at the centre of the
governorate's settlements in that direction from its town, not at the governorate's point (in the desert for Homs).

The point is a region's (precision 3, flagged like any region): the mean of the gazetteer's towns and villages of the
same governorate that lie within REACH_KM of the town and within 45 degrees of the direction.
"""
from __future__ import annotations

import math
import weakref
from dataclasses import replace

from gazetteer import Match
from gazetteer.core import distance_km

from .lookup import Lookup
from .spans import Place
from .text import Token, key_set

REACH_KM = 40.0  # how far from its town a countryside's settlements are taken
SPREAD = 45.0  # degrees either side of the direction
BEARINGS = {
    **dict.fromkeys(key_set("شمال شمالي الشمالي الشمالية شمالية north northern"), 0.0),
    **dict.fromkeys(key_set("شرق شرقي الشرقي الشرقية شرقية east eastern"), 90.0),
    **dict.fromkeys(key_set("جنوب جنوبي الجنوبي الجنوبية جنوبية south southern"), 180.0),
    **dict.fromkeys(key_set("غرب غربي الغربي الغربية غربية west western"), 270.0),
    **dict.fromkeys(key_set("north-east north-eastern northeast northeastern"), 45.0),
    **dict.fromkeys(key_set("south-east south-eastern southeast southeastern"), 135.0),
    **dict.fromkeys(key_set("south-west south-western southwest southwestern"), 225.0),
    **dict.fromkeys(key_set("north-west north-western northwest northwestern"), 315.0),
}
UNITS = ("governorate", "district")
_POINTS: "weakref.WeakKeyDictionary[Lookup, dict]" = weakref.WeakKeyDictionary()
RURAL = "Rural "  # a governorate named for the countryside of its city (Rural Damascus)


class Countryside:
    """Directed countryside points, computed once per town and direction from the gazetteer's entries."""

    def __init__(self, lookup: Lookup):
        self.lookup = lookup
        if lookup not in _POINTS:  # one memo per gazetteer: every report's finder shares it
            _POINTS[lookup] = {}
        self._points: dict[tuple[str, float | None], tuple[float, float] | None] = _POINTS[lookup]

    def direct(self, tokens: list[Token], places: list[Place]) -> None:
        """Give each countryside the sentence names with a direction the point of that part of it."""
        for p in places:
            if p.match is None or p.match.level not in UNITS:
                continue
            rural = p.match.name_en.startswith(RURAL)  # "Reef Dimashq", "ريف دمشق": the countryside of Damascus
            if p.kind != "region" and not rural:
                continue
            bearing = _bearing(tokens[max(0, p.start - 4) : min(len(tokens), p.end + 2)])
            town = self.lookup.exact(p.match.name_en.removeprefix(RURAL))
            if town is None or town.level != "town" or town.admin1_pcode != p.match.admin1_pcode and not rural:
                continue
            point = self._point(town, p.match.admin1_pcode, bearing)
            if point is not None:
                side = "" if bearing is None else _SIDES[round(bearing / 45) % 8] + " "
                p.match = replace(p.match, lat=point[0], lon=point[1], name_en=f"{p.match.name_en} ({side}countryside)")

    def _point(self, town: Match, admin1: str | None, bearing: float | None) -> tuple[float, float] | None:
        key = (f"{admin1}:{town.name_en}", bearing)
        if key not in self._points:
            near = [e for e in self.lookup.gaz.entries if e.level == "town" and e.admin1_pcode == admin1
                    and 3.0 < distance_km(town.lat, town.lon, e.lat, e.lon) <= REACH_KM
                    and (bearing is None or _apart(_course(town, e), bearing) <= SPREAD)]
            self._points[key] = (sum(e.lat for e in near) / len(near), sum(e.lon for e in near) / len(near)) if near else None
        return self._points[key]


_SIDES = ("northern", "north-eastern", "eastern", "south-eastern", "southern", "south-western", "western", "north-western")


def _bearing(window: list[Token]) -> float | None:
    """The direction the words around a countryside give ("الجنوبي الغربي" = south-west), or None."""
    found = [BEARINGS[t.key] for t in window if t.key in BEARINGS]
    if not found:
        return None
    x = sum(math.sin(math.radians(b)) for b in found[:2])
    y = sum(math.cos(math.radians(b)) for b in found[:2])
    return (math.degrees(math.atan2(x, y)) + 360) % 360 if abs(x) + abs(y) > 1e-9 else None


def _course(a, b) -> float:
    """The initial bearing from a to b, degrees clockwise from north."""
    la, lb = math.radians(a.lat), math.radians(b.lat)
    dl = math.radians(b.lon - a.lon)
    y = math.sin(dl) * math.cos(lb)
    x = math.cos(la) * math.sin(lb) - math.sin(la) * math.cos(lb) * math.cos(dl)
    return (math.degrees(math.atan2(y, x)) + 360) % 360


def _apart(a: float, b: float) -> float:
    return min(abs(a - b), 360 - abs(a - b))
