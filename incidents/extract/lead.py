"""Report-level context: a governorate, district or city the lead names frames the finer places of the body.

"قتل ثمانية مدنيين ... على بلدات ريف درعا الشرقي" then "خمسة في بصر الحرير ... ثلاثة في ناحتة": the region is
context, and its total is told again as the breakdown. Without figures of its own such a unit is only context.
"""
from __future__ import annotations

from typing import Callable

from gazetteer import Match
from gazetteer.core import distance_km
from gazetteer.membership import unit_contains

from .lookup import Contains
from .place_words import REGION_KM
from .quarters import CITY_KM
from .spans import FINE_KINDS, Place
from .text import key_set

ANOTHER = key_set("آخر another second")

FINE_LEVELS = ("subdistrict", "town", "neighbourhood", "landmark")
ADMIN_UNITS = ("governorate", "district", "subdistrict")  # hold the places of their own P-code


def _known(place: Place) -> Match | None:
    return place.match or place.hint


def inside(unit: Match, known: Match | None, contains: Contains) -> bool:
    """Is a place (its match or hint) inside a governorate, district, subdistrict, named region or town's countryside?
    An admin unit holds the places of its P-code (a subdistrict only its own, not its whole governorate); a named
    region (Ghouta, the Jazira, the Euphrates valley) holds its member subdistricts' places, however wide it is
    (`contains`, lookup.Lookup.inside); any other place (a town's countryside, a quarter) is a point, no boundary:
    REGION_KM around it in its governorate. The one containment of the extractor: lead's units and the learned
    filter's features."""
    if known is None:
        return False
    if unit.level in ADMIN_UNITS:
        return unit_contains(unit, known)  # (the gazetteer's own test of a P-code)
    if unit.level == "region":
        return contains(unit, known)
    return known.admin1_pcode == unit.admin1_pcode and distance_km(known.lat, known.lon, unit.lat, unit.lon) <= REGION_KM


def _lone_unknown(drafts: list, d, same_event: Callable) -> list:
    """The one designated place the gazetteer lacks and the text locates nowhere, told as d's event with no other
    figure, in a report whose only unit is d's: the place d frames ("in the Idlib countryside" ... "the front-line
    town of Al-Bara'a")."""
    lone = [e for e in drafts if e is not d and e.place is not None and e.place.kind in FINE_KINDS and e.place.match is None
            and e.place.hint is None and same_event(d, e) and (not e.has_counts or (e.killed, e.wounded) == (d.killed, d.wounded))]
    return lone if len(lone) == 1 else []


def _fine(place: Place) -> bool:
    """A village, town or neighbourhood (known, or unknown but placed by the text), not a region."""
    if place.kind in ("region", "governorate"):
        return False
    return place.match is None and place.hint is not None or place.match is not None and place.match.level in FINE_LEVELS


def frame_units(drafts: list, unit_of: Callable[[Place], Match | None], same_event: Callable[[object, object], bool],
                contains: Contains) -> list:
    """Drop units that only frame finer places of the same event (type and day). A unit's figure the finer places
    do not give at all goes to the first of them (the body names where it happened); one they break down is
    counted there only. `contains(region, place)`: is a place inside a named region (Lookup.inside)."""
    out = list(drafts)
    units = {unit_of(e.place) for e in drafts if e.place is not None and not e.place.added} - {None}
    for d in drafts:
        unit = unit_of(d.place) if d.place is not None and not d.place.added else None
        if unit is None:
            continue
        city = d.place.kind in FINE_KINDS and d.place.match is not None and d.place.match.level in FINE_LEVELS
        finer = [e for e in out if e is not d and e.place is not None and _fine(e.place)
                 and inside(unit, _known(e.place), contains) and e.place.key() != d.place.key() and same_event(d, e)
                 and not (city and e.place.match is not None and e.place.match.level == "town" and not _near(e.place, d.place))
                 and not _another(e, d)]  # (last: it reads the words of e's sentences)
        quarters = _quarters_told(out, d, same_event) if city else []
        finer += [q for q in quarters if q not in finer]
        if not finer and not city and len(units) == 1:
            finer = _lone_unknown(out, d, same_event)
            for e in finer:  # it lies inside the unit that frames it: placed there (flagged), not nowhere
                e.place.hint = unit
        if not finer:
            continue
        if city and d.has_counts and not quarters and not any(e.has_counts for e in finer if _in_city(e.place, d.place)):
            continue  # "the city of X" with its own figures and unhurt quarters (or villages around): the city is the place
        first = next((e for e in finer if e.has_counts), finer[0])
        unknown = [e for e in out if e is not d and e.place is not None and e.place.kind in FINE_KINDS
                   and e.place.match is None and same_event(d, e)]  # "حي X" the gazetteer lacks: finer all the same
        for kind in ("killed", "wounded"):
            if getattr(d, kind) is not None and all(getattr(e, kind) is None for e in finer + unknown):
                setattr(first, kind, getattr(d, kind))
                first.evidence.extend(e for e in d.evidence if e[0] == kind or e[0] == "casualties")
        first.notes.extend(n for n in d.notes if n not in first.notes)
        out.remove(d)
    return _without_settings(_figures_told_again(out), unit_of, same_event, contains)


def _figures_told_again(drafts: list) -> list:
    """A governorate, district or countryside whose figures are exactly those of a finer place of the report on the
    same day ("seven wounded in the Daraa countryside" then "seven wounded when a bomb hit a bus in X"), or exactly
    their sum, is the same dead told at the report's level, whatever kind each sentence reads: counted once, at the
    finer place (a total the finer places do not add up to stays)."""
    fine = [e for e in drafts if e.has_counts and e.place is not None and not _coarse(e.place)]
    out = []
    for d in drafts:
        if d.has_counts and d.place is not None and _coarse(d.place):
            day = [e for e in fine if d.when is None or e.when is None or d.when.date == e.when.date]
            if any((e.killed, e.wounded) == (d.killed, d.wounded) for e in day) or len(day) > 1 and all(
                    getattr(d, k) is None or getattr(d, k) == sum(getattr(e, k) or 0 for e in day) for k in ("killed", "wounded")):
                continue
        out.append(d)
    return out


def _coarse(place: Place) -> bool:
    """A governorate, district or countryside: a place the report's sentences name to say where, not a settlement."""
    return place.kind in ("region", "governorate") or place.match is not None and place.match.level in ("governorate", "district")


def _without_settings(drafts: list, unit_of: Callable[[Place], Match | None], same_event: Callable,
                      contains: Contains) -> list:
    """A governorate, district, region or capital's bare name with no figure of its own is the report's setting,
    not an incident, when another sentence names a finer place of the same kind of event ("... across Idlib" beside
    "the village of X"); one headline naming both ("Clashes in Aleppo and shelling on X"), or an event of another
    kind there ("clashes continued in Raqqa"), keeps it, unless it is a countryside with a finer place inside."""
    fine = [d for d in drafts if d.place is not None and (_fine(d.place) or d.place.kind in FINE_KINDS and d.place.match is None)]
    return [d for d in drafts if d.has_counts or d.place is None or d.place.added or d.place.kind in FINE_KINDS
            or unit_of(d.place) is None or not any((same_event(d, e) or _countryside(d, e, unit_of, contains))
                                                   and d.sentences.keys().isdisjoint(e.sentences) for e in fine if e is not d)]


def _countryside(d, e, unit_of: Callable[[Place], Match | None], contains: Contains) -> bool:
    """"ريف معرة النعمان الشرقي", "Damascus countryside" with a finer place inside it told for any event: the region
    is where the report is set, not an event's place of its own."""
    quarter = e.place.kind == "neighbourhood" or e.place.match is not None and e.place.match.level == "neighbourhood"
    return d.place.kind == "region" and not quarter and inside(unit_of(d.place), _known(e.place), contains)  # a city's quarter is not in it


def _another(e, d) -> bool:
    """Is e told, in a sentence of its own, as another event ("فجر انتحاري آخر نفسه", "a second car bomb")?"""
    own = [s for i, s in e.sentences.items() if i not in d.sentences]
    return any(t.key in ANOTHER for s in own for t in s.tokens)


def _in_city(place: Place, city: Place) -> bool:
    """A quarter of the city (or a place the text puts at it), not a village elsewhere in its governorate."""
    known = _known(place)
    return _near(place, city) or known is not None and city.match is not None and distance_km(
        known.lat, known.lon, city.match.lat, city.match.lon) <= CITY_KM


def _quarters_told(drafts: list, city, same_event: Callable) -> list:
    """Quarters the gazetteer lacks and the text leaves unplaced ("أحياء السبيل والنيل"), told for the city's event
    with the city's own toll (or the city with none): the city's quarters, where it happened. Quarters that give
    other figures than the city's keep it its own ("Two killed, 30 injured in Aleppo" over 2 + 17 and 5 more)."""
    quarters = [e for e in drafts if e is not city and e.place is not None and e.place.kind == "neighbourhood"
                and e.place.match is None and e.place.hint is None and same_event(city, e)]
    told = [e for e in quarters if e.has_counts]

    def total(kind: str) -> int | None:
        values = [getattr(e, kind) for e in told if getattr(e, kind) is not None]
        return sum(values) if values else None

    return quarters if not city.has_counts or told and (total("killed"), total("wounded")) == (city.killed, city.wounded) else []


def _near(place: Place, city: Place) -> bool:
    """A town the text places at the city (its hint), not merely one in the same district."""
    return place.hint is not None and city.match is not None and place.hint.name_en == city.match.name_en


def province_only(draft, drafts: list) -> bool:
    """A place named only as a province ("in western Idlib province", "the southern province of Daraa") is no
    incident: the text gives no place finer than the governorate, which a map point would pretend to. Nor is a
    governorate's countryside ("in the countryside of Deir ez-Zor") where other sentences name finer places (a
    headline's countryside beside its own town stays, at the region's precision)."""
    place = draft.place
    if place.match is None or place.match.level != "governorate":
        return False
    return place.kind == "governorate" or place.kind == "region" and any(
        d.place.kind not in ("region", "governorate") and not d.place.coarse and d.sentences.keys().isdisjoint(draft.sentences)
        for d in drafts)
