"""A lead's figure moved to the finer place where the body sets its event, naming the lead's place beside it.

"قُتل شاب ... في مدينة درعا" then "واستُهدف الشاب ... في حي السبيل بمدينة درعا": the lead says where at the level of
the city, the body at the level of the quarter, and the quarter's own sentence names the city as where the quarter
lies. The figure is the quarter's; the city was only the lead's way of saying where. lead.frame_units keeps a city's
figure when its finer places are told unhurt (they may be other places struck); what tells the detail of the lead's
own event apart is that structure: one finer place, no figure of its own, and the lead's place named in its sentence.
"""
from __future__ import annotations

from typing import Callable

from .spans import FINE_KINDS, Place
from .text import CLAUSE_MARKS

FINE = tuple(k for k in FINE_KINDS if k != "city")  # designators of a place finer than a city
COARSE = ("city", "region", "governorate")  # "مدينة X", "ريف X", "محافظة X": the lead's ways of saying where
COARSE_LEVELS = ("governorate", "district", "region")
SETS_IN = 3  # tokens at most between the finer place and the lead's: "بلدة X بمدخل مدينة Y", "حي X بمدينة Y"
TOLD_IN = 25  # tokens at most from the lead's place told first to a quarter: "the blast in Y took place ... in X district"


def to_finer_place(drafts: list, same_event: Callable[[object, object], bool]) -> list:
    """Each draft with figures at a city or wider place whose event the body sets at one finer place, told without
    figures of its own in a sentence that names the draft's place right after it: the figures go to that place and
    the lead's draft is dropped (its evidence goes along). Other finer places of the same kind of event on that day
    leave it alone: which one the dead are of is not told ("غارات على البوكمال" then "حي X في مدينة البوكمال" and
    "بلدة Y"), and a finer place with figures of its own may have its part in a total."""
    out = list(drafts)
    for d in drafts:
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
