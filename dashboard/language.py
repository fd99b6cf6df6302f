"""The session's language for every page's words, and Arabic laid out right to left.

Why here: the Language switch is on the map page's sidebar, but the menu, the other pages and the map page's own
sidebar (drawn before the switch) all need the choice. The switch's own value comes first (the menu follows a click
in the same run), then the view the map page kept (the switch's widget is gone once another page runs), then the
link's `lang` (a page opened by its address)."""
from __future__ import annotations

import streamlit as st

from dashboard.export.words import WORDS

# Streamlit lays every block out left to right: an Arabic caption read right to left but sat at the left edge.
# Text blocks, labels, headings, notices and the menu of an Arabic page are right to left and right-aligned; the
# map, charts and grids keep their own layout.
RTL_STYLE = """<style>
[data-testid="stMarkdownContainer"], [data-testid="stCaptionContainer"], [data-testid="stText"],
[data-testid="stWidgetLabel"], [data-testid="stHeading"], [data-testid="stAlertContainer"],
[data-testid="stSidebarNav"], [data-testid="stExpander"] summary, .stRadio, .stCheckbox, [data-testid="stTab"]
{ direction: rtl; text-align: right; }
</style>"""


def current() -> str:
    """'en' or 'ar': the session's language (see the module's docstring for where it comes from)."""
    state = st.session_state
    view = state.get("view")
    lang = state.get("v_lang") or (view.lang if view is not None else None) or st.query_params.get("lang")
    return lang if lang in WORDS else "en"


def lay_out(lang: str) -> None:
    """On an Arabic page, text blocks right to left and right-aligned (nothing for English)."""
    if lang == "ar":
        st.markdown(RTL_STYLE, unsafe_allow_html=True)


def uploader(lang: str, key: str, types: list[str]) -> None:
    """In Arabic, the file uploader under `key` says 'رفع' and its file types and size limit in Arabic: Streamlit
    writes its button ('Upload') and its limits ('200MB per file • TXT, MD') in English and takes no words for them,
    so they are hidden and the Arabic put in their place by CSS."""
    if lang != "ar":
        return
    limit = f"حتى {st.get_option('server.maxUploadSize')} ميغابايت للملف • {'، '.join(t.upper() for t in types)}"
    zone = f'.st-key-{key} [data-testid="stFileUploaderDropzone"]'
    st.markdown(f"""<style>
{zone} button [data-testid="stMarkdownContainer"] p, {zone} [data-testid="stFileUploaderDropzoneInstructions"] span
{{ display: none; }}
{zone} button [data-testid="stMarkdownContainer"]::after {{ content: "رفع"; }}
{zone} [data-testid="stFileUploaderDropzoneInstructions"] div::after {{ content: "{limit}"; }}
</style>""", unsafe_allow_html=True)
