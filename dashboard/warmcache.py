"""`python -m dashboard.warmcache`: write the dashboard's frame cache of the store now, so that the next server
start draws its first map from that Parquet copy instead of the store (run it after a large command-line import)."""
from __future__ import annotations

import argparse
from pathlib import Path

from dashboard import framecache
from dashboard.firstread import CELLS, FRAME_COLUMNS
from dashboard.lod import IncidentIndex
from dashboard.settings import load
from incidents.store import Store


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m dashboard.warmcache", description=__doc__.split(": ", 1)[1])
    parser.add_argument("--db", help="the store's URL, spelt as the server's INCIDENTS_DB (default INCIDENTS_DB)")
    parser.add_argument("--cache", type=Path, help="the cache folder (default DASHBOARD_FRAME_CACHE)")
    args = parser.parse_args(argv)
    settings = load()
    url, cache = args.db or settings.incidents_db, args.cache or settings.frame_cache
    if cache is None:
        parser.error("DASHBOARD_FRAME_CACHE is off: give --cache FOLDER")
    store = Store(url)
    version = store.data_version()  # read before the rows: a write in between is read again by the server
    frame = store.frame(columns=FRAME_COLUMNS)
    framecache.write(cache, url, version, frame.assign(**{CELLS: IncidentIndex.from_frame(frame).cells}))
    print(f"{framecache.path(cache, url)}: {len(frame):,} incidents")


if __name__ == "__main__":
    main()
