"""Governorate and district names as the OCHA boundaries spell them, with their P-codes (via the gazetteer)."""
from __future__ import annotations

from functools import lru_cache

import pandas as pd

LEVELS = {"admin1": "governorate", "admin2": "district"}


@lru_cache(maxsize=1)
def _units():
    from gazetteer.builtin import admin_units
    from gazetteer.core import Gazetteer

    units = list(admin_units())
    names = {(u.admin1_pcode if u.level == "governorate" else u.admin2_pcode): u.name_en for u in units}
    return Gazetteer(units), names


def standardise(records: pd.DataFrame) -> pd.DataFrame:
    """Fill missing admin P-codes from the names a dataset gives (e.g. GED's 'Hamah', 'Rif Dimashq') and use
    OCHA's spelling of the name; names the gazetteer does not know (or a district outside the row's governorate) stay as they are."""
    gazetteer, names = _units()
    records = records.copy()
    for field, level in LEVELS.items():
        code_field = f"{field}_pcode"
        if field not in records:
            continue
        given = records[field].astype(object).where(records[field].notna(), None)
        codes = records[code_field] if code_field in records else pd.Series(None, index=records.index, dtype=object)
        todo = given.notna() & codes.isna()
        lookup = {name: gazetteer.admin_pcode(str(name), level) for name in given[todo].unique()}
        found = given[todo].map(lookup)
        if field == "admin2" and "admin1_pcode" in records:  # a district must lie in the row's governorate
            parent = records.loc[found.index, "admin1_pcode"]
            found = found.where(parent.isna() | (found.astype("str").str[:4] == parent))
        found = found[found.notna()]
        records[code_field] = codes.astype(object)
        records.loc[found.index, code_field] = found
        records.loc[found.index, field] = found.map(names)
    return records
