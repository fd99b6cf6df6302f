"""Write transactions that take the store's write lock first, wait for it, and never fail with a traceback.

SQLite: `BEGIN IMMEDIATE` (a deferred BEGIN that reads and then writes cannot wait: busy_timeout does not help
it). PostgreSQL: a transaction-scoped advisory lock, so writers queue the same way on both backends. A writer
that still cannot get the lock after `wait` seconds is told in one line (a log warning) and tries again; after
`attempts` tries it gets `StoreBusy`, a one-line error."""
from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

import sqlalchemy as sa

log = logging.getLogger(__name__)
WRITE_LOCK = 0x1C1D  # the advisory lock id every writer of an incident store takes (PostgreSQL)


class StoreBusy(RuntimeError):
    """Another writer held the store's write lock for longer than this writer would wait."""


def _busy(error: sa.exc.OperationalError) -> bool:
    text = str(error.orig).lower()
    return "database is locked" in text or "busy" in text or "lock timeout" in text or "lock_timeout" in text


def _sqlite_begin(conn: sa.Connection) -> None:
    """Every transaction of a store's SQLite connection: IMMEDIATE when opened for writing, else deferred."""
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("store_write") else "BEGIN")


def install(engine: sa.Engine, wait: float) -> None:
    """Make the engine's SQLite connections wait `wait` seconds for a lock, and begin transactions as
    `write_transaction` needs (no-op on PostgreSQL)."""
    if engine.dialect.name != "sqlite":
        return

    def pragmas(dbapi_connection, _record) -> None:
        """busy_timeout first (switching to WAL may wait for a lock). WAL lets readers read while an import
        writes; a kill mid-import leaves the file as it was. The driver's own transaction handling is off
        (SQLAlchemy's recipe), so DDL stays inside our BEGIN."""
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout={int(wait * 1000)}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    sa.event.listen(engine, "connect", pragmas)
    sa.event.listen(engine, "begin", _sqlite_begin)


def _journal(conn: sa.Connection, mode: str, wait: bool) -> bool:
    """Switch the connection's SQLite file to journal `mode` outside any transaction (`wait`: for readers as
    long as the busy timeout, else not at all); False, left as it was, if another connection forbids it.

    Back in WAL, the connection reads the file's header at once, which opens its WAL. Until a read does, a
    checkpoint of every database (`PRAGMA wal_checkpoint`) opens it by running SQLite's own `PRAGMA table_list`
    inside itself, and that leaves the temp database (opened by any look at `sqlite_temp_master`, as
    SQLAlchemy's `has_table` takes) in a read transaction the checkpoint then refuses: "database table is
    locked", with no statement of ours left active (SQLite 3.40)."""
    dbapi = conn.connection.dbapi_connection
    timeout = dbapi.execute("PRAGMA busy_timeout").fetchone()[0]
    try:
        if not wait:
            dbapi.execute("PRAGMA busy_timeout=0")
        switched = dbapi.execute(f"PRAGMA journal_mode={mode}").fetchone()[0].lower() == mode.lower()
        if switched and mode.lower() == "wal":
            dbapi.execute("PRAGMA main.schema_version").fetchone()
        return switched
    except sqlite3.OperationalError:
        return False
    finally:
        dbapi.execute(f"PRAGMA busy_timeout={timeout}")


def _empty(conn: sa.Connection) -> bool:
    """Whether the store holds no incident yet (read outside a transaction, before the write lock)."""
    return conn.connection.dbapi_connection.execute("SELECT 1 FROM incidents LIMIT 1").fetchone() is None


@contextmanager
def write_transaction(engine: sa.Engine, wait: float = 30.0, attempts: int = 10, what: str = "write",
                      bulk: bool = False) -> Iterator[sa.Connection]:
    """A transaction holding the store's write lock (committed on success, rolled back on error).

    `bulk` (SQLite, a load into an empty store): the transaction writes through a rollback journal, not the
    WAL. The WAL would take every new page and copy it into the file again at the checkpoint (at 1M rows,
    1.9 GB twice); the journal of an empty file holds next to nothing, and a kill mid-load still leaves the
    file as it was. Readers wait for the lock meanwhile; the file is in WAL again after the load."""
    writer = engine.execution_options(store_write=True)
    for attempt in range(1, attempts + 1):
        conn = writer.connect()
        journal = bulk and engine.dialect.name == "sqlite" and _empty(conn) and _journal(conn, "DELETE", wait=False)
        try:
            conn.begin()  # SQLite: BEGIN IMMEDIATE, waiting up to the connection's busy_timeout (= wait)
            if engine.dialect.name == "postgresql":
                conn.exec_driver_sql(f"SET LOCAL lock_timeout = {int(wait * 1000)}")
                conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK})")
                conn.exec_driver_sql("SET LOCAL lock_timeout = 0")
        except sa.exc.OperationalError as error:
            if journal:
                _journal(conn, "WAL", wait=True)
            conn.close()
            if not _busy(error):
                raise
            if attempt == attempts:
                raise StoreBusy(f"the incident store stayed locked by another writer for {attempt * wait:.1f} s; "
                                f"nothing was written, try again later") from None
            log.warning("the incident store is locked by another writer (waited %.1f s); still waiting to %s "
                        "(attempt %d of %d)", wait, what, attempt + 1, attempts)
            continue
        try:
            yield conn
            conn.commit()
        except BaseException:
            conn.rollback()
            raise
        finally:
            if journal and not _journal(conn, "WAL", wait=True):  # else the next connection opened does it
                log.warning("the incident store stays in rollback-journal mode until it is next opened")
            conn.close()
        return
