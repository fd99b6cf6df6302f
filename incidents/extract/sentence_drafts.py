"""The drafts one sentence gives: one per target place, with its figures, event type, actors and date."""
from __future__ import annotations

import datetime as dt

from .actors import CIVILIANS, attacker, victims
from .quantities import AR_OTHERS
from .dates import When
from .draft import Draft
from .events import AIR, ATTACK, CLASH, IED, OTHER, SHELLING, SNIPER, SUICIDE, TERRITORY, event_kind, nearest, territory_type
from .frame import Frame
from .ownership import figure_owner, list_head, note_joint
from .text import CLAUSE_MARKS, key_set, word_key

SIMILAR = key_set("مماثل مماثلة مماثلا مماثلاً مشابه مشابهة similar")
DISPUTE = key_set("خلاف خلافات مشكلة شجار مشاجرة اشتباك")
CLASH_WORD = word_key("اشتباك")
GENERIC = key_set("قصف القصف هجوم الهجوم attack bombardment")  # a word that names an event, not how it was done
BLAST_NOUNS = key_set("انفجار الانفجار انفجارات الانفجارات explosion explosions blast blasts")  # a blast, no device named
STRIKES = (AIR, SHELLING)
SEQUENCE = key_set("after before following بعد قبل")  # "a day after air strikes": another event


def sentence_drafts(frame: Frame, previous: str) -> list[Draft]:
    """One draft per target place; each figure goes to the nearest place, a joint figure is never split."""
    targets = frame.targets
    drafts = [Draft(p, frame, sentences={frame.sentence.index: frame.sentence},
                    evidence=[("place", frame.sentence, p.start, p.end)]) for p in targets]
    if not drafts:
        drafts = [Draft(None, frame, sentences={frame.sentence.index: frame.sentence})]
    told: list[tuple[Draft, str, int]] = []  # (owner, kind, value) of the figures given so far
    earlier: list[tuple[Draft, When]] = []  # figures of the day before, told with the day's ("a day after 14 were killed")
    for count in frame.counts:
        owner = figure_owner(drafts, count, frame)
        if owner is None:
            continue  # the figure of a place the text does not name
        owner = list_head(drafts, owner)
        day = _day_of_its_own(frame, count)
        if day is not None:
            other = Draft(owner.place, frame, sentences={frame.sentence.index: frame.sentence}, evidence=[
                e for e in owner.evidence if e[0] == "place"])
            other.add(count, frame.sentence)
            earlier.append((other, day))
            continue
        if _told_again(frame.sentence.tokens, count, owner, told):
            continue  # "أصيب ثلاثة أشخاص ... ما أسفر عن إصابة ثلاثة من أبناء المدينة": the same three
        told.append((owner, count.kind, count.value))
        owner.add(count, frame.sentence)
        if count.kind != "both" and count.value is not None:
            note_joint(drafts, owner, frame)
    tokens = frame.sentence.tokens
    for d in drafts:
        pos = d.place.start if d.place else (frame.counts[0].pos if frame.counts else 0)
        cue = nearest([c for c in frame.cues if c.sub_event_type != OTHER] or frame.cues, pos, tokens)  # specific first
        d.sub_event_type = cue.sub_event_type if cue and cue.sub_event_type != OTHER else previous  # "23 were killed": the kind told before
        if cue is not None and _the_bombardment(tokens, cue.pos):
            told = [c.sub_event_type for c in frame.cues if c.pos < cue.pos and c.sub_event_type not in (OTHER, TERRITORY)]
            d.sub_event_type = told[-1] if told else d.sub_event_type
        if cue is not None and cue.sub_event_type == IED and _bare_blast(tokens, cue.pos):
            struck = [c.sub_event_type for c in frame.cues if c.sub_event_type in STRIKES
                      and not any(t.key in SEQUENCE for t in tokens[max(0, c.pos - 4) : c.pos])]  # not "a day after strikes"
            d.sub_event_type = struck[0] if struck else previous if previous in STRIKES and _definite(tokens, cue.pos) \
                else d.sub_event_type  # "انفجار عنيف ... نتيجة قصف", "the explosion" after a strike: the strike's blast
        if cue is not None and previous != OTHER and tokens[cue.pos].stem in GENERIC and any(
                t.key in SIMILAR for t in tokens[cue.pos + 1 : cue.pos + 3]):
            d.sub_event_type = previous  # "تعرضت بدورها لقصف مماثل", "a similar attack": the kind told before
        d.actor2 = victims(frame.actors, tokens, [c.pos for c in frame.counts])
        d.actor1 = attacker(frame.actors, cue.pos if cue else None, d.actor2)
        d.when = _date_of(frame, pos)
        if d.sub_event_type == IED and any(c.sub_event_type == SUICIDE for c in frame.cues):
            d.sub_event_type = SUICIDE  # "انتحاري فجر نفسه بسيارة مفخخة": the bomber's own explosives
        if d.sub_event_type == OTHER and d.actor2 == CIVILIANS and d.actor1 is not None:
            d.sub_event_type = ATTACK  # "forces killed 82 civilians": violence against civilians
        if d.sub_event_type == TERRITORY:
            d.sub_event_type = territory_type(d.actor1)
        elif d.sub_event_type == ATTACK and cue is not None and tokens[cue.pos].key in SNIPER and d.actor2 not in (None, CIVILIANS):
            d.sub_event_type = CLASH  # ACLED: sniper fire on fighters is part of the fighting
        elif d.sub_event_type == ATTACK and cue is not None and any(
                t.stem in DISPUTE and (k < cue.pos or t.stem == CLASH_WORD) for k, t in enumerate(tokens)):
            d.sub_event_type = CLASH  # "خلاف عائلي تطور إلى إطلاق النار", "إطلاق نار ناجم عن اشتباك": a fight, not a one-sided attack
    for other, day in earlier:
        other.sub_event_type, other.actor1, other.actor2 = drafts[0].sub_event_type, drafts[0].actor1, drafts[0].actor2
        other.when = day
        drafts.append(other)
    return drafts


def _told_again(tokens, count, owner: Draft, told: list) -> bool:
    """Is the figure one the sentence already gave the same place ("أصيب ثلاثة أشخاص بجروح ... تبعه إطلاق نار، ما
    أسفر عن إصابة ثلاثة من أبناء المدينة"): the same kind and number again, not "three others"?"""
    if count.value is None or not any(o is owner and k == count.kind and v == count.value for o, k, v in told):
        return False
    return not any(t.stem in AR_OTHERS or t.key in ("other", "others", "more")
                   for t in tokens[count.pos : (count.end or count.pos + 1) + 1])


DAY_BEFORE = [["a", "day", "after"], ["the", "day", "after"], ["one", "day", "after"]]


def _day_of_its_own(frame: Frame, count) -> When | None:
    """The day of a figure told as an earlier event of the same place: "five were killed on Wednesday, a day after 14
    civilians were killed in the same district", "..., after 15 people were killed in strikes on the town on
    Wednesday" (another day than the sentence's)."""
    tokens, base = frame.sentence.tokens, frame.when
    if base is None or base.precision != "day":
        return None
    keys = [t.key for t in tokens[max(0, count.pos - 3) : count.pos]]
    if keys in DAY_BEFORE:
        return When(count.pos, base.date - dt.timedelta(days=1), "day", "a day after")
    if "after" not in keys[-2:]:
        return None
    end = next((k for k in range(count.pos, len(tokens)) if tokens[k].text in CLAUSE_MARKS), len(tokens))
    return next((w for w in frame.dates if count.pos < w.pos < end and w.precision == "day" and w.date < base.date), None)


THE_BOMBARDMENT = word_key("القصف")


def _the_bombardment(tokens, pos: int) -> bool:
    """"غارات على البارة، فيما اقتصرت الأضرار على الماديات في القصف على خان شيخون": "the bombardment", definite and
    with no kind after it, is the one its sentence told before (here the air strikes), not shelling of its own."""
    nxt = tokens[pos + 1].key if pos + 1 < len(tokens) else ""
    return tokens[pos].stem == THE_BOMBARDMENT and event_kind(nxt) is None


def _bare_blast(tokens, pos: int) -> bool:
    """Is the IED cue at pos a blast with no device named in the next words ("دوى انفجار عنيف", "the explosion that
    hit X"), not "انفجار سيارة مفخخة", "an explosion of a landmine"?"""
    return tokens[pos].stem in BLAST_NOUNS and not any(
        event_kind(t.key) in (IED, SUICIDE) for t in tokens[pos + 1 : pos + 4])


def _definite(tokens, pos: int) -> bool:
    """"الانفجار", "the explosion": a blast the report already told of."""
    return tokens[pos].key.startswith("ال") or pos > 0 and tokens[pos - 1].key == "the"


def _date_of(frame: Frame, pos: int) -> When | None:
    """The sentence's date nearest the place ("said on Tuesday that ... killed ... on Monday" -> Monday)."""
    if len(frame.dates) < 2:
        return frame.when
    anchor = min((pos, *(c.pos for c in frame.counts)), key=lambda p: abs(p - pos))
    return min(frame.dates, key=lambda w: (abs(w.pos - anchor), w.pos))

