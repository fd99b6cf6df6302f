"""A Parquet copy of the dashboard's frame, keyed on the store's data version: a cold start reads it, then only
the incidents the change log names since that version, instead of a million rows through the database driver."""
from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

VERSION_KEY = b"incidents_data_version"
SLICE = 100_000  # rows converted to Arrow at a time when writing


@dataclass(frozen=True)
class Cached:
    """A cached frame: its data version, the columns asked for first, and a reader of the others (with `id`)."""

    version: str
    head: pd.DataFrame
    rest: Callable[[], pd.DataFrame]


def path(folder: Path, url: str) -> Path:
    """The cache file of the store at `url` (one per store; the URL itself is not written anywhere)."""
    return folder / f"frame-{hashlib.sha1(url.encode()).hexdigest()[:16]}.parquet"


def read(folder: Path, url: str, columns: Iterable[str], first: Iterable[str]) -> Cached | None:
    """The frame last written for this store if it holds exactly `columns`: `first` of them read now, the others
    when `rest` is called (from the same file, even if a newer one has replaced it since); None if there is none."""
    try:
        file = pq.ParquetFile(path(folder, url))
        schema = file.schema_arrow
    except (OSError, pa.ArrowInvalid):
        return None
    version = (schema.metadata or {}).get(VERSION_KEY)
    if version is None or sorted(schema.names) != sorted(columns):
        return None
    first = list(first)
    others = ["id"] + [name for name in schema.names if name not in first]
    # The others in the calling thread alone: Arrow's shared worker threads would not keep that thread's lower
    # priority (`dashboard.data.background`), and take cores from the first map.
    return Cached(version.decode(), file.read(columns=first).to_pandas(),
                  lambda: file.read(columns=others, use_threads=False).to_pandas(use_threads=False))


def write(folder: Path, url: str, version: str, frame: pd.DataFrame) -> None:
    """Keep `frame` of data version `version` (written to a new file, then renamed: readers never see half),
    converted a slice of rows at a time: a server holding a million incidents does not hold a second copy."""
    folder.mkdir(parents=True, exist_ok=True)
    schema = pa.Schema.from_pandas(frame, preserve_index=False)
    schema = schema.with_metadata({**(schema.metadata or {}), VERSION_KEY: version.encode()})
    file = path(folder, url)
    partial = file.with_suffix(f".{os.getpid()}.partial")
    with pq.ParquetWriter(partial, schema, compression="zstd") as writer:
        for start in range(0, max(len(frame), 1), SLICE):
            writer.write_table(pa.Table.from_pandas(frame.iloc[start:start + SLICE], schema=schema,
                                                    preserve_index=False))
    partial.replace(file)
