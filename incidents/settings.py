"""Where the incident store and the admin boundaries are: INCIDENTS_DB, or the embedded SQLite file under var/;
OCHA_DIR (read by gazetteer.settings), or the simplified boundaries shipped under data/."""
from __future__ import annotations

import os
from pathlib import Path

from gazetteer.settings import SHIPPED_BOUNDARIES, ocha_dir

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SQLITE = REPO_ROOT / "var" / "incidents.sqlite"


def db_url() -> str:
    """The database URL: INCIDENTS_DB if set, else the embedded SQLite store."""
    return os.environ.get("INCIDENTS_DB", "").strip() or f"sqlite:///{DEFAULT_SQLITE}"


def boundaries_dir() -> Path:
    """The admin boundaries: OCHA_DIR if set, else the shipped simplified ones."""
    return ocha_dir() or SHIPPED_BOUNDARIES
