"""Admin polygons from OCHA COD-AB and country outlines from Natural Earth, with point-in-polygon joins."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import geopandas as gpd
import pandas as pd

from gazetteer.errors import SourceError

NEIGHBOURS = ("Syria", "Turkey", "Iraq", "Jordan", "Lebanon", "Israel", "Palestine", "Cyprus")
_NAME_COLUMNS = {level: (f"adm{level}_name", f"adm{level}_name1", f"adm{level}_pcode") for level in range(4)}
NEAREST_KM = 5.0  # a point this close outside every polygon (a coastal town) still joins the nearest one


def ocha_file(ocha_dir: Path, stem: str) -> Path:
    """The OCHA layer `stem` (e.g. 'admin3') in a folder: shapefile or GeoJSON, any file name prefix."""
    for pattern in (f"*_{stem}.shp", f"*_{stem}.geojson", f"*_{stem}.json", f"{stem}.shp", f"{stem}.geojson"):
        found = sorted(Path(ocha_dir).glob(pattern))
        if found:
            return found[0]
    raise SourceError(str(ocha_dir), f"no OCHA layer '{stem}' (expected e.g. syr_{stem}.shp)")


def read_layer(path: Path, required: tuple[str, ...] = (), layer: str | None = None) -> gpd.GeoDataFrame:
    """Read a vector file in WGS84; a clear SourceError when it is unreadable or lacks columns."""
    try:
        frame = gpd.read_file(path, layer=layer)
    except Exception as exc:  # pyogrio raises several types for broken files
        raise SourceError(str(path), f"cannot read: {exc}") from exc
    missing = [c for c in required if c not in frame.columns]
    if missing:
        raise SourceError(str(path), f"missing columns: {', '.join(missing)}")
    return frame.to_crs(4326) if frame.crs and frame.crs.to_epsg() != 4326 else frame


@lru_cache(maxsize=16)
def _admin_polygons(level: int, ocha_dir: str) -> gpd.GeoDataFrame:
    frame = read_layer(ocha_file(Path(ocha_dir), f"admin{level}"), _NAME_COLUMNS[level])
    name, name_ar, pcode = _NAME_COLUMNS[level]
    out = pd.DataFrame({"name_en": frame[name], "name_ar": frame[name_ar], "pcode": frame[pcode]})
    for upper in range(1, level):
        out[f"admin{upper}"] = frame[f"adm{upper}_name"]
        out[f"admin{upper}_pcode"] = frame[f"adm{upper}_pcode"]
    return gpd.GeoDataFrame(out, geometry=frame.geometry.values, crs=4326)


def admin_polygons(level: int, ocha_dir: Path | str | None = None) -> gpd.GeoDataFrame | None:
    """OCHA admin `level` (0-3) polygons: name_en, name_ar, pcode, adminN/adminN_pcode above; None if no OCHA."""
    folder = ocha_dir
    if folder is None:
        return None
    if level not in _NAME_COLUMNS:
        raise ValueError(f"admin level must be 0-3, not {level}")
    return _admin_polygons(level, str(Path(folder).resolve()))


@lru_cache(maxsize=2)
def country_outlines(path: Path | str) -> gpd.GeoDataFrame:
    """Syria and its neighbours (Natural Earth 1:50m, e.g. the world-atlas npm package's): name, geometry."""
    world = read_layer(Path(path), ("name",), layer="countries")
    return world[world["name"].isin(NEIGHBOURS)][["name", "geometry"]].reset_index(drop=True)


def in_syria(lat: float, lon: float, outlines: Path | str) -> bool:
    """True when the point lies in Syria's outline (Natural Earth file `outlines`) or within ~5 km of it."""
    syria = country_outlines(outlines)
    syria = syria[syria["name"] == "Syria"]
    point = gpd.points_from_xy([lon], [lat], crs=4326)[0]
    return bool(syria.geometry.iloc[0].distance(point) * 111 <= NEAREST_KM)


@lru_cache(maxsize=4)
def _projected_admin3(ocha_dir: str) -> gpd.GeoDataFrame:
    polygons = _admin_polygons(3, ocha_dir).to_crs(3857)
    polygons.sindex  # build the spatial index once
    return polygons


def locate(lats: list[float], lons: list[float], ocha_dir: Path | str | None = None) -> pd.DataFrame | None:
    """For each point, its admin 1/2/3 names and P-codes from the OCHA admin3 polygons (NaN outside)."""
    folder = ocha_dir
    if folder is None:
        return None
    points = gpd.GeoDataFrame(geometry=gpd.points_from_xy(lons, lats), crs=4326).to_crs(3857)
    polygons = _projected_admin3(str(Path(folder).resolve()))
    joined = gpd.sjoin_nearest(points, polygons, how="left", max_distance=NEAREST_KM * 1000)
    joined = joined[~joined.index.duplicated(keep="first")]
    return pd.DataFrame(
        {
            "admin1": joined["admin1"], "admin1_pcode": joined["admin1_pcode"],
            "admin2": joined["admin2"], "admin2_pcode": joined["admin2_pcode"],
            "admin3": joined["name_en"], "admin3_pcode": joined["pcode"],
        }
    ).reindex(range(len(lats)))
