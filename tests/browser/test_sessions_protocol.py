"""Ten sessions at once without a browser (Streamlit's protocol, as the load test's protocol clients speak it)."""
from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlparse

from dashboard.visit import visit


def test_ten_sessions_at_once_each_get_their_map_and_the_run_their_map_asks_for(app_url):
    port = urlparse(app_url).port

    async def ten():
        return await asyncio.gather(*(visit(port, timeout=120) for _ in range(10)))

    with ThreadPoolExecutor(1) as thread:  # its own event loop: the browser tests' Playwright keeps one running here
        visits = thread.submit(asyncio.run, ten()).result()
    assert all(v.to_map is not None for v in visits)
    assert all(v.settled is not None and v.settled >= v.to_map for v in visits)
