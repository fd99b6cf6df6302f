"""Long work (extracting many reports, importing a file) on a background thread, so the analyst keeps using the map."""
from __future__ import annotations

import threading
import traceback
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

import streamlit as st


@dataclass
class Job:
    """One piece of background work and how far it has got; read by the page, written by the thread."""

    title: str
    total: int = 0
    done: int = 0
    message: str = ""
    result: object = None
    error: str | None = None
    finished: bool = False
    id: str = field(default_factory=lambda: uuid.uuid4().hex[:12])

    def progress(self, done: int, total: int | None = None, message: str | None = None) -> None:
        self.done = done
        self.total = self.total if total is None else total
        self.message = self.message if message is None else message

    @property
    def fraction(self) -> float:
        return 1.0 if self.finished else (min(self.done / self.total, 1.0) if self.total else 0.0)


@st.cache_resource
def _registry() -> dict[str, Job]:
    return {}


def start(title: str, work: Callable[[Job], object], total: int = 0) -> Job:
    """Run `work(job)` on a daemon thread; its return value becomes `job.result`, an exception `job.error`."""
    job = Job(title=title, total=total)

    def run() -> None:
        try:
            job.result = work(job)
        except Exception as exc:  # the page shows the reason; the thread must not die silently
            job.error = f"{type(exc).__name__}: {exc}"
            traceback.print_exc()
        finally:
            job.finished = True

    _registry()[job.id] = job
    threading.Thread(target=run, name=f"job-{job.id}", daemon=True).start()
    return job


def get(job_id: str | None) -> Job | None:
    return _registry().get(job_id) if job_id else None
