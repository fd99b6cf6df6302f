"""On a closed network (every request outside the app's own host refused, as a browser with no Internet has them
fail) every page and tab of the app works, its maps draw their basemap (governorate and district lines, place names)
from the app, and no request leaves: the Map page with its Table, Timeline and By governorate tabs, Briefing, Ingest
with its Reports tab (an extraction's preview map), Files and Review tabs, Gazetteer with a look-up's map, and
Admin."""
from __future__ import annotations

from urllib.parse import urlparse

import pytest

from test_map_browser import map_frame
from test_first_run_browser import JS_LINE_POINTS

pytestmark = pytest.mark.browser

TIMEOUT = 120_000  # a session's first page waits for the store's first read, on a loaded machine
GRID_DRAWN = "() => document.querySelectorAll('[data-testid=\"stDataFrame\"] td').length > 0"
JS_NAMES = "() => document.querySelectorAll('.place-label').length"


def closed(page, base: str) -> list[str]:
    """Refuse every request to another host; returns the list of those refused, filled as the page runs."""
    own, refused = urlparse(base).netloc, []
    page.route("**/*", lambda route: route.continue_() if urlparse(route.request.url).netloc == own
               else (refused.append(route.request.url), route.abort()))  # fmt: skip
    return refused


def assert_basemap(page) -> None:
    """The map in the page draws governorate and district lines and place names."""
    frame = map_frame(page)
    page.wait_for_timeout(500)
    lines = sorted(frame.evaluate(JS_LINE_POINTS))
    assert len(lines) == 2 and lines[0] > 1000, f"admin lines missing: line layers of {lines} points"
    assert frame.evaluate(JS_NAMES) > 0, "no place name on the map"


def test_every_page_and_tab_works_and_draws_its_basemap_with_no_request_leaving(page, app_url):
    refused = closed(page, app_url)
    page.goto(app_url)
    page.get_by_text("6 of 6 incidents shown").first.wait_for(timeout=TIMEOUT)
    assert_basemap(page)
    page.wait_for_function(GRID_DRAWN, timeout=TIMEOUT)  # the Table tab, open first
    for tab in ("Timeline", "By governorate"):
        page.get_by_role("tab", name=tab).click()
        page.locator('[data-testid="stVegaLiteChart"] canvas, [data-testid="stVegaLiteChart"] svg').first.wait_for(
            timeout=TIMEOUT)

    page.goto(f"{app_url}/Briefing")
    page.get_by_text("One-page brief (PDF)").first.wait_for(timeout=TIMEOUT)
    preview = page.get_by_role("img", name="The map as it will be exported")
    preview.wait_for(timeout=TIMEOUT)
    page.wait_for_function("(img) => img.complete && img.naturalWidth > 0", arg=preview.element_handle(),
                           timeout=TIMEOUT)

    page.goto(f"{app_url}/Ingest")
    page.locator("textarea").first.fill("An air strike on Douma killed 7 civilians yesterday.")
    page.keyboard.press("Control+Enter")
    page.get_by_role("button", name="Extract incidents").click()
    page.get_by_text("Extracted incidents").first.wait_for(timeout=TIMEOUT)
    assert_basemap(page)  # the drafts' preview map (nothing saved: the store stays as the other tests read it)
    page.get_by_role("tab", name="Files").click()
    page.get_by_text("Dataset file").first.wait_for(timeout=TIMEOUT)
    page.get_by_role("tab", name="Review").click()
    page.get_by_role("button", name="Save review").wait_for(timeout=TIMEOUT)

    page.goto(f"{app_url}/Gazetteer")
    page.get_by_label("Place name (Arabic or English)").fill("Douma")
    page.keyboard.press("Enter")
    assert_basemap(page)

    page.goto(f"{app_url}/Admin")
    page.get_by_text("Remove user").first.wait_for(timeout=TIMEOUT)
    assert refused == [], f"requests left the app: {refused}"
    assert page.requests.hosts() <= {urlparse(app_url).netloc}
