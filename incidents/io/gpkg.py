"""GeoPackage (opens in QGIS): one point layer 'incidents' in EPSG:4326, every field as an attribute."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from incidents.io.errors import ImportFailed
from incidents.io.plain import DATE_FIELDS, TIME_FIELDS, dropped_note, extra_table, xml_safe
from incidents.messages import message
from incidents.record import FIELD_NAMES

LAYER = "incidents"


def write(frame: pd.DataFrame, path: Path) -> list[str]:
    """Every field and extra column as an attribute; characters XML cannot hold (QGIS and OGR choke on them in
    metadata and exports) are dropped, and the returned note says where."""
    import geopandas as gpd  # here, not at the top: it takes a second to load and only this format needs it

    table = frame.reindex(columns=[n for n in FIELD_NAMES if n != "extra"]).copy()
    for name in DATE_FIELDS:
        table[name] = table[name].dt.strftime("%Y-%m-%d")
    for name in TIME_FIELDS:
        table[name] = table[name].map(lambda v: None if pd.isna(v) else pd.Timestamp(v).isoformat())
    table["civilian_targeting"] = table["civilian_targeting"].map({True: "true", False: "false"})
    table["flags"] = table["flags"].map(lambda v: ",".join(v) if isinstance(v, list) else v)
    extra = extra_table(frame)
    taken = {name.lower() for name in table.columns}
    for name in extra.columns:  # SQLite column names ignore case: a clash would fail the whole file
        if name.lower() not in taken and name.lower() != "geometry":
            table[name] = extra[name]
            taken.add(name.lower())
    dropped: list[str] = []
    for name in table.columns:
        if table[name].dtype == object or pd.api.types.is_string_dtype(table[name]):
            text = table[name].astype(object).map(lambda v: xml_safe(v, dropped, f"column {name}")
                                                  if isinstance(v, str) else v, na_action="ignore")
            table[name] = text.astype("string")
    points = gpd.points_from_xy(table["longitude"], table["latitude"], crs="EPSG:4326")
    gdf = gpd.GeoDataFrame(table, geometry=points)
    gdf.loc[table["latitude"].isna(), "geometry"] = None
    gdf.to_file(path, layer=LAYER, driver="GPKG", engine="pyogrio")
    return dropped_note("GeoPackage", sorted(set(dropped), key=dropped.index))


def read(path: Path) -> tuple[pd.DataFrame, list[tuple[int, str]]]:
    """The first layer's attributes as columns (index = feature number, from 1); coordinates from the points."""
    import geopandas as gpd
    import pyogrio.errors

    try:
        gdf = gpd.read_file(path, engine="pyogrio")
    except (pyogrio.errors.DataSourceError, pyogrio.errors.DataLayerError) as error:
        raise ImportFailed(path, message("not_gpkg", error=str(error))) from None
    if gdf.crs is not None and gdf.crs.to_epsg() != 4326:
        gdf = gdf.to_crs(4326)
    frame = pd.DataFrame(gdf.drop(columns="geometry")).astype(object)
    frame = frame.where(frame.notna(), None)
    frame.index = pd.RangeIndex(1, len(frame) + 1, name="feature")
    geometry = gdf.geometry.set_axis(frame.index)
    has_shape = ~(geometry.is_empty | pd.isna(geometry.to_numpy()))
    not_point = has_shape & (geometry.geom_type != "Point")
    points = geometry[has_shape & ~not_point]
    finite = np.isfinite(points.x) & np.isfinite(points.y)
    frame.loc[points.index, "longitude"] = points.x
    frame.loc[points.index, "latitude"] = points.y
    rejected = [(int(n), message("not_point", kind=kind)) for n, kind in geometry[not_point].geom_type.items()]
    rejected += [(int(n), message("point_not_finite")) for n in points.index[~finite]]
    return frame.drop(index=[n for n, _ in rejected]), sorted(rejected)
