"""When an event happened: weekdays, yesterday/أمس, "at dawn today", explicit dates, against the publication date."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress, count

from .numbers import parse_number
from .text import AR_FROM, COMMAS, KEY, WORD_MEMO, Token, key_set, key_table, stems, tokenize, word_key



WEEKDAYS = key_table({
    "الاثنين": 0, "الإثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الخميس": 3, "الجمعة": 4, "السبت": 5, "الأحد": 6,
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
})
MONTHS = key_table({
    "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "ابريل": 4, "مايو": 5, "يونيو": 6, "يوليو": 7,
    "أغسطس": 8, "سبتمبر": 9, "أكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12, "شباط": 2, "آذار": 3,
    "نيسان": 4, "أيار": 5, "حزيران": 6, "تموز": 7, "آب": 8, "أيلول": 9,
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "aug": 8,
    "sept": 9, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
})
# كانون/تشرين + الأول/الثاني.
TWO_WORD_MONTHS = {(word_key("كانون"), word_key("الأول")): 12, (word_key("كانون"), word_key("الثاني")): 1,
                   (word_key("تشرين"), word_key("الأول")): 10, (word_key("تشرين"), word_key("الثاني")): 11}
RELATIVE = key_table({"أمس": -1, "الأمس": -1, "البارحة": -1, "yesterday": -1, "اليوم": 0, "today": 0, "tonight": 0})
AR_FIRST = word_key("أول")
AR_DAY, AR_NEXT = word_key("اليوم"), word_key("التالي")
AR_WEEK = word_key("الأسبوع")
AR_PAST = key_set("الماضي", "الماضية", "الفائت", "الفائتة")
AR_NIGHT = key_set("الليلة ليلة")

AR_AGO = frozenset([word_key("قبل")])  # "قبل يومين": the Arabic "ago" stands before its span ("منذ عشرة أيام" is also "for ten days")
AR_AGO_SPANS = key_table({"يوم": 1, "يومين": 2, "أسبوع": 7, "أسبوعين": 14})  # the unit itself counts: "قبل يومين"
AR_AGO_UNITS = key_table({"أيام": 1, "يوما": 1, "أسابيع": 7, "أسبوعا": 7})  # after a number: "قبل ثلاثة أيام"


# "في التاسع من الشهر الجاري", "الـ13 من الشهر الماضي", "في الثالث من شهر شباط": a day told as the Nth of a month.
AR_OF_MONTH, AR_THE_MONTH = word_key("شهر"), word_key("الشهر")
AR_MONTH_NOUNS = frozenset((AR_OF_MONTH, AR_THE_MONTH))  # also what casualties reads as a day, no count
AR_THIS_MONTH = key_set("الجاري", "الحالي")
AR_LAST_MONTH = key_set("الماضي", "المنصرم", "الفائت", "السابق")
AR_ORDINAL_DAYS = key_table({w: n for n, w in enumerate(
    "الأول الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع العاشر".split(), 1)} | {"الحادي": 1})
AR_ORDINAL_TENS = key_table({"عشر": 10, "والعشرين": 20, "والثلاثين": 30})  # "الحادي عشر", "الثالث والعشرين"
AR_TENS_DAYS = key_table({"العشرين": 20, "الثلاثين": 30})

# Words that can start a date expression (anything else is skipped quickly).
DATE_WORDS = frozenset(
    {*WEEKDAYS, *MONTHS, *RELATIVE, *(a for a, _ in TWO_WORD_MONTHS), AR_WEEK, *AR_NIGHT, AR_DAY, AR_FIRST, *AR_AGO,
     *AR_MONTH_NOUNS}
    | {"last", "this", "next", "following", "previous", "day", "ago"}
)
MONTH_HEADS = frozenset({*MONTHS, *(a for a, _ in TWO_WORD_MONTHS)})  # words that can start a month's name
PARTS_OF_DAY = frozenset({"morning", "afternoon", "evening"})
AGO_UNITS = {"day": 1, "days": 1, "week": 7, "weeks": 7}  # "two days ago", "a week ago": counted back from the report


@dataclass(frozen=True)
class When:
    """A date expression of a sentence: the token where it stands, the date and its precision."""

    pos: int
    date: dt.date
    precision: str
    text: str
    after_previous: int = 0  # "the next day", "a day earlier": days after (before) the date the report gave before


SPEECH = frozenset("said says reported reports stated indicated announced added confirmed told".split())
SPOKEN_ON = frozenset("on late early".split())  # "said late on Saturday"


def said_on(tokens: list[Token], when: When) -> bool:
    """Is the day only when something was said ("a correspondent indicated today that ...", "a source told the agency
    on Monday"): the day of the words, not of the event they tell?"""
    k = when.pos - 1
    while k >= 0 and tokens[k].key in SPOKEN_ON:
        k -= 1
    told = next((j for j in range(k, max(-1, k - 4), -1) if tokens[j].key in SPEECH or not tokens[j].is_word), None)
    return told is not None and tokens[told].key in SPEECH and (told == k or tokens[told].key == "told")


def month_at(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """The month named at tokens[i] and the index after it."""
    key = tokens[i].key
    if not _month_word(key):
        return None  # (most words)
    if i + 1 < len(tokens):
        for form in stems(key):
            if (form, tokens[i + 1].key) in TWO_WORD_MONTHS:
                return TWO_WORD_MONTHS[(form, tokens[i + 1].key)], i + 2
    for form in stems(key):
        if form in MONTHS:
            dot = i + 1 < len(tokens) and tokens[i + 1].text == "." and len(key) <= 4  # "Feb. 25"
            return MONTHS[form], i + 1 + dot
    return None


@lru_cache(maxsize=WORD_MEMO)
def _month_word(key: str) -> bool:
    """Can a month's name start at a word with this key (behind its clitics)? Memoised: every word is asked, often
    several times a sentence, and most words are none."""
    return not MONTH_HEADS.isdisjoint(stems(key))


@lru_cache(maxsize=WORD_MEMO)
def _date_word(key: str) -> bool:
    """Can a date expression start at a word with this key (digits, or a date word behind its clitics; "'s" looked
    past)? Memoised: `find_dates` passes over every other word at once."""
    key = key.removesuffix("'s").removesuffix("’s")
    return key[:1].isdigit() or not DATE_WORDS.isdisjoint(stems(key))


def _day(key: str) -> int | None:
    """A day of the month: "30", or an ordinal "30th", "3rd", "1st"."""
    key = key[:-2] if key[-2:] in ("st", "nd", "rd", "th") else key
    return int(key) if key.isdigit() and 1 <= int(key) <= 31 else None


def _on_or_before(published: dt.date, month: int, day: int, year: int | None) -> dt.date | None:
    try:
        date = dt.date(year or published.year, month, day)
    except ValueError:
        return None
    if year is None and date > published:
        date = date.replace(year=date.year - 1)
    return date


def _iso(key: str) -> bool:
    """A key written as an ISO date ("2018-12-20")."""
    return len(key) == 10 and key[4] == "-" and key.replace("-", "").isdigit()


def _year_at(tokens: list[Token], j: int) -> int | None:
    """A four-digit year at tokens[j]."""
    key = tokens[j].key if j < len(tokens) else ""
    return int(key) if len(key) == 4 and key.isdigit() else None


def _explicit(tokens: list[Token], i: int, published: dt.date) -> tuple[dt.date, int] | None:
    """"20 December 2018", "December 20", "December 20, 2018", "20 كانون الأول", "2018-12-20": the date and the index after it."""
    key = tokens[i].key
    if _iso(key):
        try:
            return dt.date.fromisoformat(key), i + 1
        except ValueError:
            return None
    day = _day(key)
    if day is not None and i + 1 < len(tokens) and (m := month_at(tokens, i + 1)):
        j = m[1]
        year = _year_at(tokens, j)
        date = _on_or_before(published, m[0], day, year)
        return (date, j + (year is not None)) if date else None
    if (m := month_at(tokens, i)) and m[1] < len(tokens) and (day := _day(tokens[m[1]].key)) is not None:
        j = m[1] + 1 + (m[1] + 2 < len(tokens) and tokens[m[1] + 1].text == ",")  # "June 10, 2019", "June 10 2019"
        year = _year_at(tokens, j)
        date = _on_or_before(published, m[0], day, year)
        return (date, j + 1 if year is not None else m[1] + 1) if date else None
    return None


def find_dates(tokens: list[Token], published: dt.date) -> list[When]:
    """Every date expression of a sentence, resolved against the publication date."""
    out: list[When] = []
    after = 0  # where the next expression may start (past the last one)
    for i in compress(count(), map(_date_word, map(KEY, tokens))):  # (the words that may open one, found at C speed)
        if i < after:
            continue
        key = tokens[i].key.removesuffix("'s").removesuffix("’s")
        forms = stems(key)
        nxt = tokens[i + 1].key if i + 1 < len(tokens) else ""
        if (found := _explicit(tokens, i, published)) is not None:
            out.append(When(i, found[0], "day", " ".join(t.text for t in tokens[i : found[1]])))
            after = found[1]
            continue
        if key in ("last", "this") and nxt == "week" or AR_WEEK in forms and nxt in AR_PAST:
            back = 7 if key != "this" else 0
            out.append(When(i, published - dt.timedelta(days=back), "week", f"{tokens[i].text} {tokens[i + 1].text}"))
            after = i + 2
            continue
        if key == "this" and nxt in PARTS_OF_DAY:  # "this morning": today, as "صباح اليوم" is
            out.append(When(i, published, "day", f"{tokens[i].text} {tokens[i + 1].text}"))
            after = i + 2
            continue
        if key == "last" and nxt == "night" or forms[-1] in AR_NIGHT and nxt in AR_PAST:
            out.append(When(i, published - dt.timedelta(days=1), "day", f"{tokens[i].text} {tokens[i + 1].text}"))
            after = i + 2
            continue
        if key in ("next", "following") and nxt == "day" or forms[-1] == AR_DAY and nxt == AR_NEXT:
            out.append(_from_previous(out, i, published, 1, f"{tokens[i].text} {tokens[i + 1].text}"))
            after = i + 2
            continue
        if (back := _day_before(tokens, i)) is not None:
            out.append(_from_previous(out, i, published, -1, " ".join(t.text for t in tokens[i:back])))
            after = back
            continue
        if key == "day" and nxt == "before" and tokens[i + 2 : i + 3] and tokens[i + 2].key == "yesterday":
            out.append(When(i, published - dt.timedelta(days=2), "day", "the day before yesterday"))
            after = i + 3
            continue
        if key == "ago":
            if (back := _ago(tokens, i)) is not None:
                out.append(When(back[0], published - dt.timedelta(days=back[1]), "day" if back[1] < 7 else "week",
                                " ".join(t.text for t in tokens[back[0] : i + 1])))
            continue
        if key in AR_MONTH_NOUNS and (found := _nth_of_month(tokens, i, published)) is not None:
            out.append(When(found[1], found[0], "day", " ".join(t.text for t in tokens[found[1] : found[2]])))
            after = found[2]
            continue
        if not AR_AGO.isdisjoint(forms):
            if (back := _ago_ar(tokens, i)) is not None:
                out.append(When(i, published - dt.timedelta(days=back[1]), "day" if back[1] < 7 else "week",
                                " ".join(t.text for t in tokens[i : back[0]])))
                after = back[0]
                continue
            continue
        rel = next((RELATIVE[f] for f in forms if f in RELATIVE), None)
        if rel == 0 and AR_DAY in forms and (nxt in AR_ORDINAL_DAYS or nxt in AR_TENS_DAYS):
            rel = None  # "في اليوم التاسع من شهر آذار", "اليوم الثالث للحملة": the Nth day, not today
        if rel is not None:
            if rel == -1 and (i and AR_FIRST in stems(tokens[i - 1].key) or i > 1 and AR_FIRST in stems(tokens[i - 2].key)):
                rel = -2  # أول أمس، أول من أمس، "وأول أمس"
            out.append(When(i, published + dt.timedelta(days=rel), "day", tokens[i].text))
        weekday = next((WEEKDAYS[f] for f in forms if f in WEEKDAYS), None)
        comma = i + 1 + (nxt in COMMAS)
        if weekday is not None and comma < len(tokens) and (found := _explicit(tokens, comma, published)) is not None:
            out.append(When(i, found[0], "day", " ".join(t.text for t in tokens[i : found[1]])))
            after = found[1]  # "on Wednesday, 24 October": the date the weekday stands for, not this week's Wednesday
            continue
        if weekday is not None and out and out[-1].pos == i - 1 and out[-1].date == published \
                and weekday != published.weekday() and (published.weekday() - weekday) % 7 == 1:
            out[-1] = When(i - 1, published - dt.timedelta(days=1), "day", f"{tokens[i - 1].text} {tokens[i].text}")
            # "مساء اليوم الاثنين" in a report dated Tuesday (filed after midnight): the weekday names the day
        elif weekday is not None and not (out and out[-1].pos == i - 1):  # "أمس الخميس": the relative day rules
            back = (published.weekday() - weekday) % 7
            if not back and i + 1 < len(tokens) and tokens[i + 1].key in AR_PAST:
                back = 7  # "الأحد الماضي" in a report of a Sunday: a week before
            out.append(When(i, published - dt.timedelta(days=back), "day", tokens[i].text))
    return out


def _day_before(tokens: list[Token], i: int) -> int | None:
    """Where "a day earlier", "the day prior", "the day before" (ending its clause, not "the day before the
    attack") or "the previous day" starting at tokens[i] ends: the day before the one the report told last."""
    key = tokens[i].key
    nxt = tokens[i + 1].key if i + 1 < len(tokens) else ""
    if key == "previous" and nxt == "day":
        return i + 2
    if key != "day" or not i or tokens[i - 1].key not in ("a", "the", "one"):
        return None
    after = tokens[i + 2] if i + 2 < len(tokens) else None
    if nxt == "earlier" or nxt == "prior" and (after is None or after.key != "to"):
        return i + 2
    return i + 2 if nxt == "before" and (after is None or not after.is_word) else None


def _from_previous(out: list[When], i: int, published: dt.date, days: int, text: str) -> When:
    """A day counted from another ("the next day", "the day prior"): from the sentence's own day before it when it
    gave one ("gathered on Wednesday to protest a strike ... the day prior"), else from the day the report told
    last (resolved when sentences are read in order; the report's own day stands for it until then)."""
    if out:
        return When(i, out[-1].date + dt.timedelta(days=days), "day", text)
    return When(i, published + dt.timedelta(days=min(days, 0)), "day", text, after_previous=days)


def _ago(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """Where "N days ago" / "a week ago" ending at tokens[i] ("ago") starts, and how many days back it counts."""
    unit = AGO_UNITS.get(tokens[i - 1].key) if i > 1 else None
    if unit is None:
        return None
    if tokens[i - 2].key in ("a", "one"):
        return i - 2, unit
    start = next((j for j in range(max(0, i - 4), i - 1) if (n := parse_number(tokens, j)) and n[1] == i - 1), None)
    return (start, parse_number(tokens, start)[0] * unit) if start is not None else None


def _nth_of_month(tokens: list[Token], i: int, published: dt.date) -> tuple[dt.date, int, int] | None:
    """"في التاسع من الشهر الجاري", "الـ/20/ من الشهر الماضي", "في الثالث من شهر شباط" with tokens[i] the month
    word (الشهر / شهر): the date, where the day starts and the index after the month; None if no day of the month
    stands before "من" or no month is named after it."""
    if i < 2 or tokens[i - 1].key != AR_FROM:
        return None
    k = i - 2 - (tokens[i - 2].text == "/")  # "الـ/20/": the figure between slashes
    day, start = _ar_day(tokens, k)
    if day is None:
        return None
    if tokens[i].key == AR_THE_MONTH:
        nxt = tokens[i + 1].key if i + 1 < len(tokens) else ""
        if nxt not in AR_THIS_MONTH and nxt not in AR_LAST_MONTH:
            return None
        first = published.replace(day=1) - dt.timedelta(days=1) if nxt in AR_LAST_MONTH else published
        month, year, end = first.month, first.year, i + 2
    elif i + 1 < len(tokens) and (m := month_at(tokens, i + 1)) is not None:
        month, year, end = m[0], None, m[1]
    else:
        return None
    date = _on_or_before(published, month, day, year)
    return None if date is None or date > published else (date, start, end)


def _ar_day(tokens: list[Token], k: int) -> tuple[int | None, int]:
    """The day of the month ending at tokens[k] ("13", "الـ13", "التاسع", "الحادي عشر", "الثالث والعشرين",
    "العشرين") and where it starts; (None, k) if there is none."""
    if k < 0:
        return None, k
    key = tokens[k].key
    digits = key[2:] if key.startswith("ال") else key
    if digits.isdigit():
        start = k - (k > 0 and tokens[k - 1].text == "/")
        start -= start > 0 and tokens[start - 1].key == "ال"  # "الـ /20/"
        return (int(digits), start) if 1 <= int(digits) <= 31 else (None, k)
    if key in AR_TENS_DAYS:
        return AR_TENS_DAYS[key], k
    if key in AR_ORDINAL_TENS and k > 0 and tokens[k - 1].key in AR_ORDINAL_DAYS:
        day = AR_ORDINAL_DAYS[tokens[k - 1].key] + AR_ORDINAL_TENS[key]
        return (day, k - 1) if day <= 31 else (None, k)
    if key in AR_ORDINAL_DAYS and key != word_key("الحادي"):
        return AR_ORDINAL_DAYS[key], k
    return None, k


def _ago_ar(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """"قبل يومين", "قبل ثلاثة أيام", "قبل أسبوع" starting at tokens[i] (قبل): the index after it and how many days
    back it counts; None for "قبل أيام" (no figure: frame reads it as an earlier event) and "قبل يومين من X" (before
    another event, not before the report)."""
    j = i + 1
    if j >= len(tokens):
        return None
    if (unit := AR_AGO_SPANS.get(tokens[j].key)) is not None:
        days, end = unit, j + 1
    elif (num := parse_number(tokens, j)) is not None and num[1] < len(tokens) \
            and (unit := AR_AGO_UNITS.get(tokens[num[1]].key)) is not None:
        days, end = num[0] * unit, num[1] + 1
    else:
        return None
    return None if end < len(tokens) and tokens[end].key == AR_FROM else (end, days)


def stated_dates(text: str) -> list[dt.date]:
    """The dates a report writes with their year ("14 March 2017", "March 14, 2017", "14 آذار 2017", "2017-03-14"),
    in text order: they bound its publication date, which relative dates ("yesterday", "on Sunday") are read from."""
    tokens = tokenize(text)
    year_at = lambda j: _year_at(tokens, j + (j < len(tokens) and tokens[j].key in COMMAS))  # noqa: E731
    out = []
    for i, token in enumerate(tokens):
        found = None
        if _iso(token.key):
            found = token.key[:4], token.key[5:7], token.key[8:]
        elif (day := _day(token.key)) is not None and (m := month_at(tokens, i + 1)) and (year := year_at(m[1])):
            found = year, m[0], day
        elif (m := month_at(tokens, i)) and m[1] < len(tokens) and (day := _day(tokens[m[1]].key)) is not None:
            if year := year_at(m[1] + 1):
                found = year, m[0], day
        if found:
            try:
                out.append(dt.date(*map(int, found)))
            except ValueError:
                pass
    return out
