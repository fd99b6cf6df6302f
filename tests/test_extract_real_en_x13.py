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


def test_a_figure_the_next_sentence_gives_a_list_of_places_is_kept_on_its_first(gaz):
    """"shelled the towns of A and B. Five civilians were wounded in the shelling": the figure of the list's event
    is kept on its first place, as a figure told in the list's own sentence is (noted as joint, not split)."""
    text = ("On Monday, gunmen shelled the towns of Kafr Zita and al-Lataminah in the northern Hama countryside. Five "
            "civilians were wounded in the shelling.")
    assert X.found(text, gaz) == [("Kafr Zita", None, 5), ("al-Lataminah", None, None)]
    text = "Regime forces shelled Talbiseh, al-Rastan and al-Ghanto on Monday. Three civilians were killed."
    assert X.found(text, gaz) == [("Talbiseh", 3, None), ("al-Rastan", None, None), ("al-Ghanto", None, None)]


def test_a_list_figure_the_story_then_gives_place_by_place_is_their_total(gaz):
    """"exploded in A and B ... Medics counted 30 dead ... In B, 12 were killed. In A, 20 were killed": the figure of
    the list is the total the places give one by one, counted at none of them."""
    text = ("Two car bombs exploded in the towns of Azaz and Marea on Monday. Local medics counted 30 dead. In Marea, 12 "
            "people were killed at a checkpoint. In Azaz, 20 people were killed at the market.")
    assert X.found(text, gaz) == [("Azaz", 20, None), ("Marea", 12, None)]


def test_the_day_words_were_said_gives_way_to_the_day_of_the_event(gaz):
    """"... yesterday. A local reporter said today that the shells also wounded six others": the day the reporter
    spoke is not the event's; the figures go on with the day told before (one incident, not a second one today). A day
    said so with no event day before it still dates the report's event ("..., a war monitor said on Sunday")."""
    text = ("Mortar shells killed four civilians in the al-Hamidiya neighborhood of Deir Ezzor city yesterday. A local "
            "reporter said today that the shells also wounded six others and hit a school.")
    assert X.fields(text, gaz, "place_text", "killed", "wounded", "event_date") == [
        ("al-Hamidiya", 4, 6, dt.date(2020, 6, 14))]
    text = ("Gunmen killed two farmers near the village of Sabikhan on Saturday night. Four other farmers were wounded, "
            "a local source told the agency on Monday.")
    assert X.fields(text, gaz, "place_text", "killed", "wounded", "event_date") == [
        ("Sabikhan", 2, 4, dt.date(2020, 6, 13))]
    text = "A car bomb killed five people in Azaz, a war monitor said on Sunday."
    assert X.fields(text, gaz, "place_text", "event_date") == [("Azaz", dt.date(2020, 6, 14))]
