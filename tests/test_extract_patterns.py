"""The failure patterns of real news (issue 11), written as the team's own examples: invisible characters,
objects of attack verbs, lists of villages, multi-word names, common words, figures on the place of their clause."""
from __future__ import annotations

import datetime as dt

import pytest

from gazetteer import Gazetteer
from gazetteer.builtin import builtin_entries
from incidents.extract import extract

PUBLISHED = dt.date(2019, 5, 14)


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer(builtin_entries())


def run(text: str, gaz: Gazetteer):
    return extract(text, PUBLISHED, gazetteer=gaz)


@pytest.mark.parametrize("text", [
    "Shelling killed 3 civilians in Ale\u200bppo on Monday.",
    "Shelling killed \u200d3\u200d civilians in \u2066Aleppo\u2069 on Monday.",
    "Shelling killed 3 civilians in \ufeffAle\u00adppo on Monday.",
])
def test_invisible_format_characters_are_ignored(gaz, text):
    (inc,) = run(text, gaz)
    assert inc.place_text == "Aleppo" and inc.killed == 3 and inc.admin1_pcode == "SY02"


def test_invisible_characters_inside_an_arabic_name_and_number(gaz):
    (inc,) = run("قتل \u200f٣\u200f مدنيين في قصف على مدينة حل\u200cب.", gaz)
    assert inc.place_text == "حلب" and inc.killed == 3
