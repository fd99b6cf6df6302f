"""Where the gazetteer finds its files: environment variables, read when asked (never at import)."""
from __future__ import annotations

import os
from pathlib import Path


def gazetteer_path() -> Path | None:
    """A built gazetteer file (GAZETTEER); None means the built-in entries only."""
    value = os.environ.get("GAZETTEER", "").strip()
    return Path(value) if value else None


def ocha_dir() -> Path | None:
    """The folder of OCHA COD-AB boundaries (OCHA_DIR), if the user keeps one."""
    value = os.environ.get("OCHA_DIR", "").strip()
    return Path(value) if value else None
