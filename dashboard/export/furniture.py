"""Map furniture: scale bar, north arrow and legend."""
from __future__ import annotations

import math
import textwrap

from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.lines import Line2D
from matplotlib.text import Annotation
from mpl_toolkits.axes_grid1.anchored_artists import AnchoredSizeBar

from dashboard.export.symbols import CAP, LEGEND_COUNTS, Drawn, area
from dashboard.export.words import event_name, word

KM_PER_DEG_LAT = 111.32
INK = "#222222"
MUTED = "#555555"


def nice_length(limit: float) -> float:
    """The largest 1, 2 or 5 × 10ⁿ not above limit."""
    power = 10 ** math.floor(math.log10(limit))
    return max(step * power for step in (1, 2, 5) if step * power <= limit)


def scale_bar(ax: Axes, extent: tuple[float, float, float, float], lang: str = "en") -> None:
    """A bar of a round number of km, about a fifth of the map's width, at the map's mid-latitude; lower right,
    where a map of Syria has empty desert (lower left it hid Dar'a and Lattakia)."""
    west, south, east, north = extent
    km_per_deg = KM_PER_DEG_LAT * math.cos(math.radians((south + north) / 2))
    km = nice_length((east - west) * km_per_deg / 5)
    label = f"{km:g} {word(lang, 'km')}"
    bar = AnchoredSizeBar(
        ax.transData, km / km_per_deg, label, loc="lower right", pad=0.6, borderpad=0.8, sep=3,
        frameon=True, size_vertical=(north - south) / 250, color=INK, fontproperties={"size": 8},
    )
    bar.patch.set(facecolor="white", alpha=0.85, edgecolor="none")
    bar.set_zorder(30)  # above the place labels
    ax.add_artist(bar)


def north_arrow(ax: Axes, x: float = 0.965, lang: str = "en") -> Annotation:
    """An arrow and N (ش in Arabic) in the top-right corner, or at `x` (north is up on this plate carrée map)."""
    return ax.annotate(
        word(lang, "north"), xy=(x, 0.965), xytext=(x, 0.885), xycoords="axes fraction", ha="center", va="center",
        fontsize=11, fontweight="bold", color=INK, zorder=20,
        arrowprops={"arrowstyle": "-|>,head_length=0.8,head_width=0.4", "color": INK, "lw": 1.6},
    )


def legend(ax: Axes, types: list[tuple[str, str]], drawn: Drawn, columns: int = 1, beside: bool = False,
           not_drawn: str = "", drafts: str = "", lang: str = "en") -> None:
    """Event-type colours, then circle sizes below them (or `beside` them, for a wide strip), in the legend panel
    `ax` (axis hidden); then the diamond of incidents known only to an area (if any are drawn) and `not_drawn`, the
    line saying which selected incidents the map leaves out (symbols.placing_note), and `drafts`, the one saying how
    many unreviewed drafts it includes (symbols.drafts_note). In `lang` (Arabic: symbols after their words)."""
    ax.set_axis_off()
    swatches = [
        Line2D([], [], ls="", marker="o", ms=math.sqrt(area(10)), mfc=colour, mec="white", alpha=0.85, label=event_name(lang, name))
        for name, colour in types
    ]
    sizes = [
        Line2D([], [], ls="", marker="o", ms=math.sqrt(area(n)), mfc="#9a9a9a", mec="white",
               label=f"{n}+" if n == CAP else str(n))
        for n in LEGEND_COUNTS
    ]
    style = {"frameon": False, "fontsize": 8.5, "title_fontsize": 9.5, "borderaxespad": 0,
             "alignment": "right" if lang == "ar" else "left", "markerfirst": lang != "ar"}
    first = ax.legend(handles=swatches, title=word(lang, "event_type"), loc="upper left", ncols=columns, **style)
    ax.add_artist(first)
    # Measure with Agg whatever the output format; attached only now, as geopandas redraws an Agg canvas per layer.
    renderer = FigureCanvasAgg(ax.figure).get_renderer()
    (left, bottom), (right, _) = ax.transAxes.inverted().transform(first.get_window_extent(renderer))
    anchor = (right + 0.03, 1) if beside else (0, bottom - 0.06)
    second = ax.legend(handles=sizes, title=word(lang, "casualties"), loc="upper left", bbox_to_anchor=anchor,
                       ncols=len(sizes), handletextpad=0.5, columnspacing=1.2, handleheight=2.2, **style)
    for box in (first, second):
        box.get_title().set_fontweight("bold")
    ax.add_artist(second)
    (left, bottom), (right, _) = ax.transAxes.inverted().transform(second.get_window_extent(renderer))
    notes = []
    if drawn.cell_deg:
        km = drawn.cell_deg * KM_PER_DEG_LAT
        notes.append(word(lang, "cells", incidents=drawn.incidents, symbols=drawn.symbols, km=km))
    if drawn.area_only:
        notes.append(word(lang, "area_only"))
    if not_drawn:
        notes.append(textwrap.fill(not_drawn, 34))
    if drafts:  # drawn hollow; merged into grid cells, a cell holding any is drawn hollow
        notes.append(textwrap.fill(drafts + word(lang, "hollow_cells" if drawn.cell_deg else "hollow"), 34))
    x, y = (right + 0.03, 1.0) if beside else (0.0, bottom - 0.04)
    ax.text(x, y, "\n".join(notes), transform=ax.transAxes, fontsize=7.5, color=MUTED, va="top", linespacing=1.3,
            parse_math=False, multialignment="right" if lang == "ar" else "left")
