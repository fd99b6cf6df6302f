"""Two reports of one event: same place, dates within a day, same type -> proposed for merging."""
from __future__ import annotations

from dataclasses import replace

from gazetteer.normalize import normalize

from incidents.record import Incident

MAX_DAYS = 1


def place_key(incident: Incident) -> str | None:
    """What makes two incidents the same place: town-level coordinates, else the admin unit and the name."""
    if incident.latitude is not None and incident.geo_precision in (1, 2) and incident.longitude is not None:
        return f"pt:{incident.latitude:.2f},{incident.longitude:.2f}"
    name = incident.location_en or incident.place_text
    unit = incident.admin3_pcode or incident.admin2_pcode or incident.admin1_pcode or ""
    return f"{unit}:{normalize(name)}" if name else None


def same_event(a: Incident, b: Incident) -> str | None:
    """Why two incidents look like one event, or None."""
    key = place_key(a)
    if key is None or key != place_key(b):
        return None
    days = abs((a.event_date - b.event_date).days)
    if days > MAX_DAYS or a.sub_event_type != b.sub_event_type:
        return None
    when = "same day" if days == 0 else "dates a day apart"
    return f"same place ({a.location_en or a.place_text}), {when}, same type ({a.sub_event_type})"


def propose_duplicates(new: list[Incident], existing: list[Incident] | None = None) -> list[tuple[int, Incident | int, str]]:
    """(index in new, the existing incident it repeats, reason); without `existing`, pairs within `new` (earlier index)."""
    out: list[tuple[int, Incident | int, str]] = []
    for i, inc in enumerate(new):
        pool = enumerate(new[:i]) if existing is None else ((None, e) for e in existing)
        for j, other in pool:
            reason = same_event(inc, other)
            if reason:
                out.append((i, j if existing is None else other, reason))
                break
    return out


def merge(kept: Incident, other: Incident) -> Incident:
    """One incident from two reports: both sources kept, the larger figures, both excerpts."""
    def joined(a: str | None, b: str | None, sep: str) -> str | None:
        parts = [p for p in (a, b) if p]
        return sep.join(dict.fromkeys(parts)) or None

    def larger(a: int | None, b: int | None) -> int | None:
        return None if a is None and b is None else max(a or 0, b or 0)

    return replace(
        kept,
        source=joined(kept.source, other.source, "; "),
        source_url=joined(kept.source_url, other.source_url, " "),
        excerpt=joined(kept.excerpt, other.excerpt, "\n---\n"),
        notes=joined(kept.notes, f"merged with a report from {other.source or 'another source'}", "; "),
        killed=larger(kept.killed, other.killed),
        wounded=larger(kept.wounded, other.wounded),
        flags=list(dict.fromkeys(kept.flags + other.flags)),
    )
