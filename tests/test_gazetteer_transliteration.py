"""Cross-script readings a Latin spelling and an Arabic name disagree on: a Latin sh/kh that is two Arabic
letters, an Arabic ه inside a name that is the consonant h, a Latin dh that is د + ه, and a village written
with a word (lower, upper, big, western...) that no layer holds."""
from __future__ import annotations

from gazetteer import Gazetteer
from gazetteer.core import CROSS_SCORE, HINTED_SCORE
from gazetteer.entry import Entry
from gazetteer.normalize import normalize, parse, qualifier_stripped, unqualified, variants
from gazetteer.translit import cross_skeletons, spelt_out, vowel_frames
from tests.gazetteer_env import clean_env  # noqa: F401

RAQQA, DEIR = "SY11", "SY09"


def _osm(name_ar: str, lat: float = 36.0, lon: float = 38.5, pcode: str = RAQQA) -> Entry:
    return Entry("", name_ar, lat, lon, "town", "osm", admin1_pcode=pcode, weight=1.0)


def test_a_latin_sh_or_kh_is_also_two_letters():
    assert set(cross_skeletons(normalize("مسحرة"))) & set(cross_skeletons(normalize("Masharah")))
    assert set(cross_skeletons(normalize("خس حبال"))) & set(cross_skeletons(normalize("Khass Hibal")))
    assert set(cross_skeletons(normalize("الشدادة"))) & set(cross_skeletons(normalize("Ash Shaddadah")))
    assert not set(cross_skeletons(normalize("مسحرة"))) & set(cross_skeletons(normalize("Masharaf")))


def test_two_words_a_key_joins_are_found_across_scripts():
    gaz = Gazetteer([_osm("خس حبال")])
    best = gaz.best("Khass Hibal village", admin1="Raqqa")
    assert best is not None and best.name_ar == "خس حبال"
    assert gaz.best("Khass Hibal village") is None  # a cross-script match needs the hint


def test_an_inner_arabic_ha_is_read_as_the_consonant_h():
    assert "hnd" in vowel_frames(normalize("هندة"))
    assert vowel_frames(normalize("حمص")) == ("hms",)  # no ه: one frame
    gaz = Gazetteer([_osm("هندة"), _osm("صهرية", 35.0, 37.0)])
    assert gaz.best("Hunaydah village", admin1="Raqqa").name_ar == "هندة"
    assert gaz.best("Sahriyah village", admin1="Raqqa").name_ar == "صهرية"


def test_a_construct_ta_marbuta_inside_a_joined_key_may_be_a_t():
    assert "mrtnmn" in vowel_frames(normalize("معرة النعمان"))


def test_a_latin_dh_read_as_d_also_reaches_across_scripts():
    gaz = Gazetteer([_osm("هدهد")])
    assert [m.name_ar for m in gaz.cross_script("Hudhud", admin1="Raqqa")] == ["هدهد"]


def test_a_distinguishing_word_is_dropped_only_when_nothing_else_answers():
    assert unqualified("Baghuz at-Tahtani village") == "Baghuz village"
    assert unqualified("Mukharram al Fawqani") == "Mukharram"
    assert unqualified("كفر جوم الغربية") == "كفر جوم"
    assert unqualified("Al Kabir") is None and unqualified("Tell Abyad") is None
    gaz = Gazetteer([_osm("باغوز", pcode=DEIR)])
    best = gaz.best("Baghuz at-Tahtani village", admin1="Deir ez Zor")
    assert best is not None and best.name_ar == "باغوز"
    assert best.score <= HINTED_SCORE and best.geo_precision == 2  # near Baghuz, not Baghuz itself
    assert gaz.best("Baghuz at-Tahtani village") is None  # without the hint: candidates only
    both = Gazetteer([_osm("باغوز", pcode=DEIR), _osm("باغوز التحتاني", 34.45, 40.9, pcode=DEIR)])
    assert both.best("Baghuz at-Tahtani village", admin1="Deir ez Zor").name_ar == "باغوز التحتاني"


def test_a_loose_spelling_of_the_plain_name_does_not_answer_for_the_qualified_one():
    gaz = Gazetteer([_osm("سويدة")])
    assert gaz.best("Suwaydiyah Kabirah village", admin1="Raqqa") is None


def test_a_name_of_one_consonant_is_reached_when_its_vowels_agree():
    gaz = Gazetteer([_osm("علوة"), _osm("الكوية", 35.0, 37.0)])
    assert gaz.best("Al Alwa village", admin1="Raqqa").name_ar == "علوة"
    assert gaz.best("Koayiah village", admin1="Raqqa").name_ar == "الكوية"
    assert gaz.cross_script("Aliya", admin1="Raqqa") == []  # one consonant alike, vowels not


def test_a_site_named_after_a_place_is_near_it_with_the_hint():
    assert unqualified("Khalkhalah Military Airbase") == "Khalkhalah"
    assert unqualified("Nasib border crossing") == "Nasib"
    assert unqualified("Military") is None and unqualified("Al Military") is None
    gaz = Gazetteer([_osm("خلخلة")])
    best = gaz.best("Khalkhalah Military Airbase", admin1="Raqqa")
    assert best is not None and best.name_ar == "خلخلة" and best.geo_precision == 2
    assert gaz.best("Khalkhalah Military Airbase") is None


def test_a_plain_name_finds_the_villages_a_layer_holds_only_with_a_distinguishing_word():
    """"Ayn Husayn" with the hint: عين حسين الشمالية is the only one of the name in Homs, so near it (reduced
    confidence); its namesakes one cluster (ظفر كبير, ظفر صغير 2 km apart) answer the first; far apart, listed only."""
    assert qualifier_stripped("عين حسين الشمالية") == "عين حسين"
    assert qualifier_stripped("Baghuz at-Tahtani") == "Baghuz"
    assert qualifier_stripped("Al Kabir") is None and qualifier_stripped("Tell Abyad") is None
    homs = "SY04"
    gaz = Gazetteer([_osm("عين حسين الشمالية", 34.88, 36.87, pcode=homs)])
    best = gaz.best("Ayn Husayn village", admin1="Homs")
    assert best is not None and best.name_ar == "عين حسين الشمالية"
    assert best.score <= HINTED_SCORE and best.geo_precision == 2  # near the cluster, not the village itself
    assert gaz.best("Ayn Husayn village") is None and gaz.best("Ayn Husayn village", admin1="Hama") is None
    assert gaz.best("Ayn Hasan village", admin1="Homs") is None  # spelt loosely: not an answer
    cluster = Gazetteer([_osm("ظفر كبير", 35.70, 36.99), _osm("ظفر صغير", 35.71, 37.01)])
    assert cluster.best("Zafr village", admin1="Raqqa").name_ar in ("ظفر كبير", "ظفر صغير")
    apart = Gazetteer([_osm("ظفر كبير", 35.70, 36.99), _osm("ظفر صغير", 36.5, 38.5)])
    assert apart.best("Zafr village", admin1="Raqqa") is None
    assert {m.name_ar for m in apart.resolve("Zafr village", admin1="Raqqa")} == {"ظفر كبير", "ظفر صغير"}
    plain = Gazetteer([_osm("عين حسين الشمالية", 34.88, 36.87, pcode=homs), _osm("عين حسين", 34.6, 36.5, pcode=homs)])
    assert plain.best("Ayn Husayn village", admin1="Homs").name_ar == "عين حسين"  # a layer's plain name first


def test_a_wadi_or_hill_of_the_plain_name_does_not_hide_the_qualified_village():
    """A named spot (a wadi or hill) spelt like the plain name in the hinted governorate never answers a
    settlement's name alone, so it does not stop the look for the village a layer names only with a
    distinguishing word."""
    daraa = "SY12"
    wadi = Entry("", "كفر شمسة", 33.02, 36.20, "locality", "osm", admin1_pcode=daraa, weight=0.0)
    gaz = Gazetteer([_osm("كفر شمس الكبيرة", 33.12, 36.11, pcode=daraa), wadi])
    for name in ("كفر شمس", "مخيم كفر شمس", "Kafr Shams camp"):
        best = gaz.best(name, admin1="Daraa")
        assert best is not None and best.name_ar == "كفر شمس الكبيرة", name
        assert best.score <= HINTED_SCORE  # near the village, at the hinted bar
    assert gaz.best("كفر شمس") is None  # without the hint: no answer
    assert gaz.best("كفر شمسة", admin1="Daraa") is None  # the spot's own name: the village is spelt more loosely


def test_an_arabic_letter_written_twice_is_also_read_once():
    """OSM spells a shadda out (كسرة عففان, الحتتاش, حززانو); a folded Latin key writes the letter once."""
    assert set(cross_skeletons(normalize("كسرة عففان"))) & set(cross_skeletons(normalize("Kasrat Affan")))
    assert set(cross_skeletons(normalize("حززانو"))) & set(cross_skeletons(normalize("Hazzanu")))
    assert cross_skeletons(normalize("ببيس")) == ("bbs",)  # first in the key: Babis, not Bis
    assert cross_skeletons(normalize("أم المعز")) == ("mmz",)  # two words' letters side by side (اممعز)
    gaz = Gazetteer([_osm("كسرة عففان")])
    assert gaz.best("Kasrat Affan village", admin1="Raqqa").name_ar == "كسرة عففان"
    assert gaz.best("Kasrat Affan village") is None  # a cross-script match still needs the hint


def test_a_latin_farm_word_before_a_village_is_near_the_village_with_the_hint():
    """"Mazraat Rafin" is the farm of Rafin (Arabic's مزرعة is a designator already): near رفين with the hint."""
    assert unqualified("Mazraat Rafin village") == "Rafin village"
    assert unqualified("Mazrah Hattin") == "Hattin" and unqualified("Mazraat") is None
    gaz = Gazetteer([_osm("رفين")])
    best = gaz.best("Mazraat Rafin village", admin1="Raqqa")
    assert best is not None and best.name_ar == "رفين" and best.geo_precision == 2 and best.score <= HINTED_SCORE
    assert gaz.best("Mazraat Rafin village") is None
    farm = Entry("Mazraat Rafin", "", 36.02, 38.5, "town", "geonames", admin1_pcode=RAQQA, weight=1.0)
    assert Gazetteer([_osm("رفين"), farm]).best("Mazraat Rafin village", admin1="Raqqa").name_en == "Mazraat Rafin"


def test_a_final_arabic_ha_after_a_consonant_may_be_the_h_a_latin_spelling_writes():
    assert set(cross_skeletons(normalize("سره"))) & set(cross_skeletons(normalize("Sarha")))
    assert not set(cross_skeletons(normalize("نجارة"))) & set(cross_skeletons(normalize("Anjarh")))
    assert cross_skeletons(normalize("حماه")) == ("hm",)  # after an alef it is the vowel of Hamah
    gaz = Gazetteer([_osm("سره")])
    assert gaz.best("Sarha village", admin1="Raqqa").name_ar == "سره"


def test_the_readings_of_a_region_name_do_not_go_across_scripts_before_its_compass_reading():
    """"وبري شرقي" is the village بري الشرقي (its compass reading), not a loose Latin match of "وبريشرقي"."""
    gaz = Gazetteer([Entry("Barri ash Sharqi", "", 34.98, 37.2, "town", "geonames", admin1_pcode="SY05", weight=1.0),
                     Entry("", "بري الشرقي", 34.9817, 37.20103, "town", "osm", admin1_pcode="SY05", weight=3.0)])
    best = gaz.best("وبري شرقي")
    assert best is not None and best.name_ar == "بري الشرقي" and best.score >= 90


def test_an_english_silent_e_is_dropped_from_the_name_not_from_its_designator():
    assert variants("Hole Camp") == ("hula", "hul")
    assert variants("Erneh village") == (normalize("Erneh village"),)  # not also "ernavilag"


def test_a_latin_spelling_that_leaves_out_an_arabic_letter_ranks_lower():
    assert spelt_out(normalize("Erneh"), normalize("عرنة")) and not spelt_out(normalize("Erneh"), normalize("عرانا"))
    assert spelt_out(normalize("Tall Amarah"), normalize("تل عمارة"))
    assert not spelt_out(normalize("Tall Amarah"), normalize("تل عمار"))  # the Latin final vowel is a ة
    assert spelt_out(normalize("Idlib"), normalize("إدلب"))  # a first alef is any vowel
    assert spelt_out(normalize("Hunaydah"), normalize("هندة"))  # a reading of the inner ه
    gaz = Gazetteer([_osm("عرانا", 33.82, 36.33), _osm("عرنة", 33.37, 35.88)])
    assert gaz.best("Erneh village", admin1="Raqqa").name_ar == "عرنة"
    lone = Gazetteer([_osm("عرانا", 33.82, 36.33)])
    assert lone.best("Erneh village", admin1="Raqqa") is not None  # alone, it still answers with the hint


def test_a_final_latin_vowel_is_the_last_letter_arabic_writes():
    """"Al Alwa" is علوة, not ألو (whose last letter is the w the Latin writes before its a); a final a may be ى."""
    assert spelt_out(normalize("Al Alwa"), normalize("علوة")) and not spelt_out(normalize("Al Alwa"), normalize("ألو"))
    assert spelt_out(normalize("Aria"), normalize("عرى")) and spelt_out(normalize("Abu"), normalize("أبو"))
    gaz = Gazetteer([_osm("علوة", 35.95, 40.85), _osm("ألو", 36.7, 40.9)])
    assert gaz.best("Al Alwa village", admin1="Raqqa").name_ar == "علوة"


def test_the_readings_work_from_an_arabic_query_to_a_latin_only_place_too():
    def ged(name: str, lat: float, lon: float) -> Entry:
        return Entry(name, "", lat, lon, "town", "ged", admin1_pcode=RAQQA, weight=1.0)

    gaz = Gazetteer([ged("Hunaydah village", 36.0, 38.5), ged("Khass Hibal village", 35.5, 38.0),
                     ged("Masharah village", 35.0, 38.2)])
    assert gaz.best("هندة", admin1="Raqqa").name_en == "Hunaydah village"
    assert gaz.best("خس حبال", admin1="Raqqa").name_en == "Khass Hibal village"
    assert gaz.best("مسحرة", admin1="Raqqa").name_en == "Masharah village"
    assert gaz.best("هندة") is None  # across scripts only with the hint


def test_a_final_arabic_ha_the_latin_spelling_leaves_out_is_found_and_ranks_below_a_full_spelling():
    """The tuning pairs' most frequent single-letter disagreement: a final ح that a Latin spelling writes as the
    h of its last vowel or not at all ("Tall Mallah" تل ملاح, "Umm Sharshou" أم شرشوح)."""
    assert set(cross_skeletons(normalize("تل ملاح"))) & set(cross_skeletons(normalize("Tall Mallah")))
    assert set(cross_skeletons(normalize("أم شرشوح"))) & set(cross_skeletons(normalize("Umm Sharshou")))
    assert not set(cross_skeletons(normalize("تل ملاح"))) & set(cross_skeletons(normalize("Tall Malik")))
    lone = Gazetteer([_osm("تل ملاح")])
    assert lone.best("Tall Mallah village", admin1="Raqqa").name_ar == "تل ملاح"
    assert lone.best("Tall Mallah village") is None  # across scripts only with the hint
    both = Gazetteer([_osm("تل ملاح"), _osm("تل ملا", 35.0, 38.0)])
    ranked = both.resolve("Tall Malla village", admin1="Raqqa")
    assert ranked[0].name_ar == "تل ملا" and ranked[1].score < ranked[0].score  # the one it spells wholly first


def test_a_short_name_goes_across_scripts_letter_for_letter_only():
    """A key of three letters ("Al Mal", "Foah", "Has") reaches an Arabic-only place when their vowel frames agree
    exactly, never by a looser spelling; two letters never go across scripts."""
    gaz = Gazetteer([_osm("المال"), _osm("فوعا", 35.9, 36.7, DEIR), _osm("مالو", 35.0, 38.0)])
    assert gaz.best("Al Mal town", admin1="Raqqa").name_ar == "المال"
    assert gaz.best("Foah village", admin1="Deir ez-Zor").name_ar == "فوعا"
    assert gaz.best("Al Mal town") is None  # across scripts only with the hint
    assert not gaz.cross_script("Mul", admin1="Raqqa")  # a short key spelt otherwise (المال at ratio 80): nothing
    assert not gaz.cross_script("Ma", admin1="Raqqa")  # two letters: never across scripts


def test_a_latin_p_or_v_is_read_as_the_arabic_letter_written_for_it():
    """Turkish and Kurdish names of the north-east: "Tepe" is تبة, "Pinar" بينار, a v is ف. The vowel frames
    read them so, as the consonant skeletons already did."""
    assert vowel_frames(normalize("Qizil Tepe")) == vowel_frames(normalize("Qizil Tebe"))
    assert vowel_frames(normalize("Tepe")) == ("tib",)  # compared with تبة's "tb" as "Tebe" would be
    for arabic, latin in (("قزل تبة", "Qizil Tepe"), ("تبة", "Tepe")):
        village = Entry(name_en="", name_ar=arabic, lat=36.8, lon=40.9, level="town", source="osm",
                        admin1_pcode="SY08", admin2_pcode="SY0802", weight=1.0)
        gaz = Gazetteer([village])
        best = gaz.best(latin, admin1="SY08")
        assert best is not None and best.name_ar == arabic and best.score >= HINTED_SCORE, latin


def test_a_latin_name_that_begins_with_a_vowel_spells_an_arabic_one_that_writes_it():
    """Arabic writes a word's first vowel (alef or ʿayn): a Latin name that begins with one does not spell a name
    that begins with a consonant, which ranks lower (a namesake that writes it answers), both ways across scripts."""
    assert spelt_out(normalize("Aqrabat"), normalize("عقربات"))
    assert not spelt_out(normalize("Aqrabat"), normalize("قربات"))
    assert spelt_out(normalize("Umm Batnah"), normalize("أم باطنة")) and spelt_out(normalize("Ubin"), normalize("وبين"))
    gaz = Gazetteer([_osm("قربات", 36.0, 38.5), _osm("عقربات", 35.4, 38.0)])
    assert gaz.best("Aqrabat village", admin1="Raqqa").name_ar == "عقربات"
    assert gaz.best("Aqrabat village") is None  # across scripts only with the hint
    lone = Gazetteer([_osm("قربات")])
    assert lone.best("Aqrabat village", admin1="Raqqa").name_ar == "قربات"  # alone, it still answers with the hint
    latin = Gazetteer([Entry("Aqrabat village", "", 36.0, 38.5, "town", "ged", admin1_pcode=RAQQA, weight=1.0),
                       Entry("Qarbat village", "", 35.4, 38.0, "town", "ged", admin1_pcode=RAQQA, weight=1.0)])
    assert latin.best("قربات", admin1="Raqqa").name_en == "Qarbat village"


def test_a_final_arabic_ain_may_be_the_vowel_a_latin_spelling_ends_with():
    """A final ع is voiced with a vowel a Latin spelling writes last ("Jamaa", "Jamea" جامع): it is spelt out, so it ranks
    above a namesake whose last letter the Latin vowel is not."""
    assert spelt_out(normalize("Jamea"), normalize("جامع")) and spelt_out(normalize("Nabaa"), normalize("نبع"))
    assert not spelt_out(normalize("Jamea"), normalize("جام"))
    gaz = Gazetteer([_osm("جام", 36.0, 38.5), _osm("جامع", 35.4, 38.0)])
    assert gaz.best("Jamaa village", admin1="Raqqa").name_ar == "جامع"


def test_an_arabic_designator_after_the_name_is_a_word_of_it():
    """Arabic writes a designator first (مزرعة رفقين: the farm of Rafqin); one that ends a name after its words is a
    word of the name, as in a Turkmen compound ("Ak Mazraa", آق مزرعة), so the Latin spelling reaches it."""
    assert normalize("آق مزرعة") != normalize("آق") and parse("آق مزرعة").level is None
    assert normalize("مزرعة آق") == normalize("آق") and parse("مزرعة آق").level == "town"
    assert normalize("قرية آق مزرعة") == normalize("آق مزرعة")  # the first designator is still dropped
    gaz = Gazetteer([_osm("آق مزرعة", 36.6, 38.3), _osm("آق", 35.4, 38.0)])
    assert gaz.best("Aq Mazraa village", admin1="Raqqa").name_ar == "آق مزرعة"


def test_an_arabic_name_beginning_with_ayn_is_spelt_only_by_a_latin_one_beginning_with_a_vowel():
    """The ʿayn is voiced with a vowel a Latin spelling writes ("Usaybah", "Afrin"): "Sebbeh" does not spell عصيبة
    letter for letter, so that village no longer outranks the seat سبة, which a looser Latin spelling reaches."""
    assert spelt_out(normalize("Usaybah"), normalize("عصيبة")) and not spelt_out(normalize("Sebbeh"), normalize("عصيبة"))
    seat = Entry("Sabbah", "سبة", 34.90, 36.24, "town", "geonames", admin1_pcode="SY10", weight=4.0)
    gaz = Gazetteer([Entry("", "عصيبة", 35.14, 35.99, "town", "osm", admin1_pcode="SY10", weight=1.0), seat])
    assert gaz.best("Sebbeh", admin1="Tartous").name_ar == "سبة"
    assert gaz.best("Usaybah", admin1="Tartous").name_ar == "عصيبة"


def test_a_latin_first_u_or_i_is_the_vowel_of_an_arabic_first_ayn():
    """"Otaybah" is العتيبة (ʿUtayba): the Latin's first vowel is the ʿayn's, which the Arabic reading does not write,
    so the two read letter for letter (before, a loose ratio left it below a looser same-script namesake)."""
    gaz = Gazetteer([_osm("عريبة", 35.1, 38.1), _osm("ربيعة", 36.2, 39.0)])
    best = gaz.best("Uraybah", admin1="Raqqa")
    assert best is not None and best.name_ar == "عريبة" and best.score == CROSS_SCORE
    assert gaz.best("Uraybah") is None
