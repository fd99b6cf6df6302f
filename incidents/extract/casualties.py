"""Killed and wounded counts in one sentence: each number taken once, vague counts kept as notes."""
from __future__ import annotations

from dataclasses import dataclass
from itertools import compress

from .casualty_cues import AR_SELF, EN_BACK_ONLY, EN_FILLERS, EN_KILLED, EN_WOUNDED, Cue, cue_at, cues_of
from .numbers import parse_number
from .place_words import STATEMENT
from .quantities import (AR_ONE, AR_OTHERS, BETWEEN, EN_DETERMINERS, EN_PEOPLE, EN_SUBSET, OF_THEM, PERPETRATORS, Quantity, named_with_age,
                         quantities, quoted_name)
from .text import AR_FROM, CLAUSE_MARKS, KEY, Token, form_in, key_set, stems, token, word_key


AR_MOST = key_set("أغلبهم", "معظمهم", "غالبيتهم", "جلهم", "أكثرهم")  # "أغلبهم من الأطفال": most of them, no figure
MOST_REACH = 5  # "أغلبهم من الأطفال والنساء": the people words after it
THEM_ALL = [["them", "all"], ["them", "both"], ["all", "of"], ["both", "of"]]  # "killing them all", "all of them"
ASIDE_MARKS = frozenset(",،–—")  # around an aside: "Fourteen civilians – three of them children – were killed"
ONE_PERSON = frozenset("him her".split())  # "opened fire on X, killing him": one
EN_OTHER_FATES = frozenset("arrested detained kidnapped abducted captured seized missing taken held freed released "
                           "rescued evacuated displaced".split())  # "and five others were arrested": no casualties
EN_MANNER = frozenset("severely seriously critically lightly slightly fatally badly also reportedly reported later shot "
                      "allegedly".split())  # between "was" and its cue: "was severely wounded", "was shot dead", "were reported injured"
# Between a figure and the injuries it sustained: "three others suffered serious injuries", "40 hospitalised with wounds".
EN_INJURY_LEAD = frozenset("serious minor critical severe light moderate slight grave varying various multiple "
                           "hospitalized hospitalised treated with".split())
INJURY_NOUNS = frozenset("injuries injury wounds wound".split())
EN_NONE = frozenset("no nobody none noone neither nor".split())  # "no one was hurt"
AR_FILLERS = key_set(
    "ما", "لا", "يقل", "عن", "نحو", "حوالي", "قرابة", "أكثر", "من", "زهاء", "يزيد", "بحياة", "أرواح",
    "إلى", "الى", "ارتفعت", "بلغت", "وصلت", "القتلى", "الضحايا", "الوفيات", "بجروح", "كل",
    "خلالها", "خلاله", "فيها", "فيه", "جراءها", "جراءه",  # "قتل خلالها أربعة": killed in it, four
    "أيضا",  # "التي قتل أيضاً 2 من عناصرها"
    "لقوا", "لقيا",  # "عشرة أشخاص لقوا حتفهم": they met their death
)
TOLL = key_set("حصيلة", "toll")
OTHER_TOLL = frozenset("higher lower different".split())  # "gave a higher toll of 18 dead": another source's
DIED_OF_WOUNDS = key_set("يفارق", "فارق", "فارقوا", "يفارقون", "فارقا", "succumbed", "succumb")
# Verbs whose object (the person killed) may stand a few words away: "اغتال مسلحون مجهولون قيادياً".
LONG_REACH = key_set("اغتال", "اغتالت", "أعدم", "أعدمت", "assassinated", "executed", "assassinate", "assassinates",
                     "assassination")  # "an assassination operation by unknown gunmen against a former commander"
LONG_REACH_WORDS = 14  # "اغتال مسلحون مجهولون، صباح اليوم الثلاثاء 7 آذار/مارس، شاباً": past the doers and the date
TO = key_set("إلى", "الى", "to")
EN_NOUN_CUES = frozenset("death deaths fatalities toll life lives bodies casualties injuries wounds".split())
INJURY_FILLERS = EN_FILLERS | EN_MANNER | EN_INJURY_LEAD  # back from "injuries": "suffered serious injuries"
# Words a noun cue's figure may stand behind, beyond the usual ones: "suffered serious injuries", "lost his life".
BACK_FILLERS = {**dict.fromkeys(INJURY_NOUNS, INJURY_FILLERS), "life": EN_FILLERS | EN_MANNER | {"his", "her"}}


@dataclass(frozen=True)
class Count:
    """One casualty figure: kind killed/wounded/both, value (None if vague), where it stands, any note."""

    kind: str
    value: int | None
    pos: int
    note: str | None = None
    end: int | None = None  # token after the counted phrase
    total: bool = False  # a toll ("the toll rose to 15"): the whole figure so far, not one more


def _possessive(key: str) -> bool:
    """"مقتله", "لإصابتها", "مقتلهما": a cue noun with a pronoun of people told before."""
    return any(f.endswith(("ه", "ها", "هما", "هم")) and f in AR_SELF for f in stems(key))
AT_LEAST_AR = [word_key("على"), word_key("الأقل")]


def counts(tokens: list[Token], arabic: bool) -> tuple[list[Count], list[str]]:
    """Killed/wounded figures of a sentence and the kinds it refers back to ("القتلى والجرحى", "the dead")."""
    cues = cues_of(tokens, arabic)
    if not cues:
        return [], []
    quants = quantities(tokens, arabic)
    fillers = AR_FILLERS if arabic else EN_FILLERS | EN_MANNER  # "two others were seriously wounded"
    cues = _join_both(tokens, cues, arabic, quants, fillers)
    out: list[Count] = []
    singles: list[Count] = []  # figures of one told by a singular passive, where nothing else counts that kind
    numbered: set[str] = set()  # kinds whose whole number the sentence tells ("عدد القتلى 6")
    anaphors: list[str] = []
    for cue in cues:
        toll = tokens[cue.pos].key in TOLL
        quant = _toll(tokens, quants, cue.pos) if toll else None
        if arabic and not toll and cue.back and (number := _number_of_ar(tokens, quants, cue.pos)) is not None:
            toll, quant = True, number  # "ارتفع عدد القتلى إلى 3": the number of the dead, a toll
            numbered.add(cue.kind)
        if quant is None and form_in(tokens[cue.pos].key, LONG_REACH):
            quant = next((q for q in quants if not q.claimed and not q.subset and q.value is not None
                          and 0 < q.start - cue.pos <= LONG_REACH_WORDS and not (q.end < len(tokens) and tokens[q.end].key in PERPETRATORS)),
                         None)  # (not "by unknown gunmen", "اغتال شخصان مجهولان": who did it)
        if quant is None and cue.fwd:
            quant = _adjacent(tokens, quants, cue.pos + 1, 1, fillers | BETWEEN if arabic else fillers, arabic)
            # ("استشهد مساء أمس شاب": the time told between the verb and its victim)
            if quant is not None and not arabic and cue.back and _told_by_next_cue(tokens, quant, cue) \
                    and _adjacent(tokens, quants, cue.pos - 1, -1, BACK_FILLERS.get(tokens[cue.pos].key, fillers), arabic):
                quant = None  # "3 Civilians Killed 7 Injured": the 7 is the injured's, the killed are told before
        if quant is None and not arabic and cue.fwd and [t.key for t in tokens[cue.pos + 1 : cue.pos + 3]] in THEM_ALL:
            quant = next((q for q in reversed(quants) if q.end <= cue.pos and q.value and not q.claimed), None)
            # "destroyed a car inside which two were located, killing them all": the people counted before
        if quant is None and not arabic and cue.kind != "both" and _number_of(tokens, cue.pos):
            quant = _risen_to(tokens, quants, cue.pos) or _put_at(tokens, quants, cue.pos) or _risen_before(tokens, quants, cue.pos)
            # "The number of civilians killed ... has risen to 9", "put the number of the fatalities at 14"
        if quant is None and arabic and cue.fwd and (named := quoted_name(tokens, cue.pos + 1)) is not None:
            quant = Quantity(cue.pos + 1, named, 1)  # 'إصابة "زين العابدين" بجروح': the one named in quotes
            while named + 1 < len(tokens) and tokens[named].key == word_key("و") and (
                    more := quoted_name(tokens, named + 1)) is not None:
                quant.value, quant.end, named = quant.value + 1, more, more  # 'استشهاد "X" و "Y"': each one named
        if quant is None and arabic and cue.fwd and not cue.back:
            quant = _subject(tokens, quants, cue.pos)
        if quant is None and cue.back:
            back = fillers if arabic else BACK_FILLERS.get(tokens[cue.pos].key, fillers)
            quant = _adjacent(tokens, quants, cue.pos - 1, -1, back, arabic)
            if quant is None and arabic and cue.kind != "both":
                quant = _subject(tokens, quants, cue.pos)  # "13 عنصراً من قوات النظام بينهم ضباط قتلوا"
            if quant is not None and quant.bare and tokens[cue.pos].key in EN_NOUN_CUES:
                quant = None  # "civilian casualties", "soldier deaths": an adjective, not one person
        if quant is not None:
            quant.claimed = True
            note = None
            if quant.vague:
                note = f"vague count ({quant.vague}): {cue.kind} left empty"
            elif quant.qualifier:
                note = f"{quant.qualifier} {quant.value} {cue.kind}"
            if quant.total and any(c.kind != cue.kind and c.pos < quant.start for c in out):
                quant.value, quant.total = 1, False  # "Two soldiers were killed and a third soldier wounded": one more
            out.append(Count(cue.kind, quant.value, quant.start, note, quant.end, toll or quant.total))
        elif cue.own is not None and not cue.definite and not any(q.end == cue.pos for q in quants) \
                and not (_possessive(tokens[cue.pos].key) and any(o.kind == cue.kind and o.pos < cue.pos for o in out)):
            # ("اغتيال الشاب X ... ما أدى لمقتله": him, already counted)
            out.append(Count(cue.kind, cue.own, cue.pos))
        elif not arabic and cue.kind != "both" and (_one_subject(tokens, cue.pos) or cue.fwd and cue.pos + 1 < len(tokens)
                                                      and tokens[cue.pos + 1].key in ONE_PERSON):
            singles.append(Count(cue.kind, 1, cue.pos))  # "Civilian Raji al-Naasan was severely wounded": one person
        elif cue.definite:
            anaphors.append(cue.kind)
    out += _elliptic(tokens, quants, out, arabic)
    out = [Count(c.kind, c.value, c.pos, c.note, c.end, True) if c.kind in numbered else c for c in out]
    # ("إن عدد القتلى 6، ذكرت سانا أن الحصيلة 5 قتلى", "عدد القتلى 32 هم 19 مدنياً و7 عناصر"): another figure of that
    # kind is another source's toll or a part of it, never one more
    out += [c for c in singles if all(o.kind != c.kind for o in out)]  # "the death of a shepherd who was shot dead": one
    out = [c for c in out if not (c.kind == "wounded" and (_died_after(tokens, c) or _cause_of_death(tokens, c, out)
                                                           or _wounds_died_of(tokens, c, out)))]
    out = [c for c in out if not _why_it_rose(tokens, c)]
    out = [_other_toll(c) if _other_source(tokens, c) else c for c in out]
    if not arabic:
        out = _alternatives(tokens, out)
    return [c if c.kind != "both" else _both_note(c) for c in out], [] if out else anaphors


LINE_LABEL = 6  # words before the colon of a breakdown's line ("• Iblin town: a family of five")


def heading_kind(tokens: list[Token], arabic: bool) -> str | None:
    """The kind of figure a heading announces for the lines after it ("The breakdown of fatalities was as
    follows:"): a sentence ending in a colon with a casualty word; else None."""
    if not tokens or tokens[-1].text != ":":
        return None
    kinds = {c.kind for c in cues_of(tokens, arabic)}
    return "killed" if "killed" in kinds else "wounded" if "wounded" in kinds else None


def listed_counts(tokens: list[Token], kind: str, arabic: bool) -> list[Count]:
    """A line of a breakdown ("• Balyoun town: two children"): the people after its label's colon, of the kind
    its heading announced."""
    colon = next((k for k, t in enumerate(tokens[: LINE_LABEL + 2]) if t.text == ":"), None)
    if colon is None:
        return []
    quant = next((q for q in quantities(tokens[colon + 1 :], arabic) if q.value), None)
    return [] if quant is None else [Count(kind, quant.value, colon + 1 + quant.start, None, colon + 1 + quant.end)]


CAUSE = key_set("نتيجة جراء إثر اثر بعد بسبب")


def _cause_of_death(tokens: list[Token], count: Count, counts: list[Count]) -> bool:
    """"قتل شاب نتيجة إصابته برصاصة": the wound that killed the one counted dead, no wounded person of its own."""
    key = tokens[count.pos].key
    return any(f in AR_SELF for f in stems(key)) and not key.startswith("ال") and count.pos > 0 \
        and tokens[count.pos - 1].stem in CAUSE and any(c.kind == "killed" and c.pos < count.pos for c in counts)


RISEN = key_set("ارتفع ارتفعت ارتفاع")
RECOVERED = key_set("انتشال انتشلت انتشلوا العثور")


def _why_it_rose(tokens: list[Token], count: Count) -> bool:
    """"ارتفع عدد الضحايا إلى 21 قتيلاً بعد انتشال جثامين تسعة": the bodies found are why the toll rose, already in it."""
    before = tokens[max(0, count.pos - 3) : count.pos]
    return any(t.stem in RECOVERED for t in before) and any(
        t.stem in RISEN for t in tokens[: count.pos])


LOST_ONE_LIFE = (["lost", "his", "life"], ["lost", "her", "life"])


def _one_subject(tokens: list[Token], pos: int) -> bool:
    """Does a singular passive tell the cue ("X, who led a group, was killed", "his brother was seriously injured",
    "was shot dead"), or one life lost ("the 15-year-old X lost his life"), its subject no negation ("no one was
    hurt", "nobody was killed")?"""
    if [t.key for t in tokens[max(0, pos - 2) : pos + 1]] in LOST_ONE_LIFE:
        k = pos - 2
    else:
        k = pos - 1
        while k > 0 and tokens[k].key in EN_MANNER:
            k -= 1
        if k < 1 or tokens[k].key != "was":
            return False
    before = [t.key for t in tokens[max(0, k - 3) : k]]
    return not any(w in EN_NONE for w in before) and before[-2:] != ["no", "one"]


def _subject(tokens: list[Token], quants: list[Quantity], pos: int) -> Quantity | None:
    """"عنصراً من قسد قُتل", "قيادياً من التنظيم من جنسية عربية قتل", "شخصاً على الأقل لقي": a counted person before
    the verb that tells them killed or wounded, right before it (past "at least") or past the group they belong to (من
    and at most six words)."""
    for q in quants:
        if q.claimed or q.subset or q.value is None or not 0 <= pos - q.end <= 8:
            continue
        between = [t for t in tokens[q.end : pos] if t.is_word]
        if [t.key for t in between[:2]] == AT_LEAST_AR:
            between = between[2:]  # "إن شخصاً على الأقل لقي مصرعه": the figure's qualifier
        of = between and between[0].key == AR_FROM or tokens[q.end - 1].key == AR_FROM  # (من may end q)
        if not between or of and len(between) <= 7 and not any(
                t.text in CLAUSE_MARKS or cue_at(tokens, k, True) for k, t in enumerate(tokens[q.end : pos], q.end)):
            return q
    return None


def _other_source(tokens: list[Token], count: Count) -> bool:
    """"The Observatory gave a higher toll of 18 dead": another source's figure for the same event, not this one's."""
    if count.value is None:
        return False
    if count.pos >= 3 and tokens[count.pos - 3].key in OTHER_TOLL and [t.key for t in tokens[count.pos - 2 : count.pos]] == ["toll", "of"]:
        return True
    before = tokens[max(0, count.pos - 8) : count.pos]  # "من جهتها أشارت سانا إلى الانفجار، لكنها أعلنت أنه تسبب بخمسة قتلى"
    return any(t.key in BUT_IT and any(u.key in STATEMENT or u.stem in STATEMENT for u in before[n + 1 : n + 3])
               for n, t in enumerate(before))


BUT_IT = key_set("لكنها لكنه لكنهم بينما")  # "but it said": another source's account


def _other_toll(count: Count) -> Count:
    """Another source's figure: no value of this event's, kept as a note."""
    return Count(count.kind, None, count.pos, f"another source gave {count.value} {count.kind}", count.end)


def _died_after(tokens: list[Token], count: Count) -> bool:
    """"قبل أن يفارق ثلاثة جرحى الحياة", "three of the wounded later died": wounded who died are in the toll, not
    wounded any more."""
    end = count.end or count.pos + 1
    return any(form_in(t.key, DIED_OF_WOUNDS) for t in tokens[max(0, count.pos - 2) : end + 3])


HIS_WOUNDS = [[p, w] for p in ("his", "her", "their") for w in ("wounds", "injuries")]


def _wounds_died_of(tokens: list[Token], count: Count, counts: list[Count]) -> bool:
    """"the death of a woman of her wounds, sustained when a landmine ... seriously injured her": the wound of the one
    who died, no wounded person of its own."""
    keys = [t.key for t in tokens]
    return count.value == 1 and any(c.kind == "killed" and c.value == 1 for c in counts) \
        and any(keys[k : k + 2] in HIS_WOUNDS for k in range(len(keys) - 1))


def _toll(tokens: list[Token], quants: list[Quantity], pos: int) -> Quantity | None:
    """"the toll ... rose to 17", "حصيلة القتلى ... إلى 17", "reported the death toll as 15": the figure after "to"
    later in the sentence, or right after "toll as"."""
    for i in range(pos + 1, min(len(tokens) - 1, pos + 25)):
        if tokens[i].key in TO or i == pos + 1 and tokens[i].key == "as":
            return _free_at(quants, i + 1)
    return None


NUMBER_OF_AR = word_key("عدد")
NUMBER_OF_REACH = 8  # "بلغ عدد جرحى القصف على بلدة X 14": the figure past the words naming the event


def _number_of_ar(tokens: list[Token], quants: list[Quantity], pos: int) -> Quantity | None:
    """"ارتفع عدد قتلى التفجير إلى 3", "بلغ عدد الجرحى 12 شخصاً", "إن عدد القتلى 6": "عدد" before a noun of the dead
    or wounded is "the number of" them (not the vague "a number", "عدد من"): the figure after "إلى", else the first
    one told after the noun in its clause (no punctuation or other casualty word between); None when none follows."""
    if not pos or NUMBER_OF_AR not in stems(tokens[pos - 1].key):
        return None
    if (quant := _toll(tokens, quants, pos)) is not None:
        return quant
    for k in range(pos + 1, min(len(tokens), pos + 1 + NUMBER_OF_REACH)):
        if (quant := _free_at(quants, k)) is not None or not tokens[k].is_word or cue_at(tokens, k, True) is not None:
            return quant
    return None


def _elliptic(tokens: list[Token], quants: list[Quantity], found: list[Count], arabic: bool) -> list[Count]:
    """"مقتل 5 في أريحا و3 آخرين في سرمين": a figure joined after a counted one shares its kind."""
    out = []
    aside = _asides(tokens, quants) if not arabic else set()
    for q in quants:
        if q.claimed or q.subset or q.value is None:
            continue
        first = tokens[q.start].key
        joined = (first[:1] == "و" and parse_number([token("", first[1:], 0, 0)], 0) is not None if arabic
                  else q.start > 0 and (tokens[q.start - 1].key in ("and", "alongside")
                                        or [t.key for t in tokens[max(0, q.start - 2) : q.start]] in (["along", "with"],
                                                                                                   ["together", "with"])))
        if not arabic and _other_fate(tokens, q.end):
            continue  # "Twelve soldiers were killed and four others were arrested": the four are no casualties
        reach = 12 if q.end - q.start > 1 else 8  # "..., و٢٢ مقاتلاً من الفصائل": a counted side of its own reaches further
        prev = [c for c in found if c.value is not None and 0 < q.start - c.pos and c.kind != "both"
                and sum(k not in aside for k in range(c.pos, q.start)) <= reach]  # (not counting an "including" aside)
        if joined and prev:
            q.claimed = True
            out.append(Count(prev[-1].kind, q.value, q.start, None, q.end))
    return out


CONTRAST = frozenset("though although while whereas but".split())
ACCORDING = frozenset("according reported said says put gave documented".split())


def _alternatives(tokens: list[Token], found: list[Count]) -> list[Count]:
    """"which killed 18 according to the authorities, though the Observatory reported 27 dead": two sources' figures
    for the same dead are alternatives, not a sum; both are kept as totals (the higher one stands)."""
    out = list(found)
    for n, c in enumerate(found):
        prev = [p for p in found[:n] if p.kind == c.kind and p.value is not None]
        if not prev or c.value is None:
            continue
        between = tokens[prev[-1].pos : c.pos]
        if any(t.key in CONTRAST for t in between) and any(t.key in ACCORDING for t in between):
            out[n] = Count(c.kind, c.value, c.pos, f"{c.kind} {prev[-1].value} by another source", c.end, True)
            out[found.index(prev[-1])] = Count(prev[-1].kind, prev[-1].value, prev[-1].pos, prev[-1].note, prev[-1].end, True)
    return out


def _other_fate(tokens: list[Token], k: int) -> bool:
    """Is the verb after a counted phrase another fate than death or wounds ("were arrested", "went missing")?"""
    while k < len(tokens) and tokens[k].key in ("were", "was", "are", "is", "have", "has", "had", "been", "went", "later"):
        k += 1
    return k < len(tokens) and tokens[k].key in EN_OTHER_FATES


RISE_EN = frozenset("risen rose climbed increased jumped reached".split())


RISEN_BEFORE = 6  # tokens before "the number of" that may tell its rise ("it rose to 11, the number of")
NUMBER_REACH = 12  # tokens from "the number of" to its cue: "the number of fighters of the rebel factions who were killed"


def _number_of(tokens: list[Token], pos: int) -> bool:
    """Does "the number of" open the clause of the cue ("The number of civilians who were killed ...")?"""
    return _number_at(tokens, pos) is not None


def _number_at(tokens: list[Token], pos: int) -> int | None:
    """Where "number" of the "the number of" opening the cue's clause stands, if one does."""
    k = next((k for k in range(pos - 1, max(-1, pos - NUMBER_REACH), -1) if tokens[k].key == "number" and tokens[k + 1].key == "of"), None)
    return k if k is not None and not any(t.text in (",", ";") for t in tokens[k:pos]) else None


def _risen_before(tokens: list[Token], quants: list[Quantity], pos: int) -> Quantity | None:
    """"While it rose to 11, the number of fighters who were killed ...": the rise told before the number it is of."""
    k = _number_at(tokens, pos)
    return next((_free_at(quants, i + 1) for i in range(max(1, (k or 0) - RISEN_BEFORE), k or 0)
                 if tokens[i].key == "to" and tokens[i - 1].key in RISE_EN), None)


RISE_REACH = 80  # tokens from the cue to "has risen to N"


def _risen_to(tokens: list[Token], quants: list[Quantity], pos: int) -> Quantity | None:
    """The figure after a rise verb's "to" later in the sentence ("... has risen to 9"), not after "due to"."""
    for i in range(pos + 1, min(len(tokens) - 1, pos + RISE_REACH)):  # (past a long "due to the shelling of X ..." clause,
        # or a list of the quarters hit)
        if tokens[i].key == "to" and tokens[i - 1].key in RISE_EN:
            return _free_at(quants, i + 1)
    return None


def _free_at(quants: list[Quantity], start: int) -> Quantity | None:
    """The figure that starts at token `start`, if no count has claimed it yet ("rose to 17": the one after "to")."""
    return next((q for q in quants if q.start == start and not q.claimed and q.value is not None), None)


def _put_at(tokens: list[Token], quants: list[Quantity], pos: int) -> Quantity | None:
    """The figure right after "at" that follows the cue of "the number of ..." ("put the number of the dead at 14")."""
    if pos + 1 < len(tokens) and tokens[pos + 1].key == "at":
        return _free_at(quants, pos + 2)
    return None


def _both_note(count: Count) -> Count:
    """A joint killed-and-wounded figure: no value (it is not split), kept as a note."""
    return Count("both", None, count.pos, f"{count.value} killed and wounded together; not split", count.end, count.total)


def _join_both(tokens: list[Token], cues: list[Cue], arabic: bool, quants, fillers) -> list[Cue]:
    """"مقتل وإصابة 10", "بين قتيل وجريح", "killed or wounded": one joint figure for both kinds."""
    out: list[Cue] = []
    skip = set()
    for a, b in zip(cues, cues[1:]):
        between = [t.key for t in tokens[a.pos + 1 : b.pos]]
        joined = b.pos == a.pos + 1 and arabic and tokens[b.pos].key.startswith("و") or between in (["and"], ["or"])
        joined = joined and not (arabic and (any(form_in(t.key, AR_OTHERS) for t in tokens[b.pos + 1 : b.pos + 4])
                                             or b.pos + 1 < len(tokens) and form_in(tokens[b.pos + 1].key, AR_ONE)))
        # ("قتل وأصيب آخر", "قتل وأصيب والده": the wounded one told on his own)
        preceded = a.pos > 0 and tokens[a.pos - 1].key == "بين"
        own = a.back and (_adjacent(tokens, quants, a.pos - 1, -1, fillers, arabic) is not None
                          or arabic and _completes(tokens, a))  # "لإصابته بجروح ومقتل شقيقه": two figures
        plain = a.own is None and b.own is None and not own or preceded
        either = between == ["or"] and own  # "27 fighters were killed or wounded": one figure for both, told before
        either = either or arabic and joined and own and not b.fwd and b.own != 2  # "١٣ قتيلاً وجريحاً" (not "وجريحان"): one for both
        either = either or not arabic and between == ["and"] and own and _adjacent(
            tokens, quants, b.pos + 1, 1, fillers, arabic) is None  # "About 50 civilians killed and wounded in shelling"
        if a.kind != b.kind and joined and (plain or either) and not (a.definite or b.definite):
            skip.update((a.pos, b.pos))
            at = a.pos if either else b.pos if not preceded else a.pos - 1
            out.append(Cue("both", at, not preceded, True, False, None))
    return sorted([c for c in cues if c.pos not in skip] + out, key=lambda c: c.pos)


def _told_by_next_cue(tokens: list[Token], quant: Quantity, cue: Cue) -> bool:
    """Is a figure after a cue followed right away by a cue of another kind ("Killed 7 Injured"), whose figure it is?"""
    nxt = cue_at(tokens, quant.end, False) if quant.end < len(tokens) else None
    return nxt is not None and nxt.kind != cue.kind and nxt.back


def _completes(tokens: list[Token], cue: Cue) -> bool:
    """"لإصابته بجروح", "لقي مصرعه": a back cue right after a cue of its kind ends that cue's phrase, whose figure
    is told already (by the person it names or before it); it opens no joint figure with the cue after it."""
    before = cue_at(tokens, cue.pos - 1, True) if cue.pos else None
    return before is not None and before.kind == cue.kind


def _adjacent(tokens, quants, i, step, fillers, arabic) -> Quantity | None:
    """The unclaimed quantity that starts (step 1) or ends (step -1) at i, past filler words and
    an "including ..." aside ("58 people, including 11 children, were killed")."""
    aside = _asides(tokens, quants)
    for _ in range(5):
        while 0 <= i < len(tokens) and i in aside:
            i += step
        if not 0 <= i < len(tokens):
            return None
        for q in quants:
            if not q.claimed and not q.subset and (q.start == i if step == 1 else q.end - 1 == i):
                return q
        if tokens[i].key not in fillers and not (arabic and form_in(tokens[i].key, fillers)):
            return None
        i += step
    return None


def _name_aside(tokens: list[Token], i: int) -> int | None:
    """After "a civilian,": a name told in apposition with its age ("named Ibrahim Hamad (55), who"); the index of
    the relative pronoun that goes on with the person, else None."""
    start = i + (i < len(tokens) and tokens[i].key in ("named", "called"))
    end = named_with_age(tokens, start) if start < len(tokens) else None
    if end is not None and end < len(tokens) and tokens[end].text == ",":
        end += 1
    return end if end is not None and end < len(tokens) and tokens[end].key == "who" else None


PART_OPENERS = frozenset("including mostly mainly".split())  # ", including ...", ", mostly women and children,"
PART_HEADS = frozenset("among most many some all half".split())  # ", among them ...", ", most of whom are ...,"
PART_REACH = 14  # words of an "including ..." aside: "including five children and three members of the civil defence"


def _part_aside(tokens: list[Token], comma: int) -> int | None:
    """After a figure's comma, an aside that tells who was among them (", including five children and three
    emergency workers,", ", among them women and children,", ", most of them students,"), whatever words it names
    them with: the index of the mark that closes it, if it names no casualty ("..., including the mayor, were
    killed"; not ", some of whom were wounded,"), else None."""
    keys = [t.key for t in tokens[comma + 1 : comma + 4]]
    them = keys[1:2] in (["them"], ["whom"]) or keys[1:3] in (["of", "them"], ["of", "whom"])
    if not keys or keys[0] not in PART_OPENERS and not (keys[0] in PART_HEADS and them):
        return None
    close = next((k for k in range(comma + 2, min(comma + PART_REACH, len(tokens))) if tokens[k].text in ASIDE_MARKS), None)
    if close is None or any(t.key in EN_KILLED or t.key in EN_WOUNDED or t.key in EN_BACK_ONLY for t in tokens[comma + 1 : close]):
        return None
    return close


def _asides(tokens: list[Token], quants: list[Quantity]) -> set[int]:
    """Token positions of "including N ..." / "بينهم N" / "أغلبهم من الأطفال" asides with the commas around them."""
    out: set[int] = set()
    for k in compress(range(len(tokens) - 1), map(AR_FROM.__eq__, map(KEY, tokens[1:]))):  # (each word before من)
        t = tokens[k]
        if k and form_in(t.key, AR_MOST):  # "9 أشخاص أغلبهم من الأطفال استشهدوا"
            end = k + 2
            while end < len(tokens) and end - k < MOST_REACH and tokens[end].key.startswith(("ال", "وال")) \
                    and cue_at(tokens, end, True) is None:
                end += 1
            out.update(range(k, end))
    for k in compress(range(len(tokens) - 1), map(EN_SUBSET.__contains__, map(KEY, tokens))):  # (found at C speed)
        if tokens[k + 1].key in EN_PEOPLE:  # "15 people including children were wounded"
            end = k + 1
            while end < len(tokens) and tokens[end].key in EN_PEOPLE | {"and", ","}:
                end += 1
            out.update(range(k, end))
    for q in quants:
        if q.subset:
            start = q.start - (2 if tokens[q.start - 1].key == "them" else 1)
            end = q.end
            if [t.key for t in tokens[end : end + 2]] in OF_THEM:  # "Twelve people, seven of them children, were"
                end = next((k for k in range(end, min(end + 6, len(tokens))) if tokens[k].text in ASIDE_MARKS), end)
            out.update(range(start, end))
            out.update(k for k in (start - 1, end) if 0 <= k < len(tokens) and tokens[k].text in ASIDE_MARKS)
        elif q.end < len(tokens) and tokens[q.end].text == "," and q.value is not None:
            close = next((k for k in range(q.end + 1, min(q.end + 9, len(tokens))) if tokens[k].text == ","), None)
            words = tokens[q.end + 1 : close] if close else []
            if (part := _part_aside(tokens, q.end)) is not None:
                out.update(range(q.end, part + 1))  # "13 people, including five children and three rescue workers, were"
            elif words and all(t.key in EN_PEOPLE or t.key in EN_DETERMINERS or t.key in ("and", "the", "all", "both")
                             or t.key.isalpha() and t.key.endswith(("age", "ly")) for t in words):
                out.update(range(q.end, close + 1))  # "The two victims, a man and his teenage son, were killed"
            elif (named := _name_aside(tokens, q.end + 1)) is not None:
                out.update(range(q.end, named))  # "a civilian, named Ibrahim Hamad (55), who was killed"
    return out
