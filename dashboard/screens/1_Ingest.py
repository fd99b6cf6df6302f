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

from dashboard import actions, data, drafts, grids, jobs, language, notices, review, signin, tasks
from dashboard.export.words import day_in, place_kind, rtl, said, word
from dashboard.lod import IncidentIndex, incident_layer
from dashboard.map import base_map
from dashboard.offline import localize
from dashboard.settings import load
from incidents.extract.dateline import own_date
from incidents.extract.dates import stated_dates
from incidents.extract.evidence import highlight_html
from incidents.extract.files import html_text
from incidents.filters import Filters
from incidents.io import FORMATS
from incidents.record import REVIEW_STATUSES
from incidents.validate import ValidationError

REPORT_SUFFIXES = ["txt", "md", "html", "htm"]
DATA_SUFFIXES = ["csv", "geojson", "json", "gpkg", "kml"]
STATED_DATE_SLACK = dt.timedelta(days=7)  # a report tells of events up to a week before it is published
EVIDENCE_MARKS = ("<small>{read} <mark class='ev-place'>{place}</mark> <mark class='ev-killed'>{killed}</mark> "
                  "<mark class='ev-wounded'>{wounded}</mark> <mark class='ev-date'>{date}</mark></small>")
EVIDENCE_STYLE = ("<style>.evidence{unicode-bidi:plaintext;white-space:pre-wrap;max-height:320px;overflow:auto;"
                  "border:1px solid #ddd;padding:6px;font-size:0.9em;font-family:sans-serif}.ev-place{background:#ffe08a}"
                  ".ev-killed,.ev-casualties{background:#f5a3a3}.ev-wounded{background:#f9c98f}.ev-date{background:#a8d8f0}</style>")

st.set_page_config(page_title="Ingest and review", page_icon="📥", layout="wide")
settings = load()
user = signin.user_or_stop(settings)
lang = language.current()
say = lambda key, **values: word(lang, key, **values)  # noqa: E731
signin.require(user, "ingest", say("i_doing"), lang)
store = data.open_store(settings.incidents_db)
state = st.session_state
state.setdefault("drafts_rev", 0)

st.title(say("i_title"))
# Each paragraph of a pasted report runs in its own direction (Arabic right to left, English left to right).
st.markdown("<style>textarea { unicode-bidi: plaintext; }</style>", unsafe_allow_html=True)
tab_names = [say("i_reports"), say("i_files")] + ([say("i_review")] if user.can("publish") else [])
reports_tab, files_tab, *review_tabs = st.tabs(tab_names)


def _start(key: str, title: str, area: str, task, args: tuple, total: int = 0) -> None:
    """Start a background job for this user under `state[key]`; a refusal (too many running) stays on screen."""
    try:
        job = jobs.start(title, user.name, task, args, limit=settings.jobs_per_user, seconds=settings.job_seconds,
                         total=total)
    except jobs.JobLimit as exc:
        notices.post(area, "warning", say("i_not_started"), str(exc))
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
        st.progress(job.fraction, text=f"{job.title}: {said(lang, job.message) if job.message else say('i_starting')}")
        if job.finished:
            state.pop(key)
            if job.error:
                notices.post(area, "error", say("i_failed", title=job.title), said(lang, job.error))
            else:
                on_done(job.result)
            st.rerun(scope="app")

    show()


def _load_drafts(result: tasks.Extracted) -> None:
    found, state.evidence = result.incidents, dict(enumerate(result.evidence))  # by the drafts' row labels
    state.drafts = drafts.to_frame(found) if found else None
    state.drafts_rev += 1
    state.ingest_note = say("i_extracted", n=len(found)) if found else say("i_none_found")


def _use_published(date: dt.date) -> None:
    state.ingest_published = date
    _published_set()


def _published_set() -> None:
    """The analyst's own "Published on" holds for the text it was set for (a new text gets its own default)."""
    state.published_set_for = state.get("ingest_text", "")


def _default_published(text: str):
    """Before the field is drawn: unless the analyst set it for this text, "Published on" is the date the report
    states as its own (its dateline), said under the field, else today."""
    own = own_date(text)
    if state.get("published_set_for") != text or "ingest_published" not in state:
        state.ingest_published = own.day if own else dt.date.today()
    return own


def _check_published(text: str, published: dt.date) -> None:
    """Warn when the pasted report writes dates (with their year) far from "Published on": its relative dates would
    be read from the wrong day (a report of 2017 pasted today put "yesterday" in the current year)."""
    latest = max(stated_dates(text), default=None) if text.strip() else None
    if latest is None or dt.timedelta(0) <= published - latest <= STATED_DATE_SLACK:
        return
    st.warning(rtl(lang, say("i_dates_far", latest=day_in(lang, latest), published=day_in(lang, published))))
    st.button(say("i_use", day=day_in(lang, latest)), on_click=_use_published, args=(latest,), key="ingest_use_stated")


with reports_tab:
    st.caption(rtl(lang, say("i_paste_caption")))
    text = st.text_area(say("i_report_text"), height=180, key="ingest_text")
    uploads = st.file_uploader(say("i_report_files"), type=REPORT_SUFFIXES, accept_multiple_files=True, key="ingest_files")
    language.uploader(lang, "ingest_files", REPORT_SUFFIXES)
    cols = st.columns(3)
    own = _default_published(text)
    published = cols[0].date_input(say("i_published"), key="ingest_published", help=say("i_published_help"),
                                   on_change=_published_set)
    if own and published == own.day:  # plain text: the line is the report's, not markup
        cols[0].text(rtl(lang, say("i_published_own", line=own.line)))
    _check_published(text, published)
    source = cols[1].text_input(say("i_source"), key="ingest_source")
    source_url = cols[2].text_input(say("i_source_link"), key="ingest_url")
    actions.button(say("i_extract"), "extract", type="primary", disabled=bool(state.get("extract_job")))
    if actions.asked("extract"):
        notices.clear("extract")
        reports = [("pasted text", text)] if text.strip() else []
        for upload in uploads or []:
            raw = upload.getvalue().decode("utf-8-sig", errors="replace")
            reports.append((upload.name, html_text(raw) if upload.name.lower().endswith((".html", ".htm")) else raw))
        too_long = [f"{name}: {len(body):,} characters" for name, body in reports if len(body) > settings.report_max_chars]
        if not reports:
            st.warning(say("i_paste_first"))
        elif too_long:
            notices.post("extract", "error", say("i_too_long", n=settings.report_max_chars), "\n".join(too_long))
        else:
            _start("extract_job", say("i_extracting", n=len(reports)), "extract", tasks.extract_reports,
                   (reports, published, source, source_url, str(settings.gazetteer or "") or None), total=len(reports))
    _job_status("extract_job", "extract", _load_drafts)
    notices.show("extract", lang)
    if state.get("ingest_note"):
        st.info(rtl(lang, state.ingest_note))


def _preview_map(frame: pd.DataFrame) -> dict | None:
    """The drafts on a map (same incident layer as the main map); a click returns where it was."""
    located = frame.assign(id=range(len(frame)))
    m = base_map(None, None, lang, settings.tiles_url, settings.tiles_attribution, outlines=data.outlines(),
                 with_areas=False, draw=False, **data.readable_basemap(str(settings.ocha_dir)))
    points = located.dropna(subset=["latitude", "longitude"])
    if len(points):
        m.fit_bounds([[points["latitude"].min() - 0.3, points["longitude"].min() - 0.3],
                      [points["latitude"].max() + 0.3, points["longitude"].max() + 0.3]], max_zoom=10)
    index = IncidentIndex.from_frame(located)
    layer = folium.FeatureGroup(name=say("i_drafts_layer")).add_child(incident_layer(index.view(index.mask(Filters()), zoom=7), lang))
    return st_folium(m, key="preview_map", height=420, use_container_width=True,
                     feature_group_to_add=localize(layer), returned_objects=["last_clicked"])


if state.get("drafts") is not None:
    with reports_tab:
        st.subheader(say("i_extracted_title"))
        editor_key = f"drafts_{state.drafts_rev}"
        edited = grids.editor(
            state.drafts,
            key=editor_key,
            column_order=drafts.EDIT_COLUMNS,
            num_rows="dynamic",
            use_container_width=True,
            column_config=grids.headed(lang, drafts.EDIT_COLUMNS, {
                "save": st.column_config.CheckboxColumn(say("i_save_col"), help=say("i_save_help")),
                "event_date": st.column_config.DateColumn(say("col_event_date"), format="YYYY-MM-DD"),
                "place_text": st.column_config.TextColumn(say("i_place_text"), disabled=True),
                "latitude": st.column_config.NumberColumn(say("i_lat"), format="%.5f", min_value=-90, max_value=90),
                "longitude": st.column_config.NumberColumn(say("i_lon"), format="%.5f", min_value=-180, max_value=180),
                "killed": st.column_config.NumberColumn(say("col_killed"), min_value=0, step=1),
                "wounded": st.column_config.NumberColumn(say("col_wounded"), min_value=0, step=1),
                "flags": grids.flags_column(lang, state.drafts["flags"]),
                "excerpt": st.column_config.TextColumn(say("i_excerpt"), disabled=True, width="large"),
            }, {"event_type": "type", "sub_event_type": "sub-type"} if lang == "en" else None),
        )
        left, right = st.columns([2, 3])
        with left:
            st.markdown(f"**{say('i_correct')}**")
            labels = [f"{i + 1}: {edited.at[i, 'place_text'] or edited.at[i, 'location_en'] or say('i_no_place')}"
                      for i in edited.index]
            row = st.selectbox(say("i_incident"), list(edited.index), format_func=lambda i: labels[list(edited.index).index(i)],
                               key="place_row") if len(edited) else None
            if row is not None:
                name = edited.at[row, "place_text"] or edited.at[row, "location_en"] or ""
                query = st.text_input(say("i_look_up_as"), value=str(name), key=f"place_query_{row}")
                candidates = data.gazetteer().resolve(query) if query.strip() else []
                if candidates:
                    pick = st.selectbox(
                        say("i_candidates"),
                        range(len(candidates)),
                        format_func=lambda k: (f"{candidates[k].name_en} / {candidates[k].name_ar} — "
                                               f"{place_kind(lang, candidates[k].level)}, "
                                               f"{candidates[k].admin2 or ''} {candidates[k].admin1 or ''} "
                                               f"({candidates[k].source}, {candidates[k].score:.0f})"),
                        key=f"place_pick_{row}",
                    )
                    actions.button(say("i_use_place"), "use_place")
                    if actions.asked("use_place"):
                        state.drafts = drafts.apply_match(edited, row, candidates[pick])
                        state.drafts_rev += 1
                        st.rerun()
                else:
                    st.caption(rtl(lang, say("i_no_candidate")))
                st.caption(rtl(lang, say("i_click_map")))
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
            marks = EVIDENCE_MARKS.format(read=say("i_read_from"), place=say("col_location"),
                                          killed=say("col_killed"), wounded=say("col_wounded"),
                                          date=say("col_event_date"))
            st.html(EVIDENCE_STYLE + marks + f'<div class="evidence" dir="auto">{highlight_html(*state.evidence[row])}</div>')
        actions.button(say("i_save_drafts"), "save_drafts", type="primary")
        if actions.asked("save_drafts"):
            try:
                ids = store.add([replace(i, changed_by=user.name) for i in drafts.to_incidents(edited)])
            except ValidationError as exc:
                notices.post("drafts", "error", say("i_nothing_saved"),
                             "\n".join(f"{say('i_row')} {label}: {said(lang, reason)}" for label, reason in exc.problems))
            else:
                state.drafts = None
                state.ingest_note = say("i_saved", n=len(ids), ids=", ".join(map(str, ids)))
                st.rerun()
        notices.show("drafts", lang)


def _show_import(report) -> None:
    rejected = say("i_rejected", n=len(report.rejected)) if report.rejected else ""
    derived = f"\n{said(lang, report.admin_note())}." if report.admin_note() else ""
    notices.post("import", "success", say("i_imported"), say("i_import_summary", file=Path(report.path).name,
                 added=report.added, skipped=report.skipped, rejected=rejected) + derived)
    state.import_rejected = report.rejected  # the reasons as the library gives them: shown in the page's language


with files_tab:
    st.caption(rtl(lang, say("i_files_caption")))
    upload = st.file_uploader(say("i_dataset_file"), type=DATA_SUFFIXES, key="import_file")
    language.uploader(lang, "import_file", DATA_SUFFIXES)
    fmt = st.selectbox(say("i_format"), ["detect", *FORMATS], key="import_format",
                       format_func=lambda f: say("i_detect") if f == "detect" else f)
    status = st.selectbox(say("i_status_unstated"), REVIEW_STATUSES if user.can("publish")
                          else REVIEW_STATUSES[:1], key="import_status", format_func=lambda s: say(f"status_{s}"),
                          help=say("i_status_help"))
    actions.button(say("i_import"), "import", type="primary", disabled=upload is None or bool(state.get("import_job")))
    if actions.asked("import") and upload is not None:
        notices.clear("import")
        state.import_rejected = []
        if upload.size > settings.upload_max_mb * 1e6:
            notices.post("import", "error", say("i_too_big", mb=settings.upload_max_mb), f"{upload.name}: {upload.size:,} bytes")
        else:
            folder = Path(tempfile.mkdtemp(prefix="incident-import-"))
            path = folder / Path(upload.name).name
            path.write_bytes(upload.getvalue())
            _start("import_job", say("i_importing"), "import", tasks.import_upload,
                   (settings.incidents_db, path, None if fmt == "detect" else fmt, user.name, status, settings.ocha_dir))
    _job_status("import_job", "import", _show_import)
    notices.show("import", lang)
    if state.get("import_rejected"):
        rows = [(line, said(lang, reason)) for line, reason in state.import_rejected]
        grids.table(pd.DataFrame(rows, columns=[say("i_line"), say("i_reason")]), hide_index=True)


for review_tab in review_tabs:  # none for a role that may not publish
    with review_tab:
        st.caption(rtl(lang, say("i_review_caption")))
        dataset = data.current(settings.incidents_db)
        statuses = st.multiselect(say("i_show"), list(REVIEW_STATUSES), default=["draft", "reviewed"], key="review_show",
                                  format_func=lambda s: say(f"status_{s}"), placeholder=say("choose"))
        queue = dataset.frame[dataset.frame["review_status"].isin(statuses)].sort_values("id", ascending=False)
        columns = ["id", "review_status", "event_date", "event_type", "location_en", "location_ar", "admin1", "flags",
                   "killed", "wounded", "source", "excerpt", "version"]
        st.caption(rtl(lang, say("i_count", n=len(queue))))
        shown = queue[[c for c in columns if c != "flags"]].head(500)
        # the flags (admin_from_point, outside_syria, …) from the store: the map's data holds none
        flags = store.frame(columns=["id", "flags"], ids=shown["id"].tolist()).set_index("id")["flags"]
        shown.insert(columns.index("flags"), "flags", shown["id"].map(flags))
        reviewed = grids.editor(
            shown,
            key=f"review_{dataset.version}",
            hide_index=True,
            disabled=[c for c in columns if c not in review.EDITABLE],
            column_config=grids.headed(lang, columns, {
                "event_date": st.column_config.DateColumn(say("col_event_date")),
                "flags": grids.flags_column(lang, shown["flags"]),
                "version": None,
            }, {"review_status": "status"} if lang == "en" else None),
            use_container_width=True,
        )
        actions.button(say("i_save_review"), "save_review", type="primary")
        if actions.asked("save_review"):
            edits = review.changes(shown, reviewed)
            saved, refused = review.save(store, edits, changed_by=user.name)
            state.review_note = say("i_saved_changes", n=saved) if edits else say("i_nothing_changed")
            if refused:
                notices.post("review", "error", say("i_not_saved", n=len(refused)), "\n".join(refused))
            if saved and not refused:
                st.rerun()
        notices.show("review", lang)
        if state.get("review_note"):
            st.info(state.pop("review_note"))
