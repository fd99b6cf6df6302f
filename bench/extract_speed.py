"""Prints extraction speed in reports per second on one core, for reports of about 2 KB (Arabic and English).

Usage: python -m bench.extract_speed [--reports N] [--gazetteer PATH]
Reports are made from the annotated ones in data/eval, each repeated to about 2,000 bytes. Wall-clock and
CPU figures are both printed: on a shared machine the CPU figure is the one-core speed.
"""
from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

from gazetteer import Gazetteer
from gazetteer.builtin import builtin_entries
from incidents.extract import extract
from incidents.extract.evaluate import load_cases
from incidents.extract.files import report_text
from incidents.extract.lookup import lookup_for

DATA = Path(__file__).resolve().parents[1] / "data" / "eval"
SIZE = 2000


def reports_of_2kb() -> list[tuple[str, object]]:
    """Each annotated report, its paragraphs repeated until it weighs about 2 KB in UTF-8."""
    out = []
    for case in load_cases(DATA):
        text = report_text(case.path)
        body = text
        while len(body.encode()) < SIZE:
            body += "\n\n" + text
        out.append((body.encode()[:SIZE].decode(errors="ignore"), case.published))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=2000, help="how many reports to extract")
    parser.add_argument("--gazetteer", help="a built gazetteer file (default: the built-in layer only, so runs compare)")
    args = parser.parse_args()
    gazetteer = Gazetteer.load(args.gazetteer) if args.gazetteer else Gazetteer(builtin_entries())
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    lookup_for(gazetteer)  # indexing the gazetteer is not extraction
    pool = reports_of_2kb()
    batch = [pool[i % len(pool)] for i in range(args.reports)]
    start, cpu = time.perf_counter(), time.process_time()
    incidents = sum(len(extract(text, published, gazetteer=gazetteer)) for text, published in batch)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    mean_bytes = sum(len(t.encode()) for t, _ in batch) / len(batch)
    print(json.dumps({"reports": len(batch), "mean_bytes": round(mean_bytes), "incidents": incidents,
                      "seconds": round(seconds, 3), "reports_per_s": round(len(batch) / seconds, 1),
                      "cpu_seconds": round(cpu, 3), "reports_per_cpu_s": round(len(batch) / cpu, 1)}))


if __name__ == "__main__":
    main()
