"""Schema migrations: a new store gets the latest schema; an older file is upgraded step by step, and a field
added to `Incident` since the store was made becomes a new column."""
from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager

import pandas as pd
import sqlalchemy as sa

from incidents.store import derived
from incidents.store.schema import (BOOKKEEPING, DROPPED_INDEXES, INDEXES, PG_INDEXES, PG_OLD_TEXT_INDEX, SCHEMA_VERSION,
                                    history, incidents, meta, metadata, period_keys, pg_shared, pg_text)

# PostGIS: a point generated from latitude/longitude (so every write path fills it) and its GiST index.
GEOMETRY_COLUMN = (
    "ALTER TABLE incidents ADD COLUMN IF NOT EXISTS geom geometry(Point, 4326) GENERATED ALWAYS AS "
    "(CASE WHEN longitude IS NULL OR latitude IS NULL THEN NULL "
    "ELSE ST_SetSRID(ST_MakePoint(longitude, latitude), 4326) END) STORED"
)
GEOMETRY_INDEX = "CREATE INDEX IF NOT EXISTS ix_incidents_geom ON incidents USING GIST (geom)"


def _version(conn: sa.Connection) -> int | None:
    if not sa.inspect(conn).has_table("store_meta"):
        return None
    value = conn.execute(sa.select(meta.c.value).where(meta.c.key == "schema_version")).scalar()
    return int(value) if value is not None else None


def _set(conn: sa.Connection, key: str, value: int) -> None:
    updated = conn.execute(meta.update().where(meta.c.key == key).values(value=value)).rowcount
    if not updated:
        conn.execute(meta.insert().values(key=key, value=value))


def _to_2(conn: sa.Connection) -> None:
    """Schema 2: year, month and week columns (and an index) so period aggregates need no date functions."""
    for name in ("year", "month", "week"):
        column = incidents.c[name]
        conn.execute(sa.text(f"ALTER TABLE incidents ADD COLUMN {name} {column.type.compile(conn.dialect)}"))
    rows = conn.execute(sa.select(incidents.c.id, incidents.c.event_date)).all()
    if rows:
        ids, dates = zip(*rows)
        keys = period_keys(pd.Series(dates)).assign(id=list(ids))
        keys["year"] = keys["year"].astype(int)
        conn.execute(
            incidents.update().where(incidents.c.id == sa.bindparam("row_id"))
            .values(year=sa.bindparam("y"), month=sa.bindparam("m"), week=sa.bindparam("w")),
            [{"row_id": int(r.id), "y": int(r.year), "m": r.month, "w": r.week} for r in keys.itertuples()],
        )


def _drop_old_indexes(conn: sa.Connection) -> None:
    """Schemas 3 and 4: covering indexes (created by `migrate`) replace older ones."""
    for name in DROPPED_INDEXES:
        conn.execute(sa.text(f"DROP INDEX IF EXISTS {name}"))


def _to_6(conn: sa.Connection) -> None:
    """Schema 6: the change log's data version, the aggregate summary and the text index."""
    if "data_version" not in {c["name"] for c in sa.inspect(conn).get_columns("incident_history")}:
        conn.execute(sa.text("ALTER TABLE incident_history ADD COLUMN data_version INTEGER"))
    for index in history.indexes:
        index.create(conn, checkfirst=True)
    derived.create(conn)


def _to_7(conn: sa.Connection) -> None:
    """Schema 7 (PostgreSQL): the searched text moves from a trigram index over the incidents' own columns to
    the narrow `incident_text` table (see schema). SQLite: nothing."""
    if conn.dialect.name != "postgresql":
        return
    conn.execute(sa.text(f"DROP INDEX IF EXISTS {PG_OLD_TEXT_INDEX}"))
    if not sa.inspect(conn).has_table(pg_text.name):  # (an upgrade through schema 6 made and filled it)
        pg_text.create(conn)
        derived.add_text(conn, 0)


def _to_8(conn: sa.Connection) -> None:
    """Schema 8 (PostgreSQL): an incident's text is its own text beside an optional shared combination of its
    naming columns (see schema); the stored rows keep their whole text as their own. SQLite: nothing."""
    if conn.dialect.name != "postgresql":
        return
    if "body" in {c["name"] for c in sa.inspect(conn).get_columns(pg_text.name)}:
        conn.execute(sa.text(f"ALTER TABLE {pg_text.name} RENAME COLUMN body TO own"))
        conn.execute(sa.text(f"ALTER TABLE {pg_text.name} ADD COLUMN combo INTEGER"))
    pg_shared.create(conn, checkfirst=True)


def _add_record_columns(conn: sa.Connection) -> None:
    """Schema 5 (source_timestamp, extra), and any field added to `Incident` since: a column each."""
    for column in _missing_columns(conn):
        if column.name in BOOKKEEPING:
            continue
        default = f" DEFAULT '{column.server_default.arg}'" if column.server_default is not None else ""
        required = " NOT NULL" if not column.nullable and default else ""
        conn.execute(sa.text(f"ALTER TABLE incidents ADD COLUMN {column.name} "
                             f"{column.type.compile(conn.dialect)}{default}{required}"))


def _to_9(conn: sa.Connection) -> None:
    """Schema 9: the partial index of the incidents known only to the country (made with the other indexes,
    after the upgrade steps)."""


UPGRADES = {2: _to_2, 3: _drop_old_indexes, 4: _drop_old_indexes, 5: _add_record_columns, 6: _to_6, 7: _to_7, 8: _to_8,
            9: _to_9}


def _missing_columns(conn: sa.Connection) -> list[sa.Column]:
    """Columns of the incidents table (fields of `Incident`) that the stored table lacks."""
    stored = {c["name"] for c in sa.inspect(conn).get_columns("incidents")}
    return [c for c in incidents.columns if c.name not in stored]


def create_indexes(conn: sa.Connection) -> None:
    """The secondary indexes (and on PostGIS the point column's GiST index), where missing."""
    for index in INDEXES:
        index.create(conn, checkfirst=True)
    if conn.dialect.name == "postgresql":
        conn.execute(sa.text(GEOMETRY_INDEX))
        for name, definition in PG_INDEXES.items():
            conn.execute(sa.text(f"CREATE INDEX IF NOT EXISTS {name} {definition}"))


def drop_indexes(conn: sa.Connection) -> None:
    """Drop the secondary indexes, so a bulk load into an empty store builds each once, at the end."""
    for index in INDEXES:
        index.drop(conn, checkfirst=True)
    if conn.dialect.name == "postgresql":
        conn.execute(sa.text("DROP INDEX IF EXISTS ix_incidents_geom"))
        for name in PG_INDEXES:
            conn.execute(sa.text(f"DROP INDEX IF EXISTS {name}"))


def _current(engine: sa.Engine) -> bool:
    """Whether the store is at this program's schema with every field's column (a read, no lock)."""
    with engine.connect() as conn:
        return _version(conn) == SCHEMA_VERSION and not _missing_columns(conn)


def migrate(engine: sa.Engine, writing: Callable[[], AbstractContextManager[sa.Connection]]) -> int | None:
    """Create or upgrade the schema in one write transaction (`writing()`); return the version it had before
    (0 for new, None when it was current and nothing was done)."""
    if _current(engine):
        return None
    with writing() as conn:
        found = _version(conn)
        if found is None:
            metadata.create_all(conn)
            if conn.dialect.name == "postgresql":
                conn.execute(sa.text(GEOMETRY_COLUMN))
            derived.create(conn)  # (PostgreSQL's text table before its index)
            create_indexes(conn)
            _set(conn, "data_version", 0)
            _set(conn, "schema_version", SCHEMA_VERSION)
            return 0
        if found > SCHEMA_VERSION:
            raise RuntimeError(f"the store has schema {found}, newer than this program's {SCHEMA_VERSION}: upgrade the program")
        for version in range(found + 1, SCHEMA_VERSION + 1):
            UPGRADES[version](conn)
            _set(conn, "schema_version", version)
        _add_record_columns(conn)
        if found < SCHEMA_VERSION:
            create_indexes(conn)
        return found
