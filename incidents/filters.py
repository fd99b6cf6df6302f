"""A selection of incidents: what the dashboard's sidebar, the exports and the CLI filter on."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass
class Filters:
    """Every criterion is optional; an empty Filters selects everything."""

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    event_types: list[str] = field(default_factory=list)
    sub_event_types: list[str] = field(default_factory=list)
    actor: str | None = None  # substring of actor1 or actor2, case-insensitive
    admin1: list[str] = field(default_factory=list)  # governorate names or P-codes
    admin2: list[str] = field(default_factory=list)  # district names or P-codes
    min_killed: int | None = None
    review_status: list[str] = field(default_factory=list)
    text: str | None = None  # free text over place, actors, notes, excerpt, source
    bbox: tuple[float, float, float, float] | None = None  # west, south, east, north

    def is_empty(self) -> bool:
        return self == Filters()
