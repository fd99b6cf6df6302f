"""Long work (extracting reports, importing a file) in a child process with a time budget and a few jobs per user,
so the analyst keeps using the map, one user's job never holds another's page, and a runaway job is stopped."""
from __future__ import annotations

import os
import pickle
import queue
import subprocess
import sys
import threading
import time
import traceback
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

import streamlit as st

from incidents.messages import message

_LOCK = threading.Lock()

Progress = Callable[..., None]  # progress(done, total=None, message=None), called by a task in its child process


@dataclass
class Job:
    """One piece of background work and how far it has got; read by the page, written by its watcher thread."""

    title: str
    owner: str
    total: int = 0
    done: int = 0
    message: str = ""  # a task's progress line: an incidents.messages.Message where the page says it in its language
    result: object = None
    error: str | None = None  # an incidents.messages.Message: the page says it in its language
    finished: bool = False
    id: str = field(default_factory=lambda: uuid.uuid4().hex[:12])

    def progress(self, done: int, total: int | None = None, message: str | None = None) -> None:
        self.done = done
        self.total = self.total if total is None else total
        self.message = self.message if message is None else message

    @property
    def fraction(self) -> float:
        return 1.0 if self.finished else (min(self.done / self.total, 1.0) if self.total else 0.0)


class JobLimit(RuntimeError):
    """The user already has as many jobs running as allowed."""


class JobFailed(Exception):
    """A task's failure whose message (an incidents.messages.Message) is meant for the user as it is (no exception
    type in front); it crosses to the page with its codes, said there in the page's language."""


@st.cache_resource
def _registry() -> dict[str, Job]:
    return {}


def running(owner: str) -> list[Job]:
    """The jobs `owner` has that have not finished."""
    return [job for job in _registry().values() if job.owner == owner and not job.finished]


def start(title: str, owner: str, task: Callable, args: tuple, *, limit: int, seconds: float, total: int = 0) -> Job:
    """Run `task(progress, *args)` (a module-level function) in a child process; its return value becomes
    `job.result`, an exception or going past `seconds` `job.error`. JobLimit when `owner` has `limit` running."""
    with _LOCK:
        busy = len(running(owner))
        if busy >= limit:
            raise JobLimit(f"{busy} of your jobs are still running (at most {limit} at once): wait for one to finish")
        job = Job(title=title, owner=owner, total=total)
        _registry()[job.id] = job
    threading.Thread(target=_watch, args=(job, task, args, seconds), name=f"job-{job.id}", daemon=True).start()
    return job


def get(job_id: str | None) -> Job | None:
    return _registry().get(job_id) if job_id else None


def _watch(job: Job, task: Callable, args: tuple, seconds: float) -> None:
    """Start the child (a fresh interpreter: Streamlit's process is many-threaded and its `__main__` is the page),
    relay its progress to `job`, and kill it when the time is up."""
    child = subprocess.Popen([sys.executable, "-c", "from dashboard.jobs import _child; _child()"],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             env={**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)})
    messages: queue.Queue = queue.Queue()
    threading.Thread(target=_read, args=(child.stdout, messages), daemon=True).start()
    deadline = time.monotonic() + seconds
    try:
        pickle.dump((task, args), child.stdin)
        child.stdin.close()
        while True:
            try:
                kind, *payload = messages.get(timeout=max(deadline - time.monotonic(), 0))
            except queue.Empty:
                job.error = message("job_time_limit", seconds=f"{seconds:g}")
                break
            if kind == "progress":
                job.progress(*payload)
            elif kind == "done":
                job.result = payload[0]
                break
            elif kind == "error":
                job.error = payload[0]
                break
            else:  # the child closed its end without an answer
                child.wait(timeout=5)
                job.error = message("job_no_answer", exit=child.returncode)
                break
    except Exception as exc:  # the page shows the reason; the watcher must not die silently
        job.error = message("job_error", kind=type(exc).__name__, error=str(exc))
        traceback.print_exc()
    finally:
        child.kill()
        child.wait()
        job.finished = True


def _read(stream, messages: queue.Queue) -> None:
    """The child's messages, one pickle each, then ("end",)."""
    try:
        while True:
            messages.put(pickle.load(stream))
    except Exception:  # EOF, or a child killed mid-message
        messages.put(("end",))


def _child() -> None:
    """In the child process: read the task, run it, sending progress, then its result or its error as text."""
    channel = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)  # whatever the task prints goes to the log, not into the messages
    task, args = pickle.load(sys.stdin.buffer)

    def send(*message) -> None:
        pickle.dump(message, channel)
        channel.flush()

    def progress(done: int, total: int | None = None, message: str | None = None) -> None:
        send("progress", done, total, message)

    try:
        send("done", task(progress, *args))
    except JobFailed as exc:
        send("error", exc.args[0])
    except Exception as exc:
        traceback.print_exc()
        send("error", message("job_error", kind=type(exc).__name__, error=str(exc)))
