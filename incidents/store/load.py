"""Adding checked rows to the store in bulk, inside one write transaction: new rows only (by identity),
inserted many at a time (COPY on PostgreSQL), each chunk's `create` history rows, summary counts and text index
written by SQL over its new ids (a bulk load into an empty store: SQLite's text index built beside the load, in
another thread; PostgreSQL's text rows written once after the last chunk, sharing repeated texts); one data
version for the whole load."""
from __future__ import annotations

import hashlib
import itertools
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
import pandas as pd
import sqlalchemy as sa

from incidents.record import FIELD_NAMES
from incidents.store import derived
from incidents.store.migrate import create_indexes, drop_indexes
from incidents.store.schema import BOOKKEEPING, KINDS, TEXT_COLUMNS, incidents, meta, period_keys
from incidents.validate import extra_text

INSERT_COLUMNS = tuple(c for c in FIELD_NAMES if c != "id") + BOOKKEEPING
# The fields that identify an event when its source gives no id of its own.
CONTENT_KEY_FIELDS = ("event_date", "event_type", "sub_event_type", "place_text", "location_en", "latitude",
                      "longitude", "killed", "wounded", "actor1", "actor2", "source", "source_url", "excerpt")
# SQLite page cache while a load writes (KiB, negative as PRAGMA cache_size takes it): index inserts stay in
# memory. Readers keep SQLite's 2 MB: a search reading 100,000 rows by id at 1M took 270 ms with 128 MB of
# cache and 205 ms with 2 MB (pages are copied from the system's file cache either way; a big cache only adds
# its own upkeep).
LOAD_CACHE = -131072
# SQLite memory-maps up to this many bytes of the file while a bulk load runs (its cap is 2 GB): building each
# secondary index reads the whole table, and pages read through the map are not copied by a system call each.
LOAD_MMAP = 1 << 31
PG_BUILD_MEMORY = "256MB"  # PostgreSQL's memory for a bulk load's index builds (default 64 MB: the trigram
# index of 1M rows spilled to many runs)


def dedup_keys(frame: pd.DataFrame) -> pd.Series:
    """Each row's identity: dataset and source id when the source has ids, else a hash of its content."""
    has_id = frame["source_id"].notna()
    keys = pd.Series(index=frame.index, dtype=object)
    keys[has_id] = frame["dataset"].fillna("").astype(str)[has_id] + ":" + frame["source_id"].astype(str)[has_id]
    if (~has_id).any():
        rows = frame.loc[~has_id]
        content = rows[CONTENT_KEY_FIELDS[0]].astype("string").fillna("")
        for name in CONTENT_KEY_FIELDS[1:]:
            content = content + "\x1f" + rows[name].astype("string").fillna("")
        keys[~has_id] = "sha1:" + content.map(lambda s: hashlib.sha1(s.encode()).hexdigest()[:32])
    return keys


def bump(conn: sa.Connection) -> int:
    """Move the store's data version on by one; return the new version."""
    return conn.execute(meta.update().where(meta.c.key == "data_version").values(value=meta.c.value + 1)
                        .returning(meta.c.value)).scalar_one()


def with_defaults(frame: pd.DataFrame) -> pd.DataFrame:
    """Fill the fields the record never leaves empty (a default, not `X | None`) where a row has none."""
    columns = {c.name: c for c in incidents.columns}
    filled = {name: frame[name].fillna(columns[name].server_default.arg) for name in frame.columns
              if name in columns and not columns[name].nullable and columns[name].server_default is not None
              and KINDS.get(name) == "text" and frame[name].isna().any()}
    return frame.assign(**filled) if filled else frame


@dataclass
class Batch:
    """Checked rows made ready to insert (`Load.prepare`): their identities, and the values of the columns
    they fill, one list per column."""

    frame: pd.DataFrame
    keys: pd.Series
    names: list[str]
    columns: list[list]
    counts: list[dict]  # the rows' summary counts (derived.counted), used when every row is new


class Load:
    """Rows added in one transaction (use `Store.load()`): `add` per checked frame, then `finish` once."""

    def __init__(self, conn: sa.Connection, bulk: bool, now: pd.Timestamp):
        self.conn = conn
        self.postgis = conn.dialect.name == "postgresql"
        self.now = now
        empty = conn.execute(sa.select(incidents.c.id).limit(1)).first() is None
        self.seen: set[str] | None = set() if empty else None  # an empty store needs no lookups of keys
        self.bulk = bulk and empty
        self.added = 0
        self.pg_types: dict[str, int] | None = None  # PostgreSQL: the incidents' column type oids, for COPY
        self.version: int | None = None  # the one data version of everything this load adds
        self.cache = None if self.postgis else conn.exec_driver_sql("PRAGMA cache_size").scalar()
        if self.cache is not None:  # SQLite's own 2 MB, kept for readers, is too small for a load's index inserts
            conn.exec_driver_sql(f"PRAGMA cache_size={LOAD_CACHE}")
        if self.bulk:  # secondary indexes are built once at the end, in this transaction
            drop_indexes(conn)
        self.mmap = None if self.postgis or not self.bulk else conn.exec_driver_sql("PRAGMA mmap_size").scalar()
        if self.mmap is not None:
            conn.exec_driver_sql(f"PRAGMA mmap_size={LOAD_MMAP}")
        if self.postgis:
            # Each statement planned for its own values: a plan made once for any `id > since` reads the whole
            # table per chunk (statistics from before the load say nothing about the new ids).
            conn.exec_driver_sql("SET LOCAL plan_cache_mode = force_custom_plan")
        if self.bulk and self.postgis:
            # The empty table emptied again in this transaction lets COPY write its rows frozen and marked
            # all-visible (FREEZE): index-only scans need no VACUUM after the load, no reader sets hint bits.
            conn.exec_driver_sql("TRUNCATE incidents, incident_text, incident_text_shared")  # the text: see finish
            conn.exec_driver_sql(f"SET LOCAL maintenance_work_mem = '{PG_BUILD_MEMORY}'")  # the index builds
            # and the text tables' grouping: hashed in memory, not sorted through temporary files
            conn.exec_driver_sql(f"SET LOCAL work_mem = '{PG_BUILD_MEMORY}'")
        # PostgreSQL's bulk load writes its text rows once, after the last chunk: the combinations of naming
        # columns several incidents share are found over the whole table (see schema).
        self.text_at_end = self.bulk and self.postgis
        # SQLite: a bulk load's text index is built beside it (derived.TextBeside), the rows' ids known.
        self.text = derived.TextBeside() if self.bulk and not self.postgis else None

    def prepare(self, frame: pd.DataFrame) -> Batch:
        """The rows' identities and insert values (no database work: a reading thread may do this while the
        previous batch is inserted)."""
        keys = dedup_keys(frame)
        created = frame["created_at"].astype("datetime64[us, UTC]").fillna(self.now)
        rows = with_defaults(frame).assign(
            created_at=created,
            updated_at=frame["updated_at"].astype("datetime64[us, UTC]").fillna(created),
            dedup_key=keys,
            version=0,  # a new record in this store, whatever version it had where it came from
            **(period_keys(frame["event_date"]) if len(frame) else {}),
        )
        # Columns with no value in these rows are left out: they stay NULL (a field the record never leaves
        # empty was filled above), and each column left out is a million values the driver need not bind.
        names = [name for name in INSERT_COLUMNS if name in rows and rows[name].notna().any()]
        counts = derived.counted(rows) if len(rows) else []
        return Batch(frame, keys, names, [self._values(rows, name) for name in names], counts)

    def add(self, batch: Batch | pd.DataFrame) -> pd.Series:
        """Insert the checked rows (or a batch `prepare` made of them) whose identity is not stored yet;
        return which were new."""
        if isinstance(batch, pd.DataFrame):
            batch = self.prepare(batch)
        if batch.frame.empty:
            return pd.Series(dtype=bool)
        keys = batch.keys
        known = self.seen if self.seen is not None else self._known(keys)
        # Membership key by key: `isin` would copy the whole set (a million keys by the end of a load) per chunk.
        stored = np.fromiter((key in known for key in keys), dtype=bool, count=len(keys))
        new = ~pd.Series(stored, index=keys.index) & ~keys.duplicated()
        if self.seen is not None:
            self.seen.update(keys[new])
        if not new.any():
            return new
        names, columns = batch.names, batch.columns
        if not new.all():  # some rows are stored already: the others' values, columns they leave empty out
            mask = new.to_numpy()
            kept = [list(itertools.compress(column, mask)) for column in columns]
            names, columns = zip(*[(n, c) for n, c in zip(names, kept) if any(v is not None for v in c)])
        since = self.conn.execute(sa.select(sa.func.max(incidents.c.id))).scalar() or 0
        # Rows zipped as the driver takes them, not made into a list first: zip reuses a row's tuple once the
        # driver has bound it (at 1M rows, ~3 s less of this thread).
        (self._copy if self.postgis else self._insert)(list(names), zip(*columns))
        added = int(new.sum())
        self.added += added
        if self.text is not None:  # SQLite numbers new rows on from the highest id: since + 1, since + 2, ...
            values = dict(zip(names, columns))
            self.text.add(since + 1, added, {name: values[name] for name in TEXT_COLUMNS if name in values})
        last = self.conn.execute(sa.select(sa.func.max(incidents.c.id))).scalar()
        self._derive(since, last, batch.counts if new.all() else None)
        return new

    def _derive(self, since: int, last: int, counts: list[dict] | None) -> None:
        """The `create` history rows, summary counts (`counts` when worked out already) and text index of the
        incidents with ids above `since` up to `last`, each written by one SQL statement (chunk by chunk, so
        they keep pace with the inserts, while the reading thread prepares the next chunk)."""
        if self.version is None:
            self.version = bump(self.conn)
        self.conn.execute(sa.text(
            "INSERT INTO incident_history (incident_id, version, action, changed_by, changed_at, changes, data_version) "
            "SELECT id, 0, 'create', changed_by, created_at, '{}', :version FROM incidents "
            "WHERE id > :since AND id <= :last"), {"version": self.version, "since": since, "last": last})
        # SQLite's bulk text index: beside the load; PostgreSQL's bulk text rows: at the end
        derived.add_rows(self.conn, since, last, text=self.text is None and not self.text_at_end, counts=counts)

    def _insert(self, names: list[str], tuples: Iterable[tuple]) -> None:
        sql = f"INSERT INTO incidents ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
        cursor = self.conn.connection.dbapi_connection.cursor()
        cursor.executemany(sql, tuples)
        cursor.close()

    def _copy(self, names: list[str], tuples: Iterable[tuple]) -> None:
        """COPY in PostgreSQL's binary format: the server takes each value as it stores it instead of parsing
        its text (dates, times and floats above all), typed by the table's own column types."""
        cursor = self.conn.connection.dbapi_connection.cursor()
        if self.pg_types is None:
            self.pg_types = dict(self.conn.exec_driver_sql(
                "SELECT attname, atttypid FROM pg_attribute WHERE attrelid = 'incidents'::regclass "
                "AND attnum > 0 AND NOT attisdropped").all())
        freeze = ", FREEZE" if self.bulk else ""
        with cursor.copy(f"COPY incidents ({', '.join(names)}) FROM STDIN (FORMAT BINARY{freeze})") as copy:
            copy.set_types([self.pg_types[name] for name in names])
            for row in tuples:
                copy.write_row(row)
        cursor.close()

    def _values(self, rows: pd.DataFrame, name: str) -> list:
        """One column as plain Python values the database driver takes (None for missing)."""
        values = rows[name]
        kind = KINDS.get(name)
        if kind == "date" and not self.postgis:
            return _iso_text(values, "D")
        if kind == "time" and not self.postgis:
            return _iso_text(values.astype("datetime64[us, UTC]").dt.tz_localize(None), "us")
        if kind == "date":
            values = values.dt.date
        elif kind == "time":
            values = pd.Series(values.astype("datetime64[us, UTC]").dt.to_pydatetime(), index=rows.index, dtype=object)
        elif kind == "bool" and not self.postgis:
            values = values.map({True: 1, False: 0})
        elif kind == "dict" and pd.api.types.infer_dtype(values, skipna=True) not in ("string", "empty"):
            # checked rows hold text (a reader's canonical JSON: kept as it is); a dict is made text here
            values = pd.Series([extra_text(v) if isinstance(v, dict) else v for v in values], index=rows.index,
                               dtype=object)
        # Integers (numpy or nullable) become Python ints in this cast itself, missing values None below.
        array = values.to_numpy(dtype=object, copy=True)
        array[pd.isna(values).to_numpy()] = None
        return array.tolist()

    def _known(self, keys: pd.Series) -> set[str]:
        found: set[str] = set()
        unique = list(dict.fromkeys(keys))
        for start in range(0, len(unique), 500):
            chunk = unique[start:start + 500]
            found.update(self.conn.execute(sa.select(incidents.c.dedup_key)
                                           .where(incidents.c.dedup_key.in_(chunk))).scalars())
        return found

    def finish(self) -> int | None:
        """Build the indexes a bulk load left out; return the load's data version (None if nothing was added)."""
        if self.text_at_end and self.added:
            derived.add_text(self.conn, 0, share=True)
        if self.bulk:
            create_indexes(self.conn)  # meanwhile the text index beside the load takes its last chunks
            if self.text is not None:
                self.text.copy_into(self.conn)
            self.conn.exec_driver_sql("ANALYZE")  # statistics for the planner
        return self.version

    def close(self) -> None:
        """Stop the work beside the load (after `finish`, or when the load failed); give the connection back
        its own page cache and memory map."""
        if self.text is not None:
            self.text.close()
        if self.cache is not None:
            self.conn.exec_driver_sql(f"PRAGMA cache_size={self.cache}")
        if self.mmap is not None:
            self.conn.exec_driver_sql(f"PRAGMA mmap_size={self.mmap}")


def _iso_text(values: pd.Series, unit: str) -> list:
    """Dates ("D") or times ("us", a space before the time) as ISO text, None for missing, each distinct value
    formatted once by numpy: a file's rows share their days, and an import's rows the one time of the import."""
    codes, distinct = pd.factorize(values)
    text = [t.replace("T", " ") for t in distinct.to_numpy().astype(f"datetime64[{unit}]").astype(str).tolist()]
    return np.array(text + [None], dtype=object)[codes].tolist()  # code -1 (missing): the last, None
