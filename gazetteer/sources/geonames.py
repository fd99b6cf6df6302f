"""A GeoNames country dump (SY.txt: tab-separated, 19 columns, alternate names comma-separated)."""
from __future__ import annotations

import csv
from pathlib import Path

from gazetteer.entry import Entry, population_weight
from gazetteer.errors import SourceError
from gazetteer.normalize import is_arabic

COLUMNS = 19
LEVELS = {"P": "town", "S": "landmark"}  # populated places and spots; admin units come from OCHA/built-ins


def geonames_entries(path: Path | str, problems: list[SourceError]) -> list[Entry]:
    """Populated places and spots of a GeoNames dump; malformed lines become problems."""
    try:
        handle = open(path, encoding="utf-8", newline="")
    except OSError as exc:
        raise SourceError(str(path), f"cannot read: {exc.strerror}") from exc
    entries = []
    with handle:
        for line_no, row in enumerate(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE), 1):
            if len(row) != COLUMNS:
                problems.append(SourceError(str(path), f"expected {COLUMNS} tab-separated columns, got {len(row)}", line_no))
                continue
            level = LEVELS.get(row[6])
            if level is None:
                continue
            try:
                lat, lon = float(row[4]), float(row[5])
                population = int(row[14] or 0)
            except ValueError:
                problems.append(SourceError(str(path), "latitude/longitude/population is not a number", line_no))
                continue
            alternates = [a for a in row[3].split(",") if a.strip()]
            arabic = [a for a in alternates if is_arabic(a)]
            entries.append(Entry(
                name_en=row[1], name_ar=arabic[0] if arabic else "", lat=lat, lon=lon, level=level,
                source="geonames", names=[row[2], *alternates], weight=1.0 + population_weight(population),
            ))
    if not entries and problems:
        raise SourceError(str(path), "no usable GeoNames rows (is it a GeoNames country dump?)")
    return entries
