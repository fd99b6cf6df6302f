"""Classes found by studying the English part of real-blind6 (real news reports, studied from 2 Dec 07:30 on), as the
team's own examples: invented sentences in the manner of the outlets, never an article's words."""
from __future__ import annotations

import datetime as dt

from incidents.extract import extract

PUBLISHED = dt.date(2022, 5, 9)  # a Monday


def places(text, gaz):
    return [(i.place_text, i.killed, i.wounded) for i in extract(text, PUBLISHED, gazetteer=gaz)]


def test_a_transliterations_ayn_mark_is_part_of_the_name(gaz):
    """A backtick or a final apostrophe for ʿayn, and an underscore for the hyphen, do not cut a name or a list."""
    text = "Artillery shelled the villages of Um Ka`ab, Tal Dhahab and Khirbet Rumman on Sunday."
    assert [p for p, _, _ in places(text, gaz)] == ["Um Ka`ab", "Tal Dhahab", "Khirbet Rumman"]
    text = "Rockets fell on Tal Shaa’, Umm Hijra and Jubb Ali on Sunday, causing damage."
    assert [p for p, _, _ in places(text, gaz)] == ["Tal Shaa’", "Umm Hijra", "Jubb Ali"]
    text = "Heavy clashes took place around Tal al_Wasi on Sunday."
    assert [p for p, _, _ in places(text, gaz)] == ["Tal al_Wasi"]
    text = "The fighters’ positions near the town of Nawa were shelled on Sunday."
    assert [p for p, _, _ in places(text, gaz)] == ["Nawa"]
