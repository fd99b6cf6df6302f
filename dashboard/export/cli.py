"""`python -m dashboard.export`: a map or a one-page brief of the filtered store, for scheduled briefs."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from dashboard.export.brief import render_brief
from dashboard.export.layers import Basemap
from dashboard.export.mapfig import render_map
from dashboard.export.output import FORMATS
from dashboard.export.paper import ORIENTATIONS, PAPERS_MM
from incidents.cli import add_filter_arguments, filters_from_args
from incidents.sample import ensure_default_data
from incidents.settings import db_url
from incidents.store import Store


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m dashboard.export",
        description="Render the filtered incidents as a map (PNG, PDF, SVG) or a one-page PDF brief, without a "
        "browser or network. Reads INCIDENTS_DB, OCHA_DIR and TILES_URL like the app.",
    )
    parser.add_argument("--format", choices=FORMATS, help="default: png for maps, pdf for briefs")
    parser.add_argument("--brief", action="store_true", help="a one-page brief (map, key figures, timeline, "
                        "largest incidents); PDF unless --format png")
    parser.add_argument("--dpi", type=int, help="default: 150 on screen, 300 on paper")
    parser.add_argument("--paper", choices=list(PAPERS_MM), default=None,
                        help="default: screen (1920×1080) for maps, a4 for briefs")
    parser.add_argument("--orientation", choices=ORIENTATIONS, default="landscape",
                        help="maps only: a brief is portrait")
    parser.add_argument("--title", help="default: 'Incidents in Syria'")
    parser.add_argument("--banner", help="handling line printed at the top and bottom, e.g. a classification")
    parser.add_argument("--lang", choices=("en", "ar"), default="en", help="language of the place labels")
    parser.add_argument("--db", metavar="URL", help="database URL (default: INCIDENTS_DB or var/incidents.sqlite)")
    parser.add_argument("-o", "--output", required=True, metavar="FILE")
    add_filter_arguments(parser)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.brief and args.format == "svg":
        raise SystemExit("--brief is PDF (or PNG); SVG is for single maps")
    filters = filters_from_args(args)
    store = Store(args.db or db_url())
    ensure_default_data(store)
    frame = store.frame(filters)
    common = {"bbox": args.bbox, "title": args.title, "banner": args.banner, "lang": args.lang,
              "basemap": Basemap.from_env()}
    if args.brief:
        data = render_brief(frame, filters, paper=args.paper or "a4", fmt=args.format or "pdf", dpi=args.dpi or 200,
                            **common)
    else:
        data = render_map(frame, filters, fmt=args.format or "png", dpi=args.dpi, paper=args.paper or "screen",
                          orientation=args.orientation, **common)
    Path(args.output).write_bytes(data)
    print(f"{args.output}: {len(frame):,} incidents, {len(data):,} bytes", file=sys.stderr)
    return 0
