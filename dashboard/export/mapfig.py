"""The map export: a page with title, subtitle, map, legend, scale bar, north arrow, credits and export time."""
from __future__ import annotations

import dataclasses
import datetime as dt
import math

import pandas as pd
from matplotlib.artist import Artist
from matplotlib.axes import Axes

from dashboard import framing
from dashboard.export import furniture
from dashboard.export.frame import prepare
from dashboard.export.layers import Basemap, draw_basemap, draw_labels
from dashboard.export.output import figure_bytes
from dashboard.export.pageframe import MARGIN, export_style, footer, new_page
from dashboard.export.paper import page
from dashboard.export.symbols import Drawn, draw_incidents, drafts_note, legend_types, placing_note
from dashboard.export.words import credits_in, described, exported, word
from dashboard.export.tiles import draw_tiles
from incidents.credits import dataset_credits
from incidents.filters import Filters

RASTERIZE_ABOVE = 20_000  # vector exports keep more points than this as one embedded image
Extent = tuple[float, float, float, float]


def fit_extent(extent: Extent, box_w: float, box_h: float) -> Extent:
    """Grow the extent around its centre to the box's proportions (plate carrée at mid-latitude)."""
    west, south, east, north = extent
    squash = math.cos(math.radians((south + north) / 2))
    width, height = (east - west) * squash, north - south
    if width / height < box_w / box_h:
        grow = (height * box_w / box_h / squash - (east - west)) / 2
        return (west - grow, south, east + grow, north)
    grow = (width * box_h / box_w - height) / 2
    return (west, south - grow, east, north + grow)


def date_range(df: pd.DataFrame, filters: Filters) -> tuple[dt.date | None, dt.date | None]:
    """The selection's dates: the filters' first and last day where they set them, else the data's own (None when
    neither says). The subtitle, the Briefing page's text line and the brief's timeline all span this."""
    dates = pd.to_datetime(df["event_date"], errors="coerce").dropna()
    first, last = (None, None) if dates.empty else (dates.min().date(), dates.max().date())
    return filters.date_from or first, filters.date_to or last


def subtitle(df: pd.DataFrame, filters: Filters, lang: str = "en") -> str:
    """The filters in words (in `lang`), with the data's own first and last dates where the filters set none: the
    one date range the pictures and the Briefing page's text line both say."""
    date_from, date_to = date_range(df, filters)
    return described(lang, dataclasses.replace(filters, date_from=date_from, date_to=date_to))


def credits(df: pd.DataFrame, source: Basemap, tiles_drawn: bool, lang: str = "en") -> str:
    """Attribution of the incident data and of the boundaries, headed in `lang`."""
    incidents = dataset_credits(df["dataset"].dropna().unique()) or f"Incidents: {word(lang, 'store')}"
    return credits_in(lang, f"{incidents}. {source.attribution(tiles_drawn)}.")


def export_time(exported_at: dt.datetime | None, lang: str = "en") -> str:
    """'Exported 29 Nov 2026 00:45 UTC', in `lang` (now unless a time is given, e.g. for reproducible tests)."""
    return exported(lang, (exported_at or dt.datetime.now(dt.timezone.utc)).astimezone(dt.timezone.utc))


def draw_map(
    ax: Axes, df: pd.DataFrame, extent: Extent, source: Basemap, lang: str, rasterize: bool, furnished: bool = True,
    avoid: tuple[Artist, ...] = (),
) -> tuple[Drawn, bool]:
    """Basemap, optional tiles, incidents, labels (clear of `avoid`, texts drawn over the map), and unless not
    `furnished` (a panel among several sharing one) scale bar and north arrow, on one axes (extent already fitted)."""
    draw_basemap(ax, extent, source)
    tiles_drawn = draw_tiles(ax, extent, source.tiles_url)
    drawn = draw_incidents(ax, df, extent, rasterize)
    ax.set_xlim(extent[0], extent[2])
    ax.set_ylim(extent[1], extent[3])
    ax.set_aspect("auto")
    arrow = furniture.north_arrow(ax, lang=lang) if furnished else None
    draw_labels(ax, extent, source, lang, avoid=((arrow,) if arrow else ()) + avoid)  # after the limits: it measures
    ax.set(xticks=[], yticks=[], xlabel="", ylabel="")
    for spine in ax.spines.values():
        spine.set(color="#777777", linewidth=0.8)
    if furnished:
        furniture.scale_bar(ax, extent, lang)
    return drawn, tiles_drawn


def render_map(
    df: pd.DataFrame,
    filters: Filters | None = None,
    fmt: str = "png",
    dpi: int | None = None,
    paper: str = "screen",
    orientation: str = "landscape",
    bbox: Extent | None = None,
    title: str | None = None,
    banner: str | None = None,
    lang: str = "en",
    exported_at: dt.datetime | None = None,
    basemap: Basemap | None = None,
) -> bytes:
    """The filtered incidents as a finished map page in PNG, PDF or SVG; the same inputs give the same bytes.

    `bbox` (west, south, east, north) is the map view to show, else the filters' box, else the selection's
    own (`framing.extent`: a governorate's incidents framed on them, all Syria when they spread over it);
    `basemap` defaults to the app's settings (OCHA_DIR, TILES_URL)."""
    filters = filters or Filters()
    source = basemap or Basemap.from_env()
    data = prepare(df)
    with export_style():
        frame = new_page(page(paper, orientation, dpi), title or word(lang, "title"), subtitle(data, filters, lang),
                         banner, lang)
        portrait = orientation == "portrait"
        panel = 1.5 if portrait else 2.7
        map_w = frame.width - 2 * MARGIN - (0 if portrait else panel)
        map_h = frame.top - frame.bottom - (panel if portrait else 0)
        ax = frame.fig.add_axes(frame.box(MARGIN, frame.top - map_h, map_w, map_h))
        extent = fit_extent(bbox or filters.bbox or framing.extent(data), map_w, map_h)
        rasterize = fmt != "png" and len(data) > RASTERIZE_ABOVE
        drawn, tiles_drawn = draw_map(ax, data, extent, source, lang, rasterize)
        if portrait:
            legend_box = frame.box(MARGIN, frame.bottom + 0.1, map_w, panel - 0.35)
        else:
            legend_box = frame.box(MARGIN + map_w + 0.3, frame.top - map_h * 0.7, panel - 0.35, map_h * 0.7)
        furniture.legend(frame.fig.add_axes(legend_box, gid="legend"), legend_types(data), drawn,
                         columns=2 if portrait else 1, not_drawn=placing_note(data, lang), drafts=drafts_note(data, lang),
                         lang=lang)
        footer(frame, credits(data, source, tiles_drawn, lang), export_time(exported_at, lang), lang)
        return figure_bytes(frame.fig, fmt)
