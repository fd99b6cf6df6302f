"""Where a query's own words put the name it asks: the place its context names and the part that context holds.

"X بريف حماة", "Sukkari, Aleppo", "X (Hama governorate)", "قرية X في منطقة الباب" (forms.context_readings): the
context names a place holding others (a governorate, countryside, district, subdistrict, region or town) and the
part is looked up inside it; "X قرب Y", "X near Y" (forms.near_form): the places X names within NEAR_KM of the town
Y; "City - Part" (normalize.city_part): the part's places near the city, or inside a unit or countryside written
first. A context is a hint, not a word of the name: a name an entry writes whole is never cut.

Why a module: these readings only ask the gazetteer back (best(), its ranked lookup, its exact keys, a region's
members); they keep no index of their own. The Gazetteer hands them those calls explicitly (Contexts), and asks
them from _city_hint, _lookup and best(): their memoised readings share the Gazetteer's memo.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from gazetteer.bars import AMBIGUOUS_KM, CONFIDENT_SCORE, HINTED_SCORE, distance_km
from gazetteer.entry import Entry
from gazetteer.forms import context_readings, near_form
from gazetteer.learned import spellings
from gazetteer.match import Match, Ranked
from gazetteer.membership import unit_contains
from gazetteer.normalize import city_part, parse, variants

NEAR_KM = 15.0  # "X near Y" (قرب Y): X this close to the town Y
# "X, Daraa", "X بريف حماة", "قرية X في منطقة الباب", "X (Deir ez-Zor)": the context places X inside one of these
CONTEXT_LEVELS = ("town", "governorate", "district", "subdistrict", "region")
T = TypeVar("T")
Read = tuple[Match, str] | tuple[()]  # the place a context names and the part it holds there; () for no reading


class Contexts:
    """The context readings of one gazetteer, over the calls it hands: `best` (Gazetteer.best), `ranked` (its
    remembered lookup: name, hint, district hint, `quarters`), `exact_hits` (entry indices under keys, into
    `entries`), `units` (admin units by P-code), `admin_pcode`, `contains` (a region's members), `remember` (its
    memo) and `readings_near` (the places a name's looser and cross-script readings reach within km of a place)."""

    def __init__(self, *, best: Callable[..., Match | None], ranked: Callable[..., list[Ranked]],
                 exact_hits: Callable[[tuple[str, ...]], dict[int, float]], entries: list[Entry],
                 units: dict[str, Entry], admin_pcode: Callable[..., str | None],
                 contains: Callable[[Match, Match], bool], remember: Callable[[tuple, Callable[[], T]], T],
                 readings_near: Callable[[str, Match, float], list[Ranked]]):
        self._best = best
        self._ranked = ranked
        self._exact_hits = exact_hits
        self._entries = entries
        self._units = units
        self._admin_pcode = admin_pcode
        self._contains = contains
        self._remember = remember
        self._readings_near = readings_near

    def context(self, name: str, admin1: str | None, admin2: str | None) -> Read:
        """The place a query's context names and the part it holds there (forms.context_form: "X بريف حماة" is
        Hama governorate and "X"; "حي X في مدينة حلب" the city of Aleppo and "حي X"), remembered; () for a name
        written without a context, one an entry writes whole, or a context that names no place holding others."""
        forms = context_readings(name) if not city_part(name) else ()
        if not forms:
            return ()  # (most names: no memo entry)
        return self._remember(("context", name, admin1, admin2), lambda: self._read_context(forms, name, admin1, admin2))

    def near(self, name: str, admin1: str | None, admin2: str | None) -> Read:
        """The town a query names its part near and the part (forms.near_form: "X قرب Y", "X near Y"), remembered; ()
        for another name, one an entry writes whole, a Y best() does not place as a town, or an X no place names
        within NEAR_KM of Y (the whole query is then looked up as before)."""
        form = near_form(name)  # (any white space: "X near<no-break space>Y" as well)
        if form is None:
            return ()
        return self._remember(("near", name, admin1, admin2), lambda: self._read_near(name, *form, admin1, admin2))

    def _read_near(self, name: str, where: str, part: str, admin1: str | None, admin2: str | None) -> Read:
        """near() of a name cut into its town and part."""
        if not parse(part).key or self._exact_hits(variants(name)):
            return ()
        town = self._best(where, admin1, admin2) if parse(where).key else None
        if town is None or town.level != "town":
            return ()
        return (town, part) if self.near_town_places(town, part, admin2) else ()

    def near_town_places(self, town: Match, part: str, admin2: str | None) -> list[Ranked]:
        """The places a part names within NEAR_KM of the town a query names it near, other than the town (looked up
        with the town's governorate as the hint: a place near a town is most often in its governorate). When the
        lookup finds none there, the part's looser and cross-script readings near the town: a dataset's place of
        the very spelling elsewhere in the governorate ("Salhiyeh": GED's, 70 km from Hajin) does not hide the
        village by the town that the other script spells (الصالحية)."""
        def apart(m: Match) -> bool:
            return not (m.lat == town.lat and m.lon == town.lon)

        found = [(m, w) for m, w in self._ranked(part, town.admin1_pcode, admin2)
                 if apart(m) and distance_km(m.lat, m.lon, town.lat, town.lon) <= NEAR_KM]
        return found or [r for r in self._readings_near(part, town, NEAR_KM) if apart(r[0])]

    def _read_context(self, forms: list[tuple[str, str]], name: str, admin1: str | None, admin2: str | None) -> Read:
        """context() of the readings of a name (forms.context_readings): the first whose context names a place
        holding something the part names; none for a name an entry writes, whole or in one of its spellings ("Jihar
        oil/gas field (Hayyan)": a dataset's)."""
        if any(self._exact_hits(variants(p)) for p in spellings(name) if parse(p).key):
            return ()
        held = [(where, part) for where, part in forms if parse(part).key]
        for where, part in held:  # (a context that holds nothing of the name is no hint: "gas fiel
            place = self._container(where, admin1, admin2)  # (Hayyan)"; one the hint contradicts, a check)
            if place is not None and (self.city_quarters(place, part, admin2)
                                      or self.in_context(place, part, admin1, admin2) is not None):
                others = [w for w, p in held if p == part and w != where]
                return self._either_context([where, *others], part, admin1, admin2) if others else (place, part)
        return ()

    def _either_context(self, wheres: list[str], part: str, admin1: str | None, admin2: str | None) -> Read:
        """The one of several contexts a name gives its part ("بريفي حماة وإدلب", "in the Hama and Idlib
        countrysides") that holds places the part names; () when none does or when two governorates do (no telling
        which)."""
        places = (self._container(where, admin1, admin2) for where in wheres)
        holding = [p for p in places if p is not None and self.in_context(p, part, admin1, admin2)]
        return (holding[0], part) if len({p.admin1_pcode for p in holding}) == 1 else ()

    def _container(self, where: str, admin1: str | None, admin2: str | None) -> Match | None:
        """The place a context names when it holds others (CONTEXT_LEVELS; a countryside is its governorate), spelt
        exactly (a loose guess at every name's last words would cost a fuzzy lookup each) and answered confidently,
        by its name alone or with the hint; None otherwise."""
        if not self._exact_hits(variants(where)) and not self._exact_hits((parse(where).core,)):
            return None
        place = (self._best(where) or (self._best(where, admin1, admin2) if admin1 or admin2 else None)
                 or self._countryside_unit(where, self._admin_pcode(admin1) if admin1 else None))
        if place is None or place.level not in CONTEXT_LEVELS or place.score < CONFIDENT_SCORE:
            return None
        return place

    def _countryside_unit(self, where: str, pcode1: str | None) -> Match | None:
        """"ريف X" / "X countryside" as a context: the governorate of the admin units X names, when they lie in one
        (inside the hinted governorate, if any). A text names the countryside of a seat, not of the villages that
        bear its name elsewhere ("ريف دوما": Duma's, in Rural Damascus, not Hama's village), which leave the countryside
        as a query of its own without a best answer (Gazetteer._region)."""
        parsed = parse(where)
        if not parsed.region:
            return None
        found = {self._entries[i].admin1_pcode for i in self._exact_hits((parsed.core,))
                 if self._entries[i].level in ("governorate", "district", "subdistrict")
                 and pcode1 in (None, self._entries[i].admin1_pcode)}
        return self._units[found.pop()].to_match(100.0, region=True) if len(found) == 1 else None

    def _holds(self, place: Match, other: Match) -> bool:
        """True when the context's place holds `other`: a region by its members, a unit by its P-code, a town by its
        governorate (a village "in Manbij" is in Manbij's countryside; the city's own quarters are city_quarters')."""
        if place.level == "region":
            return self._contains(place, other)
        if place.level == "town":
            return other.admin1_pcode == place.admin1_pcode
        return unit_contains(place, other)

    def city_quarters(self, town: Match, part: str, admin2: str | None) -> list[Ranked]:
        """The quarters of the city a context names that a part names ("Sukkari, Aleppo"): none when the context is
        no town."""
        if town.level != "town":
            return []
        return [(m, w) for m, w in self._near_town(part, town, admin2) if m.level == "neighbourhood"]

    def in_context(self, place: Match, part: str, admin1: str | None, admin2: str | None) -> list[Ranked] | None:
        """The places a part names inside the place its context names ("Nawa, Daraa", "X بريف حماة الشمالي", "قرية X
        في منطقة الباب", "X (Hama governorate)"): the context is the part's hint (Gazetteer._city_hint) and what holds
        it (_holds). None when nothing there bears the part (the whole name is looked up then: "Aleppo's western
        countryside"); none found when the context lies outside the hinted governorate."""
        pcode1 = place.admin1_pcode or (self._admin_pcode(admin1) if admin1 else None)
        if admin1 and self._admin_pcode(admin1) != pcode1:
            return []
        return [(m, w) for m, w in self._ranked(part, pcode1, admin2) if self._holds(place, m)] or None

    def _near_town(self, part: str, town: Match, admin2: str | None) -> list[Ranked]:
        """The places a city's part names, as the city's quarters may be named: in its governorate, answerable with
        a hint, within AMBIGUOUS_KM of it."""
        return [(m, w) for m, w in self._ranked(part, town.admin1_pcode, admin2, quarters=True)
                if m.admin1_pcode == town.admin1_pcode and m.score >= HINTED_SCORE
                and distance_km(m.lat, m.lon, town.lat, town.lon) <= AMBIGUOUS_KM]

    def city_part(self, city: str, part: str, admin1: str | None, admin2: str | None) -> list[Ranked]:
        """'City - Neighbourhood': the part's places near the city (within AMBIGUOUS_KM), then the city. A named
        region is no part of a city: "Douma - Eastern Ghouta", "Ariha - Jabal al-Arbaeen" say where the city lies.
        A unit, countryside or region first ("Hama countryside - Kafr Nabudah", "ريف دمشق - حرستا") holds its part:
        the part's places inside it (in_context) when there are any, then the unit."""
        town = self.city_head(city, admin1, admin2)
        cities = self._ranked(city, admin1, admin2)
        if town is None:
            return cities
        inside = self.in_context(town, part, admin1, admin2) if town.level != "town" and town.level in CONTEXT_LEVELS \
            else None
        near = [r for r in inside or self._near_town(part, town, admin2) if r[0].level != "region"]
        return near + [(m, w) for m, w in cities if m is town] + [(m, w) for m, w in cities if m is not town]

    def city_head(self, city: str, admin1: str | None, admin2: str | None) -> Match | None:
        """The place "City - Part" names first: best()'s answer, or for a countryside its unit's governorate ("ريف حمص
        - X": Homs's, though villages elsewhere bear the name حمص: _countryside_unit)."""
        return self._best(city, admin1, admin2) or self._countryside_unit(city, self._admin_pcode(admin1) if admin1 else None)
