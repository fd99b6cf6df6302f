"""One report to incidents: sentence frames, counts given to places, anaphora and retellings merged."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from gazetteer import Gazetteer

from incidents.record import Incident

from .actors import CIVILIANS, ActorMention, actor_mentions, attacker, victims
from .breakdown import breakdown
from .casualties import Count, counts
from .dates import When, find_dates
from .events import AIR, ATTACK, CLAUSE_BREAKS, CLASH, EVENT_TYPE, OTHER, SNIPER, TERRITORY, EventCue, event_cues, event_kind, nearest, not_conflict, strike_log, territory_type
from .lead import FINE_KINDS, frame_units
from .lookup import SAME_NAME, lookup_for
from .spans import Place
from .place_words import JOINERS
from .places import PlaceFinder
from .evidence import Span
from .text import Cleaned, Sentence, arabic_word, clean_text, detect_language, key_set, sentences, stems, tokenize, word_key

LINK_DISTANCE = 2  # sentences between counts and the place they belong to
TOLD_WITHIN = 12  # frames apart at most for a figure told again place by place (one story, not the whole text)
ON = key_set("على on")
ASIDE_OPENERS = key_set("including among بينهم بينهن منهم")
BOTH = key_set("both two الهجومين الغارتين التفجيرين الانفجارين كلا")  # "in the two attacks"
ROUGHLY = key_set("أكثر يزيد الأقل نحو قرابة حوالي more least over about nearly around")
TALLY_WORDS = key_set("since منذ خلال")
PERIODS = key_set("year years month months week weeks beginning start january february march april may june july "
                  "august september october november december عام العام السنة الشهر الأسبوع بداية مطلع مطلع كانون شباط "
                  "آذار نيسان أيار حزيران تموز آب أيلول تشرين")
EARLIER = key_set("أولية أولي الأولية السابقة سابقة initial preliminary earlier first previous")  # a toll since updated
FIGURE_FIELDS = {"killed": "killed", "wounded": "wounded", "both": "casualties"}


@dataclass
class Frame:
    """What one sentence says about violence: its cues, casualty figures, places, actors and date."""

    sentence: Sentence
    cues: list[EventCue]
    counts: list[Count]
    anaphors: list[str]
    places: list[Place]
    actors: list[ActorMention]
    when: When | None
    dates: list[When] = field(default_factory=list)

    @property
    def targets(self) -> list[Place]:
        return [p for p in self.places if p.role == "target"]


@dataclass
class Draft:
    """An incident being assembled: a place, its figures and the sentences it comes from."""

    place: Place | None
    frame: Frame
    killed: int | None = None
    wounded: int | None = None
    notes: list[str] = field(default_factory=list)
    sentences: dict[int, Sentence] = field(default_factory=dict)  # by index in the report
    sub_event_type: str = OTHER
    actor1: str | None = None
    actor2: str | None = None
    when: When | None = None
    evidence: list[tuple[str, Sentence, int, int]] = field(default_factory=list)  # field, sentence, token range
    joint: dict[str, tuple[str, ...]] = field(default_factory=dict)  # kind -> place keys a joint figure of it covers

    def add(self, count: Count, sentence: Sentence) -> None:
        if count.value is not None and count.kind in FIGURE_FIELDS:
            self.evidence.append((FIGURE_FIELDS[count.kind], sentence, count.pos, count.end or count.pos + 1))
        if count.note:
            self.notes.append(count.note)
        if count.value is None or count.kind not in ("killed", "wounded"):
            return
        before = getattr(self, count.kind)
        if count.total:
            setattr(self, count.kind, max(before or 0, count.value))
        else:
            setattr(self, count.kind, (before or 0) + count.value)

    @property
    def has_counts(self) -> bool:
        return self.killed is not None or self.wounded is not None


def _frame(sentence: Sentence, finder: PlaceFinder, published: dt.date, governorate,
           named: frozenset[str] = frozenset()) -> Frame | None:
    """What a sentence says about violence, or None when it names no event and gives no figure."""
    tokens = sentence.tokens
    cues = event_cues(tokens)
    if not_conflict(tokens) and all(c.sub_event_type == OTHER for c in cues):
        return None  # an earthquake "killed" people: no conflict event
    arabic = any(arabic_word(t.key) for t in tokens)
    found, anaphors = counts(tokens, arabic)
    found = breakdown(tokens, found, anaphors)
    tally = next((i for i, t in enumerate(tokens) if t.key in TALLY_WORDS and _period_after(tokens, i)), None)
    if tally is not None:  # "Since late April, more than 300 civilians have been killed": a tally, not an event
        found = [c for c in found if c.pos < tally]
        if not found and all(c.sub_event_type == OTHER for c in cues):
            return None
    log = strike_log(tokens) if not cues else None
    if log is not None:
        cues = [EventCue(log[0], AIR if log[1] else OTHER)]  # a strike log's coded line is one air strike there
    if not cues and not anaphors and not any(c.value for c in found):
        return None  # no event named, no figure: a statement, a threat, background
    actors = actor_mentions(tokens)
    places = finder.find(tokens, actors, cues, governorate, named)
    if places and all(p.role == "outside Syria" for p in places):
        return None
    dates = find_dates(tokens, published)
    return Frame(sentence, cues, found, anaphors, places, actors, dates[0] if dates else None, dates)


def _period_after(tokens, i: int) -> bool:
    """Does a month, a year or the start of one follow "since" / "منذ" / "خلال" within a few words?"""
    return any(t.key in PERIODS or stems(t.key)[-1] in PERIODS or t.key.isdigit() and len(t.key) == 4
               for t in tokens[i + 1 : i + 5])


def _drafts(frame: Frame, previous: str) -> list[Draft]:
    """One draft per target place; each figure goes to the nearest place, a joint figure is never split."""
    targets = frame.targets
    drafts = [Draft(p, frame, sentences={frame.sentence.index: frame.sentence},
                    evidence=[("place", frame.sentence, p.start, p.end)]) for p in targets]
    if not drafts:
        drafts = [Draft(None, frame, sentences={frame.sentence.index: frame.sentence})]
    for count in frame.counts:
        owner = _list_head(drafts, _owner(drafts, count, frame))
        owner.add(count, frame.sentence)
        if count.kind != "both" and count.value is not None:
            _note_joint(drafts, owner, frame)
    tokens = frame.sentence.tokens
    for d in drafts:
        pos = d.place.start if d.place else (frame.counts[0].pos if frame.counts else 0)
        cue = nearest([c for c in frame.cues if c.sub_event_type != OTHER] or frame.cues, pos, tokens)  # specific first
        d.sub_event_type = cue.sub_event_type if cue and cue.sub_event_type != OTHER else previous  # "23 were killed": the kind told before
        d.actor2 = victims(frame.actors, tokens, [c.pos for c in frame.counts])
        d.actor1 = attacker(frame.actors, cue.pos if cue else None, d.actor2)
        d.when = _date_of(frame, pos)
        if d.sub_event_type == OTHER and d.actor2 == CIVILIANS and d.actor1 is not None:
            d.sub_event_type = ATTACK  # "forces killed 82 civilians": violence against civilians
        if d.sub_event_type == TERRITORY:
            d.sub_event_type = territory_type(d.actor1)
        elif d.sub_event_type == ATTACK and cue is not None and tokens[cue.pos].key in SNIPER and d.actor2 not in (None, CIVILIANS):
            d.sub_event_type = CLASH  # ACLED: sniper fire on fighters is part of the fighting
    return drafts


def _date_of(frame: Frame, pos: int) -> When | None:
    """The sentence's date nearest the place ("said on Tuesday that ... killed ... on Monday" -> Monday)."""
    if len(frame.dates) < 2:
        return frame.when
    anchor = min((pos, *(c.pos for c in frame.counts)), key=lambda p: abs(p - pos))
    return min(frame.dates, key=lambda w: (abs(w.pos - anchor), w.pos))


def _distance(place: Place | None, pos: int) -> tuple[int, int]:
    if place is None:
        return (0, 0)
    if place.start <= pos < place.end:
        return (0, 0)
    return (min(abs(place.start - pos), abs(place.end - 1 - pos)), place.start < pos)


def _owner(drafts: list[Draft], count: Count, frame: Frame) -> Draft:
    """The place a figure belongs to: the one right after "N ... in", else the nearest."""
    tokens = frame.sentence.tokens
    end = count.end or count.pos + 1
    if end < len(tokens) and (tokens[end].key in ("in", "at", "near") or tokens[end].key == "في"):
        after = [d for d in drafts if d.place is not None and 0 < d.place.start - end <= 5]  # "in the town of X"
        if after:
            return after[0]
    clause = _clauses(tokens)
    later = min((c.pos for c in frame.counts if c.pos > count.pos), default=len(tokens))
    starts = {d.place.start for d in drafts if d.place is not None}
    aside = False
    for k in range(end, min(end + 12, later, len(tokens))):  # "seven others, including two children, were killed in X"
        if clause[k] != clause[count.pos] or k in starts:
            break  # another clause, or a place of its own first ("خمسة آخرون بقصف على بلدة X، بحسب ... في Y")
        if tokens[k].text in (",", "،"):
            if not aside and not (k + 1 < len(tokens) and tokens[k + 1].key in ASIDE_OPENERS):
                break  # "50 killed across the country, most of them in X": the comma ends the figure's own words
            aside = not aside
            continue
        caused_on = tokens[k].key in ON and event_kind(tokens[k - 1].key) is not None  # "مدنيان بقصف مدفعي على X"
        if tokens[k].key in ("in", "at") or tokens[k].key == "في" or caused_on:
            after = [d for d in drafts if d.place is not None and 0 < d.place.start - k <= 3]
            if after:
                return after[0]
            break
    own = [d for d in drafts if d.place is not None and clause[d.place.start] == clause[count.pos]]
    cues = [c.pos for c in frame.cues if c.sub_event_type != OTHER]
    told = [d for d in own if not (d.place.start > end and any(end <= c < d.place.start and any(
        tokens[k].text in (",", "،") for k in range(end, c)) for c in cues))]  # "، بالتزامن مع قصف استهدف X"
    return min(told or own or drafts, key=lambda d: _distance(d.place, count.pos))  # not a place of the next attack  # "..., فيما أصيب خمسة بقصف على X": X's


def _clauses(tokens) -> list[int]:
    """The clause number of each token: a new clause after "؛", ";", "while", "فيما", "بينما"."""
    out, n = [], 0
    for t in tokens:
        n += t.key in CLAUSE_BREAKS
        out.append(n)
    return out


def _list_head(drafts: list[Draft], owner: Draft) -> Draft:
    """The first place of the list the owner belongs to ("A, B and C"): a joint figure is kept there."""
    if owner.place is not None and owner.place.joined_to is not None:
        targets = [d for d in drafts if d.place is not None]
        head = owner.frame.places[owner.place.joined_to]
        return next((d for d in targets if d.place is head), owner)
    return owner


def _note_joint(drafts: list[Draft], owner: Draft, frame: Frame) -> None:
    """A figure for a list of places ("killing 7 in A, B and C") covers them all: say so on each."""
    if owner.place is None:
        return
    tokens = frame.sentence.tokens
    head = frame.places.index(owner.place)
    group = [owner]
    for d in drafts[drafts.index(owner) + 1 :]:
        if d.place is None:
            break
        gap = tokens[group[-1].place.end : d.place.start]
        joined = d.place.joined_to == head or (
            all(t.key in JOINERS for t in gap) and len(gap) <= 2 and (gap or tokens[d.place.start].key[:1] == "و")
        )
        if not joined:
            break
        group.append(d)
    if len(group) > 1:
        names = ", ".join(d.place.text for d in group)
        for d in group:
            d.notes.append(f"joint count for {names}; kept on {owner.place.text}, not split")
        for kind in ("killed", "wounded"):
            if getattr(owner, kind) is not None:
                owner.joint[kind] = tuple(d.place.key() for d in group)


def _told_by_place(groups: list[list[Draft]]) -> None:
    """A joint figure for a list ("three killed in A and B") that other sentences give place by place ("in B, one
    was killed") is their sum, not an event of its own: the places keep their own figures. So is a place's figure
    that later sentences split between it and others ("seven killed in and around A" / "four in A" / "three in B").
    Only the sentences of one story are compared (TOLD_WITHIN), so the cost stays linear in the text's length."""
    for n, group in enumerate(groups):
        near = [d for g in groups[max(0, n - TOLD_WITHIN) : n + TOLD_WITHIN + 1] for d in g if d.place is not None]
        for head in group:
            _split_total(head, [d for d in near if d.frame.sentence.index > head.frame.sentence.index])
            _unjoin(head, [d for d in near if d.frame is not head.frame], group)


def _split_total(head: Draft, later: list[Draft]) -> None:
    """A head's figure that later drafts, one of them at its place, add up to exactly: it is their total."""
    for kind in ("killed", "wounded"):
        total = getattr(head, kind)
        if not total or head.place is None:
            continue
        parts = [d for d in later if getattr(d, kind) is not None and _compatible(head, d)
                 and not (_same_place(head, d) and getattr(d, kind) == total)]  # not the lead retelling a headline
        told = sum(getattr(d, kind) for d in parts)
        qualified = any(t.key in ROUGHLY for t in head.frame.sentence.tokens)  # "more than 50": the parts may add to 53
        if len(parts) > 1 and any(_same_place(head, d) for d in parts) and (
                told == total or qualified and total < told <= total + max(3, total // 10)):
            setattr(head, kind, None)
            head.notes.append(f"{kind} total {total} given by place")


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


def _link(frames: list[Frame], drafts: list[list[Draft]]) -> list[Draft]:
    """Give figures without a place to the place the next or previous sentence names; fold retellings."""
    out: list[Draft] = []
    last_group: list[Draft] = []
    pending: Draft | None = None
    for frame, group in zip(frames, drafts):
        idx = frame.sentence.index
        placeless = group[0].place is None
        if placeless:
            last = [d for d in last_group if d.frame is out[-1].frame] if out else []
            prev = next((d for d in last if d.has_counts), last[-1] if last else None)  # "Seven others were injured"
            if prev and idx - prev.frame.sentence.index <= LINK_DISTANCE and (group[0].has_counts or group[0].notes) \
                    and _compatible(prev, group[0]):
                story = [d for d in out if d.has_counts and idx - d.frame.sentence.index <= LINK_DISTANCE]
                _figures_for(_first_of_both(story, group[0]) or prev, [d for d in last if d.has_counts], group[0])
            elif group[0].has_counts or group[0].notes:
                pending = group[0]
            continue
        if pending is not None and idx - pending.frame.sentence.index <= LINK_DISTANCE and not group[0].has_counts \
                and _compatible(group[0], pending):
            _absorb(group[0], pending)
            pending = None
        if frame.anaphors and not any(d.has_counts for d in group) and out:
            source = [d for d in out if d.has_counts and idx - d.frame.sentence.index <= LINK_DISTANCE]
            if source and all(d.place is None or d.place.coarse and d.place.kind not in FINE_KINDS for d in source):
                for d in source:
                    _absorb(group[0], d)
                    out.remove(d)
        out.extend(group)
        last_group = group
    if pending is not None:
        out.append(pending)
    return _fold(out)


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
    earlier = any(t.key in EARLIER for t in loose.frame.sentence.tokens)
    if len(counted) > 1 and kinds or earlier and kinds and all(getattr(prev, k) is not None for k in kinds):
        note = "; ".join(f"{getattr(loose, k)} {k} {'in an earlier toll' if earlier else 'in all'}" for k in kinds)
        for d in counted or [prev]:
            d.notes.append(f"{note}, not counted here")
        return
    _absorb(prev, loose)


def _compatible(a: Draft, b: Draft) -> bool:
    """Could two drafts be one event: same type (or one untyped) and no two different dates."""
    kinds = {a.sub_event_type, b.sub_event_type}
    types = OTHER in kinds or len(kinds) == 1 or {EVENT_TYPE[k] for k in kinds} == {"Battles"}  # fighting and its gains
    return types and (a.when is None or b.when is None or a.when.date == b.when.date)


def _absorb(into: Draft, other: Draft) -> None:
    """Take another draft's figures, notes and sentences (the same event told in two places of the text)."""
    if other.killed is not None:
        into.killed = max(into.killed or 0, other.killed)
    if other.wounded is not None:
        into.wounded = max(into.wounded or 0, other.wounded)
    into.notes.extend(n for n in other.notes if n not in into.notes)
    into.sentences.update(other.sentences)
    into.evidence.extend(e for e in other.evidence if e[0] != "place")
    if into.sub_event_type == OTHER:
        into.sub_event_type = other.sub_event_type
    into.actor1 = into.actor1 or other.actor1
    into.actor2 = into.actor2 or other.actor2
    into.when = into.when or other.when


def _fold(drafts: list[Draft]) -> list[Draft]:
    """Merge drafts of one place and day, and retellings (a headline and its story): count the dead once."""
    out: list[Draft] = []
    for d in drafts:
        twin = next((o for o in out if _compatible(o, d) and (_same_place(o, d) or _retold(o, d) or _cut(o, d) or _cut(d, o))), None)
        if twin is None:
            out.append(d)
        elif _cut(twin, d):  # "في جورة" in the headline, "حي جورة الشياح" in the body: the whole name
            _absorb(d, twin)
            out[out.index(twin)] = d
        elif _retold(twin, d) and _finer(d, twin):
            _absorb(d, twin)
            out[out.index(twin)] = d
            for same in [o for o in out if o is not d and _same_place(o, d) and _compatible(o, d)]:
                _absorb(d, same)  # the place was already named (a list member): one incident
                out.remove(same)
        else:
            _absorb(twin, d)
            if _same_place(twin, d) and twin.place.kind is None and d.place.kind is not None:
                twin.place = d.place  # "السويداء:" then "في مدينة السويداء": the designated mention says what it is
    return out


def _cut(a: Draft, b: Draft) -> bool:
    """Is a's place name the first words of b's (a name cut short where another sentence gives it whole)?"""
    if a.place is None or b.place is None:
        return False
    short, whole = word_key(a.place.text).split(), word_key(b.place.text).split()
    loose = a.place.match is None or a.place.match.level in ("locality", "neighbourhood")  # not a town: "حلب" / "حلب الجديدة"
    return loose and len(short) < len(whole) and whole[: len(short)] == short and a.place.kind not in ("region", "governorate")


def _same_place(a: Draft, b: Draft) -> bool:
    return a.place is not None and b.place is not None and a.place.key() == b.place.key()


def _retold(a: Draft, b: Draft) -> bool:
    """The same dead in the same governorate told twice ("19 soldiers killed in Idlib" / "...near Maarat al-Numan")."""
    if not a.killed or a.killed != b.killed or None not in (a.wounded, b.wounded) and a.wounded != b.wounded:
        return False
    return _governorate(a) is not None and _governorate(a) == _governorate(b)


def _governorate(d: Draft) -> str | None:
    known = d.place and (d.place.match or d.place.hint)
    return known.admin1_pcode if known else None


def _finer(a: Draft, b: Draft) -> bool:
    """Is a's place the more precise: designated ("the town of"), below governorate level, not the lead line?"""
    def rank(d: Draft) -> tuple:
        region = d.place.kind in ("region", "governorate")  # "ريف تل تمر" is coarser than an unknown "قرية X"
        unplaced = d.place.coarse and d.place.hint is None  # an unknown quarter the text places in its city is finer
        small = d.place.kind in ("neighbourhood", "village", "camp")
        return d.place.kind is None, region, unplaced, not small, len(d.sentences) == 1 and d.frame.sentence.index == 0

    return rank(a) < rank(b)


def extract_report(text: str, published: dt.date, source: str | None = None, source_url: str | None = None,
                   gazetteer: Gazetteer | str | None = None, lang: str | None = None) -> list[Incident]:
    """The incidents one report describes, as drafts for review."""
    return [inc for inc, _ in extract_with_evidence(text, published, source, source_url, gazetteer, lang)]


def extract_with_evidence(text: str, published: dt.date, source: str | None = None, source_url: str | None = None,
                          gazetteer: Gazetteer | str | None = None, lang: str | None = None) -> list[tuple[Incident, list[Span]]]:
    """The incidents one report describes, each with the spans of `text` its place, figures and date come from."""
    lookup = lookup_for(gazetteer)
    finder = PlaceFinder(lookup)
    if source_url is None and source and source.startswith(("http://", "https://")):
        source_url = source
    cleaned = clean_text(text)
    text = cleaned.text
    lang = lang or detect_language(text)
    frames: list[Frame] = []
    governorate = None  # the last governorate the report named: context for places a sentence leaves unlocated
    named: set[str] = set()  # every governorate it named
    for sentence in sentences(text):
        frame = _frame(sentence, finder, published, governorate, frozenset(named))
        if frame is not None:
            frames.append(frame)
            located = [p.match or p.hint for p in frame.places if p.role in ("target", "context") and (p.match or p.hint)]
            governorate = lookup.governorate(located[-1].admin1_pcode) if located else governorate
            named.update(m.admin1_pcode for m in located if m.admin1_pcode)
    said_in = {id(w): f.sentence for f in frames for w in f.dates}  # the sentence each date expression stands in
    _carry_dates(frames)
    groups = [_drafts(f, _previous_type(frames, n)) for n, f in enumerate(frames)]
    _told_by_place(groups)
    drafts = _link(frames, groups)
    drafts = frame_units([d for d in drafts if d.place is not None], finder.roles.unit, _compatible)  # no place, no incident
    return [(_incident(d, lookup, published, source, source_url, lang), _spans(d, said_in, cleaned)) for d in drafts]


def _spans(d: Draft, said_in: dict, cleaned: Cleaned) -> list[Span]:
    """The draft's evidence as character spans of the report as given (before invisible characters were removed)."""
    found = list(d.evidence)
    if d.when is not None and id(d.when) in said_in:
        found.append(("date", said_in[id(d.when)], d.when.pos, d.when.pos + max(1, len(tokenize(d.when.text)))))
    spans = []
    for name, sentence, start, end in found:
        tokens = sentence.tokens[start:end]
        if tokens:
            first, last = sentence.offset + tokens[0].start, sentence.offset + tokens[-1].end
            spans.append(Span(name, cleaned.original(first), cleaned.original(last - 1) + 1))
    return sorted(set(spans), key=lambda s: (s.start, s.end))


def _previous_type(frames: list[Frame], n: int) -> str:
    """The event type the report spoke of last (a sentence with figures only continues it)."""
    kind = next((f.cues[0].sub_event_type for f in reversed(frames[:n]) if f.cues), OTHER)
    return OTHER if kind == TERRITORY else kind


def _carry_dates(frames: list[Frame]) -> None:
    """A sentence without a date takes the last one the report gave for an event."""
    last = None
    for f in frames:
        if f.when is None:
            f.when = last
        elif f.when.after_previous and last is not None:
            f.when = replace(f.when, date=last.date + dt.timedelta(days=f.when.after_previous))
        last = f.when


def _incident(d: Draft, lookup, published: dt.date, source, source_url, lang: str) -> Incident:
    flags: list[str] = []
    notes = list(d.notes)
    inc = Incident(event_date=published, source=source, source_url=source_url, source_language=lang,
                   dataset="extract", review_status="draft")
    if d.when is not None:
        inc.event_date, inc.date_precision = d.when.date, d.when.precision
    else:
        inc.date_precision = "week"
        notes.append("no date in the text: publication date used")
        flags.append("needs_review")
    inc.sub_event_type = d.sub_event_type
    inc.event_type = EVENT_TYPE[d.sub_event_type]
    inc.actor1, inc.actor2 = d.actor1, d.actor2
    inc.civilian_targeting = True if d.actor2 == CIVILIANS else None
    inc.killed, inc.wounded = d.killed, d.wounded
    inc.excerpt = " ".join(d.sentences[i].text for i in sorted(d.sentences))
    place = d.place
    if place is not None:
        inc.place_text = place.text
        match = place.match
        if match is None and place.hint is not None:
            match = place.hint
            near = match.level not in ("governorate", "district", "subdistrict")
            where = f"near {match.name_en}" if near else f"at the {match.level} the text gives ({match.name_en})"
            notes.append(f"'{place.text}' not in the gazetteer: placed {where}")
            flags += ["place_unresolved", "needs_review"]
            _set_location(inc, match, name=False)
            if near:  # ACLED 2 "near a known town", UCDP 2 "within 25 km of a known point"
                inc.geo_precision, inc.where_prec = 2, 2
            else:
                inc.geo_precision = 3
        elif match is None:
            notes.append(f"'{place.text}' not in the gazetteer and no admin unit given")
            flags += ["place_unresolved", "needs_review"]
        else:
            _set_location(inc, match, name=True)
            if match.level == "locality":  # a wadi, hill or ruin of the name (precision 2: near, not in the place)
                notes.append(f"'{place.text}' placed at {match.name_en or match.name_ar}, a named spot (wadi, hill, "
                             "ruin), not a settlement: no town or village of that name in the gazetteer")
                flags.append("needs_review")
            if match.score < SAME_NAME:
                notes.append(f"'{place.text}' read as {match.name_en or match.name_ar}, a close spelling (score {match.score:.0f})")
                flags.append("needs_review")
    else:
        notes.append("no place named for these figures")
        flags += ["place_unresolved", "needs_review"]
    if any("vague" in n or "joint" in n or "together" in n for n in notes):
        flags.append("needs_review")
    inc.notes = "; ".join(dict.fromkeys(notes)) or None
    inc.flags = list(dict.fromkeys(flags))
    return inc


def _set_location(inc: Incident, match, name: bool) -> None:
    if name:
        inc.location_en, inc.location_ar = match.name_en, match.name_ar
    for attr in ("admin1", "admin1_pcode", "admin2", "admin2_pcode", "admin3", "admin3_pcode"):
        setattr(inc, attr, getattr(match, attr))
    inc.latitude, inc.longitude = match.lat, match.lon
    inc.geo_precision, inc.where_prec = match.geo_precision, match.where_prec
