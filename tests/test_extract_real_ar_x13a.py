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
