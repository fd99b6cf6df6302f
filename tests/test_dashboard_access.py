"""Roles, limits and plain-text messages on the dashboard's pages, through streamlit.testing (AppTest)."""
from __future__ import annotations

from pathlib import Path

import pytest
from argon2 import PasswordHasher
from streamlit.testing.v1 import AppTest

from dashboard.accounts import ROLES, Accounts

APP = Path(__file__).resolve().parents[1] / "dashboard"


@pytest.fixture
def signed(tmp_path, monkeypatch) -> str:
    """Sign-in on, a user per role in a new store; returns the store URL."""
    url = f"sqlite:///{tmp_path / 'incidents.sqlite'}"
    book = Accounts(url, PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    for role in ROLES:
        book.add(role, role, f"{role} password 1")
    for name, value in {"INCIDENTS_DB": url, "DASHBOARD_SIGN_IN": "1", "GAZETTEER_LEARNED": str(tmp_path / "l.csv"),
                        "OCHA_DIR": "", "TILES_URL": ""}.items():
        monkeypatch.setenv(name, value)
    return url


def page(name: str, user: str | None) -> AppTest:
    at = AppTest.from_file(str(APP / "pages" / name), default_timeout=60)
    if user:
        at.session_state["signed_in_as"] = user
    return at.run()


def test_without_sign_in_a_page_shows_only_the_form(signed):
    at = page("1_Ingest.py", None)
    assert [t.value for t in at.title] == ["Sign in"]
    assert not at.text_area and not at.tabs


@pytest.mark.parametrize("role, ingests, reviews", [("viewer", False, False), ("analyst", True, False),
                                                    ("editor", True, True), ("admin", True, True)])
def test_the_ingest_page_follows_the_role(signed, role, ingests, reviews):
    at = page("1_Ingest.py", role)
    assert not at.exception
    if not ingests:
        assert at.warning[0].value.startswith("Your role (viewer) cannot ingest")
        assert not at.tabs
        return
    assert [t.label for t in at.tabs] == ["Reports", "Files (CSV, GeoJSON, …)"] + (["Review"] if reviews else [])


@pytest.mark.parametrize("role", ROLES)
def test_only_an_admin_adds_places(signed, role):
    at = page("3_Gazetteer.py", role)
    assert not at.exception
    adds = any(b.label == "Add place" for b in at.button)
    assert adds == (role == "admin")


def test_a_report_over_the_limit_is_refused_with_a_message_that_stays(signed, monkeypatch):
    monkeypatch.setenv("DASHBOARD_REPORT_MAX_CHARS", "200")
    at = page("1_Ingest.py", "analyst")
    text = "An air strike on ![x](http://evil.example/x.png) Douma. " * 10
    at.text_area(key="ingest_text").input(text).run()
    next(b for b in at.button if b.label == "Extract incidents").click().run()
    assert at.error[0].value.startswith("Not extracted: a report may have at most 200 characters")
    assert at.text[0].value == f"pasted text: {len(text)} characters"
    assert "extract_job" not in at.session_state
    at.run()  # a rerun keeps it
    assert at.error[0].value.startswith("Not extracted")
    next(b for b in at.button if b.label == "Dismiss").click().run()
    assert not at.error
