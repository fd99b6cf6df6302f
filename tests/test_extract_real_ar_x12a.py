"""Classes found on the Arabic parts of real-blind9 and real-blind8 once released (extract12a, 2 Dec, fourteenth
shift; texts kept outside the repository), as the team's own examples: invented sentences, never an article's words."""
from __future__ import annotations

import datetime as dt

from extracted import Extracted

PUBLISHED = dt.date(2021, 3, 9)
EXTRACTED = Extracted(PUBLISHED)
_found = EXTRACTED.found


def test_the_deadliest_since_a_date_compares_the_event_it_is_no_tally(gaz):
    """"هجوم يعد الأكثر دموية منذ مطلع العام" ranks today's attack against the year's: the "since" of a superlative
    opens no tally, so the attack and its toll stay."""
    text = "قتل 12 مدنياً في هجوم يعتبر الأعنف منذ بداية الشهر على قرية الحويز بريف حماة اليوم."
    assert _found(text, gaz) == [("الحويز", 12, None)]
    text = "شن مسلحون هجوماً هو الأكثر دموية منذ مطلع العام الجاري على بلدة معردس بريف حماة، ما أدى لمقتل تسعة مدنيين."
    assert _found(text, gaz) == [("معردس", 9, None)]
    text = "قتل 300 مدني في ريف حماة منذ مطلع العام الجاري."  # a tally is still a tally
    assert _found(text, gaz) == []


def test_a_bearings_town_after_the_victims_home_village_is_no_place_of_the_event(gaz):
    """"رعاة من أبناء قرية X شرقي مدينة Y": Y only says where the victims' village lies; the attack was elsewhere."""
    text = "قتل ثمانية رعاة من أبناء قرية الحويز شمال مدينة حماة بهجوم على بادية الرصافة."
    assert ("حماة", 8, None) not in _found(text, gaz)
    assert not any(place == "حماة" for place, _, _ in _found(text, gaz))


def test_an_unknown_area_name_the_text_locates_right_after_it_is_the_place(gaz):
    """"بمنطقة X بريف حماة", "في منطقة X وسط العاصمة", "في منطقة X شرقي حمص": an area the gazetteer lacks, located by
    the words after it, is where it happened - not the countryside or the city that only locates it."""
    text = "قتل أربعة سائقين بهجوم على قافلة شاحنات بمنطقة وادي السلاسل بريف حماة الشرقي اليوم."
    assert _found(text, gaz) == [("وادي السلاسل", 4, None)]
    text = "سقطت قذائف على أماكن في منطقة الكسارات وسط العاصمة، ما أدى لإصابة ثلاثة مدنيين."
    assert _found(text, gaz) == [("الكسارات", None, 3)]
    text = "قتل مدني بسقوط قذيفة على منطقة سكنية بريف حماة."  # no name: the countryside stays
    assert [place for place, _, _ in _found(text, gaz)] == ["ريف حماة"]


def test_high_explosive_missiles_are_the_strikes_weapon_not_a_second_bombing(gaz):
    """"غارات بصواريخ شديدة الانفجار": the explosive describes the missiles; the strike's dead and wounded are one air
    strike's, not an air strike's and an IED's."""
    text = ("شنت الطائرات الحربية غارتين بصواريخ شديدة الانفجار على الأحياء السكنية في بلدة الهبيط، "
            "ما أدى لمقتل امرأة وإصابة ستة مدنيين آخرين.")
    assert EXTRACTED.fields(text, gaz, "place_text", "killed", "wounded", "sub_event_type") == [
        ("الهبيط", 1, 6, "Air/drone strike")]
    text = "قصفت الطائرات بصواريخ شديدة الانفجار بلدة الهبيط عصر اليوم، ما أدى لمقتل طفلين."
    assert _found(text, gaz) == [("الهبيط", 2, None)]  # the afternoon (عصر) is no part of the name


def test_a_place_of_what_an_attack_answers_is_no_place_of_the_attack(gaz):
    """"ردًا على المجازر ... في حلب", "رداً على قصف الطيران لمدينة حلب", "انتقاماً لمقتل ... في X": the earlier event
    the attack answers is told as its motive; its town is no incident of the report."""
    text = "قصفت الفصائل مدينة القرداحة بالصواريخ اليوم ردًا على المجازر التي ترتكبها قوات النظام في مدينة حلب، بحسب بيان."
    assert [place for place, _, _ in _found(text, gaz)] == ["القرداحة"]
    text = "قصفت الفصائل مطار النيرب.\nوجاء القصف رداً على قصف الطيران الحربي لمدينة حلب وارتكابه المجازر فيها."
    assert "حلب" not in [place for place, _, _ in _found(text, gaz)]
    text = "قصفت الفصائل مدينة القرداحة انتقاماً لمقتل مدنيين في بلدة الأتارب أمس."
    assert [place for place, _, _ in _found(text, gaz)] == ["القرداحة"]


def test_where_the_attackers_are_entrenched_or_spread_is_where_the_fire_came_from(gaz):
    """"مسلحون يتحصنون في X استهدفوا بلدة Y", "مجموعات تنتشر في X قصفت Y", "الفصائل المنتشرة في X": the attackers'
    positions are no place of the attack."""
    text = "قال مصدر إن مسلحين يتحصنون في قرية الحويز استهدفوا بلدة السقيلبية بخمس قذائف ما أدى لإصابة طفلين."
    assert _found(text, gaz) == [("السقيلبية", None, 2)]
    text = "أصيب ثلاثة مدنيين بقذيفة على حي المزة أطلقتها المجموعات المسلحة المنتشرة في بلدة عين ترما."
    assert _found(text, gaz) == [("المزة", None, 3)]
    text = "قال المصدر إن مجموعات مسلحة تنتشر في قرية تل ملح قصفت مدينة محردة بالصواريخ دون إصابات."
    assert [place for place, _, _ in _found(text, gaz)] == ["محردة"]


def test_the_outskirts_word_is_no_part_of_a_villages_name(gaz):
    """'بلدات "A، ومحيط بلدتي B وC، ومحيط D"': the members are B, C and D (their outskirts were hit); "قرية X بمحيط
    مدينة Y": the village is X, the words after it only place it."""
    text = 'تعرضت بلدات "الهبيط، ومحيط بلدتي كفرعويد وسفوهن، ومحيط معرزيتا" في ريف إدلب الجنوبي لقصف مدفعي عنيف.'
    assert [place for place, _, _ in _found(text, gaz)] == ["الهبيط", "كفرعويد", "سفوهن", "معرزيتا"]
    text = "قصفت الطائرات قرية الجلاء بمحيط مدينة البوكمال فجر اليوم."
    assert "الجلاء" in [place for place, _, _ in _found(text, gaz)]


def test_a_plural_designators_quoted_names_parted_by_dashes_are_a_list(gaz):
    """'بلدات “A – B – C”', 'مدينتي “A – B”': dashes part the quoted names as commas do."""
    text = "قصفت الطائرات الحربية مدينتي “سراقب – معرة النعمان” وبلدات “حيش – كفرومة – تلمنس” بريف إدلب."
    assert [place for place, _, _ in _found(text, gaz)] == ["سراقب", "معرة النعمان", "حيش", "كفرومة", "تلمنس"]


def test_the_town_a_place_is_said_to_lie_north_of_only_locates_it(gaz):
    """"بلدة X الواقعة شمال مدينة Y بـ 7 كم": Y says where X lies; the blast and its wounded are X's, told in the
    next sentence too."""
    text = ("انفجرت عبوة ناسفة وسط بلدة قباسين الواقعة شمال شرقي مدينة الباب بـ 7 كم تقريباً.\n"
            "وقال مصدر إن الانفجار أدى إلى إصابة ثلاثة أشخاص.")
    assert _found(text, gaz) == [("قباسين", None, 3)]
    text = "قصف مسلحون مدينة محردة الواقعة شمال مدينة حماة بحوالي 25 كم ما أدى إلى إصابة طفلين."
    assert _found(text, gaz) == [("محردة", None, 2)]


def test_what_an_attack_came_days_after_is_an_earlier_event(gaz):
    """"وجاء الانفجار بعد أسابيع من تفجير مماثل في مدينة الباب": the earlier blast is background, as after "يأتي ذلك"."""
    text = ("قتل ثلاثة مدنيين بانفجار سيارة مفخخة في مدينة اعزاز اليوم.\n"
            "وجاء الانفجار بعد أسابيع من تفجير مماثل في مدينة الباب أسفر عن إصابة تسعة مدنيين.")
    assert _found(text, gaz) == [("اعزاز", 3, None)]


def test_the_bare_singular_a_source_writes_after_a_number_is_counted(gaz):
    """"إن 18 مدني قتلوا", "إلى 9 قتلى و74 مصاب": sources drop the accusative ending; the number still counts them."""
    text = "وقالت مصادر محلية إن 23 مدني قتلوا وأصيب 40 آخرون بقصف على بلدة كفرنبل."
    assert _found(text, gaz) == [("كفرنبل", 23, 40)]
    text = "ارتفع عدد ضحايا الانفجار في بلدة كفرنبل إلى 7 قتلى، و45 مصاب بجروح متفاوتة."
    assert _found(text, gaz) == [("كفرنبل", 7, 45)]
