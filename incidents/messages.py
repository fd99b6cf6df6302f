"""What the libraries tell a user about their data (an import's rejected rows, what it derived from points, a
background job's progress and failure): each sentence a stable code with its parameters, so that a user interface
can say it in its own language, and English text as the default rendering, the one the CLI prints and the tests
read.

A `Message` is that English text (a str: printed, compared and searched as before) keeping its sentences' codes and
parameters in `parts`; a parameter may itself be a Message (a refused file's reason), said in the same language.
The dashboard renders the codes from its word table (dashboard/export/words.py)."""
from __future__ import annotations

ENGLISH = {
    # a row's values (incidents.validate)
    "not_number": "{field} {value} is not a number",
    "not_whole": "{field} {value} is not a whole number from {low} to {high}",
    "not_whole_min": "{field} {value} is not a whole number ≥ {low}",
    "not_date": "{field} {value} is not a real date (YYYY-MM-DD, 1900 to today)",
    "not_acled_date": "{field} {value} is not a real date in a form read from ACLED files (YYYY-MM-DD, 12 March "
                      "2018, 12 Mar 2018, 12-Mar-18, 12-Mar-2018, 'March 12, 2018', m/d/yyyy or d/m/yyyy; 1900 to "
                      "today)",
    "not_time": "{field} {value} is not an ISO 8601 time",
    "not_choice": "{field} {value} is not one of {allowed}",
    "too_long": "{field} is longer than {limit:,} characters",
    "unstorable": "{field} holds a NUL or lone surrogate character (not text a database stores)",
    "not_boolean": "{field} {value} is not true or false",
    "no_date": "event_date is missing",
    "end_before_start": "event_date_end is before event_date",
    "not_sub_type": "sub_event_type {value} is not a sub-type of its event_type",
    "lat_lon_pair": "latitude and longitude must be given together",
    "lat_lon_range": "latitude/longitude out of range",
    "not_web": "source_url {value} is not an http(s) address",
    "extra_unstorable": "extra is too long or holds a NUL or lone surrogate",
    "extra_not_json": "extra is not a JSON object of column: text (or too long, or holds a NUL)",
    # a file's rows and features (incidents.io's readers)
    "fields": "expected {expected} fields, found {found}",
    "not_feature": "not a GeoJSON Feature with properties",
    "not_geometry": "geometry is a {kind}, not a GeoJSON object",
    "not_point_named": "geometry is {kind}, not a Point",
    "not_point": "geometry is a {kind}, not a Point",
    "not_coordinates": "coordinates {value} are not two finite numbers",
    "point_not_finite": "point coordinates are not two finite numbers",
    "kml_coordinates": "coordinates {value} are not 'longitude,latitude' as two finite numbers",
    # what an import derived from points (ImportReport.admin_note)
    "admin_filled": "{n} row(s) gave no governorate: governorate, district and sub-district filled from the point "
                    "(flag admin_from_point)",
    "admin_outside": "{n} row(s) with no governorate have a point outside Syria, left without one (flag "
                     "outside_syria): line(s) {lines}",
    # a file refused as a whole (incidents.io.ImportFailed: the file named, then one of the reasons below)
    "file_failed": "{file}: {reason}; nothing was imported",
    "file_failed_line": "{file}, line {line}: {reason}; nothing was imported",
    "no_file": "no such file",
    "empty_file": "the file is empty",
    "not_encoding": "not {encoding} text (found {found}); save it as UTF-8",
    "unknown_encoding": "unknown text encoding {encoding!r} (e.g. utf-8, cp1256, latin-1)",
    "broken_header": "broken CSV quoting in the header ({error})",
    "bad_header": "the header has empty or repeated column names: {names}",
    "broken_field": "broken CSV quoting or field ({error})",
    "missing_columns": "not a {fmt} file: missing column(s) {absent} (found: {found})",
    "unknown_fields": "the column mapping (--map) names unknown incident field(s) {unknown}; fields are: {fields}",
    "map_pair": "expects FIELD=COLUMN, got {pair!r}",
    "too_deep": "nested too deeply to be an incident file",
    "not_utf8": "not UTF-8 text ({error} at byte {start})",
    "not_json": "not JSON ({error}, column {column})",
    "json_too_deep": "JSON nested too deeply to be a GeoJSON file",
    "not_collection": "not a GeoJSON FeatureCollection",
    "not_gpkg": "not a readable GeoPackage ({error})",
    "not_kml": "not KML/XML ({error})",
    "xml_too_deep": "XML nested too deeply to be a KML file",
    "dates_mixed": "event_date mixes m/d/yyyy and d/m/yyyy: line {first} reads only as month/day, line {second} only "
                   "as day/month; save the dates as YYYY-MM-DD",
    "dates_unsettled": "event_date {value!r} could be month/day or day/month, and neither the year and timestamp "
                       "columns nor the rest of the file settle which; save the dates as YYYY-MM-DD",
    # a background job's failure (the dashboard's job runner and its tasks)
    "job_time_limit": "stopped after {seconds} s, the time limit for a job (DASHBOARD_JOB_SECONDS)",
    "job_no_answer": "the job's process ended without an answer (exit code {exit})",
    "job_file_error": "{file}: {error}",
    "job_error": "{kind}: {error}",
    # a background job's progress (the dashboard's tasks)
    "job_extracting": "extracting report {number} of {total}",
    "job_found": "{found} incident(s) found in {reports} report(s)",
    "job_reading": "reading",
}
SEPARATOR = "; "


class Message(str):
    """English text of one or more sentences (joined by '; '), each kept as (code, parameters) in `parts`."""

    parts: tuple[tuple[str, dict], ...]

    def __new__(cls, parts) -> Message:
        parts = tuple((code, dict(params)) for code, params in parts)
        text = super().__new__(cls, SEPARATOR.join(ENGLISH[code].format(**params) for code, params in parts))
        text.parts = parts
        return text

    def __getnewargs__(self) -> tuple:  # pickled (a job's result crosses a process): rebuilt from its parts
        return (self.parts,)


def message(code: str, **params) -> Message:
    """One sentence: `code` (a key of ENGLISH) with its parameters."""
    return Message([(code, params)])


def joined(messages) -> Message:
    """Several messages as one, their sentences in order ('' for none)."""
    return Message([part for each in messages for part in each.parts])
