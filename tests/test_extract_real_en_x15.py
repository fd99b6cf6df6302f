"""Classes found by studying the released real-blind11, real-blind10 and real-blind9 English reports (3 Dec,
seventeenth shift, extract15b), as the team's own examples: invented sentences in the manner of the outlets, never an
article's words."""
from __future__ import annotations

import datetime as dt

from extracted import Extracted

PUBLISHED = dt.date(2021, 3, 10)  # a Wednesday
X = Extracted(PUBLISHED)


def test_a_day_earlier_counts_back_from_the_day_told_before(gaz):
    """"A day earlier, ...", "which happened the day prior", "the previous day": the day before the one the report
    told last, in the sentence before or in its own ("mourners met on Tuesday to bury those a mortar killed the day
    prior"); not the report's day, nor the anchor's (of a sentence's days, a place takes the nearest, as before)."""
    text = ("Rebels shelled Suqaylabiyah on Monday, wounding a girl. A day earlier, gunmen had killed three farmers "
            "in Tell Salhab.")
    assert X.fields(text, gaz, "place_text", "event_date") == [
        ("Suqaylabiyah", dt.date(2021, 3, 8)), ("Tell Salhab", dt.date(2021, 3, 7))]
    text = "Mourners gathered on Tuesday for five people killed by a drone strike on Jableh the day prior."
    assert X.fields(text, gaz, "place_text", "killed", "event_date") == [("Jableh", 5, dt.date(2021, 3, 8))]
    text = ("Shells hit Maarzaf on Tuesday, wounding a woman. On the previous day, a drone strike had killed two "
            "children in Jableh.")
    assert X.fields(text, gaz, "place_text", "killed", "event_date") == [
        ("Maarzaf", None, dt.date(2021, 3, 9)), ("Jableh", 2, dt.date(2021, 3, 8))]


def test_a_toll_told_a_day_back_belongs_to_the_event_before_and_dates_it(gaz):
    """"Mourners gathered in X on Saturday ... The attack, which occurred the day prior, killed eight": the placeless
    toll is the event's the sentence before told (without figures), and its day is the event's; Saturday was only
    the funeral's."""
    text = ("Crowds gathered in Tell Shihab on Tuesday to bury the victims of a car bomb. The explosion, which struck "
            "the previous day, killed four people and wounded eleven.")
    assert X.fields(text, gaz, "place_text", "killed", "wounded", "event_date") == [
        ("Tell Shihab", 4, 11, dt.date(2021, 3, 8))]


def test_the_day_before_an_event_names_no_day():
    """"the day before the attack" counts from an event, not from a day: no date is read from it."""
    from incidents.extract.dates import find_dates
    from incidents.extract.text import tokenize

    assert find_dates(tokenize("Gunmen had watched the checkpoint the day before the attack."), PUBLISHED) == []
    assert [w.date for w in find_dates(tokenize("They had come the day before."), PUBLISHED)] == [dt.date(2021, 3, 9)]


def test_an_aside_telling_who_was_among_the_people_never_parts_a_figure_from_its_verb(gaz):
    """"Thirteen people, including five children and three emergency workers, were killed", ", among them women and
    children,", "14 others, most of them students, were injured": whatever words the aside names them with, the
    figure goes on to its verb (before, an aside of words the people list lacks left the figure unread, or, after
    "and", joined it to the dead told before it)."""
    text = "Eleven people, including four children and two rescue volunteers, died when shells hit Kafr Nabl on Tuesday."
    assert X.found(text, gaz) == [("Kafr Nabl", 11, None)]
    text = "Shells hit Kafr Nabl on Tuesday. Six people, among them the village's imam and a baker, were killed."
    assert X.found(text, gaz) == [("Kafr Nabl", 6, None)]
    text = ("Two farmers were killed and 23 others, most of whom were women from the camp, were injured when rockets "
            "fell on Atmeh on Tuesday.")
    assert X.found(text, gaz) == [("Atmeh", 2, 23)]
