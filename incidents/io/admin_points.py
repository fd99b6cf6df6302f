"""Governorate, district and sub-district of a row that gives a point but no governorate, from the admin
boundaries holding the point (a spatial join, gazetteer.boundaries.locate).

Why: a file that gives only coordinates (a CSV with Ariha's point) named no governorate, so a governorate
filter left its rows out. The filled names are marked with the flag ADMIN_FROM_POINT (derived from the point, not
from the source). A point outside every boundary polygon (beyond the join's ~5 km of tolerance) is not guessed:
the row keeps no governorate, is flagged outside_syria and reported."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from gazetteer.boundaries import locate
from gazetteer.entry import ADMIN_FIELDS
from incidents.validate import OUTSIDE_SYRIA, with_flag

ADMIN_FROM_POINT = "admin_from_point"


def wanting(rows: pd.DataFrame) -> pd.Series:
    """Rows with a point and neither a governorate name nor its P-code."""
    return rows["latitude"].notna() & rows["longitude"].notna() & rows["admin1"].isna() & rows["admin1_pcode"].isna()


def from_points(rows: pd.DataFrame, boundaries: Path | str) -> tuple[pd.DataFrame, list, list]:
    """`rows` (checked records) with the admin fields they lack filled from the OCHA polygons in `boundaries`
    where they have a point but no governorate; the labels of the rows so filled, and of those whose point lies
    outside Syria (the import's report counts both without asking `wanting` again)."""
    todo = wanting(rows)
    if not todo.any():
        return rows, [], []
    found = locate(rows.loc[todo, "latitude"].tolist(), rows.loc[todo, "longitude"].tolist(), boundaries)
    found.index = rows.index[todo]
    inside = found["admin1_pcode"].notna()
    rows = rows.copy()
    for name in ADMIN_FIELDS:
        blank = rows.loc[found.index, name].isna() & inside
        rows[name] = rows[name].astype(object)
        rows.loc[blank[blank].index, name] = found.loc[blank, name]
    rows["flags"] = with_flag(rows["flags"], rows.index.isin(found.index[inside]), ADMIN_FROM_POINT)
    outside = found.index[~inside]
    rows["flags"] = with_flag(rows["flags"], rows.index.isin(outside), OUTSIDE_SYRIA)
    return rows, list(found.index[inside]), list(outside)


def listed(labels: list, most: int) -> str:
    """The first `most` labels (lines, ids) of rows whose point lies outside, for a message: "3, 8, 12 …"."""
    return ", ".join(map(str, labels[:most])) + (" …" if len(labels) > most else "")


@dataclass
class Filled:
    """What `fill_store` did: the ids given admin names from their point, and those whose point is outside."""

    filled: list[int] = field(default_factory=list)
    outside: list[int] = field(default_factory=list)


def fill_store(store, boundaries: Path | str, changed_by: str = "admin-from-point") -> Filled:
    """Fill, in the store, the admin fields of incidents that have a point but no governorate (as an import now
    does); each is saved as an edit (a new version, in the history) by `changed_by`."""
    frame = store.frame(columns=["id", "latitude", "longitude", "admin1", "admin1_pcode"])
    candidates = frame[wanting(frame)]
    done = Filled()
    if candidates.empty:
        return done
    incidents = [store.get(int(i)) for i in candidates["id"]]
    records = pd.DataFrame([i.to_dict() for i in incidents], index=[i.id for i in incidents])
    records["flags"] = records["flags"].map(",".join)
    filled, _, outside = from_points(records, boundaries)
    for incident in incidents:
        row = filled.loc[incident.id]
        if incident.id in outside and OUTSIDE_SYRIA in incident.flags:
            done.outside.append(incident.id)
            continue
        for name in ADMIN_FIELDS:
            setattr(incident, name, None if pd.isna(row[name]) else row[name])
        incident.flags = [f for f in row["flags"].split(",") if f]
        store.update(incident, changed_by=changed_by)
        (done.outside if incident.id in outside else done.filled).append(incident.id)
    return done
