"""The built gazetteer file: entries and their precomputed match keys as compact JSON (loads in well under 1 s)."""
from __future__ import annotations

import json
from dataclasses import fields
from pathlib import Path

from gazetteer.entry import Entry
from gazetteer.errors import SourceError
from gazetteer.replace_file import replace_file

FORMAT = "syria-gazetteer/1"
COLUMNS = [f.name for f in fields(Entry)]


def write(path: Path | str, entries: list[Entry], keys: list[list[str]], ocha_dir: Path | None) -> None:
    """Write the file atomically: a reader never sees half of it."""
    path = Path(path)
    doc = {"format": FORMAT, "ocha_dir": str(ocha_dir) if ocha_dir else None, "columns": COLUMNS,
           "entries": [e.to_row() for e in entries], "keys": keys}
    replace_file(path, lambda handle: json.dump(doc, handle, ensure_ascii=False, separators=(",", ":")))


def read(path: Path | str) -> tuple[list[Entry], list[list[str]], Path | None]:
    """Entries, their keys and the OCHA folder the file was built with; SourceError if it is not one."""
    try:
        with open(path, encoding="utf-8") as handle:
            doc = json.load(handle)
    except (OSError, ValueError) as exc:
        raise SourceError(str(path), f"not a readable gazetteer file: {exc}") from exc
    if not isinstance(doc, dict) or doc.get("format") != FORMAT or doc.get("columns") != COLUMNS:
        raise SourceError(str(path), "not a gazetteer file of this version; rebuild it with `python -m gazetteer build`")
    ocha = doc.get("ocha_dir")
    ocha_dir = Path(ocha) if ocha and Path(ocha).is_dir() else None
    return [Entry.from_row(r) for r in doc["entries"]], doc["keys"], ocha_dir
