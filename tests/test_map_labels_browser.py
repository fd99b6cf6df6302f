"""The base map's place names in Debian's headless Chromium: no two overlap at any zoom (at 4-5 the governorate
capitals ran into one another, at the default view Dar'a and As-Sweida did), the famous towns are named, and
every governorate capital at the default view. Chromium's own --dump-dom, no Playwright: the page writes its
names' boxes into the DOM once placed."""
from __future__ import annotations

import html
import json
import re
import subprocess
from itertools import combinations

import pytest

from dashboard.data import places
from dashboard.headless import CHROMIUM_ARGS
from dashboard.lod import IncidentIndex, incident_layer
from dashboard.map import SYRIA_CENTER, SYRIA_ZOOM, base_map
from dashboard.offline import localize
from dashboard.settings import SHIPPED_BOUNDARIES
from incidents.filters import Filters
from incidents.sample import ensure_default_data
from incidents.store import Store
from test_lod_browser import site  # noqa: F401 (the pages' web server, a fixture)

pytestmark = pytest.mark.browser
# Once the map has placed its names (and the incident layer its badges): each name's text, box and place, in
# page pixels, written where --dump-dom reads it.
BOXES = """<script>setTimeout(function () {
  var names = [];
  window.placeLabels.eachLayer(function (m) {
    var map = m._map, r = m.getElement().firstChild.getBoundingClientRect(), box = map.getContainer().getBoundingClientRect();
    var at = map.latLngToContainerPoint(m.options.place);
    names.push([m.getElement().textContent, r.left, r.top, r.right, r.bottom, box.left + at.x, box.top + at.y]);
  });
  document.body.setAttribute("data-labels", JSON.stringify(names));
}, 3000);</script>"""


def names_at(site, chromium_path: str, zoom: int, lang: str = "en", view=None) -> list[tuple]:
    """The names the map shows at `zoom` (all Syria's admin capitals given; the incidents of `view` drawn over
    them), each (text, left, top, right, bottom, place x, place y) in page pixels."""
    root, url = site
    m = base_map(SYRIA_CENTER, zoom, lang, places=places(str(SHIPPED_BOUNDARIES)), draw=False, legend=False)
    if view is not None:
        incident_layer(view, lang=lang).add_to(m)
    name = f"z{zoom}-{lang}{'-incidents' if view is not None else ''}.html"
    (root / name).write_text(localize(m).get_root().render().replace("</body>", BOXES + "</body>"), encoding="utf-8")
    page = subprocess.run([chromium_path, "--headless", *CHROMIUM_ARGS, "--window-size=1000,700", "--dump-dom",
                           "--virtual-time-budget=5000", f"{url}/{name}"], capture_output=True, text=True, timeout=120,
                          check=True).stdout
    found = re.search(r'data-labels="([^"]*)"', page)
    assert found, "the page never placed its names"
    return [tuple(box) for box in json.loads(html.unescape(found.group(1)))]


def overlapping(names) -> list[tuple[str, str]]:
    return [(a[0], b[0]) for a, b in combinations(names, 2)
            if a[1] < b[3] and b[1] < a[3] and a[2] < b[4] and b[2] < a[4]]


@pytest.mark.parametrize("zoom, lang", [(4, "en"), (5, "en"), (5, "ar"), (SYRIA_ZOOM, "en"), (SYRIA_ZOOM, "ar"),
                                        (9, "en")])
def test_place_names_never_overlap(site, chromium_path, zoom, lang) -> None:
    names = names_at(site, chromium_path, zoom, lang)
    assert names and overlapping(names) == []
    famous = {"en": {"Damascus", "Aleppo"}, "ar": {"دمشق", "حلب"}}[lang]
    assert famous <= {n[0] for n in names}


def test_every_governorate_capital_is_named_at_the_default_view_and_district_capitals_join(site, chromium_path) -> None:
    capitals = places(str(SHIPPED_BOUNDARIES))
    country = [n[0] for n in names_at(site, chromium_path, SYRIA_ZOOM)]
    assert sorted(country) == sorted(capitals.loc[capitals["level"] == 1, "name_en"])
    closer = [n[0] for n in names_at(site, chromium_path, 9)]
    assert set(country) < set(closer) and len(closer) > len(country) + 20


@pytest.fixture(scope="module")
def ged_index(tmp_path_factory) -> IncidentIndex:
    """The embedded UCDP GED events, as the first map indexes them."""
    store = Store(f"sqlite:///{tmp_path_factory.mktemp('ged') / 'ged.sqlite'}")
    ensure_default_data(store)
    return IncidentIndex.from_frame(store.frame())


@pytest.mark.parametrize("zoom", [4, 5, SYRIA_ZOOM])
def test_over_the_incidents_each_name_stays_nearest_its_own_place(site, chromium_path, ged_index, zoom) -> None:
    """The incident layer moves a name off a cell's badge that hides it; at zoom 4-5, where badges are large, a
    name moved off one badge after another drifted over other towns ("Dar'a" above "Damascus"). Over the
    embedded GED events, every name is nearer its own place than any other named place, and none overlap."""
    names = names_at(site, chromium_path, zoom, view=ged_index.view(ged_index.mask(Filters()), zoom=zoom))
    assert {"Damascus", "Aleppo"} <= {n[0] for n in names} and overlapping(names) == []
    for text, left, top, right, bottom, *_ in names:
        x, y = (left + right) / 2, (top + bottom) / 2
        nearest = min(names, key=lambda n: (n[5] - x) ** 2 + (n[6] - y) ** 2)
        assert nearest[0] == text, f"{text} at zoom {zoom} reads as {nearest[0]}"
