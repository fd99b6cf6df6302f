"""Make the README's example brief: UCDP GED 2016-2017 in a throw-away store, rendered as a one-page brief
(docs/example-brief.pdf and a PNG of it) and an A4 map (docs/example-map.png), through the same API as the app.

    .venv/bin/python scripts/example_brief.py [--shared ../shared] [--out docs]
"""
from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
from pathlib import Path

import pandas as pd

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from dashboard.export import render_brief, render_map  # noqa: E402
from dashboard.export.layers import Basemap  # noqa: E402
from incidents.filters import Filters  # noqa: E402
from incidents.io import import_file  # noqa: E402
from incidents.store import Store  # noqa: E402

FILTERS = Filters(date_from=dt.date(2017, 1, 1), date_to=dt.date(2017, 6, 30), admin1=["Aleppo", "Idleb", "Hama"])
VIEW = (35.6, 34.6, 38.6, 36.9)  # north-west Syria: the extent of the map view
BANNER = "UNCLASSIFIED – EXAMPLE OUTPUT"


def example_frame(shared: Path) -> pd.DataFrame:
    """The incidents FILTERS selects from UCDP GED 2016-2017 in `shared`, by way of a throw-away store."""
    ged = shared / "data" / "ucdp-ged-syria" / "ged_syria_2016_2017.csv"
    with tempfile.TemporaryDirectory() as folder:
        store = Store(f"sqlite:///{Path(folder) / 'example.sqlite'}")
        import_file(store, ged, format="ged", learn=lambda rows: 0)  # leave the gazetteer as it is
        frame = store.frame(FILTERS)
        store.close()
    return frame


def write_outputs(outputs: dict[str, bytes], out: Path, incidents: int) -> None:
    """Each rendered file into `out`, with a line saying what it holds."""
    for name, data in outputs.items():
        (out / name).write_bytes(data)
        print(f"{out / name}: {incidents:,} incidents, {len(data):,} bytes")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared", help="reference data folder")
    parser.add_argument("--out", type=Path, default=REPO / "docs")
    args = parser.parse_args(argv)
    basemap = Basemap(ocha_dir=args.shared / "data" / "ocha-cod-ab")
    args.out.mkdir(parents=True, exist_ok=True)
    frame = example_frame(args.shared)
    common = {"bbox": VIEW, "title": "North-west Syria, first half of 2017", "banner": BANNER, "basemap": basemap}
    outputs = {
        "example-brief.pdf": render_brief(frame, FILTERS, **common),
        "example-brief.png": render_brief(frame, FILTERS, fmt="png", dpi=110, **common),
        "example-map.png": render_map(frame, FILTERS, paper="a4", dpi=120, **common),
        "example-map-ar.png": render_map(frame, FILTERS, paper="screen", dpi=100, lang="ar", **common),
    }
    write_outputs(outputs, args.out, len(frame))


if __name__ == "__main__":
    main()
