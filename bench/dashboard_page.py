"""Server seconds the map page spends after a filter change, and after a pan, at several sizes.

The incidents are the sample data repeated (coordinates jittered) up to each size. One JSON object per line:
`n`, `filter_s` (selection, table, charts, area totals, heat, incident layer and the whole folium map rendered
once), `pan_s` (the same page after a pan: the selection and all it derives come from the cache).
"""
from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd
from streamlit_folium import generate_leaflet_string

from dashboard import data, panels
from dashboard.lod import IncidentIndex, incident_layer
from dashboard.map import HEAT_COLUMNS, base_map, heat_layer, heat_points, symbol_layer
from incidents.filters import Filters
from incidents.sample import ensure_sample_data
from incidents.store import Store


def frame_of(size: int) -> pd.DataFrame:
    """`size` incidents: the sample store's rows, repeated with jittered coordinates and fresh ids."""
    with tempfile.TemporaryDirectory() as folder:
        store = Store(f"sqlite:///{Path(folder) / 'sample.sqlite'}")
        ensure_sample_data(store)
        sample = store.frame()
        store.close()
    rng = np.random.default_rng(7)
    frame = sample.sample(size, replace=True, random_state=7).reset_index(drop=True)
    frame["latitude"] = frame["latitude"] + rng.normal(0, 0.03, size)
    frame["longitude"] = frame["longitude"] + rng.normal(0, 0.03, size)
    frame["id"] = np.arange(1, size + 1)
    return frame


def page_work(dataset: data.Dataset, filters: Filters, bounds, zoom: int) -> None:
    """What app.py does on a rerun, without Streamlit: select, derive, build and render the map."""
    selection = dataset.select(filters)
    selection.columns("id", "latitude", "longitude")
    selection.columns("killed", "wounded").sum()
    selection.derived(panels.table_frame, "en", columns=panels.TABLE_SOURCE)
    selection.derived(panels.timeline, "week", columns=panels.TIMELINE_COLUMNS)
    selection.derived(panels.by_governorate, columns=("admin1", "killed"))
    totals = selection.derived(data.area_totals, "governorate", None, columns=data.AREA_COLUMNS)
    m = base_map(None, None, "en")
    m.add_child(symbol_layer(totals, "en"))
    m.add_child(heat_layer(selection.derived(heat_points, columns=HEAT_COLUMNS), "en"))
    m.add_child(incident_layer(dataset.index.view(selection.mask, bounds=bounds, zoom=zoom)))
    generate_leaflet_string(m)


def measure(size: int) -> dict:
    frame = frame_of(size)
    started = time.perf_counter()
    dataset = data.Dataset(version=size, incidents=data.Frame(frame), index=IncidentIndex.from_frame(frame), options=data.options(frame))
    load_s = time.perf_counter() - started
    filters = Filters(event_types=["Battles", "Explosions/Remote violence"], min_killed=1)
    started = time.perf_counter()
    page_work(dataset, filters, None, 7)
    filter_s = time.perf_counter() - started
    started = time.perf_counter()
    page_work(dataset, filters, (36.0, 35.0, 38.0, 36.5), 9)
    pan_s = time.perf_counter() - started
    return {"n": size, "load_s": round(load_s, 3), "filter_s": round(filter_s, 3), "pan_s": round(pan_s, 3)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="10000,100000,1000000", help="comma-separated incident counts")
    args = parser.parse_args()
    for size in (int(s) for s in args.sizes.split(",")):
        print(json.dumps(measure(size)), flush=True)


if __name__ == "__main__":
    main()
