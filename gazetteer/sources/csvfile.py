"""CSV reading shared by the places and events readers: header check, line numbers, clear errors."""
from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

from gazetteer.errors import SourceError


def csv_rows(path: Path | str, required: tuple[str, ...]) -> Iterator[tuple[int, dict]]:
    """(line number, row) for each data row; SourceError if the file is unreadable or lacks columns."""
    try:
        handle = open(path, encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise SourceError(str(path), f"cannot read: {exc.strerror}") from exc
    with handle:
        reader = csv.DictReader(handle)
        try:
            header = reader.fieldnames or []
        except (csv.Error, UnicodeDecodeError) as exc:
            raise SourceError(str(path), f"not a CSV file: {exc}") from exc
        missing = [c for c in required if c not in header]
        if missing:
            raise SourceError(str(path), f"missing columns: {', '.join(missing)}", 1)
        try:
            for row in reader:
                yield reader.line_num, row
        except (csv.Error, UnicodeDecodeError) as exc:
            raise SourceError(str(path), f"malformed CSV: {exc}", reader.line_num) from exc


def coordinates(row: dict, lat: str, lon: str) -> tuple[float, float]:
    """A row's latitude and longitude; ValueError naming the problem."""
    try:
        y, x = float(row[lat]), float(row[lon])
    except (TypeError, ValueError):
        raise ValueError(f"{lat}/{lon} must be numbers, got {row.get(lat)!r}, {row.get(lon)!r}") from None
    if not (-90 <= y <= 90 and -180 <= x <= 180):
        raise ValueError(f"coordinates out of range: {y}, {x}")
    return y, x
