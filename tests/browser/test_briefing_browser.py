"""The briefing page in headless Chromium: the exported map appears and its downloads arrive, all from localhost."""
from __future__ import annotations

from urllib.parse import urlparse

import pytest

pytestmark = pytest.mark.browser

TIMEOUT = 60_000


def test_briefing_page_shows_the_map_and_downloads_a_pdf(app_url, page, tmp_path):
    page.goto(f"{app_url}/Briefing")
    image = page.get_by_role("img", name="The map as it will be exported")
    image.wait_for(timeout=TIMEOUT)
    width, height = page.evaluate("img => [img.naturalWidth, img.naturalHeight]", image.element_handle())
    assert width > 1000 and width / height == pytest.approx(1920 / 1080, abs=0.01)  # the screen export
    assert page.get_by_text("6 incidents").count() == 1
    with page.expect_download(timeout=TIMEOUT) as download:
        page.get_by_role("button", name="PDF (vector)").click()
    saved = tmp_path / "map.pdf"
    download.value.save_as(saved)
    assert saved.read_bytes()[:5] == b"%PDF-"
    assert page.requests.hosts() <= {urlparse(app_url).netloc}
