"""Reading a CSV file in chunks of rows, each row with the line it starts on, failing clearly on bad files."""
from __future__ import annotations

import codecs
import csv
import io
import itertools
import re
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pcsv

from incidents.io.errors import ImportFailed
from incidents.messages import message

HXL_TAG = re.compile(r"^\s*#[a-z][a-z0-9_]*(\s*\+\s*[a-z][a-z0-9_]*)*\s*$", re.IGNORECASE)
NEUTRALISED = r"^'(?=[=+\-@\t\r])"  # our export's apostrophe before a cell a spreadsheet would run
FIELD_LIMIT = 16 * 1024 * 1024  # bytes in one field before the file counts as broken
CHUNK_ROWS = 50_000
SCAN_BYTES = 32 * 1024 * 1024  # bytes of a file checked at a time before Arrow reads it
SCAN_THREADS = 2  # blocks checked at once
UTF8 = ("utf-8", "utf-8-sig")
Progress = Callable[[int, int], None]  # (done, total) in the reader's unit: bytes of a file, features of a collection


@dataclass
class Chunk:
    """Rows of a file as strings (index = line numbers) and the rows that could not be split into columns."""

    frame: pd.DataFrame
    rejected: list[tuple[int, str]]


def _undecodable(path: Path, encoding: str) -> ImportFailed:
    """The error for a file that is not `encoding` text: its first line that does not decode, and the bytes that
    broke it (line 0 when every line decodes alone)."""
    number, found = 0, ""
    with open(path, "rb") as raw:
        for n, line in enumerate(raw, start=1):
            try:
                line.decode(encoding)
            except UnicodeDecodeError as error:
                number, found = n, repr(line[error.start:error.end])
                break
    return ImportFailed(path, message("not_encoding", encoding=encoding, found=found), number)


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
            raise ImportFailed(path, message("empty_file")) from None
        except UnicodeDecodeError:
            raise _undecodable(path, encoding) from None
        except csv.Error as error:
            raise ImportFailed(path, message("broken_header", error=str(error)), 1) from None
        if len(set(names)) != len(names) or "" in names:
            raise ImportFailed(path, message("bad_header", names=names), 1)
        if header_only:
            yield Chunk(pd.DataFrame(columns=names), [])
            return
        if reader.line_num == 1 and codecs.lookup(encoding).name in UTF8:
            checked = _record_lines(path, len(names))
            if checked is not None:  # the common file: Arrow's multi-threaded reader, each record's line known
                yield from _arrow_chunks(path, names, *checked, chunk_rows, progress)
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
                raise _undecodable(path, encoding) from None
            except csv.Error as error:
                raise ImportFailed(path, message("broken_field", error=str(error)), start) from None
            if start == first and is_hxl(row):  # HXL hashtags under the header: not an incident
                start = reader.line_num + 1
                continue
            if len(row) == len(names):
                rows.append(row)
                lines.append(start)
            elif any(cell.strip() for cell in row):
                rejected.append((start, message("fields", expected=len(names), found=len(row))))
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


def _record_pattern(fields: int) -> str:
    """A line holding exactly one record of `fields` fields, quoted as the strict csv reader wants (no NUL)."""
    field = r'(?:"(?:[^"\r\n\x00]|"")*"|[^",\r\n\x00][^,\r\n\x00]*|)'
    return rf"^{field}(?:,{field}){{{fields - 1}}}\r?$"


def _record_lines(path: Path, fields: int) -> tuple[np.ndarray, int] | None:
    """The line each record starts on (and the longest record's size in bytes, at most), when the file is valid
    UTF-8 and every record has `fields` fields and the strict csv reader's quoting (then Arrow reads the same
    cells); None otherwise (the csv reader then finds what is wrong). Lines holding one record are checked by a
    pattern in Arrow, two blocks of the file at a time (Arrow's pattern runs without the GIL); the few others
    (a line break inside quotes) by the csv reader."""
    if not 1 < fields <= 1000:
        return None
    pattern = _record_pattern(fields)
    single, odd, longest = [], {}, 0  # line numbers of one-record lines; {line number: text} of the others
    with open(path, "rb") as raw, ThreadPoolExecutor(SCAN_THREADS) as pool:
        raw.readline()  # the header
        pending: deque = deque()
        for block, first in itertools.chain(_line_blocks(raw), [(None, 0)]):
            if block is not None:
                pending.append(pool.submit(_scan, block, pattern, first))
            while pending and (block is None or len(pending) >= SCAN_THREADS):
                scanned = pending.popleft().result()
                if scanned is None:
                    return None
                single.append(scanned[0])
                odd.update(scanned[1])
                longest = max(longest, scanned[2])
    starts = _odd_records(odd, fields)
    if starts is None:
        return None
    lines = np.sort(np.concatenate([*single, np.array(starts, dtype=np.int64)]))
    odd_bytes = 4 * sum(len(text) + 1 for text in odd.values())  # a record over several lines is within these
    return (lines, max(longest, odd_bytes)) if len(lines) else None


def _line_blocks(raw) -> Iterator[tuple[bytes, int]]:
    """The rest of a file in blocks of whole lines (the last may lack its newline), each with the number of
    its first line (the header is line 1)."""
    rest, first = b"", 2
    while block := raw.read(SCAN_BYTES):
        block = rest + block
        cut = block.rfind(b"\n")
        rest = block[cut + 1:]
        if cut >= 0:
            yield block[:cut], first
        first += block.count(b"\n", 0, cut + 1)
    if rest:
        yield rest, first


def _scan(block: bytes, pattern: str, first: int) -> tuple[np.ndarray, dict[int, str], int] | None:
    """A block's lines (the first is line `first`) sorted into one-record lines (their numbers) and others
    ({number: text}), and its longest line in bytes; None when it is not UTF-8, holds a carriage return inside
    a line, or a line too long for the csv reader."""
    try:
        text = pa.array([block], pa.large_binary()).cast(pa.large_string())
    except pa.ArrowInvalid:
        return None
    lines = pc.list_flatten(pc.split_pattern(text, "\n"))
    longest = pc.max(pc.binary_length(lines)).as_py()
    if longest >= FIELD_LIMIT or pc.any(pc.match_substring_regex(lines, r"\r.")).as_py():
        return None
    whole = pc.match_substring_regex(lines, pattern).to_numpy(zero_copy_only=False)
    numbers = np.arange(first, first + len(lines), dtype=np.int64)
    odd = dict(zip(numbers[~whole].tolist(), pc.filter(lines, pc.invert(pa.array(whole))).to_pylist()))
    return numbers[whole], odd, longest


def _odd_records(odd: dict[int, str], fields: int) -> list[int] | None:
    """The start lines of the records on the lines the pattern did not take: each run of such lines must
    parse (strict csv) into whole records of `fields` fields; None if one does not."""
    starts, numbers = [], sorted(odd)
    runs = np.split(np.array(numbers, dtype=np.int64), np.flatnonzero(np.diff(numbers) != 1) + 1) if numbers else []
    for run in runs:
        reader = csv.reader(io.StringIO("\n".join(odd[n] for n in run.tolist()) + "\n", newline=""), strict=True)
        start = 0
        try:
            for row in reader:
                if len(row) != fields:
                    return None
                starts.append(int(run[0]) + start)
                start = reader.line_num
        except csv.Error:
            return None
        if start != len(run):
            return None
    return starts


def _arrow_chunks(path: Path, names: list[str], lines: np.ndarray, longest: int, chunk_rows: int,
                  progress: Progress | None) -> Iterator[Chunk]:
    """Chunks of a file `_record_lines` passed, read by Arrow; record n (from 0) starts on lines[n]; Arrow's
    blocks hold the longest record."""
    size = path.stat().st_size
    options = pcsv.ReadOptions(skip_rows=1, column_names=names, block_size=max(1 << 20, 2 * longest + 2))
    reader = pcsv.open_csv(path, read_options=options,
                           parse_options=pcsv.ParseOptions(newlines_in_values=True),
                           convert_options=pcsv.ConvertOptions(column_types={n: pa.string() for n in names},
                                                               strings_can_be_null=False))
    held, done, looked = pa.Table.from_batches([], reader.schema), 0, False
    for batch in itertools.chain(reader, [None]):
        if batch is not None:
            held = pa.concat_tables([held, pa.Table.from_batches([batch])])
            if not looked and held.num_rows:
                looked = True
                if is_hxl(held.slice(0, 1).to_pandas().iloc[0].tolist()):  # HXL hashtags: not an incident
                    held, lines = held.slice(1), lines[1:]
        while held.num_rows >= chunk_rows or (batch is None and held.num_rows):
            part, held = held.slice(0, chunk_rows), held.slice(chunk_rows)
            frame = part.to_pandas()
            frame.index = pd.Index(lines[done:done + part.num_rows], name="line")
            done += part.num_rows
            yield Chunk(_neutralised(frame), [])
            if progress:
                progress(size * done // len(lines), size)
    if done != len(lines):
        raise RuntimeError(f"{path}: Arrow read {done} records where the csv check found {len(lines)}")


def _frame(rows: list[list[str]], names: list[str], lines: list[int]) -> pd.DataFrame:
    """The rows as text columns, with the apostrophe our export puts before formula-like cells taken off."""
    return _neutralised(pd.DataFrame(rows, columns=names, index=pd.Index(lines, name="line"), dtype="str"))


def _neutralised(frame: pd.DataFrame) -> pd.DataFrame:
    """Text columns with the apostrophe our export puts before formula-like cells taken off."""
    for name in frame.columns:
        column = frame[name]
        if column.str.startswith("'").any():
            frame[name] = column.str.replace(NEUTRALISED, "", regex=True)
    return frame
