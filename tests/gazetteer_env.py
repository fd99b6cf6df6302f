"""A clean gazetteer environment for tests: no user gazetteer, OCHA folder or online fallback, and a
learned-places file of the test's own."""
import pytest


@pytest.fixture(autouse=True)
def clean_env(monkeypatch, tmp_path):
    monkeypatch.delenv("GAZETTEER", raising=False)
    monkeypatch.delenv("OCHA_DIR", raising=False)
    monkeypatch.delenv("GAZETTEER_ONLINE", raising=False)
    monkeypatch.setenv("GAZETTEER_LEARNED", str(tmp_path / "learned.csv"))
