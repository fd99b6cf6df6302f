"""The incident layer in Debian's headless Chromium: cells with exact badges, the switch to points, safe popups."""
from __future__ import annotations

from pathlib import Path

import folium
import numpy as np
import pytest

from bench.map_scale import serve, synthetic_frame
from dashboard.lod import IncidentIndex, incident_layer
from dashboard.offline import localize
from incidents.filters import Filters
from test_lod import EVIL, frame_of

pytestmark = pytest.mark.browser
STATIC = Path(__file__).resolve().parents[1] / "dashboard" / "static"
LAYER = "Object.values(MAP._layers).find(l => l instanceof L.LodLayer)"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """A 127.0.0.1 web server for the test pages, with the app's static files at /app/static."""
    if not (STATIC / "vendor" / "leaflet" / "leaflet.js").exists():
        pytest.fail("Leaflet assets missing: run `python -m dashboard.assets` (make setup does)")
    root = tmp_path_factory.mktemp("site")
    server, url = serve(root)
    yield root, url
    server.shutdown()


def open_map(site, browser, view, centre, zoom, lang="en"):
    """The view as a folium map page; returns the page (drawn) and the requests it made to other hosts."""
    root, url = site
    m = folium.Map(location=centre, zoom_start=zoom, tiles=None)
    incident_layer(view, lang=lang).add_to(m)
    name = f"{m.get_name()}.html"
    (root / name).write_text(localize(m).get_root().render(), encoding="utf-8")
    page = browser.new_page(viewport={"width": 1000, "height": 700})
    foreign: list[str] = []
    page.route("**/*", lambda route: route.continue_() if route.request.url.startswith(url)
               else (foreign.append(route.request.url), route.abort()))  # fmt: skip
    page.on("dialog", lambda dialog: (foreign.append("dialog"), dialog.dismiss()))
    page.goto(f"{url}/{name}")
    page.wait_for_function("window.__lodDrawn", timeout=20_000)
    page.evaluate(f"window.MAP = {m.get_name()}")
    return page, foreign


def screen_point(page, lat: float, lon: float) -> tuple[float, float]:
    box = page.locator(".folium-map").bounding_box()
    p = page.evaluate(f"MAP.latLngToContainerPoint([{lat}, {lon}])")
    return box["x"] + p["x"], box["y"] + p["y"]


def test_cells_draw_with_the_exact_sum_of_killed(site, browser) -> None:
    index = IncidentIndex.from_frame(synthetic_frame(20_000, seed=11))
    view = index.view(index.mask(Filters()), zoom=7)
    level = next(lv for lv in view.levels if lv.min_zoom <= 7 <= lv.max_zoom)
    page, foreign = open_map(site, browser, view, (35.0, 38.5), 7)
    shown = page.evaluate(f"(() => {{ const s = {LAYER}.shown(); return [s.kind, s.lat.length]; }})()")
    assert shown == ["cells", len(level)]
    painted = page.evaluate(
        """(() => { const c = document.querySelector('.leaflet-overlay-pane canvas');
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        let n = 0; for (let i = 3; i < d.length; i += 4) if (d[i]) n++; return n; })()"""
    )
    assert painted > 10_000
    top = int(level.killed.argmax())
    page.mouse.move(*screen_point(page, level.lat[top], level.lon[top]))
    tip = page.locator(".leaflet-tooltip").inner_text()
    assert f"{level.count[top]} incidents" in tip and f"{level.killed[top]} killed" in tip
    assert f"{level.wounded[top]} wounded" in tip
    assert foreign == []
    page.close()


def test_zooming_out_switches_from_points_to_cells(site, browser) -> None:
    frame = synthetic_frame(20_000, seed=11)
    index = IncidentIndex.from_frame(frame)
    lat, lon = frame["latitude"].iloc[-1], frame["longitude"].iloc[-1]
    bounds = (lon - 0.02, lat - 0.015, lon + 0.02, lat + 0.015)
    view = index.view(index.mask(Filters()), bounds=bounds, zoom=14)
    assert view.points is not None and view.points.min_zoom == 14
    page, _ = open_map(site, browser, view, (lat, lon), 14)
    kind = f"{LAYER}.shown().kind"
    assert page.evaluate(kind) == "points"
    page.evaluate("new Promise(done => { MAP.once('zoomend', done); MAP.setZoom(13, {animate: false}); })")
    assert page.evaluate(kind) == "cells"
    page.close()


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_popup_shows_report_text_as_text_and_runs_nothing(site, browser, lang: str) -> None:
    frame = frame_of([
        dict(id=7, event_date="2016-01-05", event_type="Battles", actor1=EVIL, location_en=EVIL, location_ar="حلب",
             source=EVIL, source_url="javascript:window.__xss=3", excerpt=EVIL, latitude=36.2, longitude=37.15,
             killed=4, wounded=2),
    ])  # fmt: skip
    index = IncidentIndex.from_frame(frame)
    page, foreign = open_map(site, browser, index.view(index.mask(Filters())), (36.2, 37.15), 10, lang=lang)
    page.mouse.click(*screen_point(page, 36.2, 37.15))
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    text = popup.inner_text()
    assert EVIL in text and "حلب" in text and "2016-01-05" in text
    assert popup.locator("img, script").count() == 0
    assert popup.locator("a").count() == 0  # a javascript: link is no link
    page.locator(".leaflet-popup-content a, .leaflet-popup-content b").first.click()
    assert page.evaluate("window.__xss") is None
    assert page.evaluate("document.querySelector('.lod-popup').dir") == ("rtl" if lang == "ar" else "ltr")
    assert foreign == []
    page.close()


def test_unknown_casualties_and_area_centres_are_said_so(site, browser) -> None:
    """GED gives no wounded: the popup says 'unknown', a cell 'wounded unknown' or 'given for n of m', never '0
    wounded'; an incident known only to a governorate says it is drawn at the governorate's centre."""
    from test_lod import placed_frame

    index = IncidentIndex.from_frame(placed_frame())
    page, foreign = open_map(site, browser, index.view(index.mask(Filters())), (36.25, 37.62), 10)
    page.mouse.click(*screen_point(page, 36.25, 37.62))
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    text = popup.inner_text()
    assert "Wounded: unknown" in text and "Killed: 5" in text
    assert "governorate only: drawn at its centre" in text
    page.close()
    cells = index.view(index.mask(Filters()), zoom=7, max_points=0)
    page, more = open_map(site, browser, cells, (35.0, 38.5), 7)
    tips = page.evaluate(f"(() => {{ const l = {LAYER}, s = l.shown(); "
                         "return Array.from(s.lat, (_, i) => l._tooltip(s, i).textContent); })()")
    assert any("wounded unknown" in t for t in tips) and not any("0 wounded" in t for t in tips)
    assert all("wounded unknown" in t or "1 wounded" in t for t in tips)
    assert foreign == more == []
    page.close()


def test_cell_badges_step_aside_from_place_names(site, browser) -> None:
    """A capital's name sits where its cell's badge is drawn (zoom 7-10 show cells): the badge moves off the name,
    within its cell, so both read; no badge stays under a name here."""
    import pandas as pd

    from dashboard.map import base_map

    frame = synthetic_frame(20_000, seed=11)
    index = IncidentIndex.from_frame(frame)
    view = index.view(index.mask(Filters()), zoom=9, max_points=0)
    level = next(lv for lv in view.levels if lv.min_zoom <= 9 <= lv.max_zoom)
    first = int(np.argmax(level.killed))
    near = np.flatnonzero((abs(level.lat - level.lat[first]) < 0.5) & (abs(level.lon - level.lon[first]) < 0.8))
    big = near[np.argsort(-level.killed[near])][:3]  # names right on the centres of the three deadliest cells here
    places = pd.DataFrame({"lat": level.lat[big], "lon": level.lon[big], "name_en": ["Aleppo", "Idleb", "Hama"],
                           "name_ar": ["حلب", "إدلب", "حماة"], "level": 1})
    root, url = site
    m = base_map((float(level.lat[big[0]]), float(level.lon[big[0]])), 9, "en", places=places, draw=False,
                 legend=False)  # the app's place names, with their style
    incident_layer(view).add_to(m)
    (root / "labels.html").write_text(localize(m).get_root().render(), encoding="utf-8")
    page = browser.new_page(viewport={"width": 1000, "height": 700})
    page.goto(f"{url}/labels.html")
    page.wait_for_function("window.__lodDrawn", timeout=20_000)
    page.evaluate(f"window.MAP = {m.get_name()}")
    found = page.evaluate(f"""(() => {{
        const layer = {LAYER}, box = MAP.getContainer().getBoundingClientRect();
        const names = Array.from(document.querySelectorAll('.place-label'), n => n.getBoundingClientRect());
        const badges = layer._badges.map(b => {{
            const c = MAP.layerPointToContainerPoint([b.x, b.y]);
            return [box.left + c.x, box.top + c.y, b.rad, b.text];
        }});
        return {{names: names.map(r => [r.left, r.top, r.right, r.bottom]), badges,
                 covering: document.querySelectorAll('.lod-covering').length}};
    }})()""")
    assert len(found["names"]) == 3 and found["covering"] == 0
    shown = {int(text) for *_, text in found["badges"]}
    assert {int(level.killed[i]) for i in big} <= shown  # the three badges are drawn ...
    for left, top, right, bottom in found["names"]:  # ... and none under a name
        for x, y, rad, _ in found["badges"]:
            assert x + rad <= left + 1 or x - rad >= right - 1 or y + rad <= top + 1 or y - rad >= bottom - 1
    page.close()
