"""Arabic place precision classes found on real-blind14 once studied (ext18c, 3 Dec, twentieth shift; texts kept
outside the repository), as the team's own examples: invented sentences with other places and numbers, never an
article's words."""
from __future__ import annotations

import datetime as dt

from extracted import Extracted

PUBLISHED = dt.date(2022, 6, 14)  # a Tuesday
EXTRACTED = Extracted(PUBLISHED)


def test_a_direction_after_the_edges_of_a_town_is_the_edges(gaz):
    """"على أطراف مدينة X الشمالية": the direction qualifies the edges (the town's northern edges), it is no part of
    the town's name; the town the gazetteer knows is the place."""
    text = "قتل ثلاثة مدنيين بقصف مدفعي على أطراف مدينة معرة النعمان الشمالية، اليوم الثلاثاء."
    assert EXTRACTED.found(text, gaz) == [("معرة النعمان", 3, None)]


def test_two_directions_after_a_countryside_of_a_town_are_the_countryside(gaz):
    """"بأرياف بلدة X الشمالية والغربية": two joined directions qualify the countrysides; neither becomes part of the
    town's name nor a list member of its own ("الغربية")."""
    text = "واستهدف القصف المدفعي قرى الحميدية والمنارة، بأرياف بلدة الدرباسية الشمالية والغربية."
    places = EXTRACTED.places(text, gaz)
    assert "الغربية" not in places and not any(p.endswith("الشمالية") for p in places)


def test_the_nth_day_of_a_month_is_not_today(gaz):
    """"وسبق أن قتل شخصان، في اليوم السابع من شهر شباط الفائت": "اليوم" before an ordinal is the Nth day of the month,
    not today; the sentence recalls an earlier event and gives no incident."""
    text = ("أصيب ثلاثة أطفال، أمس الإثنين، بانفجار لغم في قرية عقيربات بريف حماة.\n"
            "وسبق أن قتل شخصان، في اليوم السابع من شهر شباط الفائت، بانفجار لغم أرضي قرب قرية الرهجان في ريف حماة.")
    assert EXTRACTED.found(text, gaz) == [("عقيربات", None, 3)]


def test_earlier_this_month_is_background(gaz):
    """"وفي وقت سابق من هذا الشهر قتل شاب في قرية X": earlier this month, an earlier event told as background (the
    Arabic of "earlier this month"); "في وقت سابق اليوم" (earlier today) stays an event."""
    text = ("أصيب ثلاثة عناصر في اشتباكات قرب قرية الجعدة اليوم الثلاثاء.\n"
            "وفي وقت سابق من هذا الشهر قتل شاب برصاص مجهولين في قرية الكرامة.")
    assert [f[0] for f in EXTRACTED.found(text, gaz)] == ["الجعدة"]
    today = ("أصيب ثلاثة عناصر في اشتباكات قرب قرية الجعدة اليوم الثلاثاء.\n"
             "وفي وقت سابق اليوم قتل شاب برصاص مجهولين في قرية الكرامة.")
    assert sorted(f[0] for f in EXTRACTED.found(today, gaz)) == ["الجعدة", "الكرامة"]


def test_the_countryside_of_a_designated_town_is_no_incident_of_the_town(gaz):
    """"قصفت المدفعية قرى A وB بريف بلدة X": "ريف بلدة X" is X's countryside, as "بريف X" is, so the town is the
    report's setting when the villages shelled in it are named, not an incident of its own."""
    text = ("قصفت المدفعية التركية قرى الحميدية والمنارة وتل طويل، بريف بلدة الدرباسية، اليوم الثلاثاء.\n"
            "وتعرضت قرى الحميدية والمنارة لقصف مدفعي بريف بلدة الدرباسية مساء اليوم.")
    assert "الدرباسية" not in EXTRACTED.places(text, gaz)
