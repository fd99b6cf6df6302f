"""Page sizes of the exports: a screen slide, or A4 / Letter paper in either orientation."""
from __future__ import annotations

from dataclasses import dataclass

# Width x height in millimetres, landscape; "screen" is a 1920 x 1080 slide at 150 dpi.
PAPERS_MM: dict[str, tuple[float, float]] = {
    "screen": (1920 / 150 * 25.4, 1080 / 150 * 25.4),
    "a4": (297.0, 210.0),
    "letter": (279.4, 215.9),
}
DEFAULT_DPI = {"screen": 150, "a4": 300, "letter": 300}
ORIENTATIONS = ("landscape", "portrait")


@dataclass(frozen=True)
class Page:
    """A figure size in whole pixels at a dpi, so raster exports come out at exactly the paper's pixels."""

    width_px: int
    height_px: int
    dpi: int

    @property
    def inches(self) -> tuple[float, float]:
        # A hair over the exact size: Agg truncates width * dpi to an int.
        return ((self.width_px + 1e-3) / self.dpi, (self.height_px + 1e-3) / self.dpi)


def page(paper: str = "screen", orientation: str = "landscape", dpi: int | None = None) -> Page:
    """The page of a paper name and orientation; dpi defaults to 150 on screen and 300 on paper."""
    if paper not in PAPERS_MM:
        raise ValueError(f"unknown paper {paper!r}; choose one of {', '.join(PAPERS_MM)}")
    if orientation not in ORIENTATIONS:
        raise ValueError(f"unknown orientation {orientation!r}; choose landscape or portrait")
    dpi = int(dpi or DEFAULT_DPI[paper])
    width, height = (round(mm / 25.4 * dpi) for mm in PAPERS_MM[paper])
    return Page(width, height, dpi) if orientation == "landscape" else Page(height, width, dpi)
