"""Headline classes of the eighth shift (GED 2016-17 dev part misses), as the team's own examples: city quarters
named bare or with their designator, ..."""
from __future__ import annotations

import datetime as dt

import pytest

from incidents.extract import extract

PUBLISHED = dt.date(2016, 9, 1)


def placed(text: str, gaz) -> list[tuple[str, str | None]]:
    return [(i.place_text, i.admin1_pcode) for i in extract(text, PUBLISHED, gazetteer=gaz) if i.latitude is not None]


@pytest.mark.parametrize("text, place, governorate", [
    ("Mortar rounds fall on the Sukkari neighbourhood, wounding four", "Sukkari", "SY02"),
    ("Three civilians killed by sniper fire in Salah al-Din neighborhood", "Salah al-Din", "SY02"),
    ("Government artillery pounds al-Waer after the talks stall", "al-Waer", "SY04"),
    ("Regime troops storm Qaboun neighborhood at dawn", "Qaboun", "SY01"),
    ("Helicopters drop barrels on Jobar", "Jobar", "SY01"),
])
def test_a_city_quarter_named_alone_is_placed_in_its_city(gaz, text, place, governorate):
    assert placed(text, gaz) == [(place, governorate)]


def test_a_quarter_name_two_cities_share_is_not_guessed(gaz):
    (inc,) = extract("Shells wound two in al-Kallasa neighborhood", PUBLISHED, gazetteer=gaz)
    assert inc.latitude is None and inc.place_text == "al-Kallasa"
