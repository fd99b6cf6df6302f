"""Incidents located only to the country are counted, not drawn; those located only to an area are drawn as such;
the brief's figures cover what its map shows (map page, brief, map export, small multiples, GeoJSON)."""
from __future__ import annotations

import datetime as dt
import io
import json
import re

import numpy as np
import pandas as pd
import pypdf
import pytest

from dashboard import located, panels
from dashboard.export import brief, render_brief, render_map
from dashboard.export.frame import prepare
from dashboard.export.words import event_name, group, word
from dashboard.map import Legend
from dashboard.palette import EVENT_NAMES_AR
from dashboard.export.layers import Basemap
from dashboard.export.symbols import Points, placing_note
from incidents.record import SYRIA_BBOX
from briefing_data import incidents
from test_briefing_export import svg_texts

WHEN = dt.datetime(2026, 1, 2, 3, 4, tzinfo=dt.timezone.utc)
OFFLINE = Basemap()
ALEPPO_VIEW = (36.6, 35.9, 37.8, 36.6)


@pytest.fixture(scope="module")
def frame():
    """Briefing rows, every one at a town, plus GED-style rows: two known only to Syria (the country's point), one
    only to Aleppo governorate (its centre), one only to a district."""
    rows = incidents(60, seed=9).assign(geo_precision=1)
    extra = rows.iloc[:4].copy()
    extra[["latitude", "longitude"]] = [[35.0, 38.0], [35.0, 38.0], [36.25, 37.62], [34.55, 38.27]]
    extra["geo_precision"] = 3
    extra["admin1"] = [None, None, "Aleppo", "Homs"]
    extra["admin2"] = [None, None, None, "Tadmor"]
    extra["killed"] = [900, 100, 700, 2]
    extra["location_en"] = ["Syria", "Syria", "Aleppo", "Tadmor"]
    out = pd.concat([rows, extra], ignore_index=True)
    return out.assign(id=np.arange(1, len(out) + 1))


def test_levels_read_precision_and_admin_units(frame) -> None:
    assert located.levels(frame).tolist()[-4:] == [located.COUNTRY, located.COUNTRY, located.GOVERNORATE,
                                                   located.DISTRICT]
    assert (located.levels(frame)[:-4] == located.POINT).all()
    assert located.drawn(frame).sum() == len(frame) - 2


def test_exports_draw_no_symbol_for_the_country_and_mark_area_centres(frame) -> None:
    points = Points.from_frame(prepare(frame), SYRIA_BBOX)
    assert len(points) == len(frame) - 2 and not ((points.lat == 35.0) & (points.lon == 38.0)).any()
    assert points.area_only.sum() == 2
    assert placing_note(frame) == "Not drawn: 2 incidents, 1,000 killed located only to Syria"


def test_map_export_legend_tells_what_is_not_drawn_and_what_a_diamond_is(frame) -> None:
    note = " ".join(svg_texts(render_map(frame, fmt="svg", dpi=40, basemap=OFFLINE))["legend"])
    assert "Not drawn: 2 incidents, 1,000 killed" in note and "located only to Syria" in note
    assert "drawn at its centre, or at the town a district is named after" in " ".join(note.split())


def test_brief_counts_them_in_its_figures_and_says_they_are_not_drawn(frame) -> None:
    pdf = render_brief(frame, basemap=OFFLINE, exported_at=WHEN)
    text = " ".join(pypdf.PdfReader(io.BytesIO(pdf)).pages[0].extract_text().split())
    assert f"INCIDENTS {len(frame):,}" in text and f"KILLED {int(frame.killed.sum()):,}" in text
    assert (f"Figures: all {len(frame):,} incidents selected (2 incidents, 1,000 killed located only to Syria, "
            "not drawn).") in text
    assert "no governorate" not in text  # the country is not a place among the governorates with most killed
    assert "Syria (country)" in text and "Aleppo (governorate)" in text  # the largest incidents' places


def test_brief_figures_cover_what_its_map_shows(frame) -> None:
    """The map framed to the map page's view (Aleppo): the figures, timeline and table are those of the incidents
    drawn in it, not the whole selection's, and a line says so."""
    data = prepare(frame)
    rows, scope = brief.covered(data, ALEPPO_VIEW)
    w, s, e, n = ALEPPO_VIEW
    inside = data.longitude.between(w, e) & data.latitude.between(s, n) & located.drawn(data)
    assert 0 < rows.sum() < len(frame) and (rows == inside.to_numpy()).all()
    assert scope.startswith(f"Figures: the {int(inside.sum()):,} incidents drawn inside this map, of {len(frame):,}")
    pdf = render_brief(frame, bbox=ALEPPO_VIEW, basemap=OFFLINE, exported_at=WHEN)
    text = " ".join(pypdf.PdfReader(io.BytesIO(pdf)).pages[0].extract_text().split())
    shown = int(re.search(r"Figures: the (\d+) incidents drawn inside this map", text).group(1))
    assert 0 < shown < len(frame) and f"INCIDENTS {shown:,}" in text  # the map's, not the selection's


def test_geojson_export_gives_them_no_geometry_and_csv_keeps_the_row(frame) -> None:
    collection = json.loads(panels.exported(frame, "geojson"))
    geometry = {f["id"]: f["geometry"] for f in collection["features"]}
    ids = frame["id"].tolist()
    assert geometry[ids[-4]] is None and geometry[ids[-3]] is None  # 'Syria': no point
    assert geometry[ids[-2]] == {"type": "Point", "coordinates": [37.62, 36.25]}  # a governorate's centre stays
    assert len(collection["features"]) == len(frame)
    csv = panels.exported(frame, "csv").decode()
    assert csv.count("\n") >= len(frame) + 1


def test_table_says_which_incidents_are_known_only_to_an_area(frame) -> None:
    """A governorate-only 'Aleppo' must not read as the town in the table either."""
    table = panels.table_frame(frame, "en").set_index("id")
    area_ids = frame["id"].tolist()[-4:]
    assert table.loc[area_ids, "located"].tolist() == ["country only", "country only", "governorate only",
                                                       "district only"]
    assert set(table.drop(index=area_ids)["located"]) == {""}
    assert panels.table_arrow(frame, "en").num_rows == len(frame)


def test_table_dates_an_incident_as_precisely_as_it_is_known(frame) -> None:
    """A row known only to the year is not an event of 1 January: the table says '(year)' after it."""
    rough = frame.assign(event_date=pd.Timestamp("2017-01-01"), date_precision=["year"] + ["day"] * (len(frame) - 1))
    dates = panels.table_frame(rough, "en").set_index("id")["event_date"]
    first = rough["id"].iloc[0]
    assert dates[first] == "2017-01-01 (year)"
    assert set(dates.drop(index=first)) == {"2017-01-01"}


def test_sub_event_types_are_named_in_arabic_on_the_table_the_brief_and_its_subtitle(frame) -> None:
    """Under Arabic the sub-event types stayed ACLED's English in the table, the brief's table and its subtitle
    (journey16): each of ACLED's sub-types has an Arabic display name; the stored values are kept."""
    from dashboard.export.words import described, sub_event_name
    from incidents.filters import Filters
    from incidents.record import EVENT_TYPES

    acled = {sub for subs in EVENT_TYPES.values() for sub in subs}
    assert all(not sub_event_name("ar", sub).isascii() for sub in acled)
    assert all(sub_event_name("en", sub) == sub for sub in acled) and sub_event_name("ar", "Made up") == "Made up"
    stored = frame.copy()
    table = panels.table_frame(frame, "ar").set_index("id")
    assert all(table.loc[i, "sub_event_type"] == sub_event_name("ar", s) for i, s in zip(frame["id"],
                                                                                         frame["sub_event_type"]))
    assert "اشتباك مسلح" in set(table["sub_event_type"])
    pd.testing.assert_frame_equal(frame, stored)
    assert set(panels.table_frame(frame, "en")["sub_event_type"]) == set(frame["sub_event_type"])
    types = {row[2] for row in brief.largest(prepare(frame), "ar", rows=60)}
    assert types and not any(c.isascii() and c.isalpha() for text in types for c in text), types
    subtitle = described("ar", Filters(sub_event_types=["Air/drone strike"]))
    assert "غارة جوية" in subtitle and "strike" not in subtitle


def test_the_arabic_tables_rough_dates_and_event_types_are_arabic_the_stored_values_kept(frame) -> None:
    """Under Arabic the grid drew '(year)', '(month)' and 'Battles' on its canvas (journey15): the displayed values
    are in the table's language; the rows given to it keep the stored ones (filters and exports read those)."""
    rough = frame.assign(date_precision=(["month", "week"] + ["day"] * len(frame))[: len(frame)])
    stored = rough.copy()
    table = panels.table_frame(rough, "ar").set_index("id")
    month, week = rough["id"].iloc[0], rough["id"].iloc[1]
    assert table.loc[month, "event_date"].endswith(" (شهر)") and table.loc[week, "event_date"].endswith(" (أسبوع)")
    shown = dict(zip(rough["id"], rough["event_type"]))
    assert all(table.loc[i, "event_type"] == event_name("ar", t) for i, t in shown.items())
    assert set(table["event_type"]) & set(EVENT_NAMES_AR.values())
    assert not any(c.isascii() and c.isalpha() for text in table["event_type"] for c in text)
    pd.testing.assert_frame_equal(rough, stored)
    assert panels.table_frame(rough, "en").set_index("id").loc[month, "event_date"].endswith(" (month)")


@pytest.fixture(scope="module")
def douma():
    """A text naming only Douma district ("منطقة دوما"): the gazetteer answers it at Douma, the town the district is
    named after (bare17, `builtin.seated_units`), not at the district's polygon's centre 100 km east in the desert."""
    from gazetteer import Gazetteer
    from gazetteer.builtin import admin_units

    place = Gazetteer.load().best("منطقة دوما")
    centre = next(u for u in admin_units() if u.level == "district" and u.admin2_pcode == place.admin2_pcode)
    assert place.level == "district" and abs(place.lon - centre.lon) > 1
    return place


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_every_legend_says_a_district_named_after_a_town_is_drawn_at_that_town(douma, lang) -> None:
    row = incidents(1, seed=3).assign(geo_precision=3, latitude=douma.lat, longitude=douma.lon, admin1=douma.admin1,
                                      admin2=douma.admin2, id=1)
    points = Points.from_frame(prepare(row), SYRIA_BBOX)
    assert points.area_only.tolist() == [True] and (points.lat[0], points.lon[0]) == (douma.lat, douma.lon)
    town = {"en": "the town a district is named after", "ar": "البلدة التي تحمل المنطقة اسمها"}[lang]
    svg = " ".join(" ".join(svg_texts(render_map(row, fmt="svg", dpi=40, basemap=OFFLINE, lang=lang))["legend"]).split())
    texts = {
        "map page's legend": Legend(lang, with_areas=False).body,
        "export legend": svg,
        "table's help": word(lang, "located_help"),
        "popup": group(lang, "pop_")["areaOnly1"],
    }
    for where, text in texts.items():
        wanted = town if where != "popup" else town.replace("a district is", "it is").replace("المنطقة ", "")
        assert wanted in " ".join(text.split()), where


def test_under_arabic_the_table_names_governorates_and_districts_in_arabic(frame) -> None:
    """journey17 left the map page's table with the stored English unit names under Arabic, while its chart and the
    sidebar's choices named them in Arabic; the stored values (filters, exports) are kept."""
    from dashboard.export.words import arabic_unit

    stored = frame.copy()
    arabic = panels.table_frame(frame, "ar").set_index("id")
    for column, level in (("admin1", "governorate"), ("admin2", "district")):
        named = frame.dropna(subset=[column])
        assert len(named) and all(arabic.loc[i, column] == arabic_unit(n, level) for i, n in zip(named["id"],
                                                                                             named[column]))
        assert arabic[column].isna().sum() == frame[column].isna().sum()
    assert arabic.loc[frame["id"].iloc[-1], ["admin1", "admin2"]].tolist() == ["حمص", "تدمر"]
    english = panels.table_frame(frame, "en").set_index("id")
    assert english.loc[frame["id"], "admin1"].reset_index(drop=True).equals(frame["admin1"].reset_index(drop=True))
    pd.testing.assert_frame_equal(frame, stored)
