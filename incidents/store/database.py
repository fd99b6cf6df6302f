"""The incident store: one class over SQLite (default) or PostgreSQL/PostGIS, chosen by the database URL."""
from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from functools import partial
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import sqlalchemy as sa

from incidents.filters import Filters
from incidents.record import FIELD_NAMES, Incident
from incidents.settings import db_url
from incidents.store import arrow, derived, locking, query
from incidents.store.load import Load, bump, dedup_keys, with_defaults
from incidents.store.migrate import migrate
from incidents.store.schema import KINDS, SUMMARY_GROUPS, history, incidents, meta, period_keys, pg_text, summary
from incidents.validate import extra_dict, extra_text, validate

ID_CHUNK = 10_000  # ids per IN (...) when reading rows by id


class ConflictError(RuntimeError):
    """An edit based on a version of the record that someone else has changed since."""


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def _sqlite_path(url: str) -> Path | None:
    parsed = sa.engine.make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        return Path(parsed.database)
    return None


# PostgreSQL sessions run without JIT compilation: the store's queries over a million rows last a second or
# two, and compiling one (a count of free text with a type: ~0.25 s by EXPLAIN ANALYZE) cost more than it saved
# (that count's server CPU at 1M, two A/B pairs at load 9-11: 1.9-2.1 -> 1.5-1.7 s).
PG_SESSION = "-c jit=off"


def _connect_args(url: str) -> dict:
    """The driver's connection arguments: on PostgreSQL, the store's session settings after any the URL gives."""
    parsed = sa.engine.make_url(url)
    if parsed.get_backend_name() != "postgresql":
        return {}
    given = parsed.query.get("options", ())
    return {"options": " ".join([*([given] if isinstance(given, str) else given), PG_SESSION])}


# A page of free text on PostgreSQL walks the incidents newest first until it has its rows, looking each one's
# shared text up in the hash of matching ids; the planner charges building that hash at every step, so the walk
# looks dear and it starts parallel workers, which at load 9-11 took 30-110 ms to start for ~5 ms of work each.
# A page prices starting them at five times PostgreSQL's default (1000): at 1M the walks stay in one process
# ("Raqqa", "massacre": 172 / 154 -> 20 / 24 ms at load 11, EXPLAIN ANALYZE), while a text in no shared text
# (its page a scan of every own text, planned at ~25,000 alone, ~19,000 + the workers' setup with them) still
# takes the workers.
PG_PAGE_PARALLEL_SETUP = 5_000


def open_engine(url: str, wait: float = 30.0) -> sa.Engine:
    """An engine on the store's database as every user of it needs one: a SQLite file's folder made, WAL, and
    locks waited for `wait` seconds (see `locking.install`); the store's tables are the Store's to create."""
    path = _sqlite_path(url)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
    engine = sa.create_engine(url, future=True, connect_args=_connect_args(url))
    locking.install(engine, wait)
    return engine


class Store:
    """Incidents in a database: add, get, update (optimistic), query, frame, count, aggregate, history, and
    what changed since a data version.

    Writers queue for the store's write lock (`wait` seconds per try, `attempts` tries; see `locking`)."""

    def __init__(self, url: str | None = None, wait: float = 30.0, attempts: int = 10):
        self.url = url or db_url()
        self.engine = open_engine(self.url, wait)
        self.postgis = self.engine.dialect.name == "postgresql"
        self.wait, self.attempts = wait, attempts
        migrate(self.engine, lambda: self.writing("upgrade the store"))

    def __repr__(self) -> str:
        return f"Store({self.engine.url.render_as_string(hide_password=True)!r})"

    def close(self) -> None:
        self.engine.dispose()

    # Writing ------------------------------------------------------------------------------------------
    def writing(self, what: str = "write", bulk: bool = False):
        """A write transaction holding the store's lock (see `locking.write_transaction`)."""
        return locking.write_transaction(self.engine, self.wait, self.attempts, what, bulk)

    @contextmanager
    def load(self, bulk: bool = False) -> Iterator[Load]:
        """One transaction adding checked frames (`Load.add`); `bulk`: into an empty store, build the indexes
        once at the end. All or nothing."""
        with self.writing("import", bulk) as conn:
            load = Load(conn, bulk=bulk, now=pd.Timestamp(_utcnow()))
            try:
                yield load
                load.finish()
            finally:
                load.close()

    def add(self, items: Iterable[Incident]) -> list[int]:
        """Validate and insert; return each incident's id (an incident already present keeps its id)."""
        frame = validate(list(items))
        keys = dedup_keys(frame)
        with self.load() as load:
            load.add(frame)
            ids = self._ids(load.conn, list(keys))
        return [ids[k] for k in keys]

    def _ids(self, conn: sa.Connection, keys: list[str]) -> dict[str, int]:
        ids: dict[str, int] = {}
        for start in range(0, len(keys), 500):
            chunk = keys[start:start + 500]
            ids.update(conn.execute(sa.select(incidents.c.dedup_key, incidents.c.id)
                                    .where(incidents.c.dedup_key.in_(chunk))).all())
        return ids

    def update(self, incident: Incident, changed_by: str | None = None) -> Incident:
        """Save an edited incident; refuse it (ConflictError) if the stored version moved on since it was read."""
        if incident.id is None:
            raise ValueError("update() needs an incident read from the store (its id is None)")
        frame = with_defaults(validate([incident]))
        with self.writing("save the edit") as conn:
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
            values = {k: after[k] for k in FIELD_NAMES if k not in ("id", "version", "created_at", "updated_at")}
            values.update({name: extra_text(after[name]) for name, kind in KINDS.items() if kind == "dict"})
            values.update(flags=",".join(after["flags"]), changed_by=changed_by or incident.changed_by,
                          updated_at=now, version=incident.version + 1,
                          **period_keys(pd.Series([after["event_date"]])).iloc[0].to_dict())
            values["year"] = int(values["year"])
            moved = conn.execute(incidents.update().where(incidents.c.id == incident.id)
                                 .where(incidents.c.version == incident.version).values(**values)).rowcount
            if moved != 1:
                raise ConflictError(f"incident {incident.id} was changed by someone else while saving; reload it")
            version = bump(conn)
            conn.execute(history.insert().values(incident_id=incident.id, version=incident.version + 1,
                                                 action="update", changed_by=values["changed_by"], changed_at=now,
                                                 changes=changes, data_version=version))
            derived.change_row(conn, incident.id, dict(stored), {**dict(stored), **values})
        return self.get(incident.id)

    # Reading ------------------------------------------------------------------------------------------
    def get(self, incident_id: int) -> Incident | None:
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(incidents).where(incidents.c.id == incident_id)).mappings().first()
        return Incident(**_record(row)) if row else None

    def _select(self, columns, filters: Filters | None):
        return sa.select(*columns).where(*query.where(filters, self.postgis, self._shared(filters)))

    def _shared(self, filters: Filters | None) -> list[int] | None:
        """(PostgreSQL) The shared texts holding the selection's free text, looked up before the query is made."""
        if not (self.postgis and filters is not None and filters.text):
            return None
        with self.engine.connect() as conn:
            return query.pg_shared_holding(conn, filters.text)

    def query(self, filters: Filters | None = None, limit: int | None = None) -> list[Incident]:
        """Incidents of a selection, newest first."""
        stmt = self._select([incidents], filters).order_by(incidents.c.event_date.desc(), incidents.c.id.desc())
        if limit is not None:
            stmt = stmt.limit(limit)
        with self.engine.connect() as conn:
            if self.postgis and limit is not None and filters is not None and filters.text:
                conn.exec_driver_sql(f"SET LOCAL parallel_setup_cost = {PG_PAGE_PARALLEL_SETUP}")
            return [Incident(**_record(row)) for row in conn.execute(stmt).mappings()]

    def frame(self, filters: Filters | None = None, columns: Iterable[str] | None = None,
              ids: Iterable[int] | None = None, side_by_side: bool = True,
              derive: arrow.Derive | None = None) -> pd.DataFrame:
        """One row per incident in id order (columns = record.FIELD_NAMES, or those asked for; only the incidents
        with these `ids` when given); dates as datetime64, flags as 'a,b'. `side_by_side=False`: SQLite's reader
        processes run one after the other on smaller parts (a read nobody waits for holds less memory). `derive`:
        columns computed from the rows read, added when every row is read columnar (by SQLite's readers, beside
        their scan), else left out."""
        names = list(columns or FIELD_NAMES)
        stmt = self._select([incidents.c[n] for n in names], filters).order_by(incidents.c.id)
        if ids is not None:
            wanted = sorted(set(ids))
            rows = [row for start in range(0, len(wanted), ID_CHUNK)
                    for row in self._rows(stmt.where(incidents.c.id.in_(wanted[start:start + ID_CHUNK])))]
            return _typed(pd.DataFrame.from_records(rows, columns=names))
        if (filters is None or filters.is_empty()) and (self.postgis or _sqlite_path(self.url)):
            return _typed(arrow.to_pandas(self._columnar(stmt, names, side_by_side, derive)))  # everything: columnar
        return _typed(pd.DataFrame.from_records(self._rows(stmt), columns=names))

    def _columnar(self, stmt, names: list[str], side_by_side: bool = True,
                  derive: arrow.Derive | None = None) -> list[pa.Table]:
        """Every row of `stmt` as Arrow tables in id order: SQLite's in ranges of the ids, a reader process each,
        halves read side by side (two cores share the scan) or quarters one after the other (a quarter of the
        rows in a reader at a time); PostgreSQL's at once."""
        parts = [stmt]
        if not self.postgis:
            with self.engine.connect() as conn:
                low, high = conn.execute(sa.select(sa.func.min(incidents.c.id), sa.func.max(incidents.c.id))).one()
            if low is not None:
                n = 2 if side_by_side else 4
                edges = [low - 1 + (high - low + 1) * k // n for k in range(n + 1)]
                parts = [stmt.where(incidents.c.id > after, incidents.c.id <= last)
                         for after, last in zip(edges, edges[1:])]
        sqls = [str(part.compile(self.engine, compile_kwargs={"literal_binds": True})) for part in parts]
        with ThreadPoolExecutor(len(sqls) if side_by_side else 1) as pool:
            tables = pool.map(partial(arrow.read, self.engine.url, derive=derive), sqls)
            return [table.rename_columns(names + table.column_names[len(names):]) for table in tables]

    def _rows(self, stmt) -> list[tuple]:
        """Plain driver values (no per-value conversion in Python); pandas types them column by column."""
        compiled = stmt.compile(self.engine, compile_kwargs={"render_postcompile": True})
        params = tuple(compiled.params[p] for p in compiled.positiontup) if compiled.positional else compiled.params
        with self.engine.connect() as conn:
            return conn.exec_driver_sql(str(compiled), params).fetchall()

    def count(self, filters: Filters | None = None) -> int:
        if self.postgis and filters is not None and filters.text and dataclasses.replace(filters, text=None).is_empty():
            # Free text alone: counted in the text table (a row per incident), not joined to the incidents.
            stmt = sa.select(sa.func.count()).select_from(pg_text).where(
                query.pg_text_found(filters.text, self._shared(filters)))
        else:
            stmt = self._select([sa.func.count()], filters).select_from(incidents)
        with self.engine.connect() as conn:
            return conn.execute(stmt).scalar_one()

    def aggregate(self, filters: Filters | None = None, by: str = "admin1") -> pd.DataFrame:
        """Incidents, killed and wounded per admin unit, event type or period (day, week, month, year)."""
        if by not in query.GROUPS:
            raise ValueError(f"cannot aggregate by {by!r}: choose one of {', '.join(query.GROUPS)}")
        if by in SUMMARY_GROUPS and (kept := _summary_where(filters)) is not None:
            return self._summary(by, kept)
        key = query.GROUPS[by]
        stmt = (self._select([key.label("key"), sa.func.count().label("incidents"),
                              sa.func.coalesce(sa.func.sum(incidents.c.killed), 0).label("killed"),
                              sa.func.coalesce(sa.func.sum(incidents.c.wounded), 0).label("wounded")], filters)
                .group_by(key).order_by(key))
        return self._aggregate(stmt)

    def _summary(self, by: str, kept: list) -> pd.DataFrame:
        """An aggregate from the summary kept on write (a few thousand rows, not the incidents), of its rows
        `kept` selects."""
        key = {"admin1": sa.func.nullif(summary.c.admin1, ""), "event_type": summary.c.event_type,
               "month": summary.c.month, "year": sa.cast(sa.func.substr(summary.c.month, 1, 4), sa.Integer)}[by]
        total = sa.func.sum(summary.c.incidents)
        stmt = (sa.select(key.label("key"), total.label("incidents"), sa.func.sum(summary.c.killed).label("killed"),
                          sa.func.sum(summary.c.wounded).label("wounded")).where(*kept)
                .group_by(key).having(total > 0).order_by(key))
        return self._aggregate(stmt)

    def _aggregate(self, stmt) -> pd.DataFrame:
        """The rows of a key/incidents/killed/wounded query as a frame: a missing key as None, the sums as int64."""
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
        return f"{self._token_prefix()}{value}"

    def _token_prefix(self) -> str:
        return f"{self.engine.url.render_as_string(hide_password=True)}#"

    def changes_since(self, version: str) -> tuple[str, list[int]] | None:
        """The data version now and the ids of the incidents added or changed after `version` (a token of
        `data_version`), from the change log; None when the token is not one of this store's (reload all)."""
        prefix = self._token_prefix()
        if not version.startswith(prefix) or not version[len(prefix):].isdigit():
            return None
        since = int(version[len(prefix):])
        with self.engine.connect() as conn:
            now = conn.execute(sa.select(meta.c.value).where(meta.c.key == "data_version")).scalar_one()
            if now < since:
                return None
            ids = conn.execute(sa.select(history.c.incident_id).distinct()
                               .where(history.c.data_version > since, history.c.data_version <= now)).scalars().all()
        return f"{prefix}{now}", sorted(ids)


def _summary_where(filters: Filters | None) -> list | None:
    """The summary's WHERE clauses for a selection it answers exactly: whole months, event types and
    governorates by name, nothing else (None otherwise). At 1M on PostGIS a year by month read 500,000 index
    entries (0.2-0.3 s at load 12-15) where the summary holds a few thousand rows."""
    f = filters or Filters()
    if not dataclasses.replace(f, date_from=None, date_to=None, event_types=[], admin1=[]).is_empty():
        return None
    if (f.date_from and f.date_from.day != 1) or (f.date_to and (f.date_to + dt.timedelta(days=1)).day != 1):
        return None
    if any(query.PCODE.match(name) for name in f.admin1):
        return None
    kept = [summary.c.month >= f"{f.date_from:%Y-%m}"] if f.date_from else []
    kept += [summary.c.month <= f"{f.date_to:%Y-%m}"] if f.date_to else []
    kept += [summary.c.event_type.in_(f.event_types)] if f.event_types else []
    return kept + ([summary.c.admin1.in_(f.admin1)] if f.admin1 else [])


def _json(value):
    return value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else value


def _aware(value: dt.datetime | None) -> dt.datetime | None:
    if value is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=dt.timezone.utc)


def _record(row) -> dict:
    """A stored row as Incident keyword arguments."""
    record = {name: row[name] for name in FIELD_NAMES}
    for name, kind in KINDS.items():
        value = record[name]
        if kind == "list":
            record[name] = [f for f in (value or "").split(",") if f]
        elif kind == "time":
            record[name] = _aware(value)
        elif kind == "bool" and value is not None:
            record[name] = bool(value)
        elif kind == "dict":
            record[name] = extra_dict(value)
    return record


def _record_from_frame(row: pd.Series) -> dict:
    """A checked frame row as Incident keyword arguments (plain Python values)."""
    record = {}
    for name, kind in KINDS.items():
        value = row[name]
        if value is None or (not isinstance(value, (list, str, dict)) and pd.isna(value)):
            value = None
        elif kind == "date":
            value = value.date()
        elif kind == "time":
            value = value.to_pydatetime()
        elif isinstance(value, (np.integer,)):
            value = int(value)
        elif isinstance(value, np.floating):
            value = float(value)
        record[name] = value
        if kind == "list":
            record[name] = [f for f in (value or "").split(",") if f] if not isinstance(value, list) else value
        elif kind == "dict":
            record[name] = extra_dict(value)
    return record


def _typed(frame: pd.DataFrame) -> pd.DataFrame:
    """Driver values to pandas types: dates as datetime64, counts as nullable integers (JSON stays text)."""
    for name in frame.columns:
        kind = KINDS.get(name)
        if kind == "date":
            frame[name] = pd.to_datetime(frame[name], format="ISO8601").astype("datetime64[us]")
        elif kind == "time":
            frame[name] = pd.to_datetime(frame[name], format="ISO8601", utc=True).astype("datetime64[us, UTC]")
        elif kind == "int":
            frame[name] = frame[name].astype("Int64")
        elif kind == "float":
            frame[name] = frame[name].astype(float)
        elif kind in ("text", "list", "dict") and not pd.api.types.is_string_dtype(frame[name]):
            frame[name] = frame[name].astype(object).where(frame[name].notna(), None)  # all missing
        elif kind == "bool":
            values = frame[name].astype(object)
            frame[name] = values.where(values.isna(), values.map(bool, na_action="ignore")).astype(object)
            frame[name] = frame[name].where(frame[name].notna(), None)
    return frame
