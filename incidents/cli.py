"""`python -m incidents import|export|stats|extract`: thin argparse wrappers over the store and io."""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys

from incidents.credits import dataset_credits
from incidents.extract import cli as extract_cli
from incidents.filters import Filters
from incidents.io import FORMATS, ImportFailed, export, import_file
from incidents.io.admin_points import fill_store, listed
from incidents.io.exporter import WRITERS
from incidents.messages import message
from incidents.record import EVENT_TYPES, REVIEW_STATUSES
from incidents.settings import boundaries_dir
from incidents.store import Store, StoreBusy

SHOWN_REJECTS = 50


def add_filter_arguments(parser: argparse.ArgumentParser) -> None:
    """The selection options shared by every command that filters (also used by dashboard exports)."""
    group = parser.add_argument_group("filters")
    group.add_argument("--from", dest="date_from", type=dt.date.fromisoformat, metavar="YYYY-MM-DD")
    group.add_argument("--to", dest="date_to", type=dt.date.fromisoformat, metavar="YYYY-MM-DD")
    group.add_argument("--event-type", action="append", default=[], choices=list(EVENT_TYPES), metavar="TYPE",
                       help="repeatable; one of: " + "; ".join(EVENT_TYPES))
    group.add_argument("--sub-event-type", action="append", default=[], metavar="SUBTYPE", help="repeatable")
    group.add_argument("--actor", help="a substring of actor1 or actor2 (any case); in capitals (IS, SDF), that word")
    group.add_argument("--admin1", action="append", default=[], metavar="NAME|PCODE", help="governorate, repeatable")
    group.add_argument("--admin2", action="append", default=[], metavar="NAME|PCODE", help="district, repeatable")
    group.add_argument("--min-killed", type=int, metavar="N")
    group.add_argument("--status", action="append", default=[], choices=REVIEW_STATUSES, help="repeatable")
    group.add_argument("--text", help="free text in place, actors, notes, excerpt or source")
    group.add_argument("--bbox", type=_bbox, metavar="W,S,E,N", help="longitude/latitude box")


def filters_from_args(args: argparse.Namespace) -> Filters:
    return Filters(date_from=args.date_from, date_to=args.date_to, event_types=args.event_type,
                   sub_event_types=args.sub_event_type, actor=args.actor, admin1=args.admin1, admin2=args.admin2,
                   min_killed=args.min_killed, review_status=args.status, text=args.text, bbox=args.bbox)


def _bbox(text: str) -> tuple[float, float, float, float]:
    try:
        west, south, east, north = (float(v) for v in text.split(","))
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected W,S,E,N (four numbers), got {text!r}") from None
    if west >= east or south >= north:
        raise argparse.ArgumentTypeError("the box needs W < E and S < N")
    return west, south, east, north


def _mapping(pairs: list[str]) -> dict[str, str]:
    mapping = {}
    for pair in pairs:
        field, sep, column = pair.partition("=")
        if not sep or not field.strip() or not column.strip():
            raise ImportFailed("--map", message("map_pair", pair=pair))
        mapping[field.strip()] = column.strip()
    return mapping


def _progress(description: str):
    """A tqdm bar on a terminal; nothing when stderr is not one."""
    if not sys.stderr.isatty():
        return None, lambda: None
    from tqdm import tqdm

    bar = tqdm(desc=description, unit="B", unit_scale=True, leave=False)

    def update(done: int, total: int) -> None:
        bar.total = total
        bar.update(done - bar.n)

    return update, bar.close


def run_import(args: argparse.Namespace) -> int:
    """Exit 0 when the file added or matched incidents, 1 when it failed or every row was rejected."""
    update, close = _progress(f"importing {args.file}")
    try:
        report = import_file(Store(args.db), args.file, format=args.format, mapping=_mapping(args.map),
                             progress=update, encoding=args.encoding, review_status=args.review_status,
                             boundaries=boundaries_dir())
    except ImportFailed as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    except StoreBusy:
        raise
    except Exception as error:  # noqa: BLE001 - a user sees one line, never a traceback
        reason = str(error).splitlines()[0][:300] if str(error) else ""
        print(f"error: {args.file}: {type(error).__name__}: {reason}; nothing was imported", file=sys.stderr)
        return 1
    finally:
        close()
    print(f"added: {report.added}\nskipped (already present): {report.skipped}\nrejected: {len(report.rejected)}")
    unit = {"geojson": "feature", "gpkg": "feature", "kml": "placemark"}.get(report.format, "line")
    for line, reason in report.rejected[:SHOWN_REJECTS]:
        print(f"  {unit} {line}: {reason}")
    if len(report.rejected) > SHOWN_REJECTS:
        print(f"  … and {len(report.rejected) - SHOWN_REJECTS} more")
    if report.admin_note():
        print(f"admin from the point: {report.admin_note()}")
    if report.learned:
        print(f"gazetteer learned from: {report.learned} rows")
    if report.rejected and not report.added and not report.skipped:
        print(f"error: {args.file}: every row was rejected ({len(report.rejected)}); nothing was imported",
              file=sys.stderr)
        return 1
    return 0


def run_fill_admin(args: argparse.Namespace) -> int:
    """Fill admin names from the point of stored incidents that give none (imported before imports did)."""
    done = fill_store(Store(args.db), boundaries_dir())
    print(f"{len(done.filled)} incident(s) given governorate, district and sub-district from their point "
          "(flag admin_from_point)")
    if done.outside:
        print(f"{len(done.outside)} incident(s) with a point outside Syria left without one (flag outside_syria): "
              f"ids {listed(done.outside, SHOWN_REJECTS)}")
    return 0


def run_export(args: argparse.Namespace) -> int:
    store = Store(args.db)
    notes: list[str] = []
    frame = store.frame(filters_from_args(args))
    try:
        written = export(frame, args.output, format=args.format, notes=notes,
                         keep_formulas=args.keep_formulas, hxl=args.hxl)
    except (ValueError, OSError) as error:
        print(f"error: {args.output}: {error}", file=sys.stderr)
        return 1
    for note in notes:
        print(f"note: {note}", file=sys.stderr)
    print(f"wrote {written} incidents to {args.output}")
    credit = dataset_credits(frame["dataset"].dropna().unique())
    if credit:
        print(f"credit when you share it: {credit}", file=sys.stderr)
    return 0


def stats(store: Store, filters: Filters | None = None) -> dict:
    """Totals, and totals by governorate, event type and year."""
    def table(by: str) -> dict:
        frame = store.aggregate(filters, by=by)
        return {("(unknown)" if key is None else str(key)): {"incidents": int(n), "killed": int(k), "wounded": int(w)}
                for key, n, k, w in frame.itertuples(index=False)}

    by_year = table("year")
    return {
        "incidents": sum(v["incidents"] for v in by_year.values()),
        "killed": sum(v["killed"] for v in by_year.values()),
        "wounded": sum(v["wounded"] for v in by_year.values()),
        "by_admin1": table("admin1"),
        "by_event_type": table("event_type"),
        "by_year": by_year,
    }


def run_stats(args: argparse.Namespace) -> int:
    figures = stats(Store(args.db), filters_from_args(args))
    if args.format == "json":
        print(json.dumps(figures, ensure_ascii=False, indent=1))
        return 0
    print(f"incidents {figures['incidents']:,}  killed {figures['killed']:,}  wounded {figures['wounded']:,}")
    for title, key in (("by governorate", "by_admin1"), ("by event type", "by_event_type"), ("by year", "by_year")):
        print(f"\n{title}:")
        for name, row in figures[key].items():
            print(f"  {name:<32} {row['incidents']:>9,} incidents {row['killed']:>9,} killed {row['wounded']:>9,} wounded")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m incidents", description="The incident store: import, export, "
                                     "statistics and extraction. Without --db the default SQLite store is used.")
    commands = parser.add_subparsers(dest="command", required=True)

    imp = commands.add_parser("import", help="import a GED, ACLED, CSV, GeoJSON, GeoPackage or KML file")
    imp.add_argument("file")
    imp.add_argument("--format", choices=FORMATS, help="default: from the file name and CSV header")
    imp.add_argument("--map", action="append", default=[], metavar="FIELD=COLUMN",
                     help="for --format csv: which column holds an incident field (repeatable)")
    imp.add_argument("--encoding", default="utf-8-sig", help="text encoding of a CSV file (default UTF-8)")
    imp.add_argument("--review-status", choices=REVIEW_STATUSES, default="draft",
                     help="for rows whose file states none (default draft; GED's and ACLED's own rows are published)")
    imp.set_defaults(func=run_import)

    exp = commands.add_parser("export", help="export a filtered selection")
    exp.add_argument("--format", choices=list(WRITERS), default="csv")
    exp.add_argument("-o", "--output", required=True, metavar="FILE")
    exp.add_argument("--keep-formulas", action="store_true", help="CSV: write cells starting with = + - @ as they "
                     "are (default: a leading apostrophe stops a spreadsheet running them)")
    exp.add_argument("--hxl", action="store_true", help="CSV: add a row of HXL hashtags (#date+occurred, "
                     "#adm1+name, #geo+lat, #affected+killed, …) under the header")
    add_filter_arguments(exp)
    exp.set_defaults(func=run_export)

    sta = commands.add_parser("stats", help="incidents, killed and wounded in total and by governorate, type, year")
    sta.add_argument("--format", choices=("text", "json"), default="text")
    add_filter_arguments(sta)
    sta.set_defaults(func=run_stats)

    fill = commands.add_parser("fill-admin", help="give stored incidents with a point but no governorate their "
                               "governorate, district and sub-district from the boundaries (OCHA_DIR or shipped)")
    fill.set_defaults(func=run_fill_admin)

    for sub in (imp, exp, sta, fill):
        sub.add_argument("--db", metavar="URL", help="database URL (default: INCIDENTS_DB or var/incidents.sqlite)")
    extract_cli.register(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args) or 0
    except StoreBusy as error:
        print(f"error: {error}", file=sys.stderr)
        return 75  # EX_TEMPFAIL: try again later
    except Exception as error:  # noqa: BLE001 - one line, never a traceback (e.g. a malformed --db URL)
        reason = str(error).splitlines()[0][:300] if str(error) else ""
        print(f"error: {args.command}: {type(error).__name__}: {reason}", file=sys.stderr)
        return 1
