"""The map through streamlit-folium's component with the base map rendered once per setting and shared by every
session: a new session and a rerun (a playback step, a pan) render only the layers that change, not the
boundaries and place names again.

`st_folium` renders the whole folium map to JavaScript on every rerun (at a playback step that was most of the
page's server time); here the base map's script, header and bounds are kept, and only the feature groups and the
layer control are rendered, as `st_folium` itself does (streamlit-folium is pinned in requirements.txt)."""
from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from textwrap import dedent

import folium
import folium.elements
import streamlit as st
import streamlit_folium as sf

GROUP_PREFIX = "feature_group_feature_group_"  # the names streamlit-folium gives the groups it adds


@dataclass(frozen=True)
class BaseFrame:
    """A base map rendered for the component: its script and the folium map the layers are rendered against."""

    map: folium.Map
    script: str
    header: str
    html: str
    id: str
    bounds: list
    zoom: int | None
    hash_key: str
    css: tuple[str, ...]
    js: tuple[str, ...]
    lock: threading.Lock = field(default_factory=threading.Lock, compare=False, repr=False)  # layers render in turn


@st.cache_resource(max_entries=32, show_spinner=False)
def base_frame(setting: tuple, key: str, _build: Callable[[], folium.Map]) -> BaseFrame:
    """The base map for `setting` (anything its look depends on, the credited datasets included), built and rendered
    once and shared by every session that shows it (the sessions' layers are rendered against it in turn)."""
    return rendered(_build(), key)


def rendered(m: folium.Map, key: str) -> BaseFrame:
    """`m` rendered for the component (its script, header and bounds), once."""
    m.get_root().render()
    m.render()
    html, header = sf._get_html(m), sf._get_header(m)  # before the script: _get_map_string renames elements
    script = sf._get_map_string(m)
    css, js = _links([m])
    return BaseFrame(map=m, script=script, header=header, html=html, id=sf.get_full_id(m), bounds=m.get_bounds(),
                     zoom=m.options.get("zoom"), hash_key=sf.generate_js_hash(script, key, False),
                     css=tuple(css), js=tuple(js))  # fmt: skip


def show(base: BaseFrame, groups: list[folium.FeatureGroup], control: folium.LayerControl, *, key: str, height: int,
         returned_objects: Iterable[str], center: tuple[float, float] | None = None, zoom: int | None = None,
         on_change: Callable[[], None] | None = None) -> dict:  # fmt: skip
    """The component showing `base` with `groups` swapped in (the browser's map keeps its centre and zoom, moving
    only when `center` or `zoom` differ from those passed last)."""
    groups_js, control_js = layers_js(base, groups, control)
    css, js = _links(groups, base.css, base.js)
    (south, west), (north, east) = base.bounds
    defaults = {
        "last_clicked": None, "last_object_clicked": None, "last_active_drawing": None, "zoom": base.zoom,
        "bounds": {"_southWest": {"lat": south, "lng": west}, "_northEast": {"lat": north, "lng": east}},
    }  # fmt: skip

    def changed() -> None:
        st.session_state[key] = st.session_state.get(base.hash_key, {})
        if on_change is not None:
            on_change()

    return sf._component_func(
        script=base.script, header=base.header, html=base.html, id=base.id, key=base.hash_key, height=height,
        width=None, returned_objects=list(returned_objects),
        default={k: v for k, v in defaults.items() if k in returned_objects}, zoom=zoom, center=center,
        feature_group=groups_js, return_on_hover=False, layer_control=control_js, pixelated=False, css_links=css,
        js_links=js, on_change=changed, wrap_longitude=False,
    )  # fmt: skip


def layers_js(base: BaseFrame, groups: list[folium.FeatureGroup], control: folium.LayerControl) -> tuple[str | None, str]:
    """The script adding `groups` to the browser's map, and the layer control's (what a rerun renders and sends).
    The groups are added to the shared base map for as long as they render, one session at a time."""
    m = base.map
    with base.lock:
        try:
            groups_js = "".join(_group_js(g, m, i) for i, g in enumerate(groups)) or None
            return groups_js, sf._get_layer_control_string(control, m)
        finally:  # the base map as it was built, for the next session
            for name in [n for n in m._children if n.startswith(GROUP_PREFIX) or n == control.get_name()]:
                del m._children[name]


def _group_js(group: folium.FeatureGroup, m: folium.Map, idx: int) -> str:
    """One group's script, as streamlit-folium's `_get_feature_group_string` makes it, but rendering (which compiles
    every element's output as a template again: most of a step's time with a large incident layer) only the
    elements that prepare their script in `render` (GeoJson's style map)."""
    group._id = f"feature_group_{idx}"
    group.add_to(m)
    stack = [group]
    while stack:
        element = stack.pop()
        if isinstance(element, folium.GeoJson):
            element.render()
        stack.extend(element._children.values())
    script = sf.generate_leaflet_string(group, base_id=f"feature_group_{idx}").replace(sf.get_full_id(m), "map_div")
    return dedent(script) + dedent(
        f"""
        map_div.addLayer(feature_group_feature_group_{idx});
        window.feature_group = window.feature_group || [];
        window.feature_group.push(feature_group_feature_group_{idx});
        """
    )


def _links(elements: Iterable, css: Iterable[str] = (), js: Iterable[str] = ()) -> tuple[list[str], list[str]]:
    """The stylesheets and scripts `elements` and their children need (already pointed at the app's own copies),
    after `css` and `js`."""
    css, js = list(css), list(js)
    stack = list(reversed(list(elements)))
    while stack:
        element = stack.pop()
        if isinstance(element, folium.elements.JSCSSMixin):
            css += [href for _, href in getattr(element, "default_css", [])]
            js += [src for _, src in getattr(element, "default_js", [])]
        stack.extend(reversed(list(getattr(element, "_children", {}).values())))
    return list(dict.fromkeys(css)), list(dict.fromkeys(js))
