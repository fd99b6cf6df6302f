"""The gazetteer's settings layer: the one module of the package that reads environment variables (when
asked, never at import) and knows the repository's default paths; everything else is handed paths."""
from __future__ import annotations

import os
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
WORLD_ATLAS = REPO / "node_modules" / "world-atlas" / "countries-50m.json"  # Syria's outline (npm package)
# Simplified OCHA admin 0-3 boundaries and capitals shipped with the app (scripts/make_boundaries.py).
SHIPPED_BOUNDARIES = REPO / "data" / "boundaries"


def gazetteer_path() -> Path | None:
    """A built gazetteer file (GAZETTEER); None means the built-in entries only."""
    value = os.environ.get("GAZETTEER", "").strip()
    return Path(value) if value else None


def ocha_dir() -> Path | None:
    """The folder of OCHA COD-AB boundaries (OCHA_DIR), if the user keeps one."""
    value = os.environ.get("OCHA_DIR", "").strip()
    return Path(value) if value else None


def learned_path() -> Path:
    """The learned-places file: GAZETTEER_LEARNED, or var/learned_places.csv."""
    value = os.environ.get("GAZETTEER_LEARNED", "").strip()
    return Path(value) if value else REPO / "var" / "learned_places.csv"


def outlines_path() -> Path | None:
    """Natural Earth country outlines (the world-atlas npm package), when installed."""
    return WORLD_ATLAS if WORLD_ATLAS.exists() else None


def online_fallback():
    """The OnlineFallback GAZETTEER_ONLINE asks for (cached in GAZETTEER_ONLINE_CACHE, default
    var/online_geocode_cache.json), or None: the default, nothing leaves the machine."""
    from gazetteer.online import fallback

    cache = os.environ.get("GAZETTEER_ONLINE_CACHE", "").strip() or REPO / "var" / "online_geocode_cache.json"
    return fallback(os.environ.get("GAZETTEER_ONLINE", "").strip(), Path(cache))
