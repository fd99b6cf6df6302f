"""The real app (streamlit run) on a free port with a temporary store, and Debian's headless Chromium driving it."""
from __future__ import annotations

import datetime as dt
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlparse

import pytest

from dashboard.headless import running_app
from incidents.record import Incident
from incidents.store import Store

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
                 source_url='https://example.org/"><script>window.__pwned="url"</script>',
                 excerpt=f"Gunmen attacked {HOSTILE} the market.", source_id="6", review_status="published", dataset="test")
    )
    return out


@contextmanager
def app_on_test_store(folder: Path):
    """The app on a new store in `folder` holding `incidents()`; yields its base URL."""
    url = f"sqlite:///{folder / 'incidents.sqlite'}"
    Store(url).add(incidents())
    env = {"INCIDENTS_DB": url, "GAZETTEER_LEARNED": str(folder / "learned.csv"), "TILES_URL": "", "OCHA_DIR": ""}
    with running_app(env, folder / "streamlit.log") as base:
        yield base


@pytest.fixture(scope="session")
def app_url(tmp_path_factory, chromium_path) -> str:
    """The app for tests that only read: started once per session."""
    with app_on_test_store(tmp_path_factory.mktemp("app")) as base:
        yield base


@pytest.fixture
def writable_app_url(tmp_path, chromium_path) -> str:
    """The app for a test that changes the store: its own server and store."""
    with app_on_test_store(tmp_path) as base:
        yield base


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
