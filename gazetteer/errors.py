"""The error a bad source file or input line raises: it names the file (and line) and the reason."""
from __future__ import annotations


class SourceError(ValueError):
    """A source file or input line the gazetteer cannot use."""

    def __init__(self, where: str, reason: str, line: int | None = None):
        self.where, self.reason, self.line = where, reason, line
        super().__init__(f"{where}{f', line {line}' if line else ''}: {reason}")
