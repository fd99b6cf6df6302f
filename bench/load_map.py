"""Load test: concurrent browser sessions open the dashboard's map on a store of 100k incidents.

Prints one JSON object per round, then a summary table: how many sessions drew their map, p50/p95/max seconds
from opening the page until the incident layer has drawn, the megabytes each browser received over the app's
WebSocket, the server's CPU seconds in the round, its peak memory (VmHWM: one process, whose cache the sessions
share) and the machine's load average (the figures are only as quiet as the machine). Round "cold" starts on a
fresh server (the first sessions also read the store); round "warm" repeats it on the same server, each from a
new browser context (nothing cached: a first visit); round "returning" opens the page again in the warm round's
contexts (the app's scripts cached, as for a user coming back).
`--store-dir` keeps the built store for the next run. Targets (docs/deployment.md, "Load test"): all draw,
p95 ≤ 10 s, peak ≤ 2 GB.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import lzma
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.store_speed import replicate
from dashboard.headless import CHROMIUM_ARGS, CHROMIUM, REPO, wait_healthy, free_port
from incidents.io import import_file
from incidents.store import Store

DEFAULT_GED = REPO / "data" / "default" / "ged_syria_2016_2017.csv.xz"
# The incident layer of the map, drawn with at least one point or cell.
JS_DRAWN = """() => {
  if (!window.map) return false;
  let lod = null;
  window.map.eachLayer(l => { if (window.L && L.LodLayer && l instanceof L.LodLayer) lod = l; });
  const set = lod && lod._map && lod.shown();
  return !!(set && set.lat.length);
}"""


def make_store(n: int, folder: Path) -> str:
    """A SQLite store of `n` GED events (the default data replicated with jitter), imported the usual way; one
    already built in `folder` for `n` is reused."""
    url = f"sqlite:///{folder / f'load-{n}.sqlite'}"
    if (folder / f"load-{n}.done").exists():
        print(json.dumps({"store": url, "incidents": n, "reused": True}), flush=True)
        return url
    ged, rows = folder / "ged.csv", folder / "replicated.csv"
    with lzma.open(DEFAULT_GED, "rb") as source, open(ged, "wb") as target:
        shutil.copyfileobj(source, target)
    replicate(ged, n, rows)
    Path(url.removeprefix("sqlite:///")).unlink(missing_ok=True)  # a build cut short is started again
    report = import_file(Store(url), rows, learn=lambda new: 0)
    ged.unlink()
    rows.unlink()
    (folder / f"load-{n}.done").touch()
    print(json.dumps({"store": url, "incidents": report.added}), flush=True)
    return url


def peak_mb(pid: int) -> float:
    """The process's peak resident memory so far (VmHWM), in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return round(int(line.split()[1]) / 1024, 1)
    return float("nan")


def cpu_s(pid: int, ended_children: bool = False) -> float:
    """CPU seconds (user + system) the process has used so far; with `ended_children`, also those of the child
    processes it has waited for."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return sum(int(f) for f in fields[11:15 if ended_children else 13]) / os.sysconf("SC_CLK_TCK")


async def session(context, url: str, limit: float) -> tuple[float | None, int]:
    """Seconds from opening the page in a new tab of `context` until its map has drawn (None past `limit` or on a
    browser error), and the bytes the page received over the app's WebSocket by then."""
    received = [0]
    page = None
    try:
        page = await context.new_page()
        page.on("websocket", lambda ws: ws.on("framereceived", lambda data: received.__setitem__(0, received[0] + len(data))))
        started = time.monotonic()
        await page.goto(url, wait_until="commit", timeout=limit * 1000)
        while time.monotonic() - started < limit:
            for frame in page.frames:
                if "streamlit_folium" not in frame.url:
                    continue
                try:
                    if await frame.evaluate(JS_DRAWN):
                        return time.monotonic() - started, received[0]
                except Exception:  # a frame replaced by a rerun
                    pass
            await asyncio.sleep(0.1)
        return None, received[0]
    except Exception as error:  # a crashed page or a timeout counts as not drawn; the round goes on
        print(json.dumps({"session_error": str(error).splitlines()[0]}), flush=True)
        return None, received[0]
    finally:
        if page is not None:
            await page.close()


def tree(pid: int) -> list[int]:
    """The process and all its descendants (those that end meanwhile left out)."""
    found = [pid]
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        try:
            children = task.read_text().split()
        except OSError:  # a thread or process that has just ended
            continue
        for child in children:
            found += tree(int(child))
    return found


def browsers_cpu_s() -> float:
    """CPU seconds used so far by this process's Chromium processes, those that have ended included (counted in
    the Chromium process that waited for them); Playwright's driver not counted."""
    total = 0.0
    for pid in tree(os.getpid())[1:]:
        try:
            if "chrom" in Path(f"/proc/{pid}/comm").read_text():
                total += cpu_s(pid, ended_children=True)
        except OSError:  # a process that has just ended
            pass
    return total


def load_average() -> float:
    """The machine's 1-minute load average."""
    return os.getloadavg()[0]


async def rounds(url: str, pid: int, sessions: int, limit: float) -> list[dict]:
    from playwright.async_api import async_playwright

    results = []
    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            contexts = []
            for name in ("cold", "warm", "returning"):
                if name != "returning":  # a first visit: a browser with nothing cached; returning: the same again
                    await asyncio.gather(*(c.close() for c in contexts))
                    contexts = [await browser.new_context(viewport={"width": 1400, "height": 1000})
                                for _ in range(sessions)]
                started, cpu, load, browsers = time.monotonic(), cpu_s(pid), load_average(), browsers_cpu_s()
                outcomes = await asyncio.gather(*(session(c, url, limit) for c in contexts))
                results.append(round_figures(name, [t for t, _ in outcomes], [b for _, b in outcomes], started, cpu,
                                             load, pid, browser_cpu=browsers_cpu_s() - browsers))
        finally:
            await browser.close()
    return results


async def protocol_rounds(port: int, pid: int, sessions: int, limit: float) -> list[dict]:
    """The cold and warm rounds with protocol clients (no browser): the server's own share of a visit."""
    from dashboard.visit import visit

    results = []
    for name in ("cold", "warm"):
        started, cpu, load = time.monotonic(), cpu_s(pid), load_average()
        visits = await asyncio.gather(*(visit(port, timeout=limit) for _ in range(sessions)), return_exceptions=True)
        visits = [v for v in visits if not isinstance(v, BaseException)]
        results.append(round_figures(name, [v.to_map for v in visits], [v.received_bytes for v in visits], started,
                                     cpu, load, pid, sessions=sessions, settled=[v.settled for v in visits]))
    return results


def round_figures(name: str, times: list[float | None], received: list[int], started: float, cpu: float, load: float,
                  pid: int, sessions: int | None = None, settled: list[float | None] | None = None,
                  browser_cpu: float | None = None) -> dict:
    """One round's figures (printed as a JSON line): sessions that drew, p50/p95/max of their times, megabytes
    received, the server's CPU seconds and peak memory, the browsers' CPU seconds, the load average before and
    after."""
    drawn = sorted(t for t in times if t is not None)
    figures = {"round": name, "sessions": sessions or len(times), "drawn": len(drawn),
               "p50_s": round(statistics.median(drawn), 2) if drawn else None, "p95_s": _p95(drawn),
               "max_s": round(drawn[-1], 2) if drawn else None}
    if settled is not None:  # protocol clients: also when the run the map's report asks for has finished
        figures["settled_p95_s"] = _p95(sorted(t for t in settled if t is not None))
    figures.update({
        "round_s": round(time.monotonic() - started, 2),
        "mb_per_session": round(statistics.mean(received) / 1e6, 2) if received else 0,
        "server_cpu_s": round(cpu_s(pid) - cpu, 1), "server_peak_mb": peak_mb(pid),
        **({"browsers_cpu_s": round(browser_cpu, 1)} if browser_cpu is not None else {}),
        "load_before": round(load, 1), "load_after": round(load_average(), 1),
    })  # fmt: skip
    print(json.dumps(figures), flush=True)
    return figures


def _p95(ordered: list[float]) -> float | None:
    """The 95th percentile of sorted times (None when there are none)."""
    if not ordered:
        return None
    return round(statistics.quantiles(ordered, n=20, method="inclusive")[18] if len(ordered) > 1 else ordered[0], 2)


def summary(results: list[dict]) -> str:
    """The rounds as a table, with the targets."""
    lines = ["round     drew    p50 s   p95 s   max s   MB/session  server CPU s  browsers CPU s  server peak MB"
             "  load before/after"]
    for r in results:
        lines.append(f"{r['round']:<9} {r['drawn']:>2}/{r['sessions']:<3} {r['p50_s'] or '-':>7} {r['p95_s'] or '-':>7} "
                     f"{r['max_s'] or '-':>7} {r['mb_per_session']:>11} {r['server_cpu_s']:>13} "
                     f"{r.get('browsers_cpu_s', '-'):>15} {r['server_peak_mb']:>15}  {r['load_before']}/{r['load_after']}")
    lines.append("targets: all draw, p95 <= 10 s, server peak <= 2048 MB")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.load_map", description=__doc__.splitlines()[0])
    parser.add_argument("--incidents", type=int, default=100_000, help="store size (default 100000)")
    parser.add_argument("--sessions", type=int, default=10, help="concurrent browser sessions (default 10)")
    parser.add_argument("--limit", type=float, default=240, help="seconds a session may wait for its map (default 240)")
    parser.add_argument("--clients", choices=("browser", "protocol"), default="browser",
                        help="browser: headless Chromium contexts on this machine (their rendering shares its cores "
                             "with the server); protocol: Streamlit protocol clients that render nothing, to "
                             "measure the server's share (default browser)")
    parser.add_argument("--db", help="an existing store to serve instead of building one")
    parser.add_argument("--store-dir", type=Path, default=REPO / "var" / "load-map",
                        help="folder the store is built in once and reused from (default var/load-map)")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="load-map-") as folder:
        folder = Path(folder)
        args.store_dir.mkdir(parents=True, exist_ok=True)
        url = args.db or make_store(args.incidents, args.store_dir)
        port = free_port()
        env = {**os.environ, "INCIDENTS_DB": url, "GAZETTEER_LEARNED": str(folder / "learned.csv"), "TILES_URL": "",
               "OCHA_DIR": "", "DASHBOARD_SIGN_IN": "", "DASHBOARD_FRAME_CACHE": str(folder / "frame-cache")}
        log = folder / "streamlit.log"
        with open(log, "w") as out:
            server = subprocess.Popen(
                [sys.executable, "-m", "streamlit", "run", "dashboard/app.py", "--server.port", str(port),
                 "--server.address", "127.0.0.1", "--server.headless", "true", "--browser.gatherUsageStats", "false"],
                cwd=REPO, env=env, stdout=out, stderr=subprocess.STDOUT,
            )  # fmt: skip
        base = f"http://127.0.0.1:{port}"
        try:
            wait_healthy(base, server, 120, log)
            print(json.dumps({"server_start_mb": peak_mb(server.pid)}), flush=True)
            if args.clients == "protocol":
                results = asyncio.run(protocol_rounds(port, server.pid, args.sessions, args.limit))
            else:
                results = asyncio.run(rounds(base, server.pid, args.sessions, args.limit))
            print(summary(results), flush=True)
        finally:
            server.terminate()
            try:
                server.wait(timeout=20)
            except subprocess.TimeoutExpired:
                server.kill()


if __name__ == "__main__":
    main()
