"""Time playback: seconds per step of a month window, on the server and until Chromium has drawn it.

Synthetic seeded incidents over Syria and 13 years (bench.map_scale.synthetic_frame; 5 % known only to the week,
5 % to the month). One JSON object per line and size: `n`, `index_s` (once per data version), `per_window`
(median incidents in a month window), `server_s` / `server_max_s` (median and slowest of the steps: the window's
selection, totals with the imprecise count, table rows, area totals, the level of detail and the incident layer,
and the layers rendered to the map component's script as the page's fragment does; the base map is rendered once
per session), `upto_server_s` (the same in the
cumulative mode near the end of the range, the heaviest case), `payload_bytes` (median incident layer), and
`drawn_s` / `drawn_max_s`: Chromium, from the step's payload reaching the map (the old layer removed, the new one
parsed and added, as streamlit-folium swaps layers) until two frames after it was drawn. With --app, first a line
timing the whole step in the real app on its default data: a click on Step until the new window is drawn
(`click_to_drawn_s`, median and slowest of 8 steps) and the bytes the server sent per step. With --browser, only
that, on a store of each size (GED 2016-17 replicated with jitter, month windows; built once in --store-dir and
reused, so a second run takes a minute or two per size).
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
import time
from pathlib import Path

import folium
import numpy as np

from bench.load_map import make_store
from bench.map_scale import serve, synthetic_frame
from dashboard import data, mapframe, panels
from dashboard.headless import REPO, launch, running_app
from dashboard.lod import IncidentIndex, incident_layer
from dashboard.lod.layer import SCRIPT, payload, script_json
from dashboard.map import base_map, symbol_layer
from dashboard.offline import localize
from dashboard.timewindow import TimeWindow, starts
from incidents.filters import Filters

STEPS = 12
VIEWPORT = {"width": 1100, "height": 800}
# In the page: swap the incident layer for each payload in turn, timing each until it has drawn.
SWAP_JS = """async (payloads) => {
  const map = window.MAP, times = [];
  let layer = null;
  map.eachLayer(l => { if (l instanceof L.LodLayer) layer = l; });
  for (const text of payloads) {
    const start = performance.now();
    const drawn = new Promise(done => map.once('lod:drawn', done));
    if (layer) map.removeLayer(layer);
    layer = L.lodLayer(JSON.parse(text)).addTo(map);
    await drawn;
    times.push((performance.now() - start) / 1000);
  }
  return times;
}"""


def frame_of(n: int):
    """`n` incidents with a date precision: most to the day, some to the week or the month."""
    frame = synthetic_frame(n, seed=3)
    rng = np.random.default_rng(3)
    frame["date_precision"] = np.array(["day", "week", "month"])[rng.choice(3, n, p=[0.9, 0.05, 0.05])]
    return frame


def step(dataset: data.Dataset, whole: np.ndarray, window: TimeWindow, base: mapframe.BaseFrame) -> tuple[float, str]:
    """What the map page's fragment does for one step of playback; returns its seconds and the layer's payload."""
    started = time.perf_counter()
    shown = data.Selection(dataset.incidents, dataset.index.during(whole, window))
    shown.columns("id", "latitude", "longitude")
    shown.columns("killed", "wounded").sum()
    int((shown.mask & dataset.index.imprecise).sum())
    shown.derived(panels.table_frame, "en", columns=panels.TABLE_SOURCE)
    totals = shown.derived(data.area_totals, "governorate", None, columns=data.AREA_COLUMNS)
    view = dataset.index.view(shown.mask, bounds=None, zoom=7)
    incidents = folium.FeatureGroup(name="incidents").add_child(incident_layer(view))
    mapframe.layers_js(base, [symbol_layer(totals, "en"), incidents], folium.LayerControl())  # the base map is not
    seconds = time.perf_counter() - started  # rendered again: it is once per session
    return seconds, script_json(payload(view))


def drawn(pages: Path, url: str, payloads: list[str]) -> list[float]:
    """Seconds per layer swap in Chromium, from the payload's text to two frames after it was drawn."""
    from playwright.sync_api import sync_playwright

    m = base_map(None, None, "en")
    (pages / "playback.html").write_text(localize(m).get_root().render(), encoding="utf-8")
    with sync_playwright() as p:
        browser = launch(p)
        try:
            page = browser.new_page(viewport=VIEWPORT)
            page.goto(f"{url}/playback.html")
            page.wait_for_function("typeof L !== 'undefined'")
            page.add_script_tag(path=str(SCRIPT))
            page.evaluate(f"window.MAP = {m.get_name()}")
            page.evaluate(SWAP_JS, payloads[:1])  # the first layer also compiles the script: not a step
            return page.evaluate(SWAP_JS, payloads[1:])
        finally:
            browser.close()


def measure(n: int, pages: Path, url: str) -> dict:
    frame = frame_of(n)
    started = time.perf_counter()
    dataset = data.Dataset(version=n, incidents=data.Frame(frame), index=IncidentIndex.from_frame(frame), options=data.options(frame))
    index_s = time.perf_counter() - started
    whole = dataset.index.mask(Filters())
    months = starts(dataset.options.date_min, dataset.options.date_max, "month")
    windows = [TimeWindow(s, "month") for s in months[len(months) // 2:][: STEPS + 1]]
    base = mapframe.rendered(base_map(None, None, "en"), "map")
    step(dataset, whole, windows[0], base)  # a running app has the per-resolution cells already
    times, payloads, sizes = [], [], []
    for window in windows:
        seconds, text = step(dataset, whole, window, base)
        times.append(seconds)
        payloads.append(text)
        sizes.append(int(dataset.index.during(whole, window).sum()))
    upto = [step(dataset, whole, TimeWindow(s, "month", "upto"), base)[0] for s in months[-3:]]
    swaps = drawn(pages, url, payloads)
    return {
        "n": n, "index_s": round(index_s, 2), "per_window": int(statistics.median(sizes)),
        "server_s": round(statistics.median(times[1:]), 3), "server_max_s": round(max(times[1:]), 3),
        "upto_server_s": round(statistics.median(upto), 3),
        "payload_bytes": int(statistics.median(len(p.encode()) for p in payloads)),
        "drawn_s": round(statistics.median(swaps), 3), "drawn_max_s": round(max(swaps), 3),
    }  # fmt: skip


def app_steps(env: dict[str, str], query: str, label: str, steps: int = 8) -> dict:
    """Seconds from a click on Step to the new window drawn through the real app, and the bytes the server sent
    the browser per step (websocket frames: the fragment's elements, the map's layers, the table)."""
    from playwright.sync_api import sync_playwright

    times, sent = [], []
    received = [0]
    with tempfile.TemporaryDirectory() as folder:
        env = {"INCIDENTS_DB": f"sqlite:///{folder}/incidents.sqlite", "GAZETTEER_LEARNED": f"{folder}/learned.csv",
               **env}  # without a store: a new one, filled with the default data
        with running_app(env, Path(folder) / "streamlit.log", timeout=120) as base, sync_playwright() as p:
            browser = launch(p)
            page = browser.new_page(viewport=VIEWPORT)
            page.on("websocket", lambda ws: ws.on("framereceived", lambda data: received.__setitem__(
                0, received[0] + len(data.encode() if isinstance(data, str) else data))))
            page.goto(f"{base}/?{query}")
            page.get_by_text("incidents shown").first.wait_for(timeout=600_000)
            frame = _map_frame(page)
            frame.wait_for_function("window.__lodDrawn", timeout=120_000)
            page.wait_for_timeout(3000)  # the map's first report back to the app
            for _ in range(steps):
                before = frame.evaluate("window.__lodDrawn")
                received[0] = 0
                started = time.perf_counter()
                page.get_by_role("button", name="Step").click()
                frame.wait_for_function(f"window.__lodDrawn !== {before}", timeout=120_000)
                times.append(time.perf_counter() - started)
                page.wait_for_timeout(1500)  # the rest of the step's elements (table, charts) arrive meanwhile
                sent.append(received[0])
            rows = page.get_by_text("incidents shown").first.inner_text()
            browser.close()
    return {"app": label, "shown_last_step": rows.split(" incidents")[0].strip("*"),
            "click_to_drawn_s": round(statistics.median(times), 3), "click_to_drawn_max_s": round(max(times), 3),
            "sent_per_step_kb": round(statistics.median(sent) / 1024), "load_average": round(os.getloadavg()[0], 1)}


def browser_steps(n: int, store_dir: Path, mode: str = "window") -> dict:
    """`app_steps` on a store of `n` GED events replicated with jitter (built once in `store_dir`, then reused),
    month windows from January 2016, in `mode` (the window alone, or `upto`: everything up to it)."""
    store_dir.mkdir(parents=True, exist_ok=True)
    env = {"INCIDENTS_DB": make_store(n, store_dir), "DASHBOARD_FRAME_CACHE": str(store_dir / "frame-cache")}
    query = f"t=2016-01-01&tsize=month&tmode={mode}&lat=35&lon=38.4&z=7"
    return {"n": n, "mode": mode, **app_steps(env, query, f"{n:,} GED events replicated")}


def _map_frame(page):
    for _ in range(240):
        for frame in page.frames:
            if "streamlit_folium" in frame.url:
                return frame
        page.wait_for_timeout(250)
    raise SystemExit("playback_step: the map did not appear")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.playback_step", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="100000,1000000", help="comma-separated numbers of incidents")
    parser.add_argument("--app", action="store_true", help="also: click Step in the real app on its default data "
                        "and time until the new window is drawn (click_to_drawn_s)")
    parser.add_argument("--browser", action="store_true", help="instead of the parts: click Step in the real app on "
                        "a store of each size (GED replicated, built once in --store-dir) and time until drawn")
    parser.add_argument("--store-dir", type=Path, default=REPO / "var" / "bench-playback",
                        help="where --browser keeps its stores (default var/bench-playback)")
    parser.add_argument("--mode", choices=("window", "upto"), default="window",
                        help="with --browser: the window alone (default) or everything up to it")
    args = parser.parse_args(argv)
    if args.app:
        print(json.dumps(app_steps({}, "t=2016-01-04&tsize=week&lat=35&lon=38.4&z=7",
                                   "default data")), flush=True)
    if args.browser:
        for n in (int(s) for s in args.sizes.split(",")):
            print(json.dumps(browser_steps(n, args.store_dir, args.mode)), flush=True)
        return
    with tempfile.TemporaryDirectory() as tmp:
        server, url = serve(Path(tmp))
        try:
            for n in (int(s) for s in args.sizes.split(",")):
                print(json.dumps(measure(n, Path(tmp), url)), flush=True)
        finally:
            server.shutdown()


if __name__ == "__main__":
    main()
