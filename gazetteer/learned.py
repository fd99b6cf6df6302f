"""Places learned from geocoded incident datasets (GED, ACLED): a CSV the importer appends to."""
from __future__ import annotations

import csv
import math
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from gazetteer import admin
from gazetteer.builtin import admin_units
from gazetteer.entry import Entry, entry_keys, ocha_quarter
from gazetteer.normalize import city_part, normalize, parse
from gazetteer.twins import within

if TYPE_CHECKING:
    import pandas as pd

COLUMNS = ("name", "name_ar", "lat", "lon", "admin1", "admin2", "level", "source", "count")
LANDMARK_WORDS = ("airbase", "airport", "base", "border", "crossing", "checkpoint", "complex", "dam", "prison",
                  "hospital", "factory", "field", "station", "academy", "college", "hill", "mount", "bridge")


def learned_path(path: Path | str | None = None) -> Path:
    """The learned-places file: `path`, else the configured one (gazetteer.settings: GAZETTEER_LEARNED)."""
    from gazetteer import settings

    return Path(path) if path else settings.learned_path()


def place_level(name: str) -> str:
    """town, neighbourhood or landmark, from the words of a dataset's location name."""
    words = name.lower().split()
    if any(w in LANDMARK_WORDS for w in words):
        return "landmark"
    return "neighbourhood" if parse(name).level == "neighbourhood" else "town"


@lru_cache(maxsize=1)
def country_keys() -> frozenset[str]:
    """The match keys of Syria's own names: a dataset's point for the whole country is not a place."""
    return frozenset(normalize(n) for e in admin_units() if e.level == "country" for n in e.all_names())


@lru_cache(maxsize=200_000)
def _name_level(name: str) -> str | None:
    """The level of a dataset's location name, or None when it names no place: empty, a region ("Eastern
    Aleppo", "ريف حماة") or the country. Asked once per name: a large import repeats its names."""
    parsed = parse(name)
    if not parsed.key or parsed.region or parsed.key in country_keys():
        return None
    return place_level(name)


def clean_row(raw: dict) -> dict | None:
    """A clean learned row, or None when the name or coordinates are missing or out of range, or the
    name is not a place (see `_name_level`)."""
    name = str(raw.get("name") or "").strip()
    try:
        lat, lon = float(raw.get("lat")), float(raw.get("lon"))
    except (TypeError, ValueError):
        return None
    level = _name_level(name)
    if level is None or not (-90 <= lat <= 90 and -180 <= lon <= 180) or math.isnan(lat + lon):
        return None
    return {
        "name": name, "name_ar": str(raw.get("name_ar") or "").strip(), "lat": round(lat, 5),
        "lon": round(lon, 5), "admin1": str(raw.get("admin1") or "").strip(),
        "admin2": str(raw.get("admin2") or "").strip(), "level": raw.get("level") or level,
        "source": str(raw.get("source") or "learned").strip(), "count": int(raw.get("count") or 1),
    }


def read_learned(path: Path | str | None = None) -> list[dict]:
    """The learned rows (empty when the file does not exist yet)."""
    file = learned_path(path)
    if not file.exists():
        return []
    with open(file, encoding="utf-8", newline="") as handle:
        return [r for r in (clean_row(raw) for raw in csv.DictReader(handle)) if r]


def place_identity(row: dict) -> tuple[str, float, float]:
    """A clean row's place: its name's match key and its point to 3 decimals (~100 m), as learning merges them."""
    return normalize(row["name"]), round(float(row["lat"]), 3), round(float(row["lon"]), 3)


def merge_rows(shipped: list[dict], own: list[dict]) -> list[dict]:
    """A shipped layer's rows and a learned file's, one row per place: a place in both keeps the shipped row with
    the larger count (an import of the shipped layer's own events teaches the same count again: not twice)."""
    if not own:
        return shipped
    mine = {place_identity(row): row for row in own}
    merged = [{**row, "count": max(row["count"], mine.pop(place_identity(row), row)["count"])} for row in shipped]
    return merged + list(mine.values())


def gaps(rows: list[dict], entries: list[Entry], held: list[Entry], held_keys: list[list[str]],
         quarter_km: float) -> tuple[list[dict], list[Entry]]:
    """The rows of a shipped layer (and their entries, see `to_entries`) that fill a gap in the reference layers
    (`held`, their entries, and `held_keys`, each one's match keys): a place no entry of its names stands for (see
    `names_the_place`; `quarter_km`: how far a city quarter does), and not a "City - Part" form (the city's own form
    handling answers it). So the layer adds what nothing else names and changes no answer they give."""
    reach = (quarter_km / 111.2) ** 2  # (twins.within's measure)
    keys = [entry_keys(entry) for entry in entries]
    wanted = {key for found in keys for key in found}
    holders: dict[str, list[Entry]] = {}
    for entry, found in zip(held, held_keys):
        if not wanted.isdisjoint(found):
            for key in wanted.intersection(found):
                holders.setdefault(key, []).append(entry)
    kept = [(row, entry) for row, entry, found in zip(rows, entries, keys)
            if not city_part(row["name"]) and not any(
                names_the_place(other, entry, reach) for key in found for other in holders.get(key, ()))]
    return [row for row, _ in kept], [entry for _, entry in kept]


def names_the_place(held: Entry, row: Entry, reach: float) -> bool:
    """Whether a reference entry sharing a key with a dataset's place stands for it. A city quarter does only within
    `reach` (twins.within): it answers in its city's context alone, so a village of its name elsewhere (Aleppo's
    al-Nayrab, Idlib's Nayrab) rivals none of its answers and must not be hidden by it. Any other entry does wherever
    it is: a town answers its bare name, and a namesake elsewhere would rival it (GED's al-Hama by Damascus, Hama)."""
    return not ocha_quarter(held) or within(held, row, reach)


def learn(rows: Iterable[dict] | pd.DataFrame, path: Path | str | None = None, only_new: bool = False) -> int:
    """Add places {name, name_ar?, lat, lon, admin1?, admin2?, source, count?} (dicts or a frame of those
    columns) to the learned file; returns how many rows were usable. Repeated places add to their count; the
    file is replaced atomically. `only_new`: skip places the file already holds (a re-import re-teaches what was
    lost, idempotently). In bulk (gazetteer.learning), imported only here: reading the gazetteer needs no pandas."""
    from gazetteer.learning import learn_frame

    return learn_frame(rows, learned_path(path), only_new)


def display_name(name: str) -> str:
    """A dataset's location name without its trailing designator ("Teir Maaleh village" -> "Teir Maaleh")."""
    words = name.split()
    if len(words) > 1 and parse(words[-1]).level is not None:
        words = words[:-1]
    return " ".join(words)


def spellings(name: str) -> list[str]:
    """The spellings a dataset joins with '/' ("As Suwar town/Sur town"), but "Syria/Turkey border" is one
    place: a border between two places."""
    if "border" in name.lower().split():
        return [name.strip()]
    return [n.strip() for n in name.split("/") if n.strip()]


def event_weight(count: int) -> float:
    """Prominence from the number of events at a place: 1 for one, then 1 more each time the count doubles
    (1,000 events weigh 11), so a busy front-line village never outweighs a city with its own events."""
    return 1.0 + math.log2(max(int(count), 1))


def to_entries(rows: list[dict], admin_pcode) -> list[Entry]:
    """Learned rows as entries; `admin_pcode(name, level)` turns the rows' admin names into P-codes."""
    entries = []
    for row in filter(None, map(clean_row, rows)):
        names = spellings(row["name"])
        admin1 = admin_pcode(row["admin1"], "governorate") if row["admin1"] else None
        admin2 = admin_pcode(row["admin2"], "district") if row["admin2"] else None
        entries.append(Entry(
            name_en=display_name(names[0]), name_ar=row["name_ar"], lat=float(row["lat"]), lon=float(row["lon"]),
            level=row["level"], source=row["source"], names=names, admin1_pcode=admin1,
            admin2_pcode=admin2, weight=event_weight(row["count"]),
        ))
    return entries


def learned_entries(path: Path | str | None = None) -> list[Entry]:
    """The learned places as gazetteer entries, admin names resolved to P-codes."""
    return to_entries(read_learned(path), admin_pcode)


def admin_pcode(name: str, level: str) -> str | None:
    """The P-code of a governorate or district a dataset names (a P-code passes through)."""
    return admin.pcode(level, name)
