"""Cost bounds of extraction on hostile inputs (issue 11: time linear in text length, a 1 MB text in <= 10 s), asserted
by counting work, never by timing it. Invented text only."""
from __future__ import annotations

import datetime as dt

from incidents.extract import incident_filter, report

PUBLISHED = dt.date(2019, 5, 14)
TOWNS = ("Aleppo", "Homs", "Hama", "Idlib", "Daraa", "Raqqa", "Latakia", "Tartus", "Qamishli", "Manbij", "Douma",
         "Saraqib", "Palmyra", "Jableh", "Azaz", "Afrin", "Salamiyah", "Nawa", "Harasta", "Qusayr")


def test_the_filter_compares_each_incident_of_a_long_list_with_its_neighbours_only(gaz, monkeypatch):
    """A list of hundreds of tolls at distinct place-days (an archive page): each incident's features look at the
    NEIGHBOURS incidents told before and after it, so the pairs weighed grow with the list, not with its square (the
    neighbourhood made small here, so that a short list shows it)."""
    monkeypatch.setattr(incident_filter, "NEIGHBOURS", 10, raising=False)
    calls = []
    near = incident_filter._near
    monkeypatch.setattr(incident_filter, "_near", lambda other, known: calls.append(1) or near(other, known))
    text = "\n\n".join(f"{(k + day) % 9 + 2} civilians were killed by shelling on {town} on May {day}, 2019."
                       for day in range(8, 14) for k, town in enumerate(TOWNS))
    found = report.candidates(text, PUBLISHED, gazetteer=gaz)
    assert len(found) > 4 * incident_filter.NEIGHBOURS  # (a list longer than an incident's neighbourhood)
    assert len(calls) <= len(found) * 2 * incident_filter.NEIGHBOURS
