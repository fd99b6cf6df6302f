"""The gazetteer: look a place name up (candidates and their sources), and add a place it does not know."""
from __future__ import annotations

import html
import unicodedata

import folium
import pandas as pd
import streamlit as st
from streamlit_folium import st_folium

from dashboard import data, grids, language, notices, signin
from dashboard.export.words import place_kind, rtl, unit_name, word
from dashboard.map import base_map, candidate_bounds
from dashboard.offline import localize
from dashboard.settings import load
from gazetteer.learned import learn, learned_path

st.set_page_config(page_title="Gazetteer", page_icon="📍", layout="wide")
user = signin.user_or_stop(load())
lang = language.current()
say = lambda key, **values: word(lang, key, **values)  # noqa: E731


def typed_name(text: str) -> str:
    """A typed or pasted name without invisible format characters: Arabic copied from a web page often carries a
    right-to-left mark or a joiner ('حلب\u200f' found Al Halbah, not Aleppo; 'حمص\u200c' found nothing)."""
    return "".join(ch for ch in text if unicodedata.category(ch) != "Cf").strip()


def candidate_map(candidates) -> folium.Map:
    """The candidates on the offline basemap (place names in the page's language), numbered as in the table (names
    escaped)."""
    m = base_map(None, None, lang, outlines=data.outlines(), with_areas=False, draw=False, legend=False,
                 **data.readable_basemap(str(load().ocha_dir)))
    for rank, match in enumerate(candidates, start=1):
        folium.CircleMarker(
            [match.lat, match.lon], radius=7, color="#0072B2", fill=True, fill_opacity=0.8,
            tooltip=f"{rank}. {html.escape(match.name_en)} / {html.escape(match.name_ar)} ({html.escape(match.source)})",
        ).add_to(m)
    ocha = str(load().ocha_dir)
    areas = {level: data.admin_areas(ocha, level) for level in ("governorate", "district")}
    m.fit_bounds(candidate_bounds(candidates, areas), max_zoom=10)
    return localize(m)


st.title(say("nav_gazetteer"))
gaz = data.gazetteer()

st.subheader(say("g_look"))
cols = st.columns([3, 2])
name = typed_name(cols[0].text_input(say("g_name"), key="gaz_name"))
governorates = [g.admin1 or g.name_en for g in gaz.governorates()]
hint = cols[1].selectbox(say("g_in"), ["", *governorates], key="gaz_hint",
                         format_func=lambda g: unit_name(lang, g, "governorate") if g else say("g_any"))
if name:
    try:
        candidates = gaz.resolve(name, admin1=hint or None, limit=10)
    except ValueError as exc:
        st.warning(say("g_cannot"))
        st.text(str(exc))
        candidates = []
    if candidates:
        table = pd.DataFrame([m.to_dict() for m in candidates])
        table["level"] = table["level"].map(lambda level: place_kind(lang, level))  # shown, not stored
        columns = ["name_en", "name_ar", "level", "admin1", "admin2", "admin3", "lat", "lon", "geo_precision", "score",
                   "source"]
        grids.table(
            table[columns],
            hide_index=True,
            use_container_width=True,
            column_config=grids.headed(lang, columns, {  # names wide enough to read whole (eleven columns squeezed
                "name_en": st.column_config.TextColumn(say("col_name_en"), width="medium"),  # them to 'معرة النعما')
                "name_ar": st.column_config.TextColumn(say("col_name_ar"), width="medium"),
                "score": st.column_config.ProgressColumn(say("col_score"), min_value=0, max_value=100, format="%.0f"),
            }),
        )
        st_folium(candidate_map(candidates), key="gaz_map", height=380, use_container_width=True, returned_objects=[])
    else:
        st.info(rtl(lang, say("g_none")))

st.subheader(say("g_add"))
if not user.can("places"):
    st.caption(rtl(lang, say("g_only_admin", role=user.role)))
    st.stop()
with st.form("gaz_add", clear_on_submit=True):
    cols = st.columns(2)
    new_name = typed_name(cols[0].text_input(say("g_new_name")))
    new_name_ar = typed_name(cols[1].text_input(say("g_new_ar")))
    lat = cols[0].number_input(say("g_lat"), min_value=32.0, max_value=37.5, value=35.0, format="%.5f")
    lon = cols[1].number_input(say("g_lon"), min_value=35.5, max_value=42.5, value=38.0, format="%.5f")
    level = cols[0].selectbox(say("g_kind"), ["town", "neighbourhood", "landmark"], format_func=lambda k: say(f"kind_{k}"))
    source = cols[1].text_input(say("g_source"), value="analyst")
    if st.form_submit_button(say("g_add_button"), type="primary"):
        if not new_name.strip() and not new_name_ar.strip():
            st.error(say("g_give_name"))
        else:
            admin = gaz.reverse(lat, lon) or {}
            row = {"name": new_name.strip() or new_name_ar.strip(), "name_ar": new_name_ar.strip(), "lat": lat,
                   "lon": lon, "admin1": admin.get("admin1"), "admin2": admin.get("admin2"), "level": level,
                   "source": source.strip() or "analyst"}
            if learn([row]):
                notices.post("gaz_add", "success", say("g_added"),
                             f"{row['name']} ({lat:.4f}, {lon:.4f}) in {admin.get('admin2') or '?'}, "
                             f"{admin.get('admin1') or '?'} ({learned_path().name})")
            else:
                notices.post("gaz_add", "error", say("g_not_added"),
                             row["name"])
notices.show("gaz_add", lang)
