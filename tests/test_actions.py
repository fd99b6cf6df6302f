"""Buttons of dashboard.actions: a click is acted on once, even when the run it started was cut short."""
from __future__ import annotations

from streamlit.testing.v1 import AppTest

from dashboard import actions


def page():
    import streamlit as st

    from dashboard import actions

    state = st.session_state
    state.setdefault("done", 0)
    actions.button("Save", "save")
    if state.get("cut"):  # this run ends before the script reaches its action (as a rerun cutting it short)
        state.cut = False
        st.stop()
    if actions.asked("save"):
        state.done += 1
    st.text(f"saved {state.done} time(s)")


def test_a_click_is_acted_on_once():
    at = AppTest.from_function(page).run()
    at.button(key="action_save").click().run()
    assert at.text[0].value == "saved 1 time(s)"
    at.run()  # another run, no click
    assert at.text[0].value == "saved 1 time(s)"


def test_a_click_whose_run_was_cut_short_is_acted_on_in_the_next_run():
    at = AppTest.from_function(page).run()
    at.session_state.cut = True
    at.button(key="action_save").click().run()
    assert not at.text  # stopped before the action
    at.run()
    assert at.text[0].value == "saved 1 time(s)"


def test_a_click_left_too_long_is_dropped(monkeypatch):
    at = AppTest.from_function(page).run()
    at.session_state.cut = True
    at.button(key="action_save").click().run()
    monkeypatch.setattr(actions, "LIFETIME_S", -1.0)
    at.run()
    assert at.text[0].value == "saved 0 time(s)"
