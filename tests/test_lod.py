"""The incident index and its level of detail: filters, exact cell totals, bounded payloads, escaped texts."""
from __future__ import annotations

import datetime as dt
import math

import folium
import h3
import numpy as np
import pandas as pd
import pyarrow as pa
import pytest

from bench.map_scale import synthetic_frame
from dashboard.lod import CLICK_CHANNEL, IncidentIndex, clicked_id, incident_layer
from dashboard.lod.columns import take
from dashboard.lod.layer import payload
from dashboard.palette import EVENT_COLOURS, EVENT_NAMES_AR
from dashboard.lod.index import INDEX_FIELDS, MAX_CELLS, MAX_POINTS
from incidents.filters import Filters

EVIL = '<script>window.__xss=1</script><img src=x onerror="window.__xss=2">'


def frame_of(rows: list[dict]) -> pd.DataFrame:
    """A store-like frame: every index column, missing ones empty."""
    frame = pd.DataFrame(rows)
    for name in INDEX_FIELDS:
        if name not in frame:
            frame[name] = None
    frame["event_date"] = pd.to_datetime(frame["event_date"])
    frame["killed"] = frame["killed"].astype("Int64")
    frame["wounded"] = frame["wounded"].astype("Int64")
    return frame


@pytest.fixture(scope="module")
def small() -> IncidentIndex:
    return IncidentIndex.from_frame(frame_of([
        dict(id=1, event_date="2016-01-05", event_type="Battles", actor1="SAA", admin1="Aleppo",
             admin1_pcode="SY02", latitude=36.2, longitude=37.15, killed=3, wounded=1, review_status="published",
             excerpt="Clashes near the citadel"),
        dict(id=2, event_date="2016-02-10", event_type="Explosions/Remote violence", actor1="Unknown",
             actor2="Free Syrian Army", admin1="Idlib", admin1_pcode="SY07", latitude=35.93, longitude=36.63,
             killed=0, wounded=4, review_status="draft", location_ar="إدلب"),
        dict(id=3, event_date="2017-06-01", event_type="Battles", admin1="Aleppo", admin1_pcode="SY02",
             latitude=36.1, longitude=37.3, killed=None, wounded=None, review_status="reviewed"),
        dict(id=4, event_date="2017-07-01", event_type="Protests", admin1="Damascus", admin1_pcode="SY01",
             latitude=None, longitude=None, killed=12, wounded=0, review_status="published", source="SANA"),
    ]))  # fmt: skip


def ids(index: IncidentIndex, filters: Filters) -> list[int]:
    return [i + 1 for i in np.flatnonzero(index.mask(filters))]


@pytest.mark.parametrize(
    "filters, expected",
    [
        (Filters(), [1, 2, 3, 4]),
        (Filters(date_from=dt.date(2016, 2, 10), date_to=dt.date(2017, 6, 1)), [2, 3]),
        (Filters(event_types=["Battles"]), [1, 3]),
        (Filters(actor="free syrian"), [2]),
        (Filters(admin1=["SY02"]), [1, 3]),
        (Filters(admin1=["Idlib", "Damascus"]), [2, 4]),
        (Filters(min_killed=0), [1, 2, 4]),  # an unknown count never passes, as in the store's SQL
        (Filters(min_killed=5), [4]),
        (Filters(review_status=["published"]), [1, 4]),
        (Filters(text="CITADEL"), [1]),
        (Filters(text="إدلب"), [2]),
        (Filters(text="sana"), [4]),
        (Filters(bbox=(37.0, 36.0, 37.5, 36.5)), [1, 3]),
        (Filters(event_types=["Battles"], review_status=["reviewed"]), [3]),
    ],
)
def test_mask_selects_what_each_filter_says(small: IncidentIndex, filters: Filters, expected: list[int]) -> None:
    assert ids(small, filters) == expected


def test_view_counts_unmapped_incidents_but_does_not_draw_them(small: IncidentIndex) -> None:
    view = small.view(small.mask(Filters()))
    assert (view.selected, view.mapped, view.killed, view.wounded) == (4, 3, 15, 5)
    assert sorted(view.points.rows["id"]) == [1, 2, 3]
    assert view.points.min_zoom == 0  # few incidents: points at every zoom


@pytest.fixture(scope="module")
def many() -> tuple[pd.DataFrame, IncidentIndex]:
    frame = synthetic_frame(30_000, seed=3)
    frame.loc[frame.index % 17 == 0, "killed"] = None  # unknown counts add nothing to the sums
    return frame, IncidentIndex.from_frame(frame)


def expected_cells(frame: pd.DataFrame, rows: np.ndarray, res: int) -> pd.DataFrame:
    """Totals per H3 cell computed independently: h3 per incident (its finest cell's ancestor), pandas group-by."""
    picked = frame.loc[rows]
    cells = [h3.cell_to_parent(h3.latlng_to_cell(lat, lon, 9), res) for lat, lon in zip(picked["latitude"], picked["longitude"])]
    return (
        pd.DataFrame({"cell": cells, "killed": picked["killed"].fillna(0).astype(int), "wounded": picked["wounded"]})
        .groupby("cell")
        .agg(count=("killed", "size"), killed=("killed", "sum"), wounded=("wounded", "sum"))
    )


def viewport(lat: float, lon: float, zoom: int, width: int = 1100, height: int = 800) -> tuple[float, ...]:
    """The (west, south, east, north) a Leaflet map of that size shows at that centre and zoom."""
    deg_per_px = 360 / (256 * 2**zoom)
    half_w, half_h = width / 2 * deg_per_px, height / 2 * deg_per_px * math.cos(math.radians(lat))
    return (lon - half_w, lat - half_h, lon + half_w, lat + half_h)


@pytest.mark.parametrize("zoom", [4, 6, 7, 9, 11])
@pytest.mark.parametrize("zoomed_in", [False, True])
def test_every_cell_total_equals_the_sum_over_its_incidents(many, zoom: int, zoomed_in: bool) -> None:
    frame, index = many
    mask = index.mask(Filters(event_types=["Battles", "Explosions/Remote violence"], date_from=dt.date(2014, 1, 1)))
    busiest = frame.loc[mask].groupby(["latitude", "longitude"]).size().idxmax()
    bounds = viewport(*busiest, zoom) if zoomed_in else None
    view = index.view(mask, bounds=bounds, zoom=zoom)
    assert view.levels, "a view over thousands of incidents aggregates"
    for level in view.levels:
        want = expected_cells(frame, mask & frame["latitude"].notna().to_numpy(), level.res)
        got = pd.DataFrame(
            {"count": level.count, "killed": level.killed, "wounded": level.wounded},
            index=pd.Index([h3.int_to_str(int(c)) for c in level.cells], name="cell"),
        )
        assert len(got) > 0
        pd.testing.assert_frame_equal(got.sort_index(), want.loc[got.index].sort_index(), check_dtype=False)
        assert np.allclose(level.lat, [h3.cell_to_latlng(c)[0] for c in got.index])
        if bounds is None:  # the whole selection: no incident left out
            assert set(got.index) == set(want.index)
            assert (level.count.sum(), level.killed.sum()) == (view.mapped, view.killed)


def grown(bounds: tuple[float, ...], factor: float) -> tuple[float, ...]:
    w, s, e, n = bounds
    cx, cy, hw, hh = (w + e) / 2, (s + n) / 2, (e - w) * factor / 2, (n - s) * factor / 2
    return (cx - hw, cy - hh, cx + hw, cy + hh)


def inside(frame: pd.DataFrame, bounds: tuple[float, ...]) -> pd.Series:
    w, s, e, n = bounds
    return frame["longitude"].between(w, e) & frame["latitude"].between(s, n)


def test_points_replace_cells_once_few_enough_are_in_view(many) -> None:
    frame, index = many
    mask = index.mask(Filters())
    # a town with a few hundred incidents around (twice the view: what the browser gets for panning)
    town = next(
        (lat, lon) for lat, lon in zip(frame["latitude"], frame["longitude"])
        if 200 < inside(frame, grown(viewport(lat, lon, 13), 2)).sum() <= MAX_POINTS
    )  # fmt: skip
    far = index.view(mask, bounds=viewport(*town, 8), zoom=8)
    assert far.points is None and far.levels
    near = index.view(mask, bounds=viewport(*town, 13), zoom=13)
    assert near.points is not None and near.points.min_zoom == 13
    expected = frame.loc[inside(frame, grown(viewport(*town, 13), 2)), "id"]
    assert sorted(near.points.rows["id"]) == sorted(expected)
    assert all(level.max_zoom < 13 for level in near.levels)  # cells only for zooming out


def test_payload_stays_bounded_at_every_zoom() -> None:
    frame = synthetic_frame(150_000, seed=5)
    index = IncidentIndex.from_frame(frame)
    mask = index.mask(Filters())
    lat, lon = frame["latitude"].median(), frame["longitude"].median()
    for zoom in range(3, 17):
        for bounds in (None, viewport(lat, lon, zoom)):
            view = index.view(mask, bounds=bounds, zoom=zoom)
            assert all(len(level) <= MAX_CELLS for level in view.levels)
            assert view.points is None or len(view.points) <= MAX_POINTS
            m = folium.Map(tiles=None)
            incident_layer(view).add_to(m)
            assert len(m.get_root().render().encode()) <= 2_000_000, (zoom, bounds)


def test_report_texts_never_reach_the_page_as_markup() -> None:
    frame = frame_of([
        dict(id=1, event_date="2016-01-05", event_type="Battles", actor1=EVIL, location_en=EVIL, location_ar=EVIL,
             source=EVIL, source_url="javascript:window.__xss=3", excerpt=EVIL + " </script><!--", latitude=36.2,
             longitude=37.15, killed=1, wounded=0),
        dict(id=2, event_date="2016-01-06", event_type=EVIL, latitude=36.3, longitude=37.2, killed=2, wounded=0,
             source_url="https://example.org/a?b=1&c=2"),
    ])  # fmt: skip
    index = IncidentIndex.from_frame(frame)
    m = folium.Map(tiles=None)
    incident_layer(index.view(index.mask(Filters())), lang="ar").add_to(m)
    html = m.get_root().render()
    assert "window.__xss" in html  # the text is there, as data
    for markup in ("<script>window", "<img", "onerror=\"", "</script><!--", "javascript:"):
        assert markup not in html


def test_an_empty_selection_gives_an_empty_layer(small: IncidentIndex) -> None:
    view = small.view(small.mask(Filters(event_types=["Riots"])), zoom=9)
    assert (view.selected, view.mapped, view.killed) == (0, 0, 0)
    assert len(view.points) == 0 and all(len(level) == 0 for level in view.levels)
    m = folium.Map(tiles=None)
    incident_layer(view).add_to(m)
    assert "L.lodLayer(" in m.get_root().render()


def test_a_frame_without_some_columns_indexes_them_as_empty() -> None:
    frame = pd.DataFrame({"event_date": pd.to_datetime(["2016-01-05"]), "latitude": [36.2], "longitude": [37.1],
                          "killed": [2], "wounded": [1], "event_type": ["Battles"]})  # fmt: skip
    index = IncidentIndex.from_frame(frame)
    assert index.mask(Filters(text="x")).sum() == 0
    assert index.mask(Filters(event_types=["Battles"])).sum() == 1
    assert index.view(index.mask(Filters())).points.rows["location_en"].isna().all()


def test_take_gives_the_rows_of_iloc_from_text_read_in_parts():
    """A few rows of a frame whose text columns came in several Arrow chunks (a store read in parts, a frame
    patched by edits): the rows `iloc` gives, in the order asked, missing values kept."""
    text = pa.chunked_array([pa.array(["a", None, "c"], pa.large_string()), pa.array(["d", "e"], pa.large_string()),
                             pa.array([None, "g"], pa.large_string())])
    frame = pd.DataFrame({"text": pd.Series(pd.arrays.ArrowStringArray(text)).astype("str"), "n": np.arange(7.0)})
    frame.index = np.arange(10, 17)
    assert pa.chunked_array(frame["text"].array.__arrow_array__()).num_chunks == 3
    for rows in ([6, 0, 3, 1], [2], [5, 5, 4], []):
        pd.testing.assert_frame_equal(take(frame, np.array(rows, dtype=int)), frame.iloc[rows])


def placed_frame() -> pd.DataFrame:
    """A town's incident, one known only to a governorate (its centre), one only to Syria (GED where_prec 6: the
    country's point in the desert), one only to a district; GED gives no wounded."""
    return frame_of([
        dict(id=1, event_date="2016-01-05", event_type="Battles", admin1="Aleppo", admin2="Jebel Saman",
             latitude=36.2, longitude=37.15, geo_precision=1, killed=3, wounded=None, location_en="Aleppo"),
        dict(id=2, event_date="2016-01-06", event_type="Battles", admin1="Aleppo", latitude=36.25, longitude=37.62,
             geo_precision=3, killed=5, wounded=None, location_en="Aleppo governorate"),
        dict(id=3, event_date="2016-01-07", event_type="Battles", latitude=35.0, longitude=38.0, geo_precision=3,
             killed=400, wounded=None, location_en="Syria"),
        dict(id=4, event_date="2016-01-08", event_type="Battles", admin1="Homs", admin2="Tadmor", latitude=34.55,
             longitude=38.27, geo_precision=3, killed=2, wounded=1),
    ])  # fmt: skip


@pytest.mark.parametrize("zoom, max_points", [(7, MAX_POINTS), (7, 0)])
def test_incidents_located_only_to_the_country_are_counted_not_drawn(zoom: int, max_points: int) -> None:
    index = IncidentIndex.from_frame(placed_frame())
    view = index.view(index.mask(Filters()), zoom=zoom, max_points=max_points)
    assert (view.selected, view.killed) == (4, 410)  # in the totals
    assert view.mapped == 3
    for level in view.levels:  # ... but in no cell: the biggest 'cell' was the country's point
        assert (level.count.sum(), level.killed.sum()) == (3, 10)
        assert h3.latlng_to_cell(35.0, 38.0, level.res) not in {h3.int_to_str(int(c)) for c in level.cells}
    if max_points:
        assert sorted(view.points.rows["id"]) == [1, 2, 4]
    assert index.undrawn(index.mask(Filters())).text() == "1 incident, 400 killed located only to Syria, not drawn"
    assert not index.undrawn(index.mask(Filters(admin1=["Aleppo"])))


def test_an_incident_known_only_to_the_country_reads_so_after_an_export_took_its_point() -> None:
    """Every export writes GED's 'Syria' events without the country's point; read back, the caption still says
    they are located only to Syria (their precision and empty governorate say so), not 'with no place'."""
    frame = placed_frame()
    frame.loc[frame["id"] == 3, ["latitude", "longitude"]] = None
    index = IncidentIndex.from_frame(frame)
    assert index.undrawn(index.mask(Filters())).text() == "1 incident, 400 killed located only to Syria, not drawn"
    assert index.view(index.mask(Filters())).mapped == 3


def test_points_known_only_to_an_area_are_marked_as_such() -> None:
    index = IncidentIndex.from_frame(placed_frame())
    points = index.view(index.mask(Filters())).points
    place = dict(zip(points.rows["id"], points.place))
    assert place == {1: 0, 2: 2, 4: 1}  # a town; a governorate's centre; a district's centre
    sent = incident_layer(index.view(index.mask(Filters()))).payload
    assert '"area":' in sent and "governorate only: drawn at its centre" in sent


def test_points_and_cells_tell_which_casualty_figures_are_given() -> None:
    index = IncidentIndex.from_frame(placed_frame())
    view = index.view(index.mask(Filters()), max_points=0)
    for level in view.levels:  # three drawn incidents, all give killed, one gives wounded
        assert (level.killed_given.sum(), level.wounded_given.sum()) == (3, 1)
    points = index.view(index.mask(Filters())).points
    known = dict(zip(points.rows["id"], points.wounded_known))
    assert known == {1: False, 2: False, 4: True}


def test_the_map_says_which_incident_a_click_picked_and_nothing_else_passes_for_it():
    assert clicked_id({CLICK_CHANNEL: "incident 42"}) == 42
    assert clicked_id({CLICK_CHANNEL: None}) is None  # the click hit no incident
    assert clicked_id({}) is None  # an older page that does not say
    assert clicked_id({CLICK_CHANNEL: "Aleppo: 12 killed"}) is None  # another layer's tooltip text
    assert clicked_id({CLICK_CHANNEL: "incident 4; drop"}) is None


def test_the_arabic_popup_names_the_event_type_as_the_arabic_legend_does(small: IncidentIndex) -> None:
    """With Arabic labels the popup's headings were Arabic and its type 'Battles' English, beside a legend saying
    'معارك'."""
    view = small.view(small.mask(Filters()), zoom=12)
    arabic, english = (payload(view, lang)["points"]["type"] for lang in ("ar", "en"))
    assert sorted(set(english)) == ["Battles", "Explosions/Remote violence"]
    assert sorted(set(arabic)) == sorted({EVENT_NAMES_AR["Battles"], EVENT_NAMES_AR["Explosions/Remote violence"]})


def test_the_arabic_popup_says_a_rough_dates_precision_in_arabic() -> None:
    """'2016-05-02 (week)' in an Arabic popup beside Arabic headings (journey15's table cells had the same fault)."""
    index = IncidentIndex.from_frame(frame_of([
        dict(id=1, event_date="2016-05-02", date_precision="week", event_type="Battles", admin1="Aleppo",
             admin1_pcode="SY02", latitude=36.2, longitude=37.15, killed=1, review_status="published"),
        dict(id=2, event_date="2016-06-01", date_precision="month", event_type="Battles", admin1="Aleppo",
             admin1_pcode="SY02", latitude=36.3, longitude=37.2, killed=2, review_status="published"),
    ]))  # fmt: skip
    view = index.view(index.mask(Filters()), zoom=12)
    assert sorted(payload(view, "ar")["points"]["date"]) == ["2016-05-02 (أسبوع)", "2016-06-01 (شهر)"]
    assert sorted(payload(view, "en")["points"]["date"]) == ["2016-05-02 (week)", "2016-06-01 (month)"]


def test_the_arabic_popup_names_the_sub_event_type_in_arabic() -> None:
    """'معارك · Armed clash' in an Arabic popup (journey16): the sub-type is named in Arabic too."""
    index = IncidentIndex.from_frame(frame_of([
        dict(id=1, event_date="2016-05-02", event_type="Battles", sub_event_type="Armed clash", admin1="Aleppo",
             admin1_pcode="SY02", latitude=36.2, longitude=37.15, killed=1, review_status="published"),
    ]))  # fmt: skip
    view = index.view(index.mask(Filters()), zoom=12)
    assert payload(view, "ar")["points"]["subType"] == ["اشتباك مسلح"]
    assert payload(view, "en")["points"]["subType"] == ["Armed clash"]


def test_an_arabic_map_colours_each_incident_by_its_event_type(small: IncidentIndex) -> None:
    """The Arabic popup's type names (above) were also the key the map looks its colour up by (`colours[type] ||
    colours.Other` in lod.js), among English keys: every incident of an Arabic map was drawn in Other's grey."""
    view = small.view(small.mask(Filters()), zoom=12)
    english = payload(view, "en")["points"]["type"]
    for lang in ("ar", "en"):
        data = payload(view, lang)
        drawn = [data["colours"].get(name) or data["colours"]["Other"] for name in data["points"]["type"]]
        assert drawn == [EVENT_COLOURS[name] for name in english], lang
    assert len({EVENT_COLOURS[name] for name in english}) == 2  # two types, two colours: none grey


def test_cells_count_the_unreviewed_drafts_they_hold(small: IncidentIndex) -> None:
    """Zoomed out, a draft merged into a hexagon was said nowhere but under the totals (journey12): each cell
    counts its drafts, and the layer sends the counts for its tooltip (none when no cell holds one)."""
    view = small.view(small.mask(Filters()), max_points=0)
    for level in view.levels:  # drawn: 1 (published), 2 (draft), 3 (reviewed); 4 has no point
        assert level.drafts.sum() == 1 and level.drafts.max() == 1
    sent = payload(view, "en")["levels"][0]
    assert np.frombuffer(__import__("base64").b64decode(sent["drafts"]), "<u4").sum() == 1
    published = small.view(small.mask(Filters(review_status=["published", "reviewed"])), max_points=0)
    assert payload(published, "en")["levels"][0]["drafts"] is None
