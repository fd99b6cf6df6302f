"""A place span of a sentence and the word tests that decide where a name starts and ends."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from gazetteer import Match

from .events import CUE_WORDS, event_kind
from .place_words import AR_DESIGNATORS, ARTICLES, counted_dual, DIRECTIONS, JOINERS, LOCATIVE, NAME_PREFIXES, NOT_NAME
from .text import NEARBY, WORD_MEMO, Token, arabic_word, key_set, stems, word_key

FINE_KINDS = ("city", "town", "village", "neighbourhood", "camp")  # designated settlements: "مدينة حلب" is the city itself


@dataclass
class Place:
    """A place mention: its tokens, the name as written, the gazetteer's match and the text's context."""

    start: int
    end: int
    text: str
    match: Match | None
    kind: str | None = None  # designator kind: village, town, area, governorate, region ...
    role: str = "target"  # target, context, or why it is not where the event was
    hint: Match | None = None  # the admin unit the text gives around it
    joined_to: int | None = field(default=None, repr=False)  # index of the list head it follows
    added: bool = False  # the text adds it as a target of its own ("إضافة إلى", "as well as")

    @property
    def coarse(self) -> bool:
        """Known only at governorate/district/region level (or not at all)."""
        return self.match is None or self.match.geo_precision >= 3

    def key(self) -> str:
        m = self.match
        if m is None:
            return word_key(self.text)
        return f"{m.level}:{m.admin3_pcode or m.admin2_pcode or m.admin1_pcode}:{m.name_en}:{m.geo_precision}"


def is_arabic_token(tok: Token) -> bool:
    """Is the token an Arabic word?"""
    return arabic_word(tok.key)


def name_text(tokens: list[Token], start: int, end: int) -> str:
    """The words of tokens[start:end] as a place's text, less a "بـ" ("in") written on with a tatweel ("بـX")."""
    return " ".join(t.text for t in tokens[start:end]).replace("بـ", "").strip()


def capitalised(tok: Token) -> bool:
    """A capitalised word, or one with a lower-case article: "al-Numan", "ez-Zor"."""
    t = tok.text
    if t[:1].isupper():
        return True  # (most words it is asked about: no need to cut them at a hyphen)
    head, dash, rest = t.replace("_", "-").partition("-")  # "Tal al_Samn": a source's underscore for the hyphen
    return bool(dash) and head.lower() in ARTICLES and rest[:1].isupper()


def name_word_ar(tok: Token) -> bool:
    """An Arabic word that can be part of a name: not a particle, a time word, a designator or a clitic phrase."""
    key = tok.key
    if tok.text == "علي":
        return True  # the name Ali, spelt with ي; the preposition على shares its key
    if not tok.is_word or key in NOT_NAME or key in LOCATIVE or key in JOINERS or designator(tok) or counted_dual(key):
        return False
    if key[:1] == "ل" and event_kind(key[1:]) is not None:
        return False  # "قرية الدور لقصف": "for shelling" ends the name
    if key[:1] in "تي" and key in CUE_WORDS:
        return False  # "على مدينة تسيطر عليها المعارضة": a verb in the present tense, not a name
    return not (key[:3] in ("بال", "لال", "كال", "فال") or key[:2] == "لل")


DIRECTION_NOUNS = key_set("شمال جنوب شرق غرب")  # "north of": never in a name


def possessed(key: str) -> str:
    """A noun without its possessive suffix ("مطارها" -> "مطار"): "its airport" is a facility, not a name."""
    for suffix in ("هما", "هم", "ها", "ه"):
        if key.endswith(suffix) and len(key) - len(suffix) >= 3:
            return key[: -len(suffix)]
    return key


def is_prefix(key: str) -> bool:
    """A name's first word ("تل"), also behind a proclitic ("وتل", "بكفر")."""
    return key in NAME_PREFIXES or key[:1] in "وبفل" and key[1:] in NAME_PREFIXES or key[:2] in ("وب", "ول") and key[2:] in NAME_PREFIXES


LED_TO = ("أدى", "أدت")  # "وأدى إلى ...": written with its hamza, a verb; normalised, the prefix وادي ("valley")
LED_TO_KEYS = key_set("أدى أدت وأدى وأدت فأدى فأدت")


def led_to(tok: Token) -> bool:
    """"وأدى" as written (hamza, final ى): the verb "and it led (to)", which the normalised key cannot tell from
    وادي."""
    if tok.key not in LED_TO_KEYS:
        return False
    text = "".join(ch for ch in tok.text if not "\u064b" <= ch <= "\u0652")
    return text in LED_TO or text[:1] in "وف" and text[1:] in LED_TO


def prefix_alone(tokens: list[Token], i: int) -> bool:
    """Is tokens[i] a name's first word ("كفر", "وتل") with the rest of the name after it?"""
    if not is_prefix(tokens[i].key) or i + 1 >= len(tokens):
        return False
    nxt = tokens[i + 1]
    named = name_word_ar(nxt) or nxt.key in DIRECTIONS  # "باب شرقي": an adjective completes a prefix
    return named and not nxt.key.isascii() and nxt.key[:1] != "و" and nxt.key not in DIRECTION_NOUNS


def bare(tokens: list[Token], start: int, end: int) -> str:
    """A name as written without the proclitic و/ب/ف of its first word ("وتلمنس" -> "تلمنس")."""
    text = name_text(tokens, start, end)
    key = tokens[start].key
    if len(key) > 2 and key[0] in "وبف" and key not in NAME_PREFIXES:  # "بيت", "بير" begin with ب themselves
        cut = 2 if len(key) > 4 and key[1] in "بل" and key[0] == "و" else 1
        return text[cut:]
    return text


def designator(tok: Token) -> str | None:
    """The kind a designator word names ("قرية" village, "بأحياء" neighbourhood), its proclitics stripped; a clitic
    on the two-letter "حي" too ("بحي المزة", "وحي الوعر"), which stems() keeps whole (it strips none off three letters)."""
    return key_designator(tok.key)


@lru_cache(maxsize=WORD_MEMO)
def key_designator(key: str) -> str | None:
    """`designator` of a word's key (memoised: every word of a sentence is asked, several times; a scan maps it over
    a sentence's keys at C speed)."""
    short = (key[1:],) if len(key) == 3 and key[0] in SHORT_CLITICS else ()
    return next((AR_DESIGNATORS[f] for f in (*stems(key), *short) if f in AR_DESIGNATORS), None)


SHORT_CLITICS = "وفبل"  # proclitics a two-letter designator may carry




def past_nearby(tokens: list[Token], k: int) -> int:
    """The word before a name past an adjective of nearness ("in nearby X"; the tokens leave out its brackets)."""
    return k - 1 if k > 0 and tokens[k].key in NEARBY else k
