"""Matching across scripts: a consonant skeleton both an Arabic and a Latin match key reduce to, and a
rough romanisation of Arabic keys to score how alike two cross-script spellings are.

Short vowels are not written in Arabic, so the shared key keeps consonant classes only: emphatic and plain
letters merge (ص/س -> s, ط/ت -> t), ʿayn and hamza vanish, and و/ي are dropped like Latin vowels. A ة inside
a joined key (the end of a word in the construct state, "Maarat al-Numan") may be written t or not at all.
"""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import product
from operator import itemgetter

from rapidfuzz.distance import LCSseq

from gazetteer.normalize import is_arabic, normalize_arabic

MAX_VARIANTS = 8  # skeletons per key (each inner ه doubles them)

# Arabic letters (as normalize_arabic leaves them) to Latin consonant classes; "" drops the letter.
_AR_CLASS = {
    "ب": "b", "ت": "t", "ث": "t", "ج": "j", "ح": "h", "خ": "x", "د": "d", "ذ": "z", "ر": "r", "ز": "z",
    "س": "s", "ش": "S", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "", "غ": "g", "ف": "f", "ق": "k",
    "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "و": "", "ي": "", "ا": "", "ء": "",
}
# Readable romanisation of a normalised Arabic key (vowel letters kept), compared with folded Latin keys.
_AR_ROMAN = {**_AR_CLASS, "خ": "kh", "ش": "sh", "ع": "", "و": "u", "ي": "i", "ا": "a", "ه": "a"}
# A Latin sh or kh is one letter (ش, خ) or two (س or ك, then ح or ه: "Masharah" مسحرة, "Khass Hibal" خس حبال,
# whose words a key joins): each reading is a skeleton.
_LATIN_DIGRAPHS = re.compile("sh|kh")
_DIGRAPH_READINGS = {"sh": ("S", "sH"), "kh": ("x", "kH")}


class _Dropping(dict):
    """A str.translate table that drops every character it does not map."""

    def __missing__(self, char: int) -> None:
        return None


_CLASS_TABLE = _Dropping({ord(c): v for c, v in _AR_CLASS.items()})
# Folded Latin letters to the same classes: consonants kept (v as f, p as b, H, a spoken h, as h), vowels dropped.
_LATIN_TABLE = _Dropping({**{ord(c): c for c in "bcdfghjklmnqrstxzS"}, ord("v"): "f", ord("p"): "b", ord("H"): "h"})
_ROMAN_TABLE = _Dropping({**{c: c for c in range(128)}, **{ord(c): v for c, v in _AR_ROMAN.items()}})


_SPOKEN_H = "\x01"  # a final ه spoken as h ("Sarha" سره): it matches a Latin h before a last vowel only
_LAST_SPOKEN_H = re.compile("(?<=[^aeiouyw])h[aeiouy]$")


def _latin_skeletons(key: str) -> list[str]:
    """The consonant skeletons of a folded Latin key, one per reading of its sh and kh, and with an h before a
    last vowel also as the final ه an Arabic name writes ("Sarha" سره)."""
    if "sh" not in key and "kh" not in key:  # most keys: one reading
        out = [key.translate(_LATIN_TABLE)]
    else:
        pieces = _LATIN_DIGRAPHS.split(key)
        options = [(pieces[0],)]
        for digraph, piece in zip(_LATIN_DIGRAPHS.findall(key), pieces[1:]):
            options += [_DIGRAPH_READINGS[digraph], (piece,)]
        out = []
        for letters in product(*options):
            skeleton = "".join(letters).translate(_LATIN_TABLE)
            if skeleton not in out:
                out.append(skeleton)
            if len(out) >= MAX_VARIANTS:
                break
    if _LAST_SPOKEN_H.search(key):
        out += [s[:-1] + _SPOKEN_H for s in out if s.endswith("h")]
    return out


# An Arabic consonant written twice inside a word, before a long vowel or at the end (a shadda spelt out: كسرة عففان,
# الحتتاش, حززانو) is also read once, as a folded Latin key writes a doubled letter ("Affan" -> afan); not first in the
# key (ببيس is Babis) nor where a joined key puts two words' letters side by side (أم المعز, keyed اممعز).
_DOUBLED = re.compile(r"(?<=[\u0621-\u064a])([\u0628-\u064a])\1(?=[اويه]|$)")
_ONCE = itemgetter(1)  # _DOUBLED's replacement, its group: a C callable (r"\1" calls re's Python helpers each sub())


@lru_cache(maxsize=100_000)
def cross_skeletons(key: str) -> tuple[str, ...]:
    """The script-neutral consonant skeletons of a match key (Arabic or folded Latin); empty for none."""
    if not key:
        return ()
    if not is_arabic(key):
        return tuple(s for s in _latin_skeletons(key) if s)
    single = _DOUBLED.sub(_ONCE, key) if len(key) > 3 else key
    out = _arabic_skeletons(key) if single == key else tuple(
        dict.fromkeys(_arabic_skeletons(key) + _arabic_skeletons(single)))[:MAX_VARIANTS]
    if key[-1] == "ح" and len(key) > 2:  # a final ح a Latin spelling leaves out or writes as the vowel's h
        out = tuple(dict.fromkeys(out + tuple(s[:-1] for s in out if s[-1:] == "h" and len(s) > 1)))[:MAX_VARIANTS]
    return out


# Arabic letters a Latin spelling writes alike, each to one letter of its class (ح and ه as h, ق and ك as k, ت ط ث as t,
# س ص as s, د ض as d, ذ ز ظ as z); the vowel letters, ع and the others stay themselves.
_ALIKE_TABLE = str.maketrans({c: v for c, v in _AR_CLASS.items() if v and sum(w == v for w in _AR_CLASS.values()) > 1})


def alike_key(key: str) -> str:
    """An Arabic match key with each letter a Latin spelling writes alike put as its class, letter for letter: two
    spellings of one name that swap such letters (الهول / الحول, مفكر / مفقر, قاح / قاه) share it."""
    return key.translate(_ALIKE_TABLE)


def _arabic_skeletons(key: str) -> tuple[str, ...]:
    """The consonant skeletons of a normalised Arabic key, one per reading of its ه."""
    body = key[:-1] if key.endswith("ه") else key  # a final ة/ه is a vowel in Latin spellings ("Hamah" -> hama)...
    spoken = body != key and key[-2:-1] != "ا"  # ...or, after a consonant, the h a Latin spelling writes before its
    if "ه" not in body:  # last vowel ("Sarha" سره; not "Anjarh", whose h is the ة). No inner ه: a single pass
        skeleton = body.translate(_CLASS_TABLE)
        return ((skeleton, skeleton + _SPOKEN_H) if spoken else (skeleton,)) if skeleton else ()
    options = [("", "t", "h") if c == "ه" else (_AR_CLASS.get(c, ""),) for c in body]
    if spoken:
        options.append(("", _SPOKEN_H))
    out: list[str] = []
    for letters in product(*options):
        skeleton = "".join(letters)
        if skeleton and skeleton not in out:
            out.append(skeleton)
        if len(out) >= MAX_VARIANTS:
            break
    return tuple(out)


@lru_cache(maxsize=100_000)
def romanize(key: str) -> str:
    """A Latin spelling of an Arabic match key, close to how a folded transliteration looks ("kfrnbuda")."""
    if not is_arabic(key):
        return key
    text = key.replace("اه", "ا").translate(_ROMAN_TABLE)
    return {"و": "w", "ي": "y"}.get(key[0], "") + text[1:] if key[0] in "وي" else text


# A romanised key to its vowel frame (a folded Latin key is its own romanisation: its one frame is
# key.translate(SHORT_VOWELS)).
# Latin letters Arabic lacks are read as the letters it writes for them, as the skeletons read them ("Qara Tepe"
# قرة تبة, "Pinar" بينار; v as ف).
SHORT_VOWELS = str.maketrans({"a": None, "e": None, "o": None, "y": "i", "w": "u", "p": "b", "v": "f"})
# An ه inside an Arabic key is the consonant h ("Hunaydah" هندة, "Sahriyah" صهرية) or a ة ending a word of a
# joined key, which a Latin spelling writes as a vowel or as t ("Maarat al-Numan" معرةالنعمان).
_INNER_HA_READINGS = ("a", "h", "at")


def vowel_frame(key: str) -> str:
    """A key's romanised spelling without the vowels Arabic script leaves unwritten (a, e, o), y/w as i/u:
    what a Latin and an Arabic spelling of one name share beyond their consonants."""
    return romanize(key).translate(SHORT_VOWELS)


@lru_cache(maxsize=100_000)
def romanizations(key: str) -> tuple[str, ...]:
    """romanize(key) first, then the other readings of each ه inside an Arabic key (the final one is a vowel)."""
    first = romanize(key)
    if not is_arabic(key):
        return (first,)
    single = _DOUBLED.sub(_ONCE, key) if len(key) > 3 else key
    if single != key:  # a letter written twice, also read once
        return tuple(dict.fromkeys(_ha_readings(key) + _ha_readings(single)))[:MAX_VARIANTS]
    return _ha_readings(key)


def _ha_readings(key: str) -> tuple[str, ...]:
    """romanize(key) first, then the other readings of each ه inside an Arabic key."""
    first = romanize(key)
    body = key[:-1]
    if "ه" not in body:
        return (first,)
    parts = body.split("ه")
    out = [first]
    for letters in product(_INNER_HA_READINGS, repeat=len(parts) - 1):
        text = parts[0] + "".join(h + part for h, part in zip(letters, parts[1:])) + key[-1]
        reading = romanize(text)  # the Latin letters put in stay as they are
        if reading not in out:
            out.append(reading)
        if len(out) >= MAX_VARIANTS:
            break
    return tuple(out)


@lru_cache(maxsize=100_000)
def vowel_frames(key: str) -> tuple[str, ...]:
    """The vowel frames of a key's readings (romanizations), vowel_frame(key) first: a Latin spelling is
    compared with each and the closest counts."""
    return tuple(dict.fromkeys(r.translate(SHORT_VOWELS) for r in romanizations(key)))


_SPELT = str.maketrans({"y": "i", "w": "u", "o": "u", "e": "i"})
_VOWELS = frozenset("aiu")
_LATIN_VOWELS = frozenset("aeiou")  # a Latin name that begins with one of these...
_ONSETS = frozenset("اعوي")  # ...spells an Arabic one that begins with one of these


@lru_cache(maxsize=100_000)
def spelt_out(latin: str, arabic: str) -> bool:
    """True when a reading of an Arabic key has each of its letters, long vowels included, in order in a folded
    Latin key, and a final vowel the Latin writes is the one Arabic writes last: "Erneh" spells عرنة, not عرانا (no
    a after its r); "Tall Amarah" spells تل عمارة, not تل عمار (no final ة); "Al Alwa" spells علوة, not ألو (its
    last letter is the w). A first alef is any vowel; a final Latin a may be ى, which reads i ("Aria" عرى). A Latin
    name that begins with a vowel spells only an Arabic one that writes it, with alef or ʿayn (و, ي: a u or i):
    "Aqrabat" spells عقربات, not قربات; "Anjarah" عنجارة, not نجارة; and the reverse, an Arabic name that begins
    with ʿayn is spelt only by a Latin one that begins with a vowel ("Sebbeh" is not عصيبة). A final ع is voiced with a vowel, which a Latin
    spelling may write last ("Marea" مارع, "Sarj Fari" سرج فارع)."""
    if latin[:1] in _LATIN_VOWELS and arabic[:1] not in _ONSETS or arabic[:1] == "ع" and latin[:1] not in _LATIN_VOWELS:
        return False  # (an ʿayn first is voiced with a vowel a Latin spelling writes: "Sebbeh" does not spell عصيبة)
    latin = latin.translate(_SPELT)
    last = latin[-1:]
    final_ain = arabic[-1:] == "ع"
    for reading in romanizations(arabic):
        reading = reading.translate(_SPELT)
        if reading[:1] == "a" and latin[:1] in _VOWELS:
            reading = reading[1:]
        if LCSseq.similarity(latin, reading) == len(reading) and (last not in _VOWELS or reading[-1:] == last
                                                                  or last == "a" and reading[-1:] == "i" or final_ain):
            return True
    return False


def display_latin(name: str) -> str:
    """A readable Latin name for an Arabic-only entry ("المصاصنة" -> "al-Msasna"), the article kept."""
    words = []
    for word in normalize_arabic(name).split():
        article = word.startswith("ال") and len(word) > 3
        body = romanize(word[2:] if article else word).capitalize()
        if body:
            words.append(f"al-{body}" if article else body)
    return " ".join(words)
