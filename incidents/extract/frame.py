"""One sentence read for violence: its event cues, casualty figures, places, actors and dates (a Frame)."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from .actors import ActorMention, actor_mentions
from .breakdown import breakdown
from .casualties import Count, counts, listed_counts
from .dates import When, find_dates, month_at
from .events import AIR, OTHER, EventCue, event_cues, not_conflict, strike_logs
from .numbers import parse_number
from .quantities import AR_SUBSET
from .places import PlaceFinder
from .roles import DASHES
from .spans import Place
from .text import AR_FROM, CLAUSE_MARKS, COMMAS, Sentence, arabic_word, key_set, word_key

EARLY_IN = word_key("مطلع")  # "مطلع العام": early in the year
ARCHIVE = word_key("أرشيف")  # in "أرشيف", "أرشيفية", "(وكالة-أرشيف)"
OLD_DAYS = 7  # an event dated more than a week before the report is background (the annotated sets leave it out)
TALLY_WORDS = key_set("since منذ خلال حتى")  # حتى: "وصل عدد الضحايا إلى 17 حتى 17 من الشهر" (a toll as of a day)
SUPERLATIVES = key_set("الأكثر الأعنف الأشد الأكبر الأسوأ الأخطر الأضخم deadliest bloodiest worst")  # "the deadliest since"
SUPERLATIVE_REACH = 3  # "هجوم يعد الأكثر دموية منذ مطلع العام": the superlative a few words before "since"
RELATIVE = key_set("where which who since after حيث التي الذي الذين بعد منذ")  # what follows is an aside
MONTH_OPENERS = key_set("in early late mid of أواخر أوائل منتصف مطلع")  # "in March 2018", "late in April", "end of May"
OLD_MONTHS = 2  # a bare "in <month>" this many months or more before the report's own is an earlier event
PART_OF_MONTH = key_set("early late mid end beginning start middle أواخر أوائل منتصف مطلع")  # "at the end of August"
PAST = key_set("last recent past الماضي الماضية المنصرم المنصرمة السابق الأخير الأخيرة")  # "خلال الأسبوع الأخير"
MONTH_PAST = key_set("الماضي الماضية المنصرم المنصرمة الفائت الفائتة السابق")  # "تشرين الأول الماضي": last October
THIS_MONTH = key_set("الجاري الحالي")  # "مطلع شهر حزيران الجاري": early this June
AR_MONTH_WORD = key_set("شهر")
AR_TIME, AR_EARLIER_ADJ = word_key("وقت"), key_set("سابق سابقة")  # "في وقت سابق من هذا الشهر": earlier this month
AR_EARLIER = key_set("سبق")  # "وسبق أن قتل ...": it happened before
THIS_THAT = key_set("هذا ذلك هذه تلك")  # "وسبق هذا الهجوم ...": before this attack came
PRECEDED_IT = key_set("سبقه سبقها سبقهما سبقتها سبقته")  # "وسبقها بشهر انفجار ...": a month before it came
PLUPERFECT = key_set("وكان وكانت")  # "وكان شاب قد قتل ...": it had happened, before the report's news
AR_ALREADY = word_key("قد")
TOLL_NOUNS = key_set("حصيلة الحصيلة")  # "وكانت حصيلة أولية قد أشارت ...": the told event's earlier toll
DAY_SPANS = frozenset("days week weeks month months year years".split())  # spans longer than a day, in English
SPANS = key_set("week weeks month months year years summer winter spring autumn الشهر الأسبوع الأسابيع الأشهر العام "
                "السنوات السنة الأيام")
FEW = key_set("القليلة القليل")  # "الأيام القليلة الماضية": the last few days
SOME = key_set("few several")  # "the last few years"
SINCE_AGO = key_set("قبل منذ")
AFTER = word_key("بعد")
COMES = key_set("يأتي تأتي جاء جاءت وجاء")  # "يأتي ذلك بعد أيام من ...", "وجاء الانفجاران بعد أيام من ...": what it comes after
SOME_SPANS = key_set("أيام أسابيع أشهر شهور سنوات")  # no number: "some days ago"
ONE_OR_TWO_DAYS = key_set("يوم يومين")  # "بعد يوم (واحد) من", "بعد يومين من": a day or two after
DAY_AFTER_FILLERS = key_set("واحد فقط")  # "بعد يوم واحد فقط من"
MORROW = word_key("غداة")  # "غداة مقتل ...": the day after
DATELINE_WORDS = 4  # a dateline's place before its dash: "دير الزور - ", "ريف حلب الشمالي - "
OF = word_key("من")
WEEKDAYS_AR = key_set("السبت الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة")
CAMPAIGN = key_set("حملة حملات")  # "the campaign has killed ... since": its toll
PRESENT_OPENERS = key_set("تشهد يشهد تتعرض يتعرض تعاني يعاني تتواصل يتواصل")  # "وتشهد المنطقة ...": what it sees
RECURS = key_set("تتكرر يتكرر تتوالى يتوالى")  # "وتتكرر التفجيرات في X": recurring, by the verb itself
HABITUAL = key_set("يومي يومية يوميا متكرر متكررة متكررا متكررين باستمرار مستمر مستمرة")  # daily, again and again
ACCUSES = key_set("يتهم تتهم اتهم اتهمت يتهمون")  # a sentence opened by an accusation
STRUCK = key_set("استهدف استهدفت قصف قصفت")  # a strike told in the past tense
ASIDE = key_set("يذكر يشار")  # "ويذكر أن ...", "يشار إلى أن ...": what the report adds aside
NOTEWORTHY, NOTED = word_key("الجدير"), key_set("ذكره الذكر")  # "الجدير بالذكر أن ...", "والجدير ذكره ..."
OPENER_REACH = 3  # "والجدير ذكره تشهد منطقة X ...": the present verb after a lead-in
NOW_AND_THEN = (word_key("بين"), word_key("الحين"))  # "بين الحين والآخر": from time to time (not "منذ ذلك الحين")
PERIODS = key_set("year years month months week weeks beginning start launch انطلاق بدء monday tuesday wednesday thursday "
                  "friday saturday sunday january february march april may june july "
                  "august september october november december عام العام السنة الشهر الأسبوع أسبوع أسبوعين أسابيع شهر "
                  "شهرين أشهر سنوات أعوام بداية مطلع مطلع اندلاع إعلان كانون شباط "
                  "آذار نيسان أيار حزيران تموز آب أيلول تشرين")


@dataclass
class Frame:
    """What one sentence says about violence: its cues, casualty figures, places, actors and date."""

    sentence: Sentence
    cues: list[EventCue]
    counts: list[Count]
    anaphors: list[str]
    places: list[Place]
    actors: list[ActorMention]
    when: When | None
    dates: list[When] = field(default_factory=list)

    @property
    def targets(self) -> list[Place]:
        """The places the sentence tells the event happened at (role "target")."""
        return [p for p in self.places if p.role == "target"]


def read_frame(sentence: Sentence, finder: PlaceFinder, published: dt.date, governorate,
           named: frozenset[str] = frozenset(), listed: str | None = None) -> Frame | None:
    """What a sentence says about violence, or None when it names no event and gives no figure; `listed` is the kind
    of figure a breakdown's heading announced for the lines after it."""
    tokens = sentence.tokens
    if len(tokens) > 1 and tokens[0].text in ("FILE", "File") and tokens[1].text in ("-", "–", "—", ":"):
        return None  # "FILE - This file frame grab ... shows smoke rise from ... shelling on X": an old photo's caption
    if any(ARCHIVE in t.key for t in tokens):
        return None  # "آثار غارة على X (الصحافة السورية-أرشيف)", "صورة أرشيفية": an archive photo's caption
    if _accusation_only(tokens):
        return None  # "ويتهم النظام قوات المعارضة في حي جوبر باستهداف الأحياء": who is blamed and from where, no event
    cues = event_cues(tokens)
    if not_conflict(tokens) and all(c.sub_event_type == OTHER for c in cues):
        return None  # an earthquake "killed" people: no conflict event
    arabic = any(arabic_word(t.key) for t in tokens)
    found, anaphors = counts(tokens, arabic)
    counted = any(c.value for c in found)  # (before tallies drop their figures)
    if not found and listed:
        found = listed_counts(tokens, listed, arabic)  # "• Iblin town: a family of five people"
    found = breakdown(tokens, found, anaphors)
    earlier = _day_after(tokens)
    found = [c for c in found if not _same_period(tokens, c) and not _runs_over_days(tokens, c)
             and not _country_wide(tokens, c) and not _in_earlier_clause(tokens, c, earlier)]
    if found and _war_toll(tokens, found):
        return None  # "More than 100,000 people have been killed in Syria's conflict": the war's toll, no event
    tally = next((i for i, t in enumerate(tokens) if t.stem in TALLY_WORDS and _period_after(tokens, i)
                  and not _ranks(tokens, i)), None)
    if tally is not None:  # "Since late April, more than 300 civilians have been killed": a tally, not an event
        campaign = found and any(t.stem in CAMPAIGN for t in tokens[: min(c.pos for c in found)])
        kept = [] if campaign else [c for c in found if c.pos < tally and any(t.text in CLAUSE_MARKS for t in tokens[c.pos : tally])
                                    and not any(t.key in TOLL_NOUNS for t in tokens[c.end or c.pos + 1 : (c.end or c.pos + 1) + 3])]
        # ("أن حملة القصف ... أدت لاستشهاد 35 ... منذ 12 من الشهر": a campaign's toll since a day is a tally, commas or not)
        # (a figure in the tally's own clause is the tally's: "The conflict has killed 380,000 people since 2011"; so is one
        # whose toll is named after it: "ارتفعت إلى 332، حصيلة القتلى منذ بدء الهجوم")
        if not kept and (tally <= 1 and len(kept) < len(found) or all(c.sub_event_type == OTHER for c in cues)):
            return None  # opened by the tally, its figures were the tally's: it tells no event of its own
        found = kept
    told = {c.pos for c in cues}
    logs = [EventCue(start, AIR if coded else OTHER) for start, coded in strike_logs(tokens) if start not in told]
    cues = sorted(cues + logs, key=lambda c: c.pos)  # each coded entry of a strike log is one air strike there
    if not cues and not anaphors and not any(c.value for c in found):
        return None  # no event named, no figure: a statement, a threat, background
    dates = find_dates(tokens, published)
    if recalls_past(sentence, published, dates, bool(logs)):
        return None
    actors = actor_mentions(tokens)
    places = finder.find(tokens, actors, cues, governorate, named)
    if places and all(p.role == "outside Syria" for p in places):
        return None
    if counted and _provinces_only(places, finder) and not any(w.precision == "day" for w in dates):
        return None  # "69 were killed by air strikes in Homs desert, Swaydaa, Hama, Raqqa and Aleppo": a summary, no event
    return Frame(sentence, cues, found, anaphors, places, actors, dates[0] if dates else None, dates)


SUMMARY_UNITS = 5  # a sentence counting dead over this many provinces and nothing finer sums up a period, no event
# (a roundup headline naming three or four, "Bombardment targets Idlib, Hama and Lattakia", still places its events)


def _provinces_only(places: list[Place], finder: PlaceFinder) -> bool:
    """Are the sentence's targets several governorates or regions and nothing finer ("in Homs desert, Swaydaa, Hama,
    Raqqa, Deir al-Zor and Aleppo")? A tally or a survey names provinces; an event names its town."""
    targets = [p for p in places if p.role == "target"]
    units = [finder.roles.unit(p) for p in targets]
    return len(targets) >= SUMMARY_UNITS and all(u is not None and u.level in ("governorate", "region") for u in units) \
        and len({u.admin1_pcode for u in units}) >= SUMMARY_UNITS


def recalls_past(sentence: Sentence, published: dt.date, dates: list[When] | None = None, logged: bool = False) -> bool:
    """Does the sentence tell an earlier event: set in the past with no day ("raids last month killed two", "in recent
    weeks"), or past the first sentence with every day it names over a week old ("On June 26, three children were
    killed" in a December report; a report opens with its news, and a strike log's dated line is the event itself)?"""
    tokens = sentence.tokens
    dates = find_dates(tokens, published) if dates is None else dates
    if (_background(tokens) or _earlier_month(tokens, published) or _past_month(tokens)
            or _told_before(tokens) or _days_before(tokens) or _habitual(tokens) or _aside(tokens)
            or sentence.index and _pluperfect(tokens)) and not any(w.precision == "day" for w in dates):
        return True
    return bool(sentence.index and dates and not logged and all(
        w.precision == "day" and (published - w.date).days > OLD_DAYS for w in dates))


def _aside(tokens) -> bool:
    """"ويذكر أن مدينة X شهدت اشتباكات ...", "الجدير بالذكر أن مدن X تتعرض ...", "يشار إلى أن ...": a sentence opened
    by 'it is worth noting' adds to the report what it sets aside from its news (an earlier battle, a siege, a tally, a
    detail of the event told): no event of its own, unless it gives a day."""
    return bool(tokens) and (tokens[0].stem in ASIDE or tokens[0].stem == NOTEWORTHY and len(tokens) > 1
                             and tokens[1].stem in NOTED)


def _background(tokens) -> bool:
    """Does the sentence set what it tells in the past ("last month", "in recent weeks", "in early 2014", "years
    ago", "الشهر الماضي", "مطلع العام", "خلال الأسابيع الماضية")?"""
    keys = [t.key for t in tokens]
    keys = keys[: next((k for k, key in enumerate(keys) if k and key in RELATIVE), len(keys))]  # the main clause
    for k, key in enumerate(keys):
        nxt = keys[k + 1] if k + 1 < len(keys) else ""
        if key in PAST and (k and keys[k - 1] in SPANS or nxt in SPANS and key in ("last", "recent", "past")
                            or k > 1 and keys[k - 1] in FEW and keys[k - 2] in SPANS):
            return True  # "الشهر الماضي", "last month", "in recent weeks", "in the past month", "في الأيام القليلة الماضية"
        if key == "earlier" and nxt == "this" and k + 2 < len(keys) and keys[k + 2] in SPANS:
            return True  # "earlier this month"
        if key == AR_TIME and nxt in AR_EARLIER_ADJ and keys[k + 2 : k + 3] == [AR_FROM] and _span_after(keys, k + 3):
            return True  # "في وقت سابق من هذا الشهر", "في وقت سابق من الشهر الجاري" (not "في وقت سابق اليوم")
        if key in ("last", "recent", "past") and _counted_span(tokens, k + 1, len(keys)):
            return True  # "over the past two months", "during the last 28 days", "in the last few years"
        if key in ("ago",) and k and keys[k - 1] in SPANS or key == EARLY_IN and nxt in SPANS:
            return True
        if key == "in" and (nxt.isdigit() and len(nxt) == 4 or nxt in ("early", "late", "mid") and k + 2 < len(keys)
                            and keys[k + 2].isdigit() and len(keys[k + 2]) == 4):
            return True  # "in 2014", "in early 2014"
    return False


def _span_after(keys: list[str], k: int) -> bool:
    """Does a span of time longer than a day start at keys[k] ("هذا الشهر", "هذه السنة", "الشهر الجاري", "العام")?"""
    k += k < len(keys) and keys[k] in THIS_THAT
    return k < len(keys) and keys[k] in SPANS


def _counted_span(tokens, k: int, end: int) -> bool:
    """Do the words at k count spans of time ("two months", "28 days", "few years") before `end`?"""
    found = (1, k + 1) if k < end and tokens[k].key in SOME else parse_number(tokens, k)
    return found is not None and found[1] < end and (tokens[found[1]].key in SPANS or tokens[found[1]].key == "days")


def _earlier_month(tokens, published: dt.date) -> bool:
    """"captured Afrin in March 2018", "late in April" (in a report of May), "was killed in August" (in a report of
    November): a month of an earlier year, a part of another month, or a bare month two or more before the report's,
    with no day, sets what the main clause tells in the past."""
    keys = [t.key for t in tokens]
    end = next((k for k, key in enumerate(keys) if k and key in RELATIVE), len(keys))
    for k in range(end - 1):
        if keys[k] not in MONTH_OPENERS or (found := month_at(tokens, k + 1)) is None:
            continue
        month, after = found
        year = int(keys[after]) if after < len(keys) and keys[after].isdigit() and len(keys[after]) == 4 else None
        part = keys[k] in PART_OF_MONTH or k and keys[k - 1] in PART_OF_MONTH  # "late in April", "أواخر نيسان",
        # "the end of August" (a bare "of August" is no part of it)
        if year is None and part and month != published.month or year is not None and (year, month) < (
                published.year, published.month):
            return True
        if year is None and keys[k] == "in" and tokens[k + 1].text[:1].isupper() \
                and (published.month - month) % 12 >= OLD_MONTHS:
            return True  # "was killed in August" in a November report (not a "march"); a bare "in April" of May
            # ("Clashes resumed in April in Saraqib") may be this spring's news
    return False


def _past_month(tokens) -> bool:
    """"في شهر تشرين الأول الماضي", "في ديسمبر/ كانون الأول الماضي", "خلال شهر شباط/فبراير الماضي", "مطلع شهر حزيران
    الجاري", "last February": a named month said to be the last one, or a part of this one, with no day sets an earlier event or a
    month's tally, wherever it stands in the sentence."""
    keys = [t.key for t in tokens]
    for k in range(len(keys)):
        if (found := month_at(tokens, k)) is None:
            continue
        after = found[1]
        if after + 1 < len(keys) and keys[after] == "/" and (alt := month_at(tokens, after + 1)) is not None:
            after = alt[1]  # "شباط/فبراير": the same month in two calendars
        before = k - 1 - (k > 0 and keys[k - 1] in AR_MONTH_WORD)
        if after < len(keys) and (keys[after] in MONTH_PAST or keys[after] in THIS_MONTH and before >= 0
                                  and keys[before] in PART_OF_MONTH) or before >= 0 and keys[before] == "last":
            return True  # (also "on the 17th of last February")
    return False


def _accusation_only(tokens) -> bool:
    """"ويتهم نظام الأسد قوات المعارضة في حي جوبر باستهداف أحياء دمشق، في حين تنفي الفصائل ...": a sentence opened by an
    accusation tells who is blamed, not an event - unless a later clause tells a strike of its own ("..., مشيرة إلى أن
    الجيش استهدف مصادر النيران في محيط بلدة X")."""
    if not any(t.stem in ACCUSES for t in tokens[:OPENER_REACH]):
        return False
    clause = next((k for k, t in enumerate(tokens) if t.text in CLAUSE_MARKS), len(tokens))
    return not any(t.stem in STRUCK for t in tokens[clause:])


def _habitual(tokens) -> bool:
    """"وتشهد مدينة إدلب وريفها غارات جوية يومية", "وتتعرض المنطقة لقصف متكرر", "والجدير ذكره تشهد منطقة X ... بشكل
    مستمر": a sentence opened by a verb in the present that tells what a place sees daily or again and again is the
    story's background, not an event of its own."""
    if any(t.stem in RECURS for t in tokens[:OPENER_REACH]):
        return True
    opener = next((k for k, t in enumerate(tokens[:OPENER_REACH]) if t.stem in PRESENT_OPENERS), None)
    return opener is not None and any(
        t.stem in HABITUAL or (t.key, nxt.key) == NOW_AND_THEN for t, nxt in zip(tokens[opener + 1 :], tokens[opener + 2 :]))


def _told_before(tokens) -> bool:
    """"وسبق أن قتل أربعة مدنيين ...", "وسبق هذا الهجوم هجمات ...", "وسبقها بشهر انفجار ...": a sentence opened by
    'it happened before that' or 'before this came' recalls an earlier event."""
    if len(tokens) < 2:
        return False
    opener = tokens[0].key.removeprefix("و")
    return tokens[0].stem in AR_EARLIER and (tokens[1].key == word_key("أن") or tokens[1].key in THIS_THAT) \
        or opener in PRECEDED_IT


def _pluperfect(tokens) -> bool:
    """"وكان شاب قد قتل برصاص مجهولين في X", "وكانت امرأة توفيت متأثرة بجراحها": a sentence opened by وكان/وكانت past
    the report's first tells what had happened before its news - unless its subject is the event itself ("وكان القصف
    قد طال X": where the shelling told reached) or its toll ("وكانت حصيلة أولية قد أشارت إلى ...": the same event's
    earlier figure)."""
    if not tokens or tokens[0].key not in PLUPERFECT:
        return False
    subject = 1 + (len(tokens) > 1 and tokens[1].key == AR_ALREADY)
    return subject >= len(tokens) or not (tokens[subject].key.startswith("ال") and event_cues(tokens[subject : subject + 1])
                                          or tokens[subject].stem in TOLL_NOUNS)


WAR_NOUNS = frozenset("conflict war uprising revolution crisis".split())
WAR_OPENERS = frozenset("in during since syria's country's".split())


def _war_toll(tokens, found: list[Count]) -> bool:
    """Is a figure of the sentence a toll of the whole war ("100,000 killed in Syria's 2-1/2-year-old conflict"): a
    war noun after in/since/during within a few words, in the figure's own clause?"""
    keys = [t.key.replace("’", "'") for t in tokens]
    wars = [n for n, key in enumerate(keys) if key in WAR_NOUNS and any(k in WAR_OPENERS for k in keys[max(0, n - 4) : n])]
    return any(not any(t.text in CLAUSE_MARKS for t in tokens[min(n, c.pos) : max(n, c.pos)]) for n in wars for c in found)


def _same_period(tokens, count) -> bool:
    """"while about 107 persons have been injured in the same period": a figure of the tally told before."""
    keys = [t.key for t in tokens[count.pos : count.pos + 10]]
    return any(keys[k : k + 2] == ["same", "period"] and keys[k - 1] == "the" for k in range(1, len(keys) - 1))


SPAN_OPENERS = frozenset("within over during in".split())  # "within 28 days", "in the past two weeks"
SPAN_WORDS = frozenset("the past last first more than nearly almost about".split())  # between the opener and the count
# ("in the past two weeks", "in more than five years of war")
SPAN_ADJECTIVE = re.compile(r"^[^-]+-(day|week|month|year)$")  # "the 11-month crackdown" (not "a 12-year-old")


def _runs_over_days(tokens, count) -> bool:
    """"..., raise the death toll to about 220 within 28 days of escalation", "adding to the more than 6,000 people who
    have died in the 11-month crackdown": a figure whose own clause goes on to a span of time longer than a day counts
    the span's dead, a tally, not the event's (an event told before it, in a clause of its own, keeps its figure)."""
    for k in range(count.pos + 1, len(tokens)):
        key = tokens[k].key
        if tokens[k].text in CLAUSE_MARKS:
            return False
        if SPAN_ADJECTIVE.match(key) and not _old(tokens, k + 1):
            return True
        if key in SPAN_OPENERS:
            at = k + 1
            while at < len(tokens) and tokens[at].key in SPAN_WORDS:
                at += 1
            found = parse_number(tokens, at)
            if found is not None and found[1] < len(tokens) and tokens[found[1]].key in DAY_SPANS \
                    and not _old(tokens, found[1] + 1):
                return True
    return False


def _old(tokens, k: int) -> bool:
    """True when the word at k is "old": "a 12-year-old boy", "boys over two years old" tell an age, not a span."""
    return k < len(tokens) and tokens[k].key == "old"


WHOLE = key_set("عموم nationwide")  # "في عموم سوريا", "في عموم أنحاء البلاد"
ALL_OVER = key_set("أنحاء across throughout")  # "في مختلف أنحاء سوريا", "killed across the country"
COUNTRY = key_set("سوريا سورية البلاد syria country")
MANY_UNITS = key_set("مدن المدن محافظات المحافظات towns cities provinces")  # "في مدن سورية عدة", "in different towns of X"
SEVERAL = key_set("عدة مختلف سورية السورية different various")


def _country_wide(tokens, count) -> bool:
    """"ونحو 130 قتيلاً في عموم سوريا", "سقط 100 قتيل في مدن سورية عدة", "مقتل 381 شخصاً، بينهم ...، نتيجة ... في
    عموم أنحاء البلاد", "162 people killed across the country", "killed 19 civilians in different towns of Idlib": a
    figure whose own clause (an aside of its parts skipped) spreads it over the whole country or over several of its
    cities or provinces is the country's (or a wide) toll, not an event's."""
    k = count.pos + 1
    while k < len(tokens):
        if tokens[k].text in CLAUSE_MARKS:
            if k + 1 < len(tokens) and tokens[k + 1].key in AR_SUBSET:  # skip the aside ("، بينهم 71 امرأة ...،") to its closing comma
                k = next((j for j in range(k + 2, len(tokens)) if tokens[j].text in CLAUSE_MARKS), len(tokens))
                k += 1
                continue
            return False
        key, near = tokens[k].key, {t.key for t in tokens[max(0, k - 1) : k + 3]}
        if key in WHOLE or key in ALL_OVER and not near.isdisjoint(COUNTRY) or key in MANY_UNITS and not near.isdisjoint(SEVERAL):
            return True  # (near: the word before and two after: "عدة مدن", "مدن سورية عدة")
        k += 1
    return False


def _ranks(tokens, i: int) -> bool:
    """"هجوم يعد الأكثر دموية منذ مطلع العام", "the deadliest attack since 2019": a superlative just before "since"
    ranks the event told against the period's; it counts no toll over the period."""
    return any(t.key in SUPERLATIVES for t in tokens[max(0, i - SUPERLATIVE_REACH) : i])


def _period_after(tokens, i: int) -> bool:
    """Does a month, a year or the start of one follow "since" / "منذ" / "خلال" within a few words, or within the
    clause a sentence opens with "Since" ("Since the city was captured in October, mines have killed 150")?"""
    reach = i + 8  # "since the escalation began in late April"
    if i == 0 and tokens[0].key == "since":
        reach = next((k for k in range(1, min(len(tokens), 20)) if tokens[k].text in COMMAS), reach)
    keys = [t.key for t in tokens[i + 1 : reach]]
    if keys[:1] and keys[0] in WEEKDAYS_AR and keys[1:2] and keys[1] in MONTH_PAST:
        return True  # "ومنذ الخميس الماضي ... أسفرت عن 25 قتيلاً": a tally since a past day
    return any(t.key in PERIODS or t.stem in PERIODS or t.key.isdigit() and len(t.key) == 4
               for t in tokens[i + 1 : reach])


def _days_before(tokens) -> bool:
    """"شن مجهولون قبل أيام هجوماً", "تشهد الجبهات منذ أيام عدة اشتباكات", "يأتي ذلك بعد أيام من اشتباكات": some days
    ago, no day told - an earlier or a running event, not the report's."""
    comes = any(t.stem in COMES for t in tokens[:3])  # "يأتي ذلك بعد أيام من اشتباكات في X": days before
    return any(t.key in SINCE_AGO and nxt.key in SOME_SPANS for t, nxt in zip(tokens, tokens[1:])) or comes and any(
        t.stem == AFTER and nxt.key in SOME_SPANS for t, nxt in zip(tokens, tokens[1:]))


def _day_after(tokens) -> int | None:
    """Where "بعد يوم (واحد) من", "بعد يومين من" or "غداة" ends: what follows is what the sentence's event came a day
    or two after, an earlier event ("..., وذلك بعد يوم من هجوم أسفر عن مقتل 11 في العاصمة"). Its place stays (the
    earlier event is one too, "ويأتي التفجيران بعد يومين من تفجير في X"); only its figures are not the report's.
    Opening the sentence, behind a mark or a dateline's place and dash if any ("وغداة الهجوم قُتل", "درعا - غداة الهجوم
    قُتل"), it dates the sentence's own event; behind a dash farther on ("قُتل اثنان في X - غداة مقتل ستة") it does not."""
    dash = next((k for k, t in enumerate(tokens[: DATELINE_WORDS + 1]) if t.text in DASHES or t.text == "-"), -1)
    opening = next((k for k in range(dash + 1, len(tokens)) if tokens[k].is_word), None)
    for i, t in enumerate(tokens):
        if i == opening:
            continue
        if t.stem == MORROW:
            return i + 1
        if t.stem == AFTER and i + 1 < len(tokens) and tokens[i + 1].key in ONE_OR_TWO_DAYS:
            k = i + 2
            while k < len(tokens) and tokens[k].key in DAY_AFTER_FILLERS:
                k += 1
            if k < len(tokens) and tokens[k].key == OF:
                return k + 1
    return None


def _in_earlier_clause(tokens, count, earlier: int | None) -> bool:
    """Is the figure told in the clause a day-after phrase opens (`_day_after`), the earlier event's? A clause mark
    between them ends that clause: "بعد يوم من الهجوم، قُتل أربعة" tells the sentence's own event a day later."""
    return earlier is not None and earlier <= count.pos and not any(t.text in CLAUSE_MARKS for t in tokens[earlier : count.pos])
