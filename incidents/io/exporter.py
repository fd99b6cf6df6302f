"""export: a selection of incidents to CSV (ACLED columns + extras), GeoJSON, GeoPackage or KML."""
from __future__ import annotations

from pathlib import Path

from incidents.io import csv_export, geojson, gpkg, kml
from incidents.io.plain import as_frame

WRITERS = {"csv": csv_export.write, "geojson": geojson.write, "gpkg": gpkg.write, "kml": kml.write}


def export(incidents_or_frame, path, format: str = "csv") -> int:
    """Write incidents (a list of Incident or a store frame); return how many were written."""
    if format not in WRITERS:
        raise ValueError(f"unknown export format {format!r}: choose one of {', '.join(WRITERS)}")
    frame = as_frame(incidents_or_frame)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if format == "gpkg" and path.exists():
        path.unlink()  # a GeoPackage is a database: replace it rather than add a second layer
    WRITERS[format](frame, path)
    return len(frame)
