"""The Streamlit dashboard: a thin UI over the gazetteer and incidents libraries."""
