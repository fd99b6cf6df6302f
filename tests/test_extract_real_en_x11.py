"""Classes found by studying fresh real English reports (the md5 8-f half, 2 Dec thirteenth shift, annotated before
any run; half A studied, half B kept for the carry-over figure), as the team's own examples: invented sentences in
the manner of the outlets, never an article's words."""
from __future__ import annotations

import datetime as dt

from extracted import Extracted
from incidents.extract.dates import find_dates
from incidents.extract.text import tokenize

PUBLISHED = dt.date(2021, 3, 11)  # a Thursday
X = Extracted(PUBLISHED)


def test_days_or_weeks_ago_count_back_from_the_report():
    """"Two days ago", "a week ago", "three weeks ago": a day counted back from the report's own day."""
    assert [(w.date, w.text) for w in find_dates(tokenize("Two days ago, the market was shelled."), PUBLISHED)] == [
        (dt.date(2021, 3, 9), "Two days ago")]
    assert [w.date for w in find_dates(tokenize("A week ago gunmen raided the village."), PUBLISHED)] == [dt.date(2021, 3, 4)]
    assert [w.date for w in find_dates(tokenize("The bridge was hit three weeks ago."), PUBLISHED)] == [dt.date(2021, 2, 18)]
    assert find_dates(tokenize("Years ago the camp was emptied."), PUBLISHED) == []  # no count: background, no day


def test_an_earlier_day_at_the_same_place_is_its_own_incident(gaz):
    """"Two days ago, the same neighborhood was shelled ... leaving 12 dead": the quarter told before, on its own day;
    today's figures stay today's."""
    text = ("Three civilians were killed when rockets hit the al-Midan neighborhood in Damascus on Thursday. Six "
            "others were hurt in the attack. Two days ago, the same neighborhood was shelled by militants, leaving 12 "
            "dead and 30 injured.")
    got = X.fields(text, gaz, "place_text", "killed", "wounded", "event_date")
    assert got == [("al-Midan", 3, 6, dt.date(2021, 3, 11)), ("al-Midan", 12, 30, dt.date(2021, 3, 9))]
    text = ("A car bomb killed four people in the town of Azaz on Thursday. Three days ago, a bomb in the same town "
            "killed two.")
    assert X.fields(text, gaz, "place_text", "killed", "event_date") == [
        ("Azaz", 4, dt.date(2021, 3, 11)), ("Azaz", 2, dt.date(2021, 3, 8))]
    text = "A car bomb killed four people in the town of Azaz on Thursday. A week ago, a bomb in the same town killed two."
    assert X.found(text, gaz) == [("Azaz", 4, None)]  # a week back or more: an earlier event, left out


def test_reported_killed_or_injured_is_counted(gaz):
    """"Nine others were reported injured", "a man was reported killed": the count of the kind reported."""
    text = ("Two children were killed in shelling on the town of Jasim on Thursday. Nine others were reported "
            "injured in the attack.")
    assert X.found(text, gaz) == [("Jasim", 2, 9)]
    assert X.found("A man was reported killed in a drone strike on the village of Kafr Nabl on Thursday.", gaz) == [
        ("Kafr Nabl", 1, None)]
    assert X.found("Four more civilians were reported wounded as further shells fell in the town of Nawa.", gaz) == [
        ("Nawa", None, 4)]


def test_victims_named_with_their_ages_are_counted_to_the_last(gaz):
    """"killing Ali Hasan, 13, and Omar Said, 11.": the last name's age closes the sentence, not a comma; each named
    victim counts once."""
    text = "A landmine exploded in the village of Kansafra on Thursday, killing Ali Hasan, 13, and Omar Said, 11."
    assert X.found(text, gaz) == [("Kansafra", 2, None)]
    assert X.found("A shell hit the village of Kansafra on Thursday, wounding Ibrahim Hamad, 55", gaz) == [
        ("Kansafra", None, 1)]
    text = "A farmer, Ibrahim Hamad, 55, was wounded by shelling on the village of Kansafra on Thursday."
    assert X.found(text, gaz) == [("Kansafra", None, 1)]  # his name, not one more


def test_the_end_of_an_earlier_month_sets_a_sentence_in_the_past(gaz):
    """"A truce halted the offensive on Idlib at the end of August", in a November report: background, no incident;
    the end of this month is still this month's news."""
    text = ("Air strikes killed five people in the village of Mallaja on Thursday. A fragile truce stopped the "
            "army's offensive on Idlib at the end of January.")
    assert X.places(text, gaz) == ["Mallaja"]
    text = "Shelling hit the town of Saraqib at the beginning of March, wounding two."
    assert X.found(text, gaz) == [("Saraqib", None, 2)]


def test_the_life_of_one_and_another_hurt_are_counted(gaz):
    """"claiming the life of a civilian, injuring another": one killed (the singular of "the lives of") and one
    wounded ("another" standing alone is one more person, "another car bomb" counts nobody)."""
    text = ("Three mortar shells landed in the town of Jaramana on Thursday, claiming the life of a woman, injuring "
            "another and damaging shops.")
    assert X.found(text, gaz) == [("Jaramana", 1, 1)]
    text = "Two soldiers were killed at a checkpoint in the town of Jasim on Thursday and another was wounded."
    assert X.found(text, gaz) == [("Jasim", 2, 1)]
    assert X.found("Another car bomb went off in the town of Azaz on Thursday, killing three.", gaz) == [("Azaz", 3, None)]


def test_a_lead_total_the_quarters_add_up_to_after_their_own_sentences_is_no_incident(gaz):
    """"Two killed, 22 injured in Aleppo" over "a girl and a young man dead" in one quarter (its wounded told in a
    sentence of their own) and "five more injured" in another: the lead's city total is the quarters' sum."""
    text = ("Two civilians killed, 22 others injured in mortar attacks in Aleppo. A mortar attack killed a girl and a "
            "young man in the city of Aleppo on Thursday, according to the police. Shells fired by militants fell in the "
            "al-Kalasa neighborhood, leaving a girl and a young man dead. The attack also injured 17 other civilians. "
            "Five more civilians were injured as the rest of the shells fell in the al-Ansari neighborhood.")
    assert X.found(text, gaz) == [("al-Kalasa", 2, 17), ("al-Ansari", None, 5)]


def test_a_title_case_headline_names_no_unknown_place_before_a_designator(gaz):
    """"Car Bomb Blast Rocks Northern Syria Town": in a Title Case headline every word is capitalised, so the words
    before "Town" are no name the gazetteer lacks; a known one still stands ("... in Azaz Town")."""
    text = ("Car Bomb Blast Rocks Northern Syria Town\n\nA car bomb went off in the town of Azaz on Thursday, killing "
            "four people.")
    assert X.found(text, gaz) == [("Azaz", 4, None)]
    assert X.places("Rebels Attack Last Government Town Along Border", gaz) == []
    assert X.places("Car Bomb Kills Five in Azaz Town", gaz) == ["Azaz"]
    assert X.places("Shelling hit the Karm al-Jabal district on Thursday, wounding two.", gaz) == ["Karm al-Jabal"]


def test_a_monitor_putting_the_number_at_a_figure_gives_the_toll(gaz):
    """"has put the number of the fatalities at 14" after state media's nine: the higher toll of the same event."""
    text = ("A car bomb went off in the market of the town of Jableh on Thursday, leaving at least nine people dead. "
            "The Observatory has put the number of the fatalities at 14.")
    assert X.found(text, gaz) == [("Jableh", 14, None)]
    text = ("A car bomb went off in the town of Jableh on Thursday, killing nine and wounding 20. Medics put the number "
            "of the wounded at 31.")
    assert X.found(text, gaz) == [("Jableh", 9, 31)]


def test_last_month_named_sets_a_sentence_in_the_past(gaz):
    """"On the 17th of last February, 53 were killed near X": an earlier event recalled, not this report's."""
    text = ("A landmine killed six people collecting truffles near the town of Palmyra on Thursday. On the 17th of last "
            "February, 53 people were killed in an attack near the town of Sukhnah.")
    assert X.found(text, gaz) == [("Palmyra", 6, None)]
    text = "A landmine killed six people near the town of Palmyra on Thursday. Last January, gunmen killed 12 in Sukhnah."
    assert X.found(text, gaz) == [("Palmyra", 6, None)]


def test_martyrs_and_the_injury_of_another_are_counted(gaz):
    """"Bodies of 16 martyrs", "the martyrdom of three and the injury of another due to ...": the state media's and
    local outlets' words for the dead and one more wounded; "the Martyrs Brigade" counts nobody."""
    text = ("Bodies of 16 martyrs, including seven children, reached the hospital after a car bomb went off in the town "
            "of Qatana on Thursday.")
    assert X.found(text, gaz) == [("Qatana", 16, None)]
    text = ("Police reported the martyrdom of three men and the injury of another due to the blast of a landmine in the "
            "village of Kafr Nabl on Thursday.")
    assert X.found(text, gaz) == [("Kafr Nabl", 3, 1)]
    assert X.found("The Martyrs Brigade shelled the town of Qatana on Thursday.", gaz) == [("Qatana", None, None)]


def test_a_monitors_toll_after_the_story_told_so_far_is_the_events(gaz):
    """The Observatory's toll a few sentences after the town is named, once the story has gone on (figures that
    joined the town, rescuers at work, "No group claimed the attack"): the same event's toll, the higher one kept."""
    text = ("A car bomb went off in a crowded market on Thursday, killing at least three people. The bomb exploded in "
            "the town of Azaz. Rescuers said the blast killed two men and a boy. The explosion also wounded five "
            "civilians, they said. Firefighters worked through the night, searching for casualties. No group has "
            "claimed the attack. Meanwhile, the Observatory said at least eight people were killed and 23 wounded.")
    assert X.found(text, gaz) == [("Azaz", 8, 23)]
