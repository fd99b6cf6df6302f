"""CSV export: ACLED's columns first (so ACLED tools read it), then every other incident field (so nothing is lost)."""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from incidents.io.formats import ACLED_TIME_PREC_OF
from incidents.io.plain import TIME_FIELDS
from incidents.record import FIELD_NAMES

ACLED_COLUMNS = ("event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type", "actor1",
                 "actor2", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location",
                 "latitude", "longitude", "geo_precision", "source", "notes", "fatalities", "timestamp")
SHARED = set(ACLED_COLUMNS) & set(FIELD_NAMES)
EPOCH = pd.Timestamp("1970-01-01", tz="UTC")
EXTRA_COLUMNS = tuple(name for name in FIELD_NAMES if name not in SHARED and name != "killed")


def acled_table(frame: pd.DataFrame) -> pd.DataFrame:
    """The rows as ACLED columns plus extras; civilian_targeting keeps 'false' apart from unknown."""
    dates = pd.to_datetime(frame["event_date"])
    updated = pd.to_datetime(frame["updated_at"], utc=True)
    table = pd.DataFrame({
        "event_id_cnty": frame["source_id"].where(frame["source_id"].notna(), "SYR-" + frame["id"].astype("string")),
        "event_date": dates.dt.strftime("%Y-%m-%d"),
        "year": dates.dt.year,
        "time_precision": frame["date_precision"].map(ACLED_TIME_PREC_OF),
        "civilian_targeting": frame["civilian_targeting"].map({True: "Civilian targeting", False: "false"}),
        "iso": 760,
        "region": "Middle East",
        "country": "Syria",
        "location": frame["location_en"].where(frame["location_en"].notna(), frame["place_text"]),
        "fatalities": frame["killed"],
        "timestamp": ((updated - EPOCH) // pd.Timedelta(seconds=1)).astype("Int64"),
    }, index=frame.index)
    for name in SHARED - set(table.columns):
        table[name] = frame[name]
    for name in EXTRA_COLUMNS:
        table[name] = frame[name]
    table["event_date_end"] = pd.to_datetime(frame["event_date_end"]).dt.strftime("%Y-%m-%d")
    for name in TIME_FIELDS:
        table[name] = pd.to_datetime(frame[name], utc=True).map(lambda v: None if pd.isna(v) else v.isoformat())
    table["flags"] = frame["flags"].map(lambda v: ",".join(v) if isinstance(v, list) else v)
    return table[list(ACLED_COLUMNS + EXTRA_COLUMNS)]


def write(frame: pd.DataFrame, path: Path) -> None:
    acled_table(frame).to_csv(path, index=False, encoding="utf-8", lineterminator="\n")
