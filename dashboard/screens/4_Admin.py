"""Admin: the dashboard's users (add, change role, reset password, remove) and the places added to the gazetteer."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import grids, language, notices, signin
from dashboard.accounts import ROLES, AccountError, confirmed
from dashboard.export.words import rtl, word
from dashboard.settings import load
from gazetteer.learned import learned_path

st.set_page_config(page_title="Admin", page_icon="🔑", layout="wide")
settings = load()
user = signin.user_or_stop(settings)
signin.require(user, "users", "manage users")
book = signin.accounts(settings.incidents_db)


def attempt(title: str, change) -> None:
    """Run one change of the users table; its outcome stays on the page as a notice (names shown as text)."""
    try:
        done = change()
    except AccountError as exc:
        notices.post("admin", "error", f"Not done: {title}.", str(exc))
    else:
        notices.post("admin", "success", f"Done: {title}.", done)
    st.rerun()  # the list above shows the change


def not_yourself(name: str) -> None:
    """An admin does not demote or remove their own account here (the last admin would lock everyone out)."""
    if name == user.name:
        raise AccountError("not your own account: another admin, or the CLI on the server, can change it")


lang = language.current()
say = lambda key, **values: word(lang, key, **values)  # noqa: E731
st.title(say("nav_admin"))
users_tab, places_tab = st.tabs([say("a_users"), say("a_places")])
with users_tab:
    people = book.list()
    names = [p.name for p in people]
    if people:
        roles = [say(f"role_{p.role}") for p in people]
        grids.table(pd.DataFrame({say("a_user_col"): names, say("a_role_col"): roles}), hide_index=True)
    else:  # not Streamlit's "empty" grid and "No options to select", which stay English
        st.info(rtl(lang, say("a_no_user")))
    if not settings.sign_in:
        st.caption(rtl(lang, say("a_sign_in_off")))
    add, change, reset, remove = st.columns(4)
    with add.form("admin_add", clear_on_submit=True):
        st.markdown(f"**{say('a_add')}**")
        name = st.text_input(say("a_user_name"), key="admin_add_name")
        role = st.selectbox(say("a_role"), ROLES, key="admin_add_role", format_func=lambda r: say(f"role_{r}"))
        first = st.text_input(say("a_password"), type="password", key="admin_add_password")
        again = st.text_input(say("a_again"), type="password", key="admin_add_again")
        if st.form_submit_button(say("a_add_button")):
            def added() -> str:
                new = book.add(name.strip(), role, confirmed(first, again))
                return f"{new.name} ({new.role})"
            attempt("add a user", added)
    with change.form("admin_role"):
        st.markdown(f"**{say('a_change')}**")
        name = st.selectbox(say("a_user"), names, key="admin_role_name", placeholder=say("a_none"))
        role = st.selectbox(say("a_new_role"), ROLES, key="admin_role_role", format_func=lambda r: say(f"role_{r}"))
        if st.form_submit_button(say("a_change_button"), disabled=not names):
            def changed() -> str:
                not_yourself(name)
                book.set_role(name, role)
                return f"{name} is now {role}; their sessions are signed out"
            attempt("change a role", changed)
    with reset.form("admin_password", clear_on_submit=True):
        st.markdown(f"**{say('a_reset')}**")
        name = st.selectbox(say("a_user"), names, key="admin_password_name", placeholder=say("a_none"))
        first = st.text_input(say("a_new_password"), type="password", key="admin_password_first")
        again = st.text_input(say("a_new_again"), type="password", key="admin_password_again")
        if st.form_submit_button(say("a_reset_button"), disabled=not names):
            def reset_done() -> str:
                book.set_password(name, confirmed(first, again))
                return f"password of {name} changed; their sessions are signed out"
            attempt("reset a password", reset_done)
    with remove.form("admin_remove"):
        st.markdown(f"**{say('a_remove')}**")
        name = st.selectbox(say("a_user"), names, key="admin_remove_name", placeholder=say("a_none"))
        sure = st.checkbox(say("a_sure"), key="admin_remove_sure")
        if st.form_submit_button(say("a_remove_button"), disabled=not names):
            def removed() -> str:
                not_yourself(name)
                if not sure:
                    raise AccountError("tick 'Yes, remove this user' first")
                book.remove(name)
                return f"removed {name}"
            attempt("remove a user", removed)
    notices.show("admin", lang)
    st.caption(rtl(lang, say("a_cli")))

with places_tab:
    path = learned_path()
    places = pd.read_csv(path, dtype=str, keep_default_na=False) if path.exists() else pd.DataFrame()
    st.caption(rtl(lang, say("a_learned", file=path.name)))
    if places.empty:
        st.info(rtl(lang, say("a_no_place")))
    else:
        every = say("a_every")
        source = st.selectbox(say("a_source"), [every, *sorted(places["source"].unique())], key="admin_places_source")
        shown = places if source == every else places[places["source"] == source]
        grids.table(shown, hide_index=True, height=380)
        st.caption(rtl(lang, say("a_of", shown=len(shown), total=len(places))))
