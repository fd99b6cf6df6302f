"""Review edits (status draft → reviewed → published, corrected counts) from the table to the store."""
from __future__ import annotations

import pandas as pd

from incidents.store import ConflictError, Store, StoreBusy
from incidents.validate import ValidationError

EDITABLE = ("review_status", "killed", "wounded")


def changes(before: pd.DataFrame, after: pd.DataFrame) -> dict[int, dict]:
    """{incident id: {column: new value}} for the editable columns the analyst changed (rows keyed by `id`),
    with the `version` the table showed, so an edit made meanwhile by someone else is refused, not overwritten."""
    old, new = before.set_index("id"), after.set_index("id")
    out: dict[int, dict] = {}
    for incident_id in new.index.intersection(old.index):
        edited = {
            column: None if pd.isna(new.at[incident_id, column]) else new.at[incident_id, column]
            for column in EDITABLE
            if not _same(old.at[incident_id, column], new.at[incident_id, column])
        }
        if edited:
            out[int(incident_id)] = {**edited, "version": int(old.at[incident_id, "version"])}
    return out


def save(store: Store, edits: dict[int, dict], changed_by: str) -> tuple[int, list[str]]:
    """Apply each edit to the version the table showed; returns how many were saved and why others were not."""
    saved, refused = 0, []
    for incident_id, edited in edits.items():
        incident = store.get(incident_id)
        if incident is None:
            refused.append(f"incident {incident_id}: no longer in the store")
            continue
        version = edited.pop("version", None)
        if version is not None:
            incident.version = version
        for column, value in edited.items():
            setattr(incident, column, int(value) if column in ("killed", "wounded") and value is not None else value)
        try:
            store.update(incident, changed_by=changed_by)
            saved += 1
        except (ConflictError, StoreBusy, ValidationError) as exc:
            refused.append(f"incident {incident_id}: {exc}")
    return saved, refused


def _same(a, b) -> bool:
    return (pd.isna(a) and pd.isna(b)) if (pd.isna(a) or pd.isna(b)) else a == b
