"""`python -m dashboard.serve [STREAMLIT OPTIONS]`: the app (`streamlit run dashboard/app.py` with those options),
warmed: the store's incidents are read from the start, beside Streamlit's own start-up, and as soon as the server
answers one visit without a browser draws the default map, so the map index, base map and default view are built
before the first user asks (they are shared by every session). With sign-in on the visit stops at the sign-in
form: the incidents and the program's modules are then loaded ahead."""
from __future__ import annotations

import asyncio
import importlib
import os
import sys
import threading
import time
import urllib.request
from pathlib import Path

APP = Path(__file__).with_name("app.py")
# The modules the app and its map page import, loaded before the server starts: two threads importing the same
# modules at once can deadlock, and Python then fails one of the imports (a first page asking during a load).
# Not dashboard.mapframe: streamlit-folium declares its component on import, which only a running server keeps.
PAGE_MODULES = ("streamlit", "folium", "dashboard.data", "dashboard.lod", "dashboard.map", "dashboard.offline",
                "dashboard.panels", "dashboard.sidebar", "dashboard.signin", "dashboard.timeplay", "dashboard.urlstate")


def main(argv: list[str] | None = None) -> None:
    # Arrow's memory from jemalloc (in pyarrow's wheels), which gives freed memory back within seconds; Arrow's
    # default here, mimalloc, kept much of what decoding had freed (1M, cold read of every column without
    # Streamlit, one run each at load 11-12: peak from the frame cache 1.22 -> 1.11 GB, from the store 1.12 ->
    # 1.10 GB). Set before pyarrow is imported; the reader processes inherit it.
    os.environ.setdefault("ARROW_DEFAULT_MEMORY_POOL", "jemalloc")
    from dashboard.settings import load

    settings = load()
    _begin(settings.incidents_db, settings.frame_cache)  # the reader processes scan while the modules load
    for name in PAGE_MODULES:
        importlib.import_module(name)
    threading.Thread(target=preload, args=(settings.incidents_db, str(settings.ocha_dir)), name="preload",
                     daemon=True).start()
    from streamlit.web import cli

    threading.Thread(target=warm, name="warm-up", daemon=True).start()
    sys.argv = ["streamlit", "run", str(APP), *(sys.argv[1:] if argv is None else argv)]
    cli.main()


def _begin(url: str, cache: Path | None) -> None:
    """Begin the first read of the store's map columns (`dashboard.firstread`); a failure is printed, and the
    app reads them when they are first needed."""
    try:
        from dashboard import firstread

        firstread.start(url, cache)
    except Exception as error:
        print(f"first read failed: {error}", file=sys.stderr, flush=True)


def preload(url: str, ocha_dir: str) -> None:
    """Make the base map while the store's incidents are read (`dashboard.data.warm_base_map`), then take them into
    the app's cache (`dashboard.data.preload`) and make what the default first map shares
    (`dashboard.data.warm_first_map`), beside Streamlit's own start-up; a failure is printed and the
    first page reads them again, saying why if it fails too."""
    from dashboard import data

    try:
        data.warm_base_map(ocha_dir)  # needs no incidents: made while the first read is still under way
        data.warm_first_map(data.preload(url), ocha_dir)
    except Exception as error:  # the app still serves
        print(f"preload failed: {error}", file=sys.stderr, flush=True)


def warm(timeout: float = 600) -> None:
    """Wait for the server to answer, then visit it once; a failed visit is printed and otherwise ignored (the
    first user then pays the cold start, as without warming)."""
    from streamlit import config, runtime

    from dashboard.visit import url_prefix, visit

    started = time.monotonic()
    while time.monotonic() - started < timeout:
        time.sleep(0.5)
        if not runtime.exists():  # created once the command line's options are in the config
            continue
        host, port, base_path = _where(config)
        try:
            with urllib.request.urlopen(f"http://{host}:{port}{url_prefix(base_path)}/_stcore/health", timeout=5):
                break
        except OSError:
            continue
    try:
        done = asyncio.run(visit(port, timeout=timeout, host=host, base_path=base_path))
    except Exception as error:  # the app still serves; the warm-up is only a head start
        print(f"warm-up visit failed: {error}", file=sys.stderr, flush=True)
        return
    state = "map drawn" if done.to_map is not None else "no map (sign-in on)"
    print(f"  Warmed in {time.monotonic() - started:.1f} s: {state}.", flush=True)


def _where(config) -> tuple[str, int, str]:
    """The host to reach this server at, its port and its base URL path, from Streamlit's options."""
    address = config.get_option("server.address") or "127.0.0.1"
    host = "127.0.0.1" if address in ("0.0.0.0", "::", "localhost") else address
    return host, config.get_option("server.port"), config.get_option("server.baseUrlPath") or ""


if __name__ == "__main__":
    main()
