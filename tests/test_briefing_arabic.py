"""Arabic place labels come out joined and right to left: checked on the pixels of the rendered label."""
from __future__ import annotations

import io
import re

import matplotlib
import numpy as np
import pytest
from matplotlib.figure import Figure
from PIL import Image

from dashboard.export.labels import font_families
from dashboard.export.layers import place_label

ZWNJ = "\u200c"  # zero-width non-joiner: forces the unjoined (isolated) letter forms
LRO, PDF = "\u202d", "\u202c"  # left-to-right override: forces letters into left-to-right order


def ink_runs(label: str) -> list[int]:
    """Widths, left to right, of the runs of inked pixel columns of a label drawn by the map's own code."""
    with matplotlib.rc_context({"font.family": font_families()}):
        fig = Figure(figsize=(6, 1.5), dpi=100)
        ax = fig.add_axes((0, 0, 1, 1))
        ax.set(xlim=(0, 1), ylim=(0, 1))
        ax.set_axis_off()
        place_label(ax, label, 0.7, 0.3, size=40)
        buffer = io.BytesIO()
        fig.savefig(buffer, format="png")
    grey = np.asarray(Image.open(buffer).convert("L"))
    inked = (grey < 128).any(axis=0)
    edges = np.flatnonzero(np.diff(np.concatenate([[0], inked.astype(int), [0]])))
    return [int(end - start) for start, end in zip(edges[::2], edges[1::2])]


def test_joining_letters_are_drawn_as_one_connected_word():
    # ح ل ب all join: Aleppo is one stroke; the same letters forced apart give three pieces.
    assert len(ink_runs("حلب")) == 1
    assert len(ink_runs(ZWNJ.join("حلب"))) == 3


def test_words_run_right_to_left():
    # د never joins the letter after it, so دمشق is د alone plus the joined مشق. Written right to left,
    # the lone narrow د is the right-hand piece.
    runs = ink_runs("دمشق")
    assert len(runs) == 2
    assert runs[1] < runs[0] / 2
    # The same letters unjoined: the order on the image is the reverse of the order forced left to right.
    right_to_left = ink_runs(ZWNJ.join("دمشق"))
    left_to_right = ink_runs(LRO + ZWNJ.join("دمشق") + PDF)
    assert len(right_to_left) == 4
    assert right_to_left != left_to_right
    assert right_to_left == pytest.approx(left_to_right[::-1], abs=2)
    assert right_to_left[-1] == ink_runs("د")[0]


def test_first_letter_is_rightmost():
    # إدلب: إ and د stand alone, لب is joined; right to left the pieces are إ, د, لب:
    # so the widths rise leftwards.
    first, second, rest = ink_runs("إدلب")[::-1]
    assert first < second < rest


def test_an_arabic_export_has_an_arabic_title_legend_credits_and_furniture():
    """The exported map's legend stayed English under Arabic place labels (journey12): with lang='ar' the title,
    legend, notes, credits, export time, scale bar and north arrow are Arabic; the datasets' names stay as cited."""
    from briefing_data import incidents
    from test_briefing_export import OFFLINE, WHEN, svg_texts

    from dashboard.export import render_map

    frame = incidents(60).astype({"review_status": object, "geo_precision": object, "admin2": object})
    frame["review_status"] = ["draft"] * 3 + ["published"] * 57
    frame.loc[frame.index[3], ["geo_precision", "admin1", "admin2"]] = [5, None, None]  # known only to the country
    texts = svg_texts(render_map(frame, fmt="svg", dpi=40, basemap=OFFLINE, lang="ar", exported_at=WHEN))
    legend = " ".join(texts["legend"])
    assert "نوع الحدث" in legend and "قتلى + جرحى" in legend and "معارك" in legend
    assert not re.search(r"[A-Za-z]{3,}", legend), legend  # no English word left
    every = " ".join(t for group in texts.values() for t in group)
    assert "حوادث في سوريا" in every and "Incidents in Syria" not in every
    assert "الحوادث:" in every and "الحدود:" in every and "Boundaries" not in every
    assert "Exported" not in every and "صدرت" in every
    assert "كم" in every and " km" not in every


def test_arabic_credits_put_each_credit_on_a_right_aligned_line_of_its_own_with_its_citation_isolated():
    """journey13: the Arabic credits were one left-aligned right-to-left line with Latin citations mixed in, and
    their full stops landed beside the wrong words. Now each heading starts its own right-aligned line, the
    citation after it is isolated (FSI … PDI), no full stop is left between the scripts, and the export time sits
    on the left without touching them."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from dashboard.export.pageframe import MARGIN, export_style, footer, new_page
    from dashboard.export.paper import page
    from dashboard.export.words import FSI, PDI, credits_in

    english = ("Incidents: imported CSV tables; news reports; ACLED (Armed Conflict Location & Event Data Project). "
               "Boundaries: Natural Earth, OCHA / UN Country Team Syria (CC BY 3.0 IGO), Tiles: © OSM contributors.")
    with export_style():
        frame = new_page(page("a4", "landscape", 60), "عنوان", "Subtitle", None)
        footer(frame, credits_in("ar", english), "صدرت 4 مايو 2026 10:00 UTC", "ar")
        renderer = FigureCanvasAgg(frame.fig).get_renderer()
        texts = {t.get_gid(): t for t in frame.fig.texts}
        credit_box = texts["attribution"].get_window_extent(renderer)
        time_box = texts["exported"].get_window_extent(renderer)
    lines = texts["attribution"].get_text().split("\n")
    assert [line.split(":")[0] for line in lines] == ["الحوادث", "الحدود", "البلاطات"]
    assert lines[1] == f"الحدود: {FSI}Natural Earth, OCHA / UN Country Team Syria (CC BY 3.0 IGO){PDI}"
    assert not any(line.rstrip(PDI).endswith(".") for line in lines)
    assert texts["attribution"].get_horizontalalignment() == "right"
    assert abs(credit_box.x1 - (frame.width - MARGIN) * frame.fig.dpi) <= 2
    assert time_box.x0 >= MARGIN * frame.fig.dpi - 2 and not time_box.overlaps(credit_box)
    assert credits_in("en", english) == english  # English credits are untouched


def test_an_arabic_pages_title_and_subtitle_end_at_the_right_margin():
    """journey15: an Arabic brief's (and map's) title and subtitle stood at the left margin, an English page's
    layout with Arabic words. In Arabic they are right-aligned on the right margin; English stays on the left."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from dashboard.export.pageframe import MARGIN, export_style, new_page
    from dashboard.export.paper import page

    with export_style():
        for lang, heading in (("ar", "حوادث في سوريا"), ("en", "Incidents in Syria")):
            frame = new_page(page("a4", "portrait", 60), heading, "1 يناير 2017 · إدلب", None, lang)
            renderer = FigureCanvasAgg(frame.fig).get_renderer()
            for gid in ("title", "subtitle"):
                box = next(t for t in frame.fig.texts if t.get_gid() == gid).get_window_extent(renderer)
                if lang == "ar":
                    assert abs(box.x1 - (frame.width - MARGIN) * frame.fig.dpi) <= 2, gid
                else:
                    assert abs(box.x0 - MARGIN * frame.fig.dpi) <= 2, gid
