"""A selection of incidents: what the dashboard's sidebar, the exports and the CLI filter on."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

ACRONYM = re.compile(r"[A-Z][A-Z0-9]{1,5}")  # an actor typed in capitals: IS, SDF, HTS, YPG, ISIL


@dataclass
class Filters:
    """Every criterion is optional; an empty Filters selects everything."""

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    event_types: list[str] = field(default_factory=list)
    sub_event_types: list[str] = field(default_factory=list)
    actor: str | None = None  # in actor1 or actor2: anywhere in any case, an acronym as a word (actor_pattern)
    admin1: list[str] = field(default_factory=list)  # governorate names or P-codes
    admin2: list[str] = field(default_factory=list)  # district names or P-codes
    min_killed: int | None = None
    review_status: list[str] = field(default_factory=list)
    text: str | None = None  # free text over place, actors, notes, excerpt, source
    bbox: tuple[float, float, float, float] | None = None  # west, south, east, north

    def is_empty(self) -> bool:
        return self == Filters()

    def describe(self) -> str:
        """The selection in words for a map subtitle, e.g. "1 Jan 2017 – 31 Mar 2017 · Battles · Idlib · ≥ 5 killed"."""
        parts = [
            _date_range(self.date_from, self.date_to),
            ", ".join(self.event_types),
            ", ".join(self.sub_event_types),
            f"actor “{self.actor}”" if self.actor else "",
            ", ".join(self.admin1),
            ", ".join(self.admin2),
            f"≥ {self.min_killed} killed" if self.min_killed else "",
            ", ".join(self.review_status),
            f"text “{self.text}”" if self.text else "",
            _bbox_words(self.bbox) if self.bbox else "",
        ]
        return " · ".join(p for p in parts if p) or "All incidents"


def actor_pattern(actor: str) -> str | None:
    """The actor filter's regular expression when the actor is typed as an acronym (capitals: "IS", "SDF"): that
    word in its own case, as Python, SQLite (SQLAlchemy's REGEXP) and PostgreSQL ("~") all read it; None for any
    other text, which matches anywhere in any case. UCDP GED names the Islamic State "IS": as letters anywhere,
    "IS" also selected Jaysh al-Islam, the 13th Division and the Government of Israel."""
    if not ACRONYM.fullmatch(actor):
        return None
    return f"(?:^|[^A-Za-z0-9]){actor}(?:[^A-Za-z0-9]|$)"


def _day(d: dt.date) -> str:
    return f"{d.day} {d:%b %Y}"


def _date_range(start: dt.date | None, end: dt.date | None) -> str:
    if start and end:
        return _day(start) if start == end else f"{_day(start)} – {_day(end)}"
    if start:
        return f"from {_day(start)}"
    return f"until {_day(end)}" if end else ""


def _bbox_words(bbox: tuple[float, float, float, float]) -> str:
    west, south, east, north = bbox
    return f"area {west:.2f}–{east:.2f}°E, {south:.2f}–{north:.2f}°N"
