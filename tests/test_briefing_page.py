"""The briefing page (AppTest): the map rendered for the current selection, export buttons, no filter controls."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.urlstate import View
from incidents.filters import Filters
from test_briefing_cli import store_url  # noqa: F401  (fixture: a SQLite store of the synthetic incidents)

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
    assert page.text[0].value.startswith("120 incidents · All incidents")
    assert not page.sidebar.children or all(not c.children for c in page.sidebar.children.values())


def test_page_follows_the_map_pages_selection_and_view(page):
    page.session_state["view"] = View(filters=Filters(admin1=["Hama"], date_from=dt.date(2017, 6, 1)), lang="ar")
    page.session_state["map_bounds"] = (36.0, 34.5, 37.5, 35.8)
    page.run()
    assert not page.exception
    assert "from 1 Jan" not in page.text[0].value
    assert page.text[0].value.endswith("from 1 Jun 2017 · Hama")
    assert page.radio[0].value == "ar"


def test_arabic_window_dates_are_isolated_in_the_english_caption(page):
    """Without an isolate the browser drew "6:يناير ٢٠١٦ – يونيو ٢٠١٦ panels" (the count joined the Arabic run)."""
    page.session_state["view"] = View(lang="ar")
    page.run()
    assert not page.exception
    caption = next(c.value for c in page.caption if "panels" in c.value)
    assert caption.startswith("\u2068") and "\u2069: 6 panels" in caption
    dates = caption[1:caption.index("\u2069")]
    assert dates.count("٢٠١٧") == 2 and dates.isascii() is False and "panels" not in dates
