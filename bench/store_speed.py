"""Store benchmark: import time and store size for the UCDP GED file and for N records (GED replicated with
jitter), and the time of filtered queries and aggregates at N. Prints one JSON object per line.

Usage: python -m bench.store_speed [--ged PATH] [--sizes 1000000] [--db URL] [--workdir DIR]
Targets (SQLite): GED import <= 3 s; 1M import <= 60 s; a filtered query or an aggregate at 1M <= 300 ms.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
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
    "count_text_search": ("count", Filters(text="Raqqa"), {}),
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
    """The size of the store: the SQLite file after a checkpoint, or the PostgreSQL tables with indexes."""
    with store.engine.connect() as conn:
        if store.postgis:
            return conn.execute(sa.text("SELECT pg_total_relation_size('incidents') + "
                                        "pg_total_relation_size('incident_history')")).scalar()
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return Path(store.engine.url.database).stat().st_size


def fresh(url: str | None, workdir: Path, name: str) -> Store:
    if url:
        store = Store(url)
        with store.engine.begin() as conn:
            conn.execute(sa.text("TRUNCATE incidents, incident_history"))
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
             best_ms=round(1000 * min(times), 1), result_rows=size, backend=store.engine.dialect.name)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ged", type=Path, default=DEFAULT_GED, help="the UCDP GED CSV (default ../shared/...)")
    parser.add_argument("--sizes", default="1000000", help="comma-separated record counts (default 1000000)")
    parser.add_argument("--db", help="a PostgreSQL URL to measure instead of a temporary SQLite file")
    parser.add_argument("--workdir", type=Path, help="where the generated CSV and SQLite files go (default: temp)")
    args = parser.parse_args(argv)
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="store-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("GAZETTEER_LEARNED", str(workdir / "learned_places.csv"))

    store = fresh(args.db, workdir, "ged")
    bench_import(store, args.ged, "ged", learn=lambda rows: 0)
    seconds, _ = timed(import_file, fresh(args.db, workdir, "ged"), args.ged)
    emit(bench="import", data="ged", note="including teaching the gazetteer its place names",
         import_s=round(seconds, 2), backend=store.engine.dialect.name)
    seconds, report = timed(import_file, store, args.ged)
    emit(bench="reimport", data="ged", added=report.added, skipped=report.skipped, import_s=round(seconds, 2))

    for n in (int(s) for s in args.sizes.split(",") if s.strip()):
        path = workdir / f"ged_x{n}.csv"
        if not path.exists():  # the same seed makes the same file: a kept workdir skips this step
            seconds, _ = timed(replicate, args.ged, n, path)
            emit(bench="generate", n=n, csv_mb=round(path.stat().st_size / 1e6, 1), generate_s=round(seconds, 1))
        store = fresh(args.db, workdir, f"n{n}")
        bench_import(store, path, f"ged replicated to {n}", learn=lambda rows: 0)
        bench_queries(store, n)
        seconds, frame = timed(store.frame)
        emit(bench="frame_all", n=n, rows=len(frame), seconds=round(seconds, 2))
        seconds, frame = timed(store.frame, columns=["id", "event_date", "event_type", "latitude", "longitude",
                                                    "killed", "wounded", "admin1"])
        emit(bench="frame_map_columns", n=n, rows=len(frame), seconds=round(seconds, 2))


if __name__ == "__main__":
    main()
