"""Command line: `build` a gazetteer file, `resolve` a name (or JSON lines from stdin)."""
from __future__ import annotations

import argparse
import gc
import sys
from pathlib import Path

from gazetteer.core import Gazetteer
from gazetteer.errors import SourceError
from gazetteer.jsonl import resolve_lines, unknown_hint
from gazetteer.match import Match


# The collector's default (700, 10, 10) rescans the young objects every 700 allocations; loading the tables
# and answering a batch allocate millions that live on (tables, remembered answers). Rarer collections make
# `resolve --jsonl` 15-25 % faster; cycles are still collected.
GC_THRESHOLDS = (50_000, 20, 100)


def _describe(match: Match) -> str:
    admin = " > ".join(x for x in (match.admin1, match.admin2, match.admin3) if x)
    codes = "/".join(x for x in (match.admin1_pcode, match.admin2_pcode, match.admin3_pcode) if x)
    return (f"{match.name_en} / {match.name_ar or '-'}  {match.level}  {match.lat:.5f}, {match.lon:.5f}  "
            f"[{admin}] ({codes})  score {match.score:g}  geo_precision {match.geo_precision} "
            f"where_prec {match.where_prec}  source {match.source}")


def _resolve_one(gaz: Gazetteer, name: str, admin1: str | None) -> int:
    warning = unknown_hint(gaz, admin1)
    if warning:
        print(f"warning: {warning}", file=sys.stderr)
    candidates = gaz.resolve(name, admin1=admin1)
    best = gaz.best(name, admin1=admin1)
    hint = f" (admin1 hint: {admin1})" if admin1 else ""
    if not candidates:
        print(f"{name}{hint}: no match")
        return 1
    print(f"{name}{hint}")
    print(f"best: {_describe(best)}" if best else "best: none - ambiguous, see the candidates")
    print("candidates:")
    for i, match in enumerate(candidates, 1):
        print(f"  {i}. {_describe(match)}")
    return 0


def _build(args: argparse.Namespace) -> int:
    from gazetteer.build import build  # geopandas: imported only to build, so `resolve` starts fast

    report = build(args.out, ocha=args.ocha, geonames=args.geonames, places=args.places or [],
                   events=args.events or [])
    for problem in report.problems:
        print(f"skipped: {problem}", file=sys.stderr)
    counts = ", ".join(f"{k} {v}" for k, v in report.counts.items())
    print(f"wrote {report.path} ({sum(report.counts.values())} entries: {counts}; "
          f"{len(report.problems)} bad lines skipped)")
    return 0


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m gazetteer", description="Syrian place names to coordinates, "
                                "admin units and OCHA P-codes, offline.")
    sub = p.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="build a gazetteer file (built-in entries always included)")
    b.add_argument("--ocha", type=Path, help="folder of OCHA COD-AB shapefiles/GeoJSON (admin 1-3, capitals, "
                   "admin points, neighbourhoods)")
    b.add_argument("--geonames", type=Path, help="GeoNames country dump (SY.txt)")
    b.add_argument("--places", type=Path, action="append", help="your own places CSV: name, lat, lon, optional "
                   "alternate_names (;-separated), name_ar, level, admin names/P-codes (repeatable)")
    b.add_argument("--events", type=Path, nargs="+", action="extend", help="UCDP GED or ACLED CSV files whose "
                   "located events teach place names")
    b.add_argument("--out", type=Path, required=True, help="the gazetteer file to write")
    r = sub.add_parser("resolve", help="resolve a place name and show the candidates")
    r.add_argument("--gazetteer", type=Path, help="a built gazetteer file (default: GAZETTEER or built-ins)")
    r.add_argument("--admin1", help="governorate hint: a name in any script or a P-code (SY05)")
    r.add_argument("--jsonl", action="store_true", help='read JSON lines {"name": ..., "admin1": ...} from stdin, '
                   "write one JSON result line per input line")
    r.add_argument("name", nargs="?", help="the place name (Arabic or English)")
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        if args.command == "build":
            return _build(args)
        if args.jsonl and args.name is not None:
            parser().error("resolve takes a NAME or --jsonl, not both")
        if not args.jsonl and not (args.name or "").strip():
            parser().error("resolve needs a non-empty NAME (or --jsonl)")
        gc.set_threshold(*GC_THRESHOLDS)
        gaz = Gazetteer.load(args.gazetteer)
        gc.freeze()  # the loaded tables live as long as the process: the collector need not scan them again
        if args.jsonl:
            sys.stdout.flush()
            return 1 if resolve_lines(gaz, sys.stdin.buffer, sys.stdout.buffer, sys.stderr) else 0
        return _resolve_one(gaz, args.name, args.admin1)
    except SourceError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
