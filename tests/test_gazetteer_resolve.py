"""Resolution against the built-in layer: names, hints, regions, ambiguity, unknown names."""
import pytest

from gazetteer import Gazetteer, Match


@pytest.fixture(scope="module")
def gaz(tmp_path_factory, monkeypatch_module):
    return Gazetteer.load()


@pytest.fixture(scope="module")
def monkeypatch_module(tmp_path_factory):
    """Keep the user's own settings and learned places out of these tests."""
    with pytest.MonkeyPatch.context() as mp:
        mp.delenv("GAZETTEER", raising=False)
        mp.delenv("OCHA_DIR", raising=False)
        mp.setenv("GAZETTEER_LEARNED", str(tmp_path_factory.mktemp("learned") / "none.csv"))
        yield mp


@pytest.mark.parametrize("pcode, names", [
    ("SY07", ["Idlib", "Idleb", "إدلب", "بإدلب", "وبإدلب"]),
    ("SY05", ["Hama", "Hamah", "حماة", "حماه"]),
    ("SY09", ["Deir ez-Zor", "Deir al-Zour", "Deir Ezzor", "Dayr az Zawr", "دير الزور"]),
    ("SY11", ["Raqqa", "Ar-Raqqah", "الرقة", "بالرقة"]),
    ("SY08", ["Hasakah", "Al-Hasakeh", "الحسكة"]),
])
def test_spellings_resolve_to_their_governorate(gaz, pcode, names):
    for name in names:
        best = gaz.best(name)
        assert best is not None, name
        assert best.admin1_pcode == pcode, (name, best)
        assert best.score >= 90


def test_a_result_carries_the_contract_fields(gaz):
    best = gaz.best("Idlib")
    assert isinstance(best, Match)
    assert best.name_ar == "إدلب" and best.level == "town"
    assert (best.geo_precision, best.where_prec) == (1, 1)
    assert best.admin2_pcode == "SY0700" and best.admin1 == "Idleb"
    assert 35.8 < best.lat < 36.0 and 36.5 < best.lon < 36.7
    assert best.source == "geonames"


def test_the_governorate_designator_picks_the_governorate(gaz):
    best = gaz.best("Idlib Governorate")
    assert (best.level, best.admin1_pcode, best.geo_precision, best.where_prec) == ("governorate", "SY07", 3, 4)
    assert gaz.best("محافظة حماة").level == "governorate"


@pytest.mark.parametrize("text", ["ريف حماة", "ريف حماة الشرقي", "eastern Hama countryside", "countryside of Hama",
                                  "Hama countryside"])
def test_countryside_is_the_governorate_at_region_precision(gaz, text):
    best = gaz.best(text)
    assert (best.level, best.admin1_pcode, best.geo_precision) == ("governorate", "SY05", 3)


def test_rif_dimashq_is_its_own_governorate(gaz):
    for text in ("ريف دمشق", "Rif Dimashq", "Rural Damascus", "Damascus countryside"):
        assert gaz.best(text).admin1_pcode == "SY03", text


def test_suran_told_apart_by_the_hint(gaz):
    hama = gaz.best("Suran", admin1="Hama")
    aleppo = gaz.best("صوران", admin1="حلب")
    assert hama.admin1_pcode == "SY05" and aleppo.admin1_pcode == "SY02"
    assert gaz.best("Suran", admin1="SY02").admin1_pcode == "SY02"  # a P-code works as a hint
    assert gaz.best("Suran", admin1="Hamah Governorate").admin1_pcode == "SY05"


def test_ambiguity_is_reported_not_hidden(gaz):
    candidates = gaz.resolve("Suran")
    assert {m.admin1_pcode for m in candidates} >= {"SY02", "SY05"}
    assert gaz.best("Suran") is None


@pytest.mark.parametrize("name", ["Xyzzy Qwerty", "Springfield", "زززقق", "Atlantis city"])
def test_unknown_names_get_no_match(gaz, name):
    assert gaz.resolve(name) == []
    assert gaz.best(name) is None


def test_fuzzy_spelling_is_a_candidate_with_a_lower_score(gaz):
    exact = gaz.best("Kafranbel")
    fuzzy = gaz.resolve("Kafranbool")[0]
    assert (fuzzy.lat, fuzzy.lon) == (exact.lat, exact.lon)
    assert 80 <= fuzzy.score < exact.score


def test_a_loose_spelling_is_best_only_inside_the_hinted_governorate(gaz):
    assert gaz.best("Kafranbool") is None  # no guess without a hint
    assert gaz.best("Kafranbool", admin1="Idlib").admin1_pcode == "SY07"
    assert gaz.best("Kafranbool", admin1="Aleppo") is None  # known only outside the hint


def test_exact_does_no_fuzzy_and_honours_the_hint(gaz):
    assert gaz.exact("Kafranbool") == []
    assert gaz.exact("Idleb")[0].admin1_pcode == "SY07"
    assert {m.admin1_pcode for m in gaz.exact("Suran", admin1="Aleppo")} == {"SY02"}


def test_spellings_of_one_key_share_an_answer_that_callers_cannot_spoil(gaz):
    first = gaz.exact("Idleb")
    first.clear()  # a caller's list is its own copy
    assert gaz.exact("Idlib") == gaz.exact("IDLEB") != []
    assert gaz.exact("Idlib Governorate")[0].level == "governorate"  # the designator still counts
    assert {m.admin1_pcode for m in gaz.exact("Suran", admin1="Hama")} == {"SY05"}  # and so does the hint


def test_empty_name_is_an_error(gaz):
    with pytest.raises(ValueError):
        gaz.resolve("  ")


def test_governorates_and_districts(gaz):
    assert [m.admin1_pcode for m in gaz.governorates()] == [f"SY{n:02d}" for n in range(1, 15)]
    assert len(gaz.districts()) == 62
    assert {m.admin2_pcode for m in gaz.districts("SY07")} == {"SY0700", "SY0702", "SY0703", "SY0704", "SY0705"}


def test_reverse_without_ocha_uses_the_nearest_district(gaz):
    found = gaz.reverse(35.93, 36.63)  # Idlib city
    assert found["admin1_pcode"] == "SY07" and found["approximate"]
    assert gaz.reverse(39.9, 32.85) is None  # Ankara


def test_arabic_spelling_variants_match_loosely(gaz):
    for text, pcode in (("جرابلوس", "SY02"), ("سراقيب", "SY07")):
        best = gaz.best(text)
        assert best is not None and best.admin1_pcode == pcode and best.score < 100, text


@pytest.mark.parametrize("text, pcode", [("وحلب", "SY02"), ("لحلب", "SY02"), ("فحمص", "SY04"), ("ومنبج", "SY02")])
def test_arabic_proclitics(gaz, text, pcode):
    best = gaz.best(text)
    assert best.admin1_pcode == pcode and best.score == 97.0


def test_district_hint(gaz):
    assert gaz.best("Suran", admin2="A'zaz").admin2_pcode == "SY0204"
    assert gaz.resolve("Suran", admin2="Hama")[0].admin2_pcode == "SY0501"


def test_named_regions_of_rural_damascus(gaz):
    for text in ("Eastern Ghouta", "الغوطة الشرقية", "Eastern Qalamoun", "القلمون"):
        best = gaz.best(text)
        assert (best.admin1_pcode, best.level, best.geo_precision) == ("SY03", "region", 2), text


def test_the_country(gaz):
    for text in ("Syria", "سورية", "سوريا", "في سوريا"[3:]):
        best = gaz.best(text)
        assert (best.level, best.admin1_pcode, best.geo_precision, best.where_prec) == ("country", None, 3, 6), text
    assert all(m.level == "governorate" for m in gaz.governorates())
