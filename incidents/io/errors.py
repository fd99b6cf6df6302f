"""The error of a file that cannot be imported at all (nothing from it is stored)."""
from __future__ import annotations

from incidents.messages import Message, message


class ImportFailed(ValueError):
    """The file as a whole is unreadable: wrong encoding, broken quoting, missing columns, not JSON, ...; `reason`
    an incidents.messages.Message (a user interface says it in its own language)."""

    def __init__(self, path, reason: Message, line: int | None = None):
        self.path, self.reason, self.line = path, reason, line
        super().__init__(self.naming(path))

    def naming(self, name) -> Message:
        """The failure with the file called `name` (the dashboard names the upload, not its temporary copy)."""
        if self.line:
            return message("file_failed_line", file=str(name), line=self.line, reason=self.reason)
        return message("file_failed", file=str(name), reason=self.reason)
