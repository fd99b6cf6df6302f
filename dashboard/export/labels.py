"""Fonts and language for label text. Matplotlib (3.11, libraqm) shapes Arabic and lays it out right
to left itself, so labels go in as logical text: pre-shaping them would reverse them a second time."""
from __future__ import annotations

import re

from matplotlib import font_manager

ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
# Faces with Arabic glyphs from Debian fonts-noto-core; DejaVu Sans (matplotlib's own) has them too.
ARABIC_FONTS = ["Noto Sans Arabic", "Noto Naskh Arabic"]


def language(text: str) -> str | None:
    """The BCP 47 language libraqm should shape the text as: 'ar' when it has Arabic letters."""
    return "ar" if ARABIC.search(text or "") else None


def font_families(arabic_first: bool = False) -> list[str]:
    """Installed fonts in matplotlib's per-glyph fallback order; Arabic labels prefer a Noto Arabic face."""
    installed = {f.name for f in font_manager.fontManager.ttflist}
    arabic = [name for name in ARABIC_FONTS if name in installed][:1]
    return arabic + ["DejaVu Sans"] if arabic_first else ["DejaVu Sans"] + arabic
