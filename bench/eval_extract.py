"""Prints extraction quality: on the team's annotated reports place P/R/F1, exact counts and event types; on real
UCDP GED 2016-17 source headlines the share of events placed within 25 km.

Usage: python -m bench.eval_extract [--gazetteer PATH] [--data DIR ...] [--blind] [--ged CSV] [--ged-part dev|holdout]
       [--limit N] [--verbose]
By default one line per development folder (data/eval, data/eval/holdout*, data/eval/*dev*). --blind adds the
blind test folders (data/eval/*test*, *blind*): no rule may be written from them, so report their FIRST run. With --ged,
the GED headlines of one part: "dev" (four events in five, may be studied) or "holdout" (one in five by a hash
of the event id, never looked at while writing rules; --verbose prints no misses for it).
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from gazetteer import Gazetteer
from gazetteer.builtin import builtin_entries
from incidents.extract.evaluate import ged_placement, load_cases, score

DATA = Path(__file__).resolve().parents[1] / "data" / "eval"


def folders(blind: bool) -> list[Path]:
    """The annotated folders: development ones, then the blind test ones (named *test* or *blind*) when asked."""
    subs = sorted(p for p in DATA.iterdir() if p.is_dir())
    kept = [p for p in subs if "test" in p.name or "blind" in p.name]
    dev = [DATA, *(p for p in subs if p not in kept)]
    return dev + (kept if blind else [])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gazetteer", help="a built gazetteer file (default: the built-in layers only, so runs compare)")
    parser.add_argument("--data", type=Path, nargs="+", help="folders of annotated reports (default: the development ones)")
    parser.add_argument("--blind", action="store_true", help="also the blind test folders (report their first run)")
    parser.add_argument("--ged", type=Path, help="UCDP GED CSV (e.g. ../shared/data/ucdp-ged-syria/ged_syria_2016_2017.csv)")
    parser.add_argument("--ged-part", choices=("dev", "holdout"), default="dev", help="which GED part (default dev)")
    parser.add_argument("--limit", type=int, help="at most this many GED events")
    parser.add_argument("--verbose", action="store_true", help="also list every miss (never for a blind part)")
    args = parser.parse_args()
    gazetteer = Gazetteer.load(args.gazetteer) if args.gazetteer else Gazetteer(builtin_entries())
    for folder in args.data or ([] if args.ged else folders(args.blind)):
        cases = load_cases(folder)
        scores = score(cases, gazetteer)
        print(json.dumps({"set": folder.name, "reports": len(cases), **scores.as_dict()}), flush=True)
        if args.verbose and "test" not in folder.name and "blind" not in folder.name:
            print("\n".join(scores.misses))
    if args.ged:
        misses: list[str] | None = [] if args.verbose and args.ged_part == "dev" else None
        print(json.dumps(ged_placement(args.ged, gazetteer, args.ged_part, args.limit, misses)))
        if misses:
            print("\n".join(misses))


if __name__ == "__main__":
    main()
