"""Who attacked and who was hit, when the report names them: a small lexicon of Syrian-war actors."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from itertools import compress, count

from .text import KEY, WORD_MEMO, Token, key_set, stems, word_key

GOVERNMENT = "Syrian government forces"
CIVILIANS = "Civilians"

_ACTORS = {
    "Militants": "المسلحين|المسلحون|مسلحين|مسلحون|الجماعات المسلحة|المجموعات المسلحة|الإرهابيين|المجموعات الإرهابية"
    "|militants|terrorists|armed groups",
    GOVERNMENT: "قوات النظام|القوات الحكومية|الجيش السوري|الجيش العربي السوري|القوات السورية|قوات الحكومة"
    "|النظام السوري|القوات المسلحة السورية|عسكريين سوريين|جنود سوريين|government forces|regime forces"
    "|syrian army|syrian troops|pro-government forces|syrian government|syrian soldiers|government troops"
    "|طيران النظام|الطيران الحربي السوري|الطائرات الحربية السورية|مروحيات النظام|government air strikes"
    "|government airstrikes|government warplanes|government jets|government aircraft|government helicopters"
    "|regime air strikes|regime airstrikes|regime warplanes|regime jets|regime helicopters|syrian warplanes"
    "|syrian jets|syrian air force",  # the air force by the side it flies for: "Government air strikes on X"
    "Russian forces": "الطيران الروسي|الطائرات الروسية|القوات الروسية|طائرات روسية|الطيران الحربي الروسي"
    "|russian warplanes|russian jets|russian forces|russian aircraft|russian air",
    "Opposition armed groups": "فصائل المعارضة|الفصائل المعارضة|المعارضة المسلحة|الفصائل المسلحة|الفصائل"
    "|rebels|rebel groups|opposition fighters|opposition factions|armed opposition|rebel",
    "Levant Front": "الجبهة الشامية|levant front|al-jabha al-shamiya",  # a northern Aleppo faction ACLED names alone
    "Hayat Tahrir al-Sham": "هيئة تحرير الشام|تحرير الشام|جبهة النصرة|جبهة فتح الشام|hts|hayat tahrir al-sham"
    "|tahrir al-sham|nusra front|al-nusra front",
    "Islamic State": "داعش|تنظيم الدولة|الدولة الإسلامية|islamic state|isis|isil",
    "Syrian Democratic Forces": "قسد|قوات سوريا الديمقراطية|قوات سورية الديمقراطية|sdf|syrian democratic forces",
    "Turkish forces": "الجيش التركي|القوات التركية|الطيران التركي|المسيرات التركية|turkish army|turkish forces"
    "|turkish military|turkish warplanes|turkish drone|turkish drones|turkish troops",
    "Turkish-backed factions": "الفصائل الموالية لتركيا|الجيش الوطني|turkish-backed|syrian national army|sna",
    "International coalition": "التحالف الدولي|طيران التحالف|التحالف|coalition|us-led coalition",
    "Israeli forces": "الطيران الإسرائيلي|إسرائيل|الجيش الإسرائيلي|israeli|israel",
    "Unidentified armed group": "مسلحين مجهولين|مسلحون مجهولون|مجهولين|unknown gunmen|unidentified gunmen",
    CIVILIANS: "مدنيين|المدنيين|مدنيا|مدني|أطفال|طفلا|طفل|نساء|امرأة|civilians|civilian|children|child|woman|women",
}
_PHRASES: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _actor, _alts in _ACTORS.items():
    for _phrase in _alts.split("|"):
        _words = tuple(word_key(w) for w in _phrase.split())
        _PHRASES.setdefault(_words[0], []).append((_words, _actor))
for _options in _PHRASES.values():
    _options.sort(key=lambda p: -len(p[0]))  # longest phrase first
_VICTIM_MARKERS = key_set("صفوف", "عناصر", "among", "of")
# Words that make the actor after them the one who did it: "برصاص مجهولين", "بنيران قوات النظام", "على يد داعش",
# "من قبل مجهولين", "by unknown gunmen".
_AGENT_MARKERS = key_set("رصاص", "برصاص", "نيران", "بنيران", "يد", "قبل", "by")


@dataclass(frozen=True)
class ActorMention:
    """An actor named in a sentence: tokens [start, end) and the actor's name."""

    start: int
    end: int
    name: str


def actor_mentions(tokens: list[Token]) -> list[ActorMention]:
    """Actor names in a sentence, longest phrase first, clitics allowed on the first word."""
    out: list[ActorMention] = []
    after = 0  # where the next mention may start (past the last one)
    for i in compress(count(), map(_options, map(KEY, tokens))):  # (the words that open a phrase, found at C speed)
        if i < after:
            continue
        for words, actor in _options(tokens[i].key):
            n = len(words)
            if len(tokens) - i >= n and all(t.key == w for t, w in zip(tokens[i + 1 : i + n], words[1:])):
                out.append(ActorMention(i, i + n, actor))
                after = i + n
                break
    return out


@lru_cache(maxsize=WORD_MEMO)
def _options(key: str) -> tuple[tuple[tuple[str, ...], str], ...]:
    """The actor phrases a word may open, its clitics looked past, longest first (memoised: asked of every token,
    and most words open none)."""
    return tuple(sorted((o for form in stems(key) for o in _PHRASES.get(form, ())), key=lambda p: -len(p[0])))


def victims(mentions: list[ActorMention], tokens: list[Token], casualty_positions: list[int]) -> str | None:
    """Who was hit: the group after "في صفوف"/"among", or the people words of the casualty figures."""
    for m in mentions:
        k = m.start - 1 - (m.start > 1 and tokens[m.start - 1].key == "the")  # "fighters of the Levant Front"
        if k >= 0 and tokens[k].stem in _VICTIM_MARKERS:
            return m.name
    for m in mentions:
        if any(0 <= m.start - p <= 3 for p in casualty_positions) and not (
                m.start and tokens[m.start - 1].key in _AGENT_MARKERS):  # "6 عسكريين سوريين", "مقاتل من هيئة تحرير الشام"
            return m.name  # (not "قتل شاب برصاص مجهولين": the gunmen shot him)
    return None


def attacker(mentions: list[ActorMention], cue_pos: int | None, victim: str | None) -> str | None:
    """The actor standing closest to the event cue (after it in Arabic, either side in English)."""
    if cue_pos is None:
        return None
    near = [m for m in mentions if m.name not in (CIVILIANS, victim) and -4 <= m.start - cue_pos <= 4]
    best = min(near, key=lambda m: (abs(m.start - cue_pos), m.start < cue_pos), default=None)
    return best.name if best else None
