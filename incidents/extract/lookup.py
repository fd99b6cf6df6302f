"""The gazetteer as extraction uses it: cached exact look-ups of n-grams, hinted and region look-ups."""
from __future__ import annotations

import weakref
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Callable

from gazetteer import Gazetteer, Match
from gazetteer.core import distance_km
from incidents.record import SYRIA_BBOX

from .place_words import REGION_KM

Contains = Callable[[Match, Match], bool]  # Lookup.inside, which lead and roles are handed: is a place in a named region
SAME_NAME = 99.5  # a resolve score this high is the same normalised name, not a fuzzy one
CLOSE_SCORE = 86.0  # a close spelling ("Zamalka" / Zmlka, "Khan Toman" / Khan Tuman), below best()'s bar
CLOSE_RIVAL = 80.0  # every candidate scored this high must be the same place (within CLOSE_KM) to answer
CLOSE_KM = 10.0
SETTLEMENTS = ("town", "neighbourhood", "subdistrict")
_LOOKUPS: "weakref.WeakKeyDictionary[Gazetteer, Lookup]" = weakref.WeakKeyDictionary()


@lru_cache(maxsize=4)
def _load(path: str | None) -> Gazetteer:
    return Gazetteer.load(path)


def gazetteer_for(gazetteer: Gazetteer | str | Path | None) -> Gazetteer:
    """A Gazetteer as given, loaded from a path, or the configured default (GAZETTEER or built-in)."""
    if isinstance(gazetteer, Gazetteer):
        return gazetteer
    return _load(str(gazetteer) if gazetteer else None)


def lookup_for(gazetteer: Gazetteer | str | Path | None) -> "Lookup":
    """The cached lookup wrapper of a gazetteer (one per gazetteer object)."""
    gaz = gazetteer_for(gazetteer)
    if gaz not in _LOOKUPS:
        _LOOKUPS[gaz] = Lookup(gaz)
    return _LOOKUPS[gaz]


def inside_syria(match: Match) -> bool:
    """Does a place's point fall in Syria's bounding box (SYRIA_BBOX)?"""
    west, south, east, north = SYRIA_BBOX
    return west <= match.lon <= east and south <= match.lat <= north


def _holds(unit: Match, place: Match | None) -> bool:
    """Is this district or subdistrict the one the place lies in (by P-code)?"""
    code = {"district": "admin2_pcode", "subdistrict": "admin3_pcode"}.get(unit.level)
    return place is not None and code is not None and getattr(unit, code) is not None \
        and getattr(unit, code) == getattr(place, code)


class Lookup:
    """Memoised gazetteer queries; only places inside Syria below country level come back."""

    def __init__(self, gaz: Gazetteer):
        self.gaz = gaz
        self._exact: dict[tuple[str, str | None], Match | None] = {}
        self._best: dict[tuple, Match | None] = {}

    def exact(self, name: str, admin1: str | None = None) -> Match | None:
        """The first exact (normalised) match of a name, inside the hinted governorate when one is given."""
        key = (name, admin1)
        if key not in self._exact:
            found = [m for m in self.gaz.exact(name, admin1) if self._keep(m, admin1)]
            self._exact[key] = found[0] if found else None
        return self._exact[key]

    def inside(self, region: Match, place: Match) -> bool:
        """Is a place inside a named region: in one of its member subdistricts (Gazetteer.contains: however wide the
        region, whichever governorates it crosses), or, as members are whole subdistricts coarser than the land a
        region names (al-Masikah lies in the Lajat but in Izra's subdistrict), in its governorate within REGION_KM of
        its point."""
        return self.gaz.contains(region, place) or (
            place.admin1_pcode is not None and place.admin1_pcode == region.admin1_pcode
            and distance_km(place.lat, place.lon, region.lat, region.lon) <= REGION_KM)

    def namesakes(self, name: str) -> frozenset[str]:
        """The governorates where towns, villages or quarters of exactly this (normalised) name lie, unless one heads a
        district or sub-district: two or more, and the name alone does not say which one a text means (a seat's name,
        "الميادين", "دوما", is the town the reader knows)."""
        key = ("namesakes", name)
        if key not in self._best:
            same = [m for m in self._ranked(name, limit=10) if m.score >= SAME_NAME and self._keep(m, None)]
            seat = any(m.level in ("district", "subdistrict") for m in same)
            self._best[key] = frozenset() if seat else frozenset(
                m.admin1_pcode for m in same if m.level in SETTLEMENTS and m.admin1_pcode)
        return self._best[key]

    def place(self, name: str, admin1: str | None = None) -> Match | None:
        """Where the text puts a place (a designator, a list, an attack's object): the exact match, or else a
        village whose normalised name is the same (villages nothing else corroborates included), unless villages of
        that name lie in several governorates and no governorate is given."""
        found = self.exact(name, admin1)
        if found is not None:
            return found
        key = ("place", name, admin1)
        if key not in self._best:
            ranked = self._ranked(name, admin1)
            same = [m for m in ranked if m.score >= SAME_NAME and self._keep(m, admin1)]
            ambiguous = admin1 is None and len({m.admin1_pcode for m in same}) > 1  # "I don't know" over a guess
            self._best[key] = same[0] if same and not ambiguous else None
        return self._best[key]

    def quarter(self, name: str, admin1: str | None = None) -> Match | None:
        """A city quarter a text names bare or with its designator ("shells target Sukkari", "in al-Waer
        neighborhood", "حي الزهراء"): the gazetteer places a bare quarter name only with a hint, so it is asked as "X
        neighbourhood" / "حي X"; one quarter (or several within CLOSE_KM: "Jobar") answers, quarters of two cities do not."""
        key = ("quarter", name, admin1)
        if key not in self._best:
            query = f"{name} neighbourhood" if name.isascii() else f"حي {name}"
            found = [m for m in self.gaz.exact(query, admin1) if m.level == "neighbourhood" and self._keep(m, admin1)]
            top = found[0] if found else None
            same = top is not None and all(distance_km(m.lat, m.lon, top.lat, top.lon) <= CLOSE_KM for m in found)
            self._best[key] = top if same else None
        return self._best[key]

    def close(self, name: str, admin1: str | None = None) -> Match | None:
        """For a name the text puts where a place stands but no tier answers: the settlement the gazetteer
        spells closely (score >= CLOSE_SCORE), when every other candidate spelt anything like it is that same
        place ("I don't know" when two far-apart villages fit); the district or subdistrict that holds it is no
        rival ("Ma'ra al-Nu'man": the town, not the Ma'arrat an-Nu'man district named after it)."""
        key = ("close", name, admin1)
        if key not in self._best:
            ranked = self._ranked(name, admin1)
            arabic = not name.isascii()  # a close spelling in the same script, never a cross-script guess
            fit = [m for m in ranked if m.score >= CLOSE_SCORE and m.level in SETTLEMENTS and self._keep(m, admin1)
                   and (m.name_ar if arabic else m.name_en)]
            top = fit[0] if fit else None
            rivals = [m for m in ranked if m.score >= CLOSE_RIVAL and self._keep(m, admin1) and not _holds(m, top)]
            same = top is not None and all(distance_km(m.lat, m.lon, top.lat, top.lon) <= CLOSE_KM for m in rivals)
            self._best[key] = top if same else None
        return self._best[key]

    def best(self, name: str, admin1: str | None = None) -> Match | None:
        """The gazetteer's best candidate (fuzzy allowed): for names a designator marks as places."""
        key = (name, admin1)
        if key not in self._best:
            try:
                found = self.gaz.best(name, admin1)
            except ValueError:
                found = None
            self._best[key] = found if found and self._keep(found, admin1) else None
        return self._best[key]

    def _ranked(self, name: str, admin1: str | None = None, limit: int = 5) -> list[Match]:
        """The gazetteer's candidates for a name, best first (resolve's default limit); none for a name that
        normalises to nothing (resolve raises ValueError on it)."""
        try:
            return self.gaz.resolve(name, admin1, limit=limit)
        except ValueError:
            return []

    @staticmethod
    def _keep(match: Match, admin1: str | None) -> bool:
        """Below country level, inside Syria, and inside the hinted governorate (a P-code) when one is given."""
        inside = admin1 is None or not admin1.startswith("SY") or match.admin1_pcode == admin1
        return match.level != "country" and inside_syria(match) and inside

    def region(self, name: str, admin1: str | None = None) -> Match | None:
        """"ريف X" / "X countryside": the top-ranked governorate or district candidate (region precision)."""
        key = ("region", name, admin1)
        if key not in self._best:
            found = self._ranked(name, admin1)
            unit = next((m for m in found if m.level in ("governorate", "district")), None)
            self._best[key] = self._town_district(name, unit) or unit or self._town_around(name)
        return self._best[key]

    def _town_around(self, name: str) -> Match | None:
        """"ريف تل تمر", "ريفي أبو راسين": the country around a town that heads no district is told by the town (a
        region of it, not the town itself)."""
        bare = name.removeprefix("ريف ").strip()
        town = self.exact(bare) if bare != name else None
        return town if town is not None and town.level == "town" else None

    def _town_district(self, name: str, unit: Match | None) -> Match | None:
        """"Manbij countryside", "ريف الباب": the country around a district's town is its district, not the whole
        governorate (whose point may lie 60 km away); a capital's countryside ("ريف حلب") stays its governorate."""
        bare = name.removeprefix("ريف ").removesuffix(" countryside").strip()
        town = self.exact(bare) if bare != name else None
        if unit is None or town is None or town.level != "town" or unit.level != "governorate" \
                or unit.admin1_pcode != town.admin1_pcode or not town.admin2_pcode:
            return None
        capital = self.exact(f"محافظة {bare}" if not bare.isascii() else f"{bare} governorate")
        if capital is not None and capital.level == "governorate":
            return None  # "ريف حلب", "Homs countryside": a capital's countryside is its governorate's
        return next((d for d in self.gaz.districts(town.admin1_pcode) if d.admin2_pcode == town.admin2_pcode), None)

    @cached_property
    def unit_words(self) -> frozenset[str]:
        """First words of governorate and district names in every spelling: names worth looking up anywhere."""
        from .text import word_key

        return frozenset(word_key(name.split()[0]) for e in self.gaz.entries if e.level in ("governorate", "district", "region")
                         for name in e.all_names() if name.strip())

    @cached_property
    def _governorates(self) -> dict[str, Match]:
        return {g.admin1_pcode: g for g in self.gaz.governorates()}

    def governorate(self, pcode: str | None) -> Match | None:
        """The governorate with this P-code."""
        return self._governorates.get(pcode)
