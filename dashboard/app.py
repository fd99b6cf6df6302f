"""The dashboard's entry point: tab title and icon, who the user is, and the pages their role may use."""
from __future__ import annotations

from functools import partial
from pathlib import Path

import streamlit as st

from dashboard import language, signin
from dashboard.export.words import word
from dashboard.settings import load

# Not a folder named "pages": Streamlit would run a script of it on its own (no sign-in from this file) for a
# link to that page, until some run of the server has called st.navigation.
PAGES = Path(__file__).resolve().parent / "screens"

st.set_page_config(page_title="Syria incident map", page_icon="🗺️", layout="wide")
# file, title (its address; the menu shows it in the session's language), icon (Material Symbols, a font Streamlit serves itself: emoji need a colour-emoji font the
# machine may lack), the action (dashboard.accounts.NEEDS) a role needs to see the page
PAGE_LIST = [
    ("0_Map.py", "Map", ":material/map:", "view"),
    ("1_Ingest.py", "Ingest", ":material/input:", "ingest"),
    ("2_Briefing.py", "Briefing", ":material/description:", "export"),
    ("3_Gazetteer.py", "Gazetteer", ":material/location_on:", "view"),
    ("4_Admin.py", "Admin", ":material/manage_accounts:", "users"),
]
settings = load()
user = signin.current_user(settings)
if user is None:  # every page's address leads to the sign-in form (or the refusal), and back to it once signed in
    pages = [st.Page(partial(signin.entry_page, settings), title="Sign in", url_path=title, default=not number)
             for number, (_, title, _, _) in enumerate(PAGE_LIST)]
    st.navigation(pages, position="hidden").run()
    st.stop()
lang = language.current()
language.lay_out(lang)
signin.sign_out(settings, user, lang)
# A page the role may not use is still an address: asked for by it, it says so, instead of Streamlit's
# "Page not found" over the map; it is left out of the menu.
navigation = st.navigation(
    [st.Page(PAGES / name, title=word(lang, f"nav_{title.lower()}"), icon=icon, default=not number,
             **({"url_path": title} if number else {})) if user.can(action)
     else st.Page(partial(signin.refused_page, user, title, action), title=word(lang, f"nav_{title.lower()}"),
                  url_path=title, visibility="hidden")
     for number, (name, title, icon, action) in enumerate(PAGE_LIST)]
)
navigation.run()
