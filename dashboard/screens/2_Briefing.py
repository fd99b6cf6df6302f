"""Briefing mode: the current selection and map view as a finished map, controls hidden, with export buttons."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

import streamlit as st

from dashboard import briefing_time, data, signin, timeplay
from dashboard.export import render_brief, render_map
from dashboard.export.layers import Basemap
from dashboard.export.mapfig import subtitle
from dashboard.export.paper import ORIENTATIONS
from dashboard.export.words import word
from dashboard.settings import load
from dashboard.urlstate import View, from_params
from incidents import unreviewed
from incidents.unreviewed import is_draft

PAPERS = {"A4": "a4", "Letter": "letter"}

# Briefing mode: no filter controls (the sidebar holds only the page list, folded away), the map as exported.
st.set_page_config(page_title="Briefing · Syria incident map", page_icon="🗞️", layout="wide",
                   initial_sidebar_state="collapsed")

settings = load()
signin.user_or_stop(settings)
state = st.session_state
view: View = state.get("view") or from_params({k: st.query_params.get_all(k) for k in st.query_params})[0]
filters = view.filters
bbox = state.get("map_bounds") or filters.bbox  # the extent follows the map page's current view
dataset = data.current(settings.incidents_db)
whole = dataset.select(filters).frame  # every date the filters select: the 'Through time' section's
window = view.time  # the map page's playback window: the single map shows it, and says so
shown = timeplay.narrow(dataset, view).frame if window else whole
if window:  # its dates in the subtitle (an incident known only roughly counts in every window it may belong to)
    filters = replace(filters, date_from=filters.date_from if window.mode == "upto" else window.start,
                      date_to=window.end)
basemap = Basemap.from_env()  # OCHA_DIR, TILES_URL, TILES_ATTRIBUTION, as the app reads them

with st.expander("Briefing options: title, banner, label language, paper"):
    lang = st.radio("Language (place labels, title, legend, credits)", ["en", "ar"],
                    index=["en", "ar"].index(view.lang), horizontal=True, format_func={"en": "English", "ar": "العربية"}.get)
    title = st.text_input("Title", value=word(lang, "title") + (f" · {window.title(lang)}" if window else ""))
    banner = st.text_input("Handling banner (top and bottom)", placeholder="e.g. OFFICIAL – FOR BRIEFING") or None
    paper = PAPERS[st.radio("Print paper", list(PAPERS), horizontal=True)]
    orientation = st.radio("Orientation", ORIENTATIONS, horizontal=True)

common = {"bbox": bbox, "title": title, "banner": banner, "lang": lang, "basemap": basemap}
now = dt.datetime.now(dt.timezone.utc).replace(second=0, microsecond=0)


@st.cache_data(max_entries=8, show_spinner="Rendering the map…")
def preview(version: object, key: str, exported_at: dt.datetime, _frame, _filters, _common) -> bytes:
    """The screen PNG, re-rendered only when the data, the selection, the options or the minute change."""
    return render_map(_frame, _filters, fmt="png", paper="screen", exported_at=exported_at, **_common)


screen_png = preview(dataset.version, repr((filters, common)), now, shown, filters, common)
st.image(screen_png, width="stretch", alt="The map as it will be exported")
when = f"{window.title()} (the map page's time window) · " if window else ""
# plain text (filters hold typed or linked words); the dates as the picture says them, not the filters alone
st.text(f"{len(shown):,} incidents · {when}{subtitle(shown, filters)}")
drafts = unreviewed.note(int(is_draft(shown["review_status"]).sum()))
if drafts:  # shown unless the review filter leaves them out: a briefer must know before sending anything
    st.warning(f"This selection {drafts}: they are on the map and in every export below, each of which says so. "
               "The map page's Review status filter leaves them out.", icon="⚠️")
if state.get("map_bounds"):
    st.caption("The map shows the map page's view; the one-page brief's figures count the incidents drawn in it "
               "(it says how many of the selection).")

stamp = now.strftime("%Y%m%d-%H%M")
buttons = st.columns(5)
buttons[0].download_button("PNG (screen)", screen_png, f"syria-incidents-{stamp}.png", "image/png")
buttons[1].download_button(
    f"PNG 300 dpi ({paper.upper() if paper == 'a4' else 'Letter'}, {orientation})",
    lambda: render_map(shown, filters, fmt="png", paper=paper, orientation=orientation, dpi=300, **common),
    f"syria-incidents-{stamp}-{paper}-{orientation}.png", "image/png")
buttons[2].download_button(
    "PDF (vector)", lambda: render_map(shown, filters, fmt="pdf", paper=paper, orientation=orientation, **common),
    f"syria-incidents-{stamp}.pdf", "application/pdf")
buttons[3].download_button(
    "SVG", lambda: render_map(shown, filters, fmt="svg", paper=paper, orientation=orientation, **common),
    f"syria-incidents-{stamp}.svg", "image/svg+xml")
buttons[4].download_button(
    "One-page brief (PDF)", lambda: render_brief(shown, filters, paper=paper, **common),
    f"syria-brief-{stamp}.pdf", "application/pdf", type="primary")

briefing_time.section(view, whole, view.filters, common, paper, orientation, stamp)
