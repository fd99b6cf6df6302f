"""Writers that never crash, on SQLite and PostGIS, with real parallel processes: parallel imports of one file
keep one copy, simultaneous edits give one winner and one clean conflict, a writer kept waiting is told in one
line and retries; and the change log names what each write touched."""
from __future__ import annotations

import logging
import multiprocessing
import subprocess
import sys
import threading
from pathlib import Path

import pytest
import sqlalchemy as sa

from incident_stores import _learned_places_in_tmp, full_incident, random_incidents, store_url  # noqa: F401
from incidents.io import export
from incidents.store import ConflictError, Store, StoreBusy

ROOT = Path(__file__).resolve().parents[1]


def _history_rows(store: Store, action: str) -> int:
    with store.engine.connect() as conn:
        return conn.execute(sa.text("SELECT count(*) FROM incident_history WHERE action = :a"), {"a": action}).scalar()


def test_parallel_imports_of_one_file_keep_one_copy_and_exit_cleanly(store_url, tmp_path):
    path = tmp_path / "incidents.csv"
    source = Store(f"sqlite:///{tmp_path / 'source.sqlite'}")
    source.add(random_incidents(200))
    export(source.frame(), path, format="csv")
    Store(store_url).close()  # the schema exists, so the processes race on the data, not on creating tables
    command = [sys.executable, "-m", "incidents", "import", str(path), "--db", store_url]
    processes = [subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                 for _ in range(3)]
    results = [(p.wait(timeout=240), p.stdout.read(), p.stderr.read()) for p in processes]
    for code, out, err in results:
        assert code == 0 and "Traceback" not in err, err
    added = sorted(int(out.split("added: ")[1].split()[0]) for _, out, _ in results)
    assert added == [0, 0, 200]  # one process imported, the others found every row already there
    store = Store(store_url)
    assert store.count() == 200 and _history_rows(store, "create") == 200
    assert store.frame(columns=["id"])["id"].is_unique


def _edit_rounds(url: str, incident_id: int, rounds: int, barrier, results, worker: int) -> None:
    """One editor: each round read the incident, wait for the other editor, then save a change. Anything that
    stops it is reported and breaks the barrier, so the other editor and the test stop too instead of waiting."""
    number = -1
    try:
        store = Store(url)
        for number in range(rounds):
            incident = store.get(incident_id)
            incident.notes = f"round {number} by {worker}"
            barrier.wait(timeout=60)
            try:
                store.update(incident, changed_by=f"editor{worker}")
                results.put((number, "saved"))
            except ConflictError:
                results.put((number, "conflict"))
            barrier.wait(timeout=60)
    except Exception as error:  # noqa: BLE001 - the test reports any other failure by name
        results.put((number, f"editor {worker} stopped: {type(error).__name__}: {error}"))
        barrier.abort()


def test_simultaneous_edits_one_wins_the_other_gets_the_conflict(store_url):
    store = Store(store_url)
    (incident_id,) = store.add([full_incident()])
    rounds = 5
    context = multiprocessing.get_context("spawn")
    barrier, results = context.Barrier(2), context.Queue()
    editors = [context.Process(target=_edit_rounds, args=(store_url, incident_id, rounds, barrier, results, w))
               for w in (1, 2)]
    for editor in editors:
        editor.start()
    outcomes = []
    while len(outcomes) < 2 * rounds:
        outcomes.append(results.get(timeout=120))
        assert "stopped" not in outcomes[-1][1], outcomes
    for editor in editors:
        editor.join(timeout=60)
    by_round: dict[int, list[str]] = {}
    for number, outcome in outcomes:
        by_round.setdefault(number, []).append(outcome)
    assert all(sorted(pair) == ["conflict", "saved"] for pair in by_round.values()), by_round
    assert store.get(incident_id).version == rounds
    assert [step["action"] for step in store.history(incident_id)] == ["create"] + ["update"] * rounds


def _hold_write_lock(store: Store, started: threading.Event, release: threading.Event) -> None:
    with store.writing():
        started.set()
        release.wait(60)


def _locked(store_url: str) -> tuple[threading.Thread, threading.Event]:
    """Another writer holding the store's write lock until the returned event is set."""
    started, release = threading.Event(), threading.Event()
    thread = threading.Thread(target=_hold_write_lock, args=(Store(store_url), started, release))
    thread.start()
    assert started.wait(30)
    return thread, release


class _ReleaseAfterWaits(logging.Handler):
    """Lets the other writer go once this writer has been told `count` times that it waits (not on a timer:
    a slow first write on a fresh machine could reach the lock only after a timer had released it)."""

    def __init__(self, release: threading.Event, count: int) -> None:
        super().__init__(logging.WARNING)
        self.done, self.count = release, count

    def emit(self, record: logging.LogRecord) -> None:
        self.count -= 1
        if self.count <= 0:
            self.done.set()


def test_a_writer_kept_waiting_is_told_in_one_line_and_retries(store_url, caplog):
    writer = Store(store_url, wait=0.3, attempts=20)
    thread, release = _locked(store_url)
    handler = _ReleaseAfterWaits(release, count=2)
    logging.getLogger("incidents.store.locking").addHandler(handler)
    try:
        with caplog.at_level(logging.WARNING, logger="incidents.store.locking"):
            (new_id,) = writer.add([full_incident()])
    finally:
        logging.getLogger("incidents.store.locking").removeHandler(handler)
        release.set()
        thread.join()
    waits = [r.getMessage() for r in caplog.records if r.name == "incidents.store.locking"]
    assert waits and all("locked by another writer" in m and "\n" not in m for m in waits)
    assert writer.get(new_id) is not None


def test_a_writer_that_waits_too_long_gets_a_one_line_error_and_writes_nothing(store_url):
    writer = Store(store_url, wait=0.3, attempts=2)
    thread, release = _locked(store_url)
    try:
        with pytest.raises(StoreBusy, match="stayed locked by another writer") as error:
            writer.add([full_incident()])
    finally:
        release.set()
        thread.join()
    assert "\n" not in str(error.value) and writer.count() == 0


def test_the_change_log_names_what_each_write_touched(store_url):
    store = Store(store_url)
    start = store.data_version()
    ids = store.add(random_incidents(30))
    after_add = store.data_version()
    assert store.changes_since(start) == (after_add, sorted(ids))
    assert store.changes_since(after_add) == (after_add, [])
    incident = store.get(ids[4])
    incident.killed = 99
    store.update(incident)
    now, touched = store.changes_since(after_add)
    assert touched == [ids[4]] and now == store.data_version()
    assert store.frame(ids=touched)["killed"].tolist() == [99]
    assert store.changes_since("another-store#3") is None
