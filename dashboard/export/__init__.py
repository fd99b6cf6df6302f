"""Briefing exports: finished maps (PNG, PDF, SVG) and a one-page PDF brief, rendered without a browser."""
from dashboard.export.brief import render_brief
from dashboard.export.mapfig import render_map

__all__ = ["render_brief", "render_map"]
