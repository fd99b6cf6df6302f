"""Regenerate the village layer (data/gazetteer/villages.csv.gz) and the subdistrict table (subdistricts.csv).

The village layer is OpenStreetMap's place points of Syria (a Geofabrik export, Arabic names only) with admin
1-3 P-codes from a spatial join with the OCHA COD-AB polygons, a level from the OSM type, and the admin seat
an OCHA admin capital marks. It is ODbL: "© OpenStreetMap contributors". Run
`python -m gazetteer.osm --osm ZIP --ocha DIR` to rebuild both tables.
"""
from __future__ import annotations

import argparse
import csv
import gzip
import io
from pathlib import Path

import geopandas as gpd
import pandas as pd

from gazetteer.boundaries import admin_polygons, country_outlines, locate, ocha_file, read_layer
from gazetteer.builtin import village_entry
from gazetteer.entry import entry_keys
from gazetteer.normalize import is_arabic
from gazetteer.settings import WORLD_ATLAS

DATA = Path(__file__).resolve().parents[1] / "data" / "gazetteer"
VILLAGES = DATA / "villages.csv.gz"
SUBDISTRICTS = DATA / "subdistricts.csv"
# OSM place types kept, and the gazetteer level each becomes (regions, islands and the country are not places).
TYPES = {"city": "town", "town": "town", "village": "town", "hamlet": "town", "isolated_dwellin": "town",
         "suburb": "neighbourhood", "neighbourhood": "neighbourhood", "locality": "locality"}
SEAT_KM = 3.0  # an OCHA admin capital this close to a settlement makes it that unit's seat
VILLAGE_COLUMNS = ("osm_id", "name_ar", "name_en", "type", "population", "seat", "lat", "lon",
                   "admin1_pcode", "admin2_pcode", "admin3_pcode", "keys")
SUBDISTRICT_COLUMNS = ("pcode", "name_en", "name_ar", "admin1_pcode", "admin2_pcode", "lat", "lon")


def osm_places(zip_path: Path | str) -> gpd.GeoDataFrame:
    """The named OSM place points of the kinds the gazetteer keeps."""
    frame = read_layer(Path(f"zip://{Path(zip_path).resolve()}"), ("osm_id", "name", "type", "population"))
    frame = frame[frame["type"].isin(TYPES) & frame["name"].fillna("").str.strip().astype(bool)]
    return frame.reset_index(drop=True)


def seats(places: gpd.GeoDataFrame, ocha_dir: Path) -> pd.Series:
    """For each place, the admin level (0-3) of the OCHA capital it is the seat of, or NA: each capital goes
    to the nearest settlement within SEAT_KM (the higher rank when one place seats several units)."""
    capitals = read_layer(ocha_file(ocha_dir, "admincapitals"), ("adm_p_lvl",)).to_crs(3857)
    settled = places[places["type"].isin(("city", "town", "village", "hamlet"))].to_crs(3857)
    joined = gpd.sjoin_nearest(capitals[["adm_p_lvl", "geometry"]], settled[["geometry"]], how="inner",
                               max_distance=SEAT_KM * 1000)
    ranks = joined.groupby("index_right")["adm_p_lvl"].min()
    return ranks.reindex(places.index).astype("Int64")


def abroad(places: gpd.GeoDataFrame, ocha_dir: Path, outlines: gpd.GeoDataFrame) -> pd.Series:
    """True for places outside Syria's OCHA polygons that lie in a neighbour's outline (a coastal town just
    off the shoreline-cut polygons is not abroad; Akçakale across the border is)."""
    syria = admin_polygons(0, ocha_dir).geometry.union_all()
    neighbours = outlines[outlines["name"] != "Syria"].geometry.union_all()
    return pd.Series([not syria.contains(p) and neighbours.contains(p) for p in places.geometry], index=places.index)


def village_rows(zip_path: Path | str, ocha_dir: Path, outlines: gpd.GeoDataFrame) -> list[dict]:
    """The village layer's rows: places in Syria, with their admin codes and seat rank."""
    places = osm_places(zip_path)
    places = places[~abroad(places, ocha_dir, outlines)].reset_index(drop=True)
    admin = locate(places.geometry.y.tolist(), places.geometry.x.tolist(), ocha_dir)
    seat = seats(places, ocha_dir)
    rows = []
    for i, place in places.iterrows():
        codes = admin.iloc[i]
        if not isinstance(codes["admin1_pcode"], str):
            continue  # across the border (Turkey, Lebanon, Iraq, Jordan)
        name = place["name"].strip()
        population = place["population"]
        rows.append({
            "osm_id": int(place["osm_id"]), "name_ar": name if is_arabic(name) else "",
            "name_en": "" if is_arabic(name) else name, "type": place["type"],
            "population": int(population) if population == population and population else "",
            "seat": "" if pd.isna(seat.iloc[i]) else int(seat.iloc[i]),
            "lat": round(place.geometry.y, 5), "lon": round(place.geometry.x, 5),
            "admin1_pcode": codes["admin1_pcode"], "admin2_pcode": codes["admin2_pcode"],
            "admin3_pcode": codes["admin3_pcode"],
        })
        rows[-1]["keys"] = ";".join(entry_keys(village_entry(rows[-1])))  # stored: computing them is slow
    return rows


def subdistrict_rows(ocha_dir: Path) -> list[dict]:
    """The 272 OCHA subdistricts: P-code, English and Arabic name (without "مركز"), parents, polygon centre."""
    polygons = admin_polygons(3, ocha_dir)
    centres = polygons.geometry.representative_point()
    return [{"pcode": r["pcode"], "name_en": r["name_en"], "name_ar": str(r["name_ar"]).removeprefix("مركز ").strip(),
             "admin1_pcode": r["admin1_pcode"], "admin2_pcode": r["admin2_pcode"],
             "lat": round(c.y, 5), "lon": round(c.x, 5)}
            for (_, r), c in zip(polygons.iterrows(), centres)]


def write_csv(path: Path, columns: tuple[str, ...], rows: list[dict]) -> None:
    """A CSV (gzipped when the name ends in .gz, with a fixed timestamp so rebuilds are byte-identical)."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    data = buffer.getvalue().encode("utf-8")
    path.write_bytes(gzip.compress(data, mtime=0) if path.suffix == ".gz" else data)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--osm", type=Path, required=True, help="the Geofabrik places zip (places.shp inside)")
    parser.add_argument("--ocha", type=Path, required=True, help="OCHA COD-AB folder (admin polygons, capitals)")
    parser.add_argument("--outlines", type=Path, default=WORLD_ATLAS,
                        help="country outlines (Natural Earth TopoJSON) telling border places abroad")
    parser.add_argument("--out", type=Path, default=DATA, help="folder to write the two tables to")
    args = parser.parse_args(argv)
    villages = village_rows(args.osm, args.ocha, country_outlines(args.outlines))
    write_csv(args.out / VILLAGES.name, VILLAGE_COLUMNS, villages)
    subdistricts = subdistrict_rows(args.ocha)
    write_csv(args.out / SUBDISTRICTS.name, SUBDISTRICT_COLUMNS, subdistricts)
    print(f"{len(villages)} places -> {args.out / VILLAGES.name}; {len(subdistricts)} subdistricts -> "
          f"{args.out / SUBDISTRICTS.name}")


if __name__ == "__main__":
    main()
