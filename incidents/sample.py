"""The embedded data, loaded through the normal import path: real UCDP GED events (data/default/, what a fresh
clone shows) and synthetic sample incidents (data/sample/, for tests and benchmarks)."""
from __future__ import annotations

import lzma
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from incidents.io import ImportReport, import_file
from incidents.store import Store

if TYPE_CHECKING:
    import pandas as pd

DATA_DIR = Path(__file__).resolve().parents[1] / "data"
DEFAULT_DIR = DATA_DIR / "default"  # UCDP GED Syria 2016-2017, CC BY 4.0 (see its README.md)
SAMPLE_DIR = DATA_DIR / "sample"  # 400 synthetic incidents made by scripts/make_sample_data.py
SUFFIXES = (".csv", ".geojson", ".csv.xz")


def data_files(folder: Path) -> list[Path]:
    """The importable files of an embedded data folder (CSV, GeoJSON, xz-compressed CSV)."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.name.endswith(SUFFIXES))


def ensure_default_data(store: Store, folder: Path = DEFAULT_DIR) -> list[ImportReport]:
    """If the store is empty, import the embedded real data into it; return what each import did."""
    if store.count() > 0:
        return []
    return [import_embedded(store, path) for path in data_files(folder)]


def ensure_sample_data(store: Store) -> list[ImportReport]:
    """If the store is empty, import the synthetic sample into it (tests, benchmarks)."""
    return ensure_default_data(store, SAMPLE_DIR)


def import_embedded(store: Store, path: Path, learn: Callable[[pd.DataFrame], int] = lambda rows: 0) -> ImportReport:
    """One embedded file through `import_file` (an .xz one decompressed to a temporary file first); by default the
    embedded data teaches no learned-places file (scripts/make_ged_places.py hands `learn` to write its own)."""
    if not path.name.endswith(".xz"):
        return import_file(store, path, learn=learn)
    with tempfile.TemporaryDirectory() as folder:
        plain = Path(folder) / path.name.removesuffix(".xz")
        with lzma.open(path, "rb") as source, open(plain, "wb") as target:
            shutil.copyfileobj(source, target)
        report = import_file(store, plain, learn=learn)
    report.path = str(path)
    return report
