"""The whole view (filters, map centre and zoom, layers, language, selection) to and from URL query parameters."""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from dashboard.timewindow import MODES, SIZES, TimeWindow
from incidents.filters import Filters

LAYERS = ("incidents", "areas", "heat")  # overlays the analyst can switch on or off
DEFAULT_LAYERS = ("incidents", "areas")
PERIODS = ("day", "week", "month")
LANGS = ("en", "ar")
AREA_LEVELS = ("governorate", "district")

STREAMLIT_PARAMS = {"embed", "embed_options"}  # Streamlit's own, for embedding the app

# Filters field -> query parameter, for the list-valued criteria.
_LIST_PARAMS = {
    "event_types": "type",
    "sub_event_types": "sub",
    "admin1": "gov",
    "admin2": "dist",
    "review_status": "status",
}


@dataclass(frozen=True)
class View:
    """What the analyst is looking at; everything needed to reproduce it from a link."""

    filters: Filters = field(default_factory=Filters)
    center: tuple[float, float] | None = None  # lat, lon
    zoom: int | None = None
    layers: tuple[str, ...] = DEFAULT_LAYERS
    lang: str = "en"
    area_level: str = "governorate"
    period: str = "week"
    selected: int | None = None  # incident id
    time: TimeWindow | None = None  # playback's window; None: all the filtered dates at once

    def with_filters(self, **changes) -> View:
        return replace(self, filters=replace(self.filters, **changes))


def to_params(view: View) -> dict[str, str | list[str]]:
    """Query parameters for a view; defaults are left out so links stay short."""
    f = view.filters
    params: dict[str, str | list[str]] = {}
    if f.date_from:
        params["from"] = f.date_from.isoformat()
    if f.date_to:
        params["to"] = f.date_to.isoformat()
    for name, key in _LIST_PARAMS.items():
        if getattr(f, name):
            params[key] = list(getattr(f, name))
    if f.actor:
        params["actor"] = f.actor
    if f.min_killed:
        params["minkilled"] = str(f.min_killed)
    if f.text:
        params["q"] = f.text
    if f.bbox:
        params["bbox"] = ",".join(f"{v:.4f}" for v in f.bbox)
    if view.center:
        params["lat"], params["lon"] = (f"{v:.4f}" for v in view.center)
    if view.zoom is not None:
        params["z"] = str(view.zoom)
    if view.layers != DEFAULT_LAYERS:
        params["layers"] = ",".join(view.layers) or "none"
    for key, value, default in (
        ("lang", view.lang, "en"),
        ("areas", view.area_level, "governorate"),
        ("period", view.period, "week"),
    ):
        if value != default:
            params[key] = value
    if view.selected is not None:
        params["sel"] = str(view.selected)
    if view.time is not None:
        params["t"] = view.time.start.isoformat()
        if view.time.size != "week":
            params["tsize"] = view.time.size
        if view.time.mode != "window":
            params["tmode"] = view.time.mode
    return params


def from_params(params: Mapping[str, str | Sequence[str]]) -> tuple[View, list[str]]:
    """The view a link describes, and a message for each value that was ignored (with the reason)."""
    problems: list[str] = []
    read: set[str] = set()  # the names this function knows; any other in a link is named, not dropped silently

    def one(key: str) -> str | None:
        read.add(key)
        value = params.get(key)
        if value is None:
            return None
        if not isinstance(value, str):
            value = value[-1] if value else None
        return value.strip() if value and value.strip() else None

    def many(key: str) -> list[str]:
        read.add(key)
        value = params.get(key)
        values = [value] if isinstance(value, str) else list(value or [])
        return [v for v in (s.strip() for s in values) if v]

    def parse(key: str, convert, what: str):
        text = one(key)
        if text is None:
            return None
        try:
            return convert(text)
        except ValueError:
            problems.append(f"{key}={text!r} ignored: not {what}")
            return None

    def choice(key: str, allowed: Sequence[str], default: str) -> str:
        value = one(key)
        if value is None:
            return default
        if value not in allowed:
            problems.append(f"{key}={value!r} ignored: not one of {', '.join(allowed)}")
            return default
        return value

    bbox = parse("bbox", _bbox, "west,south,east,north")
    lat, lon = parse("lat", float, "a number"), parse("lon", float, "a number")
    filters = Filters(
        date_from=parse("from", dt.date.fromisoformat, "a date (YYYY-MM-DD)"),
        date_to=parse("to", dt.date.fromisoformat, "a date (YYYY-MM-DD)"),
        actor=one("actor"),
        min_killed=parse("minkilled", _non_negative, "a whole number ≥ 0"),
        text=one("q"),
        bbox=bbox,
        **{name: many(key) for name, key in _LIST_PARAMS.items()},
    )
    layers = DEFAULT_LAYERS
    if one("layers") is not None:
        names = [n for n in one("layers").split(",") if n and n != "none"]
        unknown = [n for n in names if n not in LAYERS]
        if unknown:
            problems.append(f"layers {', '.join(unknown)} ignored: not one of {', '.join(LAYERS)}")
        layers = tuple(n for n in LAYERS if n in names)
    view = View(
        filters=filters,
        center=(lat, lon) if lat is not None and lon is not None else None,
        zoom=parse("z", _zoom, "a zoom level 0-20"),
        layers=layers,
        lang=choice("lang", LANGS, "en"),
        area_level=choice("areas", AREA_LEVELS, "governorate"),
        period=choice("period", PERIODS, "week"),
        selected=parse("sel", _non_negative, "an incident id"),
    )
    start = parse("t", dt.date.fromisoformat, "a date (YYYY-MM-DD)")
    size, mode = choice("tsize", SIZES, "week"), choice("tmode", MODES, "window")
    if start is not None:
        view = replace(view, time=TimeWindow(start, size, mode))
    unknown = sorted(set(params) - read - STREAMLIT_PARAMS)
    if unknown:  # a hand-edited link's 'text=حلب' showed every incident as if it had been read
        problems.append(f"{', '.join(unknown)} ignored: not a setting of this map (it reads {', '.join(sorted(read))})")
    return view, problems


def _non_negative(text: str) -> int:
    value = int(text)
    if value < 0:
        raise ValueError(text)
    return value


def _zoom(text: str) -> int:
    value = int(text)
    if not 0 <= value <= 20:
        raise ValueError(text)
    return value


def _bbox(text: str) -> tuple[float, float, float, float]:
    parts = [float(p) for p in text.split(",")]
    if len(parts) != 4 or parts[0] >= parts[2] or parts[1] >= parts[3]:
        raise ValueError(text)
    return tuple(parts)  # type: ignore[return-value]
