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
