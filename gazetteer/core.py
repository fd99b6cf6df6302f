"""The Gazetteer: an index of entries by match key, resolving names to ranked Match candidates."""
from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from operator import itemgetter
from dataclasses import replace
from pathlib import Path
from typing import TypeVar

from rapidfuzz import fuzz, process

from gazetteer import settings
from gazetteer import admin
from gazetteer.bars import AMBIGUOUS_KM, AMBIGUOUS_SCORE_GAP, CONFIDENT_SCORE, HINTED_SCORE, distance_km
from gazetteer.builtin import GED_PLACES, TOWN_WEIGHT, admin_units, builtin_entries, builtin_keys
from gazetteer.context import Contexts
from gazetteer.entry import PRECISION, Entry, entry_keys, ocha_quarter
from gazetteer.forms import asked_level
from gazetteer.indexes import INDEXES, Indexes, read_indexes
from gazetteer.learned import spellings
from gazetteer.match import Match, Ranked
from gazetteer.membership import Membership, unit_contains
from gazetteer.normalize import (REGION, article_count, article_words, block, camp_heads, city_part, compass_name, descriptive,
                                 desert_countryside, land_name,
                                 is_arabic, know_readings, parse, qualifier_stripped, road_part, says_camp, says_village,
                                 skeleton, unqualified, variants)
from gazetteer.translit import SHORT_VOWELS, alike_key, cross_skeletons, spelt_out, vowel_frames
from gazetteer.twins import DUPLICATE_KM, by_place, dedupe, same_place, twin_sets

FUZZY_CUTOFF = 88.0  # fuzz.ratio of keys; below this a spelling is another name
CROSS_CUTOFF = 70.0  # fuzz.ratio of romanised keys with the same consonant skeleton across scripts
SHORT_CROSS_CUTOFF = 85.0  # the same for a name of one consonant ("Al Alwa" علوة): its vowels must agree
CROSS_SCORE = 89.0  # the most a cross-script match scores: below CONFIDENT_SCORE, it needs a hint to answer
CROSS_SLOPE = 0.3  # score lost per point of romanised-spelling ratio below 100 (ratio CROSS_CUTOFF scores 80)
ARTICLE_PENALTY = 4.0  # a cross-script match whose name has another number of articles (al-Tuba for "Tuba")
LETTER_PENALTY = 4.0  # ...and one whose Arabic letters (long vowels, a final ة) the Latin spelling does not all write
SKELETON_CUTOFF = 70.0  # same consonants: accept a looser vowel spelling
MIN_FUZZY_LEN = 4  # keys shorter than this match exactly or not at all (across scripts: vowel frames alike)...
MIN_CROSS_LEN = 3  # ...and shorter than this not across scripts at all
SOURCE_RANK = {"places": 0, "builtin": 1, "ocha": 1, "geonames": 2, "osm": 4}  # whose point a place gets (datasets 3)
MEMO_SIZE = 100_000  # answers remembered
LIMIT = 5  # candidates answer() lists by default (the shipped answers hold as many)
LEVEL_ORDER = {"town": 0, "neighbourhood": 1, "landmark": 2, "subdistrict": 3, "governorate": 4, "district": 5,
               "country": 6, "locality": 7}
LOCALITY_CORROBORATED = 0.2  # a named spot answers only with another source or spot of its name nearby
_HINT_LEVELS = {"town": ("town", "neighbourhood", "landmark")}
_UNIT_CODES = {"district": "admin2_pcode", "subdistrict": "admin3_pcode"}  # the code a unit's places share
PROMINENCE_RATIO = 3.0  # a place this many times more prominent (population, capital, events) wins a tie
SINGLE_SIGHTING = 2.0  # prominence a village needs to answer its bare name (a village and one event at it is not enough)
# An OCHA city neighbourhood answers only in context (see _quarters_aside): a designator saying a quarter...
QUARTER_CONTEXT = ("neighbourhood", "district")  # ... ("حي X", "X neighbourhood/quarter/district"), its city named
QUARTER_CITIES = 2  # ...; a name this many cities give a quarter is a common word (الشهداء، تشرين، الحرية، القصور)
CONTEXT_SCORE = 75.0  # a quarter its name alone does not place is listed below every bar an answer needs
QUALIFIED_KM = 10.0  # villages a plain name may mean (X al-Shamaliya, X al-Janubiya) this close are one cluster...
QUALIFIED_SCORE = 85.0  # ...when spelt this closely (a cross-script match with at most one of its penalties)
T = TypeVar("T")


class Gazetteer:
    """Entries from layered sources, indexed for exact, skeleton and fuzzy lookup."""

    def __init__(self, entries: list[Entry], keys: list[list[str]] | None = None,
                 ocha_dir: Path | None = None, online=None, outlines: Path | None = None,
                 indexes: Path | None = None):
        self.entries = entries
        self._indexes_file = indexes  # gazetteer.indexes' file made for exactly these entries and keys, if any
        self.ocha_dir = ocha_dir
        self.online = online
        self.outlines = outlines  # Natural Earth outlines: with them reverse() answers None outside Syria
        self._index: dict[str, list[int]] = {}
        self._keys = keys
        self._place_weights: dict[int, float] = {}
        for i, entry in enumerate(entries):
            for key in keys[i] if keys is not None else entry_keys(entry):
                self._index.setdefault(key, []).append(i)
        self._exact_matches: dict[tuple[int, str], Match] = {}
        self._prominence = [_prominence(e, e.weight) for e in entries]  # sort-key tails, made once
        self._memo: dict[tuple, object] = {}  # the gazetteer never changes: answers can be reused
        self._units = {e.admin2_pcode if e.level == "district" else e.admin1_pcode: e
                       for e in admin_units() if e.level != "country"}
        self._country = next(e for e in admin_units() if e.level == "country")
        self._fill_admin_names()

    def _fuzzy_keys_by(self, group) -> dict[str, list[str]]:
        """The keys long enough for fuzzy matching (regions aside), grouped by `group(key)`."""
        out: dict[str, list[str]] = {}
        for key in self._index:
            if len(key) >= MIN_FUZZY_LEN and not key.startswith(REGION):
                out.setdefault(group(key), []).append(key)
        return out

    @cached_property
    def _shipped(self) -> Indexes | None:
        """The derived indexes read from the file made for these entries (None without one, or when it was made
        from other tables or code: they are then made on first use)."""
        shipped = read_indexes(self._indexes_file, list(self._index)) if self._indexes_file else None
        if shipped:  # the readings of the layers' own names: a query written as a layer writes it is not parsed
            know_readings(shipped.readings)
        return shipped

    @cached_property
    def _answers(self) -> dict[str, list | None]:
        """answer() of each name the entries write, asked without a hint (gazetteer.indexes.told_answer's form), as
        shipped; none without the file."""
        return self._shipped.answers if self._shipped else {}

    @cached_property
    def _latin_names(self) -> dict[int, str]:
        """The shipped Latin names of Arabic-only entries (Entry.to_match romanises them otherwise)."""
        return self._shipped.latin_names if self._shipped else {}

    @cached_property
    def _skeletons(self) -> dict[str, list[str]]:
        """Keys by their consonants (built on the first fuzzy lookup: start-up stays short)."""
        return self._shipped.skeletons if self._shipped else self._fuzzy_keys_by(skeleton)

    @cached_property
    def _blocks(self) -> dict[str, list[str]]:
        """Keys by their first consonant: the keys fuzzy matching compares."""
        return self._shipped.blocks if self._shipped else self._fuzzy_keys_by(block)

    @cached_property
    def _contexts(self) -> Contexts:
        """The readings of a query's context ("X بريف حماة", "X near Y", "City - Part"): gazetteer.context, asking
        this gazetteer back through the calls handed here."""
        return Contexts(best=self.best, ranked=self._resolve, exact_hits=self._exact_hits, entries=self.entries,
                        units=self._units, admin_pcode=self.admin_pcode, contains=self.contains,
                        remember=self._remember, readings_near=self._readings_near)

    def _readings_near(self, name: str, place: Match, km: float) -> list[Ranked]:
        """The places a name's looser and cross-script readings reach within `km` of a place, in its governorate,
        ranked as _lookup ranks them (its exact keys' places there included)."""
        hits = dict(self._candidates(variants(name), within=(place.admin1_pcode, None), name=name, around=(place, km)))
        return self._rank(hits, parse(name).level, place.admin1_pcode, None)

    # --- construction ------------------------------------------------------------------------
    @classmethod
    def load(cls, path: Path | str | None = None, online=None,
             dataset_places: Path | None = GED_PLACES) -> "Gazetteer":
        """The configured gazetteer (gazetteer.settings: GAZETTEER, GAZETTEER_LEARNED, OCHA_DIR,
        GAZETTEER_ONLINE); `path` and `online` override the file and the fallback, `dataset_places` as in
        from_layers."""
        return cls.from_layers(Path(path) if path else settings.gazetteer_path(), settings.learned_path(),
                               online if online is not None else settings.online_fallback(),
                               settings.ocha_dir(), settings.outlines_path(), dataset_places)

    @classmethod
    def from_layers(cls, path: Path | None = None, learned_file: Path | None = None, online=None,
                    ocha_dir: Path | None = None, outlines: Path | None = None,
                    dataset_places: Path | None = GED_PLACES) -> "Gazetteer":
        """A gazetteer from explicit arguments, reading no setting: a built file (None: the built-in layers,
        villages included), a learned-places file (None: none), an OnlineFallback (None: offline), an OCHA
        folder for admin lookups and Natural Earth outlines for the reverse lookup's Syria test.
        `dataset_places`: a shipped file of learned places the built-in layers come with (default: the embedded
        UCDP GED 2016-17 events' places; None: none, as an evaluation on GED 2016-17 must build it): only its
        places the built-in layers do not name (learned.gaps), merged with the learned file place by place
        (learned.merge_rows), so an import of the same events adds nothing twice; a built file comes without it
        (`gazetteer build` learns its own events)."""
        from gazetteer import learned, store

        if path:
            entries, keys, built_ocha = store.read(path)
            ocha_dir = built_ocha or ocha_dir
            dataset_places = None
        else:
            entries, keys = builtin_entries(), builtin_keys()
        own = learned.read_learned(learned_file) if learned_file else []
        shipped = learned.read_learned(dataset_places) if dataset_places else []
        extra = learned.to_entries(shipped, learned.admin_pcode)
        if shipped:  # a shipped layer fills gaps: what the built-in layers already name keeps its answer
            # (a city quarter stands for a place of its name as far as best() tells places apart)
            shipped, extra = learned.gaps(shipped, extra, entries, keys, AMBIGUOUS_KM)
        if own:
            extra = learned.to_entries(learned.merge_rows(shipped, own), learned.admin_pcode)
        missing = [e for e in extra if not e.admin1_pcode]
        if missing:  # rows that named no known governorate: by their point
            from gazetteer.reverse import assign_admin

            assign_admin(missing, ocha_dir)
        if extra:
            keys = None if keys is None else keys + [entry_keys(e) for e in extra]
            entries = entries + extra
        default = not path and not own and dataset_places == GED_PLACES  # what indexes.json was made for
        return cls(entries, keys, ocha_dir=ocha_dir, online=online, outlines=outlines,
                   indexes=INDEXES if default else None)

    def _fill_admin_names(self) -> None:
        """Admin names from P-codes, so every source reports the same spelling."""
        names = {code: unit.name_en for code, unit in admin.by_pcode().items()}
        for entry in self.entries:
            if entry.admin1_pcode in names:
                entry.admin1 = names[entry.admin1_pcode]
            if entry.admin2_pcode in names:
                entry.admin2 = names[entry.admin2_pcode]
            if entry.admin3_pcode in names:
                entry.admin3 = names[entry.admin3_pcode]

    # --- hints -------------------------------------------------------------------------------
    def admin_pcode(self, hint: str | None, level: str = "governorate") -> str | None:
        """The P-code a governorate (or district) hint names: a P-code, or a name in any script."""
        if not hint or not hint.strip():
            return None
        text = hint.strip()
        if text.upper().startswith("SY") and text[2:].isdigit():
            return text.upper()
        return admin.pcode(level, text)

    # --- lookup ------------------------------------------------------------------------------
    def _remember(self, key: tuple, compute: Callable[[], T]) -> T:
        """A memoised answer, never to be changed by its callers (bounded: the memo is emptied when it grows past
        MEMO_SIZE)."""
        found = self._memo.get(key)
        if found is None:
            if len(self._memo) >= MEMO_SIZE:
                self._memo.clear()
            found = self._memo[key] = compute()
        return found

    def exact(self, name: str, admin1: str | None = None) -> list[Match]:
        """Entries whose names share the query's key (normalisation only, no fuzzy), best first; without a
        hint, not the OSM villages and localities nothing else corroborates (many are common words: جروح).
        The answer is remembered per key, so another spelling of a known key costs its normalisation only."""
        keys, level, pcode = variants(name), parse(name).level, self.admin_pcode(admin1)
        return list(self._remember(("exact", keys, level, pcode), lambda: self._exact(keys, level, pcode)))

    def _exact(self, keys: tuple[str, ...], level: str | None, pcode: str | None) -> list[Match]:
        hits = self._exact_hits(keys)
        if pcode:
            hits = {i: s for i, s in hits.items() if self._in_governorate(self.entries[i], pcode)}
        self._quarters_aside(hits, keys, level, pcode)  # exact() answers only the quarters the name places
        return [m for m, w in self._rank(hits, level, pcode, None)
                if pcode or m.source != "osm" or not _obscure(m, w)]

    def _exact_hits(self, keys: tuple[str, ...]) -> dict[int, float]:
        """Entries under the keys: 100 for the name's own key, 3 less for each proclitic stripped (in order of the
        keys, so best first)."""
        if len(keys) == 1:  # most names: one key, its entries at 100
            return dict.fromkeys(self._index.get(keys[0], ()), 100.0)
        hits: dict[int, float] = {}
        for rank, key in enumerate(keys):
            for i in self._index.get(key, ()):
                hits.setdefault(i, 100.0 - 3 * rank)
        return hits

    def _candidates(self, keys: tuple[str, ...], levels: tuple[str, ...] | None = None,
                    within: tuple[str | None, str | None] = (None, None), cross: bool = True,
                    name: str | None = None, around: tuple[Match, float] | None = None) -> list[tuple[int, float]]:
        """(entry index, score) for a name's keys: exact keys; else skeleton, fuzzy and cross-script keys
        (`name`: the query, whose articles _cross_hits weighs; counted only when the exact keys miss); `around`:
        only entries within that many km of that place."""
        hits = self._exact_hits(keys)
        filtered = levels is not None or within != (None, None) or around is not None
        if hits and not filtered:  # most names: the exact keys' entries, best first already (see _exact_hits)
            return list(hits.items())

        def keep(i: int) -> bool:
            entry = self.entries[i]
            return (levels is None or entry.level in levels) and all(
                code is None or code == getattr(entry, f"admin{n}_pcode") for n, code in enumerate(within, 1)
            ) and (around is None or distance_km(entry.lat, entry.lon, around[0].lat, around[0].lon) <= around[1])

        if filtered:
            hits = {i: s for i, s in hits.items() if keep(i)}
        if not hits:
            for key, score in self._near_keys(keys[0]):
                for i in self._index[key]:
                    if keep(i) and score > hits.get(i, 0.0):
                        hits[i] = score
            near = dict(hits)
            articles = article_count(name) if name is not None else None
            for i, score in (self._cross_known(keys, articles) if cross else {}).items():
                if keep(i) and score > hits.get(i, 0.0):
                    hits[i] = score
            if near and len(hits) > len(near):
                self._read_alike(hits, near)
        if len(hits) < 2:  # most names: nothing to order
            return list(hits.items())
        return sorted(hits.items(), key=lambda kv: -kv[1])

    def _read_alike(self, hits: dict[int, float], near: dict[int, float]) -> None:
        """Raise in `hits` the towns a loose spelling found (`near`) that bear, in the other script, a name the
        cross-script reading found elsewhere: "Efrin" is a loose 'Afrin (عفرين) and reads as عفرين, so the city
        scores as the village عفرين the reading reached (which alone would outrank it), and prominence weighs them."""
        read: dict[str, float] = {}
        for i, score in hits.items():
            if i not in near:
                for key in self._entry_keys(i):
                    read[key] = max(read.get(key, 0.0), score)
        for j, score in near.items():
            if self.entries[j].level == "town":
                lift = max((read.get(key, 0.0) for key in self._entry_keys(j)), default=0.0)
                if lift > score:
                    hits[j] = lift

    def _shadowed(self, keys: tuple[str, ...], hits: dict[int, float]) -> dict[int, float]:
        """Towns (by their own type or population, not by what a dataset taught) far from every hit that write a Latin
        name as their own in Arabic (عدرا for "Adra") when the hits hold it only as a variant spelling (GeoNames lists
        the ancient "Adraa" for Daraa, 116 km away): such a variant is no surer than the cross-script reading, so
        both are candidates at its score."""
        if not keys[0].isascii() or len(keys[0]) < MIN_FUZZY_LEN or self._town_frames.isdisjoint(
                [key.translate(SHORT_VOWELS) for key in keys]):  # (a Latin key is ASCII and has one vowel frame)
            return {}  # no such town's romanised spelling agrees letter for letter: none can score CROSS_SCORE
        if any(parse(n).key in keys for i in hits for n in (self.entries[i].name_en, self.entries[i].name_ar) if n):
            return {}  # (asked second: a new name's hits' names are parsed for nothing when no town's frame agrees)
        places = [self.entries[i] for i in hits]
        return {j: score for j, score in self._cross_known(keys, None).items()
                if score >= CROSS_SCORE and self.entries[j].level == "town" and self.entries[j].weight >= TOWN_WEIGHT
                and all(distance_km(p.lat, p.lon, self.entries[j].lat, self.entries[j].lon) > AMBIGUOUS_KM for p in places)}

    def _near_keys(self, key: str) -> tuple[tuple[str, float], ...]:
        """Keys spelled like `key`: same consonants (looser) or a close fuzzy ratio; remembered per key (the
        names a dataset writes with and without a designator, "X village" and "X", share it)."""
        if len(key) < MIN_FUZZY_LEN or key.startswith(REGION):
            return ()
        return self._remember(("near", key), lambda: self._spelt_alike(key))

    def _spelt_alike(self, key: str) -> tuple[tuple[str, float], ...]:
        found: dict[str, float] = {}
        for other in self._skeletons.get(skeleton(key), ()):
            ratio = fuzz.ratio(key, other)
            if ratio >= SKELETON_CUTOFF:
                found[other] = (ratio + 100.0) / 2 - 5.0
        for other, ratio, _ in process.extract(key, self._blocks.get(block(key), ()), scorer=fuzz.ratio,
                                               score_cutoff=FUZZY_CUTOFF, limit=10):
            found[other] = max(found.get(other, 0.0), ratio - 5.0)
        return tuple(found.items())

    @cached_property
    def _cross(self) -> dict[bool, dict[str, list[tuple[str, int]]]]:
        """(key, entry) by the key's script (True: Arabic), then by script-neutral consonant skeleton, for places no entry names in the other script: a
        query in the other script reaches them through it (built on first use). حمص is not among them: Homs
        is its Latin name, and "Hamas" must not find it. A namesake elsewhere with both names (a جديدة that
        GeoNames calls Judaydat Yabus, 300 km away) does not hide a village, nor does a city quarter (OCHA's camp
        "مخيم حندرات" beside OSM's village حندرات, which "Handarat" still reaches)."""
        if self._shipped:
            return self._shipped.cross
        bilingual = {i for i, entry in enumerate(self.entries) if len({is_arabic(n) for n in entry.all_names()}) > 1}
        hiding = {i for i in bilingual if not ocha_quarter(self.entries[i])}
        out: dict[bool, dict[str, list[tuple[str, int]]]] = {True: {}, False: {}}
        for i, entry in enumerate(self.entries):
            if i in bilingual:
                continue
            for key in self._entry_keys(i):
                if not key.startswith(REGION) and not any(
                        j in hiding and same_place(entry, self.entries[j]) for j in self._index[key]):
                    for skel in cross_skeletons(key):
                        out[is_arabic(key)].setdefault(skel, []).append((key, i))
        return out

    def _cross_known(self, keys: tuple[str, ...], articles: int | None) -> dict[int, float]:
        """_cross_keys remembered per (keys, articles): a dataset's "X village" and "X" share them."""
        return self._remember(("cross", keys, articles), lambda: self._cross_keys(keys, articles))

    @cached_property
    def _cross_frames(self) -> dict[str, list[str]]:
        """The vowel frames of the cross-script index's keys as shipped (translit.vowel_frames makes them otherwise)."""
        return self._shipped.cross_frames if self._shipped else {}

    @cached_property
    def _town_frames(self) -> frozenset[str]:
        """The vowel frames of the cross-script index's keys of towns by their own type or population (not by what
        a dataset taught), which _shadowed sets beside a variant spelling: its score needs a ratio of 100, so one of
        these frames (shipped, or made on first use)."""
        if self._shipped:
            return self._shipped.town_frames
        entries = self.entries
        return frozenset(frame for groups in self._cross.values() for pairs in groups.values() for key, i in pairs
                         if entries[i].level == "town" and entries[i].weight >= TOWN_WEIGHT for frame in vowel_frames(key))

    def _cross_keys(self, keys: tuple[str, ...], articles: int | None) -> dict[int, float]:
        """_cross_hits for every reading of a name (a Latin dh also as d: "Hudhud" هدهد), the best score each; none
        for a region's name (its compass reading, "بري شرقي" as بري الشرقي, is looked up whole afterwards)."""
        if len(keys) == 1 or keys[0].startswith(REGION):
            return self._cross_hits(keys[0], articles)
        found: dict[int, float] = {}
        for key in keys:
            for i, score in self._cross_hits(key, articles).items():
                if score > found.get(i, 0.0):
                    found[i] = score
        return found

    def _cross_hits(self, key: str, articles: int | None = None) -> dict[int, float]:
        """Entries named only in the other script with the same consonants and a close romanised spelling;
        scored below CONFIDENT_SCORE, so a cross-script match answers only inside a hinted governorate. The
        closer the spelling the higher the score, and a name with another number of articles than the
        query's (`articles`, when known) scores lower (not below HINTED_SCORE): both scripts write the article."""
        if len(key) < MIN_CROSS_LEN or key.startswith(REGION):
            return {}
        arabic, mine = is_arabic(key), vowel_frames(key)  # an Arabic query's ه has its readings too
        found: dict[int, float] = {}
        others, shipped = self._cross[not arabic], self._cross_frames
        short = len(key) < MIN_FUZZY_LEN  # a short key ("Bzaah", "Al Mal") matches letter for letter or not at all
        for skel in cross_skeletons(key):
            cutoff = 100.0 if short else CROSS_CUTOFF if len(skel) > 1 else SHORT_CROSS_CUTOFF
            for other, i in others.get(skel, ()):
                if i not in found:
                    frames = shipped.get(other) or vowel_frames(other)
                    ratio = fuzz.ratio(mine[0], frames[0]) if len(frames) == len(mine) == 1 else max(
                        fuzz.ratio(a, b) for a in mine for b in frames)
                    if not arabic and other[0] == "ع" and mine[0][:1] in "ui":  # "Otaybah" عتيبة: the Latin's first
                        ratio = max(ratio, max(fuzz.ratio(a[1:], b) for a in mine for b in frames))  # vowel is the ʿayn's
                    if ratio >= cutoff:
                        score = CROSS_SCORE - CROSS_SLOPE * (100.0 - ratio)
                        if articles is not None and articles != self._articles(i, arabic):  # ranks lower, still
                            score = max(HINTED_SCORE, score - ARTICLE_PENALTY)  # answers alone with a hint
                        if not (spelt_out(other, key) if arabic else spelt_out(key, other)):  # a letter the
                            score = max(HINTED_SCORE, score - LETTER_PENALTY)  # Latin spelling leaves out
                        found[i] = score
        return found

    def _articles(self, i: int, arabic_query: bool) -> int:
        """How many articles entry i's name in the other script than the query's has."""
        entry = self.entries[i]
        return article_count((entry.name_en if arabic_query else entry.name_ar) or "")

    def cross_script(self, name: str, admin1: str | None = None) -> list[Match]:
        """Candidates from the cross-script tier alone (Latin name -> Arabic-only entries and back)."""
        pcode = self.admin_pcode(admin1)
        hits = {i: s for i, s in self._cross_keys(variants(name), article_count(name)).items()
                if pcode in (None, self.entries[i].admin1_pcode)}
        return [m for m, _ in self._rank(hits, None, pcode, None)]

    def answer(self, name: str, admin1: str | None = None, limit: int = LIMIT) -> tuple[Match | None, list[Match]]:
        """best() and resolve() of one query together. A name an entry writes, asked without a hint (offline),
        has its answer shipped with the indexes: only its Matches are made. Most other names of a batch are held by
        one or more entries under their exact keys: asked without a (known) hint and naming no level, such a name
        takes a short path that skips the tiers and checks which cannot apply to it (_lookup's forms, quarters,
        units, hints), with the same result; one entry needs none of best()'s rival checks either."""
        if not admin1 and limit <= LIMIT and self.online is None:
            told = self._answers.get(name)
            if told is not None:
                return self._told(told, limit)
        keys = variants(name)  # (first: a new name's Parsed is made with its keys)
        parsed = parse(name)
        if parsed.key and parsed.level is None and (not admin1 or self.admin_pcode(admin1) is None):
            # (one key, most names: its entries at 100, as _exact_hits gives them)
            found = self._index.get(keys[0], ()) if len(keys) == 1 else self._exact_hits(keys)
            # a unit's name may also find its town, a city quarter answers in context: neither takes the short path
            if found and self._context_ids.isdisjoint(found):
                if len(found) == 1:  # (a list of one entry, or one entry and its score)
                    if not (keys[0].isascii() and self._shadowed(keys, found)):  # (only a Latin name is shadowed)
                        [i] = found
                        top = self._match(i, 100.0 if len(keys) == 1 else found[i])
                        weight = self._place_weights.get(i) or self._place_weight(i)
                        confident = (top.score >= CONFIDENT_SCORE and not _obscure(top, weight)
                                     and not self._written_elsewhere(name, top)
                                     and not self._arabic_namesake(name, top, weight))
                        return (top if confident else None), [top][:limit]
                    return self._answer(name, admin1, limit)
                hits = found if len(keys) > 1 else dict.fromkeys(found, 100.0)
                if not (keys[0].isascii() and set(hits.values()) == {100.0} and self._shadowed(keys, hits)):
                    ranked = self._rank(hits, None, None, None)  # what _lookup ranks for them
                    return self._best(name, admin1, None, ranked), [m for m, _ in ranked[:limit]]
        return self._answer(name, admin1, limit)

    def _told(self, told: list, limit: int) -> tuple[Match | None, list[Match]]:
        """answer()'s result from its shipped form (gazetteer.indexes.told_answer)."""
        match = self._match
        candidates = [match(c, 100.0) if c.__class__ is int else match(*c) for c in told[1:]]
        head = told[0]
        best = None if head is None else candidates[head] if head.__class__ is int else match(*head)
        return best, candidates[:limit]

    def _answer(self, name: str, admin1: str | None, limit: int) -> tuple[Match | None, list[Match]]:
        """answer() by the full lookup."""
        hint = self._city_hint(name, admin1, None)  # best()'s and resolve()'s, made once
        ranked = self._resolve(name, hint, None)
        return self._best(name, hint, None, ranked), [m for m, _ in ranked[:limit]]

    def resolve(self, name: str, admin1: str | None = None, admin2: str | None = None,
                limit: int = 5) -> list[Match]:
        """Ranked candidates for a place name, those inside the hinted governorate/district first."""
        return [m for m, _ in self._resolve(name, self._city_hint(name, admin1, admin2), admin2)[:limit]]

    def _city_hint(self, name: str, admin1: str | None, admin2: str | None) -> str | None:
        """The hint, or without one, the governorate of the city "City - Neighbourhood" names, or of the place a
        context holds the name in ("X بريف حماة", "X (Deir ez-Zor)": see gazetteer.context)."""
        if admin1:
            return admin1
        split = city_part(name)
        if split is None:
            read = self._contexts.near(name, None, admin2) or self._contexts.context(name, None, admin2)
            return read[0].admin1_pcode if read else None
        if self._exact_hits(variants(name)):
            return None
        city = self._contexts.city_head(split[0], None, admin2)
        return city.admin1_pcode if city else None

    def _resolve(self, name: str, admin1: str | None, admin2: str | None, quarters: bool = False) -> list[Ranked]:
        """Ranked candidates, remembered; `quarters`: the context says the name is a city's quarter."""
        return self._remember(("resolve", name, admin1, admin2, quarters),
                              lambda: self._lookup(name, admin1, admin2, quarters))

    def _lookup(self, name: str, admin1: str | None, admin2: str | None, quarters: bool = False) -> list[Ranked]:
        parsed = parse(name)
        if not parsed.key:
            raise ValueError("empty place name")
        pcode1 = self.admin_pcode(admin1) if admin1 else None  # (no call for no hint: most queries)
        pcode2 = self.admin_pcode(admin2, "district") if admin2 else None
        split = city_part(name)
        if split and not self._exact_hits(variants(name)):
            return self._contexts.city_part(*split, admin1, admin2)
        near = () if split or quarters else self._contexts.near(name, admin1, admin2)
        if near:  # "X قرب Y", "X near Y": the places X names close to the town Y
            return self._contexts.near_town_places(*near, admin2)
        read = () if split or quarters else self._contexts.context(name, admin1, admin2)
        if read:  # "Sukkari, Aleppo", "السكري بحلب": its quarter, or "Nawa, Daraa", "X بريف حماة": a place inside
            return self._contexts.city_quarters(*read, admin2) or self._contexts.in_context(*read, admin1, admin2)  # the one it names
        parts = [p for p in spellings(name) if parse(p).key] if "/" in name else []  # no "/": one spelling
        if len(parts) > 1 and not self._exact_hits(variants(name)):  # "As Suwar town/Sur town": each spelling
            return dedupe(sorted((r for p in parts for r in self._resolve(p, admin1, admin2)),
                                  key=lambda r: (*_outside(r[0], pcode1, pcode2), -r[0].score,
                                                 _prominence(r[0], r[1]))))
        keys = variants(name)
        hits = dict(self._candidates(keys, name=name))
        shadowed = self._shadowed(keys, hits) if hits and set(hits.values()) == {100.0} else {}  # (all exact)
        if shadowed:  # "Adra": Daraa's ancient variant and the town عدرا, both no surer than a cross-script reading
            hits = {**{i: CROSS_SCORE for i in hits}, **shadowed}
        if pcode1 and not any(self._in_governorate(self.entries[i], pcode1) for i in hits):
            for i, score in self._candidates(keys, within=(pcode1, None), name=name):
                hits[i] = max(hits.get(i, 0.0), score)
        aside = {} if quarters else self._quarters_aside(hits, keys, parsed.level, pcode1)
        if (pcode1 and not quarters and parsed.level in (None, "town") and hits
                and all(self.entries[i].level == "neighbourhood" for i in hits)):  # (a context naming its city asks a quarter)
            bare = parsed.level is None  # a bare name: only a town or village the other script spells letter for letter
            other = {i: s for i, s in self._cross_known(keys, article_count(name)).items()
                     if self.entries[i].admin1_pcode == pcode1 and (self.entries[i].level == "town" if bare else
                                                                    self.entries[i].level != "neighbourhood")
                     and (not bare or s >= CROSS_SCORE)}
            if not bare:  # "قرية الشريعة" in Hama: not the city's quarter الشريعة but the village الشريعا, a final ة/ا apart
                for key, score in self._near_keys(keys[0]):
                    for i in self._index[key]:
                        if (self.entries[i].admin1_pcode == pcode1 and self.entries[i].level == "town"
                                and score > other.get(i, 0.0)):
                            other[i] = score
            if other:  # "Al Karak (town)" in Daraa: a city quarter is not the town or village the name asks for or
                aside, hits = {**aside, **hits}, other  # also bears, which the other script may name there (الكرك)
        if parsed.level is None and hits and all(self.entries[i].level in _UNIT_CODES for i in hits):
            hits.update(self._unit_towns(keys[0], hits))
        ranked = self._rank(hits, parsed.level, pcode1, pcode2)
        if parsed.level in _HINT_LEVELS["town"]:  # "the village of Ghouta" is not the region
            ranked = [r for r in ranked if r[0].level != "region"]
        if not ranked and parsed.region:
            ranked = self._compass_readings(name, parsed.core, admin1, admin2, pcode1)
        rural = desert_countryside(name) if parsed.level is None and all(
            m.score < CONFIDENT_SCORE for m, _ in ranked) else None  # (a region's own name, "eastern Hama desert", answers)
        if rural:  # "بادية السخنة", "the Palmyra desert": the country around X, answered as "ريف X" is (not a
            # "village Badiyat X": a designated name is the place it designates)
            ranked = [r for r in self._resolve(rural, admin1, admin2) if not self._city_governorate(r[0])] or ranked
        plain = ((unqualified(name) or unqualified(compass_name(name) or ""))  # (an English first word: its reading)
                 if self._none_inside(ranked, pcode1) else None)
        if plain:  # "Baghuz at-Tahtani", which nothing in the governorate names: near Baghuz (spelt as closely as
            # a cross-script match can be), answered with the hint only; so "old Quneitra city" (Quneitra al-Qadima)
            ranked = [(replace(m, score=min(m.score, HINTED_SCORE), geo_precision=max(m.geo_precision, 2),
                               where_prec=max(m.where_prec, 2)), w)
                      for m, w in self._resolve(plain, admin1, admin2)
                      if m.level in _HINT_LEVELS["town"] and m.score >= CROSS_SCORE] + ranked
        if self._none_inside(ranked, pcode1) and says_camp(name):
            ranked = self._camp_head(name, admin1, admin2) + ranked  # "مخيم حندرات للاجئين الفلسطينيين"
        land = land_name(name) if pcode1 and parsed.level is None and self._none_inside(ranked, pcode1) else None
        if land:  # "سهل الروج", "Jabal Qasyoun": the named spot or quarter X there is the plain or mountain X
            ranked = self._land_spots(land, pcode1) + ranked
        if pcode1 and all(not self._in_governorate(m, pcode1) or m.level == "locality" for m, _ in ranked):  # "Ayn Husayn":
            # عين حسين الشمالية; a wadi or hill there, which never answers a settlement's name alone, hides no
            # village spelt at least as closely as it ("Sbeineh camp": سبينة الكبيرة past the wadi سبنة)
            spots = max((m.score for m, _ in ranked if m.admin1_pcode == pcode1), default=0.0)
            quarter = max((s for i, s in aside.items() if self.entries[i].admin1_pcode == pcode1), default=0.0)
            # (a quarter there set aside as a common word still spells the name: nothing looser answers over it;
            # "al-Bayada" with Homs is no GED Baydah al-Sharqiyah 114 km off, but Homs's quarter, by _hinted_quarter)
            ranked = self._qualified_namesakes(keys, name, parsed.level, pcode1, max(spots, quarter)) + ranked
            if not quarter and all(not self._in_governorate(m, pcode1) or m.level == "locality" for m, _ in ranked):
                ranked = self._alike_inside(keys, parsed.level, pcode1) + ranked  # "مخيم الهول": GeoNames' الحول
        if not ranked and self.online is not None:
            ranked = [(m, 0.0) for m in self.online.lookup(name, self)]
        return ranked + [(self._match(i, min(score, CONTEXT_SCORE)), self._place_weight(i)) for i, score in aside.items()]

    def _compass_readings(self, name: str, core: str, admin1: str | None, admin2: str | None,
                          pcode1: str | None) -> list[Ranked]:
        """A compass word before a name ("Northern X", X's key `core`) reads two ways: the countryside of X (X's
        governorate, when X names an admin unit or its seat) and the village X al-Shamaliya, which the compass
        word names ("Western Maliha"); a governorate's or the country's name ("Western Daraa", "Northern Syria") is
        its part only. One reading alone is the answer. When both find a place (the village spelt
        at least QUALIFIED_SCORE closely), the words alone do not tell which is meant: the countryside is capped at
        HINTED_SCORE, so no best answer without a hint (a village name never resolves to a governorate), and with
        one, the village inside the hinted governorate comes first, the countryside answering where no village is."""
        region = self._region(core, pcode1)
        village = compass_name(name)
        if not village or parse(village).region:  # "eastern Hama countryside": a countryside, no village reading
            return region
        if region and any(self.entries[i].level in ("country", "governorate") for i in self._exact_hits((core,))):
            return region
        named = [r for r in self._resolve(village, admin1, admin2)
                 if r[0].level in (*_HINT_LEVELS["town"], "region") and r[0].score >= HINTED_SCORE]
        if not region:
            return named
        named = [r for r in named if r[0].score >= QUALIFIED_SCORE]  # a village of that very name, not a loose one
        if not named:
            return region
        both = named + [(replace(m, score=min(m.score, HINTED_SCORE)), w) for m, w in region]
        return sorted(both, key=lambda r: (pcode1 is not None and r[0].admin1_pcode != pcode1, -r[0].score))

    def _city_governorate(self, place: Match) -> bool:
        """A governorate that is one city (a single district: Damascus), which has no desert of its own: "Badiyat
        al-Sham" (al-Sham, the Levant, also names Damascus) is the Syrian desert, not Damascus."""
        return place.level == "governorate" and len(self.districts(place.admin1_pcode)) == 1

    def _camp_head(self, name: str, admin1: str | None, admin2: str | None) -> list[Ranked]:
        """The place a camp's name names before the words that describe the camp (normalize.camp_heads: "مخيمات أطمة
        الحدودية", "Yarmouk camp south of Damascus"): what the longest head that best() answers answers, a settlement
        or quarter, answered with the hint only (the dropped words may have been part of a name no layer holds)."""
        for head in camp_heads(name):
            place = self.best(head, admin1, admin2)
            if place is not None:
                return [(replace(m, score=min(m.score, HINTED_SCORE)), w) for m, w in self._resolve(head, admin1, admin2)
                        if m == place and m.level in _HINT_LEVELS["town"]][:1]
        return []

    @cached_property
    def _qualified(self) -> tuple["Gazetteer", list[int]]:
        """Settlements and OCHA city quarters a layer names only with a distinguishing last word (عين حسين
        الشمالية, ظفر كبير; Damascus's شاغور جواني and شاغور براني), under their plain names: a gazetteer of such
        copies and each copy's entry index (built on first use)."""
        copies, origin = [], []
        for i, entry in enumerate(self.entries):
            plain = [p for p in map(qualifier_stripped, entry.all_names()) if p] if (
                entry.level == "town" or ocha_quarter(entry)) else []
            if plain:
                copies.append(Entry("", "", entry.lat, entry.lon, entry.level, entry.source, names=plain,
                                    admin1_pcode=entry.admin1_pcode, weight=entry.weight))
                origin.append(i)
        return Gazetteer(copies), origin

    def _qualified_namesakes(self, keys: tuple[str, ...], name: str, level: str | None, pcode1: str,
                             floor: float = 0.0) -> list[Ranked]:
        """The villages (or, for a name that does not say village, city quarters) inside the hinted governorate
        that a plain name may mean when a layer holds them only with a distinguishing word ("Ayn Husayn": عين حسين
        الشمالية; "Al Zafr camp": ظفر كبير, ظفر صغير; "Amara", "حي العمارة": Damascus's العمارة الجوانية and
        البرانية) and the name spells them closely (and at least at `floor`): near the first, at the hinted bar,
        when they lie within QUALIFIED_KM of one another; else listed only."""
        if level not in (None, "town", "neighbourhood"):
            return []
        sub, origin = self._qualified
        hits: dict[int, float] = {}
        for i, score in sub._candidates(keys, within=(pcode1, None), name=name):
            quarter = sub.entries[i].level == "neighbourhood"
            if level is not None and quarter != (level == "neighbourhood"):
                continue  # "X village" asks no quarter, "حي X" no village
            if quarter and not self._distinctive(keys, sub._entry_keys(i), score):
                continue  # a quarter's plain name places it as its own names would (not باب, a common word)
            if score >= QUALIFIED_SCORE and score >= floor:
                hits[origin[i]] = max(hits.get(origin[i], 0.0), score)
        ranked = self._rank(hits, level, pcode1, None) if hits else []
        one = all(distance_km(ranked[0][0].lat, ranked[0][0].lon, m.lat, m.lon) <= QUALIFIED_KM for m, _ in ranked)
        return [(replace(m, score=min(m.score, HINTED_SCORE if one else CONTEXT_SCORE),
                         geo_precision=max(m.geo_precision, 2), where_prec=max(m.where_prec, 2)), w)
                for m, w in ranked]

    def _land_spots(self, land: str, pcode1: str) -> list[Ranked]:
        """The named spots (OSM localities: hills, wadis, plains) and city quarters inside the hinted governorate
        that the name of a mountain, plain or valley names without its land word (normalize.land_name), exactly or
        across scripts at QUALIFIED_SCORE (at most one penalty; no looser spelling), as regions capped at
        HINTED_SCORE: the layer's own name of the spot places it, with the hint only."""
        keys = variants(land)
        found = {**{i: s for i, s in self._cross_known(keys, article_count(land)).items() if s >= QUALIFIED_SCORE},
                 **self._exact_hits(keys)}
        mine = {skel for key in keys for skel in cross_skeletons(key)}
        hits = {i: s for i, s in found.items()
                if self.entries[i].admin1_pcode == pcode1 and self.entries[i].level in ("locality", "neighbourhood")
                and any(mine.intersection(cross_skeletons(parse(n).key))
                        for n in (self.entries[i].name_ar, self.entries[i].name_en) if n)}
        # (the spot's own name, whole: "وادي X" or "خربة X", found by X, is another feature than the mountain X)
        geo, where = PRECISION["region"]
        return [(replace(m, level="region", score=min(m.score, HINTED_SCORE), geo_precision=geo, where_prec=where), w)
                for m, w in self._rank(hits, None, pcode1, None)] if hits else []

    @cached_property
    def _alike(self) -> dict[str, list[int]]:
        """Entries under the alike_key of each Arabic key that has one other than itself (built on first use: only
        a hinted Arabic name that nothing else places in its governorate asks it)."""
        out: dict[str, list[int]] = {}
        for key, found in self._index.items():
            if len(key) >= MIN_CROSS_LEN and not key.startswith(REGION) and is_arabic(key):
                out.setdefault(alike_key(key), []).extend(found)
        return out

    def _alike_inside(self, keys: tuple[str, ...], level: str | None, pcode1: str) -> list[Ranked]:
        """Settlements inside the hinted governorate whose Arabic name swaps, letter for letter, a letter a Latin
        spelling writes alike with the name's (ح/ه, ق/ك: "الهول" is al-Hol, which GeoNames writes الحول): a spelling no
        surer than a cross-script reading, so scored as one (CROSS_SCORE), it answers with the hint only."""
        if level not in (None, "town") or not is_arabic(keys[0]):
            return []
        hits: dict[int, float] = {}
        for key in keys:
            for i in self._alike.get(alike_key(key), ()) if len(key) >= MIN_CROSS_LEN else ():
                entry = self.entries[i]
                if entry.level == "town" and entry.admin1_pcode == pcode1:
                    hits.setdefault(i, CROSS_SCORE)
        return self._rank(hits, level, pcode1, None) if hits else []

    @cached_property
    def _quarter_ids(self) -> frozenset[int]:
        """The OCHA city quarters' entry indices."""
        return self._shipped.quarter_ids if self._shipped else frozenset(
            i for i, entry in enumerate(self.entries) if ocha_quarter(entry))

    @cached_property
    def _context_ids(self) -> frozenset[int]:
        """The entries whose names answer() looks up in full: districts and subdistricts (a unit's name may also
        find its town) and the OCHA city quarters (which answer in context); made on first use, a few milliseconds."""
        return self._quarter_ids.union(i for i, entry in enumerate(self.entries) if entry.level in _UNIT_CODES)

    @cached_property
    def _generic_quarter_keys(self) -> frozenset[str]:
        """Keys no bare mention places a quarter by: a name that only describes a spot (normalize.descriptive:
        "المنطقة الصناعية", "الشمالي") or that QUARTER_CITIES cities or more give a quarter (a common word)."""
        if self._shipped:
            return self._shipped.generic_quarter_keys
        cities: dict[str, set] = {}
        generic = set()
        for entry in self.entries:
            if ocha_quarter(entry):
                for name in entry.all_names():
                    key = parse(name).key
                    cities.setdefault(key, set()).add(entry.admin3_pcode)
                    if descriptive(name):
                        generic.add(key)
        return frozenset(generic | {key for key, found in cities.items() if len(found) >= QUARTER_CITIES})

    def _quarters_aside(self, hits: dict[int, float], keys: tuple[str, ...], level: str | None,
                        pcode1: str | None) -> dict[int, float]:
        """Take out of `hits` (and return) the OCHA city quarters the name alone does not place: many quarter names
        are common words (الثورة، المحطة) that any text holds. A quarter stays when a designator says quarter, or
        inside the hinted governorate when the name is one of its distinctive keys (not generic; an Arabic name
        spelt exactly, a Latin one at least at the hinted bar: "Bustan al-Qasr" for Bustan Al-Qaser) and no other
        place there bears the name (a quarter never displaces a town or village of its name; an OSM named spot at
        the quarter itself, within DUPLICATE_KM, is the quarter: Aleppo's "Seif Al-Doleh")."""
        quarters, entries = self._quarter_ids, self.entries
        found = [i for i in hits if i in quarters]
        if not found or level in QUARTER_CONTEXT:
            return {}
        rivals = pcode1 is not None and any(
            entries[i].level != "neighbourhood" and entries[i].admin1_pcode == pcode1
            and not (entries[i].level == "locality" and any(
                distance_km(entries[i].lat, entries[i].lon, entries[q].lat, entries[q].lon) <= DUPLICATE_KM
                for q in found))
            for i in hits)
        return {i: hits.pop(i) for i in found if not (
            pcode1 and not rivals and entries[i].admin1_pcode == pcode1
            and self._distinctive(keys, self._entry_keys(i), hits[i]))}

    def _distinctive(self, keys: tuple[str, ...], own: list[str], score: float) -> bool:
        """True when a name's keys place a city quarter whose keys are `own` by themselves: one of its distinctive
        keys (not generic: _generic_quarter_keys), an Arabic name spelt exactly, a Latin one at least at the
        hinted bar (`score`) when the quarter has no generic key."""
        generic, mine = self._generic_quarter_keys, set(own)
        return bool(mine.intersection(keys) - generic) or (keys[0].isascii() and score >= HINTED_SCORE
                                                            and mine.isdisjoint(generic))

    def _unit_towns(self, key: str, units: dict[int, float]) -> dict[int, float]:
        """Towns a loose spelling of `key`, or the unit's own name, finds inside the districts or subdistricts the
        name exactly names, at the unit's score: a unit named after its town is the town ("Al-Malikeyyeh" is the
        town al-Malikiyah; كوباني, a name of the district عين العرب, its seat عين العرب)."""
        found: dict[int, float] = {}
        own = [k for u in units for k in self._entry_keys(u)]
        for other in dict.fromkeys([k for k, _ in self._near_keys(key)] + own):
            for i in self._index[other]:
                town = self.entries[i]
                for u, score in units.items():
                    code = _UNIT_CODES[self.entries[u].level]
                    if town.level == "town" and getattr(town, code) == getattr(self.entries[u], code):
                        found[i] = max(found.get(i, 0.0), score)
        return found

    def best(self, name: str, admin1: str | None = None, admin2: str | None = None) -> Match | None:
        """The best candidate, or None when there is none, when it lies outside the hinted governorate,
        when a far-apart place of similar prominence matches as well, when the name calls it a village but
        it is a city quarter, or when, without a hint, it is a village seen only once."""
        admin1 = self._city_hint(name, admin1, admin2)
        return self._best(name, admin1, admin2, self._resolve(name, admin1, admin2))

    def _best(self, name: str, admin1: str | None, admin2: str | None, ranked: list[Ranked]) -> Match | None:
        """best() of the ranked candidates, the hint as _city_hint gives it (answer() prints them too)."""
        if not ranked:
            return None
        read = self._contexts.near(name, admin1, admin2) or self._contexts.context(name, admin1, admin2)
        if read:  # "X بريف حماة", "X قرب Y": the part X is what the name-based checks below read (its designator, its spelling)
            name = read[1]
        top, weight = ranked[0]
        pcode1 = self.admin_pcode(admin1) if admin1 else None
        pcode2 = self.admin_pcode(admin2, "district") if admin2 else None
        hinted = pcode1 is not None or pcode2 is not None  # (no call of inside() per candidate without a hint)

        def inside(match: Match) -> bool:
            return (pcode1 is None or self._in_governorate(match, pcode1)) and pcode2 in (None, match.admin2_pcode)

        if pcode1 and (not inside(top) or top.score < HINTED_SCORE):
            return self._hinted_quarter(name, pcode1, ranked)  # (None, as before, for most names)
        if hinted and not inside(top):
            return None  # the name is known only outside the hinted governorate or district
        split = city_part(name)
        if split and not self._exact_hits(variants(name)):
            if top.score < HINTED_SCORE or self._contexts.city_head(split[0], admin1, admin2) is None:
                return None  # (a city its name alone does not place places no part of it: "Suran - X")
            if road_part(name):  # "Homs - Palmyra road": along the road out of the city, near it
                return replace(top, geo_precision=max(top.geo_precision, 2), where_prec=max(top.where_prec, 2))
            return top  # the city placed its part: no rival to weigh
        floor = top.score - AMBIGUOUS_SCORE_GAP
        rivals = [(m, w) for m, w in ranked if m.score >= floor and (not hinted or inside(m))]
        if hinted and top.score < 100.0 and floor <= CROSS_SCORE:  # (no exact spelling: most hinted names pay nothing)
            spelt = self._spelt_across(name, rivals)
            if spelt:  # a name the other script spells letter for letter is that place: not a busier one, nor
                rivals = spelt  # one scoring a little higher, that only a looser spelling reaches (another name a
                top, weight = spelt[0]  # letter off)
        leader = max(rivals, key=itemgetter(1))
        asked = asked_level(name)  # (a part named with its city asks the part's level, not the city's)
        if (leader[1] >= PROMINENCE_RATIO * weight and not unit_contains(leader[0], top) and not unit_contains(top, leader[0])
                and (asked is None or leader[0].level in _HINT_LEVELS.get(asked, (asked,)))):
            top, weight = leader  # a far more prominent place of the name is what the name means
        settled = (any(m.source not in SOURCE_RANK for m, _ in rivals)  # (_learned) a dataset's own spelling weighs as before
                   and not self._dataset_spelling(name))
        if settled and _learned(top):  # a reference place keeps its name unless the learned one is far busier
            keeper = max((r for r in rivals if not _learned(r[0]) and PROMINENCE_RATIO * r[1] > weight
                          and not unit_contains(r[0], top) and not unit_contains(top, r[0])
                          and (asked is None or r[0].level in _HINT_LEVELS.get(asked, (asked,)))),
                         key=lambda r: r[1], default=None)
            if keeper is not None:
                top, weight = keeper
        if top.score < (HINTED_SCORE if pcode1 or pcode2 else CONFIDENT_SCORE):
            return None  # a loose spelling is a guess unless a hint confines it
        if top.score < 100.0 and not pcode1 and not self._exact_hits(variants(name)) and any(
                m.admin1_pcode != top.admin1_pcode for m, _ in ranked
                if m.score >= HINTED_SCORE and (m.level != "locality" or top.level == "locality")):
            return None  # a loose spelling never picks between governorates without a hint (a wadi or hill
            # elsewhere, which never answers a settlement's name alone, does not make a settlement ambiguous)
        if top.level == "neighbourhood" and asked == "town":
            return None  # "X village" is not the city quarter X
        if (not hinted and asked == "neighbourhood" and top.level == "neighbourhood"
                and self._generic_quarter_keys.issuperset(variants(name))):
            return None  # "الحي الغربي", "حي الثورة": the western quarter (or a common word's) of any town
        if top.level == "locality" and asked == "town" and any(
                parse(n).key in variants(name) for n in (top.name_ar, top.name_en) if n):
            return None  # "village Jabal X" is not the hill Jabal X (a wadi X may still mark the village X)
        if top.level == "locality" and weight < LOCALITY_CORROBORATED - 1e-9:
            return None  # one wadi or hill named X does not place the village X
        if _obscure(top, weight) and not (pcode1 or pcode2):
            return None  # village names repeat across Syria: one sighting does not make the name unique
        if (not hinted and asked is None and (top.level == "town" or top.level == "neighbourhood" and _learned(top))
                and self._far_quarter(name, top, ranked, weight)):
            return None  # a city quarter of the name elsewhere may be meant as well (الزهراء: Homs's, Aleppo's town)
        if (not (pcode1 or pcode2) and weight >= TOWN_WEIGHT and asked == "town" and says_village(name)
                and self._village_namesake(name, top) and not self._dataset_spelling(name, top)):
            return None  # "X village": a town of the name elsewhere does not outrank a village of it (unless a
            # dataset wrote this very place so: "Tremseh village" is GED's village of Tremseh, whatever others bear it)
        if any(self._rivalled(name, asked, top, weight, other, other_weight) for other, other_weight in rivals):
            return None
        if not hinted and self._written_elsewhere(name, top):
            return None  # "al-Sheikh Hadid" is الشيخ حديد in Hama as written, not the seat Shaykh al-Hadid
        if not hinted and self._arabic_namesake(name, top, weight):
            return None  # "Kafr Aya" is GED's Kafrayya, whose Arabic name كفريا al-Fu'ah's village, as busy, bears too
        return top

    def _rivalled(self, name: str, asked: str | None, top: Match, weight: float, other: Match, other_weight: float,
                  other_name: str | None = None) -> bool:
        """True when `other` (found by `other_name`, else by `name`) leaves `top`, of prominence `weight`, no best
        answer to `name`: another place farther than AMBIGUOUS_KM that `top` does not outweigh PROMINENCE_RATIO times."""
        if other is top or unit_contains(other, top) or unit_contains(top, other):
            return False
        if asked is not None and other.level not in _HINT_LEVELS.get(asked, (asked,)):
            return False  # "Hama province" is not rivalled by a suburb called al-Hamah
        if weight >= PROMINENCE_RATIO * other_weight:
            return False
        if (not _learned(top) and other_weight < PROMINENCE_RATIO * weight
                and weight - self._learned_weight(name, top)
                >= PROMINENCE_RATIO * (other_weight - self._learned_weight(other_name or name, other))
                and not self._dataset_spelling(name)):
            return False  # learning a dataset never costs a reference place its name (Hama, not "Al Hamah"): what
            # the reference sources give each side decides, so the events a dataset saw at the first-ranked
            # place do not win it a name a namesake as busy shares (جنينة: 3.0 in Hama, 4.8 in Deir ez-Zor)
        return distance_km(top.lat, top.lon, other.lat, other.lon) > AMBIGUOUS_KM

    def _arabic_namesake(self, name: str, place: Match, weight: float) -> bool:
        """True when a Latin name answers a village (below a listed town by what the reference sources give it) that
        a reference source names in Arabic, and a settlement elsewhere bearing that Arabic name rivals it
        (_rivalled). An exact Latin hit hides the cross-script tier, so a village a dataset wrote in Latin is never
        weighed against the many villages only the OSM layer names, in Arabic; its Arabic name meets them all as
        exact hits, and the place answers its names alike in both scripts."""
        keys = variants(name)
        if place.level != "town" or not keys[0].isascii():
            return False
        at = {j for i in self._exact_hits(keys) if same_place(self.entries[i], place) for j in self._same_places(i)}
        entries = self.entries
        if weight - sum(entries[j].weight for j in at if entries[j].source not in SOURCE_RANK) >= TOWN_WEIGHT:
            return False  # (a listed town or seat keeps its Latin name)
        asked = asked_level(name)
        return any(other.level == "town" and self._rivalled(name, asked, place, weight, other, other_weight, arabic)
                   for arabic in {entries[j].name_ar for j in at if entries[j].source in SOURCE_RANK and entries[j].name_ar}
                   for other, other_weight in self._resolve(arabic, None, None))

    def _written_elsewhere(self, name: str, place: Match) -> bool:
        """True when `place` writes the name only with the article on other words than the query does (every
        spelling of every source of it) while a settlement or quarter more than AMBIGUOUS_KM away writes it article
        for article. The keys drop every article, so both match alike and the article is the one sign of which is
        meant. An article on another word ("al-Sheikh Hadid" is الشيخ حديد in Hama, which only the cross-script
        reading finds, not the seat Shaykh al-Hadid) points elsewhere however prominent `place` is; an article only
        added or dropped (حمران, الحمران) is a weaker sign, which a place PROMINENCE_RATIO times more prominent by
        reference sources than the one written so outweighs (al-Daraiya is Darayya). A Latin name without an
        article says nothing (English drops it freely)."""
        mine = article_words(name)
        arabic = is_arabic(name)
        if not (mine or arabic):
            return False
        keys = variants(name)
        entries, hits = self.entries, self._exact_hits(keys)
        own = {j for i in hits if same_place(entries[i], place) for j in self._same_places(i)}
        far = [i for i in hits if i not in own and entries[i].level in ("town", "neighbourhood")
               and distance_km(place.lat, place.lon, entries[i].lat, entries[i].lon) > AMBIGUOUS_KM
               and not unit_contains(place, entries[i])]  # (a district's own town)
        if not own or not far and arabic:
            return False  # (most names: one place, or one reached another way: a unit's town, a context)

        def writes(i: int, script_arabic: bool, keyed: bool = True) -> set[frozenset[int]]:
            return {article_words(n) for n in entries[i].all_names()
                    if is_arabic(n) == script_arabic and (not keyed or not set(variants(n)).isdisjoint(keys))}

        written = set().union(*(writes(j, arabic) for j in own))
        if mine in written:
            return False
        moved = bool(mine) and any(written)  # (an article on another word)
        far = [i for i in far if mine in writes(i, arabic)]
        if moved and not arabic:  # the namesake written so may be one only the other script names
            far += [i for i, score in self._cross_known(keys, article_count(name)).items()
                    if score >= CROSS_SCORE and entries[i].level == "town" and mine in writes(i, True, False)
                    and distance_km(place.lat, place.lon, entries[i].lat, entries[i].lon) > AMBIGUOUS_KM
                    and not unit_contains(place, entries[i])]
        if moved or not far:
            return bool(far)
        reference = sum(entries[j].weight for j in own if entries[j].source in SOURCE_RANK)
        return any(reference < PROMINENCE_RATIO * self._place_weight(i) for i in far)

    def _spelt_across(self, name: str, rivals: list[Ranked]) -> list[Ranked]:
        """The rivals (not named spots) that the cross-script reading of `name` reaches letter for letter
        (CROSS_SCORE, no penalty): places that bear the other script's name it reads as, a town the reading lifts to
        it included (_read_alike: "Eskar" reads as عسكر, the town's name too); a loose spelling in the query's own
        script that happens to score as much is not among them. When there are such places, the others that may
        bear the name too follow them (_may_be_the_name); none at all when there are none."""
        arabic = is_arabic(name)
        keys = variants(name)
        read = {key for i, score in self._cross_known(keys, article_count(name)).items()
                if score == CROSS_SCORE for key in self._entry_keys(i)}
        spelt = [r for r in rivals if r[0].score == CROSS_SCORE and r[0].level != "locality"
                 and parse((r[0].name_en if arabic else r[0].name_ar) or "").key in read]
        if not spelt and not arabic and not article_count(name):  # a Latin name without an article says nothing of
            read = {key for i, score in self._cross_known(keys, None).items()  # one: "Mnaizleh" is المنيزلة letter
                    if score == CROSS_SCORE for key in self._entry_keys(i)}  # for letter, over a looser منزلة
            spelt = [r for r in rivals if r[0].score == CROSS_SCORE - ARTICLE_PENALTY and r[0].level != "locality"
                     and parse(r[0].name_ar or "").key in read]
        return spelt and spelt + [r for r in rivals if r not in spelt and _may_be_the_name(keys[0], r[0], arabic)]

    def _hinted_quarter(self, name: str, pcode1: str, ranked: list[Ranked]) -> Match | None:
        """A city quarter a common word names (الشهداء، النزهة, "Baath": quarters of several cities bear it, so the
        name alone places none, _quarters_aside), asked with its governorate as the hint, when nothing else there
        answers: the quarter, when the name spells its own name exactly (a Latin name: or at the confident bar, as
        English spellings vary: "Khaldiyeh" for Khalidiyah) and every quarter of the name in
        the governorate lies in one city, capped at HINTED_SCORE (the hint placed it). A name that only describes a
        spot ("الشمالية", "the industrial zone") or says village stays unanswered; the extractor, which reads such
        words in running text, asks exact() and resolve(), never this."""
        if asked_level(name) not in (None, "neighbourhood") or descriptive(name) or any(
                m.admin1_pcode == pcode1 and m.score >= HINTED_SCORE and m.level != "neighbourhood" for m, _ in ranked):
            return None  # ("X village" is no quarter; a village there of the name is the answer, or "I don't know")
        keys = variants(name)
        quarters = [i for i in self._exact_hits(keys) if i in self._quarter_ids and self.entries[i].admin1_pcode == pcode1
                    and any(parse(n).key in keys for n in (self.entries[i].name_en, self.entries[i].name_ar) if n)]
        # (its own name, not a variant or a key derived from it: باب is not "Bab Sharqi", which lists "Bab")
        if not quarters and keys[0].isascii():  # a Latin name may spell it closely ("Khaldiyeh", "Reeyadi"): English
            quarters = [i for key, score in self._near_keys(keys[0]) if score >= CONFIDENT_SCORE  # spellings vary
                        for i in self._index[key] if i in self._quarter_ids
                        and self.entries[i].admin1_pcode == pcode1 and parse(self.entries[i].name_en).key == key]
        if not quarters:
            return None
        first = self.entries[quarters[0]]
        if any(distance_km(first.lat, first.lon, self.entries[i].lat, self.entries[i].lon) > AMBIGUOUS_KM
               for i in quarters):
            return None  # quarters of two cities of the governorate: the hint does not say which
        return self._match(quarters[0], HINTED_SCORE)

    def _far_quarter(self, name: str, place: Match, ranked: list[Ranked], weight: float) -> bool:
        """True when an OCHA city quarter that the name's own keys hold lies more than AMBIGUOUS_KM from `place`, whose
        prominence is `weight`. A quarter answers only in context, but its bare name is no less its own than a town's:
        a city quarter is as populous as a town (it rivals one as TOWN_WEIGHT), so only a town PROMINENCE_RATIO times
        that outweighs it. A name that says camp ("Yarmouk Camp") is not a quarter that does not say so when the place
        weighs a town's without a dataset's events (a camp bears its town's name); a village does not become the camp
        by them ("Neirab camp" is Aleppo's quarter, not GED's village in Idlib)."""
        if weight >= PROMINENCE_RATIO * TOWN_WEIGHT or not any(m.level == "neighbourhood" for m, _ in ranked):
            return False  # (set-aside quarters stay listed: most names have none, and pay nothing more)
        quarters, entries = self._quarter_ids, self.entries
        camp = says_camp(name) and weight - self._learned_weight(name, place) >= TOWN_WEIGHT
        return any(i in quarters and distance_km(place.lat, place.lon, entries[i].lat, entries[i].lon) > AMBIGUOUS_KM
                   and not (camp and not any(map(says_camp, entries[i].all_names())))
                   for i in self._exact_hits(variants(name)))

    def _village_namesake(self, name: str, place: Match) -> bool:
        """True when a settlement weighing less than a town lies far from `place` under any of its names in either
        script (its OSM twin's الصفصافة reaches the Raqqa village GED calls "As Safsafah village"); each spelling
        of "X/Y village" counts."""
        keys = {key for part in spellings(name) for k in variants(part) for i in self._index.get(k, ())
                if same_place(self.entries[i], place) for j in self._same_places(i) for key in self._entry_keys(j)}
        return any(self.entries[i].level == "town" and self._place_weight(i) < TOWN_WEIGHT
                   and distance_km(place.lat, place.lon, self.entries[i].lat, self.entries[i].lon) > AMBIGUOUS_KM
                   for key in keys for i in self._index.get(key, ()))

    def _learned_weight(self, name: str, place: Match) -> float:
        """The part of a candidate's prominence that learned dataset places give it (they may share its spot
        with an OSM village of the name): the candidate's twins under the name's own keys, dataset ones only."""
        found: set[int] = set()
        for key in variants(name):
            for i in self._index.get(key, ()):
                if same_place(self.entries[i], place):
                    found |= self._same_places(i)
        return sum(self.entries[j].weight for j in found if self.entries[j].source not in SOURCE_RANK)

    def _dataset_spelling(self, name: str, place: Match | None = None) -> bool:
        """True when the query is, letter for letter, how a dataset wrote a place it taught ("Al Qurayya town"):
        the dataset's own place then rivals a reference namesake as any place does ("X/Y village": each spelling).
        With `place`: a place there."""
        parts = {" ".join(part.split()).casefold() for part in spellings(name)}
        return any(self.entries[i].source not in SOURCE_RANK and parts <= {n.casefold() for n in self.entries[i].names}
                   and (place is None or same_place(self.entries[i], place))
                   for key in {k for part in spellings(name) for k in variants(part)} for i in self._index.get(key, ()))

    # --- ranking -----------------------------------------------------------------------------
    def _rank(self, hits: dict[int, float], level: str | None, pcode1: str | None,
              pcode2: str | None) -> list[Ranked]:
        if len(hits) == 1:  # most names: nothing to order
            [(i, score)] = hits.items()
            return [(self._match(i, score), self._place_weight(i))]
        entries, prominence, wanted = self.entries, self._prominence, _HINT_LEVELS.get(level, (level,))

        def order(item: tuple[int, float]) -> tuple:  # _outside's two flags written out: one call less per hit
            entry = entries[item[0]]
            return (pcode1 is not None and entry.admin1_pcode != pcode1 and not self._in_governorate(entry, pcode1),
                    pcode2 is not None and entry.admin2_pcode != pcode2, entry.level == "locality", -item[1], level is not None and entry.level not in wanted,
                    prominence[item[0]])

        ranked = sorted(hits.items(), key=order)
        places = [entries[i] for i, _ in ranked]
        units = [e for e in places if e.level in ("governorate", "district", "subdistrict")]
        out: list[Ranked] = []
        for group in by_place(places):
            head, score = ranked[group[0]]
            if len(group) == 1:  # most places: one source among the candidates, its names and prominence its own
                match, weight = self._match(head, score), self._place_weight(head)
            else:
                twins = [entries[ranked[n][0]] for n in group]
                arabic = next((e.name_ar for e in twins if e.name_ar), "")
                english = next((e.name_en for e in twins if e.name_en), "")
                # Every source naming the place adds to its prominence, in either script ...
                weight = self._weight(frozenset().union(*(self._same_places(ranked[n][0]) for n in group)))
                # One point per place whatever the query's script or what was learned: a reference source's over
                # a dataset's, and either over OSM's (which only the Arabic name reaches). With a hint, first a
                # source that puts it inside the hinted unit: sources may disagree on the governorate of a spot
                # near a border (GED's Qurmus in Homs is OSM's قرمس in Hama), and the hint says which is meant.
                first = min(group, key=lambda n: (_outside(entries[ranked[n][0]], pcode1, pcode2),
                                                  SOURCE_RANK.get(entries[ranked[n][0]].source, 3)))
                match = self._match(ranked[first][0], score, arabic, english)
            if units and places[group[0]].level == "town":  # ... and so does each admin unit named after it that holds it
                weight += sum(u.weight for u in units if unit_contains(u, places[group[0]]))
            out.append((match, weight))
        return out

    def _weight(self, places: frozenset[int]) -> float:
        return sum(self.entries[j].weight for j in places)

    def _place_weight(self, i: int) -> float:
        """The prominence of entry i's place (its weight and its twins'), summed once per entry."""
        found = self._place_weights.get(i)
        if found is None:
            twins = self._twin_sets.get(i)  # most entries have none: their own weight (0 + weight, as sum() adds it)
            found = self._place_weights[i] = self._weight(twins) if twins else 0 + self.entries[i].weight
        return found

    @cached_property
    def _twin_sets(self) -> dict[int, frozenset[int]]:
        """Each point entry and the other sources' entries of the same place (gazetteer.twins.twin_sets), found once
        for the whole table (on first use, so start-up stays short); a query then only looks its candidates up.
        Shipped: only the entries with twins (_same_places reads the rest as alone)."""
        if self._shipped:
            return self._shipped.twin_sets
        return twin_sets(self.entries, self._entry_keys, CROSS_CUTOFF)

    def _same_places(self, i: int) -> frozenset[int]:
        """Entry i and the other sources of the same place (see _twin_sets); an admin unit is only itself."""
        return self._twin_sets.get(i) or frozenset((i,))

    def _entry_keys(self, i: int) -> list[str]:
        return self._keys[i] if self._keys is not None else entry_keys(self.entries[i])

    def _match(self, i: int, score: float, name_ar: str = "", name_en: str = "") -> Match:
        """Entry i as a Match, a twin's `name_ar`/`name_en` standing in for a missing name; exact matches
        are made once and reused (Match is immutable)."""
        entry = self.entries[i]
        name_ar, name_en = entry.name_ar or name_ar, entry.name_en or name_en or self._latin_names.get(i, "")
        if score != 100.0:
            return entry.to_match(score, False, False, name_ar, name_en)
        key = (i, name_ar, name_en)
        found = self._exact_matches.get(key)
        if found is None:  # (positional arguments: a keyword call costs more)
            found = self._exact_matches[key] = entry.to_match(score, False, False, name_ar, name_en)
        return found

    def _region(self, core: str, pcode1: str | None) -> list[Ranked]:
        """'countryside of X': the governorates of X's candidates, at region precision, when X names an admin
        unit or the seat of one (a seat's namesake village elsewhere still makes the region ambiguous)."""
        out: list[Ranked] = []
        ranked = self._rank(dict(self._candidates((core,), cross=False)), None, pcode1, None)
        units = [m for m, _ in ranked if m.level in ("country", "governorate", "district", "subdistrict")]
        if not units:  # X names no unit (nor so the seat of one): a village's countryside is not its governorate
            return out
        for place, _ in ranked:  # every governorate the name may mean: best() weighs them
            unit = self._country if place.level == "country" else self._units.get(place.admin1_pcode)
            if unit is not None and all(m.admin1_pcode != unit.admin1_pcode for m, _ in out):
                out.append((unit.to_match(place.score, region=True), unit.weight))
        return out

    # --- listings and reverse ----------------------------------------------------------------
    def governorates(self) -> list[Match]:
        """The 14 governorates, by P-code."""
        return [e.to_match(100.0) for e in admin_units() if e.level == "governorate"]

    def districts(self, admin1_pcode: str | None = None) -> list[Match]:
        """The districts (of one governorate when given), by P-code."""
        return [e.to_match(100.0) for e in admin_units()
                if e.level == "district" and admin1_pcode in (None, e.admin1_pcode)]

    @cached_property
    def _membership(self) -> Membership:
        return Membership(self.entries, self.ocha_dir or settings.SHIPPED_BOUNDARIES)

    def _in_governorate(self, place, pcode: str) -> bool:
        """True when an entry or match lies in the governorate `pcode`, or is a region across governorates one of whose
        members does (a hint of Deir ez-Zor or Raqqa finds the Euphrates valley, which has no governorate of its own)."""
        return place.admin1_pcode == pcode or (place.admin1_pcode is None and place.level == "region"
                                               and pcode in self._membership.governorates(place))

    def _none_inside(self, ranked: list[Ranked], pcode1: str | None) -> bool:
        """True when nothing is ranked or, with a hint, nothing ranked lies in the hinted governorate: _lookup then
        tries the name without its qualifier and a camp's head."""
        return not ranked or bool(pcode1) and not any(self._in_governorate(m, pcode1) for m, _ in ranked)

    def contains(self, region: Match, place: Match) -> bool:
        """True when `place` lies inside the named region `region`, by the region's member subdistricts (see
        gazetteer.membership): however wide the region, and whichever governorates it crosses."""
        return self._membership.contains(region, place)

    def reverse(self, lat: float, lon: float) -> dict | None:
        """The admin 1/2/3 units holding a point (OCHA polygons; else the nearest district centre)."""
        from gazetteer.reverse import reverse

        return reverse(lat, lon, self.ocha_dir, self.outlines)


def _obscure(place: Match, weight: float) -> bool:
    """A place too little known to be meant by its name alone: a village with one sighting or source, or a
    named spot nothing else corroborates (Syria has many villages of one name, and many are common words)."""
    if place.level == "locality":
        return weight < LOCALITY_CORROBORATED - 1e-9
    return place.level == "town" and weight <= SINGLE_SIGHTING


def _may_be_the_name(key: str, place: Match, arabic: bool) -> bool:
    """True when a place a loose spelling reached may bear the name `key` spells, not another a letter off: a Latin
    query spells out its Arabic name ("Rmelan" رميلان), or, where it has none, writes the consonants of its Latin
    one ("Rmelan", "Rimêlan"); an Arabic query has its Arabic name's consonants. "Tel Amir" does not spell تل تامر
    (Tall Tamr), nor "Tall Ammar" تل عمارة (Tall Amarah: its final ة)."""
    own = parse(place.name_ar or "").key
    if not arabic and own:
        return spelt_out(key, own)
    return skeleton(key) == skeleton(own if arabic else parse(place.name_en or "").key)


def _learned(place: Match) -> bool:
    """True for a place only a dataset's events name (no reference source, the user's places included)."""
    return place.source not in SOURCE_RANK



def _outside(place, pcode1: str | None, pcode2: str | None) -> tuple[bool, bool]:
    """Whether a place lies outside the hinted governorate, and outside the hinted district."""
    return (pcode1 is not None and place.admin1_pcode != pcode1, pcode2 is not None and place.admin2_pcode != pcode2)


def _prominence(place, weight: float) -> tuple[int, float]:
    """The tie-breaking tail of a sort key: finer level first, then the more prominent place."""
    return LEVEL_ORDER.get(place.level, 9), -weight
