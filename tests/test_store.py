"""The store on SQLite and PostGIS: records in and out, idempotent adds, validation, optimistic edits,
history, every filter in SQL (checked against a plain-Python reading of the filter), aggregates, migrations."""
from __future__ import annotations

import datetime as dt
import re

import pandas as pd
import pytest
import sqlalchemy as sa

from incident_stores import _learned_places_in_tmp, full_incident, random_incidents, store_url  # noqa: F401
from incidents.filters import Filters
from incidents.record import FIELD_NAMES, Incident
from incidents.store import ConflictError, Store
from incidents.validate import ValidationError

BOOKKEEPING = {"id", "version", "created_at", "updated_at"}
def content(incident: Incident) -> dict:
    return {k: v for k, v in incident.to_dict().items() if k not in BOOKKEEPING}


def test_add_and_get_keep_every_field(store_url):
    store = Store(store_url)
    original = full_incident()
    (new_id,) = store.add([original])
    stored = store.get(new_id)
    assert content(stored) == content(original)
    assert stored.id == new_id and stored.version == 0
    assert stored.created_at is not None and stored.created_at.tzinfo is not None
    assert store.get(new_id + 1000) is None


def test_adding_the_same_incident_twice_keeps_one(store_url):
    store = Store(store_url)
    first = store.add([full_incident(), full_incident(source_id=None, dataset=None)])
    again = store.add([full_incident(), full_incident(source_id=None, dataset=None)])
    assert again == first and store.count() == 2


def test_invalid_incidents_are_refused_with_reasons(store_url):
    store = Store(store_url)
    bad = [
        full_incident(killed=-1),
        full_incident(event_type="Skirmish"),
        full_incident(sub_event_type="Armed clash"),  # a Battles sub-type on an explosion
        full_incident(review_status="final"),
        full_incident(latitude=35.0, longitude=None),
        full_incident(source_url="javascript:alert(1)"),
    ]
    for incident in bad:
        with pytest.raises(ValidationError) as error:
            store.add([full_incident(source_id="good"), incident])
        assert "row 1" in str(error.value)
    assert store.count() == 0  # the good one in the same call was not stored either


def test_point_outside_syria_is_kept_and_flagged(store_url):
    store = Store(store_url)
    (new_id,) = store.add([full_incident(latitude=48.85, longitude=2.35)])
    assert "outside_syria" in store.get(new_id).flags


def test_conflicting_edit_is_refused_not_lost(store_url):
    store = Store(store_url)
    (new_id,) = store.add([full_incident()])
    alice, bob = store.get(new_id), store.get(new_id)
    alice.killed = 7
    saved = store.update(alice, changed_by="alice")
    assert saved.version == 1 and saved.killed == 7 and saved.changed_by == "alice"
    bob.wounded = 9
    with pytest.raises(ConflictError, match=r"changed by alice .*version 0.*Reload"):
        store.update(bob, changed_by="bob")
    kept = store.get(new_id)
    assert kept.killed == 7 and kept.wounded == 5  # alice's edit stands, bob's is not half-applied
    bob = store.get(new_id)
    bob.wounded = 9
    assert store.update(bob, changed_by="bob").version == 2
    steps = store.history(new_id)
    assert [s["action"] for s in steps] == ["create", "update", "update"]
    assert steps[1]["changes"] == {"killed": [6, 7]} and steps[2]["changes"] == {"wounded": [5, 9]}
    assert [s["changed_by"] for s in steps[1:]] == ["alice", "bob"]


def test_update_validates_and_moves_period_keys(store_url):
    store = Store(store_url)
    (new_id,) = store.add([full_incident()])
    incident = store.get(new_id)
    incident.killed = -3
    with pytest.raises(ValidationError):
        store.update(incident)
    incident = store.get(new_id)
    incident.event_date, incident.event_date_end = dt.date(2018, 12, 20), None
    store.update(incident)
    assert store.aggregate(by="month")["key"].tolist() == ["2018-12"]
    assert store.aggregate(by="week")["key"].tolist() == ["2018-12-17"]


def matches(incident: Incident, f: Filters) -> bool:
    """The meaning of a filter, in plain Python, to check the SQL against."""
    def has(text, needle):
        return text is not None and needle.lower() in text.lower()

    def names(text, actor):  # an actor in capitals is a word of the name, in its case; other text is found anywhere
        return (text is not None and re.search(rf"(?<![A-Za-z0-9]){actor}(?![A-Za-z0-9])", text) is not None
                if actor.isupper() else has(text, actor))

    checks = [
        f.date_from is None or incident.event_date >= f.date_from,
        f.date_to is None or incident.event_date <= f.date_to,
        not f.event_types or incident.event_type in f.event_types,
        not f.sub_event_types or incident.sub_event_type in f.sub_event_types,
        f.actor is None or names(incident.actor1, f.actor) or names(incident.actor2, f.actor),
        not f.admin1 or incident.admin1 in f.admin1 or incident.admin1_pcode in f.admin1,
        not f.admin2 or incident.admin2 in f.admin2 or incident.admin2_pcode in f.admin2,
        f.min_killed is None or (incident.killed is not None and incident.killed >= f.min_killed),
        not f.review_status or incident.review_status in f.review_status,
        f.text is None or any(has(getattr(incident, n), f.text) for n in
                              ("place_text", "location_en", "location_ar", "actor1", "actor2", "notes", "excerpt", "source")),
        f.bbox is None or (f.bbox[1] <= incident.latitude <= f.bbox[3] and f.bbox[0] <= incident.longitude <= f.bbox[2]),
    ]
    return all(checks)


SELECTIONS = [
    Filters(),
    Filters(date_from=dt.date(2017, 1, 1), date_to=dt.date(2017, 6, 30)),
    Filters(event_types=["Battles", "Protests"]),
    Filters(sub_event_types=["Air/drone strike"]),
    Filters(actor="islamic"),
    Filters(actor="IS"),  # not the letters of "Islamic State"
    Filters(actor="SDF"),
    Filters(admin1=["Aleppo", "SY07"]),
    Filters(admin2=["SY0500"]),
    Filters(min_killed=5),
    Filters(review_status=["published"]),
    Filters(text="MARKET"),
    Filters(text="50%"),  # a LIKE wildcard taken literally
    Filters(text="a_b"),
    Filters(text="حلب"),
    Filters(bbox=(36.5, 35.5, 37.5, 36.5)),
    Filters(date_from=dt.date(2016, 6, 1), event_types=["Explosions/Remote violence"], admin1=["Idleb"], min_killed=1,
            review_status=["draft", "reviewed"], bbox=(35.0, 32.0, 42.0, 37.5)),
]


def test_every_filter_runs_in_the_database_and_means_what_it_says(store_url):
    store = Store(store_url)
    records = random_incidents(300)
    ids = store.add(records)
    by_id = dict(zip(ids, records))
    for f in SELECTIONS:
        expected = {i for i, incident in by_id.items() if matches(incident, f)}
        assert {i.id for i in store.query(f)} == expected, f
        assert store.count(f) == len(expected), f
        assert set(store.frame(f)["id"]) == expected, f
    assert len(store.query(Filters(), limit=5)) == 5
    newest = store.query(limit=3)
    assert [i.event_date for i in newest] == sorted((r.event_date for r in records), reverse=True)[:3]


def test_an_actor_typed_in_capitals_is_that_word_not_letters_inside_other_names(store_url):
    """UCDP GED names the Islamic State "IS": an analyst typing IS got Jaysh al-Islam, the 13th Division and the
    Government of Israel too (237 more GED 2016-17 incidents). In capitals it is that word, in the store's query
    and in the map's index alike; in any other case the text is still found anywhere in the name."""
    from dashboard.lod.index import IncidentIndex

    actors = [("IS", None), ("Jaysh al-Islam", "IS"), ("Government of Syria", "IS, Jabhat Fateh al-Sham"),
              ("13th Division", None), ("Government of Israel", "Hezbollah"), ("SDF", "Syrian insurgents"),
              ("Ahrar al-Sham", None)]
    store = Store(store_url)
    ids = store.add([full_incident(source_id=str(n), actor1=one, actor2=two) for n, (one, two) in enumerate(actors)])
    frame = store.frame()
    index = IncidentIndex.from_frame(frame)

    def selected(actor: str) -> list[int]:
        chosen = Filters(actor=actor)
        in_store = {incident.id for incident in store.query(chosen)}
        assert set(frame["id"].to_numpy()[index.mask(chosen)]) == in_store, actor  # the map selects the same
        return sorted(ids.index(i) for i in in_store)

    assert selected("IS") == [0, 1, 2]
    assert selected("is") == [0, 1, 2, 3, 4]  # lower case: anywhere, as before
    assert selected("Islam") == [1]
    assert selected("SDF") == [5]
    assert selected("Syria") == [2, 5]


def test_a_map_extent_holds_no_incident_known_only_to_the_country(store_url):
    """GED's 'Syria' events (where_prec 6: region precision, no governorate) stand at the country's point, 35 N
    38 E in the desert: a box drawn around it must not select them, in the store (SQLite, PostGIS, with or
    without dates) or in the dashboard's index, which counts them 'not on the map'. A governorate-only event at
    its governorate's centre is in the box, and so is one whose source gives no precision."""
    from dashboard.lod.index import IncidentIndex

    unplaced = dict(admin1=None, admin1_pcode=None, admin2=None, admin2_pcode=None, admin3=None, admin3_pcode=None)
    store = Store(store_url)
    ids = store.add([
        full_incident(source_id="syria", location_en="Syria", **unplaced, latitude=35.0, longitude=38.0,
                      geo_precision=3, where_prec=6),
        full_incident(source_id="homs only", location_en="Homs", **(unplaced | dict(admin1="Homs")), latitude=34.8,
                      longitude=38.2, geo_precision=3, where_prec=4),
        full_incident(source_id="no precision", **unplaced, latitude=35.01, longitude=38.01, geo_precision=None,
                      where_prec=None),
        full_incident(source_id="town", latitude=35.1, longitude=37.9, geo_precision=1),
    ])
    in_box = set(ids[1:])
    for around in (Filters(bbox=(37.5, 34.5, 38.5, 35.5)), Filters(bbox=(37.5, 34.5, 38.5, 35.5),
                                                                   date_from=dt.date(2017, 1, 1))):
        assert {i.id for i in store.query(around)} == in_box, around
        assert store.count(around) == 3 and set(store.frame(around)["id"]) == in_box, around
        frame = store.frame()
        assert set(frame["id"][IncidentIndex.from_frame(frame).mask(around)]) == in_box, around
    assert store.count() == 4 and store.count(Filters(bbox=(42.0, 36.0, 42.5, 37.0))) == 0


@pytest.mark.parametrize("by", ["admin1", "admin2", "event_type", "year", "month", "week", "day"])
def test_aggregates_equal_sums_over_the_incidents(store_url, by):
    store = Store(store_url)
    store.add(random_incidents(200))
    f = Filters(min_killed=1)
    frame = store.frame(f)
    keys = {
        "year": frame["event_date"].dt.year, "month": frame["event_date"].dt.strftime("%Y-%m"),
        "week": (frame["event_date"] - frame["event_date"].dt.day_of_week * dt.timedelta(days=1)).dt.strftime("%Y-%m-%d"),
        "day": frame["event_date"].dt.date,
    }.get(by, frame.get(by))
    expected = frame.assign(key=keys).groupby("key").agg(
        incidents=("id", "size"), killed=("killed", "sum"), wounded=("wounded", "sum")).reset_index()
    got = store.aggregate(f, by=by)
    assert got["key"].tolist() == expected["key"].tolist()
    assert got[["incidents", "killed", "wounded"]].values.tolist() == expected[["incidents", "killed", "wounded"]].values.tolist()
    with pytest.raises(ValueError, match="cannot aggregate"):
        store.aggregate(by="colour")


@pytest.mark.parametrize("by", ["admin1", "event_type", "month", "year"])
@pytest.mark.parametrize("f", [
    Filters(date_from=dt.date(2016, 3, 1), date_to=dt.date(2017, 2, 28)),  # whole months: from the summary
    Filters(date_from=dt.date(2016, 3, 2), date_to=dt.date(2017, 2, 27)),  # parts of months: from the rows
    Filters(date_to=dt.date(2017, 6, 30), event_types=["Battles"], admin1=["Aleppo", "Idleb"]),
    Filters(admin1=["SY02", "Idleb"]),
])
def test_selected_aggregates_equal_sums_over_the_selected_rows(store_url, by, f):
    store = Store(store_url)
    ids = store.add(random_incidents(200))
    incident = store.get(ids[0])
    incident.admin1, incident.event_type, incident.sub_event_type = "Idleb", "Battles", "Armed clash"
    incident.event_date = dt.date(2016, 5, 31)
    store.update(incident)
    frame = store.frame(f)
    keys = {"year": frame["event_date"].dt.year, "month": frame["event_date"].dt.strftime("%Y-%m")}.get(by, frame.get(by))
    expected = frame.assign(key=keys).groupby("key").agg(
        incidents=("id", "size"), killed=("killed", "sum"), wounded=("wounded", "sum")).reset_index()
    got = store.aggregate(f, by=by)
    assert len(frame) > 0
    assert got["key"].tolist() == expected["key"].tolist()
    assert got[["incidents", "killed", "wounded"]].values.tolist() == expected[["incidents", "killed", "wounded"]].values.tolist()


@pytest.mark.parametrize("by", ["admin1", "event_type", "month", "year"])
def test_aggregates_over_everything_read_a_summary_that_stays_true_after_edits(store_url, by):
    store = Store(store_url)
    ids = store.add(random_incidents(120) + [full_incident(admin1=None, admin1_pcode=None)])
    incident = store.get(ids[0])
    incident.admin1, incident.event_type, incident.sub_event_type = "Hama", "Riots", "Mob violence"
    incident.killed, incident.event_date = 77, dt.date(2015, 2, 3)
    store.update(incident)
    everything = Filters(date_from=dt.date(1900, 1, 1))  # the same selection, summed over the rows
    assert store.aggregate(by=by).values.tolist() == store.aggregate(everything, by=by).values.tolist()


def test_free_text_follows_an_edit(store_url):
    store = Store(store_url)
    ids = store.add(random_incidents(30) + [full_incident(notes="shelling near the old mill")])
    incident = store.get(ids[-1])
    incident.notes = "Barrel bombs on the Souq"
    store.update(incident)
    assert store.count(Filters(text="old mill")) == 0
    assert [i.id for i in store.query(Filters(text="BARREL BOMBS on the s"))] == [incident.id]


def test_free_text_means_like_wildcards_and_escapes_literally(store_url):
    """Free text holding LIKE's wildcards or an escape character finds those characters, alone or with
    another criterion (PostgreSQL then searches with LIKE, escaped), newest first."""
    store = Store(store_url)
    notes = ["route a/b north", "route a//b", "100% sure", "1000 sure", "a_b", "axb", "back\\slash", "back slash"]
    ids = store.add([full_incident(notes=note, source_id=f"esc-{n}", event_date=dt.date(2017, 3, 1 + n))
                     for n, note in enumerate(notes)])
    for text, found in [("a/b", [0]), ("0%", [2]), ("a_b", [4]), ("k\\s", [6]), ("a//b", [1]), ("0 sure", [3])]:
        expected = [ids[n] for n in reversed(found)]
        assert [i.id for i in store.query(Filters(text=text))] == expected, text
        assert [i.id for i in store.query(Filters(text=text, admin1=["Idleb"]), limit=5)] == expected, text
        assert store.count(Filters(text=text)) == len(found), text


def test_postgresql_sessions_run_without_jit_and_keep_the_urls_options(store_url):
    """The store's PostgreSQL sessions compile no query (JIT off), and the options the URL gives (here the
    test's own schema as search path) still apply."""
    if not store_url.startswith("postgresql"):
        pytest.skip("PostgreSQL session settings")
    given = sa.engine.make_url(store_url).query["options"]
    store = Store(store_url)
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("SHOW jit").scalar() == "off"
        assert f"-csearch_path={conn.exec_driver_sql('SHOW search_path').scalar()}" == given.replace(" ", "")


def test_frame_has_one_column_per_field(store_url):
    store = Store(store_url)
    store.add([full_incident()])
    frame = store.frame()
    assert list(frame.columns) == list(FIELD_NAMES)
    row = frame.iloc[0]
    assert row["event_date"] == dt.datetime(2017, 3, 4) and row["killed"] == 6 and row["flags"] == "place_unresolved"
    assert row["civilian_targeting"] is True and row["location_ar"] == "إدلب"
    assert store.frame(columns=["id", "killed"]).columns.tolist() == ["id", "killed"]


@pytest.mark.parametrize("count", [1, 3, 9])
def test_frame_read_one_part_at_a_time_is_the_same_frame(store_url, count):
    """The background read (reader processes one after the other, on smaller id ranges) loses and repeats no row,
    however few incidents there are to split."""
    store = Store(store_url)
    store.add(random_incidents(count))
    side_by_side = store.frame(columns=["id", "event_date", "killed", "notes"])
    in_turn = store.frame(columns=["id", "event_date", "killed", "notes"], side_by_side=False)
    assert len(side_by_side) == count
    pd.testing.assert_frame_equal(in_turn, side_by_side)


def test_data_version_changes_with_the_data_only(store_url):
    store = Store(store_url)
    first = store.data_version()
    store.count(), store.frame(), store.query()
    assert store.data_version() == first
    (new_id,) = store.add([full_incident()])
    second = store.data_version()
    assert second != first
    store.add([full_incident()])  # already there: nothing changes
    assert store.data_version() == second
    incident = store.get(new_id)
    incident.notes = "edited"
    store.update(incident)
    assert store.data_version() not in (first, second)


def test_an_older_store_is_upgraded_when_opened(store_url):
    store = Store(store_url)
    store.add(random_incidents(30))
    with store.engine.begin() as conn:  # turn it back into a schema-1 store: no period columns, old indexes
        for index in ("ix_incidents_month", "ix_incidents_date_cover"):
            conn.execute(sa.text(f"DROP INDEX {index}"))
        conn.execute(sa.text("CREATE INDEX ix_incidents_date ON incidents (event_date)"))
        for column in ("year", "month", "week"):
            conn.execute(sa.text(f"ALTER TABLE incidents DROP COLUMN {column}"))
        conn.execute(sa.text("UPDATE store_meta SET value = 1 WHERE key = 'schema_version'"))
    store.close()
    reopened = Store(store_url)
    months = reopened.aggregate(by="month")
    assert months["incidents"].sum() == 30 and months["key"].str.match(r"^\d{4}-\d{2}$").all()
    assert reopened.count() == 30
    indexes = {i["name"] for i in sa.inspect(reopened.engine).get_indexes("incidents")}
    assert {"ix_incidents_date_cover", "ix_incidents_month"} <= indexes and "ix_incidents_date" not in indexes


def test_the_table_has_a_column_per_field_and_a_new_field_is_added_to_an_older_store(store_url):
    from incidents.store.schema import incidents

    assert set(FIELD_NAMES) <= set(incidents.c.keys())
    store = Store(store_url)
    store.add(random_incidents(5))
    with store.engine.begin() as conn:  # an older store, made before the record had this field
        conn.execute(sa.text("ALTER TABLE incidents DROP COLUMN deaths_high"))
    store.close()
    reopened = Store(store_url)
    assert {c["name"] for c in sa.inspect(reopened.engine).get_columns("incidents")} >= set(FIELD_NAMES)
    (new_id,) = reopened.add([full_incident()])
    assert reopened.get(new_id).deaths_high == 8 and reopened.count() == 6


def test_a_newer_store_is_refused(store_url):
    store = Store(store_url)
    with store.engine.begin() as conn:
        conn.execute(sa.text("UPDATE store_meta SET value = 99 WHERE key = 'schema_version'"))
    store.close()
    with pytest.raises(RuntimeError, match="newer than this program"):
        Store(store_url)


def test_default_store_is_created_on_first_use(tmp_path, monkeypatch):
    path = tmp_path / "deep" / "dir" / "store.sqlite"
    monkeypatch.setenv("INCIDENTS_DB", f"sqlite:///{path}")
    store = Store()
    assert path.exists() and store.count() == 0


@pytest.mark.postgis
def test_postgis_keeps_a_spatially_indexed_point_per_incident(postgis_url):
    from incident_stores import _fresh_schema

    store = Store(_fresh_schema(postgis_url))
    store.add([full_incident(), full_incident(source_id="no-point", latitude=None, longitude=None)])
    with store.engine.connect() as conn:
        points = conn.execute(sa.text("SELECT ST_AsText(geom) FROM incidents ORDER BY id")).scalars().all()
        index = conn.execute(sa.text("SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_incidents_geom'")).scalar()
    assert points == ["POINT(36.6339 35.9306)", None]
    assert "gist" in index.lower()
    assert store.count(Filters(bbox=(36.0, 35.5, 37.0, 36.5))) == 1


def test_a_schema_4_store_gains_the_extra_and_source_timestamp_columns(store_url):
    store = Store(store_url)
    store.add(random_incidents(3))
    with store.engine.begin() as conn:  # as schema 4 had it: no source_timestamp, no extra
        for column in ("source_timestamp", "extra"):
            conn.execute(sa.text(f"ALTER TABLE incidents DROP COLUMN {column}"))
        conn.execute(sa.text("UPDATE store_meta SET value = 4 WHERE key = 'schema_version'"))
    store.close()
    reopened = Store(store_url)
    assert reopened.count() == 3 and all(i.extra == {} for i in reopened.query())
    stamp = dt.datetime(2020, 5, 12, 8, 30, tzinfo=dt.timezone.utc)
    (new_id,) = reopened.add([full_incident(source_id="x", extra={"inter1": "1", "assoc_actor_1": "A; B"},
                                            source_timestamp=stamp)])
    got = reopened.get(new_id)
    assert got.extra == {"inter1": "1", "assoc_actor_1": "A; B"} and got.source_timestamp == stamp



@pytest.mark.postgis
def test_a_schema_7_postgis_store_keeps_finding_its_text_after_the_upgrade(postgis_url):
    from incident_stores import _fresh_schema

    store = Store(_fresh_schema(postgis_url))
    store.add([full_incident(source_id=str(n), notes=f"note {n}") for n in range(4)])
    counts = {text: store.count(Filters(text=text)) for text in ("note 2", "NOTE", full_incident().place_text, "absent")}
    with store.engine.begin() as conn:  # as schema 7 had it: one whole text per incident, no shared texts
        conn.execute(sa.text("DROP TABLE incident_text_shared"))
        conn.execute(sa.text("ALTER TABLE incident_text DROP COLUMN combo"))
        conn.execute(sa.text("ALTER TABLE incident_text RENAME COLUMN own TO body"))
        conn.execute(sa.text("UPDATE store_meta SET value = 7 WHERE key = 'schema_version'"))
    store.close()
    reopened = Store(store.url)
    assert {text: reopened.count(Filters(text=text)) for text in counts} == counts
    assert counts["note 2"] == 1 and counts["NOTE"] == 4 and counts["absent"] == 0
    incident = reopened.query(Filters(text="note 2"))[0]
    incident.notes = "moved on"
    reopened.update(incident)
    assert (reopened.count(Filters(text="note 2")), reopened.count(Filters(text="moved on"))) == (0, 1)
