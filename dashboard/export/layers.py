"""The basemap layers drawn under the incidents: sea, countries, admin boundaries and place labels."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import geopandas as gpd
from matplotlib import patheffects
from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.text import Annotation
from matplotlib.transforms import Bbox

from dashboard.export.basemap import places as label_places
from dashboard.export.labels import font_families, language
from dashboard.settings import load as load_settings
from gazetteer.boundaries import admin_polygons, country_outlines
from gazetteer.settings import WORLD_ATLAS
from incidents.credits import BOUNDARIES

SEA = "#dfe9f0"
LAND = "#ecebe6"
SYRIA = "#fcfcfa"
BOUNDARY = "#8f8f8f"
OUTLINE = "#4d4d4d"
LABEL = "#333333"
AVOID_GAP = 6  # points between a place name and a text drawn over the map (a caption's box pads it by up to 6)
DISPLAY_TOLERANCE = 0.002  # degrees (~200 m): below a pixel of a 300 dpi A4 map of Syria


@dataclass(frozen=True)
class Basemap:
    """Where the basemap comes from: OCHA boundaries (optional) and an optional tile URL template."""

    ocha_dir: Path | None = None
    tiles_url: str = ""
    tiles_attribution: str = ""

    @classmethod
    def from_env(cls) -> Basemap:
        """The app's settings: OCHA_DIR, TILES_URL and TILES_ATTRIBUTION."""
        settings = load_settings()
        return cls(settings.ocha_dir, settings.tiles_url, settings.tiles_attribution)

    def attribution(self, tiles_drawn: bool) -> str:
        """Credits for what the basemap drew."""
        parts = ["Boundaries: Natural Earth"]
        if self.ocha_dir:
            parts.append(BOUNDARIES)
        if tiles_drawn:
            parts.append(f"Tiles: {self.tiles_attribution or self.tiles_url}")
        return ", ".join(parts)


@lru_cache(maxsize=16)
def _simplified(level: int, ocha_dir: Path) -> gpd.GeoSeries:
    return admin_polygons(level, ocha_dir).boundary.simplify(DISPLAY_TOLERANCE)


def _label_level(extent: tuple[float, float, float, float]) -> int:
    """Governorate capitals on a country map, district then sub-district centres when zoomed in."""
    width = extent[2] - extent[0]
    return 1 if width > 3 else 2 if width > 1 else 3


def draw_basemap(ax: Axes, extent: tuple[float, float, float, float], source: Basemap) -> None:
    """Sea, neighbouring countries, Syria and (with OCHA_DIR) governorate/district boundaries."""
    west, south, east, north = extent
    ax.set_facecolor(SEA)
    countries = country_outlines(WORLD_ATLAS).cx[west - 1 : east + 1, south - 1 : north + 1]
    is_syria = countries["name"] == "Syria"
    countries[~is_syria].plot(ax=ax, color=LAND, edgecolor=BOUNDARY, linewidth=0.6, zorder=1)
    syria = admin_polygons(0, source.ocha_dir) if source.ocha_dir else countries[is_syria]
    syria.plot(ax=ax, color=SYRIA, edgecolor="none", zorder=1.5)
    if source.ocha_dir:
        level = _label_level(extent)
        if level > 1:
            _simplified(2, source.ocha_dir).plot(ax=ax, color="#bdbdbd", linewidth=0.35, zorder=2)
        _simplified(1, source.ocha_dir).plot(ax=ax, color=BOUNDARY, linewidth=0.7, zorder=2.1)
    syria.boundary.plot(ax=ax, color=OUTLINE, linewidth=1.1, zorder=3)


def draw_labels(ax: Axes, extent: tuple[float, float, float, float], source: Basemap, lang: str,
                avoid: tuple[Artist, ...] = ()) -> None:
    """Places in view named in English or Arabic, above the incidents; capitals get a point too. A name never
    crosses the map's frame line (journey13: "Salqin" ran over the top of an Idleb A4) nor comes within AVOID_GAP of
    an `avoid` artist (the north arrow: it sat on "al-Bab" in a small-multiples panel; a GIF's totals line: "حلب"
    next to it read as its last word): beside its point, on the other side, below it, or left out."""
    west, south, east, north = extent
    places = label_places(source.ocha_dir, _label_level(extent))
    places = places[places["lon"].between(west, east) & places["lat"].between(south, north)]
    capitals = places[places["point"]]
    ax.scatter(capitals["lon"], capitals["lat"], s=9, c="#1a1a1a", marker="s", zorder=6, linewidths=0)
    renderer = FigureCanvasAgg(ax.figure).get_renderer()  # measured with Agg whatever the output format
    frame = ax.get_window_extent(renderer)
    kept_off = [artist.get_window_extent(renderer).padded(AVOID_GAP * ax.figure.dpi / 72) for artist in avoid]
    taken = list(kept_off)
    for row in places.sort_values("level", kind="stable").itertuples():  # capitals of governorates placed first
        name = row.name_ar if lang == "ar" and isinstance(row.name_ar, str) else row.name_en
        label = place_label(ax, name, row.lon, row.lat, 9.5 if row.level == 1 else 7.5, beside=row.point)
        box = _fit_beside(label, renderer, frame, taken) if row.point else label.get_window_extent(renderer)
        if row.point and box.y1 > frame.y1:  # above its point it runs over the top edge: below it instead
            x, y = label.xyann
            label.xyann = (x, -y)
            label.set_verticalalignment("top")
            box = label.get_window_extent(renderer)
        if not _inside(box, frame) or any(box.overlaps(other) for other in kept_off):
            label.remove()  # left out rather than drawn across the frame's line or under the north arrow
        elif row.point:
            taken.append(box)


def _inside(box: Bbox, frame: Bbox, slack: float = 1.0) -> bool:
    """The box lies within the frame (give or take `slack` pixels, the halo's width)."""
    return (frame.x0 - slack <= box.x0 and box.x1 <= frame.x1 + slack
            and frame.y0 - slack <= box.y0 and box.y1 <= frame.y1 + slack)


def _fit_beside(label: Annotation, renderer, frame: Bbox, taken: list[Bbox]) -> Bbox:
    """Put a name on the other side of its point when its own side runs out of the map's frame or onto a name
    placed before and the other does not (Arabic names, left of their points, ran off the west edge: Lattakia,
    Tartus; As-Sweida's covered Dar'a's); returns where it ends up."""
    def inside(box: Bbox) -> bool:
        return frame.x0 <= box.x0 and box.x1 <= frame.x1

    def fits(box: Bbox) -> bool:
        return inside(box) and not any(box.overlaps(other) for other in taken)

    own = label.get_window_extent(renderer)
    if fits(own):
        return own
    _flip(label)
    other = label.get_window_extent(renderer)
    if fits(other) or (inside(other) and not inside(own)):
        return other
    _flip(label)
    return own


def _flip(label: Annotation) -> None:
    """The name to the other side of its point."""
    x, y = label.xyann
    label.xyann = (-x, y)
    label.set_horizontalalignment("left" if label.get_horizontalalignment() == "right" else "right")


def place_label(ax: Axes, name: str, lon: float, lat: float, size: float, beside: bool = True) -> Annotation:
    """A place name with a white halo beside its point (Arabic on the left, read right to left; Latin on the
    right), or centred on a region; Arabic is shaped and laid out right to left by matplotlib (libraqm)."""
    lang = language(name)
    side = -1 if lang == "ar" else 1
    return ax.annotate(name, (lon, lat), xytext=(4 * side, 3) if beside else (0, 0), textcoords="offset points",
                ha=("right" if side < 0 else "left") if beside else "center", va="baseline" if beside else "center",
                fontsize=size, color=LABEL, family=font_families(arabic_first=lang == "ar"), language=lang,
                path_effects=[patheffects.withStroke(linewidth=2.5, foreground="white")], zorder=7,
                annotation_clip=True, parse_math=False)
