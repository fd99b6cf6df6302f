"""Classes found by studying real news reports (eighth shift), as the team's own examples: invented sentences in
the manner of the outlets, never an article's words."""
from __future__ import annotations

import datetime as dt

from incidents.extract import extract

PUBLISHED = dt.date(2023, 5, 8)


def test_a_dateline_toll_with_no_place_beside_the_same_toll_at_a_town_is_one_event(gaz):
    text = ("AMMAN: 11 soldiers were killed as the Islamic State group ambushed an army truck in the eastern desert on "
            "Monday, a monitor said.\nThe ambush happened near the ancient town of al-Sukhnah, where the Islamic State "
            "hit the truck, resulting in the death of 11 members of the army. A few others were hurt.")
    got = extract(text, PUBLISHED, gazetteer=gaz)
    assert [(i.place_text, i.killed) for i in got] == [("al-Sukhnah", 11)]
