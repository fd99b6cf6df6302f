"""The dashboard's pure parts: offline asset links, area totals, click-to-select, charts, exports, drafts."""
from __future__ import annotations

import datetime as dt
import io
import json
import re
from pathlib import Path

import folium
import pandas as pd
import pytest
from streamlit_folium import _get_header

from dashboard import data, drafts, panels, review
from dashboard.map import base_map, candidate_bounds, heat_layer, heat_points, killed_colour, rectangle_bbox
from dashboard.offline import localize
from dashboard.settings import SHIPPED_BOUNDARIES, VENDOR_URL
from gazetteer import Match
from incidents.io.plain import as_frame
from incidents.record import Incident
from incidents.store import Store
from incidents.validate import ValidationError

VENDOR_DIR = Path(__file__).resolve().parents[1] / "dashboard" / "static" / "vendor"


def _frame() -> pd.DataFrame:
    rows = [
        ("2017-01-02", "Aleppo", "SY02", 36.20, 37.16, 5, 1),
        ("2017-01-03", "Aleppo", "SY02", 36.21, 37.17, 2, None),
        ("2017-01-10", "Idleb", None, 35.93, 36.63, 1, 4),
        ("2017-02-01", "Hama", "SY05", 35.13, 36.75, None, 2),
    ]
    incidents = [
        Incident(event_date=dt.date.fromisoformat(d), admin1=gov, admin1_pcode=code, latitude=lat, longitude=lon,
                 killed=k, wounded=w, event_type="Battles", sub_event_type="Armed clash", source_id=str(i))
        for i, (d, gov, code, lat, lon, k, w) in enumerate(rows)
    ]
    frame = as_frame(incidents)
    frame["id"] = range(1, len(frame) + 1)
    return frame


def _links(m: folium.Map) -> list[str]:
    """Every script and stylesheet address streamlit-folium would load for this map."""
    urls = []
    stack = [m]
    while stack:
        element = stack.pop()
        urls += [url for _, url in getattr(element, "default_js", [])]
        urls += [url for _, url in getattr(element, "default_css", [])]
        stack += list(getattr(element, "_children", {}).values())
    return urls


def test_every_map_asset_is_served_by_the_app_itself():
    m = base_map((35.0, 38.0), 7, "ar")
    m.add_child(heat_layer(heat_points(_frame()), "ar"))
    urls = _links(localize(m))
    assert urls and all(u.startswith(VENDOR_URL + "/") for u in urls), urls
    for url in urls:
        assert (VENDOR_DIR / url.removeprefix(VENDOR_URL + "/")).is_file(), f"{url} is not installed"
    assert not re.search(r"https?://", _get_header(m)), "the page header still points outside"


def test_area_totals_sum_exactly_and_fall_back_to_names():
    areas = pd.DataFrame({"pcode": ["SY02", "SY07", "SY05"], "name_en": ["Aleppo", "Idleb", "Hama"]})
    totals = data.area_totals(_frame(), "governorate", areas)
    assert totals.loc["SY02", ["incidents", "killed", "wounded"]].tolist() == [2, 7, 1]
    assert totals.loc["SY07", "killed"] == 1  # the Idleb row had no P-code: found by its name
    assert totals["killed"].sum() == 8 and totals["incidents"].sum() == 4


def test_a_click_selects_the_nearest_incident_only_when_close_enough():
    frame = _frame()
    assert data.nearest(frame, 36.2001, 37.1601, zoom=12) == 1
    assert data.nearest(frame, 36.25, 37.3, zoom=12) is None  # kilometres away at street zoom
    assert data.nearest(frame.iloc[0:0], 36.2, 37.16, zoom=12) is None


def test_timeline_and_governorate_chart_keep_the_totals():
    frame = _frame()
    for period in ("day", "week", "month"):
        series = panels.timeline(frame, period)
        assert series["killed"].sum() == 8 and series["wounded"].sum() == 7
    assert len(panels.timeline(frame, "month")) == 2
    weeks = panels.timeline(frame, "week")
    assert [d.weekday() for d in weeks.index] == [0] * len(weeks) and len(weeks) == 5  # Mondays, quiet weeks kept
    assert weeks["killed"].tolist() == [7, 1, 0, 0, 0]
    bars = panels.by_governorate(frame)
    assert bars.index[0] == "Aleppo" and bars["killed"].tolist() == [7, 1, 0]


def test_the_table_lists_the_newest_first_then_the_latest_entered():
    """An analyst reads the table as a log: the latest incident on top, whatever order the store holds them in
    (GED's first rows of 2016 were on top until a header was clicked), and of one day the one entered last."""
    frame = _frame()
    frame = pd.concat([frame, frame.iloc[[1]].assign(id=5)], ignore_index=True)  # a second incident on 3 January
    shuffled = frame.sample(frac=1, random_state=3)
    table = panels.table_frame(shuffled, "en")
    assert table["id"].tolist() == [4, 3, 5, 2, 1]
    assert table["event_date"].tolist() == ["2017-02-01", "2017-01-10", "2017-01-03", "2017-01-03", "2017-01-02"]
    assert panels.table_arrow(shuffled, "en")["id"].to_pylist() == [4, 3, 5, 2, 1]  # the lazy grid's order too


def test_the_timeline_leaves_out_what_it_cannot_place_in_one_period_and_says_so():
    """An incident known only to the year is in no one week: counted in its first week, it drew a spike of a
    year's dead in the first week of January (16,533 killed in GED's 2016 country-wide rows)."""
    frame = _frame()
    frame["date_precision"] = ["day", "year", "month", "week"]
    weeks = panels.timeline(frame, "week")
    assert weeks["killed"].sum() == 5 and weeks.loc["2017-01-02", "killed"] == 5  # the year and the month are out
    assert panels.rough_dates(frame, "week") == (2, 3)
    assert panels.timeline(frame, "month")["killed"].sum() == 6  # the month now fits
    assert panels.rough_dates(frame, "month") == (2, 2)  # the year, and the week of 30 Jan - 5 Feb across two months
    assert "2 incidents (2 killed)" in panels.rough_note(panels.rough_dates(frame, "month"), "month")
    assert "1 incident (0 killed)" in panels.rough_note((1, 0), "day")
    assert panels.rough_note((0, 0), "week") is None


def test_totals_say_unknown_for_a_figure_no_incident_gives():
    """GED records no wounded: the totals line said '0 wounded' while the selected incident said 'unknown'; with one
    report's draft among them it said '5 wounded' for the whole country."""
    frame = _frame()
    assert panels.casualties(frame) == "8 killed (given for 3 of 4) · 7 wounded (given for 3 of 4)"
    assert panels.casualties(frame.iloc[[0, 2]]) == "6 killed · 5 wounded"
    frame["wounded"] = None
    assert panels.casualties(frame) == "8 killed (given for 3 of 4) · wounded unknown"
    assert panels.casualties(frame.iloc[:0]) == "0 killed · 0 wounded"  # nothing shown: nothing to be unknown


def test_the_arabic_legend_names_the_event_types_in_arabic():
    """The legend's heading switched to Arabic while its seven type names stayed English."""
    from dashboard.map import Legend
    from dashboard.palette import EVENT_COLOURS

    arabic, english = Legend("ar", with_areas=True).body, Legend("en", with_areas=True).body
    assert all(name in english for name in EVENT_COLOURS)
    assert not any(name in arabic for name in EVENT_COLOURS), "an English type name in the Arabic legend"
    assert "معارك" in arabic and 'dir="rtl"' in arabic


def test_exports_hold_exactly_the_shown_incidents(tmp_path):
    """Every format the incidents library writes has its button under the table (the page offered only CSV and
    GeoJSON: a GeoPackage for QGIS or KML for Google Earth needed the CLI), each holding the shown incidents."""
    from incidents.io.exporter import WRITERS
    from incidents.io import gpkg, kml

    assert set(panels.EXPORTS) == set(WRITERS)
    shown = _frame().iloc[[0, 2]]
    features = json.loads(panels.exported(shown, "geojson"))["features"]
    assert sorted(f["properties"]["admin1"] for f in features) == ["Aleppo", "Idleb"]
    table = pd.read_csv(io.BytesIO(panels.exported(shown, "csv")))
    assert len(table) == 2 and sorted(table["fatalities"].tolist()) == [1, 5]
    for fmt, reader in (("gpkg", gpkg.read), ("kml", kml.read)):
        path = tmp_path / f"shown.{fmt}"
        path.write_bytes(panels.exported(shown, fmt))
        back, rejected = reader(path)
        assert rejected == [] and sorted(back["admin1"]) == ["Aleppo", "Idleb"], fmt


def test_killed_classes_and_rectangles():
    assert killed_colour(0) != killed_colour(1) != killed_colour(1000)
    ring = {"geometry": {"coordinates": [[[36.1, 35.2], [36.1, 36.0], [37.5, 36.0], [37.5, 35.2], [36.1, 35.2]]]}}
    assert rectangle_bbox(ring) == (36.1, 35.2, 37.5, 36.0)
    assert rectangle_bbox({"geometry": {"coordinates": [[[36.1, 35.2]] * 4]}}) is None
    assert rectangle_bbox(None) is None


def test_drafts_round_trip_and_place_corrections():
    found = [Incident(event_date=dt.date(2017, 3, 3), place_text="دوما", killed=7, wounded=12,
                      event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
                      flags=["place_unresolved"], review_status="draft")]
    table = drafts.to_frame(found)
    douma = Match(name_en="Douma", name_ar="دوما", lat=33.57, lon=36.40, level="town", admin1="Rural Damascus",
                  admin1_pcode="SY03", geo_precision=1, where_prec=1, source="test")
    placed = drafts.apply_match(table, 0, douma)
    assert table.at[0, "latitude"] != 33.57  # the original stays as it was
    [incident] = drafts.to_incidents(placed)
    assert (incident.latitude, incident.longitude, incident.admin1_pcode) == (33.57, 36.40, "SY03")
    assert incident.killed == 7 and incident.review_status == "draft" and "place_unresolved" not in incident.flags
    clicked = drafts.apply_point(table, 0, 33.6, 36.5, {"admin1": "Rural Damascus", "approximate": True})
    assert drafts.to_incidents(clicked)[0].latitude == 33.6
    left_out = table.assign(save=False)
    assert drafts.to_incidents(left_out) == []
    broken = table.assign(event_date="yesterday")
    with pytest.raises(ValidationError, match="row 1: event date"):
        drafts.to_incidents(broken)


def test_review_saves_status_and_counts_and_refuses_a_stale_edit(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'review.sqlite'}")
    store.add(_incidents_for_review())
    before = store.frame()[["id", "review_status", "killed", "wounded", "version"]]
    after = before.copy()
    after.loc[0, "review_status"] = "reviewed"
    after.loc[1, ["review_status", "killed"]] = ["published", 9]
    edits = review.changes(before, after)
    assert set(edits) == {int(before.at[0, "id"]), int(before.at[1, "id"])}
    first, second = store.get(int(before.at[0, "id"])), store.get(int(before.at[1, "id"]))
    second.wounded = 1
    store.update(second, changed_by="someone else")  # lands between reading the table and saving it
    saved, refused = review.save(store, edits, changed_by="analyst")
    assert saved == 1 and len(refused) == 1 and "someone else" in refused[0]
    assert store.get(first.id).review_status == "reviewed" and store.get(first.id).version == first.version + 1
    assert store.get(second.id).review_status == "draft" and store.get(second.id).killed == second.killed
    assert review.changes(before, before) == {}


def _incidents_for_review() -> list[Incident]:
    return [
        Incident(event_date=dt.date(2017, 5, day), event_type="Battles", sub_event_type="Armed clash", killed=day,
                 wounded=0, latitude=35.0, longitude=37.0 + day / 10, source_id=f"r{day}", review_status="draft")
        for day in (1, 2)
    ]


def test_heat_leaves_out_incidents_located_only_to_the_country() -> None:
    """GED's 'Syria' rows sit at the country's point in the desert: a heat spot where nothing is known to have been."""
    rows = pd.DataFrame({"latitude": [36.2, 35.0, 34.55], "longitude": [37.15, 38.0, 38.27],
                         "geo_precision": [1, 3, 3], "admin1": ["Aleppo", None, "Homs"],
                         "admin2": ["Jebel Saman", None, None], "killed": [3, 400, 2], "wounded": [None, None, 1]})
    lat, lon, weight = heat_points(rows)
    assert list(zip(lat, lon)) == [(36.2, 37.15), (34.55, 38.27)] and list(weight) == [3.0, 3.0]


def test_gazetteer_map_frames_a_governorate_whole_and_a_town_closely():
    """'countryside of Hama' answers the governorate: framed by its centre alone, the page showed 20 km of steppe."""
    areas = {level: data.admin_areas(str(SHIPPED_BOUNDARIES), level) for level in ("governorate", "district")}
    hama = Match(name_en="Hama", name_ar="حماة", lat=35.31, lon=37.34, level="governorate", admin1="Hama",
                 admin1_pcode="SY05")
    (south, west), (north, east) = candidate_bounds([hama], areas)
    assert west < 36.5 and east > 38.0 and south < 35.0 and north > 35.6  # Hama city to the eastern steppe
    town = Match(name_en="Al Atarib", name_ar="الأتارب", lat=36.139, lon=36.825, level="town", admin1_pcode="SY02")
    (south, west), (north, east) = candidate_bounds([town], areas)
    assert north - south < 0.5 and east - west < 0.5
    (south, west), (north, east) = candidate_bounds([town, hama], areas)  # both candidates in one frame
    assert south < 35.0 and north >= 36.139 + 0.1
    unknown = Match(name_en="X", name_ar="س", lat=35.0, lon=38.0, level="governorate", admin1_pcode="SY99")
    (south, west), (north, east) = candidate_bounds([unknown], areas)  # no outline: a governorate's margin
    assert north - south > 1.0


def test_the_maps_credits_are_headed_in_the_maps_language():
    """journey15's walk: under Arabic the map's attribution still headed its credits 'Incidents:' and 'Boundaries:'."""
    credits = "Incidents: Some Dataset (2020), CC BY 4.0 · Boundaries: Some Boundaries, Natural Earth"
    arabic = base_map(None, None, "ar", credits=credits, draw=False, legend=False).get_root().render()
    english = base_map(None, None, "en", credits=credits, draw=False, legend=False).get_root().render()
    wanted = "الحوادث: Some Dataset (2020), CC BY 4.0 · الحدود: Some Boundaries, Natural Earth"
    assert json.dumps(wanted)[1:-1] in arabic  # as the map's script holds it (JSON, non-ASCII escaped)
    assert "Incidents:" not in arabic and "Boundaries:" not in arabic
    assert json.dumps(credits)[1:-1] in english


def test_a_whole_files_refusal_is_said_in_arabic_its_english_unchanged(tmp_path) -> None:
    """ImportFailed (a file refused as a whole) stayed English under Arabic (journey16): each reason has a code."""
    from dashboard.export.words import said
    from incidents.io import ImportFailed, import_file

    store = Store(f"sqlite:///{tmp_path / 'store.sqlite'}")
    files = {"empty.csv": "", "bad.geojson": "{not json", "bad.kml": "<kml><Document>",
             "acled.csv": "event_date,event_type,fatalities\n2017-01-01,Battles,1\n"}
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        with pytest.raises(ImportFailed) as failed:
            import_file(store, tmp_path / name, format="acled" if name == "acled.csv" else None)
        english, arabic = str(failed.value), said("ar", failed.value.naming(name))
        assert english.startswith(str(tmp_path / name)) and english.endswith("; nothing was imported")
        assert arabic.startswith(f"لم يُستورد شيء من {name}") and "nothing" not in arabic, arabic
        assert not re.search(r"\b(not|the|is|file|missing)\b", arabic), arabic


def test_a_librarys_messages_are_said_in_arabic_from_their_codes(tmp_path) -> None:
    """An import's rejected rows and what it derived from points came from `incidents` as English text, shown so
    under Arabic (journey15). The page now says them from their codes: every code has Arabic words taking the same
    parameters, English and plain texts (an exception's) are shown as given."""
    import string

    from dashboard.export.words import MESSAGES_AR, said
    from incidents.io import import_file
    from incidents.io.importer import ImportReport
    from incidents.messages import ENGLISH, message

    fields = lambda text: {name for _, name, _, _ in string.Formatter().parse(text) if name}  # noqa: E731
    assert {code: fields(text) for code, text in MESSAGES_AR.items()} == {c: fields(t) for c, t in ENGLISH.items()}
    path = tmp_path / "rows.csv"
    path.write_text("event_date,event_type,killed,latitude,longitude,admin1\n2017-01-05,Battles,2,36.2,37.1,Aleppo\n"
                    "2017-02-30,Battles,two,36.2,,Aleppo\n2017-01-06,Battles,1,40.5,44.0,\n", encoding="utf-8")
    report = import_file(Store(f"sqlite:///{tmp_path / 'store.sqlite'}"), path)
    ((line, reason),) = report.rejected
    arabic = said("ar", reason)
    assert line == 3 and "ليست تاريخاً" in arabic and "ليست رقماً" in arabic and "'two'" in arabic
    assert not re.search(r"\b(is|not|a|number|date|given)\b", arabic), arabic
    note = ImportReport("f.csv", "csv", admin_from_point=2, outside=[4, 9]).admin_note()
    assert "row(s)" in note and "row(s)" not in said("ar", note) and "4, 9" in said("ar", note)
    assert said("en", reason) == reason and said("ar", "OSError: disk full") == "OSError: disk full"
    # the grid lays a cell out right to left only when its first letter is Arabic ('event_date: …' ran left to right)
    for code, text in ENGLISH.items():
        values = {name: 1 if name == "limit" else "abc" for name in fields(text)}  # a Latin field name or value
        arabic = said("ar", message(code, **values))
        assert re.match(r"[^A-Za-z]*[\u0600-\u06ff]", arabic), code


def test_an_editors_columns_are_headed_and_its_choices_named_in_the_pages_language():
    """journey17: under Arabic the Ingest page's drafts and review editors were headed "location_en", "admin1", …
    and showed "Explosions/Remote violence", "draft": every column gets its word, every choice its name; the stored
    values stay the options."""
    from dashboard.grids import headed
    from incidents.record import EVENT_TYPES, REVIEW_STATUSES

    config = headed("ar", ["event_type", "sub_event_type", "review_status", "location_en", "admin1", "excerpt"],
                    {"excerpt": {"label": "kept"}})
    assert config["excerpt"] == {"label": "kept"}
    assert [config[c]["label"] for c in ("location_en", "admin1")] == ["المكان بالإنجليزية", "المحافظة"]
    for column, values in (("event_type", list(EVENT_TYPES)), ("review_status", list(REVIEW_STATUSES))):
        options = config[column]["type_config"]["options"]
        assert [o["value"] for o in options] == values
        assert all(re.match("[\u0600-\u06ff]", o["label"]) for o in options), options
    assert {o["label"] for o in config["sub_event_type"]["type_config"]["options"]} >= {"اشتباك مسلح"}
    assert headed("en", ["admin1"], {})["admin1"]["label"] == "admin1"
    assert config["review_status"]["required"] is True  # a record always has one
    short = headed("en", ["event_type", "admin1"], {}, {"event_type": "type"})  # a narrow editor's own heading
    assert [short[c]["label"] for c in ("event_type", "admin1")] == ["type", "admin1"]
    assert [o["value"] for o in short["event_type"]["type_config"]["options"]] == list(EVENT_TYPES)


def test_the_ingest_editors_flags_are_named_in_arabic_and_keep_their_codes():
    """journey17 left the drafts' and review's flags as codes under Arabic ("needs_review"): each cell's codes are
    named (a code with no name stays); the stored text stays the option, English keeps the codes the import
    messages name, and the Arabic import message names the flag as the grid does."""
    from dashboard.export.words import MESSAGES_AR, flag_names
    from dashboard.grids import flags_column

    cells = ["place_unresolved,needs_review", "needs_review", None, "", "admin_from_point", "outside_syria,made_up"]
    column = flags_column("ar", cells)
    assert column["label"] == "علامات" and column["disabled"] is True
    named = {o["value"]: o["label"] for o in column["type_config"]["options"]}
    assert named == {"place_unresolved,needs_review": "مكان غير محدد، تحتاج مراجعة", "needs_review": "تحتاج مراجعة",
                     "admin_from_point": "المحافظة من النقطة", "outside_syria,made_up": "نقطة خارج سوريا، made_up"}
    english = flags_column("en", cells)
    assert all(o["label"] == o["value"] for o in english["type_config"]["options"])
    assert flag_names("ar", "admin_from_point") in MESSAGES_AR["admin_filled"]
    assert flag_names("ar", "outside_syria") in MESSAGES_AR["admin_outside"]


def test_the_governorate_bars_name_governorates_in_the_pages_language():
    frame = pd.DataFrame({"admin1": ["Idleb", "Aleppo", "Idleb"], "killed": [3, 1, 4]})
    assert panels.by_governorate(frame)["killed"].to_dict() == {"Idleb": 7, "Aleppo": 1}
    assert panels.by_governorate(frame, "ar")["killed"].to_dict() == {"إدلب": 7, "حلب": 1}


def test_the_arabic_gif_button_counts_its_frames_in_any_number():
    """journey17: "صورة GIF متحركة (6 إطاراً)": 3 to 10 take the plural (إطارات), 11 to 99 the singular; the count now
    follows a colon, right for every number."""
    from dashboard.export.words import word

    assert [word("ar", "t_gif", n=n) for n in (6, 12)] == ["صورة GIF متحركة (الإطارات: 6)", "صورة GIF متحركة (الإطارات: 12)"]


def test_arabic_credits_describe_the_data_in_arabic_and_keep_citations():
    """journey17's walk: the Arabic map's credits read "الحوادث: …; news reports". A credit that describes the data
    (not a citation its authors ask for) is Arabic; GED's and ACLED's citations stay as written."""
    from dashboard.export.words import credits_in
    from incidents.credits import DATASETS, dataset_credits

    described = [name for name in DATASETS if name not in ("ged", "acled")]
    said = credits_in("ar", dataset_credits(described) + ". Boundaries: OCHA.")
    assert not set(re.findall("[A-Za-z]{2,}", said)) - {"CSV", "GeoJSON", "GeoPackage", "KML", "OCHA"}, said
    cited = credits_in("ar", dataset_credits(["ged", "extract"]) + ".")
    assert DATASETS["ged"] in cited and "تقارير إخبارية" in cited
