"""The dashboard's settings, read from the environment (documented in the README) when asked."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from gazetteer.settings import gazetteer_path, ocha_dir
from incidents.settings import db_url

# Where Streamlit's static serving exposes dashboard/static/vendor (see .streamlit/config.toml).
VENDOR_URL = "/app/static/vendor"


@dataclass(frozen=True)
class Settings:
    """Everything the app reads from the environment, in one value."""

    incidents_db: str
    gazetteer: Path | None
    ocha_dir: Path | None
    tiles_url: str  # a tile URL template; empty means the offline basemap of boundaries
    tiles_attribution: str  # empty when TILES_ATTRIBUTION is not set


def load() -> Settings:
    """Read INCIDENTS_DB, GAZETTEER, OCHA_DIR, TILES_URL and TILES_ATTRIBUTION."""
    return Settings(
        incidents_db=db_url(),
        gazetteer=gazetteer_path(),
        ocha_dir=ocha_dir(),
        tiles_url=os.environ.get("TILES_URL", "").strip(),
        tiles_attribution=os.environ.get("TILES_ATTRIBUTION", "").strip(),
    )
