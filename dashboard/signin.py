"""Who is using the page: a signed-in user when sign-in is on; when it is off, only this machine, as its admin."""
from __future__ import annotations

import getpass
import ipaddress
import time

import streamlit as st

from dashboard.accounts import Accounts, User
from dashboard.settings import Settings

# Headers a reverse proxy adds: a request carrying one came from elsewhere, whatever the proxy's own address.
PROXY_HEADERS = ("X-Forwarded-For", "X-Real-Ip", "Forwarded")
STATE_KEY = "signed_in_as"


def local_user() -> User:
    """The person at this machine when sign-in is off: its system account, with every right."""
    return User(name=getpass.getuser(), role="admin")


def is_local() -> bool:
    """Whether this browser session connects from this machine itself (loopback, not through a proxy)."""
    headers = st.context.headers
    if any(headers.get(name) for name in PROXY_HEADERS):
        return False
    ip = st.context.ip_address  # None on loopback, and without a connection (the test harness: not a string)
    if not isinstance(ip, str):
        return True
    try:
        address = ipaddress.ip_address(ip.split("%")[0])
    except ValueError:
        return False
    return (getattr(address, "ipv4_mapped", None) or address).is_loopback


@st.cache_resource
def accounts(url: str) -> Accounts:
    return Accounts(url)


def current_user(settings: Settings) -> User | None:
    """The user of this session: the signed-in user (sign-in on) or the local user (sign-in off, this machine);
    None when nobody may use the app yet (see `entry_page`)."""
    if not settings.sign_in:
        return local_user() if is_local() else None
    name = st.session_state.get(STATE_KEY)
    return accounts(settings.incidents_db).get(name) if name else None  # a removed user or a new role counts at once


def entry_page(settings: Settings) -> None:
    """What a session without a user sees: the sign-in form, or (sign-in off) why another machine is refused."""
    if not settings.sign_in:
        st.error("This dashboard only answers its own machine. To serve other machines, its operator switches "
                 "sign-in on (DASHBOARD_SIGN_IN=1) and creates users with `python -m dashboard.users`.")
        return
    book = accounts(settings.incidents_db)
    st.title("Sign in")
    with st.form("sign_in"):
        name = st.text_input("User name", key="sign_in_name")
        password = st.text_input("Password", type="password", key="sign_in_password")
        if st.form_submit_button("Sign in", type="primary"):
            user = book.verify(name.strip(), password)
            if user is None:
                time.sleep(1)  # slows guessing down (this session's thread only)
                st.error("Wrong user name or password.")
            else:
                st.session_state[STATE_KEY] = user.name
                st.rerun()
    if not book.list():
        st.info("No user yet. The operator creates the first one on the server: "
                "`python -m dashboard.users add NAME --role admin`.")


def user_or_stop(settings: Settings) -> User:
    """The session's user, or the entry page and a stop (for a page script run on its own, as tests do)."""
    user = current_user(settings)
    if user is None:
        entry_page(settings)
        st.stop()
    return user


def sign_out(settings: Settings, user: User) -> None:
    """Who is signed in, and a way out, in the sidebar."""
    st.sidebar.caption(f"Signed in as {user.name} ({user.role})" if settings.sign_in
                       else f"Local use as {user.name} (admin): sign-in is off, only this machine is served")
    if settings.sign_in and st.sidebar.button("Sign out"):
        st.session_state.pop(STATE_KEY, None)
        st.rerun()


def require(user: User, action: str, doing: str) -> None:
    """Stop the page with a message when the user's role may not do `action`."""
    if not user.can(action):
        st.warning(f"Your role ({user.role}) cannot {doing}.")
        st.stop()
