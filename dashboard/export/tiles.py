"""Optional raster tiles under the boundaries, only when TILES_URL is set and its server answers."""
from __future__ import annotations

import io
import math
import urllib.request

import numpy as np
from matplotlib.axes import Axes
from PIL import Image

MAX_TILES = 64
TIMEOUT_S = 5


def _tile_x(lon: float, zoom: int) -> int:
    return int((lon + 180) / 360 * 2**zoom)


def _tile_y(lat: float, zoom: int) -> int:
    lat_r = math.radians(lat)
    return int((1 - math.asinh(math.tan(lat_r)) / math.pi) / 2 * 2**zoom)


def _tile_lat(y: int, zoom: int) -> float:
    return math.degrees(math.atan(math.sinh(math.pi * (1 - 2 * y / 2**zoom))))


def _fetch(url: str) -> np.ndarray:
    with urllib.request.urlopen(url, timeout=TIMEOUT_S) as response:  # noqa: S310 (a URL the user configured)
        return np.asarray(Image.open(io.BytesIO(response.read())).convert("RGB"))


def draw_tiles(ax: Axes, extent: tuple[float, float, float, float], url_template: str) -> bool:
    """Draw XYZ tiles ({z}/{x}/{y} template) over the extent; False, drawing nothing, if any tile fails."""
    if not url_template:
        return False
    west, south, east, north = extent
    zoom = max(0, min(14, round(math.log2(6 * 360 / (east - west)))))
    def count(z: int) -> int:
        return (_tile_x(east, z) - _tile_x(west, z) + 1) * (_tile_y(south, z) - _tile_y(north, z) + 1)

    while zoom and count(zoom) > MAX_TILES:
        zoom -= 1
    xs = range(_tile_x(west, zoom), _tile_x(east, zoom) + 1)
    ys = range(_tile_y(north, zoom), _tile_y(south, zoom) + 1)
    try:
        images = {(x, y): _fetch(url_template.format(z=zoom, x=x, y=y, s="a")) for x in xs for y in ys}
    except (OSError, ValueError):
        return False
    for (x, y), image in images.items():
        lon0, lon1 = x / 2**zoom * 360 - 180, (x + 1) / 2**zoom * 360 - 180
        # Each Web Mercator tile stretched over its own lat/lon box: close enough at Syria's latitudes.
        ax.imshow(image, extent=(lon0, lon1, _tile_lat(y + 1, zoom), _tile_lat(y, zoom)), zorder=1.8,
                  interpolation="bilinear", origin="upper")
    return True
