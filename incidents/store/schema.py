"""The store's tables (the latest schema): the incidents table is derived from `Incident`'s fields, plus the
store's bookkeeping, the change log, the summary kept for aggregates and the text index."""
from __future__ import annotations

import dataclasses
import datetime as dt
import types
import typing

import pandas as pd
import sqlalchemy as sa

from incidents.record import REGION_PRECISION, Incident

SCHEMA_VERSION = 9

# The kind of each field, from its type annotation: how the store keeps it and converts it back.
KIND_TYPES = {"date": sa.Date, "time": lambda: sa.DateTime(timezone=True), "bool": sa.Boolean, "int": sa.Integer,
              "float": sa.Float, "text": sa.Text, "list": sa.Text, "dict": sa.Text}


def _kind(hint) -> tuple[str, bool]:
    """A field's kind and whether it may be missing (`X | None`)."""
    args = typing.get_args(hint)
    optional = isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union
    if optional:
        (hint,) = [a for a in args if a is not type(None)]
    base = typing.get_origin(hint) or hint
    for python, kind in ((dt.datetime, "time"), (dt.date, "date"), (bool, "bool"), (int, "int"), (float, "float"),
                         (str, "text"), (list, "list"), (dict, "dict")):
        if isinstance(base, type) and issubclass(base, python):
            return kind, optional
    raise TypeError(f"no column type for a field annotated {hint!r}")


HINTS = typing.get_type_hints(Incident)
KINDS: dict[str, str] = {f.name: _kind(HINTS[f.name])[0] for f in dataclasses.fields(Incident)}
"""Field name -> date, time, bool, int, float, text, list (kept as 'a,b'), dict (kept as JSON object text)."""


def _column(field: dataclasses.Field) -> sa.Column:
    """The column of one field: NOT NULL with a server default where the field is neither optional nor bare."""
    kind, optional = _kind(HINTS[field.name])
    if field.name == "id":
        return sa.Column("id", sa.Integer, primary_key=True, autoincrement=True)
    default = None
    if kind == "list":
        default = ""
    elif field.default is not dataclasses.MISSING and field.default is not None and kind in ("text", "int"):
        default = str(field.default)
    required = not optional and (default is not None or field.default is dataclasses.MISSING
                                 and field.default_factory is dataclasses.MISSING)
    return sa.Column(field.name, KIND_TYPES[kind](), nullable=not required, server_default=default)


metadata = sa.MetaData()

# The store's own columns: the identity of the source row (dataset + source id, or a content hash) for
# idempotent imports, and the period keys aggregates group on.
BOOKKEEPING = ("dedup_key", "year", "month", "week")

incidents = sa.Table(
    "incidents",
    metadata,
    *(_column(f) for f in dataclasses.fields(Incident)),
    sa.Column("dedup_key", sa.String(80), unique=True),
    sa.Column("year", sa.Integer),
    sa.Column("month", sa.String(7)),
    sa.Column("week", sa.String(10)),
)

# Covering indexes: a filter on dates (and a box), governorate or type, and the sums by governorate, type or
# period, read the index alone.
INDEXES = (
    sa.Index("ix_incidents_date_cover", incidents.c.event_date, incidents.c.month, incidents.c.week,
             incidents.c.killed, incidents.c.wounded, incidents.c.latitude, incidents.c.longitude),
    sa.Index("ix_incidents_admin1_cover", incidents.c.admin1, incidents.c.event_date, incidents.c.killed,
             incidents.c.wounded),
    sa.Index("ix_incidents_type_cover", incidents.c.event_type, incidents.c.event_date, incidents.c.killed,
             incidents.c.wounded),
    sa.Index("ix_incidents_month", incidents.c.month, incidents.c.killed, incidents.c.wounded),
    sa.Index("ix_incidents_latlon", incidents.c.latitude, incidents.c.longitude),
)
# The incidents known only to the country (region precision, no governorate named; see incidents.located): their
# point is the country's, in no map extent. A box filter leaves their ids out, so it still reads the covering
# indexes alone (each row's precision and governorate read from the table: 2.1 -> 33.5 ms CPU for a box at 100k).
# Constants written out, not bound, so SQLite matches a query's WHERE to the partial index's (schema 9).
COUNTRY_ONLY = sa.and_(incidents.c.geo_precision >= sa.literal_column(str(int(REGION_PRECISION))),
                       sa.func.coalesce(incidents.c.admin1, sa.literal_column("''")) == sa.literal_column("''"))
INDEXES += (sa.Index("ix_incidents_country_only", incidents.c.id, sqlite_where=COUNTRY_ONLY,
                     postgresql_where=COUNTRY_ONLY),)
# PostgreSQL also reads a governorate's sums by any period from one index (its index-only scans need no row; a
# bitmap scan of the incidents reads a page per row): by week of one governorate at 100k, 5,400 -> 63 pages.
PG_INDEXES = {"ix_incidents_admin1_periods": "ON incidents (admin1, event_date) INCLUDE (year, month, week, killed, wounded)"}
DROPPED_INDEXES = ("ix_incidents_admin1", "ix_incidents_type", "ix_incidents_killed", "ix_incidents_status",
                   "ix_incidents_date")

history = sa.Table(
    "incident_history",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("incident_id", sa.Integer, nullable=False, index=True),
    sa.Column("version", sa.Integer, nullable=False),  # the version this change produced
    sa.Column("action", sa.String(16), nullable=False),  # create, update
    sa.Column("changed_by", sa.Text),
    sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("changes", sa.JSON, nullable=False),  # {field: [before, after]}
    sa.Column("data_version", sa.Integer, index=True),  # the store's data version this change made (schema 6)
)

meta = sa.Table(
    "store_meta",
    metadata,
    sa.Column("key", sa.String(40), primary_key=True),
    sa.Column("value", sa.Integer, nullable=False),
)

# Incidents, killed and wounded per governorate, type and month, kept up to date by every write (schema 6):
# the aggregates over everything read this instead of a million rows. '' stands for a missing governorate.
summary = sa.Table(
    "incident_summary",
    metadata,
    sa.Column("admin1", sa.Text, primary_key=True),
    sa.Column("event_type", sa.Text, primary_key=True),
    sa.Column("month", sa.String(7), primary_key=True),
    sa.Column("incidents", sa.Integer, nullable=False),
    sa.Column("killed", sa.Integer, nullable=False),
    sa.Column("wounded", sa.Integer, nullable=False),
)
SUMMARY_GROUPS = ("admin1", "event_type", "month", "year")

# Free text: the columns searched, and their index. SQLite: FTS5 trigrams without positions (detail=none, half
# the build time of a full index), so a search finds the rows holding all of its trigrams and LIKE confirms
# each; any script, any substring. PostgreSQL: no index (a pg_trgm GIN index over a million rows cost ~60 s of
# CPU to build, and a word in many rows still rechecked each); the text is kept lowered (what ILIKE compares) in
# narrow tables a search reads whole: per incident, `incident_text` (schema 8) holds its `own` text, and
# `combo`, the id of a row of `incident_text_shared` holding the seven naming columns (places, actors, excerpt,
# source) joined by newlines when a bulk load found that combination in more than one incident. The incident's
# own text is then its notes alone; otherwise (no combo, or any incident written by an edit or a later import)
# its own text is all eight columns joined. A search reads the shared texts (one per distinct combination) and
# each incident's own text: on a store whose incidents repeat their places, actors and sources, a fifth of the
# bytes of every row's whole text.
TEXT_COLUMNS = ("place_text", "location_en", "location_ar", "actor1", "actor2", "notes", "excerpt", "source")
FTS_TABLE = "incidents_text"
FTS_DDL = (f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5({', '.join(TEXT_COLUMNS)}, "
           "content='incidents', content_rowid='id', tokenize='trigram', detail=none, columnsize=0)")
PG_OWN_COLUMN = "notes"  # the record's own description: distinct per incident, never shared
PG_SHARED_COLUMNS = tuple(c for c in TEXT_COLUMNS if c != PG_OWN_COLUMN)


def pg_joined(columns, prefix: str = "") -> str:
    """(PostgreSQL) The columns' values joined by newlines and lowered by the server, as SQL."""
    return "lower(" + " || E'\\n' || ".join(f"coalesce({prefix}{c}, '')" for c in columns) + ")"


PG_TEXT = pg_joined(TEXT_COLUMNS)  # an incident's whole text
_pg_tables = sa.MetaData()  # PostgreSQL only: not in `metadata`, which SQLite stores are made from
pg_shared = sa.Table(  # (schema 8)
    "incident_text_shared",
    _pg_tables,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),  # numbered by the load that writes them
    sa.Column("body", sa.Text, nullable=False),
)
pg_text = sa.Table(  # (schema 7; `combo` and `own`, was `body`, schema 8)
    "incident_text",
    _pg_tables,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("combo", sa.Integer),  # an incident_text_shared id, or NULL: `own` is the whole text
    sa.Column("own", sa.Text, nullable=False),
)
PG_OLD_TEXT_INDEX = "ix_incidents_text"  # schema 6: a pg_trgm index over the incidents' own columns


def period_keys(dates: pd.Series) -> pd.DataFrame:
    """year, month (YYYY-MM) and week (its Monday, YYYY-MM-DD) of each date."""
    days = pd.to_datetime(dates).to_numpy().astype("datetime64[D]")
    monday = days - ((days.astype("int64") + 3) % 7)  # 1970-01-01 was a Thursday
    return pd.DataFrame(
        {"year": days.astype("datetime64[Y]").astype("int64") + 1970, "month": days.astype("datetime64[M]").astype(str),
         "week": monday.astype(str)},
        index=dates.index,
    )
