"""The views linked to the map: the selected incident, the sortable table with exports, and the charts."""
from __future__ import annotations

import hashlib
import tempfile
from dataclasses import replace
from pathlib import Path

import pandas as pd
import pyarrow as pa
import streamlit as st

from dashboard import grids, located, timeplay
from dashboard.timewindow import dates_as_known, period_starts, within_one
from dashboard.data import Selection
from dashboard.export.frame import casualty_figure
from dashboard.export.words import (
    credits_in,
    event_name,
    event_names,
    rtl,
    sub_event_name,
    sub_event_names,
    unit_name,
    unit_names,
    word,
)
from dashboard.urlstate import PERIODS, View
from incidents.credits import dataset_credits
from incidents.io import export

TABLE_COLUMNS = [
    "id",
    "event_date",
    "event_type",
    "sub_event_type",
    "location",
    "located",
    "admin1",
    "admin2",
    "actor1",
    "actor2",
    "killed",
    "wounded",
    "review_status",
    "source",
]
TABLE_SOURCE = tuple(c for c in TABLE_COLUMNS if c not in ("location", "located")) + ("location_en", "location_ar",
                                                                                     "geo_precision", "date_precision")
TIMELINE_COLUMNS = ("event_date", "date_precision", "event_date_end", "killed", "wounded")
# Up to this many rows the table is sent whole and a row click selects the incident; above, it loads lazily.
PICK_ROWS = 20_000
PERIOD_FREQ = {"day": "D", "week": "W-MON", "month": "MS"}
# The selection's exports, one button each: every format the incidents library writes (a GeoPackage opens in QGIS,
# KML in Google Earth; until 2 Dec only the CLI wrote these two).
EXPORTS = {"csv": ("CSV", "text/csv"), "geojson": ("GeoJSON", "application/geo+json"),
           "gpkg": ("GeoPackage", "application/geopackage+sqlite3"), "kml": ("KML", "application/vnd.google-earth.kml+xml")}


def selected_incident(view: View, row: pd.DataFrame) -> View:
    """Details of the selected incident, shown as plain text (report text never becomes markup); the card's own
    words in the view's language, the incident's values as stored."""
    if row.empty:
        return replace(view, selected=None) if view.selected is not None else view
    r = row.iloc[0]
    say = lambda key, **values: word(view.lang, key, **values)  # noqa: E731
    with st.container(border=True):
        cols = st.columns([3, 1])
        day = dates_as_known(row["event_date"], row.get("date_precision"), view.lang).iloc[0]
        kinds = f"{event_name(view.lang, r['event_type'])} / {sub_event_name(view.lang, r['sub_event_type'])}"
        cols[0].text(f"{day} · {kinds}")
        place = " — ".join(str(p) for p in (r.get("location_en"), r.get("location_ar")) if _present(p))
        cols[0].text(f"{place} ({', '.join(str(a) for a in (r['admin2'], r['admin1']) if _present(a))})")
        actors = " vs ".join(str(a) for a in (r.get("actor1"), r.get("actor2")) if _present(a))
        cols[0].text(say("actors", actors=actors or say("not_given")))
        cols[1].metric(say("m_killed"), _count(r["killed"], view.lang))
        cols[1].metric(say("m_wounded"), _count(r["wounded"], view.lang))
        source = str(r["source"]) if _present(r.get("source")) else say("no_source")
        cols[0].text(say("source_status", source=source, status=say(f"status_{r['review_status']}")))
        url = r.get("source_url")
        if _present(url) and str(url).startswith(("http://", "https://")):
            cols[0].link_button(say("open_source"), str(url))
        if _present(r.get("excerpt")):
            cols[0].text(str(r["excerpt"]))
        cols[1].button(say("clear_selection"), on_click=_clear_selection)
    return view


def _clear_selection() -> None:
    """The Clear selection button's callback (run before the next run: a rerun cutting that run short cannot lose it)."""
    st.session_state.view = replace(st.session_state.view, selected=None)


def linked_views(view: View, selection: Selection, whole: Selection | None = None) -> View:
    """Table, timeline and governorate chart of the shown incidents; returns the view with its period.

    With a playback window, `selection` is the window's and `whole` all the filtered dates (the timeline's)."""
    whole = whole or selection
    lang = view.lang
    # Only the open tab is built and sent: a hidden chart or grid still costs every browser its parsing and drawing.
    # The tabs' key keeps the open tab across a language switch (Streamlit names a tab by its label otherwise).
    table_tab, time_tab, gov_tab = st.tabs([word(lang, "tab_table"), word(lang, "tab_timeline"),
                                            word(lang, "tab_by_gov")], key="linked_tab", on_change="rerun")
    if table_tab.open:
        with table_tab:
            _table(view, selection)
    if time_tab.open:
        with time_tab:
            period = st.segmented_control(
                word(lang, "per"), PERIODS, default=view.period, key="v_period", selection_mode="single",
                format_func=lambda p: word(lang, f"size_{p}"),
            ) or view.period
            view = replace(view, period=period)
            summed = whole.derived(timeline, period, columns=TIMELINE_COLUMNS)
            spec = whole.derived(_timeline_spec, period, lang, columns=TIMELINE_COLUMNS)
            timeplay.timeline_chart(spec, summed.index.min() if len(summed) else None, view.time)
            note = rough_note(whole.derived(rough_dates, period, columns=TIMELINE_COLUMNS), period, lang)
            if note:
                st.caption(rtl(lang, note))
    if gov_tab.open:
        with gov_tab:
            # Horizontal: Streamlit swaps the axes, so y_label names the (horizontal) value axis.
            st.bar_chart(selection.derived(by_governorate, lang, columns=("admin1", "killed")), horizontal=True,
                         x_label="", y_label=word(lang, "col_killed"), color="#D55E00", sort="-killed")
            note = no_governorate_note(selection.columns("admin1", "killed"), lang)
            if note:
                st.caption(rtl(lang, note))
    return view


def casualties(shown: pd.DataFrame, lang: str = "en") -> str:
    """'82,026 killed · 1,200 wounded'; '… · wounded unknown' when no shown incident gives the figure (GED);
    '… · 5 wounded (given for 1 of 11,758)' when only some do; in `lang` (see export.words)."""
    parts = []
    for column in ("killed", "wounded"):
        total, note = casualty_figure(shown[column], lang)
        told = word(lang, f"{column}_unknown") if total == "unknown" else word(lang, column).format(total=total)
        parts.append(told + (f" ({note})" if note else ""))
    return " · ".join(parts)


def table_frame(shown: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The table's rows newest first (the latest date, then the latest entered), the place, the event type, the
    governorate and district and a rough date's '(year)' in the language (displayed values: the grid draws them on its
    canvas; filters and exports keep the stored ones). An analyst reads the table as a log, the latest on top; a header click sorts it otherwise (the
    deadliest: 'killed'). Store order put GED's first rows of 2016 on top, whatever the filters."""
    shown = shown.sort_values(["event_date", "id"], ascending=False, kind="stable")
    first, second = ("location_ar", "location_en") if lang == "ar" else ("location_en", "location_ar")
    frame = shown.assign(location=shown[first].fillna(shown[second]), located=located.described(shown, lang),
                         event_date=dates_as_known(shown["event_date"], shown["date_precision"], lang),
                         event_type=event_names(lang, shown["event_type"]),
                         sub_event_type=sub_event_names(lang, shown["sub_event_type"]),
                         admin1=unit_names(lang, shown["admin1"], "governorate"),
                         admin2=unit_names(lang, shown["admin2"], "district"))
    return frame[TABLE_COLUMNS].reset_index(drop=True)


def _table(view: View, selection: Selection) -> None:
    """The shown incidents' table: sent whole up to PICK_ROWS rows (a row click selects it), else loaded as
    the user scrolls and sorted on the server (at 100k rows the whole table was 18 MB per browser)."""
    pickable = selection.size <= PICK_ROWS
    # One of the two forms, made once per selection and language: at a million rows the frame is not held as well.
    frame = selection.derived(table_frame if pickable else table_arrow, view.lang, columns=TABLE_SOURCE)
    positions = frame.index[frame["id"] == view.selected].tolist() if pickable and view.selected is not None else []
    digest = hashlib.sha1(repr(view.filters).encode()).hexdigest()[:10]
    key = f"table_{digest}_{view.selected}"
    picking = dict(
        on_select=lambda: _on_table_select(key),
        selection_mode="single-row",
        selection_default={"selection": {"rows": positions}} if positions else None,
    )
    if pickable:
        st.session_state.table_ids = frame["id"].to_numpy()
    say = lambda key, **values: word(view.lang, key, **values)  # noqa: E731
    heading = {column: say(f"col_{column}") for column in TABLE_COLUMNS}
    grids.table(
        frame,
        key=key if pickable else None,
        hide_index=True,
        height=380,
        lazy=not pickable,
        column_config={
            **heading,
            "id": st.column_config.NumberColumn(heading["id"], format="%d", width="small"),
            "event_date": st.column_config.TextColumn(heading["event_date"], help=say("date_help")),
            "located": st.column_config.TextColumn(heading["located"], help=say("located_help")),
            "killed": st.column_config.NumberColumn(heading["killed"], format="%d", help=say("figure_help")),
            "wounded": st.column_config.NumberColumn(heading["wounded"], format="%d", help=say("wounded_help")),
        },
        **(picking if pickable else {}),
    )
    # One row of buttons each as wide as its label (in equal columns "تصدير GeoPackage" was cut, journey15), wrapping
    # on a narrow window, and the caption under them.
    buttons = st.container(horizontal=True)
    for fmt, (name, mime) in EXPORTS.items():
        buttons.download_button(say("export_as", name=name), data=lambda fmt=fmt: exported(selection.full(), fmt),
                                file_name=f"incidents.{fmt}", mime=mime, on_click="ignore")
    credit = dataset_credits(selection.columns("dataset")["dataset"].dropna().unique())
    picking_note = say("click_row") if pickable else say("lazy_rows", rows=PICK_ROWS)
    st.caption(rtl(view.lang, f"{say('exports_hold')} {picking_note}"
                         + (say("credit_share", credit=credits_in(view.lang, credit)) if credit else "")))


def table_arrow(shown: pd.DataFrame, lang: str) -> pa.Table:
    """The table's rows as one Arrow table, made once per selection and shared by every session's lazy grid."""
    return pa.Table.from_pandas(table_frame(shown, lang), preserve_index=False)


def _on_table_select(key: str) -> None:
    """A row picked in the table becomes the selected incident, and the map pans to it."""
    rows = st.session_state[key]["selection"]["rows"]
    if not rows:
        return
    incident_id = int(st.session_state.table_ids[rows[0]])
    shown = st.session_state.shown
    row = shown[shown["id"] == incident_id]
    st.session_state.view = replace(st.session_state.view, selected=incident_id)
    if len(row) and pd.notna(row["latitude"].iloc[0]):
        st.session_state.jump = (float(row["latitude"].iloc[0]), float(row["longitude"].iloc[0]))


def timeline(shown: pd.DataFrame, period: str) -> pd.DataFrame:
    """Killed and wounded summed per day, week (from Monday) or month, every period present (0 when quiet).

    Only incidents dated within one period count (`rough_dates` counts the others)."""
    placed = shown[within_one(shown, period)]
    days = period_starts(pd.to_datetime(placed["event_date"]).to_numpy("datetime64[D]"), period)
    counts = pd.DataFrame(
        {
            "period": days,
            "killed": placed["killed"].to_numpy(float, na_value=0),
            "wounded": placed["wounded"].to_numpy(float, na_value=0),
        }
    )
    summed = counts.groupby("period").sum()
    if len(summed):
        summed = summed.reindex(pd.date_range(summed.index.min(), summed.index.max(), freq=PERIOD_FREQ[period]), fill_value=0)
    summed.index.name = period
    return summed.astype(int)


def rough_dates(shown: pd.DataFrame, period: str) -> tuple[int, int]:
    """How many incidents (and killed) the timeline per `period` leaves out: their date spans more than a period."""
    left = shown[~within_one(shown, period) & shown["event_date"].notna().to_numpy()]
    return len(left), int(left["killed"].sum())


def rough_note(left: tuple[int, int], period: str, lang: str = "en") -> str | None:
    """The caption under a timeline that left incidents out, or None."""
    count, killed = left
    if not count:
        return None
    return word(lang, "not_in_bars_rough", n=count, killed=killed, period=word(lang, f"size_{period}"))


def _timeline_spec(shown: pd.DataFrame, period: str, lang: str) -> dict:
    return timeplay.timeline_spec(timeline(shown, period), period, lang)


def by_governorate(shown: pd.DataFrame, lang: str = "en") -> pd.DataFrame:
    """Killed per governorate, largest first, each named in `lang` (OCHA's Arabic name, as the map and the brief
    name it: journey17 saw "Idleb" under Arabic)."""
    killed = shown.groupby("admin1")["killed"].sum().astype(int).sort_values(ascending=False)
    killed = killed.rename(index=lambda name: unit_name(lang, name, "governorate"))
    return killed.to_frame("killed")


def no_governorate_note(shown: pd.DataFrame, lang: str = "en") -> str:
    """What the by-governorate bars leave out: incidents that name no governorate (GED's 'Syria' rows), counted."""
    none = shown["admin1"].isna().to_numpy()
    if not none.any():
        return ""
    killed = int(pd.to_numeric(shown["killed"][none], errors="coerce").fillna(0).sum())
    count = int(none.sum())
    return word(lang, "not_in_bars_gov", n=count, killed=killed)


def exported(shown: pd.DataFrame, fmt: str) -> bytes:
    """The shown incidents as the incidents library exports them in `fmt` (CSV with ACLED columns first, GeoJSON,
    GeoPackage, KML; one located only to the country without coordinates, see incidents.io.exporter)."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"incidents.{fmt}"
        export(shown, path, format=fmt)
        return path.read_bytes()


def _present(value) -> bool:
    return value is not None and not (isinstance(value, float) and pd.isna(value)) and str(value) != ""


def _count(value, lang: str = "en") -> str:
    return word(lang, "unknown") if not _present(value) or pd.isna(value) else f"{int(value):,}"
