"""One report to incidents: sentences read into frames, frames into drafts, drafts linked, merged and recorded."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

from gazetteer import Gazetteer

from incidents.record import Incident

from .as_incident import as_incident, spans_of
from .casualties import heading_kind
from .dateline import dateline_day, dateline_end
from .dates import When, find_dates, said_on
from .events import OTHER, TERRITORY, event_cues, not_conflict
from .evidence import Span
from .finer import to_finer_place
from .frame import Frame, read_frame, recalls_past
from .incident_filter import features, shipped
from .lead import frame_units, province_only
from .linking import link
from .lookup import lookup_for
from .merging import compatible, told_another_day
from .place_words import definite_dual, dual_noun
from .places import PlaceFinder
from .quarters import RETOLD, quarter_of_the_event
from .sentence_drafts import sentence_drafts
from .text import clean_text, detect_language, sentences
from .totals import linked_totals, quarters_named_later, told_by_place


def extract_report(text: str, published: dt.date, source: str | None = None, source_url: str | None = None,
                   gazetteer: Gazetteer | str | None = None, lang: str | None = None) -> list[Incident]:
    """The incidents one report describes, as drafts for review."""
    return [inc for inc, _ in extract_with_evidence(text, published, source, source_url, gazetteer, lang)]


def extract_with_evidence(text: str, published: dt.date, source: str | None = None, source_url: str | None = None,
                          gazetteer: Gazetteer | str | None = None, lang: str | None = None) -> list[tuple[Incident, list[Span]]]:
    """The incidents one report describes, each with the spans of `text` its place, figures and date come from: the
    rules' candidates that the shipped filter keeps (incident_filter.json; it may flag some for review)."""
    screen = shipped()
    active = screen is not None and screen.active
    found = candidates(text, published, source, source_url, gazetteer, lang, with_features=active)
    kept = {id(inc) for inc in screen.kept([(inc, names) for inc, _, names in found])} if active else None
    return [(inc, spans) for inc, spans, _ in found if kept is None or id(inc) in kept]


def candidates(text: str, published: dt.date, source: str | None = None, source_url: str | None = None,
               gazetteer: Gazetteer | str | None = None, lang: str | None = None,
               with_features: bool = True) -> list[tuple[Incident, list[Span], list[str]]]:
    """Every incident the rules find in one report, with its evidence spans and the names of its features for the
    learned filter (incident_filter.features; an empty list without `with_features`)."""
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
    quake = False  # the sentence before told of an earthquake, a flood...: figures with no event word go on with it
    dropped = None  # the sentence before, when it gave no frame: if it recalled an earlier event, a toll with no
    duals: set[str] = set()  # place of its own goes on with it; duals: the dual designators told so far ("بقريتي A وB")
    listed = None  # the kind of figure a breakdown's heading announced ("The breakdown of fatalities was as follows:")
    every = sentences(text)
    published = dateline_day(every, published) or published
    for sentence in every:
        told = quake and not event_cues(sentence.tokens)
        quake = not_conflict(sentence.tokens) or told
        frame = None if told else read_frame(sentence, finder, published, governorate, frozenset(named), listed)
        listed = heading_kind(sentence.tokens, lang == "ar") or (listed if frame is not None and frame.counts else None)
        if frame is not None and dropped is not None and frame.counts and not frame.places and not frame.dates \
                and recalls_past(dropped, published):
            frame = None  # "Last week, Russian strikes hit the hills around the town. At least one militant was killed."
        if frame is not None:
            dropped = None
        elif dropped is None or not recalls_past(dropped, published):
            dropped = sentence  # (a recalled event or tally goes on through sentences that give no frame: "أحصى المرصد
            # ... منذ بداية العام" / "وكشفت الإحصائية عن ..." / "بلغت حصيلة القتلى 60 قتيلاً" is the tally's toll)
        if frame is not None:
            _two_named_before(frame, duals)
        duals.update(n for t in sentence.tokens if t.key[-1:] in "يا" and (n := dual_noun(t.key)))
        if frame is not None:
            frames.append(frame)
            located = [p.match or p.hint for p in frame.places if p.role in ("target", "context") and (p.match or p.hint)]
            governorate = lookup.governorate(located[-1].admin1_pcode) if located else governorate
            named.update(m.admin1_pcode for m in located if m.admin1_pcode)
    said_in = {id(w): f.sentence for f in frames for w in f.dates}  # the sentence each date expression stands in
    _carry_dates(frames)
    groups = [sentence_drafts(f, _previous_type(frames, n)) for n, f in enumerate(frames)]
    told_by_place(groups)
    quarters_named_later(groups)
    drafts = link(frames, groups)
    linked_totals(drafts)
    drafts = [d for d in drafts if d.place is not None and not (d.framing and not d.has_counts)]  # no place, no incident
    drafts = quarter_of_the_event(frame_units(to_finer_place(drafts, compatible), finder.roles.unit, compatible, lookup.inside))
    if lang == "en":
        drafts = [d for d in drafts if not province_only(d, drafts)]
        _dated_by_retelling(drafts, every, published)
    drafts = told_another_day(drafts, published)
    names = features(drafts, every, lang, published, finder.roles.unit, lookup.inside) if with_features else [[] for _ in drafts]
    return [(as_incident(d, published, source, source_url, lang), spans_of(d, said_in, cleaned), n)
            for d, n in zip(drafts, names)]


def _dated_by_retelling(drafts: list, every: list, published: dt.date) -> None:
    """"ISIS fighters ambushed their bus overnight" then "Thursday's attack was the deadliest this year": an event
    told without a day takes the one a sentence gives it by name ("<weekday>'s attack"), when only one day is so given."""
    if all(d.when is not None for d in drafts):
        return
    days = {w.date for s in every for k, t in enumerate(s.tokens[:-1]) if t.key.endswith(("'s", "’s"))
            and s.tokens[k + 1].key in RETOLD for w in find_dates([t], published)}
    if len(days) == 1:
        when = When(0, days.pop(), "day", "the day its retelling names")
        for d in drafts:
            if d.when is None:
                d.when = when


def _two_named_before(frame: Frame, duals: set[str]) -> None:
    """'قصف بقريتي A وB ... اعتدوا على القريتين': "the two villages" after a dual designator names no place of its own
    (not the town al-Qaryatayn); it is no target."""
    tokens = frame.sentence.tokens
    for p in frame.places:
        noun = definite_dual(tokens[p.start].key) if p.end == p.start + 1 else None
        if noun and (noun in duals or any(dual_noun(t.key) == noun for t in tokens[: p.start])):
            p.role = "back reference"


def _previous_type(frames: list[Frame], n: int) -> str:
    """The event type the report spoke of last (a sentence with figures only continues it; one that names no kind,
    "تعرضت قرى A وB", passes it on)."""
    kind = next((c.sub_event_type for f in reversed(frames[:n]) for c in f.cues if c.sub_event_type != OTHER), OTHER)
    return OTHER if kind == TERRITORY else kind


def _carry_dates(frames: list[Frame]) -> None:
    """A sentence without a date takes the last one the report gave for an event (of a sentence with several, the
    one after its dateline: "DARAA, June 10 – ... shot dead ... on Wednesday evening" goes on with Wednesday); so does
    one whose only days are when something was said ("... yesterday. A reporter said today that six were wounded"),
    when a day was given for an event before (a day said so is not passed on in its place)."""
    last = None
    told = None  # the last day given for an event, not only for words said
    for f in frames:
        said = bool(f.dates) and all(said_on(f.sentence.tokens, w) for w in f.dates)
        if said and told is not None:
            f.when = told
        elif f.when is None:
            f.when = last
        elif f.when.after_previous and last is not None:
            f.when = replace(f.when, date=last.date + dt.timedelta(days=f.when.after_previous))
        last = f.when if len(f.dates) < 2 else _event_date(f)
        told = last if f.dates and not said else told


def _event_date(frame: Frame) -> When:
    """Of a sentence's dates, the one its event is told with: not a dateline's ("DARAA, June 10 – ... on Wednesday")."""
    end = dateline_end(frame.sentence.tokens)
    return next((w for w in frame.dates if w.pos > end), frame.dates[0])
