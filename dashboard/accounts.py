"""Dashboard users and their roles, kept in a `users` table of the incident store, passwords hashed with Argon2."""
from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

import sqlalchemy as sa
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

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


class Accounts:
    """The users table of the store at `url`: add, list, remove, change passwords, check a sign-in."""

    def __init__(self, url: str, hasher: PasswordHasher | None = None):
        self.engine = sa.create_engine(url, future=True)
        self.hasher = hasher or PasswordHasher()
        metadata.create_all(self.engine, checkfirst=True)

    def add(self, name: str, role: str, password: str) -> User:
        """A new user; AccountError when the name is taken or the name, role or password is not acceptable."""
        _check_name(name)
        _check_role(role)
        _check_password(password)
        now = _now()
        with self.engine.begin() as conn:
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
        with self.engine.begin() as conn:
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

    def _update(self, name: str, **values) -> None:
        with self.engine.begin() as conn:
            if not conn.execute(users.update().where(users.c.name == name).values(**values, updated_at=_now())).rowcount:
                raise AccountError(f"no user {name!r}")


@functools.cache
def _dummy_hash(hasher: PasswordHasher) -> str:
    """A hash checked when the name is unknown, made once per hasher."""
    return hasher.hash("not the password of anyone")


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
