"""Governorate and district names as the OCHA boundaries spell them, with their P-codes (gazetteer.admin)."""
from __future__ import annotations

import pandas as pd

from gazetteer import admin

LEVELS = {"admin1": "governorate", "admin2": "district"}


def standardise(records: pd.DataFrame) -> pd.DataFrame:
    """Fill missing admin P-codes from the names a dataset gives (e.g. GED's 'Hamah', 'Rif Dimashq') and use
    OCHA's spelling of the name; names the gazetteer does not know (or a district outside the row's governorate) stay as they are."""
    records = records.copy()
    for field, level in LEVELS.items():
        code_field = f"{field}_pcode"
        if field not in records:
            continue
        given = records[field].astype(object).where(records[field].notna(), None)
        codes = records[code_field] if code_field in records else pd.Series(None, index=records.index, dtype=object)
        todo = given.notna() & codes.isna()
        lookup = {name: admin.pcode(level, str(name)) for name in given[todo].unique()}
        found = given[todo].map(lookup)
        if field == "admin2" and "admin1_pcode" in records:  # a district must lie in the row's governorate
            parent = records.loc[found.index, "admin1_pcode"]
            found = found.where(parent.isna() | (found.astype("str").str[:4] == parent))
        found = found[found.notna()]
        records[code_field] = codes.astype(object)
        records.loc[found.index, code_field] = found
        records.loc[found.index, field] = found.map(admin.name)
    return records
