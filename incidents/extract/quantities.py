"""Counted phrases of a sentence ("6 عسكريين سوريين", "a woman and her two children", "dozens"): the people each
tells and where it stands, before any is tied to a killed or wounded word (casualties.py does that)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .casualty_cues import EN_BOTH, EN_FILLERS, EN_KILLED, EN_WOUNDED, casualty_word, cue_at
from .dates import AR_MONTH_NOUNS, month_at
from .numbers import may_open_number, parse_number
from .place_words import QUOTES as QUOTE_MARKS
from .spans import capitalised, name_word_ar
from .text import AR_FROM, COMMAS, WORD_MEMO, Token, form_in, key_set, stems, token, word_key


YEARS = (1900, 2100)  # a four-digit number in this range after a month's name or "عام" is a year
YEAR_WORDS = key_set("عام العام سنة year")

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
    "خاله", "خالها", "عمه", "عمها", "أخيه", "أخيها", "أخته", "أختها", "شقيقته", "شقيقتها",  # "وإصابة خاله": his uncle
)
AR_TWO = key_set(
    "شخصين", "شخصان", "طفلين", "طفلان", "طفليها", "طفليه", "طفلاها", "طفلاه", "طفلتين", "طفلتان",
    "امرأتين", "امرأتان", "رجلين", "رجلان", "شابين", "شابان", "فتاتين", "فتاتان", "جنديين", "جنديان",
    "عنصرين", "عنصران", "شقيقين", "شقيقان", "أخوين", "ابنيه", "ابنيها", "ولديه", "ولديها", "ابنتيه",
    "ابنتيها", "مدنيان", "عسكريان",
)
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
EN_SUBSET = frozenset("including".split())  # "among 7 dead" is the total; "among them 3 children" a part
OF_THEM = (["of", "them"], ["of", "whom"], ["of", "which"])  # "Twelve people, seven of them/whom/which ...": a part of the first
ANIMALS = frozenset("sheep goats cattle cows camels horses donkeys livestock animals heads head".split())  # "100 heads of sheep"
EN_PERSON_NOUNS = frozenset("syrian rebel jihadist".split())  # "a Syrian and three Lebanese fighters": one person
EN_SAID = frozenset("said says told reported added".split())  # a statement verb closing a clause
ALSO_AR = [word_key("إضافة"), word_key("إلى")]


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


@lru_cache(maxsize=WORD_MEMO)
def _may_open_ar_term(key: str) -> bool:
    """Can an Arabic term start at a word with this key by the word itself (a number, or a family, person, vague or
    counted noun: the word tests of `_ar_term`)? Memoised by key: every word of a sentence is asked."""
    return may_open_number(key) or any(form_in(key, table) for table in (AR_FAMILY, AR_TWO, AR_ONE, AR_VAGUE, AR_AFTER_NUMBER)) \
        or _dual(key) or key.startswith("ال") and _person_noun(key[2:]) or form_in(key, CHILD) or form_in(key, OWNER)


def _kin_of_kin(tokens: list[Token], i: int, key: str) -> bool:
    """"ابن أخيه", "ابنة عمها": a child of a relative, one person told in two words."""
    return form_in(key, CHILD) and i + 1 < len(tokens) and form_in(tokens[i + 1].key, RELATIVES)


def _person_noun(key: str) -> bool:
    """A noun of one or two people that a definite article may put before a name ("الشاب X", "الطفلين X وY", "الشهيد
    X"): the martyr is no count of his own (a cue that counts itself), but he opens a named one."""
    return form_in(key, AR_ONE) or form_in(key, AR_TWO) or form_in(key, MARTYR)


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
        while j < len(tokens) and j < num[1] + 3 and form_in(tokens[j].key, AR_AFTER_NUMBER):
            if form_in(tokens[j].key, AR_SUBSET):
                break
            j += 1
        k = j - 1 if tokens[j - 1].key == AR_FROM else j  # (من may have been read as a word after the number)
        if k + 1 < len(tokens) and tokens[k].key == AR_FROM and form_in(tokens[k + 1].key, AR_FAMILY):
            one = k + 2 < len(tokens) and (parse_number(tokens, k + 2) or (0,))[0] == 1
            j = k + 2 + one  # "خمسة أشخاص من عائلة واحدة": the family is no count
        elif k < len(tokens) and tokens[k].key == AR_FROM:
            back = next((x for x in range(k + 2, min(k + 4, len(tokens))) if (c := cue_at(tokens, x, True)) and c.back), None)
            j = back if back is not None else j  # "ثمانية مقاتلين من فصائل المعارضة قتلوا": the group is part of them
        return value, j, None
    if form_in(key, AR_FAMILY) and (members := _family_members(tokens, i)) is not None:
        return members  # "قتلت عائلة كاملة من أم وأب وخمسة أطفال": seven
    if form_in(key, AR_FAMILY) and i + 2 < len(tokens) and tokens[i + 1].key == AR_FROM \
            and (num := parse_number(tokens, i + 2)) is not None:
        j = num[1]
        while j < len(tokens) and j < num[1] + 2 and form_in(tokens[j].key, AR_AFTER_NUMBER) and not form_in(tokens[j].key, AR_SUBSET):
            j += 1
        return num[0], j, None  # "قتلت عائلة من خمسة أفراد": the family's members
    if form_in(key, AR_TWO) or _dual(key):
        return 2, i + 1 + _another(tokens, i + 1), None
    if form_in(key, AR_ONE) and not key.startswith("ال"):
        return 1, i + 1 + _another(tokens, i + 1), None  # "إصابة شخص آخر بجروح": one person, "another" is his
    if _kin_of_kin(tokens, i, key) or form_in(key, OWNER) and i + 1 < len(tokens) and tokens[i + 1].key.startswith("ال"):
        return 1, i + 2, None  # "وابن أخيه": his nephew; "صاحب المنزل": the house's owner; one person each
    before = i - 1
    while before > 0 and i - before < 7 and (tokens[before].key in BETWEEN or tokens[before].key in PERPETRATORS):
        if tokens[before].key in PERPETRATORS and before > 1 and cue_at(tokens, before - 1, True) is None:
            before -= 1  # "اغتال شخصان مجهولان المدني X": past those who did it, to the verb
        before -= 1  # "قتل مساء اليوم اليافع X", "ارتقى على إثرها الشهيد الشاب X"
    named = _named_after(tokens, i + 1) if key.startswith("ال") and _person_noun(key[2:]) else None
    if named is not None and cue_at(tokens, named, True) is None:
        verb = _name_before_verb(tokens, named)
        if i and (c := cue_at(tokens, before, True)) is not None and c.fwd or verb is not None:
            end = verb if verb is not None else _kin_after_name(tokens, named, i + 1)
            return (2 if form_in(key[2:], AR_TWO) else 1), end, None  # "استشهد الطفل جمعة", "مقتل الشاب «X»", "استشهاد
        # الفتاتين X وY": the ones named after the verb (not "الطفل" told before); "الطفل X، قُتل": named, then the verb
    if form_in(key, AR_VAGUE):
        j = i + 1 + _another(tokens, i + 1)  # "وإصابة عدد آخر بجروح": more, uncounted; "آخر" is no one person of its own
        if j < len(tokens) and tokens[j].key == AR_FROM:
            j += 1
        return None, j, tokens[i].text
    if i + 1 < len(tokens) and (form_in(key, AR_AFTER_NUMBER) and tokens[i + 1].key.startswith("ال") or tokens[i + 1].key in AR_POSTPOSED
                                and tokens[i].is_word and not casualty_word(key)) and (num := parse_number(tokens, i + 1)):
        return num[0], num[1], None  # أطفاله الثلاثة, مدنيين اثنين, مسعفين اثنين
    return None


BETWEEN = key_set("صباح مساء ظهر فجر ليل ليلة اليوم أمس على إثرها اثرها أثرها إثره اثره الشهيد الشهيدة")  # between a verb and its victim
PERPETRATORS = key_set("مجهول مجهولان مجهولين مجهولون مسلح مسلحان مسلحين مسلحون ملثم ملثمان ملثمين ملثمون")  # who did it
WHOLE = key_set("كاملة بأكملها بكاملها")  # "عائلة كاملة من ...": a whole family
PARENTS = key_set("أم أب الأم الأب زوج زوجة جد جدة")  # members of a family told by kin, one each
CHILD = key_set("ابن ابنة بنت")  # the child of a relative ("ابن أخيه"): one
OWNER = key_set("صاحب صاحبة")  # "مقتل صاحب المنزل وابنه": the owner of the house, and his son
RELATIVES = key_set("أخيه أخيها أخته أختها عمه عمها خاله خالها")
MARTYR = key_set("شهيد شهيدة")  # "ارتقى الشهيد X و4 آخرين": one named, and four more


def _another(tokens: list[Token], j: int) -> int:
    """1 when "another" follows a counted noun ("شخص آخر", "طفلان آخران") or a vague term ("عدد آخر"): part of the same
    term, not one more."""
    return int(j < len(tokens) and tokens[j].key in AR_OTHERS)


def _family_members(tokens: list[Token], i: int) -> tuple[int, int, None] | None:
    """"عائلة كاملة من أم وأب وخمسة أطفال": the members a family is told by, kin words one each and numbers as
    counted, summed; None when no kin word opens them (the number-only form is read elsewhere)."""
    k = i + 1 + (i + 1 < len(tokens) and tokens[i + 1].key in WHOLE)
    if k + 1 >= len(tokens) or tokens[k].key != AR_FROM or tokens[k + 1].key not in PARENTS:
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
    while k < len(tokens) and k - named < 4 and name_word_ar(tokens[k]) and cue_at(tokens, k, True) is None:
        k += 1
    if k < len(tokens) and tokens[k].text in QUOTE_MARKS:
        k += 1  # 'الطفل "X" قتل': past the name's closing quote
    if k < len(tokens) and tokens[k].text == "(":  # "الطفل X (9 أعوام) فقد حياته": past the age told in brackets
        k = next((c + 1 for c in range(k + 1, min(k + AGE_BRACKET, len(tokens))) if tokens[c].text == ")"), k)
    verb = k + (k < len(tokens) and tokens[k].text in COMMAS)
    cue = cue_at(tokens, verb, True) if verb < len(tokens) else None
    return k if cue is not None and cue.fwd and not tokens[verb].key.startswith(("ال", "م")) else None


def quoted_name(tokens: list[Token], i: int) -> int | None:
    """A person's name in quotes right after a cue ('إصابة "X Y"'): the index after its closing quote, else None
    (a name of one to four words, no number or cue inside)."""
    if i >= len(tokens) or tokens[i].text not in QUOTE_MARKS:
        return None
    k = i + 1
    while k < len(tokens) and k - i <= 4 and name_word_ar(tokens[k]) and cue_at(tokens, k, True) is None:
        k += 1
    return k + 1 if i + 1 < k < len(tokens) and tokens[k].text in QUOTE_MARKS else None


def _kin_after_name(tokens: list[Token], named: int, end: int) -> int:
    """"مقتل المدعو محمد اليتيم، وابنه فراس", 'الشاب "X وشقيقه"': past the name (and its comma) when a relative is joined to it, so the
    relative counts with the one named (the term ends before "وابنه"); else the term's end as it was."""
    k = named
    while k < len(tokens) and k - named < 4 and (name_word_ar(tokens[k]) or tokens[k].text in QUOTE_MARKS) \
            and cue_at(tokens, k, True) is None:
        if k > named and _joined_relative(tokens, k):
            return k  # 'اغتيال الشاب "X وشقيقه"', "الشاب X وابن أخيه": the relative inside or right after the name
        k += 1
    if k + 1 < len(tokens) and tokens[k].text in COMMAS and _joined_relative(tokens, k + 1):
        return k + 1
    return end


def _joined_relative(tokens: list[Token], k: int) -> bool:
    """"وابنه", "وشقيقيه", "وابن أخيه": a relative joined by و to the one named before."""
    key = tokens[k].key
    return key[:1] == "و" and (form_in(key[1:], AR_ONE) or form_in(key[1:], AR_TWO) or _kin_of_kin(tokens, k, key[1:]))


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
    if tokens[i].key in HIM and i and cue_at(tokens, i - 1, False) is not None:
        return 1, i + 1, None  # "killing him, his wife and three of his children": he is one of them
    if (aged := named_with_age(tokens, i)) is not None:
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
    elif (noun := _after_modifiers(tokens, k)) is not None:
        k = noun  # "eight government-affiliated forces", "2 male nurses", "four off-duty policemen"
    while k < len(tokens) and (tokens[k].key in EN_PEOPLE or k - num[1] < 2 and (
            _plural_noun(tokens[k].key) or tokens[k].text.isupper() and tokens[k].text.isalpha())
            or tokens[k].key in EN_AGES and k + 1 < len(tokens) and tokens[k + 1].key in EN_PEOPLE):
        k += 1  # "three SDF fighters", "five shepherds", "two small children"
    family = [t.key for t in tokens[k : k + 4]]
    if family[:1] in (["from"], ["of"]) and "family" in family[1:]:
        k += family.index("family") + 1  # "Seven people from one family", "six of one family": the family is no count
    return num[0], _of_group(tokens, k, k > num[1]), None


HIM = frozenset("him her".split())  # the one a verb of killing or wounding names by a pronoun
MODIFIERS_AT_MOST = 2  # words between a figure and its people noun: "28 pro-Assad militants", "two female teachers"
NOT_MODIFIERS = frozenset("and or of in at on by from with for to as a an the who which that".split())


def _after_modifiers(tokens: list[Token], k: int) -> int | None:
    """The people noun after one or two modifier words of a figure ("government-affiliated forces", "male nurses",
    "off-duty policemen"), or None: plain words (no people word, cue, filler or joint) and then a people word or a
    plural noun."""
    for n in range(k, min(k + MODIFIERS_AT_MOST, len(tokens) - 1)):
        key = tokens[n].key
        if not key.replace("-", "").isalpha() or key in NOT_MODIFIERS or key in EN_FILLERS or key in EN_PEOPLE \
                or _plural_noun(key) or cue_at(tokens, n, False) is not None:
            return None
        after = tokens[n + 1].key
        if after in EN_PEOPLE or _plural_noun(after):
            return n + 1
    return None


def named_with_age(tokens: list[Token], i: int) -> int | None:
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
    follows = end < len(tokens) and (tokens[end].key in EN_FILLERS or cue_at(tokens, end, False) is not None)
    return end if end > j and people and follows else k


def _plural_noun(key: str) -> bool:
    """"shepherds", "farmers", "policemen": a plural noun after a number (not a cue or a filler)."""
    return key.isalpha() and key.endswith(("s", "men")) and key not in EN_FILLERS \
        and key not in EN_KILLED | EN_WOUNDED | EN_BOTH


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
        if parse_number(tokens, i) is not None and (_day_of_month(tokens, i) or _after_month(tokens, i)):
            i += 1  # "صباح اليوم الثلاثاء 15 فبراير", "March 25, 2025", "أيار عام 2016": a date, nobody counted
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
        subset = bool(before) and (form_in(before[-1], AR_SUBSET) or before[-1] in EN_SUBSET or before == ["among", "them"])
        part = [t.key for t in tokens[end : end + 3]]
        subset = subset or not arabic and part[:2] in OF_THEM and (before[-1:] in ([","], ["–"], ["—"]) or start and cue_at(
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
    if j + 1 < len(tokens) and tokens[j].key == AR_FROM and tokens[j + 1].key in AR_MONTH_NOUNS:
        return True
    return j < len(tokens) and tokens[i].key.isdigit() and month_at(tokens, j) is not None


def _after_month(tokens: list[Token], i: int) -> bool:
    """Is the number at tokens[i] the day or year a month's name opens ("March 25, 2025, four civilians were killed",
    "في آذار 2019، قتل انفجار ...", "من أيار عام 2016، قتلت ...") or a year after "عام"/"year"? A year so told, or a day
    told with its year, is read as a figure otherwise, when the casualty verb follows the date's comma."""
    key = tokens[i].key
    if not key.isdigit():
        return False
    year = len(key) == 4 and YEARS[0] <= int(key) <= YEARS[1]
    before = i - 1
    if year and before >= 0 and tokens[before].text == ",":  # "March 25, 2025": the year after a month's day
        return before > 0 and tokens[before - 1].key.isdigit() and _after_month(tokens, before - 1)
    if year and before >= 0 and tokens[before].key in YEAR_WORDS:
        return True  # "عام 2016", "year 2016"
    month = any(month_at(tokens, k) is not None and month_at(tokens, k)[1] == i for k in range(max(0, i - 3), i))
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    day = int(key) <= 31 and nxt is not None and (nxt.text == "," or nxt.key.isdigit() and len(nxt.key) == 4)
    return month and (year or day)


def _ordinal(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """"a fourth civilian", "another third child": (the rank, the index after the person word), else None.
    "Two were killed and a third wounded": a rank with no person word is one more, told by the figure before."""
    if i + 1 < len(tokens) and tokens[i].key in ("a", "the", "another") and tokens[i + 1].key in EN_ORDINALS:
        if i + 2 < len(tokens) and tokens[i + 2].key in EN_ONE:
            return EN_ORDINALS[tokens[i + 1].key], i + 3
        if i + 2 == len(tokens) or tokens[i + 2].text in (".", ",") or tokens[i + 2].key in EN_FILLERS \
                or cue_at(tokens, i + 2, False) is not None:
            return 1, i + 2  # ("... and injured a third.": the rank closes its clause)
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
        if tokens[end].text == "," and tokens[end - 1].key in EN_ONE and named_with_age(tokens, start) == nxt[1]:
            return 0, nxt[1]  # "a farmer, Ibrahim Hamad, 55, was wounded": his name, not one more
        if [t.key for t in tokens[nxt[1] : nxt[1] + 2]] in OF_THEM:
            return None  # "Twelve people, seven of them children": a part of the first, not more
        if tokens[end].text == "," and _speaker_follows(tokens, nxt[1]):
            return None  # "wounding six, a doctor at the hospital said": who told it, not one more
    bare = nxt[1] == end + 1 and parse_number(tokens, end) is not None or arabic and nxt[1] == end + 1 and nxt[0] and not form_in(tokens[end].key[1:], AR_TWO | AR_ONE)
    if bare and nxt[1] < len(tokens) and cue_at(tokens, nxt[1], arabic) is not None:
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
AGE_BRACKET = 5  # "(9 أعوام)", "(11 عاماً)": an age told in brackets after a name
