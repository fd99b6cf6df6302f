"""Store benchmark: at N incidents (UCDP GED replicated with jitter), on SQLite or PostGIS: import time, the
dashboard's cold first map and edit-to-map on the server side, aggregate and free-text query times, peak memory.
Prints one JSON object per line.

Usage: python -m bench.store_speed [--sizes 100000,1000000] [--db POSTGRES_URL] [--workdir DIR] [--reuse]
       [--import-only] [--teach]
Targets at 1M (SQLite): import <= 60 s (aim 30 s); cold first map <= 5 s; an edit seen <= 2 s; each aggregate or
free-text query <= 300 ms. The cold start, edit and an ingest of 20 drafts run in a fresh process, so its peak
memory is the server's.
"""
from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import hashlib
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd
import sqlalchemy as sa

from incidents.filters import Filters
from incidents.io import import_file
from incidents.store import Store

DEFAULT_GED = Path(os.environ.get("SHARED_DIR") or Path(__file__).resolve().parents[2] / "shared") \
    / "data" / "ucdp-ged-syria" / "ged_syria_2016_2017.csv"
QUERIES = {  # name -> (method, Filters, extra)
    "count_governorate_quarter": ("count", Filters(admin1=["Aleppo"], date_from=dt.date(2017, 1, 1),
                                                   date_to=dt.date(2017, 3, 31)), {}),
    "query_filtered_limit_1000": ("query", Filters(event_types=["Battles"], min_killed=5,
                                                   date_from=dt.date(2017, 6, 1), date_to=dt.date(2017, 6, 30)),
                                  {"limit": 1000}),
    "count_bbox_month": ("count", Filters(bbox=(36.0, 35.5, 37.5, 36.5), date_from=dt.date(2016, 7, 1),
                                          date_to=dt.date(2016, 7, 31)), {}),
    "aggregate_admin1_all": ("aggregate", None, {"by": "admin1"}),
    "aggregate_event_type_all": ("aggregate", None, {"by": "event_type"}),
    "aggregate_month_one_year": ("aggregate", Filters(date_from=dt.date(2017, 1, 1), date_to=dt.date(2017, 12, 31)),
                                 {"by": "month"}),
    "aggregate_week_governorate": ("aggregate", Filters(admin1=["Idleb"]), {"by": "week"}),
    "aggregate_month_all": ("aggregate", None, {"by": "month"}),
    "aggregate_year_all": ("aggregate", None, {"by": "year"}),
    "count_text_raqqa": ("count", Filters(text="Raqqa"), {}),
    "count_text_two_words": ("count", Filters(text="Islamic State"), {}),
    "count_text_rare": ("count", Filters(text="massacre"), {}),
    "count_text_arabic": ("count", Filters(text="حلب"), {}),
    "query_text_raqqa_page": ("query", Filters(text="Raqqa"), {"limit": 100}),  # the first page, newest first
    "query_text_arabic_page": ("query", Filters(text="حلب"), {"limit": 100}),  # a text found nowhere: no page
    "frame_governorate_year": ("frame", Filters(admin1=["Aleppo"], date_from=dt.date(2017, 1, 1),
                                                date_to=dt.date(2017, 12, 31)), {}),
}


def emit(**figures) -> None:
    print(json.dumps(figures), flush=True)


def replicate(ged: Path, n: int, out: Path, seed: int = 1) -> None:
    """N GED-format rows: the file's events repeated with new ids, dates moved up to ±30 days, points by ±0.05°."""
    base = pd.read_csv(ged, dtype=str, keep_default_na=False)
    rng = np.random.default_rng(seed)
    rows = base.iloc[np.arange(n) % len(base)].reset_index(drop=True)
    rows["id"] = (np.arange(n) + 10_000_000).astype(str)
    shift = pd.to_timedelta(rng.integers(-30, 31, n), unit="D")
    start = pd.to_datetime(rows["date_start"]) + shift
    end = pd.to_datetime(rows["date_end"]) + shift
    rows["date_start"], rows["date_end"] = start.dt.strftime("%Y-%m-%d"), end.dt.strftime("%Y-%m-%d")
    for name in ("latitude", "longitude"):
        rows[name] = (rows[name].astype(float) + rng.uniform(-0.05, 0.05, n)).round(6).astype(str)
    rows.to_csv(out, index=False)


def store_bytes(store: Store) -> int | None:
    """The size of the store: the SQLite file after a checkpoint (its WAL copied in and emptied), or the
    PostgreSQL tables with indexes."""
    with store.engine.connect() as conn:
        if store.postgis:
            return conn.execute(sa.text("SELECT pg_total_relation_size('incidents') + "
                                        "pg_total_relation_size('incident_history') + pg_total_relation_size('incident_text') + "
                                        "pg_total_relation_size('incident_text_shared')")).scalar()
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return Path(store.engine.url.database).stat().st_size


def fresh(url: str | None, workdir: Path, name: str) -> Store:
    if url:
        store = Store(url)
        with store.engine.begin() as conn:
            conn.execute(sa.text("TRUNCATE incidents, incident_history, incident_summary, incident_text, "
                                 "incident_text_shared"))
        return store
    path = workdir / f"{name}.sqlite"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return Store(f"sqlite:///{path}")


def timed(function, *args, **kwargs) -> tuple[float, object]:
    start = time.perf_counter()
    result = function(*args, **kwargs)
    return time.perf_counter() - start, result


def bench_import(store: Store, path: Path, label: str, learn) -> None:
    seconds, report = timed(import_file, store, path, learn=learn)
    emit(bench="import", data=label, rows=report.added, rejected=len(report.rejected), import_s=round(seconds, 2),
         store_mb=round(store_bytes(store) / 1e6, 1), backend=store.engine.dialect.name)


def bench_queries(store: Store, n: int, repeats: int = 5) -> None:
    for name, (method, filters, extra) in QUERIES.items():
        times = []
        for _ in range(repeats):
            seconds, result = timed(getattr(store, method), filters, **extra)
            times.append(seconds)
        size = result if isinstance(result, int) else len(result)
        emit(bench="query", n=n, query=name, median_ms=round(1000 * float(np.median(times)), 1),
             best_ms=round(1000 * min(times), 1), result_rows=size, backend=store.engine.dialect.name,
             **({"rows_digest": rows_digest(result)} if method == "query" else {}))


def rows_digest(incidents: list) -> str:
    """A short digest of a page's incidents in their order (by source id): the same on both backends when they
    return the same page."""
    return hashlib.md5("\n".join(str(i.source_id) for i in incidents).encode()).hexdigest()[:12]


def peak_mb() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024


def bench_dashboard(url: str, n: int, cache: Path) -> None:
    """In this (fresh) process: the dashboard's cold start to a first map, from the store and then from the
    frame cache, and an edit until the map's index shows it."""
    from dashboard import data

    store = Store(url)
    start = time.perf_counter()
    dataset = data.cold(store, url, None)
    dataset.index.view(dataset.index.mask(Filters()), zoom=7)
    cold_store = time.perf_counter() - start
    data.keep(cache, url, dataset)
    start = time.perf_counter()
    dataset = data.cold(store, url, cache)
    dataset.index.view(dataset.index.mask(Filters()), zoom=7)
    cold_cache = time.perf_counter() - start
    incident = store.get(int(dataset.frame["id"].iloc[len(dataset.frame) // 2]))
    incident.killed = (incident.killed or 0) + 1
    start = time.perf_counter()
    store.update(incident, changed_by="bench")
    saved = time.perf_counter() - start
    dataset = data.refreshed(store, dataset, url)
    shown = dataset.index.mask(Filters(min_killed=incident.killed))
    dataset.index.view(shown, zoom=7)
    edit = time.perf_counter() - start
    assert incident.id in set(dataset.frame["id"][shown])
    # An ingest: 20 drafts saved (as the Ingest page does), then the map's index shows them.
    drafts = [dataclasses.replace(incident, id=None, version=0, review_status="draft", dataset="bench drafts",
                                  source_id=f"bench-draft-{time.time_ns()}-{i}") for i in range(20)]
    start = time.perf_counter()
    ids = store.add(drafts)
    ingest_saved = time.perf_counter() - start
    dataset = data.refreshed(store, dataset, url)
    shown = dataset.index.mask(Filters(review_status=["draft"]))
    dataset.index.view(shown, zoom=7)
    ingest = time.perf_counter() - start
    assert set(ids) <= set(dataset.frame["id"][shown])
    emit(bench="dashboard", n=n, backend=store.engine.dialect.name, cold_map_from_store_s=round(cold_store, 2),
         cold_map_from_cache_s=round(cold_cache, 2), edit_saved_s=round(saved, 2), edit_to_map_s=round(edit, 2),
         ingest_20_saved_s=round(ingest_saved, 2), ingest_20_to_map_s=round(ingest, 2),
         frame_mb=round(dataset.frame.memory_usage(deep=True).sum() / 1e6), peak_server_mb=peak_mb())


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ged", type=Path, default=DEFAULT_GED, help="the UCDP GED CSV (default ../shared/...)")
    parser.add_argument("--sizes", default="100000,1000000", help="comma-separated record counts")
    parser.add_argument("--db", help="a PostgreSQL URL to measure instead of SQLite files in the workdir")
    parser.add_argument("--workdir", type=Path, help="where the generated CSV and SQLite files go (default: temp)")
    parser.add_argument("--reuse", action="store_true", help="measure an existing store of N (SQLite in the workdir, "
                        "or the --db database) instead of importing it again")
    parser.add_argument("--import-only", action="store_true", help="measure the import only (no queries, no "
                        "dashboard figures)")
    parser.add_argument("--teach", action="store_true", help="teach the gazetteer the imported places as "
                        "`python -m incidents import` does (into the workdir's learned_places.csv; default: not)")
    parser.add_argument("--dashboard", metavar="URL", help=argparse.SUPPRESS)  # the fresh process of one size
    parser.add_argument("-n", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="store-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("GAZETTEER_LEARNED", str(workdir / "learned_places.csv"))
    if args.dashboard:
        bench_dashboard(args.dashboard, args.n, workdir / "frame-cache")
        return

    for n in (int(s) for s in args.sizes.split(",") if s.strip()):
        path = workdir / f"ged_x{n}.csv"
        if not path.exists():  # the same seed makes the same file: a kept workdir skips this step
            seconds, _ = timed(replicate, args.ged, n, path)
            emit(bench="generate", n=n, csv_mb=round(path.stat().st_size / 1e6, 1), generate_s=round(seconds, 1))
        existing = workdir / f"n{n}.sqlite"
        reused = None
        if args.reuse and (args.db or existing.exists()):
            reused = Store(args.db or f"sqlite:///{existing}")
        if reused is not None and reused.count() == n:
            store = reused
            emit(bench="import", n=n, note="reused the store of an earlier run", rows=n)
        else:
            store = fresh(args.db, workdir, f"n{n}")
            if args.teach:  # each import teaches a fresh file, as a first import does
                (workdir / "learned_places.csv").unlink(missing_ok=True)
            cpu = time.process_time()
            bench_import(store, path, f"ged replicated to {n}", learn=None if args.teach else lambda rows: 0)
            emit(bench="import_cpu", n=n, cpu_s=round(time.process_time() - cpu, 1), peak_mb=peak_mb(),
                 load_average=round(os.getloadavg()[0], 1))
        if args.import_only:
            continue
        bench_queries(store, n)
        url = store.engine.url.render_as_string(hide_password=False)
        subprocess.run([sys.executable, "-m", "bench.store_speed", "--dashboard", url, "-n", str(n),
                        "--workdir", str(workdir)], check=True)


if __name__ == "__main__":
    main()
