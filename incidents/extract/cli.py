"""`python -m incidents extract`: incidents from news report files, printed as JSON/CSV or saved as drafts."""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import sys

from incidents.record import FIELD_NAMES, Incident


def register(subparsers) -> None:
    """Add the `extract` subcommand to the incidents CLI."""
    parser = subparsers.add_parser(
        "extract", help="extract incidents from Arabic/English news reports",
        description="Extract incidents from news reports (.txt, .md, .html files or folders). Prints them as a "
                    "JSON array (default) or CSV; --save stores them as drafts for review.",
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="report files or folders")
    parser.add_argument("--published", required=True, type=dt.date.fromisoformat, metavar="YYYY-MM-DD",
                        help="publication date: weekdays and 'yesterday' are resolved against it")
    parser.add_argument("--source", help="source name (default: the file name)")
    parser.add_argument("--gazetteer", metavar="PATH", help="a gazetteer file (default: GAZETTEER or built-in)")
    parser.add_argument("--format", choices=("json", "csv"), default="json")
    parser.add_argument("--save", action="store_true", help="store the incidents as drafts")
    parser.add_argument("--db", help="database URL for --save (default: INCIDENTS_DB or the SQLite store)")
    parser.set_defaults(func=run)


def _plain(incident: Incident) -> dict:
    row = incident.to_dict()
    return {k: v.isoformat() if isinstance(v, (dt.date, dt.datetime)) else v for k, v in row.items()}


def run(args: argparse.Namespace) -> int:
    """Extract every file; a file that cannot be read is reported and skipped, the others still count."""
    from incidents.extract import extract
    from incidents.extract.files import report_paths, report_text

    try:
        paths = report_paths(args.files)
    except FileNotFoundError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    incidents: list[Incident] = []
    failed = 0
    for path in paths:
        try:
            text = report_text(path)
        except (OSError, ValueError) as exc:
            print(f"error: {exc}; skipped", file=sys.stderr)
            failed += 1
            continue
        incidents += extract(text, args.published, source=args.source or path.name, gazetteer=args.gazetteer)
    rows = [_plain(i) for i in incidents]
    if args.format == "json":
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        writer = csv.DictWriter(sys.stdout, fieldnames=list(FIELD_NAMES))
        writer.writeheader()
        writer.writerows({**r, "flags": ",".join(r["flags"])} for r in rows)
    if args.save:
        from incidents.store import Store

        ids = Store(args.db).add(incidents)
        print(f"saved {len(ids)} incidents as drafts", file=sys.stderr)
    return 1 if failed else 0
