"""The base map is rendered once and shared by sessions: each session's layers render against it in turn."""
from __future__ import annotations

import sys
import threading

import folium

from dashboard import mapframe
from dashboard.map import base_map


def _group(name: str) -> folium.FeatureGroup:
    group = folium.FeatureGroup(name=name)
    for i in range(40):
        folium.CircleMarker([35.0 + i / 100, 38.0], radius=3, tooltip=name).add_to(group)
    return group


def test_sessions_rendering_layers_at_once_each_get_only_their_own():
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-5)  # threads take turns often, as ten busy sessions make them
    try:
        _sessions_at_once()
    finally:
        sys.setswitchinterval(interval)


def _sessions_at_once():
    base = mapframe.rendered(base_map(None, None, "en"), "map")
    before = list(base.map._children)
    outputs: dict[str, tuple[str | None, str]] = {}
    start = threading.Barrier(8)

    def session(name: str) -> None:
        start.wait()
        for _ in range(10):
            outputs[name] = mapframe.layers_js(base, [_group(name)], folium.LayerControl())

    threads = [threading.Thread(target=session, args=(f"layer-of-session-{i}",)) for i in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for name, (groups_js, control_js) in outputs.items():
        others = [other for other in outputs if other != name]
        assert name in groups_js and not any(other in groups_js for other in others)
        assert name in control_js and not any(other in control_js for other in others)
    assert list(base.map._children) == before  # the shared base map is left as it was built


def test_the_links_a_session_needs_come_after_the_base_maps():
    base = mapframe.rendered(base_map(None, None, "en"), "map")
    heat = folium.FeatureGroup(name="heat")
    folium.plugins.HeatMap([[35.0, 38.0, 1.0]]).add_to(heat)
    css, js = mapframe._links([heat], base.css, base.js)
    assert css[: len(base.css)] == list(base.css) and js[: len(base.js)] == list(base.js)
    assert any("heat" in src.lower() for src in js[len(base.js):])
