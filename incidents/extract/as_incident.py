"""A finished draft as an Incident record (place, notes, review flags) and its evidence as character spans."""
from __future__ import annotations

import datetime as dt

from incidents.record import Incident

from .actors import CIVILIANS
from .draft import Draft
from .events import EVENT_TYPE
from .evidence import Span
from .lookup import SAME_NAME
from .text import Cleaned, tokenize


def spans_of(d: Draft, said_in: dict, cleaned: Cleaned) -> list[Span]:
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



def as_incident(d: Draft, published: dt.date, source, source_url, lang: str) -> Incident:
    """A draft as a draft Incident: its date (the publication date when the text tells none), type, actors, figures
    and place, with a note and a review flag for each guess an analyst should check (no date, a place not in the
    gazetteer or read from a close spelling, a named spot, a vague or joint figure)."""
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
