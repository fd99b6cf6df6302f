"""The map page's time control through AppTest: a link's window, steps, window size and the cumulative mode."""
from __future__ import annotations

import datetime as dt

from test_dashboard_app import _map_page, _shown_line, _url_view, store_url  # noqa: F401 (fixture)


def test_a_link_with_a_window_shows_that_window_only(store_url):  # noqa: F811
    at = _map_page({"t": "2017-03-08"})
    assert not at.exception
    line = _shown_line(at)
    assert line.startswith("**1 of 3 incidents shown** · 10 killed · 20 wounded") and "Week of 6 Mar 2017" in line
    assert at.toggle(key="tp_on").value is True
    assert _url_view(at).time.start == dt.date(2017, 3, 6)


def test_stepping_moves_the_window_and_the_link(store_url):  # noqa: F811
    at = _map_page({"t": "2017-03-06"})
    at.button(key="tp_next").click().run()
    assert _shown_line(at).startswith("**0 of 3 incidents shown**")
    assert _url_view(at).time.start == dt.date(2017, 3, 13)
    at.button(key="tp_back").click().run()
    at.button(key="tp_back").click().run()
    assert _shown_line(at).startswith("**1 of 3 incidents shown** · 4 killed")  # Douma, 1 March
    assert _url_view(at).time.start == dt.date(2017, 2, 27)


def test_month_windows_and_everything_up_to_the_window(store_url):  # noqa: F811
    at = _map_page({"t": "2017-03-06"})
    at.segmented_control(key="tp_size").set_value("month").run()
    assert _shown_line(at).startswith("**2 of 3 incidents shown**") and "March 2017" in _shown_line(at)
    at.button(key="tp_next").click().run()
    assert _shown_line(at).startswith("**1 of 3 incidents shown** · 1 killed")
    at.radio(key="tp_mode").set_value("upto").run()
    assert _shown_line(at).startswith("**3 of 3 incidents shown**")
    assert _url_view(at).time.mode == "upto" and _url_view(at).time.size == "month"


def test_switching_playback_off_shows_every_date_again(store_url):  # noqa: F811
    at = _map_page({"t": "2017-03-06"})
    at.toggle(key="tp_on").set_value(False).run()
    assert _shown_line(at).startswith("**3 of 3 incidents shown**")
    assert _url_view(at).time is None
