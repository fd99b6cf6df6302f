"""Make the README's playback pictures: the time control on the map page (the real app on the sample data, in
headless Chromium) and, from UCDP GED in ../shared, small multiples of the first half of 2017 in north-west Syria
(PNG and PDF) and an animated GIF of the same months by week.

    .venv/bin/python scripts/playback_docs.py [--shared ../shared] [--out docs]
"""
from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from playwright.sync_api import sync_playwright  # noqa: E402

from dashboard.export.animation import render_animation  # noqa: E402
from dashboard.export.layers import Basemap  # noqa: E402
from dashboard.export.multiples import render_multiples  # noqa: E402
from dashboard.export.timeframes import windows  # noqa: E402
from dashboard.headless import launch, running_app  # noqa: E402
from example_brief import FILTERS, VIEW, example_frame, write_outputs  # noqa: E402  (the brief's example)

CONTROL_LINK = "t=2016-03-01&tsize=month&lat=35.0&lon=38.4&z=7"
WAIT = 60_000


def control(out: Path) -> None:
    """The map page with the time control open on a month, and its timeline with the window shaded."""
    with tempfile.TemporaryDirectory() as folder:
        env = {"INCIDENTS_DB": f"sqlite:///{folder}/incidents.sqlite", "GAZETTEER_LEARNED": f"{folder}/learned.csv"}
        with running_app(env, Path(folder) / "streamlit.log") as base, sync_playwright() as playwright:
            browser = launch(playwright)
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.goto(f"{base}/?{CONTROL_LINK}")
            page.get_by_text("incidents shown").first.wait_for(timeout=WAIT)
            page.locator('iframe[title="streamlit_folium.st_folium"]').wait_for(timeout=WAIT)
            page.wait_for_timeout(6000)
            page.screenshot(path=str(out / "screenshots" / "playback.png"))
            page.get_by_role("tab", name="Timeline").click()
            page.wait_for_timeout(3000)
            chart = page.locator('[data-testid="stVegaLiteChart"]').first
            chart.scroll_into_view_if_needed()
            chart.screenshot(path=str(out / "screenshots" / "playback-timeline.png"))
            browser.close()


def exports(shared: Path, out: Path) -> None:
    basemap = Basemap(ocha_dir=shared / "data" / "ocha-cod-ab")
    frame = example_frame(shared)
    common = {"bbox": VIEW, "title": "North-west Syria, January to June 2017", "basemap": basemap}
    months = windows(frame, "month", start=FILTERS.date_from, count=6)
    weeks = windows(frame, "week", start=FILTERS.date_from, end=dt.date(2017, 3, 31))
    outputs = {
        "example-multiples.png": render_multiples(frame, months, filters=FILTERS, dpi=110, **common),
        "example-multiples.pdf": render_multiples(frame, months, fmt="pdf", filters=FILTERS, **common),
        "example-multiples-ar.png": render_multiples(frame, months, filters=FILTERS, dpi=80, lang="ar", **common),
        "example-playback.gif": render_animation(frame, weeks, FILTERS, seconds_per_frame=0.7, **common),
    }
    write_outputs(outputs, out, len(frame))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared", help="reference data folder")
    parser.add_argument("--out", type=Path, default=REPO / "docs")
    args = parser.parse_args(argv)
    (args.out / "screenshots").mkdir(parents=True, exist_ok=True)
    control(args.out)
    exports(args.shared, args.out)


if __name__ == "__main__":
    main()
