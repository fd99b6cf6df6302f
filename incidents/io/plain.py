"""Incidents (objects or a store frame) as one frame, and rows as plain JSON-ready values."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

import numpy as np
import pandas as pd

from incidents.record import FIELD_NAMES
from incidents.validate import DATE_FIELDS, TIME_FIELDS, check_frame, extra_dict

# What XML 1.0 cannot hold: C0 controls other than tab/newline/CR, lone surrogates, U+FFFE and U+FFFF.
XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def as_frame(incidents_or_frame) -> pd.DataFrame:
    """A frame with one column per record field, typed as the store's frame() gives it."""
    if isinstance(incidents_or_frame, pd.DataFrame):
        return incidents_or_frame.reindex(columns=list(FIELD_NAMES))
    records = [incident.to_dict() for incident in incidents_or_frame]
    frame, rejected = check_frame(pd.DataFrame(records, columns=list(FIELD_NAMES)))
    if rejected:
        raise ValueError(f"cannot export invalid incidents: {rejected[:3]}")
    return frame


def plain(value, name: str):
    """One value as JSON/text-ready Python: None for missing, ISO strings for dates, a list for flags."""
    if name == "flags":
        items = value if isinstance(value, (list, tuple)) else str(value or "").split(",")
        return [item for item in items if item]
    if name == "extra":
        return extra_dict(value) if isinstance(value, (dict, str)) else {}
    if value is None or (not isinstance(value, (list, str)) and pd.isna(value)):
        return None
    if name in DATE_FIELDS:
        return value.strftime("%Y-%m-%d")
    if name in TIME_FIELDS:
        stamp = pd.Timestamp(value)
        return (stamp.tz_localize("UTC") if stamp.tzinfo is None else stamp.tz_convert("UTC")).isoformat()
    if isinstance(value, (bool, np.bool_)):
        return bool(value)
    if isinstance(value, (np.integer,)):
        return int(value)
    if isinstance(value, (np.floating, float)):
        return float(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def plain_rows(frame: pd.DataFrame, names=FIELD_NAMES) -> Iterator[dict]:
    """Each row as {field: plain value}."""
    columns = [frame[name].to_numpy(dtype=object) for name in names]
    for values in zip(*columns):
        yield {name: plain(value, name) for name, value in zip(names, values)}


def extra_table(frame: pd.DataFrame) -> pd.DataFrame:
    """The rows' `extra` columns as a table (columns in order of first appearance, None where a row lacks one)."""
    if "extra" not in frame:
        return pd.DataFrame(index=frame.index)
    parsed = frame["extra"].map(extra_dict, na_action="ignore")
    given = parsed.dropna()
    table = pd.DataFrame(given.tolist(), index=given.index, dtype=object).reindex(frame.index)
    return table.astype(object).where(table.notna(), None)


def xml_safe(text: str, dropped: list[str], where: str) -> str:
    """`text` without XML-illegal characters; notes in `dropped` where some were removed."""
    clean = XML_ILLEGAL.sub("", text)
    if len(clean) != len(text):
        dropped.append(where)
    return clean


def dropped_note(fmt: str, dropped: list[str]) -> list[str]:
    """One line telling the user which values lost characters the format cannot hold."""
    if not dropped:
        return []
    shown = ", ".join(dropped[:5]) + (f" and {len(dropped) - 5} more" if len(dropped) > 5 else "")
    return [f"{fmt}: removed control characters XML cannot hold from {len(dropped)} value(s): {shown}"]
