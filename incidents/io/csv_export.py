"""CSV export: ACLED's columns first (so ACLED tools read it), then every other incident field, then the source's
own extra columns under their own names (so nothing is lost). Cells a spreadsheet would run as a formula are
neutralised (OWASP: a leading apostrophe) unless asked to keep them raw; an optional HXL hashtag row follows the
header."""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from incidents.io.formats import ACLED_DERIVED, ACLED_TIME_PREC_OF
from incidents.io.plain import TIME_FIELDS, extra_table
from incidents.record import FIELD_NAMES

ACLED_COLUMNS = ("event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type", "actor1",
                 "actor2", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location",
                 "latitude", "longitude", "geo_precision", "source", "notes", "fatalities", "timestamp")
SHARED = set(ACLED_COLUMNS) & set(FIELD_NAMES)
EPOCH = pd.Timestamp("1970-01-01", tz="UTC")
EXTRA_COLUMNS = tuple(name for name in FIELD_NAMES if name not in SHARED and name not in ("killed", "extra"))
OVERRIDABLE = {"year", *ACLED_DERIVED}  # derived ACLED columns a source's own value replaces
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
NUMBER = r"^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$"
# HXL hashtags (the Humanitarian Exchange Language) of the columns that have a standard one.
HXL = {
    "event_id_cnty": "#event+id", "event_date": "#date+occurred", "year": "#date+year", "event_type": "#event+type",
    "sub_event_type": "#event+type+sub", "actor1": "#org+name+actor1", "actor2": "#org+name+actor2",
    "iso": "#country+code+num", "region": "#region+name", "country": "#country+name", "admin1": "#adm1+name",
    "admin2": "#adm2+name", "admin3": "#adm3+name", "location": "#loc+name", "latitude": "#geo+lat",
    "longitude": "#geo+lon", "geo_precision": "#geo+precision", "source": "#meta+source", "notes": "#description",
    "fatalities": "#affected+killed", "admin1_pcode": "#adm1+code", "admin2_pcode": "#adm2+code",
    "admin3_pcode": "#adm3+code", "wounded": "#affected+injured", "event_date_end": "#date+end",
    "source_url": "#meta+url", "location_ar": "#loc+name+i_ar", "excerpt": "#description+excerpt",
}


def acled_table(frame: pd.DataFrame) -> pd.DataFrame:
    """The rows as ACLED columns, the other fields, then the extra columns; civilian_targeting keeps 'false' apart
    from unknown; `timestamp` is the source's own where it gave one."""
    dates = pd.to_datetime(frame["event_date"])
    own, updated = (pd.to_datetime(frame[n], utc=True).astype("datetime64[us, UTC]") for n in ("source_timestamp", "updated_at"))
    stamped = own.fillna(updated)
    table = pd.DataFrame({
        "event_id_cnty": frame["source_id"].where(frame["source_id"].notna(), "SYR-" + frame["id"].astype("string")),
        "event_date": dates.dt.strftime("%Y-%m-%d"),
        "year": dates.dt.year,
        "time_precision": frame["date_precision"].map(ACLED_TIME_PREC_OF),
        "civilian_targeting": frame["civilian_targeting"].map({True: "Civilian targeting", False: "false"}),
        **ACLED_DERIVED,
        "location": frame["location_en"].where(frame["location_en"].notna(), frame["place_text"]),
        "fatalities": frame["killed"],
        "timestamp": ((stamped - EPOCH) // pd.Timedelta(seconds=1)).astype("Int64"),
    }, index=frame.index)
    for name in SHARED - set(table.columns):
        table[name] = frame[name]
    for name in EXTRA_COLUMNS:
        table[name] = frame[name]
    table["event_date_end"] = pd.to_datetime(frame["event_date_end"]).dt.strftime("%Y-%m-%d")
    for name in TIME_FIELDS:
        table[name] = pd.to_datetime(frame[name], utc=True).map(lambda v: None if pd.isna(v) else v.isoformat())
    table["flags"] = frame["flags"].map(lambda v: ",".join(v) if isinstance(v, list) else v)
    table = table[list(ACLED_COLUMNS + EXTRA_COLUMNS)]
    extra = extra_table(frame)
    for name in extra.columns:
        if name in OVERRIDABLE:
            table[name] = extra[name].where(extra[name].notna(), table[name].astype("string"))
        elif name not in table.columns:
            table[name] = extra[name]
    return table


def neutralise(table: pd.DataFrame) -> pd.DataFrame:
    """Text cells starting with = + - @ tab or CR get a leading apostrophe (numbers such as -3.5 stay)."""
    table = table.copy()
    for name in table.columns:
        text = table[name].astype("string")
        risky = text.str.startswith(FORMULA_START).fillna(False) & ~text.str.match(NUMBER).fillna(False)
        if risky.any():
            table[name] = table[name].astype(object)
            table.loc[risky, name] = "'" + text[risky]
    return table


def hxl_row(columns) -> list[str]:
    return [HXL.get(name, "") for name in columns]


def write(frame: pd.DataFrame, path: Path, keep_formulas: bool = False, hxl: bool = False) -> list[str]:
    table = acled_table(frame)
    if not keep_formulas:
        table = neutralise(table)
    if hxl:
        table = pd.concat([pd.DataFrame([hxl_row(table.columns)], columns=table.columns), table], ignore_index=True)
    table.to_csv(path, index=False, encoding="utf-8", lineterminator="\n")
    return []
