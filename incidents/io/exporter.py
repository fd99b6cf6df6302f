"""export: a selection of incidents to CSV (ACLED columns + extras), GeoJSON, GeoPackage or KML. An incident known
only to the country is written in every format without coordinates (GeoJSON: a null geometry, GeoPackage: an
empty one, KML: a Placemark with no Point, CSV: empty latitude/longitude): its stored point is the country's, no
place a GIS should plot; its geo_precision, where_prec and empty admin1 say how it is located."""
from __future__ import annotations

from pathlib import Path

from incidents.io import csv_export, geojson, gpkg, kml
from incidents.located import without_country_points
from incidents.io.plain import as_frame

WRITERS = {"csv": csv_export.write, "geojson": geojson.write, "gpkg": gpkg.write, "kml": kml.write}


def export(incidents_or_frame, path, format: str = "csv", notes: list[str] | None = None,
           keep_formulas: bool = False, hxl: bool = False) -> int:
    """Write incidents (a list of Incident or a store frame); return how many were written.

    `notes` gets what the writer changed to make a safe file (e.g. control characters KML cannot hold).
    CSV only: `keep_formulas` writes cells starting with = + - @ as they are; `hxl` adds a hashtag row."""
    if format not in WRITERS:
        raise ValueError(f"unknown export format {format!r}: choose one of {', '.join(WRITERS)}")
    if format != "csv" and (keep_formulas or hxl):
        raise ValueError("keep_formulas and hxl apply to CSV exports only")
    frame = without_country_points(as_frame(incidents_or_frame))
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if format == "gpkg" and path.exists():
        path.unlink()  # a GeoPackage is a database: replace it rather than add a second layer
    options = {"keep_formulas": keep_formulas, "hxl": hxl} if format == "csv" else {}
    said = WRITERS[format](frame, path, **options)
    if notes is not None:
        notes.extend(said)
    return len(frame)
