"""Buttons whose click waits for the run that acts on it. A script that checks `st.button`'s own value loses the
click when that run is cut short by another rerun (a map reporting its view, a job's progress): the next run sees
False. Here the click is kept in the session until the script takes it, for at most a minute."""
from __future__ import annotations

import time

import streamlit as st

PENDING_KEY = "pending_actions"  # action name -> when its button was clicked (monotonic seconds)
LIFETIME_S = 60.0  # a click not taken by then is dropped: no surprise action when the user comes back later


def button(label: str, action: str, where=st, **kwargs) -> None:
    """A button (in `where`: st, a column, the sidebar) that asks for `action`; `asked(action)` takes it."""
    where.button(label, key=f"action_{action}", on_click=_ask, args=(action,), **kwargs)


def asked(action: str) -> bool:
    """Whether `action`'s button was clicked and not yet acted on; True once per click."""
    clicked = st.session_state.get(PENDING_KEY, {}).pop(action, None)
    return clicked is not None and time.monotonic() - clicked < LIFETIME_S


def _ask(action: str) -> None:
    st.session_state.setdefault(PENDING_KEY, {})[action] = time.monotonic()
