"""Running a generator in a process of its own, its items sent back one at a time: reading, mapping and
checking a large file is mostly Python holding the GIL, which in a thread of the importing process would take
turns with the database's thread instead of running beside it on the other core."""
from __future__ import annotations

import multiprocessing
import pickle
from collections.abc import Callable, Iterator
from typing import Any

_ITEM, _PROGRESS, _END, _ERROR = range(4)


def apart(produce: Callable[..., Iterator[Any]], *args, progress: Callable[[int, int], None] | None = None
          ) -> Iterator[Any]:
    """Yield the items of `produce(*args, progress=...)` computed in a new process (`produce` a module-level
    generator function, its arguments and items picklable). The process runs at most an item ahead (the pipe
    holds it back); its progress reports are handed to `progress` here; an exception it raises is raised here;
    stopping early, or an exception here, ends it."""
    context = multiprocessing.get_context("spawn")  # no fork of a process that holds threads and connections
    receive, send = context.Pipe(duplex=False)
    process = context.Process(target=_run, args=(send, produce, args, progress is not None), name="reader",
                              daemon=True)
    process.start()
    send.close()  # the child's end: EOF here if the child dies
    try:
        while True:
            try:
                kind, payload = receive.recv()
            except EOFError:
                raise RuntimeError(f"the reading process ended without a word (exit code {process.exitcode})"
                                   ) from None
            if kind == _ITEM:
                yield payload
            elif kind == _PROGRESS:
                progress(*payload)
            elif kind == _ERROR:
                raise payload
            else:
                return
    finally:
        receive.close()  # a child still sending gets a broken pipe and stops
        process.join(timeout=5)
        if process.is_alive():
            process.kill()
            process.join()
        process.close()


def _run(send, produce: Callable[..., Iterator[Any]], args: tuple, reports: bool) -> None:
    """The child: each item sent as it is made, then the end, or the exception that stopped it."""
    def progress(done: int, total: int) -> None:
        send.send((_PROGRESS, (done, total)))

    try:
        for item in produce(*args, progress=progress if reports else None):
            send.send((_ITEM, item))
        send.send((_END, None))
    except (BrokenPipeError, ConnectionResetError):  # the importer stopped reading: nothing to tell it
        return
    except BaseException as error:  # noqa: BLE001 - raised again in the importer
        try:
            pickle.dumps(error)
        except Exception:  # noqa: BLE001 - an exception that does not pickle goes as its type and text
            error = RuntimeError(f"{type(error).__name__}: {error}")
        try:
            send.send((_ERROR, error))
        except (BrokenPipeError, ConnectionResetError):
            pass
    finally:
        send.close()
