"""Gazetteer.answer: best() and resolve() of one query together, with a short path for a name one entry holds."""
import pytest

from gazetteer import Gazetteer
from gazetteer.builtin import builtin_entries


@pytest.fixture(scope="module")
def fast():
    return Gazetteer.from_layers()


@pytest.fixture(scope="module")
def full():
    """A second gazetteer: its answers come from best() and resolve(), never from the other's memos."""
    return Gazetteer.from_layers()


def _queries() -> list[tuple[str, str | None]]:
    names = list(dict.fromkeys(n for e in builtin_entries() for n in e.all_names()))[::23]
    forms = ["Hama", "حماة", "Hama province", "Suran", "Idlib", "بإدلب", "Al-Hasakeh - Ghoweran", "Hole",
             "Western Maliha", "ريف حماة الشرقي", "As Suwar town/Sur town", "Kafranbool", "المصاصنة", "Tal Baydar",
             "Eastern Ghouta", "Harim", "al-Sukhnah", "village Ghouta"]
    hints = [None, "Hama", "SY07", "nowhere", ""]
    return [(n, None) for n in names] + [(n, h) for n in forms for h in hints]


def test_answer_is_best_and_resolve(fast, full):
    for name, hint in _queries():
        assert fast.answer(name, hint) == (full.best(name, hint), full.resolve(name, hint)), (name, hint)


def test_a_name_one_entry_holds_skips_the_full_lookup(monkeypatch):
    gaz = Gazetteer.from_layers(dataset_places=None)  # Saraqib: one entry (the shipped GED places add a second)
    expected = (gaz.best("Saraqib"), gaz.resolve("Saraqib"))
    fresh = Gazetteer.from_layers(dataset_places=None)
    monkeypatch.setattr(fresh, "_lookup", lambda *a: pytest.fail("the short path was not taken"))
    assert fresh.answer("Saraqib") == expected
    assert fresh.answer("Saraqib", "nowhere") == expected  # an unknown hint is no hint


def test_a_hint_or_a_level_word_takes_the_full_lookup(monkeypatch):
    gaz = Gazetteer.from_layers()
    called = []
    lookup = gaz._lookup
    monkeypatch.setattr(gaz, "_lookup", lambda *a: called.append(a) or lookup(*a))
    gaz.answer("Saraqib", "SY07")
    gaz.answer("Saraqib city")
    assert len(called) == 2



@pytest.mark.parametrize("name", ["سراقب", "الصفصافة"])
def test_a_name_several_entries_hold_skips_the_full_lookup_with_the_same_answer(monkeypatch, full, name):
    """سراقب: the GeoNames town and its OSM twin; الصفصافة: seven villages. No unit, quarter or hint among them:
    they are ranked and weighed as _lookup and best() would."""
    fresh = Gazetteer.from_layers()
    monkeypatch.setattr(fresh, "_answers", {})  # the shipped answers aside: the path of another spelling of the name
    monkeypatch.setattr(fresh, "_lookup", lambda *a: pytest.fail("the short path was not taken"))
    assert fresh.answer(name) == (full.best(name), full.resolve(name))


@pytest.mark.parametrize("name", ["Harim", "تل أبيض", "الحميدية"])
def test_a_unit_or_a_quarter_among_the_entries_takes_the_full_lookup(monkeypatch, full, name):
    """Harim and تل أبيض are also districts (the town answers), الحميدية is also a city quarter of five cities."""
    fresh = Gazetteer.from_layers()
    monkeypatch.setattr(fresh, "_answers", {})  # the shipped answers aside: the path of another spelling of the name
    called = []
    lookup = fresh._lookup
    monkeypatch.setattr(fresh, "_lookup", lambda *a: called.append(a) or lookup(*a))
    assert fresh.answer(name) == (full.best(name), full.resolve(name)) and called
