"""English place names of a sentence (a mixin of `candidates.Candidates`, which gives `lookup` and `resolve`)."""
from __future__ import annotations

from itertools import compress, count

from gazetteer import Match

from .quantities import EN_ONE
from .events import OTHER, event_kind, strike_logs
from .place_words import (
    ARTICLES, DIRECTIONS, EN_ADJECTIVE_ENDS, LOCATIVE, EN_AFTER, EN_AFTER_OBJECT, EN_BEFORE, EN_IN, EN_NAME_PREFIXES,
    EN_OBJECT_VERBS, EN_ON, EN_STOP, FOREIGN_ADJECTIVES, JOINERS, LANDFORMS, NOT_PLACES_EN, PEOPLE_ADJECTIVES, PLURAL_PLACES, SITES,
    STOP_NAMES, STRONG,
    SURROUNDINGS,
)
from .spans import Place, capitalised, name_text, past_nearby
from .text import KEY, Token, word_key


QUARTERS = {"districts": "neighbourhood", "quarters": "neighbourhood", "district": "neighbourhood", "quarter": "neighbourhood",
            "suburb": "town"}  # "the districts of A and B", "the Homs district of Khaldiyeh": quarters' names
_DESIGNATOR_WORDS = frozenset(EN_AFTER) | frozenset(QUARTERS) | frozenset(EN_BEFORE)  # the only words `_designated_en`
# acts on, its loop visits no other (a rule added there for another word needs that word here)
INSTITUTIONS = frozenset("hospital hospitals market camp centre center prison crossing bakery school mosque "
                         "checkpoint".split())
TOWN_SITES = frozenset("airport airbase base prison military crossing checkpoint".split())  # sites named after the town they serve
SAME_LEVEL = {"village": "town", "town": "town", "city": "town", "neighbourhood": "neighbourhood"}  # a designator's level
TITLE_SMALL = frozenset("a an the and or but of in on at to for with near by from as over after into".split())
LANDMARK_NOUNS = frozenset("square roundabout hospital university mosque school market church bakery stadium "
                           "prison hotel shrine road street warehouses warehouse depot palace factory".split())


TITLES = frozenset("president minister general brigadier colonel major lieutenant captain dr mr "
                   "mrs king prince emir ambassador governor commander".split())  # before a person's name (not Sheikh: Sheikh Maqsoud)
PERSON_NOUNS = EN_ONE | frozenset("defector commander official spokesman spokeswoman member".split())


def _apposed_person(tokens: list[Token], end: int) -> bool:
    """"Mohammed al-Rifai, a soldier who had defected": a name followed by a person noun in apposition."""
    k = end + 2
    if end + 1 >= len(tokens) or tokens[end].text != "," or tokens[end + 1].key not in ("a", "an", "the"):
        return False
    while k < len(tokens) and k < end + 5 and tokens[k].key not in PERSON_NOUNS and tokens[k].is_word and tokens[k].text.islower():
        k += 1  # "a former rebel commander"
    return k < len(tokens) and tokens[k].key in PERSON_NOUNS


_title_memo: list = [None, False]  # the last sentence asked about and its answer (asked once per position)


def title_case(tokens: list[Token]) -> bool:
    """Is the sentence a Title Case headline ("Soldiers Killed in Night Raid Near Qaryatayn"): at least four Latin
    words, and all but one of those that are no function word capitalised?"""
    if _title_memo[0] is not tokens:
        words = [t for t in tokens if t.is_word and t.text[:1].isascii() and t.text[:1].isalpha()]
        content = [t for t in words if t.key not in TITLE_SMALL]
        lower = sum(not t.text[:1].isupper() for t in content)
        _title_memo[:] = [tokens, len(words) >= 4 and len(content) >= 3 and lower <= len(content) // 8]
    return _title_memo[1]


def _the_before_name(tokens: list[Token], i: int) -> bool:
    """Is tokens[i] an article before a capitalised name ("the New Siryan")?"""
    return i + 1 < len(tokens) and tokens[i].key == "the" and capitalised(tokens[i + 1])


INNER_WORDS = frozenset("bin ibn al el ash ad ar az".split())  # lower-case words inside a name, never English words


class EnglishNames:
    """English names: around designators, capitalised runs, unknown names where a place stands, possessives."""

    def _designated_en(self, tokens: list[Token], masked: set[int]) -> list[Place]:
        """English names around designators: "the town of X", "villages of X, Y and Z", "X province", "the Y district"."""
        out: list[Place] = []
        lists: list[list[Place]] = []  # names listed before a plural designator, with the one it follows
        for i in compress(count(), map(_DESIGNATOR_WORDS.__contains__, map(KEY, tokens))):  # (found at C speed)
            tok = tokens[i]
            kind = EN_BEFORE.get(tok.key) or QUARTERS.get(tok.key)
            of = 1 if i + 1 < len(tokens) and tokens[i + 1].key == "of" else 0
            of += bool(of) and tok.key.endswith("s") and _the_before_name(tokens, i + 2)  # "neighborhoods of the New Siryan"
            bare = tok.key in PLURAL_PLACES or tok.key == "countryside"  # "villages Anad, Tashtash and X", "countryside Shaddadi"
            if kind and i + 1 + of < len(tokens) and (of or bare) and capitalised(tokens[i + 1 + of]) \
                    and i + 1 + of not in masked:
                end = self._cap_run(tokens, i + 1 + of, masked)
                first = self._en_place(tokens, i + 1 + of, end, kind)
                if not (tok.key in QUARTERS and first.match is not None and first.match.level != "neighbourhood"):
                    out.append(first)  # (not "the eastern districts of Aleppo", "the Jinderes district of Afrin": the city)
                    head = len(out) - 1
                while out and out[-1] is first and tok.key.endswith("s") and end + 1 < len(tokens) and tokens[end].key in JOINERS and (
                        capitalised(tokens[end + 1]) or of == 2 and _the_before_name(tokens, end + 1)):
                    end += of == 2 and _the_before_name(tokens, end + 1)  # "..., the Old Siryan": each with its article
                    nxt = self._cap_run(tokens, end + 1, masked)
                    out.append(self._en_place(tokens, end + 1, nxt, kind))
                    out[-1].joined_to = head
                    end = nxt
                    first = out[-1]
            kind = EN_AFTER.get(tok.key)
            if kind and i and (tokens[i - 1].key in PEOPLE_ADJECTIVES or tokens[i - 1].key in FOREIGN_ADJECTIVES):
                continue  # "the Assyrian village of Tal Nasri", "the Turkish town of X": the name comes after
            if kind and i and capitalised(tokens[i - 1]) and (i - 1) not in masked \
                    and tokens[i - 1].key.rpartition("-")[2] not in EN_ADJECTIVE_ENDS:  # not "a Christian-majority quarter"
                start = i - 1
                while start > 0 and start - 1 not in masked and i - start < 5 and tokens[start - 1].key not in TITLE_SMALL and (
                        capitalised(tokens[start - 1]) or tokens[start - 1].key in INNER_WORDS and start > 1
                        and capitalised(tokens[start - 2])):
                    start -= 1  # "the Hisham bin Abdul Malik district", "Jisr al Shughur town"; not "Attack Near Palmyra City"
                while start < i - 1 and tokens[start].key.rpartition("-")[2] in EN_ADJECTIVE_ENDS:
                    start += 1  # "the SDF-run Mabroukah camp": the camp's name follows its adjective
                owner = None
                for k in range(start, i - 1):  # "Afrin's Jinderes district": the owner places the district
                    head, _, tail = tokens[k].text.replace("’", "'").rpartition("'")
                    if tail.lower() == "s" and head:
                        start, owner = k + 1, self.lookup.exact(head)
                while start < i - 1 and tokens[start].key in DIRECTIONS and self.lookup.exact(name_text(tokens, start, i)) is None:
                    start += 1  # "the northern X district", but "the Eastern Ghouta area" is the region's own name
                if start == 0 and tokens[0].key in ("the", "in"):
                    start = 1
                if all(t.key in NOT_PLACES_EN or t.key in EN_STOP for t in tokens[start:i]):
                    continue  # "the Old City", "the New district": a word, not a name
                if self._named_after(tokens, i, kind, masked):
                    continue  # "the Shia Muslim neighbourhood of X", "Hama's village of X": the name comes after
                if tok.key in PLURAL_PLACES and i - start == 1 and self.lookup.exact(tokens[start].text) is None \
                        and not (start and tokens[start - 1].key in JOINERS):
                    continue  # "attacked Assyrian villages", "Christian neighbourhoods": an adjective, not a name
                place = self._en_place(tokens, start, i, kind, heads=False)
                if place.match is None and title_case(tokens) and not strike_logs(tokens):
                    continue  # "Car Bomb Blast Rocks Western Syria Town": in a title every word is capitalised
                place.hint = place.hint or (owner or self._site_town(tokens, start, i) if place.match is None else None)
                if kind == "region" and place.match is not None:
                    lead = start - 1 if start and tokens[start - 1].key in DIRECTIONS else start
                    place.text = name_text(tokens, lead, i + 1)  # "western Aleppo countryside", as written
                out.append(place)
                if tok.key in PLURAL_PLACES:
                    before = self._listed_before(tokens, start, kind, masked)
                    out += before
                    lists.append([*before, place])
        kept: list[Place] = []
        for p in sorted(out, key=lambda p: (p.start, -p.end)):
            if p.text and (not kept or p.start >= kept[-1].end) and (p.match or p.kind in STRONG):
                kept.append(p)
        for members in lists:  # "the A, B and C areas": one list, its joint figure stays on its first name
            named = sorted((p for p in members if any(p is k for k in kept)), key=lambda p: p.start)
            for p in named[1:]:
                p.joined_to = next(n for n, k in enumerate(kept) if k is named[0])
        return kept

    def _named_after(self, tokens: list[Token], i: int, kind: str, masked: set[int]) -> bool:
        """Does the designator at i name its place after "of", the words before it only describing or owning it: "the
        Sunni Muslim neighbourhood of X", "the Kurdish-populated town of X" (X a town), "Hama's village of X"? Not "the
        Al-Badu neighbourhood of Raqqa": a known place of a larger kind after "of" is where the place named before
        the designator lies."""
        if i + 2 >= len(tokens) or tokens[i + 1].key != "of" or not capitalised(tokens[i + 2]) or i + 2 in masked:
            return False
        if tokens[i - 1].text.replace("’", "'").lower().endswith("'s"):
            return True
        after = self.lookup.exact(name_text(tokens, i + 2, self._cap_run(tokens, i + 2, masked)))
        return after is None or after.level == SAME_LEVEL.get(kind)

    def _listed_before(self, tokens: list[Token], start: int, kind: str, masked: set[int]) -> list[Place]:
        """"the al-Ziraa and al-Ramel neighbourhoods": the names listed before the last one of a plural designator."""
        out: list[Place] = []
        end = start
        while True:
            joint = 2 if end > 2 and tokens[end - 1].key in ("and", "or") and tokens[end - 2].text == "," else 1  # "A, B, and C"
            if not (end > joint and tokens[end - 1].key in JOINERS and capitalised(tokens[end - 1 - joint])
                    and end - 1 - joint not in masked):
                return out
            first = end - 1 - joint
            while first > 0 and capitalised(tokens[first - 1]) and first - 1 not in masked and end - joint - first < 4:
                first -= 1
            while first < end - joint - 1 and tokens[first].key == "the":
                first += 1  # "The Qatarji, Tariq al-Bab and Shaar neighbourhoods": a sentence's first word is no name's
            out.append(self._en_place(tokens, first, end - joint, kind, heads=False))
            end = first

    def _en_place(self, tokens, start: int, end: int, kind: str, heads: bool = True) -> Place:
        """The known name of a capitalised run: the run or its heads after "town of"; the whole run before "district"."""
        spans = [(start, k) for k in range(end, start, -1)] if heads else [(start, end)]
        for a, b in spans:
            if b - a == 1 < end - start and tokens[a].key in EN_NAME_PREFIXES:
                continue  # "the town of Khan al-Sobol" is not "Khan"
            text = name_text(tokens, a, b)
            match = self.resolve(text, kind)
            if match is not None and (b == end or self.lookup.exact(text) is not None):
                return Place(a, b, text, match, kind)  # a loose guess for a head does not cut "Kaskas Jabour"
        text = name_text(tokens, start, end)
        return Place(start, end, text if word_key(text) not in STOP_NAMES else "", None, kind)

    @staticmethod
    def _cap_run(tokens, i: int, masked: set[int]) -> int:
        """The end of a run of capitalised words (and articles, "bin") starting at i, at most five."""
        end = i
        while end < len(tokens) and end - i < 5 and end not in masked and (end == i or tokens[end].key not in TITLE_SMALL) and (
                capitalised(tokens[end]) or (
                tokens[end].key in ARTICLES or tokens[end].key in ("bin", "ibn")) and end > i - (tokens[end].key in ARTICLES)
                and end + 1 < len(tokens) and capitalised(tokens[end + 1])):
            end += 1  # an article only before a capitalised word: "as Sukhnah", not "Tafas as the ..."
        return end

    def _unknown_en(self, tokens: list[Token], i: int, taken: set[int], out: list[Place]) -> Place | None:
        """"in Baghouz", "near Kafr Zita", "shelled Hish", "al-Habit, Kafr Ain and Hish": a capitalised name the
        gazetteer lacks, right after in/near, an attack verb or in a list of places, is kept unresolved for review
        (foreign names, months and weekdays excluded); "in nearby X", "in (nearby) X" as after "in"."""
        close_to = i > 1 and (tokens[i - 1].key == "to" and tokens[i - 2].key in ("close", "next")
                              or tokens[i - 1].key == "of" and tokens[i - 2].key in SURROUNDINGS)  # "in the vicinity of X"
        listed = bool(out) and out[-1].end in (i - 1, i - 2) and tokens[i - 1].key in JOINERS and (
            out[-1].end == i - 1 or tokens[i - 2].key in JOINERS)
        verb = bool(i) and (tokens[i - 1].key in EN_OBJECT_VERBS or tokens[i - 1].key in EN_ON or i > 1 and tokens[
            i - 1].key == "of" and event_kind(tokens[i - 2].key) not in (None, OTHER))  # "heavy shelling of Baba Amr"
        if not i or tokens[past_nearby(tokens, i - 1)].key not in EN_IN and not verb and not close_to and not listed \
                and not self._en_position(tokens, i, taken):
            return None
        if title_case(tokens) and not strike_logs(tokens):  # (a strike log's line is no title)
            return None  # "IS Ambush Near Palmyra Kills 14": in a title every word is capitalised, so no unknown name
        end = self._cap_run(tokens, i, taken)
        words = [t.key for t in tokens[i:end]]
        if not words or any(w in EN_STOP or w in NOT_PLACES_EN or w in STOP_NAMES or w in FOREIGN_ADJECTIVES for w in words):
            return None  # a foreign name is kept: it is marked abroad, so its sentence gives nothing
        if words[0] in TITLES or _apposed_person(tokens, end):
            return None  # "President Bashar Assad's heartland", "X, a soldier who had defected": a person
        if all(w in DIRECTIONS for w in words):
            return None  # "Sbeikhan, Eastern Deir Ezzor governorate": a side of the place that follows, no name
        if any(t.text.isupper() and len(t.text) > 1 for t in tokens[i:end]):
            return None  # "IS", "SDF", "YPG": an acronym names an organisation
        if end - i > 1 and words[-1] in LANDMARK_NOUNS:
            return None  # "al-Karama Square", "Jableh National Hospital": a detail of the town the text gives
        if any(t.key.rpartition("-")[2] in EN_ADJECTIVE_ENDS for t in tokens[i:end]):
            return None  # "Islamic State-held", "Christian-majority": an adjective, not a name
        after = tokens[end] if end < len(tokens) else None
        if (verb or listed) and after is not None and after.text[:1].islower() and after.key not in EN_AFTER_OBJECT:
            return None  # "struck Kurdish-held areas", "hit al-Shifa hospital": an adjective of a noun
        text = name_text(tokens, i, end)
        place = Place(i, end, text, self.resolve(text, "named"), "named")
        town = self.lookup.exact(tokens[i].text) if place.match is None and end - i > 1 and words[0] not in EN_NAME_PREFIXES else None
        if town is not None and town.level == "town":
            place.hint = town  # "Daraa al-Balad": a quarter named after its town lies at it
        if place.match is None:
            place.hint = place.hint or self._site_town(tokens, i, end)
        if end - i > 1 and words[-1] in LANDFORMS:  # "Latakia Mountains": in the governorate of its first name
            known = self.lookup.exact(name_text(tokens, i, end - 1))
            place.hint = known and (self.resolve(known.name_en, "governorate") or known)
        return place

    def _after_designated(self, tokens: list[Token], i: int, taken: set[int]) -> bool:
        """"the Al Thani neighbourhood, Tabaqa", "the town of Kafr Nabl, Idlib": a name right after a designated
        place and a comma says where that place lies (known names only: "X district, Kurdish officials say")."""
        k = i - 2
        if k < 0 or tokens[i - 1].text != "," or tokens[i].key in LOCATIVE:
            return False
        if tokens[k].key in EN_AFTER and k:
            k -= 1  # past the designator word after the name
        return k in taken and k not in self._masked

    def _site_town(self, tokens: list[Token], start: int, end: int) -> Match | None:
        """"Deir Ezzor Military Airport", "Hama Airbase", "Tadmur Prison": the town a site is named after."""
        named_for = end
        while named_for - start > 1 and tokens[named_for - 1].key in TOWN_SITES:
            named_for -= 1
        return self.lookup.exact(name_text(tokens, start, named_for)) if named_for < end else None

    def _en_position(self, tokens: list[Token], i: int, taken: set[int]) -> bool:
        """"near the Tishrin Dam" (a named site or landform after "the"), "villages west of X, including A and B", the
        first name of a strike log's line ("March 30th 2017: (S562) Mansoura, Raqqa governorate, Syria")."""
        if i and tokens[i - 1].text in (":", ")", ",") and any(start == i for start, _ in strike_logs(tokens)):
            return True
        if i > 1 and tokens[i - 1].key == "the" and (tokens[i - 2].key in EN_IN or tokens[i - 2].key in EN_ON
                                                     or tokens[i - 2].key in EN_OBJECT_VERBS):
            return tokens[self._cap_run(tokens, i, taken) - 1].key in LANDFORMS | SITES
        return i > 0 and tokens[i - 1].key == "including" and any(t.key in PLURAL_PLACES for t in tokens[max(0, i - 8) : i])

    def _before_institution(self, tokens: list[Token], i: int, taken: set[int]) -> bool:
        """"Shelling damages Atarib hospital": a name before a hospital, market, camp ... (known names only)."""
        end = self._cap_run(tokens, i, taken)
        return end < len(tokens) and tokens[end].key in INSTITUTIONS

    def _possessive(self, tokens: list[Token], i: int, taken: set[int], out: list[Place], first: int | None = None) -> bool:
        """"Afrin's Jinderes district", "Idlib's al-Qusour", "in Hama's countryside": the owner is the context of
        the place it owns (or the region, before "countryside"); before a common noun ("Saraqib's hospital") the
        owner is the place."""
        head, _, tail = tokens[i].text.replace("’", "'").rpartition("'")
        if tail.lower() != "s" or not head or i + 1 >= len(tokens):
            return False
        at = i if first is None else first
        if first is not None:  # the owner's first words before the one that carries "'s"
            head = f"{name_text(tokens, first, i)} {head}"
            if self.lookup.exact(head) is None:
                return False
        owner = self.lookup.exact(head)
        side = i + 1 + (tokens[i + 1].key in DIRECTIONS and i + 2 < len(tokens))  # "Idlib's southern countryside"
        if tokens[side].key == "countryside":
            region = self.resolve(head, "region")
            if region is None:
                return False
            out.append(Place(at, side + 1, f"{head} countryside", region, "region"))
            return True
        end = self._cap_run(tokens, i + 1, taken)
        if end == i + 1 and owner is not None and owner.level in ("town", "neighbourhood") and tokens[i + 1].is_word:
            out.append(Place(at, i + 1, head, owner))  # "near Saraqib's national hospital": the institution is a detail
            return True
        if end == i + 1 or owner is None:
            return False
        text = name_text(tokens, i + 1, end)
        known = self.lookup.exact(text, owner.admin1_pcode)
        out.append(Place(i + 1, end, text, known, "named", hint=None if known else owner))
        return True
