"""Who to credit for the incidents shown: one wording for the map, the briefing exports and the file exports."""
from __future__ import annotations

from collections.abc import Iterable

# dataset value of a record -> its credit line (licence terms ask for these words where the data is shown).
DATASETS = {
    "ged": "UCDP Georeferenced Event Dataset (Sundberg and Melander 2013), CC BY 4.0",
    "acled": "ACLED (Armed Conflict Location & Event Data Project)",
    "sample": "synthetic sample data (not real events)",
    "extract": "news reports",
    # a user's own files: named as what they are, never as a dataset whose columns they borrow
    "csv": "imported CSV tables",
    "geojson": "imported GeoJSON files",
    "gpkg": "imported GeoPackage files",
    "kml": "imported KML files",
}
BOUNDARIES = "OCHA / UN Country Team Syria (CC BY 3.0 IGO)"


def dataset_credits(datasets: Iterable[object]) -> str:
    """'Incidents: A; B' for the distinct datasets given (unknown names as they are), '' for none."""
    names = sorted({DATASETS.get(str(d), str(d)) for d in datasets if d is not None and str(d) not in ("", "nan")})
    return f"Incidents: {'; '.join(names)}" if names else ""
