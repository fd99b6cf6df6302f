"""The embedded real data: UCDP GED events derived reproducibly from ../shared, loaded into an empty store once."""
from __future__ import annotations

import datetime as dt
import importlib.util
import lzma
import sys
from pathlib import Path

import pandas as pd

from incidents.sample import DEFAULT_DIR, data_files, ensure_default_data
from incidents.store import Store

GED_FILE = DEFAULT_DIR / "ged_syria_2016_2017.csv.xz"
REPO = Path(__file__).resolve().parents[1]


def _script(name: str):
    spec = importlib.util.spec_from_file_location(name, REPO / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def test_shipped_events_are_the_script_output_of_the_shared_ged_file(ged_csv):
    derived = _script("make_default_data").derive(ged_csv).to_csv(index=False).encode("utf-8")
    assert lzma.decompress(GED_FILE.read_bytes()) == derived
    original = pd.read_csv(ged_csv)
    shipped = pd.read_csv(GED_FILE)
    assert len(shipped) == len(original) and shipped["best"].sum() == original["best"].sum()
    assert GED_FILE.stat().st_size < 2_000_000


def test_an_empty_store_gets_every_ged_event_once_with_its_source(tmp_path, monkeypatch):
    monkeypatch.setenv("GAZETTEER_LEARNED", str(tmp_path / "learned.csv"))
    assert data_files(DEFAULT_DIR) == [GED_FILE]
    shipped = pd.read_csv(GED_FILE, dtype={"id": str})
    store = Store(f"sqlite:///{tmp_path / 'incidents.sqlite'}")
    reports = ensure_default_data(store)
    assert [r.rejected for r in reports] == [[]] and reports[0].path == str(GED_FILE)
    assert store.count() == len(shipped) == reports[0].added
    assert ensure_default_data(store) == [] and store.count() == len(shipped)
    frame = store.frame()
    assert (frame["dataset"] == "ged").all()
    assert int(frame["killed"].sum()) == int(shipped["best"].sum())
    assert set(frame["source_id"]) == set(shipped["id"])
    by_id = frame.set_index("source_id")
    assert (by_id.loc[shipped["id"], "excerpt"].to_numpy() == shipped["source_headline"].to_numpy()).all()
    assert frame["source"].notna().all()
    assert frame["admin1_pcode"].notna().mean() > 0.95
    assert not (tmp_path / "learned.csv").exists(), "the embedded data must not write the learned places"


def test_default_data_names_its_licence_and_attribution():
    text = (DEFAULT_DIR / "README.md").read_text(encoding="utf-8")
    assert "CC BY 4.0" in text and "UCDP Georeferenced Event Dataset (Sundberg and Melander 2013)" in text


def test_exports_of_ged_events_name_the_credit(tmp_path, capsys):
    from incidents.cli import main
    from incidents.credits import dataset_credits
    from incidents.record import Incident

    assert dataset_credits(["ged", None, "ged"]) == (
        "Incidents: UCDP Georeferenced Event Dataset (Sundberg and Melander 2013), CC BY 4.0")
    assert dataset_credits([]) == ""
    url = f"sqlite:///{tmp_path / 'incidents.sqlite'}"
    Store(url).add([Incident(event_date=dt.date(2017, 3, 1), event_type="Battles", sub_event_type="Armed clash",
                             latitude=36.2, longitude=37.16, dataset="ged", source_id="1", source="SOHR")])
    assert main(["export", "--db", url, "--format", "csv", "-o", str(tmp_path / "out.csv")]) == 0
    assert "UCDP Georeferenced Event Dataset (Sundberg and Melander 2013)" in capsys.readouterr().err


def test_the_briefing_uses_the_shipped_boundaries_and_credits_with_no_setting(monkeypatch):
    from dashboard.export.basemap import places
    from dashboard.export.layers import Basemap
    from dashboard.export.mapfig import credits
    from dashboard.settings import SHIPPED_BOUNDARIES

    monkeypatch.delenv("OCHA_DIR", raising=False)
    source = Basemap.from_env()
    assert source.ocha_dir == SHIPPED_BOUNDARIES
    named = places(source.ocha_dir, 1).set_index("name_en")["name_ar"]
    assert named["Aleppo"] == "حلب" and named["Damascus"] == "دمشق" and len(named) >= 13
    line = credits(pd.DataFrame({"dataset": ["ged", "ged"]}), source, tiles_drawn=False)
    assert "UCDP Georeferenced Event Dataset (Sundberg and Melander 2013)" in line
    assert "OCHA / UN Country Team Syria" in line


def test_shipped_boundaries_are_the_script_output_of_the_shared_ocha_files(ocha_dir, tmp_path):
    from dashboard.settings import SHIPPED_BOUNDARIES

    _script("make_boundaries").main(["--ocha", str(ocha_dir), "--out", str(tmp_path)])
    made = sorted(p.name for p in tmp_path.glob("*.geojson"))
    assert made == sorted(p.name for p in SHIPPED_BOUNDARIES.glob("*.geojson")) and len(made) == 5
    for name in made:
        assert (tmp_path / name).read_bytes() == (SHIPPED_BOUNDARIES / name).read_bytes(), name
    assert sum((SHIPPED_BOUNDARIES / name).stat().st_size for name in made) < 3_000_000
