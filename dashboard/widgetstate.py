"""Keyed widgets that keep the server's value when the browser draws them anew (not their default)."""
from __future__ import annotations

import streamlit as st


def hold(*keys: str) -> None:
    """Send each keyed widget's current value with its next drawing, before it is drawn.

    A widget that the browser re-mounts during a fragment's rerun starts from its default (a toggle from off) and
    reports that at the next rerun, as if the user had changed it; a value set through the session state is sent
    with the widget and wins. Only for widgets changed by a click: a value set so would overwrite typing in
    progress in a text box."""
    state = st.session_state
    for key in keys:
        if key in state:
            state[key] = state[key]
