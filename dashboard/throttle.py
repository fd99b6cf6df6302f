"""Failed sign-ins counted per key (a user name, a client address): a key with too many recent failures is
refused until the oldest of them is older than the window, whatever password it tries."""
from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable


class Throttle:
    """At most `limit` failures per key within `window` seconds; held in memory, shared by a server's sessions."""

    def __init__(self, limit: int, window: float, clock: Callable[[], float] = time.monotonic):
        self.limit, self.window, self.clock = limit, window, clock
        self._failures: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def wait(self, key: str) -> float:
        """Seconds until `key` may try again (0: now)."""
        with self._lock:
            recent = self._recent(key)
            return max(0.0, recent[0] + self.window - self.clock()) if len(recent) >= self.limit else 0.0

    def failed(self, key: str) -> None:
        with self._lock:
            self._recent(key).append(self.clock())
            if len(self._failures) > 10_000:  # many keys (names guessed at random): drop the ones aged out
                for stale in [k for k, times in self._failures.items() if times[-1] <= self.clock() - self.window]:
                    del self._failures[stale]

    def succeeded(self, key: str) -> None:
        with self._lock:
            self._failures.pop(key, None)

    def _recent(self, key: str) -> deque[float]:
        times = self._failures.setdefault(key, deque())
        while times and times[0] <= self.clock() - self.window:
            times.popleft()
        return times
