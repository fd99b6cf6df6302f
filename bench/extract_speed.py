"""Prints extraction speed in reports per second on one core (reports of about 2 KB) and the time of large texts.

Usage: python -m bench.extract_speed [--reports N] [--gazetteer PATH] [--large]
Reports are made from the annotated ones in data/eval, each repeated to about 2,000 bytes. Wall-clock and
CPU figures are both printed: on a shared machine the CPU figure is the one-core speed. The box's own speed
(`bench.machine`) is printed beside them, so figures from two boxes compare. With --large, also an
80 KB single sentence, a 1 MB report, and 3 MB of text without a full stop or line break (cost must stay linear).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import time
from pathlib import Path

from bench.machine import reference_cpu_seconds
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
    parser.add_argument("--large", action="store_true", help="also time an 80 KB sentence, 1 MB and 3 MB texts")
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
                      "cpu_seconds": round(cpu, 3), "reports_per_cpu_s": round(len(batch) / cpu, 1),
                      "machine_reference_cpu_s": reference_cpu_seconds()}))
    if args.large:
        corpus = "\n\n".join(text for text, _ in pool)
        for name, text in large_texts(corpus):
            start, cpu = time.perf_counter(), time.process_time()
            found = len(extract(text, dt.date(2019, 5, 14), gazetteer=gazetteer))
            print(json.dumps({"text": name, "bytes": len(text.encode()), "incidents": found,
                              "seconds": round(time.perf_counter() - start, 2),
                              "cpu_seconds": round(time.process_time() - cpu, 2)}))


def large_texts(corpus: str) -> list[tuple[str, str]]:
    """An 80 KB single sentence, a 1 MB report and 3 MB without full stops, all cut from the reports."""
    def grow(size: int) -> str:
        text = corpus * (size // len(corpus.encode()) + 1)
        return text.encode()[:size].decode(errors="ignore")

    flat = lambda text: re.sub(r"[.!?؟؛\n]", " ", text)  # noqa: E731
    return [("80KB_one_sentence", flat(grow(80_000))), ("1MB_report", grow(1_000_000)),
            ("3MB_no_full_stop", flat(grow(3_000_000)))]


if __name__ == "__main__":
    main()
