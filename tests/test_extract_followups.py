"""Sentences that go on telling the one before (seventh shift), as the team's own examples: a death toll after an
event told without one, and what must not be taken for one."""
from __future__ import annotations

import datetime as dt

from incidents.extract import extract

PUBLISHED = dt.date(2025, 3, 8)


def test_a_death_toll_after_an_event_told_without_one_is_its_toll(gaz):
    text = ("Fighting broke out on Saturday in the town of Masyaf between a patrol and armed men in a farm. "
            "Three of the gunmen were killed and a member of the patrol was wounded. "
            "A curfew stayed in force in the city of Baniyas, where no casualties were reported.")
    by_place = {i.place_text: (i.killed, i.wounded) for i in extract(text, PUBLISHED, gazetteer=gaz)}
    assert by_place["Masyaf"] == (3, 1)
    assert by_place.get("Baniyas", (None, None)) == (None, None)


def test_a_toll_two_sentences_on_keeps_to_its_kind(gaz):
    text = ("Clashes broke out on Saturday in the town of Masyaf. The clashes lasted until the evening, a source said. "
            "Gunmen killed three farmers in the village of Deir Shamil on Saturday.")
    by_place = {i.place_text: (i.killed, i.wounded) for i in extract(text, PUBLISHED, gazetteer=gaz)}
    assert by_place["Masyaf"] == (None, None) and by_place["Deir Shamil"] == (3, None)
