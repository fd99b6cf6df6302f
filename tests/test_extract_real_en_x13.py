"""Classes found by studying the released real-blind10 and real-blind9 English reports (3 Dec fifteenth shift,
extract13b), as the team's own examples: invented sentences in the manner of the outlets, never an article's words."""
from __future__ import annotations

import datetime as dt

from extracted import Extracted

PUBLISHED = dt.date(2020, 6, 15)  # a Monday
X = Extracted(PUBLISHED)


def test_the_district_or_municipality_a_village_is_located_in_only_places_it(gaz):
    """"X village, located in the Y district of the province", "X locality in Y municipality", "the village of X in
    the Y district": Y (a town that names the district) only says where X is; it is no second place, and a figure
    told in the next sentence is X's."""
    text = ("A roadside bomb wounded three shepherds on Monday on the outskirts of Khirbet Ghazaleh village, located in "
            "the Izraa district of the province.")
    assert X.found(text, gaz) == [("Khirbet Ghazaleh", None, 3)]
    text = ("A landmine went off on Monday near Tell Shihab village, situated in the Daraa district. Two shepherds were "
            "killed.")
    assert X.found(text, gaz) == [("Tell Shihab", 2, None)]
    assert X.places("A mine killed a boy on Monday in Maarzaf locality in Muhradah municipality.", gaz) == ["Maarzaf"]
    text = "A mine killed a boy on Monday in the village of Jarjanaz in the Maarat al-Numan district."
    assert X.places(text, gaz) == ["Jarjanaz"]
