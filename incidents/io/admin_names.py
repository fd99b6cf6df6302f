"""Governorate, district and sub-district names as the OCHA boundaries spell them, with their P-codes (via the
gazetteer)."""
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
    return _admin3(records)


@lru_cache(maxsize=1)
def _subdistricts() -> dict[str, list[tuple[str, str]]]:
    """Sub-district name key -> [(P-code, OCHA name)], from the sub-districts the built-in towns lie in."""
    from gazetteer.builtin import towns
    from gazetteer.normalize import normalize

    units: dict[str, set[tuple[str, str]]] = {}
    for town in towns():
        if town.admin3 and town.admin3_pcode:
            units.setdefault(normalize(town.admin3), set()).add((town.admin3_pcode, town.admin3))
    return {key: sorted(found) for key, found in units.items()}


def _admin3(records: pd.DataFrame) -> pd.DataFrame:
    """admin3 P-codes from admin3 names, within the row's district (or governorate); a name that is not
    one sub-district there stays without a code."""
    if "admin3" not in records:
        return records
    from gazetteer.normalize import normalize

    units = _subdistricts()
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

    def lookup(name: str, within: str) -> tuple[str, str] | None:
        found = [u for u in units.get(normalize(name), []) if u[0].startswith(within)]
        return found[0] if len(found) == 1 else None
    answers = {pair: lookup(*pair) for pair in set(pairs.itertuples(index=False, name=None))}
    found = pd.Series([answers[pair] for pair in pairs.itertuples(index=False, name=None)], index=pairs.index,
                      dtype=object).dropna()
    records = records.copy()
    records["admin3_pcode"] = codes
    records.loc[found.index, "admin3_pcode"] = found.str[0]
    records.loc[found.index, "admin3"] = found.str[1]
    return records
