"""Killed and wounded counts in one sentence: each number taken once, vague counts kept as notes."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .dates import AR_MONTH_NOUNS, AR_OF, month_at
from .numbers import may_open_number, parse_number
from .place_words import QUOTES as QUOTE_MARKS, STATEMENT
from .spans import capitalised, name_word_ar
from .text import CLAUSE_MARKS, WORD_MEMO, Token, key_set, stems, token, word_key



# Arabic people nouns: singular (one), dual (two), and words that may follow a number.
AR_ONE = key_set(
    "مدني", "مدنيا", "شخص", "شخصا", "طفل", "طفلا", "طفلة", "امرأة", "سيدة", "رجل", "رجلا", "شاب", "شابا",
    "فتاة", "جندي", "جنديا", "عسكري", "عسكريا", "عنصر", "عنصرا", "مقاتل", "مقاتلا", "مواطن", "مواطنا",
    "مسن", "مسنة", "عامل", "صحفي", "صحفيا", "ناشط", "ضابط", "ضابطا", "قيادي", "قياديا", "راع", "راعي", "راعيا",
    "مزارع", "طبيب", "آخر", "مسعف", "متطوع", "فتى", "يافع", "مجند", "عقيد", "عميد", "ملازم",
    "ممرض", "ممرضة", "معلم", "معلمة", "سائق", "حارس", "شرطي",  # "ممرضان ... قتلا": the dual counts two
    "زوجته", "زوجها", "ابنه", "ابنها", "ابنته", "ابنتها", "والده", "والدته", "شقيقه", "شقيقها", "رضيع",
    "والدتهما", "والدتهم", "والدهما", "والدهم", "والدتها", "والدها", "أمهما", "أمهم", "أبوهما", "زوجتهما",
    "أمها", "أمه", "أبيهم", "أبيهما", "أبيها", "أبيه", "وأبيهم", "أباهم",
    "ثالث", "رابع", "خامس",  # "وأصيب ثالث": a third one
    "صديقه", "صديقها", "رفيقه", "رفيقها", "مرافقه", "زميله", "زميلها",  # "وإصابة صديقه بجروح"
    "أحدهما", "أحدهم", "إحداهما", "إحداهن",  # "مقتل أحدهما": one of them
    "مدعو",  # "مقتل المدعو X": the one called X
    "نازح", "نازحة", "لاجئ", "لاجئة",  # "قتل نازح": a displaced person
)
AR_TWO = key_set(
    "شخصين", "شخصان", "طفلين", "طفلان", "طفليها", "طفليه", "طفلاها", "طفلاه", "طفلتين", "طفلتان",
    "امرأتين", "امرأتان", "رجلين", "رجلان", "شابين", "شابان", "فتاتين", "فتاتان", "جنديين", "جنديان",
    "عنصرين", "عنصران", "شقيقين", "شقيقان", "أخوين", "ابنيه", "ابنيها", "ولديه", "ولديها", "ابنتيه",
    "ابنتيها", "مدنيان", "عسكريان",
)
# Cue nouns that count themselves: "سقوط قتيلين وجريح" is two killed and one wounded.
AR_SELF = {word_key(w): n for w, n in (
    ("قتيل", 1), ("جريح", 1), ("شهيد", 1), ("قتيلان", 2), ("قتيلين", 2), ("جريحان", 2), ("جريحين", 2),
    ("شهيدان", 2), ("شهيدين", 2), ("ضحيتان", 2), ("ضحيتين", 2),
    ("مقتله", 1), ("مقتلها", 1), ("مقتلهما", 2), ("إصابته", 1), ("إصابتها", 1), ("إصابتهما", 2),  # "أدى إلى مقتله"
)}
AR_AFTER_NUMBER = key_set(
    "أشخاص", "شخصا", "مدنيين", "مدنيا", "مدنيون", "عسكريين", "عسكريا", "عسكريون", "جنود", "جنديا",
    "أطفال", "طفلا", "نساء", "رجال", "عناصر", "عنصرا", "مقاتلين", "مقاتلا", "مسلحين", "مسلحا", "مواطنين",
    "مواطنا", "أفراد", "فردا", "آخرين", "آخرون", "سوريين", "سوريون", "أتراك", "روس", "أيضا",
    "من", "بينهم", "الأقل", "على", "آخران", "آخرتان", "طلاب", "عمال", "صحفيين", "أطفاله", "أطفالها", "أبنائه", "أبنائها",
    "مدني", "شخص",  # "إن 18 مدني قتلوا": the bare singular a source writes after a number, as "18 مدنياً"
)
AR_POSTPOSED = key_set("اثنين", "اثنان", "اثنتين", "اثنتان")  # "مدنيين اثنين": two follows its noun
AR_VAGUE = key_set("عشرات", "عدد", "العديد", "مئات", "آلاف", "بعض", "كثير", "العشرات", "المئات")
AR_FAMILY = key_set("عائلة", "أسرة", "العائلة", "الأسرة")
AR_SUBSET = key_set("بينهم", "بينهن", "منهم", "منهن", "بينها")
AR_MOST = key_set("أغلبهم", "معظمهم", "غالبيتهم", "جلهم", "أكثرهم")  # "أغلبهم من الأطفال": most of them, no figure
MOST_REACH = 5  # "أغلبهم من الأطفال والنساء": the people words after it
AR_OTHERS = key_set("آخر", "آخران", "آخرين", "آخرون", "آخرتان", "أخرى")  # "قتل وجرح آخر": one more, not a joint figure

EN_ONE = frozenset(
    "woman man child boy girl civilian soldier fighter person teenager journalist doctor farmer wife husband "
    "son daughter mother father brother sister baby infant shepherd officer member commander militant "
    "policeman nurse student worker resident leader mukhtar activist cousin nephew uncle relative driver guard "
    "teacher citizen".split()
)
EN_PEOPLE = EN_ONE | frozenset(
    "women men children boys girls civilians soldiers fighters people persons teenagers journalists doctors "
    "citizens farmers sons daughters brothers sisters members militants officers troops students workers residents "
    "passers-by passersby bystanders others other more syrian syrians kurdish turkish russian government regime pro-government "
    "opposition rebel rebels jihadists jihadist gunmen security personnel army police family relatives "
    "victims siblings including".split()
) - {"including"}
GROUP_HEADS = frozenset("members member fighters elements personnel militants soldiers troops gunmen officers".split())  # "members of the X forces"
GROUP_WORDS = frozenset("forces security army patrol militia militias group faction factions brigade police "
                        "guards convoy unit units".split())
EN_DETERMINERS = frozenset("a an one his her their its another".split())  # "injuring another seven"
ANOTHER_ENDS = frozenset("and was were who due by when as after during while".split())  # "injuring another and ...", "another was hurt", "the injury of another due to": one person
EN_AGES = frozenset("young elderly old teenage pregnant little small".split())  # before the person word of "a young man"
# "a fourth civilian died": the toll so far, told by the rank of the latest victim.
EN_ORDINALS = {w: n for n, w in enumerate("second third fourth fifth sixth seventh eighth ninth tenth".split(), 2)}
EN_QUALIFIERS = ("at least", "up to", "more than", "some", "about", "nearly", "almost", "around", "approximately", "over")
_QUALIFIER_HEADS: dict[str, list[str]] = {}
for _phrase in EN_QUALIFIERS:
    _QUALIFIER_HEADS.setdefault(_phrase.split()[0], []).append(_phrase)
EN_VAGUE = frozenset("unknown dozens scores several many hundreds numerous thousands few".split())
EN_SUBSET = frozenset("including".split())
ANIMALS = frozenset("sheep goats cattle cows camels horses donkeys livestock animals heads head".split())  # "100 heads of sheep"
THEM_ALL = [["them", "all"], ["them", "both"], ["all", "of"], ["both", "of"]]  # "killing them all", "all of them"
ASIDE_MARKS = frozenset(",،–—")  # around an aside: "Fourteen civilians – three of them children – were killed"
ONE_PERSON = frozenset("him her".split())  # "opened fire on X, killing him": one
EN_OTHER_FATES = frozenset("arrested detained kidnapped abducted captured seized missing taken held freed released "
                           "rescued evacuated displaced".split())  # "and five others were arrested": no casualties
EN_PERSON_NOUNS = frozenset("syrian rebel jihadist".split())  # "a Syrian and three Lebanese fighters": one person
EN_MANNER = frozenset("severely seriously critically lightly slightly fatally badly also reportedly reported later shot "
                      "allegedly".split())  # between "was" and its cue: "was severely wounded", "was shot dead", "were reported injured"
# Between a figure and the injuries it sustained: "three others suffered serious injuries", "40 hospitalised with wounds".
EN_INJURY_LEAD = frozenset("serious minor critical severe light moderate slight grave varying various multiple "
                           "hospitalized hospitalised treated with".split())
INJURY_NOUNS = frozenset("injuries injury wounds wound".split())
EN_NONE = frozenset("no nobody none noone neither nor".split())  # "no one was hurt"
EN_SAID = frozenset("said says told reported added".split())  # a statement verb closing a clause  # "among 7 dead" is the total; "among them 3 children" a part

# Cue words: the kind they report and where their number stands (after: fwd, before: back).
AR_KILLED_FWD = key_set("قضى", "قضوا", "ارتقى", "ارتقت", "ارتقاء", "اغتال", "اغتالت", "اغتيال", "بحياة", "مقتل", "قتل", "قتلت", "استشهاد", "استشهد", "استشهدت", "مصرع", "وفاة", "أودى", "أودت", "حصد", "حصيلة", "إعدام", "أعدم",
                        "قتلوا", "فارق", "توفي", "توفيت", "لقي", "لقيت",
                        "يقتل", "تقتل", "يقتلون", "تقتلان", "يقتلان", "تودي", "يودي",  # headlines: "غارة تقتل 5"
                        "مودية", "موديا", "مودين",  # "مودية بخمسة مدنيين": claiming five
                        "ضحيتها", "ضحيته", "ضحيتهم", "ضحيتهما")  # "راح ضحيتها ثلاثة مدنيين": its victims
AR_KILLED_BACK = key_set(
    "قتلى", "قتيلا", "قتيل", "قتيلان", "قتيلين", "شهداء", "شهيدا", "شهيد", "قتلوا", "استشهدوا", "مصرعهم", "حتفهم",
    "حتفه", "مصرعه", "ضحايا", "الضحايا", "القتلى", "الشهداء", "جثث", "جثة", "جثامين", "مقتله", "مقتلها", "مقتلهما",
    "مقتولين", "مقتولا", "مقتول", "مقتولة",  # "عثر على شخصين مقتولين"
    "قتلا", "استشهدا",  # "طفلين اثنين قُتلا": the dual past
    "شهيدان", "شهيدين",  # "ارتقى شهيدان": two martyrs, counted by the word itself
    "ضحية", "ضحيتين", "ضحيتان",  # "سقوط 61 ضحية": the singular a number from eleven on counts, and the dual
)
AR_WOUNDED_FWD = key_set("أصاب", "إصابة", "اصابة", "أصيب", "أصيبوا", "أصيبت", "جرح", "جرحت", "إصابات",
                         "يصيب", "تصيب", "يجرح", "تجرح", "يصيبان", "تصيبان")
AR_WOUNDED_BACK = key_set(
    "جرحى", "جريحا", "جريح", "جريحان", "جريحين", "مصابين", "مصابا", "مصاب", "بجروح", "جرحوا", "أصيبوا", "أصيبا",
    "إصابات", "الجرحى", "المصابين", "إصابته", "إصابتها", "إصابتهما",
)
AR_FILLERS = key_set(
    "ما", "لا", "يقل", "عن", "نحو", "حوالي", "قرابة", "أكثر", "من", "زهاء", "يزيد", "بحياة", "أرواح",
    "إلى", "الى", "ارتفعت", "بلغت", "وصلت", "القتلى", "الضحايا", "الوفيات", "بجروح", "كل",
    "خلالها", "خلاله", "فيها", "فيه", "جراءها", "جراءه",  # "قتل خلالها أربعة": killed in it, four
    "أيضا",  # "التي قتل أيضاً 2 من عناصرها"
)
TOLL = key_set("حصيلة", "toll")
ALSO_AR = [word_key("إضافة"), word_key("إلى")]
OTHER_TOLL = frozenset("higher lower different".split())  # "gave a higher toll of 18 dead": another source's
DIED_OF_WOUNDS = key_set("يفارق", "فارق", "فارقوا", "يفارقون", "فارقا", "succumbed", "succumb")
# Verbs whose object (the person killed) may stand a few words away: "اغتال مسلحون مجهولون قيادياً".
LONG_REACH = key_set("اغتال", "اغتالت", "أعدم", "أعدمت", "assassinated", "executed", "assassinate", "assassinates",
                     "assassination")  # "an assassination operation by unknown gunmen against a former commander"
LONG_REACH_WORDS = 14  # "اغتال مسلحون مجهولون، صباح اليوم الثلاثاء 7 آذار/مارس، شاباً": past the doers and the date
TO = key_set("إلى", "الى", "to")
EN_KILLED = frozenset("killed killing kills kill dead died die dies death deaths fatalities toll life lives executed assassinated "
                      "assassinate assassinates bodies martyred martyrs martyrdom assassination".split())  # "four fighters were martyred", "16 martyrs"
EN_WOUNDED = frozenset("wounded wounding wounds wound injured injuring injuries injury injures injure hurt".split())
EN_BOTH = frozenset(["casualties"])
EN_BACK_ONLY = frozenset("dead died die dies deaths fatalities hurt casualties bodies martyred martyrs".split())  # "the lives of two": both ways
EN_NOUN_CUES = frozenset("death deaths fatalities toll life lives bodies casualties injuries wounds".split())
EN_FWD_ONLY = frozenset("killing kills kill wounding injuring injury injures injure wound toll assassinate assassinates "
                        "martyrdom assassination".split())
EN_FILLERS = frozenset(
    "at least up more than some about nearly almost around approximately over were was are is have has had been being be also reportedly rose risen climbed reached to of now stood shot them those "
    "stands lost their the lives numbered found sustained suffered who".split()
)
INJURY_FILLERS = EN_FILLERS | EN_MANNER | EN_INJURY_LEAD  # back from "injuries": "suffered serious injuries"
# Words a noun cue's figure may stand behind, beyond the usual ones: "suffered serious injuries", "lost his life".
BACK_FILLERS = {**dict.fromkeys(INJURY_NOUNS, INJURY_FILLERS), "life": EN_FILLERS | EN_MANNER | {"his", "her"}}


@dataclass
class Quantity:
    """A counted noun phrase: "6 عسكريين سوريين", "a woman and her two children", "dozens"."""

    start: int
    end: int
    value: int | None
    vague: str | None = None
    qualifier: str | None = None
    subset: bool = False
    claimed: bool = False
    bare: bool = False  # a singular noun with no number or article ("kills woman"): one, beside a verb only
    total: bool = False  # a rank ("a fourth civilian"): the whole figure so far, not one more


@dataclass(frozen=True)
class Count:
    """One casualty figure: kind killed/wounded/both, value (None if vague), where it stands, any note."""

    kind: str
    value: int | None
    pos: int
    note: str | None = None
    end: int | None = None  # token after the counted phrase
    total: bool = False  # a toll ("the toll rose to 15"): the whole figure so far, not one more


@dataclass(frozen=True)
class Cue:
    kind: str  # killed, wounded, both
    pos: int
    fwd: bool
    back: bool
    definite: bool
    own: int | None  # a cue that counts itself: قتيلان (2), جريح (1)


def casualty_word(key: str) -> bool:
    """Does an Arabic word tell people killed or wounded ("أصيب", "مقتل", "جرحى")? Such a word is never a name."""
    return any(_in(key, table) for table in (AR_KILLED_FWD, AR_KILLED_BACK, AR_WOUNDED_FWD, AR_WOUNDED_BACK))


def _in(key: str, table: frozenset[str]) -> bool:
    """Is the word, or one of its forms without proclitics, in the table?"""
    return not table.isdisjoint(stems(key))


@lru_cache(maxsize=WORD_MEMO)
def _may_open_ar_term(key: str) -> bool:
    """Can an Arabic term start at a word with this key by the word itself (a number, or a family, person, vague or
    counted noun: the word tests of `_ar_term`)? Memoised by key: every word of a sentence is asked."""
    return may_open_number(key) or any(_in(key, table) for table in (AR_FAMILY, AR_TWO, AR_ONE, AR_VAGUE, AR_AFTER_NUMBER)) \
        or _dual(key) or key.startswith("ال") and (_in(key[2:], AR_ONE) or _in(key[2:], AR_TWO))


def _opens_ar_term(tokens: list[Token], i: int, key: str) -> bool:
    """Can an Arabic term start at tokens[i] read as `key`: by the word itself, or by a number word after it
    ("مدنيين اثنين")? When not, `_ar_term` has no term there."""
    return _may_open_ar_term(key) or i + 1 < len(tokens) and tokens[i + 1].key in AR_POSTPOSED


def _ar_term(tokens: list[Token], i: int) -> tuple[int | None, int, str | None] | None:
    """One Arabic term: number (+ nouns), dual or singular noun, or a vague quantifier."""
    key = tokens[i].key
    if not _opens_ar_term(tokens, i, key):
        return None  # (most words: no figure, no person, family or vague word)
    if (num := parse_number(tokens, i)) is not None:
        value, j = num
        while j < len(tokens) and j < num[1] + 3 and _in(tokens[j].key, AR_AFTER_NUMBER):
            if _in(tokens[j].key, AR_SUBSET):
                break
            j += 1
        k = j - 1 if tokens[j - 1].key == word_key("من") else j  # (من may have been read as a word after the number)
        if k + 1 < len(tokens) and tokens[k].key == word_key("من") and _in(tokens[k + 1].key, AR_FAMILY):
            one = k + 2 < len(tokens) and (parse_number(tokens, k + 2) or (0,))[0] == 1
            j = k + 2 + one  # "خمسة أشخاص من عائلة واحدة": the family is no count
        elif k < len(tokens) and tokens[k].key == word_key("من"):
            back = next((x for x in range(k + 2, min(k + 4, len(tokens))) if (c := _cue(tokens, x, True)) and c.back), None)
            j = back if back is not None else j  # "ثمانية مقاتلين من فصائل المعارضة قتلوا": the group is part of them
        return value, j, None
    if _in(key, AR_FAMILY) and (members := _family_members(tokens, i)) is not None:
        return members  # "قتلت عائلة كاملة من أم وأب وخمسة أطفال": seven
    if _in(key, AR_FAMILY) and i + 2 < len(tokens) and tokens[i + 1].key == word_key("من") \
            and (num := parse_number(tokens, i + 2)) is not None:
        j = num[1]
        while j < len(tokens) and j < num[1] + 2 and _in(tokens[j].key, AR_AFTER_NUMBER) and not _in(tokens[j].key, AR_SUBSET):
            j += 1
        return num[0], j, None  # "قتلت عائلة من خمسة أفراد": the family's members
    if _in(key, AR_TWO) or _dual(key):
        return 2, i + 1 + _another(tokens, i + 1), None
    if _in(key, AR_ONE) and not key.startswith("ال"):
        return 1, i + 1 + _another(tokens, i + 1), None  # "إصابة شخص آخر بجروح": one person, "another" is his
    before = i - 1
    while before > 0 and i - before < 7 and (tokens[before].key in BETWEEN or tokens[before].key in PERPETRATORS):
        if tokens[before].key in PERPETRATORS and before > 1 and _cue(tokens, before - 1, True) is None:
            before -= 1  # "اغتال شخصان مجهولان المدني X": past those who did it, to the verb
        before -= 1  # "قتل مساء اليوم اليافع X", "ارتقى على إثرها الشهيد الشاب X"
    named = _named_after(tokens, i + 1) if key.startswith("ال") and (_in(key[2:], AR_ONE) or _in(key[2:], AR_TWO)) else None
    if named is not None and _cue(tokens, named, True) is None:
        verb = _name_before_verb(tokens, named)
        if i and (c := _cue(tokens, before, True)) is not None and c.fwd or verb is not None:
            end = verb if verb is not None else _kin_after_name(tokens, named, i + 1)
            return (2 if _in(key[2:], AR_TWO) else 1), end, None  # "استشهد الطفل جمعة", "مقتل الشاب «X»", "استشهاد
        # الفتاتين X وY": the ones named after the verb (not "الطفل" told before); "الطفل X، قُتل": named, then the verb
    if _in(key, AR_VAGUE):
        j = i + 1 + _another(tokens, i + 1)  # "وإصابة عدد آخر بجروح": more, uncounted; "آخر" is no one person of its own
        if j < len(tokens) and tokens[j].key == "من":
            j += 1
        return None, j, tokens[i].text
    if i + 1 < len(tokens) and (_in(key, AR_AFTER_NUMBER) and tokens[i + 1].key.startswith("ال") or tokens[i + 1].key in AR_POSTPOSED
                                and tokens[i].is_word and not casualty_word(key)) and (num := parse_number(tokens, i + 1)):
        return num[0], num[1], None  # أطفاله الثلاثة, مدنيين اثنين, مسعفين اثنين
    return None


BETWEEN = key_set("صباح مساء ظهر فجر ليل ليلة اليوم أمس على إثرها اثرها أثرها إثره اثره الشهيد الشهيدة")  # between a verb and its victim
PERPETRATORS = key_set("مجهول مجهولان مجهولين مجهولون مسلح مسلحان مسلحين مسلحون ملثم ملثمان ملثمين ملثمون")  # who did it
WHOLE = key_set("كاملة بأكملها بكاملها")  # "عائلة كاملة من ...": a whole family
PARENTS = key_set("أم أب الأم الأب زوج زوجة جد جدة")  # members of a family told by kin, one each


def _another(tokens: list[Token], j: int) -> int:
    """1 when "another" follows a counted noun ("شخص آخر", "طفلان آخران") or a vague term ("عدد آخر"): part of the same
    term, not one more."""
    return int(j < len(tokens) and tokens[j].key in AR_OTHERS)


def _family_members(tokens: list[Token], i: int) -> tuple[int, int, None] | None:
    """"عائلة كاملة من أم وأب وخمسة أطفال": the members a family is told by, kin words one each and numbers as
    counted, summed; None when no kin word opens them (the number-only form is read elsewhere)."""
    k = i + 1 + (i + 1 < len(tokens) and tokens[i + 1].key in WHOLE)
    if k + 1 >= len(tokens) or tokens[k].key != word_key("من") or tokens[k + 1].key not in PARENTS:
        return None
    total, j = 0, k + 1
    while j < len(tokens):
        key = tokens[j].key[1:] if j > k + 1 and tokens[j].key[:1] == "و" else tokens[j].key if j == k + 1 else None
        if key is None:
            break
        if key in PARENTS:
            total, j = total + 1, j + 1
            continue
        probe = [token(tokens[j].text[1:], key, 0, 0), *tokens[j + 1 :]]
        if (term := _ar_term(probe, 0)) is None or term[0] is None:
            break
        total, j = total + term[0], j + term[1]
    return total, j, None


def _name_before_verb(tokens: list[Token], named: int) -> int | None:
    """"الطفل هيثم رائد الراضي، قُتل وأصيب آخر": where the name ends, when a killed or wounded verb follows it
    (past a comma or an age in brackets); else None."""
    k = named
    while k < len(tokens) and k - named < 4 and name_word_ar(tokens[k]) and _cue(tokens, k, True) is None:
        k += 1
    if k < len(tokens) and tokens[k].text == "(":  # "الطفل X (9 أعوام) فقد حياته": past the age told in brackets
        k = next((c + 1 for c in range(k + 1, min(k + AGE_BRACKET, len(tokens))) if tokens[c].text == ")"), k)
    verb = k + (k < len(tokens) and tokens[k].text in ",،")
    cue = _cue(tokens, verb, True) if verb < len(tokens) else None
    return k if cue is not None and cue.fwd and not tokens[verb].key.startswith(("ال", "م")) else None


def _quoted_name(tokens: list[Token], i: int) -> int | None:
    """A person's name in quotes right after a cue ('إصابة "X Y"'): the index after its closing quote, else None
    (a name of one to four words, no number or cue inside)."""
    if i >= len(tokens) or tokens[i].text not in QUOTE_MARKS:
        return None
    k = i + 1
    while k < len(tokens) and k - i <= 4 and name_word_ar(tokens[k]) and _cue(tokens, k, True) is None:
        k += 1
    return k + 1 if i + 1 < k < len(tokens) and tokens[k].text in QUOTE_MARKS else None


def _possessive(key: str) -> bool:
    """"مقتله", "لإصابتها", "مقتلهما": a cue noun with a pronoun of people told before."""
    return any(f.endswith(("ه", "ها", "هما", "هم")) and f in AR_SELF for f in stems(key))


def _kin_after_name(tokens: list[Token], named: int, end: int) -> int:
    """"مقتل المدعو محمد اليتيم، وابنه فراس", 'الشاب "X وشقيقه"': past the name (and its comma) when a relative is joined to it, so the
    relative counts with the one named (the term ends before "وابنه"); else the term's end as it was."""
    k = named
    while k < len(tokens) and k - named < 4 and (name_word_ar(tokens[k]) or tokens[k].text in QUOTE_MARKS) \
            and _cue(tokens, k, True) is None:
        if k > named and tokens[k].key[:1] == "و" and (_in(tokens[k].key[1:], AR_ONE) or _in(tokens[k].key[1:], AR_TWO)):
            return k  # 'اغتيال الشاب "X وشقيقه"': the relative inside the name's quotes
        k += 1
    if k + 1 < len(tokens) and tokens[k].text in ",،" and tokens[k + 1].key[:1] == "و" \
            and (_in(tokens[k + 1].key[1:], AR_ONE) or _in(tokens[k + 1].key[1:], AR_TWO)):
        return k + 1
    return end


def _named_after(tokens: list[Token], j: int) -> int | None:
    """Where the name after a definite person noun starts ("الطفل جمعة", "الشاب «مالك»"), if a name follows."""
    if j < len(tokens) and tokens[j].text in QUOTE_MARKS:
        j += 1
    return j if j < len(tokens) and name_word_ar(tokens[j]) else None


def _dual(key: str) -> bool:
    """"مقاتلان", "مسعفان": the nominative dual (-ان) of a person noun counts two (-ين is also a plural: left out)."""
    return any(f.endswith("ان") and len(f) > 4 and f[:-2] in AR_ONE for f in stems(key))


def _en_term(tokens: list[Token], i: int) -> tuple[int | None, int, str | None] | None:
    """One English term: [qualifier] number [people words], a/her + noun, a vague quantifier, or a person named with
    an age ("Muhammad al-Ajaj, 13,", "Khalid al-Nuwair (60)")."""
    if tokens[i].key == "one" and i and tokens[i - 1].key == "no":
        return None  # "no one was hurt": nobody
    if (aged := _named_with_age(tokens, i)) is not None:
        return 1, aged, None
    j = i
    if tokens[j].key in ("a", "an") and j + 1 < len(tokens) and tokens[j + 1].key in EN_VAGUE:
        j += 1  # "an unknown number of"
    elif tokens[j].key in EN_DETERMINERS and j + 1 < len(tokens):
        if (num := parse_number(tokens, j + 1)) and tokens[j].key != "one":
            j = j + 1
        else:
            k = j + 1
            while k < len(tokens) - 1 and (tokens[k].key in EN_PEOPLE and tokens[k].key not in EN_ONE
                                           or tokens[k].key in EN_AGES or tokens[k].key.endswith("-old")):
                k += 1  # "a young man", "an elderly woman", "a 12-year-old boy"
            if tokens[k].key in EN_ONE:
                return 1, _of_group(tokens, k + 1, True), None  # "a member of the patrol was wounded"
            if k > j + 1 and tokens[k - 1].key in EN_PERSON_NOUNS and tokens[j].key in ("a", "an") \
                    and not _plural_noun(tokens[k].key):
                return 1, k, None  # "A Syrian and three Lebanese fighters were killed": a Syrian is one person
            if tokens[j].key == "another" and k == j + 1 and (not tokens[k].is_word or tokens[k].key in ANOTHER_ENDS):
                return 1, k, None  # "claiming the life of a civilian, injuring another": one more person
            if tokens[j].key != "one":
                return None
    elif tokens[j].key in EN_ONE:
        return 1, j + 1, None  # a headline's bare noun: "Drone kills farmer", "Tribal leader shot dead"
    if tokens[j].key in EN_VAGUE or tokens[j].key == "number" and j and tokens[j - 1].key == "a":
        k = j + 1
        if k < len(tokens) and tokens[k].key == "number":
            k += 1
        if k < len(tokens) and tokens[k].key == "of":
            k += 1
        while k < len(tokens) and (tokens[k].key in EN_PEOPLE or _plural_noun(tokens[k].key)):
            k += 1
        return None, k, tokens[j].text
    num = parse_number(tokens, j)
    if num is None or num[1] < len(tokens) and tokens[num[1]].key in ANIMALS:
        return None  # "the death of about 100 sheep": no people
    k = num[1]
    named = k
    while named < len(tokens) and named - k < 3 and tokens[named].text[:1].isupper():
        named += 1  # "17 Islamic State fighters", "five Hezbollah members": a group's name before the people word
    if named > k and named < len(tokens) and (tokens[named].key in EN_PEOPLE or _plural_noun(tokens[named].key)):
        k = named
    while k < len(tokens) and (tokens[k].key in EN_PEOPLE or k - num[1] < 2 and (
            _plural_noun(tokens[k].key) or tokens[k].text.isupper() and tokens[k].text.isalpha())
            or tokens[k].key in EN_AGES and k + 1 < len(tokens) and tokens[k + 1].key in EN_PEOPLE):
        k += 1  # "three SDF fighters", "five shepherds", "two small children"
    family = [t.key for t in tokens[k : k + 4]]
    if family[:1] in (["from"], ["of"]) and "family" in family[1:]:
        k += family.index("family") + 1  # "Seven people from one family", "six of one family": the family is no count
    return num[0], _of_group(tokens, k, k > num[1]), None


def _named_with_age(tokens: list[Token], i: int) -> int | None:
    """The end of a person's name of two to four capitalised words followed by an age in commas or brackets (the
    last of a list may close the sentence: "killing Ali Hasan, 13, and Omar Said, 11.")."""
    if i and (capitalised(tokens[i - 1]) or not tokens[i].text[:1].isupper()):
        return None
    end = i
    while end < len(tokens) and end - i < 4 and capitalised(tokens[end]) and tokens[end].is_word:
        end += 1
    mark = [t.text for t in tokens[end : end + 3]] + ["."]  # the sentence's end closes an age as a full stop does
    if end - i < 2 or len(mark) < 3 or not mark[1].isdigit() or not 0 < int(mark[1]) < 110:
        return None
    if mark[0] == "," and mark[2] == ".":
        return end + 2  # (the full stop is the sentence's, not the name's)
    return end + 3 if mark[0] == "," and mark[2] == "," or mark[0] == "(" and mark[2] == ")" else None


def _of_group(tokens: list[Token], k: int, counted: bool) -> int:
    """"Five members of the General Security forces", "two of the gunmen": the group named after "of" belongs to
    the counted phrase (so the cue after it counts them); returns the phrase's new end."""
    if k + 1 >= len(tokens) or tokens[k].key != "of" or counted and tokens[k - 1].key not in GROUP_HEADS:
        return k
    j = k + 1 + (tokens[k + 1].key in ("the", "its", "their"))
    end = j
    while end < len(tokens) and end - j < 5 and (capitalised(tokens[end]) or tokens[end].key in EN_PEOPLE
                                                 or tokens[end].key in GROUP_WORDS):  # (also "Liwa al-Quds")
        end += 1
    if end + 2 < len(tokens) and tokens[end].text == "(" and tokens[end + 2].text == ")" and tokens[end + 1].text.isupper():
        end += 3  # "the Syrian Democratic Forces (SDF)": the group's short name in brackets
    people = counted or any(tokens[x].key in EN_PEOPLE or tokens[x].key in GROUP_WORDS or tokens[x].text.isupper()
                            and len(tokens[x].text) > 1 for x in range(j, end))  # "members of the SDF": a group known by
    # its initials; "fighters of the Iranian-backed Liwa al-Quds": after a group head any named group
    follows = end < len(tokens) and (tokens[end].key in EN_FILLERS or _cue(tokens, end, False) is not None)
    return end if end > j and people and follows else k


def _plural_noun(key: str) -> bool:
    """"shepherds", "farmers": a plural noun after a number (not a cue or a filler)."""
    return key.isalpha() and key.endswith("s") and key not in EN_FILLERS and key not in EN_KILLED | EN_WOUNDED | EN_BOTH


def quantities(tokens: list[Token], arabic: bool) -> list[Quantity]:
    """Every counted phrase of a sentence, coordinated terms summed ("امرأة وطفليها" = 3)."""
    term = _ar_term if arabic else _en_term
    out: list[Quantity] = []
    i = 0
    while i < len(tokens):
        if not tokens[i].is_word:
            i += 1
            continue
        start = i
        qualifier = None if arabic else _qualifier(tokens, i)
        if qualifier:
            i += qualifier.count(" ") + 1
            if i >= len(tokens):
                break
        if not arabic and (rank := _ordinal(tokens, i)) is not None:
            out.append(Quantity(start, rank[1], rank[0], total=rank[1] - start == 3))
            i = rank[1]
            continue
        if parse_number(tokens, i) is not None and _day_of_month(tokens, i):
            i += 1  # "صباح اليوم الثلاثاء 15 فبراير": a date, nobody counted
            continue
        first = term(tokens, i)
        if first is None and arabic and tokens[i].key[:1] == "و" and len(tokens[i].key) > 1 \
                and _opens_ar_term(tokens, i, tokens[i].key[1:]):  # (else the term without و is none either)
            first = term([token(tokens[i].text[1:], tokens[i].key[1:], 0, 0), *tokens[i + 1 :]], 0)
            first = first and (first[0], first[1] + i, first[2])
        if first is None:
            i = start + 1
            continue
        value, end, vague = first
        definite = not arabic and start > 0 and tokens[start - 1].key == "the"
        while value is not None and end < len(tokens) and not (definite and tokens[end].text == ","):
            nxt = _next_term(tokens, end, arabic, term)  # "the two victims, a man and his son,": an apposition
            if nxt is None or nxt[0] is None:
                break
            value, end = value + nxt[0], nxt[1]
        before = [t.key for t in tokens[max(0, start - 2) : start]]
        subset = bool(before) and (_in(before[-1], AR_SUBSET) or before[-1] in EN_SUBSET or before == ["among", "them"])
        part = [t.key for t in tokens[end : end + 3]]
        subset = subset or not arabic and part[:2] == ["of", "them"] and (before[-1:] in ([","], ["–"], ["—"]) or start and _cue(
            tokens, start - 1, False) is not None and part[2:] and (part[2] in EN_PEOPLE or part[2] in ("were", "are")))
        # "Twelve people, seven of them children", "15 were wounded six of them were taken to ...": a part of the figure
        out.append(Quantity(start, end, value, vague, qualifier, subset,
                            bare=not arabic and end == start + 1 and tokens[start].key in EN_ONE))
        i = end
    return out


def _day_of_month(tokens: list[Token], i: int) -> bool:
    """Is the number at tokens[i] a day of the month ("الأحد 1 أكتوبر/تشرين الأول", "15 شباط", "on 3 May", "في الـ13
    من الشهر الجاري")?"""
    j = parse_number(tokens, i)[1]
    if j + 1 < len(tokens) and tokens[j].key == AR_OF and tokens[j + 1].key in AR_MONTH_NOUNS:
        return True
    return j < len(tokens) and tokens[i].key.isdigit() and month_at(tokens, j) is not None


def _ordinal(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """"a fourth civilian", "another third child": (the rank, the index after the person word), else None.
    "Two were killed and a third wounded": a rank with no person word is one more, told by the figure before."""
    if i + 2 < len(tokens) and tokens[i].key in ("a", "the", "another") and tokens[i + 1].key in EN_ORDINALS:
        if tokens[i + 2].key in EN_ONE:
            return EN_ORDINALS[tokens[i + 1].key], i + 3
        if tokens[i + 2].key in EN_FILLERS or _cue(tokens, i + 2, False) is not None:
            return 1, i + 2
    return None


def _qualifier(tokens: list[Token], i: int) -> str | None:
    """"at least", "up to", "some" ... before a number."""
    for phrase in _QUALIFIER_HEADS.get(tokens[i].key, ()):
        words = phrase.split()
        if [t.key for t in tokens[i : i + len(words)]] == words:
            return phrase
    return None


def _next_term(tokens, end, arabic, term):
    """The term coordinated after tokens[end] ("و", "and", ","), unless it is a bare number of another cue."""
    if arabic:
        key = tokens[end].key
        joint = [t.key for t in tokens[end : end + 2]]
        skip = 1 if key == word_key("مع") else 2 if joint[:2] in (ALSO_AR, [word_key("بالإضافة"), word_key("إلى")]) else 0
        if skip:  # "ستة أطفال مع أمهم وأبيهم إضافة إلى شاب": all of them
            nxt = term(tokens[end + skip :], 0) if end + skip < len(tokens) else None
            return (nxt[0], nxt[1] + end + skip) if nxt is not None and nxt[0] is not None else None
        if not key.startswith("و") or len(key) < 2:
            return None
        probe = [token(tokens[end].text[1:], key[1:], 0, 0), *tokens[end + 1 :]]
        nxt = term(probe, 0)
        if nxt is None:
            return None
        nxt = (nxt[0], nxt[1] + end)
    else:
        if tokens[end].key not in ("and", ","):
            return None
        qualifier = _qualifier(tokens, end + 1) if end + 1 < len(tokens) else None
        start = end + 1 + (qualifier.count(" ") + 1 if qualifier else 0)  # "seven fighters and at least four soldiers"
        if start >= len(tokens) or (nxt := term(tokens, start)) is None:
            return None
        if tokens[end].text == "," and tokens[end - 1].key in EN_ONE and _named_with_age(tokens, start) == nxt[1]:
            return 0, nxt[1]  # "a farmer, Ibrahim Hamad, 55, was wounded": his name, not one more
        if [t.key for t in tokens[nxt[1] : nxt[1] + 2]] == ["of", "them"]:
            return None  # "Twelve people, seven of them children": a part of the first, not more
        if tokens[end].text == "," and _speaker_follows(tokens, nxt[1]):
            return None  # "wounding six, a doctor at the hospital said": who told it, not one more
    bare = nxt[1] == end + 1 and parse_number(tokens, end) is not None or arabic and nxt[1] == end + 1 and nxt[0] and not _in(tokens[end].key[1:], AR_TWO | AR_ONE)
    if bare and nxt[1] < len(tokens) and _cue(tokens, nxt[1], arabic) is not None:
        return None
    return nxt


def _speaker_follows(tokens: list[Token], i: int) -> bool:
    """Does a statement verb close the clause from tokens[i] on ("..., a doctor at the town's hospital said")?"""
    for t in tokens[i : i + 10]:
        if t.key in EN_SAID:
            return True
        if t.text in (",", ";", ".") or t.key == "and":
            return False
    return False


def _cue(tokens: list[Token], i: int, arabic: bool) -> Cue | None:
    key = tokens[i].key
    if arabic and _lost_life(tokens, i):
        return Cue("killed", i, True, True, False, None)  # "فقد طفل حياته", "الطفل X فقد حياته": a death
    if arabic:
        found = _ar_cue(key)
        return None if found is None else Cue(found[0], i, *found[1:])
    kind = "killed" if key in EN_KILLED else "wounded" if key in EN_WOUNDED else "both" if key in EN_BOTH else None
    if kind is None or key == "assassination" and (
            i + 1 < len(tokens) and tokens[i + 1].key in ("attempt", "attempts") or i and tokens[i - 1].key in ("attempted", "failed")):
        return None  # "an assassination attempt": no one need have died
    definite = i > 0 and tokens[i - 1].key == "the" and key in ("dead", "wounded", "injured", "casualties")
    shot = key == "dead" and i > 0 and tokens[i - 1].key == "shot"  # "gunmen shot dead two guards"
    return Cue(kind, i, key not in EN_BACK_ONLY or shot, key not in EN_FWD_ONLY, definite, None)


@lru_cache(maxsize=WORD_MEMO)
def _ar_cue(key: str) -> tuple[str, bool, bool, bool, int | None] | None:
    """An Arabic word's cue as (kind, fwd, back, definite, own), None if it tells no casualty (memoised by key: every
    word of a sentence is tried, and most words are none)."""
    definite = any(f.startswith("ال") for f in stems(key))
    own = next((AR_SELF[f] for f in stems(key) if f in AR_SELF), None)
    for kind, fwd, back in (("killed", AR_KILLED_FWD, AR_KILLED_BACK), ("wounded", AR_WOUNDED_FWD, AR_WOUNDED_BACK)):
        f, b = _in(key, fwd), _in(key, back)
        if f or b:
            return kind, f, b, definite and b, own if b else None
    return None


LOST = key_set("فقد فقدت فقدوا فقدا يفقد تفقد يفقدون")  # "lost": a death only with the life lost after it
LOST_ROOT = word_key("فقد")  # (checked first: most words are not "lost")
LIFE = key_set("حياته حياتها حياتهم حياتهما")
AT_LEAST_AR = [word_key("على"), word_key("الأقل")]
AGE_BRACKET = 5  # "(9 أعوام)", "(11 عاماً)": an age told in brackets after a name
LIFE_REACH = 3  # "فقد طفل حياته", "فقدت امرأة وطفلها حياتهما": the victims between the verb and the life


def _lost_life(tokens: list[Token], i: int) -> bool:
    """"فقد طفل حياته", "ليفقد حياته متأثراً بإصابته": the verb "lost" with a life after it tells a death ("فقد
    الاتصال به", "فقد قتل" are no death of their own)."""
    return LOST_ROOT in tokens[i].key and any(f in LOST for f in stems(tokens[i].key)) and any(
        t.key in LIFE for t in tokens[i + 1 : i + 1 + LIFE_REACH])


def counts(tokens: list[Token], arabic: bool) -> tuple[list[Count], list[str]]:
    """Killed/wounded figures of a sentence and the kinds it refers back to ("القتلى والجرحى", "the dead")."""
    cues = [c for i in range(len(tokens)) if (c := _cue(tokens, i, arabic))]
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
        if quant is None and _in(tokens[cue.pos].key, LONG_REACH):
            quant = next((q for q in quants if not q.claimed and not q.subset and q.value is not None
                          and 0 < q.start - cue.pos <= LONG_REACH_WORDS and not (q.end < len(tokens) and tokens[q.end].key in PERPETRATORS)),
                         None)  # (not "by unknown gunmen", "اغتال شخصان مجهولان": who did it)
        if quant is None and cue.fwd:
            quant = _adjacent(tokens, quants, cue.pos + 1, 1, fillers | BETWEEN if arabic else fillers, arabic)
            # ("استشهد مساء أمس شاب": the time told between the verb and its victim)
        if quant is None and not arabic and cue.fwd and [t.key for t in tokens[cue.pos + 1 : cue.pos + 3]] in THEM_ALL:
            quant = next((q for q in reversed(quants) if q.end <= cue.pos and q.value and not q.claimed), None)
            # "destroyed a car inside which two were located, killing them all": the people counted before
        if quant is None and not arabic and cue.kind != "both" and _number_of(tokens, cue.pos):
            quant = _risen_to(tokens, quants, cue.pos) or _put_at(tokens, quants, cue.pos)
            # "The number of civilians killed ... has risen to 9", "put the number of the fatalities at 14"
        if quant is None and arabic and cue.fwd and (named := _quoted_name(tokens, cue.pos + 1)) is not None:
            quant = Quantity(cue.pos + 1, named, 1)  # 'إصابة "زين العابدين" بجروح': the one named in quotes
            while named + 1 < len(tokens) and tokens[named].key == word_key("و") and (
                    more := _quoted_name(tokens, named + 1)) is not None:
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
    kinds = {c.kind for i in range(len(tokens)) if (c := _cue(tokens, i, arabic))}
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


def _one_subject(tokens: list[Token], pos: int) -> bool:
    """Does a singular passive tell the cue ("X, who led a group, was killed", "his brother was seriously injured",
    "was shot dead"), its subject no negation ("no one was hurt", "nobody was killed")?"""
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
        of = between and between[0].key == word_key("من") or tokens[q.end - 1].key == word_key("من")  # (من may end q)
        if not between or of and len(between) <= 7 and not any(
                t.text in CLAUSE_MARKS or _cue(tokens, k, True) for k, t in enumerate(tokens[q.end : pos], q.end)):
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
    return Count(count.kind, None, count.pos, f"another source gave {count.value} {count.kind}", count.end)


def _died_after(tokens: list[Token], count: Count) -> bool:
    """"قبل أن يفارق ثلاثة جرحى الحياة", "three of the wounded later died": wounded who died are in the toll, not
    wounded any more."""
    end = count.end or count.pos + 1
    return any(_in(t.key, DIED_OF_WOUNDS) for t in tokens[max(0, count.pos - 2) : end + 3])


HIS_WOUNDS = [[p, w] for p in ("his", "her", "their") for w in ("wounds", "injuries")]


def _wounds_died_of(tokens: list[Token], count: Count, counts: list[Count]) -> bool:
    """"the death of a woman of her wounds, sustained when a landmine ... seriously injured her": the wound of the one
    who died, no wounded person of its own."""
    keys = [t.key for t in tokens]
    return count.value == 1 and any(c.kind == "killed" and c.value == 1 for c in counts) \
        and any(keys[k : k + 2] in HIS_WOUNDS for k in range(len(keys) - 1))


def _toll(tokens: list[Token], quants: list[Quantity], pos: int) -> Quantity | None:
    """"the toll ... rose to 17", "حصيلة القتلى ... إلى 17": the figure after "to" later in the sentence."""
    for i in range(pos + 1, min(len(tokens) - 1, pos + 25)):
        if tokens[i].key in TO:
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
        if (quant := _free_at(quants, k)) is not None or not tokens[k].is_word or _cue(tokens, k, True) is not None:
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


def _number_of(tokens: list[Token], pos: int) -> bool:
    """Does "the number of" open the clause of the cue ("The number of civilians who were killed ...")?"""
    k = next((k for k in range(pos - 1, max(-1, pos - 9), -1) if tokens[k].key == "number" and tokens[k + 1].key == "of"), None)
    return k is not None and not any(t.text in (",", ";") for t in tokens[k:pos])


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
    return Count("both", None, count.pos, f"{count.value} killed and wounded together; not split", count.end, count.total)


def _join_both(tokens: list[Token], cues: list[Cue], arabic: bool, quants, fillers) -> list[Cue]:
    """"مقتل وإصابة 10", "بين قتيل وجريح", "killed or wounded": one joint figure for both kinds."""
    out: list[Cue] = []
    skip = set()
    for a, b in zip(cues, cues[1:]):
        between = [t.key for t in tokens[a.pos + 1 : b.pos]]
        joined = b.pos == a.pos + 1 and arabic and tokens[b.pos].key.startswith("و") or between in (["and"], ["or"])
        joined = joined and not (arabic and any(_in(t.key, AR_OTHERS) for t in tokens[b.pos + 1 : b.pos + 4]))
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


def _completes(tokens: list[Token], cue: Cue) -> bool:
    """"لإصابته بجروح", "لقي مصرعه": a back cue right after a cue of its kind ends that cue's phrase, whose figure
    is told already (by the person it names or before it); it opens no joint figure with the cue after it."""
    before = _cue(tokens, cue.pos - 1, True) if cue.pos else None
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
        if tokens[i].key not in fillers and not (arabic and _in(tokens[i].key, fillers)):
            return None
        i += step
    return None


def _name_aside(tokens: list[Token], i: int) -> int | None:
    """After "a civilian,": a name told in apposition with its age ("named Ibrahim Hamad (55), who"); the index of
    the relative pronoun that goes on with the person, else None."""
    start = i + (i < len(tokens) and tokens[i].key in ("named", "called"))
    end = _named_with_age(tokens, start) if start < len(tokens) else None
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
    for k, t in enumerate(tokens[:-1]):
        if k and tokens[k + 1].key == AR_OF and _in(t.key, AR_MOST):  # "9 أشخاص أغلبهم من الأطفال استشهدوا"
            end = k + 2
            while end < len(tokens) and end - k < MOST_REACH and tokens[end].key.startswith(("ال", "وال")) \
                    and _cue(tokens, end, True) is None:
                end += 1
            out.update(range(k, end))
    for k, t in enumerate(tokens[:-1]):
        if t.key in EN_SUBSET and tokens[k + 1].key in EN_PEOPLE:  # "15 people including children were wounded"
            end = k + 1
            while end < len(tokens) and tokens[end].key in EN_PEOPLE | {"and", ","}:
                end += 1
            out.update(range(k, end))
    for q in quants:
        if q.subset:
            start = q.start - (2 if tokens[q.start - 1].key == "them" else 1)
            end = q.end
            if [t.key for t in tokens[end : end + 2]] == ["of", "them"]:  # "Twelve people, seven of them children, were"
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
