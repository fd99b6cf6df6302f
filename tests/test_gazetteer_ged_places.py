"""The shipped places of the embedded UCDP GED 2016-17 events (data/gazetteer/ged_places.csv): in the default
gazetteer, ranked as learned places, not counted twice when an import learns them again, and kept out of every
benchmark that tests on GED 2016-17."""
from __future__ import annotations

import ast
import shutil
from pathlib import Path

import pytest

from gazetteer import Gazetteer
from gazetteer.builtin import GED_PLACES
from gazetteer.core import AMBIGUOUS_KM, distance_km
from gazetteer.entry import entry_keys, ocha_quarter
from gazetteer.learned import merge_rows, read_learned
from gazetteer.normalize import city_part
from tests.gazetteer_env import clean_env  # noqa: F401

BENCH = Path(__file__).resolve().parents[1] / "bench"
# Benchmarks that test on GED 2016-17 (its 2016 -> 2017 split, its headlines, its cross-script pairs).
GED_BENCHES = ("eval_gazetteer.py", "eval_extract.py", "ged_misses.py", "headline_variants.py", "admin_seats.py")
FAMOUS = ("Hama", "Homs", "Aleppo", "Idlib", "Raqqa", "Deir ez-Zor", "Douma", "al-Bab", "Hama province", "Manbij",
          "Palmyra", "Daraa", "Harim", "Tal Abyad", "حماة", "حلب", "الرقة")


@pytest.fixture(scope="module")
def default() -> Gazetteer:
    return Gazetteer.from_layers()


@pytest.fixture(scope="module")
def without() -> Gazetteer:
    return Gazetteer.from_layers(dataset_places=None)


def test_the_default_gazetteer_knows_the_embedded_events_places(default, without):
    for name in ("Sayyida Zaynab", "Sayeda Zeinab", "Sayyeda Zeinab town"):
        assert without.best(name) is None
        best = default.best(name)
        assert best is not None and best.source == "ged" and abs(best.lat - 33.446) < 0.01
    assert not [e for e in without.entries if e.source == "ged"]
    shipped = [e for e in default.entries if e.source == "ged"]
    assert shipped and len(shipped) <= len(read_learned(GED_PLACES))
    # It fills gaps: no name of it is one the built-in layers hold (but a city quarter's far from it, see
    # test_gazetteer_gaps), no "City - Part" form (the city answers it).
    assert not [e for e in shipped if city_part(e.names[0]) or any(
        not ocha_quarter(without.entries[i]) or distance_km(e.lat, e.lon, without.entries[i].lat,
                                                            without.entries[i].lon) <= AMBIGUOUS_KM
        for key in entry_keys(e) for i in without._index.get(key, ()))]


def test_the_layer_never_displaces_a_famous_place(default, without):
    for name in FAMOUS:
        assert default.best(name) == without.best(name), name


def test_an_import_of_the_same_events_adds_nothing_twice(tmp_path):
    learned = tmp_path / "learned.csv"
    shutil.copy(GED_PLACES, learned)  # what importing data/default teaches a learned file (see the script)
    both = Gazetteer.from_layers(learned_file=learned)
    learned_only = Gazetteer.from_layers(learned_file=learned, dataset_places=None)
    assert len(both.entries) == len(learned_only.entries)
    for row in read_learned(GED_PLACES)[::7]:
        assert both.best(row["name"]) == learned_only.best(row["name"]), row["name"]
        assert both.best(row["name"], row["admin1"]) == learned_only.best(row["name"], row["admin1"]), row["name"]


def test_merge_keeps_one_row_per_place_with_the_larger_count():
    shipped = [{"name": "Kafr Nabudah village", "lat": 35.43201, "lon": 36.49412, "count": 5},
               {"name": "Tremseh village", "lat": 35.272, "lon": 36.504, "count": 2}]
    own = [{"name": "kafr nabudah  village", "lat": 35.4321, "lon": 36.4941, "count": 9},
           {"name": "Somewhere", "lat": 35.0, "lon": 37.0, "count": 1}]
    merged = merge_rows(shipped, own)
    assert [(r["name"], r["count"]) for r in merged] == [("Kafr Nabudah village", 9), ("Tremseh village", 2),
                                                         ("Somewhere", 1)]
    assert merge_rows(shipped, []) == shipped and merge_rows([], own) == own


# The measurements that may use the layer: built-in towns by their own names (no GED name is asked), and
# eval_extract's --default-gazetteer on report and headline sets, which refuses --ged (tested below).
MAY_USE_LAYER = {("eval_gazetteer.py", "builtin_towns"), ("eval_extract.py", "main")}


def _gazetteer_calls(path: Path) -> list[tuple[str, ast.Call]]:
    """(enclosing function, call) of each Gazetteer.from_layers/load call in a module."""
    out = []
    for function in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(function, ast.FunctionDef):
            out += [(function.name, node) for node in ast.walk(function)
                    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr in ("from_layers", "load") and getattr(node.func.value, "id", "") == "Gazetteer"]
    return out


@pytest.mark.parametrize("bench", GED_BENCHES)
def test_benches_on_ged_build_without_the_layer(bench):
    """Each Gazetteer.from_layers/load call of a GED benchmark reads a built file (which comes without the layer)
    or says dataset_places=None: a gazetteer that ships GED 2016-17's places would be handed the answers."""
    for function, call in _gazetteer_calls(BENCH / bench):
        none = any(k.arg == "dataset_places" and isinstance(k.value, ast.Constant) and k.value.value is None
                   for k in call.keywords)
        built_file = bool(call.args) or any(k.arg == "path" for k in call.keywords)
        assert none or built_file or (bench, function) in MAY_USE_LAYER, (
            f"bench/{bench} line {call.lineno}: Gazetteer.{call.func.attr} with the GED layer")


def test_eval_extract_refuses_the_default_gazetteer_on_ged(capsys, monkeypatch):
    from bench import eval_extract

    monkeypatch.setattr("sys.argv", ["eval_extract", "--default-gazetteer", "--ged", "ged.csv"])
    with pytest.raises(SystemExit) as exit_:
        eval_extract.main()
    assert exit_.value.code == 2 and "not with --ged" in capsys.readouterr().err


def test_the_benches_gazetteer_holds_no_ged_place():
    from bench.eval_gazetteer import without_ged_layer

    assert not [e for e in without_ged_layer().entries if e.source == "ged"]


def test_a_built_file_comes_without_the_layer(tmp_path):
    from gazetteer import store

    built = tmp_path / "gazetteer.json"
    base = Gazetteer.from_layers(dataset_places=None)
    store.write(built, base.entries, base._keys, None)
    assert not [e for e in Gazetteer.from_layers(built).entries if e.source == "ged"]
