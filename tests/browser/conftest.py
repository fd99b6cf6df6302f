"""The real app (streamlit run) on a free port with a temporary store, and Debian's headless Chromium driving it."""
from __future__ import annotations

import datetime as dt
import os
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlparse

import pytest

from incidents.record import Incident
from incidents.store import Store

REPO = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
HOSTILE = '<script>window.__pwned = "script"</script><img src="x" onerror="window.__pwned = \'img\'">'


def incidents() -> list[Incident]:
    """Six incidents: two battles, three strikes, one whose every text field carries markup that must not run."""
    common = dict(review_status="published", dataset="test", source="test wire", source_url="https://example.org/r")
    rows = [
        ("2017-01-05", "Battles", "Armed clash", "Douma", "دوما", "Rural Damascus", 33.5723, 36.4018, 4, 2),
        ("2017-01-20", "Battles", "Armed clash", "Idlib", "إدلب", "Idleb", 35.9306, 36.6339, 1, 0),
        ("2017-02-02", "Explosions/Remote violence", "Air/drone strike", "Aleppo", "حلب", "Aleppo", 36.2012, 37.1612,
         10, 20),
        ("2017-02-14", "Explosions/Remote violence", "Air/drone strike", "Raqqa", "الرقة", "Ar-Raqqa", 35.9528, 39.0079,
         7, 3),
        ("2017-03-01", "Explosions/Remote violence", "Shelling/artillery/missile attack", "Deir ez-Zor", "دير الزور",
         "Deir-ez-Zor", 35.3359, 40.1408, 2, 5),
    ]
    out = [
        Incident(event_date=dt.date.fromisoformat(d), event_type=t, sub_event_type=s, location_en=en, location_ar=ar,
                 admin1=gov, latitude=lat, longitude=lon, killed=k, wounded=w, source_id=str(n), actor1="Army",
                 excerpt=f"Report about {en}.", **common)
        for n, (d, t, s, en, ar, gov, lat, lon, k, w) in enumerate(rows, start=1)
    ]
    out.append(
        Incident(event_date=dt.date(2017, 3, 10), event_type="Violence against civilians", sub_event_type="Attack",
                 location_en=f"Hama {HOSTILE}", location_ar=f"حماة {HOSTILE}", admin1="Hama", latitude=35.1318,
                 longitude=36.7578, killed=3, wounded=1, actor1=f"Gunmen {HOSTILE}", source=f"wire {HOSTILE}",
                 source_url='https://example.org/"><script>window.__pwned="url"</script>', excerpt=f"Gunmen attacked {HOSTILE} the market.",
                 source_id="6", review_status="published", dataset="test")
    )
    return out


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def chromium_path() -> str:
    if not Path(CHROMIUM).exists():
        if os.environ.get("REQUIRE_BROWSER"):
            pytest.fail(f"{CHROMIUM} is missing (REQUIRE_BROWSER=1): install Debian's chromium (scripts/system-deps.sh)")
        pytest.skip(f"{CHROMIUM} is missing")
    return CHROMIUM


@contextmanager
def running_app(folder: Path):
    """`streamlit run dashboard/app.py` on a new store in `folder` holding `incidents()`; yields its base URL."""
    url = f"sqlite:///{folder / 'incidents.sqlite'}"
    Store(url).add(incidents())
    port = _free_port()
    env = {**os.environ, "INCIDENTS_DB": url, "GAZETTEER_LEARNED": str(folder / "learned.csv"), "TILES_URL": ""}
    env.pop("OCHA_DIR", None)
    log = open(folder / "streamlit.log", "w")
    server = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "dashboard/app.py", "--server.port", str(port),
         "--server.address", "127.0.0.1", "--server.headless", "true", "--browser.serverAddress", "localhost",
         "--browser.gatherUsageStats", "false"],
        cwd=REPO, env=env, stdout=log, stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.time() + 60
    while True:
        try:
            with urllib.request.urlopen(f"{base}/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    break
        except OSError:
            pass
        if server.poll() is not None or time.time() > deadline:
            server.kill()
            pytest.fail(f"streamlit did not start:\n{(folder / 'streamlit.log').read_text()}")
        time.sleep(0.3)
    try:
        yield base
    finally:
        server.terminate()
        server.wait(timeout=20)
        log.close()


@pytest.fixture(scope="session")
def app_url(tmp_path_factory, chromium_path) -> str:
    """The app for tests that only read: started once per session."""
    with running_app(tmp_path_factory.mktemp("app")) as base:
        yield base


@pytest.fixture
def writable_app_url(tmp_path, chromium_path) -> str:
    """The app for a test that changes the store: its own server and store."""
    with running_app(tmp_path) as base:
        yield base


@pytest.fixture(scope="session")
def browser(chromium_path):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=chromium_path, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


class Requests:
    """Every request the page (and its frames) made, and every dialog it tried to open."""

    def __init__(self):
        self.urls: list[str] = []
        self.dialogs: list[str] = []

    def hosts(self) -> set[str]:
        return {urlparse(u).netloc for u in self.urls if urlparse(u).scheme in ("http", "https", "ws", "wss")}


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 1100})
    page = context.new_page()
    page.requests = Requests()
    page.on("request", lambda request: page.requests.urls.append(request.url))
    page.on("websocket", lambda socket: page.requests.urls.append(socket.url))
    page.on("dialog", lambda dialog: (page.requests.dialogs.append(dialog.message), dialog.dismiss()))
    yield page
    context.close()
