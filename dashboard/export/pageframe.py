"""The frame every export page shares: handling banner, title and subtitle on top; credits and export time below."""
from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import matplotlib
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.textpath import TextPath

from dashboard.export import furniture
from dashboard.export.labels import font_families
from dashboard.export.paper import Page
from dashboard.export.words import isolated

MARGIN = 0.45  # inches
BANNER = 0.32
HEADER = 0.95
FOOTER = 0.5
_LOCK = threading.Lock()  # rcParams are process-wide, and the app renders downloads on worker threads


@contextmanager
def export_style() -> Iterator[None]:
    """One export at a time, with the export fonts (Arabic fallback) as matplotlib's defaults."""
    with _LOCK, matplotlib.rc_context({"font.family": font_families()}):
        yield


@dataclass(frozen=True)
class Frame:
    """A page's figure and the inches left for content between its header and footer."""

    fig: Figure
    width: float
    height: float
    top: float  # inches from the bottom edge where content may start (below the subtitle)
    bottom: float  # inches from the bottom edge where content may end (above the footer)

    def box(self, left: float, bottom: float, width: float, height: float) -> tuple[float, float, float, float]:
        """A rectangle given in inches as figure fractions, for `fig.add_axes`."""
        return (left / self.width, bottom / self.height, width / self.width, height / self.height)


def _width(text: str, size: float, weight: str = "normal") -> float:
    """The text's width in inches at `size` points in the export fonts."""
    path = TextPath((0, 0), text, size=size, prop=FontProperties(family=font_families(), weight=weight))
    return path.get_extents().width / 72


def fitted(text: str, size: float, smallest: float, width_in: float, weight: str = "normal") -> tuple[str, float]:
    """The font size (down to `smallest`) at which the text fits the width; clipped with '…' if even that is too wide."""
    def width(t: str, s: float) -> float:
        return _width(t, s, weight)

    natural = width(text, size)
    if natural <= width_in:
        return text, size
    size = float(max(smallest, 0.97 * size * width_in / natural))  # a little under: widths are not quite linear
    if width(text, size) > width_in:
        keep, drop = 0, len(text)  # the longest prefix that fits with its ellipsis, by bisection
        while keep < drop:
            middle = (keep + drop + 1) // 2
            keep, drop = (middle, drop) if width(text[:middle] + "…", size) <= width_in else (keep, middle - 1)
        text = text[:keep].rstrip() + "…"
    return text, size


def new_page(page: Page, title: str, subtitle: str, banner: str | None, lang: str = "en") -> Frame:
    """A figure of the page's size with banner, title and subtitle drawn; in Arabic (`lang` 'ar') the title and
    subtitle start at the right margin, right-aligned, as an Arabic page's headings do (journey15: they stood left)."""
    fig = Figure(figsize=page.inches, dpi=page.dpi)
    width, height = page.inches
    band = BANNER if banner else 0.0
    if banner:
        for y in (height - band / 2, band / 2):
            fig.text(0.5, y / height, banner, ha="center", va="center", fontsize=10, fontweight="bold",
                     color="#B00020", gid="banner", parse_math=False)
    room = width - 2 * MARGIN
    title, title_size = fitted(title, 18, 11, room, weight="bold")
    subtitle, subtitle_size = fitted(subtitle, 10.5, 7, room)
    x, ha = (1 - MARGIN / width, "right") if lang == "ar" else (MARGIN / width, "left")
    fig.text(x, 1 - (band + 0.42) / height, title, fontsize=title_size, fontweight="bold", ha=ha,
             color=furniture.INK, va="baseline", gid="title", parse_math=False)
    fig.text(x, 1 - (band + 0.72) / height, subtitle, fontsize=subtitle_size, color=furniture.MUTED, ha=ha,
             va="baseline", gid="subtitle", parse_math=False)
    return Frame(fig, width, height, top=height - band - HEADER, bottom=band + FOOTER)


def footer(frame: Frame, credits: str, exported: str, lang: str = "en") -> None:
    """Attribution on the last line, export time right-aligned on the line above. Arabic (`lang` 'ar') mirrors it:
    one right-aligned line per credit (see words.credits_in), its citation isolated, export time on the left
    beside them (the credits wrap short of it)."""
    base = frame.bottom - FOOTER
    style = {"fontsize": 7, "color": furniture.MUTED, "va": "center", "parse_math": False}
    room = frame.width - 2 * MARGIN
    if lang == "ar":
        frame.fig.text(MARGIN / frame.width, (base + 0.34) / frame.height, exported, ha="left", gid="exported",
                       **style)
        lines = wrapped(credits, style["fontsize"], room - _width(exported, style["fontsize"]) - 0.2).split("\n")
        frame.fig.text(1 - MARGIN / frame.width, (base + 0.06) / frame.height, "\n".join(map(isolated, lines)),
                       gid="attribution", ha="right", multialignment="right", **{**style, "va": "bottom"})
        return
    frame.fig.text(1 - MARGIN / frame.width, (base + 0.34) / frame.height, exported, ha="right", gid="exported",
                   **style)
    frame.fig.text(MARGIN / frame.width, (base + 0.17) / frame.height, wrapped(credits, style["fontsize"], room),
                   gid="attribution", **style)


def wrapped(text: str, size: float, width_in: float) -> str:
    """The text broken into lines at spaces so that each fits `width_in` inches at `size` points (a word longer than
    the width stays whole on its own line). matplotlib's own wrapping runs to the paper's edge, past the margin:
    a printer's unprintable border cut the end of the credits' first line."""
    lines: list[str] = []
    for line in text.split("\n"):  # a line break of the text's own is kept
        start = len(lines)
        for word in line.split():
            if len(lines) > start and _width(f"{lines[-1]} {word}", size) <= width_in:
                lines[-1] = f"{lines[-1]} {word}"
            else:
                lines.append(word)
    return "\n".join(lines)
