"""Signed, expiring session tokens, so a reload keeps the user signed in: the token names the user and the
stamp of their password and role (a new password or role revokes it), signed with a key kept in the store."""
from __future__ import annotations

import threading

from itsdangerous import BadSignature, URLSafeTimedSerializer

from dashboard.accounts import Accounts, User

SALT = "dashboard-session"


class SessionTokens:
    """Issue a token for a signed-in user, and read one back as that user while it holds."""

    def __init__(self, accounts: Accounts, max_age: float):
        self.accounts = accounts
        self.max_age = max_age  # seconds a token stays good after it was issued
        self.serializer = URLSafeTimedSerializer(accounts.secret(), salt=SALT)
        self._revoked: set[str] = set()  # tokens signed out on this server (a browser may keep the cookie)
        self._lock = threading.Lock()

    def issue(self, user: User) -> tuple[str, str]:
        """A token for `user`, and the stamp it carries (the session keeps the stamp to check on every run)."""
        stamp = self.accounts.stamp(user.name) or ""
        return self.serializer.dumps([user.name, stamp]), stamp

    def read(self, token: str) -> tuple[User, str] | None:
        """The token's user and stamp; None when it is forged, expired, malformed, or its user was removed or
        has a new password or role since."""
        with self._lock:
            if token in self._revoked:
                return None
        try:
            name, stamp = self.serializer.loads(token, max_age=self.max_age)
        except (BadSignature, ValueError, TypeError):
            return None
        user = self.accounts.signed_in(str(name), str(stamp))
        return (user, str(stamp)) if user else None

    def revoke(self, token: str) -> None:
        """Sign-out: the token no longer holds here, even if the browser never ran the script that clears it."""
        with self._lock:
            self._revoked.add(token)
