"""KML for Google Earth: one Placemark per incident, a readable description, every field as ExtendedData."""
from __future__ import annotations

import math
import xml.etree.ElementTree as ET
from pathlib import Path

import pandas as pd

from incidents.credits import dataset_credits
from incidents.io.errors import ImportFailed
from incidents.io.plain import dropped_note, plain_rows, xml_safe
from incidents.messages import message
from incidents.record import FIELD_NAMES

NS = "http://www.opengis.net/kml/2.2"


def _describe(row: dict) -> str:
    """A short plain-text summary (ElementTree escapes it; Google Earth shows it as text)."""
    place = row["location_en"] or row["place_text"] or "unknown place"
    counts = f"killed {row['killed'] if row['killed'] is not None else '?'}, wounded {row['wounded'] if row['wounded'] is not None else '?'}"
    return f"{row['event_date']} · {row['event_type']} / {row['sub_event_type']} · {place} · {counts}"


def _text(value) -> str:
    if isinstance(value, list):
        return ",".join(value)
    return "" if value is None else str(value)


def write(frame: pd.DataFrame, path: Path) -> list[str]:
    """Placemarks with every field and extra column as ExtendedData, the datasets' credit line as the document's
    description; characters XML cannot hold are dropped (and the returned note says where)."""
    ET.register_namespace("", NS)
    root = ET.Element(f"{{{NS}}}kml")
    document = ET.SubElement(root, f"{{{NS}}}Document")
    ET.SubElement(document, f"{{{NS}}}name").text = "Incidents"
    credit = dataset_credits(frame["dataset"].dropna().unique()) if "dataset" in frame else ""
    if credit:
        ET.SubElement(document, f"{{{NS}}}description").text = xml_safe(credit, [], "credit")
    dropped: list[str] = []
    for row in plain_rows(frame):
        label = f"incident {row['id'] or row['source_id'] or ''}".strip()
        safe = lambda text, name: xml_safe(text, dropped, f"{label} {name}")
        mark = ET.SubElement(document, f"{{{NS}}}Placemark")
        ET.SubElement(mark, f"{{{NS}}}name").text = safe(row["location_en"] or row["place_text"] or row["event_type"], "name")
        ET.SubElement(mark, f"{{{NS}}}description").text = safe(_describe(row), "description")
        data = ET.SubElement(mark, f"{{{NS}}}ExtendedData")
        values = {name: row[name] for name in FIELD_NAMES if name != "extra"} | row["extra"]
        for name, value in values.items():
            if value is not None and value != []:
                item = ET.SubElement(data, f"{{{NS}}}Data", name=safe(name, "column name"))
                ET.SubElement(item, f"{{{NS}}}value").text = safe(_text(value), name)
        if row["latitude"] is not None:
            point = ET.SubElement(mark, f"{{{NS}}}Point")
            ET.SubElement(point, f"{{{NS}}}coordinates").text = f"{row['longitude']!r},{row['latitude']!r}"
    ET.ElementTree(root).write(path, encoding="utf-8", xml_declaration=True)
    return dropped_note("KML", sorted(set(dropped), key=dropped.index))


def _finite(text: str) -> bool:
    try:
        return math.isfinite(float(text))
    except ValueError:
        return False


def read(path: Path) -> tuple[pd.DataFrame, list[tuple[int, str]]]:
    """ExtendedData fields as columns (index = Placemark number, from 1); coordinates from the Point."""
    try:
        tree = ET.parse(path)
    except ET.ParseError as error:
        raise ImportFailed(path, message("not_kml", error=str(error)), error.position[0]) from None
    except RecursionError:
        raise ImportFailed(path, message("xml_too_deep")) from None
    rows, numbers, rejected = [], [], []
    for number, mark in enumerate(tree.getroot().iter(f"{{{NS}}}Placemark"), start=1):
        row = {item.get("name"): item.findtext(f"{{{NS}}}value") for item in mark.iter(f"{{{NS}}}Data")}
        row.pop(None, None)  # a Data element without a name holds no column
        coordinates = mark.findtext(f"{{{NS}}}Point/{{{NS}}}coordinates")
        if coordinates and coordinates.strip():
            parts = coordinates.strip().split(",")
            numbers_ok = len(parts) >= 2 and all(_finite(p) for p in parts[:2])
            if not numbers_ok:
                rejected.append((number, message("kml_coordinates", value=repr(coordinates.strip()[:60]))))
                continue
            row["longitude"], row["latitude"] = parts[0], parts[1]
        rows.append(row)
        numbers.append(number)
    return pd.DataFrame(rows, index=pd.Index(numbers, name="placemark"), dtype=object), rejected
