"""The built-in layers' derived indexes, made once and shipped (data/gazetteer/indexes.json): the first names a
process resolves read them (a few ms) instead of making them (0.2 s CPU). Derived from the tables beside it by
the code that makes them (for the default gazetteer's entries: the built-in layers and the shipped GED places;
gazetteer.core's twin sets, cross-script index and its keys' vowel frames, fuzzy key groups, quarter keys; the
romanised names of Arabic-only entries; the readings of the entries' names and, for each name, what answer()
gives it without a hint, as entry numbers), so the file carries a fingerprint of both; a file that does not match
is ignored and the indexes are made on first use as before. Regenerate with `python -m gazetteer.indexes` (or
`make gazetteer-indexes`) after changing either.
"""
from __future__ import annotations

import argparse
import zlib
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import orjson

from gazetteer.builtin import DATA
from gazetteer.normalize import readings
from gazetteer.replace_file import replace_file
from gazetteer.translit import display_latin, vowel_frames

INDEXES = DATA / "indexes.json"
FORMAT = "syria-gazetteer-indexes/1"
# The modules whose code derives the indexes or the keys they hold: any change to them makes a new fingerprint.
_CODE = tuple(Path(__file__).with_name(name) for name in ("core.py", "translit.py", "normalize.py", "entry.py",
                                                           "builtin.py", "indexes.py", "admin.py", "learned.py"))


@dataclass(frozen=True)
class Indexes:
    """What Gazetteer would otherwise make on first use, for the built-in entries and keys. The twin sets and the
    key groups are made from the file's lists when first asked for: a batch of the layers' own names, answered
    from `answers`, never asks."""

    doc: dict  # the file's content
    keys: list[str]  # the gazetteer's index keys in order (the file numbers keys by them)
    quarter_ids: frozenset[int]
    generic_quarter_keys: frozenset[str]
    latin_names: dict[int, str]  # the romanised name a match of an entry with no Latin name shows
    town_frames: frozenset[str]
    cross_frames: dict[str, list[str]]  # translit.vowel_frames of each key in the cross-script index
    readings: dict[str, object]  # normalize.readings() of every name the entries write
    answers: dict[str, list | None]  # answer() of each of those names without a hint, as told_answer() writes it

    @cached_property
    def twin_sets(self) -> dict[int, frozenset[int]]:
        """The point entries that have twins (the rest are alone)."""
        return {row[0]: frozenset(row) for row in self.doc["twins"]}

    @cached_property
    def cross(self) -> dict[bool, dict[str, list[tuple[str, int]]]]:
        keys = self.keys
        return {script == "ar": {skel: [(keys[k], i) for k, i in pairs] for skel, pairs in groups.items()}
                for script, groups in self.doc["cross"].items()}

    @cached_property
    def skeletons(self) -> dict[str, list[str]]:
        keys = self.keys
        return {group: [keys[k] for k in found] for group, found in self.doc["skeletons"].items()}

    @cached_property
    def blocks(self) -> dict[str, list[str]]:
        keys = self.keys
        return {group: [keys[k] for k in found] for group, found in self.doc["blocks"].items()}


def fingerprint() -> str:
    """A checksum of the shipped tables and of the code that derives keys and indexes from them (CRC-32 and
    length: it tells a changed input, it guards against no one; zlib is loaded already, hashlib is not)."""
    checksum, size = 0, 0
    for path in (*sorted(DATA.glob("*.csv*")), *_CODE):
        data = path.name.encode("utf-8") + b"\0" + path.read_bytes()
        checksum, size = zlib.crc32(data, checksum), size + len(data)
    return f"{checksum:08x}-{size}"


def read_indexes(path: Path, keys: list[str]) -> Indexes | None:
    """The indexes in `path`, its keys numbered as `keys` (the gazetteer's index keys in order); None when the
    file is missing or was made from other tables or code."""
    try:
        doc = orjson.loads(path.read_bytes())
    except (OSError, orjson.JSONDecodeError):
        return None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT or doc.get("fingerprint") != fingerprint():
        return None
    return Indexes(
        doc=doc, keys=keys,
        quarter_ids=frozenset(doc["quarter_ids"]),
        generic_quarter_keys=frozenset(doc["generic_quarter_keys"]),
        latin_names=dict(doc["latin_names"]),
        town_frames=frozenset(doc["town_frames"]),
        cross_frames=doc["cross_frames"],
        readings=doc["readings"],
        answers=dict(zip(doc["readings"], doc["answers"])),
    )


def make_indexes(gaz) -> dict:
    """The file's content for a Gazetteer made without one (its indexes are made here): keys by number."""
    number = {key: n for n, key in enumerate(gaz._index)}
    names = dict.fromkeys(name for entry in gaz.entries for name in entry.all_names())
    spots: dict[tuple, list[int]] = {}
    for i, entry in enumerate(gaz.entries):
        spots.setdefault((entry.lat, entry.lon, entry.source, entry.level), []).append(i)
    return {
        "format": FORMAT, "fingerprint": fingerprint(),
        "twins": [[i, *sorted(found - {i})] for i, found in gaz._twin_sets.items() if len(found) > 1],
        "cross": {"ar" if arabic else "latin": {skel: [[number[key], i] for key, i in pairs]
                                                for skel, pairs in groups.items()}
                  for arabic, groups in gaz._cross.items()},
        "skeletons": {group: [number[k] for k in found] for group, found in gaz._skeletons.items()},
        "blocks": {group: [number[k] for k in found] for group, found in gaz._blocks.items()},
        "quarter_ids": sorted(gaz._quarter_ids),
        "generic_quarter_keys": sorted(gaz._generic_quarter_keys),
        "latin_names": [[i, display_latin(entry.name_ar)] for i, entry in enumerate(gaz.entries)
                        if entry.name_ar and not entry.name_en and not any(n.isascii() for n in entry.names)],
        "town_frames": sorted(gaz._town_frames),
        "cross_frames": {key: list(vowel_frames(key)) for groups in gaz._cross.values() for pairs in groups.values()
                         for key, _ in pairs},
        "readings": readings(names),
        "answers": [told_answer(gaz, name, spots) for name in names],
    }


def told_answer(gaz, name: str, spots: dict[tuple, list[int]]) -> list | None:
    """gaz.answer(name)'s result by entry numbers, for Gazetteer._told to make again: [best, *candidates], a
    candidate written as i for entry i's own Match at score 100, else as [i, score, name_ar, name_en] (a twin's
    names, a lower score); best as None, its position among the candidates, or else as that list. None when a
    Match is no entry's as _match makes it (a governorate as a region, a point moved near a town): not shipped.
    `spots`: entry numbers by (lat, lon, source, level)."""
    best, candidates = gaz.answer(name)
    told = [_told_match(gaz, match, spots) for match in candidates]
    if best is None or best in candidates:
        head = None if best is None else candidates.index(best)
    else:  # (a rival past the listed candidates: always as a list, an int is a position)
        head = _told_match(gaz, best, spots)
        head = [head, 100.0, "", ""] if head.__class__ is int else head
    return None if None in told or (best is not None and head is None) else [head, *told]


def _told_match(gaz, match, spots: dict[tuple, list[int]]) -> int | list | None:
    """One Match as told_answer writes it: i when entry i's own Match at score 100 is it, [i, score, name_ar,
    name_en] when entry i's Match with that score and those names is; None when no entry at its spot makes it."""
    for i in spots.get((match.lat, match.lon, match.source, match.level), ()):
        if match.score == 100.0 and gaz._match(i, 100.0) == match:
            return i
        if gaz._match(i, match.score, match.name_ar, match.name_en) == match:
            return [i, match.score, match.name_ar, match.name_en]
    return None


def main(argv: list[str] | None = None) -> None:
    from gazetteer.core import Gazetteer

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=INDEXES)
    args = parser.parse_args(argv)
    default = Gazetteer.from_layers()  # the built-in layers and the shipped GED places, as load() gives them
    doc = make_indexes(Gazetteer(default.entries, default._keys))  # made here, not read from the old file
    replace_file(args.out, lambda handle: handle.write(orjson.dumps(doc).decode("utf-8")))
    print(f"{len(doc['twins'])} twin sets, {sum(map(len, doc['cross'].values()))} cross-script skeletons -> {args.out}")


if __name__ == "__main__":
    main()
