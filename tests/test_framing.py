"""Framing a selection (dashboard.framing): the map page and every export look at the incidents selected, not at
all Syria, unless an area is set (journey12: Idleb's incidents were a small patch on an all-Syria export)."""
from __future__ import annotations

import datetime as dt
import math

import pytest

from briefing_data import incidents
from dashboard import framing
from dashboard.export import animation, brief, mapfig, multiples
from dashboard.export.layers import Basemap
from dashboard.timewindow import TimeWindow
from incidents.record import SYRIA_BBOX

PLAIN = Basemap(ocha_dir=None, tiles_url="")


def one_governorate(name: str = "Hama", n: int = 40):
    frame = incidents(200)
    return frame[frame["admin1"] == name].head(n).reset_index(drop=True)


def inside(box, lat, lon) -> bool:
    west, south, east, north = box
    return bool(((lon >= west) & (lon <= east) & (lat >= south) & (lat <= north)).all())


def test_the_extent_holds_the_drawn_incidents_with_a_margin_and_a_minimum_size():
    hama = one_governorate()
    box = framing.extent(hama)
    assert inside(box, hama["latitude"], hama["longitude"])
    assert box[2] - box[0] < 2.5 and box[3] - box[1] < 2.5  # not all Syria (7 x 5 degrees)
    one = hama.head(1)
    west, south, east, north = framing.extent(one)
    assert east - west == pytest.approx(framing.MIN_SPAN) and north - south == pytest.approx(framing.MIN_SPAN)
    assert framing.extent(incidents(200)) == SYRIA_BBOX  # Aleppo to Damascus: the whole country
    assert framing.extent(hama.iloc[0:0]) == SYRIA_BBOX
    country_only = one.assign(geo_precision=5, admin1=None, admin2=None)  # drawn nowhere: framed nowhere
    assert framing.extent(country_only) == SYRIA_BBOX


def test_the_view_fits_the_extent_in_the_map():
    box = (36.0, 34.8, 37.2, 35.6)
    (lat, lon), zoom = framing.view(box, 700, 600)
    assert lon == pytest.approx(36.6) and 34.8 < lat < 35.6
    span = lambda z: 360 / 2 ** z * 700 / 256  # noqa: E731 degrees of longitude across the map at zoom z
    assert span(zoom) >= 1.2 > span(zoom + 1)
    assert framing.view(SYRIA_BBOX, 700, 600)[1] < zoom


@pytest.mark.parametrize("render", ["map", "brief", "multiples", "animation"])
def test_every_export_of_one_governorate_is_framed_on_it(render, monkeypatch):
    hama = one_governorate()
    seen = []

    def record(module):
        real = module.draw_map

        def draw(ax, data, extent, *args, **kwargs):
            seen.append(extent)
            return real(ax, data, extent, *args, **kwargs)
        monkeypatch.setattr(module, "draw_map", draw)

    for module in (mapfig, brief, multiples, animation):
        record(module)
    chosen = [TimeWindow(dt.date(2017, month, 1), "month") for month in (1, 2, 3, 4)]
    if render == "map":
        mapfig.render_map(hama, dpi=40, basemap=PLAIN)
    elif render == "brief":
        brief.render_brief(hama, dpi=40, basemap=PLAIN)
    elif render == "multiples":
        multiples.render_multiples(hama, chosen, dpi=40, basemap=PLAIN)
    else:
        animation.render_animation(hama, chosen, basemap=PLAIN)
    assert seen
    for west, south, east, north in seen:
        assert inside((west, south, east, north), hama["latitude"], hama["longitude"])
        assert (east - west) * math.cos(math.radians(35)) < 3.5 and north - south < 3.5, (west, south, east, north)


def test_the_map_width_comes_from_the_bounds_it_reported():
    """A map 360 px wide at zoom 10 spans 360 * 360 / (256 * 1024) degrees; before it reports (or while it has no
    size yet) the assumed width stands."""
    from dashboard.framing import width_px

    span = 360 * 360 / (256 * 2 ** 10)
    assert width_px((36.0, 35.0, 36.0 + span, 36.0), 10, 700) == 360
    assert width_px(None, None, 700) == 700 and width_px((36.0, 35.0, 36.001, 36.0), 10, 700) == 700
