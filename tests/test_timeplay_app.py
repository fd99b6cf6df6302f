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


def test_play_on_the_last_window_says_it_plays_again_from_the_first(store_url):  # noqa: F811
    """Play on the last window jumped to the first under a button that said 'Play' (journey12): at the last window
    the button says 'Replay' and plays from the first window, which the page names at once."""
    at = _map_page({"t": "2017-03-06"})
    while not at.button(key="tp_next").disabled:
        at.button(key="tp_next").click().run()
    last = _url_view(at).time.start
    assert at.button(key="tp_play").label == "Replay"
    at.button(key="tp_play").click().run()
    assert at.button(key="tp_play").label == "Pause"
    first = _url_view(at).time.start
    assert first < last and "tp_slider" not in [s.key for s in at.select_slider]
    assert f"Week of {first.day} {first:%b %Y}" in _shown_line(at)
    at.button(key="tp_play").click().run()  # paused at once: the slider names the first window, not the last
    assert at.select_slider(key="tp_slider").value == first
