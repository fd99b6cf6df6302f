"""Shared by the incident tests: the `store_url` fixture (an empty store on SQLite and, marked postgis, on
PostGIS) and incidents to put in it."""
from __future__ import annotations

import datetime as dt
import random
import uuid

import pytest
import sqlalchemy as sa

from incidents.record import EVENT_TYPES, Incident


def _fresh_schema(postgis_url: str) -> str:
    """A new PostgreSQL schema for one test (PostGIS stays in public); the URL sets its search path."""
    schema = f"t_{uuid.uuid4().hex[:12]}"
    engine = sa.create_engine(postgis_url)
    with engine.begin() as conn:
        conn.execute(sa.text(f"CREATE SCHEMA {schema}"))
    engine.dispose()
    url = sa.engine.make_url(postgis_url)
    return url.update_query_dict({"options": f"-csearch_path={schema},public"}).render_as_string(hide_password=False)


@pytest.fixture(params=["sqlite", pytest.param("postgis", marks=pytest.mark.postgis)])
def store_url(request, tmp_path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'incidents.sqlite'}"
    return _fresh_schema(request.getfixturevalue("postgis_url"))


@pytest.fixture(autouse=True)
def _learned_places_in_tmp(tmp_path, monkeypatch):
    """Imports teach the gazetteer; keep what they teach out of the repository's var/."""
    monkeypatch.setenv("GAZETTEER_LEARNED", str(tmp_path / "learned_places.csv"))


PLACES = [  # name, name_ar, governorate, P-code, lat, lon
    ("Aleppo", "حلب", "Aleppo", "SY02", 36.2021, 37.1343),
    ("Idlib", "إدلب", "Idleb", "SY07", 35.9306, 36.6339),
    ("Hama", "حماة", "Hama", "SY05", 35.1318, 36.7578),
    ("Duma", "دوما", "Rural Damascus", "SY03", 33.5711, 36.4028),
    ("Raqqa", "الرقة", "Ar-Raqqa", "SY11", 35.9594, 39.0079),
    ("Deir ez-Zor", "دير الزور", "Deir-ez-Zor", "SY09", 35.3359, 40.1408),
]
ACTORS = ["Military Forces of Syria", "Islamic State", "SDF", "Hayat Tahrir al-Sham", None]


def full_incident(**changes) -> Incident:
    values = dict(
        event_date=dt.date(2017, 3, 4), date_precision="week", event_date_end=dt.date(2017, 3, 9),
        event_type="Explosions/Remote violence", sub_event_type="Air/drone strike", actor1="Air force",
        actor2="Civilians", civilian_targeting=True, place_text="بإدلب", location_en="Idlib", location_ar="إدلب",
        admin1="Idleb", admin1_pcode="SY07", admin2="Idleb", admin2_pcode="SY0700", admin3="Idleb",
        admin3_pcode="SY070000", latitude=35.9306, longitude=36.6339, geo_precision=1, where_prec=1, killed=6,
        wounded=5, deaths_low=5, deaths_high=8, source="Test <source> & \"quotes\"", source_url="https://example.org/r/1",
        source_language="ar", source_id="t-1", dataset="test", notes="a note", excerpt="<script>alert(1)</script>",
        flags=["place_unresolved"], review_status="reviewed", changed_by="tester",
    )
    values.update(changes)
    return Incident(**values)


def random_incidents(n: int, seed: int = 7) -> list[Incident]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        name, name_ar, gov, code, lat, lon = rng.choice(PLACES)
        kind = rng.choice(list(EVENT_TYPES))
        out.append(Incident(
            event_date=dt.date(2016, 1, 1) + dt.timedelta(days=rng.randint(0, 1000)),
            event_type=kind, sub_event_type=rng.choice(EVENT_TYPES[kind]), actor1=rng.choice(ACTORS),
            actor2=rng.choice(ACTORS), place_text=rng.choice([name, name_ar]), location_en=name,
            location_ar=name_ar, admin1=gov, admin1_pcode=code, admin2=f"{gov} district",
            admin2_pcode=f"{code}00", latitude=lat + rng.uniform(-0.2, 0.2), longitude=lon + rng.uniform(-0.2, 0.2),
            killed=rng.choice([None, 0, 1, 2, 5, 12, 40]), wounded=rng.choice([None, 0, 3, 9]),
            notes=rng.choice(["shelling near the market", "clashes 50% done", "a_b c", None]),
            review_status=rng.choice(["draft", "reviewed", "published"]), source_id=f"r-{i}", dataset="random",
        ))
    return out
