"""Reading a CSV file in chunks of rows, each row with the line it starts on, failing clearly on bad files."""
from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from incidents.io.errors import ImportFailed

HXL_TAG = re.compile(r"^\s*#[a-z][a-z0-9_]*(\s*\+\s*[a-z][a-z0-9_]*)*\s*$", re.IGNORECASE)
NEUTRALISED = r"^'(?=[=+\-@\t\r])"  # our export's apostrophe before a cell a spreadsheet would run
FIELD_LIMIT = 16 * 1024 * 1024  # bytes in one field before the file counts as broken
CHUNK_ROWS = 50_000
Progress = Callable[[int, int], None]  # (done, total) in the reader's unit: bytes of a file, features of a collection


@dataclass
class Chunk:
    """Rows of a file as strings (index = line numbers) and the rows that could not be split into columns."""

    frame: pd.DataFrame
    rejected: list[tuple[int, str]]


def _first_bad_line(path: Path, encoding: str) -> tuple[int, str]:
    """The first line that does not decode, and the bytes that broke it."""
    with open(path, "rb") as raw:
        for number, line in enumerate(raw, start=1):
            try:
                line.decode(encoding)
            except UnicodeDecodeError as error:
                return number, repr(line[error.start:error.end])
    return 0, ""


def header(path: Path, encoding: str = "utf-8-sig") -> list[str]:
    """The column names of a CSV file."""
    return next(read_chunks(path, encoding=encoding, header_only=True)).frame.columns.tolist()


def read_chunks(path: Path, encoding: str = "utf-8-sig", progress: Progress | None = None,
                chunk_rows: int | None = None, header_only: bool = False) -> Iterator[Chunk]:
    """Yield chunks of rows; raise ImportFailed for what spoils the whole file (encoding, quoting, header)."""
    path = Path(path)
    chunk_rows = chunk_rows or CHUNK_ROWS
    total = path.stat().st_size
    csv.field_size_limit(FIELD_LIMIT)
    with open(path, "rb") as raw:
        text = io.TextIOWrapper(raw, encoding=encoding, newline="")
        reader = csv.reader(text, strict=True)
        try:
            names = [n.strip() for n in next(reader)]
        except StopIteration:
            raise ImportFailed(path, "the file is empty") from None
        except UnicodeDecodeError:
            line, found = _first_bad_line(path, encoding)
            raise ImportFailed(path, f"not {encoding} text (found {found}); save it as UTF-8", line) from None
        except csv.Error as error:
            raise ImportFailed(path, f"broken CSV quoting in the header ({error})", 1) from None
        if len(set(names)) != len(names) or "" in names:
            raise ImportFailed(path, f"the header has empty or repeated column names: {names}", 1)
        if header_only:
            yield Chunk(pd.DataFrame(columns=names), [])
            return
        rows: list[list[str]] = []
        lines: list[int] = []
        rejected: list[tuple[int, str]] = []
        start = first = reader.line_num + 1
        while True:
            try:
                row = next(reader)
            except StopIteration:
                break
            except UnicodeDecodeError:
                line, found = _first_bad_line(path, encoding)
                raise ImportFailed(path, f"not {encoding} text (found {found}); save it as UTF-8", line) from None
            except csv.Error as error:
                raise ImportFailed(path, f"broken CSV quoting or field ({error})", start) from None
            if start == first and is_hxl(row):  # HXL hashtags under the header: not an incident
                start = reader.line_num + 1
                continue
            if len(row) == len(names):
                rows.append(row)
                lines.append(start)
            elif any(cell.strip() for cell in row):
                rejected.append((start, f"expected {len(names)} fields, found {len(row)}"))
            start = reader.line_num + 1
            if len(rows) >= chunk_rows:
                yield Chunk(_frame(rows, names, lines), rejected)
                rows, lines, rejected = [], [], []
                if progress:
                    progress(raw.tell(), total)
        yield Chunk(_frame(rows, names, lines), rejected)
        if progress:
            progress(total, total)


def is_hxl(row: list[str]) -> bool:
    """An HXL hashtag row: every filled cell a hashtag (#adm1+name), at least one filled."""
    filled = [cell for cell in row if cell.strip()]
    return bool(filled) and all(HXL_TAG.match(cell) for cell in filled)


def _frame(rows: list[list[str]], names: list[str], lines: list[int]) -> pd.DataFrame:
    """The rows as text columns, with the apostrophe our export puts before formula-like cells taken off."""
    frame = pd.DataFrame(rows, columns=names, index=pd.Index(lines, name="line"), dtype="str")
    for name in names:
        column = frame[name]
        if column.str.startswith("'").any():
            frame[name] = column.str.replace(NEUTRALISED, "", regex=True)
    return frame
