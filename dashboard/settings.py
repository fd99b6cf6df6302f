"""The dashboard's settings, read from the environment (documented in the README) when asked."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from gazetteer.settings import gazetteer_path
from incidents.settings import REPO_ROOT, SHIPPED_BOUNDARIES, boundaries_dir, db_url

# Where Streamlit's static serving exposes dashboard/static/vendor (see .streamlit/config.toml).
VENDOR_URL = "/app/static/vendor"


@dataclass(frozen=True)
class Settings:
    """Everything the app reads from the environment, in one value."""

    incidents_db: str
    gazetteer: Path | None
    ocha_dir: Path  # OCHA_DIR, else the shipped simplified boundaries (SHIPPED_BOUNDARIES)
    tiles_url: str  # a tile URL template; empty means the offline basemap of boundaries
    tiles_attribution: str  # empty when TILES_ATTRIBUTION is not set
    sign_in: bool = False  # users sign in; off: only this machine (loopback) may use the app, as the local admin
    jobs_per_user: int = 2  # background jobs (extraction, imports) one user may have running at once
    job_seconds: float = 600.0  # a job still running after this long is stopped and reported
    report_max_chars: int = 100_000  # longest report text extraction accepts
    upload_max_mb: float = 50.0  # largest file the Ingest page accepts
    frame_cache: Path | None = None  # where the Parquet copy of the incidents for cold starts goes; None: none
    session_hours: float = 12.0  # how long a sign-in lasts across reloads (the session token's lifetime)


def load() -> Settings:
    """Read INCIDENTS_DB, GAZETTEER, OCHA_DIR, TILES_URL, TILES_ATTRIBUTION, the DASHBOARD_* access and limits,
    DASHBOARD_FRAME_CACHE and DASHBOARD_SESSION_HOURS."""
    return Settings(
        incidents_db=db_url(),
        gazetteer=gazetteer_path(),
        ocha_dir=boundaries_dir(),
        tiles_url=os.environ.get("TILES_URL", "").strip(),
        tiles_attribution=os.environ.get("TILES_ATTRIBUTION", "").strip(),
        sign_in=os.environ.get("DASHBOARD_SIGN_IN", "").strip().lower() in ("1", "true", "yes", "on"),
        jobs_per_user=int(_number("DASHBOARD_JOBS_PER_USER", Settings.jobs_per_user)),
        job_seconds=_number("DASHBOARD_JOB_SECONDS", Settings.job_seconds),
        report_max_chars=int(_number("DASHBOARD_REPORT_MAX_CHARS", Settings.report_max_chars)),
        upload_max_mb=_number("DASHBOARD_UPLOAD_MAX_MB", Settings.upload_max_mb),
        frame_cache=_frame_cache(),
        session_hours=_number("DASHBOARD_SESSION_HOURS", Settings.session_hours),
    )


def _frame_cache() -> Path | None:
    """DASHBOARD_FRAME_CACHE: a folder, or 'off'; default var/frame-cache."""
    text = os.environ.get("DASHBOARD_FRAME_CACHE", "").strip()
    if text.lower() == "off":
        return None
    return Path(text) if text else REPO_ROOT / "var" / "frame-cache"


def _number(name: str, default: float) -> float:
    """A positive number from the environment variable `name`, `default` when unset; ValueError naming it otherwise."""
    text = os.environ.get(name, "").strip()
    if not text:
        return default
    try:
        value = float(text)
    except ValueError:
        value = 0.0
    if not value > 0:
        raise ValueError(f"{name}={text!r}: give a positive number")
    return value
