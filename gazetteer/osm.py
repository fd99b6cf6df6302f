"""Regenerate the village layer (data/gazetteer/villages.csv.gz) and the subdistrict table (subdistricts.csv).

The village layer is OpenStreetMap's place points of Syria (a Geofabrik export, Arabic names only) with admin
1-3 P-codes from a spatial join with the OCHA COD-AB polygons, a level from the OSM type, and the admin seat
an OCHA admin capital marks (a seat named as its unit also answers to the unit's names). It is ODbL: "© OpenStreetMap contributors". Run
`python -m gazetteer.osm --osm ZIP --ocha DIR` to rebuild both tables.
"""
from __future__ import annotations

import argparse
import csv
import gzip
import io
import math
import re
from pathlib import Path

import geopandas as gpd
import pandas as pd
from rapidfuzz import fuzz

from gazetteer.boundaries import admin_polygons, country_outlines, locate, ocha_file, read_layer
from gazetteer.builtin import admin_units, subdistrict_entry, towns, village_entry
from gazetteer.entry import entry_keys
from gazetteer.normalize import is_arabic, normalize_arabic, parse
from gazetteer.settings import WORLD_ATLAS

DATA = Path(__file__).resolve().parents[1] / "data" / "gazetteer"
VILLAGES = DATA / "villages.csv.gz"
SUBDISTRICTS = DATA / "subdistricts.csv"
# OSM place types kept, and the gazetteer level each becomes (regions, islands and the country are not places).
TYPES = {"city": "town", "town": "town", "village": "town", "hamlet": "town", "isolated_dwellin": "town",
         "suburb": "neighbourhood", "neighbourhood": "neighbourhood", "locality": "locality"}
SEAT_KM = 3.0  # an OCHA admin capital this close to a city or town makes it that unit's seat...
ON_SEAT_KM = 0.5  # ...and this close to any settlement, whatever its name (Kurdish Derik for al-Malikiyah)
NAMED_SEAT_KM = 5.0  # ...and this close to a settlement of the unit's name (the capital points are approximate)
SEAT_NAME_RATIO = 75.0  # fuzz.ratio of an OSM name's key and a unit name's key: the same name
VILLAGE_COLUMNS = ("osm_id", "name_ar", "name_en", "type", "population", "seat", "names", "lat", "lon",
                   "admin1_pcode", "admin2_pcode", "admin3_pcode", "keys")
SUBDISTRICT_COLUMNS = ("pcode", "name_en", "name_ar", "admin1_pcode", "admin2_pcode", "lat", "lon", "answers")


def osm_places(zip_path: Path | str) -> gpd.GeoDataFrame:
    """The named OSM place points of the kinds the gazetteer keeps."""
    frame = read_layer(Path(f"zip://{Path(zip_path).resolve()}"), ("osm_id", "name", "type", "population"))
    frame = frame[frame["type"].isin(TYPES) & frame["name"].fillna("").str.strip().astype(bool)]
    return frame.reset_index(drop=True)


def _seat_names(ocha_dir: Path) -> dict[tuple[str, str], list[str]]:
    """(governorate P-code, English key) -> the Arabic names of the OCHA units of that English name there."""
    out: dict[tuple[str, str], list[str]] = {}
    for level in (1, 2, 3):
        for _, unit in admin_polygons(level, ocha_dir).iterrows():
            gov = unit["pcode"] if level == 1 else unit["admin1_pcode"]
            name_ar = unit_arabic(str(unit["name_ar"]))
            found = out.setdefault((gov, parse(str(unit["name_en"])).key), [])
            if name_ar and name_ar not in found:
                found.append(name_ar)
    return out


def unit_arabic(name: str) -> str:
    """An OCHA unit's Arabic name without the "مركز" (centre) OCHA puts before a district's central subdistrict."""
    return re.sub(r"^مركز\s*", "", name.strip()).strip()


def named_after(place: str, names: list[str]) -> bool:
    """True when an OSM place's name is one of a unit's names: close keys (حسياء, حسية), or every word of the
    unit's name in the place's (صرين القبلية for صرين, بري الشرقي for بري شرقي)."""
    key, words = parse(place).key, _words(place)
    return any(key and (fuzz.ratio(key, parse(name).key) >= SEAT_NAME_RATIO or _words(name) <= words)
               for name in names if _words(name))


def _words(name: str) -> set[str]:
    """The words of a name, each without its article."""
    return {w.removeprefix("ال") if is_arabic(w) else w.casefold() for w in normalize_arabic(name).split()} - {""}


def seats(places: gpd.GeoDataFrame, ocha_dir: Path) -> tuple[pd.Series, pd.Series]:
    """For each place, the admin level (0-3) of the OCHA capital it is the seat of (or NA), and the unit names it
    takes from it (or ""). Each capital goes to the nearest settlement within NAMED_SEAT_KM named as the unit is,
    which then also answers to the unit's English and Arabic names ("Saraqab", "القامشلي"); failing one, to the
    nearest city or town within SEAT_KM (Aleppo, the seat of "Jebel Saman") or settlement within ON_SEAT_KM,
    which keeps its own names; else to none (a village 1-3 km from the capital point is not the seat). One place
    that seats several units keeps the higher rank."""
    capitals = read_layer(ocha_file(ocha_dir, "admincapitals"), ("adm_p_lvl", "name", "adm1_pcode"))
    lats = capitals.geometry.y
    capitals = capitals.to_crs(3857)
    settled = places[places["type"].isin(("city", "town", "village", "hamlet"))].to_crs(3857)
    unit_names = _seat_names(ocha_dir)
    rank = pd.Series(pd.NA, index=places.index, dtype="Int64")
    names = pd.Series("", index=places.index, dtype=object)
    for n, capital in capitals.iterrows():
        english = str(capital["name"]).strip()
        gov = capital["adm1_pcode"] if isinstance(capital["adm1_pcode"], str) else "SY01"  # the country's: Damascus
        arabic = unit_names.get((gov, parse(english).key), [])
        near = settled.distance(capital.geometry) * math.cos(math.radians(lats[n]))  # Mercator metres to metres
        near = near[near <= NAMED_SEAT_KM * 1000].sort_values()
        named = [i for i in near.index if named_after(settled.at[i, "name"], [english, *arabic])]
        towns = [i for i in near.index if near[i] <= ON_SEAT_KM * 1000 or (
            near[i] <= SEAT_KM * 1000 and settled.at[i, "type"] in ("city", "town"))]
        seat = named[0] if named else (towns[0] if towns else None)
        if seat is None:
            continue
        level = int(capital["adm_p_lvl"])
        if pd.isna(rank[seat]) or level < rank[seat]:
            rank[seat] = level
        if named:
            taken = [n for n in (english, *arabic) if n and n not in names[seat].split(";")]
            names[seat] = ";".join(filter(None, [names[seat], *taken]))
    return rank, names


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
    seat, unit_names = seats(places, ocha_dir)
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
            "seat": "" if pd.isna(seat.iloc[i]) else int(seat.iloc[i]), "names": unit_names.iloc[i],
            "lat": round(place.geometry.y, 5), "lon": round(place.geometry.x, 5),
            "admin1_pcode": codes["admin1_pcode"], "admin2_pcode": codes["admin2_pcode"],
            "admin3_pcode": codes["admin3_pcode"],
        })
        rows[-1]["keys"] = ";".join(entry_keys(village_entry(rows[-1])))  # stored: computing them is slow
    return rows


def subdistrict_rows(ocha_dir: Path, villages: list[dict]) -> list[dict]:
    """The 272 OCHA subdistricts: P-code, English and Arabic name (without "مركز"), parents, polygon centre, and
    whether the unit answers its own names (`answers`, see unheld)."""
    polygons = admin_polygons(3, ocha_dir)
    centres = polygons.geometry.representative_point()
    rows = [{"pcode": r["pcode"], "name_en": r["name_en"], "name_ar": unit_arabic(str(r["name_ar"])),
             "admin1_pcode": r["admin1_pcode"], "admin2_pcode": r["admin2_pcode"],
             "lat": round(c.y, 5), "lon": round(c.x, 5)}
            for (_, r), c in zip(polygons.iterrows(), centres)]
    answering = unheld(rows, villages, ocha_dir)
    return [{**row, "answers": int(row["pcode"] in answering)} for row in rows]


def unheld(subdistricts: list[dict], villages: list[dict], ocha_dir: Path) -> set[str]:
    """The subdistricts no layer answers for: OCHA gives them no admin capital (the seat that marks a settlement,
    see seats) and no settlement (OSM village table, GeoNames town) inside them nor district or governorate over
    them has one of their keys. Such a unit (al-Khashniyah and al-Butayhah in the Golan) would get no answer or a
    namesake's elsewhere, so the gazetteer answers its names with the unit itself (builtin.unheld_subdistricts)."""
    capitals = read_layer(ocha_file(ocha_dir, "admincapitals"), ("adm3_pcode",))
    seated = set(capitals["adm3_pcode"].dropna())
    held: dict[str, set[str]] = {}
    for row in villages:
        if TYPES[row["type"]] == "town":
            held.setdefault(row["admin3_pcode"], set()).update(row["keys"].split(";"))
    for town in towns():
        held.setdefault(town.admin3_pcode, set()).update(entry_keys(town))
    for unit in admin_units():
        held.setdefault(unit.admin2_pcode or unit.admin1_pcode, set()).update(entry_keys(unit))
    return {row["pcode"] for row in subdistricts if row["pcode"] not in seated
            and not set(entry_keys(subdistrict_entry(row))) & (
                held.get(row["pcode"], set()) | held.get(row["admin2_pcode"], set())
                | held.get(row["admin1_pcode"], set()))}


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
    subdistricts = subdistrict_rows(args.ocha, villages)
    write_csv(args.out / SUBDISTRICTS.name, SUBDISTRICT_COLUMNS, subdistricts)
    print(f"{len(villages)} places -> {args.out / VILLAGES.name}; {len(subdistricts)} subdistricts -> "
          f"{args.out / SUBDISTRICTS.name}")


if __name__ == "__main__":
    main()
