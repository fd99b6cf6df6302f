"""Classes found on the Arabic parts of real-blind10 and real-blind9 once released (extract13a, 3 Dec, fifteenth
shift; texts kept outside the repository), as the team's own examples: invented sentences, never an article's words."""
from __future__ import annotations

import datetime as dt

from extracted import Extracted

PUBLISHED = dt.date(2022, 4, 12)
EXTRACTED = Extracted(PUBLISHED)
_found = EXTRACTED.found


def test_a_death_told_in_the_pluperfect_with_no_day_is_an_earlier_event(gaz):
    """"وكان شاب قد قتل ... في X", "وكانت امرأة توفيت متأثرة بجراحها في X": a sentence opened by وكان/وكانت sets
    what it tells before the report's news; with no day named it is an earlier event, left out as the annotated sets
    leave out events the text gives no day for."""
    text = ("قتل مدنيان بقصف مدفعي على بلدة كفرنبل بريف إدلب اليوم.\n"
            "وكان شاب قد قتل برصاص مجهولين في قرية حاس المجاورة.")
    assert _found(text, gaz) == [("كفرنبل", 2, None)]
    text = ("قتل مدنيان بقصف مدفعي على بلدة كفرنبل بريف إدلب اليوم.\n"
            "وكانت امرأة توفيت متأثرة بجراح أصيبت بها بقصف على بلدة معرشورين.")
    assert _found(text, gaz) == [("كفرنبل", 2, None)]


def test_a_pluperfect_with_a_day_or_retelling_the_event_stays(gaz):
    """A pluperfect sentence that names its day ("وكان شاب قتل أمس الأحد") is dated, and one whose subject is the
    event itself ("وكان القصف قد طال X") tells where the report's event reached: both stay."""
    text = ("قتل مدنيان بقصف مدفعي على بلدة كفرنبل بريف إدلب اليوم.\n"
            "وكان شاب قتل أمس برصاص مجهولين في قرية حاس.")
    assert _found(text, gaz) == [("كفرنبل", 2, None), ("حاس", 1, None)]
    text = ("قتل مدنيان بقصف مدفعي على بلدة كفرنبل بريف إدلب اليوم.\n"
            "وكان القصف قد طال قرية حاس المجاورة.")
    assert [place for place, _, _ in _found(text, gaz)] == ["كفرنبل", "حاس"]


def test_what_came_before_this_attack_is_an_earlier_event(gaz):
    """"وسبق هذا التفجير هجوم ... أسفر عن N قتيلاً", "وسبقها بأسبوعين انفجار ...": a sentence opened by 'before this
    came' recalls earlier attacks; their places and tolls are not the report's."""
    text = ("قتل خمسة مدنيين بانفجار سيارة مفخخة في مدينة جرابلس اليوم.\n"
            "وسبق هذا التفجير هجوم بعبوة ناسفة في مدينة الباب أسفر عن مقتل 12 شخصاً.")
    assert _found(text, gaz) == [("جرابلس", 5, None)]
    text = ("قتل خمسة مدنيين بانفجار سيارة مفخخة في مدينة جرابلس اليوم.\n"
            "وسبقها بأسبوعين انفجار لغم في بلدة الراعي أدى لإصابة ثلاثة أطفال.")
    assert _found(text, gaz) == [("جرابلس", 5, None)]


def test_where_the_dead_man_was_displaced_from_is_no_place_of_the_event(gaz):
    """"استشهد رجل وهو نازح من مدينة X جراء غارة على قرية Y": the singular "displaced from" tells where the victim
    came from, as the plural "من النازحين من X" does; the figure goes to where it happened, and X is no incident."""
    text = "استشهد رجل وهو نازح من مدينة معرة النعمان جراء غارة جوية استهدفت قرية كفرلاتا في ريف إدلب."
    assert _found(text, gaz) == [("كفرلاتا", 1, None)]
    text = "قتلت امرأة نازحة من بلدة كفرنبل بقصف مدفعي على مخيم في بلدة أطمة."
    assert ("كفرنبل", 1, None) not in _found(text, gaz)


def test_a_life_lost_is_a_death(gaz):
    """"فقد طفل حياته", "الطفل X (10 أعوام) فقد حياته": the verb "lost" with the life after it counts one dead (the
    age in brackets after a name does not hide the verb); "فقد الاتصال به" is no death."""
    text = "فقد طفل حياته اليوم بانفجار قنبلة عنقودية من مخلفات الحرب في قرية معرشمارين بريف إدلب."
    assert _found(text, gaz) == [("معرشمارين", 1, None)]
    text = "قال مصدر محلي إن الطفل خالد السعيد (10 أعوام) فقد حياته بانفجار لغم أرضي في بلدة الكرامة بريف الرقة."
    assert _found(text, gaz) == [("الكرامة", 1, None)]
    text = "فقد الاتصال بشاب من بلدة الكرامة بريف الرقة يوم أمس."
    assert [k for _, k, _ in _found(text, gaz)] in ([], [None])


def test_a_phrase_that_ends_its_own_figure_opens_no_joint_one(gaz):
    """"ما أدى لإصابته بجروح ومقتل ابنه", "إن شخصاً على الأقل لقي مصرعه وأصيب العشرات": "بجروح" and "مصرعه" end the
    phrase of the cue before them, whose figure is told; the cue after them has a figure of its own, not a joint
    killed-and-wounded one ("at least" between the person and the verb does not hide the person)."""
    text = "أطلق مسلحون النار على سيارة رجل في بلدة الحراك بريف درعا، ما أدى لإصابته بجروح ومقتل ابنه."
    assert _found(text, gaz) == [("الحراك", 1, 1)]
    text = "قالت مصادر إن مدنياً على الأقل لقي مصرعه وأصيب العشرات بانفجار سيارة مفخخة في مدينة منبج."
    assert _found(text, gaz) == [("منبج", 1, None)]


def test_most_of_them_between_the_figure_and_its_verb_is_an_aside(gaz):
    """"8 مدنيين معظمهم من النساء قتلوا": "most of them women" describes the figure; the verb after it still counts
    the eight."""
    text = "وأكد ناشطون أن 8 مدنيين معظمهم من النساء والأطفال قتلوا بقصف جوي على بلدة التمانعة بريف إدلب اليوم."
    assert _found(text, gaz) == [("التمانعة", 8, None)]


def test_each_person_named_in_quotes_counts(gaz):
    """'أدى لاستشهاد "X" و "Y"': two people named in quotes after one cue are two."""
    text = 'انفجر لغم أرضي قرب قرية الشحيل بريف دير الزور، ما أدى لاستشهاد "سالم العبد" و "حسن الخلف".'
    assert _found(text, gaz) == [("الشحيل", 2, None)]


def test_what_follows_a_dual_designators_second_name_is_no_part_of_it(gaz):
    """"بلدتي A وB الواقعتين في ريف X", "قريتي A وB بعدد من الغارات": the participle of the two places and the
    phrase after them end the second name (as "المواليتين" did)."""
    text = "قصفت قوات النظام بالمدفعية بلدتي البارة وكنصفرة الواقعتين في جبل الزاوية بريف إدلب اليوم."
    assert EXTRACTED.places(text, gaz) == ["البارة", "كنصفرة"]
    text = "استهدفت الطائرات الحربية بلدتي كفرنبل وحاس بعدد من الغارات الجوية اليوم."
    assert EXTRACTED.places(text, gaz) == ["كفرنبل", "حاس"]


def test_the_gunmen_after_by_the_bullets_of_did_it(gaz):
    """"قتل شاب برصاص مسلحين مجهولين", "قتل مزارع على يد عناصر داعش": the actor after برصاص / على يد / من قبل
    is who did it, not who was hit: a one-sided attack by them, not a clash with them."""
    text = "قتل شاب برصاص مسلحين مجهولين في بلدة المسيفرة بريف درعا الشرقي اليوم."
    assert EXTRACTED.fields(text, gaz, "place_text", "sub_event_type", "actor1", "actor2") == [
        ("المسيفرة", "Attack", "Unidentified armed group", None)]
    text = "قتل راعي أغنام على يد مسلحين في بادية بلدة معدان بريف الرقة."
    assert [actor2 for *_, actor2 in EXTRACTED.fields(text, gaz, "place_text", "actor2")] == [None]
