"""Ingest and review: reports and files in, extracted incidents corrected on a table and a map, then saved."""
from __future__ import annotations

import datetime as dt
import tempfile
from dataclasses import replace
from pathlib import Path

import folium
import pandas as pd
import streamlit as st
from streamlit_folium import st_folium

from dashboard import actions, data, drafts, grids, jobs, notices, review, signin, tasks
from dashboard.lod import IncidentIndex, incident_layer
from dashboard.map import base_map
from dashboard.offline import localize
from dashboard.settings import load
from incidents.extract.dates import stated_dates
from incidents.extract.evidence import highlight_html
from incidents.extract.files import html_text
from incidents.filters import Filters
from incidents.io import FORMATS
from incidents.record import EVENT_TYPES, REVIEW_STATUSES
from incidents.validate import ValidationError

REPORT_SUFFIXES = ["txt", "md", "html", "htm"]
DATA_SUFFIXES = ["csv", "geojson", "json", "gpkg", "kml"]
STATED_DATE_SLACK = dt.timedelta(days=7)  # a report tells of events up to a week before it is published
SUB_TYPES = sorted({s for subs in EVENT_TYPES.values() for s in subs})
EVIDENCE_STYLE = ("<style>.evidence{unicode-bidi:plaintext;white-space:pre-wrap;max-height:320px;overflow:auto;"
                  "border:1px solid #ddd;padding:6px;font-size:0.9em;font-family:sans-serif}.ev-place{background:#ffe08a}"
                  ".ev-killed,.ev-casualties{background:#f5a3a3}.ev-wounded{background:#f9c98f}.ev-date{background:#a8d8f0}</style>"
                  "<small>Read from: <mark class='ev-place'>place</mark> <mark class='ev-killed'>killed</mark> "
                  "<mark class='ev-wounded'>wounded</mark> <mark class='ev-date'>date</mark></small>")

st.set_page_config(page_title="Ingest and review", page_icon="📥", layout="wide")
settings = load()
user = signin.user_or_stop(settings)
signin.require(user, "ingest", "ingest reports or files (analysts, editors and admins can)")
store = data.open_store(settings.incidents_db)
state = st.session_state
state.setdefault("drafts_rev", 0)

st.title("Ingest and review")
# Each paragraph of a pasted report runs in its own direction (Arabic right to left, English left to right).
st.markdown("<style>textarea { unicode-bidi: plaintext; }</style>", unsafe_allow_html=True)
tab_names = ["Reports", "Files (CSV, GeoJSON, …)"] + (["Review"] if user.can("publish") else [])
reports_tab, files_tab, *review_tabs = st.tabs(tab_names)


def _start(key: str, title: str, area: str, task, args: tuple, total: int = 0) -> None:
    """Start a background job for this user under `state[key]`; a refusal (too many running) stays on screen."""
    try:
        job = jobs.start(title, user.name, task, args, limit=settings.jobs_per_user, seconds=settings.job_seconds,
                         total=total)
    except jobs.JobLimit as exc:
        notices.post(area, "warning", "Not started.", str(exc))
    else:
        state[key] = job.id


def _job_status(key: str, area: str, on_done) -> None:
    """Progress of the job kept under `state[key]`; refreshes itself every second while the job runs; its failure
    stays on screen (as plain text) until dismissed."""
    job = jobs.get(state.get(key))
    if job is None:
        return

    @st.fragment(run_every=None if job.finished else 1.0)
    def show() -> None:
        st.progress(job.fraction, text=f"{job.title}: {job.message or 'starting'}")
        if job.finished:
            state.pop(key)
            if job.error:
                notices.post(area, "error", f"{job.title} failed:", job.error)
            else:
                on_done(job.result)
            st.rerun(scope="app")

    show()


def _load_drafts(result: tasks.Extracted) -> None:
    found, state.evidence = result.incidents, dict(enumerate(result.evidence))  # by the drafts' row labels
    state.drafts = drafts.to_frame(found) if found else None
    state.drafts_rev += 1
    state.ingest_note = (f"{len(found)} incident(s) extracted: check them below, then save." if found
                         else "No incident found in these reports.")


def _use_published(date: dt.date) -> None:
    state.ingest_published = date


def _check_published(text: str, published: dt.date) -> None:
    """Warn when the pasted report writes dates (with their year) far from "Published on": its relative dates would
    be read from the wrong day (a report of 2017 pasted today put "yesterday" in the current year)."""
    latest = max(stated_dates(text), default=None) if text.strip() else None
    if latest is None or dt.timedelta(0) <= published - latest <= STATED_DATE_SLACK:
        return
    st.warning(f"This report writes dates up to {latest:%d %B %Y}, but 'Published on' is {published:%d %B %Y}. "
               "Its relative dates ('yesterday', 'on Sunday') are read from 'Published on': set it to the day the "
               "report was published.")
    st.button(f"Use {latest:%d %B %Y}", on_click=_use_published, args=(latest,), key="ingest_use_stated")


with reports_tab:
    st.caption("Paste a news report (Arabic or English) or upload report files. Extraction runs in the background: "
               "you can keep using the map meanwhile.")
    text = st.text_area("Report text", height=180, key="ingest_text")
    uploads = st.file_uploader("…or report files", type=REPORT_SUFFIXES, accept_multiple_files=True, key="ingest_files")
    cols = st.columns(3)
    state.setdefault("ingest_published", dt.date.today())
    published = cols[0].date_input("Published on", key="ingest_published",
                                   help="Relative dates ('yesterday', 'on Sunday') are read from this date.")
    _check_published(text, published)
    source = cols[1].text_input("Source", key="ingest_source")
    source_url = cols[2].text_input("Source link", key="ingest_url")
    actions.button("Extract incidents", "extract", type="primary", disabled=bool(state.get("extract_job")))
    if actions.asked("extract"):
        notices.clear("extract")
        reports = [("pasted text", text)] if text.strip() else []
        for upload in uploads or []:
            raw = upload.getvalue().decode("utf-8-sig", errors="replace")
            reports.append((upload.name, html_text(raw) if upload.name.lower().endswith((".html", ".htm")) else raw))
        too_long = [f"{name}: {len(body):,} characters" for name, body in reports if len(body) > settings.report_max_chars]
        if not reports:
            st.warning("Paste a report or upload a file first.")
        elif too_long:
            notices.post("extract", "error", f"Not extracted: a report may have at most {settings.report_max_chars:,} "
                         "characters (DASHBOARD_REPORT_MAX_CHARS). Split these reports:", "\n".join(too_long))
        else:
            _start("extract_job", f"Extracting {len(reports)} report(s)", "extract", tasks.extract_reports,
                   (reports, published, source, source_url, str(settings.gazetteer or "") or None), total=len(reports))
    _job_status("extract_job", "extract", _load_drafts)
    notices.show("extract")
    if state.get("ingest_note"):
        st.info(state.ingest_note)


def _preview_map(frame: pd.DataFrame) -> dict | None:
    """The drafts on a map (same incident layer as the main map); a click returns where it was."""
    located = frame.assign(id=range(len(frame)))
    m = base_map(None, None, "en", settings.tiles_url, settings.tiles_attribution, outlines=data.outlines(),
                 with_areas=False, draw=False, **data.readable_basemap(str(settings.ocha_dir)))
    points = located.dropna(subset=["latitude", "longitude"])
    if len(points):
        m.fit_bounds([[points["latitude"].min() - 0.3, points["longitude"].min() - 0.3],
                      [points["latitude"].max() + 0.3, points["longitude"].max() + 0.3]], max_zoom=10)
    index = IncidentIndex.from_frame(located)
    layer = folium.FeatureGroup(name="Drafts").add_child(incident_layer(index.view(index.mask(Filters()), zoom=7)))
    return st_folium(m, key="preview_map", height=420, use_container_width=True,
                     feature_group_to_add=localize(layer), returned_objects=["last_clicked"])


if state.get("drafts") is not None:
    with reports_tab:
        st.subheader("Extracted incidents")
        editor_key = f"drafts_{state.drafts_rev}"
        edited = grids.editor(
            state.drafts,
            key=editor_key,
            column_order=drafts.EDIT_COLUMNS,
            num_rows="dynamic",
            use_container_width=True,
            column_config={
                "save": st.column_config.CheckboxColumn("save", help="untick to leave this row out"),
                "event_date": st.column_config.DateColumn("date", format="YYYY-MM-DD"),
                "event_type": st.column_config.SelectboxColumn("type", options=list(EVENT_TYPES)),
                "sub_event_type": st.column_config.SelectboxColumn("sub-type", options=SUB_TYPES),
                "place_text": st.column_config.TextColumn("place in the text", disabled=True),
                "latitude": st.column_config.NumberColumn("lat", format="%.5f", min_value=-90, max_value=90),
                "longitude": st.column_config.NumberColumn("lon", format="%.5f", min_value=-180, max_value=180),
                "killed": st.column_config.NumberColumn("killed", min_value=0, step=1),
                "wounded": st.column_config.NumberColumn("wounded", min_value=0, step=1),
                "flags": st.column_config.TextColumn("flags", disabled=True),
                "excerpt": st.column_config.TextColumn("excerpt", disabled=True, width="large"),
            },
        )
        left, right = st.columns([2, 3])
        with left:
            st.markdown("**Correct a place**")
            labels = [f"{i + 1}: {edited.at[i, 'place_text'] or edited.at[i, 'location_en'] or '(no place)'}"
                      for i in edited.index]
            row = st.selectbox("Incident", list(edited.index), format_func=lambda i: labels[list(edited.index).index(i)],
                               key="place_row") if len(edited) else None
            if row is not None:
                name = edited.at[row, "place_text"] or edited.at[row, "location_en"] or ""
                query = st.text_input("Look the place up as", value=str(name), key=f"place_query_{row}")
                candidates = data.gazetteer().resolve(query) if query.strip() else []
                if candidates:
                    pick = st.selectbox(
                        "Gazetteer candidates",
                        range(len(candidates)),
                        format_func=lambda k: (f"{candidates[k].name_en} / {candidates[k].name_ar} — {candidates[k].level}, "
                                               f"{candidates[k].admin2 or ''} {candidates[k].admin1 or ''} "
                                               f"({candidates[k].source}, {candidates[k].score:.0f})"),
                        key=f"place_pick_{row}",
                    )
                    actions.button("Use this place", "use_place")
                    if actions.asked("use_place"):
                        state.drafts = drafts.apply_match(edited, row, candidates[pick])
                        state.drafts_rev += 1
                        st.rerun()
                else:
                    st.caption("No candidate in the gazetteer: click the map to place it, or add the place on the "
                               "Gazetteer page.")
                st.caption("Or click the preview map to put the selected incident there.")
        with right:
            out = _preview_map(edited)
            click = (out or {}).get("last_clicked")
            if row is not None and click and click != state.get("seen_preview_click"):
                state.seen_preview_click = click
                admin = data.gazetteer().reverse(click["lat"], click["lng"])
                state.drafts = drafts.apply_point(edited, row, click["lat"], click["lng"], admin)
                state.drafts_rev += 1
                st.rerun()
        if row in state.get("evidence", {}):  # why: the report (escaped, no Markdown) with what was read marked
            st.html(EVIDENCE_STYLE + f'<div class="evidence" dir="auto">{highlight_html(*state.evidence[row])}</div>')
        actions.button("Save as drafts", "save_drafts", type="primary")
        if actions.asked("save_drafts"):
            try:
                ids = store.add([replace(i, changed_by=user.name) for i in drafts.to_incidents(edited)])
            except ValidationError as exc:
                notices.post("drafts", "error", "Nothing saved. Fix these rows first:",
                             "\n".join(f"row {label}: {reason}" for label, reason in exc.problems))
            else:
                state.drafts = None
                state.ingest_note = f"Saved {len(ids)} incident(s) as drafts (ids {', '.join(map(str, ids))}). " \
                                    "Review and publish them on the Review tab."
                st.rerun()
        notices.show("drafts")


def _show_import(report) -> None:
    rejected = f", {len(report.rejected)} rejected (listed below)" if report.rejected else ""
    derived = f"\n{report.admin_note()}." if report.admin_note() else ""
    notices.post("import", "success", "Imported:", f"{Path(report.path).name}: {report.added} added, "
                 f"{report.skipped} already present{rejected}.{derived}")
    state.import_rejected = report.rejected


with files_tab:
    st.caption("Import a dataset file: UCDP GED or ACLED CSV, a CSV with ACLED/record column names, GeoJSON, "
               "GeoPackage or KML. Bad rows are listed with their line and reason; the good rows are kept.")
    upload = st.file_uploader("Dataset file", type=DATA_SUFFIXES, key="import_file")
    fmt = st.selectbox("Format", ["detect", *FORMATS], key="import_format")
    status = st.selectbox("Review status of rows the file gives none", REVIEW_STATUSES if user.can("publish")
                          else REVIEW_STATUSES[:1], key="import_status",
                          help="A review_status column in the file is kept. UCDP GED's and ACLED's own rows are "
                               "published, as their curators released them.")
    actions.button("Import", "import", type="primary", disabled=upload is None or bool(state.get("import_job")))
    if actions.asked("import") and upload is not None:
        notices.clear("import")
        state.import_rejected = []
        if upload.size > settings.upload_max_mb * 1e6:
            notices.post("import", "error", f"Not imported: a file may have at most {settings.upload_max_mb:g} MB "
                         "(DASHBOARD_UPLOAD_MAX_MB).", f"{upload.name}: {upload.size:,} bytes")
        else:
            folder = Path(tempfile.mkdtemp(prefix="incident-import-"))
            path = folder / Path(upload.name).name
            path.write_bytes(upload.getvalue())
            _start("import_job", "Importing a file", "import", tasks.import_upload,
                   (settings.incidents_db, path, None if fmt == "detect" else fmt, user.name, status, settings.ocha_dir))
    _job_status("import_job", "import", _show_import)
    notices.show("import")
    if state.get("import_rejected"):
        grids.table(pd.DataFrame(state.import_rejected, columns=["line", "reason"]), hide_index=True)


for review_tab in review_tabs:  # none for a role that may not publish
    with review_tab:
        st.caption("Draft → reviewed → published. Change the status (and the counts) and save; an edit made by "
                   "someone else meanwhile is refused rather than overwritten.")
        dataset = data.current(settings.incidents_db)
        statuses = st.multiselect("Show", list(REVIEW_STATUSES), default=["draft", "reviewed"], key="review_show")
        queue = dataset.frame[dataset.frame["review_status"].isin(statuses)].sort_values("id", ascending=False)
        columns = ["id", "review_status", "event_date", "event_type", "location_en", "location_ar", "admin1", "flags",
                   "killed", "wounded", "source", "excerpt", "version"]
        st.caption(f"{len(queue):,} incident(s)")
        shown = queue[[c for c in columns if c != "flags"]].head(500)
        # the flags (admin_from_point, outside_syria, …) from the store: the map's data holds none
        flags = store.frame(columns=["id", "flags"], ids=shown["id"].tolist()).set_index("id")["flags"]
        shown.insert(columns.index("flags"), "flags", shown["id"].map(flags))
        reviewed = grids.editor(
            shown,
            key=f"review_{dataset.version}",
            hide_index=True,
            disabled=[c for c in columns if c not in review.EDITABLE],
            column_config={
                "review_status": st.column_config.SelectboxColumn("status", options=list(REVIEW_STATUSES), required=True),
                "event_date": st.column_config.DateColumn("date"),
                "version": None,
            },
            use_container_width=True,
        )
        actions.button("Save review", "save_review", type="primary")
        if actions.asked("save_review"):
            edits = review.changes(shown, reviewed)
            saved, refused = review.save(store, edits, changed_by=user.name)
            state.review_note = f"Saved {saved} change(s)." if edits else "Nothing changed."
            if refused:
                notices.post("review", "error", f"{len(refused)} change(s) not saved:", "\n".join(refused))
            if saved and not refused:
                st.rerun()
        notices.show("review")
        if state.get("review_note"):
            st.info(state.pop("review_note"))
