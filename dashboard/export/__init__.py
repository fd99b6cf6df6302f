"""Briefing exports: finished maps (PNG, PDF, SVG) and a one-page PDF brief, rendered without a browser.

`render_brief` and `render_map` are imported on first use: the map page imports this package for its place labels
(`dashboard.export.basemap`), and a server's start need not load matplotlib for them."""
from __future__ import annotations

from importlib import import_module

__all__ = ["render_brief", "render_map"]
_HOMES = {"render_brief": "dashboard.export.brief", "render_map": "dashboard.export.mapfig"}


def __getattr__(name: str) -> object:
    if name in _HOMES:
        return getattr(import_module(_HOMES[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
