"""Time in one picture: small multiples at 300 dpi A4 on one scale, and a GIF with one frame per window."""
from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from matplotlib.collections import PathCollection
from PIL import Image
from streamlit.testing.v1 import AppTest

from briefing_data import incidents
from dashboard.export.cli import main
from dashboard.export.frame import prepare
from dashboard.export.layers import Basemap
from dashboard.export.multiples import multiples_figure, render_multiples
from dashboard.export.symbols import area
from dashboard.export.timeframes import Slice, slices, windows
from dashboard.timewindow import TimeWindow, starts
from dashboard.urlstate import View
from incidents.record import Incident
from incidents.store import Store

PLAIN = Basemap(ocha_dir=None, tiles_url="")


@pytest.fixture(scope="module")
def frame():
    """120 incidents in 2017; one known only to the month (March), one to the week (of 6 March)."""
    data = incidents(120)
    data["date_precision"] = "day"
    data.loc[0, ["event_date", "date_precision"]] = [dt.datetime(2017, 3, 15), "month"]
    data.loc[1, ["event_date", "date_precision"]] = [dt.datetime(2017, 3, 8), "week"]
    return data


def _incident_sizes(ax) -> np.ndarray:
    """Marker areas of the panel's incident circles (the filled scatter drawn at zorder 5)."""
    circles = [c for c in ax.collections if isinstance(c, PathCollection) and c.get_zorder() == 5]
    return np.sort(np.concatenate([c.get_sizes() for c in circles]))


def test_small_multiples_share_extent_and_symbol_scale_at_300_dpi_a4(frame) -> None:
    chosen = windows(frame, "week", start=dt.date(2017, 2, 27), count=6)
    fig = multiples_figure(frame, chosen, basemap=PLAIN)
    panels = [ax for ax in fig.axes if ax.get_gid() == "panel"]
    assert len(panels) == 6
    assert len({(ax.get_xlim(), ax.get_ylim()) for ax in panels}) == 1  # one extent: one km scale
    assert len({tuple(np.round(ax.get_position().bounds[2:], 6)) for ax in panels}) == 1
    parts = slices(prepare(frame), chosen)
    for ax, part in zip(panels, parts):
        assert _incident_sizes(ax).tolist() == np.sort(area(part.rows["casualties"].to_numpy())).tolist()
    titles = [t.get_text() for ax in panels for t in ax.texts if t.get_gid() == "panel-title"]
    assert titles == [w.title() for w in chosen]
    assert [int(p.rough.sum()) for p in parts] == [1, 2, 1, 1, 1, 0]  # March's one in each March week
    png = Image.open(io.BytesIO(render_multiples(frame, chosen, basemap=PLAIN)))
    assert png.size == (3508, 2480)
    assert png.info["dpi"] == pytest.approx((300, 300), abs=0.01)


def test_a_windows_arabic_totals_write_western_digits() -> None:
    """The app's one digit rule (docs/dashboard.md): the frames' totals line wrote ١٬٢٣٤ in Arabic (journey15)."""
    rows = pd.DataFrame({"killed": [1200, 34]})
    part = Slice(TimeWindow(dt.date(2016, 5, 2), "week"), rows, np.array([True, False]))
    assert part.summary("ar") == "2 حادثة · 1,234 قتيلاً · 1 بتاريخ تقريبي"


def test_small_multiples_titles_in_arabic_and_a_clear_error_outside_4_to_12(frame) -> None:
    chosen = windows(frame, "month", start=dt.date(2017, 1, 1), count=4)
    fig = multiples_figure(frame, chosen, basemap=PLAIN, lang="ar")
    titles = [t.get_text() for ax in fig.axes for t in ax.texts if t.get_gid() == "panel-title"]
    assert titles == ["يناير 2017", "فبراير 2017", "مارس 2017", "أبريل 2017"]
    with pytest.raises(ValueError, match="4 to 12"):
        multiples_figure(frame, chosen[:3], basemap=PLAIN)


def test_the_rough_dates_note_of_arabic_small_multiples_is_arabic(frame) -> None:
    """The walk (journey14): an Arabic small-multiples page said "date known only to the week or month" in
    English under its Arabic legend."""
    chosen = windows(frame, "week", start=dt.date(2017, 2, 27), count=4)  # weeks holding rough dates
    notes = {lang: [t.get_text() for ax in multiples_figure(frame, chosen, basemap=PLAIN, lang=lang).axes
                    if ax.get_gid() == "legend" and ax.get_legend() for t in ax.get_legend().get_texts()]
             for lang in ("en", "ar")}
    assert any("week or month" in text for text in notes["en"])
    assert not any("week or month" in text for text in notes["ar"])
    assert any("الأسبوع أو الشهر" in text for text in notes["ar"])


@pytest.fixture()
def store_url(tmp_path, monkeypatch, frame):
    for name in ("OCHA_DIR", "TILES_URL", "INCIDENTS_DB"):
        monkeypatch.delenv(name, raising=False)
    url = f"sqlite:///{tmp_path / 'store.sqlite'}"
    Store(url).add(
        Incident(event_date=row.event_date.date(), date_precision=row.date_precision, event_type=row.event_type,
                 sub_event_type=row.sub_event_type, admin1=row.admin1, latitude=float(row.latitude),
                 longitude=float(row.longitude), killed=int(row.killed), wounded=int(row.wounded), dataset="sample",
                 source_id=str(i))
        for i, row in enumerate(frame.itertuples())
    )
    return url


def test_cli_animation_has_one_frame_per_window_each_different(store_url, tmp_path) -> None:
    out = tmp_path / "playback.gif"
    main(["--db", store_url, "--animation", "--window", "month", "--from", "2017-01-01", "--to", "2017-06-30",
          "-o", str(out)])  # fmt: skip
    gif = Image.open(out)
    assert gif.format == "GIF" and gif.n_frames == 6 and gif.size == (1280, 720)
    frames = []
    for i in range(gif.n_frames):
        gif.seek(i)
        frames.append(np.asarray(gif.convert("RGB")))
    assert all((a != b).any() for a, b in zip(frames, frames[1:]))  # each window its own incidents and title


def test_cli_small_multiples_page_and_bad_panel_count(store_url, tmp_path, capsys) -> None:
    out = tmp_path / "weeks.png"
    main(["--db", store_url, "--multiples", "4", "--window", "week", "--start", "2017-03-01", "--dpi", "100",
          "-o", str(out)])  # fmt: skip
    assert Image.open(out).size == (1169, 827)  # A4 landscape at 100 dpi
    with pytest.raises(SystemExit, match="4 to 12"):
        main(["--db", store_url, "--multiples", "13", "-o", str(tmp_path / "x.png")])


def test_windows_start_at_the_first_incident_and_count_past_the_data(frame) -> None:
    chosen = windows(frame, "month", count=14)
    assert chosen[0] == TimeWindow(dt.date(2017, 1, 1), "month") and chosen[-1].start == dt.date(2018, 2, 1)


def test_briefing_page_offers_small_multiples_and_gif_from_the_map_pages_window(store_url, monkeypatch, frame) -> None:
    weeks = len(starts(dt.date(2017, 3, 6), frame["event_date"].max().date(), "week"))

    monkeypatch.setenv("INCIDENTS_DB", store_url)
    page = AppTest.from_file(str(Path(__file__).resolve().parents[1] / "dashboard" / "screens" / "2_Briefing.py"),
                             default_timeout=180)
    page.session_state["view"] = View(time=TimeWindow(dt.date(2017, 3, 6), "week", "upto"))
    page.run()
    assert not page.exception
    labels = [button.proto.label for button in page.get("download_button")][5:]
    assert labels == ["Small multiples PNG 300 dpi (A4)", "Small multiples PDF", f"Animated GIF ({weeks} frames)"]
    assert page.toggle(key="bt_upto").value is True
    span = "Up to week of 6 Mar 2017 – Up to week of 10 Apr 2017: 6 panels"
    plain = [c.value.replace("\u2068", "").replace("\u2069", "") for c in page.caption]  # the dates are bidi-isolated
    assert any(text.startswith(span) for text in plain)
    page.toggle(key="bt_preview").set_value(True).run()
    assert not page.exception and len(page.get("image")) == 2


def test_briefing_pages_single_map_follows_the_map_pages_window_and_says_so(store_url, monkeypatch, frame) -> None:
    window = TimeWindow(dt.date(2017, 3, 6), "week")
    first, last = np.datetime64(window.start), np.datetime64(window.end)
    days = frame["event_date"].to_numpy("datetime64[D]")
    rough = frame["date_precision"].to_numpy()  # the March incident (month) and the week of 6 March one count too
    expected = int(((days >= first) & (days <= last) & (rough == "day")).sum()) + 2

    monkeypatch.setenv("INCIDENTS_DB", store_url)
    page = AppTest.from_file(str(Path(__file__).resolve().parents[1] / "dashboard" / "screens" / "2_Briefing.py"),
                             default_timeout=180)
    page.session_state["view"] = View(time=window)
    page.run()
    assert not page.exception
    line = next(t.value for t in page.text if "incidents ·" in t.value)
    assert line.startswith(f"{expected:,} incidents · Week of 6 Mar 2017 (the map page's time window)")
    assert line.endswith("6 Mar 2017 – 12 Mar 2017")  # the subtitle's dates are the window's
    assert page.text_input[0].value == "Incidents in Syria · Week of 6 Mar 2017"
    weeks = len(starts(dt.date(2017, 3, 6), frame["event_date"].max().date(), "week"))
    labels = [button.proto.label for button in page.get("download_button")][5:]
    assert labels[-1] == f"Animated GIF ({weeks} frames)"  # the time section still runs over every date


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_an_animation_frames_date_leaves_the_north_arrow_in_sight(lang):
    """In Arabic the date's box (top right) was drawn over the north arrow (top right too)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    from dashboard.export.animation import frame_captions

    fig = Figure(figsize=(12.8, 7.2), dpi=100)
    ax = fig.add_axes((0.04, 0.08, 0.76, 0.8))
    heading, totals, arrow = frame_captions(ax, lang)
    heading.set_text(TimeWindow(dt.date(2016, 6, 1), "month").title(lang))
    totals.set_text("44 incidents · 162 killed · 10 with a rough date"
                    if lang == "en" else "44 حادثة · 162 قتيلاً")
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    renderer = canvas.get_renderer()
    north = arrow.get_window_extent(renderer).union([arrow.arrow_patch.get_window_extent(renderer)])
    for caption in (heading, totals):
        assert not caption.get_bbox_patch().get_window_extent(renderer).overlaps(north)


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_an_animations_place_names_keep_clear_of_its_date_and_totals(lang):
    """journey17: in the Arabic GIF of Idleb, January-June 2017, "حلب" stood 1 px left of the totals line and read as
    its last word ("… 3 بتاريخ تقريبي حلب"), "الباب" under the date's box: the names were placed before the captions
    existed. They keep 4 pt clear of both now, at the widest caption any frame writes."""
    from types import SimpleNamespace

    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.text import Annotation

    from dashboard.export import animation
    from dashboard.export.mapfig import fit_extent
    from dashboard.export.pageframe import MARGIN, export_style, new_page
    from dashboard.settings import SHIPPED_BOUNDARIES

    summaries = {"en": ["3 incidents · 5 killed", "47 incidents · 255 killed · 3 with a rough date"],
                 "ar": ["3 حوادث · 5 قتلى", "47 حادثة · 255 قتيلاً · 3 بتاريخ تقريبي"]}[lang]
    parts = [SimpleNamespace(window=TimeWindow(dt.date(2017, month, 1), "month"), summary=lambda _, s=s: s)
             for month, s in zip((2, 3), summaries)]
    with export_style():
        page = new_page(animation.FRAME, "title", "subtitle", None, lang)
        map_w, map_h = page.width - 2 * MARGIN - animation.LEGEND_W, page.top - page.bottom
        ax = page.fig.add_axes(page.box(MARGIN, page.bottom, map_w, map_h))
        extent = fit_extent((36.10, 35.34, 37.15, 36.40), map_w, map_h)  # Idleb's incidents, as the walk framed them
        heading, totals, _ = animation.captioned_map(ax, prepare(incidents()), extent, Basemap(SHIPPED_BOUNDARIES),
                                                     lang, parts)
    renderer = FigureCanvasAgg(page.fig).get_renderer()
    names = [t for t in ax.texts if isinstance(t, Annotation) and t.get_zorder() == 7]  # layers.place_label's
    assert len(names) >= 8
    for part in parts:
        heading.set_text(part.window.title(lang))
        totals.set_text(part.summary(lang))
        captions = [c.get_window_extent(renderer).padded(4 * page.fig.dpi / 72) for c in (heading, totals)]
        assert not [n.get_text() for n in names if any(n.get_window_extent(renderer).overlaps(c) for c in captions)]
