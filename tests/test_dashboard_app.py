"""Fast logic tests of the dashboard through streamlit.testing (AppTest), on a small temporary store."""
from __future__ import annotations

import datetime as dt
import json
import time
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from dashboard.urlstate import from_params
from incidents.filters import Filters
from incidents.record import Incident
from incidents.store import Store

APP = Path(__file__).resolve().parents[1] / "dashboard"


def _incidents() -> list[Incident]:
    common = dict(review_status="published", dataset="test", source="test wire")
    return [
        Incident(event_date=dt.date(2017, 3, 1), event_type="Battles", sub_event_type="Armed clash",
                 actor1="Army", actor2="Rebels", location_en="Douma", location_ar="دوما", admin1="Rural Damascus",
                 admin1_pcode="SY03", latitude=33.5723, longitude=36.4018, killed=4, wounded=2, source_id="1", **common),
        Incident(event_date=dt.date(2017, 3, 9), event_type="Explosions/Remote violence",
                 sub_event_type="Air/drone strike", location_en="Aleppo", location_ar="حلب", admin1="Aleppo",
                 admin1_pcode="SY02", latitude=36.2012, longitude=37.1612, killed=10, wounded=20, source_id="2",
                 **common),
        Incident(event_date=dt.date(2017, 4, 20), event_type="Battles", sub_event_type="Armed clash",
                 location_en="Idlib", location_ar="إدلب", admin1="Idleb", admin1_pcode="SY07", latitude=35.9306,
                 longitude=36.6339, killed=1, wounded=0, source_id="3", **common),
    ]


@pytest.fixture
def store_url(tmp_path, monkeypatch) -> str:
    url = f"sqlite:///{tmp_path / 'incidents.sqlite'}"
    Store(url).add(_incidents())
    monkeypatch.setenv("INCIDENTS_DB", url)
    monkeypatch.delenv("OCHA_DIR", raising=False)
    monkeypatch.setenv("GAZETTEER_LEARNED", str(tmp_path / "learned.csv"))
    st.cache_resource.clear()
    yield url
    st.cache_resource.clear()


def _map_page(params: dict | None = None) -> AppTest:
    at = AppTest.from_file(str(APP / "app.py"), default_timeout=60)
    for key, value in (params or {}).items():
        at.query_params[key] = value
    return at.run()


def _url_view(at: AppTest):
    view, problems = from_params(dict(at.query_params))
    assert problems == []
    return view


def _shown_line(at: AppTest) -> str:
    return next(m.value for m in at.markdown if "incidents shown" in m.value)


def test_map_page_starts_and_counts_every_incident(store_url):
    at = _map_page()
    assert not at.exception
    assert _shown_line(at).startswith("**3 of 3 incidents shown** · 15 killed · 22 wounded")


def test_sidebar_filter_narrows_the_selection_and_goes_into_the_url(store_url):
    at = _map_page()
    at.sidebar.multiselect(key="f_types").select("Battles").run()
    assert not at.exception
    assert _shown_line(at).startswith("**2 of 3 incidents shown** · 5 killed")
    assert _url_view(at).filters.event_types == ["Battles"]
    at.sidebar.number_input(key="f_min_killed").set_value(3).run()
    assert _shown_line(at).startswith("**1 of 3 incidents shown** · 4 killed")
    assert _url_view(at).filters.min_killed == 3


def test_url_reproduces_the_view(store_url):
    at = _map_page({"gov": "Aleppo", "lang": "ar", "lat": "36.2", "lon": "37.1", "z": "10", "layers": "incidents,heat"})
    assert not at.exception
    assert at.sidebar.multiselect(key="f_gov").value == ["Aleppo"]
    assert at.sidebar.radio(key="v_lang").value == "ar"
    assert at.sidebar.multiselect(key="v_layers").value == ["incidents", "heat"]
    assert any(m.value.startswith("\u200f**1 من 3 حادثة معروضة**") for m in at.markdown)  # the page's words too
    assert at.session_state.view.center == (36.2, 37.1) and at.session_state.view.zoom == 10


def test_a_bad_link_value_is_reported_and_the_rest_still_applies(store_url):
    at = _map_page({"type": ["Battles", "Picnics"], "from": "2017-02-30"})
    assert at.warning[0].value == "Parts of this link were not used:"
    problems = " ".join(t.value for t in at.text)  # the link's values as plain text, never Markdown
    assert "Picnics" in problems and "from=" in problems
    assert _shown_line(at).startswith("**2 of 3 incidents shown**")


def test_a_link_naming_governorates_as_news_text_does_selects_them(store_url):
    """A link written by hand names governorates as reports do ('Idlib', 'Rif Dimashq'): they were dropped as
    'not in the data', since the store holds OCHA's spelling ('Idleb', 'Rural Damascus'); now they are read as
    those governorates. A name no table knows is still reported."""
    at = _map_page({"gov": ["Idlib", "Rif Dimashq", "Atlantis"]})
    assert at.session_state["f_gov"] == ["Idleb", "Rural Damascus"]
    assert _shown_line(at).startswith("**2 of 3 incidents shown**")
    problems = " ".join(t.value for t in at.text)
    assert "governorates not in the data: Atlantis" in problems and "Idlib" not in problems


def test_ingested_report_is_saved_as_a_draft_incident(store_url):
    at = AppTest.from_file(str(APP / "screens" / "1_Ingest.py"), default_timeout=60).run()
    at.text_area(key="ingest_text").input(
        "On 3 March 2017 an air strike on Douma killed 7 civilians and wounded 12 others."
    ).run()
    next(b for b in at.button if b.label == "Extract incidents").click().run()
    deadline = time.time() + 60
    while at.session_state["drafts"] is None if "drafts" in at.session_state else True:
        assert time.time() < deadline, "extraction did not finish"
        time.sleep(0.3)
        at.run()
    drafts = at.session_state["drafts"]
    assert len(drafts) >= 1 and 7 in drafts["killed"].tolist()
    shown = " ".join(h.proto.body for h in at.get("html"))  # the evidence: the report with what was read marked
    assert '<mark class="ev-place" title="place">Douma</mark>' in shown and ">7 civilians</mark>" in shown
    next(b for b in at.button if b.label == "Save as drafts").click().run()
    assert not at.exception
    store = Store(store_url)
    saved = store.frame(Filters(review_status=["draft"]))
    assert len(saved) == len(drafts) and 7 in saved["killed"].tolist()
    assert store.count() == 3 + len(drafts)


def test_ingest_warns_when_the_report_writes_dates_far_from_its_publication_day(store_url):
    at = AppTest.from_file(str(APP / "screens" / "1_Ingest.py"), default_timeout=60).run()
    at.text_area(key="ingest_text").input(  # the date in its body, not a dateline: no date of its own
        "Shelling on Saraqib in the Idlib countryside yesterday killed 3 people, a week after the truce of 14 March "
        "2017 that both sides had signed."
    ).run()
    assert at.session_state["ingest_published"] == dt.date.today()
    assert any("14 March 2017" in w.value and "Published on" in w.value for w in at.warning)
    next(b for b in at.button if b.label == "Use 14 March 2017").click().run()
    assert at.session_state["ingest_published"] == dt.date(2017, 3, 14)
    assert not any("Published on" in w.value for w in at.warning)  # within a week of the stated date: no warning
    assert not at.exception


def test_ingest_proposes_the_date_a_report_states_as_its_own_and_keeps_the_analysts(store_url):
    """journey16: "Published on" was today whatever the pasted report said, so an old report's "yesterday" landed
    on today. A report with a dateline proposes its date, says so, and the analyst's own choice holds."""
    at = AppTest.from_file(str(APP / "screens" / "1_Ingest.py"), default_timeout=60).run()
    assert at.session_state["ingest_published"] == dt.date.today()
    at.text_area(key="ingest_text").input(
        "Rockets hit Jableh\n\nLatakia – Friday 9 September 2016\n\nRockets fired at the town yesterday killed two."
    ).run()
    assert at.session_state["ingest_published"] == dt.date(2016, 9, 9)
    assert any("Latakia – Friday 9 September 2016" in t.value and "change it" in t.value for t in at.text)
    at.date_input(key="ingest_published").set_value(dt.date(2016, 9, 10)).run()
    at.text_area(key="ingest_text").input(at.text_area(key="ingest_text").value).run()
    assert at.session_state["ingest_published"] == dt.date(2016, 9, 10)  # the analyst's, for this text
    at.text_area(key="ingest_text").input("Two killed in Jableh yesterday, a source said.").run()
    assert at.session_state["ingest_published"] == dt.date.today()  # another text, with no date of its own
    assert not at.exception


def test_gazetteer_page_looks_a_name_up_and_learns_a_new_place(store_url, tmp_path):
    at = AppTest.from_file(str(APP / "screens" / "3_Gazetteer.py"), default_timeout=60).run()
    at.text_input(key="gaz_name").input("Douma").run()
    assert not at.exception
    candidates = at.dataframe[0].value
    assert "Duma" in candidates["name_en"].tolist() and candidates["source"].notna().all()
    widths = {name: c.get("width") for name, c in json.loads(at.dataframe[0].proto.columns).items()}
    assert widths["name_en"] == widths["name_ar"] == "medium", widths  # names were cut: 'معرة النعما'
    form = at.text_input
    form[1].input("Tell Testaya")  # the add form: English name, Arabic name
    form[2].input("تل تستايا")
    at.number_input[0].set_value(35.5)
    at.number_input[1].set_value(37.25)
    at.button[0].click().run()
    assert not at.exception
    assert any("Added" in s.value and "Tell Testaya" in s.value for s in at.success)
    learned = (tmp_path / "learned.csv").read_text(encoding="utf-8")
    assert "Tell Testaya" in learned and "تل تستايا" in learned
    at.text_input(key="gaz_name").input("Tell Testaya").run()
    found = at.dataframe[0].value
    assert found.iloc[0]["lat"] == pytest.approx(35.5) and found.iloc[0]["lon"] == pytest.approx(37.25)


def test_governorate_chart_puts_the_most_killed_first_and_names_its_value_axis(store_url):
    """The chart was sorted A-Z, and its governorate axis was titled 'killed' (x/y labels swap when horizontal)."""
    at = _map_page()
    at.session_state["linked_tab"] = "By governorate"
    at.run()
    assert not at.exception
    encoding = json.loads(at.get("vega_lite_chart")[0].proto.spec)["encoding"]
    assert encoding["x"]["field"] == "killed" and encoding["x"]["title"] == "killed"
    assert encoding["y"]["field"] == "admin1" and encoding["y"]["title"] == ""
    assert encoding["y"]["sort"] == {"field": "killed", "order": "descending"}


def test_gazetteer_page_ignores_invisible_marks_pasted_with_a_name(store_url):
    """Arabic copied from a web page carries a right-to-left mark: 'حلب' + RLM found Al Halbah, not Aleppo."""
    at = AppTest.from_file(str(APP / "screens" / "3_Gazetteer.py"), default_timeout=60).run()
    for pasted in ("حلب\u200f", "\u200eحلب", "حل\u200cب"):
        at.text_input(key="gaz_name").input(pasted).run()
        assert not at.exception
        assert at.dataframe[0].value.iloc[0]["name_en"] == "Aleppo", pasted


def test_map_page_counts_incidents_located_only_to_syria_but_says_they_are_not_drawn(store_url):
    """GED's 'Syria' rows (where_prec 6) carry the country's point: counted in the totals, told under them."""
    Store(store_url).add([Incident(event_date=dt.date(2017, 3, 2), event_type="Battles", sub_event_type="Armed clash", location_en="Syria",
                                   latitude=35.0, longitude=38.0, geo_precision=3, where_prec=6, killed=40,
                                   source_id="4", dataset="test", review_status="published")])
    at = _map_page()
    assert _shown_line(at).startswith("**4 of 4 incidents shown** · 55 killed")
    captions = [c.value for c in at.caption]
    assert "Not on the map: 1 incident, 40 killed located only to Syria, not drawn." in captions
    at.session_state["linked_tab"] = "By governorate"
    at.run()
    assert any(c.value.startswith("Not in the bars: 1 incident (40 killed) naming no governorate") for c in at.caption)


def test_under_arabic_the_governorate_chart_and_filters_name_governorates_in_arabic(store_url):
    """journey17's walk: the map named Idleb إدلب, but the by-governorate bars and the sidebar's choices said "Idleb".
    Both name OCHA's Arabic names now; the filter's value (and the link) keeps the stored name."""
    at = _map_page({"lang": "ar", "gov": "Aleppo"})
    assert not at.exception
    chosen = at.sidebar.multiselect(key="f_gov")
    assert chosen.value == ["Aleppo"] and "حلب" in chosen.options and "Aleppo" not in chosen.options
    assert at.query_params["gov"] in ("Aleppo", ["Aleppo"])
    at.sidebar.multiselect(key="f_gov").set_value([]).run()
    at.session_state["linked_tab"] = "حسب المحافظة"
    at.run()
    import pyarrow as pa

    chart = at.get("vega_lite_chart")[0].proto
    bars = pa.ipc.open_stream(chart.datasets[0].data.data).read_all().to_pandas()
    assert "حلب" in bars["admin1"].tolist() and "Aleppo" not in bars["admin1"].tolist(), bars
