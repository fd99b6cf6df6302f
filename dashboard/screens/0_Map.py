"""The Map page: sidebar filters, the map, the linked table and charts; the URL holds the whole view."""
from __future__ import annotations

from dataclasses import replace

import folium
import streamlit as st

from dashboard import data, framing, language, mapframe, panels, sidebar, signin, timeplay
from dashboard.lod import CLICK_CHANNEL, clicked_id, incident_layer
from dashboard.map import (
    HEAT_COLUMNS,
    SYRIA_CENTER,
    SYRIA_ZOOM,
    LegendScope,
    area_layer,
    base_map,
    bounds_bbox,
    heat_layer,
    heat_points,
    legend_facts,
    rectangle_bbox,
    selected_marker,
    symbol_layer,
)
from dashboard.export.words import rtl, word
from dashboard.offline import localize
from dashboard.settings import load
from dashboard.urlstate import View, from_params, to_params
from incidents import located, unreviewed
from incidents.record import SYRIA_BBOX

MAP_KEY = "map"
MAP_HEIGHT = 600
MAP_WIDTH = 700  # the map's width assumed until it reports its own (the wide layout's narrowest beside the sidebar)

settings = load()
signin.user_or_stop(settings)  # app.py has checked already; this page never shows without it
dataset = data.current(settings.incidents_db)
state = st.session_state

if "view" not in state:  # first run of this session: the URL says what to show
    url_view, problems = from_params({key: st.query_params.get_all(key) for key in st.query_params})
    problems += sidebar.seed(url_view, dataset.options)
    state.view, state.url_problems = url_view, problems
    state.map_home = (url_view.center, url_view.zoom)
    state.map_epoch = 0
    state.map_follows = url_view.center is None  # a link's own view is kept; else the map frames the selection
    state.map_set = []  # the views the page itself gave the map (its reports of them are not the analyst's moves)

if state.url_problems:  # the link's values are shown as plain text: a link is anyone's to write
    st.warning(word(language.current(), "link_unused"), icon="⚠️")
    st.text("\n".join(state.url_problems))

before = state.view.filters
state.view = sidebar.render(state.view, dataset.options, language.current())  # the sidebar's filters, the map's own view kept
full_run_filters = state.view.filters
if (before.admin1, before.admin2) != (full_run_filters.admin1, full_run_filters.admin2):
    state.map_follows = True  # a governorate or district chosen: the map goes there, wherever it was


def framed(whole) -> tuple[tuple[float, float], int] | None:
    """Where the map should look while it follows the selection (None when the analyst moved it): around the
    incidents selected (`framing`, all dates, so playback does not move it), the home view for the whole country."""
    if not state.map_follows:
        return None
    home_center, home_zoom = state.map_home
    home = (tuple(home_center or SYRIA_CENTER), SYRIA_ZOOM if home_zoom is None else home_zoom)
    box = whole.derived(framing.extent, columns=located.COLUMNS)
    target = home if box == SYRIA_BBOX else framing.view(box, state.get("map_width", MAP_WIDTH), MAP_HEIGHT)
    state.map_set = [target, *state.map_set[:1], home]  # the map may still report the one before, or its first
    return target


def on_map_change() -> None:
    """Keep the map's centre and zoom; a click selects the nearest incident, a rectangle limits the area."""
    out = state.get(MAP_KEY) or {}
    current: View = state.view
    center = out.get("center")
    if center and out.get("zoom") is not None:
        current = replace(current, center=(round(center["lat"], 4), round(center["lng"], 4)), zoom=int(out["zoom"]))
        if not any(framing.same_view(current.center, current.zoom, *given) for given in state.map_set):
            state.map_follows = False  # the analyst moved the map: it stays where they put it
    state.map_bounds = bounds_bbox(out.get("bounds"))
    state.map_width = framing.width_px(state.map_bounds, out.get("zoom"), state.get("map_width", MAP_WIDTH))
    points_from = state.get("points_from_zoom")  # below this zoom the map shows cells: a click there zooms in
    for event in ("last_object_clicked", "last_clicked"):
        click = out.get(event)
        if click and click != state.get(f"seen_{event}"):
            state[f"seen_{event}"] = click
            if points_from is not None and (current.zoom or 0) >= points_from:
                picked = clicked_id(out)  # the incident the map's popup shows first, when the map says
                if picked is None or not state.shown["id"].eq(picked).any():
                    picked = data.nearest(state.shown, click["lat"], click["lng"], current.zoom)
                current = replace(current, selected=picked)
            break
    drawing = out.get("last_active_drawing")
    if drawing and drawing != state.get("seen_drawing"):
        state.seen_drawing = drawing
        bbox = rectangle_bbox(drawing)
        if bbox:
            current = current.with_filters(bbox=bbox)
    state.view = current


def set_area(bbox: tuple[float, float, float, float] | None) -> None:
    """Limit everything to an area (None: the whole country again)."""
    state.view = state.view.with_filters(bbox=bbox)
    if bbox is None:  # a new map drops the drawn rectangle too
        state.map_home = (state.view.center, state.view.zoom)
        state.map_epoch += 1


def base_settings(view: View) -> tuple:
    """What the base map's look depends on: it is rebuilt (and the browser's map re-mounted) only when they change."""
    base_key = (view.lang, "areas" in view.layers, state.map_epoch)
    if state.get("map_base_key") != base_key:
        if "map_base_key" in state:
            state.map_home = (view.center, view.zoom)
        state.map_base_key = base_key
    return base_key + (state.map_home,)


def new_base_map(view: View):
    """The part of the map that does not change with the filters or the time window."""
    home_center, home_zoom = state.map_home
    ocha = str(settings.ocha_dir)
    return base_map(
        home_center,
        home_zoom,
        view.lang,
        tiles_url=settings.tiles_url,
        tiles_attribution=settings.tiles_attribution,
        outlines=data.outlines(),
        **data.readable_basemap(ocha, dataset.datasets),
        with_areas="areas" in view.layers,
    )


def window_views() -> None:
    """Totals, time control, map, table and charts: all a playback step changes, rerun alone (a fragment) when
    the time control, the map or the table is used; the sidebar and the page around it stay as they are."""
    timeplay.keep_time(dataset.options)
    view: View = timeplay.current(state.view, dataset.options)
    if view.filters != full_run_filters:  # an area drawn or cleared: the whole page follows
        st.rerun(scope="app")
    whole = dataset.select(view.filters)
    selection = timeplay.narrow(dataset, view)  # the playback window's incidents, else all of whole
    state.shown = selection.columns("id", "latitude", "longitude")  # the map and table callbacks look clicks up here
    base = mapframe.base_frame(base_settings(view) + dataset.datasets, MAP_KEY, lambda: new_base_map(view))
    home_zoom = state.map_home[1]
    areas = data.admin_areas(str(settings.ocha_dir), view.area_level)

    types, drafts = selection.derived(legend_facts, columns=("event_type", "review_status"))
    groups: list[folium.FeatureGroup] = []
    state.points_from_zoom = None
    if "areas" in view.layers:
        if areas is not None:
            features = selection.derived(data.shaded_areas, view.area_level, areas, view.lang,
                                         columns=data.AREA_COLUMNS)
            groups.append(area_layer(features, view.lang))
        else:
            totals = selection.derived(data.area_totals, view.area_level, areas, columns=data.AREA_COLUMNS)
            groups.append(symbol_layer(totals, view.lang))
    if "heat" in view.layers and selection.size:
        groups.append(heat_layer(selection.derived(heat_points, columns=HEAT_COLUMNS), view.lang))
    if "incidents" in view.layers:
        lod_view = dataset.index.view(selection.mask, bounds=state.get("map_bounds"), zoom=view.zoom or home_zoom or 7)
        state.points_from_zoom = lod_view.points.min_zoom if lod_view.points is not None else None
        incidents = folium.FeatureGroup(name=word(view.lang, "map_incidents"))
        groups.append(incidents.add_child(incident_layer(lod_view, lang=view.lang)).add_child(LegendScope(types, drafts)))
    selected_row = selection.row(view.selected)
    if len(selected_row):
        groups.append(selected_marker(selected_row["latitude"].iloc[0], selected_row["longitude"].iloc[0], view.lang))

    st.markdown(
        rtl(view.lang, f"**{word(view.lang, 'shown', shown=selection.size, total=dataset.size)}** · ")
        + panels.casualties(selection.columns("killed", "wounded"), view.lang)
        + timeplay.totals_note(dataset, selection, view.time, view.lang),
    )
    undrawn = dataset.index.undrawn(selection.mask)  # counted above, in the table and charts; not on the map
    if undrawn:
        st.caption(rtl(view.lang, word(view.lang, "undrawn", what=undrawn.text(view.lang))))
    if drafts:  # on the map (hollow), in the table and charts and in every briefing export unless filtered out
        st.caption(rtl(view.lang, word(view.lang, "drafts_shown", n=drafts, note=unreviewed.note(drafts))))
    timeplay.control(view, dataset.options)
    jump = state.pop("jump", None)  # a table row picked: the map pans to it, and stays there
    if jump:
        state.map_follows = False
    target = framed(whole)
    if target and not jump:  # the link says what the map is made to show (the map reports it only when moved)
        view = replace(view, center=target[0], zoom=target[1])
    mapframe.show(
        base,
        [localize(g) for g in groups],
        localize(folium.LayerControl(collapsed=True)),
        key=MAP_KEY,
        height=MAP_HEIGHT,
        returned_objects=["last_clicked", "last_object_clicked", CLICK_CHANNEL, "last_active_drawing", "bounds", "zoom",
                          "center"],
        center=jump or (target and target[0]),
        zoom=None if jump else target and target[1],
        on_change=on_map_change,
    )
    area_cols = st.columns([1.4, 1, 4])
    area_cols[0].button(
        word(view.lang, "to_view"), on_click=set_area, args=(state.get("map_bounds"),),
        disabled=not state.get("map_bounds"),
    )  # fmt: skip
    if view.filters.bbox:
        area_cols[1].button(word(view.lang, "clear_area"), on_click=set_area, args=(None,))
        area_cols[2].caption(rtl(view.lang, word(view.lang, "area", **dict(zip(("west", "south", "east", "north"),
                                                                                 view.filters.bbox)))))
    else:
        area_cols[2].caption(rtl(view.lang, word(view.lang, "draw_hint")))

    view = panels.selected_incident(view, selected_row)
    view = panels.linked_views(view, selection, whole)
    state.view = view
    st.query_params.from_dict(to_params(view))


st.title(word(state.view.lang, "page_title"))
st.fragment(window_views, run_every=timeplay.timer())()
