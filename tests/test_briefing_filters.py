"""Filters.describe(): the selection in words, as the map subtitle prints it."""
from __future__ import annotations

import datetime as dt

from incidents.filters import Filters


def test_everything_in_order():
    filters = Filters(date_from=dt.date(2017, 1, 1), date_to=dt.date(2017, 3, 31),
                      event_types=["Explosions/Remote violence"], admin1=["Idlib", "Hama"], min_killed=5)
    words = "1 Jan 2017 – 31 Mar 2017 · Explosions/Remote violence · Idlib, Hama · ≥ 5 killed"
    assert filters.describe() == words


def test_empty_selection_and_open_ranges():
    assert Filters().describe() == "All incidents"
    assert Filters(date_from=dt.date(2018, 12, 20)).describe() == "from 20 Dec 2018"
    assert Filters(date_to=dt.date(2018, 12, 20)).describe() == "until 20 Dec 2018"
    day = dt.date(2018, 12, 20)
    assert Filters(date_from=day, date_to=day).describe() == "20 Dec 2018"


def test_other_criteria_are_named():
    words = Filters(sub_event_types=["Air/drone strike"], actor="ISIS", admin2=["Jebel Saman"],
                    review_status=["reviewed", "published"], text="market", bbox=(36.0, 35.0, 37.5, 36.5)).describe()
    assert words == ("Air/drone strike · actor “ISIS” · Jebel Saman · reviewed, published · "
                     "text “market” · area 36.00–37.50°E, 35.00–36.50°N")
