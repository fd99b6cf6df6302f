"""The dashboard's entry point: tab title and icon, and the page list (Map, Ingest, Briefing, Gazetteer)."""
from __future__ import annotations

from pathlib import Path

import streamlit as st

PAGES = Path(__file__).resolve().parent / "pages"

st.set_page_config(page_title="Syria incident map", page_icon="🗺️", layout="wide")
navigation = st.navigation(
    [
        st.Page(PAGES / "0_Map.py", title="Map", icon="🗺️", default=True),
        st.Page(PAGES / "1_Ingest.py", title="Ingest", icon="📥"),
        st.Page(PAGES / "2_Briefing.py", title="Briefing", icon="🗞️"),
        st.Page(PAGES / "3_Gazetteer.py", title="Gazetteer", icon="📍"),
    ]
)
navigation.run()
