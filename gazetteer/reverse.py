"""Reverse lookup: the admin units holding a point."""
from __future__ import annotations

from pathlib import Path

from gazetteer.boundaries import in_syria, locate
from gazetteer.builtin import admin_units
from gazetteer.entry import ADMIN_FIELDS, Entry


def reverse(lat: float, lon: float, ocha_dir: Path | str | None = None,
            outlines: Path | str | None = None) -> dict | None:
    """admin1/2/3 names and P-codes of a point: OCHA polygons when configured, else the nearest
    built-in district centre inside Syria's outline (`outlines`, when given; approximate, no admin3).
    None outside Syria."""
    if ocha_dir is not None:
        row = locate([lat], [lon], ocha_dir).iloc[0]
        if not isinstance(row["admin1_pcode"], str):
            return None
        return {**{k: row[k] for k in ADMIN_FIELDS}, "source": "ocha", "approximate": False}
    if outlines is not None and not in_syria(lat, lon, outlines):
        return None
    districts = [e for e in admin_units() if e.level == "district"]
    nearest = min(districts, key=lambda e: (e.lat - lat) ** 2 + ((e.lon - lon) * 0.82) ** 2)
    return {
        "admin1": nearest.admin1, "admin1_pcode": nearest.admin1_pcode,
        "admin2": nearest.admin2, "admin2_pcode": nearest.admin2_pcode,
        "admin3": None, "admin3_pcode": None, "source": "builtin", "approximate": True,
    }


def assign_admin(entries: list[Entry], ocha_dir: Path | None) -> None:
    """Give entries without admin codes those of the OCHA polygon holding them (spatial join), or of
    the nearest built-in district when no OCHA folder is given. Entries from OCHA keep their own and
    gain those OCHA leaves out (a governorate's capital has no district or subdistrict code)."""
    todo = [e for e in entries if (e.source != "ocha" and (ocha_dir or not e.admin1_pcode))
            or (e.source == "ocha" and not e.admin3_pcode)]
    if not todo:
        return
    found = locate([e.lat for e in todo], [e.lon for e in todo], ocha_dir) if ocha_dir else None
    for i, entry in enumerate(todo):
        if found is not None:
            codes = found.iloc[i].to_dict()
            if not isinstance(codes["admin1_pcode"], str):
                continue  # outside Syria's polygons: keep what the source said
        else:
            codes = reverse(entry.lat, entry.lon) or {}
        for key in ADMIN_FIELDS:
            value = codes.get(key)
            if isinstance(value, str) and (entry.source != "ocha" or not getattr(entry, key)):
                setattr(entry, key, value)
