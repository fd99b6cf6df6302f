"""Write a file whole or not at all: through a temporary file beside it, renamed into place."""
from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO


def replace_file(path: Path, write: Callable[[IO[str]], None], newline: str | None = None,
                 mode: int | None = 0o644) -> None:
    """Create or replace `path` with what `write` puts in a UTF-8 text handle; a reader never sees half of it.
    `mode`: the file's permissions (None keeps the temporary file's own, readable by its owner only)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile("w", dir=path.parent, suffix=".tmp", delete=False, encoding="utf-8",
                                     newline=newline) as handle:
        write(handle)
    if mode is not None:
        os.chmod(handle.name, mode)
    os.replace(handle.name, path)
