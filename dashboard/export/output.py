"""Writing a figure to bytes with fixed metadata, so the same map always gives the same file."""
from __future__ import annotations

import io

import matplotlib
from matplotlib.figure import Figure

FORMATS = ("png", "pdf", "svg")
CREATOR = "Syria incident map (dashboard.export)"
# Per format: matplotlib's metadata keys, with the dates and version strings that would vary removed.
METADATA = {
    "png": {"Software": CREATOR},
    "pdf": {"Creator": CREATOR, "Producer": CREATOR, "CreationDate": None, "ModDate": None},
    "svg": {"Creator": CREATOR, "Date": None},
}


def figure_bytes(fig: Figure, fmt: str) -> bytes:
    """The figure as PNG, PDF or SVG bytes at the figure's own size and dpi."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    buffer = io.BytesIO()
    # Fixed ids in SVG; text drawn as glyph paths so Arabic looks the same in every viewer.
    with matplotlib.rc_context({"svg.hashsalt": "syria-incident-map", "svg.fonttype": "path", "pdf.fonttype": 42}):
        extra = {"pil_kwargs": {"compress_level": 3}} if fmt == "png" else {}  # fast zlib: a print PNG is 8 Mpx
        fig.savefig(buffer, format=fmt, dpi=fig.dpi, metadata=METADATA[fmt], **extra)
    return buffer.getvalue()
