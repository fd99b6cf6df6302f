"""Cost bounds of extraction on hostile inputs (issue 11: time linear in text length, a 1 MB text in <= 10 s), asserted
by counting work, never by timing it. Invented text only."""
from __future__ import annotations

import datetime as dt

from incidents.extract import incident_filter, lead, merging, report

PUBLISHED = dt.date(2019, 5, 14)
TOWNS = ("Aleppo", "Homs", "Hama", "Idlib", "Daraa", "Raqqa", "Latakia", "Tartus", "Qamishli", "Manbij", "Douma",
         "Saraqib", "Palmyra", "Jableh", "Azaz", "Afrin", "Salamiyah", "Nawa", "Harasta", "Qusayr")
TOLL_LIST = "\n\n".join(f"{(k + day) % 9 + 2} civilians were killed by shelling on {town} on May {day}, 2019."
                        for day in range(8, 14) for k, town in enumerate(TOWNS))  # an archive page's list of tolls


def test_the_filter_compares_each_incident_of_a_long_list_with_its_neighbours_only(gaz, monkeypatch):
    """A list of hundreds of tolls at distinct place-days (an archive page): each incident's features look at the
    NEIGHBOURS incidents told before and after it, so the pairs weighed grow with the list, not with its square (the
    neighbourhood made small here, so that a short list shows it)."""
    monkeypatch.setattr(incident_filter, "NEIGHBOURS", 10, raising=False)
    calls = []
    near = incident_filter._near
    monkeypatch.setattr(incident_filter, "_near", lambda other, known: calls.append(1) or near(other, known))
    found = report.candidates(TOLL_LIST, PUBLISHED, gazetteer=gaz)
    assert len(found) > 4 * incident_filter.NEIGHBOURS  # (a list longer than an incident's neighbourhood)
    assert len(calls) <= len(found) * 2 * incident_filter.NEIGHBOURS


def test_merging_weighs_a_draft_against_the_kept_ones_it_shares_a_place_name_or_toll_with(gaz, monkeypatch):
    """The same kind of list: a draft is weighed against the incidents kept so far that share its place, its name (or
    the start of it) or its toll in its governorate, found by those keys, not against every one kept (the pairs grew
    with the square of the list)."""
    calls = []
    for name in ("compatible", "same_place"):
        counted = getattr(merging, name)
        monkeypatch.setattr(merging, name, lambda a, b, counted=counted: calls.append(1) or counted(a, b))
    found = report.candidates(TOLL_LIST, PUBLISHED, gazetteer=gaz)
    assert len(found) > 50
    assert len(calls) <= 8 * len(found)


def test_a_units_finer_places_are_read_word_by_word_only_when_inside_it_and_of_its_event(gaz, monkeypatch):
    """The same list, whose governorates' capitals are units: a unit's finer places are asked whether their sentences
    tell another event (`lead._another`, which reads their words) only once they lie inside it and tell its event;
    it was asked of every incident for every unit."""
    calls = []
    another = lead._another
    monkeypatch.setattr(lead, "_another", lambda e, d: calls.append(1) or another(e, d))
    found = report.candidates(TOLL_LIST, PUBLISHED, gazetteer=gaz)
    assert len(calls) <= len(found)
