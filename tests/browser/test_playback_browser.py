"""Time playback in headless Chromium: play advances the window and the map, a step keeps the view, links."""
from __future__ import annotations

import datetime as dt
import re

import pytest

from test_map_browser import JS_VIEW, TIMEOUT, assert_only_own_host, drawn_ids, map_frame, wait_shown

pytestmark = pytest.mark.browser


def idle(page) -> None:
    """Wait until Streamlit has finished its reruns (its 'Running…' indicator gone for a second)."""
    running = page.locator('[data-testid="stStatusWidget"]')
    for _ in range(2):
        page.wait_for_timeout(1000)
        running.wait_for(state="hidden", timeout=TIMEOUT)


def moved(page, text: str, seconds: float) -> bool:
    """Whether the URL comes to hold `text` within `seconds`."""
    for _ in range(int(seconds * 4)):
        if text in page.url:
            return True
        page.wait_for_timeout(250)
    return text in page.url


def button_tops(page, names) -> dict[str, float]:
    """The tops of the buttons labelled `names` that are there now (a playing window can turn Pause into Replay)."""
    tops = {}
    for name in names:
        try:
            tops[name] = page.get_by_role("button", name=name, exact=True).bounding_box(timeout=3_000)["y"]
        except Exception:  # noqa: BLE001 (Playwright's timeout): the button is gone
            break
    return tops


def press(page, name: str, then: str) -> None:
    """Click the button `name` until it has become `then` (a click during a rerun's redraw can be lost)."""
    for _ in range(3):
        button = page.get_by_role("button", name=name)
        if button.count():
            button.click()
        try:
            page.get_by_role("button", name=then).wait_for(timeout=15_000)
            return
        except Exception:  # noqa: BLE001 (Playwright's timeout): try again
            continue
    raise AssertionError(f"the {name} button did not become {then}")


WEEK_IDS = {"2017-01-02": {"1"}, "2017-01-16": {"2"}, "2017-01-30": {"3"}, "2017-02-13": {"4"}, "2017-02-27": {"5"},
            "2017-03-06": {"6"}}  # the incidents of conftest.incidents() by the week they fall in; other weeks: none


def window_start(page) -> str:
    found = re.search(r"[?&]t=(\d{4}-\d\d-\d\d)", page.url)
    return found.group(1) if found else ""


def test_play_advances_the_window_and_the_map_follows(page, app_url):
    page.goto(f"{app_url}/?t=2017-01-02&lat=35&lon=38&z=7")
    wait_shown(page, "1 of 6 incidents shown")
    assert drawn_ids(page, {"1"}) == {"1"}
    press(page, "Play", then="Pause")  # a click during a rerun's redraw can be lost
    page.wait_for_function("() => (location.search.match(/[?&]t=([0-9-]+)/) || [])[1] >= '2017-01-16'", timeout=TIMEOUT)
    press(page, "Pause", then="Play")
    idle(page)
    stopped = page.url
    page.wait_for_timeout(3000)
    assert page.url == stopped and "t=2017-03-06" not in stopped  # paused before the last window
    start = dt.date.fromisoformat(window_start(page))
    assert start >= dt.date(2017, 1, 16)  # played on at least two steps
    wait_shown(page, f"Week of {start.day} {start:%b %Y}")  # the totals line and the map follow the window
    expected = WEEK_IDS.get(start.isoformat(), set())
    assert drawn_ids(page, expected) == expected
    assert_only_own_host(page, app_url)


def test_a_step_keeps_the_centre_and_zoom(page, app_url):
    page.goto(f"{app_url}/?t=2017-01-30&lat=35&lon=38&z=7")
    wait_shown(page, "1 of 6 incidents shown")
    drawn_ids(page, {"3"})
    page.wait_for_timeout(1000)
    map_frame(page).evaluate("() => { window.map.setView([35.6, 38.1], 8); }")  # the analyst pans and zooms
    page.wait_for_url(re.compile(r"z=8"), timeout=TIMEOUT)
    page.get_by_role("button", name="Step").click()
    page.wait_for_url(re.compile(r"t=2017-02-06"), timeout=TIMEOUT)
    wait_shown(page, "0 of 6 incidents shown")  # the week of 6 Feb holds none (it passed on the last week's line)
    assert drawn_ids(page, set()) == set()
    page.get_by_role("button", name="Step").click()
    page.wait_for_url(re.compile(r"t=2017-02-13"), timeout=TIMEOUT)
    assert drawn_ids(page, {"4"}) == {"4"}
    centre = map_frame(page).evaluate(JS_VIEW)
    assert centre[0] == pytest.approx(35.6, abs=0.01) and centre[1] == pytest.approx(38.1, abs=0.01) and centre[2] == 8
    assert_only_own_host(page, app_url)


def test_a_link_with_a_time_window_reproduces_it(page, app_url):
    page.goto(f"{app_url}/?t=2017-02-01&tsize=month&tmode=upto&lat=35&lon=38&z=7")
    wait_shown(page, "4 of 6 incidents shown")
    wait_shown(page, "Up to February 2017")
    assert drawn_ids(page, {"1", "2", "3", "4"}) == {"1", "2", "3", "4"}
    assert page.get_by_role("radio", name="Everything up to it").is_checked()
    assert_only_own_host(page, app_url)


JS_TALLEST_BAR = """() => {
  const bars = Array.from(document.querySelectorAll('.vega-embed svg path'))
    .filter(p => /^#e69f00$/i.test(p.getAttribute('fill') || '') && p.getBoundingClientRect().height > 0);
  if (!bars.length) return null;  // wounded (#E69F00) tops each stack: the highest top is the tallest bar
  const tallest = bars.reduce((a, b) => (b.getBoundingClientRect().top < a.getBoundingClientRect().top ? b : a));
  tallest.scrollIntoView({block: 'center'});
  const r = tallest.getBoundingClientRect();
  return {x: r.left + r.width / 2, y: r.top + Math.min(3, r.height / 2)};
}"""


def test_a_click_on_the_timeline_moves_the_window_there(page, app_url):
    page.goto(f"{app_url}/?t=2017-03-06&lat=35&lon=38&z=7")
    wait_shown(page, "Week of 6 Mar 2017")
    for _ in range(3):  # only the open tab is built: a click on the tab lost under a rerun builds no chart
        page.get_by_role("tab", name="Timeline").click()
        try:
            page.wait_for_function(JS_TALLEST_BAR, timeout=20_000)
            break
        except Exception:  # noqa: BLE001 (Playwright's timeout): click the tab again
            continue
    for attempt in range(3):  # a rerun finishing under the click redraws the chart and loses the click
        page.wait_for_function(JS_TALLEST_BAR, timeout=TIMEOUT)
        idle(page)
        top = page.evaluate(JS_TALLEST_BAR)  # the week of 30 January: incident 3, 10 killed and 20 wounded
        page.mouse.click(top["x"], top["y"])
        if moved(page, "t=2017-01-30", 20):
            break
        page.mouse.click(top["x"], top["y"] - 40)  # an empty spot clears the chart's selection for a new click
    assert "t=2017-01-30" in page.url
    wait_shown(page, "Week of 30 Jan 2017")
    assert drawn_ids(page, {"3"}) == {"3"}
    assert_only_own_host(page, app_url)


# Each animation frame, the window the totals line names and the one the time control shows beside its buttons
# (frames a state lasted counted; a state that lasts a single frame is one delta of a rerun drawn before the next).
JS_WINDOW_LOG = r"""() => { window.__windows = []; let last = null;
  function tick() {
    const named = t => /^\d{1,2} [A-Z][a-z]{2} \d{4}$/.test(t);  // a day window's title: '9 Jan 2017'
    const strong = Array.from(document.querySelectorAll('strong')).find(s => named(s.textContent.trim()));
    const box = document.querySelector('.st-key-timeplay');
    const control = box ? Array.from(box.querySelectorAll('[data-testid="stSliderThumbValue"], [data-testid="stProgress"] p'))
      .map(n => n.textContent.trim()).filter(named) : [];
    const state = [strong ? strong.textContent.trim() : '', control.join(' | ')];
    if (last && last[0] === state[0] && last[1] === state[1]) last[2] += 1;
    else { last = [state[0], state[1], 1]; window.__windows.push(last); }
    requestAnimationFrame(tick);
  }
  requestAnimationFrame(tick); }"""


def test_while_playing_the_totals_line_and_the_control_name_the_same_window(page, app_url):
    """The disabled slider named its window up to a step after the totals line had moved on (journey11): while
    playing, the totals line alone names the window; paused, the slider names the same one."""
    page.goto(f"{app_url}/?t=2017-01-05&tsize=day&lat=35&lon=38&z=7")
    wait_shown(page, "1 of 6 incidents shown")
    idle(page)
    press(page, "Play", then="Pause")
    page.evaluate(JS_WINDOW_LOG)  # from the first step on
    page.wait_for_function("() => (location.search.match(/[?&]t=([0-9-]+)/) || [])[1] >= '2017-01-09'", timeout=TIMEOUT)
    press(page, "Pause", then="Play")
    idle(page)
    log = page.evaluate("() => window.__windows")
    assert len({heading for heading, _, frames in log if frames > 1}) >= 4, log  # several steps were seen
    assert [(heading, control) for heading, control, frames in log
            if heading and control and heading != control and frames > 1] == [], log
    heading, control, _ = log[-1]
    start = dt.date.fromisoformat(window_start(page))
    assert heading == control == f"{start.day} {start:%b %Y}"  # paused: both name the window


def test_the_time_controls_buttons_sit_on_one_line(page, app_url):
    """While playing (Pause) and on the last window (Replay), Step wrapped onto a line of its own under First, Back
    and the play button in a 1400 px window, and the controls jumped as play started (journey13's walk)."""
    for link, label in (("t=2017-01-02&tsize=month", "Pause"), ("t=2017-03-06", "Replay")):
        page.goto(f"{app_url}/?{link}&lat=35&lon=38&z=7")
        wait_shown(page, "incidents shown")
        names = ("First", "Back", label, "Step")
        for _ in range(3):  # under load the playing window can reach the last step before the buttons are read
            if label == "Pause":
                press(page, "Play", then="Pause")
            page.get_by_role("button", name=label, exact=True).wait_for(timeout=TIMEOUT)
            tops = button_tops(page, names)
            if len(tops) == len(names):
                break
            page.goto(f"{app_url}/?{link}&lat=35&lon=38&z=7")
            wait_shown(page, "incidents shown")
        assert len(tops) == len(names), tops
        assert max(tops.values()) - min(tops.values()) < 2, tops
