"""Places a sentence names as where an event happened: designator cues, gazetteer n-gram scan, context.

A place is dropped when the text names it only as where a statement was made, a meeting, a headquarters
or a firing position; a governorate named right after a place ("قرية X في محافظة حماة") is that place's
context, not a second place.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from gazetteer import Match

from .actors import ActorMention
from .events import EventCue
from .lookup import Lookup
from .text import Token, key_set, stems, word_key



def _table(pairs: dict[str, str]) -> dict[str, str]:
    return {word_key(w): kind for words, kind in pairs.items() for w in words.split()}


# Arabic designators and the kind of place they announce; plurals/duals introduce lists.
AR_DESIGNATORS = _table({
    "قرية قريتي قرى": "village", "بلدة بلدتي بلدات": "town", "مدينة مدينتي مدن": "city",
    "منطقة منطقتي مناطق": "area", "حي حيي أحياء": "neighbourhood", "محافظة محافظتي محافظات": "governorate",
    "ريف": "region", "مخيم": "camp", "ناحية": "subdistrict", "مزرعة": "village", "جبهة محور": "front",
})
AR_LIST_DESIGNATORS = key_set("قريتي قرى بلدتي بلدات مدينتي مدن منطقتي مناطق حيي أحياء محافظتي محافظات")
EN_BEFORE = {"village": "village", "town": "town", "city": "city", "neighbourhood": "neighbourhood",
             "neighborhood": "neighbourhood", "province": "governorate", "governorate": "governorate",
             "countryside": "region", "camp": "camp", "villages": "village", "towns": "town"}
EN_AFTER = {**EN_BEFORE, "area": "neighbourhood", "district": "neighbourhood", "quarter": "neighbourhood", "suburb": "neighbourhood",
            "countryside": "region", "provinces": "governorate", "governorates": "governorate"}
FUZZY_SCORE = 90.0  # a designated name may be misspelled, not another name
STRONG = {"village", "town", "city", "neighbourhood", "camp", "front", "named"}  # an unknown name after these is still a place
DIRECTIONS = key_set(
    "شمال جنوب شرق غرب شمالي جنوبي شرقي غربي الشمالي الجنوبي الشرقي الغربي الشمالية الجنوبية الشرقية الغربية الأوسط northern southern eastern western "
    "north south east west northwestern northeastern southwestern southeastern central"
)
LOCATIVE = key_set(
    "في على قرب بالقرب محيط أطراف شمال جنوب شرق غرب شمالي جنوبي شرقي غربي إلى الى داخل مدخل استهدف استهدفت "
    "طالت طال ضربت ضرب قصفت قصف وسط in near at on outside around into hit struck targeted of shelled"
)
# Words that never start or continue a place name: times, relative words.
NOT_NAME = key_set(
    "صباح مساء فجر ظهر ليلة ليل يوم اليوم أمس الأمس الخاضع الخاضعة التي الذي المحاصرة المحاصر الواقعة الواقع "
    "الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت"
)
NAME_PREFIXES = key_set("تل كفر دير عين خان جسر معرة معرتة بيت أبو ابو أم ام رأس تلة جبل وادي مزرعة الشيخ سرمين قلعة")
AREA_NOT_NAMES = key_set("خفض التصعيد عمليات آمنة عازلة منزوعة سيطرة نفوذ العمليات الحدودية الاشتباكات")
ZONE = (word_key("خفض"), word_key("التصعيد"))
STOP_NAMES = key_set(
    "سوريا سورية الشام المنطقة البلاد الدولة الحكومة الجيش النظام الأمن المدينة القرية البلدة المحافظة "
    "الشرق الغرب الشمال الجنوب الوسط",
    # facilities: where in a place something happened, not a place name
    "سجن السجن مطار المطار مستشفى المستشفى مدرسة المدرسة سوق السوق طريق الطريق حاجز الحاجز نقطة النقطة "
    "مقر المقر مركز المركز قاعدة القاعدة مسجد المسجد جامعة الجامعة محطة المحطة معبر المعبر مخفر بوابة",
) | key_set("the syria syrian a an it its state army")
# Places abroad that reports name (statements, capitals, Turkish border towns): never an incident place.
FOREIGN = key_set(
    "موسكو واشنطن نيويورك أنقرة طهران بيروت عمان بغداد إسطنبول اسطنبول جنيف أستانا سوتشي الكرملين لندن باريس "
    "القدس أبيب غازي عنتاب كيليس أورفة هاتاي الريحانية أقجة إيران تركيا روسيا لبنان العراق الأردن إسرائيل "
    "moscow washington york ankara tehran beirut amman baghdad istanbul geneva astana sochi kremlin london "
    "paris jerusalem aviv gaziantep kilis urfa hatay reyhanli akcakale iran turkey russia lebanon iraq jordan israel"
)
FOREIGN_ADJECTIVES = key_set(
    "التركية التركي العراقية العراقي اللبنانية اللبناني الأردنية الأردني الإسرائيلية الإسرائيلي "
    "turkish iraqi lebanese jordanian israeli russian iranian"
)
# Cues that make a place not where the event happened.
FIRING_FROM = key_set("انطلاقا مصدرها")
FIRING_POSITIONS = key_set("مواقع مواقعها مواقعهم مواقعه مناطق مربض مرابض اتجاه positions position areas direction")
FIRING_VERBS = key_set("fired firing launched launching shelling")
HEADQUARTERS = key_set("مقره مقرها ومقره ومقرها مقر based headquartered headquarters")
MEETING = key_set("اجتماع لقاء مؤتمر محادثات مفاوضات قمة جلسة meeting talks summit conference session visit زيارة")
STATEMENT = key_set(
    "أعلن أعلنت أكد أكدت قال قالت ذكر ذكرت أفاد أفادت أشار أشارت نقل نقلت صرح أوضح أضاف أضافت بيان "
    "said says announced stated told confirmed added statement claimed reported"
)
CONTENT = key_set("عن أن إن : that")
ADDITIVE = key_set("إضافة بالإضافة إضافة كما also addition well")
JOINERS = key_set("و , ، and or")
CONNECTORS = key_set(
    "في , ، in the of province governorate countryside rural محافظة ريف بمحافظة بريف وريف مدينة بمدينة لمدينة "
    "city town village neighbourhood neighborhood district area الأحياء أحياء أطراف الأطراف ضواحي محيط"
) | DIRECTIONS
NEAR = key_set("قرب بالقرب من near close to outside")
LANDFORMS = frozenset("mountains mountain desert plain plains valley hills countryside badia".split())
EN_IN = frozenset("in near outside around".split())  # before an unknown capitalised name: still a place
NOT_PLACES_EN = frozenset(
    "january february march april may june july august september october november december monday tuesday "
    "wednesday thursday friday saturday sunday europe africa asia america gaza arabic english islamic "
    "ramadan eid parliament congress".split()
)
EN_STOP = frozenset("the a an in on at of and but he she it they we this that these sana un us".split())
QUOTES = set('"«»“”\'')


@dataclass
class Place:
    """A place mention: its tokens, the name as written, the gazetteer's match and the text's context."""

    start: int
    end: int
    text: str
    match: Match | None
    kind: str | None = None  # designator kind: village, town, area, governorate, region ...
    role: str = "target"  # target, context, or why it is not where the event was
    hint: Match | None = None  # the admin unit the text gives around it
    joined_to: int | None = field(default=None, repr=False)  # index of the list head it follows

    @property
    def coarse(self) -> bool:
        """Known only at governorate/district/region level (or not at all)."""
        return self.match is None or self.match.geo_precision >= 3

    def key(self) -> str:
        m = self.match
        if m is None:
            return word_key(self.text)
        return f"{m.level}:{m.admin3_pcode or m.admin2_pcode or m.admin1_pcode}:{m.name_en}:{m.geo_precision}"


def _is_arabic(tok: Token) -> bool:
    return not tok.key.isascii()


def _name_text(tokens: list[Token], start: int, end: int) -> str:
    return " ".join(t.text for t in tokens[start:end]).replace("بـ", "").strip()


ARTICLES = frozenset("al el ad ed ar er as es ash esh at et az ez an en".split())


def _capitalised(tok: Token) -> bool:
    """A capitalised word, or one with a lower-case article: "al-Numan", "ez-Zor"."""
    t = tok.text
    head, dash, rest = t.partition("-")
    return t[:1].isupper() or bool(dash) and head.lower() in ARTICLES and rest[:1].isupper()


def _designator(tok: Token) -> str | None:
    return next((AR_DESIGNATORS[f] for f in stems(tok.key) if f in AR_DESIGNATORS), None)


class PlaceFinder:
    """Finds the places of one sentence with a gazetteer lookup."""

    def __init__(self, lookup: Lookup):
        self.lookup = lookup
        self.unit_words = lookup.unit_words

    def find(self, tokens: list[Token], actors: list[ActorMention], cues: list[EventCue],
             governorate: Match | None = None) -> list[Place]:
        """The places of a sentence with their roles; `governorate` is the last one the report named, the
        context of places this sentence does not locate itself."""
        masked = {i for a in actors for i in range(a.start, a.end)}
        arabic = any(_is_arabic(t) for t in tokens)
        places = self._designated(tokens, masked) if arabic else self._designated_en(tokens, masked)
        taken = masked | {i for p in places for i in range(p.start, p.end)}
        places += self._scan(tokens, taken, arabic)
        places.sort(key=lambda p: p.start)
        self._mark_roles(tokens, places, cues)
        self._apply_context(tokens, places, governorate, cues)
        return places

    # --- finding -------------------------------------------------------------------------------
    def _resolve(self, text: str, kind: str | None, admin1: str | None = None) -> Match | None:
        if kind == "region":
            return self.lookup.region(f"ريف {text}" if not text.isascii() else f"{text} countryside", admin1)
        if kind == "governorate":
            found = self.lookup.exact(f"محافظة {text}" if not text.isascii() else f"{text} governorate", admin1)
            return found if found is None or found.level in ("governorate", "district") else None
        found = self.lookup.exact(text, admin1)
        if found is None and kind is not None:
            found = self.lookup.best(text, admin1)
            found = found if found is not None and found.score >= FUZZY_SCORE else None
        return found

    def _name_at(self, tokens: list[Token], j: int, kind: str, masked: set[int]) -> Place | None:
        """The place name starting at tokens[j] after a designator: quoted, known n-gram, or unknown word."""
        if j >= len(tokens) or j in masked:
            return None
        if tokens[j].text in QUOTES:
            k = j + 1
            while k < len(tokens) and tokens[k].text not in QUOTES and k - j <= 5:
                k += 1
            if k < len(tokens) and k > j + 1:
                text = _name_text(tokens, j + 1, k)
                return Place(j + 1, k, text, self._resolve(text, kind), kind)
            return None
        if not tokens[j].is_word or tokens[j].key in LOCATIVE or _designator(tokens[j]):
            return None
        if (tokens[j].key, tokens[j + 1].key if j + 1 < len(tokens) else "") == ZONE or tokens[j].key in AREA_NOT_NAMES:
            return None
        limit = j
        while limit < len(tokens) and limit - j < 3 and tokens[limit].is_word and limit not in masked:
            if limit > j and (tokens[limit].key in LOCATIVE or tokens[limit].key in DIRECTIONS or _designator(tokens[limit])
                              or tokens[limit].key[:1] == "و"):
                break
            limit += 1
        for k in range(limit, j, -1):
            text = _name_text(tokens, j, k)
            match = self._resolve(text, kind)
            if match is not None:
                end = k
                if kind == "neighbourhood" and k < limit and match.level != "neighbourhood" and self._continues(tokens[k - 1], tokens[k]):
                    text = _name_text(tokens, j, k + 1)  # "أحياء درعا البلد": a quarter named after its town
                    return Place(j, k + 1, text, self._resolve(text, kind), kind, hint=match)
                if kind == "region":
                    while end < len(tokens) and tokens[end].key in DIRECTIONS:
                        end += 1
                    return Place(j, end, f"ريف {_name_text(tokens, j, end)}", match, kind)  # as written, ريف included
                return Place(j, end, _name_text(tokens, j, end), match, kind)
        if kind in STRONG or kind == "area" and self._followed_by_in(tokens, j + 1):
            if tokens[j].key in STOP_NAMES or tokens[j].key in NOT_NAME:
                return None
            k = j + 2 if j + 1 < limit and self._continues(tokens[j], tokens[j + 1]) else j + 1
            return Place(j, k, _name_text(tokens, j, k), None, kind)
        return None

    @staticmethod
    def _continues(first: Token, second: Token) -> bool:
        """Does an unknown name go on ("ركن الدين", "عين ترما") rather than stop ("الحمدانية الخاضع")?"""
        if second.key in NOT_NAME or second.key in LOCATIVE or second.key in DIRECTIONS or _designator(second):
            return False
        return first.key in NAME_PREFIXES or not first.key.startswith("ال") and not second.key.isascii()

    @staticmethod
    def _followed_by_in(tokens: list[Token], j: int) -> bool:
        """"منطقة السكري في حلب": an unknown area name is kept only when the text says where it is."""
        return j + 1 < len(tokens) and tokens[j].key == word_key("في")

    def _designated(self, tokens: list[Token], masked: set[int]) -> list[Place]:
        """Arabic names after a designator (قرية، بلدة، حي، محافظات ...), lists after plural ones."""
        out: list[Place] = []
        i = 0
        while i < len(tokens):
            kind = _designator(tokens[i]) if i not in masked else None
            if kind is None:
                i += 1
                continue
            plural = any(f in AR_LIST_DESIGNATORS for f in stems(tokens[i].key))
            j = i + 1
            if kind == "area" and tuple(t.key for t in tokens[j : j + 2]) == ZONE:
                j += 2  # منطقة خفض التصعيد في X: the governorate X as a region
                if j < len(tokens) and tokens[j].key == word_key("في"):
                    j += 1
                kind = "governorate"
            place = self._name_at(tokens, j, kind, masked)
            if place is None:
                i += 1
                continue
            out.append(place)
            i = self._list_after(tokens, place, kind, masked, out) if plural else place.end
        return out

    def _list_after(self, tokens, head: Place, kind: str, masked: set[int], out: list[Place]) -> int:
        """"محافظات اللاذقية وحماة": further names of a plural designator, joined by و or a comma."""
        i = head.end
        head_index = len(out) - 1
        while i < len(tokens):
            if tokens[i].text in ("،", ",") and i + 1 < len(tokens):
                j, strip = i + 1, False
            elif tokens[i].key[:1] == "و" and len(tokens[i].key) > 2:
                j, strip = i, True
            else:
                break
            probe = tokens if not strip else [*tokens[:j], Token(tokens[j].text[1:], tokens[j].key[1:], tokens[j].start + 1, tokens[j].end), *tokens[j + 1 :]]
            place = self._name_at(probe, j, kind, masked)
            if place is None:
                break
            place.joined_to = head_index
            out.append(place)
            i = place.end
        return i

    def _designated_en(self, tokens: list[Token], masked: set[int]) -> list[Place]:
        """English names around designators: "the town of X", "villages of X, Y and Z", "X province", "the Y district"."""
        out: list[Place] = []
        for i, tok in enumerate(tokens):
            kind = EN_BEFORE.get(tok.key)
            if kind and i + 2 < len(tokens) and tokens[i + 1].key == "of" and _capitalised(tokens[i + 2]):
                end = self._cap_run(tokens, i + 2, masked)
                out.append(self._en_place(tokens, i + 2, end, kind))
                head = len(out) - 1
                while tok.key.endswith("s") and end + 1 < len(tokens) and tokens[end].key in JOINERS and _capitalised(tokens[end + 1]):
                    nxt = self._cap_run(tokens, end + 1, masked)
                    out.append(self._en_place(tokens, end + 1, nxt, kind))
                    out[-1].joined_to = head
                    end = nxt
            kind = EN_AFTER.get(tok.key)
            if kind and i and _capitalised(tokens[i - 1]) and (i - 1) not in masked:
                start = i - 1
                while start > 0 and _capitalised(tokens[start - 1]) and start - 1 not in masked and i - start < 4:
                    start -= 1
                while start < i - 1 and tokens[start].key in DIRECTIONS:
                    start += 1
                if start == 0 and tokens[0].key in ("the", "in"):
                    start = 1
                place = self._en_place(tokens, start, i, kind, heads=False)
                if kind == "region" and place.match is not None:
                    lead = start - 1 if start and tokens[start - 1].key in DIRECTIONS else start
                    place.text = _name_text(tokens, lead, i + 1)  # "western Aleppo countryside", as written
                out.append(place)
        kept: list[Place] = []
        for p in sorted(out, key=lambda p: (p.start, -p.end)):
            if p.text and (not kept or p.start >= kept[-1].end) and (p.match or p.kind in STRONG):
                kept.append(p)
        return kept

    def _en_place(self, tokens, start: int, end: int, kind: str, heads: bool = True) -> Place:
        """The known name of a capitalised run: the run or its heads after "town of"; the whole run before "district"."""
        spans = [(start, k) for k in range(end, start, -1)] if heads else [(start, end)]
        for a, b in spans:
            text = _name_text(tokens, a, b)
            match = self._resolve(text, kind)
            if match is not None:
                return Place(a, b, text, match, kind)
        text = _name_text(tokens, start, end)
        return Place(start, end, text if word_key(text) not in STOP_NAMES else "", None, kind)

    @staticmethod
    def _cap_run(tokens, i: int, masked: set[int]) -> int:
        """The end of a run of capitalised words (and articles) starting at i, at most four."""
        end = i
        while end < len(tokens) and end - i < 4 and end not in masked and (_capitalised(tokens[end]) or tokens[end].key in ARTICLES):
            end += 1
        return end

    def _scan(self, tokens: list[Token], taken: set[int], arabic: bool) -> list[Place]:
        """Gazetteer n-grams (three words down to one) where a place can stand."""
        out: list[Place] = []
        i = 0
        while i < len(tokens):
            if i in taken or not tokens[i].is_word or not (arabic or _capitalised(tokens[i])):
                i += 1
                continue
            locative = self._locative(tokens, i, out)
            unit_word = any(f in self.unit_words for f in stems(tokens[i].key))
            if not locative and not unit_word:
                i += 1
                continue
            if locative and any(f in FOREIGN for f in stems(tokens[i].key)):
                out.append(Place(i, i + 1, tokens[i].text, None, "named"))  # "في إسطنبول": marked abroad later
                i += 1
                continue
            found = None
            run = self._cap_run(tokens, i, taken) - i if not arabic else 0
            for n in (3, 2, 1) if arabic else (min(run, 4),):  # English: the whole capitalised name or nothing
                if any(k in taken or not tokens[k].is_word for k in range(i, min(i + n, len(tokens)))) or i + n > len(tokens):
                    continue
                if n > 1 and not all(self._name_word(t, arabic) for t in tokens[i + 1 : i + n]):
                    continue
                text = _name_text(tokens, i, i + n)
                if _designator(tokens[i]) or tokens[i].key in EN_AFTER or word_key(text) in STOP_NAMES or stems(word_key(text))[-1] in STOP_NAMES:
                    continue
                match = self.lookup.exact(text)
                if match is not None and (arabic or _capitalised(tokens[i]) and tokens[i].key not in EN_STOP):
                    if locative or unit_word or match.level in ("governorate", "district"):
                        found = Place(i, i + n, text, match)
                        break
            if found is None and not arabic:
                found = self._unknown_en(tokens, i, taken)
            if found:
                found.text = self._written(found.text)
                out.append(found)
                i = found.end
            else:
                i += 1
        return out

    def _unknown_en(self, tokens: list[Token], i: int, taken: set[int]) -> Place | None:
        """"in Baghouz", "near Kafr Zita": a capitalised name right after in/near that the gazetteer lacks is
        kept unresolved for review (foreign names, months and weekdays excluded)."""
        close_to = i > 1 and tokens[i - 1].key == "to" and tokens[i - 2].key in ("close", "next")
        if not i or tokens[i - 1].key not in EN_IN and not close_to:
            return None
        end = self._cap_run(tokens, i, taken)
        words = [t.key for t in tokens[i:end]]
        if not words or any(w in EN_STOP or w in NOT_PLACES_EN or w in STOP_NAMES for w in words):
            return None  # a foreign name is kept: it is marked abroad, so its sentence gives nothing
        place = Place(i, end, _name_text(tokens, i, end), None, "named")
        if end - i > 1 and words[-1] in LANDFORMS:  # "Latakia Mountains": in the governorate of its first name
            known = self.lookup.exact(_name_text(tokens, i, end - 1))
            place.hint = known and (self._resolve(known.name_en, "governorate") or known)
        return place

    @staticmethod
    def _name_word(tok: Token, arabic: bool) -> bool:
        """Can this word continue a place name (not "and", "في", a lower-case English word)?"""
        if arabic:
            return tok.key not in LOCATIVE and tok.key not in JOINERS and tok.key not in NOT_NAME
        return _capitalised(tok) or tok.key in ARTICLES or tok.key in ("ibn", "bin")

    def _written(self, text: str) -> str:
        """The name as written, without proclitics the gazetteer looked past (بإدلب -> إدلب, وحماة -> حماة)."""
        head, _, tail = text.partition(" ")
        for cut in (2, 1):
            rest = f"{head[cut:]} {tail}".strip()
            if len(head) - cut >= 3 and all(c in "وفبلك" for c in head[:cut]) and self.lookup.exact(rest):
                return rest
        return text

    @staticmethod
    def _locative(tokens: list[Token], i: int, out: list[Place]) -> bool:
        """An Arabic n-gram counts as a place only where a place can stand: after في/على/قرب..., a ب clitic, or in a list."""
        key = tokens[i].key
        if i and (tokens[i - 1].key in LOCATIVE or stems(tokens[i - 1].key)[-1] in LOCATIVE):
            return True
        if i > 1 and tokens[i - 1].key == "to" and tokens[i - 2].key in ("close", "next"):
            return True
        if len(stems(key)) > 1 and stems(key)[-1] != key and key[:1] in "بو":
            if key[0] == "ب" or key[:2] == "وب":
                return True
        if out and key[:1] == "و" and out[-1].end in (i, i - 1):
            return True
        return bool(out) and out[-1].end in (i - 1, i - 2) and tokens[i - 1].key in JOINERS

    # --- roles ---------------------------------------------------------------------------------
    def _mark_roles(self, tokens: list[Token], places: list[Place], cues: list[EventCue]) -> None:
        statement = [i for i, t in enumerate(tokens) if t.key in STATEMENT or stems(t.key)[-1] in STATEMENT]
        content = [i for i, t in enumerate(tokens) if t.key in CONTENT or stems(t.key)[-1] in CONTENT]
        previous_end = 0
        for p in places:
            window = tokens[max(0, p.start - 4) : p.start]
            before = {stems(t.key)[-1] for t in window} | {t.key for t in window}
            fire_window = tokens[max(previous_end, p.start - 6) : p.start]  # not past the place before
            previous_end = p.end
            if self._abroad(tokens, p):
                p.role = "outside Syria"
            elif self._fired_from(fire_window):
                p.role = "firing position"
            elif "from" in {t.key for t in fire_window[-4:]}:
                p.role = "origin"  # "displaced from X", "people from X": not where it happened
            elif before & HEADQUARTERS:
                p.role = "headquarters"
            elif before & MEETING:
                p.role = "meeting"
            elif self._speaker_place(p, statement, content, cues):
                p.role = "statement"

    @staticmethod
    def _abroad(tokens: list[Token], p: Place) -> bool:
        """A foreign name, or a place the text calls Turkish/Iraqi/Lebanese... ("بلدة أقجة قلعة التركية")."""
        if any(stems(t.key)[-1] in FOREIGN or t.key in FOREIGN for t in tokens[p.start : p.end]):
            return True
        near = tokens[max(0, p.start - 4) : p.start] if p.match is None else []
        near += tokens[p.end : p.end + 2] if p.match is None else []
        return any(t.key in FOREIGN_ADJECTIVES for t in near)

    @staticmethod
    def _fired_from(window: list[Token]) -> bool:
        """"من مواقعها في X", "انطلاقا من X", "fired from (positions in) X": where the fire came from."""
        keys = [t.key for t in window]
        if any(stems(k)[-1] in FIRING_FROM or k in FIRING_FROM for k in keys):
            return True
        for a, b in zip(keys, keys[1:]):
            if a in (word_key("من"), "from") and (b in FIRING_POSITIONS or stems(b)[-1] in FIRING_POSITIONS):
                return True
            if a == "from" and b == "the" and keys[keys.index(b) + 1 :][:1] in (["direction"], ["positions"]):
                return True
            if a in FIRING_VERBS and b == "from":
                return True
        return False

    @staticmethod
    def _speaker_place(p: Place, statement: list[int], content: list[int], cues: list[EventCue]) -> bool:
        """Where the speaker is: between a statement verb and what was said, or before the verb, with no event in between."""
        for v in statement:
            first_cue = min((c.pos for c in cues if c.pos > v), default=10**6)
            after = [c for c in content if c > v]
            if v < p.start and after and p.end <= after[0] < first_cue:
                return True
            if p.end <= v and not any(c.pos < p.start for c in cues) and v - p.end <= 6:
                return True
        return False

    @staticmethod
    def _list_of(places: list[Place], last: Place) -> list[Place]:
        """The list a place closes ("حيي الصاخور والشعار"): its head and every name joined to it."""
        head = last.joined_to if last.joined_to is not None else places.index(last)
        return [p for i, p in enumerate(places) if i == head or p.joined_to == head]

    def _bare_unit(self, place: Place) -> bool:
        """A governorate's name with no designator ("in Idlib"): the province when a place inside it is named."""
        unit = self._unit(place) if place.kind is None else None
        return unit is not None and unit.level == "governorate" and place.match.level == "town"

    def _unit(self, place: Place) -> Match | None:
        """The governorate or district a place names (a governorate capital's name names its governorate)."""
        m = place.match
        if m is None:
            return None
        if m.level in ("governorate", "district") or place.kind in ("region", "governorate"):
            return m
        return self._resolve(place.text, "governorate")

    def _apply_context(self, tokens: list[Token], places: list[Place], governorate: Match | None,
                       cues: list[EventCue]) -> None:
        """Places that only say where another place is become its context (and give it a hint)."""
        self._next_to(tokens, places)
        self._framing(tokens, places)
        self._landmarks(tokens, places, cues)
        if governorate is not None:
            for p in places:
                if p.role == "target" and p.hint is None and p.match is not None and not self._bare_unit(p) and (
                    p.match.admin1_pcode != governorate.admin1_pcode
                    and self._resolve(p.text, p.kind, governorate.admin1_pcode) is not None
                ):
                    p.hint = governorate  # a known name also found there: the one in the report's governorate
        for p in places:
            if p.role == "target" and p.hint is not None and (p.match is None or p.match.admin1_pcode != p.hint.admin1_pcode):
                p.match = self._resolve(p.text, p.kind, p.hint.admin1_pcode)  # none there: unknown, not elsewhere

    @staticmethod
    def _landmarks(tokens: list[Token], places: list[Place], cues: list[EventCue]) -> None:
        """"… مدينة دوما، آخر معقل للمعارضة قرب دمشق", "X, a town near Y": a place given only as a reference point."""
        targets = [p for p in places if p.role == "target"]
        for a, b in zip(targets, targets[1:]):
            introduced = any(t.key in NEAR for t in tokens[max(a.end, b.start - 2) : b.start])
            added = any(t.key in ADDITIVE for t in tokens[a.end : b.start])  # "as well as a station near X"
            if introduced and not added and not any(a.end <= c.pos < b.start for c in cues):
                b.role = "context"

    def _next_to(self, tokens: list[Token], places: list[Place]) -> None:
        """"X في محافظة Y", "X in Y province", "قرية X قرب مدينة Y", "X in Y": Y right after X locates X."""
        targets = [p for p in places if p.role == "target"]
        for a, b in zip(targets, targets[1:]):
            gap = tokens[a.end : b.start]
            if len(gap) > 4 or b.joined_to is not None or not all(
                t.key in CONNECTORS or t.key in NEAR or stems(t.key)[-1] in CONNECTORS or not t.is_word for t in gap
            ):
                continue
            unit = self._unit(b)
            near = any(t.key in NEAR for t in gap)
            inside = [t.key for t in gap if t.is_word] in (["in"], [word_key("في")])
            if inside and b.kind == "named" or (
                inside and a.match is not None and b.match is not None and unit is None
                and (b.match.level != "town" or a.kind in STRONG)
            ):
                b.role = "context"
            elif a.match is None and b.match is not None and (near or a.kind in ("neighbourhood", "front") or unit is None):
                b.role = "context"  # an unknown village near or in a known place: placed near it
                for p in self._list_of(places, a):
                    p.hint = b.match
            elif unit and (a.match is None or a.match.geo_precision < 3):
                b.role = "context"
                for p in self._list_of(places, a):
                    p.hint = p.hint or unit

    def _framing(self, tokens: list[Token], places: list[Place]) -> None:
        """"في ريف إدلب، قصفت ... بلدة X", "in Idlib ... Maarat al-Numan", "حي X ... مدينة حلب": a region, bare
        governorate name or town anywhere in the sentence frames the places inside it, unless the text adds
        it as a target of its own ("إضافة إلى", "as well as")."""
        targets = [p for p in places if p.role == "target"]
        additive = [0]  # additive words before each token: "between a and b" is one subtraction
        for t in tokens:
            additive.append(additive[-1] + (t.key in ADDITIVE))
        for a in targets:
            if a.role != "target" or a.match is None:
                continue
            region = (a.coarse or self._bare_unit(a)) and a.kind not in STRONG
            town = a.match.level == "town"
            for b in (b for b in targets if b is not a and b.role == "target" and (region or town)):
                lo, hi = sorted((a.start, b.start))
                if additive[hi] > additive[lo]:
                    continue
                known = b.match or b.hint
                inside = known is not None and known.admin1_pcode == a.match.admin1_pcode
                if town and b.match is None and b.kind == "neighbourhood" or region and (
                    inside and (not b.coarse or b.kind in STRONG) and not self._bare_unit(b)
                    or b.match is None and b.kind in STRONG and b.hint is None
                ):
                    a.role = "context"
                    b.hint = b.hint or a.match
