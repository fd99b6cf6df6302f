"""Messages that stay on the page until dismissed, with whatever came from user data shown as plain text."""
from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field

import streamlit as st

from dashboard.export.words import word

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


def plain(text: str) -> str:
    """`text` as Markdown that shows it as written: every ASCII punctuation character backslash-escaped
    (CommonMark's escapes; Streamlit's colour and LaTeX syntax too), each line break kept."""
    return "  \n".join(_PUNCTUATION.sub(r"\\\g<0>", line) for line in text.split("\n"))


_PUNCTUATION = re.compile(r"[!-/:-@\[-`{-~]")


def show(area: str, lang: str = "en") -> None:
    """The area's messages, each in one box with its detail (a detail under its title's box read as another
    message: journey12 saw "Imported:" alone in green, the summary below it), and a button that dismisses it,
    named in the page's language `lang` (it read "Dismiss" on an Arabic page: journey16)."""
    for notice in list(st.session_state.get("notices", {}).get(area, [])):
        with st.container(border=True):
            cols = st.columns([8, 1])
            body = f"{notice.title}\n\n{plain(notice.detail)}" if notice.detail else notice.title
            getattr(cols[0], notice.kind)(body)
            cols[1].button(word(lang, "dismiss"), key=f"dismiss_{notice.id}", type="tertiary", on_click=_dismiss,
                           args=(area, notice.id))


def _dismiss(area: str, notice_id: str) -> None:
    kept = [n for n in st.session_state.get("notices", {}).get(area, []) if n.id != notice_id]
    st.session_state["notices"][area] = kept
