"""Sign-in, roles and plain-text messages in the real app driven by headless Chromium."""
from __future__ import annotations

import datetime as dt
import re
import socket
from contextlib import contextmanager
from pathlib import Path

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout
import sqlalchemy as sa
from argon2 import PasswordHasher

from conftest import incidents
from dashboard.accounts import ROLES, Accounts
from dashboard.headless import running_app
from incidents.record import Incident
from incidents.store import Store

pytestmark = pytest.mark.browser

TIMEOUT = 60_000
EVIL_HEADER = "![h](http://evil.example/h.png)"
DRAFT = Incident(event_date=dt.date(2017, 4, 1), event_type="Battles", sub_event_type="Armed clash",
                 location_en="Homs", admin1="Homs", latitude=34.73, longitude=36.71, killed=2, wounded=0,
                 source="test wire", source_id="draft-1", review_status="draft", dataset="test")


def password(role: str) -> str:
    return f"{role} password 1"


@contextmanager
def app(folder: Path, sign_in: bool, address: str = "127.0.0.1", **settings: str):
    """The app on a new store holding incidents() and one draft, a user per role; yields (base URL, store URL)."""
    url = f"sqlite:///{folder / 'incidents.sqlite'}"
    Store(url).add([*incidents(), DRAFT])
    book = Accounts(url, PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1))
    for role in ROLES:
        book.add(role, role, password(role))
    env = {"INCIDENTS_DB": url, "GAZETTEER_LEARNED": str(folder / "learned.csv"), "TILES_URL": "", "OCHA_DIR": "",
           "DASHBOARD_SIGN_IN": "1" if sign_in else "", **settings}
    with running_app(env, folder / "streamlit.log", address=address) as base:
        yield base, url


@pytest.fixture(scope="module")
def signed_app(tmp_path_factory, chromium_path):
    with app(tmp_path_factory.mktemp("signed"), sign_in=True) as running:
        yield running


@pytest.mark.parametrize("path", ["Map", "Briefing"])
def test_a_new_server_asks_for_sign_in_at_any_page_link(page, tmp_path, path):
    with app(tmp_path, sign_in=True) as (base, _):  # a server that has run no script yet
        page.goto(f"{base}/{path}")
        page.get_by_role("button", name="Sign in").wait_for(timeout=TIMEOUT)
        page.wait_for_timeout(1500)
        assert page.get_by_text("incidents shown").count() == 0
        assert page.get_by_role("link", name="app").count() == 0  # no page list made from a folder of scripts


def sign_in(page, base: str, name: str, secret: str | None = None) -> None:
    page.goto(base)
    page.get_by_role("textbox", name="User name").fill(name)
    page.get_by_role("textbox", name="Password").fill(secret or password(name))
    page.get_by_role("button", name="Sign in").click()


def go(page, title: str) -> None:
    """Open a page from the sidebar's page list (the same session: a new URL would need a new sign-in)."""
    page.locator('[data-testid="stSidebarNav"]').get_by_role("link", name=title).click()


def idle(page) -> None:
    """Wait until the page's run is over (Streamlit's 'Running…' gone for a second): a click made during a run can
    be lost to the rerun that follows it."""
    running = page.locator('[data-testid="stStatusWidget"]')
    for _ in range(2):
        page.wait_for_timeout(1000)
        running.wait_for(state="hidden", timeout=TIMEOUT)


def shown(page, text: str) -> None:
    page.get_by_text(re.compile(re.escape(text))).first.wait_for(timeout=TIMEOUT)


def test_nothing_is_shown_before_sign_in_and_a_wrong_password_is_refused(page, signed_app):
    base, _ = signed_app
    sign_in(page, base, "viewer", "not the password")
    shown(page, "Wrong user name or password.")
    assert page.get_by_text("incidents shown").count() == 0
    page.get_by_role("textbox", name="Password").fill(password("viewer"))
    page.get_by_role("button", name="Sign in").click()
    shown(page, "7 of 7 incidents shown")
    shown(page, "Signed in as viewer (viewer)")


def test_a_viewer_cannot_import_publish_or_add_places(page, signed_app):
    base, _ = signed_app
    sign_in(page, base, "viewer")
    shown(page, "incidents shown")
    nav = page.locator('[data-testid="stSidebarNav"]')
    assert nav.get_by_role("link", name="Ingest").count() == 0  # hidden, and refused when asked for directly
    go(page, "Gazetteer")
    shown(page, "Only an admin can add places (your role: viewer).")
    assert page.get_by_role("button", name="Add place").count() == 0
    session_cookie(page, present=True)
    page.goto(f"{base}/Ingest")  # asked for by its address (a new session, signed in by its cookie): refused
    shown(page, "The Ingest page is for the analyst role or above; yours is viewer.")
    page.wait_for_timeout(1500)
    assert page.get_by_text("Ingest and review").count() == 0
    assert page.get_by_role("button", name="Import", exact=True).count() == 0
    assert page.get_by_role("tab", name="Review").count() == 0


def session_cookie(page, present: bool) -> dict | None:
    """The session cookie once it is there (present) or gone (not present): the page sets and clears it itself."""
    for _ in range(60):
        cookie = next((c for c in page.context.cookies() if c["name"] == "incident_map_session"), None)
        if (cookie is not None) == present:
            return cookie
        page.wait_for_timeout(500)
    raise AssertionError(f"the session cookie is {'still missing' if present else 'still there'}")


def test_a_reload_keeps_the_user_signed_in_until_sign_out_or_a_new_password(page, signed_app):
    base, url = signed_app
    sign_in(page, base, "analyst")
    shown(page, "Signed in as analyst (analyst)")
    cookie = session_cookie(page, present=True)  # the page puts the session token in its cookie
    assert cookie["sameSite"] == "Strict" and cookie["expires"] > 0
    page.reload()
    shown(page, "Signed in as analyst (analyst)")
    shown(page, "incidents shown")
    idle(page)  # the map page's run over, so the click is not lost to it (seen once in a fresh CI)
    page.locator('[data-testid="stSidebar"]').get_by_role("button", name="Sign out").click()
    page.get_by_role("button", name="Sign in").wait_for(timeout=TIMEOUT)
    assert session_cookie(page, present=False) is None
    page.reload()  # signed out stays signed out
    page.get_by_role("button", name="Sign in").wait_for(timeout=TIMEOUT)
    assert page.get_by_text("incidents shown").count() == 0
    page.context.add_cookies([cookie])  # a browser that kept the signed-out token (a tab closed at once)
    page.reload()
    page.get_by_role("button", name="Sign in").wait_for(timeout=TIMEOUT)
    page.wait_for_timeout(1500)
    assert page.get_by_text("incidents shown").count() == 0

    sign_in(page, base, "analyst")
    shown(page, "Signed in as analyst (analyst)")
    session_cookie(page, present=True)
    Accounts(url).set_password("analyst", "a new password for the analyst")
    page.reload()  # the old token no longer holds
    page.get_by_role("button", name="Sign in").wait_for(timeout=TIMEOUT)
    assert page.get_by_text("incidents shown").count() == 0
    Accounts(url).set_password("analyst", password("analyst"))


def test_a_forged_cookie_signs_nobody_in(page, signed_app):
    base, _ = signed_app
    host = base.split("//")[1].split(":")[0]
    page.context.add_cookies([{"name": "incident_map_session", "value": '["admin", "0"].forged.signature',
                               "domain": host, "path": "/"}])
    page.goto(base)
    page.get_by_role("button", name="Sign in").wait_for(timeout=TIMEOUT)
    assert page.get_by_text("incidents shown").count() == 0


def test_many_failed_sign_ins_pause_the_name_with_a_message(page, signed_app):
    base, url = signed_app
    Accounts(url).add("mallory", "viewer", "mallory's password")
    page.goto(base)
    for attempt in range(5):
        page.get_by_role("textbox", name="User name").fill("mallory")
        page.get_by_role("textbox", name="Password").fill(f"guess number {attempt}")
        page.get_by_role("button", name="Sign in").click()
        page.get_by_text("Wrong user name or password.").wait_for(timeout=TIMEOUT)
        idle(page)  # the run of this press over before the next one
    page.get_by_role("textbox", name="Password").fill("mallory's password")  # the right one is refused now too
    page.get_by_role("button", name="Sign in").click()
    shown(page, "Too many failed sign-ins for this user name: signing in is paused for it.")
    assert page.get_by_text("incidents shown").count() == 0


def test_the_admin_page_manages_users_and_a_viewer_cannot_reach_it(page, signed_app):
    base, url = signed_app
    sign_in(page, base, "admin")
    shown(page, "incidents shown")
    go(page, "Admin")
    shown(page, "Add a user")
    page.get_by_role("textbox", name="User name", exact=True).fill("nadia")
    page.get_by_role("textbox", name="Password (at least 10 characters)").fill("nadia's password")
    page.get_by_role("textbox", name="Password again", exact=True).fill("nadia's password")
    page.get_by_role("button", name="Add user").click()
    shown(page, "Done: add a user.")
    assert Accounts(url).get("nadia").role == "viewer"
    page.locator('[data-testid="stSidebar"]').get_by_role("button", name="Sign out").click()
    session_cookie(page, present=False)
    sign_in(page, base, "nadia", "nadia's password")
    shown(page, "Signed in as nadia (viewer)")
    assert page.locator('[data-testid="stSidebarNav"]').get_by_role("link", name="Admin").count() == 0
    session_cookie(page, present=True)
    page.goto(f"{base}/Admin")  # asked for by its address (a new session, signed in by its cookie): refused, plainly
    shown(page, "The Admin page is for the admin role or above; yours is viewer.")
    page.wait_for_timeout(1500)
    assert page.get_by_text("Page not found").count() == 0
    assert page.get_by_text("Add a user").count() == 0
    assert page.get_by_role("button", name="Add user").count() == 0


def test_an_analyst_ingests_but_does_not_publish(page, signed_app):
    base, _ = signed_app
    sign_in(page, base, "analyst")
    shown(page, "incidents shown")
    go(page, "Ingest")
    shown(page, "Ingest and review")
    page.get_by_role("tab", name=re.compile("Files")).wait_for(timeout=TIMEOUT)
    assert page.get_by_role("tab", name="Review").count() == 0


def test_an_editors_publish_records_the_editors_name(page, signed_app):
    base, url = signed_app
    sign_in(page, base, "editor")
    shown(page, "incidents shown")
    go(page, "Ingest")
    review = page.get_by_role("tab", name="Review")
    grid = page.locator('[data-testid="stDataFrame"]').last
    for _ in range(4):  # on a loaded machine the edit may not reach the server before the press: "Nothing changed."
        if review.get_attribute("aria-selected") != "true":  # a click on the tab lost under a rerun's redraw
            review.click()
        grid.wait_for(timeout=TIMEOUT)
        page.wait_for_timeout(1000)
        box = grid.bounding_box()  # the grid is a canvas: the status cell of the first row, right of the narrow id
        x, y = box["x"] + 90, box["y"] + 35 + 17
        page.mouse.move(x, y)
        page.mouse.dblclick(x, y)
        try:  # the grid may not have taken the double-click yet (still drawing): try again
            page.get_by_role("option", name="published", exact=True).click(timeout=15_000)
        except PlaywrightTimeout:
            page.keyboard.press("Escape")
            continue
        page.wait_for_timeout(2000)
        page.get_by_role("button", name="Save review").click()
        saved = page.get_by_text(re.compile(r"Saved 1 change\(s\)\.|Nothing changed\.")).first
        saved.wait_for(timeout=TIMEOUT)
        if saved.inner_text().startswith("Saved"):
            break
    with sa.create_engine(url).connect() as conn:
        row = conn.execute(sa.text("SELECT review_status, changed_by FROM incidents WHERE source_id = 'draft-1'")).one()
    assert tuple(row) == ("published", "editor")


def test_a_header_in_markdown_is_shown_as_text_fetches_nothing_and_stays(page, signed_app, tmp_path):
    base, _ = signed_app
    bad = tmp_path / "evil.csv"
    bad.write_text(f"{EVIL_HEADER},other\n1,2\n", encoding="utf-8")
    sign_in(page, base, "analyst")
    shown(page, "incidents shown")
    go(page, "Ingest")
    page.get_by_role("tab", name=re.compile("Files")).click()
    page.get_by_label("Dataset file").get_by_test_id("stFileUploaderDropzoneInput").set_input_files(str(bad))
    page.get_by_role("button", name="Import", exact=True).click()
    shown(page, "Importing a file failed:")
    page.wait_for_timeout(3000)  # reruns after the job must not wipe it
    shown(page, EVIL_HEADER)
    assert page.locator('img[src*="evil.example"]').count() == 0
    for frame in page.frames:
        assert frame.locator('img[src*="evil.example"]').count() == 0
    assert not [u for u in page.requests.urls if "evil.example" in u]
    page.get_by_role("button", name="Dismiss").first.click()
    page.get_by_text("Importing a file failed:").wait_for(state="detached", timeout=TIMEOUT)


def this_machine_address() -> str | None:
    """This machine's address on its network (a UDP socket's route: no packet is sent)."""
    for target in ("192.0.2.1", "10.255.255.255", "172.16.0.1"):
        try:
            with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
                s.connect((target, 9))
                address = s.getsockname()[0]
        except OSError:
            continue
        if not address.startswith("127."):
            return address
    return None


@pytest.mark.parametrize("sign_in_on", [False, True], ids=["sign-in off", "sign-in on"])
def test_an_anonymous_request_from_another_machine_is_refused(page, tmp_path, chromium_path, sign_in_on):
    address = this_machine_address()
    if address is None:
        pytest.skip("this machine has no address besides loopback")
    with app(tmp_path, sign_in=sign_in_on, address="0.0.0.0") as (base, _):
        port = base.rsplit(":", 1)[1]
        page.goto(f"http://{address}:{port}/")
        if sign_in_on:
            page.get_by_role("button", name="Sign in").wait_for(timeout=TIMEOUT)
        else:
            shown(page, "This dashboard only answers its own machine.")
        page.wait_for_timeout(1500)
        assert page.get_by_text("incidents shown").count() == 0
        assert page.locator("iframe").count() == 0  # no map
        page.goto(base)  # the same server from this machine itself
        if sign_in_on:
            sign_in(page, base, "viewer")
        shown(page, "7 of 7 incidents shown")


def test_a_file_over_the_upload_limit_is_refused_with_a_message(page, tmp_path, chromium_path):
    big = tmp_path / "big.csv"
    big.write_text("event_date,event_type\n" + "2017-01-01,Battles\n" * 200, encoding="utf-8")
    with app(tmp_path, sign_in=False, DASHBOARD_UPLOAD_MAX_MB="0.001") as (base, url):
        page.goto(f"{base}/Ingest")  # this machine, sign-in off: its admin
        page.get_by_role("tab", name=re.compile("Files")).click()
        page.get_by_label("Dataset file").get_by_test_id("stFileUploaderDropzoneInput").set_input_files(str(big))
        page.get_by_role("button", name="Import", exact=True).click()
        shown(page, "Not imported: a file may have at most 0.001 MB (DASHBOARD_UPLOAD_MAX_MB).")
        shown(page, f"big.csv: {big.stat().st_size:,} bytes")
        assert Store(url).count() == 7
