"""Roles of a sentence's places: where the event happened (target), context of another place, or why not
(a statement's speaker, a meeting, a headquarters, a firing position, a place abroad)."""
from __future__ import annotations

from typing import Callable

from gazetteer import Match
from gazetteer.core import distance_km

from .borrowed import borrowed_role
from .lookup import Contains
from .references import BESIDE_KM, EN_DESIGNATORS, VILLAGE_WORDS, reference_points
from .spans import Place, designator, name_word_ar
from .events import OTHER, SHELLING, EventCue, event_kind
from .place_words import (
    ADDITIVE, CONNECTORS, CONTENT, DIRECTIONS, EN_BEFORE, EN_OBJECT_VERBS, FIRING_FROM, FIRING_POSITIONS, FIRING_VERBS, FOREIGN, FOREIGN_ADJECTIVES,
    HEADQUARTERS, JOINERS, LOCATIVE, MEETING, NEAR, NEIGHBOURS, OPENERS, QUOTES, STATEMENT, STRONG, TAKEN_TO, UNIT_NOUNS,
)
from .text import AR_FROM, CLAUSE_MARKS, COMMAS, KEY, STEM, Token, key_set, stems, word_key

ATTACK_VERBS_AR = key_set("استهدف استهدفت قصف قصفت ضرب ضربت طال طالت")
HOSPITALS = key_set("مستشفى مشفى المستشفى المشفى مشافي المشافي مستشفيات المستشفيات hospital hospitals")
TOWARD = key_set("نحو باتجاه towards toward to إلى الى")
FIRING_SITES = key_set("قريتي قرية بلدتي حاجز حاجزي حواجز كتيبة معسكر المعسكر")
STATIONED = key_set("المتواجدة المتواجد المتواجدين الموجودة الموجود الموجودين")  # "حواجز النظام المتواجدة في X"
FORCES = key_set("قوات حواجز حاجز ميليشيات ميليشيا عناصر النظام الأسد")  # who is stationed, when guns are
REPORTERS = key_set("المراسل مراسل مراسلنا مراسلة وكالة مصادر مصدر")  # who relays news (نقل المراسل، نقلت وكالة)
DISPLACED = key_set("نزوح النزوح نازحين النازحين نزح نزحوا فرار هرب هربوا fled flee fleeing "
                    "displaced displacement exodus")
CITY_PARTS = frozenset("district suburb quarter neighbourhood neighborhood town village".split())  # "the Idleb town of X"
AREA_NOUNS = frozenset("district subdistrict sub-district area region municipality".split())  # "X village in Y district":
# Y only places X (also "X locality in Y municipality")
LOCATED = frozenset("located situated".split())  # "X village, located in the Y district": the same "in"
SITE_NOUNS = frozenset("bridge dam roundabout square crossing junction".split())  # "the bridge of X in the village of Y"
DASHES = frozenset("–—−‒―")  # a dateline's dash (en, em, minus, figure dash, bar; a hyphen joins words, it is not a token of its own here)


def comma_dateline_end(tokens: list[Token]) -> int:
    """Where a dateline written "PLACE, DAY:" ends ("Idlib, 1 December 2026: ...", "حماة، 3 تشرين الثاني 2026:"): at
    its colon, when a comma follows the opening place and a written day (a digit) stands before the colon; else -1."""
    comma = next((i for i in range(1, min(4, len(tokens))) if tokens[i].text in COMMAS), None)
    if comma is None:
        return -1
    colon = next((i for i in range(comma + 2, min(comma + 7, len(tokens))) if tokens[i].text == ":"), None)
    if colon is None or not any(c.isdigit() for t in tokens[comma + 1:colon] for c in t.text):
        return -1
    return colon


FAR_KM = 150.0  # from a governorate's point: beyond its neighbours, another part of the country
SUBURB_KM = 30.0  # a suburb lies this close to its city
ORIGIN_AR = key_set("ينحدر ينحدران ينحدرون تنحدر المنحدر المنحدرين أبناء مهجري مهجرو المهجرين "
                    "مهجرين النازحين نازحين نازحي النازحون نازح نازحة النازح النازحة مهجر مهجرة")  # (and "وهو نازح من X")
ORIGIN_PRONOUNS = key_set("هم هو هي هما وهم وهو وهي وهما")  # "والقتلى هم من قرية X": where the dead came from
AREA = word_key("منطقة")
IN_OR_OF = key_set("in of في")  # "X in Iraq", "X and other parts of Iraq's ...", "X في العراق"
NEIGHBOUR_REACH = 6  # words after an unknown name that may still set it abroad
LOCATING_UNITS = key_set("ريف ناحية منطقة")  # "X بريف مدينة Y", "X في ناحية Y", "بلدة X في منطقة Y": Y locates X
NEAR_AR = key_set("قرب بالقرب من near")
ADVANCE = key_set("التقدم تقدم تتقدم يتقدم advanced advancing advance advances")  # "تحاول التقدم باتجاه X", "advanced towards X": an advance's aim, not a place taken
MODALS = frozenset("would could might".split())  # "would allow the army to reach X"
SPEAKER_AT = frozenset(("in", "from", "at", "of", "في", "من"))  # "a medic in X said": where the speaker is
Resolve = Callable[[str, "str | None", "str | None"], "Match | None"]


class Roles:
    """Marks roles and context of found places; `resolve` looks a name up with its designator kind."""

    def __init__(self, resolve: Resolve, namesakes: Callable[[str], frozenset[str]],
                 contains: Contains):
        self._resolve = resolve
        self._namesakes = namesakes
        self._contains = contains  # Lookup.inside: is a place inside a named region

    def mark_roles(self, tokens: list[Token], places: list[Place], cues: list[EventCue]) -> None:
        """Set each place's role in the sentence from the words around it and the event cues: "target" (where the
        event happened), or why not (statement, meeting, headquarters, firing position, origin, taken to, dateline,
        reference ...)."""
        statement = _positions(tokens, STATEMENT)
        content = _positions(tokens, CONTENT)
        said = [(v, min((c.pos for c in cues if c.pos > v), default=10**6), next((c for c in content if c > v), None))
                for v in statement]  # each statement verb, the first cue and the first word of what was said after it
        previous_end = 0
        abroad = self._opens_abroad(tokens)
        named = {k for q in places for k in range(q.start, q.end)}  # words of a place's name are no cue ("وزيارة")
        for p in places:
            window = tokens[max(0, p.start - 4) : p.start]
            before = {t.stem for t in window} | {t.key for t in window}
            unnamed = {f for k, t in enumerate(window, p.start - len(window)) if k not in named for f in (t.stem, t.key)}
            back = 9 if p.start and tokens[p.start - 1].key[:1] == "و" and designator(tokens[p.start - 1]) else 6
            fire_window = tokens[_words_back(tokens, p.start, back, previous_end) : p.start]  # not past the place before
            # ("من مواقع قوات النظام في الكلية الحربية وحي X": a designator joined by و goes on with the phrase before)
            taken_window = _taken_words(tokens[max(previous_end, p.start - 8) : p.start])
            p.added = not ADDITIVE.isdisjoint(map(KEY, tokens[max(previous_end, p.start - 8) : p.start]))
            previous_end = p.end
            p.added = p.added or p.joined_to is not None and places[p.joined_to].added  # "إضافة إلى محافظات A وB"
            if (borrowed := borrowed_role(tokens, p, places)) is not None:
                p.role = borrowed  # a council's, an outlet's, a school's or a street's name, a fighter's, the state
            elif abroad or self._abroad(tokens, p):
                p.role = "outside Syria"
            elif self._fired_from(fire_window, tokens[: p.start]):
                p.role = "firing position"
            elif _answered(tokens, p.start):
                p.role = "motive"  # "قصفوا القرداحة ردًا على المجازر في حلب": what the attack answers, not where it was
            elif "from" in {t.key for t in fire_window[-4:]} and not self._away_from(fire_window[-4:]) or _origin_ar(window):
                p.role = "origin"  # "displaced from X", "people from X": not where it happened
            elif taken_window & TAKEN_TO or self._hospital_town(tokens, p, cues):
                p.role = "taken to"  # "نقلت إلى مستشفى في مدينة X", "rushed to a hospital in X": where the wounded went
            elif self._toward(tokens, p.start) and (any(t.key in DISPLACED or t.stem in DISPLACED
                                                        or t.key in ADVANCE for t in tokens[: p.start])
                                                    or any(t.stem in LEADING for t in tokens[max(0, p.start - 3) : p.start])):
                p.role = "destination"  # "حركة نزوح واسعة نحو مدينة اعزاز", "families fled towards X", "التقدم باتجاه X",
                # "العقدة المتجهة إلى X": where a road leads
            elif p.kind == "front" and p.start > 1 and tokens[p.start - 2].key == AR_FROM and any(
                    t.key in ADVANCE for t in tokens[: p.start]):
                p.role = "origin"  # "تحاول التقدم من محور سنجار": where an advance starts from
            elif before & HEADQUARTERS and not self._attacked(tokens, p, cues):
                p.role = "headquarters"
            elif unnamed & MEETING:
                p.role = "meeting"
            elif self._speaker_place(p, said, cues) or self._attribution(tokens, p, statement, cues) \
                    or _reporter_at(tokens, p):
                p.role = "statement"
            elif self._after_modal(tokens, p, cues):
                p.role = "hypothetical"
            if p.role == "target" and p.joined_to is not None and places[p.joined_to].role == "taken to":
                p.role = "taken to"  # "transferred to hospitals in the cities of Derbasiya and Amuda": both
        self._fired_from_list(tokens, places, cues)
        reference_points(tokens, places)
        self._site_names(tokens, places)
        for a, b in zip(places, places[1:]):  # "the Jinderes district of Afrin": Afrin only places the district
            if b.start - a.end == 2 and tokens[a.end].key in CITY_PARTS and tokens[a.end + 1].key == "of" \
                    and a.role == b.role == "target" and self._capital_of(a) and not self._capital_of(b):
                a.role = "context"  # "the Homs district of Khaldiyeh", "the Damascus suburb of Douma": the city places it
                if b.match is None or b.match.admin1_pcode != a.match.admin1_pcode:
                    b.hint = a.match  # (not Aleppo's Khalidiya)
            elif b.start - a.end == 2 and tokens[a.end].key in UNIT_NOUNS | CITY_PARTS and tokens[a.end + 1].key == "of" \
                    and b.role == "target" and (tokens[a.end].key in UNIT_NOUNS or self._capital_of(b)):
                b.role = "context"  # "the Jinderes district of Afrin", "the Sabbourah suburb of the capital"
                if tokens[a.end].key == "suburb" and b.match is not None and (a.match is None or distance_km(
                        a.match.lat, a.match.lon, b.match.lat, b.match.lon) > SUBURB_KM):
                    a.hint = self._around(b.match)  # not a namesake far away
            if b.start == a.end and a.role == "target" and a.text.replace("’", "'").endswith("'s"):
                a.role = "context"  # "in Efrîn Canton's Sherawa district": the owner only places what follows
        dateline = next((i for i, t in enumerate(tokens[:12]) if t.text in DASHES), None)
        if dateline is None:  # "Damascus, Aug 21 (IANS) An Israeli drone ...": the agency's bracket ends it
            dateline = next((i + 2 for i, t in enumerate(tokens[2:10], 2) if t.text == "(" and i + 2 < len(tokens)
                             and tokens[i + 1].text.isupper() and tokens[i + 2].text == ")"
                             and tokens[1].text == ","), None)
        if dateline is None and (end := comma_dateline_end(tokens)) >= 0:
            dateline = end  # "Hama, 3 November 2026: ..."
        if dateline is not None and places and places[0].start <= 1 and not any(c.pos < dateline for c in cues):
            for p in places:  # a report that opens "حلب – الإعلام الحربي", "HAMA (Agency) –": where it was filed
                if p.end <= dateline and p.role == "target":
                    p.role = "dateline"

    @staticmethod
    def _toward(tokens: list[Token], start: int) -> bool:
        """"نحو X", "towards X", "to X" in the four words before X - not "close to X", "next to X"."""
        return any(tokens[k].key in TOWARD or tokens[k].stem in TOWARD for k in range(max(0, start - 4), start)
                   if not (tokens[k].key == "to" and k and tokens[k - 1].key in ("close", "next", "due")))

    @staticmethod
    def _hospital_town(tokens: list[Token], p: Place, cues: list[EventCue]) -> bool:
        """"توفي متأثراً بجراحه في مستشفى بمدينة X", "died in a hospital in X", "إسعاف الجرحى للمشافي الميدانية القريبة في
        X": the hospitals' town, unless an attack on the hospital is told ("a strike hit a hospital in X")."""
        at = next((k for k in range(p.start - 1, max(-1, p.start - 6), -1) if tokens[k].stem in HOSPITALS
                   or tokens[k].key in HOSPITALS), None)
        if at is None:
            return False
        near = range(max(0, at - 6), min(len(tokens), p.end + 3))
        return not any(c.pos in near and c.sub_event_type != OTHER for c in cues) and not any(
            tokens[k].key in EN_OBJECT_VERBS or tokens[k].stem in ATTACK_VERBS_AR for k in near)

                    # (not one told "160 km north of the capital")

    @staticmethod
    def _abroad(tokens: list[Token], p: Place) -> bool:
        """A foreign name, or a place the text calls Turkish/Iraqi/Lebanese... ("بلدة أقجة قلعة التركية")."""
        if any(t.stem in FOREIGN or t.key in FOREIGN for t in tokens[p.start : p.end]):
            return True
        if p.match is not None:
            return False
        before = tokens[max(0, p.start - 4) : p.start]
        cut = max((n + 1 for n, t in enumerate(before) if t.key in LOCATIVE or t.stem in LOCATIVE), default=0)
        if cut == len(before) and len(before) > 1 and before[-1].key == "of" and before[-2].key in EN_BEFORE:
            before, cut = tokens[max(0, p.start - 6) : p.start - 2], 0  # "the southern Israeli resort town of X"
            cut = max((n + 1 for n, t in enumerate(before) if t.key in LOCATIVE), default=0)
        near = before[cut:] + tokens[p.end : p.end + 2]  # "the Turkish town of X", not "Turkish jets pounded X"
        return any(t.key in FOREIGN_ADJECTIVES for t in near) or any(
            t.key.endswith("-annexed") and t.key.partition("-")[0] in FOREIGN_ADJECTIVES for t in tokens[p.start : p.end]) \
            or _in_a_neighbour(tokens, p.end)

    @staticmethod
    def _away_from(window: list[Token]) -> bool:
        """"10km away from X", "a few kilometres from X": X places the event near it, it is not where people came
        from; nor is "three children from one family in X" ("in" stands between)."""
        keys = [t.key for t in window]
        k = keys.index("from")
        return k > 0 and (keys[k - 1] in ("away", "km", "kilometres", "kilometers", "metres", "meters")
                          or keys[k - 1].endswith("km") and keys[k - 1][:1].isdigit()) or any(
            key in ("in", "at") for key in keys[k + 1 :])

    @staticmethod
    def _attacked(tokens: list[Token], p: Place, cues: list[EventCue]) -> bool:
        """"gunmen attack ISIS headquarters in X", "explosions targeted a battalion's headquarters in X": the
        headquarters is what was hit, so X is where it happened."""
        at = next((k for k in range(p.start - 1, max(-1, p.start - 5), -1) if tokens[k].key in HEADQUARTERS
                   or tokens[k].stem in HEADQUARTERS), None)
        return at is not None and any(at - 5 <= c.pos < at for c in cues)

    @staticmethod
    def _fired_from_list(tokens: list[Token], places: list[Place], cues: list[EventCue]) -> None:
        """"fired by gunmen positioned in Jobar and in the Ghouta town of Ain Tarma": the places joined to a firing
        position (no event word or comma between) are firing positions too."""
        cue_at = {c.pos for c in cues}
        for a, b in zip(places, places[1:]):
            gap = range(a.end, b.start)
            modifier = all(tokens[k].key in EN_DESIGNATORS or tokens[k].key in ("of", "the") for k in gap)  # "Ghouta town of"
            if a.role == "firing position" and b.role == "target" and (gap and (tokens[a.end].key in JOINERS or modifier) and not any(
                    k in cue_at or tokens[k].text in COMMAS for k in gap) or not gap and (b.joined_to is not None
                    and _from_list(tokens, places[b.joined_to]) or tokens[b.start].key[:1] == "و" and _after_in(tokens, a))):
                b.role = "firing position"  # also "من قريتي X وY", "من مواقعها في X وY وZ", "في X والسقيلبية": the list goes on
            elif a.role == "firing position" and b.role == "target" and _stationed_in(tokens, a) and (
                    b.joined_to is not None and places[b.joined_to] is a or gap and all(
                        not tokens[k].is_word or tokens[k].stem in NEAR_AR or designator(tokens[k]) for k in gap)):
                b.role = "firing position"  # "المتمركزة في مدينتي حلفايا وصوران", "المتمركزة في «حاجز X» قرب بلدة Y"

    @staticmethod
    def _opens_abroad(tokens: list[Token]) -> bool:
        """"In Iraq, a roadside bomb hit ...", "وفي الجانب اللبناني، أفادت ...": a sentence whose opening phrase (up to
        its first comma) sets it in a neighbouring country tells of events there."""
        comma = next((k for k, t in enumerate(tokens[:7]) if t.text in COMMAS), None)
        if comma is None or not any(t.stem in OPENERS or t.key in OPENERS for t in tokens[:2]):
            return False
        return any(t.key in NEIGHBOURS or t.stem in NEIGHBOURS or t.key in FOREIGN_ADJECTIVES
                   for t in tokens[:comma])

    @staticmethod
    def _fired_from(window: list[Token], before: list[Token]) -> bool:
        """"من مواقعها في X", "انطلاقا من X", "fired from (positions in) X": where the fire came from."""
        keys = [t.key for t in window]
        if not FIRING_FROM.isdisjoint(keys) or not FIRING_FROM.isdisjoint(map(STEM, window)):
            return True
        at = len(before) - len(window)
        if not STATIONED.isdisjoint(map(STEM, window)) and any(t.stem in STATIONED and any(u.stem in FORCES for u in before[max(0, at + k - 3) : at + k])
               for k, t in enumerate(window)):
            return True  # "قوات النظام المتواجدة في قرية X", "حواجز النظام المتواجدة في A وB": where the force stands
        for a, b in zip(keys, keys[1:]):
            if a in (AR_FROM, "from") and (b in FIRING_POSITIONS or stems(b)[-1] in FIRING_POSITIONS):
                return True
            if a == AR_FROM and (b in FIRING_SITES or b == word_key("قبل") and FIRING_SITES & set(keys[keys.index(b) + 1 :][:1])) \
                    and any(event_kind(t.key) == SHELLING for t in before):
                return True  # "بالهاون من قريتي X وY", "قصفاً مدفعياً من قبل كتيبة الهندسة في X": the guns' village or battalion
            if a == "from" and b == "the" and keys[keys.index(b) + 1 :][:1] in (["direction"], ["positions"]):
                return True
            if a in FIRING_VERBS and b == "from":
                return True
        return False

    @staticmethod
    def _speaker_place(p: Place, said: list[tuple[int, int, int | None]], cues: list[EventCue]) -> bool:
        """Where the speaker is: between a statement verb and what was said, or before the verb, with no event in
        between; `said` holds each verb's position, the first cue after it and the first word of what was said."""
        for v, first_cue, content in said:
            if v < p.start and content is not None and p.end <= content < first_cue:
                return True
            if p.end <= v and not any(c.pos < p.start for c in cues) and v - p.end <= 6:
                return True
        return False

    @staticmethod
    def _after_modal(tokens: list[Token], p: Place, cues: list[EventCue]) -> bool:
        """"the capture would allow the army to bring reinforcements to Deraa city": a place a modal verb's clause
        names, with no event word after the modal, is what may come, not where it happened."""
        modal = max((i for i in range(p.start) if tokens[i].key in MODALS), default=None)
        return modal is not None and not any(modal < c.pos < p.start for c in cues) \
            and not any(t.text in (",", ";", "،") for t in tokens[modal : p.start])

    @staticmethod
    def _attribution(tokens: list[Token], p: Place, statement: list[int], cues: list[EventCue]) -> bool:
        """", a medic in Tal Tamr said", "a resident of X told us", "said a shopkeeper in Idlib's al-Qusour street":
        the closing clause names who spoke and where he is, with no event of its own."""
        comma = max((i for i in range(p.start) if tokens[i].text in COMMAS), default=None)
        if comma is None or p.start - comma > 7:
            return False
        verb = next((v for v in statement if p.end <= v <= p.end + 1), None)
        if verb is None:  # "..., said a shopkeeper in X": the verb opens the clause, a speaker follows it
            verb = next((k for k in range(comma + 1, p.start) if tokens[k].is_word), p.start)  # past a closing quote
            verb = verb if verb + 1 < p.start and tokens[verb].key in STATEMENT and tokens[verb + 1].key in ("a", "an") else None
            return verb is not None and any(t.key in SPEAKER_AT for t in tokens[verb + 2 : p.start]) \
                and not any(comma < c.pos < p.end for c in cues)
        return tokens[p.start - 1].key in SPEAKER_AT and not any(comma < c.pos < verb for c in cues)

    @staticmethod
    def _list_of(places: list[Place], last: Place) -> list[Place]:
        """The list a place closes ("حيي الصاخور والشعار"): its head and every name joined to it."""
        head = last.joined_to if last.joined_to is not None else places.index(last)
        return [p for i, p in enumerate(places) if i == head or p.joined_to == head]

    def _bare_unit(self, place: Place) -> bool:
        """A governorate's name with no designator ("in Idlib"): the province when a place inside it is named."""
        unit = self.unit(place) if place.kind is None else None
        return unit is not None and unit.level == "governorate" and place.match.level == "town"

    def _around(self, city: Match) -> Match:
        """Where a city's suburbs lie: its governorate, or Rural Damascus around the capital."""
        return (self._resolve("Rural Damascus", "governorate", None) if city.admin1_pcode == "SY01" else None) or city

    def _capital_of(self, place: Place) -> bool:
        """Does the place name a governorate's capital (Homs, Damascus), the city its quarters and suburbs are told of?"""
        return place.match is not None and (self._resolve(place.text, "governorate", None) is not None
                                            or place.text.lower().endswith("capital"))  # "the capital": Damascus

    def unit(self, place: Place) -> Match | None:
        """The governorate, district or named region (Ghouta, Ghab) a place names (a governorate capital's name names
        its governorate)."""
        m = place.match
        if m is None:
            return None
        if m.level in ("governorate", "district", "region") or place.kind in ("region", "governorate"):
            return m
        return self._resolve(m.name_en if place.text.lower().endswith("capital") else place.text, "governorate", None)

    def apply_context(self, tokens: list[Token], places: list[Place], governorate: Match | None,
                       cues: list[EventCue]) -> None:
        """Places that only say where another place is become its context (and give it a hint)."""
        self._next_to(tokens, places)
        self._framing(tokens, places, cues)
        self._landmarks(tokens, places, cues)
        if governorate is not None:
            for p in places:
                if p.role == "target" and p.hint is None and p.match is not None and not self._bare_unit(p) and (
                    p.match.admin1_pcode != governorate.admin1_pcode
                    and (self._resolve(p.text, p.kind, governorate.admin1_pcode) is not None or self._far_guess(p, governorate)
                         or len(self._namesakes(p.text)) > 1)
                ):
                    p.hint = governorate  # a known name also found there, a loose guess far from the report's area, or
                    # a name of villages in several other governorates (المنصورة in a report on Aleppo: Aleppo's, unknown)
                elif p.role == "target" and p.match is None and p.hint is not None and p.hint.level not in (
                        "governorate", "district") and p.hint.admin1_pcode != governorate.admin1_pcode and distance_km(
                        p.hint.lat, p.hint.lon, governorate.lat, governorate.lon) > FAR_KM \
                        and not any(q is not p and q.match is p.hint for q in places):  # (not "X, west of Y": told)
                    p.hint = governorate  # "حي جورة الشياح" near a same-named quarter at the other end of the country
                elif p.role == "target" and p.match is None and p.hint is None and p.kind == "neighbourhood" \
                        and self._resolve(p.text, p.kind, governorate.admin1_pcode) is not None:
                    p.hint = governorate  # "in the al-Zahraa neighborhood" after "a car bomb exploded in Homs": a quarter
                    # of several cities' names, told in a report on one governorate, is that governorate's
        for p in places:
            if p.role == "target" and p.hint is not None and (p.match is None or p.match.admin1_pcode != p.hint.admin1_pcode) \
                    and not _beside(p.match, p.hint):
                p.match = self._resolve(p.text, p.kind, p.hint.admin1_pcode)  # none there: unknown, not elsewhere

    def _far_guess(self, place: Place, governorate: Match) -> bool:
        """Did only a looser tier (a same-name village, a close spelling) place it, far from the report's governorate?"""
        m = place.match
        return self._resolve(place.text, None, None) is None and distance_km(m.lat, m.lon, governorate.lat, governorate.lon) > FAR_KM

    @staticmethod
    def _site_names(tokens: list[Token], places: list[Place]) -> None:
        """"near the bridge of al-Asharah in the village of Daranj": the name a site is called by, told in the
        village it stands in, is a detail of that village, not a place of its own."""
        targets = [p for p in places if p.role == "target"]
        for a, b in zip(targets, targets[1:]):
            named = [t.key for t in tokens[max(0, a.start - 3) : a.start]]
            gap = [t.key for t in tokens[a.end : b.start]]
            if len(named) == 3 and named[0] == "the" and named[1] in SITE_NOUNS and named[2] == "of" \
                    and gap[:1] == ["in"] and len(gap) <= 4 and b.kind in ("village", "town", "city", "neighbourhood"):
                a.role = "site name"

    @staticmethod
    def _landmarks(tokens: list[Token], places: list[Place], cues: list[EventCue]) -> None:
        """"… مدينة دوما، آخر معقل للمعارضة قرب دمشق", "X, a town near Y": a place given only as a reference point."""
        targets = [p for p in places if p.role == "target"]
        for a, b in zip(targets, targets[1:]):
            introduced = any(t.key in NEAR for t in tokens[max(a.end, b.start - 2) : b.start]) or _apposed_part(tokens, a, b)
            added = any(t.key in ADDITIVE for t in tokens[a.end : b.start])  # "as well as a station near X"
            if introduced and not added and not any(a.end <= c.pos < b.start for c in cues):
                b.role = "context"

    def _next_to(self, tokens: list[Token], places: list[Place]) -> None:
        """"X في محافظة Y", "X in Y province", "قرية X قرب مدينة Y", "X in Y": Y right after X locates X."""
        targets = [p for p in places if p.role == "target"]
        owners = {k for p in places if p.role == "context" and p.text.replace("’", "'").endswith("'s")
                  for k in range(p.start, p.end)}  # "in Efrîn Canton's Sherawa district": the owner is part of the place
        for a, b in zip(targets, targets[1:]):
            gap = _past_a_bearing([t for k, t in enumerate(tokens[a.end : b.start], a.end) if k not in owners
                                   and not (k == a.end and t.key in VILLAGE_WORDS)])  # ("X village in")
            if len(gap) > 4 or b.joined_to is not None or not all(
                t.key in CONNECTORS or t.key in NEAR or t.key in LOCATED or t.stem in CONNECTORS or not t.is_word
                or t.stem == AREA and t.key[:1] != "و" for t in gap  # "بلدة X في منطقة Y" (not "قرية X ومنطقة Y": a list)
            ):
                continue
            unit = self.unit(b)
            if unit is None and any(t.key[:1] != "و" and t.stem in LOCATING_UNITS for t in gap):
                b.role = "context"  # "بقرية تل جمال بريف مدينة ديرك", "قرية السلماسة في ناحية تل تمر": Y's countryside or
                for p in self._list_of(places, a):  # subdistrict only says where X is
                    p.hint = p.hint or (b.match if a.match is None else None)
                continue
            listed = all(t.key in JOINERS for t in gap) if gap else tokens[b.start].key[:1] == "و"
            if unit is None and listed:
                continue  # "al-Habit, Kafr Ain, Hish": a list of places, not one placing the other
            near = any(t.key in NEAR for t in gap)
            if near and a.match is not None and b.match is not None and b.match.level == "town" and not _beside(a.match, b.match):
                for p in self._list_of(places, a):  # "قرية X قرب الميادين": not a namesake of X in another governorate
                    p.match, p.hint = self._resolve(p.text, p.kind, b.match.admin1_pcode), b.match
            area = (a.kind in ("village", "town") or tokens[a.end].key in VILLAGE_WORDS) and b.end < len(tokens) \
                and tokens[b.end].key in AREA_NOUNS  # ("X village, located in the Y district", "X locality in Y municipality")
            inside = [t.key for t in gap if t.is_word and t.key not in LOCATED and not (area and t.key == "the")] in (
                ["in"], [word_key("في")])
            if inside and (b.kind == "named" or area) or (
                inside and a.match is not None and b.match is not None and unit is None
                and (b.match.level != "town" or a.kind in STRONG)
            ):
                b.role = "context"
                if unit is not None and (a.match is None or a.match.admin1_pcode != unit.admin1_pcode):
                    for p in self._list_of(places, a):  # "the village of al-Qara in Western Hasaka": not Qarah elsewhere
                        p.hint = p.hint or unit  # (and an unknown village there lies in it)
            elif a.match is None and b.match is not None and (near or a.kind in ("neighbourhood", "front") or unit is None):
                b.role = "context"  # an unknown village near or in a known place: placed near it
                for p in self._list_of(places, a):
                    p.hint = b.match
            elif unit and (a.match is None or a.match.geo_precision < 3):
                b.role = "context"
                for p in self._list_of(places, a):  # "قرية بيدر شمسو بريف إدلب": not near Aleppo's Buidr
                    if p is a or not _own_city(p):  # "مدينة طرطوس ومدينة جبلة بريف اللاذقية": Jableh's countryside
                        p.hint = p.hint if p.hint is not None and p.hint.admin1_pcode == unit.admin1_pcode else unit

    def _framing(self, tokens: list[Token], places: list[Place], cues: list[EventCue]) -> None:
        """"في ريف إدلب، قصفت ... بلدة X", "in Idlib ... Maarat al-Numan", "حي X ... مدينة حلب": a region, bare
        governorate name or town anywhere in the sentence frames the places inside it, unless the text adds
        it as a target of its own ("إضافة إلى", "as well as") or each is told with an event of its own ("Shells
        target A and clashes in the countryside of Hama")."""
        targets = [p for p in places if p.role == "target"]
        additive = [0]  # additive words before each token: "between a and b" is one subtraction
        for t in tokens:
            additive.append(additive[-1] + (t.key in ADDITIVE))
        for a in targets:
            if a.role != "target" or a.match is None or a.kind in ("neighbourhood", "village", "town"):
                continue  # a named quarter, "the town of X", "the village of X" frame nothing
            named_region = a.match.level == "region"  # "البارة بمنطقة جبل الزاوية": a plain, a mountain range
            region = (a.coarse or named_region or self._bare_unit(a)) and a.kind not in STRONG
            town = a.match.level == "town"
            for b in (b for b in targets if b is not a and b.role == "target" and (region or town)):
                lo, hi = sorted((a.start, b.start))
                if additive[hi] > additive[lo]:
                    continue
                first = a if a.start == lo else b
                if any(first.end <= c.pos < hi for c in cues) and any(c.pos < lo for c in cues):
                    continue  # two events of one headline, each with its place
                known = b.match or b.hint
                if region and not named_region and self._bare_unit(a) and b.match is not None and b.match.level == "region" \
                        and self._contains(b.match, a.match):
                    continue  # "قرب الحسكة في منطقة الجزيرة السورية": a region holding the capital itself is no part of
                    # the province the bare name may mean, the city inside it is (not Idlib beside Jabal al-Zawiya)
                if named_region and b.start > a.start:
                    continue  # a named region frames the places it locates, told before it ("البارة بمنطقة جبل الزاوية");
                    # told first ("strikes killed 14 in Eastern Ghouta, including six in A") it keeps what they leave
                inside = known is not None and (self._contains(a.match, known) if named_region
                                                else known.admin1_pcode == a.match.admin1_pcode)
                if town and b.kind == "neighbourhood" and (b.match is None or self._quarter_there(b, a.match)) or region and (
                    inside and (not b.coarse or b.kind in STRONG) and (named_region or not self._bare_unit(b))
                    or b.match is None and b.kind in STRONG and b.hint is None
                ):
                    a.role = "context"
                    b.hint = b.hint or a.match

    def _quarter_there(self, quarter: Place, town: Match) -> bool:
        """Is the quarter the text designates ("حي الزهراء") one the gazetteer knows in the town's governorate, while
        its bare name matched a place elsewhere (Aleppo's village of al-Zahraa in a sentence on Homs)?"""
        return quarter.match.admin1_pcode != town.admin1_pcode and self._resolve(
            quarter.text, quarter.kind, town.admin1_pcode) is not None


def _in_a_neighbour(tokens: list[Token], end: int) -> bool:
    """Does the clause go on, within a few words of an unknown name, to set it in a neighbouring country ("the towns
    of X and Y in Iraq", "in X and other parts of Iraq's Nineveh province", "X وY في العراق")?"""
    for k in range(end, min(end + NEIGHBOUR_REACH, len(tokens))):
        if tokens[k].text in CLAUSE_MARKS:
            return False
        country = tokens[k].key.removesuffix("'s").removesuffix("’s")
        if k > end and tokens[k - 1].key in IN_OR_OF and (country in NEIGHBOURS or tokens[k].stem in NEIGHBOURS):
            return True
    return False


def _past_a_bearing(gap: list[Token]) -> list[Token]:
    """"قرية X جنوب قرية Y بريف إدلب": what follows a bearing from a village that is no place of the sentence (the
    governorate after it still locates X); the whole gap otherwise."""
    turn = int(len(gap) >= 4 and gap[1].key in DIRECTIONS)  # "جنوب غربي قرية Y": a bearing of two words
    if len(gap) >= 3 + turn and gap[0].key in DIRECTIONS and designator(gap[1 + turn]) is not None and gap[2 + turn].is_word:
        return gap[3 + turn :]
    return gap


def _words_back(tokens: list[Token], start: int, words: int, floor: int) -> int:
    """Where a window of `words` tokens before `start` begins, quotes not counted ("المتمركزة في «حاجز X» قرب بلدة Y")."""
    k = start
    while k > floor and words:
        k -= 1
        words -= tokens[k].text not in QUOTES
    return k


def _from_list(tokens: list[Token], head: Place) -> bool:
    """"من قريتي X وY", "من مواقعها في X وY": a list that opens with where the fire came from."""
    before = [t.key for t in tokens[max(0, head.start - 3) : head.start]]
    if before[-2:-1] == [AR_FROM] and before[-1] in FIRING_SITES:
        return True
    return len(before) == 3 and before[0] == AR_FROM and before[2] == word_key("في") and (
        before[1] in FIRING_POSITIONS or stems(before[1])[-1] in FIRING_POSITIONS)


def _after_in(tokens: list[Token], p: Place) -> bool:
    """Is the place told after "في" (its designators between): "المتواجدة في قرى وبلدات X"."""
    k = p.start - 1
    while k >= 0 and (not tokens[k].is_word or designator(tokens[k])):
        k -= 1
    return k >= 0 and tokens[k].key == word_key("في")


def _stationed_in(tokens: list[Token], p: Place) -> bool:
    """"المتمركزة في مدينتي X وY", "المتمركزة في «حاجز X»": the place is where the firing force stands (not "قصفت من
    قواعدها المتمركزة خلف الحدود قريتي X وY", where the villages are what was hit)."""
    k = p.start - 1
    while k >= 0 and (not tokens[k].is_word or designator(tokens[k])):
        k -= 1
    return k >= 1 and tokens[k].key == word_key("في") and tokens[k - 1].stem in FIRING_FROM


RESPONSE_AR = key_set("ردا انتقاما ثأرا")  # "ردًا على", "انتقامًا لـ": in answer to
RESPONSE_REACH = 12  # words from "ردًا على" to a place of the event it answers, within one clause


def _answered(tokens: list[Token], start: int) -> bool:
    """"ردًا على المجازر التي ينفذها النظام بحق المدنيين في حلب", "رداً على قصف الطيران لمدينة حلب": a place in
    the clause that says what an attack answers is where the earlier event was, not the attack's place."""
    for k in range(start - 1, max(-1, start - RESPONSE_REACH), -1):
        if tokens[k].text in CLAUSE_MARKS or tokens[k].text in ".!?؟":
            return False
        if tokens[k].key in RESPONSE_AR and k + 1 < start and (
                tokens[k + 1].key == word_key("على") or tokens[k + 1].key[:1] == "ل"):
            return True
    return False


def _origin_ar(window: list[Token]) -> bool:
    """"من النازحين من مدينة X", "مهجرو غوطة دمشق", "ينحدران من قرية X", "وهو نازح من مدينة X", "وهم من قرية X":
    where people come from, not where it happened (an origin word, then only من or a designator before the name)."""
    if ORIGIN_AR.isdisjoint(map(STEM, window)) and ORIGIN_AR.isdisjoint(map(KEY, window)) \
            and ORIGIN_PRONOUNS.isdisjoint(map(KEY, window)):
        return False  # (most windows: no origin word, found at C speed; a word test added below goes here too)
    keys = [t.stem for t in window]
    at = next((k for k in range(len(keys) - 1, -1, -1) if keys[k] in ORIGIN_AR or window[k].key in ORIGIN_AR
               or window[k].key in ORIGIN_PRONOUNS and k + 1 < len(window) and window[k + 1].key == AR_FROM), None)
    if at is None:
        return False
    if all(window[k].key == AR_FROM or designator(window[k]) for k in range(at + 1, len(window))):
        return True
    return at + 2 < len(window) and window[-1].key[:1] == "ب" and designator(window[-1]) is not None and all(
        name_word_ar(window[k]) for k in range(at + 1, len(window) - 1))  # "من نازحي سهل الغاب بريف حماة": where the origin lies


PART_NOUNS = frozenset("suburb suburbs district quarter neighbourhood neighborhood outskirts".split())


def _apposed_part(tokens: list[Token], a: Place, b: Place) -> bool:
    """"near Jaramana, a suburb of the capital": the place after the apposition only says where the first lies."""
    gap = [t.key for t in tokens[a.end : b.start]]
    return len(gap) in (4, 5) and gap[0] == "," and gap[1] in ("a", "an", "the") and gap[2] in PART_NOUNS \
        and gap[3] == "of" and gap[4:] in ([], ["the"])


def _positions(tokens: list[Token], words: frozenset[str]) -> list[int]:
    """Where the sentence has a word of `words` (by key or stem); most sentences have none, which a C-level test of
    their keys and stems tells before any token is looked at in Python."""
    if words.isdisjoint(map(KEY, tokens)) and words.isdisjoint(map(STEM, tokens)):
        return []
    return [i for i, t in enumerate(tokens) if t.key in words or t.stem in words]


def _taken_words(window: list[Token]) -> set[str]:
    """The stems of a window, without a carrying verb that relays words ("ونقل المراسل أن ...", "نقلت عن مصادر") or
    a noun of purpose after ل ("صهريجاً لنقل المياه": a tanker carrying water): only the wounded carried somewhere make
    their town a destination."""
    out = {t.stem for t in window if not (t.key[:1] == "ل" and t.key[1:] == t.stem)}  # not "صهريج لنقل المياه": a purpose
    relayed = {t.stem for n, t in enumerate(window) if t.stem in TAKEN_TO and any(
        u.key in CONTENT or u.key in REPORTERS for u in window[n + 1 : n + 3])}
    return out - relayed


LEADING = key_set("المتجهة المتجه المؤدية المؤدي الذاهبة leading")


REPORTERS_EN = frozenset("reporter reporters correspondent photographer journalist".split())


def _reporter_at(tokens: list[Token], p: Place) -> bool:
    """"وقال مراسل الجزيرة في درعا إن ...", "according to an AP reporter in X": where a correspondent is posted, not
    where it happened."""
    if p.start < 2 or tokens[p.start - 1].key not in (word_key("في"), "in"):
        return False
    return any(t.stem in REPORTERS or t.key in REPORTERS_EN for t in tokens[max(0, p.start - 4) : p.start - 1])


def _beside(match: Match | None, town: Match) -> bool:
    """Does the place found lie beside the town (or small governorate) the text puts it near, across a governorate line ("the Eastern
    Ghouta area near Damascus": Rural Damascus around the capital)?"""
    return match is not None and town.level in ("town", "governorate") and distance_km(match.lat, match.lon, town.lat, town.lon) <= BESIDE_KM


def _own_city(p: Place) -> bool:
    """A known town told as "مدينة X": a city the reader knows, which a countryside named after a later member of its
    list does not move."""
    return p.kind == "city" and p.match is not None and p.match.level == "town"
