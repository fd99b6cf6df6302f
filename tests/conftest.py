"""Shared fixtures: the reference data folder and the PostGIS server, both given by the environment."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def _shared_dir() -> Path:
    return Path(os.environ.get("SHARED_DIR") or REPO.parent / "shared")


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """../shared (or SHARED_DIR): the OCHA boundaries, UCDP GED events and the seed report."""
    path = _shared_dir()
    if not path.is_dir():
        pytest.skip(f"reference data not found at {path}; set SHARED_DIR")
    return path


@pytest.fixture(scope="session")
def ocha_dir(shared_dir: Path) -> Path:
    return shared_dir / "data" / "ocha-cod-ab"


@pytest.fixture(scope="session")
def ged_csv(shared_dir: Path) -> Path:
    return shared_dir / "data" / "ucdp-ged-syria" / "ged_syria_2016_2017.csv"


@pytest.fixture(scope="session")
def seed_report(shared_dir: Path) -> Path:
    return shared_dir / "seeds" / "000_8d37a065ea1a2998.txt"


@pytest.fixture(scope="module")
def gaz():
    """The built-in layers only: no learned places, no GAZETTEER file, so results do not depend on the machine."""
    from gazetteer import Gazetteer
    from gazetteer.builtin import builtin_entries
    return Gazetteer(builtin_entries())


@pytest.fixture(scope="session")
def postgis_url() -> str:
    """The team store under test; CI (REQUIRE_POSTGIS=1) fails rather than skips without it."""
    url = os.environ.get("TEST_POSTGIS_URL")
    if not url:
        if os.environ.get("REQUIRE_POSTGIS"):
            pytest.fail("TEST_POSTGIS_URL is not set: run the tests through `make test`")
        pytest.skip("no PostGIS server: run through `make test` (scripts/with-postgis.sh)")
    return url


@pytest.fixture(scope="session")
def chromium_path() -> str:
    """Debian's Chromium; CI (REQUIRE_BROWSER=1) fails rather than skips without it."""
    from dashboard.headless import CHROMIUM

    if not Path(CHROMIUM).exists():
        if os.environ.get("REQUIRE_BROWSER"):
            pytest.fail(f"{CHROMIUM} is missing (REQUIRE_BROWSER=1): install Debian's chromium (scripts/system-deps.sh)")
        pytest.skip(f"{CHROMIUM} is missing")
    return CHROMIUM


@pytest.fixture(scope="session")
def browser(chromium_path):
    """One headless Chromium for the whole session (Playwright allows one sync driver at a time)."""
    from playwright.sync_api import sync_playwright

    from dashboard.headless import launch

    with sync_playwright() as playwright:
        chromium = launch(playwright)
        yield chromium
        chromium.close()


@pytest.fixture(autouse=True)
def _frame_cache_in_tmp(tmp_path, monkeypatch):
    """The dashboard's frame cache goes to each test's own folder, not the repository's var/."""
    monkeypatch.setenv("DASHBOARD_FRAME_CACHE", str(tmp_path / "frame-cache"))
