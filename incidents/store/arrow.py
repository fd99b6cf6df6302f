"""Columnar reads through ADBC: a query's result as one Arrow table, built by the driver (at a million rows
several times faster than Python rows through a DB-API driver, and a fraction of their memory).

PostgreSQL is read in this process. SQLite is read by a child process that streams Arrow IPC back: a second copy
of the SQLite library in one process breaks the file locks of the first (POSIX locks belong to the process, and
either copy closing the file drops both copies' locks)."""
from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pyarrow as pa
import sqlalchemy as sa

from incidents.store.schema import KINDS

# The SQLite driver types each column by the values of the first batch: one batch, so a column empty in its
# first rows is not typed wrongly. Text is sent as large strings, the layout pandas keeps, so the server takes
# the buffers as they come instead of copying every string once more. Each column is sent as a stream of its
# own: a message's columns all live in one buffer, which the text kept by pandas would pin whole, so the numbers
# and dates converted to pandas' types (copies) would stay in memory twice (~0.14 GB at a million incidents).
# ADBC's low-level API, not its DB-API module: that one imports pandas and pyarrow.dataset (0.37 s of CPU per
# reader here, for nothing).
CHILD = """
import sys
import adbc_driver_manager as adbc
import adbc_driver_sqlite
import pyarrow as pa
with adbc_driver_sqlite.connect(sys.argv[1]) as database, adbc.AdbcConnection(database) as connection, \\
        adbc.AdbcStatement(connection) as statement:
    statement.set_options(**{"adbc.sqlite.query.batch_rows": str(2**30)})
    statement.set_sql_query(sys.stdin.read())
    stream, _ = statement.execute_query()
    table = pa.RecordBatchReader._import_from_c(stream.address).read_all()
table = table.cast(pa.schema([f.with_type(pa.large_string()) if f.type == pa.string() else f for f in table.schema]))
if len(sys.argv) > 2:  # a function of the rows read, run here beside the scan: [its package's folder, module, name]
    import importlib
    sys.path.insert(0, sys.argv[2])
    for name, values in getattr(importlib.import_module(sys.argv[3]), sys.argv[4])(table).items():
        table = table.append_column(name, values)
for name in table.column_names:
    with pa.ipc.new_stream(sys.stdout.buffer, table.select([name]).schema) as out:
        out.write_table(table.select([name]))
"""


class ReadFailed(RuntimeError):
    """The columnar reader could not read the store."""


Derive = Callable[[pa.Table], dict[str, pa.Array]]
"""Columns computed from a result's rows (a module-level function of a module light to import): SQLite's reader
processes run it beside their scan, in parallel, instead of the process that asked."""


def read(url: sa.URL, sql: str, derive: Derive | None = None) -> pa.Table:
    """The result of `sql` (no parameters) on the PostgreSQL or SQLite database at `url`, with the columns of
    `derive(result)` after its own."""
    if url.get_backend_name() == "sqlite":
        return _read_sqlite(Path(url.database), sql, derive)
    import adbc_driver_postgresql.dbapi as driver

    with driver.connect(url.set(drivername="postgresql").render_as_string(hide_password=False)) as connection:
        with connection.cursor() as cursor:
            cursor.execute(sql)
            table = cursor.fetch_arrow_table()
    for name, values in (derive(table) if derive else {}).items():
        table = table.append_column(name, values)
    return table


def _read_sqlite(path: Path, sql: str, derive: Derive | None = None) -> pa.Table:
    """`sql` on the SQLite file at `path`, read read-only by a child process (which runs `derive` too)."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    where = []
    if derive is not None:  # the child imports it from the folder that holds its top package
        package = sys.modules[derive.__module__.partition(".")[0]]
        where = [str(Path(package.__file__).resolve().parent.parent), derive.__module__, derive.__qualname__]
    child = subprocess.Popen([sys.executable, "-c", CHILD, uri, *where], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    child.stdin.write(sql.encode())
    child.stdin.close()
    columns = []
    while True:  # a stream per column, until the output ends
        try:
            columns.append(pa.ipc.open_stream(child.stdout).read_all())
        except pa.ArrowInvalid:
            break
    table = pa.Table.from_arrays([t.column(0) for t in columns], [t.column_names[0] for t in columns]) \
        if columns else None
    errors = child.stderr.read().decode(errors="replace").strip()
    if child.wait() != 0 or table is None:
        raise ReadFailed(f"cannot read {path}: {errors.splitlines()[-1] if errors else 'no result'}")
    return table


def to_pandas(tables: list[pa.Table]) -> pd.DataFrame:
    """Results (parts of one, in order) as a frame with the store's kinds: a column the SQLite driver typed by
    its values as its kind (a part may have no value in it), ISO dates as dates, counts as nullable integers;
    strings stay Arrow strings."""
    table = pa.concat_tables([_kinds(part) for part in tables])
    return table.to_pandas(date_as_object=False, types_mapper={pa.int64(): pd.Int64Dtype()}.get)


def _kinds(table: pa.Table) -> pa.Table:
    columns = {}
    for name, column in zip(table.column_names, table.columns):
        kind = KINDS.get(name)
        text = pa.types.is_string(column.type) or pa.types.is_large_string(column.type)
        empty = column.null_count == len(column)
        if kind in ("text", "list", "dict") or kind == "time" and (text or empty):
            column = column.cast(pa.large_string())  # SQLite's ISO times stay text: the store's `_typed` reads them
        elif kind == "date" and (text or empty):
            column = column.cast(pa.string()).cast(pa.date32())
        elif kind == "float":
            column = column.cast(pa.float64())
        elif kind in ("int", "bool") and (empty or pa.types.is_integer(column.type)):
            column = column.cast(pa.int64())
        columns[name] = column
    return pa.table(columns)
