"""A fixed pure-Python workload whose CPU time tells how fast this box is, so speed figures from two boxes compare.

The same code measured 105 reports per CPU-second on one box and 45 on another (2 Dec vs 3 Dec): a speed figure
means little without this reference beside it. Prints CPU seconds of the workload (median of three).
"""
from __future__ import annotations

import json
import statistics
import time


def reference_cpu_seconds(runs: int = 3) -> float:
    """Median CPU seconds of a fixed mix of loops, dict and string work (about 0.5 s on the 2 GHz Xeon of 3 Dec 2026)."""
    def once() -> float:
        start = time.process_time()
        total, words = 0, {}
        for i in range(2_000_000):
            total += i * i % 7
        for i in range(300_000):
            key = f"w{i % 5000}"
            words[key] = words.get(key, 0) + len(key.upper())
        return time.process_time() - start
    return round(statistics.median(once() for _ in range(runs)), 3)


if __name__ == "__main__":
    print(json.dumps({"machine_reference_cpu_s": reference_cpu_seconds()}))
