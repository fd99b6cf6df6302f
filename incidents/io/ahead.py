"""Running an iterator one item ahead in a thread, so reading and checking the next chunk of a file overlaps
the database's work on this one (Arrow, pandas' string kernels and SQLite release the GIL while they work)."""
from __future__ import annotations

import queue
import threading
from collections.abc import Iterator
from typing import TypeVar

T = TypeVar("T")
_END = object()


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
