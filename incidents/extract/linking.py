"""Sentences joined into incidents: figures without a place go to the place told next to them; retellings fold."""
from __future__ import annotations

from bisect import bisect_right

from .draft import Draft
from .frame import Frame
from .lead import ANOTHER
from .quarters import RETOLD, THE
from .merging import absorb, compatible, fold
from .ownership import note_joint
from .spans import FINE_KINDS
from .totals import TOLD_WITHIN
from .text import key_set, word_key

LINK_DISTANCE = 2  # sentences between counts and the place they belong to
BOTH = key_set("both two الهجومين الغارتين التفجيرين الانفجارين كلا")  # "in the two attacks"
THERE = key_set("البلدة بالبلدة المدينة بالمدينة القرية بالقرية")  # "في البلدة": the town told before
PLACE_BACK = key_set("town village city neighborhood neighbourhood district")  # "in the town", "the same neighborhood"
IN_AR = word_key("في")
REPRISAL = key_set("response retaliation reprisal")  # "in response", "in retaliation"
ALSO = key_set("also too")  # "two fighters were also wounded in the attack on X"
RETELLING = RETOLD | key_set("strikes attacks raids airstrikes bombings explosions")  # "in the strikes on X": the event told
EARLIER = key_set("أولية أولي الأولية السابقة سابقة initial preliminary earlier first previous")  # a toll since updated


def link(frames: list[Frame], drafts: list[list[Draft]]) -> list[Draft]:
    """Give figures without a place to the place the next or previous sentence names; fold retellings."""
    out: list[Draft] = []
    last_group: list[Draft] = []
    pending: Draft | None = None
    told = [f.sentence.index for f in frames if not _retells_only(f)]  # sentences that tell violence (the others only
    # describe: "No group claimed the attack" does not part the Observatory's toll from the town told before it)
    for n, (frame, group) in enumerate(zip(frames, drafts)):
        idx = frame.sentence.index
        placeless = group[0].place is None
        if placeless and _reprisal(group[0]):
            continue  # "Turkey said it killed more than 100 regime personnel in response": another event, placed nowhere
        if placeless:
            last = [d for d in last_group if d.frame is out[-1].frame] if out else []
            same = [d for d in last if not _told_as_another(d)] or last  # not "... foiled another car bomb near X"
            prev = next((d for d in last if d.has_counts), same[-1] if same else None)  # "Seven others were injured"
            member = prev
            prev = prev if prev is None or prev.has_counts else _head_of_list(last, prev)
            if prev and prev.place is not None and group[0].has_counts and _another_day_there(prev, group[0]):
                _place_at(group[0], prev)  # "On Thursday, a motorbike blew up in the city centre, killing four"
                out.append(group[0])
            elif prev and _apart(told, max(prev.sentences, default=prev.frame.sentence.index), idx) <= LINK_DISTANCE \
                    and (group[0].has_counts or group[0].notes) \
                    and (compatible(prev, group[0]) or _toll_of(prev, group[0]) or _told_there(group[0])):
                if member is not prev and _given_by_place(last, prev, group[0], drafts[n + 1 : n + 1 + TOLD_WITHIN]):
                    continue
                story = [d for d in out if d.has_counts and idx - d.frame.sentence.index <= LINK_DISTANCE]
                lead = prev.killed
                _figures_for(_first_of_both(story, group[0]) or prev, [d for d in last if d.has_counts], group[0])
                if member is not prev and prev.has_counts:
                    note_joint(last, prev, prev.frame)  # the list's figure, kept on its first place, not split
                days = [d for d in group[1:] if d.place is None and d.has_counts and prev.place is not None]
                for earlier in days:  # "..., a day after 14 civilians were killed in the same district": its own day
                    _place_at(earlier, prev)
                    out.append(earlier)
                if days and lead and group[0].killed and lead == group[0].killed + sum(d.killed or 0 for d in days):
                    prev.killed = group[0].killed  # "the toll from two days of shelling rose to 19": 5 today, 14 before
            elif group[0].has_counts or group[0].notes:
                pending = group[0]
            continue
        if pending is not None and idx - pending.frame.sentence.index <= LINK_DISTANCE and _other_kinds(group[0], pending) \
                and compatible(group[0], pending):
            absorb(group[0], pending)
            pending = None
        if frame.anaphors and not any(d.has_counts for d in group) and out:
            source = [d for d in out if d.has_counts and idx - d.frame.sentence.index <= LINK_DISTANCE]
            if source and all(d.place is None or d.place.coarse and d.place.kind not in FINE_KINDS for d in source):
                for d in source:
                    absorb(group[0], d)
                    out.remove(d)
        out.extend(group)
        last_group = group
    if pending is not None:
        out.append(pending)
    return fold(out, frames[0].sentence.index if frames else 0)


def _head_of_list(group: list[Draft], member: Draft) -> Draft:
    """"shelled the towns of A and B. Eight civilians were wounded in the shelling": a figure the next sentence gives
    the places of a list goes to its first place, as a figure told with the list is kept there (`list_head`)."""
    if member.place is None or member.place.joined_to is None:
        return member
    head = member.frame.places[member.place.joined_to]
    return next((d for d in group if d.place is head), member)


def _given_by_place(group: list[Draft], head: Draft, loose: Draft, later: list[list[Draft]]) -> bool:
    """Is the figure the next sentence gives a list's places one the story goes on to give place by place ("car bombs
    exploded in A and B. Medics counted 30 dead. In B, 12 were killed ..."): their total, counted at none of them
    (said so on the first)?"""
    listed = [head.place] + [d.place for d in group if d.place is not None and d.place.joined_to is not None
                             and d.frame.places[d.place.joined_to] is head.place]
    keys = {p.key() for p in listed}
    kinds = [k for k in ("killed", "wounded") if getattr(loose, k) is not None]
    if not any(d.place is not None and d.place.key() in keys and getattr(d, k) is not None for g in later for d in g
               for k in kinds):
        return False
    names = ", ".join(p.text for p in listed)
    head.notes.extend(f"{getattr(loose, k)} {k} in all for {names}, given place by place, not counted here" for k in kinds)
    return True


def _apart(told: list[int], before: int, idx: int) -> int:
    """How many sentences telling violence lie after sentence `before` up to `idx`: one that only describes ("Militants
    used improvised rocket launchers") does not part a figure from the place told before it."""
    return bisect_right(told, idx) - bisect_right(told, before)


def _retells_only(frame: Frame) -> bool:
    """Does the sentence only speak of the event told before ("No group claimed the attack", "Rescuers searched for
    casualties"): no place, figure or day, each event word (if any) a "the"/"this" one?"""
    tokens = frame.sentence.tokens
    return not frame.places and not frame.dates and not any(c.value for c in frame.counts) \
        and all(any(t.key in THE for t in tokens[max(0, c.pos - 3) : c.pos]) for c in frame.cues)


def _reprisal(loose: Draft) -> bool:
    """Does the placeless sentence tell a reprisal for the event before ("in response", "in retaliation")?"""
    keys = [t.key for t in loose.frame.sentence.tokens]
    return any(k in ("in", "as") and nxt in REPRISAL for k, nxt in zip(keys, keys[1:]))


def _told_as_another(d: Draft) -> bool:
    """Is the draft's place told with another event of the sentence ("in Homs, at a time the regime announced it
    foiled another car bomb attack on the outskirts of Damascus")?"""
    tokens = d.frame.sentence.tokens
    return d.place is not None and any(t.key in ANOTHER for t in tokens[max(0, d.place.start - 8) : d.place.start])


def _other_kinds(placed: Draft, loose: Draft) -> bool:
    """Does the placed sentence give none of the loose figures' kinds ("An attack killed three fighters" then "two
    fighters were also wounded in the attack on X": X's wounded, and the three killed too)?"""
    if not placed.has_counts:
        return True
    also = any(t.key in ALSO for t in placed.frame.sentence.tokens)  # the same event's further casualties
    return (also or _retold(placed)) and not any(getattr(placed, k) is not None and getattr(loose, k) is not None for k in ("killed", "wounded"))


def _retold(placed: Draft) -> bool:
    """Does the placed sentence refer back to the event ("40 others were injured in the July 8 strikes on X")?"""
    keys = [t.key for t in placed.frame.sentence.tokens]
    return any(key in RETELLING and "the" in keys[max(0, k - 3) : k] for k, key in enumerate(keys))


def _told_there(loose: Draft) -> bool:
    """"... عنصر من قسد في البلدة ... مما أسفر عن وفاة 3 شبان", "in the town", "the same neighborhood was shelled": the
    sentence goes on at the place told before, whatever kind its own words read."""
    keys = [t.key for t in loose.frame.sentence.tokens]
    return any(key in THERE and (key[:1] == "ب" or k and keys[k - 1] == IN_AR)
               or key in PLACE_BACK and k > 1 and keys[k - 2 : k] in (["in", "the"], ["the", "same"]) for k, key in enumerate(keys))


def _another_day_there(prev: Draft, loose: Draft) -> bool:
    """Does a placeless sentence tell, on a day of its own, an event in the town told before ("in the city centre",
    "في المدينة"): another incident there, not more figures of the first?"""
    own = loose.frame.dates and loose.when is not None and prev.when is not None and loose.when.date != prev.when.date
    return bool(own) and _told_there(loose)


def _place_at(loose: Draft, placed: Draft) -> None:
    """The loose draft takes the place of the one told before (and that place's evidence)."""
    loose.place = placed.place
    loose.evidence.extend(e for e in placed.evidence if e[0] == "place")


def _toll_of(prev: Draft, loose: Draft) -> bool:
    """A death toll right after an event told without one ("Clashes broke out in X. Two gunmen were killed") is its
    toll, whatever kind its own words suggest."""
    return loose.killed is not None and not prev.has_counts and loose.frame.sentence.index - prev.frame.sentence.index == 1 \
        and (prev.when is None or loose.when is None or prev.when.date == loose.when.date or _counted_back(loose))


def _counted_back(loose: Draft) -> bool:
    """Is the loose sentence's day counted back from the one told before ("mourners gathered on Saturday ... The
    attack, which occurred the day prior, killed eight")? Then the day before was not its event's (a funeral's, a
    protest's): its toll goes to the event told there, with the day it gives."""
    return loose.when is not None and loose.when.after_previous < 0


def _first_of_both(story: list[Draft], loose: Draft) -> Draft | None:
    """"Another 50 were wounded in the two attacks": a figure for the attacks told before goes to the first of them."""
    both = any(t.key in BOTH for t in loose.frame.sentence.tokens)
    places = {d.place.key() for d in story if d.place is not None}
    return story[0] if both and len(places) == 2 else None


def _figures_for(prev: Draft, counted: list[Draft], loose: Draft) -> None:
    """A sentence's figures without a place continue the sentence before: they go to its place, unless it gave
    several places their own figures (then they total them: "14 in A, 11 in B ... more than 200 wounded") or they
    are an earlier toll of figures it already gave ("an initial toll had said 18")."""
    kinds = [k for k in ("killed", "wounded") if getattr(loose, k) is not None]
    for k in [k for k in kinds if f"{k} total {getattr(loose, k)} given by place" in prev.notes]:
        setattr(loose, k, None)  # "Among the eight killed, six were children": the total the places gave, told again
        kinds.remove(k)
    earlier = any(t.key in EARLIER for t in loose.frame.sentence.tokens)
    if len(counted) > 1 and kinds or earlier and kinds and all(getattr(prev, k) is not None for k in kinds):
        note = "; ".join(f"{getattr(loose, k)} {k} {'in an earlier toll' if earlier else 'in all'}" for k in kinds)
        for d in counted or [prev]:
            d.notes.append(f"{note}, not counted here")
        return
    more = {k: getattr(prev, k) + getattr(loose, k) for k in kinds if getattr(prev, k) and _one_more(loose)}
    its_day = not prev.has_counts and _counted_back(loose)
    absorb(prev, loose)
    if its_day:
        prev.when = loose.when
    for k, n in more.items():
        setattr(prev, k, n)  # "His assistant was also killed": one more, not the one told again


def _one_more(loose: Draft) -> bool:
    """Does the sentence tell one more person hit ("His assistant, from the same village, was also killed")?"""
    keys = [t.key for t in loose.frame.sentence.tokens]
    return bool(keys) and keys[0] in ("his", "her", "their") and "also" in keys

