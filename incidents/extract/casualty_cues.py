"""The words that tell people killed or wounded ("مقتل", "جرحى", "killed", "the dead"), each read as a cue: its kind
and on which side its figure stands. Quantities and casualty counts both read them."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from itertools import compress, count

from .text import KEY, WORD_MEMO, Token, form_in, key_set, stems, word_key


# Cue nouns that count themselves: "سقوط قتيلين وجريح" is two killed and one wounded.
AR_SELF = {word_key(w): n for w, n in (
    ("قتيل", 1), ("جريح", 1), ("شهيد", 1), ("قتيلان", 2), ("قتيلين", 2), ("جريحان", 2), ("جريحين", 2),
    ("شهيدان", 2), ("شهيدين", 2), ("ضحيتان", 2), ("ضحيتين", 2),
    ("مقتله", 1), ("مقتلها", 1), ("مقتلهما", 2), ("إصابته", 1), ("إصابتها", 1), ("إصابتهما", 2),  # "أدى إلى مقتله"
)}

# Cue words: the kind they report and where their number stands (after: fwd, before: back).
AR_KILLED_FWD = key_set("قضى", "قضوا", "ارتقى", "ارتقت", "ارتقاء", "اغتال", "اغتالت", "اغتيال", "بحياة", "مقتل", "قتل", "قتلت", "استشهاد", "استشهد", "استشهدت", "مصرع", "وفاة", "أودى", "أودت", "حصد", "حصيلة", "إعدام", "أعدم",
                        "قتلوا", "فارق", "توفي", "توفيت", "لقي", "لقيت",
                        "يقتل", "تقتل", "يقتلون", "تقتلان", "يقتلان", "تودي", "يودي",  # headlines: "غارة تقتل 5"
                        "مودية", "موديا", "مودين",  # "مودية بخمسة مدنيين": claiming five
                        "ضحيتها", "ضحيته", "ضحيتهم", "ضحيتهما",  # "راح ضحيتها ثلاثة مدنيين": its victims
                        "أرواح")  # "حصدت الغارات أرواح خمسة مدنيين": the lives of five
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
EN_KILLED = frozenset("killed killing kills kill dead died die dies death deaths fatalities toll life lives executed assassinated "
                      "assassinate assassinates bodies martyred martyrs martyrdom assassination".split())  # "four fighters were martyred", "16 martyrs"
EN_WOUNDED = frozenset("wounded wounding wounds wound injured injuring injuries injury injures injure hurt".split())
EN_BOTH = frozenset(["casualties"])
EN_CUE_WORDS = EN_KILLED | EN_WOUNDED | EN_BOTH  # (an English cue is one of these words)
EN_BACK_ONLY = frozenset("dead died die dies deaths fatalities hurt casualties bodies martyred martyrs".split())  # "the lives of two": both ways
EN_FWD_ONLY = frozenset("killing kills kill wounding injuring injury injures injure wound toll assassinate assassinates "
                        "martyrdom assassination".split())
# Words that may stand between an English figure and its cue ("at least 5 were killed"); never a counted noun.
EN_FILLERS = frozenset(
    "at least up more than some about nearly almost around approximately over were was are is have has had been being be also reportedly rose risen climbed reached to of now stood shot them those "
    "stands lost lose their the lives numbered found sustained suffered who".split()  # "causing 7 civilians to lose their lives"
)


@dataclass(frozen=True)
class Cue:
    """One word that tells a casualty, at token `pos`: the kind, and whether its figure may follow or precede it."""

    kind: str  # killed, wounded, both
    pos: int
    fwd: bool
    back: bool
    definite: bool
    own: int | None  # a cue that counts itself: قتيلان (2), جريح (1)


def casualty_word(key: str) -> bool:
    """Does an Arabic word tell people killed or wounded ("أصيب", "مقتل", "جرحى")? Such a word is never a name."""
    return any(form_in(key, table) for table in (AR_KILLED_FWD, AR_KILLED_BACK, AR_WOUNDED_FWD, AR_WOUNDED_BACK))


def cues_of(tokens: list[Token], arabic: bool) -> list[Cue]:
    """Every cue of a sentence, in order: `cue_at` asked only of the words whose key may be one (a memoised test
    run at C speed over the keys; most words are none)."""
    may = _may_cue_ar if arabic else EN_CUE_WORDS.__contains__
    return [c for i in compress(count(), map(may, map(KEY, tokens))) if (c := cue_at(tokens, i, arabic))]


@lru_cache(maxsize=WORD_MEMO)
def _may_cue_ar(key: str) -> bool:
    """Can an Arabic word be a cue: "lost" (`_lost_life`) or a cue word (`_ar_cue`)? The word tests of `cue_at`, so
    that a word test added there must come here too."""
    return LOST_ROOT in key and any(f in LOST for f in stems(key)) or _ar_cue(key) is not None


def cue_at(tokens: list[Token], i: int, arabic: bool) -> Cue | None:
    """The cue that tokens[i] is, None if the word tells no one killed or wounded."""
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
        f, b = form_in(key, fwd), form_in(key, back)
        if f or b:
            return kind, f, b, definite and b, own if b else None
    return None


LOST = key_set("فقد فقدت فقدوا فقدا يفقد تفقد يفقدون")  # "lost": a death only with the life lost after it
LOST_ROOT = word_key("فقد")  # (checked first: most words are not "lost")
LIFE = key_set("حياته حياتها حياتهم حياتهما")
LIFE_REACH = 3  # "فقد طفل حياته", "فقدت امرأة وطفلها حياتهما": the victims between the verb and the life


def _lost_life(tokens: list[Token], i: int) -> bool:
    """"فقد طفل حياته", "ليفقد حياته متأثراً بإصابته": the verb "lost" with a life after it tells a death ("فقد
    الاتصال به", "فقد قتل" are no death of their own)."""
    return LOST_ROOT in tokens[i].key and any(f in LOST for f in stems(tokens[i].key)) and any(
        t.key in LIFE for t in tokens[i + 1 : i + 1 + LIFE_REACH])
