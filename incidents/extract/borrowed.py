"""A town's name that names something else in the sentence: a council, a news outlet or a security branch, a school,
a mosque or a street, a fighter, or the state ("Damascus government forces"). Such a place is never where the event
happened: Roles.mark_roles asks borrowed_role() before any other role.

Why a module: these tests read only the words around one place (and, for a street, the places after it); they
share none of the roles' other state, and roles.py was past one read.
"""
from __future__ import annotations

from .place_words import QUOTES, UNIT_NOUNS
from .references import BELONGING
from .spans import Place, designator
from .text import CLAUSE_MARKS, KEY, STEM, Token, key_set, stems, word_key

NAMED_BUILDINGS_AR = key_set("مدرسة مدارس جامع مسجد")  # not candidates.INSTITUTIONS_AR (the town of a market, a post)
GOVERNMENT_NOUNS = frozenset("government regime authorities forces troops army administration".split())
GOVERNMENT_AR = key_set("حكومة")  # "قوات حكومة دمشق": the government of Damascus, the state
NOT_AGENT = UNIT_NOUNS | frozenset("airport city suburbs outskirts".split())  # "by Damascus airport": a place
OUTLETS = key_set("شبكة موقع صفحة منصة وكالة إذاعة قناة network page")
REPORTERS_OF = key_set("مراسل مراسلة قناة شبكة موقع وكالة")  # "مراسل “X Y”": the outlet a reporter works for
SECURITY_BODIES = key_set("شرطة الشرطة الأمن فرع لفرع للأمن للشرطة مجموعة")  # a police or security branch, a group
MEMBERSHIP = BELONGING | key_set("تابعة تابع قائد رئيس نائب مدير")  # belonging to it, or commanding it
BRANCH_REACH = 7  # words from the branch's member to the place its name holds
STREETS = key_set("دوار ساحة شارع طريق")
IN_TOWN = key_set("بمدينة ببلدة بحي")
STREETS_EN = frozenset("street road avenue square roundabout".split())
ROSTER = key_set("هم وهم هما وهما أسماؤهم وأسماؤهم")  # "الضحايا هم:": the names of the dead follow
CITY_WORDS = frozenset("city centre center downtown".split())
LANDMARKS_EN = STREETS_EN | {"market"}
NAMED_SITES_EN = frozenset("street avenue square roundabout park".split())
PEOPLE_PLURAL = frozenset("fighters members soldiers civilians men women children people victims commanders "
                          "leaders officers brothers sons".split())


def borrowed_role(tokens: list[Token], p: Place, places: list[Place]) -> str | None:
    """The role of a place whose name stands for something else, else None: "unit name" (a council, an outlet, a
    security branch, a school or mosque, a street or landmark named after a town), "government" (the capital for the
    state), "person" (a fighter's nom de guerre); the first that applies, in this order."""
    if _council(tokens, p) or _outlet(tokens, p) or _branch_of(tokens, p):
        return "unit name"  # "مقاتلان من مجلس منبج العسكري", "the Manbij Military Council": a force, not a place
    if _capital_for_government(tokens, p):
        return "government"  # "Damascus government forces", "an operation by Damascus": the state, not the city
    if _named_people(tokens, p) or _roster(tokens, p):
        return "person"  # "three of its fighters, Hozan Qamishlo, Gule Halab, and Amed Afrin": noms de guerre
    if p.start and tokens[p.start - 1].stem in NAMED_BUILDINGS_AR:
        return "unit name"  # "قرب مركز البريد ومدرسة الثورة": a school's or a mosque's name, not a town
    if p.start and tokens[p.start - 1].stem in STREETS and _located_in_town(tokens, p.end) \
            or _street_in_city(tokens, p.end) or _landmark_named(tokens, p) or _street_in_place(tokens, p, places):
        return "unit name"  # "قرب دوار بصرى بمدينة درعا", "on Raju street in the city centre": a roundabout or
        # street named after a town, in another town
    return None


def _council(tokens: list[Token], p: Place) -> bool:
    """Is the place the name of a council ("مجلس منبج العسكري", "Deir Ezzor Military Council")?"""
    after = [t.key for t in tokens[p.end : p.end + 2]]
    return p.start > 0 and tokens[p.start - 1].key == word_key("مجلس") or after[:1] == ["council"] \
        or after == ["military", "council"]


def _outlet(tokens: list[Token], p: Place) -> bool:
    """"شبكة «السويداء 24»", "صفحة درعا 24": a town's name and a number is a news outlet, not a place of the event;
    so is a quoted name of a town and a word after a reporter ('مراسل “حلب اليوم” في حمص': a channel)."""
    if p.start > 1 and tokens[p.start - 1].text in QUOTES and tokens[p.start - 2].stem in REPORTERS_OF \
            and p.end + 1 < len(tokens) and tokens[p.end].is_word and tokens[p.end + 1].text in QUOTES:
        return True
    if p.end >= len(tokens) or not tokens[p.end].text.isdigit() or not p.start:
        return False
    before = tokens[p.start - 1]
    return before.text in QUOTES or before.stem in OUTLETS


def _branch_of(tokens: list[Token], p: Place) -> bool:
    """"رئيس قسم التابع لفرع الشرطة العسكرية في منطقة أعزاز", "نائب قائد الشرطة العسكرية شمال حلب", "أحد القياديين
    في مجموعة تابعة للأمن العسكري في درعا": a town in the name of the branch someone belongs to or commands says
    which branch it is, not where the event was."""
    start = max(0, p.start - BRANCH_REACH)
    window = tokens[start : p.start]
    if SECURITY_BODIES.isdisjoint(map(KEY, window)) and SECURITY_BODIES.isdisjoint(map(STEM, window)):
        return False  # (most places: no body named before them, found at C speed; the same words as below)
    body = next((k for k in range(p.start - 1, start - 1, -1) if tokens[k].key in SECURITY_BODIES
                 or tokens[k].stem in SECURITY_BODIES), None)
    if body is None or any(t.text in CLAUSE_MARKS for t in tokens[body : p.start]):
        return False
    return any(t.stem in MEMBERSHIP for t in tokens[max(0, body - 3) : body + 2])


def _capital_for_government(tokens: list[Token], p: Place) -> bool:
    """"a checkpoint of the Damascus government forces", "an operation by Damascus aimed at ...", "قوات حكومة دمشق":
    the capital's name standing for the state (before a word for a government or its forces, as the agent after
    "by", or after the word government)."""
    if p.match is None or p.end - p.start != 1 or p.match.name_en != "Damascus" or p.kind is not None:
        return False
    after = tokens[p.end].key if p.end < len(tokens) else ""
    before = tokens[p.start - 1].key if p.start > 0 else ""
    return after in GOVERNMENT_NOUNS or before == "by" and after not in NOT_AGENT or stems(before)[-1] in GOVERNMENT_AR


def _named_people(tokens: list[Token], p: Place) -> bool:
    """Is the place's name one of a list of names in apposition to people ("three of its fighters, A B, C D, and
    E Afrin"): a person's name (fighters go by their towns' names), not a place?"""
    k = p.start - 1
    while k > 0 and (tokens[k].text == "," or tokens[k].key == "and" or tokens[k].text[:1].isupper() and tokens[k].is_word):
        if tokens[k].text == "," and tokens[k - 1].key in PEOPLE_PLURAL:
            return k < p.start - 1
        k -= 1
    return False


def _roster(tokens: list[Token], p: Place) -> bool:
    """"الضحايا هم: (محمد X الشيخ، Y ...)", "وهم: A B، C D": a name no designator announces, inside the roster of the
    dead that "هم:" opens, is a family name, not a place ("الشيخ", "الحلبي" are names and places alike)."""
    if p.kind is not None:
        return False  # "وهم من قرية X": a designated place is told as one
    return any(t.key in ROSTER and tokens[k + 1].text == ":" for k, t in enumerate(tokens[: p.start - 1]))


def _located_in_town(tokens: list[Token], end: int) -> bool:
    """Does a town designator follow ("... بمدينة X", "في مدينة X"): the street or square lies in that town?"""
    if end >= len(tokens):
        return False
    return tokens[end].key in IN_TOWN or tokens[end].key == word_key("في") and end + 1 < len(tokens) \
        and designator(tokens[end + 1]) is not None


def _street_in_city(tokens: list[Token], end: int) -> bool:
    """"on Raju street in the city centre", "at Tadmur Square in the city of X": a street named after a town, which
    the text places in a city (its name, "the city", "the centre")."""
    after = [t.key for t in tokens[end : end + 4]]
    return len(after) == 4 and after[0] in STREETS_EN and after[1:3] == ["in", "the"] and after[3] in CITY_WORDS


def _landmark_named(tokens: list[Token], p: Place) -> bool:
    """"in the al-Hal market", "near the Raju roundabout": a market or street the text calls by its name (often a
    town's), not that town."""
    return p.start > 0 and tokens[p.start - 1].key == "the" and p.end < len(tokens) and tokens[p.end].key in LANDMARKS_EN


def _street_in_place(tokens: list[Token], p: Place, places: list[Place]) -> bool:
    """"al-Thawra street in the al-Mazraa district", "Al Tayba roundabout in Al Mayadin", "Tal Abyad street, Raqqa
    city", "al-Sofania Park in Bab Tuma": a street, square or park the text calls by a name (often a town's) and
    places in another named place is a detail of that place, not the town."""
    k = p.end + (p.end < len(tokens) and tokens[p.end].key in NAMED_SITES_EN)
    if k == p.end and tokens[p.end - 1].key not in NAMED_SITES_EN or k >= len(tokens) or tokens[k].key not in ("in", ","):
        return False
    return any(k < q.start <= k + 4 for q in places)  # ("in the town of X")
