"""Classes found by studying fresh real English reports (the md5 8-f half, 2 Dec twelfth shift, annotated before any
run), as the team's own examples: invented sentences in the manner of the outlets, never an article's words."""
from __future__ import annotations

import datetime as dt

from incidents.extract import extract

PUBLISHED = dt.date(2022, 5, 10)  # a Tuesday


def found(text, gaz):
    return [(i.place_text, i.admin1_pcode, i.killed, i.wounded) for i in extract(text, PUBLISHED, gazetteer=gaz)]


def test_the_capital_standing_for_the_state_is_no_place(gaz):
    """"Damascus government forces", "an operation by Damascus": the state, not the city; an unknown village the
    sentence puts in a countryside lies there, not near Damascus."""
    text = ("Gunmen fired rockets at a post of the Damascus government forces near Tal Hamad village in the "
            "western countryside of Daraa on Tuesday.")
    assert found(text, gaz) == [("Tal Hamad", "SY12", None, None)]
    text = "Two soldiers were killed near Palmyra on Tuesday during a sweep by Damascus aimed at the last cells."
    assert [p for p, *_ in found(text, gaz)] == ["Palmyra"]
    text = "A rocket hit a flat in Damascus on Tuesday, wounding three people."
    assert found(text, gaz) == [("Damascus", "SY01", None, 3)]


def test_a_list_of_provinces_sums_up_no_event(gaz):
    """A sentence whose only places are several provinces is a tally or a survey; an event is told with its town."""
    text = ("Gunmen ambushed a patrol near Palmyra on Tuesday, killing four soldiers. The toll of the desert raids "
            "has reached 70 since January, of whom 40 were killed by air strikes in Homs, Hama, Raqqa and Deir ez-Zor.")
    assert [(p, k) for p, _, k, _ in found(text, gaz)] == [("Palmyra", 4)]
    text = "On Tuesday, rebel rockets fell on Homs, Hama and Latakia, wounding eleven people."
    assert found(text, gaz)  # a day told: the event of that day, not a summary


def test_an_event_told_as_before_another_is_not_it(gaz):
    """"Before the attack that killed them, gunmen attacked X": another, earlier event, not the same one retold."""
    text = ("Gunmen attacked an army bus in the town of al-Sukhnah on Tuesday, killing nine soldiers. Before the attack "
            "that left casualties, the gunmen attacked positions near Kabajib village, with no casualties reported.")
    got = found(text, gaz)
    assert ("al-Sukhnah", "SY04", 9, None) in got
    assert any(p == "Kabajib" and k is None for p, _, k, _ in got)
