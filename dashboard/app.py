"""The incident map (placeholder page until the dashboard lands)."""
import streamlit as st

st.set_page_config(page_title="Syria incident map", layout="wide")
st.title("Syria incident map")
st.write("The dashboard is being built.")
