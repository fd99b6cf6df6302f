"""Reverse lookup: the admin units holding a point."""
from __future__ import annotations

from pathlib import Path

from gazetteer import settings
from gazetteer.boundaries import WORLD_ATLAS, in_syria, locate
from gazetteer.builtin import admin_units

ADMIN_KEYS = ("admin1", "admin1_pcode", "admin2", "admin2_pcode", "admin3", "admin3_pcode")


def reverse(lat: float, lon: float, ocha_dir: Path | str | None = None) -> dict | None:
    """admin1/2/3 names and P-codes of a point: OCHA polygons when configured, else the nearest
    built-in district centre inside Syria's outline (approximate, no admin3). None outside Syria."""
    folder = ocha_dir or settings.ocha_dir()
    if folder is not None:
        row = locate([lat], [lon], folder).iloc[0]
        if not isinstance(row["admin1_pcode"], str):
            return None
        return {**{k: row[k] for k in ADMIN_KEYS}, "source": "ocha", "approximate": False}
    if WORLD_ATLAS.exists() and not in_syria(lat, lon):
        return None
    districts = [e for e in admin_units() if e.level == "district"]
    nearest = min(districts, key=lambda e: (e.lat - lat) ** 2 + ((e.lon - lon) * 0.82) ** 2)
    return {
        "admin1": nearest.admin1, "admin1_pcode": nearest.admin1_pcode,
        "admin2": nearest.admin2, "admin2_pcode": nearest.admin2_pcode,
        "admin3": None, "admin3_pcode": None, "source": "builtin", "approximate": True,
    }
