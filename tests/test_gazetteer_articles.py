"""Without a hint, the article tells namesakes apart: the match keys drop every article, so "العين ورد" and "عين
الورد" share one key, and a place written with the article on another word than the query's (or, by a place not far
more prominent, with the article added or dropped) is not what a namesake elsewhere, written article for article,
also is. Made-up places."""
from __future__ import annotations

from gazetteer import Gazetteer
from gazetteer.builtin import village_entry
from gazetteer.entry import Entry
from gazetteer.learned import event_weight
from gazetteer.normalize import article_words
from tests.gazetteer_env import clean_env  # noqa: F401


def _osm(name_ar: str, lat: float, lon: float, pcode: str, seat: str = "", name_en: str = ""):
    return village_entry({"name_en": name_en, "name_ar": name_ar, "lat": lat, "lon": lon, "type": "village",
                          "population": "", "seat": seat, "admin1_pcode": pcode, "admin2_pcode": pcode + "03",
                          "admin3_pcode": pcode + "0300"})


def _events(name_en: str, lat: float, lon: float, pcode: str, count: int):
    return Entry(name_en, "", lat, lon, "town", "ged", names=[name_en], admin1_pcode=pcode, admin2_pcode=pcode + "03",
                 weight=event_weight(count))


def test_which_words_carry_the_article():
    assert article_words("al-Tall Jawz") == article_words("التل جوز") == {0}
    assert article_words("Tall al Jawz") == article_words("تل الجوز") == article_words("قرية تل الجوز") == {1}
    assert article_words("زعرور") == article_words("Zarour village") == frozenset()


def test_an_article_on_another_word_is_another_place():
    seat = _osm("عين الورد", 36.4, 37.4, "SY02", seat="3")  # a subdistrict seat, far more prominent than a village
    village = _osm("العين ورد", 35.2, 36.6, "SY05")
    gaz = Gazetteer([seat, village])
    assert gaz.best("العين ورد") is None  # was the seat, 150 km away
    assert gaz.best("العين ورد", admin1="SY05").admin1_pcode == "SY05"
    assert gaz.best("عين الورد").admin1_pcode == "SY02"


def test_a_village_and_a_few_events_at_it_do_not_take_a_name_another_village_writes_as_asked():
    busier = [_osm("الزعرور", 36.6, 37.8, "SY02"), _events("Al Zarour", 36.6, 37.8, "SY02", 2)]
    gaz = Gazetteer([*busier, _osm("زعرور", 36.2, 40.8, "SY08")])
    assert gaz.best("زعرور") is None  # was the Aleppo village with its 2 events, 280 km away
    assert gaz.best("زعرور", admin1="SY08").admin1_pcode == "SY08"
    assert gaz.best("الزعرور").admin1_pcode == "SY02"  # written as the busier one writes it
    # an article only added or dropped does not cost a far more prominent town its name
    town = Entry("Zarour", "زعرور", 34.9, 36.7, "town", "geonames", names=["Zarour"], admin1_pcode="SY04",
                 admin2_pcode="SY0403", weight=6.0)
    gaz = Gazetteer([town, _osm("الزعرور", 36.2, 40.8, "SY08")])
    for name in ("الزعرور", "al-Zarour"):
        best = gaz.best(name)
        assert best is not None and best.admin1_pcode == "SY04", name
