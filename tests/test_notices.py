"""Notices (dashboard.notices): the title and its detail are one box, and the detail stays plain text."""
from __future__ import annotations

import re

from streamlit.testing.v1 import AppTest

DETAIL = "a_*b*_.csv: 2 added, 0 already present, 1 rejected <b>x</b> [l](http://x) $y$ :red[z] #1\nline 2"


def page(detail, lang="en"):
    import streamlit as st

    from dashboard import notices

    if "notices" not in st.session_state:
        notices.post("import", "success", "Imported:", detail)
    notices.show("import", lang)


def test_the_detail_is_inside_the_box_of_its_title_and_read_as_plain_text():
    at = AppTest.from_function(page, args=(DETAIL,)).run()
    assert not at.exception
    assert len(at.success) == 1 and not at.text  # no line of its own under the box
    body = at.success[0].value
    assert body.startswith("Imported:")
    shown = re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", body)  # CommonMark's backslash escapes, undone
    assert shown.replace("  \n", "\n").endswith(DETAIL)
    # every markdown character of the detail is escaped: nothing in it can format, link or colour
    detail_src = body.split("\n\n", 1)[1]
    assert not re.search(r"(?<!\\)[*_\[\]<>$:#`]", detail_src)


def test_the_dismiss_button_is_named_in_the_pages_language():
    """journey16's walk: an Arabic Ingest page's import summary sat beside an English "Dismiss"."""
    at = AppTest.from_function(page, args=(DETAIL, "ar")).run()
    assert not at.exception
    assert [b.label for b in at.button] == ["إغلاق"]
    assert [b.label for b in AppTest.from_function(page, args=(DETAIL,)).run().button] == ["Dismiss"]
