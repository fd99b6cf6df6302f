"""Extracted incidents as an editable table, and back: place corrections from candidates or a map click."""
from __future__ import annotations

import datetime as dt

import pandas as pd

from gazetteer import Match
from incidents.io.plain import plain
from incidents.record import FIELD_NAMES, Incident
from incidents.validate import ValidationError

# What the analyst edits, in this order; the other record fields ride along unchanged.
EDIT_COLUMNS = [
    "save",
    "event_date",
    "event_type",
    "sub_event_type",
    "place_text",
    "location_en",
    "location_ar",
    "admin1",
    "admin2",
    "latitude",
    "longitude",
    "killed",
    "wounded",
    "actor1",
    "actor2",
    "flags",
    "excerpt",
]
UNRESOLVED_FLAGS = ("place_unresolved",)
DATES = ("event_date", "event_date_end")


def to_frame(incidents: list[Incident]) -> pd.DataFrame:
    """One row per incident, every record field plus `save`; flags as comma-separated text."""
    frame = pd.DataFrame([i.to_dict() for i in incidents], columns=list(FIELD_NAMES))
    frame["flags"] = frame["flags"].map(lambda f: ",".join(f) if isinstance(f, list) else (f or ""))
    frame["event_date"] = pd.to_datetime(frame["event_date"]).dt.date
    for column in ("latitude", "longitude"):
        frame[column] = pd.to_numeric(frame[column], errors="coerce").astype(float)
    for column in ("killed", "wounded"):
        frame[column] = pd.to_numeric(frame[column], errors="coerce").astype("Int64")
    frame.insert(0, "save", True)
    return frame


def to_incidents(frame: pd.DataFrame) -> list[Incident]:
    """The rows marked `save` as draft incidents; a row that cannot be one raises ValidationError (row, reason)."""
    incidents, problems = [], []
    for label, row in frame[frame["save"].fillna(False).astype(bool)].iterrows():
        values = {name: plain(row[name], name) for name in FIELD_NAMES if name in row.index and name not in DATES}
        try:
            for name in DATES:
                values[name] = _date(row.get(name))
        except ValueError as exc:
            problems.append((label + 1, str(exc)))
            continue
        if values["event_date"] is None:
            problems.append((label + 1, "event_date is missing"))
            continue
        for name in ("created_at", "updated_at", "id"):
            values[name] = None
        values["version"] = 0
        values["review_status"] = "draft"
        incidents.append(Incident(**values))
    if problems:
        raise ValidationError(problems)
    return incidents


def _date(value) -> dt.date | None:
    """A date from the editor (date, timestamp or ISO text); ValueError naming the value otherwise."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    if isinstance(value, dt.date):
        return value if not isinstance(value, dt.datetime) else value.date()
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        raise ValueError(f"event date {value!r} is not a date (YYYY-MM-DD)") from None


def apply_match(frame: pd.DataFrame, row: int, match: Match) -> pd.DataFrame:
    """A copy of `frame` with row `row` placed at a gazetteer candidate (names, admin units, precision)."""
    out = frame.copy()
    values = {
        "location_en": match.name_en,
        "location_ar": match.name_ar,
        "latitude": match.lat,
        "longitude": match.lon,
        "admin1": match.admin1,
        "admin1_pcode": match.admin1_pcode,
        "admin2": match.admin2,
        "admin2_pcode": match.admin2_pcode,
        "admin3": match.admin3,
        "admin3_pcode": match.admin3_pcode,
        "geo_precision": match.geo_precision,
        "where_prec": match.where_prec,
    }
    for column, value in values.items():
        out.at[row, column] = value
    out.at[row, "flags"] = _resolved(out.at[row, "flags"])
    return out


def apply_point(frame: pd.DataFrame, row: int, lat: float, lon: float, admin: dict | None) -> pd.DataFrame:
    """A copy of `frame` with row `row` at a clicked point; admin units from the reverse look-up when known."""
    out = frame.copy()
    out.at[row, "latitude"], out.at[row, "longitude"] = round(lat, 5), round(lon, 5)
    out.at[row, "geo_precision"], out.at[row, "where_prec"] = 1, 1
    for key, value in (admin or {}).items():
        if key in out.columns:
            out.at[row, key] = value
    out.at[row, "flags"] = _resolved(out.at[row, "flags"])
    return out


def _resolved(flags) -> str:
    kept = [f for f in str(flags or "").split(",") if f and f not in UNRESOLVED_FLAGS]
    return ",".join([*kept, "place_corrected"])
