"""Messages that stay on the page until dismissed, with whatever came from user data shown as plain text."""
from __future__ import annotations

import uuid
from dataclasses import dataclass, field

import streamlit as st

KINDS = ("error", "warning", "success", "info")


@dataclass(frozen=True)
class Notice:
    """One message: `title` is the program's own words; `detail` (file names, headers, values, job errors) is
    never read as Markdown or HTML."""

    kind: str
    title: str
    detail: str = ""
    id: str = field(default_factory=lambda: uuid.uuid4().hex[:10])


def post(area: str, kind: str, title: str, detail: str = "") -> None:
    """Keep a message for this session's `area` of a page until the user dismisses it."""
    assert kind in KINDS, kind
    st.session_state.setdefault("notices", {}).setdefault(area, []).append(Notice(kind, title, detail))


def clear(area: str) -> None:
    st.session_state.setdefault("notices", {}).pop(area, None)


def show(area: str) -> None:
    """The area's messages, each with a button that dismisses it."""
    for notice in list(st.session_state.get("notices", {}).get(area, [])):
        with st.container(border=True):
            cols = st.columns([8, 1])
            getattr(cols[0], notice.kind)(notice.title)
            if notice.detail:
                cols[0].text(notice.detail)
            cols[1].button("Dismiss", key=f"dismiss_{notice.id}", type="tertiary", on_click=_dismiss, args=(area, notice.id))


def _dismiss(area: str, notice_id: str) -> None:
    kept = [n for n in st.session_state.get("notices", {}).get(area, []) if n.id != notice_id]
    st.session_state["notices"][area] = kept
