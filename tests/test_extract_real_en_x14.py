"""Classes found by studying the released real-blind10, real-blind9 and real-blind8 English reports (3 Dec, sixteenth
shift, extract14b), as the team's own examples: invented sentences in the manner of the outlets, never an article's
words."""
from __future__ import annotations

import datetime as dt

from extracted import Extracted

PUBLISHED = dt.date(2021, 3, 10)  # a Wednesday
X = Extracted(PUBLISHED)


def test_injuries_told_with_their_severity_or_the_hospital_count_as_wounded(gaz):
    """"three others suffered serious injuries", "at least 40 hospitalized with injuries": the severity word (or the
    hospital) between the figure and "injuries"/"wounds" hides neither; the figure is wounded, never joined to the
    dead before it."""
    text = ("Two shepherds were killed and four others sustained critical injuries on Tuesday when a mine went off near "
            "Tell Shihab.")
    assert X.found(text, gaz) == [("Tell Shihab", 2, 4)]
    text = "Shells fell on Jableh on Tuesday. Nine people were killed and at least 40 hospitalised with wounds."
    assert X.found(text, gaz) == [("Jableh", 9, 40)]
    text = "A shell hit a bakery in Maarzaf on Tuesday. Six civilians suffered minor injuries."
    assert X.found(text, gaz) == [("Maarzaf", None, 6)]


def test_a_bare_month_two_or_more_before_the_report_sets_an_earlier_event(gaz):
    """"The head of the town council was killed in August when ..." in a November report: a month with no day that
    lies two months or more before the report's tells background, not the news (the annotated sets leave out events
    with no day); the month before the report's may still be its news and stays."""
    text = ("A roadside bomb wounded two soldiers on Tuesday near Tell Shihab. The town's mukhtar was shot dead in "
            "December when gunmen stopped his car near the town of Nawa.")
    assert X.found(text, gaz) == [("Tell Shihab", None, 2)]
    text = "A roadside bomb wounded two soldiers on Tuesday near Tell Shihab. In June, a mine killed four shepherds in Jasim."
    assert X.found(text, gaz) == [("Tell Shihab", None, 2)]
    text = "Clashes resumed in February in Jasim, and three fighters were killed."
    assert X.found(text, gaz) == [("Jasim", 3, None)]
    text = "Gunmen shot dead two protesters in march on the main road of Jasim."  # a walk, not the month
    assert Extracted(dt.date(2021, 11, 10)).found(text, gaz) == [("Jasim", 2, None)]


def test_one_who_lost_his_or_her_life_is_dead(gaz):
    """"a civilian lost his life", "A soldier lost his life, 2 wounded": the singular of "lost their lives" (read
    already) is one dead, the person before the verb."""
    text = ("A shepherd lost his life and two others were wounded when a mine went off near Tell Shihab on Tuesday.")
    assert X.found(text, gaz) == [("Tell Shihab", 1, 2)]
    text = "An elderly woman lost her life on Tuesday when shells hit her house in Jasim."
    assert X.found(text, gaz) == [("Jasim", 1, None)]
