"""README screenshots from the real app as a fresh clone runs it: the first map, a closer map with Arabic names,
and the ingest page.

Runs `streamlit run dashboard/app.py` with no setting (the environment's OCHA_DIR, TILES_URL, … blanked) on a new
store, which fills itself with the embedded UCDP GED events, and takes the pictures with Debian's headless Chromium.
The same run as tests/browser/test_first_run_browser.py.
"""
from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from dashboard.export.words import WORDS
from dashboard.headless import REPO, fresh_clone_env, launch, running_app

OUT = REPO / "docs" / "screenshots"
# A short bilingual report, so the ingest page shows extraction without any outside file.
REPORT = (
    "قتل 7 مدنيين وأصيب 12 آخرون جراء غارة جوية استهدفت مدينة دوما في ريف دمشق يوم الجمعة.\n\n"
    "On Friday, shelling on the town of Maarat al-Numan in Idlib killed 3 people and wounded 5."
)
VIEWPORT = {"width": 1500, "height": 1000}
WAIT = 60_000


def settle(page) -> None:
    """Wait until the script run is over and the map has drawn its layers and place names."""
    page.locator('[data-testid="stStatusWidget"]').wait_for(state="detached", timeout=WAIT)
    page.frame_locator('iframe[title="streamlit_folium.st_folium"]').locator(".place-label").first.wait_for(
        timeout=WAIT)
    page.wait_for_timeout(3000)  # canvas, shading and heat settle


def map_page(page, base: str, out: Path, query: str = "", lang: str = "en") -> None:
    """The map page as the link `query` gives it (the first map without one), its totals line in `lang`."""
    page.goto(f"{base}/{query}")
    shown = WORDS[lang]["shown"].rsplit("}", 1)[1].strip()  # "incidents shown", or its Arabic
    page.get_by_text(shown).first.wait_for(timeout=WAIT)
    settle(page)
    page.screenshot(path=str(out))


def ingest_page(page, base: str, report: str, out: Path) -> None:
    """A pasted report, extracted into the editable table and the preview map."""
    page.goto(f"{base}/Ingest")
    page.locator("textarea").first.fill(report)
    page.keyboard.press("Control+Enter")
    page.get_by_role("button", name="Extract incidents").click()
    page.get_by_text("Extracted incidents").wait_for(timeout=WAIT)
    settle(page)
    page.get_by_text("Extracted incidents").scroll_into_view_if_needed()
    page.screenshot(path=str(out))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=OUT, help=f"folder for the PNG files (default {OUT})")
    parser.add_argument("--report", type=Path, help="a report text file to paste on the ingest page")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    report = args.report.read_text(encoding="utf-8") if args.report else REPORT
    with tempfile.TemporaryDirectory() as folder:
        with running_app(fresh_clone_env(Path(folder)), Path(folder) / "streamlit.log", timeout=120) as base, \
                sync_playwright() as playwright:
            browser = launch(playwright)
            page = browser.new_page(viewport=VIEWPORT)
            map_page(page, base, args.out / "map.png")
            map_page(page, base, args.out / "map-closer-ar.png", "?lang=ar&lat=35.75&lon=36.9&z=9&layers=incidents", "ar")
            page.set_viewport_size({"width": VIEWPORT["width"], "height": 1500})
            ingest_page(page, base, report, args.out / "ingest.png")
            browser.close()
    for name in ("map.png", "map-closer-ar.png", "ingest.png"):
        print(args.out / name)


if __name__ == "__main__":
    main()
