"""Classes found by studying the released real-blind12 to real-blind8 English reports (3 Dec, eighteenth shift,
extract16b), as the team's own examples: invented sentences in the manner of the outlets, never an article's words."""
from __future__ import annotations

import datetime as dt

from extracted import Extracted

PUBLISHED = dt.date(2021, 3, 10)  # a Wednesday
X = Extracted(PUBLISHED)


def test_a_figure_whose_clause_runs_over_a_span_of_days_is_the_span_s_tally(gaz):
    """"..., raising the death toll to 140 within 19 days of the offensive", "..., adding to the 3,000 who have died in
    the nine-month siege": a figure whose own clause goes on to a span of time longer than a day counts that span's
    dead, not the event's; the event told before it keeps its own figure (before, the tally went to a place of the
    sentence, or was added to the event's)."""
    text = ("Nine civilians were killed by shelling on Kafr Nabl on Tuesday, raising the death toll to 140 within 19 "
            "days of the offensive.")
    assert X.found(text, gaz) == [("Kafr Nabl", 9, None)]
    text = ("Shells killed five people in Atmeh on Tuesday, adding to the more than 3,000 people who have died in the "
            "nine-month siege of the region.")
    assert X.found(text, gaz) == [("Atmeh", 5, None)]
    # a span told in another clause, or an age ("a 12-year-old boy"), makes no tally
    text = "A 12-year-old boy and two women were killed when a drone struck Atmeh on Tuesday."
    assert X.found(text, gaz) == [("Atmeh", 3, None)]
    text = "Two children were killed in Kafr Nabl on Tuesday, after two weeks of calm in the area."
    assert X.found(text, gaz) == [("Kafr Nabl", 2, None)]


def test_an_age_of_over_n_years_is_no_span_of_days(gaz):
    """"killing three boys over two years old": "over N years" followed by "old" is the victims' age, not a span whose
    dead the figure counts (review16: the opener path had no "years old" guard, which the "N-year-old" path has;
    before, the figure was read as a tally and lost). "over two years" alone stays a span."""
    text = "An airstrike on Kafr Nabl on Tuesday killed three boys over two years old."
    assert X.found(text, gaz) == [("Kafr Nabl", 3, None)]
    text = "Shelling killed four children over 10 years old in Atmeh on Tuesday."
    assert X.found(text, gaz) == [("Atmeh", 4, None)]
    text = "Shelling killed 40 people in Atmeh over two years."
    assert X.found(text, gaz) == [("Atmeh", None, None)]


def test_words_between_a_figure_and_its_people_noun_stay_in_the_counted_phrase(gaz):
    """"eight government-affiliated forces and three opposition fighters died", "28 pro-Assad militants and four
    civilians died", "9 citizen women and 2 male nurses were killed": a modifier or two before the people noun
    ("government-paid", "female", "off-duty") keep the figure in its list, so the verb after the list counts every
    figure of it (before, the first figure, or both, were lost)."""
    text = "Six government-paid gunmen and two shepherds died in clashes in Atmeh on Tuesday."
    assert X.found(text, gaz) == [("Atmeh", 8, None)]
    text = "Four off-duty policemen and three female teachers were killed when shells hit Kafr Nabl on Tuesday."
    assert X.found(text, gaz) == [("Kafr Nabl", 7, None)]
