"""Small multiples: 4-12 successive time windows on one page, same extent, symbols, legend and attribution."""
from __future__ import annotations

import datetime as dt
import math

import pandas as pd
from matplotlib.figure import Figure

from dashboard import framing
from dashboard.export import furniture
from dashboard.export.frame import prepare
from dashboard.export.layers import Basemap
from dashboard.export.mapfig import RASTERIZE_ABOVE, Extent, credits, draw_map, export_time, fit_extent
from dashboard.export.output import figure_bytes
from dashboard.export.pageframe import MARGIN, export_style, footer, new_page
from dashboard.export.paper import page
from dashboard.export.symbols import drafts_note, legend_types, placing_note
from dashboard.export.timeframes import Slice, mark_rough, slices
from dashboard.export.words import described, word
from dashboard.timewindow import TimeWindow
from incidents.filters import Filters

PANELS = range(4, 13)
LEGEND_H = 1.0  # inches under the panels
TITLE_H = 0.5  # inches above each panel: the window's dates and its totals
LABEL_SCALE = 0.75


def grid(n: int, landscape: bool) -> tuple[int, int]:
    """Columns and rows for n panels: as square as the page allows."""
    columns = {4: 2, 5: 3, 6: 3, 7: 4, 8: 4, 9: 3, 10: 4, 11: 4, 12: 4}[n] if landscape else (2 if n <= 8 else 3)
    return columns, math.ceil(n / columns)


def multiples_figure(df: pd.DataFrame, chosen: list[TimeWindow], filters: Filters | None = None, paper: str = "a4",
                     orientation: str = "landscape", dpi: int | None = None, bbox: Extent | None = None,
                     title: str | None = None, banner: str | None = None, lang: str = "en",
                     exported_at: dt.datetime | None = None, basemap: Basemap | None = None,
                     fmt: str = "png") -> Figure:  # fmt: skip
    """The page as a figure: one panel (gid 'panel') per window, titled with its dates in English or Arabic."""
    if len(chosen) not in PANELS:
        raise ValueError(f"small multiples take 4 to 12 windows, not {len(chosen)}")
    filters = filters or Filters()
    source = basemap or Basemap.from_env()
    data = prepare(df)
    parts = slices(data, chosen)
    first, last = chosen[0], chosen[-1]
    span = f"{first.title(lang)} – {last.title(lang)}"
    subtitle = f"{span} · {described(lang, filters)}"
    frame = new_page(page(paper, orientation, dpi), title or word(lang, "title"), subtitle, banner, lang)
    columns, rows = grid(len(chosen), orientation == "landscape")
    usable_w = frame.width - 2 * MARGIN
    cell_w = usable_w / columns
    cell_h = (frame.top - frame.bottom - LEGEND_H) / rows
    extent = fit_extent(bbox or filters.bbox or framing.extent(data), cell_w - 0.12, cell_h - TITLE_H)
    rasterize = fmt != "png" and len(data) > RASTERIZE_ABOVE
    tiles_drawn, drawn = False, None
    for i, part in enumerate(parts):
        column, row = i % columns, i // columns
        left = MARGIN + column * cell_w
        bottom = frame.top - (row + 1) * cell_h
        ax = frame.fig.add_axes(frame.box(left + 0.06, bottom, cell_w - 0.12, cell_h - TITLE_H), gid="panel")
        drawn_here, tiles = draw_map(ax, part.rows, extent, source, lang, rasterize, furnished=i == len(parts) - 1)
        mark_rough(ax, part, extent, rasterize)
        for label in ax.texts:  # place names a size smaller than on a single map
            label.set_fontsize(label.get_fontsize() * LABEL_SCALE)
        tiles_drawn |= tiles
        drawn = drawn if drawn and drawn.cell_deg else drawn_here
        _panel_title(ax, part, lang)
    legend_ax = frame.fig.add_axes(frame.box(MARGIN, frame.bottom + 0.05, usable_w, LEGEND_H - 0.15), gid="legend")
    shown = pd.concat([part.rows for part in parts]) if parts else data  # the panels' incidents, once each
    once = shown[~shown.index.duplicated()]
    furniture.legend(legend_ax, legend_types(data), drawn, columns=3, beside=True, not_drawn=placing_note(once, lang),
                     drafts=drafts_note(once, lang), lang=lang)
    if any(part.rough.any() for part in parts):
        legend_ax.add_artist(legend_ax.get_legend())  # keep the sizes' legend: the axes holds one of its own
        ring = legend_ax.scatter([], [], s=60, facecolors="none", edgecolors="#222222", linewidths=0.8,
                                 linestyles=(0, (2, 1.5)))
        legend_ax.legend(handles=[ring], labels=[word(lang, "rough")], loc="lower right", markerfirst=lang != "ar",
                         borderaxespad=0, frameon=False, fontsize=8)
    footer(frame, credits(data, source, tiles_drawn, lang), export_time(exported_at, lang), lang)
    return frame.fig


def _panel_title(ax, part: Slice, lang: str) -> None:
    """The window's dates in bold and its totals below, over the panel (right-aligned in Arabic)."""
    x, align = (1.0, "right") if lang == "ar" else (0.0, "left")
    ax.text(x, 1.02 + 0.09, part.window.title(lang), transform=ax.transAxes, ha=align, va="bottom", fontsize=9.5,
            fontweight="bold", color=furniture.INK, parse_math=False, gid="panel-title")
    ax.text(x, 1.02, part.summary(lang), transform=ax.transAxes, ha=align, va="bottom", fontsize=7.5,
            color=furniture.MUTED, parse_math=False)


def render_multiples(df: pd.DataFrame, chosen: list[TimeWindow], fmt: str = "png", **options) -> bytes:
    """Small multiples of `chosen` windows as PNG, PDF or SVG bytes (options as `multiples_figure`)."""
    with export_style():
        return figure_bytes(multiples_figure(df, chosen, fmt=fmt, **options), fmt)
