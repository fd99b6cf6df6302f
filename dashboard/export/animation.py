"""Playback as an animated GIF for slides: one frame per time window, the basemap drawn once, dates as titles."""
from __future__ import annotations

import datetime as dt
import io

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.colors import to_rgb
from matplotlib.text import Annotation, Text
from PIL import Image

from dashboard import framing, located
from dashboard.export import furniture
from dashboard.export.frame import prepare
from dashboard.export.layers import Basemap
from dashboard.export.mapfig import Extent, credits, draw_map, export_time, fit_extent
from dashboard.export.pageframe import MARGIN, export_style, footer, new_page
from dashboard.export.paper import Page
from dashboard.export.symbols import Drawn, draw_incidents, drafts_note, legend_types, placing_note
from dashboard.export.timeframes import MAX_FRAMES, Slice, mark_rough, slices
from dashboard.export.words import described, word
from dashboard.palette import EVENT_COLOURS
from dashboard.timewindow import TimeWindow
from incidents.filters import Filters

FRAME = Page(1280, 720, 100)  # a 16:9 slide
LEGEND_W = 2.45  # inches right of the map


def render_animation(df: pd.DataFrame, chosen: list[TimeWindow], filters: Filters | None = None,
                     bbox: Extent | None = None, title: str | None = None, lang: str = "en",
                     basemap: Basemap | None = None, seconds_per_frame: float = 0.8,
                     exported_at: dt.datetime | None = None) -> bytes:  # fmt: skip
    """An animated GIF (looping) with one frame per window of `chosen`, each titled with its dates."""
    if not 1 <= len(chosen) <= MAX_FRAMES:
        raise ValueError(f"an animation takes 1 to {MAX_FRAMES} windows, not {len(chosen)}: choose a longer window "
                         "or a shorter date range")
    filters = filters or Filters()
    source = basemap or Basemap.from_env()
    data = prepare(df)
    images = []
    with export_style():
        frame = new_page(FRAME, title or word(lang, "title"), described(lang, filters), None, lang)
        map_w = frame.width - 2 * MARGIN - LEGEND_W
        map_h = frame.top - frame.bottom
        ax = frame.fig.add_axes(frame.box(MARGIN, frame.bottom, map_w, map_h))
        extent = fit_extent(bbox or filters.bbox or framing.extent(data), map_w, map_h)
        parts = slices(data, chosen)
        heading, totals, tiles_drawn = captioned_map(ax, data, extent, source, lang, parts)
        furniture.scale_bar(ax, extent, lang)
        legend_ax = frame.fig.add_axes(frame.box(MARGIN + map_w + 0.25, frame.bottom, LEGEND_W - 0.25, map_h))
        furniture.legend(legend_ax, legend_types(data), Drawn(len(data), len(data), None,
                                                              int((located.levels(data) > located.POINT).sum())),
                         not_drawn=placing_note(data, lang), drafts=drafts_note(data, lang), lang=lang)
        footer(frame, credits(data, source, tiles_drawn, lang), export_time(exported_at, lang), lang)
        canvas, palette = FigureCanvasAgg(frame.fig), None
        for part in parts:
            before = len(ax.collections)
            draw_incidents(ax, part.rows, extent, rasterize=False)
            mark_rough(ax, part, extent, rasterize=False)
            heading.set_text(part.window.title(lang))
            totals.set_text(part.summary(lang))
            canvas.draw()
            pixels = np.asarray(canvas.buffer_rgba())[..., :3].copy()
            palette = palette or _palette(pixels)
            images.append(Image.fromarray(pixels).quantize(palette=palette, dither=Image.Dither.NONE))
            for artist in ax.collections[before:]:
                artist.remove()
    out = io.BytesIO()
    images[0].save(out, format="GIF", save_all=True, append_images=images[1:], loop=0,
                   duration=int(seconds_per_frame * 1000), optimize=False)
    return out.getvalue()


def captioned_map(ax: Axes, data: pd.DataFrame, extent: Extent, source: Basemap, lang: str,
                  parts: list[Slice]) -> tuple[Text, Text, bool]:
    """The frames' common map (no incidents: each frame draws its own) with their date heading and totals line, the
    place names kept clear of both at their widest and of the north arrow (journey17: a totals line ran into
    "حلب"); returns the heading, the totals line and whether tiles were drawn."""
    heading, totals, arrow = frame_captions(ax, lang)
    _widest(heading, [part.window.title(lang) for part in parts])
    _widest(totals, [part.summary(lang) for part in parts])
    _, tiles_drawn = draw_map(ax, data.iloc[0:0], extent, source, lang, rasterize=False, furnished=False,
                              avoid=(heading, totals, arrow))
    return heading, totals, tiles_drawn


def _widest(text: Text, values: list[str]) -> None:
    """`text` set to the widest of `values` (measured with Agg): the room it takes in any frame."""
    renderer = FigureCanvasAgg(text.figure).get_renderer()
    widths = {}
    for value in values:
        text.set_text(value)
        widths[value] = text.get_window_extent(renderer).width
    text.set_text(max(widths, key=widths.get))


def frame_captions(ax: Axes, lang: str) -> tuple[Text, Text, Annotation]:
    """A frame's date heading and totals line (empty, set per frame) in the top corner where the language reads
    from, and the north arrow in the other: in Arabic both sat top right, the heading's box over the arrow."""
    x, align = (0.975, "right") if lang == "ar" else (0.025, "left")
    box = {"boxstyle": "round,pad=0.35", "facecolor": "white", "edgecolor": "#999999", "alpha": 0.92}
    heading = ax.text(x, 0.965, "", transform=ax.transAxes, ha=align, va="top", fontsize=17, fontweight="bold",
                      color=furniture.INK, zorder=40, bbox=box, parse_math=False, gid="frame-title")
    totals = ax.text(x, 0.86, "", transform=ax.transAxes, ha=align, va="top", fontsize=10, color=furniture.INK,
                     zorder=40, parse_math=False, bbox={"boxstyle": "round,pad=0.25", "facecolor": "white",
                                                        "edgecolor": "none", "alpha": 0.8})  # over outlines: readable
    arrow = furniture.north_arrow(ax, x=0.035 if lang == "ar" else 0.965, lang=lang)
    return heading, totals, arrow


def _palette(first: np.ndarray) -> Image.Image:
    """One 256-colour palette for every frame (GIF's limit) that keeps each event type's colour distinct: the
    palette's colours, plain and as drawn (78 % over white), the first frame's commonest colours, greys, a cube."""
    colours = [to_rgb(c) for c in EVENT_COLOURS.values()]
    colours += [tuple(0.78 * v + 0.22 for v in c) for c in colours]
    flat = first.reshape(-1, 3)
    common, counts = np.unique(flat[:: max(1, len(flat) // 200_000)], axis=0, return_counts=True)
    colours += [tuple(c / 255) for c in common[np.argsort(-counts)][:48]]
    colours += [(g, g, g) for g in np.linspace(0, 1, 24)]
    colours += [(r, g, b) for r in np.linspace(0, 1, 5) for g in np.linspace(0, 1, 5) for b in np.linspace(0, 1, 5)]
    table = np.clip(np.rint(np.array(colours[:256]) * 255), 0, 255).astype(np.uint8)
    image = Image.new("P", (1, 1))
    image.putpalette(table.ravel().tolist() + [0] * (768 - table.size))
    return image
