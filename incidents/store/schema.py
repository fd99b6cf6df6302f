"""The store's tables (the latest schema) and the derived columns kept for fast aggregates."""
from __future__ import annotations

import pandas as pd
import sqlalchemy as sa

SCHEMA_VERSION = 5

metadata = sa.MetaData()

incidents = sa.Table(
    "incidents",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("event_date", sa.Date, nullable=False),
    sa.Column("date_precision", sa.String(8), nullable=False, server_default="day"),
    sa.Column("event_date_end", sa.Date),
    sa.Column("event_type", sa.String(40), nullable=False),
    sa.Column("sub_event_type", sa.String(60)),
    sa.Column("actor1", sa.Text),
    sa.Column("actor2", sa.Text),
    sa.Column("civilian_targeting", sa.Boolean),
    sa.Column("place_text", sa.Text),
    sa.Column("location_en", sa.Text),
    sa.Column("location_ar", sa.Text),
    sa.Column("admin1", sa.String(80)),
    sa.Column("admin1_pcode", sa.String(16)),
    sa.Column("admin2", sa.String(80)),
    sa.Column("admin2_pcode", sa.String(16)),
    sa.Column("admin3", sa.String(80)),
    sa.Column("admin3_pcode", sa.String(16)),
    sa.Column("latitude", sa.Float),
    sa.Column("longitude", sa.Float),
    sa.Column("geo_precision", sa.Integer),
    sa.Column("where_prec", sa.Integer),
    sa.Column("killed", sa.Integer),
    sa.Column("wounded", sa.Integer),
    sa.Column("deaths_low", sa.Integer),
    sa.Column("deaths_high", sa.Integer),
    sa.Column("source", sa.Text),
    sa.Column("source_url", sa.Text),
    sa.Column("source_language", sa.String(16)),
    sa.Column("source_id", sa.String(80)),
    sa.Column("source_timestamp", sa.DateTime(timezone=True)),
    sa.Column("dataset", sa.String(40)),
    sa.Column("notes", sa.Text),
    sa.Column("excerpt", sa.Text),
    sa.Column("flags", sa.Text, nullable=False, server_default=""),
    sa.Column("extra", sa.Text),  # JSON object text: the source's columns the record has no field for
    sa.Column("review_status", sa.String(16), nullable=False, server_default="draft"),
    sa.Column("changed_by", sa.Text),
    sa.Column("created_at", sa.DateTime(timezone=True)),
    sa.Column("updated_at", sa.DateTime(timezone=True)),
    sa.Column("version", sa.Integer, nullable=False, server_default="0"),
    # Bookkeeping: the identity of the source row (dataset + source id, or a content hash) for idempotent
    # imports, and (schema 2) the period keys the dashboard aggregates on.
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
)

meta = sa.Table(
    "store_meta",
    metadata,
    sa.Column("key", sa.String(40), primary_key=True),
    sa.Column("value", sa.Integer, nullable=False),
)

# Columns of the record a caller reads and writes; the rest are the store's own bookkeeping.
RECORD_COLUMNS = tuple(c.name for c in incidents.columns if c.name not in {"dedup_key", "year", "month", "week"})


def period_keys(dates: pd.Series) -> pd.DataFrame:
    """year, month (YYYY-MM) and week (its Monday, YYYY-MM-DD) of each date."""
    days = pd.to_datetime(dates).to_numpy().astype("datetime64[D]")
    monday = days - ((days.astype("int64") + 3) % 7)  # 1970-01-01 was a Thursday
    return pd.DataFrame(
        {"year": days.astype("datetime64[Y]").astype("int64") + 1970, "month": days.astype("datetime64[M]").astype(str),
         "week": monday.astype(str)},
        index=dates.index,
    )
