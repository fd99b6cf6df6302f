"""GeoPackage (opens in QGIS): one point layer 'incidents' in EPSG:4326, every field as an attribute."""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from incidents.io.errors import ImportFailed
from incidents.io.plain import DATE_FIELDS, TIME_FIELDS
from incidents.record import FIELD_NAMES

LAYER = "incidents"


def write(frame: pd.DataFrame, path: Path) -> None:
    import geopandas as gpd  # here, not at the top: it takes a second to load and only this format needs it

    table = frame.reindex(columns=list(FIELD_NAMES)).copy()
    for name in DATE_FIELDS:
        table[name] = table[name].dt.strftime("%Y-%m-%d")
    for name in TIME_FIELDS:
        table[name] = table[name].map(lambda v: None if pd.isna(v) else pd.Timestamp(v).isoformat())
    table["civilian_targeting"] = table["civilian_targeting"].map({True: "true", False: "false"})
    table["flags"] = table["flags"].map(lambda v: ",".join(v) if isinstance(v, list) else v)
    for name in table.columns:
        if table[name].dtype == object:
            table[name] = table[name].astype("string")
    points = gpd.points_from_xy(table["longitude"], table["latitude"], crs="EPSG:4326")
    gdf = gpd.GeoDataFrame(table, geometry=points)
    gdf.loc[table["latitude"].isna(), "geometry"] = None
    gdf.to_file(path, layer=LAYER, driver="GPKG", engine="pyogrio")


def read(path: Path) -> tuple[pd.DataFrame, list[tuple[int, str]]]:
    """The first layer's attributes as columns (index = feature number, from 1); coordinates from the points."""
    import geopandas as gpd
    import pyogrio.errors

    try:
        gdf = gpd.read_file(path, engine="pyogrio")
    except (pyogrio.errors.DataSourceError, pyogrio.errors.DataLayerError) as error:
        raise ImportFailed(path, f"not a readable GeoPackage ({error})") from None
    if gdf.crs is not None and gdf.crs.to_epsg() != 4326:
        gdf = gdf.to_crs(4326)
    frame = pd.DataFrame(gdf.drop(columns="geometry")).astype(object)
    frame = frame.where(frame.notna(), None)
    has_point = gdf.geometry.notna() & ~gdf.geometry.is_empty
    frame.loc[has_point, "longitude"] = gdf.geometry[has_point].x
    frame.loc[has_point, "latitude"] = gdf.geometry[has_point].y
    frame.index = pd.RangeIndex(1, len(frame) + 1, name="feature")
    return frame, []
