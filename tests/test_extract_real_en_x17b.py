"""Classes found by studying the released real-blind13 to real-blind9 English reports (3 Dec, nineteenth shift,
extract17b), as the team's own examples: invented reports in the manner of the outlets, never an article's words."""
from __future__ import annotations

import datetime as dt

from extracted import Extracted

PUBLISHED = dt.date(2021, 3, 10)  # a Wednesday
X = Extracted(PUBLISHED)

# A wire story as archives keep it: its lines wrapped at a fixed width, a line break in the middle of sentences.
WRAPPED = """Rockets hit market town in northern Syria

March 10, 2021|Wire

AMMAN, March 10 - Three rockets struck the crowded market
of the town of Atmeh on Wednesday morning, killing nine people
and wounding at least 30, rescue workers and a monitor
said.

A rescue worker said two of the wounded were children and that
the rockets fell minutes apart.

A separate blast in Kafr Nabl killed a civilian and wounded
two others on Wednesday, the monitor said.
"""


def test_a_report_wrapped_at_a_fixed_width_is_read_in_whole_sentences(gaz):
    """A report whose lines were wrapped at a width (an archived wire story: "killing nine people\\nand wounding at
    least 30") is read sentence by sentence, not line by line: the figures of a sentence told over three lines stay
    with its place and each other (before, every line was a sentence of its own: the wounded were cut from their
    event, "two others" from the blast that wounded them)."""
    assert sorted(X.found(WRAPPED, gaz)) == [("Atmeh", 9, 30), ("Kafr Nabl", 1, 2)]
    # a report whose lines are its sentences keeps them: a line without a full stop still ends where it ends
    text = "Rockets hit Atmeh\nThree rockets struck the market of Atmeh on Wednesday, killing nine people.\n" \
           "the monitor said the toll may rise"
    assert X.found(text, gaz) == [("Atmeh", 9, None)]


def test_a_span_of_years_told_with_a_qualifier_is_still_a_span(gaz):
    """"... have died in more than five years of civil war": "more than", "nearly", "about" between the span's opener
    and its number keep it a span of time longer than a day, so its figure is the span's tally, not the event's (before,
    only "in the past N years" was read so, and the war's toll was added to the event told before it)."""
    text = ("Shells killed four people in Kafr Nabl on Tuesday. More than 300,000 people have died in more than "
            "six years of war in the country.")
    assert X.found(text, gaz) == [("Kafr Nabl", 4, None)]
    text = "Shells killed four people in Kafr Nabl on Tuesday, bringing the toll to 95 in nearly three weeks."
    assert X.found(text, gaz) == [("Kafr Nabl", 4, None)]


def test_a_lead_s_city_figure_goes_to_the_one_quarter_its_sentence_sets_the_event_in(gaz):
    """"A bomb hit the city of Y, killing three" then "The bomb in Y, which went off ... in the X district, ...": the
    city named before the quarter in the quarter's own sentence is where the quarter lies, so the lead's figures are
    the quarter's (before, only a city named right after the quarter, "X district of Y", was read so, and a quarter the
    gazetteer does not know was left without figures beside the city's)."""
    text = ("A motorbike bomb hit the city of Qamishli on Sunday, killing three people. The bomb in Qamishli, which went "
            "off near a checkpoint in the Hay al-Sinaa district, was claimed by no group.")
    assert X.found(text, gaz) == [("Hay al-Sinaa", 3, None)]
    # a village told beside the lead's town is another place struck, not where the town's dead were
    text = ("Warplanes struck the city of Maarat al-Numan on Tuesday, killing a civilian. The warplanes struck Maarat "
            "al-Numan and the village of Maasaran after midnight, a monitor said.")
    assert X.found(text, gaz) == [("Maarat al-Numan", 1, None), ("Maasaran", None, None)]
