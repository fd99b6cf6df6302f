"""Arabic place names of a sentence (a mixin of `candidates.Candidates`, which gives `lookup`, `resolve`, `_written`)."""
from __future__ import annotations

from itertools import compress, count

from gazetteer import Match

from .place_words import (
    AR_DUAL_DESIGNATORS, AR_LIST_DESIGNATORS, AREA_NOT_NAMES, DIRECTIONS, FOREIGN, FOREIGN_ADJECTIVES, LOCATIVE, NAME_ADJECTIVES,
    NAME_PREFIXES, NOT_NAME, QUOTES, STOP_NAMES, STRONG, ZONE,
)
from .spans import (
    DIRECTION_NOUNS, FINE_KINDS, Place, bare, designator, is_prefix, key_designator, name_text, name_word_ar, possessed, prefix_alone,
)
from .casualty_cues import casualty_word
from .events import event_kind
from .numbers import parse_number
from .text import AR_FROM, COMMAS, KEY, Token, key_set, stems, token, word_key


CONTAINERS = frozenset(("town", "region", "district", "governorate"))  # what "X بـY" may place X in
CENTRE = key_set("وسط داخل")  # "منطقة X وسط العاصمة": where an area lies
CAPITAL = word_key("العاصمة")


def _locating(tok: Token) -> bool:
    """"بمحيط", "بأطراف", "بوسط": ب and a noun of where a place lies end the name before them ("قرية X بمحيط مدينة Y")."""
    return tok.key[:1] == "ب" and len(tok.key) > 3 and (tok.key[1:] in OUTSKIRTS or tok.key[1:] in LOCATIVE)


def _past_surroundings(tokens: list[Token], part: list[int]) -> list[int]:
    """A quoted list's member "ومحيط بلدتي البارة" names البارة: the outskirts word and a designator after it go."""
    if len(part) > 1 and (tokens[part[0]].key in OUTSKIRTS or tokens[part[0]].key[:1] == "و" and tokens[part[0]].key[1:] in OUTSKIRTS):
        part = part[1:]
        if len(part) > 1 and designator(tokens[part[0]]) is not None:
            part = part[1:]
    return part


def _head_bearing(tokens: list[Token], start: int, end: int) -> bool:
    """Does the direction at tokens[end], after a known place's name, qualify the noun the name depends on rather than
    end the name: a second direction joined to it ("أرياف بلدة X الشمالية والغربية": the northern and western
    countrysides), or an outskirts or countryside noun heading the name ("على أطراف مدينة X الشمالية": the city's
    northern edges)?"""
    if tokens[end].key not in DIRECTIONS:
        return False
    nxt = tokens[end + 1].key if end + 1 < len(tokens) else ""
    if nxt[:1] == "و" and nxt[1:] in DIRECTIONS:
        return True
    head = start - 1 - (start > 1 and designator(tokens[start - 1]) is not None)
    return head >= 0 and any(f in HEAD_NOUNS for f in stems(tokens[head].key))


class ArabicNames:
    """Arabic names: after designators and in their lists, name prefixes, lists joined by و, village adjectives."""

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
        if known is None and place.match is not None and _head_bearing(tokens, place.start, end):
            return  # "بأرياف بلدة X الشمالية والغربية", "أطراف مدينة X الشمالية": the bearing is the head noun's
        place.hint = place.hint if known else place.hint or place.match
        place.match, place.text, place.end = known, text, end + 1

    def _without_city(self, tokens: list[Token], place: Place) -> None:
        """"حي الصالحين بحلب", "الزهور بالحسكة", "الميادين بدير الزور": a town after ب says where the place is, it is no part of its name
        (the gazetteer may answer the whole, the quarter in that town); the town becomes its hint."""
        for n in (1, 2):  # "بحلب", "بدير الزور"
            first = tokens[place.end - n]
            if place.end - place.start <= n or first.key[:1] != "ب" or len(first.key) < 4 - n:
                continue
            town = self.lookup.exact(" ".join([first.text[1:].lstrip("ـ"), *(t.text for t in tokens[place.end - n + 1 : place.end])]))
            if town is None or town.level not in CONTAINERS:
                continue
            place.end -= n
            place.text = name_text(tokens, place.start, place.end)
            place.hint = place.hint or town
            return

    def _name_at(self, tokens: list[Token], j: int, kind: str, masked: set[int], listed: bool = False) -> Place | None:
        """The place name starting at tokens[j] after a designator: quoted, known n-gram, or unknown word (two when
        `listed`, a plural designator's member, and the list's separator follows them: "أحياء مساكن هنانو، وX")."""
        if j >= len(tokens) or j in masked:
            return None
        if tokens[j].text in QUOTES:
            k = j + 1
            while k < len(tokens) and tokens[k].text not in QUOTES and k - j <= 5:
                k += 1
            if k < len(tokens) and k > j + 1 and not any(t.key in AREA_NOT_NAMES for t in tokens[j + 1 : k]):
                text = name_text(tokens, j + 1, k)  # not "مناطق «خفض التصعيد»": a zone's kind, not its name
                return Place(j + 1, k, text, self.resolve(text, kind), kind)
            return None
        if not tokens[j].is_word or tokens[j].key in LOCATIVE or designator(tokens[j]):
            return None
        if tokens[j].key[:1] == "ب" and (town := self.lookup.exact(tokens[j].text[1:])) is not None and town.level in CONTAINERS:
            return None  # "عدة أحياء بدمشق": quarters in a city, not one named
        if possessed(tokens[j].key) != tokens[j].key and designator(token("", possessed(tokens[j].key), 0, 0)):
            return None  # "قرى ريفها الشرقي", "أحياء مدينته": its countryside, its town - a place named before
        if (tokens[j].key, tokens[j + 1].key if j + 1 < len(tokens) else "") == ZONE or tokens[j].key in AREA_NOT_NAMES:
            return None
        prefix_and = is_prefix(tokens[j].key) and j + 1 < len(tokens) and tokens[j + 1].key[:1] == "و" \
            and name_word_ar(tokens[j + 1])  # "تل واسط": a name's first word, then a second that begins with و
        limit = j
        while limit < len(tokens) and limit - j < 3 and tokens[limit].is_word and limit not in masked:
            prefix_adjective = limit == j + 1 and prefix_alone(tokens, j) and tokens[limit].key in DIRECTIONS  # "باب شرقي"
            if limit > j and not prefix_adjective and (tokens[limit].key in LOCATIVE or tokens[limit].key in DIRECTIONS
                                                       or _locating(tokens[limit])
                                                       or designator(tokens[limit]) or tokens[limit].key[:1] == "و" and not (prefix_and and limit == j + 1)):
                break
            limit += 1
        for k in range(limit, j, -1):
            if k == j + 1 and k < limit and (prefix_alone(tokens, j) or prefix_and):
                continue
            text = name_text(tokens, j, k)
            match = self.resolve(text, kind)
            if match is not None and k == j + 1 and self._longer_name(tokens, j, kind, match, masked):
                return Place(j, j + 2, name_text(tokens, j, j + 2), None, kind, hint=match)  # "قرية حوار كلس"
            if match is not None:
                end = k
                if kind == "neighbourhood" and k < limit and match.level != "neighbourhood" and self._continues(tokens[k - 1], tokens[k]):
                    text = name_text(tokens, j, k + 1)  # "أحياء درعا البلد": a quarter named after its town
                    return Place(j, k + 1, text, self.resolve(text, kind), kind, hint=match)
                if kind == "region":
                    while end < len(tokens) and tokens[end].key in DIRECTIONS:
                        end += 1
                    if k < end < len(tokens) and tokens[end].key[:1] == "و" and tokens[end].key[1:] in DIRECTIONS:
                        end += 1  # "ريف X الشمالي والغربي": two countrysides, no place "الغربي"
                    return Place(j, end, f"ريف {name_text(tokens, j, end)}", match, kind)  # as written, ريف included
                return Place(j, end, name_text(tokens, j, end), match, kind)
        if kind in STRONG or kind == "area" and (self._followed_by_in(tokens, j + 1) or self._located_after(tokens, j)):
            if tokens[j].key in STOP_NAMES or tokens[j].key in NOT_NAME or not name_word_ar(tokens[j]) \
                    or event_kind(tokens[j].key) or is_prefix(tokens[j].key) and (j + 1 >= len(tokens) or not tokens[j + 1].is_word):
                return None  # "تشهد 3 قرى اشتباكات", "محاور الاشتباك": an event, no name; "قرى أبو" (cut): no name yet
            if tokens[j].key[:1] == "و" and tokens[j].key not in NAME_PREFIXES and len(tokens[j].key) > 3:
                return None  # "اجتاحت حمص ريفاً ومدينة وتسببت": و opens the next clause, no unknown name
            k = j + 2 if j + 1 < limit and (self._continues(tokens[j], tokens[j + 1]) or listed and _member_of_two(tokens, j)) else j + 1
            if k == j + 2 < limit and is_prefix(tokens[j + 1].key) and name_word_ar(tokens[k]):
                k += 1  # "جسر بيت الراس": a name does not end on a prefix word
            k = _patronymic_end(tokens, k, masked)
            return Place(j, k, name_text(tokens, j, k), None, kind)
        return None

    def _longer_name(self, tokens: list[Token], j: int, kind: str, short: Match, masked: set[int]) -> bool:
        """After a village designator, is the known one-word name only the start of an unknown two-word name
        ("قرية حوار كلس", "بلدة مليحة العطش"): a name word follows, then the name's end?"""
        if kind not in ("village", "town", "neighbourhood") or short.level not in ("town", "neighbourhood", "locality"):
            return False  # a wadi or hill of the first word is no quarter's name either ("حي جورة الشياح")
        if j + 1 >= len(tokens) or j + 1 in masked or self.resolve(tokens[j].text, "governorate") is not None:
            return False
        second = tokens[j + 1]
        if not name_word_ar(second) or second.key[:1] == "و" or second.key in DIRECTIONS or second.key in FOREIGN_ADJECTIVES \
                or _locating(second) \
                or len(second.key) < 3 or second.key in RISE:  # "حي المحطة ارتفع إلى 21": a toll rose, no name goes on
            return False
        if casualty_word(second.key) or event_kind(second.key):
            return False  # "قرية معرشحور استشهدا": a verb of the dead follows the name, no name goes on
        after = tokens[j + 2] if j + 2 < len(tokens) else None
        if after is not None and second.key[:2] != "ال" and (casualty_word(after.key) or any(event_kind(f) for f in stems(after.key))):
            return False  # "قرية الزكاة تسبب بمقتل", "حي الوعر تعرض لقصف": a verb, then the toll or the event
        return after is None or not after.is_word or after.key in LOCATIVE or after.key in NOT_NAME \
            or after.key[:1] in "وبل" or designator(after) is not None

    @staticmethod
    def _continues(first: Token, second: Token) -> bool:
        """Does an unknown name go on ("ركن الدين", "عين ترما", "مليحة العطش") rather than stop ("الحمدانية
        الخاضع", "ناحتة المجاورة", "مسرابا بالغوطة")?"""
        if is_prefix(first.key) and second.key in DIRECTIONS and second.key not in DIRECTION_NOUNS:
            return True  # "باب شرقي"
        if not name_word_ar(second) or second.key in DIRECTIONS or second.key in FOREIGN_ADJECTIVES:
            return False
        if is_prefix(first.key):
            return True
        return second.key.startswith("ال") and not first.key.startswith("ال")

    def _located_after(self, tokens: list[Token], j: int) -> bool:
        """"بمنطقة وادي X بريف حماة", "في منطقة X وسط العاصمة", "منطقة X شرقي حمص", "منطقة X جنوب غربي بلدة Y": an unknown area name of one or
        two words that the text locates right after it (a countryside or a known town after ب, the centre of or a
        bearing from a place) is a place, as one followed by "في Y" is."""
        k = j + 2 if j + 2 < len(tokens) and self._continues(tokens[j], tokens[j + 1]) else j + 1
        if k + 1 >= len(tokens) or not tokens[k + 1].is_word:
            return False
        key = tokens[k].key
        if key in CENTRE or key in DIRECTIONS and key not in NAME_ADJECTIVES:
            if key in DIRECTIONS and tokens[k + 1].key in DIRECTIONS and k + 2 < len(tokens):
                k += 1  # "منطقة X جنوب غربي بلدة Y": a bearing of two words
            return designator(tokens[k + 1]) is not None or tokens[k + 1].key == CAPITAL \
                or self.lookup.exact(tokens[k + 1].text) is not None
        if key[:1] != "ب" or len(key) < 4:
            return False
        if designator(token(key[1:], key[1:], 0, 0)) == "region":
            return True  # "بريف حماة"
        town = self.lookup.exact(tokens[k].text[1:].lstrip("ـ"))
        return town is not None and town.level in CONTAINERS

    @staticmethod
    def _followed_by_in(tokens: list[Token], j: int) -> bool:
        """"منطقة السكري في حلب": an unknown area name is kept only when the text says where it is."""
        return j + 1 < len(tokens) and tokens[j].key == word_key("في")

    def _designated(self, tokens: list[Token], masked: set[int]) -> list[Place]:
        """Arabic names after a designator (قرية، بلدة، حي، محافظات ...), lists after plural ones."""
        out: list[Place] = []
        after = 0  # where the next name may start (past the last one or its list)
        for i in compress(count(), map(key_designator, map(KEY, tokens))):  # (the designators, found at C speed)
            if i < after or i in masked:
                continue
            kind = key_designator(tokens[i].key)
            if kind in SETTLEMENT_KINDS and i and any(f in COUNTRYSIDES for f in stems(tokens[i - 1].key)):
                kind = "region"  # "بريف بلدة X", "بأرياف بلدتي X وY": the countryside of X, as "بريف X" is
            plural = any(f in AR_LIST_DESIGNATORS for f in stems(tokens[i].key))
            j = i + 2 if i + 1 < len(tokens) and tokens[i + 1].text == "(" else i + 1  # "قريتي (حميمة، والعاجوزية)"
            if kind == "area" and tuple(t.key for t in tokens[j : j + 2]) == ZONE:
                j += 2  # منطقة خفض التصعيد في X: the governorate X as a region
                if j < len(tokens) and tokens[j].key == word_key("في"):
                    j += 1
                kind = "governorate"
            if plural and (quoted := self._quoted_list(tokens, j, kind, masked, out)):
                after = quoted
                continue
            if plural and (listed := self._colon_list(tokens, j, masked, out)):
                after = listed
                continue
            place = self._name_at(tokens, j, kind, masked, plural)
            if place is None:
                continue
            _join_repeated(tokens, i, out, place)
            out.append(place)
            dual = any(f in AR_DUAL_DESIGNATORS for f in stems(tokens[i].key))  # "قريتي A وB": two names, no third
            quoted = 0 < place.start and tokens[place.start - 1].text in QUOTES and _quoted_after(tokens, place.end)
            after = self._list_after(tokens, place, kind, masked, out, 1 if dual else None) if plural or quoted else place.end
        return out

    def _quoted_list(self, tokens: list[Token], j: int, kind: str, masked: set[int], out: list[Place]) -> int | None:
        """'بلدات "A، وB، وC"', 'قرى ومناطق "A وجمعية B وC"', 'بلدات “A – B – C”': a plural designator's names inside
        one pair of quotes are a list, parted by commas, dashes and و (a name may begin with a designator of its own); the index after the closing
        quote, or None (one name, no quotes, or more than names inside)."""
        if j >= len(tokens) or tokens[j].text not in QUOTES:
            return None
        close = next((k for k in range(j + 1, min(len(tokens), j + 40)) if tokens[k].text in QUOTES), None)
        if close is None or any(k in masked or not tokens[k].is_word and tokens[k].text not in QUOTED_SEPARATORS
                                for k in range(j + 1, close)):
            return None
        parts: list[list[int]] = [[]]
        for k in range(j + 1, close):
            key = tokens[k].key
            if tokens[k].text in QUOTED_SEPARATORS or key == "و":
                parts.append([])
            elif key[:1] == "و" and len(key) > 2 and k > j + 1 and designator(token(key[1:], key[1:], 0, 0)):
                parts.append([])  # '“A وبلدة B”': the next name, its designator no part of it
            elif key[:1] == "و" and len(key) > 2 and k > j + 1 and not self._starts_with_and(tokens[k]):
                parts.append([k])  # "وزعرورة": the next name
            else:
                parts[-1].append(k)
        parts = [_past_surroundings(tokens, q) for q in parts if q]
        parts = [q for q in parts if q]
        if len(parts) < 2 or any(len(q) > 4 or tokens[q[0]].key in AREA_NOT_NAMES for q in parts):
            return None
        kind = "named" if kind == "area" else kind  # quoted, the names need no "في X" after them
        head = len(out)
        for q in parts:
            text = bare(tokens, q[0], q[-1] + 1) if tokens[q[0]].key[:1] == "و" and q[0] > j + 1 else name_text(tokens, q[0], q[-1] + 1)
            out.append(Place(q[0], q[-1] + 1, text, self.resolve(text, kind), kind, joined_to=head if len(out) > head else None))
        return close + 1

    def _colon_list(self, tokens: list[Token], j: int, masked: set[int], out: list[Place]) -> int | None:
        """"3 قرى في ريف عامودا الغربي هي: A وB وC", "مناطق وقرى بريف X، وهي: A، B": a plural designator's names after
        "هي:" (which they are) a few words on are a list, though unknown, each running to the next و or comma; a
        countryside named between gives the governorate its members lie in (an unknown one is placed there, a
        namesake elsewhere is not taken). The index after the list, or None."""
        colon = next((k for k in range(j, min(len(tokens) - 1, j + COLON_REACH)) if tokens[k].key in WHICH_ARE
                      and tokens[k + 1].text == ":"), None)
        if colon is None or any(tokens[k].text in ".!?؟" for k in range(j, colon)):
            return None
        unit = next((self.lookup.governorate(town.admin1_pcode) for k in range(j, colon - 1)
                     if "ريف" in stems(tokens[k].key) and (town := self.lookup.exact(tokens[k + 1].text)) is not None
                     and town.level in CONTAINERS), None)
        parts, end = self._colon_members(tokens, colon + 2, masked)
        if not parts:
            return None
        head = len(out)
        for start, stop in parts:
            text = name_text(tokens, start, stop)
            text = text[1:] if start > colon + 2 and tokens[start].key[:1] == "و" and not self._starts_with_and(tokens[start]) else text
            match = self.resolve(text, "named", unit.admin1_pcode if unit else None)
            out.append(Place(start, stop, text, match, "named", hint=unit, joined_to=head if len(out) > head else None))
        return end

    def _colon_members(self, tokens: list[Token], k: int, masked: set[int]) -> tuple[list[tuple[int, int]], int]:
        """The names of a list after "هي:": parted by commas and و, each of one to three words; the list ends at other
        punctuation, a number ("، و8 قرى"), or a word no name begins with. The members' spans and the index after."""
        parts: list[tuple[int, int]] = []
        start = k
        while True:
            stop = start
            while stop < len(tokens) and tokens[stop].is_word and stop not in masked and stop - start < 3 \
                    and (stop == start or tokens[stop].key[:1] != "و"):
                stop += 1
            first = token(tokens[start].text[1:], tokens[start].key[1:], 0, 0) if parts and start < len(tokens) \
                and tokens[start].key[:1] == "و" and not self._starts_with_and(tokens[start]) else (tokens[start] if start < len(tokens) else None)
            if stop == start or first is None or not name_word_ar(first) or any(ch.isdigit() for ch in first.key) \
                    or first.key in NOT_NAME or first.key in STOP_NAMES or casualty_word(first.key) or event_kind(first.key) \
                    or designator(first) or _plural_verb(first.key):
                break
            parts.append((start, stop))
            if stop < len(tokens) and tokens[stop].text in COMMAS:
                stop += 1
            if stop >= len(tokens) or not tokens[stop].is_word or tokens[stop].key[:1] != "و":
                return parts, stop
            start = stop
        return parts, start

    def _starts_with_and(self, tok: Token) -> bool:
        """A name that itself begins with و ("وادي ..."), not a و joining it."""
        whole = self.lookup.exact(tok.text)
        return is_prefix(tok.key) and tok.key[:1] == "و" and tok.key[1:] not in NAME_PREFIXES or \
            whole is not None and word_key(whole.name_ar or "") == tok.key

    def _list_after(self, tokens, head: Place, kind: str, masked: set[int], out: list[Place], most: int | None = None) -> int:
        """"محافظات اللاذقية وحماة": further names of a plural designator (at most `most`), joined by و or a comma."""
        i = head.end
        head_index = len(out) - 1
        if kind == "area" and head.match is not None and head.match.level == "town":
            kind = "named"  # "مناطق السقيلبية والعزيزية": areas named after towns, the next ones too though unknown
        while i < len(tokens) and (most is None or len(out) - 1 - head_index < most):
            if tokens[i].text in QUOTES and _quoted_after(tokens, i):
                i += 1  # 'قرى “A” و”B”': past the closing quote, to the و and the next quoted name
            if most is None and self._bearing_from_town(tokens, i):
                i += 2  # "قرى A شمال حماة، وB غرب حلب": where a member lies, then the list goes on
            if tokens[i].text in COMMAS and i + 1 < len(tokens):
                j = i + 1  # "، وطريق الباب": a comma and و before the last member
                rest = tokens[j].key[1:]
                whole = self.lookup.exact(tokens[j].text) if tokens[j].key[:1] == "و" and len(rest) > 2 else None
                strip = tokens[j].key[:1] == "و" and len(rest) > 2 and (
                    whole is None or word_key(whole.name_ar or "") != tokens[j].key)  # not a name that starts with و
            elif tokens[i].key[:1] == "و" and (len(tokens[i].key) > 2 or tokens[i].key == "و"):
                j, strip = i, len(tokens[i].key) > 2
            else:
                break
            if tokens[j].key == "و" and j + 1 < len(tokens):
                j, strip = j + 1, False  # "قرى X و Y": a و standing apart
            if word_key(tokens[j].text[1:] if strip else tokens[j].text) in OUTSKIRTS and j + 1 < len(tokens):
                j, strip = j + 1, False  # "قرى X ومحيط Y": the outskirts of the next name
            probe = tokens if not strip else [*tokens[:j], token(tokens[j].text[1:], tokens[j].key[1:], tokens[j].start + 1, tokens[j].end), *tokens[j + 1 :]]
            if _plural_verb(probe[j].key) or casualty_word(probe[j].key) or strip and tokens[j].key in NOT_NAME \
                    or probe[j].key in LIST_END_VERBS \
                    or any(ch.isdigit() for ch in tokens[j].key):
                break  # "قرى الشبكي والشريحي ورامي، وهاجموا المنازل", "أحياء دمشق، أصيب 4", "، و8 قرى": the list ended
            place = self._name_at(probe, j, kind, masked, True)
            if place is None:
                break
            place.joined_to = head_index
            out.append(place)
            i = place.end
        return i

    def _bearing_from_town(self, tokens: list[Token], i: int) -> bool:
        """"شمال حماة، وX", "وسط دمشق، وX": a bearing from a known town after a list member, then a comma."""
        if i + 2 >= len(tokens) or tokens[i].key not in DIRECTIONS and tokens[i].key not in MIDST \
                or tokens[i + 2].text not in COMMAS:
            return False
        town = self.lookup.exact(tokens[i + 1].text)
        return town is not None and town.level in CONTAINERS

    def _ar_prefixed(self, tokens: list[Token], i: int, taken: set[int]) -> Place | None:
        """"على كفر نبودة", "وتل شنان": a name prefix and its next word where a place stands, though unknown."""
        if i + 1 >= len(tokens) or i + 1 in taken or not prefix_alone(tokens, i):
            return None
        end = i + 2
        if end < len(tokens) and end not in taken and is_prefix(tokens[i + 1].key) and name_word_ar(tokens[end]) \
                and tokens[end].key[:1] != "و":
            end += 1  # "تلة النبي أيوب", "جسر بيت الراس": a name does not end on a prefix word
        if end < len(tokens) and end not in taken and tokens[end].key in NAME_ADJECTIVES:
            end += 1
        text = bare(tokens, i, end)
        found = self.lookup.place(text)
        if found is None and tokens[i].stem in STRUCTURES and end == i + 2:
            town = self.lookup.exact(tokens[i + 1].text)
            if town is None or town.level == "town":
                return Place(i + 1, end, tokens[i + 1].text, town, "named")  # "قرب جسر صيدا": the town's bridge, in the town
        return Place(i, end, text, found, "named")

    def _ar_list(self, tokens: list[Token], i: int, taken: set[int], joined: bool = False) -> list[Place]:
        """"طال الحلوبة وتلمنس ومعرشمارين والدير الشرقي وجرجناز في ريف معرة النعمان": names joined by و or a comma
        where a place stands, kept when one of them is known or the text then says where they are; `joined`: the
        first is joined by و to a place before ("مدينة معرة النعمان و X"), so one name is a list too."""
        members: list[Place] = []
        j = i
        while j < len(tokens) and j not in taken and len(members) < 12:
            start, plain = j, not members and not joined  # the first name as written, the others after their و
            if members and _quoted_after(tokens, j):
                j += 1  # '“A” و”B”': past the closing quote
            if members and tokens[j].key == "و" and j + 1 < len(tokens):
                start = j = j + 1 + (tokens[j + 1].text in QUOTES and j + 2 < len(tokens))  # "X و Y", 'و”Y”': a و standing apart
                plain = True
            elif members and not (tokens[j].key[:1] == "و" and len(tokens[j].key) > 2):
                break
            if word_key(name_text(tokens, j, j + 1) if plain else bare(tokens, j, j + 1)) in OUTSKIRTS and j + 1 < len(tokens):
                start = j = j + 1  # "ومحيط X": the outskirts of the next name
                plain = True
            end = self._ar_member_end(tokens, start, taken)
            if end is None:
                break
            text = name_text(tokens, start, end) if plain else bare(tokens, start, end)
            once = name_text(tokens, start, end)[1:]  # "وبليون": و only, when the name itself starts with ب
            if not plain and tokens[start].key[:1] == "و" and once != text and self.lookup.place(once):
                text = once
            known = self.lookup.place(text) or self.lookup.place(name_text(tokens, start, end))
            text = self._written(text) if known else text
            members.append(Place(start, end, text, known, None if known else "named"))
            j = end
        known_together = all(m.match for m in members) and len({m.match.admin1_pcode for m in members}) == 1
        if not members or len(members) < 2 and not (joined and (members[0].match or self._located_at(tokens, j))) \
                or not (self._located_at(tokens, j) or known_together or self._each_of(tokens, i, members)):
            return []  # a list is kept when the text says where it is, or when all its names are villages of one governorate
        return members

    def _each_of(self, tokens: list[Token], i: int, members: list[Place]) -> bool:
        """"بقصف كلاً من A وB وC": names after "each of" are places; the governorate most of the known ones lie in
        places the unknown ones (and takes a namesake there over one elsewhere). Needs two known, most in one governorate."""
        if i < 2 or tokens[i - 1].key != AR_FROM or tokens[i - 2].key not in EACH_OF:
            return False
        pcodes = [m.match.admin1_pcode for m in members if m.match is not None]
        best = max(set(pcodes), key=pcodes.count, default=None)
        if best is None or pcodes.count(best) < 2 or 2 * pcodes.count(best) <= len(pcodes):
            return False  # two known at least, and most of them in one governorate
        unit = self.lookup.governorate(best)
        for m in members:
            if m.match is None or m.match.admin1_pcode != best:
                m.match, m.hint, m.kind = self.lookup.place(m.text, best), unit, "named"
        return True

    def _dash_list(self, tokens: list[Token], i: int, taken: set[int]) -> tuple[list[Place], int]:
        """"أريحا-احسم-مرعيان-أطراف البارة", "أريحا/احسم/مرعيان": three or more parts joined by dashes that touch them
        or by slashes are a list of names (its known members in one governorate), a part that is no name ("أطراف")
        passed over; the members and the index after the list."""
        parts: list[tuple[int, int | None]] = []
        start = i
        if touching_dash(tokens, i - 1):
            return [], i  # a list starts at its first part
        while start < len(tokens) and len(parts) < MAX_DASHED:
            dash = next((k for k in range(start + 1, min(len(tokens), start + 4)) if touching_dash(tokens, k)), None)
            if dash is None or any(not tokens[k].is_word for k in range(start, dash)):
                parts.append((start, None))
                break
            parts.append((start, dash))
            start = dash + 1
        if len(parts) < 3:
            return [], i
        members: list[Place] = []
        end = i
        for start, dash in parts:
            if word_key(bare(tokens, start, start + 1)) in OUTSKIRTS and start + 1 < (dash or len(tokens)):
                start += 1  # "أطراف البارة": the outskirts of the name
            end = self._ar_member_end(tokens, start, taken) or start
            if end == start or dash is not None and end > dash:
                end = dash if dash is not None else end
                continue
            if end - start == 2 and tokens[start + 1].key[:2] == "ال" and designator(token("", tokens[start + 1].key[2:], 0, 0)):
                end -= 1  # "إدلب المدينة": the city of Idlib
            text = name_text(tokens, start, end)
            known = self.lookup.place(text)
            members.append(Place(start, end, self._written(text) if known else text, known, None if known else "named"))
        found = {m.match.admin1_pcode for m in members if m.match is not None}
        if len(found) != 1:
            return [], i  # no known member, or members of several governorates: no list told by itself
        unit = self.lookup.governorate(found.pop())
        for m in members:
            m.hint = m.hint if m.match is not None else unit  # an unknown member lies where the known ones do (flagged)
        return members, end

    def _located_at(self, tokens: list[Token], j: int) -> bool:
        """Does the text say where the names before tokens[j] are: "في ريف X", "بريف X", "شرق X", "في X" (known)?"""
        if j >= len(tokens):
            return False
        key = tokens[j].key
        if key[:1] == "ب" and len(key) > 3 and designator(token(key[1:], key[1:], 0, 0)):
            return True
        if key[:1] == "ب" and len(key) > 3 and j + 1 < len(tokens) and self._known_unit(f"{tokens[j].text[1:]} {tokens[j + 1].text}"):
            return True  # "... والسرمانية بسهل الغاب": a known region or town after a ب clitic
        if key == word_key("في") or key in DIRECTIONS:
            nxt = tokens[j + 1] if j + 1 < len(tokens) else None
            return nxt is not None and (designator(nxt) is not None or nxt.key in DIRECTIONS
                                        or self.lookup.exact(nxt.text) is not None)
        return False

    def _known_unit(self, name: str) -> bool:
        """Is a two-word name a known region, district or town ("سهل الغاب", "جبل الزاوية", "معرة النعمان")?"""
        found = self.lookup.exact(name)
        return found is not None and found.level in ("region", "district", "governorate", "town")

    def _ar_member_end(self, tokens: list[Token], start: int, taken: set[int]) -> int | None:
        """The end of one list member: a word, with its next word after a name prefix or an ال-word, and a final
        adjective ("الدير الشرقي"); None when the word cannot be a name."""
        first = tokens[start] if start < len(tokens) else None
        if first is None or start in taken or not first.is_word or first.key.isascii() or not name_word_ar(first):
            return None
        word = word_key(bare(tokens, start, start + 1))
        if len(word) < 3 and word not in NAME_PREFIXES or designator(first) or any(
                w in STOP_NAMES or w in AREA_NOT_NAMES or w in FOREIGN or w in NOT_NAME for w in (word, possessed(word))):
            return None
        if event_kind(word) is not None or casualty_word(word) or _plural_verb(word) or parse_number(tokens, start) or _its(word) \
                or any(f in SITES for f in (*stems(word), possessed(word))):
            return None  # "قرية X وقتل 3", "بلدة X وثلاثة في Y", "مدينة X وريفها": the clause goes on, no name  # "في باب القبلي ومظاهرات في أحياء المدينة": an event goes on, not another name
        end = start + 1
        if end < len(tokens) and end not in taken and (self._continues(first, tokens[end]) or tokens[end].key in NAME_ADJECTIVES):
            end += 1
        if end == start + 2 and end < len(tokens) and end not in taken and is_prefix(tokens[start + 1].key) \
                and name_word_ar(tokens[end]) and tokens[end].key[:1] != "و":
            end += 1  # "وجسر بيت الراس": a name does not end on a prefix word
        return end


LIST_DASHES = ("-", "/")
QUOTED_SEPARATORS = (",", "،", "-", "–", "—")  # 'بلدات “A – B – C”': inside a plural designator's quotes a dash parts names too
MAX_DASHED = 30  # parts of one dash-joined list at most: a text of dashes costs linear time
PATRONYMIC = key_set("بن ابن")
OUTSKIRTS = key_set("محيط أطراف")
COUNTRYSIDES = key_set("ريف ريفي أرياف")  # a countryside noun before a settlement's designator
SETTLEMENT_KINDS = frozenset({"village", "town", "city"})
HEAD_NOUNS = key_set("أطراف ريف أرياف ضواحي محيط")  # a direction after "أطراف مدينة X" is the edges', not X's
LIST_END_VERBS = key_set("سقطت سقط وقعت وقع شهدت شهد")  # "قرى A وB، وسقطت قذائف": a verb goes on, the list ended
EACH_OF = key_set("كلا كل")  # "كلاً من A وB": each of the places that follow
WHICH_ARE = key_set("هي وهي")  # "3 قرى ... هي: A وB": the list of the villages told by number
COLON_REACH = 14  # words from a plural designator to its "هي:" at most
MIDST = key_set("وسط")  # "أحياء A وB وسط دمشق، وC": in the centre of a town, a bearing as "شمال" is
SITES = key_set("مواقع موقع منصات منصة مقرات مقر نقاط نقطة تجمعات تمركزات ثكنات")  # "استهدف مواقع و منصات في X": no names
STRUCTURES = key_set("جسر")
RISE = key_set("ارتفع ارتفعت بلغ بلغت وصل وصلت")  # a name prefix that is also a structure named after the town it serves
SERVANT = key_set("عبد أبو ابو")


def touching_dash(tokens: list[Token], k: int) -> bool:
    """A mark that parts a list between two words: a dash with no space on either side ("أريحا-احسم"), or a slash
    ("أريحا/احسم", "أريحا / احسم")."""
    if not (0 < k < len(tokens) - 1 and tokens[k].text in LIST_DASHES and tokens[k - 1].is_word and tokens[k + 1].is_word):
        return False
    return tokens[k].text == "/" or tokens[k - 1].end == tokens[k].start and tokens[k].end == tokens[k + 1].start


def _member_of_two(tokens: list[Token], j: int) -> bool:
    """Is an unknown list member two words, the list's separator (a comma, the next و-member) or its locating phrase
    right after them ("أحياء مساكن هنانو، وقاضي عسكر، والشعار")? The second must be a name's word, not a verb or the toll."""
    second = tokens[j + 1]
    after = tokens[j + 2] if j + 2 < len(tokens) else None
    if not name_word_ar(second) or second.key in DIRECTIONS or second.key in FOREIGN_ADJECTIVES or len(second.key) < 3 \
            or casualty_word(second.key) or event_kind(second.key) or _plural_verb(second.key) or second.key in LIST_END_VERBS:
        return False
    return after is not None and (after.text in COMMAS or after.key[:1] == "و" and len(after.key) > 2 and name_word_ar(after)
                                  or after.key[:1] == "ب" and key_designator(after.key) is not None or _locating(after))
    # (or the list's locating phrase: "قريتي A وB C بريف دير الزور", "... بمحيط مدينة Y")


def _quoted_after(tokens: list[Token], k: int) -> bool:
    """Does a quoted name follow the closing quote at tokens[k], joined by و ('“A” و”B”', '“A”، و“B”')?"""
    if k >= len(tokens) or tokens[k].text not in QUOTES:
        return False
    k += 1 + (k + 1 < len(tokens) and tokens[k + 1].text in COMMAS)
    return k + 2 < len(tokens) and tokens[k].key == "و" and tokens[k + 1].text in QUOTES


def _patronymic_end(tokens: list[Token], k: int, masked: set[int]) -> int:
    """The end of a name that goes on with "بن X" ("حي هشام بن عبد الملك", "حي عمر بن الخطاب")."""
    while k + 1 < len(tokens) and k + 1 not in masked and tokens[k].key in PATRONYMIC and name_word_ar(tokens[k + 1]):
        k += 2
        if tokens[k - 1].key in SERVANT and k < len(tokens) and name_word_ar(tokens[k]):
            k += 1  # "عبد الملك": one name of two words
    return k


def _its(key: str) -> bool:
    """"ريفها", "تلتها": its countryside, its hill - a name's first word or a designator with a possessive suffix."""
    noun = possessed(key)
    if noun == key:
        return False
    noun = f"{noun[:-1]}ه" if noun.endswith("ت") else noun  # تلت(ها) -> تله
    return is_prefix(noun) or noun in OUTSKIRTS or designator(token(noun, noun, 0, 0)) is not None


def _plural_verb(key: str) -> bool:
    """A past verb of a plural subject ("هاجموا", "دخلوا"): never the first word of a village's name."""
    return len(key) > 4 and key.endswith("وا") and not key.startswith("ال")


def _join_repeated(tokens: list[Token], i: int, out: list[Place], place: Place) -> None:
    """"مدينة A ومدينة B"، "بلدة A، وقرية B": a designated settlement whose designator is joined by و straight to the
    one before is the next member of its list, as "بلدتي A وB" is (a figure told after both is the list's, kept on
    its first place, not B's alone)."""
    if not out or place.kind not in FINE_KINDS or out[-1].kind not in FINE_KINDS or tokens[i].key[:1] != "و":
        return
    gap = range(out[-1].end, i)
    if all(tokens[k].text in COMMAS for k in gap) and len(gap) <= 1:
        place.joined_to = out[-1].joined_to if out[-1].joined_to is not None else len(out) - 1
