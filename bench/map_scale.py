"""Map at scale: rebuild time, bytes sent and time to draw in headless Chromium, ours against plain folium.

Prints one JSON object per line: mode (ours, circlemarker, fastmarkercluster), n, build_s (server time to
rebuild the map after a filter change), payload_bytes (the HTML page), drawn_s (Chromium: navigation start
to the layer drawn), layer_s (the same from the start of the map's script, i.e. without page and Leaflet
loading), peak_rss_mb (the server process), and st_drawn_s: opening a Streamlit page that rebuilds the map and
shows it through streamlit-folium, as the dashboard does, until it has drawn, and st_layer_s: of that, the
time from the start of the map's script in streamlit-folium's frame. A run over its limit prints
"timeout": true.
"""
from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import functools
import http.server
import json
import os
import resource
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

import folium
import numpy as np
import pandas as pd
from branca.element import MacroElement
from folium.plugins import FastMarkerCluster
from folium.template import Template

from dashboard.lod import IncidentIndex, incident_layer
from dashboard.lod.index import INDEX_FIELDS
from dashboard.headless import launch
from dashboard.offline import localize
from incidents.filters import Filters
from incidents.record import EVENT_TYPES, REVIEW_STATUSES, SYRIA_BBOX

ROOT = Path(__file__).resolve().parents[1]
MODES = ("ours", "circlemarker", "fastmarkercluster")
VIEWPORT = {"width": 1100, "height": 800}
# The filter change the rebuild answers: keeps every synthetic row, so n points reach the map.
CHANGE = Filters(review_status=list(REVIEW_STATUSES), date_from=dt.date(2000, 1, 1))
PLAIN_MARKER = "function (row) { return L.marker(new L.LatLng(row[0], row[1])); }"


class Probe(MacroElement):
    """Notes a moment in the map's script: `start` (added before the layer: what follows is the layer's time,
    not Chromium's or Leaflet's loading), `drawn` (added last: two frames painted since the layer was added)."""

    _template = Template(
        """{% macro script(this, kwargs) %}
        {%- if this.moment == "start" %}
        window.__start = performance.now(); window.__startAt = Date.now();
        {%- else %}
        requestAnimationFrame(function () { requestAnimationFrame(function () {
          window.__drawn = performance.now(); window.__drawnAt = Date.now();
        }); });
        {%- endif %}
        {% endmacro %}"""
    )

    def __init__(self, moment: str):
        super().__init__()
        self.moment = moment


def synthetic_frame(n: int, seed: int = 7) -> pd.DataFrame:
    """`n` seeded incidents over Syria with the index's columns: most at shared place points, some scattered."""
    rng = np.random.default_rng(seed)
    west, south, east, north = SYRIA_BBOX
    places = np.column_stack([rng.uniform(south + 0.3, north - 0.3, 400), rng.uniform(west + 0.3, east - 0.3, 400)])
    place = np.minimum(rng.zipf(1.3, n) - 1, len(places) - 1)
    scatter = rng.random(n) < 0.5
    types = np.array(list(EVENT_TYPES))
    kind = rng.choice(len(types), n, p=[0.3, 0.35, 0.15, 0.08, 0.04, 0.06, 0.02])
    actors = pd.Series([f"Actor {i}" for i in range(40)], dtype="str")
    place_names = pd.Series(place, dtype="int64").astype("str")
    row = pd.Series(np.arange(n), dtype="int64").astype("str")
    frame = pd.DataFrame(
        {
            "id": np.arange(1, n + 1),
            "event_date": np.datetime64("2011-03-15") + rng.integers(0, 13 * 365, n).astype("timedelta64[D]"),
            "event_type": pd.Series(types[kind], dtype="str"),
            "sub_event_type": pd.Series([EVENT_TYPES[t][0] for t in types], dtype="str").iloc[kind].to_numpy(),
            "actor1": actors.iloc[rng.integers(0, 40, n)].to_numpy(),
            "actor2": actors.iloc[rng.integers(0, 40, n)].to_numpy(),
            "location_en": "Place " + place_names,
            "location_ar": "مكان " + place_names,
            "admin1": "Governorate " + (place_names.str[-1]),
            "latitude": places[place, 0] + scatter * rng.normal(0, 0.1, n),
            "longitude": places[place, 1] + scatter * rng.normal(0, 0.1, n),
            "killed": rng.negative_binomial(1, 0.3, n),
            "wounded": rng.negative_binomial(1, 0.2, n),
            "source": "Source " + pd.Series(rng.integers(0, 12, n), dtype="int64").astype("str"),
            "source_url": "https://reports.example/" + row,
            "excerpt": "Report " + row + ": shelling hit the market near the school.",
            "review_status": pd.Series(np.array(REVIEW_STATUSES)[rng.integers(0, 3, n)], dtype="str"),
        }
    )
    for name in INDEX_FIELDS:
        if name not in frame:
            frame[name] = pd.Series(pd.NA, index=frame.index, dtype="str")
    return frame


def build(mode: str, frame: pd.DataFrame, index: IncidentIndex | None) -> folium.Map:
    """The map after the filter change: ours from the index, the baselines from a pandas selection."""
    m = folium.Map(location=[35.0, 38.5], zoom_start=7, tiles=None)
    m.options["max_zoom"] = 18  # without tiles the map has none, and marker clusters need one
    Probe("start").add_to(m)
    if mode == "ours":
        incident_layer(index.view(index.mask(CHANGE), bounds=None, zoom=7)).add_to(m)
    else:
        keep = frame["review_status"].isin(CHANGE.review_status) & (frame["event_date"] >= pd.Timestamp(CHANGE.date_from))
        selected = frame[keep & frame["latitude"].notna()]
        lat, lon, killed = (selected[c].tolist() for c in ("latitude", "longitude", "killed"))
        if mode == "circlemarker":
            for y, x, k in zip(lat, lon, killed):
                folium.CircleMarker([y, x], radius=3 + k**0.5, tooltip=f"{k} killed").add_to(m)
        else:
            # folium's default marker needs Font Awesome from a CDN; a plain Leaflet marker needs nothing
            FastMarkerCluster(list(map(list, zip(lat, lon))), callback=PLAIN_MARKER).add_to(m)
    Probe("drawn").add_to(m)
    return localize(m)


def measure(mode: str, n: int, pages: Path, url: str, limit: float, repeat: int) -> dict:
    """One mode at one size, in this (fresh) process: build, write the page, draw it in Chromium."""
    frame = synthetic_frame(n)
    result: dict = {"mode": mode, "n": n}
    index = None
    signal.signal(signal.SIGALRM, lambda *_: _stop(result))
    signal.alarm(int(limit))
    if mode == "ours":
        start = time.perf_counter()
        index = IncidentIndex.from_frame(frame)
        result["index_s"] = round(time.perf_counter() - start, 3)  # once per data version, not per rerun
        build(mode, frame, index)  # a first view fills the per-resolution caches a running app already has
    start = time.perf_counter()
    html = build(mode, frame, index).get_root().render()
    result["build_s"] = round(time.perf_counter() - start, 3)
    result["payload_bytes"] = len(html.encode())
    signal.alarm(0)  # the browser part has its own limit
    page = pages / f"{mode}-{n}.html"
    page.write_text(html, encoding="utf-8")
    result.update(draw(f"{url}/{page.name}", limit=limit, repeat=repeat))
    result["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    return result


def _stop(result: dict) -> None:
    result["timeout"] = True
    result["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    print(json.dumps(result), flush=True)
    os._exit(0)


def draw(url: str, limit: float, repeat: int) -> dict:
    """Seconds until the page has drawn its layer, from navigation start and from the start of the map's script
    (medians of fresh loads), and the page's JS heap."""
    from playwright.sync_api import sync_playwright

    times, layer_times = [], []
    with sync_playwright() as p:
        browser = launch(p)
        try:
            for _ in range(repeat):
                with _loaded(browser, url, limit) as frame:
                    if frame is None:
                        return {"timeout": True}
                    drawn, start, heap = frame.evaluate("[window.__drawn, window.__start, performance.memory.usedJSHeapSize]")
                times.append(drawn / 1000)
                layer_times.append((drawn - start) / 1000)
        finally:
            browser.close()
    return {
        "drawn_s": round(statistics.median(times), 3),
        "layer_s": round(statistics.median(layer_times), 3),
        "browser_heap_mb": round(heap / 2**20, 1),
    }


@contextlib.contextmanager
def _loaded(browser, url: str, limit: float):
    """Open `url` in a fresh context and yield the frame (page or streamlit-folium's) once the map has drawn,
    None past `limit`; a script error in the page stops the bench."""
    context = browser.new_context(viewport=VIEWPORT)
    errors: list[str] = []
    try:
        page = context.new_page()
        page.on("pageerror", lambda error: errors.append(str(error)))
        context.start = time.time()
        page.goto(url, wait_until="commit", timeout=limit * 1000)
        while time.time() - context.start < limit:
            if errors:
                raise SystemExit(f"map_scale: {url} failed: {errors[0]}")
            for frame in page.frames:
                try:
                    drawn_at = frame.evaluate("window.__drawnAt || null")
                except Exception:  # a frame navigating away
                    continue
                if drawn_at:  # a busy page answers late: what drew after the limit still timed out
                    yield frame if drawn_at / 1000 - context.start <= limit else None
                    return
            page.wait_for_timeout(20)
        yield None
    finally:
        context.close()


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


def serve(root: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    """A local web server (127.0.0.1 only): the pages, and the app's static files at /app/static."""
    (root / "app").mkdir(exist_ok=True)
    (root / "app" / "static").symlink_to(ROOT / "dashboard" / "static")
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(root)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def app() -> None:
    """Run by Streamlit: the map of ?mode=&n= through streamlit-folium, rebuilt on every run as in the dashboard."""
    import streamlit as st
    from streamlit_folium import st_folium

    @st.cache_resource(max_entries=1)
    def data(n: int) -> tuple[pd.DataFrame, IncidentIndex]:
        frame = synthetic_frame(n)
        return frame, IncidentIndex.from_frame(frame)

    mode, n = st.query_params["mode"], int(st.query_params["n"])
    frame, index = data(n)
    st_folium(build(mode, frame, index), width=VIEWPORT["width"], height=700, returned_objects=[], key="map")


class Streamlit:
    """A Streamlit server on 127.0.0.1 running `app`, with the app's static files served at /app/static."""

    def __init__(self, root: Path):
        folder = root / "streamlit"
        folder.mkdir()
        (folder / "static").symlink_to(ROOT / "dashboard" / "static")
        (folder / "bench_app.py").write_text("from bench.map_scale import app\n\napp()\n")
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        self.url = f"http://127.0.0.1:{port}"
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", str(folder / "bench_app.py"), "--server.address", "127.0.0.1",
             "--server.port", str(port), "--server.headless", "true", "--browser.gatherUsageStats", "false"],
            cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        for _ in range(600):
            try:
                with urllib.request.urlopen(f"{self.url}/_stcore/health", timeout=1) as answer:
                    if answer.read() == b"ok":
                        return
            except OSError:
                time.sleep(0.1)
        raise SystemExit("map_scale: the Streamlit server did not start")

    def close(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=30)

    def drawn(self, mode: str, n: int, limit: float, repeat: int) -> dict:
        """Seconds from opening the app's page until streamlit-folium's map has drawn (median of fresh loads)."""
        from playwright.sync_api import sync_playwright

        url, times, layer_times = f"{self.url}/?mode={mode}&n={n}", [], []
        with sync_playwright() as p:
            browser = launch(p)
            try:
                for attempt in range(repeat + 1):  # the first run generates the data: not timed
                    with _loaded(browser, url, limit + (300 if attempt == 0 else 0)) as frame:
                        if frame is None:
                            return {"st_timeout": True}
                        if attempt:
                            drawn_at, start_at = frame.evaluate("[window.__drawnAt, window.__startAt]")
                            times.append(drawn_at / 1000 - frame.page.context.start)
                            layer_times.append((drawn_at - start_at) / 1000)
            finally:
                browser.close()
        return {"st_drawn_s": round(statistics.median(times), 3), "st_layer_s": round(statistics.median(layer_times), 3)}


def run(sizes: list[int], modes: list[str], limit: float, repeat: int, via_streamlit: bool) -> None:
    """Each (mode, n) in its own process so peak memory is its own; a mode that timed out skips larger n."""
    if not (ROOT / "dashboard" / "static" / "vendor" / "leaflet" / "leaflet.js").exists():
        raise SystemExit("map_scale: Leaflet assets missing; run `python -m dashboard.assets` (make setup does)")
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        server, url = serve(root)
        streamlit = Streamlit(root) if via_streamlit else None
        timed_out: dict[str, int] = {}
        try:
            for n in sizes:
                for mode in modes:
                    if mode in timed_out:
                        line = {"mode": mode, "n": n, "timeout": True, "skipped": f"timed out at n={timed_out[mode]}"}
                    else:
                        line = _child(mode, n, root, url, limit, repeat)
                        if line.get("timeout"):
                            timed_out[mode] = n
                        elif streamlit:
                            line.update(streamlit.drawn(mode, n, limit, repeat))
                    print(json.dumps(line), flush=True)
        finally:
            server.shutdown()
            if streamlit:
                streamlit.close()


def _child(mode: str, n: int, root: Path, url: str, limit: float, repeat: int) -> dict:
    cmd = [sys.executable, "-m", "bench.map_scale", "--child", mode, str(n), str(root), url, "--limit", str(limit),
           "--repeat", str(repeat)]  # fmt: skip
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True, cwd=ROOT, start_new_session=True)
    try:
        out, _ = proc.communicate(timeout=limit * (repeat + 1) + 120)  # the child enforces `limit` per step
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        return {"mode": mode, "n": n, "timeout": True}
    lines = [line for line in out.splitlines() if line.startswith("{")]
    return json.loads(lines[-1]) if lines else {"mode": mode, "n": n, "error": f"exit {proc.returncode}"}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.map_scale", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10000,100000,1000000", help="comma-separated numbers of incidents")
    parser.add_argument("--modes", default=",".join(MODES), help=f"comma-separated, from {', '.join(MODES)}")
    parser.add_argument("--limit", type=float, default=120.0, help="seconds a mode may take per size")
    parser.add_argument("--repeat", type=int, default=3, help="page loads per measurement (the median is kept)")
    parser.add_argument("--no-streamlit", action="store_true", help="skip st_drawn_s (the map through streamlit-folium)")
    parser.add_argument("--child", nargs=4, metavar=("MODE", "N", "PAGES", "URL"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        mode, n, pages, url = args.child
        print(json.dumps(measure(mode, int(n), Path(pages), url, args.limit, args.repeat)), flush=True)
        os._exit(0)  # skip interpreter teardown of a million-row frame
    run([int(s) for s in args.sizes.split(",")], args.modes.split(","), args.limit, args.repeat, not args.no_streamlit)


if __name__ == "__main__":
    main()
