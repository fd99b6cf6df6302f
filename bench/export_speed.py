"""Seconds to export a 300 dpi A4 landscape PNG (and a vector PDF) of N incidents, basemap included.

Data: UCDP GED Syria 2016-2017 (SHARED_DIR), replicated with ~5 km jitter past its 11,757 rows.
Prints one JSON object per line: n, fmt, seconds, cpu_seconds, bytes, peak_rss_mb. Target: ≤ 3 s for 10,000 as PNG.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import time
from pathlib import Path

import numpy as np
import pandas as pd

from dashboard.export import render_map
from dashboard.export.layers import Basemap
from incidents.io.formats import from_ged

SHARED = Path(os.environ.get("SHARED_DIR") or Path(__file__).resolve().parents[2] / "shared")
GED = SHARED / "data" / "ucdp-ged-syria" / "ged_syria_2016_2017.csv"
OCHA = SHARED / "data" / "ocha-cod-ab"


def incidents(n: int, seed: int = 1) -> pd.DataFrame:
    """n GED events: the file's rows, repeated with jittered coordinates and shuffled types when n is larger."""
    ged = from_ged(pd.read_csv(GED, dtype=str))
    rng = np.random.default_rng(seed)
    frame = ged.iloc[np.arange(n) % len(ged)].reset_index(drop=True)
    copies = np.arange(n) >= len(ged)
    for column in ("latitude", "longitude"):
        frame[column] = pd.to_numeric(frame[column]) + copies * rng.normal(0, 0.05, n)
    frame["killed"] = pd.to_numeric(frame["killed"])  # typed, as Store.frame() returns it
    kinds = np.array(["Battles", "Explosions/Remote violence", "Violence against civilians"])
    frame.loc[copies, "event_type"] = kinds[rng.integers(0, 3, int(copies.sum()))]
    return frame


def measure(frame: pd.DataFrame, fmt: str, basemap: Basemap) -> dict:
    """Wall and CPU seconds of one export (CPU time is the fairer figure on a busy machine)."""
    start, cpu = time.perf_counter(), time.process_time()
    data = render_map(frame, fmt=fmt, paper="a4", orientation="landscape", dpi=300, basemap=basemap)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"n": len(frame), "fmt": fmt, "seconds": round(seconds, 2), "cpu_seconds": round(cpu, 2),
            "bytes": len(data), "peak_rss_mb": round(peak)}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,1000000", help="comma-separated incident counts")
    parser.add_argument("--formats", default="png,pdf")
    args = parser.parse_args(argv)
    basemap = Basemap(ocha_dir=OCHA if OCHA.is_dir() else None)
    render_map(incidents(100), basemap=basemap, dpi=30)  # read and cache the boundaries once, as the app does
    for n in (int(s) for s in args.sizes.split(",")):
        frame = incidents(n)
        for fmt in args.formats.split(","):
            print(json.dumps(measure(frame, fmt, basemap)), flush=True)


if __name__ == "__main__":
    main()
