"""The incident columns the exports read, coerced from whatever the store or a caller hands over."""
from __future__ import annotations

import pandas as pd

from dashboard.export.words import word
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



def casualty_figure(values: pd.Series, lang: str = "en") -> tuple[str, str]:
    """A casualty column's total as shown, and a note: ('1,234', ''); ('unknown', '') when incidents are there but
    none gives the figure (UCDP GED records no wounded: '0 wounded' would say nobody was hurt); ('5', 'given for 1
    of 11,758') when only some do, so a total of the few is not read as everyone's."""
    numbers = pd.to_numeric(values, errors="coerce")
    given = int(numbers.notna().sum())
    if len(numbers) and not given:
        return "unknown", ""
    note = word(lang, "given_for", given=given, n=len(numbers)) if given < len(numbers) else ""
    return f"{int(numbers.sum()):,}", note
