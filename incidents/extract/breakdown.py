"""Per-place breakdowns of a sentence's figure: "11 civilians were killed: six in A, three in B and two in C",
"18 people were killed in A and twelve others in B". The parts take the figure's kind; a total the parts add up
to is not counted again."""
from __future__ import annotations

from dataclasses import replace

from .casualties import Count
from .events import event_kind
from .numbers import parse_number
from .quantities import AR_SUBSET, EN_SUBSET
from .text import COMMAS, Token, key_set, token, word_key

OTHERS = key_set("others other more آخرون آخرين آخران آخرَين منهم of them whom which")
SHARE = key_set("منهم them whom which")  # "12 of them in A", "5 منهم في B": a share of the figure, not more of it
PEOPLE = key_set("people persons civilians")  # "the dead included 11 people in A, eight in B"
SUBSET = AR_SUBSET | EN_SUBSET | key_set("among")  # open an aside of a figure's parts (", including ...", "among them")
STATES = key_set("condition critical serious stable hospital حالة حرجة خطرة خطيرة المستشفى")
PLACE_AFTER = key_set("in at near في قرب")
YEAR = range(1900, 2100)


def _part_at(tokens: list[Token], i: int) -> tuple[int, int, int, bool] | None:
    """(value, first token after the number, index of the "in", whether it is told as a share: "12 of them in A") when
    a bare number at i is a per-place part."""
    found = parse_number(tokens, i)
    if found is None and tokens[i].key[:1] == "و" and tokens[i].key[1:].isdigit():  # "، و11 في B": a joined part
        found = parse_number([token("", tokens[i].key[1:], 0, 0)], 0)
        found = found and (found[0], i + 1)
    if found is None or found[0] in YEAR or found[0] <= 0:
        return None
    value, j = found
    share = False
    while j < len(tokens) and tokens[j].key in OTHERS:
        share = share or tokens[j].key in SHARE
        j += 1
    if j < len(tokens) and tokens[j].key in PEOPLE and i and tokens[i - 1].key not in SUBSET:
        j += 1  # "11 people in A" (not "including three civilians, in A")
    elif j < len(tokens) and tokens[j].text in COMMAS:  # "two, a woman and her son, in X"
        close = next((k for k in range(j + 1, min(j + 8, len(tokens))) if tokens[k].text in COMMAS), None)
        j = close + 1 if close is not None else j
    if j < len(tokens) and (tokens[j].key in PLACE_AFTER or tokens[j].key[:1] == "ب" and len(tokens[j].key) > 3
                            and not tokens[j].key.isascii() and event_kind(tokens[j].key) is None):  # not "بقصف"
        if any(t.key in STATES for t in tokens[j + 1 : j + 4]):
            return None  # "two of them in a critical condition", "اثنان منهم في حالة حرجة": not a place's part
        return value, found[1], j, share
    return None


def breakdown(tokens: list[Token], found: list[Count], anaphors: list[str] = ()) -> list[Count]:
    """The sentence's counts with the bare-number parts of a figure added after it. A sentence that only refers back
    to a figure ("وتوزع القتلى: 14 في A، و11 في B", "the dead: ...") breaks that earlier figure down."""
    figures = [c for c in found if c.value is not None and c.kind in ("killed", "wounded")]
    if not figures and anaphors and anaphors[0] in ("killed", "wounded"):
        parts = breakdown(tokens, [Count(anaphors[0], 10**9, -1)])
        return found + [p for p in parts if p.pos >= 0]
    if not figures:
        return found
    used = {k for c in found for k in range(c.pos, c.end or c.pos + 1)}
    parts: list[Count] = []
    shares: set[int] = set()  # where a part told as a share stands ("17 killed, 12 of them in A": the rest unplaced)
    for i in range(figures[0].pos + 1, len(tokens)):
        if i in used or not tokens[i].is_word or i and tokens[i - 1].key in (word_key("في"), "in", "on", "at"):
            continue
        part = _part_at(tokens, i)
        if part is None:
            continue
        owner = max((c for c in figures if c.pos < i), key=lambda c: c.pos)
        parts.append(Count(owner.kind, part[0], i, end=part[2]))  # ends at its "in": the place after it owns it
        used.update(range(i, part[1]))
        if part[3]:
            shares.add(i)
    out = list(found)
    for figure in figures:
        mine = [p for p in parts if max((c for c in figures if c.pos < p.pos), key=lambda c: c.pos) is figure]
        if mine and sum(p.value for p in mine) <= figure.value:
            if sum(p.value for p in mine) == figure.value or len(mine) > 1 or mine[0].pos in shares:
                out[out.index(figure)] = replace(figure, value=None, note=f"{figure.kind} total {figure.value} given "
                                                 "by place")
    return out + parts
