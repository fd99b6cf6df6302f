"""Briefing exports: valid PNG/PDF/SVG at the right size, text that follows the filters, reproducible bytes."""
from __future__ import annotations

import datetime as dt
import hashlib
import io
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np
import pandas as pd
import pypdf
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from PIL import Image

from dashboard.export import brief, render_brief, render_map
from dashboard.export.frame import prepare
from dashboard.export.furniture import nice_length, scale_bar
from dashboard.export.layers import Basemap, draw_labels
from dashboard.export.pageframe import MARGIN, export_style, fitted, footer, new_page
from dashboard.export.paper import page
from dashboard.export.symbols import MAX_SYMBOLS, TYPES, Points, _aggregate, draw_incidents
from dashboard.export.words import word
from incidents.filters import Filters
from incidents.record import SYRIA_BBOX
from briefing_data import incidents

WHEN = dt.datetime(2026, 1, 2, 3, 4, tzinfo=dt.timezone.utc)
REPO = Path(__file__).resolve().parents[1]
OFFLINE = Basemap()  # Natural Earth outlines and built-in admin centres only


@pytest.fixture(scope="module")
def frame():
    return incidents()


def svg_texts(svg: bytes) -> dict[str, list[str]]:
    """Text drawn in each top-level gid group of a matplotlib SVG (text is kept as a comment before its glyphs)."""
    root = ET.fromstring(svg, parser=ET.XMLParser(target=ET.TreeBuilder(insert_comments=True)))
    texts: dict[str, list[str]] = {}
    for group in root.iter("{http://www.w3.org/2000/svg}g"):
        gid = group.get("id", "")
        found = [node.text.strip() for node in group.iter() if node.tag is ET.Comment]
        texts.setdefault(gid, []).extend(found)
    return texts


def test_png_a4_landscape_300dpi_is_3508_by_2480(frame):
    png = render_map(frame, Filters(), fmt="png", paper="a4", orientation="landscape", dpi=300, basemap=OFFLINE,
                     exported_at=WHEN)
    image = Image.open(io.BytesIO(png))
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert image.size == (3508, 2480)
    assert image.info["dpi"] == pytest.approx((300, 300), abs=0.01)


@pytest.mark.parametrize(
    ("paper", "orientation", "dpi", "size"),
    [("letter", "portrait", 100, (850, 1100)), ("a4", "portrait", 72, (595, 842)), ("screen", "landscape", None,
                                                                                     (1920, 1080))],
)
def test_png_pixel_size_follows_paper_orientation_and_dpi(frame, paper, orientation, dpi, size):
    png = render_map(frame, fmt="png", paper=paper, orientation=orientation, dpi=dpi, basemap=OFFLINE)
    assert Image.open(io.BytesIO(png)).size == size


def test_pdf_is_one_vector_page_with_the_words(frame):
    filters = Filters(event_types=["Battles"], min_killed=5)
    shown = frame[(frame.event_type == "Battles") & (frame.killed >= 5)]
    pdf = render_map(shown, filters, fmt="pdf", paper="a4", title="Battles brief", banner="OFFICIAL USE",
                     basemap=OFFLINE, exported_at=WHEN)
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx((841.9, 595.3), abs=0.5)
    text = reader.pages[0].extract_text()
    for words in ("Battles brief", "OFFICIAL USE", filters.describe(), "Killed + wounded", "Exported 2 Jan 2026"):
        assert words in text
    assert "Violence against civilians" not in text  # not in the selection, so not in the legend
    # Vector: a few hundred points are drawn as paths, not pasted in as an image.
    assert "/Image" not in str(reader.pages[0]["/Resources"].get("/XObject", {}))


def test_svg_title_subtitle_and_legend_follow_the_filters(frame):
    filters = Filters(date_from=dt.date(2017, 1, 1), date_to=dt.date(2017, 3, 31),
                      event_types=["Explosions/Remote violence", "Battles"], admin1=["Idleb", "Hama"], min_killed=5)
    mask = (frame.event_date <= "2017-03-31") & frame.event_type.isin(filters.event_types) & frame.admin1.isin(
        filters.admin1) & (frame.killed >= 5)
    texts = svg_texts(render_map(frame[mask], filters, fmt="svg", title="Northwest: $5 in Q1", basemap=OFFLINE))
    assert texts["title"] == ["Northwest: $5 in Q1"]  # '$' is text, not maths
    assert texts["subtitle"] == [
        "1 Jan 2017 – 31 Mar 2017 · Explosions/Remote violence, Battles · Idleb, Hama · ≥ 5 killed"
    ]
    legend = texts["legend"]
    assert {"Explosions/Remote violence", "Battles"} <= set(legend)
    assert "Violence against civilians" not in legend
    assert "Killed + wounded" in legend


@pytest.mark.parametrize(("limit", "nice"), [(128.0, 100), (27.0, 20), (0.9, 0.5), (5.0, 5), (499.0, 200)])
def test_scale_bar_lengths_are_round(limit, nice):
    assert nice_length(limit) == pytest.approx(nice)


def test_scale_bar_measures_kilometres_at_the_maps_latitude():
    ax = Figure().add_subplot()
    scale_bar(ax, SYRIA_BBOX)  # 7° of longitude at 34.8° N: about 640 km, so a 100 km bar
    bar = ax.artists[-1]
    label = bar.get_child().get_children()[1].get_children()[0]
    rectangle = bar.size_bar.get_children()[0]
    assert label.get_text() == "100 km"
    assert rectangle.get_width() == pytest.approx(100 / (111.32 * np.cos(np.radians(34.8))), rel=1e-3)


def test_subtitle_takes_the_data_dates_when_the_filters_have_none(frame):
    texts = svg_texts(render_map(frame, Filters(admin1=["Aleppo"]), fmt="svg", basemap=OFFLINE))
    first, last = frame.event_date.min(), frame.event_date.max()
    assert texts["subtitle"] == [f"{first.day} {first:%b %Y} – {last.day} {last:%b %Y} · Aleppo"]


def framed_axes(extent) -> object:
    """An axes showing `extent`, as draw_map gives draw_labels (names are placed within the limits)."""
    ax = Figure(figsize=(8, 6)).add_subplot()
    ax.set_xlim(extent[0], extent[2])
    ax.set_ylim(extent[1], extent[3])
    return ax


@pytest.mark.parametrize(("lang", "wanted", "unwanted"), [("en", "Aleppo", "حلب"), ("ar", "حلب", "Aleppo")])
def test_place_labels_switch_language(lang, wanted, unwanted):
    ax = framed_axes(SYRIA_BBOX)
    draw_labels(ax, SYRIA_BBOX, OFFLINE, lang)
    labels = [t.get_text() for t in ax.texts]
    assert wanted in labels and unwanted not in labels
    assert len(labels) >= 13  # the governorates (Damascus city and governorate share a label)


@pytest.mark.parametrize("fmt", ["png", "pdf", "svg"])
def test_same_inputs_give_identical_bytes(frame, fmt):
    args = {"fmt": fmt, "paper": "a4", "dpi": 60, "banner": "TEST", "basemap": OFFLINE, "exported_at": WHEN}
    first = render_map(frame, Filters(min_killed=1), **args)
    again = render_map(frame.copy(), Filters(min_killed=1), **args)
    assert first == again
    assert render_map(frame.iloc[:-1], Filters(min_killed=1), **args) != first  # and it does depend on the data


def test_same_png_from_another_process(frame):
    """Run to run, not only call to call: a fresh interpreter renders the fixed dataset to the same bytes."""
    code = ("import sys, datetime as dt, hashlib; sys.path.insert(0, 'tests'); from briefing_data import incidents; "
            "from dashboard.export import render_map; from dashboard.export.layers import Basemap; "
            "when = dt.datetime(2026, 1, 2, 3, 4, tzinfo=dt.timezone.utc); "
            "print(hashlib.sha256(render_map(incidents(), dpi=50, basemap=Basemap(), exported_at=when)).hexdigest())")
    other = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    here = hashlib.sha256(render_map(frame, dpi=50, basemap=OFFLINE, exported_at=WHEN)).hexdigest()
    assert other.stdout.strip() == here


def test_long_titles_shrink_and_overlong_subtitles_are_clipped(frame):
    title = "A long title for the weekly incident overview of north-west Syria, 2016–2017"
    assert fitted(title, 18, 11, 7.6, "bold")[0] == title and fitted(title, 18, 11, 7.6, "bold")[1] < 18
    assert fitted("Hama", 18, 11, 7.6, "bold") == ("Hama", 18)
    many = Filters(admin2=[f"District number {i}" for i in range(60)])
    texts = svg_texts(render_map(frame, many, fmt="svg", paper="a4", orientation="portrait", title=title, dpi=40,
                                 basemap=OFFLINE))
    assert texts["title"] == [title]
    assert texts["subtitle"][0].endswith("…") and texts["subtitle"][0].startswith("1 Jan 2017")


def test_the_export_time_is_printed(frame):
    texts = svg_texts(render_map(frame, fmt="svg", basemap=OFFLINE, exported_at=WHEN))
    assert texts["exported"] == ["Exported 2 Jan 2026 03:04 UTC"]
    assert any("Natural Earth" in t for t in texts["attribution"])


def test_many_incidents_merge_into_a_bounded_number_of_cells_keeping_exact_totals():
    rng = np.random.default_rng(5)
    n = MAX_SYMBOLS * 3
    scattered = incidents(n, seed=3).assign(longitude=rng.uniform(35.5, 42.5, n), latitude=rng.uniform(32.2, 37.4, n))
    big = prepare(scattered)
    cells, counts, cell = _aggregate(Points.from_frame(big, SYRIA_BBOX), SYRIA_BBOX)
    assert len(cells) <= MAX_SYMBOLS
    assert cells.casualties.sum() == big["casualties"].sum()
    assert counts.sum() == n
    assert cell > (SYRIA_BBOX[2] - SYRIA_BBOX[0]) / 400  # uniform points coarsen the starting grid


def test_a_merged_cell_sums_its_incidents_and_takes_the_worst_type():
    four = prepare(incidents(4).assign(longitude=[36.2, 36.2, 36.2, 39.0], latitude=[35.1, 35.1, 35.1, 36.0],
                                       event_type=["Protests", "Battles", "Protests", "Riots"], killed=[3, 10, 3, 1],
                                       wounded=0))
    cells, counts, _ = _aggregate(Points.from_frame(four, SYRIA_BBOX), SYRIA_BBOX)
    assert cells.casualties.tolist() == [16, 1] and counts.tolist() == [3, 1]
    assert [TYPES[k] for k in cells.kind] == ["Battles", "Riots"]
    assert cells.lon.tolist() == pytest.approx([36.2, 39.0]) and cells.lat.tolist() == pytest.approx([35.1, 36.0])


def test_many_incidents_say_they_were_merged():
    big = incidents(MAX_SYMBOLS + 5_000, seed=4)
    texts = svg_texts(render_map(big, fmt="svg", dpi=40, basemap=OFFLINE))
    note = " ".join(texts["legend"])
    assert f"{len(big):,} incidents merged into" in note


@pytest.mark.shared
def test_map_with_ocha_boundaries_labels_capitals_and_credits_ocha(frame, ocha_dir):
    source = Basemap(ocha_dir=ocha_dir)
    ax = framed_axes((35.9, 35.3, 37.6, 36.7))
    draw_labels(ax, (35.9, 35.3, 37.6, 36.7), source, "ar")
    labels = {t.get_text() for t in ax.texts}
    assert {"حلب", "إدلب", "الباب"} <= labels  # zoomed in: district capitals too
    assert "دير الزور" not in labels  # out of view
    texts = svg_texts(render_map(frame, fmt="svg", basemap=source, dpi=40))
    assert any("OCHA" in t for t in texts["attribution"])


def test_brief_is_one_pdf_page_with_figures_timeline_and_largest_incidents(frame):
    worst = frame.assign(c=frame.killed + frame.wounded).sort_values("c", ascending=False, kind="stable").iloc[0]
    frame = frame.copy()
    frame.loc[worst.name, "source"] = "SOHR $5 <script>alert(1)</script>"
    pdf = render_brief(frame, Filters(), banner="TRAINING", basemap=OFFLINE, exported_at=WHEN)
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    assert f"{len(frame):,}" in text
    assert f"{int(frame.killed.sum()):,}" in text and f"{int(frame.wounded.sum()):,}" in text
    top_governorate = frame.groupby("admin1").killed.sum().idxmax()
    assert f"{top_governorate}: {frame.groupby('admin1').killed.sum().max():,}" in text
    assert "Killed and wounded per" in text and "Largest incidents" in text
    assert worst["location_en"] in text
    assert "SOHR $5 <script>" in text  # report text is printed as it is, never interpreted


def test_odd_rows_still_render(frame):
    odd = frame.iloc[:4].copy()
    odd["event_type"] = [None, "Unknown type", "Battles", "Riots"]
    odd.loc[odd.index[0], ["latitude", "longitude"]] = None
    odd["killed"] = [None, "3", 2, -0]
    texts = svg_texts(render_map(odd, fmt="svg", dpi=40, basemap=OFFLINE))
    assert "Other" in texts["legend"] and "Riots" in texts["legend"]
    assert svg_texts(render_map(frame.iloc[:0], fmt="svg", dpi=40, basemap=OFFLINE))["subtitle"] == ["All incidents"]


def test_brief_timeline_and_table_keep_dates_as_precise_as_they_are(frame):
    """A year's dead known only to the year are no spike in a week's bar, and its date reads '2017', not '01 Jan'."""
    frame = frame.copy()
    frame["date_precision"] = "day"
    big = frame.index[0]
    columns = ["event_date", "date_precision", "killed", "wounded"]
    frame.loc[big, columns] = [pd.Timestamp("2017-01-01"), "year", 5000, 0]
    series, unit, left_out = brief.timeline(prepare(frame))
    assert unit == "week" and left_out == (1, 5000)
    assert series["killed"].sum() == frame["killed"].sum() - 5000
    text = pypdf.PdfReader(io.BytesIO(render_brief(frame, basemap=OFFLINE, exported_at=WHEN))).pages[0].extract_text()
    assert "Not in the bars: 1 incident (5,000 killed)" in text
    rows = text.split("Date Place Type Killed Wounded Source")[1]
    assert re.search(r"^2017 .* 5,000 0 ", rows.strip()), rows[:200]  # the year-known incident leads, dated '2017'


def test_brief_says_unknown_for_wounded_that_no_incident_gives(frame):
    frame = frame.assign(wounded=None)
    text = pypdf.PdfReader(io.BytesIO(render_brief(frame, basemap=OFFLINE, exported_at=WHEN))).pages[0].extract_text()
    assert "WOUNDED\nunknown" in text, text[:120]
    rows = text.split("Date Place Type Killed Wounded Source")[1].strip().splitlines()[:10]
    assert all(re.search(r" \d+ unknown ", r) for r in rows), rows  # the table said 0 wounded for each
    assert f"KILLED\n{int(frame.killed.sum()):,}" in text and "given for" not in text
    frame.loc[frame.index[:2], "wounded"] = [3, 4]  # two reports tell the wounded, the other rows do not
    text = pypdf.PdfReader(io.BytesIO(render_brief(frame, basemap=OFFLINE, exported_at=WHEN))).pages[0].extract_text()
    assert "WOUNDED\n7" in text and f"given for 2 of {len(frame):,}" in text


def test_brief_of_an_empty_selection_still_renders(frame):
    pdf = render_brief(frame.iloc[:0], Filters(admin1=["Quneitra"]), basemap=OFFLINE)
    text = pypdf.PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert "No incidents match the filters." in text


def test_brief_timeline_spans_the_selections_dates_and_says_a_stretch_without_incidents(frame):
    """A year of incidents and a few drafts entered years later: the month bars run from the selection's first to its
    last month (not into the next year), and the long empty stretch between is said in words."""
    late = frame.iloc[:6].copy()
    late["event_date"] = pd.to_datetime(["2026-11-20", "2026-11-25", "2026-11-28", "2026-12-01", "2026-12-01",
                                         "2026-12-02"])
    both = pd.concat([frame, late], ignore_index=True)
    series, unit, _ = brief.timeline(prepare(both))
    assert unit == "month" and series.index[0] == pd.Timestamp("2017-01-01")
    assert series.index[-1] == pd.Timestamp("2026-12-01")
    assert brief.quiet_stretch(prepare(both), series.index, unit) == (pd.Timestamp("2018-01-01"),
                                                                      pd.Timestamp("2026-10-01"))
    text = pypdf.PdfReader(io.BytesIO(render_brief(both, basemap=OFFLINE, exported_at=WHEN))).pages[0].extract_text()
    assert "no incident Jan 2018 – Oct 2026" in text
    assert "2027" not in text  # the axis ended a month into 2027, and its last tick said so
    # a filter's first day opens the bars even before the first incident: an empty January is shown, not cut
    series, unit, _ = brief.timeline(prepare(frame[frame["event_date"] >= "2017-03-01"]), dt.date(2017, 2, 1))
    assert series.index[0] == pd.Timestamp("2017-01-30") and unit == "week"  # the week holding 1 Feb (a Monday start)
    assert series["killed"].iloc[:4].sum() == 0
    assert brief.quiet_stretch(prepare(frame), brief.timeline(prepare(frame))[0].index, "week") is None


def test_exports_say_how_many_unreviewed_drafts_they_include(frame):
    """Drafts are drawn unless the review filter leaves them out: the map's legend and the brief's figures say so."""
    frame = frame.assign(review_status="published")
    frame.loc[frame.index[:4], "review_status"] = "draft"
    legend = " ".join(svg_texts(render_map(frame, fmt="svg", dpi=40, basemap=OFFLINE))["legend"])
    assert "Includes 4 unreviewed drafts" in legend and "drawn hollow" in legend
    text = pypdf.PdfReader(io.BytesIO(render_brief(frame, basemap=OFFLINE, exported_at=WHEN))).pages[0].extract_text()
    assert f"Figures: all {len(frame):,} incidents selected; includes 4 unreviewed drafts." in text
    reviewed = frame.assign(review_status="reviewed")
    assert "unreviewed" not in " ".join(svg_texts(render_map(reviewed, fmt="svg", dpi=40, basemap=OFFLINE))["legend"])
    text = pypdf.PdfReader(io.BytesIO(render_brief(reviewed, basemap=OFFLINE, exported_at=WHEN))).pages[0].extract_text()
    assert "unreviewed" not in text


def test_long_credits_wrap_inside_the_margins():
    """Three datasets and the boundaries' credits made a line that matplotlib wrapped at the paper's edge: on the
    A4 brief its first line ran past the right margin to the edge, where a printer cuts."""
    credits = ("Incidents: UCDP Georeferenced Event Dataset (Sundberg and Melander 2013), CC BY 4.0; imported CSV "
               "tables; news reports; ACLED (Armed Conflict Location & Event Data Project). Boundaries: Natural Earth, "
               "OCHA / UN Country Team Syria (CC BY 3.0 IGO).")
    with export_style():
        frame = new_page(page("a4", "portrait", 100), "Title", "Subtitle", None)
        footer(frame, credits, "Exported")
        renderer = FigureCanvasAgg(frame.fig).get_renderer()
        text = next(t for t in frame.fig.texts if t.get_gid() == "attribution")
        box = text.get_window_extent(renderer)
    assert box.x1 <= (frame.width - MARGIN) * frame.fig.dpi + 1
    assert " ".join(text.get_text().split()) == credits  # every word kept, in order


def test_drafts_are_drawn_hollow_in_the_exports(frame):
    """As on the app's map: white inside a ring of the type's colour; reviewed incidents stay filled."""
    frame = prepare(frame.assign(review_status="published"))
    frame.loc[frame.index[:5], "review_status"] = "draft"
    ax = Figure().add_subplot()
    draw_incidents(ax, frame, SYRIA_BBOX, rasterize=False)
    faces = np.concatenate([c.get_facecolors() for c in ax.collections])
    edges = np.concatenate([c.get_edgecolors() for c in ax.collections])
    white = (faces[:, :3] == 1).all(axis=1)
    assert white.sum() == 5  # the five drafts, and only they
    assert not (edges[white, :3] == 1).all(axis=1).any()  # each ringed in its colour, not white


def test_a_merged_grid_cell_holding_a_draft_is_drawn_hollow(frame, monkeypatch):
    """Above MAX_SYMBOLS in view, drafts merged into grid cells were drawn filled like the rest (journey12): a cell
    holding any is drawn hollow, as a draft is, and the legend says so."""
    from dashboard.export.symbols import Points, _aggregate

    points = Points(np.array([36.05, 36.05, 38.0]), np.array([35.05, 35.05, 34.0]), np.array([1, 2, 3]),
                    np.array([0, 0, 1]), None, np.array([False, True, False]))
    merged, counts, _ = _aggregate(points, SYRIA_BBOX)
    assert sorted(zip(counts.tolist(), merged.draft.tolist())) == [(1, False), (2, True)]
    monkeypatch.setattr("dashboard.export.symbols.MAX_SYMBOLS", 10)  # so many in view that they merge
    drafts = frame.assign(review_status=["draft"] * 4 + ["published"] * (len(frame) - 4))
    texts = " ".join(svg_texts(render_map(drafts, fmt="svg", dpi=40, basemap=OFFLINE))["legend"])
    assert "merged into" in texts and "a merged circle holding any too" in texts


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_no_place_name_runs_over_the_frame_line_of_a_map_framed_close_to_places(lang):
    """journey13: a name whose point lies just inside a framed export's edge ran over the frame line ("Salqin" at
    the top of an Idleb A4). Frames whose edges pass just beyond sub-district centres (Homs and Dar'a here, not
    Idleb) keep every name inside; a name with no room left is dropped, not drawn across the line."""
    from dashboard.export.basemap import places
    from dashboard.settings import SHIPPED_BOUNDARIES

    source = Basemap(ocha_dir=SHIPPED_BOUNDARIES)
    centres = places(SHIPPED_BOUNDARIES, 3)
    for west, south, east, north in ((36.3, 34.4, 37.2, 35.0), (35.9, 32.5, 36.7, 33.0)):
        inside = centres[centres["lon"].between(west, east) & centres["lat"].between(south, north)]
        top, bottom = inside["lat"].max(), inside["lat"].min()
        extent = (west, bottom - 0.003, east, top + 0.003)  # a name's point right under the top edge
        fig = Figure(figsize=(8, 6), dpi=100)
        ax = fig.add_axes((0.05, 0.05, 0.9, 0.9))
        ax.set_xlim(extent[0], extent[2])
        ax.set_ylim(extent[1], extent[3])
        draw_labels(ax, extent, source, lang)
        renderer = FigureCanvasAgg(fig).get_renderer()
        frame = ax.get_window_extent(renderer)
        boxes = [t.get_window_extent(renderer) for t in ax.texts]
        assert len(boxes) >= 3
        for box in boxes:
            assert frame.y0 - 1 <= box.y0 and box.y1 <= frame.y1 + 1, (extent, box, frame)
            assert frame.x0 - 1 <= box.x0 and box.x1 <= frame.x1 + 1, (extent, box, frame)


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_no_place_name_is_drawn_under_the_north_arrow(frame, lang):
    """The walk (journey14): on a small-multiples panel the north arrow sat on a town's name in the top-right
    corner. A map whose top-right corner falls on capitals (Hama's and Homs' here) leaves those names out."""
    from dashboard.export.mapfig import draw_map
    from dashboard.settings import SHIPPED_BOUNDARIES

    source = Basemap(ocha_dir=SHIPPED_BOUNDARIES)
    for lat, lon in ((35.13, 36.75), (34.73, 36.71)):
        extent = (lon - 1.6, lat - 1.1, lon + 0.06, lat + 0.04)
        fig = Figure(figsize=(3.6, 2.6), dpi=100)
        ax = fig.add_axes((0.02, 0.02, 0.96, 0.96))
        draw_map(ax, prepare(frame.iloc[:0]), extent, source, lang, rasterize=False)
        renderer = FigureCanvasAgg(fig).get_renderer()
        arrow = next(t for t in ax.texts if t.get_text() in ("N", "ش"))
        names = [t for t in ax.texts if t is not arrow]
        assert names, extent
        assert not any(t.get_window_extent(renderer).overlaps(arrow.get_window_extent(renderer)) for t in names)


def test_the_arabic_brief_has_arabic_figures_timeline_table_and_subtitle(frame):
    """journey13-14: under Arabic the brief's key figures, timeline, table headings and the subtitle's governorate
    stayed English. The data's own values (sources, sub-event types) stay as they are."""
    governorate = frame.groupby("admin1").killed.sum().idxmax()
    filters = Filters(admin1=[governorate], date_from=dt.date(2017, 1, 1), min_killed=1)
    texts = svg_texts(render_brief(frame, filters, lang="ar", fmt="svg", basemap=OFFLINE, exported_at=WHEN))
    drawn = " ".join(text for found in texts.values() for text in found)
    for english in ("INCIDENTS", "KILLED", "WOUNDED", "MOST KILLED", "Figures:", "Killed and wounded per",
                    "Largest incidents", "Date", "Place", "Source", "All incidents", "≥ 1 killed", "Jan 2017"):
        assert english not in drawn, english
    assert not re.search("[A-Za-z]", " ".join(texts["subtitle"])), texts["subtitle"]  # the governorate in Arabic
    for arabic in ("الحوادث", "القتلى", "أكثر القتلى في", "الأرقام:", "القتلى والجرحى لكل", "أكبر الحوادث", "التاريخ",
                   "المكان", "≥ 1 قتلى", "يناير 2017"):
        assert arabic in drawn, arabic


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_arabic_briefs_figures_and_table_run_right_to_left(frame, lang):
    """journey15: the Arabic brief's texts were Arabic but its page ran left to right (the incidents' figure leftmost,
    the table's date column first). In Arabic the figures and the table's columns now run from the right, their texts
    right-aligned; English is unchanged."""
    fig = Figure(figsize=(8, 4))
    FigureCanvasAgg(fig)
    figures_ax, table_ax = fig.add_axes((0.05, 0.7, 0.9, 0.25)), fig.add_axes((0.05, 0.05, 0.9, 0.5))
    data = prepare(frame)
    brief._figures(figures_ax, brief.key_figures(data, frame, lang=lang), "scope", lang)
    brief._table(table_ax, brief.largest(data, lang, raw=frame), lang)
    labels = [t for t in figures_ax.texts if t.get_gid() == "figure-label"]
    xs = [t.get_position()[0] for t in labels]
    arabic = lang == "ar"
    assert xs == sorted(xs, reverse=arabic) and len(set(xs)) == 4
    assert {t.get_horizontalalignment() for t in figures_ax.texts} == {"right" if arabic else "left"}
    cells = table_ax.tables[0].get_celld()
    header = [cells[0, column].get_text().get_text() for column in range(6)]
    date, source = word(lang, "tb_date"), word(lang, "tb_source")
    assert header[0 if not arabic else 5] == date and header[5 if not arabic else 0] == source
    place = header.index(word(lang, "tb_place"))
    assert cells[1, place].get_text().get_horizontalalignment() == ("right" if arabic else "left")
    killed = header.index(word(lang, "f_killed"))
    assert cells[1, killed].get_text().get_horizontalalignment() == "right"


@pytest.mark.parametrize("paper", [(8.27, 11.69), (8.5, 11.0)])
@pytest.mark.parametrize("lang", ["en", "ar"])
def test_a_key_figure_ends_well_before_the_next_one(frame, paper, lang):
    """journey16: the English brief's "unknown" (wounded, 16 pt bold) ended about 2 mm from "MOST KILLED IN". Every
    figure's value and label keeps at least 4 mm from the next figure's, on A4 and Letter, in both languages."""
    fig = Figure(figsize=paper)
    canvas = FigureCanvasAgg(fig)
    width, height = paper
    ax = fig.add_axes((MARGIN / width, 0.8, (width - 2 * MARGIN) / width, 0.75 / height))
    data = prepare(frame)
    with export_style():
        brief._figures(ax, brief.key_figures(data, frame.assign(wounded=None), lang=lang), "scope", lang)
        canvas.draw()
    renderer = canvas.get_renderer()
    columns: dict[float, list] = {}
    for text in ax.texts[1:]:  # after the scope line: each figure's label, value and note share their x
        columns.setdefault(text.get_position()[0], []).append(text.get_window_extent(renderer))
    boxes = [columns[x] for x in sorted(columns, reverse=lang == "ar")]
    assert len(boxes) == 4
    gap = 4 / 25.4 * fig.dpi  # 4 mm in pixels
    for here, after in zip(boxes, boxes[1:]):
        if lang == "ar":  # from the right: the next figure lies left of this one
            assert min(b.x0 for b in here) - max(b.x1 for b in after) >= gap
        else:
            assert min(b.x0 for b in after) - max(b.x1 for b in here) >= gap
