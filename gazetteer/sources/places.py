"""A user's own places CSV: name, lat, lon; optional alternate_names (;-separated), name_ar, level,
admin1/admin2/admin3 names and admin1_pcode/admin2_pcode/admin3_pcode."""
from __future__ import annotations

from pathlib import Path

from gazetteer.entry import ADMIN_FIELDS, PRECISION, Entry
from gazetteer.errors import SourceError
from gazetteer.sources.csvfile import coordinates, csv_rows

REQUIRED = ("name", "lat", "lon")


def places_entries(path: Path | str, problems: list[SourceError]) -> list[Entry]:
    """The rows of a places CSV as entries (source 'places'); bad rows become problems."""
    entries = []
    for line, row in csv_rows(path, REQUIRED):
        name = (row.get("name") or "").strip()
        level = (row.get("level") or "town").strip()
        try:
            if not name:
                raise ValueError("empty name")
            if level not in PRECISION:
                raise ValueError(f"unknown level {level!r} (one of {', '.join(PRECISION)})")
            lat, lon = coordinates(row, "lat", "lon")
        except ValueError as exc:
            problems.append(SourceError(str(path), str(exc), line))
            continue
        alternates = (row.get("alternate_names") or "").replace("|", ";").split(";")
        entries.append(Entry(
            name_en=name, name_ar=(row.get("name_ar") or "").strip(), lat=lat, lon=lon, level=level,
            source="places", names=[a.strip() for a in alternates if a.strip()], weight=3.0,
            **{k: (row.get(k) or "").strip() or None for k in ADMIN_FIELDS},
        ))
    return entries
