"""Figures told twice in one story: a joint or lead figure that later sentences give place by place is their sum."""
from __future__ import annotations

from .draft import Draft
from .events import event_kind
from .merging import compatible, same_place
from .text import key_set

TOLD_WITHIN = 12  # frames apart at most for a figure told again place by place (one story, not the whole text)
ROUGHLY = key_set("أكثر يزيد الأقل نحو قرابة حوالي more least over about nearly around")
SETTLEMENTS = ("village", "town", "city")  # designated so: a settlement, not the district or governorate it names
QUARTERS = key_set("districts neighbourhoods neighborhoods quarters")  # "neighbourhoods of the city of X"


def told_by_place(groups: list[list[Draft]]) -> None:
    """A joint figure for a list ("three killed in A and B") that other sentences give place by place ("in B, one
    was killed") is their sum, not an event of its own: the places keep their own figures. So is a place's figure
    that later sentences split between it and others ("seven killed in and around A" / "four in A" / "three in B").
    Only the sentences of one story are compared (TOLD_WITHIN), so the cost stays linear in the text's length."""
    for n, group in reversed(list(enumerate(groups))):  # a later total split first no longer counts as a part
        near = [d for g in groups[max(0, n - TOLD_WITHIN) : n + TOLD_WITHIN + 1] for d in g if d.place is not None]
        for head in group:  # (each rule only for a head with a figure to split or a joint figure to drop)
            if head.place is not None and (head.killed or head.wounded):
                _split_total(head, [d for d in near if d.frame.sentence.index > head.frame.sentence.index])
            if head.joint:
                _unjoin(head, [d for d in near if d.frame is not head.frame], group)


def linked_totals(drafts: list[Draft]) -> None:
    """Once figures told in sentences of their own have joined their places ("The attack also injured 17 others"),
    a lead's figure the places now add up to exactly is their total too ("Two killed, 22 injured in Aleppo" over
    "2 killed, 17 injured in A" and "5 more injured in B"): the sentence-by-sentence pass could not see it."""
    for head in drafts:
        _split_total(head, [d for d in drafts if d.place is not None and 0 < d.frame.sentence.index
                            - head.frame.sentence.index <= TOLD_WITHIN])


def _split_total(head: Draft, later: list[Draft]) -> None:
    """A head's figure that later drafts, one of them at its place, add up to exactly: it is their total. A figure
    of the other kind that is not broken down then belongs to all those places, so to none of them alone."""
    split = []
    for kind in ("killed", "wounded"):
        total = getattr(head, kind)
        if not total or head.place is None:
            continue
        told_kinds = {event_kind(t.key) for t in head.frame.sentence.tokens}  # "في اشتباكات وقصف": both kinds
        parts = [d for d in later if getattr(d, kind) is not None and (compatible(head, d) or d.sub_event_type in told_kinds)
                 and not (same_place(head, d) and getattr(d, kind) == total)]  # not the lead retelling a headline
        told = sum(getattr(d, kind) for d in parts)
        every = [d for d in later if getattr(d, kind) is not None and not same_place(head, d)
                 and (head.when is None or d.when is None or head.when.date == d.when.date)]
        if told != total and len(every) > 1 and sum(getattr(d, kind) for d in every) == total and _frames(head, every):
            parts, told = every, total  # "Rocket shelling kills 14 in Idlib": 13 in an air strike on A, 1 shelled in B
        qualified = any(t.key in ROUGHLY for t in head.frame.sentence.tokens)  # "more than 50": the parts may add to 53
        inside = not any(same_place(head, d) for d in parts) and _frames(head, parts)
        if len(parts) > 1 and (inside or any(same_place(head, d) for d in parts)) and (
                told == total or qualified and total < told <= total + max(3, total // 10)):
            setattr(head, kind, None)
            head.notes.append(f"{kind} total {total} given by place")
            head.framing = head.framing or inside
            split.append(kind)
    for kind in ("killed", "wounded"):
        if split and kind not in split and getattr(head, kind):
            head.notes.append(f"{getattr(head, kind)} {kind} in all, not counted here")
            setattr(head, kind, None)


def _frames(head: Draft, parts: list[Draft]) -> bool:
    """Is the head a city or unit ("27 killed in east Aleppo") whose parts are places inside it or quarters the
    gazetteer lacks ("11 in Bustan al-Qasr, eight in al-Kallaseh ...")?"""
    known = head.place.match
    if known is None or known.level not in ("governorate", "district", "region", "town"):
        return False
    named = {p.key() for p in head.frame.places}  # "neighbourhoods of Damascus and Jaramana": places it names too
    settlement = known.level == "town" and head.place.kind in SETTLEMENTS  # "مدينة حمورية", "the town of X": not "منطقة عفرين", a bare "Idlib"
    return all(d.place.match is None and d.place.hint is None or d.place.key() in named or (
        (d.place.match or d.place.hint).admin1_pcode == known.admin1_pcode and (not settlement or _quarter(d.place)))
               for d in parts)


def _quarter(place) -> bool:
    """A quarter (known or designated so): the only part a settlement's figure can be the sum of; the next town of
    its governorate ("13 killed in the town of Hamouriya" beside "10 in neighbouring Saqba") is no part of it."""
    return place.kind == "neighbourhood" or (place.match or place.hint).level in ("neighbourhood", "landmark")


def _unjoin(head: Draft, others: list[Draft], group: list[Draft]) -> None:
    """A joint figure of a list that other sentences give for its places one by one is dropped from the head."""
    for kind, keys in list(head.joint.items()):
        if not any(d.place.key() in keys and getattr(d, kind) is not None for d in others):
            continue
        note = f"joint {kind} figure {getattr(head, kind)} given place by place"
        setattr(head, kind, None)
        del head.joint[kind]
        for d in (g for g in group if g.place is not None and g.place.key() in keys):
            d.notes = [n for n in d.notes if not n.startswith("joint count")] + ([note] if d is head else [])


def quarters_named_later(groups: list[list[Draft]]) -> None:
    """"Jets bombed Kurdish-held neighbourhoods of the city of Hasakah" then "the al-Mufti district", "the Salhiyeh
    district": a city whose unnamed quarters a sentence tells, and whose story goes on to name them, frames them; so
    does a city told without figures whose next sentence names a quarter where the same kind of event struck."""
    for n, group in enumerate(groups):
        for head in group:
            if head.place is None or head.has_counts:
                continue
            quarters = _of_quarters(head)
            if not quarters and head.place.kind != "city":
                continue
            known = head.place.match
            later = [d for g in groups[n + 1 : n + 1 + (TOLD_WITHIN if quarters else 1)] for d in g if d.place is not None
                     and d.place.kind == "neighbourhood" and (head.when is None or d.when is None or head.when.date == d.when.date)
                     and (quarters or d.sub_event_type == head.sub_event_type and not _of_another_city(d, head))]
            # "انفجرت عبوة في مدينة درعا" ... "عبوة في حي القصور" (not "أحياء X في مدينة حلب" after "مدينة دير حافر")
            level = "admin1_pcode" if quarters else "admin2_pcode"  # a city's own quarter lies in its district
            head.framing = head.framing or any(
                (d.place.match or d.place.hint) is None or known is not None
                and getattr(d.place.match or d.place.hint, level) == getattr(known, level) or _placed_in(d, known) for d in later)


def _placed_in(quarter: Draft, city) -> bool:
    """"بحي المحمودية قرب أحد المساجد (وسط عفرين)": the quarter's own sentence puts it in the city (a namesake
    elsewhere in the gazetteer does not move it out)."""
    return city is not None and any(p.role == "context" and p.match is not None and p.match.name_en == city.name_en
                                    for p in quarter.frame.places)


def _of_another_city(quarter: Draft, head: Draft) -> bool:
    """Does the quarter's own sentence name a city other than the head's ("أحياء X، Y في مدينة حلب")?"""
    return any(p.kind == "city" and p.text != head.place.text for p in quarter.frame.places)


def _of_quarters(head: Draft) -> bool:
    """Is the head's place named as the owner of quarters ("districts of Hasakah")? (Arabic أحياء X names the
    quarters themselves.)"""
    if head.place.kind == "neighbourhood":
        return False  # "in the neighborhoods of al-Khalidiyya, al-Rashidin ...": the quarters' own names
    tokens = head.frame.sentence.tokens
    before = [t.key for t in tokens[max(0, head.place.start - 6) : head.place.start]]
    return any(k in QUARTERS and before[i + 1 : i + 2] == ["of"] for i, k in enumerate(before))
