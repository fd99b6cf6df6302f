"""The map's legend and unreviewed drafts in headless Chromium: the legend lists the event types the selection holds,
in the map's language; a draft is drawn hollow, said in its popup, in the legend and under the totals."""
from __future__ import annotations

import datetime as dt

import pytest

from conftest import incidents
from test_map_browser import JS_LOD, TIMEOUT, assert_only_own_host, click_incident, drawn_ids, map_frame, wait_shown

from dashboard.headless import running_app
from incidents.record import Incident
from incidents.store import Store

pytestmark = pytest.mark.browser

JS_LEGEND_TYPES = """() => Array.from(document.querySelectorAll('.map-legend [data-type]'))
  .filter(row => getComputedStyle(row).display !== 'none').map(row => row.textContent.trim())"""
JS_DRAFT_FLAGS = """() => { const lod = (%s)(), set = lod && lod.shown();
  if (!set || set.kind !== 'points') return null;
  const out = {}; Array.from(set.raw.id, String).forEach((id, i) => { out[id] = set.draft ? set.draft[i] : null; });
  return out; }""" % JS_LOD


def visible_types(page, expected: list[str]) -> list[str]:
    """The legend's event types shown, once they equal `expected` (a rerun sends the selection's types)."""
    frame, shown = map_frame(page), []
    for _ in range(100):
        shown = frame.evaluate(JS_LEGEND_TYPES)
        if shown == expected:
            break
        page.wait_for_timeout(300)
    return shown


@pytest.fixture
def store_with_a_draft(tmp_path, chromium_path):
    """incidents() (published: two battles, three strikes, one attack on civilians) and one draft battle at Homs."""
    draft = Incident(event_date=dt.date(2017, 3, 20), event_type="Battles", sub_event_type="Armed clash",
                     location_en="Homs", location_ar="حمص", admin1="Homs", latitude=34.7324, longitude=36.7137,
                     killed=5, wounded=0, source_id="7", dataset="test", source="a report pasted today",
                     review_status="draft")
    url = f"sqlite:///{tmp_path / 'incidents.sqlite'}"
    Store(url).add([*incidents(), draft])
    env = {"INCIDENTS_DB": url, "GAZETTEER_LEARNED": str(tmp_path / "learned.csv"), "TILES_URL": "", "OCHA_DIR": ""}
    with running_app(env, tmp_path / "streamlit.log") as base:
        yield base


def test_the_legend_lists_the_types_of_the_selection_in_the_maps_language(page, store_with_a_draft):
    """Seven ACLED types were listed over data holding three (GED: two); a type filter leaves one."""
    base = store_with_a_draft
    page.goto(base)
    wait_shown(page, "7 of 7 incidents shown")
    present = ["Explosions/Remote violence", "Battles", "Violence against civilians"]
    assert visible_types(page, present) == present
    page.goto(f"{base}/?type=Battles")
    wait_shown(page, "3 of 7 incidents shown")
    assert visible_types(page, ["Battles"]) == ["Battles"]
    page.goto(f"{base}/?lang=ar")
    wait_shown(page, "7 من 7 حادثة معروضة")
    arabic = ["انفجارات / عنف عن بعد", "معارك", "عنف ضد المدنيين"]
    assert visible_types(page, arabic) == arabic
    assert_only_own_host(page, base)


def test_an_unreviewed_draft_is_drawn_hollow_and_said_on_the_map(page, store_with_a_draft):
    """A draft was drawn like a reviewed record and nothing said the selection held one."""
    base = store_with_a_draft
    page.goto(f"{base}/?lat=34.73&lon=36.71&z=9")
    wait_shown(page, "7 of 7 incidents shown")
    wait_shown(page, "This selection includes 1 unreviewed draft (hollow circles on the map)")
    ids = {str(i) for i in range(1, 8)}
    assert drawn_ids(page, ids) == ids
    flags = map_frame(page).evaluate(JS_DRAFT_FLAGS)
    assert flags == {**{str(i): 0 for i in range(1, 7)}, "7": 1}
    legend = map_frame(page).locator(".map-legend [data-drafts]")
    assert legend.is_visible() and "unreviewed draft" in legend.inner_text()
    click_incident(page, "7")
    popup = map_frame(page).locator(".lod-popup .lod-incident").first
    popup.wait_for(timeout=TIMEOUT)
    assert popup.inner_text().startswith("Unreviewed draft")
    page.goto(f"{base}/?status=published")  # the review filter leaves it out: nothing to say
    wait_shown(page, "6 of 7 incidents shown")
    assert not map_frame(page).locator(".map-legend [data-drafts]").is_visible()
    assert page.get_by_text("unreviewed draft").count() == 0
