"""Regenerate the regions layer (data/gazetteer/regions.csv): named regions below a governorate (Eastern Ghouta,
Qalamoun, the Ghab plain...) with a point and extent derived from the OCHA subdistricts each is made of.

The table's name_en, name_ar, variants and members (admin3 P-codes) columns are its definition; this script fills
in the rest from the OCHA COD-AB admin3 polygons (CC BY 3.0 IGO, "OCHA / UN Country Team Syria"): the point is the
members' union's representative point (always inside it), extent_km the farthest member edge from that point,
and admin1/admin2 the members' when they all share one. Run `python -m gazetteer.regions --ocha DIR`.
"""
from __future__ import annotations

import argparse
import csv
from pathlib import Path

import geopandas as gpd

from gazetteer.boundaries import admin_polygons
from gazetteer.tables import write_table

REGIONS = Path(__file__).resolve().parents[1] / "data" / "gazetteer" / "regions.csv"
DEFINITION = ("name_en", "name_ar", "variants", "members")
COLUMNS = (*DEFINITION, "lat", "lon", "extent_km", "admin1_pcode", "admin2_pcode")
METRIC_CRS = 32637  # UTM zone 37N: metres across Syria


def derive(rows: list[dict], ocha_dir: Path) -> list[dict]:
    """The rows with their point, extent and shared admin codes computed from their member subdistricts."""
    polygons = admin_polygons(3, ocha_dir).set_index("pcode")
    out = []
    for row in rows:
        members = row["members"].split(";")
        unknown = [code for code in members if code not in polygons.index]
        if unknown:
            raise ValueError(f"{row['name_en']}: unknown subdistrict P-codes {', '.join(unknown)}")
        parts = polygons.loc[members]
        union = parts.geometry.union_all()
        point = union.representative_point()
        centre = gpd.GeoSeries([point], crs=4326).to_crs(METRIC_CRS).iloc[0]
        far = parts.to_crs(METRIC_CRS).geometry.union_all().hausdorff_distance(centre)
        shared = {level: codes.iloc[0] if codes.nunique() == 1 else ""
                  for level, codes in (("admin1_pcode", parts["admin1_pcode"]), ("admin2_pcode", parts["admin2_pcode"]))}
        out.append({**{k: row[k] for k in DEFINITION}, "lat": round(point.y, 5), "lon": round(point.x, 5),
                    "extent_km": round(far / 1000, 1), **shared})
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ocha", type=Path, required=True, help="OCHA COD-AB folder (admin3 polygons)")
    parser.add_argument("--table", type=Path, default=REGIONS, help="the regions table, rewritten in place")
    args = parser.parse_args(argv)
    with open(args.table, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    rows = derive(rows, args.ocha)
    write_table(args.table, COLUMNS, rows)
    print(f"{len(rows)} regions -> {args.table}")


if __name__ == "__main__":
    main()
