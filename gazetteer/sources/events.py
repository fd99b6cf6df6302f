"""Geocoded incident datasets (UCDP GED, ACLED CSV): each located place name with its coordinates."""
from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path

from gazetteer.errors import SourceError
from gazetteer.sources.csvfile import coordinates, csv_rows

# Column names per dataset: place name, lat, lon, precision, admin1, admin2; precision at most `max_prec`.
FORMATS = {
    "ged": {"name": "where_coor", "lat": "latitude", "lon": "longitude", "prec": "where_prec",
            "admin1": "adm_1", "admin2": "adm_2", "max_prec": 2},
    "acled": {"name": "location", "lat": "latitude", "lon": "longitude", "prec": "geo_precision",
              "admin1": "admin1", "admin2": "admin2", "max_prec": 2},
}


def detect(header: Iterable[str]) -> str | None:
    """'ged' or 'acled' from a CSV header."""
    columns = set(header)
    return next((kind for kind, f in FORMATS.items() if f["name"] in columns and f["prec"] in columns), None)


def event_places(path: Path | str, problems: list[SourceError]) -> list[dict]:
    """Learned-place rows {name, lat, lon, admin1, admin2, source, count} from events located at a
    town or a point near one (GED where_prec ≤ 2, ACLED geo_precision ≤ 2); others are skipped."""
    try:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            kind = detect(next(csv.reader(handle), []))
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise SourceError(str(path), f"cannot read: {exc}") from exc
    if kind is None:
        raise SourceError(str(path), "neither a UCDP GED nor an ACLED CSV (needs where_coor+where_prec or "
                                     "location+geo_precision)", 1)
    f = FORMATS[kind]
    places: dict[tuple, dict] = {}
    for line, row in csv_rows(path, (f["name"], f["lat"], f["lon"], f["prec"])):
        try:
            precision = int(float(row[f["prec"]]))
            lat, lon = coordinates(row, f["lat"], f["lon"])
        except ValueError as exc:
            problems.append(SourceError(str(path), str(exc), line))
            continue
        name = (row[f["name"]] or "").strip()
        if precision > f["max_prec"] or not name:
            continue
        key = (name, round(lat, 4), round(lon, 4))
        if key in places:
            places[key]["count"] += 1
        else:
            places[key] = {"name": name, "lat": lat, "lon": lon, "admin1": row.get(f["admin1"]) or "",
                           "admin2": row.get(f["admin2"]) or "", "source": kind, "count": 1}
    return list(places.values())
