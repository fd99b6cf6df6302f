"""Arabic place labels come out joined and right to left: checked on the pixels of the rendered label."""
from __future__ import annotations

import io

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
