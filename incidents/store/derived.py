"""What the store keeps beside the incidents, up to date in the same transaction as every write: the summary
the aggregates read, and the text searched: SQLite's FTS5 index, PostgreSQL's `incident_text` and
`incident_text_shared` tables (see schema)."""
from __future__ import annotations

import queue
import sqlite3
import threading
from collections.abc import Sequence

import numpy as np
import pandas as pd
import sqlalchemy as sa

from incidents.store.schema import (FTS_DDL, FTS_TABLE, PG_OWN_COLUMN, PG_SHARED_COLUMNS, PG_TEXT, TEXT_COLUMNS, pg_joined,
                                    pg_shared, pg_text, summary)

_TEXT = ", ".join(TEXT_COLUMNS)
_ADD = ("INSERT INTO incident_summary (admin1, event_type, month, incidents, killed, wounded) {rows} "
        "ON CONFLICT (admin1, event_type, month) DO UPDATE SET incidents = incident_summary.incidents + excluded.incidents, "
        "killed = incident_summary.killed + excluded.killed, wounded = incident_summary.wounded + excluded.wounded")
_GROUPED = ("SELECT coalesce(admin1, ''), event_type, month, count(*), coalesce(sum(killed), 0), coalesce(sum(wounded), 0) "
            "FROM incidents WHERE id > :since AND id <= :last GROUP BY coalesce(admin1, ''), event_type, month")
NO_LAST = 2**31 - 1  # above every id


BULK_HASH = 512 * 1024 * 1024  # bytes of pending FTS5 terms a bulk load keeps in memory: one segment, no merging


def counted(rows: pd.DataFrame) -> list[dict]:
    """The summary counts of rows about to be inserted (with their `month` key), as `add_rows` takes them:
    worked out by pandas beside the load instead of by SQL reading the inserted rows back."""
    keys = [rows["admin1"].fillna("").rename("a"), rows["event_type"].rename("t"), rows["month"].rename("m")]
    numbers = pd.DataFrame({"n": 1, "k": rows["killed"], "w": rows["wounded"]}, index=rows.index)
    sums = numbers.groupby(keys, sort=False, dropna=False).sum(min_count=0).reset_index()
    return [{name: (int(value) if isinstance(value, (int, np.integer)) else value) for name, value in row.items()}
            for row in sums.astype(object).to_dict("records")]


def add_rows(conn: sa.Connection, since_id: int, last_id: int = NO_LAST, text: bool = True,
             counts: list[dict] | None = None) -> None:
    """Count the incidents with ids above `since_id` up to `last_id` (just inserted) into the summary and (`text`)
    the text index; `counts`: their summary counts worked out already (see `counted`). Both bounds: with no
    statistics for the new ids yet, the planner reads them by the primary key instead of the whole table."""
    if counts is None:
        conn.execute(sa.text(_ADD.format(rows=_GROUPED)), {"since": since_id, "last": last_id})
    elif counts:
        conn.execute(sa.text(_ADD.format(rows="VALUES (:a, :t, :m, :n, :k, :w)")), counts)
    if text:
        add_text(conn, since_id, last_id)


_KEYS = ", ".join(f"coalesce({c}, '') AS {c}" for c in PG_SHARED_COLUMNS)
_SAME = " AND ".join(f"coalesce(i.{c}, '') = g.{c}" for c in PG_SHARED_COLUMNS)
# (PostgreSQL) Every incident's text rows at once, the naming columns of a combination found in more than one
# incident written once (grouped and joined back on the columns as stored, so only each distinct combination's
# text is lowered and joined, not every row's).
_SHARED = (f"WITH g AS MATERIALIZED (SELECT row_number() OVER () AS combo, {_KEYS} FROM incidents "
           f"GROUP BY {', '.join(map(str, range(2, len(PG_SHARED_COLUMNS) + 2)))} HAVING count(*) > 1), "
           f"s AS (INSERT INTO {pg_shared.name} (id, body) SELECT combo, {pg_joined(PG_SHARED_COLUMNS)} FROM g) "
           f"INSERT INTO {pg_text.name} (id, combo, own) SELECT i.id, g.combo, CASE WHEN g.combo IS NULL "
           f"THEN {pg_joined(TEXT_COLUMNS, 'i.')} ELSE lower(coalesce(i.{PG_OWN_COLUMN}, '')) END "
           f"FROM incidents i LEFT JOIN g ON {_SAME}")


def add_text(conn: sa.Connection, since_id: int, last_id: int = NO_LAST, share: bool = False) -> None:
    """The texts of the incidents with ids above `since_id` up to `last_id` into the text index (SQLite) or tables
    (PostgreSQL: each incident's whole text as its own; `share`, for every incident of a store whose text tables
    are empty: the naming columns of a combination more than one incident has, once)."""
    bounds = {"since": since_id, "last": last_id}
    if conn.dialect.name == "sqlite":
        conn.execute(sa.text(f"INSERT INTO {FTS_TABLE} (rowid, {_TEXT}) SELECT id, {_TEXT} FROM incidents "
                             "WHERE id > :since AND id <= :last"), bounds)
    elif share:
        # Without statistics for the groups, the planner takes a hash join on seven text columns to be skewed
        # and sorts the million rows for a merge join instead (at 1M: 46 s against 14 s wall, load 9).
        conn.exec_driver_sql("SET LOCAL enable_mergejoin = off")
        conn.execute(sa.text(_SHARED))
        conn.exec_driver_sql("RESET enable_mergejoin")
    else:
        conn.execute(sa.text(f"INSERT INTO {pg_text.name} (id, own) SELECT id, {PG_TEXT} FROM incidents "
                             "WHERE id > :since AND id <= :last"), bounds)


class TextBeside:
    """(SQLite) A bulk load's text index built beside the load, on the other core: each chunk's texts go, with
    the ids the store gave them, to a thread that indexes them into an in-memory database's FTS5 table of the
    same definition while the store inserts the next chunk; `copy_into` then puts that index's segment into
    the store's own text index (the rows `rebuild` would have written, without the store's thread tokenising
    a million rows after the inserts)."""

    SHADOWS = ("data", "idx")  # the FTS5 tables that hold the index itself (config is the store's own)
    _DONE, _STOP = "done", "stop"  # the load's last word to the thread: write the index, or drop it

    def __init__(self) -> None:
        self._items: queue.Queue = queue.Queue(maxsize=2)
        self._db = sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="text-index", daemon=True)
        self._thread.start()

    def add(self, first_id: int, count: int, texts: dict[str, Sequence]) -> None:
        """Index `count` rows with ids first_id, first_id + 1, ...; `texts` holds a column's values per text
        column (a column left out is empty in every row)."""
        self._items.put((first_id, count, texts))

    def _run(self) -> None:
        insert = (f"INSERT INTO {FTS_TABLE} (rowid, {_TEXT}) VALUES ({', '.join('?' * (len(TEXT_COLUMNS) + 1))})")
        try:
            self._db.execute(FTS_DDL)
            self._db.execute(f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}, rank) VALUES ('hashsize', {BULK_HASH})")
            self._db.execute("BEGIN")
            while isinstance(item := self._items.get(), tuple):
                first_id, count, texts = item
                empty = (None,) * count
                self._db.executemany(insert, zip(range(first_id, first_id + count),
                                                 *(texts.get(name, empty) for name in TEXT_COLUMNS)))
            if item == self._DONE:
                self._db.execute("COMMIT")  # the pending terms written as one segment
        except BaseException as error:  # noqa: BLE001 - raised again by copy_into
            self._error = error
            while isinstance(self._items.get(), tuple):  # keep taking chunks until the load ends
                pass

    def copy_into(self, conn: sa.Connection) -> None:
        """Replace the store's text index (empty before a bulk load) by the one built beside the load. The
        table is made anew, so no connection keeps FTS5's cached view of the old one."""
        self._items.put(self._DONE)
        self._thread.join()
        if self._error is not None:
            raise self._error
        conn.execute(sa.text(f"DROP TABLE {FTS_TABLE}"))
        conn.execute(sa.text(FTS_DDL))
        cursor = conn.connection.dbapi_connection.cursor()
        for shadow in self.SHADOWS:
            table = f"{FTS_TABLE}_{shadow}"
            rows = self._db.execute(f"SELECT * FROM {table}")
            cursor.execute(f"DELETE FROM {table}")
            marks = ", ".join("?" * len(rows.description))
            while chunk := rows.fetchmany(1000):
                cursor.executemany(f"INSERT INTO {table} VALUES ({marks})", chunk)
        cursor.close()

    def close(self) -> None:
        """Stop the thread (after a failed load too) and free the in-memory index."""
        if self._thread.is_alive():
            self._items.put(self._STOP)
            self._thread.join()
        self._db.close()


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
    else:  # the incident's row is written already: its whole text read back from it, as its own
        conn.execute(sa.text(f"UPDATE {pg_text.name} SET combo = NULL, own = (SELECT {PG_TEXT} FROM incidents "
                             "WHERE id = :id) WHERE id = :id"), {"id": incident_id})


def create(conn: sa.Connection) -> None:
    """The summary table and the text index, filled from the incidents already stored (new store or upgrade)."""
    summary.create(conn, checkfirst=True)
    conn.execute(summary.delete())
    if conn.dialect.name == "sqlite":
        conn.execute(sa.text(FTS_DDL))
        conn.execute(sa.text(f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}) VALUES ('delete-all')"))
    else:
        for table in (pg_shared, pg_text):
            table.create(conn, checkfirst=True)
            conn.execute(table.delete())
    add_rows(conn, 0)

