"""Who is using the page: a signed-in user when sign-in is on; when it is off, only this machine, as its admin."""
from __future__ import annotations

import getpass
import ipaddress
import json
import math
import time

import streamlit as st

from dashboard.accounts import NEEDS, Accounts, User
from dashboard.export.words import word
from dashboard.sessions import SessionTokens
from dashboard.settings import Settings
from dashboard.throttle import Throttle

# Headers a reverse proxy adds: a request carrying one came from elsewhere, whatever the proxy's own address.
PROXY_HEADERS = ("X-Forwarded-For", "X-Real-Ip", "Forwarded")
STATE_KEY = "signed_in_as"  # the user's name
STAMP_KEY = "signed_in_stamp"  # the stamp of their password and role when they signed in (see Accounts.stamp)
TOKEN_KEY = "session_token"  # this session's token (made at sign-in or read from the cookie), revoked at sign-out
COOKIE_RUNS_KEY = "cookie_script_runs"  # how many cookie scripts this session has drawn: each one is a new element
SIGNED_OUT_KEY = "signed_out"  # this session signed out: its connection's cookie no longer counts
COOKIE = "incident_map_session"
# Failed sign-ins before a pause: per user name, and per client address (many names tried from one place).
NAME_FAILURES, CLIENT_FAILURES, FAILURE_WINDOW_S = 5, 20, 15 * 60


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


def client_address() -> str:
    """Where the browser is: the address our proxy saw (the last X-Forwarded-For entry, the one it added; earlier
    ones are the client's to write), else X-Real-Ip, else the connection's own address."""
    headers = st.context.headers
    forwarded = [part.strip() for part in (headers.get("X-Forwarded-For") or "").split(",") if part.strip()]
    ip = forwarded[-1] if forwarded else headers.get("X-Real-Ip") or st.context.ip_address
    return ip if isinstance(ip, str) and ip else "this machine"


@st.cache_resource
def accounts(url: str) -> Accounts:
    return Accounts(url)


@st.cache_resource
def tokens(url: str, hours: float) -> SessionTokens:
    return SessionTokens(accounts(url), hours * 3600)


@st.cache_resource
def throttles() -> tuple[Throttle, Throttle]:
    """The failed sign-ins of this server, per user name and per client address."""
    return Throttle(NAME_FAILURES, FAILURE_WINDOW_S), Throttle(CLIENT_FAILURES, FAILURE_WINDOW_S)


def current_user(settings: Settings) -> User | None:
    """The user of this session: the signed-in user (sign-in on) or the local user (sign-in off, this machine);
    None when nobody may use the app yet (see `entry_page`). A new session (a reload) is signed in by its cookie's
    token; a removed user, a new password or a new role signs the user out at their next click."""
    if not settings.sign_in:
        return local_user() if is_local() else None
    state = st.session_state
    if STATE_KEY not in state and not state.get(SIGNED_OUT_KEY):
        token = st.context.cookies.get(COOKIE)
        signed = tokens(settings.incidents_db, settings.session_hours).read(token) if token else None
        if signed:
            state[STATE_KEY], state[STAMP_KEY], state[TOKEN_KEY] = signed[0].name, signed[1], token
    name = state.get(STATE_KEY)
    user = accounts(settings.incidents_db).signed_in(name, state.get(STAMP_KEY, "")) if name else None
    if name and user is None:
        _forget(state)
    return user


def _forget(state) -> None:
    """This session signs out: its user, and its cookie (cleared by the entry page), no longer count."""
    for key in (STATE_KEY, STAMP_KEY, TOKEN_KEY):
        state.pop(key, None)
    state[SIGNED_OUT_KEY] = True


def _set_cookie(token: str, seconds: float) -> None:
    """Put `token` in the session cookie of this site for `seconds` (0 clears it), from the page itself. Drawn at
    every run that needs it, each time as a new element (the browser runs a script once, when it mounts it): a run
    cut short by another rerun may never have delivered the previous one."""
    state = st.session_state
    state[COOKIE_RUNS_KEY] = state.get(COOKIE_RUNS_KEY, 0) + 1
    value = json.dumps(f"{COOKIE}={token}; Max-Age={int(seconds)}; Path=/; SameSite=Strict")
    st.html(f"<script data-run=\"{state[COOKIE_RUNS_KEY]}\">document.cookie = {value} + "
            "(location.protocol === 'https:' ? '; Secure' : '');</script>", unsafe_allow_javascript=True)


def entry_page(settings: Settings) -> None:
    """What a session without a user sees: the sign-in form, or (sign-in off) why another machine is refused."""
    if not settings.sign_in:
        st.error("This dashboard only answers its own machine. To serve other machines, its operator switches "
                 "sign-in on (DASHBOARD_SIGN_IN=1) and creates users with `python -m dashboard.users`.")
        return
    book = accounts(settings.incidents_db)
    st.title("Sign in")
    if COOKIE in st.context.cookies or st.session_state.get(SIGNED_OUT_KEY):  # signed out, expired or revoked:
        _set_cookie("", 0)  # the browser forgets it (a cookie set since this session began is not in st.context)
    with st.form("sign_in"):
        name = st.text_input("User name", key="sign_in_name")
        password = st.text_input("Password", type="password", key="sign_in_password")
        if st.form_submit_button("Sign in", type="primary"):
            _sign_in(settings, book, name.strip(), password)
    if not book.list():
        st.info("No user yet. The operator creates the first one on the server: "
                "`python -m dashboard.users add NAME --role admin`.")


def _sign_in(settings: Settings, book: Accounts, name: str, password: str) -> None:
    """Check the password unless this name or this client failed too often lately; remember a success."""
    by_name, by_client = throttles()
    client = client_address()
    paused = [(wait, what) for wait, what in ((by_name.wait(name), "this user name"),
                                              (by_client.wait(client), "this address")) if wait]
    if paused:
        wait, what = max(paused)
        st.error(f"Too many failed sign-ins for {what}: signing in is paused for it. Try again in "
                 f"{math.ceil(wait / 60)} minute(s), or ask an admin to reset the password.")
        return
    user = book.verify(name, password)
    if user is None:
        by_name.failed(name)
        by_client.failed(client)
        time.sleep(1)  # slows guessing down (this session's thread only)
        st.error("Wrong user name or password.")
        return
    by_name.succeeded(name)
    token, stamp = tokens(settings.incidents_db, settings.session_hours).issue(user)
    state = st.session_state
    state.pop(SIGNED_OUT_KEY, None)
    state[STATE_KEY], state[STAMP_KEY], state[TOKEN_KEY] = user.name, stamp, token
    st.rerun()


def user_or_stop(settings: Settings) -> User:
    """The session's user, or the entry page and a stop (for a page script run on its own, as tests do)."""
    user = current_user(settings)
    if user is None:
        entry_page(settings)
        st.stop()
    return user


def sign_out(settings: Settings, user: User, lang: str = "en") -> None:
    """Who is signed in, and a way out, in the sidebar, in `lang`."""
    st.sidebar.caption(word(lang, "signed_in", name=user.name, role=user.role) if settings.sign_in
                       else word(lang, "local_use", name=user.name))
    if not settings.sign_in:
        return
    token = st.session_state.get(TOKEN_KEY)
    if token:  # a reload keeps the user signed in (until the token's own expiry, checked by the server)
        with st.sidebar:
            _set_cookie(token, settings.session_hours * 3600)
    st.sidebar.button(word(lang, "sign_out"), on_click=_sign_out, args=(settings,))


def _sign_out(settings: Settings) -> None:
    """The Sign out button's callback: it runs before the next run starts, so a run cut short by another rerun (the
    map reporting its view) cannot lose the click, as a check of the button's value in the script could."""
    if st.session_state.get(TOKEN_KEY):
        tokens(settings.incidents_db, settings.session_hours).revoke(st.session_state[TOKEN_KEY])
    _forget(st.session_state)


def refused_page(user: User, title: str, action: str) -> None:
    """What a page the user's role may not use shows when asked for by its address: whose it is (the menu, which
    leaves it out, leads on)."""
    st.title(title)
    st.warning(f"The {title} page is for the {NEEDS[action]} role or above; yours is {user.role}. "
               "Ask an administrator if you need it.")


def require(user: User, action: str, doing: str, lang: str = "en") -> None:
    """Stop the page with a message (in `lang`) when the user's role may not do `action`."""
    if not user.can(action):
        st.warning(word(lang, "i_cannot", role=user.role, doing=doing))
        st.stop()
