"""KML for Google Earth: one Placemark per incident, a readable description, every field as ExtendedData."""
from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pandas as pd

from incidents.io.errors import ImportFailed
from incidents.io.plain import plain_rows
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


def write(frame: pd.DataFrame, path: Path) -> None:
    ET.register_namespace("", NS)
    root = ET.Element(f"{{{NS}}}kml")
    document = ET.SubElement(root, f"{{{NS}}}Document")
    ET.SubElement(document, f"{{{NS}}}name").text = "Incidents"
    for row in plain_rows(frame):
        mark = ET.SubElement(document, f"{{{NS}}}Placemark")
        ET.SubElement(mark, f"{{{NS}}}name").text = row["location_en"] or row["place_text"] or row["event_type"]
        ET.SubElement(mark, f"{{{NS}}}description").text = _describe(row)
        data = ET.SubElement(mark, f"{{{NS}}}ExtendedData")
        for name in FIELD_NAMES:
            if row[name] is not None and row[name] != []:
                item = ET.SubElement(data, f"{{{NS}}}Data", name=name)
                ET.SubElement(item, f"{{{NS}}}value").text = _text(row[name])
        if row["latitude"] is not None:
            point = ET.SubElement(mark, f"{{{NS}}}Point")
            ET.SubElement(point, f"{{{NS}}}coordinates").text = f"{row['longitude']!r},{row['latitude']!r}"
    ET.ElementTree(root).write(path, encoding="utf-8", xml_declaration=True)


def read(path: Path) -> tuple[pd.DataFrame, list[tuple[int, str]]]:
    """ExtendedData fields as columns (index = Placemark number, from 1); coordinates from the Point."""
    try:
        tree = ET.parse(path)
    except ET.ParseError as error:
        raise ImportFailed(path, f"not KML/XML ({error})", error.position[0]) from None
    rows, numbers, rejected = [], [], []
    for number, mark in enumerate(tree.getroot().iter(f"{{{NS}}}Placemark"), start=1):
        row = {item.get("name"): item.findtext(f"{{{NS}}}value") for item in mark.iter(f"{{{NS}}}Data")}
        coordinates = mark.findtext(f"{{{NS}}}Point/{{{NS}}}coordinates")
        if coordinates and coordinates.strip():
            parts = coordinates.strip().split(",")
            if len(parts) < 2:
                rejected.append((number, f"coordinates {coordinates.strip()!r} are not 'longitude,latitude'"))
                continue
            row["longitude"], row["latitude"] = parts[0], parts[1]
        rows.append(row)
        numbers.append(number)
    return pd.DataFrame(rows, index=pd.Index(numbers, name="placemark"), dtype=object), rejected
