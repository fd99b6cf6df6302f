"""The `store_url` fixture: each test gets an empty store on SQLite and (marked postgis) on PostGIS."""
from __future__ import annotations

import uuid

import pytest
import sqlalchemy as sa


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
