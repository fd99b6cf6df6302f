"""Numbers as reports write them: digits, Arabic-Indic digits, and number words in Arabic and English."""
from __future__ import annotations

import re
from functools import lru_cache

from .text import WORD_MEMO, Token, key_table, stems

_DIGITS = re.compile(r"^\d{1,3}(,\d{3})*$|^\d+$")
_ARTICLE_DIGITS = re.compile(r"^و?ال(\d+)$")  # "الـ30 قتيلاً": the article joined to the digits by a tatweel



AR_UNITS = key_table({
    "واحد": 1, "واحدة": 1, "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2, "ثلاث": 3, "ثلاثة": 3,
    "أربع": 4, "أربعة": 4, "خمس": 5, "خمسة": 5, "ست": 6, "ستة": 6, "سبع": 7, "سبعة": 7, "ثمان": 8,
    "ثماني": 8, "ثمانية": 8, "تسع": 9, "تسعة": 9, "عشر": 10, "عشرة": 10,
})
AR_TEENS_HEAD = key_table({"أحد": 1, "إحدى": 1, "اثنا": 2, "اثني": 2, "اثنتا": 2, "اثنتي": 2})
AR_TENS = key_table({
    "عشرون": 20, "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30, "أربعون": 40, "أربعين": 40, "خمسون": 50,
    "خمسين": 50, "ستون": 60, "ستين": 60, "سبعون": 70, "سبعين": 70, "ثمانون": 80, "ثمانين": 80,
    "تسعون": 90, "تسعين": 90,
})
AR_HUNDREDS = key_table({
    "مئة": 100, "مائة": 100, "مئتان": 200, "مئتين": 200, "مائتان": 200, "مائتين": 200, "ثلاثمئة": 300,
    "ثلاثمائة": 300, "أربعمئة": 400, "أربعمائة": 400, "خمسمئة": 500, "خمسمائة": 500,
})
AR_THOUSANDS = key_table({"ألف": 1000, "ألفا": 1000, "ألفان": 2000, "ألفين": 2000})

EN_SMALL = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "dozen": 12,
}
EN_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90,
}


def _strip_article(key: str) -> str:
    """الثلاثة -> ثلاثه: a number word used as an adjective after its noun carries the article."""
    return key[2:] if key.startswith("ال") and len(key) > 4 else key


@lru_cache(maxsize=WORD_MEMO)
def _ar_word(key: str) -> int | None:
    for form in stems(key):
        if key.endswith("ا") and form == key[:-1]:
            continue  # الثلاثاء (ء dropped) is a weekday, not ثلاث
        form = _strip_article(form)
        for table in (AR_UNITS, AR_TENS, AR_HUNDREDS, AR_THOUSANDS):
            if form in table:
                return table[form]
    return None


def _en_word(key: str) -> int | None:
    if "-" in key:
        head, _, tail = key.partition("-")
        if head in EN_TENS and tail in EN_SMALL and EN_SMALL[tail] < 10:
            return EN_TENS[head] + EN_SMALL[tail]
        return None
    return EN_SMALL.get(key) or EN_TENS.get(key)


@lru_cache(maxsize=WORD_MEMO)
def _word_value(key: str) -> int | None:
    """The value of one word ("25", "الـ30", "twenty-one", "خمسة"), None if it is no number (memoised by key: a
    sentence's every word is tried several times, and most words are none)."""
    if _DIGITS.match(key):
        return int(key.replace(",", ""))
    if (digits := _ARTICLE_DIGITS.match(key)) is not None:
        return int(digits.group(1))
    return _en_word(key) if key.isascii() else _ar_word(key)


@lru_cache(maxsize=WORD_MEMO)
def _teen_head(key: str) -> int | None:
    """The unit an Arabic word gives at the head of a teen or of "one and twenty" ("أحد", "اثنتي", "الإحدى"), or None."""
    head = _strip_article(stems(key)[-1] if stems(key)[-1] in AR_TEENS_HEAD else key)
    return AR_TEENS_HEAD.get(head)


@lru_cache(maxsize=WORD_MEMO)
def may_open_number(key: str) -> bool:
    """Can a number start at a word with this key (a number word or digits, or the head of an Arabic teen)?
    `parse_number` answers None at once for any other word (memoised by key: most words are none)."""
    return _word_value(key) is not None or not key.isascii() and _teen_head(key) is not None


def parse_number(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """The number starting at tokens[i] as (value, index after it), or None: "25", "خمسة وعشرين", "twenty-one"."""
    if i >= len(tokens) or not may_open_number(key := tokens[i].key):
        return None
    if not key.isascii() and (head := _teen_head(key)) is not None:
        if i + 1 < len(tokens) and _ar_word(tokens[i + 1].key) == 10:
            return 10 + head, i + 2
        tens = tokens[i + 1].key[1:] if i + 1 < len(tokens) and tokens[i + 1].key.startswith("و") else ""
        if head == 1 and tens in AR_TENS:
            return AR_TENS[tens] + 1, i + 2  # "إحدى وستين ضحية", "أحد وعشرون": one and sixty
    value = _word_value(key)
    if value is None:
        return None
    j = i + 1
    if key.isascii():
        if j < len(tokens) and tokens[j].key in ("hundred", "thousand"):
            value *= 100 if tokens[j].key == "hundred" else 1000
            j += 1
            if j + 1 < len(tokens) and tokens[j].key == "and" and (more := parse_number(tokens, j + 1)):
                value, j = value + more[0], more[1]
        return value, j
    # Arabic: teens (ثلاثة عشر), units + و + tens (خمسة وعشرين), hundreds (ثلاث مئة), و-joined remainders.
    if value < 10 and j < len(tokens) and _ar_word(tokens[j].key) == 10 and tokens[j].key[0] != "و":
        return value + 10, j + 1
    if value < 10 and j < len(tokens) and tokens[j].key in AR_HUNDREDS and AR_HUNDREDS[tokens[j].key] == 100:
        value, j = value * 100, j + 1
    if j < len(tokens) and tokens[j].key.startswith("و") and (nxt := _word_value(tokens[j].key[1:])):
        if nxt > value or (value >= 100 and nxt < 100):
            return value + nxt, j + 1
    return value, j
