"""`python -m dashboard.serve` draws the default map once on its own as soon as the server answers."""
from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.request

from dashboard.headless import REPO, fresh_clone_env, free_port


def test_the_server_reads_the_store_and_draws_the_map_before_any_user_asks(tmp_path):
    cache = tmp_path / "frame-cache"
    env = {**os.environ, **fresh_clone_env(tmp_path), "DASHBOARD_FRAME_CACHE": str(cache), "DASHBOARD_SIGN_IN": ""}
    log, port = tmp_path / "serve.log", free_port()
    with open(log, "w") as out:
        server = subprocess.Popen(
            [sys.executable, "-m", "dashboard.serve", "--server.port", str(port), "--server.headless", "true"],
            cwd=REPO, env=env, stdout=out, stderr=subprocess.STDOUT,
        )  # fmt: skip
    try:
        deadline = time.monotonic() + 240
        while "Warmed" not in log.read_text() and time.monotonic() < deadline and server.poll() is None:
            time.sleep(0.5)
        assert "map drawn" in log.read_text(), log.read_text()
        assert " failed" not in log.read_text(), log.read_text()  # the first read and the preload served the map
        component = f"http://127.0.0.1:{port}/component/streamlit_folium.st_folium/index.html"
        with urllib.request.urlopen(component, timeout=30) as response:  # a browser can draw it (modules loaded early)
            assert response.status == 200
        while not list(cache.glob("*.parquet")) and time.monotonic() < deadline:  # written in the background
            time.sleep(0.5)
        assert list(cache.glob("*.parquet")), "the store was not read before a user came"
    finally:
        server.terminate()
        server.wait(timeout=20)
