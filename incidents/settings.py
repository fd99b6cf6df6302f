"""Where the incident store lives: INCIDENTS_DB, or the embedded SQLite file under var/."""
from __future__ import annotations

import os
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SQLITE = REPO_ROOT / "var" / "incidents.sqlite"


def db_url() -> str:
    """The database URL: INCIDENTS_DB if set, else the embedded SQLite store."""
    return os.environ.get("INCIDENTS_DB", "").strip() or f"sqlite:///{DEFAULT_SQLITE}"
