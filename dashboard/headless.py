"""The real app on a free local port, and Debian's headless Chromium to drive it (browser tests, screenshots)."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fresh_clone_env(folder: Path) -> dict[str, str]:
    """The settings of a fresh clone (none: embedded data, shipped boundaries, no tiles) with its store in `folder`."""
    blank = ("OCHA_DIR", "TILES_URL", "TILES_ATTRIBUTION", "GAZETTEER", "GAZETTEER_ONLINE")
    return {"INCIDENTS_DB": f"sqlite:///{folder}/incidents.sqlite", "GAZETTEER_LEARNED": f"{folder}/learned.csv",
            **dict.fromkeys(blank, "")}


@contextmanager
def running_app(env: dict[str, str], log: Path, timeout: float = 60, address: str = "127.0.0.1",
                warmed: bool = False) -> Iterator[str]:
    """`streamlit run dashboard/app.py` (`warmed`: `python -m dashboard.serve`, which draws the first map on its
    own) with `env` added to the environment, listening on `address`; yields its base URL on this machine, then
    stops it."""
    port = free_port()
    command = ["dashboard.serve"] if warmed else ["streamlit", "run", "dashboard/app.py"]
    with open(log, "w") as out:
        server = subprocess.Popen(
            [sys.executable, "-m", *command, "--server.port", str(port),
             "--server.address", address, "--server.headless", "true", "--browser.serverAddress", "localhost",
             "--browser.gatherUsageStats", "false"],
            cwd=REPO, env={**os.environ, **env}, stdout=out, stderr=subprocess.STDOUT,
        )  # fmt: skip
        base = f"http://127.0.0.1:{port}"
        try:
            wait_healthy(base, server, timeout, log)
            yield base
        finally:
            server.terminate()
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:  # a script run still busy: it has nothing to save
                server.kill()
                server.wait()


def wait_healthy(base: str, server: subprocess.Popen, timeout: float, log: Path) -> None:
    deadline = time.time() + timeout
    while True:
        try:
            with urllib.request.urlopen(f"{base}/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        if server.poll() is not None or time.time() > deadline:
            server.kill()
            raise RuntimeError(f"streamlit did not start:\n{log.read_text()}")
        time.sleep(0.3)


def launch(playwright):
    """Debian's Chromium, headless, with background networking off (never `playwright install`)."""
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
