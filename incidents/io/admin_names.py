"""Governorate, district and sub-district names as the OCHA boundaries spell them, with their P-codes
(gazetteer.admin)."""
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
        records.loc[found.index, field] = _names(found)
    return _admin3(records)


def _names(codes: pd.Series) -> pd.Series:
    """OCHA's name of each P-code, asked once per distinct code."""
    return codes.map({code: admin.name(code) for code in codes.unique()})


def _admin3(records: pd.DataFrame) -> pd.DataFrame:
    """admin3 P-codes from admin3 names, within the row's district (or governorate); a name that is not
    one sub-district there stays without a code."""
    if "admin3" not in records:
        return records
    codes = records["admin3_pcode"].astype(object) if "admin3_pcode" in records else pd.Series(
        None, index=records.index, dtype=object)
    names = records["admin3"].astype(object)
    todo = names.notna() & codes.isna()
    if not todo.any():
        return records
    scope = pd.Series(None, index=records.index, dtype=object)
    for field in ("admin1_pcode", "admin2_pcode"):
        if field in records:
            scope = records[field].astype(object).where(records[field].notna(), scope)
    pairs = pd.DataFrame({"name": names[todo].astype(str), "scope": scope[todo].fillna("").astype(str)})
    answers = {pair: admin.pcode(3, pair[0], pair[1] or None)
               for pair in set(pairs.itertuples(index=False, name=None))}
    found = pd.Series([answers[pair] for pair in pairs.itertuples(index=False, name=None)], index=pairs.index,
                      dtype=object).dropna()
    records = records.copy()
    records["admin3_pcode"] = codes
    records.loc[found.index, "admin3_pcode"] = found
    records.loc[found.index, "admin3"] = _names(found)
    return records
