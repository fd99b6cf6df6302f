"""Dashboard users: Argon2-hashed passwords in the store, roles that include the ones below, the `users` CLI."""
from __future__ import annotations

import io
import subprocess
import sys

import pytest
import sqlalchemy as sa
from argon2 import PasswordHasher

from dashboard.accounts import ROLES, AccountError, Accounts, User
from dashboard.sessions import SessionTokens
from dashboard.throttle import Throttle
from dashboard.users import main
from incident_stores import store_url  # noqa: F401
from incidents.store import Store

FAST = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)  # the tests' hashes need not resist anyone


@pytest.fixture
def url(store_url) -> str:
    """A new store on SQLite and (marked postgis) on PostGIS, the team store."""
    return store_url


def test_users_live_in_the_store_with_hashed_passwords_only(url):
    book = Accounts(url, FAST)
    book.add("maya", "editor", "correct horse battery")
    assert book.verify("maya", "correct horse battery") == User("maya", "editor")
    assert book.verify("maya", "correct horse batterY") is None
    assert book.verify("nobody", "correct horse battery") is None
    with sa.create_engine(url).connect() as conn:
        stored = conn.execute(sa.text("SELECT password_hash FROM users")).scalar_one()
    assert "correct horse" not in stored and stored.startswith("$argon2")
    assert Store(url).count() == 0  # the incident store opens the same file with its own tables intact


def test_roles_include_the_rights_of_the_roles_before_them():
    rights = {role: {a for a in ("view", "export", "ingest", "publish", "places", "users") if User("u", role).can(a)}
              for role in ROLES}
    assert rights["viewer"] == {"view", "export"}
    assert rights["analyst"] == {"view", "export", "ingest"}
    assert rights["editor"] == {"view", "export", "ingest", "publish"}
    assert rights["admin"] == {"view", "export", "ingest", "publish", "places", "users"}


def test_bad_names_roles_passwords_and_duplicates_are_refused(url):
    book = Accounts(url, FAST)
    book.add("ali", "viewer", "0123456789")
    for name, role, password, reason in [
        ("ali", "viewer", "0123456789", "already exists"),
        ("a b", "viewer", "0123456789", "user name"),
        ("<img>", "viewer", "0123456789", "user name"),
        ("sam", "root", "0123456789", "role 'root'"),
        ("sam", "viewer", "short", "at least 10"),
    ]:
        with pytest.raises(AccountError, match=reason):
            book.add(name, role, password)
    with pytest.raises(AccountError, match="no user"):
        book.remove("sam")
    assert book.list() == [User("ali", "viewer")]


def test_password_and_role_changes_take_effect(url):
    book = Accounts(url, FAST)
    book.add("rana", "viewer", "first password")
    book.set_password("rana", "second password")
    book.set_role("rana", "admin")
    assert book.verify("rana", "first password") is None
    assert book.verify("rana", "second password") == User("rana", "admin")
    book.remove("rana")
    assert book.verify("rana", "second password") is None and book.get("rana") is None


def test_cli_adds_lists_changes_and_removes(url, capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO("a long password\n"))
    assert main(["--db", url, "add", "omar", "--role", "analyst", "--password-stdin"]) == 0
    assert main(["--db", url, "role", "omar", "editor"]) == 0
    assert main(["--db", url, "list"]) == 0
    assert "omar\teditor" in capsys.readouterr().out
    monkeypatch.setattr(sys, "stdin", io.StringIO("short\n"))
    assert main(["--db", url, "passwd", "omar", "--password-stdin"]) == 1
    assert capsys.readouterr().err.strip() == "error: the password needs at least 10 characters"
    assert main(["--db", url, "remove", "omar"]) == 0
    assert main(["--db", url, "remove", "omar"]) == 1
    assert Accounts(url).list() == []


def test_cli_help_and_errors_are_one_line(url):
    out = subprocess.run([sys.executable, "-m", "dashboard.users", "--help"], capture_output=True, text=True)
    assert out.returncode == 0 and "viewer" in out.stdout and "admin" in out.stdout
    out = subprocess.run([sys.executable, "-m", "dashboard.users", "--db", "nosuchdb://x", "list"],
                         capture_output=True, text=True)
    assert out.returncode == 1 and out.stderr.count("\n") == 1 and "Traceback" not in out.stderr


def test_the_users_table_uses_the_stores_engine_wal_and_busy_timeout(tmp_path):
    book = Accounts(f"sqlite:///{tmp_path / 'new' / 'incidents.sqlite'}", FAST)  # its folder is made too
    with book.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 30_000


def test_a_session_token_holds_until_it_expires_is_forged_or_its_user_changes(url):
    book = Accounts(url, FAST)
    for name in ("hana", "sami", "lina"):
        book.add(name, "analyst", "first password")
    tokens = SessionTokens(book, max_age=3600)
    issued = {name: tokens.issue(User(name, "analyst")) for name in ("hana", "sami", "lina")}
    token, stamp = issued["hana"]
    assert tokens.read(token) == (User("hana", "analyst"), stamp)
    assert SessionTokens(Accounts(url, FAST), max_age=3600).read(token) is not None  # the key is the store's
    assert tokens.read(token[:-2] + ("AA" if token[-2:] != "AA" else "BB")) is None  # tampered
    assert tokens.read("not a token") is None and tokens.read("") is None
    other_key = SessionTokens(book, max_age=3600)
    other_key.serializer = type(other_key.serializer)("another secret", salt="dashboard-session")
    assert other_key.read(token) is None
    assert SessionTokens(book, max_age=-1).read(token) is None  # expired
    tokens.revoke(issued["lina"][0])  # signed out: refused even if the browser kept the cookie
    assert tokens.read(issued["lina"][0]) is None and tokens.read(token) is not None
    book.set_password("hana", "second password")  # a new password signs the old token out
    assert tokens.read(token) is None
    book.set_role("sami", "viewer")  # so does a new role
    assert tokens.read(issued["sami"][0]) is None
    book.remove("lina")
    assert tokens.read(issued["lina"][0]) is None


def test_the_throttle_pauses_a_key_after_its_limit_until_the_failures_age_out():
    now = [1000.0]
    throttle = Throttle(limit=3, window=60, clock=lambda: now[0])
    for _ in range(2):
        throttle.failed("omar")
        now[0] += 1
    assert throttle.wait("omar") == 0
    throttle.failed("omar")
    assert throttle.wait("omar") == pytest.approx(58)  # the first failure ages out at 1060
    assert throttle.wait("rana") == 0  # other keys are not touched
    now[0] = 1060.5
    assert throttle.wait("omar") == 0
    throttle.failed("omar")
    throttle.succeeded("omar")
    assert throttle.wait("omar") == 0
