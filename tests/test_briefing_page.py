"""The briefing page (AppTest): the map rendered for the current selection, export buttons, no filter controls."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.export.words import day_in
from dashboard.urlstate import View
from incidents.filters import Filters
from briefing_data import incidents
from test_briefing_cli import store_url  # noqa: F401  (fixture: a SQLite store of the synthetic incidents)

FRAME = incidents(120)  # what store_url holds
PAGE = str(Path(__file__).resolve().parents[1] / "dashboard" / "screens" / "2_Briefing.py")


@pytest.fixture()
def page(store_url, monkeypatch):  # noqa: F811
    monkeypatch.setenv("INCIDENTS_DB", store_url)
    return AppTest.from_file(PAGE, default_timeout=120)


def test_page_shows_the_map_and_every_export(page):
    page.run()
    assert not page.exception
    assert len(page.get("image")) == 1
    labels = [button.proto.label for button in page.get("download_button")]
    assert labels[:5] == ["PNG (screen)", "PNG 300 dpi (A4, landscape)", "PDF (vector)", "SVG", "One-page brief (PDF)"]
    first, last = (f"{d.day} {d:%b %Y}" for d in (FRAME["event_date"].min(), FRAME["event_date"].max()))
    assert page.text[0].value == f"120 incidents · {first} – {last}"  # the picture's dates, not "All incidents"
    assert not page.sidebar.children or all(not c.children for c in page.sidebar.children.values())
    # the store's incidents were never reviewed: the briefer is told before exporting anything
    assert page.warning[0].value.startswith("This selection includes 120 unreviewed drafts: they are on the map")


def test_page_follows_the_map_pages_selection_and_view(page):
    page.session_state["view"] = View(filters=Filters(admin1=["Hama"], date_from=dt.date(2017, 6, 1)), lang="ar")
    page.session_state["map_bounds"] = (36.0, 34.5, 37.5, 35.8)
    page.run()
    assert not page.exception
    hama = FRAME[(FRAME["admin1"] == "Hama") & (FRAME["event_date"] >= "2017-06-01")]
    last = hama["event_date"].max()
    # one date range, as the picture's subtitle says it: not "from 1 Jun 2017" beside "1 Jun 2017 – <last>"; the
    # map page's Arabic puts the line in Arabic (journey15), the governorate by its Arabic name
    assert page.text[0].value.endswith(f"1 يونيو 2017 – {day_in('ar', last)} · حماة")
    assert page.radio[0].value == "ar"


def test_arabic_window_dates_are_isolated_in_the_caption(page):
    """Without an isolate the browser drew "6:يناير ٢٠١٦ – يونيو ٢٠١٦ panels" (the count joined the dates' run); the
    caption is Arabic under the Arabic switch (journey15), led by a right-to-left mark."""
    page.session_state["view"] = View(lang="ar")
    page.run()
    assert not page.exception
    caption = next(c.value for c in page.caption if "لوحات" in c.value)
    assert caption.startswith("\u200f\u2068") and "\u2069: 6 لوحات" in caption
    dates = caption[2:caption.index("\u2069")]
    assert dates.count("2017") == 2 and dates.isascii() is False and "لوحات" not in dates


def test_the_exports_title_is_in_the_map_pages_language(page):
    """Arabic labels under an English title (journey13's walk): the title offered is in the language of the labels."""
    page.session_state["view"] = View(lang="ar")
    page.run()
    assert not page.exception
    assert page.text_input[0].value == "حوادث في سوريا"
    page.radio[0].set_value("en").run()
    assert page.text_input[0].value == "Incidents in Syria"
