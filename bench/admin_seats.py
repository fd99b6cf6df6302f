"""Admin seats as news text names them: the evaluation items of bench.eval_gazetteer part 5.

Each OCHA admin capital (the seat of a governorate, district or subdistrict, `syr_admincapitals`) is asked for
by its Arabic name with a proclitic ("بالميادين", "والميادين": in and and) and by OCHA's English spelling
("Mhambal", "Oqeirbat"). The Arabic name is that of the OCHA unit of the capital's English name in its
governorate (subdistrict, district or governorate; none: no Arabic forms). The truth is the capital's point. A
seat whose name (in either script) another capital more than SHARED_KM away also bears is "shared": without a hint the right
answer is none (candidates listed), two seats being of comparable prominence. No query string is one of part 2's
(the built-in towns' own names) and none comes from GED. A stable hash of the capital's P-code (else its name)
splits the seats into a dev half and a blind half (no rule is written from it: report its first run).
"""
from __future__ import annotations

import hashlib
from pathlib import Path

import pandas as pd

from gazetteer.boundaries import ocha_file, read_layer
from gazetteer.builtin import admin_units, towns
from gazetteer.core import distance_km
from gazetteer.normalize import parse

SHARED_KM = 25.0  # two seats of one name farther apart than this are two places the name may mean
SUBDISTRICTS = Path(__file__).resolve().parents[1] / "data" / "gazetteer" / "subdistricts.csv"
PROCLITICS = ("ب", "و")  # "in X", "and X": the forms a seat takes in a news sentence


def blind(seat_id: str) -> bool:
    """Half of the seats, fixed by a hash of the seat's id: the blind half."""
    return int(hashlib.sha1(seat_id.encode()).hexdigest(), 16) % 2 == 1


def _arabic_names() -> dict[tuple[str, str], str]:
    """(governorate P-code, English key) -> Arabic name of the OCHA units (subdistricts, districts, governorates)."""
    out: dict[tuple[str, str], str] = {}
    for row in pd.read_csv(SUBDISTRICTS).itertuples():
        out.setdefault((row.admin1_pcode, parse(row.name_en).key), row.name_ar)
    for unit in admin_units():
        if unit.level in ("district", "governorate") and unit.name_ar:
            out.setdefault((unit.admin1_pcode, parse(unit.name_en).key), unit.name_ar)
    return out


def _part2_keys() -> set[str]:
    """The strings part 2 asks (every built-in town's names), as typed (casefolded, spaces squeezed)."""
    return {" ".join(n.split()).casefold() for town in towns() for n in town.all_names()}


def seat_queries(ocha_dir: Path) -> pd.DataFrame:
    """(query, form, seat, admin1 P-code, lat, lon, shared, blind) for each admin capital and name form."""
    capitals = read_layer(ocha_file(ocha_dir, "admincapitals"), ("name", "adm1_pcode", "adm_p_lvl"))
    capitals = capitals[capitals["adm_p_lvl"] > 0]  # the country's capital is the governorate's too
    arabic, asked = _arabic_names(), _part2_keys()
    seats = [{"seat": str(r["name"]).strip(), "admin1": r["adm1_pcode"], "lat": r.geometry.y, "lon": r.geometry.x,
              "id": str(r["adm3_pcode"]) if isinstance(r.get("adm3_pcode"), str) else str(r["name"]),
              "key": parse(str(r["name"])).key} for _, r in capitals.iterrows()]
    for seat in seats:
        seat["name_ar"] = arabic.get((seat["admin1"], seat["key"]))
        seat["keys"] = {seat["key"], parse(seat["name_ar"]).key if seat["name_ar"] else seat["key"]}
    rows = []
    for seat in seats:
        shared = any(o["keys"] & seat["keys"] and distance_km(o["lat"], o["lon"], seat["lat"], seat["lon"]) > SHARED_KM
                     for o in seats)
        name_ar = seat["name_ar"]
        forms = [(p + name_ar, "arabic, proclitic") for p in PROCLITICS] if name_ar else []
        forms.append((seat["seat"], "english, OCHA spelling"))
        for query, form in forms:
            if " ".join(query.split()).casefold() in asked:
                continue  # part 2 asks it already
            rows.append({"query": query, "form": form, "seat": seat["seat"], "admin1": seat["admin1"],
                         "lat": seat["lat"], "lon": seat["lon"], "shared": shared, "blind": blind(seat["id"])})
    return pd.DataFrame(rows, columns=["query", "form", "seat", "admin1", "lat", "lon", "shared", "blind"])
