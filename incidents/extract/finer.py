"""A lead's figure moved to the finer place where the body sets its event, naming the lead's place beside it.

"قُتل شاب ... في مدينة درعا" then "واستُهدف الشاب ... في حي السبيل بمدينة درعا": the lead says where at the level of
the city, the body at the level of the quarter, and the quarter's own sentence names the city as where the quarter
lies. The figure is the quarter's; the city was only the lead's way of saying where. lead.frame_units keeps a city's
figure when its finer places are told unhurt (they may be other places struck); what tells the detail of the lead's
own event apart is that structure: one finer place, no figure of its own, and the lead's place named in its sentence.
"""
from __future__ import annotations

from typing import Callable

from gazetteer.core import distance_km

from .spans import FINE_KINDS, Place
from .text import CLAUSE_MARKS, key_set

FINE = tuple(k for k in FINE_KINDS if k != "city")  # designators of a place finer than a city
COARSE = ("city", "region", "governorate")  # "مدينة X", "ريف X", "محافظة X": the lead's ways of saying where
COARSE_LEVELS = ("governorate", "district", "region")
SETS_IN = 3  # tokens at most between the finer place and the lead's: "بلدة X بمدخل مدينة Y", "حي X بمدينة Y"
TOLD_IN = 25  # tokens at most from the lead's place told first to a quarter: "the blast in Y took place ... in X district"
UNNAMED = frozenset("suburb neighborhood neighbourhood district quarter village".split())  # "a suburb of the capital X"
SUBURB = "suburb"
SIDES = frozenset("east west north south".split())  # "in the east of X": a part of X the text does not name
DESERT = frozenset(("desert", "badia", "badiya"))  # "in X desert", "the desert of X": the open land around a town
DESERT_PART = "desert"
DESERT_AR = key_set("بادية", "ببادية", "وبادية", "لبادية", "وببادية")  # "في بادية X": the same, in Arabic
UNNAMED_REACH = 8  # tokens between "a suburb"/"a ... neighborhood" and the lead's place, either side
SETTLEMENT_LEVELS = ("town", "neighbourhood", "landmark")
NEAR_KM = 30.0  # a named place this close to the lead's town may be its unnamed suburb or quarter


def to_finer_place(drafts: list, same_event: Callable[[object, object], bool]) -> list:
    """Each draft with figures at a city or wider place whose event the body sets at one finer place, told without
    figures of its own in a sentence that names the draft's place right after it: the figures go to that place and
    the lead's draft is dropped (its evidence goes along). Other finer places of the same kind of event on that day
    leave it alone: which one the dead are of is not told ("غارات على البوكمال" then "حي X في مدينة البوكمال" and
    "بلدة Y"), and a finer place with figures of its own may have its part in a total. A town's figure told at an
    unnamed part of the town goes to the one place of that event named near it (`_to_the_unnamed_place`)."""
    out = list(drafts)
    for d in drafts:
        if d.has_counts and d.place is not None and d.place.match is not None and not _coarse(d.place):
            _to_the_unnamed_place(d, out, same_event)
            continue
        if not d.has_counts or d.place is None or d.place.match is None or not _coarse(d.place):
            continue
        finer = [e for e in out if e is not d and e.place is not None and _finer_than(e.place, d.place)
                 and same_event(d, e)]
        if len(finer) != 1 or finer[0].has_counts or not _names(finer[0], d.place):
            continue
        e = finer[0]
        e.killed, e.wounded = d.killed, d.wounded
        e.evidence.extend(x for x in d.evidence if x[0] in ("killed", "wounded", "casualties"))
        e.notes.extend(n for n in d.notes if n not in e.notes)
        out.remove(d)
    return out


def _to_the_unnamed_place(d, out: list, same_event: Callable[[object, object], bool]) -> None:
    """A town's figure whose own words (in any sentence it was read from) set the event at a place of the town they
    do not name ("hit a government-held suburb of the capital Damascus, killing seven", "the blast in
    Hasakeh struck ... in a Kurdish neighborhood", "exploded in the east of Deir ez-Zor"): the one other named place of
    that event near the town (or unknown to the gazetteer) is where, when its own figures do not contradict the town's
    ("Jaramana, a pro-Assad suburb"; "the Salihiah district", 40 wounded; "al-Dweir, 70 km east of Deir ez-Zor")."""
    part = _unnamed_part(d)
    if not part:
        return
    key = d.place.key()
    near = [e for e in out if e.place is not None and e.place.key() != key and _settlement(e.place)
            and same_event(d, e) and _near_town(e.place, d.place)]
    if len(near) != 1 or not _agree(d, near[0]):
        return
    e = near[0]
    if part == DESERT_PART and e.place.match is None and e.place.hint is None:
        e.place.hint = d.place.match  # unknown to the gazetteer, told in the town's desert: placed at the town (flagged)
    e.killed, e.wounded = _first(e.killed, d.killed), _first(e.wounded, d.wounded)
    e.evidence.extend(x for x in d.evidence if x[0] in ("killed", "wounded", "casualties"))
    e.notes.extend(n for n in d.notes if n not in e.notes)
    out.remove(d)


def _unnamed_part(x) -> str | bool:
    """Do the words around x's place, in any sentence x was read from, name a part of it without a name ("a suburb
    of", "suburb of", "in a Kurdish neighborhood", "in the east of")?"""
    own = x.frame.sentence.tokens
    keys = [t.key for t in own[x.place.start : x.place.end]]
    spots = [(own, x.place.start, x.place.end)] + [
        (s.tokens, i, i + len(keys)) for s in x.sentences.values() if s is not x.frame.sentence
        for i in range(len(s.tokens) - len(keys) + 1) if [t.key for t in s.tokens[i : i + len(keys)]] == keys]
    return next((part for part in (_unnamed_beside(tokens, start, end) for tokens, start, end in spots) if part), False)


def _unnamed_beside(tokens, start: int, end: int) -> str | bool:
    """Is a place at tokens[start:end] told as the whole of an unnamed part, in its clause ("a government-held
    suburb of the capital X", "X ... in a Kurdish neighborhood", "in the east of X"), or the town's desert ("in X
    desert", "the desert of X", "في بادية X"): the open land around it, where a place the text names may lie?"""
    if end < len(tokens) and tokens[end].key in DESERT or 1 <= start <= len(tokens) and tokens[start - 1].key in DESERT_AR or (
            2 <= start <= len(tokens) and tokens[start - 2].key in DESERT and tokens[start - 1].key == "of"):
        return DESERT_PART
    for k in range(max(0, start - UNNAMED_REACH), min(len(tokens), end + UNNAMED_REACH)):
        if start <= k < end or any(t.text in CLAUSE_MARKS for t in tokens[min(k, start) : max(k, end)]):
            continue
        key = tokens[k].key
        if key in UNNAMED and any(t.key in ("a", "an") for t in tokens[max(0, k - 3) : k]):
            return True  # "a Kurdish neighborhood", "a government-held suburb of X"
        if key == SUBURB and k < start and tokens[k + 1].key in ("of", "in") and tokens[k - 1].key != "the":
            return True  # a headline's "hits government-held suburb of X" (not "the village of X", which names X)
        if key in SIDES and k + 2 == start and tokens[k - 1].key == "the" and tokens[k + 1].key == "of":
            return True  # "in the east of X"
    return False


def _settlement(place: Place) -> bool:
    """A town, village, quarter or site, known or not (not a governorate, district or region)."""
    return place.kind not in COARSE and (place.match is None or place.match.level in SETTLEMENT_LEVELS)


def _near_town(place: Place, town: Place) -> bool:
    """A place the gazetteer lacks (the text names it), or one within NEAR_KM of the town."""
    known = place.match or place.hint
    return known is None or distance_km(known.lat, known.lon, town.match.lat, town.match.lon) <= NEAR_KM


def _agree(lead, e) -> bool:
    """Does the other place tell no other figure of a kind than the town's ("killed 16" at the town, "wounded another
    40" at the quarter; "a child was killed and another wounded" then the same two named there)?"""
    return all(getattr(lead, k) is None or getattr(e, k) in (None, getattr(lead, k)) for k in ("killed", "wounded"))


def _first(own: int | None, lead: int | None) -> int | None:
    return own if own is not None else lead


def _coarse(place: Place) -> bool:
    """A city, a countryside, a governorate or district: the level a lead tells where at."""
    return place.kind in COARSE or place.match.level in COARSE_LEVELS


def _finer_than(place: Place, lead: Place) -> bool:
    """A quarter, village or town ("حي X", "بلدة X"), another place than the lead's."""
    finer = place.kind in FINE or place.match is not None and place.match.level == "neighbourhood"
    return finer and place.key() != lead.key() and (place.match is None or place.match.name_en != lead.match.name_en)


def _names(e, lead: Place) -> bool:
    """Does e's own sentence set e's place in the lead's, naming it right after ("في حي X بمدينة Y", "في بلدة X قرب
    مدينة Y", "بمدخل مدينة Y"), or, for a quarter, shortly before ("the blast in Y took place ... in X district")? The
    lead's place told farther on is another part of the story: the victim was "من قرية X ... أثناء تواجده في مدينة Y",
    the town X was struck "رداً على القصف الذي تعرضت له مدينة Y"."""
    tokens = e.frame.sentence.tokens
    return any(p is not e.place and p.match is not None and p.match.name_en == lead.match.name_en
               and p.match.admin1_pcode == lead.match.admin1_pcode
               and (0 <= p.start - e.place.end <= SETS_IN and not any(t.text in CLAUSE_MARKS for t in tokens[e.place.end : p.start])
                    or _quarter(e.place) and 0 < e.place.start - p.end <= TOLD_IN) for p in e.frame.places)


def _quarter(place: Place) -> bool:
    """A quarter or district of a city ("حي X", "X neighbourhood"): the city told before it in its sentence is where it
    lies ("the blast in Y took place in X neighbourhood"); a village told after a town ("قصف مدينة Y وقرية X") is
    another place struck."""
    return place.kind == "neighbourhood" or place.match is not None and place.match.level == "neighbourhood"
