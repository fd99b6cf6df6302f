"""The pages' tables and editors, one way: a value the data lacks is an empty cell.

Streamlit's grids write a grey "None" in a cell whose value is missing (GED's wounded, an incident with one actor,
a place with no district), which reads as a value someone typed; a spreadsheet leaves such a cell empty, and so do
these. Every table of every page is made here, so none can differ."""
from __future__ import annotations

import streamlit as st

from dashboard.export.words import event_name, flag_names, sub_event_name, word
from incidents.record import EVENT_TYPES, REVIEW_STATUSES

MISSING = ""  # what a cell with no value shows
SUB_TYPES = sorted({s for subs in EVENT_TYPES.values() for s in subs})


def table(data, **options):
    """`st.dataframe(data, **options)`, missing values shown as empty cells."""
    return st.dataframe(data, placeholder=MISSING, **options)


def editor(data, **options):
    """`st.data_editor(data, **options)`, missing values shown as empty cells; returns the edited data."""
    return st.data_editor(data, placeholder=MISSING, **options)


def headed(lang: str, columns, config: dict, headings: dict | None = None) -> dict:
    """An editor's `column_config`: `config`, and every other of `columns` headed by its word in `lang` (the word
    table's "col_" words) or by its own heading in `headings` (a narrow editor's "type"), its event types, sub-types
    and review statuses named in `lang` (the stored values kept; a review status is required): under Arabic the Ingest
    page's editors showed field names ("location_en", "admin1") and English values."""
    choices = {"event_type": (list(EVENT_TYPES), lambda t: event_name(lang, t), {}),
               "sub_event_type": (SUB_TYPES, lambda s: sub_event_name(lang, s), {}),
               "review_status": (list(REVIEW_STATUSES), lambda s: word(lang, f"status_{s}"), {"required": True})}
    out = {}
    for column in columns:
        if column in config:
            out[column] = config[column]
            continue
        heading = (headings or {}).get(column) or word(lang, f"col_{column}")
        if column in choices:
            options, name, rules = choices[column]
            out[column] = st.column_config.SelectboxColumn(heading, options=options, format_func=name, **rules)
        else:
            out[column] = st.column_config.Column(heading)
    return out


def flags_column(lang: str, values):
    """An editor's read-only flags column over `values` (its cells): each cell's codes named in `lang`, the stored
    text kept (under Arabic the Ingest editors showed 'needs_review')."""
    options = sorted({value for value in values if isinstance(value, str) and value})
    return st.column_config.SelectboxColumn(word(lang, "i_flags"), options=options,
                                            format_func=lambda flags: flag_names(lang, flags), disabled=True)
