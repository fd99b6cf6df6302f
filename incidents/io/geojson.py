"""GeoJSON (RFC 7946): a FeatureCollection of Points in WGS 84, [longitude, latitude], fields as properties."""
from __future__ import annotations

import json
import math
from pathlib import Path

import pandas as pd

from incidents.credits import dataset_credits
from incidents.io.errors import ImportFailed
from incidents.io.plain import plain_rows
from incidents.messages import message
from incidents.record import FIELD_NAMES

PROPERTIES = tuple(name for name in FIELD_NAMES if name not in ("latitude", "longitude"))


def write(frame: pd.DataFrame, path: Path) -> list[str]:
    """Write features one by one (a large selection never builds one big string); extra columns are properties;
    the datasets' credit line rides along as the collection's `attribution` member."""
    with open(path, "w", encoding="utf-8") as out:
        credit = dataset_credits(frame["dataset"].dropna().unique()) if "dataset" in frame else ""
        head = {"type": "FeatureCollection", "attribution": credit} if credit else {"type": "FeatureCollection"}
        out.write(json.dumps(head, ensure_ascii=False)[:-1] + ', "features": [\n')
        for number, (row, lat, lon) in enumerate(zip(plain_rows(frame, PROPERTIES), frame["latitude"], frame["longitude"])):
            point = None if pd.isna(lat) or pd.isna(lon) else {"type": "Point", "coordinates": [float(lon), float(lat)]}
            row.update(row.pop("extra"))
            feature = {"type": "Feature", "id": row["id"], "geometry": point, "properties": row}
            out.write(("," if number else "") + json.dumps(feature, ensure_ascii=False) + "\n")
        out.write("]}\n")
    return []


def _point(geometry) -> tuple[list | None, str | None]:
    """[longitude, latitude] of a Point geometry (None for no geometry), or the reason it is not one."""
    if geometry is None:
        return None, None
    if not isinstance(geometry, dict):
        return None, message("not_geometry", kind=type(geometry).__name__)
    coordinates = geometry.get("coordinates")
    if geometry.get("type") != "Point" or not isinstance(coordinates, list) or len(coordinates) < 2:
        return None, message("not_point_named", kind=repr(str(geometry.get("type"))[:40]))
    lon, lat = coordinates[0], coordinates[1]
    if not all(isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v) for v in (lon, lat)):
        return None, message("not_coordinates", value=str(coordinates)[:60])
    return [lon, lat], None


def read(path: Path) -> tuple[pd.DataFrame, list[tuple[int, str]]]:
    """Properties as columns (index = feature number, from 1) and (feature, reason) for features that are not Points."""
    try:
        with open(path, encoding="utf-8-sig") as source:
            data = json.load(source)
    except UnicodeDecodeError as error:
        raise ImportFailed(path, message("not_utf8", error=error.reason, start=error.start)) from None
    except json.JSONDecodeError as error:
        raise ImportFailed(path, message("not_json", error=error.msg, column=error.colno), error.lineno) from None
    except RecursionError:
        raise ImportFailed(path, message("json_too_deep")) from None
    if not isinstance(data, dict) or data.get("type") != "FeatureCollection" or not isinstance(data.get("features"), list):
        raise ImportFailed(path, message("not_collection"))
    rows, numbers, rejected = [], [], []
    for number, feature in enumerate(data["features"], start=1):
        if not isinstance(feature, dict) or not isinstance(feature.get("properties") or {}, dict):
            rejected.append((number, message("not_feature")))
            continue
        row = dict(feature.get("properties") or {})
        point, problem = _point(feature.get("geometry"))
        if problem:
            rejected.append((number, problem))
            continue
        if point is not None:
            row["longitude"], row["latitude"] = point
        rows.append(row)
        numbers.append(number)
    frame = pd.DataFrame(rows, index=pd.Index(numbers, name="feature"), dtype=object)
    return frame, rejected
