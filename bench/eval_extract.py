"""Prints extraction quality on the annotated reports of data/eval: place P/R/F1, exact counts, type accuracy.

Usage: python -m bench.eval_extract [--gazetteer PATH] [--data DIR ...] [--ged CSV] [--verbose]
By default one line for the development set (data/eval, used while building the rules) and one for the
held-out sets (data/eval/holdout*, annotated before the extractor first ran on them). With --ged, also the
share of UCDP GED source headlines placed in the governorate GED coded (an outside check on real text).
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from gazetteer import Gazetteer
from gazetteer.builtin import builtin_entries
from incidents.extract.evaluate import ged_headlines, load_cases, score

DATA = Path(__file__).resolve().parents[1] / "data" / "eval"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gazetteer", help="a built gazetteer file (default: the built-in layer only, so runs compare)")
    parser.add_argument("--data", type=Path, nargs="+", default=[DATA, *sorted(DATA.glob("holdout*"))],
                        help="folders of annotated reports")
    parser.add_argument("--ged", type=Path, help="UCDP GED CSV (e.g. ../shared/data/ucdp-ged-syria/ged_syria_2016_2017.csv)")
    parser.add_argument("--verbose", action="store_true", help="also list every miss")
    args = parser.parse_args()
    gazetteer = Gazetteer.load(args.gazetteer) if args.gazetteer else Gazetteer(builtin_entries())
    for folder in args.data:
        cases = load_cases(folder)
        scores = score(cases, gazetteer)
        print(json.dumps({"set": folder.name, "reports": len(cases), **scores.as_dict()}))
        if args.verbose:
            print("\n".join(scores.misses))
    if args.ged:
        print(json.dumps(ged_headlines(args.ged, gazetteer)))


if __name__ == "__main__":
    main()
