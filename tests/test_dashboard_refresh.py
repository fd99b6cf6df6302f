"""The dashboard after an edit or an ingest: it reads only the incidents the store's change log names, and the
map's index then equals one built from scratch (on SQLite and PostGIS)."""
from __future__ import annotations

import os
import threading
import time

import numpy as np
import pandas as pd

from dashboard import data, firstread, framecache, warmcache
from dashboard.lod import IncidentIndex
from incident_stores import _learned_places_in_tmp, full_incident, random_incidents, store_url  # noqa: F401
from incidents.filters import Filters
from incidents.store import Store


def _spy_on_reads(store, monkeypatch) -> list:
    """Record the ids each `store.frame` call asked for (None: every incident)."""
    reads, frame = [], store.frame

    def recorded(*args, **kwargs):
        reads.append(None if kwargs.get("ids") is None else sorted(kwargs["ids"]))
        return frame(*args, **kwargs)

    monkeypatch.setattr(store, "frame", recorded)
    return reads


def _same_index(patched: IncidentIndex, built: IncidentIndex) -> None:
    assert patched.size == built.size
    for name, value in vars(built).items():
        if isinstance(value, np.ndarray):
            assert np.array_equal(getattr(patched, name), value), name


def test_an_edit_and_an_ingest_refresh_only_the_rows_they_touched(store_url, tmp_path, monkeypatch):
    monkeypatch.setenv("DASHBOARD_FRAME_CACHE", str(tmp_path / "cache"))
    ids = Store(store_url).add(random_incidents(200))  # not empty: the dashboard loads no default data
    store = data.open_store(store_url)
    reads = _spy_on_reads(store, monkeypatch)
    first = data.current(store_url)
    assert len(first.frame) == 200 and reads == [None, None]  # the map's columns, then the others

    incident = store.get(ids[57])
    incident.killed, incident.latitude, incident.longitude = 321, 36.5, 40.1
    store.update(incident, changed_by="editor")
    edited = data.current(store_url)
    assert reads == [None, None, [ids[57]]]  # the change log named one incident; nothing else was read
    row = edited.frame[edited.frame["id"] == ids[57]].iloc[0]
    assert row["killed"] == 321 and len(edited.frame) == 200 and edited.version == store.data_version()
    _same_index(edited.index, IncidentIndex.from_frame(edited.frame))
    shown = edited.index.mask(Filters(min_killed=300))
    assert edited.frame["id"][shown].tolist() == [ids[57]]

    drafts = store.add([full_incident(source_id=f"draft-{n}", review_status="draft") for n in range(20)])
    ingested = data.current(store_url)
    assert reads[-1] == sorted(drafts) and reads.count(None) == 2
    assert ingested.frame["id"].tolist() == sorted(ids + drafts)
    _same_index(ingested.index, IncidentIndex.from_frame(ingested.frame))
    assert data.current(store_url) is ingested  # nothing changed: nothing read


def test_exports_read_the_detail_columns_by_id(store_url, monkeypatch):
    monkeypatch.setenv("DASHBOARD_FRAME_CACHE", "off")
    (new_id,) = Store(store_url).add([full_incident(extra={"inter1": "3"})])
    dataset = data.current(store_url)
    assert "extra" not in dataset.frame.columns
    full = dataset.select(Filters()).full()
    assert full["id"].tolist() == [new_id] and '"inter1"' in full["extra"].iloc[0]


def test_a_cold_start_reads_the_frame_cache_and_only_the_changes_since(store_url, tmp_path, monkeypatch):
    ids = Store(store_url).add(random_incidents(120))
    store = data.open_store(store_url)
    first = data.cold(store, store_url, tmp_path)
    _wait_for_cache(tmp_path, store_url, first.version)
    incident = store.get(ids[3])
    incident.wounded = 444
    store.update(incident)
    reads = _spy_on_reads(store, monkeypatch)
    second = data.cold(store, store_url, tmp_path)  # a new server process: the cache, then one incident
    assert reads == [[ids[3]]] and second.version == store.data_version()
    assert second.frame.equals(data.cold(store, store_url, None).frame)  # the same as reading everything
    assert second.frame.loc[second.frame["id"] == ids[3], "wounded"].tolist() == [444]
    _same_index(second.index, IncidentIndex.from_frame(second.frame))  # its H3 cells came from the cache


def test_the_first_map_needs_only_the_map_columns_and_a_text_filter_reads_the_others(store_url, monkeypatch):
    monkeypatch.setenv("DASHBOARD_FRAME_CACHE", "off")
    Store(store_url).add(random_incidents(150) + [full_incident(excerpt="a rare word: zanzibar")])
    store = data.open_store(store_url)
    texts_read, frame = threading.Event(), store.frame
    release = threading.Event()

    def slow_texts(*args, **kwargs):
        if "excerpt" in (kwargs.get("columns") or ()):
            assert release.wait(60)
            texts_read.set()
        return frame(*args, **kwargs)

    monkeypatch.setattr(store, "frame", slow_texts)
    dataset = data.cold(store, store_url, None)
    view = dataset.index.view(dataset.index.mask(Filters(min_killed=1)), zoom=7, max_points=0)
    assert view.levels and view.selected == int((dataset.incidents.head["killed"] >= 1).sum())
    assert not texts_read.is_set()  # the map was made while the report texts were still being read
    release.set()
    found = dataset.index.mask(Filters(text="ZANZIBAR"))
    assert texts_read.is_set() and dataset.frame["excerpt"][found].tolist() == ["a rare word: zanzibar"]
    assert list(dataset.frame.columns) == list(data.FRAME_COLUMNS)


def _wait_for_cache(folder, url: str, version: str) -> None:
    """The cache is written in the background: wait until it holds `version`."""
    deadline = time.time() + 60
    while (found := framecache.read(folder, url, data.FRAME_COLUMNS + (data.CELLS,), firstread.MAP_COLUMNS)) is None \
            or found.version != version:
        assert time.time() < deadline, "the frame cache was not written"
        time.sleep(0.1)


def test_a_cache_warmed_from_the_command_line_serves_the_next_cold_start(store_url, tmp_path, monkeypatch):
    Store(store_url).add(random_incidents(40))
    warmcache.main(["--db", store_url, "--cache", str(tmp_path / "cache")])
    store = data.open_store(store_url)
    reads = _spy_on_reads(store, monkeypatch)
    dataset = data.cold(store, store_url, tmp_path / "cache")
    assert reads == [] and dataset.version == store.data_version()  # nothing was read from the store
    assert dataset.frame.equals(data.cold(store, store_url, None).frame)
    _same_index(dataset.index, IncidentIndex.from_frame(dataset.frame))


def test_a_page_asking_during_the_preload_waits_for_it_and_reads_nothing_again(store_url, monkeypatch):
    Store(store_url).add(random_incidents(50))
    store = data.open_store(store_url)
    reads = _spy_on_reads(store, monkeypatch)
    preload = threading.Thread(target=data.preload, args=(store_url,))  # as `dashboard.serve` starts it
    preload.start()
    page = data.current(store_url)
    preload.join()
    assert len(page.frame) == 50 and data.current(store_url) is page
    assert reads == [None, None]  # the map's columns and the others, once


def test_the_columns_the_first_map_does_not_need_are_read_at_a_lower_priority():
    if not hasattr(os, "getpriority"):
        return
    own = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    frame = data.Frame(pd.DataFrame({"id": [1]}), lambda: pd.DataFrame(
        {"id": [1], "nice": [os.getpriority(os.PRIO_PROCESS, threading.get_native_id())]}))
    assert frame._rest.result()["nice"].iloc[0] == min(own + data.BACKGROUND_NICE, 19)
    assert os.getpriority(os.PRIO_PROCESS, threading.get_native_id()) == own  # the page's own thread is unchanged


def test_a_session_waiting_for_the_report_texts_does_not_hold_up_another_sessions_map():
    release = threading.Event()
    head = pd.DataFrame({"id": [1, 2], "latitude": [35.0, 36.0], "longitude": [38.0, 39.0]})
    others = [name for name in data.FRAME_COLUMNS if name not in head.columns]
    frame = data.Frame(head, lambda: release.wait(60) and pd.DataFrame({"id": [1, 2], **dict.fromkeys(others)}))
    selection = data.Selection(frame, np.array([True, False]))
    table = threading.Thread(target=selection.columns, args=("id", "excerpt"))  # a table: waits for the texts
    table.start()
    while not frame._lock.locked():
        time.sleep(0.01)
    got = []
    map_run = threading.Thread(target=lambda: got.append(selection.columns("id", "latitude")))
    map_run.start()
    map_run.join(20)
    before_the_texts = list(got)
    release.set()
    table.join()
    assert before_the_texts, "the map's columns waited for the report texts"
    assert before_the_texts[0]["latitude"].tolist() == [35.0]
    assert selection.columns("id", "excerpt")["id"].tolist() == [1]


def test_the_cells_read_with_the_map_columns_are_the_index_own(store_url):
    """The reader processes compute the index's H3 cells beside their scan (PostGIS: in the process); they must be
    what the index computes itself, 0 for an incident without a point, and a repeated place gets one cell."""
    rows = random_incidents(300)
    for row in rows[:7]:
        row.latitude = row.longitude = None
    rows[10].latitude, rows[10].longitude = rows[11].latitude, rows[11].longitude
    Store(store_url).add(rows)
    first = firstread.from_store(Store(store_url))
    assert first.cells is not None and not first.cached and firstread.CELLS not in first.head.columns
    built = IncidentIndex.from_frame(first.head)
    assert np.array_equal(first.cells, built.cells)
    assert (first.cells == 0).sum() == 7 and first.cells[10] == first.cells[11] != 0
