"""The sidebar: filters, layers and language, seeded from the URL's view and read back into a View."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

import streamlit as st

from dashboard.data import Options
from dashboard.export.words import event_name, sub_event_name, unit_name, word
from dashboard.urlstate import AREA_LEVELS, LAYERS, View
from gazetteer import admin
from incidents.filters import Filters
from incidents.record import REVIEW_STATUSES

LANG_NAMES = {"en": "English", "ar": "العربية"}


def seed(view: View, options: Options) -> list[str]:
    """Put a view's values into the widgets' state (first run of a session); returns what had to be dropped."""
    f = view.filters
    dropped: list[str] = []

    def known(values: list[str], allowed: list[str], what: str, level: str | None = None) -> list[str]:
        values = [v if v in allowed or level is None else _official(v, level) for v in values]
        unknown = [v for v in values if v not in allowed]
        if unknown:
            dropped.append(f"{what} not in the data: {', '.join(unknown)}")
        return [v for v in values if v in allowed]

    all_subs = sorted({s for subs in options.sub_event_types.values() for s in subs})
    all_districts = sorted({d for ds in options.districts.values() for d in ds})
    state = st.session_state
    if options.date_min is not None:
        start = max(f.date_from or options.date_min, options.date_min)
        end = min(f.date_to or options.date_max, options.date_max)
        state["f_dates"] = (start, max(start, end))
    state["f_types"] = known(f.event_types, options.event_types, "event types")
    state["f_subs"] = known(f.sub_event_types, all_subs, "sub-event types")
    state["f_gov"] = known(f.admin1, options.governorates, "governorates", "governorate")
    state["f_dist"] = known(f.admin2, all_districts, "districts", "district")
    state["f_status"] = known(f.review_status, list(REVIEW_STATUSES), "review statuses")
    state["f_actor"] = f.actor or ""
    state["f_text"] = f.text or ""
    state["f_min_killed"] = f.min_killed or 0
    state["v_layers"] = list(view.layers)
    state["v_lang"] = view.lang
    state["v_areas"] = view.area_level
    return dropped


def _official(name: str, level: str) -> str:
    """A governorate or district as OCHA spells it, as the store holds it ('Raqqa', 'Idlib', 'Rif Dimashq', 'SY11'
    -> 'Ar-Raqqa', 'Idleb', 'Rural Damascus'): a link written by hand names them as news text does. A name the
    admin tables do not know stays as it is."""
    return admin.name(admin.pcode(level, name)) or name


def render(view: View, options: Options, lang: str = "en") -> View:
    """Draw the sidebar in `lang` (the session's language, which its own switch sets) and return the view it
    describes (the map's centre, zoom and area are kept). Event types and sub-types, governorates and districts
    (OCHA's Arabic names), review statuses, layers and levels are named in `lang`; the values stay as stored."""
    sb = st.sidebar
    say = lambda key: word(lang, key)  # noqa: E731
    choose = {"placeholder": say("choose")}
    sb.header(say("filters"))
    date_from = date_to = None
    if options.date_min is not None:
        dates = sb.date_input(
            say("date_range"), min_value=options.date_min, max_value=options.date_max, key="f_dates",
            format="YYYY-MM-DD",
        )
        date_from, date_to = _date_range(dates, options)
    types = sb.multiselect(say("event_type"), options.event_types, key="f_types",
                           format_func=lambda t: event_name(lang, t), **choose)
    sub_choices = sorted({s for t in (types or options.event_types) for s in options.sub_event_types.get(t, [])})
    _keep_known("f_subs", sub_choices)
    subs = sb.multiselect(say("sub_event_type"), sub_choices, key="f_subs",
                       format_func=lambda s: sub_event_name(lang, s), **choose)
    actor = sb.text_input(say("actor"), key="f_actor", help=say("actor_help")).strip()
    govs = sb.multiselect(say("governorate"), options.governorates, key="f_gov",
                          format_func=lambda g: unit_name(lang, g, "governorate"), **choose)
    district_choices = sorted({d for g in (govs or options.governorates) for d in options.districts.get(g, [])})
    _keep_known("f_dist", district_choices)
    districts = sb.multiselect(say("district"), district_choices, key="f_dist",
                               format_func=lambda d: unit_name(lang, d, "district"), **choose)
    min_killed = sb.number_input(say("min_killed"), min_value=0, step=1, key="f_min_killed")
    statuses = sb.multiselect(say("review_status"), list(REVIEW_STATUSES), key="f_status",
                              format_func=lambda s: say(f"status_{s}"), **choose)
    text = sb.text_input(say("text_search"), key="f_text", help=say("text_help")).strip()
    sb.header(say("map"))
    layers = sb.multiselect(say("layers"), list(LAYERS), format_func=lambda n: word(lang, f"map_{n}"), key="v_layers",
                            **choose)
    lang = sb.radio(say("language"), list(LANG_NAMES), format_func=LANG_NAMES.get, key="v_lang", horizontal=True,
                    help=say("language_help"))
    area_level = sb.radio(say("shade_by"), list(AREA_LEVELS), key="v_areas", horizontal=True,
                          format_func=lambda level: word(lang, f"level_{level}"))
    filters = Filters(
        date_from=date_from,
        date_to=date_to,
        event_types=list(types),
        sub_event_types=list(subs),
        actor=actor or None,
        admin1=list(govs),
        admin2=list(districts),
        min_killed=int(min_killed) or None,
        review_status=list(statuses),
        text=text or None,
        bbox=view.filters.bbox,
    )
    return replace(view, filters=filters, layers=tuple(n for n in LAYERS if n in layers), lang=lang, area_level=area_level)


def _keep_known(key: str, choices: list[str]) -> None:
    """Drop chosen values that a narrower parent choice no longer offers (e.g. districts of another governorate)."""
    if key in st.session_state:
        st.session_state[key] = [v for v in st.session_state[key] if v in choices]


def _date_range(value, options: Options) -> tuple[dt.date | None, dt.date | None]:
    """The chosen dates as filter bounds; a bound at the data's own limit is no filter (new data stay visible)."""
    dates = list(value) if isinstance(value, (list, tuple)) else [value]
    start = dates[0] if dates else None
    end = dates[1] if len(dates) > 1 else None
    return (
        start if start and start > options.date_min else None,
        end if end and end < options.date_max else None,
    )
