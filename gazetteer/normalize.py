"""Match keys for place names: Arabic normalisation and Latin transliteration folding.

A key is what two spellings of one name have in common ("Deir ez-Zor", "Dayr az Zawr" -> "dayrzur").
Region words ("ريف X", "X countryside", "rural X") make the key start with REGION; descriptors such as
"town" or "محافظة" are dropped but remembered as a level hint.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache, partial
from operator import itemgetter, methodcaller
from typing import NamedTuple

REGION = "~"  # key prefix: "countryside of X" and friends


def _table(changes: dict[str, str | None]) -> dict[int, int | str | None]:
    """A str.translate table that also maps ASCII and Arabic to themselves: each character a table lacks
    costs str.translate a raised and swallowed KeyError."""
    table: dict[int, int | str | None] = {c: c for c in (*range(128), *range(0x600, 0x700))}
    table.update(str.maketrans(changes))
    return table


# --- Arabic -----------------------------------------------------------------------------------
_AR_DIACRITICS = "".join(map(chr, (*range(0x610, 0x61b), *range(0x64b, 0x660), 0x670, *range(0x6d6, 0x6ee), 0x640)))
# Invisible format characters a copied web text carries inside or around a name (Unicode Cf: zero widths and
# joiners, bidi marks and isolates, BOM, soft hyphen): dropped, so "\u200fحلب" is Aleppo and "حم\u200cص" Homs.
# The extractor removes the same ones from report text (incidents.extract.text).
FORMAT_CHARS = "".join(map(chr, (0xAD, 0x61C, 0x180E, *range(0x200B, 0x2010), *range(0x202A, 0x202F),
                                 *range(0x2060, 0x2065), *range(0x2066, 0x2070), 0xFEFF, *range(0xFFF9, 0xFFFC))))
_AR_LETTERS = _table(  # one table for diacritics and tatweel (dropped), letters and digits: a single pass
    {
        **dict.fromkeys(_AR_DIACRITICS),
        **dict.fromkeys(FORMAT_CHARS),
        "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ؤ": "و", "ئ": "ي", "ء": "", "ة": "ه", "ى": "ي",
        "ک": "ك", "ی": "ي", "ې": "ي", "ھ": "ه", "ڤ": "ف", "گ": "ك", "پ": "ب", "چ": "ج",
        **{d: str(n % 10) for n, d in enumerate("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹")},
    }
)
# The two letters most names change (ة in two of five, أ in one of ten), by str.replace; a text holding any other
# letter the table changes takes str.translate, which looks every character up in a dict (most of a new name's cost).
_AR_COMMON = (("ة", "ه"), ("أ", "ا"))
_AR_RARE = re.compile("[" + "".join(re.escape(chr(c)) for c, v in sorted(_AR_LETTERS.items())
                                    if v != c and chr(c) not in dict(_AR_COMMON)) + "]")
_ARABIC = re.compile("[\u0600-\u06ff]")
_AR_PROCLITICS = "وبلفك"

# After normalisation: designators (dropped; most give a level hint), direction and region words (a region).
_AR_DESIGNATORS = {
    "محافظه": "governorate", "منطقه": "district", "ناحيه": "subdistrict", "مركز": None,
    "مدينه": "town", "بلده": "town", "قريه": "town", "مزرعه": "town", "حي": "neighbourhood",
    "مخيم": None, "مخيمات": None, "قضاء": "district",  # (مخيمات أطمة: the camps named after Atmeh)
    "الحي": "neighbourhood",  # "الحي الشرقي": the quarter its adjective names ("في الحي الشرقي من المدينة")
}
_AR_ISLAND = "جزيره"  # "جزيرة أرواد": first only (after a name it is the Jazira bank: سويدان جزيرة, not Suwaydan)
# A first word that is a designator with its proclitics ("بحي السكري", "ومخيم اليرموك", "لبلدة X"): the designator
_AR_CLITIC_DESIGNATORS = {clitics + word: word for word in _AR_DESIGNATORS
                          for clitics in ("و", "ب", "ل", "ف", "ك", "وب", "ول", "فب", "فل")}
# A word before a designator that says where in or from the place, not which place: "من بلدة X" (from the town of X),
# "من حي X"; "وسط مدينة X" (the centre of the city of X: the city; "وسط X" alone stays central X, a region)
_AR_LEAD_DESIGNATORS = {"من": frozenset((*_AR_DESIGNATORS, *_AR_CLITIC_DESIGNATORS)),
                        "في": frozenset(_AR_DESIGNATORS),  # "في قرية X" (in the village of X), as a report writes it
                        "وسط": frozenset(("مدينه", "بلده", "قريه", "حي"))}
_AR_DIRECTIONS = {"شمال", "جنوب", "شرق", "غرب", "وسط", "شمالي", "جنوبي", "شرقي", "غربي"}  # "north of X"
_AR_DIRECTION_ADJECTIVES = {  # dropped after ريف X only: elsewhere they are part of a village's name
    "الشمالي", "الجنوبي", "الشرقي", "الغربي", "الاوسط", "الشماليه", "الجنوبيه", "الشرقيه", "الغربيه",
}
_AR_COMPASS_ADJECTIVES = {"شمالي", "جنوبي", "شرقي", "غربي"}  # after a name: its own adjective (بري شرقي)
_AR_REGION = {"ريف", "بريف", "وريف", "لريف", "ضواحي", "اطراف"}  # countryside, outskirts, edges of X
# The countryside with its article, whose place follows with the preposition ل, "of": "الريف الشرقي لدير الزور" is
# ريف دير الزور الشرقي (the countryside of Deir ez-Zor, its eastern part)
_AR_REGION_OF = {"الريف", "بالريف", "والريف", "فالريف", "للريف"}

# --- Latin ------------------------------------------------------------------------------------
_LATIN_DESIGNATORS = {
    "town": "town", "village": "town", "city": "town", "hamlet": "town", "farm": "town", "farms": "town",
    "governorate": "governorate", "governate": "governorate", "province": "governorate",
    "muhafazat": "governorate", "muhafaza": "governorate", "mohafaza": "governorate",
    "district": "district", "mintaqat": "district", "mintaqa": "district", "mantiqa": "district",
    "subdistrict": "subdistrict", "nahiya": "subdistrict", "nahiyah": "subdistrict", "nahia": "subdistrict",
    "suburb": "neighbourhood", "neighbourhood": "neighbourhood", "neighborhood": "neighbourhood",
    "quarter": "neighbourhood", "hay": None, "hayy": None, "camp": None, "camps": None, "area": None, "region": None,
    "locality": None,  # GED's "Tall al-Jayer locality": a place, its kind unsaid
    "refugee": None, "refugees": None,  # "Yarmouk refugee camp", "Neirab refugee camp": the camp of X ("IDP camp" is
    # left: GED's "Maarratah IDP camp" then met a GeoNames variant of Mare', 100 km away)
    "markaz": None, "of": None, "the": None, "and": None,
    "island": None,  # "Hawijat Kati island", "Arwad island": the place (as "جزيرة X", _AR_ISLAND)
}
_LATIN_DIRECTIONS = {
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "northeastern", "northwestern", "southeastern", "southwestern", "northeast", "northwest",
    "southeast", "southwest", "north-east", "north-west", "south-east", "south-west",
}
# A compass word before a village's name is often its own adjective: "Western Maliha" = al-Maliha al-Gharbiya.
_LATIN_ADJECTIVES = {
    **dict.fromkeys(("west", "western"), "gharbiya"), **dict.fromkeys(("east", "eastern"), "sharqiya"),
    **dict.fromkeys(("north", "northern"), "shamaliya"), **dict.fromkeys(("south", "southern"), "janubiya"),
    "central": "wusta",
    "upper": "fawqani", "lower": "tahtani",  # "Upper Baghouz" = Baghuz Fawqani: a name's own word, never a region
    "old": "qadima", **dict.fromkeys(("great", "greater", "big"), "kabira"),  # "Old Mazzeh" = Mazza al-Qadima,
    **dict.fromkeys(("small", "little", "lesser"), "saghira"),  # "Greater X" = X al-Kabira: the same
}
_LATIN_HEIGHTS = frozenset(("upper", "lower"))
_LATIN_SIZES = frozenset(("old", "great", "greater", "big", "small", "little", "lesser"))  # ...first in English
_SIZE_INITIALS = "OoGgBbSsLl"  # (their first letters: most names start with none, and are not split)
_SILENT_E = re.compile(r"(?<=\w[^\Waeiouy\d_])e\b", re.IGNORECASE)  # an English final e: "Hole" (al-Hol)
_DH = re.compile(r"dh", re.IGNORECASE)  # a Latin dh: ذ or ظ (folded to z), or ض written as spoken (al-Hadher)
_CITY_PART = re.compile(r"\s+[-–—]\s+")  # "Al-Hasakeh - Ghoweran": spaced dash, not "Deir-ez-Zor"
_ROAD_WORDS = {"road", "highway", "motorway", "طريق", "اوتوستراد", "اتوستراد"}
_LATIN_REGION = {"countryside", "rif", "reef", "rural", "outskirts", "environs"}
# Words for a part of a countryside, dropped from a region's name only ("the southern rural areas of Idlib", "the central
# sector of Quneitra countryside"); elsewhere they are a name's own ("Al Rashidin 4 Sector")
_LATIN_REGION_PARTS = frozenset(("area", "areas", "region", "regions", "sector", "sectors", "part", "parts"))
_ARTICLES = {
    "al", "el", "il", "ul", "ad", "ed", "adh", "ar", "er", "as", "es", "ash", "esh", "at", "et",
    "ath", "az", "ez", "an", "en", "ud", "ur", "us", "ut", "uz",
}
# Common words of place names in their usual spellings, to one form before folding.
_WORDS = {
    **dict.fromkeys(("tal", "tall", "tel", "tell", "til"), "tal"),
    **dict.fromkeys(("jabal", "jebel", "jbal", "jabel", "jebal", "jibal"), "jabal"),
    **dict.fromkeys(("kafr", "kfar", "kefr", "kfr", "kafer", "kefer"), "kafr"),
    **dict.fromkeys(("khirbet", "khirbat", "kherbet", "khurbat", "khirbit", "kherbit"), "khirbat"),
    **dict.fromkeys(("deir", "dayr", "dair", "der", "dier", "deyr"), "dayr"),
    **dict.fromkeys(("sheikh", "shaykh", "shaikh", "sheik", "shekh", "sheykh", "cheikh"), "shaykh"),
    **dict.fromkeys(("umm", "um", "om", "oum", "omm"), "um"),
    **dict.fromkeys(("ain", "ayn", "ein", "aine", "ayin", "eyn"), "ayn"),
    **dict.fromkeys(("maarat", "maaret", "maarrat", "marat", "maarret", "maaratt"), "marat"),
}
_SEPARATORS = dict.fromkeys('-_.,;:/()[]"', " ")  # to spaces: str.split() then splits on them and whitespace
_SPLIT_ARABIC = _table(_SEPARATORS)
_SPLIT_LATIN = _table({**_SEPARATORS, **dict.fromkeys("'`´ʿʾʻʼ’‘′")})  # apostrophes dropped
_LATIN_VOWELS = frozenset("aeiou")
_NOT_ALNUM = re.compile("[^a-z0-9]")
_ATTACHED_ARTICLE = re.compile(r"^[ae]([dnrstz])(?=\1[a-z]{2})")  # "ezzor", "arraqqa" (not first word)


def _sub(pattern: str, repl) -> Callable[[str], str]:
    """A fold by regular expression, as a C callable: the compiled pattern's sub() with its replacement bound."""
    return partial(re.compile(pattern).sub, repl)


# Each fold is a C callable (str.replace for a literal: the same as re's sub(), and a fifth of its cost) with two
# letters one of which any match holds (the same twice when one does): a word with neither skips it. A replacement
# that names a group (r"\1") would make re call its Python helper re._subx on every sub() and a Python filter for each
# match: itemgetter(1) gives the same group from C.
_FOLDS = (
    (methodcaller("replace", "ph", "f"), "ph", "ph"),
    (methodcaller("replace", "ch", "sh"), "ch", "ch"),
    (methodcaller("replace", "dh", "z"), "dh", "dh"),
    (methodcaller("replace", "th", "t"), "th", "th"),
    (methodcaller("replace", "gh", "g"), "gh", "gh"),
    (_sub(r"[qc]|ck", "k"), "q", "c"),
    (_sub(r"(ei|ey|ai)", "ay"), "i", "y"),
    (_sub(r"(aw|ow|au)(?![aeiouy])", "u"), "w", "au"),
    (_sub(r"ou|oo|o", "u"), "o", "o"),
    (_sub(r"ee|ie", "i"), "e", "e"),
    (_sub(r"([a-z])\1+", itemgetter(1)), "", ""),  # ("": every word)
    (_sub(r"[ae]h$", "a"), "h", "h"),
    (_sub(r"(?<=[^aeiouy])e$", "a"), "e", "e"),
    (_sub(r"(?<=[a-z])e(?=[a-z])", "i"), "e", "e"),
    (_sub(r"(?<=[^aeiou])y(?=[^aeiou]|$)", "i"), "y", "y"),
)

# Every word parse() treats specially, per script: a name with none of them is just its words.
_AR_SPECIAL = frozenset((*_AR_DESIGNATORS, *_AR_CLITIC_DESIGNATORS, *_AR_DIRECTIONS, *_AR_REGION, *_AR_REGION_OF,
                         _AR_ISLAND))
_LATIN_SPECIAL = frozenset((*_LATIN_DESIGNATORS, *_LATIN_DIRECTIONS, *_LATIN_REGION))


class Parsed(NamedTuple):
    """A name taken apart: its match key, the level its descriptor names (if any), its region flag
    (a named tuple: one is made for every new name, and it is cheaper to build than a dataclass)."""

    key: str
    level: str | None = None
    region: bool = False

    @property
    def core(self) -> str:
        """The key without the region prefix."""
        return self.key[len(REGION):] if self.region else self.key


def is_arabic(text: str) -> bool:
    """True when the text contains Arabic letters (an Arabic name's first letter says so without the search)."""
    return not text.isascii() and ("\u0600" <= text[0] <= "\u06ff" or bool(_ARABIC.search(text)))


def normalize_arabic(text: str) -> str:
    """Arabic letters to one form: no diacritics or tatweel, plain alef, ة->ه, ى->ي, Western digits."""
    if text.isascii():
        return text
    return _normalized(text)


@lru_cache(maxsize=100_000)
def _normalized(text: str) -> str:
    """normalize_arabic of a text not all ASCII, remembered: parse() and variants() of a new name both need it, and
    str.translate looks each non-ASCII character up in a dict (so a text that needs only _AR_COMMON's letters
    changed has them replaced: the same text)."""
    text = unicodedata.normalize("NFKC", text)
    if _AR_RARE.search(text):
        return text.translate(_AR_LETTERS)
    for letter, plain in _AR_COMMON:
        if letter in text:
            text = text.replace(letter, plain)
    return text


@lru_cache(maxsize=100_000)
def fold_latin_word(word: str) -> str:
    """One lower-case transliterated word folded to a spelling-neutral form ("hasakeh" -> "hasaka")."""
    word = _WORDS.get(word) or (word if word.isascii() and word.isalnum() and word.islower()  # (a-z0-9 only)
                                else _NOT_ALNUM.sub("", word))
    for fold, letter, other in _FOLDS:
        if letter in word or other in word:
            word = fold(word)
    return word


def _strip_accents(text: str) -> str:
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _arabic_word(word: str) -> str:
    """Drop the article (and a proclitic fused with it: وال، بال، لل ...); _ARTICLES_AR does it to every word of a text."""
    if word.startswith("ال") and len(word) > 3:
        return word[2:]
    if len(word) > 4 and word[0] in _AR_PROCLITICS and word[1:3] == "ال":
        return word[3:]
    if len(word) > 3 and word.startswith("لل"):
        return word[2:]
    return word


# _arabic_word at the start of each word of a text whose words a single space parts, a space put first, in one pass
# (a Python call per word cost more than the rest of a name's key): the article with at least two letters after it, a
# proclitic before it, or لل; the space goes too (a key joins the words). A leading space lets re find it by memchr.
_ARTICLES_AR = re.compile(r" (?:ال(?=\S\S)|[وبلفك]ال(?=\S\S)|لل(?=\S\S))")


def _latin_words(text: str) -> list[str]:
    """Lower-case words without accents, apostrophes or articles (separate or assimilated: "ezzor")."""
    words = _strip_accents(text).lower().translate(_SPLIT_LATIN).split()
    out = []
    for i, word in enumerate(words):
        if word in _ARTICLES and i + 1 < len(words):
            continue
        if i and word[0] in "ae" and words[i - 1] not in _ARTICLES:
            word = _ATTACHED_ARTICLE.sub("", word)
        out.append(word)
    return out


MEMO_SIZE = 200_000  # names whose Parsed and keys are remembered (each memo is emptied when it grows past this)
_PARSED: dict[str, Parsed] = {}
_VARIANTS: dict[str, tuple[str, ...]] = {}
# Readings made beforehand (gazetteer.indexes ships those of every name its layers write): name -> its one key (no
# level, no region, no other key), or [level, region, key, *other keys]. parse() and variants() are pure functions of
# the text, so a name found here needs neither normalised nor taken apart.
Reading = str | list
_READINGS: dict[str, Reading] = {}


def readings(names) -> dict[str, Reading]:
    """The readings of `names` for know_readings(), made as if none were known (the memos start afresh)."""
    known = dict(_READINGS)
    _READINGS.clear()
    clear_memos()
    try:
        table = {}
        for name in names:
            parsed, keys = parse(name), variants(name)
            simple = parsed.level is None and not parsed.region and keys == (parsed.key,)
            table[name] = parsed.key if simple else [parsed.level, parsed.region, *keys]
        return table
    finally:
        _READINGS.update(known)
        clear_memos()


def know_readings(table: dict[str, Reading]) -> None:
    """Take `table` (readings()'s, as gazetteer.indexes ships it) as the readings of its names."""
    _READINGS.update(table)


def clear_memos() -> None:
    """Forget every remembered Parsed and keys (a benchmark's fresh start; the known readings stay)."""
    _PARSED.clear()
    _VARIANTS.clear()


def parse(text: str) -> Parsed:
    """The key of a place name plus what its designator and region words say, remembered (variants() of a new name
    remembers its Parsed too: a query asks for both, and the text is normalised once)."""
    found = _PARSED.get(text)
    if found is None:
        known = _READINGS.get(text)
        if known is not None:
            return _remember(_PARSED, text, _known_parse(known))
        found = _remember(_PARSED, text or "", _parse_text(text or ""))
    return found


def _parse_text(text: str) -> Parsed:
    norm = text if text.isascii() else _normalized(text)
    return _parse(norm, is_arabic(norm))


def _known_parse(known: Reading) -> Parsed:
    if known.__class__ is str:
        return tuple.__new__(Parsed, (known, None, False))
    return tuple.__new__(Parsed, (known[2], known[0], known[1]))


def _remember(memo: dict, text: str, value):
    """`value` stored in `memo` under `text` (the memo emptied first when it is full), and returned."""
    if len(memo) >= MEMO_SIZE:
        memo.clear()
    memo[text] = value
    return value


def _parse(text: str, arabic: bool) -> Parsed:
    """parse() of a text normalize_arabic has normalised already, `arabic` saying its script (is_arabic). One is made
    for every new name, so a plain name's Parsed is made without the named tuple's keyword __new__."""
    if arabic:  # split at separators as well as spaces (a name of letters and spaces alone, most of them, needs no
        # str.translate, which looks each Arabic character up in a dict)
        if not text.replace(" ", "").isalpha():  # (then words apart by single spaces, as _ARTICLES_AR needs them)
            text = " ".join(text.translate(_SPLIT_ARABIC).split())
        words = text.split()
        if _AR_SPECIAL.isdisjoint(words):  # most names: none of those words; each word without its article
            body = _ARTICLES_AR.sub("", " " + text) if "ال" in text or "لل" in text else text  # (half: none)
            return tuple.__new__(Parsed, (body.replace(" ", ""), None, False))
    else:
        words = _latin_words(text)
        if _LATIN_SPECIAL.isdisjoint(words):
            return tuple.__new__(Parsed, ("".join(map(fold_latin_word, words)), None, False))
    if arabic and len(words) > 2 and words[1] in _AR_LEAD_DESIGNATORS.get(words[0], ()):  # "من مدينة حلب" (from the
        words = words[1:]  # city of Aleppo), "في قرية X", "وسط مدينة حمص" (the centre of Homs): the designated place
    if arabic and len(words) > 1 and words[0] in _AR_CLITIC_DESIGNATORS:  # "بحي السكري" is "حي السكري" (alone, or
        words = [_AR_CLITIC_DESIGNATORS[words[0]], *words[1:]]  # elsewhere, a word of the name: the village بقرية)
    designators = _AR_DESIGNATORS if arabic else _LATIN_DESIGNATORS
    directions = _AR_DIRECTIONS if arabic else _LATIN_DIRECTIONS
    regions = _AR_REGION if arabic else _LATIN_REGION
    level, rural, compass, kept, of = None, False, False, [], False
    for n, word in enumerate(words):
        if word in regions:  # "countryside of X", "ريف X"
            rural = True
        elif arabic and word in _AR_REGION_OF and not kept:  # "الريف الشرقي لX": the place X's ل is "of"
            rural = of = True
        elif of and word.startswith("ل") and word not in _AR_DIRECTION_ADJECTIVES and len(word) > 3:
            kept.append(word if word.startswith("لل") else word[1:])  # (لل: the article, dropped with it)
            of = False
        elif word in directions:  # "northern X", "شمال X"
            compass = True
            kept.append(word)
        elif (word in designators and not (arabic and kept and n == len(words) - 1)
              or word == _AR_ISLAND and not kept):  # Arabic writes a designator first: last, after the name, it
            level = designators.get(word) or level  # is a word of it (قرة مزرعة, Qara Mazraa); جزيرة only first
        else:
            kept.append(word)
    # A direction makes a region, unless the name says it is a town ("Western Ghariyah town").
    region = rural or (compass and level not in ("town", "neighbourhood"))
    if region:
        kept = [w for w in kept if w not in directions and (arabic or w not in _LATIN_REGION_PARTS)]
    if region and arabic:
        kept = [w for w in kept if w not in _AR_DIRECTION_ADJECTIVES]
    if not kept:  # a name made only of such words keeps them
        kept, region = words, False
    if arabic:
        body = "".join(_arabic_word(w) for w in kept)
    else:
        body = "".join(map(fold_latin_word, kept))
    return Parsed(key=(REGION + body) if region and body else body, level=level, region=region and bool(body))


_VILLAGE_WORDS = frozenset(("village", "hamlet", "farm", "farms", "قريه", "مزرعه"))
_CAMP_WORDS = frozenset(("camp", "camps", "مخيم", "مخيمات"))


def _words(text: str) -> set[str]:
    """A name's words, normalised and case-folded (designators included, a first one without its proclitics:
    "بمخيم اليرموك" says camp)."""
    words = normalize_arabic(text or "").casefold().translate(_SPLIT_ARABIC).split()
    return {_AR_CLITIC_DESIGNATORS.get(words[0], words[0]), *words[1:]} if len(words) > 1 else set(words)


def says_village(text: str) -> bool:
    """True when a name calls its place a village, hamlet or farm ("As Safsafah village", "قرية الصفصافة")."""
    return not _VILLAGE_WORDS.isdisjoint(_words(text))


def says_camp(text: str) -> bool:
    """True when a name calls its place a camp ("Yarmouk Camp", "مخيم اليرموك")."""
    return not _CAMP_WORDS.isdisjoint(_words(text))


# Words that start what news writes after a camp's name, not a part of it: a preposition ("for Palestinian refugees",
# "near the border", "في", "على"), a compass word ("south of Damascus", "جنوب دمشق") or the countryside (بريف).
_CAMP_TAIL_LATIN = frozenset(("for", "in", "near", "of", "on", "at", "by", "outside", "inside", "along",
                              *_LATIN_DIRECTIONS))
_CAMP_TAIL_AR = frozenset(map(normalize_arabic, ("في", "على", "قرب", "عند", "داخل", "بمدينه", *_AR_DIRECTIONS,
                                                *_AR_REGION)))


def _camp_tail(word: str) -> bool:
    """True when a word begins a description of a camp rather than continuing its name: one of the words above, an
    Arabic word with "for the" (للاجئين، للنازحين) or an Arabic adjective of the article and a nisba ending (الحدودية,
    "the border ..."; never a name's second noun: باب السلامة, عين الحلوة)."""
    if word.isascii():
        return word.lower() in _CAMP_TAIL_LATIN
    word = normalize_arabic(word)
    return word in _CAMP_TAIL_AR or word.startswith("لل") or (
        word.startswith("ال") and word.endswith(("ي", "يه")) and len(word) > 4)


def camp_heads(text: str) -> list[str]:
    """A camp's name without the words that describe the camp after it, longest first, each still saying camp and
    naming more than that ("مخيم حندرات للاجئين الفلسطينيين" -> "مخيم حندرات"; "مخيمات أطمة الحدودية"; "Jaramana
    camp south-east of Damascus"): the cut falls only before a word _camp_tail reads as a description; none for a
    name that does not say camp."""
    words = (text or "").split()
    heads = (" ".join(words[:n]) for n in range(len(words) - 1, 0, -1) if _camp_tail(words[n]))
    return [head for head in heads if says_camp(head) and not _words(head) <= _CAMP_WORDS]


def normalize(text: str) -> str:
    """The match key of a place name: two spellings of one place get the same key."""
    return parse(text).key


def variants(text: str) -> tuple[str, ...]:
    """The key, then keys with an Arabic proclitic stripped from the first word (وبإدلب -> إدلب, بتل أبيض -> تل
    أبيض), or for a Latin name, with its one compass word or Upper/Lower as part of the name ("Western Ghouta",
    "Upper Baghouz" -> Baghouz al-Fawqani), without an
    English silent final e ("Hole" -> hul as well as hula) and with a dh read as d ("Hadher" -> hadir too).
    Remembered, and the name's Parsed with them: its text is normalised and its script told once for both."""
    found = _VARIANTS.get(text)
    if found is None:
        known = _READINGS.get(text)
        if known is None:
            return _remember(_VARIANTS, text or "", _variants(text or ""))
        if len(_PARSED) >= MEMO_SIZE:
            _PARSED.clear()
        if len(_VARIANTS) >= MEMO_SIZE:
            _VARIANTS.clear()
        if known.__class__ is str:  # (most: one key, no level or region; _known_parse written out)
            _PARSED[text] = tuple.__new__(Parsed, (known, None, False))
            found = _VARIANTS[text] = (known,)
        else:
            _PARSED[text] = _known_parse(known)  # (a query asks for both)
            found = _VARIANTS[text] = tuple(known[2:])
    return found


def _variants(text: str) -> tuple[str, ...]:
    norm = text if text.isascii() else _normalized(text)  # normalize_arabic, written out
    arabic = is_arabic(norm)
    parsed = _PARSED.get(text)
    if parsed is None:
        parsed = _remember(_PARSED, text, _parse(norm, arabic))
    keys = [parsed.key]
    # "Western Ghouta": also al-Ghouta al-Gharbiya; "Lower Kastana": also Kastana al-Tahtani
    named = compass_name(text) if parsed.region or _height_word(text) else None
    if named and parse(named).key not in keys:
        keys.append(parse(named).key)
    if arabic:
        head, _, tail = norm.strip().partition(" ")
        cuts = (1, 2) if head[:1] in _AR_PROCLITICS and not parsed.region else ()
        for cut in cuts:  # (strip() leaves nothing: all are proclitics; a two-letter first word only before another)
            if (len(head) - cut >= 3 or (len(head) - cut == 2 and tail)) and not head[:cut].strip(_AR_PROCLITICS):
                reading = f"{head[cut:]} {tail}"  # (normalised already: a part of a normalised text)
                key = _parse(reading, is_arabic(reading)).key
                if key and key not in keys:
                    keys.append(key)
        return tuple(keys)
    norm = norm.strip()
    if _SILENT_E.search(norm):  # "Hole" may be al-Hol as well as Houla ("village" stays a word)
        key = parse(" ".join(w if w.lower() in _LATIN_SPECIAL else _SILENT_E.sub("", w) for w in norm.split())).key
        if key and key not in keys:
            keys.append(key)
    if _DH.search(norm):  # "Hadher" may be al-Hadir (ض) as well as a ذ/ظ name
        key = parse(_DH.sub("d", norm)).key
        if key and key not in keys:
            keys.append(key)
    return tuple(keys)


def _height_word(text: str) -> bool:
    """True when a name has Upper or Lower as a word ("Upper Baghouz"), or starts with Old, Great(er), Big, Small,
    Little or Lesser ("Old Mazzeh", "Greater Jadin"): words of the name's own, as X al-Qadima or X al-Kabira. Four
    substring tests and a first letter tell most names without lower-casing and splitting them."""
    if ("pper" in text or "ower" in text or "PPER" in text or "OWER" in text) and not _LATIN_HEIGHTS.isdisjoint(
            text.lower().split()):
        return True
    return text != "" and text[0] in _SIZE_INITIALS and text.split(None, 1)[0].lower() in _LATIN_SIZES  # "" is in any str


def _has_article(word: str) -> bool:
    """An Arabic word that starts with the article, after up to two proclitics (الحمر، والحمر، فبالحمر)."""
    return word.find("ال", 0, 4) >= 0 and any(
        word.startswith("ال", cut) and len(word) - cut > 3 and all(c in _AR_PROCLITICS for c in word[:cut])
        for cut in (0, 1, 2))


@lru_cache(maxsize=100_000)
def article_count(text: str) -> int:
    """How many definite articles a name writes ("Dayr ash Sharqi" 1, "التلول الحمر" 2, "Tuba" 0)."""
    text = normalize_arabic(text or "")
    if is_arabic(text):
        return sum(map(_has_article, text.translate(_SPLIT_ARABIC).split()))
    words = _strip_accents(text).lower().translate(_SPLIT_LATIN).split()
    return sum(w in _ARTICLES for w in words[:-1])


@lru_cache(maxsize=100_000)
def article_words(text: str) -> frozenset[int]:
    """Which words of a name carry the definite article, counted without designators, compass and countryside
    words and the articles themselves: "al-Sheikh Hadid" and الشيخ حديد {0}, "Shaykh al Hadid" and شيخ الحديد {1},
    حمران none. The key drops every article, so this is what tells such namesakes apart."""
    text = normalize_arabic(text or "")
    if is_arabic(text):
        words = [w for w in text.translate(_SPLIT_ARABIC).split() if w not in _AR_SPECIAL]
        return frozenset(n for n, word in enumerate(words) if _has_article(word))
    found, n, after_article = set(), 0, False
    words = _strip_accents(text).lower().translate(_SPLIT_LATIN).split()
    for i, word in enumerate(words):
        if word in _ARTICLES and i + 1 < len(words):
            after_article = True
        elif word not in _LATIN_SPECIAL and word not in _LATIN_LEADING:
            if after_article:
                found.add(n)
            n, after_article = n + 1, False
    return frozenset(found)


def compass_name(text: str) -> str | None:
    """'Western Maliha' as the village name it may be ('Maliha al-gharbiya'; 'Upper Baghouz': 'Baghouz
    al-fawqani'), and 'بري شرقي' (a compass adjective
    after the name, without its article) as 'بري الشرقي'; None without one compass word."""
    words = (text or "").split()
    if is_arabic(text or ""):
        last = normalize_arabic(words[-1]) if len(words) >= 2 else ""
        return " ".join(words[:-1]) + " ال" + last if last in _AR_COMPASS_ADJECTIVES else None
    adjectives = [w for w in words if w.lower() in _LATIN_ADJECTIVES]
    if len(adjectives) != 1 or len(words) < 2:
        return None
    rest = [w for w in words if w is not adjectives[0]]
    return " ".join(rest) + " al-" + _LATIN_ADJECTIVES[adjectives[0].lower()]


# Words after a village's or city quarter's name that tell it from a neighbour of the same name ("Baghuz
# at-Tahtani", lower Baghuz; "المخرم الفوقاني"; Damascus's inner and outer "Shaghour Jowani" / "Shaghour Barani"), as
# match keys: a layer often holds only the plain name, or only the qualified ones.
_QUALIFIER_KEYS = frozenset((
    "tahtani", "tahtaniya", "fukani", "fukaniya", "kabir", "kabira", "sagir", "sagira", "kibli", "kibliya",
    "shamali", "shamaliya", "janubi", "janubiya", "sharki", "sharkiya", "garbi", "garbiya", "wusta", "kadim",
    "kadima", "juwani", "juwaniya", "barani", "baraniya",
    "تحتاني", "تحتانيه", "فوقاني", "فوقانيه", "كبير", "كبيره", "صغير", "صغيره", "قبلي", "قبليه",
    "شمالي", "شماليه", "جنوبي", "جنوبيه", "شرقي", "شرقيه", "غربي", "غربيه", "وسطي", "قديم", "قديمه",
    "جواني", "جوانيه", "براني", "برانيه",
))


# Words after a place's name that make it a site beside it ("Khalkhalah Military Airbase", "Nasib border crossing").
_FACILITY_WORDS = frozenset((
    "checkpoint", "military", "airbase", "air", "base", "airport", "dam", "reservoir", "crossing", "border",
    "desert", "station", "power", "plant", "thermal", "prison", "brigade", "division", "army", "silos",
))


# A first Latin word that makes a place the farm of the village it names ("Mazraat Rafin"): Arabic's مزرعة is a
# designator already (مزرعة رفقين is keyed رفقين), a Latin spelling of it is part of the name's key.
_FARM_KEYS = frozenset(("mazrat", "mazra"))


def unqualified(text: str) -> str | None:
    """The name without a last word that tells a village from its namesake neighbour ("Baghuz at-Tahtani" ->
    "Baghuz", "كفر جوم الغربية" -> "كفر جوم"), its article too, without the words that make it a site beside
    the place ("Nasib border crossing" -> "Nasib"), or without a first word that makes it the place's farm
    ("Mazraat Rafin village" -> "Rafin village"); None when it has none or nothing is left."""
    words = (text or "").split()
    last = len(words) - 1
    while last > 0 and (words[last].lower() in _LATIN_DESIGNATORS or normalize_arabic(words[last]) in _AR_DESIGNATORS):
        last -= 1  # "Baghuz at-Tahtani village": the designator stays
    site = last
    while site > 0 and words[site].lower() in _FACILITY_WORDS:
        site -= 1
    if site < last:
        head, tail = words[:site + 1], []
    elif last >= 1 and parse(words[last]).key in _QUALIFIER_KEYS:
        plain = qualifier_stripped(" ".join(words[:last + 1]))
        return " ".join((plain, *words[last + 1:])) if plain else None
    elif last >= 1 and words[0].isascii() and parse(words[0]).key in _FARM_KEYS:
        head, tail = words[1:last + 1], words[last + 1:]
    else:
        return None
    if head[-1].lower() in _ARTICLES:  # "Mukharram al Fawqani"; "Al Military" is no name
        head = head[:-1]
    rest = " ".join(head + tail)
    return rest if head and parse(rest).key else None


def qualifier_stripped(text: str) -> str | None:
    """A village's (or city quarter's) name without its last distinguishing word and that word's article ("عين حسين
    الشمالية" -> "عين حسين", "Baghuz at-Tahtani" -> "Baghuz"): the plain name a text may use for it; None when it has
    no such word."""
    words = (text or "").split()
    if len(words) < 2 or parse(words[-1]).key not in _QUALIFIER_KEYS:
        return None
    head = words[:-1]
    if head[-1].lower() in _ARTICLES:
        head = head[:-1]
    rest = " ".join(head)
    return rest if head and parse(rest).key else None


_AR_DESERT = frozenset(("باديه", "بباديه", "وباديه", "لباديه", "فباديه"))  # normalised: "بادية X", "ببادية X"
_LATIN_DESERT = frozenset(("desert", "badia", "badiya", "badiyah", "badiyat"))
_LATIN_LEADING = frozenset(("the", "of"))


def desert_countryside(text: str) -> str | None:
    """"بادية X", "X desert", "the desert of X", "Badiyat X", "the Y desert of X": the country around X named by its desert, as its
    countryside ("ريف X", "X countryside"), which the countryside path answers; None for any other name. A region
    named so (بادية حماة, "Homs Desert") is found by its own name first: this is asked only when nothing is."""
    words = (text or "").split()
    if len(words) < 2:
        return None
    if is_arabic(text):
        return "ريف " + " ".join(words[1:]) if normalize_arabic(words[0]) in _AR_DESERT else None
    lower = [w.lower() for w in words]
    at = next((n for n, w in enumerate(lower) if w in _LATIN_DESERT), None)
    if at is None:
        return None
    before, after = words[:at], words[at + 1:]
    while before and before[0].lower() in _LATIN_LEADING:
        before = before[1:]  # "the Palmyra desert"
    while after and after[0].lower() in _LATIN_LEADING:
        after = after[1:]  # "the desert of Palmyra"
    place = " ".join(after or before)  # "the Shamiyah desert of Deir Ezzor": a desert in the country around Deir Ezzor
    return f"{place} countryside" if place else None


# Words that make a name a stretch of land, not a settlement: a mountain, a plain, a valley ("جبل السماق", "سهل الروج",
# "the Rouj plain", "Jabal al-Wastani"): first in Arabic (after a proclitic), anywhere in English
_AR_LAND = frozenset(("جبل", "جبال", "سهل", "وادي", "هضبه"))
_LATIN_LAND = frozenset(("jabal", "jebel", "jabel", "jibal", "mount", "mountain", "mountains", "plain", "plains",
                         "valley", "wadi", "sahl", "plateau"))


def land_name(text: str) -> str | None:
    """The name of the mountain, plain or valley a name says it is, without that word ("سهل الروج" -> "الروج", "the
    Rouj plain" -> "the Rouj"); None for any other name."""
    words = (text or "").split()
    if len(words) < 2:
        return None
    if is_arabic(text):
        first = normalize_arabic(words[0])
        land = first in _AR_LAND or first[:1] in _AR_PROCLITICS and first[1:] in _AR_LAND
        return " ".join(words[1:]) if land else None
    rest = [w for w in words if w.lower() not in _LATIN_LAND]
    return " ".join(rest) if len(rest) < len(words) and parse(" ".join(rest)).key else None


def city_part(text: str) -> tuple[str, str] | None:
    """ACLED's "City - Neighbourhood" as (city, part); None for any other name."""
    if not text or ("-" not in text and "–" not in text and "—" not in text):
        return None  # most names: no dash, no regular expression
    pieces = _CITY_PART.split(text.strip())
    return (pieces[0], pieces[1]) if len(pieces) == 2 and all(p.strip() for p in pieces) else None


_QUARTER_WORDS = frozenset(("حي", "hay", "hayy", *(w for w, level in _LATIN_DESIGNATORS.items() if level == "neighbourhood")))


def descriptive(text: str) -> bool:
    """True when a name only describes a spot of its city: it starts with a designator other than "quarter" ("المنطقة
    الصناعية", "City Centre"; not "Hay Mithal") or is made of compass words ("الشمالي", "Al Gharbi"): no name a bare
    mention can mean."""
    arabic = is_arabic(text or "")
    words = (normalize_arabic(text).translate(_SPLIT_ARABIC).split() if arabic else _latin_words(text or ""))
    if not words:
        return False
    bare = [_arabic_word(w) if arabic else w for w in words]
    designators = _AR_DESIGNATORS if arabic else _LATIN_DESIGNATORS
    compass = (_AR_DIRECTIONS | _AR_DIRECTION_ADJECTIVES) if arabic else _LATIN_DIRECTIONS
    return bare[0] in designators and bare[0] not in _QUARTER_WORDS or all(w in compass or w.removeprefix("ال") in compass or parse(w).key in
                                         _QUALIFIER_KEYS for w in words)


def road_part(text: str) -> bool:
    """True when the part after a spaced dash names a road ("Homs - Palmyra road", "حمص - طريق تدمر"): the
    place is somewhere along it, near the city, not in it."""
    split = city_part(text)
    words = normalize_arabic(split[1]).lower().split() if split else []
    return bool(words) and (words[-1] in _ROAD_WORDS or words[0] in _ROAD_WORDS)


def block(key: str) -> str:
    """The first consonant of a key: fuzzy matching compares keys within one block only."""
    body = key.lstrip(REGION)
    return next((c for c in body if c not in "aeiouyاوي"), body[:1])


def skeleton(key: str) -> str:
    """The key's consonants only: a coarse second key for vowel spellings normalisation misses. A first vowel
    is kept as one mark whatever it is ("Ikhtren", "Akhtarin"; "Edlib", "Idlib"), and a final ة, which ends a
    word in the sound a final ا writes (local spellings swap them: معربة / معربا), is a vowel too, in either
    script (normalised to ه in Arabic; the Latin final h of "Salamieh" or "Anjarh")."""
    body = key.lstrip(REGION)
    if is_arabic(body):
        return body[:1] + body[1:].removesuffix("ه").translate(_AR_SKELETON)
    first = "a" if body[:1] in _LATIN_VOWELS else body[:1]
    return first + body[1:].removesuffix("h").translate(_LATIN_SKELETON)


_AR_SKELETON = _table(dict.fromkeys("اوي"))  # the vowels skeleton() drops, in one str.translate
_LATIN_SKELETON = _table(dict.fromkeys("aeiouyw"))
