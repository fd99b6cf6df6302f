"""The map shell: offline basemap, area shading, heatmap, draw tool, legend; incidents come from dashboard.lod."""
from __future__ import annotations

import html
import json

import folium
import geopandas as gpd
import numpy as np
import pandas as pd
from branca.element import MacroElement
from folium.plugins import Draw, HeatMap
from jinja2 import Template

from dashboard import located
from dashboard.export.words import credits_in, group, word
from dashboard.offline import localize, preload
from dashboard.palette import EVENT_COLOURS, EVENT_NAMES_AR, present_types
from incidents.unreviewed import is_draft

SYRIA_CENTER = (35.0, 38.5)
SYRIA_ZOOM = 7

# Fixed classes of killed per area, so the legend never changes under the analyst's eyes.
KILLED_CLASSES = (
    (0, "#ffffff00"),
    (1, "#fee5d9"),
    (10, "#fcae91"),
    (50, "#fb6a4a"),
    (200, "#de2d26"),
    (1000, "#a50f15"),
)
# The zoom from which capitals of each admin level are named on the map.
LABEL_ZOOM = {1: 0, 2: 8, 3: 10}
LABEL_GAP = 3  # px kept clear between two place names (their white halos touch at 0)
HEAT_MAX_POINTS = 20_000  # above this the heatmap gets a grid of weights instead of the points


def killed_colour(killed: float) -> str:
    """The fill of an area with this many killed (fixed classes)."""
    colour = KILLED_CLASSES[0][1]
    for lower, fill in KILLED_CLASSES:
        if killed >= lower:
            colour = fill
    return colour


class _Css(MacroElement):
    """Page CSS for the map frame: sea colour without tiles, Arabic right to left, legend box."""

    _template = Template(
        """{% macro header(this, kwargs) %}<style>
        .leaflet-container { background: #dfe9f0; font-family: "Noto Sans", "Noto Sans Arabic", sans-serif; }
        .rtl, [lang=ar] { direction: rtl; unicode-bidi: isolate; text-align: right;
          font-family: "Noto Sans Arabic", "Noto Naskh Arabic", sans-serif; }
        .map-legend { background: rgba(255,255,255,.92); padding: 6px 9px; border-radius: 4px;
          font: 12px/1.35 sans-serif; box-shadow: 0 1px 4px rgba(0,0,0,.3); max-width: 230px; }
        .map-legend i { display: inline-block; width: 12px; height: 12px; margin: 0 5px; vertical-align: -1px;
          border: 1px solid #555; }
        .map-legend i.dot { border-radius: 50%; }
        .map-legend i.draft { background: #fff; box-shadow: inset 0 0 0 2px #555; }
        .map-legend i.diamond { transform: rotate(45deg) scale(.85); background: #bbb; }
        .map-legend .note { color: #444; font-size: 11px; margin-top: 2px; }
        .map-legend summary { cursor: pointer; font-weight: 700; }
        .map-legend details:not([open]) summary { color: #333; }
        .leaflet-control-attribution { font-size: 10px; line-height: 1.3; }
        .place-label-icon { background: none; border: none; }
        .place-label { position: absolute; transform: translate(-50%, -50%); white-space: nowrap;
          pointer-events: none; font: 600 12px sans-serif; color: #1a1a1a;
          text-shadow: 0 0 3px #fff, 0 0 3px #fff, 0 0 3px #fff, 0 0 2px #fff; }
        .place-label-1 { font-weight: 700; font-size: 14px; color: #000; }
        .place-label-3 { font-weight: 500; font-size: 11px; color: #333; }
        </style>{% endmacro %}"""
    )


class Legend(MacroElement):
    """A legend control: event-type colours, circle size, area classes (static, escaped)."""

    _template = Template(
        """{% macro script(this, kwargs) %}
        (function() {
          var legend = L.control({position: "bottomright"});
          legend.onAdd = function() {
            var div = L.DomUtil.create("div", "map-legend");
            div.innerHTML = {{ this.body|tojson }};
            L.DomEvent.disableClickPropagation(div);  // folding it is no click on the map
            L.DomEvent.disableScrollPropagation(div);
            return div;
          };
          legend.addTo({{ this._parent.get_name() }});
        })();
        {% endmacro %}"""
    )

    def __init__(self, lang: str, with_areas: bool):
        super().__init__()
        text = group(lang, "map_")
        rows = [f"<b>{html.escape(text['types'])}</b>"]
        names = {t: EVENT_NAMES_AR[t] if lang == "ar" else t for t in EVENT_COLOURS}
        rows += [  # every type, each row named by it: LegendScope shows those of the current selection
            f'<div data-type="{i}"><i class="dot" style="background:{c}"></i>{html.escape(names[t])}</div>'
            for i, (t, c) in enumerate(EVENT_COLOURS.items())
        ]
        rows.append(f"<div>{html.escape(text['size'])}</div>")
        rows.append(f'<div data-drafts style="display:none"><i class="dot draft"></i>{html.escape(text["drafts"])}</div>')
        rows.append(f"<div>{html.escape(text['badge'])}</div>")
        rows.append(f'<div class="note"><i class="diamond"></i>{html.escape(text["area_only"])}</div>')
        rows.append(f'<div class="note">{html.escape(text["country_only"])}</div>')
        if with_areas:
            rows.append(f"<b>{html.escape(text['killed'])}</b>")
            bounds = [lower for lower, _ in KILLED_CLASSES[1:]]
            for i, (lower, fill) in enumerate(KILLED_CLASSES[1:]):
                upper = f"–{bounds[i + 1] - 1}" if i + 1 < len(bounds) else "+"
                rows.append(f'<div><i style="background:{fill}"></i><bdi dir="ltr">{lower}{upper}</bdi></div>')
        direction = ' dir="rtl" lang="ar"' if lang == "ar" else ""
        # Folded by a click on its title: open, it covers the east of the country at the first zoom.
        self.body = (f"<details open{direction}><summary>{html.escape(text['legend'])}</summary>{''.join(rows)}"
                     "</details>")


def legend_facts(rows: pd.DataFrame) -> tuple[list[str], int]:
    """The event types of `rows` as the legend lists them (palette.present_types) and how many are unreviewed
    drafts: what LegendScope and the page's line on drafts say of a selection."""
    return present_types(rows["event_type"].unique()), int(is_draft(rows["review_status"]).sum())


class LegendScope(MacroElement):
    """With the incident layer: the legend lists only the event types of the selection it draws (in the map's
    language, as the legend names them), and its line on hollow circles only when the selection holds drafts.
    The legend itself is part of the base map, built once per setting; this runs at every rerun that draws."""

    _template = Template(
        """{% macro script(this, kwargs) %}
        (function() {
          var types = {{ this.types|tojson }}, drafts = {{ this.drafts|tojson }};
          document.querySelectorAll(".map-legend [data-type]").forEach(function(row) {
            row.style.display = types.indexOf(row.getAttribute("data-type")) >= 0 ? "" : "none";
          });
          document.querySelectorAll(".map-legend [data-drafts]").forEach(function(row) {
            row.style.display = drafts ? "" : "none";
          });
        })();
        {% endmacro %}"""
    )

    def __init__(self, types: list[str], drafts: int):
        super().__init__()
        self.types = [str(i) for i, name in enumerate(EVENT_COLOURS) if name in types]  # the rows' data-type
        self.drafts = drafts


class Credits(MacroElement):
    """The data's attribution in the map's attribution control (as text, never HTML)."""

    _template = Template(
        """{% macro script(this, kwargs) %}
        (function() {
          var map = {{ this._parent.get_name() }};
          var text = document.createElement("span");
          text.textContent = {{ this.text|tojson }};
          map.attributionControl.addAttribution(text.outerHTML);
        })();
        {% endmacro %}"""
    )

    def __init__(self, text: str):
        super().__init__()
        self.text = text


def base_map(
    center: tuple[float, float] | None,
    zoom: int | None,
    lang: str,
    tiles_url: str = "",
    tiles_attribution: str = "",
    outlines: gpd.GeoDataFrame | None = None,
    boundaries: gpd.GeoDataFrame | None = None,
    districts: gpd.GeoDataFrame | None = None,
    places: pd.DataFrame | None = None,
    credits: str = "",
    with_areas: bool = True,
    draw: bool = True,
    legend: bool = True,
) -> folium.Map:
    """The part of the map that does not change with the filters (so panning never reloads it)."""
    m = folium.Map(
        location=list(center or SYRIA_CENTER),
        zoom_start=SYRIA_ZOOM if zoom is None else zoom,
        tiles=None,
        control_scale=True,
        prefer_canvas=True,
        min_zoom=4,
        max_zoom=18,
    )
    _Css().add_to(m)
    if tiles_url:
        folium.TileLayer(tiles=tiles_url, attr=tiles_attribution or "Tiles: TILES_URL", name="Tiles").add_to(m)
    text = group(lang, "map_")
    if outlines is not None and len(outlines):
        folium.GeoJson(
            outlines,
            name=text["outlines"],
            style_function=_outline_style,
            interactive=False,
        ).add_to(m)
    for lines, name, style in ((districts, "districts", {"color": "#b5b5b5", "weight": 0.6, "fill": False}),
                               (boundaries, "boundaries", {"color": "#7a7a7a", "weight": 1.1, "fill": False})):
        if lines is not None and len(lines):
            folium.GeoJson(lines[["geometry"]], name=text[name], style_function=lambda _, s=style: s,
                           interactive=False).add_to(m)
    if places is not None and len(places):
        PlaceLabels(places, lang).add_to(m)
    if credits:  # in Arabic its headings too ('Incidents: … · Boundaries: …' headed 'الحوادث:', 'الحدود:')
        Credits(" · ".join(credits_in(lang, credits.replace(" · ", ". ")).split("\n")) if lang == "ar"
                else credits).add_to(m)
    if draw:
        Draw(
            export=False,
            position="topleft",
            draw_options={
                "polyline": False,
                "polygon": False,
                "circle": False,
                "marker": False,
                "circlemarker": False,
                "rectangle": {"shapeOptions": {"color": "#333", "weight": 2, "fillOpacity": 0.05}},
            },
            edit_options={"edit": False},
        ).add_to(m)
    if legend:
        Legend(lang, with_areas).add_to(m)
    preload(m, "leaflet-heat.js", "leaflet_draw_js", "leaflet_draw_css")
    return localize(m)


def _outline_style(feature: dict) -> dict:
    inside = feature.get("properties", {}).get("is_syria")
    return {
        "color": "#555" if inside else "#9a9a9a",
        "weight": 1.6 if inside else 0.8,
        "fillColor": "#fbfaf5" if inside else "#eceae3",
        "fillOpacity": 1,
    }


class PlaceLabels(MacroElement):
    """Place names that appear as one zooms in: governorate capitals first, then district and sub-district
    capitals. At every zoom the names are placed by rank (admin level, then OCHA's P-code order: Damascus,
    Aleppo, Homs, ...), each centred on its point, else just above or just below it; a name that would touch
    one placed before it in all three, or whose point lies under one (set beside it, it would name a place it
    does not show), is left out, so no two overlap (at zoom 4-5 the 13 governorate capitals lie within
    ~250 px and ran into one another; at the default view Dar'a and As-Sweida did). Names are set as text
    (serialised escaped, never read as HTML); Arabic ones right to left."""

    _template = Template(
        """{% macro script(this, kwargs) %}
        (function() {
          var map = {{ this._parent.get_name() }}, places = {{ this.places|tojson }}, rtl = {{ this.rtl|tojson }};
          var from = {{ this.min_zoom|tojson }}, gap = {{ this.gap|tojson }};
          var layer = L.layerGroup().addTo(map), shown = null;
          function marker(p) {
            var div = document.createElement("div");
            div.className = "place-label place-label-" + p[3];
            if (rtl) { div.dir = "rtl"; div.lang = "ar"; }
            div.textContent = p[2];
            return L.marker([p[0], p[1]], {interactive: false, keyboard: false, place: [p[0], p[1]],
              icon: L.divIcon({html: div.outerHTML, className: "place-label-icon", iconSize: null})});
          }
          function touches(a, b) {
            return a.left < b.right + gap && b.left < a.right + gap && a.top < b.bottom + gap && b.top < a.bottom + gap;
          }
          function update() {
            var zoom = map.getZoom(), level = 0;
            for (var l in from) { if (zoom >= from[l]) level = Math.max(level, +l); }
            if (zoom === shown) return;
            shown = zoom;
            layer.clearLayers();
            // Every name of this zoom added at once and measured in one layout, then kept in rank order
            // unless it touches a name kept before it.
            var markers = places.filter(function(p) { return p[3] <= level; }).map(function(p) {
              var m = marker(p);
              layer.addLayer(m);
              return m;
            });
            var boxes = markers.map(function(m) { return m.getElement().firstChild.getBoundingClientRect(); });
            var kept = [];
            markers.forEach(function(m, i) {
              var box = boxes[i], x = (box.left + box.right) / 2, y = (box.top + box.bottom) / 2;
              if (kept.some(function(other) {  // its place is under a name already
                return x >= other.left && x <= other.right && y >= other.top && y <= other.bottom;
              })) { layer.removeLayer(m); return; }
              var step = box.height / 2 + gap, free = [0, -step, step].filter(function(dy) {
                var moved = {left: box.left, right: box.right, top: box.top + dy, bottom: box.bottom + dy};
                return !kept.some(function(other) { return touches(moved, other); });
              });
              if (!free.length) { layer.removeLayer(m); return; }
              var dy = free[0];
              kept.push({left: box.left, right: box.right, top: box.top + dy, bottom: box.bottom + dy});
              if (dy) m.setLatLng(map.layerPointToLatLng(map.latLngToLayerPoint(m.getLatLng()).add([0, dy])));
            });
          }
          map.on("zoomend", update);
          update();
          window.placeLabels = layer;
        })();
        {% endmacro %}"""
    )

    def __init__(self, places: pd.DataFrame, lang: str):
        super().__init__()
        places = places.sort_values("level", kind="stable")  # the rank: level, then the order given
        names = places["name_en"]
        if lang == "ar":
            names = places["name_ar"].where(places["name_ar"].notna() & (places["name_ar"] != ""), names)
        self.places = [
            [round(float(lat), 4), round(float(lon), 4), str(name), int(level)]
            for lat, lon, name, level in zip(places["lat"], places["lon"], names, places["level"])
        ]
        self.rtl = lang == "ar"
        self.min_zoom = {str(level): zoom for level, zoom in LABEL_ZOOM.items()}
        self.gap = LABEL_GAP


def area_features(areas: gpd.GeoDataFrame, totals: pd.DataFrame, lang: str) -> dict:
    """Areas as a GeoJSON FeatureCollection with their label and totals: `areas` has pcode/name_en/name_ar/geometry,
    `totals` is indexed by pcode. Made once per selection and shared (the polygons' conversion is most of the
    layer's cost); the layer only reads it."""
    joined = areas.merge(totals[["incidents", "killed", "wounded"]], left_on="pcode", right_index=True, how="left")
    for column in ("incidents", "killed", "wounded"):
        joined[column] = joined[column].fillna(0).astype(int)
    name_column = "name_ar" if lang == "ar" else "name_en"
    joined["label"] = joined[name_column].fillna(joined["name_en"]).map(lambda s: html.escape(str(s)))
    return json.loads(joined[["label", "incidents", "killed", "wounded", "geometry"]].to_json())


def area_layer(features: dict, lang: str) -> folium.FeatureGroup:
    """Areas shaded by killed, from `area_features`."""
    group = folium.FeatureGroup(name=word(lang, "map_areas"))
    folium.GeoJson(
        features,
        style_function=lambda f: {
            "fillColor": killed_colour(f["properties"]["killed"]),
            "fillOpacity": 0.6,
            "color": "#666",
            "weight": 0.6,
        },
        highlight_function=lambda _: {"weight": 2, "color": "#222"},
        tooltip=folium.GeoJsonTooltip(
            fields=["label", "incidents", "killed", "wounded"],
            aliases=["", "incidents", "killed", "wounded"],
        ),
        interactive=True,
    ).add_to(group)
    return group


def symbol_layer(totals: pd.DataFrame, lang: str) -> folium.FeatureGroup:
    """Proportional symbols (area ∝ killed) at admin centres: `totals` has name_en/lat/lon/incidents/killed/wounded."""
    group = folium.FeatureGroup(name=word(lang, "map_areas"))
    peak = max(float(totals["killed"].max()), 1.0) if len(totals) else 1.0
    for row in totals.itertuples():
        if row.killed <= 0:
            continue
        folium.CircleMarker(
            [row.lat, row.lon],
            radius=4 + 36 * np.sqrt(row.killed / peak),
            color="#7a0c0c",
            weight=1,
            fill=True,
            fill_color=killed_colour(row.killed),
            fill_opacity=0.55,
            tooltip=f"{html.escape(str(row.name_en))}: {row.killed} killed, {row.wounded} wounded, {row.incidents} incidents",
        ).add_to(group)
    return group


HEAT_COLUMNS = tuple(dict.fromkeys(located.COLUMNS + ("killed", "wounded")))


def heat_points(selected: pd.DataFrame) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Latitude, longitude and weight (killed + wounded, at least 1) of the incidents a map draws (not those located
    only to the country: their point is no place); beyond HEAT_MAX_POINTS they are summed on a 0.02° grid first, so
    the browser gets a bounded amount whatever the selection."""
    placed = selected[located.drawn(selected)]
    lat, lon = placed["latitude"].to_numpy(float), placed["longitude"].to_numpy(float)
    weight = np.maximum((placed["killed"].fillna(0) + placed["wounded"].fillna(0)).to_numpy(float), 1.0)
    if len(lat) > HEAT_MAX_POINTS:
        cells = pd.DataFrame({"lat": np.round(lat / 0.02) * 0.02, "lon": np.round(lon / 0.02) * 0.02, "w": weight})
        summed = cells.groupby(["lat", "lon"], sort=False)["w"].sum().reset_index()
        lat, lon, weight = summed["lat"].to_numpy(), summed["lon"].to_numpy(), summed["w"].to_numpy()
    return lat, lon, weight


def heat_layer(points: tuple[np.ndarray, np.ndarray, np.ndarray], lang: str) -> folium.FeatureGroup:
    """A heatmap of the weights from `heat_points`, scaled to their 99th percentile."""
    lat, lon, weight = points
    peak = float(np.percentile(weight, 99)) if len(weight) else 1.0
    data = np.column_stack([lat, lon, np.minimum(weight / max(peak, 1.0), 1.0)]).round(4).tolist()
    group = folium.FeatureGroup(name=word(lang, "map_heat"))
    HeatMap(data, radius=14, blur=18, min_opacity=0.25, max_zoom=12).add_to(group)
    return localize(group)


def selected_marker(lat: float, lon: float, lang: str) -> folium.FeatureGroup:
    """A ring around the selected incident."""
    group = folium.FeatureGroup(name=word(lang, "map_selected"), control=False)
    folium.CircleMarker([lat, lon], radius=16, color="#000", weight=3, fill=False, interactive=False).add_to(group)
    return group


def rectangle_bbox(drawing: dict | None) -> tuple[float, float, float, float] | None:
    """West, south, east, north of a drawn rectangle (a GeoJSON feature from the draw tool), else None."""
    try:
        ring = drawing["geometry"]["coordinates"][0]
    except (KeyError, IndexError, TypeError):
        return None
    lons, lats = [p[0] for p in ring], [p[1] for p in ring]
    if max(lons) <= min(lons) or max(lats) <= min(lats):
        return None
    return (round(min(lons), 4), round(min(lats), 4), round(max(lons), 4), round(max(lats), 4))


def bounds_bbox(bounds: dict | None) -> tuple[float, float, float, float] | None:
    """West, south, east, north of the bounds streamlit-folium returns, clipped to the world."""
    try:
        sw, ne = bounds["_southWest"], bounds["_northEast"]
        west, south, east, north = sw["lng"], sw["lat"], ne["lng"], ne["lat"]
    except (KeyError, TypeError):
        return None
    if None in (west, south, east, north):
        return None
    return (max(west, -180.0), max(south, -90.0), min(east, 180.0), min(north, 90.0))



AREA_MARGIN = {"governorate": 0.8, "district": 0.35, "subdistrict": 0.15}  # degrees, when a unit's outline is unknown
PLACE_MARGIN = 0.1  # degrees around a town or smaller place


def candidate_bounds(candidates, areas: dict[str, gpd.GeoDataFrame | None]) -> list[list[float]]:
    """[[south, west], [north, east]] framing every gazetteer candidate: a governorate or district by its whole
    outline from `areas` (by level; each has pcode and geometry), another place with a margin. Framed by its
    centre alone, 'countryside of Hama' showed 20 km of empty steppe around a point, not the governorate."""
    boxes = []
    for match in candidates:
        pcode = {"governorate": match.admin1_pcode, "district": match.admin2_pcode}.get(match.level)
        level_areas = areas.get(match.level)
        outline = level_areas[level_areas["pcode"] == pcode] if pcode and level_areas is not None else None
        if outline is not None and len(outline):
            boxes.append(tuple(float(v) for v in outline.total_bounds))
        else:
            margin = AREA_MARGIN.get(match.level, PLACE_MARGIN)
            boxes.append((match.lon - margin, match.lat - margin, match.lon + margin, match.lat + margin))
    west, south, east, north = (f(box[k] for box in boxes) for k, f in enumerate((min, min, max, max)))
    return [[south, west], [north, east]]
