"""The briefing page's 'Through time' section: small multiples of successive windows and an animated GIF."""
from __future__ import annotations

import datetime as dt

import pandas as pd
import streamlit as st

from dashboard.export.animation import render_animation
from dashboard.export.multiples import PANELS, render_multiples
from dashboard.export.timeframes import MAX_FRAMES, windows
from dashboard.export.words import rtl, word
from dashboard.timewindow import SIZES, align
from dashboard.urlstate import View
from incidents.filters import Filters


def section(view: View, shown: pd.DataFrame, filters: Filters, common: dict, paper: str, orientation: str,
            stamp: str, ui: str = "en") -> None:  # fmt: skip
    """Choose window size, panels, start and mode (the map page's playback window, if any, is the default);
    preview the small multiples and download them (PNG 300 dpi, PDF) or the playback as a GIF. The section's
    words in `ui` (the page's language)."""
    if shown.empty:
        return
    say = lambda key, **values: word(ui, key, **values)  # noqa: E731
    st.subheader(say("t_through"))
    playing = view.time
    cols = st.columns([1.2, 1, 1.2, 1.4])
    size = cols[0].segmented_control(say("window"), SIZES, default=playing.size if playing else "month",
                                     key="bt_size", format_func=lambda s: say(f"size_{s}")) or "month"  # fmt: skip
    count = cols[1].number_input(say("t_panels"), min_value=PANELS.start, max_value=PANELS.stop - 1, value=6,
                                 key="bt_n")
    first = pd.to_datetime(shown["event_date"]).min().date()
    start = cols[2].date_input(say("t_first"), value=playing.start if playing else first, key="bt_start")
    upto = cols[3].toggle(say("t_upto"), value=bool(playing and playing.mode == "upto"), key="bt_upto")
    mode = "upto" if upto else "window"
    chosen = windows(shown, size, mode, start=align(start, size), count=int(count))
    dates = f"{chosen[0].title(common['lang'])} – {chosen[-1].title(common['lang'])}"
    # Isolated (FSI ... PDI): Arabic dates inside an English sentence otherwise pull '6 panels' into their run.
    st.caption(rtl(ui, f"\u2068{dates}\u2069: {say('t_caption', n=len(chosen))}"))
    options = {**common, "filters": filters}
    if st.toggle(say("t_preview"), key="bt_preview"):
        st.image(_preview(repr((chosen, filters, common)), shown, chosen, options), width="stretch",
                 alt=say("t_alt"))
    buttons = st.columns(3)
    name = f"syria-{size}s-{chosen[0].start:%Y%m%d}-{stamp}"
    buttons[0].download_button(
        say("t_png", paper=say("paper_A4" if paper == "a4" else "paper_Letter")),
        lambda: render_multiples(shown, chosen, paper=paper, orientation=orientation, dpi=300, **options),
        f"{name}.png", "image/png")
    buttons[1].download_button(
        say("t_pdf"), lambda: render_multiples(shown, chosen, fmt="pdf", paper=paper,
                                                         orientation=orientation, **options),
        f"{name}.pdf", "application/pdf")
    frames = windows(shown, size, mode, start=align(start, size), end=pd.to_datetime(shown["event_date"]).max().date())
    too_long = len(frames) > MAX_FRAMES
    buttons[2].download_button(
        say("t_gif", n=len(frames)), lambda: _gif(shown, frames, options), f"{name}.gif", "image/gif",
        disabled=too_long, help=say("t_gif_help", n=MAX_FRAMES) if too_long else None)


@st.cache_data(max_entries=4, show_spinner="Rendering the small multiples…")
def _preview(key: str, _shown: pd.DataFrame, _chosen, _options: dict) -> bytes:
    return render_multiples(_shown, _chosen, dpi=110, **_options)


def _gif(shown: pd.DataFrame, frames, options: dict) -> bytes:
    kept = {k: v for k, v in options.items() if k in ("bbox", "title", "lang", "basemap", "filters")}
    return render_animation(shown, frames, exported_at=dt.datetime.now(dt.timezone.utc), **kept)
