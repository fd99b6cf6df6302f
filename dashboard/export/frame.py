"""The incident columns the exports read, coerced from whatever the store or a caller hands over."""
from __future__ import annotations

import pandas as pd

from incidents.record import FIELD_NAMES


def prepare(df: pd.DataFrame) -> pd.DataFrame:
    """A copy with every record column (absent ones empty), datetime `event_date`, integer `killed`/`wounded`
    (missing = 0) and their sum `casualties`."""
    out = df.reindex(columns=list(dict.fromkeys([*df.columns, *FIELD_NAMES])))
    out["event_date"] = pd.to_datetime(out["event_date"], errors="coerce")
    for column in ("killed", "wounded"):
        out[column] = pd.to_numeric(out[column], errors="coerce").fillna(0).astype("int64")
    for column in ("longitude", "latitude"):
        out[column] = pd.to_numeric(out[column], errors="coerce")
    out["casualties"] = out["killed"] + out["wounded"]
    out["event_type"] = out["event_type"].fillna("Other")
    return out


def reported_sum(values: pd.Series) -> int | None:
    """The sum of a casualty column, or None when incidents are there but none gives the figure: UCDP GED records
    no wounded, and '0 wounded' would tell a brief's reader that nobody was hurt."""
    numbers = pd.to_numeric(values, errors="coerce")
    if len(numbers) and numbers.isna().all():
        return None
    return int(numbers.sum())


def count_text(value: int | None) -> str:
    """'1,234', or 'unknown' for a figure no incident gives (as the selected incident's own figures say)."""
    return "unknown" if value is None else f"{value:,}"
