"""Prints extraction quality on the annotated reports of data/eval: place P/R/F1, exact counts, type accuracy.

Usage: python -m bench.eval_extract [--gazetteer PATH] [--data DIR] [--verbose]
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from incidents.extract.evaluate import load_cases, score

DATA = Path(__file__).resolve().parents[1] / "data" / "eval"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gazetteer", help="gazetteer file (default: GAZETTEER or built-in)")
    parser.add_argument("--data", type=Path, default=DATA, help="folder of annotated reports")
    parser.add_argument("--verbose", action="store_true", help="also list every miss")
    args = parser.parse_args()
    cases = load_cases(args.data)
    scores = score(cases, args.gazetteer)
    print(json.dumps({"reports": len(cases), **scores.as_dict()}))
    if args.verbose:
        print("\n".join(scores.misses))


if __name__ == "__main__":
    main()
