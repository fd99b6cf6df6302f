"""Dashboard users and their roles, kept in a `users` table of the incident store, passwords hashed with Argon2."""
from __future__ import annotations

import datetime as dt
import functools
import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass

import sqlalchemy as sa
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from incidents.store import open_engine, write_transaction

# Each role may do what the roles before it may, and more.
ROLES = ("viewer", "analyst", "editor", "admin")
# What each action needs: see and export, ingest drafts, review and publish, manage users and gazetteer places.
NEEDS = {"view": "viewer", "export": "viewer", "ingest": "analyst", "publish": "editor", "places": "admin",
         "users": "admin"}
NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._@-]{0,63}")
MIN_PASSWORD = 10

metadata = sa.MetaData()  # its own metadata: the store's schema and migrations stay the store's
users = sa.Table(
    "users",
    metadata,
    sa.Column("name", sa.String(64), primary_key=True),
    sa.Column("role", sa.String(16), nullable=False),
    sa.Column("password_hash", sa.Text, nullable=False),
    sa.Column("created_at", sa.DateTime, nullable=False),
    sa.Column("updated_at", sa.DateTime, nullable=False),
)
# Server-side secrets of the dashboard (the key that signs session tokens), made on first use.
dashboard_secrets = sa.Table(
    "dashboard_secrets",
    metadata,
    sa.Column("name", sa.String(32), primary_key=True),
    sa.Column("value", sa.Text, nullable=False),
)


@dataclass(frozen=True)
class User:
    """Who is using the dashboard and what their role lets them do."""

    name: str
    role: str

    def can(self, action: str) -> bool:
        """Whether this user's role reaches the role `action` needs (see NEEDS)."""
        return ROLES.index(self.role) >= ROLES.index(NEEDS[action])


class AccountError(ValueError):
    """A user that cannot be added or changed (bad name, role or password, unknown or existing user)."""


def confirmed(first: str, again: str) -> str:
    """A new password typed twice (the command line's prompts, the Admin page's fields): AccountError when the two
    differ."""
    if first != again:
        raise AccountError("the two passwords differ")
    return first


class Accounts:
    """The users table of the store at `url`: add, list, remove, change passwords, check a sign-in."""

    def __init__(self, url: str, hasher: PasswordHasher | None = None):
        self.engine = open_engine(url)  # the store's own: WAL and a busy timeout on SQLite
        self.hasher = hasher or PasswordHasher()
        with self._writing("create the users table") as conn:
            metadata.create_all(conn, checkfirst=True)

    def _writing(self, what: str):
        """A transaction holding the store's write lock: writers queue instead of failing on a locked file."""
        return write_transaction(self.engine, what=what)

    def add(self, name: str, role: str, password: str) -> User:
        """A new user; AccountError when the name is taken or the name, role or password is not acceptable."""
        _check_name(name)
        _check_role(role)
        _check_password(password)
        now = _now()
        with self._writing("add a user") as conn:
            if conn.execute(sa.select(users.c.name).where(users.c.name == name)).first():
                raise AccountError(f"user {name!r} already exists")
            conn.execute(users.insert().values(name=name, role=role, password_hash=self.hasher.hash(password),
                                               created_at=now, updated_at=now))
        return User(name, role)

    def get(self, name: str) -> User | None:
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(users.c.name, users.c.role).where(users.c.name == name)).first()
        return User(row.name, row.role) if row else None

    def list(self) -> list[User]:
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(users.c.name, users.c.role).order_by(users.c.name)).all()
        return [User(r.name, r.role) for r in rows]

    def remove(self, name: str) -> None:
        with self._writing("remove a user") as conn:
            if not conn.execute(users.delete().where(users.c.name == name)).rowcount:
                raise AccountError(f"no user {name!r}")

    def set_password(self, name: str, password: str) -> None:
        _check_password(password)
        self._update(name, password_hash=self.hasher.hash(password))

    def set_role(self, name: str, role: str) -> None:
        _check_role(role)
        self._update(name, role=role)

    def verify(self, name: str, password: str) -> User | None:
        """The user when `password` is theirs, else None (an unknown name costs a hash too, so timing tells nothing)."""
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(users).where(users.c.name == name)).first()
        stored = row.password_hash if row else _dummy_hash(self.hasher)
        try:
            self.hasher.verify(stored, password)
        except (VerificationError, InvalidHashError):
            return None
        if row is None:
            return None
        if self.hasher.check_needs_rehash(stored):
            self._update(name, password_hash=self.hasher.hash(password))
        return User(row.name, row.role)

    def stamp(self, name: str) -> str | None:
        """A fingerprint of the user's password hash and role (None for no such user): a session token carries
        it, so a new password or role signs every session of the user out."""
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(users.c.role, users.c.password_hash).where(users.c.name == name)).first()
        return _stamp(row.role, row.password_hash) if row else None

    def signed_in(self, name: str, stamp: str) -> User | None:
        """The user when `stamp` is still their current one (see `stamp`), else None."""
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(users.c.name, users.c.role, users.c.password_hash)
                               .where(users.c.name == name)).first()
        if row is None or not hmac.compare_digest(_stamp(row.role, row.password_hash), str(stamp)):
            return None
        return User(row.name, row.role)

    def secret(self, name: str = "session") -> str:
        """The server-side secret `name`, made (random, 256 bits) and kept in the store the first time."""
        with self.engine.connect() as conn:
            value = conn.execute(sa.select(dashboard_secrets.c.value).where(dashboard_secrets.c.name == name)).scalar()
        if value is None:
            with self._writing("make the session key") as conn:
                value = conn.execute(sa.select(dashboard_secrets.c.value)
                                     .where(dashboard_secrets.c.name == name)).scalar()
                if value is None:  # another server may have made it meanwhile: the write lock orders us
                    value = secrets.token_hex(32)
                    conn.execute(dashboard_secrets.insert().values(name=name, value=value))
        return value

    def _update(self, name: str, **values) -> None:
        with self._writing("change a user") as conn:
            if not conn.execute(users.update().where(users.c.name == name).values(**values, updated_at=_now())).rowcount:
                raise AccountError(f"no user {name!r}")


@functools.cache
def _dummy_hash(hasher: PasswordHasher) -> str:
    """A hash checked when the name is unknown, made once per hasher."""
    return hasher.hash("not the password of anyone")


def _stamp(role: str, password_hash: str) -> str:
    return hashlib.sha256(f"{role}\0{password_hash}".encode()).hexdigest()[:20]


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


def _check_name(name: str) -> None:
    if not NAME.fullmatch(name or ""):
        raise AccountError(f"user name {name!r}: use 1-64 letters, digits, '.', '_', '@' or '-', starting with a "
                           "letter or digit")


def _check_role(role: str) -> None:
    if role not in ROLES:
        raise AccountError(f"role {role!r}: choose one of {', '.join(ROLES)}")


def _check_password(password: str) -> None:
    if len(password or "") < MIN_PASSWORD:
        raise AccountError(f"the password needs at least {MIN_PASSWORD} characters")
