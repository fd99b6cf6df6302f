"""Briefing mode: the current selection and map view as a finished map, controls hidden, with export buttons."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

import streamlit as st

from dashboard import briefing_time, data, language, signin, timeplay
from dashboard.export import render_brief, render_map
from dashboard.export.layers import Basemap
from dashboard.export.mapfig import subtitle
from dashboard.export.paper import ORIENTATIONS
from dashboard.export.words import rtl, word
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
ui = language.current()  # the page's words; the exports' language is chosen below (the same by default)
say = lambda key, **values: word(ui, key, **values)  # noqa: E731

with st.expander(say("b_options")):
    lang = st.radio(say("b_lang"), ["en", "ar"],
                    index=["en", "ar"].index(view.lang), horizontal=True, format_func={"en": "English", "ar": "العربية"}.get)
    title = st.text_input(say("b_title"), value=word(lang, "title") + (f" · {window.title(lang)}" if window else ""))
    banner = st.text_input(say("b_banner"), placeholder=say("b_banner_example")) or None
    paper = PAPERS[st.radio(say("b_paper"), list(PAPERS), horizontal=True, format_func=lambda p: say(f"paper_{p}"))]
    orientation = st.radio(say("b_orientation"), ORIENTATIONS, horizontal=True,
                           format_func=lambda o: say(f"orient_{o}"))

common = {"bbox": bbox, "title": title, "banner": banner, "lang": lang, "basemap": basemap}
now = dt.datetime.now(dt.timezone.utc).replace(second=0, microsecond=0)


@st.cache_data(max_entries=8, show_spinner=say("b_rendering"))
def preview(version: object, key: str, exported_at: dt.datetime, _frame, _filters, _common) -> bytes:
    """The screen PNG, re-rendered only when the data, the selection, the options or the minute change."""
    return render_map(_frame, _filters, fmt="png", paper="screen", exported_at=exported_at, **_common)


screen_png = preview(dataset.version, repr((filters, common)), now, shown, filters, common)
st.image(screen_png, width="stretch", alt=say("b_alt"))
when = say("b_window", window=window.title(ui)) if window else ""
# plain text (filters hold typed or linked words); the dates as the picture says them, not the filters alone
st.text(rtl(ui, say("b_count", n=len(shown)) + when + subtitle(shown, filters, ui)))
drafts = int(is_draft(shown["review_status"]).sum())
if drafts:  # shown unless the review filter leaves them out: a briefer must know before sending anything
    st.warning(rtl(ui, say("b_drafts", n=drafts, note=unreviewed.note(drafts))), icon="⚠️")
if state.get("map_bounds"):
    st.caption(rtl(ui, say("b_view")))

stamp = now.strftime("%Y%m%d-%H%M")
buttons = st.columns(5)
buttons[0].download_button(say("b_png_screen"), screen_png, f"syria-incidents-{stamp}.png", "image/png")
buttons[1].download_button(
    say("b_png_print", paper=say("paper_A4" if paper == "a4" else "paper_Letter"), orientation=say(f"orient_{orientation}")),
    lambda: render_map(shown, filters, fmt="png", paper=paper, orientation=orientation, dpi=300, **common),
    f"syria-incidents-{stamp}-{paper}-{orientation}.png", "image/png")
buttons[2].download_button(
    say("b_pdf"), lambda: render_map(shown, filters, fmt="pdf", paper=paper, orientation=orientation, **common),
    f"syria-incidents-{stamp}.pdf", "application/pdf")
buttons[3].download_button(
    say("b_svg"), lambda: render_map(shown, filters, fmt="svg", paper=paper, orientation=orientation, **common),
    f"syria-incidents-{stamp}.svg", "image/svg+xml")
buttons[4].download_button(
    say("b_brief"), lambda: render_brief(shown, filters, paper=paper, **common),
    f"syria-brief-{stamp}.pdf", "application/pdf", type="primary")

briefing_time.section(view, whole, view.filters, common, paper, orientation, stamp, ui)
