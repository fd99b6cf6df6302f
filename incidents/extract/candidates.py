"""Candidate place spans of one sentence: names after designators, lists, quoted names, gazetteer n-grams where a
place can stand, unknown names in a place's syntactic positions (Arabic in `names_ar`, English in `names_en`)."""
from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache
from itertools import compress, count

from gazetteer import Match

from .lookup import SETTLEMENTS, Lookup
from .names_ar import LIST_DASHES, ArabicNames, touching_dash
from .names_en import EnglishNames
from .place_words import ARTICLES, EN_AFTER, counted_dual, EN_STOP, FOREIGN, FOREIGN_ADJECTIVES, FUZZY_SCORE, JOINERS, LOCATIVE, NOT_NAME, QUOTES, STOP_NAMES, STRONG
from .spans import Place, capitalised, designator, is_arabic_token, led_to, name_text, past_nearby, prefix_alone
from .text import AR_FROM, COMMAS, KEY, WORD_MEMO, Token, arabic_word, key_set, stems, word_key

QUARTER_KINDS = ("neighbourhood", "named")  # an English quarter's own designator, or a bare name where a place stands
CAPITAL, DAMASCUS = word_key("العاصمة"), "Damascus"
SYRIAN = key_set("السورية")  # "العاصمة السورية دمشق": the Syrian capital, named
INSTITUTIONS_AR = key_set("سوق مخفر سجن جامع مسجد مدرسة فرن معبر مطار")
BEARINGS_AR = key_set("شرقي غربي شمالي جنوبي شرق غرب شمال جنوب")
BARE_BEFORE = key_set("في على قرب")
EACH = key_set("كلا كل")
OBJECT_VERBS_AR = key_set("استهدف استهدفت يستهدف تستهدف قصفت تقصف يقصف طال طالت تستعيد يستعيد "
                          "استعادت استعاد اقتحم اقتحمت تقتحم يقتحم")


@lru_cache(maxsize=WORD_MEMO)
def _capital_word(key: str) -> bool:
    """Can the word be "the capital" (`Candidates._capital`'s word test, memoised by key; a word test added there goes
    here too)?"""
    return key == "capital" or CAPITAL in stems(key)


class Candidates(ArabicNames, EnglishNames):
    """Finds the place spans of a sentence with a gazetteer lookup (roles are given later, by `roles`)."""

    def __init__(self, lookup: Lookup):
        self.lookup = lookup
        self.unit_words = lookup.unit_words
        self._masked: set[int] = set()  # the actor names of the sentence being read

    def find(self, tokens: list[Token], masked: set[int], governorate: Match | None = None,
             named: frozenset[str] = frozenset()) -> list[Place]:
        """Every place span outside the masked tokens (actor names), in text order; `governorate` is the report's
        last, `named` the P-codes of every governorate it named so far."""
        arabic = any(is_arabic_token(t) for t in tokens)
        self._masked = masked
        self._governorate = governorate
        self._named = named
        designated = self._designated(tokens, masked) if arabic else self._designated_en(tokens, masked)
        taken = masked | {i for p in designated for i in range(p.start, p.end)}
        self._designated_ends = sorted(p.end for p in designated)
        self._joined_starts: set[int] = set()
        scanned = self._scan(tokens, taken, arabic)
        heads = {id(p): part[p.joined_to] for part in (designated, scanned) for p in part if p.joined_to is not None}
        places = sorted(designated + scanned + self._capital(tokens, taken | {i for p in scanned for i in range(p.start, p.end)}),
                        key=lambda p: p.start)
        for p in places:  # list heads as indexes of the sentence's places
            if id(p) in heads:
                p.joined_to = next(n for n, q in enumerate(places) if q is heads[id(p)])
        for n, p in enumerate(places):  # "قرى A وB و X وY": names after a designated list go on with it
            if n and p.start in self._joined_starts and p.joined_to is None:
                head = places[n - 1].joined_to if places[n - 1].joined_to is not None else n - 1
                m = n
                while m < len(places) and (m == n or places[m].joined_to == n):  # the chain's members follow it
                    places[m].joined_to = head
                    m += 1
        if arabic:
            for p in places:
                self._without_city(tokens, p)
                self._with_adjective(tokens, p, masked)
        return places

    def _village_of_report(self, tokens: list[Token], i: int, taken: set[int]) -> Place | None:
        """"في معرشمارين" in a report on Idlib: a village of the report's governorate, bare after في/على or an attack
        verb, that only the village layer knows (the same name elsewhere in Syria does not count). With no governorate
        yet ("مقتل 14 مدنياً بغارات على حمورية" as a headline) a village of one governorate only is taken, and so is
        one of a governorate the report named before its last ("الغوطة" ... "قرب العاصمة دمشق" ... "في حمورية")."""
        if not i or not (tokens[i - 1].key in BARE_BEFORE or tokens[i - 1].stem in OBJECT_VERBS_AR):
            return None  # after the word في/على/قرب itself, not a ب clitic ("بجروح" is a wound)
        for n in (2, 1):
            if i + n > len(tokens) or any(k in taken or not tokens[k].is_word or not self._name_word(tokens[k], True)
                                          for k in range(i, i + n)):
                continue
            text = name_text(tokens, i, i + n)
            if designator(tokens[i]) or prefix_alone(tokens, i) and n == 1 or any(
                    stems(word_key(w))[-1] in STOP_NAMES for w in text.split()):
                continue
            found = self._governorate and self.lookup.place(text, self._governorate.admin1_pcode)
            if found is None:  # the report moved on ("قرب العاصمة دمشق"), or named no governorate yet
                anywhere = self.lookup.place(text)
                found = anywhere if anywhere and (not self._named or anywhere.admin1_pcode in self._named) else None
            if found is not None and found.level in SETTLEMENTS:
                return Place(i, i + n, text, found)
        return None

    def _before_bearing(self, tokens: list[Token], i: int, taken: set[int]) -> Place | None:
        """"يستهدف التح جنوبي إدلب", "السيطرة على النيرب شرقي إدلب": a name the gazetteer lacks, right after an attack
        verb or في/على, that the text places by a bearing from a known town is a place near that town."""
        if not i or not (tokens[i - 1].key in BARE_BEFORE or tokens[i - 1].stem in OBJECT_VERBS_AR):
            return None
        for n in (1, 2):
            bearing, town = i + n, i + n + 1
            if town >= len(tokens) or any(k in taken or not self._name_word(tokens[k], True) for k in range(i, bearing)):
                return None
            if tokens[bearing].stem not in BEARINGS_AR:
                continue
            text = name_text(tokens, i, bearing)
            near = self.lookup.exact(tokens[town].text)
            if near is not None and near.level in ("town", "governorate", "district") and not designator(tokens[i]) \
                    and not any(stems(word_key(w))[-1] in STOP_NAMES for w in text.split()):
                return Place(i, bearing, text, None, "village", hint=near)
        return None

    def _capital(self, tokens: list[Token], taken: set[int]) -> list[Place]:
        """"the capital", "the Syrian capital", "العاصمة" with no name after it: Damascus (a report on Syria)."""
        out = []
        for i in compress(count(), map(_capital_word, map(KEY, tokens))):  # (found at C speed)
            tok = tokens[i]
            english = tok.key == "capital" and i and tokens[i - 1].key in ("the", "syrian")
            if i in taken or not (english or CAPITAL in stems(tok.key)):
                continue
            after = tokens[i + 1] if i + 1 < len(tokens) else None
            if after is not None and (after.key == "of" or after.key in FOREIGN_ADJECTIVES or capitalised(after)
                                      or i + 1 in taken or arabic_word(after.key) and self.lookup.exact(after.text)):
                continue  # "the capital of ...", "العاصمة الروسية", "the capital Ankara", "العاصمة دمشق" (named)
            start = i - 1 if english else i
            named = after is not None and (after.text in COMMAS or after.key in SYRIAN) and i + 2 < len(tokens) \
                and self.lookup.exact(tokens[i + 2].text)
            if named and i + 2 in taken:
                continue  # "العاصمة السورية دمشق": the name that follows, found already, is the place
            if named:  # "the Syrian capital, Damascus": the name that follows is the place
                out.append(Place(i + 2, i + 3, tokens[i + 2].text, named))
                continue
            out.append(Place(start, i + 1, name_text(tokens, start, i + 1), self.lookup.exact(DAMASCUS)))  # a bare name
        return out

    def resolve(self, text: str, kind: str | None, admin1: str | None = None) -> Match | None:
        """The gazetteer's match of a name given its designator kind (region, governorate, or a fuzzy designated name)."""
        if kind == "region":
            return self.lookup.region(f"ريف {text}" if not text.isascii() else f"{text} countryside", admin1)
        if kind == "governorate":
            found = self.lookup.exact(f"محافظة {text}" if not text.isascii() else f"{text} governorate", admin1)
            return found if found is None or found.level in ("governorate", "district") else None
        found = self.lookup.quarter(text, admin1) if kind == "neighbourhood" and admin1 else None  # a quarter in the
        found = found or self.lookup.exact(text, admin1)  # governorate given: "حي الزهراء" of Homs, not Aleppo's village
        if found is None and kind in QUARTER_KINDS and text.isascii():
            found = self.lookup.quarter(text, admin1)  # "shells target Sukkari", "in al-Waer neighborhood"
        if found is None and kind is not None:
            found = self.lookup.best(text, admin1)
            found = found if found is not None and found.score >= FUZZY_SCORE else None
        if found is None and kind in STRONG and not any(word_key(w) in NOT_NAME for w in text.split()):
            found = self.lookup.close(text, admin1)  # a name spelt another way ("Zamalka" / Zmlka)
        return found

    def _scan(self, tokens: list[Token], taken: set[int], arabic: bool) -> list[Place]:
        """Gazetteer n-grams (three words down to one) where a place can stand."""
        out: list[Place] = []
        i = 0
        dashed_text = arabic and any(t.text in LIST_DASHES for t in tokens)
        while i < len(tokens):
            if i in taken or not tokens[i].is_word or not (arabic or capitalised(tokens[i])):
                i += 1
                continue
            if arabic and (tokens[i].key in LOCATIVE or tokens[i].key in NOT_NAME or tokens[i].key in JOINERS
                           or counted_dual(tokens[i].key) or led_to(tokens[i])):
                i += 1  # "على", "ما": a particle is never a name, even where the gazetteer has a homograph; nor
                continue  # "طال قريتين وبلدة": two villages counted, none named
            if not arabic and (tokens[i].text.isupper() and len(tokens[i].text) > 1):
                i += 1  # "SANA", "SDF", a dateline's "ALEPPO": an acronym or a dateline, not a place of the event
                continue
            if not arabic and tokens[i].text.replace("’", "'").endswith("'s"):
                i = out[-1].end if self._possessive(tokens, i, taken, out) else i + 1  # an owner is no place itself
                continue
            if not arabic and i + 1 < len(tokens) and tokens[i + 1].text.replace("’", "'").endswith("'s") \
                    and i + 1 not in taken and self._possessive(tokens, i + 1, taken, out, first=i):
                i = out[-1].end  # "Deir Ezzor's al-Busayrah": an owner of two words
                continue
            if dashed_text and (dashed := self._dash_list(tokens, i, taken))[0]:
                head = len(out)
                for n, p in enumerate(dashed[0]):
                    p.joined_to = head if n else None
                out += dashed[0]
                i = dashed[1]
                continue
            if dashed_text and any(touching_dash(tokens, k) and tokens[k].text == "-" for k in (i - 1, i + 1)):
                i += 1  # "طريق حلب-دمشق": a road's ends, no list of places
                continue
            before = bisect_right(self._designated_ends, i)  # the designated place that ends last before i
            last_end = max(out[-1].end, self._designated_ends[before - 1]) if out and before \
                else out[-1].end if out else self._designated_ends[before - 1] if before else None
            locative = self._locative(tokens, i, last_end, self._masked) or not arabic and self._en_position(tokens, i, taken)
            known_only = i == 0 and any(t.text == ":" for t in tokens[1:4]) or not arabic and (
                self._before_institution(tokens, i, taken) or self._after_designated(tokens, i, taken)
            )  # "Douma: 12 civilians killed" (the story's place), "Atarib hospital", "the X neighbourhood, Tabaqa"
            unit_word = not self.unit_words.isdisjoint(stems(tokens[i].key))
            if not locative and not unit_word and not known_only:
                i += 1
                continue
            if locative and any(f in FOREIGN for f in stems(tokens[i].key)):
                out.append(Place(i, i + 1, tokens[i].text, None, "named"))  # "في إسطنبول": marked abroad later
                i += 1
                continue
            joined = arabic and last_end is not None and (tokens[i].key[:1] == "و" and last_end in (i, i - 1)
                                                          or tokens[i - 1].key == "و" and last_end == i - 1)
            if arabic and locative:
                chain = self._ar_list(tokens, i, taken, joined)
                if chain and joined:
                    self._joined_starts.add(chain[0].start)
                if chain:
                    head = len(out)
                    for n, p in enumerate(chain):
                        p.joined_to = head if n else None
                    out += chain
                    i = chain[-1].end
                    continue
            found = None
            run = self._cap_run(tokens, i, taken) - i if not arabic else 0
            free = i  # the untaken words from i on (an n-gram must lie within them)
            while free < len(tokens) and free - i < 4 and free not in taken and tokens[free].is_word:
                free += 1
            for n in (3, 2, 1) if arabic else (min(run, 4),):  # English: the whole capitalised name or nothing
                if i + n > free:
                    continue
                if n > 1 and not all(self._name_word(t, arabic) for t in tokens[i + 1 : i + n]):
                    continue
                if n == 1 and arabic and prefix_alone(tokens, i):
                    continue
                text = name_text(tokens, i, i + n)
                if designator(tokens[i]) or tokens[i].key in EN_AFTER or word_key(text) in STOP_NAMES or stems(word_key(text))[-1] in STOP_NAMES:
                    continue
                match = self.lookup.exact(text)
                if match is not None and (arabic or capitalised(tokens[i]) and tokens[i].key not in EN_STOP):
                    if locative or unit_word or known_only or match.level in ("governorate", "district", "region"):
                        found = Place(i, i + n, text, match)
                        break
            if found is None and not arabic:
                found = self._unknown_en(tokens, i, taken, out)
            if found is None and arabic and locative:
                found = self._ar_prefixed(tokens, i, taken) or self._village_of_report(tokens, i, taken) \
                    or self._before_bearing(tokens, i, taken)
            if found:
                found.text = self._written(found.text)
                gap = tokens[out[-1].end : found.start] if out and not arabic else []
                if gap and len(gap) <= 2 and all(t.key in JOINERS for t in gap):  # "A, B and C": one list
                    found.joined_to = out[-1].joined_to if out[-1].joined_to is not None else len(out) - 1
                elif joined and out and out[-1].end == last_end:  # "من مواقعها في A وB": B goes on A's list
                    found.joined_to = out[-1].joined_to if out[-1].joined_to is not None else len(out) - 1
                out.append(found)
                i = found.end
            else:
                i += 1
        return out

    @staticmethod
    def _name_word(tok: Token, arabic: bool) -> bool:
        """Can this word continue a place name (not "and", "في", a lower-case English word)?"""
        if arabic:
            return tok.key not in LOCATIVE and tok.key not in JOINERS and tok.key not in NOT_NAME
        return capitalised(tok) or tok.key in ARTICLES or tok.key in ("ibn", "bin")

    def _written(self, text: str) -> str:
        """The name as written, without proclitics the gazetteer looked past (بإدلب -> إدلب, وحماة -> حماة)."""
        head, _, tail = text.partition(" ")
        for cut in (2, 1):
            rest = f"{head[cut:]} {tail}".strip()
            if len(head) - cut >= 3 and all(c in "وفبلك" for c in head[:cut]) and self.lookup.exact(rest):
                return rest
        return text

    @staticmethod
    def _locative(tokens: list[Token], i: int, last_end: int | None, masked: set[int] = frozenset()) -> bool:
        """An Arabic n-gram counts as a place only where a place can stand: after في/على/قرب..., a ب clitic, in a
        list (joined to the place ending at `last_end`, designated or not), after "كلاً من", or as the object of a
        verb after its subject ("قصفت قوات النظام كفر زيتونة")."""
        key = tokens[i].key
        while i > 1 and tokens[i - 1].text in QUOTES:
            i -= 1  # 'كلاً من “X”', '“A” و”B”': a name's opening quote is no word before it
        before = i - 1
        while before > 0 and before in masked and i - before <= 4:
            before -= 1
        for k in {i - 1, before, past_nearby(tokens, i - 1) if i else -1}:  # "in (nearby) Saqba"
            if k >= 0 and (tokens[k].key in LOCATIVE or tokens[k].stem in LOCATIVE):
                return True
        if i > 1 and tokens[i - 1].key == "to" and tokens[i - 2].key in ("close", "next"):
            return True
        if i and tokens[i - 1].stem in INSTITUTIONS_AR:
            return True  # "سوق الأتارب", "مخفر المزيريب": the town of a market, a police post
        if len(stems(key)) > 1 and stems(key)[-1] != key and key[:1] in "بو":
            if key[0] == "ب" or key[:2] == "وب":
                return True
        if i > 1 and tokens[i - 1].key == AR_FROM and tokens[i - 2].key in EACH:
            return True  # "طال القصف كلاً من X وY": each of the places that follow
        if last_end is not None and key[:1] == "و" and last_end in (i, i - 1):
            return True
        return last_end is not None and last_end in (i - 1, i - 2) and tokens[i - 1].key in JOINERS
