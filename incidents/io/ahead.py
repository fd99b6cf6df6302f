"""Running an iterator one item ahead in a thread, so reading and checking the next chunk of a file overlaps
the database's work on this one (Arrow, pandas' string kernels and SQLite release the GIL while they work)."""
from __future__ import annotations

import queue
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TypeVar

T = TypeVar("T")
_END = object()
# Seconds a thread holding the GIL keeps it once another thread asks for it, while an import runs (Python's
# default: 0.005). SQLite's inserts give the GIL up for every row and must win it back from the Python thread
# that took it: FTS5 indexing 100k rows' texts (1.9-2.0 s of CPU) took 18-29 s wall beside one busy Python
# thread at 5 ms, 12.6 s at 0.5 ms and 6.6 s at 0.2 ms (4.2-6.6 s alone; load ~7).
QUICK_SWITCH = 0.0002


@contextmanager
def quick_turns() -> Iterator[None]:
    """Threads take turns with the GIL every QUICK_SWITCH seconds inside the block (as before after it)."""
    before = sys.getswitchinterval()
    sys.setswitchinterval(min(before, QUICK_SWITCH))
    try:
        yield
    finally:
        sys.setswitchinterval(before)


def ahead(items: Iterator[T], depth: int = 1) -> Iterator[T]:
    """Yield `items` in order while a thread computes up to `depth` of the next ones; an exception the thread
    meets is raised here, at the item where it happened. Stopping early stops the thread (after its item)."""
    done = queue.Queue(maxsize=depth)
    stop = threading.Event()

    def hand(item, error=None) -> bool:
        while not stop.is_set():
            try:
                done.put((item, error), timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def run() -> None:
        try:
            for item in items:
                if not hand(item):
                    return
            hand(_END)
        except BaseException as error:  # noqa: BLE001 - raised again in the consumer
            hand(_END, error)
        finally:
            getattr(items, "close", lambda: None)()

    thread = threading.Thread(target=run, name="ahead", daemon=True)
    thread.start()
    try:
        while True:
            item, error = done.get()
            if error is not None:
                raise error
            if item is _END:
                return
            yield item
    finally:
        stop.set()
        thread.join()
