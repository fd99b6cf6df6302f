"""Write data/boundaries/: simplified OCHA COD-AB admin 0-3 polygons and admin capitals, so the map has
governorate, district and sub-district lines and place names with no setting.

The sub-districts are simplified as one coverage (shapely.coverage_simplify, shared edges stay shared) and
snapped to a 0.0001° grid; districts, governorates and the country are their unions, so every level's lines
coincide. Columns keep OCHA's names (adm1_name, adm1_name1 Arabic, adm1_pcode …), so the folder reads like an
OCHA_DIR. Same bytes for the same input. Licence CC BY 3.0 IGO, "OCHA / UN Country Team Syria".
Usage: .venv/bin/python scripts/make_boundaries.py [--ocha ../shared/data/ocha-cod-ab] [--out data/boundaries]
       [--tolerance 0.001]
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import geopandas as gpd
import shapely

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from gazetteer.boundaries import ocha_file, read_layer  # noqa: E402

GRID = 0.0001  # degrees (~11 m)
CAPITAL_COLUMNS = ["adm_p_lvl", "name", "adm1_pcode", "adm2_pcode", "adm3_pcode"]


def _names(level: int) -> list[str]:
    """OCHA's English name, Arabic name and P-code columns of `level` and the levels above it."""
    return [f"adm{k}_{part}" for k in range(level, 0, -1) for part in ("name", "name1", "pcode")]


def simplified_levels(ocha_dir: Path, tolerance: float) -> dict[int, gpd.GeoDataFrame]:
    """Admin 0-3 polygons from one simplified sub-district coverage, each level with OCHA's name columns."""
    admin3 = read_layer(ocha_file(ocha_dir, "admin3"), tuple(_names(3)))
    simple = shapely.set_precision(shapely.coverage_simplify(admin3.geometry.values, tolerance), GRID)
    base = gpd.GeoDataFrame(admin3[_names(3)], geometry=simple, crs=4326)
    levels = {3: base.sort_values("adm3_pcode", ignore_index=True)}
    for level in (2, 1):
        key = f"adm{level}_pcode"
        names = base[_names(level)].drop_duplicates(key).set_index(key)
        merged = base[[key, "geometry"]].dissolve(key).join(names).reset_index()
        levels[level] = merged[_names(level) + ["geometry"]].sort_values(key, ignore_index=True)
    country = read_layer(ocha_file(ocha_dir, "admin0"), ("adm0_name", "adm0_name1", "adm0_pcode"))
    levels[0] = gpd.GeoDataFrame(country[["adm0_name", "adm0_name1", "adm0_pcode"]].iloc[:1],
                                 geometry=[shapely.union_all(levels[1].geometry.values)], crs=4326)
    return levels


def capitals(ocha_dir: Path) -> gpd.GeoDataFrame:
    """OCHA's admin capitals (level 0-3 and name), points snapped to the grid."""
    points = read_layer(ocha_file(ocha_dir, "admincapitals"), tuple(CAPITAL_COLUMNS))
    out = points[CAPITAL_COLUMNS].copy()
    out["adm_p_lvl"] = out["adm_p_lvl"].astype(int)
    return gpd.GeoDataFrame(out, geometry=shapely.set_precision(points.geometry.values, GRID), crs=4326)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--ocha", type=Path, default=REPO.parent / "shared" / "data" / "ocha-cod-ab",
                        help="folder of OCHA COD-AB shapefiles (default: ../shared/data/ocha-cod-ab)")
    parser.add_argument("--out", type=Path, default=REPO / "data" / "boundaries")
    parser.add_argument("--tolerance", type=float, default=0.001, help="simplification, degrees (default 0.001)")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    layers = {f"admin{level}": frame for level, frame in simplified_levels(args.ocha, args.tolerance).items()}
    layers["admincapitals"] = capitals(args.ocha)
    for stem, frame in sorted(layers.items()):
        path = args.out / f"syr_{stem}.geojson"
        path.unlink(missing_ok=True)
        frame.to_file(path, driver="GeoJSON", COORDINATE_PRECISION=4, RFC7946="YES", WRITE_NAME="NO")
        print(f"{path}: {len(frame)} features, {path.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
