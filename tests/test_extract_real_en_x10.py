"""Classes found by studying fresh real English reports (the md5 8-f half, 2 Dec twelfth shift, annotated before any
run), as the team's own examples: invented sentences in the manner of the outlets, never an article's words."""
from __future__ import annotations

import datetime as dt

from incidents.extract import extract

from extracted import Extracted

PUBLISHED = dt.date(2022, 5, 10)  # a Tuesday
X = Extracted(PUBLISHED)


def test_the_capital_standing_for_the_state_is_no_place(gaz):
    """"Damascus government forces", "an operation by Damascus": the state, not the city; an unknown village the
    sentence puts in a countryside lies there, not near Damascus."""
    text = ("Gunmen fired rockets at a post of the Damascus government forces near Tal Hamad village in the "
            "western countryside of Daraa on Tuesday.")
    assert X.found_placed(text, gaz) == [("Tal Hamad", "SY12", None, None)]
    text = "Two soldiers were killed near Palmyra on Tuesday during a sweep by Damascus aimed at the last cells."
    assert [p for p, *_ in X.found_placed(text, gaz)] == ["Palmyra"]
    text = "A rocket hit a flat in Damascus on Tuesday, wounding three people."
    assert X.found_placed(text, gaz) == [("Damascus", "SY01", None, 3)]


def test_a_list_of_provinces_sums_up_no_event(gaz):
    """A sentence counting dead over five provinces or more, and nothing finer, is a tally or a survey."""
    text = ("Gunmen ambushed a patrol near Palmyra on Tuesday, killing four soldiers. The toll of the desert raids "
            "has reached 70 since January, of whom 40 were killed by air strikes in Homs, Hama, Raqqa, Aleppo and Deir "
            "ez-Zor.")
    assert [(p, k) for p, _, k, _ in X.found_placed(text, gaz)] == [("Palmyra", 4)]
    text = "On Tuesday, rebel rockets fell on Homs, Hama and Latakia, wounding eleven people."
    assert X.found_placed(text, gaz)  # a day told: the event of that day, not a summary
    assert X.found_placed("Bombardment targets Idlib, Hama and Latakia", gaz)  # a roundup headline still places its events


def test_an_event_told_as_before_another_is_not_it(gaz):
    """"Before the attack that killed them, gunmen attacked X": another, earlier event, not the same one retold."""
    text = ("Gunmen attacked an army bus in the town of al-Sukhnah on Tuesday, killing nine soldiers. Before the attack "
            "that left casualties, the gunmen attacked positions near Kabajib village, with no casualties reported.")
    got = X.found_placed(text, gaz)
    assert ("al-Sukhnah", "SY04", 9, None) in got
    assert any(p == "Kabajib" and k is None for p, _, k, _ in got)


def test_others_seriously_wounded_are_wounded(gaz):
    """A word of manner between "were" and the cue keeps the figure with its own cue, not the dead before it."""
    text = "Three soldiers were killed on Tuesday, and two others were seriously wounded near the village of Kabajib."
    assert [(p, k, w) for p, _, k, w in X.found_placed(text, gaz)] == [("Kabajib", 3, 2)]


def test_the_injury_of_others_counts_the_wounded(gaz):
    text = ("The monitor reported the killing of 14 members of the army and the injury of more than 19 others in an "
            "attack on their bus near the village of Kabajib on Tuesday.")
    assert [(p, k, w) for p, _, k, w in X.found_placed(text, gaz)] == [("Kabajib", 14, 19)]


def test_animals_are_no_casualties(gaz):
    text = ("Gunmen attacked shepherds near the village of Kabajib on Tuesday, killing one shepherd and about 100 "
            "sheep.")
    assert [(p, k) for p, _, k, _ in X.found_placed(text, gaz)] == [("Kabajib", 1)]
    text = "A drone strike near the village of Kabajib on Tuesday killed 40 heads of sheep and no people."
    assert [(p, k) for p, _, k, _ in X.found_placed(text, gaz)] == [("Kabajib", None)]


def test_a_person_named_with_an_age_in_apposition_is_one(gaz):
    """"a civilian, named X (55), who was killed": the name and age are the same person, told once."""
    text = ("Turkish shelling hit villages around Tal Tamr on Tuesday. Among the dead was a civilian, named Ali "
            "Hamad al-Saleh (55), who was killed by a shell in the town of Tal Tamr.")
    assert [(p, k) for p, _, k, _ in X.found_placed(text, gaz)] == [("Tal Tamr", 1)]
    text = "A farmer, Ali Hamad, 55, was wounded by a shell in the town of Tal Tamr on Tuesday."
    assert [(p, w) for p, _, _, w in X.found_placed(text, gaz)] == [("Tal Tamr", 1)]


def test_a_lead_toll_goes_to_the_town_the_next_sentence_names(gaz):
    """"22 killed in strikes on a rebel-held town" then "40 others injured in the strikes on the town of X": the
    lead's dead are X's too, though the next sentence has a figure of its own kind."""
    text = ("At least 22 civilians have been killed in air strikes on a rebel-held town in northwestern Syria, a "
            "monitor said.\nThe monitor said 40 others were injured in the Tuesday strikes on the town of Darkush.")
    assert X.found_placed(text, gaz) == [("Darkush", "SY07", 22, 40)]


def test_a_sentence_that_only_describes_does_not_part_a_figure_from_its_place(gaz):
    text = ("Rebels shelled the Hamdaniya neighbourhood of Aleppo on Tuesday. They used home-made launchers. "
            "They aimed at houses and offices. At least 7 civilians were wounded, including two children.")
    assert [(p, w) for p, _, _, w in X.found_placed(text, gaz)] == [("Hamdaniya", 7)]


def test_a_tally_since_an_operation_began_is_no_events_figure(gaz):
    text = ("Two civilians were killed in a drone strike on the town of Jinderes on Tuesday. Fighting went on in the "
            "countryside. Since the launch of the operation, more than 60 civilians have been killed.")
    assert [(p, k) for p, _, k, _ in X.found_placed(text, gaz)] == [("Jinderes", 2)]


def test_quarters_listed_each_with_its_article(gaz):
    """"the neighborhoods of the New Siryan, the Old Siryan and X": every quarter, the joint toll on the first; a
    space a source leaves in "regime- held" joins the word again."""
    text = ("Rebel rockets fell on the regime- held neighborhoods of the Upper Karm, the Lower Karm and al-Bustan in "
            "the city of Aleppo on Tuesday, killing 9 civilians.")
    assert [(p, k) for p, _, k, _ in X.found_placed(text, gaz)] == [("Upper Karm", 9), ("Lower Karm", None), ("al-Bustan", None)]


def test_the_risen_toll_after_a_long_list_of_quarters(gaz):
    text = ("The number of civilians who were killed due to the fall of dozens of shells fired by the rebels on the "
            "neighborhoods of al-Bustan, al-Karm, al-Jalaa, al-Midan, al-Sabil, al-Furqan, al-Hamdaniya and "
            "al-Zahraa and on other places near the old mosque in the western part of the city of Aleppo on Tuesday "
            "morning has risen to 21, including 6 children.")
    assert [k for _, _, k, _ in X.found_placed(text, gaz)][0] == 21


def test_clashes_in_the_neighborhoods_of_a_b_and_c_are_each_an_incident(gaz):
    """Quarters named after "neighborhoods of" are the places themselves, not the quarters of a city told later."""
    text = ("Rebel shells killed four civilians in the city of Aleppo on Tuesday. Clashes took place between rebels "
            "and government forces in the neighborhoods of al-Rashidin, al-Ashrafiyya and al-Khalidiyya. Government forces "
            "fired missiles at the neighborhoods of al-Zahraa and al-Midan.")
    names = [p for p, *_ in X.found_placed(text, gaz)]
    assert {"al-Rashidin", "al-Ashrafiyya", "al-Khalidiyya"} <= set(names)


def test_a_breakdown_listed_line_by_line_after_a_heading(gaz):
    """"The breakdown of the dead was as follows:" then "• X town: two children" lines: each line's people are the
    heading's kind at that line's place, and the kind of event is the one told before."""
    text = ("Government artillery killed eight civilians in villages of Jabal al-Zawiyah on Tuesday. The breakdown of "
            "the dead was as follows:\n• Kansafra town: two children.\n• Iblin town: a family of five people (the "
            "father, the mother and their three children).\n• al-Bara town: one man.")
    got = extract(text, PUBLISHED, gazetteer=gaz)
    assert [(i.place_text, i.killed) for i in got if i.killed] == [("Kansafra", 2), ("Iblin", 5), ("al-Bara", 1)]
    assert {i.sub_event_type for i in got if i.killed} == {"Shelling/artillery/missile attack"}


def test_the_kind_told_before_is_the_first_specific_one(gaz):
    """A sentence with figures only takes the kind the report told last, even when that sentence opened with a
    generic word ("killed ... in artillery fire")."""
    text = ("The massacre killed nine civilians, hit by artillery fire on the town of Iblin on Tuesday. Two others "
            "later died of their wounds in the town of Maarrat al-Numan.")
    assert {i.sub_event_type for i in extract(text, PUBLISHED, gazetteer=gaz)} == {"Shelling/artillery/missile attack"}


def test_forces_deployed_in_a_village_fire_from_it(gaz):
    text = ("Armed groups deployed in Tal Hamad village shelled the positions of local fighters in the town of Jasim "
            "on Tuesday evening.")
    assert [p for p, *_ in X.found_placed(text, gaz)] == ["Jasim"]


def test_an_owner_and_a_district_only_place_the_village(gaz):
    """"X village in Afrin Canton's Y district": the canton and the district say where the village is."""
    text = "Turkish troops shelled Tal Hamad village in Afrin Canton’s Bulbul district with mortars on Tuesday."
    assert [p for p, *_ in X.found_placed(text, gaz)] == ["Tal Hamad"]


def test_wounds_the_dead_died_of_are_no_wounded(gaz):
    text = ("The monitor documented the death of a farmer of his wounds, sustained when a landmine exploded in his "
            "field near the village of Kabajib and seriously injured him.")
    assert [(k, w) for _, _, k, w in X.found_placed(text, gaz)] == [(1, None)]


def test_a_suburb_named_in_apposition_places_the_event(gaz):
    """"near Jaramana, a suburb of the capital": the capital only says where Jaramana is."""
    text = "A car bomb exploded at a checkpoint near Jaramana, a suburb of the capital, on Tuesday, killing five."
    assert [(p, k) for p, _, k, _ in X.found_placed(text, gaz)] == [("Jaramana", 5)]


def test_the_wars_toll_is_no_events_figure(gaz):
    text = ("Rebels fired rockets at the town of Jaramana on Tuesday. More than 100,000 people have been killed in "
            "Syria's two-year-old conflict.")
    assert [(p, k) for p, _, k, _ in X.found_placed(text, gaz)] == [("Jaramana", None)]


def test_two_designated_places_with_the_same_toll_stay_apart(gaz):
    """A place first named bare in a list, then designated with its dead ("Balyoun town: two children"), is the
    designated place: another village with as many dead ("Kafr Nabl village: two girls") is not it retold."""
    text = ("Rockets hit areas in Kansafra, Balyoun and Mashoun in Jabal al-Zawiyah in the southern countryside of "
            "Idlib on Tuesday. The breakdown of the dead was as follows:\n• Balyoun town: two children.\n"
            "• Kafr Nabl village: two girls.")
    got = [(p, k) for p, _, k, _ in X.found_placed(text, gaz) if k]
    assert got == [("Balyoun", 2), ("Kafr Nabl", 2)]


def test_names_listed_with_an_oxford_comma_before_a_plural_designator(gaz):
    text = "Rebel shells hit the Hamdaniya, New Aleppo, and Midan areas of Aleppo on Tuesday, wounding seven people."
    assert {"Hamdaniya", "New Aleppo", "Midan"} <= {p for p, *_ in X.found_placed(text, gaz)}


def test_the_city_district_of_a_quarter_is_the_quarter(gaz):
    """"the Homs district of Khaldiyeh", "the Damascus suburb of Douma": the city places the quarter or suburb; "the
    Jinderes district of Afrin" still names Jinderes."""
    text = "Army troops shelled the Homs district of Bayada on Tuesday, killing five civilians."
    assert X.found_placed(text, gaz) == [("Bayada", "SY04", 5, None)]
    text = "Troops shelled the Damascus suburb of Douma on Tuesday, killing five."
    assert [(p, k) for p, _, k, _ in X.found_placed(text, gaz)] == [("Douma", 5)]
    text = "Troops shelled the Jinderes district of Afrin on Tuesday, killing five."
    assert [(p, k) for p, _, k, _ in X.found_placed(text, gaz)] == [("Jinderes", 5)]


def test_a_months_toll_and_a_toll_since_a_weekday_are_tallies(gaz):
    text = ("A rocket attack killed ten civilians in the Salaheddine district of Aleppo on Tuesday. Nearly 400 people "
            "have died in Aleppo in the past month.")
    assert [(p, k) for p, _, k, _ in X.found_placed(text, gaz) if k] == [("Salaheddine", 10)]
    text = ("Two civilians were killed by shelling on the town of Jasim on Tuesday. The monitor said 25 people have "
            "been killed in clashes in the province since Sunday.")
    assert [(p, k) for p, _, k, _ in X.found_placed(text, gaz) if k] == [("Jasim", 2)]


def test_a_figure_of_the_day_before_is_an_incident_of_its_own(gaz):
    """"five killed in Tuesday's shelling, a day after 14 were killed in the same district": two days, two incidents;
    the activists' toll of both days is their sum, not Tuesday's."""
    text = ("Troops shelled the Homs district of Bayada on Tuesday, as the toll from two days of shelling rose to at "
            "least 19 dead, activists said.\nThe monitor said at least five civilians were killed in Tuesday's shelling, "
            "a day after 14 civilians were killed in the same district.")
    got = sorted((i.event_date.isoformat(), i.killed) for i in extract(text, PUBLISHED, gazetteer=gaz))
    assert got == [("2022-05-09", 14), ("2022-05-10", 5)]


def test_after_n_were_killed_on_another_weekday_is_that_days_incident(gaz):
    text = ("Air strikes killed 20 civilians in the town of Mayadin on Tuesday, the monitor said, after 15 people were "
            "killed in strikes on the town on Monday.")
    got = sorted((i.event_date.isoformat(), i.killed) for i in extract(text, PUBLISHED, gazetteer=gaz))
    assert got == [("2022-05-09", 15), ("2022-05-10", 20)]


def test_the_governorate_town_of_a_place_is_the_place(gaz):
    """"the Idleb town of Khan Sheikhoun": the governorate's name only says where the town is."""
    text = "Helicopters dropped barrel bombs on the Idleb town of Khan Sheikhoun on Tuesday."
    assert [p for p, *_ in X.found_placed(text, gaz)] == ["Khan Sheikhoun"]


def test_a_suburb_of_the_capital_lies_around_it(gaz):
    """"an explosion in the X suburb of the capital": X, in Rural Damascus (not a namesake in another governorate);
    the capital only places it."""
    text = "State media reported an explosion in the Sabbourah suburb of the capital on Tuesday, killing two."
    assert X.found_placed(text, gaz) == [("Sabbourah", "SY03", 2, None)]


def test_the_capital_told_in_a_headline_frames_its_quarters(gaz):
    text = ("Mortar shells target the capital\nSeveral mortar shells fell on the al-Maliki neighborhood and the Abu "
            "Rummana neighborhood on Tuesday, wounding civilians.")
    assert "the capital" not in {p for p, *_ in X.found_placed(text, gaz)}


def test_a_joint_figure_of_names_listed_before_a_plural_designator_stays_on_the_first(gaz):
    text = "The shells hit the Hamdaniya, New Aleppo, and Midan areas of Aleppo on Tuesday, wounding seven people."
    got = [(p, w) for p, _, _, w in X.found_placed(text, gaz)]
    assert got[0] == ("Hamdaniya", 7) and all(w is None for _, w in got[1:])
