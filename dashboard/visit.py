"""A visit to the app over Streamlit's WebSocket protocol, without a browser: warms a new server (`dashboard.serve`)
and measures the server's share in the load test.

It does on the server what a browser's first visit does: one run of the page, then, once the map's element has
arrived, the rerun the map component asks for when it reports its view (centre, zoom, bounds). It renders nothing,
so ten of them cost the machine almost nothing beside the server. It does not fetch the front end's static files
(a first visit's browser does: about 0.15 CPU-s of the server's).
"""
from __future__ import annotations

import asyncio
import json
import time
from dataclasses import dataclass

import websockets
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

MAP_COMPONENT = "streamlit_folium.st_folium"
# What the browser's map reports once drawn (the default view of Syria in a 1400 px wide page).
MAP_REPORT = {"zoom": 7, "center": {"lat": 35.0, "lng": 38.5},
              "bounds": {"_southWest": {"lat": 32.3, "lng": 34.6}, "_northEast": {"lat": 37.6, "lng": 42.4}}}


@dataclass(frozen=True)
class Visit:
    """One protocol session's times, seconds from connecting: the map's element received, both runs finished."""

    to_map: float | None
    settled: float | None
    received_bytes: int


async def visit(port: int, query: str = "", timeout: float = 240, host: str = "127.0.0.1", base_path: str = "") -> Visit:
    """Open a session on the app at `host`:`port` (under `base_path`), run its page with `query` and answer the
    map's report as a browser does; times are None when the map never came (`timeout` seconds in all)."""
    started = time.monotonic()
    received, to_map, page_hash = 0, None, ""
    async with websockets.connect(f"ws://{host}:{port}{url_prefix(base_path)}/_stcore/stream", subprotocols=["streamlit"],
                                  max_size=None, open_timeout=timeout) as ws:  # fmt: skip
        await ws.send(_rerun(query, page_hash).SerializeToString())
        for run in (1, 2):
            map_element = None
            while True:
                data = await asyncio.wait_for(ws.recv(), max(timeout - (time.monotonic() - started), 0.1))
                received += len(data)
                message = ForwardMsg()
                message.ParseFromString(data)
                kind = message.WhichOneof("type")
                if kind == "navigation":
                    page_hash = message.navigation.page_script_hash
                elif kind == "delta" and message.delta.WhichOneof("type") == "new_element":
                    element = message.delta.new_element
                    if element.WhichOneof("type") == "component_instance" and \
                            element.component_instance.component_name == MAP_COMPONENT:
                        map_element = (element.component_instance.id, message.delta.fragment_id)
                        to_map = to_map or time.monotonic() - started
                elif kind == "script_finished":
                    break
            if map_element is None:
                return Visit(to_map, None, received)
            if run == 1:
                widget_id, fragment = map_element
                await ws.send(_rerun(query, page_hash, fragment, {widget_id: MAP_REPORT}).SerializeToString())
    return Visit(to_map, time.monotonic() - started, received)


def url_prefix(base_path: str) -> str:
    """The URL path the app is served under ("" or "/path")."""
    return f"/{base_path.strip('/')}" if base_path.strip("/") else ""


def _rerun(query: str, page_hash: str, fragment: str = "", values: dict | None = None) -> BackMsg:
    """The message a browser sends to run the page (or one fragment of it) with these widget values."""
    message = BackMsg()
    state = message.rerun_script
    state.query_string, state.page_script_hash, state.fragment_id = query, page_hash, fragment
    state.context_info.timezone, state.context_info.locale = "UTC", "en-US"
    for widget_id, value in (values or {}).items():
        widget = state.widget_states.widgets.add()
        widget.id, widget.json_value = widget_id, json.dumps(value)
    return message
