"""One place from several sources: which entries name the same spot (points within DUPLICATE_KM whose names agree),
and a ranked candidate list grouped or thinned by place, so a place's sources add to its prominence once."""
from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import replace

from rapidfuzz import fuzz

from gazetteer.entry import Entry, ocha_quarter
from gazetteer.match import Match
from gazetteer.normalize import is_arabic
from gazetteer.translit import cross_skeletons, vowel_frame

DUPLICATE_KM = 5.0  # one place from several sources
_DUPLICATE_REACH = (DUPLICATE_KM / 111.2) ** 2  # its square in degrees of latitude (longitude scaled by 0.82)
POINT_LEVELS = ("town", "neighbourhood", "landmark", "locality", "subdistrict")


def twin_sets(entries: list[Entry], keys_of: Callable[[int], list[str]], cutoff: float) -> dict[int, frozenset[int]]:
    """Each point entry and the entries of other sources that are the same place: within DUPLICATE_KM,
    under the same match key or the same name in the other script (a GeoNames "Harim" and OSM's "حارم": vowel frames
    of one cross-script skeleton at least `cutoff` alike), unless both write the place in one script and differently
    (_renamed). `keys_of(i)`: entry i's match keys.
    An OCHA city quarter is no one's twin: it would lend a village or wadi of its name its weight out of context.
    Compares only entries that share a key or a cross-script skeleton, neighbours in latitude."""
    reach = _DUPLICATE_REACH
    points = [i for i, entry in enumerate(entries) if entry.level in POINT_LEVELS and not ocha_quarter(entry)]
    groups: dict[object, list[int]] = {}
    for i in points:
        keys = keys_of(i)
        for key in keys:
            groups.setdefault(key, []).append(i)
        # a skeleton of one consonant is too common to pair places by
        for skel in dict.fromkeys(s for key in keys for s in cross_skeletons(key) if len(s) > 1):
            groups.setdefault((skel,), []).append(i)  # a tuple: skeletons and keys never collide
    twins = {i: {i} for i in points}
    frames: dict[int, tuple[tuple[str, str], ...]] = {}  # (cross-script skeleton, vowel frame) of each key, per entry
    firsts: dict[int, dict[str, str]] = {}  # a skeleton's frame as the entry compares it (made when needed)

    def frames_of(i: int) -> tuple[tuple[str, str], ...]:
        found = frames.get(i)
        if found is None:
            found = frames[i] = tuple((s, vowel_frame(k)) for k in keys_of(i) for s in cross_skeletons(k) if len(s) > 1)
        return found

    def alike(i: int, j: int, skel: str) -> bool:
        if i not in firsts:
            firsts[i] = dict(frames_of(i))
        mine = firsts[i][skel]
        return any(s == skel and fuzz.ratio(mine, frame) >= cutoff for s, frame in frames_of(j))

    lat_reach, lats = math.sqrt(reach), [entry.lat for entry in entries]
    for label, members in groups.items():
        if len(members) < 2:
            continue
        members = sorted(members, key=lats.__getitem__)  # only neighbours in latitude can be twins
        for n, i in enumerate(members):
            a = entries[i]
            for j in members[n + 1:]:
                b = entries[j]
                if b.lat - a.lat > lat_reach:
                    break
                if (a.lat - b.lat) ** 2 + ((a.lon - b.lon) * 0.82) ** 2 > reach:  # as same_place
                    continue
                if isinstance(label, str):
                    twins[i].add(j)
                    twins[j].add(i)
                    continue
                if _renamed(keys_of(i), keys_of(j)):
                    continue
                if j not in twins[i] and alike(i, j, label[0]):
                    twins[i].add(j)
                if i not in twins[j] and alike(j, i, label[0]):
                    twins[j].add(i)
    return {i: frozenset(found) for i, found in twins.items()}


def _renamed(mine: list[str], theirs: list[str]) -> bool:
    """True when two entries (their keys) both name their place in one script and share no key there: a source that
    writes it معدان is not the place another writes ميادين, however alike the consonants across scripts."""
    for arabic in (True, False):
        a = {k for k in mine if is_arabic(k) == arabic}
        b = {k for k in theirs if is_arabic(k) == arabic}
        if a and b and not a & b:
            return True
    return False


def by_place(places: list) -> list[list[int]]:
    """Positions in `places` grouped by place (one spot from several sources), in first-seen order."""
    groups: list[list[int]] = []
    for n, place in enumerate(places):
        for group in groups:
            if same_place(places[group[0]], place):
                group.append(n)
                break
        else:
            groups.append([n])
    return groups


def dedupe(ranked: list[tuple[Match, float]]) -> list[tuple[Match, float]]:
    """Drop later candidates that are the same place as an earlier one (another source, same spot);
    the kept one takes the Arabic name and the prominence of its twins."""
    kept: list[tuple[Match, float]] = []
    for group in by_place([m for m, _ in ranked]):
        match = ranked[group[0]][0]
        arabic = next((ranked[n][0].name_ar for n in group if ranked[n][0].name_ar), "")
        kept.append((match if match.name_ar or not arabic else replace(match, name_ar=arabic),
                     max(ranked[n][1] for n in group)))
    return kept


def same_place(a, b) -> bool:
    """Two entries or matches that are one place: points within DUPLICATE_KM, or the same admin unit."""
    if a.level in POINT_LEVELS and b.level in POINT_LEVELS:
        return within(a, b, _DUPLICATE_REACH)
    return a.level == b.level and (a.admin1_pcode, a.admin2_pcode) == (b.admin1_pcode, b.admin2_pcode)


def within(a, b, reach: float) -> bool:
    """Two points closer than `reach`, a distance squared in degrees of latitude (km / 111.2, squared): flat-earth
    distance, longitude scaled by 0.82 (Syria's latitudes), is exact enough at a few tens of km."""
    return (a.lat - b.lat) ** 2 + ((a.lon - b.lon) * 0.82) ** 2 <= reach
