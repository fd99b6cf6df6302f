"""The shipped indexes (gazetteer.indexes): current, the same as those made on first use, ignored when stale."""
from __future__ import annotations

import orjson
import pytest

from gazetteer.core import Gazetteer
from gazetteer.indexes import INDEXES, fingerprint, make_indexes, read_indexes
from gazetteer.translit import vowel_frames


@pytest.fixture(scope="module")
def made() -> Gazetteer:
    """The default gazetteer (built-in layers and shipped GED places) without a shipped file: every index made
    here."""
    default = Gazetteer.from_layers()
    return Gazetteer(default.entries, default._keys)


def test_shipped_file_is_current():
    doc = orjson.loads(INDEXES.read_bytes())
    assert doc["fingerprint"] == fingerprint(), (
        "data/gazetteer/indexes.json was made from other tables or code (answers stay right, the first names "
        "are slower): run `python -m gazetteer.indexes`")


def test_shipped_indexes_are_those_made_on_first_use(made):
    shipped = Gazetteer.from_layers()._shipped
    assert shipped is not None
    assert shipped.twin_sets == {i: found for i, found in made._twin_sets.items() if len(found) > 1}
    assert shipped.cross == made._cross
    assert list(shipped.cross[True]) == list(made._cross[True])  # same order: ties rank in it
    assert shipped.skeletons == made._skeletons and shipped.blocks == made._blocks
    assert shipped.quarter_ids == made._quarter_ids
    assert shipped.generic_quarter_keys == made._generic_quarter_keys
    assert shipped.town_frames == made._town_frames
    assert all(tuple(frames) == vowel_frames(key) for key, frames in shipped.cross_frames.items())
    assert set(shipped.cross_frames) == {key for groups in made._cross.values() for pairs in groups.values()
                                         for key, _ in pairs}


def test_shipped_readings_are_every_name_as_parse_and_variants_read_it(made, monkeypatch):
    from gazetteer import normalize

    shipped = Gazetteer.from_layers()._shipped
    assert set(shipped.readings) == {name for entry in made.entries for name in entry.all_names()}
    monkeypatch.setattr(normalize, "_READINGS", {})
    normalize.clear_memos()
    made_here = {name: (normalize.parse(name), normalize.variants(name)) for name in shipped.readings}
    normalize.clear_memos()
    monkeypatch.setattr(normalize, "_READINGS", dict(shipped.readings))
    assert {name: (normalize.variants(name), normalize.parse(name))[::-1] for name in shipped.readings} == made_here
    normalize.clear_memos()


def test_every_entry_matches_as_without_the_file(made):
    shipped = Gazetteer.from_layers()
    assert shipped._latin_names and not made._latin_names
    for i in range(len(made.entries)):
        assert shipped._match(i, 100.0) == made._match(i, 100.0)
        assert shipped._match(i, 95.5, "حماة", "Twin") == made._match(i, 95.5, "حماة", "Twin")


def test_a_stale_file_is_ignored_and_answers_stay(made, tmp_path):
    doc = make_indexes(made)
    stale = tmp_path / "indexes.json"
    stale.write_bytes(orjson.dumps({**doc, "fingerprint": "0-0"}))
    assert read_indexes(stale, list(made._index)) is None
    assert read_indexes(tmp_path / "missing.json", list(made._index)) is None
    current = tmp_path / "current.json"
    current.write_bytes(orjson.dumps(doc))
    assert read_indexes(current, list(made._index)) is not None
    gaz = Gazetteer(made.entries, made._keys, indexes=stale)
    for name in ("Harim", "حارم", "Kafr Nabudah", "Tal Baydar", "Hama"):
        assert gaz.resolve(name) == made.resolve(name) and gaz.best(name) == made.best(name)


def test_only_the_default_layers_read_the_file(tmp_path):
    learned = tmp_path / "learned.csv"
    learned.write_text("name,name_ar,lat,lon,admin1,admin2,level,source,count\nSomewhere,,35.0,37.0,Hama,,town,ged,1\n",
                       encoding="utf-8")
    assert Gazetteer.from_layers()._indexes_file == INDEXES
    other = Gazetteer.from_layers(learned_file=learned)
    assert len(other.entries) == len(Gazetteer.from_layers().entries) + 1
    assert other._shipped is None  # other entries: the indexes are made on first use
    assert Gazetteer.from_layers(dataset_places=None)._shipped is None  # nor without the shipped GED places


def test_shipped_answers_are_answer_made_without_the_file(made):
    shipped = Gazetteer.from_layers()
    assert shipped._answers and not made._answers
    told = [name for name, answer in shipped._answers.items() if answer is not None]
    assert len(told) > 0.99 * len(shipped._answers)  # (a name is left out only when a Match is no entry's)
    for name in told:
        assert shipped.answer(name) == made.answer(name), name


def test_a_shipped_answer_is_what_answer_gives_without_a_hint_only(made, monkeypatch):
    gaz = Gazetteer.from_layers()
    harim = made.resolve("Harim")[0]
    i = next(n for n in range(len(made.entries)) if made._match(n, 100.0) == harim)
    monkeypatch.setitem(gaz._answers, "Nowhere at all", [None, i, [i, 92.5, "", ""]])
    monkeypatch.setitem(gaz._answers, "Harim", [[i, 95.0, "", ""], i])
    best, candidates = gaz.answer("Nowhere at all")
    assert best is None and candidates == [harim, made._match(i, 92.5)] and candidates[1].score == 92.5
    assert gaz.answer("Nowhere at all", limit=1) == (None, [harim])
    assert gaz.answer("Harim") == (made._match(i, 95.0), [harim])  # a best past the candidates: its own list
    assert gaz.answer("Harim", "Idlib") == made.answer("Harim", "Idlib")  # with a hint: the whole lookup
    assert gaz.answer("Harim", limit=6) == made.answer("Harim", limit=6)  # more than the file holds
    assert gaz.answer("Nowhere at all", "Idlib")[1] == made.answer("Nowhere at all", "Idlib")[1]
