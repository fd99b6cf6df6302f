"""Filters as SQL: every criterion of `Filters` becomes a WHERE clause the database evaluates."""
from __future__ import annotations

import re

import sqlalchemy as sa
from geoalchemy2 import Geometry
from sqlalchemy.dialects.postgresql import ARRAY

from incidents.filters import Filters, actor_pattern
from incidents.store.schema import COUNTRY_ONLY, FTS_TABLE, TEXT_COLUMNS, pg_shared, pg_text
from incidents.store.schema import incidents as t

# The PostGIS point column (generated from latitude/longitude, GiST-indexed; see migrations).
geom = sa.column("geom", Geometry("POINT", srid=4326))

MIN_INDEXED = 3  # characters: shorter text has no trigram, so it is searched without the index

GROUPS = {
    "admin1": t.c.admin1,
    "admin2": t.c.admin2,
    "event_type": t.c.event_type,
    "year": t.c.year,
    "month": t.c.month,
    "week": t.c.week,
    "day": t.c.event_date,
}


PCODE = re.compile(r"^SY\d{2,}$", re.IGNORECASE)


def _named(name_column, code_column, values: list[str]):
    """Admin units given by name or by P-code; each kind compared with its own (indexed) column."""
    codes = [v.upper() for v in values if PCODE.match(v)]
    names = [v for v in values if not PCODE.match(v)]
    clauses = ([name_column.in_(names)] if names else []) + ([code_column.in_(codes)] if codes else [])
    return clauses[0] if len(clauses) == 1 else sa.or_(*clauses)


def _contains(column, text: str, postgis: bool):
    """`text` anywhere in `column`, any case. SQLite's LIKE ignores ASCII case by itself and its lower() folds
    ASCII only, so `lower(column) LIKE lower(text)` means the same as `column LIKE text` there while copying
    every value it reads (at 1M rows, 40 % of a free-text search); PostgreSQL needs ILIKE."""
    return column.icontains(text, autoescape=True) if postgis else column.contains(text, autoescape=True)


def _actor(column, actor: str, postgis: bool):
    """The actor filter on one column: an acronym as a word in its case (`actor_pattern`), other text anywhere.
    The acronym's letters anywhere first: SQLite then calls its (Python) REGEXP on those rows only."""
    pattern = actor_pattern(actor)
    anywhere = _contains(column, actor, postgis)
    return sa.and_(anywhere, column.regexp_match(pattern)) if pattern else anywhere


def pg_shared_holding(conn: sa.Connection, text: str) -> list[int]:
    """(PostgreSQL) The ids of the shared texts (`incident_text_shared`, one per combination of naming columns
    that several incidents have) holding `text` as ILIKE would find it: a few thousand rows read, not a million."""
    return conn.execute(sa.select(pg_shared.c.id).where(
        sa.func.strpos(pg_shared.c.body, sa.func.lower(sa.literal(text, sa.Text))) > 0)).scalars().all()


def _either(shared: list[int], own):
    """An incident's text holds the text: its shared combination is one of `shared`, or its own text does. The ids
    go as one array value: planned with it, so the planner estimates the matches from `combo`'s statistics and
    looks each row's combination up in a hash."""
    if not shared:
        return own
    return sa.or_(pg_text.c.combo == sa.any_(sa.literal(shared, ARRAY(sa.Integer))), own)


def pg_text_found(text: str, shared: list[int]):
    """(PostgreSQL) The `incident_text` rows whose text holds `text` lowered the same way by the server (what
    ILIKE '%text%' over the text columns means), given the shared texts holding it (`pg_shared_holding`).
    `strpos` searches for the bytes (Horspool) where LIKE steps through its pattern: at 1M, 0.42 s instead of
    0.56 s of CPU for "raqqa" over every row's whole text."""
    return _either(shared, sa.func.strpos(pg_text.c.own, sa.func.lower(sa.literal(text, sa.Text))) > 0)


def pg_text_like(text: str, shared: list[int]):
    """(PostgreSQL) The same rows as `pg_text_found`, own texts compared by LIKE: the planner estimates how many
    match from the table's statistics (it takes any `strpos` to match a third of the rows), so a text in few
    rows or none is not looked for by walking every incident newest first and reading its text (the first page
    of a text found nowhere at 1M: 17 s -> 0.7 s). Reading every text, LIKE costs more CPU than `strpos` (0.69
    against 0.45 s at 1M): the count of a text alone keeps `strpos`."""
    pattern = "%" + text.replace("/", "//").replace("%", "/%").replace("_", "/_") + "%"
    return _either(shared, pg_text.c.own.like(sa.func.lower(sa.literal(pattern, sa.Text)), escape="/"))


def _text(text: str, postgis: bool, shared: list[int] | None):
    """Free text anywhere in the text columns, any case: through the trigram index (SQLite) or the text tables
    (PostgreSQL, given the shared texts holding it)."""
    if postgis:
        return t.c.id.in_(sa.select(pg_text.c.id).where(pg_text_like(text, shared or [])))
    anywhere = sa.or_(*(_contains(t.c[name], text, postgis) for name in TEXT_COLUMNS))
    if len(text) < MIN_INDEXED:
        return anywhere
    trigrams = dict.fromkeys(text[i:i + 3].casefold() for i in range(len(text) - 2))
    wanted = " AND ".join('"' + trigram.replace('"', '""') + '"' for trigram in trigrams)
    hits = sa.select(sa.literal_column("rowid")).select_from(sa.table(FTS_TABLE)).where(
        sa.literal_column(FTS_TABLE).op("MATCH")(wanted))
    return sa.and_(t.c.id.in_(hits), anywhere)


def where(filters: Filters | None, postgis: bool, shared: list[int] | None = None) -> list:
    """The WHERE clauses of a selection; bbox uses the spatial index on PostGIS, lat/lon ranges elsewhere, and
    holds no incident known only to the country;
    `shared`: on PostgreSQL, the shared texts holding the free text (`pg_shared_holding`)."""
    if filters is None:
        return []
    f = filters
    clauses = []
    if f.date_from:
        clauses.append(t.c.event_date >= f.date_from)
    if f.date_to:
        clauses.append(t.c.event_date <= f.date_to)
    if f.event_types:
        clauses.append(t.c.event_type.in_(f.event_types))
    if f.sub_event_types:
        clauses.append(t.c.sub_event_type.in_(f.sub_event_types))
    if f.actor:
        clauses.append(sa.or_(*(_actor(column, f.actor, postgis) for column in (t.c.actor1, t.c.actor2))))
    if f.admin1:
        clauses.append(_named(t.c.admin1, t.c.admin1_pcode, f.admin1))
    if f.admin2:
        clauses.append(_named(t.c.admin2, t.c.admin2_pcode, f.admin2))
    if f.min_killed is not None:
        clauses.append(t.c.killed >= f.min_killed)
    if f.review_status:
        clauses.append(t.c.review_status.in_(f.review_status))
    if f.text:
        clauses.append(_text(f.text, postgis, shared))
    if f.bbox:
        west, south, east, north = f.bbox
        dated = f.date_from is not None or f.date_to is not None
        if postgis and not dated:
            clauses.append(geom.intersects(sa.func.ST_MakeEnvelope(west, south, east, north, 4326)))
        else:
            # With a date range, the date index (which also holds the point) reads the box alone; "+ 0" keeps
            # SQLite on it. (A point is in the box exactly when ST_Intersects would say so, edges included.)
            lat, lon = (t.c.latitude + 0, t.c.longitude + 0) if dated and not postgis else (t.c.latitude, t.c.longitude)
            clauses.append(lat.between(south, north))
            clauses.append(lon.between(west, east))
        clauses.append(placed())
    return clauses


def placed():
    """Incidents whose point stands for a place: not those known only to the country (region precision, no
    governorate named), whose point is the country's and so in no map extent (see incidents.located). Their ids
    come from their partial index, so a box's count still reads a covering index alone."""
    return t.c.id.not_in(sa.select(t.c.id).where(COUNTRY_ONLY))
