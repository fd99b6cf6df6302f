"""Point folium's JavaScript and CSS links at the copies the app serves itself, so the map needs no CDN."""
from __future__ import annotations

import logging

import folium
from branca.element import Element

from dashboard.settings import VENDOR_URL

log = logging.getLogger(__name__)

# folium's asset name -> path under dashboard/static/vendor (copied from npm by `python -m dashboard.assets`).
LOCAL_ASSETS = {
    "leaflet": "leaflet/leaflet.js",
    "leaflet_css": "leaflet/leaflet.css",
    "leaflet-heat.js": "leaflet.heat/leaflet-heat.js",
    "leaflet_draw_js": "leaflet-draw/leaflet.draw.js",
    "leaflet_draw_css": "leaflet-draw/leaflet.draw.css",
    "markerclusterjs": "leaflet.markercluster/leaflet.markercluster.js",
    "markerclustercss": "leaflet.markercluster/MarkerCluster.css",
    "markerclusterdefaultcss": "leaflet.markercluster/MarkerCluster.Default.css",
}

# Assets folium adds by default that none of our layers use (jQuery, Bootstrap, awesome-markers, fonts).
UNUSED = {
    "jquery",
    "bootstrap",
    "awesome_markers",
    "bootstrap_css",
    "glyphicons_css",
    "awesome_markers_font_css",
    "awesome_markers_css",
    "awesome_rotate_css",
}


def local_links(links: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The same links served by the app: known names mapped, unused dropped, other remote ones refused."""
    result = []
    for name, url in links:
        if name in LOCAL_ASSETS:
            result.append((name, f"{VENDOR_URL}/{LOCAL_ASSETS[name]}"))
        elif url.startswith("/") and not url.startswith("//"):
            result.append((name, url))
        elif name not in UNUSED:
            log.warning("offline: dropped remote asset %s (%s); add it to dashboard/assets.py", name, url)
    return result


def localize(element: Element) -> Element:
    """Rewrite the asset links of an element and all its children in place; returns the element."""
    for attr in ("default_js", "default_css"):
        if hasattr(element, attr):
            setattr(element, attr, local_links(list(getattr(element, attr))))
    for child in list(getattr(element, "_children", {}).values()):
        localize(child)
    return element


def preload(m: folium.Map, *names: str) -> None:
    """Load plugin scripts with the map itself: streamlit-folium loads scripts only when the map first mounts."""
    extra = [(name, f"{VENDOR_URL}/{LOCAL_ASSETS[name]}") for name in names]
    m.default_js = [*m.default_js, *(link for link in extra if link[1].endswith(".js"))]
    m.default_css = [*m.default_css, *(link for link in extra if link[1].endswith(".css"))]
