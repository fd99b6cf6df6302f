"""The places worth a label on the basemap: OCHA admin capitals, else the built-in admin unit centres."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import geopandas as gpd
import pandas as pd

from gazetteer.boundaries import admin_polygons, ocha_file, read_layer
from gazetteer.builtin import admin_units

LEVELS = {"governorate": 1, "district": 2}


@lru_cache(maxsize=8)
def _capitals(ocha_dir: Path, max_level: int) -> pd.DataFrame:
    # OCHA's capitals layer has no Arabic names, so each capital takes them from the unit it heads
    # (the capital of Aleppo governorate is listed under its district's name, "Jebel Saman").
    points = read_layer(ocha_file(ocha_dir, "admincapitals"), ("adm_p_lvl",))
    rows = []
    for level in range(1, max_level + 1):
        wanted = points[points["adm_p_lvl"].clip(lower=1) == level][["geometry"]]
        units = admin_polygons(level, ocha_dir)[["name_en", "name_ar", "geometry"]]
        joined = gpd.sjoin(wanted, units, predicate="within", how="inner").sort_index()
        rows.append(pd.DataFrame({"level": level, "name_en": joined["name_en"].to_numpy(),
                                  "name_ar": joined["name_ar"].to_numpy(), "lon": joined.geometry.x.to_numpy(),
                                  "lat": joined.geometry.y.to_numpy(), "point": True}))
    return pd.concat(rows, ignore_index=True).drop_duplicates(["level", "name_en"])


def _unit_centres(max_level: int) -> pd.DataFrame:
    rows = [
        {"level": LEVELS[e.level], "name_en": e.name_en, "name_ar": e.name_ar, "lon": e.lon, "lat": e.lat,
         "point": False}
        for e in admin_units()
        if e.level in LEVELS and LEVELS[e.level] <= max_level
    ]
    # A district named like its governorate (Damascus, Idleb …) is labelled once.
    return pd.DataFrame(rows).drop_duplicates("name_en")


def places(ocha_dir: Path | None, max_level: int) -> pd.DataFrame:
    """level, name_en, name_ar, lon, lat, point: capitals (a point and its name) with OCHA_DIR,
    else governorate/district names at their centres (a region label, no point)."""
    return _capitals(Path(ocha_dir), max_level) if ocha_dir else _unit_centres(min(max_level, 2))
