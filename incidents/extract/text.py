"""Report text into sentences and tokens: language, "read also" link lists removed, keys for matching."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from gazetteer.normalize import normalize_arabic

_ARABIC_LETTER = re.compile("[\u0621-\u064a]")
_LATIN_LETTER = re.compile("[A-Za-z]")
_TOKEN = re.compile(r"\d{1,3}(?:,\d{3})+(?!\d)|[\w\u064b-\u065f\u0670]+(?:['’\-][\w\u064b-\u065f\u0670]+)*|[^\w\s]", re.UNICODE)
_SENTENCE_END = re.compile(r"(?<![A-Z])(?<!\b[A-Z][a-z])(?<!\bNo)([.!?؟؛])(?=\s|$)|\n")
_PROCLITICS = "وف"
_PREPOSITIONS = "بلك"

# A line that introduces a list of links to other stories; it and the list after it are dropped.
_LINK_HEADER = re.compile(
    r"^\W*(اقرأ|اقرا|إقرأ)\s*(ايضا|أيضا|أيضًا|ايضًا|المزيد)|^\W*قد\s+يهمك|^\W*(مواضيع|أخبار|اخبار)\s+(ذات\s+صلة|متعلقة)"
    r"|^\W*ذات\s+صلة|^\W*(read|see)\s+(also|more)\b|^\W*related(\s+(articles|stories|news))?\s*:|^\W*you\s+may\s+also",
    re.IGNORECASE,
)
_BULLET = re.compile(r"^\s*([-•*–·▪]|\d+[.)])\s+|^\s*\[[^\]]+\]\([^)]+\)\s*$")


@dataclass(frozen=True)
class Token:
    """A word or punctuation mark: as written, its matching key, and its place in the sentence."""

    text: str
    key: str
    start: int
    end: int

    @property
    def is_word(self) -> bool:
        return self.key[:1].isalnum()


@dataclass
class Sentence:
    """One sentence of a report with its tokens; index is its order in the report."""

    text: str
    tokens: list[Token]
    index: int


def detect_language(text: str) -> str:
    """'ar' when Arabic letters outnumber Latin ones, else 'en'."""
    arabic = len(_ARABIC_LETTER.findall(text))
    return "ar" if arabic > len(_LATIN_LETTER.findall(text)) else "en"


@lru_cache(maxsize=200_000)
def word_key(word: str) -> str:
    """Matching key of one word: Arabic normalised (no diacritics, plain alef, ة->ه, ى->ي), Latin lowercased."""
    return normalize_arabic(word).lower()


@lru_cache(maxsize=200_000)
def stems(key: str) -> tuple[str, ...]:
    """The key and the forms without its proclitics (و ف, then ب ل ك; لل -> ال), longest first."""
    out = [key]
    if not _ARABIC_LETTER.match(key):
        return tuple(out)
    if len(key) > 4 and key.endswith("ا") and not key.endswith("اا"):
        out.append(key[:-1])  # accusative ending: قصفا -> قصف, مدنيا -> مدني
    rest = key
    if len(rest) > 3 and rest[0] in _PROCLITICS:
        rest = rest[1:]
        out.append(rest)
    if len(rest) > 3 and rest.startswith("لل"):
        out.append("ال" + rest[2:])
    elif len(rest) > 3 and rest[0] in _PREPOSITIONS:
        out.append(rest[1:])
    return tuple(out)


def key_set(*words: str) -> frozenset[str]:
    """Keys of words given as strings of space-separated words (lexicons written in natural spelling)."""
    return frozenset(word_key(w) for group in words for w in group.split())


def key_table(table: dict[str, object]) -> dict:
    """A table of words to values, keyed by the words' keys."""
    return {word_key(k): v for k, v in table.items()}


def tokenize(text: str) -> list[Token]:
    """Words (with inner hyphens/apostrophes) and punctuation marks, each with its key and offsets."""
    return [Token(m.group(), word_key(m.group()), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def drop_link_lists(text: str) -> str:
    """Remove "read also" / اقرأ أيضا blocks: the header line and the link lines that follow it."""
    kept: list[str] = []
    skipping = False
    for line in text.splitlines():
        stripped = line.strip()
        if _LINK_HEADER.search(stripped):
            skipping = True
            continue
        if skipping and (not stripped or _BULLET.match(line) or len(stripped) < 90 and not stripped.endswith((".", ":"))):
            continue
        skipping = False
        kept.append(line)
    return "\n".join(kept)


def sentences(text: str) -> list[Sentence]:
    """Split a report (link lists removed) into sentences; a blank line always ends one."""
    out: list[Sentence] = []
    for block in re.split(r"\n\s*\n", drop_link_lists(text)):
        start = 0
        for m in _SENTENCE_END.finditer(block + "\n"):
            piece = block[start : m.end()].strip()
            start = m.end()
            if piece and _TOKEN.search(piece):
                out.append(Sentence(piece, tokenize(piece), len(out)))
    return out
