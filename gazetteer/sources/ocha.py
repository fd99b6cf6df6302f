"""OCHA COD-AB: subdistrict centres (admin points), admin capitals and city neighbourhoods."""
from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from gazetteer.boundaries import admin_polygons, ocha_file, read_layer
from gazetteer.builtin import quarter_entry, quarter_pcodes
from gazetteer.entry import Entry
from gazetteer.errors import SourceError
from gazetteer.normalize import descriptive, unqualified

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


def _quarter_names(*names: str) -> list[str]:
    """Every name a neighbourhood answers to besides its own: OCHA's alternates without their "(City)", each part of
    a compound ("Al Hurriya_ Ish Al Werwer", "الراموسة/ المنطقة الصناعية") and a name without its compass word
    ("جوبر الغربي" -> جوبر: East and West Jobar are both Jobar)."""
    out: list[str] = []
    for name in filter(None, names):
        plain = name.split(" (")[0].strip()
        parts = [p.strip() for p in re.split(r"[_/]", plain) if p.strip()]
        for part in [plain, *(parts if len(parts) > 1 else [])]:
            out += [part, *filter(None, [unqualified(part)])]
    return list(dict.fromkeys(out))


_LATIN_ARTICLES = frozenset(("al", "el", "ad", "adh", "aj", "an", "ar", "as", "ash", "at", "ath", "az"))


def two_names(name_en: str, name_ar: str) -> list[str]:
    """The names of a quarter OCHA names after two ("Abbasiyeh-Muhajreen" العباسية-المهاجرين, "Ali Bek wa Abd Al Aziz"
    علي بك وعبد العزيز, "Southern(Al-rradar)" الجنوبي-الرادار), in both scripts: none unless both scripts give as many
    parts (an article's hyphen joins: "Al-Nayrab"; the Arabic و splits only when the Latin says "wa"); a part that
    only describes a spot of the city in either script (الوسط, Southern: normalize.descriptive) is no name."""
    wa = re.search(r"\swa\s", name_en, re.IGNORECASE) is not None
    latin = [p.strip() for p in _latin_parts(name_en, wa) if p.strip()]
    arabic = [p.strip() for p in (re.split(r"\s+و(?=\S)", name_ar) if wa else name_ar.split("-")) if p.strip()]
    if len(latin) < 2 or len(latin) != len(arabic):
        return []
    return [name for en, ar in zip(latin, arabic) if not (descriptive(en) or descriptive(ar)) for name in (en, ar)]


def _latin_parts(name: str, wa: bool) -> list[str]:
    """A Latin quarter name's parts: "X(Y)", "X wa Y", else "X-Y" (an article's hyphen joins its word)."""
    paren = re.fullmatch(r"\s*([^()]+?)\s*\(([^()]+)\)\s*", name)
    if paren:
        return [paren[1], paren[2]]
    if wa:
        return re.split(r"\s+wa\s+", name, flags=re.IGNORECASE)
    parts: list[str] = []
    for piece in name.split("-"):
        if parts and parts[-1].split() and parts[-1].split()[-1].lower() in _LATIN_ARTICLES:
            parts[-1] += "-" + piece
        else:
            parts.append(piece)
    return parts


def neighbourhood_rows(ocha_dir: Path) -> list[dict]:
    """City neighbourhoods (Damascus, Aleppo, Homs ...): P-code, names, city, a point inside the polygon, admin
    P-codes (the columns of the shipped table, data/gazetteer/neighbourhoods.csv, without its keys)."""
    frame = read_layer(ocha_file(ocha_dir, "neighborhoods"), ("neighborho", "neighbor_1", "neighbor_2"))
    centres = frame.geometry.representative_point()
    rows = []
    for (_, row), centre in zip(frame.iterrows(), centres):
        name_en, name_ar = _text(row["neighborho"]), _text(row["neighbor_1"]) or ""
        if not name_en:
            continue
        alternates = (_text(row.get(c)) for c in ("neighbor_3", "neighbor_4"))
        # (a part of two names keeps its qualifier: الجامع الكبير is no الجامع)
        names = dict.fromkeys([*_quarter_names(name_en, name_ar, *alternates), *two_names(name_en, name_ar)])
        codes = _codes(row, "en")
        rows.append({
            "pcode": _text(row["neighbor_2"]) or "", "name_en": name_en, "name_ar": name_ar,
            "names": ";".join(n for n in names if n not in (name_en, name_ar)),
            "city_en": _text(row.get("adm4_en")) or "", "city_ar": _text(row.get("adm4_ar")) or "",
            "lat": round(centre.y, 5), "lon": round(centre.x, 5),
            **{f"admin{n}_pcode": codes[f"admin{n}_pcode"] or "" for n in (1, 2, 3)},
        })
    return rows


def neighbourhoods(ocha_dir: Path, known: frozenset[str] = frozenset()) -> list[Entry]:
    """City neighbourhoods as entries, but those whose P-code is in `known` (the built-in table already has them)."""
    return [quarter_entry(row) for row in neighbourhood_rows(ocha_dir) if row["pcode"] not in known]


def ocha_entries(ocha_dir: Path | str, problems: list[SourceError]) -> list[Entry]:
    """Every OCHA layer found in the folder; a missing optional layer is noted as a problem."""
    folder = Path(ocha_dir)
    if not folder.is_dir():
        raise SourceError(str(folder), "not a folder of OCHA COD-AB files")
    admin_polygons(3, folder)  # the polygons are required: they give every other entry its admin codes
    entries = subdistricts(folder)
    arabic = {e.admin3_pcode: e.name_ar.removeprefix("مركز ").strip() for e in entries if e.admin3_pcode}
    for reader in (lambda: capitals(folder, arabic), lambda: neighbourhoods(folder, quarter_pcodes())):
        try:
            entries += reader()
        except SourceError as problem:
            problems.append(problem)
    return entries
