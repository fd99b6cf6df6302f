"""Which place of a sentence a figure belongs to: the place of its own words and clause; a list keeps a joint figure
on its first place."""
from __future__ import annotations

from .breakdown import SUBSET
from .casualties import Count
from .draft import Draft
from .events import OTHER, clause_break, event_kind
from .frame import Frame
from .place_words import JOINERS
from .spans import Place, designator, name_word_ar
from .text import COMMAS, key_set, word_key

ON = key_set("على on")
TOPIC = word_key("أما")  # "as for": a clause of its own place
UNNAMED_EN = frozenset("village town city area neighbourhood neighborhood hamlet".split())


def _distance(place: Place | None, pos: int) -> tuple[int, int]:
    if place is None:
        return (0, 0)
    if place.start <= pos < place.end:
        return (0, 0)
    return (min(abs(place.start - pos), abs(place.end - 1 - pos)), place.start < pos)


def figure_owner(drafts: list[Draft], count: Count, frame: Frame) -> Draft | None:
    """The place a figure belongs to: the one right after "N ... in", else the nearest; None when its own words put
    it in a place they do not name ("a child was killed in a village in the east of the province")."""
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
        if tokens[k].text in COMMAS:
            if not aside and not (k + 1 < len(tokens) and tokens[k + 1].key in SUBSET):
                break  # "50 killed across the country, most of them in X": the comma ends the figure's own words
            aside = not aside
            continue
        caused_on = tokens[k].key in ON and event_kind(tokens[k - 1].key) is not None  # "مدنيان بقصف مدفعي على X"
        if tokens[k].key in ("in", "at") or tokens[k].key == "في" or caused_on:
            after = [d for d in drafts if d.place is not None and 0 < d.place.start - k <= 3]
            if after:
                return after[0]
            if _unnamed_ahead(tokens, k, clause, starts):
                return None  # "كما قتل طفل في غارة في قرية في شرق المحافظة": a place the text does not name
            break
    own = [d for d in drafts if d.place is not None and clause[d.place.start] == clause[count.pos]]
    if not own and clause[count.pos] and tokens[clause.index(clause[count.pos])].key == TOPIC:
        return None  # "..., أما في الريف الشرقي لحمص فقد قتل 3": a place of another topic, none of this sentence's
    cues = [c.pos for c in frame.cues if c.sub_event_type != OTHER]
    told = [d for d in own if not (d.place.start > end and any(end <= c < d.place.start and any(
        tokens[k].text in COMMAS for k in range(end, c)) for c in cues))]  # "، بالتزامن مع قصف استهدف X"
    return min(told or own or drafts, key=lambda d: _distance(d.place, count.pos))  # not a place of the next attack  # "..., فيما أصيب خمسة بقصف على X": X's


def _unnamed_ahead(tokens, k: int, clause: list[int], starts: set[int]) -> bool:
    """Do the figure's own words go on, within its clause and before any named place, to an unnamed one ("في قرية
    في شرق المحافظة", "in a village east of the city")?"""
    for j in range(k, min(k + 8, len(tokens) - 1)):
        if clause[j] != clause[k] or j in starts or tokens[j].text in COMMAS:
            return False
        nxt = tokens[j + 1]
        if tokens[j].key == "في" and designator(nxt) is not None and not nxt.key.startswith("ال") and (
                j + 2 >= len(tokens) or not name_word_ar(tokens[j + 2])):
            return True
        if tokens[j].key == "in" and nxt.key in ("a", "an") and j + 2 < len(tokens) and tokens[j + 2].key in UNNAMED_EN:
            return j + 3 >= len(tokens) or tokens[j + 3].key != "of"
    return False


def _clauses(tokens) -> list[int]:
    """The clause number of each token: a new clause after "؛", ";", "while", "فيما", "بينما", "في حين"."""
    out, n = [], 0
    for k in range(len(tokens)):
        n += clause_break(tokens, k)
        out.append(n)
    return out


def list_head(drafts: list[Draft], owner: Draft) -> Draft:
    """The first place of the list the owner belongs to ("A, B and C"): a joint figure is kept there."""
    if owner.place is not None and owner.place.joined_to is not None:
        targets = [d for d in drafts if d.place is not None]
        head = owner.frame.places[owner.place.joined_to]
        return next((d for d in targets if d.place is head), owner)
    return owner


def note_joint(drafts: list[Draft], owner: Draft, frame: Frame) -> None:
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

