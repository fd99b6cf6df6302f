"""A geopy-compatible offline geocoder: drops in where a geopy geocoder goes, answers from the gazetteer."""
from __future__ import annotations

from geopy.location import Location
from geopy.point import Point

from gazetteer.core import Gazetteer
from gazetteer.match import Match

_STRUCTURED_NAME = ("city", "town", "village", "suburb", "neighbourhood", "county", "district", "state", "query")


def _address(*parts: str | None) -> str:
    return ", ".join(dict.fromkeys(p for p in (*parts, "Syria") if p))


class OfflineGeocoder:
    """geocode()/reverse() with geopy's signatures, returning geopy.location.Location; raw is the Match."""

    def __init__(self, gazetteer: Gazetteer | None = None):
        self.gazetteer = gazetteer or Gazetteer.load()

    def _location(self, match: Match) -> Location:
        address = _address(match.name_en, match.admin3, match.admin2, match.admin1)
        return Location(address, Point(match.lat, match.lon), match.to_dict())

    def geocode(self, query: str | dict, *, exactly_one: bool = True, timeout: float | None = None,
                limit: int | None = None, admin1: str | None = None, **_ignored):
        """A name (or a geopy structured query dict; its 'state' is the governorate hint)."""
        if isinstance(query, dict):
            admin1 = admin1 or query.get("state")
            query = next((query[k] for k in _STRUCTURED_NAME if query.get(k)), "")
        if not str(query).strip():
            return None
        if exactly_one:
            best = self.gazetteer.best(query, admin1=admin1)
            return self._location(best) if best else None
        found = self.gazetteer.resolve(query, admin1=admin1, limit=limit or 5)
        return [self._location(m) for m in found] or None

    def reverse(self, query, *, exactly_one: bool = True, timeout: float | None = None, **_ignored):
        """The admin units holding a point ("lat, lon", a (lat, lon) pair or a geopy Point)."""
        point = Point(query)
        found = self.gazetteer.reverse(point.latitude, point.longitude)
        if found is None:
            return None
        location = Location(_address(found["admin3"], found["admin2"], found["admin1"]), point, found)
        return location if exactly_one else [location]
