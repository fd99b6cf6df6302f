"""What the store keeps beside the incidents, up to date in the same transaction as every write: the summary
the aggregates read, and (SQLite) the FTS5 text index. On PostgreSQL the text index is an ordinary one."""
from __future__ import annotations

import sqlalchemy as sa

from incidents.store.schema import FTS_DDL, FTS_TABLE, TEXT_COLUMNS, summary

_TEXT = ", ".join(TEXT_COLUMNS)
_ADD = ("INSERT INTO incident_summary (admin1, event_type, month, incidents, killed, wounded) {rows} "
        "ON CONFLICT (admin1, event_type, month) DO UPDATE SET incidents = incident_summary.incidents + excluded.incidents, "
        "killed = incident_summary.killed + excluded.killed, wounded = incident_summary.wounded + excluded.wounded")
_GROUPED = ("SELECT coalesce(admin1, ''), event_type, month, count(*), coalesce(sum(killed), 0), coalesce(sum(wounded), 0) "
            "FROM incidents WHERE id > :since GROUP BY coalesce(admin1, ''), event_type, month")


BULK_HASH = 512 * 1024 * 1024  # bytes of pending FTS5 terms a rebuild keeps in memory: one segment, no merging
DEFAULT_HASH = 1024 * 1024  # FTS5's own default, for the small changes of edits


def add_rows(conn: sa.Connection, since_id: int, text: bool = True) -> None:
    """Count the incidents with ids above `since_id` (just inserted) into the summary and (`text`) the text
    index."""
    conn.execute(sa.text(_ADD.format(rows=_GROUPED)), {"since": since_id})
    if text and conn.dialect.name == "sqlite":
        conn.execute(sa.text(f"INSERT INTO {FTS_TABLE} (rowid, {_TEXT}) SELECT id, {_TEXT} FROM incidents "
                             "WHERE id > :since"), {"since": since_id})


def rebuild_text(conn: sa.Connection) -> None:
    """(SQLite) The text index made again from every incident in one pass, its pending terms held in memory and
    written as one segment: after a bulk load into an empty store, a fifth less work at 1M than chunk by chunk
    (whose segments FTS5 keeps merging)."""
    if conn.dialect.name != "sqlite":
        return
    for command, value in (("hashsize", BULK_HASH), ("rebuild", None), ("hashsize", DEFAULT_HASH)):
        conn.execute(sa.text(f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}{', rank' if value else ''}) "
                             f"VALUES ('{command}'{f', {value}' if value else ''})"))


def change_row(conn: sa.Connection, incident_id: int, before: dict, after: dict) -> None:
    """One incident changed from `before` to `after` (column values): move its counts and its text."""
    for row, sign in ((before, -1), (after, 1)):
        conn.execute(sa.text(_ADD.format(rows="VALUES (:a, :t, :m, :n, :k, :w)")),
                     {"a": row["admin1"] or "", "t": row["event_type"], "m": row["month"], "n": sign,
                      "k": sign * (row["killed"] or 0), "w": sign * (row["wounded"] or 0)})
    if conn.dialect.name == "sqlite":
        marks = ", ".join(f":{c}" for c in TEXT_COLUMNS)
        conn.execute(sa.text(f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}, rowid, {_TEXT}) VALUES ('delete', :id, {marks})"),
                     {"id": incident_id, **{c: before[c] for c in TEXT_COLUMNS}})
        conn.execute(sa.text(f"INSERT INTO {FTS_TABLE} (rowid, {_TEXT}) VALUES (:id, {marks})"),
                     {"id": incident_id, **{c: after[c] for c in TEXT_COLUMNS}})


def create(conn: sa.Connection) -> None:
    """The summary table and the text index, filled from the incidents already stored (new store or upgrade)."""
    summary.create(conn, checkfirst=True)
    conn.execute(summary.delete())
    if conn.dialect.name == "sqlite":
        conn.execute(sa.text(FTS_DDL))
        conn.execute(sa.text(f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}) VALUES ('delete-all')"))
    add_rows(conn, 0)

