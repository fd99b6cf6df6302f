"""Regenerate data/gazetteer/neighbourhoods.csv: OCHA COD-AB's city neighbourhoods as a compact built-in table.

One row per neighbourhood polygon of syr_neighborhoods.shp: English and Arabic names, variants, city, a point
inside the polygon, admin 1-3 and neighbourhood P-codes, and the stored match keys (computing them is slow).
OCHA / UN Country Team Syria, CC BY 3.0 IGO. Run `python -m gazetteer.quarters --ocha DIR`.
"""
from __future__ import annotations

import argparse
from pathlib import Path

from gazetteer.builtin import QUARTERS, quarter_entry
from gazetteer.entry import entry_keys
from gazetteer.osm import write_csv
from gazetteer.sources.ocha import neighbourhood_rows

COLUMNS = ("pcode", "name_en", "name_ar", "names", "city_en", "city_ar", "lat", "lon",
           "admin1_pcode", "admin2_pcode", "admin3_pcode", "keys")


def quarter_rows(ocha_dir: Path) -> list[dict]:
    """The table's rows, by P-code, each with its match keys."""
    rows = sorted(neighbourhood_rows(ocha_dir), key=lambda r: r["pcode"])
    for row in rows:
        row["keys"] = ";".join(entry_keys(quarter_entry(row)))
    return rows


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ocha", type=Path, required=True, help="OCHA COD-AB folder (syr_neighborhoods.shp)")
    parser.add_argument("--out", type=Path, default=QUARTERS)
    args = parser.parse_args(argv)
    rows = quarter_rows(args.ocha)
    write_csv(args.out, COLUMNS, rows)
    print(f"{len(rows)} neighbourhoods -> {args.out}")


if __name__ == "__main__":
    main()
