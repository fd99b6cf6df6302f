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
