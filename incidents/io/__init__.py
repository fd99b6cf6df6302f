"""Import (UCDP GED, ACLED, generic CSV, GeoJSON, GeoPackage, KML) and export of incidents."""
from incidents.io.errors import ImportFailed
from incidents.io.exporter import export
from incidents.io.importer import FORMATS, ImportReport, import_file

__all__ = ["FORMATS", "ImportFailed", "ImportReport", "export", "import_file"]
