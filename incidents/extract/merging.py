"""When two drafts are one event (same place and day, a headline retold, a name cut short) and how they merge."""
from __future__ import annotations

from collections.abc import Hashable, Iterator

from .draft import Draft
from .events import EVENT_TYPE, IED, OTHER, SUICIDE
from .kept import Kept
from .text import word_key

UNITS = ("country", "governorate", "district", "subdistrict", "region")  # levels naming an area, not a settlement
NAMED = "named"  # a name found with no designator before it ("killed in Tal Nasri")
BLASTS = {IED, SUICIDE}  # one explosion, told as a suicide bombing and as "the blast"
SITE_WORDS = frozenset("airport airbase base prison crossing checkpoint".split())  # sites named after their town


def compatible(a: Draft, b: Draft) -> bool:
    """Could two drafts be one event: same type (or one untyped) and no two different dates."""
    return _kinds_agree(a, b) and (a.when is None or b.when is None or a.when.date == b.when.date)


def _kinds_agree(a: Draft, b: Draft) -> bool:
    """Same type, or one untyped; fighting and its gains; a suicide bombing told again as "the blast"."""
    kinds = {a.sub_event_type, b.sub_event_type}
    return OTHER in kinds or len(kinds) == 1 or {EVENT_TYPE[k] for k in kinds} == {"Battles"} or kinds == BLASTS


def told_another_day(drafts: list[Draft], published) -> list[Draft]:
    """A place told again, as the same kind of event, on another day, with no figures and no day of its own in its
    sentence (the day carried on from another sentence, or the report's: "X" in a headline over "... shelled X on
    Sunday", a toll's place read again in a later line): one incident, where the figures or the stated day are.
    Tellings that each give figures, or each their own day ("X was shelled again on Monday"), stay apart."""
    out = Kept(_place_keys)
    day = lambda d: d.when.date if d.when is not None else published  # noqa: E731
    loose = lambda d: not d.has_counts and not d.frame.dates  # noqa: E731
    for d in drafts:
        twin = out.first(_place_keys(d), lambda o: same_place(o, d) and _kinds_agree(o, d) and day(o) != day(d)
                         and (loose(d) or loose(o)))
        if twin is None:
            out.add(d)
            continue
        kept, other = (twin, d) if loose(d) else (d, twin)
        absorb(kept, other)
        kept.notes.append(f"also told on {day(other).isoformat()}")  # which day is right, a reviewer decides
        if kept is d:
            out.replace(twin, d)
    return out.drafts()


def absorb(into: Draft, other: Draft) -> None:
    """Take another draft's figures, notes and sentences (the same event told in two places of the text)."""
    if other.killed is not None:
        into.killed = max(into.killed or 0, other.killed)
    if other.wounded is not None:
        into.wounded = max(into.wounded or 0, other.wounded)
    into.notes.extend(n for n in other.notes if n not in into.notes)
    into.sentences.update(other.sentences)
    into.evidence.extend(e for e in other.evidence if e[0] != "place")
    if into.sub_event_type == OTHER or {into.sub_event_type, other.sub_event_type} == BLASTS:
        into.sub_event_type = other.sub_event_type if into.sub_event_type != SUICIDE else SUICIDE
    into.actor1 = into.actor1 or other.actor1
    into.actor2 = into.actor2 or other.actor2
    into.when = into.when or other.when


def fold(drafts: list[Draft], first: int = 0) -> list[Draft]:
    """Merge drafts of one place and day, and retellings (a headline and its story): count the dead once. `first` is
    the index of the headline, the first sentence that tells anything."""
    out = Kept(_fold_keys)
    designated = {d.place.key(): d.place.kind for d in drafts
                  if d.place is not None and d.place.match is not None and d.place.kind not in (None, NAMED)}
    for d in drafts:
        asks = list(_fold_keys(d, asking=True))
        twin = out.first(asks, lambda o: compatible(o, d) and (same_place(o, d) or _retold(o, d) or _cut(o, d)
                                                               or _cut(d, o) or _site_of(o, d) or _site_of(d, o)))
        headline = out.first(asks, lambda o: _headline_of(o, d, first) or _headline_toll(o, d, first)) if twin is None else None
        if headline is not None:  # the headline's list told one kind for all, the body tells this place's own
            hint = d.place.hint
            d.place.hint = d.place.hint or headline.place.hint
            absorb(d, headline)
            out.replace(headline, d)
            for o in out.drafts() if d.place.hint is not hint else ():
                if o.place is d.place:  # (a place told in one sentence may be several drafts' place)
                    out.refile(o)
        elif twin is None:
            out.add(d)
        elif _site_of(twin, d):  # "Damascus International Airport" after "near Damascus": a detail of the town
            absorb(d, twin)
            out.replace(twin, d)
        elif _cut(twin, d) and not _site_of(d, twin):  # "في جورة" in the headline, "حي جورة الشياح" in the body
            absorb(d, twin)
            out.replace(twin, d)
        elif _retold(twin, d) and _finer(d, twin, designated):
            absorb(d, twin)
            out.replace(twin, d)
            for same in [o for o in out.among(asks) if o is not d and same_place(o, d) and compatible(o, d)]:
                absorb(d, same)  # the place was already named (a list member): one incident
                out.remove(same)
            out.refile(d)
        else:
            twin.framing = twin.framing or d.framing and not twin.has_counts  # "الرقة" told again as the quarters' city
            absorb(twin, d)
            if same_place(twin, d) and twin.place.kind in (None, NAMED) and d.place.kind not in (None, NAMED):
                twin.place = d.place  # "السويداء:" then "في مدينة السويداء": the designated mention says what it is
            out.refile(twin)
    return out.drafts()


def _place_keys(d: Draft) -> Iterator[Hashable]:
    """Keys two drafts of the same place (`same_place`) share one of: the place's key, its name as written, its name
    but for a final vowel (`_spelt_twice`)."""
    if d.place is not None:
        yield "key", d.place.key()
        yield "name", word_key(d.place.text)
        if (stem := _final_vowel_stem(d.place)) is not None:
            yield "stem", stem


def _fold_keys(d: Draft, asking: bool = False) -> Iterator[Hashable]:
    """What a kept draft is found by in `fold` (or, `asking`, what a new one looks for): its place (`_place_keys`),
    its dead and governorate (`_retold`), its name and each beginning of it (`_cut` either way: a kept name is found
    by the beginnings of a new one and the other way round), a site's town and a town's own name (`_site_of` either
    way)."""
    if d.place is None:
        return
    yield from _place_keys(d)
    if d.killed and _governorate(d) is not None:
        yield "dead", d.killed, _governorate(d)
    whole, beginning = ("beginning", "whole") if asking else ("whole", "beginning")
    words = tuple(word_key(d.place.text).split())
    yield whole, words
    yield from ((beginning, words[:k]) for k in range(len(words)))
    site, town = ("town", "site of") if asking else ("site of", "town")
    if d.place.match is None and d.place.hint is not None:
        yield site, d.place.hint.name_en
    if d.place.match is not None:
        yield town, d.place.match.name_en


def _headline_of(head: Draft, body: Draft, first: int = 0) -> bool:
    """Is `head` the headline's figure-less mention of the place the body tells with figures of its own? (The
    headline is the first sentence that tells anything: a site's name may stand above it.)"""
    return head.frame.sentence.index == first and not head.has_counts and body.has_counts and same_place(head, body) \
        and (head.when is None or body.when is None or head.when.date == body.when.date)


def _headline_toll(head: Draft, body: Draft, first: int = 0) -> bool:
    """Is `head` the headline's telling of the body's toll at the same place, whatever kind each reads ("ثلاثة قتلى
    برصاص الأمن في باب القبلي" / "قتل ثلاثة متظاهرين ... في حي باب القبلي")?"""
    return head.frame.sentence.index == first and body.frame.sentence.index > first and same_place(head, body) \
        and head.killed is not None and head.killed == body.killed \
        and (head.when is None or body.when is None or head.when.date == body.when.date)


def _cut(a: Draft, b: Draft) -> bool:
    """Is a's place name the first words of b's (a name cut short where another sentence gives it whole)?"""
    if a.place is None or b.place is None:
        return False
    short, whole = word_key(a.place.text).split(), word_key(b.place.text).split()
    loose = a.place.match is None or a.place.match.level in ("locality", "neighbourhood")  # not a town: "حلب" / "حلب الجديدة"
    return loose and len(short) < len(whole) and whole[: len(short)] == short and a.place.kind not in ("region", "governorate")


def _site_of(site: Draft, town: Draft) -> bool:
    """Is `site` a site the gazetteer lacks that is named after `town` ("Damascus International Airport", "Deir Ezzor
    Military Airport"), told as the same event: a detail of the town, not a place of its own?"""
    if site.place is None or town.place is None or site.place.match is not None or site.place.hint is None:
        return False
    words = word_key(site.place.text).split()
    return town.place.match is not None and site.place.hint.name_en == town.place.match.name_en \
        and len(words) > 1 and words[-1] in SITE_WORDS


def same_place(a: Draft, b: Draft) -> bool:
    """The same place: the same match, the same name as written where one mention was left unresolved ("قرى الشبكي
    ورامي" then "في رامي"), or the same name matched twice in one governorate."""
    if a.place is None or b.place is None:
        return False
    named = word_key(a.place.text) == word_key(b.place.text)
    return a.place.key() == b.place.key() or (a.place.match is None or b.place.match is None) and (
        named or _spelt_twice(a.place, b.place)) or named and a.place.match.admin1_pcode == b.place.match.admin1_pcode \
        and a.place.match.level not in UNITS and b.place.match.level not in UNITS
    # (one name read by two layers of one governorate, "حي الوعر" as the OCHA quarter and an OSM locality: one place;
    # not a capital and the governorate its bare name stands for)


def _spelt_twice(a, b) -> bool:
    """One unknown Latin name spelt two ways in one report, only its final vowel differing ("al-Hilaliye" then
    "al-Hilaliya")."""
    stem = _final_vowel_stem(a)
    return stem is not None and stem == _final_vowel_stem(b) and word_key(a.text) != word_key(b.text)


def _final_vowel_stem(place) -> str | None:
    """An unknown Latin name of more than five letters that ends in a vowel, without that vowel."""
    x = word_key(place.text)
    return x[:-1] if place.match is None and x.isascii() and len(x) > 5 and x[-1:] in "aeiy" else None


def _retold(a: Draft, b: Draft) -> bool:
    """The same dead in the same governorate told twice ("19 soldiers killed in Idlib" / "...near Maarat al-Numan")."""
    if not a.killed or a.killed != b.killed or None not in (a.wounded, b.wounded) and a.wounded != b.wounded:
        return False
    if all(d.place is not None and d.place.kind not in (None, NAMED, "region", "governorate", "area") and (
            not d.place.coarse or d.place.match is None and d.place.kind in ("village", "town") and d.place.text[:1].isascii())
           for d in (a, b)):
        return False  # "في بلدة المسيفرة ... مقتله" / "في مدينة الحراك، قتل عنصر": two towns, each named for its own dead
        # (also an English "in the village of X" the gazetteer lacks, beside "in the city of Y")
    return _governorate(a) is not None and _governorate(a) == _governorate(b)


def _governorate(d: Draft) -> str | None:
    known = d.place and (d.place.match or d.place.hint)
    return known.admin1_pcode if known else None


def _finer(a: Draft, b: Draft, designated: dict[str, str]) -> bool:
    """Is a's place the more precise: designated ("the town of", here or where the report named it before: "the
    village of Tal Nasri ... was killed in Tal Nasri"), below governorate level, not the lead line?"""
    def rank(d: Draft) -> tuple:
        kind = d.place.kind if d.place.kind not in (None, NAMED) else designated.get(d.place.key(), d.place.kind)
        region = kind in ("region", "governorate")  # "ريف تل تمر" is coarser than an unknown "قرية X"
        unplaced = d.place.coarse and d.place.hint is None  # an unknown quarter the text places in its city is finer
        small = kind in ("neighbourhood", "village", "camp")
        return kind is None, region, unplaced, not small, len(d.sentences) == 1 and d.frame.sentence.index == 0

    return rank(a) < rank(b)

