"""A Parquet copy of the dashboard's frame, keyed on the store's data version: a cold start reads it, then only
the incidents the change log names since that version, instead of a million rows through the database driver."""
from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

VERSION_KEY = b"incidents_data_version"


def path(folder: Path, url: str) -> Path:
    """The cache file of the store at `url` (one per store; the URL itself is not written anywhere)."""
    return folder / f"frame-{hashlib.sha1(url.encode()).hexdigest()[:16]}.parquet"


def read(folder: Path, url: str, columns: tuple[str, ...]) -> tuple[str, pd.DataFrame] | None:
    """(data version, frame) as last written for this store with these columns; None if there is none."""
    file = path(folder, url)
    try:
        table = pq.read_table(file)
    except (OSError, pa.ArrowInvalid):
        return None
    version = (table.schema.metadata or {}).get(VERSION_KEY)
    if version is None or tuple(table.column_names) != columns:
        return None
    return version.decode(), table.to_pandas()


def write(folder: Path, url: str, version: str, frame: pd.DataFrame) -> None:
    """Keep `frame` of data version `version` (written to a new file, then renamed: readers never see half)."""
    folder.mkdir(parents=True, exist_ok=True)
    table = pa.Table.from_pandas(frame, preserve_index=False)
    table = table.replace_schema_metadata({**(table.schema.metadata or {}), VERSION_KEY: version.encode()})
    file = path(folder, url)
    partial = file.with_suffix(f".{os.getpid()}.partial")
    pq.write_table(table, partial, compression="zstd")
    partial.replace(file)
