"""Classes found by studying real-blind5's Arabic reports (extract8a, no longer blind from 2 Dec 04:30), as the
team's own examples: invented sentences in the manner of the outlets, never an article's words."""
from __future__ import annotations

import datetime as dt

from incidents.extract import extract

PUBLISHED = dt.date(2021, 3, 9)


def _found(text: str, gaz) -> list[tuple]:
    return [(i.place_text, i.killed, i.wounded) for i in extract(text, PUBLISHED, gazetteer=gaz)]


def _kinds(text: str, gaz) -> list[tuple]:
    return [(i.place_text, i.sub_event_type) for i in extract(text, PUBLISHED, gazetteer=gaz)]


def test_a_proclitic_on_in_opens_a_place_as_in_does(gaz):
    assert _found("وفي سراقب قتل رجلان بقصف مدفعي صباح اليوم.", gaz) == [("سراقب", 2, None)]
    assert _found("ففي سراقب قتل رجلان بقصف مدفعي صباح اليوم.", gaz) == [("سراقب", 2, None)]


def test_names_in_brackets_after_a_designator_are_its_list(gaz):
    found = [p for p, _, _ in _found("وتعرضت قريتا (كفرنبل، وحاس) لقصف مدفعي اليوم، دون إصابات.", gaz)]
    assert found == ["كفرنبل", "حاس"]
    assert [p for p, _, _ in _found("وشن الطيران غارات على بلدتي (معرتحرمة، والتمانعة) صباح اليوم.", gaz)] == [
        "معرتحرمة", "التمانعة"]


def test_a_correspondent_relaying_news_is_no_carrying_of_the_wounded(gaz):
    assert _found("ونقل مراسلنا، أن مدينة «سراقب» تعرضت لقصف أدى إلى مقتل امرأة.", gaz) == [("سراقب", 1, None)]
    assert _found("وأصيب رجلان بقصف على بلدة حاس، ونقلا إلى مشفى في مدينة سراقب.", gaz) == [("حاس", None, 2)]


def test_a_similar_bombardment_is_of_the_kind_told_before(gaz):
    text = "شنت طائرات حربية غارات على مدينة سراقب صباح اليوم.\nوتعرضت بلدة حاس بدورها لقصف مماثل، دون إصابات."
    assert _kinds(text, gaz) == [("سراقب", "Air/drone strike"), ("حاس", "Air/drone strike")]
