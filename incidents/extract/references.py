"""Places a sentence names only to say where another lies ("on the Deir Ezzor – Palmyra road near Kabajeb", "the
desert between Homs, Hama and Raqqa", "X, 5 km north of Y"): the ends of a road, the corners of an area, the town a
direction or distance is taken from are references, not where the event happened."""
from __future__ import annotations

from gazetteer.core import distance_km

from .place_words import DIRECTIONS, EN_BEFORE, EXTENT
from .spans import Place, designator
from .text import CLAUSE_MARKS, Token, key_set, word_key

EN_DESIGNATORS = frozenset(EN_BEFORE)
ROADS = key_set("road highway motorway route طريق الطريق أوتوستراد اوتوستراد")
VILLAGE_WORDS = frozenset("village town locality".split())  # a designator after the name: "X village in Y district"
BESIDE_KM = 30.0  # a place found this close to the town a direction is taken from is the one meant (Jisreen by Damascus)
PLACE_NOUNS = frozenset("villages hamlets towns farms village hamlet town positions".split())
BELONGING = key_set("التابعة التابع التابعتين التابعين تتبع يتبع")
SUBDISTRICT_AR = key_set("بناحية لناحية")
BETWEEN = key_set("between بين")
BEARINGS = DIRECTIONS | frozenset("north-west north-east south-west south-east northwest northeast southwest southeast".split())
COMPASS = BEARINGS | frozenset("of the a an some about around nearly border area areas , ، also km kilometres kilometers capital syria's كم كلم كيلومتر كيلومترات".split())
DISTANCE_CLAUSE = frozenset("which that is lies lie lying located situated miles mile".split()) | key_set(
    "الواقعة الواقع تقع يقع")  # "بلدة X الواقعة شمال مدينة Y": where X lies, taken from Y
PEOPLE_FROM = frozenset({"origin", "firing position"})  # roles a bearing's town shares with the place it locates
KILOMETRES = frozenset("km kms kilometres kilometers كم كلم كيلومتر كيلومترات".split())
PAIR_WORDS = frozenset("and the of al".split())


def reference_points(tokens: list[Token], places: list[Place]) -> None:
    """"on the Deir Ezzor – Palmyra road near Kabajeb", "the desert between Homs, Hama and Raqqa", "X, north of
    Y": the ends of a road, the corners of an area and a place a direction is taken from only say where the place
    is, when the sentence names another one."""
    marked = []
    road_ends = 0  # how many of the marked are the ends of a road
    seconds = 0  # how many of the marked are the second place of a "between A and B" of two names
    for n, p in enumerate(places):
        if p.role != "target":
            continue  # (every test below is of a target: a place with another role keeps it)
        after = {t.key for t in tokens[p.end : p.end + 3]}
        road = bool(after & ROADS) and not any(t.is_word and t.key not in ROADS for t in tokens[p.end : p.end + 1])
        ends = road or bool(p.start) and tokens[p.start - 1].key in ROADS
        head_place = places[p.joined_to] if p.joined_to is not None else p
        between = _after_between(tokens, head_place) and (p.joined_to is not None or any(q.joined_to == n for q in places))
        # (not "between IS and the army in A and B")
        paired = n and _between_pair(tokens, places[n - 1], p)  # "between the coastal city of A and city of B"
        between = between or paired or n + 1 < len(places) and _between_pair(tokens, p, places[n + 1])
        seconds += paired and places[n - 1].role == "target"
        gap = tokens[places[n - 1].end : p.start] if n else []
        in_at = max((k for k, t in enumerate(gap) if t.key == word_key("في")), default=None)
        beside = n and places[n - 1].role == "target" and (_direction_of(gap) or in_at is not None and in_at < len(gap) - 1
                                                           and _direction_of(gap[in_at + 1 :]))
        # "قرية الصالحية الخاضعة لسيطرة التنظيم في شمال مدينة دير الزور": the city a bearing is taken from
        bearing = _bearing_before(tokens, p.start)  # "villages west of Manbij, including A and B"
        bearing = bearing or any(t.stem in BELONGING for t in tokens[max(0, p.start - 3) : p.start]) or bool(
            n and places[n - 1].end == p.start - 1 and tokens[p.start - 1].key in SUBDISTRICT_AR)  # "X بناحية Y"
        # "قرية القيروان التابعة لبلدة تل حميس": the town the village belongs to says where it lies
        head = n if p.joined_to is None else p.joined_to
        corners = between and 1 + sum(q.joined_to == head for q in places) > 2
        if n and places[n - 1].role in PEOPLE_FROM and _direction_of(gap):
            p.role = places[n - 1].role  # "مدنيين من أبناء منطقة X شرقي Y": Y only locates where they come from
        elif any(t.key in EXTENT or t.stem in EXTENT for t in tokens[max(0, p.start - 8) : p.start]):
            p.role = "reference"  # "the desert, which extends from the outskirts of the capital, Damascus, to ..."
        elif corners:
            p.role = "reference"  # "the desert triangle between Homs, Hama and Raqqa": an area, none of its corners
        elif ends or between or beside or bearing:
            marked.append(p)  # "قرية تل حبش جنوب غربي مدينة عامودا", "al-Kawm, north of al-Sukhnah": Y places X
            road_ends += ends or between and any(t.key in ROADS for t in tokens[max(0, head_place.start - 3) : head_place.start])
    others = [q for q in places if q.role == "target" and q not in marked and not (
        seconds and q.start > marked[-1].end and _in_after(tokens[marked[-1].end : q.start]))]
    # ("between A village and B city in the eastern suburbs of Homs governorate": Homs only locates them)
    if marked and (road_ends == len(marked) > 1 or seconds and 2 * seconds == len(marked)) and not others:
        marked = marked[1:]  # "ambushed a convoy on the road between al-Sukhnah and Palmyra", "in the farmlands between
        # the villages of A and B": one spot, which the first name tells
    if any(q.role == "target" and q not in marked for q in places):  # the sentence names where it happened
        for p in marked:
            p.role = "reference"
            n = places.index(p)
            first = places[n - 1] if n else None
            gap = tokens[first.end : p.start] if first is not None else []
            if first is not None and p.match is not None and _direction_of(gap) and _kilometres(gap) <= BESIDE_KM and (
                    first.match is None or first.match.admin1_pcode != p.match.admin1_pcode and distance_km(
                        first.match.lat, first.match.lon, p.match.lat, p.match.lon) > BESIDE_KM):
                first.hint = first.hint or p.match  # the unknown village (or a far same-name one) lies near it


def _bearing_before(tokens: list[Token], start: int) -> bool:
    """"villages west of X", "hamlets south of the Islamic State-held town of X": places a direction from X names."""
    k = start - 1
    while k > 0 and (designator(tokens[k]) is not None or tokens[k].key in EN_DESIGNATORS or tokens[k].key == "the"
                     or tokens[k].key.rpartition("-")[2] in ("held", "controlled")):
        k -= 1
    return k > 1 and tokens[k].key == "of" and tokens[k - 1].key in BEARINGS and tokens[k - 2].key in PLACE_NOUNS


def _direction_of(gap: list[Token]) -> bool:
    """Is the text between two places a direction from the second ("جنوب غربي مدينة", ", north of the town of",
    ", which lies around 160 km (100 miles) north of", ", which is located 30km southeast of": a distance from it)?"""
    words = [t for t in gap if t.is_word and t.key not in COMPASS and not t.key.isdigit() and designator(t) is None
             and t.key not in EN_DESIGNATORS and t.key not in DISTANCE_CLAUSE and not _distance(t.key)]
    return not words and any(t.key in BEARINGS for t in gap)  # "(15 كم غرب مدينة حلب)", "east of the capital Damascus"


def _distance(key: str) -> bool:
    """A figure glued to its unit: "30km", "25kms"."""
    digits = key.rstrip("kms")
    return digits.isdigit() and key[len(digits):] in ("km", "kms")


def _kilometres(gap: list[Token]) -> float:
    """The distance a direction tells in kilometres ("160 km (100 miles) north of", "30km southeast of"), 0 if none."""
    for k, t in enumerate(gap):
        if _distance(t.key):
            return float(t.key.rstrip("kms"))
        if t.key.isdigit() and k + 1 < len(gap) and gap[k + 1].key in KILOMETRES:
            return float(t.key)
    return 0.0


def _after_between(tokens: list[Token], p: Place) -> bool:
    """Does "between" / "بين" stand in the six words before the place, with no "in", "at", "on" after it?"""
    return any(t.key in BETWEEN for t in tokens[max(0, p.start - 6) : p.start]) and not any(
        t.key in ("in", "at", "on") or t.key in (word_key("في"), word_key("على")) for t in tokens[max(0, p.start - 3) : p.start])


def _between_pair(tokens: list[Token], a: Place, b: Place) -> bool:
    """"between the coastal city of Latakia and city of Aleppo", "between Rawd al Wahsh village and al Sekhna city":
    two names after "between", parted by "and" and their designators only (an English list its designators keep
    from being joined)."""
    gap = tokens[a.end : b.start]
    return _after_between(tokens, a) and any(t.key == "and" for t in gap) and len(gap) <= 5 and all(
        t.key in PAIR_WORDS or t.key in EN_DESIGNATORS or t.key in VILLAGE_WORDS or designator(t) is not None for t in gap)


def _in_after(gap: list[Token]) -> bool:
    """Is what follows a place a locating "in ..." phrase ("city in the eastern suburbs of"), no clause between?"""
    return len(gap) <= 8 and any(t.key == "in" for t in gap) and not any(t.text in CLAUSE_MARKS or t.text == "," for t in gap)
