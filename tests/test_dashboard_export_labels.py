"""Place names on the exported maps stay inside the map's frame and off one another (Arabic names, written left of
their points, ran off the west edge: Lattakia, Tartus, Quneitra; As-Sweida's covered Dar'a's)."""
from __future__ import annotations

from pathlib import Path

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.text import Annotation

from dashboard.export.frame import prepare
from dashboard.export.layers import Basemap
from dashboard.export.mapfig import draw_map, fit_extent
from briefing_data import incidents
from incidents.record import SYRIA_BBOX

SHIPPED = Basemap(ocha_dir=Path(__file__).resolve().parents[1] / "data" / "boundaries")


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_names_beside_their_points_stay_in_the_frame_and_apart(lang: str) -> None:
    fig = Figure(figsize=(6.4, 5.4), dpi=100)
    ax = fig.add_axes((0.02, 0.02, 0.96, 0.96))
    extent = fit_extent(SYRIA_BBOX, 6.1, 5.2)
    draw_map(ax, prepare(incidents(20)), extent, SHIPPED, lang, rasterize=False)
    renderer = FigureCanvasAgg(fig).get_renderer()
    frame = ax.get_window_extent(renderer)
    names = [t for t in ax.texts if isinstance(t, Annotation) and t.get_horizontalalignment() != "center"]
    assert len(names) >= 12  # the governorate capitals
    boxes = [t.get_window_extent(renderer) for t in names]
    for name, box in zip(names, boxes):
        assert frame.x0 <= box.x0 and box.x1 <= frame.x1, name.get_text()
    for i, box in enumerate(boxes):
        assert not any(box.overlaps(other) for other in boxes[i + 1:]), names[i].get_text()
