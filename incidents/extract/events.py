"""What kind of event a sentence reports: ACLED sub-event types from Arabic and English cue words."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress, count

from .actors import GOVERNMENT
from .text import COMMAS, KEY, WORD_MEMO, Token, key_set, stems, word_key

AIR, SHELLING, CLASH = "Air/drone strike", "Shelling/artillery/missile attack", "Armed clash"
IED, SUICIDE, ATTACK, ABDUCTION = "Remote explosive/landmine/IED", "Suicide bomb", "Attack", "Abduction/forced disappearance"
CHEMICAL = "Chemical weapon"
PROTEST, ARRESTS = "Peaceful protest", "Arrests"
TERRITORY = "territory"  # who took it decides: "Government regains territory" or "Non-state actor overtakes territory"
GOVERNMENT_TAKES, REBELS_TAKE = "Government regains territory", "Non-state actor overtakes territory"
OTHER = "Other"

EVENT_TYPE = {
    AIR: "Explosions/Remote violence", SHELLING: "Explosions/Remote violence", IED: "Explosions/Remote violence",
    SUICIDE: "Explosions/Remote violence", CHEMICAL: "Explosions/Remote violence", CLASH: "Battles", ATTACK: "Violence against civilians",
    ABDUCTION: "Violence against civilians", GOVERNMENT_TAKES: "Battles", REBELS_TAKE: "Battles", OTHER: "Other",
    PROTEST: "Protests", ARRESTS: "Strategic developments",
}
# When cues of several kinds stand together ("Russian warplanes shelled"), the most specific wins.
PRIORITY = (CHEMICAL, SUICIDE, IED, AIR, SHELLING, TERRITORY, CLASH, ATTACK, ABDUCTION, ARRESTS, PROTEST, OTHER)

_CUES = {
    AIR: (
        "غارة غارات طيران الطيران طائرة طائرات حربية الحربي مسيرة مسيرات درون براميل برميل البراميل مروحية مروحيات "
        "جوي جوية الجوي الجوية الجو air strike strikes airstrike airstrikes air-strike air-strikes warplanes warplane jets aircraft "
        "drone drones helicopter helicopters raids raid barrel barrels aerial airstrikes warplane"
    ),
    SHELLING: (
        "قصف القصف قصفت قذائف قذيفة صاروخ صواريخ صاروخية صاروخي مدفعي مدفعية المدفعية هاون الهاون راجمات "
        "shelling shelled shells shell artillery mortar mortars rocket rockets missile missiles bombardment "
        "bombarded bombard bombards bombarding shellfire تقصف يقصف تقصفان"
    ),
    CLASH: (
        "اشتباكات اشتباك معارك مواجهات اشتبك اشتبكت كمين clashes clashed clash fighting battle battles "
        "firefight gunfight offensive attacked ambush ambushed advance advances advanced advancing advancement "
        "تقتحم يقتحم اقتحمت اقتحم اقتحام storm storms stormed storming "
        "counterattack counterattacks counter-attack counter-attacks skirmishes confrontations"
    ),
    IED: (
        "عبوة عبوات ناسفة لغم ألغام الغام مفخخة مفخخ انفجار تفجير انفجرت IED IEDs explosive landmine landmines "
        "mine mines bomb blast explosion explosions exploded detonated detonates detonate detonating roadside car-bomb "
        "booby-trapped blew"
    ),
    SUICIDE: "انتحاري انتحارية suicide",
    CHEMICAL: "كيماوي كيماوية كيميائي كيميائية سارين الكلور غازات غاز سامة اختناق chemical sarin chlorine toxic nerve",
    ATTACK: "اغتال اغتالت اغتيال اغتيل أعدم إعدام رصاص قنص قناص assassinated assassination executed sniper "
            "gunmen shot shooting execute executes executing execution behead beheads beheaded beheading assassinations "
            "slaughtered slaughters crucified crucifies hanged",
    ABDUCTION: "اختطاف خطف اختطف abducted kidnapped abduction kidnapping kidnap kidnaps abduct abducts",
    TERRITORY: "سيطرت سيطر استعادت استعاد سيطرتها سيطرته سيطرتهم تستعيد يستعيد تسيطر يسيطر captured seized "
               "recaptured retook regained overran retakes recaptures captures seizes regain regains capture seize "
               "recapture retake overruns overrun تستعيدان يستعيدان تسيطران يسيطران تدخل يدخل دخلت دخل يدخلون تدخلان "
               "enter enters entered",
    PROTEST: "مظاهرة مظاهرات تظاهرة تظاهرات تظاهر تظاهروا احتجاج احتجاجات احتجاجية المحتجين محتجون وقفة "
             "protest protests protested protesters demonstration demonstrations demonstrators rally rallies",
    ARRESTS: "اعتقال اعتقالات اعتقلت اعتقل دهم مداهمة مداهمات القبض arrested arrests detained detains rounded",
    OTHER: "هجوم هجوما الهجوم هجمات الهجمات مجزرة attack attacks incident massacre target targets targeted targeting kill kills "
           "killing casualties injuries martyrs losses killed died dies dead death wounded injured bombing bombed stoned "
           "corpses يهاجم تهاجم هاجم هاجمت هاجموا يقتل تقتل تقتلان يصيب",  # an event named, its kind said elsewhere
}
CUE_WORDS: dict[str, str] = {word_key(w): kind for kind, words in _CUES.items() for w in words.split()}
# Words that make a nearby cue hypothetical: threats, potential campaigns, warnings.
_HYPOTHETICAL = key_set(
    "تهديد تهديدات التهديدات تهدد يهدد هددت المحتملة محتملة محتمل ستشن سيشن ستجلب منع لمنع "
    "threat threats threatened threatens threatening would could potential possible planned warned"
)
_RAID_WORDS = {"raid", "raids"}
OPEN_FIRE = key_set("أطلق أطلقوا أطلقت أطلقا إطلاق اطلاق opened open opening opens")
FIRE = key_set("نار النار نارا fire")
CEASE = key_set("وقف cease")
TARGETED = key_set("استهدفت استهدف")  # a past attack on a place, its kind told before ("بقذائف المدفعية" or not)
SUBJECTED = key_set("تعرض تعرضت")  # "was subjected (to)": with no "لـ" object after it, the event told before
STILL = key_set("زالت زال تزال يزال لازالت مازالت مازال لازال")  # "ما زالت", "لا تزال": still
PART_OF = key_set("قسم جزء أجزاء معظم أغلب غالبية نصف القسم الجزء")
HELD_BY = key_set("عليها عليه عليهم عليهما")  # after a verb of control: a relative clause
GAS = key_set("غاز الغاز غازات")
FIELDS = key_set("حقل حقلي حقول معمل محطة شركة منشأة field plant")  # oil and gas fields, plants, companies
REMNANTS = key_set("مخلفات مخلفاتها remnants remnant leftover left-over")  # "قنبلة من مخلفات قصف سابق": what an old strike left
HIGHLY = key_set("شديدة شديد شديدات عالية")  # "صواريخ شديدة الانفجار": high-explosive missiles, no explosion of their own
SURVEILLANCE = key_set("الاستطلاع استطلاع الاستطلاعي استطلاعي حلق حلقت تحليق يحلق reconnaissance "
                       "surveillance flight flights flying hovering hovered")  # "the flight of armed drones over X"
AIR_FACILITIES = key_set("base bases field قاعدة القاعدة")  # after "air", before "جوية"
ENTER = key_set("تدخل يدخل دخلت دخل يدخلون تدخلان enter enters entered")
NOT_ENTERED = key_set("حيز مرحلة عامها شهرها يومها أسبوعها في على إلى الى")
IN_FORCE = key_set("حيز مرحلة عامها شهرها يومها أسبوعها")
AID = key_set("aid convoy convoys humanitarian buses food relief مساعدات قافلة قوافل إنسانية حافلات "
              "الحافلات المساعدات الإغاثة إغاثية")
CONTROL_AR = key_set("السيطرة سيطرة")
COMPLETE_AR = key_set("الكاملة التامة")
ANNOUNCED_AR = key_set("تعلن يعلن أعلنت أعلن اعلنت اعلن تمكنت تمكن بسطت بسط أحكمت أحكم إحكام "
                       "استكملت استكمال أتمت إتمام")
NAME_ARTICLES = ("al-", "el-", "ad-", "ar-", "as-", "at-", "an-", "ash-", "az-")
PLACE_DESIGNATORS = frozenset("town village city neighbourhood neighborhood area".split())
CONTROL_VERBS = frozenset("control controls re-control re-controls".split())
NOT_CONTROL_VERB = frozenset("the its their his her under of full complete total".split())  # a noun: "under the control of"
TAKING_EN = frozenset("full take takes took taken seize seizes seized seizing regain regains regained gain gains gained "
                      "declares declared complete".split())
BARRELS = key_set("barrel barrels برميل براميل البراميل البرميل")
SNIPER = key_set("قنص", "قناص", "برصاص", "رصاص", "sniper", "shot")
# Deaths with another cause: a sentence about them reports no conflict event.
NOT_CONFLICT = key_set(
    "زلزال الزلزال هزة فيضان فيضانات السيول غرق الكوليرا كورونا حادث سير earthquake quake earthquakes flood floods "
    "flooding drowned drowning cholera covid traffic crash storm snowstorm hunger starvation malnutrition الجوع جوعا "
    "التغذية"
)  # "air raid" is an air strike; a raid alone (arrests) is not a cue


MONTHS = frozenset("january february march april may june july august september october november december".split())
_LOG_CODE = re.compile(r"^[A-Z]{1,3}\d+[a-z]?$")


def strike_logs(tokens: list[Token]) -> list[tuple[int, bool]]:
    """The entries of a strike log's line ("March 30th 2017: (S562) near X, Raqqa governorate, Syria", several joined
    by ";", dates as "January 21st -22nd, 2017", "Around September 28th 2017", "September 17th"): where each entry's
    place starts, and whether it carries a strike's code. A date, a colon, then only where, ending in "Syria"."""
    out: list[tuple[int, bool]] = []
    first = 0
    while first < len(tokens):
        stop = next((k for k in range(first, len(tokens)) if tokens[k].text == ";"), len(tokens))
        entry = _log_entry(tokens, first, stop)
        if entry is not None:
            out.append(entry)
        first = stop + 1
    return out


def _log_entry(tokens: list[Token], first: int, stop: int) -> tuple[int, bool] | None:
    """One strike-log entry in tokens[first:stop]: (where its place starts, coded), or None."""
    lead = first + (first < stop and tokens[first].key == "around")
    colon = next((k for k in range(lead, min(stop, lead + 10)) if tokens[k].text == ":"), None)
    words = [t for t in tokens[colon + 1 if colon is not None else stop : stop] if t.is_word]
    if colon is None or lead >= colon or tokens[lead].key not in MONTHS or not words or words[-1].key != "syria":
        return None
    if not any(t.key[:1].isdigit() for t in tokens[lead + 1 : colon]):
        return None
    if tokens[colon + 1 : colon + 2] and tokens[colon + 1].text == "(" and colon + 3 < stop \
            and _LOG_CODE.match(tokens[colon + 2].text) and tokens[colon + 3].text == ")":
        start = next((k for k in range(colon + 4, stop) if tokens[k].is_word), stop)
        return start, True  # past what a lost script left ("(S1444) ?? ??????? , Al Jumaili neighborhood")
    return colon + 1, False


@dataclass(frozen=True)
class EventCue:
    """A word at token `pos` that tells an event of this sub-event type."""

    pos: int
    sub_event_type: str


def _taken(tokens: list[Token], i: int) -> str | None:
    """A place taken told with a noun: "السيطرة على X", "full control over X", "takes control of X", "fall of X"."""
    key, nxt = tokens[i].key, tokens[i + 1].key if i + 1 < len(tokens) else ""
    if stems(key)[-1] in CONTROL_AR and nxt in COMPLETE_AR and i + 2 < len(tokens):
        nxt = tokens[i + 2].key  # "السيطرة الكاملة على X"
    if stems(key)[-1] in CONTROL_AR and nxt == word_key("على") and any(
            t.stem in ANNOUNCED_AR for t in tokens[max(0, i - 4) : i]):
        return TERRITORY  # "تعلن السيطرة على X", "تمكنت من السيطرة على X"; not "تحاول السيطرة", "يتقاسمان السيطرة"
    if key == "control" and nxt in ("of", "over", "on") and i and (tokens[i - 1].key in TAKING_EN or i > 1 and tokens[
            i - 1].key == "the" and tokens[i - 2].key in TAKING_EN):  # "take (the) control of/on X"
        return TERRITORY
    if key in CONTROL_VERBS and i and tokens[i - 1].key not in NOT_CONTROL_VERB and _name_follows(tokens, i):
        return TERRITORY  # "SDF control al-Mansoura town", "forces re-control Manasher", "completely control Al-Sor"
    return TERRITORY if key == "fall" and nxt == "of" else None


def _name_follows(tokens: list[Token], i: int) -> bool:
    """Does an English name follow word i ("control Al-Sor", "control al-Mansoura town", "control the town of X")?"""
    after = [t for t in tokens[i + 1 : i + 3] if t.is_word]
    if after and after[0].key == "the":
        after = after[1:]
    return bool(after) and after[0].key.isascii() and (
        after[0].text[:1].isupper() or after[0].key.startswith(NAME_ARTICLES) or after[0].key in PLACE_DESIGNATORS)


def _entered_place(tokens: list[Token], i: int) -> bool:
    """"troops enter Bab Houd", "تدخل مدينة الأتارب": a place follows the verb (not "its 15th month", "حيز التنفيذ")."""
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if nxt is None or not nxt.is_word:
        return False
    if nxt.key.isascii():
        return nxt.text[:1].isupper() or nxt.key == "the" and i + 2 < len(tokens) and tokens[i + 2].text[:1].isupper()
    later = tokens[i + 1 : i + 8]  # "دخل وقف إطلاق النار في إدلب حيز التنفيذ": the subject comes first
    return nxt.stem not in NOT_ENTERED and not any(t.stem in IN_FORCE for t in later)


def event_cues(tokens: list[Token]) -> list[EventCue]:
    """The event cues of a sentence, neighbouring cues merged to the most specific type (a place taken stays its own
    cue: "تسيطر على X وغارات على Y")."""
    raw: list[EventCue] = []
    for i in compress(count(), map(_may_cue, map(KEY, tokens))):  # (the words that may be cues, found at C speed)
        tok = tokens[i]
        kind = event_kind(tok.key) or (_taken(tokens, i) if _taking_word(tok.key) else None)
        if kind is None and not OPEN_FIRE.isdisjoint(stems(tok.key)) and any(t.key in FIRE for t in tokens[i + 1 : i + 4]) \
                and not (i and tokens[i - 1].stem in CEASE):
            kind = ATTACK  # "أطلقوا النار على", "إطلاق نار", "gunmen opened fire on": a shooting (not "وقف إطلاق النار")
        if kind is None and tok.stem in SUBJECTED and not any(t.key[:1] == "ل" and len(t.key) > 2 for t in tokens[i + 1 :]):
            kind = OTHER  # "كما تعرضت 3 قرى هي: A وB": subjected, to no object told - to the event the report told before
        if kind is None and tok.stem in TARGETED:
            kind = OTHER  # "كما استهدفت قوات الأسد كلاً من A وB": targeted, by the means the report told before
        if kind is not None and tok.key in _RAID_WORDS and not (i and tokens[i - 1].key in ("air", "bombing")):
            if tokens[0].key != "they":
                continue
            kind = OTHER  # "They also carried out several raids on X" after the warplanes' strikes: the kind told before
        if kind is None:
            continue
        if kind == AIR and _facility(tokens, i):
            continue  # "its Hmeimim air base", "قاعدة جوية": a place, not a strike
        if kind == AIR and any(t.key in SURVEILLANCE or t.stem in SURVEILLANCE for t in tokens[max(0, i - 3) : i + 3]):
            continue  # "حلق طيران الاستطلاع فوق X", "reconnaissance drones flew over": a flight, not a strike
        if tok.key in ENTER and (any(t.key in AID or t.stem in AID for t in tokens) or not _entered_place(tokens, i)):
            continue  # "aid convoy enters Madaya", "the siege entered its 15th month", "دخل حيز التنفيذ": no place taken
        if any(t.key in _HYPOTHETICAL or t.stem in _HYPOTHETICAL for t in tokens[max(0, i - 3) : i]):
            continue
        if kind == CHEMICAL and tok.stem in GAS and any(t.stem in FIELDS for t in tokens[max(0, i - 10) : i]):
            continue  # "بين حقلي الجفرة النفطي وكونيكو للغاز": a gas field, no chemical weapon
        if kind == IED and i and tokens[i - 1].stem in HIGHLY:
            continue  # "قصفت الطائرات بصواريخ شديدة الانفجار بلدة X": what the missiles are, not a second, IED event
        if kind != IED and _remnants_of(tokens, i):
            continue  # "قنبلة من مخلفات قصف سابق", "مخلفات قوات X الحربية": what an old strike left, no new strike
        if kind == TERRITORY and tok.key[:1] in "تي" and i + 1 < len(tokens) and tokens[i + 1].key in HELD_BY:
            continue  # "مدينة تسيطر عليها المعارضة": who holds a place, not a place taken
        if kind == TERRITORY and tok.key[:1] in "تي" and any(t.key in PART_OF for t in tokens[i + 1 : i + 4]):
            continue  # "قوات النظام تسيطر على قسم صغير من المدينة": who holds what part, no place taken
        if kind == TERRITORY and tok.key[:1] in "تي" and any(t.stem in STILL for t in tokens[max(0, i - 4) : i]):
            continue  # "ما زالت المعارضة تسيطر على X": who still holds it, no place taken
        raw.append(EventCue(i, kind))
    merged: list[EventCue] = []
    last = -10  # the last raw cue merged: "killed in air strikes and shelling" is one run of cues
    for cue in raw:
        near = cue.pos - last <= 3 and not any(t.text in (",", "،", ";", "؛", ":") for t in tokens[last:cue.pos])
        last = cue.pos
        if merged and near and TERRITORY not in (cue.sub_event_type, merged[-1].sub_event_type):
            best = min(cue.sub_event_type, merged[-1].sub_event_type, key=PRIORITY.index)
            if best == IED and any(tokens[c.pos].stem in BARRELS for c in (cue, merged[-1])):
                best = AIR  # "a barrel bomb", "برميل متفجر": dropped from the air
            merged[-1] = EventCue(merged[-1].pos, best)
        else:
            merged.append(cue)
    return merged


@lru_cache(maxsize=WORD_MEMO)
def _may_cue(key: str) -> bool:
    """Can the word be an event cue at all (a cue word, a verb of control or of fire, "subjected", "targeted")? The
    word tests of `event_cues`, memoised by key, so that the many words that are none are passed over at once (a word
    test added there goes here too, or no word passes it)."""
    return event_kind(key) is not None or _taking_word(key) or not OPEN_FIRE.isdisjoint(stems(key)) \
        or stems(key)[-1] in SUBJECTED or stems(key)[-1] in TARGETED


def _taking_word(key: str) -> bool:
    """Is the word one `_taken` reads a place taken from: control ("control", "السيطرة", "تسيطر") or "fall"?"""
    return key in CONTROL_VERBS or key == "fall" or "سيطر" in key


REMNANTS_REACH = 4  # "مخلفات قوات النظام الحربية": the remnants' noun told with its owner, the cue its adjective


def _remnants_of(tokens: list[Token], i: int) -> bool:
    """Is the cue at i a word of a remnants' noun phrase ("remnants of shelling", "من مخلفات قوات الأسد الحربية",
    "remnants of the regime's war planes"): "remnants" one or two words before it, or a few with no mark between, so
    what an old strike left, not a new strike?"""
    if any(t.stem in REMNANTS for t in tokens[max(0, i - 2) : i]):
        return True
    for k in range(max(0, i - REMNANTS_REACH), i):
        if tokens[k].stem in REMNANTS:
            return not any(t.text in (",", "،", ";", "؛", ":", ".") for t in tokens[k:i])
    return False


def _facility(tokens: list[Token], i: int) -> bool:
    """Is the air word at tokens[i] part of a facility's or a service's name ("air base", "قاعدة جوية", "the Air Force
    Intelligence")?"""
    after = tokens[i + 1].key if i + 1 < len(tokens) else ""
    before = tokens[i - 1].stem if i else ""
    service = after == "force" and i + 2 < len(tokens) and tokens[i + 2].key == "intelligence"  # a security branch
    return tokens[i].key == "air" and (after in AIR_FACILITIES or service) or before in AIR_FACILITIES


@lru_cache(maxsize=100_000)
def event_kind(key: str) -> str | None:
    """The event kind a word names ("بقصف": shelling), clitics and the article looked past."""
    forms = stems(key)
    return next((CUE_WORDS[f] for f in (*forms, *(f[2:] for f in forms if f.startswith("ال"))) if f in CUE_WORDS), None)


def not_conflict(tokens: list[Token]) -> bool:
    """Does the sentence speak of an earthquake, a flood, an epidemic or a road accident?"""
    return any(map(_not_conflict_word, map(KEY, tokens)))  # (C-level iteration: asked of every sentence, twice)


@lru_cache(maxsize=100_000)
def _not_conflict_word(key: str) -> bool:
    """Does the word speak of a disaster or an accident ("hunger-related causes" too)? Memoised by key: every word of
    every sentence is asked, twice."""
    return key in NOT_CONFLICT or stems(key)[-1] in NOT_CONFLICT or "-" in key and key.partition("-")[0] in NOT_CONFLICT


def territory_type(actor1: str | None) -> str:
    """A place taken: by the government side, by anyone else, or (no actor named) Other."""
    if actor1 is None:
        return OTHER
    return GOVERNMENT_TAKES if actor1 in (GOVERNMENT, "Russian forces") else REBELS_TAKE


CLAUSE_BREAKS = key_set("; ؛ while whereas فيما بينما أما وقت كما")  # وقت: "في وقت قضى شخص ..." (meanwhile); كما: "، كما
# قتل شاب في ..." (also): a comma does not part a list
WHILE_AR = (word_key("في"), word_key("حين"))  # "في حين قضى مدني": "while" in two words (حين alone is "when")


def clause_break(tokens: list[Token], k: int) -> bool:
    """Does tokens[k] open a new clause of the sentence ("؛", "while", "فيما", "في حين")?"""
    key = tokens[k].key
    return key in CLAUSE_BREAKS or key == WHILE_AR[1] and k > 0 and tokens[k - 1].key == WHILE_AR[0]


def nearest(cues: list[EventCue], pos: int, tokens: list[Token] | None = None) -> EventCue | None:
    """The cue of a place: the closest one before it in its own clause ("dropped barrel bombs on A, B and C, while
    forces shelled D") unless a comma parts them and one follows right after it ("..., تعرضت مناطق في حي X لقصف"),
    else the closest one, a preceding one winning ties; a territory cue outranks the fighting that won it."""
    if tokens is not None:
        before = [c for c in cues if c.pos < pos and not any(clause_break(tokens, k) for k in range(c.pos, pos))]
        right_after = [c for c in cues if 0 < c.pos - pos <= 3]  # "، كما تعرضت مناطق في حي X لقصف": its own event
        if before and right_after and any(t.text in COMMAS for t in tokens[max(b.pos for b in before) : pos]):
            before = right_after[:1]
        cues = [c for c in before if c.pos == max(b.pos for b in before)] or cues
    found = min(cues, key=lambda c: (abs(c.pos - pos), c.pos > pos), default=None)
    if found is not None and found.sub_event_type == CLASH:
        found = next((c for c in cues if c.sub_event_type == TERRITORY), found)
    return found
