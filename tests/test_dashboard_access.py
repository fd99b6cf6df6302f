"""Roles, limits and plain-text messages on the dashboard's pages, through streamlit.testing (AppTest)."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
import streamlit as st
from argon2 import PasswordHasher
from streamlit.testing.v1 import AppTest

from dashboard import notices
from dashboard.accounts import ROLES, Accounts
from dashboard.export.words import rtl, word

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
    st.cache_resource.clear()  # the failed sign-ins counted by an earlier test's server
    yield url
    st.cache_resource.clear()


def page(name: str, user: str | None) -> AppTest:
    at = AppTest.from_file(str(APP / "screens" / name), default_timeout=60)
    if user:  # signed in as the form does it: the name and the stamp of the user's password and role
        at.session_state["signed_in_as"] = user
        at.session_state["signed_in_stamp"] = Accounts(os.environ["INCIDENTS_DB"]).stamp(user)
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
    in_review_tab = [b.label for b in at.tabs[-1].button] if reviews else []
    assert ("Save review" in in_review_tab) == reviews  # the review editor sits in its tab, under no other
    assert [b.label for b in at.button].count("Save review") == int(reviews)


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
    assert at.error[0].value.endswith(notices.plain(f"pasted text: {len(text)} characters"))
    assert "extract_job" not in at.session_state
    at.run()  # a rerun keeps it
    assert at.error[0].value.startswith("Not extracted")
    next(b for b in at.button if b.label == "Dismiss").click().run()
    assert not at.error


def sign_in(at: AppTest, name: str, secret: str) -> AppTest:
    at.text_input(key="sign_in_name").input(name)
    at.text_input(key="sign_in_password").input(secret)
    return next(b for b in at.button if b.label == "Sign in").click().run()


def test_repeated_failures_pause_a_user_name_even_for_the_right_password(signed):
    at = page("1_Ingest.py", None)
    for _ in range(5):
        sign_in(at, "editor", "a wrong guess")
        assert at.error[0].value == "Wrong user name or password."
    sign_in(at, "editor", "editor password 1")
    assert at.error[0].value.startswith("Too many failed sign-ins for this user name: signing in is paused for it. "
                                        "Try again in 15 minute(s)")
    assert [t.value for t in at.title] == ["Sign in"]
    sign_in(at, "analyst", "analyst password 1")  # another name from the same place still signs in
    assert not at.error and [t.value for t in at.title] != ["Sign in"]


def test_a_session_whose_password_changed_is_signed_out(signed):
    at = page("1_Ingest.py", "analyst")
    assert [t.value for t in at.title] != ["Sign in"]
    Accounts(signed).set_password("analyst", "a brand new password")
    at.run()
    assert [t.value for t in at.title] == ["Sign in"]


@pytest.mark.parametrize("role", ROLES)
def test_only_an_admin_reaches_the_admin_page(signed, role):
    at = page("4_Admin.py", role)
    assert not at.exception
    if role != "admin":
        assert at.warning[0].value == f"Your role ({role}) cannot manage users."
        assert not at.tabs and not at.button
        return
    assert [t.label for t in at.tabs] == ["Users", "Places added"]
    listed = at.dataframe[0].value
    assert list(listed["user"]) == sorted(ROLES) and list(listed["role"]) == sorted(ROLES)  # each user has its role


def press(at: AppTest, label: str) -> AppTest:
    return next(b for b in at.button if b.label == label).click().run()


def test_an_admin_adds_changes_resets_and_removes_users_but_not_themselves(signed):
    at = page("4_Admin.py", "admin")
    at.text_input(key="admin_add_name").input("nour")
    at.selectbox(key="admin_add_role").select("analyst")
    at.text_input(key="admin_add_password").input("nour's password")
    at.text_input(key="admin_add_again").input("nour's password")
    press(at, "Add user")
    assert at.success[0].value == "Done: add a user.\n\n" + notices.plain("nour (analyst)")
    assert "nour" in list(at.dataframe[0].value["user"])
    press(at, "Dismiss")
    at.selectbox(key="admin_role_name").select("nour")
    at.selectbox(key="admin_role_role").select("editor")
    press(at, "Change role")
    book = Accounts(signed)
    assert book.get("nour").role == "editor"
    press(at, "Dismiss")
    at.selectbox(key="admin_password_name").select("nour")
    at.text_input(key="admin_password_first").input("short")
    at.text_input(key="admin_password_again").input("short")
    press(at, "Reset password")
    assert at.error[0].value.startswith("Not done: reset a password.\n\n") and "at least 10" in at.error[0].value
    press(at, "Dismiss")
    at.selectbox(key="admin_password_name").select("nour")
    at.text_input(key="admin_password_first").input("a second password")
    at.text_input(key="admin_password_again").input("a second password")
    press(at, "Reset password")
    assert book.verify("nour", "a second password") is not None
    press(at, "Dismiss")
    at.selectbox(key="admin_remove_name").select("admin")
    at.checkbox(key="admin_remove_sure").check()
    press(at, "Remove user")
    assert at.error[0].value.startswith("Not done: remove a user.\n\n") and "not your own account" in at.error[0].value
    press(at, "Dismiss")
    at.selectbox(key="admin_remove_name").select("nour")
    at.checkbox(key="admin_remove_sure").check()
    press(at, "Remove user")
    assert book.get("nour") is None and book.get("admin") is not None


def test_the_admin_page_lists_the_places_added_by_source(signed, tmp_path):
    (tmp_path / "l.csv").write_text(
        "name,name_ar,lat,lon,admin1,admin2,level,source,count\n"
        "Tal Hamis Checkpoint,,36.65,41.15,Al-Hasakeh,Al-Hasakeh,landmark,analyst,1\n"
        "Khirbet Ghazaleh,خربة غزالة,32.73,36.2,Dar'a,Dar'a,town,ged,3\n", encoding="utf-8")
    at = page("4_Admin.py", "admin")
    assert list(at.dataframe[1].value["name"]) == ["Tal Hamis Checkpoint", "Khirbet Ghazaleh"]
    at.selectbox(key="admin_places_source").select("analyst").run()
    assert list(at.dataframe[1].value["name"]) == ["Tal Hamis Checkpoint"]
    assert at.caption[-1].value == "1 of 2 places."


@pytest.mark.parametrize("role, statuses", [("analyst", ["draft"]), ("editor", ["draft", "reviewed", "published"])])
def test_the_import_form_offers_the_review_statuses_the_user_may_set_draft_first(signed, role, statuses):
    at = page("1_Ingest.py", role)
    chosen = at.selectbox(key="import_status")
    assert chosen.options == statuses and chosen.value == "draft"


def test_the_review_queue_shows_each_incidents_flags(signed):
    """The walk (journey14): a reviewer could not see that a row's governorate came from its point
    (admin_from_point) or that its point lies outside Syria: the Review table had no flags."""
    import datetime as dt

    from incidents.record import Incident
    from incidents.store import Store

    day = dt.date(2017, 5, 2)
    Store(signed).add([Incident(event_date=day, location_en="Tadif", admin1="Aleppo", latitude=36.35, longitude=37.53,
                                flags=["admin_from_point"]),
                       Incident(event_date=day, location_en="Akcakale", latitude=36.71, longitude=38.95,
                                flags=["outside_syria"])])
    at = page("1_Ingest.py", "editor")
    assert not at.exception
    queue = next(d.value for d in at.dataframe if "review_status" in d.value.columns)
    assert dict(zip(queue["location_en"], queue["flags"])) == {"Tadif": "admin_from_point", "Akcakale": "outside_syria"}


def test_under_arabic_the_admin_page_names_roles_in_arabic(signed):
    """journey17's walk: the Arabic Admin page offered "viewer", "analyst", … and listed users' roles in English."""
    at = AppTest.from_file(str(APP / "screens" / "4_Admin.py"), default_timeout=60)
    at.session_state["signed_in_as"] = "admin"
    at.session_state["signed_in_stamp"] = Accounts(os.environ["INCIDENTS_DB"]).stamp("admin")
    at.session_state["v_lang"] = "ar"
    at.run()
    assert at.selectbox(key="admin_add_role").options == ["مشاهد", "محلل", "محرر", "مدير"]
    assert at.selectbox(key="admin_role_role").options == ["مشاهد", "محلل", "محرر", "مدير"]
    assert "مدير" in list(at.dataframe[0].value["الدور"])


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_with_no_user_yet_the_admin_page_says_so_in_its_language(tmp_path, monkeypatch, lang):
    """journey17's walk: a fresh Admin page (sign-in off, no user) showed Streamlit's English "empty" grid and "No
    options to select" in its three user choices, under Arabic too."""
    for name, value in {"INCIDENTS_DB": f"sqlite:///{tmp_path / 'incidents.sqlite'}", "DASHBOARD_SIGN_IN": "",
                        "GAZETTEER_LEARNED": str(tmp_path / "l.csv"), "OCHA_DIR": "", "TILES_URL": ""}.items():
        monkeypatch.setenv(name, value)
    at = AppTest.from_file(str(APP / "screens" / "4_Admin.py"), default_timeout=60)
    at.session_state["v_lang"] = lang
    at.run()
    assert not at.exception and not at.dataframe  # no empty grid
    assert [i.value for i in at.info][:1] == [rtl(lang, word(lang, "a_no_user"))]
    for key in ("admin_role_name", "admin_password_name", "admin_remove_name"):
        assert at.selectbox(key=key).options == [] and at.selectbox(key=key).placeholder == word(lang, "a_none")
