"""The forms analysts paste a place in: its name, then the context that says where it lies.

"السكري في حلب", "كفرنبودة بريف حماة الشمالي", "قرية X في منطقة الباب", "X، ريف إدلب", "X (دير الزور)", "Sukkari,
Aleppo", "Kafr Nabudah in the northern Hama countryside", "X (Hama governorate)", "X neighbourhood of Aleppo",
"Aleppo's Sukkari": context_form() cuts such a query into the context (a place query of its own: a governorate, a
countryside, a district, a city) and the part (the name, with its designator). The gazetteer then looks the part up
inside the place the context names (gazetteer.context): a context is a hint, not a word of the name.
"""
from __future__ import annotations

import re
from functools import lru_cache

from gazetteer.normalize import _AR_REGION, _LATIN_DESIGNATORS, is_arabic, normalize_arabic, parse

_AR_IN = frozenset(("في", "بمدينه", "لمدينه"))  # normalised: "السكري في حلب", "السكري بمدينة حلب", "الحي الشرقي
# لمدينة درعا" (of the city of): the part, then its city
_AR_CITY = "مدينه"  # "في مدينة حلب": the city's designator after في belongs to the city, not to the part
_AR_COMMAS = re.compile(r"\s*[،,]\s*")  # "X، ريف إدلب" (an Arabic or a Latin comma)
_PARENTHESES = re.compile(r"^(.+?)\s*\(\s*([^()]+?)\s*\)$")  # "X (Deir ez-Zor)", "X (ريف حماة)"
# "بريفي حماة وإدلب" (in the countrysides of Hama and Idlib): two governorates, either of which holds the part
_AR_TWO_REGIONS = frozenset(("ريفي", "بريفي", "وريفي", "لريفي"))
_LATIN_TWO_REGIONS = re.compile(r"^(?:the\s+)?(\S.*?)\s+and\s+(\S.*?)\s+countrysides?$", re.IGNORECASE)
# "X قرب Y", "X بالقرب من Y", "X على مقربة من Y" (near Y); "X near Y", "X, near Y" (a name before, a town after)
_AR_NEAR = re.compile(r"^(\S.*?)\s*[،,]?\s+(?:قرب|بالقرب من|على مقربة من)\s+(\S.*)$")
_LATIN_NEAR = re.compile(r"^(\S.*?)\s*,?\s+near\s+(\S.*)$", re.IGNORECASE)
_POSSESSIVE = re.compile(r"^(.+?)['’]s\s+(.+)$")  # "Aleppo's Sukkari"
_POSSESSIVE_S = re.compile(r"(?<=\w)['’]s?(?=\s|$)")  # "Hama's northern countryside": Hama's countryside
# "X neighbourhood of Aleppo", "X district of Aleppo", "X camp of Y": a kind of place, then "of" and the context
_KIND_WORDS = frozenset(w for w, level in _LATIN_DESIGNATORS.items() if level or w in ("camp", "area"))


def context_form(text: str) -> tuple[str, str] | None:
    """A name written with the place that holds it, as (context, part): "Sukkari, Aleppo", "Aleppo's Sukkari",
    "السكري بحلب", "X في ريف حماة", "X بريف حماة الشمالي", "X، ريف إدلب", "X (Hama)", "X in the Hama countryside",
    "X neighbourhood of Aleppo" ("City - Part" is city_part's); None for any other name. The first of
    context_readings()."""
    return next(iter(context_readings(text)), None)


@lru_cache(maxsize=100_000)
def context_readings(text: str) -> tuple[tuple[str, str], ...]:
    """Every way context_form() may cut a query, the likeliest first: "Aleppo's Industrial Area in Jibreen district"
    is the part before "in" (when Jibreen holds places) or Aleppo's quarter; () for a name without a context.
    Remembered: a query's hint, lookup and best answer each ask it."""
    text = (text or "").strip()
    inside = _PARENTHESES.match(text) if text.endswith(")") else None
    if inside:
        return ((inside[2], inside[1]),)
    if is_arabic(text):
        return tuple(_arabic_context(text))
    words = text.split()  # (any white space: a pasted name may hold a tab or a no-break space)
    if "," not in text and len(words) < 2:
        return ()  # (a one-word Latin name)
    pieces = [p.strip() for p in text.split(",")] if "," in text else ()
    if len(pieces) == 2 and all(pieces):
        return tuple((place, pieces[0]) for place in _latin_places(pieces[1]))
    lower = [w.lower() for w in words]
    possessive = any(w.endswith(("'s", "’s")) for w in words[:-1])  # (what _POSSESSIVE needs: a word ending 's)
    if "in" not in lower and "of" not in lower and not possessive:
        return ()  # (most Latin names: none of the words that start a context)
    out = []
    if "in" in lower[1:-1]:  # "X in Hama countryside", "the X neighbourhood in Aleppo" (a name before, a place after)
        n = lower.index("in", 1)
        out.extend((place, " ".join(words[:n])) for place in _latin_places(" ".join(words[n + 1:])))
    for n in range(2, len(words) - 1):  # "X neighbourhood of Aleppo" (never "the town of X": a name before the kind)
        if lower[n] == "of" and lower[n - 1] in _KIND_WORDS and lower[n - 2] not in ("the", "of"):
            out.append((_place_of(" ".join(words[n + 1:])), " ".join(words[:n])))
            break
    found = _POSSESSIVE.match(text) if possessive else None  # most names: no comma, no possessive
    return tuple(out + [(found[1], found[2])] if found else out)


def _arabic_context(text: str) -> list[tuple[str, str]]:
    """context_form() of an Arabic query: a comma before the context, then "في" / "بمدينة" / a countryside word
    (بريف، في ريف، ريف) after the name, then a last word or two joined to ب ("الجورة بدير الزور")."""
    pieces = _AR_COMMAS.split(text) if "،" in text or "," in text else ()
    if len(pieces) == 2 and all(pieces):
        after = pieces[1].split()
        two = _two_countrysides(after[1:]) if normalize_arabic(after[0]) in _AR_TWO_REGIONS else None
        return [(place, pieces[0]) for place in two or (pieces[1],)]
    words = text.split()
    normal = normalize_arabic(text).split()  # (once for the whole name: a word's own normalisation is the same)
    if len(normal) != len(words):
        normal = [normalize_arabic(w) for w in words]
    for n in range(len(words) - 2, 0, -1):  # (a context word needs a word after it)
        if normal[n] in _AR_IN:
            city = words[n + 2:] if n + 2 < len(words) and normal[n + 1] == _AR_CITY else words[n + 1:]
            return [(" ".join(city), " ".join(words[:n]))]
        if normal[n] in _AR_REGION:  # "X بريف حماة", "X في ريف حماة"
            cut = n - 1 if n > 1 and normal[n - 1] in _AR_IN else n
            return [(" ".join(("ريف", *words[n + 1:])), " ".join(words[:cut]))]
        if normal[n] in _AR_TWO_REGIONS:  # "X بريفي حماة وإدلب", "X في ريفي دير الزور والرقة"
            cut = n - 1 if n > 1 and normal[n - 1] in _AR_IN else n
            return [(place, " ".join(words[:cut])) for place in _two_countrysides(words[n + 1:]) or ()]
    for n in range(len(words) - 1, max(len(words) - 3, 0), -1):  # a city of one or two words: "الجورة بدير الزور"
        if words[n].startswith("ب") and len(words[n]) > (3 if n == len(words) - 1 else 2):
            return [(" ".join((words[n][1:], *words[n + 1:])), " ".join(words[:n]))]
    return []


def near_form(text: str) -> tuple[str, str] | None:
    """A name written with the town it lies near, as (town, part): "X قرب Y", "X بالقرب من Y", "X near Y", "X, near
    the town of Y"; None for any other name. Near is no containment: X may lie in Y's countryside, or over a border."""
    found = (_AR_NEAR if is_arabic(text) else _LATIN_NEAR).match((text or "").strip())
    return (found[2], found[1]) if found else None


def _two_countrysides(words: list[str]) -> tuple[str, str] | None:
    """The words after "ريفي" (countrysides of) as the two countrysides they name: "حماة وإدلب" is ريف حماة and ريف
    إدلب (the second joined by و); None when no word after the first starts with و."""
    for n in range(1, len(words)):
        if words[n].startswith("و") and len(words[n]) > 2:
            return " ".join(("ريف", *words[:n])), " ".join(("ريف", words[n][1:], *words[n + 1:]))
    return None


def _latin_places(context: str) -> tuple[str, ...]:
    """A Latin context as the place queries it names: "the Hama and Idlib countrysides" two countrysides, either of
    which may hold the part; any other one place (_place_of)."""
    two = _LATIN_TWO_REGIONS.match(context) if " and " in context.lower() else None
    if two:
        return tuple(f"{_place_of(name)} countryside" for name in (two[1], two[2]))
    return (_place_of(context),)


def _place_of(context: str) -> str:
    """A Latin context as a place query: "Hama's northern countryside" is the northern Hama countryside (an
    apostrophe s would otherwise key as a letter of the name)."""
    return _POSSESSIVE_S.sub("", context) if "'" in context or "’" in context else context


def asked_level(text: str) -> str | None:
    """The level a name asks for by its designator ("X village": town), or for a part named with its context the
    part's: "الوعر في مدينة حمص" asks no town, the city's designator is the city's."""
    level = parse(text).level
    if level is not None:  # (a name with no designator asks none: most names need no context read)
        context = context_form(text)
        if context:
            return parse(context[1]).level
    return level
