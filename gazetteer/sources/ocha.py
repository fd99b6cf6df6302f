"""OCHA COD-AB: subdistrict centres (admin points), admin capitals and city neighbourhoods."""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from gazetteer.boundaries import admin_polygons, ocha_file, read_layer
from gazetteer.entry import Entry
from gazetteer.errors import SourceError

_CAPITAL_WEIGHT = {0: 5.0, 1: 4.0, 2: 3.0, 3: 2.0}


def _text(value) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() and value != "<Null>" else None


def _codes(row: pd.Series, suffix: str = "name") -> dict:
    """admin1..3 names and P-codes from OCHA's adm{n}_name / adm{n}_pcode columns."""
    out = {}
    for n in (1, 2, 3):
        out[f"admin{n}"] = _text(row.get(f"adm{n}_{suffix}"))
        out[f"admin{n}_pcode"] = _text(row.get(f"adm{n}_pcode"))
    return out


def subdistricts(ocha_dir: Path) -> list[Entry]:
    """Admin 3 units at their OCHA admin point (or polygon centre) with English and Arabic names."""
    try:
        points = read_layer(ocha_file(ocha_dir, "adminpoints"), ("admin_leve", "name", "name1"))
        points = points[points["admin_leve"].astype(int) == 3]
        rows = [(r, r["name"], r["name1"], r.geometry.y, r.geometry.x) for _, r in points.iterrows()]
    except SourceError:
        polygons = admin_polygons(3, ocha_dir)
        centres = polygons.geometry.representative_point()
        rows = [(pd.Series({"adm1_pcode": r["admin1_pcode"], "adm2_pcode": r["admin2_pcode"], "adm3_pcode": r["pcode"],
                            "adm1_name": r["admin1"], "adm2_name": r["admin2"], "adm3_name": r["name_en"]}),
                 r["name_en"], r["name_ar"], c.y, c.x) for (_, r), c in zip(polygons.iterrows(), centres)]
    return [
        Entry(name_en=en, name_ar=_text(ar) or "", lat=lat, lon=lon, level="subdistrict", source="ocha",
              weight=1.5, **_codes(row))
        for row, en, ar, lat, lon in rows if _text(en)
    ]


def capitals(ocha_dir: Path, arabic: dict[str, str]) -> list[Entry]:
    """Admin capitals: the towns that are seats of a governorate, district or subdistrict."""
    frame = read_layer(ocha_file(ocha_dir, "admincapitals"), ("adm_p_lvl", "name"))
    out = []
    for _, row in frame.iterrows():
        name = _text(row["name"])
        if not name:
            continue
        codes = _codes(row)
        out.append(Entry(
            name_en=name, name_ar=_text(row.get("name_1")) or arabic.get(codes["admin3_pcode"] or "", ""),
            lat=row.geometry.y, lon=row.geometry.x, level="town", source="ocha",
            weight=_CAPITAL_WEIGHT.get(int(row["adm_p_lvl"]), 2.0), **codes,
        ))
    return out


def neighbourhoods(ocha_dir: Path) -> list[Entry]:
    """City neighbourhoods (Damascus, Aleppo, Homs ...) at their polygon's centre."""
    frame = read_layer(ocha_file(ocha_dir, "neighborhoods"), ("neighborho", "neighbor_1"))
    centres = frame.geometry.representative_point()
    out = []
    for (_, row), centre in zip(frame.iterrows(), centres):
        name = _text(row["neighborho"])
        if not name:
            continue
        alternates = [_text(row.get(c)) for c in ("neighbor_3", "neighbor_4")]
        out.append(Entry(
            name_en=name, name_ar=_text(row["neighbor_1"]) or "", lat=centre.y, lon=centre.x,
            level="neighbourhood", source="ocha", names=[a.split(" (")[0] for a in alternates if a],
            weight=1.0, **_codes(row, "en"),
        ))
    return out


def ocha_entries(ocha_dir: Path | str, problems: list[SourceError]) -> list[Entry]:
    """Every OCHA layer found in the folder; a missing optional layer is noted as a problem."""
    folder = Path(ocha_dir)
    if not folder.is_dir():
        raise SourceError(str(folder), "not a folder of OCHA COD-AB files")
    admin_polygons(3, folder)  # the polygons are required: they give every other entry its admin codes
    entries = subdistricts(folder)
    arabic = {e.admin3_pcode: e.name_ar.removeprefix("مركز ").strip() for e in entries if e.admin3_pcode}
    for reader in (lambda: capitals(folder, arabic), lambda: neighbourhoods(folder)):
        try:
            entries += reader()
        except SourceError as problem:
            problems.append(problem)
    return entries
