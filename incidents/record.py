"""The incident record: one event, a superset of the ACLED and UCDP GED columns."""
from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field, fields

DATE_PRECISIONS = ("day", "week", "month", "year")
REVIEW_STATUSES = ("draft", "reviewed", "published")

# ACLED event types and their sub-event types, plus "Other" for what fits none.
EVENT_TYPES: dict[str, tuple[str, ...]] = {
    "Battles": ("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
    "Explosions/Remote violence": (
        "Air/drone strike",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Suicide bomb",
        "Grenade",
        "Chemical weapon",
    ),
    "Violence against civilians": ("Attack", "Abduction/forced disappearance", "Sexual violence"),
    "Protests": ("Peaceful protest", "Protest with intervention", "Excessive force against protesters"),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": (
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    ),
    "Other": ("Other",),
}

# Syria's bounding box (with a small margin); points outside are flagged, not silently kept.
SYRIA_BBOX = (35.5, 32.2, 42.5, 37.4)  # west, south, east, north

# ACLED geo_precision 3 (GED where_prec 3, 4, 6, 7 map to it): the event is known only to an admin unit, or only
# to the country when it names no governorate, and its point is that unit's (or the country's) centre, not a
# town's. Below it (1, 2) the point is a place. See incidents.located.
REGION_PRECISION = 3


@dataclass
class Incident:
    """One event. Field names follow ACLED where it has one; UCDP extras keep GED's meaning."""

    event_date: dt.date
    date_precision: str = "day"
    event_date_end: dt.date | None = None
    event_type: str = "Other"
    sub_event_type: str = "Other"
    actor1: str | None = None
    actor2: str | None = None
    civilian_targeting: bool | None = None
    # Location: as the source wrote it, and resolved.
    place_text: str | None = None
    location_en: str | None = None
    location_ar: str | None = None
    admin1: str | None = None
    admin1_pcode: str | None = None
    admin2: str | None = None
    admin2_pcode: str | None = None
    admin3: str | None = None
    admin3_pcode: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None  # ACLED 1-3 (REGION_PRECISION: known only to an admin unit)
    where_prec: int | None = None  # UCDP 1-7
    # Casualties: killed is ACLED fatalities / UCDP best; low/high where a source gives them.
    killed: int | None = None
    wounded: int | None = None
    deaths_low: int | None = None
    deaths_high: int | None = None
    # Source and provenance.
    source: str | None = None
    source_url: str | None = None
    source_language: str | None = None
    source_id: str | None = None  # the id in the dataset it came from (GED id, ACLED event_id_cnty)
    source_timestamp: dt.datetime | None = None  # the source's own last-change time (ACLED `timestamp`)
    dataset: str | None = None  # provenance: ged, acled, csv, geojson, extract, sample
    notes: str | None = None
    excerpt: str | None = None
    flags: list[str] = field(default_factory=list)  # e.g. outside_syria, place_unresolved
    # The source's columns the record has no field for ({column: text}), kept so exports give them back.
    extra: dict[str, str] = field(default_factory=dict)
    # Review and bookkeeping.
    review_status: str = "draft"
    changed_by: str | None = None
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None
    version: int = 0
    id: int | None = None

    def to_dict(self) -> dict:
        return asdict(self)


FIELD_NAMES: tuple[str, ...] = tuple(f.name for f in fields(Incident))
