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
