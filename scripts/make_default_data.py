"""Write data/default/ged_syria_2016_2017.csv.xz: the real UCDP GED Syria events the app shows on a fresh clone.

Every event of the GED file is kept; columns the importer and the record do not need (the WKT copy of the point,
PRIO grid, country and region constants, numeric ids of names that are kept) are dropped, shapefile-abbreviated
column names get their GED codebook names back, and "12.0" integers become "12". The output is the same bytes
for the same input. Licence CC BY 4.0, "UCDP Georeferenced Event Dataset (Sundberg and Melander 2013)".
Usage: .venv/bin/python scripts/make_default_data.py [--ged ../shared/data/ucdp-ged-syria/ged_syria_2016_2017.csv]
       [--out data/default/ged_syria_2016_2017.csv.xz]
"""
from __future__ import annotations

import argparse
import lzma
import sys
from pathlib import Path

import pandas as pd

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from incidents.io.formats import ged_column  # noqa: E402

# GED codebook names of the columns shipped, in this order (the shared file may abbreviate them to 10 letters).
KEEP = (
    "id", "year", "type_of_violence", "dyad_name", "side_a", "side_b", "number_of_sources",
    "source_office", "source_date", "source_headline", "source_original", "where_prec", "where_coordinates",
    "adm_1", "adm_2", "latitude", "longitude", "event_clarity", "date_prec", "date_start", "date_end", "deaths_a",
    "deaths_b", "deaths_civilians", "deaths_unknown", "low", "best", "high",
)


def derive(ged: Path) -> pd.DataFrame:
    """The shipped columns of a GED CSV, as text, integers without a trailing '.0'."""
    frame = pd.read_csv(ged, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    missing = [name for name in KEEP if ged_column(frame.columns, name) is None]
    if missing:
        raise SystemExit(f"{ged}: not a GED file, missing {', '.join(missing)}")
    out = pd.DataFrame({name: frame[ged_column(frame.columns, name)] for name in KEEP})
    return out.apply(lambda column: column.str.replace(r"^(-?\d+)\.0$", r"\1", regex=True))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--ged", type=Path, default=REPO.parent / "shared" / "data" / "ucdp-ged-syria" /
                        "ged_syria_2016_2017.csv", help="the UCDP GED Syria CSV (default: ../shared/...)")
    parser.add_argument("--out", type=Path, default=REPO / "data" / "default" / "ged_syria_2016_2017.csv.xz")
    args = parser.parse_args(argv)
    frame = derive(args.ged)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(lzma.compress(frame.to_csv(index=False).encode("utf-8"), preset=9 | lzma.PRESET_EXTREME))
    print(f"wrote {len(frame):,} GED events to {args.out} ({args.out.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
