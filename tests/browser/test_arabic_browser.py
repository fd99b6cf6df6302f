"""Under the Arabic switch every page's own words are Arabic (journey14 left the sidebar, the table, the charts, the
time control and the other pages English): what Chromium shows holds no English word but the data's own values
(place names, actors, sources as stored), format names and Streamlit's own chrome."""
from __future__ import annotations

import getpass
import re
from urllib.parse import urlparse

import pytest

from conftest import incidents

TIMEOUT = 120_000  # the first page of a session waits for the store's first read, on a loaded machine
LATIN = re.compile(r"[A-Za-z][A-Za-z'’]+")
# Not the app's words: the names of file formats and units the app writes in every language, and the language's
# own name on the switch.
KEPT = {"CSV", "GeoJSON", "GeoPackage", "KML", "PNG", "PDF", "SVG", "GIF", "UTC", "dpi", "English"}
# each page, and Arabic words it draws last
PAGES = {"": "تضم التصديرات كل حادثة", "Ingest": "استخراج الحوادث", "Briefing": "إحاطة من صفحة واحدة (PDF)",
         "Gazetteer": "إضافة المكان", "Admin": "حذف المستخدم"}
# The page's visible text without Material icons' ligature names ('map', 'input': icons, not words), code (a
# setting's or a command's name is typed as it is), and Streamlit's own chrome, which takes no words: its hidden
# "Skip to main content" link for screen readers and the "Running… Stop" of a page being drawn.
VISIBLE_TEXT = """() => {
  const body = document.body.cloneNode(true);
  body.querySelectorAll('[data-testid="stIconMaterial"], code, [data-testid="stStatusWidget"]')
    .forEach(e => e.remove());
  [...body.querySelectorAll('a')].filter(a => a.textContent.trim() === 'Skip to main content')
    .forEach(a => a.remove());
  document.body.appendChild(body); body.style.position = 'absolute';
  const text = body.innerText; body.remove(); return text;
}"""


def data_words() -> set[str]:
    """Every Latin word of the test store's values and the local user's name: they stay as they are, whatever the
    language."""
    values = " ".join(str(v) for incident in incidents() for v in incident.to_dict().values()) + " " + getpass.getuser()
    return set(LATIN.findall(values))


@pytest.mark.parametrize("path", list(PAGES))
def test_under_arabic_no_english_word_is_left_on_the_page(page, app_url, path):
    own = urlparse(app_url).netloc
    page.route("**/*", lambda route: route.continue_() if urlparse(route.request.url).netloc == own else route.abort())
    page.goto(f"{app_url}/{path}?lang=ar")
    page.get_by_text(PAGES[path]).first.wait_for(timeout=TIMEOUT)
    page.wait_for_timeout(3000)  # the rest of the run (the map page's fragment, the table's buttons) drawn
    english = set(LATIN.findall(page.evaluate(VISIBLE_TEXT))) - data_words() - KEPT
    page.screenshot(path=f"/tmp/arabic_{path or 'Map'}.png", full_page=True)
    assert not english, f"English words under Arabic on /{path}: {sorted(english)}"
    assert page.requests.hosts() <= {own}


@pytest.mark.parametrize("width", [1400, 1000])
def test_the_export_buttons_show_their_whole_label_in_arabic(page, app_url, width):
    """journey15: in its narrow column "تصدير GeoPackage" was cut to "…ackage تصدير". No export button's label (nor
    any element inside it) is wider than the room it is given, on a wide and a narrow window."""
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(f"{app_url}/?lang=ar")
    page.get_by_text(PAGES[""]).first.wait_for(timeout=TIMEOUT)
    page.locator('[data-testid="stDownloadButton"]').nth(3).wait_for(timeout=TIMEOUT)
    cut = page.evaluate("""() => [...document.querySelectorAll('[data-testid="stDownloadButton"] button')].map(b =>
      [b.innerText, [b, ...b.querySelectorAll('*')].some(e => e.scrollWidth > e.clientWidth + 1)])""")
    assert len(cut) == 4 and "تصدير GeoPackage" in [label for label, _ in cut]
    assert not [label for label, clipped in cut if clipped]


GRID_DRAWN = "() => document.querySelectorAll('[data-testid=\"stDataFrame\"] td').length > 0"
GRID = """() => [...document.querySelectorAll('[data-testid="stDataFrame"]')].map(grid => ({
  headers: [...grid.querySelectorAll('th, [role=columnheader]')].map(e => e.textContent.trim()),
  cells: [...grid.querySelectorAll('td')].map(e => e.textContent.trim())}))"""


def english_in(texts) -> set[str]:
    return set(LATIN.findall(" ".join(texts))) - data_words() - KEPT


def test_the_ingest_pages_drafts_preview_map_and_review_are_arabic(page, writable_app_url):
    """journey17's walk: under Arabic the extracted drafts' table was headed by field names ("location_en",
    "admin1"), the preview map's legend and place names were English, and the Review tab's table was headed "id",
    "event_type", "killed", …. (Their cells' event types and statuses are named by the grid on its canvas: see
    test_dashboard_logic's test of grids.headed.)"""
    from test_map_browser import map_frame

    own = urlparse(writable_app_url).netloc
    page.route("**/*", lambda route: route.continue_() if urlparse(route.request.url).netloc == own else route.abort())
    page.set_viewport_size({"width": 2600, "height": 1400})  # every grid column drawn (the grid draws what is seen)
    page.goto(f"{writable_app_url}/Ingest?lang=ar")
    page.get_by_text(PAGES["Ingest"]).first.wait_for(timeout=TIMEOUT)
    page.locator("textarea").first.fill("An air strike on Douma killed 7 civilians and wounded 12 others yesterday.")
    page.keyboard.press("Control+Enter")
    page.get_by_role("button", name="استخراج الحوادث").click()
    page.get_by_text("الحوادث المستخرجة").first.wait_for(timeout=TIMEOUT)
    page.wait_for_function(GRID_DRAWN, timeout=TIMEOUT)
    drafts = page.evaluate(GRID)[0]  # the grid's own table for screen readers: headings as drawn, values as stored
    assert "دوما" in drafts["cells"] and "المكان بالإنجليزية" in drafts["headers"], drafts
    assert not english_in(drafts["headers"]), drafts["headers"]
    preview = map_frame(page)
    legend = preview.evaluate("() => document.querySelector('.map-legend').innerText")
    assert "نوع الحدث" in legend and not english_in([legend]), legend
    names = preview.evaluate("() => Array.from(document.querySelectorAll('.place-label'), e => e.textContent)")
    assert "دمشق" in names and not english_in(names), names
    page.get_by_role("button", name="الحفظ كمسودات").click()
    page.get_by_text("حُفظت").first.wait_for(timeout=TIMEOUT)
    page.get_by_role("tab", name="المراجعة").click()
    page.get_by_text("مسودة ← مراجَعة ← منشورة").first.wait_for(timeout=TIMEOUT)
    page.wait_for_function(GRID_DRAWN, timeout=TIMEOUT)
    review = page.evaluate(GRID)[0]
    assert "draft" in review["cells"] and "المقتطف" in review["headers"], review
    assert not english_in(review["headers"]), review["headers"]
    assert page.requests.hosts() <= {own}


def test_the_gazetteer_look_up_is_arabic(page, app_url):
    """journey17's walk: under Arabic a look-up's candidates were headed "name_en", "level", "geo_precision", …, a
    town's level read "town", its governorate choice "Choose an option" and its map named places in English."""
    from test_map_browser import map_frame

    page.goto(f"{app_url}/Gazetteer?lang=ar")
    page.get_by_text(PAGES["Gazetteer"]).first.wait_for(timeout=TIMEOUT)
    page.get_by_label("اسم المكان (بالعربية أو الإنجليزية)").fill("دوما")
    page.keyboard.press("Enter")
    page.wait_for_function(GRID_DRAWN, timeout=TIMEOUT)
    table = page.evaluate(GRID)[0]
    assert "الاسم بالإنجليزية" in table["headers"] and not english_in(table["headers"]), table["headers"]
    assert "بلدة" in table["cells"] and "town" not in table["cells"], table["cells"]  # the level, as shown
    english = set(LATIN.findall(page.evaluate(VISIBLE_TEXT))) - data_words() - KEPT - set(LATIN.findall(
        " ".join(table["cells"])))  # the candidates' own values (names, sources) stay as the gazetteer has them
    assert not english, english
    names = map_frame(page).evaluate("() => Array.from(document.querySelectorAll('.place-label'), e => e.textContent)")
    assert names and not english_in(names), names
