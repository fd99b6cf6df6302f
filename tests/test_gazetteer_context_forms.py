"""A query written with its context ("X بريف حماة", "X في ريف إدلب الشمالي", "X (Hama)", "X in the Idlib
countryside", "قرية X في منطقة الباب", "حي X في مدينة حلب", "X neighbourhood of Aleppo"): the context is a hint
(and, with the caller's hint, a check), never a word of the name. Examples are villages two governorates share and
quarters chosen from the layers, not from an evaluation set."""
from __future__ import annotations

import pytest

from gazetteer import Gazetteer
from gazetteer.context import NEAR_KM
from gazetteer.core import distance_km
from gazetteer.forms import context_form, context_readings, near_form
from gazetteer.normalize import parse, says_camp, says_village
from tests.gazetteer_env import clean_env  # noqa: F401

# OSM villages whose name two governorates share: the name alone places none
SHARED = (("تل الطويل", "SY07", "إدلب", "SY08", "الحسكة"), ("الروضة", "SY04", "حمص", "SY05", "حماة"),
          ("بشراغي", "SY06", "اللاذقية", "SY10", "طرطوس"), ("عين الجرن", "SY05", "حماة", "SY10", "طرطوس"))


def _at(match) -> tuple[float, float] | None:
    return match and (match.lat, match.lon)


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def test_context_readings_cut_the_name_from_its_context():
    assert context_form("معصران بريف إدلب الجنوبي") == ("ريف إدلب الجنوبي", "معصران")
    assert context_form("قرية معصران في ريف إدلب") == ("ريف إدلب", "قرية معصران")
    assert context_form("معصران، ريف إدلب") == ("ريف إدلب", "معصران")
    assert context_form("بلدة معصران (إدلب)") == ("إدلب", "بلدة معصران")
    assert context_form("قرية معصران في منطقة معرة النعمان") == ("منطقة معرة النعمان", "قرية معصران")
    assert context_form("Masran in the southern Idlib countryside") == ("the southern Idlib countryside", "Masran")
    assert context_form("Masran, Idlib's southern countryside") == ("Idlib southern countryside", "Masran")
    assert context_form("Masran village (Idlib governorate)") == ("Idlib governorate", "Masran village")
    assert context_form("Ashrafiyeh district of Aleppo") == ("Aleppo", "Ashrafiyeh district")
    assert context_form("the town of Masran") is None and context_form("ريف إدلب") is None


def test_a_latin_context_is_read_whatever_white_space_separates_its_words():
    """A pasted name may hold a tab or a no-break space between its words ("Masran in\u00a0the ... countryside"): the
    context words are the words the readings split on, not only those between plain spaces."""
    assert context_form("Masran in\u00a0the southern Idlib countryside") == ("the southern Idlib countryside", "Masran")
    assert context_form("Ashrafiyeh district\tof Aleppo") == ("Aleppo", "Ashrafiyeh district")
    assert context_form("Idlib\u2019s\u00a0Masran") == ("Idlib", "Masran")
    assert context_readings("Aleppo's old city in Jdeideh quarter") == (("Jdeideh quarter", "Aleppo's old city"),
                                                                        ("Aleppo", "old city in Jdeideh quarter"))


@pytest.mark.parametrize("name, code1, gov1, code2, gov2", SHARED)
def test_a_countryside_context_places_a_shared_village_in_its_governorate_and_checks_the_hint(gaz, name, code1, gov1, code2, gov2):
    assert gaz.best(name) is None  # two governorates: "I don't know" without a context
    for code, gov in ((code1, gov1), (code2, gov2)):
        hinted = gaz.best(name, admin1=code)
        assert hinted is not None and hinted.admin1_pcode == code
        for query in (f"{name} بريف {gov}", f"قرية {name} في ريف {gov} الشمالي", f"{name}، ريف {gov}",
                      f"وقرية {name} بريف {gov}", f"{name} ({gov})"):
            assert _at(gaz.best(query)) == _at(hinted), query
            assert _at(gaz.best(query, admin1=code)) == _at(hinted), query
    assert gaz.best(f"{name} بريف {gov1}", admin1=code2) is None  # a context the hint contradicts: a check
    assert gaz.best(f"{name} ({gov2})", admin1=code1) is None


def test_a_latin_countryside_or_governorate_context_is_the_hint(gaz):
    for query in ("Tadif, Aleppo countryside", "Tadif in the eastern Aleppo countryside", "Tadif (Aleppo province)",
                  "Tadif in Aleppo's eastern countryside", "the town of Tadif in rural Aleppo"):
        found = gaz.best(query)
        assert found is not None and found.admin1_pcode == "SY02", query
    assert gaz.best("Tadif (Hama province)") is None
    assert gaz.best("the Euphrates river in Raqqa") is None  # read, but no quarter al-Furat: the part answers nothing
    known = gaz.best("Jihar oil/gas field (Hayyan)")  # a dataset wrote it so (the gas field, not Aleppo's Hayyan)
    assert known is not None and known.admin1_pcode == "SY04"
    loose = gaz.best("gas fiel (Hayyan)")  # Aleppo's Hayyan holds nothing of the name: no hint, the field as before
    assert loose is not None and loose.admin1_pcode == "SY04"
    assert gaz.best("معصران بريف زززز") is None and gaz.resolve("معصران بريف زززز") == []  # a context naming no place


def test_a_seat_s_countryside_is_its_unit_s_governorate_not_a_namesake_village_s(gaz):
    """"ريف دوما" is Duma's countryside (Rural Damascus), though villages named دوما lie in other governorates."""
    town = gaz.best("حرستا", admin1="SY03")
    assert town is not None and _at(gaz.best("حرستا بريف دوما")) == _at(town)
    village = gaz.best("قرية ترحين", admin1="SY02")
    assert village is not None and _at(gaz.best("قرية ترحين في منطقة الباب")) == _at(village)
    assert gaz.best("قرية ترحين في منطقة منبج") is None  # the district holds no such village


def test_a_quarter_named_with_its_city_keeps_its_own_designator(gaz):
    """"حي X في مدينة Y": the designator of the context (مدينة) says nothing of X, a quarter."""
    quarter = gaz.best("حي الأشرفية", admin1="SY02")
    assert quarter is not None and quarter.level == "neighbourhood"
    for query in ("حي الأشرفية في مدينة حلب", "الأشرفية في مدينة حلب", "Ashrafiyeh district of Aleppo",
                  "the Ashrafiyeh neighbourhood in Aleppo", "Ashrafiyeh neighbourhood of Aleppo city"):
        found = gaz.best(query)
        assert found is not None and found.level == "neighbourhood" and found.admin1_pcode == "SY02", query



def test_a_designator_with_its_proclitics_is_the_designator(gaz):
    """"بحي X", "لحي X", "ومخيم X", "بقرية X": the proclitic goes and the designator still says what X is."""
    for clitic, plain in (("بحي الشعار", "حي الشعار"), ("لحي الوعر", "حي الوعر"), ("وبقرية تل الطويل", "قرية تل الطويل"),
                          ("ومخيم النيرب", "مخيم النيرب"), ("فبلدة كفرنبودة", "بلدة كفرنبودة")):
        assert parse(clitic) == parse(plain), clitic
    assert says_camp("بمخيم اليرموك") and says_village("وقرية تل الطويل")
    assert parse("بقرية").key != parse("قرية").key  # alone, the village بقرية (Latakia) keeps its name
    for clitic, plain in (("بحي الشعار", "حي الشعار"), ("لحي الوعر", "حي الوعر"), ("بمخيم اليرموك", "مخيم اليرموك")):
        found = gaz.best(clitic)
        assert found is not None and _at(found) == _at(gaz.best(plain)), clitic


def test_two_countrysides_are_read_as_either_governorate():
    assert context_readings("عين الجرن بريفي حلب وطرطوس") == (("ريف حلب", "عين الجرن"), ("ريف طرطوس", "عين الجرن"))
    assert context_readings("X في ريفي دير الزور والرقة") == (("ريف دير الزور", "X"), ("ريف الرقة", "X"))
    assert context_readings("بشراغي، ريفي اللاذقية وحماة") == (("ريف اللاذقية", "بشراغي"), ("ريف حماة", "بشراغي"))
    assert context_readings("Ain al-Jarn in the Aleppo and Tartus countrysides") == (
        ("Aleppo countryside", "Ain al-Jarn"), ("Tartus countryside", "Ain al-Jarn"))
    assert context_readings("X, Hama and Idlib countryside") == (("Hama countryside", "X"), ("Idlib countryside", "X"))


@pytest.mark.parametrize("query, code", (("عين الجرن بريفي حلب وطرطوس", "SY10"), ("عين الجرن في ريفي طرطوس وحلب", "SY10"),
                                         ("بشراغي، ريفي اللاذقية وحماة", "SY06"), ("بشراغي بريفي حماة وطرطوس", "SY10"),
                                         ("Ain al-Jarn in the Aleppo and Tartus countrysides", "SY10")))
def test_a_village_in_two_countrysides_is_the_one_either_holds(gaz, query, code):
    """A village name two governorates share, written "بريفي Y وZ" (in the countrysides of Y and Z): the union is the
    hint, in either order; the name alone places none."""
    found = gaz.best(query)
    assert found is not None and found.admin1_pcode == code and found.level == "town"


def test_a_village_both_countrysides_hold_is_not_told(gaz):
    """When both governorates a query names hold the name (عين الجرن in Hama and Tartus; Tal Tawil in Hasakah and
    Aleppo), no answer: neither is more likely (one that only one holds is that one's)."""
    assert gaz.best("عين الجرن بريفي دمشق وطرطوس") is not None
    assert gaz.best("عين الجرن بريفي حماة وطرطوس") is None
    assert gaz.best("Tell at-Tawil, Hasakah and Aleppo countryside") is None


def test_near_form_cuts_the_name_from_the_town_it_lies_near():
    assert near_form("المشرفة قرب مصياف") == ("مصياف", "المشرفة")
    assert near_form("المشرفة، بالقرب من مدينة تلبيسة") == ("مدينة تلبيسة", "المشرفة")
    assert near_form("Al-Mushrifah, near the town of Masyaf") == ("the town of Masyaf", "Al-Mushrifah")
    assert near_form("المشرفة\u00a0قرب\tمصياف") == ("مصياف", "المشرفة")  # (a pasted tab or no-break space)
    assert near_form("قرب مصياف") is None and near_form("Masyaf") is None and near_form("Nearab") is None


@pytest.mark.parametrize("query, code", (("المشرفة قرب مصياف", "SY05"), ("المشرفة بالقرب من تلبيسة", "SY04"),
                                         ("Al-Mushrifah\u00a0near\u00a0Masyaf", "SY05"),
                                         ("المشرفة قرب دير حافر", "SY02"), ("Al-Mushrifah near Masyaf", "SY05"),
                                         ("Salhiyeh near Hajin", "SY09")))
def test_a_village_named_near_a_town_is_its_namesake_close_to_the_town(gaz, query, code):
    """A village name three governorates share (المشرفة) written near a town is the one within NEAR_KM of it, in
    either script; near is a distance, not a unit (no containment is asked)."""
    town = gaz.best(near_form(query)[0])
    found = gaz.best(query)
    assert found is not None and found.admin1_pcode == code and found.level == "town"
    assert 0 < distance_km(found.lat, found.lon, town.lat, town.lon) <= NEAR_KM


def test_a_name_no_place_bears_near_the_town_is_not_answered_far_away(gaz):
    """"تل الطويل قرب حلب": the villages تل الطويل lie far from Aleppo (one is near التمانعة, Idlib), so the town it is
    near answers nothing (not a far namesake, not Aleppo itself)."""
    found = gaz.best("تل الطويل قرب التمانعة")
    assert found is not None and found.admin1_pcode == "SY07"
    assert gaz.best("تل الطويل قرب حلب") is None and gaz.best("الصالحية قرب مصياف") is None


def test_from_or_the_centre_of_before_a_designator_is_the_designated_place(gaz):
    """"من بلدة X" (from the town of X), "من حي X", "وسط مدينة X" (the centre of the city of X): the word before the
    designator says where in or from the place, not which; "وسط X" alone stays central X (a region), "من" elsewhere
    a word of the name."""
    for lead, plain in (("من بلدة معرة مصرين", "بلدة معرة مصرين"), ("من حي الشعار", "حي الشعار"),
                        ("من قرية تل الطويل", "قرية تل الطويل"), ("من بحي الوعر", "حي الوعر"),
                        ("وسط مدينة دير الزور", "مدينة دير الزور"), ("وسط بلدة نوى", "بلدة نوى")):
        assert parse(lead) == parse(plain), lead
    assert parse("وسط درعا").region and parse("من حلب") != parse("حلب")
    for lead, plain in (("من مدينة منبج", "مدينة منبج"), ("وسط مدينة حمص", "مدينة حمص"), ("من حي الشعار", "حي الشعار")):
        found = gaz.best(lead)
        assert found is not None and _at(found) == _at(gaz.best(plain)), lead


def test_in_before_a_designator_is_the_designated_place(gaz):
    """"في قرية X" (in the village of X), as a report writes where something happened: the designated place; "في"
    before a name with no designator stays a word of the name."""
    for lead, plain in (("في قرية كفرنبل", "قرية كفرنبل"), ("في بلدة سراقب", "بلدة سراقب"), ("في حي الشعار", "حي الشعار"),
                        ("في مدينة منبج", "مدينة منبج"), ("في منطقة الباب", "منطقة الباب")):
        assert parse(lead) == parse(plain), lead
        found = gaz.best(lead)
        assert found is not None and _at(found) == _at(gaz.best(plain)), lead
    assert parse("في حلب") != parse("حلب")


@pytest.mark.parametrize("name, code1, gov1, code2, gov2", SHARED)
def test_a_countryside_first_then_a_dash_holds_its_village(gaz, name, code1, gov1, code2, gov2):
    """"ريف حماة - X", "Rif Dimashq - X": the unit first (ACLED's "City - Part" order) holds the part, wherever in it
    the part lies, not only within a city's reach of its point."""
    for code, gov in ((code1, gov1), (code2, gov2)):
        hinted = gaz.best(name, admin1=code)
        found = gaz.best(f"ريف {gov} - {name}")
        assert found is not None and _at(found) == _at(hinted), (gov, name)
