"""Candidate place spans of one sentence: names after designators, lists, quoted names, gazetteer n-grams where a
place can stand, unknown capitalised names after "in"/"near"."""
from __future__ import annotations

from dataclasses import dataclass, field

from gazetteer import Match

from .lookup import Lookup
from .place_words import (
    AR_DESIGNATORS, AR_LIST_DESIGNATORS, AREA_NOT_NAMES, ARTICLES, DIRECTIONS, EN_AFTER, EN_AFTER_OBJECT, EN_BEFORE,
    EN_ADJECTIVE_ENDS, EN_IN, EN_OBJECT_VERBS, EN_ON, EN_STOP, FOREIGN, FOREIGN_ADJECTIVES, FUZZY_SCORE, JOINERS, LANDFORMS, LOCATIVE,
    NAME_ADJECTIVES, NAME_PREFIXES, NOT_NAME, NOT_PLACES_EN, QUOTES, STOP_NAMES, STRONG, SURROUNDINGS, ZONE,
)
from .text import Token, arabic_word, stems, word_key

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
    added: bool = False  # the text adds it as a target of its own ("إضافة إلى", "as well as")

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
    return arabic_word(tok.key)


def _name_text(tokens: list[Token], start: int, end: int) -> str:
    return " ".join(t.text for t in tokens[start:end]).replace("بـ", "").strip()


def _capitalised(tok: Token) -> bool:
    """A capitalised word, or one with a lower-case article: "al-Numan", "ez-Zor"."""
    t = tok.text
    head, dash, rest = t.partition("-")
    return t[:1].isupper() or bool(dash) and head.lower() in ARTICLES and rest[:1].isupper()


def _name_word_ar(tok: Token) -> bool:
    """An Arabic word that can be part of a name: not a particle, a time word, a designator or a clitic phrase."""
    key = tok.key
    if not tok.is_word or key in NOT_NAME or key in LOCATIVE or key in JOINERS or _designator(tok):
        return False
    return not (key[:3] in ("بال", "لال", "كال", "فال") or key[:2] == "لل")


DIRECTION_NOUNS = frozenset(word_key(w) for w in "شمال جنوب شرق غرب".split())  # "north of": never in a name


def _possessed(key: str) -> str:
    """A noun without its possessive suffix ("مطارها" -> "مطار"): "its airport" is a facility, not a name."""
    for suffix in ("هما", "هم", "ها", "ه"):
        if key.endswith(suffix) and len(key) - len(suffix) >= 3:
            return key[: -len(suffix)]
    return key


def _is_prefix(key: str) -> bool:
    """A name's first word ("تل"), also behind a proclitic ("وتل", "بكفر")."""
    return key in NAME_PREFIXES or key[:1] in "وبفل" and key[1:] in NAME_PREFIXES or key[:2] in ("وب", "ول") and key[2:] in NAME_PREFIXES


def _prefix_alone(tokens: list[Token], i: int) -> bool:
    """Is tokens[i] a name's first word ("كفر", "وتل") with the rest of the name after it?"""
    if not _is_prefix(tokens[i].key) or i + 1 >= len(tokens):
        return False
    nxt = tokens[i + 1]
    named = _name_word_ar(nxt) or nxt.key in DIRECTIONS  # "باب شرقي": an adjective completes a prefix
    return named and not nxt.key.isascii() and nxt.key[:1] != "و" and nxt.key not in DIRECTION_NOUNS


def _bare(tokens: list[Token], start: int, end: int) -> str:
    """A name as written without the proclitic و/ب/ف of its first word ("وتلمنس" -> "تلمنس")."""
    text = _name_text(tokens, start, end)
    key = tokens[start].key
    if len(key) > 2 and key[0] in "وبف" and key not in NAME_PREFIXES:  # "بيت", "بير" begin with ب themselves
        cut = 2 if len(key) > 4 and key[1] in "بل" and key[0] == "و" else 1
        return text[cut:]
    return text


def _designator(tok: Token) -> str | None:
    return next((AR_DESIGNATORS[f] for f in stems(tok.key) if f in AR_DESIGNATORS), None)



class Candidates:
    """Finds the place spans of a sentence with a gazetteer lookup (roles are given later, by `roles`)."""

    def __init__(self, lookup: Lookup):
        self.lookup = lookup
        self.unit_words = lookup.unit_words
        self._masked: set[int] = set()  # the actor names of the sentence being read

    def find(self, tokens: list[Token], masked: set[int]) -> list[Place]:
        """Every place span outside the masked tokens (actor names), in text order."""
        arabic = any(_is_arabic(t) for t in tokens)
        self._masked = masked
        designated = self._designated(tokens, masked) if arabic else self._designated_en(tokens, masked)
        taken = masked | {i for p in designated for i in range(p.start, p.end)}
        scanned = self._scan(tokens, taken, arabic)
        heads = {id(p): part[p.joined_to] for part in (designated, scanned) for p in part if p.joined_to is not None}
        places = sorted(designated + scanned, key=lambda p: p.start)
        for p in places:  # list heads as indexes of the sentence's places
            if id(p) in heads:
                p.joined_to = next(n for n, q in enumerate(places) if q is heads[id(p)])
        if arabic:
            for p in places:
                self._with_adjective(tokens, p, masked)
        return places

    def _with_adjective(self, tokens: list[Token], place: Place, masked: set[int]) -> None:
        """"كويرس الشرقي", "تل رفعت الشمالية": an adjective after a village's name is part of it; the shorter
        name, when known, only places it nearby (another village may carry it)."""
        end = place.end
        if place.kind in ("region", "governorate", "area") or end >= len(tokens) or end in masked:
            return
        if tokens[end].key not in NAME_ADJECTIVES or place.match is not None and (
                place.match.level not in ("town", "neighbourhood") or self.resolve(place.text, "governorate")):
            return
        text = f"{place.text} {tokens[end].text}"
        known = self.lookup.exact(text)
        place.hint = place.hint if known else place.hint or place.match
        place.match, place.text, place.end = known, text, end + 1

    def resolve(self, text: str, kind: str | None, admin1: str | None = None) -> Match | None:
        """The gazetteer's match of a name given its designator kind (region, governorate, or a fuzzy designated name)."""
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
                return Place(j + 1, k, text, self.resolve(text, kind), kind)
            return None
        if not tokens[j].is_word or tokens[j].key in LOCATIVE or _designator(tokens[j]):
            return None
        if (tokens[j].key, tokens[j + 1].key if j + 1 < len(tokens) else "") == ZONE or tokens[j].key in AREA_NOT_NAMES:
            return None
        limit = j
        while limit < len(tokens) and limit - j < 3 and tokens[limit].is_word and limit not in masked:
            prefix_adjective = limit == j + 1 and _prefix_alone(tokens, j) and tokens[limit].key in DIRECTIONS  # "باب شرقي"
            if limit > j and not prefix_adjective and (tokens[limit].key in LOCATIVE or tokens[limit].key in DIRECTIONS
                                                       or _designator(tokens[limit]) or tokens[limit].key[:1] == "و"):
                break
            limit += 1
        for k in range(limit, j, -1):
            if k == j + 1 and k < limit and _prefix_alone(tokens, j):
                continue
            text = _name_text(tokens, j, k)
            match = self.resolve(text, kind)
            if match is not None and k == j + 1 and self._longer_name(tokens, j, kind, match, masked):
                return Place(j, j + 2, _name_text(tokens, j, j + 2), None, kind, hint=match)  # "قرية حوار كلس"
            if match is not None:
                end = k
                if kind == "neighbourhood" and k < limit and match.level != "neighbourhood" and self._continues(tokens[k - 1], tokens[k]):
                    text = _name_text(tokens, j, k + 1)  # "أحياء درعا البلد": a quarter named after its town
                    return Place(j, k + 1, text, self.resolve(text, kind), kind, hint=match)
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

    def _longer_name(self, tokens: list[Token], j: int, kind: str, short: Match, masked: set[int]) -> bool:
        """After a village designator, is the known one-word name only the start of an unknown two-word name
        ("قرية حوار كلس", "بلدة مليحة العطش"): a name word follows, then the name's end?"""
        if kind not in ("village", "town", "neighbourhood") or short.level not in ("town", "neighbourhood"):
            return False
        if j + 1 >= len(tokens) or j + 1 in masked or self.resolve(tokens[j].text, "governorate") is not None:
            return False
        second = tokens[j + 1]
        if not _name_word_ar(second) or second.key[:1] == "و" or second.key in DIRECTIONS or second.key in FOREIGN_ADJECTIVES \
                or len(second.key) < 3:
            return False
        after = tokens[j + 2] if j + 2 < len(tokens) else None
        return after is None or not after.is_word or after.key in LOCATIVE or after.key in NOT_NAME \
            or after.key[:1] in "وب" or _designator(after) is not None

    @staticmethod
    def _continues(first: Token, second: Token) -> bool:
        """Does an unknown name go on ("ركن الدين", "عين ترما", "مليحة العطش") rather than stop ("الحمدانية
        الخاضع", "ناحتة المجاورة", "مسرابا بالغوطة")?"""
        if _is_prefix(first.key) and second.key in DIRECTIONS and second.key not in DIRECTION_NOUNS:
            return True  # "باب شرقي"
        if not _name_word_ar(second) or second.key in DIRECTIONS or second.key in FOREIGN_ADJECTIVES:
            return False
        if _is_prefix(first.key):
            return True
        return second.key.startswith("ال") and not first.key.startswith("ال")

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
            if kind and i and _capitalised(tokens[i - 1]) and (i - 1) not in masked \
                    and tokens[i - 1].key.rpartition("-")[2] not in EN_ADJECTIVE_ENDS:  # not "a Christian-majority quarter"
                start = i - 1
                while start > 0 and _capitalised(tokens[start - 1]) and start - 1 not in masked and i - start < 4:
                    start -= 1
                owner = None
                for k in range(start, i - 1):  # "Afrin's Jinderes district": the owner places the district
                    head, _, tail = tokens[k].text.replace("’", "'").rpartition("'")
                    if tail.lower() == "s" and head:
                        start, owner = k + 1, self.lookup.exact(head)
                while start < i - 1 and tokens[start].key in DIRECTIONS:
                    start += 1
                if start == 0 and tokens[0].key in ("the", "in"):
                    start = 1
                place = self._en_place(tokens, start, i, kind, heads=False)
                place.hint = place.hint or (owner if place.match is None else None)
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
            match = self.resolve(text, kind)
            if match is not None:
                return Place(a, b, text, match, kind)
        text = _name_text(tokens, start, end)
        return Place(start, end, text if word_key(text) not in STOP_NAMES else "", None, kind)

    @staticmethod
    def _cap_run(tokens, i: int, masked: set[int]) -> int:
        """The end of a run of capitalised words (and articles) starting at i, at most four."""
        end = i
        while end < len(tokens) and end - i < 4 and end not in masked and (_capitalised(tokens[end]) or (
                tokens[end].key in ARTICLES and end + 1 < len(tokens) and _capitalised(tokens[end + 1]))):
            end += 1  # an article only before a capitalised word: "as Sukhnah", not "Tafas as the ..."
        return end

    def _scan(self, tokens: list[Token], taken: set[int], arabic: bool) -> list[Place]:
        """Gazetteer n-grams (three words down to one) where a place can stand."""
        out: list[Place] = []
        i = 0
        while i < len(tokens):
            if i in taken or not tokens[i].is_word or not (arabic or _capitalised(tokens[i])):
                i += 1
                continue
            if arabic and (tokens[i].key in LOCATIVE or tokens[i].key in NOT_NAME or tokens[i].key in JOINERS):
                i += 1  # "على", "ما": a particle is never a name, even where the gazetteer has a homograph
                continue
            if not arabic and (tokens[i].text.isupper() and len(tokens[i].text) > 1):
                i += 1  # "SANA", "SDF", a dateline's "ALEPPO": an acronym or a dateline, not a place of the event
                continue
            if not arabic and tokens[i].text.replace("’", "'").endswith("'s"):
                i = out[-1].end if self._possessive(tokens, i, taken, out) else i + 1  # an owner is no place itself
                continue
            locative = self._locative(tokens, i, out, self._masked)
            unit_word = any(f in self.unit_words for f in stems(tokens[i].key))
            if not locative and not unit_word:
                i += 1
                continue
            if locative and any(f in FOREIGN for f in stems(tokens[i].key)):
                out.append(Place(i, i + 1, tokens[i].text, None, "named"))  # "في إسطنبول": marked abroad later
                i += 1
                continue
            if arabic and locative:
                chain = self._ar_list(tokens, i, taken)
                if chain:
                    head = len(out)
                    for n, p in enumerate(chain):
                        p.joined_to = head if n else None
                    out += chain
                    i = chain[-1].end
                    continue
            found = None
            run = self._cap_run(tokens, i, taken) - i if not arabic else 0
            for n in (3, 2, 1) if arabic else (min(run, 4),):  # English: the whole capitalised name or nothing
                if any(k in taken or not tokens[k].is_word for k in range(i, min(i + n, len(tokens)))) or i + n > len(tokens):
                    continue
                if n > 1 and not all(self._name_word(t, arabic) for t in tokens[i + 1 : i + n]):
                    continue
                if n == 1 and arabic and _prefix_alone(tokens, i):
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
                found = self._unknown_en(tokens, i, taken, out)
            if found is None and arabic and locative:
                found = self._ar_prefixed(tokens, i, taken)
            if found:
                found.text = self._written(found.text)
                gap = tokens[out[-1].end : found.start] if out and not arabic else []
                if gap and len(gap) <= 2 and all(t.key in JOINERS for t in gap):  # "A, B and C": one list
                    found.joined_to = out[-1].joined_to if out[-1].joined_to is not None else len(out) - 1
                out.append(found)
                i = found.end
            else:
                i += 1
        return out

    def _unknown_en(self, tokens: list[Token], i: int, taken: set[int], out: list[Place]) -> Place | None:
        """"in Baghouz", "near Kafr Zita", "shelled Hish", "al-Habit, Kafr Ain and Hish": a capitalised name the
        gazetteer lacks, right after in/near, an attack verb or in a list of places, is kept unresolved for review
        (foreign names, months and weekdays excluded)."""
        close_to = i > 1 and (tokens[i - 1].key == "to" and tokens[i - 2].key in ("close", "next")
                              or tokens[i - 1].key == "of" and tokens[i - 2].key in SURROUNDINGS)  # "in the vicinity of X"
        listed = bool(out) and out[-1].end in (i - 1, i - 2) and tokens[i - 1].key in JOINERS and (
            out[-1].end == i - 1 or tokens[i - 2].key in JOINERS)
        verb = bool(i) and (tokens[i - 1].key in EN_OBJECT_VERBS or tokens[i - 1].key in EN_ON)
        if not i or tokens[i - 1].key not in EN_IN and not verb and not close_to and not listed:
            return None
        end = self._cap_run(tokens, i, taken)
        words = [t.key for t in tokens[i:end]]
        if not words or any(w in EN_STOP or w in NOT_PLACES_EN or w in STOP_NAMES for w in words):
            return None  # a foreign name is kept: it is marked abroad, so its sentence gives nothing
        if any(t.text.isupper() and len(t.text) > 1 for t in tokens[i:end]):
            return None  # "IS", "SDF", "YPG": an acronym names an organisation
        if any(t.key.rpartition("-")[2] in EN_ADJECTIVE_ENDS for t in tokens[i:end]):
            return None  # "Islamic State-held", "Christian-majority": an adjective, not a name
        after = tokens[end] if end < len(tokens) else None
        if (verb or listed) and after is not None and after.text[:1].islower() and after.key not in EN_AFTER_OBJECT:
            return None  # "struck Kurdish-held areas", "hit al-Shifa hospital": an adjective of a noun
        text = _name_text(tokens, i, end)
        place = Place(i, end, text, self.resolve(text, "named"), "named")
        if end - i > 1 and words[-1] in LANDFORMS:  # "Latakia Mountains": in the governorate of its first name
            known = self.lookup.exact(_name_text(tokens, i, end - 1))
            place.hint = known and (self.resolve(known.name_en, "governorate") or known)
        return place

    def _possessive(self, tokens: list[Token], i: int, taken: set[int], out: list[Place]) -> bool:
        """"Afrin's Jinderes district", "Idlib's al-Qusour", "in Hama's countryside": the owner is the context of
        the place it owns (or the region, before "countryside")."""
        head, _, tail = tokens[i].text.replace("’", "'").rpartition("'")
        if tail.lower() != "s" or not head or i + 1 >= len(tokens):
            return False
        owner = self.lookup.exact(head)
        if tokens[i + 1].key == "countryside":
            region = self.resolve(head, "region")
            if region is None:
                return False
            out.append(Place(i, i + 2, f"{head} countryside", region, "region"))
            return True
        end = self._cap_run(tokens, i + 1, taken)
        if end == i + 1 or owner is None:
            return False
        text = _name_text(tokens, i + 1, end)
        known = self.lookup.exact(text, owner.admin1_pcode)
        out.append(Place(i + 1, end, text, known, "named", hint=None if known else owner))
        return True

    def _ar_prefixed(self, tokens: list[Token], i: int, taken: set[int]) -> Place | None:
        """"على كفر نبودة", "وتل شنان": a name prefix and its next word where a place stands, though unknown."""
        if i + 1 >= len(tokens) or i + 1 in taken or not _prefix_alone(tokens, i):
            return None
        end = i + 2
        if end < len(tokens) and end not in taken and tokens[end].key in NAME_ADJECTIVES:
            end += 1
        text = _bare(tokens, i, end)
        return Place(i, end, text, self.lookup.place(text), "named")

    def _ar_list(self, tokens: list[Token], i: int, taken: set[int]) -> list[Place]:
        """"طال الحلوبة وتلمنس ومعرشمارين والدير الشرقي وجرجناز في ريف معرة النعمان": names joined by و or a comma
        where a place stands, kept when one of them is known or the text then says where they are."""
        members: list[Place] = []
        j = i
        while j < len(tokens) and j not in taken and len(members) < 12:
            start = j
            if members and not (tokens[j].key[:1] == "و" and len(tokens[j].key) > 2):
                break
            end = self._ar_member_end(tokens, start, taken)
            if end is None:
                break
            text = _bare(tokens, start, end) if members or start != i else _name_text(tokens, start, end)
            known = self.lookup.place(text) or self.lookup.place(_name_text(tokens, start, end))
            text = self._written(text) if known else text
            members.append(Place(start, end, text, known, None if known else "named"))
            j = end
        known_together = all(m.match for m in members) and len({m.match.admin1_pcode for m in members}) == 1
        if len(members) < 2 or not (self._located_at(tokens, j) or known_together):
            return []  # a list is kept when the text says where it is, or when all its names are villages of one governorate
        return members

    def _located_at(self, tokens: list[Token], j: int) -> bool:
        """Does the text say where the names before tokens[j] are: "في ريف X", "بريف X", "شرق X", "في X" (known)?"""
        if j >= len(tokens):
            return False
        key = tokens[j].key
        if key[:1] == "ب" and len(key) > 3 and _designator(Token(key[1:], key[1:], 0, 0)):
            return True
        if key == word_key("في") or key in DIRECTIONS:
            nxt = tokens[j + 1] if j + 1 < len(tokens) else None
            return nxt is not None and (_designator(nxt) is not None or nxt.key in DIRECTIONS
                                        or self.lookup.exact(nxt.text) is not None)
        return False

    def _ar_member_end(self, tokens: list[Token], start: int, taken: set[int]) -> int | None:
        """The end of one list member: a word, with its next word after a name prefix or an ال-word, and a final
        adjective ("الدير الشرقي"); None when the word cannot be a name."""
        first = tokens[start] if start < len(tokens) else None
        if first is None or start in taken or not first.is_word or first.key.isascii() or not _name_word_ar(first):
            return None
        bare = word_key(_bare(tokens, start, start + 1))
        if len(bare) < 3 and bare not in NAME_PREFIXES or _designator(first) or any(
                w in STOP_NAMES or w in AREA_NOT_NAMES or w in FOREIGN or w in NOT_NAME for w in (bare, _possessed(bare))):
            return None
        end = start + 1
        if end < len(tokens) and end not in taken and (self._continues(first, tokens[end]) or tokens[end].key in NAME_ADJECTIVES):
            end += 1
        return end

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
    def _locative(tokens: list[Token], i: int, out: list[Place], masked: set[int] = frozenset()) -> bool:
        """An Arabic n-gram counts as a place only where a place can stand: after في/على/قرب..., a ب clitic, in a
        list, or as the object of a verb after its subject ("قصفت قوات النظام كفر زيتونة")."""
        key = tokens[i].key
        before = i - 1
        while before > 0 and before in masked and i - before <= 4:
            before -= 1
        for k in {i - 1, before}:
            if k >= 0 and (tokens[k].key in LOCATIVE or stems(tokens[k].key)[-1] in LOCATIVE):
                return True
        if i > 1 and tokens[i - 1].key == "to" and tokens[i - 2].key in ("close", "next"):
            return True
        if len(stems(key)) > 1 and stems(key)[-1] != key and key[:1] in "بو":
            if key[0] == "ب" or key[:2] == "وب":
                return True
        if out and key[:1] == "و" and out[-1].end in (i, i - 1):
            return True
        return bool(out) and out[-1].end in (i - 1, i - 2) and tokens[i - 1].key in JOINERS

