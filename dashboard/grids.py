"""The pages' tables and editors, one way: a value the data lacks is an empty cell.

Streamlit's grids write a grey "None" in a cell whose value is missing (GED's wounded, an incident with one actor,
a place with no district), which reads as a value someone typed; a spreadsheet leaves such a cell empty, and so do
these. Every table of every page is made here, so none can differ."""
from __future__ import annotations

import streamlit as st

MISSING = ""  # what a cell with no value shows


def table(data, **options):
    """`st.dataframe(data, **options)`, missing values shown as empty cells."""
    return st.dataframe(data, placeholder=MISSING, **options)


def editor(data, **options):
    """`st.data_editor(data, **options)`, missing values shown as empty cells; returns the edited data."""
    return st.data_editor(data, placeholder=MISSING, **options)
