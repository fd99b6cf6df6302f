"""Which places lie inside a named region: the region's member subdistricts, not a distance from its point (and
inside an admin unit: its P-code, unit_contains).

Why: a region of data/gazetteer/regions.csv is the OCHA subdistricts it is made of. A distance from its point says
nothing of a wide region (the Syrian Jazira is 184 km across) or of one that crosses governorates (the Euphrates
valley), so a town named beside such a region ("قرب الحسكة في منطقة الجزيرة السورية") looked outside it and lost its
place to the region. A place is inside when its subdistrict is a member: its own admin3 P-code, or for a place known
only by its point (a dataset's), the subdistrict polygon holding the point (gazetteer.boundaries.locate, one join for
all such entries on first use).
"""
from __future__ import annotations

from pathlib import Path

from gazetteer.builtin import region_members
from gazetteer.match import Match

COARSE = ("country", "governorate", "district")  # units no region holds whole


class Membership:
    """Region containment over a gazetteer's entries; `boundaries` is the OCHA admin3 folder points are joined to."""

    def __init__(self, entries: list, boundaries: Path):
        self._entries = entries
        self._boundaries = boundaries
        self._points: dict[tuple[float, float], str | None] | None = None

    def contains(self, region: Match, place: Match) -> bool:
        """True when `place` lies inside the named region `region`: a settlement, quarter, spot or subdistrict in one
        of its members, or a region all of whose members are its (Eastern Qalamoun in Qalamoun)."""
        members = region_members().get(region.name_en) if region.level == "region" else None
        if not members or place.level in COARSE:
            return False
        if place.level == "region":
            own = region_members().get(place.name_en)
            return bool(own) and own <= members
        return self.subdistrict(place) in members

    def governorates(self, region: Match) -> frozenset[str]:
        """The governorates (admin1 P-codes) a named region's members lie in; none for any other place."""
        members = region_members().get(region.name_en, ()) if region.level == "region" else ()
        return frozenset(code[:4] for code in members)

    def subdistrict(self, place: Match) -> str | None:
        """The admin3 P-code of a place: its own, else that of the subdistrict polygon holding its point."""
        if place.admin3_pcode:
            return place.admin3_pcode
        if self._points is None:
            self._points = self._join([(e.lat, e.lon) for e in self._entries
                                       if not e.admin3_pcode and e.level not in COARSE])
        point = (place.lat, place.lon)
        if point not in self._points:
            self._points.update(self._join([point]))
        return self._points[point]

    def _join(self, points: list[tuple[float, float]]) -> dict[tuple[float, float], str | None]:
        points = list(dict.fromkeys(points))
        if not points:
            return {}
        from gazetteer.boundaries import locate  # (geopandas: only when a point-only place is asked, never at start-up)

        found = locate([p[0] for p in points], [p[1] for p in points], self._boundaries)["admin3_pcode"]
        return {p: code if isinstance(code, str) else None for p, code in zip(points, found)}


def unit_contains(unit: Match, place: Match) -> bool:
    """True when `unit` is an admin unit that holds `place` (by P-code; the country holds all)."""
    if unit.level == "country":
        return True
    if unit.level == "governorate":
        return unit.admin1_pcode == place.admin1_pcode
    if unit.level == "district":
        return unit.admin2_pcode == place.admin2_pcode
    if unit.level == "subdistrict":
        return unit.admin3_pcode is not None and unit.admin3_pcode == place.admin3_pcode
    return False
