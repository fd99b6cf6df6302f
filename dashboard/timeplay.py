"""The map page's time control: a window of a day, week or month over the filtered dates; play, pause, step, speed."""
from __future__ import annotations

import datetime as dt
import time
from dataclasses import replace

import altair as alt
import pandas as pd
import streamlit as st

from dashboard.data import Dataset, Options, Selection
from dashboard.export.words import MONTHS_AR, word
from dashboard.timewindow import MODES, SIZES, TimeWindow, align, shift, starts
from dashboard.urlstate import View
from dashboard.widgetstate import hold

SECONDS_PER_STEP = (3.0, 2.0, 1.0, 0.5)
DUE = 0.8  # a timed rerun steps once this share of the step's seconds has passed (other reruns in between do not)
ECHO_S = 10.0  # seconds a window that left the slider is still taken for an echo of a lagging page, not a move
CHART_KEY = "tp_chart"


def date_range(view: View, options: Options) -> tuple[dt.date, dt.date] | None:
    """The dates playback runs over: the sidebar's range, else the data's own."""
    if options.date_min is None:
        return None
    return view.filters.date_from or options.date_min, view.filters.date_to or options.date_max


def current(view: View, options: Options) -> View:
    """The view with the controls' window (seeded once from the view itself, i.e. from the link)."""
    state = st.session_state
    if "tp_on" not in state:
        window = view.time
        state.tp_on = window is not None
        state.tp_size = window.size if window else "week"
        state.tp_mode = window.mode if window else "window"
        state.tp_start = window.start if window else None
        state.tp_playing = False
        state.tp_speed = 1.0
    span = date_range(view, options)
    if not state.tp_on or span is None:
        state.tp_playing = False
        return replace(view, time=None)
    size = state.tp_size or "week"
    choices = starts(*span, size)
    start = align(state.tp_start or span[0], size)
    state.tp_size, state.tp_start = size, min(max(start, choices[0]), choices[-1])
    return replace(view, time=TimeWindow(state.tp_start, size, state.tp_mode or "window"))


def narrow(dataset: Dataset, view: View) -> Selection:
    """The incidents of the view's time window (all the filters select without one), each computed once."""
    if view.time is None:
        return dataset.select(view.filters)
    return _window_selection(dataset.version, repr(view.filters), view.time, dataset, view.filters)


@st.cache_resource(max_entries=24, show_spinner=False)
def _window_selection(version: object, filters_key: str, window: TimeWindow, _dataset: Dataset,
                      _filters) -> Selection:  # fmt: skip
    return Selection(_dataset.incidents, _dataset.index.during(_dataset.select(_filters).mask, window))


def imprecise(dataset: Dataset, shown: Selection) -> int:
    """How many of the shown incidents have a date known only to a week, a month or a range of days."""
    return int((shown.mask & dataset.index.imprecise).sum())


def totals_note(dataset: Dataset, shown: Selection, window: TimeWindow | None, lang: str = "en") -> str:
    """' · Week of 6 Mar 2017 · 3 with an imprecise date' for the totals line ('' without a window), in `lang`."""
    if window is None:
        return ""
    rough = imprecise(dataset, shown)
    return f" · **{window.title(lang)}**" + (word(lang, "imprecise", n=rough) if rough else "")


def control(view: View, options: Options) -> None:
    """Draw the time control: the switch, then window size, mode, speed, the buttons and the slider."""
    state = st.session_state
    span = date_range(view, options)
    if span is None:
        return
    hold("tp_on", "tp_size", "tp_mode", "tp_speed")  # the slider is put on its window below
    with st.container(border=view.time is not None, key="timeplay"):
        top = st.columns([1.3, 1.6, 2.2, 1.4]) if view.time else [st.container()]
        top[0].toggle(word(view.lang, "play"), key="tp_on", on_change=_pause)
        if view.time is None:
            return
        say = lambda key, **values: word(view.lang, key, **values)  # noqa: E731
        top[1].segmented_control(say("window"), SIZES, key="tp_size", on_change=_pause,
                                 format_func=lambda size: say(f"size_{size}"))
        top[2].radio(say("show"), MODES, format_func=lambda mode: say(f"mode_{mode}"), key="tp_mode", horizontal=True)
        top[3].select_slider(say("speed"), SECONDS_PER_STEP, key="tp_speed", format_func=lambda s: say("per_step", sec=s))
        left, right = st.columns([1, 1], vertical_alignment="bottom")  # [2, 3] wrapped Step under Pause at 1400 px
        row = [left.container(horizontal=True, gap="small")] * 4 + [right]
        choices = starts(*span, view.time.size)
        at_end = view.time.start >= choices[-1]
        row[0].button(say("first"), key="tp_first", icon=":material/first_page:", on_click=_go, args=(choices[0],))
        row[1].button(say("back"), key="tp_back", icon=":material/chevron_left:", on_click=_step, args=(-1, choices))
        playing = state.tp_playing
        label, icon = ("pause", "pause") if playing else ("replay", "replay") if at_end else ("play_button", "play_arrow")
        row[2].button(say(label), key="tp_play", type="primary", on_click=_play, args=(not playing, choices),
                      icon=f":material/{icon}:", help=say("replay_help") if label == "replay" else None)
        row[3].button(say("step"), key="tp_next", icon=":material/chevron_right:", on_click=_step, args=(1, choices),
                      disabled=at_end)
        _shown_on_slider(view.time.start)
        if playing:  # the totals line alone names the window: a disabled slider named it too, up to a step late
            place = choices.index(view.time.start) if view.time.start in choices else 0
            row[4].progress((place + 1) / len(choices))
            return
        row[4].select_slider(say("window"), choices, key="tp_slider", label_visibility="collapsed", on_change=_slide,
                             format_func=lambda d: TimeWindow(d, view.time.size).title(view.lang))


def timer() -> float | None:
    """Seconds between the automatic reruns of the map's fragment: the speed while playing, else none."""
    state = st.session_state
    state.tp_timer = state.get("tp_speed", 1.0) if state.get("tp_playing") else None
    state.tp_due = time.monotonic() + DUE * state.tp_timer if state.tp_timer else None
    return state.tp_timer


def keep_time(options: Options) -> None:
    """At the start of each run of the map's fragment: the next window when one is due while playing (stopping at
    the last); the whole page again when play, pause or speed changed, since only a full run sets the timer."""
    state = st.session_state
    if state.get("tp_playing") and state.get("tp_due") and time.monotonic() >= state.tp_due:
        span = date_range(state.view, options)
        if span is not None:
            _step(1, starts(*span, state.tp_size), keep_playing=True)
        state.tp_due = time.monotonic() + DUE * state.tp_speed
    wanted = state.get("tp_speed", 1.0) if state.get("tp_playing") else None
    if wanted != state.get("tp_timer"):
        st.rerun(scope="app")


def _step(steps: int, choices: list[dt.date], keep_playing: bool = False) -> None:
    state = st.session_state
    target = shift(state.tp_start, state.tp_size, steps)
    state.tp_start = min(max(target, choices[0]), choices[-1])
    state.tp_playing = keep_playing and state.tp_start < choices[-1]


def _shown_on_slider(start: dt.date) -> None:
    """Put the window on the slider, remembering when each earlier window left it."""
    state, now = st.session_state, time.monotonic()
    left = {day: at for day, at in state.get("tp_left", {}).items() if now - at < ECHO_S and day != start}
    if state.get("tp_slider") not in (None, start):
        left[state.tp_slider] = now
    state.tp_left, state.tp_slider = left, start


def _slide() -> None:
    """The slider moved by hand: its window. A window it showed a few seconds ago is an echo from a page that had
    not drawn the newer one yet when it sent a rerun (a click elsewhere, the map reporting its view), not a move."""
    state = st.session_state
    if state.tp_slider in state.get("tp_left", {}):
        state.tp_slider = state.tp_start
        return
    _go(state.tp_slider)


def _go(start: dt.date) -> None:
    st.session_state.tp_start = start
    _pause()


def _play(play: bool, choices: list[dt.date]) -> None:
    """Play or pause as the button said when clicked (a second click on a lagging page does not undo the first);
    from the last window, whose button says 'Replay', play again from the first."""
    state = st.session_state
    state.tp_playing = play
    if play and state.tp_start >= choices[-1]:
        state.tp_start = choices[0]  # play again from the start


def _pause() -> None:
    st.session_state.tp_playing = False


def timeline_spec(summed: pd.DataFrame, period: str, lang: str = "en") -> dict:
    """The timeline's Vega-Lite spec: killed and wounded per period as stacked bars with a click selection, under
    an empty layer for the window's shade (built once per selection and period; a step only sets the shade); its
    axes, legend and tooltips in `lang`."""
    frame = summed.reset_index().rename(columns={summed.index.name or "index": "start"})
    frame["end"] = [pd.Timestamp(shift(d.date(), period)) for d in frame["start"]]
    killed, wounded, people = word(lang, "col_killed"), word(lang, "col_wounded"), word(lang, "people")
    stacked = pd.concat([  # killed from 0, wounded on top: each bar a rectangle over its whole period
        frame.assign(people=killed, low=0, high=frame["killed"], count=frame["killed"]),
        frame.assign(people=wounded, low=frame["killed"], high=frame["killed"] + frame["wounded"],
                     count=frame["wounded"]),
    ])[["start", "end", "people", "low", "high", "count"]]
    pick = alt.selection_point(name="pick", fields=["start"], on="click", empty=False)
    period_word = word(lang, f"size_{period}")
    # Vega names months in English: in Arabic the ticks take the table's month names ('مارس', 'يناير 2017')
    months = "[" + ",".join(f"'{m}'" for m in MONTHS_AR) + "]"
    arabic_ticks = (f"date(datum.value) == 1 ? {months}[month(datum.value)] + (month(datum.value) == 0 ? ' ' + "
                    f"year(datum.value) : '') : date(datum.value) + ' ' + {months}[month(datum.value)]")
    axis = {"axis": alt.Axis(labelExpr=arabic_ticks)} if lang == "ar" else {}
    bars = alt.Chart(stacked).mark_rect().encode(
        x=alt.X("start:T", title=period_word, **axis), x2="end:T", y=alt.Y("low:Q", title=people), y2="high:Q",
        color=alt.Color("people:N", title=people,
                        scale=alt.Scale(domain=[killed, wounded], range=["#000000", "#E69F00"])),
        tooltip=[alt.Tooltip("start:T", title=period_word), alt.Tooltip("people:N", title=people),
                 alt.Tooltip("count:Q", title=word(lang, "count"))],
    ).add_params(pick)
    shade = alt.Chart(alt.Data(values=[])).mark_rect(color="#0072B2", opacity=0.18).encode(x="start:T", x2="end:T")
    return alt.layer(shade, bars).to_dict()


def timeline_chart(spec: dict, first: pd.Timestamp | None, window: TimeWindow | None) -> None:
    """The timeline from `timeline_spec`, the window shaded (from `first`, the first period, when cumulative); a
    click on a bar moves the window there."""
    shade = []
    if window is not None:
        start = first if window.mode == "upto" and first is not None else pd.Timestamp(window.start)
        shade = [{"start": start.isoformat(), "end": pd.Timestamp(window.end + dt.timedelta(days=1)).isoformat()}]
    layers = [{**spec["layer"][0], "data": {"values": shade}}, *spec["layer"][1:]]
    st.vega_lite_chart(spec={**spec, "layer": layers}, key=CHART_KEY, on_select=_on_chart_click, selection_mode="pick",
                       use_container_width=True)  # width="stretch" re-sends the selection on each draw: reruns loop


def _on_chart_click() -> None:
    """A bar clicked on the timeline: playback's window moves to (the start of) that period."""
    picked = st.session_state[CHART_KEY]["selection"].get("pick") or []
    if not picked:
        return
    when = pd.to_datetime(picked[0]["start"], unit="ms")  # Vega-Lite gives a time as milliseconds since 1970
    state = st.session_state
    state.tp_on, state.tp_playing = True, False
    state.tp_start = align(when.date(), state.get("tp_size") or "week")
