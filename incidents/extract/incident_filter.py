"""A learned second look at the incidents the rules emit: how likely each one is no incident of its own (the report's
setting, a background event, an actor's base, a word read as a place), weighed by a logistic regression over cheap
features of its draft: its figures, how and how finely its place was found, whether finer places of the report lie
inside it, where in the report it is told, and the words around its place (hashed).

The weights are learned from released annotated reports by bench/train_incident_filter.py, which writes them to
incident_filter.json beside this module together with the doubt above which an incident is dropped and the one
above which it is only flagged for review (both chosen by cross-validation over outlets; null: that step is off).
"""
from __future__ import annotations

import datetime as dt
import json
import math
import zlib
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Callable

from gazetteer import Match
from gazetteer.core import distance_km

from incidents.record import Incident

from .draft import Draft
from .lead import inside
from .lookup import SAME_NAME, Contains
from .merging import compatible
from .spans import Place
from .text import Sentence, stems, word_key

MODEL = Path(__file__).with_name("incident_filter.json")
WINDOW = 4  # words each side of the place name that are features of their own
QUOTES = frozenset("\"“”«»")
NEIGHBOURS = 100  # drafts told before and after a draft that its features compare it with: a report of up to this
# many incidents is read whole, a list of thousands (a 1 MB archive page) costs linear time, not the square of its size
NEAR_KM = 15.0  # another settlement this close is where the event may be, the place only its landmark
AREAS = ("country", "governorate", "district", "region", "subdistrict")  # levels naming an area, never a settlement
PAIRED = ("level=", "kind=", "finer=", "finer_same=", "event=", "near=", "fellow=", "unit=", "sentence=", "twins=", "listed=", "type=")  # also with nofig/fig
_RANK = {"country": 0, "governorate": 1, "district": 2, "region": 2, "subdistrict": 3, "town": 4, "neighbourhood": 5,
         "landmark": 6, "locality": 6}  # coarse to fine


def features(drafts: list[Draft], every: list[Sentence], lang: str, published: dt.date,
             unit_of: Callable[[Place], Match | None], contains: Contains) -> list[list[str]]:
    """The names of the features of each of a report's finished drafts (each with a place); `every` is the report's
    sentences, `unit_of` gives the governorate, district or region a place names (a capital names its governorate),
    `contains` whether a place lies in a named region (lookup.Lookup.inside, as lead's units are asked)."""
    told = Counter(k for s in every for k in {f for t in s.tokens for f in stems(t.key)})  # sentences per word
    sizes = len(drafts), sum(e.has_counts for e in drafts)  # the report's drafts, and those with figures
    return [_features(d, drafts[max(0, i - NEIGHBOURS) : i + NEIGHBOURS + 1], sizes, len(every), told, lang,
                      published, unit_of, contains) for i, d in enumerate(drafts)]


def _features(d: Draft, drafts: list[Draft], sizes: tuple[int, int], sentences: int, told: Counter, lang: str, published: dt.date,
              unit_of: Callable[[Place], Match | None], contains: Contains) -> list[str]:
    """The features of draft d; `drafts` are its neighbours in the report (d among them), `sizes` the report's counts."""
    place = d.place
    known = place.match or place.hint
    level = f"match:{place.match.level}" if place.match else f"hint:{place.hint.level}" if place.hint else "unknown"
    out = ["bias", f"lang={lang}", f"level={level}", f"kind={place.kind}", f"role={place.role}",
           f"type={d.sub_event_type}", f"figures={_figures(d)}", f"listed={place.joined_to is not None}",
           f"added={place.added}", f"framing={d.framing}"]
    if place.match is not None:
        out += [f"layer={place.match.source}", f"spelling={'same' if place.match.score >= SAME_NAME else 'close'}"]
    out.append(f"name_words={min(place.end - place.start, 3)}")
    others = [(e, e.place.match or e.place.hint) for e in drafts if e is not d and e.place is not None]
    unit = unit_of(place)
    out.append(f"unit={unit.level if unit is not None else None}")
    finer = [e for e, m in others if _finer(m, unit or known, contains)]
    out.append("finer=" + _told(finer))
    out.append("finer_same=" + _told([e for e in finer if compatible(d, e)]))  # the places of its own event: a setting
    out.append("event=" + ("counted" if d.has_counts else "of_counted" if any(e.has_counts and compatible(d, e) for e, _ in others)
                           else "uncounted"))  # no figures, and no counted incident of the report is of its kind and day
    out.append("near=" + _told([e for e, m in others if _near(m, known)]))
    out.append("fellow=" + _told([e for e, _ in others if not e.sentences.keys().isdisjoint(d.sentences)]))
    twins = [e for e in drafts if e is not d and e.place is not None and e.place.key() == place.key()]
    out.append(f"twins={min(len(twins), 2)}")
    out.append(f"drafts={_bucket(sizes[0], (1, 2, 4, 8))}")
    out.append(f"counted_drafts={_bucket(sizes[1], (0, 1, 2, 4))}")
    first = min(d.sentences)
    out.append("sentence=" + ("headline" if first == 0 else "lead" if first == 1 else
                              "early" if first * 3 < sentences else "late"))
    out.append(f"told_in={min(len(d.sentences), 3)}")
    out.append(f"mentions={_bucket(told[word_key(place.text.split()[0])] if place.text.split() else 0, (1, 2, 3, 5))}")
    out.append(f"date={_when(d, published)}")
    bare = "nofig" if not d.has_counts else "fig"
    out += [f"{bare}&{n}" for n in out if n.startswith(PAIRED)]
    tokens = d.frame.sentence.tokens
    quoted = sum(t.text in QUOTES for t in tokens[: place.start]) % 2
    out.append(f"quoted={bool(quoted)}")
    for t in tokens[max(0, place.start - WINDOW) : place.start]:
        out += [f"before={k}" for k in {t.stem, t.key}]
    for t in tokens[place.end : place.end + WINDOW]:
        out += [f"after={k}" for k in {t.stem, t.key}]
    out += [f"word={k}" for k in {t.stem for t in tokens if t.is_word}]
    return out


def _told(drafts: list[Draft]) -> str:
    return "none" if not drafts else "counted" if any(e.has_counts for e in drafts) else "uncounted"


def _figures(d: Draft) -> str:
    if d.killed is None and d.wounded is None:
        return "none"
    killed = "killed" + _bucket(d.killed, (0, 1, 2, 5, 10)) if d.killed is not None else ""
    return killed + ("+wounded" if d.wounded is not None else "")


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    """n as the last edge it reaches ("5+"), or "<first" below them all."""
    reached = [e for e in edges if n >= e]
    return f"{reached[-1]}+" if reached else f"<{edges[0]}"


def _when(d: Draft, published: dt.date) -> str:
    """The draft's day: none, or how far before the report (a day of its own sentence told apart)."""
    if d.when is None:
        return "none"
    back = (published - d.when.date).days
    own = "own" if d.frame.dates else "carried"
    return f"{own}:{'future' if back < 0 else _bucket(back, (0, 1, 3, 8, 31))}"


def _near(other, known) -> bool:
    """Is another place of the report a settlement within NEAR_KM of this one's point (a town and its villages)?"""
    return other is not None and known is not None and other is not known and other.level not in AREAS and \
        distance_km(other.lat, other.lon, known.lat, known.lon) <= NEAR_KM


def _finer(fine: Match | None, coarse: Match | None, contains: Contains) -> bool:
    """Is a place (its match or hint) finer than another and inside it (lead.inside: the extractor's containment)?"""
    return fine is not None and coarse is not None and _RANK.get(fine.level, 6) > _RANK.get(coarse.level, 6) \
        and inside(coarse, fine, contains)


@dataclass(frozen=True)
class IncidentFilter:
    """Hashed logistic-regression weights, the doubts past which an incident is dropped or flagged, and the features
    an incident must all have to be dropped at all (`drop_when`; "!name": must not have). The shipped gate is the
    coding convention of docs/extraction.md: "figures=none", "fellow=none", "!finer=none", a coarse place told alone
    without figures whose finer places the report names (its setting); a place with its own dead, one told beside
    another incident ("... and villages in X") or one with nothing finer named ("Clashes continued in Raqqa": an event
    of its own) is kept however doubtful: flagged."""

    dim: int
    weights: dict[int, float]
    drop: float | None = None  # doubt above which the incident is dropped (None: never)
    review: float | None = None  # doubt above which it is flagged for review (None: never)
    drop_when: tuple[str, ...] = ()  # the feature names a dropped incident must have (none: any may be dropped)

    @property
    def active(self) -> bool:
        """Does it drop or flag anything at all?"""
        return self.drop is not None or self.review is not None

    def doubt(self, names: list[str]) -> float:
        """The probability that the incident with these features is no incident of its own."""
        z = sum(self.weights.get(slot(n, self.dim), 0.0) for n in names)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def droppable(self, names: list[str]) -> bool:
        """May an incident with these features be dropped (it has every feature `drop_when` asks for)?"""
        return has_all(names, self.drop_when)

    def kept(self, found: list[tuple[Incident, list[str]]]) -> list[Incident]:
        """A report's incidents (each with its features) less those whose doubt passes the drop threshold and that
        may be dropped; one past the review threshold, or past the drop one but kept, is flagged."""
        doubts = [self.doubt(names) for _, names in found]
        out = []
        for (inc, _), doubt, drop in zip(found, doubts, dropped(doubts, self.drop, [self.droppable(n) for _, n in found])):
            if drop:
                continue
            if self.review is not None and doubt > self.review or self.drop is not None and doubt > self.drop:
                note = f"perhaps no incident of its own (doubt {doubt:.2f}: a setting, background or base?)"
                inc.notes = f"{inc.notes}; {note}" if inc.notes else note
                inc.flags = list(dict.fromkeys([*inc.flags, "needs_review"]))
            out.append(inc)
        return out

    def as_json(self) -> dict:
        return {"dim": self.dim, "drop": self.drop, "review": self.review, "drop_when": list(self.drop_when),
                "weights": {str(k): round(v, 5) for k, v in sorted(self.weights.items()) if round(v, 5)}}

    @classmethod
    def from_json(cls, spec: dict) -> "IncidentFilter":
        return cls(spec["dim"], {int(k): v for k, v in spec["weights"].items()}, spec.get("drop"), spec.get("review"),
                   tuple(spec.get("drop_when", ())))


def has_all(names: list[str], wanted: tuple[str, ...]) -> bool:
    """Does an incident have every feature named in `wanted`, and none of those written "!name" ("!finer=none": some
    finer place of the report lies inside it)? IncidentFilter.drop_when's test, the trainer's too."""
    return all(n[1:] not in names if n.startswith("!") else n in names for n in wanted)


def dropped(doubts: list[float], drop: float | None, droppable: list[bool] | None = None) -> list[bool]:
    """Which of a report's incidents to drop: those whose doubt passes `drop` (and, with `droppable`, that may be
    dropped), but never the least doubtful one (a report the rules find incidents in is taken to tell at least one:
    the filter flags it, "I don't know")."""
    if drop is None or not doubts:
        return [False] * len(doubts)
    surest = min(range(len(doubts)), key=doubts.__getitem__)
    may = droppable if droppable is not None else [True] * len(doubts)
    return [q > drop and n != surest and ok for n, (q, ok) in enumerate(zip(doubts, may))]


def slot(name: str, dim: int) -> int:
    """The weight a feature name is hashed to (CRC-32: the same in every process, unlike hash())."""
    return zlib.crc32(name.encode("utf-8")) % dim


@cache
def shipped() -> IncidentFilter | None:
    """The filter shipped beside this module, or None when there is no weights file."""
    return IncidentFilter.from_json(json.loads(MODEL.read_text(encoding="utf-8"))) if MODEL.exists() else None
