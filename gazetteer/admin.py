"""Admin unit lookup: the P-code of a governorate, district or subdistrict name in any script, and back.

Governorates and districts come from data/gazetteer/admin_units.csv, subdistricts from subdistricts.csv (OCHA
COD-AB v02). `pcode(3, "Ariha", parent="SY07")` -> "SY070300"; `name("SY0500")` -> "Hama".
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process

from gazetteer.builtin import DATA, admin_units

SUBDISTRICTS = DATA / "subdistricts.csv"
LEVELS = {"governorate": 1, "admin1": 1, "district": 2, "admin2": 2, "subdistrict": 3, "admin3": 3}
FUZZY_CUTOFF = 88.0  # a looser spelling of a unit's name still names it


@dataclass(frozen=True)
class AdminUnit:
    """One admin unit: level 1-3, P-code, names, the P-code of the unit above it and its centre."""

    level: int
    pcode: str
    name_en: str
    name_ar: str
    parent: str | None
    names: tuple[str, ...] = ()
    lat: float = 0.0
    lon: float = 0.0


@lru_cache(maxsize=1)
def units() -> tuple[AdminUnit, ...]:
    """Every governorate, district and subdistrict."""
    out = [AdminUnit(level=1 if e.level == "governorate" else 2,
                     pcode=e.admin1_pcode if e.level == "governorate" else e.admin2_pcode,
                     name_en=e.name_en, name_ar=e.name_ar,
                     parent=None if e.level == "governorate" else e.admin1_pcode,
                     names=tuple(e.names), lat=e.lat, lon=e.lon)
           for e in admin_units() if e.level in ("governorate", "district")]
    with open(SUBDISTRICTS, encoding="utf-8", newline="") as handle:
        out += [AdminUnit(level=3, pcode=r["pcode"], name_en=r["name_en"], name_ar=r["name_ar"],
                          parent=r["admin2_pcode"], lat=float(r["lat"]), lon=float(r["lon"]))
                for r in csv.DictReader(handle)]
    return tuple(out)


@lru_cache(maxsize=1)
def by_pcode() -> dict[str, AdminUnit]:
    """Units by P-code."""
    return {u.pcode: u for u in units()}


@lru_cache(maxsize=1)
def _keys() -> dict[int, dict[str, list[AdminUnit]]]:
    """For each level, the units under each match key of their names."""
    from gazetteer.normalize import variants

    out: dict[int, dict[str, list[AdminUnit]]] = {1: {}, 2: {}, 3: {}}
    for unit in units():
        for name in (unit.name_en, unit.name_ar, *unit.names):
            for key in variants(name)[:1]:
                if key and unit not in out[unit.level].setdefault(key, []):
                    out[unit.level][key].append(unit)
    return out


def _level(level: int | str) -> int:
    found = LEVELS.get(level, level) if isinstance(level, str) else level
    if found not in (1, 2, 3):
        raise ValueError(f"admin level must be 1-3 or governorate/district/subdistrict, not {level!r}")
    return found


def _within(unit: AdminUnit, parent: str | None) -> bool:
    return parent is None or unit.pcode.startswith(parent)


@lru_cache(maxsize=20_000)
def pcode(level: int | str, name: str | None, parent: str | None = None) -> str | None:
    """The P-code of the level-1/2/3 unit a name (any script, or a P-code) calls, inside the `parent` P-code
    when given; None when no unit (or more than one) answers."""
    from gazetteer.normalize import variants

    level = _level(level)
    text = (name or "").strip()
    if not text:
        return None
    if text.upper() in by_pcode():
        unit = by_pcode()[text.upper()]
        return unit.pcode if unit.level == level and _within(unit, parent) else None
    table = _keys()[level]
    for key in variants(text):
        found = [u for u in table.get(key, ()) if _within(u, parent)]
        if found:
            return found[0].pcode if len({u.pcode for u in found}) == 1 else None
    key = variants(text)[0]
    if len(key) < 4:
        return None
    near = process.extract(key, [k for k, us in table.items() if any(_within(u, parent) for u in us)],
                           scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF, limit=2)
    if len(near) == 1 or (near and near[0][1] > near[1][1]):
        found = [u for u in table[near[0][0]] if _within(u, parent)]
        return found[0].pcode if len(found) == 1 else None
    return None


def name(code: str | None) -> str | None:
    """The English (OCHA) name of a unit's P-code, or None."""
    unit = by_pcode().get((code or "").upper())
    return unit.name_en if unit else None
