"""A quarter or village where a sentence puts the event a town's figures told: it happened there, the town frames it.

"A car bomb killed seven in the city of Homs" then "the attack was carried out in the Akrameh neighbourhood": the
quarter takes the town's figures and kind, and the town is dropped as only its frame (moved out of lead.py, which
keeps the report-level units).
"""
from __future__ import annotations

from bisect import bisect_left

from gazetteer.core import distance_km

from .events import clause_break
from .merging import absorb, compatible
from .spans import Place
from .text import key_set, stems

CITY_KM = 6.0  # a quarter lies this close to its city's point

STORY = 12  # sentences apart at most for a quarter or village that retells a town's event
RETOLD = key_set("attack violence bombing blast explosion clashes fighting strike raid shelling incident assault ambush")
THE = key_set("the this")
HAPPENED = key_set("took occurred happened struck hit targeted")  # "a drone attack took place on the X village"
SEQUENCE = key_set("before after prior following")  # "Before the attack that left casualties, ... attacked X": another event


def quarter_of_the_event(drafts: list) -> list:
    """"A car bomb killed seven in the city of Homs" then "the attack was carried out in the Akrameh neighbourhood",
    "four killed by a drone in Amuda" then "the drone attack took place on the X village near Amuda": a quarter or
    village where a later sentence puts the event told before without figures of its own is where it happened; the
    town's figures and kind go to it, and the town is only its frame. So is a quarter the sentence of the town's
    figures names in the same clause ("killed two in the city of X ... the blast went off in the Y neighbourhood of
    the city"): the figure is the quarter's, counted once."""
    gone: set[int] = set()  # ids of the cities that became frames
    towns = sorted((min(c.sentences), n, c) for n, c in enumerate(drafts) if c.has_counts and c.place is not None
                   and c.place.match is not None and c.place.match.level == "town")
    for q in drafts:
        if q.place is None or q.has_counts:
            continue
        cities = []
        if q.place.kind in ("neighbourhood", "village") and _retells(q):
            first = min(q.sentences)
            at = bisect_left(towns, (first, -1))  # the towns told in the few sentences before (one story): linear cost
            cities = [c for _, _, c in towns[max(0, at - STORY) : at] if id(c) not in gone
                      and first - min(c.sentences) <= STORY and _locates(q, c) and _same_day(c, q)]
        if not cities and _quarter(q.place):  # (a retelling in the town's own sentence: "... إن الانفجار وقع في حي X")
            cities = [c for _, _, c in towns if id(c) not in gone and _figures_beside(c, q) and _locates(q, c)]
        if len(cities) != 1:
            continue
        absorb(q, cities[0])
        q.sub_event_type = cities[0].sub_event_type  # the kind the story told it as ("the violence" amid "shelling")
        gone.add(id(cities[0]))
    return [d for d in drafts if id(d) not in gone]


def _quarter(place: Place) -> bool:
    """A quarter: designated so ("حي X", "the X neighbourhood") or known to the gazetteer as one."""
    return place.kind == "neighbourhood" or place.kind is None and place.match is not None and place.match.level == "neighbourhood"


def _figures_beside(town, q) -> bool:
    """Does the quarter stand in the clause of one of the town's figures, told as the same event?"""
    tokens = q.frame.sentence.tokens
    return compatible(town, q) and any(
        e[0] != "place" and e[1].index == q.frame.sentence.index and not any(
            clause_break(tokens, k) for k in range(min(e[2], q.place.start), max(e[2], q.place.start)))
        for e in town.evidence)


def _same_day(city, q) -> bool:
    """The same day, or the day before told by the quarter's own words ("killed five, a monitor said Sunday" then
    "the shelling took place in the village of X late Saturday"): the later sentence dates the event."""
    if city.when is None or q.when is None or city.when.date == q.when.date:
        return True
    return bool(q.frame.dates) and 0 < (city.when.date - q.when.date).days <= 1


RETOLD_AR = key_set("التفجير الانفجار الهجوم القصف الغارة الاستهداف الحادث الحادثة الكمين الاعتداء الاشتباك الاشتباكات")
HAPPENED_AR = key_set("وقع وقعت حدث حدثت جرى جرت")
THAT_AR = key_set("الذي التي")
SEQUENCE_AR = key_set("قبل بعد عقب إثر اثر")
NUMBERED_AR = key_set("آخر أخرى الأول الأولى الثاني الثانية الثالث الثالثة الرابع الرابعة الأخير الأخيرة")  # "الانفجار الثاني"
_AR_WORDS = RETOLD_AR | HAPPENED_AR | SEQUENCE_AR  # the words _retells_ar finds behind a proclitic


def _retells(q) -> bool:
    """Does the quarter's sentence refer back to the event before naming it ("The violence broke out in the X
    neighbourhood", "the attack was carried out ... in the X neighbourhood", "ووقع التفجير في قرية X", "أن الانفجار
    الذي وقع ... في حي X")? Not "after the attack", nor another or a numbered one ("الانفجار الثاني")."""
    keys = [t.key for t in q.frame.sentence.tokens[: q.place.start]]
    return any(k in THE and nxt in RETOLD and not (n and keys[n - 1] in SEQUENCE) or k in RETOLD and nxt in HAPPENED
               for n, (k, nxt) in enumerate(zip(keys, keys[1:]))) or _retells_ar(keys)


def _retells_ar(keys: list[str]) -> bool:
    """The Arabic retelling: a definite event noun right after 'it happened' ("ووقع التفجير"), or followed by it
    ("الانفجار وقع", "الانفجار الذي وقع")."""
    base = [next((s for s in stems(k) if s in _AR_WORDS), k) for k in keys]  # "ووقع" -> "وقع", "والتفجير" -> "التفجير"
    for n, k in enumerate(base):
        if k not in RETOLD_AR or n + 1 < len(base) and base[n + 1] in NUMBERED_AR or n and base[n - 1] in SEQUENCE_AR:
            continue
        after = base[n + 1 : n + 3]
        if n and base[n - 1] in HAPPENED_AR or after[:1] and after[0] in HAPPENED_AR \
                or len(after) == 2 and after[0] in THAT_AR and after[1] in HAPPENED_AR:
            return True
    return False


def _locates(q, city) -> bool:
    """Is the quarter in the city: placed there by the text or the gazetteer, or named with no other town around it
    (the city's name in its own sentence, or none at all)?"""
    known = q.place.match or q.place.hint
    if known is not None and not (q.place.match is None and known.level == "governorate"):  # placed no finer: unknown
        return known.name_en == city.place.match.name_en or distance_km(
            known.lat, known.lon, city.place.match.lat, city.place.match.lon) <= CITY_KM or (
            q.place.kind == "village" and known.admin1_pcode == city.place.match.admin1_pcode)  # "five killed in
    # Idlib" (the province's capital for the province) then "the shelling took place in the village of X": X's
    others = [p for p in q.frame.places if p is not q.place and p.match is not None]
    return all(p.match.admin1_pcode == city.place.match.admin1_pcode for p in others)
