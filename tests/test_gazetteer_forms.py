"""Name forms of real datasets: "X Camp", "City - Neighbourhood", compass words that belong to a village's
name, and the policy rules that keep a village from becoming a governorate or a fuzzy match from crossing one."""
from __future__ import annotations

import random

import pytest

from gazetteer import Gazetteer
from gazetteer.builtin import admin_units, villages
from gazetteer.core import HINTED_SCORE, distance_km
from gazetteer.entry import Entry
from gazetteer.normalize import camp_heads, city_part, compass_name, parse, road_part, variants
from tests.gazetteer_env import clean_env  # noqa: F401

HASAKAH, DARAA = "SY08", "SY12"


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def test_an_english_silent_e_keeps_both_readings():
    assert variants("Hole Camp") == (parse("Hole").key, parse("Hol").key)
    assert variants("Aleppo") == (parse("Aleppo").key,) and len(variants("Hasakeh")) == 1


def test_x_camp_with_the_hint_is_the_camp_town_and_never_a_far_namesake_without(gaz):
    best = gaz.best("Hole Camp", admin1="Hasakah")
    assert best is not None and best.admin1_pcode == HASAKAH and best.name_ar == "الحول"
    unhinted = gaz.best("Hole Camp")
    assert unhinted is None or unhinted.admin1_pcode == HASAKAH  # not Houla in Homs, 449 km away
    assert any(m.admin1_pcode == HASAKAH for m in gaz.resolve("Hole Camp"))


def test_x_refugee_camp_is_the_camp_of_x(gaz):
    """"X refugee camp" is what "X camp" is (the camp's town, or the place a layer names X there): Palestinian
    camps are named so in English text (examples other than the studied sets' Yarmouk and Hama)."""
    for name, hint in (("Neirab refugee camp", "Aleppo"), ("Khan Dunoun refugee camp", "Rural Damascus"),
                       ("Daraa refugee camp", "Daraa"), ("Jaramana refugee camp", "Rural Damascus")):
        camp = gaz.best(name.replace("refugee ", ""), admin1=hint)
        assert camp is not None, name
        assert gaz.best(name, admin1=hint) == camp, name
    assert parse("Neirab refugees camp").key == parse("Neirab").key


def test_a_camp_named_then_described_is_its_named_place_with_the_hint_only(gaz):
    """A camp's name followed by who lives there, where it lies or what it is ("مخيم X للاجئين الفلسطينيين", "مخيمات
    X الحدودية", "مخيم X شرق دمشق", "X camp for Palestinian refugees") answers, with the hint, what "مخيم X" answers;
    without it, nothing (the dropped words might have been part of a name). Examples other than the studied sets'
    Handarat, Atmeh and Yarmouk."""
    for name, head, hint in (("مخيم النيرب للاجئين الفلسطينيين", "مخيم النيرب", "Aleppo"),
                             ("مخيمات سرمدا الحدودية", "مخيمات سرمدا", "Idlib"),
                             ("مخيم جرمانا شرق دمشق", "مخيم جرمانا", "Rural Damascus"),
                             ("Khan Dunoun camp for Palestinian refugees", "Khan Dunoun camp", "Rural Damascus")):
        camp = gaz.best(head, admin1=hint)
        found = gaz.best(name, admin1=hint)
        assert camp is not None and found is not None, name
        assert (found.lat, found.lon) == (camp.lat, camp.lon), name
        assert gaz.best(name) is None, name
    assert camp_heads("مخيم درعا للاجئين") == ["مخيم درعا"] and camp_heads("Daraa") == []
    # a camp's two-word name is never cut: Bab al-Salameh camp is not al-Bab, 'Ayn al-Hilweh not a spring
    assert camp_heads("مخيم باب السلامة") == [] and camp_heads("مخيم عين الحلوة") == []
    bab_salameh = gaz.best("مخيم باب السلامة", admin1="Aleppo")
    assert bab_salameh is None or bab_salameh.name_ar != "الباب"


def test_city_part_splits_only_a_spaced_dash():
    assert city_part("Al-Hasakeh - Ghoweran") == ("Al-Hasakeh", "Ghoweran")
    assert city_part("Homs – Bab Amr") == ("Homs", "Bab Amr")
    assert city_part("Deir-ez-Zor") is None and city_part("Ras al-Ain") is None and city_part(" - x") is None


def test_city_neighbourhood_answers_the_part_near_the_city_or_else_the_city(gaz):
    homs = gaz.best("Homs")
    part = gaz.best("حمص - باب عمر")
    assert part is not None and part.name_ar == "باب عمر" and distance_km(part.lat, part.lon, homs.lat, homs.lon) < 25
    city = gaz.best("Hasakah")
    best = gaz.best("Al-Hasakeh - Ghoweran")  # a quarter no layer names: the city holds it
    assert best is not None and best.admin1_pcode == HASAKAH
    assert distance_km(best.lat, best.lon, city.lat, city.lon) < 25
    assert gaz.best("Al-Hasakeh - Ghoweran", admin1="Hasakah") == best


def test_compass_word_as_a_village_adjective():
    assert compass_name("Western Maliha") == "Maliha al-gharbiya"
    assert compass_name("Maliha") is None and compass_name("North East Aleppo") is None
    assert compass_name("الغربية المليحة") is None
    assert compass_name("بري شرقي") == "بري الشرقي" and compass_name("شرقي حلب") is None  # east of Aleppo


def test_an_arabic_compass_adjective_after_the_name_is_part_of_it(gaz):
    """"بري شرقي" (no article) is the village بري الشرقي in Hama, not the countryside east of a place بري."""
    for query in ("بري شرقي", "ببري شرقي"):
        best = gaz.best(query)
        assert best is not None and best.level == "town" and best.admin1_pcode == "SY05", query
    assert gaz.best("شرقي حلب").level == "governorate"  # before the name it is still a direction


def test_a_wadi_elsewhere_does_not_make_a_loose_spelling_of_a_town_ambiguous(gaz):
    """OCHA's "Deir Attiyeh" is a loose spelling of Dayr 'Atiyah; a wadi in Hama matching it as loosely (a wadi
    never answers a settlement's name alone) does not stop the town answering without a hint."""
    assert any(m.level == "locality" and m.admin1_pcode == "SY05" for m in gaz.resolve("Deir Attiyeh"))
    best = gaz.best("Deir Attiyeh")
    assert best is not None and best.level == "town" and best.admin1_pcode == "SY03" and best.score < 100


def test_a_spoken_dh_finds_the_town_written_with_d(gaz):
    """Headlines write الحاضر "Al-Hadher"; GeoNames writes Al Hadir."""
    for hint in ("Aleppo", None):
        best = gaz.best("Al-Hadher", admin1=hint)
        assert best is not None and best.name_ar == "الحاضر" and best.admin1_pcode == "SY02", hint


def test_a_district_named_after_its_town_is_the_town(gaz):
    """OCHA's "Al-Malikeyyeh" names the district exactly and its town al-Malikiyah only loosely: the town, at
    town precision; a district named after no town ("Jebel Saman") stays the district."""
    best = gaz.best("Al-Malikeyyeh")
    assert best is not None and best.level == "town" and best.admin2_pcode == "SY0803" and best.geo_precision == 1
    assert gaz.best("Al-Malikeyyeh district").level == "district"
    assert gaz.best("Jebel Saman").level == "district"


def test_a_unit_s_other_name_is_its_town_when_the_town_bears_the_unit_s_own_name(gaz):
    """OCHA's "Al Makhrim" names the district, whose town only OSM names, in Arabic (المخرم): the name is the town,
    at town precision, as its Arabic name is; "X district" stays the district."""
    town, plain = gaz.best("Al Makhrim"), gaz.best("المخرم")
    assert town is not None and town.level == "town" and plain.level == "town"
    assert distance_km(town.lat, town.lon, plain.lat, plain.lon) < 5
    assert gaz.best("Al Makhrim district").level == "district"
    fiq = Entry(name_en="", name_ar="فيق", lat=32.78, lon=35.70, level="town", source="osm", admin1_pcode="SY14",
                admin2_pcode="SY1402", weight=1.0)
    best = Gazetteer([*admin_units(), fiq]).best("Al Fiq")
    assert best is not None and best.level == "town" and best.name_ar == "فيق"


def test_western_maliha_is_the_daraa_village_never_a_governorate(gaz):
    best = gaz.best("Western Maliha", admin1="Daraa")
    assert best is not None and best.admin1_pcode == DARAA and best.level == "town"
    assert "الغربي" in best.name_ar
    for match in [gaz.best("Western Maliha"), *gaz.resolve("Western Maliha")]:
        assert match is None or match.level not in ("governorate", "district")


def test_a_place_named_with_a_compass_word_keeps_it(gaz):
    """GED's "Western Ghariyah" and "Eastern Ghariyah" (Daraa, 3 km apart) were both keyed as the countryside of
    Ghariyah, so "Eastern Ghariyah" answered the Western one; a place's compass word is part of its name, as a
    region's is: each answers its own name and its Arabic-order reading ("Ghariyah al Gharbiyah")."""
    from gazetteer.entry import Entry, entry_keys

    west = gaz.best("Western Ghariyah", admin1="Daraa")
    east = gaz.best("Eastern Ghariyah", admin1="Daraa")
    assert west is not None and east is not None and (west.lat, west.lon) != (east.lat, east.lon)
    for name, place in (("Ghariyah al Gharbiyah", west), ("Al-Ghariyah al-Sharqiyah", east)):
        found = gaz.best(name, admin1="Daraa")
        assert found is not None and (found.lat, found.lon) == (place.lat, place.lon), name
    village = Entry("", "رملان شرقي", 36.09, 40.61, "town", "osm")
    assert entry_keys(village) == [parse("رملان الشرقي").key]  # not the countryside of رملان
    quarter = Entry("Joubar Gharbi", "جوبر الغربي", 33.53, 36.33, "neighbourhood", "ocha")
    assert parse("جوبر").key not in entry_keys(quarter)  # (a quarter's keys are gazetteer.quarters' own)


def test_regions_of_cities_still_name_their_governorate(gaz):
    assert gaz.best("ريف حماة").level == "governorate"
    assert gaz.best("Eastern Ghouta").admin1_pcode == "SY03"


def _sample_villages(n: int) -> list:
    towns = [e for e in villages() if e.level == "town" and e.weight <= 1.0 and e.name_ar and len(parse(e.name_ar).key) >= 4]
    return random.Random(11).sample(towns, n)


def test_a_village_name_never_resolves_to_a_governorate_or_district(gaz):
    """A village name no other source or larger place shares never gives a unit."""
    known = {k for e in gaz.entries if e.source != "osm" or e.weight > 1.0 for n in e.all_names()
             for k in variants(n)}
    checked = 0
    for village in _sample_villages(150):
        name = village.name_ar
        if parse(name).key in known:
            continue  # a town of another source shares the name: its countryside is a region
        checked += 1
        for query in (name, f"ريف {name}", f"قرية {name}"):
            for match in [gaz.best(query), gaz.best(query, admin1=village.admin1_pcode)]:
                assert match is None or match.level not in ("governorate", "district"), query
    assert checked > 100


def _misspelt(name: str, rng: random.Random) -> str:
    i = rng.randrange(1, len(name) - 1)
    return name[:i] + name[i + 1:]


def test_a_fuzzy_match_never_crosses_governorates_without_a_hint(gaz):
    rng = random.Random(5)
    names = [e.name_en for e in gaz.entries if e.level == "town" and e.name_en and len(e.name_en) >= 6]
    answered = 0
    for name in rng.sample(names, 300):
        query = _misspelt(name, rng)
        best = gaz.best(query)
        if best is None or best.score >= 100:
            continue
        answered += 1
        rivals = [m for m in gaz.resolve(query, limit=50) if m.score >= HINTED_SCORE and m.level != "locality"]
        assert {m.admin1_pcode for m in rivals} == {best.admin1_pcode}, query  # a wadi elsewhere is no rival
    assert answered > 20


def test_a_locality_never_answers_a_town_level_query(gaz):
    """'Village X' is a settlement: a wadi or hill named X is a candidate, never the answer."""
    lone = [e for e in villages() if e.level == "locality" and not e.names and e.name_ar][:40]
    for place in lone:
        for query in (f"قرية {place.name_ar}", f"بلدة {place.name_ar}", f"{place.name_ar} village"):
            best = gaz.best(query)
            assert best is None or best.level != "locality", query


def test_road_part_is_a_road_named_after_a_spaced_dash():
    assert road_part("Homs - Palmyra road") and road_part("حمص - طريق تدمر")
    assert not road_part("Al-Hasakeh - Ghoweran") and not road_part("Palmyra road") and not road_part("Homs")


def test_a_road_out_of_a_city_is_near_the_city_never_in_it(gaz):
    """'Homs - Palmyra road' is somewhere along 150 km of road: the city at near precision, not the town point."""
    homs = gaz.best("Homs")
    for name in ("Homs - Palmyra road", "حمص - طريق تدمر"):
        best = gaz.best(name)
        assert best is not None and (best.lat, best.lon) == (homs.lat, homs.lon), name
        assert (best.geo_precision, best.where_prec) == (2, 2), name
    assert gaz.best("Al-Hasakeh - Ghoweran").geo_precision == 1  # a quarter the city holds stays the town


def test_a_city_part_whose_city_has_no_answer_has_none(gaz):
    """"Suran - X": two seats are named Suran (Aleppo, Hama), so without a hint no part of either is placed."""
    assert gaz.best("Suran") is None
    assert gaz.best("Suran - Tashreen") is None and gaz.best("Sourane - Al Jadida") is None
    assert gaz.resolve("Suran - Tashreen")  # the cities are still listed
    hinted = gaz.best("Suran - Tashreen", admin1="Hama")
    assert hinted is not None and hinted.admin1_pcode == "SY05"


def test_upper_and_lower_before_a_name_are_its_own_words_never_a_region():
    """English writes the villages that OSM names X فوقاني / X التحتاني as "Upper X" / "Lower X"."""
    assert compass_name("Upper Khweitla") == "Khweitla al-fawqani"
    assert compass_name("Lower Arzghan") == "Arzghan al-tahtani"
    assert parse("Lower Arzghan").region is False
    assert variants("Upper Khweitla") == (parse("Upper Khweitla").key, parse("Khweitla al-fawqani").key)


@pytest.mark.parametrize("upper, lower, admin1", [
    ("Upper Khweitla", "Lower Khweitla", "Hasakah"),  # خويتلة فوقاني / تحتاني, no article in OSM
    ("Upper Arzghan", "Lower Arzghan", "Idleb"),  # أرزغان الفوقاني / التحتاني, with it
])
def test_upper_and_lower_find_each_its_own_village_across_scripts(gaz, upper, lower, admin1):
    found = {name: gaz.best(name, admin1=admin1) for name in (upper, lower)}
    assert all(m is not None and m.level == "town" for m in found.values()), found
    assert "فوقاني" in found[upper].name_ar and "تحتاني" in found[lower].name_ar
    assert gaz.best(upper) is None  # a cross-script reading alone needs the hint


def _compass_pair() -> Gazetteer:
    """A made-up seat Kafr Zaytun (Hama) and a village كفر زيتون الشمالي in Idlib, 150 km away."""
    seat = Entry(name_en="Kafr Zaytun", name_ar="كفر زيتون", lat=35.05, lon=37.30, level="town", source="geonames",
                 admin1_pcode="SY05", admin2_pcode="SY0503", weight=3.0)
    unit = Entry(name_en="Kafr Zaytun", name_ar="كفر زيتون", lat=35.05, lon=37.32, level="subdistrict",
                 source="ocha", admin1_pcode="SY05", admin2_pcode="SY0503", admin3_pcode="SY050303", weight=3.0)
    village = Entry(name_en="", name_ar="كفر زيتون الشمالي", lat=36.10, lon=36.60, level="town", source="osm",
                    admin1_pcode="SY07", admin2_pcode="SY0703", admin3_pcode="SY070300", weight=1.0)
    return Gazetteer([*admin_units(), seat, unit, village])


def test_a_compass_word_before_a_seat_s_name_is_the_countryside_or_a_village_of_that_name():
    """"Northern Kafr Zaytun" is the northern countryside of the seat (Hama) or the village كفر زيتون الشمالي (Idlib):
    without a hint neither is the answer, both are listed; with the village's governorate, the village; with the
    seat's, the countryside; with no village of the name, the countryside as before."""
    gaz = _compass_pair()
    assert gaz.best("Northern Kafr Zaytun") is None
    listed = {(m.level, m.admin1_pcode) for m in gaz.resolve("Northern Kafr Zaytun")}
    assert {("town", "SY07"), ("governorate", "SY05")} <= listed
    village = gaz.best("Northern Kafr Zaytun", admin1="Idleb")
    assert village is not None and village.level == "town" and village.name_ar == "كفر زيتون الشمالي"
    countryside = gaz.best("Northern Kafr Zaytun", admin1="Hama")
    assert countryside is not None and countryside.level == "governorate" and countryside.admin1_pcode == "SY05"
    alone = Gazetteer([e for e in gaz.entries if e.source != "osm"])
    assert alone.best("Southern Kafr Zaytun").admin1_pcode == "SY05"  # no village: the countryside
    assert alone.best("Northern Kafr Zaytun", admin1="Idleb") is None
    namesake = Entry(name_en="", name_ar="حماة الشمالية", lat=36.10, lon=36.60, level="town", source="osm",
                     admin1_pcode="SY07", admin2_pcode="SY0703", admin3_pcode="SY070300", weight=1.0)
    hama = Gazetteer([*admin_units(), namesake]).best("Northern Hama")  # a governorate's part, whatever village
    assert hama is not None and hama.level == "governorate" and hama.admin1_pcode == "SY05"


def test_an_english_size_or_age_word_first_is_the_name_s_own_adjective():
    """Made-up Idlib villages: "Old Ain Zaytun" is عين زيتون القديمة and "Greater Tal Zamir" تل زمير الكبير ("Upper X"
    is X al-Fawqani already), not the plain namesakes 20 km away; "Little Kafr Zama" is كفر زاما الصغيرة."""
    def osm(name_ar: str, lat: float) -> Entry:
        return Entry("", name_ar, lat, 36.5, "town", "osm", admin1_pcode="SY07", weight=1.0)

    gaz = Gazetteer([osm("عين زيتون القديمة", 35.5), osm("عين زيتون", 35.7), osm("تل زمير الكبير", 35.9),
                     osm("تل زمير", 36.1), osm("كفر زاما الصغيرة", 36.3), osm("كفر زاما", 36.5)])
    for name, village in (("Old Ain Zaytun", "عين زيتون القديمة"), ("Greater Tal Zamir", "تل زمير الكبير"),
                          ("Little Kafr Zama", "كفر زاما الصغيرة")):
        best = gaz.best(name, admin1="SY07")
        assert best is not None and best.name_ar == village, name


def test_an_english_word_of_the_name_put_first_leaves_the_place_near_when_nothing_bears_the_whole_name():
    """"old Maskanah town": English puts the name's own word first (Maskanah al-Qadima); where no place bears that
    name, it is near Maskanah, with the hint only (as "Baghuz at-Tahtani" is near Baghuz), at "near" precision."""
    town = Entry("Maskanah", "مسكنة", 35.96, 38.03, "town", "geonames", admin1_pcode="SY02", weight=4.0)
    alone = Gazetteer([town])
    best = alone.best("old Maskanah town", admin1="Aleppo")
    assert best is not None and best.name_en == "Maskanah" and best.score <= HINTED_SCORE
    assert (best.geo_precision, best.where_prec) == (2, 2)
    assert alone.best("old Maskanah town") is None
    old = Entry("", "مسكنة القديمة", 35.99, 38.06, "town", "osm", admin1_pcode="SY02", weight=1.0)
    assert Gazetteer([town, old]).best("old Maskanah town", admin1="Aleppo").name_ar == "مسكنة القديمة"
