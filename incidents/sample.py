"""The embedded default: synthetic sample incidents (data/sample/), loaded through the normal import path."""
from __future__ import annotations

from pathlib import Path

from incidents.io import ImportReport, import_file
from incidents.store import Store

SAMPLE_DIR = Path(__file__).resolve().parents[1] / "data" / "sample"


def sample_files() -> list[Path]:
    return sorted(p for p in SAMPLE_DIR.iterdir() if p.suffix in (".csv", ".geojson")) if SAMPLE_DIR.is_dir() else []


def ensure_sample_data(store: Store) -> list[ImportReport]:
    """If the store is empty, import the sample files into it; return what each import did (nothing if not empty)."""
    if store.count() > 0:
        return []
    return [import_file(store, path) for path in sample_files()]
