"""Cold first map in the browser: a fresh dashboard server on an existing store, one Chromium session, seconds from
requesting the page until the incident layer has drawn on its canvas, and the server's peak memory.

Two starts per store: `from_store` with an empty frame cache (as right after an import), then `from_cache` on a new
server that finds the Parquet copy the first one wrote. One JSON object per start: `drawn_s`, `server_peak_mb`
(VmHWM of the server process), `tree_peak_mb` (server and its reader processes together, sampled every 50 ms),
`server_cpu_s` (until drawn), and the machine's load average (other jobs make every time an upper bound).
Before each, the same cold start without Streamlit in a fresh process (`bench: cold_map_server`): wall and CPU
seconds (that process and its reader processes) until the first map's view is built and until every column is
in memory; CPU seconds do not grow with the machine's load as wall seconds do. Target at 1M (docs/scale.md):
drawn <= 5 s, server < 1.5 GB.

`--at-once` starts the servers as `make run` does (`dashboard.serve`) with Chromium already open, and requests the
page the moment the port answers (a user who asks during the warm-up): `port_s` is start -> port answers, `drawn_s`
request -> drawn, `start_drawn_s` start -> drawn; `--screenshot DIR` keeps a PNG of each drawn page.

Usage: python -m bench.cold_map --db sqlite:////tmp/n1000000.sqlite [--db postgresql+psycopg://...] [--limit 120]
[--warmed | --at-once] [--screenshot DIR] (build a store of N incidents with
`python -m bench.store_speed --sizes N --workdir DIR`).
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

from bench.load_map import JS_DRAWN, cpu_s, load_average, peak_mb, session, tree
from dashboard.headless import CHROMIUM, CHROMIUM_ARGS, REPO, fresh_clone_env, free_port, running_app
from incidents.filters import Filters
from incidents.store import Store


def rss_mb(pids: list[int]) -> float:
    """Resident memory of a process (the first) and its descendants together (those that have exited count 0).
    A descendant still running its parent's command line is between fork and exec: it shows the parent's
    resident memory as its own (a reader started by a 1 GB server counted 1 GB more), so it counts 0."""
    total = 0
    for pid in pids:
        try:
            if pid != pids[0] and _command(pid) == _command(pids[0]):
                continue
            total += int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE")
        except (OSError, IndexError):
            pass
    return total / 2**20


def _command(pid: int) -> bytes:
    return Path(f"/proc/{pid}/cmdline").read_bytes()


class TreePeak(threading.Thread):
    """Samples the memory of a process tree until stopped; `peak` is the largest sum seen, in MB."""

    def __init__(self, pid: int):
        super().__init__(daemon=True)
        self.pid, self.peak, self.done = pid, 0.0, threading.Event()

    def run(self) -> None:
        while not self.done.wait(0.05):
            try:
                self.peak = max(self.peak, rss_mb(tree(self.pid)))
            except OSError:
                pass


async def first_map(base: str, limit: float) -> float | None:
    """Seconds from requesting the page until its map has drawn, in a fresh headless Chromium."""
    from playwright.async_api import async_playwright

    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            return (await session(browser, base, limit))[0]
        finally:
            await browser.close()


async def at_once(env: dict[str, str], log: Path, limit: float, shot: Path | None, cache: Path | None) -> dict:
    """`dashboard.serve` started with Chromium already open; the page requested as soon as the port answers.
    Seconds from start until the port answered and until the map drew, the server's CPU and peak memory; with
    `cache`, the server is stopped only once it has written its frame cache there."""
    from playwright.async_api import async_playwright

    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = await (await browser.new_context(viewport={"width": 1400, "height": 900})).new_page()
        port = free_port()
        with open(log, "w") as out:
            started = time.monotonic()
            server = subprocess.Popen(
                [sys.executable, "-m", "dashboard.serve", "--server.port", str(port), "--server.address",
                 "127.0.0.1", "--server.headless", "true", "--browser.gatherUsageStats", "false"],
                cwd=REPO, env={**os.environ, **env}, stdout=out, stderr=subprocess.STDOUT)  # fmt: skip
        sampler = TreePeak(server.pid)
        sampler.start()
        try:
            while not _answers(port):
                if server.poll() is not None or time.monotonic() - started > limit:
                    raise RuntimeError(f"the server did not start:\n{log.read_text()}")
                await asyncio.sleep(0.05)
            port_s = time.monotonic() - started
            await page.goto(f"http://127.0.0.1:{port}/", wait_until="commit", timeout=limit * 1000)
            drawn = None
            while drawn is None and time.monotonic() - started < limit:
                for frame in page.frames:
                    try:
                        if "streamlit_folium" in frame.url and await frame.evaluate(JS_DRAWN):
                            drawn = time.monotonic() - started
                    except Exception:  # a frame replaced by a rerun
                        pass
                await asyncio.sleep(0.05)
            figures = {"port_s": round(port_s, 2), "drawn_s": None if drawn is None else round(drawn - port_s, 2),
                       "start_drawn_s": None if drawn is None else round(drawn, 2),
                       "server_cpu_s": round(cpu_s(server.pid, ended_children=True), 1),
                       "server_peak_mb": peak_mb(server.pid)}
            if shot is not None and drawn is not None:
                await asyncio.sleep(1)  # the tiles of the base map and the badges finish drawing
                await page.screenshot(path=str(shot))
            if cache is not None:
                _wait_for_cache(cache, limit)
            return {**figures, "tree_peak_mb": round(sampler.peak)}
        finally:
            sampler.done.set()
            await browser.close()
            server.terminate()
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()


def _answers(port: int) -> bool:
    """Whether the server's health check answers yet."""
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=1) as response:
            return response.status == 200
    except OSError:
        return False


def cpu_now() -> float:
    """CPU seconds of this process and of its finished child processes."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def server_side(url: str, cache: Path | None) -> None:
    """In this fresh process: `data.cold` until the first map's view, then until every column is read."""
    from dashboard import data

    store = Store(url)
    wall, cpu = time.perf_counter(), cpu_now()
    dataset = data.cold(store, url, cache)
    dataset.index.view(dataset.index.mask(Filters()), zoom=7)
    first_s, first_cpu = time.perf_counter() - wall, cpu_now() - cpu
    size = len(dataset.frame)
    print(json.dumps({"bench": "cold_map_server", "n": size, "start": "from_cache" if cache else "from_store",
                      "first_map_s": round(first_s, 2), "first_map_cpu_s": round(first_cpu, 2),
                      "all_columns_s": round(time.perf_counter() - wall, 2),
                      "all_columns_cpu_s": round(cpu_now() - cpu, 2),
                      "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024}), flush=True)


def measure(url: str, limit: float, warmed: bool = False, now: bool = False, shots: Path | None = None,
            server_first: bool = True) -> None:
    """Both starts of the store at `url`; `warmed`: servers started by `dashboard.serve`, timed from start until
    their own warm-up visit has drawn the map (`warm_s`), then the browser's first map; `now`: the same servers,
    the browser's request the moment the port answers (`at_once`)."""
    size = Store(url).count()
    with tempfile.TemporaryDirectory(prefix="cold-map-") as folder:
        folder = Path(folder)
        env = {**fresh_clone_env(folder), "INCIDENTS_DB": url, "DASHBOARD_FRAME_CACHE": str(folder / "cache"),
               "DASHBOARD_SIGN_IN": ""}
        for start in ("from_store", "from_cache"):
            cache = ["--cache", str(folder / "cache")] if start == "from_cache" else []
            if server_first:
                subprocess.run([sys.executable, "-m", "bench.cold_map", "--db", url, "--server-side", *cache],
                               check=True)
            log, started = folder / f"{start}.log", time.monotonic()
            if now:
                shot = shots / f"cold_map_{size}_{start}.png" if shots else None
                figures = asyncio.run(at_once(env, log, limit, shot, folder / "cache" if start == "from_store" else None))
                print(json.dumps({"bench": "cold_map_at_once", "n": size, "backend": url.split(":", 1)[0],
                                  "start": start, **figures, "load_average": round(load_average(), 1)}), flush=True)
                continue
            with running_app(env, log, timeout=180, warmed=warmed) as base:
                (pid,) = tree(os.getpid())[1:2]  # the server: this process's only child
                sampler = TreePeak(pid)
                sampler.start()
                while warmed and "Warmed" not in log.read_text() and time.monotonic() - started < limit:
                    time.sleep(0.2)
                warm_s, cpu = (round(time.monotonic() - started, 1) if warmed else None), cpu_s(pid)
                drawn = asyncio.run(first_map(base, limit))
                sampler.done.set()
                figures = {"bench": "cold_map", "n": size, "backend": url.split(":", 1)[0], "start": start,
                           **({"warm_s": warm_s} if warmed else {}), "drawn_s": None if drawn is None else round(drawn, 2),
                           "server_cpu_s": round(cpu_s(pid) - cpu, 1), "server_peak_mb": peak_mb(pid),
                           "tree_peak_mb": round(sampler.peak), "load_average": round(load_average(), 1)}
                print(json.dumps(figures), flush=True)
                if start == "from_store":
                    _wait_for_cache(folder / "cache", limit)


def _wait_for_cache(cache: Path, limit: float) -> None:
    """After the start from the store: wait until its server has written the frame cache the next start reads."""
    deadline = time.monotonic() + limit
    while not any(cache.glob("*.parquet")):
        if time.monotonic() > deadline:
            raise RuntimeError("the server wrote no frame cache")
        time.sleep(0.5)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.cold_map", description=__doc__.splitlines()[0])
    parser.add_argument("--db", action="append", required=True, help="a store URL (repeat for several)")
    parser.add_argument("--limit", type=float, default=180, help="seconds a start may take to draw its map")
    parser.add_argument("--warmed", action="store_true",
                        help="start the servers with `python -m dashboard.serve` (as `make run` does): print the "
                             "seconds from start until its warm-up drew the map, then time the browser after it")
    parser.add_argument("--at-once", action="store_true",
                        help="start the servers as `make run` does with Chromium open, and request the page as soon "
                             "as the port answers (time start -> port, request -> drawn)")
    parser.add_argument("--screenshot", type=Path, help="with --at-once: a folder for a PNG of each drawn page")
    parser.add_argument("--no-server-side", action="store_true",
                        help="skip the start without Streamlit before each (saves a minute at 1M)")
    parser.add_argument("--server-side", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--cache", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.server_side:
        server_side(args.db[0], args.cache)
        return
    for url in args.db:
        measure(url, args.limit, args.warmed, args.at_once, args.screenshot, not args.no_server_side)


if __name__ == "__main__":
    main()
