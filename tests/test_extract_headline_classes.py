"""Headline failure classes of the sixth shift (GED 2016-17 dev part), as the team's own examples: strike logs with
several entries and loose dates, attacked headquarters, sites named after their town, distances from a town,
more event and attack verbs."""
from __future__ import annotations

import datetime as dt

import pytest

from incidents.extract import extract

from extracted import Extracted

PUBLISHED = dt.date(2017, 6, 1)
X = Extracted(PUBLISHED)


@pytest.mark.parametrize("line", [
    "May 3rd -4th, 2017: (S701) Al Tabaqa, Raqqa governorate, Syria",
    "Around May 12th 2017: (S702b) Al Tabaqa, Raqqa governorate, Syria",
    "May 12th: (S703) Al Tabaqa, Raqqa governorate, Syria",
    "May 4th ? 6th 2017: (S704) Al Tabaqa, Raqqa governorate, Syria",
])
def test_strike_log_dates_take_many_forms(gaz, line):
    (inc,) = extract(line, PUBLISHED, gazetteer=gaz)
    assert inc.place_text == "Al Tabaqa" and inc.admin1_pcode == "SY11" and inc.sub_event_type == "Air/drone strike"


def test_every_entry_of_a_strike_log_line_is_a_strike(gaz):
    line = ("May 20th 2017: (S720) Al Tabaqa, Raqqa governorate, Syria;May 20th 2017: (S721) Maadan, "
            "Raqqa governorate, Syria")
    assert {p for p, _ in X.located(line, gaz)} == {"Al Tabaqa", "Maadan"}


def test_a_strike_log_after_a_headline_still_counts(gaz):
    line = "Clashes go on in the east of the country;May 21st 2017: (S722) Maadan, Raqqa governorate, Syria"
    assert [p for p, _ in X.located(line, gaz)] == ["Maadan"]


def test_an_attacked_headquarters_is_where_it_happened(gaz):
    assert X.located("Gunmen attack a faction's headquarters in Saraqib", gaz) == [("Saraqib", "SY07")]
    assert X.located("The faction's headquarters in Saraqib said two fighters were killed in clashes near Binnish", gaz)[0][0] == "Binnish"


def test_a_site_is_placed_at_the_town_it_is_named_after(gaz):
    (inc,) = extract("Heavy clashes near the Taftanaz Military Airport", PUBLISHED, gazetteer=gaz)
    assert inc.latitude is not None and inc.admin1_pcode == "SY07" and "needs_review" in inc.flags


def test_kilometres_away_from_a_town_is_near_it(gaz):
    assert X.located("IS executes 12 civilians 8km away from Manbij city", gaz) == [("Manbij", "SY02")]
    assert X.located("Families displaced from Manbij city reach the camps after shelling on Jarablus", gaz)[0][0] == "Jarablus"


@pytest.mark.parametrize("text, place", [
    ("Warplanes bombard Khan Shaykhun and leave casualties", "Khan Shaykhun"),
    ("The regime forces are shelling Kafr Nabl again", "Kafr Nabl"),
    ("An explosion shakes Harasta", "Harasta"),
    ("IS slaughtered three men in al-Mayadin", "al-Mayadin"),
    ("Rebels detonate a car bomb in Daraa", "Daraa"),
    ("Regime forces take the control of Tadmur", "Tadmur"),
])
def test_more_event_and_attack_verbs(gaz, text, place):
    assert [p for p, _ in X.located(text, gaz)] == [place]


def test_a_district_towns_countryside_is_its_district_a_capitals_its_governorate(gaz):
    (inc,) = extract("Coalition warplanes bomb Manbij countryside", PUBLISHED, gazetteer=gaz)
    assert inc.admin2_pcode is not None and inc.admin1_pcode == "SY02" and inc.geo_precision == 3
    town = next(i for i in extract("Shelling on Manbij", PUBLISHED, gazetteer=gaz))
    assert inc.admin2_pcode == town.admin2_pcode
    (inc,) = extract("قصف على ريف حلب الغربي", PUBLISHED, gazetteer=gaz)
    assert inc.admin1_pcode == "SY02" and inc.admin2_pcode is None


def test_a_countryside_with_a_direction_lies_that_way_from_its_town(gaz):
    from gazetteer.core import distance_km

    homs = next(i for i in extract("Shelling on Homs city", PUBLISHED, gazetteer=gaz))
    (north,) = extract("Regime forces shell the northern countryside of Homs", PUBLISHED, gazetteer=gaz)
    (south,) = extract("قصف على ريف حمص الجنوبي", PUBLISHED, gazetteer=gaz)
    assert north.latitude > homs.latitude > south.latitude
    assert north.geo_precision == south.geo_precision == 3 and north.admin1_pcode == "SY04"
    assert distance_km(north.latitude, north.longitude, homs.latitude, homs.longitude) <= 40


def test_rural_damascus_is_placed_among_the_towns_around_the_capital(gaz):
    from gazetteer.core import distance_km

    (inc,) = extract("Explosive barrels target Reef Dimashq", PUBLISHED, gazetteer=gaz)
    damascus = next(i for i in extract("Shelling on Damascus city", PUBLISHED, gazetteer=gaz))
    assert inc.admin1_pcode == "SY03" and inc.geo_precision == 3
    assert distance_km(inc.latitude, inc.longitude, damascus.latitude, damascus.longitude) <= 40


def test_people_from_one_family_in_a_town_were_hit_there(gaz):
    assert X.located("Warplanes kill 3 children from one family in Saraqib", gaz) == [("Saraqib", "SY07")]


def test_a_possessive_countryside_with_a_direction(gaz):
    (inc,) = extract("Airstrikes on Idlib's southern countryside", PUBLISHED, gazetteer=gaz)
    assert inc.admin1_pcode == "SY07" and inc.geo_precision == 3 and "southern" in inc.location_en


@pytest.mark.parametrize("text, place", [
    ("قوات النظام تدخل مدينة سراقب بعد انسحاب الفصائل", "سراقب"),
    ("Government troops enter Saraqib after rebels withdraw", "Saraqib"),
    ("الفصائل تعلن السيطرة الكاملة على مدينة سراقب", "سراقب"),
    ("القوات الحكومية وحلفاؤها تستعيدان السيطرة على مدينة سراقب", "سراقب"),
])
def test_places_entered_and_taken(gaz, text, place):
    (inc,) = extract(text, PUBLISHED, gazetteer=gaz)
    assert inc.place_text == place and inc.event_type == "Battles"


@pytest.mark.parametrize("text", [
    "Aid convoy enters Madaya after months of siege",
    "دخل وقف إطلاق النار في إدلب حيز التنفيذ صباح اليوم",
    "The siege of Madaya entered its 15th month",
])
def test_entering_without_a_place_taken_is_no_event(gaz, text):
    assert extract(text, PUBLISHED, gazetteer=gaz) == []


def test_the_figure_a_part_is_among_is_the_total(gaz):
    (inc,) = extract("Jets target Kafranbel hospital, two medics among 7 dead", PUBLISHED, gazetteer=gaz)
    assert inc.killed == 7
    (inc,) = extract("Army shells Saraqeb; six of one family killed", PUBLISHED, gazetteer=gaz)
    assert inc.killed == 6


@pytest.mark.parametrize("text, place, kind", [
    ("تركيا تقصف بلدة رأس العين بالمدفعية", "رأس العين", "Shelling/artillery/missile attack"),
    ("قوات النظام تقتحم بانياس", "بانياس", "Armed clash"),
    ("IS storms the town of Sadad", "Sadad", "Armed clash"),
    ("Heavy shelling of Baba Amr kills at least 17", "Baba Amr", "Shelling/artillery/missile attack"),
])
def test_present_tense_and_noun_attacks_name_their_place(gaz, text, place, kind):
    (inc,) = extract(text, PUBLISHED, gazetteer=gaz)
    assert inc.place_text == place and inc.sub_event_type == kind


def test_the_killing_of_a_people_is_no_place(gaz):
    assert extract("Iran is a party to the killing of Syrians, a delegate said.", PUBLISHED, gazetteer=gaz) == []


def test_an_unknown_village_a_bearing_from_a_town_is_placed_near_it(gaz):
    (inc,) = extract("قصف صاروخي يستهدف التح جنوبي إدلب", PUBLISHED, gazetteer=gaz)
    assert inc.place_text == "التح" and inc.admin1_pcode == "SY07" and "place_unresolved" in inc.flags


def test_inside_a_town_and_a_landform_before_along(gaz):
    assert [p for p, _ in X.located("Clashes inside al-Bokmal continue for the second day", gaz)] == ["al-Bokmal"]
    (inc,) = extract("Heavy shelling on Latakia Mountains along with the ongoing clashes", PUBLISHED, gazetteer=gaz)
    assert inc.admin1_pcode == "SY06"


def test_two_events_of_one_headline_keep_their_own_places(gaz):
    got = [p for p, _ in X.located("Shells target Kafr Zita and more casualties in clashes in the northern countryside of Hama", gaz)]
    assert got[0] == "Kafr Zita" and len(got) == 2
    got = [p for p, _ in X.located("Air strikes killed five people in Maarat al-Numan in Idlib province", gaz)]
    assert got == ["Maarat al-Numan"]


def test_between_two_sides_is_no_area_between_places(gaz):
    got = [p for p, _ in X.located("Clashes between IS and regime forces in Hama and Aleppo countrysides", gaz)]
    assert "Hama" in got


def test_html_entities_in_plain_text_are_the_characters_they_stand_for(gaz):
    from incidents.extract.report import extract_with_evidence

    text = "&#8220;Turkish&#8221; shelling kills 2 in Dar&#8217;a al-Balad"
    ((inc, spans),) = extract_with_evidence(text, PUBLISHED, gazetteer=gaz)
    assert inc.admin1_pcode == "SY12" and inc.killed == 2
    place = next(s for s in spans if s.field == "place")
    assert text[place.start : place.end].startswith("Dar&#8217;a")
