"""The error of a file that cannot be imported at all (nothing from it is stored)."""
from __future__ import annotations


class ImportFailed(ValueError):
    """The file as a whole is unreadable: wrong encoding, broken quoting, missing columns, not JSON, ..."""

    def __init__(self, path, reason: str, line: int | None = None):
        self.path, self.reason, self.line = path, reason, line
        where = f"{path}, line {line}" if line else f"{path}"
        super().__init__(f"{where}: {reason}; nothing was imported")
