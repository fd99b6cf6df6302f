"""The dashboard's entry point: tab title and icon, who the user is, and the pages their role may use."""
from __future__ import annotations

from pathlib import Path

import streamlit as st

from dashboard import signin
from dashboard.settings import load

PAGES = Path(__file__).resolve().parent / "pages"

st.set_page_config(page_title="Syria incident map", page_icon="🗺️", layout="wide")
settings = load()
user = signin.current_user(settings)
if user is None:  # every address leads to the sign-in form (or the refusal) and nothing else
    st.navigation([st.Page(lambda: signin.entry_page(settings), title="Sign in", url_path="signin")],
                  position="hidden").run()
    st.stop()
signin.sign_out(settings, user)
navigation = st.navigation(
    [
        st.Page(PAGES / "0_Map.py", title="Map", icon="🗺️", default=True),
        *([st.Page(PAGES / "1_Ingest.py", title="Ingest", icon="📥")] if user.can("ingest") else []),
        st.Page(PAGES / "2_Briefing.py", title="Briefing", icon="🗞️"),
        st.Page(PAGES / "3_Gazetteer.py", title="Gazetteer", icon="📍"),
    ]
)
navigation.run()
