"""Admin: the dashboard's users (add, change role, reset password, remove) and the places added to the gazetteer."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import grids, notices, signin
from dashboard.accounts import ROLES, AccountError
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


st.title("Admin")
users_tab, places_tab = st.tabs(["Users", "Places added"])
with users_tab:
    people = book.list()
    names = [p.name for p in people]
    grids.table(pd.DataFrame({"user": names, "role": [p.role for p in people]}), hide_index=True)
    if not settings.sign_in:
        st.caption("Sign-in is off (DASHBOARD_SIGN_IN): these users are used once it is switched on.")
    add, change, reset, remove = st.columns(4)
    with add.form("admin_add", clear_on_submit=True):
        st.markdown("**Add a user**")
        name = st.text_input("User name", key="admin_add_name")
        role = st.selectbox("Role", ROLES, key="admin_add_role")
        first = st.text_input("Password (at least 10 characters)", type="password", key="admin_add_password")
        again = st.text_input("Password again", type="password", key="admin_add_again")
        if st.form_submit_button("Add user"):
            def added() -> str:
                if first != again:
                    raise AccountError("the two passwords differ")
                new = book.add(name.strip(), role, first)
                return f"{new.name} ({new.role})"
            attempt("add a user", added)
    with change.form("admin_role"):
        st.markdown("**Change a role**")
        name = st.selectbox("User", names, key="admin_role_name")
        role = st.selectbox("New role", ROLES, key="admin_role_role")
        if st.form_submit_button("Change role", disabled=not names):
            def changed() -> str:
                not_yourself(name)
                book.set_role(name, role)
                return f"{name} is now {role}; their sessions are signed out"
            attempt("change a role", changed)
    with reset.form("admin_password", clear_on_submit=True):
        st.markdown("**Reset a password**")
        name = st.selectbox("User", names, key="admin_password_name")
        first = st.text_input("New password", type="password", key="admin_password_first")
        again = st.text_input("New password again", type="password", key="admin_password_again")
        if st.form_submit_button("Reset password", disabled=not names):
            def reset_done() -> str:
                if first != again:
                    raise AccountError("the two passwords differ")
                book.set_password(name, first)
                return f"password of {name} changed; their sessions are signed out"
            attempt("reset a password", reset_done)
    with remove.form("admin_remove"):
        st.markdown("**Remove a user**")
        name = st.selectbox("User", names, key="admin_remove_name")
        sure = st.checkbox("Yes, remove this user", key="admin_remove_sure")
        if st.form_submit_button("Remove user", disabled=not names):
            def removed() -> str:
                not_yourself(name)
                if not sure:
                    raise AccountError("tick 'Yes, remove this user' first")
                book.remove(name)
                return f"removed {name}"
            attempt("remove a user", removed)
    notices.show("admin")
    st.caption("On the server, `python -m dashboard.users --help` does the same from the command line.")

with places_tab:
    path = learned_path()
    places = pd.read_csv(path, dtype=str, keep_default_na=False) if path.exists() else pd.DataFrame()
    st.caption(f"The learned places ({path.name}): places admins add on the Gazetteer page, and places imports "
               "taught. Extraction and look-ups find them.")
    if places.empty:
        st.info("No place added or learned yet.")
    else:
        source = st.selectbox("Source", ["every source", *sorted(places["source"].unique())], key="admin_places_source")
        shown = places if source == "every source" else places[places["source"] == source]
        grids.table(shown, hide_index=True, height=380)
        st.caption(f"{len(shown):,} of {len(places):,} places.")
