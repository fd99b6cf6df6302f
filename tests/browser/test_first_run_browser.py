"""A fresh clone's first map, in headless Chromium: no setting, a new store, and the map shows the real GED events,
governorate and district lines and place names (more as one zooms in, Arabic on the switch), all from localhost."""
from __future__ import annotations

import subprocess

import pandas as pd
import pytest

from test_map_browser import map_frame
from dashboard.headless import REPO, fresh_clone_env, running_app
from incidents.sample import DEFAULT_DIR, data_files

pytestmark = pytest.mark.browser
FIRST_RUN = 180_000  # ms: the first page imports the embedded events (seconds, more on a loaded machine)

# Points of each line layer (the admin boundaries are drawn as line networks, each shared edge once).
JS_LINE_POINTS = """() => { const points = [];
  window.map.eachLayer(l => { if (!(l instanceof L.GeoJSON)) return;
    const lines = l.toGeoJSON().features.filter(f => f.geometry.type.endsWith("LineString"));
    if (lines.length) points.push(lines.reduce((n, f) => n + JSON.stringify(f.geometry.coordinates).split("],[").length, 0));
  }); return points; }"""
JS_LABELS = "() => Array.from(document.querySelectorAll('.place-label'), e => e.textContent)"


@pytest.fixture(scope="module")
def first_run_url(tmp_path_factory, chromium_path) -> str:
    folder = tmp_path_factory.mktemp("first-run")
    with running_app(fresh_clone_env(folder), folder / "streamlit.log", timeout=120) as base:
        yield base


def labels_at(page, zoom: int) -> list[str]:
    """The place names on the map at `zoom`, once the count has settled (a rerun may redraw the map)."""
    names: list[str] = []
    for _ in range(20):
        frame = map_frame(page)
        frame.evaluate(f"() => {{ window.map.setZoom({zoom}, {{animate: false}}); }}")
        page.wait_for_timeout(500)
        again = frame.evaluate(JS_LABELS)
        if again and again == names:
            break
        names = again
    return names


def test_the_shipped_data_is_committed():
    tracked = subprocess.run(["git", "ls-files", "data/default", "data/boundaries"], cwd=REPO, capture_output=True,
                             text=True, check=True).stdout.split()
    assert {"data/default/ged_syria_2016_2017.csv.xz", "data/boundaries/syr_admin1.geojson",
            "data/boundaries/syr_admin2.geojson", "data/boundaries/syr_admincapitals.geojson"} <= set(tracked)


def test_first_map_shows_ged_events_lines_and_town_names_offline(page, first_run_url):
    events = sum(len(pd.read_csv(path, usecols=["id"])) for path in data_files(DEFAULT_DIR))
    page.goto(first_run_url)
    page.get_by_text(f"{events:,} of {events:,} incidents shown").first.wait_for(timeout=FIRST_RUN)
    frame = map_frame(page)
    overlays = frame.locator(".leaflet-control-layers-overlays").inner_text()
    assert "Governorate boundaries" in overlays and "District boundaries" in overlays
    points = sorted(frame.evaluate(JS_LINE_POINTS))
    assert len(points) == 2 and 1000 < points[0] < points[1], f"admin lines missing: line layers of {points} points"
    attribution = frame.locator(".leaflet-control-attribution").inner_text()
    assert "UCDP Georeferenced Event Dataset (Sundberg and Melander 2013)" in attribution
    assert "OCHA / UN Country Team Syria" in attribution
    country = labels_at(page, 7)
    assert {"Aleppo", "Damascus", "Homs", "Deir-ez-Zor"} <= set(country)
    closer = labels_at(page, 9)
    assert set(country) < set(closer) and len(closer) > len(country) + 20  # district capitals join
    assert page.requests.hosts() <= {first_run_url.split("//")[1]}, page.requests.hosts()


def test_town_names_follow_the_language_switch(page, first_run_url):
    page.goto(f"{first_run_url}/?lang=ar&lat=35.0&lon=38.5&z=7")
    page.get_by_text("حادثة معروضة").first.wait_for(timeout=FIRST_RUN)  # the page's words follow the switch
    names = labels_at(page, 7)
    assert {"حلب", "دمشق", "حمص"} <= set(names) and "Aleppo" not in names
    assert map_frame(page).evaluate("() => document.querySelector('.place-label').dir") == "rtl"
