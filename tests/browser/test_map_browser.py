"""The dashboard in headless Chromium: incidents drawn, filters, links, ingest to map, hostile text, offline."""
from __future__ import annotations

import datetime as dt
import re
import time
from urllib.parse import urlparse

import pytest
from playwright.sync_api import Error as PlaywrightError

from conftest import incidents

from dashboard.headless import running_app
from incidents.record import Incident
from incidents.store import Store

pytestmark = pytest.mark.browser

TIMEOUT = 60_000
IDS = {str(i) for i in range(1, 7)}  # the store holds incidents() with ids 1-6
JS_LOD = "() => { let lod = null; window.map.eachLayer(l => { if (l instanceof L.LodLayer) lod = l; }); return lod; }"
# The incidents the level-of-detail layer draws as individual points now (none while it shows cells).
JS_DRAWN_IDS = """() => {
  const lod = (%s)(), set = lod && lod.shown();
  return set && set.kind === 'points' ? Array.from(set.raw.id, String) : [];
}""" % JS_LOD


def map_frame(page):
    """The streamlit-folium iframe, once its Leaflet map exists."""
    deadline = time.time() + TIMEOUT / 1000
    while time.time() < deadline:
        for frame in page.frames:
            if "streamlit_folium" in frame.url and frame.evaluate("() => !!window.map"):
                return frame
        page.wait_for_timeout(200)
    raise AssertionError("the map did not appear")


def drawn_ids(page, expected: set[str]) -> set[str]:
    """The incident ids drawn on the map, waiting (reruns replace the layer) until they equal `expected`."""
    deadline = time.time() + TIMEOUT / 1000
    ids: set[str] = set()
    while time.time() < deadline:
        ids = set(map_frame(page).evaluate(JS_DRAWN_IDS) or [])
        if ids == expected:
            break
        page.wait_for_timeout(300)
    return ids


def wait_shown(page, text: str) -> None:
    page.get_by_text(re.compile(re.escape(text))).first.wait_for(timeout=TIMEOUT)


def click_incident(page, incident_id: str) -> None:
    """Click the incident's circle where Leaflet drew it."""
    frame = map_frame(page)
    point = frame.evaluate(
        """(id) => { const lod = (%s)(), set = lod.shown(), i = Array.from(set.raw.id, String).indexOf(id);
           if (i < 0) return null;
           const p = window.map.latLngToContainerPoint([set.lat[i], set.lon[i]]);
           const box = document.getElementById('map_div').getBoundingClientRect();
           return {x: p.x + box.left, y: p.y + box.top}; }""" % JS_LOD,
        incident_id,
    )
    assert point, f"incident {incident_id} is not on the map"
    box = page.locator('iframe[title="streamlit_folium.st_folium"]').bounding_box()
    page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])


def assert_nothing_ran(page) -> None:
    for frame in page.frames:
        try:
            pwned = frame.evaluate("() => window.__pwned")
        except PlaywrightError:
            if frame.is_detached():  # a rerun replaced this frame meanwhile: its successor is checked later
                continue
            raise
        assert pwned is None, f"report markup ran in {frame.url}"
    assert page.requests.dialogs == []
    assert not [u for u in page.requests.urls if urlparse(u).path.endswith("/x")], "an <img src=x> was loaded"


def assert_only_own_host(page, base: str) -> None:
    own = urlparse(base).netloc
    assert page.requests.hosts() <= {own}, f"requests left the app: {page.requests.hosts() - {own}}"


def test_app_starts_on_its_data_and_draws_every_incident_offline(page, app_url):
    page.goto(app_url)
    wait_shown(page, "6 of 6 incidents shown")
    assert drawn_ids(page, IDS) == IDS
    assert page.requests.urls, "no request was recorded"
    assert_only_own_host(page, app_url)


def test_pages_are_named_and_the_deploy_button_is_hidden(page, app_url):
    page.goto(app_url)
    wait_shown(page, "6 of 6 incidents shown")
    nav = page.locator('[data-testid="stSidebarNav"]')
    titles = [link.inner_text().split("\n")[-1] for link in nav.get_by_role("link").all()]  # after its icon
    assert titles == ["Map", "Ingest", "Briefing", "Gazetteer", "Admin"]
    assert page.title() == "Syria incident map"
    assert page.locator('link[rel="shortcut icon"], link[rel="icon"]').first.get_attribute("href").startswith("data:")
    assert page.locator('[data-testid="stAppDeployButton"]').count() == 0
    nav.get_by_text("Gazetteer").click()
    page.wait_for_url(re.compile(r"/Gazetteer"), timeout=TIMEOUT)
    page.get_by_text("Look a name up").first.wait_for(timeout=TIMEOUT)
    assert page.title() == "Gazetteer"


JS_VIEW = "() => [window.map.getCenter().lat, window.map.getCenter().lng, window.map.getZoom()]"


def test_a_filter_changes_the_map_and_the_table_and_keeps_the_view(page, app_url):
    page.goto(f"{app_url}/?lat=35.5&lon=37.5&z=7")
    wait_shown(page, "6 of 6 incidents shown")
    drawn_ids(page, IDS)
    page.wait_for_timeout(1000)
    map_frame(page).evaluate("() => { window.map.setView([34.8, 36.6], 8); }")  # the analyst pans and zooms
    page.wait_for_url(re.compile(r"z=8"), timeout=TIMEOUT)
    sidebar = page.locator('[data-testid="stSidebar"]')
    sidebar.get_by_role("combobox", name="Event type", exact=True).click()
    page.get_by_role("option", name="Battles", exact=True).click()
    page.keyboard.press("Escape")
    wait_shown(page, "2 of 6 incidents shown")
    battles = {str(i + 1) for i, inc in enumerate(incidents()) if inc.event_type == "Battles"}
    assert drawn_ids(page, battles) == battles
    centre = map_frame(page).evaluate(JS_VIEW)
    assert centre[0] == pytest.approx(34.8, abs=0.01) and centre[1] == pytest.approx(36.6, abs=0.01) and centre[2] == 8
    page.get_by_role("tab", name="Table").click()
    table = page.locator('[data-testid="stDataFrame"]').first  # the Table tab's (a rerun may briefly show two)
    table.wait_for(timeout=TIMEOUT)
    assert "type=Battles" in page.url
    for _ in range(40):
        rows = table.get_attribute("aria-rowcount") or table.locator('[role="grid"]').get_attribute("aria-rowcount")
        if rows is not None and int(rows) == 1 + len(battles):
            break
        page.wait_for_timeout(500)
    assert rows is not None and int(rows) == 1 + len(battles)  # header + rows
    assert_only_own_host(page, app_url)


def test_a_link_reproduces_the_view(page, app_url):
    page.goto(f"{app_url}/?type=Explosions%2FRemote+violence&minkilled=5&lat=35.9&lon=38.2&z=8&lang=ar")
    wait_shown(page, "2 من 6 حادثة معروضة")  # the page's words follow the language too
    expected = {str(i + 1) for i, inc in enumerate(incidents())
                if inc.event_type == "Explosions/Remote violence" and inc.killed >= 5}
    assert drawn_ids(page, expected) == expected
    centre = map_frame(page).evaluate(JS_VIEW)
    assert centre[0] == pytest.approx(35.9, abs=0.01) and centre[1] == pytest.approx(38.2, abs=0.01)
    assert centre[2] == 8
    assert page.locator('[data-testid="stSidebar"]').get_by_role("radio", name="العربية").is_checked()


def test_clicking_an_incident_selects_it(page, app_url):
    page.goto(f"{app_url}/?lat=36.2&lon=37.16&z=9")
    wait_shown(page, "6 of 6 incidents shown")
    drawn_ids(page, IDS)
    page.wait_for_timeout(1000)  # let the first map state reach the app
    click_incident(page, "3")
    page.get_by_text("Open the source").wait_for(timeout=TIMEOUT)
    assert page.get_by_text(re.compile(r"Aleppo — حلب")).first.is_visible()
    page.wait_for_url(re.compile(r"sel=3"), timeout=TIMEOUT)


def test_picking_a_table_row_selects_the_incident_on_the_map(page, app_url):
    page.goto(app_url)
    wait_shown(page, "6 of 6 incidents shown")
    drawn_ids(page, IDS)
    page.wait_for_timeout(1000)
    grid = page.locator('[data-testid="stDataFrame"]')
    grid.scroll_into_view_if_needed()
    box = grid.bounding_box()
    page.mouse.click(box["x"] + 14, box["y"] + 35 + 35 * 3 + 17)  # the fourth row's box: id 3 (newest first)
    page.wait_for_url(re.compile(r"sel=3"), timeout=TIMEOUT)
    page.get_by_text(re.compile(r"Aleppo — حلب")).first.wait_for(timeout=TIMEOUT)
    # the map pans to it (animated: wait for the pan to end rather than read the centre mid-flight)
    map_frame(page).wait_for_function(
        "() => Math.abs(window.map.getCenter().lat - 36.2012) < 0.01 && Math.abs(window.map.getCenter().lng - 37.1612) < 0.01",
        timeout=TIMEOUT,
    )


def test_drawing_a_rectangle_limits_everything_to_it(page, app_url):
    page.goto(app_url)
    wait_shown(page, "6 of 6 incidents shown")
    drawn_ids(page, IDS)
    frame = map_frame(page)
    corners = frame.evaluate(
        """() => [[36.8, 36.2], [35.7, 37.5]].map(ll => window.map.latLngToContainerPoint(ll))"""
    )
    box = page.locator('iframe[title="streamlit_folium.st_folium"]').bounding_box()
    page.frame_locator('iframe[title="streamlit_folium.st_folium"]').locator("a.leaflet-draw-draw-rectangle").click()
    page.mouse.move(box["x"] + corners[0]["x"], box["y"] + corners[0]["y"])
    page.mouse.down()
    page.mouse.move(box["x"] + corners[1]["x"], box["y"] + corners[1]["y"], steps=8)
    page.mouse.up()
    wait_shown(page, "2 of 6 incidents shown")  # Idlib and Aleppo
    assert drawn_ids(page, {"2", "3"}) == {"2", "3"}
    page.wait_for_url(re.compile(r"bbox=36\.2"), timeout=TIMEOUT)
    page.get_by_role("button", name="Clear area").click()
    wait_shown(page, "6 of 6 incidents shown")


def test_report_markup_runs_nothing(page, app_url):
    page.goto(f"{app_url}/?lat=35.13&lon=36.76&z=10")
    wait_shown(page, "6 of 6 incidents shown")
    drawn_ids(page, IDS)
    page.wait_for_timeout(1000)
    click_incident(page, "6")  # opens its popup on the map and selects it for the detail card
    map_frame(page).locator(".lod-popup").wait_for(timeout=TIMEOUT)
    page.get_by_text("Gunmen attacked <script>", exact=False).first.wait_for(timeout=TIMEOUT)
    popup = map_frame(page).locator(".lod-popup").inner_text()
    assert "<script>" in popup and "onerror" in popup  # shown as text
    page.wait_for_timeout(1000)
    assert_nothing_ran(page)
    assert_only_own_host(page, app_url)


def test_an_ingested_report_ends_on_the_map(page, writable_app_url):
    page.goto(f"{writable_app_url}/Ingest")
    page.locator("textarea").first.fill(
        "On 3 March 2017 an air strike on Douma killed 7 civilians and wounded 12 others. " + incidents()[-1].excerpt
    )
    page.keyboard.press("Control+Enter")
    page.get_by_role("button", name="Extract incidents").click()
    page.get_by_text("Extracted incidents").wait_for(timeout=TIMEOUT)
    page.get_by_role("button", name="Save as drafts").click()
    saved = page.get_by_text(re.compile(r"Saved \d+ incident"))
    saved.wait_for(timeout=TIMEOUT)
    new_ids = set(re.search(r"ids ([\d, ]+)\)", saved.inner_text()).group(1).replace(" ", "").split(","))
    assert_nothing_ran(page)
    page.goto(writable_app_url)
    wait_shown(page, f"{6 + len(new_ids)} of {6 + len(new_ids)} incidents shown")
    located = drawn_ids(page, IDS | new_ids)
    assert new_ids & located, "the ingested incident is not on the map"
    assert_nothing_ran(page)
    assert_only_own_host(page, writable_app_url)


def test_a_click_on_incidents_drawn_at_one_point_selects_the_one_its_popup_shows_first(page, tmp_path, chromium_path):
    """Reports often share a town's point: the popup lists them, the topmost first. The detail card and the table
    must describe that one, not another of the stack (the card said 2 killed under a popup saying 0)."""
    common = dict(review_status="published", dataset="test", source="test wire", event_type="Battles",
                  sub_event_type="Armed clash", location_en="Douma", location_ar="دوما", admin1="Rural Damascus",
                  latitude=33.5723, longitude=36.4018)
    url = f"sqlite:///{tmp_path / 'incidents.sqlite'}"
    Store(url).add([
        Incident(event_date=dt.date(2017, 1, 5), killed=12, wounded=3, source_id="a", excerpt="The larger one.", **common),
        Incident(event_date=dt.date(2017, 1, 9), killed=1, wounded=0, source_id="b", excerpt="The smaller one.", **common),
    ])  # fmt: skip
    env = {"INCIDENTS_DB": url, "GAZETTEER_LEARNED": str(tmp_path / "learned.csv"), "TILES_URL": "", "OCHA_DIR": ""}
    with running_app(env, tmp_path / "streamlit.log") as base:
        page.goto(f"{base}/?lat=33.57&lon=36.40&z=11")
        wait_shown(page, "2 of 2 incidents shown")
        drawn_ids(page, {"1", "2"})
        page.wait_for_timeout(1000)  # let the first map state reach the app
        click_incident(page, "1")  # either id: both are drawn at this point
        popup = map_frame(page).locator(".lod-popup .lod-incident").first
        popup.wait_for(timeout=TIMEOUT)
        first = "1" if "2017-01-05" in popup.inner_text() else "2"
        page.wait_for_url(re.compile(rf"sel={first}\b"), timeout=TIMEOUT)
        card_date = "2017-01-05" if first == "1" else "2017-01-09"
        page.get_by_text(re.compile(rf"^{card_date} · Battles")).first.wait_for(timeout=TIMEOUT)
        assert_only_own_host(page, base)


# Every text a canvas paints (Streamlit's grids draw their cells on one), recorded in window.__painted.
JS_RECORD_PAINT = """(() => { const fill = CanvasRenderingContext2D.prototype.fillText; window.__painted = [];
  CanvasRenderingContext2D.prototype.fillText = function (text, ...rest) {
    window.__painted.push(String(text)); return fill.call(this, text, ...rest); }; })()"""


def painted_once(page, text: str) -> list[str]:
    """The texts painted on the page's canvases, once `text` is among them."""
    page.wait_for_function("(text) => window.__painted.includes(text)", arg=text, timeout=TIMEOUT)
    page.wait_for_timeout(500)  # the rest of the grid's cells
    return page.evaluate("() => window.__painted")


def test_a_missing_value_is_an_empty_cell_not_none(browser, app_url):
    """Streamlit's grids wrote a grey 'None' where the data has no value (a second actor nobody named, GED's
    wounded, a governorate's district), which reads as a value: the table and the gazetteer's candidates leave
    such a cell empty."""
    context = browser.new_context(viewport={"width": 2600, "height": 1100})  # every column of the table in view
    page = context.new_page()
    page.add_init_script(JS_RECORD_PAINT)
    try:
        page.goto(app_url)
        wait_shown(page, "6 of 6 incidents shown")
        page.locator('[data-testid="stDataFrame"]').first.scroll_into_view_if_needed()
        cells = painted_once(page, "test wire")  # the last column, source; the store gives no actor2 at all
        assert "actor2" in cells and "Army" in cells
        assert "None" not in cells
        page.goto(f"{app_url}/Gazetteer")
        page.get_by_label("Place name (Arabic or English)").fill("Idlib")
        page.keyboard.press("Enter")
        cells = painted_once(page, "governorate")  # Idleb governorate: no district, no sub-district
        assert "admin3" in cells and "None" not in cells
    finally:
        context.close()


def test_the_legend_folds_away_to_show_the_east_and_says_what_a_cell_number_is(page, app_url):
    """Open, the legend covers Deir ez-Zor and the Iraqi border at the first zoom; a click on its title folds it."""
    page.goto(app_url)
    wait_shown(page, "6 of 6 incidents shown")
    legend = map_frame(page).locator(".map-legend")
    legend.get_by_text("Number on a hexagon: killed in it").wait_for(timeout=TIMEOUT)
    open_height = legend.bounding_box()["height"]
    legend.locator("summary").click()
    assert legend.bounding_box()["height"] < open_height / 4
    assert not legend.get_by_text("Number on a hexagon: killed in it").is_visible()
    legend.locator("summary").click()
    assert legend.bounding_box()["height"] == pytest.approx(open_height, abs=2)
    assert "sel=" not in page.url  # folding it selected nothing on the map


def test_a_governorate_chosen_frames_the_map_on_it_until_the_analyst_moves_it(page, app_url):
    """Idleb's incidents were a small patch on an all-Syria map (journey12): the map frames a governorate's (or any
    narrower selection's) incidents, unless the analyst has moved it since."""
    page.goto(f"{app_url}/?gov=Idleb")
    wait_shown(page, "1 of 6 incidents shown")
    idlib = [(inc.latitude, inc.longitude) for inc in incidents() if inc.admin1 == "Idleb"][0]
    view = None
    for _ in range(60):
        view = map_frame(page).evaluate(JS_VIEW)
        if view[2] >= 9:
            break
        page.wait_for_timeout(500)
    assert view[2] >= 9 and view[0] == pytest.approx(idlib[0], abs=0.1) and view[1] == pytest.approx(idlib[1], abs=0.1)
    page.wait_for_url(re.compile(rf"z={view[2]}\b"), timeout=TIMEOUT)  # the link holds the framed view
    sidebar = page.locator('[data-testid="stSidebar"]')
    sidebar.get_by_role("combobox", name="Governorate", exact=True).click()
    page.get_by_role("option", name="Aleppo", exact=True).click()  # Idleb and Aleppo: framed on both
    page.keyboard.press("Escape")
    wait_shown(page, "2 of 6 incidents shown")
    for _ in range(60):
        view = map_frame(page).evaluate(JS_VIEW)
        if view[1] > idlib[1] + 0.1:
            break
        page.wait_for_timeout(500)
    assert 35.9 < view[0] < 36.25 and 36.6 < view[1] < 37.2 and view[2] >= 8, view
    map_frame(page).evaluate("() => { window.map.setView([34.8, 37.6], 7); }")  # the analyst pans and zooms out
    page.wait_for_url(re.compile(r"z=7"), timeout=TIMEOUT)
    sidebar.get_by_role("combobox", name="Event type", exact=True).click()
    page.get_by_role("option", name="Battles", exact=True).click()
    page.keyboard.press("Escape")
    wait_shown(page, "1 of 6 incidents shown")
    page.wait_for_timeout(2000)
    view = map_frame(page).evaluate(JS_VIEW)
    assert view[0] == pytest.approx(34.8, abs=0.01) and view[1] == pytest.approx(37.6, abs=0.01) and view[2] == 7
    assert_only_own_host(page, app_url)


def test_on_a_narrow_window_the_framed_selection_fits_the_map(browser, app_url):
    """The framing assumed a map at least 700 px wide (journey13): on a phone-wide window a framed selection was a
    zoom level too close and its incidents fell off the map's sides. The map's own width, from the bounds it
    reports, frames it now."""
    context = browser.new_context(viewport={"width": 400, "height": 1000})
    page = context.new_page()
    try:
        page.goto(f"{app_url}/?gov=Idleb&gov=Aleppo", timeout=TIMEOUT)
        wait_shown(page, "2 of 6 incidents shown")
        points = [[inc.latitude, inc.longitude] for inc in incidents() if inc.admin1 in ("Idleb", "Aleppo")]
        js = "(points) => points.every(p => window.map.getBounds().contains(p))"
        inside, view = False, None
        for _ in range(60):
            frame = map_frame(page)
            inside, view = frame.evaluate(js, points), frame.evaluate(JS_VIEW)
            if inside and view[2] >= 8:
                break
            page.wait_for_timeout(500)
        page.screenshot(path="/tmp/narrow_framing.png")
        assert inside and view[2] >= 8, view
        assert 200 < page.locator('iframe[title="streamlit_folium.st_folium"]').bounding_box()["width"] < 700
    finally:
        context.close()


def test_the_language_switch_puts_the_map_pages_own_words_in_arabic(page, app_url):
    """journey13: with the switch on Arabic the legend and place names were Arabic but the page's title, totals and
    map controls stayed English. One setting now gives both (and the exports)."""
    page.goto(f"{app_url}/?lang=ar")
    page.get_by_text("6 من 6 حادثة معروضة").wait_for(timeout=TIMEOUT)
    page.get_by_role("heading", name="خريطة الحوادث في سوريا").wait_for(timeout=TIMEOUT)
    page.get_by_role("button", name="التصفية على العرض الحالي").wait_for(timeout=TIMEOUT)
    page.get_by_text("تشغيل عبر الزمن").wait_for(timeout=TIMEOUT)
    assert page.get_by_text("Syria incident map").count() == 0 and page.get_by_text("incidents shown").count() == 0
    page.screenshot(path="/tmp/map_ar.png")
    assert_only_own_host(page, app_url)
