"""The incident store: one class over SQLite (default) or PostgreSQL/PostGIS, chosen by the database URL."""
from __future__ import annotations

import datetime as dt
import hashlib
from contextlib import contextmanager
from collections.abc import Iterable
from pathlib import Path

import numpy as np
import pandas as pd
import sqlalchemy as sa

from incidents.filters import Filters
from incidents.record import FIELD_NAMES, Incident
from incidents.settings import db_url
from incidents.store import query
from incidents.store.migrate import create_indexes, drop_indexes, migrate
from incidents.store.schema import RECORD_COLUMNS, history, incidents, meta, period_keys
from incidents.validate import TIME_FIELDS, extra_dict, extra_text, validate

INSERT_COLUMNS = tuple(c for c in RECORD_COLUMNS if c != "id") + ("dedup_key", "year", "month", "week")
# The fields that identify an event when its source gives no id of its own.
CONTENT_KEY_FIELDS = ("event_date", "event_type", "sub_event_type", "place_text", "location_en", "latitude",
                      "longitude", "killed", "wounded", "actor1", "actor2", "source", "source_url", "excerpt")
BATCH = 20_000


class ConflictError(RuntimeError):
    """An edit based on a version of the record that someone else has changed since."""


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def _sqlite_path(url: str) -> Path | None:
    parsed = sa.engine.make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        return Path(parsed.database)
    return None


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


class Store:
    """Incidents in a database: add, get, update (optimistic), query, frame, count, aggregate, history."""

    def __init__(self, url: str | None = None):
        self.url = url or db_url()
        path = _sqlite_path(self.url)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        self.engine = sa.create_engine(self.url, future=True)
        self.postgis = self.engine.dialect.name == "postgresql"
        if self.engine.dialect.name == "sqlite":
            sa.event.listen(self.engine, "connect", _sqlite_pragmas)
            sa.event.listen(self.engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN"))
        migrate(self.engine)

    def __repr__(self) -> str:
        return f"Store({self.engine.url.render_as_string(hide_password=True)!r})"

    def close(self) -> None:
        self.engine.dispose()

    # Writing ------------------------------------------------------------------------------------------
    def add(self, items: Iterable[Incident]) -> list[int]:
        """Validate and insert; return each incident's id (an incident already present keeps its id)."""
        frame = validate(list(items))
        keys = dedup_keys(frame)
        with self.engine.begin() as conn:
            inserted = self.insert_frame(conn, frame, keys)
            ids = self._ids(conn, list(keys))
            new = [ids[k] for k in keys[inserted]]
            if new:
                conn.execute(history.insert(), [
                    {"incident_id": i, "version": 0, "action": "create", "changed_by": None if pd.isna(by) else by,
                     "changed_at": _utcnow(), "changes": {}}
                    for i, by in zip(new, frame.loc[inserted, "changed_by"])
                ])
        return [ids[k] for k in keys]

    def insert_frame(self, conn: sa.Connection, frame: pd.DataFrame, keys: pd.Series,
                     seen: set[str] | None = None) -> pd.Series:
        """Insert checked rows whose key is not yet stored, in `conn`'s transaction; return which were new.

        `seen`: when the store was empty before this transaction, the keys inserted so far (kept up to date
        here), so no lookups are needed."""
        if frame.empty:
            return pd.Series(dtype=bool)
        known = seen if seen is not None else self._known(conn, keys)
        new = ~keys.isin(known) & ~keys.duplicated()
        if seen is not None:
            seen.update(keys[new])
        rows = frame[new]
        if rows.empty:
            return new
        now = pd.Timestamp(_utcnow())
        created = rows["created_at"].astype("datetime64[us, UTC]").fillna(now)
        rows = rows.assign(
            created_at=created,
            updated_at=rows["updated_at"].astype("datetime64[us, UTC]").fillna(created),
            dedup_key=keys[new],
            version=0,  # a new record in this store, whatever version it had where it came from
            **period_keys(rows["event_date"]),
        )
        columns = [self._column_values(rows, name) for name in INSERT_COLUMNS]
        names = ", ".join(INSERT_COLUMNS)
        marks = ", ".join(["?" if not self.postgis else "%s"] * len(INSERT_COLUMNS))
        sql = f"INSERT INTO incidents ({names}) VALUES ({marks})"
        tuples = list(zip(*columns))
        for start in range(0, len(tuples), BATCH):
            conn.exec_driver_sql(sql, tuples[start:start + BATCH])
        self._bump(conn)
        return new

    def _column_values(self, rows: pd.DataFrame, name: str) -> list:
        """One column as plain Python values the database driver takes (None for missing)."""
        values = rows[name]
        if name in ("event_date", "event_date_end"):
            values = values.dt.date if self.postgis else _numpy_text(values, "D")
        elif name in TIME_FIELDS:
            values = values.astype("datetime64[us, UTC]")
            values = pd.Series(values.dt.to_pydatetime(), index=rows.index, dtype=object) if self.postgis \
                else _numpy_text(values.dt.tz_localize(None), "us").str.replace("T", " ", regex=False)
        elif name == "civilian_targeting":
            values = values.map({True: 1, False: 0}) if not self.postgis else values
        array = values.to_numpy(dtype=object, copy=True)
        array[pd.isna(values).to_numpy()] = None
        if values.dtype.kind in "iu" or str(values.dtype) == "Int64":
            return [None if v is None else int(v) for v in array]
        return array.tolist()

    def _known(self, conn: sa.Connection, keys: pd.Series) -> set[str]:
        found: set[str] = set()
        unique = list(dict.fromkeys(keys))
        for start in range(0, len(unique), 500):
            chunk = unique[start:start + 500]
            found.update(conn.execute(sa.select(incidents.c.dedup_key).where(incidents.c.dedup_key.in_(chunk))).scalars())
        return found

    def _ids(self, conn: sa.Connection, keys: list[str]) -> dict[str, int]:
        ids: dict[str, int] = {}
        for start in range(0, len(keys), 500):
            chunk = keys[start:start + 500]
            ids.update(conn.execute(sa.select(incidents.c.dedup_key, incidents.c.id)
                                    .where(incidents.c.dedup_key.in_(chunk))).all())
        return ids

    def is_empty(self, conn: sa.Connection) -> bool:
        return conn.execute(sa.select(incidents.c.id).limit(1)).first() is None

    @contextmanager
    def bulk_load(self, conn: sa.Connection, empty: bool):
        """Around a large load into an empty store: secondary indexes are built once, at the end, in the
        same transaction (so a failed load still leaves the store as it was)."""
        if empty:
            drop_indexes(conn)
        yield
        if empty:
            create_indexes(conn)
            conn.exec_driver_sql("ANALYZE incidents" if self.postgis else "ANALYZE")  # statistics for the planner

    def _bump(self, conn: sa.Connection) -> None:
        conn.execute(meta.update().where(meta.c.key == "data_version").values(value=meta.c.value + 1))

    def update(self, incident: Incident, changed_by: str | None = None) -> Incident:
        """Save an edited incident; refuse it (ConflictError) if the stored version moved on since it was read."""
        if incident.id is None:
            raise ValueError("update() needs an incident read from the store (its id is None)")
        frame = validate([incident])
        with self.engine.begin() as conn:
            stored = conn.execute(sa.select(incidents).where(incidents.c.id == incident.id)).mappings().first()
            if stored is None:
                raise KeyError(f"no incident {incident.id} in the store")
            if stored["version"] != incident.version:
                raise ConflictError(
                    f"incident {incident.id} was changed by {stored['changed_by'] or 'someone else'} at "
                    f"{stored['updated_at']:%Y-%m-%d %H:%M} (now version {stored['version']}); your edit is based on "
                    f"version {incident.version}. Reload it and apply your change again."
                )
            before = _record(stored)
            after = _record_from_frame(frame.iloc[0])
            changes = {k: [_json(before[k]), _json(after[k])] for k in FIELD_NAMES
                       if k not in ("id", "version", "created_at", "updated_at", "changed_by") and before[k] != after[k]}
            now = _utcnow()
            values = {k: after[k] for k in RECORD_COLUMNS if k not in ("id", "version", "created_at", "updated_at")}
            values.update(flags=",".join(after["flags"]), extra=extra_text(after["extra"]),
                          changed_by=changed_by or incident.changed_by, updated_at=now, version=incident.version + 1,
                          **period_keys(pd.Series([after["event_date"]])).iloc[0].to_dict())
            values["year"] = int(values["year"])
            moved = conn.execute(incidents.update().where(incidents.c.id == incident.id)
                                 .where(incidents.c.version == incident.version).values(**values)).rowcount
            if moved != 1:
                raise ConflictError(f"incident {incident.id} was changed by someone else while saving; reload it")
            conn.execute(history.insert().values(incident_id=incident.id, version=incident.version + 1,
                                                 action="update", changed_by=values["changed_by"], changed_at=now,
                                                 changes=changes))
            self._bump(conn)
        return self.get(incident.id)

    # Reading ------------------------------------------------------------------------------------------
    def get(self, incident_id: int) -> Incident | None:
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(incidents).where(incidents.c.id == incident_id)).mappings().first()
        return Incident(**_record(row)) if row else None

    def _select(self, columns, filters: Filters | None):
        return sa.select(*columns).where(*query.where(filters, self.postgis))

    def query(self, filters: Filters | None = None, limit: int | None = None) -> list[Incident]:
        """Incidents of a selection, newest first."""
        stmt = self._select([incidents], filters).order_by(incidents.c.event_date.desc(), incidents.c.id.desc())
        if limit is not None:
            stmt = stmt.limit(limit)
        with self.engine.connect() as conn:
            return [Incident(**_record(row)) for row in conn.execute(stmt).mappings()]

    def frame(self, filters: Filters | None = None, columns: Iterable[str] | None = None) -> pd.DataFrame:
        """One row per incident (columns = record.FIELD_NAMES, or those asked for); dates as datetime64, flags as 'a,b'."""
        names = list(columns or FIELD_NAMES)
        stmt = self._select([incidents.c[n] for n in names], filters).order_by(incidents.c.id)
        # Plain driver values (no per-value conversion in Python), typed by pandas column by column.
        compiled = stmt.compile(self.engine, compile_kwargs={"render_postcompile": True})
        params = tuple(compiled.params[p] for p in compiled.positiontup) if compiled.positional else compiled.params
        with self.engine.connect() as conn:
            rows = conn.exec_driver_sql(str(compiled), params).fetchall()
        frame = pd.DataFrame.from_records(rows, columns=names)
        return _typed(frame)

    def count(self, filters: Filters | None = None) -> int:
        with self.engine.connect() as conn:
            return conn.execute(self._select([sa.func.count()], filters).select_from(incidents)).scalar_one()

    def aggregate(self, filters: Filters | None = None, by: str = "admin1") -> pd.DataFrame:
        """Incidents, killed and wounded per admin unit, event type or period (day, week, month, year)."""
        if by not in query.GROUPS:
            raise ValueError(f"cannot aggregate by {by!r}: choose one of {', '.join(query.GROUPS)}")
        key = query.GROUPS[by]
        stmt = (self._select([key.label("key"), sa.func.count().label("incidents"),
                              sa.func.coalesce(sa.func.sum(incidents.c.killed), 0).label("killed"),
                              sa.func.coalesce(sa.func.sum(incidents.c.wounded), 0).label("wounded")], filters)
                .group_by(key).order_by(key))
        with self.engine.connect() as conn:
            frame = pd.DataFrame(conn.execute(stmt).all(), columns=["key", "incidents", "killed", "wounded"])
        frame["key"] = frame["key"].astype(object).where(frame["key"].notna(), None)
        return frame.astype({"incidents": "int64", "killed": "int64", "wounded": "int64"})

    def history(self, incident_id: int) -> list[dict]:
        """Every change of one incident, oldest first: version, action, who, when and {field: [before, after]}."""
        stmt = sa.select(history).where(history.c.incident_id == incident_id).order_by(history.c.version)
        with self.engine.connect() as conn:
            return [dict(row) for row in conn.execute(stmt).mappings()]

    def data_version(self) -> str:
        """A token that changes whenever the data does (the dashboard caches on it)."""
        with self.engine.connect() as conn:
            value = conn.execute(sa.select(meta.c.value).where(meta.c.key == "data_version")).scalar_one()
        return f"{self.engine.url.render_as_string(hide_password=True)}#{value}"


def _numpy_text(values: pd.Series, unit: str) -> pd.Series:
    """Dates or times as ISO text, formatted by numpy (much faster than strftime); missing stays missing."""
    text = values.to_numpy().astype(f"datetime64[{unit}]").astype(str)
    return pd.Series(text, index=values.index, dtype="str").where(values.notna())


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    """WAL lets the dashboard read while an import writes; a kill mid-import leaves the file as it was.
    The driver's own transaction handling is off (SQLAlchemy's recipe), so DDL stays inside our BEGIN."""
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA cache_size=-131072")  # 128 MB of page cache: index inserts of big imports stay in memory
    cursor.close()


def _json(value):
    return value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else value


def _aware(value: dt.datetime | None) -> dt.datetime | None:
    if value is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=dt.timezone.utc)


def _record(row) -> dict:
    """A stored row as Incident keyword arguments."""
    record = {name: row[name] for name in FIELD_NAMES}
    record["flags"] = [f for f in (row["flags"] or "").split(",") if f]
    record["extra"] = extra_dict(row["extra"])
    for name in TIME_FIELDS:
        record[name] = _aware(row[name])
    if record["civilian_targeting"] is not None:
        record["civilian_targeting"] = bool(record["civilian_targeting"])
    return record


def _record_from_frame(row: pd.Series) -> dict:
    """A checked frame row as Incident keyword arguments (plain Python values)."""
    record = {}
    for name in FIELD_NAMES:
        value = row[name]
        if value is None or (not isinstance(value, (list, str)) and pd.isna(value)):
            value = None
        elif name in ("event_date", "event_date_end"):
            value = value.date()
        elif name in TIME_FIELDS:
            value = value.to_pydatetime()
        elif isinstance(value, (np.integer,)):
            value = int(value)
        elif isinstance(value, np.floating):
            value = float(value)
        record[name] = value
    record["flags"] = [f for f in (record["flags"] or "").split(",") if f]
    record["extra"] = extra_dict(record["extra"])
    return record


def _typed(frame: pd.DataFrame) -> pd.DataFrame:
    """Driver values to pandas types: dates as datetime64, counts as nullable integers."""
    for name in frame.columns:
        if name in ("event_date", "event_date_end"):
            frame[name] = pd.to_datetime(frame[name], format="ISO8601")
        elif name in TIME_FIELDS:
            frame[name] = pd.to_datetime(frame[name], format="ISO8601", utc=True)
        elif name in ("killed", "wounded", "deaths_low", "deaths_high", "geo_precision", "where_prec", "version", "id"):
            frame[name] = frame[name].astype("Int64")
        elif name in ("latitude", "longitude"):
            frame[name] = frame[name].astype(float)
        elif name == "civilian_targeting":
            values = frame[name].astype(object)
            frame[name] = values.where(values.isna(), values.map(bool, na_action="ignore")).astype(object)
            frame[name] = frame[name].where(frame[name].notna(), None)
    return frame
