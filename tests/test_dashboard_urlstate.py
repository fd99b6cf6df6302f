"""The URL holds the whole view: round trips, short links for defaults, and bad values reported."""
from __future__ import annotations

import datetime as dt

from dashboard.urlstate import DEFAULT_LAYERS, View, from_params, to_params
from incidents.filters import Filters


def test_full_view_round_trips_through_query_parameters():
    view = View(
        filters=Filters(
            date_from=dt.date(2016, 3, 1),
            date_to=dt.date(2016, 9, 30),
            event_types=["Battles", "Explosions/Remote violence"],
            sub_event_types=["Air/drone strike"],
            actor="Islamic State, IS",
            admin1=["Aleppo", "SY02"],
            admin2=["Jebel Saman"],
            min_killed=5,
            review_status=["published"],
            text="حلب market",
            bbox=(36.5, 35.8, 37.5, 36.5),
        ),
        center=(36.2021, 37.1343),
        zoom=11,
        layers=("heat",),
        lang="ar",
        area_level="district",
        period="month",
        selected=42,
    )
    params = to_params(view)
    assert params["type"] == ["Battles", "Explosions/Remote violence"]  # repeated keys, commas survive
    back, problems = from_params(params)
    assert problems == []
    assert back == view


def test_default_view_makes_an_empty_link_and_an_empty_link_the_default_view():
    assert to_params(View()) == {}
    view, problems = from_params({})
    assert view == View() and view.layers == DEFAULT_LAYERS and problems == []


def test_all_layers_off_is_kept():
    view, _ = from_params(to_params(View(layers=())))
    assert view.layers == ()


def test_bad_values_are_ignored_with_the_reason():
    view, problems = from_params(
        {"from": "2016-13-45", "z": "99", "bbox": "40,30,35,37", "lang": "fr", "layers": "heat,tiles", "minkilled": "-3"}
    )
    assert view.filters.date_from is None and view.zoom is None and view.filters.bbox is None
    assert view.lang == "en" and view.layers == ("heat",) and view.filters.min_killed is None
    text = " | ".join(problems)
    for key in ("from=", "z=", "bbox=", "lang=", "tiles", "minkilled="):
        assert key in text


def test_a_link_naming_a_setting_the_map_does_not_have_says_so():
    """'?text=حلب' (the free-text setting is 'q') showed every incident without a word: the name was dropped."""
    view, problems = from_params({"text": "حلب", "gov": ["Idleb"], "embed": "true"})
    assert view.filters.admin1 == ["Idleb"] and view.filters.text is None
    assert len(problems) == 1 and problems[0].startswith("text ignored: not a setting of this map")
    assert "q" in problems[0]  # the names it does read, to correct the link by
    assert from_params({"q": "حلب"})[1] == []
