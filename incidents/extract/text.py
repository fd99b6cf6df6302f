"""Report text into sentences and tokens: language, "read also" link lists removed, keys for matching."""
from __future__ import annotations

import html
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter
from typing import NamedTuple

from gazetteer.normalize import FORMAT_CHARS, normalize_arabic

WORD_MEMO = 200_000  # word keys each per-word memo of extraction remembers
_SURROGATE = re.compile("[\ud800-\udfff]")
_ARABIC_LETTER = re.compile("[\u0621-\u064a]")
_TOKEN = re.compile(r"\d{1,3}(?:,\d{3})+(?!\d)|[وبل]?\d+(?=[\u0621-\u064a])|[\w\u064b-\u065f\u0670]+(?:(?:['’`‘ʿʾ]|(?<![\u0621-\u065f\u0670])-(?![\u0621-\u064a]))"
                    r"[\w\u064b-\u065f\u0670]+)*|[^\w\s]", re.UNICODE)  # "al-Bab" one word; "أريحا-احسم" two (Arabic names have no hyphen);
# "15شخصا", "و4آخرين": a figure written against its noun is two words (the و of a joined figure stays with it, "و11")
_SENTENCE_END = re.compile(r"(?=[.!?؟؛])(?<![A-Z])(?<!\b[A-Z][a-z])(?<!\bNo)(?<!\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec))(?<!\bSept)"
                           r"(\.|[!?](?!\s+[a-z])|[؟؛])(?=\s|$)|\n")  # "On Feb. 25, ...": an abbreviated month ends nothing
# (the look-ahead first: the look-behinds are tried only where a mark stands, not at every character)
_MARK_END = re.compile(_SENTENCE_END.pattern[: -len("|\\n")] + r"|\n\Z")  # the same where only the paragraph's end is a line's
_WRAPPED_BREAK = re.compile(r"(?<![.!?:;\"”])[ \t]*\n[ \t]*(?=[a-z])")  # a line that goes on in the middle of a sentence
WRAPPED = 3  # such breaks that show a report's lines were wrapped at a width ("... hit a\ngovernment-held suburb")
WRAPPED_SCAN = 20_000  # characters of a report looked at for them (the cost stays bounded)
_PROCLITICS = "وف"
MAX_TOKENS = 120  # a longer sentence is cut into clauses: extraction cost per sentence stays bounded
CLAUSE_MARKS = frozenset("،,;؛:")
COMMAS = frozenset(",،")  # a Latin or an Arabic comma, as a token's text (never empty where a comma is asked)
_LOST_MARK = re.compile(r"(?<=[A-Za-z])(\?|β(?=s\b))(?=[A-Za-z])")  # "Maarrat al-Nu?man", "Syriaβs": an apostrophe lost or mis-decoded
_LOST_SCRIPT = re.compile(r"((?<!\S)\?+|(?<=\))\?{2,})(?=\s|$)")  # "??????? Maizeela", "Tabaqa ? Raqqa", "(S551)??? Mudar":
# words of a script the source lost
_SLASHED = re.compile(r"(?<![\w/])/(\d+)/(?![\w/])|(?<=\d)(//)(?!\S)")  # "أكثر من /20/ آخرون", "7// أشخاص": a figure some
# outlets set between slashes (or end with two)
# Invisible format characters (the gazetteer's FORMAT_CHARS): removed before matching so that "Ale\u200bppo" is
# Aleppo and a ZWJ beside a digit keeps the number.
_FORMAT_CHARS = re.compile(f"[{re.escape(FORMAT_CHARS)}]")
_PREPOSITIONS = "بلك"
_ARTICLE_GAP = r"(?<=\b[AaEe]l-) (?=[A-Z])|(?<=[a-z]-) (?=(?:held|controlled|backed|run|led|based)\b)"  # "al- Khaldiyya",
# "regime- held": a space a source leaves after a hyphen
_HIDDEN = re.compile(f"{_FORMAT_CHARS.pattern}|{_ARTICLE_GAP}|&(?:#[0-9]{{2,5}}|#x[0-9a-fA-F]{{2,4}}|amp|quot|apos|lt|gt|nbsp);")

# A line that introduces a list of links to other stories; it and the list after it are dropped.
_LINK_HEADER = re.compile(
    r"^\W*(اقرأ|اقرا|إقرأ)\s*(ايضا|أيضا|أيضًا|ايضًا|المزيد)|^\W*قد\s+يهمك|^\W*(مواضيع|أخبار|اخبار)\s+(ذات\s+صلة|متعلقة)"
    r"|^\W*ذات\s+صلة|^\W*(ل?لمزيد|شاهد\s+أيضا|طالع\s+أيضا|طالع\s+ايضا)\s*(:|$)"
    r"|^\W*(read|see|check)\s+(also|more)\b|^\W*related(\s+\w+)?\s*:|^\W*you\s+may\s+also|^\W*(more\s+on\s+this|further\s+reading|also\s+read)\b",
    re.IGNORECASE,
)
MAX_HEADER_WORDS = 3  # a list's title; a longer line ending in a colon introduces the report's own list
_BULLET = re.compile(r"^\s*([-•*–·▪]|\d+[.)])\s+|^\s*\[[^\]]+\]\([^)]+\)\s*$")


class Token(NamedTuple):
    """A word or punctuation mark: as written, its matching key, what the key tells (computed once per key: every
    stage asks them of every token), and its place in the sentence. Made by `token`."""

    text: str
    key: str
    is_word: bool  # the key starts with a letter or a digit
    stem: str  # the key's shortest form without proclitics (stems(key)[-1]): what lexicons are matched against
    start: int
    end: int


@dataclass
class Sentence:
    """One sentence of a report with its tokens; index is its order in the report."""

    text: str
    tokens: list[Token]
    index: int
    offset: int = 0  # where the sentence starts in the (cleaned) report text


@dataclass(frozen=True)
class Cleaned:
    """Report text without invisible format characters, and where each removed one stood (to map spans back)."""

    text: str
    removed: tuple[int, ...]  # positions in the cleaned text before which one character was removed, ascending

    def original(self, i: int) -> int:
        """The offset in the original text of offset i of the cleaned text."""
        return i + bisect_right(self.removed, i)


def clean_text(text: str) -> Cleaned:
    """Remove invisible format characters and the space of "al- X"; lone surrogates become U+FFFD so the text is valid Unicode; a "?" between
    two Latin letters is the apostrophe (ʿayn mark) an encoding lost, and a word of question marks alone stands for
    words of a script it lost (blanked); the slashes around a figure ("/20/") are blanked."""
    text = text.encode("utf-8", "replace").decode("utf-8") if _SURROGATE.search(text) else text
    removed, kept, last = [], [], 0
    hidden = _HIDDEN if "&" in text or "- " in text else _FORMAT_CHARS  # (no entity, no space after a hyphen: only
    for m in hidden.finditer(text):  # format characters can match, and their class alone is a fast scan)
        kept.append(text[last : m.start()])
        at = m.start() - len(removed)  # where it stands in the cleaned text
        if m.group().startswith("&"):  # "Dar&#8217;a": the character an HTML entity stands for, the rest removed
            kept.append(html.unescape(m.group()))
            removed.extend([at + 1] * (len(m.group()) - 1))
        else:
            removed.append(at)
        last = m.end()
    kept.append(text[last:])
    text = "".join(kept)
    if "?" in text or "β" in text:  # (what both patterns need)
        text = _LOST_SCRIPT.sub(lambda m: " " * len(m.group()), _LOST_MARK.sub("'", text))
    if "/" in text:
        text = _SLASHED.sub(lambda m: " " * len(m.group()) if m.group(2) else f" {m.group(1)} ", text)
    return Cleaned(text, tuple(removed))  # same length: offsets unchanged


@lru_cache(maxsize=WORD_MEMO)
def arabic_word(key: str) -> bool:
    """Has the word Arabic letters (not merely a non-ASCII mark such as "–" or "’")? (Memoised: asked of every token.)"""
    return _ARABIC_LETTER.search(key) is not None


_ARABIC_LETTERS = "".join(map(chr, range(0x621, 0x64B)))  # the letters of _ARABIC_LETTER
_LATIN_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def detect_language(text: str) -> str:
    """'ar' when Arabic letters outnumber Latin ones, else 'en' (each letter counted by str.count: no match objects)."""
    arabic = sum(map(text.count, _ARABIC_LETTERS))
    return "ar" if arabic > sum(map(text.count, _LATIN_LETTERS)) else "en"


@lru_cache(maxsize=WORD_MEMO)
def word_key(word: str) -> str:
    """Matching key of one word: Arabic normalised (no diacritics, plain alef, ة->ه, ى->ي), Latin lowercased."""
    return normalize_arabic(word).lower()


@lru_cache(maxsize=WORD_MEMO)
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


def form_in(key: str, table: frozenset[str]) -> bool:
    """Is the word, or one of its forms without proclitics (`stems`), in the table?"""
    return not table.isdisjoint(stems(key))


KEY = itemgetter(1)  # a token's key, for C-level iteration: any(map(test, map(KEY, tokens)))
STEM = itemgetter(3)  # a token's stem, likewise: LEXICON.isdisjoint(map(STEM, window))
AR_FROM = word_key("من")  # "from", "of": "قبل يومين من الهجوم", "التاسع من الشهر", "خمسة أشخاص من عائلة", "من قرية X"


@lru_cache(maxsize=WORD_MEMO)
def _facts(key: str) -> tuple[bool, str]:
    """What a key tells every stage: is it a word, and its stem (memoised: most keys recur)."""
    return key[:1].isalnum(), stems(key)[-1]


@lru_cache(maxsize=WORD_MEMO)
def _word_facts(word: str) -> tuple[str, bool, str]:
    """A written word's key and what it tells (`_facts`), in one memo look-up per token."""
    key = word_key(word)
    return (key, *_facts(key))


def token(text: str, key: str, start: int, end: int) -> Token:
    """The token of `text` (matched by `key`) at [start, end)."""
    return Token(text, key, *_facts(key), start, end)


def key_set(*words: str) -> frozenset[str]:
    """Keys of words given as strings of space-separated words (lexicons written in natural spelling)."""
    return frozenset(word_key(w) for group in words for w in group.split())


def key_table(table: dict[str, object]) -> dict:
    """A table of words to values, keyed by the words' keys."""
    return {word_key(k): v for k, v in table.items()}


NEARBY = frozenset("nearby neighbouring neighboring adjacent".split())  # "in (nearby) Saqba": still "in"
_AYN_MARKS = "'’`ʿʾ"
_new_token = tuple.__new__  # (a Token from its six fields, without the Python-level call of Token(...))
_MERGED = re.compile(r"[A-Za-z]['’`ʿʾ](?![A-Za-z])|\((?:nearby|neighbou?ring|adjacent)\)")  # a transliteration's ʿayn or hamza: "Tal Jum`a", "Tel Jumaa’", "Sana’a" (inner ones join the word)


def tokenize(text: str) -> list[Token]:
    """Words (with inner hyphens/apostrophes and ʿayn marks) and punctuation marks, each with its key and offsets; a
    mark right after a capitalised Latin name that does not end in s is its final ʿayn ("Tel Jumaa’,"), not a quote;
    the brackets an editor put around a word of nearness in a quote are left out ("in (nearby) Saqba")."""
    if not _MERGED.search(text):  # (most sentences: no mark after a word, no bracketed word of nearness)
        return [_new_token(Token, (word := m.group(), *_word_facts(word), *m.span())) for m in _TOKEN.finditer(text)]
    out: list[Token] = []
    for m in _TOKEN.finditer(text):
        word = m.group()
        last = out[-1] if out else None
        if word == ")" and len(out) > 1 and out[-1].key in NEARBY and out[-2].text == "(":
            del out[-2]
            continue
        if word in _AYN_MARKS and last is not None and last.end == m.start() and last.text[:1].isupper() \
                and last.text[-1:].isalpha() and last.text.isascii() and last.text[-1:] not in "sS":
            word = last.text + word
            out[-1] = token(word, word_key(word), last.start, m.end())
            continue
        out.append(token(word, word_key(word), m.start(), m.end()))
    return out


def _kept_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line outside a "read also" / اقرأ أيضا block (its header and its link lines)."""
    kept: list[tuple[int, int]] = []
    skipping = False
    lines = [m for m in re.finditer(r"[^\n]*", text) if not (m.start() and text[m.start() - 1] != "\n" and not m.group())]
    for n, m in enumerate(lines):  # (the empty match right after a line's text is no line)
        line = m.group()
        stripped = line.strip()
        if _LINK_HEADER.search(stripped) or _list_header(stripped, [x.group() for x in lines[n + 1 : n + 3]]):
            skipping = True
            continue
        if skipping and (not stripped or _BULLET.match(line) or len(stripped) < 90 and not stripped.endswith((".", ":"))):
            continue
        skipping = False
        kept.append((m.start(), m.end()))
    return kept


def _list_header(line: str, after: list[str]) -> bool:
    """A short title ending in a colon over a bulleted list ("Earlier today:", "في وقت سابق:"): other stories'
    headlines, not this report's."""
    words = line[:-1].split() if line.endswith(":") else []
    lead = next((x for x in after if x.strip()), "")
    return 0 < len(words) <= MAX_HEADER_WORDS and not any(c.isdigit() for c in line) and bool(_BULLET.match(lead))


def drop_link_lists(text: str) -> str:
    """Remove "read also" / اقرأ أيضا blocks: the header line and the link lines that follow it."""
    return "\n".join(text[a:b] for a, b in _kept_lines(text))


def _blocks(text: str) -> list[tuple[int, int]]:
    """Paragraphs (runs of kept, non-blank lines) as (start, end) offsets in the text."""
    out: list[tuple[int, int]] = []
    start = end = None
    for a, b in _kept_lines(text):
        if not text[a:b].strip():
            if start is not None:
                out.append((start, end))
            start = None
            continue
        if start is None or a != end + 1:  # a dropped link list also ends a paragraph
            if start is not None:
                out.append((start, end))
            start = a
        end = b
    if start is not None:
        out.append((start, end))
    return out


def _clauses(tokens: list[Token]) -> list[tuple[int, int]]:
    """Token ranges of at most MAX_TOKENS, cut after the last comma or semicolon of each window (else hard)."""
    out, start = [], 0
    while len(tokens) - start > MAX_TOKENS:
        window = range(start + MAX_TOKENS - 1, start + MAX_TOKENS // 2, -1)
        cut = next((i + 1 for i in window if tokens[i].text in CLAUSE_MARKS), start + MAX_TOKENS)
        out.append((start, cut))
        start = cut
    out.append((start, len(tokens)))
    return out


def sentences(text: str) -> list[Sentence]:
    """Split a report (link lists removed) into sentences, each with its offset in the text; a blank line always
    ends one, and a run-on sentence is cut into clauses so that the cost of a sentence stays bounded."""
    out: list[Sentence] = []
    ends = _MARK_END if len(_WRAPPED_BREAK.findall(text, 0, WRAPPED_SCAN)) >= WRAPPED else _SENTENCE_END
    for a, b in _blocks(text):
        block = text[a:b]
        start = 0
        for m in ends.finditer(block + "\n"):
            spaced = block[start : m.end()]
            raw = spaced.lstrip()  # (read from its first word: a sentence of one clause keeps its tokens as they are)
            at = start + len(spaced) - len(raw)
            start = m.end()
            tokens = tokenize(raw)
            for i, j in _clauses(tokens) if tokens else ():
                lo, hi = tokens[i].start, tokens[j - 1].end
                part = tokens[i:j] if lo == 0 else [t._replace(start=t.start - lo, end=t.end - lo) for t in tokens[i:j]]
                out.append(Sentence(raw[lo:hi], part, len(out), a + at + lo))
    return out
