"""`python -m dashboard.export`: a map or a one-page brief of the filtered store, for scheduled briefs."""
from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from dashboard.export.animation import render_animation
from dashboard.export.brief import render_brief
from dashboard.export.layers import Basemap
from dashboard.export.mapfig import render_map
from dashboard.export.multiples import render_multiples
from dashboard.export.output import FORMATS
from dashboard.export.paper import ORIENTATIONS, PAPERS_MM
from dashboard.export.timeframes import windows
from dashboard.timewindow import SIZES
from incidents.cli import add_filter_arguments, filters_from_args
from incidents.sample import ensure_default_data
from incidents.settings import db_url
from incidents.store import Store


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m dashboard.export",
        description="Render the filtered incidents as a map (PNG, PDF, SVG), a one-page PDF brief, small multiples "
        "of successive time windows or an animated GIF, without a browser or network. Reads INCIDENTS_DB, "
        "OCHA_DIR and TILES_URL like the app.",
    )
    parser.add_argument("--format", choices=FORMATS, help="default: png for maps, pdf for briefs")
    kind = parser.add_mutually_exclusive_group()
    kind.add_argument("--brief", action="store_true", help="a one-page brief (map, key figures, timeline, "
                      "largest incidents); PDF unless --format png")
    kind.add_argument("--multiples", type=int, metavar="N", help="small multiples: N (4-12) successive time windows "
                      "on one page, same extent and symbols (A4 landscape, 300 dpi PNG unless --format/--paper)")
    kind.add_argument("--animation", action="store_true", help="an animated GIF for slides, one frame per window "
                      "from --start (or --from, or the first incident) to --to or the last incident")
    time = parser.add_argument_group("time windows (--multiples, --animation)")
    time.add_argument("--window", choices=SIZES, default="month", help="the window's size (default month)")
    time.add_argument("--cumulative", action="store_true", help="each window shows everything up to its end")
    time.add_argument("--start", type=dt.date.fromisoformat, metavar="YYYY-MM-DD", help="the first window's date")
    time.add_argument("--seconds-per-frame", type=float, default=0.8, help="animation speed (default 0.8)")
    parser.add_argument("--dpi", type=int, help="default: 150 on screen, 300 on paper")
    parser.add_argument("--paper", choices=list(PAPERS_MM), default=None,
                        help="default: screen (1920×1080) for maps, a4 for briefs")
    parser.add_argument("--orientation", choices=ORIENTATIONS, default="landscape",
                        help="maps only: a brief is portrait")
    parser.add_argument("--title", help="default: 'Incidents in Syria'")
    parser.add_argument("--banner", help="handling line printed at the top and bottom, e.g. a classification")
    parser.add_argument("--lang", choices=("en", "ar"), default="en", help="language of the place labels (and of "
                        "the dates titling small multiples and animation frames)")
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
    start = args.start or args.date_from
    mode = "upto" if args.cumulative else "window"
    if args.multiples is not None or args.animation:
        try:
            if args.animation:
                chosen = windows(frame, args.window, mode, start=start, end=args.date_to)
                data = render_animation(frame, chosen, filters, seconds_per_frame=args.seconds_per_frame,
                                        **{k: v for k, v in common.items() if k != "banner"})
            else:
                chosen = windows(frame, args.window, mode, start=start, count=args.multiples)
                data = render_multiples(frame, chosen, fmt=args.format or "png", filters=filters,
                                        paper=args.paper or "a4", orientation=args.orientation, dpi=args.dpi, **common)
        except ValueError as error:
            raise SystemExit(f"python -m dashboard.export: {error}") from None
    elif args.brief:
        data = render_brief(frame, filters, paper=args.paper or "a4", fmt=args.format or "pdf", dpi=args.dpi or 200,
                            **common)
    else:
        data = render_map(frame, filters, fmt=args.format or "png", dpi=args.dpi, paper=args.paper or "screen",
                          orientation=args.orientation, **common)
    Path(args.output).write_bytes(data)
    print(f"{args.output}: {len(frame):,} incidents, {len(data):,} bytes", file=sys.stderr)
    return 0
