"""The incident layer for a folium map: one compact payload (binary columns as base64) drawn by lod.js on canvas."""
from __future__ import annotations

import base64
import functools
import json
from pathlib import Path

import numpy as np
import pandas as pd
from folium.map import Layer
from folium.template import Template

from dashboard.lod.view import CellLevel, Points, View
from dashboard.export.words import event_names, group, sub_event_names
from dashboard.palette import EVENT_COLOURS, EVENT_NAMES_AR
from dashboard.timewindow import dates_as_known
from incidents.unreviewed import is_draft

SCRIPT = Path(__file__).resolve().parents[1] / "static" / "lod" / "lod.js"
EXCERPT_CHARS = 280  # the popup shows the start of a report; the table and exports hold all of it


# The id of the incident a click picked travels back to the app in streamlit-folium's returned value under this
# name (its "tooltip of the object clicked", which no other layer of the map sets): the app selects that incident,
# the one the popup shows first, rather than guessing from the click's point, which several incidents often share.
CLICK_CHANNEL = "last_object_clicked_tooltip"
CLICK_PREFIX = "incident "


def clicked_id(returned: dict) -> int | None:
    """The id of the incident the map's last click picked (None: the click hit none, or the map did not say)."""
    value = returned.get(CLICK_CHANNEL)
    if not isinstance(value, str) or not value.startswith(CLICK_PREFIX):
        return None
    number = value.removeprefix(CLICK_PREFIX)
    return int(number) if number.isdigit() else None


class IncidentLayer(Layer):
    """A Leaflet layer group whose data is one JSON payload; lod.js picks the cells or points for the zoom."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        {{ this.script }}
        var {{ this.get_name() }} = L.lodLayer({{ this.payload }});
        {{ this.get_name() }}.on('select', function (e) {  // the incident clicked, for the app (see clicked_id)
          var data = window.__GLOBAL_DATA__;
          if (data) data.{{ this.channel }} = e.id === null ? null : {{ this.prefix|tojson }} + e.id;
        });
        {%- if this.show %}
        {{ this.get_name() }}.addTo({{ this._parent.get_name() }});
        {%- endif %}
        {% endmacro %}
        """
    )

    def __init__(self, payload: dict, name: str = "Incidents", show: bool = True):
        super().__init__(name=name, overlay=True, control=True, show=show)
        self._name = "IncidentLayer"
        self.payload = script_json(payload)
        self.channel, self.prefix = CLICK_CHANNEL, CLICK_PREFIX
        self.script = _script()


@functools.cache
def _script() -> str:
    return SCRIPT.read_text(encoding="utf-8")


def incident_layer(view: View, lang: str = "en", name: str = "Incidents", show: bool = True) -> IncidentLayer:
    """The folium element drawing `view` on a canvas: cells with their killed badge, or circles with popups."""
    return IncidentLayer(payload(view, lang), name=name, show=show)


def payload(view: View, lang: str = "en") -> dict:
    """Everything the browser needs for one view; numbers travel as typed arrays, texts as plain strings."""
    return {
        "lang": lang,
        "labels": group(lang, "pop_"),
        "colours": _colours(lang),
        "levels": [_level(level) for level in view.levels],
        "points": None if view.points is None else _points(view.points, lang),
    }


def script_json(data: dict) -> str:
    """JSON that is safe inside a <script> element: no report text can close the tag or open a comment."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for char, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escaped)
    return text


def _b64(values: np.ndarray, dtype: str) -> str:
    return base64.b64encode(np.ascontiguousarray(values, dtype=dtype).tobytes()).decode("ascii")


def _level(level: CellLevel) -> dict:
    offsets = level.boundary - np.stack([level.lat, level.lon], axis=1)[:, None, :]
    scale = float(np.abs(offsets).max() / 32767) if len(level) else 1.0
    return {
        "res": level.res,
        "minZoom": level.min_zoom,
        "maxZoom": level.max_zoom,
        "lat": _b64(level.lat, "<f8"),
        "lon": _b64(level.lon, "<f8"),
        "scale": scale,
        "offsets": _b64(np.rint(offsets / scale), "<i2"),
        "count": _b64(level.count, "<f8"),
        "killed": _b64(level.killed, "<f8"),
        "wounded": _b64(level.wounded, "<f8"),
        "killedGiven": _given(level.killed_given, level.count),
        "woundedGiven": _given(level.wounded_given, level.count),
        "drafts": _b64(level.drafts, "<u4") if level.drafts.any() else None,  # None: no cell holds one
    }


def _given(given: np.ndarray, count: np.ndarray) -> str | None:
    """How many incidents of each cell give a figure; None when all of them do (most data: no bytes spent)."""
    return None if np.array_equal(given, count) else _b64(given, "<u4")


def _points(points: Points, lang: str = "en") -> dict:
    rows = points.rows
    return {
        "minZoom": points.min_zoom,
        "lat": _b64(points.lat, "<f8"),
        "lon": _b64(points.lon, "<f8"),
        "killed": _b64(points.killed, "<f8"),
        "wounded": _b64(points.wounded, "<f8"),
        "imprecise": _b64(points.imprecise, "u1"),
        "killedKnown": _b64(points.killed_known, "u1"),
        "woundedKnown": _b64(points.wounded_known, "u1"),
        "area": _b64(points.place, "u1"),
        "draft": _b64(is_draft(rows["review_status"]), "u1"),
        "id": _texts(rows["id"]),
        "date": _dates(rows, lang),
        "placeEn": _texts(rows["location_en"].fillna(rows["place_text"])),
        "placeAr": _texts(rows["location_ar"]),
        "type": _texts(event_names(lang, rows["event_type"])),
        "subType": _texts(sub_event_names(lang, rows["sub_event_type"])),
        "actor1": _texts(rows["actor1"]),
        "actor2": _texts(rows["actor2"]),
        "source": _texts(rows["source"]),
        "url": _texts(rows["source_url"].map(_web_link)),
        "excerpt": _texts(rows["excerpt"].map(_shorten)),
    }


def _colours(lang: str) -> dict[str, str]:
    """Each event type's colour keyed as the points name their type (`words.event_names`: in Arabic on an Arabic map),
    the English keys and 'Other' kept. Keyed in English only, an Arabic map drew every incident in Other's grey."""
    return EVENT_COLOURS | ({EVENT_NAMES_AR[t]: c for t, c in EVENT_COLOURS.items() if t in EVENT_NAMES_AR}
                            if lang == "ar" else {})


def _texts(column: pd.Series) -> list[str | None]:
    known = column.notna().to_numpy()  # one test for the column, not pd.isna per value (a tenth of a step)
    return [str(v) if k else None for v, k in zip(column.to_numpy(object), known)]


def _dates(rows: pd.DataFrame, lang: str) -> list[str | None]:
    """The date, with its precision when it is not a day: '2017-03-06 (week)' (in Arabic '2017-03-06 (أسبوع)')."""
    return dates_as_known(rows["event_date"], rows.get("date_precision"), lang).tolist()


def _web_link(url) -> str | None:
    """Only http(s) links become clickable: a javascript: URL from a report must never reach an href."""
    return url if isinstance(url, str) and url.lower().startswith(("http://", "https://")) else None


def _shorten(text) -> str | None:
    if not isinstance(text, str):
        return None
    return text if len(text) <= EXCERPT_CHARS else text[: EXCERPT_CHARS - 1].rstrip() + "…"
